"""The ``intercom-wizard`` command: start the wizard, check a setup with ``verify``, or
``forget`` the stored secrets.

Nothing here imports Qt: ``verify`` and ``forget`` must start fast and run on machines without
a display (the Windows uninstaller runs ``forget``), so the window is imported only when it is
about to be shown. Every way a command ends goes through ``_end``: with ``--json`` that writes
exactly one JSON object on standard output, bad arguments included; without, one line on
standard error and no usage dump.
"""

from __future__ import annotations

import argparse
import logging
import sys
import traceback
from collections.abc import Sequence
from typing import Any

from intercom_wizard import __version__
from intercom_wizard.errors import (
    CONSENT_TIMEOUT,
    ConsentCancelled,
    InputError,
    UnexpectedError,
    WizardError,
)
from intercom_wizard.i18n import _
from intercom_wizard.logs import configure_logging, log_file, redact
from intercom_wizard.qt_arguments import remember, split_qt_options

_log = logging.getLogger("intercom_wizard.cli")
_JSON_COMMANDS = ("verify", "verify-cyclr", "forget", "profile")


class ArgumentError(InputError):
    """The command line itself could not be read (an unknown option, a missing value)."""


class _Parser(argparse.ArgumentParser):
    """argparse, but bad input raises ArgumentError instead of printing usage and exiting."""

    def error(self, message: str) -> None:  # type: ignore[override]
        command = self.prog.removeprefix("intercom-wizard").strip()
        help_line = f"intercom-wizard {command} --help" if command else "intercom-wizard --help"
        raise ArgumentError(
            f"{message[:1].upper()}{message[1:]}.",
            hint=_("'{command}' lists the options.").format(command=help_line),
        )


def build_parser() -> argparse.ArgumentParser:
    # No abbreviated options: "--js" meaning "--json" would make scripts depend on the option set.
    parser = _Parser(
        prog="intercom-wizard",
        description="Set up an Intercom app for Cyclr's Intercom connector, and prove it works.",
        allow_abbrev=False,
    )
    parser.add_argument("--version", action="version", version=f"intercom-wizard {__version__}")
    parser.add_argument(
        "--sandbox",
        action="store_true",
        help="train against the built-in stand-in Intercom instead of the real one",
    )
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="check that this installation is complete, print a JSON verdict, and exit",
    )
    parser.add_argument(
        "--full",
        action="store_true",
        help="with --self-test: also walk the whole wizard offscreen in training mode",
    )
    parser.add_argument("--debug", action="store_true", help="log in detail and show tracebacks")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    verify = commands.add_parser(
        "verify",
        allow_abbrev=False,
        help="run a real consent and check the app from a terminal",
        description=(
            "Open Intercom's consent page, catch its redirect on this computer, exchange the "
            "code and check who the token belongs to, which permissions hold and which API "
            "version answers. The client secret is read from INTERCOM_CLIENT_SECRET, else the "
            "system keyring, else asked for without echo (or read as one line of standard "
            "input); it is never accepted as an argument."
        ),
    )
    # Values are read as text and checked by the command, so that each gets its own message
    # and hint (and, with --json, a JSON answer) rather than argparse's.
    verify.add_argument("--client-id", required=True, help="the app's Client ID")
    verify.add_argument("--region", default="us", help="us, eu or au (default: us)")
    verify.add_argument("--port", default=None, help="local port for the redirect")
    verify.add_argument(
        "--http", action="store_true", help="listen with plain HTTP instead of HTTPS"
    )
    verify.add_argument(
        "--no-browser", action="store_true", help="print the URL but do not open a browser"
    )
    verify.add_argument(
        "--timeout",
        default=str(CONSENT_TIMEOUT),
        help=f"seconds to wait for consent (default {CONSENT_TIMEOUT:.0f})",
    )
    verify.add_argument(
        "--api-version", default=None, help="the version chosen for the app, e.g. 2.11"
    )
    verify.add_argument(
        "--sandbox", action="store_true", help="start the built-in stand-in Intercom and use it"
    )
    verify.add_argument(
        "--sandbox-faults",
        default="",
        metavar="FAULTS",
        help="with --sandbox: faults to train on, e.g. 'decline' or 'missing=write_conversations'",
    )
    verify.add_argument(
        "--json", action="store_true", help="print one JSON object on standard output"
    )
    verify.add_argument("--debug", action="store_true", help=argparse.SUPPRESS)

    forget = commands.add_parser(
        "forget",
        allow_abbrev=False,
        help="remove the stored client secret and test token from the system keyring",
        description=(
            "Remove the client secret and the test token the wizard stored for a Client ID "
            "(by default the one in the wizard's saved progress) and say what was removed. "
            "Exits 0 when done, also when nothing was stored, and non-zero when the keyring "
            "could not be reached."
        ),
    )
    forget.add_argument("--client-id", default=None, help="the app's Client ID")
    forget.add_argument(
        "--json", action="store_true", help="print one JSON object on standard output"
    )
    forget.add_argument("--debug", action="store_true", help=argparse.SUPPRESS)

    from intercom_wizard.cyclr_command import add_parser as add_verify_cyclr

    add_verify_cyclr(commands)
    _add_report_parser(commands)
    _add_profile_commands(commands)
    return parser


