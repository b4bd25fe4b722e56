"""Loading translations at start-up, so adding a .qm file needs no code change."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from intercom_wizard.resources import resource_path

_log = logging.getLogger(__name__)
CATALOG = "intercom_wizard"


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
