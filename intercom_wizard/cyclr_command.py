"""``intercom-wizard verify-cyclr``: the whole chain as Cyclr sees it, from a terminal.

Prompts and progress go to standard error; with ``--json`` standard output holds exactly one
JSON object. The Cyclr API secret comes from ``CYCLR_CLIENT_SECRET``, else the keyring, else a
prompt, and never from the command line.
"""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING, Any

from intercom_wizard.i18n import N_, _

if TYPE_CHECKING:  # the engine loads only when the command runs: the window starts faster
    import asyncio
    from contextlib import ExitStack

    from intercom_wizard.cyclr.check import CheckEvent, CyclrCheck, CyclrCheckResult
    from intercom_wizard.cyclr.locations import CyclrEndpoints
    from intercom_wizard.errors import WizardError
    from intercom_wizard.intercom.versions import ApiVersion
    from intercom_wizard.secrets import SecretStore

SECRET_VARIABLE = "CYCLR_CLIENT_SECRET"  # noqa: S105 - the variable's name
MAX_TIMEOUT = 3600.0
URL_LINE = N_("Open this URL in your browser: {url}")

_PROGRESS = {  # by CheckEventKind value, and its detail where that changes the sentence
    ("account-ready", None): N_("Using Cyclr account {detail}."),
    ("installed", None): N_("Installed the test connector ({detail})."),
    ("browser-returned", None): N_("The browser came back; asking Cyclr whether it signed in ..."),
    ("cleaning-up", "connector"): N_("Cleaning up: removing the test connector ..."),
    ("cleaning-up", "account"): N_("Cleaning up: removing the test account ..."),
}


def add_parser(commands: Any) -> None:
    """Register ``verify-cyclr`` on the command line's subcommands."""
    parser = commands.add_parser(
        "verify-cyclr",
        help="check through Cyclr's API that Cyclr itself can sign in to Intercom",
        description=(
            "Install the Intercom connector in a Cyclr test account, run Cyclr's own sign-in to "
            "Intercom in the browser, read Cyclr's verdict and clean up. The Cyclr API secret "
            f"is read from {SECRET_VARIABLE}, else the system keyring, else asked for; it is "
            "never accepted as an argument."
        ),
    )
    parser.add_argument("--cyclr-client-id", required=True, help="the Cyclr API Client ID")
    where = parser.add_mutually_exclusive_group(required=True)
    where.add_argument("--cyclr-location", help="us, us2, uk, eu or apac")
    where.add_argument("--cyclr-api", metavar="URL", help="a private instance's API URL")
    parser.add_argument("--service-domain", required=True, help="the Cyclr service domain")
    parser.add_argument("--api-version", default=None, help="the Intercom app's API version")
    parser.add_argument("--account", default=None, metavar="ACCOUNT_API_ID")
    parser.add_argument("--connector", default=None, metavar="ID")
    parser.add_argument("--port", type=int, default=0, help="local port (default: any free one)")
    parser.add_argument("--no-browser", action="store_true")
    parser.add_argument("--timeout", type=float, default=300.0)
    parser.add_argument(
        "--sandbox", action="store_true", help="start the sandbox Intercom and Cyclr"
    )
    parser.add_argument("--sandbox-faults", default="", metavar="FAULTS")
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--debug", action="store_true", help=argparse.SUPPRESS)


def run_verify_cyclr(args: argparse.Namespace) -> int:
    import asyncio

    from intercom_wizard.errors import WizardError

    try:
        options = _Options(args)
    except WizardError as error:
        return _fail(bool(args.json), error, "")
    try:
        result = asyncio.run(_check(options))
    except KeyboardInterrupt:  # Windows: no signal handler; clean-up ran on the way out
        return _fail(options.json, WizardError(_("Cancelled.")), options.api_base, code=3)
    except WizardError as error:
        return _fail(options.json, error, options.api_base)
    if options.json:
        import json

        sys.stdout.write(json.dumps(result.to_json_dict(), indent=2) + "\n")
    else:
        sys.stdout.write(format_result(result))
    return result.exit_code


