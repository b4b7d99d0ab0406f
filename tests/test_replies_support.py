"""Shared helpers for the reply-draft tests (no tests here): a small world, mail, rules.

A world is a workspace with the demo's customers and open items and an empty mailbox
(a folder of .eml files or a Maildir); tests drop mail in and run one agent pass. It is
built without the demo's PDF remittances, so each test costs well under a second.
"""

from __future__ import annotations

import mailbox
import shutil
from dataclasses import dataclass
from datetime import UTC, datetime
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path
from typing import Any

from inbox_agent.config.active import active_rules
from inbox_agent.config.rules import Rules
from inbox_agent.demo.sample import open_items_csv
from inbox_agent.imports.mapping import customers_from_rules
from inbox_agent.imports.open_items import read_open_items
from inbox_agent.mail.base import Mailbox
from inbox_agent.mail.local import EmlFolderMailbox, MaildirMailbox
from inbox_agent.pipeline import Agent, PassReport
from inbox_agent.settings import Settings
from inbox_agent.store import repo
from inbox_agent.store.db import session_scope
from inbox_agent.workspace import Workspace, open_workspace

REPO = Path(__file__).resolve().parents[1]
RULES = REPO / "rules.yaml"
AR = "ar@northwind-supplies.example.com"
WRITTEN = datetime(2026, 11, 25, 9, 30, tzinfo=UTC)  # a Wednesday


@dataclass
class World:
    """A workspace with open items, a mailbox, and the rules in force."""

    home: Path
    workspace: Workspace
    rules: Rules
    mail_root: Path
    mailbox: Mailbox
    backend: str

    def deliver(self, name: str, raw: bytes) -> None:
        """Put a message in the inbox, as the mail server would."""
        if self.backend == "maildir":
            box = mailbox.Maildir(self.mail_root, create=False)
            box.add(raw)
        else:
            (self.mail_root / name).write_bytes(raw)

    def poll(self) -> PassReport:
        """One agent pass over the inbox."""
        return Agent(mailbox=self.mailbox, workspace=self.workspace, rules=self.rules).poll_once()


def rules_with(rules: Rules | None = None, **replies: Any) -> Rules:
    """The shipped rules with some ``replies`` settings changed."""
    base = rules or active_rules(RULES)
    return base.model_copy(update={"replies": base.replies.model_copy(update=replies)})


_TEMPLATE: dict[str, Path] = {}


def _seed(settings: Settings, scratch: Path) -> Workspace:
    workspace = open_workspace(settings)
    csv_path = scratch / "open-items.csv"
    csv_path.write_text(open_items_csv(), encoding="utf-8")
    with session_scope(workspace.engine) as session:
        for customer in customers_from_rules(active_rules(RULES).payers):
            repo.upsert_customer(session, customer=customer)
        for item in read_open_items(csv_path):
            repo.upsert_open_item(session, item=item)
    return workspace


def _template(root: Path) -> Path:
    """The seeded SQLite workspace, made once per test session."""
    if "home" not in _TEMPLATE:
        root.mkdir(parents=True, exist_ok=True)
        home = root / "ws"
        _seed(Settings(home=home, database_url=None), root).engine.dispose()
        _TEMPLATE["home"] = home
    return _TEMPLATE["home"]


def make_world(
    tmp_path: Path,
    *,
    rules: Rules | None = None,
    backend: str = "folder",
    db_url: str | None = None,
) -> World:
    """A fresh workspace (SQLite unless ``db_url``) seeded like the demo, and an empty inbox."""
    rules = rules or active_rules(RULES)
    home = tmp_path / "ws"
    if db_url is None:  # SQLite: a copy of one seeded workspace per session
        shutil.copytree(_template(tmp_path.parent / "replies-template"), home)
        workspace = open_workspace(Settings(home=home, database_url=None))
    else:
        workspace = _seed(Settings(home=home, database_url=db_url), tmp_path)
    root = tmp_path / "mail"
    box: Mailbox
    if backend == "maildir":
        mailbox.Maildir(root, create=True)
        box = MaildirMailbox(root)
    else:
        root.mkdir()
        box = EmlFolderMailbox(root)
    return World(home, workspace, rules, root, box, backend)


def mail(
    subject: str,
    body: str,
    *,
    sender: str = "Accounts Payable <ap@acme.example.com.au>",
    message_id: str = "<m1@acme.example.com.au>",
    when: datetime = WRITTEN,
    headers: dict[str, str] | None = None,
    attachments: list[tuple[str, str, bytes]] | None = None,
) -> bytes:
    """A customer's message to the AR mailbox, as RFC 5322 bytes."""
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = AR
    msg["Subject"] = subject
    msg["Date"] = format_datetime(when)
    msg["Message-ID"] = message_id
    for name, value in (headers or {}).items():
        msg[name] = value
    msg.set_content(body)
    for filename, content_type, data in attachments or []:
        maintype, _, subtype = content_type.partition("/")
        msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=filename)
    return msg.as_bytes()
