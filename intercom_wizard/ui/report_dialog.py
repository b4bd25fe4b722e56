"""The support report: Markdown and JSON, to copy into a ticket or save to a file."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import qVersion
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from intercom_wizard.ui.async_tasks import PageTasks
from intercom_wizard.ui.clipboard import copy_text
from intercom_wizard.ui.context import WizardContext
from intercom_wizard.ui.state import RunState
from intercom_wizard.ui.widgets.accessible import named
from intercom_wizard.ui.widgets.message_area import MessageArea

if TYPE_CHECKING:
    from intercom_wizard.report import SupportReport


class ReportDialog(QDialog):
    def __init__(
        self,
        context: WizardContext,
        state: RunState,
        step_keys: list[str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.step_keys = step_keys
        self.context = context
        self.state = state
        self.setWindowTitle(self.tr("Intercom setup: Support report"))
        self.setModal(False)
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(
                self.tr("Send this to the person helping you. It holds no secret, token or code."),
                self,
            )
        )
        self.tabs = named(QTabWidget(self), self.tr("Report format"))
        self.markdown = named(QPlainTextEdit(self), self.tr("Report as Markdown"))
        self.json = named(QPlainTextEdit(self), self.tr("Report as JSON"))
        for edit in (self.markdown, self.json):
            edit.setReadOnly(True)
        self.tabs.addTab(self.markdown, self.tr("&Markdown"))
        self.tabs.addTab(self.json, self.tr("&JSON"))
        layout.addWidget(self.tabs, 1)
        self.messages = MessageArea(self)
        layout.addWidget(self.messages)
        row = QHBoxLayout()
        self.copy_button = named(QPushButton(self.tr("&Copy"), self), self.tr("Copy the report"))
        self.save_button = named(
            QPushButton(self.tr("&Save…"), self), self.tr("Save the report to a file")
        )
        row.addWidget(self.copy_button)
        row.addWidget(self.save_button)
        row.addStretch(1)
        layout.addLayout(row)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.close)
        layout.addWidget(buttons)
        self.tasks = PageTasks(self.messages.show_problem)
        self.copy_button.clicked.connect(self._copy)
        self.save_button.clicked.connect(self._ask_where)
        self._file_dialog: QFileDialog | None = None
        self.report: SupportReport | None = None
        self.resize(640, 520)

    def refresh(self) -> None:
        from intercom_wizard.i18n import english
        from intercom_wizard.report import EnvironmentInfo, build_report

        # In English whatever the window speaks: support reads it, and `report show` parses it.
        with english():
            environment = EnvironmentInfo.collect(
                qt=qVersion(), keyring_backend=self.context.secrets().backend_name
            )
            recorded = self.context.session.step_status
            # Every step in page order, so the reader sees which ones were never reached.
            steps = {key: recorded.get(key, "not reached") for key in self.step_keys}
            self.report = build_report(self.context.session, self.state.result, environment, steps)
        self.markdown.setPlainText(self.report.to_markdown())
        self.json.setPlainText(self.report.to_json())

    def current_text(self) -> str:
        return (
            self.json.toPlainText()
            if self.tabs.currentIndex() == 1
            else (self.markdown.toPlainText())
        )

    def _copy(self) -> None:
        copy_text(self.current_text())
        self.messages.show_info(self.tr("Copied to the clipboard."))

    def _ask_where(self) -> None:
        as_json = self.tabs.currentIndex() == 1
        ext = "json" if as_json else "md"
        name = self.report.suggested_filename(ext) if self.report else f"report.{ext}"
        dialog = QFileDialog(self, self.tr("Save the support report"), str(Path.home() / name))
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setNameFilter(self.tr("JSON (*.json)") if as_json else self.tr("Markdown (*.md)"))
        # open(), not exec(): keeps the qasync loop and its tasks running.
        dialog.fileSelected.connect(lambda path: self.save_to(Path(path)))
        self._file_dialog = dialog
        dialog.open()

    def save_to(self, path: Path) -> None:
        text = self.current_text()
        self.tasks.start(self._write(path, text), name="save-report")

    async def _write(self, path: Path, text: str) -> None:
        from intercom_wizard.errors import WizardError

        try:
            await asyncio.to_thread(path.write_text, text, encoding="utf-8")
        except OSError as error:
            raise WizardError(
                self.tr("The report could not be saved to %s (%s).") % (path, error.strerror),
                hint=self.tr("Choose another folder, or use Copy instead."),
            ) from error
        self.messages.show_info(self.tr("Saved to %s.") % path)
