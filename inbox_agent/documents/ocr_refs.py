"""Look-alike glyphs inside references, settled from the page's own evidence.

OCR confuses ``O`` with ``0``, ``I`` with ``1``, ``B`` with ``8`` and so on, and inside a
reference nothing like an amount's two decimals says which was printed. Two kinds of
evidence do:

* the token itself: a letter ``O`` with digits on one side and digits, a separator or the
  token's edge on the other is a zero (``2026-INV-O111``); a short prefix of lower-case
  letters whose capitals look the same only smaller (``sc-0091``) is capitals, as the
  rest of a reference column is;
* the other references on the page: rows of one column share a shape (``IN0048812``,
  ``IN0048843``...). Tokens of the same length, separators in the same places, and
  the same first two characters once look-alikes are folded together form a family; at
  each position where the members disagree only by look-alikes, the family's reading
  decides (:func:`agree_on_shapes`).

Only characters some reading shows are ever chosen; a family that reads alike
everywhere is left alone.
"""

from __future__ import annotations

import re
import statistics
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import numpy as np
    from numpy.typing import NDArray
    from PIL import Image

    from inbox_agent.documents.ocr_layout import Word

_CLASSES = ("O0DQo", "I1l|i", "S5$s", "B8", "Z2z", "G6")
"""Glyphs OCR takes for one another; each string is one class."""
_CLASS_OF = {ch: index for index, members in enumerate(_CLASSES) for ch in members}
_LOOKS_LIKE_E = frozenset("&€£F")
"""What a broken or speckled capital E is read as on a fax."""
_SEPARATORS = frozenset("-/._#")
_TOKEN = re.compile(r"^[A-Za-z0-9$|&€£][A-Za-z0-9$|&€£\-/._#]{4,}$")
_LOOKS_NUMERIC = re.compile(r"^[\d.,/\-' ]+$")
_CASELESS_PREFIX = re.compile(r"^(?P<prefix>[cosvwxz]{1,4})(?P<rest>[-/#]\d[\d\-/]*)$")
"""Lower-case letters whose capitals differ only in size, before a separator and digits."""
MIN_FAMILY = 3
"""Fewer rows than this are too few to outvote a reading."""


def fix_token(text: str) -> str:
    """Settle look-alikes from the token alone: zeros among digits, caseless prefixes."""
    caseless = _CASELESS_PREFIX.match(text)
    if caseless:
        text = caseless["prefix"].upper() + caseless["rest"]
    if sum(ch.isdigit() for ch in text) < 3 or ("O" not in text and "o" not in text):
        return text
    chars = list(text)
    for index, ch in enumerate(chars):
        if ch not in "Oo":
            continue
        before = chars[index - 1] if index else ""
        after = chars[index + 1] if index + 1 < len(chars) else ""
        if (after.isdigit() and (before == "" or before.isdigit() or before in _SEPARATORS)) or (
            before.isdigit() and (after == "" or after.isdigit() or after in _SEPARATORS)
        ):
            chars[index] = "0"
    return "".join(chars)


def agree_on_shapes(texts: Sequence[str]) -> list[str]:
    """Spell each position of a family of references the way the family's evidence says.

    At a position where the members' readings differ only by look-alikes:

    * where the family mostly reads a digit, a letter look-alike becomes that class's
      digit (``INOO48965`` among ``IN0048...`` rows: the second ``O`` is a zero);
    * where it mostly reads a letter, a digit or lower-case look-alike becomes the
      family's commonest capital of that class (``E1S2026...`` or ``iN00...`` among
      ``EIS2026...`` or ``IN00...``);
    * an ``O`` against a ``0`` right after a letter prefix and before a digit is a zero
      when at least two rows (and a fifth of them) print the zero: tesseract's language
      model pulls a zero after letters towards ``O``, never the other way, which is why
      the zero can be outvoted (``INO048812``, ``INO048843``, ``IN0048893``...);
    * where the neighbours (as most rows read them) are letters on one side and no digit
      on the other, the position is a letter; digits and no letter, a digit;
    * where nearly all members (two in three, four rows or more) read an ``E``, an
      ``&``, ``€``, ``£`` or ``F`` is a broken ``E``.
    """
    fixed = list(texts)
    families: dict[tuple[object, ...], list[int]] = {}
    for index, text in enumerate(texts):
        if not _TOKEN.match(text) or _LOOKS_NUMERIC.match(text):
            continue
        if sum(ch.isdigit() for ch in text) < 3:
            continue
        families.setdefault(_family_key(text), []).append(index)
    _join_doubled_glyphs(fixed, families)
    for members in families.values():
        if len(members) < MIN_FAMILY:
            continue
        readings = [list(fixed[index]) for index in members]
        for position in range(len(readings[0])):
            _settle_position(readings, position)
        for index, chars in zip(members, readings, strict=True):
            fixed[index] = "".join(chars)
    return fixed


