"""Reading remittance advices: golden pairs, every format, every failure, and the CLI."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from datetime import date
from decimal import Decimal
from email.message import EmailMessage
from pathlib import Path
from typing import Any

import pandas as pd
import pytest
import typer
from jsonschema import Draft202012Validator
from reportlab.pdfgen import canvas
from typer.testing import CliRunner

from inbox_agent.cli.extract_cmd import register
from inbox_agent.demo.pdfgen import make_remittance_pdf
from inbox_agent.documents import registry
from inbox_agent.documents.base import DocumentReader
from inbox_agent.documents.lines import classify_reference, column_map, lines_from_text
from inbox_agent.documents.registry import READERS, extract_file
from inbox_agent.documents.values import Conventions, parse_amount, parse_date
from matchers.types import ReferenceKind

try:  # tests/ is a package when tests/__init__.py exists, else pytest puts it on sys.path
    from tests.pdfs import GOLDEN, GOLDEN_DIR, make_golden_pdf
except ModuleNotFoundError:
    from pdfs import GOLDEN, GOLDEN_DIR, make_golden_pdf  # type: ignore[no-redef,import-not-found,unused-ignore]

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "shared" / "contract"))
from schemas import SCHEMAS  # type: ignore[import-not-found]

SHARED_DATA = Path(__file__).resolve().parents[2] / "shared" / "data"
EXTRACT_SCHEMA = Draft202012Validator(SCHEMAS["extract"])

ACME_LINES = [
    ("INV-00123", date(2026, 1, 31), "5000.00", "50.00", "4950.00"),
    ("INV-00124", date(2026, 2, 3), "5500.00", "0.00", "5500.00"),
]


def assert_contract(objects: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Every object must pass the contract's JSON Schema; returns them for chaining."""
    assert objects, "extract must give at least one object per input"
    for obj in objects:
        errors = [e.message for e in EXTRACT_SCHEMA.iter_errors(obj)]
        assert not errors, (obj, errors)
    return objects


def extract_one(path: Path) -> dict[str, Any]:
    objects = assert_contract(extract_file(path))
    assert len(objects) == 1, objects
    return objects[0]


def acme_pdf(path: Path, **overrides: Any) -> Path:
    args: dict[str, Any] = {
        "payer": "Acme Pty Ltd", "payment_date": date(2026, 3, 14), "reference": "EFT 88123",
        "currency": "AUD", "lines": ACME_LINES,
    }  # fmt: skip
    args.update(overrides)
    return make_remittance_pdf(path, **args)


# --- golden pairs ---------------------------------------------------------------------


@pytest.mark.parametrize("name", sorted(GOLDEN))
def test_golden_pair(name: str) -> None:
    """GIVEN a committed PDF WHEN extracted THEN the output equals the JSON beside it."""
    pdf = GOLDEN_DIR / f"{name}.pdf"
    expected = json.loads((GOLDEN_DIR / f"{name}.json").read_text(encoding="utf-8"))
    got = [dict(obj, source=pdf.name) for obj in assert_contract(extract_file(pdf))]
    assert got == expected


@pytest.mark.parametrize("name", sorted(GOLDEN))
def test_golden_generator_still_draws_the_same_advice(name: str, tmp_path: Path) -> None:
    """GIVEN the generator WHEN it redraws a golden case THEN extraction gives the golden JSON.

    Guards the demo: if pdfgen changes its layout, the committed pairs must be regenerated.
    """
    pdf = make_golden_pdf(name, tmp_path / f"{name}.pdf")
    expected = json.loads((GOLDEN_DIR / f"{name}.json").read_text(encoding="utf-8"))
    assert [dict(obj, source=pdf.name) for obj in extract_file(pdf)] == expected


# --- layouts --------------------------------------------------------------------------


def test_table_layout(tmp_path: Path) -> None:
    """GIVEN a ruled table WHEN extracted THEN columns are mapped by their headings."""
    obj = extract_one(acme_pdf(tmp_path / "a.pdf"))
    assert obj["ok"] and obj["method"] == "table"
    assert obj["payer"]["name"] == "Acme Pty Ltd"
    assert (obj["payment_date"], obj["payment_reference"]) == ("2026-03-14", "EFT 88123")
    assert (obj["currency"], obj["total"]) == ("AUD", "10450.00")
    first = obj["lines"][0]
    assert first == {
        "invoice_ref": "INV-00123", "invoice_date": "2026-01-31", "gross_amount": "5000.00",
        "discount": "50.00", "deduction": "0.00", "paid_amount": "4950.00",
        "reference_kind": "invoice",
    }  # fmt: skip
    assert obj["warnings"] == []


