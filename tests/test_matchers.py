"""The pure matching core: normalisation, the index, customer identification, every rule."""

from __future__ import annotations

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
    ReferenceKind,
    Remittance,
    RemittanceLine,
    identify_customer,
    match_all,
    match_remittance,
    normalise_ref,
)
from matchers.customers import normalise_company
from matchers.engine import fit_amount
from matchers.index import loose_ref

D = Decimal
POLICY = MatchPolicy()


def item(
    number: str,
    open_amount: str,
    customer: str = "C1",
    *,
    currency: str = "AUD",
    po: str | None = None,
) -> OpenItem:
    return OpenItem(
        customer_id=customer,
        invoice_number=number,
        currency=currency,
        amount=D(open_amount),
        open_amount=D(open_amount),
        po_number=po,
    )


def line(
    ref: str,
    paid: str,
    kind: ReferenceKind = ReferenceKind.INVOICE,
    *,
    discount: str = "0",
    deduction: str = "0",
) -> RemittanceLine:
    return RemittanceLine(
        invoice_ref=ref,
        paid_amount=D(paid),
        discount=D(discount),
        deduction=D(deduction),
        reference_kind=kind,
    )


def remit(
    *lines: RemittanceLine,
    payer: Payer | None = None,
    currency: str | None = "AUD",
) -> Remittance:
    return Remittance(source="r.pdf", lines=tuple(lines), payer=payer or Payer(), currency=currency)


CUSTOMERS = [
    Customer("C1", "Acme Pty Ltd", aliases=("Acme Australia",)),
    Customer("C2", "Bayanihan Trading Corp"),
    Customer("C3", "Müller Maschinenbau GmbH", aliases=("Mueller Maschinenbau",)),
]


def run(
    items: list[OpenItem],
    *lines: RemittanceLine,
    payer: Payer | None = None,
    currency: str | None = "AUD",
    policy: MatchPolicy = POLICY,
):
    return match_remittance(
        remit(*lines, payer=payer, currency=currency), OpenItemIndex(items), CUSTOMERS, policy
    )


# ---------------------------------------------------------------- normalisation and index


@pytest.mark.parametrize("raw", ["INV-00123", "INV00123", "inv 00123", " Inv/00123 ", "inv.00123"])
def test_invoice_number_formats_meet(raw):
    """GIVEN the ways AP clerks type one invoice number
    WHEN each is normalised
    THEN all reduce to the same key."""
    assert normalise_ref(raw) == "INV00123"


def test_loose_key_drops_leading_zeros_of_each_digit_run():
    """GIVEN numbers padded with zeros in different places
    WHEN the loose key is taken
    THEN only zeros that start a number go: separators are dropped first, so zeros
    inside a number (007/0042 reads as 0070042) stay, and a lone zero stays."""
    assert loose_ref("INV-00123") == loose_ref("inv 123") == "INV123"
    assert loose_ref("A-007/0042") == "A70042"
    assert loose_ref("2026-0007") == "20260007"
    assert loose_ref("INV-000") == "INV0"


def test_index_lookups_by_number_po_and_customer():
    """GIVEN open items with invoice numbers, POs and two customers
    WHEN the index is queried
    THEN each table returns the raw items, duplicates included."""
    a = item("INV-00123", "10.00", po="PO 4500-1")
    b = item("INV-00123", "20.00", customer="C2")
    c = item("INV-9", "30.00", customer="C2")
    index = OpenItemIndex([a, b, c])
    assert len(index) == 3
    assert index.by_invoice("inv00123") == (a, b)
    assert index.by_invoice("INV-123") == ()
    assert index.by_invoice_loose("INV-123") == (a, b)
    assert index.by_po("po45001") == (a,)
    assert index.for_customer("C2") == (b, c)
    assert index.customer_ids() == {"C1", "C2"}
    assert index.by_invoice("") == () and index.by_po("--") == ()


