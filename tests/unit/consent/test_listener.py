from __future__ import annotations

import asyncio
import contextlib
import logging
import socket
import ssl
import warnings
from collections.abc import AsyncIterator, Awaitable, Callable
from pathlib import Path

import pytest

import intercom_wizard.consent.listener as listener_module
from intercom_wizard.consent.certificate import (
    CertificateInfo,
    ensure_certificate,
    server_ssl_context,
)
from intercom_wizard.consent.listener import (
    Callback,
    CallbackListener,
    ListenerEvent,
    ListenerEventKind,
)
from intercom_wizard.consent.pages import failure_page, success_page
from intercom_wizard.consent.state import new_state
from intercom_wizard.errors import ConsentCancelled, ListenerError
from tests.unit.consent.support import (
    close,
    connect,
    get,
    read_reply,
    send_raw,
    trusting_context,
    wait_until,
)

CODE = "Sx+9/aB=="  # like Intercom's: '+', '/' and a trailing '='
Kind = ListenerEventKind


@pytest.fixture(scope="module")
def certificate(tmp_path_factory: pytest.TempPathFactory) -> CertificateInfo:
    return ensure_certificate(tmp_path_factory.mktemp("certificate"))


@pytest.fixture
def client_tls(certificate: CertificateInfo) -> ssl.SSLContext:
    return trusting_context(certificate)


class Harness:
    def __init__(self, listener: CallbackListener, events: list[ListenerEvent], state: str):
        self.listener = listener
        self.events = events
        self.state = state

    @property
    def port(self) -> int:
        return self.listener.port

    def kinds(self) -> list[ListenerEventKind]:
        return [event.kind for event in self.events]

    def callback_target(self, code: str = CODE) -> str:
        return f"/callback?code={code}&state={self.state}"


MakeListener = Callable[..., Awaitable[Harness]]


@pytest.fixture
async def make_listener(certificate: CertificateInfo) -> AsyncIterator[MakeListener]:
    made: list[CallbackListener] = []
    loop_errors: list[dict[str, object]] = []
    asyncio.get_running_loop().set_exception_handler(lambda _loop, ctx: loop_errors.append(ctx))

    async def make(*, tls: bool = True, **options: object) -> Harness:
        events: list[ListenerEvent] = []
        state = new_state()
        options.setdefault("port", 0)
        options.setdefault("stall_timeout", 1.0)
        listener = CallbackListener(
            expected_state=state,
            tls=server_ssl_context(certificate) if tls else None,
            on_event=events.append,
            **options,  # type: ignore[arg-type]
        )
        made.append(listener)
        await listener.start()
        return Harness(listener, events, state)

    yield make
    for listener in made:
        await listener.close()
    await asyncio.sleep(0.01)
    assert not loop_errors, "nothing may escape the listener's connection tasks"


async def _ended(reader: asyncio.StreamReader) -> bool:
    """Whether the listener ended the connection (closed or reset) without answering."""
    try:
        return await asyncio.wait_for(reader.read(), 3) == b""
    except ConnectionResetError:
        return True


# --- the happy path ------------------------------------------------------------------------


async def test_tls_callback_is_held_until_the_wizard_responds(
    make_listener: MakeListener, client_tls: ssl.SSLContext
) -> None:
    h: Harness = await make_listener()
    assert h.listener.redirect_uri == f"https://127.0.0.1:{h.port}/callback"
    browser = asyncio.create_task(get(h.port, h.callback_target(), tls=client_tls))
    callback = await asyncio.wait_for(h.listener.next_callback(), 5)
    assert callback.code == CODE
    assert callback.error is None and not callback.declined
    assert CODE not in repr(callback)
    await asyncio.sleep(0.2)
    assert not browser.done(), "the browser must wait for the wizard's verdict"
    await callback.respond(200, success_page("Acme Support"))
    reply = await asyncio.wait_for(browser, 5)
    assert reply.status == 200
    assert "Acme Support" in reply.text
    assert reply.headers["connection"] == "close"
    assert reply.headers["cache-control"] == "no-store"
    assert reply.headers["referrer-policy"] == "no-referrer"
    assert h.kinds() == [Kind.LISTENING, Kind.CONNECTION, Kind.CALLBACK]
    await callback.respond(500, failure_page("again"))  # idempotent
    assert await h.listener.next_callback() is callback


