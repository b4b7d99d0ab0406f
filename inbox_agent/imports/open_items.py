"""Read the ERP's open-items list (CSV or XLSX) into the core's :class:`OpenItem` values.

Every cell is read as text (pandas ``dtype=str``) and amounts go straight from text to
Decimal, so a balance of 1234.10 can never arrive as 1234.0999999. A file that cannot be
used is refused whole, with the column or the row numbers and values that are wrong, because
matching against half an open-items list would propose wrong allocations without a sign.

Columns (CONTRACT.md, others ignored): ``customer_id, customer_name, invoice_number,
invoice_date, due_date, currency, amount, open_amount, po_number``. Of these,
``customer_id``, ``invoice_number``, ``currency`` and ``open_amount`` are required;
``amount`` defaults to the open amount and the rest may be blank. Headers are compared
case-insensitively, with spaces and dashes read as underscores.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from datetime import date
from decimal import Decimal, InvalidOperation
from functools import lru_cache
from pathlib import Path
from typing import Any

import pandas as pd

from inbox_agent.errors import InboxAgentError
from matchers.types import OpenItem, money

REQUIRED = ("customer_id", "invoice_number", "currency", "open_amount")
OPTIONAL = ("customer_name", "invoice_date", "due_date", "amount", "po_number")
CSV_SUFFIXES = frozenset({".csv", ".txt"})
EXCEL_SUFFIXES = frozenset({".xlsx", ".xlsm"})
MAX_REPORTED = 20
"""How many bad rows one error lists; enough to see a pattern, short enough to read."""

_PLAIN_AMOUNT = re.compile(r"-?\d+\.\d\d")
_THOUSANDS = re.compile(r"-?\d{1,3}(?:,\d{3})+(?:\.\d+)?")
_ISO_DATE = re.compile(r"(\d{4}-\d{2}-\d{2})(?:[ T]00:00(?::00(?:\.0+)?)?)?")
_CURRENCY = re.compile(r"[A-Z]{3}")
_FLOAT_NOISE = Decimal("0.000001")


class OpenItemsError(InboxAgentError):
    """The open-items file cannot be used; the message names the column or rows to fix."""

    def __init__(self, message: str, problems: Sequence[str] = ()) -> None:
        self.problems = list(problems)
        super().__init__("\n".join([message, *self.problems]))


class _BadCell(ValueError):
    """One cell that does not hold what its column promises."""


def parse_amount(text: str) -> Decimal:
    """Read a money cell as exported by ERPs and spreadsheets.

    Accepts ``1234.50``, ``1,234.50``, ``(1234.50)`` and SAP's trailing minus ``1234.50-``.
    More than two decimal places is refused unless it is a spreadsheet's binary noise
    (``0.30000000000000004``), since no ledger posts fractions of a cent.
    """
    if _PLAIN_AMOUNT.fullmatch(text):  # the usual cell, already in cents: skip the rest
        return Decimal(text)
    cleaned = text.strip().replace(" ", "")
    negative = False
    if cleaned.startswith("(") and cleaned.endswith(")"):
        cleaned, negative = cleaned[1:-1], True
    if cleaned.endswith("-"):
        cleaned, negative = cleaned[:-1], True
    if _THOUSANDS.fullmatch(cleaned):
        cleaned = cleaned.replace(",", "")
    try:
        value = Decimal(cleaned)
    except InvalidOperation:
        raise _BadCell("not an amount (expected e.g. 1234.50)") from None
    if not value.is_finite():
        raise _BadCell("not an amount (expected e.g. 1234.50)")
    rounded = money(value)
    if abs(value - rounded) > _FLOAT_NOISE:
        raise _BadCell("more than two decimal places")
    return -rounded if negative else rounded


@lru_cache(maxsize=8192)
def parse_date(text: str) -> date | None:
    """Read an ISO date cell; blank is None. Excel's midnight timestamps are accepted.

    Day-first and month-first dates are refused rather than guessed: 03/04/2026 is a
    different due date in Sydney and in Chicago.
    """
    cleaned = text.strip()
    if not cleaned:
        return None
    found = _ISO_DATE.fullmatch(cleaned)
    if found is None:
        raise _BadCell("not an ISO date (expected YYYY-MM-DD)")
    try:
        return date.fromisoformat(found.group(1))
    except ValueError:
        raise _BadCell("not a real calendar date") from None


def _required_text(text: str) -> str:
    cleaned = text.strip()
    if not cleaned:
        raise _BadCell("is blank")
    return cleaned


@lru_cache(maxsize=256)
def _currency(text: str) -> str:
    cleaned = text.strip().upper()
    if not _CURRENCY.fullmatch(cleaned):
        raise _BadCell("not a three-letter currency code such as AUD")
    return cleaned


def _header(name: object) -> str:
    return re.sub(r"[\s\-]+", "_", str(name).strip().lower())


def _read_frame(path: Path) -> pd.DataFrame:
    suffix = path.suffix.lower()
    try:
        if suffix in CSV_SUFFIXES:
            return pd.read_csv(
                path, dtype=str, keep_default_na=False, na_filter=False, encoding="utf-8-sig"
            )
        if suffix in EXCEL_SUFFIXES:
            return pd.read_excel(path, dtype=str, keep_default_na=False, na_filter=False)
    except FileNotFoundError:
        raise OpenItemsError(f"{path}: file not found") from None
    except pd.errors.EmptyDataError:
        raise OpenItemsError(f"{path}: the file is empty; expected a header row") from None
    except UnicodeDecodeError as exc:
        raise OpenItemsError(f"{path}: not UTF-8 text ({exc.reason}); save as CSV UTF-8") from None
    except (pd.errors.ParserError, ValueError, OSError) as exc:
        raise OpenItemsError(f"{path}: cannot read as {suffix[1:].upper()}: {exc}") from None
    raise OpenItemsError(f"{path}: unsupported file type {suffix or '(none)'}; use .csv or .xlsx")


def _columns(frame: pd.DataFrame, path: Path) -> dict[str, Any]:
    """Map each contract column present to the file's own header for it."""
    found: dict[str, Any] = {}
    for column in frame.columns:
        found.setdefault(_header(column), column)
    missing = [name for name in REQUIRED if name not in found]
    if missing:
        names = ", ".join(missing)
        have = ", ".join(str(c) for c in frame.columns) or "(none)"
        raise OpenItemsError(f"{path}: missing column {names} (the file has: {have})")
    return {name: found[name] for name in (*REQUIRED, *OPTIONAL) if name in found}


