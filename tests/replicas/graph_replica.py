"""A protocol-level replica of Microsoft Graph v1.0 mail and the Entra ID token endpoint.

No Graph server runs outside Microsoft's cloud, so the Graph backend is tested against this:
one HTTPS server on a free loopback port that answers

- ``GET /{tenant}/v2.0/.well-known/openid-configuration`` and
  ``POST /{tenant}/oauth2/v2.0/token`` (client credentials) with the real Entra ID JSON,
  including ``AADSTS7000215`` for a wrong secret and ``AADSTS500011`` for a scope whose
  resource is not this Graph;
- the Graph v1.0 paths the backend uses under ``/v1.0/users/{mailbox}``: mail folders and
  child folders (``$filter=displayName eq '...'``, create), the inbox delta query
  (``@odata.nextLink`` / ``@odata.deltaLink``, ``@removed``), a message's MIME
  (``/$value``), ``move``, ``PATCH`` of categories, and draft creation from base64 MIME;

with the real response shapes and the real error envelope ``{"error": {"code", "message"}}``.
Ids are immutable only when the client sends ``Prefer: IdType="ImmutableId"`` (a message
moved without it gets a new id, as on the real service). Faults are injected by tests:
throttling (429/503 with ``Retry-After``), missing admin consent, a short token lifetime.
"""

from __future__ import annotations

import base64
import binascii
import email
import email.policy
import email.utils
import itertools
import json
import re
import secrets
import time
import uuid
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any
from urllib.parse import parse_qs, quote, unquote, urlsplit

from tests.replicas import ReplicaHandler, ReplicaServer, TlsFiles

WELL_KNOWN = ("msgfolderroot", "inbox", "drafts", "sentitems", "deleteditems", "archive")
DISPLAY = {
    "msgfolderroot": "Top of Information Store",
    "inbox": "Inbox",
    "drafts": "Drafts",
    "sentitems": "Sent Items",
    "deleteditems": "Deleted Items",
    "archive": "Archive",
}
MESSAGE_FIELDS = (
    "receivedDateTime",
    "subject",
    "from",
    "internetMessageId",
    "parentFolderId",
    "categories",
    "changeKey",
    "isDraft",
    "isRead",
    "hasAttachments",
)
FILTER = re.compile(r"^\s*displayName\s+eq\s+'((?:[^']|'')*)'\s*$")


def _new_id() -> str:
    """An id shaped like Exchange's: url-safe base64 of an entry id."""
    return base64.urlsafe_b64encode(b"\x00\x00\x00\x00" + secrets.token_bytes(42)).decode()


def _now_iso() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


@dataclass
class GraphFolder:
    id: str
    display_name: str
    parent_id: str | None
    well_known: str | None = None


@dataclass
class GraphMessage:
    id: str
    folder_id: str
    mime: bytes
    received: str
    subject: str
    sender: str
    internet_message_id: str
    categories: list[str] = field(default_factory=list)
    is_draft: bool = False
    change_key: str = field(default_factory=lambda: secrets.token_urlsafe(12))


@dataclass
class LoggedRequest:
    method: str
    path: str
    query: dict[str, list[str]]
    host: str
    prefer: str | None
    content_type: str | None


