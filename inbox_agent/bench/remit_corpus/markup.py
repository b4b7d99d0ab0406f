"""Advices as HTML, for Chromium's and LibreOffice's printers and for HTML mail bodies.

Three table styles cover what portals and ERPs send: a bordered ``<table>``, a borderless
one, and a CSS grid of ``<div>`` elements (no table markup at all, as single-page web
apps print). Long advices become one table per page with the payer's subtotal rows.
"""

from __future__ import annotations

from html import escape

from inbox_agent.bench.remit_corpus.advice import Advice, details, letterhead, total_text
from inbox_agent.bench.remit_corpus.templates import TableModel, page_chunks, table_model

STYLES = ("grid", "plain", "divs")

_CSS = """
body { font-family: %(font)s; font-size: %(size)spt; margin: 0; }
h1 { font-size: 16pt; margin: 8pt 0; }
.head p { margin: 1pt 0; }
.letter { font-weight: bold; font-size: 13pt; }
table.lines { border-collapse: collapse; margin-top: 10pt; width: 100%%; }
table.lines th, table.lines td { padding: 2pt 6pt; text-align: left; }
table.lines td.m, table.lines th.m { text-align: right; }
table.grid th, table.grid td { border: 0.6pt solid #333; }
table.plain thead th { border-bottom: 0.8pt solid #333; }
.rows { display: grid; grid-template-columns: %(cols)s; margin-top: 10pt; }
.rows div { padding: 2pt 6pt; }
.rows .h { font-weight: bold; }
.rows .m { text-align: right; }
.page { break-before: page; }
@page { size: A4 %(orientation)s; margin: 15mm; }
"""


def advice_html(advice: Advice, style: str, *, font: str = "Arial, sans-serif") -> str:
    """A complete HTML document for ``advice`` drawn in table ``style``."""
    if style not in STYLES:
        raise ValueError(f"style must be one of {STYLES}")
    template = advice.template
    model = table_model(template, advice.truth)
    css = _CSS % {
        "font": font,
        "size": 10 if not template.long else 9,
        "cols": " ".join("auto" for _ in model.headings),
        "orientation": "landscape" if template.landscape else "portrait",
    }
    label, amount = total_text(advice)
    total = f"<p><b>{escape(label)}: {escape(amount)}</b></p>"
    parts = [f"<html><head><meta charset='utf-8'><style>{css}</style></head><body>"]
    head = [f"<p class='letter'>{escape(line)}</p>" if i == 0 else f"<p>{escape(line)}</p>"
            for i, line in enumerate(letterhead(advice))]  # fmt: skip
    fields = [f"<p>{escape(k)}: {escape(v)}</p>" for k, v in details(advice)]
    if template.header_style == "beside":  # letterhead left, payment details right
        parts.append(f"<table><tr><td>{''.join(head)}</td><td>{''.join(fields)}</td></tr></table>")
        parts.append(f"<h1>{escape(template.title)}</h1>")
    else:
        parts += head
        parts.append(f"<h1>{escape(template.title)}</h1><div class='head'>")
        parts += [*fields, "</div>"]
    if template.total_at_top:
        parts.append(total)
    pages = page_chunks(template, model, advice.truth, 26) if template.long else [model.rows]
    for index, rows in enumerate(pages):
        last = index == len(pages) - 1
        parts.append(_table(model, rows, style, last=last, page_break=index > 0))
    if not template.total_at_top:
        parts.append(total)
    parts.append("<p style='color:#777;font-size:8pt'>Please contact accounts payable "
                 "with any questions about this payment.</p></body></html>")  # fmt: skip
    return "\n".join(parts)


def _table(model: TableModel, rows: list[list[str]], style: str, *, last: bool,
           page_break: bool) -> str:  # fmt: skip
    body = [*rows, *([model.total_row] if last and model.total_row else [])]
    if style == "divs":
        return _divs(model, body, page_break=page_break)
    cls = f"lines {style}" + (" page" if page_break else "")
    head = "".join(
        f"<th{_m(model, i)}>{'<br>'.join(escape(p) for p in h.split(chr(10)))}</th>"
        for i, h in enumerate(model.headings)
    )
    trs = "".join(
        "<tr>" + "".join(f"<td{_m(model, i)}>{escape(c)}</td>" for i, c in enumerate(r)) + "</tr>"
        for r in body
    )
    return f"<table class='{cls}'><thead><tr>{head}</tr></thead><tbody>{trs}</tbody></table>"


def _divs(model: TableModel, body: list[list[str]], *, page_break: bool) -> str:
    cells = [
        f"<div class='h{' m' if i in model.money_columns else ''}'>"
        + "<br>".join(escape(p) for p in h.split("\n"))
        + "</div>"
        for i, h in enumerate(model.headings)
    ]
    for row in body:
        cells += [
            f"<div{' class=m' if i in model.money_columns else ''}>{escape(c)}</div>"
            for i, c in enumerate(row)
        ]
    return f"<div class='rows{' page' if page_break else ''}'>{''.join(cells)}</div>"


def _m(model: TableModel, index: int) -> str:
    return " class='m'" if index in model.money_columns else ""
