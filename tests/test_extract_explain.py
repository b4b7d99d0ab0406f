"""``extract --explain``: what was read from where, for the admin writing a payer template.

Real documents drawn as the payers' tools draw them (a workbook with a preamble, typed
fixed-width mail, an unruled PDF, an HTML table with unknown headings); each test checks
that the explanation names the header row, which column became which field, the row each
line was read from, and the header fields' lines -- and that plain ``--json`` is unchanged.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import typer
from openpyxl import Workbook
from typer.testing import CliRunner

from inbox_agent.cli.extract_cmd import register
from inbox_agent.documents.registry import extract_bytes, extract_file

try:  # tests/ is a package when tests/__init__.py exists, else pytest puts it on sys.path
    from tests.test_extract_layouts import VOUCHER_MAIL, draw_pdf
except ModuleNotFoundError:
    from test_extract_layouts import (  # type: ignore[no-redef,import-not-found,unused-ignore]
        VOUCHER_MAIL,
        draw_pdf,
    )


CHECKER = Path(__file__).resolve().parents[2] / "shared" / "contract" / "check.py"
REPO = Path(__file__).resolve().parents[1]


def explained(data: str | bytes, filename: str) -> dict[str, Any]:
    raw = data.encode("utf-8") if isinstance(data, str) else data
    (obj,) = extract_bytes(raw, filename, filename=filename, explain=True)
    assert obj["ok"], obj
    return dict(obj["explain"])


def columns(table: dict[str, Any]) -> dict[str, str | None]:
    return {column["field"]: column["heading"] for column in table["columns"]}


def field(explain: dict[str, Any], name: str) -> dict[str, Any]:
    (found,) = [f for f in explain["header"] if f["field"] == name]
    return dict(found)


def cli() -> typer.Typer:
    app = typer.Typer()

    @app.callback()
    def _root() -> None:
        """Keep ``extract`` a sub-command."""

    register(app)
    return app


def preamble_workbook(path: Path) -> Path:
    """A payer's export: letterhead and payment details above the table, numbers as numbers."""
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.append(["Meridian Health LLC"])
    sheet.append(["Remittance Advice"])
    sheet.append(["Payment date", "2026-03-14"])
    sheet.append(["Payment reference", "ACH 20931"])
    sheet.append(["Invoice No.", "Invoice Date", "Gross", "Discount", "Amount Paid"])
    sheet.append(["INV-3301", "2026-02-01", 1500.5, 0, 1500.5])
    sheet.append(["INV-3302", "2026-02-03", 100, 1, 99])
    for row in (6, 7):
        for column in "CDE":
            sheet[f"{column}{row}"].number_format = "#,##0.00"
    workbook.save(path)
    return path


def test_sheet_explains_header_row_columns_and_source_rows(tmp_path: Path) -> None:
    """GIVEN a workbook whose table starts on row 5 under a preamble
    WHEN extracted with explain
    THEN the header row is row 5, each column's heading is named for its field,
    each line names the row it came from, and the header fields their lines."""
    (obj,) = extract_file(preamble_workbook(tmp_path / "advice.xlsx"), explain=True)
    explain = obj["explain"]

    assert (explain["reader"], explain["method"]) == ("spreadsheet", "table")
    (table,) = explain["tables"]
    assert table["kind"] == "grid"
    assert table["header_at"] == "row 5"
    assert table["header"] == "Invoice No. | Invoice Date | Gross | Discount | Amount Paid"
    assert columns(table) == {
        "reference": "Invoice No.",
        "date": "Invoice Date",
        "gross": "Gross",
        "discount": "Discount",
        "paid": "Amount Paid",
    }
    assert {column["how"] for column in table["columns"]} == {"heading"}
    assert [(line["invoice_ref"], line["row"]) for line in explain["lines"]] == [
        ("INV-3301", "INV-3301 | 2026-02-01 | 1500.50 | 0.00 | 1500.50"),
        ("INV-3302", "INV-3302 | 2026-02-03 | 100.00 | 1.00 | 99.00"),
    ]
    assert explain["conventions"]["decimal_comma"] is False
    assert "workbook" in explain["conventions"]["numbers"]
    date = field(explain, "payment_date")
    assert (date["value"], date["line"], date["how"]) == ("2026-03-14", 3, 'label "Payment date"')
    payer = field(explain, "payer")
    assert (payer["value"], payer["line"]) == ("Meridian Health LLC", 1)
    assert payer["how"].startswith("letterhead")


