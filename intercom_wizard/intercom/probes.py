"""One harmless API call per required permission, and how to read Intercom's answer to it.

No official table maps endpoints to permissions, so each probe asks for something that only
that permission allows, in a way that changes nothing: reading a company that does not exist,
and writing a conversation from a contact that does not exist. Each probe lists the answers it
can read (:class:`Reading`), every one documented in Intercom's API descriptions
(``resources/intercom-openapi``) or naming the source that says otherwise; any other answer is
reported as unknown with Intercom's own words, never as granted.
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

ID_PLACEHOLDER = "{id}"

# A missing permission: Intercom's prose docs and public code say 403 "forbidden" ("You do not
# have the required scope (...) to access this resource"). The descriptions show it as an
# example only from 2.16 on, and only on other operations (GET /macros "Missing required
# scope"), so it is not documented for the probed operations themselves. They also show the
# same code for other refusals ("Feature not enabled", "Not authorized to manage knowledge base
# content"), so only an answer naming the required scope counts as a missing permission.
FORBIDDEN_SOURCE = "Intercom's API docs (403 forbidden, “required scope”); not in the descriptions"
MISSING_SCOPE_WORDS = "required scope"


@dataclass(frozen=True)
class Reading:
    """One answer a probe understands: its status, its error code and the verdict it gives.

    ``error_code`` None means an answer without an error list (a success).
    """

    status: int
    error_code: str | None
    verdict: Verdict
    documented: str  # the description's example name, or the source that says so
    message_contains: str | None = None  # words Intercom's message must carry, any case


@dataclass(frozen=True)
class ProbeCall:
    method: str
    path: str  # "{id}" is replaced by a fresh random id that cannot exist
    readings: tuple[Reading, ...]
    body: dict[str, Any] | None = None  # "{id}" in a value, likewise

    def concrete_path(self) -> str:
        return self.path.replace(ID_PLACEHOLDER, _random_id())

    @property
    def json_body(self) -> dict[str, Any] | None:
        """The body to send, with a fresh random id each time it is read."""
        return None if self.body is None else _fill(self.body, _random_id())

    @property
    def label(self) -> str:
        return f"{self.method} {self.path.replace(ID_PLACEHOLDER, '<random id>')}"

    def reading(self, answer: Answer) -> Reading | None:
        message = (answer.error_message or "").lower()
        for reading in self.readings:
            if reading.status != answer.status or reading.error_code != answer.error_code:
                continue
            if reading.message_contains and reading.message_contains not in message:
                continue
            return reading
        return None


def _missing() -> Reading:
    return Reading(
        403, "forbidden", Verdict.MISSING, FORBIDDEN_SOURCE, message_contains=MISSING_SCOPE_WORDS
    )


PROBES: dict[PermissionKey, tuple[ProbeCall, ...]] = {
    PermissionKey.READ_ADMINS: (
        ProbeCall(
            "GET",
            "/admins",
            readings=(
                Reading(200, None, Verdict.GRANTED, "200 “Successful response”"),
                _missing(),
            ),
        ),
    ),
    # GET /contacts/{id} is left out: no description documents its answer for an unknown id
    # (only 200, 401 and, from 2.16, 410), so a 404 there would prove nothing.
    PermissionKey.READ_ONE_USER_AND_ONE_COMPANY: (
        ProbeCall(
            "GET",
            "/companies/{id}",
            readings=(
                Reading(404, "company_not_found", Verdict.GRANTED, "404 “Company Not Found”"),
                Reading(200, None, Verdict.GRANTED, "200 “Successful”"),
                _missing(),
            ),
        ),
    ),
    PermissionKey.WRITE_CONVERSATIONS: (
        ProbeCall(
            "POST",
            "/conversations",
            # The contact cannot exist, so Intercom answers 404 once the permission check has
            # passed and nothing is written.
            body={
                "from": {"type": "user", "id": ID_PLACEHOLDER},
                "body": "Permission check by intercom-wizard (never sent: no such contact).",
            },
            readings=(
                Reading(404, "not_found", Verdict.GRANTED, "404 “Contact Not Found”"),
                # Documented, but only for a contact that exists, which a random id never is.
                Reading(200, None, Verdict.GRANTED, "200 “conversation created”"),
                _missing(),
                Reading(403, "api_plan_restricted", Verdict.UNKNOWN, "403 “API plan restricted”"),
            ),
        ),
    ),
}


def judge(key: PermissionKey, call: ProbeCall, answer: Answer) -> ProbeResult:
    """The verdict on ``key`` from one probe answer."""
    label = permission(key).label
    said = answer.describe()

    def result(verdict: Verdict, detail: str) -> ProbeResult:
        return ProbeResult(key, verdict, answer.status, answer.request_id, detail)

    reading = call.reading(answer)
    if reading is None or reading.verdict is Verdict.UNKNOWN:
        return result(
            Verdict.UNKNOWN,
            f"{call.label} answered {said}, which does not tell whether “{label}” is granted.",
        )
    if not answer.is_json:
        return result(
            Verdict.UNKNOWN,
            f"{call.label} answered {answer.status}, but not with Intercom's JSON: a proxy "
            f"or a wrong API address may be in the way, so “{label}” could not be checked.",
        )
    if reading.verdict is Verdict.GRANTED:
        return result(Verdict.GRANTED, f"{call.label} answered {said}: “{label}” is granted.")
    where = permission(key).where
    return result(
        Verdict.MISSING,
        f"{call.label} was refused ({said}): tick “{label}” under {where}, save, "
        "and run the consent test again.",
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


def _random_id() -> str:
    # 24 hex digits, the shape of Intercom's ids; 96 random bits never name a real record.
    return secrets.token_hex(12)


def _fill(node: Any, value: str) -> Any:
    if isinstance(node, dict):
        return {key: _fill(item, value) for key, item in node.items()}
    if isinstance(node, str):
        return node.replace(ID_PLACEHOLDER, value)
    return node
