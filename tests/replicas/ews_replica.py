"""A protocol-level replica of Exchange Web Services (Exchange Server 2016, SOAP 2011 schema).

Exchange cannot run here, so the EWS backend is tested against this: one HTTP server on a
free loopback port answering ``POST /EWS/Exchange.asmx`` with the real SOAP envelopes, for
exactly the operations exchangelib sends for what the backend does:

- ``ConvertId`` (exchangelib's version probe; answered with an error message and a
  ``ServerVersionInfo`` header, as Exchange does for the dummy id);
- ``GetFolder`` (by distinguished id or folder id), ``FindFolder`` (shallow),
  ``CreateFolder``;
- ``FindItem`` (paged with ``IndexedPageItemView``, sorted by ``DateTimeReceived``),
  ``GetItem`` (``MimeContent`` base64, categories), ``MoveItem`` (the moved item gets a new
  id, as on Exchange), ``UpdateItem`` (``SetItemField item:Categories``), ``CreateItem``
  (``MessageDisposition="SaveOnly"`` with ``MimeContent``, into Drafts).

Authentication is HTTP Basic (a wrong password gets the 401 Exchange gives) or an OAuth
bearer token from the replica's own client-credentials token endpoint. Faults: the next
requests can be answered with the ``ErrorServerBusy`` SOAP fault carrying
``BackOffMilliseconds``, which is how Exchange throttles.
"""

from __future__ import annotations

import base64
import email
import email.policy
import itertools
import json
import secrets
import time
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from urllib.parse import parse_qs, urlsplit
from xml.sax.saxutils import escape, quoteattr

from tests.replicas import ReplicaHandler, ReplicaServer, TlsFiles

SOAP = "http://schemas.xmlsoap.org/soap/envelope/"
M = "http://schemas.microsoft.com/exchange/services/2006/messages"
T = "http://schemas.microsoft.com/exchange/services/2006/types"
ENDPOINT = "/EWS/Exchange.asmx"
FOLDER_NOT_FOUND = "The specified folder could not be found in the store."
DISTINGUISHED = {
    "root": ("Root", None, None),
    "msgfolderroot": ("Top of Information Store", "root", "IPF.Note"),
    "inbox": ("Inbox", "msgfolderroot", "IPF.Note"),
    "drafts": ("Drafts", "msgfolderroot", "IPF.Note"),
    "sentitems": ("Sent Items", "msgfolderroot", "IPF.Note"),
    "deleteditems": ("Deleted Items", "msgfolderroot", "IPF.Note"),
    "outbox": ("Outbox", "msgfolderroot", "IPF.Note"),
    "junkemail": ("Junk Email", "msgfolderroot", "IPF.Note"),
}


def _q(tag: str) -> str:
    prefix, local = tag.split(":")
    return f"{{{ {'m': M, 't': T, 's': SOAP}[prefix] }}}{local}"


def _children(parent: ET.Element, tag: str) -> list[ET.Element]:
    """The children of ``parent``'s ``tag`` child (none when it is absent)."""
    found = parent.find(_q(tag))
    return list(found) if found is not None else []


def _shape(request: ET.Element, tag: str) -> ET.Element:
    found = request.find(_q(tag))
    return found if found is not None else request


def _new_id() -> str:
    """Shaped like an EWS item id: standard base64 of an entry id, often with '/' and '+'."""
    return base64.b64encode(b"\x00\x00\x00\x00\x1b\x00" + secrets.token_bytes(64)).decode()


def _change_key() -> str:
    return base64.b64encode(b"\x01\x00\x00\x00" + secrets.token_bytes(16)).decode()


@dataclass
class EwsFolder:
    id: str
    name: str
    parent_id: str | None
    folder_class: str | None
    distinguished: str | None = None
    change_key: str = field(default_factory=_change_key)


@dataclass
class EwsItem:
    id: str
    folder_id: str
    mime: bytes
    received: str
    subject: str
    internet_message_id: str
    categories: list[str] = field(default_factory=list)
    is_draft: bool = False
    change_key: str = field(default_factory=_change_key)


class Fault(Exception):
    """A response-message error (``ResponseClass="Error"``) for one id in a request."""

    def __init__(self, code: str, text: str) -> None:
        super().__init__(text)
        self.code = code
        self.text = text