def _add_report_parser(commands: argparse._SubParsersAction[_Parser]) -> None:
    report = commands.add_parser(
        "report",
        allow_abbrev=False,
        help="open a support report someone saved",
        description="Work with a support report (the JSON the wizard's Support report saves).",
    )
    actions = report.add_subparsers(dest="report_action", metavar="ACTION", required=True)
    show = actions.add_parser(
        "show",
        allow_abbrev=False,
        help="show a saved support report read-only, in the wizard's own views",
        description=(
            "Open a support report a partner saved (JSON) in a window: the steps and their "
            "state, every verdict with Intercom's request_id, the setup and the diagnostics. "
            "Read-only: nothing is changed and no test is started. A file that is not such a "
            "report is refused with the reason, exit code 2."
        ),
    )
    show.add_argument("file", help="the report's .json file")
    show.add_argument("--debug", action="store_true", help=argparse.SUPPRESS)


def _add_profile_commands(commands: Any) -> None:
    """``profile create|show`` for support staff, and ``open`` for what they send."""
    from intercom_wizard.profile_command import add_parser as add_profile

    add_profile(commands)
    opening = commands.add_parser(
        "open",
        allow_abbrev=False,
        help="open the wizard filled in from a .intercom-wizard file or intercom-wizard:// link",
        description=(
            "Start the wizard with the values of a setup profile filled in (the partner can "
            "change each). When the wizard is open already, the profile goes to that window. "
            "A profile only fills in values: it never starts a test or opens a page."
        ),
    )
    opening.add_argument("source", metavar="FILE|LINK")
    opening.add_argument("--debug", action="store_true", help=argparse.SUPPRESS)


OS_OPEN = "--os-open"


def os_open_words(argv: Sequence[str]) -> list[str] | None:
    """``open SOURCE`` for the command the Windows installer registers for files and links,
    ``intercom-wizard.exe --os-open "%1"``; None for any other command line.

    Everything after the marker is the one file or link, joined back with spaces and never
    read as options: a link is text from an email, and one holding quotes would otherwise
    break out of "%1" and add options of ours or of Qt (-platformpluginpath loads code).
    """
    words = list(argv)
    if words[:1] != [OS_OPEN]:
        return None
    return ["open", "--", " ".join(words[1:])]


def with_open_command(words: list[str]) -> list[str]:
    """``open`` put before a bare file or link as the first argument: what a double-click on
    a profile, or a click on a link, starts the app with on Windows and macOS."""
    from intercom_wizard.profiles import looks_like_profile

    words = [word for word in words if not word.startswith("-psn_")]  # old macOS Finder
    if words and not words[0].startswith("-") and looks_like_profile(words[0]):
        return ["open", *words]
    return words


