"""``--self-test --full``: a whole training run of the wizard, offscreen, Welcome to Finish.

It is what a partner does in training mode, done by the program on this computer: the built-in
sandbox plays Intercom on a loopback port, a scripted browser consents on it and follows the
redirect over HTTPS to the wizard's own listener, the client secret goes into the system
keyring; then the optional Cyclr check runs against a sandbox Cyclr through to its clean-up,
and Finish's "Forget stored secrets" takes every secret out again. Support staff can run it on a
partner's computer: it uses a throwaway data folder and settings file, and a Client ID of its
own, so nothing the person set up is read or changed.

The wizard is driven only through its public surface: page ids, the Next and Finish buttons,
and fields found by object name (or, until every field has one, by accessible name), the same
handles a screen reader or a UI test uses. Each page's title and time are reported.
"""

from __future__ import annotations

import asyncio
import os
import secrets
import socket
import tempfile
import time
from contextlib import suppress
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtWidgets import (
    QAbstractButton,
    QCheckBox,
    QComboBox,
    QLineEdit,
    QSpinBox,
    QWidget,
    QWizard,
)

from intercom_wizard.ui.page_ids import PageId

if TYPE_CHECKING:
    from intercom_wizard.ui.wizard import SetupWizard

WALK_LIMIT = 120.0  # seconds for the whole walk; the consent itself takes well under one
PAGE_LIMIT = 60.0
SERVICE_DOMAIN = "app-h.cyclr.com"

# Each field the walk fills: page, widget kind, object name, accessible name (the fallback).
_W = TypeVar("_W", bound=QWidget)
_FIELDS: dict[str, tuple[PageId, type[QWidget], str, str]] = {
    "domain": (PageId.WHERE, QLineEdit, "serviceDomain", "Cyclr service domain"),
    "port": (PageId.REDIRECT_URLS, QSpinBox, "testPort", "Test port"),
    "client_id": (PageId.CREDENTIALS, QLineEdit, "clientId", "Client ID"),
    "secret": (PageId.CREDENTIALS, QLineEdit, "clientSecret", "Client Secret"),
    "version": (PageId.API_VERSION, QComboBox, "apiVersion", "API version"),
    "start": (PageId.TEST, QAbstractButton, "startTest", "Start the test"),
    "cyclr_start": (
        PageId.CYCLR_CHECK,
        QAbstractButton,
        "startCyclrCheck",
        "Start the Cyclr check",
    ),
    "forget": (
        PageId.FINISH,
        QAbstractButton,
        "forgetSecrets",
        "Forget the stored Client Secret and test token",
    ),
}


class WalkFailure(Exception):
    """The walk could not go on; the message names the page and what was missing."""


def walk_the_wizard() -> dict[str, Any]:
    """Run the walk on a qasync loop of its own and return what each page did."""
    import qasync
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    assert isinstance(app, QApplication), "the self-test makes the QApplication first"
    quit_on_close = app.quitOnLastWindowClosed()
    app.setQuitOnLastWindowClosed(False)
    loop = qasync.QEventLoop(app)
    previous_home = os.environ.get("INTERCOM_WIZARD_HOME")
    try:
        asyncio.set_event_loop(loop)
        with tempfile.TemporaryDirectory(prefix="intercom-wizard-walk-") as folder:
            # The certificate and anything else the app keeps go to the throwaway folder.
            os.environ["INTERCOM_WIZARD_HOME"] = folder
            report: dict[str, Any] = loop.run_until_complete(
                asyncio.wait_for(_walk(Path(folder)), WALK_LIMIT)
            )
            return report
    except TimeoutError as error:
        raise WalkFailure(f"the walk did not finish within {WALK_LIMIT:.0f} s") from error
    finally:
        if previous_home is None:
            os.environ.pop("INTERCOM_WIZARD_HOME", None)
        else:
            os.environ["INTERCOM_WIZARD_HOME"] = previous_home
        with suppress(Exception):
            loop.run_until_complete(asyncio.sleep(0.05))
        loop.close()
        asyncio.set_event_loop(None)
        app.setQuitOnLastWindowClosed(quit_on_close)


