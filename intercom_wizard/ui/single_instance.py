"""One wizard window per user: a second launch hands its setup profile to the running window.

Two wizards would fight over the test port and the progress file, so the first one listens on
a local socket (a Unix domain socket in the user's own data folder, a named pipe on Windows),
its name derived from the user and the data folder so that two users, or a test's private data
folder, never meet. A later launch connects, sends one short message and exits 0.

Python's own sockets and pipes (``multiprocessing.connection`` on Windows), not QtNetwork:
QtNetwork would add about 0.7 MB to the Windows setup, which must stay smaller than a bare
PySide6 wizard's. Connections are served on worker threads, which touch no Qt object: what
they accept reaches the window as a queued signal, on its own thread.

Only the user's programs may connect (the socket file is the user's alone; a pipe's default
security lets others read but not write), but any of them may send anything, so the listener
trusts nothing: a message is at most ``MAX_MESSAGE_BYTES`` and must arrive within
``READ_DEADLINE_MS``, at most ``MAX_CONNECTIONS`` are served at once (more are closed at
once), junk gets "refused", and a profile in a message is parsed again as strictly as one from
an email. The window only ever prefills from it (see ``profile_opening``).

Message (one line of JSON): ``{"intercom_wizard_instance": 1, "action": "raise"}``, or
``"action": "open"`` with ``"profile"`` (the ``.intercom-wizard`` file's text), or
``"action": "refused"`` with ``"message"`` and ``"hint"`` (a profile the second launch could
not read, shown in the window because the person who double-clicked is looking there). The
answer is one line: ``ok`` or ``refused``.
"""

from __future__ import annotations

import binascii
import logging
import os
import sys
import time
from contextlib import suppress
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import QObject, Signal

from intercom_wizard.errors import WizardError
from intercom_wizard.paths import app_data_dir

if TYPE_CHECKING:
    import socket

# Loaded only once needed (json, socket, threading, the strict reader): a first launch asks
# may_be_running() before its window is on screen, and that must cost nothing.

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
_WINDOWS = sys.platform == "win32"
_UNIX_PATH_LIMIT = 100  # sockaddr_un holds 104 bytes on macOS, 108 on Linux


def _user_key() -> str:
    """Eight hex digits from the user and the data folder. Only a name: what keeps others out
    is the folder the socket lives in (Unix) and the pipe's write access (Windows)."""
    user = next(
        (os.environ[name] for name in ("USER", "USERNAME", "LOGNAME") if os.environ.get(name)),
        str(os.getuid()) if hasattr(os, "getuid") else "user",
    )
    key = "\0".join((user, str(app_data_dir())))
    return f"{binascii.crc32(key.encode()):08x}"


def server_name() -> str:
    """The local socket's name: a full path on macOS and Linux, a pipe name on Windows."""
    key = _user_key()
    if _WINDOWS:
        return rf"\\.\pipe\intercom-wizard-{key}"
    path = app_data_dir() / f"wizard-{key}.sock"  # the user's own folder: nobody else sits there
    if len(os.fsencode(path)) <= _UNIX_PATH_LIMIT:
        return str(path)
    import tempfile

    return str(Path(tempfile.gettempdir()) / f"intercom-wizard-{key}.sock")


def may_be_running() -> bool:
    """False when no wizard can be listening, told without connecting.

    On macOS and Linux the socket is a file: no file, no wizard. Windows has no such test.
    """
    return _WINDOWS or os.path.exists(server_name())


# --- one connection, either kind -------------------------------------------------------------


class _Connection(Protocol):
    def read_line(self, limit: int, seconds: float) -> bytes | None: ...
    def write(self, data: bytes) -> None: ...
    def close(self) -> None: ...


class _SocketConnection:
    """A Unix domain socket; each read bounded by what is left of the deadline."""

    def __init__(self, sock: socket.socket) -> None:
        self._sock = sock

    def read_line(self, limit: int, seconds: float) -> bytes | None:
        """The bytes before the first line break, or None: too long, too slow, or closed."""
        buffer = b""
        deadline = time.monotonic() + seconds
        while b"\n" not in buffer:
            left = deadline - time.monotonic()
            if left <= 0 or len(buffer) > limit:
                return None
            self._sock.settimeout(left)
            try:
                chunk = self._sock.recv(min(65536, limit + 1 - len(buffer)))
            except OSError:  # the timeout, or the client went away
                return None
            if not chunk:
                return None
            buffer += chunk
        line = buffer.split(b"\n", 1)[0]
        return line if len(line) <= limit else None

    def write(self, data: bytes) -> None:
        self._sock.settimeout(1.0)
        self._sock.sendall(data)

    def close(self) -> None:
        self._sock.close()


