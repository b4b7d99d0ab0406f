"""CSV and Excel advices, read into the same grid mapper as PDF tables.

Workbooks go through pandas (openpyxl); CSV goes through the standard ``csv`` module,
because payers' exports carry a preamble ("Payer;Acme") of fewer columns than the table
and pandas refuses such ragged files. Cells are read as strings so that nothing is
turned into a float on the way: money stays exact and is parsed by the same rules as
every other format.
"""

from __future__ import annotations

import csv
import io
from pathlib import PurePath

import pandas as pd

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


def _workbook_grids(data: bytes) -> list[Grid]:
    try:
        sheets = pd.read_excel(
            io.BytesIO(data), sheet_name=None, header=None, dtype=str, engine="openpyxl"
        )
    except Exception as exc:  # openpyxl/zipfile raise many types for bad input
        raise DocumentError("corrupt", _CORRUPT) from exc
    return [_frame_grid(frame) for frame in sheets.values()]


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


def _frame_grid(frame: pd.DataFrame) -> Grid:
    return [[clean_cell("" if pd.isna(cell) else cell) for cell in row]
            for row in frame.itertuples(index=False)]  # fmt: skip


def _grid_text(grids: list[Grid]) -> str:
    """Cells as lines of text, so header fields ("Payment date", "Payer") are found too."""
    return "\n".join("   ".join(cell for cell in row if cell) for grid in grids for row in grid)
