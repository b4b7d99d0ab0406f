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
    email_domain: str | None = None
    """Domain of the address the remittance came from (``acme.com.au``), when known."""
    bank_account: str | None = None
    """The account the money came from, as the bank statement or the advice shows it."""


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
    email_domains: tuple[str, ...] = ()
    """Domains its remittances are sent from (``acme.com.au``); free-mail domains are ignored."""
    bank_accounts: tuple[str, ...] = ()
    """Accounts it pays from (IBAN, BSB and account, ...); spaces and dashes do not matter."""


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
    discount_rates_pct: tuple[Decimal, ...] = (Decimal("1"), Decimal("2"), Decimal("2.5"))
    """Discount terms we offer: an unstated shortfall of exactly one of these is a discount."""
    subset_search_nodes: int = 20_000
    """Most combinations tried when a payment has no usable lines (bounds the search)."""
    subset_search_seconds: float = 0.1
    """Wall-clock limit of that search, whichever comes first."""
    receipt_days: int = 5
    """How many days a bank receipt may lie from the remittance's payment date."""
    auto_short_payments: bool = False
    """Whether a short or over payment of an invoice the payer quoted exactly may be
    allocated as paid without a person (the difference always stays for one)."""


@dataclass(frozen=True, slots=True)
class Allocation:
    """Part of a payment applied to one open item, with why we think so."""

    invoice_number: str
    customer_id: str
    amount: Decimal
    confidence: float
    status: MatchStatus
    reason: str
    evidence: str = ""
    """The kind of evidence behind it (``ref|amount|customer|flags``), for calibration."""


@dataclass(frozen=True, slots=True)
class Proposal:
    """How one remittance clears open items: the unit a reviewer approves or corrects."""

    source: str
    customer_id: str | None
    customer_confidence: float
    status: MatchStatus
    allocations: tuple[Allocation, ...]
    unallocated: Decimal


@dataclass(frozen=True, slots=True)
class BankReceipt:
    """Money that arrived on our account, as one line of a bank statement says."""

    account: str
    """The payer's account (who paid), as the statement gives it; may be blank."""
    value_date: date
    amount: Decimal
    currency: str
    reference: str = ""
    payer_name: str = ""


@dataclass(frozen=True, slots=True)
class ReceiptLink:
    """A remittance advice tied to the bank receipt that brought its money."""

    source: str
    receipt: BankReceipt
    receipt_index: int
    """Position of the receipt in the list given to :func:`~matchers.receipts.link_receipts`."""
    confidence: float
    status: MatchStatus
    reason: str
