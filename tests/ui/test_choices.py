"""Every value a user can change on a page reaches the session and what comes after it.

The walks elsewhere keep the defaults; a choice that is silently dropped (a region read back
from a combo box as the wrong type) only shows when each value is chosen and followed
downstream: to the Developer Hub URL, the authorize URL the Test page opens, Results, Finish.
"""

from __future__ import annotations

from urllib.parse import parse_qs, urlsplit

import pytest
import qasync
from PySide6.QtWidgets import QLineEdit

from intercom_wizard.intercom.regions import Region
from intercom_wizard.intercom.versions import API_VERSIONS, connector_for
from intercom_wizard.sandbox.credentials import SANDBOX_CLIENT_ID, SANDBOX_CLIENT_SECRET
from intercom_wizard.session import SetupSession
from intercom_wizard.ui.context import default_endpoints
from intercom_wizard.ui.page_ids import PageId
from intercom_wizard.ui.pages.api_version import ApiVersionPage
from intercom_wizard.ui.pages.create_app import CreateAppPage
from intercom_wizard.ui.pages.credentials import CredentialsPage
from intercom_wizard.ui.pages.finish import FinishPage
from intercom_wizard.ui.pages.permissions import PermissionsPage
from intercom_wizard.ui.pages.redirect_urls import RedirectUrlsPage
from intercom_wizard.ui.pages.results import ResultsPage
from intercom_wizard.ui.pages.where import WherePage
from tests.support.network import free_port
from tests.ui.conftest import MakeWizard
from tests.ui.helpers import ScriptedBrowser, drive, next_to, until
from tests.ui.test_failures import prepared, run_test


@pytest.mark.parametrize("region", list(Region))
def test_each_region_reaches_the_session_the_hub_and_the_authorize_url(
    make_wizard: MakeWizard, loop: qasync.QEventLoop, region: Region
) -> None:
    browser = ScriptedBrowser(act=False)  # records the URLs; nothing leaves this computer
    wizard = make_wizard(endpoints_for=default_endpoints, open_browser=browser)
    port = free_port()

    async def scenario() -> None:
        await next_to(wizard, PageId.WHERE)
        where = wizard.pages[PageId.WHERE]
        assert isinstance(where, WherePage)
        where.region.setCurrentIndex(where.region.findText(region.label))
        where.domain.setText("app-h.cyclr.com")
        await next_to(wizard, PageId.CREATE_APP)
        assert wizard.context.session.region is region

        hub = wizard.pages[PageId.CREATE_APP]
        assert isinstance(hub, CreateAppPage)
        hub.open_hub.click()
        await until(lambda: browser.urls, what="the Developer Hub opened")
        assert browser.urls[-1] == f"https://{region.app_host}/a/apps/_/developer-hub"

        await next_to(wizard, PageId.REDIRECT_URLS)
        redirect = wizard.pages[PageId.REDIRECT_URLS]
        assert isinstance(redirect, RedirectUrlsPage)
        redirect.port.setValue(port)
        await next_to(wizard, PageId.CREDENTIALS)
        credentials = wizard.pages[PageId.CREDENTIALS]
        assert isinstance(credentials, CredentialsPage)
        credentials.client_id.setText(SANDBOX_CLIENT_ID)
        credentials.secret.setText(SANDBOX_CLIENT_SECRET)
        page = await run_test(wizard)
        await until(lambda: len(browser.urls) == 2, what="the authorize URL opened")
        url = urlsplit(browser.urls[-1])
        assert (url.scheme, url.hostname, url.path) == ("https", region.app_host, "/oauth")
        assert parse_qs(url.query)["redirect_uri"] == [f"https://127.0.0.1:{port}/callback"]
        page.cancel_test()
        await until(lambda: not page.running, what="cancelled")

    drive(loop, scenario())


@pytest.mark.parametrize("region", list(Region))
def test_results_name_the_chosen_region(
    make_wizard: MakeWizard, loop: qasync.QEventLoop, region: Region
) -> None:
    wizard = prepared(make_wizard)
    wizard.context.session.region = region

    async def scenario() -> None:
        await next_to(wizard, PageId.WHERE)
        where = wizard.pages[PageId.WHERE]
        assert isinstance(where, WherePage)
        assert where.chosen_region() is region  # the page shows the saved choice
        await run_test(wizard)
        await until(lambda: wizard.current_page_id() is PageId.RESULTS, what="results")
        results = wizard.pages[PageId.RESULTS]
        assert isinstance(results, ResultsPage)
        assert results.region.text().startswith(region.label)
        report = wizard.show_report()
        assert f'"region": "{region.value}"' in report.json.toPlainText()

    drive(loop, scenario())


def test_each_api_version_reaches_the_session_the_connector_and_finish(
    make_wizard: MakeWizard, loop: qasync.QEventLoop
) -> None:
    wizard = prepared(make_wizard, version="2.11")

    async def scenario() -> None:
        await next_to(wizard, PageId.API_VERSION)
        page = wizard.pages[PageId.API_VERSION]
        assert isinstance(page, ApiVersionPage)
        assert page.version.currentText() == "2.11"  # the saved choice, not the default
        finish = wizard.pages[PageId.FINISH]
        assert isinstance(finish, FinishPage)
        for version in API_VERSIONS:
            page.version.setCurrentIndex(page.version.findText(version.name))
            assert wizard.context.session.api_version == version
            connector = connector_for(version)
            if connector is None:
                assert "no connector" in page.connector.text()
            else:
                assert page.connector.text().startswith(connector.name)
            finish.initializePage()  # what Finish would say for this choice
            assert f"<b>{version.name}</b>" in finish.instructions.text()

    drive(loop, scenario())