def test_text_layout_falls_back_to_lines(tmp_path: Path) -> None:
    """GIVEN columns without rules (no table for pdfplumber) THEN lines are read from text."""
    obj = extract_one(acme_pdf(tmp_path / "a.pdf", layout="text"))
    assert obj["method"] == "text"
    assert [line["paid_amount"] for line in obj["lines"]] == ["4950.00", "5500.00"]
    assert obj["lines"][0]["discount"] == "50.00"


def test_german_amounts_and_dates(tmp_path: Path) -> None:
    """GIVEN a German advice (1.234,50; 31.01.2026; trailing minus) THEN values are exact."""
    lines = [("RE-1", date(2026, 1, 31), "1234.50", "24.69", "1209.81"),
             ("GS-9", date(2026, 2, 2), "-100.00", "0", "-100.00")]  # fmt: skip
    pdf = acme_pdf(tmp_path / "de.pdf", lines=lines, language="de", currency="EUR",
                   payer="Bayern Handel GmbH")  # fmt: skip
    obj = extract_one(pdf)
    assert obj["currency"] == "EUR" and obj["total"] == "1109.81"
    assert obj["lines"][0]["gross_amount"] == "1234.50"
    assert obj["lines"][0]["invoice_date"] == "2026-01-31"
    assert obj["lines"][1]["paid_amount"] == "-100.00"
    assert obj["lines"][1]["reference_kind"] == "credit_note"


@pytest.mark.parametrize("layout", ["table", "text"])
def test_credit_note_line_is_negative(tmp_path: Path, layout: str) -> None:
    """GIVEN a CN- line printed as (120.00) THEN it is a credit note with negative paid."""
    lines = [*ACME_LINES, ("CN-0042", date(2026, 2, 10), "-120.00", "0.00", "-120.00")]
    obj = extract_one(acme_pdf(tmp_path / "cn.pdf", lines=lines, layout=layout))
    credit = obj["lines"][-1]
    assert credit["reference_kind"] == "credit_note"
    assert credit["paid_amount"] == "-120.00" and credit["gross_amount"] == "-120.00"
    assert obj["total"] == "10330.00" and obj["warnings"] == []


def test_total_mismatch_is_a_warning_not_a_correction(tmp_path: Path) -> None:
    """GIVEN a stated total the lines do not add up to THEN both stand and a warning says so."""
    obj = extract_one(acme_pdf(tmp_path / "t.pdf", total="10000.00"))
    assert obj["total"] == "10000.00"
    assert any("10450.00" in w and "10000.00" in w for w in obj["warnings"])


def test_short_payment_on_a_line_is_a_warning(tmp_path: Path) -> None:
    """GIVEN paid below gross less discount THEN the line is kept and flagged."""
    lines = [("INV-7", date(2026, 1, 2), "100.00", "0.00", "60.00")]
    obj = extract_one(acme_pdf(tmp_path / "s.pdf", lines=lines))
    assert obj["lines"][0]["paid_amount"] == "60.00"
    assert any(w.startswith("INV-7:") for w in obj["warnings"])


# --- failures -------------------------------------------------------------------------


def _need_qpdf() -> None:
    """qpdf makes the real encrypted PDFs; ./run installs it, so its absence is a failure."""
    assert shutil.which("qpdf"), "Debian's qpdf is missing: run ./run setup"


def test_encrypted_pdf(tmp_path: Path) -> None:
    """GIVEN a PDF that needs a password (made by qpdf) THEN ok:false with code encrypted."""
    _need_qpdf()
    plain = acme_pdf(tmp_path / "plain.pdf")
    locked = tmp_path / "locked.pdf"
    subprocess.run(["qpdf", "--encrypt", "secret", "owner", "256", "--", str(plain),
                    str(locked)], check=True)  # fmt: skip
    obj = extract_one(locked)
    assert obj["ok"] is False and obj["error"]["code"] == "encrypted"
    assert "password" in obj["error"]["message"]


def test_owner_password_only_pdf_is_read(tmp_path: Path) -> None:
    """GIVEN a PDF encrypted with an empty user password THEN it opens and is read."""
    _need_qpdf()
    plain = acme_pdf(tmp_path / "plain.pdf")
    restricted = tmp_path / "restricted.pdf"
    subprocess.run(["qpdf", "--encrypt", "", "owner", "256", "--", str(plain),
                    str(restricted)], check=True)  # fmt: skip
    assert extract_one(restricted)["ok"] is True


