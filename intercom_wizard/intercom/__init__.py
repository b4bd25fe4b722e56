"""What the wizard knows about Intercom and Cyclr, and the async client that checks a setup.

No Qt here: the command line and the wizard's window both build on this package.
"""

from __future__ import annotations

from intercom_wizard.intercom.client import Admin, IntercomClient, MeInfo, Workspace
from intercom_wizard.intercom.cyclr import CYCLR_CONSOLE_PATH, CallbackTarget, callback_for
from intercom_wizard.intercom.permissions import (
    PERMISSION_CATALOG,
    REQUIRED_PERMISSIONS,
    Permission,
    PermissionKey,
    ProbeResult,
    Verdict,
    permission,
)
from intercom_wizard.intercom.proxy import system_proxy_for
from intercom_wizard.intercom.regions import Endpoints, Region
from intercom_wizard.intercom.versions import (
    API_VERSIONS,
    CHANGELOG_URL,
    CYCLR_CONNECTORS,
    LATEST_STABLE,
    ApiVersion,
    CyclrConnector,
    connector_for,
)

__all__ = [
    "API_VERSIONS",
    "CHANGELOG_URL",
    "CYCLR_CONNECTORS",
    "CYCLR_CONSOLE_PATH",
    "LATEST_STABLE",
    "PERMISSION_CATALOG",
    "REQUIRED_PERMISSIONS",
    "Admin",
    "ApiVersion",
    "CallbackTarget",
    "CyclrConnector",
    "Endpoints",
    "IntercomClient",
    "MeInfo",
    "Permission",
    "PermissionKey",
    "ProbeResult",
    "Region",
    "Verdict",
    "Workspace",
    "callback_for",
    "connector_for",
    "permission",
    "system_proxy_for",
]
