"""Remittances written as a letter rather than a table.

"This payment covers your invoices SI-4471 (€5,120.00) and SI-4480 (€3,912.50), less your
credit note CN-0212 for €612.50": a clerk reads such a sentence as a table of three
lines. Only a reference named as an invoice or credit note, with its amount right after
it (in parentheses or after "for"), is taken; a letter naming one invoice and the
payment's amount pays that invoice.
"""

from __future__ import annotations

import re

from inbox_agent.documents.header import prose_total
from inbox_agent.documents.lines import RawLine, is_reference_like, make_line
from inbox_agent.documents.reference_words import Says, says
from inbox_agent.documents.values import (
    AMOUNT_IN_TEXT,
    DATE_IN_TEXT,
    Conventions,
    find_amounts,
    parse_amount,
)
from matchers.types import RemittanceLine

_DOCUMENT_WORD = re.compile(
    r"\b(?:invoices?|inv\.?|bills?|credit notes?|credit memos?|debit notes?|factures?|"
    r"rechnungs?|rechnungen|facturas?|gutschrift(?:en)?|avoirs?)\b",
    re.IGNORECASE,
)
_CREDIT_WORD = re.compile(r"credit|gutschrift|avoir|less\b|minus\b|deduct", re.IGNORECASE)
_REFERENCE = re.compile(r"(?:no\.?\s*|number\s*|#\s*)?(?P<ref>[A-Za-z0-9][\w/.-]*\d[\w/-]*)")
_AFTER_REF = re.compile(
    r"\s*(?:dated\s+\d{1,2}\s+[^\W\d]{3,9}\s+\d{4}\s+|dated\s+[\d./-]{8,10}\s+)?"
    r"(?:\(\s*(?P<paren>[^)]{1,30})\)|\s*for\s+(?P<for>\S+(?:\s\S+)?))"
)
"""The amount right after a reference, maybe past its date: "10452 dated 3 February 2026
for €2,310.00", "SI-4471 (€5,120.00)"."""
_ENDS_IN_MONEY = re.compile(r"\d[.,]\d{2}\)?-?\s*$")
_TABLE_ROWS = 2
_CREDIT_REACH = 12
"""How far before the document word a "less" or "credit" still qualifies it."""
_WINDOW = 60
"""How far back a document word may stand from its reference ("invoices A, B and C")."""


def lines_from_prose(text: str, conventions: Conventions) -> list[RemittanceLine]:
    """The invoices a letter names with their amounts, in the order it names them.

    Text with two lines or more ending in an amount is a table without headings, read
    row by row elsewhere: "Less: CRN-0446 - short delivery on Inv 40418 (120.00)" is one
    of its rows, not a sentence about invoice 40418.
    """
    rows = sum(1 for line in text.splitlines() if _ENDS_IN_MONEY.search(line))
    if rows >= _TABLE_ROWS:
        return []
    flat = " ".join(text.split())
    # Dates are no references: "dated 12 February 2026" names no document 2026.
    scan = DATE_IN_TEXT.sub(lambda m: " " * len(m[0]), flat)
    found: list[RemittanceLine] = []
    named: list[str] = []
    for match in _REFERENCE.finditer(scan):
        ref = match["ref"].rstrip(".,;:")
        if not is_reference_like(ref) or AMOUNT_IN_TEXT.fullmatch(ref):
            continue
        if _after_order_word(scan[: match.start()]):
            continue  # "our purchase order PO 7781" is the payer's order, not our invoice
        before = flat[max(0, match.start() - _WINDOW) : match.start()]
        words = list(_DOCUMENT_WORD.finditer(before))
        if not words:
            continue
        if ref not in named:
            named.append(ref)
        after = _AFTER_REF.match(flat, match.end())
        amount_text = (after["paren"] or after["for"]) if after else None
        amounts = find_amounts(amount_text, conventions) if amount_text else []
        if not amounts:
            continue
        amount = parse_amount(amounts[0][0].strip("()"), decimal_comma=conventions.decimal_comma)
        if amount is None:
            continue
        named_as = before[max(0, words[-1].start() - _CREDIT_REACH) :]  # "less your credit note"
        credit = bool(_CREDIT_WORD.search(named_as))
        line = make_line(RawLine(ref=ref, paid=-abs(amount) if credit else abs(amount)))
        if line is not None:
            found.append(line)
    if not found and len(named) == 1:
        # "A payment of AUD 2,475.00 ... in full settlement of your invoice IPS-209347."
        total = prose_total(text.splitlines(), conventions)
        line = make_line(RawLine(ref=named[0], paid=total)) if total is not None else None
        return [line] if line is not None else []
    return found


def _after_order_word(before: str) -> bool:
    """Whether the word before a number names the payer's order ("PO 7781", "order no.")."""
    words = [word for word in before.split() if word.lower().strip(".:") not in {"no", "nr", "#"}]
    return bool(words) and says(words[-1], Says.ORDER)
