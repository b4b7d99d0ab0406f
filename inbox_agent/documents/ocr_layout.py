"""From tesseract's word boxes back to what a text PDF gives: lines of text and table grids.

Tesseract reports words with their boxes, not tables. The extractor
(:func:`~inbox_agent.documents.assemble.build_remittance`) wants what pdfplumber gives for
a text PDF: the page's text in reading order and each table as a grid of cells. This
module rebuilds both from geometry alone, so a scan goes through exactly the same
layout-agnostic code as a text PDF:

* words whose vertical centres agree form a row (the page has been deskewed);
* inside a row, a gap much wider than a space separates two cells;
* consecutive rows of several cells form a table block, and a row that reads as a
  column header (:func:`~inbox_agent.documents.lines.column_map`) starts a new block;
* a block's columns are the x ranges its cells cover, clustered across rows, and each
  word goes to the column under its centre, so a row whose cells ran together is still
  split where the other rows have a gutter.

OCR confuses look-alike glyphs. Tokens that are clearly numbers (amounts with two
decimals, dates) are corrected here (O->0, l/I->1, S->5, B->8, and a thousands separator
read as the decimal one); references are cleaned only where the part after the letter
prefix is mostly digits, or where the token itself or the other references of its
shape on the page show which glyph was printed (:mod:`.ocr_refs`); anything else is
left to the matcher's fuzzy comparison.
"""

from __future__ import annotations

import itertools
import re
import statistics
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from rapidfuzz import fuzz, process

from inbox_agent.documents.columns import (
    OWNED_REFERENCES,
    SYNONYMS,
    classify_heading,
    column_map,
    normalise_heading,
)
from inbox_agent.documents.lines import Grid
from inbox_agent.documents.ocr_refs import agree_on_shapes, fix_token

CELL_GAP = 1.3
"""A gap wider than this many word heights separates cells; a space is about 0.4."""
ROW_OVERLAP = 0.5
"""Words whose centres differ by less than this many heights share a row."""
MIN_CONFIDENCE = 20.0
"""Short words below this tesseract confidence are specks and rule fragments."""
CELL_SEPARATOR = "   "
"""Cells on a text line are joined by this, which :mod:`.lines` and :mod:`.header` read as
a column gap, as they do for fixed-width text."""

_DIGIT_FOR = str.maketrans({
    "O": "0", "o": "0", "D": "0", "Q": "0", "I": "1", "l": "1", "|": "1", "i": "1",
    "S": "5", "s": "5", "$": "5", "B": "8", "Z": "2",
})  # fmt: skip
_CONFUSABLE = "OoDQIl|iSsBZ"
_NOT_PRINTED = str.maketrans({"ı": "i", "ſ": "s"})
"""Letters a Latin model can emit that no advice prints (see ``ocr.BLACKLIST``)."""
_AMOUNT_LIKE = re.compile(
    rf"^(?P<open>[(\-−–]?)(?P<body>[0-9{_CONFUSABLE}][0-9{_CONFUSABLE}.,' ]*"
    rf"[.,][0-9{_CONFUSABLE}]{{2}})(?P<close>[)\-−–]?|CR)$"
)
_DATE_LIKE = re.compile(
    rf"^[0-9{_CONFUSABLE}]{{1,2}}[./-][0-9{_CONFUSABLE}]{{1,2}}[./-]"
    rf"(?:[0-9{_CONFUSABLE}]{{4}}|[0-9{_CONFUSABLE}]{{2}})$"
)
_PREFIXED_REF = re.compile(
    rf"^(?P<prefix>[A-Za-z]{{1,6}}[-/#_.]+)(?P<rest>[0-9{_CONFUSABLE}$\-/.]+)$"
)
_CENTS = re.compile(r"^\d{2}[)\-−–]?$")
_WHOLE = re.compile(r"^[(\-−–]?\d{1,3}(?:[.,']?\d{3})*$")
_EDGE_JUNK = "|¦[]{}_~“”‘’\"'`—"
_LEADING_SPECKS = ".,;:·•'"
"""A word never starts with these; on a scan they are dust just left of it."""
_KEEP_SYMBOLS = frozenset("€£$¥₹%&-()")


