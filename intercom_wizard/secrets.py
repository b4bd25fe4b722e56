"""The client secret and the test token, kept in the operating system's keyring.

keyring calls can hang (a locked keychain, a D-Bus service that never answers) or prompt the
user, so every call runs on its own daemon thread and is awaited with a timeout: short for reads,
long enough for an unlock prompt on writes. A thread that never returns cannot hold up quitting.

When no real keyring exists (keyring's ``fail`` or ``null`` backend, or none at all) the store
says so through ``persistent`` and keeps secrets in memory for this session only. It never falls
back to a plaintext file.
"""

from __future__ import annotations

import asyncio
import logging
import threading
from collections.abc import Callable
from contextlib import suppress
from enum import StrEnum
from functools import partial
from typing import TypeVar

import keyring
import keyring.errors
from keyring.backend import KeyringBackend

from intercom_wizard.errors import SecretStoreError
from intercom_wizard.logs import register_secret

SERVICE = "intercom-wizard"

_log = logging.getLogger(__name__)
_T = TypeVar("_T")


class SecretKind(StrEnum):
    # Names of keyring entries, not secrets themselves.
    CLIENT_SECRET = "client-secret"  # noqa: S105
    TEST_TOKEN = "test-token"  # noqa: S105
    # The partner's Cyclr API credentials and the 14-day token they give, per Cyclr instance.
    CYCLR_API_SECRET = "cyclr-api-secret"  # noqa: S105
    CYCLR_API_TOKEN = "cyclr-api-token"  # noqa: S105


class StorageKind(StrEnum):
    KEYRING = "keyring"
    MEMORY = "memory"


def _is_persistent(backend: KeyringBackend) -> bool:
    module = type(backend).__module__
    if module.startswith(("keyring.backends.fail", "keyring.backends.null")):
        return False
    if module.startswith("keyring.backends.chainer"):
        return bool(getattr(backend, "backends", ()))
    return True


def _backend_label(backend: KeyringBackend) -> str:
    name = getattr(backend, "name", "") or type(backend).__name__
    if not _is_persistent(backend):
        return f"{name} (no usable keyring)"
    return str(name)


def _account(kind: SecretKind, client_id: str) -> str:
    return f"{client_id}:{kind.value}"


async def _in_thread(call: Callable[[], _T], limit: float, what: str) -> _T:
    loop = asyncio.get_running_loop()
    future: asyncio.Future[_T] = loop.create_future()

    def deliver(ok: bool, value: object) -> None:
        if future.done():
            return
        if ok:
            future.set_result(value)  # type: ignore[arg-type]
        else:
            future.set_exception(value)  # type: ignore[arg-type]

    def work() -> None:
        try:
            outcome: tuple[bool, object] = (True, call())
        except BaseException as error:  # handed to the awaiting coroutine, not lost
            outcome = (False, error)
        # A keyring that answers after the caller gave up may find the loop already closed.
        with suppress(RuntimeError):
            loop.call_soon_threadsafe(deliver, *outcome)

    threading.Thread(target=work, name=f"keyring-{what}", daemon=True).start()
    try:
        return await asyncio.wait_for(future, limit)
    except TimeoutError:
        raise SecretStoreError(
            f"The system keyring did not answer within {limit:.0f} seconds ({what}).",
            hint="Unlock the keychain if it asks, or check Diagnostics for the keyring backend.",
        ) from None


class SecretStore:
    """Secrets per Intercom client id, in the keyring when there is one, else in memory."""

    def __init__(self, *, read_timeout: float = 3.0, write_timeout: float = 60.0) -> None:
        self._backend = keyring.get_keyring()
        self._read_timeout = read_timeout
        self._write_timeout = write_timeout
        self._memory: dict[str, str] = {}
        self._keyring_failed = False

    @property
    def backend_name(self) -> str:
        return _backend_label(self._backend)

    @property
    def persistent(self) -> bool:
        """Whether secrets survive this session (False: memory only, and the UI says so)."""
        return _is_persistent(self._backend) and not self._keyring_failed

    async def save(self, kind: SecretKind, client_id: str, value: str) -> StorageKind:
        register_secret(value)
        account = _account(kind, client_id)
        self._memory[account] = value
        if not self.persistent:
            return StorageKind.MEMORY
        try:
            await _in_thread(
                lambda: self._backend.set_password(SERVICE, account, value),
                self._write_timeout,
                "save",
            )
        except (SecretStoreError, keyring.errors.KeyringError, OSError) as error:
            # Keep going with the in-memory copy, and say so through ``persistent``.
            _log.warning("keyring save failed, keeping the secret in memory: %s", type(error))
            self._keyring_failed = True
            return StorageKind.MEMORY
        return StorageKind.KEYRING

    async def load(self, kind: SecretKind, client_id: str) -> str | None:
        account = _account(kind, client_id)
        if account in self._memory:
            return self._memory[account]
        if not self.persistent:
            return None
        try:
            value = await _in_thread(
                lambda: self._backend.get_password(SERVICE, account),
                self._read_timeout,
                "read",
            )
        except (keyring.errors.KeyringError, OSError) as error:
            raise SecretStoreError(
                "The system keyring could not be read.",
                hint="Enter the secret again; Diagnostics shows which keyring is in use.",
            ) from error
        if value:
            register_secret(value)
            self._memory[account] = value
        return value or None

    async def forget(self, client_id: str) -> None:
        """Remove both secrets for ``client_id`` from memory and from the keyring."""
        for kind in SecretKind:
            account = _account(kind, client_id)
            self._memory.pop(account, None)
            if not self.persistent:
                continue
            try:
                await _in_thread(partial(self._delete, account), self._write_timeout, "delete")
            except (keyring.errors.KeyringError, OSError) as error:
                raise SecretStoreError(
                    "The system keyring refused to delete the stored secret.",
                    hint="Remove the 'intercom-wizard' entries in the OS keychain by hand.",
                ) from error

    def _delete(self, account: str) -> None:
        with suppress(keyring.errors.PasswordDeleteError):  # nothing stored: already forgotten
            self._backend.delete_password(SERVICE, account)
