"""Header fields a flat export repeats on every row: "Payer", "Payment No", "Payment Date".

ERP and bank exports (CSV, XLSX) often have no header block at all: each row carries the
payment's own fields beside the invoice's. A column whose heading is a header label and
whose value is the same on every row holds that field for the whole payment.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

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


def repeated_fields(grids: Sequence[Sequence[Sequence[str]]]) -> dict[str, str]:
    """Field -> value for every labelled column holding one value on all its rows.

    The heading row is the first row naming two header fields or more; the first table
    that has one decides.
    """
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
            found = _constant_values(rows[index + 1 :], named)
            if found:
                return found
    return {}


def _constant_values(rows: Sequence[Sequence[str]], named: dict[int, str]) -> dict[str, str]:
    found: dict[str, str] = {}
    for position, field in named.items():
        values = {row[position] for row in rows if position < len(row) and row[position]}
        filled = sum(1 for row in rows if position < len(row) and row[position])
        if len(values) == 1 and filled >= _MIN_ROWS and field not in found:
            found[field] = values.pop()
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
    found = repeated_fields(grids)
    if not found:
        return fields, currency
    payer = company_name(found.get("payer")) or fields.payer
    dated = parse_date(found.get("payment_date"), dayfirst=conventions.dayfirst)
    reference = payment_reference(found.get("reference")) or fields.payment_reference
    code = found.get("currency", "").upper()
    return (
        replace(
            fields,
            payer=payer,
            payment_date=dated or fields.payment_date,
            payment_reference=reference,
        ),
        code if code in ISO_CURRENCIES else currency,
    )


def _field_of(heading: str) -> str | None:
    folded = " ".join(heading.casefold().rstrip(":").split())
    return _EXPORT_HEADINGS.get(folded) or label_field(f"{folded}:")