def command_in(argv: Sequence[str]) -> tuple[str | None, bool]:
    """The command named in ``argv`` and whether it was asked for JSON, read before argparse
    can fail, so that even a bad command line gets its answer in the form asked for."""
    words = list(argv)
    if "--" in words:
        words = words[: words.index("--")]
    for index, word in enumerate(words):
        if word in _JSON_COMMANDS:
            return word, "--json" in words[index:]
    return None, False


def main(argv: Sequence[str] | None = None) -> int:
    given = list(sys.argv[1:] if argv is None else argv)
    opened = os_open_words(given)
    # Qt's own options (-platform, -style, -reverse ...) go to Qt, as in any Qt program.
    qt_options, words = ([], opened) if opened is not None else split_qt_options(given)
    remember(qt_options)
    words = with_open_command(words)
    command, as_json = command_in(words)
    _choose_language(as_json)
    try:
        args = build_parser().parse_args(words)
    except ArgumentError as error:
        if command is not None:  # argparse reports unknown options from the top parser
            error.hint = _("'{command}' lists the options.").format(
                command=f"intercom-wizard {command} --help"
            )
        return _end(error, as_json=as_json, command=command)
    debug = bool(args.debug)
    try:
        configure_logging(debug=debug, console=debug and args.command in _JSON_COMMANDS)
    except OSError as error:
        print(
            _("intercom-wizard: cannot write its log file ({error}); continuing.").format(
                error=error
            ),
            file=sys.stderr,
        )
    try:
        if args.command == "verify-cyclr":
            from intercom_wizard.cyclr_command import run_verify_cyclr

            return run_verify_cyclr(args)
        if args.command == "verify":
            from intercom_wizard.verify_command import run_verify

            return run_verify(args)
        if args.command == "forget":
            from intercom_wizard.forget_command import run_forget

            return run_forget(args)
        if args.command == "report":
            from pathlib import Path

            from intercom_wizard.report_reader import read_report

            report_file = Path(args.file)
            report = read_report(report_file)  # refused before any window opens: exit 2, why
            from intercom_wizard.ui.report_viewer import run_viewer

            return run_viewer(report, report_file)
        if args.command == "profile":
            from intercom_wizard.profile_command import run_profile

            return run_profile(args)
        if args.self_test:
            from intercom_wizard.ui.selftest import run_self_test

            return run_self_test(full=args.full)
        from intercom_wizard.ui.app import run_wizard

        source = args.source if args.command == "open" else None
        return run_wizard(sandbox=args.sandbox, debug=debug, profile_source=source)
    except KeyboardInterrupt:
        return _end(ConsentCancelled(_("Cancelled.")), as_json=as_json, command=args.command)
    except WizardError as error:
        return _end(error, as_json=as_json, command=args.command)
    except Exception:
        _log.exception("unexpected failure")
        if debug:
            print(redact(traceback.format_exc()), file=sys.stderr)
        unexpected = UnexpectedError(
            _("intercom-wizard stopped because of an unexpected problem."),
            hint=_("The details are in {path}; run again with --debug to see them here.").format(
                path=log_file()
            ),
        )
        return _end(unexpected, as_json=as_json, command=args.command)


def _choose_language(as_json: bool) -> None:
    """The user's language for what people read; English for ``--json``, which machines read."""
    from intercom_wizard import i18n

    i18n.use(i18n.ENGLISH if as_json else i18n.choose_language(i18n.environment_languages()))


def _end(error: WizardError, *, as_json: bool, command: str | None) -> int:
    """Say why a command ended, once, and return its exit code."""
    if command == "forget":
        from intercom_wizard import forget_command

        return forget_command.report_failure(error, as_json=as_json)
    if command == "profile":
        from intercom_wizard import profile_command

        return profile_command.report_failure(error, as_json=as_json)
    if command == "verify":
        from intercom_wizard import verify_command

        return verify_command.report_failure(error, as_json=as_json)
    print(f"intercom-wizard: {error.for_people()}", file=sys.stderr)
    return error.exit_code
