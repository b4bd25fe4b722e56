"""The client against real sockets on 127.0.0.1: a scripted HTTP server and broken peers."""

from __future__ import annotations

import asyncio
import json
import socket
from collections.abc import AsyncIterator, Awaitable, Callable

import pytest

from intercom_wizard.errors import ExchangeFailure, NetworkError, TokenExchangeError
from intercom_wizard.intercom.client import IntercomClient
from intercom_wizard.intercom.permissions import Verdict
from intercom_wizard.intercom.regions import Endpoints
from tests.unit.intercom.helpers import CLIENT_ID, CLIENT_SECRET, CODE, TOKEN, assert_no_secrets

Peer = Callable[[asyncio.StreamReader, asyncio.StreamWriter], Awaitable[None]]


def reply(status: int, body: object, **headers: str) -> bytes:
    data = json.dumps(body).encode()
    head = [
        f"HTTP/1.1 {status} X",
        "Content-Type: application/json",
        f"Content-Length: {len(data)}",
    ]
    head += [f"{k}: {v}" for k, v in headers.items()]
    return ("\r\n".join(head) + "\r\n\r\n").encode() + data


async def read_request(reader: asyncio.StreamReader) -> tuple[str, dict[str, str], bytes]:
    head = (await reader.readuntil(b"\r\n\r\n")).decode()
    line, *rest = head.split("\r\n")
    headers = {k.lower(): v.strip() for k, _, v in (h.partition(":") for h in rest if h)}
    body = await reader.readexactly(int(headers.get("content-length", "0")))
    return line, headers, body


