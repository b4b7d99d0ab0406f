"""Where each header field was read, noted by the header readers as they decide it.

``extract --explain`` shows, for the payer, payment date, reference, currency and total,
the line it came from and how (which label, or which fallback). Finding that again
afterwards would mean re-deciding what the readers decided, and drifting from them; so
the readers (:mod:`.header`, :mod:`.header_payer`, :mod:`.header_columns`) hand their
winning source to the hooks here at the moment they choose it.

The hooks live in this leaf module, not in :mod:`.trace`, because :mod:`.trace` imports
the table readers, which import :mod:`.header`: the header cannot import it back.
:mod:`.trace` plugs a sink in while it records (:func:`listening`); with none plugged
in every hook returns at once, so reading without ``--explain`` costs nothing.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import TypeVar

T = TypeVar("T")

FIELDS = ("payer", "payment_date", "payment_reference", "currency", "total")
"""The header fields, in the order ``--explain`` shows them."""

Found = tuple[T, int, str]
"""A field's value as a reader chose it: (value, 0-based line index, how it was found)."""


@dataclass(frozen=True, slots=True)
class FieldNote:
    """One header field as read: its value, the 1-based line it came from, and how."""

    field: str
    value: str | None
    line: int | None = None
    text: str | None = None
    how: str = "not found"


Sink = Callable[[FieldNote], None]
_SINK: ContextVar[Sink | None] = ContextVar("header_field_sink", default=None)


@contextmanager
def listening(sink: Sink | None) -> Iterator[None]:
    """Send every field noted in this block to ``sink`` (``None``: note nothing)."""
    token = _SINK.set(sink)
    try:
        yield
    finally:
        _SINK.reset(token)


def noted(field: str, found: Found[str | date | Decimal] | None, lines: Sequence[str]) -> None:
    """Note the value a reader chose for ``field``, read from ``lines[index]``."""
    sink = _SINK.get()
    if sink is None or found is None:
        return
    value, index, how = found
    sink(FieldNote(field, shown(value), index + 1, lines[index].strip(), how))


def noted_at(field: str, value: str, text: str, position: int, how: str) -> None:
    """Note a value found at ``position`` of the whole ``text`` (a code, a symbol)."""
    sink = _SINK.get()
    if sink is None:
        return
    start = 0
    for index, line in enumerate(text.splitlines(keepends=True)):
        start += len(line)
        if position < start:
            sink(FieldNote(field, value, index + 1, line.strip(), how))
            return


def noted_row(field: str, value: str | date, row: int, cells: Sequence[str], how: str) -> None:
    """Note a value read from a table row, numbered as the sheet prints its rows as lines."""
    sink = _SINK.get()
    if sink is None:
        return
    sink(FieldNote(field, shown(value), row, "   ".join(cell for cell in cells if cell), how))


def shown(value: str | date | Decimal) -> str:
    """A value as ``--explain`` prints it: dates in ISO form, amounts with two decimals."""
    if isinstance(value, Decimal):
        return f"{value:.2f}"
    if isinstance(value, date):
        return value.isoformat()
    return value
