"""From a document's text and grids to one :class:`~matchers.types.Remittance`.

Readers only turn bytes into text and grids; this is the one place that decides how the
pieces combine, so a PDF, a spreadsheet and an HTML body with the same content give the
same remittance. A payer's template (:mod:`.templates`), when its keywords are in the
text, is applied here too, and the decisions are reported to :mod:`.trace` for
``extract --explain``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from inbox_agent.documents import trace
from inbox_agent.documents.errors import DocumentError
from inbox_agent.documents.header import (
    check_total,
    find_currency,
    looks_like_remittance,
    read_header,
)
from inbox_agent.documents.header_columns import with_repeated_fields
from inbox_agent.documents.lines import (
    Grid,
    drop_repeated_copy,
    find_text_header,
    lines_from_grids,
    lines_from_text,
)
from inbox_agent.documents.prose import lines_from_prose
from inbox_agent.documents.templates import (
    apply_header,
    columns_in_force,
    select_template,
    with_conventions,
)
from inbox_agent.documents.values import Conventions, detect_conventions
from matchers.types import Payer, Remittance, RemittanceLine

NO_LINES = "no invoice lines with amounts were found; this does not look like a remittance advice"


def build_remittance(
    source: str,
    *,
    text: str,
    grids: Sequence[Grid] = (),
    decimal_comma: bool | None = None,
) -> Remittance:
    """Combine header fields and lines; raise ``no_remittance`` when there are no lines.

    Args:
        source: Where the document came from, copied into the result.
        text: The document's text in reading order, for header fields and the fallback.
        grids: Tables found by the reader; tried before the text fallback.
        decimal_comma: Force the number style when the format fixes it (spreadsheet cells
            hold real numbers); ``None`` lets the document's text decide, or the payer's
            template when one is chosen.
    """
    trace.begin(source)
    template = select_template(text)
    currency = find_currency(text)
    if template is not None and template.currency is not None:
        currency = template.currency
    conventions = with_conventions(template, detect_conventions(text, currency))
    if decimal_comma is not None:
        conventions = replace(conventions, decimal_comma=decimal_comma)
    with columns_in_force(template, text) as missing_columns:
        lines, method = _find_lines(text, grids, conventions)
    lines = drop_repeated_copy(lines)
    if not lines:
        raise DocumentError("no_remittance", NO_LINES)
    generic, repeated_currency = with_repeated_fields(
        read_header(text, conventions), currency, grids, conventions
    )
    if template is None or template.currency is None:
        currency = repeated_currency
    fields, template_fields = apply_header(template, generic, text, conventions)
    trace.decided(
        text=text,
        currency=currency,
        conventions=conventions,
        template=template,
        forced_decimal_comma=decimal_comma,
        template_fields=template_fields,
        missing_columns=missing_columns,
    )
    warnings = check_total(lines, fields.total)
    if currency is None and "$" in text:
        warnings.append("amounts are in $ without saying which dollar; currency left empty")
    return Remittance(
        source=source,
        lines=tuple(lines),
        payer=Payer(name=fields.payer),
        payment_date=fields.payment_date,
        payment_reference=fields.payment_reference,
        currency=currency,
        total=fields.total,
        method=method,
        warnings=tuple(warnings),
    )


def _find_lines(
    text: str, grids: Sequence[Grid], conventions: Conventions
) -> tuple[list[RemittanceLine], str]:
    """Tables first; the text fallback only for text that presents itself as an advice.

    Without that gate every invoice or statement with a number and an amount on one line
    would come out as a "remittance". Behind the same gate come tables whose reference
    heading is unknown, then the text, then tables without any heading, read by values.
    Only the last attempt found the lines, so each one starts the trace afresh.
    """
    lines = lines_from_grids(grids, conventions)
    if lines:
        return lines, "table"
    text_lines = text.splitlines()
    if find_text_header(text_lines) is None and not looks_like_remittance(text):
        return [], "text"
    trace.new_attempt()
    lines = lines_from_grids(grids, conventions, loose=True)
    if lines:
        return lines, "table"
    if find_text_header(text_lines) is None:
        # A letter rather than a table: "your invoices SI-4471 (€5,120.00) and ...".
        trace.new_attempt()
        lines = lines_from_prose(text, conventions)
        if lines:
            return lines, "text"
    trace.new_attempt()
    lines = lines_from_text(text_lines, conventions)
    if lines:
        return lines, "text"
    # A table whose headings we do not know, in a document that calls itself an advice.
    trace.new_attempt()
    return lines_from_grids(grids, conventions, infer=True), "table"
