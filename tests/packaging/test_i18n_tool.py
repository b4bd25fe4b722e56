"""packaging/i18n.py and the bootstrap: catalogs compiled when stale, a new language started."""

from __future__ import annotations

import gettext
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QTranslator

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "packaging"))
import dev  # noqa: E402 - packaging/dev.py
import i18n as tool  # noqa: E402 - packaging/i18n.py


@pytest.fixture
def catalogs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A copy of resources/i18n (sources only) that the tool works on instead."""
    folder = tmp_path / "i18n"
    shutil.copytree(tool.I18N, folder, ignore=shutil.ignore_patterns("*.qm", "*.mo"))
    monkeypatch.setattr(tool, "I18N", folder)
    monkeypatch.setattr(tool, "CORE", folder / "core")
    return folder


def test_compile_makes_what_qt_and_gettext_load(catalogs: Path) -> None:
    tool.compile_catalogs()
    for code in ("de", "fr", "es"):
        assert QTranslator().load(str(catalogs / f"intercom_wizard_{code}.qm"))
        with (catalogs / "core" / f"{code}.mo").open("rb") as handle:
            catalog = gettext.GNUTranslations(handle)
        assert catalog.gettext("Clock") != "Clock"


def test_the_bootstrap_compiles_only_when_a_catalog_is_newer(
    catalogs: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[list[str]] = []

    def run(args: list[str], **_kwargs: Any) -> subprocess.CompletedProcess[bytes]:
        calls.append(args)
        for _source, target in tool.compiled_targets():  # as `i18n.py compile` leaves them
            target.touch()
        return subprocess.CompletedProcess(args, 0)

    monkeypatch.setattr(subprocess, "run", run)  # what dev.ensure_catalogs calls
    monkeypatch.setitem(sys.modules, "i18n", tool)
    dev.ensure_catalogs(Path(sys.executable))  # a fresh clone: nothing compiled yet
    assert len(calls) == 1
    assert calls[0][1:] == [str(ROOT / "packaging" / "i18n.py"), "compile"]
    dev.ensure_catalogs(Path(sys.executable))  # up to date: nothing to do
    assert len(calls) == 1
    source = catalogs / "core" / "fr.po"
    later = (catalogs / "core" / "fr.mo").stat().st_mtime + 10
    os.utime(source, (later, later))  # a translation edited since
    dev.ensure_catalogs(Path(sys.executable))
    assert len(calls) == 2


def test_a_new_language_starts_with_every_string_unfinished(catalogs: Path) -> None:
    tool.update("it")
    assert tool.languages() == ["de", "es", "fr", "it"]
    italian = (catalogs / "intercom_wizard_it.ts").read_text(encoding="utf-8")
    assert 'language="it"' in italian
    assert "<translation>" not in italian  # nothing translated yet: the catalog tests fail
    assert 'msgid "Clock"\nmsgstr ""' in (catalogs / "core" / "it.po").read_text(encoding="utf-8")
