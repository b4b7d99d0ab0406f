"""Layout templates: the wording, columns and conventions of one payer system's advice.

A template says what an advice prints (column headings in the payer's language, labels,
number and date style, where the total sits, whether the table is ruled, how long it
runs); the producers decide how it is drawn. The same template drawn by ReportLab, by
LibreOffice and as a mail body are different documents with the same ground truth.

:data:`HELD_OUT` templates are scored apart. They were written together with the
development set, before the extractor was tuned, and are not to be looked at while
improving it: their figures say how the extractor does on layouts it has never seen.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import timedelta
from decimal import Decimal
from enum import StrEnum

from inbox_agent.bench.remit_corpus.formats import NumberStyle, format_amount, format_date
from inbox_agent.bench.remit_corpus.truth import LineOptions, Truth, TruthLine


class F(StrEnum):
    """What a printed column holds."""

    REF = "ref"
    DOCNO = "docno"
    DATE = "date"
    DUE = "due"
    DESC = "desc"
    PO = "po"
    TYPE = "type"
    GROSS = "gross"
    DISCOUNT = "discount"
    DEDUCTION = "deduction"
    PAID = "paid"
    CURR = "curr"
    POS = "pos"
    MEMO = "memo"  # free text quoting the payer's PO number
    BALANCE = "balance"  # what is still open after this payment (0.00 when paid in full)


MONEY = frozenset({F.GROSS, F.DISCOUNT, F.DEDUCTION, F.PAID})


@dataclass(frozen=True, slots=True)
class Template:
    """One payer system's advice; see the module docstring.

    ``currencies`` lists the currencies a payer of this kind pays in; whether the truth
    holds the currency depends on whether it is printed unambiguously (a code, €, £).
    """

    name: str
    language: str
    title: str
    columns: tuple[tuple[F, str], ...]
    number: NumberStyle
    date_format: str
    currencies: tuple[str, ...]
    date_label: str
    reference_label: str
    reference_style: str
    total_label: str
    payer_label: str | None = None
    payee_label: str = "To"
    currency_label: str | None = None
    currency_in_total: bool = False
    total_row_label: str | None = "Total"
    total_at_top: bool = False
    letterhead: str = "payer"  # payer | bank | none
    bank_name: str = ""
    ruled: str = "grid"  # grid | rules | none
    landscape: bool = False
    long: bool = False
    page_subtotals: tuple[str, str] | None = None
    type_words: tuple[str, str] = ("INV", "CN")
    credit_positive: bool = False
    header_style: str = "lines"  # lines | table | inline | beside (right of the letterhead)
    held_out: bool = False
    footer: str = ""
    line_options: LineOptions = field(default_factory=LineOptions)

    @property
    def has(self) -> frozenset[F]:
        """The fields this layout prints."""
        return frozenset(kind for kind, _ in self.columns)

    def options(self) -> LineOptions:
        """Line options consistent with the printed columns (no hidden discounts)."""
        base = self.line_options
        count = (36, 60) if self.long else base.count
        return LineOptions(
            discounts=F.DISCOUNT in self.has,
            deductions=F.DEDUCTION in self.has,
            credit_notes=base.credit_notes,
            count=count,
        )


@dataclass(frozen=True, slots=True)
class TableModel:
    """The printed table: headings (a newline marks a two-line heading) and cell strings."""

    headings: list[str]
    rows: list[list[str]]
    total_row: list[str] | None
    money_columns: frozenset[int]


def cell_text(template: Template, kind: F, line: TruthLine, truth: Truth, position: int) -> str:
    """One cell as the payer's system prints it."""
    style = template.number
    if kind in MONEY:
        value = {
            F.GROSS: line.gross,
            F.DISCOUNT: line.discount,
            F.DEDUCTION: line.deduction,
            F.PAID: line.paid,
        }[kind]
        if template.credit_positive and line.kind == "credit_note":
            value = abs(value)
        return format_amount(value, style)
    invoice_date = line.invoice_date
    text = {
        F.REF: line.invoice_ref,
        F.DOCNO: line.payer_doc,
        F.DESC: line.description,
        F.PO: line.po_number,
        F.TYPE: template.type_words[line.kind == "credit_note"],
        F.CURR: truth.currency or "",
        F.POS: str(position),
        F.MEMO: f"PO {line.po_number[3:]} {line.description.lower()}",
        F.BALANCE: format_amount(Decimal("0.00"), style),
    }.get(kind)
    if text is not None:
        return text
    if invoice_date is None:
        return ""
    if kind is F.DUE:
        invoice_date += timedelta(days=30)
    return format_date(invoice_date, template.date_format)


