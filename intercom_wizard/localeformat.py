"""Numbers and dates written the way the current language writes them, without Qt.

The window formats with QLocale (its countdown is a "%d:%02d" each language words itself); the
core (diagnostics, the Intercom client's and the keyring's messages) uses this small table for
the four languages the wizard speaks. A table rather than Babel's CLDR data on purpose: the
frozen app would carry 30 MB of locale data for four rows.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from intercom_wizard.i18n import current


@dataclass(frozen=True)
class _Conventions:
    decimal: str
    group: str  # thousands separator
    date: str  # strftime pattern, numeric only (month names would need their own table)


# From CLDR's defaults for each language (de-DE, fr-FR, es-ES, en-US's order made ISO-like).
_TABLE = {
    "en": _Conventions(".", ",", "%Y-%m-%d"),
    "de": _Conventions(",", ".", "%d.%m.%Y"),
    "fr": _Conventions(",", "\u202f", "%d/%m/%Y"),
    "es": _Conventions(",", ".", "%d/%m/%Y"),
}


def _conventions() -> _Conventions:
    return _TABLE.get(current(), _TABLE["en"])


def format_number(value: float, decimals: int | None = None) -> str:
    """``12345.6`` → ``12,345.6`` / ``12.345,6`` / ``12 345,6``; ``decimals`` fixes the digits
    after the point, else as few as needed (up to three)."""
    conventions = _conventions()
    fixed = f"{value:,.{3 if decimals is None else decimals}f}"
    text = fixed.rstrip("0").rstrip(".") if decimals is None and "." in fixed else fixed
    return text.translate({ord(","): "\0", ord("."): conventions.decimal}).replace(
        "\0", conventions.group
    )


def format_date(day: date) -> str:
    return day.strftime(_conventions().date)