@pytest.mark.parametrize(
    "content",
    [b"this is not a pdf at all", b"%PDF-1.4\n%broken in transit\n", b"\x00\xff" * 500],
)
def test_corrupt_pdf(tmp_path: Path, content: bytes) -> None:
    """GIVEN garbage or a truncated PDF THEN ok:false with code corrupt, never a crash."""
    path = tmp_path / "bad.pdf"
    path.write_bytes(content)
    assert extract_one(path)["error"]["code"] == "corrupt"


def test_truncated_real_pdf_is_corrupt(tmp_path: Path) -> None:
    """GIVEN a real advice cut in half in transit THEN corrupt."""
    data = acme_pdf(tmp_path / "a.pdf").read_bytes()
    cut = tmp_path / "cut.pdf"
    cut.write_bytes(data[: len(data) // 2])
    assert extract_one(cut)["error"]["code"] in {"corrupt", "no_remittance"}


def test_scanned_pdf_without_text_says_what_ocr_found(tmp_path: Path) -> None:
    """GIVEN a PDF without a text layer THEN no_remittance with a message about OCR."""
    path = tmp_path / "scan.pdf"
    page = canvas.Canvas(str(path), invariant=1)
    page.rect(50, 50, 400, 600, fill=1)
    page.save()
    error = extract_one(path)["error"]
    assert error["code"] == "no_remittance" and "OCR" in error["message"]


def test_unsupported_extension(tmp_path: Path) -> None:
    """GIVEN a .docx THEN ok:false unsupported, with the formats that are read."""
    path = tmp_path / "advice.docx"
    path.write_bytes(b"PK\x03\x04 whatever")
    error = extract_one(path)["error"]
    assert error["code"] == "unsupported" and "PDF" in error["message"]


def test_too_large(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """GIVEN a file over the size limit THEN too_large without reading it."""
    monkeypatch.setattr(registry, "MAX_BYTES", 1000)
    path = acme_pdf(tmp_path / "big.pdf")
    assert extract_one(path)["error"]["code"] == "too_large"


def test_missing_file_is_an_os_error(tmp_path: Path) -> None:
    """A file that is not there is the caller's problem, not a contract error object."""
    with pytest.raises(OSError):
        extract_file(tmp_path / "nope.pdf")


# --- other formats --------------------------------------------------------------------


def _mail_with(tmp_path: Path, *, body: str, html: str | None = None,
               attachments: tuple[tuple[str, bytes, str], ...] = ()) -> Path:  # fmt: skip
    msg = EmailMessage()
    msg["From"] = "ap@acme.example.com.au"
    msg["To"] = "ar@example.com"
    msg["Subject"] = "Remittance advice"
    msg.set_content(body)
    if html is not None:
        msg.add_alternative(html, subtype="html")
    for filename, data, subtype in attachments:
        msg.add_attachment(data, maintype="application", subtype=subtype, filename=filename)
    path = tmp_path / "m.eml"
    path.write_bytes(msg.as_bytes())
    return path


def test_eml_with_pdf_attachment(tmp_path: Path) -> None:
    """GIVEN a mail with a greeting and an advice PDF THEN one object, source FILE#PART."""
    pdf = acme_pdf(tmp_path / "EFT-88123.pdf").read_bytes()
    path = _mail_with(tmp_path, body="Please find our remittance attached.\n",
                      attachments=(("EFT-88123.pdf", pdf, "pdf"),))  # fmt: skip
    obj = extract_one(path)
    assert obj["source"] == f"{path}#EFT-88123.pdf"
    assert obj["total"] == "10450.00"


def test_eml_html_and_text_alternatives_give_one_remittance(tmp_path: Path) -> None:
    """GIVEN the same advice as HTML and plain text THEN it is reported once, from the table."""
    html = (
        "<p>Payment advice from Initech Ltd</p><p>Payment reference: BACS 99812</p>"
        "<table><tr><th>Your reference</th><th>Date</th><th>Amount</th></tr>"
        "<tr><td>INV-9001</td><td>2026-02-01</td><td>£1,500.00</td></tr></table>"
    )
    text = (
        "Payment advice from Initech Ltd\nPayment reference: BACS 99812\n"
        "INV-9001 2026-02-01 £1,500.00\n"
    )
    obj = extract_one(_mail_with(tmp_path, body=text, html=html))
    assert obj["source"].endswith(".html") and obj["method"] == "table"
    assert obj["payer"]["name"] == "Initech Ltd" and obj["currency"] == "GBP"
    assert obj["lines"][0]["paid_amount"] == "1500.00"


def test_eml_with_encrypted_attachment_reports_the_part(tmp_path: Path) -> None:
    """GIVEN a mail whose only attachment is broken THEN the error names the part."""
    path = _mail_with(tmp_path, body="Remittance attached\n",
                      attachments=(("a.pdf", b"%PDF-1.4\n%cut", "pdf"),))  # fmt: skip
    obj = extract_one(path)
    assert obj["source"].endswith("#a.pdf") and obj["error"]["code"] == "corrupt"


def test_eml_without_remittance(tmp_path: Path) -> None:
    """GIVEN an ordinary mail THEN one no_remittance object for the whole message."""
    obj = extract_one(_mail_with(tmp_path, body="Are you coming to the conference?\n"))
    assert obj["source"] == str(tmp_path / "m.eml")
    assert obj["error"]["code"] == "no_remittance"


def test_plain_text_advice(tmp_path: Path) -> None:
    """GIVEN a fixed-width text advice in USD THEN month-first dates and a credit memo."""
    path = tmp_path / "a.txt"
    path.write_text(
        "Globex Corporation\nREMITTANCE ADVICE\n"
        "Payment date: March 4, 2026      Cheque no: 004512\n\n"
        "INV-5001   02/01/2026   USD 1,000.00\nINV-5002   02/13/2026   USD   250.00\n"
        "Credit memo 7781            USD (50.00)\n\nTotal: USD 1,200.00\n",
        encoding="utf-8",
    )
    obj = extract_one(path)
    assert (obj["payer"]["name"], obj["payment_reference"]) == ("Globex Corporation", "004512")
    assert obj["payment_date"] == "2026-03-04" and obj["currency"] == "USD"
    assert [line["invoice_date"] for line in obj["lines"][:2]] == ["2026-02-01", "2026-02-13"]
    assert obj["lines"][2]["reference_kind"] == "credit_note"
    assert obj["lines"][2]["paid_amount"] == "-50.00" and obj["warnings"] == []


def test_csv_with_preamble_and_semicolons(tmp_path: Path) -> None:
    """GIVEN a German CSV export with a preamble THEN the header row is found below it."""
    path = tmp_path / "a.csv"
    path.write_text(
        "Payer;Bayern Handel GmbH\nZahlungsdatum;14.03.2026\n"
        "Belegnummer;Rechnungsdatum;Bruttobetrag;Skonto;Zahlbetrag\n"
        "RE-1001;31.01.2026;1.234,50;24,69;1.209,81\nSumme;;;;1.209,81\n",
        encoding="utf-8",
    )
    obj = extract_one(path)
    assert obj["payer"]["name"] == "Bayern Handel GmbH" and obj["payment_date"] == "2026-03-14"
    assert len(obj["lines"]) == 1 and obj["lines"][0]["paid_amount"] == "1209.81"


def test_xlsx(tmp_path: Path) -> None:
    """GIVEN a workbook with numeric cells THEN numbers are exact and dates are read."""
    path = tmp_path / "a.xlsx"
    frame = pd.DataFrame({
        "Invoice #": ["INV-1", "PO 4500012345"],
        "Invoice Date": [pd.Timestamp("2026-01-05"), pd.Timestamp("2026-01-06")],
        "Amount Paid": [1234.5, 10],
    })  # fmt: skip
    frame.to_excel(path, index=False)
    obj = extract_one(path)
    assert [line["paid_amount"] for line in obj["lines"]] == ["1234.50", "10.00"]
    assert obj["lines"][0]["invoice_date"] == "2026-01-05"
    assert obj["lines"][1]["reference_kind"] == "po"


def test_html_file(tmp_path: Path) -> None:
    """GIVEN a saved HTML advice THEN its table is read like a PDF table."""
    path = tmp_path / "a.html"
    path.write_text(
        "<html><body><p>Dear Supplier,</p><p>Remittance from Initech Ltd</p>"
        "<table border=1><tr><th>Invoice No.</th><th>Gross</th><th>Net paid</th></tr>"
        "<tr><td>INV-1</td><td>€ 100,00</td><td>€ 98,00</td></tr></table></body></html>",
        encoding="utf-8",
    )
    obj = extract_one(path)
    assert obj["payer"]["name"] == "Initech Ltd" and obj["currency"] == "EUR"
    assert obj["lines"][0]["gross_amount"] == "100.00"
    assert obj["lines"][0]["paid_amount"] == "98.00"


# --- the pieces -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "decimal_comma", "expected"),
    [
        ("1,234.50", False, "1234.50"), ("1.234,50", True, "1234.50"),
        ("1.234,50", False, "1234.50"), ("(50.00)", False, "-50.00"),
        ("50.00-", False, "-50.00"), ("50,00-", True, "-50.00"), ("50.00 CR", False, "-50.00"),
        ("AUD 5,000.00", False, "5000.00"), ("€ 1.234,50", True, "1234.50"),
        ("$1,234", False, "1234"), ("1.234", True, "1234"), ("1'234.50", False, "1234.50"),
        ("0", False, "0"), ("- 5.00", False, "-5.00"),
    ],
)  # fmt: skip
def test_parse_amount(text: str, decimal_comma: bool, expected: str) -> None:
    assert parse_amount(text, decimal_comma=decimal_comma) == Decimal(expected)


@pytest.mark.parametrize("text", ["", "abc", "INV-001", "1,23,4", "12.34.5"])
def test_parse_amount_refuses_non_amounts(text: str) -> None:
    assert parse_amount(text) is None


@pytest.mark.parametrize(
    ("text", "dayfirst", "expected"),
    [
        ("2026-03-04", True, date(2026, 3, 4)),  # dateutil would swap this with dayfirst
        ("03/04/2026", True, date(2026, 4, 3)), ("03/04/2026", False, date(2026, 3, 4)),
        ("31.01.2026", True, date(2026, 1, 31)), ("7. Mai 2014", True, date(2014, 5, 7)),
        ("14 mars 2026", True, date(2026, 3, 14)), ("August 3, 2014", False, date(2014, 8, 3)),
        ("20th March 2026", True, date(2026, 3, 20)),
        ("March 20th, 2026", False, date(2026, 3, 20)),
        ("18 Mac 2026", True, date(2026, 3, 18)), ("5 de marzo de 2026", True, date(2026, 3, 5)),
        ("19 września 2026", True, date(2026, 9, 19)), ("3 março 2026", True, date(2026, 3, 3)),
        ("14 dic 2026", True, date(2026, 12, 14)), ("7 mei 2026", True, date(2026, 5, 7)),
        ("2026.03.30", True, date(2026, 3, 30)), ("2026/03/30", False, date(2026, 3, 30)),
    ],
)  # fmt: skip
def test_parse_date(text: str, dayfirst: bool, expected: date) -> None:
    assert parse_date(text, dayfirst=dayfirst) == expected


@pytest.mark.parametrize("text", ["", "03/14", "INV-001", "12"])
def test_parse_date_refuses_partial_dates(text: str) -> None:
    assert parse_date(text) is None


@pytest.mark.parametrize(
    ("ref", "kwargs", "expected"),
    [
        ("INV-1", {}, ReferenceKind.INVOICE), ("CN-0042", {}, ReferenceKind.CREDIT_NOTE),
        ("7781", {"context": "Credit memo 7781"}, ReferenceKind.CREDIT_NOTE),
        ("123", {"negative": True}, ReferenceKind.CREDIT_NOTE),
        ("PO-4500012345", {}, ReferenceKind.PO), ("Freight", {}, ReferenceKind.UNKNOWN),
        ("4711", {"doc_type": "Gutschrift"}, ReferenceKind.CREDIT_NOTE),
    ],
)  # fmt: skip
def test_classify_reference(ref: str, kwargs: dict[str, Any], expected: ReferenceKind) -> None:
    assert classify_reference(ref, **kwargs) is expected


def test_header_synonyms_map_columns_by_meaning() -> None:
    """'Amount' is the paid column unless another column says paid; then it is gross."""
    only_amount = column_map(["Inv #", "Date", "Amount"])
    assert only_amount is not None and only_amount.paid == 2 and only_amount.gross is None
    both = column_map(["Numéro de facture", "Montant", "Remise", "Montant payé"])
    assert both is not None and (both.gross, both.discount, both.paid) == (1, 2, 3)
    assert column_map(["Description", "Qty", "Amount"]) is None  # no reference: not ours


def test_text_heading_line_orders_the_amounts() -> None:
    """GIVEN a heading line in an unusual order THEN amounts follow it, not the count rule."""
    text = ["Remittance advice", "Invoice    Amount Paid    Discount", "INV-1    95.00    5.00"]
    (line,) = lines_from_text(text, Conventions())
    assert (line.paid_amount, line.discount) == (Decimal("95.00"), Decimal("5.00"))
    (guessed,) = lines_from_text(["INV-1    95.00    5.00"], Conventions())
    assert (guessed.gross_amount, guessed.paid_amount) == (Decimal("95.00"), Decimal("5.00"))


def test_every_reader_fulfils_the_protocol() -> None:
    for name, reader in READERS.items():
        assert isinstance(reader, DocumentReader)
        assert reader.name == name


# --- real-world files -----------------------------------------------------------------


@pytest.mark.parametrize(
    "path", sorted((SHARED_DATA / "invoices_pdf").glob("*.pdf")), ids=lambda p: p.name
)
def test_real_invoices_are_not_mistaken_for_remittances(path: Path) -> None:
    """GIVEN vendor invoices THEN contract-valid output: lines found, or no_remittance."""
    for obj in assert_contract(extract_file(path)):
        assert (obj["ok"] and obj["lines"]) or obj["error"]["code"] == "no_remittance"


@pytest.mark.parametrize(
    "path", sorted((SHARED_DATA / "email").glob("*.eml")), ids=lambda p: p.name
)
def test_real_world_mime_edge_cases_never_crash(path: Path) -> None:
    """GIVEN odd MIME (nested, forwarded, non-ASCII names, broken PDFs) THEN valid output."""
    for obj in assert_contract(extract_file(path)):
        assert obj["source"].startswith(str(path))


# --- the command ----------------------------------------------------------------------


@pytest.fixture
def cli() -> typer.Typer:
    """A fresh app with only ``extract`` (the main app imports commands still in progress)."""
    app = typer.Typer()

    @app.callback()
    def main() -> None:
        """Keep ``extract`` a subcommand, as in the real app."""

    register(app)
    return app


def test_cli_json_lines_and_exit_0(cli: typer.Typer, tmp_path: Path) -> None:
    """GIVEN a good and a corrupt file THEN two JSON lines and exit 0 (both handled)."""
    bad = tmp_path / "bad.pdf"
    bad.write_bytes(b"garbage")
    result = CliRunner().invoke(cli, ["extract", str(acme_pdf(tmp_path / "a.pdf")), str(bad),
                                      "--json"])  # fmt: skip
    assert result.exit_code == 0, result.output
    objects = [json.loads(line) for line in result.stdout.splitlines()]
    assert [obj["ok"] for obj in assert_contract(objects)] == [True, False]


def test_cli_human_table(cli: typer.Typer, tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["extract", str(acme_pdf(tmp_path / "a.pdf"))])
    assert result.exit_code == 0
    assert "Acme Pty Ltd" in result.stdout and "INV-00123" in result.stdout


def test_cli_missing_file_exits_1(cli: typer.Typer, tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["extract", str(tmp_path / "nope.pdf"), "--json"])
    assert result.exit_code == 1
    assert result.stdout == ""


def test_cli_usage_error_exits_2(cli: typer.Typer) -> None:
    assert CliRunner().invoke(cli, ["extract"]).exit_code == 2
    assert CliRunner().invoke(cli, ["extract", "x.pdf", "--bogus"]).exit_code == 2


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Acme Pty Ltd\nDate 03/17/2026\nInvoice Date Amount\n", date(2026, 3, 17)),
        ("To   Posting Date 11.03.2026\n", date(2026, 3, 11)),
        ("Red Gum Supplies Pty Ltd   Datum:   19.03.2026\n", date(2026, 3, 19)),
        ("Kepada:   Tarikh   18 Mac 2026\n", date(2026, 3, 18)),
        ("Transaction Date / Time 16/03/2026 10:42:17\n", date(2026, 3, 16)),
        ("4 March 2026\nOn 3 March 2026 we transferred AUD 9,342.10 to your account\n",
         date(2026, 3, 3)),
        ("a payment of AUD 2,475.00 was made to your account (BSB 124-001)\n"
         "on 26 March 2026 for invoice IPS-209347 dated 12 February 2026\n", date(2026, 3, 26)),
        ("details of our EFT payment made today (27/03/2026) totalling AUD 9,876.50.\n",
         date(2026, 3, 27)),
        ("Tui Bay Seafoods Limited\nAuckland Branch 20th March 2026\nDear team,\n",
         date(2026, 3, 20)),
    ],
)  # fmt: skip
def test_payment_date_without_a_known_label(text: str, expected: date) -> None:
    """A date after the bare word "date", prose saying when the money went, and last the
    letter's own date are the payment date when no label names it."""
    from inbox_agent.documents.header import read_header

    assert read_header(text, Conventions(dayfirst=True)).payment_date == expected


