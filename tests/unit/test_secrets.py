from __future__ import annotations

import threading
import time

import keyring
import keyring.errors
import pytest
from keyring.backends import fail, null

from intercom_wizard.errors import SecretStoreError
from intercom_wizard.secrets import SERVICE, ForgetOutcome, SecretKind, SecretStore, StorageKind
from tests.support.memory_keyring import MemoryKeyring


async def test_saves_and_loads_through_the_keyring(memory_keyring: MemoryKeyring) -> None:
    store = SecretStore()
    assert store.persistent
    where = await store.save(SecretKind.CLIENT_SECRET, "abc", "s3cret-value")
    assert where is StorageKind.KEYRING
    assert memory_keyring.entries[(SERVICE, "abc:client-secret")] == "s3cret-value"
    assert await SecretStore().load(SecretKind.CLIENT_SECRET, "abc") == "s3cret-value"
    assert await SecretStore().load(SecretKind.TEST_TOKEN, "abc") is None


async def test_forget_removes_both_kinds(memory_keyring: MemoryKeyring) -> None:
    store = SecretStore()
    await store.save(SecretKind.CLIENT_SECRET, "abc", "one-secret")
    await store.save(SecretKind.TEST_TOKEN, "abc", "one-token")
    report = await store.forget("abc")
    assert report.outcomes == {
        SecretKind.CLIENT_SECRET: ForgetOutcome.REMOVED,
        SecretKind.TEST_TOKEN: ForgetOutcome.REMOVED,
    }
    assert report.complete and report.hint() is None
    assert memory_keyring.entries == {}
    assert await store.load(SecretKind.CLIENT_SECRET, "abc") is None
    again = await store.forget("abc")  # forgetting twice is fine, and says so
    assert set(again.outcomes.values()) == {ForgetOutcome.NOTHING_STORED}
    assert again.sentences() == ["No client secret was stored.", "No test token was stored."]


@pytest.mark.parametrize("backend", [fail.Keyring(), null.Keyring()], ids=["fail", "null"])
async def test_without_a_keyring_secrets_stay_in_memory_and_it_says_so(backend: object) -> None:
    keyring.set_keyring(backend)  # type: ignore[arg-type]
    store = SecretStore()
    assert not store.persistent
    assert "no usable keyring" in store.backend_name
    assert await store.save(SecretKind.CLIENT_SECRET, "abc", "s3cret-value") is StorageKind.MEMORY
    assert await store.load(SecretKind.CLIENT_SECRET, "abc") == "s3cret-value"
    assert await SecretStore().load(SecretKind.CLIENT_SECRET, "abc") is None


class _HangingKeyring(MemoryKeyring):
    def __init__(self) -> None:
        super().__init__()
        self.release = threading.Event()

    def get_password(self, service: str, username: str) -> str | None:
        self.release.wait(5)
        return None

    def set_password(self, service: str, username: str, password: str) -> None:
        self.release.wait(5)


async def test_a_hanging_keyring_read_times_out_with_a_message() -> None:
    backend = _HangingKeyring()
    keyring.set_keyring(backend)
    store = SecretStore(read_timeout=0.2)
    started = time.monotonic()
    with pytest.raises(SecretStoreError, match="did not answer"):
        await store.load(SecretKind.CLIENT_SECRET, "abc")
    assert time.monotonic() - started < 2
    backend.release.set()


async def test_a_hanging_keyring_write_falls_back_to_memory() -> None:
    backend = _HangingKeyring()
    keyring.set_keyring(backend)
    store = SecretStore(write_timeout=0.2)
    assert await store.save(SecretKind.CLIENT_SECRET, "abc", "s3cret-value") is StorageKind.MEMORY
    assert not store.persistent
    assert await store.load(SecretKind.CLIENT_SECRET, "abc") == "s3cret-value"
    backend.release.set()


class _LateKeyring(MemoryKeyring):
    """A keyring whose writes land only after the caller gave up, and whose deletes can hang."""

    def __init__(self) -> None:
        super().__init__()
        self.let_writes_through = threading.Event()
        self.written = threading.Event()
        self.let_deletes_through = threading.Event()
        self.let_deletes_through.set()

    def set_password(self, service: str, username: str, password: str) -> None:
        self.let_writes_through.wait(10)
        super().set_password(service, username, password)
        self.written.set()

    def delete_password(self, service: str, username: str) -> None:
        if not self.let_deletes_through.wait(10):
            raise AssertionError("delete was never released")
        super().delete_password(service, username)


async def test_forget_after_a_timed_out_save_still_clears_the_keyring() -> None:
    backend = _LateKeyring()
    keyring.set_keyring(backend)
    store = SecretStore(write_timeout=0.1)
    assert await store.save(SecretKind.CLIENT_SECRET, "abc", "s3cret-value") is StorageKind.MEMORY
    assert not store.persistent
    backend.let_writes_through.set()  # the keychain was unlocked after all: the save lands
    assert backend.written.wait(5)
    assert backend.entries == {(SERVICE, "abc:client-secret"): "s3cret-value"}
    report = await store.forget("abc")
    assert backend.entries == {}
    assert report.outcomes == {
        SecretKind.CLIENT_SECRET: ForgetOutcome.REMOVED,
        SecretKind.TEST_TOKEN: ForgetOutcome.NOTHING_STORED,
    }
    assert report.complete


async def test_forget_says_when_the_keyring_could_not_be_reached() -> None:
    backend = _LateKeyring()
    backend.let_writes_through.set()
    keyring.set_keyring(backend)
    store = SecretStore(write_timeout=0.2)
    await store.save(SecretKind.CLIENT_SECRET, "abc", "s3cret-value")
    backend.let_deletes_through.clear()  # now the keyring stops answering
    report = await store.forget("abc")
    backend.let_deletes_through.set()
    assert set(report.outcomes.values()) == {ForgetOutcome.KEYRING_UNREACHABLE}
    assert not report.complete and report.hint()
    assert all("may still be stored" in sentence for sentence in report.sentences())


class _RefusingKeyring(MemoryKeyring):
    def delete_password(self, service: str, username: str) -> None:
        raise keyring.errors.KeyringError("locked")


async def test_a_refused_delete_is_reported_not_raised() -> None:
    keyring.set_keyring(_RefusingKeyring())
    report = await SecretStore().forget("abc")
    assert set(report.outcomes.values()) == {ForgetOutcome.KEYRING_UNREACHABLE}


@pytest.mark.parametrize("backend", [fail.Keyring(), null.Keyring()], ids=["fail", "null"])
async def test_without_a_keyring_forget_reports_the_memory_copy(backend: object) -> None:
    keyring.set_keyring(backend)  # type: ignore[arg-type]
    store = SecretStore()
    await store.save(SecretKind.TEST_TOKEN, "abc", "one-token")
    report = await store.forget("abc")
    assert report.outcomes == {
        SecretKind.CLIENT_SECRET: ForgetOutcome.NOTHING_STORED,
        SecretKind.TEST_TOKEN: ForgetOutcome.REMOVED,
    }
