"""Each step's state, and which step a finding sends the partner back to."""

from __future__ import annotations

import pytest

from intercom_wizard import steps
from intercom_wizard.findings import FindingKind
from intercom_wizard.steps import StepState, attention_steps, step_states

KEYS = ["welcome", "where", "permissions", "api_version", "test", "results", "finish"]


def test_every_kind_of_finding_names_its_step_or_none() -> None:
    assert set(steps.FINDING_STEPS) == set(FindingKind)


@pytest.mark.parametrize(
    ("kind", "step"),
    [
        (FindingKind.PERMISSION_MISSING, "permissions"),
        (FindingKind.PERMISSION_UNKNOWN, "permissions"),
        (FindingKind.VERSION_MISMATCH, "api_version"),
        (FindingKind.VERSION_UNKNOWN, "api_version"),
    ],
)
def test_a_finding_puts_its_step_and_the_test_up_for_attention(
    kind: FindingKind, step: str
) -> None:
    assert attention_steps([kind]) == {step, "test", "results"}


def test_an_unreadable_workspace_points_at_the_test_only() -> None:
    assert attention_steps([FindingKind.WORKSPACE_UNREADABLE]) == {"test", "results"}


def test_no_findings_no_attention() -> None:
    assert attention_steps([]) == frozenset()


def test_states_from_recorded_outcomes() -> None:
    recorded = {
        "welcome": "done",
        "where": "done",
        "permissions": "ticked",
        "api_version": steps.NOT_REACHED,
        "test": "failed: ConsentDeclined",
    }
    assert step_states(KEYS, recorded, frozenset()) == {
        "welcome": StepState.DONE,
        "where": StepState.DONE,
        "permissions": StepState.DONE,
        "api_version": StepState.NOT_STARTED,
        "test": StepState.ATTENTION,
        "results": StepState.NOT_STARTED,
        "finish": StepState.NOT_STARTED,
    }


def test_attention_wins_over_done() -> None:
    recorded = {"permissions": "ticked", "results": "problems: The permission is not granted."}
    states = step_states(KEYS, recorded, {"permissions"})
    assert states["permissions"] is StepState.ATTENTION
    assert states["results"] is StepState.ATTENTION


def test_an_optional_step_only_shown_is_not_started_and_its_failed_check_needs_attention() -> None:
    from intercom_wizard.steps import OPTIONAL_REACHED, StepState, step_states

    keys = ["results", "cyclr_check"]
    assert step_states(keys, {"cyclr_check": OPTIONAL_REACHED}, ())["cyclr_check"] is (
        StepState.NOT_STARTED
    )
    failed = {"cyclr_check": "problems: cyclr check: exchange-failed"}
    assert step_states(keys, failed, ())["cyclr_check"] is StepState.ATTENTION
    passed = {"cyclr_check": "cyclr check: authenticated"}
    assert step_states(keys, passed, ())["cyclr_check"] is StepState.DONE
