"""The API host: /me, the probe endpoints, bearer auth, permissions, uninstall, headers."""

from __future__ import annotations

import time

import httpx
import pytest

from intercom_wizard.intercom.permissions import PermissionKey
from intercom_wizard.sandbox.api import CONTACT_ID
from intercom_wizard.sandbox.behaviour import IntercomBehaviour
from intercom_wizard.sandbox.faults import Faults
from tests.unit.sandbox.conftest import bearer, new_token, offline

PROBES = [
    ("GET", "/admins", PermissionKey.READ_ADMINS),
    ("GET", "/companies/5f7b2c0e9a1d4e3b8c6a0f12", PermissionKey.READ_ONE_USER_AND_ONE_COMPANY),
    ("POST", "/conversations", PermissionKey.WRITE_CONVERSATIONS),
]


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


def _call(client: httpx.Client, method: str, path: str, token: str) -> httpx.Response:
    if method == "POST":
        body = {"from": {"type": "user", "id": "0" * 24}, "body": "x"}
        return client.post(path, json=body, headers=bearer(token))
    return client.request(method, path, headers=bearer(token))


def test_me_answers_like_intercom(sandbox: IntercomBehaviour, client: httpx.Client) -> None:
    answer = client.get("/me", headers=bearer(new_token(client, sandbox)))
    assert answer.status_code == 200
    body = answer.json()
    assert body["type"] == "admin"
    assert body["name"] == "Sandy Box" and body["email"] == "sandy@example.com"
    assert body["email_verified"] is True
    assert body["app"]["type"] == "app"
    assert body["app"]["id_code"] == "sbx123"
    assert body["app"]["name"] == "Sandbox Workspace"
    assert body["app"]["region"] == "US"
    assert answer.headers["intercom-version"] == "2.11"


def test_every_api_answer_carries_request_id_version_and_rate_limit_headers(
    sandbox: IntercomBehaviour, client: httpx.Client
) -> None:
    token = new_token(client, sandbox)
    answers = [client.get("/me", headers=bearer(token)), client.get("/me")]
    answers += [_call(client, method, path, token) for method, path, _ in PROBES]
    ids = set()
    for answer in answers:
        ids.add(answer.headers["x-request-id"])
        assert answer.headers["intercom-version"] == "2.11"
        assert int(answer.headers["x-ratelimit-limit"]) > 0
        assert int(answer.headers["x-ratelimit-remaining"]) < int(
            answer.headers["x-ratelimit-limit"]
        )
        assert 0 < int(answer.headers["x-ratelimit-reset"]) - time.time() <= 11
    assert len(ids) == len(answers)


def test_the_api_version_is_configurable() -> None:
    with offline(IntercomBehaviour(api_version="2.14")) as http:
        assert http.get("/me").headers["intercom-version"] == "2.14"


def test_probe_endpoints_answer_as_the_probes_expect(
    sandbox: IntercomBehaviour, client: httpx.Client
) -> None:
    token = new_token(client, sandbox)
    admins = _call(client, "GET", "/admins", token)
    assert admins.status_code == 200 and admins.json()["type"] == "admin.list"
    assert _error(_call(client, *PROBES[1][:2], token)) == (
        404,
        "company_not_found",
        "Company Not Found",
    )
    assert _error(_call(client, "POST", "/conversations", token)) == (
        404,
        "not_found",
        "User Not Found",
    )
    assert sandbox.created == ()


def test_a_conversation_from_the_workspace_contact_is_created_and_recorded(
    sandbox: IntercomBehaviour, client: httpx.Client
) -> None:
    token = new_token(client, sandbox)
    body = {"from": {"type": "user", "id": CONTACT_ID}, "body": "hello"}
    answer = client.post("/conversations", json=body, headers=bearer(token))
    assert answer.status_code == 200
    (created,) = sandbox.created
    assert answer.json()["conversation_id"] == created["conversation_id"]
    for garbage in (b"{nope", b"[]", b'{"from": {"type": "user"}, "body": "x"}', b""):
        refused = client.post("/conversations", content=garbage, headers=bearer(token))
        assert _error(refused)[:2] == (400, "parameter_invalid")
    assert len(sandbox.created) == 1


