"""A second look at the digits that decide a payment: re-read amounts, let the sums choose.

Tesseract confuses digits of similar shape (8 and 9, 3 and 5, 1 and 7) on small or
blurred print, and says it is sure of both readings; its confidence alone cannot tell
which reading of ``1,832.86`` / ``1,932.86`` is right. An advice, though, checks itself:
each row's gross less its discount and deductions is what was paid, and the paid column
adds up to a total printed on the page. So:

1. every amount on the page is read a second time (:func:`reread_amounts`): the amounts'
   boxes are cut out of the prepared page, stacked on a blank strip and read in one
   tesseract run that may see only digits and separators, which keeps it from taking a
   digit for a letter and gives a reading made without the rest of the line;
2. where a row or the column's sum does not add up with the first readings and exactly
   one second reading of one amount makes it add up to the cent (:func:`settle`), that
   reading is taken. When nothing, or more than one change, explains the gap, the first
   reading stays: the reviewer sees the advice as printed, not a guess.

Money stays :class:`~decimal.Decimal` throughout.
"""

from __future__ import annotations

import itertools
import logging
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from typing import TYPE_CHECKING

from inbox_agent.documents.columns import find_header
from inbox_agent.documents.lines import Grid
from inbox_agent.documents.ocr_layout import (
    PageLayout,
    TableWords,
    Word,
    correct_token,
    is_amount,
    layout_page,
    uses_decimal_comma,
)
from inbox_agent.documents.values import parse_amount

if TYPE_CHECKING:
    from collections.abc import Callable

    from PIL import Image

log = logging.getLogger(__name__)

DIGITS_ONLY = "0123456789.,'-()"
"""What the second reading may see: an amount's own characters."""
_MARGIN = 0.3
"""Paper kept around a cut-out amount, in its box heights: room for a glyph's edge."""
Box = tuple[int, int, int, int]


def box(word: Word) -> Box:
    """A word's box, which names it across re-layouts (its text may be corrected)."""
    return word.left, word.top, word.width, word.height


# --- 1. reading the amounts again -----------------------------------------------------


def reread_amounts(
    image: Image.Image,
    words: Sequence[Word],
    read: Callable[[Image.Image], list[Word]],
) -> dict[Box, str]:
    """Read every amount-shaped word again, alone, digits only; return readings that differ.

    Args:
        image: The prepared page the words' boxes refer to.
        words: Tesseract's first reading of the page.
        read: Runs tesseract (block mode, :data:`DIGITS_ONLY`) on an image.

    The cut-outs are stacked on one strip with a blank line between them, so the whole
    page costs one more tesseract run of a small image, not one per amount.
    """
    from PIL import Image as PILImage

    amounts = [word for word in words if is_amount(word.text)]
    if not amounts:
        return {}
    crops = []
    for word in amounts:
        margin = max(2, round(word.height * _MARGIN))
        crops.append(image.crop((word.left - margin, word.top - margin,
                                 word.right + margin, word.bottom + margin)))  # fmt: skip
    gap = max(crop.height for crop in crops)
    strip = PILImage.new("L", (max(c.width for c in crops) + 2 * gap,
                               sum(c.height + gap for c in crops) + gap), 255)  # fmt: skip
    bands: list[tuple[int, int]] = []
    top = gap
    for crop in crops:
        strip.paste(crop, (gap, top))
        bands.append((top, top + crop.height))
        top += crop.height + gap
    pieces: list[list[Word]] = [[] for _ in amounts]
    for found in read(strip):
        for index, (upper, lower) in enumerate(bands):
            if upper <= found.middle_y <= lower:
                pieces[index].append(found)
                break
    readings: dict[Box, str] = {}
    for word, parts in zip(amounts, pieces, strict=True):
        text = "".join(part.text for part in sorted(parts, key=lambda part: part.left))
        if text and text != word.text and is_amount(text):
            readings[box(word)] = text
    return readings


# --- 2. letting the sums choose -------------------------------------------------------

