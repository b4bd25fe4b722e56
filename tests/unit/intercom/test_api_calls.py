from __future__ import annotations

import asyncio
import time
from collections.abc import Callable

import httpx
import pytest

from intercom_wizard.errors import IntercomAPIError, NetworkError, TokenRejected
from intercom_wizard.intercom.client import Admin, Workspace
from tests.unit.intercom.helpers import (
    TOKEN,
    Recorder,
    assert_no_secrets,
    error_list,
    json_response,
    make_client,
)

ME_BODY = {
    "type": "admin",
    "id": "991",
    "name": "Sandy Box",
    "email": "sandy@example.com",
    "email_verified": True,
    "app": {"type": "app", "id_code": "abc123", "name": "Acme Support", "region": "US"},
}


async def test_me_reads_workspace_admin_and_served_version() -> None:
    recorder = Recorder(
        lambda r: json_response(200, ME_BODY, **{"Intercom-Version": "2.11", "X-Request-Id": "r-7"})
    )
    async with make_client(recorder) as client:
        me = await client.me(TOKEN)
    assert me.workspace == Workspace(name="Acme Support", id_code="abc123", region="US")
    assert me.admin == Admin(name="Sandy Box", email="sandy@example.com")
    assert me.served_version == "2.11"
    assert me.request_id == "r-7"
    [request] = recorder.requests
    assert request.method == "GET"
    assert str(request.url) == "https://api.intercom.io/me"
    assert request.headers["Authorization"] == f"Bearer {TOKEN}"
    assert request.headers["Accept"] == "application/json"
    # Unpinned on purpose: the answer then carries the app's own version.
    assert "Intercom-Version" not in request.headers


@pytest.mark.parametrize("header", [None, "", "   "])
async def test_me_without_a_version_header_says_none(header: str | None) -> None:
    headers = {} if header is None else {"Intercom-Version": header}
    recorder = Recorder(lambda r: json_response(200, ME_BODY, **headers))
    async with make_client(recorder) as client:
        me = await client.me(TOKEN)
    assert me.served_version is None
    assert me.request_id is None


async def test_me_tolerates_missing_or_odd_fields() -> None:
    body = {"type": "admin", "name": "  ", "email": 5, "app": "not a dict"}
    recorder = Recorder(lambda r: json_response(200, body))
    async with make_client(recorder) as client:
        me = await client.me(TOKEN)
    assert me.workspace == Workspace(None, None, None)
    assert me.admin == Admin(None, None)


@pytest.mark.parametrize(
    ("answer", "says"),
    [
        (httpx.Response(200, text="<html>portal</html>"), "not readable"),
        (json_response(200, ["a", "list"]), "not readable"),
        (httpx.Response(200), "not readable"),
        (error_list(500, "server_error", "Server Error", "req-500"), "could not say"),
        (httpx.Response(503, text="<h1>Service Unavailable</h1>"), "could not say"),
        (error_list(404, "not_found", "Resource Not Found"), "could not say"),
    ],
)
async def test_me_failures_become_api_errors(answer: httpx.Response, says: str) -> None:
    recorder = Recorder(lambda r: answer)
    async with make_client(recorder) as client:
        with pytest.raises(IntercomAPIError) as caught:
            await client.me(TOKEN)
    error = caught.value
    assert not isinstance(error, TokenRejected)
    assert says in error.message
    assert error.status == answer.status_code
    assert error.hint
    assert_no_secrets(error)


async def test_me_500_keeps_code_and_request_id() -> None:
    recorder = Recorder(lambda r: error_list(500, "server_error", "Server Error", "req-500"))
    async with make_client(recorder) as client:
        with pytest.raises(IntercomAPIError) as caught:
            await client.me(TOKEN)
    assert caught.value.request_id == "req-500"
    assert caught.value.code == "server_error"
    assert "500 server_error: Server Error" in caught.value.message


async def test_me_403_suggests_read_one_admin() -> None:
    recorder = Recorder(
        lambda r: error_list(403, "forbidden", "You do not have the required scope")
    )
    async with make_client(recorder) as client:
        with pytest.raises(IntercomAPIError) as caught:
            await client.me(TOKEN)
    assert caught.value.status == 403
    assert caught.value.hint and "Read one admin" in caught.value.hint


@pytest.mark.parametrize(
    "code", ["unauthorized", "token_revoked", "token_not_found", "token_blocked", None]
)
async def test_401_anywhere_is_token_rejected(code: str | None) -> None:
    if code is None:
        answer = httpx.Response(401)
    else:
        answer = error_list(401, code, f"Access Token Invalid {TOKEN}", "req-401")
    for call in ("me", "probe_all", "revoke"):
        recorder = Recorder(lambda r: answer)
        async with make_client(recorder) as client:
            with pytest.raises(TokenRejected) as caught:
                await getattr(client, call)(TOKEN)
        assert caught.value.status == 401
        assert caught.value.code == code
        assert caught.value.request_id == (None if code is None else "req-401")
        assert caught.value.hint and "consent test again" in caught.value.hint
        assert_no_secrets(caught.value)


