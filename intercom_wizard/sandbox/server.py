"""A stand-in Intercom on a local port, for training runs and for the tests.

One HTTP server answers for both of Intercom's hosts: the app host (the consent page under
``/oauth``) and the API host (token exchange, ``/me``, the permission probes, uninstall). It
behaves like the documented Intercom: single-use codes that expire and always carry ``+``, ``/``
and a trailing ``=`` (put raw into the redirect, as Intercom does), its error bodies and status
codes, the ``Intercom-Version`` and rate-limit headers. :class:`Faults` switches on the ways a
real setup goes wrong.

It runs on :class:`http.server.ThreadingHTTPServer` in a daemon thread, so the same object
serves synchronous tests, the asyncio command line and the Qt wizard alike.
"""

from __future__ import annotations

import base64
import contextlib
import hmac
import json
import os
import re
import secrets
import selectors
import socket
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from socketserver import TCPServer
from types import TracebackType
from typing import Any
from urllib.parse import parse_qsl, quote, urlencode, urlsplit

from intercom_wizard.errors import ListenerError
from intercom_wizard.intercom.permissions import PermissionKey
from intercom_wizard.sandbox.faults import Faults
from intercom_wizard.sandbox.pages import consent_page, problem_page

TOKEN_PATH = "/auth/eagle/token"  # noqa: S105 - a URL path, not a password
UNINSTALL_PATH = "/auth/uninstall"
CONSENT_PATHS = ("/", "/oauth", "/oauth/decide")

RATE_LIMIT = 1666  # Intercom's 10,000 calls a minute, spread over 10-second windows
RATE_WINDOW_SECONDS = 10
MAX_BODY_BYTES = 1 << 20

ADMIN_ID = "4242"
WORKSPACE_ID_CODE = "sbx123"

_CONTACT_PATH = re.compile(r"/contacts/[^/]+")
_COMPANY_PATH = re.compile(r"/companies/[^/]+")


@dataclass
class _Code:
    client_id: str
    expires_at: float  # time.monotonic()
    used: bool = False


@dataclass
class _Token:
    granted: frozenset[PermissionKey]
    revoked: bool = False


@dataclass
class _Answer:
    status: int
    body: bytes = b""
    headers: list[tuple[str, str]] = field(default_factory=list)


@dataclass(frozen=True)
class _Request:
    method: str
    path: str
    query: str
    headers: dict[str, str]  # lower-case names
    body: bytes


