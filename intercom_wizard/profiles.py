"""Setup profiles: what support staff send a partner so the wizard opens already filled in.

A profile names the Cyclr service domain, the Intercom region and optionally the test port, the
app's API version, the Cyclr Console location, who prepared it and a note. It travels as a
``.intercom-wizard`` file (JSON with a format version) or an ``intercom-wizard://setup?...``
link, and arrives by email, so it is read as hostile: known keys only, sizes bounded, every
value checked by the same rule as the page that shows it, an unknown format refused, and a key
that names a secret refused outright (a profile never carries one: the partner types the Client
Secret into the wizard). A profile can only prefill; opening one never starts a test, opens a
page or writes a file.

Every refusal is an ``UntrustedInputError`` (exit code 2) that says why.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, quote, urlsplit

from intercom_wizard.consent.ports import check_port
from intercom_wizard.cyclr.locations import CyclrLocation
from intercom_wizard.errors import InputError
from intercom_wizard.i18n import N_, _
from intercom_wizard.intercom.cyclr import callback_for
from intercom_wizard.intercom.regions import Region
from intercom_wizard.intercom.versions import ApiVersion
from intercom_wizard.localeformat import format_number
from intercom_wizard.session import SetupSession
from intercom_wizard.untrusted_json import (
    DUPLICATE_KEY,
    NEWER_HINT,
    DocumentKind,
    UntrustedInputError,
    UntrustedObject,
    parse_document,
    read_document,
    refusal,
    shown,
)

FILE_SUFFIX = ".intercom-wizard"
LINK_SCHEME = "intercom-wizard"
LINK_PREFIX = f"{LINK_SCHEME}://setup"
FORMAT_KEY = "intercom_wizard_profile"  # the file's format version; names what the file is
LINK_FORMAT_KEY = "v"
FORMAT_VERSION = 1
MAX_FILE_BYTES = 16_384
MAX_LINK_CHARS = 4096  # fits every mail client, Windows' command line and the macOS handler
MAX_CONTACT_CHARS = 200
MAX_NOTE_CHARS = 1000
_MAX_DOMAIN_CHARS = 300  # a domain is at most 253; a pasted callback URL a little more
_MAX_WORD_CHARS = 40  # region, version, location

REQUIRED_KEYS = ("service_domain", "region")
OPTIONAL_KEYS = ("port", "api_version", "cyclr_location", "contact", "note")
# A key that names a secret is refused with its own message before anything else is read.
_SECRET_KEY = re.compile(r"secret|token|passw|pwd|credential|api_?key|private|auth_?code", re.I)

PROFILE = DocumentKind(
    unusable=N_("This setup profile cannot be used."),
    not_one=N_("This is not a setup profile: it has no “{field}”."),
    unreadable=N_("The setup profile {name} cannot be read ({reason})."),
    not_a_file=N_("The setup profile {name} is not a regular file."),
)
LINK = DocumentKind(
    unusable=N_("This setup link cannot be used."),
    not_one=N_("This is not a setup link: it has no “{field}”."),
    unreadable=N_("The setup link {name} cannot be read ({reason})."),
    not_a_file=N_("The setup link {name} is not a regular file."),
)
# Hints are translated where they are raised (``_(HINT)``): the language is chosen later.
HINT = N_(
    "Ask whoever sent it for a new one; support staff make them with "
    "'intercom-wizard profile create'."
)
_CREATE_HINT = N_("Check that value on the command line; 'intercom-wizard profile create --help'.")
_KEYRING_HINT = N_(
    "A setup profile never holds a secret: the partner types the Client Secret into the "
    "wizard, which keeps it in the system keyring. Ask for a profile without it."
)


@dataclass(frozen=True)
class SetupProfile:
    """A prepared setup: the values to prefill, and who prepared them. Never a secret."""

    service_domain: str
    region: Region
    port: int | None = None
    api_version: ApiVersion | None = None
    cyclr_location: CyclrLocation | None = None
    contact: str | None = None
    note: str | None = None

    def fields(self) -> dict[str, str | int]:
        """The profile's values in their written form, in a fixed order, absent ones left out."""
        values: dict[str, str | int | None] = {
            "service_domain": self.service_domain,
            "region": self.region.value,
            "port": self.port,
            "api_version": self.api_version.name if self.api_version else None,
            "cyclr_location": self.cyclr_location.value if self.cyclr_location else None,
            "contact": self.contact,
            "note": self.note,
        }
        return {key: value for key, value in values.items() if value is not None}

    def to_json(self) -> str:
        """The ``.intercom-wizard`` file's text."""
        import json

        body: dict[str, Any] = {FORMAT_KEY: FORMAT_VERSION, **self.fields()}
        return json.dumps(body, indent=2, ensure_ascii=False) + "\n"

    def to_link(self) -> str:
        """The ``intercom-wizard://setup?...`` link; InputError when it would be too long."""
        pairs = [(LINK_FORMAT_KEY, str(FORMAT_VERSION))]
        pairs += [(key, str(value)) for key, value in self.fields().items()]
        query = "&".join(f"{key}={quote(value, safe='')}" for key, value in pairs)
        link = f"{LINK_PREFIX}?{query}"
        if len(link) > MAX_LINK_CHARS:
            raise InputError(
                _(
                    "The link would be {length} characters long, more than the {limit} a "
                    "setup link may have."
                ).format(
                    length=format_number(len(link), 0), limit=format_number(MAX_LINK_CHARS, 0)
                ),
                hint=_("Shorten the note, or write a file with --output instead of --link."),
            )
        return link

    def apply_to(self, session: SetupSession) -> SetupSession:
        """``session`` with this profile's values, starting again from the first page.

        What the profile leaves out (the port when absent, the Client ID) stays as it was;
        the steps' outcomes belonged to the old values and are dropped.
        """
        return replace(
            session,
            service_domain=self.service_domain,
            region=self.region,
            port=self.port if self.port is not None else session.port,
            api_version=self.api_version or session.api_version,
            last_page=0,
            step_status={},
        )

    def differences(self, session: SetupSession, applied: SetupProfile | None = None) -> list[str]:
        """The names of the values in ``session`` that someone typed and this profile changes.

        A value still at its default, or still as the profile ``applied`` before filled it
        in, was not typed by anyone, so it is not a difference.
        """
        untyped = [SetupSession()]
        if applied is not None:
            untyped.append(applied.apply_to(SetupSession()))
        changed: list[str] = []
        for name in ("service_domain", "region", "port", "api_version"):
            mine, ours = getattr(session, name), getattr(self, name)
            if ours is None or mine == ours:
                continue
            if all(mine != getattr(baseline, name) for baseline in untyped):
                changed.append(name)
        return changed


