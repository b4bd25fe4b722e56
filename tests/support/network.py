"""Small helpers for tests that open real sockets on the loopback interface."""

from __future__ import annotations

import socket


def free_port() -> int:
    """A loopback port that was free a moment ago (the wizard needs fixed ports, not port 0)."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def assert_port_free(port: int) -> None:
    """Fails if ``port`` cannot be bound at once, i.e. a listener did not release it."""
    with socket.socket() as again:
        again.bind(("127.0.0.1", port))
