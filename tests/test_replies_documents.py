"""The files a reply carries: statements of account (PDF, XLSX) and invoice copies."""

from __future__ import annotations

import io
from datetime import date
from decimal import Decimal
from pathlib import Path

import openpyxl  # type: ignore[import-untyped,unused-ignore]
import pdfplumber

from inbox_agent.replies.archive import find_invoice_copies, name_keys
from inbox_agent.replies.statement import (
    bucket_of,
    build_statement,
    statement_pdf,
    statement_xlsx,
)
from matchers.types import OpenItem

AS_AT = date(2026, 11, 27)


def _item(number: str, due: date, open_amount: str, *, currency: str = "AUD") -> OpenItem:
    return OpenItem(
        customer_id="C0042",
        invoice_number=number,
        currency=currency,
        amount=Decimal(open_amount).copy_abs() + Decimal("10.00"),
        open_amount=Decimal(open_amount),
        customer_name="Acme Pty Ltd",
        invoice_date=date(2026, 8, 1),
        due_date=due,
    )


ITEMS = [
    _item("INV-1", date(2026, 12, 10), "100.00"),  # not yet due
    _item("INV-2", date(2026, 11, 27), "200.00"),  # due today: not overdue
    _item("INV-3", date(2026, 11, 1), "300.50"),  # 26 days
    _item("INV-4", date(2026, 9, 28), "400.00"),  # 60 days
    _item("INV-5", date(2026, 8, 29), "500.00"),  # 90 days
    _item("INV-6", date(2026, 8, 28), "600.00"),  # 91 days
    _item("CN-7", date(2026, 11, 20), "-50.00"),  # credit note, 7 days
    _item("INV-8", date(2026, 10, 1), "0.00"),  # paid: not on the statement
    _item("EU-9", date(2026, 11, 1), "1234.56", currency="EUR"),
    OpenItem(
        customer_id="C0107",
        invoice_number="INV-20001",
        currency="PHP",
        amount=Decimal("5.00"),
        open_amount=Decimal("5.00"),
    ),
]


def test_statement_totals_and_ageing_per_currency() -> None:
    """GIVEN open items of two currencies, a credit note, a paid item and another
    customer's item WHEN a statement is built THEN only this customer's open items are on
    it, totalled and aged per currency (due today is not overdue; 91 days is over 90)."""
    statement = build_statement(
        ITEMS, customer_id="C0042", customer_name="Acme Pty Ltd", as_at=AS_AT
    )
    assert [line.invoice_number for line in statement.lines] == [
        "INV-6",
        "INV-5",
        "INV-4",
        "INV-3",
        "CN-7",
        "INV-2",
        "INV-1",
        "EU-9",
    ]
    assert statement.totals == {"AUD": Decimal("2050.50"), "EUR": Decimal("1234.56")}
    assert statement.ageing["AUD"] == {
        "Not yet due": Decimal("300.00"),
        "1-30 days": Decimal("250.50"),
        "31-60 days": Decimal("400.00"),
        "61-90 days": Decimal("500.00"),
        "Over 90 days": Decimal("600.00"),
    }
    assert sum(statement.ageing["AUD"].values()) == statement.totals["AUD"]
    assert [bucket_of(d) for d in (-5, 0, 1, 30, 31, 90, 91)] == [
        "Not yet due",
        "Not yet due",
        "1-30 days",
        "1-30 days",
        "31-60 days",
        "61-90 days",
        "Over 90 days",
    ]


def test_statement_pdf_reads_back_with_every_item_and_the_totals() -> None:
    """GIVEN a statement WHEN drawn as PDF and read back with pdfplumber
    THEN the customer, the date, every item's number and open amount, the totals per
    currency and the ageing are in its text; the same statement gives the same bytes."""
    statement = build_statement(
        ITEMS, customer_id="C0042", customer_name="Acme & Sons <AU>", as_at=AS_AT
    )
    data = statement_pdf(statement)
    assert data == statement_pdf(statement)
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        text = "\n".join(page.extract_text() or "" for page in pdf.pages)
    assert "Customer: Acme & Sons <AU> (C0042)" in text
    assert "As at: 2026-11-27" in text
    for line in statement.lines:
        assert f"{line.invoice_number} 2026-08-01 {line.due_date} {line.currency}" in text
        assert f"{line.open_amount:,.2f}" in text
    assert "INV-8" not in text and "INV-20001" not in text
    assert "Total AUD AUD 2,050.50" in text
    assert "Total EUR EUR 1,234.56" in text
    assert "AUD 300.00 250.50 400.00 500.00 600.00 2,050.50" in text


