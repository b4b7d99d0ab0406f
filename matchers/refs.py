"""Document numbers as payers write them, reduced to forms that can be compared.

AP clerks and OCR engines change our invoice numbers in a handful of ways, and each way
gets its own comparable form so the engine can say in words which one it forgave:

* formatting - case, spaces, dashes, slashes, dots: :func:`normalise_ref`
  (``"inv 00123"`` and ``"INV-00123"`` are both ``INV00123``);
* zero padding - ``INV-123`` for ``INV-00123``: :func:`unpad`;
* OCR confusions inside the number - ``1O023`` for ``10023`` (O/0, I/1/l, S/5, B/8, Z/2);
* the label in front - ``Invoice No. 123``, ``#123`` or just ``123`` for ``INV-00123``.

A normalised number splits into a *prefix* (the letters before the first digit) and a
*core* (the rest, OCR-folded and unpadded). The *key* is prefix + core: equal keys mean
"the same number once formatting, padding and OCR are forgiven"; equal cores with
different prefixes mean "the same number under another (or no) label".
"""

from __future__ import annotations

import re
from typing import NamedTuple

_NOT_ALNUM = re.compile(r"[\W_]+")
_LEADING_ZEROS = re.compile(r"(?<![0-9])0+(?=[0-9])")
_DIGITS = "0123456789"
_ASCII_UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
_OCR_FOLD = str.maketrans("OILSBZ", "011582")
"""Letters an OCR engine (or a tired clerk) reads for digits, mapped to those digits."""

_NOISE_PREFIX = re.compile(
    r"(?:TAX|INVOICE|INVOICES|INV|NO|NR|NUM|NUMBER|REF|REFERENCE|DOC|DOCUMENT|BILL|OUR|YOUR"
    r"|RE|FOR|PAYMENT|RECHNUNG|RG|FACTURE|FACTURA|FAKTURA|SI|TI)*"
)
"""Label words payers put in front of a number; they say nothing about which document."""

_TOKEN_SPLIT = re.compile(r"[\s,;&+|]+|/(?=\s)|\bAND\b", re.IGNORECASE)

MIN_FUZZY_CORE = 4
"""Cores shorter than this are not compared by edit distance: one edit between two
three-digit numbers says nothing about whether they are the same document."""


def normalise_ref(ref: str) -> str:
    """Reduce a document number to upper-case letters and digits.

    Spaces, dashes, slashes and dots are how people format a number, not part of it, so
    ``"inv 00123"``, ``"INV-00123"`` and ``"INV00123"`` all become ``"INV00123"``.
    """
    # Plain string methods first: this runs once per open item, and the regular
    # expression is only needed for the rarer separators.
    compact = ref.replace("-", "").replace(" ", "")
    if not compact.isalnum():
        compact = _NOT_ALNUM.sub("", compact)
    return compact.upper()


def unpad(key: str) -> str:
    """Drop leading zeros of every digit run of a normalised key (``INV0123`` -> ``INV123``).

    The usual shape, letters then digits, is done with string methods; anything else
    falls back to the regular expression, which gives the same answer more slowly.
    """
    head = key.rstrip(_DIGITS)
    if head and not head.isalpha():
        return _LEADING_ZEROS.sub("", key)
    if head == key:
        return key
    return head + (key[len(head) :].lstrip("0") or "0")


def loose_ref(ref: str) -> str:
    """Normalise and also drop leading zeros of every digit run (``INV-0123`` -> ``INV123``).

    Kept apart from :func:`normalise_ref` because zero-padding can, rarely, be the only
    difference between two real documents; the engine scores a loose hit lower.
    """
    return unpad(normalise_ref(ref))


class RefForms(NamedTuple):
    """The comparable forms of one document number (see the module docstring)."""

    norm: str
    prefix: str
    core: str
    key: str
    label_is_noise: bool
    """The letters in front are only label words (``INVOICE NO``) or there are none."""
    ocr_keys: tuple[str, ...] = ()
    """Keys read with letters at the end of the label taken as digits (``INV-I2345``)."""


def split_norm(norm: str) -> tuple[str, str, str]:
    """Split a normalised number into (letter run, prefix, core).

    The letter run is every letter before the first digit; the prefix is that run less
    any trailing ``O`` (read as a zero, which unpadding then drops), and the core is the
    rest with OCR confusions folded to digits and leading zeros dropped.
    """
    rest = norm.lstrip(_ASCII_UPPER)
    letters = norm[: len(norm) - len(rest)]
    if not rest:
        return letters, letters, ""
    prefix = letters.rstrip("O")
    core = unpad((letters[len(prefix) :] + rest).translate(_OCR_FOLD))
    return letters, prefix, core


_CONFUSABLE = frozenset("ILSBZ")


def _ocr_keys(prefix: str, rest: str) -> tuple[str, ...]:
    """Keys with the label's last letters read as digits, when OCR may have made them so.

    ``INV-I2345`` splits as label ``INVI`` and number ``2345``; read with the ``I`` as a
    ``1`` it is ``INV`` and ``12345``. Only letters an OCR engine confuses with digits
    are moved, at most three.
    """
    keys: list[str] = []
    for moved in range(1, min(3, len(prefix)) + 1):
        if prefix[-moved] not in _CONFUSABLE:
            break
        head = prefix[:-moved]
        keys.append(head + unpad((prefix[-moved:] + rest).translate(_OCR_FOLD)))
    return tuple(keys)


def forms(ref: str) -> RefForms:
    """Every comparable form of ``ref`` at once (one normalisation, one split)."""
    norm = normalise_ref(ref)
    letters, prefix, core = split_norm(norm)
    noise = not letters or any(_NOISE_PREFIX.fullmatch(x) for x in (letters, prefix))
    rest = norm[len(letters) :]
    extra = _ocr_keys(prefix, rest) if rest and prefix else ()
    return RefForms(norm, prefix, core, prefix + core, noise, extra)


_USUAL_SHAPE = re.compile(r"([A-Za-z]*[A-NP-Za-np-z])?[ ./#_-]*0*([0-9]+)")
"""Letters (not ending in O), separators, digits: most numbers; one regex call, no folding."""


def item_key(number: str) -> tuple[str, str]:
    """(key, core) of one of our own numbers; the index calls this a million times.

    The usual shape takes one regular expression; anything else the general path, which
    gives the same answer more slowly.
    """
    usual = _USUAL_SHAPE.fullmatch(number)
    if usual is not None:
        letters, core = usual.groups()
        return (letters.upper() + core if letters else core), core
    _letters, prefix, core = split_norm(normalise_ref(number))
    return prefix + core, core


def tokens(ref: str) -> list[str]:
    """The separate numbers in a reference that quotes several (``INV-1, INV-2``).

    Only pieces with at least three digits count: the words around them are labels.
    """
    parts = [p.strip(" .:#-/") for p in _TOKEN_SPLIT.split(ref)]
    return [p for p in parts if sum(c.isdigit() for c in p) >= 3]


def ocr_or_zeros(quoted: str, ours: str) -> str:
    """Say which forgiveness made two numbers meet: padding only, or OCR as well."""
    if unpad(normalise_ref(quoted)) == unpad(normalise_ref(ours)):
        return "once leading zeros are ignored"
    return "reading OCR-confusable characters (O/0, I/1, S/5, B/8, Z/2) alike"
