"""Reading remittance advices from documents: PDF, mail, HTML, text, CSV and Excel.

Readers (one per format, see :mod:`.base`) turn bytes into text and grids; the shared
core (:mod:`.lines`, :mod:`.header`, :mod:`.assemble`) turns those into
:class:`~matchers.types.Remittance` values. :func:`extract_file` is the entry point.
"""

from inbox_agent.documents.base import DocumentReader
from inbox_agent.documents.errors import DocumentError
from inbox_agent.documents.registry import READERS, extract_bytes, extract_file, reader_for

__all__ = [
    "READERS",
    "DocumentError",
    "DocumentReader",
    "extract_bytes",
    "extract_file",
    "reader_for",
]
