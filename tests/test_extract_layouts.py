"""Layouts written by hand, not by the corpus generator: each checks references and amounts.

Every case is a layout feature payers really use (two references per row, headings over
two lines, unknown headings, no headings at all, credits written four ways, subtotal
rows, labels in parentheses), drawn the way the payer's tool draws it.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from inbox_agent.documents.registry import extract_bytes, extract_file
from matchers.types import Remittance


def one(data: str | bytes, filename: str) -> dict[str, Any]:
    raw = data.encode("utf-8") if isinstance(data, str) else data
    (obj,) = extract_bytes(raw, filename, filename=filename)
    assert obj["ok"], obj
    return obj


def pairs(obj: dict[str, Any]) -> list[tuple[str, Decimal]]:
    return [(line["invoice_ref"], Decimal(line["paid_amount"])) for line in obj["lines"]]


def line_pairs(remittance: Remittance) -> list[tuple[str, Decimal]]:
    return [(line.invoice_ref, line.paid_amount) for line in remittance.lines]


def draw_pdf(path: Path, rows: list[tuple[float, list[tuple[float, str]]]], *,
             font: str = "Helvetica", size: float = 9) -> Path:  # fmt: skip
    """Draw text at (x, y) points from the top, without any rules: an unruled table."""
    pdf = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    height = A4[1]
    for y, cells in rows:
        for x, text in cells:
            pdf.setFont(font, size)
            if x < 0:  # negative x: right-aligned at -x, as ERPs print money
                pdf.drawRightString(-x, height - y, text)
            else:
                pdf.drawString(x, height - y, text)
    pdf.save()
    return path


# --- fixed-width text -----------------------------------------------------------------

VOUCHER_MAIL = """\
Harbour Foods Limited
REMITTANCE ADVICE

Payment date:       14/03/2026
Payment reference:  EFT 771203

Voucher    Your Invoice   Date             Gross    Withheld          Paid
PV-88120   INV-20417      02/02/2026    1,250.00       25.00      1,225.00
PV-88121   INV-20431      09/02/2026      880.40                    880.40
PV-88122   CN-20011       11/02/2026     (120.00)                  (120.00)

Total paid: 1,985.40
"""


def test_fixed_width_mail_keeps_our_reference_not_the_voucher() -> None:
    """GIVEN a typed table with the payer's voucher before our invoice and a blank cell
    WHEN extracted THEN our references, the paid column, and a negative credit note."""
    obj = one(VOUCHER_MAIL, "advice.txt")
    assert pairs(obj) == [
        ("INV-20417", Decimal("1225.00")),
        ("INV-20431", Decimal("880.40")),
        ("CN-20011", Decimal("-120.00")),
    ]
    assert obj["lines"][0]["deduction"] == "25.00"
    assert obj["payer"]["name"] == "Harbour Foods Limited"
    assert obj["payment_reference"] == "EFT 771203"
    assert obj["total"] == "1985.40" and obj["warnings"] == []


TWO_LINE_HEADING = """\
Kestrel Mining Ltd - Payment Advice
Payment Date: 20/04/2026

Invoice     Invoice          Gross     Discount         Amount
Number      Date            Amount        Taken           Paid
SI-004512   03/02/2026    2,000.00        40.00       1,960.00
SI-004530   17/02/2026      515.75         0.00         515.75
"""


def test_heading_over_two_lines_of_fixed_width_text() -> None:
    """GIVEN headings split over two lines THEN the columns are still known by name."""
    obj = one(TWO_LINE_HEADING, "advice.txt")
    assert pairs(obj) == [("SI-004512", Decimal("1960.00")), ("SI-004530", Decimal("515.75"))]
    assert obj["lines"][0]["discount"] == "40.00"
    assert obj["lines"][0]["gross_amount"] == "2000.00"


CREDITS_FOUR_WAYS = """\
Payment advice from Summit Retail Inc
Date: 05/06/2026

Invoice          Amount
INV-7001       1,000.00
CN-7002         (250.00)
CN-7003          250.00-
CN-7004         -250.00
CN-7005          250.00 CR
"""


def test_credit_notes_written_four_ways_are_all_negative() -> None:
    obj = one(CREDITS_FOUR_WAYS, "advice.txt")
    assert [amount for _, amount in pairs(obj)] == [Decimal("1000.00"), *[Decimal("-250.00")] * 4]
    assert {line["reference_kind"] for line in obj["lines"][1:]} == {"credit_note"}


PAGED = """\
Pacific Build Ltd
Remittance Advice
Payment reference: TRF/20931

Invoice No.   Description            Amount Paid
INV-1101      Freight charges           100.00
INV-1102      Spare parts               200.00
Page total                              300.00

Page 2
Invoice No.   Description            Amount Paid
Carried forward                         300.00
INV-1103      Maintenance March          50.00
Total                                   350.00
"""


def test_page_subtotals_and_repeated_headings_are_not_lines() -> None:
    obj = one(PAGED, "advice.txt")
    assert pairs(obj) == [
        ("INV-1101", Decimal("100.00")),
        ("INV-1102", Decimal("200.00")),
        ("INV-1103", Decimal("50.00")),
    ]
    assert obj["total"] == "350.00" and obj["warnings"] == []


def test_french_amounts_grouped_with_spaces() -> None:
    """GIVEN "12 345,60" (a space between thousands) THEN the whole amount is read."""
    text = (
        "Avis de paiement\nDate de paiement : 02/03/2026\n\n"
        "N° facture     Montant réglé\nF-2026-0012       12 345,60\nF-2026-0019        1 002,00\n"
    )
    obj = one(text, "avis.txt")
    assert pairs(obj) == [("F-2026-0012", Decimal("12345.60")), ("F-2026-0019", Decimal("1002.00"))]


def test_labels_in_parentheses_and_unknown_labels() -> None:
    """GIVEN labels like "Nagbayad (Payer):" and "Run No.:" THEN values without the label's tail."""
    text = (
        "Abiso ng Bayad\nNagbayad (Payer): Mabuhay Foods Inc.\nRun No.: 55120\n"
        "Petsa ng Bayad (Payment Date): 03/14/2026\nCurrency: PHP\n\n"
        "SI No.      Gross Amount     EWT    Net Amount\n"
        "SI-77812       11,200.00  224.00     10,976.00\n"
    )
    obj = one(text, "abiso.txt")
    assert obj["payer"]["name"] == "Mabuhay Foods Inc."
    assert (obj["payment_reference"], obj["payment_date"]) == ("55120", "2026-03-14")
    assert pairs(obj) == [("SI-77812", Decimal("10976.00"))]
    assert obj["lines"][0]["deduction"] == "224.00"


def test_typed_list_with_payer_in_the_signature() -> None:
    text = (
        "Hi team,\n\nWe have paid the following invoices today:\n\n"
        "  - 90041122: 4,100.00\n  - 90041187: 380.25\n\n"
        "Total: 4,480.25\n\nKind regards,\nOrchid Logistics Pty Ltd\nAccounts Payable\n"
    )
    obj = one(text, "mail.txt")
    assert pairs(obj) == [("90041122", Decimal("4100.00")), ("90041187", Decimal("380.25"))]
    assert obj["payer"]["name"] == "Orchid Logistics Pty Ltd"


# --- grids ----------------------------------------------------------------------------


def test_unknown_paid_heading_is_found_by_the_row_arithmetic() -> None:
    """GIVEN "Amount | Retained | Transferred" (two headings no list knows)
    THEN the column that is amount less retained on every row is what was paid,
    and the column between them is a deduction."""
    text = (
        "Remittance advice\nInvoice;Amount;Retained;Transferred\n"
        "INV-501;1.000,00;20,00;980,00\nINV-502;500,00;0,00;500,00\n"
    )
    obj = one(text, "advice.csv")
    assert pairs(obj) == [("INV-501", Decimal("980.00")), ("INV-502", Decimal("500.00"))]
    first = obj["lines"][0]
    assert (first["gross_amount"], first["deduction"]) == ("1000.00", "20.00")
    assert obj["warnings"] == []


