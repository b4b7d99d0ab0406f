"""Per category: the facts a reply states, the files it carries, the records it leaves.

Each planner reads the store (and the invoice archive) and returns a :class:`Plan`: the
template variables, the attachments, and the customer and language. Disputes and payment
promises are recorded here too, in the caller's transaction, so a record and its draft are
committed together or not at all; the records are kept even when no reply is drafted (no
template, nobody to send it to), because a collector needs them either way.

A planner returns :class:`NoReply` instead of a plan when no reply should be drafted.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from sqlmodel import Session, col, select

from inbox_agent.config.rules import Rules
from inbox_agent.mail.parse import ParsedMessage
from inbox_agent.replies.archive import archive_folder, find_invoice_copies
from inbox_agent.replies.compose import DraftAttachment
from inbox_agent.replies.context import (
    Party,
    identify_customer,
    invoice_numbers_in,
    message_text,
    money_text,
    own_words,
    totals_text,
    unique,
)
from inbox_agent.replies.promises import dayfirst_for, read_promise
from inbox_agent.replies.statement import (
    PDF_MIME,
    XLSX_MIME,
    build_statement,
    statement_pdf,
    statement_xlsx,
)
from inbox_agent.store import repo
from inbox_agent.store.models import (
    Allocation,
    MatchProposal,
    Message,
    OpenItem,
    Remittance,
    RemittanceLine,
    ReviewState,
)
from matchers.refs import normalise_ref, unpad
from matchers.types import MatchStatus

AGENT = "agent"
REASON_CHARS = 1000
DISPUTE_KINDS: tuple[tuple[str, str], ...] = (
    ("not_received", r"not (?:been )?received|never (?:arrived|received)|nicht erhalten"),
    ("already_paid", r"already (?:been )?paid|paid (?:this )?already|bereits bezahlt"),
    ("duplicate", r"duplicate|charged twice|billed twice|doppelt"),
    ("damaged", r"damaged|broken|defect|faulty|beschädigt|defekt"),
    ("quantity", r"quantit|\bqty\b|short[- ]shipped|menge"),
    ("price", r"price|pricing|\brate\b|overcharg|preis"),
    ("tax", r"\bgst\b|\bvat\b|\btax\b|mwst|umsatzsteuer"),
    ("credit", r"credit note|gutschrift"),
)
"""What a dispute is about, by the words customers use; the first that fits wins."""


@dataclass(frozen=True, slots=True)
class NoReply:
    """Why no reply is drafted; ``deferred`` when one will be, later (after a review)."""

    reason: str
    deferred: bool = False


@dataclass
class Plan:
    """What one reply says and carries."""

    party: Party
    variables: dict[str, object]
    attachments: list[DraftAttachment] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class Inputs:
    """What every planner is given."""

    session: Session
    rules: Rules
    message: Message
    parsed: ParsedMessage
    today: date
    language: str

    @property
    def text(self) -> str:
        """The subject and the sender's own words."""
        return message_text(self.parsed)

    @property
    def written_on(self) -> date:
        """The day the customer wrote (their Date header), else the day it arrived."""
        if self.parsed.date is not None:
            return self.parsed.date.date()
        if self.message.received_at is not None:
            return self.message.received_at.date()
        return self.today


Planner = Callable[[Inputs], "Plan | NoReply"]


def _base(inputs: Inputs, party: Party, invoice_numbers: list[str]) -> dict[str, object]:
    return {
        "customer_name": party.name,
        "customer_id": party.customer_id or "",
        "invoice_numbers": invoice_numbers,
        "original_subject": inputs.parsed.subject,
        "language": inputs.language,
    }


def _audit(inputs: Inputs, action: str, entity: str, entity_id: int | None, after: object) -> None:
    repo.record_audit(
        inputs.session,
        actor=AGENT,
        action=action,
        entity=entity,
        entity_id=str(entity_id),
        before=None,
        after=after,
    )


def _key(number: str) -> str:
    return unpad(normalise_ref(number))


# ---------------------------------------------------------------- remittance


