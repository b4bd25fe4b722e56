"""One line of status: an icon and a sentence, never colour alone."""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QStyle, QWidget


class Status(StrEnum):
    PENDING = "pending"
    RUNNING = "running"
    OK = "ok"
    WARNING = "warning"
    PROBLEM = "problem"
    INFO = "info"


_ICONS = {
    Status.RUNNING: QStyle.StandardPixmap.SP_BrowserReload,
    Status.OK: QStyle.StandardPixmap.SP_DialogApplyButton,
    Status.WARNING: QStyle.StandardPixmap.SP_MessageBoxWarning,
    Status.PROBLEM: QStyle.StandardPixmap.SP_MessageBoxCritical,
    Status.INFO: QStyle.StandardPixmap.SP_MessageBoxInformation,
}


class StatusRow(QWidget):
    def __init__(self, label: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._label = label
        self.status = Status.PENDING
        self._icon = QLabel(self)
        self._icon.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignHCenter)
        self._text = QLabel(self)
        self._text.setWordWrap(True)
        self._text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 2, 0, 2)
        layout.addWidget(self._icon, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self._text, 1)
        self.set_status(Status.PENDING, "")

    @property
    def text(self) -> str:
        return self._text.text()

    def set_status(self, status: Status, detail: str) -> None:
        self.status = status
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize)
        self._icon.setFixedWidth(size)
        icon = _ICONS.get(status)
        if icon is None:  # not started yet: no icon, the text alone says so
            self._icon.clear()
        else:
            self._icon.setPixmap(self.style().standardIcon(icon).pixmap(size, size))
        text = f"{self._label}: {detail}" if detail else self._label
        self._text.setText(text)
        self.setAccessibleName(text)
        self._icon.setAccessibleName(status.value)
