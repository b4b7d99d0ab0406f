"""Which reader reads which file, and the one entry point that never raises on bad input.

The registry is an explicit dict (invoice2data's ``INPUT_MODULES``): the whole set of
formats is readable in one place, and a reader whose dependency is missing is skipped
with a log line instead of breaking the import of everything else.

:func:`extract_file` is what the CLI and the mail pipeline call. Bad input -- encrypted,
damaged, unsupported, oversized or simply not a remittance -- comes back as the
contract's ``ok: false`` object, so one odd attachment never stops a batch. The payer
templates of rules.yaml are offered to every document read in the call, and with
``explain`` each readable remittance carries an ``"explain"`` object (:mod:`.explain`).
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from pathlib import Path, PurePath
from typing import Any

from inbox_agent.config.rules import ExtractionTemplate
from inbox_agent.contract_json import error_to_json, remittance_to_json
from inbox_agent.documents import explain as explanations
from inbox_agent.documents import trace
from inbox_agent.documents.base import DocumentReader
from inbox_agent.documents.email_parts import Part, message_parts
from inbox_agent.documents.errors import DocumentError
from inbox_agent.documents.html import HtmlReader
from inbox_agent.documents.image import ImageReader
from inbox_agent.documents.pdf_text import PdfTextReader
from inbox_agent.documents.spreadsheet import SpreadsheetReader
from inbox_agent.documents.templates import offering
from inbox_agent.documents.text import PlainTextReader
from matchers.types import Remittance

log = logging.getLogger(__name__)

MAX_BYTES = 50 * 1024 * 1024
"""Larger files are refused unread: no real advice is that big, and parsing would stall."""

READERS: dict[str, DocumentReader] = {
    "pdf_text": PdfTextReader(),
    "spreadsheet": SpreadsheetReader(),
    "html": HtmlReader(),
    "text": PlainTextReader(),
    "image": ImageReader(),
}
EMAIL_SUFFIXES = frozenset({".eml"})
NOT_IN_MESSAGE = "no part of this message holds a remittance advice"


def reader_for(filename: str, content_type: str | None = None) -> DocumentReader | None:
    """Return the first available reader that handles this name or MIME type."""
    for reader in READERS.values():
        try:
            if reader.is_available() and reader.handles(filename, content_type):
                return reader
        except Exception:  # a broken reader must not hide the others
            log.warning("document reader %s failed its checks; skipped", reader.name, exc_info=True)
    return None


def read_document(
    data: bytes, source: str, *, filename: str, content_type: str | None = None
) -> list[Remittance]:
    """Read one document (not a message) or raise DocumentError with a contract code."""
    if len(data) > MAX_BYTES:
        raise DocumentError("too_large", _too_large(len(data)))
    reader = reader_for(filename, content_type)
    if reader is None:
        suffix = PurePath(filename).suffix or content_type or "this kind of file"
        raise DocumentError(
            "unsupported",
            f"{suffix} files are not read; remittances are read from PDF, EML, HTML, TXT, "
            "CSV, XLSX and scanned images (PNG, JPEG, TIFF)",
        )
    trace.set_reader(reader.name)
    try:
        remittances = reader.read(data, source)
    except DocumentError:
        raise
    except Exception as exc:  # a reader bug on odd input is still "could not read this"
        log.warning("%s: reader %s failed", source, reader.name, exc_info=True)
        raise DocumentError(
            "corrupt", f"the file could not be read ({type(exc).__name__}); check it by hand"
        ) from exc
    if not remittances:
        raise DocumentError("no_remittance", "no remittance advice was found in this document")
    return remittances


def extract_bytes(
    data: bytes,
    source: str,
    *,
    filename: str | None = None,
    content_type: str | None = None,
    templates: Sequence[ExtractionTemplate] = (),
    explain: bool = False,
) -> list[dict[str, Any]]:
    """Extract from bytes already in memory (a mail attachment); contract objects out.

    Args:
        data: The file's bytes.
        source: Copied into every object's ``source``.
        filename: The name that decides the reader; default the last part of ``source``.
        content_type: The MIME type, for mail parts whose name says nothing.
        templates: Payer templates (rules.yaml ``extraction.templates``) the document may
            match; none by default, so every payer is read the generic way.
        explain: Add an ``"explain"`` object to each readable remittance.
    """
    with offering(templates), trace.recording(enabled=explain) as recorder:
        objects = _extract_bytes(data, source, filename=filename, content_type=content_type)
    return explanations.attach(objects, recorder) if explain else objects


def _extract_bytes(
    data: bytes, source: str, *, filename: str | None, content_type: str | None
) -> list[dict[str, Any]]:
    name = filename or PurePath(source).name
    try:
        if PurePath(name).suffix.lower() in EMAIL_SUFFIXES or content_type == "message/rfc822":
            if len(data) > MAX_BYTES:
                raise DocumentError("too_large", _too_large(len(data)))
            return _extract_message(data, source)
        remittances = read_document(data, source, filename=name, content_type=content_type)
    except DocumentError as exc:
        return [error_to_json(source, exc.code, exc.message)]
    return [remittance_to_json(remittance) for remittance in remittances]


def extract_file(
    path: Path, *, templates: Sequence[ExtractionTemplate] = (), explain: bool = False
) -> list[dict[str, Any]]:
    """Extract every remittance in one file as the contract's ``extract`` objects.

    One object per remittance; for an ``.eml``, one per part that holds one, with
    ``source`` = ``FILE#PARTNAME``. Unreadable input gives one ``ok: false`` object.
    ``templates`` and ``explain`` are as for :func:`extract_bytes`.

    Raises:
        OSError: The file itself cannot be opened (missing, permissions). That is the
            caller's environment, not bad input, so it is not dressed up as a contract code.
    """
    source = str(path)
    size = path.stat().st_size
    if size > MAX_BYTES:
        return [error_to_json(source, "too_large", _too_large(size))]
    return extract_bytes(
        path.read_bytes(), source, filename=path.name, templates=templates, explain=explain
    )


def _extract_message(data: bytes, source: str) -> list[dict[str, Any]]:
    results: list[dict[str, Any]] = []
    for group in message_parts(data):
        results.extend(_extract_alternatives(group, source))
    return results or [error_to_json(source, "no_remittance", NOT_IN_MESSAGE)]


def _extract_alternatives(group: list[Part], source: str) -> list[dict[str, Any]]:
    """Read the first alternative that holds a remittance.

    Errors are reported only for attached files that could not be opened (an encrypted
    PDF is news for the clerk); body text that is just a greeting is not.
    """
    errors: list[dict[str, Any]] = []
    for part in group:
        part_source = f"{source}#{part.name}"
        if reader_for(part.name, part.content_type) is None:
            continue
        try:
            remittances = read_document(
                part.data, part_source, filename=part.name, content_type=part.content_type
            )
        except DocumentError as exc:
            if part.attached and exc.code != "no_remittance":
                errors.append(error_to_json(part_source, exc.code, exc.message))
            continue
        return [remittance_to_json(remittance) for remittance in remittances]
    return errors


def _too_large(size: int) -> str:
    return (
        f"the file is {size / 1024 / 1024:.1f} MB; files over {MAX_BYTES // 1024 // 1024} MB "
        "are not read"
    )
