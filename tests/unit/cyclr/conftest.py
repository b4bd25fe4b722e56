from __future__ import annotations

from collections.abc import Iterator

import pytest

from intercom_wizard.cyclr.locations import CyclrEndpoints
from intercom_wizard.sandbox.cyclr.faults import CyclrFaults
from intercom_wizard.sandbox.cyclr.server import SandboxCyclr
from intercom_wizard.sandbox.server import SandboxIntercom


@pytest.fixture
def intercom() -> Iterator[SandboxIntercom]:
    with SandboxIntercom() as server:
        yield server


@pytest.fixture
def cyclr(intercom: SandboxIntercom) -> Iterator[SandboxCyclr]:
    with SandboxCyclr(intercom_base=intercom.base_url, faults=CyclrFaults()) as server:
        intercom.redirect_uris = frozenset({server.callback_url})
        yield server


@pytest.fixture
def endpoints(cyclr: SandboxCyclr) -> CyclrEndpoints:
    env = {
        "INTERCOM_WIZARD_CYCLR_API_URL": cyclr.base_url,
        "INTERCOM_WIZARD_CYCLR_SERVICE_URL": cyclr.base_url,
    }
    return CyclrEndpoints.resolve(
        api_base="https://api.cyclr.com", service_domain="acme-h.cyclr.com", env=env
    )
