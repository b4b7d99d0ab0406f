"""The cXML channel: documents, DTD validation, the post, the answers, the ladder rung.

Posts go to the cXML endpoint replica (``portal_uploaders.cxml.replica``) served on a
free loopback port: the real Coupa and SAP Business Network endpoints cannot be reached
from here. The replica keeps its invoices in the same ``PortalState`` as the browser
replica of Coupa, so one invoice-number namespace spans both channels.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path

import pytest
from lxml import etree
from pydantic import SecretStr, ValidationError
from sqlalchemy import Engine

from inbox_agent.config.rules import CxmlIdentity, CxmlSettings
from inbox_agent.store.db import make_engine
from portal_uploaders.base import Evidence, InvoiceLine, InvoiceToUpload
from portal_uploaders.channels import BrowserChannelFactory, ChannelContext, ChannelFactory
from portal_uploaders.cxml import (
    Attachment,
    Credential,
    CxmlChannel,
    CxmlChannelFactory,
    CxmlDocument,
    CxmlDocumentError,
    CxmlInvoice,
    CxmlLine,
    CxmlTax,
    OrderFolder,
    OrderRef,
    Parties,
    PostalAddress,
    StaticOrders,
    build_invoice_request,
    invoice_to_cxml,
    parse_order_request,
    parse_response,
    validate,
)
from portal_uploaders.cxml.orders import PurchaseOrder, order_request_xml, write_orders
from portal_uploaders.cxml.replica import (
    CxmlAccount,
    CxmlEndpoint,
    customer_orders,
    endpoint_for,
    response_xml,
    serve_cxml,
)
from portal_uploaders.cxml.validate import DTD_VERSIONS, dtd_problems, parse
from portal_uploaders.demo import SampleInvoice, replica_state
from portal_uploaders.errors import (
    InvalidInvoiceError,
    InvoiceMismatchError,
    LookupUnavailableError,
    OutcomeUnknownError,
    PortalAuthError,
    PortalCredentialsMissing,
    PortalDuplicateError,
    PortalUnavailable,
    PortalValidationError,
)
from portal_uploaders.ledger import RetryPolicy, UploadLedger
from portal_uploaders.replicas import PortalState, free_port
from portal_uploaders.runner import UploadRun
from portal_uploaders.testing import account_for, invoice_for, rules_for, seed

SAMPLES = Path(__file__).resolve().parents[2] / "shared" / "data" / "cxml"
SECRET = "c0upa-Shared-S3cret!"
SUPPLIER = Credential("DUNS", "128293714")
BUYER = Credential("NetworkID", "acme-coupa")
PDF = b"%PDF-1.4\n1 0 obj << >> endobj\n%%EOF\n"


# --- fixtures -----------------------------------------------------------------------------


@pytest.fixture
def sample() -> SampleInvoice:
    """The demo's Coupa invoice: two billed PO lines (LOT, BX), freight not billed."""
    return invoice_for("coupa", "INV-77001")


@pytest.fixture
def portal(sample: SampleInvoice) -> PortalState:
    """Coupa's replica state holding the sample's PO."""
    return replica_state("coupa", [sample.po])


@pytest.fixture
def endpoint(portal: PortalState) -> CxmlEndpoint:
    """The cXML endpoint over that portal, with the supplier's configured credentials."""
    return endpoint_for(portal, CxmlAccount(SUPPLIER, BUYER, SUPPLIER, SECRET))


@pytest.fixture
def url(endpoint: CxmlEndpoint) -> Iterator[str]:
    """The endpoint served on a free loopback port."""
    with serve_cxml(endpoint) as served:
        yield served


def settings_for(url: str, **extra: object) -> CxmlSettings:
    """cXML settings as rules.yaml would give them."""
    return CxmlSettings(
        url=url,
        from_identity=CxmlIdentity(domain=SUPPLIER.domain, identity=SUPPLIER.identity),
        to_identity=CxmlIdentity(domain=BUYER.domain, identity=BUYER.identity),
        shared_secret_env="INBOX_AGENT_COUPA_CXML_SECRET",
        **extra,
    )


def channel_for(
    url: str, endpoint: CxmlEndpoint, *, secret: str = SECRET, **extra: object
) -> CxmlChannel:
    """A channel that knows the endpoint's orders (as OrderRequests the customer sent)."""
    return CxmlChannel(
        "coupa",
        settings_for(url, **extra),
        shared_secret=SecretStr(secret),
        orders=StaticOrders(tuple(customer_orders(endpoint))),
    )


