"""Diagnostics against real things: a local HTTP server, a really occupied port, real files."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import keyring
import pytest
from keyring.backends import fail

from intercom_wizard.consent.certificate import CERT_FILE, KEY_FILE, ensure_certificate
from intercom_wizard.consent.listener import CallbackListener
from intercom_wizard.diagnostics import (
    API_HOST,
    APP_HOST,
    CERTIFICATE,
    CLOCK,
    KEYRING,
    PORT,
    DiagnosticResult,
    run_diagnostics,
)
from intercom_wizard.errors import ListenerError
from intercom_wizard.intercom.regions import Endpoints
from intercom_wizard.secrets import SecretStore


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    skew = timedelta(0)
    send_date = True
    seen: list[str]


class _Handler(BaseHTTPRequestHandler):
    server: _Server

    def do_GET(self) -> None:
        self.server.seen.append(self.path)
        body = b'{"type":"error.list"}'
        self.send_response_only(401)
        if self.server.send_date:
            stamp = datetime.now(UTC) + self.server.skew
            self.send_header("Date", format_datetime(stamp, usegmt=True))
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture
def server() -> Iterator[_Server]:
    httpd = _Server(("127.0.0.1", 0), _Handler)
    httpd.seen = []
    thread = threading.Thread(target=httpd.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    yield httpd
    httpd.shutdown()
    httpd.server_close()
    thread.join(5)


def _base(server: _Server) -> str:
    return f"http://127.0.0.1:{server.server_address[1]}"


def _local(server: _Server) -> Endpoints:
    return Endpoints(app_base=_base(server), api_base=_base(server), overridden=True)


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


def _by_name(results: list[DiagnosticResult]) -> dict[str, DiagnosticResult]:
    found: dict[str, DiagnosticResult] = {}
    for result in results:
        found[result.name.split(" (")[0]] = result
    return found


async def test_everything_fine_reports_ok_in_a_fixed_order(server: _Server, tmp_path: Path) -> None:
    results = await run_diagnostics(_local(server), _free_port(), tmp_path / "certs", SecretStore())

    assert [r.name.split(" (")[0] for r in results] == [
        KEYRING,
        PORT,
        CERTIFICATE,
        APP_HOST,
        API_HOST,
        CLOCK,
    ]
    assert [r.status for r in results] == ["ok"] * 6, results
    found = _by_name(results)
    assert "MemoryKeyring" in found[KEYRING].detail
    assert "first consent test" in found[CERTIFICATE].detail
    assert "HTTP 401" in found[API_HOST].detail
    assert "directly" in found[API_HOST].detail
    assert found[APP_HOST].name == f"{APP_HOST} (127.0.0.1)"
    assert server.seen == ["/", "/"]


@pytest.mark.parametrize(
    ("skew_minutes", "status", "word"),
    [(-10, "warning", "ahead of"), (10, "warning", "behind"), (2, "ok", "agrees")],
)
async def test_clock_compares_with_the_api_hosts_date_header(
    server: _Server, tmp_path: Path, skew_minutes: int, status: str, word: str
) -> None:
    server.skew = timedelta(minutes=skew_minutes)
    results = await run_diagnostics(_local(server), _free_port(), tmp_path, SecretStore())

    clock = _by_name(results)[CLOCK]
    assert (clock.status, word in clock.detail) == (status, True), clock


async def test_no_date_header_is_a_clock_warning(server: _Server, tmp_path: Path) -> None:
    server.send_date = False
    clock = _by_name(await run_diagnostics(_local(server), _free_port(), tmp_path, SecretStore()))[
        CLOCK
    ]
    assert clock.status == "warning"
    assert "no Date header" in clock.detail


async def test_unreachable_hosts_are_problems_and_the_other_checks_still_run(
    tmp_path: Path,
) -> None:
    closed = f"http://127.0.0.1:{_free_port()}"
    endpoints = Endpoints(app_base=closed, api_base=closed, overridden=True)

    found = _by_name(await run_diagnostics(endpoints, _free_port(), tmp_path, SecretStore()))

    assert found[APP_HOST].status == found[API_HOST].status == "problem"
    assert "Cannot connect directly" in found[API_HOST].detail
    assert found[CLOCK].status == "warning"
    assert "did not answer" in found[CLOCK].detail
    assert found[KEYRING].status == found[PORT].status == found[CERTIFICATE].status == "ok"


async def test_silent_hosts_time_out_and_are_asked_at_the_same_time(tmp_path: Path) -> None:
    # A listening socket that never answers: the TCP handshake succeeds, no HTTP reply comes.
    with socket.socket() as silent:
        silent.bind(("127.0.0.1", 0))
        silent.listen(8)
        base = f"http://127.0.0.1:{silent.getsockname()[1]}"
        endpoints = Endpoints(app_base=base, api_base=base, overridden=True)
        started = time.perf_counter()
        found = _by_name(
            await run_diagnostics(
                endpoints, _free_port(), tmp_path, SecretStore(), host_timeout=0.8
            )
        )
        elapsed = time.perf_counter() - started

    assert found[APP_HOST].status == found[API_HOST].status == "problem"
    assert "No answer within 0.8 seconds" in found[API_HOST].detail
    assert elapsed < 1.5  # one after the other would take at least 1.6 s


async def test_an_occupied_port_is_a_problem(server: _Server, tmp_path: Path) -> None:
    with socket.socket() as holder:
        holder.bind(("127.0.0.1", 0))
        holder.listen(1)
        port = holder.getsockname()[1]
        found = _by_name(await run_diagnostics(_local(server), port, tmp_path, SecretStore()))

    assert found[PORT].status == "problem"
    assert f"Port {port}" in found[PORT].detail
    assert "in use" in found[PORT].detail
    # Released again: diagnostics must not keep the port it tried.
    found = _by_name(await run_diagnostics(_local(server), port, tmp_path, SecretStore()))
    assert found[PORT].status == "ok"


async def test_the_port_check_explains_a_refusal_as_the_listener_does(
    server: _Server, tmp_path: Path
) -> None:
    with socket.socket() as holder:
        holder.bind(("127.0.0.1", 0))
        holder.listen(1)
        port = holder.getsockname()[1]
        found = _by_name(await run_diagnostics(_local(server), port, tmp_path, SecretStore()))
        with pytest.raises(ListenerError) as caught:
            await CallbackListener(port=port, expected_state="s", tls=None).start()
    assert found[PORT].detail == caught.value.for_people()


async def test_memory_only_keyring_is_a_warning(server: _Server, tmp_path: Path) -> None:
    # The autouse keyring fixture puts the previous backend back afterwards.
    keyring.set_keyring(fail.Keyring())
    found = _by_name(await run_diagnostics(_local(server), _free_port(), tmp_path, SecretStore()))

    assert found[KEYRING].status == "warning"
    assert "memory" in found[KEYRING].detail


class _BrokenStore:
    @property
    def backend_name(self) -> str:
        raise RuntimeError("the keyring module exploded")

    @property
    def persistent(self) -> bool:
        return True


async def test_a_crashing_check_is_reported_and_the_others_still_run(
    server: _Server, tmp_path: Path
) -> None:
    results = await run_diagnostics(_local(server), _free_port(), tmp_path, _BrokenStore())

    found = _by_name(results)
    assert found[KEYRING].status == "problem"
    assert "exploded" in found[KEYRING].detail
    assert len(results) == 6
    assert [r.status for r in results[1:]] == ["ok"] * 5


@pytest.mark.parametrize(
    ("made_days_ago", "status", "phrase"),
    [(0, "ok", "Valid until"), (380, "warning", "expires on"), (400, "warning", "expired on")],
)
async def test_certificate_status(
    server: _Server, tmp_path: Path, made_days_ago: int, status: str, phrase: str
) -> None:
    info = ensure_certificate(tmp_path, now=datetime.now(UTC) - timedelta(days=made_days_ago))
    certificate = _by_name(
        await run_diagnostics(_local(server), _free_port(), tmp_path, SecretStore())
    )[CERTIFICATE]

    assert certificate.status == status, certificate
    assert phrase in certificate.detail
    assert info.not_after.strftime("%Y-%m-%d") in certificate.detail


async def test_a_damaged_certificate_is_a_warning(server: _Server, tmp_path: Path) -> None:
    (tmp_path / CERT_FILE).write_text("not a certificate")
    (tmp_path / KEY_FILE).write_text("not a key")
    certificate = _by_name(
        await run_diagnostics(_local(server), _free_port(), tmp_path, SecretStore())
    )[CERTIFICATE]

    assert certificate.status == "warning"
    assert "cannot be used" in certificate.detail


async def test_hosts_are_reached_through_the_system_proxy(
    server: _Server, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for name in ("no_proxy", "NO_PROXY", "all_proxy", "ALL_PROXY", "HTTP_PROXY"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("http_proxy", _base(server))
    endpoints = Endpoints(
        app_base="http://app.intercom.invalid", api_base="http://api.intercom.invalid"
    )

    found = _by_name(await run_diagnostics(endpoints, _free_port(), tmp_path, SecretStore()))

    assert found[APP_HOST].status == found[API_HOST].status == found[CLOCK].status == "ok"
    assert f"through the proxy {_base(server)}" in found[API_HOST].detail
    assert sorted(server.seen) == ["http://api.intercom.invalid/", "http://app.intercom.invalid/"]
