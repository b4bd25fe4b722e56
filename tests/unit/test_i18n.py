"""The core's one language rule, its catalogs, and formats per language; no Qt."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date

import pytest

from intercom_wizard import cli, i18n
from intercom_wizard.consent.pages import success_page
from intercom_wizard.errors import InputError
from intercom_wizard.intercom.app_credentials import check_client_id
from intercom_wizard.localeformat import format_date, format_number


@pytest.fixture(autouse=True)
def english_afterwards() -> Iterator[None]:
    yield
    i18n.use(i18n.ENGLISH)


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("de_DE.UTF-8", "de"),
        ("fr-CA", "fr"),
        ("es", "es"),
        ("ES_mx@euro", "es"),
        ("C", "en"),
        ("POSIX", "en"),
        ("en_GB", "en"),
        ("it_IT.UTF-8", None),
        ("", None),
    ],
)
def test_locale_names_become_language_codes(name: str, code: str | None) -> None:
    assert i18n.language_code(name) == code


def test_the_environment_is_read_in_gettexts_order() -> None:
    env = {"LANG": "fr_FR.UTF-8", "LC_ALL": "es_ES.UTF-8", "LANGUAGE": "it:de"}
    assert i18n.environment_languages(env) == ["it", "de"]
    assert i18n.choose_language(i18n.environment_languages(env), {}, remembered=False) == "de"
    assert i18n.environment_languages({"LANG": "fr_FR.UTF-8", "LC_ALL": "es_ES"}) == ["es_ES"]
    assert i18n.choose_language(["it_IT", "pt"], {}, remembered=False) == "en"


def test_the_override_then_the_remembered_choice_then_the_system() -> None:
    assert i18n.choose_language(["de_DE"], {}) == "de"
    i18n.remember_language("es")
    assert i18n.remembered_language() == "es"
    assert i18n.choose_language(["de_DE"], {}) == "es"
    assert i18n.choose_language(["de_DE"], {i18n.OVERRIDE_ENV: "fr"}) == "fr"
    assert i18n.choose_language(["de_DE"], {i18n.OVERRIDE_ENV: "xx"}) == "es"


def test_a_damaged_language_file_is_ignored() -> None:
    i18n.language_file().write_bytes(b"\xff\xfe not a language")
    assert i18n.remembered_language() is None
    with pytest.raises(ValueError):
        i18n.remember_language("klingon")


def test_core_messages_follow_the_language_and_english_inside_english() -> None:
    i18n.use("de")
    with pytest.raises(InputError) as german:
        check_client_id("")
    assert german.value.message == "Die Client ID ist leer."
    assert "Developer Hub > your app > Basic Information" in (german.value.hint or "")
    with i18n.english(), pytest.raises(InputError) as english:
        check_client_id("")
    assert english.value.message == "The Client ID is empty."
    assert i18n.current() == "de"


def test_the_browser_page_speaks_the_language() -> None:
    i18n.use("fr")
    page = success_page("Acme").decode()
    assert '<html lang="fr">' in page
    assert "Intercom est connecté" in page
    assert "<strong>Acme</strong>" in page


@pytest.mark.parametrize(
    ("language", "number", "day"),
    [
        ("en", "12,345.6", "2026-12-02"),
        ("de", "12.345,6", "02.12.2026"),
        ("fr", "12\u202f345,6", "02/12/2026"),
        ("es", "12.345,6", "02/12/2026"),
    ],
)
def test_numbers_and_dates_are_written_the_languages_way(
    language: str, number: str, day: str
) -> None:
    i18n.use(language)
    assert format_number(12345.6) == number
    assert format_number(0.8) == ("0.8" if language == "en" else "0,8")
    assert format_number(3) == "3"
    assert format_date(date(2026, 12, 2)) == day


def test_verify_speaks_the_users_language_and_json_stays_english(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(i18n.OVERRIDE_ENV, "es")
    assert cli.main(["verify", "--client-id", "abc", "--port", "80"]) == 2
    said = capsys.readouterr().err
    assert "El puerto 80 no se puede usar" in said
    assert cli.main(["verify", "--client-id", "abc", "--port", "80", "--json"]) == 2
    out = capsys.readouterr().out
    assert json.loads(out)["error"]["message"].startswith("Port 80 cannot be used")
