"""The one JSON form of a test's outcome: its shape, failures with the same keys, reading back."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Any

import pytest

from intercom_wizard.errors import (
    ConsentTimeout,
    ExchangeFailure,
    InputError,
    TokenExchangeError,
)
from intercom_wizard.findings import FindingKind
from intercom_wizard.intercom.permissions import PermissionKey, ProbeResult, Verdict
from intercom_wizard.intercom.regions import Region
from intercom_wizard.result_json import failure_to_json, result_from_json, result_to_json
from intercom_wizard.secrets import StorageKind
from intercom_wizard.verification import VersionCheck
from tests.unit.test_verification import result_with

WHEN = datetime(2026, 3, 14, 9, 30, 12, tzinfo=UTC)  # whole seconds, as the JSON keeps them


def problem_result() -> Any:
    permissions = dict(result_with().permissions)
    permissions[PermissionKey.READ_ADMINS] = ProbeResult(
        PermissionKey.READ_ADMINS, Verdict.MISSING, 403, "req-403", "Intercom said forbidden."
    )
    permissions.pop(PermissionKey.WRITE_CONVERSATIONS)
    return result_with(
        permissions=permissions,
        api_version=VersionCheck("2.9", "response-header", "2.11", False),
        token_stored=StorageKind.KEYRING,
        workspace_problem="Intercom would not say which workspace the token belongs to.",
        checked_at=WHEN,
    )


def test_findings_are_listed_as_data_with_their_messages_as_problems() -> None:
    data = result_to_json(problem_result())
    assert data["ok"] is False
    kinds = [f["kind"] for f in data["findings"]]
    assert kinds == [
        FindingKind.WORKSPACE_UNREADABLE,
        FindingKind.PERMISSION_UNKNOWN,
        FindingKind.PERMISSION_MISSING,
        FindingKind.VERSION_MISMATCH,
    ]
    assert data["problems"] == [f["message"] for f in data["findings"]]
    missing = data["findings"][2]
    assert missing["permission"] == "read_admins" and missing["request_id"] == "req-403"
    assert "Workspace data" in missing["hint"]
    assert data["request_ids"] == {
        "read_one_user_and_one_company": "req-read_one_user_and_one_company",
        "write_conversations": None,
        "read_admins": "req-403",
    }
    assert data["token_stored"] is True and data["token_kept_in"] == "keyring"
    json.dumps(data)  # all of it is plain JSON


def test_a_failure_has_exactly_the_keys_of_a_result_plus_error() -> None:
    error = TokenExchangeError(
        "Intercom refused.",
        reason=ExchangeFailure.WRONG_CREDENTIALS,
        request_id="req-x",
        hint="Copy both again.",
    )
    failure = failure_to_json(error, region=Region.AU, redirect_uri=None, selected_version="2.11")
    assert set(failure) == set(result_to_json(result_with())) | {"error"}
    assert failure["error"] == {
        "type": "TokenExchangeError",
        "message": "Intercom refused.",
        "hint": "Copy both again.",
        "exit_code": 4,
        "request_id": "req-x",
    }
    assert failure["problems"] == ["Intercom refused."]
    assert set(failure["request_ids"]) == set(failure["permissions"])
    assert failure["region"] == "au" and failure["ok"] is False


@pytest.mark.parametrize(
    "result", [result_with(checked_at=WHEN), problem_result()], ids=["ok", "problems"]
)
def test_a_result_reads_back_as_it_was_written(result: Any) -> None:
    text = json.dumps(result_to_json(result))
    again = result_from_json(json.loads(text))
    assert again == result
    assert result_to_json(again) == result_to_json(result)


def _broken(change: Any) -> dict[str, Any]:
    data = result_to_json(problem_result())
    change(data)
    return data


@pytest.mark.parametrize(
    "change",
    [
        lambda d: d.pop("region"),
        lambda d: d.update(region="mars"),
        lambda d: d.update(surprise=1),
        lambda d: d.update(checked_at="yesterday"),
        lambda d: d.update(checked_at="2026-03-14T09:30:12"),  # no time zone
        lambda d: d["permissions"].update(read_admins="maybe"),
        lambda d: d["permissions"].update(write_tickets="granted"),
        lambda d: d["permission_details"].update(read_admins={"http_status": "403"}),
        lambda d: d["api_version"].update(source="guess"),
        lambda d: d["api_version"].update(matches="no"),
        lambda d: d.update(workspace=["Acme"]),
        lambda d: d.update(token_kept_in="floppy"),
        lambda d: d.update(error={"type": "ConsentTimeout"}),
    ],
)
def test_reading_back_is_strict(change: Any) -> None:
    with pytest.raises(InputError) as raised:
        result_from_json(_broken(change))
    assert raised.value.hint


def test_a_failure_does_not_read_back_as_a_result() -> None:
    failure = failure_to_json(
        ConsentTimeout("No answer."), region=Region.US, redirect_uri=None, selected_version=None
    )
    with pytest.raises(InputError):
        result_from_json(failure)
