"""``intercom-wizard profile``: support staff prepare a setup, and read one back.

``profile create`` writes a ``.intercom-wizard`` file or prints an ``intercom-wizard://`` link
that opens the wizard filled in; ``profile show`` says what a file or link holds, with the same
strict reading the wizard uses. With ``--json`` standard output holds exactly one JSON object
(``ok``, ``profile``, ``link``, ``file``, ``warnings``, plus ``error`` on failure), as ``verify``
and ``forget`` do; bad input is one line on standard error and exit code 2.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path
from typing import Any, TextIO

from intercom_wizard.errors import InputError, WizardError
from intercom_wizard.i18n import _
from intercom_wizard.intercom.cyclr import callback_for
from intercom_wizard.profiles import (
    FILE_SUFFIX,
    MAX_CONTACT_CHARS,
    MAX_NOTE_CHARS,
    SetupProfile,
    build_profile,
    open_profile,
)
from intercom_wizard.untrusted_json import UntrustedInputError


def add_parser(commands: Any) -> None:
    """Register ``profile create`` and ``profile show`` on the command line's subcommands."""
    profile = commands.add_parser(
        "profile",
        allow_abbrev=False,
        help="prepare a setup for a partner as a file or a link (support staff)",
        description=(
            "Prepare a setup that opens the wizard filled in, or read one back. A profile "
            "never holds a secret."
        ),
    )
    actions = profile.add_subparsers(dest="profile_command", metavar="ACTION", required=True)
    create = actions.add_parser(
        "create",
        allow_abbrev=False,
        help="write a .intercom-wizard file or print an intercom-wizard:// link",
        description=(
            "Write a setup profile for a partner. Each value is checked by the rule of the "
            "wizard page that shows it. The partner can still change everything."
        ),
    )
    create.add_argument("--service-domain", required=True, help="the Cyclr service domain")
    create.add_argument("--region", required=True, help="us, eu or au")
    create.add_argument("--port", default=None, help="the local port for the test redirect")
    create.add_argument("--api-version", default=None, help="the app's Intercom API version")
    create.add_argument("--cyclr-location", default=None, help="us, us2, uk, eu or apac")
    create.add_argument(
        "--contact",
        default=None,
        help=f'who prepared it, e.g. "Sam Lee, sam@example.com" (≤ {MAX_CONTACT_CHARS} characters)',
    )
    create.add_argument(
        "--note", default=None, help=f"a note for the partner (≤ {MAX_NOTE_CHARS} characters)"
    )
    # A secret given by mistake is refused by name, its value never repeated (argparse would
    # quote it in "unrecognized arguments").
    for option in _SECRET_OPTIONS:
        create.add_argument(
            option, dest="secret_option", action=_SecretGiven, nargs="?", help=argparse.SUPPRESS
        )
    where = create.add_mutually_exclusive_group(required=True)
    where.add_argument("--output", metavar="FILE", help=f"write the profile to FILE{FILE_SUFFIX}")
    where.add_argument("--link", action="store_true", help="print an intercom-wizard:// link")
    create.add_argument(
        "--json", action="store_true", help="print one JSON object on standard output"
    )
    create.add_argument("--debug", action="store_true", help=argparse.SUPPRESS)

    show = actions.add_parser(
        "show",
        allow_abbrev=False,
        help="say what a setup file or link holds, or why it would be refused",
    )
    show.add_argument("source", metavar="FILE|LINK")
    show.add_argument(
        "--json", action="store_true", help="print one JSON object on standard output"
    )
    show.add_argument("--debug", action="store_true", help=argparse.SUPPRESS)


_SECRET_OPTIONS = (
    "--client-secret",
    "--secret",
    "--token",
    "--access-token",
    "--password",
    "--cyclr-client-secret",
)


class _SecretGiven(argparse.Action):
    def __call__(self, parser: Any, namespace: Any, values: Any, option: Any = None) -> None:
        setattr(namespace, self.dest, option)


def run_profile(args: argparse.Namespace) -> int:
    as_json = bool(args.json)
    try:
        if args.profile_command == "create":
            return _create(args, as_json)
        profile = open_profile(args.source)
    except WizardError as error:
        return report_failure(error, as_json=as_json)
    _done(profile, as_json, link=None, file=None)
    if not as_json:
        for line in describe(profile):
            _say(line, sys.stdout)
    return 0


