"""The consent test run in-process against the sandbox: paste path, cancel, events, verdicts."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from urllib.parse import urljoin

import httpx
import pytest

from intercom_wizard.errors import ConsentCancelled, ConsentDeclined, PastedAddressError
from intercom_wizard.intercom.client import Admin, Workspace
from intercom_wizard.intercom.permissions import (
    REQUIRED_PERMISSIONS,
    PermissionKey,
    ProbeResult,
    Verdict,
)
from intercom_wizard.intercom.regions import Endpoints, Region
from intercom_wizard.intercom.versions import ApiVersion
from intercom_wizard.result_json import result_to_json
from intercom_wizard.sandbox.scripted_browser import consent_in_sandbox
from intercom_wizard.sandbox.server import SandboxIntercom
from intercom_wizard.secrets import SecretKind, SecretStore, StorageKind
from intercom_wizard.verification import (
    RunEvent,
    RunEventKind,
    VerificationResult,
    VerificationRun,
    VersionCheck,
)
from tests.support.network import assert_port_free, free_port


@pytest.fixture
def sandbox() -> Iterator[SandboxIntercom]:
    with SandboxIntercom() as server:
        yield server


def make_run(sandbox: SandboxIntercom, **options: object) -> VerificationRun:
    settings: dict[str, object] = {
        "endpoints": Endpoints(sandbox.base_url, sandbox.base_url, overridden=True),
        "client_id": sandbox.client_id,
        "client_secret": sandbox.client_secret,
        "port": free_port(),
        "use_tls": False,
        "selected_version": ApiVersion.parse("2.11"),
        "timeout": 20.0,
    }
    settings.update(options)
    return VerificationRun(**settings)  # type: ignore[arg-type]


def landing_address(authorize_url: str, decision: str = "allow") -> str:
    """Where Intercom sends the browser, without following it (the pasted-address case)."""
    with httpx.Client() as client:
        client.get(authorize_url).raise_for_status()
        params = httpx.URL(authorize_url).params
        answer = client.post(
            urljoin(authorize_url, "/oauth/decide"),
            data={
                "decision": decision,
                "state": params["state"],
                "redirect_uri": params["redirect_uri"],
                "client_id": params["client_id"],
            },
        )
        return answer.headers["location"]


async def test_browser_round_trip_reports_events_and_stores_the_token(
    sandbox: SandboxIntercom,
) -> None:
    events: list[RunEvent] = []
    store = SecretStore()
    run = make_run(sandbox, on_event=events.append, store=store, use_tls=True)
    url = await run.start()
    page = asyncio.create_task(asyncio.to_thread(consent_in_sandbox, url))
    result = await run.finish()
    status, html = await page
    assert result.ok and status == 200 and "Sandbox Workspace" in html
    kinds = [event.kind for event in events]
    for expected in (
        RunEventKind.LISTENING,
        RunEventKind.CODE_RECEIVED,
        RunEventKind.EXCHANGING,
        RunEventKind.CHECKING,
        RunEventKind.DONE,
    ):
        assert expected in kinds
    assert result.token_stored is StorageKind.KEYRING
    assert await store.load(SecretKind.TEST_TOKEN, sandbox.client_id) in sandbox.issued_tokens


async def test_a_pasted_address_finishes_the_run(sandbox: SandboxIntercom) -> None:
    run = make_run(sandbox)
    url = await run.start()
    landing = await asyncio.to_thread(landing_address, url)
    # The code holds '+', '/' and '='; the pasted address must keep them byte for byte.
    run.submit_pasted(f"  {landing}\n")
    result = await run.finish()
    assert result.ok
    assert result.workspace == Workspace("Sandbox Workspace", "sbx123", "US")


async def test_an_address_from_another_attempt_is_refused_and_the_run_keeps_waiting(
    sandbox: SandboxIntercom,
) -> None:
    other = make_run(sandbox)
    other_url = await other.start()
    stale = await asyncio.to_thread(landing_address, other_url)
    await other.close()

    run = make_run(sandbox)
    url = await run.start()
    with pytest.raises(PastedAddressError):
        run.submit_pasted(stale)
    with pytest.raises(PastedAddressError):
        run.submit_pasted("not an address at all")
    run.submit_pasted(await asyncio.to_thread(landing_address, url))
    assert (await run.finish()).ok


async def test_a_pasted_refusal_ends_the_run_as_declined(sandbox: SandboxIntercom) -> None:
    run = make_run(sandbox)
    url = await run.start()
    run.submit_pasted(await asyncio.to_thread(landing_address, url, "deny"))
    with pytest.raises(ConsentDeclined):
        await run.finish()


async def test_cancel_ends_the_run_and_frees_the_port(sandbox: SandboxIntercom) -> None:
    port = free_port()
    run = make_run(sandbox, port=port)
    await run.start()
    asyncio.get_running_loop().call_later(0.1, run.cancel)
    with pytest.raises(ConsentCancelled):
        await run.finish()
    assert_port_free(port)


async def test_a_cancelled_task_also_frees_the_port(sandbox: SandboxIntercom) -> None:
    port = free_port()
    run = make_run(sandbox, port=port)
    await run.start()
    task = asyncio.create_task(run.finish())
    await asyncio.sleep(0)  # one loop turn: finish() runs up to its wait, no guessed delay
    assert not task.done()
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task
    assert_port_free(port)


@pytest.mark.parametrize(
    ("served", "selected", "expected"),
    [
        ("2.11", "2.11", VersionCheck("2.11", "response-header", "2.11", True)),
        ("2.9", "2.11", VersionCheck("2.9", "response-header", "2.11", False)),
        ("Unstable", "Preview", VersionCheck("Preview", "response-header", "Preview", True)),
        (None, "2.11", VersionCheck(None, "unknown", "2.11", None)),
        ("  ", None, VersionCheck(None, "unknown", None, None)),
        ("9.99", None, VersionCheck("9.99", "response-header", None, None)),
    ],
)
def test_version_check(served: str | None, selected: str | None, expected: VersionCheck) -> None:
    chosen = ApiVersion.parse(selected) if selected else None
    assert VersionCheck.compare(served, chosen) == expected


def result_with(**changes: object) -> VerificationResult:
    granted = {
        p.key: ProbeResult(p.key, Verdict.GRANTED, 200, f"req-{p.key.value}", "")
        for p in REQUIRED_PERMISSIONS
    }
    fields: dict[str, object] = {
        "region": Region.EU,
        "redirect_uri": "https://127.0.0.1:24891/callback",
        "workspace": Workspace("Acme", "abc123", "EU"),
        "admin": Admin("Ada", "ada@example.com"),
        "api_version": VersionCheck("2.11", "response-header", "2.11", True),
        "permissions": granted,
        "token_stored": StorageKind.MEMORY,
    }
    fields.update(changes)
    return VerificationResult(**fields)  # type: ignore[arg-type]


def test_a_clean_result_is_ok_and_has_the_documented_json_shape() -> None:
    data = result_to_json(result_with())
    assert data["ok"] is True and data["problems"] == []
    assert data["region"] == "eu"
    assert set(data) >= {
        "ok",
        "region",
        "redirect_uri",
        "workspace",
        "admin",
        "api_version",
        "permissions",
        "token_stored",
    }
    assert data["permissions"] == {
        "read_one_user_and_one_company": "granted",
        "write_conversations": "granted",
        "read_admins": "granted",
    }
    assert data["token_stored"] is False  # memory only is not "stored"


def test_every_kind_of_problem_is_named() -> None:
    permissions = dict(result_with().permissions)
    permissions[PermissionKey.READ_ADMINS] = ProbeResult(
        PermissionKey.READ_ADMINS, Verdict.MISSING, 403, "r1", ""
    )
    permissions.pop(PermissionKey.WRITE_CONVERSATIONS)
    result = result_with(
        permissions=permissions,
        api_version=VersionCheck(None, "unknown", "2.11", None),
        workspace=None,
        workspace_problem="Intercom would not say which workspace the token belongs to.",
    )
    problems = " ".join(result.problems)
    assert not result.ok
    assert "Read admins" in problems and "Write conversations" in problems
    assert "did not say which API version" in problems
    assert "would not say which workspace" in problems
    assert result_to_json(result)["permissions"]["write_conversations"] is None


async def test_many_local_connections_are_reported_once(sandbox: SandboxIntercom) -> None:
    events: list[RunEvent] = []
    run = make_run(sandbox, on_event=events.append, use_tls=False)
    await run.start()
    port = int(httpx.URL(run.redirect_uri).port or 0)
    writers = []
    for _ in range(20):
        _, writer = await asyncio.open_connection("127.0.0.1", port)
        writer.write(b"GET /")  # a first byte, then nothing: the start of a request
        writers.append(writer)
    await asyncio.sleep(0.3)  # the listener reads each first byte within a few loop turns
    run.cancel()
    with pytest.raises(ConsentCancelled):
        await run.finish()
    for writer in writers:
        writer.close()
    connected = [event for event in events if event.kind is RunEventKind.BROWSER_CONNECTED]
    assert len(connected) == 1