def table_model(template: Template, truth: Truth) -> TableModel:
    """Headings, body rows and the total row for one advice."""
    kinds = [kind for kind, _ in template.columns]
    rows = [
        [cell_text(template, kind, line, truth, position) for kind in kinds]
        for position, line in enumerate(truth.lines, start=1)
    ]
    total_row = None
    if template.total_row_label is not None and truth.total is not None:
        total_row = ["" for _ in kinds]
        total_row[_label_column(kinds)] = template.total_row_label
        total_row[kinds.index(F.PAID)] = format_amount(truth.total, template.number)
    money_columns = frozenset(i for i, kind in enumerate(kinds) if kind in MONEY | {F.BALANCE})
    return TableModel([h for _, h in template.columns], rows, total_row, money_columns)


def _label_column(kinds: Sequence[F]) -> int:
    """The total row's label goes under the first non-money column."""
    return next((i for i, kind in enumerate(kinds) if kind not in MONEY), 0)


def page_chunks(
    template: Template, model: TableModel, truth: Truth, per_page: int
) -> list[list[list[str]]]:
    """Split body rows into pages, with the payer's page subtotal and carried-forward rows.

    The running sums come from the truth, so a subtotal row is exactly what the payer's
    system would print and exactly what the extractor must not read as an invoice.
    """
    chunks = [model.rows[i : i + per_page] for i in range(0, len(model.rows), per_page)]
    if template.page_subtotals is None or len(chunks) < 2:
        return chunks
    total_label, carried_label = template.page_subtotals
    kinds = [kind for kind, _ in template.columns]
    out: list[list[list[str]]] = []
    carried = Decimal(0)
    for index, chunk in enumerate(chunks):
        page = [list(row) for row in chunk]
        if index:
            page.insert(0, _subtotal_row(template, kinds, carried_label, carried))
        start = index * per_page
        carried += sum((line.paid for line in truth.lines[start : start + per_page]), Decimal(0))
        if index < len(chunks) - 1:
            page.append(_subtotal_row(template, kinds, total_label, carried))
        out.append(page)
    return out


def _subtotal_row(template: Template, kinds: list[F], label: str, value: Decimal) -> list[str]:
    row = ["" for _ in kinds]
    row[_label_column(kinds)] = label
    row[kinds.index(F.PAID)] = format_amount(value, template.number)
    return row


# --- the templates --------------------------------------------------------------------

_EN = NumberStyle()
_EN_LEADING = NumberStyle(negative="leading")
_EN_TRAILING = NumberStyle(negative="trailing")
_EN_CR = NumberStyle(negative="cr")
_DE = NumberStyle(decimal=",", thousands=".", negative="trailing")
_FR = NumberStyle(decimal=",", thousands=" ", negative="leading")
_CH = NumberStyle(decimal=".", thousands="'", negative="leading")

