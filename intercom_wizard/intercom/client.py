"""The async Intercom client: code exchange, who-am-I, permission probes and revoke.

Every failure leaves here as one of the wizard's own errors with a sentence a person can act
on. The authorization code, the client secret and the token never appear in any of them.
"""

from __future__ import annotations

import asyncio
import ssl
import time
from collections.abc import Awaitable, Iterable
from dataclasses import dataclass
from functools import cache
from types import TracebackType
from typing import Any, TypeVar
from urllib.parse import urlsplit

import httpx

from intercom_wizard import __version__
from intercom_wizard.errors import (
    ExchangeFailure,
    InputError,
    IntercomAPIError,
    NetworkError,
    TokenExchangeError,
    TokenRejected,
    causes,
)
from intercom_wizard.i18n import N_, _
from intercom_wizard.intercom.answers import VERSION_HEADER, Answer, read_answer
from intercom_wizard.intercom.app_credentials import (
    WHERE_TO_COPY,
    check_client_id,
    check_client_secret,
)
from intercom_wizard.intercom.permissions import WHERE_TO_TICK, PermissionKey, ProbeResult
from intercom_wizard.intercom.probes import PROBE_API_VERSION, PROBES, combine, judge
from intercom_wizard.intercom.proxy import async_client, system_proxy_for
from intercom_wizard.intercom.regions import API_URL_VARIABLE, Endpoints
from intercom_wizard.localeformat import format_number

USER_AGENT = f"intercom-wizard/{__version__}"
_DEFAULT_RATE_LIMIT_WAIT = 1.0  # when a 429 does not say when the window resets
_RETRY_AGAIN = N_("Run the consent test again: each authorization code works only once.")
_T = TypeVar("_T")


@cache
def shared_tls_context() -> ssl.SSLContext:
    """The TLS settings for talking to Intercom, made once per process.

    Building them loads the CA bundle, which takes tens of milliseconds; made per client, that
    happened on the event loop in the middle of a consent test. ``warmup`` makes it early, on a
    worker thread. It honours ``SSL_CERT_FILE`` and ``SSL_CERT_DIR`` as httpx itself would.
    """
    return httpx.create_ssl_context(trust_env=True)


@dataclass(frozen=True)
class Workspace:
    name: str | None
    id_code: str | None
    region: str | None


@dataclass(frozen=True)
class Admin:
    name: str | None
    email: str | None


@dataclass(frozen=True)
class MeInfo:
    workspace: Workspace
    admin: Admin
    served_version: str | None
    request_id: str | None


