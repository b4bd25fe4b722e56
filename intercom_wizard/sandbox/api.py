"""The API host: token exchange, ``/me``, the probed endpoints, uninstall, faults and headers."""

from __future__ import annotations

import hmac
import json
import re
import secrets
import time
from collections.abc import Callable
from dataclasses import dataclass
from http import HTTPStatus
from typing import Any
from urllib.parse import parse_qsl

from intercom_wizard.intercom.permissions import PermissionKey
from intercom_wizard.sandbox.messages import (
    REQUEST_ID_HEADER,
    Answer,
    Request,
    error_answer,
    json_answer,
    new_request_id,
)
from intercom_wizard.sandbox.state import RATE_LIMIT, RATE_WINDOW_SECONDS, SandboxState
from intercom_wizard.sandbox.versions import fit, served_version

TOKEN_PATH = "/auth/eagle/token"  # noqa: S105 - a URL path, not a password
UNINSTALL_PATH = "/auth/uninstall"

ADMIN_ID = "4242"
WORKSPACE_ID_CODE = "sbx123"

# The workspace's one contact: a conversation from it is created (and recorded), which is
# how a test proves that the probes, whose contact ids cannot exist, create nothing.
CONTACT_ID = "5ba682d23d7cf92bef87bfd4"

_COMPANY_PATH = re.compile(r"/companies/[^/]+")

Headers = list[tuple[str, str]]


@dataclass(frozen=True)
class Call:
    """An authenticated API call, with the version it is answered in."""

    request: Request
    headers: Headers
    token: str
    version: str


_Handler = Callable[[SandboxState, Call], Answer]


def answer_api(state: SandboxState, request: Request) -> Answer | None:
    """The API host's answer, or None to close the connection without one (faults)."""
    faults = state.faults
    if request.path == TOKEN_PATH:
        state.count_token_request()  # counted on arrival, even when a fault answers instead
    if faults.slow_seconds > 0 and state.closing.wait(faults.slow_seconds):
        return None
    if faults.drop_connection:
        return None
    if request.path == TOKEN_PATH:
        # Not in Intercom's descriptions (they cover the REST API only): answered in the app's
        # version, whatever the request asks for.
        headers = _api_headers(state, state.api_version)
        if faults.server_error:
            return _server_error(headers)
        if request.method != "POST":
            return error_answer(headers, HTTPStatus.NOT_FOUND, "not_found", "Resource Not Found")
        return _exchange(state, request, headers)
    version = served_version(request.headers.get("intercom-version"), state.api_version)
    headers = _api_headers(state, version or state.api_version)
    if faults.server_error:
        return _server_error(headers)
    if version is None:
        # The status, code and message Intercom documents for a request its version cannot
        # serve (Preview, GET /conversations/deleted); no description lists an answer to an
        # unknown Intercom-Version value itself [?].
        return error_answer(
            headers,
            HTTPStatus.BAD_REQUEST,
            "intercom_version_invalid",
            "Requested resource is not available in current API version.",
        )
    if state.take_rate_limit_fault():
        headers = [h for h in headers if h[0] not in ("X-RateLimit-Remaining", "X-RateLimit-Reset")]
        headers += [
            ("X-RateLimit-Remaining", "0"),
            ("X-RateLimit-Reset", str(int(time.time()) + 1)),
        ]
        return error_answer(
            headers,
            HTTPStatus.TOO_MANY_REQUESTS,
            "rate_limit_exceeded",
            "You have exceeded the rate limit. Please try again later.",
        )
    token, problem = _authenticate(state, request, headers)
    if problem is not None:
        return problem
    route = _route(request.method, request.path.rstrip("/") or "/")
    if route is None:
        return error_answer(headers, HTTPStatus.NOT_FOUND, "not_found", "Resource Not Found")
    required, handler = route
    if required is not None and required not in state.granted(token):
        # Intercom's prose docs; not described for these operations (see probes.py).
        return error_answer(
            headers,
            HTTPStatus.FORBIDDEN,
            "forbidden",
            f"You do not have the required scope ({required.value}) to access this resource",
        )
    return handler(state, Call(request, headers, token, version))


def _server_error(headers: Headers) -> Answer:
    return error_answer(headers, HTTPStatus.INTERNAL_SERVER_ERROR, "server_error", "Server Error")


def _api_headers(state: SandboxState, version: str) -> Headers:
    window, remaining = state.count_api_call()
    headers = [
        (REQUEST_ID_HEADER, new_request_id()),
        ("X-RateLimit-Limit", str(RATE_LIMIT)),
        ("X-RateLimit-Remaining", str(remaining)),
        ("X-RateLimit-Reset", str((window + 1) * RATE_WINDOW_SECONDS)),
    ]
    if not state.faults.no_version_header:
        # The served version, which the wizard reads to detect the app's version: Intercom
        # does not document this header (public integrations rely on it) [?].
        headers.append(("Intercom-Version", version))
    return headers


