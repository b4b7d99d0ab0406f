"""The pure matching core: references, the index, customers, amounts, every matching rule.

Cases are written by hand. Confidences come from the bench's calibration table, so tests
compare them (an exact number scores above a forgiven one) rather than pin them, and
check what may pass on its own with thresholds low enough that only the engine's own
rules can hold a proposal back.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from matchers import (
    BankReceipt,
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
    calibration,
    find_combination,
    identify_customer,
    link_receipts,
    match_all,
    match_remittance,
    normalise_ref,
)
from matchers.amounts import AmountKind, fit_amount
from matchers.customers import normalise_company
from matchers.fuzzy import DeletionIndex
from matchers.refs import forms, item_key, loose_ref, tokens

D = Decimal
POLICY = MatchPolicy()
LENIENT = MatchPolicy(auto_threshold=0.5, review_threshold=0.3)
"""Thresholds low enough that only the engine's own rules keep a proposal from auto."""
SHORT_OK = MatchPolicy(auto_threshold=0.5, review_threshold=0.3, auto_short_payments=True)


def item(
    number: str,
    open_amount: str,
    customer: str = "C1",
    *,
    currency: str = "AUD",
    po: str | None = None,
    day: int = 1,
) -> OpenItem:
    return OpenItem(
        customer_id=customer,
        invoice_number=number,
        currency=currency,
        amount=D(open_amount),
        open_amount=D(open_amount),
        invoice_date=date(2026, 1, day),
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
    total: str | None = None,
):
    remittance = Remittance(
        source="r.pdf",
        lines=tuple(lines),
        payer=payer or Payer(),
        currency=currency,
        total=None if total is None else D(total),
    )
    return match_remittance(remittance, OpenItemIndex(items), CUSTOMERS, policy)


# ---------------------------------------------------------------- references


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


@pytest.mark.parametrize(
    ("raw", "prefix", "core", "noise"),
    [
        ("INV-00123", "INV", "123", True),
        ("INV-1OO23", "INV", "10023", True),  # OCR: O for 0 inside the number
        ("INV-OO123", "INV", "123", True),  # O for the padding zeros
        ("Invoice No. 123", "INVOICEN", "123", True),
        ("#0123", "", "123", True),
        ("SI-0718", "SI", "718", True),
        ("90012345", "", "90012345", True),
        ("CN-5", "CN", "5", False),
        ("ABC", "ABC", "", False),
    ],
)
def test_reference_forms_split_label_and_number(raw, prefix, core, noise):
    """GIVEN references with labels, padding and OCR damage
    WHEN split into forms
    THEN the label and the OCR-folded, unpadded number come apart, and label words
    such as "Invoice No." are recognised as saying nothing."""
    f = forms(raw)
    assert (f.prefix, f.core, f.label_is_noise) == (prefix, core, noise)
    assert f.key == prefix + core


@pytest.mark.parametrize(
    "number",
    ["INV-00012345", "INV-0", "PO-123", "po 0123", "SI-0123", "12345", "00123", "A-007/0042",
     "INV 1O023", "inv.00123", "ÜB-12", "INV--12", "12A", "X_01"],
)  # fmt: skip
def test_item_key_fast_path_agrees_with_the_general_one(number):
    """GIVEN our own numbers in many shapes
    WHEN keyed for the index (a fast path serves the usual shape)
    THEN the key and core equal those of the general forms."""
    f = forms(number)
    assert item_key(number) == (f.key, f.core)


def test_label_letters_read_as_digits_give_extra_keys():
    """GIVEN "INV-I2345", where OCR read the 1 as an I
    WHEN its forms are taken
    THEN one of its extra keys is INV-00012345's key."""
    assert item_key("INV-00012345")[0] in forms("INV-I2345").ocr_keys


def test_several_numbers_on_one_line_are_split():
    """GIVEN a reference quoting two invoices and some words
    WHEN split into tokens
    THEN only the pieces that look like numbers remain."""
    assert tokens("INV-1001, INV-1002") == ["INV-1001", "INV-1002"]
    assert tokens("Invoices 123456 and 123457") == ["123456", "123457"]
    assert tokens("INV-00123") == ["INV-00123"]


