"""Every way the consent test can fail ends as a message on the page, with the port released."""

from __future__ import annotations

import socket
from pathlib import Path
from typing import Any

import keyring
import pytest
import qasync
from keyring.backends import fail
from PySide6.QtWidgets import QLabel

from intercom_wizard.intercom.permissions import PermissionKey
from intercom_wizard.sandbox.credentials import SANDBOX_CLIENT_SECRET
from intercom_wizard.sandbox.server import SandboxIntercom
from intercom_wizard.ui.page_ids import PageId
from intercom_wizard.ui.pages.credentials import CredentialsPage
from intercom_wizard.ui.pages.results import ResultsPage
from intercom_wizard.ui.pages.test_authorization import AuthorizationTestPage
from intercom_wizard.ui.widgets.status_row import Status
from intercom_wizard.ui.wizard import SetupWizard
from tests.support.network import free_port
from tests.ui.conftest import MakeWizard
from tests.ui.helpers import (
    ScriptedBrowser,
    closed_port_endpoints,
    drive,
    next_to,
    port_is_free,
    ready_session,
    until,
)


def prepared(
    make_wizard: MakeWizard, *, secret: str = SANDBOX_CLIENT_SECRET, **options: Any
) -> SetupWizard:
    port = free_port()
    wizard = make_wizard(session=ready_session(port, options.pop("version", "2.11")), **options)
    wizard.state.client_secret = secret
    return wizard


def _summary(results: ResultsPage) -> Status:
    """The summary row's state, read afresh (it changes while the test awaits the retry)."""
    return results.summary.status


async def run_test(wizard: SetupWizard) -> AuthorizationTestPage:
    await next_to(wizard, PageId.TEST)
    page = wizard.pages[PageId.TEST]
    assert isinstance(page, AuthorizationTestPage)
    page.start_button.click()
    return page


async def fails_on_page(wizard: SetupWizard, *words: str) -> AuthorizationTestPage:
    page = await run_test(wizard)
    await until(lambda: page.messages.text, what="a message on the test page")
    await until(lambda: not page.running, what="the run to end")
    message = page.messages.text.lower()
    for word in words:
        assert word.lower() in message, message
    assert wizard.current_page_id() is PageId.TEST
    assert page.start_button.isEnabled()
    assert port_is_free(wizard.context.session.port)
    return page


def test_declined_consent(
    make_wizard: MakeWizard, loop: qasync.QEventLoop, sandbox: SandboxIntercom
) -> None:
    sandbox.faults.decline = True
    browser = ScriptedBrowser()
    wizard = prepared(make_wizard, open_browser=browser)

    async def scenario() -> None:
        await fails_on_page(wizard, "declined")
        status, _html = await browser.last_page()
        assert status == 400

    drive(loop, scenario())


def test_missing_permission_is_shown_with_where_to_tick_it(
    make_wizard: MakeWizard, loop: qasync.QEventLoop, sandbox: SandboxIntercom
) -> None:
    sandbox.faults.missing = {PermissionKey.WRITE_CONVERSATIONS}
    wizard = prepared(make_wizard)

    async def scenario() -> None:
        await run_test(wizard)
        await until(lambda: wizard.current_page_id() is PageId.RESULTS, what="results")
        results = wizard.pages[PageId.RESULTS]
        assert isinstance(results, ResultsPage)
        row = results.permission_rows[PermissionKey.WRITE_CONVERSATIONS]
        assert row.status is Status.PROBLEM
        assert "Authentication" in row.text and "again" in row.text
        shown = "\n".join(label.text() for label in results.findChildren(QLabel))
        assert wizard.state.result is not None and wizard.state.result.findings
        for finding in wizard.state.result.findings:
            assert finding.message in shown and (finding.hint or "") in shown
        assert _summary(results) is Status.PROBLEM
        assert results.repeat_note.isVisibleTo(results)
        results.retry.click()
        assert wizard.current_page_id() is PageId.TEST
        sandbox.faults.missing = set()
        await until(lambda: wizard.current_page_id() is PageId.RESULTS, what="the retry")
        test = wizard.pages[PageId.TEST]
        assert _summary(results) is Status.OK, test.messages.text

    drive(loop, scenario())


def test_wrong_secret(make_wizard: MakeWizard, loop: qasync.QEventLoop) -> None:
    wizard = prepared(make_wizard, secret="not-the-sandbox-secret")

    async def scenario() -> None:
        page = await fails_on_page(wizard)
        assert "secret" in page.messages.text.lower()

    drive(loop, scenario())


def test_version_mismatch(make_wizard: MakeWizard, loop: qasync.QEventLoop) -> None:
    wizard = prepared(make_wizard, version="2.9")

    async def scenario() -> None:
        await run_test(wizard)
        await until(lambda: wizard.current_page_id() is PageId.RESULTS, what="results")
        results = wizard.pages[PageId.RESULTS]
        assert isinstance(results, ResultsPage)
        assert results.version.status is Status.PROBLEM
        assert "2.11" in results.version.text and "2.9" in results.version.text

    drive(loop, scenario())


