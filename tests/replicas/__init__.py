"""Protocol-level replicas of services that cannot run here (Exchange, Microsoft Graph).

Each replica is a stdlib HTTP server on a free loopback port that answers the real wire
format (SOAP for EWS, JSON for Graph) for exactly the operations our backends send, keeps
its mailbox in memory, and can be told to misbehave (throttle, refuse consent) so tests
can check our error handling against the responses the real services give.

This module holds what both need: a throwaway certificate authority (msal refuses plain
``http://`` authorities, so the Graph replica speaks HTTPS) and the server plumbing.
"""

from __future__ import annotations

import functools
import shutil
import tempfile
import threading
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

from tests.tls import LOOPBACK, TlsFiles, make_tls_files

__all__ = ["LOOPBACK", "TlsFiles", "make_tls_files"]  # TLS helpers live in tests/tls.py


class ReplicaServer:
    """A ThreadingHTTPServer on a free loopback port, optionally behind TLS.

    Subclasses set ``handler_class``; each handler reaches the replica through
    ``self.server.replica`` (see :class:`ReplicaHandler`).
    """

    handler_class: type[BaseHTTPRequestHandler]

    def __init__(self, *, tls: TlsFiles | None = None) -> None:
        self.tls = tls
        self.lock = threading.RLock()
        self._server: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None

    @property
    def port(self) -> int:
        assert self._server is not None, "replica not started"
        return int(self._server.server_address[1])

    @property
    def origin(self) -> str:
        scheme = "https" if self.tls else "http"
        return f"{scheme}://{LOOPBACK}:{self.port}"

    def start(self) -> ReplicaServer:
        server = ThreadingHTTPServer((LOOPBACK, 0), self.handler_class)
        server.daemon_threads = True
        server.replica = self  # type: ignore[attr-defined]
        if self.tls is not None:
            server.socket = self.tls.server_context().wrap_socket(server.socket, server_side=True)
        self._server = server
        self._thread = threading.Thread(
            target=server.serve_forever, args=(0.05,), name=type(self).__name__
        )
        self._thread.daemon = True
        self._thread.start()
        return self

    def stop(self) -> None:
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
        if self._thread is not None:
            self._thread.join(timeout=5)
        self._server = None

    def __enter__(self) -> Any:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()


class ReplicaHandler(BaseHTTPRequestHandler):
    """HTTP/1.1 with keep-alive, quiet logs, and small helpers for replying."""

    protocol_version = "HTTP/1.1"
    disable_nagle_algorithm = True  # headers and body go out as separate writes

    def log_message(self, format: str, *args: Any) -> None:
        """Keep test output clean; replicas record what they saw instead."""

    def read_body(self) -> bytes:
        length = int(self.headers.get("Content-Length") or 0)
        return self.rfile.read(length) if length else b""

    def reply(
        self,
        status: int,
        body: bytes = b"",
        *,
        content_type: str = "application/json",
        headers: dict[str, str] | None = None,
    ) -> None:
        self.send_response(status)
        if body or status not in (204, 304):
            self.send_header("Content-Type", content_type)
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if body:
            self.wfile.write(body)


@dataclass(frozen=True, slots=True)
class DemoMail:
    """The demo's morning mail, and what one agent pass over a local folder of it reports."""

    messages: list[tuple[str, bytes]]  # (file name, bytes), in the folder's (name) order
    reference: tuple[int, ...]  # seen, new, duplicates, failed, needs_person, remittances,
    # proposals


def report_figures(report: Any) -> tuple[int, ...]:
    """The figures of a PassReport that must not depend on the mailbox backend."""
    return (
        report.seen,
        report.new,
        report.duplicates,
        report.failed,
        report.needs_person,
        report.remittances,
        report.proposals,
    )


@functools.cache
def demo_mail(rules_path: Path) -> DemoMail:
    """Build the demo mail once per session and run the agent over it in a local folder.

    Replica end-to-end tests compare their pass with this one: the same mail must give the
    same outcome whichever backend delivered it.
    """
    from inbox_agent.config.active import active_rules
    from inbox_agent.demo.sample import build_mail_folder
    from inbox_agent.mail.local import EmlFolderMailbox
    from inbox_agent.pipeline import Agent
    from inbox_agent.settings import Settings
    from inbox_agent.workspace import open_workspace

    root = Path(tempfile.mkdtemp(prefix="inbox-agent-demo-mail-"))
    try:
        paths = build_mail_folder(root / "mail", root / "build")
        messages = [(path.name, path.read_bytes()) for path in sorted(paths)]
        report = Agent(
            mailbox=EmlFolderMailbox(root / "mail"),
            workspace=open_workspace(Settings(home=root / "ws", database_url=None)),
            rules=active_rules(rules_path),
        ).poll_once()
        return DemoMail(messages, report_figures(report))
    finally:
        shutil.rmtree(root, ignore_errors=True)
