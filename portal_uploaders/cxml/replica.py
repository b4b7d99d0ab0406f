"""A local cXML invoice endpoint, as Coupa's ``/cxml/invoices`` behaves by its public docs.

The real endpoints cannot be reached from a test run (and must never receive test
invoices), so this replica does what their documentation says they do with an
``InvoiceDetailRequest`` (../shared/portals.md), in this order:

1. the body is the document, or a ``multipart/related`` whose ``start`` part is the
   document and whose other parts are attachments, found by ``Content-ID``;
2. it must be well-formed and valid against the InvoiceDetail DTD → else 400;
3. the Sender's identity and ``SharedSecret``, and the From and To identities, must be
   the account's → else 401 (nothing about which one was wrong, like the real ones);
4. ``deploymentMode`` must be the endpoint's (a test document to production) → else 400;
5. ``OrderReference/DocumentReference@payloadID`` must be a purchase order the customer
   sent; every item's ``lineNumber`` must be a line of it, in that line's
   ``UnitOfMeasure``, in the order's currency, not more than the ordered quantity; line
   and summary amounts must add up; every ``cid:`` attachment must be in the post → 400;
6. the invoice number must be new for this supplier → 409 ("has already been taken",
   Coupa's wording for a taken invoice number).

Accepted invoices go into the same :class:`~portal_uploaders.replicas.PortalState` the
browser replica of that portal shows, so one invoice-number namespace spans both
channels, as in the real portal (an invoice sent by cXML is in the supplier's invoice
list; a number used in the browser is taken for cXML too).

Assumptions where the documentation is silent: answers are HTTP 200 with the cXML
Status carrying the outcome, except server errors (HTTP 500 with a cXML 500 Status);
the response's payloadID is the portal's reference for the document. Faults for tests:
:meth:`CxmlEndpoint.fail_next` (answer 500) and :meth:`CxmlEndpoint.delay_next` (answer
late, for a client's read timeout).
"""

from __future__ import annotations

import asyncio
import hashlib
import secrets
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from decimal import Decimal, InvalidOperation
from email.message import Message
from email.parser import BytesParser
from email.policy import HTTP
from typing import Final

import uvicorn
from lxml import etree
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from portal_uploaders.cxml.document import CENT, XML_LANG, Credential
from portal_uploaders.cxml.orders import OrderLine, PurchaseOrder
from portal_uploaders.cxml.validate import DEFAULT_VERSION, CxmlDocumentError, validate
from portal_uploaders.replicas import PortalState, ReplicaPO, free_port
from portal_uploaders.replicas.common import DuplicateInvoiceNumberError

MAX_BODY_BYTES: Final = 25 * 1024 * 1024
STATUS_TEXT: Final = {
    200: "OK",
    400: "Bad Request",
    401: "Unauthorized",
    409: "Conflict",
    413: "Request Entity Too Large",
    500: "Internal Server Error",
}


@dataclass(frozen=True, slots=True)
class CxmlAccount:
    """The credentials the customer configured for this supplier."""

    from_party: Credential
    to_party: Credential
    sender: Credential
    shared_secret: str


@dataclass(frozen=True, slots=True)
class Answer:
    """The cXML Status the endpoint answers with."""

    code: int
    message: str = ""
    payload_id: str | None = None

    @property
    def http_status(self) -> int:
        """200 for every cXML answer but a server error (see the module docstring)."""
        return 500 if self.code >= 500 else 200


@dataclass(frozen=True, slots=True)
class ReceivedAttachment:
    """A MIME part the post carried."""

    content_id: str
    filename: str
    content_type: str
    content: bytes


class Refused(Exception):
    """Stop handling with this answer."""

    def __init__(self, code: int, message: str) -> None:
        super().__init__(message)
        self.answer = Answer(code, message)


