"""Every answer the sandbox gives, in every version it speaks, is one Intercom describes.

An answer's status must be documented for its operation in that version and its body must fit
the documented schema (without fields the schema does not list). The few answers no
description documents are listed below with the source that says Intercom gives them; their
bodies must still be Intercom's documented ``error.list``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass

import httpx
import pytest

from intercom_wizard.intercom.permissions import PermissionKey
from intercom_wizard.intercom.probes import FORBIDDEN_SOURCE, PROBES
from intercom_wizard.sandbox.api import CONTACT_ID
from intercom_wizard.sandbox.behaviour import IntercomBehaviour
from tests.contract import descriptions
from tests.unit.sandbox.conftest import new_token, offline

# (status, error code) -> who says Intercom answers so, where no description documents it.
UNDOCUMENTED = {
    (401, "unauthorized"): "documented on every probed operation, not on GET /me",
    (403, "forbidden"): FORBIDDEN_SOURCE,
    (429, "rate_limit_exceeded"): "Intercom's rate-limit docs (the 429 fault)",
    (500, "server_error"): "the sandbox's 500 fault",
    (400, "parameter_invalid"): "a malformed body; the probes never send one [?]",
    (400, "intercom_version_invalid"): "Preview documents it on GET /conversations/deleted",
}

ADMINS = PermissionKey.READ_ADMINS
ONE = PermissionKey.READ_ONE_USER_AND_ONE_COMPANY
WRITE = PermissionKey.WRITE_CONVERSATIONS


@dataclass(frozen=True)
class Scenario:
    name: str
    method: str
    path: str
    body: dict[str, object] | None = None
    authorized: bool = True
    missing: PermissionKey | None = None
    fault: Callable[[IntercomBehaviour], None] | None = None


def _probe(key: PermissionKey) -> Scenario:
    (call,) = PROBES[key]
    return Scenario(f"probe {key.value}", call.method, call.concrete_path(), call.json_body)


def _rate_limited(sandbox: IntercomBehaviour) -> None:
    sandbox.faults.rate_limit_once = True


def _server_error(sandbox: IntercomBehaviour) -> None:
    sandbox.faults.server_error = True


SCENARIOS = [
    Scenario("who am I", "GET", "/me"),
    Scenario("who am I, no token", "GET", "/me", authorized=False),
    _probe(ADMINS),
    _probe(ONE),
    _probe(WRITE),
    Scenario(
        "conversation",
        "POST",
        "/conversations",
        {"from": {"type": "user", "id": CONTACT_ID}, "body": "hi"},
    ),
    Scenario("malformed conversation", "POST", "/conversations", {"body": "hi"}),
    *(
        Scenario(
            f"no token {key.value}",
            _probe(key).method,
            _probe(key).path,
            _probe(key).body,
            authorized=False,
        )
        for key in PermissionKey
    ),
    *(
        Scenario(
            f"missing {key.value}",
            _probe(key).method,
            _probe(key).path,
            _probe(key).body,
            missing=key,
        )
        for key in PermissionKey
    ),
    Scenario("rate limited", "GET", "/admins", fault=_rate_limited),
    Scenario("server error", "GET", "/admins", fault=_server_error),
]


@pytest.fixture(params=["header", "app version"])
def pick(request: pytest.FixtureRequest) -> str:
    """How the version is chosen: the request's Intercom-Version, or the app's version."""
    chosen: str = request.param
    return chosen


def _answers(version: str, pick: str, scenario: Scenario) -> Iterator[httpx.Response]:
    sandbox = IntercomBehaviour(api_version=version if pick == "app version" else "2.11")
    if scenario.missing is not None:
        sandbox.faults.missing = {scenario.missing}
    with offline(sandbox) as http:
        headers = {"Intercom-Version": version} if pick == "header" else {}
        if scenario.authorized:
            headers["Authorization"] = f"Bearer {new_token(http, sandbox)}"
        if scenario.fault is not None:
            scenario.fault(sandbox)
        yield http.request(scenario.method, scenario.path, json=scenario.body, headers=headers)
    assert sandbox.created == () or scenario.name == "conversation"


@pytest.mark.parametrize("version", descriptions.versions())
@pytest.mark.parametrize("scenario", SCENARIOS, ids=lambda s: s.name)
def test_every_sandbox_answer_is_described(version: str, pick: str, scenario: Scenario) -> None:
    for answer in _answers(version, pick, scenario):
        # Our detection method, undocumented: the served version comes back in this header.
        assert answer.headers["Intercom-Version"] == version
        body = answer.json()
        documented = descriptions.responses(version, scenario.method, scenario.path)
        if str(answer.status_code) in documented:
            assert not descriptions.response_problems(
                version, scenario.method, scenario.path, answer.status_code, body
            )
            if answer.status_code == 200:
                assert not descriptions.undescribed_fields(
                    version, scenario.method, scenario.path, 200, body
                )
            else:
                # The error code too, as the documented examples of that status give it.
                codes = {
                    error["code"]
                    for status, _, example in descriptions.examples(
                        version, scenario.method, scenario.path
                    )
                    if status == answer.status_code
                    for error in example["errors"]
                }
                assert body["errors"][0]["code"] in codes or (
                    (answer.status_code, body["errors"][0]["code"]) in UNDOCUMENTED
                )
        else:
            (error,) = body["errors"]
            assert (answer.status_code, error["code"]) in UNDOCUMENTED
            assert not descriptions.schema_problems(version, "error", body)
        if answer.status_code >= 400:
            assert body["request_id"] == answer.headers["X-Request-Id"]


def test_the_scenarios_reach_every_answer_the_probed_operations_document() -> None:
    """Each documented status of a probed operation is produced by some scenario above."""
    version = "2.11"
    reached: dict[tuple[str, str], set[int]] = {}
    for scenario in SCENARIOS:
        for answer in _answers(version, "header", scenario):
            found = descriptions.operation(version, scenario.method, scenario.path)
            assert found is not None
            reached.setdefault((scenario.method, found[0]), set()).add(answer.status_code)
    not_produced = {("GET", "/companies/{company_id}"): {200}}  # the workspace has no company
    for (method, template), statuses in reached.items():
        documented = {int(s) for s in descriptions.responses(version, method, template)}
        assert documented - not_produced.get((method, template), set()) <= statuses, template


@pytest.mark.parametrize("value", ["2.6", "1.0", "9.99", "", "latest", "preview"])
def test_a_version_the_sandbox_does_not_speak_gets_the_documented_error(value: str) -> None:
    sandbox = IntercomBehaviour(api_version="2.14")
    with offline(sandbox) as http:
        token = new_token(http, sandbox)
        answer = http.get(
            "/me", headers={"Intercom-Version": value, "Authorization": f"Bearer {token}"}
        )
    assert answer.status_code == 400
    assert answer.json()["errors"][0]["code"] == "intercom_version_invalid"
    assert not descriptions.schema_problems("2.14", "error", answer.json())
    assert answer.headers["Intercom-Version"] == "2.14"  # the app's version answered it


def test_the_old_name_of_preview_is_served_as_preview() -> None:
    sandbox = IntercomBehaviour()
    with offline(sandbox) as http:
        token = new_token(http, sandbox)
        answer = http.get(
            "/me", headers={"Intercom-Version": "Unstable", "Authorization": f"Bearer {token}"}
        )
    assert answer.status_code == 200
    assert answer.headers["Intercom-Version"] == "Preview"
    assert "role" in answer.json()  # Preview's shape, which 2.16 lacks


def test_the_sandbox_speaks_exactly_the_described_versions() -> None:
    for version in descriptions.versions():
        IntercomBehaviour(api_version=version)
    with pytest.raises(ValueError, match=r"2\.6"):
        IntercomBehaviour(api_version="2.6")


def test_answers_differ_between_versions_where_the_descriptions_do() -> None:
    shapes = {}
    for version in ("2.16", "Preview"):
        sandbox = IntercomBehaviour(api_version=version)
        with offline(sandbox) as http:
            token = new_token(http, sandbox)
            shapes[version] = set(
                http.get("/me", headers={"Authorization": f"Bearer {token}"}).json()
            )
    assert shapes["Preview"] - shapes["2.16"] == {"role"}


async def test_a_whole_check_over_sockets_creates_nothing_in_the_workspace() -> None:
    from intercom_wizard.intercom.client import IntercomClient
    from intercom_wizard.intercom.regions import Endpoints
    from intercom_wizard.sandbox.server import SandboxIntercom

    with SandboxIntercom() as sandbox:
        with httpx.Client(base_url=sandbox.base_url) as http:
            token = new_token(http, sandbox)
        endpoints = Endpoints(app_base=sandbox.base_url, api_base=sandbox.base_url)
        async with IntercomClient(endpoints) as client:
            results = await client.probe_all(token)
            await client.me(token)
        assert {key: r.verdict.value for key, r in results.items()} == {
            key: "granted" for key in PermissionKey
        }
        assert sandbox.created == ()
        # The same workspace does record a conversation from a contact it has.
        with httpx.Client(base_url=sandbox.base_url) as http:
            body = {"from": {"type": "user", "id": CONTACT_ID}, "body": "hi"}
            http.post("/conversations", json=body, headers={"Authorization": f"Bearer {token}"})
        assert len(sandbox.created) == 1
