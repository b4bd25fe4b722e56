"""Reading a partner's saved support report: what the wizard wrote comes back, nothing else."""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from intercom_wizard import i18n
from intercom_wizard.errors import InputError
from intercom_wizard.findings import findings
from intercom_wizard.report import build_report
from intercom_wizard.report_reader import (
    MAX_REPORT_BYTES,
    SavedReport,
    parse_report,
    read_report,
)
from intercom_wizard.steps import StepState
from intercom_wizard.untrusted_json import UntrustedInputError
from tests.unit.test_report import ENVIRONMENT, _result, _session

Json = dict[str, Any]
STEPS = {
    "welcome": "done",
    "where": "done",
    "permissions": "ticked",
    "credentials": "saved in the system keyring",
    "api_version": "chosen",
    "test": "finished with problems",
    "results": "problems: The permission 'Write conversations' is not granted.",
    "finish": "not reached",
}


def saved(**result_overrides: object) -> Json:
    report = build_report(_session(), _result(**result_overrides), ENVIRONMENT, STEPS)
    data: Json = json.loads(report.to_json())
    return data


def test_a_saved_report_reads_back_as_the_wizard_held_it() -> None:
    original = _result()
    report = parse_report(json.dumps(saved()))
    assert report.result is not None
    assert report.result == original
    assert report.result.findings == findings(original)
    assert report.environment == ENVIRONMENT
    assert report.setup.service_domain == "acme-h.eu.cyclr.com"
    assert report.setup.callback_url == "https://acme-h.eu.cyclr.com/connector/callback"
    assert report.setup.client_id == "7b1c2d3e-client-id"
    assert report.setup.port == 24891
    assert [step.key for step in report.steps] == list(STEPS)
    assert report.permission_labels["write_conversations"] == "Write conversations"


def test_step_states_follow_the_rail_rule() -> None:
    states = parse_report(json.dumps(saved())).step_states()
    assert states["where"] is StepState.DONE
    assert states["permissions"] is StepState.ATTENTION  # the missing permission points here
    assert states["test"] is StepState.ATTENTION
    assert states["results"] is StepState.ATTENTION
    assert states["finish"] is StepState.NOT_STARTED


def test_a_report_without_a_test() -> None:
    data = json.loads(build_report(_session(), None, ENVIRONMENT, STEPS).to_json())
    report = parse_report(json.dumps(data))
    assert report.result is None
    assert report.step_states()["permissions"] is StepState.DONE


def test_a_file_is_read_and_a_missing_one_refused(tmp_path: Path) -> None:
    path = tmp_path / "report.json"
    path.write_text(json.dumps(saved()), encoding="utf-8")
    assert isinstance(read_report(path), SavedReport)
    with pytest.raises(InputError, match="cannot be read"):
        read_report(tmp_path / "nowhere.json")
    with pytest.raises(InputError, match="not a regular file"):
        read_report(tmp_path)


def _set(path: str, value: object) -> Callable[[Json], None]:
    def change(data: Json) -> None:
        *parents, last = path.split(".")
        target: Any = data
        for part in parents:
            target = target[int(part)] if isinstance(target, list) else target[part]
        if isinstance(target, list):
            target[int(last)] = value
        else:
            target[last] = value

    return change


def _drop(path: str) -> Callable[[Json], None]:
    def change(data: Json) -> None:
        *parents, last = path.split(".")
        target: Any = data
        for part in parents:
            target = target[part]
        del target[last]

    return change