def _join_doubled_glyphs(texts: list[str], families: dict[tuple[object, ...], list[int]]) -> None:
    """Take a token one character too long into its family when one glyph was read twice.

    A broken glyph on a fax comes back as two look-alikes side by side (``E1IS2026...``,
    ``FEIS2026...``, ``INO0049096``); dropping one of the pair gives the family's shape.
    Only pairs from one look-alike class are joined, and only into a family of
    :data:`MIN_FAMILY` or more; the position's voting then picks the right glyph.
    """
    large = {key for key, members in families.items() if len(members) >= MIN_FAMILY}
    if not large:
        return
    lengths = {key[0] for key in large}
    for index, text in enumerate(texts):
        if len(text) - 1 not in lengths or not _TOKEN.match(text) or _LOOKS_NUMERIC.match(text):
            continue
        own = len(families.get(_family_key(text), ()))
        for position in range(len(text) - 1):
            pair = text[position : position + 2]
            if pair[0] == pair[1] or _fold(pair[0]) != _fold(pair[1]):
                continue
            if pair[0] in _SEPARATORS or _fold(pair[0]).isalnum() is False:
                continue
            # Keep the class's letter (E of FE, I of 1I): the commoner reading.
            drop = position if pair[1] == _fold(pair[1]) else position + 1
            joined = text[:drop] + text[drop + 1 :]
            key = _family_key(joined)
            # Its own family may be a few rows broken the same way; the shape it joins
            # must be the column's, shared by at least twice as many rows.
            if key in large and len(families[key]) >= 2 * own:
                texts[index] = joined
                families[key].append(index)
                if own:
                    families[_family_key(text)].remove(index)
                break


def _family_key(text: str) -> tuple[object, ...]:
    separators = tuple((i, ch) for i, ch in enumerate(text) if ch in _SEPARATORS)
    head = "".join(_fold(ch) for ch in text[:2])
    return len(text), separators, head


def _fold(ch: str) -> str:
    if ch in _LOOKS_LIKE_E:
        return "E"
    cls = _CLASS_OF.get(ch)
    return _CLASSES[cls][0] if cls is not None else ch.upper()


def _settle_position(readings: list[list[str]], position: int) -> None:
    column = [chars[position] for chars in readings]
    counts = Counter(column)
    if len(counts) < 2:
        return
    total = len(column)
    common, common_count = counts.most_common(1)[0]
    if common == "E" and common_count * 3 >= 2 * total and total >= 4:
        for chars in readings:
            if chars[position] in _LOOKS_LIKE_E:
                chars[position] = "E"
        column = [chars[position] for chars in readings]
        counts = Counter(column)
    classes = {_CLASS_OF.get(ch) for ch in column}
    if _zero_after_letters(readings, position):
        zeros = counts.get("0", 0)
        if zeros >= 2 and zeros * 5 >= total:
            for chars in readings:
                chars[position] = "0"
            return
    digits = sum(ch.isdigit() for ch in column)
    before = _context(readings, position - 1)
    after = _context(readings, position + 1)
    one_class = len(classes) == 1 and None not in classes
    if (one_class and "9" in (before, after) and "A" not in (before, after)) or (
        digits * 3 >= 2 * total
    ):
        _spell(readings, position, digit=True)
    elif (one_class and "A" in (before, after) and "9" not in (before, after)) or (
        (total - digits) * 3 >= 2 * total
    ):
        _spell(readings, position, digit=False)


def _context(readings: list[list[str]], position: int) -> str:
    """What the family mostly reads at ``position`` (:func:`_kind`); ``?`` when unsure.

    A neighbour that is itself a look-alike (``1`` or ``I``, ``B`` or ``8``) is no
    evidence: ``1B/2026`` must not make its B an 8 because of the 1 before it.
    """
    if position < 0 or position >= len(readings[0]):
        return "-"
    kinds = Counter(_kind(chars[position]) for chars in readings)
    kind, count = kinds.most_common(1)[0]
    return kind if count * 3 >= 2 * len(readings) else "?"


def _kind(ch: str) -> str:
    """``A`` a letter, ``9`` a digit, ``?`` a glyph with a twin of the other kind, ``-``."""
    if ch in _CLASS_OF or ch.upper() in _CLASS_OF:
        return "?"
    return "9" if ch.isdigit() else "A" if ch.isalpha() else "-"


