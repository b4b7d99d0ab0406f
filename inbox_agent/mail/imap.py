r"""IMAP mailbox backend (IMAPClient): TLS or STARTTLS, password or XOAUTH2.

URL (CONTRACT.md): ``imaps://USER@HOST[:PORT]/FOLDER`` for TLS from the first byte (port 993
by default), ``imap://USER@HOST[:PORT]/FOLDER`` for a plain connection upgraded with
STARTTLS (port 143). A user with an ``@`` is written as is or as ``%40``; the folder
defaults to ``INBOX`` and uses ``/`` between levels whatever the server's own separator.
Options in the query string:

- ``starttls=1|0`` (``imap://`` only; default ``1``). STARTTLS is required by default, so a
  password never crosses the network in clear text by accident; ``starttls=0`` allows a
  plain-text lab server on a trusted network.
- ``auth=password|xoauth2`` (default: XOAUTH2 when ``INBOX_AGENT_MAILBOX_OAUTH_TOKEN`` is
  set, else the password in ``INBOX_AGENT_MAILBOX_PASSWORD``). Microsoft 365 and Gmail
  accept only OAuth over IMAP; the agent takes an access token someone else obtained.
- ``timeout=SECONDS`` for connecting and each reply (default 30).

Certificates are always verified against the system trust store, or the file named by
``SSL_CERT_FILE`` for a server with a private certificate authority.

Identity: ``imap:<folder>:<uidvalidity>:<uid>`` with the server's own folder name; a UID
means nothing without its UIDVALIDITY, so a key whose UIDVALIDITY no longer matches is
never acted on. ``list_new`` yields every undeleted message still in the watched folder,
whatever its ``\Seen`` flag (people read the shared mailbox too): the agent moves what it
has processed. Fetching uses ``BODY.PEEK[]`` so reading leaves ``\Seen`` alone.

Moving uses ``UID MOVE`` where offered, else ``COPY``, ``\Deleted`` and ``UID EXPUNGE``
(plain ``EXPUNGE`` without UIDPLUS). A connection that dropped (server restart, idle
time-out) is reopened once and the operation retried when repeating it cannot do harm:
listing, fetching, flagging, ``UID MOVE``, and saving a draft that has a Message-ID (an
existing draft with that Message-ID is returned instead of appending a second). The
``COPY`` fallback is not repeated blindly: a no-op first makes sure the connection is
alive, so only a drop in the middle of it can leave a copy behind.
"""

from __future__ import annotations

import email.parser
import email.policy
import hashlib
import imaplib
import logging
import os
import re
import socket
import ssl
import unicodedata
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from types import TracebackType
from typing import Any, TypeVar
from urllib.parse import parse_qs, unquote, urlsplit

from imapclient import IMAPClient  # type: ignore[import-untyped,unused-ignore]
from imapclient.exceptions import LoginError  # type: ignore[import-untyped,unused-ignore]

from inbox_agent.errors import ConfigError, MailboxError
from inbox_agent.mail.base import MailRef
from inbox_agent.mail.errors import (
    MailboxAuthError,
    MailboxConnectError,
    MailboxFolderMissing,
    MailboxMessageGone,
    MailboxThrottled,
    MailboxTlsError,
)

log = logging.getLogger(__name__)

T = TypeVar("T")

PASSWORD_ENV = "INBOX_AGENT_MAILBOX_PASSWORD"
TOKEN_ENV = "INBOX_AGENT_MAILBOX_OAUTH_TOKEN"
DEFAULT_TIMEOUT = 30.0
DRAFTS = "Drafts"
KEY_PREFIX = "imap:"
OPTIONS = ("starttls", "auth", "timeout")
AUTH_METHODS = ("auto", "password", "xoauth2")
TRUE_WORDS = ("1", "true", "yes", "on")
FALSE_WORDS = ("0", "false", "no", "off")
THROTTLE_MARKERS = ("[THROTTLED]", "[LIMIT]", "[UNAVAILABLE]", "TOO MANY", "RATE LIMIT")
OAUTH_HINT = (
    "tokens expire after about an hour: put a fresh access token in "
    f"{TOKEN_ENV} (scope https://outlook.office.com/IMAP.AccessAsUser.All for "
    "Microsoft 365, https://mail.google.com/ for Gmail)"
)
MAX_KEYWORD = 64
KEYWORD_CHARS = re.compile(r"[^A-Za-z0-9_.\-$&+]+")
APPENDUID = re.compile(rb"\[APPENDUID (\d+) (\d+)\]", re.IGNORECASE)
SERVER_TEXT = re.compile(r"b'((?:[^'\\]|\\.)*)'|b\"((?:[^\"\\]|\\.)*)\"")

