"""Our own SVG drawings of Intercom's screens, scaled to the page and kept in proportion."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QByteArray, QRectF, QSize
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QSizePolicy, QWidget

from intercom_wizard.i18n import DRAWING, translate_marked
from intercom_wizard.resources import resource_path

_log = logging.getLogger(__name__)


def worded(path: Path) -> str:
    """The drawing with our own callouts (``[[...]]``) in the current language; the product's
    labels drawn in it stay as Intercom shows them, in English."""
    from html import escape

    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):  # not a drawing: the view then shows nothing
        return ""
    return translate_marked(text, lambda said: escape(said, False), context=DRAWING)


class IllustrationView(QWidget):
    """Shows ``resources/illustrations/NAME``; shows nothing when the file is missing or bad."""

    def __init__(
        self, name: str, description: str, parent: QWidget | None = None, *, max_width: int = 520
    ) -> None:
        super().__init__(parent)
        self._max_width = max_width
        self._renderer = QSvgRenderer(self)
        self.setAccessibleName(description)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        self.load(name)

    @property
    def loaded(self) -> bool:
        return self._renderer.isValid()

    def load(self, name: str) -> None:
        try:
            path = resource_path("illustrations", name)
        except FileNotFoundError:
            path = None
        if (
            path is None
            or not path.is_file()
            or not self._renderer.load(QByteArray(worded(path).encode()))
        ):
            _log.debug("illustration %s is not available", name)
            self._renderer.load(b"")
            self.setVisible(False)
        else:
            self.setVisible(True)
        self.updateGeometry()
        self.update()

    def _aspect(self) -> float:
        size = self._renderer.defaultSize()
        return size.height() / size.width() if size.width() > 0 else 0.6

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return round(min(width, self._max_width) * self._aspect())

    def sizeHint(self) -> QSize:
        return QSize(self._max_width, round(self._max_width * self._aspect()))

    def minimumSizeHint(self) -> QSize:
        return QSize(160, round(160 * self._aspect()))

    def paintEvent(self, event: QPaintEvent) -> None:
        if not self._renderer.isValid():
            return
        width = min(self.width(), self._max_width, round(self.height() / self._aspect()))
        height = round(width * self._aspect())
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self._renderer.render(painter, QRectF((self.width() - width) / 2, 0, width, height))
        painter.end()
