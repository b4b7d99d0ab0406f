"""Review operations on match proposals, with optimistic locking and an audit trail.

A proposal carries a ``version``. Each operation names the version the reviewer saw and
updates the row only ``WHERE version = seen``: the second of two reviewers racing on one
item updates nothing and gets a clear conflict, instead of approving twice.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import update
from sqlmodel import Session, col, select

from inbox_agent.review.errors import NotFound, ReviewConflict, ReviewError
from inbox_agent.store import repo
from inbox_agent.store.models import Allocation, MatchProposal, OpenItem, ReviewState
from inbox_agent.store.types import utcnow
from matchers.types import ZERO, money

DECIDED = (ReviewState.APPROVED.value, ReviewState.CORRECTED.value, ReviewState.REJECTED.value)


@dataclass(frozen=True, slots=True)
class SplitPart:
    """One piece of a split allocation."""

    invoice_number: str
    amount: Decimal


def _proposal(session: Session, proposal_id: int) -> MatchProposal:
    row = session.get(MatchProposal, proposal_id)
    if row is None:
        raise NotFound(f"proposal {proposal_id} does not exist")
    return row


def _allocations(session: Session, proposal_id: int) -> list[Allocation]:
    return list(
        session.exec(
            select(Allocation)
            .where(Allocation.proposal_id == proposal_id)
            .order_by(col(Allocation.position))
        ).all()
    )


def snapshot(session: Session, proposal: MatchProposal) -> dict[str, Any]:
    """The proposal and its allocations as plain data, for audit before/after."""
    assert proposal.id is not None
    return {
        "review_state": proposal.review_state,
        "version": proposal.version,
        "customer_id": proposal.customer_id,
        "unallocated": f"{proposal.unallocated:.2f}",
        "allocations": [
            {
                "invoice_number": a.invoice_number,
                "customer_id": a.customer_id,
                "amount": f"{a.amount:.2f}",
                "kind": a.kind,
                "confidence": a.confidence,
            }
            for a in _allocations(session, proposal.id)
        ],
    }


def _bump(session: Session, proposal: MatchProposal, seen_version: int, **values: Any) -> None:
    """Write ``values`` only if nobody changed the proposal since ``seen_version``."""
    result = session.execute(
        update(MatchProposal)
        .where(col(MatchProposal.id) == proposal.id, col(MatchProposal.version) == seen_version)
        .values(version=seen_version + 1, **values)
    )
    if getattr(result, "rowcount", 0) != 1:
        session.expire(proposal)  # reload what the winner wrote, for the message
        current = session.get(MatchProposal, proposal.id)
        who = f" by {current.reviewed_by}" if current and current.reviewed_by else ""
        state = current.review_state if current else "deleted"
        raise ReviewConflict(
            f"proposal {proposal.id} was changed{who} while you were looking at it "
            f"(now {state}); reload it and decide again"
        )
    session.refresh(proposal)


def _ensure_pending(proposal: MatchProposal) -> None:
    if proposal.review_state in DECIDED:
        by = f" by {proposal.reviewed_by}" if proposal.reviewed_by else ""
        raise ReviewConflict(f"proposal {proposal.id} is already {proposal.review_state}{by}")


def _edited(session: Session, proposal_id: int) -> bool:
    return any(a.edited_by for a in _allocations(session, proposal_id))


def approve(session: Session, *, proposal_id: int, seen_version: int, actor: str) -> MatchProposal:
    """Approve a proposal as it stands; ``corrected`` if a reviewer changed it first."""
    proposal = _proposal(session, proposal_id)
    _ensure_pending(proposal)
    if not _allocations(session, proposal_id):
        raise ReviewError("nothing is allocated; re-allocate a line or reject the proposal")
    before = snapshot(session, proposal)
    state = ReviewState.CORRECTED if _edited(session, proposal_id) else ReviewState.APPROVED
    _bump(
        session,
        proposal,
        seen_version,
        review_state=state.value,
        reviewed_by=actor,
        reviewed_at=utcnow(),
    )
    _audit(session, actor, "proposal.approved", proposal, before)
    return proposal


def reject(session: Session, *, proposal_id: int, seen_version: int, actor: str) -> MatchProposal:
    """Reject: nothing of this proposal will be exported; the cash stays unapplied."""
    proposal = _proposal(session, proposal_id)
    _ensure_pending(proposal)
    before = snapshot(session, proposal)
    _bump(
        session,
        proposal,
        seen_version,
        review_state=ReviewState.REJECTED.value,
        reviewed_by=actor,
        reviewed_at=utcnow(),
    )
    _audit(session, actor, "proposal.rejected", proposal, before)
    return proposal


def _open_item(session: Session, invoice_number: str) -> OpenItem:
    row = session.exec(
        select(OpenItem).where(OpenItem.invoice_number == invoice_number.strip())
    ).first()
    if row is None:
        raise ReviewError(f"no open item {invoice_number!r}; search for the invoice first")
    return row


def _allocation(session: Session, proposal_id: int, allocation_id: int) -> Allocation:
    row = session.get(Allocation, allocation_id)
    if row is None or row.proposal_id != proposal_id:
        raise NotFound(f"allocation {allocation_id} is not part of proposal {proposal_id}")
    return row


def reallocate(
    session: Session,
    *,
    proposal_id: int,
    seen_version: int,
    allocation_id: int,
    invoice_number: str,
    actor: str,
) -> MatchProposal:
    """Point one allocation at another invoice (found by search), same amount."""
    proposal = _proposal(session, proposal_id)
    _ensure_pending(proposal)
    before = snapshot(session, proposal)
    target = _open_item(session, invoice_number)
    allocation = _allocation(session, proposal_id, allocation_id)
    allocation.invoice_number = target.invoice_number
    allocation.customer_id = target.customer_id
    allocation.edited_by = actor
    allocation.reason = f"re-allocated by {actor} (was: {allocation.reason})"[:2000]
    session.add(allocation)
    _bump(session, proposal, seen_version)
    _audit(session, actor, "proposal.reallocated", proposal, before)
    return proposal


def split(
    session: Session,
    *,
    proposal_id: int,
    seen_version: int,
    allocation_id: int,
    parts: Sequence[SplitPart],
    actor: str,
) -> MatchProposal:
    """Replace one allocation by several that add up to exactly the same amount."""
    proposal = _proposal(session, proposal_id)
    _ensure_pending(proposal)
    original = _allocation(session, proposal_id, allocation_id)
    total = money(sum((p.amount for p in parts), ZERO))
    if len(parts) < 2 or total != money(original.amount):
        raise ReviewError(
            f"a split needs two or more parts adding up to {original.amount:.2f} "
            f"(these add up to {total:.2f})"
        )
    before = snapshot(session, proposal)
    targets = [_open_item(session, p.invoice_number) for p in parts]
    last = max(a.position for a in _allocations(session, proposal_id))
    for offset, (part, item) in enumerate(zip(parts, targets, strict=True), start=1):
        session.add(
            Allocation(
                proposal_id=proposal_id,
                position=last + offset,
                invoice_number=item.invoice_number,
                customer_id=item.customer_id,
                amount=money(part.amount),
                confidence=1.0,
                status=original.status,
                reason=f"split by {actor} from {original.invoice_number}",
                edited_by=actor,
            )
        )
    session.delete(original)
    _bump(session, proposal, seen_version)
    _audit(session, actor, "proposal.split", proposal, before)
    return proposal


def write_off(
    session: Session, *, proposal_id: int, seen_version: int, limit: Decimal, actor: str
) -> MatchProposal:
    """Write off the small unallocated difference, only within the rules' limit."""
    proposal = _proposal(session, proposal_id)
    _ensure_pending(proposal)
    difference = money(proposal.unallocated)
    if difference == ZERO:
        raise ReviewError("there is no difference to write off")
    if abs(difference) > limit:
        raise ReviewError(
            f"the difference {difference:.2f} is above the write-off limit {limit:.2f} "
            "in rules.yaml; allocate it or reject the proposal"
        )
    before = snapshot(session, proposal)
    allocations = _allocations(session, proposal_id)
    anchor = allocations[0] if allocations else None
    session.add(
        Allocation(
            proposal_id=proposal_id,
            position=max((a.position for a in allocations), default=-1) + 1,
            invoice_number=anchor.invoice_number if anchor else "",
            customer_id=anchor.customer_id if anchor else (proposal.customer_id or ""),
            amount=difference,
            confidence=1.0,
            status="review",
            kind="write_off",
            reason=f"difference written off by {actor}",
            edited_by=actor,
        )
    )
    _bump(session, proposal, seen_version, unallocated=ZERO)
    _audit(session, actor, "proposal.written_off", proposal, before)
    return proposal


