"""The demo's sample world: four customers, their open items, and a morning's mail.

Remittance PDFs are drawn by ReportLab at build time (``pdfgen``), so the demo reads real
PDFs the way it reads a customer's, not text we typed to look like one.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path

from inbox_agent.demo.pdfgen import make_remittance_pdf

AR_ADDRESS = "ar@northwind-supplies.example.com"


@dataclass(frozen=True, slots=True)
class DemoCustomer:
    """A customer the demo invents, with where its mail comes from."""

    customer_id: str
    name: str
    domain: str
    currency: str


CUSTOMERS = (
    DemoCustomer("C0042", "Acme Pty Ltd", "acme.example.com.au", "AUD"),
    DemoCustomer("C0107", "Bayanihan Trading Corp", "bayanihan.example.ph", "PHP"),
    DemoCustomer("C0230", "Lion City Logistics Pte Ltd", "lioncity.example.sg", "SGD"),
    DemoCustomer("C0311", "Müller Maschinenbau GmbH", "mueller.example.de", "EUR"),
)

OPEN_ITEM_COLUMNS = (
    "customer_id",
    "customer_name",
    "invoice_number",
    "invoice_date",
    "due_date",
    "currency",
    "amount",
    "open_amount",
    "po_number",
)
BASE_DATE = date(2026, 9, 1)


def _invoice_amount(customer_index: int, n: int) -> Decimal:
    """Deterministic, varied amounts so the demo is the same on every machine."""
    cents = (customer_index + 1) * 104729 + n * 7919 * (customer_index + 3)
    return Decimal(1000 + cents % 900000) / 100 + Decimal(150 * n)


def open_items() -> list[dict[str, str]]:
    """Ten open invoices per customer plus one credit note for Lion City."""
    rows: list[dict[str, str]] = []
    for ci, customer in enumerate(CUSTOMERS):
        for n in range(1, 11):
            invoice_date = BASE_DATE + timedelta(days=7 * n + ci)
            amount = _invoice_amount(ci, n).quantize(Decimal("0.01"))
            rows.append(
                {
                    "customer_id": customer.customer_id,
                    "customer_name": customer.name,
                    "invoice_number": f"INV-{ci + 1}{n:04d}",
                    "invoice_date": invoice_date.isoformat(),
                    "due_date": (invoice_date + timedelta(days=30)).isoformat(),
                    "currency": customer.currency,
                    "amount": f"{amount:.2f}",
                    "open_amount": f"{amount:.2f}",
                    "po_number": f"PO-{customer.customer_id[1:]}-{n:03d}",
                }
            )
    rows.append(
        {
            "customer_id": "C0230",
            "customer_name": CUSTOMERS[2].name,
            "invoice_number": "CN-30001",
            "invoice_date": "2026-10-20",
            "due_date": "2026-10-20",
            "currency": "SGD",
            "amount": "-250.00",
            "open_amount": "-250.00",
            "po_number": "",
        }
    )
    return rows


def open_items_csv() -> str:
    """The open items as the contract's CSV (what an ERP export looks like)."""
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=OPEN_ITEM_COLUMNS)
    writer.writeheader()
    writer.writerows(open_items())
    return buffer.getvalue()


def _item(invoice_number: str) -> dict[str, str]:
    for row in open_items():
        if row["invoice_number"] == invoice_number:
            return row
    raise KeyError(invoice_number)


def _mail(
    customer: DemoCustomer | None, subject: str, body: str, *, sender: str = "", minutes: int = 0
) -> EmailMessage:
    msg = EmailMessage()
    domain = customer.domain if customer else "example.net"
    msg["From"] = sender or f"Accounts Payable <ap@{domain}>"
    msg["To"] = AR_ADDRESS
    msg["Subject"] = subject
    msg["Date"] = format_datetime(
        datetime(2026, 11, 27, 7, 0, tzinfo=UTC) + timedelta(minutes=minutes)
    )
    msg["Message-ID"] = f"<demo-{minutes:03d}@{domain}>"  # stable: re-seeding must dedupe
    msg.set_content(body)
    return msg


RemitLine = tuple[str, str, str, str, str]


def _line(invoice_number: str, *, discount: str = "0.00", paid: str | None = None) -> RemitLine:
    row = _item(invoice_number)
    gross = Decimal(row["open_amount"])
    paid_amount = Decimal(paid) if paid is not None else gross - Decimal(discount)
    return (invoice_number, row["invoice_date"], f"{gross:.2f}", discount, f"{paid_amount:.2f}")


def _attach_pdf(
    msg: EmailMessage,
    workdir: Path,
    name: str,
    customer: DemoCustomer,
    reference: str,
    lines: list[RemitLine],
    layout: str = "table",
    language: str = "en",
) -> None:
    path = workdir / name
    make_remittance_pdf(
        path,
        payer=customer.name,
        payment_date=date(2026, 11, 26),
        reference=reference,
        currency=customer.currency,
        lines=lines,
        layout=layout,
        language=language,
    )
    msg.add_attachment(path.read_bytes(), maintype="application", subtype="pdf", filename=name)