def limited_then(
    answer: httpx.Response,
    *,
    reset_in: float | None = None,
    headers: dict[str, str] | None = None,
) -> Callable[[httpx.Request], httpx.Response]:
    calls = {"n": 0}

    def handler(request: httpx.Request) -> httpx.Response:
        calls["n"] += 1
        if calls["n"] == 1:
            extra = dict(headers or {})
            if reset_in is not None:
                extra["X-RateLimit-Reset"] = str(time.time() + reset_in)
            return httpx.Response(
                429,
                json={"type": "error.list", "errors": [{"code": "rate_limit_exceeded"}]},
                headers={"X-RateLimit-Limit": "166", "X-RateLimit-Remaining": "0", **extra},
            )
        return answer

    return handler


async def test_429_waits_for_the_reset_and_retries_once() -> None:
    recorder = Recorder(limited_then(json_response(200, ME_BODY), reset_in=0.3))
    started = time.monotonic()
    async with make_client(recorder) as client:
        me = await client.me(TOKEN)
    elapsed = time.monotonic() - started
    assert me.admin.name == "Sandy Box"
    assert recorder.paths() == ["/me", "/me"]
    assert 0.2 <= elapsed < 1.5


async def test_429_with_reset_in_the_past_retries_at_once() -> None:
    recorder = Recorder(limited_then(json_response(200, ME_BODY), reset_in=-30))
    started = time.monotonic()
    async with make_client(recorder) as client:
        await client.me(TOKEN)
    assert len(recorder.requests) == 2
    assert time.monotonic() - started < 0.5


async def test_429_uses_retry_after_when_there_is_no_reset() -> None:
    recorder = Recorder(limited_then(json_response(200, ME_BODY), headers={"Retry-After": "0.1"}))
    async with make_client(recorder) as client:
        await client.me(TOKEN)
    assert len(recorder.requests) == 2


async def test_429_without_any_timing_waits_a_bounded_default() -> None:
    recorder = Recorder(limited_then(json_response(200, ME_BODY)))
    started = time.monotonic()
    async with make_client(recorder, max_rate_limit_wait=0.1) as client:
        await client.me(TOKEN)
    assert len(recorder.requests) == 2
    assert time.monotonic() - started < 0.6


async def test_429_beyond_the_bound_is_not_waited_for() -> None:
    recorder = Recorder(limited_then(json_response(200, ME_BODY), reset_in=3600))
    started = time.monotonic()
    async with make_client(recorder, max_rate_limit_wait=2.0) as client:
        with pytest.raises(IntercomAPIError) as caught:
            await client.me(TOKEN)
    assert time.monotonic() - started < 0.5
    assert len(recorder.requests) == 1
    assert caught.value.status == 429
    assert "rate limit" in caught.value.message
    assert caught.value.hint


async def test_429_twice_gives_up_after_one_retry() -> None:
    recorder = Recorder(limited_then(httpx.Response(429, headers={"Retry-After": "0"}), reset_in=0))
    async with make_client(recorder) as client:
        with pytest.raises(IntercomAPIError) as caught:
            await client.me(TOKEN)
    assert len(recorder.requests) == 2
    assert caught.value.status == 429


async def test_revoke_posts_uninstall() -> None:
    recorder = Recorder(lambda r: httpx.Response(200))
    async with make_client(recorder) as client:
        await client.revoke(TOKEN)
    [request] = recorder.requests
    assert request.method == "POST"
    assert str(request.url) == "https://api.intercom.io/auth/uninstall"
    assert request.headers["Authorization"] == f"Bearer {TOKEN}"


async def test_revoke_failure_says_how_to_remove_by_hand() -> None:
    recorder = Recorder(lambda r: error_list(500, "server_error", "oops", "req-r"))
    async with make_client(recorder) as client:
        with pytest.raises(IntercomAPIError) as caught:
            await client.revoke(TOKEN)
    assert caught.value.request_id == "req-r"
    assert caught.value.hint and "Installed apps" in caught.value.hint


@pytest.mark.parametrize(
    "exc",
    [
        httpx.ConnectError("refused"),
        httpx.ReadTimeout("slow"),
        httpx.RemoteProtocolError("Server disconnected without sending a response."),
    ],
)
async def test_transport_errors_become_network_errors(exc: Exception) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        raise exc

    for call in ("me", "probe_all", "revoke"):
        async with make_client(Recorder(handler)) as client:
            with pytest.raises(NetworkError) as caught:
                await getattr(client, call)(TOKEN)
        assert caught.value.hint
        assert "run the consent test again" not in caught.value.hint
        assert_no_secrets(caught.value)


async def test_repr_shows_no_token() -> None:
    async with make_client(Recorder(lambda r: httpx.Response(200))) as client:
        text = repr(client)
    assert "api.intercom.io" in text
    assert TOKEN not in text


async def test_aclose_closes_the_connection_pool() -> None:
    client = make_client(Recorder(lambda r: httpx.Response(200)))
    await client.aclose()
    with pytest.raises(RuntimeError):
        await client.revoke(TOKEN)


async def test_calls_do_not_leak_tasks() -> None:
    before = len(asyncio.all_tasks())
    async with make_client(Recorder(lambda r: json_response(200, ME_BODY))) as client:
        await client.me(TOKEN)
    assert len(asyncio.all_tasks()) == before
