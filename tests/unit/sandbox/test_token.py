"""The token exchange: single-use, expiring codes; client and code failures told apart."""

from __future__ import annotations

import time
from collections.abc import Callable

import httpx
import pytest

from intercom_wizard.sandbox.behaviour import IntercomBehaviour
from tests.unit.sandbox.conftest import exchange, new_code, offline


# No sockets needed here: the behaviour answers through httpx.MockTransport.
@pytest.fixture
def sandbox(behaviour: IntercomBehaviour) -> IntercomBehaviour:
    return behaviour


@pytest.fixture
def client(offline_client: httpx.Client) -> httpx.Client:
    return offline_client


def _error(answer: httpx.Response) -> tuple[int, str, str]:
    body = answer.json()
    assert body["type"] == "error.list"
    assert body["request_id"] == answer.headers["x-request-id"]
    (error,) = body["errors"]
    return answer.status_code, error["code"], error["message"]


def test_exchange_answers_like_intercom(sandbox: IntercomBehaviour, client: httpx.Client) -> None:
    answer = exchange(client, sandbox, new_code(client, sandbox))
    assert answer.status_code == 200
    body = answer.json()
    assert set(body) == {"token_type", "token", "access_token"}
    assert body["token_type"] == "Bearer"
    assert body["token"] == body["access_token"]
    assert sandbox.issued_tokens == (body["token"],)
    assert answer.headers["x-request-id"]
    assert sandbox.token_requests == 1


def test_a_code_works_once(sandbox: IntercomBehaviour, client: httpx.Client) -> None:
    code = new_code(client, sandbox)
    assert exchange(client, sandbox, code).status_code == 200
    assert _error(exchange(client, sandbox, code)) == (401, "unauthorized", "Unauthorized Code")
    assert len(sandbox.issued_tokens) == 1


def test_a_code_expires(client: httpx.Client) -> None:
    short = IntercomBehaviour(code_ttl=0.05)
    with offline(short) as http:
        code = new_code(http, short)
        time.sleep(0.1)
        assert _error(exchange(http, short, code))[2] == "Unauthorized Code"


@pytest.mark.parametrize(
    "mangle",
    [lambda c: c.rstrip("="), lambda c: c.replace("+", " "), lambda c: c.replace("/", "%2F")],
    ids=["lost-equals", "plus-as-space", "slash-encoded"],
)
def test_a_mangled_code_is_refused(
    sandbox: IntercomBehaviour, client: httpx.Client, mangle: Callable[[str], str]
) -> None:
    code = new_code(client, sandbox)
    assert _error(exchange(client, sandbox, mangle(code)))[2] == "Unauthorized Code"


def test_an_unknown_or_missing_code_is_refused(
    sandbox: IntercomBehaviour, client: httpx.Client
) -> None:
    assert _error(exchange(client, sandbox, "nope="))[2] == "Unauthorized Code"
    answer = client.post(
        "/auth/eagle/token",
        data={"client_id": sandbox.client_id, "client_secret": sandbox.client_secret},
    )
    assert _error(answer)[2] == "Unauthorized Code"


@pytest.mark.parametrize("field", ["client_secret", "client_id"])
def test_wrong_credentials_are_told_apart_from_a_bad_code_and_leave_the_code_unspent(
    sandbox: IntercomBehaviour, client: httpx.Client, field: str
) -> None:
    code = new_code(client, sandbox)
    assert _error(exchange(client, sandbox, code, **{field: "wrong"})) == (
        401,
        "unauthorized",
        "Unauthorized Client",
    )
    assert exchange(client, sandbox, code).status_code == 200


def test_json_bodies_are_accepted_too(sandbox: IntercomBehaviour, client: httpx.Client) -> None:
    fields = {
        "code": new_code(client, sandbox),
        "client_id": sandbox.client_id,
        "client_secret": sandbox.client_secret,
    }
    assert client.post("/auth/eagle/token", json=fields).status_code == 200


def test_the_token_endpoint_only_takes_post(client: httpx.Client) -> None:
    assert client.get("/auth/eagle/token").status_code == 404


def test_codes_are_spent_under_concurrency(sandbox: IntercomBehaviour) -> None:
    from concurrent.futures import ThreadPoolExecutor

    with offline(sandbox) as http:
        code = new_code(http, sandbox)

    def attempt(_: int) -> int:
        with offline(sandbox) as own:
            return exchange(own, sandbox, code).status_code

    with ThreadPoolExecutor(8) as pool:
        statuses = list(pool.map(attempt, range(8)))
    assert sorted(statuses) == [200] + [401] * 7
