"""Producer: spreadsheets themselves, as payers export them (openpyxl ``.xlsx`` and CSV).

Workbooks hold real numbers and real dates (with the payer's number formats), header
fields as label/value rows above the table, and sometimes a title row, blank spacer
rows, a heading cell with a line break, or a total row. CSVs come with ``,`` or ``;``,
numbers printed the payer's way, and the same preamble.
"""

from __future__ import annotations

import csv
import io
import random
from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.worksheet.worksheet import Worksheet

from inbox_agent.bench.remit_corpus.advice import (
    Advice,
    Produced,
    details,
    letterhead,
    total_text,
)
from inbox_agent.bench.remit_corpus.templates import MONEY, F, table_model
from inbox_agent.bench.remit_corpus.truth import TruthLine

TOOL = "spreadsheet"
_THIN = Side(style="thin", color="333333")
_EXCEL_DATES = {"%d/%m/%Y": "dd/mm/yyyy", "%m/%d/%Y": "mm/dd/yyyy", "%d.%m.%Y": "dd.mm.yyyy",
                "%Y-%m-%d": "yyyy-mm-dd", "%d-%m-%Y": "dd-mm-yyyy"}  # fmt: skip
_NEGATIVE_FORMATS = {"paren": "#,##0.00;(#,##0.00)", "leading": "#,##0.00;-#,##0.00",
                     "trailing": "#,##0.00;#,##0.00-", "cr": '#,##0.00;#,##0.00" CR"'}  # fmt: skip


def write_xlsx(
    advice: Advice, path: Path, rng: random.Random, *, for_print: bool = False
) -> Produced:
    """Write ``advice`` as a workbook; ``for_print`` adds borders and page setup."""
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None  # a new Workbook always has one sheet
    sheet.title = "Remittance"
    row = _preamble(sheet, advice, rng)
    header_row = row + 1
    row = _table(sheet, advice, header_row, bordered=for_print and advice.template.ruled == "grid")
    if not advice.template.total_at_top:
        _total(sheet, advice, row + 2)
    sheet.column_dimensions["A"].width = 28
    for letter in "BCDEFGH":
        sheet.column_dimensions[letter].width = 16
    if for_print:
        sheet.page_setup.orientation = "landscape" if advice.template.landscape else "portrait"
        sheet.page_setup.fitToWidth = 1
        sheet.page_setup.fitToHeight = 0
        sheet.sheet_properties.pageSetUpPr.fitToPage = True
        sheet.print_title_rows = f"{header_row}:{header_row}"
    workbook.save(path)
    return Produced(1, advice.truth)


def _preamble(sheet: Worksheet, advice: Advice, rng: random.Random) -> int:
    row = 0
    for index, line in enumerate(letterhead(advice)):
        row += 1
        sheet.cell(row, 1, line).font = Font(bold=index == 0, size=13 if index == 0 else 10)
    row += 1
    sheet.cell(row, 1, advice.template.title).font = Font(bold=True, size=14)
    row += 1 if rng.random() < 0.5 else 2
    colon = rng.random() < 0.5
    for label, value in details(advice):
        row += 1
        sheet.cell(row, 1, label + (":" if colon else ""))
        sheet.cell(row, 2, value)
    if advice.template.total_at_top:
        row += 1
        _total(sheet, advice, row)
    return row + 1


def _total(sheet: Worksheet, advice: Advice, row: int) -> None:
    label, _ = total_text(advice)
    sheet.cell(row, 1, f"{label}:").font = Font(bold=True)
    _write_money(sheet.cell(row, 2), advice.truth.total or Decimal(0), advice)
    if advice.template.currency_in_total:
        sheet.cell(row, 3, advice.currency)


