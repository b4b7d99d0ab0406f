"""Exchange Web Services backend (exchangelib): Exchange Server, and tenants still allowing EWS.

Microsoft blocks EWS in Exchange Online by default from October 2026 and removes it on
1 April 2027; Exchange Server on premises keeps it. So this backend is for on-premises
Exchange (NTLM or Basic, password in ``INBOX_AGENT_MAILBOX_PASSWORD``) and for Online
tenants that allow-listed EWS (OAuth app credentials, ``?auth=oauth&tenant=...``); a
Microsoft 365 mailbox otherwise belongs on the Graph backend.

URL: ``ews://user@host[:port]/[Folder/Path][?auth=ntlm|basic|oauth&mailbox=addr&tenant=T]``.
``ews+http://`` speaks plain HTTP to a lab server. The user is the login (a UPN, or
``DOMAIN%5Cuser``); the mailbox is the user when it is an address, else ``?mailbox=``.
Without ``?auth=`` exchangelib asks the server which scheme it offers. The path names the
watched folder below the mailbox root (default: the Inbox).

Why it is built the way it is:

- exchangelib's fail-fast policy, with our own bounded retry: its fault-tolerant policy
  would also retry a wrong password for up to an hour. ``ErrorServerBusy`` carries
  Exchange's ``BackOffMilliseconds``; we wait that long, a bounded number of times.
- Autodiscover is off: the URL names the server, so nothing else is asked.
- EWS item ids change when an item moves; a move of an id the server no longer knows means
  the message has already left the inbox, which is what the caller wanted.
"""

from __future__ import annotations

import contextlib
import logging
import os
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any, TypeVar
from urllib.parse import parse_qs, unquote, urlsplit

import requests
from exchangelib import (
    BASIC,
    DELEGATE,
    IMPERSONATION,
    NTLM,
    OAUTH2,
    SHALLOW,
    Account,
    Configuration,
    Credentials,
    FailFast,
    Folder,
    FolderCollection,
    Identity,
    Message,
    OAuth2Credentials,
)
from exchangelib import errors as ews_errors
from exchangelib.protocol import BaseProtocol
from oauthlib.oauth2.rfc6749.errors import OAuth2Error  # type: ignore[import-untyped,unused-ignore]

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
from inbox_agent.settings import Settings, load_settings

log = logging.getLogger(__name__)

PREFIX = "ews:"
SERVICE_PATH = "/EWS/Exchange.asmx"
AUTH_TYPES = {"ntlm": NTLM, "basic": BASIC, "oauth": OAUTH2}
DEFAULT_LOGIN_HOST = "https://login.microsoftonline.com"
TLS_WORDS = ("ssl", "certificate", "tls", "handshake")
T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class EwsConfig:
    """Everything the backend needs; built from the mailbox URL and the settings."""

    endpoint: str
    mailbox: str
    username: str
    password: str | None = None
    auth: str | None = None  # "ntlm", "basic", "oauth"; None lets exchangelib ask the server
    folder: str | None = None
    tenant: str | None = None
    client_id: str | None = None
    client_secret: str | None = None
    authority: str | None = None
    max_attempts: int = 5
    max_wait: float = 120.0

    @property
    def host(self) -> str:
        """The server as the user wrote it, for messages."""
        return urlsplit(self.endpoint).netloc


