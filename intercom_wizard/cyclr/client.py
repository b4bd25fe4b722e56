"""The calls the Cyclr check makes to Cyclr's REST API, on httpx.

A token from the client-credentials grant lasts 14 days; it is kept in the system keyring (never
on disk) per Cyclr instance and Client ID and reused while it has more than an hour left. A
token Cyclr no longer accepts is dropped and replaced once. Nothing secret reaches a message:
errors name the call and the status, never a header or a body.
"""

from __future__ import annotations

import json
import logging
import time
from collections.abc import Mapping
from dataclasses import dataclass, field
from types import TracebackType
from typing import Any

import httpx

from intercom_wizard import __version__
from intercom_wizard.cyclr.connectors import Connector, text
from intercom_wizard.cyclr.connectors import field as member
from intercom_wizard.cyclr.errors import CyclrCredentialsRefused, CyclrError, CyclrUnreachable
from intercom_wizard.cyclr.locations import CREDENTIALS_PATH, CyclrEndpoints
from intercom_wizard.errors import InputError
from intercom_wizard.i18n import N_, _
from intercom_wizard.intercom.proxy import async_client, system_proxy_for
from intercom_wizard.logs import register_secret
from intercom_wizard.secrets import SecretKind, SecretStore

_log = logging.getLogger(__name__)

TOKEN_MARGIN_SECONDS = 3600.0  # a cached token with less than this left is replaced
PAGE_SIZE = 50
MAX_PAGES = 20  # 1,000 connectors: far beyond any partner's library, and a bound on the loop
ACCOUNT_HEADER = "X-Cyclr-Account"
NOT_CYCLR_HINT = N_("Check the Console location or API URL: it may not be Cyclr's API.")

# Each call is named by a noun phrase (``what``, marked with N_) that fills both "Cyclr refused
# {what} ..." and "Cyclr's answer to {what} ...": in German, French and Spanish both frames take
# it in the same case, so each is translated once, as a phrase that reads right in both.


@dataclass(frozen=True)
class ApiToken:
    value: str = field(repr=False)
    expires_at: float  # seconds since the epoch

    def usable(self, now: float | None = None) -> bool:
        return self.expires_at - (time.time() if now is None else now) > TOKEN_MARGIN_SECONDS

    def dumps(self) -> str:
        return json.dumps({"access_token": self.value, "expires_at": self.expires_at})

    @classmethod
    def loads(cls, stored: str) -> ApiToken | None:
        try:
            data = json.loads(stored)
            return cls(str(data["access_token"]), float(data["expires_at"]))
        except (ValueError, TypeError, KeyError):
            return None


@dataclass(frozen=True)
class Account:
    id: str
    name: str


def store_key(endpoints: CyclrEndpoints, client_id: str) -> str:
    """Whose keyring entries these are: one Client ID on one Cyclr instance."""
    return key_for(endpoints.api_base, client_id)


def key_for(api_base: str, client_id: str) -> str:
    return f"{client_id}@{api_base}"