def _optional_amount(text: str) -> Decimal | None:
    return parse_amount(text) if text.strip() else None


_CHECKS: tuple[tuple[str, Callable[[str], object]], ...] = (
    ("customer_id", _required_text),
    ("invoice_number", _required_text),
    ("currency", _currency),
    ("amount", _optional_amount),
    ("open_amount", parse_amount),
    ("invoice_date", parse_date),
    ("due_date", parse_date),
)


def _item(row: dict[str, str]) -> OpenItem:
    """One row as an OpenItem; raises _BadCell at the first bad cell (see _diagnose)."""
    open_amount = parse_amount(row["open_amount"])
    amount = _optional_amount(row.get("amount", ""))
    return OpenItem(
        customer_id=_required_text(row["customer_id"]),
        invoice_number=_required_text(row["invoice_number"]),
        currency=_currency(row["currency"]),
        amount=open_amount if amount is None else amount,
        open_amount=open_amount,
        customer_name=row.get("customer_name", "").strip(),
        invoice_date=parse_date(row.get("invoice_date", "")),
        due_date=parse_date(row.get("due_date", "")),
        po_number=row.get("po_number", "").strip() or None,
    )


def _diagnose(row: dict[str, str]) -> list[str]:
    """Every bad cell of a row that failed, named by column and value.

    Kept off the fast path: a million good rows should not pay for error reporting.
    """
    problems: list[str] = []
    for name, check in _CHECKS:
        raw = row.get(name, "")
        try:
            check(raw)
        except _BadCell as exc:
            problems.append(f"{name} {raw!r}: {exc}")
    return problems


def _rows(frame: pd.DataFrame, columns: dict[str, Any]) -> Iterator[dict[str, str]]:
    names = list(columns)
    # Empty spreadsheet cells arrive as NaN even with dtype=str; blank them once per column.
    values = [frame[columns[n]].fillna("").tolist() for n in names]
    for cells in zip(*values, strict=True):
        yield dict(zip(names, cells, strict=True))


def read_open_items(path: Path) -> list[OpenItem]:
    """Read every open item in a CSV or XLSX export.

    Args:
        path: The file; ``.csv`` (UTF-8, a BOM is fine) or ``.xlsx``.

    Returns:
        One OpenItem per data row, in file order; duplicates are kept for the matcher
        to see (and refuse to guess between).

    Raises:
        OpenItemsError: The file is missing, unreadable, lacks a required column, or has
            bad rows; rows are numbered as a spreadsheet shows them (header = row 1).
    """
    frame = _read_frame(path)
    columns = _columns(frame, path)
    items: list[OpenItem] = []
    problems: list[str] = []
    for number, row in enumerate(_rows(frame, columns), start=2):
        try:
            items.append(_item(row))
        except _BadCell as exc:
            found = _diagnose(row) or [str(exc)]
            problems.extend(f"row {number}: {problem}" for problem in found)
            if len(problems) >= MAX_REPORTED:
                problems.append("(stopped after this many problems)")
                break
    if problems:
        raise OpenItemsError(f"{path}: bad rows in the open-items file", problems)
    return items
