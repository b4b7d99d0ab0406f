"""Portal status mail: read (portal, invoice, status, reason) and applied to the ledger.

The samples are written after the notifications Coupa, SAP Business Network (Ariba) and
Taulia send suppliers, several phrasings each, with the senders those portals use.
"""

from __future__ import annotations

from collections.abc import Iterator
from email.message import EmailMessage
from pathlib import Path

import pytest
from sqlalchemy import Engine
from sqlmodel import Session, col, select

from inbox_agent.classify.portal_mail import (
    PortalNotification,
    parse_portal_mail,
    portal_of,
    read_portal_mail,
)
from inbox_agent.mail.parse import parse_message
from inbox_agent.store.db import make_engine, migrate
from inbox_agent.store.models import AuditEvent
from portal_uploaders.ledger import UploadLedger
from portal_uploaders.notifications import apply_notification, apply_portal_mail

COUPA = "Coupa Notifications <do_not_reply@acme.coupahost.com>"
COUPA_2 = "Coupa Supplier Portal <no-reply@coupa.com>"
ARIBA = "SAP Business Network <ordersender-prod@ansmtp.ariba.com>"
ARIBA_2 = "Ariba Network <no-reply@ariba.com>"
TAULIA = "Taulia <noreply@taulia.com>"
TAULIA_2 = "Taulia Notifications <notifications@taulia.com>"