class _ScriptedBrowser:
    """Consents on the sandbox in a worker thread, as a person in a browser would."""

    def __init__(self) -> None:
        self.visits: list[asyncio.Future[tuple[int, str]]] = []

    async def __call__(self, url: str) -> bool:
        from intercom_wizard.sandbox.cyclr.browser import browse_in_sandbox

        loop = asyncio.get_running_loop()
        self.visits.append(loop.run_in_executor(None, lambda: browse_in_sandbox(url)))
        return True


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _field(wizard: SetupWizard, name: str, kind: type[_W]) -> _W:
    page_id, _kind, object_name, accessible = _FIELDS[name]
    page = wizard.page(int(page_id))
    found = page.findChild(kind, object_name)
    if found is None:
        found = next((w for w in page.findChildren(kind) if w.accessibleName() == accessible), None)
    if found is None:
        raise WalkFailure(f"page {page_id.name}: no {kind.__name__} named {object_name!r}")
    return found


async def _until(predicate: Any, what: str, limit: float = PAGE_LIMIT) -> None:
    deadline = time.monotonic() + limit
    while not predicate():
        if time.monotonic() > deadline:
            raise WalkFailure(f"timed out after {limit:.0f} s waiting for {what}")
        await asyncio.sleep(0.02)


async def _next(wizard: SetupWizard, leaving: PageId) -> None:
    button = wizard.button(QWizard.WizardButton.NextButton)
    await _until(button.isEnabled, f"Next to be enabled on {leaving.name}")
    button.click()
    await _until(lambda: wizard.currentId() != int(leaving), f"leaving {leaving.name}")


async def _walk(folder: Path) -> dict[str, Any]:
    from intercom_wizard.sandbox.cyclr.server import train_cyclr_beside
    from intercom_wizard.sandbox.server import SandboxIntercom
    from intercom_wizard.ui.app import build_wizard
    from intercom_wizard.ui.context import WizardContext, sandbox_endpoints

    client_id = f"self-test-{secrets.token_hex(4)}"
    client_secret = secrets.token_urlsafe(24)  # a throwaway the sandbox is made with
    sandbox = SandboxIntercom(client_id=client_id, client_secret=client_secret)
    sandbox.start()
    browser = _ScriptedBrowser()
    context = WizardContext(
        progress_path=folder / "progress.json",
        resume_at_start=False,
        open_browser=browser,
        endpoints_for=sandbox_endpoints(sandbox.base_url),
        sandbox=sandbox,
        sandbox_credentials=(client_id, client_secret),
    )
    cyclr = train_cyclr_beside(sandbox, context)
    wizard = build_wizard(context)
    pages: list[dict[str, Any]] = []
    report: dict[str, Any] = {"pages": pages}
    try:
        wizard.show()
        for page_id in PageId:
            await _until(lambda p=page_id: wizard.currentId() == int(p), f"page {page_id.name}")
            started = time.monotonic()
            note = await _do_page(wizard, page_id, browser, client_id, client_secret)
            entry: dict[str, Any] = {
                "page": page_id.name,
                "title": wizard.page(int(page_id)).title(),
            }
            if note:
                entry["checked"] = note
            entry["seconds"] = round(time.monotonic() - started, 2)
            pages.append(entry)
        if wizard.isVisible():
            raise WalkFailure("Finish did not close the wizard")
        report["secret_store"] = context.secrets().backend_name
        report["token_requests"] = sandbox.token_requests
        # One for the wizard's consent test, one for Cyclr's own sign-in on page 11.
        if sandbox.token_requests != 2:
            raise WalkFailure(f"{sandbox.token_requests} token requests reached the sandbox, not 2")
        if cyclr.installed() or len(cyclr.accounts) != 1:
            raise WalkFailure("the Cyclr check left its connector or account in the sandbox Cyclr")
        return report
    finally:
        wizard.close()
        with suppress(Exception):
            await wizard.shutdown()
        wizard.deleteLater()
        sandbox.close()
        with suppress(Exception):  # whatever a failed walk left behind in the keyring
            await context.secrets().forget(client_id)


