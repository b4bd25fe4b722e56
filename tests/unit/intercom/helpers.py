"""Shared pieces for the Intercom client tests: fake credentials and a scripted transport."""

from __future__ import annotations

import json
from collections.abc import Awaitable, Callable
from typing import Any

import httpx

from intercom_wizard.errors import WizardError
from intercom_wizard.intercom.client import IntercomClient
from intercom_wizard.intercom.regions import Endpoints

# Shaped like the real thing: codes carry '+', '/' and a trailing '='.
CODE = "Zm9v+YmFy/cXV4="
CLIENT_ID = "client-id-1234"
CLIENT_SECRET = "sekrit-Value-8d1e"
TOKEN = "dG9rOnRlc3Q6YWJjZGVm"
SECRETS = (CODE, CLIENT_SECRET, TOKEN)

INTERCOM = Endpoints(app_base="https://app.intercom.com", api_base="https://api.intercom.io")

Handler = Callable[[httpx.Request], httpx.Response | Awaitable[httpx.Response]]


def json_response(status: int, body: Any, **headers: str) -> httpx.Response:
    return httpx.Response(
        status,
        content=json.dumps(body).encode(),
        headers={"Content-Type": "application/json", **headers},
    )


def error_list(
    status: int, code: str, message: str, request_id: str | None = "req-1"
) -> httpx.Response:
    body: dict[str, Any] = {"type": "error.list", "errors": [{"code": code, "message": message}]}
    if request_id:
        body["request_id"] = request_id
    return json_response(status, body)


class Recorder:
    """A MockTransport that remembers every request and answers through ``handler``."""

    def __init__(self, handler: Handler) -> None:
        self.handler = handler
        self.requests: list[httpx.Request] = []
        self.transport = httpx.MockTransport(self._handle)

    async def _handle(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        answer = self.handler(request)
        if isinstance(answer, httpx.Response):
            return answer
        return await answer

    def paths(self) -> list[str]:
        return [r.url.path for r in self.requests]


def make_client(recorder: Recorder, endpoints: Endpoints = INTERCOM, **kw: Any) -> IntercomClient:
    return IntercomClient(endpoints, transport=recorder.transport, **kw)


def assert_no_secrets(error: BaseException) -> None:
    """No credential may appear anywhere a person or a log could read it."""
    texts = [str(error), repr(error), repr(error.args)]
    if isinstance(error, WizardError):
        texts += [error.message, error.hint or "", error.for_people()]
    for text in texts:
        for secret in SECRETS:
            assert secret not in text, f"a secret leaked into {text!r}"
