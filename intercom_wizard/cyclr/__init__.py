"""The Cyclr check: the whole chain as Cyclr sees it, through the partner's Cyclr API.

Qt-free like the rest of the engine: ``verify-cyclr`` drives it from a terminal, and a wizard
page can drive it through the same steps and events.
"""

from __future__ import annotations

from intercom_wizard.cyclr.check import (
    CheckEvent,
    CheckEventKind,
    Cleanup,
    ConnectorChoice,
    CyclrCheck,
    CyclrCheckResult,
    what_it_creates,
)
from intercom_wizard.cyclr.client import CyclrClient
from intercom_wizard.cyclr.connectors import Connector
from intercom_wizard.cyclr.locations import CyclrEndpoints, CyclrLocation, private_api_base
from intercom_wizard.cyclr.verdicts import Verdict

__all__ = [
    "CheckEvent",
    "CheckEventKind",
    "Cleanup",
    "Connector",
    "ConnectorChoice",
    "CyclrCheck",
    "CyclrCheckResult",
    "CyclrClient",
    "CyclrEndpoints",
    "CyclrLocation",
    "Verdict",
    "private_api_base",
    "what_it_creates",
]