async def _do_page(
    wizard: SetupWizard,
    page_id: PageId,
    browser: _ScriptedBrowser,
    client_id: str,
    client_secret: str,
) -> str:
    """Fill one page as a person would and go on; returns what was checked there."""
    note = ""
    if page_id is PageId.WHERE:
        _field(wizard, "domain", QLineEdit).setText(SERVICE_DOMAIN)
    elif page_id is PageId.REDIRECT_URLS:
        _field(wizard, "port", QSpinBox).setValue(_free_port())
    elif page_id is PageId.PERMISSIONS:
        boxes = wizard.page(int(page_id)).findChildren(QCheckBox)
        if not boxes:
            raise WalkFailure("page PERMISSIONS: no permission check boxes")
        for box in boxes:
            box.setChecked(True)
        note = f"{len(boxes)} permissions ticked"
    elif page_id is PageId.CREDENTIALS:
        _field(wizard, "client_id", QLineEdit).setText(client_id)
        _field(wizard, "secret", QLineEdit).setText(client_secret)
    elif page_id is PageId.API_VERSION:
        version = _field(wizard, "version", QComboBox)
        sandbox = wizard.context.sandbox
        if sandbox is None:
            raise WalkFailure("page API_VERSION: the walk's sandbox is gone")
        answered = sandbox.api_version
        index = version.findText(answered)
        if index < 0:
            raise WalkFailure(f"page API_VERSION: the sandbox's {answered} is not offered")
        version.setCurrentIndex(index)
        note = f"version {answered}, as the sandbox answers"
    elif page_id is PageId.TEST:
        _field(wizard, "start", QAbstractButton).click()
        await _until(lambda: bool(browser.visits), "the test to open the browser")
        await _until(
            lambda: wizard.currentId() == int(PageId.RESULTS), "the consent and its checks"
        )
        status, _page = await browser.visits[-1]
        if status != 200:
            raise WalkFailure(f"the listener answered the browser with HTTP {status}")
        return "consent on the sandbox, callback over HTTPS answered 200"
    elif page_id is PageId.RESULTS:
        result = wizard.state.result
        if result is None:
            raise WalkFailure("page RESULTS: no test result")
        problems = list(result.problems)
        if problems:
            raise WalkFailure(f"page RESULTS: the test found problems: {'; '.join(problems)}")
        note = "no problems found"
    elif page_id is PageId.FINISH:
        from intercom_wizard.secrets import SecretKind

        store = wizard.context.secrets()
        if await store.load(SecretKind.CLIENT_SECRET, client_id) != client_secret:
            raise WalkFailure("page FINISH: the client secret was not stored")
        note = f"client secret stored ({store.backend_name}); on to the optional Cyclr check"
    elif page_id is PageId.CYCLR_CHECK:
        return await _cyclr_check(wizard, browser, client_id)
    await _next(wizard, page_id)
    return note


async def _cyclr_check(wizard: SetupWizard, browser: _ScriptedBrowser, client_id: str) -> str:
    """Run the optional check through to its clean-up, then forget every secret and finish."""
    from intercom_wizard.cyclr.remembered import load
    from intercom_wizard.progress import ProgressFile
    from intercom_wizard.secrets import SecretKind
    from intercom_wizard.ui.pages.cyclr_check import CyclrCheckPage

    page = wizard.page(int(PageId.CYCLR_CHECK))
    if not isinstance(page, CyclrCheckPage):
        raise WalkFailure("page CYCLR_CHECK: not the Cyclr check page")
    visits = len(browser.visits)
    _field(wizard, "cyclr_start", QAbstractButton).click()
    await _until(lambda: len(browser.visits) > visits, "the check to open Cyclr's sign-in")
    await _until(lambda: page.running, "the Cyclr check to start", limit=5)
    await _until(lambda: not page.running, "Cyclr's verdict and the clean-up")
    status, _html = await browser.visits[-1]
    if status != 200:
        raise WalkFailure(f"the Cyclr return address answered the browser with HTTP {status}")
    verdict, cleanup = page.rows["verdict"], page.rows["cleanup"]
    if verdict.status.value != "ok" or cleanup.status.value != "ok":
        raise WalkFailure(f"page CYCLR_CHECK: {verdict.text}; {cleanup.text}")
    # Back on Finish, "Forget stored secrets" must take the Cyclr API's out too.
    setup = load(ProgressFile(wizard.context.progress_path))
    cyclr_key = f"{setup.client_id}@{setup.api_base}"
    store = wizard.context.secrets()
    wizard.back()
    await _until(lambda: wizard.currentId() == int(PageId.FINISH), "Back to Finish")
    _field(wizard, "forget", QAbstractButton).click()
    deadline = time.monotonic() + PAGE_LIMIT
    while (
        await store.load(SecretKind.CLIENT_SECRET, client_id) is not None
        or await store.load(SecretKind.CYCLR_API_SECRET, cyclr_key) is not None
        or await store.load(SecretKind.CYCLR_API_TOKEN, cyclr_key) is not None
    ):
        if time.monotonic() > deadline:
            raise WalkFailure("page FINISH: Forget stored secrets left a secret behind")
        await asyncio.sleep(0.05)
    wizard.button(QWizard.WizardButton.FinishButton).click()
    await _until(lambda: not wizard.isVisible(), "Finish to close the wizard")
    return (
        "Cyclr signed in to the sandbox Intercom, the test connector and account were removed; "
        "then every secret was forgotten and Finish closed the wizard"
    )
