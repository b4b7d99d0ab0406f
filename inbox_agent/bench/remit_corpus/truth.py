"""The ground truth of one corpus remittance: what a careful clerk would key in.

Every producer draws the same :class:`Truth` in its own way, so the score of a document
depends only on how well the extractor reads that way of drawing it. Values are drawn
from a seeded :class:`random.Random`, so the corpus is the same on every machine.
"""

from __future__ import annotations

import math
import random
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

CENT = Decimal("0.01")


@dataclass(frozen=True, slots=True)
class TruthLine:
    """One paid document as the payer meant it; a credit note has negative amounts."""

    invoice_ref: str
    paid: Decimal
    gross: Decimal
    discount: Decimal = Decimal("0.00")
    deduction: Decimal = Decimal("0.00")
    invoice_date: date | None = None
    kind: str = "invoice"
    payer_doc: str = ""
    """The payer's own voucher number, printed as a distractor column by some layouts."""
    po_number: str = ""
    description: str = ""


@dataclass(frozen=True, slots=True)
class Truth:
    """What the advice states; a field the layout does not print is ``None``.

    Scoring skips header fields that are ``None``: an advice that never names its
    currency cannot be blamed on the extractor.
    """

    payer: str | None
    payment_date: date | None
    reference: str | None
    currency: str | None
    total: Decimal | None
    lines: tuple[TruthLine, ...]
    payee: str = "Northwind Supplies Pty Ltd"
    extra: dict[str, Any] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        """The manifest's form: amounts as strings, dates ISO."""
        return {
            "payer": self.payer,
            "payment_date": _iso(self.payment_date),
            "reference": self.reference,
            "currency": self.currency,
            "total": _amount(self.total),
            "lines": [
                {
                    "invoice_ref": line.invoice_ref,
                    "paid_amount": _amount(line.paid),
                    "gross_amount": _amount(line.gross),
                    "discount": _amount(line.discount),
                    "deduction": _amount(line.deduction),
                    "invoice_date": _iso(line.invoice_date),
                    "kind": line.kind,
                }
                for line in self.lines
            ],
        }


def _iso(value: date | None) -> str | None:
    return value.isoformat() if value else None


def _amount(value: Decimal | None) -> str | None:
    return f"{value:.2f}" if value is not None else None


# --- drawing values -------------------------------------------------------------------