# A dropped connection shows up as imaplib's abort (a BYE, an EOF) or a socket error.
DROPPED: tuple[type[BaseException], ...] = (imaplib.IMAP4.abort, OSError)


# ----------------------------------------------------------------- pure helpers


@dataclass(frozen=True, slots=True)
class ImapTarget:
    """Where to connect and what to watch, as the mailbox URL says."""

    scheme: str
    host: str
    port: int
    user: str
    folder: str = "INBOX"
    starttls: bool = True
    auth: str = "auto"
    timeout: float = DEFAULT_TIMEOUT

    @property
    def tls(self) -> bool:
        """True when TLS starts with the first byte (``imaps://``)."""
        return self.scheme == "imaps"

    @property
    def where(self) -> str:
        """``host:port`` for messages."""
        return f"{self.host}:{self.port}"

    def display(self) -> str:
        """The URL without options, as the user wrote it (never with a secret)."""
        return f"{self.scheme}://{self.user}@{self.where}/{self.folder}"


def _flag_option(value: str, name: str) -> bool:
    word = value.strip().lower()
    if word in TRUE_WORDS:
        return True
    if word in FALSE_WORDS:
        return False
    raise ConfigError(f"mailbox URL option {name}={value!r} must be 1 or 0")


def _options(query: str, scheme: str) -> tuple[bool, str, float]:
    raw = {k: v[-1] for k, v in parse_qs(query, keep_blank_values=True).items()}
    unknown = sorted(set(raw) - set(OPTIONS))
    if unknown:
        raise ConfigError(
            f"mailbox URL option(s) {', '.join(unknown)} not understood; "
            f"IMAP takes {', '.join(OPTIONS)}"
        )
    starttls = scheme == "imap"
    if "starttls" in raw:
        starttls = _flag_option(raw["starttls"], "starttls")
        if scheme == "imaps" and starttls:
            raise ConfigError("starttls applies to imap:// only; imaps:// is TLS from the start")
    auth = raw.get("auth", "auto").strip().lower()
    if auth not in AUTH_METHODS:
        raise ConfigError(f"mailbox URL option auth={auth!r}: use password or xoauth2")
    try:
        timeout = float(raw.get("timeout", DEFAULT_TIMEOUT))
    except ValueError as exc:
        raise ConfigError("mailbox URL option timeout must be a number of seconds") from exc
    if not 0 < timeout <= 3600:
        raise ConfigError("mailbox URL option timeout must be between 0 and 3600 seconds")
    return starttls, auth, timeout


def parse_imap_url(url: str) -> ImapTarget:
    """Read an ``imap://`` or ``imaps://`` URL; a malformed one is a ConfigError saying why."""
    parsed = urlsplit(url.strip())
    scheme = parsed.scheme.lower()
    if scheme not in ("imap", "imaps"):
        raise ConfigError(f"{url!r} is not an imap:// or imaps:// URL")
    if parsed.password:
        raise ConfigError(f"the mailbox URL must not hold the password; set {PASSWORD_ENV} instead")
    if not parsed.hostname:
        raise ConfigError(f"mailbox URL {url!r} names no host: {scheme}://USER@HOST/INBOX")
    try:
        port = parsed.port or (993 if scheme == "imaps" else 143)
    except ValueError as exc:
        raise ConfigError(f"mailbox URL {url!r} has a bad port: {exc}") from exc
    user = unquote(parsed.username or "")
    if not user:
        raise ConfigError(
            f"mailbox URL {url!r} names no user: {scheme}://USER@HOST/INBOX "
            "(an address as user may be written ar@example.com or ar%40example.com)"
        )
    folder = unquote(parsed.path).strip("/") or "INBOX"
    starttls, auth, timeout = _options(parsed.query, scheme)
    return ImapTarget(
        scheme=scheme,
        host=parsed.hostname,
        port=port,
        user=user,
        folder=folder,
        starttls=starttls and scheme == "imap",
        auth=auth,
        timeout=timeout,
    )


