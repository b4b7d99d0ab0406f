"""Local mail-folder backends: a folder of ``.eml`` files, and a Maildir.

These are the embedded default (the demo and tests run on them) and also useful in
production for a mailbox exported by another tool. Moving is a rename within the same
filesystem, so a message is never in two places or none.
"""

from __future__ import annotations

import hashlib
import json
import mailbox
import os
from collections.abc import Iterator
from email.parser import BytesHeaderParser
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
DIGEST_CHARS = 16
"""Hex digits of SHA-256 in a folder key: 64 bits tell two mails under one name apart."""
_DIGEST_MARK = "@sha256:"


def folder_key(name: str, digest: str) -> str:
    """The identity of a ``.eml`` file in a folder mailbox: its name and its content."""
    return f"folder:{name}{_DIGEST_MARK}{digest}"


def folder_key_name(key: str) -> str:
    """The file name inside a folder key (keys from before digests were added are names)."""
    body = key.removeprefix("folder:")
    name, mark, _digest = body.rpartition(_DIGEST_MARK)
    return name if mark else body


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
        """Yield waiting ``.eml`` files, oldest (by name) first for a stable order.

        A file name alone is not an identity: people and scripts reuse ``1.eml`` for a
        different mail once the first was filed. The key therefore carries the name and a
        digest of the bytes, so a new mail under an old name is new, and the same file seen
        again (say after a crash before it was moved) is the same message.
        """
        self.check()
        for path in sorted(self.root.glob("*.eml")):
            try:
                digest = hashlib.sha256(path.read_bytes()).hexdigest()[:DIGEST_CHARS]
            except OSError:  # moved away by another worker since the listing
                continue
            yield MailRef(backend_key=folder_key(path.name, digest))

    def _path(self, ref: MailRef) -> Path:
        return self.root / folder_key_name(ref.backend_key)

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
        if not source.exists():
            return
        target = target_dir / source.name
        if target.exists():
            if target.read_bytes() == source.read_bytes():
                source.unlink()  # filed before; this is the same mail delivered again
                return
            digest = hashlib.sha256(source.read_bytes()).hexdigest()[:8]
            target = target_dir / f"{source.stem}-{digest}{source.suffix}"  # never overwrite
        source.replace(target)

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
        except (KeyError, FileNotFoundError) as exc:  # moved away, perhaps by another worker
            raise MailboxError(f"{ref.backend_key} is no longer in the Maildir") from exc

    def move(self, ref: MailRef, folder: str) -> None:
        """Rename the file into the sub-folder: one atomic step, never two copies.

        Adding a copy and then deleting the original would leave the message in both
        places if the agent died in between, and the next pass would file a second copy.
        A rename keeps the file name (key and flags) and its ``new``/``cur`` place.
        """
        key = ref.backend_key.removeprefix("maildir:")
        source = self._inbox_file(key)
        if source is None:
            return  # already moved (before a crash, or by a person)
        box = self._box()
        name = folder.replace("/", ".")
        if name not in box.list_folders():
            box.add_folder(name)
        target = self.root / f".{name}" / source.parent.name / source.name
        try:
            source.replace(target)
        except FileNotFoundError:
            if self._inbox_file(key) is not None:  # not a concurrent move: a real failure
                raise MailboxError(f"cannot move {ref.backend_key} to {folder}") from None

    def _inbox_file(self, key: str) -> Path | None:
        """The inbox file holding ``key`` (``new/KEY`` or ``cur/KEY:2,FLAGS``), if any."""
        fresh = self.root / "new" / key
        if fresh.is_file():
            return fresh
        for sub in ("new", "cur"):
            with os.scandir(self.root / sub) as entries:
                for entry in entries:
                    if entry.name.split(":", 1)[0] == key and entry.is_file():
                        return Path(entry.path)
        return None

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
        """Add the draft to ``.Drafts`` with the Draft (D) flag; one per Message-ID.

        The file is named after the Message-ID and linked into place only if no file has
        that name, so saving the same draft again (a retry after a crash) finds the one
        already there instead of adding a second copy, as IMAP does.
        """
        box = self._box()
        drafts = box.get_folder(DRAFTS) if DRAFTS in box.list_folders() else box.add_folder(DRAFTS)
        message_id = _message_id_of(raw)
        if not message_id:
            message = mailbox.MaildirMessage(raw)
            message.add_flag("D")
            return f"maildir:{DRAFTS}/{drafts.add(message)}"
        key = "draft." + hashlib.sha256(message_id.encode()).hexdigest()[:40]
        if key not in drafts:
            folder = self.root / f".{DRAFTS}"
            tmp = folder / "tmp" / f"{key}.{os.getpid()}"
            tmp.write_bytes(raw)
            try:
                os.link(tmp, folder / "cur" / f"{key}:2,D")
            except FileExistsError:
                pass  # saved a moment ago by another process
            finally:
                tmp.unlink(missing_ok=True)
        return f"maildir:{DRAFTS}/{key}"


def _message_id_of(raw: bytes) -> str:
    """The Message-ID header of raw bytes (headers only are parsed), or ""."""
    head = raw.split(b"\r\n\r\n", 1)[0].split(b"\n\n", 1)[0]
    parsed = BytesHeaderParser().parsebytes(head + b"\n\n")
    return str(parsed.get("Message-ID") or "").strip()
