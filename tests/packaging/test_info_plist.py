"""The macOS bundle's Info.plist declares the setup links and profiles the app opens, read from
the spec itself (the BUNDLE call's info_plist) without a Mac."""

from __future__ import annotations

import ast
import plistlib
import sys
from pathlib import Path
from typing import Any

from intercom_wizard.profiles import FILE_SUFFIX, LINK_SCHEME

ROOT = Path(__file__).resolve().parents[2]
SPEC = ROOT / "packaging" / "intercom-wizard.spec"


def _spec_info_plist() -> dict[str, Any]:
    """What the spec passes to BUNDLE as info_plist, evaluated as the spec would on macOS."""
    tree = ast.parse(SPEC.read_text(encoding="utf-8"))
    constants = {
        target.id: ast.literal_eval(node.value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Assign) and isinstance(node.value, ast.Constant)
        for target in node.targets
        if isinstance(target, ast.Name)
    }
    calls = [
        node
        for node in ast.walk(tree)
        if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "BUNDLE"
    ]
    assert len(calls) == 1
    (argument,) = [kw.value for kw in calls[0].keywords if kw.arg == "info_plist"]
    sys.path.insert(0, str(ROOT / "packaging" / "macos"))
    try:
        from info_plist import info_plist
    finally:
        sys.path.remove(str(ROOT / "packaging" / "macos"))
    namespace = {"info_plist": info_plist, "VERSION": "9.8.7", **constants}
    value = eval(compile(ast.Expression(argument), str(SPEC), "eval"), namespace)
    assert isinstance(value, dict)
    # As PyInstaller writes it: through plistlib, so every value must be plist-able.
    written: dict[str, Any] = plistlib.loads(plistlib.dumps(value))
    return written


def test_the_bundle_keeps_its_identity() -> None:
    plist = _spec_info_plist()
    assert plist["CFBundleShortVersionString"] == plist["CFBundleVersion"] == "9.8.7"
    assert plist["LSMinimumSystemVersion"] == "12.0"
    assert plist["NSHighResolutionCapable"] is True


def test_setup_links_open_the_app() -> None:
    (url_type,) = _spec_info_plist()["CFBundleURLTypes"]
    assert url_type["CFBundleURLSchemes"] == [LINK_SCHEME] == ["intercom-wizard"]
    assert url_type["CFBundleURLName"] == "com.cyclr.intercom-wizard.setup-link"


def test_setup_profiles_are_a_document_type_the_app_owns_and_exports() -> None:
    plist = _spec_info_plist()
    (document,) = plist["CFBundleDocumentTypes"]
    (exported,) = plist["UTExportedTypeDeclarations"]
    assert document["LSItemContentTypes"] == [exported["UTTypeIdentifier"]]
    assert document["LSHandlerRank"] == "Owner"
    assert document["CFBundleTypeRole"] == "Viewer"  # it only reads them
    tags = exported["UTTypeTagSpecification"]
    assert tags["public.filename-extension"] == [FILE_SUFFIX.lstrip(".")] == ["intercom-wizard"]
    assert "public.json" in exported["UTTypeConformsTo"]


def test_the_windows_installer_registers_the_same_names_per_user() -> None:
    """The Wine stage proves the registration; this holds the names to the app's own."""
    script = (ROOT / "packaging" / "windows" / "intercom-wizard.iss").read_text(encoding="utf-8")
    registry = [line for line in script.splitlines() if line.startswith("Root:")]
    assert all("HKCU" in line and r"Software\Classes" in line for line in registry)
    subkeys = {line.split('Subkey: "')[1].split('"')[0] for line in registry}
    assert rf"Software\Classes\{FILE_SUFFIX}" in subkeys
    assert rf"Software\Classes\{LINK_SCHEME}" in subkeys
    commands = [
        line
        for line in registry
        if line.split('Subkey: "')[1].startswith(
            tuple(
                rf"Software\Classes\{k}\shell\open\command"
                for k in ("IntercomWizard.SetupProfile", LINK_SCHEME)
            )
        )
    ]
    assert len(commands) == 2
    assert all('--os-open ""%1"""' in line for line in commands)