class IntercomClient:
    """Talks to one Intercom API base (a region's, or an override's)."""

    def __init__(
        self,
        endpoints: Endpoints,
        *,
        transport: httpx.AsyncBaseTransport | None = None,
        timeout: float = 15.0,
        max_rate_limit_wait: float = 10.0,
    ) -> None:
        self.endpoints = endpoints
        self.max_rate_limit_wait = max_rate_limit_wait
        self._timeout = timeout
        # A given transport (tests) is used as is; otherwise the system's proxy settings apply.
        self.proxy = None if transport is not None else system_proxy_for(endpoints.api_base)
        self._http = self._make_http(transport)

    def _make_http(self, transport: httpx.AsyncBaseTransport | None) -> httpx.AsyncClient:
        return async_client(
            self.endpoints.api_base,
            self.proxy,
            timeout=self._timeout,
            headers={"Accept": "application/json", "User-Agent": USER_AGENT},
            transport=transport,
            verify=shared_tls_context() if transport is None else True,
        )

    def __repr__(self) -> str:
        return f"IntercomClient(api_base={self.endpoints.api_base!r}, proxy={self.proxy!r})"

    async def __aenter__(self) -> IntercomClient:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.aclose()

    async def aclose(self) -> None:
        await self._http.aclose()

    # --- the code exchange -----------------------------------------------------------------

    async def exchange_code(self, *, code: str, client_id: str, client_secret: str) -> str:
        """Trade an authorization code for an access token.

        Sent exactly once: a code is single-use, so after any answer from the server (or a
        request that may have reached it) a retry could only fail and hide the real reason.
        """
        if not code.strip():
            raise InputError(_("The authorization code is empty."), hint=_(_RETRY_AGAIN))
        client_id = check_client_id(client_id)
        client_secret = check_client_secret(client_secret)
        hide = (code, client_secret)
        url = self.endpoints.token_url
        try:
            response = await self._http.post(
                url, data={"code": code, "client_id": client_id, "client_secret": client_secret}
            )
        except httpx.HTTPError as exc:
            raise self._network_error(exc, url, during_exchange=True) from None
        answer = read_answer(response, hide=hide)
        if answer.ok:
            token = _token_from(answer.body)
            if token is not None:
                return token
            raise TokenExchangeError(
                _("Intercom answered the token exchange ({status}) without a token.").format(
                    status=answer.status
                ),
                reason=ExchangeFailure.UNEXPECTED,
                status=answer.status,
                request_id=answer.request_id,
                hint=self._stand_in_hint() + _(_RETRY_AGAIN),
            )
        raise self._exchange_refusal(answer)

    def _exchange_refusal(self, answer: Answer) -> TokenExchangeError:
        said = answer.describe()
        again = _(_RETRY_AGAIN)
        words = f"{answer.error_code or ''} {answer.error_message or ''}".lower()
        region = self._region_hint()
        status = answer.status

        def refusal(reason: ExchangeFailure, message: str, hint: str) -> TokenExchangeError:
            return TokenExchangeError(
                message, reason=reason, status=status, request_id=answer.request_id, hint=hint
            )

        if status == 404:
            return refusal(
                ExchangeFailure.WRONG_REGION,
                _("Intercom's token address was not found ({said}).").format(said=said),
                region + " " + _("Then run the consent test again."),
            )
        if status == 429:
            return refusal(
                ExchangeFailure.UNEXPECTED,
                _("Intercom refused the token exchange because of its rate limit ({said}).").format(
                    said=said
                ),
                _("Wait a minute.") + " " + again,
            )
        if status >= 500:
            return refusal(
                ExchangeFailure.UNEXPECTED,
                _("The token exchange failed on Intercom's side ({said}).").format(said=said),
                self._stand_in_hint() + _("Wait a minute.") + " " + again,
            )
        if answer.has_content and not answer.is_json:
            return refusal(
                ExchangeFailure.UNEXPECTED,
                _("The token exchange got an answer that is not Intercom's ({said}).").format(
                    said=said
                ),
                self._stand_in_hint()
                + _("A proxy, firewall or captive portal may be in the way; check the network.")
                + " "
                + again,
            )
        if status in (400, 401, 403):
            if "client" in words or "secret" in words:
                return refusal(
                    ExchangeFailure.WRONG_CREDENTIALS,
                    _("Intercom did not accept the Client ID and Client Secret ({said}).").format(
                        said=said
                    ),
                    _(
                        "Copy both again from the {where} (the secret may have been regenerated)."
                    ).format(where=WHERE_TO_COPY)
                    + f" {region} {again}",
                )
            if "code" in words or "grant" in words or "expired" in words:
                return refusal(
                    ExchangeFailure.CODE_REJECTED,
                    _("Intercom did not accept the authorization code ({said}).").format(said=said),
                    _(
                        "Codes expire after about five minutes and work only once; run the "
                        "consent test again and finish it promptly. If a pasted address was "
                        "used, paste it whole (the code may end in '=')."
                    )
                    + f" {region}",
                )
            return refusal(
                ExchangeFailure.WRONG_CREDENTIALS,
                _("Intercom refused the token exchange ({said}) without saying why.").format(
                    said=said
                ),
                _("Check the Client ID and Client Secret against the {where}.").format(
                    where=WHERE_TO_COPY
                )
                + f" {region} {again}",
            )
        return refusal(
            ExchangeFailure.UNEXPECTED,
            _("Intercom answered the token exchange unexpectedly ({said}).").format(said=said),
            self._stand_in_hint() + again,
        )

    # --- API calls with a token ------------------------------------------------------------

    async def me(self, token: str) -> MeInfo:
        """Who the token belongs to, and the API version Intercom served (app's own version).

        Sent without ``Intercom-Version`` so that the answer's header names the version set
        on the app; that header is undocumented, so None means "could not tell".
        """
        response, answer = await self._api(token, "GET", "/me")
        if not answer.ok:
            if answer.status == 403:
                raise _api_error(
                    answer,
                    _("Intercom would not say which workspace the token belongs to ({said})."),
                    _(
                        "Some apps need “Read one admin” for this: tick it under {where}, "
                        "save, and run the consent test again."
                    ).format(where=WHERE_TO_TICK),
                )
            raise _api_error(
                answer,
                _("Intercom could not say which workspace the token belongs to ({said})."),
                self._stand_in_hint() + _("Try again in a minute."),
            )
        body = answer.body
        if not isinstance(body, dict):
            raise _api_error(
                answer,
                _("Intercom's answer about the token's workspace was not readable ({said})."),
                self._stand_in_hint() + _("Try again in a minute."),
            )
        app = body.get("app") if isinstance(body.get("app"), dict) else {}
        assert isinstance(app, dict)
        served = response.headers.get(VERSION_HEADER, "").strip() or None
        return MeInfo(
            workspace=Workspace(
                name=_text(app.get("name")),
                id_code=_text(app.get("id_code")),
                region=_text(app.get("region")),
            ),
            admin=Admin(name=_text(body.get("name")), email=_text(body.get("email"))),
            served_version=served,
            request_id=answer.request_id,
        )

    async def probe(self, token: str, key: PermissionKey) -> ProbeResult:
        """Check one required permission (see ``probes.py``); 401 raises TokenRejected."""
        calls = PROBES[key]

        async def one(index: int) -> ProbeResult:
            call = calls[index]
            _response, answer = await self._api(
                token,
                call.method,
                call.concrete_path(),
                json_body=call.json_body,
                version=PROBE_API_VERSION,
                # A probe still limited after one wait is reported as unknown, not fatal.
                raise_when_rate_limited=False,
            )
            return judge(key, call, answer)

        results = await _first_failure_cancels([one(i) for i in range(len(calls))])
        return combine(key, results)

    async def probe_all(self, token: str) -> dict[PermissionKey, ProbeResult]:
        """Every required permission, checked concurrently."""
        keys = list(PROBES)
        results = await _first_failure_cancels([self.probe(token, key) for key in keys])
        return dict(zip(keys, results, strict=True))

    async def revoke(self, token: str) -> None:
        """Uninstall the app from the token's workspace (Intercom's only way to revoke)."""
        _response, answer = await self._api(token, "POST", "/auth/uninstall")
        if not answer.ok:
            raise _api_error(
                answer,
                _("Intercom did not revoke the token ({said})."),
                _("It can also be removed in Intercom under {where}.").format(
                    where="Settings > Apps > Installed apps"
                ),
            )

    async def _api(
        self,
        token: str,
        method: str,
        path: str,
        *,
        json_body: dict[str, Any] | None = None,
        version: str | None = None,
        raise_when_rate_limited: bool = True,
    ) -> tuple[httpx.Response, Answer]:
        """One API call; 401 raises, one 429 is waited out, every other answer is returned."""
        url = self.endpoints.api_url(path)
        headers = {"Authorization": f"Bearer {token}"}
        if version is not None:
            headers["Intercom-Version"] = version
        hide = (token,)
        retried = False
        while True:
            try:
                response = await self._http.request(method, url, headers=headers, json=json_body)
            except httpx.HTTPError as exc:
                raise self._network_error(exc, url) from None
            answer = read_answer(response, hide=hide)
            if answer.status == 429 and not retried:
                wait = self._rate_limit_wait(response)
                if wait is not None:
                    retried = True
                    await asyncio.sleep(wait)
                    continue
            break
        if answer.status == 401:
            raise _api_error(
                answer,
                _("Intercom refused the access token ({said})."),
                _(
                    "The token may have been revoked or the app uninstalled; run the consent "
                    "test again for a fresh one."
                )
                + " "
                + self._region_hint(),
                cls=TokenRejected,
            )
        if answer.status == 429 and raise_when_rate_limited:
            raise _api_error(
                answer,
                _("Intercom's rate limit for this app or workspace is used up ({said})."),
                _("Wait a minute and check again."),
            )
        return response, answer

    def _rate_limit_wait(self, response: httpx.Response) -> float | None:
        """Seconds until the rate-limit window resets, or None if longer than we may wait."""
        wait = min(_DEFAULT_RATE_LIMIT_WAIT, self.max_rate_limit_wait)
        reset = _number(response.headers.get("X-RateLimit-Reset"))
        retry_after = _number(response.headers.get("Retry-After"))
        if reset is not None:
            wait = reset - time.time()
        elif retry_after is not None:
            wait = retry_after
        wait = max(0.0, wait)
        return wait if wait <= self.max_rate_limit_wait else None

    # --- hints -----------------------------------------------------------------------------

    def _region_hint(self) -> str:
        if self.endpoints.overridden:
            return _("Also check that {variable} ({url}) points at the right server.").format(
                variable=API_URL_VARIABLE, url=self.endpoints.api_base
            )
        return _(
            "Check the region matches your workspace: a workspace hosted in Europe or "
            "Australia only answers on its own region's address."
        )

    def _stand_in_hint(self) -> str:
        if self.endpoints.overridden:
            return (
                _("{variable} points at {url}; check that server.").format(
                    variable=API_URL_VARIABLE, url=self.endpoints.api_base
                )
                + " "
            )
        return ""

    def _network_error(
        self, exc: httpx.HTTPError, url: str, *, during_exchange: bool = False
    ) -> NetworkError:
        host = urlsplit(url).netloc
        reason = _reason(exc)
        via = " " + _("through the proxy {proxy}").format(proxy=self.proxy) if self.proxy else ""
        if isinstance(exc, httpx.TimeoutException) and not isinstance(exc, httpx.ConnectTimeout):
            message = _("{host} did not answer within {seconds} seconds{via}.").format(
                host=host, seconds=format_number(self._timeout), via=via
            )
        elif isinstance(exc, httpx.ProxyError):
            message = _("The proxy {proxy} refused the connection to {host} ({reason}).").format(
                proxy=self.proxy or "", host=host, reason=reason
            )
        elif isinstance(exc, httpx.ConnectError | httpx.ConnectTimeout):
            message = _("Could not connect to {host}{via} ({reason}).").format(
                host=host, via=via, reason=reason
            )
        else:
            message = _(
                "The connection to {host} broke before Intercom answered ({reason})."
            ).format(host=host, reason=reason)
        hints = []
        if _looks_like_certificate_problem(exc):
            hints.append(
                _(
                    "Something on this network presented an untrusted certificate for Intercom: "
                    "a company proxy or security software may be inspecting HTTPS."
                )
            )
        elif _looks_like_name_problem(exc):
            hints.append(
                _("The name {host} could not be looked up.").format(host=host)
                + " "
                + self._region_hint()
            )
        else:
            hints.append(_("Check the internet connection, and any proxy or firewall settings."))
        if during_exchange:
            hints.append(
                _(
                    "The code may already have been used, so run the consent test again "
                    "once Intercom is reachable."
                )
            )
        return NetworkError(message, hint=" ".join(hints))


