"""Remittance lines from any layout: a grid of cells, or plain lines of text.

Every reader reduces its format to one of two shapes -- a grid (list of rows of strings,
from a PDF table, a spreadsheet, an HTML table or OCR) or lines of text -- and this
module does the rest.

* Grids: the header row is found by the synonyms in :mod:`.columns` (a heading over two
  rows included) and columns are mapped by meaning, not position. The values then check
  the headings: the reference column must hold references, and when the paid column was
  only guessed from a bare "Amount", a money column with an unknown heading to its right
  becomes the paid one if the row arithmetic (gross less the other amounts) says so.
  A grid without any header is read by what its values look like, when asked to.
* Text: after a heading line (if any), a line that holds a reference-like token and money
  is a remittance line. Text that keeps its column gaps (fixed-width mail, OCR lines) is
  cut into cells under the headings; text whose gaps collapsed is read token by token,
  the headings giving the order of the amounts and which of several references is ours.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal

from inbox_agent.documents import trace
from inbox_agent.documents.columns import (
    AMOUNT_COLUMNS,
    REFERENCE_COLUMNS,
    Column,
    ColumnMap,
    TextHeader,
    classify_heading,
    column_map,
    find_header,
    find_text_header,
    normalise_heading,
    spaced_cells,
)
from inbox_agent.documents.header import is_label_line, is_total_label
from inbox_agent.documents.reference_words import Says, says
from inbox_agent.documents.values import (
    DATE_IN_TEXT,
    ISO_CURRENCIES,
    MONEY_SHAPE,
    Conventions,
    find_amounts,
    looks_like_money,
    parse_amount,
    parse_date,
)
from matchers.types import ZERO, ReferenceKind, RemittanceLine, money

__all__ = [
    "ColumnMap",
    "Grid",
    "RawLine",
    "classify_reference",
    "clean_cell",
    "column_map",
    "drop_repeated_copy",
    "find_header",
    "find_text_header",
    "lines_from_grids",
    "lines_from_text",
    "make_line",
]

Grid = Sequence[Sequence[str]]

_TOTAL_WORDS = re.compile(
    r"(?<!\w)(?:sub-?total|total|totals|grand total|sum|summe|gesamt\w*|zwischensumme|"
    r"balance|übertrag|carried forward|brought forward|montant total|kabuuan|totaal|"
    r"jumlah|合计|合計|总计|總計|total pagado|importe total|summa|sum|i alt|razem|suma|"
    r"toplam|totalt|합계|소계|小計|総計|σύνολο|σύνολα|lapösszeg|átvitel|áthozat|összesen|"
    r"celkem|mezisoučet|převod|subtotal|report|tổng cộng|cộng trang)(?!\w)",
    re.IGNORECASE,
)
_CREDIT_REF = re.compile(r"^(?:CN|CR|CRN|CM|GS|AV|KN)[-/ #.]?\d", re.IGNORECASE)
_CREDIT_WORDS = re.compile(
    r"(?<!\w)(?:credit|gutschrift|avoir|storno|πιστωτικό|dobropis|jóváírás|nota de credit)",
    re.IGNORECASE,
)
_PO_REF = re.compile(r"^P\.?O\.?[-/ #:]*\d", re.IGNORECASE)
_TYPE_WORDS: tuple[tuple[re.Pattern[str], ReferenceKind], ...] = (
    (re.compile(r"^(?:cn|cr|crn|cm|gs|av|kn|credit\w*|gutschrift|avoir|storno|πιστωτικο)(?!\w)"),
     ReferenceKind.CREDIT_NOTE),
    (re.compile(r"^(?:po|p o|purchase order|bestellung|commande)(?!\w)"), ReferenceKind.PO),
    (re.compile(r"^(?:inv|invoice|re|rechnung|facture|fa|bill)(?!\w)"), ReferenceKind.INVOICE),
)  # fmt: skip
_REF_TOKEN = re.compile(r"[A-Za-z0-9][A-Za-z0-9/_.\-]*")
_LETTER_PREFIXED = re.compile(r"[A-Za-z]{2,}[-/#_.]?\d")
_NOT_DOCUMENT_WORDS = frozenset({
    "bsb", "account", "acct", "a/c", "ac", "iban", "swift", "bic", "routing", "sort", "tel",
    "phone", "fax", "mobile", "abn", "acn", "tin", "gst", "vat", "uen", "nzbn", "ust-idnr",
    "konto", "blz",
})  # fmt: skip
"""Words before a number that make it a bank, phone or tax number, never a document."""
_GLUED_VOUCHER = re.compile(r"^(?P<voucher>\d{5,})(?P<ref>[A-Z]{2,}[-/]?(?:[A-Z]+-)?\d[\w/-]*)$")
"""A number of the payer's run against ours where two cells touch: "385994PO3684376"."""
_GLUED_DATE = re.compile(
    r"^(?:\d{1,2}[./-]\d{1,2}[./-](?:\d{4}|\d{2})|\d{4}-\d{2}-\d{2})(?=[A-Za-z])"
)
"""A date cell printed against the next cell ("29/07/2026SI-067937"), as tight tables do."""
_ROW_NUMBER = re.compile(r"^(?:\d{1,3}[.)]?\s+)+(?=[A-Z]{2,}[^\s\d]{0,3}\s?\d)")
"""Row numbers glued before a capitals-prefixed reference: "1 INV 77342", "2. CN 1070",
"4 4 BKS006936" (a number read twice)."""
_MARK = re.compile(r"[A-Za-z]|[\\/_|✓✔]{1,2}[A-Za-z]?[\\/_|]{0,2}")
"""What a pen tick or a speck becomes in OCR: one letter, or slashes around one."""
_LETTERED_REF = re.compile(r"[A-Za-z]{2,}[\w/.-]*\d[\w/.-]*")
_TYPED_REFERENCE = re.compile(
    r"^(?P<word>bill|invoice|credit(?: note| memo)?|rechnung|facture|gutschrift|avoir)"
    r"\s+(?:(?:n[°º]|no\.?|nr\.?|#)\s*)?(?P<ref>\S*\d\S*)$",
    re.IGNORECASE,
)
"""A document type printed in the reference cell ("Bill IPS-208988"): the type, then ours."""
_ARITHMETIC_SHARE = 0.8
_REPEATED_ROWS = 3
"""Rows enough to call an amount the same on every row a repeated payment total."""
_COLUMN_GAP = 3
"""Spaces that part two columns of fixed-width text, rather than two words of one cell."""


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


