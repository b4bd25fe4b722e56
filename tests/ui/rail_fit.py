"""Whether every step in the rail is shown whole: each line of its text inside its item.

Run as a program it renders the wizard's rail in a process of its own, so that
``QT_SCALE_FACTOR`` (read once, when Qt starts) can be 2, and prints what is cut off as JSON:

    QT_SCALE_FACTOR=2 python -m tests.ui.rail_fit [--dark] [--language de] [--out rail.png]
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from intercom_wizard.ui.widgets.step_rail import StepRail

# Recorded outcomes that give the longest texts: attention on the longest name, the current step.
LONG_STATES = {
    "welcome": "done",
    "where": "done",
    "create_app": "done",
    "redirect_urls": "done",
    "permissions": "ticked",
    "credentials": "saved in the system keyring",
    "api_version": "chosen",
    "test": "failed: ConsentDeclined",
}


def cut_off_steps(rail: StepRail) -> list[str]:
    """Every line of a step's text that does not fit where the rail draws it, or that lies
    outside the rail's visible width."""
    problems: list[str] = []
    style = rail.style()
    margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, rail) + 1
    for row in range(rail.count()):
        item = rail.item(row)
        index = rail.indexFromItem(item)
        option = QStyleOptionViewItem()
        option.initFrom(rail)
        option.rect = rail.visualRect(index)
        option.decorationSize = rail.iconSize()
        option.font = item.font()
        delegate = rail.itemDelegate()
        assert isinstance(delegate, QStyledItemDelegate)
        delegate.initStyleOption(option, index)
        text_rect = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, option, rail)
        metrics = QFontMetrics(item.font())
        lines = item.text().split("\n")
        for line in lines:
            if metrics.horizontalAdvance(line) + 2 * margin > text_rect.width():
                problems.append(f"{line!r}: {metrics.horizontalAdvance(line)} px in {text_rect}")
        if option.rect.right() > rail.viewport().width():
            problems.append(f"{lines[0]!r} ends at {option.rect.right()}, beyond the rail")
        if metrics.lineSpacing() * len(lines) > option.rect.height():
            problems.append(f"{lines[0]!r}: {len(lines)} lines in {option.rect.height()} px")
    return problems


def contrast(rail: StepRail) -> float:
    """WCAG's contrast ratio of the rail's text (and drawn marks) against its background."""
    from PySide6.QtGui import QColor, QPalette

    def luminance(colour: QColor) -> float:
        def channel(value: float) -> float:
            return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

        r, g, b = (channel(c) for c in (colour.redF(), colour.greenF(), colour.blueF()))
        return 0.2126 * r + 0.7152 * g + 0.0722 * b

    palette = rail.palette()
    text = luminance(palette.color(QPalette.ColorRole.Text))
    base = luminance(palette.color(rail.backgroundRole()))
    light, dark = max(text, base), min(text, base)
    return (light + 0.05) / (dark + 0.05)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--dark", action="store_true")
    parser.add_argument("--out", type=Path)
    parser.add_argument("--language", default="en")
    args = parser.parse_args(argv)

    from PySide6.QtWidgets import QApplication, QStyleFactory

    from intercom_wizard.ui.app import build_wizard
    from intercom_wizard.ui.context import WizardContext
    from intercom_wizard.ui.page_ids import PageId

    app = QApplication([sys.argv[0]])
    app.setStyle(QStyleFactory.create("Fusion"))
    if args.dark:
        from tests.visual.render_pages import dark_palette

        app.setPalette(dark_palette())
    from intercom_wizard.ui.translations import apply_language

    apply_language(app, args.language)
    with tempfile.TemporaryDirectory() as home:
        context = WizardContext(progress_path=Path(home) / "progress.json", training=True)
        wizard = build_wizard(context)
        context.session.step_status.update(LONG_STATES)
        wizard.show()
        wizard.jump_to(PageId.API_VERSION)  # recorded outcomes make it reachable
        for _ in range(10):
            app.processEvents()
        rail = wizard.rail
        assert rail is not None
        if args.out:
            wizard.grab().save(str(args.out))
        report = {
            "scale": wizard.devicePixelRatioF(),
            "current": wizard.current_page_id() is PageId.API_VERSION,
            "steps": rail.count(),
            "cut_off": cut_off_steps(rail),
            "rail_width": rail.width(),
            "first_step": rail.item(0).text(),
            "contrast": round(contrast(rail), 1),
        }
        wizard.close()
    print(json.dumps(report))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