class SandboxIntercom:
    """A local Intercom that one test, one training run or one ``verify --sandbox`` talks to.

    The port is bound when the object is made (``port=0`` picks a free one), so ``base_url`` is
    known at once; :meth:`start` begins answering and :meth:`close` releases the port.
    """

    def __init__(
        self,
        *,
        host: str = "127.0.0.1",
        port: int = 0,
        client_id: str = "sandbox-client-id",
        client_secret: str = "sandbox-client-secret",  # noqa: S107 - the sandbox's fake one
        api_version: str = "2.11",
        workspace_name: str = "Sandbox Workspace",
        app_name: str = "Sandbox Connector",
        faults: Faults | None = None,
        code_ttl: float = 300.0,
    ) -> None:
        self.client_id = client_id
        self.api_version = api_version
        self.workspace_name = workspace_name
        self.app_name = app_name
        self.faults = faults if faults is not None else Faults()
        self.code_ttl = code_ttl
        self.client_secret = client_secret
        self._lock = threading.Lock()
        self._closing = threading.Event()
        self._codes: dict[str, _Code] = {}
        self._tokens: dict[str, _Token] = {}
        self._token_requests = 0
        self._rate_window = 0
        self._rate_count = 0
        self._thread: threading.Thread | None = None
        self._closed = False
        self._server = _Server(self, host, port)
        url_host = f"[{host}]" if ":" in host else host
        self.port = self._server.server_port
        self.base_url = f"http://{url_host}:{self.port}"

    # --- lifecycle ----------------------------------------------------------------------

    def start(self) -> None:
        """Begin answering requests in a background thread (calling it twice is harmless)."""
        if self._thread is not None or self._closed:
            return
        self._thread = threading.Thread(
            target=self._server.serve_until_woken,
            name=f"sandbox-intercom-{self.port}",
            daemon=True,
        )
        self._thread.start()

    def close(self) -> None:
        """Stop answering, drop open connections and release the port (idempotent)."""
        if self._closed:
            return
        self._closed = True
        self._closing.set()
        if self._thread is not None:
            self._server.wake()
            self._thread.join(timeout=2.0)
        self._server.server_close()
        self._server.drop_connections()

    def __enter__(self) -> SandboxIntercom:
        self.start()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"SandboxIntercom(base_url={self.base_url!r}, faults={self.faults.describe()!r})"

    # --- conveniences for tests and training -------------------------------------------

    def authorize_url(self, *, redirect_uri: str, state: str = "sandbox-state") -> str:
        """The consent address the wizard would open for this sandbox."""
        query = urlencode(
            {"client_id": self.client_id, "state": state, "redirect_uri": redirect_uri}
        )
        return f"{self.base_url}/oauth?{query}"

    @property
    def issued_tokens(self) -> tuple[str, ...]:
        """Every access token handed out so far, oldest first."""
        with self._lock:
            return tuple(self._tokens)

    @property
    def revoked(self) -> frozenset[str]:
        """The tokens that were uninstalled through ``/auth/uninstall``."""
        with self._lock:
            return frozenset(token for token, record in self._tokens.items() if record.revoked)

    @property
    def token_requests(self) -> int:
        """How many token requests reached the sandbox, whatever the answer (faults included).

        A code must never be sent twice; tests compare this with the number of consents.
        """
        with self._lock:
            return self._token_requests

    def granted(self, token: str) -> frozenset[PermissionKey]:
        """The permissions the token holds right now (empty for an unknown token)."""
        with self._lock:
            record = self._tokens.get(token)
        if record is None:
            return frozenset()
        return record.granted - frozenset(self.faults.missing)

    # --- dispatch -----------------------------------------------------------------------

    def _answer(self, request: _Request) -> _Answer | None:
        """The answer to one request, or None to close the connection without one."""
        if request.path in CONSENT_PATHS:
            return self._answer_consent(request)
        return self._answer_api(request)

    # --- app host: consent --------------------------------------------------------------

    def _answer_consent(self, request: _Request) -> _Answer:
        if request.path == "/":
            return _html(
                HTTPStatus.OK,
                problem_page(
                    "Sandbox Intercom",
                    "This is a training stand-in for Intercom. Start a consent from the wizard; "
                    "it opens the right address here.",
                ),
            )
        if request.path == "/oauth" and request.method == "GET":
            params = dict(parse_qsl(request.query, keep_blank_values=True))
            return self._consent_page(params)
        if request.path == "/oauth/decide" and request.method == "POST":
            params = dict(
                parse_qsl(request.body.decode("utf-8", "replace"), keep_blank_values=True)
            )
            return self._decide(params)
        return _html(
            HTTPStatus.METHOD_NOT_ALLOWED,
            problem_page("Not allowed", f"{request.method} is not used on {request.path}."),
        )

    def _consent_page(self, params: dict[str, str]) -> _Answer:
        problem = self._authorize_problem(params)
        if problem is not None:
            return problem
        permissions = set(PermissionKey) - set(self.faults.missing)
        page = consent_page(
            app_name=self.app_name,
            workspace_name=self.workspace_name,
            permissions=permissions,
            client_id=params["client_id"],
            state=params.get("state", ""),
            redirect_uri=params["redirect_uri"],
        )
        return _html(HTTPStatus.OK, page)

    def _decide(self, params: dict[str, str]) -> _Answer:
        problem = self._authorize_problem(params)
        if problem is not None:
            return problem
        decision = params.get("decision")
        if decision not in ("allow", "deny"):
            return _html(
                HTTPStatus.BAD_REQUEST,
                problem_page("No decision", "Choose Authorize or Cancel on the consent page."),
            )
        redirect_uri = params["redirect_uri"]
        state = params.get("state", "")
        if decision == "allow" and not self.faults.decline:
            # Raw, like Intercom: the code's '+', '/' and '=' are not percent-encoded.
            answer = f"code={self._issue_code(params['client_id'])}"
        else:
            answer = "error=access_denied&error_description=" + quote(
                "The user declined the authorization request", safe=""
            )
        if state:
            answer += "&state=" + quote(state, safe="")
        separator = "&" if urlsplit(redirect_uri).query else "?"
        location = f"{redirect_uri}{separator}{answer}"
        return _Answer(
            HTTPStatus.FOUND,
            b"",
            [("Location", location), ("Cache-Control", "no-store")],
        )

    def _authorize_problem(self, params: dict[str, str]) -> _Answer | None:
        client_id = params.get("client_id", "")
        if not client_id:
            return _html(
                HTTPStatus.BAD_REQUEST,
                problem_page("No client_id", "The consent address carries no client_id."),
            )
        if not hmac.compare_digest(client_id.encode(), self.client_id.encode()):
            return _html(
                HTTPStatus.BAD_REQUEST,
                problem_page(
                    "Unknown app",
                    "No app with this Client ID exists in the sandbox workspace. "
                    f"Use the sandbox's Client ID ({self.client_id}).",
                ),
            )
        redirect_uri = params.get("redirect_uri", "")
        if not _redirect_allowed(redirect_uri):
            return _html(
                HTTPStatus.BAD_REQUEST,
                problem_page(
                    "Redirect URL not registered",
                    "The redirect_uri must be http(s)://127.0.0.1:PORT/callback, "
                    "http(s)://localhost:PORT/callback or https://SERVICE-DOMAIN/connector/callback.",
                ),
            )
        return None

    def _issue_code(self, client_id: str) -> str:
        now = time.monotonic()
        with self._lock:
            # Forget codes long past their expiry so a long training session stays small.
            for stale in [c for c, r in self._codes.items() if r.expires_at < now - self.code_ttl]:
                del self._codes[stale]
            code = _new_code()
            while code in self._codes:
                code = _new_code()
            self._codes[code] = _Code(client_id=client_id, expires_at=now + self.code_ttl)
        return code

    # --- API host -----------------------------------------------------------------------

    def _answer_api(self, request: _Request) -> _Answer | None:
        faults = self.faults
        if request.path == TOKEN_PATH:
            with self._lock:
                self._token_requests += 1  # counted on arrival, even when a fault answers instead
        if faults.slow_seconds > 0 and self._closing.wait(faults.slow_seconds):
            return None
        if faults.drop_connection:
            return None
        headers = self._api_headers(faults)
        if faults.server_error:
            return _error(headers, HTTPStatus.INTERNAL_SERVER_ERROR, "server_error", "Server Error")
        if request.path == TOKEN_PATH:
            if request.method != "POST":
                return _error(headers, HTTPStatus.NOT_FOUND, "not_found", "Resource Not Found")
            return self._exchange(request, headers)
        if self._take_rate_limit_fault(faults):
            headers = [
                (name, value)
                for name, value in headers
                if name not in ("X-RateLimit-Remaining", "X-RateLimit-Reset")
            ]
            headers += [
                ("X-RateLimit-Remaining", "0"),
                ("X-RateLimit-Reset", str(int(time.time()) + 1)),
            ]
            return _error(
                headers,
                HTTPStatus.TOO_MANY_REQUESTS,
                "rate_limit_exceeded",
                "You have exceeded the rate limit. Please try again later.",
            )
        token, problem = self._authenticate(request, headers)
        if problem is not None:
            return problem
        route = _route(request.method, request.path.rstrip("/") or "/")
        if route is None:
            return _error(headers, HTTPStatus.NOT_FOUND, "not_found", "Resource Not Found")
        required, handler = route
        if required is not None and required not in self.granted(token):
            return _error(
                headers,
                HTTPStatus.FORBIDDEN,
                "forbidden",
                f"You do not have the required scope ({required.value}) to access this resource",
            )
        return handler(self, request, headers, token)

    def _api_headers(self, faults: Faults) -> list[tuple[str, str]]:
        now = time.time()
        window = int(now // RATE_WINDOW_SECONDS)
        with self._lock:
            if window != self._rate_window:
                self._rate_window, self._rate_count = window, 0
            self._rate_count += 1
            remaining = max(0, RATE_LIMIT - self._rate_count)
        headers = [
            ("X-Request-Id", secrets.token_hex(10)),
            ("X-RateLimit-Limit", str(RATE_LIMIT)),
            ("X-RateLimit-Remaining", str(remaining)),
            ("X-RateLimit-Reset", str((window + 1) * RATE_WINDOW_SECONDS)),
        ]
        if not faults.no_version_header:
            headers.append(("Intercom-Version", self.api_version))
        return headers

    def _take_rate_limit_fault(self, faults: Faults) -> bool:
        with self._lock:
            if faults.rate_limit_once:
                faults.rate_limit_once = False  # "once": the fault switches itself off
                return True
        return False

    def _authenticate(
        self, request: _Request, headers: list[tuple[str, str]]
    ) -> tuple[str, _Answer | None]:
        scheme, _, token = request.headers.get("authorization", "").strip().partition(" ")
        token = token.strip()
        with self._lock:
            record = self._tokens.get(token) if scheme.lower() == "bearer" and token else None
        if record is None:
            return "", _error(
                headers, HTTPStatus.UNAUTHORIZED, "unauthorized", "Access Token Invalid"
            )
        if record.revoked:
            return "", _error(headers, HTTPStatus.UNAUTHORIZED, "token_revoked", "Token revoked")
        return token, None

    def _exchange(self, request: _Request, headers: list[tuple[str, str]]) -> _Answer:
        form = _form_fields(request)
        with self._lock:
            client_ok = hmac.compare_digest(
                form.get("client_id", "").encode(), self.client_id.encode()
            ) and hmac.compare_digest(
                form.get("client_secret", "").encode(), self.client_secret.encode()
            )
            if not client_ok:
                # The code is left unspent: the client was refused before the code was looked at.
                return _error(
                    headers, HTTPStatus.UNAUTHORIZED, "unauthorized", "Unauthorized Client"
                )
            record = self._codes.get(form.get("code", ""))
            usable = (
                record is not None
                and not record.used
                and record.expires_at > time.monotonic()
                and record.client_id == form.get("client_id")
            )
            if record is not None:
                record.used = True  # a presented code is spent, whatever the outcome
            if not usable:
                return _error(headers, HTTPStatus.UNAUTHORIZED, "unauthorized", "Unauthorized Code")
            token = _new_token()
            granted = frozenset(PermissionKey) - frozenset(self.faults.missing)
            self._tokens[token] = _Token(granted=granted)
        return _json(
            HTTPStatus.OK,
            {"token_type": "Bearer", "token": token, "access_token": token},
            headers,
        )

    def _me(self, request: _Request, headers: list[tuple[str, str]], token: str) -> _Answer:
        body = {
            **_admin(),
            "has_inbox_seat": True,
            "avatar": {"type": "avatar", "image_url": None},
            "app": {
                "type": "app",
                "id_code": WORKSPACE_ID_CODE,
                "name": self.workspace_name,
                "created_at": 1_700_000_000,
                "secure": False,
                "identity_verification": False,
                "timezone": "Europe/London",
                "region": "US",
            },
        }
        return _json(HTTPStatus.OK, body, headers)

    def _admins(self, request: _Request, headers: list[tuple[str, str]], token: str) -> _Answer:
        return _json(HTTPStatus.OK, {"type": "admin.list", "admins": [_admin()]}, headers)

    def _contact(self, request: _Request, headers: list[tuple[str, str]], token: str) -> _Answer:
        return _error(headers, HTTPStatus.NOT_FOUND, "not_found", "User Not Found")

    def _company(self, request: _Request, headers: list[tuple[str, str]], token: str) -> _Answer:
        return _error(headers, HTTPStatus.NOT_FOUND, "not_found", "Company Not Found")

    def _conversation(
        self, request: _Request, headers: list[tuple[str, str]], token: str
    ) -> _Answer:
        try:
            payload = json.loads(request.body or b"{}")
        except ValueError:
            return _error(
                headers, HTTPStatus.BAD_REQUEST, "parameter_invalid", "Request body is not JSON"
            )
        if not isinstance(payload, dict) or "from" not in payload:
            return _error(headers, HTTPStatus.BAD_REQUEST, "parameter_invalid", "From is required")
        if "body" not in payload:
            return _error(headers, HTTPStatus.BAD_REQUEST, "parameter_invalid", "Body is required")
        # Nothing is stored: the sandbox only proves the permission holds.
        message = {"type": "user_message", "id": secrets.token_hex(6), "body": payload["body"]}
        return _json(HTTPStatus.OK, message, headers)

    def _uninstall(self, request: _Request, headers: list[tuple[str, str]], token: str) -> _Answer:
        with self._lock:
            self._tokens[token].revoked = True
        return _json(HTTPStatus.OK, {}, headers)


_Handler = Callable[[SandboxIntercom, _Request, list[tuple[str, str]], str], _Answer]


def _route(method: str, path: str) -> tuple[PermissionKey | None, _Handler] | None:
    """Which permission an API call needs, and who answers it."""
    if method == "GET" and path == "/me":
        return None, SandboxIntercom._me
    if method == "GET" and path == "/admins":
        return PermissionKey.READ_ADMINS, SandboxIntercom._admins
    if method == "GET" and _CONTACT_PATH.fullmatch(path):
        return PermissionKey.READ_ONE_USER_AND_ONE_COMPANY, SandboxIntercom._contact
    if method == "GET" and _COMPANY_PATH.fullmatch(path):
        return PermissionKey.READ_ONE_USER_AND_ONE_COMPANY, SandboxIntercom._company
    if method == "POST" and path == "/conversations":
        return PermissionKey.WRITE_CONVERSATIONS, SandboxIntercom._conversation
    if method == "POST" and path == UNINSTALL_PATH:
        return None, SandboxIntercom._uninstall
    return None


# --- HTTP plumbing ----------------------------------------------------------------------


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    block_on_close = False  # close() drops open connections itself; never wait on a slow one
    allow_reuse_address = os.name != "nt"  # on Windows it would let two servers share a port

    def __init__(self, sandbox: SandboxIntercom, host: str, port: int) -> None:
        self.sandbox = sandbox
        self.address_family = socket.AF_INET6 if ":" in host else socket.AF_INET
        self._connections: set[socket.socket] = set()
        self._connections_lock = threading.Lock()
        self._wake_reader, self._wake_writer = socket.socketpair()
        self.timeout = 0.05  # handle_request() gives up if a ready connection vanished meanwhile
        try:
            super().__init__((host, port), _RequestHandler)
        except OSError as exc:
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
        # Resets and half-closed connections are part of the job (the "drop" fault, closing
        # browsers); tracebacks on stderr would only alarm a trainee.
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
        request = _Request(
            method=self.command,
            path=split.path or "/",
            query=split.query,
            headers={name.lower(): value for name, value in self.headers.items()},
            body=body,
        )
        try:
            answer = self.server.sandbox._answer(request)
        except Exception:
            answer = _html(
                HTTPStatus.INTERNAL_SERVER_ERROR,
                problem_page("Sandbox failure", "The sandbox could not answer this request."),
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
        self._send(_html(status, problem_page(status.phrase, detail)))

    def _send(self, answer: _Answer) -> None:
        self.send_response(answer.status)
        for name, value in answer.headers:
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(answer.body)))
        if self.close_connection:
            self.send_header("Connection", "close")
        self.end_headers()
        if answer.body and self.command != "HEAD":
            self.wfile.write(answer.body)


