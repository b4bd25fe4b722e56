"""The proxy the operating system is configured to use, if any, and the HTTP client that uses it.

``urllib.request.getproxies`` reads the environment, and also the Windows registry (Internet
Options) and macOS network settings, which httpx's own ``trust_env`` does not: corporate
machines often set their proxy only there.
"""

from __future__ import annotations

import ipaddress
import urllib.request
from collections.abc import Callable, Mapping
from typing import Any
from urllib.parse import urlsplit

import httpx

# httpx speaks to HTTP(S) proxies out of the box; SOCKS needs an extra package we do not ship.
_SUPPORTED_SCHEMES = ("http", "https")


def system_proxy_for(
    url: str,
    *,
    proxies: Mapping[str, str] | None = None,
    bypass: Callable[[str], bool] | None = None,
) -> str | None:
    """The proxy URL to reach ``url`` through, or None for a direct connection.

    ``proxies`` and ``bypass`` default to the system's settings; tests pass their own.
    Loopback addresses are never proxied (the sandbox and the local callback live there).
    """
    parts = urlsplit(url)
    host = parts.hostname or ""
    if not host or _is_loopback(host):
        return None
    table = urllib.request.getproxies() if proxies is None else proxies
    chosen = table.get(parts.scheme.lower()) or table.get("all")
    if not chosen:
        return None
    should_bypass = urllib.request.proxy_bypass if bypass is None else bypass
    target = f"{host}:{parts.port}" if parts.port else host
    try:
        if should_bypass(target):
            return None
    except OSError:  # registry or system-settings lookups can fail; a direct try is then best
        return None
    return _normalise(chosen)


def _normalise(proxy: str) -> str | None:
    proxy = proxy.strip()
    if "://" not in proxy:
        proxy = f"http://{proxy}"
    if urlsplit(proxy).scheme.lower() not in _SUPPORTED_SCHEMES:
        return None
    return proxy


def _is_loopback(host: str) -> bool:
    if host.lower() == "localhost" or host.lower().endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def async_client(
    base: str,
    proxy: str | None,
    *,
    timeout: float,
    headers: Mapping[str, str],
    transport: httpx.AsyncBaseTransport | None = None,
    verify: Any = True,
) -> httpx.AsyncClient:
    """An httpx client for ``base`` through ``proxy`` (from ``system_proxy_for``), or direct.

    Direct means direct: httpx's own environment proxies are kept from catching the host
    anyway. A given ``transport`` (tests) is used as is. The Intercom client and diagnostics
    both build theirs here, so a proxy that breaks the consent test breaks diagnostics too.
    """
    options: dict[str, Any] = {
        "headers": dict(headers),
        "timeout": httpx.Timeout(timeout),
        "follow_redirects": False,
        "transport": transport,
        "verify": verify,
    }
    if proxy is not None:
        options["proxy"] = proxy
    elif transport is None:
        options["mounts"] = {f"all://{urlsplit(base).hostname or ''}": None}
    try:
        return httpx.AsyncClient(trust_env=True, **options)
    except ImportError:
        # The environment names a SOCKS proxy, which httpx cannot use without an extra.
        return httpx.AsyncClient(trust_env=False, **options)
