"""The port rule: one range for the session, the spin box, ``verify`` and the listener."""

from __future__ import annotations

import errno
import json
import socket
import subprocess
import sys

import pytest

from intercom_wizard.consent.ports import (
    DEFAULT_PORT,
    MAX_PORT,
    MIN_PORT,
    bind_error,
    bind_loopback,
    check_port,
)
from intercom_wizard.errors import InputError, ListenerError
from intercom_wizard.session import SetupSession


def test_the_default_port_is_documented_and_outside_the_ephemeral_ranges() -> None:
    assert MIN_PORT < DEFAULT_PORT < 32768
    assert DEFAULT_PORT not in {3000, 4200, 5000, 5173, 8000, 8080, 8443, 8888, 9000}
    assert check_port(DEFAULT_PORT) == DEFAULT_PORT


@pytest.mark.parametrize("port", [MIN_PORT, DEFAULT_PORT, MAX_PORT])
def test_ports_in_the_range_are_accepted(port: int) -> None:
    assert check_port(port) == port


@pytest.mark.parametrize("port", [-1, 0, 80, 1023, 49152, 65535, 65536])
def test_ports_outside_the_range_are_refused_with_the_range(port: int) -> None:
    with pytest.raises(InputError) as caught:
        check_port(port)
    assert str(port) in caught.value.message
    assert caught.value.hint is not None
    assert f"{MIN_PORT} to {MAX_PORT}" in caught.value.hint


@pytest.mark.parametrize("port", [49152, 65535])
def test_a_saved_port_outside_the_range_falls_back_to_the_default(port: int) -> None:
    assert SetupSession.from_dict({"port": port}).port == DEFAULT_PORT


def test_loading_the_session_does_not_load_the_listener() -> None:
    # A fresh interpreter: this test process has long loaded asyncio and ssl.
    code = (
        "import json, sys; import intercom_wizard.session; "
        "print(json.dumps([m for m in ('asyncio', 'ssl', 'h11') if m in sys.modules]))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    )
    assert json.loads(out.stdout) == []


def test_bind_loopback_listens_on_127_0_0_1_only() -> None:
    sock = bind_loopback(0)
    try:
        assert sock.getsockname()[0] == "127.0.0.1"
        assert sock.getsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR) == 0
        assert sock.getblocking() is False
    finally:
        sock.close()


def test_a_port_in_use_is_explained() -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        with pytest.raises(ListenerError) as caught:
            bind_loopback(port)
    assert caught.value.port == port
    assert "in use" in caught.value.message


@pytest.mark.parametrize(
    ("error", "words"),
    [
        (OSError(errno.EADDRINUSE, "in use"), "in use"),
        (OSError(errno.EACCES, "denied"), "denied" if sys.platform != "win32" else "Windows"),
        (OSError(errno.ENETDOWN, "network is down"), "network is down"),
    ],
)
def test_each_bind_error_has_its_explanation(error: OSError, words: str) -> None:
    explained = bind_error(4321, error)
    assert "4321" in explained.message
    assert words in explained.message
    assert explained.hint
