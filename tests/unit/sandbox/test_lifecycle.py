"""Starting, stopping and ports."""

from __future__ import annotations

import socket
import threading
import time

import httpx
import pytest

from intercom_wizard.errors import ListenerError
from intercom_wizard.sandbox.server import SandboxIntercom
from tests.unit.sandbox.conftest import TLS


def test_port_zero_picks_a_free_port_known_before_start() -> None:
    sandbox = SandboxIntercom()
    try:
        assert sandbox.port > 0
        assert sandbox.base_url == f"http://127.0.0.1:{sandbox.port}"
        sandbox.start()
        sandbox.start()  # harmless
        assert httpx.get(sandbox.base_url + "/", verify=TLS).status_code == 200
    finally:
        sandbox.close()
        sandbox.close()  # idempotent


def test_close_releases_the_port_for_a_new_server() -> None:
    with SandboxIntercom() as first:
        port = first.port
        with httpx.Client(base_url=first.base_url, verify=TLS) as http:
            http.get("/")  # leave a keep-alive connection open
            started = time.perf_counter()
            first.close()
            assert time.perf_counter() - started < 0.5
    with SandboxIntercom(port=port) as second:
        assert httpx.get(second.base_url + "/", verify=TLS).status_code == 200


def test_close_without_start_releases_the_port() -> None:
    sandbox = SandboxIntercom()
    sandbox.close()
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", sandbox.port))


def test_close_does_not_wait_for_a_slow_answer() -> None:
    sandbox = SandboxIntercom().__enter__()
    sandbox.faults.slow_seconds = 30
    failures: list[BaseException] = []

    def call() -> None:
        try:
            httpx.get(sandbox.base_url + "/me", timeout=10, verify=TLS)
        except httpx.HTTPError as exc:
            failures.append(exc)

    caller = threading.Thread(target=call)
    caller.start()
    time.sleep(0.1)
    started = time.perf_counter()
    sandbox.close()
    caller.join(5)
    assert time.perf_counter() - started < 1.0
    assert failures and not caller.is_alive()


def test_a_port_in_use_is_a_listener_error_that_names_it() -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        with pytest.raises(ListenerError) as caught:
            SandboxIntercom(port=port)
    assert caught.value.port == port
    assert str(port) in str(caught.value) and caught.value.hint


def test_repr_and_introspection_hold_no_secret() -> None:
    with SandboxIntercom(client_secret="s3cr3t-value") as sandbox:
        assert "s3cr3t" not in repr(sandbox)
        assert sandbox.issued_tokens == () and sandbox.revoked == frozenset()


def test_bad_request_framing_is_refused_without_harm(sandbox: SandboxIntercom) -> None:
    for head, status in (
        (b"POST /me HTTP/1.1\r\nHost: x\r\nContent-Length: nope\r\n\r\n", b"400"),
        (b"POST /me HTTP/1.1\r\nHost: x\r\nContent-Length: 99999999\r\n\r\n", b"413"),
        (b"POST /me HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n", b"411"),
        (b"\x16\x03\x01garbage\r\n\r\n", b""),
        (b"GET / HTTP/1.1\r\n", b""),  # the client goes away mid-head
    ):
        with socket.create_connection(("127.0.0.1", sandbox.port), timeout=2) as raw:
            raw.sendall(head)
            if status:
                assert raw.recv(100).split(b" ")[1] == status
    assert httpx.get(sandbox.base_url + "/", verify=TLS).status_code == 200


def test_nothing_is_logged(sandbox: SandboxIntercom, capfd: pytest.CaptureFixture[str]) -> None:
    sandbox.faults.drop_connection = True
    with pytest.raises(httpx.HTTPError):
        httpx.get(sandbox.base_url + "/me?code=abc+def=", verify=TLS)
    httpx.get(sandbox.base_url + "/oauth?code=abc+def=", verify=TLS)
    out, err = capfd.readouterr()
    assert out == "" and err == ""
