"""The one rule for what can be a Client ID or a Client Secret, with the hints that go with it.

The wizard's Credentials page, ``verify``, the consent run, the authorize URL and the token
exchange all check through here, so a value is refused the same way, with the same words,
wherever it is typed or passed.

Intercom does not document the shape of its client ids [?]: the ones seen are UUIDs (36
characters of hex digits and hyphens). The rule is therefore loose on purpose: printable
ASCII without whitespace, and a length no copied id comes near, so what a careless paste adds
(spaces, line breaks, a whole page of text, typographic characters) is refused while an id in
an unexpected format still passes.
"""

from __future__ import annotations

from dataclasses import dataclass

from intercom_wizard.errors import InputError
from intercom_wizard.i18n import N_, _

MAX_CLIENT_ID_LENGTH = 200
MAX_CLIENT_SECRET_LENGTH = 1000

WHERE_TO_COPY = "Developer Hub > your app > Basic Information"


@dataclass(frozen=True)
class _Words:
    """What is said about one of the two values; whole sentences, as languages inflect them."""

    hint: str
    empty: str
    too_long: str
    space: str
    character: str


# Marked with N_ and translated when said, so each message is in the language of the moment.
_CLIENT_ID = _Words(
    hint=N_("Copy the Client ID again from the {where}: the ID alone, nothing around it."),
    empty=N_("The Client ID is empty."),
    too_long=N_("The Client ID is {length} characters long; one is never longer than {limit}."),
    space=N_("The Client ID contains a space or a line break."),
    character=N_("The Client ID contains a character that cannot be in it ({character})."),
)
_CLIENT_SECRET = _Words(
    hint=N_("Copy the Client Secret again from the {where}: the secret alone, nothing around it."),
    empty=N_("The Client Secret is empty."),
    too_long=N_("The Client Secret is {length} characters long; one is never longer than {limit}."),
    space=N_("The Client Secret contains a space or a line break."),
    character=N_("The Client Secret contains a character that cannot be in it."),
)


def client_id_hint() -> str:
    return _(_CLIENT_ID.hint).format(where=WHERE_TO_COPY)


def client_secret_hint() -> str:
    return _(_CLIENT_SECRET.hint).format(where=WHERE_TO_COPY)


def check_client_id(value: str) -> str:
    """``value`` without surrounding whitespace, or an InputError saying what is wrong."""
    return _check(value, _CLIENT_ID, MAX_CLIENT_ID_LENGTH, show=True)


def check_client_secret(value: str) -> str:
    """``value`` without surrounding whitespace, or an InputError that never repeats it."""
    return _check(value, _CLIENT_SECRET, MAX_CLIENT_SECRET_LENGTH, show=False)


def _check(value: str, words: _Words, limit: int, *, show: bool) -> str:
    cleaned = value.strip()
    hint = _(words.hint).format(where=WHERE_TO_COPY)
    if not cleaned:
        raise InputError(_(words.empty), hint=hint)
    if len(cleaned) > limit:
        raise InputError(_(words.too_long).format(length=len(cleaned), limit=limit), hint=hint)
    for character in cleaned:
        if character.isspace():
            raise InputError(_(words.space), hint=hint)
        if not character.isascii() or not character.isprintable():
            # Name the character for the ID (it helps to spot it); a secret's stays unsaid.
            which = _describe(character) if show else ""
            raise InputError(_(words.character).format(character=which), hint=hint)
    return cleaned


def _describe(character: str) -> str:
    return f"U+{ord(character):04X}"
