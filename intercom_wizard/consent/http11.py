"""Reading one request head and writing one answer over a listener channel, with h11.

Every answer is a complete HTML page that closes its connection, with headers that keep it out
of caches, referrers and frames.
"""

from __future__ import annotations

from http import HTTPStatus

import h11

from intercom_wizard.consent.channel import Channel

_SECURITY_HEADERS = [
    (b"Cache-Control", b"no-store"),
    (b"Referrer-Policy", b"no-referrer"),
    (b"X-Content-Type-Options", b"nosniff"),
    (b"X-Frame-Options", b"DENY"),
    (
        b"Content-Security-Policy",
        b"default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; "
        b"form-action 'none'; frame-ancestors 'none'",
    ),
]


def new_connection(max_head_bytes: int) -> h11.Connection:
    """The server side of one exchange; heads larger than ``max_head_bytes`` are refused (431)."""
    return h11.Connection(h11.SERVER, max_incomplete_event_size=max_head_bytes)


async def read_head(channel: Channel, conn: h11.Connection) -> object:
    """The next h11 event: a Request, or ConnectionClosed; raises h11.RemoteProtocolError."""
    while True:
        event = conn.next_event()
        if event is not h11.NEED_DATA:
            return event
        conn.receive_data(await channel.read())


def serialize(
    conn: h11.Connection,
    status: int,
    html: bytes,
    *,
    head_only: bool,
    extra: list[tuple[bytes, bytes]],
) -> bytes:
    headers = [
        (b"Content-Type", b"text/html; charset=utf-8"),
        (b"Content-Length", str(len(html)).encode()),
        (b"Connection", b"close"),
        *_SECURITY_HEADERS,
        *extra,
    ]
    response = h11.Response(
        status_code=status, headers=headers, reason=HTTPStatus(status).phrase.encode()
    )
    try:
        out = conn.send(response) or b""
    except h11.LocalProtocolError:
        # The request broke the protocol before h11 saw it whole: answer on a fresh state machine.
        conn = h11.Connection(h11.SERVER)
        out = conn.send(response) or b""
        head_only = False
    if not head_only:
        out += conn.send(h11.Data(data=html)) or b""
    out += conn.send(h11.EndOfMessage()) or b""
    return out


async def send(
    channel: Channel,
    conn: h11.Connection,
    status: int,
    html: bytes,
    *,
    head_only: bool = False,
    extra: list[tuple[bytes, bytes]] | None = None,
) -> None:
    await channel.write(serialize(conn, status, html, head_only=head_only, extra=extra or []))
