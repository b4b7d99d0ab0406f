"""Which tesseract languages a page needs: Latin pages keep ``eng+deu``, CJK pages get theirs.

Every page is first read with the Latin models (:data:`.ocr.WANTED_LANGUAGES`). Loading
the Japanese, Korean and Chinese models for every page would cost seconds and hurt
Latin accuracy (their look-alike glyphs compete with letters), and tesseract's own
script detection (``--psm 0``) took a Japanese advice for Latin. So the first reading
itself is the evidence: a page in another script comes back as many words of letters
that tesseract is unsure of. Only then are those words, cut out and set side by side
on a small strip, read once more with the CJK models (:data:`PROBE_LANGUAGES`); when
that reading is mostly kana, hangul or Han characters, the page is read again with
that script's model together with English (refs and amounts stay Latin). A noisy
Latin page also has unsure words, but the CJK models read them as Latin letters and
digits or as a few scattered characters, so it keeps its Latin reading.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from inbox_agent.documents.ocr_layout import Word

if TYPE_CHECKING:
    from PIL import Image

PROBE_LANGUAGES = ("jpn", "kor")
"""Read together, these tell kana, hangul and Han apart (jpn reads Chinese Han too)."""
CJK_LANGUAGES = {
    "jpn": ("jpn", "eng"),
    "kor": ("kor", "eng"),
    "chi": ("chi_sim", "chi_tra", "eng"),
}
"""Languages for a page in each script; English stays for the refs and amounts."""
UNSURE_CONFIDENCE = 60.0
"""A word of letters below this confidence is one the Latin models may not know."""
MIN_UNSURE_SHARE = 0.25
MIN_UNSURE_WORDS = 8
MIN_CJK_CHARACTERS = 12
MIN_CJK_SHARE = 0.4
"""Of the probe's letters (digits and punctuation aside), how many must be CJK."""
_PROBE_WORDS = 40
_PROBE_WIDTH = 2400
_GAP = 30


def unsure_words(words: Sequence[Word]) -> list[Word]:
    """The words of letters the Latin models were unsure of, when a page has many.

    Returns an empty list for a page that reads as Latin (few unsure words), so the
    caller probes nothing and pays nothing.
    """
    lettered = [word for word in words if any(ch.isalpha() for ch in word.text)]
    unsure = [word for word in lettered if word.conf < UNSURE_CONFIDENCE]
    if len(unsure) < MIN_UNSURE_WORDS or len(unsure) < MIN_UNSURE_SHARE * len(lettered):
        return []
    return unsure


def probe_strip(image: Image.Image, words: Sequence[Word]) -> Image.Image:
    """Cut the largest of ``words`` out of the page and set them in rows on a white strip."""
    from PIL import Image as PILImage

    chosen = sorted(words, key=lambda w: -(w.width * w.height))[:_PROBE_WORDS]
    line_height = max(word.height for word in chosen) + 2 * _GAP // 3
    placed: list[tuple[Word, int, int]] = []
    x = y = _GAP // 3
    for word in chosen:
        width = min(word.width, _PROBE_WIDTH - _GAP)
        if x + width > _PROBE_WIDTH - _GAP // 3 and x > _GAP // 3:
            x, y = _GAP // 3, y + line_height
        placed.append((word, x, y))
        x += width + _GAP
    strip = PILImage.new("L", (_PROBE_WIDTH, y + line_height), 255)
    for word, left, top in placed:
        box = (max(0, word.left - 3), max(0, word.top - 3),
               min(image.width, word.right + 3), min(image.height, word.bottom + 3))  # fmt: skip
        strip.paste(image.crop(box), (left, top))
    return strip


def script_of(text: str) -> str | None:
    """``jpn``, ``kor`` or ``chi`` when ``text`` is mostly that script's letters, else None."""
    counts = {"kana": 0, "hangul": 0, "han": 0, "other": 0}
    for ch in text:
        if not ch.isalpha():
            continue
        name = unicodedata.name(ch, "")
        if name.startswith(("HIRAGANA", "KATAKANA")):
            counts["kana"] += 1
        elif name.startswith("HANGUL"):
            counts["hangul"] += 1
        elif name.startswith("CJK"):
            counts["han"] += 1
        else:
            counts["other"] += 1
    cjk = counts["kana"] + counts["hangul"] + counts["han"]
    if cjk < MIN_CJK_CHARACTERS or cjk < MIN_CJK_SHARE * (cjk + counts["other"]):
        return None
    if counts["hangul"] > counts["kana"] + counts["han"]:
        return "kor"
    # Japanese mixes kana into nearly every phrase; Chinese has none.
    return "jpn" if counts["kana"] >= 0.1 * cjk else "chi"


def page_languages(
    image: Image.Image,
    words: Sequence[Word],
    read: Callable[[Image.Image, tuple[str, ...]], list[Word]],
    installed: Sequence[str],
) -> tuple[str, ...] | None:
    """The languages to read this page again with, or ``None`` to keep the Latin reading.

    Args:
        image: The prepared page.
        words: What the Latin models read on it.
        read: Runs tesseract on an image with the given languages.
        installed: The languages tesseract has; a script whose model is missing keeps
            the Latin reading rather than failing.
    """
    unsure = unsure_words(words)
    probe = tuple(lang for lang in PROBE_LANGUAGES if lang in installed)
    if not unsure or not probe:
        return None
    found = read(probe_strip(image, unsure), probe)
    script = script_of("".join(word.text for word in found))
    if script is None:
        return None
    wanted = tuple(lang for lang in CJK_LANGUAGES[script] if lang in installed)
    if not any(lang != "eng" for lang in wanted):
        return None
    return wanted