DEVELOPMENT: tuple[Template, ...] = (
    Template(
        name="en_classic", language="en", title="Remittance Advice",
        columns=((F.REF, "Invoice No."), (F.DATE, "Invoice Date"), (F.GROSS, "Gross"),
                 (F.DISCOUNT, "Discount"), (F.PAID, "Amount Paid")),
        number=_EN, date_format="%d/%m/%Y", currencies=("AUD", "NZD"),
        date_label="Payment date", reference_label="Payment reference", reference_style="eft",
        currency_label="Currency", total_label="Total paid",
    ),
    Template(
        name="en_docno_yourref", language="en", title="REMITTANCE ADVICE",
        columns=((F.DOCNO, "Doc No."), (F.REF, "Your Ref"), (F.DATE, "Date"),
                 (F.GROSS, "Amount"), (F.DEDUCTION, "Deductions"), (F.PAID, "Net Paid")),
        number=_EN_LEADING, date_format="%m/%d/%Y", currencies=("USD",),
        date_label="Value Date", reference_label="EFT No.", reference_style="ach",
        currency_in_total=True, total_label="Total Payment", ruled="none",
    ),
    Template(
        name="en_twoline_gbp", language="en", title="Payment Advice",
        columns=((F.REF, "Inv\n#"), (F.DESC, "Description"), (F.DATE, "Inv\nDate"),
                 (F.GROSS, "Inv\nAmount"), (F.DISCOUNT, "Disc\nTaken"),
                 (F.PAID, "Paid\nAmount")),
        number=NumberStyle(negative="trailing", symbol="£"), date_format="%d %b %Y",
        currencies=("GBP",), date_label="Payment Date", reference_label="Payment Ref",
        reference_style="pay", total_label="Amount paid", ruled="rules",
    ),
    Template(
        name="en_type_column", language="en", title="Remittance advice",
        columns=((F.REF, "Reference"), (F.TYPE, "Type"), (F.DATE, "Date"),
                 (F.GROSS, "Original Amount"), (F.PAID, "Payment")),
        number=_EN, date_format="%d/%m/%Y", currencies=("NZD", "AUD"),
        date_label="Payment Date", reference_label="Payment Number", reference_style="plain",
        currency_label="Currency", total_label="Total payment", type_words=("INV", "CRN"),
        credit_positive=True, header_style="table", total_at_top=True,
    ),
    Template(
        name="en_totals_top_po", language="en", title="Vendor Payment Advice",
        columns=((F.REF, "Invoice"), (F.PO, "PO Number"), (F.PAID, "Amount Paid")),
        number=NumberStyle(negative="leading", symbol="$"), date_format="%m/%d/%Y",
        currencies=("USD",), date_label="Payment Date", reference_label="Check No.",
        reference_style="cheque", currency_label="Currency", total_label="Payment Amount",
        total_at_top=True, ruled="none", total_row_label=None,
    ),
    Template(
        name="en_multipage_sgd", language="en", title="PAYMENT ADVICE",
        columns=((F.REF, "Document Number"), (F.DATE, "Document Date"), (F.DUE, "Due Date"),
                 (F.DESC, "Description"), (F.GROSS, "Gross Amount"), (F.DISCOUNT, "Discount"),
                 (F.PAID, "Net Amount")),
        number=_EN, date_format="%d-%b-%Y", currencies=("SGD",),
        date_label="Payment Date", reference_label="Payment Reference", reference_style="trf",
        currency_label="Currency", total_label="Total Paid", landscape=True, long=True,
        page_subtotals=("Page total", "Carried forward"),
    ),
    Template(
        name="en_bank_notice", language="en", title="Payment Notification",
        columns=((F.REF, "Invoice Reference"), (F.PAID, "Amount")),
        number=_EN_LEADING, date_format="%d/%m/%Y", currencies=("AUD",),
        date_label="Payment date", reference_label="Transaction Ref", reference_style="eft",
        currency_in_total=True, total_label="Payment amount", payer_label="Remitter",
        payee_label="Beneficiary", letterhead="bank", bank_name="Commonwealth Trust Bank",
        ruled="rules", total_row_label=None,
    ),
    Template(
        name="en_cr_marker", language="en", title="Remittance Advice",
        columns=((F.REF, "Your Invoice"), (F.DATE, "Inv Date"), (F.PAID, "Amount")),
        number=_EN_CR, date_format="%Y-%m-%d", currencies=("CAD",),
        date_label="Date Paid", reference_label="Payment ID", reference_style="ach",
        currency_label="Currency", total_label="Total", ruled="none", total_row_label=None,
    ),
    Template(
        name="tl_ewt", language="tl", title="Abiso ng Bayad / Remittance Advice",
        columns=((F.REF, "SI No."), (F.DATE, "Petsa / Date"), (F.GROSS, "Gross Amount"),
                 (F.DEDUCTION, "EWT"), (F.PAID, "Net Amount")),
        number=_EN, date_format="%m/%d/%Y", currencies=("PHP",),
        date_label="Petsa ng Bayad (Payment Date)", reference_label="Reference No.",
        reference_style="plain", currency_label="Currency", payer_label="Nagbayad (Payer)",
        total_label="Kabuuang Bayad (Total Paid)", total_row_label="Kabuuan",
    ),
    Template(
        name="tl_check_voucher", language="tl", title="CHECK VOUCHER",
        columns=((F.DESC, "Particulars"), (F.REF, "Invoice No."), (F.GROSS, "Amount"),
                 (F.DEDUCTION, "Less: EWT"), (F.PAID, "Net")),
        number=_EN, date_format="%B %d, %Y", currencies=("PHP",),
        date_label="Check Date", reference_label="Check No.", reference_style="cheque",
        currency_in_total=True, total_label="Total Amount", payee_label="Payee",
        ruled="grid",
    ),
    Template(
        name="de_classic", language="de", title="Zahlungsavis",
        columns=((F.REF, "Belegnr."), (F.DATE, "Belegdatum"), (F.GROSS, "Bruttobetrag"),
                 (F.DISCOUNT, "Skonto"), (F.PAID, "Zahlbetrag")),
        number=_DE, date_format="%d.%m.%Y", currencies=("EUR",),
        date_label="Zahlungsdatum", reference_label="Zahlungsreferenz", reference_style="sepa",
        currency_label="Währung", total_label="Gesamtbetrag", payee_label="Zahlungsempfänger",
        total_row_label="Summe",
    ),
    Template(
        name="de_ihre_rechnung", language="de", title="Zahlungsavis",
        columns=((F.REF, "Ihre Rechnung"), (F.DOCNO, "Unser Beleg"), (F.DATE, "Datum"),
                 (F.GROSS, "Betrag"), (F.DEDUCTION, "Abzug"), (F.PAID, "Überwiesen")),
        number=NumberStyle(decimal=",", thousands=".", negative="trailing", symbol="€",
                           symbol_after=True),
        date_format="%d.%m.%Y", currencies=("EUR",),
        date_label="Valuta", reference_label="Zahlungsreferenz", reference_style="sepa",
        total_label="Überweisungsbetrag", payee_label="An", ruled="none",
        total_row_label="Summe",
    ),
    Template(
        name="de_twoline_chf", language="de", title="Zahlungsanzeige",
        columns=((F.REF, "Rechnungs-\nnummer"), (F.DATE, "Rechnungs-\ndatum"),
                 (F.GROSS, "Brutto-\nbetrag"), (F.DISCOUNT, "Skonto-\nbetrag"),
                 (F.PAID, "Zahl-\nbetrag")),
        number=_CH, date_format="%d.%m.%Y", currencies=("CHF",),
        date_label="Zahlungsdatum", reference_label="Zahlungsreferenz", reference_style="plain",
        currency_label="Währung", total_label="Zahlbetrag gesamt", landscape=True,
        ruled="rules", total_row_label="Total",
    ),
    Template(
        name="de_multipage_types", language="de", title="Zahlungsavis",
        columns=((F.POS, "Pos."), (F.REF, "Belegnummer"), (F.TYPE, "Belegart"),
                 (F.DATE, "Datum"), (F.PAID, "Betrag")),
        number=_DE, date_format="%d.%m.%Y", currencies=("EUR",),
        date_label="Zahlungsdatum", reference_label="Zahlungsreferenz", reference_style="sepa",
        currency_label="Währung", total_label="Gesamtbetrag", long=True,
        page_subtotals=("Zwischensumme", "Übertrag"), type_words=("RE", "GS"),
        total_row_label="Summe", payee_label="Zahlungsempfänger",
    ),
    Template(
        name="fr_classic", language="fr", title="Avis de paiement",
        columns=((F.REF, "N° facture"), (F.DATE, "Date facture"), (F.GROSS, "Montant TTC"),
                 (F.DISCOUNT, "Escompte"), (F.PAID, "Montant réglé")),
        number=_FR, date_format="%d/%m/%Y", currencies=("EUR",),
        date_label="Date de paiement", reference_label="Référence du virement",
        reference_style="trf", currency_label="Devise", total_label="Total réglé",
        payee_label="Bénéficiaire", total_row_label="Total",
    ),
    Template(
        name="fr_votre_ref", language="fr", title="Avis de virement",
        columns=((F.REF, "Votre référence"), (F.DOCNO, "Notre pièce"), (F.DATE, "Date"),
                 (F.GROSS, "Montant"), (F.PAID, "Net payé")),
        number=NumberStyle(decimal=",", thousands=" ", negative="leading"),
        date_format="%fr", currencies=("CAD", "EUR"),
        date_label="Date de règlement", reference_label="Référence de paiement",
        reference_style="pay", currency_label="Devise", total_label="Montant du paiement",
        payer_label="Donneur d'ordre", payee_label="Fournisseur", ruled="none",
        total_row_label=None,
    ),
    Template(
        name="en_amount_heading_eur", language="en", title="Remittance Advice",
        columns=((F.REF, "Invoice Number"), (F.DATE, "Date"), (F.PAID, "Amount (EUR)")),
        number=_EN, date_format="%d/%m/%Y", currencies=("EUR",),
        date_label="Payment date", reference_label="Remittance No.", reference_style="sepa",
        total_label="Total amount paid", total_row_label=None, header_style="inline",
        currency_in_total=True,
    ),
    Template(
        name="en_minimal_usd", language="en", title="Payment advice",
        columns=((F.REF, "Invoice"), (F.PAID, "Amount")),
        number=_EN, date_format="%m/%d/%Y", currencies=("USD",),
        date_label="Date", reference_label="Payment No.", reference_style="plain",
        currency_in_total=True, total_label="Total", ruled="none", total_row_label=None,
    ),
    Template(
        name="en_iso_net", language="en", title="Remittance Advice",
        columns=((F.REF, "Document"), (F.DATE, "Doc Date"), (F.GROSS, "Gross Amt"),
                 (F.DISCOUNT, "Less Disc"), (F.PAID, "Net Amt")),
        number=_EN_TRAILING, date_format="%Y-%m-%d", currencies=("AUD", "NZD"),
        date_label="Payment Date", reference_label="Payment Ref", reference_style="eft",
        currency_label="Currency", total_label="Total Paid", ruled="rules",
        header_style="inline",
    ),
    Template(
        name="fr_twoline", language="fr", title="Avis de règlement",
        columns=((F.REF, "Numéro de\nfacture"), (F.DATE, "Date de\nfacture"),
                 (F.GROSS, "Montant\nbrut"), (F.DEDUCTION, "Retenue"),
                 (F.PAID, "Montant\nnet")),
        number=_FR, date_format="%d/%m/%Y", currencies=("EUR",),
        date_label="Date de valeur", reference_label="Référence de paiement",
        reference_style="trf", currency_label="Devise", total_label="Total payé",
        payee_label="Bénéficiaire", ruled="rules",
    ),
    Template(
        name="en_short_paid", language="en", title="Remittance Advice",
        columns=((F.REF, "Invoice Ref"), (F.GROSS, "Invoice Amount"),
                 (F.DEDUCTION, "Short Paid"), (F.PAID, "Amount Paid")),
        number=_EN, date_format="%d/%m/%Y", currencies=("GBP",),
        date_label="Payment date", reference_label="Payment reference", reference_style="pay",
        currency_label="Currency", total_label="Total paid", payer_label="Paid by",
        letterhead="none", ruled="grid",
    ),
    # Headings outside the synonym list, added after the first measurements so that the
    # development set exercises reading columns by their values, not only by their names.
    Template(
        name="en_invoice_value", language="en", title="Remittance Advice",
        columns=((F.REF, "Invoice"), (F.DATE, "Dated"), (F.GROSS, "Invoice Value"),
                 (F.DISCOUNT, "Settlement Discount"), (F.PAID, "Amount Transferred")),
        number=_EN, date_format="%d/%m/%Y", currencies=("GBP", "EUR"),
        date_label="Transfer date", reference_label="Transfer reference", reference_style="pay",
        currency_label="Currency", total_label="Total transferred", ruled="grid",
    ),
    Template(
        name="de_rgnr_abbrev", language="de", title="Zahlungsavis",
        columns=((F.REF, "RgNr"), (F.DATE, "RgDatum"), (F.GROSS, "Brutto"), (F.DISCOUNT, "Skto"),
                 (F.PAID, "Überweisung")),
        number=_DE, date_format="%d.%m.%Y", currencies=("EUR",),
        date_label="Ausgeführt am", reference_label="Auftragsnummer", reference_style="sepa",
        currency_label="Währung", total_label="Gesamtbetrag", ruled="grid",
        total_row_label="Summe", payee_label="Begünstigter",
    ),
    Template(
        name="en_ledger_ours_theirs", language="en", title="Payment advice",
        columns=((F.DOCNO, "Our Doc"), (F.REF, "Your Doc"), (F.DATE, "Dated"),
                 (F.GROSS, "Original"), (F.DEDUCTION, "Withheld"), (F.PAID, "Remitted")),
        number=_EN_TRAILING, date_format="%d.%m.%Y", currencies=("AUD", "NZD"),
        date_label="Processed", reference_label="Run ID", reference_style="eft",
        currency_label="Currency", total_label="Sum remitted", ruled="grid",
        total_row_label=None,
    ),
    Template(
        name="en_memo_po", language="en", title="Remittance advice",
        columns=((F.MEMO, "Memo"), (F.REF, "Invoice #"), (F.DATE, "Inv Date"),
                 (F.PAID, "Amount Paid")),
        number=_EN, date_format="%m/%d/%Y", currencies=("USD",),
        date_label="Payment Date", reference_label="Check Number", reference_style="cheque",
        currency_label="Currency", total_label="Check Amount", ruled="none",
        total_row_label=None,
    ),
    Template(
        name="en_with_balance", language="en", title="Remittance Advice",
        columns=((F.REF, "Invoice Number"), (F.GROSS, "Invoice Amount"),
                 (F.PAID, "Amount Paid"), (F.BALANCE, "Balance Due")),
        number=_EN, date_format="%d/%m/%Y", currencies=("AUD",),
        date_label="Payment Date", reference_label="Payment Reference", reference_style="eft",
        currency_label="Currency", total_label="Total Paid", ruled="none",
        total_row_label=None,
    ),
    Template(
        name="en_reversed", language="en", title="Payment Advice",
        columns=((F.PAID, "Paid"), (F.DISCOUNT, "Discount"), (F.GROSS, "Gross"),
                 (F.DATE, "Date"), (F.REF, "Invoice")),
        number=_EN_LEADING, date_format="%d/%m/%Y", currencies=("NZD",),
        date_label="Payment date", reference_label="Payment reference", reference_style="eft",
        currency_label="Currency", total_label="Total paid", ruled="rules",
        total_row_label=None,
    ),
    Template(
        name="en_currency_column", language="en", title="Remittance Advice",
        columns=((F.REF, "Invoice No"), (F.DATE, "Date"), (F.CURR, "Curr"), (F.PAID, "Amount")),
        number=_EN, date_format="%d %b %Y", currencies=("GBP", "EUR", "USD"),
        date_label="Payment date", reference_label="Payment reference", reference_style="pay",
        total_label="Total paid", ruled="grid", total_row_label=None, currency_in_total=True,
    ),
    Template(
        name="en_payment_summary", language="en", title="Payment summary",
        columns=((F.REF, "Document"), (F.GROSS, "Document Amount"), (F.DISCOUNT, "Discount"),
                 (F.PAID, "Net")),
        number=_EN_TRAILING, date_format="%d/%m/%Y", currencies=("SGD",),
        date_label="Value date", reference_label="Transaction reference", reference_style="trf",
        currency_label="Currency", total_label="Total", ruled="none", total_row_label=None,
    ),
    Template(
        name="en_beside_header", language="en", title="REMITTANCE ADVICE",
        columns=((F.REF, "Invoice No."), (F.DATE, "Invoice Date"), (F.PAID, "Amount Paid")),
        number=_EN, date_format="%d/%m/%Y", currencies=("AUD",),
        date_label="Payment Date", reference_label="Payment Reference", reference_style="eft",
        currency_label="Currency", total_label="Total Paid", header_style="beside",
        ruled="rules",
    ),
    Template(
        name="de_short_years_codes", language="de", title="Zahlungsavis",
        columns=((F.REF, "Rechnung"), (F.DATE, "vom"), (F.PAID, "Betrag")),
        number=NumberStyle(decimal=",", thousands=".", negative="trailing", symbol="EUR",
                           symbol_after=True),
        date_format="%d.%m.%y", currencies=("EUR",),
        date_label="Zahlungsdatum", reference_label="Zahlungsreferenz", reference_style="sepa",
        total_label="Gesamtbetrag", header_style="beside", ruled="none",
        total_row_label=None, payee_label="Empfänger",
    ),
    Template(
        name="fr_abbrev", language="fr", title="Avis de paiement",
        columns=((F.REF, "Réf."), (F.DATE, "Date"), (F.GROSS, "Montant"), (F.DISCOUNT, "Escpte"),
                 (F.PAID, "Réglé")),
        number=_FR, date_format="%d/%m/%Y", currencies=("EUR",),
        date_label="Payé le", reference_label="Virement n°", reference_style="trf",
        currency_label="Devise", total_label="Total", ruled="rules",
        payee_label="Destinataire",
    ),
)  # fmt: skip

