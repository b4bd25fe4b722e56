"""The ``intercom-wizard`` command: start the wizard, or check a setup with ``verify``.

Nothing here imports Qt: ``verify`` must start fast and run on machines without a display, so
the window is imported only when it is about to be shown.
"""

from __future__ import annotations

import argparse
import logging
import sys
import traceback
from collections.abc import Sequence

from intercom_wizard import __version__
from intercom_wizard.errors import WizardError
from intercom_wizard.logs import configure_logging, log_file, redact
from intercom_wizard.qt_arguments import remember, split_qt_options

EXIT_OK, EXIT_PROBLEM, EXIT_BAD_INPUT, EXIT_NO_CONSENT, EXIT_REFUSED, EXIT_OTHER = range(6)

_log = logging.getLogger("intercom_wizard.cli")


class _Parser(argparse.ArgumentParser):
    """argparse, but bad input exits with our code for bad input and no usage dump."""

    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        self.exit(EXIT_BAD_INPUT, f"intercom-wizard: {message}\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="intercom-wizard",
        description="Set up an Intercom app for Cyclr's Intercom connector, and prove it works.",
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
        help="run a real consent and check the app from a terminal",
        description=(
            "Open Intercom's consent page, catch its redirect on this computer, exchange the "
            "code and check who the token belongs to, which permissions hold and which API "
            "version answers. The client secret is read from INTERCOM_CLIENT_SECRET, else the "
            "system keyring, else asked for without echo (or read as one line of standard "
            "input); it is never accepted as an argument."
        ),
    )
    verify.add_argument("--client-id", required=True, help="the app's Client ID")
    verify.add_argument("--region", default="us", help="us, eu or au (default: us)")
    verify.add_argument("--port", type=int, default=None, help="local port for the redirect")
    verify.add_argument(
        "--http", action="store_true", help="listen with plain HTTP instead of HTTPS"
    )
    verify.add_argument(
        "--no-browser", action="store_true", help="print the URL but do not open a browser"
    )
    verify.add_argument(
        "--timeout", type=float, default=300.0, help="seconds to wait for consent (default 300)"
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
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    # Qt's own options (-platform, -style, -reverse ...) go to Qt, as in any Qt program.
    qt_options, argv = split_qt_options(sys.argv[1:] if argv is None else argv)
    remember(qt_options)
    args = build_parser().parse_args(argv)
    debug = bool(args.debug)
    try:
        configure_logging(debug=debug, console=debug and args.command == "verify")
    except OSError as error:
        print(f"intercom-wizard: cannot write its log file ({error}); continuing.", file=sys.stderr)
    try:
        if args.command == "verify":
            from intercom_wizard.verify_command import run_verify

            return run_verify(args)
        if args.self_test:
            from intercom_wizard.ui.selftest import run_self_test

            return run_self_test(full=args.full)
        from intercom_wizard.ui.app import run_wizard

        return run_wizard(sandbox=args.sandbox, debug=debug)
    except KeyboardInterrupt:
        print("Cancelled.", file=sys.stderr)
        return EXIT_NO_CONSENT
    except WizardError as error:
        print(f"intercom-wizard: {error.for_people()}", file=sys.stderr)
        return error.exit_code
    except Exception:
        _log.exception("unexpected failure")
        if debug:
            print(redact(traceback.format_exc()), file=sys.stderr)
        print(
            "intercom-wizard stopped because of an unexpected problem. "
            f"The details are in {log_file()}; run again with --debug to see them here.",
            file=sys.stderr,
        )
        return EXIT_OTHER
