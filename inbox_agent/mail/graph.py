"""Microsoft Graph backend: Exchange Online after EWS is retired there.

Microsoft blocks EWS in Exchange Online from October 2026 and removes it on 1 April 2027,
so a shared mailbox in Microsoft 365 is read through Graph with app-only access: msal's
client-credentials flow (``INBOX_AGENT_GRAPH_CLIENT_ID`` / ``_SECRET``, tokens cached in
memory and renewed by msal before they expire), then plain HTTPS calls.

Why it is built the way it is:

- **Immutable ids.** Every call sends ``Prefer: IdType="ImmutableId"``, so a message keeps
  its id when it is moved; ``graph:<id>`` is the stable ``backend_key`` the store needs.
- **Delta, but never trusted alone.** New mail is found with the folder's delta query; the
  ``@odata.deltaLink`` and the set of message ids the folder holds are kept in a small JSON
  file in the workspace. The whole set is yielded on every pass (the pipeline skips what it
  has recorded), so a lost, corrupt or expired watermark costs one full sync, never a mail.
- **Throttling is normal on Graph.** 429/503/504 are retried after ``Retry-After``, with a
  bound on attempts and on the total wait; beyond that :class:`MailboxThrottled` carries
  the server's hint to the scheduler instead of blocking the agent.
- **National clouds and test servers.** The token scope is derived from the Graph base URL
  (``https://graph.microsoft.us/.default`` for US Government), the authority is taken as
  given, and with a non-default authority msal's instance discovery is off, so nothing is
  asked of the public cloud's hosts. A private CA is trusted the standard way
  (``REQUESTS_CA_BUNDLE``, or ``SSL_CERT_FILE``).
- **Errors say what to change**: the secret, the consent, the mailbox address, the folder.
"""

from __future__ import annotations

import base64
import contextlib
import dataclasses
import hashlib
import json
import logging
import os
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from email.utils import parsedate_to_datetime
from pathlib import Path
from typing import Any
from urllib.parse import quote, unquote, urlsplit

import requests

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

DEFAULT_BASE_URL = "https://graph.microsoft.com/v1.0"
DEFAULT_LOGIN_HOST = "https://login.microsoftonline.com"
PREFIX = "graph:"
IMMUTABLE_IDS = 'IdType="ImmutableId"'
DELTA_SELECT = "id,receivedDateTime,subject,internetMessageId,parentFolderId"
RETRYABLE = frozenset({429, 503, 504})
STATE_VERSION = 1

CONSENT_HINT = (
    "Graph denied app {client_id} access to mailbox {mailbox}: admin consent for the "
    "Microsoft Graph application permission Mail.ReadWrite is missing in tenant {tenant}, "
    "or an application access policy (or Exchange RBAC for Applications) keeps the app out "
    "of this mailbox. An admin grants consent under Entra ID > App registrations > API "
    "permissions > Grant admin consent, and checks the scope with "
    "Test-ApplicationAccessPolicy in Exchange Online PowerShell. ({detail})"
)


@dataclass(frozen=True, slots=True)
class GraphConfig:
    """Everything the backend needs; built from the mailbox URL and the settings."""

    tenant: str
    mailbox: str
    client_id: str
    client_secret: str
    base_url: str = DEFAULT_BASE_URL
    authority: str | None = None
    folder: str | None = None
    state_path: Path | None = None
    max_attempts: int = 5
    max_wait: float = 120.0
    timeout: float = 60.0

    @property
    def authority_url(self) -> str:
        """The authority as configured, else the public cloud's for the tenant."""
        return self.authority or f"{DEFAULT_LOGIN_HOST}/{self.tenant}"

    @property
    def scope(self) -> str:
        """App-only scope of the Graph the base URL names (national clouds differ)."""
        parts = urlsplit(self.base_url)
        return f"{parts.scheme}://{parts.netloc}/.default"

    @property
    def is_default_authority(self) -> bool:
        """Only the public cloud's login host may be asked about instance discovery."""
        return self.authority is None or self.authority.rstrip("/").lower() == (
            f"{DEFAULT_LOGIN_HOST}/{self.tenant}".lower()
        )


