"""Reading a support report someone else saved (the JSON ``report.py`` writes), strictly.

A partner sends the report by email, so support opens a file anyone could have written. It is
read through ``untrusted_json``: bounded in size, only the keys ``build_report`` writes, its
format checked first, and every value checked by the rule the wizard itself applies (the
domain, the Client ID, the port, the version) or bounded as plain text. What is read becomes
the same objects the wizard holds, a VerificationResult above all, so the viewer shows it
through the wizard's own views and ``findings.py`` words it. The saved verdicts and the saved
list of problems must agree: one edited without the other is refused. Text that looks like a
credential is masked, though a report never holds one.

``result_json.result_from_json`` reads the same check section back from the wizard's own
progress file; this reader is its strict counterpart for files from outside.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from intercom_wizard.consent.ports import MAX_PORT, MIN_PORT
from intercom_wizard.errors import InputError
from intercom_wizard.findings import FindingKind
from intercom_wizard.i18n import N_, _, english
from intercom_wizard.intercom.app_credentials import check_client_id
from intercom_wizard.intercom.client import Admin, Workspace
from intercom_wizard.intercom.cyclr import callback_for
from intercom_wizard.intercom.permissions import (
    REQUIRED_PERMISSIONS,
    PermissionKey,
    ProbeResult,
    Verdict,
)
from intercom_wizard.intercom.regions import Region, normalize_base_url
from intercom_wizard.intercom.versions import ApiVersion, connector_for
from intercom_wizard.report import REPORT_FORMAT, EnvironmentInfo, scrub
from intercom_wizard.result_json import RESULT_KEYS, VERSION_SOURCES
from intercom_wizard.secrets import StorageKind
from intercom_wizard.session import loopback_redirect_uri
from intercom_wizard.steps import StepState, attention_steps, step_states
from intercom_wizard.untrusted_json import (
    DocumentKind,
    UntrustedInputError,
    UntrustedObject,
    parse_document,
    read_document,
)
from intercom_wizard.verification import VerificationResult, VersionCheck

REPORT = DocumentKind(
    unusable=N_("This support report cannot be used."),
    not_one=N_("This is not a support report: it has no “{field}”."),
    unreadable=N_("The support report {name} cannot be read ({reason})."),
    not_a_file=N_("The support report {name} is not a regular file."),
)
MAX_REPORT_BYTES = 256 * 1024  # a report is 3 to 6 KB
READ_HINT = N_(
    "Ask for the report again, saved from the wizard as JSON "
    "(Finish > Support report, JSON tab, Save)."
)
SHORT = 200  # names, hosts, versions, ids
LONG = 2000  # sentences: messages, hints, details, outcomes
MAX_STEPS = 40
MAX_FINDINGS = 20
_STEP_KEY = re.compile(r"^[A-Za-z][A-Za-z0-9_]{0,59}$")  # a page's step_key or class name
_PERMISSION_KEYS = tuple(p.key.value for p in REQUIRED_PERMISSIONS)


@dataclass(frozen=True)
class ReportSetup:
    """The report's setup section: what the partner entered, each value checked."""

    region: Region
    app_base: str | None
    api_base: str | None
    hosts_overridden: bool
    service_domain: str | None
    callback_url: str | None
    callback_warning: str | None
    redirect_uri: str
    port: int
    client_id: str | None
    api_version: str | None
    cyclr_connector: str | None
    notes: tuple[str, ...]


@dataclass(frozen=True)
class SavedStep:
    key: str
    outcome: str


@dataclass(frozen=True)
class SavedReport:
    created_at: datetime
    environment: EnvironmentInfo
    setup: ReportSetup
    steps: tuple[SavedStep, ...]
    result: VerificationResult | None
    permission_labels: Mapping[str, str]

    def step_states(self) -> dict[str, StepState]:
        """Each step's state by the rule the wizard's step rail uses."""
        found = self.result.findings if self.result is not None else []
        return step_states(
            [step.key for step in self.steps],
            {step.key: step.outcome for step in self.steps},
            attention_steps(finding.kind for finding in found),
        )


def read_report(path: Path) -> SavedReport:
    """The report saved at ``path``, or UntrustedInputError (exit code 2) saying why not."""
    return _read(read_document(path, kind=REPORT, max_bytes=MAX_REPORT_BYTES, hint=_(READ_HINT)))


