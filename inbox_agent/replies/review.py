"""A reviewer's work on a reply draft: edit its subject and text, approve it; all audited.

As with match proposals (:mod:`inbox_agent.review.service`), each change names the draft
``version`` the reviewer saw and updates the row only ``WHERE version = seen``: the second
of two reviewers editing one draft gets a clear conflict instead of silently overwriting
the first. An approved draft is final; approving records who and when, and whether
rules.yaml would let it be sent without a collector (the agent itself never sends).
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import update
from sqlmodel import Session, col

from inbox_agent.config.rules import Rules
from inbox_agent.replies.compose import rebuild, tidy_body
from inbox_agent.replies.drafts import may_send
from inbox_agent.store import repo
from inbox_agent.store.blobs import BlobStore
from inbox_agent.store.models import ReplyDraft, ReplyStatus
from inbox_agent.store.types import utcnow

MAX_SUBJECT = 998
MAX_BODY = 100_000


class DraftReviewError(Exception):
    """A review action that cannot be done; the message says why and what to do."""


def _draft(session: Session, draft_id: int) -> ReplyDraft:
    draft = session.get(ReplyDraft, draft_id)
    if draft is None:
        raise DraftReviewError(f"draft {draft_id} does not exist")
    return draft


def snapshot(draft: ReplyDraft) -> dict[str, Any]:
    """The reviewable part of a draft, for audit before/after."""
    return {
        "status": draft.status,
        "version": draft.version,
        "subject": draft.subject,
        "body": draft.body,
        "approved_by": draft.approved_by,
    }


def _bump(session: Session, draft: ReplyDraft, seen_version: int, **values: Any) -> None:
    result = session.execute(
        update(ReplyDraft)
        .where(col(ReplyDraft.id) == draft.id, col(ReplyDraft.version) == seen_version)
        .values(version=seen_version + 1, updated_at=utcnow(), **values)
    )
    if getattr(result, "rowcount", 0) != 1:
        session.expire(draft)
        current = session.get(ReplyDraft, draft.id)
        who = current.edited_by or current.approved_by if current else None
        by = f" by {who}" if who else ""
        raise DraftReviewError(
            f"draft {draft.id} was changed{by} while you were looking at it; "
            "reload it and try again"
        )
    session.refresh(draft)


def edit(
    session: Session,
    *,
    draft_id: int,
    seen_version: int,
    subject: str,
    body: str,
    actor: str,
) -> ReplyDraft:
    """Replace the draft's subject and text with a reviewer's.

    The copy already in the mailbox's Drafts folder is the agent's; the edited text is
    kept here (and offered as an .eml) because the mailbox interface cannot replace a
    saved draft.

    Raises:
        DraftReviewError: the draft is approved, the text is empty or too long, or
            another reviewer changed the draft first.
    """
    draft = _draft(session, draft_id)
    if draft.status in (ReplyStatus.APPROVED.value, ReplyStatus.SENT.value):
        raise DraftReviewError(f"draft {draft_id} is {draft.status}; it can no longer be edited")
    subject = " ".join(subject.split())
    body = tidy_body(body)
    if not subject or not body.strip():
        raise DraftReviewError("a draft needs a subject and some text")
    if len(subject) > MAX_SUBJECT or len(body) > MAX_BODY:
        raise DraftReviewError("the subject or the text is too long")
    before = snapshot(draft)
    _bump(
        session,
        draft,
        seen_version,
        subject=subject,
        body=body,
        edited_by=actor,
        edited_at=utcnow(),
    )
    repo.record_audit(
        session,
        actor=actor,
        action="draft.edited",
        entity="reply_draft",
        entity_id=draft_id,
        before=before,
        after=snapshot(draft),
    )
    return draft


def approve(
    session: Session, *, draft_id: int, seen_version: int, actor: str, rules: Rules
) -> ReplyDraft:
    """Approve the draft as it stands; who, when, and whether rules would let it be sent.

    Raises:
        DraftReviewError: already approved, or another reviewer changed it first.
    """
    draft = _draft(session, draft_id)
    if draft.status in (ReplyStatus.APPROVED.value, ReplyStatus.SENT.value):
        by = f" by {draft.approved_by}" if draft.approved_by else ""
        raise DraftReviewError(f"draft {draft_id} is already {draft.status}{by}")
    before = snapshot(draft)
    _bump(
        session,
        draft,
        seen_version,
        status=ReplyStatus.APPROVED.value,
        approved_by=actor,
        approved_at=utcnow(),
    )
    after = snapshot(draft)
    after["send_allowed"] = may_send(rules, category=draft.category, customer_id=draft.customer_id)
    repo.record_audit(
        session,
        actor=actor,
        action="draft.approved",
        entity="reply_draft",
        entity_id=draft_id,
        before=before,
        after=after,
    )
    return draft


def current_eml(draft: ReplyDraft, blobs: BlobStore) -> bytes:
    """The draft as it reads now (a reviewer's edits included), as RFC 5322 bytes.

    Raises:
        DraftReviewError: the stored draft is missing from the blob store.
    """
    if not draft.raw_sha256 or not blobs.exists(draft.raw_sha256):
        raise DraftReviewError(f"draft {draft.id} has no stored message")
    raw = blobs.get(draft.raw_sha256)
    if draft.edited_by is None:
        return raw
    return rebuild(raw, subject=draft.subject, body=draft.body)
