"""Database tables: one row per thing the agent has seen, decided or done.

Models follow the FastAPI full-stack template's families where a web page or the CLI needs
a public shape (``UserBase`` / ``UserCreate`` / ``UserPublic`` / ``User``); the other tables
are plain ``table=True`` models. Rows are mapped into :mod:`matchers.types` by
:mod:`inbox_agent.store.repo`, never the reverse, so the matching core stays free of I/O.

Unique constraints are the guard against duplicates (a message read twice, an invoice
uploaded twice, two proposals for one remittance), because with PostgreSQL several workers
may race; the repository functions treat a collision as "already done".

Status columns are plain strings checked by the enums below, not database enums, so that a
new state is a code change and not a migration on every database.
"""

from datetime import date, datetime
from decimal import Decimal
from enum import StrEnum
from typing import Any

from sqlalchemy import JSON, Index, Text, UniqueConstraint
from sqlmodel import Field, SQLModel

from inbox_agent.store.types import Money, UtcDateTime, utcnow

# Deterministic constraint names: migrations (and SQLite's batch mode, which rebuilds a
# table) must be able to name a constraint to drop or alter it, on every database.
NAMING_CONVENTION: dict[str, str] = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}
SQLModel.metadata.naming_convention = NAMING_CONVENTION

SHA256_LEN = 64


class MessageStatus(StrEnum):
    """Where a message is in the pipeline; ``needs_person`` is a deliberate hand-off."""

    RECEIVED = "received"
    PROCESSED = "processed"
    FAILED = "failed"
    NEEDS_PERSON = "needs_person"


class ReviewState(StrEnum):
    """What a reviewer did with a proposal; only approved or corrected ones are exported."""

    PENDING = "pending"
    APPROVED = "approved"
    REJECTED = "rejected"
    CORRECTED = "corrected"


class UserRole(StrEnum):
    """Reviewers decide proposals; admins also own rules.yaml and users."""

    REVIEWER = "reviewer"
    ADMIN = "admin"


def _money(*, nullable: bool = False, default: Decimal | None = None) -> Any:
    return Field(default=default, sa_type=Money, nullable=nullable)


def _timestamp(*, nullable: bool = False) -> Any:
    if nullable:
        return Field(default=None, sa_type=UtcDateTime, nullable=True)
    return Field(default_factory=utcnow, sa_type=UtcDateTime, nullable=False)


# --- mail ---------------------------------------------------------------------------------


class MessageBase(SQLModel):
    """What the mailbox told us about a message, kept before anything else happens to it."""

    backend: str = Field(max_length=20)
    backend_key: str = Field(max_length=500, unique=True)
    message_id: str | None = Field(default=None, max_length=998)
    subject: str | None = Field(default=None, sa_type=Text)
    sender: str | None = Field(default=None, max_length=500)
    received_at: datetime | None = _timestamp(nullable=True)
    sha256: str = Field(max_length=SHA256_LEN)
    size: int


class Message(MessageBase, table=True):
    """One mail, keyed by its identity in the backend.

    ``backend_key`` is what the backend itself guarantees stable (``folder:<name>``,
    ``imap:<uidvalidity>:<uid>``, ``graph:<id>``); the Message-ID header is not unique in
    the wild, so it is kept for threading only. The original bytes are in the blob store
    under ``sha256``.
    """

    __tablename__ = "messages"

    id: int | None = Field(default=None, primary_key=True)
    category: str | None = Field(default=None, max_length=50, index=True)
    confidence: float | None = None
    rule: str | None = Field(default=None, max_length=200)
    status: str = Field(default=MessageStatus.RECEIVED, max_length=20, index=True)
    error: str | None = Field(default=None, sa_type=Text)
    thread_parent_id: int | None = Field(
        default=None, foreign_key="messages.id", ondelete="SET NULL"
    )
    created_at: datetime = _timestamp()
    updated_at: datetime = _timestamp()