class EwsReplica(ReplicaServer):
    """One Exchange mailbox and its users, in memory."""

    def __init__(
        self,
        *,
        tls: TlsFiles | None = None,
        mailbox: str = "ar@northwind.example.com",
        username: str = "ar@northwind.example.com",
        password: str = "Exchange-Passw0rd!",
        page_cap: int = 3,
        tenant: str = "northwind.onmicrosoft.com",
        client_id: str = "00000000-1111-2222-3333-444444444444",
        client_secret: str = "app-secret",
    ) -> None:
        super().__init__(tls=tls)
        self.mailbox = mailbox
        self.users = {username: password}
        self.page_cap = page_cap  # like EWSFindCountLimit: at most this many items a page
        self.tenant = tenant
        self.client_id = client_id
        self.client_secret = client_secret
        self.tokens: dict[str, float] = {}
        self.folders: dict[str, EwsFolder] = {}
        self.items: dict[str, EwsItem] = {}
        self.operations: list[str] = []  # SOAP operations answered (after auth)
        self.auth_schemes: list[str] = []  # "Basic" / "Bearer" per authenticated request
        self.unauthorised = 0
        self.busy_served: list[int] = []
        self._busy_plan: list[int] = []
        self._counter = itertools.count(1)
        for name, (display, parent, folder_class) in DISTINGUISHED.items():
            parent_id = self.distinguished(parent).id if parent else None
            folder = EwsFolder(_new_id(), display, parent_id, folder_class, distinguished=name)
            self.folders[folder.id] = folder

    # ------------------------------------------------------------------ test API
    @property
    def endpoint(self) -> str:
        return self.origin + ENDPOINT

    def distinguished(self, name: str) -> EwsFolder:
        return next(f for f in self.folders.values() if f.distinguished == name)

    def deliver(self, raw: bytes, *, folder: str = "inbox", received: str | None = None) -> str:
        parsed = email.message_from_bytes(raw, policy=email.policy.default)
        with self.lock:
            seq = next(self._counter)
            item = EwsItem(
                id=_new_id(),
                folder_id=self.distinguished(folder).id,
                mime=raw,
                received=received or f"2026-10-01T08:{seq // 60 % 60:02d}:{seq % 60:02d}Z",
                subject=str(parsed.get("Subject", "")),
                internet_message_id=str(parsed.get("Message-ID", f"<{seq}@replica>")),
            )
            self.items[item.id] = item
            return item.id

    def server_busy(self, times: int = 1, *, back_off_ms: int = 700) -> None:
        """Answer the next ``times`` operations with ErrorServerBusy and this back-off."""
        with self.lock:
            self._busy_plan.extend([back_off_ms] * times)

    def stop_busy(self) -> None:
        """Drop ErrorServerBusy faults not served yet."""
        with self.lock:
            self._busy_plan.clear()

    def find_path(self, path: str) -> EwsFolder | None:
        parent = self.distinguished("msgfolderroot")
        for part in path.split("/"):
            found = self.child(parent.id, part)
            if found is None:
                return None
            parent = found
        return parent

    def in_folder(self, path: str) -> list[EwsItem]:
        with self.lock:
            folder = self.distinguished(path) if path in DISTINGUISHED else self.find_path(path)
            if folder is None:
                return []
            return [i for i in self.items.values() if i.folder_id == folder.id]

    def child(self, parent_id: str, name: str) -> EwsFolder | None:
        return next(
            (
                f
                for f in self.folders.values()
                if f.parent_id == parent_id and f.name.lower() == name.lower()
            ),
            None,
        )

    def next_busy(self) -> int | None:
        with self.lock:
            if not self._busy_plan:
                return None
            back_off = self._busy_plan.pop(0)
            self.busy_served.append(back_off)
            return back_off


# ---------------------------------------------------------------------- XML rendering
def _id_attrs(item_id: str, change_key: str) -> str:
    return f"Id={quoteattr(item_id)} ChangeKey={quoteattr(change_key)}"


def _folder_xml(replica: EwsReplica, folder: EwsFolder) -> str:
    children = sum(1 for f in replica.folders.values() if f.parent_id == folder.id)
    total = sum(1 for i in replica.items.values() if i.folder_id == folder.id)
    parent = replica.folders.get(folder.parent_id or "")
    parts = [f"<t:FolderId {_id_attrs(folder.id, folder.change_key)}/>"]
    if parent is not None:
        parts.append(f"<t:ParentFolderId {_id_attrs(parent.id, parent.change_key)}/>")
    if folder.folder_class:
        parts.append(f"<t:FolderClass>{escape(folder.folder_class)}</t:FolderClass>")
    parts.append(f"<t:DisplayName>{escape(folder.name)}</t:DisplayName>")
    parts.append(f"<t:TotalCount>{total}</t:TotalCount>")
    parts.append(f"<t:ChildFolderCount>{children}</t:ChildFolderCount>")
    parts.append(f"<t:UnreadCount>{total}</t:UnreadCount>")
    if folder.distinguished:
        parts.append(f"<t:DistinguishedFolderId>{folder.distinguished}</t:DistinguishedFolderId>")
    return "<t:Folder>" + "".join(parts) + "</t:Folder>"


