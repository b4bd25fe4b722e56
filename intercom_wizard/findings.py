"""What a consent test's result means, as a list of findings: the one place a verdict is worded.

``VerificationResult.problems`` and ``ok``, ``verify``'s text and JSON, the support report, the
browser's page and the wizard's Results page all render these; none words a verdict itself.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING

from intercom_wizard.errors import InputError
from intercom_wizard.intercom.permissions import REQUIRED_PERMISSIONS, PermissionKey, Verdict
from intercom_wizard.intercom.versions import CHANGELOG_URL, version_differences

if TYPE_CHECKING:
    from intercom_wizard.verification import VerificationResult

VERSION_WHERE = "Developer Hub > your app > Basic Information > API version"
FIELDS_ONLY = ("request or answer fields changed",)  # see versions.version_differences
SHOWN_DIFFERENCES = 4  # a finding is read in one go: the rest is in the changelog


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
                "then run the test again. "
                + why_versions_matter(version.selected, version.detected),
            )
        )
    return found


def why_versions_matter(chosen: str | None, detected: str) -> str:
    """What differs between two versions where the connector works, from Intercom's descriptions."""
    try:
        diff = version_differences(chosen or "", detected)
    except InputError:  # a version Intercom named that the catalog does not know
        return f"See what changed in Intercom's changelog: {CHANGELOG_URL}"
    if not diff.known:
        return (
            f"What differs between {chosen} and {detected} is not in the descriptions shipped "
            f"with the wizard; see Intercom's changelog: {diff.changelog_url}"
        )
    if diff.same:
        return (
            f"Intercom's descriptions show no difference between {chosen} and {detected} in "
            "what the connector uses, but Cyclr's connector is built for one version."
        )
    parts = [f"added {change.operation}" for change in diff.added]
    parts += [f"removed {change.operation}" for change in diff.removed]
    # Parameters and answers are named; a change in the fields only is counted.
    parts += [
        f"{change.operation}: {', '.join(change.changes)}"
        for change in diff.changed
        if change.changes and change.changes != FIELDS_ONLY
    ]
    reshaped = sum(1 for change in diff.changed if change.changes in ((), FIELDS_ONLY))
    shown = parts[:SHOWN_DIFFERENCES]
    if len(parts) > len(shown):
        shown.append(f"{len(parts) - len(shown)} more")
    if reshaped:
        shown.append(f"request or answer fields changed in {reshaped} operations")
    return (
        f"From {chosen} to {detected}, in what the connector's permissions cover: "
        f"{'; '.join(shown)}. Changelog: {diff.changelog_url}"
    )
