"""What the wizard learns while it runs and must not save: the secret, the last result."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from intercom_wizard.secrets import StorageKind
    from intercom_wizard.verification import VerificationResult


@dataclass
class RunState:
    client_secret: str = field(default="", repr=False)
    storage: StorageKind | None = None
    result: VerificationResult | None = None
    test_token_revoked: bool = False
