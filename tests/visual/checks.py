"""What the rendering check looks for on a shown window: text cut off, and English left behind.

Cut off: a label's or button's text needs more room than the widget has. A label that does not
wrap needs its ``sizeHint`` width (plain or rich text, margins and indent included); one that
wraps needs ``heightForWidth(width)`` of height; a button (push, radio, check) needs its
``sizeHint`` width, which Qt computes from the text's ``horizontalAdvance`` plus the style's
margins; a group box's title and a combo box's current item need their text's advance plus the
frame. One pixel of slack absorbs rounding at fractional scales.

English left behind, in a window that should speak another language: a shown text that is an
English source string whose translation differs (``Step 3 of 10`` matched as ``Step %d of %d``),
or that reads as English: two or more English-only words once the terms the products show in
English (``resources/i18n/GLOSSARY.md``), addresses and code are taken out.
"""

from __future__ import annotations

import html
import re
import xml.etree.ElementTree as ET
from functools import cache
from pathlib import Path

from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QGroupBox,
    QLabel,
    QWidget,
)

ROOT = Path(__file__).resolve().parents[2]
I18N = ROOT / "resources" / "i18n"
SLACK = 1
# Words that are English and not German, French or Spanish (no "an", "in", "was", "a", "on").
ENGLISH_ONLY = frozenset(
    {
        *("the", "and", "you", "your", "with", "this", "that", "is", "are", "from", "which"),
        *("what", "when", "then", "have", "has", "been", "it", "its", "of", "to", "for"),
        *("not", "be", "by", "can", "does", "if", "into", "only", "than", "there", "they"),
        *("after", "before", "here"),
    }
)
_TAG = re.compile(r"<[^>]+>")
_CODE = re.compile(r"https?://\S+|\S+\.(?:com|uk|json|md|log)\S*|`[^`]*`|\S*[/\\]\S*|--[\w-]+")
_PLACEHOLDER = re.compile(r"%L?\d|%\d*[sd]|\{[a-z_]+\}|\$[a-z_]+")


def widget_texts(widget: QWidget) -> list[str]:
    if isinstance(widget, QLabel | QAbstractButton):
        return [widget.text()]
    if isinstance(widget, QGroupBox):
        return [widget.title()]
    if isinstance(widget, QComboBox):
        return [widget.currentText()]
    return []


def shown(root: QWidget) -> list[QWidget]:
    """``root`` and every descendant on screen with some size."""
    widgets = [root, *root.findChildren(QWidget)]
    return [w for w in widgets if w.isVisible() and w.width() > 0 and w.height() > 0]


def _describe(widget: QWidget, text: str) -> str:
    flat = " ".join(_TAG.sub("", text).split())
    return f"{type(widget).__name__} {flat[:70]!r}"


def cut_off(root: QWidget) -> list[str]:
    """Every shown text in ``root`` that does not fit its widget."""
    problems = []
    for widget in shown(root):
        need: tuple[str, int, int] | None = None  # (dimension, needed, available)
        if isinstance(widget, QLabel):
            if not widget.text().strip():
                continue
            if widget.wordWrap():
                need = ("height", widget.heightForWidth(widget.width()), widget.height())
            else:
                need = ("width", widget.sizeHint().width(), widget.width())
        elif isinstance(widget, QAbstractButton) and widget.text().strip():
            need = ("width", widget.sizeHint().width(), widget.width())
        elif isinstance(widget, QGroupBox):
            if widget.title().strip():
                title = widget.fontMetrics().horizontalAdvance(widget.title().replace("&", ""))
                need = ("width", title + 16, widget.width())
        elif isinstance(widget, QComboBox) and widget.currentText():
            advance = widget.fontMetrics().horizontalAdvance(widget.currentText())
            need = ("width", advance + 28, widget.width())
        if need is not None and need[1] > need[2] + SLACK:
            said = _describe(widget, widget_texts(widget)[0])
            problems.append(f"{said}: needs {need[1]} px of {need[0]}, has {need[2]}")
    return problems


@cache
def _sources(language: str) -> tuple[re.Pattern[str] | None, tuple[str, ...]]:
    """English strings whose ``language`` translation differs, as one pattern; kept terms."""
    patterns = []
    tree = ET.parse(I18N / f"intercom_wizard_{language}.ts")
    for message in tree.getroot().iter("message"):
        source = message.findtext("source") or ""
        translation = message.findtext("translation") or ""
        if _normal(source) != _normal(translation) and _literal_letters(source) >= 4:
            patterns.append(_as_pattern(source))
    from babel.messages.pofile import read_po

    with (I18N / "core" / f"{language}.po").open("rb") as handle:
        for entry in read_po(handle, locale=language):
            msgid = entry.id
            if (
                isinstance(msgid, str)
                and _normal(str(entry.string)) != _normal(msgid)
                and _literal_letters(msgid) >= 4
            ):
                patterns.append(_as_pattern(msgid))
    pattern = re.compile("|".join(f"(?:{p})" for p in patterns)) if patterns else None
    return pattern, _kept_terms()


def _normal(text: str) -> str:
    text = html.unescape(_TAG.sub(" ", text)).replace("&", "")
    return " ".join(text.split())


def _literal_letters(source: str) -> int:
    """Letters outside the placeholders: "%s" alone would match anything."""
    return len(re.sub(r"[^A-Za-z]", "", _PLACEHOLDER.sub("", source)))


def _as_pattern(source: str) -> str:
    parts = _PLACEHOLDER.split(_normal(source))
    return ".+?".join(re.escape(part) for part in parts)


@cache
def _kept_terms() -> tuple[str, ...]:
    """The first column of the glossary's "Kept in English" table, term by term, longest
    first (so "Intended to use Intercom with" goes before "Intercom")."""
    text = (I18N / "GLOSSARY.md").read_text(encoding="utf-8")
    kept = text.split("## Kept in English", 1)[1].split("\n## ", 1)[0]
    terms = set()
    for line in kept.splitlines():
        if line.startswith("| ") and not line.startswith(("| term", "|---")):
            first = line.split("|")[1]
            for term in re.split(r",\s*", first):
                term = re.sub(r"\(.*?\)", "", term).strip().strip('"')
                if term:
                    terms.add(term)
    return tuple(sorted(terms, key=len, reverse=True))


def english_words(text: str) -> set[str]:
    """The English-only words in ``text`` once product terms, code and addresses are out."""
    flat = _normal(text)
    for term in _kept_terms():
        flat = flat.replace(term, " ")
    flat = _CODE.sub(" ", flat)
    return {word for word in re.findall(r"[a-z']+", flat.lower()) if word in ENGLISH_ONLY}


def untranslated(root: QWidget, language: str) -> list[str]:
    """Every shown text in ``root`` left in English, for a window meant to speak ``language``."""
    if language == "en":
        return []
    pattern, _terms = _sources(language)
    problems = []
    for widget in shown(root):
        for text in widget_texts(widget):
            flat = _normal(text)
            if not flat:
                continue
            if pattern is not None and pattern.fullmatch(flat):
                problems.append(f"{_describe(widget, text)}: an English source string")
            elif len(english_words(text)) >= 2:
                words = ", ".join(sorted(english_words(text)))
                problems.append(f"{_describe(widget, text)}: reads as English ({words})")
    title = root.windowTitle()
    if pattern is not None and title and pattern.fullmatch(_normal(title)):
        problems.append(f"window title {title!r}: an English source string")
    return problems
