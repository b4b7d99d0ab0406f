"""PDFs read with pdfplumber (words for the text, ruled tables as grids), scans by OCR.

A page without a text layer (a scan, a photo pasted into a PDF) is rendered and read by
tesseract (:mod:`.ocr`), page by page, so a text advice with one scanned attachment page
reads both. The result then says ``method: "ocr"`` and carries a warning, since digits a
machine guessed deserve a reviewer's look. Without tesseract such pages cannot be read,
and the error says so instead of pretending the document holds no remittance.
"""

from __future__ import annotations

import io
import logging
from dataclasses import dataclass, replace
from pathlib import PurePath
from typing import Any

from inbox_agent.documents import ocr
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
    "the PDF has no text layer and OCR found no text on it (a blank or unreadable scan); "
    "key this one in by hand"
)
WORD_GAP_RATIO = 0.2
"""A gap wider than this share of the font size separates two words.

pdfplumber's default is a fixed 3 points, wider than a space in a small font: an 8 to
10 point table cell ends up glued to its neighbour ("F2026-0149707/01/2026" for a
reference beside its date). Letters of one word sit closer than a fifth of the size even
when a PDF writer kerns or spaces them."""

_SCAN_TEXT_CHARS = 20
"""A page with fewer characters than this and an image on it is a scan with a stamp."""


@dataclass(frozen=True, slots=True)
class PageContent:
    """One page's text and tables, and whether they had to come from OCR."""

    text: str
    grids: list[Grid]
    needs_ocr: bool = False
    scan_dpi: float | None = None


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
        pages = _text_and_grids(data)
        scanned = [index for index, page in enumerate(pages) if page.needs_ocr]
        warnings: list[str] = []
        if scanned and ocr.is_available():
            pages = _with_ocr(data, pages, scanned)
        elif scanned:
            if len(scanned) == len(pages):
                raise DocumentError("no_remittance", ocr.NOT_INSTALLED)
            warnings.append(f"{len(scanned)} scanned page(s) not read: {ocr.NOT_INSTALLED}")
        text = "\n".join(page.text for page in pages)
        if not text.strip():
            raise DocumentError("no_remittance", _NO_TEXT)
        grids = [grid for page in pages for grid in page.grids]
        remittance = build_remittance(source, text=text, grids=grids)
        if scanned and ocr.is_available():
            remittance = ocr.mark_as_ocr(remittance)
        if warnings:
            remittance = replace(remittance, warnings=(*remittance.warnings, *warnings))
        return [remittance]


def _with_ocr(data: bytes, pages: list[PageContent], scanned: list[int]) -> list[PageContent]:
    """Replace the pages without text by what OCR reads on them, keeping page order."""
    try:
        wanted = [(index, pages[index].scan_dpi) for index in scanned]
        read = ocr.ocr_pages(ocr.render_pdf_pages(data, wanted), count=len(scanned))
    except DocumentError:
        raise
    except Exception as exc:  # pdfium rejects some files pdfminer accepted
        log.warning("rendering a scanned PDF page failed", exc_info=True)
        raise DocumentError("corrupt", _CORRUPT) from exc
    merged = list(pages)
    for index, page in zip(scanned, read, strict=True):
        merged[index] = PageContent("\n".join(page.layout.lines), list(page.layout.grids))
    return merged


def _text_and_grids(data: bytes) -> list[PageContent]:
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


def _read_pages(pages: Any) -> list[PageContent]:
    read: list[PageContent] = []
    for page in pages:
        text = page.extract_text(x_tolerance_ratio=WORD_GAP_RATIO) or ""
        if _is_scan(page, text):
            read.append(PageContent(text, [], needs_ocr=True, scan_dpi=_scan_dpi(page)))
            continue
        grids: list[Grid] = [
            [[clean_cell(cell) for cell in row] for row in unstack_rows(table)]
            for table in page.extract_tables()
        ]
        read.append(PageContent(text, grids))
    return read


def unstack_rows(table: list[list[str | None]]) -> list[list[str | None]]:
    """Rows pdfplumber stacked into one: every filled cell holds the same number of lines.

    A table ruled only around its edge (no line between rows) comes out as one row whose
    cells hold a column each (the dates one under another in one cell). Split
    back, line by line, it is the table that was printed. A row where only some cells
    wrap (a long description) is left alone.
    """
    out: list[list[str | None]] = []
    for row in table:
        parts = [(cell or "").split("\n") for cell in row]
        counts = {len(p) for p, cell in zip(parts, row, strict=True) if cell}
        filled = sum(1 for cell in row if cell)
        split = []
        if len(counts) == 1 and (height := counts.pop()) >= 2 and filled >= 2:
            split = [
                [p[index] if cell else None for p, cell in zip(parts, row, strict=True)]
                for index in range(height)
            ]
        if split and all(any(ch.isdigit() for c in new if c for ch in c) for new in split):
            out.extend(split)
        else:
            out.append(row)  # a heading over two lines ("Voucher" / "No.") stays one row
    return out


def _is_scan(page: Any, text: str) -> bool:
    """No text at all, or a few stamped characters over a page-sized picture."""
    visible = len("".join(text.split()))
    return visible == 0 or (visible < _SCAN_TEXT_CHARS and bool(page.images))


def _scan_dpi(page: Any) -> float | None:
    """The resolution of the largest picture on the page: the scan's own dpi."""
    best: tuple[float, float] | None = None
    for image in page.images:
        try:
            pixels_wide = float(image["srcsize"][0])
            points_wide = float(image["x1"]) - float(image["x0"])
        except (KeyError, TypeError, ValueError, IndexError):
            continue
        if points_wide <= 0 or pixels_wide <= 0:
            continue
        candidate = (points_wide, pixels_wide * 72 / points_wide)
        if best is None or candidate > best:
            best = candidate
    return best[1] if best else None


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