async def test_plain_http_callback_on_localhost(make_listener: MakeListener) -> None:
    h: Harness = await make_listener(tls=False)
    assert h.listener.redirect_uri == f"http://127.0.0.1:{h.port}/callback"
    code = "ab%2Bcd%2Fef%3D"  # percent-encoded variant of 'ab+cd/ef='
    browser = asyncio.create_task(get(h.port, h.callback_target(code), host=f"LOCALHOST:{h.port}"))
    callback = await asyncio.wait_for(h.listener.next_callback(), 5)
    assert callback.code == "ab+cd/ef="
    await callback.respond(200, success_page(None))
    assert (await browser).status == 200


async def test_a_declined_consent_is_a_callback_with_the_error(
    make_listener: MakeListener, client_tls: ssl.SSLContext
) -> None:
    h: Harness = await make_listener()
    target = f"/callback?error=access_denied&error_description=No+%3Cthanks%3E&state={h.state}"
    browser = asyncio.create_task(get(h.port, target, tls=client_tls))
    callback = await asyncio.wait_for(h.listener.next_callback(), 5)
    assert callback.declined
    assert (callback.code, callback.error) == (None, "access_denied")
    assert callback.error_description == "No+<thanks>"
    assert "No <thanks>" in str(callback.declined_error())
    assert Kind.DECLINED in h.kinds()
    await callback.respond(200, failure_page(str(callback.declined_error())))
    assert (await browser).status == 200


async def test_an_unanswered_callback_gets_a_page_after_the_hold_timeout(
    make_listener: MakeListener, client_tls: ssl.SSLContext
) -> None:
    h: Harness = await make_listener(hold_timeout=0.2)
    reply = await get(h.port, h.callback_target(), tls=client_tls)
    assert reply.status == 504
    assert "did not report a result in time" in reply.text
    callback = await h.listener.next_callback()
    assert callback.responded
    await callback.respond(200, success_page(None))  # the browser has its page already


async def test_respond_after_the_browser_left_does_nothing(
    make_listener: MakeListener, client_tls: ssl.SSLContext
) -> None:
    h: Harness = await make_listener()
    _reader, writer = await connect(h.port, client_tls)
    writer.write(f"GET {h.callback_target()} HTTP/1.1\r\nHost: 127.0.0.1:{h.port}\r\n\r\n".encode())
    callback = await asyncio.wait_for(h.listener.next_callback(), 5)
    writer.transport.abort()
    await asyncio.sleep(0.05)
    await callback.respond(200, success_page("Acme"))
    reply = await get(h.port, h.callback_target(), tls=client_tls)
    assert reply.status == 200 and "Already received" in reply.text


def test_a_callback_made_by_hand_has_nobody_to_answer() -> None:
    callback = Callback(code=CODE)
    asyncio.run(callback.respond(200, b"ignored"))
    assert callback.responded


# --- what the listener refuses, while it keeps waiting -------------------------------------


async def test_wrong_or_missing_state_is_refused_and_the_listener_keeps_waiting(
    make_listener: MakeListener, client_tls: ssl.SSLContext
) -> None:
    h: Harness = await make_listener()
    waiting = asyncio.create_task(h.listener.next_callback())
    for target in (
        f"/callback?code={CODE}&state=someone-else",
        f"/callback?code={CODE}",
        f"/callback?code={CODE}&state={h.state}x",
    ):
        reply = await get(h.port, target, tls=client_tls)
        assert reply.status == 400
        assert "another attempt" in reply.text
    assert h.kinds().count(Kind.WRONG_STATE) == 3
    assert not waiting.done()
    browser = asyncio.create_task(get(h.port, h.callback_target(), tls=client_tls))
    callback = await asyncio.wait_for(waiting, 5)
    assert callback.code == CODE
    await callback.respond(200, success_page(None))
    assert (await browser).status == 200


