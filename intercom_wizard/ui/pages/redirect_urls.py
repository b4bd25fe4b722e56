"""Page 4: the two redirect URLs to register: Cyclr's callback and the wizard's test URL."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QLabel, QSpinBox

from intercom_wizard.consent.ports import MAX_PORT, MIN_PORT
from intercom_wizard.errors import InputError
from intercom_wizard.ui.context import WizardContext
from intercom_wizard.ui.pages.base import BasePage
from intercom_wizard.ui.state import RunState
from intercom_wizard.ui.widgets.accessible import named
from intercom_wizard.ui.widgets.copyable_field import CopyableField
from intercom_wizard.ui.widgets.illustration import IllustrationView


class RedirectUrlsPage(BasePage):
    step_key = "redirect_urls"

    def __init__(self, context: WizardContext, state: RunState) -> None:
        super().__init__(context, state)
        self.setTitle(self.tr("Add the redirect URLs"))
        self.setSubTitle(
            self.tr(
                "In the app, open Authentication, click Edit and add both URLs below, "
                "exactly as shown."
            )
        )
        form = QFormLayout()
        # Listed in the order to register them while testing, as the text below explains.
        self.test_url = CopyableField(self.tr("Wizard test URL"), self)
        form.addRow(
            QLabel(self.tr("1. Wizard test URL (first while testing):"), self), self.test_url
        )
        self.cyclr_url = CopyableField(self.tr("Cyclr callback URL"), self)
        form.addRow(QLabel(self.tr("2. Cyclr callback:"), self), self.cyclr_url)
        self.port = named(
            QSpinBox(self),
            self.tr("Test port"),
            self.tr("The local port the wizard listens on during the test"),
        )
        self.port.setRange(MIN_PORT, MAX_PORT)
        port_label = QLabel(self.tr("Test &port:"), self)
        port_label.setBuddy(self.port)
        form.addRow(port_label, self.port)
        self.body.addLayout(form)
        self.paragraph(
            self.tr(
                "<b>Why HTTPS?</b> Intercom only accepts https:// redirect URLs. For the "
                "test, the wizard answers on your own computer (127.0.0.1) with a "
                "certificate it made itself, so your browser will warn once; the Test "
                "page tells you how to continue."
            ),
            rich=True,
        )
        self.paragraph(
            self.tr(
                "<b>Which one first?</b> Intercom uses the first redirect URL when a "
                "sign-in does not name one. While you test, put the wizard's test URL "
                "first; when the test has passed you may move Cyclr's callback to the top "
                "or remove the test URL."
            ),
            rich=True,
        )
        self.paragraph(
            self.tr(
                "Change the port only if the test reports it is taken; then register the "
                "new test URL instead."
            )
        )
        self.body.addWidget(
            IllustrationView(
                "redirect-urls.svg",
                self.tr("Drawing of the Authentication section with two redirect URLs"),
                self,
            )
        )
        self.body.addStretch(1)
        self.port.valueChanged.connect(self._port_changed)

    def initializePage(self) -> None:
        session = self.context.session
        try:
            self.cyclr_url.set_value(session.callback_target().callback_url)
        except InputError:
            self.cyclr_url.set_value("")
        self.port.setValue(session.port)
        self.test_url.set_value(session.redirect_uri())

    def _port_changed(self, port: int) -> None:
        self.context.session.port = port
        self.test_url.set_value(self.context.session.redirect_uri())

    def validatePage(self) -> bool:
        self.mark_step("done")
        return True