def _table(sheet: Worksheet, advice: Advice, start: int, *, bordered: bool) -> int:
    template = advice.template
    kinds = [kind for kind, _ in template.columns]
    model = table_model(template, advice.truth)
    for col, (_, heading) in enumerate(template.columns, start=1):
        cell = sheet.cell(start, col, heading)
        cell.font = Font(bold=True)
        cell.alignment = Alignment(wrap_text="\n" in heading, vertical="bottom")
    row = start
    for line, printed in zip(advice.truth.lines, model.rows, strict=True):
        row += 1
        for col, kind in enumerate(kinds, start=1):
            _write_cell(sheet.cell(row, col), kind, line, printed[col - 1], advice)
    if model.total_row is not None:
        row += 1
        for col, text in enumerate(model.total_row, start=1):
            if text and kinds[col - 1] is F.PAID:
                _write_money(sheet.cell(row, col), advice.truth.total or Decimal(0), advice)
            elif text:
                sheet.cell(row, col, text).font = Font(bold=True)
    if bordered:
        for cells in sheet.iter_rows(min_row=start, max_row=row, max_col=len(kinds)):
            for cell in cells:
                cell.border = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
    return row


def _write_cell(cell: Any, kind: F, line: TruthLine, printed: str, advice: Advice) -> None:
    if kind in MONEY:
        value = {F.GROSS: line.gross, F.DISCOUNT: line.discount, F.DEDUCTION: line.deduction,
                 F.PAID: line.paid}[kind]  # fmt: skip
        if advice.template.credit_positive and line.kind == "credit_note":
            value = abs(value)
        _write_money(cell, value, advice)
    elif kind in (F.DATE, F.DUE) and advice.template.date_format in _EXCEL_DATES:
        day = date.fromisoformat(_iso_from_printed(line, kind))
        cell.value = day
        cell.number_format = _EXCEL_DATES[advice.template.date_format]
    else:
        cell.value = printed


def _iso_from_printed(line: TruthLine, kind: F) -> str:
    day = line.invoice_date or date(2026, 1, 1)
    return (day + timedelta(days=30) if kind is F.DUE else day).isoformat()


def _write_money(cell: Any, value: Decimal, advice: Advice) -> None:
    """A real number: openpyxl stores floats, which is what Excel itself stores."""
    cell.value = float(value)
    number_format = _NEGATIVE_FORMATS[advice.template.number.negative]
    symbol = advice.template.number.symbol
    if symbol:  # the sheet shows the payer's currency symbol, as the printed advice does
        number_format = ";".join(f'"{symbol}"{part}' for part in number_format.split(";"))
    cell.number_format = number_format


def write_csv(advice: Advice, path: Path, rng: random.Random) -> Produced:
    """Write ``advice`` as CSV: ``;`` for decimal-comma layouts, ``,`` otherwise."""
    template = advice.template
    delimiter = ";" if template.number.decimal_comma else rng.choice((",", ",", "\t"))
    model = table_model(template, advice.truth)
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=delimiter, lineterminator="\n")
    truth = advice.truth
    preamble = rng.random() < 0.7
    if preamble:
        for line in [*letterhead(advice), template.title]:
            writer.writerow([line])
        for label, value in details(advice):
            writer.writerow([label, value])
        writer.writerow([])
    else:  # a bare export states nothing but the lines (and maybe their total)
        truth = replace(
            truth,
            payer=None,
            payment_date=None,
            reference=None,
            currency=None,
            total=truth.total if model.total_row is not None else None,
        )
    writer.writerow([h.replace("\n", " ") for h in model.headings])
    for printed in model.rows:
        writer.writerow([_plain(cell, kind) for cell, (kind, _) in
                         zip(printed, template.columns, strict=True)])  # fmt: skip
    if model.total_row is not None:
        writer.writerow(model.total_row)
    if preamble:
        writer.writerow([])
        writer.writerow(list(total_text(advice)))
    path.write_text(buffer.getvalue(), encoding="utf-8")
    return Produced(1, truth)


def _plain(cell: str, kind: F) -> str:
    """CSV exports rarely carry currency symbols; strip them, keep the number style."""
    if kind in MONEY:
        return cell.replace("$", "").replace("€", "").replace("£", "").strip()
    return cell