def test_chosen_api_version_is_what_the_test_checks(
    make_wizard: MakeWizard, loop: qasync.QEventLoop
) -> None:
    wizard = prepared(make_wizard)

    async def scenario() -> None:
        await next_to(wizard, PageId.API_VERSION)
        page = wizard.pages[PageId.API_VERSION]
        assert isinstance(page, ApiVersionPage)
        page.version.setCurrentIndex(page.version.findText("2.3"))
        await run_test(wizard)
        await until(lambda: wizard.current_page_id() is PageId.RESULTS, what="results")
        results = wizard.pages[PageId.RESULTS]
        assert isinstance(results, ResultsPage)
        assert "2.3" in results.version.text and "2.11" in results.version.text

    drive(loop, scenario())


def test_a_non_default_port_is_listened_on_and_shown_everywhere(
    make_wizard: MakeWizard, loop: qasync.QEventLoop
) -> None:
    browser = ScriptedBrowser(act=False)
    wizard = make_wizard(
        session=SetupSession(service_domain="app-h.cyclr.com", client_id=SANDBOX_CLIENT_ID),
        open_browser=browser,
    )
    wizard.state.client_secret = SANDBOX_CLIENT_SECRET
    port = free_port()

    async def scenario() -> None:
        await next_to(wizard, PageId.REDIRECT_URLS)
        redirect = wizard.pages[PageId.REDIRECT_URLS]
        assert isinstance(redirect, RedirectUrlsPage)
        assert port != redirect.port.value()
        redirect.port.setValue(port)
        assert wizard.context.session.port == port
        assert redirect.test_url.value() == f"https://127.0.0.1:{port}/callback"
        page = await run_test(wizard)
        assert f"127.0.0.1:{port}/callback" in page.intro.text()
        await until(lambda: browser.urls, what="the authorize URL")
        query = parse_qs(urlsplit(browser.urls[-1]).query)
        assert query["redirect_uri"] == [f"https://127.0.0.1:{port}/callback"]
        assert str(port) in page.rows["listen"].text
        page.cancel_test()
        await until(lambda: not page.running, what="cancelled")

    drive(loop, scenario())


def test_the_port_box_offers_exactly_the_ports_the_listener_accepts(
    make_wizard: MakeWizard,
) -> None:
    from intercom_wizard.consent.ports import MAX_PORT, MIN_PORT, check_port

    wizard = make_wizard()
    redirect = wizard.pages[PageId.REDIRECT_URLS]
    assert isinstance(redirect, RedirectUrlsPage)
    assert (redirect.port.minimum(), redirect.port.maximum()) == (MIN_PORT, MAX_PORT)
    assert check_port(MIN_PORT) == MIN_PORT and check_port(MAX_PORT) == MAX_PORT
    redirect.port.setValue(MAX_PORT + 1000)  # typed past the end: held at the last usable port
    assert wizard.context.session.port == MAX_PORT


@pytest.mark.parametrize("ticked", [3, 2, 0])
def test_permission_ticks_are_recorded_for_the_report(
    make_wizard: MakeWizard, loop: qasync.QEventLoop, ticked: int
) -> None:
    wizard = make_wizard(session=SetupSession(service_domain="app-h.cyclr.com"))

    async def scenario() -> None:
        await next_to(wizard, PageId.PERMISSIONS)
        page = wizard.pages[PageId.PERMISSIONS]
        assert isinstance(page, PermissionsPage)
        for box in page.checks[:ticked]:
            box.setChecked(True)
        await next_to(wizard, PageId.CREDENTIALS)
        expected = "ticked" if ticked == 3 else "not confirmed"
        assert wizard.context.session.step_status["permissions"] == expected

    drive(loop, scenario())


def test_show_the_secret_switches_the_echo(
    make_wizard: MakeWizard, loop: qasync.QEventLoop
) -> None:
    wizard = make_wizard(session=SetupSession(service_domain="app-h.cyclr.com"))

    async def scenario() -> None:
        await next_to(wizard, PageId.CREDENTIALS)
        page = wizard.pages[PageId.CREDENTIALS]
        assert isinstance(page, CredentialsPage)
        assert page.secret.echoMode() is QLineEdit.EchoMode.Password
        page.show_secret.setChecked(True)
        assert page.secret.echoMode() is QLineEdit.EchoMode.Normal
        page.show_secret.setChecked(False)
        assert page.secret.echoMode() is QLineEdit.EchoMode.Password

    drive(loop, scenario())


def test_each_step_of_the_version_help_shows_its_own_drawing(
    make_wizard: MakeWizard, loop: qasync.QEventLoop
) -> None:
    wizard = prepared(make_wizard)

    async def scenario() -> None:
        await next_to(wizard, PageId.API_VERSION)
        page = wizard.pages[PageId.API_VERSION]
        assert isinstance(page, ApiVersionPage)
        for row, text in enumerate(page.step_texts):
            page.step_list.setCurrentRow(row)
            assert page.picture.loaded
            assert page.picture.accessibleName() == text

    drive(loop, scenario())