def _item_xml(replica: EwsReplica, item: EwsItem, fields: set[str]) -> str:
    folder = replica.folders[item.folder_id]
    parts = []
    if "item:MimeContent" in fields:
        mime = base64.b64encode(item.mime).decode()
        parts.append(f'<t:MimeContent CharacterSet="UTF-8">{mime}</t:MimeContent>')
    parts.append(f"<t:ItemId {_id_attrs(item.id, item.change_key)}/>")
    if "item:ParentFolderId" in fields:
        parts.append(f"<t:ParentFolderId {_id_attrs(folder.id, folder.change_key)}/>")
    if "item:ItemClass" in fields:
        parts.append("<t:ItemClass>IPM.Note</t:ItemClass>")
    if "item:Subject" in fields:
        parts.append(f"<t:Subject>{escape(item.subject)}</t:Subject>")
    if "item:DateTimeReceived" in fields:
        parts.append(f"<t:DateTimeReceived>{item.received}</t:DateTimeReceived>")
    if "item:Categories" in fields and item.categories:
        strings = "".join(f"<t:String>{escape(c)}</t:String>" for c in item.categories)
        parts.append(f"<t:Categories>{strings}</t:Categories>")
    if "item:IsDraft" in fields:
        parts.append(f"<t:IsDraft>{'true' if item.is_draft else 'false'}</t:IsDraft>")
    if "message:InternetMessageId" in fields:
        parts.append(
            f"<t:InternetMessageId>{escape(item.internet_message_id)}</t:InternetMessageId>"
        )
    return "<t:Message>" + "".join(parts) + "</t:Message>"


def _message_id_xml(item: EwsItem) -> str:
    ids = _id_attrs(item.id, item.change_key)
    return f"<m:Items><t:Message><t:ItemId {ids}/></t:Message></m:Items>"


def _ok(operation: str, content: str) -> str:
    return (
        f'<m:{operation}ResponseMessage ResponseClass="Success">'
        f"<m:ResponseCode>NoError</m:ResponseCode>{content}"
        f"</m:{operation}ResponseMessage>"
    )


def _error(operation: str, fault: Fault) -> str:
    return (
        f'<m:{operation}ResponseMessage ResponseClass="Error">'
        f"<m:MessageText>{escape(fault.text)}</m:MessageText>"
        f"<m:ResponseCode>{fault.code}</m:ResponseCode>"
        f"<m:DescriptiveLinkKey>0</m:DescriptiveLinkKey>"
        f"</m:{operation}ResponseMessage>"
    )


def _envelope(operation: str, messages: list[str]) -> bytes:
    return (
        '<?xml version="1.0" encoding="utf-8"?>'
        f'<s:Envelope xmlns:s="{SOAP}">'
        "<s:Header>"
        '<h:ServerVersionInfo MajorVersion="15" MinorVersion="1" MajorBuildNumber="2507" '
        f'MinorBuildNumber="6" Version="V2017_07_11" xmlns:h="{T}" xmlns="{T}" '
        'xmlns:xsd="http://www.w3.org/2001/XMLSchema" '
        'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"/>'
        "</s:Header>"
        '<s:Body xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
        'xmlns:xsd="http://www.w3.org/2001/XMLSchema">'
        f'<m:{operation}Response xmlns:m="{M}" xmlns:t="{T}">'
        f"<m:ResponseMessages>{''.join(messages)}</m:ResponseMessages>"
        f"</m:{operation}Response>"
        "</s:Body></s:Envelope>"
    ).encode()


