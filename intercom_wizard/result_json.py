"""The one JSON form of a consent test's outcome: ``verify --json``, the support report and the
wizard's saved progress all write it here and read it back here.

A result and a failure have exactly the same keys; a failure adds ``error``. Nothing in either
is secret, so the form can be saved to disk and shown to support as it is.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Any

from intercom_wizard.errors import InputError, WizardError
from intercom_wizard.findings import findings
from intercom_wizard.intercom.client import Admin, Workspace
from intercom_wizard.intercom.permissions import (
    REQUIRED_PERMISSIONS,
    PermissionKey,
    ProbeResult,
    Verdict,
)
from intercom_wizard.intercom.regions import Region
from intercom_wizard.secrets import StorageKind
from intercom_wizard.verification import VerificationResult, VersionCheck

VERSION_SOURCES = ("response-header", "unknown")
RESULT_KEYS = frozenset(
    {
        "ok",
        "region",
        "redirect_uri",
        "workspace",
        "admin",
        "api_version",
        "permissions",
        "request_ids",
        "permission_details",
        "problems",
        "findings",
        "workspace_problem",
        "token_stored",
        "token_kept_in",
        "checked_at",
    }
)


def result_to_json(result: VerificationResult) -> dict[str, Any]:
    """The documented shape of a finished test (see the README's ``verify --json``)."""
    found = findings(result)
    workspace, admin, version = result.workspace, result.admin, result.api_version
    return {
        "ok": not found,
        "region": result.region.value,
        "redirect_uri": result.redirect_uri,
        "workspace": None
        if workspace is None
        else {"name": workspace.name, "id_code": workspace.id_code, "region": workspace.region},
        "admin": None if admin is None else {"name": admin.name, "email": admin.email},
        "api_version": {
            "detected": version.detected,
            "source": version.source,
            "selected": version.selected,
            "matches": version.matches,
        },
        "permissions": {
            p.key.value: _probe(result, p.key, lambda probe: probe.verdict.value)
            for p in REQUIRED_PERMISSIONS
        },
        "request_ids": {
            p.key.value: _probe(result, p.key, lambda probe: probe.request_id)
            for p in REQUIRED_PERMISSIONS
        },
        "permission_details": {
            p.key.value: _probe(
                result, p.key, lambda probe: {"http_status": probe.status, "detail": probe.detail}
            )
            for p in REQUIRED_PERMISSIONS
        },
        "problems": [finding.message for finding in found],
        "findings": [
            {
                "kind": finding.kind.value,
                "message": finding.message,
                "hint": finding.hint,
                "permission": finding.permission.value if finding.permission else None,
                "request_id": finding.request_id,
            }
            for finding in found
        ],
        "workspace_problem": result.workspace_problem,
        "token_stored": result.token_stored is StorageKind.KEYRING,
        "token_kept_in": result.token_stored.value if result.token_stored else None,
        "checked_at": result.checked_at.isoformat(timespec="seconds"),
    }


def failure_to_json(
    error: WizardError,
    *,
    region: Region | None,
    redirect_uri: str | None,
    selected_version: str | None,
    now: datetime | None = None,
) -> dict[str, Any]:
    """The keys of ``result_to_json`` for a test that ended without a result, plus ``error``."""
    message = error.message
    return {
        "ok": False,
        "region": region.value if region is not None else None,
        "redirect_uri": redirect_uri,
        "workspace": None,
        "admin": None,
        "api_version": {
            "detected": None,
            "source": "unknown",
            "selected": selected_version,
            "matches": None,
        },
        "permissions": {p.key.value: None for p in REQUIRED_PERMISSIONS},
        "request_ids": {p.key.value: None for p in REQUIRED_PERMISSIONS},
        "permission_details": {p.key.value: None for p in REQUIRED_PERMISSIONS},
        # No check ran, so there are no findings; the one problem is why the test ended.
        "problems": [message],
        "findings": [],
        "workspace_problem": None,
        "token_stored": False,
        "token_kept_in": None,
        "checked_at": (now or datetime.now(UTC)).isoformat(timespec="seconds"),
        "error": error.to_json(request_id=_request_id(error)),
    }


def _request_id(error: WizardError) -> str | None:
    value = getattr(error, "request_id", None)
    return value if isinstance(value, str) else None


def _probe(result: VerificationResult, key: PermissionKey, read: Any) -> Any:
    probe = result.permissions.get(key)
    return None if probe is None else read(probe)


# --- reading it back ------------------------------------------------------------------------


def result_from_json(data: Mapping[str, Any]) -> VerificationResult:
    """The result ``result_to_json`` wrote; anything missing, unknown or invalid: InputError."""
    reader = _Reader(data, "result")
    if "error" in data:
        raise InputError("A saved test result is a failed test, not a result.", hint=_SAVED_HINT)
    unknown = set(reader.names()) - RESULT_KEYS
    if unknown:
        raise _invalid(sorted(unknown)[0])
    version = _Reader(reader.mapping("api_version"), "api_version")
    source = version.text("source")
    if source not in VERSION_SOURCES:
        raise _invalid("api_version.source")
    matches = version.raw("matches")
    if matches is not None and not isinstance(matches, bool):
        raise _invalid("api_version.matches")
    verdicts = _Reader(reader.mapping("permissions"), "permissions")
    request_ids = _Reader(reader.mapping("request_ids"), "request_ids")
    details = _Reader(reader.mapping("permission_details"), "permission_details")
    permissions: dict[PermissionKey, ProbeResult] = {}
    for name in verdicts.names():
        try:
            key = PermissionKey(name)
            verdict = verdicts.optional_text(name)
            judged = Verdict(verdict) if verdict is not None else None
        except ValueError:
            raise _invalid(f"permissions.{name}") from None
        if judged is None:
            continue  # not checked
        detail = _Reader(details.raw(name), f"permission_details.{name}")
        status = detail.raw("http_status")
        if status is not None and (not isinstance(status, int) or isinstance(status, bool)):
            raise _invalid(f"permission_details.{name}.http_status")
        permissions[key] = ProbeResult(
            key=key,
            verdict=judged,
            status=status,
            request_id=request_ids.optional_text(name),
            detail=detail.text("detail"),
        )
    workspace_data = reader.optional_mapping("workspace")
    admin_data = reader.optional_mapping("admin")
    kept_in = reader.optional_text("token_kept_in")
    try:
        stored = StorageKind(kept_in) if kept_in is not None else None
        region = Region(reader.text("region"))
        checked_at = datetime.fromisoformat(reader.text("checked_at"))
    except ValueError:
        raise InputError(
            "A saved test result holds an unreadable value.", hint=_SAVED_HINT
        ) from None
    if checked_at.tzinfo is None:
        raise _invalid("checked_at")
    return VerificationResult(
        region=region,
        redirect_uri=reader.text("redirect_uri"),
        workspace=None
        if workspace_data is None
        else Workspace(
            name=_Reader(workspace_data, "workspace").optional_text("name"),
            id_code=_Reader(workspace_data, "workspace").optional_text("id_code"),
            region=_Reader(workspace_data, "workspace").optional_text("region"),
        ),
        admin=None
        if admin_data is None
        else Admin(
            name=_Reader(admin_data, "admin").optional_text("name"),
            email=_Reader(admin_data, "admin").optional_text("email"),
        ),
        api_version=VersionCheck(
            detected=version.optional_text("detected"),
            source=source,
            selected=version.optional_text("selected"),
            matches=matches,
        ),
        permissions=permissions,
        token_stored=stored,
        checked_at=checked_at,
        workspace_problem=reader.optional_text("workspace_problem"),
    )


_SAVED_HINT = "Run the consent test again to get a fresh result."


def _invalid(where: str) -> InputError:
    return InputError(f"A saved test result has an invalid '{where}'.", hint=_SAVED_HINT)


class _Reader:
    """Typed, strict access to one JSON object; every complaint names the field."""

    def __init__(self, data: object, where: str) -> None:
        if not isinstance(data, Mapping):
            raise _invalid(where)
        self._data = data
        self._where = where

    def names(self) -> list[str]:
        return [str(key) for key in self._data]

    def raw(self, name: str) -> Any:
        if name not in self._data:
            raise InputError(f"A saved test result lacks '{self._where}.{name}'.", hint=_SAVED_HINT)
        return self._data[name]

    def text(self, name: str) -> str:
        value = self.raw(name)
        if not isinstance(value, str):
            raise _invalid(f"{self._where}.{name}")
        return value

    def optional_text(self, name: str) -> str | None:
        value = self.raw(name)
        if value is not None and not isinstance(value, str):
            raise _invalid(f"{self._where}.{name}")
        return value

    def mapping(self, name: str) -> Mapping[str, Any]:
        value = self.raw(name)
        if not isinstance(value, Mapping):
            raise _invalid(f"{self._where}.{name}")
        return value

    def optional_mapping(self, name: str) -> Mapping[str, Any] | None:
        value = self.raw(name)
        if value is not None and not isinstance(value, Mapping):
            raise _invalid(f"{self._where}.{name}")
        return value
