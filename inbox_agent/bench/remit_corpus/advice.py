"""One corpus advice: a template plus its drawn truth, and the printed words they give.

Producers call :func:`letterhead`, :func:`details` and :func:`total_text` rather than
composing labels themselves, so the same advice reads the same in every tool and the
truth's "what is stated" (:func:`make_advice`) matches what is printed.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from decimal import Decimal

from inbox_agent.bench.remit_corpus.formats import format_amount, format_date
from inbox_agent.bench.remit_corpus.templates import F, Template
from inbox_agent.bench.remit_corpus.truth import (
    Truth,
    company_name,
    draw_lines,
    draw_payment_date,
    draw_payment_reference,
)

_ADDRESSES = {
    "en": (("Level 4, 100 Market Street", "Sydney NSW 2000"),
           ("221 Harbour Road", "Auckland 1010"), ("18 Kingsway", "London WC2B 6LH"),
           ("350 Fifth Avenue, Suite 4100", "New York, NY 10118")),
    "de": (("Industriestraße 5", "70173 Stuttgart"), ("Hafenweg 12", "20457 Hamburg")),
    "fr": (("12 rue de la République", "69002 Lyon"), ("5 avenue Foch", "75016 Paris")),
    "tl": (("Unit 1203, Ayala Avenue", "Makati City 1226"),
           ("88 Rizal Street", "Cebu City 6000")),
}  # fmt: skip
PAYEE = "Northwind Supplies Pty Ltd"
PAYEE_ADDRESS = ("7 Foundry Lane", "Melbourne VIC 3000")
_UNAMBIGUOUS_SYMBOLS = frozenset({"€", "£"})


@dataclass(frozen=True, slots=True)
class Advice:
    """A template, its truth, and the few printed extras drawn with it."""

    doc_id: str
    template: Template
    truth: Truth
    payer_address: tuple[str, str]
    currency: str
    """The currency paid, even when the layout does not say it (``truth.currency``)."""


@dataclass(frozen=True, slots=True)
class Produced:
    """What a producer made: the page count and the truth of what it printed."""

    pages: int
    truth: Truth


def make_advice(rng: random.Random, template: Template, doc_id: str) -> Advice:
    """Draw an advice for ``template``; the truth holds only what the layout states."""
    payer = company_name(rng, template.language)
    payment_date = draw_payment_date(rng)
    currency = rng.choice(template.currencies)
    lines = draw_lines(rng, payment_date, template.options())
    truth = Truth(
        payer=payer,
        payment_date=payment_date,
        reference=draw_payment_reference(rng, template.reference_style),
        currency=currency if states_currency(template) else None,
        total=sum((line.paid for line in lines), Decimal(0)),
        lines=lines,
        payee=PAYEE,
    )
    address = rng.choice(_ADDRESSES[template.language])
    return Advice(doc_id, template, truth, address, currency)


def states_currency(template: Template) -> bool:
    """Whether the printed advice names its currency without ambiguity."""
    in_heading = any("(" in heading and ")" in heading for _, heading in template.columns)
    return bool(
        template.currency_label
        or template.currency_in_total
        or template.number.symbol in _UNAMBIGUOUS_SYMBOLS
        or in_heading
        or F.CURR in template.has
    )


def letterhead(advice: Advice) -> list[str]:
    """The lines above the title: the payer's name and address, or the bank's name."""
    template = advice.template
    if template.letterhead == "payer":
        return [str(advice.truth.payer), *advice.payer_address]
    if template.letterhead == "bank":
        return [template.bank_name, "Corporate Payments Services"]
    return []


def details(advice: Advice) -> list[tuple[str, str]]:
    """The labelled header fields in printing order, as (label, value)."""
    template, truth = advice.template, advice.truth
    pairs: list[tuple[str, str]] = []
    if template.payer_label:
        pairs.append((template.payer_label, str(truth.payer)))
    pairs.append((template.payee_label, PAYEE))
    if truth.payment_date is not None:
        pairs.append((template.date_label, format_date(truth.payment_date, template.date_format)))
    pairs.append((template.reference_label, str(truth.reference)))
    if template.currency_label:
        pairs.append((template.currency_label, advice.currency))
    return pairs


def total_text(advice: Advice) -> tuple[str, str]:
    """The stated total as (label, value), e.g. ("Total paid", "AUD 10,450.00")."""
    template, truth = advice.template, advice.truth
    amount = format_amount(truth.total or Decimal(0), template.number)
    if template.currency_in_total and not template.number.symbol:
        amount = f"{advice.currency} {amount}"
    elif template.currency_in_total:
        amount = f"{amount} {advice.currency}"
    return template.total_label, amount
