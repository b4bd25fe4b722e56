"""An in-memory keyring backend: the tests' stand-in for the operating system's keyring.

Usable in-process (``keyring.set_keyring(MemoryKeyring())``) and in a child process through
``PYTHON_KEYRING_BACKEND=tests.support.memory_keyring.MemoryKeyring``.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from keyring.backend import KeyringBackend
from keyring.errors import KeyringError, PasswordDeleteError


class MemoryKeyring(KeyringBackend):
    priority = 1

    def __init__(self) -> None:
        super().__init__()
        self.entries: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.entries.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.entries[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        try:
            del self.entries[(service, username)]
        except KeyError:
            raise PasswordDeleteError(username) from None


class FileKeyring(KeyringBackend):
    """A keyring kept in the JSON file ``$INTERCOM_WIZARD_TEST_KEYRING``, so that a test and the
    command it starts see the same entries (an in-memory keyring ends with its process)."""

    priority = 1

    def _path(self) -> Path:
        return Path(os.environ["INTERCOM_WIZARD_TEST_KEYRING"])

    def _entries(self) -> dict[str, str]:
        path = self._path()
        return dict(json.loads(path.read_text())) if path.exists() else {}

    def get_password(self, service: str, username: str) -> str | None:
        return self._entries().get(f"{service}/{username}")

    def set_password(self, service: str, username: str, password: str) -> None:
        entries = self._entries()
        entries[f"{service}/{username}"] = password
        self._path().write_text(json.dumps(entries))

    def delete_password(self, service: str, username: str) -> None:
        entries = self._entries()
        if entries.pop(f"{service}/{username}", None) is None:
            raise PasswordDeleteError(username)
        self._path().write_text(json.dumps(entries))


class UnreachableKeyring(MemoryKeyring):
    """A keyring that refuses every call, as a locked or broken one does."""

    def get_password(self, service: str, username: str) -> str | None:
        raise KeyringError("the keyring is locked")

    def set_password(self, service: str, username: str, password: str) -> None:
        raise KeyringError("the keyring is locked")

    def delete_password(self, service: str, username: str) -> None:
        raise KeyringError("the keyring is locked")