class _PipeConnection:
    """A Windows named pipe in message mode: a message arrives whole or not at all."""

    def __init__(self, connection: Any) -> None:
        self._connection = connection

    def read_line(self, limit: int, seconds: float) -> bytes | None:
        try:
            if not self._connection.poll(seconds):
                return None
            message: bytes = self._connection.recv_bytes(limit + 1)  # OSError when longer
        except (OSError, EOFError):
            return None
        return message.split(b"\n", 1)[0] if len(message) <= limit + 1 else None

    def write(self, data: bytes) -> None:
        self._connection.send_bytes(data)

    def close(self) -> None:
        self._connection.close()


def _connect(name: str, seconds: float) -> _Connection:
    """A connection to the listener at ``name``; FileNotFoundError or ConnectionRefusedError
    when nobody listens (a socket file left by a crash refuses)."""
    if _WINDOWS:
        from multiprocessing.connection import Client

        return _PipeConnection(Client(name, family="AF_PIPE"))
    import socket

    sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    sock.settimeout(seconds)
    try:
        sock.connect(name)
    except BaseException:
        sock.close()
        raise
    return _SocketConnection(sock)


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
    import json

    try:
        connection = _connect(name or server_name(), CONNECT_TIMEOUT_MS / 1000)
    except (FileNotFoundError, ConnectionRefusedError):
        return HandOver.NO_WINDOW
    except OSError:  # busy for too long, or another error: someone is there
        return HandOver.NO_ANSWER
    try:
        _let_it_come_forward()
        connection.write((json.dumps(message) + "\n").encode("utf-8"))
        answer = connection.read_line(64, ANSWER_TIMEOUT_MS / 1000)
    except OSError:
        answer = None
    finally:
        connection.close()
    return HandOver.DELIVERED if answer in (b"ok", b"refused") else HandOver.NO_ANSWER


def _let_it_come_forward() -> None:
    """Windows lets only the foreground program raise a window: pass that right on."""
    if _WINDOWS:
        import ctypes

        asfw_any = -1
        ctypes.windll.user32.AllowSetForegroundWindow(asfw_any)  # type: ignore[attr-defined]


# --- the running window -------------------------------------------------------------------


class _Listener:
    """The listening end: a Unix socket file, or the first instance of a named pipe."""

    def __init__(self, name: str) -> None:
        self.name = name
        self._pipe: Any = None
        self._sock: socket.socket | None = None
        if _WINDOWS:
            from multiprocessing.connection import Listener

            # The first instance of the pipe (FILE_FLAG_FIRST_PIPE_INSTANCE): a PermissionError
            # when a live wizard holds the name already.
            self._pipe = Listener(name, family="AF_PIPE")
            return
        import socket

        with suppress(FileNotFoundError):
            os.unlink(name)  # a socket file left by a wizard that crashed
        sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        try:
            sock.bind(name)
            os.chmod(name, 0o600)  # the user's alone, whatever the umask
            sock.listen(MAX_CONNECTIONS * 2)
        except BaseException:
            sock.close()
            raise
        self._sock = sock

    def accept(self) -> _Connection:
        if self._pipe is not None:
            return _PipeConnection(self._pipe.accept())
        assert self._sock is not None
        connection, _address = self._sock.accept()
        return _SocketConnection(connection)

    def close(self) -> None:
        if self._pipe is not None:
            self._pipe.close()
        if self._sock is not None:
            self._sock.close()
            with suppress(FileNotFoundError):
                os.unlink(self.name)