@pytest.mark.parametrize(
    "text",
    [
        "Invoice Date 03/02/2026\n",
        "We have paid invoice INV-1 dated 02/02/2026.\n",
        "Due date: 30.04.2026\n",
        "Payment advice\nINV-1   02/02/2026   100.00\n",
    ],
)
def test_invoice_and_due_dates_are_never_the_payment_date(text: str) -> None:
    from inbox_agent.documents.header import read_header

    assert read_header(text, Conventions(dayfirst=True)).payment_date is None


@pytest.mark.parametrize(
    ("printed", "expected"),
    [
        ("Account name Blue Gum Timber Mills Pty Ltd", "Blue Gum Timber Mills Pty Ltd"),
        ("Treasury | Manila Harbour Foods Corp.", "Manila Harbour Foods Corp."),
        ("Brightwater Cosmetics Pty Ltd · 5/62 Hindmarsh Square", "Brightwater Cosmetics Pty Ltd"),
        ("Wiener Labortechnik GmbH Leopoldauer Straße 112 1210 Wien", "Wiener Labortechnik GmbH"),
        ("Harbour City Hospitality Group Pty Limited Powered by Coupa",
         "Harbour City Hospitality Group Pty Limited"),
        ("Rheinland Getränke Logistik GmbH & Co. KG Hafenstraße 4",
         "Rheinland Getränke Logistik GmbH & Co. KG"),
        ("Company Lion City Provisions Pte. Ltd. Payment doc. 1500004412",
         "Lion City Provisions Pte. Ltd."),
        ("direct credit to your nominated account.", None),
        ("88 Murray Street, Gawler SA", None),
        ("Company No. 199801004412 (458812-T)", None),
        ("Customer", None),
        ("BETALINGSSPESIFIKASJON   Fjellheim Energi AS", "Fjellheim Energi AS"),
        ("Construtora Serra Azul Ltda. (31) 3555-0184", "Construtora Serra Azul Ltda."),
        ("Wisłostal Sp. z o.o. ul. Portowa 18", "Wisłostal Sp. z o.o."),
    ],
)  # fmt: skip
def test_the_payers_name_is_cut_out_of_its_line(printed: str, expected: str | None) -> None:
    """What follows a company's legal suffix (address, bank, footer) and a label or a
    department before it are not its name; a payment method or an address is no name."""
    from inbox_agent.documents.payer_name import company_name

    assert company_name(printed) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("R04573      Pilbara Iron Services Pty Ltd        Page -      1\n",
         "Pilbara Iron Services Pty Ltd"),
        ("Torrens Health Network REMITTANCE ADVICE\nPayment Date 24-Mar-2026\n",
         "Torrens Health Network"),
        ("REMITTANCE ADVICE\n\nYorke Peninsula Council has made an electronic payment to your"
         " nominated account.\n", "Yorke Peninsula Council"),
        ("Hi team,\nForwarding the remittance below - our system sent it on.\n", None),
    ],
)  # fmt: skip
def test_payer_from_the_letterhead_and_the_first_sentence(text: str, expected: str | None) -> None:
    from inbox_agent.documents.header import read_header

    assert read_header(text, Conventions()).payer == expected