# ---------------------------------------------------------------- the index


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
    assert index.by_key(forms("INV-0O123").key) == (a, b)
    assert index.by_core("123") == (a, b)
    assert index.by_po("po45001") == (a,)
    assert index.by_po("4500-1") == (a,)
    assert index.for_customer("C2") == (b, c)
    assert index.customer_ids() == {"C1", "C2"}
    assert index.by_invoice("") == () and index.by_po("--") == ()


def test_index_finds_numbers_one_slip_away_among_all_items():
    """GIVEN 3,000 dense invoice numbers
    WHEN the one-edit neighbourhood of a mistyped number is asked for
    THEN the intended number is among the candidates; short numbers are not compared."""
    items = [item(f"INV-{n:07d}", "1.00", f"C{n % 50}") for n in range(100_000, 103_000)]
    index = OpenItemIndex(items)
    near = index.near_core("101325")  # INV-0101235 with 2 and 3 swapped
    assert near is not None
    assert "INV-0101235" in {i.invoice_number for i, _core in near}
    assert index.near_core("12") == []


@pytest.mark.parametrize(
    ("query", "found"),
    [
        ("4512370", True),  # substitution
        ("4521378", True),  # neighbours swapped
        ("451378", True),  # a digit missing
        ("45123789", True),  # a digit added
        ("4521387", False),  # two swaps: two edits
        ("9999999", False),
    ],
)
def test_deletion_index_covers_one_edit_and_no_more(query, found):
    """GIVEN a symmetric-delete index of a few keys
    WHEN a key one edit (or more) away is looked up
    THEN the owner is a candidate exactly when one edit separates them."""
    index = DeletionIndex(["4512378", "7777777", "1234567"])
    assert (0 in (index.candidates(query) or [])) is found
    assert len(index) == 3


def test_deletion_index_reports_a_crowded_neighbourhood():
    """GIVEN 3,000 items sharing one core (every customer numbers its invoices 1, 2, ...)
    WHEN a number one edit from that core is looked up
    THEN the index says the neighbourhood is too crowded (None) instead of listing them;
    a non-ASCII query simply finds nothing."""
    index = DeletionIndex(["123456"] * 3_000 + ["777777"])
    assert index.candidates("123457") is None
    assert index.candidates("777778") == [3_000]
    assert index.candidates("Ü12345") == []


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
    assert found.evidence == "number"
    assert "names customer C2" in found.reason


def test_customer_from_bank_account_and_domain():
    """GIVEN customers with bank accounts and remittance domains (one domain shared, one
    free-mail)
    WHEN payers are recognised by account (other spacing), by a sub-domain, or by the
    shared or free-mail domain
    THEN the account and the own domain identify the customer; the shared and the
    free-mail domain identify nobody."""
    directory = CustomerDirectory(
        [
            Customer("A", "Alpha Ltd", email_domains=("alpha.com.au", "group.com", "gmail.com"),
                     bank_accounts=("062-000 12345678",)),
            Customer("B", "Beta Ltd", email_domains=("group.com",)),
        ]
    )  # fmt: skip
    by_account = identify_customer(Payer(bank_account="06200012345678"), directory)
    assert (by_account.customer_id, by_account.evidence) == ("A", "account")
    by_domain = identify_customer(Payer(email_domain="AP@Mail.Alpha.com.au"), directory)
    assert (by_domain.customer_id, by_domain.evidence) == ("A", "domain")
    assert identify_customer(Payer(email_domain="group.com"), directory).customer_id is None
    assert identify_customer(Payer(email_domain="gmail.com"), directory).customer_id is None


def test_customer_from_exact_name_or_alias():
    """GIVEN payer names that equal a customer's name or alias once normalised
    WHEN identified
    THEN the customer is found with high confidence."""
    directory = CustomerDirectory(CUSTOMERS)
    assert identify_customer(Payer("ACME PTY. LTD"), directory)[:2] == ("C1", 0.97)
    assert identify_customer(Payer("acme australia"), directory).customer_id == "C1"
    assert identify_customer(Payer("MUELLER MASCHINENBAU"), directory).customer_id == "C3"


