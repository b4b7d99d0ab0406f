"""The cXML rung of the channel ladder: post an ``InvoiceDetailRequest``, read the Status.

Where a customer accepts cXML (Coupa, SAP Business Network), this beats driving their
web pages: no screens to change under us, one round trip, an answer with a code. The
channel owes what :mod:`portal_uploaders.base` says every channel owes:

- ``deliver`` finds the purchase order the invoice bills (:mod:`.orders`), builds the
  document and validates it against the DTD (a malformed one is refused *here*, before
  any connection is opened), posts it with the PDF as a ``multipart/related`` part,
  and reads the cXML ``Response``:

  ======================  ==========================================================
  Status 200, 201 (2xx)   accepted: :class:`~portal_uploaders.base.Delivery` with the
                          response's payloadID as the portal reference (our document's
                          when the response has none)
  401, 403, 475–477       :class:`~portal_uploaders.errors.PortalAuthError`: wrong
                          shared secret or identities; never retried
  409, or a 4xx saying    :class:`~portal_uploaders.errors.PortalDuplicateError`: the
  "already taken/exists"  ledger records ``rejected``
  other 4xx               :class:`~portal_uploaders.errors.PortalValidationError` with
                          the portal's Status text
  5xx, cannot connect     :class:`~portal_uploaders.errors.PortalUnavailable`
                          (transient: retried with backoff)
  timed out or cut off    :class:`~portal_uploaders.errors.OutcomeUnknownError`: the
  after sending; a 2xx    document may have arrived, so the ledger looks the invoice
  that is not cXML        up (through the browser rung) before sending again
  ======================  ==========================================================

- ``find_invoice`` raises :class:`~portal_uploaders.errors.LookupUnavailableError`: cXML
  has no "do you hold invoice N?" request for suppliers, so the ledger asks the next
  rung (the browser).
- Evidence: the request (shared secret masked) and the response are written as
  ``NN-cxml-request.xml`` / ``NN-cxml-response.xml`` in the invoice's evidence folder.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, tzinfo
from decimal import Decimal
from pathlib import Path
from typing import Final

import requests
from lxml import etree
from pydantic import SecretStr

from inbox_agent.config.rules import CxmlAddress, CxmlSettings, PortalAccount
from portal_uploaders.base import Delivery, Evidence, InvoiceToUpload, PortalInvoice, PortalName
from portal_uploaders.credentials import KEYRING_SERVICE, SecretLookup, redact
from portal_uploaders.cxml.document import (
    CENT,
    Attachment,
    Credential,
    CxmlDocument,
    CxmlInvoice,
    CxmlLine,
    CxmlTax,
    OrderRef,
    Parties,
    PostalAddress,
    build_invoice_request,
)
from portal_uploaders.cxml.orders import OrderFolder, OrderSource, PurchaseOrder
from portal_uploaders.cxml.validate import safe_parser, validate
from portal_uploaders.errors import (
    InvalidInvoiceError,
    InvoiceMismatchError,
    LookupUnavailableError,
    OutcomeUnknownError,
    PortalAuthError,
    PortalCredentialsMissing,
    PortalDuplicateError,
    PortalError,
    PortalUnavailable,
    PortalValidationError,
)

log = logging.getLogger(__name__)

CXML_PORTALS: Final = frozenset({"coupa", "ariba"})
"""Portals that take cXML invoices (Taulia does not, per ../shared/portals.md)."""
ACCEPTED: Final = frozenset({200, 201})
AUTH_CODES: Final = frozenset({401, 403, 475, 476, 477})
DUPLICATE_CODE: Final = 409
MAX_RESPONSE_BYTES = 1024 * 1024
_DUPLICATE_TEXT = re.compile(
    r"already\s+(been\s+)?(taken|used|exists?|submitted|received)|duplicate", re.IGNORECASE
)
_TAX_CATEGORY = {
    "AUD": "gst",
    "NZD": "gst",
    "SGD": "gst",
    "CAD": "gst",
    "INR": "gst",
    "MYR": "gst",
    "USD": "sales",
}


def default_tax_category(currency: str) -> str:
    """The TaxDetail@category for a currency's usual tax (GST, sales tax, else VAT)."""
    return _TAX_CATEGORY.get(currency, "vat")


# --- reading the portal's answer ----------------------------------------------------------


@dataclass(frozen=True, slots=True)
class CxmlReply:
    """The Status of a cXML Response (``message`` is the Status element's own text)."""

    code: int
    text: str
    message: str
    payload_id: str | None

    def describe(self) -> str:
        """``409 Conflict: Invoice # INV-1 has already been taken``."""
        detail = f": {self.message}" if self.message else ""
        return f"{self.code} {self.text}{detail}"


