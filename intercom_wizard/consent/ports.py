"""The local port of the consent test: which ports may be used, binding one, explaining a refusal.

The session, the spin box, ``verify``, diagnostics and the listener all read the rule from here.
Kept free of asyncio, ssl and h11, so loading the session stays light.
"""

from __future__ import annotations

import errno
import socket
import sys

from intercom_wizard.errors import InputError, ListenerError
from intercom_wizard.i18n import N_, _

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
_REGISTER = N_("the redirect URL registered in Intercom must use the same port.")
_RANGE = N_("choose one from {low} to {high}")


def check_port(port: int) -> int:
    """``port`` if the wizard may listen on it, else an InputError saying why."""
    if not MIN_PORT <= port <= MAX_PORT:
        if not 0 < port <= 65535:
            why = _("it is not a port number")
        elif port < MIN_PORT:
            why = _("ports below {low} need administrator rights").format(low=MIN_PORT)
        else:
            why = _("ports above {high} are handed out to outgoing connections").format(
                high=MAX_PORT
            )
        raise InputError(
            _("Port {port} cannot be used for the test redirect: {why}.").format(
                port=port, why=why
            ),
            hint=_("Choose a number from {low} to {high}; the default is {default}.").format(
                low=MIN_PORT, high=MAX_PORT, default=DEFAULT_PORT
            ),
        )
    return port


def bind_loopback(port: int) -> socket.socket:
    """A listening, non-blocking socket on 127.0.0.1 only, with exclusive use of the port.

    ``port=0`` lets the system pick a free port (tests). ListenerError says which port and why.
    """
    if not 0 <= port <= 65535:
        raise ListenerError(
            _("Port {port} is not a valid port number.").format(port=port),
            port=port,
            hint=_("Choose a port from {low} to {high};").format(low=MIN_PORT, high=MAX_PORT)
            + " "
            + _(_REGISTER),
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
            _(
                "Port {port} on {address} is already in use by another program (or a consent "
                "test is running right now)."
            ).format(port=port, address=LOOPBACK),
            port=port,
            hint=_(
                "Close that program (perhaps another intercom-wizard window), or choose another "
                "port;"
            )
            + " "
            + _(_REGISTER),
        )
    if exc.errno == errno.EACCES or winerror == _WSAEACCES:
        if sys.platform == "win32":
            return ListenerError(
                _(
                    "Windows refused port {port}: it is probably in a range reserved for "
                    "Hyper-V, WSL or Docker, or held exclusively by another program."
                ).format(port=port),
                port=port,
                hint=_(
                    "Run {command} to see the reserved ranges and choose a port outside them;"
                ).format(command="`netsh interface ipv4 show excludedportrange protocol=tcp`")
                + " "
                + _(_REGISTER),
            )
        return ListenerError(
            _("Permission to use port {port} was denied.").format(port=port),
            port=port,
            hint=_("Ports below {low} need administrator rights:").format(low=MIN_PORT)
            + " "
            + _(_RANGE).format(low=MIN_PORT, high=MAX_PORT)
            + "; "
            + _(_REGISTER),
        )
    return ListenerError(
        _("Port {port} on {address} could not be opened ({reason}).").format(
            port=port, address=LOOPBACK, reason=exc.strerror or exc
        ),
        port=port,
        hint=_("Choose another port;") + " " + _(_REGISTER),
    )
