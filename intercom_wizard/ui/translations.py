"""Loading translations at start-up, so adding a .qm file needs no code change."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from intercom_wizard.resources import resource_path

_log = logging.getLogger(__name__)
CATALOG = "intercom_wizard"


def install_translations(app: QCoreApplication, locale: QLocale | None = None) -> list[QTranslator]:
    """Install Qt's own and the wizard's translators for ``locale`` (default: the system's).

    Looks for ``resources/i18n/intercom_wizard_<lang>.qm``; English needs none.
    """
    locale = locale or QLocale()
    installed: list[QTranslator] = []
    folders = (
        ("qtbase", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
        (CATALOG, str(resource_path("i18n"))),
    )
    for name, folder in folders:
        translator = QTranslator(app)
        if translator.load(locale, name, "_", folder):
            app.installTranslator(translator)
            installed.append(translator)
            _log.debug("loaded translation %s for %s", name, locale.name())
    return installed