def test_a_reference_heading_over_money_is_not_the_reference() -> None:
    """GIVEN "Invoice | Invoice value | Paid" THEN the reference is the column of references."""
    markup = (
        "<p>Payment advice</p><table><tr><th>Invoice value</th><th>Invoice</th><th>Paid</th></tr>"
        "<tr><td>1,000.00</td><td>A-77120</td><td>1,000.00</td></tr>"
        "<tr><td>420.00</td><td>A-77135</td><td>400.00</td></tr></table>"
    )
    obj = one(markup, "advice.html")
    assert pairs(obj) == [("A-77120", Decimal("1000.00")), ("A-77135", Decimal("400.00"))]


def test_sheet_with_heading_over_two_rows(tmp_path: Path) -> None:
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.append(["Meridian Health LLC"])
    sheet.append(["Remittance Advice"])
    sheet.append(["Invoice", "Invoice", "Amount"])
    sheet.append(["No.", "Date", "Paid"])
    sheet.append(["INV-3301", "2026-02-01", 1500.5])
    sheet.append(["INV-3302", "2026-02-03", 99.99])
    sheet["C5"].number_format = "#,##0.00"
    path = tmp_path / "advice.xlsx"
    workbook.save(path)
    (obj,) = extract_file(path)
    assert pairs(obj) == [("INV-3301", Decimal("1500.50")), ("INV-3302", Decimal("99.99"))]


def test_table_without_headings_is_read_by_its_values() -> None:
    markup = (
        "<p>Remittance advice - Granite Build Corp</p><table>"
        "<tr><td>INV-9001</td><td>01/02/2026</td><td>2,500.00</td></tr>"
        "<tr><td>INV-9002</td><td>08/02/2026</td><td>730.10</td></tr></table>"
    )
    obj = one(markup, "advice.html")
    assert pairs(obj) == [("INV-9001", Decimal("2500.00")), ("INV-9002", Decimal("730.10"))]


def test_positive_credit_with_a_type_column_is_negative() -> None:
    text = 'Remittance advice\nReference,Type,Amount\n7001234,INV,"1,000.00"\n7001299,CRN,150.00\n'
    obj = one(text, "advice.csv")
    assert pairs(obj) == [("7001234", Decimal("1000.00")), ("7001299", Decimal("-150.00"))]
    assert obj["lines"][1]["reference_kind"] == "credit_note"


# --- PDFs drawn without rules ---------------------------------------------------------


def test_unruled_pdf_with_two_reference_columns(tmp_path: Path) -> None:
    """GIVEN a PDF table without rules whose rows hold the payer's document number first
    THEN our reference ("Your Ref") is taken, as the headings say."""
    rows: list[tuple[float, list[tuple[float, str]]]] = [
        (60, [(50, "Coral Retail Inc")]),
        (80, [(50, "REMITTANCE ADVICE")]),
        (100, [(50, "Payment date: 03/02/2026"), (300, "Reference: ACH00412")]),
        (140, [(50, "Doc No."), (140, "Your Ref"), (240, "Date"), (-420, "Amount"),
               (-500, "Net Paid")]),
        (155, [(50, "5100043311"), (140, "INV-8812"), (240, "01/15/2026"), (-420, "2,450.00"),
               (-500, "2,450.00")]),
        (170, [(50, "5100043312"), (140, "INV-8840"), (240, "01/20/2026"), (-420, "310.00"),
               (-500, "300.00")]),
        (200, [(50, "Total Payment: USD 2,750.00")]),
    ]  # fmt: skip
    (obj,) = extract_file(draw_pdf(tmp_path / "a.pdf", rows))
    assert pairs(obj) == [("INV-8812", Decimal("2450.00")), ("INV-8840", Decimal("300.00"))]
    assert (obj["currency"], obj["total"], obj["payment_date"]) == ("USD", "2750.00", "2026-03-02")


def test_unruled_pdf_with_totals_above_the_table(tmp_path: Path) -> None:
    rows: list[tuple[float, list[tuple[float, str]]]] = [
        (60, [(50, "Zahlungsavis")]),
        (75, [(50, "Alpen Technik AG")]),
        (95, [(50, "Gesamtbetrag: 1.234,50 EUR")]),
        (110, [(50, "Valuta: 31.03.2026")]),
        (140, [(50, "Rechnungsnr."), (150, "Datum"), (-330, "Brutto"), (-400, "Skonto"),
               (-480, "Zahlbetrag")]),
        (155, [(50, "RE-40017"), (150, "02.03.2026"), (-330, "1.000,00"), (-400, "20,00"),
               (-480, "980,00")]),
        (170, [(50, "RE-40021"), (150, "09.03.2026"), (-330, "254,50"), (-400, "0,00"),
               (-480, "254,50")]),
    ]  # fmt: skip
    (obj,) = extract_file(draw_pdf(tmp_path / "de.pdf", rows))
    assert pairs(obj) == [("RE-40017", Decimal("980.00")), ("RE-40021", Decimal("254.50"))]
    assert (obj["total"], obj["payment_date"], obj["warnings"]) == ("1234.50", "2026-03-31", [])


def test_unknown_reference_heading_is_found_by_its_values() -> None:
    """GIVEN a heading row that names the amount but calls the reference "Item"
    THEN the column of references under it is the reference."""
    markup = (
        "<p>Remittance advice</p><table><tr><th>Item</th><th>Note</th><th>Amount paid</th></tr>"
        "<tr><td>INV-4410</td><td>March</td><td>1,200.00</td></tr>"
        "<tr><td>INV-4415</td><td>April</td><td>64.00</td></tr></table>"
    )
    obj = one(markup, "advice.html")
    assert obj["method"] == "table"
    assert pairs(obj) == [("INV-4410", Decimal("1200.00")), ("INV-4415", Decimal("64.00"))]


def test_references_wrapped_in_narrow_cells(tmp_path: Path) -> None:
    """GIVEN an unruled PDF whose reference cells wrap after the hyphen ("F2026-" over
    "19572") around the row's one-line cells THEN the references are put back together."""
    rows: list[tuple[float, list[tuple[float, str]]]] = [
        (60, [(50, "Kestrel Foods Limited")]),
        (80, [(50, "Payment Advice")]),
        (120, [(50, "Inv"), (-300, "Paid")]),
        (135, [(50, "#"), (120, "Description"), (-300, "Amount")]),
        (155, [(50, "F2026-")]),
        (163, [(120, "Monthly rental"), (-300, "£335.84")]),
        (171, [(50, "19572")]),
        (191, [(50, "AV2026-")]),
        (199, [(120, "Credit for damage"), (-300, "£29.77-")]),
        (207, [(50, "19785")]),
    ]  # fmt: skip
    (obj,) = extract_file(draw_pdf(tmp_path / "wrapped.pdf", rows))
    assert pairs(obj) == [("F2026-19572", Decimal("335.84")), ("AV2026-19785", Decimal("-29.77"))]


def test_table_rows_with_wrapped_cells_are_joined() -> None:
    """GIVEN a grid (as OCR or a positional reader gives) where a wrapped reference sits
    on the rows above and below its money row THEN each piece goes back to its row."""
    markup = (
        "<p>Remittance advice</p><table><tr><th>Invoice No.</th><th>Amount paid</th></tr>"
        "<tr><td>INV-2026-</td><td></td></tr><tr><td></td><td>410.00</td></tr>"
        "<tr><td>0412</td><td></td></tr><tr><td>INV-2026-</td><td></td></tr>"
        "<tr><td></td><td>95.50</td></tr><tr><td>0413</td><td></td></tr></table>"
    )
    obj = one(markup, "advice.html")
    assert pairs(obj) == [("INV-2026-0412", Decimal("410.00")), ("INV-2026-0413", Decimal("95.50"))]


