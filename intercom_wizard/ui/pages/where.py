"""Page 2: the Intercom region and the Cyclr service domain, with the callback URL live."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from intercom_wizard.errors import InputError
from intercom_wizard.intercom.cyclr import CallbackTarget, callback_for
from intercom_wizard.intercom.regions import Region
from intercom_wizard.ui.context import WizardContext
from intercom_wizard.ui.pages.base import BasePage
from intercom_wizard.ui.state import RunState
from intercom_wizard.ui.widgets.accessible import named
from intercom_wizard.ui.widgets.copyable_field import CopyableField


def stacked(*widgets: QWidget) -> QWidget:
    """A field with its help below it, as one form cell (form rows with empty labels gape)."""
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    for widget in widgets:
        layout.addWidget(widget)
    box.setFocusProxy(widgets[0])
    return box


class WherePage(BasePage):
    step_key = "where"

    def __init__(self, context: WizardContext, state: RunState) -> None:
        super().__init__(context, state)
        self.setTitle(self.tr("Where: your Intercom region and Cyclr service domain"))
        self.setSubTitle(
            self.tr(
                "These decide which Intercom site you sign in to and the address Intercom "
                "sends people back to."
            )
        )
        form = QFormLayout()
        self.region = named(
            QComboBox(self),
            self.tr("Intercom region"),
            self.tr("The region in your Intercom address: United States, Europe or Australia"),
        )
        # Item data holds the plain value: PySide hands a StrEnum back as a str.
        for region in Region:
            self.region.addItem(region.label, region.value)
        region_label = QLabel(self.tr("Intercom &region:"), self)
        region_label.setBuddy(self.region)
        self.region_help = QLabel(
            self.tr(
                "Your workspace's region is part of the address you use: app.intercom.com "
                "(United States), app.eu.intercom.com (Europe) or app.au.intercom.com "
                "(Australia)."
            ),
            self,
        )
        self.region_help.setWordWrap(True)
        form.addRow(region_label, stacked(self.region, self.region_help))

        self.domain = named(
            QLineEdit(self),
            self.tr("Cyclr service domain"),
            self.tr("Found in the Cyclr Console under Settings > General Settings"),
        )
        self.domain.setPlaceholderText(self.tr("for example app-h.cyclr.com"))
        self.domain.setClearButtonEnabled(True)
        for clear in self.domain.findChildren(QToolButton):  # Qt leaves it unnamed
            named(clear, self.tr("Clear the service domain"), self.tr("Empties the field"))
        domain_label = QLabel(self.tr("Cyclr &service domain:"), self)
        domain_label.setBuddy(self.domain)
        where = QLabel(
            self.tr(
                "Find it in your Cyclr Console under Settings > General Settings "
                "(Service Domain). A pasted URL is fine too."
            ),
            self,
        )
        where.setWordWrap(True)
        self.domain_feedback = QLabel(self)
        self.domain_feedback.setWordWrap(True)
        form.addRow(domain_label, stacked(self.domain, where, self.domain_feedback))
        self.body.addLayout(form)

        self.paragraph(self.tr("Callback URL to register in Intercom (computed from the domain):"))
        self.callback = CopyableField(self.tr("Cyclr callback URL"), self)
        self.body.addWidget(self.callback)
        self.body.addStretch(1)

        self.domain.textChanged.connect(self._domain_changed)
        self.region.currentIndexChanged.connect(self._region_changed)
        self._target: CallbackTarget | None = None

    def initializePage(self) -> None:
        session = self.context.session
        self.region.setCurrentIndex(max(0, self.region.findData(session.region.value)))
        self.domain.setText(session.service_domain)
        self._domain_changed(self.domain.text())

    def chosen_region(self) -> Region:
        return Region(self.region.currentData())

    def _region_changed(self, _index: int) -> None:
        self.context.session.region = self.chosen_region()

    def _domain_changed(self, text: str) -> None:
        self._target = None
        if not text.strip():
            self.domain_feedback.setText("")
            self.callback.set_value("")
        else:
            try:
                self._target = callback_for(text)
            except InputError as error:
                self.domain_feedback.setText(error.for_people())
                self.callback.set_value("")
                self.announce(error.for_people())
            else:
                self.domain_feedback.setText(self._target.warning or self.tr("Looks right."))
                self.callback.set_value(self._target.callback_url)
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self._target is not None

    def validatePage(self) -> bool:
        if self._target is None:
            return False
        self.context.session.service_domain = self._target.domain
        self._region_changed(self.region.currentIndex())
        self.mark_step("done")
        return True