class InstanceServer(QObject):
    """Listens for later launches; each good message becomes one signal, on the window's
    thread."""

    profileReceived = Signal(str)  # the profile file's text, still to be parsed strictly
    refusalReceived = Signal(str, str)  # message, hint: a profile the second launch refused
    raiseRequested = Signal()
    _understood = Signal(str, str, str)  # from a worker thread: action and its texts

    def __init__(self, parent: QObject | None = None, *, name: str | None = None) -> None:
        import threading

        from PySide6.QtCore import Qt  # the Qt namespace is slow to load: after the first paint

        super().__init__(parent)
        self.name = name or server_name()
        self._listener: _Listener | None = None
        self._lock = threading.Lock()
        self._active = 0
        self._closed = False
        self._understood.connect(self._dispatch, Qt.ConnectionType.QueuedConnection)

    def listen(self) -> bool:
        """Start listening; a socket file left by a wizard that crashed is replaced.

        False (and a log line) when another live wizard holds the name: two started at the
        same moment. This one then runs on without taking later launches.
        """
        if not _WINDOWS and self._someone_listens():
            _log.warning("another wizard window is listening on %s", self.name)
            return False
        try:
            self._listener = _Listener(self.name)
        except OSError as error:
            _log.warning("cannot listen on %s: %s", self.name, error)
            return False
        import threading

        threading.Thread(target=self._accept_all, name="instance-accept", daemon=True).start()
        return True

    def _someone_listens(self) -> bool:
        try:
            _connect(self.name, STALE_PROBE_MS / 1000).close()
        except OSError:
            return False
        return True

    def close(self) -> None:
        listener, self._listener = self._listener, None
        if listener is None:
            return
        self._closed = True
        with suppress(OSError):  # wakes the accepting thread, which then sees it is closed
            _connect(self.name, STALE_PROBE_MS / 1000).close()
        listener.close()

    @property
    def connections(self) -> int:
        with self._lock:
            return self._active

    def _accept_all(self) -> None:
        listener = self._listener
        while listener is not None and not self._closed:
            try:
                connection = listener.accept()
            except Exception:  # closed under it, or a client that vanished mid-connect
                if self._closed:
                    return
                time.sleep(0.05)
                continue
            with self._lock:
                full = self._active >= MAX_CONNECTIONS
                if not full:
                    self._active += 1
            if full or self._closed:
                connection.close()
                if not full:
                    self._done()
                continue
            import threading

            threading.Thread(
                target=self._serve, args=(connection,), name="instance-client", daemon=True
            ).start()

    def _done(self) -> None:
        with self._lock:
            self._active -= 1

    def _serve(self, connection: _Connection) -> None:
        try:
            line = connection.read_line(MAX_MESSAGE_BYTES, READ_DEADLINE_MS / 1000)
            if line is None:
                _log.warning("a local program sent too much, too slowly or nothing; dropped")
                return
            understood = self._read(line)
            connection.write(b"ok\n" if understood is not None else b"refused\n")
            if understood is not None:
                self._understood.emit(*understood)
        except Exception:  # a client must never take the listener down
            _log.warning("a local connection failed", exc_info=True)
        finally:
            connection.close()
            self._done()

    def _read(self, line: bytes) -> tuple[str, str, str] | None:
        """The action and its texts in one message; None for anything not understood."""
        from intercom_wizard.untrusted_json import UntrustedInputError, parse_document

        try:
            message = parse_document(line, max_bytes=MAX_MESSAGE_BYTES, hint="", max_depth=2)
            message.format_version(PROTOCOL_KEY, supported={PROTOCOL_VERSION})
            action = message.text("action", max_length=20)
            if action == "raise":
                message.require_only(required=(PROTOCOL_KEY, "action"))
                return (action, "", "")
            if action == "open":
                message.require_only(required=(PROTOCOL_KEY, "action", "profile"))
                text = message.text("profile", max_length=MAX_MESSAGE_BYTES, allow_newlines=True)
                return (action, text, "")
            if action == "refused":
                message.require_only(required=(PROTOCOL_KEY, "action", "message", "hint"))
                return (
                    action,
                    message.text("message", max_length=MAX_TEXT_CHARS),
                    message.text("hint", max_length=MAX_TEXT_CHARS),
                )
        except UntrustedInputError as error:
            _log.warning("a local program sent a message that was refused: %s", error.message)
        return None

    def _dispatch(self, action: str, first: str, second: str) -> None:
        if action == "raise":
            self.raiseRequested.emit()
        elif action == "open":
            self.profileReceived.emit(first)
        elif action == "refused":
            self.refusalReceived.emit(first, second)


SELF_CHECK_SECONDS = 5.0


def self_check() -> str:
    """One message through a real local socket to a listener in this process (``--self-test``:
    proves the platform's sockets or pipes work in this build)."""
    import secrets
    import tempfile

    from PySide6.QtCore import QCoreApplication

    tag = f"intercom-wizard-selftest-{secrets.token_hex(6)}"
    folder = Path(tempfile.gettempdir())
    name = rf"\\.\pipe\{tag}" if _WINDOWS else str(folder / f"{tag}.sock")
    server = InstanceServer(name=name)
    received: list[bool] = []
    server.raiseRequested.connect(lambda: received.append(True))
    if not server.listen():
        raise RuntimeError(f"cannot listen on {name}")
    try:
        outcome = hand_over(raise_message(), name)
        deadline = time.monotonic() + SELF_CHECK_SECONDS
        while not received and time.monotonic() < deadline:
            QCoreApplication.processEvents()
            time.sleep(0.01)
    finally:
        server.close()
    if outcome is not HandOver.DELIVERED or not received:
        raise RuntimeError(f"no answer through the local socket within {SELF_CHECK_SECONDS:.0f} s")
    return "a message went through a local socket and was answered"
