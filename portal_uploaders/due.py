"""Which invoices are due for a portal, and the invoice data each upload needs.

An invoice is **due** when all of these hold:

- it is an open item (``open_items``) with a positive amount (credit notes go another
  way) of a customer whose ``payers`` entry in rules.yaml names a ``portal``;
- that portal has an account under ``portals``;
- its PDF is in the portal account's invoice folder, named after the invoice number
  (``INV-10009.pdf``; characters other than letters, digits, ``.``, ``_`` and ``-``
  become ``_``). The folder is ``portals.<name>.invoice_dir`` or, by default,
  ``$INBOX_AGENT_HOME/invoices``. An open item without its PDF is not due yet: the ERP
  often lists an invoice before its PDF is archived, and it is picked up by a later run;
- the ledger has no ``submitted`` or ``rejected`` entry for it, and no ``failed`` one
  still waiting for its retry time.

Beside the PDF an optional ``INV-10009.json`` (written by the ERP export or by hand)
gives what the open item does not: the lines to bill, by PO line number, with quantity
and optionally a price; the tax; a note. Without it the whole PO is invoiced as it stands
and the tax is whatever makes the portal's total equal the open item's amount; either
way the upload stops before Submit when the portal's total differs from ours.

    {"lines": [{"po_line": 1, "quantity": "2"}, {"po_line": 2, "quantity": "1",
                "unit_price": "99.50"}],
     "tax": "19.95", "note": "Deliveries of October", "po_number": "PO-0042-009",
     "invoice_date": "2026-10-31"}
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from sqlmodel import Session, col, select

from inbox_agent.config.rules import Rules
from inbox_agent.store.models import OpenItem, PortalUpload
from portal_uploaders.base import InvoiceLine, InvoiceToUpload, PortalName, safe_name
from portal_uploaders.errors import InvalidInvoiceError
from portal_uploaders.ledger import UploadStatus

CENT = Decimal("0.01")


@dataclass(frozen=True, slots=True)
class DueInvoice:
    """An open item due for a portal, with where its PDF (and sidecar) are."""

    portal: PortalName
    customer_id: str
    customer_name: str
    invoice_number: str
    invoice_date: date | None
    currency: str
    amount: Decimal
    po_number: str | None
    pdf: Path
    ledger_status: str | None


@dataclass(slots=True)
class DueScan:
    """What a look for due invoices found."""

    due: list[DueInvoice] = field(default_factory=list)
    without_pdf: list[tuple[str, str]] = field(default_factory=list)
    """(portal, invoice number) of open items whose PDF is not in the folder yet."""
    done: list[PortalUpload] = field(default_factory=list)
    """Ledger entries already submitted or rejected (only those asked for by number)."""


def invoice_dir(rules: Rules, portal: str, home: Path) -> Path:
    """The folder holding a portal's invoice PDFs (relative paths from INBOX_AGENT_HOME)."""
    account = rules.portals.get(portal)  # type: ignore[call-overload]
    configured = getattr(account, "invoice_dir", None)
    if not configured:
        return home / "invoices"
    path = Path(configured).expanduser()
    return path if path.is_absolute() else home / path


def find_due(
    session: Session,
    *,
    rules: Rules,
    home: Path,
    now: datetime,
    portals: Iterable[str] | None = None,
    numbers: Iterable[str] | None = None,
) -> DueScan:
    """The invoices to upload now, oldest invoice first within each portal.

    ``numbers`` restricts the scan to those invoice numbers and also returns the ones
    already done (so the caller can report them as skipped, not silently drop them).
    """
    wanted_portals = set(portals) if portals is not None else None
    customers = {
        p.customer_id: p.portal
        for p in rules.payers
        if p.portal is not None
        and p.portal in rules.portals
        and (wanted_portals is None or p.portal in wanted_portals)
    }
    scan = DueScan()
    if not customers:
        return scan
    query = (
        select(OpenItem)
        .where(col(OpenItem.customer_id).in_(list(customers)), col(OpenItem.amount) > 0)
        .order_by(col(OpenItem.invoice_date), col(OpenItem.invoice_number))
    )
    wanted = set(numbers) if numbers is not None else None
    if wanted is not None:
        query = query.where(col(OpenItem.invoice_number).in_(list(wanted)))
    ledger = {(row.portal, row.invoice_number): row for row in session.exec(select(PortalUpload))}
    for item in session.exec(query).all():
        portal: PortalName = customers[item.customer_id]
        entry = ledger.get((portal, item.invoice_number))
        if entry is not None and not _still_due(entry, now):
            if wanted is not None:
                scan.done.append(entry)
            continue
        pdf = invoice_dir(rules, portal, home) / f"{safe_name(item.invoice_number)}.pdf"
        if not pdf.is_file():
            scan.without_pdf.append((portal, item.invoice_number))
            continue
        scan.due.append(
            DueInvoice(
                portal=portal,
                customer_id=item.customer_id,
                customer_name=item.customer_name,
                invoice_number=item.invoice_number,
                invoice_date=item.invoice_date,
                currency=item.currency,
                amount=item.amount,
                po_number=item.po_number or None,
                pdf=pdf,
                ledger_status=entry.status if entry is not None else None,
            )
        )
    return scan