@dataclass(slots=True)
class CxmlEndpoint:
    """The endpoint's state: account, orders by payloadID, and what it received."""

    portal: PortalState
    account: CxmlAccount
    order_payload_ids: dict[str, str]
    """payloadID of each OrderRequest the customer sent → its PO number in ``portal``."""
    deployment_mode: str = "production"
    version: str = DEFAULT_VERSION
    requests_seen: int = 0
    answers: list[Answer] = field(default_factory=list)
    attachments: dict[str, list[ReceivedAttachment]] = field(default_factory=dict)
    """Invoice number → the files that came with it."""
    _fail_next: int = 0
    _delay_next: float = 0.0
    _lock: threading.RLock = field(default_factory=threading.RLock)

    # --- faults -------------------------------------------------------------------------

    def fail_next(self, count: int = 1) -> None:
        """Answer the next ``count`` posts with a cXML 500 (HTTP 500)."""
        with self._lock:
            self._fail_next = count

    def delay_next(self, seconds: float) -> None:
        """Answer the next post only after ``seconds`` (it is still processed)."""
        with self._lock:
            self._delay_next = seconds

    def take_delay(self) -> float:
        """The delay owed to this post, if any (once)."""
        with self._lock:
            delay, self._delay_next = self._delay_next, 0.0
            return delay

    # --- handling -----------------------------------------------------------------------

    def handle(self, body: bytes, content_type: str) -> Answer:
        """Process one post (see the module docstring) and remember the answer."""
        with self._lock:
            self.requests_seen += 1
            failing = self._fail_next > 0
            if failing:
                self._fail_next -= 1
        try:
            if failing:
                raise Refused(500, "Internal Server Error: please retry later")
            answer = self._accept(body, content_type)
        except Refused as refusal:
            answer = refusal.answer
        with self._lock:
            self.answers.append(answer)
        return answer

    def _accept(self, body: bytes, content_type: str) -> Answer:
        if len(body) > MAX_BODY_BYTES:
            raise Refused(413, f"the post is larger than {MAX_BODY_BYTES} bytes")
        document, parts = split_body(body, content_type)
        try:
            tree = validate(document, what="the InvoiceDetailRequest")
        except CxmlDocumentError as exc:
            raise Refused(400, "; ".join(exc.problems[:5]) or str(exc)) from exc
        root = tree.getroot()
        self._check_credentials(root)
        request = root.find("Request")
        detail = root.find("Request/InvoiceDetailRequest")
        if request is None or detail is None:
            raise Refused(400, "not an InvoiceDetailRequest")
        if request.get("deploymentMode", "production") != self.deployment_mode:
            raise Refused(
                400,
                f"deploymentMode {request.get('deploymentMode')} is not "
                f"accepted here ({self.deployment_mode} only)",
            )
        po = self._order(detail)
        header = detail.find("InvoiceDetailRequestHeader")
        if header is None:  # the DTD requires it; kept for a DTD that would not
            raise Refused(400, "no InvoiceDetailRequestHeader")
        lines, subtotal = _check_lines(detail, po)
        tax = _check_summary(detail, po.currency, subtotal)
        files = _check_attachments(header, parts)
        return self._store(header, po, lines, tax, files)

    def _check_credentials(self, root: etree._Element) -> None:
        wanted = self.account
        sender = root.find("Header/Sender/Credential")
        secret = sender.findtext("SharedSecret") if sender is not None else None
        ok = (
            _credential_is(root.find("Header/From/Credential"), wanted.from_party)
            and _credential_is(root.find("Header/To/Credential"), wanted.to_party)
            and _credential_is(sender, wanted.sender)
            and secrets.compare_digest((secret or "").encode(), wanted.shared_secret.encode())
        )
        if not ok:
            raise Refused(401, "The credentials in the header could not be authenticated")

    def _order(self, detail: etree._Element) -> ReplicaPO:
        reference = detail.find(
            "InvoiceDetailOrder/InvoiceDetailOrderInfo/OrderReference/DocumentReference"
        )
        payload_id = reference.get("payloadID", "") if reference is not None else ""
        number = self.order_payload_ids.get(payload_id)
        po = self.portal.orders.get(number) if number is not None else None
        if po is None:
            raise Refused(
                400,
                f"DocumentReference payloadID {payload_id!r} does not match a "
                "purchase order; invoice against a PO you received",
            )
        if len(detail.findall("InvoiceDetailOrder")) != 1:
            raise Refused(400, "one purchase order per invoice")
        return po

    def _store(
        self,
        header: etree._Element,
        po: ReplicaPO,
        lines: list[tuple[int, str, Decimal, Decimal]],
        tax: Decimal,
        files: list[ReceivedAttachment],
    ) -> Answer:
        number = header.get("invoiceID", "").strip()
        try:
            day = datetime.fromisoformat(header.get("invoiceDate", "")).date()
        except ValueError as exc:
            raise Refused(400, f"invoiceDate {header.get('invoiceDate')!r} is not a date") from exc
        total = sum((qty * price for _, _, qty, price in lines), Decimal(0)) + tax
        try:
            invoice = self.portal.add_invoice(
                invoice_number=number,
                po_number=po.number,
                customer=po.customer,
                currency=po.currency,
                invoice_date=day,
                lines=lines,
                tax=tax,
                total=total.quantize(CENT),
                status="Pending Approval",
                attachments=[f.filename for f in files],
                origin="cxml",
            )
        except DuplicateInvoiceNumberError as exc:
            raise Refused(409, f"Invoice # {number} has already been taken") from exc
        with self._lock:
            self.attachments[number] = files
        stamp = int(time.time() * 1000)
        return Answer(200, "", f"{stamp}.{invoice.reference}@{self.portal.name}-replica.invalid")


# --- checks -------------------------------------------------------------------------------


