"""Draft the reply to a message, save it in the mailbox's Drafts folder, exactly once.

The order is what makes it safe to repeat. The draft is composed, its bytes put in the
blob store, and its row recorded as ``composed`` (with any dispute or promise record) in
one transaction; only then is the mailbox asked to save it, and the row becomes ``saved``
with the mailbox's id. A crash before the commit leaves nothing (the next try composes
again); a crash after it leaves a ``composed`` row whose stored bytes are saved again,
under the same Message-ID, which the backends keep once. A ``saved`` row is never touched
again, so the same message processed twice makes one draft.

Nothing here sends mail. A draft waits for a person: a reviewer approves it in the review
app and a collector sends it from the mailbox.

Which messages get no reply: anything not fully processed (a person must look first), a
duplicate of an earlier message, auto-replies, portal notifications and ``other`` mail,
mail marked automatic (``Auto-Submitted``, ``Precedence: bulk``, mailing lists, RFC 3834),
and mail with nobody to answer (no sender, a no-reply address, our own address).
"""

from __future__ import annotations

import hashlib
import logging
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any

from sqlmodel import Session, col, select

from inbox_agent.config.rules import ReplyTemplate, ReplyText, Rules
from inbox_agent.mail.base import Mailbox
from inbox_agent.mail.parse import ParsedMessage, parse_message
from inbox_agent.replies.compose import Composed, compose_new, compose_reply, render_reply
from inbox_agent.replies.context import (
    Party,
    guess_language,
    message_text,
    money_text,
    payer_for_domain,
)
from inbox_agent.replies.plans import PLANNERS, Inputs, NoReply, Plan
from inbox_agent.store import repo
from inbox_agent.store.db import session_scope
from inbox_agent.store.models import (
    BankReceipt,
    Message,
    MessageStatus,
    ReplyDraft,
    ReplyStatus,
)
from inbox_agent.workspace import Workspace

log = logging.getLogger(__name__)

AGENT = "agent"
NO_REPLY_CATEGORIES = frozenset({"auto_reply", "portal_notification", "other"})
REMITTANCE_REQUEST = "remittance_request"
CATCH_UP_DAYS = 30
CATCH_UP_LIMIT = 200

FALLBACK: dict[str, tuple[str, str]] = {
    "remittance": ("Thank you for your payment", "Thank you for your payment."),
    "invoice_request": (
        "Invoice copies",
        "Thank you for your message. We will send the invoice copies you asked for.",
    ),
    "statement_request": (
        "Statement of account",
        "Thank you for your message. We will send your statement of account.",
    ),
    "dispute": (
        "Your query",
        "Thank you for letting us know. We have logged your query and will come back to you.",
    ),
    "payment_promise": (
        "Payment confirmation noted",
        "Thank you for confirming the payment. We have noted it on your account.",
    ),
    REMITTANCE_REQUEST: (
        "Remittance details for your payment",
        "We have received a payment from you without remittance details. Could you send "
        "us the invoice numbers and amounts it pays?",
    ),
}
"""The plain reply used when an admin's template fails (a typo, a missing variable)."""


@dataclass(frozen=True, slots=True)
class DraftResult:
    """What happened to one message's reply.

    ``saved`` (in the mailbox), ``composed`` (saving failed; tried again later), ``exists``
    (drafted before), ``deferred`` (waits for a reviewer) or ``skipped`` (no reply due).
    """

    status: str
    draft_id: int | None = None
    reason: str = ""


@dataclass(frozen=True, slots=True)
class _Pending:
    draft_id: int
    raw_sha256: str


# ---------------------------------------------------------------- one message


def draft_for_message(
    *,
    workspace: Workspace,
    mailbox: Mailbox,
    rules: Rules,
    message_row_id: int,
    parsed: ParsedMessage,
    today: date | None = None,
    language_hint: str | None = None,
) -> DraftResult:
    """Draft (once) the reply a collector would send to a processed message.

    Args:
        workspace: The store and blob store.
        mailbox: Where the draft is saved (its Drafts folder).
        rules: Templates, our address, the invoice archive.
        message_row_id: The ``messages`` row, whose outcome is already committed.
        parsed: The parsed original (headers for threading, text for what it asks).
        today: The statement date and the reference for "today"; defaults to today (UTC).
        language_hint: The classifier's language guess, when it makes one.

    Raises:
        StorageError: the database or the blob store failed; the caller logs it, and the
            draft is tried again when the message is.
    """
    today = today or datetime.now(UTC).date()
    with session_scope(workspace.engine) as session:
        pending_or_result = _prepare(
            session, workspace, rules, message_row_id, parsed, today, language_hint
        )
    if isinstance(pending_or_result, DraftResult):
        return pending_or_result
    return _save(workspace, mailbox, pending_or_result)


