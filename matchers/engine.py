"""Propose how one remittance clears open items: the cash-application core.

Each remittance line is looked up by the document number the payer quoted (exactly, then
ignoring leading zeros), or by purchase-order number, and its amount is compared with what
is still open on that item. Every allocation carries a confidence and a reason written for
the banking reviewer; the admin's thresholds then decide whether it may be posted on its
own (``auto``), needs a person (``review``) or is not proposed at all.

Nothing here guesses silently: an ambiguous number, a currency that differs or an invoice
that belongs to another customer lowers the confidence and says so in the reason.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Literal, NamedTuple

from matchers.customers import CustomerDirectory, CustomerMatch, identify_customer
from matchers.index import OpenItemIndex
from matchers.types import (
    CENT,
    ZERO,
    Allocation,
    Customer,
    MatchPolicy,
    MatchStatus,
    OpenItem,
    Proposal,
    ReferenceKind,
    Remittance,
    RemittanceLine,
    money,
)

# Confidence of each kind of evidence; see match_remittance for how they combine.
EXACT_AMOUNT = 0.99
DISCOUNT_AMOUNT = 0.97
TOLERANCE_AMOUNT = 0.96
DIFFERENT_AMOUNT = 0.75
LOOSE_NUMBER_PENALTY = 0.03
DUPLICATE_NUMBER_PENALTY = 0.15
PO_PENALTY = 0.09
PO_ONE_OF_MANY = 0.80
PO_SUM_OF_ALL = 0.85
CURRENCY_PENALTY = 0.30
OTHER_CUSTOMER_PENALTY = 0.20

_DISCOUNT_STEP = Decimal("0.5")
_PCT_PLACES = Decimal("0.1")

Lookup = Literal["exact", "loose", "po"]


class _Found(NamedTuple):
    """What a line's reference found in the index, and how."""

    items: tuple[OpenItem, ...]
    how: Lookup


class AmountFit(NamedTuple):
    """How a paid amount compares with an open amount (both positive)."""

    confidence: float
    amount: Decimal
    reason: str
    fits: bool


@dataclass(frozen=True, slots=True)
class _Candidate:
    """An allocation before the currency and customer checks and the thresholds."""

    item: OpenItem
    amount: Decimal
    confidence: float
    reason: str
    review_only: bool = False


@dataclass(slots=True)
class _Context:
    """State of one remittance while its lines are matched."""

    policy: MatchPolicy
    customer_id: str | None
    currency: str | None
    allocated: dict[int, Decimal] = field(default_factory=dict)

    def remaining(self, item: OpenItem) -> Decimal:
        """What is still open on ``item`` after earlier lines of this remittance."""
        return item.open_amount - self.allocated.get(id(item), ZERO)


def _fmt(value: Decimal) -> str:
    return f"{money(value):.2f}"


def _fmt_pct(value: Decimal) -> str:
    return f"{value.quantize(_PCT_PLACES)}%"


def _lookup_number(line: RemittanceLine, index: OpenItemIndex) -> _Found | None:
    exact = index.by_invoice(line.invoice_ref)
    if exact:
        return _Found(exact, "exact")
    loose = index.by_invoice_loose(line.invoice_ref)
    return _Found(loose, "loose") if loose else None


def _lookup_po(line: RemittanceLine, index: OpenItemIndex) -> _Found | None:
    items = index.by_po(line.invoice_ref)
    return _Found(items, "po") if items else None


def _lookup(line: RemittanceLine, index: OpenItemIndex) -> _Found | None:
    """Find the open items a line's reference points at.

    The payer's label decides which table is tried first, but the other is tried too:
    payers put PO numbers in the invoice column, and the reverse, often enough.
    """
    if line.reference_kind is ReferenceKind.PO:
        return _lookup_po(line, index) or _lookup_number(line, index)
    return _lookup_number(line, index) or _lookup_po(line, index)


def _discount_pct(
    paid: Decimal, open_: Decimal, stated: Decimal, max_pct: Decimal
) -> Decimal | None:
    """The settlement-discount percentage that explains a shortfall, if one does.

    A discount the payer states must reconcile to the cent; an unstated one must be a
    whole half-percent of the open amount (1%, 2.5%), the way discount terms are written,
    so that an ordinary short payment is never mistaken for a discount.
    """
    short = open_ - paid
    if short <= 0 or open_ <= 0:
        return None
    if stated > 0 and money(stated) == money(short):
        pct = short * 100 / open_
        return pct if pct <= max_pct else None
    step = _DISCOUNT_STEP
    while step <= max_pct:
        if abs(open_ * step / 100 - short) < CENT:
            return step
        step += _DISCOUNT_STEP
    return None