@pytest.mark.parametrize(
    ("change", "said"),
    [
        (_set("report.format", 1), "“report.format” is 1, which this version"),
        (_set("report.format", 3), "newer than this intercom-wizard reads"),
        (_drop("report"), "This is not a support report"),
        (_drop("report.format"), "This is not a support report"),
        (_set("report.holds_secrets", True), "holds secrets"),
        (_set("surprise", 1), "does not know: “surprise”"),
        (_set("setup.client_id", "has a space"), "“setup.client_id” is refused"),
        (_set("setup.service_domain", "exa mple.com"), "“setup.service_domain” is refused"),
        (_set("setup.service_domain", "app-h.cyclr.com]"), "“setup.service_domain” is refused"),
        (_set("setup.callback_url", "https://evil.example/cb"), "“setup.callback_url”"),
        (_set("setup.port", 80), "“setup.port” is not between 1024 and 49151"),
        (_set("setup.redirect_uri", "https://evil.example/cb"), "“setup.redirect_uri”"),
        (_set("setup.api_version", "9.99"), "“setup.api_version” is refused"),
        (_set("setup.region_label", "Mars"), "“setup.region_label”"),
        (_set("check.permissions.write_conversations", "granted"), "changed after it was saved"),
        (_set("check.ok", True), "changed after it was saved"),
        (_set("check.findings", []), "changed after it was saved"),
        (_set("check.permissions.read_admins", "maybe"), "“check.permissions.read_admins”"),
        (_set("check.request_ids.read_admins", "req\u202eevil"), "U+202E"),
        (_set("check.permission_details.read_admins.http_status", 999), "between 100 and 599"),
        (_set("check.checked_at", "yesterday"), "“check.checked_at” is not a date"),
        (_set("check.token_stored", False), "“check.token_stored”"),
        (_set("check.workspace.name", "x" * 5000), "longer than 200 characters"),
        (_set("steps.1.step", "welcome"), "listed before"),
        (_set("steps.1.step", "../etc"), "not the name of a step"),
        (_set("environment.os", 7), "“environment.os” is not text"),
    ],
)
def test_refusals_say_why(change: Callable[[Json], None], said: str) -> None:
    data = saved()
    change(data)
    with pytest.raises(InputError) as refused:
        parse_report(json.dumps(data))
    assert said in refused.value.message
    assert refused.value.hint
    assert refused.value.exit_code == 2


def test_the_markdown_form_and_other_files_are_refused_plainly() -> None:
    markdown = build_report(_session(), _result(), ENVIRONMENT, STEPS).to_markdown()
    with pytest.raises(InputError, match="not valid JSON") as refused:
        parse_report(markdown)
    assert "JSON" in (refused.value.hint or "")
    with pytest.raises(InputError, match="larger than"):
        parse_report(b" " * (MAX_REPORT_BYTES + 1))


def test_text_shaped_like_a_credential_is_masked() -> None:
    data = saved()
    data["check"]["permission_details"]["read_admins"]["detail"] = "sent client_secret=hunter22"
    report = parse_report(json.dumps(data))
    assert report.result is not None
    shown = " ".join(probe.detail for probe in report.result.permissions.values())
    assert "hunter22" not in shown and "[redacted]" in shown


# --- fuzzing -------------------------------------------------------------------------------

JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=30),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4)
    ),
    max_leaves=12,
)


def _paths(value: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    found = [prefix] if prefix else []
    if isinstance(value, dict):
        for key, item in value.items():
            found += _paths(item, (*prefix, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            found += _paths(item, (*prefix, index))
    return found


VALID = saved()
PATHS = _paths(VALID)


def _outcome(data: bytes | str) -> None:
    try:
        parse_report(data)
    except InputError as error:  # the one way to refuse, always with a message and a hint
        assert error.message and error.hint


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(PATHS), JSON_VALUES)
def test_any_one_value_replaced_is_read_or_refused(path: tuple[Any, ...], value: Any) -> None:
    data = copy.deepcopy(VALID)
    target: Any = data
    for part in path[:-1]:
        target = target[part]
    target[path[-1]] = value
    _outcome(json.dumps(data))


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=400))
def test_any_bytes_are_read_or_refused(data: bytes) -> None:
    _outcome(data)


@settings(max_examples=200, deadline=None)
@given(st.integers(min_value=0, max_value=len(json.dumps(VALID)) - 1), st.binary(max_size=8))
def test_a_damaged_file_is_refused(position: int, junk: bytes) -> None:
    text = json.dumps(VALID).encode()
    _outcome(text[:position] + junk + text[position + len(junk) :])


def test_the_size_limit_is_far_above_a_real_report() -> None:
    assert len(json.dumps(VALID).encode()) * 20 < MAX_REPORT_BYTES


def test_a_refused_report_speaks_the_users_language() -> None:
    data = saved()
    data["setup"]["port"] = 80
    i18n.use("de")
    try:
        with pytest.raises(UntrustedInputError) as german:
            parse_report(json.dumps(data))
        with pytest.raises(UntrustedInputError) as large:
            parse_report(b" " * 300_000)
    finally:
        i18n.use(i18n.ENGLISH)
    assert german.value.message == (
        "Dieser Support-Bericht kann nicht verwendet werden. "
        "„setup.port“ liegt nicht zwischen 1024 und 49151."
    )
    # An amount is written the language's way.
    assert large.value.message.endswith("Es ist größer als 262.144 Byte.")


def test_a_good_report_reads_back_whatever_the_readers_language() -> None:
    data = json.dumps(saved())  # written in English, as the wizard always writes its data
    i18n.use("de")  # "Europa", where the report says "Europe"
    try:
        report = parse_report(data)
    finally:
        i18n.use(i18n.ENGLISH)
    assert report.setup.region.value == "eu"