@dataclass(frozen=True, slots=True)
class Word:
    """One word tesseract read, with its box in page pixels and its confidence (0-100)."""

    text: str
    left: int
    top: int
    width: int
    height: int
    conf: float = 100.0

    @property
    def right(self) -> int:
        """The box's right edge."""
        return self.left + self.width

    @property
    def bottom(self) -> int:
        """The box's lower edge."""
        return self.top + self.height

    @property
    def middle_y(self) -> float:
        """The box's vertical centre, which decides its row."""
        return self.top + self.height / 2

    @property
    def middle_x(self) -> float:
        """The box's horizontal centre, which decides its column."""
        return self.left + self.width / 2


@dataclass(slots=True)
class Row:
    """Words on one printed line, left to right, split into cells at wide gaps."""

    words: list[Word]
    cells: list[list[Word]] = field(default_factory=list)

    def text(self) -> str:
        """The row as one line of text, cells apart by :data:`CELL_SEPARATOR`."""
        return CELL_SEPARATOR.join(" ".join(w.text for w in cell) for cell in self.cells)


TableWords = list[list[list[Word]]]
"""A table as words: rows, then columns, then the words placed in that cell."""


@dataclass(frozen=True, slots=True)
class PageLayout:
    """One page's text lines in reading order and the table grids found on it.

    ``tables`` holds each grid's words cell by cell, so a check on the grid's values
    (:mod:`.ocr_digits`) can find the word, and its box on the page, behind a cell.
    """

    lines: list[str]
    grids: list[Grid]
    tables: list[TableWords] = field(default_factory=list)


def parse_tsv(tsv: str) -> list[Word]:
    """Read tesseract's TSV output; keep word-level rows (level 5) that hold text."""
    words: list[Word] = []
    for line in tsv.splitlines()[1:]:
        parts = line.split("\t")
        if len(parts) < 12 or parts[0] != "5" or not parts[11].strip():
            continue
        try:
            left, top, width, height = (int(value) for value in parts[6:10])
            conf = float(parts[10])
        except ValueError:
            continue
        text = parts[11].strip().translate(_NOT_PRINTED)
        words.append(Word(text, left, top, width, height, conf))
    return words


def layout_page(words: Iterable[Word]) -> PageLayout:
    """Rebuild one page's lines and tables from its words."""
    words = list(words)
    kept = [word for word in (_clean_word(w, leads_amount=_leads_amount(w, words)) for w in words)
            if word is not None]  # fmt: skip
    decimal_comma = uses_decimal_comma(word.text for word in kept)
    kept = [_with_text(word, correct_token(word.text, decimal_comma=decimal_comma))
            for word in kept]  # fmt: skip
    agreed = agree_on_prefixes([word.text for word in kept])
    agreed = agree_on_shapes([fix_token(text) for text in agreed])
    kept = [_with_text(word, text) for word, text in zip(kept, agreed, strict=True)]
    rows = group_rows(kept)
    for row in rows:
        cells = [join_split_amount(join_cjk(cell), decimal_comma=decimal_comma)
                 for cell in split_cells(row.words)]  # fmt: skip
        row.cells = fix_headings(cells)
        row.words = [word for cell in row.cells for word in cell]
    # Each block of multi-cell rows is a grid with the block's own columns.
    tables = [table for block in table_blocks(rows) if len(table := block_cells(block)) >= 2]
    grids: list[Grid] = [join_split_prefixes(despace_by_shape(_texts(t))) for t in tables]
    return PageLayout(lines=[row.text() for row in rows], grids=grids, tables=tables)


# --- words ----------------------------------------------------------------------------


def _clean_word(word: Word, *, leads_amount: bool = False) -> Word | None:
    """Strip rule fragments and quotes from a word's edges; drop specks and noise.

    A short word of low confidence is a speck, unless it is digits a space before an
    amount: the thousands of ``42 747,65``, whose lone group tesseract is unsure of.
    """
    text = word.text.strip(_EDGE_JUNK).lstrip(_LEADING_SPECKS)
    if not text or not any(ch.isalnum() or ch in _KEEP_SYMBOLS for ch in text):
        return None
    if not any(ch.isalnum() for ch in text) and text not in {"€", "£", "$", "¥", "₹"}:
        return None
    if word.conf < MIN_CONFIDENCE and len(text) <= 2 and not (leads_amount and text.isdigit()):
        return None
    return word if text == word.text else _with_text(word, text)


