"""How a paid amount compares with what is open on an item, in kinds a reviewer knows.

The kinds, best first: equal; within the admin's tolerance (bank charges, a few cents of
rounding); less an early-payment discount the payer states, or one of our discount rates
when the payer does not say; short with the reason stated (a deduction that accounts for
the whole shortfall); short without a reason; more than is open. Only the first five
explain the whole amount; a short or over payment is how disputes and wrong invoices
show themselves, so the engine lets one pass only under the admin's
``auto_short_payments`` and strict conditions (see :mod:`matchers.engine`).
"""

from __future__ import annotations

from decimal import Decimal
from enum import StrEnum
from typing import NamedTuple

from matchers.types import CENT, MatchPolicy, RemittanceLine, money

_PCT_PLACES = Decimal("0.1")


class AmountKind(StrEnum):
    """The way a payment relates to the open amount it is set against."""

    EXACT = "exact"
    TOLERANCE = "tolerance"
    DISCOUNT = "discount"
    """Short by a discount the payer states."""
    TERMS = "terms"
    """Short by exactly one of our discount rates, unstated."""
    DEDUCTION = "deduction"
    """Short by a deduction the payer states (the rest stays open for the dispute)."""
    SHORT = "short"
    OVER = "over"
    NETTED = "netted"
    """Short by an open credit note of the same customer, which the payer netted."""


EXPLAINED = frozenset(
    {AmountKind.EXACT, AmountKind.TOLERANCE, AmountKind.DISCOUNT, AmountKind.TERMS,
     AmountKind.DEDUCTION}
)  # fmt: skip
"""Kinds where the payer's figures account for every cent."""


class AmountFit(NamedTuple):
    """How a paid amount compares with an open amount (both positive)."""

    kind: AmountKind
    amount: Decimal
    """What to allocate: the payment, or the open amount when more was paid."""
    reason: str

    @property
    def fits(self) -> bool:
        """Whether the figures explain the payment to the cent."""
        return self.kind in EXPLAINED


def fmt(value: Decimal) -> str:
    """Money as a reviewer reads it: two places."""
    return f"{money(value):.2f}"


def _fmt_pct(value: Decimal) -> str:
    return f"{value.quantize(_PCT_PLACES)}%"


def stated_discount_pct(
    short: Decimal, open_: Decimal, stated: Decimal, policy: MatchPolicy
) -> Decimal | None:
    """The percentage of a discount the payer states, if it explains the shortfall."""
    if stated <= 0 or money(stated) != money(short):
        return None
    pct = short * 100 / open_
    return pct if pct <= policy.max_discount_pct else None


def terms_discount_pct(short: Decimal, open_: Decimal, policy: MatchPolicy) -> Decimal | None:
    """The discount rate of ours that a shortfall equals to the cent, if any.

    Only the admin's rates count (``discount_rates_pct`` in rules.yaml), so an ordinary
    short payment is not mistaken for a discount because it happens to be a round share.
    """
    for rate in policy.discount_rates_pct:
        if 0 < rate <= policy.max_discount_pct and abs(open_ * rate / 100 - short) < CENT:
            return rate
    return None


def _explained_shortfall(
    paid: Decimal, open_: Decimal, line: RemittanceLine, policy: MatchPolicy
) -> AmountFit | None:
    short = open_ - paid
    discount, deduction = abs(line.discount), abs(line.deduction)
    pct = stated_discount_pct(short, open_, discount, policy)
    if pct is not None:
        return AmountFit(
            AmountKind.DISCOUNT, paid, f"amount equals open less {_fmt_pct(pct)} discount"
        )
    if deduction > 0 and money(deduction + discount) == money(short):
        what = f"a deduction of {fmt(deduction)}"
        if discount > 0:
            what += f" and a discount of {fmt(discount)}"
        return AmountFit(
            AmountKind.DEDUCTION,
            paid,
            f"paid {fmt(paid)} of open {fmt(open_)}; the payer states {what}, "
            "which accounts for the shortfall (left open for the dispute)",
        )
    if discount == 0 and deduction == 0:
        rate = terms_discount_pct(short, open_, policy)
        if rate is not None:
            return AmountFit(
                AmountKind.TERMS,
                paid,
                f"amount equals open less {_fmt_pct(rate)} discount (our terms)",
            )
    return None


def fit_amount(
    paid: Decimal, open_: Decimal, line: RemittanceLine, policy: MatchPolicy
) -> AmountFit:
    """Compare a payment with an open amount, both given as positive numbers.

    Returns:
        The kind of fit, the amount to allocate (never more than is open unless the
        difference is within the admin's tolerance) and the reason in words.
    """
    if paid == open_:
        return AmountFit(AmountKind.EXACT, paid, "amount equals open amount")
    diff = paid - open_
    if abs(diff) <= policy.amount_tolerance:
        return AmountFit(
            AmountKind.TOLERANCE,
            paid,
            f"amount within tolerance {fmt(policy.amount_tolerance)} of open {fmt(open_)} "
            f"(difference {fmt(diff)})",
        )
    if diff < 0 and open_ > 0:
        explained = _explained_shortfall(paid, open_, line, policy)
        if explained is not None:
            return explained
        reason = f"paid {fmt(paid)} of open {fmt(open_)} (short by {fmt(-diff)})"
        if line.deduction or line.discount:
            stated = abs(line.deduction) + abs(line.discount)
            reason += f"; the payer states {fmt(stated)} off, which does not account for it"
        return AmountFit(AmountKind.SHORT, paid, reason)
    return AmountFit(
        AmountKind.OVER, open_, f"paid {fmt(paid)} of open {fmt(open_)} (over by {fmt(diff)})"
    )