def test_heading_over_two_rows_is_shown_joined(tmp_path: Path) -> None:
    """GIVEN a sheet whose headings are printed over two rows THEN both rows are named."""
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.append(["Remittance Advice"])
    sheet.append(["Inv", "Inv", "Paid"])
    sheet.append(["#", "Date", "Amount"])
    sheet.append(["INV-3301", "2026-02-01", "1500.50"])
    path = tmp_path / "two.xlsx"
    workbook.save(path)

    (obj,) = extract_file(path, explain=True)
    (table,) = obj["explain"]["tables"]
    assert table["header_at"] == "rows 2-3"
    assert columns(table) == {"reference": "Inv #", "date": "Inv Date", "paid": "Paid Amount"}
    assert obj["lines"][0]["invoice_date"] == "2026-02-01"


def test_fixed_width_mail_names_heading_line_unused_voucher_and_rows() -> None:
    """GIVEN typed mail with the payer's voucher before our invoice number
    THEN the heading line is named by its line number, "Your Invoice" is the reference,
    the voucher column is shown as a reference not used, and each line's text row."""
    explain = explained(VOUCHER_MAIL, "advice.txt")

    assert explain["method"] == "text"
    (table,) = explain["tables"]
    assert (table["kind"], table["header_at"]) == ("text", "line 7")
    assert table["header"] == "Voucher | Your Invoice | Date | Gross | Withheld | Paid"
    mapped = columns(table)
    assert mapped["reference"] == "Your Invoice"
    assert mapped["reference not used"] == "Voucher"
    assert (mapped["deduction"], mapped["paid"], mapped["gross"]) == ("Withheld", "Paid", "Gross")
    rows = {line["invoice_ref"]: line["row"] for line in explain["lines"]}
    assert (
        rows["INV-20417"]
        == "PV-88120   INV-20417      02/02/2026    1,250.00       25.00      1,225.00"
    )
    assert rows["CN-20011"].startswith("PV-88122   CN-20011")
    reference = field(explain, "payment_reference")
    assert (reference["value"], reference["line"]) == ("EFT 771203", 5)
    assert reference["how"] == 'label "Payment reference"'
    total = field(explain, "total")
    assert (total["value"], total["line"], total["how"]) == ("1985.40", 12, 'label "Total paid"')


def test_columns_found_by_their_values_say_so() -> None:
    """GIVEN headings no list knows ("Retained", "Transferred") under a known "Amount"
    THEN the paid and deduction columns are said to be chosen by their values."""
    text = (
        "Remittance advice\nInvoice;Amount;Retained;Transferred\n"
        "INV-501;1.000,00;20,00;980,00\nINV-502;500,00;0,00;500,00\n"
    )
    explain = explained(text, "advice.csv")

    (table,) = explain["tables"]
    how = {column["field"]: (column["heading"], column["how"]) for column in table["columns"]}
    assert how["reference"] == ("Invoice", "heading")
    assert how["gross"] == ("Amount", "heading")
    assert how["paid"] == ("Transferred", "values")
    assert how["deduction"] == ("Retained", "values")
    assert explain["conventions"]["decimal_comma"] is True


def test_typed_list_without_headings_says_how_lines_were_found() -> None:
    """GIVEN a typed mail listing invoices without any heading
    THEN the explanation says there was no heading line and names each line's text."""
    text = (
        "Hi team,\n\nWe have paid the following invoices today:\n\n"
        "  - 90041122: 4,100.00\n  - 90041187: 380.25\n\n"
        "Total: 4,480.25\n\nKind regards,\nOrchid Logistics Pty Ltd\nAccounts Payable\n"
    )
    explain = explained(text, "mail.txt")

    (table,) = explain["tables"]
    assert (table["kind"], table["header"]) == ("text", None)
    assert table["how"].startswith("no heading line")
    assert [line["row"] for line in explain["lines"]] == [
        "- 90041122: 4,100.00",
        "- 90041187: 380.25",
    ]
    # A short mail: the sign-off is within the top lines, where the reader takes the
    # first company it finds -- the explanation names that rule, not the sign-off one.
    payer = field(explain, "payer")
    assert (payer["line"], payer["how"]) == (11, "letterhead: a company in the top 15 lines")


def how_read(explain: dict[str, Any], name: str) -> tuple[str | None, int | None, str]:
    found = field(explain, name)
    return found["value"], found["line"], found["how"]


PAID_TABLE = "Invoice No.     Amount Paid\nINV-1001        1,200.00\nINV-1002          300.00\n"


def test_payment_date_after_a_bare_date_word_names_that_fallback() -> None:
    """GIVEN "Date 03/17/2026" with no label the reader lists
    THEN the payment date comes from that line, found as a date after "Date"."""
    text = f"Remittance Advice\nHarbour Freight Lines\nDate 03/17/2026\n\n{PAID_TABLE}"
    explain = explained(text, "advice.txt")

    assert how_read(explain, "payment_date") == (
        "2026-03-17",
        3,
        'a date after "Date", not a label the reader lists',
    )
    assert field(explain, "payment_date")["text"] == "Date 03/17/2026"