# --- cells ----------------------------------------------------------------------------


def clean_cell(cell: object) -> str:
    """Flatten a cell to one line: PDF tables wrap text and give ``None`` for empty cells.

    A reference wrapped after its hyphen or slash ("RE-2026-" over "1138") is one word
    again: a narrow column breaks where it can, not where the writer put a space.
    """
    if cell is None:
        return ""
    text = _BROKEN_AT_JOINER.sub(r"\1", str(cell))
    return re.sub(r"\s+", " ", text).strip()


_BROKEN_AT_JOINER = re.compile(r"(\w[-/])[ \t]*\n\s*(?=\w)")


def _cell(row: Sequence[str], index: int | None) -> str:
    if index is None or index >= len(row):
        return ""
    return row[index]


def _is_money(cell: str, conv: Conventions) -> bool:
    return (
        looks_like_money(cell, conv)
        and parse_amount(cell, decimal_comma=conv.decimal_comma) is not None
    )


def is_reference_like(token: str) -> bool:
    """A token that can be a document number: ``INV-00123``, ``90012345``, ``A12-7``.

    Three digits, or letters followed by a digit; never a date or an amount.
    """
    token = token.strip("[]()#:,;*")
    if not _REF_TOKEN.fullmatch(token) or DATE_IN_TEXT.fullmatch(token):
        return False
    digits = sum(ch.isdigit() for ch in token)
    if digits >= 3:
        return not MONEY_SHAPE.search(token) or any(ch.isalpha() for ch in token)
    return bool(_LETTER_PREFIXED.match(token)) and digits >= 1


# --- grids ----------------------------------------------------------------------------


def lines_from_grids(
    grids: Sequence[Grid], conventions: Conventions, *, loose: bool = False, infer: bool = False
) -> list[RemittanceLine]:
    """Read every table of a document; a headerless table continues the previous one.

    Multi-page advices repeat the table without its header on later pages, so a grid of
    the same width as the last recognised table is read with that table's columns. With
    ``loose``, a header row that names amounts but no reference we know is accepted when
    a column below it holds references; with ``infer``, a grid with no header and no
    table before it is read by its values alone.
    """
    found: list[RemittanceLine] = []
    last: ColumnMap | None = None
    for grid in grids:
        rows = [[clean_cell(cell) for cell in row] for row in grid]
        header = find_header(rows)
        if header is None and loose:
            header = loose_header(rows, conventions)
        if header is not None:
            start, last = header[0], refine_map(header[1], rows[header[0] :], conventions)
        elif last is not None and rows and len(rows[0]) == last.width:
            start = 0
        elif infer and (guessed := infer_map(rows, conventions)) is not None:
            start, last = 0, guessed
        else:
            continue
        trace.grid_table(rows, start, last, named=header is not None)
        for row in merge_wrapped_rows(rows[start:], last.ref, conventions):
            raw = _row_to_raw(row, last, conventions)
            line = make_line(raw) if raw else None
            if line is not None:
                found.append(line)
                trace.row(row, line)
    return found


