"""The sandbox Cyclr on a local port: one server for both its API and its service domain.

It is served as the sandbox Intercom is (``Served``), so it starts, answers and closes the same
way.
"""

from __future__ import annotations

from typing import Any

from intercom_wizard.sandbox.cyclr.behaviour import CyclrBehaviour
from intercom_wizard.sandbox.cyclr.faults import CyclrFaults
from intercom_wizard.sandbox.server import SandboxIntercom, Served


class SandboxCyclr(CyclrBehaviour, Served):
    """A local Cyclr that signs in to ``intercom_base`` (a sandbox Intercom)."""

    def __init__(
        self,
        *,
        intercom_base: str,
        host: str = "127.0.0.1",
        port: int = 0,
        faults: CyclrFaults | None = None,
        **credentials: Any,
    ) -> None:
        super().__init__(intercom_base=intercom_base, faults=faults, **credentials)
        self._bind(self, host, port, "sandbox-cyclr")


def cyclr_beside(intercom: SandboxIntercom, faults: CyclrFaults | None = None) -> SandboxCyclr:
    """A started sandbox Cyclr that signs in to ``intercom``, wired as a partner's setup is.

    Its Console holds the sandbox Intercom app's Client ID and Secret (the fault
    ``console-secret`` spoils the secret), and Cyclr's callback is registered on that app beside
    the wizard's own loopback redirect, unless ``callback-not-registered`` says it was forgotten.
    """
    cyclr = SandboxCyclr(
        intercom_base=intercom.base_url,
        faults=faults,
        console_client_id=intercom.client_id,
        console_client_secret=intercom.client_secret,
    )
    cyclr.start()
    if cyclr.faults.callback_not_registered:
        if intercom.redirect_uris is not None:
            intercom.redirect_uris = intercom.redirect_uris - {cyclr.callback_url}
    else:
        intercom.extra_redirect_uris = intercom.extra_redirect_uris | {cyclr.callback_url}
    return cyclr


def cyclr_overrides(cyclr: SandboxCyclr) -> dict[str, str]:
    """The environment that points the Cyclr check at ``cyclr`` (its API and service domain)."""
    from intercom_wizard.cyclr.locations import API_URL_VARIABLE, SERVICE_URL_VARIABLE

    return {API_URL_VARIABLE: cyclr.base_url, SERVICE_URL_VARIABLE: cyclr.base_url}


def train_cyclr_beside(intercom: SandboxIntercom, context: Any) -> SandboxCyclr:
    """A sandbox Cyclr for the wizard's training mode, closed with ``intercom``.

    ``context`` is the wizard's (typed loosely: the sandbox does not import the UI); its Cyclr
    check is pointed at the sandbox Cyclr and offered its API credentials.
    """
    cyclr = cyclr_beside(intercom)
    intercom.on_close.append(cyclr.close)
    context.cyclr_overrides = cyclr_overrides(cyclr)
    context.cyclr_credentials = (cyclr.api_client_id, cyclr.api_client_secret)
    return cyclr
