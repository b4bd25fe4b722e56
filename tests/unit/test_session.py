from __future__ import annotations

import json

import pytest

from intercom_wizard.consent.ports import DEFAULT_PORT, check_port
from intercom_wizard.errors import InputError
from intercom_wizard.intercom.regions import Region
from intercom_wizard.intercom.versions import ApiVersion
from intercom_wizard.session import SetupSession, loopback_redirect_uri


def test_round_trips_through_plain_data() -> None:
    session = SetupSession(
        region=Region.EU,
        service_domain="acme-h.eu.cyclr.com",
        client_id="abc-123",
        port=42000,
        use_tls=False,
        api_version=ApiVersion.parse("2.11"),
        last_page=6,
        step_status={"credentials": "done"},
    )
    data = json.loads(json.dumps(session.to_dict()))
    assert SetupSession.from_dict(data) == session


@pytest.mark.parametrize(
    "data",
    [
        {},
        {"region": "mars", "port": "x", "api_version": "9.9", "last_page": -3},
        {"port": 80, "use_tls": "yes", "step_status": ["a"]},
        {"port": True, "client_id": 12},
    ],
)
def test_bad_saved_data_falls_back_to_defaults(data: dict[str, object]) -> None:
    session = SetupSession.from_dict(data)
    assert session.region is Region.US
    assert session.port == DEFAULT_PORT
    assert session.api_version is None
    assert session.last_page == 0
    assert session.use_tls is True


def test_holds_nothing_secret() -> None:
    assert not any("secret" in key or "token" in key for key in SetupSession().to_dict())


def loopback_redirect_uri_and_callback() -> None:
    session = SetupSession(service_domain="https://acme-h.cyclr.com/", port=42001)
    assert session.redirect_uri() == "https://127.0.0.1:42001/callback"
    assert session.callback_target().callback_url == "https://acme-h.cyclr.com/connector/callback"
    assert loopback_redirect_uri(42001, use_tls=False) == "http://127.0.0.1:42001/callback"


@pytest.mark.parametrize("port", [0, 80, 1023, 65536, -1])
def test_rejects_ports_it_cannot_listen_on(port: int) -> None:
    with pytest.raises(InputError, match=str(port)):
        check_port(port)
