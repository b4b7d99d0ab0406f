"""Database functions the pipeline, the CLI and the web app call, with the session passed in.

Keyword-only arguments, as in the FastAPI template's ``crud.py``: a swapped pair of ids is
a bug nobody sees in review. The caller owns the transaction (``db.session_scope``); these
functions flush, never commit, so one unit of work can span several of them.

Writes the pipeline repeats are idempotent: running the same message, remittance or
proposal through again returns the row that is already there, with ``created=False``.
The unique constraints decide, inside a SAVEPOINT, so two PostgreSQL workers racing for
the same key end with one row and no failed transaction.

Rows become :mod:`matchers.types` values here, on the way out; the matching core never
sees a database row.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterable, Mapping
from datetime import date, datetime
from decimal import Decimal
from enum import Enum
from typing import Any, TypeVar

from pydantic import BaseModel
from sqlalchemy import func
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, SQLModel, col, select

from inbox_agent.errors import StorageError
from inbox_agent.store.models import (
    Allocation,
    Attachment,
    AuditEvent,
    BankReceipt,
    Customer,
    CustomerAlias,
    Dispute,
    MatchProposal,
    Message,
    MessageStatus,
    OpenItem,
    PaymentPromise,
    PortalUpload,
    Remittance,
    RemittanceLine,
    ReplyDraft,
    ReplyStatus,
    RulesVersion,
    User,
    UserRole,
)
from inbox_agent.store.types import utcnow
from matchers import types as core

RowT = TypeVar("RowT", bound=SQLModel)


def _insert_once(
    session: Session,
    lookup: Callable[[], RowT | None],
    build: Callable[[], RowT],
    children: Callable[[RowT], Iterable[SQLModel]] | None = None,
) -> tuple[RowT, bool]:
    """Return the row ``lookup`` finds, or insert ``build()`` (and its children) once.

    The insert runs in a SAVEPOINT: if another worker inserted the same key in between,
    the unique constraint fires, only the savepoint is rolled back, and we return the
    winner's row. The caller's transaction stays usable either way.
    """
    existing = lookup()
    if existing is not None:
        return existing, False
    row = build()
    try:
        with session.begin_nested():
            session.add(row)
            session.flush()
            if children is not None:
                session.add_all(list(children(row)))
    except IntegrityError:
        existing = lookup()
        if existing is None:
            raise
        return existing, False
    return row, True


def _row_id(row: SQLModel) -> int:
    """The primary key of a flushed row (rows only leave this module flushed)."""
    value = getattr(row, "id", None)
    if not isinstance(value, int):
        msg = f"{type(row).__name__} has no id yet; flush the session first"
        raise StorageError(msg)
    return value


# --- messages -----------------------------------------------------------------------------


def get_message(session: Session, *, backend_key: str) -> Message | None:
    """The message with this backend identity, if we have seen it."""
    return session.exec(select(Message).where(Message.backend_key == backend_key)).first()


def find_thread_parent(session: Session, *, in_reply_to: str | None) -> Message | None:
    """The earlier message a reply or forward answers, by its Message-ID header."""
    if not in_reply_to:
        return None
    return session.exec(
        select(Message).where(Message.message_id == in_reply_to).order_by(col(Message.id))
    ).first()


def find_same_content(session: Session, *, sha256: str, exclude_row_id: int) -> Message | None:
    """An earlier message with byte-identical content (the same mail delivered twice)."""
    return session.exec(
        select(Message)
        .where(Message.sha256 == sha256, Message.id != exclude_row_id)
        .order_by(col(Message.id))
    ).first()


def record_message(
    session: Session,
    *,
    backend_key: str,
    message_id: str | None,
    subject: str | None,
    sender: str | None,
    received_at: datetime | None,
    sha256: str,
    size: int,
    backend: str | None = None,
) -> tuple[Message, bool]:
    """Record a message we have read (status ``received``) unless it is already recorded.

    Called after the original bytes are in the blob store and before the mail is moved,
    so a crash in between makes the next poll find the row and skip the message.

    Args:
        session: The caller's session; flushed, not committed.
        backend_key: The backend's stable identity for the message (``folder:<name>``,
            ``imap:<uidvalidity>:<uid>``); the idempotency key.
        message_id: The Message-ID header, kept for threading (not unique in the wild).
        subject: The decoded Subject header.
        sender: The From header.
        received_at: When the mailbox received it.
        sha256: The blob store key of the original bytes.
        size: Size of the original bytes.
        backend: The backend's name; defaults to the prefix of ``backend_key``.

    Returns:
        The row and whether this call created it.
    """
    return _insert_once(
        session,
        lambda: get_message(session, backend_key=backend_key),
        lambda: Message(
            backend=backend or backend_key.partition(":")[0],
            backend_key=backend_key,
            message_id=message_id,
            subject=subject,
            sender=sender,
            received_at=received_at,
            sha256=sha256,
            size=size,
        ),
    )


def set_message_outcome(
    session: Session,
    *,
    message_row_id: int,
    status: MessageStatus | str,
    category: str | None = None,
    confidence: float | None = None,
    rule: str | None = None,
    error: str | None = None,
    thread_parent_id: int | None = None,
) -> Message:
    """Record what the pipeline concluded about a message.

    ``category``, ``confidence``, ``rule`` and ``thread_parent_id`` are kept when not
    given, so a later stage can change the status without repeating the classifier's
    verdict. ``error`` is always replaced: a message that now succeeds loses its old error.

    Raises:
        StorageError: there is no such message, or the status is not one we know.
    """
    message = session.get(Message, message_row_id)
    if message is None:
        msg = f"no message with id {message_row_id}"
        raise StorageError(msg)
    try:
        message.status = MessageStatus(status).value
    except ValueError as exc:
        allowed = ", ".join(s.value for s in MessageStatus)
        msg = f"unknown message status {status!r}; expected one of {allowed}"
        raise StorageError(msg) from exc
    if category is not None:
        message.category = category
    if confidence is not None:
        message.confidence = confidence
    if rule is not None:
        message.rule = rule
    if thread_parent_id is not None:
        message.thread_parent_id = thread_parent_id
    message.error = error
    message.updated_at = utcnow()
    session.add(message)
    session.flush()
    return message


def record_attachment(
    session: Session,
    *,
    message_row_id: int,
    position: int,
    filename: str | None,
    content_type: str,
    sha256: str,
    size: int,
) -> tuple[Attachment, bool]:
    """Record the ``position``-th attachment of a message, once."""

    def lookup() -> Attachment | None:
        query = select(Attachment).where(
            Attachment.message_id == message_row_id, Attachment.position == position
        )
        return session.exec(query).first()

    return _insert_once(
        session,
        lookup,
        lambda: Attachment(
            message_id=message_row_id,
            position=position,
            filename=filename,
            content_type=content_type,
            sha256=sha256,
            size=size,
        ),
    )


def list_attachments(session: Session, *, message_row_id: int) -> list[Attachment]:
    """A message's attachments in the order they appear in the mail."""
    query = (
        select(Attachment)
        .where(Attachment.message_id == message_row_id)
        .order_by(col(Attachment.position))
    )
    return list(session.exec(query).all())


