"""The demo's portal part: sample invoice PDFs, replicas that know their POs, one upload run.

:func:`run_demo_uploads` is what ``inbox_agent.demo.run`` calls after its mail pass. It
writes the newest two invoices of each portal customer as ReportLab PDFs (with their
sidecar JSON) into the workspace's invoice folder, starts the three replicas on a free
loopback port with purchase orders matching the demo's open items, points the portal
accounts at them, and uploads what is due through the same ledger and uploaders as
production. Run it again and nothing is uploaded: the ledger already says ``submitted``.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

from playwright.sync_api import Browser
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle
from sqlalchemy import Engine

from inbox_agent.config.rules import Rules
from portal_uploaders.base import safe_name
from portal_uploaders.browser import BrowserHost
from portal_uploaders.channels import ChannelContext
from portal_uploaders.due import invoice_dir
from portal_uploaders.ledger import RetryPolicy
from portal_uploaders.replicas import (
    PortalState,
    ReplicaAccount,
    ReplicaPO,
    ReplicaPOLine,
    ReplicaWorld,
    serve,
)
from portal_uploaders.runner import UploadOutcome, summarize, upload_due

CENT = Decimal("0.01")
SUPPLIER = "Northwind Supplies Pty Ltd"
TAX_RATES = {"AUD": Decimal("10"), "PHP": Decimal("12"), "SGD": Decimal("9")}
FREIGHT = Decimal("45.00")

DEMO_SECRETS = {
    "coupa": ("ar@northwind-supplies.example.com", "demo-coupa-Passw0rd", None),
    "ariba": ("northwind-ar", "demo-ariba-Passw0rd", "JBSWY3DPEHPK3PXPJBSWY3DP"),
    "taulia": (
        "ar@northwind-supplies.example.com",
        "demo-taulia-Passw0rd",
        "KRSXG5CTMVRXEZLUKRSXG5CT",
    ),
}
"""The demo accounts on the replicas (never a real portal's)."""


@dataclass(frozen=True, slots=True)
class SampleInvoice:
    """An invoice of the sample world and the PO it bills."""

    portal: str
    customer_id: str
    customer_name: str
    invoice_number: str
    invoice_date: date
    currency: str
    amount: Decimal
    po: ReplicaPO
    tax: Decimal

    @property
    def billed_lines(self) -> tuple[ReplicaPOLine, ...]:
        """The PO lines this invoice bills (freight is billed separately)."""
        return tuple(line for line in self.po.lines if line.number != 3)


def sample_invoice(
    *,
    portal: str,
    customer_id: str,
    customer_name: str,
    invoice_number: str,
    invoice_date: date,
    currency: str,
    amount: Decimal,
    po_number: str,
) -> SampleInvoice:
    """An invoice whose PO has two billed lines and a freight line billed elsewhere.

    The lines and tax are derived from the amount so that lines plus tax equal it to the
    cent, as the ERP's invoice would.
    """
    rate = TAX_RATES.get(currency, Decimal("10"))
    subtotal = (amount / (1 + rate / 100)).quantize(CENT, rounding=ROUND_HALF_UP)
    tax = amount - subtotal
    second = (subtotal * Decimal("0.15")).quantize(CENT, rounding=ROUND_HALF_UP)
    first = subtotal - 2 * second
    po = ReplicaPO(
        number=po_number,
        customer=customer_name,
        currency=currency,
        lines=(
            ReplicaPOLine(1, "Industrial fasteners, assorted", Decimal(1), first, "LOT"),
            ReplicaPOLine(2, "Safety gloves, box of 100", Decimal(2), second, "BX"),
            ReplicaPOLine(3, "Freight (billed separately)", Decimal(1), FREIGHT, "EA"),
        ),
        order_date=invoice_date.replace(day=1),
    )
    return SampleInvoice(
        portal, customer_id, customer_name, invoice_number, invoice_date, currency, amount, po, tax
    )


def make_invoice_pdf(path: Path, invoice: SampleInvoice) -> None:
    """Our invoice as the ERP prints it (ReportLab, reproducible bytes)."""
    styles = getSampleStyleSheet()
    rows: list[list[str]] = [["Line", "Description", "Qty", "Unit price", "Amount"]]
    for line in invoice.billed_lines:
        rows.append(
            [
                str(line.number),
                line.description,
                f"{line.quantity:f}",
                f"{line.unit_price:,.2f}",
                f"{line.amount:,.2f}",
            ]
        )
    subtotal = sum((line.amount for line in invoice.billed_lines), Decimal("0.00"))
    rows += [
        ["", "", "", "Subtotal", f"{subtotal:,.2f}"],
        ["", "", "", "Tax", f"{invoice.tax:,.2f}"],
        ["", "", "", f"Total {invoice.currency}", f"{invoice.amount:,.2f}"],
    ]
    table = Table(rows, colWidths=[15 * mm, 80 * mm, 15 * mm, 30 * mm, 30 * mm])
    table.setStyle(
        TableStyle(
            [("GRID", (0, 0), (-1, -4), 0.5, colors.grey), ("ALIGN", (2, 0), (-1, -1), "RIGHT")]
        )
    )
    story = [
        Paragraph(f"Tax Invoice {invoice.invoice_number}", styles["Title"]),
        Paragraph(SUPPLIER, styles["Normal"]),
        Spacer(1, 6 * mm),
        Paragraph(f"Bill to: {invoice.customer_name}", styles["Normal"]),
        Paragraph(f"Invoice date: {invoice.invoice_date:%d %B %Y}", styles["Normal"]),
        Paragraph(f"Purchase order: {invoice.po.number}", styles["Normal"]),
        Spacer(1, 6 * mm),
        table,
    ]
    path.parent.mkdir(parents=True, exist_ok=True)
    doc = SimpleDocTemplate(
        str(path),
        pagesize=A4,
        invariant=1,
        title=f"Invoice {invoice.invoice_number}",
        author=SUPPLIER,
    )
    doc.build(story)


def write_invoice_files(folder: Path, invoice: SampleInvoice) -> Path:
    """The invoice PDF and its sidecar (lines and tax) in ``folder``; returns the PDF."""
    pdf = folder / f"{safe_name(invoice.invoice_number)}.pdf"
    make_invoice_pdf(pdf, invoice)
    sidecar = {
        "lines": [
            {"po_line": line.number, "quantity": f"{line.quantity:f}"}
            for line in invoice.billed_lines
        ],
        "tax": f"{invoice.tax:.2f}",
        "note": f"Invoice {invoice.invoice_number} for PO {invoice.po.number}",
    }
    pdf.with_suffix(".json").write_text(json.dumps(sidecar, indent=2) + "\n", encoding="utf-8")
    return pdf


def replica_state(portal: str, orders: Iterable[ReplicaPO], **settings: object) -> PortalState:
    """A replica of ``portal`` with the demo account and these purchase orders."""
    username, password, seed = DEMO_SECRETS[portal]
    prefixes = {"coupa": "", "ariba": "AN0", "taulia": "TL-"}
    first = {"coupa": 5_000_101, "ariba": 4_400_001, "taulia": 70_001}
    return PortalState(
        name=portal,
        accounts={username: ReplicaAccount(username, password, seed)},
        orders={po.number: po for po in orders},
        reference_prefix=prefixes[portal],
        first_id=first[portal],
        require_attachment=portal != "ariba",
        **settings,  # type: ignore[arg-type]
    )


def world_for(invoices: Iterable[SampleInvoice]) -> ReplicaWorld:
    """Replicas that hold the POs of these invoices, each on its customer's portal."""
    orders: dict[str, list[ReplicaPO]] = {"coupa": [], "ariba": [], "taulia": []}
    for invoice in invoices:
        orders[invoice.portal].append(invoice.po)
    return ReplicaWorld(**{name: replica_state(name, pos) for name, pos in orders.items()})


def demo_lookup(name: str) -> str | None:
    """Secrets of the demo accounts, by the variable names in the demo's rules.yaml."""
    for portal, (username, password, seed) in DEMO_SECRETS.items():
        prefix = f"INBOX_AGENT_{portal.upper()}_"
        values = {"USERNAME": username, "PASSWORD": password, "TOTP_SECRET": seed}
        if name.startswith(prefix):
            return values.get(name.removeprefix(prefix))
    return None


def sample_invoices(rules: Rules, open_items: Iterable[Mapping[str, str]]) -> list[SampleInvoice]:
    """Every positive open item of a portal customer, as a sample invoice with its PO."""
    portals = {p.customer_id: p.portal for p in rules.payers if p.portal in rules.portals}
    found: list[SampleInvoice] = []
    for row in open_items:
        portal = portals.get(row["customer_id"])
        amount = Decimal(row["amount"])
        if portal is None or amount <= 0 or not row.get("po_number"):
            continue
        found.append(
            sample_invoice(
                portal=portal,
                customer_id=row["customer_id"],
                customer_name=row["customer_name"],
                invoice_number=row["invoice_number"],
                invoice_date=date.fromisoformat(row["invoice_date"]),
                currency=row["currency"],
                amount=amount,
                po_number=row["po_number"],
            )
        )
    return found


@dataclass(frozen=True, slots=True)
class DemoUploads:
    """What the demo's upload run did."""

    counts: dict[str, int]
    outcomes: list[UploadOutcome]


def run_demo_uploads(
    *,
    engine: Engine,
    rules: Rules,
    home: Path,
    open_items: Iterable[Mapping[str, str]],
    per_customer: int = 2,
    browser: Browser | None = None,
) -> DemoUploads:
    """Write the newest ``per_customer`` invoices of each portal customer, upload them.

    ``open_items`` are the demo's open-item rows (``inbox_agent.demo.sample.open_items()``),
    already imported into the store. The replicas run only for the duration of the call.
    """
    invoices = sample_invoices(rules, open_items)
    newest: dict[str, list[SampleInvoice]] = {}
    for invoice in sorted(invoices, key=lambda i: i.invoice_date, reverse=True):
        chosen = newest.setdefault(invoice.customer_id, [])
        if len(chosen) < per_customer:
            chosen.append(invoice)
    for chosen in newest.values():
        for invoice in chosen:
            folder = invoice_dir(rules, invoice.portal, home)
            if not (folder / f"{safe_name(invoice.invoice_number)}.pdf").exists():
                write_invoice_files(folder, invoice)
    with serve(world_for(invoices)) as server:
        portals = {
            name: account.model_copy(update={"url": server.portal_url(name)})
            for name, account in rules.portals.items()
        }
        local_rules = rules.model_copy(update={"portals": portals})
        host = BrowserHost(browser)
        try:
            outcomes = upload_due(
                engine=engine,
                rules=local_rules,
                home=home,
                context=ChannelContext(host=host, lookup=demo_lookup),
                retry=RetryPolicy(attempts=2, base_seconds=0.5),
            )
        finally:
            host.close()
    return DemoUploads(counts=summarize(outcomes), outcomes=outcomes)
