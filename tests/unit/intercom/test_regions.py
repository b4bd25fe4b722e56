from __future__ import annotations

import pytest

from intercom_wizard.errors import InputError
from intercom_wizard.intercom.regions import Endpoints, Region


@pytest.mark.parametrize(
    ("text", "region"),
    [
        ("us", Region.US),
        ("US", Region.US),
        (" united states ", Region.US),
        ("United_States", Region.US),
        ("eu", Region.EU),
        ("Europe", Region.EU),
        ("au", Region.AU),
        ("AUSTRALIA", Region.AU),
    ],
)
def test_region_parse_accepts_codes_and_names(text: str, region: Region) -> None:
    assert Region.parse(text) is region


@pytest.mark.parametrize("text", ["", "uk", "asia", "us-east-1", "e u"])
def test_region_parse_refuses_unknown_text(text: str) -> None:
    with pytest.raises(InputError) as caught:
        Region.parse(text)
    assert "region" in str(caught.value)
    assert caught.value.hint and "us, eu or au" in caught.value.hint


def test_region_hosts_and_labels() -> None:
    assert [(r.value, r.label, r.app_host, r.api_host) for r in Region] == [
        ("us", "United States", "app.intercom.com", "api.intercom.io"),
        ("eu", "Europe", "app.eu.intercom.com", "api.eu.intercom.io"),
        ("au", "Australia", "app.au.intercom.com", "api.au.intercom.io"),
    ]
    assert Region("eu") is Region.EU
    assert f"{Region.AU}" == "au"


@pytest.mark.parametrize("region", list(Region))
def test_endpoints_for_region_without_overrides(region: Region) -> None:
    endpoints = Endpoints.for_region(region, env={})
    assert endpoints.app_base == f"https://{region.app_host}"
    assert endpoints.api_base == f"https://{region.api_host}"
    assert endpoints.overridden is False


def test_endpoint_helpers() -> None:
    endpoints = Endpoints.for_region(Region.US, env={})
    assert endpoints.developer_hub_url == "https://app.intercom.com/a/apps/_/developer-hub"
    assert endpoints.oauth_url == "https://app.intercom.com/oauth"
    assert endpoints.token_url == "https://api.intercom.io/auth/eagle/token"
    assert endpoints.me_url == "https://api.intercom.io/me"
    assert endpoints.uninstall_url == "https://api.intercom.io/auth/uninstall"
    assert endpoints.api_url("admins") == endpoints.api_url("/admins")


def test_endpoints_read_os_environ_when_no_mapping_given(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("INTERCOM_WIZARD_API_URL", "http://127.0.0.1:9000")
    endpoints = Endpoints.for_region(Region.EU)
    assert endpoints.api_base == "http://127.0.0.1:9000"
    assert endpoints.app_base == "https://app.eu.intercom.com"
    assert endpoints.overridden is True


@pytest.mark.parametrize(
    ("value", "base"),
    [
        ("http://127.0.0.1:9000", "http://127.0.0.1:9000"),
        ("  http://127.0.0.1:9000/  ", "http://127.0.0.1:9000"),
        ("HTTPS://Stand-In.Example.COM", "https://stand-in.example.com"),
        ("http://localhost:8080", "http://localhost:8080"),
        ("http://[::1]:9000", "http://[::1]:9000"),
        ("https://api.intercom.io:443", "https://api.intercom.io:443"),
    ],
)
def test_override_values_accepted_and_normalised(value: str, base: str) -> None:
    env = {"INTERCOM_WIZARD_APP_URL": value, "INTERCOM_WIZARD_API_URL": value}
    endpoints = Endpoints.for_region(Region.US, env=env)
    assert endpoints.app_base == base
    assert endpoints.api_base == base
    assert endpoints.overridden is True


def test_empty_override_is_ignored() -> None:
    endpoints = Endpoints.for_region(Region.US, env={"INTERCOM_WIZARD_APP_URL": "  "})
    assert endpoints.overridden is False
    assert endpoints.app_base == "https://app.intercom.com"


@pytest.mark.parametrize(
    ("value", "why"),
    [
        ("127.0.0.1:9000", "http:// or https://"),
        ("ftp://example.com", "http:// or https://"),
        ("http:/example.com", "http:// or https://"),
        ("http://", "no host"),
        ("http://:9000", "no host"),
        ("http://example.com/api", "path"),
        ("http://example.com?x=1", "query"),
        ("http://example.com#top", "query or fragment"),
        ("http://example.com:99999", "port"),
        ("http://example.com:abc", "port"),
        ("http://example.com:0", "port"),
        ("http://user:pw@example.com", "user name"),
        ("http://exa mple.com", "spaces"),
        ("http://bad_host.example", "host name"),
        ("http://-bad.example", "host name"),
    ],
)
@pytest.mark.parametrize("variable", ["INTERCOM_WIZARD_APP_URL", "INTERCOM_WIZARD_API_URL"])
def test_malformed_override_names_the_variable(variable: str, value: str, why: str) -> None:
    with pytest.raises(InputError) as caught:
        Endpoints.for_region(Region.US, env={variable: value})
    assert variable in str(caught.value)
    assert why in str(caught.value)
    assert caught.value.hint and variable in caught.value.hint
    assert caught.value.exit_code == 2
