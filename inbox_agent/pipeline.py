"""One pass of the agent over the mailbox: keep, record, sort, read, match, file.

The order is what makes intake safe. The original bytes go into the blob store first;
then the message is recorded under the backend's identity and committed; only after its
outcome is committed is the mail moved. A crash at any point leaves either a message still
in the inbox whose record says ``received`` (processed again, idempotently, next pass) or
a recorded outcome whose mail is not moved yet (moved next pass, not processed again).

Several workers may share one PostgreSQL database: each message is *claimed* by locking
its row (``FOR UPDATE SKIP LOCKED``) for the length of its processing transaction, so a
second worker skips it instead of processing it twice. On SQLite, one agent per
workspace (``inbox_agent.instance_lock``) gives the same guarantee.

A message the agent cannot or must not read in full (over ``mailbox.max_message_mb``,
malformed MIME, an attachment refused as a zip bomb or too damaged to open) is recorded
with the reason in ``Message.error`` and filed for a person; its original stays in the
blob store.
"""

from __future__ import annotations

import dataclasses
import logging
import traceback
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlmodel import Session, col, select

from inbox_agent.classify.rules_classifier import Classification, classify
from inbox_agent.config.rules import ExtractionTemplate, Rules
from inbox_agent.contract_json import remittance_from_json
from inbox_agent.documents.registry import extract_bytes, reader_for
from inbox_agent.errors import MailboxError
from inbox_agent.imports.ledger import outstanding
from inbox_agent.imports.mapping import customers_from_rules, merge_customers, policy_from_rules
from inbox_agent.mail.attachments import Attachment, container_kind
from inbox_agent.mail.base import Mailbox, MailRef
from inbox_agent.mail.parse import ParsedMessage, parse_message
from inbox_agent.replies.drafts import draft_for_message
from inbox_agent.store import repo
from inbox_agent.store.db import session_scope
from inbox_agent.store.models import BankReceipt, MatchProposal, Message, MessageStatus
from inbox_agent.workspace import Workspace
from matchers.customers import CustomerDirectory
from matchers.engine import match_remittance
from matchers.index import OpenItemIndex
from matchers.receipts import link_receipts
from matchers.types import BankReceipt as BankReceiptValue
from matchers.types import MatchStatus, Proposal, Remittance

log = logging.getLogger(__name__)

AGENT = "agent"
DUPLICATE = "duplicate of an earlier message with the same bytes; not processed again"
UNSURE = "no sorting rule matched and the fallback classifier is not confident"
MB = 1024 * 1024
SOURCE_MAX = 500
"""``remittances.source`` length; longer member paths are cut from the left."""


@dataclass(slots=True)
class PassReport:
    """What one pass did; printed by ``poll`` and ``demo``."""

    seen: int = 0
    new: int = 0
    already_done: int = 0
    duplicates: int = 0
    failed: int = 0
    needs_person: int = 0
    remittances: int = 0
    proposals: int = 0
    problems: list[str] = field(default_factory=list)
    claimed_elsewhere: int = 0
    """Messages another worker was processing at the same moment; left to it."""
    stopped_early: bool = False
    """A stop was requested; the pass ended after the message in hand."""


@dataclass(frozen=True, slots=True)
class _Outcome:
    status: MessageStatus
    category: str | None
    error: str | None = None


class _TakenElsewhere(Exception):
    """Another worker holds, or has finished, this message; ``outcome`` is its result."""

    def __init__(self, outcome: _Outcome | None) -> None:
        super().__init__("message taken by another worker")
        self.outcome = outcome


class MatchContext:
    """Open items and customers, indexed once per pass."""

    def __init__(self, workspace: Workspace, rules: Rules) -> None:
        """Load open items and customers from the store, plus payers from rules.yaml."""
        with session_scope(workspace.engine) as session:
            items = outstanding(session)  # closed items (open 0) never take cash
            stored = repo.list_customers(session)
            self.receipts = _unclaimed_receipts(session)
        self.index = OpenItemIndex(items)
        self.customers = CustomerDirectory(
            merge_customers(stored, customers_from_rules(rules.payers))
        )
        self.policy = policy_from_rules(rules.matching)


