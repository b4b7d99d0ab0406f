"""One pass of the agent over the mailbox: keep, record, sort, read, match, file.

The order is what makes intake safe. The original bytes go into the blob store first;
then the message is recorded under the backend's identity and committed; only after its
outcome is committed is the mail moved. A crash at any point leaves either a message still
in the inbox whose record says ``received`` (processed again, idempotently, next pass) or
a recorded outcome whose mail is not moved yet (moved next pass, not processed again).
"""

from __future__ import annotations

import logging
import traceback
from dataclasses import dataclass, field
from typing import Any

from sqlmodel import Session

from inbox_agent.classify.rules_classifier import Classification, classify
from inbox_agent.config.rules import Rules
from inbox_agent.contract_json import remittance_from_json
from inbox_agent.documents.registry import extract_bytes
from inbox_agent.errors import MailboxError
from inbox_agent.imports.mapping import customers_from_rules, merge_customers, policy_from_rules
from inbox_agent.mail.base import Mailbox, MailRef
from inbox_agent.mail.parse import ParsedMessage, parse_message
from inbox_agent.store import repo
from inbox_agent.store.db import session_scope
from inbox_agent.store.models import Message, MessageStatus
from inbox_agent.workspace import Workspace
from matchers.customers import CustomerDirectory
from matchers.engine import match_remittance
from matchers.index import OpenItemIndex

log = logging.getLogger(__name__)

AGENT = "agent"
DUPLICATE = "duplicate of an earlier message with the same bytes; not processed again"
UNSURE = "no sorting rule matched and the fallback classifier is not confident"


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


@dataclass(frozen=True, slots=True)
class _Outcome:
    status: MessageStatus
    category: str | None
    error: str | None = None


class MatchContext:
    """Open items and customers, indexed once per pass."""

    def __init__(self, workspace: Workspace, rules: Rules) -> None:
        """Load open items and customers from the store, plus payers from rules.yaml."""
        with session_scope(workspace.engine) as session:
            items = repo.list_open_items(session)
            stored = repo.list_customers(session)
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

    def poll_once(self) -> PassReport:
        """Take every message waiting in the inbox; problems are reported, never raised."""
        report = PassReport()
        context = MatchContext(self.workspace, self.rules)
        for ref in self.mailbox.list_new():
            report.seen += 1
            self._take(ref, context, report)
        return report

    def _take(self, ref: MailRef, context: MatchContext, report: PassReport) -> None:
        try:
            data = self.mailbox.fetch(ref)
        except MailboxError as exc:
            report.failed += 1
            report.problems.append(f"{ref.backend_key}: {exc}")
            log.error("%s: could not fetch, left in the inbox: %s", ref.backend_key, exc)
            return
        sha = self.workspace.blobs.put(data)  # the original is safe before anything else
        parsed = parse_message(data)
        row_id, previous = self._record(ref, sha, len(data), parsed)
        if previous is not None:
            report.already_done += 1
            self._file(ref, previous)
            return
        report.new += 1
        outcome = self._process_safely(row_id, ref, data, parsed, context, report)
        self._file(ref, outcome)

    def _record(
        self, ref: MailRef, sha: str, size: int, parsed: ParsedMessage
    ) -> tuple[int, _Outcome | None]:
        """Record the message; return the earlier outcome if it was already processed."""
        with session_scope(self.workspace.engine) as session:
            row, _created = repo.record_message(
                session,
                backend_key=ref.backend_key,
                message_id=parsed.message_id,
                subject=parsed.subject[:998] or None,
                sender=parsed.sender or None,
                received_at=parsed.date,
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
        except Exception as exc:  # a bug on one message must not stop the pass
            log.exception("%s: processing failed; kept for a person", ref.backend_key)
            detail = "".join(traceback.format_exception(exc))[-4000:]
            with session_scope(self.workspace.engine) as session:
                repo.set_message_outcome(
                    session, message_row_id=row_id, status=MessageStatus.FAILED, error=detail
                )
            report.failed += 1
            report.problems.append(f"{ref.backend_key}: {type(exc).__name__}: {exc}")
            return _Outcome(MessageStatus.FAILED, None, str(exc))
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
            self._keep_attachments(session, row_id, parsed)
            parent = repo.find_thread_parent(session, in_reply_to=parsed.in_reply_to)
            verdict = classify(parsed, self.rules.sorting)
            outcome = self._decide(session, row_id, ref, data, verdict, context, report)
            repo.set_message_outcome(
                session,
                message_row_id=row_id,
                status=outcome.status,
                category=verdict.category,
                confidence=verdict.confidence,
                rule=verdict.rule,
                error=outcome.error,
                thread_parent_id=parent.id if parent else None,
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
        verdict: Classification,
        context: MatchContext,
        report: PassReport,
    ) -> _Outcome:
        if repo.find_same_content(session, sha256=_sha_of(session, row_id), exclude_row_id=row_id):
            report.duplicates += 1
            return _Outcome(
                MessageStatus.PROCESSED, verdict.category, "duplicate of an earlier message"
            )
        if verdict.confidence < self.rules.sorting.min_confidence:
            return _Outcome(MessageStatus.NEEDS_PERSON, verdict.category, UNSURE)
        if verdict.category != "remittance":
            return _Outcome(MessageStatus.PROCESSED, verdict.category)
        return self._read_remittances(session, row_id, ref, data, context, report)

    def _read_remittances(
        self,
        session: Session,
        row_id: int,
        ref: MailRef,
        data: bytes,
        context: MatchContext,
        report: PassReport,
    ) -> _Outcome:
        objects = extract_bytes(data, ref.backend_key, filename="message.eml")
        problems = [
            f"{o['source']}: {o['error']['code']}: {o['error']['message']}"
            for o in objects
            if not o["ok"]
        ]
        readable = [remittance_from_json(o) for o in objects if o["ok"]]
        for remittance in readable:
            stored, created = repo.save_remittance(
                session, remittance=remittance, message_id=row_id
            )
            report.remittances += int(created)
            assert stored.id is not None
            proposal = match_remittance(
                remittance, context.index, context.customers, context.policy
            )
            saved, new_proposal = repo.save_proposal(
                session, remittance_row_id=stored.id, proposal=proposal
            )
            if new_proposal:
                report.proposals += 1
                repo.record_audit(
                    session,
                    actor=AGENT,
                    action="proposal.created",
                    entity="match_proposal",
                    entity_id=str(saved.id),
                    before=None,
                    after=proposal,
                )
        if problems or not readable:
            return _Outcome(
                MessageStatus.NEEDS_PERSON,
                "remittance",
                "; ".join(problems) or "no remittance lines found",
            )
        return _Outcome(MessageStatus.PROCESSED, "remittance")

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
        except MailboxError as exc:
            log.error("%s: recorded but not moved (will retry next pass): %s", ref.backend_key, exc)


def _sha_of(session: Session, row_id: int) -> str:
    message = session.get(Message, row_id)
    if message is None:
        raise LookupError(f"message row {row_id} vanished during processing")
    return message.sha256


def _problem(obj: dict[str, Any]) -> str:
    error = obj["error"]
    return f"{obj['source']}: {error['code']}: {error['message']}"