class CyclrClient:
    """One conversation with Cyclr's API. Use ``async with``."""

    def __init__(
        self,
        endpoints: CyclrEndpoints,
        *,
        client_id: str,
        client_secret: str,
        store: SecretStore | None = None,
        timeout: float = 20.0,
    ) -> None:
        if not client_id.strip():
            raise InputError(
                _("The Cyclr API Client ID is empty."),
                hint=_("Copy it from the Cyclr Console under {where}.").format(
                    where=CREDENTIALS_PATH
                ),
            )
        if not client_secret.strip():
            raise InputError(
                _("The Cyclr API Client Secret is empty."),
                hint=_("Copy it from the Cyclr Console under {where}.").format(
                    where=CREDENTIALS_PATH
                ),
            )
        register_secret(client_secret)
        self.endpoints = endpoints
        self._client_id = client_id.strip()
        self._client_secret = client_secret.strip()
        self._store = store
        self._token: ApiToken | None = None
        self.token_from_cache = False
        # Built where the Intercom client's is, so Cyclr is reached through the same proxy.
        self._http = async_client(
            endpoints.api_base,
            system_proxy_for(endpoints.api_base),
            timeout=timeout,
            headers={"User-Agent": f"intercom-wizard/{__version__}", "Accept": "application/json"},
        )

    async def __aenter__(self) -> CyclrClient:
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

    # --- the token ---------------------------------------------------------------------

    async def token(self) -> str:
        """A usable API token: this run's, the keyring's, or a new one."""
        if self._token is not None and self._token.usable():
            return self._token.value
        key = store_key(self.endpoints, self._client_id)
        if self._store is not None:
            stored = await self._store.load(SecretKind.CYCLR_API_TOKEN, key)
            cached = ApiToken.loads(stored) if stored else None
            if cached is not None and cached.usable():
                register_secret(cached.value)
                self._token, self.token_from_cache = cached, True
                return cached.value
        self._token = await self._new_token()
        self.token_from_cache = False
        if self._store is not None:
            await self._store.save(SecretKind.CYCLR_API_TOKEN, key, self._token.dumps())
        return self._token.value

    async def _new_token(self) -> ApiToken:
        form = {
            "grant_type": "client_credentials",
            "client_id": self._client_id,
            "client_secret": self._client_secret,
        }
        response = await self._send("POST", self.endpoints.token_url, data=form)
        # [?] Cyclr's refusal of bad credentials is not documented: 400 (OAuth's invalid_client)
        # and 401 are both read as "refused".
        if response.status_code in (400, 401, 403):
            raise CyclrCredentialsRefused(response.status_code)
        body = _json_object(response, N_("the token request"))
        value = text(body, "access_token")
        if not value:
            raise CyclrError(
                _("Cyclr's token answer carried no access token."),
                status=response.status_code,
                hint=_(NOT_CYCLR_HINT),
            )
        register_secret(value)
        try:
            lifetime = float(member(body, "expires_in") or 0)
        except (TypeError, ValueError):
            lifetime = 0.0
        return ApiToken(value, time.time() + max(0.0, lifetime))

    async def _forget_token(self) -> None:
        self._token = None
        if self._store is not None:
            key = store_key(self.endpoints, self._client_id)
            await self._store.save(SecretKind.CYCLR_API_TOKEN, key, "{}")

    # --- the calls ---------------------------------------------------------------------

    async def accounts(self) -> list[Account]:
        response = await self._call("GET", "/v1.0/accounts", what=N_("the account list"))
        return [a for a in map(_account, _json_list(response, N_("the account list"))) if a]

    async def account(self, account_id: str) -> Account | None:
        response = await self._call(
            "GET", f"/v1.0/accounts/{account_id}", what=N_("the account"), missing_ok=True
        )
        if response.status_code == 404:
            return None
        return _account(_json_object(response, N_("the account")))

    async def create_account(self, name: str, description: str) -> Account:
        # [3P] The exact fields of a new account; Name is the one every source shows.
        body = {"Name": name, "Description": description}
        response = await self._call("POST", "/v1.0/accounts", json=body, what=N_("a new account"))
        account = _account(_json_object(response, N_("the new account")))
        if account is None:
            raise CyclrError(_("Cyclr created an account but did not say its id."))
        return account

    async def delete_account(self, account_id: str) -> None:
        await self._call("DELETE", f"/v1.0/accounts/{account_id}", what=N_("deleting the account"))

    async def connectors(self, account_id: str | None, query: str = "Intercom") -> list[Connector]:
        """The connectors available to the account, searched by ``query``, every page.

        [?] Whether the list also works without ``X-Cyclr-Account`` (the partner's whole
        library) is undocumented; a refusal then says that an account is needed.
        """
        found: list[Connector] = []
        for page in range(1, MAX_PAGES + 1):
            params = {"query": query, "page": str(page), "pageSize": str(PAGE_SIZE)}
            response = await self._call(
                "GET",
                "/v1.0/connectors",
                account_id=account_id,
                params=params,
                what=N_("connectors"),
            )
            records = _json_list(response, N_("the connector list"))
            found += [c for c in map(_connector, records) if c is not None]
            # [3P] Total-Pages; without it, a short page is the last one.
            pages = _int_header(response, "Total-Pages")
            if (pages is not None and page >= pages) or (
                pages is None and len(records) < PAGE_SIZE
            ):
                break
        return found

    async def install(
        self, account_id: str, connector_id: str, *, name: str, description: str
    ) -> str:
        """Install the connector unauthenticated; the account connector's id."""
        # AuthValue left empty so Cyclr authenticates later through its own OAuth page [C].
        body = {"Name": name, "Description": description, "AuthValue": "{}", "Properties": []}
        response = await self._call(
            "POST",
            f"/v1.0/connectors/{connector_id}/install",
            account_id=account_id,
            json=body,
            what=N_("installing the connector"),
        )
        installed = text(_json_object(response, N_("the installed connector")), "Id")
        if not installed:
            raise CyclrError(_("Cyclr installed the connector but did not say its id."))
        return installed

    async def sign_in_token(self, account_id: str, username: str) -> str:
        """A single-use token (five minutes) for Cyclr's own pages; Cyclr adds the user."""
        response = await self._call(
            "POST",
            f"/v1.0/accounts/{account_id}/signintoken",
            account_id=account_id,
            json={"Username": username},
            what=N_("a sign-in token"),
        )
        token = text(_json_object(response, N_("the sign-in token")), "Token")
        if not token:
            raise CyclrError(_("Cyclr's answer carried no sign-in token."))
        register_secret(token)
        return token

    async def authenticated(self, account_id: str, account_connector_id: str) -> bool:
        """Whether Cyclr holds a working Intercom sign-in for the account connector."""
        response = await self._call(
            "GET",
            f"/v1.0/account/connectors/{account_connector_id}",
            account_id=account_id,
            what=N_("the account connector"),
        )
        value = member(_json_object(response, N_("the account connector")), "Authenticated")
        if not isinstance(value, bool):
            raise CyclrError(
                _(
                    "Cyclr's answer about the test connector does not say whether it is "
                    "authenticated, so the check cannot tell whether the sign-in worked."
                ),
                hint=_("Look at the connector in the Cyclr Console under the test account."),
            )
        return value

    async def uninstall(self, account_id: str, account_connector_id: str) -> None:
        # [3P] DELETE is the verb third parties show for removing an account connector.
        await self._call(
            "DELETE",
            f"/v1.0/account/connectors/{account_connector_id}",
            account_id=account_id,
            what=N_("removing the test connector"),
        )

    # --- plumbing ----------------------------------------------------------------------

    async def _call(
        self,
        method: str,
        path: str,
        *,
        what: str,
        account_id: str | None = None,
        json: Any = None,
        params: Mapping[str, str] | None = None,
        missing_ok: bool = False,
    ) -> httpx.Response:
        for attempt in (1, 2):
            headers = {"Authorization": f"Bearer {await self.token()}"}
            if account_id is not None:
                headers[ACCOUNT_HEADER] = account_id
            response = await self._send(
                method, self.endpoints.api_url(path), headers=headers, json=json, params=params
            )
            if response.status_code == 401 and attempt == 1 and self.token_from_cache:
                # A cached token Cyclr no longer accepts (revoked, another instance): once more.
                await self._forget_token()
                continue
            break
        status = response.status_code
        if status == 401:
            raise CyclrCredentialsRefused(status)
        if status == 404 and missing_ok:
            return response
        if status >= 400:
            raise CyclrError(
                _("Cyclr refused {what} (HTTP {status}{detail}).").format(
                    what=_(what), status=status, detail=_cyclr_message(response)
                ),
                status=status,
                hint=_hint_for(status, account_id),
            )
        return response

    async def _send(self, method: str, url: str, **kwargs: Any) -> httpx.Response:
        try:
            return await self._http.request(method, url, **kwargs)
        except httpx.HTTPError as error:
            raise CyclrUnreachable(self.endpoints.api_base, type(error).__name__) from None


