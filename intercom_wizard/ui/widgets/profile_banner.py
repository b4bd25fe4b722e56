"""The setup-profile banner: who prepared the values filled in, and their note.

The contact and the note come from an email, so they are shown as plain text only (never rich
text: no links, no markup, no images), elided by the parser to one line each, and selectable
so the partner can copy an address from them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from intercom_wizard.ui.widgets.properties import set_enum_property

if TYPE_CHECKING:
    from intercom_wizard.profiles import SetupProfile


class ProfileBanner(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("profileBanner")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        # The window's own highlight-free colours, a shade apart: information, not a warning.
        self.setAutoFillBackground(True)
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.Window, palette.color(QPalette.ColorRole.AlternateBase))
        self.setPalette(palette)
        self.headline = self._label()
        self.note = self._label()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.setSpacing(2)
        layout.addWidget(self.headline)
        layout.addWidget(self.note)
        self.setAccessibleName(self.tr("Prepared setup"))
        self.hide()

    def _label(self) -> QLabel:
        label = QLabel(self)
        label.setWordWrap(True)
        set_enum_property(label, "textFormat", "PlainText")
        set_enum_property(label, "textInteractionFlags", "TextSelectableByMouse")
        return label

    def show_profile(self, profile: SetupProfile | None) -> None:
        """Say who prepared ``profile``, or hide when there is none."""
        if profile is None:
            self.hide()
            return
        if profile.contact:
            headline = (
                self.tr(
                    "%s prepared this setup and filled in some values for you. You can change "
                    "any of them."
                )
                % profile.contact
            )
        else:
            headline = self.tr(
                "This setup was prepared for you and some values are filled in. You can "
                "change any of them."
            )
        self.headline.setText(headline)
        self.note.setText(self.tr("Their note: %s") % profile.note if profile.note else "")
        self.note.setVisible(bool(profile.note))
        self.setAccessibleDescription(
            f"{headline} {self.note.text()}".strip() if profile.note else headline
        )
        self.show()
