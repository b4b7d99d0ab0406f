"""A record of what the extractor decided for each remittance, kept only when asked.

``inbox-agent extract --explain`` tells the admin writing a payer template what was read
from where. Rebuilding that afterwards would mean re-deciding everything the core
decided, and drifting from it; so the core reports its decisions here as it makes them,
through one-line hooks (:func:`grid_table`, :func:`text_table`, :func:`row`, and for
the header fields :mod:`.field_notes`, whose notes are kept here) and the assembly step
(:func:`begin`, :func:`new_attempt`, :func:`decided`).

Recording is switched on per call with :func:`recording`, a context variable, so the
readers and the core keep their signatures; when it is off every hook returns at once.
Rendering the record for people and for JSON is :mod:`.explain`'s job.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field

from inbox_agent.config.rules import ExtractionTemplate
from inbox_agent.documents.columns import (
    Column,
    ColumnMap,
    TextHeader,
    classify_heading,
    column_map,
    find_header,
    normalise_heading,
)
from inbox_agent.documents.field_notes import FIELDS, FieldNote, listening
from inbox_agent.documents.templates import is_template_heading
from inbox_agent.documents.values import Conventions
from matchers.types import RemittanceLine

_FIELDS: tuple[tuple[str, str, frozenset[Column]], ...] = (
    ("reference", "ref", frozenset({Column.REF})),
    ("date", "date", frozenset({Column.DATE})),
    ("gross", "gross", frozenset({Column.GROSS, Column.AMOUNT})),
    ("discount", "discount", frozenset({Column.DISCOUNT})),
    ("deduction", "deduction", frozenset({Column.DEDUCTION})),
    ("paid", "paid", frozenset({Column.PAID, Column.AMOUNT})),
    ("po", "po", frozenset({Column.PO})),
    ("type", "doc_type", frozenset({Column.TYPE})),
)
"""(field shown, ColumnMap attribute, headings that name it) for each mapped column."""
_SHOWN = {
    Column.REF: "reference", Column.DATE: "date", Column.GROSS: "gross",
    Column.DISCOUNT: "discount", Column.DEDUCTION: "deduction", Column.PAID: "paid",
    Column.AMOUNT: "amount (paid, or gross beside a paid column)", Column.PO: "po",
    Column.TYPE: "type", Column.TEXT: "description (never the reference)",
    Column.OTHER: "other money (ignored)",
}  # fmt: skip
_UNKNOWN = "a heading the reader does not know"
_NUMERIC_DATE = re.compile(r"(?<!\d)(\d{1,2})([./-])(\d{1,2})\2(\d{2,4})(?!\d)")


@dataclass(frozen=True, slots=True)
class ColumnNote:
    """One column of a table: the field it became (or ``not read``) and its heading."""

    field: str
    heading: str | None
    how: str
    """``heading`` (a known heading), ``template``, or ``values`` (what the cells hold);
    for a column ``not read``, what its heading means to the reader."""


@dataclass(frozen=True, slots=True)
class TableNote:
    """One table (or heading line of text) the lines were read from."""

    kind: str
    """``grid`` (cells from a PDF table, a sheet, HTML) or ``text`` (lines of text)."""
    how: str
    header: str | None = None
    header_at: str | None = None
    columns: tuple[ColumnNote, ...] = ()


@dataclass(frozen=True, slots=True)
class RowNote:
    """One remittance line and the row of the document it was read from."""

    text: str
    invoice_ref: str
    paid_amount: str


@dataclass(slots=True)
class Explanation:
    """Everything recorded for one remittance, in the order the core decided it."""

    source: str
    reader: str | None = None
    template: str | None = None
    notes: list[str] = field(default_factory=list)
    decimal_comma: bool | None = None
    day_first: bool | None = None
    why_numbers: str = ""
    why_dates: str = ""
    fields: list[FieldNote] = field(default_factory=list)
    header: dict[str, FieldNote] = field(default_factory=dict)
    """Each header field's source as its reader noted it; the last note of a field wins,
    as the last reader to set it (the text, an export column, a template) did."""
    tables: list[TableNote] = field(default_factory=list)
    rows: list[RowNote] = field(default_factory=list)
    _last_map: ColumnMap | None = None
    _last_cells: tuple[str, ...] = ()


@dataclass(slots=True)
class Recorder:
    """The explanations of one extraction call, and the reader being run."""

    explanations: list[Explanation] = field(default_factory=list)
    reader: str | None = None
    current: Explanation | None = None


_RECORDER: ContextVar[Recorder | None] = ContextVar("extraction_trace", default=None)


@contextmanager
def recording(*, enabled: bool = True) -> Iterator[Recorder]:
    """Record every remittance assembled in this block (a no-op recorder when disabled)."""
    recorder = Recorder()
    token = _RECORDER.set(recorder if enabled else None)
    try:
        with listening(_keep_field if enabled else None):
            yield recorder
    finally:
        _RECORDER.reset(token)


def set_reader(name: str) -> None:
    """Name the reader whose remittances come next."""
    recorder = _RECORDER.get()
    if recorder is not None:
        recorder.reader = name


def begin(source: str) -> Explanation | None:
    """Start the record of one remittance; ``None`` when nothing is being recorded."""
    recorder = _RECORDER.get()
    if recorder is None:
        return None
    recorder.current = Explanation(source=source, reader=recorder.reader)
    recorder.explanations.append(recorder.current)
    return recorder.current


def new_attempt() -> None:
    """Forget the tables and rows of a way of reading that found nothing.

    The core tries tables, then the text, then tables read by values; only the last
    attempt gave the lines, so only its record is kept.
    """
    note = _current()
    if note is not None:
        note.tables.clear()
        note.rows.clear()
        note._last_map = None
        note._last_cells = ()


def decided(
    *,
    text: str,
    currency: str | None,
    conventions: Conventions,
    template: ExtractionTemplate | None,
    forced_decimal_comma: bool | None,
    template_fields: Sequence[FieldNote] = (),
    missing_columns: Sequence[str] = (),
) -> None:
    """Record the template, the conventions and where each header field came from.

    The header readers noted their fields as they chose them; a template's labels and
    fixed values, applied last, replace those notes.
    """
    note = _current()
    if note is None:
        return
    note.template = template.name if template is not None else None
    if template is not None:
        keywords = ", ".join(f'"{k}"' for k in template.payer_keywords)
        note.notes.append(f"template {template.name} chosen by its keywords ({keywords})")
        note.notes.extend(f"template column not in this document: {m}" for m in missing_columns)
    note.decimal_comma, note.day_first = conventions.decimal_comma, conventions.dayfirst
    note.why_numbers = _why_numbers(text, conventions, template, forced=forced_decimal_comma)
    note.why_dates = _why_dates(text, currency, template)
    found = dict(note.header)
    for fixed in template_fields:
        if fixed.value is not None:
            found[fixed.field] = fixed
        else:
            note.notes.append(f"{fixed.field}: {fixed.how}")
    if template is not None and template.currency is not None:
        found["currency"] = FieldNote(
            "currency", template.currency, how=f"fixed by template {template.name}"
        )
    note.fields = [found.get(name) or FieldNote(name, None) for name in FIELDS]


# --- hooks in the core --------------------------------------------------------------


def grid_table(rows: Sequence[Sequence[str]], start: int, cmap: ColumnMap, *, named: bool) -> None:
    """Record which row of a grid was its header and which column became which field."""
    note = _current()
    if note is None:
        return
    if named:
        cells, at = _heading_cells(rows, start)
        how = "header row"
    elif cmap is note._last_map:
        cells, at = note._last_cells, None
        how = "no header row: the columns of the table before (a table continued)"
    else:
        cells, at = (), None
        how = "no header row: the reference and money columns found by their values"
    note.tables.append(
        TableNote("grid", how, " | ".join(cells) if cells else None, at,
                  _mapped(cmap, cells, named=named))
    )  # fmt: skip
    note._last_map, note._last_cells = cmap, cells


def text_table(
    text_lines: Sequence[str], header: TextHeader | None, cmap: ColumnMap | None
) -> None:
    """Record the heading line of text the rows were read under, if there was one."""
    note = _current()
    if note is None:
        return
    if header is None:
        how = (
            "no heading line: each line with a reference and an amount is a row; "
            "with several amounts the last is paid and the first gross"
        )
        note.tables.append(TableNote("text", how))
        return
    at = f"line {header.index + 1}"
    if cmap is not None:
        how = "heading line, rows cut into columns at the gaps"
        note.tables.append(
            TableNote("text", how, " | ".join(header.cells), at,
                      _mapped(cmap, header.cells, named=True))
        )  # fmt: skip
        return
    how = (
        "heading line; a row's amounts follow the headings' order when it has one amount "
        "per money heading, else the last is paid and the first gross"
    )
    line = text_lines[header.index].strip()
    note.tables.append(TableNote("text", how, line, at, _headings_of(line, header)))


def row(source: str | Sequence[str], line: RemittanceLine) -> None:
    """Record the row of the document a remittance line was read from."""
    note = _current()
    if note is None:
        return
    text = source if isinstance(source, str) else " | ".join(source)
    note.rows.append(RowNote(text.strip(), line.invoice_ref, f"{line.paid_amount:.2f}"))


# --- helpers ------------------------------------------------------------------------


def _keep_field(field_note: FieldNote) -> None:
    """Keep a header field's note in the explanation of the remittance being read."""
    note = _current()
    if note is not None:
        note.header[field_note.field] = field_note