def parse_response(body: bytes) -> CxmlReply | None:
    """The Status of a cXML Response, or None when the body is not one."""
    if not body.strip() or len(body) > MAX_RESPONSE_BYTES:
        return None
    try:
        root = etree.fromstring(body, safe_parser())
    except etree.XMLSyntaxError:
        return None
    status = root.find("Response/Status") if root.tag == "cXML" else None
    code = status.get("code", "") if status is not None else ""
    if status is None or not code.isdigit():
        return None
    return CxmlReply(
        code=int(code),
        text=status.get("text", "").strip(),
        message=" ".join("".join(status.itertext()).split()),
        payload_id=root.get("payloadID") or None,
    )


# --- from the ledger's invoice to the customer's terms ------------------------------------


def invoice_to_cxml(
    invoice: InvoiceToUpload,
    order: PurchaseOrder,
    *,
    remit_to: PostalAddress | None = None,
    attachment: Attachment | None = None,
    tax_category: str | None = None,
) -> CxmlInvoice:
    """Our invoice in the order's terms: its line numbers, units and payloadID.

    Raises:
        InvalidInvoiceError: another currency than the order, or a line the order lacks.
        InvoiceMismatchError: lines and tax do not add up to the invoice total.
    """
    number = invoice.invoice_number
    if invoice.currency != order.currency:
        raise InvalidInvoiceError(
            f"{number} is in {invoice.currency} but order {order.order_id} is in {order.currency}"
        )
    wanted = invoice.lines
    if wanted is None:  # the whole order, as it stands
        lines = tuple(
            CxmlLine(
                li.number, li.quantity, li.unit_price, li.uom, li.description, li.supplier_part_id
            )
            for li in order.lines
        )
    else:
        lines = tuple(
            _line(number, order, ours.po_line, ours.quantity, ours.unit_price, ours.description)
            for ours in wanted
        )
    subtotal = sum((line.amount for line in lines), Decimal("0.00"))
    tax = invoice.tax if invoice.tax is not None else invoice.total - subtotal
    if tax < 0 or (subtotal + tax).quantize(CENT) != invoice.total.quantize(CENT):
        raise InvoiceMismatchError(
            f"{number}: lines {subtotal:.2f} plus tax {tax:.2f} is not the invoice total "
            f"{invoice.total:.2f}; nothing was sent"
        )
    return CxmlInvoice(
        invoice_number=number,
        invoice_date=invoice.invoice_date,
        currency=invoice.currency,
        order=OrderRef(order.payload_id, order.order_id, order.order_date),
        lines=lines,
        tax=CxmlTax(tax.quantize(CENT), tax_category or default_tax_category(invoice.currency)),
        remit_to=remit_to,
        comment=invoice.supplier_note,
        attachment=attachment,
    )


def _line(
    number: str,
    order: PurchaseOrder,
    po_line: int,
    quantity: Decimal,
    price: Decimal | None,
    description: str,
) -> CxmlLine:
    line = order.line(po_line)
    if line is None:
        have = ", ".join(str(li.number) for li in order.lines)
        raise InvalidInvoiceError(
            f"{number} bills line {po_line} of order {order.order_id}, which has lines {have}"
        )
    return CxmlLine(
        po_line,
        quantity,
        price if price is not None else line.unit_price,
        line.uom,
        description or line.description,
        line.supplier_part_id,
    )


def postal_address(address: CxmlAddress) -> PostalAddress:
    """rules.yaml's remit-to as the document's plain data."""
    return PostalAddress(
        name=address.name,
        street=tuple(address.street),
        city=address.city,
        country_code=address.country_code,
        state=address.state,
        postal_code=address.postal_code,
    )


# --- the channel --------------------------------------------------------------------------


def _evidence_path(evidence: Evidence, step: str, suffix: str) -> Path:
    """The next numbered file in the evidence folder, numbered after screenshots too."""
    evidence.folder.mkdir(parents=True, exist_ok=True)
    taken = [p for p in evidence.folder.iterdir() if p.name[:2].isdigit()]
    number = max((int(p.name[:2]) for p in taken), default=0) + 1
    path = evidence.folder / f"{number:02d}-{step}{suffix}"
    evidence.written.append(path)
    return path