_NAME_WORDS = {
    "en": ("Acme", "Harbour", "Summit", "Kestrel", "Granite", "Pacific", "Meridian", "Tasman",
           "Coral", "Orchid", "Redgum", "Bluewater", "Ironbark", "Silverline", "Northgate"),
    "de": ("Müller", "Bayern", "Nordlicht", "Schwarzwald", "Rheintal", "Alpen", "Hansa",
           "Weber", "Schäfer", "Elbe", "Brenner", "Lindner"),
    "fr": ("Dupont", "Lefèvre", "Garonne", "Provence", "Bretagne", "Lumière", "Martin",
           "Rhône", "Azur", "Morel", "Beaumont"),
    "tl": ("Bayanihan", "Mabuhay", "Kalayaan", "Sampaguita", "Maharlika", "Bagong Araw",
           "Tala", "Luzon", "Masagana", "Dalisay"),
}  # fmt: skip
_NAME_TRADES = {
    "en": ("Freight", "Retail", "Mining", "Foods", "Health", "Build", "Logistics", "Trading"),
    "de": ("Maschinenbau", "Handel", "Logistik", "Elektro", "Bau", "Technik"),
    "fr": ("Industries", "Transports", "Distribution", "Bâtiment", "Alimentaire"),
    "tl": ("Trading", "Foods", "Hardware", "Construction", "Marketing", "Pharma"),
}
_NAME_FORMS = {
    "en": ("Pty Ltd", "Ltd", "Inc", "LLC", "Corp", "Co.", "Limited", "Pte Ltd"),
    "de": ("GmbH", "AG", "KG", "GmbH & Co. KG"),
    "fr": ("SARL", "SAS", "SA"),
    "tl": ("Inc.", "Corp.", "Corporation", "Co."),
}
_DESCRIPTIONS = (
    "Freight charges", "Consulting services", "Spare parts", "Office supplies",
    "Maintenance March", "Monthly rental", "Packaging material", "Licence renewal",
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class RefScheme:
    """How the supplier (us) numbers invoices and credit notes, e.g. ``INV-00123``."""

    invoice: str
    credit: str
    digits: int


REF_SCHEMES = (
    RefScheme("INV-{n}", "CN-{n}", 5),
    RefScheme("INV{n}", "CRN{n}", 6),
    RefScheme("{n}", "{n}", 8),
    RefScheme("RE-2026-{n}", "GS-2026-{n}", 4),
    RefScheme("SI-{n}", "CM-{n}", 6),
    RefScheme("F2026-{n}", "AV2026-{n}", 5),
    RefScheme("INV/26/{n}", "CN/26/{n}", 5),
    RefScheme("A{n}", "C{n}", 6),
    RefScheme("90{n}", "91{n}", 6),
    RefScheme("NW-{n}-AU", "NWC-{n}-AU", 5),
)  # fmt: skip


def company_name(rng: random.Random, language: str) -> str:
    """A plausible company in the language's country, e.g. ``Hansa Logistik GmbH``."""
    word = rng.choice(_NAME_WORDS[language])
    trade = rng.choice(_NAME_TRADES[language])
    form = rng.choice(_NAME_FORMS[language])
    return f"{word} {trade} {form}"


def draw_amount(rng: random.Random, low: int, high: int) -> Decimal:
    """A money amount with cents, log-uniform: as many 3-digit as 5-digit invoices."""
    cents = int(math.exp(rng.uniform(math.log(low), math.log(high))) * 100)
    return Decimal(cents) / 100


@dataclass(frozen=True, slots=True)
class LineOptions:
    """What a layout can print, which decides which truth values may be non-zero."""

    discounts: bool = False
    deductions: bool = False
    credit_notes: bool = True
    count: tuple[int, int] = (2, 9)


def draw_lines(
    rng: random.Random, payment_date: date, options: LineOptions
) -> tuple[TruthLine, ...]:
    """Invoices (and maybe credit notes) that one payment settles, all distinct refs."""
    scheme = rng.choice(REF_SCHEMES)
    count = rng.randint(*options.count)
    start = rng.randint(10, 10 ** (scheme.digits - 1) * 9 - count * 40)
    numbers = sorted(rng.sample(range(start, start + count * 40), count))
    with_credits = options.credit_notes and rng.random() < 0.5
    credits = rng.randint(0, min(2, count - 1)) if with_credits else 0
    lines: list[TruthLine] = []
    for index, number in enumerate(numbers):
        credit = index >= count - credits
        digits = str(number).zfill(scheme.digits)
        ref = (scheme.credit if credit else scheme.invoice).format(n=digits)
        invoice_date = payment_date - timedelta(days=rng.randint(5, 75))
        lines.append(_draw_line(rng, ref, invoice_date, credit=credit, options=options))
    if sum((line.paid for line in lines), Decimal(0)) <= 0:
        return draw_lines(rng, payment_date, options)
    return tuple(lines)


def _draw_line(
    rng: random.Random, ref: str, invoice_date: date, *, credit: bool, options: LineOptions
) -> TruthLine:
    gross = draw_amount(rng, 40, 60000)
    discount = deduction = Decimal("0.00")
    if credit:
        gross = -min(gross, Decimal("900.00"))
    else:
        if options.discounts and rng.random() < 0.4:
            discount = (gross * Decimal(rng.choice(("0.01", "0.02", "0.025")))).quantize(CENT)
        if options.deductions and rng.random() < 0.35:
            deduction = (gross * Decimal(rng.choice(("0.01", "0.02", "0.05")))).quantize(CENT)
    return TruthLine(
        invoice_ref=ref,
        paid=gross - discount - deduction,
        gross=gross,
        discount=discount,
        deduction=deduction,
        invoice_date=invoice_date,
        kind="credit_note" if credit else "invoice",
        payer_doc=f"{rng.choice(('51', '19', '47'))}{rng.randint(10_000_000, 99_999_999)}",
        po_number=f"PO-{rng.randint(4_500_000, 4_599_999)}",
        description=rng.choice(_DESCRIPTIONS),
    )


def draw_payment_reference(rng: random.Random, style: str) -> str:
    """A payment reference in one of the forms banks and ERPs print."""
    number = rng.randint(10_000, 999_999)
    forms = {
        "eft": f"EFT {number}",
        "cheque": f"{number:06d}",
        "pay": f"PAY-2026-{number:06d}",
        "trf": f"TRF/{number}",
        "sepa": f"SEPA-{number:07d}",
        "plain": f"{number}",
        "ach": f"ACH{number:08d}",
    }
    return forms[style]


def draw_payment_date(rng: random.Random) -> date:
    """A payment day in 2025 or 2026."""
    return date(2025, 1, 1) + timedelta(days=rng.randint(0, 600))