def _credential_is(element: etree._Element | None, wanted: Credential) -> bool:
    if element is None:
        return False
    return (
        element.get("domain", "").casefold() == wanted.domain.casefold()
        and (element.findtext("Identity") or "").strip() == wanted.identity
    )


def _decimal(text: str | None, what: str) -> Decimal:
    try:
        value = Decimal((text or "").strip())
    except InvalidOperation as exc:
        raise Refused(400, f"{what} {text!r} is not a number") from exc
    if not value.is_finite():
        raise Refused(400, f"{what} {text!r} is not a number")
    return value


def _amount(element: etree._Element | None, path: str, currency: str) -> Decimal | None:
    money = element.find(f"{path}/Money") if element is not None else None
    if money is None or not (money.text or "").strip():
        return None
    if money.get("currency") != currency:
        raise Refused(400, f"{path} is in {money.get('currency')}, the order in {currency}")
    return _decimal(money.text, path).quantize(CENT)


def _check_lines(
    detail: etree._Element, po: ReplicaPO
) -> tuple[list[tuple[int, str, Decimal, Decimal]], Decimal]:
    problems: list[str] = []
    lines: list[tuple[int, str, Decimal, Decimal]] = []
    by_number = {line.number: line for line in po.lines}
    for item in detail.iterfind("InvoiceDetailOrder/InvoiceDetailItem"):
        reference = item.find("InvoiceDetailItemReference")
        number = int(
            _decimal(reference.get("lineNumber") if reference is not None else "0", "lineNumber")
        )
        line = by_number.get(number)
        if line is None:
            problems.append(f"line {number} is not a line of PO {po.number}")
            continue
        uom = (item.findtext("UnitOfMeasure") or "").strip()
        quantity = _decimal(item.get("quantity"), f"line {number} quantity")
        price = _amount(item, "UnitPrice", po.currency) or Decimal(0)
        if uom != line.uom:
            problems.append(f"line {number}: unit of measure {uom} is not the PO's {line.uom}")
        if quantity > line.quantity:
            problems.append(
                f"line {number}: quantity {quantity} is more than the {line.quantity} ordered"
            )
        subtotal = _amount(item, "SubtotalAmount", po.currency)
        if subtotal is not None and subtotal != (quantity * price).quantize(CENT):
            problems.append(f"line {number}: subtotal {subtotal} is not quantity times price")
        description = reference.findtext("Description") if reference is not None else None
        lines.append((number, (description or line.description).strip(), quantity, price))
    if problems:
        raise Refused(400, "; ".join(problems))
    return lines, sum(((q * p).quantize(CENT) for _, _, q, p in lines), Decimal("0.00"))


def _check_summary(detail: etree._Element, currency: str, subtotal: Decimal) -> Decimal:
    summary = detail.find("InvoiceDetailSummary")
    stated = _amount(summary, "SubtotalAmount", currency)
    tax = _amount(summary, "Tax", currency) or Decimal("0.00")
    extras = sum(
        (
            _amount(summary, tag, currency) or Decimal(0)
            for tag in ("SpecialHandlingAmount", "ShippingAmount")
        ),
        Decimal("0.00"),
    )
    if stated != subtotal:
        raise Refused(400, f"SubtotalAmount {stated} is not the sum of the lines {subtotal}")
    for tag in ("NetAmount", "DueAmount"):
        amount = _amount(summary, tag, currency)
        if amount is not None and amount != subtotal + tax + extras:
            raise Refused(
                400, f"{tag} {amount} is not subtotal, tax and charges {subtotal + tax + extras}"
            )
    return tax


def _check_attachments(
    header: etree._Element, parts: dict[str, ReceivedAttachment]
) -> list[ReceivedAttachment]:
    found: list[ReceivedAttachment] = []
    for url in header.iterfind("Comments/Attachment/URL"):
        text = (url.text or "").strip()
        if not text.startswith("cid:"):
            continue
        part = parts.get(text.removeprefix("cid:"))
        if part is None:
            raise Refused(400, f"attachment {text} is not in the request")
        found.append(part)
    return found


# --- the post's body ----------------------------------------------------------------------


def _content_id(part: Message) -> str:
    return str(part.get("Content-ID", "")).strip().strip("<>")


def split_body(body: bytes, content_type: str) -> tuple[bytes, dict[str, ReceivedAttachment]]:
    """The cXML document and the attachments (by Content-ID) of a post."""
    if not content_type.lower().startswith("multipart/"):
        return body, {}
    message = BytesParser(policy=HTTP).parsebytes(
        b"Content-Type: " + content_type.encode("latin-1") + b"\r\n\r\n" + body
    )
    if not message.is_multipart():
        raise Refused(400, "the multipart body could not be read")
    start = str(message.get_param("start", "", header="content-type") or "").strip("<>")
    document: bytes | None = None
    parts: dict[str, ReceivedAttachment] = {}
    for part in message.get_payload():
        if not isinstance(part, Message):
            continue
        data = part.get_payload(decode=True)
        content = data if isinstance(data, bytes) else b""
        cid = _content_id(part)
        is_start = cid == start if start else part.get_content_type() == "text/xml"
        if document is None and is_start:
            document = content
            continue
        parts[cid] = ReceivedAttachment(
            cid, part.get_filename() or cid, part.get_content_type(), content
        )
    if document is None:
        raise Refused(400, "no cXML part in the multipart body")
    return document, parts