class CxmlChannel:
    """Delivers invoices to one portal account as cXML documents (see the module doc)."""

    name = "cxml"

    def __init__(
        self,
        portal: PortalName,
        settings: CxmlSettings,
        *,
        shared_secret: SecretStr,
        orders: OrderSource,
        session: requests.Session | None = None,
        timezone: tzinfo = UTC,
        attach_pdf: bool = True,
        payload_ids: Callable[[], str] | None = None,
    ) -> None:
        self.portal = portal
        self.settings = settings
        self.orders = orders
        self._secret = shared_secret
        self._session = session or requests.Session()
        self._timezone = timezone
        self._attach_pdf = attach_pdf
        self._payload_ids = payload_ids
        sender = settings.sender_identity or settings.from_identity
        self.parties = Parties(
            from_party=Credential(settings.from_identity.domain, settings.from_identity.identity),
            to_party=Credential(settings.to_identity.domain, settings.to_identity.identity),
            sender=Credential(sender.domain, sender.identity),
            shared_secret=shared_secret,
        )

    # --- Channel ------------------------------------------------------------------------

    def deliver(self, invoice: InvoiceToUpload, evidence: Evidence) -> Delivery:
        """Build, validate, post; the portal's answer as a Delivery or a PortalError."""
        document = self.build(invoice)
        _evidence_path(evidence, "cxml-request", ".xml").write_bytes(document.redacted())
        reply = self.post(document, evidence)
        log.info(
            "%s accepted %s by cXML: %s", self.portal, invoice.invoice_number, reply.describe()
        )
        return Delivery(
            portal_reference=reply.payload_id or document.payload_id,
            portal_status="accepted" if reply.code in ACCEPTED else reply.describe()[:100],
            channel=self.name,
        )

    def find_invoice(self, invoice_number: str, evidence: Evidence) -> PortalInvoice | None:
        """Not possible in cXML: the ledger asks the next rung instead."""
        raise LookupUnavailableError(
            f"{self.portal}: the cXML channel cannot look up {invoice_number}"
        )

    def close(self) -> None:
        """Close pooled connections."""
        self._session.close()

    # --- the two halves -----------------------------------------------------------------

    def build(self, invoice: InvoiceToUpload) -> CxmlDocument:
        """The validated document for ``invoice``; nothing is sent.

        Raises:
            InvalidInvoiceError: the order is unknown, a line or the PDF is unusable.
            InvoiceMismatchError: lines and tax do not make the total.
            CxmlDocumentError: the document breaks the DTD.
        """
        order = self.orders.find(invoice.po_number)
        if order is None:
            raise InvalidInvoiceError(
                f"{invoice.invoice_number}: purchase order {invoice.po_number} is not among "
                f"{self.portal}'s cXML orders ({self._orders_where()}); a cXML invoice must cite "
                "the order's payloadID, so save the customer's OrderRequest there"
            )
        attachment = self._attachment(invoice) if self._attach_pdf else None
        remit = self.settings.remit_to
        data = invoice_to_cxml(
            invoice,
            order,
            attachment=attachment,
            remit_to=postal_address(remit) if remit is not None else None,
        )
        return build_invoice_request(
            data,
            self.parties,
            deployment_mode=self.settings.deployment_mode,
            version=self.settings.dtd_version,
            timezone=self._timezone,
            payload_id=self._payload_ids() if self._payload_ids else None,
        )

    def post(self, document: CxmlDocument, evidence: Evidence | None = None) -> CxmlReply:
        """Send a built document; the accepted reply, or the PortalError it amounts to.

        The document is validated again first, whoever built it: this is the last gate
        before the network, and a malformed document never passes it.

        Raises:
            CxmlDocumentError: the document breaks the DTD; nothing was sent.
            PortalError: the portal's refusal or the network's failure (module docstring).
        """
        validate(
            document.xml, version=document.version, what=f"the cXML document {document.payload_id}"
        )
        body, content_type = document.http_body()
        timeout = self.settings.timeout_seconds
        try:
            response = self._session.post(
                self.settings.url,
                data=body,
                timeout=(min(10.0, timeout), timeout),
                headers={"Content-Type": content_type, "Accept": "text/xml"},
                verify=True,
            )
        except requests.exceptions.ConnectTimeout as exc:
            raise PortalUnavailable(self._say(f"could not connect ({exc})")) from exc
        except (requests.exceptions.ReadTimeout, requests.exceptions.ChunkedEncodingError) as exc:
            raise OutcomeUnknownError(
                self._say(
                    f"sent {document.payload_id} but got no answer ({type(exc).__name__}); "
                    "it may have arrived"
                )
            ) from exc
        except requests.exceptions.SSLError as exc:
            raise PortalUnavailable(self._say(f"TLS failed ({exc})")) from exc
        except requests.exceptions.ConnectionError as exc:
            raise _connection_error(self._say, document, exc) from exc
        except requests.exceptions.RequestException as exc:
            raise PortalUnavailable(self._say(f"the post failed ({exc})")) from exc
        content = response.content[:MAX_RESPONSE_BYTES]
        if evidence is not None:
            _evidence_path(evidence, "cxml-response", ".xml").write_bytes(content)
        return self._judge(response.status_code, parse_response(content), document)

    # --- internals ----------------------------------------------------------------------

    def _judge(
        self, http_status: int, reply: CxmlReply | None, document: CxmlDocument
    ) -> CxmlReply:
        if reply is None:
            if 200 <= http_status < 300:
                raise OutcomeUnknownError(
                    self._say(
                        f"answered HTTP {http_status} without a cXML Status; cannot tell whether "
                        f"{document.payload_id} was taken"
                    )
                )
            reply = CxmlReply(http_status, f"HTTP {http_status}", "", None)
        code = reply.code
        if code in ACCEPTED or 200 <= code < 300:
            return reply
        said = self._say(f"refused the invoice: {reply.describe()}")
        if code in AUTH_CODES:
            raise PortalAuthError(
                f"{said}. Check portals.{self.portal}.cxml identities and the shared secret "
                f"in {self.settings.shared_secret_env}; not retried"
            )
        client_error = 400 <= code < 500
        if code == DUPLICATE_CODE or (client_error and _DUPLICATE_TEXT.search(reply.describe())):
            raise PortalDuplicateError(said)
        if client_error:
            raise PortalValidationError(said)
        raise PortalUnavailable(said)

    def _say(self, text: str) -> str:
        return redact(
            f"{self.portal} cXML at {self.settings.url}: {text}", (self._secret.get_secret_value(),)
        )

    def _orders_where(self) -> str:
        folder = getattr(self.orders, "folder", None)
        return str(folder) if folder is not None else "the configured order source"

    @staticmethod
    def _attachment(invoice: InvoiceToUpload) -> Attachment:
        try:
            content = invoice.pdf.read_bytes()
        except OSError as exc:
            raise InvalidInvoiceError(f"cannot read {invoice.pdf}: {exc}") from exc
        return Attachment(filename=invoice.pdf.name, content=content)


