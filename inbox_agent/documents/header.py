"""The advice's header: who paid, when, under which reference, in what currency, how much.

Each field is read from its label first (:mod:`.header_labels`), then from the places a
clerk would look when no label says: a bare "Date", the sentence saying when the money
went, the letter's date; a number under a label no list knows; "a payment of" an amount;
the letterhead or the sign-off for the payer (:mod:`.header_payer`). The stated total is
kept apart from the lines so that a disagreement becomes a warning for the reviewer
instead of being silently "fixed" either way.

Every reader here returns where its value was found, and :func:`read_header` notes each
field's winner (:mod:`.field_notes`) as it decides, for ``extract --explain``.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from inbox_agent.documents.field_notes import Found, noted, noted_at
from inbox_agent.documents.header_labels import (
    HAS_DIGIT,
    HEADER_LINES,
    REMITTANCE_WORDS,
    Labelled,
    is_label_line,
    is_total_label,
    label_field,
    labelled_values,
    looks_like_remittance,
)
from inbox_agent.documents.header_payer import find_payer
from inbox_agent.documents.values import (
    DATE_IN_TEXT,
    ISO_CURRENCIES,
    Conventions,
    find_amounts,
    parse_amount,
    parse_date,
)
from matchers.types import RemittanceLine, money

__all__ = [
    "REMITTANCE_WORDS",
    "HeaderFields",
    "check_total",
    "find_currency",
    "is_label_line",
    "is_total_label",
    "label_field",
    "looks_like_remittance",
    "payment_reference",
    "prose_total",
    "read_header",
]

_KEY_VALUE = re.compile(r"^(?P<label>[^\W\d][^:]{0,40}?)\s*:\s*(?P<value>\S.*)$")
_NOT_PAYMENT_DATE = re.compile(
    r"invoice|\binv\b|due|document|\bdoc\b|beleg|rechnung|facture|échéance|fällig|print|"
    r"created|order|bestell|commande|period|statement|birth|issue",
    re.IGNORECASE,
)
_NUMBER_LABEL = re.compile(
    r"(?<!\w)(?:no|nr|number|num|numero|número|numéro|nummer|id|ref|reference|référence|"
    r"referenz|#)(?!\w)|#|n[°º]|\w(?:nummer|nr)\b",
    re.IGNORECASE,
)
_NOT_PAYMENT_REFERENCE = re.compile(
    r"customer|client|kunde|vendor|supplier|lieferant|fournisseur|account|konto|compte|"
    r"iban|bic|swift|abn|acn|vat|tax|ust|tva|siret|phone|tel\b|fax|page|seite|invoice|"
    r"rechnung|facture|order|bestell|commande|\bpo\b|p\.o|bank|sort|bsb|routing|contact|"
    r"registration|company|sokak|cadde|street|road|avenue|building|floor|plot|suite",
    re.IGNORECASE,
)
_DATE_WORD = re.compile(
    r"(?<![^\W\d])(?:date|datum|fecha|data|tarikh|tanggal|petsa)(?![^\W\d])|日期|日付",
    re.IGNORECASE,
)
"""The bare word "Date" before a value; not "dated", which follows the invoice it dates."""
_DATE_VALUE = DATE_IN_TEXT.pattern
_PAID_ON = (
    re.compile(
        r"(?:paid|transferred|remitted|sent|made|credited|released|processed|effected)\b"
        rf"[^.\n]{{0,90}}?\b(?:on|today)\s*\(?\s*(?P<date>{_DATE_VALUE})",
        re.IGNORECASE | re.VERBOSE,
    ),
    re.compile(
        rf"\bon\s+(?P<date>{_DATE_VALUE}),?\s+(?:we|our|the)\b[^.\n]{{0,40}}?"
        r"\b(?:paid|transferred|remitted|sent|made|credited|released|payment)\b",
        re.IGNORECASE | re.VERBOSE,
    ),
)
"""Prose that says when the money went, the date after the verb or before it."""
_LONE_DATE = re.compile(rf"(?:[^\d\n]{{0,40}}\s)?(?P<date>{_DATE_VALUE})", re.VERBOSE)
"""A letter's date: alone on its line, or after a place ("Auckland Branch 13 Mar 2026")."""
_LETTER_DATE_LINES = 15
_PROSE_TOTAL = re.compile(
    r"\b(?:payment|transfer|remittance|amount|sum|credit)\s+of\s+(?P<rest>.*)", re.IGNORECASE
)
_NEXT_LABEL = re.compile(r"\s+(?=[A-Z][\w.]*(?: [A-Za-z][\w.]*)?\s*:\s)")
"""Where the next "Label: value" starts on the same line."""
_RUN_ON_LABEL = re.compile(
    r"^(?:(?:no|nr|number|#|ref|reference)\b\.?\s*)+[:#：]?\s*|^[^\d:：]{1,30}[:：]\s*|^：\s*",
    re.IGNORECASE,
)
"""What is left of a label before its value: "No.", "Pembayaran :", "#"."""
_ACCOUNT_WORDS = frozenset({"a/c", "account", "acct", "iban", "bsb", "konto", "compte"})
"""Words before a bank account's number: "FAST transfer to OCBC A/C 601-234567-001"."""
_SCHEME = re.compile(r"[A-Z]{2,5}")
"""A payment scheme or payer prefix printed apart from its number: "EFT 002318"."""
_STRONG_TOTALS = re.compile(r"paid|payment|remitted|payé|réglé|paiement|zahl", re.IGNORECASE)
_SYMBOLS = (
    ("A$", "AUD"), ("AU$", "AUD"), ("NZ$", "NZD"), ("C$", "CAD"), ("CA$", "CAD"),
    ("US$", "USD"), ("S$", "SGD"), ("HK$", "HKD"), ("€", "EUR"), ("£", "GBP"), ("¥", "JPY"),
    ("₹", "INR"), ("₱", "PHP"), ("₩", "KRW"), ("원", "KRW"), ("円", "JPY"), ("R$", "BRL"),
    ("zł", "PLN"), ("Kč", "CZK"), ("₺", "TRY"), ("TL", "TRY"), ("₫", "VND"), ("฿", "THB"),
    ("NT$", "TWD"), ("₪", "ILS"), ("₦", "NGN"), ("KSh", "KES"), ("E£", "EGP"), ("Rp", "IDR"),
    ("lei", "RON"), ("Ft", "HUF"), ("₴", "UAH"), ("₽", "RUB"), ("﷼", "SAR"),
)  # fmt: skip
"""Currency marks, the longer first ("NT$" before "$" forms): a bare "$" is left open."""


