from __future__ import annotations

import threading
import time

import keyring
import pytest
from keyring.backends import fail, null

from intercom_wizard.errors import SecretStoreError
from intercom_wizard.secrets import SERVICE, SecretKind, SecretStore, StorageKind
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
    await store.forget("abc")
    assert memory_keyring.entries == {}
    assert await store.load(SecretKind.CLIENT_SECRET, "abc") is None
    await store.forget("abc")  # forgetting twice is fine


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
