"""Remittance lines from any layout: a grid of cells, or plain lines of text.

Every reader reduces its format to one of two shapes -- a grid (list of rows of strings,
from a PDF table, a spreadsheet or an HTML table) or lines of text -- and this module
does the rest. The grid path finds the header row by the synonyms in :mod:`.columns`
and maps columns by meaning, not position, so a new payer's layout needs no code. The
text path is the fallback for advices typeset without a table: a line that holds an
invoice-like token and money is a remittance line.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from inbox_agent.documents.columns import (
    AMOUNT_COLUMNS,
    Column,
    Heading,
    classify_heading,
    headings_in_line,
    is_header,
    normalise_heading,
)
from inbox_agent.documents.header import is_label_line
from inbox_agent.documents.values import (
    AMOUNT_IN_TEXT,
    DATE_IN_TEXT,
    Conventions,
    parse_amount,
    parse_date,
)
from matchers.types import ZERO, ReferenceKind, RemittanceLine, money

Grid = Sequence[Sequence[str]]

_TOTAL_WORDS = re.compile(
    r"(?<!\w)(?:sub-?total|total|totals|grand total|sum|summe|gesamt\w*|zwischensumme|"
    r"balance|übertrag|carried forward|brought forward|montant total)(?!\w)",
    re.IGNORECASE,
)
_CREDIT_REF = re.compile(r"^(?:CN|CR|CRN|CM|GS|AV|KN)[-/ #.]?\d", re.IGNORECASE)
_CREDIT_WORDS = re.compile(r"(?<!\w)(?:credit|gutschrift|avoir|storno)", re.IGNORECASE)
_PO_REF = re.compile(r"^P\.?O\.?[-/ #:]*\d", re.IGNORECASE)
_TYPE_WORDS: tuple[tuple[re.Pattern[str], ReferenceKind], ...] = (
    (re.compile(r"^(?:cn|cr|crn|cm|gs|av|kn|credit\w*|gutschrift|avoir)(?!\w)"),
     ReferenceKind.CREDIT_NOTE),
    (re.compile(r"^(?:po|p o|purchase order|bestellung|commande)(?!\w)"), ReferenceKind.PO),
    (re.compile(r"^(?:inv|invoice|re|rechnung|facture|fa|bill)(?!\w)"), ReferenceKind.INVOICE),
)  # fmt: skip
_REF_TOKEN = re.compile(r"[A-Za-z0-9][A-Za-z0-9/_.\-]*")
_LETTER_PREFIXED = re.compile(r"[A-Za-z]{2,}[-/#_.]?\d")
_PREFIX_WORDS = frozenset({"inv", "invoice", "cn", "credit", "po", "re", "rechnung", "facture"})


@dataclass(frozen=True, slots=True)
class ColumnMap:
    """Which cell of a data row holds which field, learnt from the header row."""

    width: int
    ref: int
    paid: int | None = None
    gross: int | None = None
    discount: int | None = None
    deduction: int | None = None
    date: int | None = None
    doc_type: int | None = None


@dataclass(frozen=True, slots=True)
class RawLine:
    """One row as found, before sign rules and rounding turn it into a RemittanceLine."""

    ref: str
    paid: Decimal | None
    gross: Decimal | None = None
    discount: Decimal | None = None
    deduction: Decimal | None = None
    invoice_date: date | None = None
    context: str = ""
    doc_type: str = ""


# --- grids ----------------------------------------------------------------------------


def column_map(cells: Sequence[str]) -> ColumnMap | None:
    """Read one row as a header row; ``None`` unless it names a reference and an amount."""
    best: dict[Column, tuple[int, int]] = {}
    for index, cell in enumerate(cells):
        heading = classify_heading(cell or "")
        if heading is None:
            continue
        rank = (heading.priority, -index)
        if heading.column not in best or rank > best[heading.column]:
            best[heading.column] = rank
    if not is_header(set(best)):
        return None
    index_of = {column: -rank[1] for column, rank in best.items()}
    amount = index_of.get(Column.AMOUNT)
    paid = index_of.get(Column.PAID, amount)
    gross = index_of.get(Column.GROSS, amount if paid != amount else None)
    return ColumnMap(
        width=len(cells),
        ref=index_of[Column.REF],
        paid=paid,
        gross=gross,
        discount=index_of.get(Column.DISCOUNT),
        deduction=index_of.get(Column.DEDUCTION),
        date=index_of.get(Column.DATE),
        doc_type=index_of.get(Column.TYPE),
    )


def find_header(grid: Grid) -> tuple[int, ColumnMap] | None:
    """Return the first header row of a grid and its column map, tolerating preambles."""
    for row_index, row in enumerate(grid):
        found = column_map([clean_cell(cell) for cell in row])
        if found is not None:
            return row_index, found
    return None


def lines_from_grids(grids: Sequence[Grid], conventions: Conventions) -> list[RemittanceLine]:
    """Read every table of a document; a headerless table continues the previous one.

    Multi-page advices repeat the table without its header on later pages, so a grid of
    the same width as the last recognised table is read with that table's columns.
    """
    found: list[RemittanceLine] = []
    last: ColumnMap | None = None
    for grid in grids:
        header = find_header(grid)
        if header is not None:
            start, last = header[0] + 1, header[1]
        elif last is not None and grid and len(grid[0]) == last.width:
            start = 0
        else:
            continue
        for row in grid[start:]:
            raw = _row_to_raw([clean_cell(cell) for cell in row], last, conventions)
            line = make_line(raw) if raw else None
            if line is not None:
                found.append(line)
    return found


def clean_cell(cell: object) -> str:
    """Flatten a cell to one line: PDF tables wrap text and give ``None`` for empty cells."""
    if cell is None:
        return ""
    return re.sub(r"\s+", " ", str(cell)).strip()


def _cell(row: Sequence[str], index: int | None) -> str:
    if index is None or index >= len(row):
        return ""
    return row[index]


def _row_to_raw(row: Sequence[str], cmap: ColumnMap, conv: Conventions) -> RawLine | None:
    ref = _cell(row, cmap.ref)
    if not ref or not any(ch.isalnum() for ch in ref) or _TOTAL_WORDS.search(ref):
        return None
    if any(_TOTAL_WORDS.fullmatch(cell) for cell in row):
        return None

    def amount(index: int | None) -> Decimal | None:
        return parse_amount(_cell(row, index), decimal_comma=conv.decimal_comma)

    return RawLine(
        ref=ref,
        paid=amount(cmap.paid),
        gross=amount(cmap.gross),
        discount=amount(cmap.discount),
        deduction=amount(cmap.deduction),
        invoice_date=parse_date(_cell(row, cmap.date), dayfirst=conv.dayfirst),
        context=" ".join(row),
        doc_type=_cell(row, cmap.doc_type),
    )


# --- text -----------------------------------------------------------------------------


def find_text_header(text_lines: Sequence[str]) -> tuple[int, list[Column]] | None:
    """Find a line of column headings; return its index and the amount columns in order.

    A line counts only if headings make up most of it and it holds no digit and no colon,
    so neither a sentence nor "Payment reference: EFT 88123" is taken for a header.
    """
    for index, line in enumerate(text_lines):
        if ":" in line or any(ch.isdigit() for ch in line):
            continue
        headings = _text_headings(line)
        if len(headings) < 2 or not is_header({h.column for h in headings}):
            continue
        covered = sum(h.length for h in headings)
        if covered >= 0.75 * len(normalise_heading(line).replace(" ", "")):
            return index, [h.column for h in headings if h.column in AMOUNT_COLUMNS]
    return None


def _text_headings(line: str) -> list[Heading]:
    """Headings of a text line; runs of spaces, where the text keeps them, split columns.

    Fixed-width text keeps the gaps, so "Invoice    Amount Paid" is two columns and not
    "Invoice amount" + "Paid"; PDF text collapses gaps, and the longest phrase decides.
    """
    chunks = [chunk for chunk in re.split(r"\s{2,}|\t", line.strip()) if chunk]
    if len(chunks) < 2:
        return headings_in_line(line)
    found = [classify_heading(chunk) for chunk in chunks]
    return [heading for heading in found if heading is not None]


def lines_from_text(text_lines: Sequence[str], conventions: Conventions) -> list[RemittanceLine]:
    """Read remittance lines from text without a table, after the heading line if any."""
    header = find_text_header(text_lines)
    start, order = (header[0] + 1, header[1]) if header else (0, [])
    found: list[RemittanceLine] = []
    for text in text_lines[start:]:
        raw = _text_to_raw(text, order, conventions)
        line = make_line(raw) if raw else None
        if line is not None:
            found.append(line)
    return found


def _text_to_raw(text: str, order: Sequence[Column], conv: Conventions) -> RawLine | None:
    if _TOTAL_WORDS.search(text) or is_label_line(text):
        return None
    amounts = list(AMOUNT_IN_TEXT.finditer(text))
    if not amounts:
        return None
    dates = list(DATE_IN_TEXT.finditer(text))
    rest = _blank_out(text, [m.span() for m in (*amounts, *dates)])
    token = _first_ref_token(rest)
    if token is None:
        return None
    ref, prefix = token
    values = [parse_amount(m[0], decimal_comma=conv.decimal_comma) for m in amounts]
    fields = _assign_amounts([v for v in values if v is not None], order)
    return RawLine(
        ref=ref,
        paid=fields.get(Column.PAID),
        gross=fields.get(Column.GROSS),
        discount=fields.get(Column.DISCOUNT),
        deduction=fields.get(Column.DEDUCTION),
        invoice_date=parse_date(dates[0][0], dayfirst=conv.dayfirst) if dates else None,
        context=text,
        doc_type=prefix,
    )


def _blank_out(text: str, spans: Sequence[tuple[int, int]]) -> str:
    chars = list(text)
    for start, end in spans:
        chars[start:end] = " " * (end - start)
    return "".join(chars)


def _first_ref_token(text: str) -> tuple[str, str] | None:
    """Return the first invoice-like token and the word before it (``PO``, ``CN``...)."""
    previous = ""
    for word in text.split():
        token = word.strip("[]()#:,;*")
        digits = sum(ch.isdigit() for ch in token)
        if _REF_TOKEN.fullmatch(token) and (digits >= 3 or _LETTER_PREFIXED.match(token)):
            prefix = previous if previous.lower().rstrip(".") in _PREFIX_WORDS else ""
            return token, prefix
        previous = token
    return None


def _assign_amounts(values: Sequence[Decimal], order: Sequence[Column]) -> dict[Column, Decimal]:
    """Give each amount on a text line its meaning, by the heading line or by count.

    With no usable headings the convention of nearly every advice applies: the last
    amount is what was paid and the first, if there are several, is the invoice's gross.
    """
    if order and len(order) == len(values):
        resolved = [_resolve_amount_column(column, order) for column in order]
        return dict(zip(resolved, values, strict=True))
    by_count: dict[int, tuple[Column, ...]] = {
        1: (Column.PAID,),
        2: (Column.GROSS, Column.PAID),
        3: (Column.GROSS, Column.DISCOUNT, Column.PAID),
        4: (Column.GROSS, Column.DISCOUNT, Column.DEDUCTION, Column.PAID),
    }
    if not values:
        return {}
    if len(values) in by_count:
        return dict(zip(by_count[len(values)], values, strict=True))
    return {Column.GROSS: values[0], Column.PAID: values[-1]}


def _resolve_amount_column(column: Column, order: Sequence[Column]) -> Column:
    if column is not Column.AMOUNT:
        return column
    return Column.GROSS if Column.PAID in order else Column.PAID


# --- rows to lines --------------------------------------------------------------------


def classify_reference(
    ref: str, *, context: str = "", doc_type: str = "", negative: bool = False
) -> ReferenceKind:
    """Say what the payer's reference points at: invoice, credit note, PO or unknown.

    A printed document type is the strongest evidence, then the reference's own prefix,
    then words on the row; a negative amount is a credit even when nothing says so.
    """
    folded_type = normalise_heading(doc_type)
    for pattern, kind in _TYPE_WORDS:
        if folded_type and pattern.match(folded_type):
            return kind
    if _CREDIT_REF.match(ref) or _CREDIT_WORDS.search(context) or negative:
        return ReferenceKind.CREDIT_NOTE
    if _PO_REF.match(ref):
        return ReferenceKind.PO
    if not any(ch.isdigit() for ch in ref):
        return ReferenceKind.UNKNOWN
    return ReferenceKind.INVOICE


def make_line(raw: RawLine) -> RemittanceLine | None:
    """Apply the sign rules and round to cents; ``None`` for a row without money.

    A missing paid amount is worked out from gross less discount and deduction, which
    some advices leave implicit. Credit notes always carry a negative paid amount (and
    gross), whatever sign convention the payer printed; discounts and deductions are
    reductions and are kept positive.
    """
    discount = abs(raw.discount) if raw.discount is not None else ZERO
    deduction = abs(raw.deduction) if raw.deduction is not None else ZERO
    paid = raw.paid
    if paid is None:
        if raw.gross is None:
            return None
        paid = raw.gross - discount - deduction
    gross = raw.gross
    negative = paid < 0 or (gross is not None and gross < 0)
    kind = classify_reference(
        raw.ref, context=raw.context, doc_type=raw.doc_type, negative=negative
    )
    if kind is ReferenceKind.CREDIT_NOTE:
        paid = -abs(paid)
        gross = -abs(gross) if gross is not None else None
    return RemittanceLine(
        invoice_ref=raw.ref,
        paid_amount=money(paid),
        invoice_date=raw.invoice_date,
        gross_amount=money(gross) if gross is not None else None,
        discount=money(discount),
        deduction=money(deduction),
        reference_kind=kind,
    )
