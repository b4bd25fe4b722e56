"""The macOS bundle's Info.plist, as data: the spec passes it to PyInstaller's BUNDLE, and the
tests read it without a Mac.

Besides the bundle's identity it declares what the app opens: setup links
(``intercom-wizard://``, CFBundleURLTypes) and setup profiles (``.intercom-wizard`` files,
CFBundleDocumentTypes over a UTI the app exports, since no other app defines the type).
macOS hands both to the running app as Apple events, which Qt turns into QFileOpenEvent
(``ui/profile_opening.py``). The names come from ``intercom_wizard/profiles.py``.
"""

from __future__ import annotations

from typing import Any

from intercom_wizard.profiles import FILE_SUFFIX, LINK_SCHEME

PROFILE_UTI = "com.cyclr.intercom-wizard.setup-profile"
PROFILE_MIME_TYPE = "application/x-intercom-wizard-profile"


def info_plist(*, bundle_id: str, version: str, minimum_system: str) -> dict[str, Any]:
    return {
        "CFBundleName": "Intercom Wizard",
        "CFBundleDisplayName": "Intercom Wizard",
        "CFBundleShortVersionString": version,
        "CFBundleVersion": version,
        "LSMinimumSystemVersion": minimum_system,
        "NSHighResolutionCapable": True,
        "NSRequiresAquaSystemAppearance": False,
        "LSApplicationCategoryType": "public.app-category.developer-tools",
        "CFBundleURLTypes": [
            {
                "CFBundleURLName": f"{bundle_id}.setup-link",
                "CFBundleURLSchemes": [LINK_SCHEME],
                "CFBundleTypeRole": "Viewer",
            }
        ],
        "CFBundleDocumentTypes": [
            {
                "CFBundleTypeName": "Intercom setup profile",
                "CFBundleTypeRole": "Viewer",
                "LSHandlerRank": "Owner",
                "LSItemContentTypes": [PROFILE_UTI],
            }
        ],
        "UTExportedTypeDeclarations": [
            {
                "UTTypeIdentifier": PROFILE_UTI,
                "UTTypeDescription": "Intercom setup profile",
                "UTTypeConformsTo": ["public.json", "public.data"],
                "UTTypeTagSpecification": {
                    "public.filename-extension": [FILE_SUFFIX.lstrip(".")],
                    "public.mime-type": [PROFILE_MIME_TYPE],
                },
            }
        ],
    }