def _spell(readings: list[list[str]], position: int, *, digit: bool) -> None:
    """Make the position a digit (or a capital) in every row, as some row reads it."""
    column = [chars[position] for chars in readings]
    for chars in readings:
        ch = chars[position]
        cls = _CLASS_OF.get(ch, _CLASS_OF.get(ch.upper()))
        if cls is None:
            continue
        if digit and not ch.isdigit():
            choice = next((c for c in _CLASSES[cls] if c.isdigit() and c in column), None)
        elif not digit and not (ch.isalpha() and ch.isupper()):
            spelled = Counter(
                c for c in column if c.isalpha() and c.isupper() and _CLASS_OF.get(c) == cls
            )
            choice = spelled.most_common(1)[0][0] if spelled else None
        else:
            continue
        if choice is not None:
            chars[position] = choice


def _zero_after_letters(readings: list[list[str]], position: int) -> bool:
    """Whether the family reads a letter just before ``position`` and a digit just after."""
    if position == 0 or position + 1 >= len(readings[0]):
        return False
    column = [chars[position] for chars in readings]
    if not set(column) <= set(_CLASSES[0]):
        return False
    before = sum(chars[position - 1].isalpha() for chars in readings)
    after = sum(chars[position + 1].isdigit() or chars[position + 1] in "Oo" for chars in readings)
    total = len(readings)
    return before * 2 > total and after * 2 > total


def zeros_by_width(image: Image.Image, words: Sequence[Word]) -> list[Word]:
    """Read an ``O`` next to a digit as a zero when its glyph is as narrow as a digit.

    In a proportional font the letter ``O`` is far wider than a ``0`` (Arial: 0.78 em
    against 0.56), and every digit has the same width, so the glyph itself says which it
    is: ``INO46036`` whose ``O`` is as narrow as the ``0``, ``4``, ``6`` beside it is
    ``IN046036``. The word's glyphs are found as runs of inked columns inside its box;
    when they do not come one per character at any of three ink levels (touching
    glyphs, a split one) or fewer than two digits give a width, nothing is changed.
    """
    import numpy as np

    pixels: NDArray[np.uint8] | None = None
    fixed: list[Word] = []
    for word in words:
        if not _MAY_HIDE_ZERO.search(word.text) or sum(ch.isdigit() for ch in word.text) < 3:
            fixed.append(word)
            continue
        if pixels is None:
            pixels = np.asarray(image.convert("L"))
        text = _zeros_from_glyphs(word.text, _glyph_widths(pixels, word, len(word.text)))
        fixed.append(word if text == word.text else replace(word, text=text))
    return fixed


_MAY_HIDE_ZERO = re.compile(r"O(?=[0-9])|(?<=[0-9])O")
_NARROW_DIGITS = frozenset("1")
"""A 1's ink is narrow though it takes a digit's width: not a measure of one."""


def _glyph_widths(pixels: NDArray[np.uint8], word: Word, count: int) -> list[int]:
    """Widths of the word's glyphs, at the darkest cut that gives ``count`` of them.

    Blurred print (a photo, a soft scan) joins neighbouring glyphs at the usual ink
    level; only their cores, a darker cut, stand apart.
    """
    import numpy as np

    box = pixels[word.top : word.bottom, word.left : word.right]
    if box.size == 0:
        return []
    for level in (128, 96, 64):
        inked: NDArray[np.bool_] = np.any(box < level, axis=0)
        widths = _runs([bool(flag) for flag in inked])
        widths = [width for width in widths if width > 1]  # a speck beside the word
        if len(widths) == count:
            return widths
    return []


def _runs(flags: list[bool]) -> list[int]:
    runs: list[int] = []
    run = 0
    for flag in [*flags, False]:
        if flag:
            run += 1
        elif run:
            runs.append(run)
            run = 0
    return runs


def _zeros_from_glyphs(text: str, widths: Sequence[int]) -> str:
    if len(widths) != len(text):
        return text
    digits = [
        w for ch, w in zip(text, widths, strict=True) if ch.isdigit() and ch not in _NARROW_DIGITS
    ]
    if len(digits) < 2:
        return text
    typical = statistics.median(digits)
    if max(digits) > 1.35 * min(digits):  # the glyphs are not one per digit after all
        return text
    chars = list(text)
    for index in [m.start() for m in _MAY_HIDE_ZERO.finditer(text)]:
        if widths[index] <= 1.12 * typical:
            chars[index] = "0"
    return "".join(chars)