def fit_amount(
    paid: Decimal, open_: Decimal, line: RemittanceLine, policy: MatchPolicy
) -> AmountFit:
    """Compare a payment with an open amount, both given as positive numbers.

    Returns:
        The confidence the amounts give, the amount to allocate (never more than is open
        unless the difference is within the admin's tolerance), the reason in words and
        whether the amount "fits" (equal, discount or tolerance) rather than differs.
    """
    if paid == open_:
        return AmountFit(EXACT_AMOUNT, paid, "amount equals open amount", fits=True)
    pct = _discount_pct(paid, open_, abs(line.discount), policy.max_discount_pct)
    if pct is not None:
        return AmountFit(
            DISCOUNT_AMOUNT, paid, f"amount equals open less {_fmt_pct(pct)} discount", fits=True
        )
    diff = paid - open_
    if abs(diff) <= policy.amount_tolerance:
        return AmountFit(
            TOLERANCE_AMOUNT,
            paid,
            f"amount within tolerance {_fmt(policy.amount_tolerance)} of open {_fmt(open_)} "
            f"(difference {_fmt(diff)})",
            fits=True,
        )
    if diff < 0:
        reason = f"paid {_fmt(paid)} of open {_fmt(open_)} (short by {_fmt(-diff)})"
        if line.deduction:
            reason += f"; the payer states a deduction of {_fmt(abs(line.deduction))}"
        return AmountFit(DIFFERENT_AMOUNT, paid, reason, fits=False)
    return AmountFit(
        DIFFERENT_AMOUNT,
        open_,
        f"paid {_fmt(paid)} of open {_fmt(open_)} (over by {_fmt(diff)})",
        fits=False,
    )


def _usable(items: Sequence[OpenItem], paid: Decimal, ctx: _Context) -> list[OpenItem]:
    """Items a payment of ``paid`` could still go to, the paying customer's first.

    A payment only clears invoices and a credit note only clears credit notes (same
    sign), and an item already cleared by an earlier line is not offered again.
    """
    positive = paid > 0
    usable = [i for i in items if ctx.remaining(i) != 0 and (ctx.remaining(i) > 0) == positive]
    if ctx.customer_id is not None:
        own = [i for i in usable if i.customer_id == ctx.customer_id]
        if own:
            return own
    return usable


def _number_basis(line: RemittanceLine, item: OpenItem, how: Lookup) -> tuple[str, float]:
    label = "credit note number" if line.paid_amount < 0 else "invoice number"
    if how == "exact":
        return f"{label} exact", 0.0
    quoted = f"{label} {line.invoice_ref!r} matches {item.invoice_number}"
    return f"{quoted} once leading zeros are ignored", LOOSE_NUMBER_PENALTY


def _match_number(
    line: RemittanceLine, found: _Found, usable: list[OpenItem], ctx: _Context
) -> list[_Candidate]:
    """Allocate a line that quoted one of our document numbers."""
    paid = abs(line.paid_amount)
    note = ""
    penalty = 0.0
    item = usable[0]
    if len(usable) > 1:
        equal = [i for i in usable if abs(ctx.remaining(i)) == paid]
        if len(equal) != 1:
            return []
        item = equal[0]
        penalty = DUPLICATE_NUMBER_PENALTY
        note = f"; {len(usable)} open items carry this number and only this one's amount fits"
    basis, number_penalty = _number_basis(line, item, found.how)
    remaining = ctx.remaining(item)
    if remaining != item.open_amount:
        covered = _fmt(abs(item.open_amount - remaining))
        note += f"; earlier lines of this remittance already cover {covered}"
    fit = fit_amount(paid, abs(remaining), line, ctx.policy)
    sign = -1 if line.paid_amount < 0 else 1
    return [
        _Candidate(
            item,
            sign * fit.amount,
            fit.confidence - penalty - number_penalty,
            f"{basis}; {fit.reason}{note}",
        )
    ]


def _match_po(line: RemittanceLine, usable: list[OpenItem], ctx: _Context) -> list[_Candidate]:
    """Allocate a line that quoted a purchase order; always for a person to confirm.

    One PO can carry several invoices over time, so even a perfect amount only proposes.
    """
    paid = abs(line.paid_amount)
    sign = -1 if line.paid_amount < 0 else 1
    po = line.invoice_ref
    if len(usable) == 1:
        item = usable[0]
        fit = fit_amount(paid, abs(ctx.remaining(item)), line, ctx.policy)
        reason = f"PO {po} has one open item, {item.invoice_number}; {fit.reason}"
        return [
            _Candidate(
                item, sign * fit.amount, fit.confidence - PO_PENALTY, reason, review_only=True
            )
        ]
    equal = [i for i in usable if abs(ctx.remaining(i)) == paid]
    if len(equal) == 1:
        only = equal[0].invoice_number
        reason = f"PO {po} has {len(usable)} open items; only {only} equals the payment"
        return [_Candidate(equal[0], sign * paid, PO_ONE_OF_MANY, reason, review_only=True)]
    if sum((abs(ctx.remaining(i)) for i in usable), ZERO) == paid:
        reason = f"payment equals the sum of the {len(usable)} open items on PO {po}"
        return [
            _Candidate(i, ctx.remaining(i), PO_SUM_OF_ALL, reason, review_only=True) for i in usable
        ]
    return []