def parse_report(data: bytes | str) -> SavedReport:
    return _read(parse_document(data, kind=REPORT, max_bytes=MAX_REPORT_BYTES, hint=_(READ_HINT)))


def _read(root: UntrustedObject) -> SavedReport:
    if "report" not in root:
        raise UntrustedInputError(
            _(REPORT.not_one).format(field="report"), hint=_(READ_HINT), field="report"
        )
    header = root.object("report")
    header.format_version("format", supported={REPORT_FORMAT})  # first: newer says "update"
    header.require_only(required={"format", "created_at", "holds_secrets"})
    if header.boolean("holds_secrets"):
        raise header.refuse(
            _("“{field}” says it holds secrets, which a report never does."), key="holds_secrets"
        )
    root.require_only(required={"report", "environment", "setup", "steps", "check"})
    check = root.optional_object("check")
    result, labels = _check(check) if check is not None else (None, {})
    return SavedReport(
        created_at=_moment(header, "created_at"),
        environment=_environment(root.object("environment")),
        setup=_setup(root.object("setup")),
        steps=_steps(root),
        result=result,
        permission_labels=labels,
    )


# --- values ------------------------------------------------------------------------------------


def _text(section: UntrustedObject, key: str, limit: int = SHORT) -> str:
    return scrub(section.text(key, max_length=limit))


def _optional(section: UntrustedObject, key: str, limit: int = SHORT) -> str | None:
    value = section.optional_text(key, max_length=limit)
    return scrub(value) if value is not None else None


def _moment(section: UntrustedObject, key: str) -> datetime:
    text = section.text(key, max_length=40)
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        raise section.refuse(_("“{field}” is not a date and time."), key=key) from None
    if moment.tzinfo is None:
        raise section.refuse(_("“{field}” has no time zone."), key=key)
    return moment


def _refused(section: UntrustedObject, key: str, error: InputError) -> UntrustedInputError:
    """The wizard's own refusal of a value, as this report's refusal naming the field."""
    return section.refuse(_("“{field}” is refused: {reason}"), key=key, reason=error.message)


def _environment(section: UntrustedObject) -> EnvironmentInfo:
    section.require_only(required={"app_version", "os", "python", "qt", "keyring_backend"})
    return EnvironmentInfo(
        app_version=_text(section, "app_version", 40),
        os=_text(section, "os"),
        python=_text(section, "python"),
        qt=_optional(section, "qt", 40),
        keyring_backend=_text(section, "keyring_backend"),
    )


def _setup(section: UntrustedObject) -> ReportSetup:
    section.require_only(
        required={
            "region",
            "region_label",
            "app_base",
            "api_base",
            "hosts_overridden",
            "service_domain",
            "callback_url",
            "callback_warning",
            "redirect_uri",
            "port",
            "client_id",
            "api_version",
            "cyclr_connector",
            "notes",
        }
    )
    region = _region(section, "region")
    with english():  # the report's data is written in English, whoever reads it
        label = region.label
    if section.text("region_label", max_length=SHORT) != label:
        raise section.refuse(
            _("“{field}” is not the name of region {region}."),
            key="region_label",
            region=region.value,
        )
    bases: dict[str, str | None] = {}
    for key in ("app_base", "api_base"):
        base = section.optional_text(key, max_length=SHORT)
        if base is not None:
            try:
                base = normalize_base_url(base, variable=key)
            except InputError as error:
                raise _refused(section, key, error) from None
        bases[key] = base
    domain = section.optional_text("service_domain", max_length=SHORT)
    callback = section.optional_text("callback_url", max_length=SHORT)
    if domain is not None:
        try:
            target = callback_for(domain)
        except InputError as error:
            raise _refused(section, "service_domain", error) from None
        if target.domain != domain:
            raise section.refuse(
                _("“{field}” is not written as the wizard writes it."), key="service_domain"
            )
        if callback != target.callback_url:
            raise section.refuse(
                _("“{field}” is not the callback URL of the service domain."), key="callback_url"
            )
    elif callback is not None:
        raise section.refuse(_("“{field}” is given without a service domain."), key="callback_url")
    port = section.integer("port", minimum=MIN_PORT, maximum=MAX_PORT)
    redirect_uri = section.text("redirect_uri", max_length=SHORT)
    _loopback(section, "redirect_uri", redirect_uri, port)
    client_id = section.optional_text("client_id", max_length=SHORT)
    if client_id is not None:
        try:
            check_client_id(client_id)
        except InputError as error:
            raise _refused(section, "client_id", error) from None
    version = section.optional_text("api_version", max_length=40)
    connector = section.optional_text("cyclr_connector", max_length=SHORT)
    if version is not None:
        try:
            parsed = ApiVersion.parse(version)
        except InputError as error:
            raise _refused(section, "api_version", error) from None
        expected = connector_for(parsed)
        if connector != (expected.name if expected is not None else None):
            raise section.refuse(
                _("“{field}” is not the connector of that version."), key="cyclr_connector"
            )
    elif connector is not None:
        raise section.refuse(_("“{field}” is given without an API version."), key="cyclr_connector")
    return ReportSetup(
        region=region,
        app_base=bases["app_base"],
        api_base=bases["api_base"],
        hosts_overridden=section.boolean("hosts_overridden"),
        service_domain=domain,
        callback_url=callback,
        callback_warning=_optional(section, "callback_warning", LONG),
        redirect_uri=redirect_uri,
        port=port,
        client_id=scrub(client_id) if client_id is not None else None,
        api_version=version,
        cyclr_connector=connector,
        notes=tuple(scrub(note) for note in section.texts("notes", max_items=10, max_length=LONG)),
    )


