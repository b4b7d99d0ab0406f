"""Reply drafts end to end on the local backends: what is drafted, for whom, with what.

Each test drops real messages into a local mailbox (a folder of .eml files or a Maildir),
runs a real agent pass, and reads what landed in the mailbox's Drafts folder and the store.
"""

from __future__ import annotations

import dataclasses
import email
import email.policy
import io
import logging
import mailbox as stdlib_mailbox
from datetime import date
from decimal import Decimal
from email.message import EmailMessage
from pathlib import Path

import openpyxl  # type: ignore[import-untyped,unused-ignore]
import pdfplumber
import pytest
from sqlmodel import Session, col, select

from inbox_agent.errors import MailboxError
from inbox_agent.mail.local import MaildirMailbox
from inbox_agent.replies.drafts import catch_up, draft_remittance_request, may_send
from inbox_agent.replies.promises import due_followups
from inbox_agent.review import service
from inbox_agent.store import repo
from inbox_agent.store.db import session_scope
from inbox_agent.store.models import (
    AuditEvent,
    Dispute,
    MatchProposal,
    Message,
    PaymentPromise,
    ReplyDraft,
)
from tests.test_replies_support import World, mail, make_world, rules_with

# ----------------------------------------------------------------- reading the results


def _drafts(world: World) -> list[ReplyDraft]:
    with Session(world.workspace.engine) as session:
        return list(session.exec(select(ReplyDraft).order_by(col(ReplyDraft.id))).all())


def _draft_files(world: World) -> list[EmailMessage]:
    """Every message in the mailbox's Drafts folder, parsed."""
    if world.backend == "maildir":
        box = stdlib_mailbox.Maildir(world.mail_root, create=False)
        folder = box.get_folder("Drafts") if "Drafts" in box.list_folders() else None
        raws = [folder.get_bytes(k) for k in folder.iterkeys()] if folder else []
    else:
        raws = [p.read_bytes() for p in sorted((world.mail_root / "Drafts").glob("*.eml"))]
    out = []
    for raw in raws:
        parsed = email.message_from_bytes(raw, policy=email.policy.default)
        assert isinstance(parsed, EmailMessage)
        out.append(parsed)
    return out


def _files(msg: EmailMessage) -> dict[str, bytes]:
    return {
        str(part.get_filename()): bytes(part.get_payload(decode=True))  # type: ignore[arg-type,unused-ignore]
        for part in msg.iter_attachments()
    }


def _text(msg: EmailMessage) -> str:
    part = msg.get_body(preferencelist=("plain",))
    assert part is not None
    return str(part.get_content())


def _audits(world: World, action: str) -> list[AuditEvent]:
    with Session(world.workspace.engine) as session:
        return list(session.exec(select(AuditEvent).where(AuditEvent.action == action)).all())


# ----------------------------------------------------------------- invoice copies


def test_invoice_request_attaches_the_archive_copies_threaded_to_the_sender(
    tmp_path: Path,
) -> None:
    """GIVEN an invoice archive holding INV-10004 (twice: the copy and a reminder),
    INV-100045 and INV-10005 under a long name, and a customer asking for "inv 10004",
    INV-10005 and INV-99999 with a Reply-To address
    WHEN one pass runs
    THEN one draft lands in Drafts: to the Reply-To, "RE:" the customer's subject,
    In-Reply-To and References naming their message, carrying exactly the files
    INV-10004.pdf and Invoice_INV-10005_Acme.pdf byte for byte, and saying INV-99999
    follows separately."""
    archive = tmp_path / "archive"
    (archive / "2026").mkdir(parents=True)
    files = {
        "INV-10004.pdf": b"%PDF-1.4 copy of INV-10004",
        "INV-10004-reminder.pdf": b"%PDF-1.4 reminder",
        "INV-100045.pdf": b"%PDF-1.4 another invoice",
        "2026/Invoice_INV-10005_Acme.pdf": b"%PDF-1.4 copy of INV-10005",
    }
    for name, data in files.items():
        (archive / name).write_bytes(data)
    world = make_world(tmp_path, rules=rules_with(invoice_archive=str(archive)))
    world.deliver(
        "01.eml",
        mail(
            "Copies of invoices please",
            "Hi, could you send us copies of inv 10004, INV-10005 and INV-99999?\nThanks",
            headers={"Reply-To": "AP Inbox <ap-inbox@acme.example.com.au>"},
            message_id="<ask-1@acme.example.com.au>",
        ),
    )

    world.poll()

    [draft] = _draft_files(world)
    assert draft["To"] == "AP Inbox <ap-inbox@acme.example.com.au>"
    assert draft["Subject"] == "RE: Copies of invoices please"
    assert draft["In-Reply-To"] == "<ask-1@acme.example.com.au>"
    assert draft["References"] == "<ask-1@acme.example.com.au>"
    assert draft["From"] == "ar@northwind-supplies.example.com"
    assert _files(draft) == {
        "INV-10004.pdf": files["INV-10004.pdf"],
        "Invoice_INV-10005_Acme.pdf": files["2026/Invoice_INV-10005_Acme.pdf"],
    }
    body = _text(draft)
    assert "INV-10004, INV-10005" in body
    assert "INV-99999" in body and "separately" in body
    [row] = _drafts(world)
    assert (row.category, row.status, row.customer_id) == ("invoice_request", "saved", "C0042")
    assert [a["filename"] for a in row.attachments] == [
        "INV-10004.pdf",
        "Invoice_INV-10005_Acme.pdf",
    ]


