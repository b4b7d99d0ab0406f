"""How a layout prints money and dates: the conventions payers' systems really use.

Kept apart from the templates so that every producer (PDF, spreadsheet, mail body)
prints ``(250.00)``, ``250,00-`` or ``€ 1.234,50`` through the same code, and the ground
truth never depends on a producer's own number formatting.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

_FRENCH_MONTHS = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
                  "septembre", "octobre", "novembre", "décembre")  # fmt: skip
_GERMAN_MONTHS = ("Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August",
                  "September", "Oktober", "November", "Dezember")  # fmt: skip


@dataclass(frozen=True, slots=True)
class NumberStyle:
    """One way of printing money.

    Attributes:
        decimal: The decimal mark, ``.`` or ``,``.
        thousands: The grouping mark (``,`` ``.`` space, apostrophe) or ``""``.
        negative: ``paren`` (250.00), ``trailing`` 250.00-, ``leading`` -250.00 or
            ``cr`` 250.00 CR.
        symbol: Printed in every amount cell: ``""``, ``"$"``, ``"€"``, or an ISO code.
        symbol_after: Put the symbol after the number (``1.234,50 €``).
    """

    decimal: str = "."
    thousands: str = ","
    negative: str = "paren"
    symbol: str = ""
    symbol_after: bool = False

    @property
    def decimal_comma(self) -> bool:
        """Whether this style writes ``1.234,50``."""
        return self.decimal == ","


def format_amount(value: Decimal, style: NumberStyle, *, symbol: bool = True) -> str:
    """Print ``value`` in ``style``; ``symbol=False`` leaves the currency off."""
    text = f"{abs(value):,.2f}"
    whole, fraction = text.split(".")
    text = whole.replace(",", style.thousands) + style.decimal + fraction
    if symbol and style.symbol:
        gap = "" if style.symbol in "$€£" and not style.symbol_after else " "
        text = f"{text}{gap}{style.symbol}" if style.symbol_after else f"{style.symbol}{gap}{text}"
    if value >= 0:
        return text
    return {
        "paren": f"({text})",
        "trailing": f"{text}-",
        "leading": f"-{text}",
        "cr": f"{text} CR",
    }[style.negative]


def format_date(value: date, fmt: str) -> str:
    """Print a date; ``%fr`` and ``%de`` spell the month in French or German."""
    if fmt == "%fr":
        return f"{value.day} {_FRENCH_MONTHS[value.month - 1]} {value.year}"
    if fmt == "%de":
        return f"{value.day}. {_GERMAN_MONTHS[value.month - 1]} {value.year}"
    return value.strftime(fmt)