def test_customer_from_a_name_the_bank_cut_short():
    """GIVEN a payer name cut at 18 characters, as bank statements do
    WHEN identified
    THEN the one customer whose name starts so is found."""
    found = identify_customer(Payer("MUELLER MASCHINENB"), CustomerDirectory(CUSTOMERS))
    assert (found.customer_id, found.evidence) == ("C3", "truncated")


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
    assert found == ("C2", 0.9, "C2 owns every invoice the remittance quotes", "owners")


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
    assert found.evidence == "name"
    assert "owns every invoice" in found.reason


def test_name_of_another_customer_than_the_invoice_owner_is_still_found():
    """GIVEN a payer name that resembles C2 while the quoted invoice belongs to C1
    WHEN identified
    THEN the name wins (the owner shortcut only applies when the name fits the owner)."""
    found = identify_customer(Payer("Bayanihan Tradng Corp"), CustomerDirectory(CUSTOMERS), ["C1"])
    assert found.customer_id == "C2"
    assert found.confidence < 0.97


# ---------------------------------------------------------------- amounts


@pytest.mark.parametrize(
    ("paid", "open_", "discount", "deduction", "kind"),
    [
        ("100.00", "100.00", "0", "0", AmountKind.EXACT),
        ("100.03", "100.00", "0", "0", AmountKind.TOLERANCE),
        ("99.00", "100.00", "1.00", "0", AmountKind.DISCOUNT),
        ("97.00", "100.00", "3.00", "0", AmountKind.DISCOUNT),
        ("96.00", "100.00", "4.00", "0", AmountKind.SHORT),  # above max_discount_pct
        ("98.00", "100.00", "0", "0", AmountKind.TERMS),  # our 2% terms, unstated
        ("97.50", "100.00", "0", "0", AmountKind.TERMS),  # our 2.5% terms
        ("98.50", "100.00", "0", "0", AmountKind.SHORT),  # 1.5% is not one of our rates
        ("80.00", "100.00", "0", "20.00", AmountKind.DEDUCTION),
        ("79.00", "100.00", "1.00", "20.00", AmountKind.DEDUCTION),
        ("80.00", "100.00", "0", "15.00", AmountKind.SHORT),  # deduction does not add up
        ("130.00", "100.00", "0", "0", AmountKind.OVER),
    ],
)
def test_amount_kinds(paid, open_, discount, deduction, kind):
    """GIVEN payments against an open amount, with stated discounts or deductions
    WHEN compared under a 0.05 tolerance, 3% maximum discount and terms of 1, 2, 2.5%
    THEN each gets the kind a reviewer would give it."""
    policy = MatchPolicy(amount_tolerance=D("0.05"))
    fit = fit_amount(D(paid), D(open_), line("X", paid, discount=discount, deduction=deduction),
                     policy)  # fmt: skip
    assert fit.kind is kind
    assert fit.amount == (D(open_) if kind is AmountKind.OVER else D(paid))


def test_discount_rates_come_from_the_policy():
    """GIVEN an admin whose terms are 1.5% only
    WHEN a payment 1.5% short, and one 2% short, are compared
    THEN the first is a discount, the second a short payment."""
    policy = MatchPolicy(discount_rates_pct=(D("1.5"),))
    assert fit_amount(D("98.50"), D("100.00"), line("X", "0"), policy).kind is AmountKind.TERMS
    assert fit_amount(D("98.00"), D("100.00"), line("X", "0"), policy).kind is AmountKind.SHORT


# ---------------------------------------------------------------- allocations


def test_exact_invoice_and_amount_is_auto():
    """GIVEN an invoice quoted in another format and paid in full
    WHEN matched
    THEN it is allocated automatically with a plain reason."""
    proposal = run([item("INV-00123", "5000.00")], line("inv 00123", "5000.00"))
    (alloc,) = proposal.allocations
    assert (alloc.invoice_number, alloc.amount) == ("INV-00123", D("5000.00"))
    assert alloc.confidence >= POLICY.auto_threshold
    assert alloc.status is MatchStatus.AUTO
    assert alloc.reason == "invoice number exact; amount equals open amount"
    assert alloc.evidence == "exact|exact|owner"
    assert proposal.status is MatchStatus.AUTO
    assert proposal.unallocated == D("0.00")
    assert proposal.customer_id == "C1"


