"""Page 11, the optional Cyclr check, against the sandbox Cyclr wired to the sandbox Intercom.

Each test runs the consent test first (as a partner does), goes on to page 11, runs the check
with the browser's part scripted, and reads what the page shows and what is left in Cyclr.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
import qasync
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QLabel, QLineEdit, QWidget, QWizard

from intercom_wizard.cyclr import check as engine
from intercom_wizard.cyclr import remembered
from intercom_wizard.cyclr.client import store_key
from intercom_wizard.cyclr.locations import API_URL_VARIABLE
from intercom_wizard.cyclr.remembered import CyclrSetup
from intercom_wizard.logs import configure_logging
from intercom_wizard.progress import ProgressFile
from intercom_wizard.sandbox.credentials import SANDBOX_CLIENT_SECRET
from intercom_wizard.sandbox.cyclr.behaviour import (
    SANDBOX_CYCLR_CLIENT_ID,
    SANDBOX_CYCLR_CLIENT_SECRET,
)
from intercom_wizard.sandbox.cyclr.faults import CyclrFaults
from intercom_wizard.sandbox.cyclr.server import SandboxCyclr, cyclr_beside, cyclr_overrides
from intercom_wizard.sandbox.server import SandboxIntercom
from intercom_wizard.secrets import SecretKind, SecretStore
from intercom_wizard.steps import StepState
from intercom_wizard.ui.page_ids import PageId
from intercom_wizard.ui.pages.api_version import ApiVersionPage
from intercom_wizard.ui.pages.cyclr_check import CyclrCheckPage
from intercom_wizard.ui.pages.finish import FinishPage
from intercom_wizard.ui.widgets.sandbox_banner import SandboxBanner
from intercom_wizard.ui.widgets.status_row import Status
from intercom_wizard.ui.wizard import SetupWizard
from tests.support.network import free_port
from tests.ui.conftest import MakeWizard
from tests.ui.helpers import ScriptedBrowser, drive, next_to, until
from tests.ui.test_failures import prepared, run_test

MakeCyclr = Callable[[str], SandboxCyclr]


@pytest.fixture(autouse=True)
def quick_check(monkeypatch: pytest.MonkeyPatch) -> None:
    """The engine's waits, shortened: the tests prove what is shown, not how long it waits."""
    monkeypatch.setattr(engine, "POLL_SECONDS", 0.2)
    monkeypatch.setattr(engine, "RETURN_GRACE_SECONDS", 1.0)
    monkeypatch.setattr(engine, "DONE_GRACE_SECONDS", 0.5)
    monkeypatch.setattr(engine, "CLEANUP_TIMEOUT", 1.0)


@pytest.fixture
def make_cyclr(sandbox: SandboxIntercom) -> Iterator[MakeCyclr]:
    made: list[SandboxCyclr] = []

    def make(faults: str = "") -> SandboxCyclr:
        server = cyclr_beside(sandbox, CyclrFaults.parse(faults))
        made.append(server)
        return server

    yield make
    for server in made:
        server.close()


def cyclr_wizard(make_wizard: MakeWizard, cyclr: SandboxCyclr, **options: Any) -> SetupWizard:
    options.setdefault("cyclr_overrides", cyclr_overrides(cyclr))
    options.setdefault("cyclr_credentials", (SANDBOX_CYCLR_CLIENT_ID, SANDBOX_CYCLR_CLIENT_SECRET))
    return prepared(make_wizard, **options)


async def on_cyclr_page(wizard: SetupWizard) -> CyclrCheckPage:
    await run_test(wizard)
    await until(lambda: wizard.current_page_id() is PageId.RESULTS, what="results")
    await next_to(wizard, PageId.CYCLR_CHECK)
    page = wizard.pages[PageId.CYCLR_CHECK]
    assert isinstance(page, CyclrCheckPage)
    return page


async def check_ends(page: CyclrCheckPage) -> str:
    page.start_button.click()
    await until(lambda: page.running, what="the check to start")
    await until(lambda: not page.running, timeout=15, what="the check to end")
    return page.outcome.text()


