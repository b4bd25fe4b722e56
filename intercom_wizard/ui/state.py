"""What the wizard learns while it runs: the secret (never saved) and the last test result."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from intercom_wizard.cyclr.connectors import Connector
    from intercom_wizard.verification import VerificationResult


@dataclass
class RunState:
    client_secret: str = field(default="", repr=False)
    result: VerificationResult | None = None
    # The Intercom connectors Cyclr's API listed in this run; None: not listed (a guess is shown).
    cyclr_connectors: list[Connector] | None = None