def _remittance_mails(workdir: Path) -> list[tuple[str, EmailMessage]]:
    acme, bayanihan, lioncity, mueller = CUSTOMERS
    out: list[tuple[str, EmailMessage]] = []

    msg = _mail(
        acme,
        "Remittance Advice - EFT 88123",
        "Please find our remittance advice attached.\n",
        minutes=1,
    )
    _attach_pdf(
        msg,
        workdir,
        "ACME-EFT-88123.pdf",
        acme,
        "EFT 88123",
        [_line("INV-10001"), _line("INV-10002", discount="20.00"), _line("INV-10003")],
    )
    out.append(("01-acme-remittance.eml", msg))

    msg = _mail(
        bayanihan,
        "Payment advice / Abiso ng bayad",
        "Good day! Attached is our payment advice.\n",
        minutes=2,
    )
    _attach_pdf(
        msg,
        workdir,
        "BTC-PA-2026-1187.pdf",
        bayanihan,
        "PA-2026-1187",
        [_line("INV-20004"), _line("INV-20005", paid="1000.00")],
    )
    out.append(("02-bayanihan-remittance.eml", msg))

    msg = _mail(
        lioncity, "Remittance advice 26/11/2026", "Dear AR team, remittance attached.\n", minutes=3
    )
    _attach_pdf(
        msg,
        workdir,
        "LCL-remittance.pdf",
        lioncity,
        "GIRO 55120",
        [
            _line("INV-30002"),
            _line("INV-30003"),
            ("CN-30001", "2026-10-20", "-250.00", "0.00", "-250.00"),
        ],
        layout="text",
    )
    out.append(("03-lioncity-remittance.eml", msg))

    msg = _mail(
        mueller,
        "Zahlungsavis 4711",
        "Sehr geehrte Damen und Herren,\nanbei unser Zahlungsavis.\n",
        minutes=4,
    )
    _attach_pdf(
        msg,
        workdir,
        "Zahlungsavis-4711.pdf",
        mueller,
        "4711",
        [_line("INV-40001"), _line("INV-40007")],
        language="de",
    )
    out.append(("04-mueller-remittance.eml", msg))

    msg = _mail(
        acme,
        "Remittance advice - EFT 88200",
        "Please find remittance advice attached.\n",
        minutes=5,
    )
    msg.add_attachment(
        b"%PDF-1.4\n%broken in transit\n",
        maintype="application",
        subtype="pdf",
        filename="EFT-88200.pdf",
    )
    out.append(("05-acme-broken-pdf.eml", msg))
    return out


def _other_mails() -> list[tuple[str, EmailMessage]]:
    acme, bayanihan, lioncity, mueller = CUSTOMERS
    auto = _mail(
        mueller,
        "Automatic reply: Invoice INV-40002",
        "Ich bin bis 4. Dezember nicht im Büro.\n",
        minutes=10,
    )
    auto["Auto-Submitted"] = "auto-replied"
    return [
        (
            "06-acme-invoice-copy.eml",
            _mail(
                acme,
                "Copy of invoice INV-10004 please",
                "Hi, could you send us a copy of invoice INV-10004? Thanks\n",
                minutes=6,
            ),
        ),
        (
            "07-lioncity-statement.eml",
            _mail(
                lioncity,
                "Statement of account request",
                "Please send us a statement of account as at 30 November.\n",
                minutes=7,
            ),
        ),
        (
            "08-bayanihan-dispute.eml",
            _mail(
                bayanihan,
                "Dispute: incorrect invoice INV-20006",
                "The unit price on INV-20006 is incorrect; we dispute the invoice.\n",
                minutes=8,
            ),
        ),
        (
            "09-mueller-promise.eml",
            _mail(
                mueller,
                "Payment scheduled for INV-40003",
                "We will pay INV-40003 on 5 December.\n",
                minutes=9,
            ),
        ),
        ("10-mueller-out-of-office.eml", auto),
        (
            "11-coupa-notification.eml",
            _mail(
                None,
                "Invoice INV-10005 has been approved",
                "Your invoice INV-10005 was approved by Acme Pty Ltd.\n",
                sender="Coupa <do_not_reply@acme.coupahost.com>",
                minutes=11,
            ),
        ),
        (
            "12-unknown.eml",
            _mail(
                None,
                "Quick question",
                "Are you coming to the conference?\n",
                sender="someone@example.net",
                minutes=12,
            ),
        ),
    ]


def build_mail_folder(target: Path, workdir: Path) -> list[Path]:
    """Write the morning's mail as .eml files into ``target`` (the demo's inbox)."""
    target.mkdir(parents=True, exist_ok=True)
    workdir.mkdir(parents=True, exist_ok=True)
    written = []
    for name, msg in [*_remittance_mails(workdir), *_other_mails()]:
        if msg.is_multipart():
            # Python picks a random boundary; a fixed one keeps the demo's mail byte-identical
            # from run to run, so a second demo finds every message already done.
            msg.set_boundary(f"=_demo_{name.removesuffix('.eml')}")
        path = target / name
        path.write_bytes(msg.as_bytes())
        written.append(path)
    return written