# --- small helpers ----------------------------------------------------------------------


def _new_code() -> str:
    """A code like Intercom's: base64 with '+' and '/' inside and '=' at the end.

    32 random bytes give 43 base64 characters and one '=' of padding; draws that happen to lack
    '+' or '/' are redrawn (about three in four are), so every code tests byte-exact handling.
    """
    while True:
        code = base64.b64encode(secrets.token_bytes(32)).decode("ascii")
        if "+" in code and "/" in code:
            return code


def _new_token() -> str:
    return base64.b64encode(b"tok:" + secrets.token_hex(20).encode("ascii")).decode("ascii")


def _admin() -> dict[str, Any]:
    return {
        "type": "admin",
        "id": ADMIN_ID,
        "name": "Sandy Box",
        "email": "sandy@example.com",
        "email_verified": True,
    }


def _redirect_allowed(uri: str) -> bool:
    """The redirect URLs registered on the sandbox's app: loopback callbacks and Cyclr's."""
    if not uri or not uri.isascii() or any(ord(ch) <= 0x20 or ord(ch) == 0x7F for ch in uri):
        return False
    try:
        split = urlsplit(uri)
        split.port  # noqa: B018 - raises ValueError on a malformed port
    except ValueError:
        return False
    if split.username is not None or split.fragment or not split.hostname:
        return False
    if split.hostname in ("127.0.0.1", "localhost"):
        return split.scheme in ("http", "https") and split.path == "/callback"
    return split.scheme == "https" and split.path == "/connector/callback"


def _form_fields(request: _Request) -> dict[str, str]:
    text = request.body.decode("utf-8", "replace")
    if "json" in request.headers.get("content-type", ""):
        try:
            payload = json.loads(text)
        except ValueError:
            return {}
        if not isinstance(payload, dict):
            return {}
        return {str(key): str(value) for key, value in payload.items()}
    return dict(parse_qsl(text, keep_blank_values=True))


def _html(status: int, page: bytes) -> _Answer:
    return _Answer(
        status,
        page,
        [("Content-Type", "text/html; charset=utf-8"), ("Cache-Control", "no-store")],
    )


def _json(status: int, payload: Any, headers: list[tuple[str, str]]) -> _Answer:
    body = json.dumps(payload).encode("utf-8")
    return _Answer(status, body, [*headers, ("Content-Type", "application/json; charset=utf-8")])


def _error(headers: list[tuple[str, str]], status: int, code: str, message: str) -> _Answer:
    """Intercom's error body, carrying the same request id as the X-Request-Id header."""
    request_id = dict(headers)["X-Request-Id"]
    body = {
        "type": "error.list",
        "request_id": request_id,
        "errors": [{"code": code, "message": message}],
    }
    return _json(status, body, headers)


__all__ = ["SandboxIntercom"]
