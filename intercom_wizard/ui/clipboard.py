"""Copying to the clipboard, and taking a copied secret back out after a while.

A Client Secret left on the clipboard ends up in clipboard histories and pasted into chats, so a
copied secret is cleared again after a minute, but only if the clipboard still holds it (the user
may have copied something else meanwhile).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QGuiApplication


def copy_text(text: str) -> None:
    QGuiApplication.clipboard().setText(text)


class SecretClipboard(QObject):
    def __init__(self, clear_after_ms: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._secret = ""
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(clear_after_ms)
        self._timer.timeout.connect(self.clear_now)

    @property
    def pending(self) -> bool:
        return self._timer.isActive()

    def copy_secret(self, secret: str) -> None:
        self._secret = secret
        copy_text(secret)
        self._timer.start()

    def clear_now(self) -> None:
        """Empty the clipboard if it still holds the secret we put there."""
        self._timer.stop()
        clipboard = QGuiApplication.clipboard()
        if self._secret and clipboard.text() == self._secret:
            clipboard.clear()
        self._secret = ""
