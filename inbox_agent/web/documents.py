"""The remittance itself, beside its proposal: PDF pages as images, mail rendered inert.

Original bytes come from the blob store. PDF pages are rasterised on the server with
pdfium (already there for pdfplumber) so the browser never runs a PDF viewer on customer
content. HTML mail is sanitised with nh3 (Rust's ammonia): no script, no event handler, no
remote image, no style that could fetch; then shown in a sandboxed frame under a CSP that
forbids every load, so even a sanitiser bug could not phone home.
"""

from __future__ import annotations

import io
from dataclasses import dataclass

import nh3
import pypdfium2
from sqlmodel import Session, col, select

from inbox_agent.mail.parse import ParsedMessage, parse_message
from inbox_agent.store.blobs import BlobStore
from inbox_agent.store.models import Attachment, Message, Remittance

SAFE_TAGS = {
    "a",
    "b",
    "blockquote",
    "br",
    "caption",
    "code",
    "div",
    "em",
    "h1",
    "h2",
    "h3",
    "h4",
    "hr",
    "i",
    "li",
    "ol",
    "p",
    "pre",
    "span",
    "strong",
    "table",
    "tbody",
    "td",
    "tfoot",
    "th",
    "thead",
    "tr",
    "u",
    "ul",
}
SAFE_ATTRIBUTES = {"td": {"colspan", "rowspan"}, "th": {"colspan", "rowspan"}, "a": {"title"}}
FRAME_CSP = "default-src 'none'; style-src 'unsafe-inline'; sandbox"


def sanitise_html(html: str) -> str:
    """Keep the text and table structure of an HTML mail, nothing that runs or loads."""
    return nh3.clean(
        html,
        tags=SAFE_TAGS,
        attributes=SAFE_ATTRIBUTES,
        url_schemes=set(),
        link_rel=None,
        strip_comments=True,
    )


@dataclass(frozen=True, slots=True)
class SourceDocument:
    """The bytes a remittance was read from, and how to show them."""

    filename: str
    content_type: str
    data: bytes

    @property
    def is_pdf(self) -> bool:
        """Whether the pages can be rendered as images."""
        return self.data.startswith(b"%PDF") or self.filename.lower().endswith(".pdf")


def message_of(session: Session, remittance: Remittance) -> Message | None:
    """The message a remittance came from, if it came from mail."""
    if remittance.message_id is None:
        return None
    return session.get(Message, remittance.message_id)


def parsed_message(blobs: BlobStore, message: Message) -> ParsedMessage:
    """The stored original, parsed again (parsing never raises)."""
    return parse_message(blobs.get(message.sha256))


def source_document(
    session: Session, blobs: BlobStore, remittance: Remittance
) -> SourceDocument | None:
    """Find the attachment (or body part) a remittance's ``source`` names."""
    message = message_of(session, remittance)
    if message is None or message.id is None:
        return None
    _, _, part = remittance.source.partition("#")
    attachments = session.exec(
        select(Attachment)
        .where(Attachment.message_id == message.id)
        .order_by(col(Attachment.position))
    ).all()
    for attachment in attachments:
        if attachment.filename == part:
            return SourceDocument(
                attachment.filename, attachment.content_type, blobs.get(attachment.sha256)
            )
    body = parsed_message(blobs, message).body_text
    return SourceDocument(part or "message body", "text/plain", body.encode())


def pdf_page_count(data: bytes) -> int:
    """Pages in a PDF (0 when it cannot be opened)."""
    try:
        document = pypdfium2.PdfDocument(data)
    except pypdfium2.PdfiumError:
        return 0
    try:
        return len(document)
    finally:
        document.close()


def render_pdf_page(data: bytes, index: int, *, scale: float = 1.6) -> bytes:
    """One page as PNG bytes; IndexError for a page that does not exist."""
    document = pypdfium2.PdfDocument(data)
    try:
        if not 0 <= index < len(document):
            raise IndexError(f"page {index + 1} does not exist")
        page = document[index]
        image = page.render(scale=scale).to_pil()
        buffer = io.BytesIO()
        image.save(buffer, format="PNG", optimize=True)
        return buffer.getvalue()
    finally:
        document.close()
