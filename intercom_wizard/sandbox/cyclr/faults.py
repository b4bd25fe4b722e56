"""Switchable misbehaviour of the sandbox Cyclr, one per way a partner's Cyclr setup goes wrong.

Written like the Intercom sandbox's faults, e.g.
``console-secret,callback-not-registered,no-intercom,no-match,refuse-api,slow-cleanup=3,cleanup-fails``.
"""

from __future__ import annotations

from dataclasses import dataclass

from intercom_wizard.errors import InputError
from intercom_wizard.sandbox.faults import fault_items, seconds

CYCLR_FAULT_NAMES = (
    "console-secret",
    "callback-not-registered",
    "no-intercom",
    "no-match",
    "refuse-api",
    "slow-cleanup",
    "cleanup-fails",
)
_HINT = (
    "Use a comma-separated list of: " + ", ".join(CYCLR_FAULT_NAMES) + " (slow-cleanup=SECONDS)."
)


@dataclass
class CyclrFaults:
    console_secret: bool = False  # the Console holds another Intercom Client Secret
    callback_not_registered: bool = False  # the Intercom app lacks Cyclr's callback URL
    no_intercom: bool = False  # the library has no Intercom connector
    no_match: bool = False  # no Intercom connector for the app's version
    refuse_api: bool = False  # the Cyclr API credentials are refused
    slow_cleanup: float = 0.0  # uninstall and account deletion wait this long first
    cleanup_fails: bool = False  # uninstall and account deletion answer 500

    @classmethod
    def parse(cls, names: str) -> CyclrFaults:
        faults = cls()
        for name, has_value, value in fault_items(names):
            if name not in CYCLR_FAULT_NAMES:
                raise InputError(f"'{name}' is not a sandbox Cyclr fault.", hint=_HINT)
            if (name == "slow-cleanup") != has_value:
                raise InputError(f"The sandbox Cyclr fault '{name}' is misspelt.", hint=_HINT)
            if name == "slow-cleanup":
                faults.slow_cleanup = seconds(
                    value,
                    f"slow-cleanup needs a number of seconds between 0 and 600, not '{value}'.",
                    _HINT,
                )
            else:
                setattr(faults, name.replace("-", "_"), True)
        return faults
