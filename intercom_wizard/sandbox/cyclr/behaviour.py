"""What the sandbox Cyclr answers: its REST API and the two pages of its service domain.

The API follows Cyclr's documentation (PascalCase members, ``X-Cyclr-Account``, 14-day tokens,
single-use five-minute sign-in tokens). Where Cyclr's behaviour is unknown, the sandbox takes
the stricter reading, so the wizard cannot come to rely on a guess: listing connectors needs an
account, and after a failed exchange the browser is still sent to ``targetOrigin`` with nothing
that says how it went. Its service pages run the real chain: ``updateaccountconnectoroauth``
sends the browser to the sandbox Intercom's consent with Cyclr's callback as ``redirect_uri``,
and ``/connector/callback`` exchanges the code there with the credentials "in its Console".
"""

from __future__ import annotations

import hmac
import json
import logging
import secrets
import threading
import time
import uuid
from dataclasses import dataclass, field
from http import HTTPStatus
from typing import Any
from urllib.parse import parse_qsl, urlencode

import httpx

from intercom_wizard.consent.redirect import parse_query
from intercom_wizard.sandbox.credentials import SANDBOX_CLIENT_ID, SANDBOX_CLIENT_SECRET
from intercom_wizard.sandbox.cyclr.faults import CyclrFaults
from intercom_wizard.sandbox.messages import Answer, Request, html_answer
from intercom_wizard.sandbox.pages import problem_page

_log = logging.getLogger(__name__)

SANDBOX_CYCLR_CLIENT_ID = "sandbox-cyclr-client-id"
SANDBOX_CYCLR_CLIENT_SECRET = "sandbox-cyclr-client-secret"  # noqa: S105 - a published fake
TOKEN_LIFETIME = 1209599  # Cyclr's documented 14 days, less a second
SIGN_IN_TTL = 300.0
OAUTH_PAGE = "/connectorauth/updateaccountconnectoroauth"
CALLBACK = "/connector/callback"

# (id, name, version): several Intercom versions, and other connectors the filter must drop.
LIBRARY = (
    ("5101", "Intercom", "2.9"),
    ("5102", "Intercom", "2.10"),
    ("5103", "Intercom", "2.11"),
    ("6001", "Slack", "1.0"),
    ("6002", "HubSpot CRM", "3.0"),
)


@dataclass
class AccountConnector:
    id: str
    connector_id: str
    authenticated: bool = False


@dataclass
class SandboxAccount:
    id: str
    name: str
    connectors: dict[str, AccountConnector] = field(default_factory=dict)
    users: set[str] = field(default_factory=set)


@dataclass
class _SignIn:
    account_id: str
    expires_at: float
    used: bool = False


@dataclass
class _Attempt:
    account_id: str
    account_connector_id: str
    target: str