def test_html_label_and_value_printed_against_each_other_stay_apart() -> None:
    """GIVEN a portal page laying out <span>Payer</span><span>Acme</span> in a CSS grid
    THEN the label and its value are read apart, and the payer is the value."""
    from inbox_agent.documents.header import read_header
    from inbox_agent.documents.html import html_text_and_grids

    markup = (
        '<div class="card"><span class="k">Payer</span><span>Darwin Tropical Institute</span>'
        '<span class="k">Payment date</span><span>2026-03-18</span></div>'
        "<p>Pay <b>INV</b>-1</p>"
    )
    text, _ = html_text_and_grids(markup)
    header = read_header(text, Conventions())
    assert header.payer == "Darwin Tropical Institute"
    assert header.payment_date == date(2026, 3, 18)
    assert "Pay INV-1" in text


@pytest.mark.parametrize(
    ("after_label", "expected"),
    [
        ("Pembayaran : DN2603190045112", "DN2603190045112"),
        ("for this payment is RCP-0320-114.", "RCP-0320-114"),
        ("No. IBG260316004188", "IBG260316004188"),
        ("PR-2026-0312 Vendor: V10422 RED GUM LABORATORY", "PR-2026-0312"),
        ("EFT 002318", "EFT 002318"),
        ("FAST transfer to OCBC A/C 601-234567-001", None),
        ("2026-03-19", None),
        ("Dingo Flat Builders Pty Ltd", None),
    ],
)
def test_payment_reference_is_cut_out_of_what_follows_its_label(
    after_label: str, expected: str | None
) -> None:
    """The rest of a run-on label, prose and a following label are no part of the
    reference; a bank account, a date or a company is no reference at all."""
    from inbox_agent.documents.header import payment_reference

    assert payment_reference(after_label) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Check # ACH-40187\n", "ACH-40187"),
        ("GIRO Reference GIRO-260311-044\n", "GIRO-260311-044"),
        ("Zahlungsnummer: 2000018734\n", "2000018734"),
        ("Bank Ref. No.: HX-TT-20260312-0087\n", "HX-TT-20260312-0087"),
        ("Receipt number NPP2603180042177\n", "NPP2603180042177"),
        ("Payment Run No. 0311 Payment Date 11-Mar-2026\n", "0311"),
        ("Coorong Minerals Limited, Level 9 Payment document 1500004127\n", "1500004127"),
    ],
)
def test_payment_reference_labels_of_banks_and_erps(text: str, expected: str) -> None:
    from inbox_agent.documents.header import read_header

    assert read_header(text, Conventions()).payment_reference == expected


