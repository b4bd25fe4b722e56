"""Every answer Intercom documents for the probed calls goes through the client and the judge.

The verdict each example gets is written down here by hand, by example name: a version that
documents a new answer fails until someone decides what it means.
"""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from intercom_wizard.errors import TokenRejected
from intercom_wizard.intercom.client import IntercomClient
from intercom_wizard.intercom.permissions import PermissionKey, Verdict
from intercom_wizard.intercom.probes import FORBIDDEN_SOURCE, PROBES
from tests.contract import descriptions
from tests.unit.intercom.helpers import INTERCOM, TOKEN, json_response

G, M, U = Verdict.GRANTED, Verdict.MISSING, Verdict.UNKNOWN
REJECTED = "the token is rejected"

EXPECTED: dict[tuple[str, str], Verdict | str] = {
    ("GET /admins", "Successful response"): G,
    ("GET /admins", "Unauthorized"): REJECTED,
    ("GET /companies/{id}", "Successful"): G,
    ("GET /companies/{id}", "Company Not Found"): G,
    ("GET /companies/{id}", "Unauthorized"): REJECTED,
    ("POST /conversations", "conversation created"): G,
    ("POST /conversations", "Contact Not Found"): G,
    ("POST /conversations", "Unauthorized"): REJECTED,
    ("POST /conversations", "API plan restricted"): U,
}

# The documented 403 "forbidden" answers of any operation, fed to every probe: only the one
# that names the required scope means a missing permission.
FORBIDDEN: dict[str, Verdict] = {
    "Missing required scope": M,
    "Forbidden": U,
    "Cannot manage teams": U,
    "Admin lacks conversation access": U,
    "Feature not enabled": U,
    "job_closed": U,
}

PROBED = [(key, call) for key, calls in PROBES.items() for call in calls]


def _client(status: int, body: Any) -> IntercomClient:
    transport = httpx.MockTransport(lambda request: json_response(status, body))
    return IntercomClient(INTERCOM, transport=transport)


async def _verdict(key: PermissionKey, status: int, body: Any) -> Verdict | str:
    async with _client(status, body) as client:
        try:
            return (await client.probe(TOKEN, key)).verdict
        except TokenRejected:
            return REJECTED


@pytest.mark.parametrize("version", descriptions.versions())
@pytest.mark.parametrize(("key", "call"), PROBED, ids=[c.label for _, c in PROBED])
async def test_every_documented_example_gets_its_verdict(
    version: str, key: PermissionKey, call: Any
) -> None:
    examples = descriptions.examples(version, call.method, call.concrete_path())
    assert examples
    for status, name, body in examples:
        expected = EXPECTED.get((f"{call.method} {call.path}", name))
        assert expected is not None, f"{version} documents a new answer {status} {name!r}"
        assert await _verdict(key, status, body) == expected, (version, name)


@pytest.mark.parametrize("version", descriptions.versions())
async def test_every_documented_forbidden_answer_gets_its_verdict(version: str) -> None:
    for example in descriptions.document(version)["x-forbidden-examples"]:
        expected = FORBIDDEN.get(example["name"])
        assert expected is not None, f"{version}: new 403 example {example['name']!r}"
        for key in PermissionKey:
            assert await _verdict(key, 403, example["value"]) == expected, example["operation"]


def test_a_missing_permission_is_documented_somewhere() -> None:
    """The 403 reading rests on prose docs; the descriptions must show it at least once."""
    names = {
        example["name"]
        for version in descriptions.versions()
        for example in descriptions.document(version)["x-forbidden-examples"]
    }
    assert "Missing required scope" in names


@pytest.mark.parametrize("version", descriptions.versions())
async def test_the_documented_me_answers_are_read(version: str) -> None:
    for status, _, body in descriptions.examples(version, "GET", "/me"):
        async with _client(status, body) as client:
            me = await client.me(TOKEN)
        assert me.workspace.name == body["app"]["name"]
        assert me.workspace.id_code == body["app"]["id_code"]
        assert me.workspace.region == body["app"]["region"]
        assert (me.admin.name, me.admin.email) == (body["name"], body["email"])
        assert me.served_version is None  # no header: unknown, never guessed


@pytest.mark.parametrize("version", descriptions.versions())
def test_every_reading_rests_on_a_documented_answer(version: str) -> None:
    """Each granted or missing reading is documented for its operation, or names its source."""
    for _, call in PROBED:
        examples = descriptions.examples(version, call.method, call.concrete_path())
        documented = {(status, name): body for status, name, body in examples}
        for reading in call.readings:
            if reading.verdict is U:
                continue
            if reading.documented == FORBIDDEN_SOURCE:
                continue  # the comment in probes.py names the source
            matches = [
                body
                for (status, name), body in documented.items()
                if status == reading.status and name in reading.documented
            ]
            assert matches, (version, call.label, reading)
            codes = {e["code"] for body in matches for e in body.get("errors", [])} or {None}
            assert reading.error_code in codes, (version, call.label, reading)


def test_get_contacts_documents_no_answer_for_an_unknown_contact() -> None:
    """Why no probe reads a contact: a 404 there would be undocumented, so unknown."""
    for version in descriptions.versions():
        documented = descriptions.responses(version, "GET", "/contacts/x")
        assert "404" not in documented, f"{version} documents it now: consider a contact probe"
