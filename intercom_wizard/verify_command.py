"""``intercom-wizard verify``: the whole consent test from a terminal.

Support staff use it to check a partner's setup; the tests and the benchmark use it with the
sandbox. Prompts and progress go to standard error, so that with ``--json`` standard output
holds exactly one JSON object, on success and on failure alike.
"""

from __future__ import annotations

import argparse
import asyncio
import getpass
import json
import os
import sys
import threading
import webbrowser
from contextlib import ExitStack, suppress
from dataclasses import dataclass
from typing import Any

from intercom_wizard.consent.ports import DEFAULT_PORT, check_port
from intercom_wizard.errors import CONSENT_TIMEOUT, ConsentCancelled, InputError, WizardError
from intercom_wizard.i18n import N_, _
from intercom_wizard.intercom.app_credentials import check_client_id, check_client_secret
from intercom_wizard.intercom.permissions import REQUIRED_PERMISSIONS, Verdict
from intercom_wizard.intercom.regions import Endpoints, Region
from intercom_wizard.intercom.versions import ApiVersion
from intercom_wizard.paths import progress_file
from intercom_wizard.progress import ProgressFile
from intercom_wizard.result_json import failure_to_json, result_to_json
from intercom_wizard.secrets import SecretKind, SecretStore, StorageKind
from intercom_wizard.session import loopback_redirect_uri
from intercom_wizard.verification import RunEvent, RunEventKind, VerificationResult, VerificationRun

SECRET_VARIABLE = "INTERCOM_CLIENT_SECRET"  # noqa: S105 - the variable's name
MAX_TIMEOUT = 3600.0

_PROGRESS = {
    RunEventKind.CERTIFICATE_REJECTED: N_(
        "The browser refused the wizard's self-signed certificate. Choose 'Advanced' and "
        "continue to 127.0.0.1 on the warning page (the certificate only protects this "
        "computer's own address)."
    ),
    RunEventKind.WRONG_STATE: N_("A redirect from another attempt arrived and was ignored."),
    RunEventKind.CODE_RECEIVED: N_("Intercom sent the browser back; exchanging the code ..."),
    RunEventKind.CHECKING: N_(
        "Token received; checking the workspace, permissions and version ..."
    ),
}


def run_verify(args: argparse.Namespace) -> int:
    as_json = bool(args.json)
    where = _Context.guess(args)
    try:
        options = _Options(args)  # bad input ends here, before anything opens
        where = _Context.of(options)
        result = asyncio.run(_verify(options))
        if result.token_stored is StorageKind.KEYRING:
            _remember_client_id(options.client_id)
    except KeyboardInterrupt:
        return report_failure(ConsentCancelled(_("Cancelled.")), as_json=as_json, context=where)
    except WizardError as error:
        return report_failure(error, as_json=as_json, context=where)
    if as_json:
        sys.stdout.write(json.dumps(result_to_json(result), indent=2) + "\n")
    else:
        sys.stdout.write(format_result(result))
    return 0 if result.ok else 1


def _remember_client_id(client_id: str) -> None:
    """Note the Client ID whose test token is now in the keyring, where ``forget`` (and the
    Windows uninstaller, which runs it) finds it, unless the wizard's progress names one."""
    progress = ProgressFile(progress_file())
    try:
        saved = progress.load()
        if saved.session.client_id:
            return  # the wizard's own setup stays as the partner left it
        saved.session.client_id = client_id
        progress.save(saved.session, saved.last_result)
    except WizardError as error:  # the check itself succeeded; say why forget may miss it
        _say(f"intercom-wizard: {error.for_people()}")


@dataclass(frozen=True)
class _Context:
    """What is known about a run that ended without a result, for its JSON."""

    region: Region | None = None
    redirect_uri: str | None = None
    selected_version: str | None = None

    @classmethod
    def guess(cls, args: argparse.Namespace) -> _Context:
        # Before the options are checked: whatever of them can be read.
        region = version = None
        with suppress(InputError):
            region = Region.parse(args.region)
        with suppress(InputError):
            version = ApiVersion.parse(args.api_version).name if args.api_version else None
        return cls(region, None, version)

    @classmethod
    def of(cls, options: _Options) -> _Context:
        return cls(
            options.region,
            loopback_redirect_uri(options.port, use_tls=options.use_tls),
            options.api_version.name if options.api_version else None,
        )


