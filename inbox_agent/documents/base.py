"""The contract every document reader owes the registry.

A reader turns the bytes of one document (a PDF, a spreadsheet, an HTML or text body)
into zero or more :class:`~matchers.types.Remittance` values. The registry picks the
first available reader whose :meth:`DocumentReader.handles` accepts the file, so readers
never look at files that are not theirs.

An implementation owes:

* ``name`` -- a short stable identifier, the key in ``registry.READERS``.
* ``is_available()`` -- ``False`` when an optional dependency is missing; the registry
  then skips the reader instead of failing at import time.
* ``handles(filename, content_type)`` -- a cheap decision from the name or MIME type only;
  never open the data here.
* ``read(data, source)`` -- parse, and return remittances whose ``source`` is ``source``.
  It must not return an empty list: when nothing is found it raises
  ``DocumentError("no_remittance", ...)``. Every library failure is translated into a
  :class:`~inbox_agent.documents.errors.DocumentError` (``encrypted``, ``corrupt``,
  ``unsupported``, ``too_large``) with a message a clerk can act on.

Readers are adapters only: the layout-agnostic work (finding the header row, parsing
amounts and dates, header fields, total checks) lives in :mod:`.lines`, :mod:`.header`
and :mod:`.assemble`, so a new format is a small file that produces text and grids.
"""

from __future__ import annotations

from typing import Protocol, runtime_checkable

from matchers.types import Remittance


@runtime_checkable
class DocumentReader(Protocol):
    """One document format's adapter from bytes to remittances."""

    name: str

    def is_available(self) -> bool:
        """Say whether this reader's dependencies are importable here."""
        ...

    def handles(self, filename: str, content_type: str | None) -> bool:
        """Say whether this reader is meant for a file of this name or MIME type."""
        ...

    def read(self, data: bytes, source: str) -> list[Remittance]:
        """Return the remittances in ``data``; raise DocumentError when there are none."""
        ...
