"""Unapplied cash and the export of approved allocations for the ERP."""

from __future__ import annotations

from collections import defaultdict
from datetime import date
from decimal import Decimal
from typing import Annotated

from fastapi import APIRouter, Form, Request
from fastapi.responses import Response
from sqlmodel import col, select

from inbox_agent.review.export import LAYOUTS, export_approved, pending_export
from inbox_agent.store.models import AuditEvent, BankReceipt, MatchProposal
from inbox_agent.web.deps import CsrfChecked, CurrentUser, SessionDep, render

router = APIRouter()
AGE_BUCKETS = (
    (0, 7, "0–7 days"),
    (8, 30, "8–30 days"),
    (31, 90, "31–90 days"),
    (91, 10**6, "over 90 days"),
)


def _bucket(days: int) -> str:
    return next(label for low, high, label in AGE_BUCKETS if low <= days <= high)


@router.get("/unapplied")
def unapplied(request: Request, session: SessionDep, user: CurrentUser) -> Response:
    """Receipts no proposal has claimed yet, by age and payer, with totals per currency."""
    linked = select(MatchProposal.bank_receipt_id).where(
        col(MatchProposal.bank_receipt_id).is_not(None),
        col(MatchProposal.review_state) != "rejected",
    )
    receipts = session.exec(
        select(BankReceipt)
        .where(col(BankReceipt.id).not_in(linked))
        .order_by(col(BankReceipt.value_date))
    ).all()
    today = date.today()
    by_age: dict[tuple[str, str], Decimal] = defaultdict(Decimal)
    by_payer: dict[tuple[str, str], Decimal] = defaultdict(Decimal)
    totals: dict[str, Decimal] = defaultdict(Decimal)
    for receipt in receipts:
        by_age[(_bucket((today - receipt.value_date).days), receipt.currency)] += receipt.amount
        by_payer[(receipt.payer_name or "(unknown payer)", receipt.currency)] += receipt.amount
        totals[receipt.currency] += receipt.amount
    return render(  # type: ignore[no-any-return]
        request,
        "unapplied.html",
        user=user,
        receipts=receipts[:500],
        count=len(receipts),
        by_age=sorted(by_age.items()),
        by_payer=sorted(by_payer.items()),
        totals=sorted(totals.items()),
        today=today,
    )


@router.get("/export")
def export_page(request: Request, session: SessionDep, user: CurrentUser) -> Response:
    """How many approved allocations wait for export, and earlier batches."""
    waiting = len(pending_export(session))
    batches = session.exec(
        select(AuditEvent)
        .where(AuditEvent.action == "export.created")
        .order_by(col(AuditEvent.at).desc())
        .limit(50)
    ).all()
    return render(  # type: ignore[no-any-return]
        request, "export.html", user=user, waiting=waiting, layouts=list(LAYOUTS), batches=batches
    )


@router.post("/export", dependencies=[CsrfChecked])
def export(session: SessionDep, user: CurrentUser, layout: Annotated[str, Form()]) -> Response:
    """Hand every approved, not yet exported allocation to the ERP as one CSV batch."""
    result = export_approved(
        session, layout=layout if layout in LAYOUTS else "generic", actor=user.name
    )
    session.commit()
    filename = f"inbox-agent-{result.layout}-{result.batch}.csv"
    return Response(
        result.csv_text,
        media_type="text/csv; charset=utf-8",
        headers={"Content-Disposition": f'attachment; filename="{filename}"'},
    )