def report_failure(error: WizardError, *, as_json: bool, context: _Context | None = None) -> int:
    """One line on standard error and, with --json, the one JSON object; the exit code."""
    if as_json:
        where = context or _Context()
        body = failure_to_json(
            error,
            region=where.region,
            redirect_uri=where.redirect_uri,
            selected_version=where.selected_version,
        )
        sys.stdout.write(json.dumps(body, indent=2) + "\n")
        sys.stdout.flush()
    _say(f"intercom-wizard: {error.for_people()}")
    return error.exit_code


class _Options:
    def __init__(self, args: argparse.Namespace) -> None:
        self.client_id = check_client_id(args.client_id)
        self.region = Region.parse(args.region)
        self.port = check_port(_whole_number("--port", args.port, DEFAULT_PORT))
        self.use_tls = not args.http
        self.open_browser = not args.no_browser
        self.timeout = _seconds("--timeout", args.timeout)
        self.api_version = ApiVersion.parse(args.api_version) if args.api_version else None
        self.sandbox: bool = args.sandbox
        self.sandbox_faults: str = args.sandbox_faults
        if self.sandbox_faults and not self.sandbox:
            raise InputError(
                _("--sandbox-faults only makes sense with --sandbox."),
                hint=_("Add --sandbox to train against the built-in stand-in Intercom."),
            )
        self.json: bool = args.json


def _whole_number(option: str, text: str | None, default: int) -> int:
    if text is None:
        return default
    try:
        return int(text.strip())
    except ValueError:
        raise InputError(
            _("{option} must be a whole number, not “{text}”.").format(
                option=option, text=text.strip()[:40]
            ),
            hint=_("For example {option} {value}.").format(option=option, value=default),
        ) from None


def _seconds(option: str, text: str) -> float:
    try:
        value = float(text.strip())
    except ValueError:
        value = float("nan")
    if not 0 < value <= MAX_TIMEOUT:  # also refuses nan
        raise InputError(
            _("{option} must be a number of seconds between 1 and {limit}, not “{text}”.").format(
                option=option, limit=f"{MAX_TIMEOUT:.0f}", text=text.strip()[:40]
            ),
            hint=_(
                "Intercom's codes expire after about five minutes; {seconds} is a good value."
            ).format(seconds=f"{CONSENT_TIMEOUT:.0f}"),
        )
    return value


async def _verify(options: _Options) -> VerificationResult:
    with ExitStack() as stack:
        store = None if options.sandbox else SecretStore()
        if options.sandbox:
            endpoints, sandbox_secret = _start_sandbox(options, stack)
            secret = os.environ.get(SECRET_VARIABLE) or sandbox_secret
        else:
            endpoints = Endpoints.for_region(options.region)
            secret = await _client_secret(options.client_id, store)
        run = VerificationRun(
            endpoints=endpoints,
            region=options.region,
            client_id=options.client_id,
            client_secret=secret,
            port=options.port,
            use_tls=options.use_tls,
            selected_version=options.api_version,
            store=store,
            timeout=options.timeout,
            on_event=_print_progress,
        )
        url = await run.start()
        _say(_("Open this URL in your browser: {url}").format(url=url))
        if options.open_browser:
            opened = await asyncio.to_thread(_open_browser, url)
            if opened:
                run.note_browser_opened()
            else:
                _say(_("No browser could be opened here; open the URL above by hand."))
        _offer_paste(run)
        return await run.finish()


def _start_sandbox(options: _Options, stack: ExitStack) -> tuple[Endpoints, str]:
    from intercom_wizard.sandbox.faults import Faults
    from intercom_wizard.sandbox.server import SandboxIntercom

    faults = Faults.parse(options.sandbox_faults) if options.sandbox_faults else Faults()
    sandbox = SandboxIntercom(client_id=options.client_id, faults=faults)
    sandbox.start()
    stack.callback(sandbox.close)
    _say(_("Sandbox Intercom is running at {url} (training only).").format(url=sandbox.base_url))
    endpoints = Endpoints(app_base=sandbox.base_url, api_base=sandbox.base_url, overridden=True)
    return endpoints, sandbox.client_secret


async def _client_secret(client_id: str, store: SecretStore | None) -> str:
    secret = os.environ.get(SECRET_VARIABLE, "")
    if not secret and store is not None:
        secret = await store.load(SecretKind.CLIENT_SECRET, client_id) or ""
    if not secret:
        secret = await asyncio.to_thread(_ask_for_secret)
    if not secret.strip():
        raise InputError(
            _("No client secret was given."),
            hint=_("Set {variable}, store it with the wizard, or type it when asked.").format(
                variable=SECRET_VARIABLE
            ),
        )
    return check_client_secret(secret)


