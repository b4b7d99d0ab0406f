"""An invoice as a cXML ``InvoiceDetailRequest``, built from plain data and DTD-checked.

The shape follows what Coupa and SAP Business Network document for PO-backed supplier
invoices (and the real samples in ``/work/shared/data/cxml``):

- ``Header``: From (the supplier), To (the customer), Sender (who transmits, with the
  ``SharedSecret`` the portal authenticates), and a ``UserAgent``;
- ``InvoiceDetailRequestHeader``: ``invoiceID`` (our invoice number), ``invoiceDate``,
  ``purpose="standard"``, ``operation="new"``; the remit-to as an ``InvoicePartner``
  (role ``remitTo``); the note and the PDF under ``Comments``, the PDF as an
  ``Attachment`` whose URL is ``cid:<Content-ID>`` of a MIME part sent alongside;
- one ``InvoiceDetailOrder`` citing the purchase order by ``DocumentReference@payloadID``
  (the payloadID of the customer's OrderRequest: Coupa refuses an invoice that does not
  name a real PO) with one ``InvoiceDetailItem`` per billed PO line, whose
  ``InvoiceDetailItemReference@lineNumber`` and ``UnitOfMeasure`` are the PO line's;
- ``InvoiceDetailSummary``: subtotal, tax (one ``TaxDetail``), shipping, gross, net and
  due amounts.

Money is Decimal, written with two places (``1234.50``), never a float. A document that
the DTD refuses is never returned: :func:`build_invoice_request` validates what it
serialised and raises :class:`~.validate.CxmlDocumentError` instead.
"""

from __future__ import annotations

import base64
import re
import secrets
import socket
import time
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, tzinfo
from datetime import time as dtime
from decimal import Decimal
from email.utils import quote
from typing import Final, Literal

from lxml import etree
from pydantic import SecretStr

from portal_uploaders.cxml.validate import DEFAULT_VERSION, validate
from portal_uploaders.errors import InvalidInvoiceError

CENT: Final = Decimal("0.01")
XML_LANG: Final = "{http://www.w3.org/XML/1998/namespace}lang"
DOCTYPE_URL: Final = "http://xml.cxml.org/schemas/cXML/{version}/InvoiceDetail.dtd"
DEFAULT_USER_AGENT: Final = "inbox-agent cXML invoicing"
XML_DECLARATION: Final = b'<?xml version="1.0" encoding="UTF-8"?>\n'

DeploymentMode = Literal["production", "test"]

_CURRENCY = re.compile(r"^[A-Z]{3}$")
_SECRET_ELEMENT = re.compile(rb"(<SharedSecret>)(.*?)(</SharedSecret>)", re.DOTALL)


# --- plain data ---------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Credential:
    """A party in the header: a domain (NetworkID, DUNS, ...) and its identity."""

    domain: str
    identity: str


@dataclass(frozen=True, slots=True)
class Parties:
    """Who the document is from, to, and sent by; the secret the portal checks."""

    from_party: Credential
    to_party: Credential
    sender: Credential
    shared_secret: SecretStr
    user_agent: str = DEFAULT_USER_AGENT


@dataclass(frozen=True, slots=True)
class OrderRef:
    """The purchase order an invoice bills: the payloadID of the customer's OrderRequest."""

    payload_id: str
    order_id: str | None = None
    order_date: datetime | None = None


@dataclass(frozen=True, slots=True)
class CxmlLine:
    """One invoiced PO line: the PO's line number and unit, our quantity and price."""

    po_line: int
    quantity: Decimal
    unit_price: Decimal
    uom: str
    description: str
    supplier_part_id: str | None = None

    @property
    def amount(self) -> Decimal:
        """Quantity times price, to the cent (what ``SubtotalAmount`` says)."""
        return (self.quantity * self.unit_price).quantize(CENT)


@dataclass(frozen=True, slots=True)
class CxmlTax:
    """The invoice's tax, stated once at header level."""

    amount: Decimal
    category: str = "sales"
    """cXML's TaxDetail@category: sales, vat, gst, ... (whatever the customer expects)."""
    rate_pct: Decimal | None = None
    description: str = "Tax"


@dataclass(frozen=True, slots=True)
class PostalAddress:
    """An address as cXML's ``Contact/PostalAddress`` holds it."""

    name: str
    street: tuple[str, ...]
    city: str
    country_code: str
    state: str | None = None
    postal_code: str | None = None


