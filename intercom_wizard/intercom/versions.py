"""Intercom's REST API versions, and which Cyclr connector goes with which.

An Intercom app is pinned to one API version (Developer Hub > your app > Basic Information).
Cyclr ships one Intercom connector per version family, and the endpoints differ between them,
so the partner must pick the connector that matches the app's version.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache
from typing import Any

from intercom_wizard.errors import InputError
from intercom_wizard.i18n import N_, _
from intercom_wizard.intercom.permissions import PermissionKey
from intercom_wizard.resources import read_text

CHANGELOG_URL = "https://developers.intercom.com/building-apps/docs/api-changelog"

_PREVIEW = "Preview"
# Intercom renamed "Unstable" to "Preview" in April 2026; the old name still works (Intercom's
# notes; no description lists it).
OLD_PREVIEW_NAME = "Unstable"
_PREVIEW_ALIASES = frozenset({"preview", OLD_PREVIEW_NAME.lower()})
_NUMBERED = re.compile(r"^v?(\d+)\.(\d+)$")


@dataclass(frozen=True)
class ApiVersion:
    """One Intercom API version, e.g. ``2.11`` or ``Preview``.

    Versions sort in release order (2.2 before 2.10), with Preview after every numbered one.
    """

    name: str

    @classmethod
    def parse(cls, text: str) -> ApiVersion:
        """A catalog version from typed text: ``2.11``, `` 2.11 ``, ``v2.11``, ``Unstable``..."""
        cleaned = str(text).strip()
        if cleaned.lower() in _PREVIEW_ALIASES:
            return cls(_PREVIEW)
        match = _NUMBERED.match(cleaned.lower())
        if match:
            candidate = cls(f"{int(match.group(1))}.{int(match.group(2))}")
            if candidate in API_VERSIONS:
                return candidate
        raise InputError(
            _("“{version}” is not an Intercom API version this wizard knows.").format(
                version=cleaned
            ),
            hint=_(
                "Use one of {versions}, as shown in the Developer Hub under "
                "your app > Basic Information."
            ).format(versions=_catalog_summary()),
        )

    @property
    def is_preview(self) -> bool:
        return self.name == _PREVIEW

    @property
    def _rank(self) -> tuple[int, int, str]:
        match = _NUMBERED.match(self.name.lower())
        if match:
            return (int(match.group(1)), int(match.group(2)), "")
        # Preview (and anything unrecognised) sorts after every numbered version.
        return (1_000_000, 0, self.name)

    def __lt__(self, other: Any) -> bool:
        if not isinstance(other, ApiVersion):
            return NotImplemented
        return self._rank < other._rank

    def __le__(self, other: Any) -> bool:
        if not isinstance(other, ApiVersion):
            return NotImplemented
        return self._rank <= other._rank

    def __gt__(self, other: Any) -> bool:
        if not isinstance(other, ApiVersion):
            return NotImplemented
        return self._rank > other._rank

    def __ge__(self, other: Any) -> bool:
        if not isinstance(other, ApiVersion):
            return NotImplemented
        return self._rank >= other._rank

    def __str__(self) -> str:
        return self.name


# Every value Intercom's descriptions accept as Intercom-Version (resources/intercom-openapi;
# a contract test holds the two equal), which are also the versions its notes list.
API_VERSIONS: tuple[ApiVersion, ...] = (
    *(ApiVersion(f"1.{minor}") for minor in range(5)),
    *(ApiVersion(f"2.{minor}") for minor in range(17)),
    ApiVersion(_PREVIEW),
)
LATEST_STABLE: ApiVersion = ApiVersion("2.16")


def _catalog_summary() -> str:
    """``1.0-1.4, 2.0-2.16 or Preview``, from the catalog itself."""
    families: dict[str, list[ApiVersion]] = {}
    for version in API_VERSIONS:
        if not version.is_preview:
            families.setdefault(version.name.split(".")[0], []).append(version)
    ranges = [f"{group[0]}-{group[-1]}" for group in families.values()]
    return f"{', '.join(ranges)} or {_PREVIEW}"


@dataclass(frozen=True)
class CyclrConnector:
    """A connector in Cyclr's Application Connector Library and the API versions it speaks."""

    name: str
    versions: tuple[str, ...]
    english_note: str  # marked for the catalog; ``note`` says it in the current language

    @property
    def note(self) -> str:
        return _(self.english_note)


def _names(major: int, minors: range) -> tuple[str, ...]:
    return tuple(f"{major}.{minor}" for minor in minors)