class Agent:
    """Processes every waiting message of one mailbox, exactly once each."""

    def __init__(self, *, mailbox: Mailbox, workspace: Workspace, rules: Rules) -> None:
        """Bind the mailbox, the workspace and the rules in force for this pass."""
        self.mailbox = mailbox
        self.workspace = workspace
        self.rules = rules

    def poll_once(self, *, should_stop: Callable[[], bool] | None = None) -> PassReport:
        """Take every message waiting in the inbox; problems are reported, never raised.

        Args:
            should_stop: Asked between messages; when it says yes the pass ends there, so
                a shutdown finishes the message in hand and never cuts one in half.
        """
        report = PassReport()
        context = MatchContext(self.workspace, self.rules)
        for ref in self.mailbox.list_new():
            if should_stop is not None and should_stop():
                report.stopped_early = True
                break
            report.seen += 1
            self._take(ref, context, report)
        return report

    def _take(self, ref: MailRef, context: MatchContext, report: PassReport) -> None:
        try:
            data = self.mailbox.fetch(ref)
        except MailboxError as exc:
            if self._known(ref):  # another worker filed it between our listing and fetch
                report.claimed_elsewhere += 1
                log.info("%s: already taken by another worker", ref.backend_key)
                return
            report.failed += 1
            report.problems.append(f"{ref.backend_key}: {exc}")
            log.error("%s: could not fetch, left in the inbox: %s", ref.backend_key, exc)
            return
        sha = self.workspace.blobs.put(data)  # the original is safe before anything else
        parsed = self._parse(ref, data)
        row_id, previous = self._record(ref, sha, len(data), parsed)
        if previous is not None:
            report.already_done += 1
            self._draft_reply(row_id, parsed)  # reply drafts: one a crash may have missed
            self._file(ref, previous)
            return
        try:
            outcome = self._process_safely(row_id, ref, data, parsed, context, report)
        except _TakenElsewhere as taken:
            if taken.outcome is None:
                report.claimed_elsewhere += 1
                log.info("%s: another worker is processing it; skipped", ref.backend_key)
                return
            report.already_done += 1
            outcome = taken.outcome
        self._draft_reply(row_id, parsed)  # reply drafts: after the commit, before the move
        if outcome.category == "portal_notification":
            self._apply_portal_mail(row_id, parsed)
        self._file(ref, outcome)

    def _apply_portal_mail(self, row_id: int, parsed: ParsedMessage) -> None:
        """Portal status mail (approved, rejected, paid) updates the upload ledger.

        Applying the same mail twice changes nothing, so a crash before the move is safe.
        """
        try:
            from portal_uploaders.notifications import apply_portal_mail

            apply_portal_mail(self.workspace.engine, parsed)
        except Exception:  # the ledger can be corrected later; filing the mail must go on
            log.exception("message row %s: portal notification not applied", row_id)

    # --- reply drafts (inbox_agent.replies) -----------------------------------------------
    def _draft_reply(self, row_id: int, parsed: ParsedMessage) -> None:
        """Draft the reply to a message whose outcome is committed, before it is moved.

        One draft per message, however often this runs (a crash before the move makes the
        next pass see the message again); a failure is logged and never fails the pass.
        """
        try:
            draft_for_message(
                workspace=self.workspace,
                mailbox=self.mailbox,
                rules=self.rules,
                message_row_id=row_id,
                parsed=parsed,
            )
        except Exception:  # a reply is a convenience; filing the mail must go on
            log.exception("message row %s: no reply draft; the mail is filed anyway", row_id)

    # --- end reply drafts -----------------------------------------------------------------

    def _parse(self, ref: MailRef, data: bytes) -> ParsedMessage:
        """Parse; even a parser bug becomes a problem on the message.

        A message that raised here would stop every pass before it is recorded, and so
        block the inbox for good.
        """
        try:
            return parse_message(data, max_bytes=self.rules.mailbox.max_message_mb * MB)
        except Exception as exc:
            log.exception("%s: the message could not be parsed", ref.backend_key)
            return ParsedMessage(
                message_id=None,
                subject="",
                sender="",
                sender_domain="",
                date=None,
                in_reply_to=None,
                headers={},
                body_text="",
                body_html=None,
                problems=(f"the message could not be parsed ({type(exc).__name__}: {exc})",),
            )

    def _known(self, ref: MailRef) -> bool:
        with session_scope(self.workspace.engine) as session:
            return repo.get_message(session, backend_key=ref.backend_key) is not None

    def _record(
        self, ref: MailRef, sha: str, size: int, parsed: ParsedMessage
    ) -> tuple[int, _Outcome | None]:
        """Record the message; return the earlier outcome if it was already processed."""
        with session_scope(self.workspace.engine) as session:
            row, _created = repo.record_message(
                session,
                backend_key=ref.backend_key,
                message_id=parsed.message_id[:998] if parsed.message_id else None,
                subject=parsed.subject[:998] or None,
                sender=parsed.sender[:500] or None,
                received_at=_plausible(parsed.date),
                sha256=sha,
                size=size,
            )
            assert row.id is not None
            if row.status == MessageStatus.RECEIVED.value:
                return row.id, None
            return row.id, _Outcome(MessageStatus(row.status), row.category)

    def _process_safely(
        self,
        row_id: int,
        ref: MailRef,
        data: bytes,
        parsed: ParsedMessage,
        context: MatchContext,
        report: PassReport,
    ) -> _Outcome:
        try:
            outcome = self._process(row_id, ref, data, parsed, context, report)
        except _TakenElsewhere:
            raise
        except Exception as exc:  # a bug on one message must not stop the pass
            log.exception("%s: processing failed; kept for a person", ref.backend_key)
            detail = "".join(traceback.format_exception(exc))[-4000:]
            with session_scope(self.workspace.engine) as session:
                repo.set_message_outcome(
                    session, message_row_id=row_id, status=MessageStatus.FAILED, error=detail
                )
            report.new += 1
            report.failed += 1
            report.problems.append(f"{ref.backend_key}: {type(exc).__name__}: {exc}")
            return _Outcome(MessageStatus.FAILED, None, str(exc))
        report.new += 1
        if outcome.status == MessageStatus.NEEDS_PERSON:
            report.needs_person += 1
            if outcome.error:
                report.problems.append(f"{ref.backend_key}: {outcome.error}")
        return outcome

    def _process(
        self,
        row_id: int,
        ref: MailRef,
        data: bytes,
        parsed: ParsedMessage,
        context: MatchContext,
        report: PassReport,
    ) -> _Outcome:
        with session_scope(self.workspace.engine) as session:
            _claim(session, row_id)
            self._keep_attachments(session, row_id, parsed)
            parent = repo.find_thread_parent(session, in_reply_to=parsed.in_reply_to)
            verdict = classify(parsed, self.rules.sorting)
            outcome = self._decide(session, row_id, ref, data, parsed, verdict, context, report)
            repo.set_message_outcome(
                session,
                message_row_id=row_id,
                status=outcome.status,
                category=verdict.category,
                confidence=verdict.confidence,
                rule=verdict.rule,
                error=outcome.error,
                thread_parent_id=parent.id if parent and parent.id != row_id else None,
            )
        return outcome

    def _keep_attachments(self, session: Session, row_id: int, parsed: ParsedMessage) -> None:
        for position, attachment in enumerate(parsed.attachments):
            sha = self.workspace.blobs.put(attachment.data)
            repo.record_attachment(
                session,
                message_row_id=row_id,
                position=position,
                filename=attachment.filename[:255],
                content_type=attachment.content_type,
                sha256=sha,
                size=len(attachment.data),
            )

    def _decide(
        self,
        session: Session,
        row_id: int,
        ref: MailRef,
        data: bytes,
        parsed: ParsedMessage,
        verdict: Classification,
        context: MatchContext,
        report: PassReport,
    ) -> _Outcome:
        if repo.find_same_content(session, sha256=_sha_of(session, row_id), exclude_row_id=row_id):
            report.duplicates += 1
            return _Outcome(
                MessageStatus.PROCESSED, verdict.category, "duplicate of an earlier message"
            )
        if parsed.problems:
            return _Outcome(
                MessageStatus.NEEDS_PERSON, verdict.category, "; ".join(parsed.problems)
            )
        if verdict.confidence < self.rules.sorting.min_confidence:
            return _Outcome(MessageStatus.NEEDS_PERSON, verdict.category, UNSURE)
        if verdict.category != "remittance":
            return _Outcome(MessageStatus.PROCESSED, verdict.category)
        return self._read_remittances(session, row_id, ref, data, parsed, context, report)

    def _read_remittances(
        self,
        session: Session,
        row_id: int,
        ref: MailRef,
        data: bytes,
        parsed: ParsedMessage,
        context: MatchContext,
        report: PassReport,
    ) -> _Outcome:
        templates = self.rules.extraction.templates
        objects = extract_bytes(data, ref.backend_key, filename="message.eml", templates=templates)
        objects.extend(_extract_members(ref, parsed.attachments, templates))
        problems = [_problem(o) for o in objects if not o["ok"] and _worth_reporting(o, objects)]
        readable = [_from_sender(remittance_from_json(o), parsed) for o in objects if o["ok"]]
        for remittance in readable:
            self._propose(session, row_id, remittance, context, report)
        if problems or not readable:
            return _Outcome(
                MessageStatus.NEEDS_PERSON,
                "remittance",
                "; ".join(problems) or "no remittance lines found",
            )
        return _Outcome(MessageStatus.PROCESSED, "remittance")

    def _propose(
        self,
        session: Session,
        row_id: int,
        remittance: Any,
        context: MatchContext,
        report: PassReport,
    ) -> None:
        stored, created = repo.save_remittance(session, remittance=remittance, message_id=row_id)
        report.remittances += int(created)
        assert stored.id is not None
        proposal = match_remittance(remittance, context.index, context.customers, context.policy)
        saved, new_proposal = repo.save_proposal(
            session, remittance_row_id=stored.id, proposal=proposal
        )
        if new_proposal:
            report.proposals += 1
            _link_receipt(session, saved, remittance, proposal, context)
            repo.record_audit(
                session,
                actor=AGENT,
                action="proposal.created",
                entity="match_proposal",
                entity_id=str(saved.id),
                before=None,
                after=proposal,
            )

    def _file(self, ref: MailRef, outcome: _Outcome) -> None:
        folders = self.rules.mailbox.folders
        if outcome.status == MessageStatus.FAILED:
            folder = folders.failed
        elif outcome.status == MessageStatus.NEEDS_PERSON:
            folder = folders.needs_person
        else:
            action = self.rules.sorting.categories.get(outcome.category or "other")  # type: ignore[call-overload]
            folder = action.folder if action else f"AR/{outcome.category or 'other'}"
        try:
            self.mailbox.move(ref, folder)
        except (MailboxError, OSError) as exc:
            log.error("%s: recorded but not moved (will retry next pass): %s", ref.backend_key, exc)


