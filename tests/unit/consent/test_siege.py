"""A hostile neighbour cannot lock the browser out: 127.0.0.1 is open to every local program."""

from __future__ import annotations

import ssl

import pytest

from intercom_wizard.consent.certificate import (
    CertificateInfo,
    ensure_certificate,
    server_ssl_context,
)
from intercom_wizard.consent.listener import CallbackListener
from intercom_wizard.consent.state import new_state
from tests.unit.consent.siege import siege, timed_redirect
from tests.unit.consent.support import trusting_context


@pytest.fixture(scope="module")
def certificate(tmp_path_factory: pytest.TempPathFactory) -> CertificateInfo:
    return ensure_certificate(tmp_path_factory.mktemp("certificate"))


async def test_the_browser_gets_through_300_idle_and_50_trickling_connections(
    certificate: CertificateInfo,
) -> None:
    state = new_state()
    tls: ssl.SSLContext = trusting_context(certificate)
    async with (
        CallbackListener(
            port=0, expected_state=state, tls=server_ssl_context(certificate)
        ) as listener,
        siege(listener.port, idle=300, trickling=50) as held,
    ):
        await held.ready()
        elapsed = await timed_redirect(listener, f"/callback?code=c0de%2B&state={state}", tls)
        assert held.connected >= 350
    assert elapsed < 2.0
