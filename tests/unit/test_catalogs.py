"""Every string the user can read has a translation, with the same placeholders, in every language.

These are the tests that fail when a string is added or changed without its German, French and
Spanish: run ``packaging/i18n.py update`` and translate what it marks (see the README).
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

import pytest
from babel.messages.pofile import read_po

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "packaging"))
import i18n as tool  # noqa: E402 - packaging/i18n.py, the one place catalogs are made

LANGUAGES = ("de", "fr", "es")
# Python's %s/%d (in order), Qt's %1/%n, named {fields}, template $values, and markup.
_ORDERED = re.compile(r"%[sdn]|%L?\d")
_NAMED = re.compile(r"\{[a-z_]+\}|\$[a-z_]+|</?[a-z]+\b[^>]*>")


def placeholders(text: str) -> tuple[list[str], Counter[str]]:
    return _ORDERED.findall(text), Counter(_NAMED.findall(text))


def ts_messages(language: str) -> list[tuple[str, str, ET.Element]]:
    """``(context, source, translation element)`` of every message in a .ts file."""
    tree = ET.parse(tool.I18N / f"{tool.QT_CATALOG}_{language}.ts")
    found = []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            found.append((name, message.findtext("source") or "", translation))
    return found


def po_catalog(language: str):  # type: ignore[no-untyped-def]
    with (tool.CORE / f"{language}.po").open("rb") as handle:
        return read_po(handle, locale=language)


def test_the_catalogs_are_the_three_languages() -> None:
    assert tool.languages() == sorted(LANGUAGES)
    assert sorted(path.stem for path in tool.CORE.glob("*.po")) == sorted(LANGUAGES)


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_window_string_is_translated(language: str) -> None:
    missing = []
    for context, source, translation in ts_messages(language):
        forms = [form.text or "" for form in translation.iter("numerusform")] or [
            translation.text or ""
        ]
        if translation.get("type") in ("unfinished", "vanished", "obsolete") or not all(
            form.strip() for form in forms
        ):
            missing.append(f"{context}: {source!r}")
    assert not missing, f"{len(missing)} untranslated in {language}: {missing[:10]}"


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_core_string_is_translated(language: str) -> None:
    catalog = po_catalog(language)
    missing = []
    for message in catalog:
        if not message.id:
            continue
        strings = message.string if isinstance(message.string, tuple) else (message.string,)
        if message.fuzzy or not all(text.strip() for text in strings):
            missing.append(repr(message.id))
    assert not missing, f"{len(missing)} untranslated in {language}.po: {missing[:10]}"


@pytest.mark.parametrize("language", LANGUAGES)
def test_window_translations_keep_the_placeholders(language: str) -> None:
    wrong = []
    for context, source, translation in ts_messages(language):
        forms = [form.text or "" for form in translation.iter("numerusform")] or [
            translation.text or ""
        ]
        for form in forms:
            if form and placeholders(form) != placeholders(source):
                wrong.append(f"{context}: {source!r} -> {form!r}")
    assert not wrong, wrong


@pytest.mark.parametrize("language", LANGUAGES)
def test_core_translations_keep_the_placeholders(language: str) -> None:
    wrong = []
    for message in po_catalog(language):
        if not message.id:
            continue
        sources = message.id if isinstance(message.id, tuple) else (message.id,)
        strings = message.string if isinstance(message.string, tuple) else (message.string,)
        for text in strings:
            if not text:
                continue
            if len(sources) == 1:
                ok = placeholders(text) == placeholders(sources[0])
            else:  # a plural form may leave out the count ("une opération" needs no number)
                ok = set(placeholders(text)[1]) <= set(placeholders(sources[1])[1])
            if not ok:
                wrong.append(f"{message.id!r} -> {text!r}")
    assert not wrong, wrong


def test_the_core_catalogs_hold_every_marked_string() -> None:
    """A string marked in the core (or a template) but missing from the catalogs fails here."""
    marked = {message.id for message in tool.core_template() if message.id}
    for language in LANGUAGES:
        held = {message.id for message in po_catalog(language) if message.id}
        assert marked - held == set(), f"{language}.po lacks {sorted(map(str, marked - held))}"
        assert held - marked == set(), f"{language}.po keeps {sorted(map(str, held - marked))}"


def test_the_window_catalogs_hold_every_string_in_the_sources(tmp_path: Path) -> None:
    """lupdate over the sources finds nothing the catalogs lack."""
    lupdate = tool.qt_tool("lupdate")
    fresh = tmp_path / "fresh_en.ts"
    shutil.copy(tool.I18N / f"{tool.QT_CATALOG}_en.ts", fresh)
    subprocess.run(
        [
            lupdate,
            "-silent",
            "-no-obsolete",
            "-locations",
            "none",
            *tool.ui_sources(),
            "-ts",
            str(fresh),
        ],
        cwd=ROOT,
        check=True,
    )
    tree = ET.parse(fresh)
    wanted = {
        (context.findtext("name"), message.findtext("source"))
        for context in tree.getroot().iter("context")
        for message in context.iter("message")
    }
    for language in LANGUAGES:
        held = {(context, source) for context, source, _ in ts_messages(language)}
        assert wanted - held == set(), f"{language}.ts lacks {sorted(wanted - held)[:10]}"


def test_template_messages_are_read_whole() -> None:
    text = "<p>[[one\n   two]]</p><p>[[three]]</p>"
    assert list(tool.template_messages(text)) == [(1, "one two"), (2, "three")]