def test_stated_discount_within_policy_is_auto():
    """GIVEN a payment of open less a 1% discount the payer states
    WHEN matched
    THEN the payment is allocated automatically and the reason names the discount."""
    proposal = run([item("INV-1", "5000.00")], line("INV-1", "4950.00", discount="50.00"),
                   policy=LENIENT)  # fmt: skip
    (alloc,) = proposal.allocations
    assert alloc.reason == "invoice number exact; amount equals open less 1.0% discount"
    assert alloc.amount == D("4950.00")
    assert alloc.status is MatchStatus.AUTO


def test_short_payment_with_stated_deduction_may_pass():
    """GIVEN an invoice paid short by exactly the deduction the payer states
    WHEN matched
    THEN the payment is allocated (the rest stays open for the dispute) and may pass."""
    proposal = run([item("INV-1", "5000.00")], line("INV-1", "4321.00", deduction="679.00"),
                   policy=LENIENT)  # fmt: skip
    (alloc,) = proposal.allocations
    assert alloc.amount == D("4321.00")
    assert "deduction of 679.00" in alloc.reason
    assert alloc.status is MatchStatus.AUTO


def test_unexplained_short_payment_goes_to_review_with_the_shortfall():
    """GIVEN an invoice paid short with no reason given, by a payer named nowhere
    WHEN matched, even under lenient thresholds
    THEN the payment is allocated for review and the reason gives the shortfall."""
    proposal = run([item("INV-1", "5000.00")], line("INV-1", "4321.00"), policy=LENIENT)
    (alloc,) = proposal.allocations
    assert alloc.status is MatchStatus.REVIEW
    assert alloc.amount == D("4321.00")
    assert alloc.reason == "invoice number exact; paid 4321.00 of open 5000.00 (short by 679.00)"
    assert proposal.status is MatchStatus.REVIEW
    assert proposal.unallocated == D("0.00")


def test_short_payment_by_a_known_payer_is_allocated_as_paid_if_the_admin_allows():
    """GIVEN Acme (known by its exact name) paying its invoice short, with no reason
    WHEN matched under lenient thresholds, with auto_short_payments on and then off (the
    default)
    THEN the payment is allocated as paid automatically when it is on (the rest stays
    open on the invoice), and only for review when it is off."""
    items = [item("INV-1", "5000.00")]
    allowed = run(items, line("INV-1", "4321.00"), payer=Payer("Acme"), policy=SHORT_OK)
    assert allowed.allocations[0].status is MatchStatus.AUTO
    assert allowed.allocations[0].amount == D("4321.00")
    refused = run(items, line("INV-1", "4321.00"), payer=Payer("Acme"), policy=LENIENT)
    assert not LENIENT.auto_short_payments
    assert refused.allocations[0].status is MatchStatus.REVIEW


def test_payment_that_fits_another_invoice_exactly_is_never_auto():
    """GIVEN Acme quoting INV-1 (5000.00) but paying 1234.00, the open amount of its INV-2
    WHEN matched under lenient thresholds, short payments allowed to pass
    THEN nothing passes on its own: INV-2, which the amount fits, is what is proposed,
    for review."""
    items = [item("INV-1", "5000.00"), item("INV-2", "1234.00")]
    proposal = run(items, line("INV-1", "1234.00"), payer=Payer("Acme"), policy=SHORT_OK)
    assert all(a.status is MatchStatus.REVIEW for a in proposal.allocations)
    assert [a.invoice_number for a in proposal.allocations] == ["INV-2"]
    assert "1 open item of C1 (INV-2) is 1234.00" in proposal.allocations[0].reason


def test_over_payment_allocates_the_open_amount_only():
    """GIVEN a payment larger than the open amount
    WHEN matched
    THEN only the open amount is allocated, for review, and the rest is unallocated."""
    proposal = run([item("INV-1", "100.00")], line("INV-1", "130.00"), policy=LENIENT)
    (alloc,) = proposal.allocations
    assert alloc.amount == D("100.00")
    assert alloc.status is MatchStatus.REVIEW
    assert "(over by 30.00)" in alloc.reason
    assert proposal.unallocated == D("30.00")
    assert proposal.status is MatchStatus.REVIEW