def build_profile(
    *,
    service_domain: str,
    region: str,
    port: str | int | None = None,
    api_version: str | None = None,
    cyclr_location: str | None = None,
    contact: str | None = None,
    note: str | None = None,
) -> SetupProfile:
    """A profile from values typed by support staff, each checked by the pages' own rule."""
    values: dict[str, Any] = {"service_domain": service_domain, "region": region}
    for key, value in (
        ("port", port),
        ("api_version", api_version),
        ("cyclr_location", cyclr_location),
        ("contact", contact),
        ("note", note),
    ):
        if value is not None:
            values[key] = value
    document = UntrustedObject(values, kind=PROFILE, hint=_(_CREATE_HINT))
    if isinstance(port, str):
        values["port"] = _port_number(port, document)
    return _profile_from(document, own_errors=True)


def profile_from_json(data: bytes | str) -> SetupProfile:
    """The profile in a ``.intercom-wizard`` file's content."""
    document = parse_document(data, kind=PROFILE, max_bytes=MAX_FILE_BYTES, hint=_(HINT))
    return _profile_from_file(document)


def read_profile_file(path: Path) -> SetupProfile:
    """The profile in the file at ``path`` (read with a size bound, regular files only)."""
    document = read_document(path, kind=PROFILE, max_bytes=MAX_FILE_BYTES, hint=_(HINT))
    return _profile_from_file(document)


def profile_from_link(link: str) -> SetupProfile:
    """The profile in an ``intercom-wizard://setup?...`` link."""
    text = link.strip()
    if len(text) > MAX_LINK_CHARS:
        raise _link_refusal(
            _("It is longer than {limit} characters.").format(
                limit=format_number(MAX_LINK_CHARS, 0)
            )
        )
    try:
        parts = urlsplit(text)
        port = parts.port
    except ValueError:
        raise _link_refusal(_("It is not a valid address.")) from None
    if parts.scheme.lower() != LINK_SCHEME:
        raise _link_refusal(_("It does not start with {start}.").format(start=f"{LINK_SCHEME}://"))
    if parts.netloc.lower() != "setup" or port is not None or parts.path not in ("", "/"):
        raise _link_refusal(_("It does not start with {start}.").format(start=f"{LINK_PREFIX}?"))
    if parts.fragment or text.endswith("#"):
        raise _link_refusal(_("It has a # part, which a setup link never has."))
    try:
        pairs = parse_qsl(
            parts.query,
            keep_blank_values=True,
            strict_parsing=bool(parts.query),
            encoding="utf-8",
            errors="strict",
            max_num_fields=len(REQUIRED_KEYS) + len(OPTIONAL_KEYS) + 4,
        )
    except ValueError:  # a part without "=", too many parts, percent-escapes that are not UTF-8
        raise _link_refusal(_("Its values after ? cannot be read.")) from None
    values: dict[str, Any] = {}
    for key, value in pairs:
        if key in values:
            raise _link_refusal(_(DUPLICATE_KEY).format(key=shown(key)))
        if value:  # a blank value is no value
            values[key] = value
    document = _link_document(values)
    _refuse_secrets(document)
    if LINK_FORMAT_KEY not in values:
        raise _link_refusal(
            _("It has no {key} (its format version).").format(key=f"{LINK_FORMAT_KEY}=")
        )
    if values[LINK_FORMAT_KEY] != str(FORMAT_VERSION):
        version = values[LINK_FORMAT_KEY]
        raise document.refuse(
            _("“{field}” is {value}; this intercom-wizard reads version {supported}."),
            key=LINK_FORMAT_KEY,
            hint=_(NEWER_HINT)
            if version.isdigit() and int(version[:6]) > FORMAT_VERSION
            else _(HINT),
            value=shown(version),
            supported=format_number(FORMAT_VERSION, 0),
        )
    document.require_only(required=(LINK_FORMAT_KEY, *REQUIRED_KEYS), optional=OPTIONAL_KEYS)
    if "port" in values:
        values["port"] = _port_number(values["port"], document)
    return _profile_from(_link_document(values))