@dataclass(frozen=True, slots=True)
class ImapCredentials:
    """The secret for signing in; read from the environment, never from rules.yaml."""

    password: str | None = None
    token: str | None = None
    password_env: str = PASSWORD_ENV

    @classmethod
    def from_env(
        cls, environ: Mapping[str, str] | None = None, *, password_env: str = PASSWORD_ENV
    ) -> ImapCredentials:
        """Take the password and the OAuth token from the environment (empty means unset)."""
        env = os.environ if environ is None else environ
        return cls(
            password=env.get(password_env) or None,
            token=env.get(TOKEN_ENV) or None,
            password_env=password_env,
        )


def xoauth2_string(user: str, token: str) -> str:
    """The SASL XOAUTH2 initial response Google and Microsoft document.

    ``user=<user>^Aauth=Bearer <token>^A^A``; imaplib base64-encodes it on the wire.
    """
    return f"user={user}\x01auth=Bearer {token}\x01\x01"


def imap_keyword(label: str) -> str:
    """Turn a label into an IMAP keyword atom that every server accepts.

    Keywords are ASCII atoms without spaces, brackets, quotes, wildcards or a leading
    backslash (that would be a system flag). Accents are dropped, runs of anything else
    become ``_``; a label with nothing left (Chinese, say) gets a stable hashed name so
    two different labels never share a keyword.
    """
    ascii_text = unicodedata.normalize("NFKD", label).encode("ascii", "ignore").decode()
    keyword = KEYWORD_CHARS.sub("_", ascii_text).strip("_")[:MAX_KEYWORD]
    if not keyword:
        digest = hashlib.sha256(label.encode("utf-8")).hexdigest()[:10]
        keyword = f"label-{digest}"
    return keyword


def server_folder_name(folder: str, *, delimiter: str | None, prefix: str = "") -> str:
    r"""Map the agent's ``AR/Remittances`` onto the server's hierarchy and namespace.

    ``/`` (or ``\``) separates levels in rules.yaml; the server may use ``.`` and keep
    personal folders under a prefix such as ``INBOX.`` (Courier, Cyrus). A level that
    contains the server's separator or a LIST wildcard has it replaced by ``_`` so that it
    stays one level.
    """
    parts = [p.strip() for p in folder.replace("\\", "/").split("/")]
    parts = [p for p in parts if p]
    if not parts:
        raise MailboxError(f"folder name {folder!r} is empty")
    if parts[0].upper() == "INBOX":
        parts[0] = "INBOX"
    bad = {"*", "%", *([delimiter] if delimiter else [])}
    cleaned = ["".join("_" if ch in bad else ch for ch in part) for part in parts]
    name = (delimiter or "/").join(cleaned)
    if name == "INBOX" or not prefix or name.upper().startswith(prefix.upper()):
        return name
    return prefix + name


def make_backend_key(folder: str, uidvalidity: int, uid: int) -> str:
    """``imap:<folder>:<uidvalidity>:<uid>``; stable for as long as the server keeps it."""
    return f"{KEY_PREFIX}{folder}:{uidvalidity}:{uid}"


def parse_backend_key(key: str) -> tuple[str, int, int]:
    """Split a key made by :func:`make_backend_key` (folder names may contain ``:``)."""
    if not key.startswith(KEY_PREFIX):
        raise MailboxError(f"{key!r} is not an IMAP message identity")
    folder, _, rest = key.removeprefix(KEY_PREFIX).rpartition(":")
    folder, _, validity = folder.rpartition(":")
    if not folder or not validity.isdigit() or not rest.isdigit():
        raise MailboxError(f"{key!r} is not an IMAP message identity")
    return folder, int(validity), int(rest)


