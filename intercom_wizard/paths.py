"""Where intercom-wizard keeps its files on this computer.

``INTERCOM_WIZARD_HOME`` replaces the per-user folder; tests and portable runs use it.
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "intercom-wizard"


def app_data_dir() -> Path:
    """The per-user data folder (created on first use)."""
    override = os.environ.get("INTERCOM_WIZARD_HOME")
    folder = Path(override) if override else Path(platformdirs.user_data_dir(APP_NAME, False))
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def certificate_dir() -> Path:
    return app_data_dir() / "certificate"


def log_dir() -> Path:
    return app_data_dir() / "logs"


def progress_file() -> Path:
    """The wizard's saved progress (see ``progress.py``); never holds a secret."""
    return app_data_dir() / "progress.json"
