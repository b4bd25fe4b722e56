"""What the sandbox workspace remembers: its app, the codes and tokens it issued, its counters.

Shared by the consent pages and the API host; every change goes through the one lock, because
the threaded server answers requests concurrently.
"""

from __future__ import annotations

import base64
import secrets
import threading
import time
from dataclasses import dataclass
from typing import Any

from intercom_wizard.intercom.permissions import PermissionKey
from intercom_wizard.sandbox.credentials import SANDBOX_CLIENT_ID, SANDBOX_CLIENT_SECRET
from intercom_wizard.sandbox.faults import Faults
from intercom_wizard.sandbox.versions import spoken_versions

RATE_LIMIT = 1666  # Intercom's 10,000 calls a minute, spread over 10-second windows
RATE_WINDOW_SECONDS = 10


@dataclass
class _Code:
    client_id: str
    expires_at: float  # time.monotonic()
    used: bool = False


@dataclass
class _Token:
    granted: frozenset[PermissionKey]
    revoked: bool = False


class SandboxState:
    """The sandbox workspace and the one app installed in it."""

    def __init__(
        self,
        *,
        client_id: str = SANDBOX_CLIENT_ID,
        client_secret: str = SANDBOX_CLIENT_SECRET,
        api_version: str = "2.11",
        workspace_name: str = "Sandbox Workspace",
        app_name: str = "Sandbox Connector",
        faults: Faults | None = None,
        code_ttl: float = 300.0,
    ) -> None:
        if api_version not in spoken_versions():
            raise ValueError(
                f"The sandbox speaks Intercom {', '.join(spoken_versions())}, not {api_version}."
            )
        self.client_id = client_id
        self.client_secret = client_secret
        self.api_version = api_version
        self.workspace_name = workspace_name
        self.app_name = app_name
        self.faults = faults if faults is not None else Faults()
        self.code_ttl = code_ttl
        # The app's registered redirect URLs, matched exactly; None accepts any loopback
        # callback and any https://DOMAIN/connector/callback.
        self.redirect_uris: frozenset[str] | None = None
        # Registered beside that rule: a sandbox Cyclr's callback on its loopback port.
        self.extra_redirect_uris: frozenset[str] = frozenset()
        self.lock = threading.Lock()
        self.closing = threading.Event()  # set when the sandbox stops: slow answers give up
        self._codes: dict[str, _Code] = {}
        self._tokens: dict[str, _Token] = {}
        self._token_requests = 0
        self._rate_window = 0
        self._rate_count = 0
        self._created: list[dict[str, Any]] = []

    # --- what tests and training read ---------------------------------------------------

    @property
    def issued_tokens(self) -> tuple[str, ...]:
        """Every access token handed out so far, oldest first."""
        with self.lock:
            return tuple(self._tokens)

    @property
    def revoked(self) -> frozenset[str]:
        """The tokens that were uninstalled through ``/auth/uninstall``."""
        with self.lock:
            return frozenset(token for token, record in self._tokens.items() if record.revoked)

    @property
    def token_requests(self) -> int:
        """How many token requests reached the sandbox, whatever the answer (faults included).

        A code must never be sent twice; tests compare this with the number of consents.
        """
        with self.lock:
            return self._token_requests

    @property
    def created(self) -> tuple[dict[str, Any], ...]:
        """Everything an API call created in the workspace (the probes must leave it empty)."""
        with self.lock:
            return tuple(self._created)

    def granted(self, token: str) -> frozenset[PermissionKey]:
        """The permissions the token holds right now (empty for an unknown token)."""
        with self.lock:
            record = self._tokens.get(token)
        if record is None:
            return frozenset()
        return record.granted - frozenset(self.faults.missing)

    # --- changes --------------------------------------------------------------------------

    def issue_code(self, client_id: str) -> str:
        now = time.monotonic()
        with self.lock:
            # Forget codes long past their expiry so a long training session stays small.
            for stale in [c for c, r in self._codes.items() if r.expires_at < now - self.code_ttl]:
                del self._codes[stale]
            code = _new_code()
            while code in self._codes:
                code = _new_code()
            self._codes[code] = _Code(client_id=client_id, expires_at=now + self.code_ttl)
        return code

    def count_token_request(self) -> None:
        with self.lock:
            self._token_requests += 1

    def redeem(self, code: str, client_id: str) -> str | None:
        """A new token for a usable code, else None; a presented code is spent either way."""
        with self.lock:
            record = self._codes.get(code)
            usable = (
                record is not None
                and not record.used
                and record.expires_at > time.monotonic()
                and record.client_id == client_id
            )
            if record is not None:
                record.used = True
            if not usable:
                return None
            token = _new_token()
            self._tokens[token] = _Token(granted=frozenset(PermissionKey) - self.faults.missing)
        return token

    def token_status(self, token: str) -> str:
        """``valid``, ``revoked`` or ``unknown``."""
        with self.lock:
            record = self._tokens.get(token) if token else None
        if record is None:
            return "unknown"
        return "revoked" if record.revoked else "valid"

    def revoke(self, token: str) -> None:
        with self.lock:
            self._tokens[token].revoked = True

    def record_created(self, thing: dict[str, Any]) -> None:
        with self.lock:
            self._created.append(thing)

    def count_api_call(self) -> tuple[int, int]:
        """This call's rate-limit window (its index) and the calls left in it."""
        window = int(time.time() // RATE_WINDOW_SECONDS)
        with self.lock:
            if window != self._rate_window:
                self._rate_window, self._rate_count = window, 0
            self._rate_count += 1
            return window, max(0, RATE_LIMIT - self._rate_count)

    def take_rate_limit_fault(self) -> bool:
        with self.lock:
            if self.faults.rate_limit_once:
                self.faults.rate_limit_once = False  # "once": the fault switches itself off
                return True
        return False


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
