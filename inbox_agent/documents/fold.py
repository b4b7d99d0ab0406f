"""Letters without their accents, for matching words printed with or without them.

OCR reads "ă" as "ä", ASCII-only ERPs print "Cislo faktury" for "Číslo faktury", and an
upper-case Greek title drops its tonos: headings, labels and titles are matched with the
accents folded on both sides.
"""

from __future__ import annotations

import re
import unicodedata


def fold_accents(text: str) -> str:
    """Each letter without its accent, one character for one.

    "Číslo faktury" and an ASCII-only ERP's "Cislo faktury" are the same heading, and so
    are OCR's "ä" and the "ă" printed; positions in the text stay where they were.
    """
    return "".join(_base_letter(ch) for ch in text)


def _base_letter(ch: str) -> str:
    if ch.isascii():
        return ch
    parts = unicodedata.normalize("NFD", ch)
    if len(parts) > 1 and all(unicodedata.combining(mark) for mark in parts[1:]):
        return parts[0]
    return ch


_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])")


def split_joined_words(text: str) -> str:
    """Words an export runs together, apart: "InvoiceNo", "invoice_no" as "Invoice No"."""
    return _CAMEL.sub(" ", text).replace("_", " ")