def test_wrapped_reference_beside_the_payers_voucher_goes_in_our_column(tmp_path: Path) -> None:
    """GIVEN an unruled "Doc No. / Your Ref" table whose Your Ref cells wrap after the
    hyphen around a row that starts with the payer's voucher number
    THEN our joined reference is read, not the voucher."""
    rows: list[tuple[float, list[tuple[float, str]]]] = [
        (60, [(50, "Acme Foods Ltd")]),
        (80, [(50, "REMITTANCE ADVICE")]),
        (100, [(50, "Value Date: 05/09/2025")]),
        (130, [(50, "Doc No."), (130, "Your Ref"), (200, "Date"), (-420, "Amount"),
               (-500, "Net Paid")]),
        (147, [(130, "RE-2026-")]),
        (155, [(50, "5136739631"), (200, "03/29/2025"), (-420, "66.26"), (-500, "66.26")]),
        (163, [(130, "1801")]),
        (180, [(130, "RE-2026-")]),
        (188, [(50, "1943213016"), (200, "04/07/2025"), (-420, "3,524.59"), (-500, "3,524.59")]),
        (196, [(130, "1814")]),
    ]  # fmt: skip
    (obj,) = extract_file(draw_pdf(tmp_path / "docno.pdf", rows))
    assert pairs(obj) == [
        ("RE-2026-1801", Decimal("66.26")),
        ("RE-2026-1814", Decimal("3524.59")),
    ]


def test_reference_and_date_cells_close_together_stay_apart(tmp_path: Path) -> None:
    """GIVEN a small-font table whose reference cell ends a space's width from the date
    cell (closer than pdfplumber's fixed 3-point word gap) THEN they are two words."""
    rows: list[tuple[float, list[tuple[float, str]]]] = [
        (60, [(50, "Silverline Mining Pte Ltd")]),
        (80, [(50, "Remittance Advice")]),
        (110, [(50, "Invoice No."), (109, "Invoice Date"), (-400, "Amount Paid")]),
        (125, [(50, "F2026-01497"), (109, "07/01/2026"), (-400, "205.75")]),
        (140, [(50, "F2026-01500"), (109, "16/01/2026"), (-400, "23,700.32")]),
    ]  # fmt: skip
    (obj,) = extract_file(draw_pdf(tmp_path / "tight.pdf", rows, size=9.5))
    assert pairs(obj) == [("F2026-01497", Decimal("205.75")), ("F2026-01500", Decimal("23700.32"))]


def test_the_beneficiary_of_a_german_advice_is_not_the_payer() -> None:
    """GIVEN a typed German advice naming us as "Begünstigter" and signed by the payer
    THEN the payer is the company under the sign-off."""
    text = (
        "Hello,\n\nPlease find below our payment details (Zahlungsavis).\n\n"
        "Begünstigter: Northwind Supplies Pty Ltd\nAusgeführt am: 16.03.2025\n"
        "Währung: EUR\n\n  - RE-2026-7611: 1.999,36\n  - GS-2026-7762: 133,41-\n\n"
        "Gesamtbetrag: 1.865,95\n\nKind regards,\nHansa Elektro AG\nAccounts Payable\n"
    )
    obj = one(text, "advice.txt")
    assert obj["payer"]["name"] == "Hansa Elektro AG"
    assert pairs(obj) == [
        ("RE-2026-7611", Decimal("1999.36")),
        ("GS-2026-7762", Decimal("-133.41")),
    ]


# --- layouts from outside authors (bench/remit_holdout/R1), each a general rule ---------------


def test_spanish_advice_with_euro_amounts_and_payer_account() -> None:
    """GIVEN a Spanish "aviso de pago" (Nº Factura / Importe, 2.904,14 €) whose ordering
    account is printed at the end THEN the lines, the reference and the payer are read,
    and the account number is not taken for the payer."""
    text = (
        "Distribuciones Ibéricas S.L.\nAVISO DE PAGO\n"
        "Beneficiario: Wattle & Gum Trading Pty Ltd, Sydney\nFecha de pago: 24/03/2026\n"
        "Referencia: TRF-2026-00912\n\nNº Factura   Fecha        Concepto       Importe\n"
        "INV-02503    22/01/2026   Aceite         2.904,14 €\n"
        "INV-02525    30/01/2026   Semillas       5.426,49 €\n"
        "Total pagado 8.330,63 €\nCuenta ordenante: ES91 2100 0418 4502 0005 1332\n"
    )
    obj = one(text, "aviso.txt")
    assert pairs(obj) == [("INV-02503", Decimal("2904.14")), ("INV-02525", Decimal("5426.49"))]
    assert (obj["payer"]["name"], obj["payment_reference"], obj["payment_date"], obj["total"]) == (
        "Distribuciones Ibéricas S.L.",
        "TRF-2026-00912",
        "2026-03-24",
        "8330.63",
    )


def test_bilingual_chinese_advice_names_the_payer_not_the_payee() -> None:
    """GIVEN a Chinese/English advice (发票号码 / 付款金额, 2026年3月11日) that prints the
    payee's company under 收款方 Payee THEN the payer is the letterhead's company."""
    text = (
        "Golden Leaf Trading Pte Ltd 付款通知 Payment Advice\n"
        "收款方 Payee\nWattle & Gum Trading Pty Ltd (Singapore Branch)\n"
        "付款日期 2026年3月11日\n付款编号 PV20260311-07\n币种 SGD\n"
        "序号 发票号码 发票日期 发票金额 付款金额\n"
        "1 SI-2026-0450 2026-01-04 2,159.46 2,159.46\n"
        "2 SI-2026-0458 2026-01-05 5,759.96 5,759.96\n"
        "合计 Total SGD 7,919.42\n"
    )
    obj = one(text, "fukuan.txt")
    assert pairs(obj) == [
        ("SI-2026-0450", Decimal("2159.46")),
        ("SI-2026-0458", Decimal("5759.96")),
    ]
    assert (obj["payer"]["name"], obj["payment_date"], obj["payment_reference"]) == (
        "Golden Leaf Trading Pte Ltd",
        "2026-03-11",
        "PV20260311-07",
    )


def test_sap_payment_advice_note_reference_beats_document_number() -> None:
    """GIVEN SAP's "Doc. No. / Reference" columns (the payer's entry, then our invoice)
    THEN the reference column is our invoice number."""
    text = (
        "Payment advice note\nLion City Provisions Pte. Ltd.\nPayment date 18.03.2026\n"
        "Doc. No.    Reference  Type Doc. Date   Gross amount Cash disc. Net amount\n"
        "5100003321  91004430   RE   11.01.2026  2,230.31     33.45      2,196.86\n"
        "5100003410  CN-0081    KG   16.02.2026  259.01-                 259.01-\n"
        "Total payment SGD 1,937.85\n"
    )
    obj = one(text, "sap.txt")
    assert pairs(obj) == [("91004430", Decimal("2196.86")), ("CN-0081", Decimal("-259.01"))]


def test_paid_column_left_of_a_remaining_balance() -> None:
    """GIVEN "Amount Paid | Remaining Balance" THEN the payment is the paid column, not the
    balance printed right of it."""
    text = (
        "Payment Remittance\nInvoice # Invoice Date PO # Invoice Amount Amount Paid "
        "Remaining Balance\n"
        "INV-02720 2026-01-15 EHS-PO-77108 3,125.19 3,125.19 0.00\n"
        "INV-02758 2026-02-04 EHS-PO-77149 9,784.48 5,870.69 3,913.79\n"
        "Total Payment Amount AUD 8,995.88\n"
    )
    obj = one(text, "portal.txt")
    assert pairs(obj) == [("INV-02720", Decimal("3125.19")), ("INV-02758", Decimal("5870.69"))]


def test_credits_with_a_currency_inside_brackets_or_a_glued_cr() -> None:
    """GIVEN credits written "(S$ 120.00)" and "215.00CR" THEN both are negative lines."""
    text = (
        "REMITTANCE ADVICE\nYour Reference  Date        Amount\n"
        "INV-SG-30419    20/01/2026  S$ 2,983.45\nCN-0093         27/02/2026  (S$ 120.00)\n"
        "CN-0077         24/02/2026  215.00CR\n"
    )
    obj = one(text, "sg.txt")
    assert pairs(obj) == [
        ("INV-SG-30419", Decimal("2983.45")),
        ("CN-0093", Decimal("-120.00")),
        ("CN-0077", Decimal("-215.00")),
    ]