def response_xml(answer: Answer, *, version: str = DEFAULT_VERSION) -> bytes:
    """A cXML Response with this Status, shaped like the real samples."""
    root = etree.Element(
        "cXML",
        version=version,
        payloadID=answer.payload_id or _payload_id(),
        timestamp=datetime.now(UTC).isoformat(timespec="seconds"),
    )
    status = etree.SubElement(
        etree.SubElement(root, "Response"),
        "Status",
        code=str(answer.code),
        text=STATUS_TEXT.get(answer.code, "Error"),
    )
    status.set(XML_LANG, "en-US")
    if answer.message:
        status.text = answer.message
    doctype = f'<!DOCTYPE cXML SYSTEM "http://xml.cxml.org/schemas/cXML/{version}/cXML.dtd">'
    return b'<?xml version="1.0" encoding="UTF-8"?>\n' + etree.tostring(
        root, encoding="UTF-8", doctype=doctype, pretty_print=True
    )


def _payload_id() -> str:
    return f"{int(time.time() * 1000)}.{secrets.token_hex(4)}@cxml-replica.invalid"


# --- serving ------------------------------------------------------------------------------


def create_app(endpoint: CxmlEndpoint) -> Starlette:
    """The endpoint as an ASGI app: POST to its root (mount it at ``/cxml/invoices``)."""

    async def post(request: Request) -> Response:
        body = await request.body()
        answer = await asyncio.to_thread(
            endpoint.handle, body, request.headers.get("content-type", "")
        )
        delay = endpoint.take_delay()
        if delay:
            await asyncio.sleep(delay)
        return Response(
            response_xml(answer, version=endpoint.version),
            status_code=answer.http_status,
            media_type="text/xml",
        )

    return Starlette(routes=[Route("/", post, methods=["POST"])])


@contextmanager
def serve_cxml(endpoint: CxmlEndpoint, *, host: str = "127.0.0.1") -> Iterator[str]:
    """Serve the endpoint on a free loopback port; yields its URL.

    Raises:
        RuntimeError: the server did not start within ten seconds.
    """
    port = free_port(host)
    config = uvicorn.Config(
        create_app(endpoint),
        host=host,
        port=port,
        log_level="warning",
        access_log=False,
        lifespan="off",
    )
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, name=f"cxml-replica:{port}", daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            server.should_exit = True
            raise RuntimeError(f"the cXML replica did not start on {host}:{port}")
        time.sleep(0.02)
    try:
        yield f"http://{host}:{port}/"
    finally:
        server.should_exit = True
        thread.join(timeout=10)


# --- the customer's side: its orders as cXML ----------------------------------------------


def order_payload_id(portal: str, po_number: str) -> str:
    """A stable payloadID for the OrderRequest of ``po_number`` (as the buyer made it)."""
    digest = hashlib.sha256(f"{portal}:{po_number}".encode()).hexdigest()[:12]
    return f"{digest}.{po_number}@{portal}-buyer.invalid"


def purchase_order(po: ReplicaPO, payload_id: str) -> PurchaseOrder:
    """The replica's PO as the supplier received it in the customer's OrderRequest."""
    ordered = datetime.combine(po.order_date, datetime.min.time(), tzinfo=UTC)
    return PurchaseOrder(
        order_id=po.number,
        payload_id=payload_id,
        currency=po.currency,
        order_date=ordered,
        timestamp=ordered,
        lines=tuple(
            OrderLine(li.number, li.quantity, li.unit_price, li.uom, li.description)
            for li in po.lines
        ),
    )


def endpoint_for(portal: PortalState, account: CxmlAccount, **settings: object) -> CxmlEndpoint:
    """An endpoint over ``portal``'s orders, each with a payloadID the customer gave it."""
    ids = {order_payload_id(portal.name, number): number for number in portal.orders}
    return CxmlEndpoint(portal=portal, account=account, order_payload_ids=ids, **settings)  # type: ignore[arg-type]


def customer_orders(endpoint: CxmlEndpoint) -> list[PurchaseOrder]:
    """Every order of the endpoint as the supplier has it (to write into orders_dir)."""
    return [
        purchase_order(endpoint.portal.orders[number], payload_id)
        for payload_id, number in endpoint.order_payload_ids.items()
        if number in endpoint.portal.orders
    ]