def test_statement_xlsx_holds_real_numbers_and_dates() -> None:
    """GIVEN a statement WHEN written as XLSX THEN the items are rows of real dates and
    numbers, the totals match, ageing is on its own sheet, and the bytes are stable."""
    statement = build_statement(
        ITEMS, customer_id="C0042", customer_name="Acme Pty Ltd", as_at=AS_AT
    )
    data = statement_xlsx(statement)
    assert data == statement_xlsx(statement)
    book = openpyxl.load_workbook(io.BytesIO(data))
    rows = [[c.value for c in row] for row in book["Statement"].iter_rows()]
    assert rows[1][:3] == ["Customer", "Acme Pty Ltd", "C0042"]
    items = {r[0]: r for r in rows[5:] if r[0] and not str(r[0]).startswith("Total")}
    assert set(items) == {line.invoice_number for line in statement.lines}
    assert items["INV-3"][2].date() == date(2026, 11, 1)
    assert Decimal(str(items["INV-3"][5])) == Decimal("300.50")
    totals = {r[3]: Decimal(str(r[5])) for r in rows if str(r[0]).startswith("Total")}
    assert totals == statement.totals
    ageing = [[c.value for c in row] for row in book["Ageing"].iter_rows()]
    assert ageing[0][0] == "Currency" and {r[0] for r in ageing[1:]} == {"AUD", "EUR"}


def test_statement_with_nothing_open_says_so() -> None:
    """GIVEN a customer with nothing open WHEN a statement is drawn THEN it says so."""
    statement = build_statement([], customer_id="C9", customer_name="Nobody", as_at=AS_AT)
    with pdfplumber.open(io.BytesIO(statement_pdf(statement))) as pdf:
        assert "No open items" in (pdf.pages[0].extract_text() or "")
    assert statement.totals == {}


# ----------------------------------------------------------------- invoice archive


def test_file_names_are_read_as_whole_numbers() -> None:
    """GIVEN file names THEN the numbers they can be read as: whole tokens, formatting
    and zero padding forgiven, never a number's prefix."""
    assert "INV10004" in name_keys("Invoice_INV-10004_Acme")
    assert "INV10004" in name_keys("inv 010004")
    assert "INV10004" not in name_keys("INV-100045")
    assert "INV10004" not in name_keys("INV-1000")


def test_archive_finds_the_best_copy_and_reports_the_missing(tmp_path: Path) -> None:
    """GIVEN an archive with an exact copy, a longer-named duplicate, a look-alike number,
    hidden files and a sub-folder WHEN three invoices are asked for
    THEN the exact-named copy of each found invoice, and the one not there is missing."""
    (tmp_path / "sub").mkdir()
    for name in (
        "INV-10004.pdf",
        "INV-10004 reminder.pdf",
        "INV-100045.pdf",
        ".INV-10006.pdf",
        "sub/Rechnung RE-2026-77.pdf",
    ):
        (tmp_path / name).write_bytes(name.encode())
    result = find_invoice_copies(tmp_path, ["INV-10004", "RE-2026-77", "INV-10006"])
    assert {c.invoice_number: c.path.name for c in result.copies} == {
        "INV-10004": "INV-10004.pdf",
        "RE-2026-77": "Rechnung RE-2026-77.pdf",
    }
    assert result.missing == ("INV-10006",)
    assert all(c.content_type == "application/pdf" for c in result.copies)


def test_a_missing_archive_means_every_copy_is_missing(tmp_path: Path) -> None:
    """GIVEN an archive path that is not there (an unmounted share) or none at all
    THEN nothing is attached and every invoice is reported missing, without an error."""
    gone = find_invoice_copies(tmp_path / "not-mounted", ["INV-1", "INV-2"])
    assert (gone.copies, gone.missing) == ((), ("INV-1", "INV-2"))
    assert find_invoice_copies(None, ["INV-1"]).missing == ("INV-1",)
