"""Saving progress between runs: the setup (never a secret) and the page, in an INI file."""

from __future__ import annotations

import contextlib
import json
import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings

if TYPE_CHECKING:
    from intercom_wizard.session import SetupSession

_log = logging.getLogger(__name__)
_SESSION_KEY = "setup/session"
_PAGE_KEY = "setup/page"


class ProgressStore:
    def __init__(self, path: Path) -> None:
        self._settings = QSettings(str(path), QSettings.Format.IniFormat)

    def saved_page(self) -> int:
        """The page to resume at, read without loading the engine (start-up stays quick)."""
        raw: object = self._settings.value(_PAGE_KEY, 0)
        try:
            page: int = int(raw)  # type: ignore[call-overload]
        except (TypeError, ValueError):
            return 0
        return max(0, page)

    def load(self) -> SetupSession:
        from intercom_wizard.session import SetupSession

        raw = self._settings.value(_SESSION_KEY, "")
        try:
            data = json.loads(raw) if isinstance(raw, str) and raw else {}
        except ValueError:
            _log.warning("saved progress is unreadable; starting afresh")
            data = {}
        session = SetupSession.from_dict(data if isinstance(data, dict) else {})
        page = self._settings.value(_PAGE_KEY, session.last_page)
        with contextlib.suppress(TypeError, ValueError):
            session.last_page = max(0, int(page))  # type: ignore[call-overload]
        return session

    def save(self, session: SetupSession) -> None:
        """Write the setup; WizardError when the file cannot be written (QSettings is silent)."""
        # JSON in one key: QSettings' INI flattening would turn nested dicts into odd groups.
        self._settings.setValue(_SESSION_KEY, json.dumps(session.to_dict()))
        self._settings.setValue(_PAGE_KEY, session.last_page)
        self._settings.sync()
        if self._settings.status() is not QSettings.Status.NoError:
            from intercom_wizard.errors import WizardError

            raise WizardError(
                f"Your progress could not be saved to {self._settings.fileName()}.",
                hint="The setup goes on, but a restart would begin again at Welcome. Check "
                "that this folder can be written by your user.",
            )

    def clear(self) -> None:
        self._settings.remove("setup")
        self._settings.sync()