# --- customers and open items -------------------------------------------------------------


def upsert_customer(
    session: Session, *, customer: core.Customer, replace_aliases: bool = False
) -> tuple[Customer, bool]:
    """Create or update a customer from master data or rules.yaml.

    Aliases are added to the ones already known unless ``replace_aliases`` is set: names
    payers use arrive from several places (the ERP, rules.yaml, reviewers' corrections) and
    one source must not erase another's.

    Returns:
        The row and whether this call created it.
    """

    def lookup() -> Customer | None:
        query = select(Customer).where(Customer.customer_id == customer.customer_id)
        return session.exec(query).first()

    row, created = _insert_once(
        session, lookup, lambda: Customer(customer_id=customer.customer_id, name=customer.name)
    )
    if row.name != customer.name:
        row.name = customer.name
        session.add(row)
    row_id = _row_id(row)
    aliases = session.exec(
        select(CustomerAlias).where(CustomerAlias.customer_row_id == row_id)
    ).all()
    known = {alias.alias: alias for alias in aliases}
    wanted = dict.fromkeys(a.strip() for a in customer.aliases if a.strip())
    if replace_aliases:
        for name, alias in known.items():
            if name not in wanted:
                session.delete(alias)
    session.add_all(
        CustomerAlias(customer_row_id=row_id, alias=name) for name in wanted if name not in known
    )
    session.flush()
    return row, created


