"""The loopback listener learns only that a browser came back, whatever Cyclr appends."""

from __future__ import annotations

import asyncio

import httpx
import pytest

from intercom_wizard.cyclr.return_listener import ReturnListener
from intercom_wizard.errors import ListenerError


@pytest.mark.parametrize(
    "tail", ["/cyclr-return", "/cyclr-return?status=ok&x=1", "/", "/anything#frag", "/?error=no"]
)
async def test_any_get_on_the_right_host_counts(tail: str) -> None:
    seen: list[str] = []
    listener = ReturnListener(on_return=lambda: seen.append("back"))
    await listener.start()
    try:
        async with httpx.AsyncClient() as client:
            page = await client.get(f"http://127.0.0.1:{listener.port}{tail}")
        assert page.status_code == 200 and "Back from Cyclr" in page.text
        assert listener.returned.is_set() and seen == ["back"]
    finally:
        await listener.close()
    # The next check can listen on the same port at once.
    again = ReturnListener(port=listener.port)
    await again.start()
    await again.close()


async def test_other_hosts_methods_and_the_favicon_do_not_count() -> None:
    listener = ReturnListener()
    await listener.start()
    base = f"http://127.0.0.1:{listener.port}"
    try:
        async with httpx.AsyncClient() as client:
            wrong_host = await client.get(f"{base}/", headers={"Host": "evil.example"})
            post = await client.post(f"{base}/cyclr-return")
            icon = await client.get(f"{base}/favicon.ico")
        assert (wrong_host.status_code, post.status_code, icon.status_code) == (400, 404, 404)
        assert not listener.returned.is_set()
        # Garbage and a silent connection do not stop it.
        reader, writer = await asyncio.open_connection("127.0.0.1", listener.port)
        writer.write(b"\x16\x03\x01garbage\r\n\r\n")
        await writer.drain()
        assert (await reader.readline()).startswith(b"HTTP/1.1 400 ")  # answered, then closed
        writer.close()
        async with httpx.AsyncClient() as client:
            assert (await client.get(f"{base}/")).status_code == 200
    finally:
        await listener.close()


async def test_a_busy_port_is_a_clear_error() -> None:
    first = ReturnListener()
    await first.start()
    try:
        with pytest.raises(ListenerError) as busy:
            await ReturnListener(port=first.port).start()
        assert str(first.port) in busy.value.message
    finally:
        await first.close()


async def test_a_neighbour_filling_the_port_does_not_lock_the_browser_out() -> None:
    # More idle connections than the listener has places, held open and never sending a byte.
    listener = ReturnListener()
    await listener.start()
    held: list[asyncio.StreamWriter] = []
    try:
        for _ in range(80):
            _reader, writer = await asyncio.open_connection("127.0.0.1", listener.port)
            held.append(writer)
        await asyncio.sleep(0.1)  # every one of them accepted and waiting
        async with httpx.AsyncClient(timeout=1.0) as client:
            page = await client.get(f"http://127.0.0.1:{listener.port}/cyclr-return")
        assert page.status_code == 200 and listener.returned.is_set()
        assert page.headers["x-frame-options"] == "DENY"  # the consent listener's headers too
    finally:
        for writer in held:
            writer.close()
        await listener.close()
