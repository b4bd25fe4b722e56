"""The API host: token exchange, ``/me``, the probed endpoints, uninstall, faults and headers."""

from __future__ import annotations

import hmac
import json
import re
import secrets
import time
from collections.abc import Callable
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

TOKEN_PATH = "/auth/eagle/token"  # noqa: S105 - a URL path, not a password
UNINSTALL_PATH = "/auth/uninstall"

ADMIN_ID = "4242"
WORKSPACE_ID_CODE = "sbx123"

_CONTACT_PATH = re.compile(r"/contacts/[^/]+")
_COMPANY_PATH = re.compile(r"/companies/[^/]+")

Headers = list[tuple[str, str]]
_Handler = Callable[[SandboxState, Request, Headers, str], Answer]


def answer_api(state: SandboxState, request: Request) -> Answer | None:
    """The API host's answer, or None to close the connection without one (faults)."""
    faults = state.faults
    if request.path == TOKEN_PATH:
        state.count_token_request()  # counted on arrival, even when a fault answers instead
    if faults.slow_seconds > 0 and state.closing.wait(faults.slow_seconds):
        return None
    if faults.drop_connection:
        return None
    headers = _api_headers(state)
    if faults.server_error:
        return error_answer(
            headers, HTTPStatus.INTERNAL_SERVER_ERROR, "server_error", "Server Error"
        )
    if request.path == TOKEN_PATH:
        if request.method != "POST":
            return error_answer(headers, HTTPStatus.NOT_FOUND, "not_found", "Resource Not Found")
        return _exchange(state, request, headers)
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
        return error_answer(
            headers,
            HTTPStatus.FORBIDDEN,
            "forbidden",
            f"You do not have the required scope ({required.value}) to access this resource",
        )
    return handler(state, request, headers, token)


def _api_headers(state: SandboxState) -> Headers:
    window, remaining = state.count_api_call()
    headers = [
        (REQUEST_ID_HEADER, new_request_id()),
        ("X-RateLimit-Limit", str(RATE_LIMIT)),
        ("X-RateLimit-Remaining", str(remaining)),
        ("X-RateLimit-Reset", str((window + 1) * RATE_WINDOW_SECONDS)),
    ]
    if not state.faults.no_version_header:
        headers.append(("Intercom-Version", state.api_version))
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


def _me(state: SandboxState, request: Request, headers: Headers, token: str) -> Answer:
    body = {
        **_admin(),
        "has_inbox_seat": True,
        "avatar": {"type": "avatar", "image_url": None},
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
    return json_answer(HTTPStatus.OK, body, headers)


def _admins(state: SandboxState, request: Request, headers: Headers, token: str) -> Answer:
    return json_answer(HTTPStatus.OK, {"type": "admin.list", "admins": [_admin()]}, headers)


def _contact(state: SandboxState, request: Request, headers: Headers, token: str) -> Answer:
    return error_answer(headers, HTTPStatus.NOT_FOUND, "not_found", "User Not Found")


def _company(state: SandboxState, request: Request, headers: Headers, token: str) -> Answer:
    return error_answer(headers, HTTPStatus.NOT_FOUND, "not_found", "Company Not Found")


def _conversation(state: SandboxState, request: Request, headers: Headers, token: str) -> Answer:
    try:
        payload = json.loads(request.body or b"{}")
    except ValueError:
        return error_answer(
            headers, HTTPStatus.BAD_REQUEST, "parameter_invalid", "Request body is not JSON"
        )
    if not isinstance(payload, dict) or "from" not in payload:
        return error_answer(
            headers, HTTPStatus.BAD_REQUEST, "parameter_invalid", "From is required"
        )
    if "body" not in payload:
        return error_answer(
            headers, HTTPStatus.BAD_REQUEST, "parameter_invalid", "Body is required"
        )
    # Nothing is stored: the sandbox only proves the permission holds.
    message = {"type": "user_message", "id": secrets.token_hex(6), "body": payload["body"]}
    return json_answer(HTTPStatus.OK, message, headers)


def _uninstall(state: SandboxState, request: Request, headers: Headers, token: str) -> Answer:
    state.revoke(token)
    return json_answer(HTTPStatus.OK, {}, headers)


def _route(method: str, path: str) -> tuple[PermissionKey | None, _Handler] | None:
    """Which permission an API call needs, and who answers it."""
    if method == "GET" and path == "/me":
        return None, _me
    if method == "GET" and path == "/admins":
        return PermissionKey.READ_ADMINS, _admins
    if method == "GET" and _CONTACT_PATH.fullmatch(path):
        return PermissionKey.READ_ONE_USER_AND_ONE_COMPANY, _contact
    if method == "GET" and _COMPANY_PATH.fullmatch(path):
        return PermissionKey.READ_ONE_USER_AND_ONE_COMPANY, _company
    if method == "POST" and path == "/conversations":
        return PermissionKey.WRITE_CONVERSATIONS, _conversation
    if method == "POST" and path == UNINSTALL_PATH:
        return None, _uninstall
    return None


def _admin() -> dict[str, Any]:
    return {
        "type": "admin",
        "id": ADMIN_ID,
        "name": "Sandy Box",
        "email": "sandy@example.com",
        "email_verified": True,
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
