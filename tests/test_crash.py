"""Crash test: a poll of 200 messages killed with SIGKILL again and again ends exactly right.

A seeded schedule of kills lands at random moments (a random delay after the start of a
pass) and at chosen points of the intake (after the blob is written, after the record is
committed, inside the processing transaction, after the commit but before the move, right
after a move). After every kill the poller starts again; a final clean run goes through the
real ``inbox-agent poll --once``. The end state is then compared, message by message
(keyed by Message-ID), with an uninterrupted reference run over the same mail: same status,
category, remittances, proposals, attachments, thread links and folder; every message
recorded once, filed once, and its original bytes in the blob store.

Runs on a folder of ``.eml`` files and on a Maildir, on SQLite and on a real PostgreSQL.
"""

from __future__ import annotations

import email
import email.policy
import io
import os
import random
import signal
import subprocess
import sys
import threading
import time
import zipfile
from collections import Counter
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path
from typing import IO, Any

import pytest
from sqlmodel import Session, col, select

from inbox_agent.config.active import active_rules
from inbox_agent.demo.sample import build_mail_folder
from inbox_agent.mail.local import EmlFolderMailbox, MaildirMailbox
from inbox_agent.pipeline import Agent
from inbox_agent.settings import Settings
from inbox_agent.store.models import (
    Attachment,
    AuditEvent,
    MatchProposal,
    Message,
    Remittance,
    RemittanceLine,
)
from inbox_agent.workspace import Workspace, open_workspace

REPO = Path(__file__).resolve().parents[1]
RULES = REPO / "rules.yaml"
WORKER = Path(__file__).with_name("crash_worker.py")
MESSAGES = 200
DEMO_COPIES = 3  # 3 x 12 demo messages (PDF advices); the rest generated here
STAGED_KILLS = (("blob", 3), ("record", 5), ("outcome", 4), ("commit", 6), ("move", 2))


# --- the mail ---------------------------------------------------------------------------


def _advice_csv(index: int) -> bytes:
    return (
        "Remittance advice\n"
        "Payer,Acme Pty Ltd\n"
        "Payment date,2026-11-26\n"
        f"Payment reference,EFT {9000 + index}\n"
        "Invoice number,Invoice date,Gross amount,Discount,Paid amount\n"
        f"INV-1{index:04d},2026-09-08,1234.00,0.00,1234.00\n"
        "INV-10002,2026-09-15,500.00,10.00,490.00\n"
        "Total,,,,1724.00\n"
    ).encode()


def _generated(index: int) -> EmailMessage:
    """Varied everyday AR mail: requests, replies, disputes, promises, HTML, zipped advices."""
    kind = index % 8
    msg = EmailMessage()
    domain = ("acme.example.com.au", "bayanihan.example.ph", "lioncity.example.sg")[index % 3]
    msg["From"] = f"Accounts Payable <ap{index}@{domain}>"
    msg["To"] = "ar@northwind-supplies.example.com"
    msg["Date"] = format_datetime(
        datetime(2026, 11, 28, 8, 0, tzinfo=UTC) + timedelta(minutes=index)
    )
    msg["Message-ID"] = _gen_id(index)
    if kind == 0:
        msg["Subject"] = f"Copy of invoice INV-1{index:04d} please"
        msg.set_content(f"Hi, could you send us a copy of invoice INV-1{index:04d}? Thanks")
    elif kind == 1:
        msg["Subject"] = "Statement of account request"
        msg.set_content("Please send us a statement of account as at 30 November.")
    elif kind == 2:
        msg["Subject"] = "Re: Statement of account request"
        msg["In-Reply-To"] = _gen_id(index - 1)
        msg["References"] = _gen_id(index - 1)
        msg.set_content("Following up on our request below, thank you.")
    elif kind == 3:
        msg["Subject"] = f"Remittance advice - EFT {9000 + index}"
        msg.set_content("Our remittance advice is in the attached archive.")
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
            archive.writestr(f"advices/advice-{index}.csv", _advice_csv(index))
        msg.add_attachment(
            buffer.getvalue(), maintype="application", subtype="zip", filename=f"EFT{index}.zip"
        )
    elif kind == 4:
        msg["Subject"] = f"Payment scheduled for INV-2{index:04d}"
        msg.set_content(
            f"<html><body><p>We will pay INV-2{index:04d} on 5 December.</p></body></html>",
            subtype="html",
        )
    elif kind == 5:
        msg["Subject"] = f"Dispute: incorrect invoice INV-3{index:04d}"
        msg.set_content(f"The unit price on INV-3{index:04d} is incorrect; we dispute it.")
    elif kind == 6:
        msg["Subject"] = f"Automatic reply: Invoice INV-4{index:04d}"
        msg["Auto-Submitted"] = "auto-replied"
        msg.set_content("I am out of the office until Monday.")
    else:
        msg["Subject"] = f"Question number {index}"
        msg.set_content("Are you coming to the conference?")
    return msg