def list_customers(session: Session) -> list[core.Customer]:
    """Every customer with its aliases, as the matcher takes them."""
    aliases: dict[int, list[str]] = {}
    for alias in session.exec(select(CustomerAlias).order_by(col(CustomerAlias.alias))).all():
        aliases.setdefault(alias.customer_row_id, []).append(alias.alias)
    rows = session.exec(select(Customer).order_by(col(Customer.customer_id))).all()
    return [
        core.Customer(
            customer_id=row.customer_id,
            name=row.name,
            aliases=tuple(aliases.get(_row_id(row), ())),
        )
        for row in rows
    ]


def upsert_open_item(session: Session, *, item: core.OpenItem) -> tuple[OpenItem, bool]:
    """Create or refresh an open item from the ERP's list, keyed by customer and number.

    Returns:
        The row and whether this call created it.
    """

    def lookup() -> OpenItem | None:
        query = select(OpenItem).where(
            OpenItem.customer_id == item.customer_id,
            OpenItem.invoice_number == item.invoice_number,
        )
        return session.exec(query).first()

    row, created = _insert_once(session, lookup, lambda: OpenItem(**_open_item_fields(item)))
    if not created:
        for name, value in _open_item_fields(item).items():
            setattr(row, name, value)
        row.updated_at = utcnow()
        session.add(row)
        session.flush()
    return row, created


def _open_item_fields(item: core.OpenItem) -> dict[str, Any]:
    return {
        "customer_id": item.customer_id,
        "customer_name": item.customer_name,
        "invoice_number": item.invoice_number,
        "currency": item.currency,
        "amount": core.money(item.amount),
        "open_amount": core.money(item.open_amount),
        "invoice_date": item.invoice_date,
        "due_date": item.due_date,
        "po_number": item.po_number,
    }


def list_open_items(session: Session, *, customer_id: str | None = None) -> list[core.OpenItem]:
    """Open items as the matcher takes them, optionally for one customer only."""
    query = select(OpenItem).order_by(col(OpenItem.customer_id), col(OpenItem.invoice_number))
    if customer_id is not None:
        query = query.where(OpenItem.customer_id == customer_id)
    return [
        core.OpenItem(
            customer_id=row.customer_id,
            invoice_number=row.invoice_number,
            currency=row.currency,
            amount=row.amount,
            open_amount=row.open_amount,
            customer_name=row.customer_name,
            invoice_date=row.invoice_date,
            due_date=row.due_date,
            po_number=row.po_number,
        )
        for row in session.exec(query).all()
    ]


def record_bank_receipt(
    session: Session,
    *,
    account: str,
    value_date: date,
    amount: Decimal,
    currency: str,
    reference: str | None,
    payer_name: str | None,
    source_sha256: str,
    occurrence: int = 0,
) -> tuple[BankReceipt, bool]:
    """Record a credit from a bank statement once, however many statements repeat it.

    ``occurrence`` numbers identical entries (same day, amount, currency and reference)
    within one statement, so two genuine equal payments are not merged into one.
    """
    amount = core.money(amount)
    ref = reference or ""

    def lookup() -> BankReceipt | None:
        query = select(BankReceipt).where(
            BankReceipt.account == account,
            BankReceipt.value_date == value_date,
            BankReceipt.currency == currency,
            BankReceipt.amount == amount,
            BankReceipt.reference == ref,
            BankReceipt.occurrence == occurrence,
        )
        return session.exec(query).first()

    return _insert_once(
        session,
        lookup,
        lambda: BankReceipt(
            account=account,
            value_date=value_date,
            amount=amount,
            currency=currency,
            reference=ref,
            occurrence=occurrence,
            payer_name=payer_name,
            source_sha256=source_sha256,
        ),
    )


# --- remittances and proposals ------------------------------------------------------------


def get_remittance(session: Session, *, source: str) -> Remittance | None:
    """The stored remittance read from ``source``, if any."""
    return session.exec(select(Remittance).where(Remittance.source == source)).first()


def save_remittance(
    session: Session, *, remittance: core.Remittance, message_id: int | None
) -> tuple[Remittance, bool]:
    """Store an extracted remittance and its lines, once per ``source``.

    Args:
        session: The caller's session; flushed, not committed.
        remittance: What extraction read.
        message_id: The ``messages.id`` row it came from (None for a file import).

    Returns:
        The row and whether this call created it; an existing remittance is returned as it
        is, so re-running extraction never changes what a reviewer is looking at.
    """
    return _insert_once(
        session,
        lambda: get_remittance(session, source=remittance.source),
        lambda: Remittance(
            message_id=message_id,
            source=remittance.source,
            payer_name=remittance.payer.name,
            customer_id=remittance.payer.customer_id,
            payment_date=remittance.payment_date,
            payment_reference=remittance.payment_reference,
            currency=remittance.currency,
            total=None if remittance.total is None else core.money(remittance.total),
            method=remittance.method,
            warnings=list(remittance.warnings),
        ),
        lambda row: (
            _line_row(_row_id(row), position, line)
            for position, line in enumerate(remittance.lines)
        ),
    )