class MessagePublic(MessageBase):
    """A message as the review page and the CLI show it."""

    id: int
    category: str | None
    confidence: float | None
    rule: str | None
    status: str
    error: str | None
    created_at: datetime


class Attachment(SQLModel, table=True):
    """One attachment of a message; the bytes are in the blob store under ``sha256``.

    ``position`` (the n-th attachment part) makes re-reading a message idempotent even when
    two attachments share a file name or have none.
    """

    __tablename__ = "attachments"
    __table_args__ = (UniqueConstraint("message_id", "position"),)

    id: int | None = Field(default=None, primary_key=True)
    message_id: int = Field(foreign_key="messages.id", ondelete="CASCADE")
    position: int
    filename: str | None = Field(default=None, max_length=500)
    content_type: str = Field(max_length=200)
    sha256: str = Field(max_length=SHA256_LEN)
    size: int


# --- customers and open items -------------------------------------------------------------


class Customer(SQLModel, table=True):
    """A customer from the ERP master data; ``customer_id`` is the ERP's key."""

    __tablename__ = "customers"

    id: int | None = Field(default=None, primary_key=True)
    customer_id: str = Field(max_length=100, unique=True)
    name: str = Field(max_length=500)


class CustomerAlias(SQLModel, table=True):
    """A name payers use for a customer (from rules.yaml or learnt from corrections)."""

    __tablename__ = "customer_aliases"
    __table_args__ = (UniqueConstraint("customer_row_id", "alias"),)

    id: int | None = Field(default=None, primary_key=True)
    customer_row_id: int = Field(foreign_key="customers.id", ondelete="CASCADE")
    alias: str = Field(max_length=500)


class OpenItem(SQLModel, table=True):
    """An open invoice or credit note from the ERP, refreshed by each import.

    ``customer_id`` is not a foreign key: the open-items list often arrives before (or
    without) the customer master, and a missing customer must not block matching.
    """

    __tablename__ = "open_items"
    __table_args__ = (UniqueConstraint("customer_id", "invoice_number"),)

    id: int | None = Field(default=None, primary_key=True)
    customer_id: str = Field(max_length=100)
    customer_name: str = Field(default="", max_length=500)
    invoice_number: str = Field(max_length=100, index=True)
    currency: str = Field(max_length=3)
    amount: Decimal = _money()
    open_amount: Decimal = _money()
    invoice_date: date | None = None
    due_date: date | None = None
    po_number: str | None = Field(default=None, max_length=100)
    updated_at: datetime = _timestamp()


class BankReceipt(SQLModel, table=True):
    """A credit on our bank account, from a statement import (BAI2, CAMT.053, MT940, CSV).

    The natural key is what the bank says about the entry, so the same entry seen in an
    intraday and an end-of-day statement is one receipt. ``occurrence`` tells apart two
    genuinely identical entries (same day, amount and reference) within one statement.
    """

    __tablename__ = "bank_receipts"
    __table_args__ = (
        UniqueConstraint(
            "account",
            "value_date",
            "currency",
            "amount",
            "reference",
            "occurrence",
            name="uq_bank_receipts_natural_key",
        ),
    )

    id: int | None = Field(default=None, primary_key=True)
    account: str = Field(max_length=100)
    value_date: date
    amount: Decimal = _money()
    currency: str = Field(max_length=3)
    reference: str = Field(default="", max_length=500)
    occurrence: int = 0
    payer_name: str | None = Field(default=None, max_length=500)
    source_sha256: str = Field(max_length=SHA256_LEN)
    created_at: datetime = _timestamp()


# --- remittances and matching -------------------------------------------------------------


class Remittance(SQLModel, table=True):
    """A remittance advice as extracted; ``source`` names the document it came from."""

    __tablename__ = "remittances"

    id: int | None = Field(default=None, primary_key=True)
    message_id: int | None = Field(
        default=None, foreign_key="messages.id", ondelete="SET NULL", index=True
    )
    source: str = Field(max_length=500, unique=True)
    payer_name: str | None = Field(default=None, max_length=500)
    customer_id: str | None = Field(default=None, max_length=100, index=True)
    payment_date: date | None = None
    payment_reference: str | None = Field(default=None, max_length=200)
    currency: str | None = Field(default=None, max_length=3)
    total: Decimal | None = _money(nullable=True)
    method: str = Field(default="table", max_length=50)
    warnings: list[str] = Field(default_factory=list, sa_type=JSON)
    created_at: datetime = _timestamp()


