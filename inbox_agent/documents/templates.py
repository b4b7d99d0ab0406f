"""Per-payer extraction templates (rules.yaml ``extraction.templates``) applied to a document.

The generic reader guesses a layout from headings and values; for the payer whose layout
it still misreads, an admin states what it cannot know: that this payer's "Bezeichnung"
column holds our invoice number, that its numbers use a decimal comma, under which label
its payment reference is printed. A template is chosen by keywords in the document's text
and then replaces those guesses, and nothing else: what it does not name is read as for
every other payer.

Readers' contract (``read(data, source)``) is fixed, so the templates on offer travel in
a context variable set by the registry, and the chosen template's column headings in
another, read by :func:`template_headings` -- the one hook in :mod:`.columns` -- while
the lines are being read. With no template active that hook returns at once.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING, TypeVar

from inbox_agent.config.rules import ExtractionTemplate
from inbox_agent.documents.field_notes import FieldNote
from inbox_agent.documents.header import HeaderFields
from inbox_agent.documents.values import (
    DATE_IN_TEXT,
    Conventions,
    find_amounts,
    parse_amount,
    parse_date,
)

if TYPE_CHECKING:
    from inbox_agent.documents.columns import Column, Heading

T = TypeVar("T")

TEMPLATE_PRIORITY = 9
"""Above every synonym's priority (0 to 3): the admin's word beats the reader's guess."""

_MONEY_FIELDS = frozenset({"gross", "discount", "deduction", "paid"})
_FIELD_COLUMN = {
    "reference": "ref", "date": "date", "gross": "gross", "discount": "discount",
    "deduction": "deduction", "paid": "paid", "po": "po",
}  # fmt: skip
"""Template column keys and the :class:`~.columns.Column` values they set."""
_LABEL_TAIL = re.compile(r"^[\s:#\-–.)\]]+")
_GAP = re.compile(r"\s{3,}|\t")


@dataclass(frozen=True, slots=True)
class _ActiveColumns:
    """The chosen template's headings found in the document, ready for the heading hook."""

    patterns: tuple[tuple[re.Pattern[str], str], ...]
    """(folded heading as a whole-word pattern, Column value) for each heading found."""
    claimed: frozenset[str]
    """Column values the template names: other headings lose those roles."""


_OFFERED: ContextVar[tuple[ExtractionTemplate, ...]] = ContextVar(
    "extraction_templates", default=()
)
_COLUMNS: ContextVar[_ActiveColumns | None] = ContextVar("template_columns", default=None)


@contextmanager
def offering(templates: Sequence[ExtractionTemplate]) -> Iterator[None]:
    """Make ``templates`` the ones documents read in this block may choose from."""
    token = _OFFERED.set(tuple(templates))
    try:
        yield
    finally:
        _OFFERED.reset(token)


def select_template(text: str) -> ExtractionTemplate | None:
    """The first template on offer whose payer keywords the text holds (any or all).

    Keywords are compared ignoring case and how spaces and line breaks fall, so a name
    broken over two lines of a PDF still counts.
    """
    offered = _OFFERED.get()
    folded = _fold(text) if offered else ""
    for template in offered:
        hits = [_fold(keyword) in folded for keyword in template.payer_keywords]
        if all(hits) if template.keywords_match == "all" else any(hits):
            return template
    return None


def with_conventions(template: ExtractionTemplate | None, found: Conventions) -> Conventions:
    """The document's conventions with the template's number and date style in force."""
    if template is None:
        return found
    comma = found.decimal_comma if template.decimal_comma is None else template.decimal_comma
    dayfirst = found.dayfirst if template.day_first is None else template.day_first
    # Space-grouped thousands ("1 234,56") only exist in decimal-comma text.
    return replace(found, decimal_comma=comma, dayfirst=dayfirst,
                   space_groups=found.space_groups and comma)  # fmt: skip


@contextmanager
def columns_in_force(template: ExtractionTemplate | None, text: str) -> Iterator[list[str]]:
    """Apply the template's column headings while lines are read; yield those not found.

    A heading the document does not print is left out, so that a template written for
    one of the payer's layouts does not strip the roles of another layout's headings.
    """
    given = template.columns.given() if template is not None else {}
    if not given:
        yield []
        return
    from inbox_agent.documents.columns import normalise_heading

    folded_text = normalise_heading(text)
    patterns: list[tuple[re.Pattern[str], str]] = []
    missing: list[str] = []
    for field, heading in given.items():
        pattern = re.compile(rf"(?<!\w){re.escape(normalise_heading(heading))}(?!\w)")
        if pattern.search(folded_text):
            patterns.append((pattern, _FIELD_COLUMN[field]))
        else:
            missing.append(f'{field}: "{heading}"')
    active = _ActiveColumns(tuple(patterns), frozenset(c for _, c in patterns))
    token = _COLUMNS.set(active if patterns else None)
    try:
        yield missing
    finally:
        _COLUMNS.reset(token)


