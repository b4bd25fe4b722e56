"""The support report: everything a support person needs to see about one setup, and no secret.

Two layers keep secrets out. Structurally, the report is built only from objects that never
hold one (the setup session, a verification result, the environment and the steps' statuses),
and only from fields named here one by one, never by dumping an object whole. Then every text
value goes through a scrub pass that masks registered secrets and anything shaped like a
credential (bearer tokens, ``code=``, ``client_secret``, Intercom access tokens), in case a
future field or an error message ever carries one.
"""

from __future__ import annotations

import json
import platform
import re
import sys
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from intercom_wizard import __version__
from intercom_wizard.errors import WizardError
from intercom_wizard.intercom.permissions import REQUIRED_PERMISSIONS
from intercom_wizard.intercom.versions import connector_for
from intercom_wizard.logs import redact

if TYPE_CHECKING:
    from intercom_wizard.session import SetupSession
    from intercom_wizard.verification import VerificationResult

REPORT_FORMAT = 2  # 2: the consent test section is verify's JSON. report_reader reads this one
MASK = "[redacted]"

# On top of the log's patterns (see logs.redact): shapes a credential can take in prose or
# pasted text that the log patterns do not cover.
_EXTRA_PATTERNS = (
    # client_secret: …, client secret = …, "client_secret" => …
    re.compile(r"(?i)\b(client[_ -]?secret)\b[\"']?\s*[:=]+>?\s*[\"']?([^\s\"',;&]+)"),
    # Authorization: <anything> (Bearer is already covered; Basic and bare tokens are not)
    re.compile(r"(?i)\b(authorization)\s*:\s*([^\r\n]+)"),
    # Intercom access tokens are base64 of "tok:…", so they start with "dG9rO".
    re.compile(r"(\b)(dG9rO[A-Za-z0-9+/_=-]{8,})"),
)


def scrub(text: str) -> str:
    """``text`` with every secret-looking value replaced by ``[redacted]``."""
    text = redact(text)
    for pattern in _EXTRA_PATTERNS:
        text = pattern.sub(lambda m: m.group(0).replace(m.group(2), MASK), text)
    return text


