"""The walking skeleton end to end: mail in, remittance read, payment matched, proposal queued.

Runs on both SQLite and a real PostgreSQL (the ``db_url`` fixture), with real PDFs drawn
by ReportLab inside real messages in a local mail folder.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from sqlmodel import Session, select
from typer.testing import CliRunner

from inbox_agent.config.active import active_rules
from inbox_agent.demo.run import run_demo
from inbox_agent.mail.local import DIGEST_CHARS, EmlFolderMailbox, folder_key
from inbox_agent.pipeline import Agent
from inbox_agent.settings import Settings
from inbox_agent.store import repo
from inbox_agent.store.models import Allocation, MatchProposal, Message, MessageStatus
from inbox_agent.workspace import open_workspace

REPO = Path(__file__).resolve().parents[1]


@pytest.fixture
def settings(tmp_path: Path, db_url: str) -> Settings:
    return Settings(home=tmp_path / "ws", database_url=db_url)


def _counts(settings: Settings) -> tuple[int, int, int]:
    ws = open_workspace(settings)
    with Session(ws.engine) as s:
        return (
            len(s.exec(select(Message)).all()),
            len(s.exec(select(MatchProposal)).all()),
            len(s.exec(select(Allocation)).all()),
        )


def test_demo_pass_reads_matches_and_files(settings: Settings) -> None:
    """GIVEN the demo world WHEN one pass runs
    THEN every message is recorded and filed, remittances become proposals, the exact
    payments pass automatically, the short payment goes to review, and the broken PDF
    and the unknown mail wait for a person with a reason."""
    result = run_demo(settings, active_rules(REPO / "rules.yaml"))
    summary = result.summary
    assert summary["messages"] == 12
    assert summary["by_category"]["remittance"] == 5
    assert summary["remittance_lines"] == 10
    assert summary["review"] >= 1
    assert summary["auto"] + summary["review"] == summary["matched_lines"]
    assert result.report.needs_person == 2
    assert any("corrupt" in p for p in result.report.problems)
    inbox = settings.home / "mail"
    assert list(inbox.glob("*.eml")) == []  # everything filed
    assert len(list((inbox / "AR").rglob("*.eml"))) == 12


def test_demo_twice_duplicates_nothing(settings: Settings) -> None:
    """GIVEN a demo that already ran WHEN it runs again (the same mail re-delivered)
    THEN no message, proposal or allocation is added and the pass says so."""
    rules = active_rules(REPO / "rules.yaml")
    first = run_demo(settings, rules)
    before = _counts(settings)
    second = run_demo(settings, rules)
    assert _counts(settings) == before
    assert second.summary == first.summary
    assert second.report.new == 0
    assert second.report.already_done == 12


def test_crash_after_commit_before_move_files_without_reprocessing(
    settings: Settings, tmp_path: Path
) -> None:
    """GIVEN a message whose outcome was committed but which was never moved (a crash)
    WHEN the next pass runs THEN it is moved, and not processed a second time."""
    rules = active_rules(REPO / "rules.yaml")
    run_demo(settings, rules)
    filed = next((settings.home / "mail" / "AR").rglob("01-acme-remittance.eml"))
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    shutil.copy(filed, inbox / "01-acme-remittance.eml")  # as if the move never happened
    before = _counts(settings)
    agent = Agent(mailbox=EmlFolderMailbox(inbox), workspace=open_workspace(settings), rules=rules)
    report = agent.poll_once()
    assert (report.already_done, report.new) == (1, 0)
    assert _counts(settings) == before
    assert not (inbox / "01-acme-remittance.eml").exists()


def test_crash_before_outcome_is_processed_once_on_restart(settings: Settings) -> None:
    """GIVEN a message recorded as 'received' whose processing never finished
    WHEN the next pass runs THEN it is processed, exactly once."""
    rules = active_rules(REPO / "rules.yaml")
    ws = open_workspace(settings)
    from inbox_agent.demo.sample import build_mail_folder

    inbox = settings.home / "mail"
    build_mail_folder(inbox, settings.home / "scratch")
    data = (inbox / "01-acme-remittance.eml").read_bytes()
    sha = ws.blobs.put(data)
    key = folder_key("01-acme-remittance.eml", sha[:DIGEST_CHARS])
    with Session(ws.engine) as s:
        repo.record_message(
            s,
            backend_key=key,
            message_id=None,
            subject=None,
            sender=None,
            received_at=None,
            sha256=sha,
            size=len(data),
        )
        s.commit()
    report = run_demo(settings, rules).report
    assert report.new == 12  # the half-done one is taken up again like the rest
    with Session(ws.engine) as s:
        row = repo.get_message(s, backend_key=key)
        assert row is not None
        assert row.status == MessageStatus.PROCESSED
        assert row.category == "remittance"
    assert _counts(settings)[1] == 4  # four readable remittances, one proposal each


def test_unreadable_mail_is_kept_for_a_person(settings: Settings, tmp_path: Path) -> None:
    """GIVEN an empty file and a message with an encrypted-looking junk PDF in the inbox
    WHEN a pass runs THEN nothing crashes, both are recorded and the originals are kept."""
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "empty.eml").write_bytes(b"")
    (inbox / "junk.eml").write_bytes(b"\x00\xff\xfe garbage \x00" * 100)
    ws = open_workspace(settings)
    agent = Agent(
        mailbox=EmlFolderMailbox(inbox), workspace=ws, rules=active_rules(REPO / "rules.yaml")
    )
    report = agent.poll_once()
    assert report.seen == 2
    assert report.failed == 0
    with Session(ws.engine) as s:
        rows = s.exec(select(Message)).all()
        assert {r.status for r in rows} == {MessageStatus.NEEDS_PERSON}
        for row in rows:
            assert ws.blobs.exists(row.sha256)
    assert len(list((inbox / "AR").rglob("*.eml"))) == 2


def test_demo_cli_json_is_stable(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """GIVEN the demo command WHEN run twice with --json --no-serve
    THEN each prints one JSON object and the totals are identical."""
    from inbox_agent.cli.main import app

    monkeypatch.delenv("INBOX_AGENT_DATABASE_URL", raising=False)
    monkeypatch.setenv("INBOX_AGENT_RULES", str(REPO / "rules.yaml"))
    args = ["demo", "--json", "--no-serve", "--home", str(tmp_path / "demo")]
    first = CliRunner().invoke(app, args)
    second = CliRunner().invoke(app, args)
    assert first.exit_code == 0, first.output
    assert second.exit_code == 0, second.output
    one, two = json.loads(first.stdout), json.loads(second.stdout)
    first_uploads, second_uploads = one.pop("uploads"), two.pop("uploads")
    assert one == two
    assert one["messages"] == 12
    assert first_uploads["submitted"] > 0
    assert second_uploads["submitted"] == 0  # the ledger refuses to upload twice


def test_sender_domain_reaches_the_matcher_as_payer_evidence() -> None:
    """GIVEN a remittance read from mail sent by ap@acme.example.com.au
    WHEN it is prepared for matching THEN the payer carries that domain (so
    payers.email_domains identifies the customer), unless the advice named one itself."""
    from email.message import EmailMessage

    from inbox_agent.mail.parse import parse_message
    from inbox_agent.pipeline import _from_sender
    from matchers.customers import CustomerDirectory, identify_customer
    from matchers.types import Customer, Payer, Remittance

    mail = EmailMessage()
    mail["From"] = "Accounts Payable <ap@acme.example.com.au>"
    mail["Subject"] = "Remittance"
    mail.set_content("x")
    parsed = parse_message(mail.as_bytes())
    bare = Remittance(source="m#a.pdf", lines=(), payer=Payer(name=None))
    prepared = _from_sender(bare, parsed)
    assert prepared.payer.email_domain == "acme.example.com.au"
    named = Remittance(source="m#b.pdf", lines=(), payer=Payer(email_domain="other.example"))
    assert _from_sender(named, parsed).payer.email_domain == "other.example"
    directory = CustomerDirectory(
        [Customer("C0042", "Acme Pty Ltd", email_domains=("acme.example.com.au",))]
    )
    assert identify_customer(prepared.payer, directory).customer_id == "C0042"


def test_remittance_claims_its_bank_receipt_leaving_the_rest_unapplied(
    settings: Settings,
) -> None:
    """GIVEN two receipts on the bank statement: Acme's EFT for exactly its remittance's
    total, and an unexplained one WHEN the demo pass matches Acme's remittance
    THEN its proposal is tied to Acme's receipt and only the other stays unapplied."""
    from datetime import date
    from decimal import Decimal

    ws = open_workspace(settings)
    with Session(ws.engine) as s:
        acme, _ = repo.record_bank_receipt(
            s,
            account="AU-OPERATING",
            value_date=date(2026, 11, 26),
            amount=Decimal("5477.29"),
            currency="AUD",
            reference="EFT 88123 ACME PTY LTD",
            payer_name="ACME PTY LTD",
            source_sha256="0" * 64,
        )
        repo.record_bank_receipt(
            s,
            account="AU-OPERATING",
            value_date=date(2026, 11, 26),
            amount=Decimal("777.00"),
            currency="AUD",
            reference="UNKNOWN TRANSFER",
            payer_name="J SMITH",
            source_sha256="0" * 64,
        )
        s.commit()
        acme_id = acme.id
    run_demo(settings, active_rules(REPO / "rules.yaml"))
    with Session(ws.engine) as s:
        linked = s.exec(select(MatchProposal).where(MatchProposal.bank_receipt_id == acme_id)).all()
        assert len(linked) == 1
        assert linked[0].customer_id == "C0042"
        from inbox_agent.pipeline import _unclaimed_receipts

        assert [value.payer_name for _, value in _unclaimed_receipts(s)] == ["J SMITH"]