def test_happy_path_shows_the_whole_chain_works_and_what_was_removed(
    make_wizard: MakeWizard, make_cyclr: MakeCyclr, loop: qasync.QEventLoop
) -> None:
    cyclr = make_cyclr("")
    browser = ScriptedBrowser()
    wizard = cyclr_wizard(make_wizard, cyclr, open_browser=browser)

    async def scenario() -> None:
        page = await on_cyclr_page(wizard)
        rail = wizard.rail
        assert rail is not None
        assert rail.state_of("cyclr_check") is StepState.NOT_STARTED  # shown, not yet run
        assert "Intercom setup check" in page.creates.text()  # said before anything is made
        assert "deletes afterwards" in page.creates.text()
        outcome = await check_ends(page)
        assert "the whole chain works" in outcome
        assert page.rows["verdict"].status is Status.OK
        assert page.rows["cleanup"].status is Status.OK
        assert "Removed the connector" in page.cleanup_text.text()
        assert "Deleted the account" in page.cleanup_text.text()
        assert not page.messages.text
        assert rail.state_of("cyclr_check") is StepState.DONE
        # The connectors Cyclr listed, the app's version marked, are offered for another run.
        items = [page.connector.itemText(i) for i in range(page.connector.count())]
        assert any("2.11" in item and "matches" in item for item in items), items
        assert wizard.state.cyclr_connectors is not None
        assert [c.version for c in wizard.state.cyclr_connectors] == ["2.9", "2.10", "2.11"]
        assert browser.urls[-1].startswith(cyclr.base_url + "/connectorauth/")
        status, _html = await browser.last_page()
        assert status == 200
        # The secret went to the keyring, not the field or the progress file.
        assert page.secret.text() == ""
        stored = await wizard.context.secrets().load(
            SecretKind.CYCLR_API_SECRET, f"{SANDBOX_CYCLR_CLIENT_ID}@{cyclr.base_url}"
        )
        assert stored == SANDBOX_CYCLR_CLIENT_SECRET
        progress = wizard.context.progress_path.read_text(encoding="utf-8")
        assert SANDBOX_CYCLR_CLIENT_SECRET not in progress
        assert SANDBOX_CYCLR_CLIENT_ID in progress  # which Client ID forget must clear
        assert wizard.button(QWizard.WizardButton.FinishButton).isEnabled()

    drive(loop, scenario())
    assert cyclr.installed() == []
    assert len(cyclr.accounts) == 1  # only the partner's own account is left


def test_a_picked_account_is_kept_and_the_chosen_connector_used(
    make_wizard: MakeWizard, make_cyclr: MakeCyclr, loop: qasync.QEventLoop
) -> None:
    cyclr = make_cyclr("")
    wizard = cyclr_wizard(make_wizard, cyclr)
    (own,) = cyclr.accounts

    async def scenario() -> None:
        page = await on_cyclr_page(wizard)
        page.list_button.click()
        await until(lambda: page.account.count() == 2, what="the accounts listed")
        await until(lambda: page.connector.count() == 4, what="the connectors listed")
        assert "listed by your Cyclr" in page.listing_note.text()
        page.account.setCurrentIndex(page.account.findData(own))
        assert own in page.creates.text() and "deletes" not in page.creates.text()
        page.connector.setCurrentIndex(page.connector.findData("5102"))  # 2.10: not the app's
        outcome = await check_ends(page)
        assert "does not match" in outcome
        assert page.rows["verdict"].status is Status.WARNING
        assert "intercom-wizard-setup-check" in page.cleanup_text.text()  # the user Cyclr keeps

    drive(loop, scenario())
    assert own in cyclr.accounts and cyclr.installed() == []


@pytest.mark.parametrize(
    ("faults", "words", "cleanup"),
    [
        ("console-secret", "could not exchange", "Removed the connector"),
        ("no-intercom", "no Intercom connector", "Deleted the account"),
        ("no-match", "known to match API version 2.11", "Deleted the account"),
        ("refuse-api", "refused the Cyclr API Client ID or Secret", "Nothing was made"),
    ],
)
def test_each_fault_is_shown_with_what_to_do(
    make_wizard: MakeWizard,
    make_cyclr: MakeCyclr,
    loop: qasync.QEventLoop,
    faults: str,
    words: str,
    cleanup: str,
) -> None:
    cyclr = make_cyclr(faults)
    wizard = cyclr_wizard(make_wizard, cyclr)

    async def scenario() -> None:
        page = await on_cyclr_page(wizard)
        outcome = await check_ends(page)
        assert words in outcome, outcome
        assert "What to do:" in outcome
        assert page.rows["verdict"].status is Status.PROBLEM
        assert words in page.messages.text
        assert cleanup in page.cleanup_text.text()
        assert page.start_button.isEnabled()
        assert wizard.rail is not None  # the rail points support at the check that failed
        assert wizard.rail.state_of("cyclr_check") is StepState.ATTENTION

    drive(loop, scenario())
    assert cyclr.installed() == []


