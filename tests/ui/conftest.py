"""Driving the wizard on a real qasync loop under pytest-qt.

pytest-qt knows nothing about asyncio, and qasync's loop only runs while Qt's event loop runs.
The pattern that works reliably here (the one qasync's own tests use):

* one QApplication for the whole session (pytest-qt's ``qapp``);
* a fresh ``qasync.QEventLoop(qapp)`` per test (fixture ``loop``), made the current loop with
  ``asyncio.set_event_loop``, with an exception handler that records every unhandled error
  (a task that died, a future whose exception nobody read); the test fails if any was recorded;
* each test writes its scenario as a coroutine and runs it with ``drive(loop, scenario())``,
  which is ``loop.run_until_complete`` under a time limit. Inside, the scenario clicks buttons
  like a user (slots start tasks on the running loop) and waits with ``await until(...)``,
  which polls while the loop, and with it Qt, keeps running. ``qtbot.waitUntil`` is not used:
  it spins a nested Qt loop outside ``run_until_complete``, where asyncio has no running loop.
* the browser's part runs in a worker thread (``ScriptedBrowser``), because the scripted
  browser is synchronous and blocks until the wizard answers its final request.
"""

from __future__ import annotations

import asyncio
import gc
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
import qasync
from PySide6.QtWidgets import QApplication

from intercom_wizard.sandbox.credentials import SANDBOX_CLIENT_ID, SANDBOX_CLIENT_SECRET
from intercom_wizard.sandbox.server import SandboxIntercom
from intercom_wizard.ui.app import build_wizard
from intercom_wizard.ui.context import WizardContext, sandbox_endpoints
from intercom_wizard.ui.wizard import SetupWizard
from tests.ui.helpers import ScriptedBrowser


@pytest.fixture(autouse=True, scope="package")
def collect_garbage_on_the_main_thread() -> Iterator[None]:
    """As in the app (``ui/garbage.py``): a QObject freed by the cycle collector on a worker
    thread (the scripted browser's, a keyring call's) crashes Qt later, so these tests switch
    automatic collection off and collect on this thread after every loop and at the end."""
    gc.disable()
    yield
    gc.collect()
    gc.enable()


@pytest.fixture
def loop(qapp: QApplication) -> Iterator[qasync.QEventLoop]:
    errors: list[dict[str, Any]] = []
    # Closing a wizard must not end the application (and with it the loop) mid-scenario.
    qapp.setQuitOnLastWindowClosed(False)
    event_loop = qasync.QEventLoop(qapp)
    event_loop.set_exception_handler(lambda _loop, context: errors.append(context))
    asyncio.set_event_loop(event_loop)
    yield event_loop
    # Let callbacks scheduled by the last step run, then close.
    event_loop.run_until_complete(asyncio.sleep(0.05))
    event_loop.close()
    asyncio.set_event_loop(None)
    gc.collect()
    assert not errors, f"unhandled errors on the event loop: {errors}"


@pytest.fixture
def sandbox() -> Iterator[SandboxIntercom]:
    server = SandboxIntercom(client_id=SANDBOX_CLIENT_ID, client_secret=SANDBOX_CLIENT_SECRET)
    server.start()
    yield server
    server.close()


MakeWizard = Callable[..., SetupWizard]


@pytest.fixture
def make_wizard(
    qapp: QApplication, loop: qasync.QEventLoop, sandbox: SandboxIntercom, tmp_path: Path
) -> Iterator[MakeWizard]:
    made: list[SetupWizard] = []

    def make(**overrides: Any) -> SetupWizard:
        options: dict[str, Any] = {
            "sandbox": sandbox,
            "endpoints_for": sandbox_endpoints(sandbox.base_url),
            "progress_path": tmp_path / "progress.json",
            "open_browser": ScriptedBrowser(),
            "consent_timeout": 10.0,
        }
        options.update(overrides)
        wizard = build_wizard(WizardContext(**options))
        wizard.show()
        made.append(wizard)
        return wizard

    yield make
    for wizard in made:
        wizard.close()
        loop.run_until_complete(wizard.shutdown())
        wizard.deleteLater()
