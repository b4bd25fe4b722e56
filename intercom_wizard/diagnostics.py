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
from typing import Literal, Protocol
from urllib.parse import urlsplit

import httpx

from intercom_wizard.consent.certificate import (
    CERT_FILE,
    KEY_FILE,
    RENEW_WITHIN_DAYS,
    certificate_status,
)
from intercom_wizard.consent.ports import LOOPBACK, bind_loopback
from intercom_wizard.errors import ListenerError, causes
from intercom_wizard.i18n import N_, _, ngettext
from intercom_wizard.intercom.client import USER_AGENT
from intercom_wizard.intercom.proxy import async_client, system_proxy_for
from intercom_wizard.intercom.regions import Endpoints
from intercom_wizard.localeformat import format_date, format_number
from intercom_wizard.logs import redact

Status = Literal["ok", "warning", "problem"]

DEFAULT_TIMEOUT = 5.0
CLOCK_TOLERANCE = timedelta(minutes=5)

# The checks' names, in English here and in the language of the moment on each result.
KEYRING = N_("Keyring")
PORT = N_("Local port")
CERTIFICATE = N_("Certificate")
APP_HOST = N_("Intercom app host")
API_HOST = N_("Intercom API host")
CLOCK = N_("Clock")


@dataclass(frozen=True)
class DiagnosticResult:
    name: str
    status: Status
    detail: str

    def __post_init__(self) -> None:
        # Each check passes its English name; the result carries it as people read it.
        object.__setattr__(self, "name", _(self.name))


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
            name,
            "problem",
            redact(
                _("This check could not run ({error}).").format(
                    error=f"{type(error).__name__}: {error}"
                )
            ),
        )


# --- keyring ----------------------------------------------------------------------------------


async def _check_keyring(store: KeyringInfo) -> DiagnosticResult:
    backend = store.backend_name
    if store.persistent:
        return DiagnosticResult(
            KEYRING,
            "ok",
            _("Secrets are kept in the system keyring ({backend}).").format(backend=backend),
        )
    return DiagnosticResult(
        KEYRING,
        "warning",
        _(
            "No usable system keyring ({backend}): the client secret is kept in memory for this "
            "session only and must be entered again after a restart."
        ).format(backend=backend),
    )


# --- local port ---------------------------------------------------------------------------------


async def _check_port(port: int) -> DiagnosticResult:
    # Bound exactly as the consent listener binds, so the answer is the one it would get.
    # Binding is immediate, so it runs here rather than on a thread.
    try:
        bind_loopback(port).close()
    except ListenerError as error:
        return DiagnosticResult(PORT, "problem", error.for_people())
    return DiagnosticResult(
        PORT,
        "ok",
        _("Port {port} on {address} is free for the consent test.").format(
            port=port, address=LOOPBACK
        ),
    )


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
                _(
                    "The certificate in {folder} cannot be used (damaged or incomplete). A new "
                    "one is made at the next consent test; the browser will warn about it once."
                ).format(folder=cert_dir),
            )
        return DiagnosticResult(
            CERTIFICATE,
            "ok",
            _("No certificate yet: one is made at the first consent test over HTTPS."),
        )
    until = format_date(info.not_after.astimezone(UTC).date())
    fingerprint = info.sha256_fingerprint[:23]
    if info.not_after <= moment:
        return DiagnosticResult(
            CERTIFICATE,
            "warning",
            _(
                "The certificate expired on {date}. A new one is made at the next consent test; "
                "the browser will warn about it once."
            ).format(date=until),
        )
    if info.not_after - moment <= timedelta(days=RENEW_WITHIN_DAYS):
        return DiagnosticResult(
            CERTIFICATE,
            "warning",
            _(
                "The certificate expires on {date}, so the next consent test replaces it and the "
                "browser will warn about the new one once."
            ).format(date=until),
        )
    return DiagnosticResult(
        CERTIFICATE,
        "ok",
        _("Valid until {date} (SHA-256 {fingerprint}…).").format(
            date=until, fingerprint=fingerprint
        ),
    )


# --- Intercom hosts ------------------------------------------------------------------------------


