"""The one-time ``state`` that ties Intercom's redirect to the attempt that started it."""

from __future__ import annotations

import hmac
import secrets

# 32 random bytes: 256 bits, far above the 128 bits that make guessing hopeless.
_STATE_BYTES = 32


def new_state() -> str:
    """A fresh, URL-safe state for one consent attempt."""
    return secrets.token_urlsafe(_STATE_BYTES)


def state_matches(expected: str, received: str | None) -> bool:
    """Whether ``received`` is this attempt's state, compared in constant time."""
    if not received or not expected:
        return False
    # compare_digest refuses non-ASCII str; bytes keep the comparison constant-time for any input.
    return hmac.compare_digest(expected.encode("utf-8"), received.encode("utf-8", "surrogatepass"))
