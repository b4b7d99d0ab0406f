"""PDFs with a text layer, read with pdfplumber: words for the text, ruled tables as grids.

Scanned PDFs (images only) have no text layer; they are reported as ``no_remittance``
with a message saying so, since OCR of scans comes in a later version.
"""

from __future__ import annotations

import io
import logging
from pathlib import PurePath
from typing import Any

from inbox_agent.documents.assemble import build_remittance
from inbox_agent.documents.errors import DocumentError
from inbox_agent.documents.lines import Grid, clean_cell
from matchers.types import Remittance

log = logging.getLogger(__name__)

MAX_PAGES = 200
"""Remittance advices run to a few pages; anything longer is not one and costs minutes."""

_ENCRYPTED = "the PDF is password-protected; ask the sender for an unprotected copy"
_CORRUPT = "the PDF is damaged or not a PDF; ask the sender to send it again"
_NO_TEXT = (
    "the PDF has no text layer (a scan or a picture); OCR of scanned advices comes in a "
    "later version, so key this one in by hand"
)


class PdfTextReader:
    """Reads PDFs that carry text, as produced by every ERP's print-to-PDF."""

    name = "pdf_text"

    def is_available(self) -> bool:
        """Say whether pdfplumber can be imported (it is a core dependency)."""
        try:
            import pdfplumber  # noqa: F401
        except ImportError:
            return False
        return True

    def handles(self, filename: str, content_type: str | None) -> bool:
        """Accept ``.pdf`` files and ``application/pdf`` parts."""
        return PurePath(filename).suffix.lower() == ".pdf" or content_type == "application/pdf"

    def read(self, data: bytes, source: str) -> list[Remittance]:
        """Read one PDF; encrypted, damaged and image-only PDFs raise DocumentError."""
        if b"%PDF" not in data[:1024]:
            raise DocumentError("corrupt", _CORRUPT)
        text, grids = _text_and_grids(data)
        if not text.strip():
            raise DocumentError("no_remittance", _NO_TEXT)
        return [build_remittance(source, text=text, grids=grids)]


def _text_and_grids(data: bytes) -> tuple[str, list[Grid]]:
    """Open the PDF and pull text and tables, translating every pdfminer failure."""
    import pdfplumber

    try:
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            if len(pdf.pages) > MAX_PAGES:
                raise DocumentError(
                    "too_large", f"the PDF has {len(pdf.pages)} pages; at most {MAX_PAGES} are read"
                )
            return _read_pages(pdf.pages)
    except DocumentError:
        raise
    except Exception as exc:  # pdfminer raises many unrelated types for bad input
        raise _translate(exc, data) from exc


def _read_pages(pages: Any) -> tuple[str, list[Grid]]:
    texts: list[str] = []
    grids: list[Grid] = []
    for page in pages:
        texts.append(page.extract_text() or "")
        for table in page.extract_tables():
            grids.append([[clean_cell(cell) for cell in row] for row in table])
    return "\n".join(texts), grids


def _translate(exc: BaseException, data: bytes) -> DocumentError:
    """Map a pdfminer failure to the contract's code; a password is never a "corrupt" file."""
    chain: list[BaseException] = []
    current: BaseException | None = exc
    while current is not None and len(chain) < 10:
        chain.append(current)
        current = current.__cause__ or current.__context__
    chain.extend(arg for arg in exc.args if isinstance(arg, BaseException))
    names = {type(item).__name__ for item in chain}
    if names & {"PDFPasswordIncorrect", "PDFEncryptionError", "PDFEncryptionWarning"}:
        return DocumentError("encrypted", _ENCRYPTED)
    if b"/Encrypt" in data:
        return DocumentError("encrypted", _ENCRYPTED)
    log.debug("PDF could not be parsed: %r", exc)
    return DocumentError("corrupt", _CORRUPT)
