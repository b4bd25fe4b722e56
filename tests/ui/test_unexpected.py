"""An error nobody caught is logged with its traceback and pointed out to the user."""

from __future__ import annotations

import asyncio
import gc
import logging
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
import qasync
from PySide6.QtWidgets import QPushButton

from intercom_wizard.logs import configure_logging, register_secret
from intercom_wizard.ui.unexpected import UnexpectedErrors
from tests.ui.conftest import MakeWizard
from tests.ui.helpers import drive, until

SECRET = "client-secret-in-an-error-0f3c"


@pytest.fixture
def log_path() -> Iterator[Path]:
    root = logging.getLogger("intercom_wizard")
    level, propagate = root.level, root.propagate
    path = configure_logging()
    register_secret(SECRET)
    yield path
    for handler in list(root.handlers):
        root.removeHandler(handler)
        handler.close()
    root.setLevel(level)  # later tests read DEBUG records through caplog
    root.propagate = propagate


@pytest.fixture
def errors(
    make_wizard: MakeWizard, loop: qasync.QEventLoop, monkeypatch: pytest.MonkeyPatch
) -> Iterator[UnexpectedErrors]:
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # put back after the test
    previous = loop.get_exception_handler()
    handler = UnexpectedErrors(make_wizard())
    handler.install(loop)
    yield handler
    loop.set_exception_handler(previous)
    if handler.message is not None:
        handler.message.close()
        handler.message = None
    # What Python keeps of the last error holds frames; let it go here, on the GUI thread.
    for name in ("last_type", "last_value", "last_traceback"):
        monkeypatch.delattr(sys, name, raising=False)
    gc.collect()


def _shown(errors: UnexpectedErrors, log_path: Path) -> None:
    box = errors.message
    assert box is not None and box.isVisible() and not box.isModal()
    assert str(log_path) in box.text() and "support report" in box.text()


def test_an_error_in_a_slot_is_logged_and_shown(
    errors: UnexpectedErrors, log_path: Path, loop: qasync.QEventLoop
) -> None:
    def broken_slot() -> None:
        raise RuntimeError(f"slot broke holding {SECRET}")

    button = QPushButton()
    button.clicked.connect(broken_slot)
    button.click()
    log = log_path.read_text(encoding="utf-8")
    assert "Traceback" in log and "in broken_slot" in log and "slot broke" in log
    assert SECRET not in log
    _shown(errors, log_path)
    button.deleteLater()


def test_an_orphan_task_that_raises_is_logged_and_shown(
    errors: UnexpectedErrors, log_path: Path, loop: qasync.QEventLoop
) -> None:
    async def orphan() -> None:
        raise ValueError(f"task broke holding {SECRET}")

    async def scenario() -> None:
        task = asyncio.get_running_loop().create_task(orphan())
        await until(task.done, what="the task to fail")
        del task  # nobody reads its exception: asyncio reports it when it is collected
        gc.collect()
        await until(lambda: errors.message is not None, what="the message")

    drive(loop, scenario())
    log = log_path.read_text(encoding="utf-8")
    assert "Traceback" in log and "in orphan" in log and "task broke" in log
    assert SECRET not in log
    _shown(errors, log_path)