class _Options:
    def __init__(self, args: argparse.Namespace) -> None:
        from intercom_wizard.consent.ports import MIN_PORT
        from intercom_wizard.cyclr.locations import (
            CyclrEndpoints,
            CyclrLocation,
            private_api_base,
        )
        from intercom_wizard.errors import InputError
        from intercom_wizard.intercom.versions import ApiVersion

        self.client_id: str = args.cyclr_client_id.strip()
        if not self.client_id:
            raise InputError(_("--cyclr-client-id is empty."))
        if args.cyclr_api:
            self.api_base = private_api_base(args.cyclr_api)
        else:
            self.api_base = CyclrLocation.parse(args.cyclr_location).api_base
        self.service_domain: str = args.service_domain
        # The return address is registered nowhere, so any port a user may open will do
        # (0: any free one); below MIN_PORT needs administrator rights.
        if args.port != 0 and not MIN_PORT <= args.port <= 65535:
            raise InputError(
                _("Port {port} cannot be used for the way back from Cyclr.").format(port=args.port),
                hint=_("Use a port from {low} to {high}, or leave --port out.").format(
                    low=MIN_PORT, high=65535
                ),
            )
        self.port: int = args.port
        if not 0 < args.timeout <= MAX_TIMEOUT:
            raise InputError(
                _("--timeout must be between 1 and {limit} seconds.").format(
                    limit=f"{MAX_TIMEOUT:.0f}"
                )
            )
        self.timeout: float = args.timeout
        # Without --api-version: the version the last consent test here detected (the wizard's
        # Test page or verify), else none, and then no connector is claimed to match.
        self.version_source = "--api-version"
        if args.api_version:
            self.api_version: ApiVersion | None = ApiVersion.parse(args.api_version)
        else:
            self.api_version = _detected_version()
            self.version_source = "detected" if self.api_version else ""
        self.account: str | None = args.account
        self.connector: str | None = args.connector
        self.open_browser = not args.no_browser
        self.sandbox: bool = args.sandbox
        self.sandbox_faults: str = args.sandbox_faults
        if self.sandbox_faults and not self.sandbox:
            raise InputError(_("--sandbox-faults only makes sense with --sandbox."))
        self.json: bool = args.json
        if not self.sandbox:
            # Checked before anything is made in Cyclr.
            CyclrEndpoints.resolve(api_base=self.api_base, service_domain=self.service_domain)


def _detected_version() -> ApiVersion | None:
    from intercom_wizard.errors import InputError
    from intercom_wizard.intercom.versions import ApiVersion
    from intercom_wizard.paths import progress_file
    from intercom_wizard.progress import ProgressFile

    detected = ProgressFile(progress_file()).detected_version()
    try:
        return ApiVersion.parse(detected) if detected else None
    except InputError:
        return None


async def _check(options: _Options) -> CyclrCheckResult:
    import asyncio
    import os
    import signal
    from contextlib import ExitStack, suppress

    from intercom_wizard.cyclr.check import CyclrCheck, what_it_creates
    from intercom_wizard.cyclr.locations import CyclrEndpoints
    from intercom_wizard.secrets import SecretStore

    with ExitStack() as stack:
        store: SecretStore | None = None
        if options.sandbox:
            env = _start_sandboxes(options, stack)
            endpoints = CyclrEndpoints.resolve(
                api_base=options.api_base, service_domain=options.service_domain, env=env
            )
            secret = os.environ.get(SECRET_VARIABLE) or env["secret"]
        else:
            endpoints = CyclrEndpoints.resolve(
                api_base=options.api_base, service_domain=options.service_domain
            )
            store = SecretStore()
            secret = await _api_secret(options.client_id, endpoints, store)
        _say(what_it_creates(options.account))
        if options.version_source == "detected" and options.api_version is not None:
            _say(
                _(
                    "Matching connectors to API version {version}, which the last consent test "
                    "on this computer detected (--api-version overrides it)."
                ).format(version=options.api_version.name)
            )
        check = CyclrCheck(
            endpoints=endpoints,
            client_id=options.client_id,
            client_secret=secret,
            api_version=options.api_version,
            account_id=options.account,
            connector_id=options.connector,
            port=options.port,
            timeout=options.timeout,
            store=store,
            on_event=_print_progress,
        )
        loop = asyncio.get_running_loop()
        with suppress(NotImplementedError, RuntimeError):  # not on Windows' event loop
            loop.add_signal_handler(signal.SIGINT, check.cancel)
        url = await check.start()
        if url:
            _say(_(URL_LINE).format(url=url))
            if options.open_browser:
                if await asyncio.to_thread(_open_browser, url):
                    check.note_browser_opened()
                else:
                    _say(_("No browser could be opened here; open the URL above by hand."))
            _offer_done(check, loop)
        return await check.finish()


def _start_sandboxes(options: _Options, stack: ExitStack) -> dict[str, str]:
    """Both sandboxes, wired as a partner's Intercom app and Cyclr would be."""
    from intercom_wizard.sandbox.cyclr.behaviour import SANDBOX_CYCLR_CLIENT_SECRET
    from intercom_wizard.sandbox.cyclr.faults import CyclrFaults
    from intercom_wizard.sandbox.cyclr.server import cyclr_beside, cyclr_overrides
    from intercom_wizard.sandbox.server import SandboxIntercom

    faults = CyclrFaults.parse(options.sandbox_faults)
    intercom = SandboxIntercom()
    intercom.start()
    stack.callback(intercom.close)
    # Only Cyclr's callback is registered: verify-cyclr runs no consent of its own.
    intercom.redirect_uris = frozenset()
    cyclr = cyclr_beside(intercom, faults)
    stack.callback(cyclr.close)
    if not faults.callback_not_registered:
        intercom.redirect_uris = frozenset({cyclr.callback_url})
    _say(
        _("Sandbox Intercom at {intercom} and sandbox Cyclr at {cyclr} (training only).").format(
            intercom=intercom.base_url, cyclr=cyclr.base_url
        )
    )
    return {**cyclr_overrides(cyclr), "secret": SANDBOX_CYCLR_CLIENT_SECRET}


