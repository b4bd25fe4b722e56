"""A hostile neighbour on the loopback: hundreds of idle and trickling connections, topped up.

Every attacker reconnects at once when the listener drops it, so the listener never gets a
quiet moment; the browser's redirect must still get its answer. Shared by the test and by
``tests/benchmarks/bench_siege.py``.
"""

from __future__ import annotations

import asyncio
import contextlib
import ssl
import sys
from collections.abc import AsyncIterator
from dataclasses import dataclass, field

from intercom_wizard.consent.listener import CallbackListener
from intercom_wizard.consent.pages import success_page
from tests.unit.consent.support import connect, get

# A trickler sends one byte of this every TRICKLE_SECONDS: a TLS ClientHello opening or a head.
_TRICKLES = (b"\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03" + b"\x00" * 600, b"GET /" + b"a" * 600)
TRICKLE_SECONDS = 0.05
_RECONNECTS = 100_000  # per attacker, a bound that no test reaches


@dataclass
class Siege:
    port: int
    idle: int
    trickling: int
    stop: asyncio.Event = field(default_factory=asyncio.Event)
    connected: int = 0  # attacker connections made so far, reconnects included
    dropped: int = 0  # ... and how many of them the listener ended
    tasks: list[asyncio.Task[None]] = field(default_factory=list)

    async def _attacker(self, trickle: bytes | None) -> None:
        for _ in range(_RECONNECTS):
            if self.stop.is_set():
                return
            try:
                reader, writer = await connect(self.port, None)
            except OSError:
                await asyncio.sleep(0.01)  # the accept queue was full for a moment
                continue
            self.connected += 1
            try:
                if trickle is None:
                    await _until_dropped(reader, self.stop)
                else:
                    await _trickle(reader, writer, trickle, self.stop)
            except OSError:
                pass
            finally:
                if not self.stop.is_set():
                    self.dropped += 1
                writer.transport.abort()

    async def ready(self, timeout: float = 30.0) -> None:
        """Wait until every attacker has connected at least once and is held or reconnecting."""
        async with asyncio.timeout(timeout):
            while self.connected < self.idle + self.trickling:
                await asyncio.sleep(0.02)
        await asyncio.sleep(0.3)  # let the churn settle into its steady state


async def _until_dropped(reader: asyncio.StreamReader, stop: asyncio.Event) -> None:
    read = asyncio.ensure_future(reader.read(1))
    stopped = asyncio.ensure_future(stop.wait())
    try:
        await asyncio.wait({read, stopped}, return_when=asyncio.FIRST_COMPLETED)
    finally:
        read.cancel()
        stopped.cancel()


async def _trickle(
    reader: asyncio.StreamReader, writer: asyncio.StreamWriter, data: bytes, stop: asyncio.Event
) -> None:
    for byte in data:
        if stop.is_set() or reader.at_eof():
            return
        writer.write(bytes([byte]))
        await writer.drain()
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(stop.wait(), TRICKLE_SECONDS)
    await _until_dropped(reader, stop)


def raise_descriptor_limit(needed: int) -> None:
    """Raise this process's soft limit on open files to ``needed`` where the hard limit allows."""
    if sys.platform == "win32":
        return
    import resource

    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    if soft != resource.RLIM_INFINITY and soft < needed:
        target = needed if hard == resource.RLIM_INFINITY else min(needed, hard)
        resource.setrlimit(resource.RLIMIT_NOFILE, (target, hard))


@contextlib.asynccontextmanager
async def siege(port: int, *, idle: int, trickling: int) -> AsyncIterator[Siege]:
    raise_descriptor_limit(2 * (idle + trickling) + 512)
    held = Siege(port, idle, trickling)
    held.tasks = [asyncio.create_task(held._attacker(None)) for _ in range(idle)] + [
        asyncio.create_task(held._attacker(_TRICKLES[n % 2])) for n in range(trickling)
    ]
    try:
        yield held
    finally:
        held.stop.set()
        await asyncio.wait(held.tasks, timeout=10)
        for task in held.tasks:
            task.cancel()


async def timed_redirect(listener: CallbackListener, target: str, tls: ssl.SSLContext) -> float:
    """Seconds from the browser's connect to its page, the wizard answering at once."""
    loop = asyncio.get_running_loop()
    started = loop.time()
    browser = asyncio.create_task(get(listener.port, target, tls=tls))
    waiting = asyncio.create_task(listener.next_callback())
    done, _ = await asyncio.wait({browser, waiting}, return_when=asyncio.FIRST_COMPLETED)
    if browser in done:  # the browser's connection ended before its callback was taken
        waiting.cancel()
        browser.result()
        raise AssertionError("the browser was answered before the wizard took its callback")
    callback = waiting.result()
    await callback.respond(200, success_page(None))
    reply = await browser
    assert reply.status == 200
    return loop.time() - started
