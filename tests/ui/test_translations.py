"""A compiled translation dropped into the i18n folder changes the wizard without code changes."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication

from intercom_wizard.resources import resource_path
from intercom_wizard.ui.translations import install_translations
from intercom_wizard.ui.wizard import SetupWizard
from tests.ui.conftest import MakeWizard

SOURCE = resource_path("i18n", "intercom_wizard_en.ts")


def test_source_file_lists_the_wizard_strings() -> None:
    text = SOURCE.read_text(encoding="utf-8")
    for context in ("WelcomePage", "AuthorizationTestPage", "FinishPage", "SetupWizard"):
        assert f"<name>{context}</name>" in text


def test_a_new_qm_file_is_picked_up(
    qapp: QApplication, tmp_path: Path, make_wizard: MakeWizard
) -> None:
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    if not lrelease.exists() and shutil.which("pyside6-lrelease") is None:
        pytest.skip("pyside6-lrelease is not installed")
    german = tmp_path / "intercom_wizard_de.ts"
    german.write_text(
        SOURCE.read_text(encoding="utf-8")
        .replace('language="en"', 'language="de"')
        .replace(
            '<source>&amp;Diagnostics</source>\n        <translation type="unfinished">'
            "</translation>",
            "<source>&amp;Diagnostics</source>\n        <translation>&amp;Diagnose</translation>",
        ),
        encoding="utf-8",
    )
    subprocess.run(
        [str(lrelease), str(german), "-qm", str(tmp_path / "intercom_wizard_de.qm")],
        check=True,
        capture_output=True,
    )
    translators = install_translations(qapp, QLocale(QLocale.Language.German), tmp_path)
    try:
        assert translators
        wizard = make_wizard()
        assert wizard.buttonText(SetupWizard.DIAGNOSTICS_BUTTON) == "&Diagnose"
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)
