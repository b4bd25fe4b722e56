"""Loading the engine's heavy parts ahead of time, on a worker thread.

The wizard shows its first page with nothing but Qt loaded. What a consent test needs later
(httpx and its async back end, the TLS settings with the CA bundle, keyring and its backend
discovery, the certificate code) costs 100 ms or more to load; loaded on the event loop in the
middle of a test, that froze the window. ``warm_up`` is run in a thread right after the first
paint instead, so those imports and look-ups are done (and cached) before anyone needs them.
"""

from __future__ import annotations

import importlib
import logging

_log = logging.getLogger(__name__)

_MODULES = (
    "httpx",
    "anyio._backends._asyncio",  # httpx's async back end, otherwise imported on first request
    "keyring",
    "intercom_wizard.verification",
    "intercom_wizard.diagnostics",
    "intercom_wizard.report",
)


def warm_up() -> None:
    """Import and prepare what a consent test needs. Safe to call more than once."""
    try:
        for name in _MODULES:
            importlib.import_module(name)
        from intercom_wizard.intercom.client import shared_tls_context

        shared_tls_context()
        import keyring

        keyring.get_keyring()  # backend discovery reads entry points; cached afterwards
    except Exception:
        # Everything here is loaded again where it is used; a failure then has its own message.
        _log.warning("preparing the engine ahead of time failed", exc_info=True)