# sender, subject, body, expected (portal, invoice, status, reason)
SAMPLES: list[tuple[str, str, str, tuple[str, str, str, str | None]]] = [
    # --- Coupa ---------------------------------------------------------------------------
    (
        COUPA,
        "Invoice #INV-10042 has been approved",
        "Hello Northwind Supplies,\n\nInvoice INV-10042 for 1,250.00 AUD submitted to Acme Pty "
        "Ltd has been approved.\n\nView invoice in Coupa Supplier Portal.",
        ("coupa", "INV-10042", "approved", None),
    ),
    (
        COUPA,
        "Acme Pty Ltd disputed invoice INV-10043",
        "Acme Pty Ltd has disputed invoice INV-10043: quantity billed is more than quantity "
        "received. Respond to the dispute online.",
        ("coupa", "INV-10043", "disputed", "quantity billed is more than quantity received"),
    ),
    (
        COUPA_2,
        "Invoice INV-10044 Disputed",
        "Your invoice INV-10044 was disputed by Acme Pty Ltd.\nDispute Reason: Price does not "
        "match PO\nComments: Please issue a credit note for the difference.",
        ("coupa", "INV-10044", "disputed", "Price does not match PO"),
    ),
    (
        COUPA,
        "Action required: Invoice INV-10045 rejected",
        "Acme Pty Ltd has rejected invoice INV-10045. Reason: PO number missing. Please log in "
        "to correct and resubmit.",
        ("coupa", "INV-10045", "rejected", "PO number missing"),
    ),
    (
        COUPA_2,
        "Invoice INV-10046 has been paid",
        "Invoice INV-10046 has been paid by Acme Pty Ltd.\nPayment Date: 2026-11-20\n"
        "Payment Reference: EFT88123\n",
        ("coupa", "INV-10046", "paid", "payment reference EFT88123"),
    ),
    (
        COUPA,
        "Invoice INV-10047 - payment scheduled",
        "Invoice INV-10047 for AUD 540.00 is scheduled to be paid on 2026-12-01.\n\nThis is an "
        "automated notification from Coupa.",
        ("coupa", "INV-10047", "approved", None),
    ),
    (
        COUPA,
        "Rechnung INV-10048 wurde genehmigt",
        "Ihre Rechnung INV-10048 an Acme GmbH wurde zur Zahlung genehmigt.",
        ("coupa", "INV-10048", "approved", None),
    ),
    (
        COUPA,
        "Invoice Status Update",
        "The status of invoice INV-10049 has changed from Pending Approval to Approved.",
        ("coupa", "INV-10049", "approved", None),
    ),
    # --- SAP Business Network (Ariba) ----------------------------------------------------
    (
        ARIBA,
        "Invoice 90031 status changed to Approved",
        "The status of your invoice 90031 has changed to Approved. Log in to view the details.",
        ("ariba", "90031", "approved", None),
    ),
    (
        ARIBA,
        "Your invoice INV-2026-0107 was rejected",
        "Bayanihan Trading Corp rejected your invoice INV-2026-0107.\nComments: wrong tax code. "
        "Use VAT 12%.",
        ("ariba", "INV-2026-0107", "rejected", "wrong tax code"),
    ),
    (
        ARIBA_2,
        "Invoice INV-0108 failed",
        "Invoice INV-0108 submitted to Bayanihan Trading Corp could not be processed: the "
        "invoice total does not match the order. Resubmit a corrected invoice.",
        ("ariba", "INV-0108", "rejected", "the invoice total does not match the order"),
    ),
    (
        ARIBA,
        "[SAP Business Network] Payment Remittance RA-5531 from Bayanihan Trading Corp",
        "Bayanihan Trading Corp has sent a payment remittance of PHP 12,400.00 covering invoice "
        "INV-0110. Payment date: 2026-11-30.",
        ("ariba", "INV-0110", "paid", None),
    ),
    (
        ARIBA_2,
        "Invoice INV-0111 has been disputed",
        "Bayanihan Trading Corp disputed invoice INV-0111 for the following reason: goods not "
        "received\n",
        ("ariba", "INV-0111", "disputed", "goods not received"),
    ),
    (
        ARIBA,
        "Invoice INV-0112 status changed to Paid",
        "Your invoice INV-0112 to Bayanihan Trading Corp is now Paid.",
        ("ariba", "INV-0112", "paid", None),
    ),
    (
        ARIBA_2,
        "发票 INV-0113 状态已更新",
        "您的发票 INV-0113 已被批准。请登录 SAP Business Network 查看详情。",
        ("ariba", "INV-0113", "approved", None),
    ),
    # --- Taulia --------------------------------------------------------------------------
    (
        TAULIA,
        "Invoice INV-3301 has been paid",
        "Invoice INV-3301 has been paid by Lion City Logistics Pte Ltd. Payment reference "
        "PAY-88921.",
        ("taulia", "INV-3301", "paid", "payment reference PAY-88921"),
    ),
    (
        TAULIA_2,
        "Invoice INV-3302 approved for payment",
        "Lion City Logistics Pte Ltd has approved invoice INV-3302. Expected payment date: "
        "2026-12-15.",
        ("taulia", "INV-3302", "approved", None),
    ),
    (
        TAULIA,
        "Your invoice status update",
        "There is a status update on invoice INV-3303: Rejected - Duplicate invoice. Rejected "
        "invoices cannot be changed; create a new invoice if needed.",
        ("taulia", "INV-3303", "rejected", "Duplicate invoice"),
    ),
    (
        TAULIA_2,
        "Invoice INV-3304 was rejected",
        "Lion City Logistics Pte Ltd rejected invoice INV-3304 because the invoice date is more "
        "than 7 days in the past. Please submit a new invoice.",
        ("taulia", "INV-3304", "rejected", "the invoice date is more than 7 days in the past"),
    ),
    (
        TAULIA,
        "Invoice INV-3305 is in dispute",
        "Invoice INV-3305 has been placed in dispute by Lion City Logistics.\nReason: Missing "
        "delivery note\n",
        ("taulia", "INV-3305", "disputed", "Missing delivery note"),
    ),
    (
        TAULIA,
        "Invoice INV-3308 paid",
        "Payment for invoice INV-3308 has been sent. Amount SGD 2,180.00. Expected arrival "
        "2026-12-03.",
        ("taulia", "INV-3308", "paid", None),
    ),
    # --- forwarded by a colleague: the portal is known by name --------------------------
    (
        "Jane Doe <jane@northwind-supplies.example.com>",
        "Fwd: Invoice INV-10051 rejected",
        "---------- Forwarded message ---------\nFrom: Coupa Supplier Portal\n\nAcme Pty Ltd has "
        "rejected invoice INV-10051. Reason: Missing packing slip.",
        ("coupa", "INV-10051", "rejected", "Missing packing slip"),
    ),
]