class _OAuthCredentials(OAuth2Credentials):  # type: ignore[misc]
    """App credentials whose token comes from the configured authority (national clouds)."""

    def __init__(self, *, authority: str, resource: str, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self._authority = authority
        self._resource = resource

    @property
    def token_url(self) -> str:
        return f"{self._authority}/oauth2/v2.0/token"

    @property
    def scope(self) -> list[str]:
        return [f"{self._resource}/.default"]


class _TrustSslCertFile(requests.adapters.HTTPAdapter):
    """Also trust ``SSL_CERT_FILE``: requests itself reads only ``REQUESTS_CA_BUNDLE``.

    Installed through ``BaseProtocol.HTTP_ADAPTER_CLS``, exchangelib's documented hook.
    """

    def send(
        self,
        request: requests.PreparedRequest,
        stream: bool = False,  # noqa: FBT001, FBT002 - requests' own signature
        timeout: Any = None,
        verify: Any = True,  # noqa: FBT002
        cert: Any = None,
        proxies: dict[str, str] | None = None,
    ) -> requests.Response:
        if verify is True and os.environ.get("SSL_CERT_FILE"):
            verify = os.environ["SSL_CERT_FILE"]
        return super().send(
            request, stream=stream, timeout=timeout, verify=verify, cert=cert, proxies=proxies
        )


def _install_adapter() -> None:
    if BaseProtocol.HTTP_ADAPTER_CLS is requests.adapters.HTTPAdapter:  # leave a custom one
        BaseProtocol.HTTP_ADAPTER_CLS = _TrustSslCertFile


def open_ews(url: str, settings: Settings | None = None) -> EwsMailbox:
    """Build the backend an ``ews://`` or ``ews+http://`` mailbox URL names."""
    settings = settings or load_settings()
    parts = urlsplit(url)
    scheme = "http" if parts.scheme.lower() == "ews+http" else "https"
    if not parts.hostname:
        raise ConfigError(f"mailbox URL {url!r} names no Exchange server (ews://user@host/)")
    query = {k: v[-1] for k, v in parse_qs(parts.query).items()}
    username = unquote(parts.username or "")
    mailbox = query.get("mailbox") or (username if "@" in username else "")
    if not mailbox:
        raise ConfigError(
            f"mailbox URL {url!r} names no mailbox address: use ews://ar%40example.com@host/ "
            "or add ?mailbox=ar@example.com"
        )
    auth = query.get("auth", "").lower() or None
    if auth is not None and auth not in AUTH_TYPES:
        raise ConfigError(f"?auth={auth} is not one of {', '.join(AUTH_TYPES)}")
    path = unquote(parts.path)
    service_path = SERVICE_PATH
    if path.lower().endswith(".asmx"):
        service_path, path = path, ""
    config = EwsConfig(
        endpoint=f"{scheme}://{parts.netloc.rpartition('@')[2]}{service_path}",
        mailbox=mailbox,
        username=username,
        password=settings.mailbox_password,
        auth=auth,
        folder="/".join(p for p in path.split("/") if p) or None,
        tenant=query.get("tenant"),
        client_id=settings.graph_client_id,
        client_secret=settings.graph_client_secret,
        authority=settings.graph_authority,
    )
    _require_secrets(config)
    return EwsMailbox(config)


def _require_secrets(config: EwsConfig) -> None:
    if config.auth == "oauth":
        if not (config.tenant and config.client_id and config.client_secret):
            raise ConfigError(
                "?auth=oauth needs ?tenant=... in the mailbox URL and the app's credentials "
                "in INBOX_AGENT_GRAPH_CLIENT_ID and INBOX_AGENT_GRAPH_CLIENT_SECRET"
            )
    elif not config.username or config.password is None:
        raise ConfigError(
            "an ews:// mailbox needs a user in the URL (ews://user@host/) and the password "
            "in INBOX_AGENT_MAILBOX_PASSWORD"
        )


class _Busy(Exception):
    """ErrorServerBusy with the back-off Exchange asked for (seconds)."""

    def __init__(self, back_off: float, message: str) -> None:
        super().__init__(message)
        self.back_off = back_off


class EwsMailbox:
    """One mailbox on an Exchange server, through exchangelib."""

    kind = "ews"

    def __init__(self, config: EwsConfig) -> None:
        """Nothing is sent until the first call; ``check`` is the explicit probe."""
        self.config = config
        self.throttle_waits: list[float] = []  # every back-off honoured, for reports
        self._account: Any = None
        self._folders: dict[str, Any] = {}

    # ------------------------------------------------------------------ Mailbox
    def check(self) -> str:
        """Connect, authenticate, and read the watched folder's counts."""

        def probe() -> str:
            folder = self._watched()
            return (
                f"ews {self.config.mailbox} at {self.config.endpoint}: {folder.name} holds "
                f"{folder.total_count} message(s)"
            )

        return self._run("check", probe)

    def list_new(self) -> Iterator[MailRef]:
        """Yield the watched folder's items, oldest received first (ids only)."""

        def ids() -> list[str]:
            query = self._watched().all().order_by("datetime_received").only("datetime_received")
            return [str(item.id) for item in query if not isinstance(item, Exception)]

        for item_id in self._run("list", ids):
            yield MailRef(backend_key=PREFIX + item_id)

    def fetch(self, ref: MailRef) -> bytes:
        """The item's MIME content, as Exchange stores it."""
        item_id = self._id(ref)

        def mime() -> bytes:
            item = self._get(item_id, "mime_content")
            return bytes(item.mime_content)

        return self._run(f"fetch {ref.backend_key}", mime, gone=ref.backend_key)

    def move(self, ref: MailRef, folder: str) -> None:
        """Move into ``folder`` below the mailbox root, creating the path if missing."""
        item_id = self._id(ref)

        def move() -> None:
            for attempt in (1, 2):
                target = self._folder(folder, create=True)
                try:
                    self._move_to(item_id, target)
                    return
                except ews_errors.ErrorFolderNotFound:
                    if attempt == 2:
                        raise MailboxFolderMissing(
                            f"folder {folder!r} vanished while moving {ref.backend_key}",
                            folder=folder,
                        ) from None
                    self._folders.clear()  # a person deleted a folder we cached: resolve again

        self._run(f"move {ref.backend_key} to {folder!r}", move)

    def _move_to(self, item_id: str, target: Any) -> None:
        for result in self._acct().bulk_move(ids=[(item_id, None)], to_folder=target):
            if isinstance(result, ews_errors.ErrorItemNotFound):
                log.info("ews:%s is no longer in the folder; nothing to move", item_id)
            elif isinstance(result, Exception):
                raise result

    def set_flag(self, ref: MailRef, label: str) -> None:
        """Add ``label`` to the item's Outlook categories, keeping the others."""
        item_id = self._id(ref)

        def flag() -> None:
            item = self._get(item_id, "categories")
            categories = list(item.categories or [])
            if label not in categories:
                item.categories = [*categories, label]
                item.save(update_fields=["categories"])

        self._run(f"flag {ref.backend_key}", flag, gone=ref.backend_key)

    def save_draft(self, raw: bytes) -> str:
        """Save the MIME message into Drafts (never sent): CreateItem with SaveOnly."""

        def save() -> str:
            account = self._acct()
            draft = Message(account=account, folder=account.drafts, mime_content=raw)
            draft.save()
            return str(draft.id)

        return PREFIX + self._run("save draft", save)

    def close(self) -> None:
        """Release exchangelib's HTTP sessions."""
        if self._account is not None:
            with contextlib.suppress(Exception):
                self._account.protocol.close()

    # ------------------------------------------------------------------ exchangelib
    def _acct(self) -> Any:
        if self._account is None:
            _install_adapter()
            cfg = self.config
            credentials: Any
            if cfg.auth == "oauth":
                authority = (cfg.authority or f"{DEFAULT_LOGIN_HOST}/{cfg.tenant}").rstrip("/")
                parts = urlsplit(cfg.endpoint)
                credentials = _OAuthCredentials(
                    authority=authority,
                    resource=f"{parts.scheme}://{parts.hostname}",
                    client_id=cfg.client_id,
                    client_secret=cfg.client_secret,
                    tenant_id=cfg.tenant,
                    identity=Identity(primary_smtp_address=cfg.mailbox),
                )
            else:
                credentials = Credentials(cfg.username, cfg.password or "")
            configuration = Configuration(
                service_endpoint=cfg.endpoint,
                credentials=credentials,
                auth_type=AUTH_TYPES.get(cfg.auth or ""),
                retry_policy=FailFast(),
                max_connections=1,
            )
            self._account = Account(
                primary_smtp_address=cfg.mailbox,
                config=configuration,
                autodiscover=False,
                access_type=IMPERSONATION if cfg.auth == "oauth" else DELEGATE,
            )
        return self._account

    def _get(self, item_id: str, field: str) -> Any:
        results = list(self._acct().fetch(ids=[(item_id, None)], only_fields=[field]))
        if not results:
            raise ews_errors.ErrorItemNotFound("no such item")
        if isinstance(results[0], Exception):
            raise results[0]
        return results[0]

    def _watched(self) -> Any:
        if not self.config.folder:
            return self._acct().inbox
        return self._folder(self.config.folder, create=False)

    def _folder(self, path: str, *, create: bool) -> Any:
        """Resolve a ``/``-separated display-name path below the mailbox root."""
        parts = [p.strip() for p in path.replace("\\", "/").split("/") if p.strip()]
        if not parts:
            raise MailboxError(f"folder name {path!r} is empty")
        key = "/".join(parts).lower()
        if key in self._folders:
            return self._folders[key]
        account = self._acct()
        parent = account.msg_folder_root
        for index, name in enumerate(parts):
            if index == 0 and name.lower() == "inbox":
                parent = account.inbox
                continue
            child = self._child(parent, name)
            if child is None:
                if not create:
                    raise MailboxFolderMissing(
                        f"folder {path!r} does not exist in mailbox {self.config.mailbox} "
                        f"({name!r} is missing); fix the path in INBOX_AGENT_MAILBOX_URL",
                        folder=path,
                    )
                child = self._create(parent, name)
            parent = child
        self._folders[key] = parent
        return parent

    def _child(self, parent: Any, name: str) -> Any:
        for folder in FolderCollection(account=self._acct(), folders=[parent]).find_folders(
            depth=SHALLOW
        ):
            if not isinstance(folder, Exception) and str(folder.name).lower() == name.lower():
                return folder
        return None

    def _create(self, parent: Any, name: str) -> Any:
        try:
            return Folder(parent=parent, name=name, folder_class="IPF.Note").save()
        except ews_errors.ErrorFolderExists:
            found = self._child(parent, name)  # another worker created it just now
            if found is None:
                raise
            return found

    def _id(self, ref: MailRef) -> str:
        if not ref.backend_key.startswith(PREFIX):
            raise MailboxError(f"{ref.backend_key!r} is not an EWS item key")
        return ref.backend_key.removeprefix(PREFIX)

    # ------------------------------------------------------------------ errors
    def _run(self, what: str, operation: Callable[[], T], *, gone: str | None = None) -> T:
        """Run one operation, honouring ErrorServerBusy back-offs, translating errors."""
        waited = 0.0
        attempt = 0
        while True:
            attempt += 1
            try:
                return self._translated(what, operation, gone=gone)
            except _Busy as busy:
                delay = busy.back_off
                if attempt >= self.config.max_attempts or waited + delay > self.config.max_wait:
                    raise MailboxThrottled(
                        f"Exchange at {self.config.host} is throttling {self.config.mailbox} "
                        f"({busy}); gave up on {what} after {attempt} attempt(s); the next "
                        "pass tries again",
                        retry_after=delay,
                    ) from None
                log.warning("Exchange asked us to back off %.1fs (%s); waiting", delay, what)
                self.throttle_waits.append(delay)
                time.sleep(delay)
                waited += delay

    def _translated(self, what: str, operation: Callable[[], T], *, gone: str | None) -> T:
        try:
            return operation()
        except MailboxError:
            raise
        except ews_errors.ErrorServerBusy as exc:
            if "ErrorTimeoutExpired" in str(exc):  # exchangelib's name for a dead connection
                raise self._connect_error(what, exc) from exc
            raise _Busy(float(exc.back_off or 1.0), str(exc)) from exc
        except (ews_errors.ErrorItemNotFound, ews_errors.ErrorInvalidIdMalformed) as exc:
            if gone is None:
                raise MailboxError(f"Exchange {what} failed: {exc}") from exc
            raise MailboxMessageGone(
                f"{gone} is no longer in mailbox {self.config.mailbox}"
            ) from exc
        except ews_errors.ErrorFolderNotFound as exc:
            folder = self.config.folder or "Inbox"
            raise MailboxFolderMissing(
                f"folder {folder!r} was not found in mailbox {self.config.mailbox} ({exc})",
                folder=folder,
            ) from exc
        except Exception as exc:
            raise self._translate(what, exc) from exc

    def _translate(self, what: str, exc: Exception) -> MailboxError:
        cfg = self.config
        if isinstance(exc, ews_errors.UnauthorizedError | OAuth2Error):
            return MailboxAuthError(self._auth_hint(exc))
        if isinstance(exc, ews_errors.ErrorAccessDenied | ews_errors.ErrorImpersonateUserDenied):
            return MailboxAuthError(
                f"Exchange denied {cfg.username or cfg.client_id} access to mailbox "
                f"{cfg.mailbox} ({exc}); grant Full Access (or ApplicationImpersonation for "
                "app credentials) on the mailbox"
            )
        if isinstance(exc, ews_errors.ErrorNonExistentMailbox):
            return MailboxError(
                f"Exchange at {cfg.host} has no mailbox {cfg.mailbox} ({exc}); fix the address "
                "in INBOX_AGENT_MAILBOX_URL"
            )
        network = ews_errors.TransportError | requests.exceptions.RequestException
        text = str(exc)
        if isinstance(exc, network) and any(word in text.lower() for word in TLS_WORDS):
            return MailboxTlsError(
                f"TLS with {cfg.host} failed ({text[:300]}); if the server uses a private "
                "certificate authority, point REQUESTS_CA_BUNDLE at its CA file; for a "
                "plain-HTTP lab server use ews+http://"
            )
        answered = ews_errors.ResponseMessageError | ews_errors.SOAPError
        if isinstance(exc, answered) and not isinstance(exc, ews_errors.ErrorTimeoutExpired):
            return MailboxError(f"Exchange {what} failed: {type(exc).__name__}: {exc}")
        if isinstance(exc, network):
            return self._connect_error(what, exc)
        return MailboxError(f"Exchange {what} failed: {type(exc).__name__}: {exc}")

    def _connect_error(self, what: str, exc: Exception) -> MailboxConnectError:
        return MailboxConnectError(
            f"cannot reach Exchange at {self.config.endpoint} during {what} "
            f"({str(exc)[:300]}); check the host in INBOX_AGENT_MAILBOX_URL and the network"
        )

    def _auth_hint(self, exc: Exception) -> str:
        cfg = self.config
        if cfg.auth == "oauth":
            return (
                f"Exchange sign-in with app {cfg.client_id} in tenant {cfg.tenant} failed "
                f"({exc}); check INBOX_AGENT_GRAPH_CLIENT_ID / _SECRET, and that EWS is still "
                "allowed for the tenant (Microsoft retires EWS in Exchange Online)"
            )
        return (
            f"Exchange at {cfg.host} refused the login of {cfg.username!r} ({exc}); check "
            "INBOX_AGENT_MAILBOX_PASSWORD, the user in the URL (a UPN, or DOMAIN%5Cuser), and "
            "?auth=ntlm or ?auth=basic to match what the server allows"
        )
