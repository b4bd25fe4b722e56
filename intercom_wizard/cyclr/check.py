"""One check of the whole chain as Cyclr sees it, shared by the wizard and ``verify-cyclr``.

``start()`` gets an API token, picks or creates the test account, lists the Intercom
connectors, installs the chosen one, gets a sign-in token, opens the loopback listener and
returns the address of Cyclr's own sign-in page. ``finish()`` polls the account connector's
``Authenticated`` until it holds, the deadline passes or the check is cancelled, then cleans up
and says what it removed and what is left. The browser coming back only shortens the wait; the
verdict is always Cyclr's answer. Every step reports through ``on_event``, as the consent test
does, so a page can follow along.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from intercom_wizard.cyclr.client import CyclrClient
from intercom_wizard.cyclr.connectors import Connector, intercom_connectors
from intercom_wizard.cyclr.errors import CyclrCredentialsRefused, CyclrError, CyclrUnreachable
from intercom_wizard.cyclr.locations import CyclrEndpoints
from intercom_wizard.cyclr.return_listener import ReturnListener
from intercom_wizard.cyclr.verdicts import Verdict, explain
from intercom_wizard.errors import InputError, WizardError
from intercom_wizard.i18n import _
from intercom_wizard.intercom.versions import ApiVersion
from intercom_wizard.observers import tell
from intercom_wizard.secrets import SecretStore

_log = logging.getLogger(__name__)

ACCOUNT_NAME = "Intercom setup check"
CONNECTOR_NAME = "Intercom setup check"
DESCRIPTION = "Made by intercom-wizard to test the Intercom sign-in; it removes this itself."
SIGN_IN_USER = "intercom-wizard-setup-check"
DEFAULT_TIMEOUT = 300.0  # Cyclr's sign-in token lasts five minutes
POLL_SECONDS = 2.0
# [?] Cyclr is expected to store the token before it sends the browser to targetOrigin; the
# grace allows for it doing so a little later. Past it, "came back but not signed in" holds.
RETURN_GRACE_SECONDS = 10.0
DONE_GRACE_SECONDS = 4.0
CLEANUP_TIMEOUT = 20.0


def what_it_creates(account_id: str | None) -> str:
    """The plain statement, shown before anything is made, of what the check does in Cyclr."""
    if account_id:
        return _(
            "The check installs one Intercom connector named “{connector}” in your account "
            "{account}, and asks Cyclr for a sign-in as the user “{user}” (Cyclr adds that user "
            "to the account). It removes the connector when it is done."
        ).format(connector=CONNECTOR_NAME, account=account_id, user=SIGN_IN_USER)
    return _(
        "The check installs one Intercom connector named “{connector}” in a new account named "
        "“{account}”, which it deletes afterwards, and asks Cyclr for a sign-in as the user "
        "“{user}” (Cyclr adds that user to the account). It removes the connector when it is "
        "done."
    ).format(connector=CONNECTOR_NAME, account=ACCOUNT_NAME, user=SIGN_IN_USER)


class CheckEventKind(StrEnum):
    API_SIGNED_IN = "api-signed-in"
    ACCOUNT_READY = "account-ready"
    CONNECTORS_LISTED = "connectors-listed"
    INSTALLED = "installed"
    LISTENING = "listening"
    BROWSER_OPENED = "browser-opened"
    BROWSER_RETURNED = "browser-returned"
    WAITING = "waiting"
    CLEANING_UP = "cleaning-up"
    DONE = "done"
    FAILED = "failed"


@dataclass(frozen=True)
class CheckEvent:
    kind: CheckEventKind
    detail: str = ""


@dataclass(frozen=True)
class ConnectorChoice:
    connector: Connector
    matches: bool | None


@dataclass
class Cleanup:
    """What the check removed from Cyclr, and what it had to leave (with where)."""

    connector_removed: bool | None = None  # None: nothing was installed
    account_removed: bool | None = None  # None: the account was not the check's to remove
    removed: list[str] = field(default_factory=list)
    left: list[str] = field(default_factory=list)

    @property
    def complete(self) -> bool:
        return self.connector_removed is not False and self.account_removed is not False


@dataclass
class CyclrCheckResult:
    """What the check proved. Holds no secret."""

    cyclr_api: str
    verdict: Verdict
    message: str
    hint: str | None
    error_type: str | None = None
    error_exit: int | None = None  # an error's own exit code (bad input: 2), over the verdict's
    account_id: str | None = None
    account_created: bool = False
    connectors: list[ConnectorChoice] = field(default_factory=list)
    connector: ConnectorChoice | None = None
    authenticated: bool | None = None
    cleanup: Cleanup = field(default_factory=Cleanup)
    notes: list[str] = field(default_factory=list)

    @property
    def problems(self) -> list[str]:
        found: list[str] = []
        if self.verdict is Verdict.AUTHENTICATED and self.connector is not None:
            if self.connector.matches is False:
                found.append(
                    _(
                        "The connector “{name}” does not match the app's Intercom API version; "
                        "Cyclr signed in, but its calls may not fit the app."
                    ).format(name=self.connector.connector.name)
                )
            elif self.connector.matches is None:
                found.append(
                    _(
                        "Whether this connector matches the app's Intercom API version is not "
                        "known (give --api-version, or run the consent test first)."
                    )
                )
        if not self.cleanup.complete:
            found.append(
                _("The clean-up is incomplete: {left}").format(left=" ".join(self.cleanup.left))
            )
        return found

    @property
    def ok(self) -> bool:
        return self.verdict is Verdict.AUTHENTICATED and not self.problems

    @property
    def problem_message(self) -> str:
        """What went wrong, for people: the verdict's sentence unless it signed in, then the
        problems ("" when all is well)."""
        if self.ok:
            return ""
        message = self.message if self.verdict is not Verdict.AUTHENTICATED else ""
        return " ".join([message, *self.problems]).strip()

    @property
    def exit_code(self) -> int:
        if self.error_exit is not None:
            return self.error_exit
        code = self.verdict.exit_code
        return 1 if code == 0 and self.problems else code

    def to_json_dict(self) -> dict[str, Any]:
        """The shape ``verify-cyclr --json`` prints."""
        chosen = self.connector.connector if self.connector else None
        error = None
        if not self.ok:
            error = {
                "type": self.error_type or self.verdict.value,
                "message": self.problem_message,
                "hint": self.hint,
                "exit_code": self.exit_code,
            }
        return {
            "ok": self.ok,
            "cyclr_api": self.cyclr_api,
            "account": None
            if self.account_id is None
            else {"id": self.account_id, "created": self.account_created},
            "connectors": [
                {
                    "id": c.connector.id,
                    "name": c.connector.name,
                    "version": c.connector.version,
                    "matches": c.matches,
                }
                for c in self.connectors
            ],
            "connector": None
            if chosen is None
            else {"id": chosen.id, "name": chosen.name, "version": chosen.version},
            "authenticated": self.authenticated,
            "verdict": self.verdict.value,
            "cleanup": {
                "connector_removed": self.cleanup.connector_removed,
                "account_removed": self.cleanup.account_removed,
            },
            "error": error,
        }


class _Stop(Exception):
    """Ends the check early with a verdict (no connector, no match)."""

    def __init__(self, verdict: Verdict) -> None:
        super().__init__(verdict.value)
        self.verdict = verdict


class CyclrCheck:
    """One check. Create, ``await start()``, open the URL it returns, ``await finish()``."""

    def __init__(
        self,
        *,
        endpoints: CyclrEndpoints,
        client_id: str,
        client_secret: str,
        api_version: ApiVersion | None,
        account_id: str | None = None,
        connector_id: str | None = None,
        port: int = 0,
        timeout: float = DEFAULT_TIMEOUT,
        store: SecretStore | None = None,
        on_event: Callable[[CheckEvent], None] | None = None,
        poll_seconds: float = POLL_SECONDS,
        cleanup_timeout: float = CLEANUP_TIMEOUT,
    ) -> None:
        self._client = CyclrClient(
            endpoints, client_id=client_id, client_secret=client_secret, store=store
        )
        self._endpoints = endpoints
        self._version = api_version
        self._wanted_account = account_id.strip() if account_id else None
        self._wanted_connector = connector_id.strip() if connector_id else None
        self._port = port
        self._timeout = timeout
        self._on_event = on_event
        self._poll_seconds = poll_seconds
        self._cleanup_timeout = cleanup_timeout
        self._listener: ReturnListener | None = None
        self._done = asyncio.Event()
        self._cancelled = asyncio.Event()
        self._deadline = 0.0
        self._stopped: CyclrCheckResult | None = None
        self._result = CyclrCheckResult(
            cyclr_api=endpoints.api_base, verdict=Verdict.FAILED, message="", hint=None
        )
        self._account_connector: str | None = None
        self._started = False
        self.url = ""

    # --- the steps -----------------------------------------------------------------------

    @property
    def connectors(self) -> list[ConnectorChoice]:
        """The Intercom connectors listed so far, each with whether it matches the version."""
        return list(self._result.connectors)

    async def start(self) -> str | None:
        """Prepare everything in Cyclr and return the sign-in address to open.

        None means the check already has its verdict (credentials refused, no connector ...);
        ``finish()`` then only cleans up and returns it.
        """
        if self._started:
            return self.url or None
        self._started = True
        try:
            await self._prepare()
        except _Stop as stop:
            self._stopped = self._conclude(stop.verdict)
        except WizardError as error:
            self._stopped = self._from_error(error)
        except asyncio.CancelledError:
            self._stopped = self._conclude(Verdict.CANCELLED)
        return self.url or None

    def deadline_remaining(self) -> float:
        if not self.url:
            return self._timeout
        return max(0.0, self._deadline - asyncio.get_running_loop().time())

    def note_browser_opened(self) -> None:
        self._emit(CheckEventKind.BROWSER_OPENED)

    def done_in_browser(self) -> None:
        """The person says they finished in the browser: conclude after a short last look."""
        self._done.set()

    def cancel(self) -> None:
        self._cancelled.set()

    async def finish(self) -> CyclrCheckResult:
        """Wait for Cyclr's verdict, clean up, and return what was proved."""
        if not self._started:
            raise RuntimeError("start() must be awaited before finish()")
        try:
            result = self._stopped or await self._wait_for_sign_in()
        except WizardError as error:
            result = self._from_error(error)
        except asyncio.CancelledError:
            result = self._conclude(Verdict.CANCELLED)
        finally:
            if self._listener is not None:
                await self._listener.close()
        await self._clean_up_even_if_cancelled()
        await self._client.aclose()
        kind = (
            CheckEventKind.DONE
            if result.verdict is Verdict.AUTHENTICATED
            else (CheckEventKind.FAILED)
        )
        self._emit(kind, result.verdict.value)
        return result

    # --- inside ----------------------------------------------------------------------------

    async def _prepare(self) -> None:
        client = self._client
        await client.token()
        self._emit(CheckEventKind.API_SIGNED_IN, "cached" if client.token_from_cache else "new")
        await self._pick_account()
        assert self._result.account_id is not None
        account_id = self._result.account_id
        listed = intercom_connectors(await client.connectors(account_id))
        self._result.connectors = [ConnectorChoice(c, c.matches(self._version)) for c in listed]
        self._emit(CheckEventKind.CONNECTORS_LISTED, str(len(listed)))
        choice = self._choose()
        self._result.connector = choice
        connector_id = await client.install(
            account_id, choice.connector.id, name=CONNECTOR_NAME, description=DESCRIPTION
        )
        self._account_connector = connector_id
        self._emit(CheckEventKind.INSTALLED, connector_id)
        sign_in = await client.sign_in_token(account_id, SIGN_IN_USER)
        if not self._result.account_created:
            self._result.notes.append(
                _(
                    "Cyclr keeps the user “{user}” in account {account}; no documented call "
                    "removes it, so remove it in the Cyclr Console if you do not want it."
                ).format(user=SIGN_IN_USER, account=account_id)
            )
        listener = ReturnListener(port=self._port, on_return=self._returned)
        await listener.start()
        self._listener = listener
        # [?] What Cyclr appends to targetOrigin is unknown; the listener reads none of it.
        self.url = self._endpoints.oauth_page_url(
            account_connector_id=connector_id, sign_in_token=sign_in, target=listener.url
        )
        self._deadline = asyncio.get_running_loop().time() + self._timeout
        self._emit(CheckEventKind.LISTENING, listener.url)

    async def _pick_account(self) -> None:
        client = self._client
        if self._wanted_account:
            account = await client.account(self._wanted_account)
            if account is None:
                raise InputError(
                    _("Cyclr has no account with the API id {account}.").format(
                        account=self._wanted_account
                    ),
                    hint=_(
                        "Copy the account's API id from the Cyclr Console, or leave --account "
                        "out to let the check make its own."
                    ),
                )
            self._result.account_id = account.id
        else:
            created = await client.create_account(ACCOUNT_NAME, DESCRIPTION)
            self._result.account_id, self._result.account_created = created.id, True
        self._emit(CheckEventKind.ACCOUNT_READY, self._result.account_id)

    def _choose(self) -> ConnectorChoice:
        listed = self._result.connectors
        if self._wanted_connector:
            for choice in listed:
                if choice.connector.id == self._wanted_connector:
                    return choice
            raise InputError(
                _(
                    "{connector} is not one of the Intercom connectors Cyclr lists for this "
                    "account."
                ).format(connector=self._wanted_connector),
                hint=_("Run without --connector to see the list."),
            )
        if not listed:
            raise _Stop(Verdict.NO_INTERCOM_CONNECTOR)
        if self._version is not None:
            matching = [choice for choice in listed if choice.matches]
            if not matching:
                raise _Stop(Verdict.NO_MATCHING_CONNECTOR)
            return matching[0]
        if len(listed) == 1:
            return listed[0]  # the only one: tried, with no match claimed
        raise _Stop(Verdict.NO_MATCHING_CONNECTOR)

    async def _wait_for_sign_in(self) -> CyclrCheckResult:
        assert self._listener is not None and self._result.account_id is not None
        assert self._account_connector is not None
        loop = asyncio.get_running_loop()
        account, connector = self._result.account_id, self._account_connector
        last_look: float | None = None  # when the browser came back or the person said done
        while True:
            authenticated = await self._client.authenticated(account, connector)
            self._result.authenticated = authenticated
            if authenticated:
                return self._conclude(Verdict.AUTHENTICATED)
            now = loop.time()
            if self._cancelled.is_set():
                return self._conclude(Verdict.CANCELLED)
            if last_look is None and self._listener.returned.is_set():
                last_look = min(self._deadline, now + RETURN_GRACE_SECONDS)
            elif last_look is None and self._done.is_set():
                last_look = min(self._deadline, now + DONE_GRACE_SECONDS)
            if last_look is not None and now >= last_look:
                returned = self._listener.returned.is_set()
                return self._conclude(
                    Verdict.EXCHANGE_FAILED if returned else Verdict.REDIRECT_REFUSED
                )
            if now >= self._deadline:
                return self._conclude(Verdict.TIMED_OUT)
            self._emit(CheckEventKind.WAITING, f"{self._deadline - now:.0f}")
            await self._pause(
                min(self._poll_seconds, max(0.0, (last_look or self._deadline) - now))
            )

    async def _pause(self, seconds: float) -> None:
        """Sleep until the next look, waking early when something happens."""
        assert self._listener is not None
        wakers = [
            asyncio.ensure_future(event.wait())
            for event in (self._cancelled, self._done, self._listener.returned)
            if not event.is_set()
        ]
        try:
            if wakers:
                await asyncio.wait(wakers, timeout=seconds, return_when=asyncio.FIRST_COMPLETED)
            else:
                await asyncio.sleep(seconds)
        finally:
            for waker in wakers:
                waker.cancel()

    async def _clean_up_even_if_cancelled(self) -> None:
        """Clean up, and when the caller is cancelled meanwhile (the window closing, Ctrl+C),
        still wait for it before passing the cancellation on: the loop may end right after,
        and a clean-up cut off there would leave the test connector behind silently. Bounded:
        each clean-up call has its own limit."""
        cleanup = asyncio.ensure_future(self._clean_up())
        cancelled = False
        for _attempt in range(10):  # each cancellation while waiting costs one round
            try:
                await asyncio.shield(cleanup)
                break
            except asyncio.CancelledError:
                cancelled = True
                if cleanup.done():
                    break
        if cancelled:
            await self._client.aclose()
            raise asyncio.CancelledError

    async def _clean_up(self) -> None:
        cleanup = self._result.cleanup
        account = self._result.account_id
        if self._account_connector is not None and account is not None:
            self._emit(CheckEventKind.CLEANING_UP, "connector")
            where = {"name": CONNECTOR_NAME, "id": self._account_connector, "account": account}
            problem = await self._attempt(self._client.uninstall(account, self._account_connector))
            cleanup.connector_removed = problem is None
            if problem is None:
                cleanup.removed.append(
                    _("Removed the connector “{name}” ({id}) in account {account}.").format(**where)
                )
            else:
                cleanup.left.append(
                    _(
                        "Left the connector “{name}” ({id}) in account {account} ({problem}): "
                        "remove it in the Cyclr Console under Accounts."
                    ).format(**where, problem=problem)
                )
        if self._result.account_created and account is not None:
            self._emit(CheckEventKind.CLEANING_UP, "account")
            problem = await self._attempt(self._client.delete_account(account))
            cleanup.account_removed = problem is None
            if problem is None:
                cleanup.removed.append(
                    _("Deleted the account “{name}” ({id}).").format(name=ACCOUNT_NAME, id=account)
                )
            else:
                cleanup.left.append(
                    _(
                        "Left the account “{name}” ({id}) ({problem}): delete it in the Cyclr "
                        "Console under Accounts."
                    ).format(name=ACCOUNT_NAME, id=account, problem=problem)
                )

    async def _attempt(self, call: Any) -> str | None:
        """Run one clean-up call; None when it worked, else why not, for people."""
        try:
            async with asyncio.timeout(self._cleanup_timeout):
                await call
        except TimeoutError:
            return _("Cyclr did not answer within {seconds:g} seconds").format(
                seconds=self._cleanup_timeout
            )
        except WizardError as error:
            return error.message.rstrip(".")
        return None

    def _conclude(self, verdict: Verdict) -> CyclrCheckResult:
        said = explain(
            verdict,
            callback_url=self._endpoints.callback_url,
            api_version=self._version.name if self._version else None,
        )
        self._result.verdict, self._result.message, self._result.hint = (
            verdict,
            said.message,
            said.hint,
        )
        return self._result

    def _from_error(self, error: WizardError) -> CyclrCheckResult:
        if isinstance(error, CyclrCredentialsRefused):
            verdict = Verdict.CREDENTIALS_REFUSED
        elif isinstance(error, CyclrUnreachable):
            verdict = Verdict.UNREACHABLE
        else:
            verdict = Verdict.FAILED
        result = self._conclude(verdict)
        result.message, result.hint = error.message, error.hint
        result.error_type = type(error).__name__
        result.error_exit = error.exit_code
        if not isinstance(error, (CyclrError, CyclrUnreachable)):
            _log.info("Cyclr check stopped: %s", type(error).__name__)
        return result

    def _returned(self) -> None:
        self._emit(CheckEventKind.BROWSER_RETURNED)

    def _emit(self, kind: CheckEventKind, detail: str = "") -> None:
        _log.info("Cyclr check: %s %s", kind.value, detail)
        tell(self._on_event, CheckEvent(kind, detail))