# ---------------------------------------------------------------- customers


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("ACME PTY. LTD", "acme"),
        ("Acme Pty Ltd", "acme"),
        ("Lion City Logistics Pte Ltd", "lion city logistics"),
        ("Müller Maschinenbau GmbH", "müller maschinenbau"),
        ("Smith & Sons, Inc.", "smith and sons"),
        ("The Company Ltd", "the company ltd"),
    ],
)
def test_company_names_lose_legal_forms_and_punctuation(raw, expected):
    """GIVEN company names with legal forms and punctuation
    WHEN normalised
    THEN only the identifying words remain (all words if nothing else would)."""
    assert normalise_company(raw) == expected


def test_customer_from_customer_number_on_remittance():
    """GIVEN a remittance that states one of our customer numbers
    WHEN the customer is identified
    THEN that customer is taken with the highest confidence."""
    found = identify_customer(Payer("Someone Else", "C2"), CustomerDirectory(CUSTOMERS))
    assert found.customer_id == "C2"
    assert found.confidence == 0.99
    assert "names customer C2" in found.reason


def test_customer_from_exact_name_or_alias():
    """GIVEN payer names that equal a customer's name or alias once normalised
    WHEN identified
    THEN the customer is found with high confidence."""
    directory = CustomerDirectory(CUSTOMERS)
    assert identify_customer(Payer("ACME PTY. LTD"), directory)[:2] == ("C1", 0.97)
    assert identify_customer(Payer("acme australia"), directory).customer_id == "C1"
    assert identify_customer(Payer("MUELLER MASCHINENBAU"), directory).customer_id == "C3"


def test_customer_from_similar_name_scores_lower():
    """GIVEN a payer name with its words reordered and a typo
    WHEN identified
    THEN the customer is found by fuzzy match below the exact-name confidence."""
    found = identify_customer(Payer("Trading Bayanihan Corporation"), CustomerDirectory(CUSTOMERS))
    assert found.customer_id == "C2"
    assert 0.75 <= found.confidence < 0.97
    assert "resembles" in found.reason


def test_unknown_payer_falls_back_to_invoice_owner():
    """GIVEN an unknown payer name and invoices all owned by one customer
    WHEN identified
    THEN the owner is taken, and the reason says why."""
    found = identify_customer(Payer("Zeta Holdings"), CustomerDirectory(CUSTOMERS), ["C2", "C2"])
    assert found == ("C2", 0.9, "C2 owns every invoice the remittance quotes")


def test_mixed_invoice_owners_give_majority_with_low_confidence():
    """GIVEN no payer details and invoices of two customers, most of one
    WHEN identified
    THEN the majority owner is proposed with a low confidence; a tie gives nobody."""
    directory = CustomerDirectory(CUSTOMERS)
    found = identify_customer(Payer(), directory, ["C1", "C1", "C2"])
    assert found.customer_id == "C1"
    assert found.confidence == pytest.approx(0.4)
    assert identify_customer(Payer(), directory, ["C1", "C2"]).customer_id is None


def test_unknown_customer_number_and_nothing_else():
    """GIVEN a customer number we do not have and no other evidence
    WHEN identified
    THEN no customer is named and the reason says the number is not ours."""
    found = identify_customer(Payer(customer_id="C999"), CustomerDirectory(CUSTOMERS))
    assert found.customer_id is None
    assert "not one of ours" in found.reason


def test_name_shared_by_two_customers_is_not_guessed():
    """GIVEN two customers trading under the same name
    WHEN a payer uses that name
    THEN neither is chosen from the name alone."""
    directory = CustomerDirectory([Customer("A", "Acme Ltd"), Customer("B", "ACME Pty Ltd")])
    assert identify_customer(Payer("Acme"), directory).customer_id is None


def test_name_match_is_corroborated_by_invoice_owner():
    """GIVEN a fuzzy payer name and invoices owned by that same customer
    WHEN identified
    THEN the confidence rises to the exact-name level."""
    found = identify_customer(
        Payer("Trading Bayanihan Corporation"), CustomerDirectory(CUSTOMERS), ["C2"]
    )
    assert found.confidence == 0.97
    assert "owns every invoice" in found.reason


