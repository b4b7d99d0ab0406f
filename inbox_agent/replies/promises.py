"""Payment promises: the date and amount a customer gives, and the follow-up when it passes.

The date is read relative to the message's own date (:mod:`.promise_dates`). The amount
is read only where a currency marks it ("EUR 1.234,50", "$5,000", "1,250.00 SGD"): a bare
number in a promise is as likely an invoice or PO number as money. A promise is followed
up the day after its date, when no payment of that customer has arrived since the promise
was made (a remittance matched to the promised invoices, or to the customer when the
promise named none), and the promised invoices are not all cleared in the open items.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from sqlmodel import Session, col, select

from inbox_agent.documents.values import parse_amount
from inbox_agent.replies.promise_dates import promised_date
from inbox_agent.store.models import (
    Allocation,
    MatchProposal,
    OpenItem,
    PaymentPromise,
    PromiseStatus,
    Remittance,
    RemittanceLine,
    ReviewState,
)
from inbox_agent.store.types import utcnow
from matchers.refs import normalise_ref, unpad

SYMBOLS = {
    "€": "EUR",
    "£": "GBP",
    "₱": "PHP",
    "¥": "CNY",
    "A$": "AUD",
    "AU$": "AUD",
    "S$": "SGD",
    "US$": "USD",
    "NZ$": "NZD",
    "HK$": "HKD",
    "RMB": "CNY",
}
CODES = "AUD|EUR|USD|SGD|PHP|GBP|NZD|CNY|HKD|JPY|CHF|CAD|MYR|IDR|THB|INR"
MARK = rf"(?:{CODES}|RMB|A\$|AU\$|S\$|US\$|NZ\$|HK\$|[€£₱¥$])"
NUMBER = r"\d{1,3}(?:[.,' \u00a0]\d{3})*(?:[.,]\d{1,2})?|\d+(?:[.,]\d{1,2})?"
AMOUNT = re.compile(
    rf"(?<![A-Za-z0-9])(?P<pre>{MARK})\s?(?P<n1>{NUMBER})(?![\d])"
    rf"|(?<![\w.,])(?P<n2>{NUMBER})\s?(?P<post>{CODES}|€)(?![A-Za-z])",
    re.IGNORECASE,
)
DECIMAL_COMMA = re.compile(r"^\d{1,3}(?:[. \u00a0']\d{3})*,\d{1,2}$|^\d+,\d{2}$")
MONTH_FIRST_DOMAINS = (".ph", ".us")
"""Where slash dates are written month first (Manila, the US); elsewhere day first."""


@dataclass(frozen=True, slots=True)
class Promise:
    """What a promise says: when, how much and in which currency (each may be unknown)."""

    promised_date: date | None
    amount: Decimal | None
    currency: str | None

    @property
    def follow_up_on(self) -> date | None:
        """The day after the promised date: when a collector should chase it."""
        return self.promised_date + timedelta(days=1) if self.promised_date else None


def dayfirst_for(sender_domain: str) -> bool:
    """Whether "03/05" is the 3rd of May for this sender (False in Manila or the US)."""
    return not sender_domain.lower().endswith(MONTH_FIRST_DOMAINS)


def read_amount(
    text: str, *, default_currency: str | None = None
) -> tuple[Decimal, str | None] | None:
    """The first amount a currency marks in ``text``, with its currency.

    A bare "$" takes ``default_currency`` (the customer's) when given.
    """
    for match in AMOUNT.finditer(text):
        mark = (match.group("pre") or match.group("post") or "").upper()
        number = (match.group("n1") or match.group("n2") or "").strip()
        value = parse_amount(number, decimal_comma=bool(DECIMAL_COMMA.match(number)))
        if value is None or value <= 0:
            continue
        if mark == "$":
            currency = default_currency
        else:
            currency = SYMBOLS.get(mark, mark if re.fullmatch(CODES, mark) else None)
        return value.quantize(Decimal("0.01")), currency
    return None


def read_promise(
    text: str,
    message_date: date,
    *,
    dayfirst: bool = True,
    default_currency: str | None = None,
) -> Promise:
    """The promised date and amount in a customer's words, written on ``message_date``."""
    found = read_amount(text, default_currency=default_currency)
    amount, currency = found if found else (None, default_currency)
    return Promise(promised_date(text, message_date, dayfirst=dayfirst), amount, currency)


# ---------------------------------------------------------------- follow-ups


def due_followups(session: Session, today: date) -> list[PaymentPromise]:
    """Open promises whose follow-up day has come and that no payment has answered since.

    The scheduler calls this daily; a collector chases each one (and the caller marks it
    with :func:`mark_followed_up`). Promises a payment has answered are marked ``kept``
    on the way, so they are not looked at again.
    """
    query = (
        select(PaymentPromise)
        .where(
            PaymentPromise.status == PromiseStatus.OPEN.value,
            col(PaymentPromise.follow_up_on).is_not(None),
            col(PaymentPromise.follow_up_on) <= today,
        )
        .order_by(col(PaymentPromise.follow_up_on), col(PaymentPromise.id))
    )
    due: list[PaymentPromise] = []
    for promise in session.exec(query).all():
        if _paid_since(session, promise):
            promise.status = PromiseStatus.KEPT.value
            promise.updated_at = utcnow()
            session.add(promise)
        else:
            due.append(promise)
    session.flush()
    return due


def mark_followed_up(session: Session, *, promise_id: int) -> PaymentPromise | None:
    """Record that a collector has chased the promise; it is not due again."""
    promise = session.get(PaymentPromise, promise_id)
    if promise is not None:
        promise.status = PromiseStatus.FOLLOWED_UP.value
        promise.updated_at = utcnow()
        session.add(promise)
        session.flush()
    return promise


def _key(number: str) -> str:
    return unpad(normalise_ref(number))


def _paid_since(session: Session, promise: PaymentPromise) -> bool:
    """A remittance since the promise pays its invoices, or they are all cleared."""
    wanted = {_key(n) for n in promise.invoice_numbers}
    if wanted and _all_cleared(session, promise, wanted):
        return True
    if promise.customer_id is None:
        return False
    remittances = session.exec(
        select(Remittance.id, MatchProposal.id)
        .join(MatchProposal, col(MatchProposal.remittance_id) == col(Remittance.id))
        .where(
            MatchProposal.customer_id == promise.customer_id,
            col(Remittance.created_at) >= promise.created_at,
            col(MatchProposal.review_state) != ReviewState.REJECTED.value,
        )
    ).all()
    if not wanted:
        return bool(remittances)
    for remittance_id, proposal_id in remittances:
        allocated = session.exec(
            select(Allocation.invoice_number).where(Allocation.proposal_id == proposal_id)
        ).all()
        quoted = session.exec(
            select(RemittanceLine.invoice_ref).where(RemittanceLine.remittance_id == remittance_id)
        ).all()
        if wanted & {_key(n) for n in [*allocated, *quoted]}:
            return True
    return False


def _all_cleared(session: Session, promise: PaymentPromise, wanted: set[str]) -> bool:
    query = select(OpenItem)
    if promise.customer_id is not None:
        query = query.where(OpenItem.customer_id == promise.customer_id)
    else:
        query = query.where(col(OpenItem.invoice_number).in_(promise.invoice_numbers))
    items = {_key(row.invoice_number): row.open_amount for row in session.exec(query).all()}
    return all(key in items and items[key] <= 0 for key in wanted)