def describe(profile: SetupProfile) -> list[str]:
    """What a profile holds, one line each, in the words of the wizard's pages."""
    lines = [
        f"Cyclr service domain: {profile.service_domain}",
        f"Intercom region: {profile.region.label} ({profile.region.value})",
    ]
    if profile.port is not None:
        lines.append(f"Test port: {profile.port}")
    if profile.api_version is not None:
        lines.append(f"Intercom API version: {profile.api_version.name}")
    if profile.cyclr_location is not None:
        location = profile.cyclr_location
        lines.append(f"Cyclr Console: {location.console_host} ({location.value})")
    if profile.contact is not None:
        lines.append(f"Prepared by: {profile.contact}")
    if profile.note is not None:
        lines.append(f"Note: {profile.note}")
    return lines


def _create(args: argparse.Namespace, as_json: bool) -> int:
    if getattr(args, "secret_option", None):
        raise InputError(
            _(
                "{option} was given, but a setup profile never holds a secret, so none was written."
            ).format(option=args.secret_option),
            hint=_(
                "Leave it out: the partner types the Client Secret into the wizard, which "
                "keeps it in the system keyring."
            ),
        )
    profile = build_profile(
        service_domain=args.service_domain,
        region=args.region,
        port=args.port,
        api_version=args.api_version,
        cyclr_location=args.cyclr_location,
        contact=args.contact,
        note=args.note,
    )
    if args.link:
        link = profile.to_link()
        _done(profile, as_json, link=link, file=None)
        if not as_json:
            print(link)
        return 0
    path = _write(profile, Path(args.output))
    _done(profile, as_json, link=None, file=str(path))
    if not as_json:
        _say(f"Wrote {path}: a double-click on it opens the wizard filled in.", sys.stderr)
    return 0


def _write(profile: SetupProfile, path: Path) -> Path:
    if not path.name.lower().endswith(FILE_SUFFIX):
        raise InputError(
            _("{path} does not end in {suffix}.").format(path=path, suffix=FILE_SUFFIX),
            hint=_("Name it like {example}: a double-click opens that in the wizard.").format(
                example=f"acme{FILE_SUFFIX}"
            ),
        )
    data = profile.to_json().encode("utf-8")
    try:
        # "x": never replace a file, which may be someone else's profile of the same name.
        with path.open("xb") as stream:
            try:
                stream.write(data)
            except BaseException:
                stream.close()
                os.unlink(path)
                raise
    except FileExistsError:
        raise InputError(
            _("{path} exists already.").format(path=path),
            hint=_("Choose another name, or delete the old file first."),
        ) from None
    except OSError as error:
        raise InputError(
            _("{path} could not be written ({reason}).").format(
                path=path, reason=error.strerror or type(error).__name__
            ),
            hint=_("Check that the folder exists and that you may write to it."),
        ) from None
    return path


def _warnings(profile: SetupProfile) -> list[str]:
    warning = callback_for(profile.service_domain).warning
    return [warning] if warning else []


def _done(profile: SetupProfile, as_json: bool, *, link: str | None, file: str | None) -> None:
    warnings = _warnings(profile)
    if as_json:
        _print_json(_body(profile, link=link, file=file, warnings=warnings, error=None))
    else:
        for warning in warnings:
            _say(f"intercom-wizard: note: {warning}", sys.stderr)


def report_failure(error: WizardError, *, as_json: bool) -> int:
    """One line on standard error and, with --json, the one JSON object; the exit code."""
    if as_json:
        _print_json(_body(None, link=None, file=None, warnings=[], error=error))
    _say(f"intercom-wizard: {error.for_people()}", sys.stderr)
    return error.exit_code


def _body(
    profile: SetupProfile | None,
    *,
    link: str | None,
    file: str | None,
    warnings: list[str],
    error: WizardError | None,
) -> dict[str, Any]:
    body: dict[str, Any] = {
        "ok": error is None,
        "profile": None if profile is None else profile.fields(),
        "link": link,
        "file": file,
        "warnings": warnings,
    }
    if error is not None:
        body["error"] = error.to_json(
            field=error.field if isinstance(error, UntrustedInputError) else None
        )
    return body


def _print_json(body: dict[str, Any]) -> None:
    sys.stdout.write(json.dumps(body, indent=2) + "\n")  # ASCII: any console can take it
    sys.stdout.flush()


def _say(line: str, stream: TextIO) -> None:
    """A line for a person; a console that cannot show a character gets an escape instead."""
    try:
        print(line, file=stream)
    except UnicodeEncodeError:
        encoding = getattr(stream, "encoding", None) or "ascii"
        print(line.encode(encoding, "backslashreplace").decode(encoding), file=stream)