LOOKALIKE = {
    "0": "689", "1": "237", "2": "137", "3": "1258", "4": "19", "5": "368",
    "6": "058", "7": "12", "8": "03569", "9": "048",
}  # fmt: skip
"""Digits tesseract takes for one another on poor print (seen on the bench's scans). A
single such swap in one amount is a candidate reading, taken only when the sums then
agree and no other candidate makes them agree."""
MAX_AMBIGUOUS_ROWS = 8
"""Rows with two readings that each add up, resolved together by the column's sum."""

Option = tuple[Decimal, str]
"""A reading of a cell: its value and its text."""


@dataclass(slots=True)
class _Cell:
    """One money cell of a table row: its value and the other readings it may have."""

    box: Box | None
    value: Decimal | None
    others: list[Option] = field(default_factory=list)


Row = tuple[_Cell | None, _Cell | None, _Cell | None, _Cell | None]
"""Gross, discount, deduction and paid cells of one table row."""


def settle(words: Sequence[Word], readings: dict[Box, str]) -> list[Word]:
    """Return ``words`` with the readings that make the page's tables add up.

    Args:
        words: The page's words as first read.
        readings: Second readings by word box (:func:`reread_amounts`).
    """
    layout = layout_page(words)
    if not layout.tables:
        return list(words)
    decimal_comma = uses_decimal_comma(token for line in layout.lines for token in line.split())
    amounts = _page_amounts(layout, decimal_comma)
    chosen: dict[Box, str] = {}
    for table, grid in zip(layout.tables, layout.grids, strict=True):
        chosen.update(_settle_table(table, grid, readings, amounts, decimal_comma))
    if not chosen:
        return list(words)
    log.debug("OCR amounts re-read to make the sums agree: %s", chosen)
    return [_replaced(word, chosen[box(word)]) if box(word) in chosen else word
            for word in words]  # fmt: skip


def _settle_table(
    table: TableWords,
    grid: Grid,
    readings: dict[Box, str],
    amounts: Counter[Decimal],
    decimal_comma: bool,  # noqa: FBT001 -- the page's convention, passed along
) -> dict[Box, str]:
    """Readings that make this table's rows, then its paid column, add up."""
    header = find_header(grid)
    if header is None or header[1].paid is None:
        return {}
    start, columns = header
    wanted = (columns.gross, columns.discount, columns.deduction, columns.paid)
    chosen: dict[Box, str] = {}
    column: list[tuple[_Cell, list[Option], bool]] = []  # paid cell, its options, ambiguous
    for cells in table[start:]:
        gross, discount, deduction, paid = (
            _cell(cells[index], readings, decimal_comma) if index is not None else None
            for index in wanted
        )
        if paid is None or paid.value is None:
            continue
        if not any(ch.isdigit() for word in cells[columns.ref] for ch in word.text):
            # a total or carried-forward row (no reference): counted, never changed
            column.append((paid, [(paid.value, "")], False))
            continue
        row = (gross, discount, deduction, paid)
        options, ambiguous = _settle_row(row, paid, paid.value, chosen)
        column.append((paid, options, ambiguous))
    chosen.update(_settle_sum(column, amounts))
    return chosen


def _settle_row(
    row: Row, paid: _Cell, paid_value: Decimal, chosen: dict[Box, str]
) -> tuple[list[Option], bool]:
    """Fix a row that does not add up when exactly one reading of one cell makes it.

    Returns the paid cell's readings left for the column's sum to choose from, and
    whether the row's own arithmetic left more than one open.
    """
    first: list[Option] = [(paid_value, "")]
    state = _adds_up(row)
    if state is None:  # no gross to check against: the sum decides
        return first + paid.others, False
    if state:
        return first, False
    fixes = [(cell, option) for cell in row if cell is not None
             for option in cell.others if _adds_up(row, cell, option[0])]  # fmt: skip
    if len(fixes) == 1:
        cell, (value, text) = fixes[0]
        if cell.box is not None:
            chosen[cell.box] = text
        cell.value = value
        return [(paid_value, "")], False
    return first + [option for cell, option in fixes if cell is paid], len(fixes) > 1