def server_text(exc: BaseException) -> str:
    """The server's own words from an imaplib error (which wraps them in ``b'...'``)."""
    text = str(exc)
    found = [a or b for a, b in SERVER_TEXT.findall(text)]
    return " ".join(found).strip() or text


def _message_id(raw: bytes) -> str | None:
    headers = email.parser.BytesHeaderParser(policy=email.policy.compat32).parsebytes(raw)
    value = str(headers.get("Message-ID") or "").strip()
    return value if value and value.isascii() else None  # SEARCH HEADER needs ASCII here


# ----------------------------------------------------------------- connecting


class _XOAuth2:
    """SASL XOAUTH2 conversation: the token first; on failure, an empty reply.

    On failure the server sends a JSON error as a challenge and waits for an empty line;
    answering it with the token again (as naive clients do) hides the real reason.
    """

    def __init__(self, user: str, token: str) -> None:
        self._initial = xoauth2_string(user, token)
        self._sent = False
        self.server_error: str | None = None

    def __call__(self, challenge: bytes) -> str:
        if not self._sent:
            self._sent = True
            return self._initial
        self.server_error = challenge.decode("utf-8", "replace")
        return ""


def _connect_error(target: ImapTarget, exc: BaseException) -> MailboxError:
    where = target.where
    if isinstance(exc, ssl.SSLCertVerificationError):
        return MailboxTlsError(
            f"the TLS certificate of {where} is not trusted ({exc.verify_message}); "
            "if the server uses a private certificate authority, point SSL_CERT_FILE at "
            "that authority's certificate (PEM); the agent never turns verification off"
        )
    if isinstance(exc, ssl.SSLError):
        return MailboxTlsError(
            f"TLS with {where} failed ({exc.reason or exc}); check scheme and port: "
            "imaps:// speaks TLS from the first byte (usually port 993), imap:// starts "
            "in plain text and upgrades with STARTTLS (usually port 143)"
        )
    if isinstance(exc, socket.gaierror):
        return MailboxConnectError(
            f"cannot resolve the host name {target.host!r}: check the host in the mailbox URL"
        )
    if isinstance(exc, ConnectionRefusedError):
        return MailboxConnectError(
            f"{where} refused the connection: is the IMAP server running, and is this the "
            "right port (993 for imaps://, 143 for imap://)?"
        )
    if isinstance(exc, TimeoutError):
        return MailboxConnectError(
            f"no answer from {where} within {target.timeout:g} s: check the host, the port "
            "and any firewall between here and the server (imap:// pointed at a TLS port "
            "such as 993 also waits in silence: use imaps:// there)"
        )
    if isinstance(exc, imaplib.IMAP4.error):
        return MailboxConnectError(
            f"{where} did not greet as an IMAP server ({server_text(exc)}); "
            "check the scheme and port"
        )
    return MailboxConnectError(f"cannot connect to {where}: {exc}")


def _close_client(client: Any) -> None:
    try:
        client.shutdown()
    except (OSError, imaplib.IMAP4.error) as exc:
        log.debug("dropping a half-open IMAP connection: %s", exc)


def _open_client(target: ImapTarget) -> Any:
    context = ssl.create_default_context()
    try:
        client = IMAPClient(
            target.host,
            port=target.port,
            ssl=target.tls,
            ssl_context=context,
            timeout=target.timeout,
        )
    except (OSError, imaplib.IMAP4.error) as exc:
        raise _connect_error(target, exc) from exc
    if target.starttls:
        try:
            _starttls(client, target, context)
        except MailboxError:
            _close_client(client)
            raise
    return client


def _starttls(client: Any, target: ImapTarget, context: ssl.SSLContext) -> None:
    if b"STARTTLS" not in client.capabilities():
        raise MailboxTlsError(
            f"{target.where} does not offer STARTTLS; use imaps:// (usually port 993), or "
            "add ?starttls=0 to the URL for a plain-text server on a trusted network"
        )
    try:
        client.starttls(context)
    except (OSError, imaplib.IMAP4.error) as exc:
        raise _connect_error(target, exc) from exc