def _line_row(remittance_row_id: int, position: int, line: core.RemittanceLine) -> RemittanceLine:
    return RemittanceLine(
        remittance_id=remittance_row_id,
        position=position,
        invoice_ref=line.invoice_ref,
        reference_kind=line.reference_kind.value,
        paid_amount=core.money(line.paid_amount),
        invoice_date=line.invoice_date,
        gross_amount=None if line.gross_amount is None else core.money(line.gross_amount),
        discount=core.money(line.discount),
        deduction=core.money(line.deduction),
    )


def load_remittance(session: Session, *, remittance_row_id: int) -> core.Remittance:
    """A stored remittance as the matcher takes it (to match again after an import).

    Raises:
        StorageError: there is no such remittance.
    """
    row = session.get(Remittance, remittance_row_id)
    if row is None:
        msg = f"no remittance with id {remittance_row_id}"
        raise StorageError(msg)
    lines = session.exec(
        select(RemittanceLine)
        .where(RemittanceLine.remittance_id == remittance_row_id)
        .order_by(col(RemittanceLine.position))
    ).all()
    return core.Remittance(
        source=row.source,
        lines=tuple(
            core.RemittanceLine(
                invoice_ref=line.invoice_ref,
                paid_amount=line.paid_amount,
                invoice_date=line.invoice_date,
                gross_amount=line.gross_amount,
                discount=line.discount,
                deduction=line.deduction,
                reference_kind=core.ReferenceKind(line.reference_kind),
            )
            for line in lines
        ),
        payer=core.Payer(name=row.payer_name, customer_id=row.customer_id),
        payment_date=row.payment_date,
        payment_reference=row.payment_reference,
        currency=row.currency,
        total=row.total,
        method=row.method,
        warnings=tuple(row.warnings),
    )


def get_proposal(session: Session, *, remittance_row_id: int) -> MatchProposal | None:
    """The proposal for a remittance, if the matcher has made one."""
    query = select(MatchProposal).where(MatchProposal.remittance_id == remittance_row_id)
    return session.exec(query).first()


def save_proposal(
    session: Session, *, remittance_row_id: int, proposal: core.Proposal
) -> tuple[MatchProposal, bool]:
    """Store the matcher's proposal for a remittance, once.

    A second call returns the stored proposal untouched: it may already carry a
    reviewer's decision, which a re-run of the pipeline must never overwrite.

    Returns:
        The row and whether this call created it.
    """
    return _insert_once(
        session,
        lambda: get_proposal(session, remittance_row_id=remittance_row_id),
        lambda: MatchProposal(
            remittance_id=remittance_row_id,
            customer_id=proposal.customer_id,
            customer_confidence=proposal.customer_confidence,
            status=proposal.status.value,
            unallocated=core.money(proposal.unallocated),
            confidence=min((a.confidence for a in proposal.allocations), default=0.0),
            amount=core.money(
                sum((a.amount for a in proposal.allocations), core.ZERO) + proposal.unallocated
            ),
        ),
        lambda row: (
            Allocation(
                proposal_id=_row_id(row),
                position=position,
                invoice_number=allocation.invoice_number,
                customer_id=allocation.customer_id,
                amount=core.money(allocation.amount),
                confidence=allocation.confidence,
                status=allocation.status.value,
                reason=allocation.reason,
            )
            for position, allocation in enumerate(proposal.allocations)
        ),
    )