NOT_A_STATUS = [
    (
        COUPA,
        "New Purchase Order PO-7781 from Acme Pty Ltd",
        "You have received a new purchase order PO-7781 from Acme Pty Ltd. Please acknowledge "
        "the order.",
    ),
    (
        TAULIA,
        "Early payment offer for invoice INV-3306",
        "Good news! Invoice INV-3306 from Lion City Logistics is eligible for early payment. "
        "Accept the offer to receive SGD 1,010.00 on 2026-12-01.",
    ),
    (
        TAULIA,
        "Your invoice status update",
        "There is a status update on invoice INV-3307: On hold - waiting for goods receipt.",
    ),
    (
        COUPA,
        "Invoice INV-10050 awaiting approval",
        "Invoice INV-10050 has not yet been approved. It is awaiting approval by Acme Pty Ltd.",
    ),
    (
        ARIBA,
        "Remittance available",
        "A new remittance is available for payments from Bayanihan Trading Corp. Sign in to "
        "download.",
    ),
    (
        TAULIA,
        "Early payment available",
        "You can get paid for invoice INV-3309 as early as tomorrow. Review the offer.",
    ),
    (
        "Bob <bob@acme.example.com>",
        "Invoice INV-1 approved",
        "I approved INV-1 on our side, thanks.",
    ),
]


@pytest.mark.parametrize(
    ("sender", "subject", "body", "expected"),
    SAMPLES,
    ids=[f"{s[3][0]}-{s[3][1]}" for s in SAMPLES],
)
def test_portal_mail_is_read(
    sender: str, subject: str, body: str, expected: tuple[str, str, str, str | None]
) -> None:
    """
    GIVEN a status mail as the portal writes it (or as a colleague forwards it)
    WHEN it is read
    THEN it gives the portal, the invoice number, the new status and the customer's reason
    """
    assert parse_portal_mail(sender=sender, subject=subject, body=body) == expected


def test_the_sample_table_covers_every_portal_and_status() -> None:
    """
    GIVEN the table above
    WHEN its expectations are tallied
    THEN it holds at least 15 samples and every status at every portal is exercised at
         least once overall, with reasons for rejections and disputes at each portal
    """
    expected = [s[3] for s in SAMPLES]
    assert len(expected) >= 15
    assert {e[0] for e in expected} == {"coupa", "ariba", "taulia"}
    assert {e[2] for e in expected} == {"approved", "rejected", "disputed", "paid"}
    for portal in ("coupa", "ariba", "taulia"):
        assert {e[2] for e in expected if e[0] == portal} == {
            "approved",
            "rejected",
            "disputed",
            "paid",
        }, portal
        assert any(e[3] for e in expected if e[0] == portal and e[2] in ("rejected", "disputed"))


@pytest.mark.parametrize(
    ("sender", "subject", "body"),
    NOT_A_STATUS,
    ids=[
        "new-po",
        "early-pay",
        "on-hold",
        "negated",
        "remittance",
        "get-paid-early",
        "not-a-portal",
    ],
)
def test_mail_without_an_invoice_status_gives_none(sender: str, subject: str, body: str) -> None:
    """
    GIVEN portal mail that announces no invoice status (a PO, an offer, "not yet
          approved"), or a customer's own mail that merely says "approved"
    WHEN it is read
    THEN nothing is claimed
    """
    assert parse_portal_mail(sender=sender, subject=subject, body=body) is None


def test_portal_is_known_by_sender_domain_not_by_lookalikes() -> None:
    """
    GIVEN senders at the portals' domains and subdomains, and a lookalike domain
    WHEN the portal is asked
    THEN subdomains count, a lookalike (notcoupa.com) does not
    """
    assert portal_of("x@acme.coupahost.com") == "coupa"
    assert portal_of("ordersender-prod@ansmtp.ariba.com") == "ariba"
    assert portal_of("Taulia <noreply@taulia.com>") == "taulia"
    assert portal_of("x@notcoupa.com") is None