def plan_remittance(inputs: Inputs) -> Plan | NoReply:
    """Thank the payer with what was applied, and ask about lines nobody could match.

    While a proposal waits for a reviewer nothing is drafted: the acknowledgement must say
    what was approved, so it is drafted once the proposal is decided (``catch_up``).
    """
    session = inputs.session
    remittances = session.exec(
        select(Remittance)
        .where(Remittance.message_id == inputs.message.id)
        .order_by(col(Remittance.id))
    ).all()
    proposals = [
        (r, session.exec(select(MatchProposal).where(MatchProposal.remittance_id == r.id)).first())
        for r in remittances
    ]
    if not proposals:
        return NoReply("no remittance was read from the message")
    if any(p is None or _awaiting_review(p) for _r, p in proposals):
        return NoReply(
            "a proposal waits for a reviewer; the acknowledgement follows the decision",
            deferred=True,
        )
    allocations: list[dict[str, str]] = []
    unmatched: list[dict[str, str]] = []
    unallocated: dict[str, Decimal] = {}
    for remittance, proposal in proposals:
        assert proposal is not None
        _summarise(
            session, remittance, proposal, inputs.language, allocations, unmatched, unallocated
        )
    customer_id = next((p.customer_id for _r, p in proposals if p and p.customer_id), None)
    party = identify_customer(session, inputs.rules, inputs.parsed, known_customer_id=customer_id)
    first = remittances[0]
    variables = _base(inputs, party, unique([a["invoice_number"] for a in allocations]))
    variables.update(
        payment_reference=first.payment_reference or "",
        payment_date=first.payment_date.isoformat() if first.payment_date else "",
        allocations=allocations,
        unmatched_lines=unmatched,
        unallocated=", ".join(
            totals_text({k: v for k, v in unallocated.items() if v}, inputs.language)
        ),
    )
    return Plan(party, variables)


def _awaiting_review(proposal: MatchProposal) -> bool:
    return (
        proposal.review_state == ReviewState.PENDING.value
        and proposal.status == MatchStatus.REVIEW.value
    )


def _summarise(
    session: Session,
    remittance: Remittance,
    proposal: MatchProposal,
    language: str,
    allocations: list[dict[str, str]],
    unmatched: list[dict[str, str]],
    unallocated: dict[str, Decimal],
) -> None:
    rejected = proposal.review_state == ReviewState.REJECTED.value
    rows = (
        []
        if rejected
        else session.exec(
            select(Allocation)
            .where(Allocation.proposal_id == proposal.id, Allocation.kind == "match")
            .order_by(col(Allocation.position))
        ).all()
    )
    currency = remittance.currency or _currency_of(session, rows)
    for row in rows:
        allocations.append(
            {
                "invoice_number": row.invoice_number,
                "currency": currency,
                "amount": money_text(row.amount, None, language),
            }
        )
    applied = {_key(row.invoice_number) for row in rows}
    lines = session.exec(
        select(RemittanceLine)
        .where(RemittanceLine.remittance_id == remittance.id)
        .order_by(col(RemittanceLine.position))
    ).all()
    for line in lines:
        if _key(line.invoice_ref) not in applied:
            unmatched.append(
                {
                    "invoice_ref": line.invoice_ref,
                    "amount": money_text(line.paid_amount, currency, language),
                }
            )
    if not rejected and proposal.unallocated:
        unallocated[currency] = unallocated.get(currency, Decimal("0")) + proposal.unallocated


def _currency_of(session: Session, allocations: Sequence[Allocation]) -> str:
    """The currency of the invoices paid, for an advice that did not state one."""
    for row in allocations:
        item = session.exec(
            select(OpenItem).where(
                OpenItem.customer_id == row.customer_id,
                OpenItem.invoice_number == row.invoice_number,
            )
        ).first()
        if item is not None:
            return item.currency
    return ""


# ---------------------------------------------------------------- invoice copies


def plan_invoice_request(inputs: Inputs) -> Plan:
    """The invoices asked for, with the archive's copy of each attached."""
    party = identify_customer(inputs.session, inputs.rules, inputs.parsed)
    numbers = invoice_numbers_in(inputs.session, inputs.text, customer_id=party.customer_id)
    found = find_invoice_copies(archive_folder(inputs.rules.replies.invoice_archive), numbers)
    attachments: list[DraftAttachment] = []
    missing = list(found.missing)
    for copy in found.copies:
        try:
            data = copy.path.read_bytes()
        except OSError:
            missing.append(copy.invoice_number)
            continue
        attachments.append(DraftAttachment(copy.path.name, copy.content_type, data))
    attached = [c.invoice_number for c in found.copies if c.invoice_number not in missing]
    variables = _base(inputs, party, numbers)
    variables.update(attached=attached, missing=[n for n in numbers if n in missing])
    return Plan(party, variables, attachments)


# ---------------------------------------------------------------- statements


def plan_statement(inputs: Inputs) -> Plan:
    """The customer's open items as a statement, PDF and XLSX; or ask who they are."""
    party = identify_customer(inputs.session, inputs.rules, inputs.parsed)
    variables = _base(inputs, party, [])
    if party.customer_id is None:
        variables["statement_attached"] = False
        return Plan(party, variables)
    items = repo.list_open_items(inputs.session, customer_id=party.customer_id)
    statement = build_statement(
        items, customer_id=party.customer_id, customer_name=party.name, as_at=inputs.today
    )
    variables.update(
        statement_attached=True,
        as_at=inputs.today.isoformat(),
        totals=totals_text(statement.totals, inputs.language),
    )
    attachments = [
        DraftAttachment(f"{statement.file_stem}.pdf", PDF_MIME, statement_pdf(statement)),
        DraftAttachment(f"{statement.file_stem}.xlsx", XLSX_MIME, statement_xlsx(statement)),
    ]
    return Plan(party, variables, attachments)


