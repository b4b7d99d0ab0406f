"""Approved allocations out to the ERP, each exactly once, as CSV that cannot run formulas.

A batch marks every allocation it contains (``export_batch``, ``exported_at``) in the same
transaction that reads them, so an allocation is never handed to the ERP twice. Text cells
that a spreadsheet would read as a formula (starting with = + - @ or a control character)
are prefixed with a quote, the OWASP advice against CSV injection; amounts are our own
formatted Decimals and stay numbers.
"""

from __future__ import annotations

import csv
import io
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlmodel import Session, col, select

from inbox_agent.store import repo
from inbox_agent.store.models import Allocation, MatchProposal, Remittance, ReviewState
from inbox_agent.store.types import utcnow

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "\n")


def neutralise(text: str | None) -> str:
    """Make a text cell inert in Excel, LibreOffice and Google Sheets."""
    value = text or ""
    return "'" + value if value.startswith(FORMULA_STARTS) else value


@dataclass(frozen=True, slots=True)
class ExportRow:
    """One approved allocation with what the ERP needs to post it."""

    proposal_id: int
    customer_id: str
    payer_name: str | None
    payment_date: date | None
    payment_reference: str | None
    currency: str | None
    invoice_number: str
    amount: str
    kind: str
    approved_by: str | None


@dataclass(frozen=True, slots=True)
class ExportResult:
    """A finished batch: its id, the CSV text and how many allocations it holds."""

    batch: str
    layout: str
    csv_text: str
    count: int


def _generic(rows: Sequence[ExportRow], batch: str) -> list[list[str]]:
    header = [
        "batch",
        "proposal_id",
        "customer_id",
        "payer_name",
        "payment_date",
        "payment_reference",
        "currency",
        "invoice_number",
        "amount",
        "kind",
        "approved_by",
    ]
    body = [
        [
            batch,
            str(r.proposal_id),
            neutralise(r.customer_id),
            neutralise(r.payer_name),
            r.payment_date.isoformat() if r.payment_date else "",
            neutralise(r.payment_reference),
            r.currency or "",
            neutralise(r.invoice_number),
            r.amount,
            r.kind,
            neutralise(r.approved_by),
        ]
        for r in rows
    ]
    return [header, *body]


def _netsuite(rows: Sequence[ExportRow], batch: str) -> list[list[str]]:
    """NetSuite's Customer Payment CSV import: one line per applied invoice.

    Lines group by External ID; write-offs are named in the memo so an accountant posts
    them to the right account.
    """
    header = ["External ID", "Customer", "Date", "Currency", "Memo", "Apply Invoice", "Payment"]
    body = [
        [
            f"{batch}-{r.proposal_id}",
            neutralise(r.customer_id),
            r.payment_date.strftime("%m/%d/%Y") if r.payment_date else "",
            r.currency or "",
            neutralise(_memo(r)),
            neutralise(r.invoice_number),
            r.amount,
        ]
        for r in rows
    ]
    return [header, *body]


def _memo(row: ExportRow) -> str:
    suffix = " write-off" if row.kind == "write_off" else ""
    return f"{row.payment_reference or ''}{suffix}".strip()


LAYOUTS: dict[str, Callable[[Sequence[ExportRow], str], list[list[str]]]] = {
    "generic": _generic,
    "netsuite": _netsuite,
}


def pending_export(
    session: Session, *, limit: int = 100_000
) -> list[tuple[Allocation, MatchProposal, Remittance]]:
    """Allocations of approved proposals not yet exported, oldest approval first."""
    query = (
        select(Allocation, MatchProposal, Remittance)
        .join(MatchProposal, col(Allocation.proposal_id) == col(MatchProposal.id))
        .join(Remittance, col(MatchProposal.remittance_id) == col(Remittance.id))
        .where(
            col(MatchProposal.review_state).in_(
                [ReviewState.APPROVED.value, ReviewState.CORRECTED.value]
            ),
            col(Allocation.export_batch).is_(None),
        )
        .order_by(col(MatchProposal.reviewed_at), col(Allocation.id))
        .limit(limit)
    )
    return [(a, p, r) for a, p, r in session.exec(query).all()]


def export_approved(session: Session, *, layout: str, actor: str) -> ExportResult:
    """Export every approved, not yet exported allocation in one batch and mark them."""
    if layout not in LAYOUTS:
        raise ValueError(f"unknown export layout {layout!r}; use one of {', '.join(LAYOUTS)}")
    batch = utcnow().strftime("%Y%m%d%H%M%S") + "-" + uuid.uuid4().hex[:6]
    rows: list[ExportRow] = []
    now = utcnow()
    for allocation, proposal, remittance in pending_export(session):
        assert proposal.id is not None
        rows.append(
            ExportRow(
                proposal_id=proposal.id,
                customer_id=allocation.customer_id,
                payer_name=remittance.payer_name,
                payment_date=remittance.payment_date,
                payment_reference=remittance.payment_reference,
                currency=remittance.currency,
                invoice_number=allocation.invoice_number,
                amount=f"{allocation.amount:.2f}",
                kind=allocation.kind,
                approved_by=proposal.reviewed_by,
            )
        )
        allocation.export_batch = batch
        allocation.exported_at = now
        session.add(allocation)
    session.flush()
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\r\n").writerows(LAYOUTS[layout](rows, batch))
    after: dict[str, Any] = {"layout": layout, "allocations": len(rows)}
    repo.record_audit(
        session,
        actor=actor,
        action="export.created",
        entity="export",
        entity_id=batch,
        before=None,
        after=after,
    )
    return ExportResult(batch=batch, layout=layout, csv_text=buffer.getvalue(), count=len(rows))
