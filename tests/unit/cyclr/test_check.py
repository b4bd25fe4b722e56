"""The Cyclr check's steps and events, driven as a page would, against both sandboxes."""

from __future__ import annotations

import asyncio

import pytest

from intercom_wizard.cyclr.check import CheckEvent, CheckEventKind, CyclrCheck
from intercom_wizard.cyclr.locations import CyclrEndpoints
from intercom_wizard.cyclr.verdicts import Verdict
from intercom_wizard.intercom.versions import ApiVersion
from intercom_wizard.sandbox.cyclr.behaviour import (
    SANDBOX_CYCLR_CLIENT_ID,
    SANDBOX_CYCLR_CLIENT_SECRET,
)
from intercom_wizard.sandbox.cyclr.browser import sign_in_through_cyclr
from intercom_wizard.sandbox.cyclr.server import SandboxCyclr
from intercom_wizard.sandbox.server import SandboxIntercom


def _check(
    endpoints: CyclrEndpoints, events: list[CheckEvent] | None = None, **extra: object
) -> CyclrCheck:
    options: dict[str, object] = {
        "endpoints": endpoints,
        "client_id": SANDBOX_CYCLR_CLIENT_ID,
        "client_secret": SANDBOX_CYCLR_CLIENT_SECRET,
        "api_version": ApiVersion.parse("2.11"),
        "timeout": 10.0,
        "poll_seconds": 0.2,
        "on_event": None if events is None else events.append,
    }
    options.update(extra)
    return CyclrCheck(**options)  # type: ignore[arg-type]


async def test_happy_path_events_in_order(endpoints: CyclrEndpoints, cyclr: SandboxCyclr) -> None:
    events: list[CheckEvent] = []
    check = _check(endpoints, events)
    url = await check.start()
    assert url is not None
    assert [c.matches for c in check.connectors] == [False, False, True]
    await asyncio.to_thread(sign_in_through_cyclr, url)
    result = await check.finish()
    assert result.verdict is Verdict.AUTHENTICATED and result.ok and result.exit_code == 0
    kinds = [event.kind for event in events]
    expected = [
        CheckEventKind.API_SIGNED_IN,
        CheckEventKind.ACCOUNT_READY,
        CheckEventKind.CONNECTORS_LISTED,
        CheckEventKind.INSTALLED,
        CheckEventKind.LISTENING,
        CheckEventKind.BROWSER_RETURNED,
        CheckEventKind.CLEANING_UP,
        CheckEventKind.CLEANING_UP,
        CheckEventKind.DONE,
    ]
    assert [k for k in kinds if k is not CheckEventKind.WAITING] == expected
    assert not cyclr.installed() and cyclr.deleted_accounts == [result.account_id]


async def test_done_in_the_browser_without_a_return_is_a_refused_redirect(
    endpoints: CyclrEndpoints, intercom: SandboxIntercom, cyclr: SandboxCyclr
) -> None:
    intercom.redirect_uris = frozenset()  # Cyclr's callback is not registered on the app
    check = _check(endpoints)
    url = await check.start()
    assert url is not None
    status, page, _ = await asyncio.to_thread(sign_in_through_cyclr, url)
    assert status == 400 and "not registered" in page
    check.done_in_browser()
    result = await check.finish()
    assert result.verdict is Verdict.REDIRECT_REFUSED and result.exit_code == 4
    assert result.authenticated is False
    assert result.cleanup.complete


async def test_cancel_still_cleans_up(endpoints: CyclrEndpoints, cyclr: SandboxCyclr) -> None:
    check = _check(endpoints)
    assert await check.start()
    asyncio.get_running_loop().call_later(0.3, check.cancel)
    result = await check.finish()
    assert result.verdict is Verdict.CANCELLED and result.exit_code == 3
    assert not cyclr.installed() and len(cyclr.deleted_accounts) == 1


async def test_a_slow_clean_up_past_its_limit_says_what_is_left(
    endpoints: CyclrEndpoints, cyclr: SandboxCyclr
) -> None:
    cyclr.faults.slow_cleanup = 3.0
    check = _check(endpoints, cleanup_timeout=0.3)
    url = await check.start()
    assert url is not None
    await asyncio.to_thread(sign_in_through_cyclr, url)
    result = await check.finish()
    assert result.verdict is Verdict.AUTHENTICATED and result.exit_code == 1
    assert result.cleanup.connector_removed is False and result.cleanup.account_removed is False
    assert all("did not answer within 0.3 seconds" in line for line in result.cleanup.left)
    assert result.account_id is not None and result.account_id in " ".join(result.cleanup.left)


async def test_a_picked_account_is_kept_and_the_sign_in_user_is_mentioned(
    endpoints: CyclrEndpoints, cyclr: SandboxCyclr
) -> None:
    existing = next(iter(cyclr.accounts))
    check = _check(endpoints, account_id=existing)
    url = await check.start()
    assert url is not None
    await asyncio.to_thread(sign_in_through_cyclr, url)
    result = await check.finish()
    assert result.ok and not result.account_created
    assert result.cleanup.account_removed is None and existing in cyclr.accounts
    assert any("intercom-wizard-setup-check" in note for note in result.notes)


async def test_finish_needs_start(endpoints: CyclrEndpoints) -> None:
    with pytest.raises(RuntimeError):
        await _check(endpoints).finish()