def _ask_for_secret() -> str:
    if sys.stdin is None:
        return ""
    if sys.stdin.isatty():
        try:
            return getpass.getpass(_("Client Secret (not shown): "))
        except EOFError:
            return ""
    return sys.stdin.readline()


def _open_browser(url: str) -> bool:
    try:
        return webbrowser.open(url)
    except webbrowser.Error:
        return False


def _offer_paste(run: VerificationRun) -> None:
    """On a terminal, also accept the address the browser ended on, pasted by the user."""
    if sys.stdin is None or not sys.stdin.isatty():
        return
    _say(
        _(
            "If the browser cannot reach this computer, paste the address it ended on and "
            "press Enter."
        )
    )
    loop = asyncio.get_running_loop()

    def submit(line: str) -> None:
        try:
            run.submit_pasted(line)
        except WizardError as error:
            _say(error.for_people())
            _read_line_in_background(loop, submit)

    _read_line_in_background(loop, submit)


def _read_line_in_background(loop: asyncio.AbstractEventLoop, then: Any) -> None:
    def read() -> None:
        line = sys.stdin.readline()
        if line.strip():
            loop.call_soon_threadsafe(then, line)

    threading.Thread(target=read, name="paste-reader", daemon=True).start()


def _print_progress(event: RunEvent) -> None:
    message = _PROGRESS.get(event.kind)
    if message:
        _say(_(message))


def _say(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def format_result(result: VerificationResult) -> str:
    """The readable form of a result, for a terminal, in the user's language."""
    lines: list[str] = []
    workspace = result.workspace
    title = _("Verified") if result.ok else _("Checked, with problems")
    if workspace is not None:
        lines.append(
            _("{title}: workspace {name} ({id}, region {region})").format(
                title=title,
                name=workspace.name or _("(unnamed)"),
                id=workspace.id_code or _("unknown id"),
                region=workspace.region or _("unknown"),
            )
        )
    else:
        lines.append(_("{title}: the workspace could not be read.").format(title=title))
    version = result.api_version
    detected = version.detected or _("not reported by Intercom")
    chosen = ""
    if version.selected:
        chosen = (
            _(" (matches the chosen version)")
            if version.matches
            else _(" (chosen: {version})").format(version=version.selected)
        )
    stored = {
        StorageKind.KEYRING: _("kept in the system keyring"),
        StorageKind.MEMORY: _("not kept (no system keyring)"),
        None: _("not kept"),
    }[result.token_stored]
    rows: list[tuple[str, str]] = []
    if result.admin is not None:
        admin = f"{result.admin.name or '?'} <{result.admin.email or '?'}>"
        rows.append((_("Authorized by:"), admin))
    rows.append((_("Redirect URI:"), result.redirect_uri))
    rows.append((_("API version:"), f"{detected}{chosen}"))
    # The labels line up in every language: padded to the longest one.
    width = max(len(label) for label, _value in [*rows, (_("Test token:"), "")]) + 1
    lines += [f"  {label.ljust(width)}{value}" for label, value in rows]
    lines.append("  " + _("Permissions:"))
    for permission in REQUIRED_PERMISSIONS:
        probe = result.permissions.get(permission.key)
        verdict = probe.verdict if probe else Verdict.UNKNOWN
        request = (
            "  " + _("(request {id})").format(id=probe.request_id)
            if probe and probe.request_id
            else ""
        )
        lines.append(f"    [{verdict_word(verdict):^7}] {permission.label}{request}")
    lines.append(f"  {_('Test token:').ljust(width)}{stored}")
    problem = _("Problem:")
    for finding in result.findings:
        lines.append(f"{problem} {finding.message}")
        if finding.hint:
            lines.append(f"{' ' * len(problem)} {finding.hint}")
    return "\n".join(lines) + "\n"


_VERDICTS = {
    Verdict.GRANTED: N_("granted"),
    Verdict.MISSING: N_("missing"),
    Verdict.UNKNOWN: N_("unknown"),
}


def verdict_word(verdict: Verdict) -> str:
    """A permission's verdict as a word in the user's language (``--json`` keeps the value)."""
    return _(_VERDICTS.get(verdict, verdict.value))