def _region(section: UntrustedObject, key: str) -> Region:
    value = section.text(key, max_length=10)
    try:
        return Region(value)
    except ValueError:
        raise section.refuse(_("“{field}” is not us, eu or au."), key=key) from None


def _loopback(section: UntrustedObject, key: str, uri: str, port: int | None) -> None:
    """The wizard's own redirect URL: https (or http) on 127.0.0.1, at the report's port."""
    match = re.fullmatch(r"(https?)://127\.0\.0\.1:(\d{1,5})/callback", uri)
    number = int(match.group(2)) if match else -1
    if (
        match is None
        or not MIN_PORT <= number <= MAX_PORT
        or (port is not None and number != port)
        or uri != loopback_redirect_uri(number, use_tls=match.group(1) == "https")
    ):
        raise section.refuse(_("“{field}” is not the wizard's own redirect URL."), key=key)


def _steps(root: UntrustedObject) -> tuple[SavedStep, ...]:
    found: list[SavedStep] = []
    for step in root.objects("steps", max_items=MAX_STEPS):
        step.require_only(required={"step", "status"})
        key = step.text("step", max_length=60)
        if not _STEP_KEY.match(key):
            raise step.refuse(_("“{field}” is not the name of a step."), key="step")
        if any(earlier.key == key for earlier in found):
            raise step.refuse(_("“{field}” names a step listed before."), key="step")
        found.append(SavedStep(key, _text(step, "status", LONG)))
    return tuple(found)


# --- the consent test ------------------------------------------------------------------------


def _check(check: UntrustedObject) -> tuple[VerificationResult, dict[str, str]]:
    check.require_only(required=RESULT_KEYS | {"permission_labels"})
    version = check.object("api_version")
    version.require_only(required={"detected", "source", "selected", "matches"})
    source = version.text("source", max_length=40)
    if source not in VERSION_SOURCES:
        raise version.refuse(
            _("“{field}” is not one of {values}."), key="source", values=", ".join(VERSION_SOURCES)
        )
    result = VerificationResult(
        region=_region(check, "region"),
        redirect_uri=check.text("redirect_uri", max_length=SHORT),
        workspace=_workspace(check.optional_object("workspace")),
        admin=_admin(check.optional_object("admin")),
        api_version=VersionCheck(
            detected=_version_name(version, "detected"),
            source=source,
            selected=_version_name(version, "selected"),
            matches=version.optional_boolean("matches"),
        ),
        permissions=_probes(check),
        token_stored=_storage(check),
        checked_at=_moment(check, "checked_at"),
        workspace_problem=_optional(check, "workspace_problem", LONG),
    )
    _loopback(check, "redirect_uri", result.redirect_uri, None)
    _agrees(check, result)
    labels_section = check.object("permission_labels")
    labels_section.require_only(required=_PERMISSION_KEYS)
    labels = {key: _text(labels_section, key) for key in _PERMISSION_KEYS}
    return result, labels