def upload_of(sample: SampleInvoice, pdf: Path, **changes: object) -> InvoiceToUpload:
    """The sample as the ledger hands it to a channel (lines and tax from its sidecar)."""
    pdf.write_bytes(PDF)
    invoice = InvoiceToUpload(
        invoice_number=sample.invoice_number,
        portal="coupa",
        customer_id=sample.customer_id,
        customer_name=sample.customer_name,
        po_number=sample.po.number,
        invoice_date=sample.invoice_date,
        currency=sample.currency,
        total=sample.amount,
        pdf=pdf,
        lines=tuple(InvoiceLine(li.number, li.quantity) for li in sample.billed_lines),
        tax=sample.tax,
        supplier_note=f"Invoice {sample.invoice_number}",
    )
    return replace(invoice, **changes)  # type: ignore[arg-type]


def order_of(sample: SampleInvoice) -> PurchaseOrder:
    """The sample's PO as the supplier received it by cXML."""
    (order,) = customer_orders(
        endpoint_for(
            replica_state("coupa", [sample.po]), CxmlAccount(SUPPLIER, BUYER, SUPPLIER, SECRET)
        )
    )
    return order


def parties(secret: str = SECRET) -> Parties:
    """Supplier to buyer, sent by the supplier."""
    return Parties(SUPPLIER, BUYER, SUPPLIER, SecretStr(secret))


def el(node: etree._Element, path: str) -> etree._Element:
    """The element at ``path``; the test fails when it is missing."""
    found = node.find(path)
    assert found is not None, path
    return found


# --- documents and the DTD ----------------------------------------------------------------


@pytest.mark.parametrize("version", DTD_VERSIONS)
def test_document_from_sample_data_validates_against_both_dtds(
    sample: SampleInvoice, tmp_path: Path, version: str
) -> None:
    """
    GIVEN the demo's sample invoice, its PO as an OrderRequest, a remit-to and the PDF
    WHEN the InvoiceDetailRequest is built for cXML ``version``
    THEN it is valid against that DTD and cites the PO's payloadID, line numbers and units,
         with money as two-place decimals adding up to the invoice amount
    """
    order = order_of(sample)
    data = invoice_to_cxml(
        upload_of(sample, tmp_path / "inv.pdf"),
        order,
        remit_to=PostalAddress(
            "Northwind Supplies Pty Ltd", ("1 Harbour St",), "Sydney", "AU", "NSW", "2000"
        ),
        attachment=Attachment("INV-77001.pdf", PDF, content_id="pdf-1@test"),
    )
    document = build_invoice_request(
        data, parties(), version=version, now=datetime(2026, 11, 2, 9, 30, tzinfo=UTC)
    )

    tree = parse(document.xml)
    assert dtd_problems(tree, version) == []
    root = tree.getroot()
    assert str(tree.docinfo.system_url).endswith(f"/{version}/InvoiceDetail.dtd")
    ref = root.find(".//OrderReference/DocumentReference")
    assert ref is not None and ref.get("payloadID") == order.payload_id
    items = root.findall(".//InvoiceDetailItem")
    assert [
        (i.findtext("UnitOfMeasure"), el(i, "InvoiceDetailItemReference").get("lineNumber"))
        for i in items
    ] == [("LOT", "1"), ("BX", "2")]
    due = root.findtext(".//InvoiceDetailSummary/DueAmount/Money")
    assert due == f"{sample.amount:.2f}"
    assert el(root, ".//Comments/Attachment/URL").text == "cid:pdf-1@test"
    assert el(root, ".//InvoicePartner/Contact").get("role") == "remitTo"
    assert el(root, ".//Sender/Credential/SharedSecret").text == SECRET
    assert SECRET.encode() not in document.redacted()


def test_document_without_optional_parts_is_valid_and_dated_in_the_suppliers_zone() -> None:
    """
    GIVEN an invoice with no remit-to, comment or attachment, built in UTC+10
    WHEN it is built
    THEN it is still DTD-valid and its invoiceDate is midnight of that calendar day there
    """
    from datetime import timedelta, timezone

    sydney = timezone(timedelta(hours=10))
    invoice = CxmlInvoice(
        "INV-1",
        date(2026, 11, 2),
        "AUD",
        OrderRef("po-1@buyer"),
        (CxmlLine(1, Decimal(2), Decimal("9.95"), "EA", "Widget"),),
        CxmlTax(Decimal("1.99")),
    )
    document = build_invoice_request(invoice, parties(), timezone=sydney)
    root = validate(document.xml).getroot()
    header = el(root, ".//InvoiceDetailRequestHeader")
    assert header.get("invoiceDate") == "2026-11-02T00:00:00+10:00"
    assert root.find(".//Comments") is None
    assert document.http_body()[1].startswith("text/xml")