def _leads_amount(word: Word, words: Sequence[Word]) -> bool:
    """Whether ``word`` is followed, a space to its right on its line, by an amount."""
    if not word.text.isdigit() or len(word.text) > 3:
        return False
    for other in words:
        gap = other.left - word.right
        if (0 <= gap <= 0.7 * word.height and abs(other.middle_y - word.middle_y) < word.height / 2
                and _AMOUNT_LIKE.match(other.text)):  # fmt: skip
            return True
    return False


def _with_text(word: Word, text: str) -> Word:
    return Word(text, word.left, word.top, word.width, word.height, word.conf)


def is_amount(text: str) -> bool:
    """Whether a token has an amount's shape (two decimals), look-alike glyphs allowed."""
    return bool(_AMOUNT_LIKE.match(text))


def uses_decimal_comma(texts: Iterable[str]) -> bool:
    """Decide the page's decimal mark from its amounts, as the extractor does for text."""
    commas = points = 0
    for text in texts:
        match = _AMOUNT_LIKE.match(text)
        if match:
            if match["body"][-3] == ",":
                commas += 1
            else:
                points += 1
    return commas > points


def correct_token(text: str, *, decimal_comma: bool) -> str:
    """Undo OCR's look-alike confusions in a token that is clearly a number or a ref.

    ``4,95O.0O`` becomes ``4,950.00``, ``3l/0l/2026`` becomes ``31/01/2026`` and
    ``INV-0O123`` becomes ``INV-00123``. A separator read wrongly (``1.234.50`` on a page
    of decimal commas) is rebuilt from the two-decimal rule that every amount obeys.
    Words are left alone unless most of their characters are already digits.
    """
    if _DATE_LIKE.match(text):  # before amounts: 31.01.26 is a date, not 3101.26
        return text.translate(_DIGIT_FOR) if _mostly_digits(text) else text
    amount = _AMOUNT_LIKE.match(text) or _AMOUNT_LIKE.match(text.rstrip(".,°'`"))
    if amount and _mostly_digits(amount["body"]):
        body = _rebuild_amount(amount["body"].translate(_DIGIT_FOR), decimal_comma=decimal_comma)
        return f"{amount['open']}{body}{amount['close']}"
    if _SPECK_AFTER_REF.match(text):  # ``F2026-47332.``: dust read as a full stop
        text = text[:-1]
    ref = _PREFIXED_REF.match(text)
    if ref and _mostly_digits(ref["rest"], share=0.6):
        rest = ref["rest"]
        # A capital B right after the separator is a series letter (``ETN-B7781``,
        # ``CR-B-0412``): tesseract reads a printed 8 there as 8, and B as B.
        kept = rest[0] if _SERIES_LETTER.match(rest) else ""
        return ref["prefix"] + kept + rest[len(kept) :].translate(_DIGIT_FOR)
    text = _RULE_BEFORE_CAPS.sub("", text)  # ``lINV``: a table's rule read as an l
    return _LOWER_L_IN_CAPS.sub(r"\1I\2", text)  # ``Sl#``: an I read as an l


_SERIES_LETTER = re.compile(r"^B(?=[0-9]{3}|[-/][0-9])")
_RULE_BEFORE_CAPS = re.compile(r"^[l|](?=[A-Z]{2})")
"""A lower-case l or bar glued before capitals: the cell's left rule, not a letter."""
_LOWER_L_IN_CAPS = re.compile(r"^([A-Z]{1,3})l([A-Z]{0,3}[#\-/]?)$")
"""A short prefix of capitals with an l inside (``Sl#``, ``Sl``): capitals have no l."""

_SPECK_AFTER_REF = re.compile(
    r"^(?=(?:[^0-9]*[0-9]){4})[A-Za-z0-9][A-Za-z0-9\-/#_]*[A-Za-z0-9][.,]$"
)
"""A reference (four digits or more, no point inside) followed by a lone point or comma."""


def _mostly_digits(text: str, *, share: float = 0.5) -> bool:
    alnum = [ch for ch in text if ch.isalnum() or ch == "|"]
    digits = sum(ch.isdigit() for ch in alnum)
    return bool(alnum) and digits >= 1 and digits / len(alnum) >= share


