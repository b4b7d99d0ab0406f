"""Real remittance-advice PDFs, drawn with ReportLab the way a payer's ERP prints them.

The demo and the tests read these files through the same extractor as a customer's
mail, so they must be genuine PDFs with a text layer and ruled tables, not text typed to
look like one. Output is byte-for-byte reproducible (ReportLab's ``invariant`` mode), so
golden files made from it stay stable.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

Amount = Decimal | str | int
InvoiceLine = tuple[str, date | str | None, Amount, Amount, Amount]
"""(invoice_ref, invoice_date, gross, discount, paid) -- a credit note has negative amounts."""

LAYOUTS = ("table", "text")


@dataclass(frozen=True, slots=True)
class Wording:
    """The printed words of one language's advice, and how it writes numbers and dates."""

    title: str
    payee: str
    payment_date: str
    reference: str
    currency: str
    columns: tuple[str, str, str, str, str]
    total_row: str
    total_paid: str
    footer: str
    date_format: str
    decimal_comma: bool


WORDINGS = {
    "en": Wording(
        title="Remittance Advice",
        payee="To",
        payment_date="Payment date",
        reference="Payment reference",
        currency="Currency",
        columns=("Invoice No.", "Invoice Date", "Gross", "Discount", "Amount Paid"),
        total_row="Total",
        total_paid="Total paid",
        footer=(
            "This payment has been made by electronic funds transfer to your nominated "
            "bank account. Please direct any queries to our accounts payable team."
        ),
        date_format="%d/%m/%Y",
        decimal_comma=False,
    ),
    "de": Wording(
        title="Zahlungsavis",
        payee="Zahlungsempfänger",
        payment_date="Zahlungsdatum",
        reference="Zahlungsreferenz",
        currency="Währung",
        columns=("Rechnungsnr.", "Rechnungsdatum", "Brutto", "Skonto", "Zahlbetrag"),
        total_row="Summe",
        total_paid="Gesamtbetrag",
        footer=(
            "Wir haben die folgenden Rechnungen per Überweisung beglichen. Bei Rückfragen "
            "wenden Sie sich bitte an unsere Kreditorenbuchhaltung."
        ),
        date_format="%d.%m.%Y",
        decimal_comma=True,
    ),
}


def format_amount(value: Amount, *, decimal_comma: bool) -> str:
    """Print money as the payer's ERP would: ``(1,234.50)`` or ``1.234,50-`` for negatives."""
    amount = Decimal(value).quantize(Decimal("0.01"))
    text = f"{abs(amount):,.2f}"
    if decimal_comma:
        text = text.replace(",", "\0").replace(".", ",").replace("\0", ".")
        return f"{text}-" if amount < 0 else text
    return f"({text})" if amount < 0 else text


def _format_date(value: date | str | None, fmt: str) -> str:
    if value is None or value == "":
        return ""
    day = value if isinstance(value, date) else date.fromisoformat(value)
    return day.strftime(fmt)