def test_header_fields_repeated_on_every_row_of_a_flat_export() -> None:
    """GIVEN a CSV export with the payer, payment number, date and currency on every row
    and no header block THEN those columns give the header fields."""
    from inbox_agent.documents.registry import extract_bytes

    csv_text = (
        "Payer,Payment No,Payment Date,Currency,Invoice Number,Amount Paid\n"
        "Coral Coast Resorts Pty Ltd,PMT-0098812,2026-03-06,AUD,INV-04015,819.10\n"
        "Coral Coast Resorts Pty Ltd,PMT-0098812,2026-03-06,AUD,INV-04026,1135.17\n"
    )
    (obj,) = extract_bytes(csv_text.encode(), "export.csv")
    assert obj["payer"]["name"] == "Coral Coast Resorts Pty Ltd"
    assert obj["payment_reference"] == "PMT-0098812"
    assert obj["payment_date"] == "2026-03-06"
    assert obj["currency"] == "AUD"


def test_an_erp_export_names_the_clearing_date_and_document() -> None:
    """GIVEN an SAP line-item export whose rows repeat "Clearing" (date) and "Clrng doc."
    THEN they are the payment date and reference; a creditor code "KES002" is no
    currency."""
    from inbox_agent.documents.registry import extract_bytes

    csv_text = (
        "Vendor,Reference,Payment amount,Crcy,Clearing,Clrng doc.,Creditor\n"
        "70442,2026-10146,13178.25,CHF,2026-04-08,2000004417,KES002\n"
        "70442,2026-10168,15991.15,CHF,2026-04-08,2000004417,KES002\n"
    )
    (obj,) = extract_bytes(csv_text.encode(), "fbl1n.csv")
    assert obj["payment_reference"] == "2000004417"
    assert obj["payment_date"] == "2026-04-08"
    assert obj["currency"] == "CHF"