def throttled_error(text: str, target: ImapTarget) -> MailboxThrottled | None:
    """A MailboxThrottled when the server's reply says "slow down" (RFC 5530 codes, Gmail)."""
    if any(marker in text.upper() for marker in THROTTLE_MARKERS):
        return MailboxThrottled(
            f"{target.where} asks the agent to slow down ({text}); the next pass tries again"
        )
    return None


def _login(client: Any, target: ImapTarget, credentials: ImapCredentials) -> str:
    method = target.auth
    if method == "auto":
        method = "xoauth2" if credentials.token else "password"
    if method == "xoauth2":
        _login_xoauth2(client, target, credentials)
    else:
        _login_password(client, target, credentials)
    return method


def _login_xoauth2(client: Any, target: ImapTarget, credentials: ImapCredentials) -> None:
    if not credentials.token:
        raise MailboxAuthError(f"no OAuth access token for {target.user}: set {TOKEN_ENV}")
    if b"AUTH=XOAUTH2" not in client.capabilities():
        raise MailboxAuthError(
            f"{target.where} does not offer XOAUTH2 sign-in; use a password "
            f"({PASSWORD_ENV}) with ?auth=password"
        )
    mechanism = _XOAuth2(target.user, credentials.token)
    try:
        client.sasl_login("XOAUTH2", mechanism)
    except LoginError as exc:
        text = mechanism.server_error or server_text(exc)
        raise throttled_error(text, target) or MailboxAuthError(
            f"{target.where} refused the OAuth access token for {target.user} ({text}); "
            f"{OAUTH_HINT}"
        ) from exc


def _send_password(client: Any, target: ImapTarget, password: str) -> None:
    """LOGIN carries ASCII only; a password like "Grüße" goes as UTF-8 through AUTH=PLAIN."""
    if (target.user + password).isascii():
        client.login(target.user, password)
    elif b"AUTH=PLAIN" in client.capabilities():
        client.plain_login(target.user, password)
    else:
        raise MailboxAuthError(
            f"the password for {target.user} has non-ASCII characters, and {target.where} "
            "offers no AUTH=PLAIN to carry them; use an ASCII password or an OAuth token"
        )


def _login_password(client: Any, target: ImapTarget, credentials: ImapCredentials) -> None:
    if not credentials.password:
        raise MailboxAuthError(
            f"no password for {target.user}: set {credentials.password_env} "
            f"(or {TOKEN_ENV} for an OAuth access token)"
        )
    if b"LOGINDISABLED" in client.capabilities():
        raise MailboxTlsError(
            f"{target.where} refuses passwords on an unencrypted connection; "
            "use imaps:// or leave STARTTLS on"
        )
    try:
        _send_password(client, target, credentials.password)
    except LoginError as exc:
        text = server_text(exc)
        raise throttled_error(text, target) or MailboxAuthError(
            f"{target.where} refused the password for {target.user} ({text}); check "
            f"{credentials.password_env}. Microsoft 365 and Gmail no longer take passwords "
            f"over IMAP: give an OAuth access token in {TOKEN_ENV} instead"
        ) from exc


# ----------------------------------------------------------------- one connection