def test_nonsense_invoice_data_is_refused_with_every_problem_named() -> None:
    """
    GIVEN invoice data with a bad currency, no unit, a negative price and a PO line twice
    WHEN the document is built
    THEN InvalidInvoiceError names each problem, and no document exists
    """
    lines = (
        CxmlLine(1, Decimal(1), Decimal("-1"), "", "x"),
        CxmlLine(1, Decimal(1), Decimal(1), "EA", "y"),
    )
    bad = CxmlInvoice("INV-2", date(2026, 1, 1), "EURO", OrderRef("p"), lines, CxmlTax(Decimal(0)))
    with pytest.raises(InvalidInvoiceError) as caught:
        build_invoice_request(bad, parties())
    message = str(caught.value)
    for fragment in ("ISO 4217", "billed twice", "not negative", "no unit of measure"):
        assert fragment in message


def _tampered(document: CxmlDocument) -> CxmlDocument:
    """The document without a required element and with an attribute value not allowed."""
    root = parse(document.xml).getroot()
    item = el(root, ".//InvoiceDetailItem")
    item.remove(el(item, "UnitOfMeasure"))
    el(root, ".//InvoiceDetailRequestHeader").set("purpose", "refund")
    xml = etree.tostring(root.getroottree(), xml_declaration=True, encoding="UTF-8")
    return replace(document, xml=xml)


def test_malformed_document_is_refused_before_any_request(
    sample: SampleInvoice, endpoint: CxmlEndpoint, url: str, tmp_path: Path
) -> None:
    """
    GIVEN a running endpoint and a document missing UnitOfMeasure with purpose="refund"
    WHEN the channel is asked to post it
    THEN CxmlDocumentError lists both DTD violations with their lines, it is not
         transient, and the endpoint saw no request at all
    """
    channel = channel_for(url, endpoint)
    good = channel.build(upload_of(sample, tmp_path / "inv.pdf"))
    with pytest.raises(CxmlDocumentError) as caught:
        channel.post(_tampered(good))
    problems = caught.value.problems
    assert any("InvoiceDetailItem" in p and "UnitOfMeasure" in p for p in problems), problems
    assert any("purpose" in p and "refund" in p for p in problems), problems
    assert all(p.startswith("line ") for p in problems)
    assert "does not follow the cXML 1.2.037 InvoiceDetail DTD" in str(caught.value)
    assert not caught.value.transient
    assert endpoint.requests_seen == 0


def test_not_well_formed_bytes_are_refused_with_the_line() -> None:
    """
    GIVEN bytes that are not XML at all (an unclosed element)
    WHEN they are validated
    THEN CxmlDocumentError says so with the line number
    """
    with pytest.raises(
        CxmlDocumentError, match="not well-formed XML: line 3: Opening and ending tag mismatch"
    ):
        validate(b"<cXML>\n<Header>\n</cXML>")


def test_entities_are_never_expanded_nor_files_read(tmp_path: Path) -> None:
    """
    GIVEN documents whose DOCTYPE declares an external entity pointing at a local file,
          used in element text and in an attribute
    WHEN they are parsed (as the replica parses what it receives)
    THEN the file's content never appears: in text the entity stays unexpanded, in an
         attribute the document is refused as not well-formed
    """
    secret_file = tmp_path / "secret.txt"
    secret_file.write_text("TOP-SECRET")
    head = (
        f'<?xml version="1.0"?><!DOCTYPE cXML [<!ENTITY x SYSTEM "file://{secret_file}">]>'
        '<cXML payloadID="p" timestamp="2026-01-01T00:00:00Z"><Response>'
    )
    in_text = (head + '<Status code="200" text="OK">&x;</Status></Response></cXML>').encode()
    assert b"TOP-SECRET" not in etree.tostring(parse(in_text))
    reply = parse_response(in_text)
    assert reply is not None and "TOP-SECRET" not in reply.message
    in_attribute = (head + '<Status code="200" text="&x;"/></Response></cXML>').encode()
    with pytest.raises(CxmlDocumentError, match="external entity"):
        parse(in_attribute)


# --- the real-world samples ---------------------------------------------------------------