def _authenticate(
    state: SandboxState, request: Request, headers: Headers
) -> tuple[str, Answer | None]:
    scheme, _, token = request.headers.get("authorization", "").strip().partition(" ")
    token = token.strip() if scheme.lower() == "bearer" else ""
    status = state.token_status(token)
    if status == "unknown":
        return "", error_answer(
            headers, HTTPStatus.UNAUTHORIZED, "unauthorized", "Access Token Invalid"
        )
    if status == "revoked":
        return "", error_answer(headers, HTTPStatus.UNAUTHORIZED, "token_revoked", "Token revoked")
    return token, None


def _exchange(state: SandboxState, request: Request, headers: Headers) -> Answer:
    form = _form_fields(request)
    client_ok = hmac.compare_digest(
        form.get("client_id", "").encode(), state.client_id.encode()
    ) and hmac.compare_digest(form.get("client_secret", "").encode(), state.client_secret.encode())
    if not client_ok:
        # The code is left unspent: the client was refused before the code was looked at.
        return error_answer(headers, HTTPStatus.UNAUTHORIZED, "unauthorized", "Unauthorized Client")
    token = state.redeem(form.get("code", ""), form.get("client_id", ""))
    if token is None:
        return error_answer(headers, HTTPStatus.UNAUTHORIZED, "unauthorized", "Unauthorized Code")
    return json_answer(
        HTTPStatus.OK, {"token_type": "Bearer", "token": token, "access_token": token}, headers
    )


def _me(state: SandboxState, call: Call) -> Answer:
    body = {
        **_admin(),
        "email_verified": True,
        "avatar": {"type": "avatar", "image_url": None},
        "role": None,  # described from Preview on
        "app": {
            "type": "app",
            "id_code": WORKSPACE_ID_CODE,
            "name": state.workspace_name,
            "created_at": 1_700_000_000,
            "secure": False,
            "identity_verification": False,
            "timezone": "Europe/London",
            "region": "US",
        },
    }
    return json_answer(HTTPStatus.OK, fit(body, call.version, "admin_with_app"), call.headers)


def _admins(state: SandboxState, call: Call) -> Answer:
    # Without display_avatar=true, as the probe asks, the list carries no avatars.
    body = {"type": "admin.list", "admins": [_admin()]}
    return json_answer(HTTPStatus.OK, fit(body, call.version, "admin_list"), call.headers)


def _company(state: SandboxState, call: Call) -> Answer:
    # The sandbox workspace has no companies.
    return error_answer(
        call.headers, HTTPStatus.NOT_FOUND, "company_not_found", "Company Not Found"
    )


def _conversation(state: SandboxState, call: Call) -> Answer:
    try:
        payload = json.loads(call.request.body or b"{}")
    except ValueError:
        payload = None
    sender = payload.get("from") if isinstance(payload, dict) else None
    if (
        not isinstance(payload, dict)
        or not isinstance(sender, dict)
        or sender.get("type") not in ("lead", "user", "contact")
        or not isinstance(sender.get("id"), str)
        or not isinstance(payload.get("body"), str)
    ):
        # No description documents the answer to a malformed body [?]: Intercom's usual code.
        return error_answer(
            call.headers, HTTPStatus.BAD_REQUEST, "parameter_invalid", "from and body are required"
        )
    if sender["id"] != CONTACT_ID:
        return error_answer(call.headers, HTTPStatus.NOT_FOUND, "not_found", "User Not Found")
    message = {
        "type": "user_message",
        "id": secrets.token_hex(6),
        "created_at": int(time.time()),
        "subject": "",
        "body": payload["body"],
        "message_type": "inapp",
        "conversation_id": secrets.token_hex(4),
    }
    state.record_created(message)
    return json_answer(HTTPStatus.OK, fit(message, call.version, "message"), call.headers)


def _uninstall(state: SandboxState, call: Call) -> Answer:
    state.revoke(call.token)
    return json_answer(HTTPStatus.OK, {}, call.headers)


def _route(method: str, path: str) -> tuple[PermissionKey | None, _Handler] | None:
    """Which permission an API call needs, and who answers it."""
    if method == "GET" and path == "/me":
        return None, _me
    if method == "GET" and path == "/admins":
        return PermissionKey.READ_ADMINS, _admins
    if method == "GET" and _COMPANY_PATH.fullmatch(path):
        return PermissionKey.READ_ONE_USER_AND_ONE_COMPANY, _company
    if method == "POST" and path == "/conversations":
        return PermissionKey.WRITE_CONVERSATIONS, _conversation
    if method == "POST" and path == UNINSTALL_PATH:
        return None, _uninstall
    return None


def _admin() -> dict[str, Any]:
    """The workspace's one teammate, in the richest shape any version describes."""
    return {
        "type": "admin",
        "id": ADMIN_ID,
        "name": "Sandy Box",
        "email": "sandy@example.com",
        "job_title": "Support lead",
        "away_mode_enabled": False,
        "away_mode_reassign": False,
        "has_inbox_seat": True,
        "team_ids": [],
    }


def _form_fields(request: Request) -> dict[str, str]:
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