def test_forgiven_numbers_score_below_exact_ones():
    """GIVEN the same payment quoting a number exactly, without padding, or OCR-damaged
    WHEN matched
    THEN confidence never rises as more is forgiven."""
    items = [item("INV-00124", "1500.00")]
    exact = run(items, line("INV-00124", "1500.00")).allocations[0]
    zeros = run(items, line("INV-124", "1500.00")).allocations[0]
    assert exact.confidence >= zeros.confidence
    assert "once leading zeros are ignored" in zeros.reason
    assert zeros.evidence.startswith("zeros|")


def test_unknown_invoice_is_unmatched():
    """GIVEN a line quoting a number we do not have, with an amount no item has
    WHEN matched
    THEN nothing is allocated and the whole payment is unallocated."""
    proposal = run([item("INV-1", "10.00")], line("INV-404", "12.34"))
    assert proposal.status is MatchStatus.UNMATCHED
    assert proposal.allocations == ()
    assert proposal.unallocated == D("12.34")


def test_one_found_one_missing_is_review_with_remainder():
    """GIVEN two lines of which one quotes an unknown invoice
    WHEN matched
    THEN the known one is allocated and the other's amount is unallocated."""
    proposal = run([item("INV-1", "10.00")], line("INV-1", "10.00"), line("INV-404", "5.55"))
    assert proposal.status is MatchStatus.REVIEW
    assert len(proposal.allocations) == 1
    assert proposal.unallocated == D("5.55")


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
    assert second.amount == D("40.00")
    assert "already cover 60.00" in second.reason
    assert proposal.unallocated == D("0.00")


def test_number_shared_by_two_customers_uses_the_payer():
    """GIVEN one invoice number held by two customers and a known payer
    WHEN matched
    THEN the payer's own invoice is taken automatically."""
    items = [item("INV-7", "10.00", "C1"), item("INV-7", "10.00", "C2")]
    proposal = run(items, line("INV-7", "10.00"), payer=Payer("Bayanihan Trading Corp"),
                   policy=LENIENT)  # fmt: skip
    (alloc,) = proposal.allocations
    assert alloc.customer_id == "C2"
    assert alloc.status is MatchStatus.AUTO


def test_duplicate_number_without_payer_is_decided_by_amount_or_not_at_all():
    """GIVEN one number held twice and no payer details
    WHEN only one copy's amount fits
    THEN it is proposed for review; when both fit, nothing passes on its own."""
    items = [item("INV-7", "10.00", "C1"), item("INV-7", "25.00", "C2")]
    (alloc,) = run(items, line("INV-7", "25.00"), policy=LENIENT).allocations
    assert alloc.customer_id == "C2"
    assert alloc.status is MatchStatus.REVIEW
    assert "2 open items carry this number" in alloc.reason
    same = [item("INV-7", "10.00", "C1"), item("INV-7", "10.00", "C2")]
    both = run(same, line("INV-7", "10.00"), policy=LENIENT)
    assert both.status is not MatchStatus.AUTO
    assert all(a.status is MatchStatus.REVIEW for a in both.allocations)


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


