"""Intercom's hosting regions, and the base URLs the wizard talks to for each.

A workspace lives in exactly one region; its app (consent pages, Developer Hub) and its REST API
are served from that region's hosts, and a token or code from one region means nothing to
another. ``INTERCOM_WIZARD_APP_URL`` / ``INTERCOM_WIZARD_API_URL`` replace the bases so the
wizard can be pointed at a stand-in Intercom (the sandbox, a test server).
"""

from __future__ import annotations

import os
import re
from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from urllib.parse import urlsplit

from intercom_wizard.errors import InputError
from intercom_wizard.i18n import N_, _

APP_URL_VARIABLE = "INTERCOM_WIZARD_APP_URL"
API_URL_VARIABLE = "INTERCOM_WIZARD_API_URL"


class Region(StrEnum):
    """Where an Intercom workspace is hosted."""

    US = "us"
    EU = "eu"
    AU = "au"

    @property
    def label(self) -> str:
        return _(_LABELS[self])

    @property
    def app_host(self) -> str:
        return _APP_HOSTS[self]

    @property
    def api_host(self) -> str:
        return _API_HOSTS[self]

    @classmethod
    def parse(cls, text: str) -> Region:
        """Read a region from what a person typed: ``us``, ``EU``, ``Australia``..."""
        key = " ".join(str(text).strip().lower().replace("_", " ").replace("-", " ").split())
        region = _ALIASES.get(key)
        if region is None:
            raise InputError(
                _("“{region}” is not an Intercom region.").format(region=str(text).strip()),
                hint=_("Use us, eu or au: the region your Intercom workspace is hosted in."),
            )
        return region


# Each region's name, said in the current language (``label``).
_LABELS = {Region.US: N_("United States"), Region.EU: N_("Europe"), Region.AU: N_("Australia")}
_APP_HOSTS = {
    Region.US: "app.intercom.com",
    Region.EU: "app.eu.intercom.com",
    Region.AU: "app.au.intercom.com",
}
_API_HOSTS = {
    Region.US: "api.intercom.io",
    Region.EU: "api.eu.intercom.io",
    Region.AU: "api.au.intercom.io",
}
_ALIASES: dict[str, Region] = {
    "us": Region.US,
    "usa": Region.US,
    "u.s.": Region.US,
    "united states": Region.US,
    "america": Region.US,
    "eu": Region.EU,
    "europe": Region.EU,
    "european union": Region.EU,
    "au": Region.AU,
    "aus": Region.AU,
    "australia": Region.AU,
}

# A host name or an IPv4 address; IPv6 literals arrive bracketed and are checked separately.
_LABEL = r"[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?"
_HOST_RE = re.compile(rf"^{_LABEL}(\.{_LABEL})*$")


@dataclass(frozen=True)
class Endpoints:
    """The app and API base URLs for one run (no trailing slash)."""

    app_base: str
    api_base: str
    overridden: bool = False

    @classmethod
    def for_region(cls, region: Region, env: Mapping[str, str] | None = None) -> Endpoints:
        """The region's bases, each replaced by its environment override when one is set."""
        environment = os.environ if env is None else env
        app_override = _read_override(environment, APP_URL_VARIABLE)
        api_override = _read_override(environment, API_URL_VARIABLE)
        return cls(
            app_base=app_override or f"https://{region.app_host}",
            api_base=api_override or f"https://{region.api_host}",
            overridden=bool(app_override or api_override),
        )

    @property
    def developer_hub_url(self) -> str:
        return f"{self.app_base}/a/apps/_/developer-hub"

    @property
    def oauth_url(self) -> str:
        """The consent page; the authorize query string is added by the caller."""
        return f"{self.app_base}/oauth"

    @property
    def token_url(self) -> str:
        return self.api_url("/auth/eagle/token")

    @property
    def me_url(self) -> str:
        return self.api_url("/me")

    @property
    def uninstall_url(self) -> str:
        return self.api_url("/auth/uninstall")

    def api_url(self, path: str) -> str:
        """An absolute API URL for ``path`` (with or without its leading slash)."""
        return f"{self.api_base}/{path.lstrip('/')}"


def _read_override(env: Mapping[str, str], variable: str) -> str | None:
    raw = env.get(variable)
    if raw is None or not raw.strip():
        return None
    return normalize_base_url(raw, variable=variable)


def normalize_base_url(raw: str, *, variable: str) -> str:
    """``scheme://host[:port]`` from an override, or InputError naming the variable and why."""
    text = raw.strip()

    def bad(why: str) -> InputError:
        return InputError(
            _("{variable} is set to “{value}”, which cannot be used: {why}.").format(
                variable=variable, value=text, why=why
            ),
            hint=_(
                "Give only a scheme, a host and optionally a port, e.g. http://127.0.0.1:9000, "
                "or unset {variable} to use Intercom itself."
            ).format(variable=variable),
        )

    if any(ch.isspace() for ch in text):
        raise bad(_("it contains spaces"))
    parts = urlsplit(text)
    scheme = parts.scheme.lower()
    if scheme not in ("http", "https") or not text.lower().startswith(f"{scheme}://"):
        raise bad(_("it must start with http:// or https://"))
    if parts.username is not None or parts.password is not None:
        raise bad(_("it must not carry a user name or password"))
    if parts.path not in ("", "/"):
        raise bad(_("it must not have a path"))
    if parts.query or parts.fragment or text.endswith(("?", "#")):
        raise bad(_("it must not have a query or fragment"))
    host = parts.hostname or ""
    if not host:
        raise bad(_("it has no host"))
    try:
        port = parts.port
    except ValueError:
        raise bad(_("its port is not a number between 0 and 65535")) from None
    netloc_host = host
    if ":" in host:  # an IPv6 literal
        netloc_host = f"[{host}]"
    elif not _HOST_RE.match(host):
        raise bad(_("its host is not a valid host name"))
    if port == 0:
        raise bad(_("its port must be between 1 and 65535"))
    return f"{scheme}://{netloc_host}" + (f":{port}" if port is not None else "")
