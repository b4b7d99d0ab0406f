"""The invoice-form logic the replicas share: a draft from a PO, edits, totals, checks.

Each portal words its messages its own way, so the checks return codes and each replica
maps them to its words.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from portal_uploaders.replicas.common import (
    CENT,
    PortalState,
    ReplicaPO,
    fingerprint,
    parse_day,
    parse_money,
    parse_quantity,
)


@dataclass(slots=True)
class DraftLine:
    """A line on the invoice form, started from a PO line."""

    number: int
    description: str
    quantity: str
    unit_price: str
    uom: str

    def amount(self) -> Decimal:
        """Quantity times price, zero while either is not a number."""
        qty = parse_quantity(self.quantity)
        price = parse_money(self.unit_price)
        if qty is None or price is None:
            return Decimal("0.00")
        return (qty * price).quantize(CENT)


@dataclass(slots=True)
class Draft:
    """A half-filled invoice form, kept in the signed-in session between posts."""

    po: ReplicaPO
    fields: dict[str, str]
    lines: list[DraftLine]
    attachments: list[str] = field(default_factory=list)
    calculated: str | None = None

    @classmethod
    def from_po(cls, po: ReplicaPO, today: date) -> Draft:
        """A new invoice form: PO lines at PO quantities and prices, dated today."""
        return cls(
            po=po,
            fields={"invoice_date": today.isoformat(), "tax": "0.00"},
            lines=[
                DraftLine(
                    line.number,
                    line.description,
                    f"{line.quantity.normalize():f}",
                    f"{line.unit_price:.2f}",
                    line.uom,
                )
                for line in po.lines
            ],
        )

    def take(self, form: Mapping[str, Any], names: tuple[str, ...]) -> None:
        """Copy typed header fields and line quantities/prices from a posted form."""
        for name in names:
            if name in form:
                self.fields[name] = str(form[name]).strip()
        for line in self.lines:
            line.quantity = str(form.get(f"qty_{line.number}", line.quantity)).strip()
            line.unit_price = str(form.get(f"price_{line.number}", line.unit_price)).strip()

    def remove(self, number: object) -> None:
        """Drop a line (the red X)."""
        self.lines = [line for line in self.lines if str(line.number) != str(number)]

    def subtotal(self) -> Decimal:
        """Sum of the line amounts."""
        return sum((line.amount() for line in self.lines), Decimal("0.00"))

    def charges(self) -> Decimal:
        """Tax, shipping and handling as typed (blank is zero)."""
        total = Decimal("0.00")
        for name in ("tax", "shipping", "handling"):
            total += parse_money(self.fields.get(name) or "0") or Decimal("0.00")
        return total

    def total(self) -> Decimal:
        """What the invoice comes to."""
        return self.subtotal() + self.charges()

    def figures(self) -> str:
        """A digest of every figure the total depends on."""
        values: dict[str, Any] = {
            f"l{line.number}": f"{line.quantity}@{line.unit_price}" for line in self.lines
        }
        for name in ("tax", "shipping", "handling"):
            values[name] = self.fields.get(name, "")
        return fingerprint(values)


def problems(
    draft: Draft, state: PortalState, *, require_attachment: bool
) -> list[tuple[str, str]]:
    """What stops this draft being submitted, as (code, detail) pairs."""
    found: list[tuple[str, str]] = []
    number = draft.fields.get("invoice_number", "").strip()
    if not number:
        found.append(("number_blank", ""))
    elif state.find_invoice(number) is not None:
        found.append(("duplicate", number))
    day = parse_day(draft.fields.get("invoice_date", ""))
    today = state.today()
    if day is None:
        found.append(("date_invalid", draft.fields.get("invoice_date", "")))
    elif day > today:
        found.append(("date_future", day.isoformat()))
    elif state.max_backdate_days is not None and day < today - timedelta(
        days=state.max_backdate_days
    ):
        found.append(("date_backdated", str(state.max_backdate_days)))
    if not draft.lines:
        found.append(("no_lines", ""))
    for line in draft.lines:
        qty = parse_quantity(line.quantity)
        if qty is None or qty == 0:
            found.append(("quantity", str(line.number)))
    if parse_money(draft.fields.get("tax") or "0") is None:
        found.append(("tax", draft.fields.get("tax", "")))
    if require_attachment and not draft.attachments:
        found.append(("attachment", ""))
    return found


def store(draft: Draft, state: PortalState, *, status: str) -> Any:
    """Hand a checked draft to the portal's invoice list."""
    day = parse_day(draft.fields["invoice_date"]) or state.today()
    return state.add_invoice(
        invoice_number=draft.fields["invoice_number"].strip(),
        po_number=draft.po.number,
        customer=draft.po.customer,
        currency=draft.po.currency,
        invoice_date=day,
        lines=[
            (
                line.number,
                line.description,
                parse_quantity(line.quantity) or Decimal(0),
                parse_money(line.unit_price) or Decimal(0),
            )
            for line in draft.lines
        ],
        tax=parse_money(draft.fields.get("tax") or "0") or Decimal("0.00"),
        total=draft.total(),
        status=status,
        attachments=list(draft.attachments),
    )