def _connection_error(
    say: Callable[[str], str],
    document: CxmlDocument,
    exc: requests.exceptions.ConnectionError,
) -> PortalError:
    """Refused or unresolvable: nothing was sent. Cut off mid-answer: it may have arrived."""
    text = repr(exc)
    if any(
        sign in text
        for sign in (
            "NewConnectionError",
            "NameResolutionError",
            "Connection refused",
            "Failed to resolve",
        )
    ):
        return PortalUnavailable(say(f"could not connect ({type(exc).__name__})"))
    return OutcomeUnknownError(
        say(
            f"the connection dropped after {document.payload_id} was sent ({type(exc).__name__}); "
            "it may have arrived"
        )
    )


# --- the rung -----------------------------------------------------------------------------


class CxmlChannelFactory:
    """The ladder rung: enabled for Coupa and Ariba accounts that configure ``cxml``."""

    name = "cxml"

    def __init__(self, *, home: Path | None = None) -> None:
        self._home = home

    def is_enabled(self, portal: PortalName, account: PortalAccount) -> bool:
        """Whether this account delivers by cXML."""
        return account.cxml is not None and portal in CXML_PORTALS

    def create(self, portal: PortalName, account: PortalAccount, context: object) -> CxmlChannel:
        """A channel with the account's secret (read now) and its order folder.

        Raises:
            PortalCredentialsMissing: the shared secret is in neither env nor keyring.
        """
        settings = account.cxml
        if settings is None:
            raise PortalCredentialsMissing(f"{portal}: no cxml settings")
        lookup: SecretLookup | None = getattr(context, "lookup", None)
        secret = lookup(settings.shared_secret_env) if lookup is not None else None
        if not secret:
            raise PortalCredentialsMissing(
                f"{portal}: the cXML shared secret is missing: set "
                f"{settings.shared_secret_env} in the environment or in the system keyring "
                f"(keyring set {KEYRING_SERVICE} {settings.shared_secret_env})"
            )
        return CxmlChannel(
            portal,
            settings,
            shared_secret=SecretStr(secret),
            orders=OrderFolder(self.orders_dir(portal, settings)),
        )

    def orders_dir(self, portal: str, settings: CxmlSettings) -> Path:
        """``orders_dir`` resolved against INBOX_AGENT_HOME (default cxml-orders/<portal>)."""
        home = self._home
        if home is None:
            from inbox_agent.settings import load_settings

            home = load_settings().home
        if not settings.orders_dir:
            return home / "cxml-orders" / portal
        path = Path(settings.orders_dir).expanduser()
        return path if path.is_absolute() else home / path


def register(*, home: Path | None = None) -> None:
    """Put the cXML rung above the browser in :data:`portal_uploaders.channels.LADDER`."""
    from portal_uploaders.channels import register_channel

    register_channel(CxmlChannelFactory(home=home), first=True)
