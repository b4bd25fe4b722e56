"""Cyclr connectors as the API lists them, and which one goes with the app's Intercom version."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from intercom_wizard.errors import InputError
from intercom_wizard.intercom.versions import ApiVersion

_VERSION_IN_TEXT = re.compile(r"(?<![\d.])v?(\d+\.\d+)(?![\d.])", re.IGNORECASE)


def field(record: Mapping[str, Any], name: str) -> Any:
    """``record[name]``, also accepting camelCase.

    [?] Cyclr documents PascalCase members (``Id``, ``Name``); whether every endpoint and
    instance keeps to it is not documented, so both spellings are read.
    """
    if name in record:
        return record[name]
    return record.get(name[:1].lower() + name[1:])


def text(record: Mapping[str, Any], name: str) -> str:
    value = field(record, name)
    return "" if value is None else str(value).strip()


@dataclass(frozen=True)
class Connector:
    """One connector in the partner's library."""

    id: str
    name: str
    version: str

    @classmethod
    def from_api(cls, record: Mapping[str, Any]) -> Connector | None:
        connector_id = text(record, "Id")
        if not connector_id:
            return None
        return cls(connector_id, text(record, "Name"), text(record, "Version"))

    @property
    def is_intercom(self) -> bool:
        return "intercom" in self.name.lower()

    def api_versions(self) -> frozenset[str]:
        """The Intercom API versions this connector names in its version or its name.

        [?] Whether Cyclr's ``Version`` is Intercom's API version or the connector's own
        release number is undocumented; a number that names no Intercom version is ignored,
        and a connector that names none is reported as "unknown", never as a match.
        """
        found: set[str] = set()
        for match in _VERSION_IN_TEXT.finditer(f"{self.version} {self.name}"):
            try:
                found.add(ApiVersion.parse(match.group(1)).name)
            except InputError:  # a number that names no Intercom version
                continue
        return frozenset(found)

    def matches(self, version: ApiVersion | None) -> bool | None:
        """True or False for a known app version; None when either side is unknown."""
        if version is None:
            return None
        versions = self.api_versions()
        if not versions:
            return None
        return version.name in versions


def intercom_connectors(connectors: Iterable[Connector]) -> list[Connector]:
    """The Intercom connectors, in the order Cyclr listed them, each once."""
    seen: set[str] = set()
    found: list[Connector] = []
    for connector in connectors:
        if connector.is_intercom and connector.id not in seen:
            seen.add(connector.id)
            found.append(connector)
    return found
