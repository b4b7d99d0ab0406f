"""Reply drafts through the IMAP backend against a real dovecot (Debian's dovecot-imapd).

The server comes from tests/dovecot.py (started here for this module; each test takes a
fresh user). Mail is delivered by APPEND, the agent runs a real pass over IMAPS, and an
independent IMAP client reads the Drafts folder back.
"""

from __future__ import annotations

import email
import email.policy
from collections.abc import Iterator
from email.message import EmailMessage
from pathlib import Path
from typing import Any

import pytest
from imapclient import IMAPClient  # type: ignore[import-untyped,unused-ignore]
from sqlmodel import Session, select

from inbox_agent.mail.imap import PASSWORD_ENV, ImapMailbox
from inbox_agent.mail.parse import parse_message
from inbox_agent.replies.drafts import draft_for_message
from inbox_agent.store.db import session_scope
from inbox_agent.store.models import Message, ReplyDraft
from tests.dovecot import PASSWORD, DovecotServer
from tests.test_replies_support import World, mail, make_world, rules_with


@pytest.fixture(scope="module")
def dovecot() -> Iterator[DovecotServer]:
    """A real dovecot for this module's tests."""
    server = DovecotServer().start()
    try:
        yield server
    finally:
        server.destroy()


@pytest.fixture
def imap_world(
    dovecot: DovecotServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[tuple[World, str]]:
    """A world whose mailbox is a fresh dovecot user over IMAPS (trusting the test CA)."""
    monkeypatch.setenv("SSL_CERT_FILE", str(dovecot.ca_file))
    monkeypatch.delenv("SSL_CERT_DIR", raising=False)
    user = dovecot.new_user()
    archive = tmp_path / "archive"
    archive.mkdir()
    (archive / "INV-10004.pdf").write_bytes(b"%PDF-1.4 the copy of INV-10004\n%%EOF\n")
    world = make_world(tmp_path, rules=rules_with(invoice_archive=str(archive)))
    box = ImapMailbox.from_url(
        f"imaps://{user}@127.0.0.1:{dovecot.imaps_port}/INBOX", environ={PASSWORD_ENV: PASSWORD}
    )
    world.mailbox = box
    world.backend = "imap"
    try:
        yield world, user
    finally:
        box.close()


def _client(server: DovecotServer, user: str) -> Any:
    client = IMAPClient("127.0.0.1", port=server.imap_port, ssl=False, timeout=10)
    client.login(user, PASSWORD)
    return client


def _deliver(server: DovecotServer, user: str, *messages: bytes) -> None:
    client = _client(server, user)
    try:
        for raw in messages:
            client.append("INBOX", raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n"))
    finally:
        client.logout()


def _drafts(server: DovecotServer, user: str) -> list[tuple[EmailMessage, tuple[bytes, ...]]]:
    """Every message in Drafts, parsed, with its IMAP flags."""
    client = _client(server, user)
    try:
        client.select_folder("Drafts", readonly=True)
        uids = client.search(["ALL"])
        fetched = client.fetch(uids, ["BODY.PEEK[]", "FLAGS"]) if uids else {}
    finally:
        client.logout()
    out = []
    for uid in sorted(fetched):
        msg = email.message_from_bytes(fetched[uid][b"BODY[]"], policy=email.policy.default)
        assert isinstance(msg, EmailMessage)
        out.append((msg, tuple(fetched[uid][b"FLAGS"])))
    return out


def test_drafts_land_in_imap_drafts_threaded_addressed_with_attachments(
    dovecot: DovecotServer, imap_world: tuple[World, str]
) -> None:
    """GIVEN an invoice-copy request (a copy is in the archive), a statement request from
    a customer who asked replies to go to their AP inbox, and an out-of-office reply,
    delivered to a real dovecot
    WHEN the agent runs a pass over IMAPS
    THEN Drafts holds two drafts flagged \\Draft: each answers its message (In-Reply-To,
    References, "RE:" subject), goes to the right address, and carries the right files
    (the archive's PDF byte for byte; the statement as PDF and XLSX)."""
    world, user = imap_world
    copy_request = mail(
        "Copy of invoice INV-10004 please",
        "Hi, could you send us a copy of invoice INV-10004? Thanks",
        message_id="<copy-1@acme.example.com.au>",
    )
    statement_request = mail(
        "Statement of account request",
        "Please send us a statement of account.",
        sender="Jo <jo@lioncity.example.sg>",
        headers={"Reply-To": "ap@lioncity.example.sg", "References": "<older@lioncity>"},
        message_id="<stmt-1@lioncity.example.sg>",
    )
    out_of_office = mail(
        "Automatic reply: Invoice INV-40002",
        "Out of the office.",
        headers={"Auto-Submitted": "auto-replied"},
        message_id="<ooo-1@mueller.example.de>",
    )
    _deliver(dovecot, user, copy_request, statement_request, out_of_office)

    report = world.poll()

    assert report.new == 3 and not report.failed
    drafts = {msg["In-Reply-To"]: (msg, flags) for msg, flags in _drafts(dovecot, user)}
    assert set(drafts) == {"<copy-1@acme.example.com.au>", "<stmt-1@lioncity.example.sg>"}
    for _msg, flags in drafts.values():
        assert b"\\Draft" in flags

    copy, _ = drafts["<copy-1@acme.example.com.au>"]
    assert copy["To"] == "Accounts Payable <ap@acme.example.com.au>"
    assert copy["Subject"] == "RE: Copy of invoice INV-10004 please"
    assert copy["References"] == "<copy-1@acme.example.com.au>"
    [pdf] = list(copy.iter_attachments())
    assert pdf.get_filename() == "INV-10004.pdf"
    assert pdf.get_payload(decode=True) == b"%PDF-1.4 the copy of INV-10004\n%%EOF\n"

    statement, _ = drafts["<stmt-1@lioncity.example.sg>"]
    assert statement["To"] == "ap@lioncity.example.sg"
    assert statement["Subject"] == "RE: Statement of account request"
    assert statement["References"] == "<older@lioncity> <stmt-1@lioncity.example.sg>"
    names = sorted(str(p.get_filename()) for p in statement.iter_attachments())
    assert [n.rsplit(".", 1)[1] for n in names] == ["pdf", "xlsx"]
    assert all(n.startswith("statement-C0230-") for n in names)

    with Session(world.workspace.engine) as session:
        rows = session.exec(select(ReplyDraft)).all()
    assert sorted(r.status for r in rows) == ["saved", "saved"]
    assert all(r.backend_draft_id and r.backend_draft_id.startswith("imap:") for r in rows)


def test_a_draft_saved_again_after_a_crash_stays_one_imap_draft(
    dovecot: DovecotServer, imap_world: tuple[World, str]
) -> None:
    """GIVEN a dispute drafted into IMAP Drafts, whose row then reads ``composed`` again
    (the agent died after the APPEND, before recording it), and the same message delivered
    a second time
    WHEN the draft is made again and the second copy is processed
    THEN Drafts still holds one draft (found by its Message-ID), the row is ``saved`` with
    the same IMAP id, and the duplicate message gets no draft of its own."""
    world, user = imap_world
    raw = mail(
        "Dispute: incorrect invoice INV-20006",
        "The unit price on INV-20006 is incorrect.",
        sender="ap@bayanihan.example.ph",
        message_id="<dispute-1@bayanihan.example.ph>",
    )
    _deliver(dovecot, user, raw)
    world.poll()
    with session_scope(world.workspace.engine) as session:
        row = session.exec(select(ReplyDraft)).one()
        first_id = row.backend_draft_id
        row.status = "composed"
        message = session.exec(select(Message)).one()
        message_row_id = message.id
    assert message_row_id is not None

    result = draft_for_message(
        workspace=world.workspace,
        mailbox=world.mailbox,
        rules=world.rules,
        message_row_id=message_row_id,
        parsed=parse_message(raw),
    )
    _deliver(dovecot, user, raw)
    second = world.poll()

    assert (result.status, second.new, second.duplicates) == ("saved", 1, 1)
    assert len(_drafts(dovecot, user)) == 1
    with Session(world.workspace.engine) as session:
        [row] = session.exec(select(ReplyDraft)).all()
    assert (row.status, row.backend_draft_id) == ("saved", first_id)