def load_proposal(session: Session, *, remittance_row_id: int) -> core.Proposal | None:
    """The stored proposal for a remittance as a matcher value, or None."""
    row = get_proposal(session, remittance_row_id=remittance_row_id)
    if row is None:
        return None
    remittance = session.get(Remittance, remittance_row_id)
    allocations = session.exec(
        select(Allocation)
        .where(Allocation.proposal_id == _row_id(row))
        .order_by(col(Allocation.position))
    ).all()
    return core.Proposal(
        source=remittance.source if remittance is not None else "",
        customer_id=row.customer_id,
        customer_confidence=row.customer_confidence,
        status=core.MatchStatus(row.status),
        allocations=tuple(
            core.Allocation(
                invoice_number=a.invoice_number,
                customer_id=a.customer_id,
                amount=a.amount,
                confidence=a.confidence,
                status=core.MatchStatus(a.status),
                reason=a.reason,
            )
            for a in allocations
        ),
        unallocated=row.unallocated,
    )


# --- replies, users, rules ----------------------------------------------------------------


def save_reply_draft(
    session: Session, *, message_id: int, category: str, subject: str, body: str
) -> tuple[ReplyDraft, bool]:
    """Store the reply drafted for a message, once per message.

    Returns:
        The row and whether this call created it; the mailbox draft is made by the
        caller, which then records ``backend_draft_id`` and ``status`` on the row.
    """
    return _insert_once(
        session,
        lambda: session.exec(select(ReplyDraft).where(ReplyDraft.message_id == message_id)).first(),
        lambda: ReplyDraft(message_id=message_id, category=category, subject=subject, body=body),
    )


def get_user(session: Session, *, name: str) -> User | None:
    """The user called ``name``, if any."""
    return session.exec(select(User).where(User.name == name)).first()


def add_user(session: Session, *, name: str, role: UserRole | str, password_hash: str) -> User:
    """Create a user; the caller hashes the password.

    Raises:
        StorageError: the role is unknown or the name is taken.
    """
    try:
        role_value = UserRole(role).value
    except ValueError as exc:
        msg = f"unknown role {role!r}; expected reviewer or admin"
        raise StorageError(msg) from exc
    user, created = _insert_once(
        session,
        lambda: get_user(session, name=name),
        lambda: User(name=name, role=role_value, password_hash=password_hash),
    )
    if not created:
        msg = f"user {name!r} already exists"
        raise StorageError(msg)
    return user


def record_rules_version(session: Session, *, author: str, sha256: str, text: str) -> RulesVersion:
    """Keep a saved rules.yaml with who saved it; the newest row is the rules in force."""
    row = RulesVersion(author=author, sha256=sha256, text=text)
    session.add(row)
    session.flush()
    return row


# --- audit --------------------------------------------------------------------------------


def record_audit(
    session: Session,
    *,
    actor: str,
    action: str,
    entity: str,
    entity_id: str | int,
    before: object = None,
    after: object = None,
) -> AuditEvent:
    """Write who did what to which entity, with its state before and after.

    ``before`` and ``after`` may be mappings, dataclasses (matchers values) or SQLModel
    rows; Decimals become strings so no cent is lost in JSON.
    """
    event = AuditEvent(
        actor=actor,
        action=action,
        entity=entity,
        entity_id=str(entity_id),
        before=_audit_state(before),
        after=_audit_state(after),
    )
    session.add(event)
    session.flush()
    return event


def _audit_state(state: object) -> dict[str, Any] | None:
    if state is None:
        return None
    value = _jsonable(state)
    if not isinstance(value, dict):
        msg = f"audit state must be a mapping, dataclass or row, not {type(state).__name__}"
        raise TypeError(msg)
    return value


def _jsonable(value: object) -> Any:
    """Convert a value to what the JSON column can hold, losing no precision."""
    if isinstance(value, Enum):
        return _jsonable(value.value)
    if value is None or isinstance(value, str | int | float | bool):
        return value
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, date | datetime):
        return value.isoformat()
    if isinstance(value, BaseModel):
        return _jsonable(value.model_dump())
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: _jsonable(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, Mapping):
        return {str(k): _jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple | set | frozenset):
        return [_jsonable(v) for v in value]
    msg = f"cannot store {type(value).__name__} in an audit event"
    raise TypeError(msg)


# --- counts for summaries -----------------------------------------------------------------


def count_messages(session: Session) -> int:
    """How many messages we have recorded."""
    return session.exec(select(func.count()).select_from(Message)).one()


def count_messages_by_category(session: Session) -> dict[str, int]:
    """Messages per category; messages not yet sorted count as ``unclassified``."""
    query = select(Message.category, func.count()).group_by(col(Message.category))
    return {(category or "unclassified"): n for category, n in session.exec(query).all()}


