"""A sandbox Cyclr wired beside the sandbox Intercom, as training mode and the self-test use it."""

from __future__ import annotations

import socket
from types import SimpleNamespace

import httpx

from intercom_wizard.cyclr.locations import API_URL_VARIABLE, SERVICE_URL_VARIABLE
from intercom_wizard.sandbox.cyclr.faults import CyclrFaults
from intercom_wizard.sandbox.cyclr.server import cyclr_beside, train_cyclr_beside
from intercom_wizard.sandbox.server import SandboxIntercom


def _refused(port: int) -> bool:
    with socket.socket() as probe:
        return probe.connect_ex(("127.0.0.1", port)) != 0


def test_training_points_the_check_at_a_cyclr_that_closes_with_intercom() -> None:
    intercom = SandboxIntercom(client_id="walk-id", client_secret="walk-secret")
    intercom.start()
    context = SimpleNamespace(cyclr_overrides=None, cyclr_credentials=None)
    cyclr = train_cyclr_beside(intercom, context)
    assert context.cyclr_overrides == {
        API_URL_VARIABLE: cyclr.base_url,
        SERVICE_URL_VARIABLE: cyclr.base_url,
    }
    assert context.cyclr_credentials == (cyclr.api_client_id, cyclr.api_client_secret)
    # Its Console holds this Intercom app's credentials, and its callback is registered there.
    assert (cyclr.console_client_id, cyclr.console_client_secret) == ("walk-id", "walk-secret")
    assert cyclr.callback_url in intercom.extra_redirect_uris
    assert httpx.get(cyclr.base_url + "/v1.0/accounts").status_code == 401  # serving
    intercom.close()
    assert _refused(cyclr.port)


def test_a_forgotten_callback_is_not_registered() -> None:
    with SandboxIntercom() as intercom:
        cyclr = cyclr_beside(intercom, CyclrFaults(callback_not_registered=True))
        try:
            assert cyclr.callback_url not in intercom.extra_redirect_uris
        finally:
            cyclr.close()
