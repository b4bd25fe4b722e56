"""The loopback address Cyclr sends the browser back to (its ``targetOrigin``).

It learns one thing only: that a browser came back. Nothing in that request is trusted or even
read beyond its request line and Host header, because what Cyclr appends to ``targetOrigin``
(and whether it comes back on failure too) is undocumented [?]; the verdict comes from Cyclr's
API. Plain HTTP on 127.0.0.1: no certificate warning to click through, and nothing secret
arrives here. [?] Whether Cyclr accepts an ``http://127.0.0.1`` target is unconfirmed; if it
does not, the browser never comes back and the check still ends on Cyclr's answer.

It is built from the consent listener's parts (the port, the channel, the HTTP plumbing and
admission), so a neighbour holding the port's connections open cannot lock the browser out here
either: each stage has its deadline, and a full port drops its quietest connection.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Callable
from http import HTTPStatus
from typing import Any

import h11

from intercom_wizard.consent.admission import Room
from intercom_wizard.consent.channel import Channel, serve_loopback
from intercom_wizard.consent.http11 import new_connection, read_head, send
from intercom_wizard.consent.pages import problem_page
from intercom_wizard.consent.ports import LOOPBACK
from intercom_wizard.errors import ListenerError
from intercom_wizard.i18n import _

_log = logging.getLogger(__name__)

RETURN_PATH = "/cyclr-return"
MAX_HEAD_BYTES = 16384
STALL_SECONDS = 5.0
FIRST_BYTE_SECONDS = 2.0  # a browser sends at once; a silent connection only takes a place
MAX_CONNECTIONS = 64


class ReturnListener:
    """Serves 127.0.0.1:PORT until closed; ``returned`` is set when a browser came back."""

    def __init__(
        self,
        *,
        port: int = 0,
        on_return: Callable[[], None] | None = None,
        stall_timeout: float = STALL_SECONDS,
    ) -> None:
        self.port = port
        self.returned = asyncio.Event()
        self._on_return = on_return
        self._stall_timeout = stall_timeout
        self._server: asyncio.Server | None = None
        self._room: Room[Channel] = Room(MAX_CONNECTIONS)
        self._tasks: set[asyncio.Task[Any]] = set()

    @property
    def url(self) -> str:
        return f"http://{LOOPBACK}:{self.port}{RETURN_PATH}"

    async def start(self) -> None:
        if self._server is not None:
            return
        try:
            self._server, self.port = await serve_loopback(self.port, self._on_connection)
        except ListenerError as error:  # the consent test's hint is about Intercom's URL
            raise ListenerError(
                error.message,
                port=self.port,
                hint=_("Choose another port with --port, or leave it out to use any free one."),
            ) from None

    async def close(self) -> None:
        if self._server is None:
            return
        server, self._server = self._server, None
        server.close()
        for task in list(self._tasks):
            task.cancel()
        if self._tasks:
            await asyncio.wait(set(self._tasks), timeout=2.0)
        await server.wait_closed()

    async def _on_connection(
        self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter
    ) -> None:
        task = asyncio.current_task()
        channel = Channel(reader, writer)
        try:
            if self._server is None or not self._room.admit(channel, task):
                return
            if task is not None:
                self._tasks.add(task)
            await self._serve(channel)
        except (TimeoutError, OSError, h11.ProtocolError, asyncio.CancelledError):
            pass  # a stalled, broken, dropped or closing connection: nothing to tell anyone
        except Exception:  # one broken connection must never take the listener down
            _log.exception("unexpected failure on a connection to the return address")
        finally:
            channel.reset()
            self._room.leave(channel)
            with contextlib.suppress(asyncio.CancelledError):
                await channel.wait_closed()
            if task is not None:
                self._tasks.discard(task)

    async def _serve(self, channel: Channel) -> None:
        async with asyncio.timeout(min(FIRST_BYTE_SECONDS, self._stall_timeout)):
            first = await channel.read_raw()
        if not first:
            return
        channel.unread(first)
        conn = new_connection(MAX_HEAD_BYTES)
        try:
            async with asyncio.timeout(self._stall_timeout):
                event = await read_head(channel, conn)
        except h11.RemoteProtocolError as error:
            status, page = (
                error.error_status_hint,
                problem_page(_("Bad request"), _("The request could not be read.")),
            )
            head_only = False
        else:
            if not isinstance(event, h11.Request):
                return
            status, page = self._answer(event)
            head_only = event.method == b"HEAD"
        channel.settled = True
        async with asyncio.timeout(self._stall_timeout):
            await send(channel, conn, status, page, head_only=head_only)
        await channel.finish()

    def _answer(self, request: h11.Request) -> tuple[int, bytes]:
        hosts = [value.lower() for name, value in request.headers if name == b"host"]
        allowed = {f"{LOOPBACK}:{self.port}".encode(), f"localhost:{self.port}".encode()}
        path = bytes(request.target).split(b"?", 1)[0]
        if len(hosts) != 1 or hosts[0] not in allowed:
            return HTTPStatus.BAD_REQUEST, problem_page(
                _("Wrong address"),
                _("This local address answers only for {address} and localhost:{port}.").format(
                    address=f"{LOOPBACK}:{self.port}", port=self.port
                ),
            )
        if request.method not in (b"GET", b"HEAD") or path == b"/favicon.ico":
            return HTTPStatus.NOT_FOUND, problem_page(_("Not here"), _("Nothing to see."))
        self._came_back()
        return HTTPStatus.OK, problem_page(
            _("Back from Cyclr"),
            _(
                "intercom-wizard is asking Cyclr whether the sign-in to Intercom worked. "
                "The answer appears in intercom-wizard, not here; you can close this tab."
            ),
        )

    def _came_back(self) -> None:
        if self.returned.is_set():
            return
        self.returned.set()
        _log.info("the browser came back from Cyclr")
        if self._on_return is not None:
            try:
                self._on_return()
            except Exception:  # a broken observer must not break the listener
                _log.exception("return observer failed")
