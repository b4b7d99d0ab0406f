"""The audit trail: who did what to money or rules, when, before and after."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import Response
from sqlmodel import col, or_, select

from inbox_agent.store.models import AuditEvent
from inbox_agent.web.deps import CurrentUser, SessionDep, render

router = APIRouter()


@router.get("/audit")
def audit(request: Request, session: SessionDep, user: CurrentUser) -> Response:
    """Searchable by actor, action or the item's id."""
    q = request.query_params.get("q", "").strip()
    stmt = select(AuditEvent)
    if q:
        like = f"%{q}%"
        stmt = stmt.where(
            or_(
                col(AuditEvent.actor).ilike(like),
                col(AuditEvent.action).ilike(like),
                col(AuditEvent.entity_id) == q,
                col(AuditEvent.entity).ilike(like),
            )
        )
    events = session.exec(stmt.order_by(col(AuditEvent.at).desc()).limit(200)).all()
    return render(request, "audit.html", user=user, events=events, q=q)  # type: ignore[no-any-return]
