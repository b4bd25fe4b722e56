"""The loopback listener that catches Intercom's redirect: HTTPS (or plain HTTP) on 127.0.0.1.

Runs on whatever asyncio loop is running (a plain one in the command line, qasync in the
wizard). This module routes requests and holds the browser's; the TLS channel, the HTTP
plumbing, binding the port and choosing which connection to drop live in their own modules.

Rules: only ``GET /callback`` with ``Host: 127.0.0.1:PORT`` or ``localhost:PORT`` is served; each
answer closes its connection. The first callback with the right state is held open until the
wizard has exchanged the code and can tell the truth in the browser (``Callback.respond``).
Nothing that arrives on the port can stop the listener, and the query string (code and state)
is never logged.

Every stage of a connection has its own deadline: the first byte (short, since a browser sends
at once), the TLS handshake, the request head and the answer. Together with ``admission``, which
makes room for a new connection when the port is crowded, no local program can hold the browser
out by keeping connections open.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import ssl
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from enum import StrEnum
from http import HTTPStatus
from typing import Any

import h11

from intercom_wizard.consent.admission import to_drop
from intercom_wizard.consent.channel import LINGER_SECONDS, Channel
from intercom_wizard.consent.http11 import new_connection, read_head, send
from intercom_wizard.consent.pages import (
    closed_page,
    duplicate_page,
    failure_page,
    not_found_page,
    plain_http_page,
    problem_page,
    state_mismatch_page,
)
from intercom_wizard.consent.ports import LOOPBACK, bind_error, bind_loopback
from intercom_wizard.consent.redirect import (
    MalformedRedirect,
    RedirectAnswer,
    declined_error,
    describe_error,
    parse_query,
)
from intercom_wizard.consent.state import state_matches
from intercom_wizard.errors import ConsentCancelled, ConsentDeclined
from intercom_wizard.i18n import _

_log = logging.getLogger(__name__)

CALLBACK_PATH = "/callback"
# A browser opens a handful of connections at most. Beyond this many, the quietest one is dropped
# to make room (see ``admission``); kept well under macOS's default of 256 open files.
MAX_CONNECTIONS = 64
STALL_SECONDS = 5.0
# A browser sends its first bytes the moment it connects; a silent connection only takes a place.
_FIRST_BYTE_SECONDS = 2.0
_TLS_HANDSHAKE_RECORD = 0x16
# Browsers retry a refused handshake a few times in a row: one event per burst is enough.
_REJECTION_DEBOUNCE_SECONDS = 3.0
_SELF_CHECK_SECONDS = 2.0
# TLS alerts a browser sends when it does not trust the certificate.
_CERTIFICATE_ALERTS = (
    "CERTIFICATE_UNKNOWN",
    "BAD_CERTIFICATE",
    "UNKNOWN_CA",
    "CERTIFICATE_EXPIRED",
    "CERTIFICATE_REVOKED",
    "UNSUPPORTED_CERTIFICATE",
    "USER_CANCELLED",
)


class ListenerEventKind(StrEnum):
    LISTENING = "listening"
    CONNECTION = "connection"
    CERTIFICATE_REJECTED = "certificate-rejected"
    STRAY_REQUEST = "stray-request"
    WRONG_STATE = "wrong-state"
    CALLBACK = "callback"
    DECLINED = "declined"
    DUPLICATE = "duplicate"


@dataclass(frozen=True)
class ListenerEvent:
    kind: ListenerEventKind
    detail: str  # for people; never holds the code or the state


_Deliver = Callable[[int, bytes], Awaitable[None]]


@dataclass(eq=False)
class Callback:
    """One accepted browser callback, with the browser's connection held open.

    ``respond`` sends the page the browser shows and closes the connection. A callback made by
    hand (for a pasted address) has no browser behind it, and ``respond`` does nothing.
    """

    code: str | None = field(repr=False)
    error: str | None = None
    error_description: str | None = None
    _deliver: _Deliver | None = field(default=None, init=False, repr=False)
    _responded: bool = field(default=False, init=False, repr=False)

    @property
    def declined(self) -> bool:
        return self.error is not None

    @property
    def responded(self) -> bool:
        return self._responded

    def declined_error(self) -> ConsentDeclined:
        """The exception that describes this callback's ``error`` (for a declined consent)."""
        return declined_error(
            RedirectAnswer(
                code=None,
                state=None,
                error=self.error,
                error_description=self.error_description,
            )
        )

    async def respond(self, status: int, html: bytes) -> None:
        """Send ``html`` with ``status`` and close; no-op when answered already or nobody waits."""
        if self._responded:
            return
        self._responded = True
        if self._deliver is not None:
            await self._deliver(status, html)


