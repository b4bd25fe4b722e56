"""Where a page says what went wrong and what to do about it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QWidget

from intercom_wizard.ui.widgets.properties import set_enum_property

if TYPE_CHECKING:
    from PySide6.QtWidgets import QStyle


class MessageArea(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setObjectName("messageArea")
        self._icon = QLabel(self)
        self._text = QLabel(self)
        self._text.setWordWrap(True)
        # Every page builds one before the first paint: no Qt namespace, no QStyle enums here.
        set_enum_property(self._text, "textInteractionFlags", "TextSelectableByMouse")
        set_enum_property(self._icon, "alignment", "AlignLeft|AlignTop")
        layout = QHBoxLayout(self)
        layout.addWidget(self._icon)
        layout.addWidget(self._text, 1)
        self.setAccessibleName(self.tr("Message"))
        self._shown = False
        self.hide()

    @property
    def text(self) -> str:
        return self._text.text() if self._shown else ""

    def show_problem(self, message: str, hint: str | None = None) -> None:
        from PySide6.QtWidgets import QStyle

        self._show(QStyle.StandardPixmap.SP_MessageBoxWarning, message, hint)

    def show_info(self, message: str, hint: str | None = None) -> None:
        from PySide6.QtWidgets import QStyle

        self._show(QStyle.StandardPixmap.SP_MessageBoxInformation, message, hint)

    def _show(self, icon: QStyle.StandardPixmap, message: str, hint: str | None) -> None:
        from PySide6.QtWidgets import QStyle

        size = self.style().pixelMetric(QStyle.PixelMetric.PM_MessageBoxIconSize) // 2
        self._icon.setPixmap(self.style().standardIcon(icon).pixmap(size, size))
        text = f"{message}\n{hint}" if hint else message
        self._text.setText(text)
        self.setAccessibleDescription(text)
        self._shown = True
        self.show()
        from intercom_wizard.ui.widgets.accessible import announce

        announce(self, text, assertive=icon == QStyle.StandardPixmap.SP_MessageBoxWarning)

    def clear(self) -> None:
        self._text.clear()
        self._shown = False
        self.hide()
