"""Switchable misbehaviour of the sandbox Cyclr, one per way a partner's Cyclr setup goes wrong.

Written like the Intercom sandbox's faults, e.g.
``console-secret,callback-not-registered,no-intercom,no-match,refuse-api,slow-cleanup=3,cleanup-fails``.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from intercom_wizard.errors import InputError

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
        for item in (part.strip() for part in names.split(",")):
            if not item:
                continue
            name, has_value, value = (text.strip() for text in item.partition("="))
            name = name.lower()
            if name not in CYCLR_FAULT_NAMES:
                raise InputError(f"'{name}' is not a sandbox Cyclr fault.", hint=_HINT)
            if (name == "slow-cleanup") != bool(has_value):
                raise InputError(f"The sandbox Cyclr fault '{name}' is misspelt.", hint=_HINT)
            if name == "slow-cleanup":
                faults.slow_cleanup = _seconds(value)
            else:
                setattr(faults, name.replace("-", "_"), True)
        return faults


def _seconds(value: str) -> float:
    try:
        seconds = float(value)
    except ValueError:
        seconds = math.nan
    if not math.isfinite(seconds) or not 0 <= seconds <= 600:
        raise InputError(
            f"slow-cleanup needs a number of seconds between 0 and 600, not '{value}'.", hint=_HINT
        )
    return seconds