@dataclass(frozen=True, slots=True)
class Attachment:
    """A file sent as a MIME part of the post and cited as ``cid:<content_id>``."""

    filename: str
    content: bytes
    content_type: str = "application/pdf"
    content_id: str = field(default_factory=lambda: f"{secrets.token_hex(12)}@inbox-agent")


@dataclass(frozen=True, slots=True)
class CxmlInvoice:
    """Everything the document says, already in the customer's terms (PO lines and units)."""

    invoice_number: str
    invoice_date: date
    currency: str
    order: OrderRef
    lines: tuple[CxmlLine, ...]
    tax: CxmlTax
    shipping: Decimal = Decimal("0.00")
    remit_to: PostalAddress | None = None
    comment: str = ""
    attachment: Attachment | None = None
    payment_term_days: int | None = None

    @property
    def subtotal(self) -> Decimal:
        """Sum of the line amounts."""
        return sum((line.amount for line in self.lines), Decimal("0.00"))

    @property
    def total(self) -> Decimal:
        """Subtotal, tax and shipping: what the customer owes."""
        return (self.subtotal + self.tax.amount + self.shipping).quantize(CENT)


@dataclass(frozen=True, slots=True)
class CxmlDocument:
    """A validated document ready to post, with the attachment that travels beside it."""

    payload_id: str
    xml: bytes
    version: str
    attachment: Attachment | None = None

    def redacted(self) -> bytes:
        """The document with the shared secret masked: what evidence and logs may keep."""
        return _SECRET_ELEMENT.sub(rb"\1***\3", self.xml)

    def http_body(self) -> tuple[bytes, str]:
        """The bytes to post and their Content-Type (MIME multipart with an attachment)."""
        if self.attachment is None:
            return self.xml, "text/xml; charset=UTF-8"
        return multipart_related(self.xml, self.attachment, start_id=_start_id(self.payload_id))


# --- building -----------------------------------------------------------------------------


def new_payload_id(now: float | None = None) -> str:
    """``<epoch ms>.<random>@<host>``: unique per document, as the cXML guide recommends."""
    millis = int((time.time() if now is None else now) * 1000)
    host = re.sub(r"[^A-Za-z0-9.-]", "-", socket.gethostname()) or "localhost"
    return f"{millis}.{secrets.token_hex(6)}@{host}"


def build_invoice_request(
    invoice: CxmlInvoice,
    parties: Parties,
    *,
    deployment_mode: DeploymentMode = "production",
    version: str = DEFAULT_VERSION,
    payload_id: str | None = None,
    now: datetime | None = None,
    timezone: tzinfo = UTC,
) -> CxmlDocument:
    """The ``InvoiceDetailRequest`` for ``invoice``, serialised and checked against the DTD.

    ``timezone`` is the supplier's: the invoice date is midnight there, so that the
    customer's portal shows the calendar date printed on the PDF.

    Raises:
        InvalidInvoiceError: the data cannot make a sensible invoice (no lines, a
            negative amount, a currency that is not an ISO code, a PO line twice).
        CxmlDocumentError: the serialised document breaks the DTD (a bug or odd data).
    """
    check_invoice(invoice)
    payload = payload_id or new_payload_id()
    stamp = (now or datetime.now(UTC)).astimezone(timezone)
    root = etree.Element(
        "cXML", version=version, payloadID=payload, timestamp=stamp.isoformat(timespec="seconds")
    )
    root.set(XML_LANG, "en-US")
    _header(root, parties)
    request = etree.SubElement(root, "Request", deploymentMode=deployment_mode)
    detail = etree.SubElement(request, "InvoiceDetailRequest")
    _request_header(detail, invoice, timezone)
    _order(detail, invoice, timezone)
    _summary(detail, invoice)
    xml = XML_DECLARATION + etree.tostring(
        root,
        encoding="UTF-8",
        pretty_print=True,
        doctype=f'<!DOCTYPE cXML SYSTEM "{DOCTYPE_URL.format(version=version)}">',
    )
    validate(xml, version=version, what=f"the cXML invoice {invoice.invoice_number}")
    return CxmlDocument(payload_id=payload, xml=xml, version=version, attachment=invoice.attachment)