def count_messages_by_status(session: Session) -> dict[str, int]:
    """Messages per pipeline status (received, processed, failed, needs_person)."""
    query = select(Message.status, func.count()).group_by(col(Message.status))
    return dict(session.exec(query).all())


def count_remittance_lines(session: Session) -> int:
    """How many remittance lines extraction has read."""
    return session.exec(select(func.count()).select_from(RemittanceLine)).one()


def count_allocations_by_status(session: Session) -> dict[str, int]:
    """Proposed allocations per match status (auto, review)."""
    query = select(Allocation.status, func.count()).group_by(col(Allocation.status))
    return dict(session.exec(query).all())


def count_proposals_by_review_state(session: Session) -> dict[str, int]:
    """Proposals per review state, for the queue's header."""
    query = select(MatchProposal.review_state, func.count()).group_by(
        col(MatchProposal.review_state)
    )
    return dict(session.exec(query).all())


def count_drafts(session: Session) -> int:
    """How many reply drafts we have written."""
    return session.exec(select(func.count()).select_from(ReplyDraft)).one()


def count_uploads_by_status(session: Session) -> dict[str, int]:
    """Portal ledger entries per status."""
    query = select(PortalUpload.status, func.count()).group_by(col(PortalUpload.status))
    return dict(session.exec(query).all())


def cash_matched_by_currency(session: Session) -> dict[str, str]:
    """Sum of allocated cash per currency, as two-place strings (the demo's headline)."""
    rows = session.exec(
        select(Remittance.currency, func.sum(Allocation.amount))
        .join(MatchProposal, col(MatchProposal.remittance_id) == col(Remittance.id))
        .join(Allocation, col(Allocation.proposal_id) == col(MatchProposal.id))
        .group_by(col(Remittance.currency))
    ).all()
    return {
        (currency or "unknown"): f"{core.money(Decimal(str(total or 0))):.2f}"
        for currency, total in rows
    }


def summary(session: Session) -> dict[str, Any]:
    """The store's part of the demo summary (CONTRACT.md), ``uploads`` excepted.

    Upload counts describe one run (``skipped_duplicate`` is not a ledger state), so the
    caller adds them from its run's results.
    """
    by_status = count_allocations_by_status(session)
    auto = by_status.get(core.MatchStatus.AUTO.value, 0)
    review = by_status.get(core.MatchStatus.REVIEW.value, 0)
    return {
        "messages": count_messages(session),
        "by_category": count_messages_by_category(session),
        "remittance_lines": count_remittance_lines(session),
        "matched_lines": auto + review,
        "auto": auto,
        "review": review,
        "drafts": count_drafts(session),
        "cash_matched": cash_matched_by_currency(session),
    }


# --- reply drafts, disputes, promises (migration 0004) -------------------------------------


def get_reply_draft(
    session: Session, *, message_row_id: int | None = None, bank_receipt_id: int | None = None
) -> ReplyDraft | None:
    """The draft answering a message, or asking the payer of a bank receipt, if any."""
    if message_row_id is not None:
        query = select(ReplyDraft).where(ReplyDraft.message_id == message_row_id)
    elif bank_receipt_id is not None:
        query = select(ReplyDraft).where(ReplyDraft.bank_receipt_id == bank_receipt_id)
    else:
        msg = "name the message or the bank receipt the draft belongs to"
        raise StorageError(msg)
    return session.exec(query).first()


def record_reply_draft(
    session: Session,
    *,
    message_row_id: int | None,
    bank_receipt_id: int | None = None,
    category: str,
    subject: str,
    body: str,
    customer_id: str | None,
    language: str,
    message_id_header: str,
    from_address: str | None,
    to_address: str,
    attachments: list[dict[str, Any]],
    raw_sha256: str,
) -> tuple[ReplyDraft, bool]:
    """Record a composed draft (status ``composed``) before the mailbox is asked to save it.

    One per message (or per bank receipt): the unique constraint decides when two workers
    race, and the loser gets the winner's row with ``created=False``.

    Returns:
        The row and whether this call created it.
    """
    return _insert_once(
        session,
        lambda: get_reply_draft(
            session, message_row_id=message_row_id, bank_receipt_id=bank_receipt_id
        ),
        lambda: ReplyDraft(
            message_id=message_row_id,
            bank_receipt_id=bank_receipt_id,
            category=category,
            subject=subject,
            body=body,
            status=ReplyStatus.COMPOSED.value,
            customer_id=customer_id,
            language=language,
            message_id_header=message_id_header[:998],
            from_address=from_address[:500] if from_address else None,
            to_address=to_address,
            attachments=attachments,
            raw_sha256=raw_sha256,
        ),
    )


