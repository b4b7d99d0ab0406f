"""Column headings of remittance tables, in the words payers' ERPs actually print.

Both the table path (one heading per cell) and the text path (all headings on one line)
use the same synonym list, so a heading learnt for one layout works for every layout.
Adding a payer's wording is adding one row to :data:`SYNONYMS`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum


class Column(StrEnum):
    """What a column of a remittance table holds."""

    REF = "ref"
    DATE = "date"
    GROSS = "gross"
    DISCOUNT = "discount"
    DEDUCTION = "deduction"
    PAID = "paid"
    AMOUNT = "amount"  # "Amount" alone: paid, unless another column says paid
    TYPE = "type"  # INV / CN / PO, when the payer prints the document type apart


AMOUNT_COLUMNS = (Column.GROSS, Column.DISCOUNT, Column.DEDUCTION, Column.PAID, Column.AMOUNT)

# (normalised heading, column, priority). A higher priority wins when two columns claim
# the same role, e.g. "Your reference" (our invoice number) over "Document" (theirs).
SYNONYMS: tuple[tuple[str, Column, int], ...] = (
    ("invoice no", Column.REF, 3), ("invoice number", Column.REF, 3),
    ("invoice nr", Column.REF, 3), ("inv no", Column.REF, 3), ("invoice ref", Column.REF, 3),
    ("invoice reference", Column.REF, 3), ("your reference", Column.REF, 3),
    ("your ref", Column.REF, 3), ("your invoice", Column.REF, 3),
    ("rechnungsnummer", Column.REF, 3), ("rechnungsnr", Column.REF, 3),
    ("rechnung nr", Column.REF, 3), ("re nr", Column.REF, 3), ("ihre referenz", Column.REF, 3),
    ("numéro de facture", Column.REF, 3), ("no de facture", Column.REF, 3),
    ("no facture", Column.REF, 3), ("votre référence", Column.REF, 3),
    ("invoice", Column.REF, 2), ("document no", Column.REF, 2), ("document number", Column.REF, 2),
    ("doc no", Column.REF, 2), ("belegnummer", Column.REF, 2), ("belegnr", Column.REF, 2),
    ("beleg nr", Column.REF, 2), ("facture", Column.REF, 2), ("rechnung", Column.REF, 2),
    ("reference", Column.REF, 1), ("ref", Column.REF, 1), ("ref no", Column.REF, 1),
    ("document", Column.REF, 1), ("beleg", Column.REF, 1), ("référence", Column.REF, 1),
    ("number", Column.REF, 1),
    ("payment date", Column.DATE, 0), ("due date", Column.DATE, 0),
    ("invoice date", Column.DATE, 3), ("inv date", Column.DATE, 3),
    ("document date", Column.DATE, 2), ("doc date", Column.DATE, 2), ("date", Column.DATE, 1),
    ("datum", Column.DATE, 1), ("rechnungsdatum", Column.DATE, 3), ("belegdatum", Column.DATE, 2),
    ("date de facture", Column.DATE, 3), ("date facture", Column.DATE, 3),
    ("gross", Column.GROSS, 2), ("gross amount", Column.GROSS, 3),
    ("invoice amount", Column.GROSS, 3), ("inv amount", Column.GROSS, 3),
    ("original amount", Column.GROSS, 3), ("document amount", Column.GROSS, 2),
    ("amount due", Column.GROSS, 2), ("brutto", Column.GROSS, 2),
    ("bruttobetrag", Column.GROSS, 3), ("rechnungsbetrag", Column.GROSS, 3),
    ("montant brut", Column.GROSS, 3), ("montant facture", Column.GROSS, 3),
    ("montant de la facture", Column.GROSS, 3),
    ("discount", Column.DISCOUNT, 2), ("discount amount", Column.DISCOUNT, 3),
    ("discount taken", Column.DISCOUNT, 3),
    ("cash discount", Column.DISCOUNT, 3), ("disc", Column.DISCOUNT, 1),
    ("skonto", Column.DISCOUNT, 2), ("skontobetrag", Column.DISCOUNT, 3),
    ("rabatt", Column.DISCOUNT, 1), ("remise", Column.DISCOUNT, 2),
    ("escompte", Column.DISCOUNT, 2),
    ("deduction", Column.DEDUCTION, 2), ("deduction amount", Column.DEDUCTION, 3),
    ("deductions", Column.DEDUCTION, 2),
    ("adjustment", Column.DEDUCTION, 2), ("adjustments", Column.DEDUCTION, 2),
    ("withholding", Column.DEDUCTION, 2), ("withholding tax", Column.DEDUCTION, 3),
    ("short paid", Column.DEDUCTION, 2), ("chargeback", Column.DEDUCTION, 2),
    ("abzug", Column.DEDUCTION, 2), ("abzüge", Column.DEDUCTION, 2),
    ("einbehalt", Column.DEDUCTION, 2), ("retenue", Column.DEDUCTION, 2),
    ("déduction", Column.DEDUCTION, 2),
    ("paid", Column.PAID, 2), ("amount paid", Column.PAID, 3), ("paid amount", Column.PAID, 3),
    ("payment", Column.PAID, 1), ("payment amount", Column.PAID, 3),
    ("net", Column.PAID, 1), ("net amount", Column.PAID, 2), ("net paid", Column.PAID, 3),
    ("amount remitted", Column.PAID, 3), ("remitted", Column.PAID, 2),
    ("zahlbetrag", Column.PAID, 3), ("gezahlt", Column.PAID, 2), ("zahlung", Column.PAID, 1),
    ("netto", Column.PAID, 1), ("montant payé", Column.PAID, 3), ("payé", Column.PAID, 2),
    ("réglé", Column.PAID, 2), ("montant réglé", Column.PAID, 3),
    ("amount", Column.AMOUNT, 1), ("betrag", Column.AMOUNT, 1), ("montant", Column.AMOUNT, 1),
    ("type", Column.TYPE, 1), ("doc type", Column.TYPE, 2), ("document type", Column.TYPE, 2),
    ("belegart", Column.TYPE, 2), ("type de document", Column.TYPE, 2),
)  # fmt: skip

_BY_PHRASE = {phrase: (column, priority) for phrase, column, priority in SYNONYMS}
_PHRASES = re.compile(
    r"(?<!\w)(?:"
    + "|".join(re.escape(p) for p in sorted(_BY_PHRASE, key=len, reverse=True))
    + r")(?!\w)"
)


@dataclass(frozen=True, slots=True)
class Heading:
    """One recognised heading: where it is (cell index or text offset) and what it means."""

    position: int
    column: Column
    priority: int
    length: int


def normalise_heading(text: str) -> str:
    """Fold a heading to the synonym list's spelling: ``"Inv #:"`` becomes ``"inv no"``."""
    folded = text.lower().replace("#", " no ").replace("n°", " no ").replace("nº", " no ")
    folded = re.sub(r"\bno\.", " no ", folded)
    folded = re.sub(r"[^\w%\s]", " ", folded)
    return re.sub(r"\s+", " ", folded).strip()


def classify_heading(text: str) -> Heading | None:
    """Recognise one table cell as a heading; percentages ("Disc. %") are never money."""
    folded = normalise_heading(text)
    if not folded or "%" in folded or len(folded) > 40:
        return None
    found = headings_in_line(folded)
    # The longest phrase is the most specific: "Discount amount" is a discount, not an amount.
    return max(found, key=lambda heading: heading.length, default=None)


def headings_in_line(text: str) -> list[Heading]:
    """Recognise every heading on one line of text, in reading order."""
    folded = normalise_heading(text)
    found: list[Heading] = []
    for match in _PHRASES.finditer(folded):
        column, priority = _BY_PHRASE[match[0]]
        found.append(Heading(match.start(), column, priority, len(match[0])))
    return found


def is_header(columns: set[Column]) -> bool:
    """A header names a document reference and at least one amount, or it is not ours."""
    return Column.REF in columns and any(c in columns for c in AMOUNT_COLUMNS)