def test_a_bank_account_in_a_sentence_is_not_a_line() -> None:
    """GIVEN a letter that names the BSB beside the amount transferred THEN only the
    invoices are lines."""
    text = (
        "Blue Gum Cafés Pty Ltd\nRe: Payment of outstanding invoices\n"
        "On 3 March 2026 we transferred the amount of AUD 3,499.40 to your account "
        "(BSB 062-118,\n"
        "account 1044 7781) in payment of the following invoices:\n"
        "Invoice 7781A dated 02/02/2026 AUD 2,310.00\nInvoice 7794A dated 09/02/2026 AUD 1,189.40\n"
        "Total AUD 3,499.40\n"
    )
    obj = one(text, "letter.txt")
    assert pairs(obj) == [("7781A", Decimal("2310.00")), ("7794A", Decimal("1189.40"))]


def test_rows_stacked_into_one_cell_per_column_are_split_back(tmp_path: Path) -> None:
    """GIVEN a PDF table with vertical rules but none between rows (pdfplumber gives one
    row whose cells hold a whole column each) THEN every printed row is a line."""
    from reportlab.platypus import SimpleDocTemplate, Table, TableStyle

    data = [
        ["Date", "Purchase No.", "Supplier Inv #", "Amount Applied"],
        ["05/01/2026", "00001276", "RG-104233", "963.95"],
        ["11/01/2026", "00001280", "RG-104248", "640.14"],
        ["18/01/2026", "00001291", "CR-2299", "-78.70"],
    ]
    table = Table(data)
    table.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.5, "black"),
                               ("LINEBELOW", (0, 0), (-1, 0), 0.5, "black"),
                               ("LINEAFTER", (0, 0), (-2, -1), 0.5, "black")]))  # fmt: skip
    path = tmp_path / "stacked.pdf"
    SimpleDocTemplate(str(path), invariant=1).build([Table([["REMITTANCE ADVICE"]]), table])
    (obj,) = extract_file(path)
    assert pairs(obj) == [
        ("RG-104233", Decimal("963.95")),
        ("RG-104248", Decimal("640.14")),
        ("CR-2299", Decimal("-78.70")),
    ]


def test_unstack_rows_leaves_a_wrapped_description_alone() -> None:
    """A row where only the description wraps is one row; a row whose every filled cell
    holds the same number of lines is that many rows."""
    from inbox_agent.documents.pdf_text import unstack_rows

    wrapped: list[list[str | None]] = [["INV-1", "Freight and\nhandling", "10.00"]]
    assert unstack_rows(wrapped) == wrapped
    stacked = [["INV-1\nINV-2", None, "10.00\n20.00"]]
    assert unstack_rows(stacked) == [["INV-1", None, "10.00"], ["INV-2", None, "20.00"]]


def test_text_headings_run_together_and_a_note_above_the_table() -> None:
    """GIVEN headings collapsed to single spaces ("Document Date Type Amount paid") under
    a note that names an invoice on hold with its amount THEN "Document" is the reference
    column and only the rows under it are lines, the credit note with its prefix."""
    text = (
        "Remittance Advice\n"
        "Please note: invoice RG-104932 for $2,968.78 is on hold and not in this payment.\n"
        "Document Date Type Amount paid (AUD)\n"
        "RG-104883 13/01/2026 Tax invoice 2,202.44\nCN 0061 06/02/2026 Credit note -101.25\n"
        "Total payment 2,101.19\n"
    )
    obj = one(text, "note.txt")
    assert pairs(obj) == [("RG-104883", Decimal("2202.44")), ("CN 0061", Decimal("-101.25"))]


def test_a_dash_for_no_discount_and_a_still_owing_column() -> None:
    """GIVEN a dash where no discount was taken, and "Still Owing" right of the paid
    column THEN amounts stay positive and the paid column is read."""
    text = (
        "REMITTANCE ADVICE\nInvoice No. Invoice Date Invoice Amt Discount Amount Paid\n"
        "RG-105158 05/01/2026 2,796.14 - 2,796.14\n"
        "RG-105160 13/01/2026 597.19 14.93 582.26\n\n"
        "Invoice Date Invoice Number Invoice Total Amount Paid Still Owing\n"
        "17 Jan 2026 INV/2026/0066 1,767.72 1,394.54 373.18\n"
    )
    obj = one(text, "dash.txt")
    assert pairs(obj)[:2] == [("RG-105158", Decimal("2796.14")), ("RG-105160", Decimal("582.26"))]


def test_payment_against_a_purchase_order_before_any_invoice() -> None:
    """GIVEN a row with our invoice column empty and the payer's PO filled (a deposit)
    THEN the PO is the reference, of kind "po"."""
    markup = (
        "<p>Payment notification</p><table><tr><th>Our PO No.</th><th>Your Invoice No.</th>"
        "<th>Amount NZD</th></tr><tr><td>TMRT-PO-4464</td><td>INV/2026/0136</td>"
        "<td>4,937.23</td></tr><tr><td>TMRT-PO-4474</td><td></td><td>2,328.54</td></tr></table>"
    )
    obj = one(markup, "po.html")
    assert [(x["invoice_ref"], x["paid_amount"], x["reference_kind"]) for x in obj["lines"]] == [
        ("INV/2026/0136", "4937.23", "invoice"),
        ("TMRT-PO-4474", "2328.54", "po"),
    ]


def test_ringgit_amounts_and_a_dutch_total_row() -> None:
    """GIVEN amounts written RM941.60 and a CSV whose last row is "Totaal" THEN the
    ringgit amounts are money and the total row is not a line."""
    obj = one("Remittance advice\nInvoice No.   Amount\nSI-18860      RM941.60\n", "rm.txt")
    assert pairs(obj) == [("SI-18860", Decimal("941.60"))]
    csv = "Factuurnummer;Bedrag\nVDB-1;1.000,00\nVDB-2;250,50\nTotaal;1.250,50\n"
    expected = [("VDB-1", Decimal("1000.00")), ("VDB-2", Decimal("250.50"))]
    assert pairs(one(csv, "nl.csv")) == expected


# --- layouts from the outside set R3 ------------------------------------------------------


def test_a_group_heading_row_above_the_real_heading_row() -> None:
    """GIVEN "Invoice Details | Amount (RM)" grouping the columns above "No. | Invoice No. |
    ... | Amount Paid" THEN the lower, fuller row is the heading and row numbers are not
    references; "INV 77124" keeps its printed prefix."""
    markup = (
        "<p>Payment advice</p><table>"
        "<tr><th>Invoice Details</th><th></th><th></th><th>Amount (RM)</th><th></th></tr>"
        "<tr><th>No.</th><th>Invoice No.</th><th>Invoice Date</th><th>Invoice Amount</th>"
        "<th>Amount Paid</th></tr>"
        "<tr><td>1</td><td>INV 77124</td><td>31/01/2026</td><td>22,394.43</td>"
        "<td>22,394.43</td></tr>"
        "<tr><td>2</td><td>CN 1042</td><td>14/03/2026</td><td>-860.00</td><td>-860.00</td></tr>"
        "</table>"
    )
    obj = one(markup, "groups.html")
    assert pairs(obj) == [("INV 77124", Decimal("22394.43")), ("CN 1042", Decimal("-860.00"))]


