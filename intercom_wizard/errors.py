"""The one exception hierarchy of intercom-wizard.

Every error the engine raises derives from :class:`WizardError`. Its ``str()`` is a sentence
meant for the person at the keyboard, and ``hint`` says what to do next. Messages never carry
secrets: the client secret, tokens and authorization codes are kept out of every message.
``exit_code`` is what ``intercom-wizard verify`` exits with when the error ends a run.
"""

from __future__ import annotations

from collections.abc import Iterator
from enum import StrEnum
from typing import Any

# How long a consent test waits for the browser: Intercom's codes expire after about five
# minutes, so waiting longer could only end in a refused exchange.
CONSENT_TIMEOUT = 300.0


class WizardError(Exception):
    """Base of every error the engine raises on purpose."""

    exit_code: int = 5

    def __init__(self, message: str, *, hint: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint

    def __str__(self) -> str:
        return self.message

    def for_people(self) -> str:
        """The message followed by what to do, as one paragraph."""
        return f"{self.message} {self.hint}" if self.hint else self.message

    def to_json(self, **extra: Any) -> dict[str, Any]:
        """The ``error`` object every command's ``--json`` output carries; ``extra`` adds the
        keys one command knows more about (or its own exit code)."""
        return {
            "type": type(self).__name__,
            "message": self.message,
            "hint": self.hint,
            "exit_code": self.exit_code,
            **extra,
        }


# --- bad input (exit 2) -------------------------------------------------------------------


class InputError(WizardError):
    """Something typed, pasted or passed on the command line cannot be used."""

    exit_code = 2


class PastedAddressError(InputError):
    """A pasted redirect address holds no usable code, or a state from another attempt."""


# --- no consent (exit 3) ------------------------------------------------------------------


class ConsentError(WizardError):
    """The consent in the browser did not produce an authorization code."""

    exit_code = 3


class ConsentDeclined(ConsentError):
    """Intercom sent the browser back with an ``error`` instead of a code."""


class ConsentTimeout(ConsentError):
    """No answer arrived before the deadline (codes expire after about five minutes)."""


class ConsentCancelled(ConsentError):
    """The user cancelled, closed the window or pressed Ctrl+C."""


# --- token exchange refused (exit 4) ------------------------------------------------------


class ExchangeFailure(StrEnum):
    """Why Intercom refused to turn a code into a token."""

    WRONG_CREDENTIALS = "wrong-credentials"
    CODE_REJECTED = "code-rejected"
    WRONG_REGION = "wrong-region"
    UNEXPECTED = "unexpected"


class TokenExchangeError(WizardError):
    """Intercom answered the token exchange with a refusal."""

    exit_code = 4

    def __init__(
        self,
        message: str,
        *,
        reason: ExchangeFailure,
        status: int | None = None,
        request_id: str | None = None,
        hint: str | None = None,
    ) -> None:
        super().__init__(message, hint=hint)
        self.reason = reason
        self.status = status
        self.request_id = request_id


# --- everything else (exit 5) -------------------------------------------------------------


class ListenerError(WizardError):
    """The local port that catches Intercom's redirect could not be opened."""

    def __init__(self, message: str, *, port: int, hint: str | None = None) -> None:
        super().__init__(message, hint=hint)
        self.port = port


class CertificateError(WizardError):
    """The self-signed certificate for the local HTTPS listener could not be made or read."""


class NetworkError(WizardError):
    """Intercom could not be reached, or the connection broke mid-answer."""


class IntercomAPIError(WizardError):
    """Intercom answered an API call with an error body."""

    def __init__(
        self,
        message: str,
        *,
        status: int,
        code: str | None = None,
        request_id: str | None = None,
        hint: str | None = None,
    ) -> None:
        super().__init__(message, hint=hint)
        self.status = status
        self.code = code
        self.request_id = request_id


class TokenRejected(IntercomAPIError):
    """Intercom refused the access token itself (401): revoked, unknown or malformed."""


class SecretStoreError(WizardError):
    """The operating system's keyring failed or did not answer in time."""


class UnexpectedError(WizardError):
    """Something the wizard did not plan for; the log holds the details."""


class ProgressError(WizardError):
    """The wizard's saved progress could not be written."""


def causes(error: BaseException, limit: int = 20) -> Iterator[BaseException]:
    """``error``, then what caused it (``__cause__``, else ``__context__``), and so on.

    Stops at a loop or after ``limit`` links: a chain is data from libraries, not trusted.
    """
    seen: set[int] = set()
    current: BaseException | None = error
    while current is not None and id(current) not in seen and len(seen) < limit:
        seen.add(id(current))
        yield current
        current = current.__cause__ or current.__context__
