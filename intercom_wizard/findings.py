"""What a consent test's result means, as a list of findings: the one place a verdict is worded.

``VerificationResult.problems`` and ``ok``, ``verify``'s text and JSON, the support report, the
browser's page and the wizard's Results page all render these; none words a verdict itself.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING

from intercom_wizard.intercom.permissions import REQUIRED_PERMISSIONS, PermissionKey, Verdict

if TYPE_CHECKING:
    from intercom_wizard.verification import VerificationResult

VERSION_WHERE = "Developer Hub > your app > Basic Information > API version"


class FindingKind(StrEnum):
    WORKSPACE_UNREADABLE = "workspace-unreadable"
    PERMISSION_MISSING = "permission-missing"
    PERMISSION_UNKNOWN = "permission-unknown"
    VERSION_UNKNOWN = "version-unknown"
    VERSION_MISMATCH = "version-mismatch"


@dataclass(frozen=True)
class Finding:
    """One thing a result says is wrong or unproven."""

    kind: FindingKind
    message: str  # one sentence for a person
    hint: str | None  # what to do about it
    permission: PermissionKey | None = None
    request_id: str | None = None  # Intercom's id of the answer this rests on, for support


def findings(result: VerificationResult) -> list[Finding]:
    """Everything ``result`` found wrong or could not prove, in the order people read it."""
    found: list[Finding] = []
    if result.workspace_problem:
        found.append(Finding(FindingKind.WORKSPACE_UNREADABLE, result.workspace_problem, None))
    for permission in REQUIRED_PERMISSIONS:
        probe = result.permissions.get(permission.key)
        request_id = probe.request_id if probe is not None else None
        if probe is None or probe.verdict is Verdict.UNKNOWN:
            found.append(
                Finding(
                    FindingKind.PERMISSION_UNKNOWN,
                    f"Could not tell whether '{permission.label}' is granted.",
                    f"Check that it is ticked in {permission.where}, then run the test again.",
                    permission.key,
                    request_id,
                )
            )
        elif probe.verdict is Verdict.MISSING:
            found.append(
                Finding(
                    FindingKind.PERMISSION_MISSING,
                    f"The permission '{permission.label}' is not granted.",
                    f"Tick it in {permission.where}, save, then run the test again.",
                    permission.key,
                    request_id,
                )
            )
    version = result.api_version
    if version.detected is None:
        found.append(
            Finding(
                FindingKind.VERSION_UNKNOWN,
                "Intercom did not say which API version the app uses.",
                f"Read it in the {VERSION_WHERE} and check that the wizard has the same one.",
            )
        )
    elif version.matches is False:
        found.append(
            Finding(
                FindingKind.VERSION_MISMATCH,
                f"The app answers with API version {version.detected}, "
                f"but version {version.selected} was chosen.",
                f"Change one to match the other (the app's is under {VERSION_WHERE}), "
                "then run the test again.",
            )
        )
    return found