def open_graph(url: str, settings: Settings | None = None) -> GraphMailbox:
    """Build the backend for ``graph://TENANT/mailbox@domain[/Folder/Path]``.

    The optional path after the mailbox names the watched folder (default: the Inbox).
    """
    settings = settings or load_settings()
    parts = urlsplit(url)
    tenant = unquote(parts.netloc)
    segments = [unquote(s) for s in parts.path.split("/") if s]
    if not tenant or not segments or "@" not in segments[0]:
        raise ConfigError(
            f"mailbox URL {url!r} should look like graph://TENANT/mailbox@domain "
            "(TENANT is the directory id or a verified domain such as contoso.onmicrosoft.com)"
        )
    if not settings.graph_client_id or not settings.graph_client_secret:
        raise ConfigError(
            "a graph:// mailbox needs the app registration's credentials in "
            "INBOX_AGENT_GRAPH_CLIENT_ID and INBOX_AGENT_GRAPH_CLIENT_SECRET"
        )
    config = GraphConfig(
        tenant=tenant,
        mailbox=segments[0],
        client_id=settings.graph_client_id,
        client_secret=settings.graph_client_secret,
        base_url=settings.graph_base_url.rstrip("/"),
        authority=settings.graph_authority.rstrip("/") if settings.graph_authority else None,
        folder="/".join(segments[1:]) or None,
    )
    digest = hashlib.sha256(
        "\n".join([config.base_url, tenant, config.mailbox, config.folder or ""]).lower().encode()
    ).hexdigest()[:16]
    state = settings.home / "mail-state" / f"graph-{digest}.json"
    return GraphMailbox(dataclasses.replace(config, state_path=state))


@dataclass(slots=True)
class _DeltaState:
    """The folder's delta watermark and the ids it held at that watermark."""

    delta_link: str | None = None
    messages: dict[str, str] = field(default_factory=dict)  # id -> receivedDateTime


class _ItemNotFound(MailboxError):
    """404 ErrorItemNotFound; the caller knows whether that means a folder or a message."""


class _SyncReset(MailboxError):
    """The delta watermark expired or is unknown to the server: sync from scratch."""


def _envelope(response: requests.Response) -> tuple[str, str]:
    """Graph's ``{"error": {"code", "message"}}``, tolerating bodies that are not JSON."""
    try:
        payload = response.json()
    except ValueError:
        return "", response.text[:200]
    error = payload.get("error") if isinstance(payload, dict) else None
    if isinstance(error, dict):
        return str(error.get("code", "")), str(error.get("message", ""))
    return str(error or ""), str(payload.get("error_description", ""))[:300]


def _retry_after(response: requests.Response, attempt: int) -> float:
    """Seconds the server asked for; exponential when it named none."""
    header = response.headers.get("Retry-After")
    if header:
        with contextlib.suppress(ValueError):
            return max(0.0, float(header))
        with contextlib.suppress(TypeError, ValueError):
            return max(0.0, parsedate_to_datetime(header).timestamp() - time.time())
    return float(min(2 ** (attempt - 1), 30))


def _ca_bundle() -> str | bool:
    """Trust SSL_CERT_FILE too; requests itself reads only REQUESTS_CA_BUNDLE."""
    if os.environ.get("REQUESTS_CA_BUNDLE") or os.environ.get("CURL_CA_BUNDLE"):
        return True
    return os.environ.get("SSL_CERT_FILE") or True


