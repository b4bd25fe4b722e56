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

from intercom_wizard.errors import InputError

MAX_CLIENT_ID_LENGTH = 200
MAX_CLIENT_SECRET_LENGTH = 1000

WHERE_TO_COPY = "Developer Hub > your app > Basic Information"
CLIENT_ID_HINT = (
    f"Copy the Client ID again from the {WHERE_TO_COPY}: the ID alone, nothing around it."
)
CLIENT_SECRET_HINT = (
    f"Copy the Client Secret again from the {WHERE_TO_COPY}: the secret alone, nothing around it."
)


def check_client_id(value: str) -> str:
    """``value`` without surrounding whitespace, or an InputError saying what is wrong."""
    return _check(value, "Client ID", MAX_CLIENT_ID_LENGTH, CLIENT_ID_HINT, show=True)


def check_client_secret(value: str) -> str:
    """``value`` without surrounding whitespace, or an InputError that never repeats it."""
    return _check(value, "Client Secret", MAX_CLIENT_SECRET_LENGTH, CLIENT_SECRET_HINT, show=False)


def _check(value: str, what: str, limit: int, hint: str, *, show: bool) -> str:
    cleaned = value.strip()
    if not cleaned:
        raise InputError(f"The {what} is empty.", hint=hint)
    if len(cleaned) > limit:
        raise InputError(
            f"The {what} is {len(cleaned)} characters long; one is never longer than {limit}.",
            hint=hint,
        )
    for character in cleaned:
        if character.isspace():
            raise InputError(f"The {what} contains a space or a line break.", hint=hint)
        if not character.isascii() or not character.isprintable():
            # Name the character for the ID (it helps to spot it); a secret's stays unsaid.
            which = f" ({_describe(character)})" if show else ""
            raise InputError(
                f"The {what} contains a character that cannot be in it{which}.", hint=hint
            )
    return cleaned


def _describe(character: str) -> str:
    return f"U+{ord(character):04X}"