def _hint_for(status: int, account_id: str | None) -> str:
    if status == 403:
        return _("The Cyclr API credentials may lack this permission; check them in the Console.")
    if status == 404:
        return _("Check the account and connector ids: Cyclr does not know one of them.")
    if status in (400, 422) and account_id is None:
        return _("Cyclr may need an account for this call; the check will pick or create one.")
    return _("Try again in a minute; if it persists, the Cyclr Console may show why.")


def _cyclr_message(response: httpx.Response) -> str:
    """Cyclr's own short explanation, when its error body has one (never a header)."""
    try:
        body = response.json()
    except ValueError:
        return ""
    if isinstance(body, dict):
        message = text(body, "Message") or text(body, "error_description") or text(body, "error")
        if message:
            return ": " + message[:200]
    return ""


def _json_object(response: httpx.Response, what: str) -> dict[str, Any]:
    try:
        body = response.json()
    except ValueError:
        body = None
    if not isinstance(body, dict):
        raise CyclrError(
            _("Cyclr's answer to {what} was not what its API documents.").format(what=_(what)),
            status=response.status_code,
            hint=_(NOT_CYCLR_HINT),
        )
    return body


def _json_list(response: httpx.Response, what: str) -> list[dict[str, Any]]:
    try:
        body = response.json()
    except ValueError:
        body = None
    if isinstance(body, dict):  # [?] some list calls may wrap their items
        body = member(body, "Data") or member(body, "Items")
    if not isinstance(body, list):
        raise CyclrError(
            _("Cyclr's answer to {what} was not a list.").format(what=_(what)),
            status=response.status_code,
            hint=_(NOT_CYCLR_HINT),
        )
    return [item for item in body if isinstance(item, dict)]


def _int_header(response: httpx.Response, name: str) -> int | None:
    try:
        return int(response.headers.get(name, ""))
    except ValueError:
        return None


def _account(record: Mapping[str, Any]) -> Account | None:
    account_id = text(record, "Id")
    return Account(account_id, text(record, "Name")) if account_id else None


def _connector(record: Mapping[str, Any]) -> Connector | None:
    return Connector.from_api(record)
