"""What the wizard knows about Intercom and Cyclr, and the async client that checks a setup.

No Qt here: the command line and the wizard's window both build on this package.

The names below are loaded on first use (PEP 562): importing one small module of this package,
such as ``regions``, must not pull in httpx and the whole client with it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from intercom_wizard._lazy import lazy_exports

if TYPE_CHECKING:
    from intercom_wizard.intercom.client import (
        Admin,
        IntercomClient,
        MeInfo,
        Workspace,
    )
    from intercom_wizard.intercom.cyclr import (
        CYCLR_CONSOLE_PATH,
        CallbackTarget,
        callback_for,
    )
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

# Where each public name lives, so ``from intercom_wizard.intercom import X`` loads only X's module.
_HOME = {
    "API_VERSIONS": "intercom_wizard.intercom.versions",
    "CHANGELOG_URL": "intercom_wizard.intercom.versions",
    "CYCLR_CONNECTORS": "intercom_wizard.intercom.versions",
    "CYCLR_CONSOLE_PATH": "intercom_wizard.intercom.cyclr",
    "LATEST_STABLE": "intercom_wizard.intercom.versions",
    "PERMISSION_CATALOG": "intercom_wizard.intercom.permissions",
    "REQUIRED_PERMISSIONS": "intercom_wizard.intercom.permissions",
    "Admin": "intercom_wizard.intercom.client",
    "ApiVersion": "intercom_wizard.intercom.versions",
    "CallbackTarget": "intercom_wizard.intercom.cyclr",
    "CyclrConnector": "intercom_wizard.intercom.versions",
    "Endpoints": "intercom_wizard.intercom.regions",
    "IntercomClient": "intercom_wizard.intercom.client",
    "MeInfo": "intercom_wizard.intercom.client",
    "Permission": "intercom_wizard.intercom.permissions",
    "PermissionKey": "intercom_wizard.intercom.permissions",
    "ProbeResult": "intercom_wizard.intercom.permissions",
    "Region": "intercom_wizard.intercom.regions",
    "Verdict": "intercom_wizard.intercom.permissions",
    "Workspace": "intercom_wizard.intercom.client",
    "callback_for": "intercom_wizard.intercom.cyclr",
    "connector_for": "intercom_wizard.intercom.versions",
    "permission": "intercom_wizard.intercom.permissions",
    "system_proxy_for": "intercom_wizard.intercom.proxy",
}


__getattr__, __dir__ = lazy_exports(__name__, _HOME, __all__)
