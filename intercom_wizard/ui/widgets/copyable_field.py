"""A read-only value with a Copy button: URLs and IDs the user pastes elsewhere."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QPushButton, QWidget

from intercom_wizard.ui.clipboard import copy_text
from intercom_wizard.ui.widgets.accessible import named


class CopyableField(QWidget):
    copied = Signal()

    def __init__(
        self,
        name: str,
        parent: QWidget | None = None,
        *,
        copy: Callable[[str], None] = copy_text,
        button_text: str = "",
    ) -> None:
        super().__init__(parent)
        self._copy = copy
        self.edit = named(
            QLineEdit(self), name, self.tr("Read-only; Copy puts it on the clipboard")
        )
        self.edit.setReadOnly(True)
        self.button = named(
            QPushButton(button_text or self.tr("Copy"), self),
            self.tr("Copy %s") % name,
            self.tr("Puts it on the clipboard, to paste elsewhere"),
        )
        self.button.setToolTip(self.tr("Copy to the clipboard"))
        self.button.setAutoDefault(False)  # Enter on a page goes on; it never copies
        self.button.clicked.connect(self._on_copy)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.button)
        self.setFocusProxy(self.edit)

    def value(self) -> str:
        return self.edit.text()

    def set_value(self, text: str) -> None:
        self.edit.setText(text)
        self.edit.setCursorPosition(0)
        self.button.setEnabled(bool(text))

    def _on_copy(self) -> None:
        if self.edit.text():
            self._copy(self.edit.text())
            self.copied.emit()