class RemittanceLine(SQLModel, table=True):
    """One line of a remittance: which document the payer says a part of the money covers."""

    __tablename__ = "remittance_lines"
    __table_args__ = (UniqueConstraint("remittance_id", "position"),)

    id: int | None = Field(default=None, primary_key=True)
    remittance_id: int = Field(foreign_key="remittances.id", ondelete="CASCADE")
    position: int
    invoice_ref: str = Field(max_length=200)
    reference_kind: str = Field(default="invoice", max_length=20)
    paid_amount: Decimal = _money()
    invoice_date: date | None = None
    gross_amount: Decimal | None = _money(nullable=True)
    discount: Decimal = _money(default=Decimal("0.00"))
    deduction: Decimal = _money(default=Decimal("0.00"))


class MatchProposal(SQLModel, table=True):
    """The matcher's proposal for one remittance and what a reviewer did with it.

    One per remittance (unique), so re-running the pipeline never stacks proposals and a
    reviewer's decision is never overwritten by a later run.
    """

    __tablename__ = "match_proposals"
    # The review queue filters by state and sorts by recency, confidence or amount.
    __table_args__ = (
        Index("ix_match_proposals_queue", "review_state", "id"),
        Index("ix_match_proposals_queue_confidence", "review_state", "confidence"),
        Index("ix_match_proposals_queue_amount", "review_state", "amount"),
    )

    id: int | None = Field(default=None, primary_key=True)
    remittance_id: int = Field(foreign_key="remittances.id", ondelete="CASCADE", unique=True)
    customer_id: str | None = Field(default=None, max_length=100, index=True)
    customer_confidence: float = 0.0
    status: str = Field(max_length=20, index=True)
    unallocated: Decimal = _money(default=Decimal("0.00"))
    review_state: str = Field(default=ReviewState.PENDING, max_length=20, index=True)
    reviewed_by: str | None = Field(default=None, max_length=200)
    reviewed_at: datetime | None = _timestamp(nullable=True)
    created_at: datetime = _timestamp()
    # Review columns (migration 0002): ``version`` is the optimistic lock two reviewers race
    # on; ``confidence`` (lowest allocation's) and ``amount`` (cash on the remittance) are
    # denormalised so the queue filters and sorts 100,000 proposals on indexes alone.
    version: int = Field(default=1)
    confidence: float = Field(default=0.0, index=True)
    amount: Decimal = _money(default=Decimal("0.00"))
    bank_receipt_id: int | None = Field(
        default=None, foreign_key="bank_receipts.id", ondelete="SET NULL", index=True
    )


class Allocation(SQLModel, table=True):
    """Part of a payment applied to one open item, with the matcher's reason."""

    __tablename__ = "allocations"
    __table_args__ = (UniqueConstraint("proposal_id", "position"),)

    id: int | None = Field(default=None, primary_key=True)
    proposal_id: int = Field(foreign_key="match_proposals.id", ondelete="CASCADE")
    position: int
    invoice_number: str = Field(max_length=100, index=True)
    customer_id: str = Field(max_length=100)
    amount: Decimal = _money()
    confidence: float
    status: str = Field(max_length=20)
    reason: str = Field(default="", sa_type=Text)
    # Review columns (migration 0002): a reviewer's write-off is an allocation of kind
    # ``write_off``; ``export_batch`` marks an allocation as handed to the ERP, once.
    kind: str = Field(default="match", max_length=20)
    edited_by: str | None = Field(default=None, max_length=200)
    exported_at: datetime | None = _timestamp(nullable=True)
    export_batch: str | None = Field(default=None, max_length=50, index=True)