def _prepare(
    session: Session,
    workspace: Workspace,
    rules: Rules,
    message_row_id: int,
    parsed: ParsedMessage,
    today: date,
    language_hint: str | None,
) -> _Pending | DraftResult:
    existing = repo.get_reply_draft(session, message_row_id=message_row_id)
    if existing is not None:
        return _resume(existing)
    message = session.get(Message, message_row_id)
    if message is None:
        return DraftResult("skipped", reason=f"no message row {message_row_id}")
    why_not = no_reply_reason(message, parsed)
    if why_not:
        return DraftResult("skipped", reason=why_not)
    category = message.category or "other"
    template: ReplyTemplate | None = rules.replies.templates.get(category)  # type: ignore[call-overload]
    language = _language(template, guess_language(message_text(parsed), language_hint))
    inputs = Inputs(session, rules, message, parsed, today, language)
    plan = PLANNERS[category](inputs)  # records a dispute or promise even with no template
    if isinstance(plan, NoReply):
        return DraftResult("deferred" if plan.deferred else "skipped", reason=plan.reason)
    if template is None:
        return DraftResult("skipped", reason=f"rules.yaml has no reply template for {category}")
    composed = _compose(rules, template, plan, category, language, message, parsed)
    if composed is None:
        return DraftResult("skipped", reason="nobody to reply to (no usable sender address)")
    return _record(session, workspace, composed, plan, category, message_row_id, language)


def _resume(existing: ReplyDraft) -> _Pending | DraftResult:
    """A drafted message: saved already (done), or composed and to be saved again."""
    assert existing.id is not None
    if existing.status != ReplyStatus.COMPOSED.value or not existing.raw_sha256:
        return DraftResult("exists", existing.id)
    return _Pending(existing.id, existing.raw_sha256)


def no_reply_reason(message: Message, parsed: ParsedMessage) -> str:
    """Why a message gets no reply, or "" when it should get one."""
    if message.status != MessageStatus.PROCESSED.value:
        return f"the message is {message.status}; a person decides what to answer"
    if message.error and message.error.startswith("duplicate"):
        return "a duplicate of an earlier message, which has its own reply"
    category = message.category or "other"
    if category in NO_REPLY_CATEGORIES or category not in PLANNERS:
        return f"{category} mail gets no reply"
    headers = {k.lower(): v.lower() for k, v in parsed.headers.items()}
    if headers.get("auto-submitted", "no").strip() not in ("", "no"):
        return "the message was sent automatically (Auto-Submitted)"
    if headers.get("precedence", "").strip() in ("bulk", "junk", "list", "auto_reply"):
        return "the message was sent in bulk (Precedence)"
    if "list-id" in headers or "list-unsubscribe" in headers:
        return "the message came from a mailing list"
    return ""


def _language(template: ReplyTemplate | None, guessed: str) -> str:
    """The customer's language when the template has a version in it, else English."""
    if template is not None and any(code == guessed for code in template.languages):
        return guessed
    return "en"


def _pick(template: ReplyTemplate, language: str) -> ReplyText | ReplyTemplate:
    for code, variant in template.languages.items():
        if code == language:
            return variant
    return template


def _compose(
    rules: Rules,
    template: ReplyTemplate,
    plan: Plan,
    category: str,
    language: str,
    message: Message,
    parsed: ParsedMessage,
) -> Composed | None:
    chosen = _pick(template, language)
    variables = dict(plan.variables)
    variables["signature"] = _signature(rules, language)
    rendered = render_reply(
        chosen.subject,
        chosen.body,
        variables,
        fallback=_fallback(category, plan.party.name, variables["signature"]),
        what=f"{category}/{language}",
    )
    return compose_reply(
        original_headers=parsed.headers,
        original_sha256=message.sha256,
        from_address=rules.replies.from_address,
        subject=rendered.subject,
        body=rendered.body,
        attachments=plan.attachments,
        category=category,
    )


def _signature(rules: Rules, language: str) -> str:
    for code, text in rules.replies.signatures.items():
        if code == language:
            return text
    return rules.replies.signature


def _fallback(category: str, name: object, signature: object) -> tuple[str, str]:
    subject, text = FALLBACK.get(category, ("Your message", "Thank you for your message."))
    return subject, f"Dear {name},\n\n{text}\n\n{signature}\n"


