"""One agent per workspace: an exclusive ``flock`` on ``agent.lock`` in INBOX_AGENT_HOME.

Two agents polling the same workspace would race for the same messages and the same
SQLite file. A lock file held with ``fcntl.flock`` is released by the kernel when its
holder dies, even by SIGKILL, so a crash never leaves a stale lock that a person has to
delete by hand; the pid written inside is only there to tell the next starter who holds it.
"""

from __future__ import annotations

import contextlib
import fcntl
import os
from pathlib import Path
from types import TracebackType

from inbox_agent.errors import InboxAgentError

LOCK_NAME = "agent.lock"


class AgentAlreadyRunning(InboxAgentError):
    """Another process holds the workspace's lock."""

    def __init__(self, *, pid: int | None, workspace: Path) -> None:
        """Say who holds the lock, so the user can find (or stop) that process."""
        self.pid = pid
        self.workspace = workspace
        who = f"pid {pid}" if pid is not None else "pid unknown"
        super().__init__(
            f"another agent ({who}) is already running for workspace {workspace}; "
            "stop it first, or point INBOX_AGENT_HOME at another workspace"
        )


class InstanceLock:
    """An exclusive, non-blocking lock on ``<home>/agent.lock``, usable as a context manager.

    The file is never deleted: removing a lock file while another process opens it is
    how two holders come about. Releasing empties the pid so a reader sees nobody.
    """

    def __init__(self, home: Path) -> None:
        """Lock the workspace at ``home`` (created if missing) once :meth:`acquire` runs."""
        self.home = Path(home)
        self.path = self.home / LOCK_NAME
        self._fd: int | None = None

    @property
    def held(self) -> bool:
        """Whether this object holds the lock now."""
        return self._fd is not None

    def acquire(self) -> InstanceLock:
        """Take the lock or raise :class:`AgentAlreadyRunning` at once (never wait).

        Raises:
            AgentAlreadyRunning: another process holds it.
        """
        if self._fd is not None:
            return self
        self.home.mkdir(parents=True, exist_ok=True)
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o644)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError as exc:
            pid = _read_pid(fd)
            os.close(fd)
            raise AgentAlreadyRunning(pid=pid, workspace=self.home) from exc
        os.ftruncate(fd, 0)
        os.pwrite(fd, f"{os.getpid()}\n".encode(), 0)
        os.fsync(fd)
        self._fd = fd
        return self

    def release(self) -> None:
        """Give the lock up; safe to call twice."""
        fd, self._fd = self._fd, None
        if fd is None:
            return
        with contextlib.suppress(OSError):
            os.ftruncate(fd, 0)
        fcntl.flock(fd, fcntl.LOCK_UN)
        os.close(fd)

    def __enter__(self) -> InstanceLock:
        return self.acquire()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.release()


def holder_pid(home: Path) -> int | None:
    """The pid recorded by the current holder, or None when nobody holds the lock."""
    path = Path(home) / LOCK_NAME
    try:
        fd = os.open(path, os.O_RDONLY | os.O_CLOEXEC)
    except FileNotFoundError:
        return None
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_SH | fcntl.LOCK_NB)
        except BlockingIOError:
            return _read_pid(fd)
        fcntl.flock(fd, fcntl.LOCK_UN)
        return None
    finally:
        os.close(fd)


def _read_pid(fd: int) -> int | None:
    try:
        text = os.pread(fd, 32, 0).decode("ascii", errors="replace").strip()
    except OSError:
        return None
    return int(text) if text.isdigit() else None
