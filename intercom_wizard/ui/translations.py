"""The window's language: Qt's translators, QLocale's formats and the core's catalog, as one.

The language is chosen by the core's one rule (``intercom_wizard.i18n.choose_language``), with
Qt's list of the system's languages; Welcome's picker remembers a choice for the next start.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from intercom_wizard import i18n
from intercom_wizard.resources import resource_path

_log = logging.getLogger(__name__)
CATALOG = "intercom_wizard"
_installed: list[QTranslator] = []


def system_languages() -> list[str]:
    """The system's languages, best first, as Qt reads them on every OS."""
    return list(QLocale.system().uiLanguages())


def locale_for(language: str) -> QLocale:
    """The system's own locale when it speaks ``language`` (keeping its country's formats)."""
    system = QLocale.system()
    if i18n.language_code(system.name()) == language:
        return system
    return QLocale(language)


def install_translations(
    app: QCoreApplication, locale: QLocale | None = None, folder: Path | None = None
) -> list[QTranslator]:
    """Install Qt's own and the wizard's translators for ``locale`` (default: the system's).

    Looks for ``intercom_wizard_<lang>.qm`` in ``folder`` (default ``resources/i18n``); English
    needs none. Dropping a compiled .qm there is all it takes to add a language.
    """
    locale = locale or QLocale()
    installed: list[QTranslator] = []
    folders = (
        ("qtbase", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
        (CATALOG, str(folder or resource_path("i18n"))),
    )
    for name, where in folders:
        translator = QTranslator(app)
        if translator.load(locale, name, "_", where):
            app.installTranslator(translator)
            installed.append(translator)
            _log.debug("loaded translation %s for %s", name, locale.name())
    return installed


def apply_language(app: QCoreApplication, language: str) -> str:
    """Speak ``language`` from now on: the window's strings made after this, QLocale's number
    and date formats, and the core's messages (errors, findings, the browser's pages)."""
    code = i18n.use(language)
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    locale = locale_for(code)
    QLocale.setDefault(locale)
    if code != i18n.ENGLISH:
        _installed.extend(install_translations(app, locale))
    return code


def start_in_chosen_language(app: QCoreApplication) -> str:
    """At start-up: the language the one rule picks for this user."""
    return apply_language(app, i18n.choose_language(system_languages()))
