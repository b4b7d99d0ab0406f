"""Where each header field of an advice was read: the line, and the label before the value.

An admin writing a payer template needs to see which printed line gave the payer, the
payment date, the reference and the total, and under which label. :mod:`.header` reads
the fields without keeping that (it is the hot path, and another change there should not
have to carry bookkeeping), so this module finds it again afterwards: the line that holds
the value read, preferring one whose label names the field, as :mod:`.header` does.
It uses only :mod:`.header`'s public helpers, so it follows whatever labels they learn.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from inbox_agent.documents.header import (
    HeaderFields,
    is_label_line,
    label_field,
    signature_payer,
)
from inbox_agent.documents.values import (
    DATE_IN_TEXT,
    Conventions,
    find_amounts,
    parse_amount,
    parse_date,
)

_GAP = re.compile(r"\s{3,}|\t")
_SEPARATORS = " \t:#-–.()[]"


@dataclass(frozen=True, slots=True)
class FieldNote:
    """One header field as read: its value, the 1-based line it came from, and how."""

    field: str
    value: str | None
    line: int | None = None
    text: str | None = None
    how: str = "not found"


def explain_fields(
    text: str, fields: HeaderFields, currency: str | None, conventions: Conventions
) -> list[FieldNote]:
    """Find the source line of every header field the generic reader filled."""
    lines = text.splitlines()
    reference = fields.payment_reference
    return [
        _payer_note(lines, fields.payer),
        _date_note(lines, fields.payment_date, conventions),
        _found(lines, "payment_reference", reference, _holds(reference), "reference")[0],
        _currency_note(lines, currency),
        _total_note(lines, fields.total, conventions),
    ]


def label_before(line: str, start: int) -> str:
    """The label printed before a value at ``start``: back to a wide gap or a number.

    "Date: 1/2/26  Ref: 881" gives "Ref" for 881; "Payment date: 14/03/2026" gives
    "Payment date" for the date, and so does a sheet's "Payment date   14/03/2026".
    """
    words = _GAP.split(line[:start].rstrip())[-1].split()
    kept: list[str] = []
    for word in reversed(words):
        if any(ch.isdigit() for ch in word):
            break
        kept.insert(0, word)
    return " ".join(kept).strip(_SEPARATORS)


def _how(lines: Sequence[str], index: int, start: int, label_of: str) -> tuple[str, bool]:
    """Say how the value at ``start`` of line ``index`` is labelled, and if as ``label_of``."""
    label = label_before(lines[index], start)
    if not label and index > 0 and is_label_line(lines[index - 1]):
        above = lines[index - 1].strip().rstrip(":").strip()
        return f'under the label "{above}"', label_field(f"{above}:") == label_of
    if not label:
        return "no label", False
    if label_field(f"{label}:") == label_of:
        return f'label "{label}"', True
    return f'label "{label}" (not a label the reader lists)', False


Locate = Callable[[str], int | None]
"""Where a value starts on a line, or ``None`` when the line does not hold it."""


def _holds(value: str | None) -> Locate:
    def locate(line: str) -> int | None:
        found = line.find(value) if value else -1
        return found if found >= 0 else None

    return locate


def _found(
    lines: Sequence[str], field: str, value: str | None, locate: Locate, label_of: str
) -> tuple[FieldNote, bool]:
    """The first line holding the value under the field's label, else the first at all."""
    if value is None:
        return FieldNote(field, None), False
    fallback: FieldNote | None = None
    for index, line in enumerate(lines):
        start = locate(line)
        if start is None:
            continue
        how, labelled = _how(lines, index, start, label_of)
        note = FieldNote(field, value, index + 1, line.strip(), how)
        if labelled:
            return note, True
        fallback = fallback or note
    return fallback or FieldNote(field, value, how="not printed as such"), False


def _payer_note(lines: Sequence[str], payer: str | None) -> FieldNote:
    """A labelled payer, else the signature or the letterhead, as :mod:`.header` looks."""
    note, labelled = _found(lines, "payer", payer, _holds(payer), "payer")
    if payer is None or labelled:
        return note
    if signature_payer(lines) == payer:
        found = [index for index, line in enumerate(lines) if payer in line]
        where = found[-1] if found else None
        return FieldNote(
            "payer", payer, where + 1 if where is not None else None, payer,
            "the company under the sign-off",
        )  # fmt: skip
    return FieldNote("payer", payer, note.line, note.text, "letterhead: a company at the top")


def _date_note(lines: Sequence[str], value: date | None, conventions: Conventions) -> FieldNote:
    def locate(line: str) -> int | None:
        for match in DATE_IN_TEXT.finditer(line):
            if parse_date(match[0], dayfirst=conventions.dayfirst) == value:
                return match.start()
        return None

    iso = value.isoformat() if value else None
    return _found(lines, "payment_date", iso, locate, "payment_date")[0]


def _currency_note(lines: Sequence[str], currency: str | None) -> FieldNote:
    if currency is None:
        return FieldNote("currency", None)
    for index, line in enumerate(lines):
        if label_field(line) == "currency" and currency in line.upper():
            return FieldNote("currency", currency, index + 1, line.strip(), "currency label")
    code = re.compile(rf"(?<![A-Za-z]){currency}(?![A-Za-z])")
    for index, line in enumerate(lines):
        if code.search(line):
            return FieldNote("currency", currency, index + 1, line.strip(), "code on the page")
    return FieldNote("currency", currency, how="a currency symbol on the page")


def _total_note(lines: Sequence[str], total: Decimal | None, conventions: Conventions) -> FieldNote:
    """The last labelled line that holds the total: the reader keeps the last total."""
    if total is None:
        return FieldNote("total", None)
    best: FieldNote | None = None
    for index, line in enumerate(lines):
        for match in find_amounts(line, conventions):
            amount = parse_amount(match[0], decimal_comma=conventions.decimal_comma)
            if amount is None or amount != total:
                continue
            how, labelled = _how(lines, index, match.start(), "total")
            if labelled or best is None:
                best = FieldNote("total", f"{total:.2f}", index + 1, line.strip(), how)
    return best or FieldNote("total", f"{total:.2f}", how="not printed as such")
