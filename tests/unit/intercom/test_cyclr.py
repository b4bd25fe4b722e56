from __future__ import annotations

import pytest

from intercom_wizard.errors import InputError
from intercom_wizard.intercom.cyclr import CYCLR_CONSOLE_PATH, callback_for


@pytest.mark.parametrize(
    ("text", "domain"),
    [
        ("app-h.cyclr.com", "app-h.cyclr.com"),
        ("  mycompany-h.cyclr.com\n", "mycompany-h.cyclr.com"),
        ("MyCompany-H.EU.Cyclr.com", "mycompany-h.eu.cyclr.com"),
        ("mycompany-h.cyclr.uk", "mycompany-h.cyclr.uk"),
        ("app-h.cyclr.com.", "app-h.cyclr.com"),
        ("https://app-h.cyclr.com", "app-h.cyclr.com"),
        ("https://app-h.cyclr.com/", "app-h.cyclr.com"),
        ("http://app-h.cyclr.com", "app-h.cyclr.com"),
        ("https://app-h.cyclr.com/connector/callback", "app-h.cyclr.com"),
        ("https://app-h.cyclr.com/connector/callback/", "app-h.cyclr.com"),
        ("app-h.cyclr.com/connector/callback", "app-h.cyclr.com"),
        ("app-h.cyclr.com./", "app-h.cyclr.com"),
        ('"app-h.cyclr.com"', "app-h.cyclr.com"),
        ("<https://app-h.cyclr.com>", "app-h.cyclr.com"),
    ],
)
def test_good_cyclr_domains(text: str, domain: str) -> None:
    target = callback_for(text)
    assert target.domain == domain
    assert target.callback_url == f"https://{domain}/connector/callback"
    assert target.warning is None


@pytest.mark.parametrize(
    ("text", "domain", "warning_says"),
    [
        ("integrations.example.com", "integrations.example.com", "custom domain"),
        ("https://connect.partner.io/connector/callback", "connect.partner.io", "custom domain"),
        ("cyclr.com", "cyclr.com", "not a service domain"),
        ("my.cyclr.com", "my.cyclr.com", "Console or API"),
        ("api.eu.cyclr.com", "api.eu.cyclr.com", "Console or API"),
        ("notcyclr.com", "notcyclr.com", "custom domain"),
        ("bücher.example", "xn--bcher-kva.example", "custom domain"),
    ],
)
def test_unusual_domains_warn_but_are_accepted(text: str, domain: str, warning_says: str) -> None:
    target = callback_for(text)
    assert target.domain == domain
    assert target.callback_url == f"https://{domain}/connector/callback"
    assert target.warning is not None and warning_says in target.warning


@pytest.mark.parametrize(
    ("text", "why"),
    [
        ("", "empty"),
        ("   ", "empty"),
        ('""', "empty"),
        ("app h.cyclr.com", "spaces"),
        ("https://app-h.cyclr.com/console/login", "path"),
        ("https://app-h.cyclr.com/connector", "path"),
        ("app-h.cyclr.com/anything", "path"),
        ("https://app-h.cyclr.com/connector/callback?x=1", "query"),
        ("https://app-h.cyclr.com#frag", "query or fragment"),
        ("app-h.cyclr.com:8443", "port"),
        ("https://app-h.cyclr.com:443/connector/callback", "port"),
        ("192.168.1.10", "IP address"),
        ("https://10.0.0.1/connector/callback", "IP address"),
        ("[::1]", "IP address"),
        ("https://[2001:db8::1]/", "IP address"),
        ("localhost", "no dot"),
        ("app-h", "no dot"),
        ("app_h.cyclr.com", "not valid"),
        ("-app.cyclr.com", "not valid"),
        ("app-.cyclr.com", "not valid"),
        ("app..cyclr.com", "empty part"),
        (".cyclr.com", "empty part"),
        ("a" * 64 + ".cyclr.com", "not valid"),
        (("a" * 60 + ".") * 5 + "com", "longer"),
        ("ftp://app-h.cyclr.com", "ftp"),
        ("user@app-h.cyclr.com", "user name"),
        ("app-h.cyclr.123", "ends in a number"),
        ("https://", "no domain"),
        ("[", "bracket"),
        ("app-h.cyclr.com]", "bracket"),
        ("https://[app-h.cyclr.com/connector/callback", "bracket"),
        ("app-h[.cyclr.com", "bracket"),
        ("https://[::1/connector/callback", "bracket"),
        ("app-h].cyclr.com", "bracket"),
    ],
)
def test_bad_domains_are_refused_with_the_reason(text: str, why: str) -> None:
    with pytest.raises(InputError) as caught:
        callback_for(text)
    assert why in str(caught.value)
    assert caught.value.hint and "Settings > General Settings" in caught.value.hint


def test_console_path_names_the_connector_settings() -> None:
    assert "Intercom" in CYCLR_CONSOLE_PATH and "Settings" in CYCLR_CONSOLE_PATH