class _Session:
    """One signed-in connection and what we learnt about the server on it."""

    def __init__(self, client: Any, target: ImapTarget, auth_method: str) -> None:
        self.client = client
        self.target = target
        self.auth_method = auth_method
        self.caps = frozenset(c.decode("ascii", "replace").upper() for c in client.capabilities())
        self.selected: str | None = None
        self.uidvalidity = 0
        self.exists = 0
        self.permanent_flags: tuple[bytes, ...] = ()
        self._hierarchy: tuple[str | None, str] | None = None
        self._folders: dict[str, tuple[bytes, ...]] | None = None

    def hierarchy(self) -> tuple[str | None, str]:
        """The server's level separator and personal-namespace prefix, asked once."""
        if self._hierarchy is None:
            listing = self.client.list_folders("", "")
            raw = listing[0][1] if listing else None
            delimiter = raw.decode() if isinstance(raw, bytes) else raw
            prefix = ""
            if "NAMESPACE" in self.caps:
                personal = self.client.namespace().personal or ()
                prefix = str(personal[0][0]) if personal else ""
            self._hierarchy = (delimiter, prefix)
        return self._hierarchy

    def server_name(self, folder: str) -> str:
        """``AR/Remittances`` as this server spells it."""
        delimiter, prefix = self.hierarchy()
        return server_folder_name(folder, delimiter=delimiter, prefix=prefix)

    def folders(self) -> dict[str, tuple[bytes, ...]]:
        """Every folder and its flags, listed once per connection and kept up to date."""
        if self._folders is None:
            self._folders = {
                str(name): tuple(flags) for flags, _delim, name in self.client.list_folders()
            }
        return self._folders

    def select(self, folder: str) -> int:
        """Open ``folder`` read-write (kept open between calls); return its UIDVALIDITY."""
        if self.selected == folder:
            return self.uidvalidity
        try:
            info = self.client.select_folder(folder)
        except imaplib.IMAP4.abort:
            raise
        except imaplib.IMAP4.error as exc:
            self.selected = None
            raise self._select_error(folder, exc) from exc
        self.selected = folder
        self.uidvalidity = int(info.get(b"UIDVALIDITY", 0))
        self.exists = int(info.get(b"EXISTS", 0))
        self.permanent_flags = tuple(info.get(b"PERMANENTFLAGS", ()))
        return self.uidvalidity

    def _select_error(self, folder: str, exc: imaplib.IMAP4.error) -> MailboxError:
        self._folders = None
        known = sorted(self.folders())
        if folder in known:
            return MailboxError(f"cannot open folder {folder!r}: {server_text(exc)}")
        shown = ", ".join(known[:20]) + (", ..." if len(known) > 20 else "")
        return MailboxFolderMissing(
            f"folder {folder!r} does not exist for {self.target.user} on "
            f"{self.target.where} (folders there: {shown or 'none'}); fix the folder at the "
            f"end of the mailbox URL, e.g. {self.target.scheme}://{self.target.user}@"
            f"{self.target.where}/INBOX",
            folder=folder,
        )

    def select_for(self, key: str) -> tuple[str, int]:
        """Open the folder a backend key names; refuse if its UIDVALIDITY moved on."""
        folder, uidvalidity, uid = parse_backend_key(key)
        try:
            current = self.select(folder)
        except MailboxFolderMissing as exc:
            raise MailboxMessageGone(f"{key}: its folder is gone ({exc})") from exc
        if current != uidvalidity:
            raise MailboxMessageGone(
                f"{key}: folder {folder!r} was rebuilt on the server (UIDVALIDITY is now "
                f"{current}), so this identity no longer names a message; it is listed "
                "again under its new identity"
            )
        return folder, uid

    def ensure_folder(self, folder: str) -> str:
        """The server name of ``folder``, created (level by level) and subscribed if missing."""
        name = self.server_name(folder)
        if name in self.folders():
            return name
        delimiter, _prefix = self.hierarchy()
        levels = name.split(delimiter) if delimiter else [name]
        for depth in range(1, len(levels) + 1):
            level = (delimiter or "").join(levels[:depth])
            if level not in self.folders() and level.upper() != "INBOX":
                self._create(level)
        return name

    def _create(self, name: str) -> None:
        try:
            self.client.create_folder(name)
        except imaplib.IMAP4.abort:
            raise
        except imaplib.IMAP4.error as exc:
            if "ALREADYEXISTS" not in str(exc).upper():
                raise MailboxError(
                    f"cannot create folder {name!r} on {self.target.where}: {server_text(exc)}"
                ) from exc
        try:  # mail clients show subscribed folders only; filed mail must be visible
            self.client.subscribe_folder(name)
        except imaplib.IMAP4.abort:
            raise
        except imaplib.IMAP4.error as exc:
            log.warning("created %s but could not subscribe to it: %s", name, exc)
        log.info("created folder %s on %s", name, self.target.where)
        self.folders()[name] = ()

    def drafts_folder(self) -> str:
        r"""The folder the server marks ``\Drafts`` (RFC 6154), else ``Drafts``, created."""
        for name, flags in self.folders().items():
            if any(flag.lower() == b"\\drafts" for flag in flags):
                return name
        wanted = self.server_name(DRAFTS)
        for name in self.folders():
            if name.lower() == wanted.lower():
                return name
        return self.ensure_folder(DRAFTS)

    def close(self, *, polite: bool) -> None:
        """Log out (polite) or just drop the socket (after an error)."""
        try:
            if polite:
                self.client.logout()
            else:
                self.client.shutdown()
        except (OSError, imaplib.IMAP4.error) as exc:
            log.debug("closing the IMAP connection: %s", exc)


