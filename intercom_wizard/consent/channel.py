"""One accepted connection of the listener: raw bytes, optionally wrapped in TLS.

TLS runs through ``ssl.MemoryBIO`` on top of the plain connection rather than through
``StreamWriter.start_tls``: the listener reads the first bytes itself, to tell a TLS handshake
from plain HTTP sent to the HTTPS port, and ``start_tls`` would lose bytes already read from the
stream. Driving the handshake by hand also makes a browser's refusal of the self-signed
certificate visible, and lets a refused handshake end with the TLS alert that says why.

Closing: the channel lets the peer close first and resets a connection it has to end itself.
Without ``SO_REUSEADDR`` a connection this side closed first would sit in TIME_WAIT and keep the
fixed port unusable for a minute after the check.
"""

from __future__ import annotations

import asyncio
import contextlib
import socket
import ssl
import struct
import sys
from collections.abc import Awaitable, Callable

from intercom_wizard.consent.ports import bind_error, bind_loopback

_READ_CHUNK = 8192
# How long an answered connection waits for the peer to close first.
LINGER_SECONDS = 1.0


async def serve_loopback(
    port: int,
    on_connection: Callable[[asyncio.StreamReader, asyncio.StreamWriter], Awaitable[None]],
) -> tuple[asyncio.Server, int]:
    """Serve 127.0.0.1:PORT (0: any free port); the server and the port it got.

    ListenerError says which port and why, when it cannot be opened.
    """
    sock = bind_loopback(port)
    try:
        server = await asyncio.start_server(on_connection, sock=sock)
    except OSError as exc:
        sock.close()
        raise bind_error(port, exc) from exc
    return server, int(sock.getsockname()[1])


class Channel:
    """Raw bytes of one connection, and signs of life the listener weighs when it is crowded."""

    def __init__(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self._reader = reader
        self._writer = writer
        self._loop = asyncio.get_running_loop()
        self._pending = b""
        self._tls: ssl.SSLObject | None = None
        self._incoming = ssl.MemoryBIO()
        self._outgoing = ssl.MemoryBIO()
        self._eof = False
        self.sent_handshake = False
        self.received = 0  # bytes from the peer so far
        self.last_active = self._loop.time()  # when the peer last sent bytes (or connected)
        self.settled = False  # a whole request arrived: it is being answered or held
        peer = writer.get_extra_info("peername")
        self.peer = f"{peer[0]}:{peer[1]}" if isinstance(peer, tuple) else "unknown peer"

    async def read_raw(self) -> bytes:
        if self._pending:
            data, self._pending = self._pending, b""
            return data
        if self._eof:
            return b""
        data = await self._reader.read(_READ_CHUNK)
        self._eof = not data
        if data:
            self.received += len(data)
            self.last_active = self._loop.time()
        return data

    def unread(self, data: bytes) -> None:
        self._pending = data + self._pending

    async def _feed_tls(self) -> None:
        data = await self.read_raw()
        if data:
            self._incoming.write(data)
        else:
            self._incoming.write_eof()

    async def _flush_tls(self, *, handshake: bool = True) -> None:
        data = self._outgoing.read()
        if data:
            self._writer.write(data)
            self.sent_handshake = self.sent_handshake or handshake
            await self._writer.drain()

    async def handshake(self, context: ssl.SSLContext) -> None:
        """Complete a server-side TLS handshake; raises ssl.SSLError/OSError when it fails.

        A handshake this side refuses (an old TLS version, no shared cipher) sends its alert
        first, so the peer learns why instead of seeing a bare reset.
        """
        self._tls = context.wrap_bio(self._incoming, self._outgoing, server_side=True)
        while True:
            try:
                self._tls.do_handshake()
            except ssl.SSLWantReadError:
                await self._flush_tls()
                if self._incoming.eof:
                    raise ssl.SSLEOFError("the peer closed during the handshake") from None
                await self._feed_tls()
            except ssl.SSLError:
                with contextlib.suppress(OSError):
                    await self._flush_tls(handshake=False)  # the alert
                raise
            else:
                await self._flush_tls()
                return

    async def read(self) -> bytes:
        """The next bytes of the request (decrypted under TLS); b"" once the peer has closed."""
        if self._tls is None:
            return await self.read_raw()
        while True:
            try:
                return self._tls.read(_READ_CHUNK)
            except ssl.SSLWantReadError:
                await self._flush_tls()
                if self._incoming.eof:
                    return b""
                await self._feed_tls()
            except (ssl.SSLZeroReturnError, ssl.SSLEOFError):
                return b""

    async def write(self, data: bytes) -> None:
        if self._tls is not None:
            self._tls.write(data)
            data = self._outgoing.read()
        self._writer.write(data)
        await self._writer.drain()

    async def finish(self) -> None:
        """Close after an answer: wait briefly for the peer to close first, else reset."""
        if self._tls is not None:
            with contextlib.suppress(ssl.SSLError):
                self._tls.unwrap()  # queues close_notify; the peer's own is not awaited
            with contextlib.suppress(OSError):
                await self._flush_tls(handshake=False)
        try:
            async with asyncio.timeout(LINGER_SECONDS):
                while await self.read_raw():
                    pass  # whatever the peer still sends is ignored
        except (TimeoutError, OSError):
            self.reset()
            return
        self._writer.close()

    def reset(self) -> None:
        """Drop the connection with a reset, which leaves no TIME_WAIT behind on this port."""
        transport = self._writer.transport
        if transport.is_closing():
            return
        sock = transport.get_extra_info("socket")
        if sock is not None:
            linger = struct.pack("HH" if sys.platform == "win32" else "ii", 1, 0)
            with contextlib.suppress(OSError):
                sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, linger)
        transport.abort()

    async def wait_closed(self) -> None:
        with contextlib.suppress(Exception):
            async with asyncio.timeout(LINGER_SECONDS):
                await self._writer.wait_closed()