def is_link(text: str) -> bool:
    return text.strip().lower().startswith(f"{LINK_SCHEME}:")


def looks_like_profile(argument: str) -> bool:
    """Whether a bare command-line argument is what a double-click on a profile passes."""
    return is_link(argument) or argument.lower().endswith(FILE_SUFFIX)


def open_profile(source: str) -> SetupProfile:
    """The profile in a link or the file it names."""
    if is_link(source):
        return profile_from_link(source)
    return read_profile_file(Path(source))


# --- the shared rules -------------------------------------------------------------------------


def _link_document(values: dict[str, Any]) -> UntrustedObject:
    return UntrustedObject(values, kind=LINK, hint=_(HINT))


def _link_refusal(reason: str) -> UntrustedInputError:
    return refusal(LINK, reason, hint=_(HINT))


def _refuse_secrets(document: UntrustedObject) -> None:
    for key in document:
        if _SECRET_KEY.search(key):
            raise document.refuse(
                _("It holds “{field}”, which names a secret, so it was not opened."),
                key=key,
                hint=_(_KEYRING_HINT),
            )


def _profile_from_file(document: UntrustedObject) -> SetupProfile:
    _refuse_secrets(document)  # first: its own message, whatever else is wrong
    document.format_version(FORMAT_KEY, supported={FORMAT_VERSION})
    document.require_only(required=(FORMAT_KEY, *REQUIRED_KEYS), optional=OPTIONAL_KEYS)
    return _profile_from(document)


def _port_number(text: Any, document: UntrustedObject) -> int:
    if not isinstance(text, str) or not text.isascii() or not text.isdigit() or len(text) > 5:
        raise document.refuse(_("“{field}” is not a port number."), key="port")
    return int(text)


def _profile_from(document: UntrustedObject, *, own_errors: bool = False) -> SetupProfile:
    """The profile in ``document``. With ``own_errors`` (values typed by support staff) a
    page's refusal is passed on with its own hint; else it is worded as the document's."""

    def _checked(key: str, rule: Any, text: Any) -> Any:
        try:
            return rule(text)
        except UntrustedInputError:
            raise
        except InputError as error:
            if own_errors:
                raise
            raise document.refuse(
                _("“{field}” is refused: {reason}"), key=key, reason=error.message
            ) from None

    domain_text = document.text("service_domain", max_length=_MAX_DOMAIN_CHARS)
    domain = _checked("service_domain", lambda t: callback_for(t).domain, domain_text)
    region = _checked("region", Region.parse, document.text("region", max_length=_MAX_WORD_CHARS))
    port = document.optional_integer("port", minimum=0, maximum=99_999)
    if port is not None:
        _checked("port", check_port, port)
    version_text = document.optional_text("api_version", max_length=_MAX_WORD_CHARS)
    version = (
        None if version_text is None else _checked("api_version", ApiVersion.parse, version_text)
    )
    location_text = document.optional_text("cyclr_location", max_length=_MAX_WORD_CHARS)
    location = (
        None
        if location_text is None
        else _checked("cyclr_location", CyclrLocation.parse, location_text)
    )
    return SetupProfile(
        service_domain=domain,
        region=region,
        port=port,
        api_version=version,
        cyclr_location=location,
        contact=_person_text(document, "contact", MAX_CONTACT_CHARS),
        note=_person_text(document, "note", MAX_NOTE_CHARS),
    )


def _person_text(document: UntrustedObject, key: str, limit: int) -> str | None:
    """Free text shown to the partner: bounded, plain, one line; blank is absent."""
    text = document.optional_text(key, max_length=limit)
    if text is None or not text.strip():
        return None
    return " ".join(text.split())


__all__ = [
    "FILE_SUFFIX",
    "LINK_PREFIX",
    "MAX_FILE_BYTES",
    "MAX_LINK_CHARS",
    "SetupProfile",
    "build_profile",
    "is_link",
    "looks_like_profile",
    "open_profile",
    "profile_from_json",
    "profile_from_link",
    "read_profile_file",
]