def test_heading_cells_on_two_lines_name_the_supplier_invoice_column(tmp_path: Path) -> None:
    """GIVEN a ruled PDF table whose heading cells wrap ("Voucher" over "No.", "Supplier"
    over "Invoice No.") THEN the supplier invoice column is the reference, not the voucher."""
    from reportlab.platypus import SimpleDocTemplate, Table, TableStyle

    data = [
        ["Voucher\nNo.", "Supplier\nInvoice No.", "Gross\nAmount", "Discount\nTaken", "Net\nPaid"],
        ["V261100", "IPS-207506", "3,915.38", "39.15", "3,876.23"],
        ["V261127", "CRN-0396", "(118.80)", "0.00", "(118.80)"],
    ]
    table = Table(data)
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, "black")]))
    path = tmp_path / "run.pdf"
    SimpleDocTemplate(str(path), invariant=1).build([Table([["Remittance"]]), table])
    (obj,) = extract_file(path)
    assert pairs(obj) == [("IPS-207506", Decimal("3876.23")), ("CRN-0396", Decimal("-118.80"))]


def test_fixed_width_heading_over_two_lines() -> None:
    """GIVEN a JD Edwards-style printout whose headings run over two fixed-width lines
    ("Doc / Number", "Supplier / Invoice Number") THEN the supplier invoice is read."""
    text = (
        "Payment Remittance Advice\n\n"
        "Doc Doc          Supplier            Invoice          Gross        Discount"
        "           Amount\n"
        "Ty  Number       Invoice Number      Date            Amount           Taken"
        "             Paid\n"
        "PV  20118800     IPS-207972          15/01/26       11,563.57             .00"
        "        11,563.57\n"
        "PD  20118828     CRN-0409            12/03/26         410.00-             .00"
        "          410.00-\n"
    )
    obj = one(text, "jde.txt")
    assert pairs(obj) == [("IPS-207972", Decimal("11563.57")), ("CRN-0409", Decimal("-410.00"))]


def test_an_amount_column_right_of_paid_is_not_a_balance() -> None:
    """GIVEN headings "Amount Paid Amount" run together (the paid column is last) and a
    title-case "Inv" before a number in prose THEN the last amount is paid, and "Inv" is
    not part of the reference."""
    text = (
        "Remittance Advice\n"
        "Document Type Document No. Your Document No. Document Date Amount Paid Amount\n"
        "Invoice PPI-104231 IPS-208817 12/01/2026 8,128.92 162.58 7,966.34\n"
    )
    assert pairs(one(text, "bc.txt")) == [("IPS-208817", Decimal("7966.34"))]
    prose = "Remittance advice\nParticulars Amount\nInv 40412 - March freight 385.00\n"
    assert pairs(one(prose, "prose.txt")) == [("40412", Decimal("385.00"))]


def test_scan_grid_with_row_numbers_merged_into_the_reference_cell() -> None:
    """GIVEN an OCR grid where the "No." column ran into "Invoice No." ("1 INV 77342") and
    the total row names itself in a middle cell ("Net amount paid") THEN the row numbers
    are dropped, the CN rows are credits and the total row is no line."""
    from inbox_agent.documents.assemble import build_remittance

    grid = [
        ["No, Invoice No.", "Date", "Description", "Amount (RM)"],
        ["1 INV 77342", "10.02.2026", "Timber crates", "9,860.00"],
        ["2 INV 77358", "13.02.2026", "Plywood cases", "4,312.50"],
        ["1 CN 1066", "20.02.2026", "Rejected batch", "520.00"],
        ["Payment credited to CIMB Bank A/C", "8002-4411-70", "Net amount paid", "RM 13,652.50"],
    ]
    text = "Payment Advice\nNet amount paid RM 13,652.50\n"
    remittance = build_remittance("scan", text=text, grids=[grid])
    assert line_pairs(remittance) == [
        ("INV 77342", Decimal("9860.00")),
        ("INV 77358", Decimal("4312.50")),
        ("CN 1066", Decimal("-520.00")),
    ]
    assert not any("add up" in warning for warning in remittance.warnings)


def test_scan_grid_with_the_date_column_merged_into_the_reference() -> None:
    """GIVEN an OCR grid whose "Invoice Date" and "Reference" columns came out as one
    cell, so the heading-based reference column holds amounts THEN the reference is read
    from the merged cell, after its date."""
    from inbox_agent.documents.assemble import build_remittance

    grid = [
        ["Invoice Date Reference", "Invoice Total", "Amount Paid", "Still Owing"],
        ["11 Feb 2026 IB/2026/1208", "2,416.00", "2,416.00", "0.00"],
        ["24 Feb 2026 IB/2026/1244", "2,860.90", "1,500.00", "1,360.90"],
    ]
    remittance = build_remittance("scan", text="Remittance advice\n", grids=[grid])
    assert line_pairs(remittance) == [
        ("IB/2026/1208", Decimal("2416.00")),
        ("IB/2026/1244", Decimal("1500.00")),
    ]


def test_cheque_stub_printed_twice_is_read_once() -> None:
    """GIVEN a cheque whose stub is printed above and below it, the second copy with the
    type word run into the reference ("Bill IPS-208988") and a "Check Amount" row THEN
    each invoice is one line and the cheque row is no line."""
    from inbox_agent.documents.assemble import build_remittance

    heading = ["Date", "Type Reference", "Original Amt.", "Payment"]
    first = [heading, ["02/12/2026", "IPS-208988", "2,214.00", "2,214.00"],
             ["02/19/2026", "IPS-209019", "1,380.75", "1,380.75"]]  # fmt: skip
    second = [heading, ["02/12/2026", "Bill IPS-208988", "2,214.00", "2,214.00"],
              ["02/19/2026", "Bill IPS-209019", "1,380.75", "1,380.75"],
              ["Operating Account", "Vendor ID 1187", "Check Amount", "3,594.75"]]  # fmt: skip
    remittance = build_remittance("scan", text="Remittance\n", grids=[first, second])
    assert line_pairs(remittance) == [
        ("IPS-208988", Decimal("2214.00")),
        ("IPS-209019", Decimal("1380.75")),
    ]


def test_the_same_invoice_paid_on_two_rows_stays_two_lines() -> None:
    """Only a whole repeated copy is dropped: two rows paying one invoice both stay."""
    from inbox_agent.documents.assemble import build_remittance

    grid = [
        ["Invoice", "Amount paid"],
        ["INV-1", "10.00"],
        ["INV-1", "10.00"],
        ["INV-2", "5.00"],
    ]
    remittance = build_remittance("grid", text="Remittance\n", grids=[grid])
    assert line_pairs(remittance) == [
        ("INV-1", Decimal("10.00")),
        ("INV-1", Decimal("10.00")),
        ("INV-2", Decimal("5.00")),
    ]


def test_won_amounts_without_cents_in_a_korean_mail() -> None:
    """GIVEN a Korean advice in won, which has no minor unit ("14,828,000") THEN whole
    grouped numbers are amounts, the headings and labels are read in Korean."""
    from inbox_agent.documents.assemble import build_remittance

    text = (
        "아래와 같이 2월분 물품대금을 지급하였음을 알려드립니다.\n"
        "  - 지급일자 : 2026-03-25\n  - 지급번호 : DS-PAY-260325-03\n"
        "  - 지급총액 : 23,288,000원 (KRW)\n\n"
        "No  청구서번호       작성일자        공급가액        부가세        지급금액\n"
        " 1  KKR-2602-0306    2026-02-13    13,480,000    1,348,000    14,828,000\n"
        " 2  KKR-2602-0314    2026-02-03     9,410,000      941,000    10,351,000\n"
        " 3  KKR-CR-0007      2026-02-26    -1,720,000     -171,000    -1,891,000\n"
        "                                                        합계    23,288,000\n"
    )
    remittance = build_remittance("mail", text=text)
    assert line_pairs(remittance) == [
        ("KKR-2602-0306", Decimal("14828000.00")),
        ("KKR-2602-0314", Decimal("10351000.00")),
        ("KKR-CR-0007", Decimal("-1891000.00")),
    ]
    assert remittance.currency == "KRW"
    assert remittance.payment_reference == "DS-PAY-260325-03"
    assert str(remittance.payment_date) == "2026-03-25"
    assert remittance.total == Decimal("23288000")


