"""The store: migrations, idempotent writes, exact money, and the content-addressed blobs."""

from __future__ import annotations

import hashlib
from datetime import UTC, date, datetime, timedelta, timezone
from decimal import Decimal
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, inspect, text
from sqlalchemy.exc import IntegrityError, StatementError
from sqlmodel import Session, SQLModel, select

from inbox_agent.errors import StorageError
from inbox_agent.settings import load_settings
from inbox_agent.store import repo
from inbox_agent.store.blobs import BlobStore
from inbox_agent.store.db import alembic_config, make_engine, migrate, session_scope
from inbox_agent.store.models import (
    Allocation,
    AuditEvent,
    MatchProposal,
    Message,
    MessageStatus,
    OpenItem,
    RemittanceLine,
    ReviewState,
)
from matchers import types as core

SHA = hashlib.sha256(b"original bytes").hexdigest()


def _message_kwargs(key: str = "folder:0001.eml") -> dict[str, object]:
    return {
        "backend_key": key,
        "message_id": "<abc@example.com>",
        "subject": "Remittance advice 4711",
        "sender": "ap@customer.example",
        "received_at": datetime(2024, 5, 2, 9, 30, tzinfo=UTC),
        "sha256": SHA,
        "size": 14,
    }


def _remittance(source: str = "m.eml#1") -> core.Remittance:
    return core.Remittance(
        source=source,
        lines=(
            core.RemittanceLine(invoice_ref="INV-1001", paid_amount=Decimal("4950.00")),
            core.RemittanceLine(
                invoice_ref="CN-77",
                paid_amount=Decimal("-100.10"),
                reference_kind=core.ReferenceKind.CREDIT_NOTE,
            ),
        ),
        payer=core.Payer(name="ACME GmbH", customer_id="C001"),
        payment_date=date(2024, 5, 1),
        payment_reference="PAY-9",
        currency="EUR",
        total=Decimal("4849.90"),
        warnings=("total read from footer",),
    )


def _proposal(source: str = "m.eml#1") -> core.Proposal:
    return core.Proposal(
        source=source,
        customer_id="C001",
        customer_confidence=0.98,
        status=core.MatchStatus.AUTO,
        allocations=(
            core.Allocation(
                invoice_number="INV-1001",
                customer_id="C001",
                amount=Decimal("4950.00"),
                confidence=0.99,
                status=core.MatchStatus.AUTO,
                reason="invoice number and amount match",
            ),
        ),
        unallocated=Decimal("0.00"),
    )


# --- migrations ---------------------------------------------------------------------------


def test_migrate_twice_is_harmless(db_url: str) -> None:
    """
    GIVEN an empty database (SQLite file or real PostgreSQL)
    WHEN migrate() runs twice, as it does on every start
    THEN the second run changes nothing and every table is there at head.
    """
    migrate(db_url)
    migrate(db_url)

    engine = make_engine(db_url)
    try:
        with engine.connect() as conn:
            version = conn.execute(text("SELECT version_num FROM alembic_version")).scalar_one()
            tables = set(inspect(conn).get_table_names())
    finally:
        engine.dispose()
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert version == head
    assert set(SQLModel.metadata.tables) <= tables


def test_migrations_match_models(engine: Engine) -> None:
    """
    GIVEN a database built only by the migrations
    WHEN Alembic's autogenerate compares it with the SQLModel metadata
    THEN there is no difference (types, nullability, indexes, unique and foreign keys).
    """
    with engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"compare_type": True})
        diff = compare_metadata(context, SQLModel.metadata)
    assert diff == []


def test_migrate_creates_the_sqlite_folder_in_the_workspace(workspace: Path) -> None:
    """
    GIVEN a fresh workspace and no INBOX_AGENT_DATABASE_URL
    WHEN the default database is migrated
    THEN its folder and file are created inside the workspace.
    """
    url = load_settings().effective_database_url
    migrate(url)
    assert (workspace / "inbox-agent.db").is_file()


def test_unreachable_postgres_is_a_storage_error_that_says_what_to_check() -> None:
    """
    GIVEN a PostgreSQL URL where nothing listens
    WHEN migrate() runs
    THEN it raises StorageError naming the server, without the password.
    """
    with pytest.raises(StorageError, match="Check that the server is running") as info:
        migrate("postgresql://agent:s3cret@127.0.0.1:1/inbox")
    assert "s3cret" not in str(info.value)