def _record(
    session: Session,
    workspace: Workspace,
    composed: Composed,
    plan: Plan,
    category: str,
    message_row_id: int | None,
    language: str,
    *,
    bank_receipt_id: int | None = None,
) -> _Pending | DraftResult:
    raw_sha = workspace.blobs.put(composed.raw)
    files = [
        {
            "filename": a.filename,
            "content_type": a.content_type,
            "size": len(a.data),
            "sha256": workspace.blobs.put(a.data),
        }
        for a in composed.attachments
    ]
    draft, created = repo.record_reply_draft(
        session,
        message_row_id=message_row_id,
        bank_receipt_id=bank_receipt_id,
        category=category,
        subject=composed.subject,
        body=composed.body,
        customer_id=plan.party.customer_id,
        language=language,
        message_id_header=composed.message_id,
        from_address=composed.from_address,
        to_address=composed.to_address,
        attachments=files,
        raw_sha256=raw_sha,
    )
    if not created:  # another worker drafted it a moment ago
        return _resume(draft)
    assert draft.id is not None
    repo.record_audit(
        session,
        actor=AGENT,
        action="draft.created",
        entity="reply_draft",
        entity_id=draft.id,
        after=_audit_view(draft),
    )
    return _Pending(draft.id, raw_sha)


def _audit_view(draft: ReplyDraft) -> dict[str, Any]:
    return {
        "message_id": draft.message_id,
        "bank_receipt_id": draft.bank_receipt_id,
        "category": draft.category,
        "status": draft.status,
        "to": draft.to_address,
        "subject": draft.subject,
        "language": draft.language,
        "attachments": [a["filename"] for a in draft.attachments],
        "message_id_header": draft.message_id_header,
    }


def _save(workspace: Workspace, mailbox: Mailbox, pending: _Pending) -> DraftResult:
    """Hand the stored bytes to the mailbox, holding the draft's row while it does.

    The row lock (``FOR UPDATE SKIP LOCKED``) is what keeps two PostgreSQL workers that
    both see a ``composed`` draft from saving it twice: the second skips it. A refusal
    leaves the draft ``composed``, with the error, for the next try.
    """
    raw = workspace.blobs.get(pending.raw_sha256)
    with session_scope(workspace.engine) as session:
        draft = session.exec(
            select(ReplyDraft)
            .where(ReplyDraft.id == pending.draft_id)
            .with_for_update(skip_locked=True)
        ).first()
        if draft is None or draft.status != ReplyStatus.COMPOSED.value:
            return DraftResult("exists", pending.draft_id, "saved by another worker")
        try:
            backend_id = mailbox.save_draft(raw)
        except Exception as exc:  # any backend failure: the draft is kept and tried again
            log.warning("draft %s not saved to the mailbox (tried again later): %s", pending, exc)
            repo.mark_reply_draft_failed(
                session, draft_id=pending.draft_id, error=f"{type(exc).__name__}: {exc}"
            )
            return DraftResult("composed", pending.draft_id, str(exc))
        repo.mark_reply_draft_saved(session, draft_id=pending.draft_id, backend_draft_id=backend_id)
        repo.record_audit(
            session,
            actor=AGENT,
            action="draft.saved",
            entity="reply_draft",
            entity_id=pending.draft_id,
            after={"backend_draft_id": backend_id},
        )
    return DraftResult("saved", pending.draft_id)


# ---------------------------------------------------------------- later passes


def catch_up(
    *, workspace: Workspace, mailbox: Mailbox, rules: Rules, today: date | None = None
) -> list[DraftResult]:
    """Finish what a pass could not, for the scheduler to call after each poll.

    Saves ``composed`` drafts the mailbox refused, and drafts the acknowledgements of
    remittances a reviewer has decided since.

    Looks back CATCH_UP_DAYS, at most
    CATCH_UP_LIMIT messages, so a message that never gets a reply costs little.
    """
    results: list[DraftResult] = []
    with session_scope(workspace.engine) as session:
        unsaved = session.exec(
            select(ReplyDraft)
            .where(
                ReplyDraft.status == ReplyStatus.COMPOSED.value,
                col(ReplyDraft.raw_sha256).is_not(None),
            )
            .limit(CATCH_UP_LIMIT)
        ).all()
        pending = [_Pending(d.id, d.raw_sha256) for d in unsaved if d.id and d.raw_sha256]
        candidates = _undrafted_remittances(session)
    results.extend(_save(workspace, mailbox, p) for p in pending)
    for row_id, sha in candidates:
        parsed = parse_message(workspace.blobs.get(sha))
        results.append(
            draft_for_message(
                workspace=workspace,
                mailbox=mailbox,
                rules=rules,
                message_row_id=row_id,
                parsed=parsed,
                today=today,
            )
        )
    return results