def _rebuild_amount(body: str, *, decimal_comma: bool) -> str:
    """Rewrite ``1.234.50`` / ``4950,00`` in the page's own style; the last two digits are cents."""
    digits = re.sub(r"[^0-9]", "", body)
    whole, cents = digits[:-2] or "0", digits[-2:]
    groups_in_source = [g for g in re.split(r"[.,' ]", body[:-3]) if g]
    if len(groups_in_source) > 1 and all(len(g) == 3 for g in groups_in_source[1:]):
        thousands = "." if decimal_comma else ","
        whole = thousands.join(groups_in_source)
    return f"{whole}{',' if decimal_comma else '.'}{cents}"


def join_split_amount(cell: list[Word], *, decimal_comma: bool) -> list[Word]:
    """Rejoin an amount that OCR broke in two: ``4, 950.00`` or ``(22.486 52)``.

    A faint decimal mark is often read as a space; when the last piece is two digits of
    cents and the rest is a number with its thousands groups, the mark is put back.
    Two complete amounts side by side are never joined.
    """
    if len(cell) < 2:
        return cell
    texts = [word.text for word in cell]
    head, last = "".join(texts[:-1]), texts[-1]
    if any(_AMOUNT_LIKE.match(text) for text in texts[:-1]):
        return cell
    joined = head + last
    if not _AMOUNT_LIKE.match(joined):
        if not (_CENTS.match(last) and _WHOLE.match(head)):
            return cell
        joined = head + ("," if decimal_comma else ".") + last
    return [_merged(cell, correct_token(joined, decimal_comma=decimal_comma))]


def _is_cjk(ch: str) -> bool:
    """Han or kana: scripts written without spaces (Korean hangul has them)."""
    code = ord(ch)
    return (0x3040 <= code <= 0x30FF or 0x3400 <= code <= 0x4DBF or 0x4E00 <= code <= 0x9FFF
            or 0xF900 <= code <= 0xFAFF or 0x31F0 <= code <= 0x31FF)  # fmt: skip


def join_cjk(cell: list[Word]) -> list[Word]:
    """Close the spaces tesseract puts between Chinese or Japanese words in a cell.

    Han and kana are written without spaces, but tesseract reports each dictionary word
    as its own word (``請求 書 番号``), which no heading or label matches. Neighbours
    that end and start in those scripts are one word (``請求書番号``).
    """
    if len(cell) < 2:
        return cell
    joined: list[Word] = [cell[0]]
    for word in cell[1:]:
        last = joined[-1]
        if last.text and word.text and _is_cjk(last.text[-1]) and _is_cjk(word.text[0]):
            joined[-1] = _merged([last, word], last.text + word.text)
        else:
            joined.append(word)
    return joined


def _split_cjk_headings(cells: list[list[Word]]) -> list[list[Word]]:
    """Part two headings run into one cell: ``支払額摘要`` is ``支払額`` and ``摘要``.

    A right-aligned heading and the next left-aligned one may stand closer than a cell
    gap; the joined text is then split where both halves are known headings.
    """
    fixed: list[list[Word]] = []
    for cell in cells:
        text = "".join(word.text for word in cell)
        if (len(cell) != 1 or len(text) < 4 or not all(_is_cjk(ch) for ch in text)
                or classify_heading(text) is not None):  # fmt: skip
            fixed.append(cell)
            continue
        word = cell[0]
        for cut in range(2, len(text) - 1):
            head, tail = text[:cut], text[cut:]
            if _exact_heading(head) and _exact_heading(tail):
                share = word.width * cut // len(text)
                fixed.append([Word(head, word.left, word.top, share, word.height, word.conf)])
                fixed.append([Word(tail, word.left + share, word.top, word.width - share,
                                   word.height, word.conf)])  # fmt: skip
                break
        else:
            fixed.append(cell)
    return fixed


def _exact_heading(text: str) -> bool:
    heading = classify_heading(text)
    return heading is not None and heading.length == len(text)