def _busy_fault(back_off_ms: int) -> bytes:
    text = "The server cannot service this request right now. Try again later."
    return (
        '<?xml version="1.0" encoding="utf-8"?>'
        f'<s:Envelope xmlns:s="{SOAP}"><s:Body><s:Fault>'
        f'<faultcode xmlns:a="{T}">a:ErrorServerBusy</faultcode>'
        f'<faultstring xml:lang="en-US">{text}</faultstring>'
        "<detail>"
        '<e:ResponseCode xmlns:e="http://schemas.microsoft.com/exchange/services/2006/errors">'
        "ErrorServerBusy</e:ResponseCode>"
        '<e:Message xmlns:e="http://schemas.microsoft.com/exchange/services/2006/errors">'
        f"{text}</e:Message>"
        f'<t:MessageXml xmlns:t="{T}">'
        f'<t:Value Name="BackOffMilliseconds">{back_off_ms}</t:Value>'
        "</t:MessageXml>"
        "</detail></s:Fault></s:Body></s:Envelope>"
    ).encode()


# ---------------------------------------------------------------------- operations
class Operations:
    """One method per EWS operation; each returns the response messages."""

    def __init__(self, replica: EwsReplica) -> None:
        self.r = replica

    def folder_ref(self, elem: ET.Element) -> EwsFolder:
        if elem.tag == _q("t:DistinguishedFolderId"):
            name = elem.get("Id", "")
            mailbox = elem.find(f"{_q('t:Mailbox')}/{_q('t:EmailAddress')}")
            if mailbox is not None and (mailbox.text or "").lower() != self.r.mailbox.lower():
                raise Fault(
                    "ErrorNonExistentMailbox",
                    f"The SMTP address has no mailbox associated with it: {mailbox.text}",
                )
            try:
                return self.r.distinguished(name)
            except StopIteration:
                raise Fault("ErrorFolderNotFound", FOLDER_NOT_FOUND) from None
        folder = self.r.folders.get(elem.get("Id", ""))
        if folder is None:
            raise Fault("ErrorFolderNotFound", FOLDER_NOT_FOUND)
        return folder

    def item_ref(self, elem: ET.Element) -> EwsItem:
        item = self.r.items.get(elem.get("Id", ""))
        if item is None:
            raise Fault("ErrorItemNotFound", "The specified object was not found in the store.")
        return item

    @staticmethod
    def fields(request: ET.Element) -> set[str]:
        wanted = {e.get("FieldURI", "") for e in request.iter(_q("t:FieldURI"))}
        shape = request.find(f".//{_q('t:BaseShape')}")
        if shape is not None and shape.text in ("Default", "AllProperties"):
            wanted |= {
                "item:Subject",
                "item:DateTimeReceived",
                "item:Categories",
                "item:ParentFolderId",
                "message:InternetMessageId",
                "item:IsDraft",
            }
        include_mime = request.find(f".//{_q('t:IncludeMimeContent')}")
        if include_mime is not None and include_mime.text == "true":
            wanted.add("item:MimeContent")
        return wanted

    def ConvertId(self, request: ET.Element) -> list[str]:
        ids = request.findall(f".//{_q('t:AlternateId')}")
        return [
            _error("ConvertId", Fault("ErrorInvalidIdMalformed", "Id is malformed.")) for _ in ids
        ]

    def GetFolder(self, request: ET.Element) -> list[str]:
        out = []
        for ref in _children(request, "m:FolderIds"):
            try:
                out.append(
                    _ok(
                        "GetFolder",
                        f"<m:Folders>{_folder_xml(self.r, self.folder_ref(ref))}</m:Folders>",
                    )
                )
            except Fault as fault:
                out.append(_error("GetFolder", fault))
        return out

    def FindFolder(self, request: ET.Element) -> list[str]:
        out = []
        for ref in _children(request, "m:ParentFolderIds"):
            try:
                parent = self.folder_ref(ref)
            except Fault as fault:
                out.append(_error("FindFolder", fault))
                continue
            children = [f for f in self.r.folders.values() if f.parent_id == parent.id]
            body = "".join(_folder_xml(self.r, f) for f in children)
            out.append(
                _ok(
                    "FindFolder",
                    f'<m:RootFolder IndexedPagingOffset="{len(children)}" '
                    f'TotalItemsInView="{len(children)}" IncludesLastItemInRange="true">'
                    f"<t:Folders>{body}</t:Folders></m:RootFolder>",
                )
            )
        return out

    def CreateFolder(self, request: ET.Element) -> list[str]:
        parent_ref = request.find(_q("m:ParentFolderId"))
        assert parent_ref is not None
        try:
            parent = self.folder_ref(next(iter(parent_ref)))
        except Fault as fault:
            return [_error("CreateFolder", fault)]
        out = []
        for spec in _children(request, "m:Folders"):
            name = spec.findtext(_q("t:DisplayName")) or ""
            if self.r.child(parent.id, name) is not None:
                out.append(
                    _error(
                        "CreateFolder",
                        Fault(
                            "ErrorFolderExists", "A folder with the specified name already exists."
                        ),
                    )
                )
                continue
            folder = EwsFolder(_new_id(), name, parent.id, spec.findtext(_q("t:FolderClass")))
            self.r.folders[folder.id] = folder
            out.append(
                _ok(
                    "CreateFolder",
                    f"<m:Folders><t:Folder><t:FolderId {_id_attrs(folder.id, folder.change_key)}"
                    "/></t:Folder></m:Folders>",
                )
            )
        return out

    def FindItem(self, request: ET.Element) -> list[str]:
        view = request.find(_q("m:IndexedPageItemView"))
        offset = int(view.get("Offset", "0")) if view is not None else 0
        limit = int(view.get("MaxEntriesReturned", "1000")) if view is not None else 1000
        limit = min(limit, self.r.page_cap)
        order = request.find(f"{_q('m:SortOrder')}/{_q('t:FieldOrder')}")
        descending = order is not None and order.get("Order") == "Descending"
        fields = self.fields(_shape(request, "m:ItemShape"))
        out = []
        for ref in _children(request, "m:ParentFolderIds"):
            try:
                folder = self.folder_ref(ref)
            except Fault as fault:
                out.append(_error("FindItem", fault))
                continue
            items = sorted(
                (i for i in self.r.items.values() if i.folder_id == folder.id),
                key=lambda i: (i.received, i.id),
                reverse=descending,
            )
            page = items[offset : offset + limit]
            last = offset + len(page) >= len(items)
            body = "".join(_item_xml(self.r, i, fields) for i in page)
            out.append(
                _ok(
                    "FindItem",
                    f'<m:RootFolder IndexedPagingOffset="{offset + len(page)}" '
                    f'TotalItemsInView="{len(items)}" '
                    f'IncludesLastItemInRange="{"true" if last else "false"}">'
                    f"<t:Items>{body}</t:Items></m:RootFolder>",
                )
            )
        return out

    def GetItem(self, request: ET.Element) -> list[str]:
        fields = self.fields(_shape(request, "m:ItemShape"))
        out = []
        for ref in _children(request, "m:ItemIds"):
            try:
                item = self.item_ref(ref)
                out.append(_ok("GetItem", f"<m:Items>{_item_xml(self.r, item, fields)}</m:Items>"))
            except Fault as fault:
                out.append(_error("GetItem", fault))
        return out

    def MoveItem(self, request: ET.Element) -> list[str]:
        target_ref = request.find(_q("m:ToFolderId"))
        assert target_ref is not None
        out = []
        try:
            target = self.folder_ref(next(iter(target_ref)))
        except Fault as fault:
            return [_error("MoveItem", fault) for _ in _children(request, "m:ItemIds")]
        for ref in _children(request, "m:ItemIds"):
            try:
                item = self.item_ref(ref)
            except Fault as fault:
                out.append(_error("MoveItem", fault))
                continue
            del self.r.items[item.id]
            item.id, item.change_key, item.folder_id = _new_id(), _change_key(), target.id
            self.r.items[item.id] = item
            out.append(_ok("MoveItem", _message_id_xml(item)))
        return out

    def UpdateItem(self, request: ET.Element) -> list[str]:
        out = []
        for change in request.iter(_q("t:ItemChange")):
            try:
                ref = change.find(_q("t:ItemId"))
                assert ref is not None
                item = self.item_ref(ref)
            except Fault as fault:
                out.append(_error("UpdateItem", fault))
                continue
            for update in change.iter(_q("t:SetItemField")):
                uri = update.find(_q("t:FieldURI"))
                if uri is not None and uri.get("FieldURI") == "item:Categories":
                    item.categories = [s.text or "" for s in update.iter(_q("t:String"))]
            for update in change.iter(_q("t:DeleteItemField")):
                uri = update.find(_q("t:FieldURI"))
                if uri is not None and uri.get("FieldURI") == "item:Categories":
                    item.categories = []
            item.change_key = _change_key()
            out.append(
                _ok(
                    "UpdateItem",
                    _message_id_xml(item)
                    + "<m:ConflictResults><t:Count>0</t:Count></m:ConflictResults>",
                )
            )
        return out

    def CreateItem(self, request: ET.Element) -> list[str]:
        if request.get("MessageDisposition") not in (None, "SaveOnly"):
            return [
                _error(
                    "CreateItem", Fault("ErrorInvalidOperation", "This replica only saves drafts.")
                )
            ]
        folder_ref = request.find(_q("m:SavedItemFolderId"))
        try:
            folder = (
                self.folder_ref(next(iter(folder_ref)))
                if folder_ref is not None
                else self.r.distinguished("drafts")
            )
        except Fault as fault:
            return [_error("CreateItem", fault)]
        out = []
        for message in _children(request, "m:Items"):
            mime = message.findtext(_q("t:MimeContent"))
            if not mime:
                out.append(
                    _error(
                        "CreateItem",
                        Fault(
                            "ErrorInvalidOperation", "This replica creates items from MIME only."
                        ),
                    )
                )
                continue
            item_id = self.r.deliver(
                base64.b64decode(mime), folder=folder.distinguished or "drafts"
            )
            item = self.r.items[item_id]
            item.folder_id = folder.id
            item.is_draft = True
            out.append(_ok("CreateItem", _message_id_xml(item)))
        return out


