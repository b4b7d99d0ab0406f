"""Build (or refresh) the demo workspace and run one pass of the agent over it.

Running the demo again re-delivers the same sample mail; the agent recognises every
message by its mailbox identity and files it without processing it twice, so the
summary's totals do not change.
"""

from __future__ import annotations

import os
import secrets
import shutil
import socket
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from inbox_agent.config.rules import Rules
from inbox_agent.demo.sample import build_mail_folder, open_items, open_items_csv
from inbox_agent.imports.mapping import customers_from_rules
from inbox_agent.imports.open_items import read_open_items
from inbox_agent.mail.local import EmlFolderMailbox
from inbox_agent.pipeline import Agent, PassReport
from inbox_agent.settings import Settings
from inbox_agent.store import repo
from inbox_agent.store.db import session_scope
from inbox_agent.workspace import Workspace, open_workspace


@dataclass(frozen=True, slots=True)
class DemoResult:
    """The store's totals after the pass, and what this pass did."""

    summary: dict[str, Any]
    report: PassReport
    home: Path


def _load_reference_data(workspace: Workspace, rules: Rules, home: Path) -> None:
    csv_path = home / "open-items.csv"
    csv_path.write_text(open_items_csv(), encoding="utf-8")
    items = read_open_items(csv_path)
    with session_scope(workspace.engine) as session:
        for customer in customers_from_rules(rules.payers):
            repo.upsert_customer(session, customer=customer)
        for item in items:
            repo.upsert_open_item(session, item=item)


def run_demo(settings: Settings, rules: Rules, *, uploads: bool = False) -> DemoResult:
    """Seed the workspace (idempotently), deliver the sample mail, run one pass.

    With ``uploads`` the sample invoices also go to the local portal replicas in Chromium
    (the demo command does this; most tests leave it to the portal tests, since a browser
    run costs seconds).
    """
    home = settings.home
    workspace = open_workspace(settings)
    _load_reference_data(workspace, rules, home)
    inbox = home / "mail"
    with tempfile.TemporaryDirectory() as scratch:
        build_mail_folder(inbox, Path(scratch))
    agent = Agent(mailbox=EmlFolderMailbox(inbox), workspace=workspace, rules=rules)
    report = agent.poll_once()
    with session_scope(workspace.engine) as session:
        summary = repo.summary(session)
    if uploads:
        from portal_uploaders.demo import run_demo_uploads

        outcome = run_demo_uploads(
            engine=workspace.engine, rules=rules, home=home, open_items=open_items()
        )
        summary["uploads"] = outcome.counts
    return DemoResult(summary=summary, report=report, home=home)


def demo_rules_path(home: Path, source: Path) -> Path:
    """The demo edits its own copy of the rules, never the project's file.

    ``INBOX_AGENT_RULES`` still wins when set: then the admin chose the file on purpose.
    """
    if os.environ.get("INBOX_AGENT_RULES"):
        return source
    target = home / "rules.yaml"
    if not target.exists():
        home.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(source, target)
    return target


def ensure_demo_users(settings: Settings) -> dict[str, str]:
    """A reviewer and an admin with random passwords, kept in the workspace (mode 0600)."""
    path = settings.home / "demo-credentials.txt"
    if path.exists():
        pairs = (line.split(" ", 1) for line in path.read_text().splitlines() if " " in line)
        return {name: password for name, password in pairs}
    from inbox_agent.web.security import hash_password

    credentials = {"reviewer": secrets.token_urlsafe(9), "admin": secrets.token_urlsafe(9)}
    workspace = open_workspace(settings)
    with session_scope(workspace.engine) as session:
        for name, password in credentials.items():
            if repo.get_user(session, name=name) is None:
                repo.add_user(session, name=name, role=name, password_hash=hash_password(password))
    path.write_text("".join(f"{n} {p}\n" for n, p in credentials.items()))
    path.chmod(0o600)
    return credentials


def first_free_port(preferred: int, *, tries: int = 50) -> int:
    """``preferred`` if nothing listens there, else the next free one on loopback."""
    for port in range(preferred, preferred + tries):
        with socket.socket() as sock:
            try:
                sock.bind(("127.0.0.1", port))
            except OSError:
                continue
            return port
    raise OSError(f"no free port between {preferred} and {preferred + tries - 1}")
