"""Reading Intercom's redirect: from the listener's request line or from a pasted address.

The authorization code may contain ``+``, ``/`` and a trailing ``=``. Intercom puts it in the
query as is, so decoding must be byte-exact: percent-escapes are undone with ``unquote`` (never
``unquote_plus``, which would turn ``+`` into a space), and each pair is split on its first ``=``
only, so a trailing ``=`` stays part of the value.

One rule for both, from RFC 6749: no response parameter may appear twice (3.1), and the code and
the state are made of visible ASCII and the space only (VSCHAR, appendix A), so a code holding a
line break or a NUL never reaches the token endpoint.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from urllib.parse import unquote

from intercom_wizard.consent.state import state_matches
from intercom_wizard.errors import ConsentDeclined, PastedAddressError
from intercom_wizard.i18n import N_, _

# The parameters of an authorization response (RFC 6749 4.1.2, 4.1.2.1); each may appear once.
RESPONSE_PARAMETERS = ("code", "state", "error", "error_description", "error_uri")
_VSCHAR = re.compile(r"[\x20-\x7e]*")

# Characters people carry along when they copy an address out of a chat, a mail or a terminal.
_WRAPPERS = "\"'`<>\u201c\u201d\u2018\u2019"
_MAX_DESCRIPTION = 300
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")
_PASTE_HINT = N_(
    "After clicking Authorize, copy the whole address from the browser's address bar "
    "(it contains code= and state=) and paste it here."
)


class MalformedRedirect(ValueError):
    """A redirect that breaks RFC 6749; ``str()`` says why in words, never quoting a value."""


@dataclass(frozen=True)
class RedirectAnswer:
    """The parameters of one redirect. Empty values count as absent."""

    code: str | None = field(repr=False)
    state: str | None = field(repr=False)
    error: str | None
    error_description: str | None


def parse_query(query: str) -> RedirectAnswer:
    """Decode a redirect's query string (with or without its leading ``?``), byte-exact.

    Raises ``MalformedRedirect`` for a repeated response parameter, or a code or state holding
    characters outside VSCHAR.
    """
    query = query.split("#", 1)[0]
    if query.startswith("?"):
        query = query[1:]
    values: dict[str, str] = {}
    for pair in query.split("&"):
        if not pair:
            continue
        name, _equals, value = pair.partition("=")
        name = unquote(name)
        if name not in RESPONSE_PARAMETERS:
            continue
        if name in values:
            raise MalformedRedirect(
                _("The address carries {name} more than once.").format(name=name)
            )
        values[name] = unquote(value)
    for name in ("code", "state"):
        if not _VSCHAR.fullmatch(values.get(name, "")):
            raise MalformedRedirect(
                _(
                    "The {name} in the address holds characters an OAuth {name} never contains."
                ).format(name=name)
            )
    return RedirectAnswer(
        code=values.get("code") or None,
        state=values.get("state") or None,
        error=values.get("error") or None,
        error_description=values.get("error_description") or None,
    )


def describe_error(error: str, description: str | None) -> str:
    """Intercom's error and description as one short line of plain text.

    Escaping is left to whatever shows it (the browser pages escape every value; the wizard
    shows messages as plain text), so the same words read right in a terminal and a page.
    """
    text = f"{error}: {description}" if description else error
    # Only the code must stay byte-exact; in words, a form-encoded '+' is a space.
    text = _CONTROL.sub(" ", text.replace("+", " ")).strip()
    if len(text) > _MAX_DESCRIPTION:
        text = text[: _MAX_DESCRIPTION - 1] + "…"
    return text


def declined_error(answer: RedirectAnswer) -> ConsentDeclined:
    """The exception for a redirect that carries ``error=…`` instead of a code."""
    reason = describe_error(answer.error or "error", answer.error_description)
    return ConsentDeclined(
        _("Intercom did not grant access ({reason}).").format(reason=reason),
        hint=_(
            "Start the check again and click Authorize on Intercom's page, signed in to the "
            "workspace you want to connect."
        ),
    )


def _query_of(text: str) -> str:
    if "?" in text:
        return text.split("?", 1)[1]
    if "=" in text:
        return text  # a bare query string
    raise PastedAddressError(
        _("The pasted text is not an address Intercom sent the browser to."), hint=_(_PASTE_HINT)
    )


def parse_pasted(text: str, expected_state: str) -> str:
    """The authorization code from a pasted redirect address (any host) or bare query string.

    Raises ``PastedAddressError`` when the text holds no code or belongs to another attempt,
    and ``ConsentDeclined`` when Intercom sent the browser back with an error.
    """
    text = text.strip().strip(_WRAPPERS).strip()
    # Addresses wrapped over several lines (mail, chat) never contain real whitespace.
    text = "".join(text.split())
    if not text:
        raise PastedAddressError(_("Nothing was pasted."), hint=_(_PASTE_HINT))
    try:
        answer = parse_query(_query_of(text))
    except MalformedRedirect as exc:
        raise PastedAddressError(str(exc), hint=_(_PASTE_HINT)) from None
    if answer.state is not None and not state_matches(expected_state, answer.state):
        raise PastedAddressError(
            _(
                "The pasted address belongs to another attempt: its state does not match this "
                "check."
            ),
            hint=_("Paste the address from the latest Intercom tab, or start the check again."),
        )
    if answer.error is not None:
        raise declined_error(answer)
    if answer.code is None:
        raise PastedAddressError(
            _("The pasted address carries no authorization code."), hint=_(_PASTE_HINT)
        )
    if answer.state is None:
        raise PastedAddressError(
            _("The pasted address carries no state, so it cannot be tied to this check."),
            hint=_(_PASTE_HINT),
        )
    return answer.code
