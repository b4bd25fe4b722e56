from __future__ import annotations

import pytest

from intercom_wizard.intercom.proxy import system_proxy_for


def never(_host: str) -> bool:
    return False


@pytest.mark.parametrize(
    ("proxies", "expected"),
    [
        ({"https": "http://proxy.corp:3128"}, "http://proxy.corp:3128"),
        ({"https": "proxy.corp:3128"}, "http://proxy.corp:3128"),
        ({"https": " https://proxy.corp:443 "}, "https://proxy.corp:443"),
        ({"all": "http://everything:8080"}, "http://everything:8080"),
        ({"http": "http://plain-only:80"}, None),
        ({"https": "socks5://socks.corp:1080"}, None),
        ({}, None),
    ],
)
def test_proxy_for_an_https_url(proxies: dict[str, str], expected: str | None) -> None:
    assert system_proxy_for("https://api.intercom.io/me", proxies=proxies, bypass=never) == expected


def test_bypass_list_wins_and_gets_the_port() -> None:
    asked: list[str] = []

    def bypass(host: str) -> bool:
        asked.append(host)
        return True

    proxies = {"http": "http://proxy:1"}
    assert system_proxy_for("http://stand-in.example:9000", proxies=proxies, bypass=bypass) is None
    assert asked == ["stand-in.example:9000"]


def test_a_failing_bypass_lookup_means_direct() -> None:
    def broken(_host: str) -> bool:
        raise OSError("registry unavailable")

    assert (
        system_proxy_for("https://api.intercom.io", proxies={"https": "p:1"}, bypass=broken) is None
    )


@pytest.mark.parametrize(
    "url",
    ["http://127.0.0.1:9000", "http://localhost:1", "http://[::1]:80", "http://app.localhost"],
)
def test_loopback_is_never_proxied(url: str) -> None:
    assert system_proxy_for(url, proxies={"all": "http://p:1", "http": "http://p:1"}) is None


def test_reads_the_environment_by_default(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("no_proxy", "NO_PROXY", "all_proxy", "ALL_PROXY"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("https_proxy", "http://env-proxy:3128")
    monkeypatch.setenv("HTTPS_PROXY", "http://env-proxy:3128")
    assert system_proxy_for("https://api.intercom.io") == "http://env-proxy:3128"
    monkeypatch.setenv("no_proxy", "intercom.io")
    monkeypatch.setenv("NO_PROXY", "intercom.io")
    assert system_proxy_for("https://api.intercom.io") is None


def test_url_without_host() -> None:
    assert system_proxy_for("not a url", proxies={"all": "http://p:1"}) is None