def check_invoice(invoice: CxmlInvoice) -> None:
    """Refuse data no portal would take, with a message that names the invoice.

    Raises:
        InvalidInvoiceError: see :func:`build_invoice_request`.
    """
    number = invoice.invoice_number
    problems: list[str] = []
    if not number.strip():
        problems.append("the invoice number is empty")
    if not _CURRENCY.match(invoice.currency):
        problems.append(f"currency {invoice.currency!r} is not an ISO 4217 code")
    if not invoice.lines:
        problems.append("it has no lines")
    if len({line.po_line for line in invoice.lines}) != len(invoice.lines):
        problems.append("a PO line is billed twice")
    for line in invoice.lines:
        if line.quantity <= 0 or line.unit_price < 0:
            problems.append(
                f"PO line {line.po_line}: quantity must be above zero and price not negative"
            )
        if not line.uom.strip():
            problems.append(f"PO line {line.po_line} has no unit of measure")
    if invoice.tax.amount < 0 or invoice.shipping < 0:
        problems.append("tax and shipping must not be negative")
    if problems:
        raise InvalidInvoiceError(f"cannot build the cXML invoice {number}: " + "; ".join(problems))


def _money(parent: etree._Element, tag: str, amount: Decimal, currency: str) -> None:
    wrapper = etree.SubElement(parent, tag)
    etree.SubElement(wrapper, "Money", currency=currency).text = money_text(amount)


def money_text(amount: Decimal) -> str:
    """``1234.50``: two places, no exponent, no thousands separator."""
    return f"{amount.quantize(CENT):f}"


def quantity_text(quantity: Decimal) -> str:
    """``2`` or ``2.5``: a cXML r8 without trailing zeros or an exponent."""
    return f"{quantity.normalize():f}"


def _text(parent: etree._Element, tag: str, value: str, *, lang: bool = False) -> None:
    element = etree.SubElement(parent, tag)
    element.text = value
    if lang:
        element.set(XML_LANG, "en")


def _credential(parent: etree._Element, party: Credential, secret: SecretStr | None) -> None:
    credential = etree.SubElement(parent, "Credential", domain=party.domain)
    _text(credential, "Identity", party.identity)
    if secret is not None:
        _text(credential, "SharedSecret", secret.get_secret_value())


def _header(root: etree._Element, parties: Parties) -> None:
    header = etree.SubElement(root, "Header")
    _credential(etree.SubElement(header, "From"), parties.from_party, None)
    _credential(etree.SubElement(header, "To"), parties.to_party, None)
    sender = etree.SubElement(header, "Sender")
    _credential(sender, parties.sender, parties.shared_secret)
    _text(sender, "UserAgent", parties.user_agent)


def _invoice_datetime(day: date, timezone: tzinfo) -> str:
    return datetime.combine(day, dtime(0, 0), tzinfo=timezone).isoformat(timespec="seconds")


def _request_header(detail: etree._Element, invoice: CxmlInvoice, timezone: tzinfo) -> None:
    header = etree.SubElement(
        detail,
        "InvoiceDetailRequestHeader",
        invoiceID=invoice.invoice_number,
        purpose="standard",
        operation="new",
        invoiceDate=_invoice_datetime(invoice.invoice_date, timezone),
    )
    etree.SubElement(header, "InvoiceDetailHeaderIndicator")
    etree.SubElement(header, "InvoiceDetailLineIndicator")
    if invoice.remit_to is not None:
        _remit_to(etree.SubElement(header, "InvoicePartner"), invoice.remit_to)
    if invoice.payment_term_days is not None:
        etree.SubElement(header, "PaymentTerm", payInNumberOfDays=str(invoice.payment_term_days))
    if invoice.comment or invoice.attachment is not None:
        comments = etree.SubElement(header, "Comments")
        comments.set(XML_LANG, "en")
        comments.text = invoice.comment
        if invoice.attachment is not None:
            attachment = etree.SubElement(comments, "Attachment")
            _text(attachment, "URL", f"cid:{invoice.attachment.content_id}")


def _remit_to(partner: etree._Element, address: PostalAddress) -> None:
    contact = etree.SubElement(partner, "Contact", role="remitTo")
    _text(contact, "Name", address.name, lang=True)
    postal = etree.SubElement(contact, "PostalAddress")
    for street in address.street:
        _text(postal, "Street", street)
    _text(postal, "City", address.city)
    if address.state:
        _text(postal, "State", address.state)
    if address.postal_code:
        _text(postal, "PostalCode", address.postal_code)
    country = etree.SubElement(postal, "Country", isoCountryCode=address.country_code)
    country.text = address.country_code


