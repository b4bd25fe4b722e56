"""Each fault, as the API clients see it."""

from __future__ import annotations

import time

import httpx
import pytest

from intercom_wizard.sandbox.faults import Faults
from intercom_wizard.sandbox.server import SandboxIntercom
from tests.unit.sandbox.conftest import CALLBACK, TLS, bearer, exchange, new_code, new_token


def test_slow_delays_every_api_answer_including_the_token_exchange(
    sandbox: SandboxIntercom, client: httpx.Client
) -> None:
    code = new_code(client, sandbox)
    sandbox.faults.slow_seconds = 0.2
    started = time.perf_counter()
    token = exchange(client, sandbox, code).json()["token"]
    assert client.get("/me", headers=bearer(token)).status_code == 200
    assert time.perf_counter() - started >= 0.4


def test_server_error_answers_500_with_an_error_body_everywhere_on_the_api(
    sandbox: SandboxIntercom, client: httpx.Client
) -> None:
    code = new_code(client, sandbox)
    token = new_token(client, sandbox)
    sandbox.faults.server_error = True
    for answer in (
        exchange(client, sandbox, code),
        client.get("/me", headers=bearer(token)),
        client.post("/conversations", json={}, headers=bearer(token)),
    ):
        assert answer.status_code == 500
        body = answer.json()
        assert body["type"] == "error.list" and body["errors"][0]["code"] == "server_error"
        assert body["request_id"] == answer.headers["x-request-id"]
    assert sandbox.token_requests == 2  # one for new_token, one answered 500
    sandbox.faults.server_error = False
    assert exchange(client, sandbox, code).status_code == 200  # a 500 never spent the code


def test_rate_limit_answers_429_once_with_a_reset_a_second_ahead(
    sandbox: SandboxIntercom, client: httpx.Client
) -> None:
    token = new_token(client, sandbox)
    sandbox.faults.rate_limit_once = True
    limited = client.get("/me", headers=bearer(token))
    assert limited.status_code == 429
    assert limited.json()["errors"][0]["code"] == "rate_limit_exceeded"
    assert limited.headers["x-ratelimit-remaining"] == "0"
    assert 0 < int(limited.headers["x-ratelimit-reset"]) - time.time() <= 1
    assert limited.headers["x-request-id"]
    assert client.get("/me", headers=bearer(token)).status_code == 200
    assert sandbox.faults.rate_limit_once is False


def test_rate_limit_spares_the_token_exchange(
    sandbox: SandboxIntercom, client: httpx.Client
) -> None:
    sandbox.faults.rate_limit_once = True
    token = new_token(client, sandbox)
    assert client.get("/admins", headers=bearer(token)).status_code == 429


def test_drop_closes_the_connection_without_an_answer(
    sandbox: SandboxIntercom, client: httpx.Client
) -> None:
    code = new_code(client, sandbox)
    sandbox.faults.drop_connection = True
    with pytest.raises(httpx.RemoteProtocolError):
        exchange(client, sandbox, code)
    with pytest.raises(httpx.RemoteProtocolError):
        client.get("/me")
    sandbox.faults.drop_connection = False
    assert exchange(client, sandbox, code).status_code == 200
    assert sandbox.token_requests == 2  # the dropped one reached the sandbox too


def test_no_version_leaves_out_the_version_header_only(
    sandbox: SandboxIntercom, client: httpx.Client
) -> None:
    token = new_token(client, sandbox)
    sandbox.faults.no_version_header = True
    answer = client.get("/me", headers=bearer(token))
    assert answer.status_code == 200
    assert "intercom-version" not in answer.headers
    assert answer.headers["x-request-id"]


def test_faults_given_at_start_apply() -> None:
    faults = Faults.parse("500,no-version")
    with (
        SandboxIntercom(faults=faults) as other,
        httpx.Client(base_url=other.base_url, verify=TLS) as http,
    ):
        answer = http.get("/me")
        assert answer.status_code == 500 and "intercom-version" not in answer.headers
        assert http.get(other.authorize_url(redirect_uri=CALLBACK)).status_code == 200