def _current() -> Explanation | None:
    recorder = _RECORDER.get()
    return recorder.current if recorder is not None else None


def _heading_cells(rows: Sequence[Sequence[str]], start: int) -> tuple[tuple[str, ...], str]:
    """The heading row's cells; a heading printed over two rows is shown joined."""
    single = rows[start - 1]
    if column_map(single) is None and start >= 2:
        found = find_header(rows)
        if found is not None and found[0] == start:
            upper = rows[start - 2]
            joined = tuple(f"{a} {b}".strip() for a, b in zip(upper, single, strict=False))
            return joined, f"rows {start - 1}-{start}"
    return tuple(single), f"row {start}"


def _mapped(cmap: ColumnMap, cells: Sequence[str], *, named: bool) -> tuple[ColumnNote, ...]:
    notes: list[ColumnNote] = []
    for shown, attribute, names in _FIELDS:
        index = getattr(cmap, attribute)
        if index is None:
            continue
        notes.append(ColumnNote(shown, *_heading_and_how(cells, index, names, named=named)))
    for index in cmap.refs:
        if index != cmap.ref:
            names = frozenset({Column.REF, Column.PO})
            how = _heading_and_how(cells, index, names, named=named)
            notes.append(ColumnNote("reference not used", *how))
    used = {getattr(cmap, attribute) for _, attribute, _ in _FIELDS} | set(cmap.refs)
    for index, cell in enumerate(cells):
        if cell and index not in used:
            known = classify_heading(cell)
            meaning = _SHOWN.get(known.column, known.column.value) if known else _UNKNOWN
            notes.append(ColumnNote("not read", cell, meaning))
    return tuple(notes)


