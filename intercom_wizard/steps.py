"""The state of each of the wizard's steps, as the step rail shows it, live or from a report.

One rule for the running wizard and for a partner's saved support report, which lists each step
with the outcome it recorded: a step is done once it recorded an outcome, needs attention when
it recorded a failure or the last test's findings point at it, and is otherwise not started.
Which step a finding points at is decided here, and nowhere else.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping, Sequence
from enum import StrEnum

from intercom_wizard.findings import FindingKind


class StepState(StrEnum):
    NOT_STARTED = "not-started"
    DONE = "done"
    ATTENTION = "needs-attention"


# The steps findings point at, by the key each page records its outcome under.
PERMISSIONS = "permissions"
API_VERSION = "api_version"
TEST = "test"
RESULTS = "results"

NOT_REACHED = "not reached"  # the support report's outcome for a step never reached
# Outcomes the pages record when their step went wrong: "failed: ConsentDeclined" (the test
# ended without a result), "problems: ..." (the results). Anything else is an outcome.
FAILED_PREFIXES = ("failed", "problems")
# An optional step shown but not done (the Cyclr check, before it ran): not started.
OPTIONAL_REACHED = "reached (optional)"

# Where the partner fixes what a finding says; None: nothing they set, only the test shows it.
FINDING_STEPS: Mapping[FindingKind, str | None] = {
    FindingKind.WORKSPACE_UNREADABLE: None,
    FindingKind.PERMISSION_MISSING: PERMISSIONS,
    FindingKind.PERMISSION_UNKNOWN: PERMISSIONS,
    FindingKind.VERSION_UNKNOWN: API_VERSION,
    FindingKind.VERSION_MISMATCH: API_VERSION,
}


def attention_steps(kinds: Iterable[FindingKind]) -> frozenset[str]:
    """The steps a test result with findings of ``kinds`` asks the partner to look at again.

    Any finding puts the test and its results there, and each also the step it points at.
    """
    found = list(kinds)
    if not found:
        return frozenset()
    steps = {TEST, RESULTS}
    steps.update(step for kind in found if (step := FINDING_STEPS.get(kind)) is not None)
    return frozenset(steps)


def recorded_failure(outcome: str | None) -> bool:
    return outcome is not None and outcome.lower().startswith(FAILED_PREFIXES)


def step_states(
    keys: Sequence[str], recorded: Mapping[str, str], attention: Collection[str]
) -> dict[str, StepState]:
    """Each step's state, from the outcomes ``recorded`` per step and the ``attention`` steps."""
    states: dict[str, StepState] = {}
    for key in keys:
        outcome = recorded.get(key)
        if key in attention or recorded_failure(outcome):
            states[key] = StepState.ATTENTION
        elif outcome is not None and outcome not in (NOT_REACHED, OPTIONAL_REACHED):
            states[key] = StepState.DONE
        else:
            states[key] = StepState.NOT_STARTED
    return states
