"""Clients for the listener tests: real sockets on 127.0.0.1, plain or TLS."""

from __future__ import annotations

import asyncio
import contextlib
import ssl
from dataclasses import dataclass
from pathlib import Path

from intercom_wizard.consent.certificate import CertificateInfo


@dataclass
class Reply:
    status: int
    headers: dict[str, str]
    body: bytes

    @property
    def text(self) -> str:
        return self.body.decode("utf-8")


def trusting_context(info: CertificateInfo | Path) -> ssl.SSLContext:
    """A client context that trusts exactly the listener's certificate."""
    path = info if isinstance(info, Path) else info.cert_path
    return ssl.create_default_context(cafile=str(path))


async def read_reply(reader: asyncio.StreamReader, *, head_only: bool = False) -> Reply:
    head = await reader.readuntil(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    status = int(lines[0].split(" ")[1])
    headers = {}
    for line in lines[1:]:
        if line:
            name, _, value = line.partition(":")
            headers[name.strip().lower()] = value.strip()
    length = 0 if head_only else int(headers.get("content-length", "0"))
    body = await reader.readexactly(length)
    return Reply(status, headers, body)


async def connect(
    port: int, tls: ssl.SSLContext | None
) -> tuple[asyncio.StreamReader, asyncio.StreamWriter]:
    return await asyncio.open_connection(
        "127.0.0.1", port, ssl=tls, server_hostname="127.0.0.1" if tls else None
    )


async def close(writer: asyncio.StreamWriter) -> None:
    writer.close()
    with contextlib.suppress(Exception):
        await asyncio.wait_for(writer.wait_closed(), 2)


async def send_raw(
    port: int, data: bytes, *, tls: ssl.SSLContext | None = None, head_only: bool = False
) -> Reply:
    reader, writer = await connect(port, tls)
    try:
        writer.write(data)
        await writer.drain()
        return await asyncio.wait_for(read_reply(reader, head_only=head_only), 5)
    finally:
        await close(writer)


async def get(
    port: int,
    target: str,
    *,
    tls: ssl.SSLContext | None = None,
    method: str = "GET",
    host: str | None = None,
) -> Reply:
    host_line = f"Host: {host or f'127.0.0.1:{port}'}\r\n" if host != "" else ""
    request = f"{method} {target} HTTP/1.1\r\n{host_line}User-Agent: test\r\n\r\n"
    return await send_raw(port, request.encode(), tls=tls, head_only=method == "HEAD")


async def wait_until(condition: object, timeout: float = 3.0) -> None:
    """Poll ``condition()`` until it is true (events arrive from the listener's own tasks)."""
    assert callable(condition)
    deadline = asyncio.get_running_loop().time() + timeout
    while not condition():
        if asyncio.get_running_loop().time() > deadline:
            raise AssertionError("condition not met in time")
        await asyncio.sleep(0.01)