def merge_wrapped_rows(
    rows: Sequence[Sequence[str]], ref: int, conv: Conventions
) -> list[Sequence[str]]:
    """Join the pieces of cells that wrapped onto lines of their own, back into their row.

    A narrow column wraps a long reference ("F2026-" over "19572") while the one-line
    cells sit on the middle line, so a table read by position (or by OCR) shows a money
    row without a reference between fragment rows that fill only the columns the money
    row leaves empty. The fragments between two such rows are shared out, the first half
    to the row above and the rest to the row below.
    """
    data = [i for i, row in enumerate(rows) if _has_money(row, conv)]
    needs = {i for i in data if not _cell(rows[i], ref)}
    if not needs:
        return list(rows)
    taken: dict[int, tuple[list[int], list[int]]] = {i: ([], []) for i in needs}
    bounds = [-1, *data, len(rows)]
    for left, right in itertools.pairwise(bounds):
        gap = list(range(left + 1, right))
        if not gap or not all(_is_fragment(rows[g]) for g in gap):
            continue
        gap = gap[-2:] if left < 0 else gap[:2] if right >= len(rows) else gap
        above_needs, below_needs = left in needs, right in needs
        split = (len(gap) + 1) // 2 if above_needs and below_needs else len(gap) * above_needs
        if above_needs:
            taken[left][1].extend(gap[:split])
        if below_needs:
            taken[right][0].extend(gap[split:])
    dropped: set[int] = set()
    merged: dict[int, list[str]] = {}
    for index, (over, under) in taken.items():
        parts = [rows[g] for g in over] + [rows[index]] + [rows[g] for g in under]
        if not all(_complements(rows[index], rows[g]) for g in (*over, *under)):
            continue
        merged[index] = [_join_cell([_cell(p, c) for p in parts]) for c in range(len(rows[index]))]
        dropped.update((*over, *under))
    return [merged.get(i, row) for i, row in enumerate(rows) if i not in dropped]


def _has_money(row: Sequence[str], conv: Conventions) -> bool:
    return any(_is_money(cell, conv) for cell in row)


def _is_fragment(row: Sequence[str]) -> bool:
    text = " ".join(cell for cell in row if cell)
    return bool(text) and not _TOTAL_WORDS.search(text) and not is_label_line(text)


def _complements(row: Sequence[str], fragment: Sequence[str]) -> bool:
    """A fragment only fills columns the row leaves empty."""
    return all(not cell or not _cell(row, index) for index, cell in enumerate(fragment))


def _join_cell(parts: Sequence[str]) -> str:
    joined = ""
    for part in (p for p in parts if p):
        glue = "" if not joined or joined.endswith(("-", "/")) else " "
        joined = f"{joined}{glue}{part}"
    return joined


def loose_header(rows: Sequence[Sequence[str]], conv: Conventions) -> tuple[int, ColumnMap] | None:
    """A header row whose reference heading is unknown ("Beleg-Ident", "Ref. client").

    The row must have no digits and name at least one amount; the reference is the
    leftmost unnamed column below it that holds references on most money rows.
    """
    for index, row in enumerate(rows[:-1]):
        if any(ch.isdigit() for cell in row for ch in cell):
            continue
        kinds = [heading.column if (heading := classify_heading(cell)) else None for cell in row]
        if not any(kind in AMOUNT_COLUMNS for kind in kinds):
            continue
        below = rows[index + 1 :]
        money = money_columns(below, len(row), conv)
        data = [r for r in below if any(_is_money(_cell(r, i), conv) for i in money)]
        for column, kind in enumerate(kinds):
            if kind is not None or column in money or not row[column].strip():
                continue
            refs = sum(is_reference_like(_cell(r, column)) for r in data)
            if data and refs >= 0.6 * len(data):
                named = [*row[:column], "Reference", *row[column + 1 :]]
                found = column_map(named)
                return (index + 1, found) if found is not None else None
    return None


def money_columns(rows: Sequence[Sequence[str]], width: int, conv: Conventions) -> list[int]:
    """Columns whose filled cells are mostly amounts with cents."""
    found = []
    for index in range(width):
        cells = [cell for row in rows if (cell := _cell(row, index))]
        amounts = sum(_is_money(cell, conv) for cell in cells)
        if amounts and amounts >= 0.5 * len(cells):
            found.append(index)
    return found


def refine_map(cmap: ColumnMap, rows: Sequence[Sequence[str]], conv: Conventions) -> ColumnMap:
    """Check the heading-based map against the values below it.

    The reference column must hold references. Money columns keep the role their heading
    names; the paid amount, unless a heading names it, is found among the bare "Amount"
    columns and the money columns whose heading is unknown (or names something that is
    not money, like "Invoice value"): the one that is gross less the other amounts on
    the rows, else the rightmost. Gross is a named gross column, else the leftmost free
    money column.
    """
    cmap = _pick_ref(cmap, rows, conv)
    money = money_columns(rows, cmap.width, conv)
    if not money:
        return cmap

    def kind(index: int) -> Column | None:
        return cmap.kinds[index] if index < len(cmap.kinds) else None

    named = {i: kind(i) for i in money if kind(i) in _MONEY_ROLES}
    free = [i for i in money if i not in named and i != cmap.ref and kind(i) is not Column.OTHER]
    # A flat export repeats the payment's total on every row ("PaymentAmount"): not a line's.
    repeated = [i for i in money if _same_on_every_row(i, rows)]
    if len(repeated) < len(money):
        named = {i: k for i, k in named.items() if i not in repeated}
        free = [i for i in free if i not in repeated]
    paid = _rightmost(named, Column.PAID)
    gross = _rightmost(named, Column.GROSS)
    if paid is None:
        candidates = [i for i in money if named.get(i) is Column.AMOUNT or i in free]
        paid = _paid_by_arithmetic(candidates, money, rows, conv, gross=gross)
    if paid is None:
        return cmap
    if gross is None:
        spare = [i for i in money if i != paid and (i in free or named.get(i) is Column.AMOUNT)]
        gross = spare[0] if spare and spare[0] < paid else None
    refined = replace(cmap, paid=paid, gross=gross)
    return _reduction_between(refined, free, rows, money, conv)


