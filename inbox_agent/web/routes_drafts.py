"""Reply drafts: list, read, edit, approve; disputes and payment promises beside them.

The agent leaves each draft in the mailbox's Drafts folder; here a reviewer reads it with
the message it answers, corrects the wording and approves it. Approval is recorded (who,
when, audit event) and is the final state: the agent does not send mail, a collector
sends the approved draft from the mailbox.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Form, HTTPException, Request
from fastapi.responses import RedirectResponse, Response
from sqlmodel import Session, col, select

from inbox_agent.replies import review
from inbox_agent.replies.drafts import may_send
from inbox_agent.store import repo
from inbox_agent.store.models import (
    AuditEvent,
    BankReceipt,
    Dispute,
    Message,
    PaymentPromise,
    ReplyDraft,
    ReplyStatus,
)
from inbox_agent.web.deps import CsrfChecked, CurrentUser, SessionDep, StateDep, flash, render

router = APIRouter()
VIEWS = ("drafts", "disputes", "promises")
STATUSES = tuple(s.value for s in ReplyStatus)
VersionForm = Annotated[int, Form()]


def _get(session: Session, draft_id: int) -> ReplyDraft:
    draft = session.get(ReplyDraft, draft_id)
    if draft is None:
        raise HTTPException(404, "No such draft.")
    return draft


@router.get("/drafts")
def drafts(request: Request, session: SessionDep, user: CurrentUser) -> Response:
    """Drafts newest first (by status), or the disputes and promises they recorded."""
    view = request.query_params.get("view", "drafts")
    view = view if view in VIEWS else "drafts"
    status = request.query_params.get("status", "")
    status = status if status in STATUSES else ""
    rows = repo.list_reply_drafts(session, status=status or None) if view == "drafts" else []
    messages = {
        m.id: m
        for m in session.exec(
            select(Message).where(col(Message.id).in_([d.message_id for d in rows]))
        ).all()
    }
    return render(  # type: ignore[no-any-return]
        request,
        "drafts.html",
        user=user,
        view=view,
        status=status,
        statuses=STATUSES,
        drafts=rows,
        messages=messages,
        disputes=repo.list_disputes(session) if view == "disputes" else [],
        promises=repo.list_payment_promises(session) if view == "promises" else [],
        drafts_of=_drafts_by_message(session, view),
    )


def _drafts_by_message(session: Session, view: str) -> dict[int, int]:
    """Message id to draft id, so disputes and promises link to their reply."""
    if view == "drafts":
        return {}
    pairs = session.exec(
        select(ReplyDraft.message_id, ReplyDraft.id).where(col(ReplyDraft.message_id).is_not(None))
    ).all()
    return {m: d for m, d in pairs if m is not None and d is not None}


@router.get("/drafts/{draft_id}")
def detail(
    request: Request, draft_id: int, session: SessionDep, state: StateDep, user: CurrentUser
) -> Response:
    """The draft beside the message it answers, its records and its history."""
    draft = _get(session, draft_id)
    message = session.get(Message, draft.message_id) if draft.message_id else None
    history = session.exec(
        select(AuditEvent)
        .where(AuditEvent.entity == "reply_draft", AuditEvent.entity_id == str(draft_id))
        .order_by(col(AuditEvent.at).desc())
    ).all()
    return render(  # type: ignore[no-any-return]
        request,
        "draft.html",
        user=user,
        draft=draft,
        message=message,
        receipt=session.get(BankReceipt, draft.bank_receipt_id) if draft.bank_receipt_id else None,
        dispute=_record(session, Dispute, draft.message_id),
        promise=_record(session, PaymentPromise, draft.message_id),
        history=history,
        editable=draft.status not in (ReplyStatus.APPROVED.value, ReplyStatus.SENT.value),
        send_allowed=may_send(state.rules, category=draft.category, customer_id=draft.customer_id),
    )


def _record(
    session: Session, model: type[Dispute] | type[PaymentPromise], message_id: int | None
) -> Dispute | PaymentPromise | None:
    if message_id is None:
        return None
    if model is Dispute:
        return repo.get_dispute(session, message_row_id=message_id)
    return repo.get_payment_promise(session, message_row_id=message_id)


def _back(request: Request, draft_id: int, message: str, kind: str = "ok") -> Response:
    flash(request, message, kind)
    return RedirectResponse(f"/drafts/{draft_id}", status_code=303)


@router.post("/drafts/{draft_id}/edit", dependencies=[CsrfChecked])
def edit(
    request: Request,
    draft_id: int,
    session: SessionDep,
    user: CurrentUser,
    version: VersionForm,
    subject: Annotated[str, Form()],
    body: Annotated[str, Form()],
) -> Response:
    """Save a reviewer's subject and text."""
    try:
        review.edit(
            session,
            draft_id=draft_id,
            seen_version=version,
            subject=subject,
            body=body,
            actor=user.name,
        )
    except review.DraftReviewError as exc:
        session.rollback()
        return _back(request, draft_id, str(exc), "error")
    session.commit()
    return _back(request, draft_id, f"Draft {draft_id} saved.")


@router.post("/drafts/{draft_id}/approve", dependencies=[CsrfChecked])
def approve(
    request: Request,
    draft_id: int,
    session: SessionDep,
    state: StateDep,
    user: CurrentUser,
    version: VersionForm,
) -> Response:
    """Approve the draft as it stands; a collector sends it from the mailbox."""
    try:
        review.approve(
            session, draft_id=draft_id, seen_version=version, actor=user.name, rules=state.rules
        )
    except review.DraftReviewError as exc:
        session.rollback()
        return _back(request, draft_id, str(exc), "error")
    session.commit()
    return _back(request, draft_id, f"Draft {draft_id} approved; send it from the mailbox.")


@router.get("/drafts/{draft_id}/eml")
def download(draft_id: int, session: SessionDep, state: StateDep, user: CurrentUser) -> Response:
    """The draft as it reads now, edits included, to open in a mail client."""
    draft = _get(session, draft_id)
    try:
        data = review.current_eml(draft, state.blobs)
    except review.DraftReviewError as exc:
        raise HTTPException(404, str(exc)) from exc
    return Response(
        data,
        media_type="message/rfc822",
        headers={"Content-Disposition": f'attachment; filename="draft-{draft_id}.eml"'},
    )


@router.get("/drafts/{draft_id}/attachments/{index}")
def attachment(
    draft_id: int, index: int, session: SessionDep, state: StateDep, user: CurrentUser
) -> Response:
    """One file the draft carries (a statement, an invoice copy), as attached."""
    draft = _get(session, draft_id)
    if not 0 <= index < len(draft.attachments):
        raise HTTPException(404, "No such attachment.")
    meta = draft.attachments[index]
    sha = str(meta.get("sha256", ""))
    if not state.blobs.exists(sha):
        raise HTTPException(404, "The attachment is no longer stored.")
    name = "".join(
        c if c.isascii() and c.isprintable() and c not in '"\\' else "_"
        for c in str(meta.get("filename", "file"))
    )
    return Response(
        state.blobs.get(sha),
        media_type=str(meta.get("content_type", "application/octet-stream")),
        headers={"Content-Disposition": f'attachment; filename="{name}"'},
    )