def test_callback_not_registered_ends_when_the_person_is_done_in_the_browser(
    make_wizard: MakeWizard, make_cyclr: MakeCyclr, loop: qasync.QEventLoop
) -> None:
    cyclr = make_cyclr("callback-not-registered")
    browser = ScriptedBrowser()
    wizard = cyclr_wizard(make_wizard, cyclr, open_browser=browser)

    async def scenario() -> None:
        page = await on_cyclr_page(wizard)
        page.start_button.click()
        await until(lambda: page.wait.done is not None and page.wait.done.isEnabled())
        assert page.wait.countdown.text().endswith("left")
        await until(lambda: len(browser.visits) == 2, what="the browser sent to Cyclr")
        status, html = await browser.last_page()
        assert status == 400 and "Redirect URL not registered" in html
        assert page.running  # the browser never came back: only the person knows
        assert page.wait.done is not None
        page.wait.done.click()
        await until(lambda: not page.running, what="the check to end")
        assert "refused to send the browser to Cyclr's callback URL" in page.outcome.text()
        assert cyclr.callback_url in page.outcome.text()  # what to register
        assert page.wait.countdown.text() == ""

    drive(loop, scenario())
    assert cyclr.installed() == []


def test_a_slow_clean_up_says_what_is_left_and_where(
    make_wizard: MakeWizard, make_cyclr: MakeCyclr, loop: qasync.QEventLoop
) -> None:
    cyclr = make_cyclr("slow-cleanup=3")
    wizard = cyclr_wizard(make_wizard, cyclr)

    async def scenario() -> None:
        page = await on_cyclr_page(wizard)
        outcome = await check_ends(page)
        assert "the whole chain works" in outcome
        assert "clean-up is incomplete" in outcome
        assert page.rows["cleanup"].status is Status.PROBLEM
        left = page.cleanup_text.text()
        assert "did not answer within" in left and "Cyclr Console under Accounts" in left

    drive(loop, scenario())


def test_a_failing_clean_up_says_what_is_left_and_where(
    make_wizard: MakeWizard, make_cyclr: MakeCyclr, loop: qasync.QEventLoop
) -> None:
    cyclr = make_cyclr("cleanup-fails")
    wizard = cyclr_wizard(make_wizard, cyclr)

    async def scenario() -> None:
        page = await on_cyclr_page(wizard)
        outcome = await check_ends(page)
        assert "clean-up is incomplete" in outcome
        assert page.rows["verdict"].status is Status.WARNING
        left = page.cleanup_text.text()
        assert "Left the connector" in left and "Left the account" in left
        assert "Cyclr Console under Accounts" in left
        assert "clean-up is incomplete" in page.messages.text.lower()

    drive(loop, scenario())
    assert len(cyclr.installed()) == 1  # what the page says is left, is left


def test_an_unreachable_cyclr_is_said_so(
    make_wizard: MakeWizard, make_cyclr: MakeCyclr, loop: qasync.QEventLoop
) -> None:
    cyclr = make_cyclr("")
    dead = {**cyclr_overrides(cyclr), API_URL_VARIABLE: f"http://127.0.0.1:{free_port()}"}
    wizard = cyclr_wizard(make_wizard, cyclr, cyclr_overrides=dead)

    async def scenario() -> None:
        page = await on_cyclr_page(wizard)
        outcome = await check_ends(page)
        assert "could not be reached" in outcome
        assert page.rows["verdict"].status is Status.PROBLEM
        assert "Nothing was made" in page.cleanup_text.text()

    drive(loop, scenario())