# --- replies and portals ------------------------------------------------------------------


class ReplyStatus(StrEnum):
    """Where a reply draft is: recorded, in the mailbox's Drafts, approved by a reviewer.

    ``composed`` is written (with the draft's bytes in the blob store) *before* the
    mailbox is asked to save it, so a crash in between leaves a row the next pass saves
    again, under the same Message-ID, instead of a second draft. The agent never sends:
    ``sent`` is kept for a sender that rules.yaml would allow (``replies.send_categories``).
    """

    COMPOSED = "composed"
    SAVED = "saved"
    APPROVED = "approved"
    SENT = "sent"


class ReplyDraft(SQLModel, table=True):
    """The reply a collector would write, saved to the mailbox's drafts (one per message).

    A draft answers one message (``message_id``) or, for a payment nobody explained, asks
    the payer of one bank receipt for the remittance details (``bank_receipt_id``).
    """

    __tablename__ = "reply_drafts"
    __table_args__ = (Index("ix_reply_drafts_status", "status", "id"),)

    id: int | None = Field(default=None, primary_key=True)
    message_id: int | None = Field(
        default=None, foreign_key="messages.id", ondelete="CASCADE", unique=True
    )
    category: str = Field(max_length=50)
    subject: str = Field(sa_type=Text)
    body: str = Field(sa_type=Text)
    status: str = Field(default=ReplyStatus.COMPOSED, max_length=20)
    backend_draft_id: str | None = Field(default=None, max_length=500)
    created_at: datetime = _timestamp()
    updated_at: datetime = _timestamp()
    # Columns of migration 0004: what the draft says and to whom, the bytes the mailbox
    # got (blob store), and the review (``version`` is the optimistic lock).
    bank_receipt_id: int | None = Field(
        default=None, foreign_key="bank_receipts.id", ondelete="CASCADE", unique=True
    )
    customer_id: str | None = Field(default=None, max_length=100)
    language: str = Field(default="en", max_length=10)
    message_id_header: str | None = Field(default=None, max_length=998)
    from_address: str | None = Field(default=None, max_length=500)
    to_address: str = Field(default="", sa_type=Text)
    attachments: list[dict[str, Any]] = Field(default_factory=list, sa_type=JSON)
    raw_sha256: str | None = Field(default=None, max_length=SHA256_LEN)
    error: str | None = Field(default=None, sa_type=Text)
    version: int = Field(default=1)
    edited_by: str | None = Field(default=None, max_length=200)
    edited_at: datetime | None = _timestamp(nullable=True)
    approved_by: str | None = Field(default=None, max_length=200)
    approved_at: datetime | None = _timestamp(nullable=True)
    sent_at: datetime | None = _timestamp(nullable=True)


class Dispute(SQLModel, table=True):
    """A customer's query on invoices, logged from their mail (one per message)."""

    __tablename__ = "disputes"

    id: int | None = Field(default=None, primary_key=True)
    message_id: int = Field(foreign_key="messages.id", ondelete="CASCADE", unique=True)
    customer_id: str | None = Field(default=None, max_length=100, index=True)
    invoice_numbers: list[str] = Field(default_factory=list, sa_type=JSON)
    kind: str = Field(default="other", max_length=30)
    reason: str = Field(default="", sa_type=Text)
    status: str = Field(default="open", max_length=20, index=True)
    created_at: datetime = _timestamp()
    updated_at: datetime = _timestamp()


class PromiseStatus(StrEnum):
    """A promise is open until a payment arrives (kept) or a collector chases it."""

    OPEN = "open"
    KEPT = "kept"
    FOLLOWED_UP = "followed_up"


