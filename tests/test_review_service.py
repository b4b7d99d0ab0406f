"""Review operations: decisions, corrections, write-offs, bulk approval, export once.

Runs on SQLite and a real PostgreSQL; the two-reviewer race uses two real sessions.
"""

from __future__ import annotations

import csv
import io
from decimal import Decimal
from pathlib import Path

import pytest
from sqlmodel import Session, select

from inbox_agent.config.active import active_rules
from inbox_agent.demo.run import run_demo
from inbox_agent.review import service
from inbox_agent.review.errors import ReviewConflict, ReviewError
from inbox_agent.review.export import export_approved
from inbox_agent.settings import Settings
from inbox_agent.store.models import Allocation, AuditEvent, MatchProposal
from inbox_agent.workspace import Workspace, open_workspace

REPO = Path(__file__).resolve().parents[1]


@pytest.fixture
def ws(tmp_path: Path, db_url: str) -> Workspace:
    settings = Settings(home=tmp_path / "ws", database_url=db_url)
    run_demo(settings, active_rules(REPO / "rules.yaml"))
    return open_workspace(settings)


def _proposal(session: Session, status: str) -> MatchProposal:
    row = session.exec(select(MatchProposal).where(MatchProposal.status == status)).first()
    assert row is not None, f"the demo has no {status} proposal"
    return row


def _allocations(session: Session, proposal_id: int | None) -> list[Allocation]:
    return list(session.exec(select(Allocation).where(Allocation.proposal_id == proposal_id)).all())


def test_two_reviewers_cannot_approve_the_same_item_twice(ws: Workspace) -> None:
    """GIVEN two reviewers who opened the same proposal (same version)
    WHEN both approve THEN the first wins and the second gets a clear conflict."""
    with Session(ws.engine) as page_load:  # both reviewers' pages show this version
        shown = _proposal(page_load, "auto")
        proposal_id, seen = shown.id, shown.version
    assert proposal_id is not None
    with Session(ws.engine) as first:
        service.approve(first, proposal_id=proposal_id, seen_version=seen, actor="rita")
        first.commit()
    with Session(ws.engine) as second, pytest.raises(ReviewConflict, match="rita"):
        service.approve(second, proposal_id=proposal_id, seen_version=seen, actor="ravi")
    with Session(ws.engine) as s:
        approvals = s.exec(select(AuditEvent).where(AuditEvent.action == "proposal.approved")).all()
        assert len(approvals) == 1
        assert approvals[0].actor == "rita"


def test_stale_version_is_refused_even_while_pending(ws: Workspace) -> None:
    """GIVEN a proposal someone edited since I loaded it WHEN I approve my stale view
    THEN it is refused, so I never approve allocations I have not seen."""
    with Session(ws.engine) as s:
        p = _proposal(s, "auto")
        assert p.id is not None
        seen = p.version
        allocation = _allocations(s, p.id)[0]
        service.reallocate(
            s,
            proposal_id=p.id,
            seen_version=seen,
            allocation_id=allocation.id or 0,
            invoice_number="INV-10009",
            actor="ravi",
        )
        s.commit()
        with pytest.raises(ReviewConflict, match="changed"):
            service.approve(s, proposal_id=p.id, seen_version=seen, actor="rita")


def test_reallocate_then_approve_is_recorded_as_corrected_with_audit(ws: Workspace) -> None:
    """GIVEN an allocation to the wrong invoice WHEN re-allocated and approved
    THEN it points at the new invoice, the state is 'corrected', and audit has before/after."""
    with Session(ws.engine) as s:
        p = _proposal(s, "auto")
        assert p.id is not None
        allocation = _allocations(s, p.id)[0]
        old_invoice = allocation.invoice_number
        service.reallocate(
            s,
            proposal_id=p.id,
            seen_version=p.version,
            allocation_id=allocation.id or 0,
            invoice_number="INV-10009",
            actor="rita",
        )
        service.approve(s, proposal_id=p.id, seen_version=p.version, actor="rita")
        s.commit()
        assert p.review_state == "corrected"
        assert _allocations(s, p.id)[0].invoice_number == "INV-10009"
        event = s.exec(select(AuditEvent).where(AuditEvent.action == "proposal.reallocated")).one()
        assert event.before is not None and event.after is not None
        assert event.before["allocations"][0]["invoice_number"] == old_invoice
        assert event.after["allocations"][0]["invoice_number"] == "INV-10009"