def _settle_sum(
    column: Sequence[tuple[_Cell, list[Option], bool]], amounts: Counter[Decimal]
) -> dict[Box, str]:
    """The paid readings that make the column add up to a sum printed on the page.

    One change is looked for first; failing a single one, the rows whose own arithmetic
    left two readings are tried together. Exactly one answer is taken, or none.
    """
    values = [cell.value for cell, _, _ in column if cell.value is not None]
    if len(values) < 2 or _sums_up(values, amounts):
        return {}
    singles = [
        (index, option) for index, (_, options, _) in enumerate(column)
        for option in options[1:]
        if _sums_up([*values[:index], option[0], *values[index + 1 :]], amounts)
    ]  # fmt: skip
    if len(singles) == 1:
        index, (_, text) = singles[0]
        found = column[index][0].box
        return {found: text} if found is not None else {}
    open_rows = [index for index, (_, _, ambiguous) in enumerate(column) if ambiguous]
    if singles or not 1 < len(open_rows) <= MAX_AMBIGUOUS_ROWS:
        return {}
    answers = []
    for picks in itertools.product(*(column[index][1] for index in open_rows)):
        trial = list(values)
        for index, (value, _) in zip(open_rows, picks, strict=True):
            trial[index] = value
        if _sums_up(trial, amounts):
            answers.append(picks)
    if len(answers) != 1:
        return {}
    return {
        found: text
        for index, (_, text) in zip(open_rows, answers[0], strict=True)
        if text and (found := column[index][0].box) is not None
    }


def _cell(words: list[Word], readings: dict[Box, str], decimal_comma: bool) -> _Cell:  # noqa: FBT001
    """The money in a cell, and its other readings when it is one amount-shaped word."""
    text = " ".join(word.text for word in words)
    value = parse_amount(text, decimal_comma=decimal_comma) if text else None
    if len(words) != 1 or value is None or not is_amount(text.removeprefix("$")):
        return _Cell(None, value)
    texts = [_lookalike(text, index, digit) for index, char in enumerate(text)
             for digit in LOOKALIKE.get(char, "")]  # fmt: skip
    if text[0] in "$S":  # ``$4,428.47``: a leading 5 may pass for a dollar sign
        texts.append("5" + text[1:])
    if box(words[0]) in readings:
        texts.insert(0, correct_token(readings[box(words[0])], decimal_comma=decimal_comma))
    others: list[Option] = []
    for other_text in texts:
        other = parse_amount(other_text, decimal_comma=decimal_comma)
        if other is None or other == value or any(other == seen for seen, _ in others):
            continue
        if value < 0 < other:
            other = -other  # the sign (a trailing minus, brackets) is the first reading's
        others.append((other, other_text))
    return _Cell(box(words[0]), value, others)


def _lookalike(text: str, index: int, digit: str) -> str:
    return text[:index] + digit + text[index + 1 :]


def _adds_up(row: Row, changed: _Cell | None = None, to: Decimal | None = None) -> bool | None:
    """Whether gross less discount and deduction is the paid amount; ``None``: no gross.

    ``changed`` is read as ``to`` instead of its own value.
    """

    def value(cell: _Cell | None) -> Decimal | None:
        if cell is None:
            return None
        return to if cell is changed else cell.value

    gross, discount, deduction, paid = (value(cell) for cell in row)
    if gross is None or paid is None:
        return None
    off = abs(discount or Decimal(0)) + abs(deduction or Decimal(0))
    return paid in (gross - off, gross + off)


def _sums_up(values: Sequence[Decimal], amounts: Counter[Decimal]) -> bool:
    """Whether the values' sum is printed on the page, or one row is the sum of the rest.

    The sum must be printed more often than it occurs among the values themselves, so
    a one-row table does not check itself.
    """
    total = sum(values, Decimal(0))
    if amounts[total] > values.count(total):
        return True
    return any(value == total - value for value in values)


def _page_amounts(layout: PageLayout, decimal_comma: bool) -> Counter[Decimal]:  # noqa: FBT001
    """Every amount printed on the page: totals, carried-forward sums and the rows."""
    found: Counter[Decimal] = Counter()
    for line in layout.lines:
        for token in line.split():
            bare = token.strip(":")
            if is_amount(bare):
                value = parse_amount(bare, decimal_comma=decimal_comma)
                if value is not None:
                    found[abs(value)] += 1
                    found[-abs(value)] += 1
    return found


def _replaced(word: Word, text: str) -> Word:
    return Word(text, word.left, word.top, word.width, word.height, word.conf)
