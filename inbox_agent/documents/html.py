"""HTML advices (mail bodies, saved portal pages): tables as grids, the rest as text.

The standard library's parser is enough: remittance mails use plain ``<table>`` markup,
and it never fails on the broken HTML that mail clients produce.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import PurePath

from inbox_agent.documents.assemble import build_remittance
from inbox_agent.documents.lines import Grid, clean_cell
from inbox_agent.documents.text import decode_text
from matchers.types import Remittance

_BLOCKS = frozenset(
    {"p", "div", "br", "tr", "li", "h1", "h2", "h3", "h4", "h5", "h6", "table", "section"}
)
_SKIP = frozenset({"script", "style", "head", "title"})
_SIDE_BY_SIDE = frozenset({"span", "label", "dt", "dd", "strong", "b"})
"""Inline elements a page lays out side by side ("<span>Payer</span><span>Acme</span>")."""
_COLUMN_GAP = "   "
"""The wide gap that tells label from value, as between the columns of a PDF."""


class HtmlReader:
    """Reads ``.html`` files and ``text/html`` mail parts."""

    name = "html"

    def is_available(self) -> bool:
        """Say whether the reader can run; it needs nothing beyond the standard library."""
        return True

    def handles(self, filename: str, content_type: str | None) -> bool:
        """Accept ``.html`` / ``.htm`` files and ``text/html`` parts."""
        suffix = PurePath(filename).suffix.lower()
        return suffix in {".html", ".htm"} or content_type == "text/html"

    def read(self, data: bytes, source: str) -> list[Remittance]:
        """Read one HTML document; raises ``no_remittance`` when it holds no lines."""
        text, grids = html_text_and_grids(decode_text(data))
        return [build_remittance(source, text=text, grids=grids)]


def html_text_and_grids(markup: str) -> tuple[str, list[Grid]]:
    """Return the visible text (a line per block, cells tab-separated) and every table."""
    parser = _TableParser()
    parser.feed(markup)
    parser.close()
    text = re.sub(r"[ \t]*\n[ \t\n]*", "\n", "".join(parser.text)).strip()
    return text, [table for table in parser.tables if table]


class _TableParser(HTMLParser):
    """Collects text and table cells; nested tables become tables of their own."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.text: list[str] = []
        self.tables: list[list[list[str]]] = []
        self._open: list[list[list[str]]] = []  # stack of tables being read
        self._cell: list[str] | None = None
        self._skipping = 0
        self._closed_inline = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SIDE_BY_SIDE and self._closed_inline and self._cell is None:
            # Two elements printed against each other with no space between: a browser
            # shows them apart (a grid, a definition list), so the text keeps them apart.
            self.text.append(_COLUMN_GAP)
        self._closed_inline = False
        if tag in _SKIP:
            self._skipping += 1
        elif tag == "table":
            self._open.append([])
        elif tag == "tr" and self._open:
            self._open[-1].append([])
        elif tag in {"td", "th"} and self._open:
            self._cell = []
        if tag in _BLOCKS:
            self.text.append("\n")

    def handle_endtag(self, tag: str) -> None:
        self._closed_inline = tag in _SIDE_BY_SIDE
        if tag in _SKIP:
            self._skipping = max(0, self._skipping - 1)
        elif tag in {"td", "th"}:
            self._close_cell()
        elif tag == "table" and self._open:
            self._close_cell()
            self.tables.append([row for row in self._open.pop() if any(row)])
        if tag in _BLOCKS:
            self.text.append("\n")

    def handle_data(self, data: str) -> None:
        if self._skipping:
            return
        if data.strip():
            self._closed_inline = False
        self.text.append(data)
        if self._cell is not None:
            self._cell.append(data)

    def _close_cell(self) -> None:
        if self._cell is None or not self._open:
            return
        if not self._open[-1]:
            self._open[-1].append([])
        self._open[-1][-1].append(clean_cell("".join(self._cell)))
        self.text.append("\t")
        self._cell = None
