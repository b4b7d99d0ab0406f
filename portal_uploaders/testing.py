"""A small portal world for tests and benchmarks: store, invoice files, replicas, rules.

Kept in the package (not in tests/) so the demo, the benchmarks and every test module
build the same world the same way.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from decimal import Decimal
from pathlib import Path

from sqlalchemy import Engine

from inbox_agent.config.rules import PayerRule, PortalAccount, Rules
from inbox_agent.store import repo
from inbox_agent.store.db import session_scope
from matchers import types as core
from portal_uploaders.demo import SampleInvoice, sample_invoice, write_invoice_files
from portal_uploaders.due import invoice_dir

CUSTOMERS = {
    "coupa": ("C0042", "Acme Pty Ltd", "AUD"),
    "ariba": ("C0107", "Bayanihan Trading Corp", "PHP"),
    "taulia": ("C0230", "Lion City Logistics Pte Ltd", "SGD"),
}


def invoice_for(
    portal: str, number: str, amount: str = "1234.56", invoice_date: date = date(2026, 11, 2)
) -> SampleInvoice:
    """A sample invoice of the portal's customer, on its own PO ``PO-<number>``."""
    customer_id, name, currency = CUSTOMERS[portal]
    return sample_invoice(
        portal=portal,
        customer_id=customer_id,
        customer_name=name,
        invoice_number=number,
        invoice_date=invoice_date,
        currency=currency,
        amount=Decimal(amount),
        po_number=f"PO-{number}",
    )


def account_for(portal: str, url: str, *, totp: bool, **extra: object) -> PortalAccount:
    """An account whose secrets are named like the demo's (``INBOX_AGENT_COUPA_...``)."""
    prefix = f"INBOX_AGENT_{portal.upper()}_"
    return PortalAccount(
        url=url,
        username_env=f"{prefix}USERNAME",
        password_env=f"{prefix}PASSWORD",
        totp_secret_env=f"{prefix}TOTP_SECRET" if totp else None,
        **extra,
    )


def rules_for(accounts: dict[str, PortalAccount]) -> Rules:
    """Rules with these accounts and, as payers, the customers of those portals."""
    payers = [
        PayerRule(customer_id=cid, name=name, portal=portal)
        for portal, (cid, name, _) in CUSTOMERS.items()
        if portal in accounts
    ]
    return Rules(payers=payers, portals=accounts)


def seed(
    engine: Engine,
    rules: Rules,
    home: Path,
    invoices: Iterable[SampleInvoice],
    *,
    with_files: bool = True,
) -> None:
    """Open items for these invoices, and (by default) their PDFs and sidecars."""
    with session_scope(engine) as session:
        for inv in invoices:
            repo.upsert_open_item(
                session,
                item=core.OpenItem(
                    customer_id=inv.customer_id,
                    invoice_number=inv.invoice_number,
                    currency=inv.currency,
                    amount=inv.amount,
                    open_amount=inv.amount,
                    customer_name=inv.customer_name,
                    invoice_date=inv.invoice_date,
                    po_number=inv.po.number,
                ),
            )
            if with_files:
                write_invoice_files(invoice_dir(rules, inv.portal, home), inv)
