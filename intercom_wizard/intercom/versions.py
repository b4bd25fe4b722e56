"""Intercom's REST API versions, and which Cyclr connector goes with which.

An Intercom app is pinned to one API version (Developer Hub > your app > Basic Information).
Cyclr ships one Intercom connector per version family, and the endpoints differ between them,
so the partner must pick the connector that matches the app's version.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from intercom_wizard.errors import InputError

CHANGELOG_URL = "https://developers.intercom.com/building-apps/docs/api-changelog"

_PREVIEW = "Preview"
# Intercom renamed "Unstable" to "Preview"; the old name is still accepted by the API.
_PREVIEW_ALIASES = frozenset({"preview", "unstable"})
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
            f"“{cleaned}” is not an Intercom API version this wizard knows.",
            hint=(
                f"Use one of {_catalog_summary()}, as shown in the Developer Hub under "
                "your app > Basic Information."
            ),
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


API_VERSIONS: tuple[ApiVersion, ...] = (
    *(ApiVersion(f"1.{minor}") for minor in range(5)),
    *(ApiVersion(f"2.{minor}") for minor in range(17)),
    ApiVersion(_PREVIEW),
)
LATEST_STABLE: ApiVersion = ApiVersion("2.16")


def _catalog_summary() -> str:
    return "1.0-1.4, 2.0-2.16 or Preview"


@dataclass(frozen=True)
class CyclrConnector:
    """A connector in Cyclr's Application Connector Library and the API versions it speaks."""

    name: str
    versions: tuple[str, ...]
    note: str


def _names(major: int, minors: range) -> tuple[str, ...]:
    return tuple(f"{major}.{minor}" for minor in minors)


# THE table of which Cyclr connector to pick for an app's API version. Cyclr does not publish
# its exact list of Intercom connectors, so this is a best reading of its Connector Library:
# when Cyclr adds or renames a connector, change this table and nothing else.
CYCLR_CONNECTORS: tuple[CyclrConnector, ...] = (
    CyclrConnector(
        name="Intercom (API 2.x)",
        versions=_names(2, range(17)),
        note=(
            "If the Connector Library lists an Intercom connector for your exact version, "
            "prefer that one."
        ),
    ),
    CyclrConnector(
        name="Intercom (API 1.x, legacy)",
        versions=_names(1, range(5)),
        note="Intercom's 1.x versions are old; consider moving the app to a 2.x version.",
    ),
)


def connector_for(version: ApiVersion) -> CyclrConnector | None:
    """The Cyclr connector for ``version``, or None when there is none (e.g. Preview)."""
    for connector in CYCLR_CONNECTORS:
        if version.name in connector.versions:
            return connector
    return None