def test_name_of_another_customer_than_the_invoice_owner_is_still_found():
    """GIVEN a payer name that resembles C2 while the quoted invoice belongs to C1
    WHEN identified
    THEN the name wins (the owner shortcut only applies when the name fits the owner)."""
    found = identify_customer(Payer("Bayanihan Tradng Corp"), CustomerDirectory(CUSTOMERS), ["C1"])
    assert found.customer_id == "C2"
    assert found.confidence < 0.97


# ---------------------------------------------------------------- amounts


def test_exact_invoice_and_amount_is_auto():
    """GIVEN an invoice quoted in another format and paid in full
    WHEN matched
    THEN it is allocated automatically at 0.99 with a plain reason."""
    proposal = run([item("INV-00123", "5000.00")], line("inv 00123", "5000.00"))
    (alloc,) = proposal.allocations
    assert (alloc.invoice_number, alloc.amount, alloc.confidence) == (
        "INV-00123",
        D("5000.00"),
        0.99,
    )
    assert alloc.status is MatchStatus.AUTO
    assert alloc.reason == "invoice number exact; amount equals open amount"
    assert proposal.status is MatchStatus.AUTO
    assert proposal.unallocated == D("0.00")
    assert proposal.customer_id == "C1"


def test_stated_discount_within_policy_is_auto():
    """GIVEN a payment of open less a 1% discount the payer states
    WHEN matched
    THEN it is auto at 0.97 and the reason names the discount."""
    proposal = run([item("INV-1", "5000.00")], line("INV-1", "4950.00", discount="50.00"))
    (alloc,) = proposal.allocations
    assert alloc.confidence == 0.97
    assert alloc.reason == "invoice number exact; amount equals open less 1.0% discount"
    assert alloc.amount == D("4950.00")
    assert proposal.status is MatchStatus.AUTO


def test_unstated_round_discount_is_recognised():
    """GIVEN a shortfall of exactly 2.5% with no discount stated
    WHEN matched
    THEN it is read as a discount term."""
    (alloc,) = run([item("INV-1", "1000.00")], line("INV-1", "975.00")).allocations
    assert alloc.reason.endswith("open less 2.5% discount")


def test_discount_above_policy_is_a_short_payment():
    """GIVEN a stated 5% discount when the policy allows 3%
    WHEN matched
    THEN it is a short payment for review."""
    (alloc,) = run(
        [item("INV-1", "1000.00")], line("INV-1", "950.00", discount="50.00")
    ).allocations
    assert alloc.status is MatchStatus.REVIEW
    assert alloc.confidence == 0.75


def test_amount_within_tolerance_allocates_the_payment():
    """GIVEN a 0.03 difference and a 0.05 tolerance
    WHEN matched
    THEN it is auto at 0.96 and the whole payment is allocated."""
    policy = MatchPolicy(amount_tolerance=D("0.05"))
    proposal = run([item("INV-1", "100.00")], line("INV-1", "100.03"), policy=policy)
    (alloc,) = proposal.allocations
    assert alloc.confidence == 0.96
    assert alloc.amount == D("100.03")
    assert "within tolerance 0.05" in alloc.reason
    assert proposal.unallocated == D("0.00")
    assert proposal.status is MatchStatus.AUTO


def test_short_payment_goes_to_review_with_the_shortfall():
    """GIVEN an invoice paid short with an irregular amount
    WHEN matched
    THEN the payment is allocated for review and the reason gives the shortfall."""
    proposal = run([item("INV-1", "5000.00")], line("INV-1", "4321.00", deduction="679.00"))
    (alloc,) = proposal.allocations
    assert alloc.status is MatchStatus.REVIEW
    assert alloc.confidence == 0.75
    assert alloc.amount == D("4321.00")
    assert alloc.reason.startswith(
        "invoice number exact; paid 4321.00 of open 5000.00 (short by 679.00)"
    )
    assert "deduction of 679.00" in alloc.reason
    assert proposal.status is MatchStatus.REVIEW
    assert proposal.unallocated == D("0.00")