def _same_on_every_row(index: int, rows: Sequence[Sequence[str]]) -> bool:
    cells = [cell for row in rows if (cell := _cell(row, index))]
    return len(cells) >= _REPEATED_ROWS and len(set(cells)) == 1


def _reduction_between(
    cmap: ColumnMap,
    free: Sequence[int],
    rows: Sequence[Sequence[str]],
    money: Sequence[int],
    conv: Conventions,
) -> ColumnMap:
    """Name the one unnamed money column between gross and paid, if the rows add up.

    It is a reduction: a deduction, or a discount when a deduction column is named.
    """
    if cmap.gross is None or cmap.paid is None:
        return cmap
    between = [i for i in free if cmap.gross < i < cmap.paid]
    if len(between) != 1 or not _adds_up(cmap.paid, cmap.gross, rows, money, conv):
        return cmap
    if cmap.deduction is None:
        return replace(cmap, deduction=between[0])
    return replace(cmap, discount=between[0]) if cmap.discount is None else cmap


_MONEY_ROLES = frozenset(AMOUNT_COLUMNS)
_ORDERED = (*AMOUNT_COLUMNS, Column.OTHER)
"""Columns that take an amount of a text row, in the order the headings give."""


def _rightmost(named: dict[int, Column | None], role: Column) -> int | None:
    found = [index for index, kind in named.items() if kind is role]
    return found[-1] if found else None


def _paid_by_arithmetic(
    candidates: Sequence[int],
    money: Sequence[int],
    rows: Sequence[Sequence[str]],
    conv: Conventions,
    *,
    gross: int | None,
) -> int | None:
    """The candidate that is gross less the other amounts on most rows, else the rightmost."""
    if not candidates:
        return None
    for paid in reversed(candidates):
        base = gross if gross is not None else next((i for i in money if i != paid), None)
        if base is not None and base < paid and _adds_up(paid, base, rows, money, conv):
            return paid
    return candidates[-1]


def _adds_up(
    paid: int, gross: int, rows: Sequence[Sequence[str]], money: Sequence[int], conv: Conventions
) -> bool:
    """Whether paid = gross less the row's other amounts on most rows that have both."""
    checked = agreed = 0
    for row in rows:
        values = {i: parse_amount(_cell(row, i), decimal_comma=conv.decimal_comma) for i in money}
        paid_value, gross_value = values.get(paid), values.get(gross)
        if paid_value is None or gross_value is None:
            continue
        between = [v for i, v in values.items() if v is not None and gross < i < paid]
        checked += 1
        agreed += abs(gross_value) - sum((abs(v) for v in between), Decimal(0)) == abs(paid_value)
    return checked > 0 and agreed >= _ARITHMETIC_SHARE * checked


def _pick_ref(cmap: ColumnMap, rows: Sequence[Sequence[str]], conv: Conventions) -> ColumnMap:
    """Keep the best-named reference column unless its cells are not references.

    The next named reference column is tried, then any column of references whose
    heading is not a known other field (a PO, a date, a type).
    """

    def share(index: int) -> float:
        cells = [reference_cell(cell) for row in rows if (cell := _cell(row, index))]
        refs = sum(_holds_reference(cell) and not _is_money(cell, conv) for cell in cells)
        return refs / len(cells) if cells else 0.0

    if share(cmap.ref) >= 0.5:
        return cmap
    unnamed = [i for i in range(cmap.width) if i >= len(cmap.kinds) or cmap.kinds[i] is None]
    # Last, a date column a scan merged with the reference beside it ("Invoice Date Reference").
    dated = [cmap.date] if cmap.date is not None else []
    better = next((i for i in (*cmap.refs, *unnamed, *dated) if share(i) >= 0.5), None)
    return replace(cmap, ref=better) if better is not None else cmap


def _holds_reference(cell: str) -> bool:
    """A cell that is one reference, its prefix printed apart or not ("FS 118/02/2026")."""
    words = cell.split()
    if len(words) == 2 and words[0].isalpha() and len(words[0]) <= 4:
        return is_reference_like(words[1])
    return is_reference_like(cell)


def infer_map(rows: Sequence[Sequence[str]], conv: Conventions) -> ColumnMap | None:
    """Map a headerless grid by its values: references on the left, money on the right.

    Needs two rows or more with both; the rightmost money column is taken as paid and
    the leftmost, if another, as gross -- the order of nearly every advice.
    """
    width = max((len(row) for row in rows), default=0)
    money = money_columns(rows, width, conv)
    if not money:
        return None
    data = [row for row in rows if any(_is_money(_cell(row, i), conv) for i in money)]
    for index in range(width):
        if index in money:
            continue
        refs = sum(is_reference_like(_cell(row, index)) for row in data)
        if refs >= 2 and refs >= 0.6 * len(data):
            gross = money[0] if len(money) > 1 else None
            return ColumnMap(width=width, ref=index, paid=money[-1], gross=gross, refs=(index,))
    return None