def test_reallocate_to_unknown_invoice_is_refused(ws: Workspace) -> None:
    """GIVEN an invoice number that is not an open item WHEN re-allocating THEN a clear error."""
    with Session(ws.engine) as s:
        p = _proposal(s, "auto")
        allocation = _allocations(s, p.id)[0]
        with pytest.raises(ReviewError, match="no open item"):
            service.reallocate(
                s,
                proposal_id=p.id or 0,
                seen_version=p.version,
                allocation_id=allocation.id or 0,
                invoice_number="NOPE-1",
                actor="rita",
            )


def test_split_must_add_up_exactly(ws: Workspace) -> None:
    """GIVEN one allocation WHEN split into parts that do not add up THEN refused;
    WHEN split into parts that do THEN two allocations replace it, same total."""
    with Session(ws.engine) as s:
        p = _proposal(s, "auto")
        assert p.id is not None
        allocation = _allocations(s, p.id)[0]
        total = allocation.amount
        with pytest.raises(ReviewError, match="adding up"):
            service.split(
                s,
                proposal_id=p.id,
                seen_version=p.version,
                allocation_id=allocation.id or 0,
                parts=[
                    service.SplitPart("INV-10008", Decimal("1.00")),
                    service.SplitPart("INV-10009", Decimal("1.00")),
                ],
                actor="rita",
            )
        service.split(
            s,
            proposal_id=p.id,
            seen_version=p.version,
            allocation_id=allocation.id or 0,
            parts=[
                service.SplitPart("INV-10008", Decimal("10.00")),
                service.SplitPart("INV-10009", total - Decimal("10.00")),
            ],
            actor="rita",
        )
        s.commit()
        invoices = {a.invoice_number: a.amount for a in _allocations(s, p.id)}
        assert invoices["INV-10008"] == Decimal("10.00")
        assert invoices["INV-10009"] == total - Decimal("10.00")


def test_write_off_only_within_the_limit(ws: Workspace) -> None:
    """GIVEN a proposal short by a bank fee of 3.50 WHEN writing off above the rules' limit
    THEN refused; WHEN the limit allows it THEN a write-off allocation clears the difference."""
    with Session(ws.engine) as s:
        p = _proposal(s, "auto")
        assert p.id is not None
        p.unallocated = Decimal("3.50")  # the payer's bank deducted a fee
        s.add(p)
        s.commit()
        with pytest.raises(ReviewError, match="above the write-off limit"):
            service.write_off(
                s, proposal_id=p.id, seen_version=p.version, limit=Decimal("1.00"), actor="rita"
            )
        service.write_off(
            s, proposal_id=p.id, seen_version=p.version, limit=Decimal("5.00"), actor="rita"
        )
        s.commit()
        assert p.unallocated == 0
        written_off = [a for a in _allocations(s, p.id) if a.kind == "write_off"]
        assert [a.amount for a in written_off] == [Decimal("3.50")]


def test_bulk_approve_takes_only_confident_fully_allocated(ws: Workspace) -> None:
    """GIVEN the demo's proposals WHEN bulk-approving at 0.95 THEN only fully allocated
    proposals at or above it are approved; the short-paid one stays pending."""
    with Session(ws.engine) as s:
        approved = service.bulk_approve(s, min_confidence=0.95, actor="rita")
        s.commit()
        assert approved
        for pid in approved:
            row = s.get(MatchProposal, pid)
            assert row is not None and row.confidence >= 0.95 and row.unallocated == 0
        assert _proposal(s, "review").review_state == "pending"
        with pytest.raises(ReviewError):
            service.bulk_approve(s, min_confidence=0.2, actor="rita")


def test_export_marks_allocations_and_never_exports_twice(ws: Workspace) -> None:
    """GIVEN approved proposals WHEN exported twice (generic, then NetSuite)
    THEN the first batch holds every approved allocation and the second holds none."""
    with Session(ws.engine) as s:
        service.bulk_approve(s, min_confidence=0.95, actor="rita")
        s.commit()
        first = export_approved(s, layout="netsuite", actor="rita")
        s.commit()
        second = export_approved(s, layout="generic", actor="rita")
        s.commit()
    rows = list(csv.DictReader(io.StringIO(first.csv_text)))
    assert first.count == len(rows) > 0
    assert {"External ID", "Customer", "Apply Invoice", "Payment"} <= set(rows[0])
    assert second.count == 0
    assert len(list(csv.reader(io.StringIO(second.csv_text)))) == 1  # the header only