def test_credit_note_netted_without_a_line_is_found_for_review():
    """GIVEN an invoice of 1000.00 paid 880.00 with no reason, and the payer's open
    credit note of 120.00 that no line mentions
    WHEN matched
    THEN the invoice in full and the credit note are proposed, for review."""
    items = [item("INV-1", "1000.00"), item("CN-9", "-120.00")]
    proposal = run(items, line("INV-1", "880.00"), payer=Payer("Acme"), policy=LENIENT)
    invoice, credit = proposal.allocations
    assert (invoice.invoice_number, invoice.amount) == ("INV-1", D("1000.00"))
    assert (credit.invoice_number, credit.amount) == ("CN-9", D("-120.00"))
    assert "netted" in invoice.reason
    assert all(a.status is MatchStatus.REVIEW for a in proposal.allocations)
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
    THEN that invoice is proposed for review."""
    items = [item("INV-5", "800.00", po="4500123")]
    (alloc,) = run(items, line("4500123", "800.00", ReferenceKind.PO)).allocations
    assert alloc.invoice_number == "INV-5"
    assert alloc.status is MatchStatus.REVIEW
    assert alloc.reason == "PO 4500123 has one open item, INV-5; amount equals open amount"


def test_po_passes_only_with_one_open_item_and_a_payer_known_independently():
    """GIVEN a PO with one open invoice of 800.00, and another PO with two invoices
    WHEN an anonymous payer pays the first PO, Acme by customer number pays it, and Acme
    pays one of the second PO's invoices by its amount
    THEN only Acme's payment of the single-invoice PO may pass on its own: without a
    known payer, or with several invoices on the PO, a person confirms."""
    items = [
        item("INV-5", "800.00", po="4500123"),
        item("INV-6", "100.00", po="4500999"),
        item("INV-7", "250.00", po="4500999"),
    ]
    po_line = line("4500123", "800.00", ReferenceKind.PO)
    (anonymous,) = run(items, po_line, policy=LENIENT).allocations
    assert anonymous.status is MatchStatus.REVIEW
    (known,) = run(items, po_line, payer=Payer(customer_id="C1"), policy=LENIENT).allocations
    assert known.status is MatchStatus.AUTO
    pick = run(items, line("4500999", "250.00", ReferenceKind.PO), payer=Payer(customer_id="C1"),
               policy=LENIENT)  # fmt: skip
    assert [a.status for a in pick.allocations] == [MatchStatus.REVIEW]


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
    assert "only INV-2 equals the payment" in one.reason
    every = run(items, line("PO9", "600.00", ReferenceKind.PO))
    assert [a.invoice_number for a in every.allocations] == ["INV-1", "INV-2", "INV-3"]
    assert every.unallocated == D("0.00")


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
    WHEN matched, even under lenient thresholds
    THEN the allocation is for review and the reason names both currencies."""
    proposal = run([item("INV-1", "100.00")], line("INV-1", "100.00"), currency="USD",
                   policy=LENIENT)  # fmt: skip
    (alloc,) = proposal.allocations
    assert alloc.status is MatchStatus.REVIEW
    assert "currency differs (remittance USD, invoice AUD)" in alloc.reason
    assert proposal.status is MatchStatus.REVIEW


def test_invoice_of_another_customer_is_never_auto():
    """GIVEN a payer recognised as C1 quoting an invoice that belongs to C2
    WHEN matched, even under lenient thresholds
    THEN the allocation is for review and the reason names both customers."""
    proposal = run([item("INV-9", "50.00", "C2")], line("INV-9", "50.00"), payer=Payer("Acme"),
                   policy=LENIENT)  # fmt: skip
    (alloc,) = proposal.allocations
    assert proposal.customer_id == "C1"
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
    """GIVEN a review threshold of 1.0 (nothing is that sure)
    WHEN an exact match is found
    THEN it is not proposed at all."""
    policy = MatchPolicy(review_threshold=1.0, auto_threshold=1.0)
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


# ---------------------------------------------------------------- payments without lines


def test_payment_without_lines_is_matched_to_the_oldest_combination_for_review():
    """GIVEN Acme's open items (oldest first: 100, 250, 400, 650) and a remittance with
    no lines and a total of 350.00
    WHEN matched
    THEN the two oldest that make 350.00 are proposed for review; 650.00 has two
    combinations (250+400, 650), so the one of the oldest items is proposed and the
    reason says there were others."""
    items = [item("INV-1", "100.00", day=1), item("INV-2", "250.00", day=2),
             item("INV-3", "400.00", day=3), item("INV-4", "650.00", day=4)]  # fmt: skip
    proposal = run(items, payer=Payer("Acme"), total="350.00", policy=LENIENT)
    assert [a.invoice_number for a in proposal.allocations] == ["INV-1", "INV-2"]
    assert all(a.status is MatchStatus.REVIEW for a in proposal.allocations)
    assert "the only combination" in proposal.allocations[0].reason
    assert proposal.unallocated == D("0.00")
    several = run(items, payer=Payer("Acme"), total="650.00", policy=LENIENT)
    assert [a.invoice_number for a in several.allocations] == ["INV-2", "INV-3"]
    assert "one of several combinations" in several.allocations[0].reason