@pytest.mark.parametrize(
    "authorization",
    [None, "Bearer", "Bearer not-a-token", "Basic dXNlcjpwYXNz", "Token abc"],
)
def test_calls_without_a_valid_bearer_token_get_401(
    client: httpx.Client, authorization: str | None
) -> None:
    headers = {"Authorization": authorization} if authorization else {}
    for path in ("/me", "/admins", "/companies/x"):
        answer = client.get(path, headers=headers)
        assert _error(answer) == (401, "unauthorized", "Access Token Invalid")


def test_the_bearer_scheme_is_case_insensitive(
    sandbox: IntercomBehaviour, client: httpx.Client
) -> None:
    token = new_token(client, sandbox)
    assert client.get("/me", headers={"Authorization": f"bearer {token}"}).status_code == 200


def test_unknown_api_paths_get_404_after_auth(
    sandbox: IntercomBehaviour, client: httpx.Client
) -> None:
    token = new_token(client, sandbox)
    assert _error(client.get("/tickets", headers=bearer(token)))[:2] == (404, "not_found")
    assert _error(client.delete("/admins", headers=bearer(token)))[:2] == (404, "not_found")
    assert client.get("/tickets").status_code == 401


@pytest.mark.parametrize(("method", "path", "key"), PROBES)
def test_a_permission_missing_when_the_token_was_issued_answers_403(
    sandbox: IntercomBehaviour, client: httpx.Client, method: str, path: str, key: PermissionKey
) -> None:
    sandbox.faults.missing = {key}
    token = new_token(client, sandbox)
    sandbox.faults.missing = set()  # ticking it afterwards does not help an existing token
    status, code, message = _error(_call(client, method, path, token))
    assert (status, code) == (403, "forbidden")
    assert message == f"You do not have the required scope ({key.value}) to access this resource"
    assert sandbox.granted(token) == frozenset(PermissionKey) - {key}
    for other_method, other_path, other_key in PROBES:
        if other_key != key:
            assert _call(client, other_method, other_path, token).status_code != 403


def test_a_permission_removed_after_the_token_was_issued_answers_403(
    sandbox: IntercomBehaviour, client: httpx.Client
) -> None:
    token = new_token(client, sandbox)
    assert _call(client, "GET", "/admins", token).status_code == 200
    sandbox.faults.missing = {PermissionKey.READ_ADMINS}
    assert _error(_call(client, "GET", "/admins", token))[:2] == (403, "forbidden")
    assert client.get("/me", headers=bearer(token)).status_code == 200  # /me needs none


def test_missing_fault_accepts_plain_permission_names() -> None:
    faults = Faults(missing={"read_admins"})  # type: ignore[arg-type]
    other = IntercomBehaviour(faults=faults)
    with offline(other) as http:
        token = new_token(http, other)
        assert http.get("/admins", headers=bearer(token)).status_code == 403


def test_uninstall_revokes_the_token(sandbox: IntercomBehaviour, client: httpx.Client) -> None:
    token = new_token(client, sandbox)
    keep = new_token(client, sandbox)
    answer = client.post("/auth/uninstall", headers=bearer(token))
    assert answer.status_code == 200 and answer.headers["x-request-id"]
    assert sandbox.revoked == frozenset({token})
    for path in ("/me", "/admins"):
        assert _error(client.get(path, headers=bearer(token))) == (
            401,
            "token_revoked",
            "Token revoked",
        )
    assert _error(client.post("/auth/uninstall", headers=bearer(token)))[1] == "token_revoked"
    assert client.get("/me", headers=bearer(keep)).status_code == 200
    assert client.post("/auth/uninstall").status_code == 401
