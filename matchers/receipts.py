"""Tie each remittance advice to the bank receipt that brought its money.

An advice says what a payment is for; the bank statement says the money arrived. The
two are linked by the amount (which must be equal, in the same currency), the dates
(the receipt's value date within a few days of the advice's payment date) and whatever
names the payer on both: the payment reference quoted on the receipt, the account the
money came from, the payer's name as the bank prints it. The amount and the date alone
are only a guess for a person to confirm; each independent match of payer or reference
makes the link surer. Links are assigned best first, one receipt to one advice; a tie
between two receipts or two advices is left for a person.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from matchers.customers import CustomerDirectory, normalise_account
from matchers.refs import normalise_ref
from matchers.types import (
    ZERO,
    BankReceipt,
    MatchPolicy,
    MatchStatus,
    Proposal,
    ReceiptLink,
    Remittance,
    money,
)

AMOUNT_AND_DATE = 0.7
"""Confidence of a link on amount and date alone: common amounts recur."""
ONE_WITNESS = 0.97
TWO_WITNESSES = 0.99
NAME_ALIKE = 85.0
MIN_REFERENCE = 5
"""Shortest payment reference looked for inside a receipt's reference text."""


@dataclass(frozen=True, slots=True)
class _Pair:
    remittance: int
    receipt: int
    score: float
    witnesses: tuple[str, ...]


def _amount(remittance: Remittance) -> Decimal:
    if remittance.total is not None:
        return money(remittance.total)
    return money(sum((line.paid_amount for line in remittance.lines), ZERO))


def _customer_of(remittance: Remittance, proposal: Proposal | None) -> str | None:
    if proposal is not None and proposal.customer_id:
        return proposal.customer_id
    return remittance.payer.customer_id


def _witnesses(
    remittance: Remittance,
    receipt: BankReceipt,
    customer_id: str | None,
    customers: CustomerDirectory,
) -> list[str]:
    """Independent signs that this receipt is this advice's money, in words."""
    found: list[str] = []
    reference = normalise_ref(remittance.payment_reference or "")
    if len(reference) >= MIN_REFERENCE and reference in normalise_ref(receipt.reference):
        found.append(f"the bank reference quotes {remittance.payment_reference}")
    account = normalise_account(receipt.account)
    customer = customers.get(customer_id) if customer_id else None
    known_accounts = {normalise_account(a) for a in customer.bank_accounts} if customer else set()
    if remittance.payer.bank_account:
        known_accounts.add(normalise_account(remittance.payer.bank_account))
    if account and account in known_accounts:
        found.append("paid from the payer's account")
    if customer_id and receipt.payer_name:
        alike = customers.name_likeness(receipt.payer_name, customer_id)
        if alike >= NAME_ALIKE:
            found.append(f"the bank names the payer {receipt.payer_name.strip()!r}")
    return found


def _pairs(
    remittances: Sequence[Remittance],
    receipts: Sequence[BankReceipt],
    customers: CustomerDirectory,
    policy: MatchPolicy,
    proposals: Sequence[Proposal] | None,
) -> list[_Pair]:
    by_amount: defaultdict[Decimal, list[int]] = defaultdict(list)
    for position, receipt in enumerate(receipts):
        by_amount[money(receipt.amount)].append(position)
    pairs: list[_Pair] = []
    for r_pos, remittance in enumerate(remittances):
        amount = _amount(remittance)
        if amount <= 0:
            continue
        customer_id = _customer_of(remittance, proposals[r_pos] if proposals else None)
        for c_pos in by_amount.get(amount, ()):
            receipt = receipts[c_pos]
            if (
                remittance.currency
                and receipt.currency
                and (remittance.currency.upper() != receipt.currency.upper())
            ):
                continue
            days = None
            if remittance.payment_date is not None:
                days = abs((receipt.value_date - remittance.payment_date).days)
                if days > policy.receipt_days:
                    continue
            witnesses = _witnesses(remittance, receipt, customer_id, customers)
            closeness = 0.0 if days is None else 1.0 - days / (policy.receipt_days + 1)
            pairs.append(_Pair(r_pos, c_pos, 2.0 * len(witnesses) + closeness, tuple(witnesses)))
    return pairs


def _confidence(pair: _Pair) -> float:
    if len(pair.witnesses) >= 2:
        return TWO_WITNESSES
    return ONE_WITNESS if pair.witnesses else AMOUNT_AND_DATE


def _tied(pair: _Pair, rivals: Sequence[_Pair]) -> bool:
    """Another pair for the same advice or receipt with as many witnesses."""
    return any(
        (r.remittance == pair.remittance or r.receipt == pair.receipt)
        and r is not pair
        and len(r.witnesses) >= len(pair.witnesses)
        for r in rivals
    )


def link_receipts(
    remittances: Sequence[Remittance],
    receipts: Sequence[BankReceipt],
    customers: CustomerDirectory,
    policy: MatchPolicy,
    proposals: Sequence[Proposal] | None = None,
) -> list[ReceiptLink]:
    """Link advices to receipts by amount, date and payer; at most one receipt each.

    Args:
        remittances: The advices.
        receipts: The bank statement's receipts.
        customers: Our customers (for their bank accounts and names).
        policy: Thresholds, and how many days a value date may be from a payment date.
        proposals: The match proposals of ``remittances``, in the same order, if made:
            the customer they identified is used to recognise the payer on the receipt.

    Returns:
        One link per advice that has a receipt, in the advices' order.
    """
    pairs = _pairs(remittances, receipts, customers, policy, proposals)
    by_remittance: defaultdict[int, list[_Pair]] = defaultdict(list)
    by_receipt: defaultdict[int, list[_Pair]] = defaultdict(list)
    for pair in pairs:
        by_remittance[pair.remittance].append(pair)
        by_receipt[pair.receipt].append(pair)
    taken_remittances: set[int] = set()
    taken_receipts: set[int] = set()
    links: dict[int, ReceiptLink] = {}
    for pair in sorted(pairs, key=lambda p: (-p.score, p.remittance, p.receipt)):
        if pair.remittance in taken_remittances or pair.receipt in taken_receipts:
            continue
        rivals = [*by_remittance[pair.remittance], *by_receipt[pair.receipt]]
        rivals = [r for r in rivals if r.remittance not in taken_remittances
                  and r.receipt not in taken_receipts]  # fmt: skip
        link = _link(remittances[pair.remittance], receipts, pair, policy, tied=_tied(pair, rivals))
        if link is None:
            continue
        taken_remittances.add(pair.remittance)
        taken_receipts.add(pair.receipt)
        links[pair.remittance] = link
    return [links[position] for position in sorted(links)]


def _link(
    remittance: Remittance,
    receipts: Sequence[BankReceipt],
    pair: _Pair,
    policy: MatchPolicy,
    *,
    tied: bool,
) -> ReceiptLink | None:
    receipt = receipts[pair.receipt]
    confidence = _confidence(pair)
    reason = (
        f"amount {money(receipt.amount):.2f} {receipt.currency} equal, "
        f"value date {receipt.value_date.isoformat()}"
    )
    if pair.witnesses:
        reason += "; " + "; ".join(pair.witnesses)
    if tied:
        confidence = min(confidence, AMOUNT_AND_DATE)
        reason += "; another receipt or advice fits as well"
    if confidence >= policy.auto_threshold and policy.allow_auto and not tied:
        status = MatchStatus.AUTO
    elif confidence >= policy.review_threshold:
        status = MatchStatus.REVIEW
    else:
        return None
    return ReceiptLink(remittance.source, receipt, pair.receipt, confidence, status, reason)