def _api_error(
    answer: Answer,
    template: str,
    hint: str,
    *,
    cls: type[IntercomAPIError] = IntercomAPIError,
) -> IntercomAPIError:
    return cls(
        template.format(said=answer.describe()),
        status=answer.status,
        code=answer.error_code,
        request_id=answer.request_id,
        hint=hint,
    )


async def _first_failure_cancels(awaitables: Iterable[Awaitable[_T]]) -> list[_T]:
    """Run concurrently; the first error cancels the rest and is raised as is."""
    tasks = [asyncio.ensure_future(a) for a in awaitables]
    try:
        done, _ = await asyncio.wait(tasks, return_when=asyncio.FIRST_EXCEPTION)
        for task in done:
            if not task.cancelled() and task.exception() is not None:
                raise task.exception()  # type: ignore[misc]
        return [task.result() for task in tasks]
    finally:
        for task in tasks:
            if not task.done():
                task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)


def _token_from(body: Any) -> str | None:
    if isinstance(body, dict):
        for field in ("access_token", "token"):
            value = body.get(field)
            if isinstance(value, str) and value.strip():
                return value.strip()
    return None


def _text(value: Any) -> str | None:
    return value.strip() if isinstance(value, str) and value.strip() else None


def _number(value: str | None) -> float | None:
    try:
        return float(value) if value is not None else None
    except ValueError:
        return None


def _reason(exc: BaseException) -> str:
    text = str(exc).strip() or type(exc).__name__
    return text[:200]


def _looks_like_certificate_problem(exc: BaseException) -> bool:
    return any(
        isinstance(e, ssl.SSLCertVerificationError) or "CERTIFICATE_VERIFY_FAILED" in str(e)
        for e in causes(exc)
    )


def _looks_like_name_problem(exc: BaseException) -> bool:
    markers = ("name or service not known", "nodename nor servname", "getaddrinfo", "11001")
    return any(any(m in str(e).lower() for m in markers) for e in causes(exc))
