from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import parse_qsl, urlsplit

import pytest

from intercom_wizard.errors import InputError
from intercom_wizard.intercom.authorize import authorize_url


@dataclass(frozen=True)
class _Endpoints:
    app_base: str


def test_authorize_url_sits_on_the_app_host_and_encodes_every_value() -> None:
    url = authorize_url(
        _Endpoints("https://app.eu.intercom.com"),
        client_id=" 1234-abcd ",
        state="s+t/a=te",
        redirect_uri="https://127.0.0.1:24891/callback",
    )
    parts = urlsplit(url)
    assert (parts.scheme, parts.netloc, parts.path) == ("https", "app.eu.intercom.com", "/oauth")
    assert "redirect_uri=https%3A%2F%2F127.0.0.1%3A24891%2Fcallback" in parts.query
    assert "state=s%2Bt%2Fa%3Dte" in parts.query
    assert parse_qsl(parts.query) == [
        ("client_id", "1234-abcd"),
        ("state", "s+t/a=te"),
        ("redirect_uri", "https://127.0.0.1:24891/callback"),
    ]


def test_authorize_url_tolerates_a_trailing_slash_on_the_base() -> None:
    url = authorize_url(
        _Endpoints("http://127.0.0.1:9000/"), client_id="c", state="s", redirect_uri="r"
    )
    assert url.startswith("http://127.0.0.1:9000/oauth?client_id=c&")


def test_an_empty_client_id_is_refused_with_a_hint() -> None:
    with pytest.raises(InputError) as caught:
        authorize_url(_Endpoints("https://x"), client_id="  ", state="s", redirect_uri="r")
    assert caught.value.hint
