"""Invoice copies from the invoice archive: a folder (or an ERP's export path) of files.

Files are found by the invoice number in their name, compared the way the matcher compares
numbers (case, spaces, dashes and leading zeros forgiven), and only as whole tokens of the
name: ``Invoice_INV-10004_Acme.pdf`` is a copy of INV-10004, ``INV-100045.pdf`` is not.
When several files hold one number, the one whose whole name is the number wins, then the
shortest name (``INV-10004.pdf`` before ``INV-10004-reminder.pdf``).
"""

from __future__ import annotations

import logging
import mimetypes
import os
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from matchers.refs import normalise_ref, unpad

log = logging.getLogger(__name__)

MAX_FILES_SCANNED = 200_000
MAX_ATTACHMENT_BYTES = 15 * 1024 * 1024
"""All copies of one reply together; mail servers refuse much beyond 20 MB once encoded."""
SEPARATORS = re.compile(r"[\s_.,;()\[\]{}+#-]+")
WIDEST_RUN = 3
"""A number may be split over this many name tokens (``INV``, ``10004`` or ``2026``...)."""


@dataclass(frozen=True, slots=True)
class InvoiceCopy:
    """A file in the archive holding a copy of one invoice."""

    invoice_number: str
    path: Path

    @property
    def content_type(self) -> str:
        """The file's MIME type from its extension (PDF for most archives)."""
        guessed, _ = mimetypes.guess_type(self.path.name)
        return guessed or "application/octet-stream"


@dataclass(frozen=True, slots=True)
class ArchiveResult:
    """Which invoices have a copy to attach, and which were asked for but not found."""

    copies: tuple[InvoiceCopy, ...]
    missing: tuple[str, ...]


def archive_folder(setting: str | None) -> Path | None:
    """The configured archive as a path (``~`` expanded), or None when there is none."""
    if not setting:
        return None
    return Path(setting).expanduser()


def _key(text: str) -> str:
    return unpad(normalise_ref(text))


def name_keys(stem: str) -> set[str]:
    """Every number a file name can be read as: runs of one to three of its tokens."""
    tokens = [t for t in SEPARATORS.split(stem) if t]
    keys: set[str] = set()
    for start in range(len(tokens)):
        for width in range(1, WIDEST_RUN + 1):
            run = tokens[start : start + width]
            if len(run) == width:
                keys.add(_key("".join(run)))
    return keys


def _files(folder: Path) -> Iterator[tuple[str, str]]:
    """(directory, name) of visible files under ``folder``, at most MAX_FILES_SCANNED.

    Plain strings, not Paths: building a Path per file was most of the time on a large
    archive, and only the few files that hold a wanted number become Paths.
    """
    seen = 0
    for root, dirs, names in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(names):
            if name.startswith("."):
                continue
            seen += 1
            if seen > MAX_FILES_SCANNED:
                log.warning("invoice archive %s: stopped after %d files", folder, seen - 1)
                return
            yield root, name


def find_invoice_copies(folder: Path | None, invoice_numbers: Sequence[str]) -> ArchiveResult:
    """The archive's copy of each invoice; numbers without one are ``missing``.

    An archive that is not there (unmounted share, typo) is logged and treated as empty:
    the reply is still drafted, saying the copies will follow.
    """
    wanted = {_key(n): n for n in invoice_numbers if _key(n)}
    if folder is None or not wanted:
        return ArchiveResult((), tuple(invoice_numbers))
    if not folder.is_dir():
        log.warning("invoice archive %s is not a folder; no copies attached", folder)
        return ArchiveResult((), tuple(invoice_numbers))
    best: dict[str, Path] = {}
    # Every digit run of a number (less its leading zeros) is in the name of its copy,
    # however the name is formatted; a name holding none of them cannot match.
    digit_runs = {
        run.lstrip("0") or "0" for number in wanted.values() for run in re.findall(r"\d+", number)
    }
    for directory, name in _files(folder):
        stem = name.rpartition(".")[0] or name
        if not any(run in stem for run in digit_runs):
            continue  # cheap: most files of a large archive hold none of the numbers
        for key in name_keys(stem) & wanted.keys():
            path = Path(directory, name)
            current = best.get(key)
            if current is None or _rank(path, key) < _rank(current, key):
                best[key] = path
    copies: list[InvoiceCopy] = []
    missing: list[str] = []
    budget = MAX_ATTACHMENT_BYTES
    for key, number in wanted.items():
        found = best.get(key)
        size = _size(found) if found is not None else None
        if found is None or size is None or size > budget:
            missing.append(number)
            continue
        budget -= size
        copies.append(InvoiceCopy(number, found))
    return ArchiveResult(tuple(copies), tuple(missing))


def _rank(path: Path, key: str) -> tuple[int, int, str]:
    exact = _key(path.stem) == key
    return (0 if exact else 1, len(path.name), str(path))


def _size(path: Path) -> int | None:
    try:
        return path.stat().st_size
    except OSError as exc:
        log.warning("invoice copy %s cannot be read: %s", path, exc)
        return None
