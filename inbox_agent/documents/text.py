"""Plain-text advices (mail bodies, ``.txt`` exports), read through the line fallback.

Many ERPs mail the advice as fixed-width text; some paste tab- or pipe-separated rows.
Delimited rows are offered as a grid first, so their headings are mapped by meaning.
"""

from __future__ import annotations

from pathlib import PurePath

from inbox_agent.documents.assemble import build_remittance
from inbox_agent.documents.lines import Grid, clean_cell
from matchers.types import Remittance

_DELIMITERS = ("\t", "|", ";")


class PlainTextReader:
    """Reads ``.txt`` files and ``text/plain`` mail parts."""

    name = "text"

    def is_available(self) -> bool:
        """Say whether the reader can run; it needs nothing beyond the standard library."""
        return True

    def handles(self, filename: str, content_type: str | None) -> bool:
        """Accept ``.txt`` files and ``text/plain`` parts."""
        return PurePath(filename).suffix.lower() == ".txt" or content_type == "text/plain"

    def read(self, data: bytes, source: str) -> list[Remittance]:
        """Read one text document; raises ``no_remittance`` when it holds no lines."""
        text = decode_text(data)
        return [build_remittance(source, text=text, grids=delimited_grids(text))]


def decode_text(data: bytes) -> str:
    """Decode bytes of unknown charset: UTF-8 first, else Windows-1252, which never fails."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def delimited_grids(text: str) -> list[Grid]:
    """Cut tab-, pipe- or semicolon-separated lines into a grid; none if there are none."""
    lines = [line for line in text.splitlines() if line.strip()]
    for delimiter in _DELIMITERS:
        rows = [line.strip().strip("|") for line in lines if line.count(delimiter) >= 2]
        if len(rows) >= 2:
            return [[[clean_cell(cell) for cell in row.split(delimiter)] for row in rows]]
    return []
