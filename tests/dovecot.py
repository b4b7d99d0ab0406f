"""A throwaway dovecot IMAP server for tests: a temp folder, a test CA, free loopback ports.

paperless-ngx runs its mail tests against a real server; so do we, with Debian's
``dovecot-imapd``. The server runs in the foreground (``dovecot -F``) as a child of the
test process, with every path (sockets, state, logs, mail) inside one temp folder, so it
never touches the machine's own dovecot. It listens on loopback only: plain IMAP (which
offers STARTTLS) and IMAPS, both with a certificate signed by a CA made for the session.
Tests that want the client to trust it point ``SSL_CERT_FILE`` at :attr:`ca_file`.

Each test takes a fresh user (:meth:`DovecotServer.new_user`); the user's Maildir is
created on first login, so tests never see each other's mail. XOAUTH2 is real too: the
oauth2 passdb validates HS256 JWTs locally with a key from a file (no token server).

When dovecot is missing this raises instead of skipping, because a silently skipped IMAP
suite reads as a passing one.
"""

from __future__ import annotations

import base64
import contextlib
import hashlib
import hmac
import json
import os
import pwd
import shutil
import signal
import socket
import subprocess
import tempfile
import time
from pathlib import Path

from tests.tls import make_tls_files

INSTALL_HINT = (
    "dovecot not found. Install it with `sudo apt-get install dovecot-imapd` "
    "(Debian/Ubuntu), or set DOVECOT to the dovecot binary."
)
PASSWORD = "correct horse battery staple"
OAUTH_KEY = b"inbox-agent test signing key, not a secret"
OAUTH_ISSUER = "https://login.test.invalid/"
USERS = 500
INTL_USER = "intl"
INTL_PASSWORD = "Grüße-汇款-contraseña"  # needs UTF-8 on the wire (AUTHENTICATE PLAIN)


def find_dovecot() -> str:
    """The dovecot binary: $DOVECOT, /usr/sbin/dovecot, or $PATH."""
    for candidate in (os.environ.get("DOVECOT"), "/usr/sbin/dovecot", shutil.which("dovecot")):
        if candidate and Path(candidate).is_file():
            return candidate
    raise RuntimeError(INSTALL_HINT)