class CyclrBehaviour:
    """One partner's Cyclr: API credentials, accounts, a connector library and a Console."""

    def __init__(
        self,
        *,
        intercom_base: str,
        faults: CyclrFaults | None = None,
        api_client_id: str = SANDBOX_CYCLR_CLIENT_ID,
        api_client_secret: str = SANDBOX_CYCLR_CLIENT_SECRET,
        console_client_id: str = SANDBOX_CLIENT_ID,
        console_client_secret: str = SANDBOX_CLIENT_SECRET,
    ) -> None:
        self.intercom_base = intercom_base
        self.faults = faults if faults is not None else CyclrFaults()
        self.api_client_id = api_client_id
        self.api_client_secret = api_client_secret
        # The Intercom app's credentials as typed into the Cyclr Console (settable).
        self.console_client_id = console_client_id
        self.console_client_secret = console_client_secret
        self.base_url = ""  # set by the server once its port is known
        self.lock = threading.Lock()
        self.closing = threading.Event()
        self.accounts: dict[str, SandboxAccount] = {}
        self.deleted_accounts: list[str] = []
        self.issued: list[str] = []  # every API and sign-in token handed out
        self._api_tokens: dict[str, float] = {}
        self._sign_ins: dict[str, _SignIn] = {}
        self._attempts: dict[str, _Attempt] = {}
        existing = SandboxAccount(str(uuid.uuid4()), "Acme Production")
        self.accounts[existing.id] = existing

    @property
    def callback_url(self) -> str:
        return f"{self.base_url}{CALLBACK}"

    def installed(self) -> list[AccountConnector]:
        with self.lock:
            return [c for a in self.accounts.values() for c in a.connectors.values()]

    # --- dispatch -----------------------------------------------------------------------

    def answer(self, request: Request) -> Answer | None:
        try:
            if request.path == OAUTH_PAGE:
                return self._oauth_page(request)
            if request.path == CALLBACK:
                return self._callback(request)
            return self._api(request)
        except Exception:
            _log.exception("the sandbox Cyclr failed on %s %s", request.method, request.path)
            return _json(HTTPStatus.INTERNAL_SERVER_ERROR, {"Message": "Sandbox failure"})

    # --- the API ------------------------------------------------------------------------

    def _api(self, request: Request) -> Answer | None:
        method, path = request.method, request.path.rstrip("/")
        if path == "/oauth/token" and method == "POST":
            return self._token(request)
        if not self._authorized(request):
            return _json(HTTPStatus.UNAUTHORIZED, {"Message": "Authorization has been denied."})
        parts = path.split("/")[1:]  # ["v1.0", ...]
        if not parts or parts[0] != "v1.0":
            return _json(HTTPStatus.NOT_FOUND, {"Message": "No such resource."})
        rest = parts[1:]
        account = self._header_account(request)
        body = _body(request)
        if rest == ["accounts"] and method == "GET":
            with self.lock:
                return _json(200, [_account(a) for a in self.accounts.values()])
        if rest == ["accounts"] and method == "POST":
            name = str(body.get("Name") or "").strip()
            if not name:
                return _json(HTTPStatus.BAD_REQUEST, {"Message": "Name is required."})
            created = SandboxAccount(str(uuid.uuid4()), name)
            with self.lock:
                self.accounts[created.id] = created
            return _json(HTTPStatus.OK, _account(created))
        if len(rest) == 2 and rest[0] == "accounts":
            return self._one_account(method, rest[1])
        if len(rest) == 3 and rest[0] == "accounts" and rest[2] == "signintoken":
            return self._sign_in_token(rest[1], body)
        if rest == ["connectors"] and method == "GET":
            if account is None:
                # [?] for real Cyclr; the sandbox takes the strict reading.
                return _json(HTTPStatus.BAD_REQUEST, {"Message": "X-Cyclr-Account is required."})
            return self._connectors(request)
        if len(rest) == 3 and rest[0] == "connectors" and rest[2] == "install":
            if account is None:
                return _json(HTTPStatus.BAD_REQUEST, {"Message": "X-Cyclr-Account is required."})
            return self._install(account, rest[1], body)
        if len(rest) == 3 and rest[:2] == ["account", "connectors"]:
            if account is None:
                return _json(HTTPStatus.BAD_REQUEST, {"Message": "X-Cyclr-Account is required."})
            return self._account_connector(method, account, rest[2])
        return _json(HTTPStatus.NOT_FOUND, {"Message": "No such resource."})

    def _token(self, request: Request) -> Answer:
        form = dict(parse_qsl(request.body.decode("utf-8", "replace")))
        good = (
            not self.faults.refuse_api
            and form.get("grant_type") == "client_credentials"
            and hmac.compare_digest(form.get("client_id", "").encode(), self.api_client_id.encode())
            and hmac.compare_digest(
                form.get("client_secret", "").encode(), self.api_client_secret.encode()
            )
        )
        if not good:
            return _json(HTTPStatus.BAD_REQUEST, {"error": "invalid_client"})
        token = secrets.token_urlsafe(32)
        with self.lock:
            self._api_tokens[token] = time.time() + TOKEN_LIFETIME
            self.issued.append(token)
        return _json(
            HTTPStatus.OK,
            {"token_type": "bearer", "access_token": token, "expires_in": TOKEN_LIFETIME},
        )

    def _authorized(self, request: Request) -> bool:
        scheme, _, token = request.headers.get("authorization", "").partition(" ")
        if self.faults.refuse_api or scheme.lower() != "bearer":
            return False
        with self.lock:
            expires = self._api_tokens.get(token.strip())
        return expires is not None and expires > time.time()

    def _header_account(self, request: Request) -> SandboxAccount | None:
        wanted = request.headers.get("x-cyclr-account", "").strip()
        with self.lock:
            return self.accounts.get(wanted)

    def _one_account(self, method: str, account_id: str) -> Answer | None:
        with self.lock:
            account = self.accounts.get(account_id)
        if account is None:
            return _json(HTTPStatus.NOT_FOUND, {"Message": "Account not found."})
        if method == "GET":
            return _json(HTTPStatus.OK, _account(account))
        if method == "DELETE":
            problem = self._cleanup_fault()
            if problem is not None or self.closing.is_set():
                return problem
            with self.lock:
                self.accounts.pop(account_id, None)
                self.deleted_accounts.append(account_id)
            return Answer(HTTPStatus.NO_CONTENT)
        return _json(HTTPStatus.METHOD_NOT_ALLOWED, {"Message": "Not allowed."})

    def _sign_in_token(self, account_id: str, body: dict[str, Any]) -> Answer:
        username = str(body.get("Username") or "").strip()
        with self.lock:
            account = self.accounts.get(account_id)
            if account is None:
                return _json(HTTPStatus.NOT_FOUND, {"Message": "Account not found."})
            if not username:
                return _json(HTTPStatus.BAD_REQUEST, {"Message": "Username is required."})
            account.users.add(username)  # Cyclr creates the user when missing
            token = secrets.token_urlsafe(24)
            expires = time.time() + SIGN_IN_TTL
            self._sign_ins[token] = _SignIn(account_id, expires)
            self.issued.append(token)
        stamp = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(expires))
        return _json(HTTPStatus.OK, {"Token": token, "ExpiresAtUtc": stamp})

    def _connectors(self, request: Request) -> Answer:
        query = dict(parse_qsl(request.query)).get("query", "").lower()
        library = [entry for entry in LIBRARY if query in entry[1].lower()]
        if self.faults.no_intercom:
            library = [entry for entry in library if "intercom" not in entry[1].lower()]
        elif self.faults.no_match:
            library = [entry for entry in library if entry[2] != "2.11"]
        records = [
            {
                "Id": int(cid),
                "Name": name,
                "Description": f"{name} connector",
                "Status": "Approved",
                "Version": version,
                "AuthType": "OAuth2",
                "OAuth2Type": "AuthorisationCode",
            }
            for cid, name, version in library
        ]
        answer = _json(HTTPStatus.OK, records)
        answer.headers += [("Total-Pages", "1"), ("Total-Records", str(len(records)))]
        return answer

    def _install(self, account: SandboxAccount, connector_id: str, body: dict[str, Any]) -> Answer:
        if connector_id not in {entry[0] for entry in LIBRARY}:
            return _json(HTTPStatus.NOT_FOUND, {"Message": "Connector not found."})
        installed = AccountConnector(str(secrets.randbelow(900000) + 100000), connector_id)
        with self.lock:
            account.connectors[installed.id] = installed
        return _json(HTTPStatus.OK, _installed(installed, str(body.get("Name") or "")))

    def _account_connector(
        self, method: str, account: SandboxAccount, connector_id: str
    ) -> Answer | None:
        with self.lock:
            installed = account.connectors.get(connector_id)
        if installed is None:
            return _json(HTTPStatus.NOT_FOUND, {"Message": "Account connector not found."})
        if method == "GET":
            return _json(HTTPStatus.OK, _installed(installed, ""))
        if method == "DELETE":
            problem = self._cleanup_fault()
            if problem is not None or self.closing.is_set():
                return problem
            with self.lock:
                account.connectors.pop(connector_id, None)
            return Answer(HTTPStatus.NO_CONTENT)
        return _json(HTTPStatus.METHOD_NOT_ALLOWED, {"Message": "Not allowed."})

    def _cleanup_fault(self) -> Answer | None:
        if self.faults.slow_cleanup and self.closing.wait(self.faults.slow_cleanup):
            return None
        if self.faults.cleanup_fails:
            return _json(HTTPStatus.INTERNAL_SERVER_ERROR, {"Message": "An error has occurred."})
        return None

    # --- the service domain's pages --------------------------------------------------------

    def _oauth_page(self, request: Request) -> Answer:
        params = dict(parse_qsl(request.query, keep_blank_values=True))
        target = params.get("targetOrigin", "")
        now = time.time()
        with self.lock:
            sign_in = self._sign_ins.get(params.get("token", ""))
            usable = sign_in is not None and not sign_in.used and sign_in.expires_at > now
            if sign_in is not None:
                sign_in.used = True  # single use, whatever happens next
            account = self.accounts.get(sign_in.account_id) if sign_in else None
            installed = account.connectors.get(params.get("id", "")) if account else None
        if not usable or installed is None or account is None:
            return html_answer(
                HTTPStatus.UNAUTHORIZED,
                problem_page("Sign-in expired", "This Cyclr sign-in link is used or expired."),
            )
        if not target:
            return html_answer(
                HTTPStatus.BAD_REQUEST, problem_page("No targetOrigin", "targetOrigin is required.")
            )
        state = secrets.token_urlsafe(24)
        with self.lock:
            self._attempts[state] = _Attempt(account.id, installed.id, target)
        query = urlencode(
            {
                "client_id": self.console_client_id,
                "state": state,
                "redirect_uri": self.callback_url,
            }
        )
        return _redirect(f"{self.intercom_base}/oauth?{query}")

    def _callback(self, request: Request) -> Answer:
        answer = parse_query(request.query)  # byte-exact: Intercom's codes carry '+'
        with self.lock:
            attempt = self._attempts.pop(answer.state or "", None)
        if attempt is None:
            return html_answer(
                HTTPStatus.BAD_REQUEST, problem_page("Unknown sign-in", "No sign-in is waiting.")
            )
        if answer.code and self._exchange(answer.code):
            with self.lock:
                account = self.accounts.get(attempt.account_id)
                installed = (
                    account.connectors.get(attempt.account_connector_id) if account else None
                )
                if installed is not None:
                    installed.authenticated = True
        # Back to targetOrigin on success and failure alike, saying nothing about which.
        return _redirect(attempt.target)

    def _exchange(self, code: str) -> bool:
        secret = self.console_client_secret
        if self.faults.console_secret:
            secret = "not-" + secret
        form = {"client_id": self.console_client_id, "client_secret": secret, "code": code}
        try:
            with httpx.Client(timeout=10.0) as client:
                response = client.post(f"{self.intercom_base}/auth/eagle/token", data=form)
        except httpx.HTTPError:
            return False
        return response.status_code == 200


def _account(account: SandboxAccount) -> dict[str, Any]:
    return {"Id": account.id, "Name": account.name, "Description": ""}


def _installed(installed: AccountConnector, name: str) -> dict[str, Any]:
    return {
        "Id": int(installed.id),
        "Name": name,
        "Authenticated": installed.authenticated,
        "Connector": {"Id": int(installed.connector_id)},
    }


def _body(request: Request) -> dict[str, Any]:
    try:
        body = json.loads(request.body or b"{}")
    except ValueError:
        return {}
    return body if isinstance(body, dict) else {}


def _json(status: int, payload: Any) -> Answer:
    return Answer(
        status,
        json.dumps(payload).encode("utf-8"),
        [("Content-Type", "application/json; charset=utf-8")],
    )


def _redirect(location: str) -> Answer:
    return Answer(HTTPStatus.FOUND, b"", [("Location", location), ("Cache-Control", "no-store")])
