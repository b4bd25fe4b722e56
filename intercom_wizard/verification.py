"""One consent test from start to verdict, shared by the wizard and ``intercom-wizard verify``.

``start()`` opens the local listener before anyone sees the authorize URL. ``finish()`` waits
for the browser's redirect (or an address the user pasted), exchanges the code once, asks
Intercom who the token belongs to, which permissions hold and which API version answers, and
only then answers the browser, so the page there tells the truth. The port is released on
every way out: success, failure, timeout, cancel.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from contextlib import suppress
from dataclasses import dataclass, field
from datetime import UTC, datetime
from enum import StrEnum
from typing import Any

from intercom_wizard.consent.certificate import ensure_certificate, server_ssl_context
from intercom_wizard.consent.listener import (
    Callback,
    CallbackListener,
    ListenerEvent,
    ListenerEventKind,
)
from intercom_wizard.consent.pages import failure_page, success_page
from intercom_wizard.consent.redirect import parse_pasted
from intercom_wizard.consent.state import new_state
from intercom_wizard.errors import (
    CONSENT_TIMEOUT,
    ConsentCancelled,
    ConsentDeclined,
    ConsentTimeout,
    InputError,
    IntercomAPIError,
    TokenRejected,
    WizardError,
)
from intercom_wizard.findings import Finding, findings
from intercom_wizard.i18n import _
from intercom_wizard.intercom.app_credentials import check_client_id, check_client_secret
from intercom_wizard.intercom.authorize import authorize_url
from intercom_wizard.intercom.client import Admin, IntercomClient, MeInfo, Workspace
from intercom_wizard.intercom.permissions import PermissionKey, ProbeResult
from intercom_wizard.intercom.regions import Endpoints, Region
from intercom_wizard.intercom.versions import ApiVersion
from intercom_wizard.localeformat import format_number
from intercom_wizard.logs import register_secret
from intercom_wizard.paths import certificate_dir
from intercom_wizard.secrets import SecretKind, SecretStore, StorageKind
from intercom_wizard.session import loopback_redirect_uri

_log = logging.getLogger(__name__)


class RunEventKind(StrEnum):
    LISTENING = "listening"
    BROWSER_OPENED = "browser-opened"
    BROWSER_CONNECTED = "browser-connected"
    CERTIFICATE_REJECTED = "certificate-rejected"
    WRONG_STATE = "wrong-state"
    CODE_RECEIVED = "code-received"
    DECLINED = "declined"
    EXCHANGING = "exchanging"
    CHECKING = "checking"
    DONE = "done"
    FAILED = "failed"


@dataclass(frozen=True)
class RunEvent:
    kind: RunEventKind
    detail: str = ""


@dataclass(frozen=True)
class VersionCheck:
    detected: str | None
    source: str  # "response-header" or "unknown"
    selected: str | None
    matches: bool | None

    @classmethod
    def compare(cls, served: str | None, selected: ApiVersion | None) -> VersionCheck:
        detected = served.strip() if served and served.strip() else None
        if detected:
            # An unknown version is still worth showing as Intercom said it.
            with suppress(InputError):
                detected = ApiVersion.parse(detected).name
        chosen = selected.name if selected else None
        matches = detected == chosen if detected and chosen else None
        return cls(detected, "response-header" if detected else "unknown", chosen, matches)


@dataclass(frozen=True)
class VerificationResult:
    """What a consent test proved. Holds no secret."""

    region: Region
    redirect_uri: str
    workspace: Workspace | None
    admin: Admin | None
    api_version: VersionCheck
    permissions: dict[PermissionKey, ProbeResult]
    token_stored: StorageKind | None
    checked_at: datetime = field(default_factory=lambda: datetime.now(UTC))
    # Why the workspace could not be read, when Intercom refused to say (the rest still holds).
    workspace_problem: str | None = None

    @property
    def findings(self) -> list[Finding]:
        """What this result found wrong or could not prove (see ``findings.py``)."""
        return findings(self)

    @property
    def problems(self) -> list[str]:
        return [finding.message for finding in self.findings]

    @property
    def ok(self) -> bool:
        return not self.findings


class VerificationRun:
    """One consent test. Create, ``await start()``, show the URL, ``await finish()``."""

    def __init__(
        self,
        *,
        endpoints: Endpoints,
        region: Region = Region.US,
        client_id: str,
        client_secret: str,
        port: int,
        use_tls: bool,
        selected_version: ApiVersion | None,
        store: SecretStore | None = None,
        timeout: float = CONSENT_TIMEOUT,
        on_event: Callable[[RunEvent], None] | None = None,
    ) -> None:
        self._client_id = check_client_id(client_id)
        self._client_secret = check_client_secret(client_secret)
        register_secret(self._client_secret)
        self._endpoints = endpoints
        self._region = region
        self._port = port
        self._use_tls = use_tls
        self._selected = selected_version
        self._store = store
        self._timeout = timeout
        self._on_event = on_event
        self._state = new_state()
        self._listener: CallbackListener | None = None
        self._pasted: asyncio.Future[str] | None = None
        self._cancelled: asyncio.Event | None = None
        self._deadline = 0.0
        self._connected_once = False
        self.authorize_url = ""
        self.redirect_uri = loopback_redirect_uri(port, use_tls=use_tls)

    # --- the steps -----------------------------------------------------------------------

    async def start(self) -> str:
        """Open the local listener and return the authorize URL to show and open."""
        if self._listener is not None:
            return self.authorize_url
        loop = asyncio.get_running_loop()
        tls = None
        if self._use_tls:
            info = await asyncio.to_thread(ensure_certificate, certificate_dir())
            tls = server_ssl_context(info)
        listener = CallbackListener(
            port=self._port, expected_state=self._state, tls=tls, on_event=self._relay
        )
        await listener.start()
        self._listener = listener
        self._pasted = loop.create_future()
        self._cancelled = asyncio.Event()
        self._deadline = loop.time() + self._timeout
        self.redirect_uri = listener.redirect_uri
        self.authorize_url = authorize_url(
            self._endpoints,
            client_id=self._client_id,
            state=self._state,
            redirect_uri=self.redirect_uri,
        )
        self._emit(RunEventKind.LISTENING, self.redirect_uri)
        return self.authorize_url

    def deadline_remaining(self) -> float:
        if self._listener is None:
            return self._timeout
        return max(0.0, self._deadline - asyncio.get_running_loop().time())

    def submit_pasted(self, text: str) -> None:
        """Continue with the address the browser ended on, pasted by the user.

        Raises PastedAddressError when it holds no code or belongs to another attempt; the run
        keeps waiting then. A pasted refusal ends the run as declined.
        """
        if self._pasted is None or self._pasted.done():
            raise InputError(_("No consent test is waiting for an address right now."))
        try:
            code = parse_pasted(text, self._state)
        except ConsentDeclined as declined:
            self._pasted.set_exception(declined)
            return
        self._pasted.set_result(code)

    def note_browser_opened(self) -> None:
        self._emit(RunEventKind.BROWSER_OPENED)

    def cancel(self) -> None:
        """End the run: ``finish()`` raises ConsentCancelled and the port is released."""
        if self._cancelled is not None:
            self._cancelled.set()

    async def finish(self) -> VerificationResult:
        """Wait for consent, exchange the code, run the checks, answer the browser."""
        if self._listener is None:
            raise RuntimeError("start() must be awaited before finish()")
        try:
            code, callback = await self._wait_for_code()
            result = await self._exchange_and_check(code, callback)
        except WizardError as error:
            self._emit(RunEventKind.FAILED, error.message)
            raise
        finally:
            await self.close()
        self._emit(RunEventKind.DONE, "ok" if result.ok else "problems")
        return result

    async def close(self) -> None:
        """Release the port now (also done by ``finish`` on every way out)."""
        if self._listener is not None:
            await self._listener.close()

    # --- inside ----------------------------------------------------------------------------

    async def _wait_for_code(self) -> tuple[str, Callback | None]:
        assert self._listener is not None and self._pasted is not None
        assert self._cancelled is not None
        from_browser = asyncio.ensure_future(self._listener.next_callback())
        cancelled = asyncio.ensure_future(self._cancelled.wait())
        pasted = self._pasted
        waiters: set[asyncio.Future[Any]] = {from_browser, cancelled, pasted}
        try:
            done, _pending = await asyncio.wait(
                waiters,
                timeout=self.deadline_remaining(),
                return_when=asyncio.FIRST_COMPLETED,
            )
        finally:
            for waiter in (from_browser, cancelled):
                if not waiter.done():
                    waiter.cancel()
        if cancelled in done:
            raise ConsentCancelled(_("The consent test was cancelled."))
        if from_browser in done:
            callback = from_browser.result()
            if callback.declined or not callback.code:
                declined = callback.declined_error()
                await callback.respond(400, failure_page(declined.for_people()))
                raise declined
            self._emit(RunEventKind.CODE_RECEIVED)
            return callback.code, callback
        if pasted in done:
            try:
                code = pasted.result()
            except ConsentDeclined:
                self._emit(RunEventKind.DECLINED)
                raise
            self._emit(RunEventKind.CODE_RECEIVED, "pasted")
            return code, None
        raise ConsentTimeout(
            _("No answer from Intercom arrived within {seconds} seconds.").format(
                seconds=format_number(self._timeout, 0)
            ),
            hint=_(
                "Start the test again; if the browser showed an error, paste its address instead."
            ),
        )

    async def _exchange_and_check(self, code: str, callback: Callback | None) -> VerificationResult:
        try:
            async with IntercomClient(self._endpoints) as client:
                self._emit(RunEventKind.EXCHANGING)
                token = await client.exchange_code(
                    code=code, client_id=self._client_id, client_secret=self._client_secret
                )
                register_secret(token)
                self._emit(RunEventKind.CHECKING)
                (me, me_problem), permissions = await asyncio.gather(
                    self._who_am_i(client, token), client.probe_all(token)
                )
        except WizardError as error:
            if callback is not None:
                await callback.respond(502, failure_page(error.for_people()))
            raise
        except BaseException:
            if callback is not None:
                await callback.respond(500, failure_page(_("The check stopped unexpectedly.")))
            raise
        stored = None
        if self._store is not None:
            stored = await self._store.save(SecretKind.TEST_TOKEN, self._client_id, token)
        result = VerificationResult(
            region=self._region,
            redirect_uri=self.redirect_uri,
            workspace=me.workspace if me else None,
            admin=me.admin if me else None,
            api_version=VersionCheck.compare(me.served_version if me else None, self._selected),
            permissions=permissions,
            token_stored=stored,
            workspace_problem=me_problem,
        )
        if callback is not None:
            await callback.respond(*_browser_page(result))
        return result

    async def _who_am_i(
        self, client: IntercomClient, token: str
    ) -> tuple[MeInfo | None, str | None]:
        try:
            return await client.me(token), None
        except TokenRejected:
            raise
        except IntercomAPIError as error:
            # Some workspaces refuse /me without an extra permission; the probes still tell
            # the rest, so this shows up as a problem beside the results, not a failed test.
            _log.warning(
                "GET /me failed with status %s (request %s)", error.status, error.request_id
            )
            return None, error.for_people()

    def _relay(self, event: ListenerEvent) -> None:
        kinds = {
            ListenerEventKind.CONNECTION: RunEventKind.BROWSER_CONNECTED,
            ListenerEventKind.CERTIFICATE_REJECTED: RunEventKind.CERTIFICATE_REJECTED,
            ListenerEventKind.WRONG_STATE: RunEventKind.WRONG_STATE,
            ListenerEventKind.DECLINED: RunEventKind.DECLINED,
        }
        kind = kinds.get(event.kind)
        if kind is RunEventKind.BROWSER_CONNECTED:
            # Any local program can connect, hundreds of times: say it once, not per connection.
            if self._connected_once:
                return
            self._connected_once = True
        if kind is not None:
            self._emit(kind, event.detail)

    def _emit(self, kind: RunEventKind, detail: str = "") -> None:
        _log.info("consent test: %s %s", kind.value, detail)
        if self._on_event is not None:
            try:
                self._on_event(RunEvent(kind, detail))
            except Exception:  # a broken observer must not break the test itself
                _log.exception("event observer failed")


def _browser_page(result: VerificationResult) -> tuple[int, bytes]:
    workspace = result.workspace.name if result.workspace else None
    found = result.findings
    if not found:
        return 200, success_page(workspace)
    where = f" for {workspace}" if workspace else ""
    problems = " ".join(finding.message for finding in found)
    return 200, failure_page(
        f"Intercom accepted the authorization{where}, but the checks found problems: "
        f"{problems} Return to intercom-wizard to see what to change."
    )
