"""Advices as fixed-width text: ERP spool output, plain mail bodies, line-printer PDFs.

Shared by the mail producer (a ``text/plain`` body) and the ReportLab producer (the same
text drawn in Courier, as SAP and AS/400 systems print), so "fixed-width" is one layout
style with several carriers.
"""

from __future__ import annotations

import random

from inbox_agent.bench.remit_corpus.advice import Advice, details, letterhead, total_text
from inbox_agent.bench.remit_corpus.formats import format_amount
from inbox_agent.bench.remit_corpus.templates import TableModel, page_chunks, table_model


def fixed_width(advice: Advice, rng: random.Random, *, gap: int = 3) -> list[str]:
    """The whole advice as lines of text with aligned columns."""
    template = advice.template
    model = table_model(template, advice.truth)
    widths = _widths(model)
    out: list[str] = [*letterhead(advice), ""]
    out += [template.title.upper() if rng.random() < 0.5 else template.title, ""]
    pairs = details(advice)
    label_width = max(len(label) for label, _ in pairs) + 1
    out += [f"{label + ':':<{label_width}} {value}" for label, value in pairs]
    label, amount = total_text(advice)
    if template.total_at_top:
        out.append(f"{label + ':':<{label_width}} {amount}")
    out.append("")
    header = _header_lines(model, widths, gap)
    rule = "-" * len(header[0])
    pages = page_chunks(template, model, advice.truth, 40) if template.long else [model.rows]
    for index, rows in enumerate(pages):
        if index:
            out += ["", f"Page {index + 1}", ""]
        out += [*header, rule]
        out += [_row(row, widths, model, gap) for row in rows]
    if model.total_row is not None:
        out += [rule, _row(model.total_row, widths, model, gap)]
    if not template.total_at_top:
        out += ["", f"{label}: {amount}"]
    return out


def _widths(model: TableModel) -> list[int]:
    widths = [max(len(part) for part in heading.split("\n")) for heading in model.headings]
    for row in [*model.rows, *([model.total_row] if model.total_row else [])]:
        widths = [max(width, len(cell)) for width, cell in zip(widths, row, strict=True)]
    return widths


def _header_lines(model: TableModel, widths: list[int], gap: int) -> list[str]:
    parts = [heading.split("\n") for heading in model.headings]
    depth = max(len(p) for p in parts)
    padded = [[""] * (depth - len(p)) + p for p in parts]
    return [_row([p[level] for p in padded], widths, model, gap).rstrip() for level in range(depth)]


def _row(cells: list[str], widths: list[int], model: TableModel, gap: int) -> str:
    out = []
    for index, (cell, width) in enumerate(zip(cells, widths, strict=True)):
        right = index in model.money_columns
        out.append(f"{cell:>{width}}" if right else f"{cell:<{width}}")
    return (" " * gap).join(out).rstrip()


def list_style(advice: Advice) -> list[str]:
    """A typed mail: one sentence-like line per invoice, no table at all."""
    template, truth = advice.template, advice.truth
    out = ["Hello,", "", f"Please find below our payment details ({template.title}).", ""]
    out += [f"{label}: {value}" for label, value in details(advice)]
    out.append("")
    for line in truth.lines:
        out.append(f"  - {line.invoice_ref}: {format_amount(line.paid, template.number)}")
    label, amount = total_text(advice)
    out += ["", f"{label}: {amount}", "", "Kind regards,", str(truth.payer), "Accounts Payable"]
    return out


def delimited(advice: Advice, delimiter: str) -> list[str]:
    """Header fields, then the table as delimiter-separated rows (pasted from a sheet)."""
    model = table_model(advice.template, advice.truth)
    out = [*letterhead(advice), advice.template.title, ""]
    out += [f"{label}: {value}" for label, value in details(advice)]
    out.append("")
    out.append(delimiter.join(h.replace("\n", " ") for h in model.headings))
    out += [delimiter.join(row) for row in model.rows]
    label, amount = total_text(advice)
    return [*out, "", f"{label}: {amount}"]
