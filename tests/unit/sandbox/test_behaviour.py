"""The behaviour on its own: one answer per request, its own bugs logged, not hidden."""

from __future__ import annotations

import logging

import httpx
import pytest

from intercom_wizard.sandbox import api
from intercom_wizard.sandbox.behaviour import IntercomBehaviour
from intercom_wizard.sandbox.server import SandboxIntercom
from tests.unit.sandbox.conftest import TLS, bearer, new_token, offline


def _broken_me(*args: object) -> object:
    raise RuntimeError("a bug in the sandbox")


@pytest.mark.parametrize("over", ["transport", "socket"])
def test_a_bug_in_the_sandbox_is_logged_with_its_traceback_and_answered_500(
    over: str, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    monkeypatch.setattr(api, "_me", _broken_me)
    caplog.set_level(logging.ERROR, logger="intercom_wizard.sandbox")
    with SandboxIntercom() as served:
        behaviour: IntercomBehaviour = served
        http = (
            offline(behaviour)
            if over == "transport"
            else httpx.Client(base_url=served.base_url, verify=TLS, timeout=5.0)
        )
        with http:
            token = new_token(http, behaviour)
            answer = http.get("/me?state=secret-state", headers=bearer(token))
    assert answer.status_code == 500
    assert "Sandbox failure" in answer.text
    (record,) = [r for r in caplog.records if r.name.startswith("intercom_wizard.sandbox")]
    assert record.levelno == logging.ERROR
    assert record.exc_info is not None and "a bug in the sandbox" in caplog.text
    assert "GET /me" in record.getMessage()
    assert token not in caplog.text and "secret-state" not in caplog.text


def test_a_dropped_connection_is_a_protocol_error_over_the_transport() -> None:
    behaviour = IntercomBehaviour()
    behaviour.faults.drop_connection = True
    with offline(behaviour) as http, pytest.raises(httpx.RemoteProtocolError):
        http.get("/me")


def test_the_transport_serves_async_clients_too() -> None:
    import asyncio

    behaviour = IntercomBehaviour()

    async def ask() -> int:
        async with httpx.AsyncClient(
            transport=behaviour.transport(), base_url=behaviour.base_url
        ) as http:
            return (await http.get("/me")).status_code

    assert asyncio.run(ask()) == 401