def test_over_payment_allocates_the_open_amount_only():
    """GIVEN a payment larger than the open amount
    WHEN matched
    THEN only the open amount is allocated and the rest is unallocated."""
    proposal = run([item("INV-1", "100.00")], line("INV-1", "130.00"))
    (alloc,) = proposal.allocations
    assert alloc.amount == D("100.00")
    assert "(over by 30.00)" in alloc.reason
    assert proposal.unallocated == D("30.00")
    assert proposal.status is MatchStatus.REVIEW


def test_fit_amount_order_prefers_equal_then_discount():
    """GIVEN amounts that are equal, a discount, or neither
    WHEN compared directly
    THEN the right kind of fit is reported."""
    plain = line("X", "0")
    assert fit_amount(D("10.00"), D("10.00"), plain, POLICY).fits
    assert fit_amount(D("99.00"), D("100.00"), plain, POLICY).confidence == 0.97
    assert not fit_amount(D("98.76"), D("100.00"), plain, POLICY).fits


# ---------------------------------------------------------------- numbers not found, duplicates


def test_unknown_invoice_is_unmatched():
    """GIVEN a line quoting a number we do not have
    WHEN matched
    THEN nothing is allocated and the whole payment is unallocated."""
    proposal = run([item("INV-1", "10.00")], line("INV-404", "10.00"))
    assert proposal.status is MatchStatus.UNMATCHED
    assert proposal.allocations == ()
    assert proposal.unallocated == D("10.00")


def test_one_found_one_missing_is_review_with_remainder():
    """GIVEN two lines of which one quotes an unknown invoice
    WHEN matched
    THEN the known one is allocated and the other's amount is unallocated."""
    proposal = run([item("INV-1", "10.00")], line("INV-1", "10.00"), line("INV-404", "5.55"))
    assert proposal.status is MatchStatus.REVIEW
    assert len(proposal.allocations) == 1
    assert proposal.unallocated == D("5.55")


def test_leading_zero_match_is_scored_lower():
    """GIVEN a payer who dropped the zero padding of our number
    WHEN matched
    THEN the loose match is used, scored a little below an exact one."""
    (alloc,) = run([item("INV-00124", "1500.00")], line("INV-124", "1500.00")).allocations
    assert alloc.invoice_number == "INV-00124"
    assert alloc.confidence == 0.96
    assert "once leading zeros are ignored" in alloc.reason


def test_same_invoice_twice_in_one_remittance_is_not_allocated_twice():
    """GIVEN a remittance that lists one invoice twice, each time in full
    WHEN matched
    THEN the second line finds nothing left open and stays unallocated."""
    proposal = run([item("INV-1", "100.00")], line("INV-1", "100.00"), line("INV-1", "100.00"))
    assert len(proposal.allocations) == 1
    assert proposal.unallocated == D("100.00")
    assert proposal.status is MatchStatus.REVIEW


def test_two_part_payments_of_one_invoice_share_its_open_amount():
    """GIVEN two lines paying one invoice in two parts
    WHEN matched
    THEN the second is compared with what the first left open."""
    proposal = run([item("INV-1", "100.00")], line("INV-1", "60.00"), line("INV-1", "40.00"))
    first, second = proposal.allocations
    assert first.status is MatchStatus.REVIEW
    assert second.confidence == 0.99
    assert "already cover 60.00" in second.reason
    assert proposal.unallocated == D("0.00")


def test_number_shared_by_two_customers_uses_the_payer():
    """GIVEN one invoice number held by two customers and a known payer
    WHEN matched
    THEN the payer's own invoice is taken without penalty."""
    items = [item("INV-7", "10.00", "C1"), item("INV-7", "10.00", "C2")]
    proposal = run(items, line("INV-7", "10.00"), payer=Payer("Bayanihan Trading Corp"))
    (alloc,) = proposal.allocations
    assert alloc.customer_id == "C2"
    assert alloc.status is MatchStatus.AUTO