VALID_UNDER = {
    "invoice_backed_and_unbacked_by_pos.xml": {"1.2.020", "1.2.037"},
    "invoice_backed_by_multiple_pos.xml": {"1.2.020", "1.2.037"},
    "invoice_taxes_at_line.xml": {"1.2.020", "1.2.037"},
    # Declares the 1.2.037 DTD and uses State@isoStateCode, which 1.2.020 does not have:
    # valid against what it declares, invalid against the older DTD. Recorded, not hidden.
    "invoice_taxes_at_line_multiple_taxes.xml": {"1.2.037"},
    "invoice_taxes_at_total.xml": {"1.2.020", "1.2.037"},
}


@pytest.mark.parametrize("name", sorted(VALID_UNDER))
def test_real_sample_invoices_parse_and_validate_as_recorded(name: str) -> None:
    """
    GIVEN a real-world InvoiceDetailRequest from ../shared/data/cxml
    WHEN it is validated against each shipped DTD, and against the one it declares
    THEN it is valid exactly under the versions recorded above, and always under the
         version its DOCTYPE names (the default choice)
    """
    data = (SAMPLES / name).read_bytes()
    tree = parse(data)
    valid = {v for v in DTD_VERSIONS if not dtd_problems(tree, v)}
    assert valid == VALID_UNDER[name]
    validate(data)  # the DOCTYPE's version is chosen and passes
    if "1.2.020" not in valid:
        problems = dtd_problems(tree, "1.2.020")
        assert problems and all("isoStateCode" in p for p in problems)


def test_a_dtd_valid_sample_can_still_be_arithmetically_wrong() -> None:
    """
    GIVEN invoice_backed_and_unbacked_by_pos.xml, valid against both DTDs
    WHEN its first line is read
    THEN quantity 3 at 100 shows a subtotal of 200: the DTD cannot see sums, which is why
         our builder computes them and the replica (like Coupa) checks them
    """
    root = parse((SAMPLES / "invoice_backed_and_unbacked_by_pos.xml").read_bytes()).getroot()
    item = el(root, ".//InvoiceDetailItem")
    quantity = Decimal(item.get("quantity", ""))
    price = Decimal(item.findtext("UnitPrice/Money") or "")
    stated = Decimal(item.findtext("SubtotalAmount/Money") or "")
    assert quantity * price == Decimal(300)
    assert stated == Decimal(200)


def test_real_order_request_and_responses_are_read() -> None:
    """
    GIVEN the real OrderRequest and the two real Response samples
    WHEN they are read
    THEN the order gives its orderID, payloadID, currency and lines with units, and the
         responses give their Status code, text and payloadID
    """
    order = parse_order_request((SAMPLES / "purchase_order_request_200.xml").read_bytes())
    assert (order.order_id, order.payload_id, order.currency) == (
        "6112",
        "1452186890.009162@ip-10-7-14-126",
        "USD",
    )
    assert [(li.number, li.quantity, li.uom) for li in order.lines] == [
        (1, Decimal(1), "EA"),
        (2, Decimal(2), "EA"),
    ]
    ok = parse_response((SAMPLES / "response_status_200.xml").read_bytes())
    bad = parse_response((SAMPLES / "response_status_400.xml").read_bytes())
    assert ok is not None and (ok.code, ok.text) == (200, "OK")
    assert bad is not None and bad.code == 400
    assert "missing required parameter 'document'" in bad.text
    assert parse_response(b"<html>Bad gateway</html>") is None


# --- posting to the replica ---------------------------------------------------------------


def test_post_is_accepted_and_the_reference_read_back(
    sample: SampleInvoice, endpoint: CxmlEndpoint, portal: PortalState, url: str, tmp_path: Path
) -> None:
    """
    GIVEN the endpoint replica and the sample invoice with its PDF
    WHEN the channel delivers it
    THEN the portal accepts it (200), the Delivery carries the response's payloadID as the
         reference, the portal holds the invoice with the PDF that came as a cid: part, and
         the evidence folder has the request (secret masked) and the response
    """
    channel = channel_for(url, endpoint)
    evidence = Evidence(tmp_path / "evidence")
    delivery = channel.deliver(upload_of(sample, tmp_path / "INV-77001.pdf"), evidence)

    answer = endpoint.answers[-1]
    assert answer.code == 200
    assert delivery.channel == "cxml"
    assert delivery.portal_reference == answer.payload_id
    assert delivery.portal_status == "accepted"
    (stored,) = portal.invoices
    assert (stored.invoice_number, stored.origin, stored.total) == (
        "INV-77001",
        "cxml",
        sample.amount,
    )
    assert [line[0] for line in stored.lines] == [1, 2]
    assert endpoint.attachments["INV-77001"][0].content == PDF
    files = sorted(p.name for p in evidence.folder.iterdir())
    assert files == ["01-cxml-request.xml", "02-cxml-response.xml"]
    request = (evidence.folder / files[0]).read_bytes()
    assert SECRET.encode() not in request and b"<SharedSecret>***</SharedSecret>" in request
    response = (evidence.folder / files[1]).read_bytes()
    assert dtd_problems(parse(response), "1.2.037") == []
    with pytest.raises(LookupUnavailableError):
        channel.find_invoice("INV-77001", evidence)
    channel.close()