def test_timeout(make_wizard: MakeWizard, loop: qasync.QEventLoop) -> None:
    wizard = prepared(make_wizard, open_browser=ScriptedBrowser(act=False), consent_timeout=0.6)

    async def scenario() -> None:
        await fails_on_page(wizard, "within")

    drive(loop, scenario())


def test_port_in_use(make_wizard: MakeWizard, loop: qasync.QEventLoop) -> None:
    wizard = prepared(make_wizard)
    with socket.socket() as squatter:
        squatter.bind(("127.0.0.1", wizard.context.session.port))
        squatter.listen()

        async def scenario() -> None:
            page = await run_test(wizard)
            await until(lambda: page.messages.text, what="a message")
            await until(lambda: not page.running)
            assert str(wizard.context.session.port) in page.messages.text
            assert page.rows["listen"].status is Status.PROBLEM

        drive(loop, scenario())


def test_keyring_unavailable_keeps_the_secret_in_memory_and_says_so(
    make_wizard: MakeWizard, loop: qasync.QEventLoop, sandbox: SandboxIntercom
) -> None:
    keyring.set_keyring(fail.Keyring())
    wizard = prepared(make_wizard)

    async def scenario() -> None:
        await next_to(wizard, PageId.CREDENTIALS)
        credentials = wizard.pages[PageId.CREDENTIALS]
        assert isinstance(credentials, CredentialsPage)
        assert "memory only" in credentials.storage_note.text()
        await run_test(wizard)
        await until(lambda: wizard.current_page_id() is PageId.RESULTS, what="results")
        assert wizard.state.result is not None and wizard.state.result.ok

    drive(loop, scenario())


def test_network_down(
    make_wizard: MakeWizard, loop: qasync.QEventLoop, sandbox: SandboxIntercom
) -> None:
    wizard = prepared(make_wizard, endpoints_for=closed_port_endpoints(sandbox))

    async def scenario() -> None:
        # The exchange cannot reach Intercom's API: the page says so and what to check.
        await fails_on_page(wizard, "could not connect to 127.0.0.1", "internet connection")

    drive(loop, scenario())


def test_closing_the_window_mid_test_cancels_it_and_frees_the_port(
    make_wizard: MakeWizard, loop: qasync.QEventLoop
) -> None:
    wizard = prepared(make_wizard, open_browser=ScriptedBrowser(act=False))

    async def scenario() -> None:
        page = await run_test(wizard)
        await until(lambda: page.rows["listen"].status is Status.OK, what="listening")
        assert not port_is_free(wizard.context.session.port)
        wizard.close()
        await wizard.shutdown()
        assert not page.running
        assert port_is_free(wizard.context.session.port)

    drive(loop, scenario())


def test_cancel_button_stops_the_test(make_wizard: MakeWizard, loop: qasync.QEventLoop) -> None:
    wizard = prepared(make_wizard, open_browser=ScriptedBrowser(act=False))

    async def scenario() -> None:
        page = await run_test(wizard)
        await until(lambda: page.rows["listen"].status is Status.OK, what="listening")
        assert page.countdown.text().endswith("left")
        page.cancel_button.click()
        await until(lambda: not page.running, what="cancelled")
        assert "cancel" in page.messages.text.lower()
        assert port_is_free(wizard.context.session.port)

    drive(loop, scenario())


def test_certificate_that_cannot_be_saved_is_explained_without_plain_http(
    make_wizard: MakeWizard, loop: qasync.QEventLoop, wizard_home: Path
) -> None:
    (wizard_home / "certificate").write_text("a file where the folder should be")
    wizard = prepared(make_wizard)

    async def scenario() -> None:
        page = await fails_on_page(wizard, "certificate", str(wizard_home / "certificate"))
        # The wizard cannot switch to HTTP, and Intercom refuses http:// redirect URLs.
        assert "http" not in page.messages.text.lower().replace("https", "")

    drive(loop, scenario())


@pytest.mark.parametrize(
    ("pasted", "words"),
    [
        ("1234 5678", "space or a line break"),
        ("12345678\nabcdef", "space or a line break"),
        ("12345678\u2013abcdef", "character that cannot be in it"),
        ("x" * 10_000, "characters long"),
    ],
)
def test_a_client_id_pasted_wrong_is_refused_with_the_core_rule(
    make_wizard: MakeWizard, pasted: str, words: str
) -> None:
    wizard = make_wizard()
    page = wizard.pages[PageId.CREDENTIALS]
    assert isinstance(page, CredentialsPage)
    page.secret.setText("a-secret-of-the-right-shape")
    page.client_id.setText(pasted)
    assert words in page.feedback.text()
    assert "Basic Information" in page.feedback.text()
    assert not page.isComplete()
