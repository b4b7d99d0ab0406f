"""Content-addressed storage for the original bytes of every message and attachment.

Originals are written here before anything else happens to a message (DESIGN.md): a crash
or a bug may delay work but never lose a remittance. Addressing by SHA-256 makes a second
write of the same bytes a no-op, and checking the hash on every read turns silent disk
corruption into a loud error.
"""

from __future__ import annotations

import hashlib
import os
import re
import tempfile
from pathlib import Path

from inbox_agent.errors import StorageError

_SHA256 = re.compile(r"[0-9a-f]{64}")


class BlobStore:
    """Bytes filed under ``root/ab/cd/<sha256>`` so no folder grows too large to list."""

    def __init__(self, root: Path) -> None:
        """Use ``root`` (created on the first write) as the store's folder."""
        self.root = Path(root)

    def path(self, sha: str) -> Path:
        """Where the blob ``sha`` lives (whether or not it exists yet).

        Raises:
            StorageError: ``sha`` is not a lowercase SHA-256 hex digest, which would let a
                caller's typo (or a crafted name) point outside the store.
        """
        if not _SHA256.fullmatch(sha):
            msg = f"not a SHA-256 hex digest: {sha!r}"
            raise StorageError(msg)
        return self.root / sha[:2] / sha[2:4] / sha

    def exists(self, sha: str) -> bool:
        """Whether the blob has been stored."""
        return self.path(sha).is_file()

    def put(self, data: bytes) -> str:
        """Store ``data`` and return its SHA-256; storing the same bytes again changes nothing.

        The bytes go to a temporary file in the target folder, are fsynced, then renamed
        into place, so a reader never sees half a blob and a crash leaves either nothing
        or the whole file.

        Raises:
            StorageError: the store's folder cannot be written.
        """
        sha = hashlib.sha256(data).hexdigest()
        target = self.path(sha)
        if target.is_file():
            return sha
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            self._write_atomically(target, data)
        except OSError as exc:
            msg = f"cannot write to the blob store {self.root}: {exc}; check space and permissions"
            raise StorageError(msg) from exc
        return sha

    def get(self, sha: str) -> bytes:
        """Return the bytes stored as ``sha``, after checking they still hash to it.

        Raises:
            StorageError: the blob is missing, unreadable, or its bytes no longer match
                their hash (the disk or someone changed the file).
        """
        target = self.path(sha)
        try:
            data = target.read_bytes()
        except FileNotFoundError as exc:
            msg = f"blob {sha} is missing from {self.root}; restore the store from backup"
            raise StorageError(msg) from exc
        except OSError as exc:
            msg = f"cannot read blob {sha} from {self.root}: {exc}"
            raise StorageError(msg) from exc
        actual = hashlib.sha256(data).hexdigest()
        if actual != sha:
            msg = (
                f"blob {target} is corrupt: its bytes hash to {actual}, not {sha}; "
                "restore the file from backup"
            )
            raise StorageError(msg)
        return data

    @staticmethod
    def _write_atomically(target: Path, data: bytes) -> None:
        fd, tmp_name = tempfile.mkstemp(dir=target.parent, prefix=".tmp-", suffix=".part")
        tmp = Path(tmp_name)
        try:
            with os.fdopen(fd, "wb") as handle:
                handle.write(data)
                handle.flush()
                os.fsync(handle.fileno())
            tmp.chmod(0o444)
            tmp.replace(target)
        except BaseException:
            tmp.unlink(missing_ok=True)
            raise
        _fsync_dir(target.parent)


def _fsync_dir(folder: Path) -> None:
    """Make the rename itself durable; a no-op where folders cannot be opened (Windows)."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