def _symbol_pattern(symbol: str) -> re.Pattern[str]:
    """The pattern of a currency mark in a document's text.

    A mark spelt in letters ("Ft", "lei", "TL") counts only beside an amount or in a
    heading's parentheses: "Ft Lauderdale" is a place, "12 500 Ft" is forints.
    """
    mark = rf"(?<![A-Za-z]){re.escape(symbol)}(?![A-Za-z])"
    if symbol.isalpha():
        return re.compile(rf"\d\s?{mark}|{mark}\s?\d|\(\s?{mark}\s?\)")  # "Bruttó (Ft)"
    return re.compile(mark)


_SYMBOL_PATTERNS = tuple((symbol, code, _symbol_pattern(symbol)) for symbol, code in _SYMBOLS)


_ISO_WORD = re.compile(
    r"(?<![A-Za-z0-9])(" + "|".join(sorted(ISO_CURRENCIES)) + r")(?![A-Za-z0-9])"
)
"""A currency code standing alone: "KES002" is a creditor code, "KESTREL" a name."""


@dataclass(frozen=True, slots=True)
class HeaderFields:
    """What the advice says about the payment as a whole; any field may be missing."""

    payer: str | None = None
    payment_date: date | None = None
    payment_reference: str | None = None
    total: Decimal | None = None


def find_currency(text: str) -> str | None:
    """Return the ISO currency the advice is in, from a label, a code or a symbol.

    A bare ``$`` is left undecided: guessing USD for an Australian payer would be worse
    than asking the reviewer.
    """
    lines = text.splitlines()
    for found in labelled_values(lines):
        labelled = _ISO_WORD.search(found.value.upper()) if found.field == "currency" else None
        if labelled:
            noted("currency", (labelled[1], found.line, found.how()), lines)
            return labelled[1]
    codes: Counter[str] = Counter()
    first: dict[str, int] = {}
    for match in _ISO_WORD.finditer(text):
        codes[match[1]] += 1
        first.setdefault(match[1], match.start())
    if codes:
        code = codes.most_common(1)[0][0]
        noted_at("currency", code, text, first[code], "code on the page")
        return code
    for symbol, code, pattern in _SYMBOL_PATTERNS:
        if found_symbol := pattern.search(text):
            noted_at("currency", code, text, found_symbol.start(), f'the symbol "{symbol}"')
            return code
    return None