def test_a_letter_names_its_prose_date_total_and_letterhead() -> None:
    """GIVEN a typed letter: the sender's company on top, a sentence wrapped over two
    lines saying the payment was "made today (27/03/2026)", and "a payment of €8,420.00"
    THEN the date is the prose date on the line that prints it, the total the prose
    amount, the payer the letterhead, the currency the euro sign -- each with its line."""
    text = (
        "Northwind Traders Ltd\n12 Quay Street\n\nDear Sir / Madam,\n\n"
        "Please find below the details of our EFT payment made\n"
        "today (27/03/2026), which settles a payment of €8,420.00 for these invoices:\n\n"
        "Invoice No.     Amount Paid\nSI-4471         5,120.00\nSI-4480         3,300.00\n"
    )
    explain = explained(text, "letter.txt")

    assert how_read(explain, "payment_date") == (
        "2026-03-27",
        7,
        "prose: a sentence saying when it was paid",
    )
    assert how_read(explain, "total") == ("8420.00", 7, 'prose: "payment of" an amount')
    assert how_read(explain, "payer") == (
        "Northwind Traders Ltd",
        1,
        "letterhead: a company in the top 15 lines",
    )
    assert how_read(explain, "currency") == ("EUR", 7, 'the symbol "€"')


def test_payer_under_its_label_says_which_label() -> None:
    """GIVEN "Payer: ..." and "Payment date: ..." THEN both name their label and line."""
    text = (
        "Remittance Advice\nPayer: Coral Coast Resorts Pty Ltd\nPayment date: 06/03/2026\n\n"
        f"{PAID_TABLE}"
    )
    explain = explained(text, "advice.txt")

    assert how_read(explain, "payer") == ("Coral Coast Resorts Pty Ltd", 2, 'label "Payer"')
    assert field(explain, "payer")["text"] == "Payer: Coral Coast Resorts Pty Ltd"
    assert how_read(explain, "payment_date") == ("2026-03-06", 3, 'label "Payment date"')


def test_label_alone_on_its_line_gives_the_value_below() -> None:
    """GIVEN "From:" alone on a line, the payer under it
    THEN the payer's line is the one below the label, and the explanation says so."""
    text = f"Remittance Advice\nFrom:\nCoral Coast Resorts Pty Ltd\n\n{PAID_TABLE}"
    explain = explained(text, "advice.txt")

    assert how_read(explain, "payer") == (
        "Coral Coast Resorts Pty Ltd",
        3,
        'under the label "From"',
    )


def test_sign_off_below_the_top_lines_names_the_sign_off() -> None:
    """GIVEN a mail whose only company is under "Kind regards," past the top lines
    THEN the payer is the company under the sign-off, on its line."""
    invoices = "".join(f"  - 900411{n:02d}: 1{n:02d}.00\n" for n in range(12))
    text = (
        f"Hi team,\n\nWe have paid the following invoices today:\n\n{invoices}\n"
        "Kind regards,\nOrchid Logistics Pty Ltd\n"
    )
    explain = explained(text, "mail.txt")

    assert how_read(explain, "payer") == (
        "Orchid Logistics Pty Ltd",
        19,
        "the company under the sign-off",
    )


def test_fields_repeated_down_an_export_name_their_column() -> None:
    """GIVEN a flat CSV export repeating payer, payment number, date and currency
    THEN each field names its column and the first row that holds it (line 2)."""
    csv_text = (
        "Payer,Payment No,Payment Date,Currency,Invoice Number,Amount Paid\n"
        "Coral Coast Resorts Pty Ltd,PMT-0098812,2026-03-06,AUD,INV-04015,819.10\n"
        "Coral Coast Resorts Pty Ltd,PMT-0098812,2026-03-06,AUD,INV-04026,1135.17\n"
    )
    explain = explained(csv_text, "export.csv")

    assert how_read(explain, "payment_reference") == (
        "PMT-0098812",
        2,
        'export column "Payment No", the same on every row',
    )
    assert field(explain, "payment_reference")["text"].startswith(
        "Coral Coast Resorts Pty Ltd   PMT-0098812"
    )
    assert how_read(explain, "payment_date")[2] == (
        'export column "Payment Date", the same on every row'
    )
    assert how_read(explain, "currency") == (
        "AUD",
        2,
        'export column "Currency", the same on every row',
    )


def test_without_explain_no_field_is_noted() -> None:
    """GIVEN no recording THEN the hooks have nowhere to write and return at once."""
    from inbox_agent.documents.field_notes import FieldNote, listening, noted

    kept: list[FieldNote] = []
    noted("payer", ("Acme Ltd", 0, "letterhead"), ["Acme Ltd"])
    with listening(kept.append):
        noted("payer", ("Acme Ltd", 0, "letterhead"), ["Acme Ltd"])
    noted("payer", ("Acme Ltd", 0, "letterhead"), ["Acme Ltd"])
    assert kept == [FieldNote("payer", "Acme Ltd", 1, "Acme Ltd", "letterhead")]


