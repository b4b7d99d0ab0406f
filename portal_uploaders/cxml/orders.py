"""The customer's purchase orders as cXML knows them: what an invoice must cite.

A cXML invoice names its purchase order by the ``payloadID`` of the ``OrderRequest`` the
customer sent, and bills that order's line numbers in that order's units; Coupa refuses
anything else. The open item only knows the PO *number*, so the orders themselves must
be at hand: customers on Coupa or SAP Business Network send them as ``OrderRequest``
documents (by cXML post or as mail attachments), and the supplier keeps them.

:class:`OrderFolder` reads a folder of such documents (``portals.<name>.cxml.orders_dir``)
and finds an order by its ``orderID``. When a customer changed an order
(``type="update"``) the newest document wins, since only its payloadID is current.
:func:`order_request_xml` writes one, for the replicas, the tests and the demo.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Protocol

from lxml import etree

from portal_uploaders.base import safe_name
from portal_uploaders.cxml.document import XML_DECLARATION, money_text, quantity_text
from portal_uploaders.cxml.validate import CxmlDocumentError, parse

log = logging.getLogger(__name__)

MAX_ORDER_BYTES = 20 * 1024 * 1024
"""A bigger file in the orders folder is not an order; it is skipped, not read."""


@dataclass(frozen=True, slots=True)
class OrderLine:
    """One line of a purchase order, as the customer numbered and measured it."""

    number: int
    quantity: Decimal
    unit_price: Decimal
    uom: str
    description: str
    supplier_part_id: str | None = None


@dataclass(frozen=True, slots=True)
class PurchaseOrder:
    """A customer's order: its number, the payloadID to cite, its currency and lines."""

    order_id: str
    payload_id: str
    currency: str
    lines: tuple[OrderLine, ...]
    order_date: datetime | None = None
    timestamp: datetime | None = None
    """The OrderRequest's own timestamp: which of two versions of an order is newer."""

    def line(self, number: int) -> OrderLine | None:
        """The line with this number, or None."""
        return next((line for line in self.lines if line.number == number), None)


class OrderSource(Protocol):
    """Where the cXML channel finds the order an invoice bills."""

    def find(self, order_id: str) -> PurchaseOrder | None:
        """The current version of the order with this number, or None."""
        ...


class OrderParseError(ValueError):
    """A document is not a usable cXML OrderRequest."""


def _datetime(text: str | None) -> datetime | None:
    if not text:
        return None
    try:
        parsed = datetime.fromisoformat(text.strip())
    except ValueError:
        return None
    return parsed if parsed.tzinfo is not None else parsed.replace(tzinfo=UTC)


def _decimal(text: str | None, what: str) -> Decimal:
    try:
        value = Decimal((text or "").strip())
    except InvalidOperation as exc:
        raise OrderParseError(f"{what} {text!r} is not a number") from exc
    if not value.is_finite():
        raise OrderParseError(f"{what} {text!r} is not a number")
    return value


def _order_line(item: etree._Element, currency: str) -> OrderLine:
    number_text = item.get("lineNumber", "")
    if not number_text.isdigit():
        raise OrderParseError(f"ItemOut lineNumber {number_text!r} is not a number")
    money = item.find("ItemDetail/UnitPrice/Money")
    if money is None:
        raise OrderParseError(f"line {number_text} has no UnitPrice")
    if money.get("currency", currency) != currency:
        raise OrderParseError(f"line {number_text} is in another currency than the order")
    return OrderLine(
        number=int(number_text),
        quantity=_decimal(item.get("quantity"), f"line {number_text} quantity"),
        unit_price=_decimal(money.text, f"line {number_text} price"),
        uom=(item.findtext("ItemDetail/UnitOfMeasure") or "").strip(),
        description=" ".join((item.findtext("ItemDetail/Description") or "").split()),
        supplier_part_id=(item.findtext("ItemID/SupplierPartID") or "").strip() or None,
    )


def parse_order_request(data: bytes) -> PurchaseOrder:
    """A purchase order from an ``OrderRequest`` document.

    Raises:
        OrderParseError: not well-formed, not an OrderRequest, or a line is unusable.
    """
    try:
        root = parse(data, what="the OrderRequest").getroot()
    except CxmlDocumentError as exc:
        raise OrderParseError(str(exc)) from exc
    request = root.find("Request/OrderRequest")
    header = request.find("OrderRequestHeader") if request is not None else None
    payload_id = root.get("payloadID")
    if request is None or header is None or not payload_id:
        raise OrderParseError("not a cXML OrderRequest with a payloadID")
    order_id = (header.get("orderID") or "").strip()
    total = header.find("Total/Money")
    currency = total.get("currency", "") if total is not None else ""
    if not order_id or not currency:
        raise OrderParseError("the OrderRequestHeader lacks an orderID or a Total currency")
    lines = tuple(_order_line(item, currency) for item in request.findall("ItemOut"))
    if not lines:
        raise OrderParseError(f"order {order_id} has no ItemOut lines")
    return PurchaseOrder(
        order_id=order_id,
        payload_id=payload_id,
        currency=currency,
        lines=lines,
        order_date=_datetime(header.get("orderDate")),
        timestamp=_datetime(root.get("timestamp")),
    )


