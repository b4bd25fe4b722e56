"""Small helpers for tests that open real sockets on the loopback interface."""

from __future__ import annotations

import random
import socket

from intercom_wizard.consent.ports import MAX_PORT, MIN_PORT


def free_port() -> int:
    """A loopback port in the wizard's range that was free a moment ago (it needs fixed ports).

    The system's own pick (port 0) comes from the ephemeral range, above the wizard's range.
    """
    rng = random.Random()
    for _ in range(200):
        port = rng.randint(MIN_PORT, MAX_PORT)
        with socket.socket() as probe:
            try:
                probe.bind(("127.0.0.1", port))
            except OSError:
                continue
            return port
    raise RuntimeError(f"no free port between {MIN_PORT} and {MAX_PORT}")


def assert_port_free(port: int) -> None:
    """Fails if ``port`` cannot be bound at once, i.e. a listener did not release it."""
    with socket.socket() as again:
        again.bind(("127.0.0.1", port))
