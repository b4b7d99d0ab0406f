"""One proposal beside its remittance: read, decide, correct."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation
from typing import Annotated

from fastapi import APIRouter, Form, HTTPException, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from sqlmodel import Session, col, or_, select

from inbox_agent.review import service
from inbox_agent.review.errors import ReviewError
from inbox_agent.store.models import (
    Allocation,
    AuditEvent,
    MatchProposal,
    Message,
    OpenItem,
    Remittance,
    RemittanceLine,
)
from inbox_agent.web import documents
from inbox_agent.web.deps import CsrfChecked, CurrentUser, SessionDep, StateDep, flash, render

router = APIRouter()
VersionForm = Annotated[int, Form()]


def _get(session: Session, proposal_id: int) -> tuple[MatchProposal, Remittance]:
    proposal = session.get(MatchProposal, proposal_id)
    if proposal is None:
        raise HTTPException(404, "No such proposal.")
    remittance = session.get(Remittance, proposal.remittance_id)
    if remittance is None:
        raise HTTPException(404, "The remittance of this proposal is gone.")
    return proposal, remittance


def _candidates(session: Session, proposal: MatchProposal, query: str) -> list[OpenItem]:
    """Open items a reviewer might move a line to: the search, else the customer's own."""
    stmt = select(OpenItem).where(OpenItem.open_amount != Decimal("0.00"))
    if query:
        like = f"%{query.strip()}%"
        stmt = stmt.where(
            or_(col(OpenItem.invoice_number).ilike(like), col(OpenItem.customer_name).ilike(like))
        )
    elif proposal.customer_id:
        stmt = stmt.where(OpenItem.customer_id == proposal.customer_id)
    else:
        return []
    return list(session.exec(stmt.order_by(col(OpenItem.due_date)).limit(25)).all())


@router.get("/proposals/{proposal_id}")
def detail(
    request: Request, proposal_id: int, session: SessionDep, state: StateDep, user: CurrentUser
) -> Response:
    """The proposal, the document it came from, candidates and its history."""
    proposal, remittance = _get(session, proposal_id)
    lines = session.exec(
        select(RemittanceLine)
        .where(RemittanceLine.remittance_id == remittance.id)
        .order_by(col(RemittanceLine.position))
    ).all()
    allocations = session.exec(
        select(Allocation)
        .where(Allocation.proposal_id == proposal_id)
        .order_by(col(Allocation.position))
    ).all()
    source = documents.source_document(session, state.blobs, remittance)
    pages = documents.pdf_page_count(source.data) if source and source.is_pdf else 0
    query = request.query_params.get("q", "")
    history = session.exec(
        select(AuditEvent)
        .where(AuditEvent.entity == "match_proposal", AuditEvent.entity_id == str(proposal_id))
        .order_by(col(AuditEvent.at).desc())
    ).all()
    neighbours = _neighbours(session, proposal_id)
    return render(  # type: ignore[no-any-return]
        request,
        "proposal.html",
        user=user,
        proposal=proposal,
        remittance=remittance,
        lines=lines,
        allocations=allocations,
        source=source,
        pages=pages,
        candidates=_candidates(session, proposal, query),
        q=query,
        history=history,
        message=documents.message_of(session, remittance),
        neighbours=neighbours,
        write_off_limit=state.rules.matching.write_off_limit,
    )


def _neighbours(session: Session, proposal_id: int) -> dict[str, int | None]:
    pending = col(MatchProposal.review_state) == "pending"
    nxt = session.exec(
        select(MatchProposal.id)
        .where(pending, col(MatchProposal.id) < proposal_id)
        .order_by(col(MatchProposal.id).desc())
        .limit(1)
    ).first()
    prev = session.exec(
        select(MatchProposal.id)
        .where(pending, col(MatchProposal.id) > proposal_id)
        .order_by(col(MatchProposal.id))
        .limit(1)
    ).first()
    return {"next": nxt, "prev": prev}


def _done(request: Request, session: Session, proposal_id: int, message: str) -> Response:
    session.commit()
    flash(request, message)
    return RedirectResponse(f"/proposals/{proposal_id}", status_code=303)


def _failed(request: Request, proposal_id: int, exc: ReviewError) -> Response:
    flash(request, str(exc), "error")
    return RedirectResponse(f"/proposals/{proposal_id}", status_code=303)


@router.post("/proposals/{proposal_id}/approve", dependencies=[CsrfChecked])
def approve(
    request: Request, proposal_id: int, session: SessionDep, user: CurrentUser, version: VersionForm
) -> Response:
    """Approve as shown; the version guards against a second reviewer."""
    try:
        service.approve(session, proposal_id=proposal_id, seen_version=version, actor=user.name)
    except ReviewError as exc:
        return _failed(request, proposal_id, exc)
    nxt = _neighbours(session, proposal_id)["next"]
    session.commit()
    flash(request, f"Proposal {proposal_id} approved.")
    return RedirectResponse(f"/proposals/{nxt}" if nxt else "/queue", status_code=303)