def mark_reply_draft_saved(session: Session, *, draft_id: int, backend_draft_id: str) -> ReplyDraft:
    """Record the mailbox's id for a draft it now holds; a later status is kept.

    Raises:
        StorageError: there is no such draft.
    """
    draft = _draft(session, draft_id)
    draft.backend_draft_id = backend_draft_id[:500]
    if draft.status == ReplyStatus.COMPOSED.value:
        draft.status = ReplyStatus.SAVED.value
    draft.error = None
    draft.updated_at = utcnow()
    session.add(draft)
    session.flush()
    return draft


def mark_reply_draft_failed(session: Session, *, draft_id: int, error: str) -> ReplyDraft:
    """Keep why the mailbox refused a draft; it stays ``composed`` and is tried again.

    Raises:
        StorageError: there is no such draft.
    """
    draft = _draft(session, draft_id)
    draft.error = error[-4000:]
    draft.updated_at = utcnow()
    session.add(draft)
    session.flush()
    return draft


def _draft(session: Session, draft_id: int) -> ReplyDraft:
    draft = session.get(ReplyDraft, draft_id)
    if draft is None:
        msg = f"no reply draft with id {draft_id}"
        raise StorageError(msg)
    return draft


def list_reply_drafts(
    session: Session, *, status: str | None = None, limit: int = 200
) -> list[ReplyDraft]:
    """Drafts newest first, optionally of one status, for the review page."""
    query = select(ReplyDraft).order_by(col(ReplyDraft.id).desc()).limit(limit)
    if status:
        query = query.where(ReplyDraft.status == status)
    return list(session.exec(query).all())


def get_dispute(session: Session, *, message_row_id: int) -> Dispute | None:
    """The dispute logged from a message, if any."""
    return session.exec(select(Dispute).where(Dispute.message_id == message_row_id)).first()


def record_dispute(
    session: Session,
    *,
    message_row_id: int,
    customer_id: str | None,
    invoice_numbers: list[str],
    kind: str,
    reason: str,
) -> tuple[Dispute, bool]:
    """Log a customer's query once per message; a re-run returns the logged one."""
    return _insert_once(
        session,
        lambda: get_dispute(session, message_row_id=message_row_id),
        lambda: Dispute(
            message_id=message_row_id,
            customer_id=customer_id,
            invoice_numbers=invoice_numbers,
            kind=kind[:30],
            reason=reason,
        ),
    )


def list_disputes(
    session: Session, *, status: str | None = None, limit: int = 200
) -> list[Dispute]:
    """Disputes newest first, optionally of one status."""
    query = select(Dispute).order_by(col(Dispute.id).desc()).limit(limit)
    if status:
        query = query.where(Dispute.status == status)
    return list(session.exec(query).all())


def get_payment_promise(session: Session, *, message_row_id: int) -> PaymentPromise | None:
    """The payment promise read from a message, if any."""
    query = select(PaymentPromise).where(PaymentPromise.message_id == message_row_id)
    return session.exec(query).first()


def record_payment_promise(
    session: Session,
    *,
    message_row_id: int,
    customer_id: str | None,
    invoice_numbers: list[str],
    amount: Decimal | None,
    currency: str | None,
    promised_date: date | None,
    follow_up_on: date | None,
) -> tuple[PaymentPromise, bool]:
    """Note a customer's promise to pay once per message; a re-run returns the noted one."""
    return _insert_once(
        session,
        lambda: get_payment_promise(session, message_row_id=message_row_id),
        lambda: PaymentPromise(
            message_id=message_row_id,
            customer_id=customer_id,
            invoice_numbers=invoice_numbers,
            amount=None if amount is None else core.money(amount),
            currency=currency,
            promised_date=promised_date,
            follow_up_on=follow_up_on,
        ),
    )


def list_payment_promises(
    session: Session, *, status: str | None = None, limit: int = 200
) -> list[PaymentPromise]:
    """Promises by follow-up day (soonest first), optionally of one status."""
    query = (
        select(PaymentPromise)
        .order_by(col(PaymentPromise.follow_up_on), col(PaymentPromise.id))
        .limit(limit)
    )
    if status:
        query = query.where(PaymentPromise.status == status)
    return list(session.exec(query).all())