def template_headings(folded: str, found: list[Heading]) -> list[Heading]:
    """Put the active template's headings into one heading cell or line.

    A template heading replaces whatever the synonyms read at the same place. A heading
    elsewhere that claims a role the template names loses it: money columns become
    "other" money (never paid, never gross), reference and date columns drop below the
    template's, so they are only tried when the template's column holds no references.
    """
    active = _COLUMNS.get()
    if active is None:
        return found
    # Imported here: columns imports this module for the hook, so not at the top.
    from inbox_agent.documents.columns import Column, Heading

    ours: list[Heading] = []
    for pattern, column in active.patterns:
        for match in pattern.finditer(folded):
            ours.append(Heading(match.start(), Column(column), TEMPLATE_PRIORITY, len(match[0])))
    kept: list[Heading] = []
    for heading in found:
        if any(_overlaps(heading, mine) for mine in ours):
            continue
        kept.append(_demoted(heading, active.claimed, Column.OTHER))
    return sorted([*kept, *ours], key=lambda heading: heading.position)


def is_template_heading(text: str) -> bool:
    """Whether a heading cell names one of the active template's columns."""
    active = _COLUMNS.get()
    if active is None:
        return False
    from inbox_agent.documents.columns import normalise_heading

    folded = normalise_heading(text)
    return any(pattern.search(folded) for pattern, _ in active.patterns)


def _overlaps(heading: Heading, other: Heading) -> bool:
    return (
        heading.position < other.position + other.length
        and other.position < heading.position + heading.length
    )


def _demoted(heading: Heading, claimed: frozenset[str], other: Column) -> Heading:
    """A synonym heading whose role the template has taken."""
    value = heading.column.value
    both_amounts = {"gross", "paid"} <= claimed
    if (value in claimed and value in _MONEY_FIELDS) or (value == "amount" and both_amounts):
        return replace(heading, column=other)
    if value in claimed:
        return replace(heading, priority=-1)
    return heading


# --- header labels ------------------------------------------------------------------


def apply_header(
    template: ExtractionTemplate | None,
    fields: HeaderFields,
    text: str,
    conventions: Conventions,
) -> tuple[HeaderFields, list[FieldNote]]:
    """Replace header fields by what the template's labels and fixed values give.

    A label that is not found, or whose value does not read as the field, leaves the
    generic value in place; the notes say which, for ``--explain``.
    """
    if template is None:
        return fields, []
    lines = text.splitlines()
    notes: list[FieldNote] = []
    if template.payer is not None:
        fields = replace(fields, payer=template.payer)
        notes.append(FieldNote("payer", template.payer, how=f"fixed by template {template.name}"))
    if template.date_label:
        dated = _labelled(lines, template.date_label, lambda v: _date_in(v, conventions))
        if dated is not None:
            fields = replace(fields, payment_date=dated[2])
        notes.append(_label_note("payment_date", template.date_label, dated))
    if template.reference_label:
        named = _labelled(lines, template.reference_label, lambda v: v or None)
        if named is not None:
            fields = replace(fields, payment_reference=named[2])
        notes.append(_label_note("payment_reference", template.reference_label, named))
    if template.total_label:
        summed = _labelled(lines, template.total_label, lambda v: _amount_in(v, conventions))
        if summed is not None:
            fields = replace(fields, total=summed[2])
        notes.append(_label_note("total", template.total_label, summed))
    return fields, notes


def _labelled(
    lines: Sequence[str], label: str, read: Callable[[str], T | None]
) -> tuple[int, str, T] | None:
    """The first value under ``label`` that reads as the field: beside it, else below it."""
    wanted = label.strip().rstrip(":").strip()
    pattern = re.compile(rf"(?<!\w){re.escape(wanted)}(?!\w)", re.IGNORECASE)
    for index, line in enumerate(lines):
        match = pattern.search(line)
        if match is None:
            continue
        rest = _LABEL_TAIL.sub("", line[match.end() :]).strip()
        below = next((later.strip() for later in lines[index + 1 :] if later.strip()), "")
        for candidate in (rest, below) if rest else (below,):
            value = read(_GAP.split(candidate)[0].strip(" ,;") if candidate else "")
            if value is not None:
                return index + 1, line.strip(), value
    return None


def _label_note(field: str, label: str, hit: tuple[int, str, object] | None) -> FieldNote:
    if hit is None:
        return FieldNote(field, None, how=f'template label "{label}" not found; generic kept')
    line, text, value = hit
    shown = f"{value:.2f}" if field == "total" else str(value)
    return FieldNote(field, shown, line, text, f'template label "{label}"')


def _date_in(value: str, conventions: Conventions) -> date | None:
    match = DATE_IN_TEXT.search(value)
    return parse_date(match[0], dayfirst=conventions.dayfirst) if match else None


def _amount_in(value: str, conventions: Conventions) -> Decimal | None:
    amounts = find_amounts(value, conventions)
    text = amounts[-1][0] if amounts else value
    return parse_amount(text, decimal_comma=conventions.decimal_comma)


def _fold(text: str) -> str:
    return " ".join(text.casefold().split())