class GraphMailbox:
    """One shared mailbox read with app-only Graph access."""

    kind = "graph"

    def __init__(self, config: GraphConfig, *, session: requests.Session | None = None) -> None:
        """Nothing is sent until the first call; ``check`` is the explicit probe."""
        self.config = config
        self.session = session or requests.Session()
        self.session.verify = _ca_bundle()
        self.throttle_waits: list[float] = []  # every Retry-After honoured, for reports
        self._app: Any = None
        self._folders: dict[str, str] = {}
        self._user = f"/users/{quote(config.mailbox, safe='@')}"

    # ------------------------------------------------------------------ Mailbox
    def check(self) -> str:
        """Sign in, then read the watched folder's counts."""
        folder_id = self._watched_folder()
        response = self._call(
            "GET",
            f"{self._user}/mailFolders/{quote(folder_id, safe='')}"
            "?$select=displayName,totalItemCount",
            missing=self._watched_missing,
        )
        data = response.json()
        return (
            f"graph {self.config.mailbox} (tenant {self.config.tenant}, {self.config.base_url}): "
            f"{data.get('displayName', folder_id)} holds {data.get('totalItemCount', '?')} "
            "message(s)"
        )

    def list_new(self) -> Iterator[MailRef]:
        """Bring the delta state up to date, then yield every message the folder holds."""
        state = self._load_state()
        try:
            state = self._sync(state)
        except _SyncReset as exc:
            log.warning("graph delta watermark no longer valid (%s); syncing from scratch", exc)
            state = self._sync(_DeltaState())
        self._save_state(state)
        for message_id, _received in sorted(state.messages.items(), key=lambda kv: (kv[1], kv[0])):
            yield MailRef(backend_key=PREFIX + message_id)

    def fetch(self, ref: MailRef) -> bytes:
        """The message's MIME as Exchange Online serves it (``/$value``)."""
        message_id = self._id(ref)
        response = self._call(
            "GET",
            f"{self._user}/messages/{quote(message_id, safe='')}/$value",
            missing=lambda: MailboxMessageGone(
                f"{ref.backend_key} is no longer in mailbox {self.config.mailbox}"
            ),
        )
        return response.content

    def move(self, ref: MailRef, folder: str) -> None:
        """Move into ``folder`` (created if missing); a message already gone is left so."""
        message_id = self._id(ref)
        for attempt in (1, 2):
            destination = self._folder_id(folder, create=True)
            try:
                self._call(
                    "POST",
                    f"{self._user}/messages/{quote(message_id, safe='')}/move",
                    json={"destinationId": destination},
                    missing=_ItemNotFound,
                )
                return
            except _ItemNotFound:
                if not self._exists(message_id):
                    log.info("%s is no longer in the mailbox; nothing to move", ref.backend_key)
                    return
                if attempt == 2:
                    raise MailboxFolderMissing(
                        f"folder {folder!r} vanished while moving {ref.backend_key}",
                        folder=folder,
                    ) from None
                self._folders.clear()  # a folder we cached was deleted; resolve again

    def set_flag(self, ref: MailRef, label: str) -> None:
        """Add ``label`` to the message's Outlook categories, keeping the others."""
        message_id = self._id(ref)
        path = f"{self._user}/messages/{quote(message_id, safe='')}"

        def gone() -> MailboxError:
            return MailboxMessageGone(f"{ref.backend_key} is no longer in the mailbox")

        current = self._call("GET", f"{path}?$select=categories", missing=gone).json()
        categories = list(current.get("categories") or [])
        if label in categories:
            return
        self._call("PATCH", path, json={"categories": [*categories, label]}, missing=gone)

    def save_draft(self, raw: bytes) -> str:
        """Create a draft from MIME: base64 body, ``text/plain``, Graph's documented way."""
        response = self._call(
            "POST",
            f"{self._user}/messages",
            data=base64.b64encode(raw),
            headers={"Content-Type": "text/plain"},
        )
        return PREFIX + str(response.json()["id"])

    def close(self) -> None:
        """Release the HTTP connections."""
        self.session.close()

    # ------------------------------------------------------------------ delta
    def _sync(self, state: _DeltaState) -> _DeltaState:
        if state.delta_link:
            url = state.delta_link
            messages = dict(state.messages)
        else:
            folder = quote(self._watched_folder(), safe="")
            url = f"{self._user}/mailFolders/{folder}/messages/delta?$select={DELTA_SELECT}"
            messages = {}
        while True:
            page = self._call("GET", url, missing=self._watched_missing, gone=_SyncReset).json()
            for entry in page.get("value", []):
                if "@removed" in entry:
                    messages.pop(str(entry["id"]), None)
                else:
                    messages[str(entry["id"])] = str(entry.get("receivedDateTime") or "")
            if "@odata.nextLink" in page:
                url = str(page["@odata.nextLink"])
                continue
            return _DeltaState(str(page.get("@odata.deltaLink") or "") or None, messages)

    def _load_state(self) -> _DeltaState:
        path = self.config.state_path
        if path is None or not path.exists():
            return _DeltaState()
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            if data.get("version") != STATE_VERSION:
                return _DeltaState()
            return _DeltaState(data.get("delta_link"), dict(data.get("messages") or {}))
        except (OSError, ValueError, AttributeError) as exc:
            log.warning("graph delta state %s unreadable (%s); syncing from scratch", path, exc)
            return _DeltaState()

    def _save_state(self, state: _DeltaState) -> None:
        path = self.config.state_path
        if path is None:
            return
        payload = {
            "version": STATE_VERSION,
            "mailbox": self.config.mailbox,
            "folder": self.config.folder,
            "delta_link": state.delta_link,
            "messages": state.messages,
        }
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            tmp = path.with_suffix(".tmp")
            tmp.write_text(json.dumps(payload, indent=1, sort_keys=True), encoding="utf-8")
            tmp.replace(path)
        except OSError as exc:  # the next pass does a full sync; nothing is lost
            log.warning("could not save graph delta state to %s: %s", path, exc)

    # ------------------------------------------------------------------ folders
    def _watched_missing(self) -> MailboxError:
        name = self.config.folder or "Inbox"
        return MailboxFolderMissing(
            f"folder {name!r} does not exist in mailbox {self.config.mailbox}; fix the path "
            "after the mailbox in INBOX_AGENT_MAILBOX_URL (graph://TENANT/mailbox/Folder/Sub)",
            folder=name,
        )

    def _watched_folder(self) -> str:
        if not self.config.folder:
            return "inbox"
        try:
            return self._folder_id(self.config.folder, create=False)
        except _ItemNotFound:
            raise self._watched_missing() from None

    def _folder_id(self, path: str, *, create: bool) -> str:
        """Resolve a ``/``-separated display-name path below the mailbox root."""
        parts = [p.strip() for p in path.replace("\\", "/").split("/") if p.strip()]
        if not parts:
            raise MailboxError(f"folder name {path!r} is empty")
        key = "/".join(parts).lower()
        if key in self._folders:
            return self._folders[key]
        parent: str | None = None
        for index, name in enumerate(parts):
            if index == 0 and name.lower() == "inbox":
                parent = "inbox"  # a well-known name stands for the folder's id in Graph
                continue
            found = self._child(parent, name)
            if found is None:
                if not create:
                    raise _ItemNotFound(f"folder {name!r} not found")
                found = self._create_child(parent, name)
            parent = found
        assert parent is not None
        self._folders[key] = parent
        return parent

    def _children_path(self, parent: str | None) -> str:
        if parent is None:
            return f"{self._user}/mailFolders"
        return f"{self._user}/mailFolders/{quote(parent, safe='')}/childFolders"

    def _child(self, parent: str | None, name: str) -> str | None:
        literal = name.replace("'", "''")
        query = quote(f"displayName eq '{literal}'", safe="")
        response = self._call(
            "GET",
            f"{self._children_path(parent)}?$filter={query}&$select=id,displayName",
            missing=_ItemNotFound,
        )
        for folder in response.json().get("value", []):
            if str(folder.get("displayName", "")).lower() == name.lower():
                return str(folder["id"])
        return None

    def _create_child(self, parent: str | None, name: str) -> str:
        try:
            response = self._call(
                "POST",
                self._children_path(parent),
                json={"displayName": name},
                conflict=_ItemNotFound,
                missing=_ItemNotFound,
            )
        except _ItemNotFound:
            found = self._child(parent, name)  # another worker created it just now
            if found is None:
                raise
            return found
        return str(response.json()["id"])

    def _exists(self, message_id: str) -> bool:
        try:
            self._call(
                "GET",
                f"{self._user}/messages/{quote(message_id, safe='')}?$select=id",
                missing=_ItemNotFound,
            )
        except _ItemNotFound:
            return False
        return True

    # ------------------------------------------------------------------ HTTP
    def _id(self, ref: MailRef) -> str:
        if not ref.backend_key.startswith(PREFIX):
            raise MailboxError(f"{ref.backend_key!r} is not a Graph message key")
        return ref.backend_key.removeprefix(PREFIX)

    def _call(
        self,
        method: str,
        target: str,
        *,
        missing: Callable[[], MailboxError] | type[MailboxError] | None = None,
        gone: type[MailboxError] | None = None,
        conflict: type[MailboxError] | None = None,
        **kwargs: Any,
    ) -> requests.Response:
        """Send one Graph request: token, immutable ids, throttling, error translation."""
        absolute = target.startswith(("https://", "http://"))  # next and delta links
        url = target if absolute else self.config.base_url + target
        waited = 0.0
        renewed = False
        attempt = 0
        while True:
            attempt += 1
            response = self._send(method, url, **kwargs)
            status = response.status_code
            if status in RETRYABLE:
                delay = _retry_after(response, attempt)
                if attempt >= self.config.max_attempts or waited + delay > self.config.max_wait:
                    raise self._throttled(response, delay, attempt)
                log.warning("graph asked us to wait %.1fs (HTTP %s); waiting", delay, status)
                self.throttle_waits.append(delay)
                time.sleep(delay)
                waited += delay
                continue
            if status == 401 and not renewed:  # token revoked or expired early: renew once
                renewed = True
                self._forget_token()
                continue
            if status < 400:
                return response
            raise self._error(response, method, missing=missing, gone=gone, conflict=conflict)

    def _send(self, method: str, url: str, **kwargs: Any) -> requests.Response:
        headers = {
            "Authorization": f"Bearer {self._token()}",
            "Prefer": IMMUTABLE_IDS,
            **kwargs.pop("headers", {}),
        }
        try:
            return self.session.request(
                method, url, headers=headers, timeout=self.config.timeout, **kwargs
            )
        except requests.exceptions.SSLError as exc:
            raise self._tls_error(url, exc) from exc
        except requests.exceptions.RequestException as exc:
            raise MailboxConnectError(
                f"cannot reach Microsoft Graph at {urlsplit(url).netloc}: {exc}; check "
                "INBOX_AGENT_GRAPH_BASE_URL and the network (proxy, firewall)"
            ) from exc

    def _tls_error(self, url: str, exc: Exception) -> MailboxTlsError:
        return MailboxTlsError(
            f"TLS with {urlsplit(url).netloc} failed ({exc}); if the server uses a private "
            "certificate authority, point REQUESTS_CA_BUNDLE (or SSL_CERT_FILE) at its CA file"
        )

    def _throttled(self, response: requests.Response, delay: float, attempt: int) -> MailboxError:
        code, message = _envelope(response)
        return MailboxThrottled(
            f"Graph is throttling mailbox {self.config.mailbox} (HTTP {response.status_code} "
            f"{code}: {message}); gave up after {attempt} attempt(s) and "
            f"{sum(self.throttle_waits):.0f}s of waiting; the next pass tries again",
            retry_after=delay,
        )

    def _error(
        self,
        response: requests.Response,
        method: str,
        *,
        missing: Callable[[], MailboxError] | type[MailboxError] | None,
        gone: type[MailboxError] | None,
        conflict: type[MailboxError] | None,
    ) -> MailboxError:
        status = response.status_code
        code, message = _envelope(response)
        detail = f"HTTP {status} {code}: {message}"
        cfg = self.config
        if status == 401:
            return MailboxAuthError(
                f"Graph refused the app's token for mailbox {cfg.mailbox} ({detail}); check "
                "INBOX_AGENT_GRAPH_CLIENT_ID / _SECRET and the tenant in the mailbox URL"
            )
        if status == 403:
            return MailboxAuthError(
                CONSENT_HINT.format(
                    client_id=cfg.client_id, mailbox=cfg.mailbox, tenant=cfg.tenant, detail=detail
                )
            )
        if status == 404 and code in (
            "ErrorInvalidUser",
            "MailboxNotEnabledForRESTAPI",
            "ResourceNotFound",
            "ErrorMailboxNotFound",
        ):
            return MailboxError(
                f"mailbox {cfg.mailbox} was not found in tenant {cfg.tenant} ({detail}); fix "
                "the address in INBOX_AGENT_MAILBOX_URL (it must be an Exchange Online mailbox)"
            )
        if status == 404 and missing is not None:
            return missing(f"{method} {detail}") if isinstance(missing, type) else missing()
        if status == 409 and conflict is not None:
            return conflict(detail)
        if gone is not None and (
            status == 410 or "syncstate" in code.lower() or code == "resyncRequired"
        ):
            return gone(detail)
        return MailboxError(f"Graph {method} {urlsplit(response.url).path} failed: {detail}")

    # ------------------------------------------------------------------ token
    def _msal_app(self) -> Any:
        if self._app is not None:
            return self._app
        import msal  # type: ignore[import-untyped,unused-ignore]  # lazy: only Graph pays

        cfg = self.config
        options: dict[str, Any] = {}
        if not cfg.is_default_authority:
            options["instance_discovery"] = False  # never ask the public cloud about it
        try:
            self._app = msal.ConfidentialClientApplication(
                cfg.client_id,
                client_credential=cfg.client_secret,
                authority=cfg.authority_url,
                http_client=self.session,
                timeout=cfg.timeout,
                **options,
            )
        except requests.exceptions.SSLError as exc:
            raise self._tls_error(cfg.authority_url, exc) from exc
        except requests.exceptions.RequestException as exc:
            raise MailboxConnectError(
                f"cannot reach the sign-in authority {cfg.authority_url}: {exc}"
            ) from exc
        except ValueError as exc:
            raise MailboxAuthError(
                f"the sign-in authority {cfg.authority_url} rejected tenant {cfg.tenant!r}: "
                f"{str(exc)[:300]}; check the tenant in the mailbox URL and "
                "INBOX_AGENT_GRAPH_AUTHORITY"
            ) from exc
        return self._app

    def _token(self) -> str:
        app = self._msal_app()
        try:
            result = app.acquire_token_for_client(scopes=[self.config.scope])
        except requests.exceptions.SSLError as exc:
            raise self._tls_error(self.config.authority_url, exc) from exc
        except requests.exceptions.RequestException as exc:
            raise MailboxConnectError(
                f"cannot reach the sign-in authority {self.config.authority_url}: {exc}"
            ) from exc
        if isinstance(result, dict) and result.get("access_token"):
            return str(result["access_token"])
        raise self._token_error(result if isinstance(result, dict) else {})

    def _forget_token(self) -> None:
        if self._app is not None:
            self._app.remove_tokens_for_client()

    def _token_error(self, result: dict[str, Any]) -> MailboxError:
        cfg = self.config
        codes = {int(c) for c in result.get("error_codes") or [] if str(c).isdigit()}
        error = str(result.get("error", "unknown_error"))
        first_line = (str(result.get("error_description", "")).splitlines() or [""])[0]
        detail = f"{error}: {first_line}".strip()
        if codes & {7000215, 7000222} or error == "invalid_client":
            hint = (
                "put the client secret's Value (not its Secret ID) in "
                "INBOX_AGENT_GRAPH_CLIENT_SECRET; if it expired, create a new one"
            )
        elif codes & {700016} or error == "unauthorized_client":
            hint = (
                f"app {cfg.client_id} is not registered in tenant {cfg.tenant}; check "
                "INBOX_AGENT_GRAPH_CLIENT_ID and the tenant in the mailbox URL"
            )
        elif codes & {90002} or error == "invalid_tenant":
            hint = f"tenant {cfg.tenant!r} does not exist at {cfg.authority_url}"
        elif codes & {65001}:
            return MailboxAuthError(
                CONSENT_HINT.format(
                    client_id=cfg.client_id, mailbox=cfg.mailbox, tenant=cfg.tenant, detail=detail
                )
            )
        elif codes & {500011} or error == "invalid_resource":
            hint = (
                f"the scope {cfg.scope} is not known at {cfg.authority_url}; "
                "INBOX_AGENT_GRAPH_BASE_URL and INBOX_AGENT_GRAPH_AUTHORITY must name the "
                "same cloud"
            )
        else:
            hint = "check the app registration and INBOX_AGENT_GRAPH_* settings"
        return MailboxAuthError(f"Microsoft Entra ID sign-in for Graph failed ({detail}); {hint}")
