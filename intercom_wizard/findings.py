"""What a consent test's result means, as a list of findings: the one place a verdict is worded.

``VerificationResult.problems`` and ``ok``, ``verify``'s text and JSON, the support report, the
browser's page and the wizard's Results page all render these; none words a verdict itself.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING

from intercom_wizard.errors import InputError
from intercom_wizard.i18n import _, ngettext
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
                    _("Could not tell whether '{permission}' is granted.").format(
                        permission=permission.label
                    ),
                    _("Check that it is ticked in {where}, then run the test again.").format(
                        where=permission.where
                    ),
                    permission.key,
                    request_id,
                )
            )
        elif probe.verdict is Verdict.MISSING:
            found.append(
                Finding(
                    FindingKind.PERMISSION_MISSING,
                    _("The permission '{permission}' is not granted.").format(
                        permission=permission.label
                    ),
                    _("Tick it in {where}, save, then run the test again.").format(
                        where=permission.where
                    ),
                    permission.key,
                    request_id,
                )
            )
    version = result.api_version
    if version.detected is None:
        found.append(
            Finding(
                FindingKind.VERSION_UNKNOWN,
                _("Intercom did not say which API version the app uses."),
                _("Read it in the {where} and check that the wizard has the same one.").format(
                    where=VERSION_WHERE
                ),
            )
        )
    elif version.matches is False:
        found.append(
            Finding(
                FindingKind.VERSION_MISMATCH,
                _(
                    "The app answers with API version {detected}, but version {chosen} was chosen."
                ).format(detected=version.detected, chosen=version.selected),
                _(
                    "Change one to match the other (the app's is under {where}), "
                    "then run the test again."
                ).format(where=VERSION_WHERE)
                + " "
                + why_versions_matter(version.selected, version.detected),
            )
        )
    return found


def why_versions_matter(chosen: str | None, detected: str) -> str:
    """What differs between two versions where the connector works, from Intercom's descriptions."""
    try:
        diff = version_differences(chosen or "", detected)
    except InputError:  # a version Intercom named that the catalog does not know
        return _("See what changed in Intercom's changelog: {url}").format(url=CHANGELOG_URL)
    if not diff.known:
        return _(
            "What differs between {chosen} and {detected} is not in the descriptions shipped "
            "with the wizard; see Intercom's changelog: {url}"
        ).format(chosen=chosen, detected=detected, url=diff.changelog_url)
    if diff.same:
        return _(
            "Intercom's descriptions show no difference between {chosen} and {detected} in "
            "what the connector uses, but Cyclr's connector is built for one version."
        ).format(chosen=chosen, detected=detected)
    parts = [_("added {operation}").format(operation=change.operation) for change in diff.added]
    parts += [
        _("removed {operation}").format(operation=change.operation) for change in diff.removed
    ]
    # Parameters and answers are named; a change in the fields only is counted.
    parts += [
        f"{change.operation}: {', '.join(change.changes)}"
        for change in diff.changed
        if change.changes and change.changes != FIELDS_ONLY
    ]
    reshaped = sum(1 for change in diff.changed if change.changes in ((), FIELDS_ONLY))
    shown = parts[:SHOWN_DIFFERENCES]
    if len(parts) > len(shown):
        shown.append(_("{count} more").format(count=len(parts) - len(shown)))
    if reshaped:
        shown.append(
            ngettext(
                "request or answer fields changed in {count} operation",
                "request or answer fields changed in {count} operations",
                reshaped,
            ).format(count=reshaped)
        )
    return _(
        "From {chosen} to {detected}, in what the connector's permissions cover: "
        "{differences}. Changelog: {url}"
    ).format(chosen=chosen, detected=detected, differences="; ".join(shown), url=diff.changelog_url)