def test_sqlite_enforces_foreign_keys(session: Session) -> None:
    """
    GIVEN a migrated database
    WHEN an attachment points at a message that does not exist
    THEN the database refuses it (SQLite only does with PRAGMA foreign_keys on).
    """
    with pytest.raises(IntegrityError, match=r"(?i)foreign key"):
        repo.record_attachment(
            session,
            message_row_id=999,
            position=0,
            filename="a.pdf",
            content_type="application/pdf",
            sha256=SHA,
            size=1,
        )


# --- messages -----------------------------------------------------------------------------


def test_record_message_is_idempotent(session: Session) -> None:
    """
    GIVEN a message already recorded under its backend key
    WHEN the same message is recorded again (a re-poll after a crash)
    THEN the existing row comes back, created is False, and there is still one row.
    """
    first, created_first = repo.record_message(session, **_message_kwargs())  # type: ignore[arg-type]
    session.commit()
    again, created_again = repo.record_message(session, **_message_kwargs())  # type: ignore[arg-type]

    assert created_first and not created_again
    assert again.id == first.id
    assert first.backend == "folder" and first.status == MessageStatus.RECEIVED
    assert len(session.exec(select(Message)).all()) == 1


def test_record_message_survives_a_concurrent_insert(
    engine: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    """
    GIVEN another worker inserts the same message between our lookup and our insert
    WHEN record_message hits the unique constraint
    THEN it returns the other worker's row and our transaction remains usable.
    """
    with session_scope(engine) as other:
        winner, _ = repo.record_message(other, **_message_kwargs())  # type: ignore[arg-type]

    real_get = repo.get_message
    blind = {"lookups": 0}

    def late_lookup(session: Session, *, backend_key: str) -> Message | None:
        blind["lookups"] -= 1
        return None if blind["lookups"] >= 0 else real_get(session, backend_key=backend_key)

    monkeypatch.setattr(repo, "get_message", late_lookup)
    with session_scope(engine) as ours:
        repo.record_message(ours, **_message_kwargs("folder:other.eml"))  # type: ignore[arg-type]
        blind["lookups"] = 1  # our first lookup misses the other worker's row
        row, created = repo.record_message(ours, **_message_kwargs())  # type: ignore[arg-type]
        assert not created and row.id == winner.id
        assert blind["lookups"] < 0, "the unique constraint path was not exercised"

    with Session(engine) as check:
        assert len(check.exec(select(Message)).all()) == 2


def test_message_outcome_and_timestamps_are_utc(engine: Engine) -> None:
    """
    GIVEN a message received at 11:30 in UTC+2
    WHEN it is stored, classified and read back in a new session
    THEN received_at is the same instant, aware, in UTC, and the outcome is kept.
    """
    kwargs = _message_kwargs()
    kwargs["received_at"] = datetime(2024, 5, 2, 11, 30, tzinfo=timezone(timedelta(hours=2)))
    with session_scope(engine) as session:
        row, _ = repo.record_message(session, **kwargs)  # type: ignore[arg-type]
        assert row.id is not None
        repo.set_message_outcome(
            session,
            message_row_id=row.id,
            status=MessageStatus.PROCESSED,
            category="remittance",
            confidence=0.97,
            rule="remit-subject",
        )
    with Session(engine) as session:
        stored = session.exec(select(Message)).one()
    assert stored.received_at == datetime(2024, 5, 2, 9, 30, tzinfo=UTC)
    assert stored.received_at is not None and stored.received_at.tzinfo is not None
    assert (stored.status, stored.category, stored.rule) == (
        "processed",
        "remittance",
        "remit-subject",
    )


# --- money --------------------------------------------------------------------------------


def test_open_items_round_trip_decimal_exactly(engine: Engine) -> None:
    """
    GIVEN open items with amounts like 1234.50 and 98,765,432,109.99
    WHEN they are stored, refreshed from a second import, and listed in a new session
    THEN the amounts come back as the same Decimals, to the cent, and nothing is duplicated.
    """
    items = [
        core.OpenItem("C001", "INV-1", "EUR", Decimal("1234.50"), Decimal("1234.50")),
        core.OpenItem(
            "C002",
            "INV-2",
            "USD",
            Decimal("98765432109.99"),
            Decimal("0.10"),
            customer_name="Big Co",
            invoice_date=date(2024, 1, 31),
            due_date=date(2024, 3, 1),
            po_number="PO-5",
        ),
    ]
    with session_scope(engine) as session:
        for item in items:
            _, created = repo.upsert_open_item(session, item=item)
            assert created
    refreshed = core.OpenItem("C001", "INV-1", "EUR", Decimal("1234.50"), Decimal("234.50"))
    with session_scope(engine) as session:
        _, created = repo.upsert_open_item(session, item=refreshed)
        assert not created

    with Session(engine) as session:
        listed = repo.list_open_items(session)
        assert len(session.exec(select(OpenItem)).all()) == 2
    assert listed == [refreshed, items[1]]
    assert str(listed[0].amount) == "1234.50"
    assert str(listed[1].amount) == "98765432109.99"


def test_money_columns_refuse_floats(session: Session) -> None:
    """
    GIVEN an open item whose amount is a float (a bug upstream)
    WHEN it is flushed
    THEN the store refuses it instead of rounding silently.
    """
    session.add(
        OpenItem(
            customer_id="C1",
            invoice_number="X",
            currency="EUR",
            amount=0.1 + 0.2,  # type: ignore[arg-type]
            open_amount=Decimal("0.30"),
        )
    )
    with pytest.raises(StatementError, match="money must be Decimal"):
        session.flush()


def test_customers_keep_aliases_from_every_source(session: Session) -> None:
    """
    GIVEN a customer imported with one alias
    WHEN it is upserted again with another alias and a new name
    THEN both aliases are kept and the name is updated; replace_aliases drops the old ones.
    """
    repo.upsert_customer(session, customer=core.Customer("C001", "ACME", ("ACME GmbH",)))
    _, created = repo.upsert_customer(
        session, customer=core.Customer("C001", "ACME Group", ("ACME Grp",))
    )
    assert not created
    assert repo.list_customers(session) == [
        core.Customer("C001", "ACME Group", ("ACME GmbH", "ACME Grp"))
    ]
    repo.upsert_customer(
        session, customer=core.Customer("C001", "ACME Group", ("ACME AG",)), replace_aliases=True
    )
    assert repo.list_customers(session)[0].aliases == ("ACME AG",)


# --- remittances and proposals ------------------------------------------------------------


def test_save_remittance_is_idempotent_and_round_trips(session: Session) -> None:
    """
    GIVEN a remittance extracted from a message
    WHEN it is saved twice and loaded back
    THEN there is one remittance with its lines, equal to what extraction produced.
    """
    message, _ = repo.record_message(session, **_message_kwargs())  # type: ignore[arg-type]
    first, created = repo.save_remittance(session, remittance=_remittance(), message_id=message.id)
    again, created_again = repo.save_remittance(
        session, remittance=_remittance(), message_id=message.id
    )

    assert created and not created_again and again.id == first.id
    assert len(session.exec(select(RemittanceLine)).all()) == 2
    assert first.id is not None
    assert repo.load_remittance(session, remittance_row_id=first.id) == _remittance()


def test_save_proposal_twice_keeps_one_row_and_the_review(engine: Engine) -> None:
    """
    GIVEN a proposal already saved and approved by a reviewer
    WHEN the pipeline saves a proposal for the same remittance again
    THEN there is still one proposal with one allocation, and the approval stands.
    """
    with session_scope(engine) as session:
        remittance, _ = repo.save_remittance(session, remittance=_remittance(), message_id=None)
        assert remittance.id is not None
        rid = remittance.id
        proposal, created = repo.save_proposal(session, remittance_row_id=rid, proposal=_proposal())
        assert created
        proposal.review_state = ReviewState.APPROVED
        proposal.reviewed_by = "anna"

    with session_scope(engine) as session:
        again, created_again = repo.save_proposal(
            session, remittance_row_id=rid, proposal=_proposal()
        )
        assert not created_again
        assert again.review_state == ReviewState.APPROVED
        assert len(session.exec(select(MatchProposal)).all()) == 1
        assert len(session.exec(select(Allocation)).all()) == 1
        assert repo.load_proposal(session, remittance_row_id=rid) == _proposal()


def test_audit_events_keep_money_as_text(session: Session) -> None:
    """
    GIVEN a proposal (a frozen dataclass with Decimals) before and after a correction
    WHEN an audit event is recorded
    THEN it stores who, what and both states, with amounts as exact strings.
    """
    before = _proposal()
    event = repo.record_audit(
        session,
        actor="anna",
        action="proposal.corrected",
        entity="match_proposal",
        entity_id=1,
        before=before,
        after={"unallocated": Decimal("12.30"), "review_state": ReviewState.CORRECTED},
    )
    session.commit()
    stored = session.get(AuditEvent, event.id)
    assert stored is not None and stored.before is not None and stored.after is not None
    assert stored.before["allocations"][0]["amount"] == "4950.00"
    assert stored.before["status"] == "auto"
    assert stored.after == {"unallocated": "12.30", "review_state": "corrected"}
    assert stored.entity_id == "1"


def test_summary_counts(session: Session) -> None:
    """
    GIVEN one classified message with a remittance and an auto proposal
    WHEN the summary is taken
    THEN it counts messages by category, lines, and matched lines by status.
    """
    message, _ = repo.record_message(session, **_message_kwargs())  # type: ignore[arg-type]
    repo.record_message(session, **_message_kwargs("folder:0002.eml"))  # type: ignore[arg-type]
    assert message.id is not None
    repo.set_message_outcome(
        session, message_row_id=message.id, status="processed", category="remittance"
    )
    remittance, _ = repo.save_remittance(session, remittance=_remittance(), message_id=message.id)
    assert remittance.id is not None
    repo.save_proposal(session, remittance_row_id=remittance.id, proposal=_proposal())
    repo.save_reply_draft(
        session, message_id=message.id, category="remittance", subject="Re: x", body="Thanks"
    )

    assert repo.summary(session) == {
        "messages": 2,
        "by_category": {"remittance": 1, "unclassified": 1},
        "remittance_lines": 2,
        "matched_lines": 1,
        "auto": 1,
        "review": 0,
        "drafts": 1,
        "cash_matched": {"EUR": "4950.00"},
    }


# --- blobs --------------------------------------------------------------------------------


def test_blob_store_is_content_addressed_and_idempotent(tmp_path: Path) -> None:
    """
    GIVEN an empty blob store
    WHEN the same bytes are put twice
    THEN both calls return their SHA-256, one file exists under ab/cd/<sha>, no temp is left.
    """
    store = BlobStore(tmp_path / "blobs")
    data = b"%PDF-1.7 remittance"
    sha = store.put(data)
    assert store.put(data) == sha == hashlib.sha256(data).hexdigest()
    assert store.path(sha) == tmp_path / "blobs" / sha[:2] / sha[2:4] / sha
    assert store.exists(sha) and store.get(sha) == data
    assert [p.name for p in (tmp_path / "blobs").rglob("*") if p.is_file()] == [sha]


def test_blob_store_detects_corruption(tmp_path: Path) -> None:
    """
    GIVEN a stored blob whose file was later changed on disk
    WHEN it is read
    THEN StorageError says it is corrupt, rather than returning the wrong bytes.
    """
    store = BlobStore(tmp_path)
    sha = store.put(b"original")
    path = store.path(sha)
    path.chmod(0o644)
    path.write_bytes(b"tampered")
    with pytest.raises(StorageError, match="corrupt"):
        store.get(sha)


def test_blob_store_rejects_missing_and_malformed_keys(tmp_path: Path) -> None:
    """
    GIVEN an empty blob store
    WHEN a missing blob or a key that is not a SHA-256 is asked for
    THEN StorageError explains which, and no path outside the store is ever built.
    """
    store = BlobStore(tmp_path)
    with pytest.raises(StorageError, match="missing"):
        store.get("0" * 64)
    with pytest.raises(StorageError, match="not a SHA-256"):
        store.path("../../etc/passwd")