def _gen_id(index: int) -> str:
    return f"<gen-{index:03d}@crash.example.net>"


@dataclass(frozen=True)
class Corpus:
    """The 200 messages in delivery order, by file stem, with their Message-IDs."""

    messages: list[tuple[str, bytes]]

    @property
    def ids(self) -> set[str]:
        return {_message_id(data) for _name, data in self.messages}


def _message_id(data: bytes) -> str:
    parsed = email.message_from_bytes(data, policy=email.policy.default)
    return str(parsed["Message-ID"]).strip()


def build_corpus(scratch: Path) -> Corpus:
    demo_dir = scratch / "demo"
    build_mail_folder(demo_dir, scratch / "pdfs")
    demo = sorted(demo_dir.glob("*.eml"))
    messages: list[tuple[str, bytes]] = []
    for copy in range(DEMO_COPIES):
        for path in demo:
            data = path.read_bytes().replace(
                b"Message-ID: <demo-", f"Message-ID: <c{copy}-demo-".encode()
            )
            messages.append((f"{len(messages):03d}-{path.stem}", data))
    index = 0
    while len(messages) < MESSAGES:
        messages.append((f"{len(messages):03d}-gen", _generated(index).as_bytes()))
        index += 1
    corpus = Corpus(messages)
    assert len(corpus.ids) == MESSAGES  # every Message-ID unique, so "once" is checkable
    return corpus


def deliver(corpus: Corpus, root: Path, backend: str) -> str:
    """Put the corpus in a fresh mailbox; return its URL."""
    if backend == "folder":
        root.mkdir(parents=True)
        for name, data in corpus.messages:
            (root / f"{name}.eml").write_bytes(data)
        return f"folder://{root}"
    for sub in ("cur", "new", "tmp"):
        (root / sub).mkdir(parents=True)
    for n, (_name, data) in enumerate(corpus.messages):  # valid Maildir names, sorted = order
        (root / "new" / f"{1_780_000_000 + n}.M{n:06d}P4242Q{n}.crashtest").write_bytes(data)
    return f"maildir://{root}"


# --- what the store and the mailbox hold ----------------------------------------------------


@dataclass(frozen=True)
class Outcome:
    """Everything about one message that must not depend on how often the agent died."""

    status: str
    category: str | None
    error: bool
    attachments: int
    remittances: int
    lines: int
    proposals: int
    parent: str | None
    folder: str


