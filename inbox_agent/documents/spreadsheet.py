"""CSV and Excel advices, read into the same grid mapper as PDF tables.

Workbooks are read with openpyxl cell by cell, so each number is shown as the sheet
shows it: a cell formatted ``#,##0.00`` holding 18066.8 reads ``18066.80`` (money), a
date cell reads as an ISO date, and an invoice number stored as a number stays whole.
CSV goes through the standard ``csv`` module, because payers' exports carry a preamble
("Payer;Acme") of fewer columns than the table, which pandas refuses. Cells end up as
strings parsed by the same rules as every other format; money never passes through a
float that is printed with more digits than the sheet shows.
"""

from __future__ import annotations

import csv
import io
import re
from datetime import date, datetime
from decimal import Decimal
from pathlib import PurePath
from typing import Any

from inbox_agent.documents.assemble import build_remittance
from inbox_agent.documents.errors import DocumentError
from inbox_agent.documents.lines import Grid, clean_cell
from inbox_agent.documents.text import decode_text
from matchers.types import Remittance

XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_CORRUPT = "the spreadsheet is damaged or not what its name says; ask the sender to resend it"


class SpreadsheetReader:
    """Reads ``.csv`` and ``.xlsx`` files (one remittance per workbook or file)."""

    name = "spreadsheet"

    def is_available(self) -> bool:
        """Say whether pandas (and so openpyxl for workbooks) can be used."""
        return True

    def handles(self, filename: str, content_type: str | None) -> bool:
        """Accept ``.csv`` / ``.xlsx`` names and their MIME types."""
        suffix = PurePath(filename).suffix.lower()
        return suffix in {".csv", ".xlsx"} or content_type in {"text/csv", XLSX_TYPE}

    def read(self, data: bytes, source: str) -> list[Remittance]:
        """Read a CSV or a workbook; the bytes decide which, not the name."""
        if data.startswith(_OLE_MAGIC):
            raise _ole_error(data)
        if data.startswith(b"PK"):
            grids = _workbook_grids(data)
            # Excel cells hold real numbers: "1234.5" is never a German thousands group.
            return [build_remittance(source, text=_grid_text(grids), grids=grids,
                                     decimal_comma=False)]  # fmt: skip
        grids = [_csv_grid(data)]
        return [build_remittance(source, text=_grid_text(grids), grids=grids)]


def _ole_error(data: bytes) -> DocumentError:
    """An OLE container is an encrypted .xlsx (Office wraps those) or an old .xls."""
    if "EncryptedPackage".encode("utf-16-le") in data:
        return DocumentError(
            "encrypted", "the workbook is password-protected; ask for an unprotected copy"
        )
    return DocumentError("unsupported", "old .xls workbooks are not read; ask for .xlsx or CSV")


MAX_ROWS = 20_000
"""Rows read per sheet; an advice has dozens, a sheet of a million rows is not one."""
_DECIMALS = re.compile(r"0\.(0+)")
_CODED_CURRENCY = re.compile(r"\[\$([A-Z]{3})[^\]]*\]")
_SYMBOL = re.compile(r"[€£$¥₹]")


def _workbook_grids(data: bytes) -> list[Grid]:
    from openpyxl import load_workbook

    try:
        workbook = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception as exc:  # openpyxl/zipfile raise many types for bad input
        raise DocumentError("corrupt", _CORRUPT) from exc
    try:
        grids: list[Grid] = []
        for sheet in workbook.worksheets:
            rows = []
            for row in sheet.iter_rows(max_row=MAX_ROWS):
                cells = [cell_text(getattr(c, "value", None), getattr(c, "number_format", ""))
                         for c in row]  # fmt: skip
                if any(cells):
                    rows.append(cells)
            grids.append(rows)
        return grids
    except DocumentError:
        raise
    except Exception as exc:  # a damaged sheet inside a readable zip
        raise DocumentError("corrupt", _CORRUPT) from exc
    finally:
        workbook.close()


def _currency_of(number_format: str) -> str:
    """The currency a number format shows ("£#,##0.00", "[$EUR] #,##0.00"), as a prefix."""
    coded = _CODED_CURRENCY.search(number_format)
    if coded:
        return f"{coded[1]} "
    symbol = _SYMBOL.search(number_format)
    return symbol[0] if symbol else ""


def cell_text(value: Any, number_format: str | None) -> str:
    """One cell as the sheet displays it, without thousands separators or symbols.

    Floats are shown with the decimals their number format asks for, or with two when
    the format is General and the value has cents; whole numbers stay whole. A currency
    the format shows (``£#,##0.00``, ``[$EUR-x]``) is kept as a prefix, so the advice
    still says what it is paid in.
    """
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, bool) or not isinstance(value, int | float):
        return clean_cell(value)
    number = Decimal(repr(value)) if isinstance(value, float) else Decimal(value)
    places = _DECIMALS.search(number_format or "")
    symbol = _currency_of(number_format or "")
    if places:
        return f"{symbol}{number:.{len(places[1])}f}"
    if number == number.to_integral_value():
        return str(int(number))
    exponent = number.as_tuple().exponent
    return f"{number:.2f}" if isinstance(exponent, int) and exponent >= -2 else str(number)


def _csv_grid(data: bytes) -> Grid:
    text = decode_text(data)
    if "\0" in text:
        raise DocumentError("corrupt", _CORRUPT)
    delimiter = _delimiter(text)
    try:
        rows = list(csv.reader(io.StringIO(text), delimiter=delimiter))
    except csv.Error as exc:
        raise DocumentError("corrupt", _CORRUPT) from exc
    return [[clean_cell(cell) for cell in row] for row in rows if any(cell.strip() for cell in row)]


def _delimiter(text: str) -> str:
    """The separator used most on the first lines; German exports use ``;``, others ``,``."""
    sample = text[:4096]
    return max((";", ",", "\t", "|"), key=sample.count)


def _grid_text(grids: list[Grid]) -> str:
    """Cells as lines of text, so header fields ("Payment date", "Payer") are found too."""
    return "\n".join("   ".join(cell for cell in row if cell) for grid in grids for row in grid)