def test_indian_lakh_grouping_and_rand_grouped_by_spaces() -> None:
    """ "2,13,871.00" is two lakh thirteen thousand; "R 45 676.86" groups by spaces."""
    from inbox_agent.documents.assemble import build_remittance

    indian = (
        "Payment Advice\nSr. Bill No. Bill Date Bill Amount (₹) TDS (₹) Net Amount (₹)\n"
        "1 KIPL/25-26/0422 20-02-2026 2,18,236.00 4,365.00 2,13,871.00\n"
        "2 KIPL/25-26/0403 02-02-2026 19,091.00 382.00 18,709.00\n"
    )
    assert line_pairs(build_remittance("in", text=indian)) == [
        ("KIPL/25-26/0422", Decimal("213871.00")),
        ("KIPL/25-26/0403", Decimal("18709.00")),
    ]
    rand = (
        "Remittance Advice\nDocument No  Doc Date  Your Reference  Amount  Amount Paid\n"
        "PINV01880  2026/02/02  IN045507  R 45 676.86  R 45 676.86\n"
        "PCRN0212  2026/02/03  CR001204  R -3 875.20  R -3 875.20\n"
    )
    assert line_pairs(build_remittance("za", text=rand)) == [
        ("IN045507", Decimal("45676.86")),
        ("CR001204", Decimal("-3875.20")),
    ]


def test_nordic_and_polish_headings() -> None:
    """Swedish "Fakturanr ... Betalt belopp" and Polish "Nr faktury ... Zapłacono" tables."""
    from inbox_agent.documents.assemble import build_remittance

    swedish = (
        "BETALNINGSAVISERING\nBetalningsdag: 2026-03-18\nBetalningsnr: 55012\n"
        "Fakturanr            Fakturadatum          OCR                  Betalt belopp\n"
        "100369               2026-02-14            100369850                 49 841,01\n"
        "100355               2026-02-11                                      -4 380,00\n"
        "Summa betalt                                                        45 461,01\n"
    )
    remittance = build_remittance("se", text=swedish)
    assert line_pairs(remittance) == [
        ("100369", Decimal("49841.01")),
        ("100355", Decimal("-4380.00")),
    ]
    assert remittance.payment_reference == "55012"
    polish = (
        "AWIZO PŁATNOŚCI\nData płatności:            16.03.2026\n"
        "Lp.   Nr faktury          Data wystawienia   Kwota brutto   Zapłacono\n"
        "  1   FV/2026/02/102      08.02.2026           29 688,74     29 688,74\n"
        "  2   FK/2026/02/007      10.02.2026           -2 214,00     -2 214,00\n"
    )
    remittance = build_remittance("pl", text=polish)
    assert line_pairs(remittance) == [
        ("FV/2026/02/102", Decimal("29688.74")),
        ("FK/2026/02/007", Decimal("-2214.00")),
    ]
    assert str(remittance.payment_date) == "2026-03-16"


def test_a_type_column_left_of_the_number_is_not_its_prefix() -> None:
    """GIVEN "Type  No de facture" with rows "FAC / INV 90012331" THEN the invoice is
    90012331; "CN 0061" under "Document ... Type" keeps its prefix."""
    from inbox_agent.documents.assemble import build_remittance

    text = (
        "Avis de paiement / Remittance advice\n"
        "Type No de facture Date Montant brut Escompte Montant payé\n"
        "FAC / INV 90012331 2026-02-02 7 106,34 0,00 7 106,34\n"
        "NC / CM 91000114 2026-02-19 -1 313,99 0,00 -1 313,99\n"
    )
    assert line_pairs(build_remittance("ca", text=text)) == [
        ("90012331", Decimal("7106.34")),
        ("91000114", Decimal("-1313.99")),
    ]


def test_a_letter_naming_invoices_with_their_amounts() -> None:
    """GIVEN a typed letter "covers your invoices SI-4471 (€5,120.00) and SI-4480
    (€3,912.50), less your credit note CN-0212 for €612.50" THEN three lines, the credit
    negative; a headerless table whose rows end in amounts is not read as a letter."""
    from inbox_agent.documents.assemble import build_remittance

    letter = (
        "Re: Remittance – payment of €8,420.00\nDear Sir / Madam,\n"
        "This payment covers your invoices SI-4471 (€5,120.00) and SI-4480 (€3,912.50), less\n"
        "your credit note CN-0212 for €612.50 in respect of the damaged carton returned.\n"
    )
    remittance = build_remittance("letter", text=letter)
    assert line_pairs(remittance) == [
        ("SI-4471", Decimal("5120.00")),
        ("SI-4480", Decimal("3912.50")),
        ("CN-0212", Decimal("-612.50")),
    ]
    assert remittance.total == Decimal("8420.00")
    assert not remittance.warnings

    from inbox_agent.documents.prose import lines_from_prose
    from inbox_agent.documents.values import Conventions

    rows = (
        "Payment advice\n1 Inv 40412 - March freight 385.00\n"
        "2 Less: CRN-0446 - short delivery on Inv 40418 (120.00)\n"
    )
    assert lines_from_prose(rows, Conventions()) == []


def test_a_letter_settling_one_invoice_pays_it_the_letters_amount() -> None:
    """GIVEN a letter "a payment of AUD 2,475.00 was made ... in full settlement of your
    invoice IPS-209347 dated 12 February 2026 ... against our purchase order PO 7781"
    THEN one line pays IPS-209347 the payment's amount; neither the PO nor the year is
    an invoice."""
    from inbox_agent.documents.assemble import build_remittance

    letter = (
        "Re: Remittance advice\nDear Accounts Receivable team,\n"
        "We advise that a payment of AUD 2,475.00 was made to your nominated account on\n"
        "26 March 2026 in full settlement of your invoice IPS-209347 dated 12 February 2026\n"
        "for wine shippers supplied against our purchase order PO 7781.\n"
    )
    remittance = build_remittance("letter", text=letter)
    assert line_pairs(remittance) == [("IPS-209347", Decimal("2475.00"))]
    assert str(remittance.payment_date) == "2026-03-26"


def test_turkish_advice_and_a_japanese_triangle_minus() -> None:
    """A Turkish table ("Belge No  Fatura No ... Vade  Açıklama  Tutar (TL)") is read by
    its invoice column; "△30,200" in a yen advice is a credit of 30,200."""
    from inbox_agent.documents.assemble import build_remittance

    turkish = (
        "ÖDEME AVİSİ\n"
        "Belge No Fatura No Fatura Tarihi Vade Açıklama Tutar (TL)\n"
        "MHS-2026-311 MRM2026000000093 22.01.2026 08.03.2026 Satış faturası 11.735,01\n"
        "MHS-2026-319 EGG2026000000012 13.02.2026 30.03.2026 İade faturası -8.481,62\n"
        "TOPLAM 3.253,39 TL\n"
    )
    remittance = build_remittance("tr", text=turkish)
    assert line_pairs(remittance) == [
        ("MRM2026000000093", Decimal("11735.01")),
        ("EGG2026000000012", Decimal("-8481.62")),
    ]
    assert remittance.currency == "TRY"
    japanese = (
        "支払通知書 PAYMENT NOTICE\n通貨 Currency JPY\n"
        "請求書番号 請求日 支払金額\nNo. Invoice No. Invoice date Paid amount\n"
        "1 SC-2602-0401 2026/02/15 397,920\n2 SC-2602-0433 2026/02/21 936,080\n"
        "3 CN-2602-012 2026/02/26 △30,200\n合計 Total ¥1,303,800\n"
    )
    assert line_pairs(build_remittance("jp", text=japanese)) == [
        ("SC-2602-0401", Decimal("397920.00")),
        ("SC-2602-0433", Decimal("936080.00")),
        ("CN-2602-012", Decimal("-30200.00")),
    ]


