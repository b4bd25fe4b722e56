"""One harmless API call per required permission, and how to read Intercom's answer to it.

No official table maps endpoints to permissions, so each probe asks for something that only
that permission allows, in a way that changes nothing: reading ids that do not exist, and
creating a conversation from an empty body that Intercom must reject as invalid. A 403 means the
permission is missing; the answers listed as ``granted`` mean Intercom got past its permission
check. Everything else is reported as unknown with Intercom's own words, never as granted.
"""

from __future__ import annotations

import secrets
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from intercom_wizard.intercom.answers import Answer
from intercom_wizard.intercom.permissions import (
    PermissionKey,
    ProbeResult,
    Verdict,
    permission,
)

# Probes pin a version so the same question is asked whatever version the app is set to.
PROBE_API_VERSION = "2.11"

# Error codes that stop a request before (or regardless of) the permission check, so they prove
# nothing about the permission either way.
NOT_ABOUT_PERMISSIONS = frozenset(
    {
        "api_plan_restricted",
        "intercom_version_invalid",
        "rate_limit_exceeded",
        "server_error",
        "service_unavailable",
    }
)


@dataclass(frozen=True)
class ProbeCall:
    method: str
    path: str  # "{id}" is replaced by a fresh random id that cannot exist
    granted: frozenset[int]
    json_body: dict[str, Any] | None = None
    missing: frozenset[int] = frozenset({403})

    def concrete_path(self) -> str:
        return self.path.replace("{id}", secrets.token_hex(12))

    @property
    def label(self) -> str:
        return f"{self.method} {self.path.replace('{id}', '<random id>')}"


PROBES: dict[PermissionKey, tuple[ProbeCall, ...]] = {
    PermissionKey.READ_ADMINS: (ProbeCall("GET", "/admins", granted=frozenset({200})),),
    PermissionKey.READ_ONE_USER_AND_ONE_COMPANY: (
        ProbeCall("GET", "/contacts/{id}", granted=frozenset({200, 404})),
        ProbeCall("GET", "/companies/{id}", granted=frozenset({200, 404})),
    ),
    PermissionKey.WRITE_CONVERSATIONS: (
        ProbeCall(
            "POST",
            "/conversations",
            json_body={},
            # 400/422: the empty body was refused as invalid, after the permission check.
            granted=frozenset({200, 201, 400, 422}),
        ),
    ),
}


def judge(key: PermissionKey, call: ProbeCall, answer: Answer) -> ProbeResult:
    """The verdict on ``key`` from one probe answer."""
    label = permission(key).label
    said = answer.describe()

    def result(verdict: Verdict, detail: str) -> ProbeResult:
        return ProbeResult(key, verdict, answer.status, answer.request_id, detail)

    if answer.error_code in NOT_ABOUT_PERMISSIONS:
        return result(
            Verdict.UNKNOWN,
            f"{call.label} answered {said}, which says nothing about “{label}”.",
        )
    if answer.status in call.granted:
        if not answer.is_json:
            return result(
                Verdict.UNKNOWN,
                f"{call.label} answered {answer.status}, but not with Intercom's JSON: a proxy "
                f"or a wrong API address may be in the way, so “{label}” could not be checked.",
            )
        return result(Verdict.GRANTED, f"{call.label} answered {said}: “{label}” is granted.")
    if answer.status in call.missing:
        where = permission(key).where
        return result(
            Verdict.MISSING,
            f"{call.label} was refused ({said}): tick “{label}” under {where}, save, "
            "and run the consent test again.",
        )
    return result(
        Verdict.UNKNOWN,
        f"{call.label} answered {said}, which does not tell whether “{label}” is granted.",
    )


def combine(key: PermissionKey, results: Sequence[ProbeResult]) -> ProbeResult:
    """One verdict from several probes: any missing wins, then any unknown, else granted."""
    if len(results) == 1:
        return results[0]
    for verdict in (Verdict.MISSING, Verdict.UNKNOWN):
        deciding = [r for r in results if r.verdict is verdict]
        if deciding:
            return _merged(key, verdict, deciding)
    return _merged(key, Verdict.GRANTED, results)


def _merged(key: PermissionKey, verdict: Verdict, results: Sequence[ProbeResult]) -> ProbeResult:
    request_id = next((r.request_id for r in results if r.request_id), None)
    detail = " ".join(r.detail for r in results)
    return ProbeResult(key, verdict, results[0].status, request_id, detail)