class CallbackListener:
    """Listens on 127.0.0.1:PORT for Intercom's redirect to ``/callback``.

    ``port=0`` picks a free port (tests); ``port`` and ``redirect_uri`` then reflect it after
    ``start()``. ``tls=None`` serves plain HTTP.
    """

    def __init__(
        self,
        *,
        port: int,
        expected_state: str,
        tls: ssl.SSLContext | None,
        on_event: Callable[[ListenerEvent], None] | None = None,
        stall_timeout: float = STALL_SECONDS,
        hold_timeout: float = 120.0,
        max_head_bytes: int = 16384,
    ) -> None:
        self.port = port
        self._expected_state = expected_state
        self._tls = tls
        self._on_event = on_event
        self._stall_timeout = stall_timeout
        self._hold_timeout = hold_timeout
        self._max_head_bytes = max_head_bytes
        self.max_connections = MAX_CONNECTIONS
        # The connections being served, each with its task, in the order they arrived.
        self._open: dict[Channel, asyncio.Task[Any] | None] = {}
        self._server: asyncio.Server | None = None
        self._closing = False
        self._tasks: set[asyncio.Task[Any]] = set()
        self._accepted: Callback | None = None
        self._held_task: asyncio.Task[Any] | None = None
        self._waiters: set[asyncio.Future[Callback]] = set()
        self._last_rejection: float | None = None

    # --- public surface ------------------------------------------------------------------

    @property
    def redirect_uri(self) -> str:
        scheme = "https" if self._tls is not None else "http"
        return f"{scheme}://{LOOPBACK}:{self.port}{CALLBACK_PATH}"

    async def start(self) -> None:
        """Bind 127.0.0.1:PORT and start serving; ListenerError says which port and why."""
        if self._server is not None:
            return
        sock = bind_loopback(self.port)
        try:
            self._server = await asyncio.start_server(self._on_connection, sock=sock)
        except OSError as exc:
            sock.close()
            raise bind_error(self.port, exc) from exc
        self.port = sock.getsockname()[1]
        await self._self_check()
        self._emit(ListenerEventKind.LISTENING, f"Waiting for the browser at {self.redirect_uri}.")

    async def next_callback(self) -> Callback:
        """The first callback with the right state; ConsentCancelled if the listener closes."""
        if self._accepted is not None:
            return self._accepted
        if self._closing:
            raise _closed_error()
        waiter: asyncio.Future[Callback] = asyncio.get_running_loop().create_future()
        self._waiters.add(waiter)
        try:
            return await waiter
        finally:
            self._waiters.discard(waiter)

    async def close(self) -> None:
        """Release the port now: answer a held browser with the "closed" page, reset the rest."""
        if self._closing:
            return
        self._closing = True
        if self._server is not None:
            self._server.close()
        held = self._accepted
        if held is not None and not held.responded:
            await held.respond(HTTPStatus.SERVICE_UNAVAILABLE, closed_page())
        # Connections accepted just before the socket closed get their task a moment later.
        cancelled: set[asyncio.Task[Any]] = set()
        for _round in range(5):
            await asyncio.sleep(0)
            if not self._tasks:
                break
            for task in self._tasks - cancelled:
                if task is not self._held_task:  # it is finishing its "closed" page
                    task.cancel()
                    cancelled.add(task)
            _, pending = await asyncio.wait(set(self._tasks), timeout=LINGER_SECONDS + 0.5)
            for task in pending - cancelled:
                task.cancel()
                cancelled.add(task)
        for waiter in self._waiters:
            if not waiter.done():
                waiter.set_exception(_closed_error())
        if self._server is not None:
            await self._server.wait_closed()

    async def __aenter__(self) -> CallbackListener:
        await self.start()
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.close()

    # --- connections ---------------------------------------------------------------------

    async def _on_connection(
        self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter
    ) -> None:
        task = asyncio.current_task()
        channel = Channel(reader, writer)
        try:
            if self._closing or not self._admit(channel, task):
                _log.debug("refused a connection from %s (closing or full)", channel.peer)
                return
            await self._serve(channel)
        except asyncio.CancelledError:
            _log.debug("ended the connection from %s (dropped or closing)", channel.peer)
        except TimeoutError:
            _log.debug("dropped the connection from %s: it stalled", channel.peer)
        except (OSError, h11.ProtocolError) as exc:
            _log.debug("connection from %s failed: %s", channel.peer, type(exc).__name__)
        except Exception:  # one broken connection must never take the listener down
            _log.exception("unexpected failure on the connection from %s", channel.peer)
        finally:
            channel.reset()
            self._open.pop(channel, None)
            # A second cancel from close() lands here. The task must not end "cancelled":
            # asyncio's stream server reports that as an error from its done-callback.
            with contextlib.suppress(asyncio.CancelledError):
                await channel.wait_closed()
            if task is not None:
                self._tasks.discard(task)

    def _admit(self, channel: Channel, task: asyncio.Task[Any] | None) -> bool:
        """Take ``channel``, dropping the quietest open connection when full (see admission)."""
        if len(self._open) >= self.max_connections:
            quietest = to_drop(self._open)
            if quietest is None:
                return False
            _log.debug("dropped the quiet connection from %s to make room", quietest.peer)
            dropped = self._open.pop(quietest)
            quietest.reset()
            if dropped is not None:
                dropped.cancel()
        self._open[channel] = task
        if task is not None:
            self._tasks.add(task)
        return True

    def _stage(self) -> asyncio.Timeout:
        """The deadline of one stage of a connection (handshake, request head, answer)."""
        return asyncio.timeout(self._stall_timeout)

    async def _serve(self, channel: Channel) -> None:
        async with asyncio.timeout(min(_FIRST_BYTE_SECONDS, self._stall_timeout)):
            first = await channel.read_raw()
        if not first:
            await channel.finish()  # a pre-connect or the start-up self-check
            return
        channel.unread(first)
        is_handshake = first[0] == _TLS_HANDSHAKE_RECORD
        self._emit(
            ListenerEventKind.CONNECTION,
            f"The browser connected from {channel.peer}" + (" (TLS)." if is_handshake else "."),
        )
        if self._tls is None:
            if is_handshake:
                self._emit(
                    ListenerEventKind.STRAY_REQUEST,
                    "The browser tried HTTPS on this plain-HTTP port (it may be forcing HTTPS "
                    "for this address); the redirect URL must then use https://.",
                )
                return
        elif not is_handshake:
            await self._answer_plain_on_tls_port(channel)
            return
        elif not await self._handshake(channel, self._tls):
            await channel.finish()  # the peer has the alert that says why, or has gone
            return
        await self._serve_request(channel)

    async def _handshake(self, channel: Channel, context: ssl.SSLContext) -> bool:
        try:
            async with self._stage():
                await channel.handshake(context)
        except ssl.SSLEOFError:
            if channel.sent_handshake:
                self._certificate_rejected("it closed the connection during the TLS handshake")
            return False
        except ssl.SSLError as exc:
            reason = exc.reason or ""
            alert = reason.split("ALERT_", 1)[1] if "ALERT_" in reason else ""
            if alert and any(name in alert for name in _CERTIFICATE_ALERTS):
                self._certificate_rejected(f"TLS alert: {alert.replace('_', ' ').lower()}")
            else:
                _log.debug("TLS handshake from %s failed: %s", channel.peer, reason or exc)
            return False
        except ConnectionError:
            if channel.sent_handshake:
                self._certificate_rejected("it reset the connection during the TLS handshake")
            return False
        return True

    async def _answer_plain_on_tls_port(self, channel: Channel) -> None:
        self._emit(
            ListenerEventKind.STRAY_REQUEST,
            "A request arrived over plain HTTP on the HTTPS port; the browser was told to use "
            "https://.",
        )
        conn = new_connection(self._max_head_bytes)
        event: object = None
        with contextlib.suppress(h11.RemoteProtocolError):
            async with self._stage():
                event = await read_head(channel, conn)
        if isinstance(event, h11.ConnectionClosed):
            return
        channel.settled = True
        head_only = isinstance(event, h11.Request) and event.method == b"HEAD"
        page = plain_http_page(f"https://{LOOPBACK}:{self.port}/")
        async with self._stage():
            await send(channel, conn, HTTPStatus.BAD_REQUEST, page, head_only=head_only)
        await channel.finish()

    async def _serve_request(self, channel: Channel) -> None:
        conn = new_connection(self._max_head_bytes)
        try:
            async with self._stage():
                event = await read_head(channel, conn)
        except h11.RemoteProtocolError as exc:
            status = exc.error_status_hint
            self._emit(
                ListenerEventKind.STRAY_REQUEST,
                _("An unreadable request was refused ({status}).").format(status=int(status)),
            )
            message = (
                _("The request was too large.")
                if status == HTTPStatus.REQUEST_HEADER_FIELDS_TOO_LARGE
                else _("The request could not be read.")
            )
            async with self._stage():
                await send(channel, conn, status, problem_page(_("Bad request"), message))
            await channel.finish()
            return
        if not isinstance(event, h11.Request):
            return  # the peer closed before sending a whole request
        channel.settled = True
        async with self._stage():
            held = await self._route(channel, conn, event)
        if held is not None:
            await self._hold(channel, conn, held)
        else:
            await channel.finish()

    async def _route(
        self, channel: Channel, conn: h11.Connection, request: h11.Request
    ) -> RedirectAnswer | None:
        """Answer one request; the callback's answer instead when it is the one to hold."""
        head_only = request.method == b"HEAD"
        hosts = [value.lower() for name, value in request.headers if name == b"host"]
        path, _sep, query = bytes(request.target).partition(b"?")
        shown_path = path[:80].decode("ascii", "replace")
        if len(hosts) != 1 or hosts[0] not in self._allowed_hosts():
            self._emit(
                ListenerEventKind.STRAY_REQUEST,
                _("A request for another host name was refused (400)."),
            )
            page = problem_page(
                _("Wrong address"),
                _("This local address answers only for {address} and localhost:{port}.").format(
                    address=f"{LOOPBACK}:{self.port}", port=self.port
                ),
            )
            await send(channel, conn, HTTPStatus.BAD_REQUEST, page, head_only=head_only)
            return None
        if path != CALLBACK_PATH.encode():
            self._emit(
                ListenerEventKind.STRAY_REQUEST,
                _("{path} was answered 404.").format(path=shown_path),
            )
            await send(channel, conn, HTTPStatus.NOT_FOUND, not_found_page(), head_only=head_only)
            return None
        if request.method != b"GET":
            method = request.method[:16].decode("ascii", "replace")
            self._emit(
                ListenerEventKind.STRAY_REQUEST,
                _("{method} {path} was answered 405.").format(method=method, path=shown_path),
            )
            page = problem_page(
                _("Method not allowed"), _("This address answers only GET requests.")
            )
            await send(
                channel,
                conn,
                HTTPStatus.METHOD_NOT_ALLOWED,
                page,
                head_only=head_only,
                extra=[(b"Allow", b"GET")],
            )
            return None
        try:
            answer = parse_query(query.decode("utf-8", "replace"))
        except MalformedRedirect as exc:
            self._emit(
                ListenerEventKind.STRAY_REQUEST,
                _("A malformed callback was refused (400): {reason} Still waiting.").format(
                    reason=exc
                ),
            )
            page = problem_page(
                _("Malformed address"),
                _("{reason} This is not an answer from Intercom.").format(reason=exc),
            )
            await send(channel, conn, HTTPStatus.BAD_REQUEST, page)
            return None
        if not state_matches(self._expected_state, answer.state):
            why = (
                _("A callback with no state was refused; still waiting for this attempt's answer.")
                if answer.state is None
                else _(
                    "A callback with a state from another attempt was refused; still waiting "
                    "for this attempt's answer."
                )
            )
            self._emit(ListenerEventKind.WRONG_STATE, why)
            await send(channel, conn, HTTPStatus.BAD_REQUEST, state_mismatch_page())
            return None
        if self._accepted is not None:
            self._emit(ListenerEventKind.DUPLICATE, _("A repeated callback was ignored."))
            await send(channel, conn, HTTPStatus.OK, duplicate_page())
            return None
        if answer.code is None and answer.error is None:
            self._emit(
                ListenerEventKind.STRAY_REQUEST,
                _("A callback without a code or an error was refused (400); still waiting."),
            )
            page = problem_page(
                _("No authorization code"), _("This address carries no code from Intercom.")
            )
            await send(channel, conn, HTTPStatus.BAD_REQUEST, page)
            return None
        return answer

    async def _hold(self, channel: Channel, conn: h11.Connection, answer: RedirectAnswer) -> None:
        """Accept the callback and keep the browser waiting until ``Callback.respond``."""
        callback = Callback(
            code=answer.code, error=answer.error, error_description=answer.error_description
        )
        answered = asyncio.Event()

        async def deliver(status: int, html: bytes) -> None:
            try:
                async with self._stage():
                    await send(channel, conn, status, html)
            except (OSError, TimeoutError, ssl.SSLError) as exc:  # nothing left to tell it
                _log.debug("the browser left before its page was sent: %s", type(exc).__name__)
            except Exception:
                _log.exception("the browser's page could not be sent")
            finally:
                answered.set()

        callback._deliver = deliver
        self._accepted = callback
        self._held_task = asyncio.current_task()
        for waiter in self._waiters:
            if not waiter.done():
                waiter.set_result(callback)
        if answer.error is not None:
            self._emit(
                ListenerEventKind.DECLINED,
                "Intercom sent the browser back with an error "
                f"({describe_error(answer.error, None)}).",
            )
        else:
            self._emit(
                ListenerEventKind.CALLBACK, "The browser came back with an authorization code."
            )
        try:
            await asyncio.wait_for(answered.wait(), self._hold_timeout)
        except TimeoutError:
            await callback.respond(*_unanswered_page(callback))
            async with asyncio.timeout(LINGER_SECONDS):
                await answered.wait()
        await channel.finish()

    # --- helpers -------------------------------------------------------------------------

    def _allowed_hosts(self) -> set[bytes]:
        hosts = {f"{LOOPBACK}:{self.port}".encode(), f"localhost:{self.port}".encode()}
        if self.port == (443 if self._tls is not None else 80):
            hosts |= {LOOPBACK.encode(), b"localhost"}
        return hosts

    def _certificate_rejected(self, how: str) -> None:
        now = asyncio.get_running_loop().time()
        if (
            self._last_rejection is not None
            and now - self._last_rejection < _REJECTION_DEBOUNCE_SECONDS
        ):
            return
        self._last_rejection = now
        self._emit(
            ListenerEventKind.CERTIFICATE_REJECTED,
            f"The browser did not accept the local certificate ({how}).",
        )

    def _emit(self, kind: ListenerEventKind, detail: str) -> None:
        _log.debug("listener: %s: %s", kind.value, detail)
        if self._on_event is None:
            return
        try:
            self._on_event(ListenerEvent(kind, detail))
        except Exception:
            _log.exception("a listener event handler failed")

    async def _self_check(self) -> None:
        """Connect once to the new port, so a loop that misses its first connection has it here."""
        try:
            async with asyncio.timeout(_SELF_CHECK_SECONDS):
                _, writer = await asyncio.open_connection(LOOPBACK, self.port)
                writer.close()
                await writer.wait_closed()
        except (OSError, TimeoutError) as exc:
            _log.warning("the listener on port %s did not answer its own check: %s", self.port, exc)


def _unanswered_page(callback: Callback) -> tuple[int, bytes]:
    """What a held browser sees when the wizard never answered it within ``hold_timeout``."""
    if callback.error is not None:
        reason = describe_error(callback.error, callback.error_description)
        return HTTPStatus.OK, failure_page(
            _("Intercom did not grant access ({reason}).").format(reason=reason)
        )
    return HTTPStatus.GATEWAY_TIMEOUT, failure_page(
        _(
            "intercom-wizard received the authorization but did not report a result in time. "
            "Return to intercom-wizard to see what happened."
        )
    )


def _closed_error() -> ConsentCancelled:
    return ConsentCancelled(
        _("The local listener was closed before the browser came back."),
        hint=_("Start the check again."),
    )