def test_the_check_can_be_skipped_with_finish(
    make_wizard: MakeWizard, make_cyclr: MakeCyclr, loop: qasync.QEventLoop
) -> None:
    cyclr = make_cyclr("")
    wizard = cyclr_wizard(make_wizard, cyclr)

    async def scenario() -> None:
        await run_test(wizard)
        await until(lambda: wizard.current_page_id() is PageId.RESULTS, what="results")
        await next_to(wizard, PageId.FINISH)
        finish = wizard.pages[PageId.FINISH]
        assert any("Optionally" in label.text() for label in finish.findChildren(QLabel))
        assert wizard.button(QWizard.WizardButton.NextButton).isEnabled()  # to the check
        finish_button = wizard.button(QWizard.WizardButton.FinishButton)
        assert finish_button.isVisible() and finish_button.isEnabled()
        finish_button.click()
        await until(lambda: not wizard.isVisible(), what="the wizard to close")

    drive(loop, scenario())
    assert cyclr.issued == []  # nothing was asked of Cyclr


def test_the_secret_is_required_and_never_left_in_the_field(
    make_wizard: MakeWizard, make_cyclr: MakeCyclr, loop: qasync.QEventLoop
) -> None:
    cyclr = make_cyclr("")
    wizard = cyclr_wizard(make_wizard, cyclr, cyclr_credentials=None)

    async def scenario() -> None:
        page = await on_cyclr_page(wizard)
        page.client_id.setText(SANDBOX_CYCLR_CLIENT_ID)
        page.start_button.click()
        await until(lambda: page.messages.text, what="a message")
        assert "Secret is empty" in page.messages.text
        assert cyclr.issued == []

    drive(loop, scenario())


# --- the connector list on the API version and Finish pages ---------------------------------


def _connector_texts(wizard: SetupWizard) -> tuple[str, str]:
    version = wizard.pages[PageId.API_VERSION]
    finish = wizard.pages[PageId.FINISH]
    assert isinstance(version, ApiVersionPage) and isinstance(finish, FinishPage)
    return version.connector.text(), finish.connector_note.text()


def test_without_cyclr_s_answer_the_table_says_it_is_a_guess(
    make_wizard: MakeWizard, loop: qasync.QEventLoop
) -> None:
    wizard = prepared(make_wizard)

    async def scenario() -> None:
        await next_to(wizard, PageId.API_VERSION)
        version_text, _ = _connector_texts(wizard)
        assert "This is a guess" in version_text

    drive(loop, scenario())


def test_cyclr_s_list_replaces_the_guess_once_its_api_answered(
    make_wizard: MakeWizard, make_cyclr: MakeCyclr, loop: qasync.QEventLoop
) -> None:
    cyclr = make_cyclr("")
    wizard = cyclr_wizard(make_wizard, cyclr)

    async def scenario() -> None:
        page = await on_cyclr_page(wizard)
        await check_ends(page)
        wizard.back()
        await until(lambda: wizard.current_page_id() is PageId.FINISH, what="Finish")
        _, finish_text = _connector_texts(wizard)
        assert "Intercom 2.11 (id 5103), as listed by your Cyclr" in finish_text
        assert "guess" not in finish_text
        finish = wizard.pages[PageId.FINISH]
        assert isinstance(finish, FinishPage)
        assert "Intercom 2.11" in finish.instructions.text()
        while wizard.current_page_id() is not PageId.API_VERSION:
            wizard.back()
        version = wizard.pages[PageId.API_VERSION]
        assert isinstance(version, ApiVersionPage)
        version.initializePage()
        assert "as listed by your Cyclr" in version.connector.text()

    drive(loop, scenario())


def test_kept_cyclr_credentials_list_the_connectors_on_the_version_page(
    make_wizard: MakeWizard, make_cyclr: MakeCyclr, loop: qasync.QEventLoop, tmp_path: Path
) -> None:
    cyclr = make_cyclr("no-match")
    progress = ProgressFile(tmp_path / "progress.json")
    store = SecretStore()
    wizard = cyclr_wizard(make_wizard, cyclr, store=store, progress_path=progress.path)

    async def scenario() -> None:
        overrides = cyclr_overrides(cyclr)
        setup = CyclrSetup(location="eu", client_id=SANDBOX_CYCLR_CLIENT_ID)
        endpoints = setup.endpoints("app-h.cyclr.com", env=overrides)
        key = store_key(endpoints, SANDBOX_CYCLR_CLIENT_ID)
        await store.save(SecretKind.CYCLR_API_SECRET, key, SANDBOX_CYCLR_CLIENT_SECRET)
        assert remembered.save(progress, setup) is None
        await next_to(wizard, PageId.API_VERSION)
        await until(
            lambda: "your Cyclr lists" in _connector_texts(wizard)[0], what="Cyclr's own list"
        )
        assert (
            "known to match 2.11 (it lists: Intercom 2.9, Intercom 2.10)"
            in (_connector_texts(wizard)[0])
        )
        assert remembered.load(progress).connectors is not None  # kept for the next run

    drive(loop, scenario())