def read_header(text: str, conventions: Conventions) -> HeaderFields:
    """Read the labelled header fields, each falling back to where a letter prints it."""
    lines = text.splitlines()
    first: dict[str, Labelled] = {}
    strong: list[tuple[Decimal, Labelled]] = []
    weak: list[tuple[Decimal, Labelled]] = []
    payees: list[str] = []
    for found in labelled_values(lines):
        if found.field == "total":
            amount = _last_amount(found.value, conventions)
            if amount is not None:
                (strong if _STRONG_TOTALS.search(found.label) else weak).append((amount, found))
        elif found.field == "payee" and found.value:
            payees.append(found.value)
        elif found.value and found.field not in first:
            first[found.field] = found
    payer = find_payer(lines, first.get("payer"), payees)
    payment_date = (
        _labelled_date(first.get("payment_date"), conventions)
        or _fallback_date(lines, conventions)
        or _unlabelled_date(lines, conventions)
    )
    reference = _labelled_reference(first.get("reference")) or _fallback_reference(lines)
    # "Total paid" beats a bare "Total"; the last of each kind is the grand total.
    totals = strong or weak
    total = (
        (totals[-1][0], totals[-1][1].line, totals[-1][1].how())
        if totals
        else _prose_total(lines, conventions)
    )
    noted("payer", payer, lines)
    noted("payment_date", payment_date, lines)
    noted("payment_reference", reference, lines)
    noted("total", total, lines)
    return HeaderFields(
        payer=payer[0] if payer else None,
        payment_date=payment_date[0] if payment_date else None,
        payment_reference=reference[0] if reference else None,
        total=total[0] if total else None,
    )


def _pairs(lines: Sequence[str]) -> Iterator[tuple[int, str, str]]:
    """(line index, label, value) of the header area, for labels no list knows.

    "Label: value" anywhere on a line, several to a line when columns keep their gaps,
    and two-cell lines ("Label   value") as spreadsheets and fixed-width text print them.
    """
    for index, line in enumerate(lines[:HEADER_LINES]):
        segments = [seg for seg in re.split(r"\s{3,}|\t", line.strip()) if seg]
        first = segments[0].rstrip(" :") if segments else ""
        if len(segments) == 2 and ":" not in first and not HAS_DIGIT.search(first):
            yield index, first, segments[1].strip()
            continue
        for segment in segments:
            match = _KEY_VALUE.match(segment)
            if match:
                yield index, match["label"].strip(), match["value"].strip()


def _fallback_date(lines: Sequence[str], conventions: Conventions) -> Found[date] | None:
    """The payment date under a label no list knows.

    The first labelled date that is not an invoice's, a due date or a print date.
    """
    for index, label, value in _pairs(lines):
        field = label_field(f"{label}:")
        if _NOT_PAYMENT_DATE.search(label) or field not in {None, "payment_date"}:
            continue
        match = DATE_IN_TEXT.match(value)
        if match:
            day = parse_date(match[0], dayfirst=conventions.dayfirst)
            return (day, index, _unlisted(label, field)) if day else None
    return None


def prose_total(lines: Sequence[str], conventions: Conventions) -> Decimal | None:
    """The amount a typed letter says it paid: "a payment of €8,420.00", "transfer of ..."."""
    found = _prose_total(lines, conventions)
    return found[0] if found else None


def _prose_total(lines: Sequence[str], conventions: Conventions) -> Found[Decimal] | None:
    for index, line in enumerate(lines[:HEADER_LINES]):
        if found := _PROSE_TOTAL.search(line):
            amounts = find_amounts(found["rest"], conventions)
            if amounts and amounts[0].start() == 0:
                amount = parse_amount(amounts[0][0], decimal_comma=conventions.decimal_comma)
                how = f'prose: "{found[0].split()[0]} of" an amount'
                return (amount, index, how) if amount is not None else None
    return None


