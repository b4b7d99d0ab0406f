"""Protocol-level replicas of services that cannot run here (Exchange, Microsoft Graph).

Each replica is a stdlib HTTP server on a free loopback port that answers the real wire
format (SOAP for EWS, JSON for Graph) for exactly the operations our backends send, keeps
its mailbox in memory, and can be told to misbehave (throttle, refuse consent) so tests
can check our error handling against the responses the real services give.

This module holds what both need: a throwaway certificate authority (msal refuses plain
``http://`` authorities, so the Graph replica speaks HTTPS) and the server plumbing.
"""

from __future__ import annotations

import datetime as dt
import functools
import ipaddress
import shutil
import ssl
import tempfile
import threading
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

LOOPBACK = "127.0.0.1"


@dataclass(frozen=True, slots=True)
class TlsFiles:
    """A CA certificate, and a server certificate + key it signed for 127.0.0.1."""

    ca_file: Path
    cert_file: Path
    key_file: Path

    def server_context(self) -> ssl.SSLContext:
        """The TLS context a replica wraps its listening socket with."""
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        context.load_cert_chain(self.cert_file, self.key_file)
        return context


def _name(common_name: str) -> x509.Name:
    return x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, common_name)])


def make_tls_files(folder: Path, *, label: str = "replica") -> TlsFiles:
    """Write a fresh CA and a 127.0.0.1 server certificate into ``folder``."""
    folder.mkdir(parents=True, exist_ok=True)
    now = dt.datetime.now(dt.UTC)
    ca_key = ec.generate_private_key(ec.SECP256R1())
    ca_cert = (
        x509.CertificateBuilder()
        .subject_name(_name(f"inbox-agent test CA ({label})"))
        .issuer_name(_name(f"inbox-agent test CA ({label})"))
        .public_key(ca_key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(minutes=5))
        .not_valid_after(now + dt.timedelta(days=2))
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .add_extension(
            x509.KeyUsage(
                digital_signature=True,
                content_commitment=False,
                key_encipherment=False,
                data_encipherment=False,
                key_agreement=False,
                key_cert_sign=True,
                crl_sign=True,
                encipher_only=False,
                decipher_only=False,
            ),
            critical=True,
        )
        .add_extension(
            x509.SubjectKeyIdentifier.from_public_key(ca_key.public_key()), critical=False
        )
        .sign(ca_key, hashes.SHA256())
    )
    key = ec.generate_private_key(ec.SECP256R1())
    cert = (
        x509.CertificateBuilder()
        .subject_name(_name(LOOPBACK))
        .issuer_name(ca_cert.subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(minutes=5))
        .not_valid_after(now + dt.timedelta(days=1))
        .add_extension(
            x509.SubjectAlternativeName(
                [x509.IPAddress(ipaddress.ip_address(LOOPBACK)), x509.DNSName("localhost")]
            ),
            critical=False,
        )
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(
            x509.ExtendedKeyUsage([x509.oid.ExtendedKeyUsageOID.SERVER_AUTH]), critical=False
        )
        .add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_public_key(ca_key.public_key()),
            critical=False,
        )
        .sign(ca_key, hashes.SHA256())
    )
    files = TlsFiles(folder / "ca.pem", folder / "server.pem", folder / "server.key")
    files.ca_file.write_bytes(ca_cert.public_bytes(serialization.Encoding.PEM))
    files.cert_file.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    files.key_file.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    return files


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
