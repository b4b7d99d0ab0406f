"""Words printed around a document number, and what each one tells the reader.

One table instead of a word list per rule: a row of an advice says "CN 0052", "Invoice
40412", "PO 4500012345" or "Type: Gutschrift", and the same word can name a document's
type, stand before its number, or be part of the number as the payer wrote it.
"""

from __future__ import annotations

from enum import Flag, auto


class Says(Flag):
    """What a word beside a reference says."""

    TYPE = auto()
    """A printed document type, in its own cell or word ("Gutschrift", "CRN")."""
    BEFORE = auto()
    """Stands before the number and names its kind ("Invoice 40412", "PO 4500012345")."""
    PART = auto()
    """In capitals, part of the number as printed: "CN 0052", not "0052"."""
    ORDER = auto()
    """The payer's purchase order: the number after it is theirs, not our invoice."""


WORDS: dict[str, Says] = {
    "inv": Says.TYPE | Says.BEFORE | Says.PART,
    "invoice": Says.TYPE | Says.BEFORE,
    "cn": Says.TYPE | Says.BEFORE | Says.PART,
    "crn": Says.TYPE | Says.PART,
    "cm": Says.TYPE | Says.PART,
    "gs": Says.TYPE,
    "kn": Says.TYPE,
    "credit": Says.TYPE | Says.BEFORE,
    "gutschrift": Says.TYPE,
    "avoir": Says.TYPE,
    "rechnung": Says.TYPE | Says.BEFORE,
    "facture": Says.TYPE | Says.BEFORE,
    "re": Says.TYPE | Says.BEFORE,
    "rg": Says.TYPE,
    "si": Says.PART,
    "dn": Says.PART,
    "or": Says.PART,
    "dr": Says.PART,
    "c/n": Says.PART,
    **{
        word: Says.BEFORE | Says.ORDER
        for word in ("po", "p.o", "p o", "lpo", "order", "bestellung", "commande", "pedido")
    },
}


def says(word: str, what: Says) -> bool:
    """Whether ``word`` (any case, trailing dots and colons ignored) says ``what``."""
    found = WORDS.get(word.lower().strip(".:#"))
    return found is not None and what in found