def reference_cell(cell: str) -> str:
    """The reference in a cell, without what OCR and tight tables glue before it.

    A scan's grid can merge the row-number or date column into the reference cell
    ("1 INV 77342", "11 Feb 2026 IB/2026/1208"); neither is ever part of our number.
    """
    if (dated := DATE_IN_TEXT.match(cell)) and cell[dated.end() :].strip():
        cell = cell[dated.end() :].strip()
    return _one_reference(_ROW_NUMBER.sub("", cell)).lstrip("/\\|_‚,;:").rstrip("|,;:")


def _one_reference(cell: str) -> str:
    """One number out of a cell a scan merged with its neighbour.

    "118204 PO 77839" and "CHS/3310/26 LPO 7913" carry the payer's order after ours;
    "61122 2026-INV-0093" and "5100012480 CSW/1285/25-26" a voucher before it, which is
    only digits where ours has letters. A cell that is one number ("CN 0052", "INV
    77342") is left as it is.
    """
    words = cell.split()
    if len(words) < 2:
        return cell
    if len(words) == 2 and _MARK.fullmatch(words[0]) and _LETTERED_REF.fullmatch(words[1]):
        return words[1]  # a tick or a stray mark before the number: "V KSP/INV/2291"
    kept = [
        word
        for index, word in enumerate(words)
        if not (index and says(words[index - 1], Says.ORDER)) and not says(word, Says.ORDER)
    ]
    refs = [word for word in kept if is_reference_like(word)]
    if not refs:
        return cell  # "PO 4500012345" alone: paid against the order
    if len(refs) < 2 and len(kept) == len(words):
        return cell
    lettered = [word for word in refs if any(ch.isalpha() for ch in word)]
    if len(refs) >= 2 and len(lettered) == 1:
        return lettered[0]
    return " ".join(kept) if len(refs) < 2 else cell


def _is_total_cell(cell: str) -> bool:
    """A cell that is only a total's label: "Total", "Net amount paid", "Check Amount:"."""
    return bool(_TOTAL_WORDS.fullmatch(cell)) or is_total_label(cell)


def _row_to_raw(row: Sequence[str], cmap: ColumnMap, conv: Conventions) -> RawLine | None:
    ref, doc_type = reference_cell(_cell(row, cmap.ref)), _cell(row, cmap.doc_type)
    if not ref and cmap.po is not None and cmap.po != cmap.ref:
        # Paid against the purchase order before any invoice: the PO is the reference.
        ref, doc_type = _cell(row, cmap.po), doc_type or "po"
    if not ref or not any(ch.isalnum() for ch in ref) or _TOTAL_WORDS.search(ref):
        return None
    if ref.endswith(":") or is_label_line(ref) or any(_is_total_cell(c) for c in row):
        return None
    if not any(ch.isdigit() for ch in ref):
        return None  # a word in the reference column ("Lapösszeg", a page total) is no document
    if not doc_type and (typed := _TYPED_REFERENCE.match(ref)):
        doc_type, ref = typed["word"], typed["ref"]

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
        doc_type=doc_type,
    )


# --- text -----------------------------------------------------------------------------


def lines_from_text(text_lines: Sequence[str], conventions: Conventions) -> list[RemittanceLine]:
    """Read remittance lines from text without a table, after the heading line if any."""
    header = find_text_header(text_lines)
    start = header.index + 1 if header else 0
    cmap = column_map(header.cells) if header and header.cells else None
    if header is not None and cmap is not None:
        rows = [_cut_row(text, header) for text in text_lines[start:]]
        cmap = refine_map(cmap, [row for row in rows if row], conventions)
    body = join_wrapped_rows(
        text_lines[start:], conventions, strict=header is None, ref_slot=our_reference_slot(header)
    )
    trace.text_table(text_lines, header, cmap)
    found: list[RemittanceLine] = []
    for text in body:
        raw = _text_to_raw(text, header, cmap, conventions)
        line = make_line(raw) if raw else None
        if line is not None:
            found.append(line)
            trace.row(text, line)
    return found