def bulk_approve(
    session: Session, *, min_confidence: float, actor: str, limit: int = 500
) -> list[int]:
    """Approve pending proposals whose every allocation is at least this confident.

    Only fully allocated proposals qualify: something left unallocated always needs a
    person to look at it, whatever the confidence of the rest.
    """
    if not 0.5 <= min_confidence <= 1.0:
        raise ReviewError("bulk approval needs a confidence between 0.50 and 1.00")
    candidates = session.exec(
        select(MatchProposal)
        .where(
            MatchProposal.review_state == ReviewState.PENDING.value,
            col(MatchProposal.confidence) >= min_confidence,
            MatchProposal.unallocated == ZERO,
            MatchProposal.status != "unmatched",
        )
        .order_by(col(MatchProposal.id))
        .limit(limit)
    ).all()
    approved: list[int] = []
    for proposal in candidates:
        assert proposal.id is not None
        try:
            with session.begin_nested():
                approve(
                    session, proposal_id=proposal.id, seen_version=proposal.version, actor=actor
                )
        except ReviewConflict:
            continue  # someone decided it meanwhile; theirs stands
        approved.append(proposal.id)
    return approved


def _audit(
    session: Session, actor: str, action: str, proposal: MatchProposal, before: dict[str, Any]
) -> None:
    repo.record_audit(
        session,
        actor=actor,
        action=action,
        entity="match_proposal",
        entity_id=str(proposal.id),
        before=before,
        after=snapshot(session, proposal),
    )
