"""Switchable misbehaviour of the sandbox Intercom, to rehearse every way a real setup fails.

A fault list is written as comma-separated names so it fits a command-line option or an
environment variable, e.g.
``decline,missing=write_conversations+read_admins,slow=2,500,429,drop,no-version``.
"""

from __future__ import annotations

import math
from collections.abc import Iterator
from dataclasses import dataclass, field

from intercom_wizard.errors import InputError
from intercom_wizard.intercom.permissions import PermissionKey

FAULT_NAMES = ("decline", "missing", "slow", "500", "429", "drop", "no-version")

_SYNTAX_HINT = (
    "Use a comma-separated list of: decline, missing=PERMISSION[+PERMISSION...], slow=SECONDS, "
    "500, 429, drop, no-version. Permissions: "
    + ", ".join(key.value for key in PermissionKey)
    + "."
)


@dataclass
class Faults:
    """What the sandbox gets wrong on purpose. The server reads it on every request."""

    decline: bool = False  # Authorize sends the browser back with error=access_denied
    missing: set[PermissionKey] = field(default_factory=set)  # these permissions answer 403
    slow_seconds: float = 0.0  # every API answer waits this long first
    server_error: bool = False  # every API answer is a 500
    rate_limit_once: bool = False  # the next API call answers 429, then the fault switches off
    drop_connection: bool = False  # API connections are closed without an answer
    no_version_header: bool = False  # API answers carry no Intercom-Version header

    @classmethod
    def parse(cls, names: str) -> Faults:
        """Read a fault list; an empty text means no faults."""
        faults = cls()
        for name, has_value, value in fault_items(names):
            if name in ("missing", "slow") and not has_value:
                raise InputError(f"The sandbox fault '{name}' needs a value.", hint=_SYNTAX_HINT)
            if name not in ("missing", "slow") and has_value:
                raise InputError(f"The sandbox fault '{name}' takes no value.", hint=_SYNTAX_HINT)
            if name == "decline":
                faults.decline = True
            elif name == "missing":
                faults.missing |= _parse_permissions(value)
            elif name == "slow":
                faults.slow_seconds = seconds(
                    value,
                    "The sandbox fault 'slow' needs a number of seconds between 0 and 600, "
                    f"not '{value}'.",
                    _SYNTAX_HINT,
                )
            elif name == "500":
                faults.server_error = True
            elif name == "429":
                faults.rate_limit_once = True
            elif name == "drop":
                faults.drop_connection = True
            elif name == "no-version":
                faults.no_version_header = True
            else:
                raise InputError(f"'{name}' is not a sandbox fault.", hint=_SYNTAX_HINT)
        return faults

    def describe(self) -> str:
        """The fault list in the same syntax :meth:`parse` reads ("" when there are none)."""
        parts: list[str] = []
        if self.decline:
            parts.append("decline")
        if self.missing:
            parts.append("missing=" + "+".join(sorted(key.value for key in self.missing)))
        if self.slow_seconds:
            parts.append(f"slow={self.slow_seconds:g}")
        if self.server_error:
            parts.append("500")
        if self.rate_limit_once:
            parts.append("429")
        if self.drop_connection:
            parts.append("drop")
        if self.no_version_header:
            parts.append("no-version")
        return ",".join(parts)


def _parse_permissions(value: str) -> set[PermissionKey]:
    keys: set[PermissionKey] = set()
    for raw in value.split("+"):
        try:
            keys.add(PermissionKey(raw.strip().lower()))
        except ValueError:
            raise InputError(
                f"'{raw.strip()}' is not a permission the sandbox knows.", hint=_SYNTAX_HINT
            ) from None
    return keys


def fault_items(names: str) -> Iterator[tuple[str, bool, str]]:
    """Each item of a comma-separated fault list: its name (lowercased), whether it was given
    a value (``name=value``), and the value."""
    for item in (part.strip() for part in names.split(",")):
        if item:
            name, has_value, value = (text.strip() for text in item.partition("="))
            yield name.lower(), bool(has_value), value


def seconds(value: str, refusal: str, hint: str) -> float:
    """A fault's number of seconds, 0 to 600; InputError(``refusal``) otherwise."""
    try:
        number = float(value)
    except ValueError:
        number = math.nan
    if not math.isfinite(number) or not 0 <= number <= 600:
        raise InputError(refusal, hint=hint)
    return number