def _plausible(value: datetime | None) -> datetime | None:
    """A Date header the database can store; a forged year 1 or 9999 is dropped."""
    if value is None or not 1970 <= value.year <= 9000:
        return None
    return value


def _claim(session: Session, row_id: int) -> None:
    """Lock the message's row for this transaction, or learn another worker has it.

    ``SKIP LOCKED`` makes a second PostgreSQL worker get nothing back instead of waiting,
    and re-reading the status under the lock catches a worker that finished it between
    our record and our claim. SQLite ignores the lock clause; there the instance lock
    keeps workers apart.

    Raises:
        _TakenElsewhere: with None while another worker holds it, or with its outcome.
    """
    query = select(Message).where(Message.id == row_id).with_for_update(skip_locked=True)
    row = session.exec(query).first()
    if row is None:
        raise _TakenElsewhere(None)
    if row.status != MessageStatus.RECEIVED.value:
        raise _TakenElsewhere(_Outcome(MessageStatus(row.status), row.category, row.error))


def _extract_members(
    ref: MailRef,
    attachments: tuple[Attachment, ...],
    templates: Sequence[ExtractionTemplate] = (),
) -> list[dict[str, Any]]:
    """Read remittances from files that came out of a ZIP, an Outlook .msg or winmail.dat.

    Files inside a forwarded ``.eml`` are not read here: the document layer opens
    forwarded messages itself, so reading them again would report one advice twice.
    """
    by_path = {a.path: a for a in attachments}
    objects: list[dict[str, Any]] = []
    seen: set[str] = set()
    for member in attachments:
        parent = by_path.get(member.container) if member.container else None
        if parent is None or container_kind(parent) == "eml":
            continue
        kind = container_kind(member)
        if kind not in (None, "eml") or (
            kind is None and reader_for(member.filename, member.content_type) is None
        ):
            continue
        source = _member_source(ref, member.path, seen)
        objects.extend(
            extract_bytes(
                member.data,
                source,
                filename=member.filename,
                content_type=member.content_type,
                templates=templates,
            )
        )
    return objects