@pytest.mark.parametrize(
    ("method", "target", "host", "status"),
    [
        ("GET", "/favicon.ico", None, 404),
        ("GET", "/", None, 404),
        ("GET", "/callback/", None, 404),
        ("GET", "http://127.0.0.1/callback", None, 404),
        ("POST", "/callback?code=x&state=y", None, 405),
        ("HEAD", "/callback", None, 405),
        ("get", "/callback", None, 405),
        ("GET", "/callback?code=x", "evil.example:80", 400),
        ("GET", "/callback?code=x", "127.0.0.1", 400),
        ("GET", "/callback?code=x", "127.0.0.1:1", 400),
        ("GET", "/callback?code=x", "", 400),
    ],
)
async def test_stray_requests_get_their_status_and_change_nothing(
    make_listener: MakeListener,
    client_tls: ssl.SSLContext,
    method: str,
    target: str,
    host: str | None,
    status: int,
) -> None:
    h: Harness = await make_listener()
    reply = await get(h.port, target, tls=client_tls, method=method, host=host)
    assert reply.status == status
    if status == 405:
        assert reply.headers["allow"] == "GET"
    if method == "HEAD":
        assert reply.body == b""
    assert Kind.STRAY_REQUEST in h.kinds()
    assert Kind.CALLBACK not in h.kinds()
    browser = asyncio.create_task(get(h.port, h.callback_target(), tls=client_tls))
    callback = await asyncio.wait_for(h.listener.next_callback(), 5)
    await callback.respond(200, success_page(None))
    assert (await browser).status == 200


async def test_missing_host_on_http_1_0_is_refused(make_listener: MakeListener) -> None:
    h: Harness = await make_listener(tls=False)
    reply = await send_raw(h.port, f"GET {h.callback_target()} HTTP/1.0\r\n\r\n".encode())
    assert reply.status == 400


@pytest.mark.parametrize(
    "garbage",
    [
        b"\r\n\r\n",
        b"hello\r\n\r\n",
        b"GET /callback HTTP/1.1\r\nHost 127.0.0.1\r\n\r\n",
        b"GET /callback HTTP/1.1\r\nHost: a\r\nHost: b\r\n\r\n",
        b"GET  /callback  HTTP/1.1\r\n\r\n",
        b"\x00\x01\x02\xff\r\n\r\n",
    ],
)
async def test_garbage_gets_400(make_listener: MakeListener, garbage: bytes) -> None:
    h: Harness = await make_listener(tls=False)
    reply = await send_raw(h.port, garbage)
    assert reply.status == 400


async def test_a_right_state_without_code_or_error_is_refused(
    make_listener: MakeListener, client_tls: ssl.SSLContext
) -> None:
    h: Harness = await make_listener()
    reply = await get(h.port, f"/callback?state={h.state}&code=", tls=client_tls)
    assert reply.status == 400
    assert Kind.CALLBACK not in h.kinds()


async def test_later_callbacks_are_duplicates(
    make_listener: MakeListener, client_tls: ssl.SSLContext
) -> None:
    h: Harness = await make_listener()
    browser = asyncio.create_task(get(h.port, h.callback_target(), tls=client_tls))
    callback = await asyncio.wait_for(h.listener.next_callback(), 5)
    for _ in range(2):
        reply = await get(h.port, h.callback_target("other"), tls=client_tls)
        assert reply.status == 200
        assert "Already received" in reply.text
    assert h.kinds().count(Kind.DUPLICATE) == 2
    assert callback.code == CODE
    await callback.respond(200, success_page(None))
    await browser