def snapshot(workspace: Workspace, folders: dict[str, str]) -> dict[str, Outcome]:
    with Session(workspace.engine) as s:
        rows = s.exec(select(Message)).all()
        by_row = {r.id: r for r in rows}
        ids = [r.message_id for r in rows]
        duplicates = [m for m, n in Counter(ids).items() if n > 1]
        assert not duplicates, f"recorded more than once by Message-ID: {duplicates[:5]}"
        attachments = Counter(a.message_id for a in s.exec(select(Attachment)).all())
        remits = s.exec(select(Remittance)).all()
        remit_owner = {r.id: r.message_id for r in remits}
        per_message = Counter(r.message_id for r in remits)
        lines = Counter(
            remit_owner[line.remittance_id] for line in s.exec(select(RemittanceLine)).all()
        )
        proposals = Counter(
            remit_owner[p.remittance_id] for p in s.exec(select(MatchProposal)).all()
        )
        out = {}
        for row in rows:
            assert row.message_id is not None and row.id is not None
            parent = by_row.get(row.thread_parent_id) if row.thread_parent_id else None
            out[row.message_id] = Outcome(
                status=row.status,
                category=row.category,
                error=row.error is not None,
                attachments=attachments[row.id],
                remittances=per_message[row.id],
                lines=lines[row.id],
                proposals=proposals[row.id],
                parent=parent.message_id if parent else None,
                folder=folders[row.message_id],
            )
    return out


def filed_messages(root: Path, backend: str) -> dict[str, list[tuple[str, bytes]]]:
    """Message-ID -> every (folder, bytes) it is found in, inbox included as ``INBOX``."""
    found: dict[str, list[tuple[str, bytes]]] = {}
    for path in sorted(root.rglob("*")):
        if not path.is_file() or (path.name.startswith(".") and backend == "folder"):
            continue
        rel = path.relative_to(root)
        if rel.parts[0] in ("Drafts", ".Drafts"):
            continue  # reply drafts live in the mailbox too; they are not filed mail
        if backend == "folder":
            if path.suffix != ".eml":
                continue
            folder = "/".join(rel.parts[:-1]) or "INBOX"
        else:
            if rel.parts[-2] not in ("new", "cur") or path.name == "maildirfolder":
                continue
            top = rel.parts[0]
            folder = top[1:].replace(".", "/") if top.startswith(".") else "INBOX"
        data = path.read_bytes()
        found.setdefault(_message_id(data), []).append((folder, data))
    return found


def _folders(found: dict[str, list[tuple[str, bytes]]]) -> dict[str, str]:
    return {mid: places[0][0] for mid, places in found.items()}


# --- the reference run and the poller -------------------------------------------------------


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Corpus:
    return build_corpus(tmp_path_factory.mktemp("corpus"))


@pytest.fixture(scope="module")
def reference(corpus: Corpus, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Outcome]:
    """One uninterrupted pass over the same mail: what the crashed runs must end with."""
    home = tmp_path_factory.mktemp("reference")
    deliver(corpus, home / "mail", "folder")
    workspace = open_workspace(Settings(home=home, database_url=f"sqlite:///{home / 'ref.db'}"))
    report = Agent(
        mailbox=EmlFolderMailbox(home / "mail"), workspace=workspace, rules=active_rules(RULES)
    ).poll_once()
    assert report.new == MESSAGES
    found = filed_messages(home / "mail", "folder")
    result = snapshot(workspace, _folders(found))
    workspace.engine.dispose()
    assert sum(o.remittances for o in result.values()) >= 25  # the corpus is remittance-rich
    return result