def _member_source(ref: MailRef, path: str, seen: set[str]) -> str:
    source = f"{ref.backend_key}#{path}"
    if source in seen:
        source = f"{source}~{len(seen)}"
    seen.add(source)
    return source[-SOURCE_MAX:]


def _worth_reporting(obj: dict[str, Any], objects: list[dict[str, Any]]) -> bool:
    """A part that holds no advice is news only when nothing else in the mail did."""
    if obj["error"]["code"] == "no_remittance":
        return not any(o["ok"] for o in objects)
    return True


def _sha_of(session: Session, row_id: int) -> str:
    message = session.get(Message, row_id)
    if message is None:
        raise LookupError(f"message row {row_id} vanished during processing")
    return message.sha256


def _problem(obj: dict[str, Any]) -> str:
    error = obj["error"]
    return f"{obj['source']}: {error['code']}: {error['message']}"


def _from_sender(remittance: Remittance, parsed: ParsedMessage) -> Remittance:
    """Give the matcher the sender's domain: payers.email_domains in rules.yaml name it."""
    if remittance.payer.email_domain or not parsed.sender_domain:
        return remittance
    payer = dataclasses.replace(remittance.payer, email_domain=parsed.sender_domain)
    return dataclasses.replace(remittance, payer=payer)


def _unclaimed_receipts(session: Session) -> list[tuple[int, BankReceiptValue]]:
    """Bank receipts no live proposal has claimed: the unapplied cash a remittance may explain."""
    claimed = select(MatchProposal.bank_receipt_id).where(
        col(MatchProposal.bank_receipt_id).is_not(None),
        col(MatchProposal.review_state) != "rejected",
    )
    rows = session.exec(select(BankReceipt).where(col(BankReceipt.id).not_in(claimed))).all()
    return [
        (
            row.id,
            BankReceiptValue(
                account="",
                value_date=row.value_date,
                amount=row.amount,
                currency=row.currency,
                reference=row.reference or "",
                payer_name=row.payer_name or "",
            ),
        )
        for row in rows
        if row.id is not None
    ]


def _link_receipt(
    session: Session,
    saved: MatchProposal,
    remittance: Remittance,
    proposal: Proposal,
    context: MatchContext,
) -> None:
    """Tie a new proposal to the bank receipt that brought its money, when one fits."""
    if not context.receipts:
        return
    values = [value for _, value in context.receipts]
    links = link_receipts([remittance], values, context.customers, context.policy, [proposal])
    if not links or links[0].status == MatchStatus.UNMATCHED:
        return
    row_id, _ = context.receipts.pop(links[0].receipt_index)  # one proposal per receipt
    saved.bank_receipt_id = row_id
    session.add(saved)