# ---------------------------------------------------------------- disputes


def dispute_kind(text: str) -> str:
    """What the dispute is about (price, quantity, not_received, ...), else ``other``."""
    for kind, pattern in DISPUTE_KINDS:
        if re.search(pattern, text, re.IGNORECASE):
            return kind
    return "other"


def plan_dispute(inputs: Inputs) -> Plan:
    """Log the dispute (invoices and the customer's reason) and acknowledge it."""
    party = identify_customer(inputs.session, inputs.rules, inputs.parsed)
    numbers = invoice_numbers_in(inputs.session, inputs.text, customer_id=party.customer_id)
    words = " ".join(own_words(inputs.parsed.body_text).split()) or inputs.parsed.subject
    reason = words[:REASON_CHARS]
    assert inputs.message.id is not None
    dispute, created = repo.record_dispute(
        inputs.session,
        message_row_id=inputs.message.id,
        customer_id=party.customer_id,
        invoice_numbers=numbers,
        kind=dispute_kind(f"{inputs.parsed.subject} {reason}"),
        reason=reason,
    )
    if created:
        _audit(inputs, "dispute.created", "dispute", dispute.id, dispute)
    variables = _base(inputs, party, numbers)
    variables.update(dispute_reference=f"D-{dispute.id:05d}", reason=reason)
    return Plan(party, variables)


# ---------------------------------------------------------------- promises


def plan_promise(inputs: Inputs) -> Plan:
    """Note the promised date and amount, and when to follow up if no payment comes."""
    session = inputs.session
    party = identify_customer(session, inputs.rules, inputs.parsed)
    numbers = invoice_numbers_in(session, inputs.text, customer_id=party.customer_id)
    items = _open_items(session, party.customer_id, numbers)
    currencies = unique([i.currency for i in items])
    promise = read_promise(
        inputs.text,
        inputs.written_on,
        dayfirst=dayfirst_for(inputs.parsed.sender_domain),
        default_currency=currencies[0] if len(currencies) == 1 else None,
    )
    amount, currency = promise.amount, promise.currency
    named = [i for i in items if _key(i.invoice_number) in {_key(n) for n in numbers}]
    if amount is None and named and len({i.currency for i in named}) == 1:
        amount, currency = sum((i.open_amount for i in named), Decimal("0.00")), named[0].currency
    assert inputs.message.id is not None
    row, created = repo.record_payment_promise(
        session,
        message_row_id=inputs.message.id,
        customer_id=party.customer_id,
        invoice_numbers=numbers,
        amount=amount,
        currency=currency,
        promised_date=promise.promised_date,
        follow_up_on=promise.follow_up_on,
    )
    if created:
        _audit(inputs, "promise.created", "payment_promise", row.id, row)
    variables = _base(inputs, party, numbers)
    variables.update(
        promised_date=long_date(row.promised_date, inputs.language),
        promised_amount=money_text(row.amount, row.currency, inputs.language),
        follow_up_on=row.follow_up_on.isoformat() if row.follow_up_on else "",
    )
    return Plan(party, variables)


def _open_items(session: Session, customer_id: str | None, numbers: list[str]) -> list[OpenItem]:
    query = select(OpenItem)
    if customer_id is not None:
        query = query.where(OpenItem.customer_id == customer_id)
    elif numbers:
        query = query.where(col(OpenItem.invoice_number).in_(numbers))
    else:
        return []
    return list(session.exec(query.limit(5000)).all())


_MONTHS_EN = "January February March April May June July August September October November December"
_MONTHS_DE = "Januar Februar März April Mai Juni Juli August September Oktober November Dezember"
MONTHS_EN = _MONTHS_EN.split()
MONTHS_DE = _MONTHS_DE.split()


def long_date(day: date | None, language: str) -> str:
    """A date as a letter writes it: "5 December 2026", "5. Dezember 2026"."""
    if day is None:
        return ""
    if language == "de":
        return f"{day.day}. {MONTHS_DE[day.month - 1]} {day.year}"
    return f"{day.day} {MONTHS_EN[day.month - 1]} {day.year}"


PLANNERS: dict[str, Planner] = {
    "remittance": plan_remittance,
    "invoice_request": plan_invoice_request,
    "statement_request": plan_statement,
    "dispute": plan_dispute,
    "payment_promise": plan_promise,
}
"""The categories that get a reply; every other category (auto-replies, portal mail,
other) never does."""