def _order(detail: etree._Element, invoice: CxmlInvoice, timezone: tzinfo) -> None:
    order = etree.SubElement(detail, "InvoiceDetailOrder")
    info = etree.SubElement(order, "InvoiceDetailOrderInfo")
    reference = etree.SubElement(info, "OrderReference")
    if invoice.order.order_id:
        reference.set("orderID", invoice.order.order_id)
    if invoice.order.order_date is not None:
        reference.set(
            "orderDate", invoice.order.order_date.astimezone(timezone).isoformat(timespec="seconds")
        )
    etree.SubElement(reference, "DocumentReference", payloadID=invoice.order.payload_id)
    for number, line in enumerate(invoice.lines, start=1):
        _item(order, number, line, invoice.currency)


def _item(order: etree._Element, number: int, line: CxmlLine, currency: str) -> None:
    item = etree.SubElement(
        order,
        "InvoiceDetailItem",
        invoiceLineNumber=str(number),
        quantity=quantity_text(line.quantity),
    )
    _text(item, "UnitOfMeasure", line.uom)
    _money(item, "UnitPrice", line.unit_price, currency)
    reference = etree.SubElement(item, "InvoiceDetailItemReference", lineNumber=str(line.po_line))
    if line.supplier_part_id:
        _text(etree.SubElement(reference, "ItemID"), "SupplierPartID", line.supplier_part_id)
    _text(reference, "Description", line.description or f"PO line {line.po_line}", lang=True)
    _money(item, "SubtotalAmount", line.amount, currency)


def _summary(detail: etree._Element, invoice: CxmlInvoice) -> None:
    currency = invoice.currency
    summary = etree.SubElement(detail, "InvoiceDetailSummary")
    _money(summary, "SubtotalAmount", invoice.subtotal, currency)
    tax = etree.SubElement(summary, "Tax")
    etree.SubElement(tax, "Money", currency=currency).text = money_text(invoice.tax.amount)
    _text(tax, "Description", invoice.tax.description, lang=True)
    tax_detail = etree.SubElement(tax, "TaxDetail", purpose="tax", category=invoice.tax.category)
    if invoice.tax.rate_pct is not None:
        tax_detail.set("percentageRate", quantity_text(invoice.tax.rate_pct))
    _money(tax_detail, "TaxableAmount", invoice.subtotal, currency)
    _money(tax_detail, "TaxAmount", invoice.tax.amount, currency)
    if invoice.shipping:
        _money(summary, "ShippingAmount", invoice.shipping, currency)
    _money(summary, "GrossAmount", invoice.total, currency)
    _money(summary, "NetAmount", invoice.total, currency)
    _money(summary, "DueAmount", invoice.total, currency)


# --- the post's body ----------------------------------------------------------------------


def _start_id(payload_id: str) -> str:
    return f"cxml.{re.sub(r'[^A-Za-z0-9.@-]', '-', payload_id)}"


def multipart_related(xml: bytes, attachment: Attachment, *, start_id: str) -> tuple[bytes, str]:
    """``multipart/related`` with the cXML first and the file after, as cXML prescribes.

    The file goes base64-encoded: some gateways in front of portals mangle binary parts,
    and every cXML receiver decodes base64.
    """
    boundary = f"=_cxml_{secrets.token_hex(16)}"
    crlf = b"\r\n"
    encoded = base64.encodebytes(attachment.content).replace(b"\n", crlf)
    filename = quote(attachment.filename)
    parts = [
        b"--" + boundary.encode(),
        b"Content-Type: text/xml; charset=UTF-8",
        f"Content-ID: <{start_id}>".encode(),
        b"",
        xml,
        b"--" + boundary.encode(),
        f"Content-Type: {attachment.content_type}".encode(),
        b"Content-Transfer-Encoding: base64",
        f"Content-ID: <{attachment.content_id}>".encode(),
        f'Content-Disposition: attachment; filename="{filename}"'.encode(),
        b"",
        encoded.rstrip(crlf),
        b"--" + boundary.encode() + b"--",
        b"",
    ]
    content_type = (
        f'multipart/related; boundary="{boundary}"; type="text/xml"; start="<{start_id}>"'
    )
    return crlf.join(parts), content_type
