"""A request to the sandbox and its answer, as plain data: no sockets, no HTTP library.

The behaviour (``behaviour.py``) maps one :class:`Request` to one :class:`Answer`; the threaded
server and the ``httpx.MockTransport`` only carry them.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass, field
from typing import Any

REQUEST_ID_HEADER = "X-Request-Id"


@dataclass(frozen=True)
class Request:
    method: str
    path: str
    query: str = ""
    headers: dict[str, str] = field(default_factory=dict)  # lower-case names
    body: bytes = b""


@dataclass
class Answer:
    status: int
    body: bytes = b""
    headers: list[tuple[str, str]] = field(default_factory=list)

    def header(self, name: str) -> str | None:
        wanted = name.lower()
        return next((value for key, value in self.headers if key.lower() == wanted), None)


def new_request_id() -> str:
    # Intercom's descriptions give request ids the uuid format.
    return str(uuid.uuid4())


def html_answer(status: int, page: bytes) -> Answer:
    return Answer(
        status,
        page,
        [("Content-Type", "text/html; charset=utf-8"), ("Cache-Control", "no-store")],
    )


def json_answer(status: int, payload: Any, headers: list[tuple[str, str]]) -> Answer:
    body = json.dumps(payload).encode("utf-8")
    return Answer(status, body, [*headers, ("Content-Type", "application/json; charset=utf-8")])


def error_answer(headers: list[tuple[str, str]], status: int, code: str, message: str) -> Answer:
    """Intercom's ``error.list`` body, carrying the same request id as the X-Request-Id header."""
    body = {
        "type": "error.list",
        "request_id": dict(headers)[REQUEST_ID_HEADER],
        "errors": [{"code": code, "message": message}],
    }
    return json_answer(status, body, headers)
