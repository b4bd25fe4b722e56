"""Where a partner's Cyclr lives: the Console location mapped to its API, and the service domain.

Cyclr documents one API domain per Console location; nothing derives it from the service domain,
so the partner names the location (or a private instance's API URL). The service domain (page 2)
serves Cyclr's own OAuth page and the ``/connector/callback`` that Intercom redirects to.
``INTERCOM_WIZARD_CYCLR_API_URL`` and ``INTERCOM_WIZARD_CYCLR_SERVICE_URL`` replace both bases,
so the check can run against a stand-in (the sandbox Cyclr, a test server).
"""

from __future__ import annotations

import ipaddress
import os
from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from urllib.parse import urlencode, urlsplit

from intercom_wizard.errors import InputError
from intercom_wizard.i18n import _
from intercom_wizard.intercom.cyclr import CALLBACK_PATH, callback_for
from intercom_wizard.intercom.regions import normalize_base_url

API_URL_VARIABLE = "INTERCOM_WIZARD_CYCLR_API_URL"
SERVICE_URL_VARIABLE = "INTERCOM_WIZARD_CYCLR_SERVICE_URL"
OAUTH_PAGE_PATH = "/connectorauth/updateaccountconnectoroauth"
CREDENTIALS_PATH = "Settings > OAuth Client Credentials"


class CyclrLocation(StrEnum):
    """The Cyclr Console a partner signs in to."""

    US = "us"
    US2 = "us2"
    UK = "uk"
    EU = "eu"
    APAC = "apac"

    @property
    def console_host(self) -> str:
        return _CONSOLE_HOSTS[self]

    @property
    def api_base(self) -> str:
        return f"https://{_API_HOSTS[self]}"

    @classmethod
    def parse(cls, text: str) -> CyclrLocation:
        key = str(text).strip().lower()
        for location in cls:
            if key in (location.value, location.console_host):
                return location
        raise InputError(
            _("“{text}” is not a Cyclr Console location.").format(text=str(text).strip()),
            hint=_(
                "Use us (my.cyclr.com), us2 (us2.cyclr.com), uk (my.cyclr.uk), eu (eu.cyclr.com) "
                "or apac (apac.cyclr.com); for a private instance give its API URL instead."
            ),
        )


_CONSOLE_HOSTS = {
    CyclrLocation.US: "my.cyclr.com",
    CyclrLocation.US2: "us2.cyclr.com",
    CyclrLocation.UK: "my.cyclr.uk",
    CyclrLocation.EU: "eu.cyclr.com",
    CyclrLocation.APAC: "apac.cyclr.com",
}
_API_HOSTS = {
    CyclrLocation.US: "api.cyclr.com",
    CyclrLocation.US2: "api.us2.cyclr.com",
    CyclrLocation.UK: "api.cyclr.uk",
    CyclrLocation.EU: "api.eu.cyclr.com",
    # [?] Only Cyclr's 2023 documentation names this host; a wrong one ends in "unreachable".
    CyclrLocation.APAC: "api.apac.cyclr.com",
}


def private_api_base(url: str) -> str:
    """A private instance's API base from the URL a partner typed: https, or http on loopback."""
    try:
        base = normalize_base_url(url, variable="--cyclr-api")
    except InputError as error:
        raise InputError(
            error.message,
            hint=_(
                "Give the API URL of your private Cyclr instance, e.g. https://api.example.com."
            ),
        ) from None
    split = urlsplit(base)
    if split.scheme != "https" and not _is_loopback(split.hostname or ""):
        raise InputError(
            _("“{url}” is not an https:// address.").format(url=url.strip()),
            hint=_("Cyclr's API is served over HTTPS; copy the API URL of your private instance."),
        )
    return base


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


@dataclass(frozen=True)
class CyclrEndpoints:
    """The bases one Cyclr check talks to (no trailing slash)."""

    api_base: str
    service_base: str  # https://{service domain}, or the stand-in's base
    service_domain: str
    overridden: bool = False

    @classmethod
    def resolve(
        cls,
        *,
        api_base: str,
        service_domain: str,
        env: Mapping[str, str] | None = None,
    ) -> CyclrEndpoints:
        """The bases for ``api_base`` and ``service_domain``, each replaced by its override."""
        environment = os.environ if env is None else env
        domain = callback_for(service_domain).domain
        api_override = _override(environment, API_URL_VARIABLE)
        service_override = _override(environment, SERVICE_URL_VARIABLE)
        return cls(
            api_base=api_override or api_base,
            service_base=service_override or f"https://{domain}",
            service_domain=domain,
            overridden=bool(api_override or service_override),
        )

    @property
    def callback_url(self) -> str:
        """The redirect URL Cyclr gives Intercom, which must be registered on the app."""
        return f"{self.service_base}{CALLBACK_PATH}"

    @property
    def token_url(self) -> str:
        return f"{self.api_base}/oauth/token"

    def api_url(self, path: str) -> str:
        return f"{self.api_base}/{path.lstrip('/')}"

    def oauth_page_url(self, *, account_connector_id: str, sign_in_token: str, target: str) -> str:
        """Cyclr's own sign-in page for one account connector.

        No ``callbackMessage``: with it Cyclr would post a message to an opener window instead
        of sending the browser to ``targetOrigin``, and a system browser has no opener.
        """
        query = urlencode(
            {"id": account_connector_id, "token": sign_in_token, "targetOrigin": target}
        )
        return f"{self.service_base}{OAUTH_PAGE_PATH}?{query}"


def _override(env: Mapping[str, str], variable: str) -> str | None:
    raw = env.get(variable)
    if raw is None or not raw.strip():
        return None
    return normalize_base_url(raw, variable=variable)
