"""One wizard window per user: a second launch hands its setup profile to the running window.

Two wizards would fight over the test port and the progress file, so the first one listens on
a local socket (a Unix domain socket in the user's own data folder, a named pipe on Windows),
its name derived from the user and the data folder so that two users, or a test's private data
folder, never meet. A later launch connects, sends one short message and exits 0.

The socket is reachable by the user's own programs only (``UserAccessOption``), but any of
them may send anything, so the listener trusts nothing: a message is at most
``MAX_MESSAGE_BYTES`` and must arrive within ``READ_DEADLINE_MS``, at most
``MAX_CONNECTIONS`` are served at once, junk gets "refused" and the connection closed, and a
profile in a message is parsed again as strictly as one from an email. The window only ever
prefills from it (see ``profile_opening``).

Message (one line of JSON): ``{"intercom_wizard_instance": 1, "action": "raise"}``, or
``"action": "open"`` with ``"profile"`` (the ``.intercom-wizard`` file's text), or
``"action": "refused"`` with ``"message"`` and ``"hint"`` (a profile the second launch could
not read, shown in the window because the person who double-clicked is looking there). The
answer is one line: ``ok`` or ``refused``.
"""

from __future__ import annotations

import getpass
import hashlib
import json
import logging
import os
import sys
import tempfile
from dataclasses import dataclass
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer, Signal

from intercom_wizard.errors import WizardError
from intercom_wizard.paths import app_data_dir
from intercom_wizard.untrusted_json import UntrustedInputError, parse_document

if TYPE_CHECKING:
    from PySide6.QtNetwork import QLocalSocket

_log = logging.getLogger(__name__)

PROTOCOL_KEY = "intercom_wizard_instance"
PROTOCOL_VERSION = 1
MAX_MESSAGE_BYTES = 64 * 1024  # a profile is at most 16 KiB, escaped once more in a string
MAX_TEXT_CHARS = 2000  # a refusal's message or hint
READ_DEADLINE_MS = 2000
MAX_CONNECTIONS = 4
CONNECT_TIMEOUT_MS = 1000
ANSWER_TIMEOUT_MS = 5000
STALE_PROBE_MS = 300
_UNIX_PATH_LIMIT = 100  # sockaddr_un holds 104 bytes on macOS, 108 on Linux


def _user_key() -> str:
    try:
        user = getpass.getuser()
    except Exception:  # no user name in the environment or the password database
        user = str(os.getuid()) if hasattr(os, "getuid") else "user"
    digest = hashlib.sha256(f"{user}\0{app_data_dir()}".encode()).hexdigest()
    return digest[:16]


def server_name() -> str:
    """The local socket's name: a full path on macOS and Linux, a pipe name on Windows."""
    key = _user_key()
    if sys.platform == "win32":
        return f"intercom-wizard-{key}"
    path = app_data_dir() / f"wizard-{key}.sock"  # the user's own folder: nobody else sits there
    if len(os.fsencode(path)) <= _UNIX_PATH_LIMIT:
        return str(path)
    return str(Path(tempfile.gettempdir()) / f"intercom-wizard-{key}.sock")


def may_be_running() -> bool:
    """False when no wizard can be listening; answered without loading QtNetwork's socket.

    On macOS and Linux the socket is a file: no file, no wizard. Windows has no cheap test.
    """
    return sys.platform == "win32" or os.path.exists(server_name())


# --- the second launch --------------------------------------------------------------------


class HandOver(Enum):
    DELIVERED = "delivered"  # the running window took it
    NO_WINDOW = "no-window"  # nobody listens (or only a stale socket file is left)
    NO_ANSWER = "no-answer"  # someone listens but did not answer in time


def open_message(profile_json: str) -> dict[str, Any]:
    return {PROTOCOL_KEY: PROTOCOL_VERSION, "action": "open", "profile": profile_json}


def raise_message() -> dict[str, Any]:
    return {PROTOCOL_KEY: PROTOCOL_VERSION, "action": "raise"}


def refused_message(error: WizardError) -> dict[str, Any]:
    return {
        PROTOCOL_KEY: PROTOCOL_VERSION,
        "action": "refused",
        "message": error.message[:MAX_TEXT_CHARS],
        "hint": (error.hint or "")[:MAX_TEXT_CHARS],
    }


def hand_over(message: dict[str, Any], name: str | None = None) -> HandOver:
    """Give ``message`` to the running wizard, if there is one (blocking, bounded in time)."""
    from PySide6.QtNetwork import QLocalSocket

    socket = QLocalSocket()
    socket.connectToServer(name or server_name())
    if not socket.waitForConnected(CONNECT_TIMEOUT_MS):
        return HandOver.NO_WINDOW  # ServerNotFound, or ConnectionRefused: a stale socket file
    _let_it_come_forward()
    socket.write((json.dumps(message) + "\n").encode("utf-8"))
    answer = b""
    timer = _Deadline(ANSWER_TIMEOUT_MS)
    if socket.waitForBytesWritten(ANSWER_TIMEOUT_MS):
        while b"\n" not in answer and not timer.passed() and len(answer) < 64:
            if socket.bytesAvailable() or socket.waitForReadyRead(timer.left()):
                answer += bytes(socket.readAll().data())
            elif socket.state() != QLocalSocket.LocalSocketState.ConnectedState:
                break
    socket.abort()
    if answer.split(b"\n", 1)[0] in (b"ok", b"refused"):
        return HandOver.DELIVERED
    return HandOver.NO_ANSWER


