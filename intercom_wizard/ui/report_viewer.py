"""Someone else's support report, read-only, in the wizard's own views.

Support staff open the report a partner saved (``intercom-wizard report show FILE``, or Open
Report in Diagnostics) and see what the partner saw: the step rail with each step's state, the
Results page drawn from the same findings, the setup and the diagnostics. A banner says whose
report it is and when it was made. Nothing here can be edited, no test can be started, and it
touches neither this computer's setup nor its keyring: the Results page gets a context of its
own that is never saved.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from intercom_wizard.report_reader import SavedReport
from intercom_wizard.session import SetupSession
from intercom_wizard.steps import RESULTS, TEST
from intercom_wizard.ui.context import WizardContext
from intercom_wizard.ui.pages.results import ResultsPage
from intercom_wizard.ui.state import RunState
from intercom_wizard.ui.widgets.accessible import announce, named
from intercom_wizard.ui.widgets.status_row import Status, StatusRow
from intercom_wizard.ui.widgets.step_rail import RailStep, StepRail

_log = logging.getLogger(__name__)


class ReportViewer(QDialog):
    """One saved report. ``results`` is None when the report holds no consent test."""

    def __init__(self, report: SavedReport, source: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.report = report
        self.setWindowTitle(self.tr("Support report from %s (read-only)") % source.name)
        self.setModal(False)
        layout = QVBoxLayout(self)
        self.banner = self._banner(source)
        layout.addWidget(self.banner)

        row = QHBoxLayout()
        self.rail = StepRail(self)
        # Each step's recorded outcome is its description: the tooltip, and what is read out.
        self.rail.set_steps(
            [
                RailStep(step.key, "", self.tr("Recorded: %s.") % step.outcome.rstrip("."))
                for step in report.steps
            ]
        )
        self.rail.setAccessibleName(self.tr("Steps in this report"))
        self.rail.update_states(
            report.step_states(), current=None, reachable=[step.key for step in report.steps]
        )
        self.rail.stepRequested.connect(self._show_step)
        left = QVBoxLayout()
        left.addWidget(self.rail, 1)
        self.outcome = named(QLabel(self), self.tr("Recorded outcome"))
        self.outcome.setWordWrap(True)
        self.outcome.setMaximumWidth(self.rail.width())
        left.addWidget(self.outcome)
        row.addLayout(left)

        self.tabs = named(QTabWidget(self), self.tr("Report sections"))
        self.results = self._results_page()
        if self.results is not None:
            self.tabs.addTab(self._titled(self.results), self.tr("&Results"))
        else:
            self.tabs.addTab(
                self._text_page(self.tr("No consent test had been run when this report was made.")),
                self.tr("&Results"),
            )
        self.setup_form = self._setup()
        self.tabs.addTab(self._scrolling(self.setup_form), self.tr("&Setup"))
        self.diagnostics = self._diagnostics()
        self.tabs.addTab(self._scrolling(self.diagnostics), self.tr("D&iagnostics"))
        row.addWidget(self.tabs, 1)
        layout.addLayout(row, 1)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.close)
        layout.addWidget(buttons)
        self.resize(1000, 700)

    # --- the parts ------------------------------------------------------------------------------

    def _banner(self, source: Path) -> QLabel:
        report = self.report
        result = report.result
        who = self.tr("someone whose consent test did not run")
        if result is not None and result.admin is not None:
            who = result.admin.name or self.tr("an unnamed admin")
            if result.admin.email:
                who = f"{who} <{result.admin.email}>"
        if result is not None and result.workspace is not None and result.workspace.name:
            who = self.tr("%s, workspace %s") % (who, result.workspace.name)
        when = report.created_at.strftime("%Y-%m-%d %H:%M %Z").strip()
        text = self.tr(
            "Someone else's report, read-only: made by %s on %s, with intercom-wizard %s on %s "
            "(file %s). Nothing here changes this computer's setup, and no test can be started."
        ) % (who, when, report.environment.app_version, report.environment.os, source.name)
        banner = named(QLabel(self), self.tr("Someone else's report"), text)
        banner.setTextFormat(Qt.TextFormat.PlainText)
        banner.setText(text)
        banner.setObjectName("reportBanner")
        banner.setWordWrap(True)
        banner.setFrameShape(QFrame.Shape.StyledPanel)
        banner.setMargin(6)
        # Tooltip colours exist in every palette, light or dark, as the training banner's do.
        banner.setAutoFillBackground(True)
        palette = banner.palette()
        palette.setColor(QPalette.ColorRole.Window, palette.color(QPalette.ColorRole.ToolTipBase))
        palette.setColor(
            QPalette.ColorRole.WindowText, palette.color(QPalette.ColorRole.ToolTipText)
        )
        banner.setPalette(palette)
        return banner

    def _results_page(self) -> ResultsPage | None:
        result = self.report.result
        if result is None:
            return None
        # A context of its own: the page records its outcome there, never in this computer's.
        context = WizardContext(session=SetupSession())
        page = ResultsPage(context, RunState(result=result))
        page.retry.hide()  # no test can be started from here
        page.retry.setEnabled(False)
        page.show_result(result)
        _plain_text_only(page)
        return page

    def _titled(self, page: ResultsPage) -> QWidget:
        """The page with the title the wizard shows in its header, and when the test ran."""
        holder = QWidget(self)
        column = QVBoxLayout(holder)
        result = self.report.result
        checked = result.checked_at.strftime("%Y-%m-%d %H:%M %Z").strip() if result else ""
        heading = QLabel(f"<b>{page.title()}</b> · " + self.tr("checked %s") % checked, holder)
        column.addWidget(heading)
        column.addWidget(page, 1)
        return holder

    def _setup(self) -> QWidget:
        setup = self.report.setup
        unknown = self.tr("not given")
        values = [
            (self.tr("Intercom region"), f"{setup.region.label} ({setup.region.value})"),
            (self.tr("Cyclr service domain"), setup.service_domain or unknown),
            (self.tr("Cyclr callback URL"), setup.callback_url or unknown),
            (self.tr("Test redirect URI"), setup.redirect_uri),
            (self.tr("Client ID"), setup.client_id or unknown),
            (self.tr("Chosen API version"), setup.api_version or unknown),
            (self.tr("Cyclr connector"), setup.cyclr_connector or unknown),
            (
                self.tr("Intercom hosts"),
                ", ".join(base for base in (setup.app_base, setup.api_base) if base) or unknown,
            ),
        ]
        if setup.hosts_overridden:
            values.append((self.tr("Hosts overridden"), self.tr("yes (a stand-in Intercom)")))
        if setup.callback_warning:
            values.append((self.tr("Callback warning"), setup.callback_warning))
        values += [(self.tr("Note"), note) for note in setup.notes]
        widget = QWidget(self)
        form = QFormLayout(widget)
        for name, value in values:
            label = named(QLabel(widget), name, value)
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setText(value)
            label.setWordWrap(True)
            form.addRow(self.tr("%s:") % name, label)
        return widget

    def _diagnostics(self) -> QWidget:
        environment = self.report.environment
        widget = QWidget(self)
        column = QVBoxLayout(widget)
        column.addWidget(
            QLabel(self.tr("The partner's computer, as the report recorded it:"), widget)
        )
        self.environment_rows: list[StatusRow] = []
        for name, value in (
            (self.tr("App"), environment.app_version),
            (self.tr("Operating system"), environment.os),
            (self.tr("Python"), environment.python),
            (self.tr("Qt"), environment.qt or self.tr("not recorded")),
            (self.tr("Keyring"), environment.keyring_backend),
        ):
            row = StatusRow(name, widget)
            row.set_status(Status.INFO, value)
            column.addWidget(row)
            self.environment_rows.append(row)
        column.addStretch(1)
        return widget

    def _scrolling(self, widget: QWidget) -> QScrollArea:
        area = QScrollArea(self)
        area.setWidgetResizable(True)
        area.setFrameShape(QFrame.Shape.NoFrame)
        area.setWidget(widget)
        return area

    def _text_page(self, text: str) -> QLabel:
        label = QLabel(text, self)
        label.setWordWrap(True)
        return label

    # --- behaviour ------------------------------------------------------------------------------

    def _show_step(self, key: str) -> None:
        """A step chosen in the rail: what it recorded; the test's steps open the Results."""
        step = next(step for step in self.report.steps if step.key == key)
        name = self.rail.step_name(RailStep(key, ""))
        self.outcome.setText(self.tr("%s recorded: %s") % (name, step.outcome))
        announce(self, self.outcome.text())
        if key in (TEST, RESULTS):
            self.tabs.setCurrentIndex(0)

    def showEvent(self, event: object) -> None:
        super().showEvent(event)  # type: ignore[arg-type]
        announce(self, self.banner.text())


def _plain_text_only(page: QWidget) -> None:
    """What came from the file is shown as text: a name like "<img src=...>" stays a name.

    Labels that let Qt guess would take text starting with a tag for markup.
    """
    for label in page.findChildren(QLabel):
        if label.textFormat() == Qt.TextFormat.AutoText:
            label.setTextFormat(Qt.TextFormat.PlainText)


def run_viewer(report: SavedReport, source: Path) -> int:
    """``intercom-wizard report show FILE``: the viewer on its own, until it is closed."""
    from PySide6.QtWidgets import QApplication

    from intercom_wizard.qt_arguments import application_arguments
    from intercom_wizard.ui.translations import start_in_chosen_language

    app = QApplication.instance() or QApplication(application_arguments())
    assert isinstance(app, QApplication)
    app.setApplicationName("intercom-wizard")
    app.setApplicationDisplayName("Intercom setup for Cyclr")
    app.setOrganizationName("Cyclr")
    start_in_chosen_language(app)  # as the wizard does: the one rule, the one remembered choice
    viewer = ReportViewer(report, source)
    viewer.show()
    _log.info("showing the support report %s", source)
    app.exec()
    return 0