@router.post("/proposals/{proposal_id}/reject", dependencies=[CsrfChecked])
def reject(
    request: Request, proposal_id: int, session: SessionDep, user: CurrentUser, version: VersionForm
) -> Response:
    """Reject; the cash stays unapplied."""
    try:
        service.reject(session, proposal_id=proposal_id, seen_version=version, actor=user.name)
    except ReviewError as exc:
        return _failed(request, proposal_id, exc)
    return _done(request, session, proposal_id, f"Proposal {proposal_id} rejected.")


@router.post("/proposals/{proposal_id}/reallocate", dependencies=[CsrfChecked])
def reallocate(
    request: Request,
    proposal_id: int,
    session: SessionDep,
    user: CurrentUser,
    version: VersionForm,
    allocation_id: Annotated[int, Form()],
    invoice_number: Annotated[str, Form()],
) -> Response:
    """Move one allocation to another invoice."""
    try:
        service.reallocate(
            session,
            proposal_id=proposal_id,
            seen_version=version,
            allocation_id=allocation_id,
            invoice_number=invoice_number,
            actor=user.name,
        )
    except ReviewError as exc:
        return _failed(request, proposal_id, exc)
    return _done(request, session, proposal_id, f"Re-allocated to {invoice_number}.")


def _parts(raw: str) -> list[service.SplitPart]:
    """Parse ``INV-1: 100.00, INV-2: 50.00`` (newlines or commas between parts)."""
    parts = []
    for chunk in raw.replace("\n", ",").split(","):
        if not chunk.strip():
            continue
        invoice, sep, amount = chunk.rpartition(":") if ":" in chunk else chunk.rpartition(" ")
        try:
            parts.append(service.SplitPart(invoice.strip(), Decimal(amount.strip())))
        except InvalidOperation as exc:
            raise ReviewError(f"cannot read {chunk.strip()!r}; write INVOICE: AMOUNT") from exc
        _ = sep
    return parts


@router.post("/proposals/{proposal_id}/split", dependencies=[CsrfChecked])
def split(
    request: Request,
    proposal_id: int,
    session: SessionDep,
    user: CurrentUser,
    version: VersionForm,
    allocation_id: Annotated[int, Form()],
    parts: Annotated[str, Form()],
) -> Response:
    """Split one allocation across several invoices."""
    try:
        service.split(
            session,
            proposal_id=proposal_id,
            seen_version=version,
            allocation_id=allocation_id,
            parts=_parts(parts),
            actor=user.name,
        )
    except ReviewError as exc:
        return _failed(request, proposal_id, exc)
    return _done(request, session, proposal_id, "Allocation split.")


@router.post("/proposals/{proposal_id}/write-off", dependencies=[CsrfChecked])
def write_off(
    request: Request,
    proposal_id: int,
    session: SessionDep,
    state: StateDep,
    user: CurrentUser,
    version: VersionForm,
) -> Response:
    """Write off a small remaining difference within the rules' limit."""
    try:
        service.write_off(
            session,
            proposal_id=proposal_id,
            seen_version=version,
            limit=state.rules.matching.write_off_limit,
            actor=user.name,
        )
    except ReviewError as exc:
        return _failed(request, proposal_id, exc)
    return _done(request, session, proposal_id, "Difference written off.")


@router.get("/proposals/{proposal_id}/page/{page}.png")
def page_image(
    proposal_id: int, page: int, session: SessionDep, state: StateDep, user: CurrentUser
) -> Response:
    """One page of the remittance PDF, rendered on the server."""
    _ = user
    _, remittance = _get(session, proposal_id)
    source = documents.source_document(session, state.blobs, remittance)
    if source is None or not source.is_pdf:
        raise HTTPException(404, "This remittance has no PDF.")
    try:
        png = documents.render_pdf_page(source.data, page - 1)
    except IndexError as exc:
        raise HTTPException(404, str(exc)) from exc
    return Response(png, media_type="image/png", headers={"Cache-Control": "private, max-age=3600"})


@router.get("/messages/{message_id}")
def message_view(
    request: Request, message_id: int, session: SessionDep, state: StateDep, user: CurrentUser
) -> Response:
    """The original mail: headers and text escaped, HTML in a sandboxed frame."""
    message = session.get(Message, message_id)
    if message is None:
        raise HTTPException(404, "No such message.")
    parsed = documents.parsed_message(state.blobs, message)
    return render(  # type: ignore[no-any-return]
        request, "message.html", user=user, message=message, parsed=parsed
    )


@router.get("/messages/{message_id}/html")
def message_html(
    message_id: int, session: SessionDep, state: StateDep, user: CurrentUser
) -> Response:
    """The HTML body, sanitised, under a CSP that forbids scripts and every load."""
    _ = user
    message = session.get(Message, message_id)
    if message is None:
        raise HTTPException(404, "No such message.")
    parsed = documents.parsed_message(state.blobs, message)
    html = documents.sanitise_html(parsed.body_html or "")
    return HTMLResponse(
        f"<!doctype html><meta charset=utf-8><body>{html}</body>",
        headers={"Content-Security-Policy": documents.FRAME_CSP},
    )
