"""Progress survives a restart; the paste path and the certificate guidance work."""

from __future__ import annotations

import asyncio
import re
import ssl
from pathlib import Path
from urllib.parse import urljoin

import httpx
import pytest
import qasync

from intercom_wizard.intercom.permissions import PermissionKey
from intercom_wizard.sandbox.credentials import SANDBOX_CLIENT_ID, SANDBOX_CLIENT_SECRET
from intercom_wizard.sandbox.server import SandboxIntercom
from intercom_wizard.ui.page_ids import PageId
from intercom_wizard.ui.pages.api_version import ApiVersionPage
from intercom_wizard.ui.pages.credentials import CredentialsPage
from intercom_wizard.ui.pages.results import ResultsPage
from intercom_wizard.ui.pages.test_authorization import AuthorizationTestPage
from intercom_wizard.ui.pages.welcome import WelcomePage
from intercom_wizard.ui.pages.where import WherePage
from intercom_wizard.ui.widgets.status_row import Status
from intercom_wizard.ui.wizard import SetupWizard
from tests.support.network import free_port
from tests.ui.conftest import MakeWizard
from tests.ui.helpers import ScriptedBrowser, drive, next_to, until
from tests.ui.test_failures import prepared, run_test


def test_resume_after_restart(
    make_wizard: MakeWizard, loop: qasync.QEventLoop, tmp_path: Path
) -> None:
    first = make_wizard()
    first.context.session.port = free_port()  # not the default: other programs may hold it

    async def fill_and_quit() -> None:
        await next_to(first, PageId.WHERE)
        where = first.pages[PageId.WHERE]
        assert isinstance(where, WherePage)
        where.domain.setText("partner-h.cyclr.com")
        await next_to(first, PageId.CREDENTIALS)
        credentials = first.pages[PageId.CREDENTIALS]
        assert isinstance(credentials, CredentialsPage)
        credentials.client_id.setText(SANDBOX_CLIENT_ID)
        credentials.secret.setText(SANDBOX_CLIENT_SECRET)
        await next_to(first, PageId.API_VERSION)
        first.close()
        await first.shutdown()

    drive(loop, fill_and_quit())
    saved = (tmp_path / "progress.json").read_text()
    assert SANDBOX_CLIENT_SECRET not in saved
    assert "partner-h.cyclr.com" in saved

    second = make_wizard()

    async def resumed() -> None:
        assert second.current_page_id() is PageId.API_VERSION
        assert second.context.session.service_domain == "partner-h.cyclr.com"
        assert second.context.session.client_id == SANDBOX_CLIENT_ID
        # The secret comes back from the keyring, not from the progress file.
        assert not second.state.client_secret
        version = second.pages[PageId.API_VERSION]
        assert isinstance(version, ApiVersionPage)
        version.version.setCurrentIndex(version.version.findText("2.11"))
        await next_to(second, PageId.TEST)
        test = second.pages[PageId.TEST]
        assert isinstance(test, AuthorizationTestPage)
        test.start_button.click()
        await until(lambda: second.current_page_id() is PageId.RESULTS, what="results")
        assert second.state.result is not None and second.state.result.ok
        for _page in (PageId.TEST, PageId.API_VERSION, PageId.WELCOME):
            second.back()
        assert second.current_page_id() is PageId.WELCOME  # the jump: Back returns to Welcome
        welcome = second.pages[PageId.WELCOME]
        assert isinstance(welcome, WelcomePage)
        assert welcome.progress_box.isVisibleTo(welcome)
        welcome.start_over.setChecked(True)
        await next_to(second, PageId.WHERE)
        assert second.context.session.service_domain == ""

    drive(loop, resumed())


def _consent_without_following(url: str) -> str:
    """Authorize on the sandbox but stop before the redirect, like a browser that got lost."""
    with httpx.Client(follow_redirects=False) as client:
        page = client.get(url)
        action = page.text.split('action="', 1)[1].split('"', 1)[0]
        fields = dict(re.findall(r'<input[^>]*name="([^"]+)"[^>]*value="([^"]*)"', page.text))
        fields["decision"] = "allow"
        answer = client.post(urljoin(url, action), data=fields)
        return answer.headers["location"]


def test_pasted_address_finishes_the_test(make_wizard: MakeWizard, loop: qasync.QEventLoop) -> None:
    browser = ScriptedBrowser(act=False)
    wizard = prepared(make_wizard, open_browser=browser)

    async def scenario() -> None:
        page = await run_test(wizard)
        await until(lambda: browser.urls, what="the authorize URL")
        location = await asyncio.to_thread(_consent_without_following, browser.urls[-1])
        page.paste.setText(f"  {location}  ")
        page.use_paste.click()
        await until(lambda: wizard.current_page_id() is PageId.RESULTS, what="results")

    drive(loop, scenario())


def test_garbage_paste_is_a_message_and_the_test_keeps_waiting(
    make_wizard: MakeWizard, loop: qasync.QEventLoop
) -> None:
    wizard = prepared(make_wizard, open_browser=ScriptedBrowser(act=False))

    async def scenario() -> None:
        page = await run_test(wizard)
        await until(lambda: page.rows["listen"].status is Status.OK, what="listening")
        page.paste.setText("https://example.com/nothing-here")
        page.use_paste.click()
        assert page.messages.text
        assert page.running
        page.cancel_test()
        await until(lambda: not page.running)

    drive(loop, scenario())