def join_wrapped_rows(
    lines: Sequence[str], conv: Conventions, *, strict: bool = False, ref_slot: int = 0
) -> list[str]:
    """Put back together table rows that the page width or a narrow cell broke apart.

    A line with money but no reference takes the line above it when that line holds a
    reference and no money (a row wrapped after its text columns, or a reference cell
    wrapped above the row's middle). The line below completes the reference when the
    reference broke after a hyphen or slash ("F2026-" over "19572") or it is a one-token
    tail ("2" of "CRN50254" / "2"). Below a heading line every line is meant to be a row;
    without one (``strict``), only references with letters or a break are trusted, so
    an address ("Sydney NSW 2000") never lends its postcode to a total.
    """
    out = _join_references_around_rows([line.strip() for line in lines], conv, ref_slot)
    for index in range(1, len(out)):
        line, above = out[index], out[index - 1]
        if not _money_without_reference(line, conv) or not _reference_without_money(above, conv):
            continue
        first, _, rest = above.partition(" ")
        broken = first.endswith(("-", "/"))
        if strict and not broken and not _LETTER_PREFIXED.search(first):
            continue
        below = out[index + 1] if index + 1 < len(out) else ""
        leftover = ""
        if below and not find_amounts(below, conv) and not is_label_line(below):
            head, _, tail = below.partition(" ")
            if broken and head[:1].isalnum():
                above, leftover, out[index + 1] = f"{first}{head} {rest}".strip(), tail, ""
            elif not rest and _is_tail(below, conv):
                glue = "" if below.isdigit() else " "
                above, out[index + 1] = f"{first}{glue}{below}", ""
        out[index] = f"{above} {line} {leftover}".strip()
        out[index - 1] = ""
    kept = [line for line in out if line]
    return kept if strict else _join_amount_tails(kept, conv)


def _join_references_around_rows(lines: list[str], conv: Conventions, slot: int) -> list[str]:
    """A reference cell that wrapped around its row: its head above, its tail below.

    A narrow column breaks "RE-2026-1801" after the hyphen and centres the row's other
    cells between the halves: "RE-2026-" / "5136739631 03/29/2025 66.26" / "1801". Only a
    reference with a hyphen or slash can wrap like that, and ours are the ones written so,
    so the joined reference goes where our column is (``slot``: after the payer's
    voucher number in a "Doc No. / Your Ref" row).
    """
    out = list(lines)
    for index in range(len(out) - 2):
        head, row, tail = out[index], out[index + 1], out[index + 2]
        if not (
            " " not in head
            and head.endswith(("-", "/"))
            and head[:1].isalnum()
            and not find_amounts(head, conv)
            and find_amounts(row, conv)
            and _is_tail(tail, conv)
            and tail.isalnum()
        ):
            continue
        words = row.split()
        before = 0
        while before < min(slot, len(words)) and is_reference_like(words[before]):
            before += 1
        joined = " ".join([*words[:before], f"{head}{tail}", *words[before:]])
        out[index], out[index + 1], out[index + 2] = "", joined, ""
    return [line for line in out if line]


def _join_amount_tails(lines: list[str], conv: Conventions) -> list[str]:
    """A line of nothing but amounts, under a row, is the end of that row, wrapped."""
    out: list[str] = []
    for line in lines:
        amounts = find_amounts(line, conv)
        only_money = amounts and not _blank_out(line, [m.span() for m in amounts]).strip()
        if only_money and out and _is_row(out[-1], conv):
            out[-1] = f"{out[-1]} {line}"
        else:
            out.append(line)
    return out


def _is_row(line: str, conv: Conventions) -> bool:
    amounts = find_amounts(line, conv)
    if not amounts or _TOTAL_WORDS.search(line) or is_label_line(line):
        return False
    dates = [m.span() for m in DATE_IN_TEXT.finditer(line)]
    return bool(_ref_tokens(_blank_out(line, [m.span() for m in amounts] + dates)))


def _money_without_reference(line: str, conv: Conventions) -> bool:
    amounts = find_amounts(line, conv)
    if not amounts or _TOTAL_WORDS.search(line) or is_label_line(line):
        return False
    dates = [m.span() for m in DATE_IN_TEXT.finditer(line)]
    return not _ref_tokens(_blank_out(line, [m.span() for m in amounts] + dates))


def _reference_without_money(line: str, conv: Conventions) -> bool:
    if not line or find_amounts(line, conv) or _TOTAL_WORDS.search(line) or is_label_line(line):
        return False
    dates = [m.span() for m in DATE_IN_TEXT.finditer(line)]
    return bool(_ref_tokens(_blank_out(line, dates)))


def _is_tail(line: str, conv: Conventions) -> bool:
    return bool(line) and " " not in line and len(line) <= 6 and not find_amounts(line, conv)


def _text_to_raw(
    text: str, header: TextHeader | None, cmap: ColumnMap | None, conv: Conventions
) -> RawLine | None:
    if _TOTAL_WORDS.search(text) or is_label_line(text):
        return None
    amounts = find_amounts(text, conv)
    if not amounts:
        return None
    if header is not None and cmap is not None:
        raw = _spaced_row(text, header, cmap, conv)
        if raw is not None:
            return raw
    return _token_row(text, amounts, header, conv)


def _spaced_row(
    text: str, header: TextHeader, cmap: ColumnMap, conv: Conventions
) -> RawLine | None:
    """Cut a fixed-width row into the heading's columns (by count, else by position)."""
    assigned = _cut_row(text, header)
    if not assigned:
        return None
    money_at = [cmap.paid, cmap.gross, cmap.discount, cmap.deduction]
    if any(
        (cell := _cell(assigned, i))
        and parse_amount(cell, decimal_comma=conv.decimal_comma) is None
        for i in money_at
    ):
        return None
    raw = _row_to_raw(assigned, cmap, conv)
    return raw if raw is not None and is_reference_like(raw.ref) else None