async def _api_secret(client_id: str, endpoints: CyclrEndpoints, store: SecretStore) -> str:
    import asyncio
    import os

    from intercom_wizard.cyclr.client import store_key
    from intercom_wizard.errors import InputError
    from intercom_wizard.secrets import SecretKind

    secret = os.environ.get(SECRET_VARIABLE, "").strip()
    key = store_key(endpoints, client_id)
    if not secret:
        secret = (await store.load(SecretKind.CYCLR_API_SECRET, key) or "").strip()
    if not secret:
        secret = (await asyncio.to_thread(_ask_for_secret)).strip()
        if secret:
            await store.save(SecretKind.CYCLR_API_SECRET, key, secret)
    if not secret:
        raise InputError(
            _("No Cyclr API Client Secret was given."),
            hint=_("Set {variable}, or type it when asked.").format(variable=SECRET_VARIABLE),
        )
    return secret


def _ask_for_secret() -> str:
    import getpass

    if sys.stdin is None:
        return ""
    if sys.stdin.isatty():
        try:
            return getpass.getpass(_("Cyclr API Client Secret (not shown): "))
        except EOFError:
            return ""
    return sys.stdin.readline()


def _offer_done(check: CyclrCheck, loop: asyncio.AbstractEventLoop) -> None:
    """A line on standard input means "done in the browser" (the wizard's button)."""
    import threading
    from contextlib import suppress

    if sys.stdin is None:
        return
    if sys.stdin.isatty():
        _say(_("Press Enter once you have finished in the browser."))

    def read() -> None:
        with suppress(OSError, ValueError):
            if sys.stdin.readline():
                with suppress(RuntimeError):  # the loop may be gone already
                    loop.call_soon_threadsafe(check.done_in_browser)

    threading.Thread(target=read, name="done-reader", daemon=True).start()


def _open_browser(url: str) -> bool:
    import webbrowser

    try:
        return webbrowser.open(url)
    except webbrowser.Error:
        return False


def _print_progress(event: CheckEvent) -> None:
    message = _PROGRESS.get((event.kind.value, None)) or _PROGRESS.get(
        (event.kind.value, event.detail)
    )
    if message:
        _say(_(message).format(detail=event.detail))


def _say(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def _fail(as_json: bool, error: WizardError, api_base: str, *, code: int | None = None) -> int:
    import json

    exit_code = error.exit_code if code is None else code
    if as_json:
        body: dict[str, Any] = {
            "ok": False,
            "cyclr_api": api_base or None,
            "account": None,
            "connectors": [],
            "connector": None,
            "authenticated": None,
            "verdict": None,
            "cleanup": {"connector_removed": None, "account_removed": None},
            "error": error.to_json(exit_code=exit_code),
        }
        sys.stdout.write(json.dumps(body, indent=2) + "\n")
    _say(f"intercom-wizard: {error.for_people()}")
    return exit_code


def format_result(result: CyclrCheckResult) -> str:
    """The readable form, for a terminal, in the user's language."""
    problem_label = _("Problem:")
    lines = [(_("Works:") if result.ok else problem_label) + " " + result.message]
    rows: list[tuple[str, str]] = []
    if result.hint:
        rows.append((_("What to do:"), result.hint))
    rows.append((_("Cyclr API:"), result.cyclr_api))
    if result.account_id:
        made = _("{account} (made for this check)") if result.account_created else "{account}"
        rows.append((_("Account:"), made.format(account=result.account_id)))
    # The labels line up in every language: padded to the longest one.
    width = max(len(label) for label, _value in rows) + 1
    lines += [f"  {label.ljust(width)}{value}" for label, value in rows]
    if result.connectors:
        lines.append("  " + _("Intercom connectors:"))
        marks = {True: _("matches"), False: _("other version"), None: _("version unknown")}
        for choice in result.connectors:
            c = choice.connector
            lines.append(f"    {c.id:>8}  {c.name} {c.version}  ({marks[choice.matches]})")
    for problem in result.problems:
        lines.append(f"  {problem_label} {problem}")
    for line in result.cleanup.removed + result.cleanup.left + result.notes:
        lines.append(f"  {line}")
    return "\n".join(lines) + "\n"
