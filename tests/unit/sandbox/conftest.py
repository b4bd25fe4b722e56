"""Fixtures for the sandbox tests: a running sandbox, an HTTP client on it, a recording listener."""

from __future__ import annotations

import ssl
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, HTTPServer
from urllib.parse import urlsplit

import httpx
import pytest

from intercom_wizard.sandbox.behaviour import IntercomBehaviour
from intercom_wizard.sandbox.server import SandboxIntercom

CALLBACK = "http://127.0.0.1:41923/callback"

# One TLS context for every test client: httpx builds a fresh one (~30 ms) per client otherwise.
TLS = ssl.create_default_context()


@pytest.fixture
def sandbox() -> Iterator[SandboxIntercom]:
    with SandboxIntercom(code_ttl=2.0) as server:
        yield server


@pytest.fixture
def client(sandbox: SandboxIntercom) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=sandbox.base_url, timeout=5.0, verify=TLS) as http:
        yield http


def offline(behaviour: IntercomBehaviour) -> httpx.Client:
    """A client that reaches ``behaviour`` through its MockTransport: no sockets at all."""
    return httpx.Client(transport=behaviour.transport(), base_url=behaviour.base_url, timeout=5.0)


@pytest.fixture
def behaviour() -> IntercomBehaviour:
    return IntercomBehaviour(code_ttl=2.0)


@pytest.fixture
def offline_client(behaviour: IntercomBehaviour) -> Iterator[httpx.Client]:
    with offline(behaviour) as http:
        yield http


def decide(
    client: httpx.Client, sandbox: IntercomBehaviour, decision: str = "allow", **extra: str
) -> httpx.Response:
    fields = {
        "client_id": sandbox.client_id,
        "state": "st-1",
        "redirect_uri": CALLBACK,
        "decision": decision,
        **extra,
    }
    return client.post("/oauth/decide", data=fields)


def raw_query(location: str) -> dict[str, str]:
    """Query fields exactly as they stand in the Location header (no decoding at all)."""
    pairs = (part.partition("=") for part in urlsplit(location).query.split("&"))
    return {name: value for name, _, value in pairs}


def new_code(client: httpx.Client, sandbox: IntercomBehaviour) -> str:
    answer = decide(client, sandbox)
    assert answer.status_code == 302
    return raw_query(answer.headers["location"])["code"]


def exchange(
    client: httpx.Client, sandbox: IntercomBehaviour, code: str, **override: str
) -> httpx.Response:
    fields = {"code": code, "client_id": sandbox.client_id, "client_secret": sandbox.client_secret}
    fields.update(override)
    return client.post("/auth/eagle/token", data=fields)


def new_token(client: httpx.Client, sandbox: IntercomBehaviour) -> str:
    answer = exchange(client, sandbox, new_code(client, sandbox))
    assert answer.status_code == 200
    token: str = answer.json()["access_token"]
    return token


def bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


@dataclass
class RecordingListener:
    """A plain HTTP listener standing in for the wizard's: records raw request lines."""

    server: HTTPServer
    request_lines: list[str] = field(default_factory=list)
    page: bytes = b"<html><body>caught</body></html>"
    delay: float = 0.0

    @property
    def redirect_uri(self) -> str:
        scheme = "https" if getattr(self.server, "tls", False) else "http"
        return f"{scheme}://127.0.0.1:{self.server.server_port}/callback"


def start_listener(wrap_tls: object = None) -> RecordingListener:
    recorder: RecordingListener

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            recorder.request_lines.append(self.requestline)
            if recorder.delay:
                threading.Event().wait(recorder.delay)
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.send_header("Content-Length", str(len(recorder.page)))
            self.end_headers()
            self.wfile.write(recorder.page)

        def log_message(self, format: str, *args: object) -> None:
            return

    server = HTTPServer(("127.0.0.1", 0), Handler)
    if wrap_tls is not None:
        server.socket = wrap_tls.wrap_socket(server.socket, server_side=True)  # type: ignore[attr-defined]
        server.tls = True  # type: ignore[attr-defined]
    recorder = RecordingListener(server)
    threading.Thread(
        target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
    ).start()
    return recorder


@pytest.fixture
def listener() -> Iterator[RecordingListener]:
    recorder = start_listener()
    yield recorder
    recorder.server.shutdown()
    recorder.server.server_close()