def test_line_with_a_reference_that_is_not_ours_is_matched_by_amount():
    """GIVEN Acme paying 400.00 with its own voucher number as the only reference
    WHEN matched
    THEN the one open item of 400.00 is proposed for review."""
    items = [item("INV-1", "100.00"), item("INV-3", "400.00")]
    proposal = run(items, line("Voucher 8812", "400.00", ReferenceKind.UNKNOWN),
                   payer=Payer("Acme"), policy=LENIENT)  # fmt: skip
    (alloc,) = proposal.allocations
    assert alloc.invoice_number == "INV-3"
    assert alloc.status is MatchStatus.REVIEW


def test_subset_search_is_bounded_when_nothing_fits():
    """GIVEN a customer with 40 open items of whole dollars between 1000 and 2500 (no sum
    can end in .01) and a payment of 30000.01, which a naive search would try to make
    from billions of combinations
    WHEN the combination search runs with a budget of 5,000 tries
    THEN it stops within the budget, reports that it did not finish, and proposes nothing."""
    amounts = [D(f"{1000 + 37 * n}.00") for n in range(40)]
    pool = [(item(f"INV-{n}", str(a), day=1 + n % 28), a) for n, a in enumerate(amounts)]
    result = find_combination(pool, D("30000.01"), max_nodes=5_000, max_seconds=30.0)
    assert result.items == ()
    assert result.nodes <= 5_000
    assert not result.complete
    assert not result.unique


def test_subset_search_nets_credit_notes():
    """GIVEN invoices of 500.00 and 300.00 and a credit note of -50.00
    WHEN a payment of 750.00 is searched for
    THEN the combination found is the 500.00 and 300.00 invoices less the credit note."""
    a, b, c = item("INV-1", "500.00", day=1), item("INV-2", "300.00", day=2), item("CN-1", "-50.00")
    result = find_combination([(a, D("500.00")), (b, D("300.00")), (c, D("-50.00"))], D("750.00"))
    assert {i.invoice_number for i in result.items} == {"INV-1", "INV-2", "CN-1"}
    assert result.unique


# ---------------------------------------------------------------- calibration


def test_confidence_backs_off_and_flags_only_lower_it(monkeypatch):
    """GIVEN a calibration table with a specific cell, two margins, a number-only entry,
    a flag's accuracy and one flagged cell seen often enough
    WHEN confidences are looked up
    THEN the cell is used when seen; else the more pessimistic margin; else the number
    alone; unknown evidence gets the modest prior; a flag scales the clean value down,
    unless the flagged evidence itself was seen, when its own accuracy is used."""
    monkeypatch.setattr(
        calibration,
        "OBSERVED",
        {
            "exact|exact|payer": 0.998,
            "exact|over": 0.95,
            "*|over|none": 0.2,
            "exact": 0.99,
            "*|currency": 0.8,
            "exact|exact|owner|currency": 0.97,
        },
    )
    assert calibration.confidence("exact", "exact", "payer") == 0.998
    assert calibration.confidence("exact", "over", "none") == 0.2
    assert calibration.confidence("exact", "over", "payer") == 0.95
    assert calibration.confidence("exact", "short", "none") == 0.99
    assert calibration.confidence("series", "exact", "none") == calibration.PRIOR_BY_REF["series"]
    assert calibration.confidence("exact", "exact", "payer", {"currency"}) == pytest.approx(
        0.998 * 0.8
    )
    assert calibration.confidence("exact", "exact", "owner", {"currency"}) == 0.97
    assert calibration.signature("ocr", "exact", "payer", ["dup", "currency"]) == (
        "ocr|exact|payer|currency+dup"
    )
    assert calibration.keys_for("ocr", "exact", "payer", ["dup", "currency"]) == [
        "ocr|exact|payer|currency+dup",
        "ocr|*|*|currency",
        "*|currency",
        "ocr|*|*|dup",
        "*|dup",
    ]