def fix_headings(cells: list[list[Word]]) -> list[list[Word]]:
    """Spell a misread column heading right when the rest of its row are headings.

    ``Zahibetrag`` for ``Zahlbetrag`` would leave the table without its paid column; a
    cell of a heading row (no digits, at least one cell already a known heading) that
    is one or two letters off a known heading is replaced by that heading. A digit or
    two inside a heading (``Disc 1%``) does not make the row a row of values.
    """
    texts = [" ".join(word.text for word in cell) for cell in cells]
    # A heading row holds no number, but a heading may: ``Disc 1%``, ``VAT 20%``.
    if len(cells) < 2 or sum(ch.isdigit() for text in texts for ch in text) > 2:
        return cells
    if any(_mostly_digits(text) for text in texts):
        return cells
    if any(_is_cjk(ch) for text in texts for ch in text):
        cells = _split_cjk_headings(cells)
        texts = [" ".join(word.text for word in cell) for cell in cells]
    known = [classify_heading(text) is not None for text in texts]
    if not any(known) or all(known):
        return cells
    fixed = list(cells)
    for index, (text, is_known) in enumerate(zip(texts, known, strict=True)):
        folded = normalise_heading(text)
        if is_known or len(folded) < 5:
            continue
        match = process.extractOne(folded, _heading_vocabulary(), scorer=fuzz.ratio,
                                   score_cutoff=85)  # fmt: skip
        if match is not None:
            fixed[index] = [_merged(cells[index], match[0])]
    return fixed


@lru_cache(maxsize=1)
def _heading_vocabulary() -> tuple[str, ...]:
    return tuple(sorted({phrase for phrase, _, _ in (*SYNONYMS, *OWNED_REFERENCES)}))


def _merged(words: Sequence[Word], text: str) -> Word:
    """One word covering ``words``' boxes, reading ``text``."""
    left = min(word.left for word in words)
    top = min(word.top for word in words)
    right = max(word.right for word in words)
    bottom = max(word.bottom for word in words)
    conf = min(word.conf for word in words)
    return Word(text, left, top, right - left, bottom - top, conf)


# --- rows and cells -------------------------------------------------------------------


def group_rows(words: Sequence[Word]) -> list[Row]:
    """Put words on the same printed line together, top to bottom, left to right.

    A word joins the row whose running centre is within half a word height of its own;
    tall words (titles) and short ones (a dash) on one line still meet there.
    """
    rows: list[tuple[float, float, list[Word]]] = []  # (centre, height, words)
    for word in sorted(words, key=lambda w: w.middle_y):
        if rows:
            centre, height, members = rows[-1]
            limit = ROW_OVERLAP * max(min(height, word.height), 1)
            if abs(word.middle_y - centre) <= limit:
                members.append(word)
                heights = [w.height for w in members]
                rows[-1] = (statistics.fmean(w.middle_y for w in members),
                            statistics.median(heights), members)  # fmt: skip
                continue
        rows.append((word.middle_y, float(word.height), [word]))
    return [Row(sorted(members, key=lambda w: w.left)) for _, _, members in rows]


def split_cells(words: Sequence[Word]) -> list[list[Word]]:
    """Split a row's words into cells wherever the gap is much wider than a space."""
    if not words:
        return []
    height = statistics.median(word.height for word in words)
    cells: list[list[Word]] = [[words[0]]]
    for previous, word in itertools.pairwise(words):
        if word.left - previous.right > CELL_GAP * height:
            cells.append([word])
        else:
            cells[-1].append(word)
    return cells


# --- tables ---------------------------------------------------------------------------


def _texts(table: TableWords) -> list[list[str]]:
    return [[" ".join(word.text for word in cell) for cell in row] for row in table]


def table_blocks(rows: Sequence[Row]) -> list[list[Row]]:
    """Runs of rows with two or more cells; a header row always opens a new block.

    A single-cell row between two multi-cell rows (a wrapped description) stays inside
    the block, so one table is not cut into pieces with different columns.
    """
    blocks: list[list[Row]] = []
    current: list[Row] = []
    for index, row in enumerate(rows):
        multi = len(row.cells) >= 2
        sandwiched = bool(current) and 0 < index < len(rows) - 1 and len(rows[index + 1].cells) >= 2
        if not multi and not sandwiched:
            if current:
                blocks.append(current)
            current = []
            continue
        if multi and current and _is_header_row(row):
            blocks.append(current)
            current = []
        current.append(row)
    if current:
        blocks.append(current)
    return blocks


