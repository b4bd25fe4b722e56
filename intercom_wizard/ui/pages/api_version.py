"""Page 7: find the app's API version in Intercom and pick the same one here."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QListWidget, QSizePolicy

from intercom_wizard.intercom.versions import (
    API_VERSIONS,
    CHANGELOG_URL,
    LATEST_STABLE,
    ApiVersion,
)
from intercom_wizard.ui.context import WizardContext
from intercom_wizard.ui.pages.base import BasePage
from intercom_wizard.ui.state import RunState
from intercom_wizard.ui.widgets import connector_note
from intercom_wizard.ui.widgets.accessible import named
from intercom_wizard.ui.widgets.illustration import IllustrationView

ILLUSTRATIONS = (
    "version-1-login.svg",
    "version-2-settings.svg",
    "version-3-developer-hub.svg",
    "version-4-select-app.svg",
    "version-5-basic-information.svg",
    "version-6-change-version.svg",
)


class ApiVersionPage(BasePage):
    step_key = "api_version"

    def __init__(self, context: WizardContext, state: RunState) -> None:
        super().__init__(context, state)
        self.setTitle(self.tr("Choose the API version"))
        self.setSubTitle(
            self.tr(
                "Cyclr has one Intercom connector per API version; use the one that "
                "matches your app."
            )
        )
        self.step_texts = [
            self.tr("1. Log in to your Intercom account."),
            self.tr("2. Hover over the icon in the bottom left corner and select Settings."),
            self.tr("3. On the settings page, select Developers > Developer Hub."),
            self.tr("4. In the Developer Hub, select your app."),
            self.tr("5. The Basic Information page shows the app's API version."),
            self.tr("6. To change it, click Change version and pick one from the list."),
        ]
        form = QFormLayout()
        self.version = named(
            QComboBox(self),
            self.tr("API version"),
            self.tr("The version on the app's Basic Information page in the Developer Hub"),
        )
        for version in API_VERSIONS:
            self.version.addItem(version.name, version.name)
        label = QLabel(self.tr("Your app's &version:"), self)
        label.setBuddy(self.version)
        form.addRow(label, self.version)
        self.connector = QLabel(self)
        self.connector.setWordWrap(True)
        form.addRow(self.tr("Cyclr connector:"), self.connector)
        self.body.addLayout(form)
        self.paragraph(
            self.tr(
                '<b>Important:</b> read Intercom\'s <a href="%s">API changelog</a> for '
                "the differences between versions before you change one."
            )
            % self.esc(CHANGELOG_URL),
            rich=True,
        )
        self.paragraph(self.tr("How to find the version in Intercom (select a step to see it):"))
        self.step_list = named(QListWidget(self), self.tr("Steps to find the version"))
        self.step_list.addItems(self.step_texts)
        self.step_list.setWordWrap(True)
        self.step_list.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.body.addWidget(self.step_list)
        self.picture = IllustrationView(ILLUSTRATIONS[0], self.step_texts[0], self, max_width=460)
        self.body.addWidget(self.picture)

        self.step_list.currentRowChanged.connect(self._step_selected)
        self.version.currentIndexChanged.connect(self._version_changed)
        self.step_list.setCurrentRow(0)
        self._refreshed = False

    def _fit_steps(self) -> None:
        # One line per step plus a little air; a list stretching into empty rows looked broken.
        line = self.step_list.fontMetrics().lineSpacing() + 2
        count = self.step_list.count()
        self.step_list.setFixedHeight(line * count + 2 * self.step_list.frameWidth() + line // 2)

    def initializePage(self) -> None:
        self._fit_steps()
        chosen = self.context.session.api_version or LATEST_STABLE
        self.version.setCurrentIndex(max(0, self.version.findText(chosen.name)))
        self._version_changed(self.version.currentIndex())
        if not self._refreshed and connector_note.can_refresh(self.context):
            # Cyclr's own list, with the Cyclr credentials this computer keeps.
            self._refreshed = True
            self.tasks.start(self._refresh(), name="cyclr-connectors")

    async def _refresh(self) -> None:
        if await connector_note.refresh(self.context, self.state):
            self._version_changed(self.version.currentIndex())

    def _step_selected(self, row: int) -> None:
        if 0 <= row < len(ILLUSTRATIONS):
            self.picture.load(ILLUSTRATIONS[row])
            self.picture.setAccessibleName(self.step_texts[row])

    def _version_changed(self, _index: int) -> None:
        name = self.version.currentData()
        if not isinstance(name, str):
            return
        version = ApiVersion.parse(name)
        self.context.session.api_version = version
        live = connector_note.live_connectors(self.context, self.state)
        self.connector.setText(connector_note.connector_sentence(version, live))

    def validatePage(self) -> bool:
        self._version_changed(self.version.currentIndex())
        self.mark_step("chosen")
        return True