def _let_it_come_forward() -> None:
    """Windows lets only the foreground program raise a window: pass that right on."""
    if sys.platform == "win32":
        import ctypes

        asfw_any = -1
        ctypes.windll.user32.AllowSetForegroundWindow(asfw_any)  # type: ignore[attr-defined]


class _Deadline:
    def __init__(self, milliseconds: int) -> None:
        import time

        self._clock = time.monotonic
        self._end = self._clock() + milliseconds / 1000

    def left(self) -> int:
        return max(1, int((self._end - self._clock()) * 1000))

    def passed(self) -> bool:
        return self._clock() >= self._end


# --- the running window -------------------------------------------------------------------


@dataclass(frozen=True)
class Refusal:
    message: str
    hint: str


class InstanceServer(QObject):
    """Listens for later launches; each good message becomes one signal."""

    profileReceived = Signal(str)  # the profile file's text, still to be parsed strictly
    refusalReceived = Signal(str, str)  # message, hint: a profile the second launch refused
    raiseRequested = Signal()

    def __init__(self, parent: QObject | None = None, *, name: str | None = None) -> None:
        from PySide6.QtNetwork import QLocalServer  # loaded once the window is on screen

        super().__init__(parent)
        self.name = name or server_name()
        self._server = QLocalServer(self)
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self._server.newConnection.connect(self._accept)
        self._buffers: dict[QLocalSocket, bytearray] = {}

    def listen(self) -> bool:
        """Start listening; a socket file left by a wizard that crashed is replaced.

        False (and a log line) when another live wizard holds the name: two started at the
        same moment. This one then runs on without taking later launches. Asked first, since
        Qt's listen replaces an existing socket file on Unix, even a live one's.
        """
        from PySide6.QtNetwork import QLocalServer, QLocalSocket

        probe = QLocalSocket()
        probe.connectToServer(self.name)
        if probe.waitForConnected(STALE_PROBE_MS):
            probe.abort()
            _log.warning("another wizard window is listening on %s", self.name)
            return False
        QLocalServer.removeServer(self.name)  # stale, if there: nobody accepts on it
        if self._server.listen(self.name):
            return True
        _log.warning("cannot listen on %s: %s", self.name, self._server.errorString())
        return False

    def close(self) -> None:
        for socket in list(self._buffers):
            socket.abort()
        self._buffers.clear()
        self._server.close()

    @property
    def connections(self) -> int:
        return len(self._buffers)

    def _accept(self) -> None:
        while self._server.hasPendingConnections():
            socket = self._server.nextPendingConnection()
            if socket is None:
                break
            if len(self._buffers) >= MAX_CONNECTIONS:
                socket.abort()
                socket.deleteLater()
                continue
            self._buffers[socket] = bytearray()
            socket.readyRead.connect(lambda s=socket: self._read(s))
            socket.disconnected.connect(lambda s=socket: self._drop(s))
            QTimer.singleShot(READ_DEADLINE_MS, socket, lambda s=socket: self._drop(s))

    def _drop(self, socket: QLocalSocket) -> None:
        if self._buffers.pop(socket, None) is not None:
            socket.abort()
            socket.deleteLater()

    def _read(self, socket: QLocalSocket) -> None:
        buffer = self._buffers.get(socket)
        if buffer is None:
            return
        room = MAX_MESSAGE_BYTES + 1 - len(buffer)
        buffer += bytes(socket.read(max(1, room)).data())
        line, newline, _rest = bytes(buffer).partition(b"\n")
        if not newline:
            if len(buffer) > MAX_MESSAGE_BYTES:
                _log.warning("a local program sent more than %d bytes; dropped", MAX_MESSAGE_BYTES)
                self._drop(socket)
            return
        accepted = self._handle(line)
        socket.write(b"ok\n" if accepted else b"refused\n")
        socket.flush()
        self._buffers.pop(socket, None)
        socket.disconnectFromServer()
        socket.deleteLater()

    def _handle(self, line: bytes) -> bool:
        """Turn one message into its signal; False for anything not understood."""
        try:
            message = parse_document(
                line, what="message", max_bytes=MAX_MESSAGE_BYTES, hint="", max_depth=2
            )
            message.format_version(PROTOCOL_KEY, supported={PROTOCOL_VERSION})
            action = message.text("action", max_length=20)
            if action == "raise":
                message.require_only(required=(PROTOCOL_KEY, "action"))
                self.raiseRequested.emit()
            elif action == "open":
                message.require_only(required=(PROTOCOL_KEY, "action", "profile"))
                profile = message.text("profile", max_length=MAX_MESSAGE_BYTES, allow_newlines=True)
                self.profileReceived.emit(profile)
            elif action == "refused":
                message.require_only(required=(PROTOCOL_KEY, "action", "message", "hint"))
                self.refusalReceived.emit(
                    message.text("message", max_length=MAX_TEXT_CHARS),
                    message.text("hint", max_length=MAX_TEXT_CHARS),
                )
            else:
                return False
        except UntrustedInputError as error:
            _log.warning("a local program sent a message that was refused: %s", error.message)
            return False
        return True