def test_a_row_of_payment_labels_is_no_table_heading() -> None:
    """GIVEN labels printed over their values ("PAYMENT NUMBER PAYMENT DATE ...") above
    the invoice table THEN the values row is no line and the date below its label is the
    payment date; a voucher column left of ours is skipped even when a heading word of
    another column ("Invoice" over "Date") counts as a third reference heading."""
    from inbox_agent.documents.assemble import build_remittance

    text = (
        "CASCADE OUTDOOR Payment Remittance\n"
        "PAYMENT NUMBER PAYMENT DATE PAYMENT METHOD\nACH-0003318 March 17, 2026 ACH / CCD+\n"
        "PAYMENT AMOUNT CURRENCY SUPPLIER ID\n$18,579.08 USD SUP-004127\n"
        "Voucher No. Invoice No. Invoice Gross Amt Net Amt\n"
        "PV/2526/04413 2026-INV-0093 01/31/2026 8,833.95 8,745.61\n"
        "PV/2526/04416 2026-INV-0101 02/07/2026 9,833.47 9,833.47\n"
    )
    remittance = build_remittance("us", text=text)
    assert line_pairs(remittance) == [
        ("2026-INV-0093", Decimal("8745.61")),
        ("2026-INV-0101", Decimal("9833.47")),
    ]
    assert str(remittance.payment_date) == "2026-03-17"
    assert remittance.payment_reference == "ACH-0003318"


def test_spanish_export_with_pagado_and_saldo_columns(tmp_path: Path) -> None:
    """ "Pagado" is the paid column and "Saldo" the balance left; the UUID is no reference."""
    wb = Workbook()
    ws = wb.active
    ws.append(["AVISO DE PAGO"])
    ws.append(["Factura", "Folio fiscal (UUID)", "Total factura", "Pagado", "Saldo"])
    ws.append(["A-10234", "09081901-8922-C0EC-FBAC-3D5E8D362C65", 14129.82, 14129.82, 0])
    ws.append(["A-10250", "BE068F49-8523-5C28-01C4-5B824FB005C0", 64492.13, 38695.28, 25796.85])
    path = tmp_path / "aviso.xlsx"
    wb.save(path)
    (obj,) = extract_file(path)
    assert pairs(obj) == [("A-10234", Decimal("14129.82")), ("A-10250", Decimal("38695.28"))]


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        ("118204 PO 77839", "118204"),
        ("CHS/3310/26 LPO 7913", "CHS/3310/26"),
        ("61122 2026-INV-0093", "2026-INV-0093"),
        ("5100012480 CSW/1285/25-26", "CSW/1285/25-26"),
        ("V KSP/INV/2291", "KSP/INV/2291"),
        ("CN 0052", "CN 0052"),
        ("PO 4500012345", "PO 4500012345"),
        ("1 INV 77342", "INV 77342"),
    ],
)
def test_one_reference_out_of_a_cell_a_scan_merged(cell: str, expected: str) -> None:
    """The payer's order after ours, a voucher of digits before our lettered number, or
    a pen tick before it are no part of our reference; one number stays whole."""
    from inbox_agent.documents.lines import reference_cell

    assert reference_cell(cell) == expected


def test_an_account_number_run_together_is_no_amount() -> None:
    """OCR joining "0550 1002 2113 37" gives "055010022113,37": money never starts 0x."""
    from inbox_agent.documents.values import parse_amount

    assert parse_amount("055010022113,37", decimal_comma=True) is None
    assert parse_amount("0,50", decimal_comma=True) == Decimal("0.50")


def test_bill_no_is_ours_and_the_check_number_column_is_not() -> None:
    """GIVEN a QuickBooks export "Payer  Check/Ref No  Type  Bill No  ...  Amount Paid"
    THEN the bill number is the reference, not the cheque's "ACH 50128"."""
    from inbox_agent.documents.registry import extract_bytes

    csv_text = (
        "Payer,Check/Ref No,Type,Bill No,Amount Paid\n"
        "Redwood Canyon Brewing Co,ACH 50128,Bill,A-1185,976.39\n"
        'Redwood Canyon Brewing Co,ACH 50128,Bill,A-1197,"1,025.54"\n'
    )
    (obj,) = extract_bytes(csv_text.encode(), "qb.csv")
    assert pairs(obj) == [("A-1185", Decimal("976.39")), ("A-1197", Decimal("1025.54"))]
    assert obj["payment_reference"] == "ACH 50128"


def test_czech_and_hungarian_advices() -> None:
    """Czech "Číslo faktury ... Uhrazeno" beside the payer's "Č. dokladu", and Hungarian
    forints without fillér, grouped by spaces, with page totals ("Lapösszeg") that are
    no lines."""
    from inbox_agent.documents.assemble import build_remittance

    czech = (
        "AVÍZO O PLATBĚ\nDatum úhrady: 12.03.2026\n"
        "Č. dokladu        Číslo faktury     Var. symbol    Částka faktury       Uhrazeno\n"
        "5100818672        FV26-00412        2600412        98 811,50 Kč     98 811,50 Kč\n"
        "5100465595        DB26-0007         260007         -8 483,95 Kč     -8 483,95 Kč\n"
    )
    remittance = build_remittance("cz", text=czech)
    assert line_pairs(remittance) == [
        ("FV26-00412", Decimal("98811.50")),
        ("DB26-0007", Decimal("-8483.95")),
    ]
    assert remittance.currency == "CZK"
    hungarian = (
        "FIZETÉSI ÉRTESÍTŐ\nKifizetés dátuma: 2026.03.05.\n"
        "Ssz.   Bizonylat       Számlaszám        Bruttó (Ft)   Levonás (Ft)   Kifizetve (Ft)\n"
        "1      KB-2603-1187    SZLA-2026-00870     1 688 189                       1 688 189\n"
        "2      KB-2603-1190    SZLA-2026-00879     2 511 490         75 345       2 436 145\n"
        "       Lapösszeg                                                         4 124 334\n"
        "3      KB-2603-1191    SZLA-2026-00882     1 599 805                       1 599 805\n"
    )
    remittance = build_remittance("hu", text=hungarian)
    assert line_pairs(remittance) == [
        ("SZLA-2026-00870", Decimal("1688189.00")),
        ("SZLA-2026-00879", Decimal("2436145.00")),
        ("SZLA-2026-00882", Decimal("1599805.00")),
    ]
    assert str(remittance.payment_date) == "2026-03-05"
    assert remittance.currency == "HUF"


def test_camel_case_export_repeating_the_payment_amount_on_every_row() -> None:
    """GIVEN an export "InvoiceNo, PaidAmount, PaymentAmount" whose PaymentAmount is the
    payment's total on every row THEN each line pays its PaidAmount."""
    from inbox_agent.documents.registry import extract_bytes

    csv_text = (
        "PaymentDate,PaymentRef,VoucherNo,InvoiceNo,GrossAmount,PaidAmount,PaymentAmount\n"
        "2026-03-11,FAST0088,JV889100,261180,8235.39,8235.39,9513.17\n"
        "2026-03-11,FAST0088,JV889102,261193,1647.08,1647.08,9513.17\n"
        "2026-03-11,FAST0088,JV889104,CN260043,-369.30,-369.30,9513.17\n"
    )
    (obj,) = extract_bytes(csv_text.encode(), "export.csv")
    assert pairs(obj) == [
        ("261180", Decimal("8235.39")),
        ("261193", Decimal("1647.08")),
        ("CN260043", Decimal("-369.30")),
    ]
    assert obj["payment_date"] == "2026-03-11"


def test_heading_with_a_rate_and_a_letter_naming_invoice_dates() -> None:
    """ "Retention 5%" does not stop a heading line; "your invoice 10452 dated 3 February
    2026 for €2,310.00" is read past the invoice's date."""
    from inbox_agent.documents.assemble import build_remittance

    table = (
        "REMITTANCE ADVICE\n"
        "Our Ref Your Invoice Claim incl GST Retention 5% Amount Paid\n"
        "40187 INV-26-0012 $36,119.26 $1,805.96 $34,313.30\n"
        "40189 INV-26-0019 $37,033.13 - $37,033.13\n"
    )
    assert line_pairs(build_remittance("nz", text=table)) == [
        ("INV-26-0012", Decimal("34313.30")),
        ("INV-26-0019", Decimal("37033.13")),
    ]
    letter = (
        "Dear Sir/Madam,\nWe wish to advise that we have today made an electronic transfer of"
        " €6,412.80.\nThis payment is in settlement of your invoice 10452 dated 3 February"
        " 2026 for €2,310.00 and your invoice 10467 dated 12/02/2026 for €4,655.30, less"
        " your credit note CN-0211 for €552.50.\n"
    )
    assert line_pairs(build_remittance("ie", text=letter)) == [
        ("10452", Decimal("2310.00")),
        ("10467", Decimal("4655.30")),
        ("CN-0211", Decimal("-552.50")),
    ]