def test_duplicate_invoice_number_is_rejected_with_the_portals_message(
    sample: SampleInvoice, endpoint: CxmlEndpoint, url: str, tmp_path: Path
) -> None:
    """
    GIVEN an invoice the portal accepted by cXML
    WHEN the same invoice number is posted again
    THEN PortalDuplicateError carries the portal's own words (409, "has already been
         taken") and the portal still holds one invoice
    """
    channel = channel_for(url, endpoint)
    invoice = upload_of(sample, tmp_path / "inv.pdf")
    channel.deliver(invoice, Evidence(tmp_path / "e"))
    with pytest.raises(PortalDuplicateError) as caught:
        channel.deliver(invoice, Evidence(tmp_path / "e"))
    assert "409 Conflict: Invoice # INV-77001 has already been taken" in str(caught.value)
    assert not caught.value.transient
    assert len(endpoint.portal.invoices) == 1


def test_number_taken_in_the_browser_is_a_duplicate_for_cxml_too(
    sample: SampleInvoice, endpoint: CxmlEndpoint, portal: PortalState, url: str, tmp_path: Path
) -> None:
    """
    GIVEN the invoice number already entered in the portal's web form (browser replica)
    WHEN it is posted by cXML
    THEN it is refused as a duplicate: one namespace for both channels, as in the portal
    """
    portal.add_invoice(
        invoice_number="INV-77001",
        po_number=sample.po.number,
        customer=sample.customer_name,
        currency="AUD",
        invoice_date=sample.invoice_date,
        lines=[],
        tax=Decimal(0),
        total=Decimal(0),
        status="Pending Approval",
        attachments=[],
    )
    with pytest.raises(PortalDuplicateError):
        channel_for(url, endpoint).deliver(
            upload_of(sample, tmp_path / "i.pdf"), Evidence(tmp_path / "e")
        )


def test_wrong_shared_secret_is_an_auth_failure_not_retried(
    sample: SampleInvoice, endpoint: CxmlEndpoint, url: str, tmp_path: Path
) -> None:
    """
    GIVEN a channel configured with a wrong shared secret
    WHEN it delivers
    THEN PortalAuthError (not transient, so the run does not retry), naming the variable
         to fix and never the secret; the endpoint saw exactly one request
    """
    wrong = "not-the-Secret-42"
    channel = channel_for(url, endpoint, secret=wrong)
    with pytest.raises(PortalAuthError) as caught:
        channel.deliver(upload_of(sample, tmp_path / "inv.pdf"), Evidence(tmp_path / "e"))
    message = str(caught.value)
    assert "401 Unauthorized" in message and "INBOX_AGENT_COUPA_CXML_SECRET" in message
    assert wrong not in message and SECRET not in message
    assert not caught.value.transient
    assert endpoint.requests_seen == 1
    assert endpoint.portal.invoices == []


def test_wrong_sender_identity_is_an_auth_failure_too(
    sample: SampleInvoice, endpoint: CxmlEndpoint, url: str, tmp_path: Path
) -> None:
    """
    GIVEN the right secret but a sender identity the customer did not configure
    WHEN it delivers
    THEN PortalAuthError
    """
    channel = CxmlChannel(
        "coupa",
        settings_for(url, sender_identity=CxmlIdentity(domain="DUNS", identity="999")),
        shared_secret=SecretStr(SECRET),
        orders=StaticOrders(tuple(customer_orders(endpoint))),
    )
    with pytest.raises(PortalAuthError):
        channel.deliver(upload_of(sample, tmp_path / "inv.pdf"), Evidence(tmp_path / "e"))


def test_server_error_is_transient_and_a_retry_succeeds(
    sample: SampleInvoice, endpoint: CxmlEndpoint, url: str, tmp_path: Path
) -> None:
    """
    GIVEN the endpoint answering the next post with a cXML 500
    WHEN the channel delivers, then delivers again
    THEN the first is PortalUnavailable (transient), the second is accepted
    """
    endpoint.fail_next(1)
    channel = channel_for(url, endpoint)
    invoice = upload_of(sample, tmp_path / "inv.pdf")
    with pytest.raises(PortalUnavailable) as caught:
        channel.deliver(invoice, Evidence(tmp_path / "e"))
    assert caught.value.transient and "500" in str(caught.value)
    assert channel.deliver(invoice, Evidence(tmp_path / "e")).portal_reference
    assert endpoint.requests_seen == 2


