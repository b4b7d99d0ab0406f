"""Invoices as cXML ``InvoiceDetailRequest`` documents: the channel above the browser.

- :mod:`.document` builds the document from plain data (Decimal money, PO line numbers
  and units, the PDF as a ``cid:`` attachment);
- :mod:`.validate` checks it against the InvoiceDetail DTDs shipped in ``dtd/`` (nothing
  is fetched at run time) and refuses a malformed one before anything is sent;
- :mod:`.orders` finds the customer's purchase order (the payloadID to cite);
- :mod:`.channel` posts it and reads the cXML Response (:class:`CxmlChannel`, and the
  ladder rung :class:`CxmlChannelFactory`, put in place by :func:`register`);
- :mod:`.replica` is a local cXML endpoint for the tests and the demo.
"""

from portal_uploaders.cxml.channel import (
    CxmlChannel,
    CxmlChannelFactory,
    CxmlReply,
    invoice_to_cxml,
    parse_response,
    register,
)
from portal_uploaders.cxml.document import (
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
from portal_uploaders.cxml.orders import (
    OrderFolder,
    OrderLine,
    OrderSource,
    PurchaseOrder,
    StaticOrders,
    parse_order_request,
)
from portal_uploaders.cxml.validate import DTD_VERSIONS, CxmlDocumentError, validate

__all__ = [
    "DTD_VERSIONS",
    "Attachment",
    "Credential",
    "CxmlChannel",
    "CxmlChannelFactory",
    "CxmlDocument",
    "CxmlDocumentError",
    "CxmlInvoice",
    "CxmlLine",
    "CxmlReply",
    "CxmlTax",
    "OrderFolder",
    "OrderLine",
    "OrderRef",
    "OrderSource",
    "Parties",
    "PostalAddress",
    "PurchaseOrder",
    "StaticOrders",
    "build_invoice_request",
    "invoice_to_cxml",
    "parse_order_request",
    "parse_response",
    "register",
    "validate",
]
