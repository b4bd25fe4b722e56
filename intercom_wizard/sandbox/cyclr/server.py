"""The sandbox Cyclr on a local port: one server for both its API and its service domain.

It rides on the sandbox Intercom's threaded HTTP server, so it starts, answers and closes the
same way.
"""

from __future__ import annotations

import threading
from types import TracebackType
from typing import Any, cast

from intercom_wizard.sandbox.cyclr.behaviour import CyclrBehaviour
from intercom_wizard.sandbox.cyclr.faults import CyclrFaults
from intercom_wizard.sandbox.server import SandboxIntercom, _Server


class SandboxCyclr(CyclrBehaviour):
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
        self._server = _Server(cast(Any, self), host, port)
        self.port = self._server.server_port
        self.base_url = f"http://{host}:{self.port}"
        self._thread: threading.Thread | None = None
        self._closed = False

    def start(self) -> None:
        if self._thread is not None or self._closed:
            return
        self._thread = threading.Thread(
            target=self._server.serve_until_woken, name=f"sandbox-cyclr-{self.port}", daemon=True
        )
        self._thread.start()

    def close(self) -> None:
        if self._closed:
            return
        self._closed = True
        self.closing.set()
        if self._thread is not None:
            self._server.wake()
            self._thread.join(timeout=2.0)
        self._server.server_close()
        self._server.drop_connections()

    def __enter__(self) -> SandboxCyclr:
        self.start()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()


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
