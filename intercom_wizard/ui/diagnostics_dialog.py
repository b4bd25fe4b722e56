"""The Diagnostics window: checks of this computer, reachable from every page, non-modal."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from intercom_wizard.logs import log_file
from intercom_wizard.paths import certificate_dir, log_dir
from intercom_wizard.ui.async_tasks import PageTasks
from intercom_wizard.ui.context import WizardContext
from intercom_wizard.ui.widgets.accessible import named
from intercom_wizard.ui.widgets.message_area import MessageArea
from intercom_wizard.ui.widgets.status_row import Status, StatusRow

if TYPE_CHECKING:
    from intercom_wizard.ui.report_viewer import ReportViewer

_STATUS = {"ok": Status.OK, "warning": Status.WARNING, "problem": Status.PROBLEM}


class DiagnosticsDialog(QDialog):
    def __init__(self, context: WizardContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setWindowTitle(self.tr("Intercom setup: Diagnostics"))
        self.setModal(False)
        self.setAccessibleName(self.tr("Diagnostics"))
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Checks of this computer for the consent test:"), self))
        self.rows_layout = QVBoxLayout()
        layout.addLayout(self.rows_layout)
        self.rows: list[StatusRow] = []
        self.messages = MessageArea(self)
        layout.addWidget(self.messages)
        layout.addStretch(1)
        self.log_label = QLabel(self)
        self.log_label.setWordWrap(True)
        self.log_label.setAccessibleName(self.tr("Log file"))
        layout.addWidget(self.log_label)
        row = QHBoxLayout()
        self.run_button = named(QPushButton(self.tr("&Check again"), self), self.tr("Check again"))
        self.open_logs = named(
            QPushButton(self.tr("Open &log folder"), self), self.tr("Open the log folder")
        )
        self.open_report_button = named(
            QPushButton(self.tr("Open &report…"), self),
            self.tr("Open a support report"),
            self.tr("Shows a report someone saved, read-only, as the wizard showed it to them"),
        )
        row.addWidget(self.run_button)
        row.addWidget(self.open_logs)
        row.addWidget(self.open_report_button)
        row.addStretch(1)
        layout.addLayout(row)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.close)
        layout.addWidget(buttons)
        self.tasks = PageTasks(self.messages.show_problem)
        self.run_button.clicked.connect(self.run_checks)
        self.open_logs.clicked.connect(self._open_log_folder)
        self.open_report_button.clicked.connect(self._ask_for_report)
        self._file_dialog: QFileDialog | None = None
        self.viewers: list[ReportViewer] = []
        self.resize(560, 420)

    def showEvent(self, event: object) -> None:
        super().showEvent(event)  # type: ignore[arg-type]
        self.log_label.setText(self.tr("Log file (secrets are masked): %s") % log_file())
        self.run_checks()

    def run_checks(self) -> None:
        if not self.tasks.busy:
            self.tasks.start(self._run(), name="diagnostics")

    async def _run(self) -> None:
        from intercom_wizard.diagnostics import run_diagnostics

        self.messages.clear()
        self.run_button.setEnabled(False)
        try:
            results = await run_diagnostics(
                self.context.endpoints(),
                self.context.session.port,
                certificate_dir(),
                self.context.secrets(),
            )
        finally:
            self.run_button.setEnabled(True)
        for old in self.rows:
            old.deleteLater()
        self.rows = []
        for result in results:
            row = StatusRow(result.name, self)
            row.set_status(_STATUS.get(str(result.status), Status.INFO), result.detail)
            self.rows_layout.addWidget(row)
            self.rows.append(row)

    def _open_log_folder(self) -> None:
        folder = log_dir()
        folder.mkdir(parents=True, exist_ok=True)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

    # --- someone else's report ------------------------------------------------------------------

    def _ask_for_report(self) -> None:
        dialog = QFileDialog(self, self.tr("Open a support report"), str(Path.home()))
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.setNameFilter(self.tr("Support reports (*.json)"))
        # open(), not exec(): keeps the qasync loop and its tasks running.
        dialog.fileSelected.connect(lambda path: self.open_report(Path(path)))
        self._file_dialog = dialog
        dialog.open()

    def open_report(self, path: Path) -> None:
        """Read the report at ``path`` off the GUI thread; show it, or say why it cannot be."""
        self.tasks.start(self._open_report(path), name="open-report")

    async def _open_report(self, path: Path) -> None:
        import asyncio

        from intercom_wizard.errors import InputError
        from intercom_wizard.report_reader import read_report
        from intercom_wizard.ui.report_viewer import ReportViewer

        self.messages.clear()
        try:
            report = await asyncio.to_thread(read_report, path)
        except InputError as error:
            # The reader says exactly why, in the core's words; the headline is the window's.
            self.messages.show_problem(
                self.tr("%s cannot be opened as a support report.") % path.name,
                " ".join(part for part in (error.message, error.hint) if part),
            )
            return
        viewer = ReportViewer(report, path, self)
        self.viewers.append(viewer)
        viewer.show()
        viewer.raise_()

    def closeEvent(self, event: object) -> None:
        self.tasks.cancel_all()
        super().closeEvent(event)  # type: ignore[arg-type]
