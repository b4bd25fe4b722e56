"""The window in another language for one test, and English again afterwards."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtWidgets import QApplication

from intercom_wizard import i18n
from intercom_wizard.ui.translations import apply_language

LANGUAGES = ("en", "de", "fr", "es")


@contextmanager
def speaking(app: QApplication, language: str) -> Iterator[None]:
    """Qt's translators, QLocale and the core's catalog in ``language`` while inside."""
    apply_language(app, language)
    try:
        yield
    finally:
        apply_language(app, i18n.ENGLISH)
