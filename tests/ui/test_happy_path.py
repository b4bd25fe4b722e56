"""Welcome to Finish against the sandbox, the browser's part scripted, as a user would click."""

from __future__ import annotations

import keyring
import qasync
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMessageBox, QWizard

from intercom_wizard.sandbox.credentials import SANDBOX_CLIENT_ID, SANDBOX_CLIENT_SECRET
from intercom_wizard.sandbox.server import SandboxIntercom
from intercom_wizard.secrets import SERVICE
from intercom_wizard.ui.page_ids import PageId
from intercom_wizard.ui.pages.api_version import ApiVersionPage
from intercom_wizard.ui.pages.credentials import CredentialsPage
from intercom_wizard.ui.pages.finish import FinishPage
from intercom_wizard.ui.pages.permissions import PermissionsPage
from intercom_wizard.ui.pages.redirect_urls import RedirectUrlsPage
from intercom_wizard.ui.pages.results import ResultsPage
from intercom_wizard.ui.pages.test_authorization import AuthorizationTestPage
from intercom_wizard.ui.pages.where import WherePage
from intercom_wizard.ui.widgets.status_row import Status
from tests.support.network import free_port
from tests.ui.conftest import MakeWizard
from tests.ui.helpers import ScriptedBrowser, click_next, drive, port_is_free, until


def test_welcome_to_finish(
    make_wizard: MakeWizard, loop: qasync.QEventLoop, sandbox: SandboxIntercom
) -> None:
    browser = ScriptedBrowser()
    wizard = make_wizard(open_browser=browser)
    port = free_port()
    assert "Intercom" in wizard.windowTitle()

    async def scenario() -> None:
        assert wizard.current_page_id() is PageId.WELCOME
        click_next(wizard)

        where = wizard.pages[PageId.WHERE]
        assert isinstance(where, WherePage)
        assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
        where.domain.setText("  https://App-H.cyclr.com/connector/callback ")
        assert where.callback.value() == "https://app-h.cyclr.com/connector/callback"
        click_next(wizard)

        assert wizard.current_page_id() is PageId.CREATE_APP
        click_next(wizard)

        redirect = wizard.pages[PageId.REDIRECT_URLS]
        assert isinstance(redirect, RedirectUrlsPage)
        assert redirect.cyclr_url.value() == "https://app-h.cyclr.com/connector/callback"
        redirect.port.setValue(port)
        assert redirect.test_url.value() == f"https://127.0.0.1:{port}/callback"
        click_next(wizard)

        permissions = wizard.pages[PageId.PERMISSIONS]
        assert isinstance(permissions, PermissionsPage)
        for box in permissions.checks:
            box.setChecked(True)
        click_next(wizard)

        credentials = wizard.pages[PageId.CREDENTIALS]
        assert isinstance(credentials, CredentialsPage)
        credentials.client_id.setText(f" {SANDBOX_CLIENT_ID}\n")
        assert credentials.client_id.text() == SANDBOX_CLIENT_ID  # trimmed on paste
        credentials.secret.setText(SANDBOX_CLIENT_SECRET)
        assert "keyring" in credentials.storage_note.text()
        click_next(wizard)
        await until(lambda: wizard.current_page_id() is PageId.API_VERSION, what="secret saved")
        account = f"{SANDBOX_CLIENT_ID}:client-secret"
        assert keyring.get_password(SERVICE, account) == SANDBOX_CLIENT_SECRET

        version_page = wizard.pages[PageId.API_VERSION]
        assert isinstance(version_page, ApiVersionPage)
        version_page.version.setCurrentIndex(version_page.version.findText("2.11"))
        click_next(wizard)

        test = wizard.pages[PageId.TEST]
        assert isinstance(test, AuthorizationTestPage)
        assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
        test.start_button.click()
        await until(lambda: wizard.current_page_id() is PageId.RESULTS, what="the results page")
        assert test.url.value().startswith(sandbox.base_url + "/oauth?")
        status, html = await browser.last_page()
        assert status == 200
        assert "Sandbox Workspace" in html
        assert port_is_free(port)

        results = wizard.pages[PageId.RESULTS]
        assert isinstance(results, ResultsPage)
        assert results.summary.status is Status.OK
        assert "Sandbox Workspace" in results.workspace.text()
        assert results.version.status is Status.OK
        assert all(row.status is Status.OK for row in results.permission_rows.values())
        click_next(wizard)

        finish = wizard.pages[PageId.FINISH]
        assert isinstance(finish, FinishPage)
        assert "Connectors" in finish.instructions.text()
        assert finish.client_id.value() == SANDBOX_CLIENT_ID
        finish.client_secret.button.click()
        assert QGuiApplication.clipboard().text() == SANDBOX_CLIENT_SECRET
        assert finish.clipboard.pending
        finish.clipboard.clear_now()
        assert QGuiApplication.clipboard().text() != SANDBOX_CLIENT_SECRET

        finish.revoke_button.click()
        confirm = finish._confirm
        assert isinstance(confirm, QMessageBox) and confirm.isVisible()
        revoke = next(b for b in confirm.buttons() if b.text() == "Revoke")
        revoke.click()
        await until(lambda: sandbox.revoked, what="the token revoked")
        await until(lambda: "revoked" in finish.outcome.text())

        finish.forget_button.click()
        await until(lambda: "removed" in finish.outcome.text(), what="forgotten")
        assert keyring.get_password(SERVICE, account) is None
        assert finish.client_secret.value() == ""

        wizard.button(QWizard.WizardButton.FinishButton).click()
        assert not wizard.isVisible()

    drive(loop, scenario())
