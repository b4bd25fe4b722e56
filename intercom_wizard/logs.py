"""The log file, with secrets taken out before anything is written.

Two layers keep secrets out: every value the app knows to be secret (client secret, token) is
registered here and replaced wherever it appears, and patterns that look like credentials in
URLs, form bodies or headers are masked even when nobody registered them.
"""

from __future__ import annotations

import logging
import re
import threading
from logging.handlers import RotatingFileHandler
from pathlib import Path

from intercom_wizard.paths import log_dir

LOG_FILE_NAME = "intercom-wizard.log"
_MASK = "[redacted]"

_PATTERNS = (
    # code=…, state=…, client_secret=…, token=… in query strings and form bodies
    re.compile(r"(?i)\b(code|state|client_secret|access_token|token)=([^&\s\"']+)"),
    # "token": "…" and friends in JSON
    re.compile(r'(?i)"(token|access_token|client_secret|code)"\s*:\s*"([^"]*)"'),
    # Authorization: Bearer …
    re.compile(r"(?i)\b(bearer)\s+([A-Za-z0-9._~+/=-]+)"),
)

_known_secrets: set[str] = set()
_known_lock = threading.Lock()


def register_secret(value: str) -> None:
    """Remember a secret value so that it is masked wherever it would be logged."""
    if len(value) >= 4:
        with _known_lock:
            _known_secrets.add(value)


def redact(text: str) -> str:
    """``text`` with every registered secret and credential-shaped value masked."""
    with _known_lock:
        known = sorted(_known_secrets, key=len, reverse=True)
    for value in known:
        text = text.replace(value, _MASK)
    for pattern in _PATTERNS:
        text = pattern.sub(lambda m: m.group(0).replace(m.group(2), _MASK), text)
    return text


class RedactingFilter(logging.Filter):
    """Formats the record once, masks it, and freezes the result into the record."""

    def filter(self, record: logging.LogRecord) -> bool:
        message = redact(record.getMessage())
        record.msg, record.args = message, None
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = redact(record.exc_text)
        return True


def log_file() -> Path:
    return log_dir() / LOG_FILE_NAME


def configure_logging(*, debug: bool = False, console: bool = False) -> Path:
    """Send the app's log to the rotating log file (and stderr with ``console``)."""
    folder = log_dir()
    folder.mkdir(parents=True, exist_ok=True)
    root = logging.getLogger("intercom_wizard")
    root.setLevel(logging.DEBUG if debug else logging.INFO)
    for handler in list(root.handlers):
        root.removeHandler(handler)
        handler.close()
    file_handler = RotatingFileHandler(
        folder / LOG_FILE_NAME, maxBytes=1_000_000, backupCount=3, encoding="utf-8"
    )
    file_handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    file_handler.addFilter(RedactingFilter())
    root.addHandler(file_handler)
    if console:
        stream = logging.StreamHandler()
        stream.setFormatter(logging.Formatter("%(levelname)s %(name)s: %(message)s"))
        stream.addFilter(RedactingFilter())
        root.addHandler(stream)
    root.propagate = False
    return folder / LOG_FILE_NAME