def test_certificate_refused_by_the_browser_shows_guidance(
    make_wizard: MakeWizard, loop: qasync.QEventLoop
) -> None:
    wizard = prepared(make_wizard, open_browser=ScriptedBrowser(act=False))

    async def refuse_certificate(port: int) -> None:
        # A verifying client refuses the self-signed certificate, as a browser does.
        context = ssl.create_default_context()
        try:
            _reader, writer = await asyncio.open_connection("127.0.0.1", port, ssl=context)
        except (ssl.SSLError, OSError):
            return
        writer.close()

    async def scenario() -> None:
        page = await run_test(wizard)
        await until(lambda: page.rows["listen"].status is Status.OK, what="listening")
        assert not page.certificate_help.isVisibleTo(page)
        await refuse_certificate(wizard.context.session.port)
        await until(lambda: page.certificate_help.isVisibleTo(page), what="guidance")
        text = page.certificate_help.findChildren(type(page.intro))[0].text()
        for words in ("thisisunsafe", "Accept the Risk and Continue", "visit this website"):
            assert words in text
        page.cancel_test()
        await until(lambda: not page.running)

    drive(loop, scenario())


def test_progress_that_cannot_be_saved_is_said_on_the_page(
    make_wizard: MakeWizard, loop: qasync.QEventLoop, tmp_path: Path
) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the settings folder should be")
    wizard = make_wizard(progress_path=blocker / "progress.json")

    async def scenario() -> None:
        await next_to(wizard, PageId.WHERE)
        where = wizard.pages[PageId.WHERE]
        assert isinstance(where, WherePage)
        where.domain.setText("app-h.cyclr.com")
        await next_to(wizard, PageId.CREATE_APP)
        message = wizard.pages[PageId.CREATE_APP].messages.text
        assert "could not be saved" in message and str(blocker) in message

    drive(loop, scenario())


async def _quit(wizard: SetupWizard) -> None:
    wizard.close()
    await wizard.shutdown()


def test_resume_at_results_shows_the_saved_verdicts(
    make_wizard: MakeWizard, loop: qasync.QEventLoop, sandbox: SandboxIntercom
) -> None:
    sandbox.faults.missing = {PermissionKey.WRITE_CONVERSATIONS}
    first = prepared(make_wizard)

    async def test_and_quit() -> None:
        await run_test(first)
        await until(lambda: first.current_page_id() is PageId.RESULTS, what="results")
        await _quit(first)

    drive(loop, test_and_quit())
    sandbox.faults.missing = set()  # a new test would pass: the page must show the saved one
    second = make_wizard()

    async def resumed() -> None:
        assert second.current_page_id() is PageId.RESULTS
        assert second.state.result is not None and not second.state.result.ok
        results = second.pages[PageId.RESULTS]
        assert isinstance(results, ResultsPage)
        assert results.permission_rows[PermissionKey.WRITE_CONVERSATIONS].status is Status.PROBLEM
        assert results.summary.status is Status.PROBLEM

    drive(loop, resumed())


def test_resume_at_finish_keeps_the_result(
    make_wizard: MakeWizard, loop: qasync.QEventLoop
) -> None:
    first = prepared(make_wizard)

    async def test_finish_and_quit() -> None:
        await run_test(first)
        await until(lambda: first.current_page_id() is PageId.RESULTS, what="results")
        await next_to(first, PageId.FINISH)
        await _quit(first)

    drive(loop, test_finish_and_quit())
    second = make_wizard()
    assert second.current_page_id() is PageId.FINISH  # not the Test page again
    assert second.state.result is not None and second.state.result.ok


def test_corrupt_progress_file_starts_afresh(
    make_wizard: MakeWizard,
    loop: qasync.QEventLoop,
    tmp_path: Path,
    caplog: pytest.LogCaptureFixture,
) -> None:
    (tmp_path / "progress.json").write_text('{"format": 1, "session": {"last_page": 8', "utf-8")
    wizard = make_wizard()
    assert wizard.current_page_id() is PageId.WELCOME
    welcome = wizard.pages[PageId.WELCOME]
    assert isinstance(welcome, WelcomePage)
    assert not welcome.progress_box.isVisibleTo(welcome)
    assert "starting afresh" in caplog.text
    assert not [record for record in caplog.records if record.exc_info]


def test_no_secret_in_the_progress_file_after_a_full_run(
    make_wizard: MakeWizard, loop: qasync.QEventLoop, tmp_path: Path
) -> None:
    wizard = prepared(make_wizard)

    async def full_run() -> None:
        await run_test(wizard)
        await until(lambda: wizard.current_page_id() is PageId.RESULTS, what="results")
        await next_to(wizard, PageId.FINISH)
        await _quit(wizard)

    drive(loop, full_run())
    saved = (tmp_path / "progress.json").read_text("utf-8")
    assert '"last_result": {' in saved  # the result is there, secret-free
    for secret in (SANDBOX_CLIENT_SECRET, "access_token", "Bearer"):
        assert secret not in saved
