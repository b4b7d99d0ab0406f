"""The matcher against hand-written noisy references, one kind of noise at a time.

The ledger below is small and written by hand (not by the bench's generator): dense
invoice numbers so that a slip of one digit usually lands on *another real invoice*, two
customers sharing a number, purchase orders, credit notes, a customer billed the same
amount twice. Each case states what a careful AR clerk would do with the line.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from matchers import (
    Customer,
    CustomerDirectory,
    MatchPolicy,
    MatchStatus,
    OpenItem,
    OpenItemIndex,
    Payer,
    Proposal,
    ReferenceKind,
    Remittance,
    RemittanceLine,
    match_remittance,
)

D = Decimal
LENIENT = MatchPolicy(auto_threshold=0.5, review_threshold=0.3)
"""Thresholds low enough that only the engine's own rules keep a proposal from auto."""


def _item(number: str, amount: str, customer: str, day: int, *, po: str | None = None) -> OpenItem:
    return OpenItem(
        customer_id=customer,
        invoice_number=number,
        currency="AUD",
        amount=D(amount),
        open_amount=D(amount),
        invoice_date=date(2026, 1, day),
        po_number=po,
    )


LEDGER = [
    _item("INV-00012345", "1200.00", "C1", 1),
    _item("INV-00012346", "880.50", "C2", 2),
    _item("INV-00012354", "310.00", "C2", 3),
    _item("INV-00012355", "4999.99", "C1", 4),
    _item("INV-00012435", "77.70", "C3", 5),
    _item("INV-00015820", "2500.00", "C1", 6, po="4500012001"),
    _item("INV-00015821", "640.00", "C1", 7, po="4500012002"),
    _item("INV-00015822", "640.00", "C1", 8, po="4500012002"),
    _item("SI0000718", "150.00", "C3", 9),
    _item("INV-00019000", "300.00", "C1", 10),
    _item("INV-00019000", "450.00", "C2", 11),
    _item("CN-0000042", "-120.00", "C1", 12),
]
CUSTOMERS = [
    Customer(
        "C1",
        "Harbour Freight Solutions Pty Ltd",
        email_domains=("harbourfreight.com.au",),
        bank_accounts=("062-000 1234 5678",),
    ),
    Customer("C2", "Pacific Timber Ltd"),
    Customer("C3", "Meridian Dental GmbH"),
]
INDEX = OpenItemIndex(LEDGER)
DIRECTORY = CustomerDirectory(CUSTOMERS)
BY_NUMBER = Payer(customer_id="C1")


def _match(*lines: RemittanceLine, payer: Payer = BY_NUMBER, policy: MatchPolicy = LENIENT,
           currency: str = "AUD") -> Proposal:  # fmt: skip
    remittance = Remittance("r.pdf", tuple(lines), payer=payer, currency=currency)
    return match_remittance(remittance, INDEX, DIRECTORY, policy)


def _line(ref: str, paid: str, kind: ReferenceKind = ReferenceKind.INVOICE) -> RemittanceLine:
    return RemittanceLine(invoice_ref=ref, paid_amount=D(paid), reference_kind=kind)


@pytest.mark.parametrize(
    ("quoted", "meant", "words"),
    [
        ("INV-00012345", "INV-00012345", "exact"),
        ("inv 00012345", "INV-00012345", "exact"),
        ("INV/00012345", "INV-00012345", "exact"),
        ("INV-12345", "INV-00012345", "leading zeros"),
        ("INV-0OO12345", "INV-00012345", "OCR"),
        ("INV-I2345", "INV-00012345", "OCR"),
        ("INV-l2345", "INV-00012345", "OCR"),
        ("INV-000I234S", "INV-00012345", "OCR"),
        ("INV-00012355", "INV-00012355", "exact"),
        ("Invoice No. 12345", "INV-00012345", "without its label"),
        ("#00012345", "INV-00012345", "without its label"),
        ("12345", "INV-00012345", "without its label"),
        ("SI-718", "SI0000718", "leading zeros"),
        ("SI-7I8", "SI0000718", "OCR"),
    ],
)
def test_formatting_padding_ocr_and_labels_are_forgiven(quoted, meant, words):
    """GIVEN a payer known by customer number quoting one of its invoices with formatting,
    padding, OCR or label noise, and paying the open amount
    WHEN matched
    THEN that invoice is allocated, the reason names the forgiveness, and it may pass
    on its own (only the thresholds could hold it back)."""
    target = next(i for i in LEDGER if i.invoice_number == meant)
    payer = Payer(customer_id=target.customer_id)
    proposal = _match(_line(quoted, str(target.open_amount)), payer=payer)
    (allocation,) = proposal.allocations
    assert allocation.invoice_number == meant
    assert words in allocation.reason
    assert allocation.status is MatchStatus.AUTO


@pytest.mark.parametrize(
    ("quoted", "slip"),
    [
        ("INV-00012354", "swapped digits 4 and 5 (and lands on C2's invoice)"),
        ("INV-00012335", "one wrong digit"),
        ("INV-0001235", "a digit missing"),
        ("INV-000123455", "a digit doubled"),
        ("INV-00012535", "swapped digits"),
    ],
)
def test_typing_slips_within_the_payers_own_items(quoted, slip):
    """GIVEN C1 (known by customer number) paying 4999.99 for INV-00012355 but quoting it
    with a typing slip ({slip}), sometimes one that is another customer's real invoice
    WHEN matched
    THEN C1's INV-00012355 is allocated, the reason says a slip was forgiven, and it may
    pass on its own (the payer is known independently and the amount is exact)."""
    proposal = _match(_line(quoted, "4999.99"))
    (allocation,) = proposal.allocations
    assert allocation.invoice_number == "INV-00012355", slip
    assert "one typing slip" in allocation.reason
    assert allocation.status is MatchStatus.AUTO