def make_remittance_pdf(
    path: Path | str,
    *,
    payer: str,
    payment_date: date,
    reference: str,
    currency: str,
    lines: Sequence[InvoiceLine],
    layout: str = "table",
    language: str = "en",
    payee: str = "Northwind Supplies Pty Ltd",
    payer_address: Sequence[str] = ("Level 4, 100 Market Street", "Sydney NSW 2000"),
    total: Amount | None = None,
) -> Path:
    """Draw one payment advice and return its path.

    Args:
        path: Where to write the PDF.
        payer: The paying company, printed as the letterhead.
        payment_date: The date of the payment.
        reference: The payment's reference (EFT number, cheque number...).
        currency: ISO code printed in the header and on the total.
        lines: One tuple per invoice or credit note paid.
        layout: ``"table"`` draws a ruled table; ``"text"`` aligns columns without rules,
            as many ERPs print, so readers must fall back to reading lines of text.
        language: ``"en"`` or ``"de"`` (German labels, ``1.234,50`` and ``31.01.2026``).
        payee: Who is being paid (us), printed after "To".
        payer_address: Address lines under the letterhead.
        total: The stated total; defaults to the sum of paid amounts. Pass a different
            value to make an advice whose lines do not add up.
    """
    if layout not in LAYOUTS:
        raise ValueError(f"layout must be one of {LAYOUTS}, not {layout!r}")
    wording = WORDINGS[language]
    stated = (
        Decimal(total) if total is not None else sum((Decimal(x[4]) for x in lines), Decimal(0))
    )
    target = Path(path)
    doc = SimpleDocTemplate(
        str(target), pagesize=A4, invariant=1, title=wording.title, author=payer,
        leftMargin=20 * mm, rightMargin=20 * mm, topMargin=18 * mm, bottomMargin=18 * mm,
    )  # fmt: skip
    story: list[Any] = [
        *_letterhead(payer, payer_address),
        *_details(wording, payee=payee, payment_date=payment_date, reference=reference,
                  currency=currency),
        _lines_table(wording, lines, stated, ruled=layout == "table"),
        Spacer(1, 6 * mm),
        Paragraph(f"<b>{wording.total_paid}: {currency} "
                  f"{format_amount(stated, decimal_comma=wording.decimal_comma)}</b>", _style()),
        Spacer(1, 10 * mm),
        Paragraph(wording.footer, _style(size=8, color=colors.grey)),
    ]  # fmt: skip
    doc.build(story)
    return target


def _style(*, size: float = 10, bold: bool = False, color: Any = colors.black) -> ParagraphStyle:
    base = getSampleStyleSheet()["Normal"]
    font = "Helvetica-Bold" if bold else "Helvetica"
    return ParagraphStyle(
        f"s{size}{bold}", parent=base, fontName=font, fontSize=size, leading=size * 1.25,
        textColor=color,
    )  # fmt: skip


def _letterhead(payer: str, address: Sequence[str]) -> list[Any]:
    story: list[Any] = [Paragraph(_escape(payer), _style(size=15, bold=True))]
    story += [Paragraph(_escape(line), _style(size=9, color=colors.grey)) for line in address]
    return [*story, Spacer(1, 8 * mm)]


def _details(
    wording: Wording, *, payee: str, payment_date: date, reference: str, currency: str
) -> list[Any]:
    rows = (
        (wording.payee, payee),
        (wording.payment_date, payment_date.strftime(wording.date_format)),
        (wording.reference, reference),
        (wording.currency, currency),
    )
    return [
        Paragraph(wording.title, _style(size=18, bold=True)),
        Spacer(1, 4 * mm),
        *(Paragraph(f"{label}: {_escape(value)}", _style()) for label, value in rows),
        Spacer(1, 6 * mm),
    ]


def _lines_table(
    wording: Wording, lines: Sequence[InvoiceLine], stated: Decimal, *, ruled: bool
) -> Table:
    def amount(value: Amount) -> str:
        return format_amount(value, decimal_comma=wording.decimal_comma)

    data: list[list[str]] = [list(wording.columns)]
    for ref, invoice_date, gross, discount, paid in lines:
        data.append([
            ref, _format_date(invoice_date, wording.date_format),
            amount(gross), amount(discount), amount(paid),
        ])  # fmt: skip
    data.append([wording.total_row, "", "", "", amount(stated)])
    table = Table(data, colWidths=[38 * mm, 32 * mm, 32 * mm, 28 * mm, 36 * mm], repeatRows=1)
    style: list[tuple[Any, ...]] = [
        ("FONTNAME", (0, 0), (-1, 0), "Helvetica-Bold"),
        ("FONTNAME", (0, -1), (-1, -1), "Helvetica-Bold"),
        ("FONTSIZE", (0, 0), (-1, -1), 9),
        ("ALIGN", (2, 0), (-1, -1), "RIGHT"),
    ]
    if ruled:
        style += [
            ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
            ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8e8e8")),
        ]
    table.setStyle(TableStyle(style))
    return table


def _escape(text: str) -> str:
    """Keep company names like "Smith & Sons" from being read as Paragraph markup."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