# ----------------------------------------------------------------- once per message


def test_the_same_message_processed_twice_makes_one_draft(tmp_path: Path, db_url: str) -> None:
    """GIVEN a statement request that was processed and drafted
    WHEN the same message is seen again (a crash before the move left it in the inbox)
    THEN the pass files it without a second draft: one row, one file, one audit event."""
    world = make_world(tmp_path, db_url=db_url)
    raw = mail(
        "Statement of account request",
        "Please send us a statement of account.",
        sender="AP <ap@lioncity.example.sg>",
    )
    world.deliver("07.eml", raw)
    world.poll()
    world.deliver("07.eml", raw)  # back in the inbox, as if the move never happened

    second = world.poll()

    assert second.already_done == 1
    assert len(_drafts(world)) == 1
    assert len(_draft_files(world)) == 1
    assert len(_audits(world, "draft.created")) == 1
    world.workspace.engine.dispose()


class _RefusesOnce:
    """A mailbox whose Drafts folder fails once (a dropped connection), then works."""

    def __init__(self, inner: MaildirMailbox) -> None:
        self.inner = inner
        self.kind = inner.kind
        self.refused = 0

    def __getattr__(self, name: str) -> object:
        return getattr(self.inner, name)

    def save_draft(self, raw: bytes) -> str:
        if not self.refused:
            self.refused += 1
            raise MailboxError("connection reset while saving the draft")
        return self.inner.save_draft(raw)


def test_a_draft_the_mailbox_refused_is_saved_later_once(tmp_path: Path) -> None:
    """GIVEN a Maildir whose Drafts folder refuses the first save
    WHEN a dispute is processed, and the catch-up runs twice afterwards
    THEN the mail is still filed and the dispute logged; the draft waits as ``composed``
    with the error, and the catch-up saves exactly one copy, which a second catch-up
    leaves alone."""
    world = make_world(tmp_path, backend="maildir")
    flaky = _RefusesOnce(MaildirMailbox(world.mail_root))
    world.mailbox = flaky  # type: ignore[assignment]
    world.deliver(
        "x",
        mail(
            "Dispute: incorrect invoice INV-20006",
            "The unit price on INV-20006 is incorrect; we dispute the invoice.",
            sender="ap@bayanihan.example.ph",
        ),
    )

    report = world.poll()

    assert report.new == 1 and not report.failed
    [row] = _drafts(world)
    assert row.status == "composed" and row.error and "connection reset" in row.error
    assert _draft_files(world) == []
    for _ in range(2):
        catch_up(workspace=world.workspace, mailbox=flaky, rules=world.rules)  # type: ignore[arg-type]
    [row] = _drafts(world)
    assert row.status == "saved" and row.error is None
    assert len(_draft_files(world)) == 1


def test_maildir_keeps_one_draft_per_message_id(tmp_path: Path) -> None:
    """GIVEN a Maildir WHEN the same draft is saved twice (a retry after a crash)
    THEN Drafts holds it once, flagged as a draft, and both calls name the same key."""
    world = make_world(tmp_path, backend="maildir")
    box = MaildirMailbox(world.mail_root)
    raw = mail("RE: x", "text", message_id="<reply.abc@northwind-supplies.example.com>")

    first, second = box.save_draft(raw), box.save_draft(raw)

    assert first == second
    folder = stdlib_mailbox.Maildir(world.mail_root, create=False).get_folder("Drafts")
    assert len(folder) == 1
    assert "D" in folder[first.split("/", 1)[1]].get_flags()