def _is_header_row(row: Row) -> bool:
    return column_map([" ".join(w.text for w in cell) for cell in row.cells]) is not None


def block_cells(block: Sequence[Row]) -> TableWords:
    """The block's words, row by row, each under the column its centre falls in."""
    columns = column_spans(block)
    table: TableWords = []
    for row in block:
        cells: list[list[Word]] = [[] for _ in columns]
        for word in row.words:
            cells[_nearest(columns, word.middle_x)].append(word)
        table.append(cells)
    return table


def despace_by_shape(grid: list[list[str]]) -> list[list[str]]:
    """Close a gap OCR put inside a value when the column's other values have none.

    ``RE-3383 1`` in a column of ``RE-12548``, ``RE-39166``... has the shape of its
    neighbours once the space goes (``AA-99999``), so the space was a misread gap.
    """
    if not grid:
        return grid
    for column in range(len(grid[0])):
        shapes = Counter(
            _shape(row[column]) for row in grid if row[column] and " " not in row[column]
        )
        if not shapes:
            continue
        common, count = shapes.most_common(1)[0]
        if count < 2:
            continue
        for row in grid:
            cell = row[column]
            if " " in cell and _shape(cell.replace(" ", "")) == common:
                row[column] = cell.replace(" ", "")
    return grid


def join_split_prefixes(grid: list[list[str]]) -> list[list[str]]:
    """Close the gap OCR opened between a ref's letter prefix and its number.

    ``INV136245`` is read as ``INV 136245`` when the slanted ``V`` leaves room for a
    space. When every value in a column has that shape (capitals, one space, five or
    more digits), the space is part of none of them: as printed, the column would not
    hold a spaced word before each number, and the extractor, which takes a spaced pair
    for a type word and a number, would otherwise pick the wrong column as refs.
    """
    for column in range(len(grid[0]) if grid else 0):
        values = [row[column] for row in grid if row[column]]
        if values and not _SPLIT_PREFIX.match(values[0]):
            values = values[1:]  # the column's heading
        if len(values) < 2 or not all(_SPLIT_PREFIX.match(value) for value in values):
            continue
        for row in grid:
            if _SPLIT_PREFIX.match(row[column]):
                row[column] = row[column].replace(" ", "")
    return grid


_SPLIT_PREFIX = re.compile(r"^[A-Z]{2,4} \d{5,}$")


def agree_on_prefixes(texts: Sequence[str]) -> list[str]:
    """Spell each reference prefix the way the rest of the page spells it.

    A serif ``I`` is read as ``1``, an ``S`` as ``5`` or ``$``, a hyphen as a point, so a
    column of ``SI-602349`` refs comes back as ``S1-602349``, ``$1-602359``,
    ``51.602528``... Tokens whose prefix reads the same once each look-alike is folded
    to one class (:func:`_prefix_key`) are one family; when a member spells its prefix
    in letters only, the family's commonest such spelling (and separator) is used for
    all (:func:`_agreed_prefix`). A family that always reads ``A1-`` is left alone:
    ``A1-77`` may be real. The page, not a grid column, is the unit, because a noisy
    table's columns may have run together into one.
    """
    fixed = list(texts)
    parsed = {index: match for index, text in enumerate(texts)
              if (match := _REF_PARTS.match(text)) and not _is_number(text)}  # fmt: skip
    families: dict[str, list[int]] = {}
    for index, match in parsed.items():
        families.setdefault(_prefix_key(match["prefix"]), []).append(index)
    for members in families.values():
        if len(members) < 2:
            continue
        agreed = _agreed_prefix([(parsed[i]["prefix"], parsed[i]["sep"]) for i in members])
        if agreed is None:
            continue
        prefix, sep = agreed
        for index in members:
            fixed[index] = f"{prefix}{sep}{parsed[index]['rest'].translate(_DIGIT_FOR)}"
    return fixed