class GraphError(Exception):
    """Raised inside a handler to answer with Graph's error envelope."""

    def __init__(self, status: int, code: str, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message


class GraphReplica(ReplicaServer):
    """One tenant, one app registration, one mailbox; all state in memory."""

    def __init__(
        self,
        *,
        tls: TlsFiles,
        tenant: str = "contoso.onmicrosoft.com",
        mailbox: str = "ar@contoso.example.com",
        client_id: str | None = None,
        client_secret: str = "s3cr3t~value",
        api_prefix: str = "/v1.0",
        page_size: int = 2,
    ) -> None:
        super().__init__(tls=tls)
        self.tenant = tenant
        self.mailbox = mailbox
        self.client_id = client_id or str(uuid.uuid4())
        self.client_secret = client_secret
        self.api_prefix = api_prefix
        self.page_size = page_size
        self.token_lifetime = 3599
        self.folders: dict[str, GraphFolder] = {}
        self.messages: dict[str, GraphMessage] = {}
        self.tokens: dict[str, float] = {}
        self.log: list[LoggedRequest] = []
        self.token_requests: list[dict[str, str]] = []
        self.throttled: list[tuple[int, str]] = []  # (status, Retry-After) served
        self._throttle_plan: list[tuple[int, str]] = []
        self.consent_missing: str | None = None  # None, "graph" or "token"
        self._delta_states: dict[str, frozenset[str]] = {}
        self._pages: dict[str, tuple[list[dict[str, Any]], str, frozenset[str]]] = {}
        self._counter = itertools.count(1)
        for name in WELL_KNOWN:
            root = None if name == "msgfolderroot" else self.well_known("msgfolderroot").id
            folder = GraphFolder(_new_id(), DISPLAY[name], root, well_known=name)
            self.folders[folder.id] = folder

    # ------------------------------------------------------------------ test API
    @property
    def authority(self) -> str:
        return f"{self.origin}/{self.tenant}"

    @property
    def base_url(self) -> str:
        return f"{self.origin}{self.api_prefix}"

    def well_known(self, name: str) -> GraphFolder:
        return next(f for f in self.folders.values() if f.well_known == name)

    def deliver(self, raw: bytes, *, folder: str = "inbox", received: str | None = None) -> str:
        """Put a message into a folder (by well-known name or id) as if it had arrived."""
        parsed = email.message_from_bytes(raw, policy=email.policy.default)
        with self.lock:
            target = self._folder(folder)
            seq = next(self._counter)
            message = GraphMessage(
                id=_new_id(),
                folder_id=target.id,
                mime=raw,
                received=received or f"2026-10-01T08:{seq // 60 % 60:02d}:{seq % 60:02d}Z",
                subject=str(parsed.get("Subject", "")),
                sender=str(parsed.get("From", "")),
                internet_message_id=str(parsed.get("Message-ID", f"<{seq}@replica>")),
            )
            self.messages[message.id] = message
            return message.id

    def throttle(self, times: int = 1, *, status: int = 429, retry_after: str = "1") -> None:
        """Answer the next ``times`` Graph calls with ``status`` and a ``Retry-After``."""
        with self.lock:
            self._throttle_plan.extend([(status, retry_after)] * times)

    def stop_throttling(self) -> None:
        """Drop throttling faults not served yet."""
        with self.lock:
            self._throttle_plan.clear()

    def in_folder(self, path: str) -> list[GraphMessage]:
        """Messages in a folder named by a ``/``-separated display-name path or well-known name."""
        with self.lock:
            folder = self.find_path(path)
            if folder is None:
                return []
            return [m for m in self.messages.values() if m.folder_id == folder.id]

    def find_path(self, path: str) -> GraphFolder | None:
        if path.lower() in WELL_KNOWN:
            return self.well_known(path.lower())
        parent = self.well_known("msgfolderroot")
        for part in path.split("/"):
            found = self._child(parent.id, part)
            if found is None:
                return None
            parent = found
        return parent

    def graph_calls(self) -> list[LoggedRequest]:
        return [r for r in self.log if r.path.startswith(self.api_prefix + "/")]

    # ------------------------------------------------------------------ helpers
    def _folder(self, ref: str) -> GraphFolder:
        if ref.lower() in WELL_KNOWN:
            return self.well_known(ref.lower())
        folder = self.folders.get(ref)
        if folder is None:
            raise GraphError(
                404, "ErrorItemNotFound", "The specified object was not found in the store."
            )
        return folder

    def _child(self, parent_id: str, name: str) -> GraphFolder | None:
        return next(
            (
                f
                for f in self.folders.values()
                if f.parent_id == parent_id and f.display_name.lower() == name.lower()
            ),
            None,
        )

    def _message(self, message_id: str) -> GraphMessage:
        message = self.messages.get(message_id)
        if message is None:
            raise GraphError(
                404, "ErrorItemNotFound", "The specified object was not found in the store."
            )
        return message

    def folder_json(self, folder: GraphFolder) -> dict[str, Any]:
        children = sum(1 for f in self.folders.values() if f.parent_id == folder.id)
        items = [m for m in self.messages.values() if m.folder_id == folder.id]
        return {
            "id": folder.id,
            "displayName": folder.display_name,
            "parentFolderId": folder.parent_id or folder.id,
            "childFolderCount": children,
            "unreadItemCount": len(items),
            "totalItemCount": len(items),
            "isHidden": False,
        }

    def message_json(self, message: GraphMessage, select: list[str] | None) -> dict[str, Any]:
        name, address = email.utils.parseaddr(message.sender)
        full: dict[str, Any] = {
            "@odata.etag": f'W/"{message.change_key}"',
            "id": message.id,
            "changeKey": message.change_key,
            "categories": list(message.categories),
            "receivedDateTime": message.received,
            "subject": message.subject,
            "from": {"emailAddress": {"name": name or address, "address": address}},
            "internetMessageId": message.internet_message_id,
            "parentFolderId": message.folder_id,
            "isDraft": message.is_draft,
            "isRead": False,
            "hasAttachments": b"Content-Disposition: attachment" in message.mime,
        }
        if not select:
            return full
        keep = {"@odata.etag", "id", *select}
        return {k: v for k, v in full.items() if k in keep}

    def next_throttle(self) -> tuple[int, str] | None:
        with self.lock:
            if not self._throttle_plan:
                return None
            fault = self._throttle_plan.pop(0)
            self.throttled.append(fault)
            return fault

    # ------------------------------------------------------------------ delta
    def delta(self, folder_ref: str, query: dict[str, list[str]]) -> dict[str, Any]:
        with self.lock:
            skip = query.get("$skiptoken", [None])[0]
            if skip is not None:
                return self._delta_page(skip, folder_ref)
            folder = self._folder(folder_ref)
            current = frozenset(m.id for m in self.messages.values() if m.folder_id == folder.id)
            token = query.get("$deltatoken", [None])[0]
            if token is None:
                changed = sorted(current, key=lambda i: self.messages[i].received)
                entries = [{"kind": "message", "id": i} for i in changed]
            else:
                before = self._delta_states.get(token)
                if before is None:
                    raise GraphError(
                        410,
                        "SyncStateNotFound",
                        "The sync state generation is not found or has expired. "
                        "Please do a full sync.",
                    )
                added = sorted(current - before, key=lambda i: self.messages[i].received)
                entries = [{"kind": "message", "id": i} for i in added]
                entries += [{"kind": "removed", "id": i} for i in sorted(before - current)]
            select = query.get("$select", [""])[0]
            selected = [s for s in select.split(",") if s]
            rendered = [
                (
                    {
                        "@odata.type": "#microsoft.graph.message",
                        "id": e["id"],
                        "@removed": {"reason": "deleted"},
                    }
                    if e["kind"] == "removed"
                    else self.message_json(self.messages[e["id"]], selected)
                )
                for e in entries
            ]
            skip_token = secrets.token_urlsafe(16)
            self._pages[skip_token] = (rendered, folder.id, current)
            return self._delta_page(skip_token, folder_ref)

    def _delta_page(self, skip: str, folder_ref: str) -> dict[str, Any]:
        pending = self._pages.pop(skip, None)
        if pending is None:
            raise GraphError(400, "ErrorInvalidUrlQuery", "The skip token is not valid.")
        rendered, folder_id, snapshot = pending
        page, rest = rendered[: self.page_size], rendered[self.page_size :]
        base = (
            f"{self.base_url}/users/{quote(self.mailbox)}/mailFolders/"
            f"{quote(folder_ref, safe='')}/messages/delta"
        )
        body: dict[str, Any] = {
            "@odata.context": f"{self.base_url}/$metadata#Collection(message)",
            "value": page,
        }
        if rest:
            token = secrets.token_urlsafe(16)
            self._pages[token] = (rest, folder_id, snapshot)
            body["@odata.nextLink"] = f"{base}?$skiptoken={token}"
        else:
            token = secrets.token_urlsafe(16)
            self._delta_states[token] = snapshot
            body["@odata.deltaLink"] = f"{base}?$deltatoken={token}"
        return body


class GraphHandler(ReplicaHandler):
    """Routes one request to the token endpoint, the OpenID document or Graph."""

    @property
    def replica(self) -> GraphReplica:
        return self.server.replica  # type: ignore[attr-defined, no-any-return]

    def _log(self) -> tuple[str, dict[str, list[str]]]:
        parts = urlsplit(self.path)
        path = unquote(parts.path)
        query = parse_qs(parts.query, keep_blank_values=True)
        with self.replica.lock:
            self.replica.log.append(
                LoggedRequest(
                    self.command,
                    path,
                    query,
                    self.headers.get("Host", ""),
                    self.headers.get("Prefer"),
                    self.headers.get("Content-Type"),
                )
            )
        return path, query

    def do_GET(self) -> None:
        self._dispatch()

    def do_POST(self) -> None:
        self._dispatch()

    def do_PATCH(self) -> None:
        self._dispatch()

    def _dispatch(self) -> None:
        path, query = self._log()
        body = self.read_body()
        replica = self.replica
        tenant_prefix = f"/{replica.tenant}/"
        try:
            if path == f"{tenant_prefix}v2.0/.well-known/openid-configuration":
                self._json(200, self._openid())
            elif path == f"{tenant_prefix}oauth2/v2.0/token" and self.command == "POST":
                self._token(body)
            elif path.startswith(replica.api_prefix + "/"):
                self._graph(path[len(replica.api_prefix) :], query, body)
            elif path.endswith("/oauth2/v2.0/token") or path.endswith("openid-configuration"):
                self._aad_error(
                    400,
                    "invalid_tenant",
                    90002,
                    f"AADSTS90002: Tenant '{path.split('/')[1]}' not found. Check to make sure "
                    "you have the correct tenant ID and are signing into the correct cloud.",
                )
            else:
                raise GraphError(400, "BadRequest", f"Resource not found for the segment {path!r}.")
        except GraphError as exc:
            self._json(
                exc.status,
                {
                    "error": {
                        "code": exc.code,
                        "message": exc.message,
                        "innerError": {"date": _now_iso(), "request-id": str(uuid.uuid4())},
                    }
                },
            )

    def _json(self, status: int, payload: Any, headers: dict[str, str] | None = None) -> None:
        self.reply(
            status,
            json.dumps(payload).encode(),
            content_type="application/json; odata.metadata=minimal; charset=utf-8",
            headers=headers,
        )

    # ------------------------------------------------------------------ Entra ID
    def _openid(self) -> dict[str, Any]:
        authority = self.replica.authority
        return {
            "token_endpoint": f"{authority}/oauth2/v2.0/token",
            "token_endpoint_auth_methods_supported": [
                "client_secret_post",
                "private_key_jwt",
                "client_secret_basic",
            ],
            "jwks_uri": f"{authority}/discovery/v2.0/keys",
            "response_modes_supported": ["query", "fragment", "form_post"],
            "subject_types_supported": ["pairwise"],
            "id_token_signing_alg_values_supported": ["RS256"],
            "response_types_supported": ["code", "id_token", "code id_token", "id_token token"],
            "scopes_supported": ["openid", "profile", "email", "offline_access"],
            "issuer": f"{authority}/v2.0",
            "request_uri_parameter_supported": False,
            "userinfo_endpoint": f"{self.replica.origin}/oidc/userinfo",
            "authorization_endpoint": f"{authority}/oauth2/v2.0/authorize",
            "device_authorization_endpoint": f"{authority}/oauth2/v2.0/devicecode",
            "http_logout_supported": True,
            "frontchannel_logout_supported": True,
            "end_session_endpoint": f"{authority}/oauth2/v2.0/logout",
            "claims_supported": ["sub", "iss", "aud", "exp", "iat", "tid"],
            "tenant_region_scope": "EU",
            "cloud_instance_name": "replica.invalid",
            "cloud_graph_host_name": "graph.replica.invalid",
            "msgraph_host": "graph.replica.invalid",
        }

    def _aad_error(self, status: int, error: str, code: int, description: str) -> None:
        trace = str(uuid.uuid4())
        correlation = str(uuid.uuid4())
        self._json(
            status,
            {
                "error": error,
                "error_description": (
                    f"{description}\r\nTrace ID: {trace}\r\nCorrelation ID: {correlation}\r\n"
                    f"Timestamp: {datetime.now(UTC):%Y-%m-%d %H:%M:%SZ}"
                ),
                "error_codes": [code],
                "timestamp": f"{datetime.now(UTC):%Y-%m-%d %H:%M:%SZ}",
                "trace_id": trace,
                "correlation_id": correlation,
                "error_uri": f"{self.replica.origin}/error?code={code}",
            },
        )

    def _token(self, body: bytes) -> None:
        replica = self.replica
        form = {k: v[0] for k, v in parse_qs(body.decode()).items()}
        with replica.lock:
            replica.token_requests.append(form)
        if form.get("grant_type") != "client_credentials":
            self._aad_error(400, "unsupported_grant_type", 70003, "AADSTS70003: grant type.")
            return
        if form.get("client_id") != replica.client_id:
            self._aad_error(
                400,
                "unauthorized_client",
                700016,
                f"AADSTS700016: Application with identifier '{form.get('client_id')}' was not "
                f"found in the directory '{replica.tenant}'.",
            )
            return
        if form.get("client_secret") != replica.client_secret:
            self._aad_error(
                401,
                "invalid_client",
                7000215,
                "AADSTS7000215: Invalid client secret provided. Ensure the secret being sent in "
                "the request is the client secret value, not the client secret ID, for a secret "
                f"added to app '{replica.client_id}'.",
            )
            return
        scopes = form.get("scope", "").split()
        expected = f"{replica.origin}/.default"
        if expected not in scopes:
            self._aad_error(
                400,
                "invalid_resource",
                500011,
                f"AADSTS500011: The resource principal named {' '.join(scopes)} was not found "
                f"in the tenant named {replica.tenant}.",
            )
            return
        if replica.consent_missing == "token":
            self._aad_error(
                400,
                "invalid_grant",
                65001,
                f"AADSTS65001: The user or administrator has not consented to use the "
                f"application with ID '{replica.client_id}'. Send an interactive authorization "
                "request for this user and resource.",
            )
            return
        token = secrets.token_urlsafe(32)
        with replica.lock:
            replica.tokens[token] = time.monotonic() + replica.token_lifetime
        self._json(
            200,
            {
                "token_type": "Bearer",
                "expires_in": replica.token_lifetime,
                "ext_expires_in": replica.token_lifetime,
                "access_token": token,
            },
        )

    # ------------------------------------------------------------------ Graph
    def _authorise(self) -> None:
        replica = self.replica
        header = self.headers.get("Authorization", "")
        token = header.removeprefix("Bearer ").strip()
        expiry = replica.tokens.get(token)
        if not header.startswith("Bearer ") or expiry is None:
            raise GraphError(401, "InvalidAuthenticationToken", "Access token is empty.")
        if expiry < time.monotonic():
            raise GraphError(
                401,
                "InvalidAuthenticationToken",
                "Lifetime validation failed, the token is expired.",
            )
        if replica.consent_missing == "graph":
            raise GraphError(
                403, "ErrorAccessDenied", "Access is denied. Check credentials and try again."
            )

    def _graph(self, path: str, query: dict[str, list[str]], body: bytes) -> None:
        replica = self.replica
        self._authorise()
        fault = replica.next_throttle()
        if fault is not None:
            status, retry_after = fault
            code = "ApplicationThrottled" if status == 429 else "ServiceUnavailable"
            self._json(
                status,
                {
                    "error": {
                        "code": code,
                        "message": "Application is over its MailboxConcurrency limit.",
                    }
                },
                headers={"Retry-After": retry_after},
            )
            return
        match = re.match(r"^/users/([^/]+)(/.*)$", path)
        if match is None:
            raise GraphError(400, "BadRequest", f"Unsupported path {path!r}.")
        user, rest = match.group(1), match.group(2)
        if user.lower() != replica.mailbox.lower():
            raise GraphError(404, "ErrorInvalidUser", f"The requested user '{user}' is invalid.")
        immutable = 'IdType="ImmutableId"' in (self.headers.get("Prefer") or "")
        with replica.lock:
            status, payload = self._route(rest, query, body, immutable=immutable)
        if isinstance(payload, bytes):
            self.reply(status, payload, content_type="text/plain")
        else:
            self._json(status, payload)

    def _route(
        self, rest: str, query: dict[str, list[str]], body: bytes, *, immutable: bool
    ) -> tuple[int, Any]:
        replica = self.replica
        verb = self.command
        select = [s for s in query.get("$select", [""])[0].split(",") if s]
        if m := re.fullmatch(r"/mailFolders/([^/]+)/messages/delta", rest):
            return 200, replica.delta(m.group(1), query)
        if m := re.fullmatch(r"/mailFolders(?:/([^/]+)/childFolders)?", rest):
            parent = (
                replica._folder(m.group(1)) if m.group(1) else replica.well_known("msgfolderroot")
            )
            if verb == "POST":
                return self._create_folder(parent, body)
            return 200, self._list_folders(parent, query)
        if m := re.fullmatch(r"/mailFolders/([^/]+)", rest):
            return 200, replica.folder_json(replica._folder(m.group(1)))
        if rest == "/messages" and verb == "POST":
            return self._create_draft(body)
        if m := re.fullmatch(r"/messages/([^/]+)/\$value", rest):
            return 200, replica._message(m.group(1)).mime
        if m := re.fullmatch(r"/messages/([^/]+)/move", rest):
            return self._move(m.group(1), body, immutable=immutable)
        if m := re.fullmatch(r"/messages/([^/]+)", rest):
            message = replica._message(m.group(1))
            if verb == "PATCH":
                changes = json.loads(body or b"{}")
                if "categories" in changes:
                    message.categories = list(changes["categories"])
                    message.change_key = secrets.token_urlsafe(12)
                return 200, replica.message_json(message, None)
            return 200, replica.message_json(message, select)
        raise GraphError(400, "BadRequest", f"Unsupported path {rest!r}.")

    def _list_folders(self, parent: GraphFolder, query: dict[str, list[str]]) -> dict[str, Any]:
        replica = self.replica
        children = [f for f in replica.folders.values() if f.parent_id == parent.id]
        raw_filter = query.get("$filter", [None])[0]
        if raw_filter is not None:
            m = FILTER.match(raw_filter)
            if m is None:
                raise GraphError(
                    400,
                    "ErrorInvalidUrlQueryFilter",
                    "The query filter contains one or more invalid nodes.",
                )
            wanted = m.group(1).replace("''", "'")
            children = [f for f in children if f.display_name.lower() == wanted.lower()]
        return {
            "@odata.context": (
                f"{replica.base_url}/$metadata#users('{replica.mailbox}')/mailFolders"
            ),
            "value": [replica.folder_json(f) for f in children],
        }

    def _create_folder(self, parent: GraphFolder, body: bytes) -> tuple[int, Any]:
        replica = self.replica
        name = json.loads(body or b"{}").get("displayName", "")
        if not name:
            raise GraphError(400, "ErrorInvalidRequest", "displayName is required.")
        if replica._child(parent.id, name) is not None:
            raise GraphError(
                409, "ErrorFolderExists", "A folder with the specified name already exists."
            )
        folder = GraphFolder(_new_id(), name, parent.id)
        replica.folders[folder.id] = folder
        return 201, replica.folder_json(folder)

    def _create_draft(self, body: bytes) -> tuple[int, Any]:
        replica = self.replica
        if not (self.headers.get("Content-Type") or "").startswith("text/plain"):
            raise GraphError(
                400, "ErrorInvalidRequest", "This replica creates drafts from MIME only."
            )
        try:
            raw = base64.b64decode(body, validate=True)
        except (binascii.Error, ValueError) as exc:
            raise GraphError(
                400,
                "ErrorMimeContentInvalidBase64String",
                "Invalid base64 string for MIME content.",
            ) from exc
        message_id = replica.deliver(raw, folder="drafts", received=_now_iso())
        message = replica.messages[message_id]
        message.is_draft = True
        return 201, replica.message_json(message, None)

    def _move(self, message_id: str, body: bytes, *, immutable: bool) -> tuple[int, Any]:
        replica = self.replica
        message = replica._message(message_id)
        destination = json.loads(body or b"{}").get("destinationId", "")
        target = replica._folder(destination)
        if target.id != message.folder_id:
            message.folder_id = target.id
            message.change_key = secrets.token_urlsafe(12)
            if not immutable:  # regular ids change when a message changes folder
                del replica.messages[message.id]
                message.id = _new_id()
                replica.messages[message.id] = message
        return 201, replica.message_json(message, None)


GraphReplica.handler_class = GraphHandler
