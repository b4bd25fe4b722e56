"""Page 1: the language, what the setup achieves, what it needs, and resume or start over."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QVBoxLayout,
)

from intercom_wizard import i18n
from intercom_wizard.ui.context import WizardContext
from intercom_wizard.ui.page_ids import PageId
from intercom_wizard.ui.pages.base import BasePage
from intercom_wizard.ui.state import RunState
from intercom_wizard.ui.widgets.accessible import named


class WelcomePage(BasePage):
    step_key = "welcome"

    def __init__(self, context: WizardContext, state: RunState) -> None:
        super().__init__(context, state)
        self._language_row()
        self.setTitle(self.tr("Set up Intercom for Cyclr"))
        self.setSubTitle(
            self.tr("Register your own Intercom app, connect it to Cyclr, and prove it works.")
        )
        self.paragraph(
            self.tr(
                "Cyclr's Intercom connector signs in to Intercom with your own Intercom app. "
                "This wizard walks you through creating that app, tells you exactly what to "
                "copy into the Cyclr Console, and finishes with a real sign-in test in your "
                "browser that checks the credentials, the permissions and the API version."
            )
        )
        self.paragraph(self.tr("<b>You need:</b>"), rich=True)
        self.steps_needed = self.paragraph(
            "<ul>"
            + "".join(
                f"<li>{item}</li>"
                for item in (
                    self.tr("admin rights in the Intercom workspace that Cyclr will connect to;"),
                    self.tr("access to your Cyclr Console (Settings and the Connector Library);"),
                    self.tr("about 10 to 15 minutes."),
                )
            )
            + "</ul>",
            rich=True,
        )
        self.paragraph(
            self.tr(
                "Nothing secret is saved in the wizard's settings: the Client Secret goes "
                "to your system's keyring. Diagnostics (bottom left) checks this computer "
                "at any time."
            )
        )
        self.progress_box = QGroupBox(self.tr("Saved progress"), self)
        box = QVBoxLayout(self.progress_box)
        self.resume = named(
            QRadioButton(self.tr("&Resume where I left off"), self),
            self.tr("Resume where I left off"),
            self.tr("Continues at the page where the last run stopped"),
        )
        self.start_over = named(
            QRadioButton(self.tr("&Start over (forget the saved progress)"), self),
            self.tr("Start over"),
            self.tr("Forgets the saved progress; stored secrets stay until Finish > Forget"),
        )
        group = QButtonGroup(self)
        group.addButton(self.resume)
        group.addButton(self.start_over)
        box.addWidget(self.resume)
        box.addWidget(self.start_over)
        self.body.addWidget(self.progress_box)
        self.body.addStretch(1)
        self.resume.setChecked(True)
        self._target: PageId | None = None
        self.progress_box.hide()

    def _language_row(self) -> None:
        """The picker: each language by its own name, so anyone can find theirs."""
        row = QHBoxLayout()
        row.addStretch(1)
        self.language = QComboBox(self)
        for code, name in i18n.LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(i18n.current())))
        label = QLabel(self.tr("&Language:"), self)
        label.setBuddy(self.language)
        named(
            self.language,
            self.tr("Language"),
            self.tr("The wizard's language; it changes at once and is kept for next time"),
        )
        row.addWidget(label)
        row.addWidget(self.language)
        self.body.addLayout(row)
        self.language.activated.connect(self._language_picked)

    def _language_picked(self, index: int) -> None:
        code = str(self.language.itemData(index))
        if code == i18n.current():
            return
        try:
            i18n.remember_language(code)
        except OSError as error:  # still switch now; only the next start will not know
            self.show_problem(
                self.tr("The language could not be kept for next time (%s).") % error.strerror
            )
        from intercom_wizard.ui.translations import apply_language

        app = QCoreApplication.instance()
        if app is not None:
            apply_language(app, code)
        reword = getattr(self.wizard(), "reword", None)
        if reword is not None:  # after this slot: the wizard replaces this very page
            QTimer.singleShot(0, reword)

    def offer_resume(self, target: PageId | None, title: str = "") -> None:
        """Offer to resume at ``target`` (titled ``title``), or hide the choice when None."""
        self._target = target
        self.progress_box.setVisible(target is not None)
        if target is not None:
            self.resume.setText(self.tr("&Resume at “%s”") % title)
            self.resume.setAccessibleName(self.tr("Resume at %s") % title)

    def validatePage(self) -> bool:
        if self._target is not None and self.start_over.isChecked():
            self._target = None
            self.startOverRequested.emit()
        self.mark_step("done")
        return True

    def nextId(self) -> int:
        if self._target is not None and self.resume.isChecked():
            return int(self._target)
        return int(PageId.WHERE)