def _cut_row(text: str, header: TextHeader) -> list[str]:
    """A fixed-width row as cells under the heading's columns; empty if it has no gaps."""
    cells = spaced_cells(text)
    if len(cells) < 2 or _TOTAL_WORDS.search(text):
        return []
    count = len(header.spans)
    if len(cells) == count:
        return [cell for _, _, cell in cells]
    assigned = [""] * count
    for start, end, cell in cells:
        index = _column_under(header.spans, start, end)
        assigned[index] = f"{assigned[index]} {cell}".strip()
    return assigned


def _column_under(spans: Sequence[tuple[int, int]], start: int, end: int) -> int:
    """The heading column a cell sits under: most overlap, else the nearest centre."""

    def overlap(index: int) -> int:
        left, right = spans[index]
        return min(right, end) - max(left, start)

    best = max(range(len(spans)), key=overlap)
    if overlap(best) > 0:
        return best
    middle = (start + end) / 2
    return min(range(len(spans)), key=lambda i: abs((spans[i][0] + spans[i][1]) / 2 - middle))


def _token_row(
    text: str, amounts: Sequence[re.Match[str]], header: TextHeader | None, conv: Conventions
) -> RawLine | None:
    dates = list(DATE_IN_TEXT.finditer(text))
    rest = _blank_out(text, [m.span() for m in (*amounts, *dates)])
    candidates = _ref_tokens(rest, glue_prefix=not _type_column_first(header))
    if not candidates:
        return None
    ref, prefix = _choose_ref(candidates, header)
    values = [parse_amount(m[0], decimal_comma=conv.decimal_comma) for m in amounts]
    order = [h.column for h in header.headings if h.column in _ORDERED] if header else []
    fields = _assign_amounts([v for v in values if v is not None], order)
    fields.pop(Column.OTHER, None)
    return RawLine(
        ref=ref,
        paid=fields.get(Column.PAID),
        gross=fields.get(Column.GROSS),
        discount=fields.get(Column.DISCOUNT),
        deduction=fields.get(Column.DEDUCTION),
        invoice_date=parse_date(dates[0][0], dayfirst=conv.dayfirst) if dates else None,
        context=text,
        doc_type=prefix or _type_word(rest, ref),
    )


def _type_column_first(header: TextHeader | None) -> bool:
    """Whether a "Type" column stands left of the reference.

    "INV  90012331" under "Type  Invoice No." is then two cells, while "CN 0061 ... Credit
    note" under "Document ... Type" is one number.
    """
    if header is None:
        return False
    types = [h.position for h in header.headings if h.column is Column.TYPE]
    refs = [h.position for h in header.headings if h.column is Column.REF]
    return bool(types and refs and min(types) < min(refs))


def _blank_out(text: str, spans: Sequence[tuple[int, int]]) -> str:
    chars = list(text)
    for start, end in spans:
        chars[start:end] = " " * (end - start)
    return "".join(chars)


def _ref_tokens(text: str, *, glue_prefix: bool = True) -> list[tuple[str, str]]:
    """Every reference-like token and the word before it (``PO``, ``CN``...).

    With ``glue_prefix``, a capital abbreviation right before a bare number is part of it
    ("CN 0052"); not so when the table prints the type in a column of its own ("Type").
    """
    found = []
    previous = previous_word = ""
    previous_end = 0
    for match in re.finditer(r"\S+", text):
        word = match[0]
        token = _GLUED_DATE.sub("", word.strip("[]()#:,;*").lstrip("/\\|"))
        if glued := _GLUED_VOUCHER.match(token):
            # "9963825CH41920716": a voucher cell printed against our number.
            found.append((glued["voucher"], ""))
            token = glued["ref"]
        if is_reference_like(token) and previous.lower().rstrip(".:") not in _NOT_DOCUMENT_WORDS:
            prefix = previous if says(previous, Says.BEFORE) else ""
            if (
                glue_prefix
                and token[:1].isdigit()
                and _is_number_prefix(previous, numeric=token.isdigit())
                and match.start() - previous_end < _COLUMN_GAP  # "INV   9001" is a type column
            ):
                token = f"{previous_word.strip('[](),;*:')} {token}"  # "CN 0052", "SI# 18727"
            found.append((token, prefix))
        previous, previous_word, previous_end = token, word, match.end()
    return found


def _is_number_prefix(word: str, *, numeric: bool) -> bool:
    """Whether a word in capitals before a number is part of it as the payer printed it.

    The known abbreviations ("CN 0052", "SI# 18727") always; any other two or three
    capitals ("FT 1652/2024", "NC 39/2024") before a number with its own separators, which
    no currency code, order or account word is.
    """
    if not word.isupper():
        return False
    if says(word, Says.PART):
        return True
    bare = word.strip(".:#")
    return (
        not numeric
        and 2 <= len(bare) <= 3
        and bare.isalpha()
        and bare not in ISO_CURRENCIES
        and not says(bare, Says.ORDER)
        and bare.lower() not in _NOT_DOCUMENT_WORDS
    )