def _scrub_tree(value: Any) -> Any:
    if isinstance(value, str):
        return scrub(value)
    if isinstance(value, Mapping):
        return {str(key): _scrub_tree(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [_scrub_tree(item) for item in value]
    return value


@dataclass(frozen=True)
class EnvironmentInfo:
    """Versions of everything the app runs on. ``qt`` and the keyring come from the caller."""

    app_version: str
    os: str
    python: str
    qt: str | None
    keyring_backend: str

    @classmethod
    def collect(cls, qt: str | None, keyring_backend: str) -> EnvironmentInfo:
        """This machine's versions; Qt's is passed in so that this module stays Qt-free."""
        frozen = " (bundled)" if getattr(sys, "frozen", False) else ""
        return cls(
            app_version=__version__,
            os=platform.platform(),
            python=f"{platform.python_implementation()} {platform.python_version()}{frozen}",
            qt=qt,
            keyring_backend=keyring_backend,
        )


@dataclass(frozen=True)
class SupportReport:
    """A finished, scrubbed report; render it with ``to_markdown`` or ``to_json``."""

    created_at: datetime
    data: Mapping[str, Any]

    def to_json(self) -> str:
        return json.dumps(self.data, indent=2, ensure_ascii=False) + "\n"

    def to_markdown(self) -> str:
        return scrub(_render_markdown(self.data))

    def suggested_filename(self, ext: str) -> str:
        """E.g. ``intercom-wizard-report-20260314-093012.md`` for ``ext`` "md" or ".md"."""
        clean = re.sub(r"[^A-Za-z0-9]", "", ext) or "txt"
        stamp = self.created_at.astimezone(UTC).strftime("%Y%m%d-%H%M%S")
        return f"intercom-wizard-report-{stamp}.{clean.lower()}"


def build_report(
    session: SetupSession,
    result: VerificationResult | None,
    environment: EnvironmentInfo,
    steps: Mapping[str, str],
    *,
    now: datetime | None = None,
) -> SupportReport:
    """The report for ``session`` and its last consent test ``result`` (None: not run yet).

    ``steps`` lists the wizard's steps in order, step name to status. Statuses the session
    recorded for steps missing from ``steps`` follow them, so no recorded status is lost.
    """
    created = now or datetime.now(UTC)
    data: dict[str, Any] = {
        "report": {
            "format": REPORT_FORMAT,
            "created_at": created.isoformat(timespec="seconds"),
            "holds_secrets": False,
        },
        "environment": {
            "app_version": environment.app_version,
            "os": environment.os,
            "python": environment.python,
            "qt": environment.qt,
            "keyring_backend": environment.keyring_backend,
        },
        "setup": _setup_section(session),
        "steps": _steps_section(session, steps),
        "check": None if result is None else _check_section(result),
    }
    return SupportReport(created_at=created, data=_scrub_tree(data))


def _setup_section(session: SetupSession) -> dict[str, Any]:
    notes: list[str] = []
    callback_url: str | None = None
    callback_warning: str | None = None
    try:
        target = session.callback_target()
    except WizardError as error:
        notes.append(f"Callback URL: {error.message}")
    else:
        callback_url, callback_warning = target.callback_url, target.warning
    app_base: str | None = None
    api_base: str | None = None
    overridden = False
    try:
        endpoints = session.endpoints()
    except WizardError as error:
        notes.append(f"Intercom hosts: {error.message}")
    else:
        app_base, api_base = endpoints.app_base, endpoints.api_base
        overridden = endpoints.overridden
    version = session.api_version
    connector = connector_for(version) if version is not None else None
    return {
        "region": session.region.value,
        "region_label": session.region.label,
        "app_base": app_base,
        "api_base": api_base,
        "hosts_overridden": overridden,
        "service_domain": session.service_domain or None,
        "callback_url": callback_url,
        "callback_warning": callback_warning,
        "redirect_uri": session.redirect_uri(),
        "port": session.port,
        "client_id": session.client_id or None,
        "api_version": version.name if version is not None else None,
        "cyclr_connector": connector.name if connector is not None else None,
        "notes": notes,
    }


def _steps_section(session: SetupSession, steps: Mapping[str, str]) -> list[dict[str, str]]:
    listed = [{"step": str(name), "status": str(status)} for name, status in steps.items()]
    known = {str(name) for name in steps}
    listed += [
        {"step": str(name), "status": str(status)}
        for name, status in session.step_status.items()
        if str(name) not in known
    ]
    return listed


def _check_section(result: VerificationResult) -> dict[str, Any]:
    # The same JSON as ``verify --json`` (one serializer), plus labels for people to read.
    from intercom_wizard.result_json import result_to_json

    check = result_to_json(result)
    labels = {p.key.value: p.label for p in REQUIRED_PERMISSIONS}
    check["permission_labels"] = labels
    return check


# --- Markdown -------------------------------------------------------------------------------


def _cell(value: Any) -> str:
    """One table cell: no line breaks, pipes escaped, missing values as a dash."""
    if value is None or value == "":
        return "–"
    if isinstance(value, bool):
        return "yes" if value else "no"
    text = " ".join(str(value).split())
    return text.replace("\\", "\\\\").replace("|", "\\|")


def _code(value: Any) -> str:
    if value is None or value == "":
        return "–"
    text = " ".join(str(value).split()).replace("`", "'").replace("|", "\\|")
    return f"`{text}`"


def _render_markdown(data: Mapping[str, Any]) -> str:
    env, setup, steps, check = data["environment"], data["setup"], data["steps"], data["check"]
    lines = [
        "# intercom-wizard support report",
        "",
        f"Created {data['report']['created_at']}. "
        "This report holds no client secret, access token or authorization code.",
        "",
        "## Environment",
        "",
        "| | |",
        "|---|---|",
        f"| App | {_cell(env['app_version'])} |",
        f"| Operating system | {_cell(env['os'])} |",
        f"| Python | {_cell(env['python'])} |",
        f"| Qt | {_cell(env['qt'])} |",
        f"| Keyring | {_cell(env['keyring_backend'])} |",
        "",
        "## Setup",
        "",
        "| | |",
        "|---|---|",
        f"| Intercom region | {_cell(setup['region_label'])} ({_cell(setup['region'])}) |",
        f"| Intercom hosts | {_code(setup['app_base'])}, {_code(setup['api_base'])}"
        f"{' (overridden)' if setup['hosts_overridden'] else ''} |",
        f"| Cyclr service domain | {_code(setup['service_domain'])} |",
        f"| Cyclr callback URL | {_code(setup['callback_url'])} |",
        f"| Test redirect URI | {_code(setup['redirect_uri'])} |",
        f"| Client ID | {_code(setup['client_id'])} |",
        f"| Chosen API version | {_cell(setup['api_version'])} |",
        f"| Cyclr connector | {_cell(setup['cyclr_connector'])} |",
    ]
    if setup["callback_warning"]:
        lines.append(f"| Callback warning | {_cell(setup['callback_warning'])} |")
    lines += [f"| Note | {_cell(note)} |" for note in setup["notes"]]
    lines += ["", "## Steps", ""]
    if steps:
        lines += ["| Step | Status |", "|---|---|"]
        lines += [f"| {_cell(s['step'])} | {_cell(s['status'])} |" for s in steps]
    else:
        lines.append("No step has been completed yet.")
    lines += ["", "## Consent test", ""]
    if check is None:
        lines.append("No consent test has been run yet.")
    else:
        lines += _render_check(check)
    return "\n".join(lines) + "\n"


def _render_check(check: Mapping[str, Any]) -> list[str]:
    workspace, admin, version = check["workspace"], check["admin"], check["api_version"]
    matches = {True: "yes", False: "NO", None: "cannot tell"}[version["matches"]]
    lines = [
        f"Result: **{'all checks passed' if check['ok'] else 'problems found'}** "
        f"(checked {check['checked_at']}).",
        "",
        "| | |",
        "|---|---|",
        f"| Region | {_cell(check['region'])} |",
        f"| Redirect URI used | {_code(check['redirect_uri'])} |",
    ]
    if workspace is not None:
        lines.append(
            f"| Workspace | {_cell(workspace['name'])} (id {_cell(workspace['id_code'])}, "
            f"region {_cell(workspace['region'])}) |"
        )
    else:
        lines.append("| Workspace | – |")
    if admin is not None:
        lines.append(f"| Admin | {_cell(admin['name'])} ({_cell(admin['email'])}) |")
    else:
        lines.append("| Admin | – |")
    lines += [
        f"| Detected API version | {_cell(version['detected'])} "
        f"(from {_cell(version['source'])}) |",
        f"| Chosen API version | {_cell(version['selected'])} |",
        f"| Versions match | {matches} |",
        f"| Test token kept in | {_cell(check['token_kept_in'])} |",
        "",
        "| Permission | Verdict | HTTP | request_id | Detail |",
        "|---|---|---|---|---|",
    ]
    for key, verdict in check["permissions"].items():
        details = check["permission_details"].get(key) or {}
        lines.append(
            f"| {_cell(check['permission_labels'].get(key, key))} | "
            f"{_cell(verdict or 'not checked')} | {_cell(details.get('http_status'))} | "
            f"{_code(check['request_ids'].get(key))} | {_cell(details.get('detail'))} |"
        )
    if check["findings"]:
        lines += ["", "Problems:", ""]
        for finding in check["findings"]:
            hint = f" {finding['hint']}" if finding["hint"] else ""
            lines.append(f"- {' '.join(str(finding['message'] + hint).split())}")
    return lines
