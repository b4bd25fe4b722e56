"""The Cyclr API client against the sandbox Cyclr over real sockets."""

from __future__ import annotations

import json
import time

import pytest

from intercom_wizard.cyclr.client import ApiToken, CyclrClient, store_key
from intercom_wizard.cyclr.errors import CyclrCredentialsRefused, CyclrError, CyclrUnreachable
from intercom_wizard.cyclr.locations import CyclrEndpoints
from intercom_wizard.sandbox.cyclr.behaviour import (
    SANDBOX_CYCLR_CLIENT_ID as CLIENT_ID,
)
from intercom_wizard.sandbox.cyclr.behaviour import (
    SANDBOX_CYCLR_CLIENT_SECRET as SECRET,
)
from intercom_wizard.sandbox.cyclr.server import SandboxCyclr
from intercom_wizard.secrets import SERVICE, SecretKind, SecretStore
from tests.support.memory_keyring import MemoryKeyring
from tests.support.network import free_port


def _client(
    endpoints: CyclrEndpoints, store: SecretStore | None, secret: str = SECRET
) -> CyclrClient:
    return CyclrClient(endpoints, client_id=CLIENT_ID, client_secret=secret, store=store)


async def test_token_is_kept_in_the_keyring_and_reused(
    endpoints: CyclrEndpoints, cyclr: SandboxCyclr, memory_keyring: MemoryKeyring
) -> None:
    async with _client(endpoints, SecretStore()) as first:
        await first.accounts()
        assert not first.token_from_cache
    assert len(cyclr.issued) == 1
    account = f"{store_key(endpoints, CLIENT_ID)}:{SecretKind.CYCLR_API_TOKEN.value}"
    stored = json.loads(memory_keyring.entries[(SERVICE, account)])
    assert stored["access_token"] == cyclr.issued[0]
    assert stored["expires_at"] > time.time() + 13 * 86400  # Cyclr's 14 days
    async with _client(endpoints, SecretStore()) as second:
        await second.accounts()
        assert second.token_from_cache
    assert len(cyclr.issued) == 1  # no second token request


async def test_a_token_near_its_end_or_no_longer_accepted_is_replaced(
    endpoints: CyclrEndpoints, cyclr: SandboxCyclr, memory_keyring: MemoryKeyring
) -> None:
    store = SecretStore()
    key = store_key(endpoints, CLIENT_ID)
    await store.save(SecretKind.CYCLR_API_TOKEN, key, ApiToken("old", time.time() + 60).dumps())
    async with _client(endpoints, store) as client:
        await client.accounts()
    assert len(cyclr.issued) == 1
    # Valid by its date, but Cyclr no longer knows it: dropped, replaced once, call retried.
    revoked = ApiToken("revoked-token", time.time() + 86400)
    await store.save(SecretKind.CYCLR_API_TOKEN, key, revoked.dumps())
    async with _client(endpoints, store) as client:
        assert await client.accounts()
    assert len(cyclr.issued) == 2


async def test_refused_credentials(endpoints: CyclrEndpoints, cyclr: SandboxCyclr) -> None:
    async with _client(endpoints, None, secret="wrong-secret") as client:
        with pytest.raises(CyclrCredentialsRefused) as refused:
            await client.accounts()
    assert "wrong-secret" not in refused.value.for_people()
    assert refused.value.exit_code == 4


async def test_unreachable() -> None:
    closed = f"http://127.0.0.1:{free_port()}"
    endpoints = CyclrEndpoints(api_base=closed, service_base=closed, service_domain="a.cyclr.com")
    async with _client(endpoints, None) as client:
        with pytest.raises(CyclrUnreachable):
            await client.token()


async def test_listing_connectors_without_an_account_degrades_to_a_message(
    endpoints: CyclrEndpoints, cyclr: SandboxCyclr
) -> None:
    async with _client(endpoints, None) as client:
        with pytest.raises(CyclrError) as refused:
            await client.connectors(None)
    assert "account" in str(refused.value.hint)


async def test_a_status_without_authenticated_is_never_read_as_signed_in(
    endpoints: CyclrEndpoints, cyclr: SandboxCyclr, monkeypatch: pytest.MonkeyPatch
) -> None:
    from intercom_wizard.sandbox.cyclr import behaviour

    async with _client(endpoints, None) as client:
        account = await client.create_account("t", "t")
        installed = await client.install(account.id, "5103", name="t", description="t")
        assert await client.authenticated(account.id, installed) is False
        monkeypatch.setattr(behaviour, "_installed", lambda c, n: {"Id": int(c.id)})
        with pytest.raises(CyclrError) as unclear:
            await client.authenticated(account.id, installed)
    assert "cannot tell" in unclear.value.message
