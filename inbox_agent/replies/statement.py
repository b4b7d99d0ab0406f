"""A statement of account from open items: the PDF a customer reads, the XLSX they reconcile.

Both files are made from one :class:`Statement`, so the PDF and the spreadsheet can never
disagree. Items are listed oldest due date first; totals and ageing are kept per currency,
because a customer billed in two currencies owes two balances, not their sum. Ageing
counts days past the due date (the invoice date when there is none) on the statement's
date: not yet due, 1-30, 31-60, 61-90 and over 90 days.

Output is byte-for-byte reproducible for the same statement (ReportLab's ``invariant``
mode, fixed workbook timestamps), so composing the same reply twice gives the same draft.
"""

from __future__ import annotations

import io
import re
import zipfile
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from typing import Any
from xml.sax.saxutils import escape

from openpyxl import Workbook
from openpyxl.styles import Font
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from matchers.types import OpenItem

ZERO = Decimal("0.00")
BUCKETS: tuple[tuple[str, int, int], ...] = (
    ("Not yet due", -(10**6), 0),
    ("1-30 days", 1, 30),
    ("31-60 days", 31, 60),
    ("61-90 days", 61, 90),
    ("Over 90 days", 91, 10**6),
)
COLUMNS = ("Invoice", "Invoice date", "Due date", "Currency", "Amount", "Open", "Days overdue")
ROWS_PER_TABLE = 45
ITEM_WIDTHS = [34 * mm, 24 * mm, 24 * mm, 18 * mm, 28 * mm, 28 * mm, 22 * mm]
PDF_MIME = "application/pdf"
XLSX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


@dataclass(frozen=True, slots=True)
class StatementLine:
    """One open item as the statement prints it."""

    invoice_number: str
    invoice_date: date | None
    due_date: date | None
    currency: str
    amount: Decimal
    open_amount: Decimal
    days_overdue: int


@dataclass(frozen=True, slots=True)
class Statement:
    """What a customer owes on one day, item by item, with totals and ageing per currency."""

    customer_id: str
    customer_name: str
    as_at: date
    lines: tuple[StatementLine, ...]
    totals: dict[str, Decimal] = field(default_factory=dict)
    ageing: dict[str, dict[str, Decimal]] = field(default_factory=dict)

    @property
    def file_stem(self) -> str:
        """``statement-C0042-2026-11-27``: the customer and the day, safe in any file system."""
        safe = "".join(c if c.isalnum() or c in "-_" else "_" for c in self.customer_id)
        return f"statement-{safe}-{self.as_at.isoformat()}"


def bucket_of(days_overdue: int) -> str:
    """The ageing bucket a number of days past due falls in."""
    return next(name for name, low, high in BUCKETS if low <= days_overdue <= high)


def build_statement(
    items: Iterable[OpenItem], *, customer_id: str, customer_name: str, as_at: date
) -> Statement:
    """Collect a customer's items still open (credit notes included) as at ``as_at``."""
    lines: list[StatementLine] = []
    totals: dict[str, Decimal] = defaultdict(lambda: ZERO)
    ageing: dict[str, dict[str, Decimal]] = {}
    for item in items:
        if item.customer_id != customer_id or item.open_amount == 0:
            continue
        reference = item.due_date or item.invoice_date or as_at
        overdue = (as_at - reference).days
        lines.append(
            StatementLine(
                invoice_number=item.invoice_number,
                invoice_date=item.invoice_date,
                due_date=item.due_date,
                currency=item.currency,
                amount=item.amount,
                open_amount=item.open_amount,
                days_overdue=max(overdue, 0),
            )
        )
        totals[item.currency] += item.open_amount
        per = ageing.setdefault(item.currency, {name: ZERO for name, _, _ in BUCKETS})
        per[bucket_of(overdue)] += item.open_amount
    lines.sort(key=lambda x: (x.currency, x.due_date or x.invoice_date or as_at, x.invoice_number))
    return Statement(customer_id, customer_name, as_at, tuple(lines), dict(totals), ageing)


def _money(value: Decimal) -> str:
    return f"{value:,.2f}"


def _day(value: date | None) -> str:
    return value.isoformat() if value else ""


# ---------------------------------------------------------------- PDF


def statement_pdf(statement: Statement) -> bytes:
    """The statement as a PDF with a real text layer (a customer's AP system reads it)."""
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=15 * mm,
        rightMargin=15 * mm,
        topMargin=15 * mm,
        bottomMargin=15 * mm,
        title=f"Statement of account {statement.customer_name}",
        invariant=True,
    )
    styles = getSampleStyleSheet()
    story: list[Any] = [
        Paragraph("Statement of account", styles["Title"]),
        Paragraph(
            f"Customer: {escape(statement.customer_name)} ({escape(statement.customer_id)})",
            styles["Normal"],
        ),
        Paragraph(f"As at: {statement.as_at.isoformat()}", styles["Normal"]),
        Spacer(1, 6 * mm),
        *_items_tables(statement),
        Spacer(1, 6 * mm),
        Paragraph("Ageing", styles["Heading3"]),
        _ageing_table(statement),
    ]
    doc.build(story)
    return buffer.getvalue()


