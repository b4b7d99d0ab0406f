"""Plain value types shared by extraction (which produces them) and matching (which consumes them).

Money is always :class:`~decimal.Decimal` and travels with its currency; dates are
:class:`~datetime.date`. Everything is frozen so a proposal can never be changed behind
the reviewer's back.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from enum import StrEnum

ZERO = Decimal("0.00")
CENT = Decimal("0.01")


def money(value: Decimal | int | str) -> Decimal:
    """Return ``value`` as a Decimal rounded to cents, the unit every ledger posts in."""
    return Decimal(value).quantize(CENT)


class ReferenceKind(StrEnum):
    """What the payer's reference on a remittance line points at."""

    INVOICE = "invoice"
    CREDIT_NOTE = "credit_note"
    PO = "po"
    UNKNOWN = "unknown"


class MatchStatus(StrEnum):
    """How far a proposal may go without a person."""

    AUTO = "auto"
    REVIEW = "review"
    UNMATCHED = "unmatched"


@dataclass(frozen=True, slots=True)
class Payer:
    """Who the remittance says paid; ``customer_id`` is filled once the payer is recognised."""

    name: str | None = None
    customer_id: str | None = None


@dataclass(frozen=True, slots=True)
class RemittanceLine:
    """One line of a remittance advice: the document a part of the payment covers."""

    invoice_ref: str
    paid_amount: Decimal
    invoice_date: date | None = None
    gross_amount: Decimal | None = None
    discount: Decimal = ZERO
    deduction: Decimal = ZERO
    reference_kind: ReferenceKind = ReferenceKind.INVOICE


@dataclass(frozen=True, slots=True)
class Remittance:
    """A whole remittance advice as read from one document (or one part of a message)."""

    source: str
    lines: tuple[RemittanceLine, ...]
    payer: Payer = field(default_factory=Payer)
    payment_date: date | None = None
    payment_reference: str | None = None
    currency: str | None = None
    total: Decimal | None = None
    method: str = "table"
    warnings: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Customer:
    """A customer of ours, with the names payers use for it."""

    customer_id: str
    name: str
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class OpenItem:
    """An open receivable (invoice or credit note) from the ERP's open-items list."""

    customer_id: str
    invoice_number: str
    currency: str
    amount: Decimal
    open_amount: Decimal
    customer_name: str = ""
    invoice_date: date | None = None
    due_date: date | None = None
    po_number: str | None = None


@dataclass(frozen=True, slots=True)
class MatchPolicy:
    """The admin's thresholds from rules.yaml, handed to the core as plain numbers."""

    auto_threshold: float = 0.95
    review_threshold: float = 0.60
    amount_tolerance: Decimal = Decimal("0.00")
    max_discount_pct: Decimal = Decimal("3.0")
    allow_auto: bool = True


@dataclass(frozen=True, slots=True)
class Allocation:
    """Part of a payment applied to one open item, with why we think so."""

    invoice_number: str
    customer_id: str
    amount: Decimal
    confidence: float
    status: MatchStatus
    reason: str


@dataclass(frozen=True, slots=True)
class Proposal:
    """How one remittance clears open items: the unit a reviewer approves or corrects."""

    source: str
    customer_id: str | None
    customer_confidence: float
    status: MatchStatus
    allocations: tuple[Allocation, ...]
    unallocated: Decimal
