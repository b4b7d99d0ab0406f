"""Producer: ReportLab, drawing advices the way many ERPs' PDF writers do.

Beyond the demo's generator: any column order and wording, ruled grids, horizontal rules
only or no rules at all, two-line headings, header fields as lines, a key/value table or
several to a line, totals above the table, landscape pages, long advices whose table
continues over pages with the heading repeated and page subtotals, and spool-style
fixed-width text in Courier. Output is byte-for-byte reproducible (``invariant``).
"""

from __future__ import annotations

import random
from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen import canvas
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from inbox_agent.bench.remit_corpus.advice import (
    Advice,
    Produced,
    details,
    letterhead,
    total_text,
)
from inbox_agent.bench.remit_corpus.plaintext import fixed_width
from inbox_agent.bench.remit_corpus.templates import TableModel, Template, page_chunks, table_model

TOOL = "reportlab"
_FONTS = (("Helvetica", "Helvetica-Bold"), ("Times-Roman", "Times-Bold"))


def write(advice: Advice, path: Path, rng: random.Random, *, style: str = "native") -> Produced:
    """Draw ``advice`` at ``path`` in ``style`` (``native`` or ``monospace``)."""
    if style == "monospace":
        return Produced(_monospace(advice, path), advice.truth)
    return Produced(_native(advice, path, rng), advice.truth)


def _native(advice: Advice, path: Path, rng: random.Random) -> int:
    template = advice.template
    regular, bold = rng.choice(_FONTS)
    size = rng.choice((8.5, 9.0, 10.0))
    pagesize = landscape(A4) if template.landscape else A4
    doc = SimpleDocTemplate(
        str(path), pagesize=pagesize, invariant=1, title=template.title,
        leftMargin=18 * mm, rightMargin=18 * mm, topMargin=15 * mm, bottomMargin=15 * mm,
    )  # fmt: skip
    para = ParagraphStyle("p", fontName=regular, fontSize=size, leading=size * 1.3)
    strong = ParagraphStyle("b", parent=para, fontName=bold)
    story: list[Any] = []
    head = [
        Paragraph(
            _escape(line), ParagraphStyle("l", parent=strong, fontSize=14) if i == 0 else para
        )
        for i, line in enumerate(letterhead(advice))
    ]
    title = ParagraphStyle("t", parent=strong, fontSize=16, leading=20)
    if template.header_style == "beside":  # letterhead left, payment details right
        right = [Paragraph(f"{_escape(k)}: {_escape(v)}", para) for k, v in details(advice)]
        story += [Table([[head, right]], colWidths=[85 * mm, 85 * mm], hAlign="LEFT",
                        style=[("VALIGN", (0, 0), (-1, -1), "TOP")]),
                  Spacer(1, 6 * mm), Paragraph(_escape(template.title), title)]  # fmt: skip
    else:
        story += head
        story += [Spacer(1, 6 * mm), Paragraph(_escape(template.title), title), Spacer(1, 3 * mm)]
        story += _details(advice, para, regular)
    label, amount = total_text(advice)
    total = Paragraph(f"{_escape(label)}: {_escape(amount)}", strong)
    if template.total_at_top:
        story += [Spacer(1, 2 * mm), total]
    story.append(Spacer(1, 5 * mm))
    model = table_model(template, advice.truth)
    per_page = 22 if template.landscape else 34
    pages = page_chunks(template, model, advice.truth, per_page) if template.long else [model.rows]
    for index, rows in enumerate(pages):
        last = index == len(pages) - 1
        body = [*rows, *([model.total_row] if last and model.total_row else [])]
        story.append(_table(template, model, body, (regular, bold), size))
        if not last:
            story.append(PageBreak())
    if not template.total_at_top:
        story += [Spacer(1, 5 * mm), total]
    doc.build(story)
    return int(doc.page)


def _details(advice: Advice, para: ParagraphStyle, font: str) -> list[Any]:
    pairs = details(advice)
    template = advice.template
    if template.header_style == "table":
        table = Table([[f"{k}:", v] for k, v in pairs], hAlign="LEFT")
        table.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), font),
                                   ("FONTSIZE", (0, 0), (-1, -1), para.fontSize)]))  # fmt: skip
        return [table]
    if template.header_style == "inline":
        joined = [pairs[i : i + 2] for i in range(0, len(pairs), 2)]
        return [
            Paragraph("&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;".join(
                f"{_escape(k)}: {_escape(v)}" for k, v in group), para)
            for group in joined
        ]  # fmt: skip
    return [Paragraph(f"{_escape(k)}: {_escape(v)}", para) for k, v in pairs]


def _table(
    template: Template, model: TableModel, body: list[list[str]], fonts: tuple[str, str],
    size: float,
) -> Table:  # fmt: skip
    regular, bold = fonts
    table = Table([model.headings, *body], repeatRows=1, hAlign="LEFT")
    last_col = len(model.headings) - 1
    style: list[tuple[Any, ...]] = [
        ("FONTNAME", (0, 0), (-1, -1), regular),
        ("FONTNAME", (0, 0), (-1, 0), bold),
        ("FONTSIZE", (0, 0), (-1, -1), size),
        ("VALIGN", (0, 0), (-1, 0), "BOTTOM"),
    ]
    style += [("ALIGN", (i, 0), (i, -1), "RIGHT") for i in sorted(model.money_columns)]
    if template.ruled == "grid":
        style += [("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                  ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e6e6e6"))]  # fmt: skip
    elif template.ruled == "rules":
        style += [("LINEBELOW", (0, 0), (last_col, 0), 0.8, colors.black),
                  ("LINEABOVE", (0, -1), (last_col, -1), 0.5, colors.black)]  # fmt: skip
    table.setStyle(TableStyle(style))
    return table


def _monospace(advice: Advice, path: Path) -> int:
    """Spool output: the fixed-width text drawn line by line in Courier."""
    lines = fixed_width(advice, random.Random(advice.doc_id))
    width = max(len(line) for line in lines)
    size = 9.0 if width <= 95 else 7.5
    pagesize = landscape(A4) if width > 95 else A4
    pdf = canvas.Canvas(str(path), pagesize=pagesize, invariant=1)
    top = pagesize[1] - 15 * mm
    y, pages = top, 1
    for line in lines:
        if y < 15 * mm:
            pdf.showPage()
            y, pages = top, pages + 1
        pdf.setFont("Courier", size)
        pdf.drawString(12 * mm, y, line)
        y -= size * 1.25
    pdf.save()
    return pages


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
