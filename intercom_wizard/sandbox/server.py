"""The sandbox Intercom on a local port, for training runs and for the tests.

One HTTP server answers for both of Intercom's hosts: the app host (the consent page under
``/oauth``) and the API host (token exchange, ``/me``, the permission probes, uninstall). What it
answers is :class:`~intercom_wizard.sandbox.behaviour.IntercomBehaviour`; this module only
carries requests and answers over HTTP.

It runs on :class:`http.server.ThreadingHTTPServer` in a daemon thread, so the same object
serves synchronous tests, the asyncio command line and the Qt wizard alike.
"""

from __future__ import annotations

import contextlib
import os
import selectors
import socket
import threading
from collections.abc import Callable
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from socketserver import TCPServer
from types import TracebackType
from typing import Any, Self
from urllib.parse import urlsplit

from intercom_wizard.errors import ListenerError
from intercom_wizard.sandbox.behaviour import IntercomBehaviour
from intercom_wizard.sandbox.credentials import SANDBOX_CLIENT_ID, SANDBOX_CLIENT_SECRET
from intercom_wizard.sandbox.faults import Faults
from intercom_wizard.sandbox.messages import Answer, Request, html_answer
from intercom_wizard.sandbox.pages import problem_page

MAX_BODY_BYTES = 1 << 20


class Served:
    """A sandbox's answers served on a loopback port by a daemon thread: start, close, with.

    The port is bound when the object is made (``port=0`` picks a free one), so ``base_url`` is
    known at once; :meth:`start` begins answering and :meth:`close` releases the port.
    """

    closing: threading.Event  # set by close(): slow answers give up

    def _bind(self, behaviour: Any, host: str, port: int, name: str) -> None:
        self._thread: threading.Thread | None = None
        self._closed = False
        self._name = name
        self.on_close: list[Callable[[], None]] = []  # what lives as long as this one
        self._server = _Server(behaviour, host, port)
        url_host = f"[{host}]" if ":" in host else host
        self.port: int = self._server.server_port
        self.base_url = f"http://{url_host}:{self.port}"

    def start(self) -> None:
        """Begin answering requests in a background thread (calling it twice is harmless)."""
        if self._thread is not None or self._closed:
            return
        self._thread = threading.Thread(
            target=self._server.serve_until_woken,
            name=f"{self._name}-{self.port}",
            daemon=True,
        )
        self._thread.start()

    def close(self) -> None:
        """Stop answering, drop open connections and release the port (idempotent)."""
        if self._closed:
            return
        self._closed = True
        for close in self.on_close:
            close()
        self.closing.set()
        if self._thread is not None:
            self._server.wake()
            self._thread.join(timeout=2.0)
        self._server.server_close()
        self._server.drop_connections()

    def __enter__(self) -> Self:
        self.start()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()