# ----------------------------------------------------------------- no reply


def test_no_draft_for_auto_replies_portal_mail_bulk_mail_or_robots(tmp_path: Path) -> None:
    """GIVEN an out-of-office reply, a Coupa notification, an unrelated question, a
    statement request sent in bulk (Precedence: bulk) and a dispute from a no-reply address
    WHEN one pass runs THEN all are filed and not one draft is made."""
    world = make_world(tmp_path)
    messages = {
        "1.eml": mail(
            "Automatic reply: Invoice INV-40002",
            "Ich bin nicht im Büro.",
            headers={"Auto-Submitted": "auto-replied"},
            message_id="<a1@x>",
        ),
        "2.eml": mail(
            "Invoice INV-10005 has been approved",
            "Approved.",
            sender="Coupa <do_not_reply@acme.coupahost.com>",
            message_id="<a2@x>",
        ),
        "3.eml": mail("Quick question", "Coming to the conference?", message_id="<a3@x>"),
        "4.eml": mail(
            "Statement of account request",
            "Send the statement.",
            headers={"Precedence": "bulk"},
            message_id="<a4@x>",
        ),
        "5.eml": mail(
            "Dispute: INV-10003",
            "We dispute INV-10003.",
            sender="noreply@acme.example.com.au",
            message_id="<a5@x>",
        ),
    }
    for name, raw in messages.items():
        world.deliver(name, raw)

    report = world.poll()

    assert report.seen == 5
    assert _drafts(world) == []
    assert not (world.mail_root / "Drafts").exists()
    with Session(world.workspace.engine) as session:
        categories = sorted(str(m.category) for m in session.exec(select(Message)).all())
        disputes = session.exec(select(Dispute)).all()
    assert categories == [
        "auto_reply",
        "dispute",
        "other",
        "portal_notification",
        "statement_request",
    ]
    assert len(disputes) == 1  # logged for a collector even though nobody gets a reply


# ----------------------------------------------------------------- statements


def test_statement_request_attaches_a_pdf_and_xlsx_of_the_open_items(tmp_path: Path) -> None:
    """GIVEN Lion City's ten open invoices and one credit note
    WHEN they ask for a statement of account
    THEN the draft carries a PDF whose text (read back with pdfplumber) lists each open
    item with its open amount and the right total, and an XLSX with the same items and
    total, and the text quotes the balance."""
    world = make_world(tmp_path)
    world.deliver(
        "s.eml",
        mail(
            "Statement of account request",
            "Please send us a statement of account as at 30 November.",
            sender="AP <ap@lioncity.example.sg>",
        ),
    )

    world.poll()

    [draft] = _draft_files(world)
    files = _files(draft)
    pdf_name = next(n for n in files if n.endswith(".pdf"))
    xlsx_name = next(n for n in files if n.endswith(".xlsx"))
    assert pdf_name.startswith("statement-C0230-")
    with Session(world.workspace.engine) as session:
        items = repo.list_open_items(session, customer_id="C0230")
    total = sum((i.open_amount for i in items), Decimal("0"))
    assert len(items) == 11 and total == Decimal("61295.95")
    with pdfplumber.open(io.BytesIO(files[pdf_name])) as pdf:
        text = "\n".join(page.extract_text() or "" for page in pdf.pages)
    assert "Lion City Logistics Pte Ltd" in text
    for item in items:
        assert f"{item.invoice_number} " in text
        assert f"{item.open_amount:,.2f}" in text
    assert f"Total SGD SGD {total:,.2f}" in text
    sheet = openpyxl.load_workbook(io.BytesIO(files[xlsx_name]))["Statement"]
    rows = [[c.value for c in row] for row in sheet.iter_rows()]
    numbers = {r[0] for r in rows[5:] if r[0] and not str(r[0]).startswith("Total")}
    assert numbers == {i.invoice_number for i in items}
    assert rows[-1][0] == "Total SGD" and Decimal(str(rows[-1][5])) == total
    assert "SGD 61,295.95" in _text(draft)