# THE table of which Cyclr connector to pick for an app's API version. Cyclr does not publish
# its exact list of Intercom connectors, so this is a best reading of its Connector Library:
# when Cyclr adds or renames a connector, change this table and nothing else.
CYCLR_CONNECTORS: tuple[CyclrConnector, ...] = (
    CyclrConnector(
        name="Intercom (API 2.x)",
        versions=_names(2, range(17)),
        english_note=N_(
            "If the Connector Library lists an Intercom connector for your exact version, "
            "prefer that one."
        ),
    ),
    CyclrConnector(
        name="Intercom (API 1.x, legacy)",
        versions=_names(1, range(5)),
        english_note=N_(
            "Intercom's 1.x versions are old; consider moving the app to a 2.x version."
        ),
    ),
)


def connector_for(version: ApiVersion) -> CyclrConnector | None:
    """The Cyclr connector for ``version``, or None when there is none (e.g. Preview)."""
    for connector in CYCLR_CONNECTORS:
        if version.name in connector.versions:
            return connector
    return None


# --- what differs between two versions, from Intercom's descriptions -----------------------

DESCRIPTIONS_FOLDER = "intercom-openapi"


@dataclass(frozen=True)
class OperationChange:
    """One operation that differs, e.g. ``GET /contacts/{id}`` gaining the answer 410."""

    operation: str
    permissions: tuple[PermissionKey, ...]  # whose area it is in
    changes: tuple[str, ...]  # short phrases; empty for an added or removed operation


@dataclass(frozen=True)
class VersionDifferences:
    """How ``new`` differs from ``old`` in the areas the connector's permissions cover.

    ``known`` is False when a version has no description here (1.x to 2.6): then nothing can
    be said beyond the changelog.
    """

    old: ApiVersion
    new: ApiVersion
    known: bool
    added: tuple[OperationChange, ...] = ()
    removed: tuple[OperationChange, ...] = ()
    changed: tuple[OperationChange, ...] = ()
    changelog_url: str = CHANGELOG_URL

    @property
    def same(self) -> bool:
        """True when the descriptions show no difference at all."""
        return self.known and not (self.added or self.removed or self.changed)


@cache
def _described() -> tuple[dict[str, Any], dict[str, Any]]:
    index = json.loads(read_text(DESCRIPTIONS_FOLDER, "index.json"))
    operations = json.loads(read_text(DESCRIPTIONS_FOLDER, "operations.json"))
    return index, operations


def described_versions() -> tuple[ApiVersion, ...]:
    """The versions whose description ships with the wizard, in release order."""
    return tuple(ApiVersion(name) for name in _described()[0]["versions"])


def descriptions_commit() -> str:
    """The commit of Intercom's description repository the shipped extract was taken from."""
    commit: str = _described()[0]["commit"]
    return commit


def version_differences(old: ApiVersion | str, new: ApiVersion | str) -> VersionDifferences:
    """What a partner meets moving from ``old`` (e.g. the chosen version) to ``new``.

    Operations added, removed or changed (parameters, answers, request or answer fields) in
    the areas of Read admins, Read one user and one company and Write conversations. Plain
    data, for the Results page and ``verify`` to render beside the changelog link.
    """
    old_version = old if isinstance(old, ApiVersion) else ApiVersion.parse(old)
    new_version = new if isinstance(new, ApiVersion) else ApiVersion.parse(new)
    per_version = _described()[1]["versions"]
    before = per_version.get(old_version.name)
    after = per_version.get(new_version.name)
    if before is None or after is None:
        return VersionDifferences(old_version, new_version, known=False)

    def entry(name: str, info: dict[str, Any], changes: tuple[str, ...] = ()) -> OperationChange:
        keys = tuple(PermissionKey(key) for key in info["permissions"])
        return OperationChange(name, keys, changes)

    changed = []
    for name in sorted(set(before) & set(after)):
        was, now = before[name], after[name]
        if was == now:
            continue
        changes = [
            *(
                f"new parameter {p}"
                for p in sorted(set(now["parameters"]) - set(was["parameters"]))
            ),
            *(
                f"parameter {p} gone"
                for p in sorted(set(was["parameters"]) - set(now["parameters"]))
            ),
            *(f"new answer {s}" for s in sorted(set(now["responses"]) - set(was["responses"]))),
            *(f"answer {s} gone" for s in sorted(set(was["responses"]) - set(now["responses"]))),
        ]
        if was["shape"] != now["shape"] and not changes:
            changes.append("request or answer fields changed")
        changed.append(entry(name, now, tuple(changes)))
    return VersionDifferences(
        old_version,
        new_version,
        known=True,
        added=tuple(entry(n, after[n]) for n in sorted(set(after) - set(before))),
        removed=tuple(entry(n, before[n]) for n in sorted(set(before) - set(after))),
        changed=tuple(changed),
    )