def _connect(target: ImapTarget, credentials: ImapCredentials) -> _Session:
    client = _open_client(target)
    try:
        method = _login(client, target, credentials)
        session = _Session(client, target, method)
    except MailboxError:
        _close_client(client)
        raise
    except (OSError, imaplib.IMAP4.error) as exc:
        _close_client(client)
        raise _connect_error(target, exc) from exc
    log.info("signed in to %s as %s (%s)", target.where, target.user, method)
    return session


# ----------------------------------------------------------------- the backend


class ImapMailbox:
    """One watched IMAP folder; one connection, reopened when the server drops it."""

    kind = "imap"

    def __init__(self, target: ImapTarget, credentials: ImapCredentials) -> None:
        """Remember where and how to connect; nothing is opened until first use."""
        self.target = target
        self.credentials = credentials
        self._session: _Session | None = None
        self._warned_no_keywords = False

    @classmethod
    def from_url(
        cls,
        url: str,
        *,
        environ: Mapping[str, str] | None = None,
        password_env: str = PASSWORD_ENV,
    ) -> ImapMailbox:
        """Build from the mailbox URL and the secrets in the environment."""
        return cls(
            parse_imap_url(url),
            ImapCredentials.from_env(environ, password_env=password_env),
        )

    # -- connection handling

    def _live(self) -> _Session:
        if self._session is None:
            self._session = _connect(self.target, self.credentials)
        return self._session

    def _drop(self) -> None:
        session, self._session = self._session, None
        if session is not None:
            session.close(polite=False)

    def _call(self, action: str, operation: Callable[[_Session], T], *, retry: bool = True) -> T:
        """Run one operation; reconnect and retry once if the connection had dropped."""
        for attempt in (1, 2):
            session = self._live()
            try:
                return operation(session)
            except DROPPED as exc:
                self._drop()
                if attempt == 2 or not retry:
                    raise MailboxConnectError(
                        f"lost the connection to {self.target.where} during {action} "
                        f"({exc or type(exc).__name__}); the next pass tries again"
                    ) from exc
                log.warning(
                    "connection to %s dropped during %s (%s); reconnecting once",
                    self.target.where,
                    action,
                    exc or type(exc).__name__,
                )
            except imaplib.IMAP4.error as exc:
                text = server_text(exc)
                raise throttled_error(text, self.target) or MailboxError(
                    f"{self.target.where}: {action} failed: {text}"
                ) from exc
            except (UnicodeError, ValueError) as exc:  # what the client could not encode
                raise MailboxError(f"{self.target.where}: {action} failed: {exc}") from exc
        raise AssertionError("unreachable")  # pragma: no cover

    def close(self) -> None:
        """Log out; the next operation would connect again."""
        session, self._session = self._session, None
        if session is not None:
            session.close(polite=True)

    def __enter__(self) -> ImapMailbox:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    # -- the Mailbox protocol

    def check(self) -> str:
        """Connect, sign in, open the watched folder; describe what was found."""
        return self._call("check", self._describe)

    def _describe(self, session: _Session) -> str:
        folder = session.server_name(self.target.folder)
        session.selected = None  # count afresh
        session.select(folder)
        transport = "TLS" if self.target.tls else "STARTTLS" if self.target.starttls else "plain"
        moves = "UID MOVE" if "MOVE" in session.caps else "COPY + EXPUNGE"
        return (
            f"{self.target.display()}: {session.exists} message(s) waiting in {folder!r}; "
            f"signed in with {session.auth_method} over {transport}; moves with {moves}"
        )

    def list_new(self) -> Iterator[MailRef]:
        """Every undeleted message in the watched folder, in UID (arrival) order."""

        def search(session: _Session) -> tuple[str, int, list[int]]:
            folder = session.server_name(self.target.folder)
            uidvalidity = session.select(folder)
            uids = session.client.search(["UNDELETED"])
            return folder, uidvalidity, sorted(int(uid) for uid in uids)

        folder, uidvalidity, uids = self._call("listing", search)
        for uid in uids:
            yield MailRef(backend_key=make_backend_key(folder, uidvalidity, uid))

    def fetch(self, ref: MailRef) -> bytes:
        """The message exactly as the server stores it (``BODY.PEEK[]`` keeps it unread)."""

        def get(session: _Session) -> bytes:
            _folder, uid = session.select_for(ref.backend_key)
            response = session.client.fetch([uid], ["BODY.PEEK[]"])
            body = response.get(uid, {}).get(b"BODY[]")
            if body is None:
                raise MailboxMessageGone(
                    f"{ref.backend_key} is no longer in its folder (moved or deleted by someone)"
                )
            return bytes(body)

        return self._call("fetch", get)

    def move(self, ref: MailRef, folder: str) -> None:
        """File the message into ``folder`` (created if missing); a second call is a no-op."""
        has_move = self._call("connect", lambda session: "MOVE" in session.caps)
        if not has_move:  # COPY is not safe to repeat: make sure the line is alive first
            self._call("noop", lambda session: session.client.noop())

        def file(session: _Session) -> None:
            target = session.ensure_folder(folder)
            source, uid = session.select_for(ref.backend_key)
            if target == source:
                return
            if has_move:
                session.client.move([uid], target)
                return
            session.client.copy([uid], target)
            session.client.add_flags([uid], [b"\\Deleted"], silent=True)
            if "UIDPLUS" in session.caps:
                session.client.uid_expunge([uid])
            else:
                session.client.expunge()

        self._call(f"move to {folder!r}", file, retry=has_move)

    def set_flag(self, ref: MailRef, label: str) -> None:
        r"""Store ``label`` as an IMAP keyword; ``\Flagged`` where keywords are not allowed."""
        keyword = imap_keyword(label).encode("ascii")

        def store(session: _Session) -> None:
            _folder, uid = session.select_for(ref.backend_key)
            flag = keyword
            if b"\\*" not in session.permanent_flags and keyword not in session.permanent_flags:
                if not self._warned_no_keywords:
                    log.warning("%s keeps no custom keywords; flagging instead", self.target.where)
                    self._warned_no_keywords = True
                flag = b"\\Flagged"
            result = session.client.add_flags([uid], [flag])
            # No FETCH back means "nothing changed": already flagged, or not there at all.
            if uid not in result and uid not in session.client.get_flags([uid]):
                raise MailboxMessageGone(f"{ref.backend_key} is no longer in its folder")

        self._call(f"flag {label!r}", store)

    def save_draft(self, raw: bytes) -> str:
        r"""Append to the Drafts folder with ``\Draft``; the same Message-ID twice is one draft."""
        message_id = _message_id(raw)

        def append(session: _Session) -> str:
            drafts = session.drafts_folder()
            uidvalidity = session.select(drafts)
            if message_id:
                found = session.client.search(["HEADER", "Message-ID", message_id])
                if found:
                    return make_backend_key(drafts, uidvalidity, max(int(u) for u in found))
            response = session.client.append(drafts, raw, flags=(b"\\Draft", b"\\Seen"))
            session.selected = None  # the folder changed under us; reselect next time
            match = APPENDUID.search(response if isinstance(response, bytes) else b"")
            if match:
                return make_backend_key(drafts, int(match.group(1)), int(match.group(2)))
            return f"{KEY_PREFIX}{drafts}:sha256:{hashlib.sha256(raw).hexdigest()}"

        return self._call("save draft", append, retry=message_id is not None)


def open_imap(url: str) -> ImapMailbox:
    """Registry entry for ``imap://`` and ``imaps://``."""
    return ImapMailbox.from_url(url)
