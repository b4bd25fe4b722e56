"""The wizard in German, French and Spanish: the picker, what it remembers, the core following."""

from __future__ import annotations

from pathlib import Path

import pytest
import qasync
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication, QWizard

from intercom_wizard import i18n
from intercom_wizard.consent.pages import success_page
from intercom_wizard.ui.page_ids import PageId
from intercom_wizard.ui.pages.welcome import WelcomePage
from intercom_wizard.ui.translations import apply_language, start_in_chosen_language
from intercom_wizard.ui.wizard import SetupWizard
from tests.ui.conftest import MakeWizard
from tests.ui.helpers import drive, until
from tests.ui.language import speaking

NEXT = {"en": "&Next >", "de": "&Weiter >", "fr": "&Suivant >", "es": "&Siguiente >"}


def _welcome(wizard: SetupWizard) -> WelcomePage:
    page = wizard.pages[PageId.WELCOME]
    assert isinstance(page, WelcomePage)
    return page


@pytest.mark.parametrize("language", ["de", "fr", "es"])
def test_each_language_words_the_window_and_the_core(
    qapp: QApplication, make_wizard: MakeWizard, language: str
) -> None:
    with speaking(qapp, language):
        wizard = make_wizard()
        assert wizard.buttonText(QWizard.WizardButton.NextButton) == NEXT[language]
        assert i18n.current() == language
        assert QLocale().language() == QLocale(language).language()
        # A core message, worded by the catalog: the browser's page in the same language.
        page = success_page("Acme").decode()
        assert f'<html lang="{language}">' in page
        assert "You can close this tab" not in page
    assert i18n.current() == "en"


def test_the_picker_switches_at_once_and_remembers(
    qapp: QApplication, make_wizard: MakeWizard, loop: qasync.QEventLoop, tmp_path: Path
) -> None:
    wizard = make_wizard()
    picker = _welcome(wizard).language
    assert [picker.itemText(i) for i in range(picker.count())] == list(i18n.LANGUAGES.values())
    assert picker.currentData() == "en"

    async def scenario() -> None:
        _welcome(wizard).language.setCurrentIndex(picker.findData("de"))
        _welcome(wizard).language.activated.emit(picker.findData("de"))
        await until(lambda: wizard.buttonText(QWizard.WizardButton.NextButton) == NEXT["de"])
        welcome = _welcome(wizard)
        assert welcome.title() == "Intercom für Cyclr einrichten"
        assert welcome.language.currentData() == "de"  # the new page shows the choice
        assert wizard.current_page_id() is PageId.WELCOME
        assert len(wizard.pages) == len(PageId)  # every page made again, in German
        assert wizard.pages[PageId.WHERE].title().startswith("Wo:")
        assert i18n.remembered_language() == "de"
        assert i18n.language_file().read_text(encoding="utf-8").strip() == "de"
        # Back to English: the same way.
        welcome.language.activated.emit(welcome.language.findData("en"))
        await until(lambda: wizard.buttonText(QWizard.WizardButton.NextButton) == NEXT["en"])

    try:
        drive(loop, scenario())
    finally:
        apply_language(qapp, "en")
    assert i18n.remembered_language() == "en"


def test_start_up_takes_the_remembered_choice_over_the_system(
    qapp: QApplication, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(i18n.OVERRIDE_ENV)
    i18n.remember_language("fr")
    try:
        assert start_in_chosen_language(qapp) == "fr"
        assert qapp.translate("SetupWizard", "&Next >") == NEXT["fr"]
    finally:
        apply_language(qapp, "en")
        i18n.language_file().unlink()


def test_the_support_report_stays_english(qapp: QApplication, make_wizard: MakeWizard) -> None:
    """Support staff read it and `report show` parses it, whatever the partner's language."""
    with speaking(qapp, "de"):
        wizard = make_wizard()
        report = wizard.show_report()
        text = report.markdown.toPlainText()
        report.close()
    assert "United States (us)" in text
    assert "USA" not in text


@pytest.mark.parametrize(
    ("language", "callout"), [("en", "Test URL first"), ("de", "Test-URL zuerst")]
)
def test_the_drawings_callouts_speak_the_language_and_intercoms_labels_stay(
    qapp: QApplication, language: str, callout: str
) -> None:
    from intercom_wizard.resources import resource_path
    from intercom_wizard.ui.widgets.illustration import IllustrationView, worded

    with speaking(qapp, language):
        drawing = worded(resource_path("illustrations", "redirect-urls.svg"))
        view = IllustrationView("redirect-urls.svg", "drawing")
        assert view.loaded
    assert f">{callout}</text>" in drawing
    assert ">Redirect URLs</text>" in drawing  # Intercom's own label, as Intercom shows it
    assert "[[" not in drawing


def test_a_drawing_that_is_not_text_is_not_shown(qapp: QApplication, tmp_path: Path) -> None:
    from intercom_wizard.ui.widgets.illustration import worded

    broken = tmp_path / "broken.svg"
    broken.write_bytes(b"\xff\xfe\x00<svg")
    assert worded(broken) == ""
