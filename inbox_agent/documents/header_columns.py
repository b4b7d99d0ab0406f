"""Header fields a flat export repeats on every row: "Payer", "Payment No", "Payment Date".

ERP and bank exports (CSV, XLSX) often have no header block at all: each row carries the
payment's own fields beside the invoice's. A column whose heading is a header label and
whose value is the same on every row holds that field for the whole payment.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from inbox_agent.documents.field_notes import noted_row
from inbox_agent.documents.fold import split_joined_words
from inbox_agent.documents.header import HeaderFields, label_field, payment_reference
from inbox_agent.documents.payer_name import company_name
from inbox_agent.documents.values import ISO_CURRENCIES, Conventions, parse_date

FIELDS = frozenset({"payer", "payment_date", "reference", "currency"})
_EXPORT_HEADINGS = {
    "clearing": "payment_date", "clearing date": "payment_date", "clrng date": "payment_date",
    "clrng doc": "reference", "clrng doc.": "reference", "clearing doc": "reference",
    "clearing doc.": "reference", "clearing document": "reference",
    "check/ref no": "reference", "check no": "reference", "payment no": "reference",
    "crcy": "currency", "curr": "currency", "currency": "currency",
}  # fmt: skip
"""Column names of ERP exports (SAP's FBL1N, QuickBooks) that no printed label uses."""
_MIN_ROWS = 2


@dataclass(frozen=True, slots=True)
class _Repeated:
    """One field's value repeated down a column, and where it is first printed."""

    value: str
    heading: str
    row: int
    """The 1-based number of the first row holding it, counted over all the tables, as a
    sheet's text prints one row a line."""
    cells: tuple[str, ...]

    def how(self) -> str:
        return f'export column "{self.heading}", the same on every row'


def _repeated_fields(grids: Sequence[Sequence[Sequence[str]]]) -> dict[str, _Repeated]:
    """Field -> value for every labelled column holding one value on all its rows.

    The heading row is the first row naming two header fields or more; the first table
    that has one decides.
    """
    before = 0
    for grid in grids:
        rows = [[str(cell or "").strip() for cell in row] for row in grid]
        for index, row in enumerate(rows):
            named = {
                position: field
                for position, cell in enumerate(row)
                if cell and (field := _field_of(cell)) in FIELDS
            }
            if len(named) < 2:
                continue
            found = _constant_values(rows, index, named, before)
            if found:
                return found
        before += len(rows)
    return {}


def _constant_values(
    rows: Sequence[Sequence[str]], heading: int, named: dict[int, str], before: int
) -> dict[str, _Repeated]:
    found: dict[str, _Repeated] = {}
    below = rows[heading + 1 :]
    for position, field in named.items():
        values = {row[position] for row in below if position < len(row) and row[position]}
        filled = [
            number
            for number, row in enumerate(below, start=before + heading + 2)
            if position < len(row) and row[position]
        ]
        if len(values) == 1 and len(filled) >= _MIN_ROWS and field not in found:
            cells = tuple(rows[filled[0] - before - 1])
            name = rows[heading][position]
            found[field] = _Repeated(values.pop(), name, filled[0], cells)
    return found


def with_repeated_fields(
    fields: HeaderFields,
    currency: str | None,
    grids: Sequence[Sequence[Sequence[str]]],
    conventions: Conventions,
) -> tuple[HeaderFields, str | None]:
    """``fields`` and ``currency`` with what a flat export repeats on its rows.

    The repeated columns win over the text: in such an export the text is only the rows
    again, so a label in it reads the first row's cells, not a header's value.
    """
    found = _repeated_fields(grids)
    if not found:
        return fields, currency
    payer, dated, reference, code = (
        found.get(name) for name in ("payer", "payment_date", "reference", "currency")
    )
    name = company_name(payer.value) if payer else None
    day = parse_date(dated.value, dayfirst=conventions.dayfirst) if dated else None
    number = payment_reference(reference.value) if reference else None
    iso = code.value.upper() if code and code.value.upper() in ISO_CURRENCIES else None
    for field, value, repeated in (
        ("payer", name, payer),
        ("payment_date", day, dated),
        ("payment_reference", number, reference),
        ("currency", iso, code),
    ):
        if value and repeated:
            noted_row(field, value, repeated.row, repeated.cells, repeated.how())
    return (
        replace(
            fields,
            payer=name or fields.payer,
            payment_date=day or fields.payment_date,
            payment_reference=number or fields.payment_reference,
        ),
        iso or currency,
    )


def _field_of(heading: str) -> str | None:
    folded = " ".join(split_joined_words(heading).casefold().rstrip(":").split())
    return _EXPORT_HEADINGS.get(folded) or label_field(f"{folded}:")
