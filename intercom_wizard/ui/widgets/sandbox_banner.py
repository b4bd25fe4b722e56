"""The training-mode banner: says the sandbox stands in for Intercom, and what to type."""

from __future__ import annotations

from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QWidget

from intercom_wizard.ui.widgets.copyable_field import CopyableField
from intercom_wizard.ui.widgets.properties import set_enum_property


class SandboxBanner(QFrame):
    def __init__(self, client_id: str, client_secret: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sandboxBanner")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        # Tooltip colours exist in every palette, light or dark, and stand out from the window.
        self.setAutoFillBackground(True)
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.Window, palette.color(QPalette.ColorRole.ToolTipBase))
        palette.setColor(
            QPalette.ColorRole.WindowText, palette.color(QPalette.ColorRole.ToolTipText)
        )
        self.setPalette(palette)
        # One short line and one row of fields: the banner sits above every page.
        title = QLabel(
            self.tr(
                "<b>Training mode:</b> a sandbox stands in for Intercom, no real workspace is "
                "touched. On the Credentials page, type:"
            ),
            self,
        )
        title.setWordWrap(True)
        self.setAccessibleName(self.tr("Training mode"))
        self.client_id = CopyableField(self.tr("Sandbox Client ID"), self)
        self.client_id.set_value(client_id)
        self.client_secret = CopyableField(self.tr("Sandbox Client Secret"), self)
        self.client_secret.set_value(client_secret)
        # The page's own first field gets the focus; the Copy buttons stay reachable by Tab.
        for field in (self.client_id, self.client_secret):
            set_enum_property(field.edit, "focusPolicy", "ClickFocus")
        layout = QGridLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.setVerticalSpacing(2)
        layout.addWidget(title, 0, 0, 1, 4)
        layout.addWidget(QLabel(self.tr("Client ID:"), self), 1, 0)
        layout.addWidget(self.client_id, 1, 1)
        layout.addWidget(QLabel(self.tr("Client Secret:"), self), 1, 2)
        layout.addWidget(self.client_secret, 1, 3)
        layout.setColumnStretch(1, 1)
        layout.setColumnStretch(3, 1)