def test_nothing_listening_is_transient(
    sample: SampleInvoice, endpoint: CxmlEndpoint, tmp_path: Path
) -> None:
    """
    GIVEN a URL on a loopback port where nothing listens
    WHEN the channel delivers
    THEN PortalUnavailable (transient): nothing can have been sent
    """
    channel = channel_for(f"http://127.0.0.1:{free_port()}/", endpoint)
    with pytest.raises(PortalUnavailable) as caught:
        channel.deliver(upload_of(sample, tmp_path / "inv.pdf"), Evidence(tmp_path / "e"))
    assert caught.value.transient


def test_no_answer_after_sending_is_an_unknown_outcome(
    sample: SampleInvoice, endpoint: CxmlEndpoint, url: str, tmp_path: Path
) -> None:
    """
    GIVEN an endpoint that processes the post but answers after the client's timeout
    WHEN the channel delivers
    THEN OutcomeUnknownError (the ledger must look it up before sending again), and indeed
         the portal holds the invoice
    """
    endpoint.delay_next(1.5)
    channel = channel_for(url, endpoint, timeout_seconds=0.5)
    with pytest.raises(OutcomeUnknownError) as caught:
        channel.deliver(upload_of(sample, tmp_path / "inv.pdf"), Evidence(tmp_path / "e"))
    assert caught.value.outcome_unknown
    assert [i.invoice_number for i in endpoint.portal.invoices] == ["INV-77001"]


def _post_built(channel: CxmlChannel, invoice: CxmlInvoice) -> None:
    channel.post(build_invoice_request(invoice, channel.parties))


def test_replica_refuses_lines_and_units_that_are_not_the_pos(
    sample: SampleInvoice, endpoint: CxmlEndpoint, url: str
) -> None:
    """
    GIVEN DTD-valid documents citing the sample's PO with a wrong unit, an unknown line,
          too much quantity, or an unknown order payloadID
    WHEN each is posted
    THEN each is a PortalValidationError carrying the portal's reason
    """
    channel = channel_for(url, endpoint)
    order = order_of(sample)
    ref = OrderRef(order.payload_id, order.order_id)
    first = order.lines[0]

    def invoice(number: str, line: CxmlLine, reference: OrderRef = ref) -> CxmlInvoice:
        return CxmlInvoice(
            number, sample.invoice_date, "AUD", reference, (line,), CxmlTax(Decimal("0.00"))
        )

    cases = {
        "unit of measure EA is not the PO's LOT": invoice(
            "X-1", CxmlLine(1, Decimal(1), first.unit_price, "EA", "x")
        ),
        "line 9 is not a line of PO": invoice(
            "X-2", CxmlLine(9, Decimal(1), Decimal(1), "EA", "x")
        ),
        "is more than the 1 ordered": invoice(
            "X-3", CxmlLine(1, Decimal(5), first.unit_price, "LOT", "x")
        ),
        "does not match a purchase order": invoice(
            "X-4",
            CxmlLine(1, Decimal(1), first.unit_price, "LOT", "x"),
            OrderRef("made-up@nowhere"),
        ),
    }
    for reason, bad in cases.items():
        with pytest.raises(PortalValidationError, match=reason):
            _post_built(channel, bad)
    assert endpoint.portal.invoices == []


def test_replica_refuses_a_cid_attachment_missing_from_the_post(
    sample: SampleInvoice, endpoint: CxmlEndpoint, url: str, tmp_path: Path
) -> None:
    """
    GIVEN a document citing cid:<pdf> under Comments/Attachment, posted without that part
    WHEN it is posted
    THEN the portal refuses it (400) naming the attachment
    """
    channel = channel_for(url, endpoint)
    document = channel.build(upload_of(sample, tmp_path / "inv.pdf"))
    with pytest.raises(PortalValidationError, match=r"attachment cid:\S+ is not in the request"):
        channel.post(replace(document, attachment=None))