def _still_due(entry: PortalUpload, now: datetime) -> bool:
    if entry.status in (UploadStatus.SUBMITTED, UploadStatus.REJECTED):
        return False
    if entry.status == UploadStatus.FAILED and entry.next_attempt_at is not None:
        return entry.next_attempt_at <= now
    return True


def build_invoice(due: DueInvoice, *, customer_name: str | None = None) -> InvoiceToUpload:
    """The invoice to upload: the open item, its PDF and the optional sidecar, checked.

    Raises:
        InvalidInvoiceError: the PDF is not a PDF, the sidecar is unreadable, the PO
            number or date is missing, or stated lines and tax do not add up to the amount.
    """
    with due.pdf.open("rb") as handle:
        if not handle.read(5).startswith(b"%PDF-"):
            raise InvalidInvoiceError(f"{due.pdf} is not a PDF")
    sidecar = _sidecar(due.pdf.with_suffix(".json"))
    po_number = due.po_number or _text(sidecar, "po_number")
    if not po_number:
        raise InvalidInvoiceError(
            f"{due.invoice_number} has no PO number (open items' po_number, or po_number in "
            f"{due.pdf.with_suffix('.json').name}); the portals invoice against a PO"
        )
    invoice_date = due.invoice_date or _date(sidecar)
    if invoice_date is None:
        raise InvalidInvoiceError(f"{due.invoice_number} has no invoice date")
    lines = _lines(sidecar, due.invoice_number)
    tax = _amount(sidecar.get("tax"), f"{due.invoice_number}: tax")
    invoice = InvoiceToUpload(
        invoice_number=due.invoice_number,
        portal=due.portal,
        customer_id=due.customer_id,
        customer_name=customer_name or due.customer_name,
        po_number=po_number,
        invoice_date=invoice_date,
        currency=due.currency,
        total=due.amount.quantize(CENT),
        pdf=due.pdf,
        lines=lines,
        tax=tax,
        supplier_note=_text(sidecar, "note") or "",
    )
    _check_sum(invoice)
    return invoice


def _check_sum(invoice: InvoiceToUpload) -> None:
    lines = invoice.lines
    if lines is None or invoice.tax is None or any(li.unit_price is None for li in lines):
        return
    subtotal = sum((li.amount(Decimal(0)) for li in lines), Decimal("0.00"))
    if subtotal + invoice.tax != invoice.total:
        raise InvalidInvoiceError(
            f"{invoice.invoice_number}: lines {subtotal:.2f} plus tax {invoice.tax:.2f} is not "
            f"the invoice amount {invoice.total:.2f}"
        )


def _sidecar(path: Path) -> dict[str, Any]:
    if not path.is_file():
        return {}
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise InvalidInvoiceError(f"cannot read {path}: {exc}") from exc
    if not isinstance(data, dict):
        raise InvalidInvoiceError(f"{path} must hold a JSON object")
    unknown = set(data) - {"lines", "tax", "note", "po_number", "invoice_date"}
    if unknown:
        raise InvalidInvoiceError(f"{path}: unknown key(s) {', '.join(sorted(unknown))}")
    return data


def _text(data: Mapping[str, Any], key: str) -> str | None:
    value = data.get(key)
    return str(value).strip() if value not in (None, "") else None


def _date(data: Mapping[str, Any]) -> date | None:
    text = _text(data, "invoice_date")
    if text is None:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError as exc:
        raise InvalidInvoiceError(f"invoice_date {text!r} is not YYYY-MM-DD") from exc


def _amount(value: object, what: str) -> Decimal | None:
    if value is None or value == "":
        return None
    if isinstance(value, float):
        raise InvalidInvoiceError(f'{what}: write amounts as strings ("12.50"), not numbers')
    try:
        amount = Decimal(str(value))
    except InvalidOperation as exc:
        raise InvalidInvoiceError(f"{what}: {value!r} is not an amount") from exc
    if not amount.is_finite() or amount < 0:
        raise InvalidInvoiceError(f"{what}: {value!r} is not an amount")
    return amount.quantize(CENT)


def _lines(data: Mapping[str, Any], number: str) -> tuple[InvoiceLine, ...] | None:
    raw = data.get("lines")
    if raw is None:
        return None
    if not isinstance(raw, list) or not raw:
        raise InvalidInvoiceError(f"{number}: 'lines' must be a non-empty list")
    lines: list[InvoiceLine] = []
    for index, entry in enumerate(raw, start=1):
        if not isinstance(entry, dict) or not isinstance(entry.get("po_line"), int):
            raise InvalidInvoiceError(f"{number}: line {index} needs an integer 'po_line'")
        quantity = _amount(entry.get("quantity"), f"{number} line {index} quantity")
        if quantity is None or quantity == 0:
            raise InvalidInvoiceError(f"{number}: line {index} needs a quantity above zero")
        lines.append(
            InvoiceLine(
                po_line=entry["po_line"],
                quantity=Decimal(str(entry["quantity"])),
                unit_price=_amount(entry.get("unit_price"), f"{number} line {index} price"),
                description=str(entry.get("description", "")),
            )
        )
    if len({li.po_line for li in lines}) != len(lines):
        raise InvalidInvoiceError(f"{number}: a PO line appears twice")
    return tuple(lines)