async def intercom_peer(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    """A tiny Intercom: token exchange, /me with a version header, and the probe endpoints."""
    try:
        while True:
            line, headers, body = await read_request(reader)
            method, target, _ = line.split(" ")
            if target == "/auth/eagle/token":
                form = dict(p.split("=", 1) for p in body.decode().split("&"))
                if form["client_secret"] != CLIENT_SECRET:
                    answer = reply(
                        401,
                        {
                            "type": "error.list",
                            "request_id": "r1",
                            "errors": [{"code": "unauthorized", "message": "Unauthorized Client"}],
                        },
                    )
                else:
                    answer = reply(
                        200, {"token_type": "Bearer", "token": TOKEN, "access_token": TOKEN}
                    )
            elif headers.get("authorization") != f"Bearer {TOKEN}":
                answer = reply(401, {"type": "error.list", "errors": [{"code": "unauthorized"}]})
            elif target == "/me":
                version = {} if "intercom-version" in headers else {"Intercom-Version": "2.9"}
                answer = reply(200, {"type": "admin", "name": "A", "app": {"name": "W"}}, **version)
            elif target == "/admins":
                answer = reply(200, {"type": "admin.list", "admins": []}, **{"X-Request-Id": "ra"})
            elif method == "POST" and target == "/conversations":
                answer = reply(404, {"type": "error.list", "errors": [{"code": "not_found"}]})
            elif target.startswith("/companies/"):
                answer = reply(
                    404, {"type": "error.list", "errors": [{"code": "company_not_found"}]}
                )
            else:
                answer = reply(404, {"type": "error.list", "errors": [{"code": "not_found"}]})
            writer.write(answer)
            await writer.drain()
    except (asyncio.IncompleteReadError, ConnectionError):
        pass
    finally:
        writer.close()


async def drop_peer(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    await read_request(reader)
    writer.close()


async def silent_peer(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    await read_request(reader)
    await asyncio.sleep(5)
    writer.close()


async def serve(peer: Peer) -> AsyncIterator[tuple[Endpoints, list[int]]]:
    connections: list[int] = []

    async def counted(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        connections.append(1)
        await peer(reader, writer)

    server = await asyncio.start_server(counted, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    base = f"http://127.0.0.1:{port}"
    try:
        yield Endpoints(app_base=base, api_base=base, overridden=True), connections
    finally:
        server.close()
        await server.wait_closed()


@pytest.fixture
async def intercom() -> AsyncIterator[tuple[Endpoints, list[int]]]:
    async for pair in serve(intercom_peer):
        yield pair


async def test_whole_check_over_http(intercom: tuple[Endpoints, list[int]]) -> None:
    endpoints, _ = intercom
    async with IntercomClient(endpoints) as client:
        assert client.proxy is None
        token = await client.exchange_code(
            code=CODE, client_id=CLIENT_ID, client_secret=CLIENT_SECRET
        )
        me = await client.me(token)
        results = await client.probe_all(token)
    assert token == TOKEN
    assert me.served_version == "2.9"
    assert me.workspace.name == "W"
    assert {r.verdict for r in results.values()} == {Verdict.GRANTED}


async def test_wrong_secret_over_http(intercom: tuple[Endpoints, list[int]]) -> None:
    endpoints, connections = intercom
    async with IntercomClient(endpoints) as client:
        with pytest.raises(TokenExchangeError) as caught:
            await client.exchange_code(code=CODE, client_id=CLIENT_ID, client_secret="wrong-one")
    assert caught.value.reason is ExchangeFailure.WRONG_CREDENTIALS
    assert caught.value.request_id == "r1"
    assert len(connections) == 1
    assert_no_secrets(caught.value)


async def test_dropped_connection_during_exchange_is_not_retried() -> None:
    async for endpoints, connections in serve(drop_peer):
        async with IntercomClient(endpoints) as client:
            with pytest.raises(NetworkError) as caught:
                await client.exchange_code(
                    code=CODE, client_id=CLIENT_ID, client_secret=CLIENT_SECRET
                )
        assert "broke before Intercom answered" in caught.value.message
        assert len(connections) == 1
        assert_no_secrets(caught.value)


async def test_silent_server_times_out() -> None:
    async for endpoints, _ in serve(silent_peer):
        async with IntercomClient(endpoints, timeout=0.3) as client:
            with pytest.raises(NetworkError) as caught:
                await client.me(TOKEN)
        assert "did not answer within 0.3 seconds" in caught.value.message


async def test_nothing_listening_is_a_network_error() -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    base = f"http://127.0.0.1:{port}"
    async with IntercomClient(Endpoints(base, base, overridden=True)) as client:
        with pytest.raises(NetworkError) as caught:
            await client.exchange_code(code=CODE, client_id=CLIENT_ID, client_secret=CLIENT_SECRET)
    assert f"127.0.0.1:{port}" in caught.value.message
    assert "Could not connect" in caught.value.message
    assert_no_secrets(caught.value)


async def test_environment_proxy_is_not_used_for_loopback(
    intercom: tuple[Endpoints, list[int]], monkeypatch: pytest.MonkeyPatch
) -> None:
    endpoints, _ = intercom
    for name in ("HTTP_PROXY", "http_proxy", "ALL_PROXY", "all_proxy"):
        monkeypatch.setenv(name, "http://127.0.0.1:9")  # nothing listens on the discard port
    for name in ("NO_PROXY", "no_proxy"):
        monkeypatch.delenv(name, raising=False)
    async with IntercomClient(endpoints) as client:
        me = await client.me(TOKEN)
    assert me.workspace.name == "W"


def test_system_proxy_is_picked_up_for_intercom(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("NO_PROXY", "no_proxy"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("HTTPS_PROXY", "http://proxy.corp:3128")
    monkeypatch.setenv("https_proxy", "http://proxy.corp:3128")
    client = IntercomClient(Endpoints("https://app.intercom.com", "https://api.intercom.io"))
    assert client.proxy == "http://proxy.corp:3128"
    assert "proxy.corp" in repr(client)


def test_socks_proxy_in_the_environment_does_not_break_the_client(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    for name in ("ALL_PROXY", "all_proxy"):
        monkeypatch.setenv(name, "socks5://127.0.0.1:9")
    client = IntercomClient(Endpoints("https://app.intercom.com", "https://api.intercom.io"))
    assert client.proxy is None