def test_headings_labels_and_titles_match_without_their_accents() -> None:
    """OCR and ASCII-only systems drop accents: "AVIZ DE PLATA", "Nr. facturä" (ä read
    for ă), "Cislo faktury" and "Datum uhrady" are read as their accented forms."""
    from inbox_agent.documents.assemble import build_remittance
    from inbox_agent.documents.columns import classify_heading
    from inbox_agent.documents.header_labels import REMITTANCE_WORDS, label_field

    assert REMITTANCE_WORDS.search("AVIZ DE PLATA")
    assert label_field("Datum uhrady:") == "payment_date"
    heading = classify_heading("Cislo faktury")
    assert heading is not None and heading.priority == 3
    text = (
        "AVIZ DE PLATA\nNr.   Nr. facturä   Valoare (lei)   Achitat (lei)\n"
        "1   /DLG-551/2026   12.261,86   12.261,86\n4 4 BKS006936   3.464,69   3.464,69\n"
    )
    assert line_pairs(build_remittance("ro", text=text)) == [
        ("DLG-551/2026", Decimal("12261.86")),
        ("BKS006936", Decimal("3464.69")),
    ]


def test_italian_capital_prefixes_dutch_and_dynamics_headings() -> None:
    """ "FT 1652/2024" and "NC 39/2024" keep their prefix beside the payer's "N. reg.";
    Dutch "Uw factuurnr." beats "Boekstuknr."; Dynamics' "Externe Belegnr." is ours."""
    from inbox_agent.documents.assemble import build_remittance

    italian = [
        ["N. reg.", "Documento", "Data doc.", "Tipo", "Importo doc.", "Importo pagato"],
        ["9548", "NC 39/2024", "09/08/2024", "Nota di credito", "-912,86", "-912,86"],
        ["2745", "FT 1652/2024", "22/08/2024", "Fattura", "13.084,77", "13.084,77"],
    ]
    assert line_pairs(build_remittance("it", text="Avviso di pagamento\n", grids=[italian])) == [
        ("NC 39/2024", Decimal("-912.86")),
        ("FT 1652/2024", Decimal("13084.77")),
    ]
    text_row = (
        "Avviso di pagamento\nDocumento Data Importo pagato\nFT 1652/2024 22/08/2024 13.084,77\n"
    )
    assert line_pairs(build_remittance("it", text=text_row)) == [
        ("FT 1652/2024", Decimal("13084.77"))
    ]
    dutch = (
        "Betalingsadvies\n"
        "Boekstuknr.   Uw factuurnr.   Factuurdatum   Factuurbedrag   Betaald   Openstaand\n"
        "24709388      CN2024.389      05-08-2024     -€ 2.396,99     -€ 2.396,99     € 0,00\n"
        "24708950      2024.11839      09-08-2024     € 10.827,86     € 10.827,86     € 0,00\n"
    )
    assert line_pairs(build_remittance("nl", text=dutch)) == [
        ("CN2024.389", Decimal("-2396.99")),
        ("2024.11839", Decimal("10827.86")),
    ]
    dynamics = [
        ["Belegart", "Belegnr.", "Externe Belegnr.", "Ursprungsbetrag", "Ausgeglichener Betrag"],
        ["Rechnung", "EK114729", "RE-2024-09596", "7.480,84", "7.331,22"],
        ["Gutschrift", "EK912386", "GS-2024-00401", "-3.712,77", "-3.712,77"],
    ]
    remittance = build_remittance("de", text="Zahlungsavis\n", grids=[dynamics])
    assert line_pairs(remittance) == [
        ("RE-2024-09596", Decimal("7331.22")),
        ("GS-2024-00401", Decimal("-3712.77")),
    ]


def test_a_row_whose_only_other_amount_shifted_under_the_discount() -> None:
    """GIVEN "Brutto  Skonto 2%  Überwiesen" and a credit row with two amounts, the second
    under the discount heading THEN the credit pays its amount, not twice its amount."""
    from inbox_agent.documents.lines import RawLine, make_line

    line = make_line(RawLine(ref="CN-0121", paid=None, gross=Decimal("-258.63"),
                             deduction=Decimal("-258.63")))  # fmt: skip
    assert line is not None and line.paid_amount == Decimal("-258.63")
    partly = make_line(RawLine(ref="INV-1", paid=None, gross=Decimal("100.00"),
                               deduction=Decimal("2.00")))  # fmt: skip
    assert partly is not None and partly.paid_amount == Decimal("98.00")


def test_headerless_rows_of_gross_paid_and_balance() -> None:
    """GIVEN rows without a heading line holding gross, paid and the balance left (gross =
    paid + balance) THEN the middle amount is paid; "100.00 2.00 98.00" stays a discount."""
    from inbox_agent.documents.columns import Column
    from inbox_agent.documents.lines import _assign_amounts

    paid_then_balance = [Decimal("163882.62"), Decimal("98329.57"), Decimal("65553.05")]
    assert _assign_amounts(paid_then_balance, [])[Column.PAID] == Decimal("98329.57")
    settled = [Decimal("255784.95"), Decimal("255784.95"), Decimal("0.00")]
    assert _assign_amounts(settled, [])[Column.PAID] == Decimal("255784.95")
    discounted = [Decimal("100.00"), Decimal("2.00"), Decimal("98.00")]
    assert _assign_amounts(discounted, [])[Column.PAID] == Decimal("98.00")
    credit = [Decimal("-69861.90"), Decimal("0.00"), Decimal("-69861.90")]
    assert _assign_amounts(credit, [])[Column.PAID] == Decimal("-69861.90")


def test_a_voucher_printed_against_our_number_and_voucher_headings() -> None:
    """GIVEN an unruled sheet whose "Buchungs-Nr." cell touches the "Rechnungs-Nr." one
    ("9963825CH41920716") THEN ours is read apart; Swedish "Ver.nr" and Spanish
    "Nº asiento" are the payer's vouchers beside "Fakturanr" and "Su factura"."""
    from inbox_agent.documents.assemble import build_remittance

    german = (
        "Zahlungsavis\nBuchungs-Nr. Rechnungs-Nr. Datum Betrag Skonto Bezahlt\n"
        "9963825CH41920716 22.07.2024 7,558.14 226.74 7,331.40\n"
        "1695359CH41191816 08.07.2024 442.21 13.27 428.94\n"
    )
    assert line_pairs(build_remittance("ch", text=german)) == [
        ("CH41920716", Decimal("7331.40")),
        ("CH41191816", Decimal("428.94")),
    ]
    swedish = (
        "Betalningsavisering\nVer.nr Fakturanr OCR Fakturadatum Fakturabelopp Betalt belopp\n"
        "634985 5547642 3983319851 2024-08-13 6 352,01 6 352,01\n"
        "602888 5512816 3646428885 2024-07-23 2 095,07 2 095,07\n"
    )
    assert [ref for ref, _ in line_pairs(build_remittance("se", text=swedish))] == [
        "5547642",
        "5512816",
    ]
    spanish = (
        "Aviso de pago\nNº asiento Su factura / pedido Fecha doc. Importe Pagado\n"
        "509554 PED-33233 03/08/2024 6.136,67 6.136,67\n"
        "658685 F-3392/2024 06/08/2024 6.708,90 6.708,90\n"
    )
    assert [ref for ref, _ in line_pairs(build_remittance("es", text=spanish))] == [
        "PED-33233",
        "F-3392/2024",
    ]