def test_typing_slip_without_a_known_payer_is_only_proposed():
    """GIVEN an anonymous remittance whose one line quotes INV-00012364 (no such invoice;
    INV-00012354 and INV-00012346 are near) paying 310.00
    WHEN matched
    THEN INV-00012354 (the one whose amount fits) is proposed for review, never auto:
    a slip found among every customer's numbers is a guess."""
    proposal = _match(_line("INV-00012364", "310.00"), payer=Payer())
    (allocation,) = proposal.allocations
    assert allocation.invoice_number == "INV-00012354"
    assert allocation.status is MatchStatus.REVIEW


def test_slip_that_lands_on_another_invoice_of_the_payer_is_ambiguous():
    """GIVEN C1 quoting INV-00015821 (a real C1 invoice of 640.00) while paying 2500.00,
    the amount of INV-00015820, one digit away
    WHEN matched
    THEN something is proposed for review, never auto: either reading could be right."""
    proposal = _match(_line("INV-00015821", "2500.00"))
    assert proposal.allocations
    assert all(a.status is MatchStatus.REVIEW for a in proposal.allocations)
    assert "also possible" in proposal.allocations[0].reason


def test_number_at_two_customers_is_resolved_by_the_payer():
    """GIVEN INV-00019000 held by C1 (300.00) and C2 (450.00), quoted by C2's name
    WHEN matched
    THEN C2's item is allocated automatically and the reason mentions the twin."""
    proposal = _match(_line("INV-00019000", "450.00"), payer=Payer(name="PACIFIC TIMBER LTD"))
    (allocation,) = proposal.allocations
    assert allocation.customer_id == "C2"
    assert "2 customers have an open item with this number" in allocation.reason
    assert allocation.status is MatchStatus.AUTO


def test_number_at_two_customers_without_a_payer_is_left_for_review():
    """GIVEN the shared number quoted anonymously, paying 300.00 (only C1's amount)
    WHEN matched
    THEN C1's item is proposed, for review only; paying 375.00 fits neither, and
    nothing is guessed automatically."""
    proposal = _match(_line("INV-00019000", "300.00"), payer=Payer())
    (allocation,) = proposal.allocations
    assert allocation.customer_id == "C1"
    assert allocation.status is MatchStatus.REVIEW
    neither = _match(_line("INV-00019000", "375.00"), payer=Payer())
    assert all(a.status is not MatchStatus.AUTO for a in neither.allocations)


def test_purchase_order_leads_to_its_invoices():
    """GIVEN C1 (known by customer number) quoting PO 4500012001 (one open invoice) and
    PO 4500012002 (two invoices of 640.00 each) for 1280.00
    WHEN matched
    THEN the first is allocated to INV-00015820 and may pass on its own; the second is
    proposed as both invoices, for review: one PO can carry more invoices later."""
    proposal = _match(
        _line("PO 4500012001", "2500.00", ReferenceKind.PO),
        _line("4500012002", "1280.00", ReferenceKind.PO),
    )
    numbers = [a.invoice_number for a in proposal.allocations]
    assert numbers == ["INV-00015820", "INV-00015821", "INV-00015822"]
    statuses = [a.status for a in proposal.allocations]
    assert statuses == [MatchStatus.AUTO, MatchStatus.REVIEW, MatchStatus.REVIEW]


def test_equal_amounts_on_one_purchase_order_are_not_guessed():
    """GIVEN PO 4500012002 with two open invoices of 640.00 and a payment of 640.00
    WHEN matched
    THEN nothing passes on its own: at most the oldest is proposed for review, with the
    reason saying that other combinations fit as well."""
    proposal = _match(_line("4500012002", "640.00", ReferenceKind.PO))
    assert all(a.status is MatchStatus.REVIEW for a in proposal.allocations)
    assert all("several combinations" in a.reason for a in proposal.allocations)


def test_two_invoices_on_one_line():
    """GIVEN one line quoting "INV-00012345, INV-00012355" and paying both in full
    WHEN matched
    THEN both are allocated their open amounts and nothing is left."""
    proposal = _match(_line("INV-00012345, INV-00012355", "6199.99"))
    assert [a.invoice_number for a in proposal.allocations] == ["INV-00012345", "INV-00012355"]
    assert [a.amount for a in proposal.allocations] == [D("1200.00"), D("4999.99")]
    assert proposal.unallocated == D("0.00")


def test_customer_from_domain_and_bank_account():
    """GIVEN remittances naming no customer but sent from C1's domain (a sub-domain of
    it), or paid from C1's bank account written with other spacing
    WHEN matched
    THEN C1 is the customer each time, and a slip among C1's items may pass on its own."""
    for payer in (Payer(email_domain="ap.harbourfreight.com.au"),
                  Payer(bank_account="0620001234 5678")):  # fmt: skip
        proposal = _match(_line("INV-00012335", "4999.99"), payer=payer)
        assert proposal.customer_id == "C1"
        assert proposal.allocations[0].status is MatchStatus.AUTO


def test_wrong_currency_is_never_auto_even_when_everything_else_fits():
    """GIVEN C1 paying INV-00012345 exactly, but the remittance says NZD
    WHEN matched
    THEN it is proposed for review and the reason names both currencies."""
    proposal = _match(_line("INV-00012345", "1200.00"), currency="NZD")
    (allocation,) = proposal.allocations
    assert allocation.status is MatchStatus.REVIEW
    assert "remittance NZD, invoice AUD" in allocation.reason