def _eml(*, sender: str, subject: str, html: str, message_id: str) -> bytes:
    message = EmailMessage()
    message["From"] = sender
    message["To"] = "ar@northwind-supplies.example.com"
    message["Subject"] = subject
    message["Message-ID"] = message_id
    message.set_content(html, subtype="html")
    return message.as_bytes()


def test_html_only_portal_mail_is_read_from_its_html() -> None:
    """
    GIVEN a Coupa mail with only an HTML body, parsed as the intake parses mail
    WHEN it is read
    THEN the status and the reason come from the HTML's text
    """
    data = _eml(
        sender=COUPA,
        subject="Invoice INV-10060 Disputed",
        message_id="<m1@coupa>",
        html="<html><body><p>Acme Pty Ltd has disputed invoice <b>INV-10060</b>.</p>"
        "<p>Reason: Wrong delivery address.</p></body></html>",
    )
    assert read_portal_mail(parse_message(data)) == PortalNotification(
        "coupa", "INV-10060", "disputed", "Wrong delivery address"
    )


# --- applying to the ledger ---------------------------------------------------------------


@pytest.fixture
def engine(tmp_path: Path) -> Iterator[Engine]:
    """A migrated SQLite workspace database."""
    url = f"sqlite:///{tmp_path / 'ledger.sqlite'}"
    migrate(url)
    made = make_engine(url)
    yield made
    made.dispose()


def _submitted(ledger: UploadLedger, portal: str, number: str) -> None:
    ledger.enqueue(portal=portal, invoice_number=number, customer_id="C0042")
    claim = ledger.claim(portal=portal, invoice_number=number)
    assert claim is not None
    ledger.mark_submitted(
        claim,
        portal_reference="5000101",
        portal_status="Pending Approval",
        channel="browser",
        screenshots=[],
    )


def _audits(engine: Engine, action: str) -> list[AuditEvent]:
    with Session(engine) as session:
        query = select(AuditEvent).where(AuditEvent.action == action).order_by(col(AuditEvent.id))
        return list(session.exec(query).all())


def test_notification_updates_the_ledger_row_and_writes_audit(engine: Engine) -> None:
    """
    GIVEN an invoice the ledger holds as submitted to Coupa
    WHEN the portal's "rejected, reason: PO number missing" mail is applied
    THEN the row's portal status is rejected (its own status still submitted), and the
         audit trail has the status change and the notification with reason and source
    """
    ledger = UploadLedger(engine)
    _submitted(ledger, "coupa", "INV-10045")
    outcome = apply_notification(
        ledger,
        PortalNotification("coupa", "INV-10045", "rejected", "PO number missing"),
        source="<n1@coupa>",
    )
    assert outcome.result == "applied"
    assert outcome.previous_status == "Pending Approval"
    row = ledger.entry(portal="coupa", invoice_number="INV-10045")
    assert row is not None and (row.status, row.portal_status) == ("submitted", "rejected")
    (change,) = _audits(engine, "portal_upload.portal_status")
    assert change.after is not None and change.after["portal_status"] == "rejected"
    (note,) = _audits(engine, "portal_upload.notification")
    assert note.entity_id == str(row.id) and note.actor == "agent:portal-mail"
    assert note.after == {
        "portal": "coupa",
        "invoice_number": "INV-10045",
        "portal_status": "rejected",
        "reason": "PO number missing",
        "source": "<n1@coupa>",
    }


def test_reading_the_same_mail_twice_changes_nothing_the_second_time(engine: Engine) -> None:
    """
    GIVEN a notification already applied
    WHEN it is applied again (the agent re-reads a mail after a crash)
    THEN the result is "unchanged" and no second audit event is written
    """
    ledger = UploadLedger(engine)
    _submitted(ledger, "ariba", "INV-0107")
    note = PortalNotification("ariba", "INV-0107", "approved", None)
    assert apply_notification(ledger, note).result == "applied"
    assert apply_notification(ledger, note).result == "unchanged"
    assert len(_audits(engine, "portal_upload.notification")) == 1