def _heading_and_how(
    cells: Sequence[str], index: int, names: frozenset[Column], *, named: bool
) -> tuple[str | None, str]:
    """The heading over a column and whether it, the template or the values decided."""
    heading = cells[index] if index < len(cells) else None
    if heading and is_template_heading(heading):
        return heading, "template"
    known = classify_heading(heading) if heading else None
    return heading, "heading" if named and known and known.column in names else "values"


def _headings_of(line: str, header: TextHeader) -> tuple[ColumnNote, ...]:
    """Each recognised heading of a collapsed line; "ours" among several references."""
    folded = normalise_heading(line)
    refs = [h for h in header.headings if h.column is Column.REF]
    ours = max(refs, key=lambda h: (h.priority, -h.position), default=None)
    notes = []
    for heading in header.headings:
        text = _printed(line, folded[heading.position : heading.position + heading.length])
        shown = _SHOWN.get(heading.column, heading.column.value)
        if heading.column is Column.REF and heading is not ours:
            shown = "reference not used"
        how = "template" if is_template_heading(text) else "heading"
        notes.append(ColumnNote(shown, text, how))
    return tuple(notes)


def _printed(line: str, folded: str) -> str:
    """The heading as printed ("Invoice No.") for its folded form ("invoice no")."""
    words = line.split()
    for size in range(1, 5):
        for start in range(len(words) - size + 1):
            printed = " ".join(words[start : start + size])
            if normalise_heading(printed) == folded:
                return printed
    return folded


def _why_numbers(
    text: str, conventions: Conventions, template: ExtractionTemplate | None, *, forced: bool | None
) -> str:
    if forced is not None:
        return "fixed by the format: the workbook's cells hold numbers"
    if template is not None and template.decimal_comma is not None:
        return f"set by template {template.name}"
    commas = len(re.findall(r"\d,\d{2}(?!\d)", text))
    points = len(re.findall(r"\d\.\d{2}(?!\d)", text))
    why = f"{commas} number(s) end in a comma and two digits, {points} in a point and two digits"
    return why + ("; thousands grouped by spaces" if conventions.space_groups else "")


def _why_dates(text: str, currency: str | None, template: ExtractionTemplate | None) -> str:
    if template is not None and template.day_first is not None:
        return f"set by template {template.name}"
    # A day above 12 first, or dots between the parts, as day-first countries write.
    day = [m[0] for m in _NUMERIC_DATE.finditer(text) if int(m[1]) > 12 or m[2] == "."]
    month = [
        m[0] for m in _NUMERIC_DATE.finditer(text)
        if int(m[1]) <= 12 < int(m[3]) and m[2] != "."
    ]  # fmt: skip
    if day or month:
        parts = []
        if day:
            parts.append(f"{len(day)} date(s) with the day first (e.g. {day[0]})")
        if month:
            parts.append(f"{len(month)} with the month first (e.g. {month[0]})")
        return ", ".join(parts)
    return f"no date settles it; the habit of {currency or 'an unknown currency'} decides"
