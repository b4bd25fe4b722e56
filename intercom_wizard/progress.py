"""The wizard's progress between runs: the setup and the last test's summary, in a JSON file.

The file is written whole and atomically (a temporary file in the same folder, flushed to disk,
then renamed over the old one), so a crash or a full disk leaves the previous progress intact,
never half a file. It holds no secret: the session has none by design, and the result is the
secret-free form ``result_json`` writes. ``verify`` and ``forget`` read it too, so it stays free
of Qt. ``saved_page`` reads only JSON, so the wizard can pick its first page before the engine
is loaded.
"""

from __future__ import annotations

import json
import logging
import os
import tempfile
from contextlib import suppress
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from intercom_wizard.errors import InputError, ProgressError
from intercom_wizard.i18n import _

if TYPE_CHECKING:
    from intercom_wizard.session import SetupSession
    from intercom_wizard.verification import VerificationResult

FORMAT_VERSION = 1

_log = logging.getLogger(__name__)


@dataclass(frozen=True)
class SavedProgress:
    session: SetupSession
    last_result: VerificationResult | None


class ProgressFile:
    def __init__(self, path: Path) -> None:
        self.path = path

    def saved_page(self) -> int:
        """The page to resume at (0 when there is none or the file cannot be read)."""
        session = self._read().get("session")
        page = session.get("last_page") if isinstance(session, dict) else None
        if isinstance(page, int) and not isinstance(page, bool) and page >= 0:
            return page
        return 0

    def load(self) -> SavedProgress:
        """The saved progress; whatever is missing or unreadable falls back to the defaults."""
        from intercom_wizard.result_json import result_from_json
        from intercom_wizard.session import SetupSession

        data = self._read()
        session_data = data.get("session")
        session = SetupSession.from_dict(session_data if isinstance(session_data, dict) else {})
        result = None
        saved_result = data.get("last_result")
        if saved_result is not None:
            try:
                result = result_from_json(saved_result)
            except InputError as error:
                _log.warning("the saved test result in %s is ignored: %s", self.path, error)
        return SavedProgress(session, result)

    def save(self, session: SetupSession, last_result: VerificationResult | None = None) -> None:
        """Replace the saved progress; ProgressError when it cannot be written."""
        from intercom_wizard.result_json import result_to_json

        data: dict[str, Any] = {
            "format": FORMAT_VERSION,
            "session": session.to_dict(),
            "last_result": None if last_result is None else result_to_json(last_result),
        }
        text = json.dumps(data, indent=2, ensure_ascii=False) + "\n"
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            _write_atomically(self.path, text)
        except OSError as error:
            raise ProgressError(
                _("The wizard's progress could not be saved to {path} ({reason}).").format(
                    path=self.path, reason=error.strerror or type(error).__name__
                ),
                hint=_("Check that {folder} exists, is writable and the disk is not full.").format(
                    folder=self.path.parent
                ),
            ) from error

    def clear(self) -> None:
        """Forget the saved progress (nothing to do when there is none)."""
        try:
            self.path.unlink(missing_ok=True)
        except OSError as error:
            raise ProgressError(
                _("The wizard's saved progress in {path} could not be removed ({reason}).").format(
                    path=self.path, reason=error.strerror or type(error).__name__
                ),
                hint=_("Delete {path} by hand.").format(path=self.path),
            ) from error

    def _read(self) -> dict[str, Any]:
        try:
            text = self.path.read_text(encoding="utf-8")
        except FileNotFoundError:
            return {}
        except (OSError, UnicodeDecodeError) as error:
            _log.warning(
                "saved progress in %s cannot be read (%s); starting afresh", self.path, error
            )
            return {}
        try:
            data = json.loads(text)
        except ValueError:
            _log.warning("saved progress in %s is not valid JSON; starting afresh", self.path)
            return {}
        if not isinstance(data, dict):
            _log.warning("saved progress in %s is not a JSON object; starting afresh", self.path)
            return {}
        if data.get("format") != FORMAT_VERSION:
            _log.warning(
                "saved progress in %s has format %r, not %d; starting afresh",
                self.path,
                data.get("format"),
                FORMAT_VERSION,
            )
            return {}
        return data


def _write_atomically(path: Path, text: str) -> None:
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as stream:
            stream.write(text)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temporary, path)
    except BaseException:
        with suppress(OSError):
            os.unlink(temporary)
        raise
