"""Page 10: what to enter in the Cyclr Console, the support report, forget and revoke."""

from __future__ import annotations

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLabel, QMessageBox, QPushButton

from intercom_wizard.errors import WizardError
from intercom_wizard.intercom.cyclr import CYCLR_CONSOLE_PATH
from intercom_wizard.ui.clipboard import SecretClipboard
from intercom_wizard.ui.context import WizardContext
from intercom_wizard.ui.pages.base import BasePage
from intercom_wizard.ui.state import RunState
from intercom_wizard.ui.widgets import connector_note
from intercom_wizard.ui.widgets.accessible import named
from intercom_wizard.ui.widgets.copyable_field import CopyableField


class FinishPage(BasePage):
    step_key = "finish"

    def __init__(self, context: WizardContext, state: RunState) -> None:
        super().__init__(context, state)
        self.setTitle(self.tr("Enter the credentials in the Cyclr Console"))
        self.setSubTitle(
            self.tr("The last step happens in Cyclr. Finish here, or check it all in Cyclr next.")
        )
        self.setFinalPage(True)  # the Cyclr check after this page is optional
        self.instructions = self.paragraph("", rich=True)
        self.connector_note = self.paragraph("")
        self._refreshed = False
        self.clipboard = SecretClipboard(context.clipboard_clear_ms, self)
        form = QFormLayout()
        self.client_id = CopyableField(self.tr("Client ID"), self)
        form.addRow(self.tr("Client ID:"), self.client_id)
        self.client_secret = CopyableField(
            self.tr("Client Secret"), self, copy=self.clipboard.copy_secret
        )
        form.addRow(self.tr("Client Secret:"), self.client_secret)
        self.body.addLayout(form)
        self.secret_note = self.paragraph(
            self.tr("A copied secret is removed from the clipboard again after a minute.")
        )
        self.paragraph(
            self.tr(
                "You can finish now: the setup is complete once the Console holds these. "
                "Optionally, Next checks the whole chain as Cyclr sees it, with your Cyclr API "
                "credentials: Cyclr itself signs in to Intercom, and the wizard removes what it "
                "made in Cyclr afterwards."
            )
        )

        row = QHBoxLayout()
        self.report_button = named(
            QPushButton(self.tr("Support &report…"), self),
            self.tr("Show or save the support report"),
            self.tr("A report without secrets, to send to the person helping you"),
        )
        self.forget_button = named(
            QPushButton(self.tr("Forget stored &secrets"), self),
            self.tr("Forget the stored Client Secret and test token"),
            self.tr(
                "Removes them, and the Cyclr check's API secret and token, from the system "
                "keyring on this computer"
            ),
        )
        self.revoke_button = named(
            QPushButton(self.tr("Re&voke test authorization…"), self),
            self.tr("Revoke the test authorization"),
            self.tr("Uninstalls the app from the workspace you tested with; asks first"),
        )
        for button in (self.report_button, self.forget_button, self.revoke_button):
            row.addWidget(button)
        row.addStretch(1)
        self.body.addLayout(row)
        self.outcome = QLabel(self)
        self.outcome.setWordWrap(True)
        self.body.addWidget(self.outcome)
        self.body.addStretch(1)

        self.report_button.clicked.connect(self.reportRequested)
        self.forget_button.clicked.connect(self.forget_secrets)
        self.revoke_button.clicked.connect(self.ask_to_revoke)
        self._confirm: QMessageBox | None = None

    def initializePage(self) -> None:
        session = self.context.session
        self._show_steps()
        if not self._refreshed and connector_note.can_refresh(self.context):
            # Cyclr's own list, with the Cyclr credentials this computer keeps.
            self._refreshed = True
            self.tasks.start(self._refresh(), name="cyclr-connectors")
        self.client_id.set_value(session.client_id)
        self.client_secret.set_value(self.state.client_secret)
        self.client_secret.edit.setEchoMode(self.client_secret.edit.EchoMode.Password)
        self.mark_step("reached")

    def showEvent(self, event: QShowEvent) -> None:
        # Back from the Cyclr check: Qt does not initialize the page again, the list may be new.
        self._show_steps()
        super().showEvent(event)

    async def _refresh(self) -> None:
        if await connector_note.refresh(self.context, self.state):
            self._show_steps()

    def _show_steps(self) -> None:
        version = self.context.session.api_version
        live = connector_note.live_connectors(self.context, self.state)
        found = connector_note.matching(version, live) if live else []
        if found:
            name = f"{found[0].name} {found[0].version}"
        else:
            from intercom_wizard.intercom.versions import connector_for

            guess = connector_for(version) if version else None
            name = guess.name if guess else self.tr("the Intercom connector for your version")
        path = CYCLR_CONSOLE_PATH.replace("> Intercom >", f"> {name} >")
        steps = [
            self.tr("In the Cyclr Console, go to <b>%s</b>.") % self.esc(path),
            self.tr(
                "Paste the Client ID and the Client Secret below into the connector's "
                "settings and save."
            ),
        ]
        if version is not None:
            steps.insert(
                1,
                self.tr("The connector must match API version <b>%s</b>.") % self.esc(version.name),
            )
        self.instructions.setText("<ol>" + "".join(f"<li>{step}</li>" for step in steps) + "</ol>")
        self.connector_note.setText(
            self.tr("Connector: %s") % connector_note.connector_sentence(version, live)
        )

    # --- forget -----------------------------------------------------------------------------

    def forget_secrets(self) -> None:
        self.tasks.start(self._forget(), name="forget-secrets")

    async def _forget(self) -> None:
        from intercom_wizard.cyclr.remembered import forget_cyclr
        from intercom_wizard.progress import ProgressFile

        client_id = self.context.session.client_id
        store = self.context.secrets()
        report = await store.forget(client_id)
        # The Cyclr check's API secret and token too, kept under its Cyclr Client ID.
        report = report.with_(await forget_cyclr(store, ProgressFile(self.context.progress_path)))
        self.state.client_secret = ""
        self.client_secret.set_value("")
        self.clipboard.clear_now()
        # What the store says it removed, secret by secret (secrets.ForgetReport words it).
        said = " ".join(report.sentences())
        self.outcome.setText(f"{said} {report.hint()}" if report.hint() else said)
        self.announce(self.outcome.text())
        self.mark_step("secrets forgotten" if report.complete else "keyring not reached")

    # --- revoke -----------------------------------------------------------------------------

    def ask_to_revoke(self) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Revoke the test authorization?"),
            self.tr(
                "Revoking uninstalls the app from the Intercom workspace you tested "
                "with. Any connection that Cyclr already made with this app in that "
                "workspace stops working until someone authorizes it again."
            ),
            QMessageBox.StandardButton.Cancel,
            self,
        )
        revoke = box.addButton(self.tr("Revoke"), QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.setAccessibleName(self.tr("Confirm revoking"))
        # open(), not exec(): a nested event loop would stall the qasync loop's other tasks.
        box.finished.connect(lambda _code: self._confirmed(box.clickedButton() is revoke))
        self._confirm = box
        box.open()

    def _confirmed(self, yes: bool) -> None:
        self._confirm = None
        if yes:
            self.tasks.start(self._revoke(), name="revoke")

    async def _revoke(self) -> None:
        from intercom_wizard.intercom.client import IntercomClient
        from intercom_wizard.secrets import SecretKind

        session = self.context.session
        token = await self.context.secrets().load(SecretKind.TEST_TOKEN, session.client_id)
        if not token:
            raise WizardError(
                self.tr("There is no stored test authorization to revoke."),
                hint=self.tr("It was already revoked or forgotten, or the test has not run."),
            )
        async with IntercomClient(self.context.endpoints()) as client:
            await client.revoke(token)
        self.outcome.setText(
            self.tr(
                "The test authorization was revoked: the app was uninstalled from that workspace."
            )
        )
        self.announce(self.outcome.text())
        self.mark_step("test authorization revoked")