def test_a_letters_total_and_a_japanese_addressee() -> None:
    """ "a payment of €8,420.00" is the total of a typed letter; the company before 御中
    is the one the letter is to (us), not the payer."""
    from inbox_agent.documents.header import read_header

    letter = "Re: Remittance – payment of €8,420.00\nDear Sir / Madam,\n"
    assert read_header(letter, Conventions()).total == Decimal("8420.00")
    japanese = "ケストレル・インスツルメンツ株式会社 御中\n株式会社浪速精機\n支払通知書\n"
    assert read_header(japanese, Conventions()).payer == "株式会社浪速精機"


@pytest.mark.parametrize(
    ("text", "field", "expected"),
    [
        ("Payment Date24/09/2024\n", "payment_date", date(2024, 9, 24)),
        ("Avis-Nr.     AV 24-07731\n", "payment_reference", "AV 24-07731"),
        ("AWIZO PŁATNOŚCI nr AW/2024/09/117\n", "payment_reference", "AW/2024/09/117"),
    ],
)
def test_labels_glued_to_their_value_and_numbered_titles(
    text: str, field: str, expected: object
) -> None:
    """A label a tight cell runs into its value, "Avis-Nr." and a title that carries the
    advice's number ("AWIZO PŁATNOŚCI nr ...") give the header field."""
    from inbox_agent.documents.header import read_header

    assert getattr(read_header(text, Conventions()), field) == expected