def _version_name(section: UntrustedObject, key: str) -> str | None:
    value = section.optional_text(key, max_length=40)
    if value is not None and not re.fullmatch(r"[A-Za-z0-9.]+", value):
        raise section.refuse(_("“{field}” is not an API version."), key=key)
    return value


def _workspace(section: UntrustedObject | None) -> Workspace | None:
    if section is None:
        return None
    section.require_only(required={"name", "id_code", "region"})
    return Workspace(
        name=_optional(section, "name"),
        id_code=_optional(section, "id_code"),
        region=_optional(section, "region", 40),
    )


def _admin(section: UntrustedObject | None) -> Admin | None:
    if section is None:
        return None
    section.require_only(required={"name", "email"})
    return Admin(name=_optional(section, "name"), email=_optional(section, "email", 320))


def _probes(check: UntrustedObject) -> dict[PermissionKey, ProbeResult]:
    verdicts = check.object("permissions")
    request_ids = check.object("request_ids")
    details = check.object("permission_details")
    for section in (verdicts, request_ids, details):
        section.require_only(required=_PERMISSION_KEYS)
    probes: dict[PermissionKey, ProbeResult] = {}
    for key in _PERMISSION_KEYS:
        verdict = verdicts.optional_text(key, max_length=20)
        detail = details.optional_object(key)
        request_id = _optional(request_ids, key)
        if verdict is None:  # not checked: nothing else may be said about it
            if detail is not None or request_id is not None:
                raise verdicts.refuse(_("“{field}” is not checked, yet has an answer."), key=key)
            continue
        try:
            judged = Verdict(verdict)
        except ValueError:
            raise verdicts.refuse(
                _("“{field}” is not granted, missing or unknown."), key=key
            ) from None
        if detail is None:
            raise details.refuse(
                _("“{field}” is missing for a permission that was checked."), key=key
            )
        detail.require_only(required={"http_status", "detail"})
        probes[PermissionKey(key)] = ProbeResult(
            key=PermissionKey(key),
            verdict=judged,
            status=detail.optional_integer("http_status", minimum=100, maximum=599),
            request_id=request_id,
            detail=_text(detail, "detail", LONG),
        )
    return probes


def _storage(check: UntrustedObject) -> StorageKind | None:
    kept_in = check.optional_text("token_kept_in", max_length=20)
    try:
        stored = StorageKind(kept_in) if kept_in is not None else None
    except ValueError:
        raise check.refuse(_("“{field}” is not keyring or memory."), key="token_kept_in") from None
    if check.boolean("token_stored") is not (stored is StorageKind.KEYRING):
        raise check.refuse(_("“{field}” disagrees with token_kept_in."), key="token_stored")
    return stored


def _agrees(check: UntrustedObject, result: VerificationResult) -> None:
    """The saved ``ok``, problems and findings must be what the saved verdicts mean."""
    saved: list[tuple[str, str | None, str | None]] = []
    for finding in check.objects("findings", max_items=MAX_FINDINGS):
        finding.require_only(required={"kind", "message", "hint", "permission", "request_id"})
        kind = finding.text("kind", max_length=40)
        if kind not in set(FindingKind):
            raise finding.refuse(
                _("“{field}” is not a kind of finding this wizard knows."), key="kind"
            )
        permission = finding.optional_text("permission", max_length=60)
        if permission is not None and permission not in _PERMISSION_KEYS:
            raise finding.refuse(
                _("“{field}” is not a permission the wizard checks."), key="permission"
            )
        finding.text("message", max_length=LONG)
        finding.optional_text("hint", max_length=LONG)
        saved.append((kind, permission, _optional(finding, "request_id")))
    problems = check.texts("problems", max_items=MAX_FINDINGS, max_length=LONG)
    meant = [
        (f.kind.value, f.permission.value if f.permission else None, f.request_id)
        for f in result.findings
    ]
    if saved != meant or len(problems) != len(meant) or check.boolean("ok") is not result.ok:
        raise check.refuse(
            _(
                "“{field}” says something other than its verdicts do, so it was changed after "
                "it was saved."
            ),
            key="findings",
        )
