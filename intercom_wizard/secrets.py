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
from dataclasses import dataclass
from enum import StrEnum
from functools import partial
from typing import TypeVar

import keyring
import keyring.errors
from keyring.backend import KeyringBackend

from intercom_wizard.errors import SecretStoreError
from intercom_wizard.i18n import N_, _
from intercom_wizard.localeformat import format_number
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


class ForgetOutcome(StrEnum):
    """What forgetting one secret did."""

    REMOVED = "removed"
    NOTHING_STORED = "nothing-stored"
    KEYRING_UNREACHABLE = "keyring-unreachable"


# Whole sentences per secret, as languages inflect each name differently (marked, said later).
_SAID: dict[SecretKind, dict[ForgetOutcome, str]] = {
    SecretKind.CLIENT_SECRET: {
        ForgetOutcome.REMOVED: N_("The stored client secret was removed."),
        ForgetOutcome.NOTHING_STORED: N_("No client secret was stored."),
        ForgetOutcome.KEYRING_UNREACHABLE: N_(
            "The system keyring could not be reached, so the client secret may still be "
            "stored there."
        ),
    },
    SecretKind.TEST_TOKEN: {
        ForgetOutcome.REMOVED: N_("The stored test token was removed."),
        ForgetOutcome.NOTHING_STORED: N_("No test token was stored."),
        ForgetOutcome.KEYRING_UNREACHABLE: N_(
            "The system keyring could not be reached, so the test token may still be stored there."
        ),
    },
}


@dataclass(frozen=True)
class ForgetReport:
    """What ``SecretStore.forget`` removed, secret by secret; the one wording of it."""

    client_id: str
    outcomes: dict[SecretKind, ForgetOutcome]

    @property
    def complete(self) -> bool:
        """True unless the keyring could not be reached for some secret."""
        return ForgetOutcome.KEYRING_UNREACHABLE not in self.outcomes.values()

    def sentences(self) -> list[str]:
        """One sentence per secret, for people."""
        return [_(_SAID[kind][outcome]) for kind, outcome in self.outcomes.items()]

    def hint(self) -> str | None:
        if self.complete:
            return None
        return _(
            "Unlock the keychain if it asks and try again, or remove the 'intercom-wizard' "
            "entries in the system's keychain or Credential Manager by hand."
        )


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
        return _("{backend} (no usable keyring)").format(backend=name)
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
            _("The system keyring did not answer within {seconds} seconds ({what}).").format(
                seconds=format_number(limit, 0), what=what
            ),
            hint=_("Unlock the keychain if it asks, or check Diagnostics for the keyring backend."),
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
                _("The system keyring could not be read."),
                hint=_("Enter the secret again; Diagnostics shows which keyring is in use."),
            ) from error
        if value:
            register_secret(value)
            self._memory[account] = value
        return value or None

    async def forget(self, client_id: str) -> ForgetReport:
        """Remove both secrets for ``client_id`` from memory and from the keyring.

        The keyring is always asked, even after a save there failed or timed out: that save
        may still have landed, and only the keyring can say. Both deletions run in turn on
        one thread (keyring backends are not all safe to call from two threads at once) under
        one timeout, so a keyring that does not answer costs one wait, not two.
        """
        # The Intercom app's two secrets; the Cyclr API's are kept under a Cyclr Client ID.
        kinds = (SecretKind.CLIENT_SECRET, SecretKind.TEST_TOKEN)
        accounts = [_account(kind, client_id) for kind in kinds]
        in_memory = [self._memory.pop(account, None) is not None for account in accounts]
        if not _is_persistent(self._backend):
            deleted: list[bool | None] = [False] * len(kinds)
        else:
            try:
                deleted = await _in_thread(
                    partial(self._delete_each, accounts), self._write_timeout, "delete"
                )
            except SecretStoreError:
                _log.warning("the keyring did not answer a delete in time")
                deleted = [None] * len(kinds)
        outcomes = {}
        for kind, was_deleted, was_in_memory in zip(kinds, deleted, in_memory, strict=True):
            if was_deleted is None:
                outcomes[kind] = ForgetOutcome.KEYRING_UNREACHABLE
            elif was_deleted or was_in_memory:
                outcomes[kind] = ForgetOutcome.REMOVED
            else:
                outcomes[kind] = ForgetOutcome.NOTHING_STORED
        return ForgetReport(client_id, outcomes)

    def _delete_each(self, accounts: list[str]) -> list[bool | None]:
        """Per account: deleted, nothing there, or None when the keyring failed."""
        results: list[bool | None] = []
        for account in accounts:
            try:
                results.append(self._delete(account))
            except Exception as error:  # any backend's failure: reported, not raised
                _log.warning("keyring delete failed: %s", type(error).__name__)
                results.append(None)
        return results

    def _delete(self, account: str) -> bool:
        """Whether an entry was there to delete."""
        try:
            self._backend.delete_password(SERVICE, account)
        except keyring.errors.PasswordDeleteError:  # nothing stored: already forgotten
            return False
        return True