class EwsHandler(ReplicaHandler):
    @property
    def replica(self) -> EwsReplica:
        return self.server.replica  # type: ignore[attr-defined, no-any-return]

    def _authenticated(self) -> bool:
        replica = self.replica
        header = self.headers.get("Authorization", "")
        if header.startswith("Basic "):
            try:
                user, _, password = base64.b64decode(header[6:]).decode().partition(":")
            except ValueError:
                return False
            if replica.users.get(user) == password:
                replica.auth_schemes.append("Basic")
                return True
        if header.startswith("Bearer "):
            expiry = replica.tokens.get(header[7:].strip())
            if expiry is not None and expiry > time.monotonic():
                replica.auth_schemes.append("Bearer")
                return True
        return False

    def do_POST(self) -> None:
        body = self.read_body()
        path = urlsplit(self.path).path
        replica = self.replica
        if path == f"/{replica.tenant}/oauth2/v2.0/token":
            self._token(body)
            return
        if path.lower() != ENDPOINT.lower():
            self.reply(404, b"Not Found", content_type="text/html")
            return
        with replica.lock:
            if not self._authenticated():
                replica.unauthorised += 1
                self.reply(
                    401,
                    b"",
                    content_type="text/html",
                    headers={"WWW-Authenticate": f'Basic realm="{self.headers.get("Host", "")}"'},
                )
                return
            request = ET.fromstring(body).find(f"{_q('s:Body')}")
            assert request is not None
            operation_elem = next(iter(request))
            operation = operation_elem.tag.split("}")[1]
            replica.operations.append(operation)
            back_off = replica.next_busy() if operation != "ConvertId" else None
            if back_off is not None:
                self.reply(500, _busy_fault(back_off), content_type="text/xml; charset=utf-8")
                return
            handler = getattr(Operations(replica), operation, None)
            if handler is None:
                self.reply(
                    500, _invalid_operation(operation), content_type="text/xml; charset=utf-8"
                )
                return
            payload = _envelope(operation, handler(operation_elem))
        self.reply(200, payload, content_type="text/xml; charset=utf-8")

    def _token(self, body: bytes) -> None:
        replica = self.replica
        form = {k: v[0] for k, v in parse_qs(body.decode()).items()}
        if (
            form.get("client_id") != replica.client_id
            or form.get("client_secret") != replica.client_secret
        ):
            self.reply(
                401,
                json.dumps(
                    {
                        "error": "invalid_client",
                        "error_description": "AADSTS7000215: Invalid client secret provided.",
                        "error_codes": [7000215],
                    }
                ).encode(),
            )
            return
        token = secrets.token_urlsafe(24)
        replica.tokens[token] = time.monotonic() + 3599
        self.reply(
            200,
            json.dumps(
                {
                    "token_type": "Bearer",
                    "expires_in": 3599,
                    "ext_expires_in": 3599,
                    "access_token": token,
                }
            ).encode(),
        )


def _invalid_operation(operation: str) -> bytes:
    return (
        '<?xml version="1.0" encoding="utf-8"?>'
        f'<s:Envelope xmlns:s="{SOAP}"><s:Body><s:Fault>'
        f'<faultcode xmlns:a="{T}">a:ErrorInvalidRequest</faultcode>'
        f"<faultstring>The replica does not implement {escape(operation)}.</faultstring>"
        "</s:Fault></s:Body></s:Envelope>"
    ).encode()


EwsReplica.handler_class = EwsHandler