class SandboxIntercom(IntercomBehaviour, Served):
    """A local Intercom that one test, one training run or one ``verify --sandbox`` talks to."""

    def __init__(
        self,
        *,
        host: str = "127.0.0.1",
        port: int = 0,
        client_id: str = SANDBOX_CLIENT_ID,
        client_secret: str = SANDBOX_CLIENT_SECRET,
        api_version: str = "2.11",
        workspace_name: str = "Sandbox Workspace",
        app_name: str = "Sandbox Connector",
        faults: Faults | None = None,
        code_ttl: float = 300.0,
    ) -> None:
        super().__init__(
            client_id=client_id,
            client_secret=client_secret,
            api_version=api_version,
            workspace_name=workspace_name,
            app_name=app_name,
            faults=faults,
            code_ttl=code_ttl,
        )
        self._bind(self, host, port, "sandbox-intercom")

    def __repr__(self) -> str:
        return f"SandboxIntercom(base_url={self.base_url!r}, faults={self.faults.describe()!r})"


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    block_on_close = False  # close() drops open connections itself; never wait on a slow one
    allow_reuse_address = os.name != "nt"  # on Windows it would let two servers share a port

    def __init__(self, behaviour: IntercomBehaviour, host: str, port: int) -> None:
        self.behaviour = behaviour
        self.address_family = socket.AF_INET6 if ":" in host else socket.AF_INET
        self._connections: set[socket.socket] = set()
        self._connections_lock = threading.Lock()
        self._wake_reader, self._wake_writer = socket.socketpair()
        self.timeout = 0.05  # handle_request() gives up if a ready connection vanished meanwhile
        try:
            super().__init__((host, port), _RequestHandler)
        except OSError as exc:
            self._wake_reader.close()
            self._wake_writer.close()
            raise ListenerError(
                f"The sandbox could not listen on {host} port {port}: {exc.strerror or exc}.",
                port=port,
                hint="Pick another port with --port, or 0 to let the system choose a free one.",
            ) from exc

    def serve_until_woken(self) -> None:
        """Accept connections until :meth:`wake`; unlike serve_forever it stops at once."""
        with selectors.DefaultSelector() as selector:
            selector.register(self, selectors.EVENT_READ)
            selector.register(self._wake_reader, selectors.EVENT_READ)
            while True:
                ready = [key.fileobj for key, _ in selector.select()]
                if self._wake_reader in ready:
                    return
                self.handle_request()  # the listening socket is readable: accept one

    def wake(self) -> None:
        with contextlib.suppress(OSError):
            self._wake_writer.send(b"x")

    def server_close(self) -> None:
        super().server_close()
        self._wake_reader.close()
        self._wake_writer.close()

    def server_bind(self) -> None:
        # HTTPServer.server_bind looks up the host's full name, which can stall on some networks.
        TCPServer.server_bind(self)
        host, port = self.server_address[:2]
        self.server_name = str(host)
        self.server_port = int(port)

    def process_request(self, request: Any, client_address: Any) -> None:
        with self._connections_lock:
            self._connections.add(request)
        super().process_request(request, client_address)

    def shutdown_request(self, request: Any) -> None:
        with self._connections_lock:
            self._connections.discard(request)
        super().shutdown_request(request)

    def drop_connections(self) -> None:
        with self._connections_lock:
            connections = list(self._connections)
        for connection in connections:
            with contextlib.suppress(OSError):
                connection.shutdown(socket.SHUT_RDWR)

    def handle_error(self, request: Any, client_address: Any) -> None:
        # Only socket trouble gets here (resets, half-closed connections: the "drop" fault,
        # closing browsers); the behaviour logs its own bugs. Tracebacks would alarm a trainee.
        return


class _RequestHandler(BaseHTTPRequestHandler):
    server: _Server
    protocol_version = "HTTP/1.1"
    server_version = "intercom-sandbox"
    sys_version = ""
    disable_nagle_algorithm = True  # headers and body go out as two writes; don't delay the second
    timeout = 60  # idle keep-alive connections are closed after a minute

    def do_GET(self) -> None:
        self._serve()

    def do_POST(self) -> None:
        self._serve()

    def do_PUT(self) -> None:
        self._serve()

    def do_PATCH(self) -> None:
        self._serve()

    def do_DELETE(self) -> None:
        self._serve()

    def log_message(self, format: str, *args: Any) -> None:
        # Request lines carry authorization codes and the state; never print them.
        return

    def _serve(self) -> None:
        body = self._read_body()
        if body is None:
            return
        split = urlsplit(self.path)
        answer = self.server.behaviour.answer(
            Request(
                method=self.command,
                path=split.path or "/",
                query=split.query,
                headers={name.lower(): value for name, value in self.headers.items()},
                body=body,
            )
        )
        if answer is None:
            self.close_connection = True
            return
        self._send(answer)

    def _read_body(self) -> bytes | None:
        if "chunked" in self.headers.get("Transfer-Encoding", "").lower():
            self._refuse(HTTPStatus.LENGTH_REQUIRED, "Send a Content-Length.")
            return None
        try:
            length = int(self.headers.get("Content-Length") or 0)
        except ValueError:
            length = -1
        if length < 0:
            self._refuse(HTTPStatus.BAD_REQUEST, "The Content-Length is not a number.")
            return None
        if length > MAX_BODY_BYTES:
            self._refuse(HTTPStatus.REQUEST_ENTITY_TOO_LARGE, "The request body is too large.")
            return None
        return self.rfile.read(length) if length else b""

    def _refuse(self, status: HTTPStatus, detail: str) -> None:
        self.close_connection = True
        self._send(html_answer(status, problem_page(status.phrase, detail)))

    def _send(self, answer: Answer) -> None:
        self.send_response(answer.status)
        for name, value in answer.headers:
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(answer.body)))
        if self.close_connection:
            self.send_header("Connection", "close")
        self.end_headers()
        if answer.body:
            self.wfile.write(answer.body)


__all__ = ["SandboxIntercom"]
