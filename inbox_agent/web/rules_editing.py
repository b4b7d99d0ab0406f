"""Changing rules.yaml from the browser safely: validate, diff, dry run, save, revert.

The same validator as ``inbox-agent rules check`` decides; a file that does not pass is
never written. Every saved version is kept with its author, so any change can be undone.
"""

from __future__ import annotations

import difflib
import hashlib
import os
import tempfile
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from sqlmodel import Session, col, select

from inbox_agent.classify.rules_classifier import classify
from inbox_agent.config.loader import RuleProblem, validate_rules_text
from inbox_agent.config.rules import Rules
from inbox_agent.mail.parse import parse_message
from inbox_agent.store import repo
from inbox_agent.store.blobs import BlobStore
from inbox_agent.store.models import Message, RulesVersion


def sha256_text(text: str) -> str:
    """The identity of one version of the rules text."""
    return hashlib.sha256(text.encode()).hexdigest()


def diff(old: str, new: str) -> list[str]:
    """A unified diff, line by line, for the page to colour."""
    return list(
        difflib.unified_diff(
            old.splitlines(),
            new.splitlines(),
            "rules.yaml (in force)",
            "rules.yaml (edited)",
            lineterm="",
        )
    )


@dataclass(frozen=True)
class DryRunRow:
    """How the new rules would sort one recent message, against how it was sorted."""

    message_id: int
    subject: str
    before: str | None
    after: str
    rule: str | None


@dataclass(frozen=True)
class DryRun:
    """The new rules over the last N messages."""

    rows: list[DryRunRow]
    changed: int
    by_category: Counter[str]


def dry_run(session: Session, blobs: BlobStore, rules: Rules, *, last: int = 200) -> DryRun:
    """Re-sort the last ``last`` messages with ``rules``; nothing is written."""
    messages = session.exec(select(Message).order_by(col(Message.id).desc()).limit(last)).all()
    rows: list[DryRunRow] = []
    for message in messages:
        if not blobs.exists(message.sha256):
            continue
        verdict = classify(parse_message(blobs.get(message.sha256)), rules.sorting)
        assert message.id is not None
        rows.append(
            DryRunRow(
                message.id, message.subject or "", message.category, verdict.category, verdict.rule
            )
        )
    changed = sum(1 for r in rows if r.before != r.after)
    return DryRun(rows=rows, changed=changed, by_category=Counter(r.after for r in rows))


def validate(text: str) -> tuple[Rules | None, list[RuleProblem]]:
    """The CLI's validation, on text from the editor."""
    return validate_rules_text(text)


def ensure_first_version(session: Session, path: Path) -> None:
    """Keep the file as it was before the first browser edit, so it can be restored."""
    if session.exec(select(RulesVersion).limit(1)).first() is None and path.exists():
        text = path.read_text(encoding="utf-8")
        repo.record_rules_version(
            session, author="(file on disk)", sha256=sha256_text(text), text=text
        )


def save(session: Session, path: Path, text: str, *, author: str) -> Rules:
    """Validate, write atomically, record the version and an audit event.

    Raises:
        ValueError: the text does not pass validation (nothing is written).
    """
    rules, problems = validate(text)
    if rules is None or problems:
        raise ValueError(f"{len(problems)} problem(s); nothing was saved")
    ensure_first_version(session, path)
    before = path.read_text(encoding="utf-8") if path.exists() else ""
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".rules-", suffix=".yaml")
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        handle.write(text)
        handle.flush()
        os.fsync(handle.fileno())
    Path(tmp).replace(path)
    digest = sha256_text(text)
    version = repo.record_rules_version(session, author=author, sha256=digest, text=text)
    repo.record_audit(
        session,
        actor=author,
        action="rules.saved",
        entity="rules",
        entity_id=str(version.id),
        before={"sha256": sha256_text(before), "text": before},
        after={"sha256": digest, "text": text},
    )
    return rules