def _newer(candidate: PurchaseOrder, current: PurchaseOrder | None) -> bool:
    if current is None:
        return True
    floor = datetime.min.replace(tzinfo=UTC)
    return (candidate.timestamp or floor) >= (current.timestamp or floor)


class OrderFolder:
    """Orders read from ``*.xml`` files in a folder, re-read when a number is not found.

    A file that is not an OrderRequest is logged once and skipped: one stray file must
    not stop invoicing every other order.
    """

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self._orders: dict[str, PurchaseOrder] = {}
        self._seen: dict[Path, float] = {}
        self._lock = threading.Lock()

    def find(self, order_id: str) -> PurchaseOrder | None:
        """The newest order with this number (the folder is re-scanned on a miss)."""
        with self._lock:
            found = self._orders.get(order_id)
            if found is None:
                self._scan()
                found = self._orders.get(order_id)
            return found

    def _scan(self) -> None:
        if not self.folder.is_dir():
            return
        for path in sorted(self.folder.glob("*.xml")):
            try:
                stat = path.stat()
            except OSError:
                continue
            if self._seen.get(path) == stat.st_mtime:
                continue
            self._seen[path] = stat.st_mtime
            if stat.st_size > MAX_ORDER_BYTES:
                log.warning("skipping %s: %d bytes is too big for an order", path, stat.st_size)
                continue
            try:
                order = parse_order_request(path.read_bytes())
            except (OSError, OrderParseError) as exc:
                log.warning("skipping %s: %s", path, exc)
                continue
            if _newer(order, self._orders.get(order.order_id)):
                self._orders[order.order_id] = order


@dataclass(frozen=True, slots=True)
class StaticOrders:
    """Orders given in memory (tests, or a caller that has them from elsewhere)."""

    orders: tuple[PurchaseOrder, ...]

    def find(self, order_id: str) -> PurchaseOrder | None:
        """The newest order with this number."""
        best: PurchaseOrder | None = None
        for order in self.orders:
            if order.order_id == order_id and _newer(order, best):
                best = order
        return best


def order_request_xml(
    order: PurchaseOrder,
    *,
    buyer: tuple[str, str],
    supplier: tuple[str, str],
    user_agent: str = "Coupa Procurement 1.0",
) -> bytes:
    """The ``OrderRequest`` a customer would have sent for ``order``.

    ``buyer`` and ``supplier`` are (domain, identity) pairs. Only what invoicing reads is
    written (the real ones carry addresses and accounting too).
    """
    stamp = (order.timestamp or order.order_date or datetime.now(UTC)).isoformat(timespec="seconds")
    root = etree.Element("cXML", payloadID=order.payload_id, timestamp=stamp)
    header = etree.SubElement(root, "Header")
    for tag, (domain, identity) in (("From", buyer), ("To", supplier), ("Sender", buyer)):
        party = etree.SubElement(header, tag)
        credential = etree.SubElement(party, "Credential", domain=domain)
        etree.SubElement(credential, "Identity").text = identity
        if tag == "Sender":
            etree.SubElement(party, "UserAgent").text = user_agent
    request = etree.SubElement(etree.SubElement(root, "Request"), "OrderRequest")
    head = etree.SubElement(
        request,
        "OrderRequestHeader",
        orderID=order.order_id,
        orderDate=(order.order_date or datetime.now(UTC)).isoformat(timespec="seconds"),
        type="new",
    )
    total = sum(((li.quantity * li.unit_price) for li in order.lines), Decimal(0))
    etree.SubElement(
        etree.SubElement(head, "Total"), "Money", currency=order.currency
    ).text = money_text(total)
    for line in order.lines:
        _item_out(request, line, order.currency)
    return XML_DECLARATION + etree.tostring(root, encoding="UTF-8", pretty_print=True)


def _item_out(request: etree._Element, line: OrderLine, currency: str) -> None:
    item = etree.SubElement(
        request, "ItemOut", quantity=quantity_text(line.quantity), lineNumber=str(line.number)
    )
    item_id = etree.SubElement(item, "ItemID")
    etree.SubElement(item_id, "SupplierPartID").text = line.supplier_part_id or str(line.number)
    detail = etree.SubElement(item, "ItemDetail")
    etree.SubElement(
        etree.SubElement(detail, "UnitPrice"), "Money", currency=currency
    ).text = money_text(line.unit_price)
    description = etree.SubElement(detail, "Description")
    description.text = line.description
    description.set("{http://www.w3.org/XML/1998/namespace}lang", "en")
    etree.SubElement(detail, "UnitOfMeasure").text = line.uom


def write_orders(
    folder: Path,
    orders: Iterable[PurchaseOrder],
    *,
    buyer: tuple[str, str],
    supplier: tuple[str, str],
) -> None:
    """One ``<orderID>.xml`` per order in ``folder`` (see :func:`order_request_xml`)."""
    folder.mkdir(parents=True, exist_ok=True)
    for order in orders:
        data = order_request_xml(order, buyer=buyer, supplier=supplier)
        (folder / f"{safe_name(order.order_id)}.xml").write_bytes(data)