_REF_PARTS = re.compile(
    rf"^(?P<prefix>[A-Za-z$][A-Za-z0-9$|]{{0,5}}|[0-9$][A-Za-z$|]{{1,5}}|5[1I|l])"
    rf"(?P<sep>[-/#_.])(?P<rest>[0-9][0-9{_CONFUSABLE}\-/]*[0-9])[.,:;°]?$"
)
"""A prefixed reference as OCR may garble it: a prefix of letters (some read as digits or
``$``), a separator, a number; a speck after it is dropped."""
_PREFIX_CLASS = str.maketrans({
    "5": "S", "$": "S", "s": "S", "1": "I", "l": "I", "|": "I", "i": "I",
    "0": "O", "o": "O", "D": "O", "Q": "O", "8": "B", "2": "Z", "z": "Z", "6": "G",
})  # fmt: skip


def _agreed_prefix(readings: Sequence[tuple[str, str]]) -> tuple[str, str] | None:
    """The family's true (prefix, separator), or ``None`` when nothing shows OCR erred.

    The commonest all-letter reading wins. Without one, readings that disagree (``S1``
    and ``$1``) prove a misread, and the folded all-letter key (``SI``) is taken.
    """
    spelled = Counter(reading for reading in readings if reading[0].isalpha())
    if spelled:
        return spelled.most_common(1)[0][0]
    key = _prefix_key(readings[0][0])
    if len({prefix for prefix, _ in readings}) < 2 or not key.isalpha():
        return None
    return key, Counter(sep for _, sep in readings).most_common(1)[0][0]


def _is_number(text: str) -> bool:
    """An amount (``51.60``) or a date, which a numeric-looking "prefix" must not touch."""
    return bool(_AMOUNT_LIKE.match(text) or _DATE_LIKE.match(text))


def _prefix_key(prefix: str) -> str:
    """The prefix with look-alikes folded together: ``S1``, ``$1``, ``5I`` all give ``SI``."""
    return prefix.translate(_PREFIX_CLASS).upper()


def _shape(text: str) -> str:
    return re.sub(r"[^\W\d_]", "A", re.sub(r"\d", "9", text))


def column_spans(block: Sequence[Row]) -> list[tuple[int, int]]:
    """The x ranges covered by cells of the block, merged where they overlap.

    A range covered by only a few rows (a tenth of the block, at least one) does not
    bridge a gutter that the other rows keep between two columns: a header wider than
    its column, a row whose cells ran together, or a ``Carried forward`` label running
    over the date column of a short continuation table would otherwise glue two
    columns, and every reference in the first would carry the date of the second.
    """
    spans = sorted((cell[0].left, cell[-1].right) for row in block for cell in row.cells)
    if not spans:
        return []
    spans = _drop_bridges(spans, max(1, len(block) // 10))
    return _merge_spans(spans)


def _merge_spans(spans: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = [spans[0]]
    for left, right in spans[1:]:
        last_left, last_right = merged[-1]
        if left <= last_right:
            merged[-1] = (last_left, max(last_right, right))
        else:
            merged.append((left, right))
    return merged


def _drop_bridges(spans: list[tuple[int, int]], tolerance: int) -> list[tuple[int, int]]:
    """Drop spans that cross a gutter (an x range almost no other span touches).

    Only a span that reaches into columns on both sides of the gutter is a bridge; one
    lying wholly inside a sparse column (a value only one row has) is that column.
    """
    edges = sorted({x for span in spans for x in span})
    gutters = []
    for left, right in itertools.pairwise(edges):
        crossing = sum(1 for a, b in spans if a <= left and right <= b)
        if 0 < crossing <= tolerance:
            gutters.append((left + right) / 2)
    suspects = [span for span in spans if any(span[0] < x < span[1] for x in gutters)]
    if not suspects:
        return spans
    kept = [span for span in spans if span not in suspects]
    if not kept:
        return spans
    columns = _merge_spans(kept)
    bridges = {
        span for span in suspects
        if sum(span[0] < right and left < span[1] for left, right in columns) >= 2
    }  # fmt: skip
    return [span for span in spans if span not in bridges]


def _nearest(columns: Sequence[tuple[int, int]], x: float) -> int:
    """Index of the column containing ``x``, or the closest one to it."""

    def distance(index: int) -> float:
        left, right = columns[index]
        return 0.0 if left <= x <= right else min(abs(x - left), abs(x - right))

    return min(range(len(columns)), key=distance)