def test_forget_on_finish_removes_the_cyclr_api_secret_and_token(
    make_wizard: MakeWizard, make_cyclr: MakeCyclr, loop: qasync.QEventLoop
) -> None:
    cyclr = make_cyclr("")
    wizard = cyclr_wizard(make_wizard, cyclr)
    key = f"{SANDBOX_CYCLR_CLIENT_ID}@{cyclr.base_url}"

    async def scenario() -> None:
        page = await on_cyclr_page(wizard)
        await check_ends(page)
        store = wizard.context.secrets()
        assert await store.load(SecretKind.CYCLR_API_TOKEN, key)
        wizard.back()
        finish = wizard.pages[PageId.FINISH]
        assert isinstance(finish, FinishPage)
        finish.forget_button.click()
        await until(lambda: finish.outcome.text(), what="forgotten")
        assert "The stored Cyclr API secret was removed." in finish.outcome.text()
        assert await store.load(SecretKind.CYCLR_API_SECRET, key) is None
        assert await store.load(SecretKind.CYCLR_API_TOKEN, key) is None

    drive(loop, scenario())


# --- no secret or token anywhere after a whole run ------------------------------------------


@pytest.fixture
def log_file() -> Iterator[Path]:
    root = logging.getLogger("intercom_wizard")
    level, propagate = root.level, root.propagate
    path = configure_logging(debug=True)
    yield path
    for handler in list(root.handlers):
        root.removeHandler(handler)
        handler.close()
    root.setLevel(level)
    root.propagate = propagate


def _page_texts(wizard: SetupWizard) -> list[str]:
    """Everything the pages show, but the training banner (the fake credentials to type) and
    password fields (the secret the person typed, shown as dots)."""
    texts = []
    for page in wizard.pages.values():
        banners = page.findChildren(SandboxBanner)
        for widget in page.findChildren(QWidget):
            if any(banner.isAncestorOf(widget) for banner in banners):
                continue
            if isinstance(widget, QLabel) or (
                isinstance(widget, QLineEdit) and widget.echoMode() is QLineEdit.EchoMode.Normal
            ):
                texts.append(widget.text())
            elif isinstance(widget, QComboBox):
                texts += [widget.itemText(i) for i in range(widget.count())]
            texts += [widget.accessibleName(), widget.accessibleDescription(), widget.toolTip()]
    return texts


def test_no_secret_or_token_reaches_a_file_log_report_or_page_after_a_full_run(
    make_wizard: MakeWizard,
    make_cyclr: MakeCyclr,
    sandbox: SandboxIntercom,
    loop: qasync.QEventLoop,
    log_file: Path,
    tmp_path: Path,
) -> None:
    cyclr = make_cyclr("")
    wizard = cyclr_wizard(make_wizard, cyclr)
    report_texts: list[str] = []

    async def scenario() -> None:
        page = await on_cyclr_page(wizard)
        page.list_button.click()
        await until(lambda: page.connector.count() == 4, what="the connectors listed")
        assert "the whole chain works" in await check_ends(page)
        report = wizard.show_report()
        report.refresh()
        report_texts.extend([report.markdown.toPlainText(), report.json.toPlainText()])
        report.close()
        wizard.save_progress()

    drive(loop, scenario())
    secrets = {
        SANDBOX_CLIENT_SECRET: "the Intercom client secret",
        SANDBOX_CYCLR_CLIENT_SECRET: "the Cyclr API secret",
        **{token: "a Cyclr API or sign-in token" for token in cyclr.issued},
        **{token: "an Intercom token" for token in sandbox.issued_tokens},
    }
    assert len(cyclr.issued) >= 2 and len(sandbox.issued_tokens) == 2  # the test's, Cyclr's
    files = [p for p in tmp_path.rglob("*") if p.is_file()]
    assert log_file in files and (tmp_path / "progress.json") in files
    assert "cyclr check" in log_file.read_text("utf-8").lower()  # the run was logged
    places = {str(p): p.read_text("utf-8", errors="replace") for p in files}
    places["the support report"] = "\n".join(report_texts)
    places["the pages"] = "\n".join(_page_texts(wizard))
    found = [
        f"{what} in {where}"
        for where, text in places.items()
        for secret, what in secrets.items()
        if secret in text
    ]
    assert not found, found