class PaymentPromise(SQLModel, table=True):
    """A customer's word that a payment is coming, with the day to chase it if it is not.

    ``follow_up_on`` is the day after the promised date; the scheduler asks for promises
    due on or before today that no payment has answered since.
    """

    __tablename__ = "payment_promises"

    id: int | None = Field(default=None, primary_key=True)
    message_id: int = Field(foreign_key="messages.id", ondelete="CASCADE", unique=True)
    customer_id: str | None = Field(default=None, max_length=100, index=True)
    invoice_numbers: list[str] = Field(default_factory=list, sa_type=JSON)
    amount: Decimal | None = _money(nullable=True)
    currency: str | None = Field(default=None, max_length=3)
    promised_date: date | None = None
    follow_up_on: date | None = Field(default=None, index=True)
    status: str = Field(default=PromiseStatus.OPEN, max_length=20, index=True)
    created_at: datetime = _timestamp()
    updated_at: datetime = _timestamp()


class PortalUpload(SQLModel, table=True):
    """The ledger entry that keeps an invoice from being uploaded to a portal twice.

    ``status`` moves queued -> submitting -> submitted | failed | rejected under
    :mod:`portal_uploaders.ledger`, which owns every write to this table.
    """

    __tablename__ = "portal_uploads"
    __table_args__ = (UniqueConstraint("portal", "invoice_number"),)

    id: int | None = Field(default=None, primary_key=True)
    invoice_number: str = Field(max_length=100)
    portal: str = Field(max_length=50)
    status: str = Field(default="queued", max_length=30, index=True)
    portal_reference: str | None = Field(default=None, max_length=200)
    screenshots: list[str] = Field(default_factory=list, sa_type=JSON)
    attempts: int = 0
    error: str | None = Field(default=None, sa_type=Text)
    created_at: datetime = _timestamp()
    updated_at: datetime = _timestamp()
    # Ledger columns (migration 0003): the worker holding a submission and since when (a
    # crash leaves both behind), when a transient failure may be retried, how the invoice
    # went (browser, cxml) and what the portal says of it now (its mail updates this).
    customer_id: str | None = Field(default=None, max_length=100)
    channel: str | None = Field(default=None, max_length=20)
    error_code: str | None = Field(default=None, max_length=50)
    portal_status: str | None = Field(default=None, max_length=100)
    claimed_by: str | None = Field(default=None, max_length=200)
    claimed_at: datetime | None = _timestamp(nullable=True)
    next_attempt_at: datetime | None = _timestamp(nullable=True)
    submitted_at: datetime | None = _timestamp(nullable=True)


# --- audit, users, rules ------------------------------------------------------------------


class AuditEvent(SQLModel, table=True):
    """Who did what to money or a customer, when, with the state before and after."""

    __tablename__ = "audit_events"
    __table_args__ = (Index("ix_audit_events_entity", "entity", "entity_id"),)

    id: int | None = Field(default=None, primary_key=True)
    at: datetime = _timestamp()
    actor: str = Field(max_length=200)
    action: str = Field(max_length=100)
    entity: str = Field(max_length=100)
    entity_id: str = Field(max_length=200)
    before: dict[str, Any] | None = Field(default=None, sa_type=JSON)
    after: dict[str, Any] | None = Field(default=None, sa_type=JSON)


class UserBase(SQLModel):
    """A person who may sign in to the review app."""

    name: str = Field(max_length=200, unique=True)
    role: str = Field(default=UserRole.REVIEWER, max_length=20)


class User(UserBase, table=True):
    """A user row; only the password's hash is ever stored."""

    __tablename__ = "users"

    id: int | None = Field(default=None, primary_key=True)
    password_hash: str = Field(max_length=500)
    created_at: datetime = _timestamp()


class UserCreate(UserBase):
    """What ``inbox-agent user add`` and the admin page hand in."""

    password: str = Field(min_length=8, max_length=200)


class UserPublic(UserBase):
    """A user as pages show it: never the hash."""

    id: int


class RulesVersion(SQLModel, table=True):
    """One saved rules.yaml, so every change is kept with who made it."""

    __tablename__ = "rules_versions"

    id: int | None = Field(default=None, primary_key=True)
    at: datetime = _timestamp()
    author: str = Field(max_length=200)
    sha256: str = Field(max_length=SHA256_LEN, index=True)
    text: str = Field(sa_type=Text)
