"""Reading an Intercom HTTP answer: its JSON body, its error list and its request id.

Intercom's errors look like ``{"type": "error.list", "request_id": "…", "errors": [{"code":
"…", "message": "…"}]}``. Anything between the wizard and Intercom (a proxy, a captive portal,
a wrong override) may answer with HTML instead, so every field here is optional.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

import httpx

REQUEST_ID_HEADER = "X-Request-Id"
# Sent to pick a version (documented); read back from an answer to learn the version served,
# which no description documents (public integrations rely on it) [?]: absent means unknown.
VERSION_HEADER = "Intercom-Version"
HIDDEN = "[hidden]"


@dataclass(frozen=True)
class Answer:
    status: int
    body: Any
    is_json: bool
    has_content: bool
    request_id: str | None
    error_code: str | None
    error_message: str | None

    @property
    def ok(self) -> bool:
        return 200 <= self.status < 300

    def describe(self) -> str:
        """``403 forbidden: You do not have…`` — the status with Intercom's own words."""
        parts = [str(self.status)]
        if self.error_code:
            parts.append(self.error_code)
        text = " ".join(parts)
        if self.error_message:
            text += f": {self.error_message}"
        elif not self.has_content:
            text += " with an empty body"
        elif not self.is_json:
            text += " (not an Intercom JSON answer)"
        return text


def read_answer(response: httpx.Response, *, hide: Iterable[str] = ()) -> Answer:
    """Parse ``response``; ``hide`` lists values (secrets) to blank out of Intercom's words."""
    body: Any = None
    is_json = False
    if response.content:
        try:
            body = response.json()
            is_json = True
        except ValueError:
            body = None
    code, message = _first_error(body)
    request_id = _request_id(body) or _clean(response.headers.get(REQUEST_ID_HEADER))
    return Answer(
        status=response.status_code,
        body=body,
        is_json=is_json,
        has_content=bool(response.content),
        request_id=request_id,
        error_code=scrub(code, hide) if code else None,
        error_message=scrub(message, hide) if message else None,
    )


def scrub(text: str, hide: Iterable[str]) -> str:
    """``text`` with every non-empty value of ``hide`` replaced by a placeholder."""
    for secret in hide:
        if secret:
            text = text.replace(secret, HIDDEN)
    return text


def _first_error(body: Any) -> tuple[str | None, str | None]:
    if not isinstance(body, dict):
        return None, None
    errors = body.get("errors")
    if isinstance(errors, list):
        for item in errors:
            if isinstance(item, dict):
                return _clean(item.get("code")), _clean(item.get("message"))
    # Older or non-standard shapes: {"error": "...", "message"/"error_description": "..."}.
    code = _clean(body.get("error")) or _clean(body.get("code"))
    message = _clean(body.get("message")) or _clean(body.get("error_description"))
    return code, message


def _request_id(body: Any) -> str | None:
    if isinstance(body, dict):
        return _clean(body.get("request_id"))
    return None


def _clean(value: Any) -> str | None:
    if isinstance(value, str) and value.strip():
        return value.strip()[:500]
    return None