async def _check_host(
    name: str,
    base: str,
    limit: float,
    answer_out: asyncio.Future[_Answer | None] | None,
) -> DiagnosticResult:
    host = urlsplit(base).hostname or base
    label = f"{_(name)} ({host})"
    # The system proxy lookup can read the registry or system settings: off the event loop.
    proxy = await asyncio.to_thread(system_proxy_for, base)
    route = (
        _("through the proxy {proxy}").format(proxy=_proxy_label(proxy)) if proxy else _("directly")
    )
    started = time.perf_counter()
    sent = datetime.now(UTC)
    try:
        async with async_client(
            base, proxy, timeout=limit, headers={"User-Agent": f"{USER_AGENT} diagnostics"}
        ) as client:
            response = await client.get(f"{base}/")
    except httpx.TimeoutException:
        return DiagnosticResult(
            label,
            "problem",
            _("No answer within {seconds} seconds ({route}).").format(
                seconds=format_number(limit), route=route
            )
            + " "
            + _net_hint(proxy),
        )
    except httpx.ProxyError as error:
        return DiagnosticResult(
            label,
            "problem",
            _(
                "The proxy {proxy} refused the connection ({reason}). "
                "Check the proxy settings of this computer."
            ).format(proxy=_proxy_label(proxy), reason=_reason(error)),
        )
    except httpx.HTTPError as error:
        return DiagnosticResult(
            label,
            "problem",
            _("Cannot connect {route}: {reason}.").format(route=route, reason=_reason(error))
            + " "
            + _net_hint(proxy, error),
        )
    received = datetime.now(UTC)
    elapsed_ms = (time.perf_counter() - started) * 1000
    if answer_out is not None and not answer_out.done():
        answer_out.set_result(
            _Answer(response.status_code, response.headers.get("date"), sent, received)
        )
    return DiagnosticResult(
        label,
        "ok",
        _("Answered (HTTP {status}) in {milliseconds} ms, {route}.").format(
            status=response.status_code, milliseconds=format_number(round(elapsed_ms)), route=route
        ),
    )


def _proxy_label(proxy: str | None) -> str:
    # Only scheme, host and port: a proxy URL can carry a user name and password.
    if not proxy:
        return _("(none)")
    parts = urlsplit(proxy)
    port = f":{parts.port}" if parts.port else ""
    return f"{parts.scheme}://{parts.hostname or ''}{port}"


def _reason(error: BaseException) -> str:
    seen: list[str] = []
    for cause in causes(error, limit=4):
        text = str(cause).strip()
        if text and text not in seen:
            seen.append(text)
    return redact("; ".join(seen[-2:]) if seen else type(error).__name__)


def _net_hint(proxy: str | None, error: BaseException | None = None) -> str:
    reason = _reason(error).lower() if error is not None else ""
    if "certificate" in reason or "ssl" in reason:
        return _(
            "Something between this computer and Intercom replaced its certificate (often a "
            "company proxy or antivirus inspecting HTTPS); ask IT to allow Intercom's hosts."
        )
    if proxy:
        return _("Check that the proxy is reachable and allows Intercom's hosts.")
    return _("Check the internet connection, a firewall, or whether a proxy is required.")


# --- clock --------------------------------------------------------------------------------------


async def _check_clock(api_base: str, answer: asyncio.Future[_Answer | None]) -> DiagnosticResult:
    host = urlsplit(api_base).hostname or api_base
    got = await answer
    if got is None:
        return DiagnosticResult(
            CLOCK,
            "warning",
            _("Cannot compare this computer's clock: {host} did not answer.").format(host=host),
        )
    if not got.date:
        return DiagnosticResult(
            CLOCK,
            "warning",
            _("Cannot compare this computer's clock: {host} sent no Date header.").format(
                host=host
            ),
        )
    try:
        theirs = parsedate_to_datetime(got.date)
    except (TypeError, ValueError):
        theirs = None
    if theirs is None or theirs.tzinfo is None:
        return DiagnosticResult(
            CLOCK,
            "warning",
            _(
                "Cannot compare this computer's clock: {host} sent an unreadable Date header."
            ).format(host=host),
        )
    # The server stamped its answer somewhere between sending and receiving; take the middle.
    ours = got.sent + (got.received - got.sent) / 2
    offset = ours - theirs
    seconds = abs(offset.total_seconds())
    if abs(offset) > CLOCK_TOLERANCE:
        message = (
            _(
                "This computer's clock is {duration} ahead of {host}. Set the clock to update "
                "automatically: a wrong clock makes certificates look invalid."
            )
            if offset.total_seconds() > 0
            else _(
                "This computer's clock is {duration} behind {host}. Set the clock to update "
                "automatically: a wrong clock makes certificates look invalid."
            )
        )
        return DiagnosticResult(
            CLOCK, "warning", message.format(duration=_duration(seconds), host=host)
        )
    return DiagnosticResult(
        CLOCK,
        "ok",
        _("This computer's clock agrees with {host} (within {seconds} s).").format(
            host=host, seconds=format_number(max(1, round(seconds)))
        ),
    )


def _duration(seconds: float) -> str:
    minutes = round(seconds / 60)
    if minutes < 120:
        return ngettext("about {n} minute", "about {n} minutes", minutes).format(n=minutes)
    hours = round(seconds / 3600)
    if hours < 48:
        return ngettext("about {n} hour", "about {n} hours", hours).format(n=hours)
    days = round(seconds / 86400)
    return ngettext("about {n} day", "about {n} days", days).format(n=format_number(days))