def test_duplicate_number_without_payer_is_decided_by_amount_or_not_at_all():
    """GIVEN one number held twice and no payer details
    WHEN only one copy's amount fits
    THEN it is proposed for review; when both fit, nothing is guessed."""
    items = [item("INV-7", "10.00", "C1"), item("INV-7", "25.00", "C2")]
    (alloc,) = run(items, line("INV-7", "25.00")).allocations
    assert alloc.customer_id == "C2"
    assert alloc.status is MatchStatus.REVIEW
    assert "2 open items carry this number" in alloc.reason
    same = [item("INV-7", "10.00", "C1"), item("INV-7", "10.00", "C2")]
    assert run(same, line("INV-7", "10.00")).status is MatchStatus.UNMATCHED


# ---------------------------------------------------------------- credit notes


def test_credit_note_clears_a_credit_item():
    """GIVEN a payment of an invoice less a credit note the payer quotes
    WHEN matched
    THEN both are allocated, the credit negative, and nothing is left over."""
    items = [item("INV-1", "1000.00"), item("CN-1", "-100.00")]
    proposal = run(
        items, line("INV-1", "1000.00"), line("CN-1", "-100.00", ReferenceKind.CREDIT_NOTE)
    )
    _invoice, cn = proposal.allocations
    assert cn.amount == D("-100.00")
    assert cn.reason == "credit note number exact; amount equals open amount"
    assert proposal.status is MatchStatus.AUTO
    assert proposal.unallocated == D("0.00")


def test_credit_line_never_clears_an_invoice():
    """GIVEN a negative line quoting an invoice number
    WHEN matched
    THEN it is not allocated to the invoice (signs must agree)."""
    proposal = run([item("INV-1", "100.00")], line("INV-1", "-100.00"))
    assert proposal.allocations == ()
    assert proposal.unallocated == D("-100.00")


# ---------------------------------------------------------------- purchase orders


def test_po_with_one_open_item_is_proposed_for_review():
    """GIVEN a line quoting a PO that has one open invoice of the same amount
    WHEN matched
    THEN that invoice is proposed at 0.9 for review."""
    items = [item("INV-5", "800.00", po="4500123")]
    (alloc,) = run(items, line("4500123", "800.00", ReferenceKind.PO)).allocations
    assert alloc.invoice_number == "INV-5"
    assert alloc.confidence == 0.9
    assert alloc.status is MatchStatus.REVIEW
    assert alloc.reason == "PO 4500123 has one open item, INV-5; amount equals open amount"


def test_po_stays_review_even_under_a_low_auto_threshold():
    """GIVEN an admin who lowered the auto threshold below the PO score
    WHEN a PO line matches
    THEN it is still for review: one PO can carry more invoices later."""
    policy = MatchPolicy(auto_threshold=0.8)
    items = [item("INV-5", "800.00", po="4500123")]
    (alloc,) = run(items, line("4500123", "800.00", ReferenceKind.PO), policy=policy).allocations
    assert alloc.status is MatchStatus.REVIEW


def test_po_with_several_items_picks_the_one_equal_or_all():
    """GIVEN a PO with three open invoices
    WHEN the payment equals one of them, or all together
    THEN the one, or all three, are proposed for review."""
    items = [
        item("INV-1", "100.00", po="PO9"),
        item("INV-2", "200.00", po="PO9"),
        item("INV-3", "300.00", po="PO9"),
    ]
    (one,) = run(items, line("PO9", "200.00", ReferenceKind.PO)).allocations
    assert one.invoice_number == "INV-2"
    assert one.confidence == 0.8
    every = run(items, line("PO9", "600.00", ReferenceKind.PO))
    assert [a.invoice_number for a in every.allocations] == ["INV-1", "INV-2", "INV-3"]
    assert every.unallocated == D("0.00")
    assert run(items, line("PO9", "250.00", ReferenceKind.PO)).status is MatchStatus.UNMATCHED


