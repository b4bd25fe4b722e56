"""The permissions Cyclr's Intercom connector needs, and the verdicts the wizard gives on them.

Intercom has no OAuth scopes in the authorize URL: permissions are ticked on the app in the
Developer Hub and apply to every token issued after that. The wizard proves each one with a
harmless API call (see ``probes.py``) and reports granted, missing or unknown.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

PEOPLE_AND_CONVERSATION_DATA = "People & conversation data"
WORKSPACE_DATA = "Workspace data"

WHERE_TO_TICK = "Developer Hub > your app > Authentication > Edit permissions"


class PermissionKey(StrEnum):
    READ_ADMINS = "read_admins"
    READ_ONE_USER_AND_ONE_COMPANY = "read_one_user_and_one_company"
    WRITE_CONVERSATIONS = "write_conversations"


@dataclass(frozen=True)
class Permission:
    key: PermissionKey
    label: str
    group: str
    where: str


# In the order Cyclr's partner-setup document lists them.
REQUIRED_PERMISSIONS: tuple[Permission, ...] = (
    Permission(
        PermissionKey.READ_ONE_USER_AND_ONE_COMPANY,
        "Read one user and one company",
        PEOPLE_AND_CONVERSATION_DATA,
        f"{WHERE_TO_TICK} > {PEOPLE_AND_CONVERSATION_DATA}",
    ),
    Permission(
        PermissionKey.WRITE_CONVERSATIONS,
        "Write conversations",
        PEOPLE_AND_CONVERSATION_DATA,
        f"{WHERE_TO_TICK} > {PEOPLE_AND_CONVERSATION_DATA}",
    ),
    Permission(
        PermissionKey.READ_ADMINS,
        "Read admins",
        WORKSPACE_DATA,
        f"{WHERE_TO_TICK} > {WORKSPACE_DATA}",
    ),
)

# Every permission the Developer Hub offers, as best known from Intercom's "OAuth scopes" page;
# Intercom adds entries from time to time, so this list is for orientation, not validation.
PERMISSION_CATALOG: tuple[tuple[str, tuple[str, ...]], ...] = (
    (
        PEOPLE_AND_CONVERSATION_DATA,
        (
            "Read and list users and companies",
            "Read and write users",
            "Write users and companies",
            "Read one user and one company",
            "Read tags",
            "Write tags",
            "Read conversations",
            "Write conversations",
            "Read events",
            "Write events",
            "Read counts",
            "Write data attributes",
            "Export message data",
            "Export content data",
            "Read content data",
            "Read tickets",
            "Write tickets",
            "Read and write custom object instances",
        ),
    ),
    (
        WORKSPACE_DATA,
        (
            "Read admins",
            "Read one admin",
            "Update admins",
            "Read admin activity logs",
            "Read data when entered into the app",
            "Read and list news items and newsfeeds",
            "Read and write news items and newsfeeds",
            "Read and list articles",
            "Read and write articles",
            "Create phone call redirects",
            "Read reporting datasets",
            "Export reporting data",
        ),
    ),
)

_BY_KEY = {p.key: p for p in REQUIRED_PERMISSIONS}


def permission(key: PermissionKey | str) -> Permission:
    """The required permission for ``key`` (a PermissionKey or its string value)."""
    return _BY_KEY[PermissionKey(key)]


class Verdict(StrEnum):
    GRANTED = "granted"
    MISSING = "missing"
    UNKNOWN = "unknown"


@dataclass(frozen=True)
class ProbeResult:
    """What one permission check found; ``detail`` is a sentence for people."""

    key: PermissionKey
    verdict: Verdict
    status: int | None
    request_id: str | None
    detail: str
