"""Our callouts in the drawings fit inside the drawing in every language.

The drawings keep Intercom's own labels in English and say our callouts (``[[...]]``, in
orange) in the wizard's language; a longer translation must not run off the picture's edge.
"""

from __future__ import annotations

import re

import pytest
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QApplication

from intercom_wizard.resources import resource_path
from intercom_wizard.ui.widgets.illustration import worded
from tests.ui.language import LANGUAGES, speaking

_CALLOUT = re.compile(
    r'<text x="(?P<x>[\d.]+)"[^>]*font-size="(?P<size>[\d.]+)"[^>]*fill="#B5470B"'
    r"(?P<rest>[^>]*)>(?P<text>[^<]*)</text>"
)
MARGIN = 2


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_callout_fits_its_drawing(qapp: QApplication, language: str) -> None:
    overflowing = []
    with speaking(qapp, language):
        for path in sorted(resource_path("illustrations").glob("*.svg")):
            drawing = worded(path)
            match = re.search(r'<svg[^>]*\swidth="([\d.]+)"', drawing)
            assert match is not None
            width = float(match.group(1))
            for callout in _CALLOUT.finditer(drawing):
                font = QFont(qapp.font())
                font.setPixelSize(round(float(callout["size"])))
                font.setBold(True)
                advance = QFontMetrics(font).horizontalAdvance(callout["text"])
                x = float(callout["x"])
                anchor = re.search(r'text-anchor="(\w+)"', callout["rest"])
                left = {"end": x - advance, "middle": x - advance / 2}.get(
                    anchor.group(1) if anchor else "start", x
                )
                if left < MARGIN or left + advance > width - MARGIN:
                    overflowing.append(f"{path.name}: {callout['text']!r}")
    assert not overflowing, f"{language}: {overflowing}"