# ---------------------------------------------------------------- bank receipts


def _advice(source: str, total: str, *, reference: str = "", payer: Payer | None = None,
            day: int = 14, currency: str = "AUD") -> Remittance:  # fmt: skip
    return Remittance(
        source=source,
        lines=(),
        payer=payer or Payer(),
        payment_date=date(2026, 3, day),
        payment_reference=reference or None,
        currency=currency,
        total=D(total),
    )


def _receipt(amount: str, *, day: int = 15, account: str = "", reference: str = "",
             payer_name: str = "", currency: str = "AUD") -> BankReceipt:  # fmt: skip
    return BankReceipt(account, date(2026, 3, day), D(amount), currency, reference, payer_name)


RECEIPT_CUSTOMERS = CustomerDirectory(
    [Customer("C1", "Acme Pty Ltd", bank_accounts=("062-000 1111",)), Customer("C2", "Beta Ltd")]
)


def test_receipt_linked_by_reference_and_account_passes_on_its_own():
    """GIVEN an advice of 500.00 with payment reference EFT 77120 from C1, and a receipt of
    500.00 a day later quoting that reference, paid from C1's account
    WHEN linked
    THEN the two are linked automatically and the reason names both witnesses."""
    advice = _advice("a.pdf", "500.00", reference="EFT 77120", payer=Payer(customer_id="C1"))
    receipt = _receipt("500.00", account="0620001111", reference="PMT EFT77120 ACME")
    (link,) = link_receipts([advice], [receipt], RECEIPT_CUSTOMERS, POLICY)
    assert (link.source, link.receipt_index, link.status) == ("a.pdf", 0, MatchStatus.AUTO)
    assert "quotes EFT 77120" in link.reason and "payer's account" in link.reason


def test_receipt_on_amount_and_date_alone_is_for_review():
    """GIVEN an anonymous advice and one receipt of the same amount two days later
    WHEN linked
    THEN the link is proposed for review only: amounts recur."""
    (link,) = link_receipts([_advice("a.pdf", "500.00")], [_receipt("500.00", day=16)],
                            RECEIPT_CUSTOMERS, POLICY)  # fmt: skip
    assert link.status is MatchStatus.REVIEW
    assert link.confidence < POLICY.auto_threshold


def test_two_receipts_that_fit_equally_are_never_auto():
    """GIVEN an advice from C1 by name and two receipts of its amount, both naming Acme
    WHEN linked
    THEN one is proposed for review, and the reason says another fits as well."""
    advice = _advice("a.pdf", "500.00", payer=Payer(customer_id="C1"))
    receipts = [_receipt("500.00", payer_name="ACME PTY LTD"),
                _receipt("500.00", payer_name="ACME PTY LTD")]  # fmt: skip
    (link,) = link_receipts([advice], receipts, RECEIPT_CUSTOMERS, POLICY)
    assert link.status is MatchStatus.REVIEW
    assert "another receipt or advice fits as well" in link.reason


def test_receipts_in_another_currency_or_too_far_in_time_are_not_linked():
    """GIVEN an advice of 500.00 AUD on 14 March and receipts of 500.00 in NZD, and of
    500.00 AUD on 25 March (beyond the five days allowed)
    WHEN linked
    THEN no link is made."""
    receipts = [_receipt("500.00", currency="NZD"), _receipt("500.00", day=25)]
    assert link_receipts([_advice("a.pdf", "500.00")], receipts, RECEIPT_CUSTOMERS, POLICY) == []


def test_one_receipt_goes_to_one_advice_the_best_witnessed():
    """GIVEN two advices of 500.00, one from C1 quoting EFT 10001, one anonymous, and a
    single receipt of 500.00 quoting EFT 10001
    WHEN linked
    THEN the receipt goes to C1's advice only."""
    c1 = _advice("c1.pdf", "500.00", reference="EFT 10001", payer=Payer(customer_id="C1"))
    advices = [_advice("anon.pdf", "500.00"), c1]
    (link,) = link_receipts(advices, [_receipt("500.00", reference="EFT 10001")],
                            RECEIPT_CUSTOMERS, POLICY)  # fmt: skip
    assert link.source == "c1.pdf"