def _unlabelled_date(lines: Sequence[str], conventions: Conventions) -> Found[date] | None:
    """The payment date where no label sets it apart, in the order a clerk looks.

    A date after the word "date" that no invoice, due or print word qualifies ("Date
    03/17/2026", "Posting Date 11.03.2026"); then prose that says when the money went
    ("on 3 March 2026 we transferred", "made today (27/03/2026)"); last the letter's own
    date, alone on a line near the top ("20th March 2026", "Auckland Branch 13 Mar 2026").
    """
    head = lines[:HEADER_LINES]
    for index, line in enumerate(head):
        for match in DATE_IN_TEXT.finditer(line):
            column = re.split(r"\s{3,}|\t", line[: match.start()].rstrip())[-1]
            before = " ".join(column.split()[-4:])
            if _DATE_WORD.search(before) and not _NOT_PAYMENT_DATE.search(before):
                how = f'a date after "{before}", not a label the reader lists'
                return _dated(match[0], index, how, conventions)
    prose = " ".join(" ".join(head).split())  # a sentence may wrap over lines
    for pattern in _PAID_ON:
        if found := pattern.search(prose):
            index = _line_of_word(head, prose.count(" ", 0, found.start("date")))
            how = "prose: a sentence saying when it was paid"
            return _dated(found["date"], index, how, conventions)
    for index, line in enumerate(head[:_LETTER_DATE_LINES]):
        found = _LONE_DATE.fullmatch(line.strip())
        if found and not _NOT_PAYMENT_DATE.search(found[0][: found.start("date")]):
            return _dated(found["date"], index, "the letter's date, near the top", conventions)
    return None


def _dated(value: str, index: int, how: str, conventions: Conventions) -> Found[date] | None:
    day = parse_date(value, dayfirst=conventions.dayfirst)
    return (day, index, how) if day else None


def _line_of_word(lines: Sequence[str], word: int) -> int:
    """The index of the line holding the ``word``-th word of the lines joined."""
    for index, line in enumerate(lines):
        word -= len(line.split())
        if word < 0:
            return index
    return len(lines) - 1


def _fallback_reference(lines: Sequence[str]) -> Found[str] | None:
    """The payment reference under a label no list knows.

    A "... No./Ref/ID/#" label that is not a customer, account, tax, invoice or order
    number, with a number for its value.
    """
    for index, label, value in _pairs(lines):
        if not _NUMBER_LABEL.search(label) or _NOT_PAYMENT_REFERENCE.search(label):
            continue
        if is_label_line(f"{label}:") or DATE_IN_TEXT.match(value):
            continue
        token = _clean_reference(value)
        if token and HAS_DIGIT.search(token) and not find_amounts(token, Conventions()):
            return token, index, _unlisted(label, None)
    return None


def _unlisted(label: str, field: str | None) -> str:
    """How a value under a "Label: value" pair was found, and if the label is a known one."""
    return f'label "{label}"' if field else f'label "{label}" (not a label the reader lists)'


def _labelled_date(found: Labelled | None, conventions: Conventions) -> Found[date] | None:
    match = DATE_IN_TEXT.search(found.value) if found else None
    if found is None or match is None:
        return None
    return _dated(match[0], found.line, found.how(), conventions)


def _labelled_reference(found: Labelled | None) -> Found[str] | None:
    reference = payment_reference(found.value) if found else None
    return (reference, found.line, found.how()) if found and reference else None


def _last_amount(value: str, conventions: Conventions) -> Decimal | None:
    """The total beside its label: the last amount with cents, else a bare number."""
    amounts = find_amounts(value, conventions)
    if amounts:
        return parse_amount(amounts[-1][0], decimal_comma=conventions.decimal_comma)
    return parse_amount(value.strip(), decimal_comma=conventions.decimal_comma)


def payment_reference(value: str | None) -> str | None:
    """The payment's reference out of the text after its label; ``None`` if there is none.

    Labels run on ("No. Rujukan Pembayaran : DN26...", "Ref No. IBG26..."), prose leads
    up to the number ("for this payment is RCP-0320-114."), and another label may follow
    on the line ("PR-2026-0312 Vendor: V10422"). A payment reference has a digit, and is
    neither a date, an amount nor a company.
    """
    text = _clean_reference(_RUN_ON_LABEL.sub("", _NEXT_LABEL.split(value or "")[0].strip()))
    tokens = [token.strip(".,;:()[]") for token in (text or "").split()]
    if len(tokens) >= 2 and _SCHEME.fullmatch(tokens[0]) and HAS_DIGIT.search(tokens[1]):
        return f"{tokens[0]} {tokens[1]}"  # "EFT 002318": the scheme is part of it
    after = ["", *tokens]
    token = next(
        (
            token
            for token, before in zip(tokens, after, strict=False)
            if HAS_DIGIT.search(token) and before.lower() not in _ACCOUNT_WORDS
        ),
        None,
    )
    if token is None or DATE_IN_TEXT.fullmatch(token) or find_amounts(token, Conventions()):
        return None
    return token


def _clean_reference(value: str | None) -> str | None:
    if not value:
        return None
    return re.split(r"\s{3,}|\t", value.strip())[0].strip(" ,;") or None


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
