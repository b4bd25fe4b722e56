"""The loopback address Cyclr sends the browser back to (its ``targetOrigin``).

It learns one thing only: that a browser came back. Nothing in that request is trusted or even
read beyond its request line and Host header, because what Cyclr appends to ``targetOrigin``
(and whether it comes back on failure too) is undocumented [?]; the verdict comes from Cyclr's
API. Plain HTTP on 127.0.0.1: no certificate warning to click through, and nothing secret
arrives here. [?] Whether Cyclr accepts an ``http://127.0.0.1`` target is unconfirmed; if it
does not, the browser never comes back and the check still ends on Cyclr's answer.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Callable
from http import HTTPStatus
from typing import Any

import h11

from intercom_wizard.consent.pages import problem_page
from intercom_wizard.consent.ports import LOOPBACK
from intercom_wizard.errors import ListenerError

_log = logging.getLogger(__name__)

RETURN_PATH = "/cyclr-return"
MAX_HEAD_BYTES = 16384
STALL_SECONDS = 5.0
MAX_CONNECTIONS = 32


class ReturnListener:
    """Serves 127.0.0.1:PORT until closed; ``returned`` is set when a browser came back."""

    def __init__(self, *, port: int = 0, on_return: Callable[[], None] | None = None) -> None:
        self.port = port
        self.returned = asyncio.Event()
        self._on_return = on_return
        self._server: asyncio.Server | None = None
        self._tasks: set[asyncio.Task[Any]] = set()

    @property
    def url(self) -> str:
        return f"http://{LOOPBACK}:{self.port}{RETURN_PATH}"

    async def start(self) -> None:
        if self._server is not None:
            return
        try:
            self._server = await asyncio.start_server(self._serve, LOOPBACK, self.port)
        except OSError as error:
            raise ListenerError(
                f"Port {self.port} on {LOOPBACK} could not be opened ({error.strerror or error}).",
                port=self.port,
                hint="Choose another port with --port, or leave it out to use any free one.",
            ) from None
        self.port = int(self._server.sockets[0].getsockname()[1])

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

    async def _serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        task = asyncio.current_task()
        if task is not None:
            self._tasks.add(task)
        try:
            if len(self._tasks) <= MAX_CONNECTIONS:
                async with asyncio.timeout(STALL_SECONDS):
                    await self._answer(reader, writer)
        except (TimeoutError, OSError, h11.ProtocolError, asyncio.CancelledError):
            pass  # a stalled, broken or closing connection: nothing to tell anyone
        finally:
            writer.close()
            with contextlib.suppress(Exception, asyncio.CancelledError):
                await writer.wait_closed()
            if task is not None:
                self._tasks.discard(task)

    async def _answer(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        conn = h11.Connection(h11.SERVER, max_incomplete_event_size=MAX_HEAD_BYTES)
        event: object = h11.NEED_DATA
        while event is h11.NEED_DATA:
            data = await reader.read(8192)
            conn.receive_data(data)
            event = conn.next_event()
        if not isinstance(event, h11.Request):
            return
        hosts = [value.lower() for name, value in event.headers if name == b"host"]
        allowed = {f"{LOOPBACK}:{self.port}".encode(), f"localhost:{self.port}".encode()}
        path = bytes(event.target).split(b"?", 1)[0]
        if len(hosts) != 1 or hosts[0] not in allowed:
            status, page = (
                HTTPStatus.BAD_REQUEST,
                problem_page(
                    "Wrong address", f"This address answers only for {LOOPBACK}:{self.port}."
                ),
            )
        elif event.method not in (b"GET", b"HEAD") or path == b"/favicon.ico":
            status, page = HTTPStatus.NOT_FOUND, problem_page("Not here", "Nothing to see.")
        else:
            status, page = (
                HTTPStatus.OK,
                problem_page(
                    "Back from Cyclr",
                    "intercom-wizard is asking Cyclr whether the sign-in to Intercom worked. "
                    "The answer appears in intercom-wizard, not here; you can close this tab.",
                ),
            )
            self._came_back()
        headers = [
            (b"Content-Type", b"text/html; charset=utf-8"),
            (b"Content-Length", str(len(page)).encode()),
            (b"Connection", b"close"),
            (b"Cache-Control", b"no-store"),
            (b"Referrer-Policy", b"no-referrer"),
        ]
        out = conn.send(h11.Response(status_code=status, headers=headers)) or b""
        if event.method != b"HEAD":
            out += conn.send(h11.Data(data=page)) or b""
        out += conn.send(h11.EndOfMessage()) or b""
        writer.write(out)
        await writer.drain()

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