def test_unread_heading_is_listed() -> None:
    """GIVEN a money column under a heading that names a role already taken
    THEN the explanation lists it as not read, so the admin sees what to name."""
    markup = (
        "<p>Zahlungsavis</p><table>"
        "<tr><th>Rechnungsnr.</th><th>Zahlbetrag</th><th>Überweisung</th></tr>"
        "<tr><td>RE-2026-501</td><td>1.000,00</td><td>980,00</td></tr></table>"
    )
    explain = explained(markup, "advice.html")

    (table,) = explain["tables"]
    assert columns(table)["paid"] == "Zahlbetrag"
    (unread,) = [c for c in table["columns"] if c["field"] == "not read"]
    assert unread["heading"] == "Überweisung"


def test_cli_prints_the_explanation_for_people(tmp_path: Path) -> None:
    """GIVEN an unruled German PDF WHEN `extract --explain` runs without --json
    THEN the text names the conventions, the heading line, each column and each row."""
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
    pdf = draw_pdf(tmp_path / "de.pdf", rows)

    result = CliRunner().invoke(cli(), ["extract", str(pdf), "--explain"])

    assert result.exit_code == 0, result.output
    out = result.stdout
    assert "read by pdf_text as text; template: none" in out
    assert "numbers: decimal comma" in out
    assert 'heading line 5: "Rechnungsnr. Datum Brutto Skonto Zahlbetrag"' in out
    for mapping in ('reference <- "Rechnungsnr."', 'gross <- "Brutto"', 'discount <- "Skonto"',
                    'paid <- "Zahlbetrag"', 'date <- "Datum"'):  # fmt: skip
        assert f"{mapping} (by heading)" in out
    assert '980.00  <- "RE-40017 02.03.2026 1.000,00 20,00 980,00"' in out
    assert 'payment_date = 2026-03-31  <- line 4 "Valuta: 31.03.2026" (label "Valuta")' in out
    assert 'total = 1234.50  <- line 3 "Gesamtbetrag: 1.234,50 EUR" (label "Gesamtbetrag")' in out


def run_checker(stdout: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(CHECKER), "extract"],
        input=stdout,
        capture_output=True,
        text=True,
        check=False,
    )


def test_plain_json_is_unchanged_and_explain_json_still_passes_the_checker(tmp_path: Path) -> None:
    """GIVEN a readable and an unreadable file
    WHEN `extract --json` runs THEN the lines are exactly extract_file's contract objects,
    with no "explain", and pass the contract checker;
    WHEN `extract --json --explain` runs THEN the same objects carry an "explain" object
    and still pass it."""
    sheet = preamble_workbook(tmp_path / "advice.xlsx")
    bad = tmp_path / "bad.pdf"
    bad.write_bytes(b"garbage")

    plain = CliRunner().invoke(cli(), ["extract", str(sheet), str(bad), "--json"])
    explaining = CliRunner().invoke(cli(), ["extract", str(sheet), str(bad), "--json", "--explain"])

    assert plain.exit_code == explaining.exit_code == 0, plain.output + explaining.output
    plain_objects = [json.loads(line) for line in plain.stdout.splitlines()]
    assert plain_objects == extract_file(sheet) + extract_file(bad)
    assert all("explain" not in obj for obj in plain_objects)
    assert run_checker(plain.stdout).returncode == 0
    explained_objects = [json.loads(line) for line in explaining.stdout.splitlines()]
    assert [{k: v for k, v in o.items() if k != "explain"} for o in explained_objects] == (
        plain_objects
    )
    assert "explain" in explained_objects[0] and "explain" not in explained_objects[1]
    checked = run_checker(explaining.stdout)
    assert checked.returncode == 0, checked.stdout


def test_explanations_of_mail_parts_go_to_their_part(tmp_path: Path) -> None:
    """GIVEN a message with an advice attached THEN its object's explanation names the
    reader of the attachment, not of the message."""
    from email.message import EmailMessage

    message = EmailMessage()
    message["Subject"] = "Remittance advice"
    message.set_content("Please find our remittance advice attached.")
    message.add_attachment(
        VOUCHER_MAIL.encode(), maintype="text", subtype="plain", filename="advice.txt"
    )
    path = tmp_path / "m.eml"
    path.write_bytes(message.as_bytes())

    (obj,) = extract_file(path, explain=True)
    assert obj["source"].endswith("#advice.txt")
    assert obj["explain"]["reader"] == "text"
    assert len(obj["explain"]["lines"]) == 3