def _undrafted_remittances(session: Session) -> list[tuple[int, str]]:
    since = datetime.now(UTC) - timedelta(days=CATCH_UP_DAYS)
    drafted = select(ReplyDraft.message_id).where(col(ReplyDraft.message_id).is_not(None))
    rows = session.exec(
        select(Message.id, Message.sha256)
        .where(
            Message.category == "remittance",
            Message.status == MessageStatus.PROCESSED.value,
            col(Message.created_at) >= since,
            col(Message.id).not_in(drafted),
        )
        .order_by(col(Message.id))
        .limit(CATCH_UP_LIMIT)
    ).all()
    return [(row_id, sha) for row_id, sha in rows if row_id is not None]


# ---------------------------------------------------------------- unexplained receipts


def draft_remittance_request(
    *,
    workspace: Workspace,
    mailbox: Mailbox,
    rules: Rules,
    bank_receipt_id: int,
    to_address: str,
    customer_name: str | None = None,
) -> DraftResult:
    """Ask the payer of a receipt no remittance explains for the remittance details.

    A new message (not a reply) to ``to_address``, once per receipt.

    Raises:
        ValueError: ``to_address`` is not an e-mail address.
    """
    if "@" not in to_address or any(c.isspace() for c in to_address.strip()):
        raise ValueError(f"not an e-mail address: {to_address!r}")
    with session_scope(workspace.engine) as session:
        existing = repo.get_reply_draft(session, bank_receipt_id=bank_receipt_id)
        if existing is not None:
            outcome: _Pending | DraftResult = _resume(existing)
        else:
            outcome = _request_draft(
                session, workspace, rules, bank_receipt_id, to_address.strip(), customer_name
            )
    if isinstance(outcome, DraftResult):
        return outcome
    return _save(workspace, mailbox, outcome)


def _request_draft(
    session: Session,
    workspace: Workspace,
    rules: Rules,
    bank_receipt_id: int,
    to_address: str,
    customer_name: str | None,
) -> _Pending | DraftResult:
    receipt = session.get(BankReceipt, bank_receipt_id)
    if receipt is None:
        return DraftResult("skipped", reason=f"no bank receipt {bank_receipt_id}")
    payer = payer_for_domain(rules, to_address.rpartition("@")[2])
    name = customer_name or (payer.name if payer else None) or receipt.payer_name or "Sir or Madam"
    variables: dict[str, object] = {
        "customer_name": name,
        "amount": money_text(receipt.amount, receipt.currency),
        "value_date": receipt.value_date.isoformat(),
        "reference": receipt.reference,
        "signature": rules.replies.signature,
        "invoice_numbers": [],
    }
    template = rules.replies.remittance_request
    rendered = render_reply(
        template.subject if template else None,
        template.body if template else None,
        variables,
        fallback=_fallback(REMITTANCE_REQUEST, name, rules.replies.signature),
        what=REMITTANCE_REQUEST,
    )
    seed = hashlib.sha256(
        f"receipt:{receipt.id}:{receipt.source_sha256}:{receipt.occurrence}".encode()
    ).hexdigest()
    composed = compose_new(
        seed_sha256=seed,
        kind="remittance-request",
        from_address=rules.replies.from_address,
        to=[to_address],
        subject=rendered.subject,
        body=rendered.body,
        category=REMITTANCE_REQUEST,
    )

    plan = Plan(Party(payer.customer_id if payer else None, name), variables)
    return _record(
        session,
        workspace,
        composed,
        plan,
        REMITTANCE_REQUEST,
        None,
        "en",
        bank_receipt_id=bank_receipt_id,
    )


# ---------------------------------------------------------------- sending policy


def may_send(rules: Rules, *, category: str, customer_id: str | None) -> bool:
    """Whether rules.yaml would let an approved draft of this kind go without a collector.

    Both must agree: the category is in ``replies.send_categories`` and the customer's
    payer entry says ``allow_send: true``. The agent does not send yet; the review page
    shows this so a reviewer knows what approval would mean once it does.
    """
    if category not in rules.replies.send_categories:
        return False
    return any(p.customer_id == customer_id and p.allow_send for p in rules.payers)
