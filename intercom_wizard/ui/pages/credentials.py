"""Page 6: Client ID and Client Secret; the secret goes to the keyring on Next."""

from __future__ import annotations

import re

from PySide6.QtWidgets import QCheckBox, QFormLayout, QLabel, QLineEdit

from intercom_wizard.errors import InputError
from intercom_wizard.intercom.app_credentials import check_client_id, check_client_secret
from intercom_wizard.ui.context import WizardContext
from intercom_wizard.ui.pages.base import BasePage
from intercom_wizard.ui.state import RunState
from intercom_wizard.ui.widgets.accessible import named

_UUID = re.compile(r"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$")


def clean(text: str) -> str:
    """What was pasted without the blanks and quotes that come along with it."""
    return text.strip().strip("\"'").strip()


class CredentialsPage(BasePage):
    step_key = "credentials"

    def __init__(self, context: WizardContext, state: RunState) -> None:
        super().__init__(context, state)
        self.setTitle(self.tr("Enter the Client ID and Client Secret"))
        self.setSubTitle(
            self.tr("In the app, open Basic Information (or Authentication) and copy both values.")
        )
        form = QFormLayout()
        self.client_id = named(
            QLineEdit(self),
            self.tr("Client ID"),
            self.tr("From the app's Basic Information page in the Developer Hub"),
        )
        self.client_id.setPlaceholderText("xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx")
        id_label = QLabel(self.tr("Client &ID:"), self)
        id_label.setBuddy(self.client_id)
        form.addRow(id_label, self.client_id)
        self.secret = named(
            QLineEdit(self),
            self.tr("Client Secret"),
            self.tr("From the same page; kept in the system keyring, never in a file"),
        )
        self.secret.setEchoMode(QLineEdit.EchoMode.Password)
        secret_label = QLabel(self.tr("Client &Secret:"), self)
        secret_label.setBuddy(self.secret)
        form.addRow(secret_label, self.secret)
        self.show_secret = named(
            QCheckBox(self.tr("S&how the secret"), self),
            self.tr("Show the Client Secret"),
            self.tr("Shows the typed secret in plain text"),
        )
        form.addRow("", self.show_secret)
        self.feedback = QLabel(self)
        self.feedback.setWordWrap(True)
        form.addRow("", self.feedback)
        self.body.addLayout(form)
        self.storage_note = self.paragraph("")
        self.body.addStretch(1)

        self.client_id.textChanged.connect(self._changed)
        self.secret.textChanged.connect(self._changed)
        self.show_secret.toggled.connect(self._toggle_echo)
        self._saved_pair: tuple[str, str] | None = None
        self._saving = False

    # --- filling and checking -------------------------------------------------------------

    def initializePage(self) -> None:
        session = self.context.session
        if not self.client_id.text():
            self.client_id.setText(session.client_id)
        if not self.secret.text() and self.state.client_secret:
            self.secret.setText(self.state.client_secret)
        store = self.context.secrets()
        if store.persistent:
            self.storage_note.setText(
                self.tr(
                    "On Next the secret is saved in your system keyring (%s), so you do "
                    "not have to type it again. Finish > Forget removes it."
                )
                % store.backend_name
            )
        else:
            self.storage_note.setText(
                self.tr(
                    "No usable system keyring was found, so the secret stays in memory "
                    "only and is gone when you close the wizard; nothing is written to "
                    "disk. Keyring in use: %s."
                )
                % store.backend_name
            )
        if session.client_id and not self.secret.text():
            self.tasks.start(self._load_saved_secret(session.client_id), name="load-secret")
        self._changed()

    async def _load_saved_secret(self, client_id: str) -> None:
        from intercom_wizard.secrets import SecretKind

        value = await self.context.secrets().load(SecretKind.CLIENT_SECRET, client_id)
        if value and not self.secret.text() and self.client_id.text() == client_id:
            self.secret.setText(value)
            self._saved_pair = (client_id, value)

    def _toggle_echo(self, shown: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password
        self.secret.setEchoMode(mode)

    def _changed(self, _text: str = "") -> None:
        for edit in (self.client_id, self.secret):
            cleaned = clean(edit.text())
            if cleaned != edit.text():
                edit.setText(cleaned)  # trimmed on paste; re-enters this slot once
                return
        feedback = self._problem() or self._advice()
        if feedback and feedback != self.feedback.text():
            self.announce(feedback)
        self.feedback.setText(feedback)
        self.completeChanged.emit()

    def _problem(self) -> str:
        client_id, secret = self.client_id.text(), self.secret.text()
        # The core's one rule, so the page refuses exactly what verify and the test refuse.
        for value, check in ((client_id, check_client_id), (secret, check_client_secret)):
            if value:
                try:
                    check(value)
                except InputError as refused:
                    return refused.for_people()
        if client_id and client_id == secret:
            return self.tr(
                "The Client ID and the Client Secret are the same; one of them was "
                "pasted into the wrong box."
            )
        return ""

    def _advice(self) -> str:
        client_id = self.client_id.text()
        if client_id and not self.context.in_training and not _UUID.match(client_id):
            return self.tr(
                "Intercom's Client IDs usually look like "
                "xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx; check you copied the whole "
                "value."
            )
        return ""

    def isComplete(self) -> bool:
        return (
            bool(self.client_id.text() and self.secret.text())
            and not self._problem()
            and not self._saving
        )

    # --- saving on Next ---------------------------------------------------------------------

    def validatePage(self) -> bool:
        pair = (self.client_id.text(), self.secret.text())
        if self._saved_pair == pair:
            return True
        # Saving may wait for a keychain unlock prompt: do it off the click, then move on.
        self._saving = True
        self.completeChanged.emit()
        self.clear_problem()
        self.tasks.start(self._save(*pair), name="save-secret")
        return False

    async def _save(self, client_id: str, secret: str) -> None:
        from intercom_wizard.secrets import SecretKind, StorageKind

        try:
            store = self.context.secrets()
            kind = await store.save(SecretKind.CLIENT_SECRET, client_id, secret)
        finally:
            self._saving = False
            self.completeChanged.emit()
        session = self.context.session
        if session.client_id and session.client_id != client_id:
            self.state.result = None
        session.client_id = client_id
        self.state.client_secret = secret
        self._saved_pair = (client_id, secret)
        if kind is StorageKind.KEYRING:
            self.mark_step("saved in the system keyring")
        else:
            self.mark_step("kept in memory only (no usable keyring)")
            self.storage_note.setText(
                self.tr(
                    "The system keyring (%s) did not take the secret. It stays in memory "
                    "only and is gone when you close the wizard."
                )
                % store.backend_name
            )
        self.advanceRequested.emit()