def test_unknown_po_or_total_mismatch_is_refused_before_sending(
    sample: SampleInvoice, endpoint: CxmlEndpoint, url: str, tmp_path: Path
) -> None:
    """
    GIVEN an invoice whose PO the supplier never received, one billing a line the PO
          lacks, and one whose lines and tax do not make its total
    WHEN the channel delivers each
    THEN InvalidInvoiceError / InvoiceMismatchError before any request
    """
    channel = channel_for(url, endpoint)
    pdf = tmp_path / "inv.pdf"
    with pytest.raises(InvalidInvoiceError, match="not among coupa's cXML orders"):
        channel.deliver(upload_of(sample, pdf, po_number="PO-UNKNOWN"), Evidence(tmp_path))
    with pytest.raises(InvalidInvoiceError, match="bills line 7"):
        channel.deliver(
            upload_of(sample, pdf, lines=(InvoiceLine(7, Decimal(1)),)), Evidence(tmp_path)
        )
    with pytest.raises(InvoiceMismatchError):
        channel.deliver(upload_of(sample, pdf, total=sample.amount + 1), Evidence(tmp_path))
    assert endpoint.requests_seen == 0


def test_response_documents_of_the_replica_follow_the_dtd() -> None:
    """
    GIVEN the replica's answers for 200, 400, 401, 409 and 500
    WHEN they are validated
    THEN each is a valid cXML Response and reads back with its code
    """
    from portal_uploaders.cxml.replica import Answer

    for code in (200, 400, 401, 409, 500):
        xml = response_xml(Answer(code, "why" if code != 200 else ""))
        assert dtd_problems(parse(xml), "1.2.037") == []
        reply = parse_response(xml)
        assert reply is not None and reply.code == code


# --- orders -------------------------------------------------------------------------------


def test_order_folder_finds_the_newest_version_and_skips_stray_files(
    sample: SampleInvoice, tmp_path: Path
) -> None:
    """
    GIVEN an orders folder with an OrderRequest, a later update of it, and a stray file
    WHEN an order is looked up by number
    THEN the update's payloadID is cited, and the stray file is skipped, not fatal
    """
    order = order_of(sample)
    later = replace(order, payload_id="v2@buyer", timestamp=datetime(2030, 1, 1, tzinfo=UTC))
    folder = tmp_path / "orders"
    write_orders(folder, [order], buyer=("NetworkID", "acme"), supplier=("DUNS", "1"))
    (folder / "zz-update.xml").write_bytes(
        order_request_xml(later, buyer=("NetworkID", "acme"), supplier=("DUNS", "1"))
    )
    (folder / "notes.xml").write_text("this is not XML")
    found = OrderFolder(folder).find(order.order_id)
    assert found is not None and found.payload_id == "v2@buyer"
    assert [li.uom for li in found.lines] == ["LOT", "BX", "EA"]
    assert OrderFolder(folder).find("PO-NOPE") is None
    assert OrderFolder(tmp_path / "missing").find(order.order_id) is None


# --- settings and the ladder --------------------------------------------------------------


def test_settings_refuse_plain_http_off_loopback_and_secrets_in_the_file() -> None:
    """
    GIVEN cXML settings with http to a remote host, or a secret where a NAME belongs
    WHEN rules are loaded
    THEN each is a validation error; https, and http to loopback, are accepted
    """
    with pytest.raises(ValidationError, match="must use https"):
        settings_for("http://acme.coupahost.com/cxml/invoices")
    with pytest.raises(ValidationError):
        CxmlSettings(
            url="https://acme.coupahost.com/cxml/invoices",
            from_identity=CxmlIdentity(domain="DUNS", identity="1"),
            to_identity=CxmlIdentity(domain="DUNS", identity="2"),
            shared_secret_env="my secret value",
        )
    assert settings_for("https://acme.coupahost.com/cxml/invoices").deployment_mode == "production"
    assert settings_for("http://127.0.0.1:9/").url == "http://127.0.0.1:9/"


def test_rung_is_enabled_for_cxml_accounts_and_reads_the_secret(tmp_path: Path) -> None:
    """
    GIVEN Coupa and Taulia accounts with cXML settings, and one without
    WHEN the rung is asked
    THEN it serves Coupa only when configured (Taulia takes no cXML); a missing secret
         is PortalCredentialsMissing naming the variable; orders_dir resolves under home
    """
    factory = CxmlChannelFactory(home=tmp_path)
    with_cxml = account_for(
        "coupa", "http://127.0.0.1:1/coupa", totp=False, cxml=settings_for("http://127.0.0.1:1/")
    )
    plain = account_for("coupa", "http://127.0.0.1:1/coupa", totp=False)
    assert factory.is_enabled("coupa", with_cxml)
    assert not factory.is_enabled("coupa", plain)
    assert not factory.is_enabled("taulia", with_cxml)
    with pytest.raises(PortalCredentialsMissing, match="INBOX_AGENT_COUPA_CXML_SECRET"):
        factory.create("coupa", with_cxml, ChannelContext(lookup=lambda name: None))
    channel = factory.create("coupa", with_cxml, ChannelContext(lookup=lambda name: SECRET))
    assert isinstance(channel.orders, OrderFolder)
    assert channel.orders.folder == tmp_path / "cxml-orders" / "coupa"
    channel.close()


