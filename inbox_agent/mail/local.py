"""Local mail-folder backends: a folder of ``.eml`` files, and a Maildir.

These are the embedded default (the demo and tests run on them) and also useful in
production for a mailbox exported by another tool. Moving is a rename within the same
filesystem, so a message is never in two places or none.
"""

from __future__ import annotations

import hashlib
import json
import mailbox
from collections.abc import Iterator
from pathlib import Path

from inbox_agent.errors import MailboxError
from inbox_agent.mail.base import MailRef


def _safe_folder(root: Path, folder: str) -> Path:
    parts = [p for p in folder.replace("\\", "/").split("/") if p not in ("", ".", "..")]
    if not parts:
        raise MailboxError(f"folder name {folder!r} is empty")
    return root.joinpath(*parts)


DRAFTS = "Drafts"
FLAGS_FILE = ".flags.json"


class EmlFolderMailbox:
    """A folder whose top-level ``*.eml`` files are the inbox; subfolders are mail folders."""

    kind = "folder"

    def __init__(self, root: Path) -> None:
        """Watch ``root``; sub-folders hold the filed mail."""
        self.root = root

    def check(self) -> str:
        """Confirm the folder exists and is readable."""
        if not self.root.is_dir():
            raise MailboxError(f"mail folder {self.root} does not exist; create it or fix the URL")
        count = sum(1 for _ in self.root.glob("*.eml"))
        return f"folder {self.root}: {count} message(s) waiting"

    def list_new(self) -> Iterator[MailRef]:
        """Yield waiting ``.eml`` files, oldest (by name) first for a stable order."""
        self.check()
        for path in sorted(self.root.glob("*.eml")):
            yield MailRef(backend_key=f"folder:{path.name}")

    def _path(self, ref: MailRef) -> Path:
        name = ref.backend_key.removeprefix("folder:")
        return self.root / name

    def fetch(self, ref: MailRef) -> bytes:
        """Read the file as it is on disk."""
        try:
            return self._path(ref).read_bytes()
        except OSError as exc:
            raise MailboxError(f"cannot read {ref.backend_key}: {exc}") from exc

    def move(self, ref: MailRef, folder: str) -> None:
        """Rename into the folder; a message already moved is left as it is."""
        source = self._path(ref)
        target_dir = _safe_folder(self.root, folder)
        target_dir.mkdir(parents=True, exist_ok=True)
        if source.exists():
            source.replace(target_dir / source.name)

    def set_flag(self, ref: MailRef, label: str) -> None:
        """Files carry no flags, so labels are kept in a ``.flags.json`` beside the inbox."""
        store = self.root / FLAGS_FILE
        flags: dict[str, list[str]] = json.loads(store.read_text()) if store.exists() else {}
        labels = flags.setdefault(ref.backend_key, [])
        if label not in labels:
            labels.append(label)
            tmp = store.with_suffix(".tmp")
            tmp.write_text(json.dumps(flags, indent=1, sort_keys=True))
            tmp.replace(store)

    def save_draft(self, raw: bytes) -> str:
        """Write the draft as ``Drafts/<sha256>.eml``; the same draft twice is one file."""
        drafts = self.root / DRAFTS
        drafts.mkdir(parents=True, exist_ok=True)
        name = hashlib.sha256(raw).hexdigest() + ".eml"
        target = drafts / name
        if not target.exists():
            tmp = drafts / (name + ".tmp")
            tmp.write_bytes(raw)
            tmp.replace(target)
        return f"folder:{DRAFTS}/{name}"


class MaildirMailbox:
    """A Maildir: ``new/`` and ``cur/`` of the top level are the inbox; ``.Folder`` are folders."""

    kind = "maildir"

    def __init__(self, root: Path) -> None:
        """Open (without creating) the Maildir at ``root``."""
        self.root = root

    def _box(self) -> mailbox.Maildir:
        if not (self.root / "cur").is_dir() or not (self.root / "new").is_dir():
            raise MailboxError(f"{self.root} is not a Maildir (needs cur/, new/ and tmp/)")
        return mailbox.Maildir(self.root, factory=None, create=False)

    def check(self) -> str:
        """Confirm the Maildir structure is there."""
        box = self._box()
        return f"maildir {self.root}: {len(box)} message(s) waiting"

    def list_new(self) -> Iterator[MailRef]:
        """Yield message keys sorted by delivery name (which starts with the delivery time)."""
        box = self._box()
        for key in sorted(box.keys()):
            yield MailRef(backend_key=f"maildir:{key}")

    def fetch(self, ref: MailRef) -> bytes:
        """Return the stored bytes, as delivered."""
        box = self._box()
        key = ref.backend_key.removeprefix("maildir:")
        try:
            return box.get_bytes(key)
        except KeyError as exc:
            raise MailboxError(f"{ref.backend_key} is no longer in the Maildir") from exc

    def move(self, ref: MailRef, folder: str) -> None:
        """Add to the sub-folder, then remove from the inbox (a crash between leaves a copy)."""
        box = self._box()
        key = ref.backend_key.removeprefix("maildir:")
        if key not in box:
            return
        name = folder.replace("/", ".")
        target = box.get_folder(name) if name in box.list_folders() else box.add_folder(name)
        target.add(box.get_bytes(key))
        box.discard(key)

    def set_flag(self, ref: MailRef, label: str) -> None:
        """Maildir has only single-letter flags; any label marks the message flagged (F)."""
        box = self._box()
        key = ref.backend_key.removeprefix("maildir:")
        if key in box:
            message = box[key]
            message.add_flag("F")
            box[key] = message
        _ = label  # Maildir cannot carry named labels; the store records the category

    def save_draft(self, raw: bytes) -> str:
        """Add the draft to the ``.Drafts`` folder with the Draft (D) flag."""
        box = self._box()
        drafts = box.get_folder(DRAFTS) if DRAFTS in box.list_folders() else box.add_folder(DRAFTS)
        message = mailbox.MaildirMessage(raw)
        message.add_flag("D")
        return f"maildir:{DRAFTS}/{drafts.add(message)}"