def test_statement_request_from_an_unknown_sender_asks_who_they_are(tmp_path: Path) -> None:
    """GIVEN a statement request from an address no payer uses
    WHEN drafted THEN no statement is attached and the reply asks for the customer number."""
    world = make_world(tmp_path)
    world.deliver(
        "s.eml",
        mail("Statement of account request", "Statement please.", sender="x@unknown.example"),
    )
    world.poll()
    [draft] = _draft_files(world)
    assert _files(draft) == {}
    assert "customer number" in _text(draft)


# ----------------------------------------------------------------- disputes and promises


def test_dispute_is_logged_with_invoices_and_reason_and_acknowledged(tmp_path: Path) -> None:
    """GIVEN a customer disputing the price on INV-20006 (their own words above a quote)
    WHEN drafted THEN a dispute record names INV-20006, the kind "price" and the
    customer's words only, and the acknowledgement quotes its reference."""
    world = make_world(tmp_path)
    world.deliver(
        "d.eml",
        mail(
            "Dispute: incorrect invoice INV-20006",
            "The unit price on INV-20006 is incorrect; we dispute the invoice.\n\n"
            "On Mon, 23 Nov 2026 AR wrote:\n> Please pay INV-20006 and INV-20007.\n",
            sender="AP <ap@bayanihan.example.ph>",
        ),
    )
    world.poll()
    with Session(world.workspace.engine) as session:
        [dispute] = session.exec(select(Dispute)).all()
    assert dispute.invoice_numbers == ["INV-20006"]
    assert (dispute.kind, dispute.customer_id, dispute.status) == ("price", "C0107", "open")
    assert dispute.reason == "The unit price on INV-20006 is incorrect; we dispute the invoice."
    [draft] = _draft_files(world)
    assert f"D-{dispute.id:05d}" in _text(draft)
    assert len(_audits(world, "dispute.created")) == 1


def test_payment_promise_notes_date_amount_and_follow_up_until_a_payment_arrives(
    tmp_path: Path,
) -> None:
    """GIVEN Müller writing on Wednesday 25 November "we will transfer EUR 6.074,58 for
    INV-40003 by the 4th"
    WHEN drafted THEN a promise records 4 December, the amount and a follow-up on 5
    December; the reply states the date; the follow-up is not due on the 4th, is due on
    the 5th, and is no longer due once the open item shows INV-40003 paid."""
    world = make_world(tmp_path)
    world.deliver(
        "p.eml",
        mail(
            "Payment scheduled for INV-40003",
            "Hello, we will transfer EUR 6.074,58 for INV-40003 by the 4th.",
            sender="ap@mueller.example.de",
        ),
    )
    world.poll()
    with Session(world.workspace.engine) as session:
        [promise] = session.exec(select(PaymentPromise)).all()
    assert promise.promised_date == date(2026, 12, 4)
    assert promise.follow_up_on == date(2026, 12, 5)
    assert (promise.amount, promise.currency) == (Decimal("6074.58"), "EUR")
    assert promise.invoice_numbers == ["INV-40003"]
    [draft] = _draft_files(world)
    assert "4 December 2026" in _text(draft) and "EUR 6,074.58" in _text(draft)

    with session_scope(world.workspace.engine) as session:
        assert due_followups(session, date(2026, 12, 4)) == []
        assert [p.id for p in due_followups(session, date(2026, 12, 5))] == [promise.id]
        items = repo.list_open_items(session, customer_id="C0311")
        paid = next(i for i in items if i.invoice_number == "INV-40003")
        repo.upsert_open_item(session, item=dataclasses.replace(paid, open_amount=Decimal("0")))
        assert due_followups(session, date(2026, 12, 6)) == []
    with Session(world.workspace.engine) as session:
        assert session.get(PaymentPromise, promise.id).status == "kept"  # type: ignore[union-attr]


# ----------------------------------------------------------------- languages and templates