def test_page_11_by_keyboard_alone(
    make_wizard: MakeWizard, make_cyclr: MakeCyclr, loop: qasync.QEventLoop
) -> None:
    from tests.ui.test_keyboard_only import ALT, focused, press, type_text

    cyclr = make_cyclr("callback-not-registered")
    wizard = cyclr_wizard(make_wizard, cyclr, cyclr_credentials=None)
    wizard.activateWindow()

    async def scenario() -> None:
        await run_test(wizard)
        await until(lambda: wizard.current_page_id() is PageId.RESULTS, what="results")
        await next_to(wizard, PageId.FINISH)
        page = wizard.pages[PageId.CYCLR_CHECK]
        assert isinstance(page, CyclrCheckPage)
        await until(lambda: QApplication.focusWidget() is not None, what="focus")
        press(Qt.Key.Key_N, ALT)  # &Next, to the optional check
        await until(lambda: wizard.current_page_id() is PageId.CYCLR_CHECK, what="page 11")
        press(Qt.Key.Key_T, ALT)  # Cyclr Console loca&tion
        assert focused() is page.location
        press(Qt.Key.Key_Down)
        press(Qt.Key.Key_Down)
        press(Qt.Key.Key_Down)
        assert page.location.currentData() == "eu"
        press(Qt.Key.Key_I, ALT)  # Client &ID
        type_text(SANDBOX_CYCLR_CLIENT_ID)
        press(Qt.Key.Key_R, ALT)  # Client Sec&ret
        type_text(SANDBOX_CYCLR_CLIENT_SECRET)
        press(Qt.Key.Key_L, ALT)  # &List accounts and connectors
        await until(lambda: page.connector.count() == 4, what="the connectors listed")
        press(Qt.Key.Key_U, ALT)  # Acco&unt
        assert focused() is page.account
        press(Qt.Key.Key_S, ALT)  # &Start the check
        await until(lambda: page.wait.done is not None and page.wait.done.isEnabled())
        await until(lambda: len(wizard.context.open_browser.visits) == 2)  # type: ignore[attr-defined]
        await wizard.context.open_browser.visits[-1]  # type: ignore[attr-defined]
        press(Qt.Key.Key_W, ALT)  # Done in the bro&wser
        await until(lambda: not page.running, what="the check to end")
        assert "refused to send the browser" in page.outcome.text()
        press(Qt.Key.Key_F, ALT)  # &Finish
        await until(lambda: not wizard.isVisible(), what="the wizard closed")

    drive(loop, scenario())
    assert cyclr.installed() == []


def test_quitting_during_the_check_still_removes_what_it_made(
    make_wizard: MakeWizard, make_cyclr: MakeCyclr, loop: qasync.QEventLoop
) -> None:
    cyclr = make_cyclr("slow-cleanup=0.5")
    browser = ScriptedBrowser()
    wizard = cyclr_wizard(make_wizard, cyclr, open_browser=browser)

    async def scenario() -> None:
        page = await on_cyclr_page(wizard)
        browser.act = False  # the person never finishes in the browser
        page.start_button.click()
        await until(lambda: page.wait.waiting, what="the check waiting for the browser")
        await until(lambda: len(browser.urls) == 2, what="Cyclr's sign-in sent to the browser")
        assert len(cyclr.installed()) == 1 and len(cyclr.accounts) == 2
        wizard.close()
        await wizard.shutdown()  # what the app awaits before its loop ends
        assert cyclr.installed() == [] and len(cyclr.accounts) == 1

    drive(loop, scenario())