def _match_line(line: RemittanceLine, found: _Found | None, ctx: _Context) -> list[_Candidate]:
    if found is None or line.paid_amount == 0:
        return []
    usable = _usable(found.items, line.paid_amount, ctx)
    if not usable:
        return []
    if found.how == "po":
        return _match_po(line, usable, ctx)
    return _match_number(line, found, usable, ctx)


def _status(confidence: float, policy: MatchPolicy, *, review_only: bool) -> MatchStatus | None:
    if confidence >= policy.auto_threshold and policy.allow_auto and not review_only:
        return MatchStatus.AUTO
    if confidence >= policy.review_threshold:
        return MatchStatus.REVIEW
    return None


def _finalise(candidate: _Candidate, ctx: _Context) -> Allocation | None:
    """Apply the currency and customer checks and the thresholds; record what was taken."""
    item = candidate.item
    confidence, reason, review_only = candidate.confidence, candidate.reason, candidate.review_only
    if ctx.currency and item.currency and ctx.currency.upper() != item.currency.upper():
        confidence -= CURRENCY_PENALTY
        review_only = True
        reason += f"; currency differs (remittance {ctx.currency}, invoice {item.currency})"
    if ctx.customer_id is not None and item.customer_id != ctx.customer_id:
        confidence -= OTHER_CUSTOMER_PENALTY
        review_only = True
        reason += f"; the invoice belongs to {item.customer_id}, not the payer {ctx.customer_id}"
    confidence = round(min(max(confidence, 0.0), 1.0), 4)
    status = _status(confidence, ctx.policy, review_only=review_only)
    if status is None:
        return None
    amount = money(candidate.amount)
    ctx.allocated[id(item)] = ctx.allocated.get(id(item), ZERO) + amount
    return Allocation(item.invoice_number, item.customer_id, amount, confidence, status, reason)


def _owners(found: Sequence[_Found | None]) -> list[str]:
    """The single owner of each line's matches, where a line's matches have just one."""
    owners: list[str] = []
    for hit in found:
        if hit is not None:
            ids = {item.customer_id for item in hit.items}
            if len(ids) == 1:
                owners.append(next(iter(ids)))
    return owners


def _proposal_status(
    allocations: Sequence[Allocation], *, every_line: bool, unallocated: Decimal
) -> MatchStatus:
    if not allocations:
        return MatchStatus.UNMATCHED
    if every_line and unallocated == 0 and all(a.status is MatchStatus.AUTO for a in allocations):
        return MatchStatus.AUTO
    return MatchStatus.REVIEW


def _directory(customers: CustomerDirectory | Iterable[Customer]) -> CustomerDirectory:
    return customers if isinstance(customers, CustomerDirectory) else CustomerDirectory(customers)


def match_remittance(
    remittance: Remittance,
    index: OpenItemIndex,
    customers: CustomerDirectory | Iterable[Customer],
    policy: MatchPolicy,
) -> Proposal:
    """Propose how one remittance clears open items.

    Args:
        remittance: The advice as extracted; each line names a document and an amount.
        index: The open items, indexed once for all remittances.
        customers: Our customers (pass a prepared :class:`CustomerDirectory` when matching
            many remittances, so names are normalised once).
        policy: The admin's thresholds and tolerances.

    Returns:
        The proposal: the paying customer, one allocation per open item a line clears
        (with confidence, status and reason) and what is left unallocated. It is ``auto``
        only when every line is allocated automatically and nothing is left over.
    """
    found = [_lookup(line, index) for line in remittance.lines]
    who: CustomerMatch = identify_customer(remittance.payer, _directory(customers), _owners(found))
    ctx = _Context(policy, who.customer_id, remittance.currency)
    allocations: list[Allocation] = []
    every_line = True
    for line, hit in zip(remittance.lines, found, strict=True):
        taken = [a for c in _match_line(line, hit, ctx) if (a := _finalise(c, ctx)) is not None]
        every_line = every_line and bool(taken)
        allocations.extend(taken)
    paid = sum((line.paid_amount for line in remittance.lines), ZERO)
    unallocated = money(paid - sum((a.amount for a in allocations), ZERO))
    return Proposal(
        source=remittance.source,
        customer_id=who.customer_id,
        customer_confidence=who.confidence,
        status=_proposal_status(allocations, every_line=every_line, unallocated=unallocated),
        allocations=tuple(allocations),
        unallocated=unallocated,
    )


def match_all(
    remittances: Iterable[Remittance],
    index: OpenItemIndex,
    customers: CustomerDirectory | Iterable[Customer],
    policy: MatchPolicy,
) -> list[Proposal]:
    """Match many remittances against one index, preparing the customers only once."""
    directory = _directory(customers)
    return [match_remittance(r, index, directory, policy) for r in remittances]
