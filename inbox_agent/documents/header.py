"""The advice's header: who paid, when, under which reference, in what currency, how much.

Header fields are read from labels ("Payment date:", "Zahlungsdatum", "Cheque no") rather
than positions, because every ERP puts them somewhere else. The stated total is kept
apart from the lines so that a disagreement becomes a warning for the reviewer instead of
being silently "fixed" either way.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from inbox_agent.documents.values import (
    AMOUNT_IN_TEXT,
    DATE_IN_TEXT,
    ISO_CURRENCIES,
    Conventions,
    parse_amount,
    parse_date,
)
from matchers.types import RemittanceLine, money

# One named group per field; alternatives inside a group are tried longest first.
_LABEL_GROUPS: dict[str, tuple[str, ...]] = {
    "payer": (
        r"paid by", r"payer(?: name)?", r"remitter", r"from\s*:",
        r"(?:remittance|payment|advice) from",
        r"zahler", r"auftraggeber", r"payeur", r"donneur d'ordre",
    ),
    "payee": (
        r"to\s*:", r"payee", r"beneficiary", r"supplier\s*:", r"vendor\s*:",
        r"zahlungsempfänger", r"empfänger", r"bénéficiaire", r"fournisseur\s*:",
    ),
    "payment_date": (
        r"payment date", r"date paid", r"paid on", r"payment value date", r"value date",
        r"settlement date", r"zahlungsdatum", r"valutadatum", r"valuta",
        r"ausführungsdatum", r"date de paiement", r"date de règlement", r"date de valeur",
        r"(?<![^\s])(?<!\w\s)date\s*:",
    ),
    "reference": (
        r"payment reference", r"payment ref", r"payment no", r"payment number",
        r"payment id", r"remittance (?:reference|ref|no|number)", r"eft (?:reference|ref|no)",
        r"(?:cheque|check) (?:number|no)", r"transaction (?:reference|ref)",
        r"zahlungsreferenz", r"référence (?:de paiement|du virement)",
    ),
    "currency": (r"currency", r"währung", r"devise"),
    "total": (
        r"total paid", r"total payment", r"payment total", r"payment amount",
        r"total amount paid", r"amount paid", r"total remitted", r"gesamtbetrag",
        r"zahlbetrag gesamt", r"total payé", r"total réglé", r"montant du paiement",
        r"grand total", r"total amount", r"total", r"summe", r"gesamtsumme",
    ),
}  # fmt: skip
_LABELS = re.compile(
    "|".join(
        rf"(?P<{name}>(?<!\w)(?:{'|'.join(sorted(alts, key=len, reverse=True))})(?!\w)[ \t]*:?)"
        for name, alts in _LABEL_GROUPS.items()
    ),
    re.IGNORECASE,
)
_SALUTATION = re.compile(
    r"^(?:dear|hello|hi|good (?:day|morning|afternoon)|sehr geehrte|bonjour|madame|"
    r"to whom)\b",
    re.IGNORECASE,
)
_STRONG_TOTALS = re.compile(r"paid|payment|remitted|payé|réglé|paiement|zahl", re.IGNORECASE)
_COMPANY = re.compile(
    r"(?<!\w)(?:pty|ltd|limited|inc|llc|gmbh|ag|s\.?a\.?|sarl|sas|b\.?v\.?|n\.?v\.?|plc|"
    r"corp|corporation|company|co\.|kg|oy|ab|srl|s\.p\.a\.|pte)(?!\w)\.?",
    re.IGNORECASE,
)
REMITTANCE_WORDS = re.compile(
    r"remittance|remit\b|payment advice|advice of payment|payment notification|"
    r"payment notice|zahlungsavis|zahlungsanzeige|avis de paiement|avis de règlement|"
    r"avis de virement|paid invoices|we have paid|following invoices|amount paid|gezahlt",
    re.IGNORECASE,
)
_SYMBOLS = (
    ("A$", "AUD"), ("AU$", "AUD"), ("NZ$", "NZD"), ("C$", "CAD"), ("CA$", "CAD"),
    ("US$", "USD"), ("S$", "SGD"), ("HK$", "HKD"), ("€", "EUR"), ("£", "GBP"), ("¥", "JPY"),
    ("₹", "INR"),
)  # fmt: skip
_ISO_WORD = re.compile(r"(?<![A-Za-z])(" + "|".join(sorted(ISO_CURRENCIES)) + r")(?![A-Za-z])")


@dataclass(frozen=True, slots=True)
class HeaderFields:
    """What the advice says about the payment as a whole; any field may be missing."""

    payer: str | None = None
    payment_date: date | None = None
    payment_reference: str | None = None
    total: Decimal | None = None


def is_label_line(line: str) -> bool:
    """Say whether a line carries a header label, so it is not read as an invoice line."""
    return _LABELS.search(line) is not None


def looks_like_remittance(text: str) -> bool:
    """Say whether free text calls itself a payment advice (gates the text fallback)."""
    return REMITTANCE_WORDS.search(text) is not None


def find_currency(text: str) -> str | None:
    """Return the ISO currency the advice is in, from a label, a code or a symbol.

    A bare ``$`` is left undecided: guessing USD for an Australian payer would be worse
    than asking the reviewer.
    """
    for field, _, value in _labelled_values(text.splitlines()):
        labelled = _ISO_WORD.search(value.upper()) if field == "currency" else None
        if labelled:
            return labelled[1]
    codes: Counter[str] = Counter(_ISO_WORD.findall(text))
    if codes:
        return codes.most_common(1)[0][0]
    for symbol, code in _SYMBOLS:
        if re.search(rf"(?<![A-Za-z]){re.escape(symbol)}", text):
            return code
    return None


def read_header(text: str, conventions: Conventions) -> HeaderFields:
    """Read the labelled header fields; the payer falls back to the letterhead."""
    lines = text.splitlines()
    found: dict[str, str] = {}
    strong: list[Decimal] = []
    weak: list[Decimal] = []
    for field, label, value in _labelled_values(lines):
        if field == "total":
            amount = _last_amount(value, conventions)
            if amount is not None:
                (strong if _STRONG_TOTALS.search(label) else weak).append(amount)
        elif value and field not in found:
            found[field] = value
    # "Total paid" beats a bare "Total"; the last of each kind is the grand total.
    totals = strong or weak
    return HeaderFields(
        payer=_clean_name(found.get("payer")) or letterhead_payer(lines),
        payment_date=_first_date(found.get("payment_date", ""), conventions),
        payment_reference=_clean_reference(found.get("reference")),
        total=totals[-1] if totals else None,
    )


def _labelled_values(lines: Sequence[str]) -> Iterator[tuple[str, str, str]]:
    """Yield (field, label, value) for every label in reading order.

    Several labels may share a line ("Date: 1/2/26   Ref: 881"): each value runs up to
    the next label. A label alone on its line ("From:" above the name) takes the next
    line, except a total, whose amount is always beside it.
    """
    for index, line in enumerate(lines):
        matches = [m for m in _LABELS.finditer(line) if m.lastgroup]
        for position, match in enumerate(matches):
            end = matches[position + 1].start() if position + 1 < len(matches) else len(line)
            field = str(match.lastgroup)
            value = line[match.end() : end].strip(" \t:#-–")
            if not value and field != "total" and index + 1 < len(lines):
                following = lines[index + 1]
                value = "" if is_label_line(following) else following.strip()
            yield field, match[0], value


def _last_amount(value: str, conventions: Conventions) -> Decimal | None:
    amounts = AMOUNT_IN_TEXT.findall(value)
    if not amounts:
        return None
    return parse_amount(amounts[-1], decimal_comma=conventions.decimal_comma)


def _first_date(value: str, conventions: Conventions) -> date | None:
    match = DATE_IN_TEXT.search(value)
    return parse_date(match[0], dayfirst=conventions.dayfirst) if match else None


def _clean_name(value: str | None) -> str | None:
    if not value:
        return None
    name = re.split(r"\s{3,}|\t", value.strip())[0].strip(" ,;")
    return name or None


def _clean_reference(value: str | None) -> str | None:
    if not value:
        return None
    return re.split(r"\s{3,}|\t", value.strip())[0].strip(" ,;") or None


def letterhead_payer(lines: Sequence[str]) -> str | None:
    """Guess the payer from the top of the advice: the sender's letterhead comes first.

    A line with a company suffix (Pty Ltd, GmbH, SARL...) wins; otherwise the first line,
    if it comes before the "Remittance Advice" title and is not an address or a label.
    """
    top = [line.strip() for line in lines[:15] if line.strip() and not _SALUTATION.match(line)]
    for line in top:
        if is_label_line(line) or looks_like_remittance(line):
            continue
        if _COMPANY.search(line):
            return _clean_name(line)
    for position, line in enumerate(top):
        if looks_like_remittance(line):
            if position == 0:
                return None
            first = top[0]
            plain = not any(ch.isdigit() for ch in first) and not is_label_line(first)
            return _clean_name(first) if plain else None
    return None


def check_total(lines: Sequence[RemittanceLine], total: Decimal | None) -> list[str]:
    """Warn when the lines do not add up to the stated total, or a line to itself.

    Nothing is corrected: a reviewer decides whether the payer mistyped a line or short
    paid, and the matcher sees both numbers.
    """
    warnings: list[str] = []
    for line in lines:
        if line.gross_amount is None:
            continue
        expected = money(line.gross_amount - line.discount - line.deduction)
        if expected != line.paid_amount:
            warnings.append(
                f"{line.invoice_ref}: {line.paid_amount} paid, but gross {line.gross_amount}"
                f" less discount {line.discount} and deduction {line.deduction} is {expected}"
            )
    if total is not None:
        added = money(sum((line.paid_amount for line in lines), Decimal(0)))
        if added != money(total):
            warnings.append(f"lines add up to {added} but the stated total is {money(total)}")
    return warnings
