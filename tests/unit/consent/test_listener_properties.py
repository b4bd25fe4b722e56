"""Whatever arrives on the port, the listener survives it and still takes a valid callback."""

from __future__ import annotations

import asyncio
import socket
import ssl
import threading
from collections.abc import Coroutine, Iterator
from pathlib import Path
from typing import Any, TypeVar

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from intercom_wizard.consent.certificate import ensure_certificate, server_ssl_context
from intercom_wizard.consent.listener import CallbackListener
from intercom_wizard.consent.pages import success_page
from intercom_wizard.consent.state import new_state
from tests.unit.consent.support import get, trusting_context

T = TypeVar("T")
CODE = "pr+op/erty=="
EXAMPLES = settings(
    max_examples=120,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)


class LoopThread:
    """An event loop in a thread, so hypothesis drives the listener from plain sync tests."""

    def __init__(self) -> None:
        self.loop = asyncio.new_event_loop()
        self.errors: list[dict[str, Any]] = []
        self.loop.set_exception_handler(lambda _loop, context: self.errors.append(context))
        self._thread = threading.Thread(target=self.loop.run_forever, daemon=True)
        self._thread.start()

    def run(self, coroutine: Coroutine[Any, Any, T], timeout: float = 10) -> T:
        return asyncio.run_coroutine_threadsafe(coroutine, self.loop).result(timeout)

    def stop(self) -> None:
        self.loop.call_soon_threadsafe(self.loop.stop)
        self._thread.join(5)
        self.loop.close()


@pytest.fixture(scope="module")
def loop_thread() -> Iterator[LoopThread]:
    runner = LoopThread()
    yield runner
    runner.stop()
    assert not runner.errors, runner.errors


@pytest.fixture(scope="module")
def certificate_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("certificate")
    ensure_certificate(folder)
    return folder


def _throw(port: int, payload: bytes, tls: ssl.SSLContext | None) -> None:
    """Send ``payload`` (over TLS when given a context), half-close, read whatever comes back."""
    with socket.create_connection(("127.0.0.1", port), timeout=3) as raw:
        try:
            conn: socket.socket = (
                tls.wrap_socket(raw, server_hostname="127.0.0.1") if tls is not None else raw
            )
            conn.sendall(payload)
            # Half-close the TCP connection itself (under TLS too: no close_notify), so an
            # incomplete request ends now instead of after the stall timeout.
            socket.socket.shutdown(conn, socket.SHUT_WR)
            while conn.recv(65536):
                pass
        except (OSError, ssl.SSLError):
            pass  # refusing or resetting is the listener's right; surviving is what counts


def _survives(
    loop_thread: LoopThread, folder: Path, payload: bytes, *, tls: bool, wrap_client: bool
) -> None:
    state = new_state()
    info = ensure_certificate(folder)
    client_tls = trusting_context(info) if tls else None

    async def scenario() -> None:
        listener = CallbackListener(
            port=0,
            expected_state=state,
            tls=server_ssl_context(info) if tls else None,
            stall_timeout=0.5,
        )
        await listener.start()
        try:
            await asyncio.to_thread(
                _throw, listener.port, payload, client_tls if wrap_client else None
            )
            browser = asyncio.create_task(
                get(listener.port, f"/callback?code={CODE}&state={state}", tls=client_tls)
            )
            callback = await asyncio.wait_for(listener.next_callback(), 5)
            assert callback.code == CODE
            await callback.respond(200, success_page("Property"))
            reply = await asyncio.wait_for(browser, 5)
            assert reply.status == 200
        finally:
            await listener.close()

    loop_thread.run(scenario())
    assert not loop_thread.errors, loop_thread.errors


_TOKEN = st.text(
    alphabet=st.characters(min_codepoint=0, max_codepoint=0x2FF, exclude_characters="\r\n"),
    max_size=40,
)


@st.composite
def request_heads(draw: st.DrawFn) -> bytes:
    method = draw(st.sampled_from(["GET", "POST", "HEAD", "PUT", "get", ""]) | _TOKEN)
    target = draw(
        st.sampled_from(["/callback", "/callback?code=x&state=y", "/", "*", "/../etc"])
        | _TOKEN.map(lambda t: "/callback?" + t)
        | _TOKEN
    )
    version = draw(st.sampled_from(["HTTP/1.1", "HTTP/1.0", "HTTP/2", "HTTP/9.9", ""]))
    headers = draw(
        st.lists(
            st.sampled_from(
                [
                    "Host: 127.0.0.1:1",
                    "Host: localhost",
                    "Host:",
                    "Content-Length: 5",
                    "Content-Length: -1",
                    "Transfer-Encoding: chunked",
                    "Connection: keep-alive",
                    "Expect: 100-continue",
                    " folded",
                ]
            )
            | _TOKEN.map(lambda t: f"X-{t}: {t}"),
            max_size=4,
        )
    )
    ending = draw(st.sampled_from(["\r\n\r\n", "\r\n", "\n\n", ""]))
    head = f"{method} {target} {version}\r\n" + "\r\n".join(headers) + ending
    return head.encode("utf-8", "surrogateescape")


@EXAMPLES
@given(payload=st.binary(max_size=2048))
def test_arbitrary_bytes_on_the_plain_port(
    loop_thread: LoopThread, certificate_folder: Path, payload: bytes
) -> None:
    _survives(loop_thread, certificate_folder, payload, tls=False, wrap_client=False)


@EXAMPLES
@given(
    payload=st.binary(max_size=2048) | st.binary(max_size=600).map(lambda b: b"\x16\x03\x01" + b)
)
def test_arbitrary_bytes_on_the_tls_port(
    loop_thread: LoopThread, certificate_folder: Path, payload: bytes
) -> None:
    _survives(loop_thread, certificate_folder, payload, tls=True, wrap_client=False)


@EXAMPLES
@given(payload=request_heads())
def test_arbitrary_request_lines_on_the_plain_port(
    loop_thread: LoopThread, certificate_folder: Path, payload: bytes
) -> None:
    _survives(loop_thread, certificate_folder, payload, tls=False, wrap_client=False)


@EXAMPLES
@given(payload=request_heads())
def test_arbitrary_request_lines_inside_tls(
    loop_thread: LoopThread, certificate_folder: Path, payload: bytes
) -> None:
    _survives(loop_thread, certificate_folder, payload, tls=True, wrap_client=True)
