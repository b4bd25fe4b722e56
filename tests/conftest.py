"""Fixtures shared by every test: a private data folder, an in-memory keyring, offscreen Qt."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest

from tests.support.memory_keyring import MemoryKeyring

# Qt must never try to open a real display from the tests; the screenshot script uses Xvfb.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# No test may pick up a developer's own host overrides.
os.environ.pop("INTERCOM_WIZARD_APP_URL", None)
os.environ.pop("INTERCOM_WIZARD_API_URL", None)
os.environ.pop("INTERCOM_CLIENT_SECRET", None)
# The tests read English, whatever the developer's own language; language tests set their own.
os.environ["INTERCOM_WIZARD_LANGUAGE"] = "en"


@pytest.fixture(autouse=True)
def wizard_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Each test gets its own application data folder."""
    home = tmp_path / "wizard-home"
    home.mkdir()
    monkeypatch.setenv("INTERCOM_WIZARD_HOME", str(home))
    return home


@pytest.fixture(autouse=True)
def memory_keyring() -> Iterator[MemoryKeyring]:
    """Each test gets an empty in-memory keyring (there is no Secret Service here)."""
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)