def test_paid_is_final_and_a_late_older_mail_is_reported_stale(engine: Engine) -> None:
    """
    GIVEN an invoice the portal said was paid
    WHEN an "approved" mail arrives afterwards (mail is not delivered in order)
    THEN it is reported stale and the row stays paid
    """
    ledger = UploadLedger(engine)
    _submitted(ledger, "taulia", "INV-3301")
    apply_notification(ledger, PortalNotification("taulia", "INV-3301", "paid", None))
    outcome = apply_notification(ledger, PortalNotification("taulia", "INV-3301", "approved", None))
    assert outcome.result == "stale" and "already paid" in outcome.message
    row = ledger.entry(portal="taulia", invoice_number="INV-3301")
    assert row is not None and row.portal_status == "paid"


def test_unknown_invoice_is_reported_not_crashed(engine: Engine) -> None:
    """
    GIVEN a ledger without the invoice a Coupa mail speaks of
    WHEN the notification is applied
    THEN the outcome says the ledger does not know it, and nothing is written
    """
    ledger = UploadLedger(engine)
    _submitted(ledger, "coupa", "INV-1")
    outcome = apply_notification(ledger, PortalNotification("coupa", "INV-999", "paid", None))
    assert outcome.result == "unknown_invoice"
    assert "no such invoice" in outcome.message and outcome.ledger_id is None
    assert _audits(engine, "portal_upload.notification") == []
    # the same number at another portal is not this portal's invoice either
    other = apply_notification(ledger, PortalNotification("ariba", "INV-1", "paid", None))
    assert other.result == "unknown_invoice"


def test_invoice_number_is_matched_regardless_of_case_and_spacing(engine: Engine) -> None:
    """
    GIVEN the ledger holds INV-10046 and the portal's mail prints "inv-10046"
    WHEN the notification is applied
    THEN it lands on that row
    """
    ledger = UploadLedger(engine)
    _submitted(ledger, "coupa", "INV-10046")
    outcome = apply_notification(ledger, PortalNotification("coupa", "inv-10046", "paid", None))
    assert outcome.result == "applied"
    row = ledger.entry(portal="coupa", invoice_number="INV-10046")
    assert row is not None and row.portal_status == "paid"


def test_status_for_an_entry_still_submitting_is_applied_and_flagged(engine: Engine) -> None:
    """
    GIVEN an entry a crash left in "submitting"
    WHEN the portal's "approved" mail for it is applied
    THEN the portal status is recorded and the message says the portal has the invoice
    """
    ledger = UploadLedger(engine)
    ledger.enqueue(portal="coupa", invoice_number="INV-5", customer_id=None)
    assert ledger.claim(portal="coupa", invoice_number="INV-5") is not None
    outcome = apply_notification(ledger, PortalNotification("coupa", "INV-5", "approved", None))
    assert outcome.result == "applied" and "still says submitting" in outcome.message


def test_mail_from_the_mailbox_is_applied_end_to_end(engine: Engine) -> None:
    """
    GIVEN a Taulia "rejected because ..." mail as raw bytes, and the invoice in the ledger
    WHEN it is parsed and applied as the pipeline would
    THEN the ledger row is rejected at the portal, with the mail's Message-ID in the audit
    """
    ledger = UploadLedger(engine)
    _submitted(ledger, "taulia", "INV-3304")
    data = _eml(
        sender=TAULIA,
        subject="Invoice INV-3304 was rejected",
        message_id="<t9@taulia>",
        html="<p>Lion City Logistics Pte Ltd rejected invoice INV-3304 because the "
        "invoice date is in the future.</p>",
    )
    outcome = apply_portal_mail(engine, parse_message(data))
    assert outcome is not None and outcome.result == "applied"
    (note,) = _audits(engine, "portal_upload.notification")
    assert note.after is not None
    assert (note.after["source"], note.after["reason"]) == (
        "<t9@taulia>",
        "the invoice date is in the future",
    )
    not_status = _eml(
        sender=TAULIA,
        subject="Remittance available",
        message_id="<t10@taulia>",
        html="<p>A new remittance is available.</p>",
    )
    assert apply_portal_mail(engine, parse_message(not_status)) is None