HELD_OUT: tuple[Template, ...] = (
    Template(
        name="ho_en_remit_amount", language="en", title="Remittance Advice",
        columns=((F.REF, "Invoice ID"), (F.DATE, "Inv. Dt"), (F.GROSS, "Invoice Total"),
                 (F.DISCOUNT, "Early Pay Disc"), (F.PAID, "Remit Amount")),
        number=_EN, date_format="%m/%d/%Y", currencies=("USD",),
        date_label="Disbursement date", reference_label="Trace number", reference_style="ach",
        currency_label="Currency", total_label="Total remitted", held_out=True,
    ),
    Template(
        name="ho_de_auszahlung", language="de", title="Zahlungsavis",
        columns=((F.REF, "Re.-Nr."), (F.DATE, "Re.-Datum"), (F.GROSS, "Rechnungsbetrag"),
                 (F.DISCOUNT, "Skontoabzug"), (F.PAID, "Auszahlungsbetrag")),
        number=_DE, date_format="%d.%m.%Y", currencies=("EUR",),
        date_label="Buchungsdatum", reference_label="Verwendungszweck", reference_style="sepa",
        currency_label="Währung", total_label="Überweisungsbetrag", ruled="none",
        total_row_label="Summe", held_out=True, payee_label="Empfänger",
    ),
    Template(
        name="ho_fr_vire", language="fr", title="Avis de virement",
        columns=((F.REF, "Référence facture"), (F.DATE, "Date pièce"),
                 (F.GROSS, "Montant brut"), (F.DISCOUNT, "Remise"), (F.PAID, "Montant viré")),
        number=_FR, date_format="%d/%m/%Y", currencies=("EUR",),
        date_label="Date du virement", reference_label="N° de virement", reference_style="trf",
        currency_label="Devise", total_label="Total viré", ruled="rules", held_out=True,
        payee_label="Bénéficiaire",
    ),
    Template(
        name="ho_en_in_tds", language="en", title="Payment Advice",
        columns=((F.REF, "Bill No"), (F.DATE, "Bill Date"), (F.GROSS, "Bill Amt"),
                 (F.DEDUCTION, "TDS"), (F.PAID, "Amount Released")),
        number=NumberStyle(negative="leading"), date_format="%d-%m-%Y", currencies=("INR",),
        date_label="Payment Date", reference_label="UTR No.", reference_style="plain",
        currency_label="Currency", total_label="Net amount paid", held_out=True,
    ),
    Template(
        name="ho_tl_halaga", language="tl", title="Abiso ng Pagbabayad",
        columns=((F.REF, "Blg. ng Invoice"), (F.DATE, "Petsa"), (F.GROSS, "Halaga"),
                 (F.DEDUCTION, "Bawas (EWT)"), (F.PAID, "Halagang Binayaran")),
        number=_EN, date_format="%m/%d/%Y", currencies=("PHP",),
        date_label="Petsa ng Pagbabayad", reference_label="Numero ng Sanggunian",
        reference_style="plain", currency_label="Currency", total_label="Kabuuang Halaga",
        total_row_label="Kabuuan", held_out=True, payer_label="Nagbayad",
    ),
    Template(
        name="ho_en_twoline_settled", language="en", title="REMITTANCE ADVICE",
        columns=((F.REF, "Supplier\nInvoice"), (F.DATE, "Invoice\nDate"),
                 (F.GROSS, "Amount\nInvoiced"), (F.DEDUCTION, "Amount\nDeducted"),
                 (F.PAID, "Amount\nSettled")),
        number=_EN_TRAILING, date_format="%d %b %Y", currencies=("GBP",),
        date_label="Payment Date", reference_label="BACS Reference", reference_style="pay",
        currency_label="Currency", total_label="Total settled", landscape=True, long=True,
        page_subtotals=("Subtotal", "Brought forward"), ruled="rules", held_out=True,
    ),
    Template(
        name="ho_en_voucher_net", language="en", title="Payment Remittance",
        columns=((F.DOCNO, "Voucher"), (F.REF, "Your Invoice No"),
                 (F.GROSS, "Invoice Amount"), (F.DISCOUNT, "Discount Taken"),
                 (F.PAID, "Net Payment")),
        number=_EN_CR, date_format="%Y-%m-%d", currencies=("CAD",),
        date_label="Payment Date", reference_label="Payment Number", reference_style="cheque",
        currency_in_total=True, total_label="Payment Total", ruled="none", held_out=True,
        total_row_label=None,
    ),
    Template(
        name="ho_de_ch_netto", language="de", title="Zahlungsavis",
        columns=((F.DOCNO, "Beleg"), (F.REF, "Ihre Re.-Nr."), (F.DATE, "Valuta"),
                 (F.GROSS, "Betrag CHF"), (F.DEDUCTION, "Abzüge"), (F.PAID, "Netto")),
        number=_CH, date_format="%d.%m.%Y", currencies=("CHF",),
        date_label="Zahlungsdatum", reference_label="Referenz", reference_style="plain",
        currency_label="Währung", total_label="Total Zahlung", held_out=True,
        total_row_label="Total",
    ),
)  # fmt: skip

TEMPLATES: dict[str, Template] = {t.name: t for t in (*DEVELOPMENT, *HELD_OUT)}