def _grid_style(header_rows: int = 1) -> TableStyle:
    return TableStyle(
        [
            ("FONTNAME", (0, 0), (-1, header_rows - 1), "Helvetica-Bold"),
            ("FONTSIZE", (0, 0), (-1, -1), 8.5),
            ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
            ("BACKGROUND", (0, 0), (-1, header_rows - 1), colors.Color(0.92, 0.93, 0.95)),
            ("ALIGN", (4, 0), (-1, -1), "RIGHT"),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ]
    )


def _items_tables(statement: Statement) -> list[Table]:
    """The items in tables of ROWS_PER_TABLE rows, each with the header.

    ReportLab splits one long table across pages in time that grows with the square of
    its rows (a 5,000-item statement took 9 s); short tables flow page to page in linear
    time and read the same.
    """
    rows = [
        [
            line.invoice_number,
            _day(line.invoice_date),
            _day(line.due_date),
            line.currency,
            _money(line.amount),
            _money(line.open_amount),
            str(line.days_overdue),
        ]
        for line in statement.lines
    ] or [["No open items", "", "", "", "", "", ""]]
    totals = [
        [f"Total {currency}", "", "", currency, "", _money(total), ""]
        for currency, total in sorted(statement.totals.items())
    ]
    chunks = [rows[i : i + ROWS_PER_TABLE] for i in range(0, len(rows), ROWS_PER_TABLE)]
    chunks[-1] = chunks[-1] + totals
    tables = []
    for number, chunk in enumerate(chunks, start=1):
        table = Table([list(COLUMNS), *chunk], colWidths=ITEM_WIDTHS)
        style = _grid_style()
        if number == len(chunks):  # the totals close the last table, in bold
            for index in range(len(chunk) + 1 - len(totals), len(chunk) + 1):
                style.add("FONTNAME", (0, index), (-1, index), "Helvetica-Bold")
        table.setStyle(style)
        tables.append(table)
    return tables


def _ageing_table(statement: Statement) -> Table:
    names = [name for name, _, _ in BUCKETS]
    rows: list[list[str]] = [["Currency", *names, "Total"]]
    for currency, per in sorted(statement.ageing.items()):
        rows.append(
            [currency, *(_money(per[n]) for n in names), _money(statement.totals[currency])]
        )
    table = Table(rows)
    style = _grid_style()
    style.add("ALIGN", (1, 0), (-1, -1), "RIGHT")
    table.setStyle(style)
    return table


# ---------------------------------------------------------------- XLSX

FIXED_TIMESTAMP = datetime(2000, 1, 1)
"""Workbook metadata time: fixed, so the same statement gives the same bytes."""
ZIP_EPOCH = (1980, 1, 1, 0, 0, 0)


def statement_xlsx(statement: Statement) -> bytes:
    """The same statement as a workbook: real dates and numbers, ready to reconcile."""
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "Statement"
    bold = Font(bold=True)
    sheet.append(["Statement of account"])
    sheet["A1"].font = Font(bold=True, size=14)
    sheet.append(["Customer", statement.customer_name, statement.customer_id])
    sheet.append(["As at", statement.as_at])
    sheet.append([])
    sheet.append(list(COLUMNS))
    for cell in sheet[sheet.max_row]:
        cell.font = bold
    for line in statement.lines:
        sheet.append(
            [
                line.invoice_number,
                line.invoice_date,
                line.due_date,
                line.currency,
                line.amount,
                line.open_amount,
                line.days_overdue,
            ]
        )
    for currency, total in sorted(statement.totals.items()):
        sheet.append([f"Total {currency}", None, None, currency, None, total, None])
        for cell in sheet[sheet.max_row]:
            cell.font = bold
    _ageing_sheet(workbook, statement)
    for row in sheet.iter_rows():
        for cell in row:
            if isinstance(cell.value, Decimal):
                cell.number_format = "#,##0.00"
            elif isinstance(cell.value, date):
                cell.number_format = "yyyy-mm-dd"
    for letter, width in zip("ABCDEFG", (18, 13, 13, 9, 14, 14, 13), strict=True):
        sheet.column_dimensions[letter].width = width
    workbook.properties.created = FIXED_TIMESTAMP
    workbook.properties.modified = FIXED_TIMESTAMP
    buffer = io.BytesIO()
    workbook.save(buffer)
    return _without_timestamps(buffer.getvalue())


def _without_timestamps(data: bytes) -> bytes:
    """Rewrite the XLSX zip with fixed member times, which openpyxl sets to now."""
    out = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(data)) as source,
        zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target,
    ):
        for info in source.infolist():
            text = source.read(info.filename)
            if info.filename == "docProps/core.xml":
                text = re.sub(
                    rb"(<dcterms:modified[^>]*>)[^<]*", rb"\g<1>2000-01-01T00:00:00Z", text
                )
            target.writestr(zipfile.ZipInfo(info.filename, ZIP_EPOCH), text, zipfile.ZIP_DEFLATED)
    return out.getvalue()


def _ageing_sheet(workbook: Workbook, statement: Statement) -> None:
    sheet = workbook.create_sheet("Ageing")
    names = [name for name, _, _ in BUCKETS]
    sheet.append(["Currency", *names, "Total"])
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for currency, per in sorted(statement.ageing.items()):
        sheet.append([currency, *(per[n] for n in names), statement.totals[currency]])
        for cell in sheet[sheet.max_row][1:]:
            cell.number_format = "#,##0.00"
