"""The local port of the consent test: which ports may be used, binding one, explaining a refusal.

The session, the spin box, ``verify``, diagnostics and the listener all read the rule from here.
Kept free of asyncio, ssl and h11, so loading the session stays light.
"""

from __future__ import annotations

import errno
import socket
import sys

from intercom_wizard.errors import InputError, ListenerError

# 24891: below 32768, so outside the ephemeral ranges of Linux (32768-60999) and of Windows and
# macOS (49152-65535), where outgoing connections and the blocks that Hyper-V, WSL and Docker
# reserve on Windows normally land; and not a port any common development server or database
# uses by default (3000, 4200, 5000, 5173, 8000, 8080, 8443, 9000, 27017 ...).
DEFAULT_PORT = 24891
# Below 1024 needs administrator rights; from 49152 up is the ephemeral range of Windows and
# macOS, where the port may be taken by an outgoing connection at any moment.
MIN_PORT = 1024
MAX_PORT = 49151
LOOPBACK = "127.0.0.1"

_BACKLOG = 32
_WSAEACCES = 10013
_WSAEADDRINUSE = 10048
_REGISTER = "the redirect URL registered in Intercom must use the same port."
_RANGE = f"choose one from {MIN_PORT} to {MAX_PORT}"


def check_port(port: int) -> int:
    """``port`` if the wizard may listen on it, else an InputError saying why."""
    if not MIN_PORT <= port <= MAX_PORT:
        if not 0 < port <= 65535:
            why = "it is not a port number"
        elif port < MIN_PORT:
            why = f"ports below {MIN_PORT} need administrator rights"
        else:
            why = f"ports above {MAX_PORT} are handed out to outgoing connections"
        raise InputError(
            f"Port {port} cannot be used for the test redirect: {why}.",
            hint=f"Choose a number from {MIN_PORT} to {MAX_PORT}; the default is {DEFAULT_PORT}.",
        )
    return port


def bind_loopback(port: int) -> socket.socket:
    """A listening, non-blocking socket on 127.0.0.1 only, with exclusive use of the port.

    ``port=0`` lets the system pick a free port (tests). ListenerError says which port and why.
    """
    if not 0 <= port <= 65535:
        raise ListenerError(
            f"Port {port} is not a valid port number.",
            port=port,
            hint=f"Choose a port from {MIN_PORT} to {MAX_PORT}; {_REGISTER}",
        )
    # IPPROTO_TCP spelled out: asyncio turns Nagle off (TCP_NODELAY) only on sockets that say
    # so, and with Nagle on, a small answer after the TLS session tickets waits ~40 ms for an ACK.
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    try:
        # No SO_REUSEADDR: on BSD and macOS it would let this socket share a port that another
        # program holds on all interfaces. On Windows, exclusive use stops others hijacking ours.
        if sys.platform == "win32":
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_EXCLUSIVEADDRUSE, 1)
        sock.bind((LOOPBACK, port))
        sock.listen(_BACKLOG)
        sock.setblocking(False)
    except OSError as exc:
        sock.close()
        raise bind_error(port, exc) from exc
    return sock


def bind_error(port: int, exc: OSError) -> ListenerError:
    """Why ``port`` could not be opened, and what to do, for the person at the keyboard."""
    winerror = getattr(exc, "winerror", None)
    if exc.errno == errno.EADDRINUSE or winerror == _WSAEADDRINUSE:
        return ListenerError(
            f"Port {port} on {LOOPBACK} is already in use by another program (or a consent "
            "test is running right now).",
            port=port,
            hint="Close that program (perhaps another intercom-wizard window), or choose another "
            f"port; {_REGISTER}",
        )
    if exc.errno == errno.EACCES or winerror == _WSAEACCES:
        if sys.platform == "win32":
            return ListenerError(
                f"Windows refused port {port}: it is probably in a range reserved for Hyper-V, "
                "WSL or Docker, or held exclusively by another program.",
                port=port,
                hint="Run `netsh interface ipv4 show excludedportrange protocol=tcp` to see the "
                f"reserved ranges and choose a port outside them; {_REGISTER}",
            )
        return ListenerError(
            f"Permission to use port {port} was denied.",
            port=port,
            hint=f"Ports below {MIN_PORT} need administrator rights: {_RANGE}; {_REGISTER}",
        )
    return ListenerError(
        f"Port {port} on {LOOPBACK} could not be opened ({exc.strerror or exc}).",
        port=port,
        hint=f"Choose another port; {_REGISTER}",
    )
