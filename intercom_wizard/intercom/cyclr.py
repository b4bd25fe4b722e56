"""From a Cyclr service domain to the callback URL registered on the Intercom app.

Cyclr completes every Intercom consent at ``https://{service domain}/connector/callback``.
People paste all sorts of things into the domain field (a bare host, the whole callback URL, an
address copied from the browser), so the rule accepts what is unambiguous and says precisely
why it refuses the rest.
"""

from __future__ import annotations

import ipaddress
import re
from dataclasses import dataclass
from urllib.parse import urlsplit

from intercom_wizard.errors import InputError
from intercom_wizard.i18n import _

CALLBACK_PATH = "/connector/callback"
CYCLR_CONSOLE_PATH = "Connectors > Application Connector Library > Intercom > Settings"
SERVICE_DOMAIN_PATH = "Settings > General Settings"
CYCLR_SUFFIXES = ("cyclr.com", "cyclr.uk")
# Console and API addresses that people mistake for their service domain.
_CONSOLE_AND_API_HOSTS = frozenset(
    {
        "my.cyclr.com",
        "us2.cyclr.com",
        "my.cyclr.uk",
        "eu.cyclr.com",
        "apac.cyclr.com",
        "api.cyclr.com",
        "api.us2.cyclr.com",
        "api.cyclr.uk",
        "api.eu.cyclr.com",
        "api.apac.cyclr.com",
    }
)
_LABEL = re.compile(r"^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$")
_WRAPPERS = "\"'<>`"


@dataclass(frozen=True)
class CallbackTarget:
    domain: str
    callback_url: str
    warning: str | None


def callback_for(text: str) -> CallbackTarget:
    """The callback URL for a service domain typed or pasted by a person.

    Raises InputError saying why when the text cannot be a service domain. Domains outside
    cyclr.com / cyclr.uk are accepted with a warning, since partners may run custom domains.
    """
    raw = str(text).strip().strip(_WRAPPERS).strip()
    if not raw:
        raise _refuse(_("The Cyclr service domain is empty."))
    if any(ch.isspace() for ch in raw):
        raise _refuse(_("“{domain}” contains spaces; a domain name cannot.").format(domain=raw))
    domain = _host_from(raw)
    _check_host(domain, raw)
    return CallbackTarget(
        domain=domain,
        callback_url=f"https://{domain}{CALLBACK_PATH}",
        warning=_warning_for(domain),
    )


def _refuse(message: str) -> InputError:
    return InputError(
        message,
        hint=_(
            "Copy the Service Domain from your Cyclr Console under {where}, for example "
            "app-h.cyclr.com."
        ).format(where=SERVICE_DOMAIN_PATH),
    )


def _host_from(raw: str) -> str:
    """The host part of a bare host or a pasted URL, lowercased, without a trailing dot."""
    lowered = raw.lower()
    has_scheme = "://" in lowered
    if has_scheme:
        scheme = lowered.split("://", 1)[0]
        if scheme not in ("http", "https"):
            raise _refuse(
                _("“{domain}” is a {scheme}: address; a web domain was expected.").format(
                    domain=raw, scheme=scheme
                )
            )
    try:
        parts = urlsplit(lowered if has_scheme else f"//{lowered}")
    except ValueError:  # an unbalanced [ or ], which urlsplit reads as a broken IPv6 address
        raise _refuse(
            _("“{domain}” has a [ or ], which a domain name cannot have.").format(domain=raw)
        ) from None
    if "@" in parts.netloc:
        raise _refuse(
            _("“{domain}” contains a user name (@); only the domain is needed.").format(domain=raw)
        )
    if parts.query or parts.fragment or lowered.endswith(("?", "#")):
        raise _refuse(
            _("“{domain}” has a query or fragment (? or #); only the domain is needed.").format(
                domain=raw
            )
        )
    path = parts.path.rstrip("/")
    if path and path != CALLBACK_PATH:
        raise _refuse(
            _(
                "“{domain}” has the path “{path}”; only the domain is needed "
                "(or the full callback ending in {callback})."
            ).format(domain=raw, path=parts.path, callback=CALLBACK_PATH)
        )
    netloc = parts.netloc
    host = netloc
    if netloc.startswith("["):
        raise _refuse(
            _("“{domain}” is an IP address; Cyclr's callback uses a domain name.").format(
                domain=raw
            )
        )
    if ":" in netloc:
        host, _colon, port = netloc.partition(":")
        raise _refuse(
            _(
                "“{domain}” has a port number (:{port}); Cyclr's callback uses the standard "
                "HTTPS port, so leave the port out."
            ).format(domain=raw, port=port)
        )
    host = host.rstrip(".")
    if not host:
        raise _refuse(_("“{domain}” has no domain name in it.").format(domain=raw))
    return _to_ascii(host, raw)


def _to_ascii(host: str, raw: str) -> str:
    if host.isascii():
        return host
    try:
        return host.encode("idna").decode("ascii")
    except UnicodeError:
        raise _refuse(
            _("“{domain}” is not a valid international domain name.").format(domain=raw)
        ) from None


def _check_host(host: str, raw: str) -> None:
    try:
        ipaddress.ip_address(host)
    except ValueError:
        pass
    else:
        raise _refuse(
            _("“{domain}” is an IP address; Cyclr's callback uses a domain name.").format(
                domain=raw
            )
        )
    if "." not in host:
        raise _refuse(
            _("“{domain}” has no dot; a service domain looks like app-h.cyclr.com.").format(
                domain=raw
            )
        )
    if len(host) > 253:
        raise _refuse(
            _("“{domain}” is longer than a domain name can be (253 characters).").format(domain=raw)
        )
    for label in host.split("."):
        if not label:
            raise _refuse(_("“{domain}” has an empty part between dots.").format(domain=raw))
        if not _LABEL.match(label):
            raise _refuse(
                _(
                    "“{domain}” has the part “{part}”, which is not valid in a domain name: use "
                    "letters, digits and hyphens, not starting or ending with a hyphen, at most "
                    "63 characters."
                ).format(domain=raw, part=label)
            )
    if host.rsplit(".", 1)[1].isdigit():
        raise _refuse(
            _("“{domain}” ends in a number; a domain name ends in a word like .com.").format(
                domain=raw
            )
        )


def _warning_for(domain: str) -> str | None:
    if domain in _CONSOLE_AND_API_HOSTS:
        return _(
            "{domain} is a Cyclr Console or API address, not usually a service domain. "
            "Check the Service Domain under {where} in your Cyclr Console."
        ).format(domain=domain, where=SERVICE_DOMAIN_PATH)
    if domain in CYCLR_SUFFIXES:
        return _(
            "{domain} on its own is not a service domain; yours looks like "
            "yourcompany-h.{domain}. Check {where} in your Cyclr Console."
        ).format(domain=domain, where=SERVICE_DOMAIN_PATH)
    if not any(domain.endswith(f".{suffix}") for suffix in CYCLR_SUFFIXES):
        return _(
            "{domain} is not a cyclr.com or cyclr.uk domain. That is fine if your Cyclr "
            "Console uses a custom domain; otherwise check {where}."
        ).format(domain=domain, where=SERVICE_DOMAIN_PATH)
    return None