def test_german_mail_gets_the_german_reply_and_signature(tmp_path: Path) -> None:
    """GIVEN Müller asking in German for a Rechnungskopie of INV-40002
    WHEN drafted THEN the German template and signature are used ("AW:" subjects keep
    their prefix) and the draft records the language."""
    world = make_world(tmp_path)
    world.deliver(
        "de.eml",
        mail(
            "AW: Rechnungskopie INV-40002",
            "Sehr geehrte Damen und Herren,\nbitte senden Sie uns eine Kopie der Rechnung "
            "INV-40002.\nMit freundlichen Grüßen",
            sender="buchhaltung@mueller.example.de",
        ),
    )
    world.poll()
    [row] = _drafts(world)
    [draft] = _draft_files(world)
    assert row.language == "de"
    assert draft["Subject"] == "AW: Rechnungskopie INV-40002"
    body = _text(draft)
    assert body.startswith("Sehr geehrte Damen und Herren,")
    assert "INV-40002" in body and "Mit freundlichen Grüßen" in body


def test_a_broken_template_falls_back_to_a_plain_reply_and_logs(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """GIVEN a dispute template that uses a variable nobody provides and tries to reach
    Python internals WHEN a dispute is drafted THEN the draft is still made with the plain
    default text and the signature, and the failure is logged."""
    base = rules_with()
    broken = base.replies.templates["dispute"].model_copy(
        update={"body": "{{ no_such_variable }} {{ ''.__class__.__mro__ }}"}
    )
    templates = {**base.replies.templates, "dispute": broken}
    world = make_world(tmp_path, rules=rules_with(base, templates=templates))
    world.deliver("d.eml", mail("Dispute: INV-10003", "We dispute INV-10003."))

    with caplog.at_level(logging.WARNING, logger="inbox_agent.replies.compose"):
        world.poll()

    [draft] = _draft_files(world)
    assert "We have logged your query" in _text(draft)
    assert "Kind regards" in _text(draft)
    assert any("dispute/en failed" in r.getMessage() for r in caplog.records)


# ----------------------------------------------------------------- remittances


def _csv(lines: list[tuple[str, str]]) -> bytes:
    rows = ["Invoice Number,Amount Paid", *(f"{n},{a}" for n, a in lines)]
    return ("\n".join(rows) + "\n").encode()


def test_remittance_with_a_line_nobody_could_match_asks_about_it(tmp_path: Path) -> None:
    """GIVEN Acme's remittance paying INV-10001 in full and an INV-77777 we never issued
    WHEN drafted THEN the reply lists what was applied and asks which invoices the
    unmatched line pays, quoting its reference and amount."""
    world = make_world(tmp_path)
    world.deliver(
        "r.eml",
        mail(
            "Remittance advice EFT 1",
            "Remittance attached.",
            attachments=[
                ("remit.csv", "text/csv", _csv([("INV-10001", "1444.86"), ("INV-77777", "500.00")]))
            ],
        ),
    )
    world.poll()
    drafts = _draft_files(world)
    with Session(world.workspace.engine) as session:
        proposal = session.exec(select(MatchProposal)).one()
    if proposal.status == "review":  # the matcher wants a person first: drafted after review
        assert drafts == []
        with session_scope(world.workspace.engine) as session:
            service.approve(session, proposal_id=proposal.id, seen_version=1, actor="rita")  # type: ignore[arg-type]
        catch_up(workspace=world.workspace, mailbox=world.mailbox, rules=world.rules)
        drafts = _draft_files(world)
    [draft] = drafts
    body = _text(draft)
    assert "INV-10001  AUD 1,444.86" in body
    assert "could not match" in body and "INV-77777" in body and "500.00" in body


def test_a_remittance_waiting_for_review_is_acknowledged_after_approval(tmp_path: Path) -> None:
    """GIVEN rules that send every short payment to review, and Acme paying INV-10001 short
    WHEN the pass runs THEN no draft yet (the acknowledgement must say what was approved);
    once a reviewer approves, the catch-up drafts the acknowledgement, once."""
    rules = rules_with()
    rules = rules.model_copy(
        update={"matching": rules.matching.model_copy(update={"auto_short_payments": False})}
    )
    world = make_world(tmp_path, rules=rules)
    world.deliver(
        "r.eml",
        mail(
            "Remittance advice EFT 2",
            "Remittance attached.",
            attachments=[("remit.csv", "text/csv", _csv([("INV-10001", "1400.00")]))],
        ),
    )
    world.poll()
    with Session(world.workspace.engine) as session:
        proposal = session.exec(select(MatchProposal)).one()
    assert proposal.status == "review"
    assert _drafts(world) == []
    catch_up(workspace=world.workspace, mailbox=world.mailbox, rules=world.rules)
    assert _drafts(world) == []  # still waiting

    with session_scope(world.workspace.engine) as session:
        service.approve(session, proposal_id=proposal.id, seen_version=1, actor="rita")  # type: ignore[arg-type]
    catch_up(workspace=world.workspace, mailbox=world.mailbox, rules=world.rules)
    catch_up(workspace=world.workspace, mailbox=world.mailbox, rules=world.rules)

    [draft] = _draft_files(world)
    assert "INV-10001  AUD 1,400.00" in _text(draft)
    assert draft["Subject"] == "RE: Remittance advice EFT 2"


# ----------------------------------------------------------------- unexplained receipts


def test_unexplained_receipt_gets_one_request_for_remittance_details(tmp_path: Path) -> None:
    """GIVEN a bank receipt no remittance explains
    WHEN a request for remittance details is drafted to the payer (twice)
    THEN one new message (not a reply) goes to that address, naming the amount, date and
    reference, addressed to the customer the domain belongs to."""
    world = make_world(tmp_path)
    with session_scope(world.workspace.engine) as session:
        receipt, _ = repo.record_bank_receipt(
            session,
            account="123-456",
            value_date=date(2026, 11, 24),
            amount=Decimal("2500.00"),
            currency="AUD",
            reference="ACME PAYMENT 7781",
            payer_name="ACME PTY LTD",
            source_sha256="0" * 64,
        )
        receipt_id = receipt.id
    assert receipt_id is not None

    results = [
        draft_remittance_request(
            workspace=world.workspace,
            mailbox=world.mailbox,
            rules=world.rules,
            bank_receipt_id=receipt_id,
            to_address="ap@acme.example.com.au",
        )
        for _ in range(2)
    ]

    assert [r.status for r in results] == ["saved", "exists"]
    [draft] = _draft_files(world)
    assert draft["To"] == "ap@acme.example.com.au"
    assert draft["In-Reply-To"] is None
    assert draft["Subject"] == "Remittance details for your payment of AUD 2,500.00"
    body = _text(draft)
    assert body.startswith("Dear Acme Pty Ltd,")
    assert "2026-11-24" in body and "ACME PAYMENT 7781" in body
    [row] = _drafts(world)
    assert (row.bank_receipt_id, row.message_id, row.category) == (
        receipt_id,
        None,
        "remittance_request",
    )
    with pytest.raises(ValueError, match="not an e-mail address"):
        draft_remittance_request(
            workspace=world.workspace,
            mailbox=world.mailbox,
            rules=world.rules,
            bank_receipt_id=receipt_id,
            to_address="not an address",
        )


# ----------------------------------------------------------------- sending policy


def test_sending_needs_both_the_category_and_the_customer_allowed() -> None:
    """GIVEN rules allowing remittance replies to be sent, and only Acme marked allow_send
    THEN only Acme's remittance replies may be sent; nothing else, no unknown customer."""
    base = rules_with(send_categories=["remittance"])
    payers = [p.model_copy(update={"allow_send": p.customer_id == "C0042"}) for p in base.payers]
    rules = base.model_copy(update={"payers": payers})
    assert may_send(rules, category="remittance", customer_id="C0042")
    assert not may_send(rules, category="remittance", customer_id="C0107")
    assert not may_send(rules, category="dispute", customer_id="C0042")
    assert not may_send(rules, category="remittance", customer_id=None)
    assert not may_send(rules_with(), category="remittance", customer_id="C0042")


def test_demo_makes_drafts_and_files_them_in_drafts(tmp_path: Path) -> None:
    """GIVEN the messages of the demo's morning without its remittance PDFs
    WHEN one pass runs THEN the requests, the dispute and the promise each get one draft,
    the auto-reply, the portal mail and the unknown mail none, and the summary counts them."""
    from inbox_agent.demo.sample import _other_mails

    world = make_world(tmp_path)
    for name, msg in _other_mails():
        world.deliver(name, msg.as_bytes())
    world.poll()
    assert sorted(d.category for d in _drafts(world)) == [
        "dispute",
        "invoice_request",
        "payment_promise",
        "statement_request",
    ]
    with Session(world.workspace.engine) as session:
        assert repo.summary(session)["drafts"] == 4
    assert len(_draft_files(world)) == 4
    assert all(d["Subject"].startswith("RE: ") for d in _draft_files(world))