def free_port() -> int:
    """A loopback port nobody listens on right now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def make_jwt(user: str, *, key: bytes = OAUTH_KEY, lifetime_s: int = 600) -> str:
    """An HS256 access token for ``user``, as Microsoft's or Google's token servers issue."""
    now = int(time.time())
    header = {"alg": "HS256", "typ": "JWT", "kid": "default"}
    claims = {"sub": user, "iss": OAUTH_ISSUER, "iat": now, "nbf": now, "exp": now + lifetime_s}
    signing_input = f"{_b64url(json.dumps(header).encode())}.{_b64url(json.dumps(claims).encode())}"
    signature = hmac.new(key, signing_input.encode(), hashlib.sha256).digest()
    return f"{signing_input}.{_b64url(signature)}"


CONFIG = """\
# Written by tests/dovecot.py; everything lives under {root}.
base_dir = {root}/run
state_dir = {root}/state
log_path = {root}/dovecot.log
info_log_path = {root}/dovecot.log
protocols = imap
listen = 127.0.0.1
default_internal_user = {user}
default_login_user = {login_user}
first_valid_uid = 0
mail_uid = {uid}
mail_gid = {gid}
mail_location = maildir:{root}/mail/%u
mail_fsync = never
ssl = yes
ssl_cert = <{cert}
ssl_key = <{key}
disable_plaintext_auth = no
auth_mechanisms = plain login xoauth2 oauthbearer
auth_failure_delay = 0
{capability}
service imap-login {{
  chroot =
  inet_listener imap {{
    address = 127.0.0.1
    port = {imap_port}
  }}
  inet_listener imaps {{
    address = 127.0.0.1
    port = {imaps_port}
    ssl = yes
  }}
}}
service anvil {{
  chroot =
  # No growing sign-in delay after the bad-password tests (dovecot's documented switch).
  unix_listener anvil-auth-penalty {{
    mode = 0
  }}
}}
passdb {{
  driver = oauth2
  mechanisms = xoauth2 oauthbearer
  args = {root}/oauth2.conf
}}
passdb {{
  driver = passwd-file
  args = scheme=PLAIN username_format=%u {root}/users
}}
userdb {{
  driver = static
  args = uid={uid} gid={gid} home={root}/home/%u
}}
namespace inbox {{
  inbox = yes
  separator = /
  mailbox Drafts {{
    special_use = \\Drafts
    auto = subscribe
  }}
  mailbox Sent {{
    special_use = \\Sent
    auto = subscribe
  }}
}}
"""

OAUTH2_CONF = """\
introspection_mode = local
local_validation_key_dict = fs:posix:prefix={root}/keys/
username_attribute = sub
issuers = {issuer}
"""


class DovecotServer:
    """One dovecot per test session (or per test that needs its own capabilities)."""

    def __init__(self, *, capability: str | None = None) -> None:
        """Lay out the temp folder; ``capability`` overrides what the server advertises."""
        self.binary = find_dovecot()
        self.root = Path(tempfile.mkdtemp(prefix="inbox-agent-dovecot-"))
        self.root.chmod(0o755)  # dovecot's unprivileged helpers read the users file
        self.config = self.root / "dovecot.conf"
        self.users = self.root / "users"
        self.log = self.root / "dovecot.log"
        self.stdout = self.root / "stdout.log"
        tls = make_tls_files(self.root, label="dovecot")
        self.ca_file, cert, key = tls.ca_file, tls.cert_file, tls.key_file
        self.imap_port = free_port()
        self.imaps_port = free_port()
        self._capability = capability
        self._cert, self._key = cert, key
        self._process: subprocess.Popen[bytes] | None = None
        self._counter = 0
        self._write_config()

    def _write_config(self) -> None:
        me = pwd.getpwuid(os.geteuid())
        as_root = os.geteuid() == 0
        # dovecot never opens mail as root; as root the mail belongs to "nobody" instead.
        mail_user = pwd.getpwnam("nobody") if as_root else me
        for folder in ("mail", "home"):
            (self.root / folder).mkdir(exist_ok=True)
            os.chown(self.root / folder, mail_user.pw_uid, mail_user.pw_gid)
        self.mail_uid = mail_user.pw_uid
        self.config.write_text(
            CONFIG.format(
                root=self.root,
                user="dovecot" if as_root else me.pw_name,
                login_user="dovenull" if as_root else me.pw_name,
                uid=mail_user.pw_uid,
                gid=mail_user.pw_gid,
                cert=self._cert,
                key=self._key,
                imap_port=self.imap_port,
                imaps_port=self.imaps_port,
                capability=f"imap_capability = {self._capability}" if self._capability else "",
            )
        )
        (self.root / "oauth2.conf").write_text(
            OAUTH2_CONF.format(root=self.root, issuer=OAUTH_ISSUER)
        )
        # dovecot looks keys up as <azp>/<alg>/<kid>; tokens without azp/kid use "default".
        keys = self.root / "keys" / "default" / "HS256"
        keys.mkdir(parents=True, exist_ok=True)
        (keys / "default").write_text(base64.b64encode(OAUTH_KEY).decode())
        for path in (self.root / "keys").rglob("*"):
            path.chmod(0o755 if path.is_dir() else 0o644)
        # Every user is written now: dovecot re-reads a changed passwd-file only when it
        # notices the change, and a user added a moment ago may not be there yet.
        lines = [f"user{n}:{{PLAIN}}{PASSWORD}::::::\n" for n in range(1, USERS + 1)]
        lines.append(f"{INTL_USER}:{{PLAIN}}{INTL_PASSWORD}::::::\n")
        self.users.write_text("".join(lines), encoding="utf-8")
        self.users.chmod(0o644)

    def start(self) -> DovecotServer:
        """Start in the foreground as our child; wait until both ports accept connections."""
        if self._process is not None:
            return self
        with self.stdout.open("ab") as out:
            # Its own process group, so that stop() can end every dovecot process it
            # spawned (as systemd does on a restart), and nothing else.
            self._process = subprocess.Popen(
                [self.binary, "-F", "-c", str(self.config)],
                stdin=subprocess.DEVNULL,
                stdout=out,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )
        deadline = time.monotonic() + 15
        while time.monotonic() < deadline:
            if self._process.poll() is not None:
                self._process = None
                output = self.stdout.read_text(errors="replace")
                raise RuntimeError(f"dovecot exited at start:\n{output}\n{self.log_text()}")
            if self._accepts(self.imap_port) and self._accepts(self.imaps_port):
                return self
            time.sleep(0.02)
        self.stop()
        raise RuntimeError(f"dovecot did not open its ports in 15 s:\n{self.log_text()}")

    @staticmethod
    def _accepts(port: int) -> bool:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                return True
        except OSError:
            return False

    def stop(self) -> None:
        """Stop every process of this server, connections included; the mail stays on disk.

        dovecot's master leaves running imap processes behind when it exits under -F, so
        the whole process group it leads gets SIGTERM (imap says BYE to its client), and
        SIGKILL for whatever is still there after the master has gone.
        """
        process, self._process = self._process, None
        if process is None:
            return
        group = process.pid  # start_new_session made the master the group leader
        self._signal_group(group, signal.SIGTERM)
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=10)
        self._signal_group(group, signal.SIGKILL)
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline and (
            self._accepts(self.imap_port) or self._accepts(self.imaps_port)
        ):
            time.sleep(0.02)

    @staticmethod
    def _signal_group(group: int, sig: signal.Signals) -> None:
        with contextlib.suppress(ProcessLookupError):  # everyone in it has already gone
            os.killpg(group, sig)

    def restart(self) -> None:
        """Stop and start on the same ports, as an admin restarting the mail server does."""
        self.stop()
        self.start()

    def destroy(self) -> None:
        """Stop and delete everything."""
        self.stop()
        shutil.rmtree(self.root, ignore_errors=True)

    def new_user(self) -> str:
        """A user nobody has used yet (password :data:`PASSWORD`), so its Maildir is empty."""
        self._counter += 1
        if self._counter > USERS:
            raise RuntimeError(f"the test dovecot has only {USERS} users; raise USERS")
        return f"user{self._counter}"

    def maildir(self, user: str) -> Path:
        """Where ``user``'s mail lives on disk."""
        return self.root / "mail" / user

    def log_text(self) -> str:
        """The server log, for failure messages."""
        return self.log.read_text(errors="replace") if self.log.exists() else ""
