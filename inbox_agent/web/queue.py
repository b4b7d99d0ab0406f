"""The match queue's query: filters, sorting and paging that stay fast at 100,000 rows.

Every filter and sort key is a column of ``match_proposals`` (confidence and amount are
denormalised there on purpose) so the database answers from indexes; the remittance is
joined by primary key only for the columns a row shows.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import timedelta
from decimal import Decimal, InvalidOperation
from typing import Any

from sqlalchemy import func
from sqlmodel import Session, col, select

from inbox_agent.store.models import MatchProposal, Remittance
from inbox_agent.store.types import utcnow

PAGE_SIZE = 50
SORTS: dict[str, Any] = {
    "newest": col(MatchProposal.id).desc(),
    "oldest": col(MatchProposal.id).asc(),
    "confidence": col(MatchProposal.confidence).asc(),
    "-confidence": col(MatchProposal.confidence).desc(),
    "amount": col(MatchProposal.amount).asc(),
    "-amount": col(MatchProposal.amount).desc(),
}


def _decimal(raw: str | None) -> Decimal | None:
    try:
        return Decimal(raw) if raw not in (None, "") else None
    except InvalidOperation:
        return None


def _float(raw: str | None) -> float | None:
    try:
        return float(raw) if raw not in (None, "") else None
    except ValueError:
        return None


def _int(raw: str | None) -> int | None:
    try:
        return int(raw) if raw not in (None, "") else None
    except ValueError:
        return None


@dataclass(frozen=True)
class QueueFilter:
    """What the reviewer asked to see; bad values are ignored, never an error page."""

    review_state: str = "pending"
    status: str = ""
    customer: str = ""
    min_amount: Decimal | None = None
    max_amount: Decimal | None = None
    min_confidence: float | None = None
    max_confidence: float | None = None
    older_than_days: int | None = None
    sort: str = "newest"
    page: int = 1
    extra: dict[str, str] = field(default_factory=dict)

    @classmethod
    def from_query(cls, params: dict[str, str]) -> QueueFilter:
        """Build from the page's query string."""
        return cls(
            review_state=params.get("review_state", "pending"),
            status=params.get("status", ""),
            customer=params.get("customer", "").strip(),
            min_amount=_decimal(params.get("min_amount")),
            max_amount=_decimal(params.get("max_amount")),
            min_confidence=_float(params.get("min_confidence")),
            max_confidence=_float(params.get("max_confidence")),
            older_than_days=_int(params.get("older_than_days")),
            sort=params.get("sort", "newest") if params.get("sort") in SORTS else "newest",
            page=max(1, _int(params.get("page")) or 1),
        )

    def conditions(self) -> list[Any]:
        """SQL conditions for the filters that are set."""
        where: list[Any] = []
        if self.review_state:
            where.append(col(MatchProposal.review_state) == self.review_state)
        if self.status:
            where.append(col(MatchProposal.status) == self.status)
        if self.customer:
            where.append(col(MatchProposal.customer_id) == self.customer)
        if self.min_amount is not None:
            where.append(col(MatchProposal.amount) >= self.min_amount)
        if self.max_amount is not None:
            where.append(col(MatchProposal.amount) <= self.max_amount)
        if self.min_confidence is not None:
            where.append(col(MatchProposal.confidence) >= self.min_confidence)
        if self.max_confidence is not None:
            where.append(col(MatchProposal.confidence) <= self.max_confidence)
        if self.older_than_days is not None:
            cutoff = utcnow() - timedelta(days=self.older_than_days)
            where.append(col(MatchProposal.created_at) <= cutoff)
        return where


@dataclass(frozen=True)
class QueuePage:
    """One page of the queue and the total that matches."""

    rows: list[tuple[MatchProposal, Remittance]]
    total: int
    page: int
    pages: int


def queue_page(session: Session, flt: QueueFilter) -> QueuePage:
    """The rows of one page, newest first unless asked otherwise."""
    where = flt.conditions()
    total = session.exec(select(func.count()).select_from(MatchProposal).where(*where)).one()
    pages = max(1, (total + PAGE_SIZE - 1) // PAGE_SIZE)
    page = min(flt.page, pages)
    query = (
        select(MatchProposal, Remittance)
        .join(Remittance, col(MatchProposal.remittance_id) == col(Remittance.id))
        .where(*where)
        .order_by(SORTS[flt.sort], col(MatchProposal.id).desc())
        .offset((page - 1) * PAGE_SIZE)
        .limit(PAGE_SIZE)
    )
    rows = [(p, r) for p, r in session.exec(query).all()]
    return QueuePage(rows=rows, total=int(total), page=page, pages=pages)
