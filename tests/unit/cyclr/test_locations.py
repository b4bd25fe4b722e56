from __future__ import annotations

from urllib.parse import parse_qs, urlsplit

import pytest

from intercom_wizard.cyclr.locations import CyclrEndpoints, CyclrLocation, private_api_base
from intercom_wizard.errors import InputError


@pytest.mark.parametrize(
    ("typed", "api"),
    [
        ("us", "https://api.cyclr.com"),
        ("US2", "https://api.us2.cyclr.com"),
        ("my.cyclr.uk", "https://api.cyclr.uk"),
        ("eu", "https://api.eu.cyclr.com"),
        (" apac ", "https://api.apac.cyclr.com"),
    ],
)
def test_console_location_gives_its_api(typed: str, api: str) -> None:
    assert CyclrLocation.parse(typed).api_base == api


def test_unknown_location_says_which_exist() -> None:
    with pytest.raises(InputError) as refused:
        CyclrLocation.parse("mars")
    assert "us2" in str(refused.value.hint)


def test_private_api_must_be_https_except_on_loopback() -> None:
    assert private_api_base("https://api.acme-cyclr.example/") == "https://api.acme-cyclr.example"
    assert private_api_base("http://127.0.0.1:9000") == "http://127.0.0.1:9000"
    with pytest.raises(InputError):
        private_api_base("http://api.acme-cyclr.example")
    with pytest.raises(InputError) as refused:
        private_api_base("https://api.acme-cyclr.example/v1.0")
    assert "Intercom" not in refused.value.for_people()


def test_service_domain_and_overrides() -> None:
    plain = CyclrEndpoints.resolve(
        api_base="https://api.cyclr.com", service_domain="https://Acme-H.cyclr.com/", env={}
    )
    assert plain.service_base == "https://acme-h.cyclr.com"
    assert plain.callback_url == "https://acme-h.cyclr.com/connector/callback"
    assert not plain.overridden
    stand_in = CyclrEndpoints.resolve(
        api_base="https://api.cyclr.com",
        service_domain="acme-h.cyclr.com",
        env={
            "INTERCOM_WIZARD_CYCLR_API_URL": "http://127.0.0.1:9001",
            "INTERCOM_WIZARD_CYCLR_SERVICE_URL": "http://127.0.0.1:9002",
        },
    )
    assert stand_in.token_url == "http://127.0.0.1:9001/oauth/token"
    assert stand_in.callback_url == "http://127.0.0.1:9002/connector/callback"
    with pytest.raises(InputError):
        CyclrEndpoints.resolve(
            api_base="x",
            service_domain="a.cyclr.com",
            env={"INTERCOM_WIZARD_CYCLR_API_URL": "ftp://x"},
        )


def test_oauth_page_encodes_every_value_and_sends_no_callback_message() -> None:
    endpoints = CyclrEndpoints.resolve(
        api_base="https://api.cyclr.com", service_domain="acme-h.cyclr.com", env={}
    )
    url = endpoints.oauth_page_url(
        account_connector_id="12", sign_in_token="a+b/c=", target="http://127.0.0.1:5/cyclr-return"
    )
    split = urlsplit(url)
    assert split.path == "/connectorauth/updateaccountconnectoroauth"
    query = parse_qs(split.query)
    assert query == {
        "id": ["12"],
        "token": ["a+b/c="],
        "targetOrigin": ["http://127.0.0.1:5/cyclr-return"],
    }
    assert "callbackMessage" not in url