async def test_a_stalled_client_is_dropped(make_listener: MakeListener) -> None:
    h: Harness = await make_listener(tls=False, stall_timeout=0.3)
    reader, writer = await connect(h.port, None)
    writer.write(b"GET /callback HTTP/1.1\r\nHost: 127.0.0.1")
    started = asyncio.get_running_loop().time()
    assert await _ended(reader)
    assert 0.25 < asyncio.get_running_loop().time() - started < 2
    await close(writer)
    silent_reader, silent_writer = await connect(h.port, None)  # sends nothing at all
    assert await _ended(silent_reader)
    await close(silent_writer)
    assert (await get(h.port, "/nothing")).status == 404


async def test_a_silent_connection_has_a_shorter_deadline_than_a_slow_one(
    make_listener: MakeListener, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(listener_module, "_FIRST_BYTE_SECONDS", 0.2)
    h: Harness = await make_listener(tls=False, stall_timeout=30.0)
    slow_reader, slow_writer = await connect(h.port, None)
    slow_writer.write(b"GET /nothing HTTP/1.1\r\n")  # speaking, if slowly
    silent_reader, silent_writer = await connect(h.port, None)
    started = asyncio.get_running_loop().time()
    assert await _ended(silent_reader)
    assert asyncio.get_running_loop().time() - started < 2
    slow_writer.write(f"Host: 127.0.0.1:{h.port}\r\n\r\n".encode())
    assert (await read_reply(slow_reader)).status == 404
    for writer in (silent_writer, slow_writer):
        await close(writer)


async def test_an_oversized_head_is_refused(make_listener: MakeListener) -> None:
    h: Harness = await make_listener(tls=False, max_head_bytes=2048)
    big = b"GET /callback HTTP/1.1\r\nHost: 127.0.0.1:%d\r\nX-Big: %s\r\n\r\n" % (
        h.port,
        b"a" * 20000,
    )
    reply = await send_raw(h.port, big)
    assert reply.status == 431
    assert (await get(h.port, "/nothing")).status == 404


async def test_when_full_a_new_connection_takes_the_place_of_the_quietest(
    make_listener: MakeListener,
) -> None:
    h: Harness = await make_listener(tls=False, stall_timeout=30.0)
    h.listener.max_connections = 2
    silent_reader, silent_writer = await connect(h.port, None)
    talking_reader, talking_writer = await connect(h.port, None)
    talking_writer.write(b"GET /nothing HTTP/1.1\r\n")  # a head begun, not finished
    await wait_until(lambda: len(h.listener._room.open) == 2)
    assert (await get(h.port, "/nothing")).status == 404  # full, and still answered
    assert await _ended(silent_reader)  # the one that never spoke made room
    talking_writer.write(f"Host: 127.0.0.1:{h.port}\r\n\r\n".encode())
    assert (await read_reply(talking_reader)).status == 404  # the one that spoke kept its place
    for writer in (silent_writer, talking_writer):
        await close(writer)


async def test_a_failing_event_handler_does_not_stop_the_listener(
    certificate: CertificateInfo,
) -> None:
    def explode(event: ListenerEvent) -> None:
        raise RuntimeError("the UI is gone")

    async with CallbackListener(port=0, expected_state="s", tls=None, on_event=explode) as listener:
        assert (await get(listener.port, "/nothing")).status == 404


# --- TLS specifics -------------------------------------------------------------------------


async def test_plain_http_on_the_tls_port_is_told_to_use_https(
    make_listener: MakeListener,
) -> None:
    h: Harness = await make_listener()
    reply = await get(h.port, h.callback_target())
    assert reply.status == 400
    assert f"https://127.0.0.1:{h.port}/" in reply.text
    assert Kind.STRAY_REQUEST in h.kinds() and Kind.CALLBACK not in h.kinds()


async def test_a_handshake_refused_with_an_alert_is_reported_once_per_burst(
    make_listener: MakeListener, tmp_path: Path
) -> None:
    h: Harness = await make_listener()
    untrusting = ssl.create_default_context()  # does not know the self-signed certificate

    def refuse() -> None:
        with (
            socket.create_connection(("127.0.0.1", h.port)) as raw,
            pytest.raises(ssl.SSLCertVerificationError),
        ):
            untrusting.wrap_socket(raw, server_hostname="127.0.0.1")

    for _ in range(3):  # browsers retry a few times
        await asyncio.to_thread(refuse)
    await wait_until(lambda: Kind.CERTIFICATE_REJECTED in h.kinds())
    await asyncio.sleep(0.1)
    rejected = [e for e in h.events if e.kind is Kind.CERTIFICATE_REJECTED]
    assert len(rejected) == 1
    assert "unknown ca" in rejected[0].detail or "certificate" in rejected[0].detail


async def test_a_handshake_abandoned_midway_is_reported(
    make_listener: MakeListener,
) -> None:
    h: Harness = await make_listener()
    incoming, outgoing = ssl.MemoryBIO(), ssl.MemoryBIO()
    client = ssl.create_default_context().wrap_bio(incoming, outgoing, server_hostname="127.0.0.1")
    with pytest.raises(ssl.SSLWantReadError):
        client.do_handshake()
    reader, writer = await connect(h.port, None)
    writer.write(outgoing.read())  # the ClientHello
    assert await asyncio.wait_for(reader.read(100), 3)  # the server's answer arrives ...
    writer.transport.abort()  # ... and the "browser" hangs up
    await wait_until(lambda: Kind.CERTIFICATE_REJECTED in h.kinds())


async def test_garbage_that_looks_like_tls_is_not_a_certificate_rejection(
    make_listener: MakeListener, client_tls: ssl.SSLContext
) -> None:
    h: Harness = await make_listener()
    for garbage in (b"\x16", b"\x16\x03\x01\x00\x05hello", b"\x16" + b"\xff" * 300):
        reader, writer = await connect(h.port, None)
        writer.write(garbage)
        writer.write_eof()
        with contextlib.suppress(ConnectionResetError):
            answer = await asyncio.wait_for(reader.read(), 3)
            assert answer == b"" or answer[:1] == b"\x15"  # nothing, or a TLS alert
        await close(writer)
    await asyncio.sleep(0.05)
    assert Kind.CERTIFICATE_REJECTED not in h.kinds()
    assert (await get(h.port, "/nothing", tls=client_tls)).status == 404


async def test_tls_arriving_at_the_plain_port_is_reported(
    make_listener: MakeListener, client_tls: ssl.SSLContext
) -> None:
    h: Harness = await make_listener(tls=False)
    with pytest.raises((ssl.SSLError, ConnectionError)):
        await get(h.port, "/callback", tls=client_tls)
    await wait_until(
        lambda: any("tried HTTPS" in e.detail for e in h.events if e.kind is Kind.STRAY_REQUEST)
    )


# --- opening and closing the port ----------------------------------------------------------


def _rebind(port: int) -> None:
    """Bind the port the way the listener does (no SO_REUSEADDR): fails while anything holds it."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", port))
        probe.listen()


async def test_close_releases_the_port_and_answers_the_held_browser(
    make_listener: MakeListener, client_tls: ssl.SSLContext
) -> None:
    h: Harness = await make_listener()
    for _ in range(3):  # served and answered connections must not linger in TIME_WAIT
        assert (await get(h.port, "/favicon.ico", tls=client_tls)).status == 404
    _idle_reader, idle_writer = await connect(h.port, None)  # a connection that never speaks
    _stalled_reader, stalled_writer = await connect(h.port, client_tls)  # TLS, half a request
    stalled_writer.write(b"GET /callback HTTP/1.1\r\n")
    browser = asyncio.create_task(get(h.port, h.callback_target(), tls=client_tls))
    await asyncio.wait_for(h.listener.next_callback(), 5)
    started = asyncio.get_running_loop().time()
    await h.listener.close()
    assert asyncio.get_running_loop().time() - started < 1.5
    reply = await asyncio.wait_for(browser, 5)
    assert reply.status == 503
    assert "This check has ended" in reply.text
    _rebind(h.port)
    for writer in (idle_writer, stalled_writer):
        await close(writer)


async def test_close_releases_the_port_after_a_full_round_trip(
    make_listener: MakeListener, client_tls: ssl.SSLContext
) -> None:
    h: Harness = await make_listener()
    browser = asyncio.create_task(get(h.port, h.callback_target(), tls=client_tls))
    callback = await asyncio.wait_for(h.listener.next_callback(), 5)
    await callback.respond(200, success_page("Acme"))
    assert (await browser).status == 200
    await h.listener.close()
    await h.listener.close()  # twice is fine
    _rebind(h.port)


async def test_next_callback_is_cancelled_when_the_listener_closes(
    make_listener: MakeListener,
) -> None:
    h: Harness = await make_listener(tls=False)
    waiting = asyncio.create_task(h.listener.next_callback())
    await asyncio.sleep(0.01)
    await h.listener.close()
    with pytest.raises(ConsentCancelled):
        await waiting
    with pytest.raises(ConsentCancelled):
        await h.listener.next_callback()


async def test_a_port_in_use_is_named_in_the_error() -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        listener = CallbackListener(port=port, expected_state="s", tls=None)
        with pytest.raises(ListenerError) as caught:
            await listener.start()
    assert caught.value.port == port
    assert str(port) in str(caught.value)
    assert "in use" in str(caught.value)
    assert caught.value.hint


async def test_a_port_held_on_all_interfaces_is_not_shared() -> None:
    with socket.socket() as taken:
        taken.bind(("0.0.0.0", 0))
        taken.listen()
        port = taken.getsockname()[1]
        with pytest.raises(ListenerError):
            await CallbackListener(port=port, expected_state="s", tls=None).start()


@pytest.mark.parametrize("port", [-1, 65536, 100000])
async def test_an_impossible_port_is_refused(port: int) -> None:
    with pytest.raises(ListenerError) as caught:
        await CallbackListener(port=port, expected_state="s", tls=None).start()
    assert str(port) in str(caught.value)
    assert caught.value.port == port


async def test_the_listener_binds_the_loopback_only(make_listener: MakeListener) -> None:
    h: Harness = await make_listener(tls=False)
    assert h.listener._server is not None
    addresses = {s.getsockname()[0] for s in h.listener._server.sockets}
    assert addresses == {"127.0.0.1"}
    # asyncio sets TCP_NODELAY on accepted sockets only when the protocol is spelled out.
    assert all(s.proto == socket.IPPROTO_TCP for s in h.listener._server.sockets)
    assert all(
        s.getsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR) == 0
        for s in h.listener._server.sockets
    )


async def test_nothing_secret_reaches_the_log(
    make_listener: MakeListener,
    client_tls: ssl.SSLContext,
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG)
    h: Harness = await make_listener()
    await get(h.port, f"/callback?code={CODE}&state=wrong", tls=client_tls)
    await get(h.port, f"/favicon.ico?code={CODE}&state={h.state}", tls=client_tls)
    browser = asyncio.create_task(get(h.port, h.callback_target(), tls=client_tls))
    callback = await h.listener.next_callback()
    await callback.respond(200, success_page(None))
    await browser
    await h.listener.close()
    logged = "\n".join(record.getMessage() for record in caplog.records)
    assert "connection" in logged
    for secret in (CODE, h.state, "Sx+9"):
        assert secret not in logged
        assert all(secret not in event.detail for event in h.events)


# --- refusals the peer must hear about -------------------------------------------------------


def _tls1_client() -> tuple[ssl.SSLObject, ssl.MemoryBIO, bytes]:
    """A real OpenSSL client that speaks TLS 1.0 and nothing newer, and its ClientHello."""
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    context.check_hostname = False
    context.verify_mode = ssl.CERT_NONE
    context.set_ciphers("DEFAULT:@SECLEVEL=0")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        context.minimum_version = context.maximum_version = ssl.TLSVersion.TLSv1
    incoming, outgoing = ssl.MemoryBIO(), ssl.MemoryBIO()
    client = context.wrap_bio(incoming, outgoing)
    with pytest.raises(ssl.SSLWantReadError):
        client.do_handshake()
    hello = outgoing.read()
    assert hello[:1] == b"\x16" and hello[9:11] == b"\x03\x01"  # TLS 1.0 offered, no more
    return client, incoming, hello


async def test_a_refused_handshake_gets_the_tls_alert_not_a_reset(
    make_listener: MakeListener, client_tls: ssl.SSLContext
) -> None:
    h: Harness = await make_listener()
    client, incoming, hello = _tls1_client()
    reader, writer = await connect(h.port, None)
    writer.write(hello)
    # A reset before the alert raises ConnectionResetError or IncompleteReadError here.
    alert = await asyncio.wait_for(reader.readexactly(7), 3)
    await close(writer)  # as a client does on a fatal alert
    assert alert[:1] == b"\x15", "a TLS alert record"
    assert alert[5:7] == b"\x02\x46", "fatal, protocol_version"
    incoming.write(alert)
    with pytest.raises(ssl.SSLError, match="PROTOCOL_VERSION"):
        client.do_handshake()
    assert Kind.CERTIFICATE_REJECTED not in h.kinds()
    assert (await get(h.port, "/nothing", tls=client_tls)).status == 404


async def test_an_unexpected_failure_is_logged_as_an_error_with_its_traceback(
    make_listener: MakeListener,
    caplog: pytest.LogCaptureFixture,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    h: Harness = await make_listener(tls=False)

    def broken(*_args: object) -> None:
        raise RuntimeError("a bug in the listener")

    monkeypatch.setattr(h.listener, "_allowed_hosts", broken)
    with caplog.at_level(logging.DEBUG, logger="intercom_wizard.consent"):
        reader, writer = await connect(h.port, None)
        writer.write(f"GET /callback HTTP/1.1\r\nHost: 127.0.0.1:{h.port}\r\n\r\n".encode())
        assert await _ended(reader)
        await close(writer)
        await wait_until(lambda: any(r.levelno >= logging.ERROR for r in caplog.records))
    errors = [record for record in caplog.records if record.levelno >= logging.ERROR]
    assert len(errors) == 1
    assert errors[0].exc_info is not None
    assert "a bug in the listener" in str(errors[0].exc_info[1])
    monkeypatch.undo()
    assert (await get(h.port, "/nothing")).status == 404


@pytest.mark.parametrize(
    "query",
    [
        "code={code}&state={state}&state=another",
        "state={state}&code={code}&state={state}",
        "code={code}&code=second&state={state}",
        "code=one%0d%0atwo&state={state}",
        "code=%00{code}&state={state}",
        "code=caf%C3%A9&state={state}",
        "code={code}&state={state}&error=access_denied&error=again",
    ],
)
async def test_a_malformed_redirect_gets_400_and_the_listener_keeps_waiting(
    make_listener: MakeListener, client_tls: ssl.SSLContext, query: str
) -> None:
    h: Harness = await make_listener()
    waiting = asyncio.create_task(h.listener.next_callback())
    target = "/callback?" + query.format(code=CODE, state=h.state)
    reply = await get(h.port, target, tls=client_tls)
    assert reply.status == 400
    assert not waiting.done()
    assert Kind.CALLBACK not in h.kinds() and Kind.DECLINED not in h.kinds()
    browser = asyncio.create_task(get(h.port, h.callback_target(), tls=client_tls))
    callback = await asyncio.wait_for(waiting, 5)
    assert callback.code == CODE
    await callback.respond(200, success_page(None))
    assert (await browser).status == 200