def test_po_number_in_the_invoice_column_is_still_found():
    """GIVEN a payer who put the PO number where the invoice number goes
    WHEN matched
    THEN the PO table is tried after the invoice table."""
    items = [item("INV-5", "800.00", po="4500123")]
    (alloc,) = run(items, line("4500123", "800.00")).allocations
    assert alloc.reason.startswith("PO 4500123")


# ---------------------------------------------------------------- currency, customer, policy


def test_currency_mismatch_is_never_auto():
    """GIVEN a remittance in USD quoting an AUD invoice for the same figure
    WHEN matched
    THEN the allocation is for review and the reason names both currencies."""
    proposal = run([item("INV-1", "100.00")], line("INV-1", "100.00"), currency="USD")
    (alloc,) = proposal.allocations
    assert alloc.status is MatchStatus.REVIEW
    assert "currency differs (remittance USD, invoice AUD)" in alloc.reason
    assert proposal.status is MatchStatus.REVIEW


def test_invoice_of_another_customer_lowers_confidence():
    """GIVEN a payer recognised as C1 quoting an invoice that belongs to C2
    WHEN matched
    THEN the allocation drops to review and the reason names both customers."""
    proposal = run([item("INV-9", "50.00", "C2")], line("INV-9", "50.00"), payer=Payer("Acme"))
    (alloc,) = proposal.allocations
    assert proposal.customer_id == "C1"
    assert alloc.confidence == pytest.approx(0.79)
    assert alloc.status is MatchStatus.REVIEW
    assert "belongs to C2, not the payer C1" in alloc.reason


def test_allow_auto_false_sends_everything_to_review():
    """GIVEN an admin who switched automatic posting off
    WHEN a perfect match is found
    THEN it still waits for a person."""
    policy = MatchPolicy(allow_auto=False)
    proposal = run([item("INV-1", "10.00")], line("INV-1", "10.00"), policy=policy)
    assert proposal.allocations[0].status is MatchStatus.REVIEW
    assert proposal.status is MatchStatus.REVIEW


def test_below_review_threshold_is_not_allocated():
    """GIVEN a review threshold above a short payment's score
    WHEN the short payment is matched
    THEN it is not proposed at all."""
    policy = MatchPolicy(review_threshold=0.8)
    proposal = run([item("INV-1", "100.00")], line("INV-1", "12.34"), policy=policy)
    assert proposal.status is MatchStatus.UNMATCHED
    assert proposal.unallocated == D("12.34")


def test_zero_line_keeps_the_proposal_for_a_person():
    """GIVEN a line paying nothing on an invoice (a dispute shown as 0.00)
    WHEN matched
    THEN it is not allocated and the proposal is not auto."""
    items = [item("INV-1", "10.00"), item("INV-2", "20.00")]
    proposal = run(items, line("INV-1", "10.00"), line("INV-2", "0.00"))
    assert len(proposal.allocations) == 1
    assert proposal.status is MatchStatus.REVIEW


def test_match_all_prepares_customers_once_and_keeps_order():
    """GIVEN several remittances
    WHEN matched together
    THEN one proposal per remittance comes back in order."""
    index = OpenItemIndex([item("INV-1", "1.00"), item("INV-2", "2.00")])
    remittances = [
        Remittance(source=f"r{n}", lines=(line(f"INV-{n}", f"{n}.00"),)) for n in (1, 2, 3)
    ]
    proposals = match_all(remittances, index, CUSTOMERS, POLICY)
    assert [p.source for p in proposals] == ["r1", "r2", "r3"]
    assert [p.status for p in proposals] == [
        MatchStatus.AUTO,
        MatchStatus.AUTO,
        MatchStatus.UNMATCHED,
    ]
