"""Payment promises: the amount and date in a customer's words, and when to chase them."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest
from sqlmodel import Session

from inbox_agent.replies.promises import (
    dayfirst_for,
    due_followups,
    mark_followed_up,
    read_amount,
    read_promise,
)
from inbox_agent.store import repo
from inbox_agent.store.models import PaymentPromise
from inbox_agent.store.types import utcnow
from matchers import types as core

WRITTEN = date(2026, 3, 11)  # a Wednesday


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("we will pay EUR 1.234,50 on Friday", (Decimal("1234.50"), "EUR")),
        ("Betrag 1.234,50 € am Freitag", (Decimal("1234.50"), "EUR")),
        ("$5,000 by the 20th", (Decimal("5000.00"), "AUD")),
        ("1,250.00 SGD next week", (Decimal("1250.00"), "SGD")),
        ("PHP 12,000.00 on 20/03", (Decimal("12000.00"), "PHP")),
        ("S$ 980.10 tomorrow", (Decimal("980.10"), "SGD")),
        ("A$970.40 at month end", (Decimal("970.40"), "AUD")),
        ("usd 99", (Decimal("99.00"), "USD")),
        ("pay INV-10004 on 5 December", None),  # no currency: not money
        ("PO 4500012345 will be paid", None),
    ],
)
def test_amounts_are_read_only_where_a_currency_marks_them(
    text: str, expected: tuple[Decimal, str] | None
) -> None:
    """GIVEN a promise's text WHEN its amount is read THEN the marked amount and currency
    (a bare $ is the customer's currency), and nothing for unmarked numbers."""
    assert read_amount(text, default_currency="AUD") == expected


def test_promise_reads_date_relative_to_the_message_and_follows_up_the_day_after() -> None:
    """GIVEN "EUR 2.500,00 this Friday" written on Wednesday 11 March 2026
    THEN Friday 13 March, EUR 2500.00, follow-up on Saturday 14 March."""
    promise = read_promise("We will transfer EUR 2.500,00 this Friday.", WRITTEN)
    assert promise.promised_date == date(2026, 3, 13)
    assert (promise.amount, promise.currency) == (Decimal("2500.00"), "EUR")
    assert promise.follow_up_on == date(2026, 3, 14)
    vague = read_promise("We will pay as soon as we can.", WRITTEN, default_currency="AUD")
    assert (vague.promised_date, vague.amount, vague.currency, vague.follow_up_on) == (
        None,
        None,
        "AUD",
        None,
    )


def test_slash_dates_follow_the_sender_country() -> None:
    """GIVEN "03/05" from Manila and from Sydney THEN 5 March and 3 May."""
    assert not dayfirst_for("bayanihan.example.ph")
    assert dayfirst_for("acme.example.com.au")
    manila = read_promise("payment on 03/05", WRITTEN, dayfirst=dayfirst_for("x.ph"))
    sydney = read_promise("payment on 03/05", WRITTEN, dayfirst=dayfirst_for("x.com.au"))
    assert (manila.promised_date, sydney.promised_date) == (date(2026, 3, 5), date(2026, 5, 3))


def _promise(session: Session, message_row_id: int, **fields: object) -> PaymentPromise:
    values: dict[str, object] = {
        "customer_id": "C0042",
        "invoice_numbers": ["INV-10004"],
        "amount": Decimal("100.00"),
        "currency": "AUD",
        "promised_date": date(2026, 3, 13),
        "follow_up_on": date(2026, 3, 14),
    }
    values.update(fields)
    row, _ = repo.record_payment_promise(session, message_row_id=message_row_id, **values)  # type: ignore[arg-type]
    return row


def _message(session: Session, n: int) -> int:
    row, _ = repo.record_message(
        session,
        backend_key=f"folder:{n}.eml",
        message_id=f"<{n}@x>",
        subject="s",
        sender="ap@acme.example.com.au",
        received_at=None,
        sha256=f"{n:064x}",
        size=1,
    )
    assert row.id is not None
    return row.id


def _remittance_paying(session: Session, invoice: str, source: str) -> None:
    remittance = core.Remittance(
        source=source,
        lines=(core.RemittanceLine(invoice_ref=invoice, paid_amount=Decimal("100.00")),),
        currency="AUD",
    )
    stored, _ = repo.save_remittance(session, remittance=remittance, message_id=None)
    assert stored.id is not None
    proposal = core.Proposal(
        source=source,
        customer_id="C0042",
        customer_confidence=1.0,
        status=core.MatchStatus.AUTO,
        allocations=(
            core.Allocation(
                invoice_number=invoice,
                customer_id="C0042",
                amount=Decimal("100.00"),
                confidence=1.0,
                status=core.MatchStatus.AUTO,
                reason="exact",
            ),
        ),
        unallocated=Decimal("0.00"),
    )
    repo.save_proposal(session, remittance_row_id=stored.id, proposal=proposal)


def test_follow_ups_fall_due_the_day_after_unless_a_payment_came(session: Session) -> None:
    """GIVEN three open promises due for follow-up on 14 March: one for INV-10004, one
    for INV-10005, one naming no invoice (a different customer); and a remittance since
    then paying INV-10004
    WHEN the scheduler asks on 13 March THEN none are due; on 14 March THEN the INV-10005
    promise and the other customer's are due, the paid one is marked kept; once a collector
    has chased one it is not due again."""
    ids = [_message(session, n) for n in range(3)]
    paid = _promise(session, ids[0])
    unpaid = _promise(session, ids[1], invoice_numbers=["INV-10005"])
    other = _promise(session, ids[2], customer_id="C0107", invoice_numbers=[])
    _remittance_paying(session, "inv 10004", "remit-after-promise.csv")

    assert due_followups(session, date(2026, 3, 13)) == []
    due = due_followups(session, date(2026, 3, 14))

    assert [p.id for p in due] == [unpaid.id, other.id]
    assert session.get(PaymentPromise, paid.id).status == "kept"  # type: ignore[union-attr]
    assert unpaid.id is not None
    mark_followed_up(session, promise_id=unpaid.id)
    assert [p.id for p in due_followups(session, date(2026, 3, 20))] == [other.id]


def test_a_payment_before_the_promise_does_not_count(session: Session) -> None:
    """GIVEN a remittance for INV-10005 recorded before the promise was made
    WHEN the follow-up is due THEN the promise is still chased."""
    _remittance_paying(session, "INV-10005", "remit-before.csv")
    session.flush()
    message_row_id = _message(session, 9)
    promise = _promise(session, message_row_id, invoice_numbers=["INV-10005"])
    promise.created_at = utcnow() + timedelta(seconds=1)
    session.add(promise)
    session.flush()
    assert [p.id for p in due_followups(session, date(2026, 3, 14))] == [promise.id]