def _choose_ref(
    candidates: Sequence[tuple[str, str]], header: TextHeader | None
) -> tuple[str, str]:
    """Ours among several references: the one under the best-named reference heading.

    "Doc No.  Your Ref" rows carry the payer's voucher first and our invoice second; the
    headings say which is which, by priority ("your reference" beats "document").
    """
    plain = [c for c in candidates if not says(c[1], Says.ORDER)]
    if plain and len(plain) < len(candidates):  # "PO 4512345" is the payer's order, not ours
        candidates = plain
    if header is None:
        return candidates[0]
    columns = [h for h in header.headings if h.column in REFERENCE_COLUMNS]
    if len(columns) < 2:
        return candidates[0]
    # A heading word of another column ("Invoice" over "Date") may count one too many;
    # the columns left of ours still line up with the row's references.
    slot = our_reference_slot(header)
    return candidates[slot] if slot < len(candidates) else candidates[0]


def our_reference_slot(header: TextHeader | None) -> int:
    """Which of a row's references is ours, counting the heading's reference columns.

    By priority of the heading ("your reference" beats "document"); 0 without a heading
    or without a column named as ours.
    """
    if header is None:
        return 0
    columns = [h for h in header.headings if h.column in REFERENCE_COLUMNS]
    ours = [i for i, h in enumerate(columns) if h.column is Column.REF]
    return max(ours, key=lambda i: (columns[i].priority, -i)) if ours else 0


def _type_word(text: str, ref: str) -> str:
    """A printed document type on the row ("CRN", "Gutschrift"), apart from the ref."""
    for word in text.split():
        token = word.strip("[]()#:,;*.").lower()
        if says(token, Says.TYPE) and word != ref:
            return token
    return ""


def _assign_amounts(values: Sequence[Decimal], order: Sequence[Column]) -> dict[Column, Decimal]:
    """Give each amount on a text line its meaning, by the heading line or by count.

    With no usable headings the convention of nearly every advice applies: the last
    amount is what was paid and the first, if there are several, is the invoice's gross.
    """
    if order and len(order) == len(values):
        resolved = [_resolve_amount_column(column, order) for column in order]
        return dict(zip(resolved, values, strict=True))
    after_paid = order[order.index(Column.PAID) + 1 :] if Column.PAID in order else []
    right_of_paid = len(after_paid) if all(c is Column.OTHER for c in after_paid) else 0
    if right_of_paid and len(values) > right_of_paid:
        # "Amount Paid | Remaining Balance": columns printed right of the paid one are
        # always filled; empty cells to the left (no discount) do not shift the payment.
        paid = values[-1 - right_of_paid]
        return {Column.PAID: paid} | (
            {Column.GROSS: values[0]} if len(values) - right_of_paid > 1 else {}
        )
    by_count: dict[int, tuple[Column, ...]] = {
        1: (Column.PAID,),
        2: (Column.GROSS, Column.PAID),
        3: (Column.GROSS, Column.DISCOUNT, Column.PAID),
        4: (Column.GROSS, Column.DISCOUNT, Column.DEDUCTION, Column.PAID),
    }
    if not values:
        return {}
    if len(values) == 3 and Column.DEDUCTION in order and Column.DISCOUNT not in order:
        return dict(zip((Column.GROSS, Column.DEDUCTION, Column.PAID), values, strict=True))
    if len(values) == 3 and not order and _paid_then_balance(*values):
        # "255,784.95  255,784.95  0.00": paid, then the balance left; a discount is the
        # smaller part of a gross, never the larger.
        return {Column.GROSS: values[0], Column.PAID: values[1]}
    if len(values) in by_count:
        return dict(zip(by_count[len(values)], values, strict=True))
    return {Column.GROSS: values[0], Column.PAID: values[-1]}


def _paid_then_balance(gross: Decimal, middle: Decimal, last: Decimal) -> bool:
    gross, middle, last = abs(gross), abs(middle), abs(last)  # a credit's row the same
    return gross == middle + last and middle >= last and middle > 0


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


def drop_repeated_copy(lines: Sequence[RemittanceLine]) -> list[RemittanceLine]:
    """One copy of lines printed twice over: a cheque's stubs, above and below the cheque.

    Only a whole second copy, the same references and amounts in the same order, is
    dropped; one invoice paid on two rows is the payer's business and stays.
    """
    half = len(lines) // 2
    keys = [(line.invoice_ref, line.paid_amount) for line in lines]
    if half >= 2 and len(lines) % 2 == 0 and keys[:half] == keys[half:]:
        return list(lines[:half])
    return list(lines)


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
    if paid is None and raw.gross is not None and abs(raw.gross) in {discount, deduction}:
        # The row's one other amount sits under the reduction's heading because the
        # cells shifted ("CN-0121  -258,63  -258,63" under "Brutto  Skonto  Überwiesen"):
        # nobody deducts a whole invoice and prints no payment; it is the amount paid.
        paid, discount, deduction = raw.gross, ZERO, ZERO
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