class Poller:
    """Drives tests/crash_worker.py: start a pass, maybe kill it, reap it."""

    def __init__(self, env: dict[str, str]) -> None:
        self.process = subprocess.Popen(
            [sys.executable, str(WORKER)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            env=env,
            cwd=REPO,
        )
        self.kills = 0

    def _ask(self, line: str) -> str:
        assert self.process.stdin is not None and self.process.stdout is not None
        self.process.stdin.write(line + "\n")
        self.process.stdin.flush()
        answer = self.process.stdout.readline().strip()
        assert answer, f"crash worker died answering {line!r}"
        return answer

    def run(self, *, kill_after: float | None = None, stage: tuple[str, int] | None = None) -> str:
        command = "run" if stage is None else f"run {stage[0]} {stage[1]}"
        pid = int(self._ask(command).split()[1])
        if kill_after is not None:
            time.sleep(kill_after)
            os.kill(pid, signal.SIGKILL)  # the child is not reaped yet: the pid is still ours
        status = self._ask("wait")
        if status == f"signal {int(signal.SIGKILL)}":
            self.kills += 1
        else:
            assert status == "exit 0", f"a pass failed on its own: {status}"
        return status

    def close(self) -> None:
        stdin: IO[str] | None = self.process.stdin
        if stdin is not None:
            stdin.write("quit\n")
            stdin.close()
        self.process.wait(timeout=30)


def _env(home: Path, db_url: str, mailbox_url: str) -> dict[str, str]:
    env = dict(os.environ)
    env.update(
        INBOX_AGENT_HOME=str(home),
        INBOX_AGENT_DATABASE_URL=db_url,
        INBOX_AGENT_MAILBOX_URL=mailbox_url,
        INBOX_AGENT_RULES=str(RULES),
        PYTHONPATH=str(REPO),
    )
    return env


def crash_and_recover(env: dict[str, str], seed: int, *, final_by_cli: bool) -> dict[str, Any]:
    """Kill the poller at staged points and at random moments, then let one run finish.

    The last run is the real ``inbox-agent poll --once`` when ``final_by_cli`` (it costs
    an import of the whole agent, so one variant does it), else one more forked pass.
    """
    rng = random.Random(seed)
    poller = Poller(env)
    started = time.monotonic()
    try:
        for stage in STAGED_KILLS:
            poller.run(stage=stage)
        for _ in range(rng.randint(8, 10)):
            poller.run(kill_after=rng.uniform(0.1, 0.7))
        if not final_by_cli:
            assert poller.run() == "exit 0"
    finally:
        poller.close()
    if final_by_cli:
        final = subprocess.run(
            [sys.executable, "-m", "inbox_agent", "poll", "--once", "--json"],
            env=env,
            cwd=REPO,
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )
        assert final.returncode == 0, final.stderr[-2000:]
        assert '"seen": ' in final.stdout
    return {"kills": poller.kills, "seconds": time.monotonic() - started}


VARIANTS = [
    pytest.param("folder", "sqlite", id="folder-sqlite"),
    pytest.param("maildir", "postgres", id="maildir-postgres", marks=pytest.mark.postgres),
]


@pytest.mark.slow
@pytest.mark.parametrize(("backend", "database"), VARIANTS)
def test_sigkill_at_random_points_loses_nothing_and_duplicates_nothing(
    backend: str,
    database: str,
    corpus: Corpus,
    reference: dict[str, Outcome],
    tmp_path: Path,
    request: pytest.FixtureRequest,
) -> None:
    """GIVEN 200 messages (demo remittances, zipped advices, requests, replies, auto-replies)
    WHEN the poller is SIGKILLed 13-15 times (5 at chosen intake steps, the rest at seeded
    random moments), restarted after each kill, and finally run to the end (on SQLite by
    the real `inbox-agent poll --once`)
    THEN every message is recorded once (by backend key and Message-ID), filed once in
    the folder an uninterrupted run chooses, none is left in the inbox, its status,
    remittances, proposals, attachments and thread link equal the uninterrupted run's, no
    proposal or audit event is doubled, and every original is in the blob store."""
    home = tmp_path / "home"
    if database == "sqlite":
        db_url = f"sqlite:///{tmp_path / 'crash.db'}"
    else:
        db_url = request.getfixturevalue("pg_server").create_database()
    mail = tmp_path / "mail"
    url = deliver(corpus, mail, backend)
    figures = crash_and_recover(
        _env(home, db_url, url), seed=20261128, final_by_cli=database == "sqlite"
    )
    print(f"\n{backend}/{database}: {figures['kills']} SIGKILLs, {figures['seconds']:.1f} s")

    assert figures["kills"] >= 10  # 5 staged + 8-10 timed; a pass that ends first is no kill
    found = filed_messages(mail, backend)
    assert set(found) == corpus.ids
    twice = {mid: [f for f, _ in places] for mid, places in found.items() if len(places) != 1}
    assert not twice, f"messages filed more than once: {dict(list(twice.items())[:5])}"
    assert not [mid for mid, places in found.items() if places[0][0] == "INBOX"]
    originals = {_message_id(data): data for _name, data in corpus.messages}
    assert all(places[0][1] == originals[mid] for mid, places in found.items())

    workspace = open_workspace(Settings(home=home, database_url=db_url))
    try:
        after = snapshot(workspace, _folders(found))
        _assert_store_is_whole(workspace, originals)
    finally:
        workspace.engine.dispose()
    assert set(after) == corpus.ids
    different = {mid: (reference[mid], after[mid]) for mid in after if after[mid] != reference[mid]}
    assert not different, (
        f"{len(different)} differ from the clean run, e.g. {next(iter(different.items()))}"
    )


def _assert_store_is_whole(workspace: Workspace, originals: dict[str, bytes]) -> None:
    with Session(workspace.engine) as s:
        rows = s.exec(select(Message)).all()
        assert len(rows) == len({r.backend_key for r in rows}) == len(originals)
        assert all(r.status != "received" for r in rows)
        for row in rows:
            assert row.message_id is not None
            assert workspace.blobs.get(row.sha256) == originals[row.message_id]
        for attachment in s.exec(select(Attachment)).all():
            assert workspace.blobs.exists(attachment.sha256)
        proposals = s.exec(select(MatchProposal)).all()
        remittances = s.exec(select(Remittance)).all()
        assert len(proposals) == len(remittances) == len({p.remittance_id for p in proposals})
        audits = s.exec(
            select(AuditEvent).where(col(AuditEvent.action) == "proposal.created")
        ).all()
        assert sorted(int(a.entity_id) for a in audits) == sorted(p.id for p in proposals if p.id)


@pytest.mark.postgres
def test_two_workers_on_one_postgres_never_process_a_message_twice(
    corpus: Corpus, reference: dict[str, Outcome], tmp_path: Path, request: pytest.FixtureRequest
) -> None:
    """GIVEN two agents (no instance lock between them: two machines of a team) polling
    the same Maildir (92 messages) into the same PostgreSQL at the same time
    WHEN both passes run to the end
    THEN per-message claims mean each message is processed by one of them only: the end
    state equals an uninterrupted single run's, and the two reports add up to one each."""
    db_url = request.getfixturevalue("pg_server").create_database()
    mail = tmp_path / "mail"
    subset = Corpus(corpus.messages[:12] + corpus.messages[-80:])  # one demo morning + 80
    deliver(subset, mail, "maildir")
    rules = active_rules(RULES)
    workspaces = [
        open_workspace(Settings(home=tmp_path / "shared-home", database_url=db_url))
        for _ in range(2)
    ]
    reports = []

    def work(workspace: Workspace) -> None:
        agent = Agent(mailbox=MaildirMailbox(mail), workspace=workspace, rules=rules)
        reports.append(agent.poll_once())

    threads = [threading.Thread(target=work, args=(ws,)) for ws in workspaces]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=300)
    assert len(reports) == 2
    assert sum(r.new for r in reports) == len(subset.messages)
    assert all(r.failed == 0 for r in reports)
    assert all(r.new > 0 for r in reports), "one worker did everything; no concurrency tested"

    found = filed_messages(mail, "maildir")
    assert set(found) == subset.ids
    assert all(len(places) == 1 and places[0][0] != "INBOX" for places in found.values())
    after = snapshot(workspaces[0], _folders(found))
    originals = {_message_id(data): data for _name, data in subset.messages}
    _assert_store_is_whole(workspaces[0], originals)
    for workspace in workspaces:
        workspace.engine.dispose()
    different = {mid for mid in after if after[mid] != reference[mid]}
    assert not different