@pytest.fixture
def engine(tmp_path: Path) -> Iterator[Engine]:
    """A migrated SQLite workspace database."""
    from inbox_agent.store.db import migrate

    url = f"sqlite:///{tmp_path / 'ledger.sqlite'}"
    migrate(url)
    made = make_engine(url)
    yield made
    made.dispose()


def test_upload_run_delivers_by_cxml_once_and_never_twice(
    sample: SampleInvoice,
    endpoint: CxmlEndpoint,
    portal: PortalState,
    url: str,
    engine: Engine,
    tmp_path: Path,
) -> None:
    """
    GIVEN a Coupa account with cXML settings, the customer's OrderRequest in orders_dir,
          the invoice due (open item, PDF, sidecar) and the ladder cXML above the browser
    WHEN the upload run runs twice
    THEN the first run submits it through the cxml channel (ledger: submitted, channel
         cxml, the response's payloadID) and the second submits nothing
    """
    home = tmp_path / "home"
    account = account_for("coupa", "http://127.0.0.1:1/coupa", totp=False, cxml=settings_for(url))
    rules = rules_for({"coupa": account})
    seed(engine, rules, home, [sample])
    write_orders(
        home / "cxml-orders" / "coupa",
        customer_orders(endpoint),
        buyer=(BUYER.domain, BUYER.identity),
        supplier=(SUPPLIER.domain, SUPPLIER.identity),
    )
    secrets = {
        "INBOX_AGENT_COUPA_CXML_SECRET": SECRET,
        "INBOX_AGENT_COUPA_USERNAME": "u",
        "INBOX_AGENT_COUPA_PASSWORD": "p",
    }
    ladder: list[ChannelFactory] = [CxmlChannelFactory(home=home), BrowserChannelFactory()]

    def run() -> list[str]:
        upload = UploadRun(
            engine=engine,
            rules=rules,
            home=home,
            ladder=ladder,
            context=ChannelContext(lookup=secrets.get),
            retry=RetryPolicy(attempts=1),
        )
        return [o.status for o in upload.run()]

    assert run() == ["submitted"]
    assert run() == []  # nothing due: the ledger says submitted
    entry = UploadLedger(engine).entry(portal="coupa", invoice_number="INV-77001")
    assert entry is not None
    assert (entry.status, entry.channel) == ("submitted", "cxml")
    assert entry.portal_reference == endpoint.answers[0].payload_id
    assert endpoint.requests_seen == 1 and len(portal.invoices) == 1


def test_dtd_files_ship_with_their_license() -> None:
    """
    GIVEN the package
    WHEN its dtd folder is listed
    THEN both DTDs and the license they came with are there (nothing is fetched at run
         time), byte-identical to the shared copies
    """
    from portal_uploaders.cxml.validate import DTD_DIR

    for name in (
        "1.2.020-InvoiceDetail.dtd",
        "1.2.037-InvoiceDetail.dtd",
        "LICENSE.officeluv-cxml",
    ):
        assert (DTD_DIR / name).read_bytes() == (SAMPLES / name).read_bytes()


def test_register_puts_the_cxml_rung_above_the_browser_once(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """
    GIVEN the ladder as shipped (browser only)
    WHEN the cXML rung is registered, twice
    THEN it is first, once, and the ladder of a cXML account lists cxml then browser while
         an account without cXML keeps the browser alone
    """
    from portal_uploaders import channels
    from portal_uploaders.cxml import register

    monkeypatch.setattr(channels, "LADDER", list(channels.LADDER))
    register(home=tmp_path)
    register(home=tmp_path)
    assert [f.name for f in channels.LADDER] == ["cxml", "browser"]
    with_cxml = account_for(
        "coupa", "http://127.0.0.1:1/coupa", totp=False, cxml=settings_for("http://127.0.0.1:1/")
    )
    plain = account_for("coupa", "http://127.0.0.1:1/coupa", totp=False)
    assert [f.name for f in channels.ladder_for("coupa", with_cxml)] == ["cxml", "browser"]
    assert [f.name for f in channels.ladder_for("coupa", plain)] == ["browser"]
