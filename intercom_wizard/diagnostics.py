"""Diagnostics: the quick checks a support person asks for first when a setup goes wrong.

Each check stands alone and reports ok, warning or problem with a sentence for people; one
check failing, or crashing, never stops the others. Network checks run concurrently with short
timeouts and go through the system proxy exactly as the real Intercom client does, so a proxy
that breaks the consent test breaks this check too.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from email.utils import parsedate_to_datetime
from pathlib import Path
from typing import Any, Literal, Protocol
from urllib.parse import urlsplit

import httpx

from intercom_wizard import __version__
from intercom_wizard.consent.certificate import (
    CERT_FILE,
    KEY_FILE,
    RENEW_WITHIN_DAYS,
    certificate_status,
)
from intercom_wizard.consent.ports import LOOPBACK, bind_loopback
from intercom_wizard.errors import ListenerError
from intercom_wizard.intercom.proxy import system_proxy_for
from intercom_wizard.intercom.regions import Endpoints
from intercom_wizard.logs import redact

Status = Literal["ok", "warning", "problem"]

DEFAULT_TIMEOUT = 5.0
CLOCK_TOLERANCE = timedelta(minutes=5)

KEYRING = "Keyring"
PORT = "Local port"
CERTIFICATE = "Certificate"
APP_HOST = "Intercom app host"
API_HOST = "Intercom API host"
CLOCK = "Clock"


@dataclass(frozen=True)
class DiagnosticResult:
    name: str
    status: Status
    detail: str


class KeyringInfo(Protocol):
    """What diagnostics reads from the secret store (a SecretStore fits)."""

    @property
    def backend_name(self) -> str: ...

    @property
    def persistent(self) -> bool: ...


@dataclass(frozen=True)
class _Answer:
    """One HTTP answer from a host, kept for the clock check."""

    status: int
    date: str | None
    sent: datetime
    received: datetime


async def run_diagnostics(
    endpoints: Endpoints,
    port: int,
    cert_dir: Path,
    store: KeyringInfo,
    *,
    host_timeout: float = DEFAULT_TIMEOUT,
) -> list[DiagnosticResult]:
    """Every check, in a fixed order: keyring, port, certificate, app host, API host, clock.

    ``host_timeout`` bounds each network request; the hosts are asked at the same time.
    """
    api_answer: asyncio.Future[_Answer | None] = asyncio.get_running_loop().create_future()

    async def api_host() -> DiagnosticResult:
        try:
            return await _check_host(API_HOST, endpoints.api_base, host_timeout, api_answer)
        finally:
            if not api_answer.done():
                api_answer.set_result(None)

    checks: list[tuple[str, Callable[[], Awaitable[DiagnosticResult]]]] = [
        (KEYRING, lambda: _check_keyring(store)),
        (PORT, lambda: _check_port(port)),
        (CERTIFICATE, lambda: _check_certificate(cert_dir)),
        (APP_HOST, lambda: _check_host(APP_HOST, endpoints.app_base, host_timeout, None)),
        (API_HOST, api_host),
        (CLOCK, lambda: _check_clock(endpoints.api_base, api_answer)),
    ]
    return list(await asyncio.gather(*(_guarded(name, check) for name, check in checks)))


async def _guarded(name: str, check: Callable[[], Awaitable[DiagnosticResult]]) -> DiagnosticResult:
    try:
        return await check()
    except Exception as error:  # a broken check is reported, never allowed to stop the others
        return DiagnosticResult(
            name, "problem", redact(f"This check could not run ({type(error).__name__}: {error}).")
        )


# --- keyring ----------------------------------------------------------------------------------


async def _check_keyring(store: KeyringInfo) -> DiagnosticResult:
    backend = store.backend_name
    if store.persistent:
        return DiagnosticResult(
            KEYRING, "ok", f"Secrets are kept in the system keyring ({backend})."
        )
    return DiagnosticResult(
        KEYRING,
        "warning",
        f"No usable system keyring ({backend}): the client secret is kept in memory for this "
        "session only and must be entered again after a restart.",
    )


# --- local port ---------------------------------------------------------------------------------


async def _check_port(port: int) -> DiagnosticResult:
    # Bound exactly as the consent listener binds, so the answer is the one it would get.
    # Binding is immediate, so it runs here rather than on a thread.
    try:
        bind_loopback(port).close()
    except ListenerError as error:
        return DiagnosticResult(PORT, "problem", error.for_people())
    return DiagnosticResult(PORT, "ok", f"Port {port} on {LOOPBACK} is free for the consent test.")


# --- certificate --------------------------------------------------------------------------------


async def _check_certificate(cert_dir: Path, now: datetime | None = None) -> DiagnosticResult:
    info = await asyncio.to_thread(certificate_status, cert_dir)
    moment = now or datetime.now(UTC)
    if info is None:
        present = await asyncio.to_thread(
            lambda: (cert_dir / CERT_FILE).exists() or (cert_dir / KEY_FILE).exists()
        )
        if present:
            return DiagnosticResult(
                CERTIFICATE,
                "warning",
                f"The certificate in {cert_dir} cannot be used (damaged or incomplete). A new "
                "one is made at the next consent test; the browser will warn about it once.",
            )
        return DiagnosticResult(
            CERTIFICATE,
            "ok",
            "No certificate yet: one is made at the first consent test over HTTPS.",
        )
    until = info.not_after.astimezone(UTC).strftime("%Y-%m-%d")
    fingerprint = info.sha256_fingerprint[:23]
    if info.not_after <= moment:
        return DiagnosticResult(
            CERTIFICATE,
            "warning",
            f"The certificate expired on {until}. A new one is made at the next consent test; "
            "the browser will warn about it once.",
        )
    if info.not_after - moment <= timedelta(days=RENEW_WITHIN_DAYS):
        return DiagnosticResult(
            CERTIFICATE,
            "warning",
            f"The certificate expires on {until}, so the next consent test replaces it and the "
            "browser will warn about the new one once.",
        )
    return DiagnosticResult(CERTIFICATE, "ok", f"Valid until {until} (SHA-256 {fingerprint}…).")


# --- Intercom hosts ------------------------------------------------------------------------------


async def _check_host(
    name: str,
    base: str,
    limit: float,
    answer_out: asyncio.Future[_Answer | None] | None,
) -> DiagnosticResult:
    host = urlsplit(base).hostname or base
    label = f"{name} ({host})"
    # The system proxy lookup can read the registry or system settings: off the event loop.
    proxy = await asyncio.to_thread(system_proxy_for, base)
    route = f"through the proxy {_proxy_label(proxy)}" if proxy else "directly"
    started = time.perf_counter()
    sent = datetime.now(UTC)
    try:
        async with _http_client(base, proxy, limit) as client:
            response = await client.get(f"{base}/")
    except httpx.TimeoutException:
        return DiagnosticResult(
            label, "problem", f"No answer within {limit:g} seconds ({route}). {_net_hint(proxy)}"
        )
    except httpx.ProxyError as error:
        return DiagnosticResult(
            label,
            "problem",
            f"The proxy {_proxy_label(proxy)} refused the connection ({_reason(error)}). "
            "Check the proxy settings of this computer.",
        )
    except httpx.HTTPError as error:
        return DiagnosticResult(
            label,
            "problem",
            f"Cannot connect {route}: {_reason(error)}. {_net_hint(proxy, error)}",
        )
    received = datetime.now(UTC)
    elapsed_ms = (time.perf_counter() - started) * 1000
    if answer_out is not None and not answer_out.done():
        answer_out.set_result(
            _Answer(response.status_code, response.headers.get("date"), sent, received)
        )
    return DiagnosticResult(
        label, "ok", f"Answered (HTTP {response.status_code}) in {elapsed_ms:.0f} ms, {route}."
    )


def _http_client(base: str, proxy: str | None, timeout: float) -> httpx.AsyncClient:
    # The same choices as the Intercom client: the system proxy when there is one, else direct
    # even if httpx would pick up an environment proxy on its own.
    options: dict[str, Any] = {
        "timeout": httpx.Timeout(timeout),
        "follow_redirects": False,
        "headers": {"User-Agent": f"intercom-wizard/{__version__} diagnostics"},
    }
    if proxy is not None:
        options["proxy"] = proxy
    else:
        options["mounts"] = {f"all://{urlsplit(base).hostname or ''}": None}
    try:
        return httpx.AsyncClient(trust_env=True, **options)
    except ImportError:  # a SOCKS proxy in the environment, which httpx cannot use here
        return httpx.AsyncClient(trust_env=False, **options)


def _proxy_label(proxy: str | None) -> str:
    # Only scheme, host and port: a proxy URL can carry a user name and password.
    if not proxy:
        return "(none)"
    parts = urlsplit(proxy)
    port = f":{parts.port}" if parts.port else ""
    return f"{parts.scheme}://{parts.hostname or ''}{port}"


def _reason(error: BaseException) -> str:
    seen: list[str] = []
    current: BaseException | None = error
    while current is not None and len(seen) < 4:
        text = str(current).strip()
        if text and text not in seen:
            seen.append(text)
        current = current.__cause__ or current.__context__
    return redact("; ".join(seen[-2:]) if seen else type(error).__name__)


def _net_hint(proxy: str | None, error: BaseException | None = None) -> str:
    reason = _reason(error).lower() if error is not None else ""
    if "certificate" in reason or "ssl" in reason:
        return (
            "Something between this computer and Intercom replaced its certificate (often a "
            "company proxy or antivirus inspecting HTTPS); ask IT to allow Intercom's hosts."
        )
    if proxy:
        return "Check that the proxy is reachable and allows Intercom's hosts."
    return "Check the internet connection, a firewall, or whether a proxy is required."


# --- clock --------------------------------------------------------------------------------------


async def _check_clock(api_base: str, answer: asyncio.Future[_Answer | None]) -> DiagnosticResult:
    host = urlsplit(api_base).hostname or api_base
    got = await answer
    if got is None:
        return DiagnosticResult(
            CLOCK,
            "warning",
            f"Cannot compare this computer's clock: {host} did not answer.",
        )
    if not got.date:
        return DiagnosticResult(
            CLOCK,
            "warning",
            f"Cannot compare this computer's clock: {host} sent no Date header.",
        )
    try:
        theirs = parsedate_to_datetime(got.date)
    except (TypeError, ValueError):
        theirs = None
    if theirs is None or theirs.tzinfo is None:
        return DiagnosticResult(
            CLOCK,
            "warning",
            f"Cannot compare this computer's clock: {host} sent an unreadable Date header.",
        )
    # The server stamped its answer somewhere between sending and receiving; take the middle.
    ours = got.sent + (got.received - got.sent) / 2
    offset = ours - theirs
    seconds = abs(offset.total_seconds())
    if abs(offset) > CLOCK_TOLERANCE:
        direction = "ahead of" if offset.total_seconds() > 0 else "behind"
        return DiagnosticResult(
            CLOCK,
            "warning",
            f"This computer's clock is {_duration(seconds)} {direction} {host}. Set the clock "
            "to update automatically: a wrong clock makes certificates look invalid.",
        )
    return DiagnosticResult(
        CLOCK,
        "ok",
        f"This computer's clock agrees with {host} (within {max(1, round(seconds))} s).",
    )


def _duration(seconds: float) -> str:
    minutes = round(seconds / 60)
    if minutes < 120:
        return f"about {minutes} minutes"
    hours = round(seconds / 3600)
    if hours < 48:
        return f"about {hours} hours"
    return f"about {round(seconds / 86400)} days"
