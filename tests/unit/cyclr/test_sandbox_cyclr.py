"""The sandbox Cyclr behaves as the check expects real Cyclr to, and as strictly as it can."""

from __future__ import annotations

import httpx
import pytest

from intercom_wizard.errors import InputError, NetworkError
from intercom_wizard.sandbox.cyclr.behaviour import (
    SANDBOX_CYCLR_CLIENT_ID,
    SANDBOX_CYCLR_CLIENT_SECRET,
)
from intercom_wizard.sandbox.cyclr.browser import sign_in_through_cyclr
from intercom_wizard.sandbox.cyclr.faults import CyclrFaults
from intercom_wizard.sandbox.cyclr.server import SandboxCyclr
from intercom_wizard.sandbox.server import SandboxIntercom


def _api(cyclr: SandboxCyclr) -> httpx.Client:
    token = httpx.post(
        f"{cyclr.base_url}/oauth/token",
        data={
            "grant_type": "client_credentials",
            "client_id": SANDBOX_CYCLR_CLIENT_ID,
            "client_secret": SANDBOX_CYCLR_CLIENT_SECRET,
        },
    ).json()
    assert token["expires_in"] == 1209599
    return httpx.Client(
        base_url=cyclr.base_url, headers={"Authorization": f"Bearer {token['access_token']}"}
    )


def _sign_in_url(cyclr: SandboxCyclr, api: httpx.Client, target: str) -> tuple[str, str, str]:
    account = api.post("/v1.0/accounts", json={"Name": "t"}).json()["Id"]
    headers = {"X-Cyclr-Account": account}
    installed = api.post("/v1.0/connectors/5103/install", json={}, headers=headers).json()["Id"]
    token = api.post(
        f"/v1.0/accounts/{account}/signintoken", json={"Username": "u"}, headers=headers
    ).json()["Token"]
    url = (
        f"{cyclr.base_url}/connectorauth/updateaccountconnectoroauth"
        f"?id={installed}&token={token}&targetOrigin={target}"
    )
    return url, account, str(installed)


def test_intercom_refuses_a_redirect_uri_the_app_has_not_registered(
    intercom: SandboxIntercom,
) -> None:
    intercom.redirect_uris = frozenset({"https://acme-h.cyclr.com/connector/callback"})
    refused = httpx.get(
        intercom.authorize_url(redirect_uri="https://other.cyclr.com/connector/callback")
    )
    assert refused.status_code == 400 and "not registered" in refused.text
    accepted = httpx.get(
        intercom.authorize_url(redirect_uri="https://acme-h.cyclr.com/connector/callback")
    )
    assert accepted.status_code == 200


def test_the_chain_authenticates_and_sign_in_tokens_are_single_use(
    intercom: SandboxIntercom, cyclr: SandboxCyclr
) -> None:
    with _api(cyclr) as api:
        url, account, installed = _sign_in_url(cyclr, api, "http://127.0.0.1:9/back")
        first = httpx.get(url)
        assert first.status_code == 302
        assert first.headers["location"].startswith(f"{intercom.base_url}/oauth?")
        assert httpx.URL(first.headers["location"]).params["redirect_uri"] == cyclr.callback_url
        assert httpx.get(url).status_code == 401  # the token was spent
        url, account, installed = _sign_in_url(cyclr, api, "http://127.0.0.1:9/back")
        with pytest.raises(NetworkError):  # nothing listens at targetOrigin: the browser stops
            sign_in_through_cyclr(url)
        status = api.get(
            f"/v1.0/account/connectors/{installed}", headers={"X-Cyclr-Account": account}
        )
        assert status.json()["Authenticated"] is True
        assert api.get("/v1.0/connectors").status_code == 400  # needs an account here


def test_wrong_console_secret_leaves_the_connector_unauthenticated(
    intercom: SandboxIntercom, cyclr: SandboxCyclr
) -> None:
    cyclr.faults.console_secret = True
    with _api(cyclr) as api:
        url, account, installed = _sign_in_url(cyclr, api, "http://127.0.0.1:9/back")
        with pytest.raises(NetworkError):  # back to targetOrigin on failure too
            sign_in_through_cyclr(url)
        status = api.get(
            f"/v1.0/account/connectors/{installed}", headers={"X-Cyclr-Account": account}
        )
        assert status.json()["Authenticated"] is False
    assert intercom.token_requests == 1  # Cyclr did try, with the wrong secret


def test_fault_names() -> None:
    faults = CyclrFaults.parse("console-secret, slow-cleanup=2,cleanup-fails")
    assert faults.console_secret and faults.cleanup_fails and faults.slow_cleanup == 2
    for bad in ("nope", "slow-cleanup", "no-match=1", "slow-cleanup=-1"):
        with pytest.raises(InputError):
            CyclrFaults.parse(bad)
