#!/usr/bin/env python3
"""Held-out remittance-advice test set R1.

Writes 50 remittance advices (text PDFs from several tools, spreadsheets, CSV,
e-mails, HTML, TXT and simulated scans) plus truth.jsonl next to this script.

    /work/main/.venv/bin/python make.py

Needs: reportlab, openpyxl, Pillow, numpy; soffice, chromium, pdftoppm on PATH.
All content comes from seeded RNGs, so truth.jsonl is byte-identical between
runs.  Scan noise is done with Pillow/numpy (seeded) instead of ImageMagick so
that it is reproducible.  PDFs from LibreOffice/Chromium embed their own
timestamps; reportlab PDFs are written with invariant=1, and the dates, /ID and
/DocChecksum of the LibreOffice/Chromium PDFs are pinned (same-length rewrite), so on
one machine a rerun reproduces every file byte for byte.

    make.py 3,17   renders only those logical documents (for inspection; no truth file)

Truth conventions (what a careful AR clerk keys in):
  payer         the paying company as printed (for a bank's advice: the ordering customer)
  payment_date  the payment / value / paid date; null when the document gives none
  reference     the one labelled payment identifier (EFT/transaction/cheque/payment no.);
                null when none is printed.  Vendor numbers, voucher, PO and payment-run
                numbers, ABNs and bank accounts are never the reference.
  currency      ISO code, also when only a symbol (EUR, PHP, S$) is printed
  total         the stated total; null when the document states none
  lines         in printed order; paid_amount is net of discount/withholding/adjustments,
                a partial payment is the amount actually paid, credit notes are negative
                (also when listed as positive "less credit notes"), kind "po" when the
                line pays against a purchase order and no invoice.  Page subtotals,
                carried/brought-forward rows and notes that repeat a reference are not lines.
"""
import csv
import datetime as dt
import json
import os
import random
import tempfile
import html as htmlmod
import io
import re
import shutil
import subprocess
import sys
import zipfile
from decimal import ROUND_HALF_UP, Decimal
from email import policy as email_policy
from email.message import EmailMessage
from pathlib import Path
from xml.sax.saxutils import escape as xesc

import numpy as np
import openpyxl
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from PIL import Image, ImageFilter
from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape, letter
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

rl_config.useA85 = 0  # keep embedded scan JPEGs binary (smaller files)
HERE = Path(__file__).resolve().parent
Z = Decimal("0.00")
C2 = Decimal("0.01")
FIXED_TS = dt.datetime(2026, 3, 31, 9, 0, 0)


def q(x):
    return Decimal(x).quantize(C2, ROUND_HALF_UP)


def money(rng, lo, hi):
    return q(Decimal(rng.randint(int(lo * 100), int(hi * 100))) / 100)


# ----------------------------------------------------------------------------
# formatting helpers
# ----------------------------------------------------------------------------

def nf(x, th=",", dc=".", neg="-", pre="", suf="", blank_zero=False):
    """Format a Decimal amount. neg: '-', '()', 'trail', 'CR', 'CRx'."""
    x = q(x)
    if blank_zero and x == 0:
        return ""
    s = f"{abs(x):,.2f}".replace(",", "\x00").replace(".", dc).replace("\x00", th)
    s = pre + s + suf
    if x < 0:
        if neg == "-":
            s = "-" + s
        elif neg == "()":
            s = "(" + s + ")"
        elif neg == "trail":
            s = s + "-"
        elif neg == "CR":
            s = s + " CR"
        elif neg == "CRx":
            s = s + "CR"
        else:
            raise ValueError(neg)
    return s


def en(x, **k):
    return nf(x, **k)


def de(x, **k):
    return nf(x, th=".", dc=",", **k)


def fr(x, **k):
    return nf(x, th="\u00a0", dc=",", **k)


MONTHS_FR = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet",
             "août", "septembre", "octobre", "novembre", "décembre"]
MONTHS_ES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio",
             "agosto", "septiembre", "octubre", "noviembre", "diciembre"]


def df(d, style):
    if d is None:
        return ""
    if style == "dmy/":
        return d.strftime("%d/%m/%Y")
    if style == "dmy/y2":
        return d.strftime("%d/%m/%y")
    if style == "mdy/":
        return d.strftime("%m/%d/%Y")
    if style == "iso":
        return d.isoformat()
    if style == "dmy.":
        return d.strftime("%d.%m.%Y")
    if style == "dmy-":
        return d.strftime("%d-%m-%Y")
    if style == "d Mon Y":
        return d.strftime("%d %b %Y")
    if style == "d-Mon-Y":
        return d.strftime("%d-%b-%Y")
    if style == "D-MON-Y":
        return d.strftime("%d-%b-%Y").upper()
    if style == "d-Mon-y":
        return d.strftime("%d-%b-%y")
    if style == "D Month Y":
        return f"{d.day} {d:%B} {d.year}"
    if style == "Month D, Y":
        return f"{d:%B} {d.day}, {d.year}"
    if style == "Mon D, Y":
        return f"{d:%b} {d.day}, {d.year}"
    if style == "cn":
        return f"{d.year}年{d.month}月{d.day}日"
    if style == "fr":
        return f"{d.day} {MONTHS_FR[d.month - 1]} {d.year}"
    if style == "es":
        return f"{d.day} de {MONTHS_ES[d.month - 1]} de {d.year}"
    raise ValueError(style)


# ----------------------------------------------------------------------------
# line generation
# ----------------------------------------------------------------------------

def L(ref, gross, kind="invoice", **kw):
    d = dict(ref=ref, kind=kind, gross=q(gross), disc=Z, wht=Z, adj=Z, paid=None,
             date=None, due=None, po="", vch="", desc="")
    d.update(kw)
    return d


def finalize(lines):
    for l in lines:
        if l["paid"] is None:
            l["paid"] = q(l["gross"] - l["disc"] - l["wht"] - l["adj"])
        else:
            l["paid"] = q(l["paid"])
    return lines


def gen_inv(rng, n, fmt, start, pay, step=(1, 25), lo=150, hi=8000, dlo=12, dhi=70,
            kind="invoice"):
    x = start
    dates = sorted(pay - dt.timedelta(days=rng.randint(dlo, dhi)) for _ in range(n))
    out = []
    for i in range(n):
        x += rng.randint(*step)
        out.append(L(fmt.format(x), money(rng, lo, hi), kind, date=dates[i],
                     due=dates[i] + dt.timedelta(days=30)))
    return out


def total(lines):
    return q(sum((l["paid"] for l in lines), Z))


# ----------------------------------------------------------------------------
# common parties
# ----------------------------------------------------------------------------

SUP_SYD = ["Wattle & Gum Trading Pty Ltd", "Level 3, 118 Kent Street",
           "Sydney NSW 2000, Australia", "ABN 53 614 277 908"]
SUP_SG = ["Wattle & Gum Trading Pty Ltd (Singapore Branch)",
          "10 Anson Road #21-07 International Plaza", "Singapore 079903",
          "UEN T16FC0123A"]
SUP_PH = ["Wattle & Gum Trading Pty Ltd - Philippine Branch",
          "27F Tower One, 6750 Ayala Avenue", "Makati City 1226, Metro Manila",
          "TIN 009-876-543-000"]
BANK_SYD = "BSB 062-118  Account 1044 7781"
BANK_SG = "DBS Bank Ltd (7171) A/C 072-918834-5"
BANK_PH = "BDO Unibank A/C 0041-2290-8817"

# ----------------------------------------------------------------------------
# reportlab helpers
# ----------------------------------------------------------------------------

FD = "/usr/share/fonts/truetype"
_FONTS = {
    "DV": "dejavu/DejaVuSans.ttf", "DV-B": "dejavu/DejaVuSans-Bold.ttf",
    "DVC": "dejavu/DejaVuSansCondensed.ttf", "DVC-B": "dejavu/DejaVuSansCondensed-Bold.ttf",
    "DVS": "dejavu/DejaVuSerif.ttf", "DVS-B": "dejavu/DejaVuSerif-Bold.ttf",
    "DVM": "dejavu/DejaVuSansMono.ttf", "DVM-B": "dejavu/DejaVuSansMono-Bold.ttf",
    "LS": "liberation/LiberationSans-Regular.ttf", "LS-B": "liberation/LiberationSans-Bold.ttf",
    "LSN": "liberation/LiberationSansNarrow-Regular.ttf",
    "LSN-B": "liberation/LiberationSansNarrow-Bold.ttf",
    "LSe": "liberation/LiberationSerif-Regular.ttf", "LSe-B": "liberation/LiberationSerif-Bold.ttf",
    "LM": "liberation/LiberationMono-Regular.ttf", "LM-B": "liberation/LiberationMono-Bold.ttf",
    "Droid": "droid/DroidSansFallbackFull.ttf",
}
for _n, _p in _FONTS.items():
    pdfmetrics.registerFont(TTFont(_n, f"{FD}/{_p}"))

ALIGN = {"l": "LEFT", "r": "RIGHT", "c": "CENTER"}


CJK = re.compile(r"([\u3000-\u9fff\uff00-\uffef]+)")


def has_cjk(s):
    return bool(CJK.search(str(s)))


def P(text, font="Helvetica", size=9, align=0, leading=None, color=colors.black,
      space_after=0, raw=False):
    st = ParagraphStyle("x", fontName=font, fontSize=size, leading=leading or size * 1.25,
                        alignment=align, textColor=color, spaceAfter=space_after)
    if not raw:
        text = xesc(text).replace("\n", "<br/>")
        if font != "Droid":  # no Latin glyphs in the CJK fallback font: mark CJK runs only
            text = CJK.sub(r'<font name="Droid">\1</font>', text)
    return Paragraph(text, st)


def rl_table(header, rows, widths, aligns, font="Helvetica", bold="Helvetica-Bold",
             size=8.5, grid="lines", head_bg=None, head_fg=colors.black, zebra=None,
             foot=(), pad=3, repeat=1, foot_font=None):
    data = ([header] if header else []) + [list(r) for r in rows] + [list(r) for r in foot]
    for ri, r in enumerate(data):
        for ci, v in enumerate(r):
            if isinstance(v, str) and has_cjk(v):
                fnt = bold if (header and ri == 0) or ri >= len(data) - len(foot) else font
                r[ci] = P(v, fnt, size, align={"l": 0, "c": 1, "r": 2}[aligns[ci]])
    t = Table(data, colWidths=widths, repeatRows=repeat if header else 0)
    n_head = 1 if header else 0
    st = [("FONT", (0, 0), (-1, -1), font, size),
          ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
          ("TOPPADDING", (0, 0), (-1, -1), pad - 1),
          ("BOTTOMPADDING", (0, 0), (-1, -1), pad),
          ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3)]
    for i, a in enumerate(aligns):
        st.append(("ALIGN", (i, 0), (i, -1), ALIGN[a]))
    if header:
        st.append(("FONT", (0, 0), (-1, 0), bold, size))
        st.append(("TEXTCOLOR", (0, 0), (-1, 0), head_fg))
        if head_bg is not None:
            st.append(("BACKGROUND", (0, 0), (-1, 0), head_bg))
    nb = len(rows)
    if grid == "grid":
        st.append(("GRID", (0, 0), (-1, -1), 0.5, colors.black))
    elif grid == "lines":
        if header:
            st.append(("LINEABOVE", (0, 0), (-1, 0), 0.8, colors.black))
            st.append(("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.black))
        st.append(("LINEBELOW", (0, n_head + nb - 1), (-1, n_head + nb - 1), 0.8, colors.black))
    elif grid == "hair":
        st.append(("LINEBELOW", (0, 0), (-1, -1), 0.25, colors.grey))
    elif grid == "box":
        st.append(("BOX", (0, 0), (-1, -1), 0.8, colors.black))
        st.append(("INNERGRID", (0, 0), (-1, -1), 0.25, colors.grey))
    if zebra is not None:
        for r in range(nb):
            if r % 2 == 1:
                st.append(("BACKGROUND", (0, n_head + r), (-1, n_head + r), zebra))
    for k in range(len(foot)):
        st.append(("FONT", (0, n_head + nb + k), (-1, n_head + nb + k), foot_font or bold, size))
    t.setStyle(TableStyle(st))
    return t


def rl_build(path, story, pagesize=A4, margins=(18 * mm,) * 4, title="", author="",
             on_page=None):
    doc = SimpleDocTemplate(str(path), pagesize=pagesize, leftMargin=margins[0],
                            rightMargin=margins[1], topMargin=margins[2],
                            bottomMargin=margins[3], invariant=1, title=title,
                            author=author, creator=author or "reportlab")
    if on_page:
        doc.build(story, onFirstPage=on_page, onLaterPages=on_page)
    else:
        doc.build(story)


def sp(h):
    return Spacer(1, h)


# ----------------------------------------------------------------------------
# external tools
# ----------------------------------------------------------------------------

TMP = None  # set in main


def run(cmd, **kw):
    r = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, **kw)
    if r.returncode != 0:
        sys.stderr.write(r.stderr.decode(errors="replace"))
        raise RuntimeError(f"command failed: {cmd}")
    return r


def pin_pdf(path):
    """Same-length rewrite of the creation/modification dates and the file ID that
    LibreOffice and Chromium stamp into their PDFs, so that reruns are byte-identical.
    Equal lengths keep every xref offset valid."""
    b = Path(path).read_bytes()
    b = re.sub(rb"(/(?:CreationDate|ModDate)\s*\(D:)\d{14}", rb"\g<1>20260331090000", b)
    b = re.sub(rb"(/ID\s*\[\s*<)([0-9A-Fa-f]+)(>\s*<)([0-9A-Fa-f]+)(>)",
               lambda m: m.group(1) + b"0" * len(m.group(2)) + m.group(3) + b"0" * len(m.group(4)) + m.group(5), b)
    b = re.sub(rb"(/DocChecksum\s*/)([0-9A-Fa-f]+)", lambda m: m.group(1) + b"0" * len(m.group(2)), b)
    Path(path).write_bytes(b)


def soffice_pdf(src, out_pdf):
    outdir = TMP / "lo_out"
    outdir.mkdir(exist_ok=True)
    run(["soffice", "-env:UserInstallation=file:///tmp/r1-lo", "--headless",
         "--convert-to", "pdf", "--outdir", str(outdir), str(src)], timeout=180)
    produced = outdir / (Path(src).stem + ".pdf")
    shutil.move(str(produced), str(out_pdf))
    pin_pdf(out_pdf)


def chromium_pdf(html_text, out_pdf, name):
    src = TMP / f"{name}.html"
    src.write_text(html_text, encoding="utf-8")
    tmp_out = TMP / f"{name}.chromium.pdf"
    run(["chromium", "--headless", "--no-sandbox", "--disable-gpu",
         "--no-pdf-header-footer", "--print-to-pdf-no-header",
         f"--user-data-dir={TMP / 'chrome-profile'}",
         f"--print-to-pdf={tmp_out}", src.as_uri()], timeout=180)
    shutil.move(str(tmp_out), str(out_pdf))
    pin_pdf(out_pdf)


def normalize_zip(path):
    """Rewrite an OOXML zip with fixed member timestamps and core dates."""
    src = Path(path)
    with zipfile.ZipFile(src) as zin:
        items = [(i.filename, zin.read(i.filename)) for i in zin.infolist()]
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zout:
        for name, data in items:
            if name == "docProps/core.xml":
                data = re.sub(rb"(<dcterms:(created|modified)[^>]*>)[^<]*(<)",
                              rb"\g<1>2026-03-31T09:00:00Z\g<3>", data)
            zi = zipfile.ZipInfo(name, date_time=(2026, 3, 31, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, data)
    src.write_bytes(buf.getvalue())


# ----------------------------------------------------------------------------
# flat ODT (Writer) builder
# ----------------------------------------------------------------------------

class Fodt:
    def __init__(self, font="Liberation Sans", size=10, page=("21cm", "29.7cm"),
                 margins="1.8cm", footer=None):
        self.font, self.size, self.page, self.margins = font, size, page, margins
        self.footer = footer
        self.body, self.styles, self.cache, self.ntab = [], [], {}, 0

    def _style(self, family, key, props):
        k = (family, key)
        if k not in self.cache:
            name = f"{family[0].upper()}{len(self.cache) + 1}"
            self.cache[k] = name
            self.styles.append(f'<style:style style:name="{name}" style:family="{family}">{props}</style:style>')
        return self.cache[k]

    def pstyle(self, size=None, bold=False, italic=False, align="start", after="0.08cm",
               before="0cm", font=None, color="#000000", underline=False):
        size = size or self.size
        font = font or self.font
        tp = (f'<style:text-properties fo:font-family="\'{font}\'" fo:font-size="{size}pt" '
              f'fo:color="{color}"'
              + (' fo:font-weight="bold"' if bold else "")
              + (' fo:font-style="italic"' if italic else "")
              + (' style:text-underline-style="solid" style:text-underline-width="auto" '
                 'style:text-underline-color="font-color"' if underline else "")
              + "/>")
        pp = (f'<style:paragraph-properties fo:text-align="{align}" fo:margin-top="{before}" '
              f'fo:margin-bottom="{after}"/>')
        return self._style("paragraph", (size, bold, italic, align, after, before, font,
                                         color, underline), pp + tp)

    @staticmethod
    def txt(s):
        out = []
        for i, line in enumerate(str(s).split("\n")):
            if i:
                out.append("<text:line-break/>")
            line = xesc(line)
            line = line.replace("\t", "<text:tab/>")
            line = re.sub(r"  +", lambda m: " " + f'<text:s text:c="{len(m.group(0)) - 1}"/>', line)
            out.append(line)
        return "".join(out)

    def p(self, text="", **kw):
        self.body.append(f'<text:p text:style-name="{self.pstyle(**kw)}">{self.txt(text)}</text:p>')

    def table(self, header, rows, widths, aligns, size=None, border="all", head_bg="#d9d9d9",
              foot=(), head_bold=True, font=None):
        self.ntab += 1
        tn = f"Tab{self.ntab}"
        total_w = sum(widths)
        self.styles.append(f'<style:style style:name="{tn}" style:family="table">'
                           f'<style:table-properties style:width="{total_w:.2f}cm" table:align="left" '
                           f'fo:margin-top="0.2cm" fo:margin-bottom="0.3cm"/></style:style>')
        for i, w in enumerate(widths):
            self.styles.append(f'<style:style style:name="{tn}.C{i}" style:family="table-column">'
                               f'<style:table-column-properties style:column-width="{w:.2f}cm"/></style:style>')

        def cellstyle(kind):
            if border == "all":
                b = 'fo:border="0.5pt solid #000000"'
            elif border == "rows":
                b = 'fo:border-bottom="0.5pt solid #808080" fo:border-top="none" fo:border-left="none" fo:border-right="none"'
            else:
                b = 'fo:border="none"'
            bg = ""
            if kind == "head":
                bg = f' fo:background-color="{head_bg}"' if head_bg else ""
                if border == "rows":
                    b = 'fo:border-bottom="1pt solid #000000" fo:border-top="1pt solid #000000" fo:border-left="none" fo:border-right="none"'
            if kind == "foot" and border != "all":
                b = 'fo:border-top="1pt solid #000000" fo:border-bottom="none" fo:border-left="none" fo:border-right="none"'
            return self._style("table-cell", (border, kind, head_bg),
                               f'<style:table-cell-properties fo:padding="0.06cm" {b}{bg}/>')

        amap = {"l": "start", "r": "end", "c": "center"}

        def row(cells, kind):
            cs = cellstyle(kind)
            out = ["<table:table-row>"]
            for i, c in enumerate(cells):
                ps = self.pstyle(size=size, bold=(kind != "body" and head_bold) or kind == "foot",
                                 align=amap[aligns[i]], after="0cm", font=font)
                out.append(f'<table:table-cell table:style-name="{cs}" office:value-type="string">'
                           f'<text:p text:style-name="{ps}">{self.txt(c)}</text:p></table:table-cell>')
            out.append("</table:table-row>")
            return "".join(out)

        x = [f'<table:table table:name="{tn}" table:style-name="{tn}">']
        for i in range(len(widths)):
            x.append(f'<table:table-column table:style-name="{tn}.C{i}"/>')
        if header:
            x.append("<table:table-header-rows>" + row(header, "head") + "</table:table-header-rows>")
        for r in rows:
            x.append(row(r, "body"))
        for r in foot:
            x.append(row(r, "foot"))
        x.append("</table:table>")
        self.body.append("".join(x))

    def save(self, path):
        ns = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
              'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
              'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
              'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
              'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
              'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" '
              'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
              'xmlns:dc="http://purl.org/dc/elements/1.1/"')
        foot = ""
        if self.footer:
            fs = self.pstyle(size=7, align="center", color="#555555")
            foot = f'<style:footer><text:p text:style-name="{fs}">{self.txt(self.footer)}</text:p></style:footer>'
        doc = f'''<?xml version="1.0" encoding="UTF-8"?>
<office:document {ns} office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:meta><meta:creation-date>2026-03-31T09:00:00</meta:creation-date><dc:date>2026-03-31T09:00:00</dc:date></office:meta>
<office:styles><style:default-style style:family="paragraph"><style:text-properties fo:font-family="'{self.font}'" fo:font-size="{self.size}pt"/></style:default-style></office:styles>
<office:automatic-styles>
<style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="{self.page[0]}" fo:page-height="{self.page[1]}" fo:margin-top="{self.margins}" fo:margin-bottom="1.2cm" fo:margin-left="{self.margins}" fo:margin-right="{self.margins}"/><style:footer-style><style:header-footer-properties fo:min-height="0.6cm"/></style:footer-style></style:page-layout>
{"".join(self.styles)}
</office:automatic-styles>
<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="pm1">{foot}</style:master-page></office:master-styles>
<office:body><office:text>
{"".join(self.body)}
</office:text></office:body></office:document>
'''
        Path(path).write_text(doc, encoding="utf-8")


# ----------------------------------------------------------------------------
# openpyxl helpers
# ----------------------------------------------------------------------------

THIN = Side(style="thin", color="000000")
HAIR = Side(style="hair", color="808080")


def xl_setup(ws, landscape_=False, fit=True, margins=0.5):
    ws.page_setup.paperSize = 9
    ws.page_setup.orientation = "landscape" if landscape_ else "portrait"
    if fit:
        ws.sheet_properties.pageSetUpPr.fitToPage = True
        ws.page_setup.fitToWidth = 1
        ws.page_setup.fitToHeight = 0
    ws.page_margins.left = ws.page_margins.right = margins
    ws.page_margins.top = ws.page_margins.bottom = 0.6


def xl_row(ws, r, values, font=None, fmt=None, align=None, border=None, fill=None, c0=1):
    for i, v in enumerate(values):
        if v is None:
            continue
        c = ws.cell(row=r, column=c0 + i, value=v)
        if font:
            c.font = font
        if fmt and fmt[i]:
            c.number_format = fmt[i]
        if align and align[i]:
            c.alignment = Alignment(horizontal={"l": "left", "r": "right", "c": "center"}[align[i]],
                                    vertical="center", wrap_text=True)
        if border:
            c.border = border
        if fill:
            c.fill = fill


def xl_widths(ws, widths):
    for i, w in enumerate(widths):
        ws.column_dimensions[openpyxl.utils.get_column_letter(i + 1)].width = w


def xl_save(wb, path):
    wb.properties.creator = "Accounts Payable"
    wb.properties.created = FIXED_TS
    wb.properties.modified = FIXED_TS
    wb.save(str(path))
    normalize_zip(path)


# ----------------------------------------------------------------------------
# scan simulation
# ----------------------------------------------------------------------------

def degrade(img, nrng, k):
    """img: PIL L image. k: dict of knobs. returns PIL L image."""
    a = np.asarray(img, dtype=np.float32) / 255.0
    h, w = a.shape
    black, white = k.get("black", 0.18), k.get("white", 0.87)
    a = black + (white - black) * a
    # uneven illumination
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    gx, gy = nrng.uniform(-1, 1), nrng.uniform(-1, 1)
    a += k.get("shade", 0.05) * (gx * (xx / w - 0.5) + gy * (yy / h - 0.5))
    img = Image.fromarray(np.clip(a * 255, 0, 255).astype(np.uint8), "L")
    # rotation
    bg = int(white * 255)
    img = img.rotate(k.get("angle", 0.8), resample=Image.BICUBIC, expand=False, fillcolor=bg)
    # blur
    if k.get("blur", 0.6) > 0:
        img = img.filter(ImageFilter.GaussianBlur(k.get("blur", 0.6)))
    a = np.asarray(img, dtype=np.float32) / 255.0
    # speckle / grain: paper/toner grain correlated over ~3 px plus a little pixel noise
    g = nrng.normal(0, k.get("grain", 0.03), (h // 3 + 1, w // 3 + 1)).astype(np.float32)
    gimg = Image.fromarray(np.clip((g + 0.5) * 255, 0, 255).astype(np.uint8), "L").resize((w, h), Image.BILINEAR)
    a += np.asarray(gimg, dtype=np.float32) / 255.0 - 0.5
    a += nrng.normal(0, k.get("fine", 0.006), a.shape).astype(np.float32)
    n_specks = int(h * w * k.get("specks", 4e-5) * 0.6)
    ys = nrng.integers(0, h, n_specks)
    xs = nrng.integers(0, w, n_specks)
    for y, x in zip(ys, xs):
        r = int(nrng.integers(1, 3))
        a[max(0, y - r):y + r, max(0, x - r):x + r] *= nrng.uniform(0.2, 0.7)
    # photocopy edge: dark irregular band on one side plus shadow
    side = k.get("edge", "left")
    if side:
        steps = nrng.normal(0, 0.6, max(h, w)).cumsum()
        steps = steps - steps.min()
        base = k.get("edge_w", 18)
        prof = (base + np.clip(steps, 0, base)).astype(int)
        dark = k.get("edge_dark", 0.12)
        if side in ("left", "right"):
            for y in range(h):
                wdt = prof[y]
                if side == "left":
                    a[y, :wdt] = dark + nrng.uniform(0, 0.05)
                    a[y, wdt:wdt + 25] *= np.linspace(0.75, 1.0, 25)[: max(0, min(25, w - wdt))]
                else:
                    a[y, w - wdt:] = dark + nrng.uniform(0, 0.05)
                    a[y, w - wdt - 25:w - wdt] *= np.linspace(1.0, 0.75, 25)
        else:
            for x in range(w):
                hgt = prof[x]
                if side == "top":
                    a[:hgt, x] = dark + nrng.uniform(0, 0.05)
                    a[hgt:hgt + 25, x] *= np.linspace(0.75, 1.0, 25)[: max(0, min(25, h - hgt))]
                else:
                    a[h - hgt:, x] = dark + nrng.uniform(0, 0.05)
                    a[h - hgt - 25:h - hgt, x] *= np.linspace(1.0, 0.75, 25)
    return Image.fromarray(np.clip(a * 255, 0, 255).astype(np.uint8), "L")


def jpeg_fit(im, dpi, budget):
    """Largest JPEG quality (70..20) that fits the byte budget; shrink the image if none does."""
    while True:
        for qual in range(70, 15, -5):
            buf = io.BytesIO()
            im.save(buf, "JPEG", quality=qual, dpi=(dpi, dpi))
            if buf.tell() <= budget:
                return buf.getvalue(), im.size, dpi
        im = im.resize((int(im.width * 0.85), int(im.height * 0.85)), Image.LANCZOS)
        dpi = dpi * 0.85


def scanify(src_pdf, out_path, seed, dpi, knobs, kind="pdf", budget=250_000):
    prefix = TMP / f"scan{seed}"
    run(["pdftoppm", "-r", str(dpi), "-gray", "-png", str(src_pdf), str(prefix)])
    pages = sorted(TMP.glob(f"scan{seed}-*.png"))
    nrng = np.random.default_rng(seed)
    imgs = []
    for i, pg in enumerate(pages):
        kk = dict(knobs)
        kk["angle"] = knobs.get("angle", 0.8) * (1 if i % 2 == 0 else -0.7)
        imgs.append(degrade(Image.open(pg).convert("L"), nrng, kk))
    if kind == "png":  # fax-like bilevel
        im = imgs[0].point(lambda v: 255 if v > knobs.get("thresh", 140) else 0).convert("1")
        im.save(out_path, "PNG", optimize=True, dpi=(dpi, dpi))
        return
    if kind == "jpg":
        data, _, _ = jpeg_fit(imgs[0], dpi, budget)
        Path(out_path).write_bytes(data)
        return
    per_page = budget // len(imgs) - 3000
    jpgs = []
    for i, im in enumerate(imgs):
        data, size, pdpi = jpeg_fit(im, dpi, per_page)
        jp = TMP / f"scan{seed}-{i}.jpg"
        jp.write_bytes(data)
        jpgs.append((jp, size, pdpi))
    c = rl_canvas.Canvas(str(Path(out_path).resolve()), invariant=1)
    c.setCreator("ScanSnap Manager")
    c.setProducer("Scanner")
    cwd = os.getcwd()
    os.chdir(TMP)  # reportlab names the image XObject after the path string: keep it run-independent
    try:
        for jp, (w, h), pdpi in jpgs:
            pw, ph = w * 72.0 / pdpi, h * 72.0 / pdpi
            c.setPageSize((pw, ph))
            c.drawImage(jp.name, 0, 0, pw, ph)
            c.showPage()
        c.save()
    finally:
        os.chdir(cwd)


# ----------------------------------------------------------------------------
# HTML helpers
# ----------------------------------------------------------------------------

def h(s):
    return htmlmod.escape(str(s), quote=False)


def html_table(header, rows, aligns, foot=(), cls="t", hcls=None):
    al = {"l": "left", "r": "right", "c": "center"}
    out = [f'<table class="{cls}">']
    if header:
        out.append("<thead><tr>" + "".join(
            f'<th style="text-align:{al[a]}">{h(c)}</th>' for c, a in zip(header, aligns)) + "</tr></thead>")
    out.append("<tbody>")
    for r in rows:
        out.append("<tr>" + "".join(f'<td style="text-align:{al[a]}">{h(c)}</td>'
                                    for c, a in zip(r, aligns)) + "</tr>")
    out.append("</tbody>")
    if foot:
        out.append("<tfoot>")
        for r in foot:
            out.append('<tr class="tot">' + "".join(f'<td style="text-align:{al[a]}">{h(c)}</td>'
                                                    for c, a in zip(r, aligns)) + "</tr>")
        out.append("</tfoot>")
    out.append("</table>")
    return "\n".join(out)


def html_page(title, css, body, lang="en"):
    return (f'<!DOCTYPE html>\n<html lang="{lang}"><head><meta charset="utf-8">'
            f"<title>{h(title)}</title><style>{css}</style></head><body>\n{body}\n</body></html>\n")


# ----------------------------------------------------------------------------
# reportlab layouts
# ----------------------------------------------------------------------------

def col_rows(lines, cols):
    return [[fn(l) for (_, fn, _, _) in cols] for l in lines]


def rl_erp(out, d, c):
    """Generic ERP-style payment advice. c: config dict."""
    font, bold = c.get("font", "Helvetica"), c.get("bold", "Helvetica-Bold")
    pagesize = c.get("pagesize", A4)
    W = pagesize[0] - 2 * c.get("margin", 18 * mm)
    story = []
    hs = c.get("header_style", "split")
    payer_lines = c.get("payer_lines", [])
    title = c.get("title", "PAYMENT ADVICE")
    if hs == "split":
        left = [P(d["payer"], bold, c.get("payer_size", 15), leading=19)] + \
               [P(x, font, 8) for x in payer_lines]
        right = [P(title, bold, c.get("title_size", 16), align=2, leading=20)]
        t = Table([[left, right]], colWidths=[W * 0.58, W * 0.42])
        t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
        story.append(t)
        story.append(sp(3))
        story.append(rl_table(None, [[""]], [W], "l", grid="none"))
        story[-1].setStyle(TableStyle([("LINEABOVE", (0, 0), (-1, 0), 1.2, colors.black)]))
    elif hs == "band":
        band = Table([[P(d["payer"], bold, c.get("payer_size", 14), color=colors.white, leading=18),
                       P(title, bold, 12, align=2, color=colors.white)]],
                     colWidths=[W * 0.62, W * 0.38])
        band.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), c.get("band", colors.HexColor("#1f4e79"))),
                                  ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                                  ("TOPPADDING", (0, 0), (-1, -1), 8), ("BOTTOMPADDING", (0, 0), (-1, -1), 8)]))
        story.append(band)
        story.append(sp(2))
        for x in payer_lines:
            story.append(P(x, font, 7.5, color=colors.HexColor("#444444")))
    else:  # centered
        story.append(P(d["payer"], bold, c.get("payer_size", 14), align=1, leading=18))
        for x in payer_lines:
            story.append(P(x, font, 8, align=1))
        story.append(sp(8))
        story.append(P(title, bold, c.get("title_size", 13), align=1, leading=16))
    story.append(sp(c.get("gap", 10)))
    # addressee + info block
    to_label = c.get("to_label", "Payee")
    to = [P(to_label, bold, 8.5)] + [P(x, font, 8.5) for x in c.get("payee", SUP_SYD)]
    info = c.get("info", [])
    it = Table([[P(k, bold, 8.5), P(v, font, 8.5)] for k, v in info],
               colWidths=[W * 0.2, W * 0.28])
    it.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                            ("TOPPADDING", (0, 0), (-1, -1), 1), ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
                            ("LEFTPADDING", (0, 0), (-1, -1), 2)]
                           + ([("BOX", (0, 0), (-1, -1), 0.6, colors.black)] if c.get("info_box") else [])))
    blk = Table([[to, it]], colWidths=[W * 0.5, W * 0.5])
    blk.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    story.append(blk)
    story.append(sp(c.get("gap", 10)))
    for x in c.get("intro", []):
        story.append(P(x, font, 8.5, space_after=4))
    cols = c["cols"]
    rows = col_rows(d["lines"], cols)
    foot = c.get("foot", lambda d: [])(d)
    widths = [wd * W for (_, _, _, wd) in cols]
    story.append(rl_table([hd for (hd, _, _, _) in cols], rows, widths,
                          "".join(a for (_, _, a, _) in cols), font, bold,
                          size=c.get("size", 8.5), grid=c.get("grid", "lines"),
                          head_bg=c.get("head_bg"), head_fg=c.get("head_fg", colors.black),
                          zebra=c.get("zebra"), foot=foot))
    story.append(sp(12))
    for x in c.get("notes", []):
        story.append(P(x, font, 7.5, space_after=3, color=colors.HexColor("#333333")))
    rl_build(out, story, pagesize=pagesize, margins=(c.get("margin", 18 * mm),) * 4,
             title=c.get("doc_title", title), author=d["payer"])


def rl_bank(out, d, c):
    font, bold = c.get("font", "Helvetica"), c.get("bold", "Helvetica-Bold")
    W = A4[0] - 36 * mm
    story = []
    bank = c["bank"]
    hdr = Table([[P(bank[0], bold, 16, color=c.get("bank_col", colors.HexColor("#00553a")), leading=20),
                  P("\n".join(bank[1:]), font, 7, align=2)]], colWidths=[W * 0.55, W * 0.45])
    hdr.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                             ("LINEBELOW", (0, 0), (-1, 0), 2, c.get("bank_col", colors.HexColor("#00553a")))]))
    story += [hdr, sp(14), P(c.get("title", "REMITTANCE ADVICE"), bold, 12, leading=15),
              P(c.get("subtitle", ""), font, 8.5), sp(10)]
    fields = c["fields"]
    ft = Table([[P(k, bold, 8.5), P(v, font, 8.5)] for k, v in fields], colWidths=[W * 0.32, W * 0.68])
    ft.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.8, colors.black),
                            ("INNERGRID", (0, 0), (-1, -1), 0.3, colors.grey),
                            ("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#eeeeee")),
                            ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
    story += [ft, sp(14), P(c.get("ri_label", "Remittance information"), bold, 9), sp(4)]
    cols = c["cols"]
    widths = [wd * W for (_, _, _, wd) in cols]
    story.append(rl_table([hd for (hd, _, _, _) in cols], col_rows(d["lines"], cols), widths,
                          "".join(a for (_, _, a, _) in cols), font, bold, size=8.5,
                          grid=c.get("grid", "box"), foot=c.get("foot", lambda d: [])(d)))
    story.append(sp(16))
    for x in c.get("notes", []):
        story.append(P(x, font, 6.8, space_after=3, color=colors.HexColor("#444444")))
    rl_build(out, story, title="Remittance Advice", author=bank[0])


def rl_twopage(out, d, c):
    """Two-page advice: table split at c['split'] with repeated headers and page subtotals."""
    font, bold = c.get("font", "Helvetica"), c.get("bold", "Helvetica-Bold")
    W = A4[0] - 30 * mm
    cols = c["cols"]
    widths = [wd * W for (_, _, _, wd) in cols]
    heads = [hd for (hd, _, _, _) in cols]
    aligns = "".join(a for (_, _, a, _) in cols)
    amt_i = c["amt_col"]
    fmt = c["fmt"]
    lines = d["lines"]
    p1, p2 = lines[:c["split"]], lines[c["split"]:]
    s1, s2 = total(p1), total(p2)

    def blank():
        return [""] * len(cols)

    def lab(text, value):
        r = blank()
        r[c.get("label_col", 0)] = text
        r[amt_i] = value
        return r

    story = []
    story.append(P(d["payer"], bold, 14, leading=18))
    for x in c.get("payer_lines", []):
        story.append(P(x, font, 8))
    story.append(sp(8))
    story.append(P(c.get("title", "REMITTANCE ADVICE"), bold, 12, leading=15))
    story.append(sp(6))
    info = Table([[P(k, bold, 8.5), P(v, font, 8.5), P(k2, bold, 8.5), P(v2, font, 8.5)]
                  for (k, v, k2, v2) in c["info"]], colWidths=[W * 0.18, W * 0.32, W * 0.18, W * 0.32])
    info.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    story += [info, sp(10)]
    cum = c.get("cumulative", False)
    foot1 = [lab(c["sub1_label"], fmt(s1))]
    story.append(rl_table(heads, col_rows(p1, cols), widths, aligns, font, bold, size=8,
                          grid=c.get("grid", "lines"), head_bg=c.get("head_bg"), foot=foot1))
    story.append(PageBreak())
    story.append(P(f"{d['payer']} - {c.get('cont_title', 'Remittance Advice (continued)')}", bold, 10))
    story.append(P(c["cont_line"], font, 8))
    story.append(sp(8))
    body2 = col_rows(p2, cols)
    if cum:
        body2 = [lab(c["bf_label"], fmt(s1))] + body2
        foot2 = [lab(c["total_label"], fmt(s1 + s2))]
    else:
        foot2 = [lab(c["sub2_label"], fmt(s2)), lab(c["total_label"], fmt(s1 + s2))]
    story.append(rl_table(heads, body2, widths, aligns, font, bold, size=8,
                          grid=c.get("grid", "lines"), head_bg=c.get("head_bg"), foot=foot2))
    story.append(sp(14))
    for x in c.get("notes", []):
        story.append(P(x, font, 7.5, space_after=3))

    def on_page(canv, doc):
        canv.saveState()
        canv.setFont(font, 7.5)
        canv.drawRightString(A4[0] - 15 * mm, 10 * mm, c["page_fmt"].format(canv.getPageNumber()))
        canv.drawString(15 * mm, 10 * mm, c.get("footer", ""))
        canv.restoreState()

    rl_build(out, story, margins=(15 * mm, 15 * mm, 15 * mm, 18 * mm), title="Remittance",
             author=d["payer"], on_page=on_page)


def rl_letter(out, d, c):
    font, bold = c.get("font", "Times-Roman"), c.get("bold", "Times-Bold")
    W = A4[0] - 50 * mm
    story = [P(d["payer"], bold, 16, align=1, leading=20)]
    for x in c.get("payer_lines", []):
        story.append(P(x, font, 8.5, align=1))
    story += [sp(24), P(c["letter_date"], font, 10.5), sp(12)]
    for x in c.get("to", SUP_SYD[:3]):
        story.append(P(x, font, 10.5, leading=13))
    story.append(sp(14))
    if c.get("subject"):
        story += [P(c["subject"], bold, 10.5), sp(8)]
    for para in c["paras_before"]:
        story += [P(para, font, 10.5, leading=14), sp(8)]
    rows = [[fn(l) for fn in c["row_fns"]] for l in d["lines"]]
    foot = c.get("foot", lambda d: [])(d)
    t = rl_table(None, rows, [wd * W for wd in c["widths"]], c["aligns"], font, bold, size=10.5,
                 grid="none", foot=foot)
    if foot:
        t.setStyle(TableStyle([("LINEABOVE", (-1, len(rows)), (-1, len(rows)), 0.8, colors.black)]))
    story += [t, sp(10)]
    for para in c["paras_after"]:
        story += [P(para, font, 10.5, leading=14), sp(8)]
    story += [sp(16)] + [P(x, font, 10.5, leading=13) for x in c["sign"]]
    rl_build(out, story, margins=(25 * mm, 25 * mm, 20 * mm, 20 * mm), title="Payment",
             author=d["payer"])


def words_usd(x):
    ones = ["", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
            "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
            "eighteen", "nineteen"]
    tens = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]

    def lt1000(n):
        out = []
        if n >= 100:
            out += [ones[n // 100], "hundred"]
            n %= 100
        if n >= 20:
            out.append(tens[n // 10] + ("-" + ones[n % 10] if n % 10 else ""))
        elif n:
            out.append(ones[n])
        return " ".join(out)

    x = q(x)
    dollars, cents = int(x), int((x - int(x)) * 100)
    parts = []
    if dollars >= 1000:
        parts += [lt1000(dollars // 1000), "thousand"]
    if dollars % 1000:
        parts.append(lt1000(dollars % 1000))
    s = " ".join(parts) or "zero"
    return f"{s[0].upper() + s[1:]} and {cents:02d}/100"


# ============================================================================
# DOCUMENTS
# ============================================================================

DOCS = []


def doc(n, tool, ext, scan=False):
    def deco(fn):
        DOCS.append(dict(n=n, tool=tool, ext=ext, scan=scan, build=fn))
        return fn
    return deco


def D(y, m, dd):
    return dt.date(y, m, dd)


# ---------------------------------------------------------------- reportlab


@doc(1, "reportlab", "pdf")
def d01(rng):
    pay = D(2026, 3, 13)
    lines = gen_inv(rng, 7, "INV-{:05d}", 1180, pay, lo=400, hi=12000)
    lines[2]["disc"] = q(lines[2]["gross"] * Decimal("0.025"))
    lines[4]["paid"] = q(lines[4]["gross"] / 2)
    lines[4]["desc"] = "Part payment"
    lines.insert(5, L("CN-0042", -money(rng, 80, 600), "credit_note", date=pay - dt.timedelta(days=19)))
    finalize(lines)
    d = dict(payer="Harbourside Hotels Group Pty Ltd", date=pay, ref="EFT-0045512", cur="AUD",
             total_stated=True, lines=lines)
    f = lambda x: en(x, neg="()", blank_zero=False)
    cfg = dict(
        payer_lines=["Level 2, 48 Circular Quay West, The Rocks NSW 2000",
                     "ABN 71 118 552 340  |  Ph (02) 9251 4400"],
        info=[("Payment Date", df(pay, "d Mon Y")), ("Payment Reference", "EFT-0045512"),
              ("Payment Method", "EFT"), ("Currency", "AUD"), ("Vendor No.", "200441")],
        payee=SUP_SYD + [f"Bank: {BANK_SYD}"],
        cols=[("Invoice No.", lambda l: l["ref"], "l", 0.17),
              ("Invoice Date", lambda l: df(l["date"], "dmy/"), "c", 0.14),
              ("Invoice Amount", lambda l: f(l["gross"]), "r", 0.17),
              ("Discount", lambda l: f(l["disc"]) if l["disc"] else "", "r", 0.13),
              ("Amount Paid", lambda l: f(l["paid"]), "r", 0.17),
              ("Remarks", lambda l: l["desc"] or ("Credit note" if l["kind"] == "credit_note" else ""), "l", 0.22)],
        foot=lambda d: [["Total Paid", "", "", "AUD", f(total(d["lines"])), ""]],
        grid="lines", head_bg=colors.HexColor("#dde6f0"),
        notes=["Funds have been deposited to your nominated account BSB 062-118 Account 1044 7781.",
               "Please direct remittance queries to accounts.payable@harboursidehotels.com.au quoting vendor number 200441."])
    d["render"] = lambda out: rl_erp(out, d, cfg)
    return d


@doc(2, "reportlab", "pdf")
def d02(rng):
    pay = D(2026, 3, 9)
    lines = finalize([L("INV-00512", "2145.00"), L("INV-00519", "3870.55"), L("INV-00533", "1400.50")])
    d = dict(payer="Kookaburra Catering Co. Pty Ltd", date=pay, ref="SCB260309-774120", cur="AUD",
             total_stated=True, lines=lines)
    tot = total(lines)
    cfg = dict(
        bank=["Southern Cross Bank Limited", "ABN 11 005 357 522  AFSL 234945",
              "GPO Box 4410, Sydney NSW 2001", "Business Banking 13 22 21"],
        title="REMITTANCE ADVICE", subtitle="Electronic Funds Transfer - sent on behalf of our customer",
        fields=[("Ordering customer", "Kookaburra Catering Co. Pty Ltd"),
                ("Debit account", "BSB 732-014  Account 6620 1187"),
                ("Beneficiary", SUP_SYD[0]),
                ("Beneficiary account", "BSB 062-118  Account 1044 7781"),
                ("Value date", df(pay, "iso")),
                ("Transaction reference", "SCB260309-774120"),
                ("Amount", f"AUD {en(tot)}")],
        cols=[("Your Ref", lambda l: l["ref"], "l", 0.5), ("Amount AUD", lambda l: en(l["paid"]), "r", 0.5)],
        foot=lambda d: [["Total", en(total(d["lines"]))]],
        notes=["This advice is provided for information only. Funds are normally available within one business day "
               "of the value date. Southern Cross Bank Limited, 1 Martin Place, Sydney NSW 2000.",
               "If you have questions about this payment please contact the ordering customer directly."])
    d["render"] = lambda out: rl_bank(out, d, cfg)
    return d


def twopage_lines(rng, pay, n_inv, credits, fmt_inv, start, cn_refs):
    lines = gen_inv(rng, n_inv, fmt_inv, start, pay, step=(1, 9), lo=80, hi=3500)
    for pos, ref in zip(credits, cn_refs):
        lines.insert(pos, L(ref, -money(rng, 40, 400), "credit_note",
                            date=pay - dt.timedelta(days=rng.randint(10, 40))))
    for l in lines:
        if l["due"] is None:
            l["due"] = l["date"] + dt.timedelta(days=30)
    return finalize(lines)


@doc(3, "reportlab", "pdf")
def d03(rng):
    pay = D(2026, 3, 20)
    lines = twopage_lines(rng, pay, 36, [9, 30], "{:08d}", 90012200, ["CN-0071", "CN-0074"])
    d = dict(payer="Great Southern Foodservice Pty Ltd", date=pay, ref="000318772", cur="AUD",
             total_stated=True, lines=lines)
    f = lambda x: en(x, neg="trail")
    cfg = dict(
        payer_lines=["Unit 7, 220 Princes Highway, Arncliffe NSW 2205", "ABN 38 090 441 576"],
        title="REMITTANCE ADVICE",
        info=[("Payment No.", "000318772", "Payee", SUP_SYD[0]),
              ("Payment Date", df(pay, "dmy/"), "Supplier No.", "S10442"),
              ("Currency", "AUD", "Paid into", "062-118 / 1044 7781")],
        cols=[("Doc No.", lambda l: l["ref"], "l", 0.16),
              ("Type", lambda l: "CRN" if l["kind"] == "credit_note" else "INV", "c", 0.08),
              ("Doc Date", lambda l: df(l["date"], "dmy/"), "c", 0.15),
              ("Due Date", lambda l: df(l["due"], "dmy/"), "c", 0.15),
              ("Gross Amount", lambda l: f(l["gross"]), "r", 0.22),
              ("Amount Paid", lambda l: f(l["paid"]), "r", 0.24)],
        amt_col=5, fmt=f, split=22, sub1_label="Page subtotal", sub2_label="Page subtotal",
        total_label="TOTAL PAYMENT", label_col=0,
        cont_line=f"Payment No. 000318772  |  Payment Date {df(pay, 'dmy/')}",
        page_fmt="Page {} of 2", footer="Great Southern Foodservice - Accounts Payable - ap@gsfoodservice.com.au",
        head_bg=colors.HexColor("#e6e6e6"),
        notes=["Credit notes are shown with a trailing minus sign and have been deducted from this payment."])
    d["render"] = lambda out: rl_twopage(out, d, cfg)
    return d


def wide_lines(rng, pay, n, fmt, start, vstart, postart, discount_idx=(), adj_idx=()):
    lines = gen_inv(rng, n, fmt, start, pay, step=(3, 40), lo=300, hi=15000)
    descs = ["Linen & towels", "Guest amenities", "Kitchen consumables", "Glassware", "Cleaning supplies",
             "Tea & coffee", "Minibar stock", "Paper goods", "Uniforms", "Bathroom amenities",
             "Stationery", "Dry goods", "Disposables", "Spa products", "Chemicals"]
    v, po = vstart, postart
    for i, l in enumerate(lines):
        v += rng.randint(1, 12)
        po += rng.randint(5, 90)
        l["vch"] = f"AP{v:07d}"
        l["po"] = f"{po:010d}"
        l["desc"] = descs[i % len(descs)]
        l["gst"] = q(l["gross"] * 3 / 23)
        if i in discount_idx:
            l["disc"] = q(l["gross"] * Decimal("0.02"))
        if i in adj_idx:
            l["adj"] = money(rng, 20, 150)
    return finalize(lines)


@doc(4, "reportlab", "pdf")
def d04(rng):
    pay = D(2026, 3, 16)
    lines = wide_lines(rng, pay, 14, "WG/26/{:04d}", 7700, 21340, 4500017000,
                       discount_idx=(1, 5, 9), adj_idx=(7,))
    d = dict(payer="Pacific Rim Hospitality (NZ) Limited", date=pay, ref="558812", cur="NZD",
             total_stated=True, lines=lines)
    f = lambda x: en(x, blank_zero=True)
    cfg = dict(
        pagesize=landscape(A4), margin=12 * mm, header_style="band", size=7,
        payer_lines=["Level 9, 88 Shortland Street, Auckland 1010, New Zealand  |  NZBN 9429041770012  |  GST 118-442-907"],
        title="SUPPLIER PAYMENT ADVICE",
        info=[("Payment Run", "PR-2026-11"), ("EFT Ref", "558812"), ("Payment Date", df(pay, "d-Mon-Y")),
              ("Currency", "NZD"), ("Supplier ID", "V-003318")],
        info_box=True,
        payee=SUP_SYD + [f"Bank: {BANK_SYD}"], to_label="Paid to",
        cols=[("Voucher", lambda l: l["vch"], "l", 0.075),
              ("PO Number", lambda l: l["po"], "l", 0.09),
              ("Supplier Inv #", lambda l: l["ref"], "l", 0.09),
              ("Inv Date", lambda l: df(l["date"], "dmy/"), "c", 0.07),
              ("Due Date", lambda l: df(l["due"], "dmy/"), "c", 0.07),
              ("Description", lambda l: l["desc"], "l", 0.13),
              ("Gross", lambda l: f(l["gross"]), "r", 0.085),
              ("GST incl.", lambda l: f(l["gst"]), "r", 0.075),
              ("Discount", lambda l: f(l["disc"]), "r", 0.07),
              ("Adjustment", lambda l: f(l["adj"]), "r", 0.075),
              ("Net Paid", lambda l: f(l["paid"]), "r", 0.09)],
        foot=lambda d: [["", "", "", "", "", "Total NZD",
                         f(sum((l["gross"] for l in d["lines"]), Z)),
                         f(sum((l["gst"] for l in d["lines"]), Z)),
                         f(sum((l["disc"] for l in d["lines"]), Z)),
                         f(sum((l["adj"] for l in d["lines"]), Z)),
                         f(total(d["lines"]))]],
        grid="box", head_bg=colors.HexColor("#dbe5f1"), zebra=colors.HexColor("#f4f4f4"),
        notes=["Adjustment on WG/26/" + lines[7]["ref"][-4:] + ": short delivery deducted per GRN. "
               "Prompt payment discount 2% taken where applicable.",
               "Payment made by direct credit. Enquiries: accountspayable@pacificrimhospitality.co.nz  +64 9 302 7700"])
    d["render"] = lambda out: rl_erp(out, d, cfg)
    return d


@doc(5, "reportlab", "pdf")
def d05(rng):
    pay = D(2026, 3, 5)
    lines = gen_inv(rng, 5, "INV-{:05d}", 1605, pay, lo=900, hi=14000)
    for l in lines[:4]:
        l["disc"] = q(l["gross"] * Decimal("0.02"))
    lines.insert(3, L("CN-0057", -money(rng, 100, 900), "credit_note", date=pay - dt.timedelta(days=15)))
    finalize(lines)
    d = dict(payer="Brauhaus Edelweiss GmbH", date=pay, ref="ZV-2026-0318", cur="EUR", total_stated=True,
             lines=lines)
    f = lambda x: de(x, blank_zero=True)
    cfg = dict(
        font="DV", bold="DV-B", header_style="split", title="ZAHLUNGSAVIS",
        payer_lines=["Brauereistraße 14, 80331 München, Deutschland", "USt-IdNr. DE 281 447 190",
                     "Tel. +49 89 2318 400"],
        to_label="Zahlungsempfänger", payee=SUP_SYD + ["IBAN-Gegenkonto: 062-118 1044 7781"],
        info=[("Zahlungsdatum", df(pay, "dmy.")), ("Zahlungsreferenz", "ZV-2026-0318"),
              ("Währung", "EUR"), ("Kreditorennr.", "70012")],
        intro=["Sehr geehrte Damen und Herren, wir haben folgende Belege zur Zahlung angewiesen:"],
        cols=[("Belegnummer", lambda l: l["ref"], "l", 0.18),
              ("Belegart", lambda l: "Gutschrift" if l["kind"] == "credit_note" else "Rechnung", "l", 0.14),
              ("Belegdatum", lambda l: df(l["date"], "dmy."), "c", 0.14),
              ("Rechnungsbetrag", lambda l: f(l["gross"]), "r", 0.19),
              ("Skonto", lambda l: f(l["disc"]), "r", 0.14),
              ("Zahlbetrag", lambda l: f(l["paid"]), "r", 0.21)],
        foot=lambda d: [["Summe Zahlbetrag", "", "", "", "EUR", f(total(d["lines"]))]],
        grid="hair", head_bg=colors.HexColor("#eeeeee"),
        notes=["Auftraggeber-Konto: IBAN DE89 3704 0044 0532 0130 00, BIC COBADEFFXXX",
               "Brauhaus Edelweiss GmbH, Amtsgericht München HRB 214455, Geschäftsführer: K. Lindner"])
    d["render"] = lambda out: rl_erp(out, d, cfg)
    return d


@doc(6, "reportlab", "pdf")
def d06(rng):
    pay = D(2026, 3, 17)
    lines = gen_inv(rng, 4, "SI-2026-{:04d}", 410, pay, lo=700, hi=9000)
    lines[1]["disc"] = q(lines[1]["gross"] * Decimal("0.01"))
    lines.append(L("CN-0061", -money(rng, 90, 700), "credit_note", date=pay - dt.timedelta(days=12)))
    finalize(lines)
    d = dict(payer="Maison Lefèvre SARL", date=pay, ref="VIR-88213", cur="EUR", total_stated=True, lines=lines)
    f = lambda x: fr(x, blank_zero=True)
    cfg = dict(
        font="LSe", bold="LSe-B", header_style="center", title="AVIS DE PAIEMENT",
        payer_lines=["12, rue des Tanneurs - 69002 Lyon - France", "SIRET 412 889 551 00027 - TVA FR 61 412889551"],
        to_label="Bénéficiaire", payee=SUP_SYD,
        info=[("Date de paiement", df(pay, "dmy/")), ("Référence du virement", "VIR-88213"),
              ("Devise", "EUR"), ("Code fournisseur", "F04417")],
        intro=["Madame, Monsieur, nous avons le plaisir de vous informer du règlement des pièces suivantes :"],
        cols=[("Numéro de facture", lambda l: l["ref"], "l", 0.2),
              ("Type", lambda l: "Avoir" if l["kind"] == "credit_note" else "Facture", "l", 0.12),
              ("Date facture", lambda l: df(l["date"], "dmy/"), "c", 0.14),
              ("Montant TTC", lambda l: f(l["gross"]), "r", 0.19),
              ("Escompte", lambda l: f(l["disc"]), "r", 0.14),
              ("Montant réglé", lambda l: f(l["paid"]), "r", 0.21)],
        foot=lambda d: [["Total réglé", "", "", "", "EUR", f(total(d["lines"]))]],
        grid="grid",
        notes=["Virement émis depuis notre compte IBAN FR76 3000 4008 2800 0112 3456 789.",
               "Service Comptabilité Fournisseurs - Tél. 04 78 42 19 00"])
    d["render"] = lambda out: rl_erp(out, d, cfg)
    return d


@doc(7, "reportlab", "pdf")
def d07(rng):
    pay = D(2026, 3, 11)
    lines = gen_inv(rng, 6, "SI-2026-{:04d}", 440, pay, lo=300, hi=6000)
    finalize(lines)
    d = dict(payer="Golden Leaf Trading Pte Ltd", date=pay, ref="PV20260311-07", cur="SGD",
             total_stated=True, lines=lines)
    f = lambda x: en(x)
    cfg = dict(
        font="DV", bold="DV-B", header_style="split", title="付款通知 Payment Advice",
        payer_lines=["新加坡 Singapore 069542, 80 Robinson Road #12-03", "UEN 201533127K  电话 6225 8810"],
        to_label="收款方 Payee", payee=SUP_SG,
        info=[("付款日期", df(pay, "cn")), ("付款编号", "PV20260311-07"), ("币种", "SGD"),
              ("付款方式", "银行转账 GIRO")],
        cols=[("序号", lambda l: str(d["lines"].index(l) + 1), "c", 0.08),
              ("发票号码", lambda l: l["ref"], "l", 0.24),
              ("发票日期", lambda l: df(l["date"], "iso"), "c", 0.18),
              ("发票金额", lambda l: f(l["gross"]), "r", 0.24),
              ("付款金额", lambda l: f(l["paid"]), "r", 0.26)],
        foot=lambda d: [["", "合计 Total", "", "SGD", f(total(d["lines"]))]],
        grid="grid", head_bg=colors.HexColor("#f2e6c9"),
        notes=["收款账户: " + BANK_SG, "如有疑问请联系 finance@goldenleaf.com.sg"])
    d["render"] = lambda out: rl_erp(out, d, cfg)
    return d


def ewt_lines(rng, pay, n, fmt, start, rate, lo=5000, hi=180000):
    lines = gen_inv(rng, n, fmt, start, pay, lo=lo, hi=hi)
    for l in lines:
        l["wht"] = q(l["gross"] / Decimal("1.12") * rate)
    return lines


@doc(8, "reportlab", "pdf")
def d08(rng):
    pay = D(2026, 3, 12)
    lines = ewt_lines(rng, pay, 8, "SI-2026-{:04d}", 520, Decimal("0.01"))
    po = L("PO-2026-118", money(rng, 20000, 60000), "po", date=pay - dt.timedelta(days=3),
           desc="Advance payment 30%")
    po["wht"] = q(po["gross"] / Decimal("1.12") * Decimal("0.01"))
    lines.append(po)
    finalize(lines)
    d = dict(payer="Manila Bay Resorts Inc.", date=pay, ref="BDO-FT-26031200417", cur="PHP",
             total_stated=True, lines=lines)
    f = lambda x: en(x)
    cfg = dict(
        font="DV", bold="DV-B", header_style="center", title="PAYMENT ADVICE", payer_size=15,
        payer_lines=["1588 Roxas Boulevard, Malate, Manila 1004", "VAT Reg. TIN 004-551-228-000  Tel. (02) 8523-4410"],
        to_label="Payee", payee=SUP_PH,
        info=[("Payment Date", df(pay, "Month D, Y")), ("Reference No.", "BDO-FT-26031200417"),
              ("Mode", "Fund transfer"), ("Supplier Code", "SUP-0917")],
        cols=[("SI No.", lambda l: l["ref"], "l", 0.17),
              ("SI Date", lambda l: df(l["date"], "dmy/"), "c", 0.13),
              ("Particulars", lambda l: l["desc"] or "Supplies", "l", 0.2),
              ("Gross Amount", lambda l: f(l["gross"]), "r", 0.17),
              ("Less: EWT 1%", lambda l: f(l["wht"]), "r", 0.15),
              ("Net Amount", lambda l: f(l["paid"]), "r", 0.18)],
        foot=lambda d: [["TOTAL", "", "", f(sum((l["gross"] for l in d["lines"]), Z)),
                         f(sum((l["wht"] for l in d["lines"]), Z)), "₱ " + f(total(d["lines"]))]],
        grid="grid", head_bg=colors.HexColor("#fde9d9"),
        notes=["BIR Form 2307 (Certificate of Creditable Tax Withheld at Source) will be sent separately.",
               "Credited to " + BANK_PH + "."])
    d["render"] = lambda out: rl_erp(out, d, cfg)
    return d


@doc(9, "reportlab", "pdf")
def d09(rng):
    pay = D(2026, 3, 3)
    lines = finalize([L("7781A", "2310.00", date=D(2026, 2, 2)), L("7794A", "1189.40", date=D(2026, 2, 9)),
                      L("7802A", "3955.20", date=D(2026, 2, 16)), L("7815A", "1887.50", date=D(2026, 2, 23))])
    d = dict(payer="Blue Gum Cafés Pty Ltd", date=pay, ref=None, cur="AUD", total_stated=True, lines=lines)
    tot = total(lines)
    cfg = dict(
        payer_lines=["Shop 4, 19 Beach Road, Manly NSW 2095", "ABN 62 601 338 215"],
        letter_date="4 March 2026", to=["The Accounts Receivable Officer"] + SUP_SYD[:3],
        subject="Re: Payment of outstanding invoices",
        paras_before=["Dear Sir/Madam,",
                      f"On 3 March 2026 we transferred the amount of AUD {en(tot)} to your account "
                      f"(BSB 062-118, account 1044 7781) in payment of the following invoices:"],
        row_fns=[lambda l: "Invoice " + l["ref"], lambda l: "dated " + df(l["date"], "dmy/"),
                 lambda l: "AUD " + en(l["paid"])],
        widths=[0.35, 0.35, 0.3], aligns="llr",
        foot=lambda d: [["", "Total", "AUD " + en(total(d["lines"]))]],
        paras_after=["We trust this is in order. Please do not hesitate to contact me on 0412 558 301 should you "
                     "have any questions."],
        sign=["Yours faithfully,", "", "Priya Raman", "Bookkeeper"])
    d["render"] = lambda out: rl_letter(out, d, cfg)
    return d


def rl_cheque(out, d, c):
    font, bold = "Helvetica", "Helvetica-Bold"
    W = letter[0] - 30 * mm
    story = [Table([[P(d["payer"], bold, 13, leading=16), P("REMITTANCE STATEMENT", bold, 11, align=2)],
                    [P("\n".join(c["payer_lines"]), font, 7.5), P(c["stub_info"], font, 8.5, align=2)]],
                   colWidths=[W * 0.6, W * 0.4]), sp(8)]
    story[0].setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    cols = c["cols"]
    story.append(rl_table([x[0] for x in cols], col_rows(d["lines"], cols), [x[3] * W for x in cols],
                          "".join(x[2] for x in cols), font, bold, size=8.5, grid="hair",
                          head_bg=colors.HexColor("#e8e8e8"), foot=c["foot"](d)))
    story.append(sp(18))
    story.append(P("- - - - - - - - - - - - - - - - - -  DETACH AND RETAIN THIS STATEMENT  - - - - - - - - - - - - - - - - - -",
                   font, 7, align=1))
    story.append(sp(18))
    chk = Table([
        [P(d["payer"], bold, 10), "", P(f"Check No. {d['ref']}", bold, 10, align=2)],
        [P("\n".join(c["payer_lines"][:2]), font, 7), "", P(c["bank_name"], font, 7, align=2)],
        ["", P("DATE", font, 7, align=2), P(c["chk_date"], bold, 10, align=2)],
        [P("PAY TO THE ORDER OF", font, 7), P(SUP_SYD[0], bold, 11), P(c["chk_amount"], bold, 11, align=2)],
        [P(c["words"], font, 9), "", P("DOLLARS", font, 8, align=2)],
        [P("MEMO  " + c["memo"], font, 8), "", P("AUTHORIZED SIGNATURE", font, 6.5, align=2)],
        [P(c["micr"], "Courier", 10), "", ""]],
        colWidths=[W * 0.3, W * 0.42, W * 0.28], rowHeights=[16, 22, 16, 22, 18, 26, 18])
    chk.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 1, colors.black),
                             ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#eef3ea")),
                             ("LINEBELOW", (1, 3), (1, 3), 0.5, colors.black),
                             ("LINEABOVE", (2, 5), (2, 5), 0.5, colors.black),
                             ("SPAN", (0, 4), (1, 4)), ("SPAN", (0, 6), (2, 6)),
                             ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
    story.append(chk)
    rl_build(out, story, pagesize=letter, margins=(15 * mm,) * 4, title="Check", author=d["payer"])


@doc(10, "reportlab", "pdf")
def d10(rng):
    pay = D(2026, 3, 16)
    lines = gen_inv(rng, 4, "INV-{:05d}", 1700, pay, lo=500, hi=4000)
    for l in lines[:3]:
        l["disc"] = q(l["gross"] * Decimal("0.01"))
    lines.insert(2, L("CN-0077", "-215.00", "credit_note", date=D(2026, 2, 24), desc="Returned goods"))
    descs = ["Macadamia nuts 20kg", "Wattleseed 5kg", "Lemon myrtle leaf", "Finger lime 2kg"]
    k = 0
    for l in lines:
        if not l["desc"]:
            l["desc"] = descs[k]
            k += 1
    finalize(lines)
    d = dict(payer="Sierra Coffee Importers, Inc.", date=pay, ref="004512", cur="USD", total_stated=True,
             lines=lines)
    tot = total(lines)
    f = lambda x: en(x, neg="CRx", blank_zero=True)
    cfg = dict(
        payer_lines=["2150 Harbor Blvd, Suite 310", "Oakland, CA 94607", "Tel (510) 555-0182"],
        stub_info=f"Check No. 004512\nCheck Date {df(pay, 'mdy/')}\nVendor 10088\nAll amounts in US Dollars (USD)",
        cols=[("Inv #", lambda l: l["ref"], "l", 0.15), ("Inv Date", lambda l: df(l["date"], "mdy/"), "c", 0.13),
              ("Description", lambda l: l["desc"], "l", 0.27), ("Amount", lambda l: f(l["gross"]), "r", 0.15),
              ("Discount", lambda l: f(l["disc"]), "r", 0.13), ("Net", lambda l: f(l["paid"]), "r", 0.17)],
        foot=lambda d: [["", "", "Check Total", "", "", "$" + f(total(d["lines"]))]],
        bank_name="Bay Commerce Bank, N.A.\nOakland, CA 94612\n11-3587/1210",
        chk_date=df(pay, "mdy/"), chk_amount="$****" + en(tot), words=words_usd(tot) + " " + "*" * 12,
        memo="Invoices per statement", micr="C004512C A121035877A 0183 22190 7C")
    d["render"] = lambda out: rl_cheque(out, d, cfg)
    return d


# ---------------------------------------------------------------- LibreOffice Calc

def calc_build(path, d, c):
    """Write an .xlsx remittance sheet. c['cols']: (header, fn(l)->value, numfmt, align, width)."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = c.get("sheet", "Remittance")
    fam = c.get("font", "Liberation Sans")
    base = c.get("size", 10)
    for cell, value, kw in c["cells"]:
        x = ws[cell]
        x.value = value
        x.font = Font(name=fam, size=kw.get("size", base), bold=kw.get("bold", False),
                      italic=kw.get("italic", False), color=kw.get("color"))
        if kw.get("fmt"):
            x.number_format = kw["fmt"]
        if kw.get("align"):
            x.alignment = Alignment(horizontal=kw["align"])
        if kw.get("fill"):
            x.fill = PatternFill("solid", fgColor=kw["fill"])
    cols = c["cols"]
    r = c["table_row"]
    hb = c.get("head_border", "box")
    head_border = Border(top=THIN, bottom=THIN, left=THIN if hb == "box" else None,
                         right=THIN if hb == "box" else None)
    body_border = (Border(left=THIN, right=THIN, top=HAIR, bottom=HAIR) if hb == "box"
                   else Border(bottom=HAIR) if c.get("row_lines") else None)
    fill = PatternFill("solid", fgColor=c["head_fill"]) if c.get("head_fill") else None
    xl_row(ws, r, [x[0] for x in cols], font=Font(name=fam, size=base, bold=True,
                                                   color=c.get("head_color")),
           align=[x[3] for x in cols], border=head_border, fill=fill)
    ws.row_dimensions[r].height = c.get("head_height", 15)
    fmts = [x[2] for x in cols]
    for l in d["lines"]:
        r += 1
        xl_row(ws, r, [x[1](l) for x in cols], font=Font(name=fam, size=base), fmt=fmts,
               align=[x[3] for x in cols], border=body_border)
    for frow in c.get("foot", lambda d: [])(d):
        r += 1
        xl_row(ws, r, frow, font=Font(name=fam, size=base, bold=True), fmt=fmts,
               align=[x[3] for x in cols], border=Border(top=THIN, bottom=Side(style="double")))
    r += 2
    for note in c.get("notes", []):
        x = ws.cell(row=r, column=1, value=note)
        x.font = Font(name=fam, size=base - 1, italic=True)
        r += 1
    xl_widths(ws, c.get("widths_pre", []) or [x[4] for x in cols])
    xl_setup(ws, landscape_=c.get("landscape", False))
    if c.get("footer"):
        ws.oddFooter.center.text = c["footer"]
        ws.oddFooter.center.size = 8
    xl_save(wb, path)


def calc_render(out, d, c, name):
    src = TMP / f"{name}.xlsx"
    calc_build(src, d, c)
    soffice_pdf(src, out)


B = dict(bold=True)


@doc(11, "libreoffice-calc", "pdf")
def d11(rng):
    pay = D(2026, 3, 20)
    lines = gen_inv(rng, 11, "INV-{:05d}", 2040, pay, lo=200, hi=5200)
    descs = ["Ice slurry bins", "Fish boxes 20kg", "Polystyrene liners", "Gel packs", "Ice slurry bins",
             "Filleting knives", "Hygiene gloves", "Fish boxes 10kg", "Labels & tags", "Gel packs", "Pallet wrap"]
    for l, ds in zip(lines, descs):
        l["desc"] = ds
    lines.insert(7, L("CN-0088", -money(rng, 60, 400), "credit_note", date=pay - dt.timedelta(days=9),
                      desc="Credit - damaged cartons"))
    finalize(lines)
    d = dict(payer="Southern Ocean Seafoods Pty Ltd", date=pay, ref="SOS-PAY-22871", cur="AUD",
             total_stated=True, lines=lines)
    fmt = "#,##0.00;-#,##0.00"
    cfg = dict(
        cells=[("A1", d["payer"], dict(bold=True, size=16)),
               ("A2", "Wharf 3, 1 Hunter Street, Hobart TAS 7000   ABN 47 109 665 012", dict(size=9)),
               ("A4", "REMITTANCE ADVICE", dict(bold=True, size=13)),
               ("A6", "Paid to:", B), ("A7", SUP_SYD[0], {}), ("A8", SUP_SYD[1], {}), ("A9", SUP_SYD[2], {}),
               ("C6", "Payment date", B), ("D6", pay, dict(fmt="dd/mm/yyyy", align="left")),
               ("C7", "Payment reference", B), ("D7", "SOS-PAY-22871", {}),
               ("C8", "Currency", B), ("D8", "AUD", {})],
        table_row=11,
        cols=[("Reference", lambda l: l["ref"], None, "l", 16),
              ("Description", lambda l: l["desc"], None, "l", 30),
              ("Invoice Date", lambda l: l["date"], "dd/mm/yyyy", "c", 18),
              ("Amount (AUD)", lambda l: float(l["paid"]), fmt, "r", 18)],
        foot=lambda d: [["TOTAL", None, None, float(total(d["lines"]))]],
        head_fill="D9E1F2", head_border="box",
        notes=["Remitted by EFT to BSB 062-118 Account 1044 7781. Queries: (03) 6231 8800."])
    d["render"] = lambda out: calc_render(out, d, cfg, "d11")
    return d


@doc(12, "libreoffice-calc", "pdf")
def d12(rng):
    pay = D(2026, 3, 18)
    lines = gen_inv(rng, 13, "{:08d}", 91004410, pay, step=(2, 30), lo=150, hi=7000)
    for i, l in enumerate(lines):
        if i % 3 == 0:
            l["disc"] = q(l["gross"] * Decimal("0.015"))
    lines.insert(4, L("CN-0081", -money(rng, 50, 300), "credit_note", date=pay - dt.timedelta(days=30)))
    lines.insert(11, L("CN-0083", -money(rng, 50, 300), "credit_note", date=pay - dt.timedelta(days=11)))
    x = 5100003300
    for l in lines:
        x += rng.randint(3, 60)
        l["vch"] = str(x)
    finalize(lines)
    d = dict(payer="Lion City Provisions Pte. Ltd.", date=pay, ref="1500004412", cur="SGD",
             total_stated=True, lines=lines)
    fmt = "#,##0.00;#,##0.00-"
    cfg = dict(
        font="Liberation Mono", size=9,
        cells=[("A1", "Payment advice note", dict(bold=True, size=12)),
               ("A3", "Company", B), ("C3", d["payer"], {}),
               ("A4", "", {}), ("C4", "30 Pasir Panjang Road #08-31", {}), ("C5", "Singapore 117440", {}),
               ("A7", "Payee", B), ("C7", SUP_SG[0], {}),
               ("A8", "Vendor", B), ("C8", "100217", dict(align="left")),
               ("F3", "Payment doc.", B), ("G3", "1500004412", dict(align="left")),
               ("F4", "Payment date", B), ("G4", df(pay, "dmy."), dict(align="left")),
               ("F5", "Currency", B), ("G5", "SGD", {}),
               ("F6", "Bank account", B), ("G6", "072-918834-5", {})],
        table_row=10,
        cols=[("Doc. No.", lambda l: l["vch"], None, "l", 13),
              ("Reference", lambda l: l["ref"], None, "l", 13),
              ("Type", lambda l: "KG" if l["kind"] == "credit_note" else "RE", None, "c", 6),
              ("Doc. Date", lambda l: df(l["date"], "dmy."), None, "c", 12),
              ("Gross amount", lambda l: float(l["gross"]), fmt, "r", 15),
              ("Cash disc.", lambda l: float(l["disc"]) if l["disc"] else None, fmt, "r", 12),
              ("Net amount", lambda l: float(l["paid"]), fmt, "r", 15)],
        foot=lambda d: [["Total payment", None, None, None, None, "SGD", float(total(d["lines"]))]],
        head_border="lines", row_lines=False,
        notes=["RE = invoice, KG = credit memo. Amounts followed by - are deductions."])
    d["render"] = lambda out: calc_render(out, d, cfg, "d12")
    return d


@doc(13, "libreoffice-calc", "pdf")
def d13(rng):
    pay = D(2026, 3, 14)
    lines = gen_inv(rng, 6, "INV-{:05d}", 2210, pay, lo=300, hi=6500)
    po = 33100
    for l in lines:
        po += rng.randint(2, 20)
        l["po"] = str(po)
        l["desc"] = rng.choice(["Apple bins", "Orchard ladders", "Picking bags", "Fruit trays", "Cool-store pallets"])
    lines.insert(3, L(str(po + 7), money(rng, 1000, 3000), "po", desc="Deposit per purchase order"))
    lines.append(L(str(po + 15), money(rng, 500, 2000), "po", desc="Prepayment - seasonal order"))
    for l in lines:
        if l["kind"] == "po":
            l["po"] = l["ref"]
    finalize(lines)
    d = dict(payer="Kiwi Orchard Co-operative Ltd", date=pay, ref="RA-2231", cur="NZD",
             total_stated=False, lines=lines)
    cfg = dict(
        font="Liberation Serif", size=11,
        cells=[("A1", d["payer"], dict(bold=True, size=15)),
               ("A2", "142 State Highway 2, Hastings 4120, New Zealand  |  GST No. 091-227-634", dict(size=9)),
               ("A4", "Remittance", dict(bold=True, size=13)),
               ("A5", "Remittance No.", {}), ("B5", "RA-2231", {}),
               ("A6", "Payment Date", {}), ("B6", pay, dict(fmt="d mmm yyyy", align="left")),
               ("A7", "Paid to", {}), ("B7", SUP_SYD[0], {}),
               ("A8", "Currency", {}), ("B8", "NZD", {})],
        table_row=10,
        cols=[("Inv #", lambda l: l["ref"] if l["kind"] != "po" else None, None, "l", 16),
              ("PO #", lambda l: l["po"], None, "l", 26),
              ("Description", lambda l: l["desc"], None, "l", 32),
              ("Amount NZD", lambda l: float(l["paid"]), "#,##0.00", "r", 16)],
        head_border="lines", row_lines=True,
        notes=["Where no invoice number is shown the payment is made against the purchase order."])
    d["render"] = lambda out: calc_render(out, d, cfg, "d13")
    return d


@doc(14, "libreoffice-calc", "pdf")
def d14(rng):
    pay = D(2026, 3, 19)
    lines = ewt_lines(rng, pay, 20, "SI-{:06d}", 4400, Decimal("0.02"), lo=2000, hi=90000)
    finalize(lines)
    d = dict(payer="Cebu Harbor Traders Corp.", date=pay, ref="BPI-0319-55871", cur="PHP",
             total_stated=True, lines=lines)
    fmt = "#,##0.00"
    cfg = dict(
        font="DejaVu Sans", size=9,
        cells=[("A1", d["payer"], dict(bold=True, size=14)),
               ("A2", "Pier 4, Osmeña Boulevard, Cebu City 6000  TIN 221-338-907-000", dict(size=8)),
               ("A4", "PAYMENT ADVICE / REMITTANCE", dict(bold=True, size=12)),
               ("A6", "To:", B), ("B6", SUP_PH[0], {}), ("B7", SUP_PH[1] + ", " + SUP_PH[2], dict(size=8)),
               ("A9", "Date:", B), ("B9", pay, dict(fmt="yyyy-mm-dd", align="left")),
               ("C9", "Transaction Ref:", B), ("D9", "BPI-0319-55871", {}),
               ("A10", "Currency:", B), ("B10", "PHP", {})],
        table_row=12,
        cols=[("Invoice No.", lambda l: l["ref"], None, "l", 16),
              ("Invoice Date", lambda l: l["date"], "mm/dd/yyyy", "c", 14),
              ("Amount", lambda l: float(l["gross"]), fmt, "r", 16),
              ("Less: EWT", lambda l: float(l["wht"]), fmt, "r", 14),
              ("Net Paid", lambda l: float(l["paid"]), fmt, "r", 16)],
        foot=lambda d: [["TOTAL", None, float(sum((l["gross"] for l in d["lines"]), Z)),
                         float(sum((l["wht"] for l in d["lines"]), Z)), float(total(d["lines"]))]],
        head_fill="FCE4D6", head_border="box",
        notes=["EWT withheld at 2% of the VAT-exclusive amount. BIR Form 2307 to follow.",
               "Deposited to " + BANK_PH + "."])
    d["render"] = lambda out: calc_render(out, d, cfg, "d14")
    return d


@doc(15, "libreoffice-calc", "pdf")
def d15(rng):
    pay = D(2026, 3, 25)
    lines = finalize([L("INV-02611", "4950.00", date=D(2026, 2, 26))])
    d = dict(payer="Murray River Wines Pty Ltd", date=pay, ref="MRW-EFT-1093", cur="AUD", total_stated=True,
             lines=lines)
    cfg = dict(
        font="Liberation Sans", size=10,
        cells=[("A1", "Murray River Wines Pty Ltd", dict(bold=True, size=14, color="7B2C3B")),
               ("A2", "Lot 12 Sturt Highway, Renmark SA 5341 - ABN 29 155 870 641", dict(size=8)),
               ("A4", "Remittance Advice", dict(bold=True, size=12)),
               ("A6", "Date paid", {}), ("B6", df(pay, "dmy/"), dict(align="left")),
               ("A7", "EFT reference", {}), ("B7", "MRW-EFT-1093", {}),
               ("A8", "Paid to", {}), ("B8", SUP_SYD[0] + " (BSB 062-118 Acc 1044 7781)", {})],
        table_row=10,
        cols=[("Invoice No.", lambda l: l["ref"], None, "l", 18),
              ("Invoice Date", lambda l: df(l["date"], "dmy/"), None, "c", 28),
              ("Amount Paid (AUD)", lambda l: float(l["paid"]), "#,##0.00", "r", 22)],
        foot=lambda d: [["Total", None, float(total(d["lines"]))]],
        head_border="lines", row_lines=True)
    d["render"] = lambda out: calc_render(out, d, cfg, "d15")
    return d


# ---------------------------------------------------------------- LibreOffice Writer

def writer_render(out, fd, name):
    src = TMP / f"{name}.fodt"
    fd.save(src)
    soffice_pdf(src, out)


@doc(16, "libreoffice-writer", "pdf")
def d16(rng):
    pay = D(2026, 3, 10)
    inv = gen_inv(rng, 5, "INV-{:05d}", 2300, pay, lo=600, hi=7500)
    our = 55100
    for l in inv:
        our += rng.randint(3, 30)
        l["vch"] = f"TFL-AP-{our}"
    cn = L("CN-0090", -money(rng, 150, 450), "credit_note", date=pay - dt.timedelta(days=14),
           vch=f"TFL-AP-{our + 11}")
    lines = finalize(inv + [cn])
    d = dict(payer="Tasman Freight Logistics Pty Ltd", date=pay, ref="0000771245", cur="AUD",
             total_stated=True, lines=lines)

    def render(out):
        fd = Fodt(font="Liberation Sans", size=10,
                  footer="Tasman Freight Logistics Pty Ltd | ABN 84 003 921 557 | Accounts Payable (03) 9646 1200")
        fd.p(d["payer"], size=17, bold=True, color="#0b3d6b")
        fd.p("12 Coode Road, Port Melbourne VIC 3207  ·  ABN 84 003 921 557  ·  Tel 03 9646 1200", size=8.5,
             after="0.5cm")
        fd.p("REMITTANCE ADVICE", size=13, bold=True, after="0.3cm")
        fd.p(f"Payment date:\t{df(pay, 'D Month Y')}\nPayment ref:\t0000771245\nMethod:\tEFT to account ending 7781")
        fd.p("", after="0.2cm")
        fd.p("To:  " + ", ".join(SUP_SYD[:3]), after="0.3cm")
        fd.p("Dear Accounts Receivable,", after="0.2cm")
        fd.p("We advise that the following invoices have been paid by electronic funds transfer. "
             "All amounts are in Australian dollars (AUD).", after="0.2cm")
        fd.table(["Your Ref", "Our Ref", "Invoice Date", "Amount"],
                 [[l["ref"], l["vch"], df(l["date"], "dmy/"), en(l["gross"])] for l in inv],
                 [3.6, 3.6, 3.6, 3.6], "lllr", size=9.5, border="rows", head_bg=None)
        fd.p("Less credit notes applied:", bold=True, before="0.2cm")
        fd.table(["Your Ref", "Our Ref", "Date", "Amount"],
                 [[cn["ref"], cn["vch"], df(cn["date"], "dmy/"), en(-cn["gross"])]],
                 [3.6, 3.6, 3.6, 3.6], "lllr", size=9.5, border="rows", head_bg=None)
        inv_t = total(inv)
        fd.table(None, [["Invoices", en(inv_t)], ["Less credit notes", en(-cn["paid"])]],
                 [10.8, 3.6], "lr", size=10, border="none",
                 foot=[["Net payment (AUD)", en(total(lines))]])
        fd.p("Kind regards,", before="0.5cm")
        fd.p("Accounts Payable Team\naccounts.payable@tasmanfreight.com.au")
        writer_render(out, fd, "d16")

    d["render"] = render
    return d


@doc(17, "libreoffice-writer", "pdf")
def d17(rng):
    pay = D(2026, 3, 11)
    lines = gen_inv(rng, 7, "WG/25/{:04d}", 8800, pay, step=(2, 60), lo=250, hi=5600)
    items = ["Bath amenities", "Room slippers", "Coffee pods", "Linen", "Tea sachets", "Dental kits", "Shower caps"]
    for l, it in zip(lines, items):
        l["desc"] = it
    finalize(lines)
    d = dict(payer="Orchard Row Hotels Pte Ltd", date=pay, ref="GIRO-260311-044", cur="SGD",
             total_stated=True, lines=lines)

    def render(out):
        fd = Fodt(font="DejaVu Serif", size=10)
        fd.p(d["payer"], size=16, bold=True, align="center")
        fd.p("391 Orchard Road #15-01, Singapore 238872  |  GST Reg. M2-0091234-5  |  Tel +65 6737 2200",
             size=8, align="center", after="0.6cm")
        fd.p("PAYMENT NOTIFICATION", size=12, bold=True, align="center", after="0.4cm", underline=True)
        fd.table(None, [["Payee", SUP_SG[0]], ["", SUP_SG[1] + ", " + SUP_SG[2]],
                        ["Payment Date", df(pay, "D Month Y")], ["GIRO Reference", "GIRO-260311-044"],
                        ["Currency", "SGD"]], [4.0, 12.5], "ll", size=9.5, border="none")
        fd.table(["No.", "Invoice Ref.", "Invoice Date", "Description", "Amount (S$)"],
                 [[str(i + 1), l["ref"], df(l["date"], "d Mon Y"), l["desc"], en(l["paid"])]
                  for i, l in enumerate(lines)],
                 [1.2, 3.4, 3.2, 5.2, 3.5], "cllLr".lower(), size=9.5, border="all", head_bg="#e2efda",
                 foot=[["", "", "", "Total Amount Paid", "S$ " + en(total(lines))]])
        fd.p("Funds will be credited to " + BANK_SG + ".", size=8.5, italic=True, before="0.3cm")
        fd.p("This is a computer-generated advice. No signature is required.", size=8.5, italic=True)
        writer_render(out, fd, "d17")

    d["render"] = render
    return d


@doc(18, "libreoffice-writer", "pdf")
def d18(rng):
    pay = D(2026, 3, 24)
    lines = gen_inv(rng, 4, "INV-{:05d}", 2480, pay, lo=800, hi=16000)
    for l, c in zip(lines, ["Aceite de macadamia", "Semillas de acacia", "Té de mirto limón", "Pimienta de montaña"]):
        l["desc"] = c
    finalize(lines)
    d = dict(payer="Distribuciones Ibéricas S.L.", date=pay, ref="TRF-2026-00912", cur="EUR",
             total_stated=True, lines=lines)

    def render(out):
        fd = Fodt(font="Liberation Sans", size=10,
                  footer="Distribuciones Ibéricas S.L. · CIF B-86412237 · Calle de Alcalá 221, 28028 Madrid")
        fd.p(d["payer"], size=15, bold=True)
        fd.p("Calle de Alcalá 221, 28028 Madrid · CIF B-86412237 · Tel. 91 356 22 40", size=8.5, after="0.6cm")
        fd.p("AVISO DE PAGO", size=13, bold=True, after="0.3cm")
        fd.p(f"Beneficiario: {SUP_SYD[0]}, {SUP_SYD[1]}, {SUP_SYD[2]}", after="0.1cm")
        fd.p(f"Fecha de pago: {df(pay, 'dmy/')}", after="0.1cm")
        fd.p("Referencia: TRF-2026-00912", after="0.3cm")
        fd.p("Muy señores nuestros: Les comunicamos que hemos ordenado una transferencia para el pago de "
             "las siguientes facturas:", after="0.2cm")
        fd.table(["Nº Factura", "Fecha", "Concepto", "Importe"],
                 [[l["ref"], df(l["date"], "dmy/"), l["desc"], de(l["paid"]) + " €"] for l in lines],
                 [3.3, 2.8, 6.5, 3.6], "llLr".lower(), size=9.5, border="all", head_bg="#f2f2f2",
                 foot=[["", "", "Total pagado", de(total(lines)) + " €"]])
        fd.p("Cuenta ordenante: ES91 2100 0418 4502 0005 1332", size=8.5, before="0.3cm")
        fd.p("Atentamente,\nDepartamento de Administración", before="0.4cm")
        writer_render(out, fd, "d18")

    d["render"] = render
    return d


@doc(19, "libreoffice-writer", "pdf")
def d19(rng):
    pay = D(2026, 4, 2)
    lines = finalize([L("8120A", "1640.00"), L("8133A", "875.25"), L("8141A", "2212.80")])
    d = dict(payer="Great Barrier Dive Co Pty Ltd", date=pay, ref=None, cur="AUD", total_stated=False,
             lines=lines)

    def render(out):
        fd = Fodt(font="Liberation Sans Narrow", size=11)
        fd.p(d["payer"], size=14, bold=True)
        fd.p("Marina Berth 17, 1 Spence Street, Cairns QLD 4870", size=9, after="0.5cm")
        fd.p("Payment notice", size=12, bold=True, after="0.3cm")
        fd.p(f"Date paid: {df(pay, 'D Month Y')}")
        fd.p("Paid to: Wattle & Gum Trading Pty Ltd (BSB 062-118 / 1044 7781)", after="0.3cm")
        fd.p("Hi team, please see below the invoices included in this payment. All amounts in AUD.",
             after="0.2cm")
        fd.table(["Invoice", "Amount"], [[l["ref"], en(l["paid"])] for l in lines], [4, 4], "lr",
                 size=11, border="rows", head_bg=None)
        fd.p("Cheers,\nMel - Accounts\n0437 221 908", before="0.4cm")
        writer_render(out, fd, "d19")

    d["render"] = render
    return d



# ---------------------------------------------------------------- Chromium (HTML -> PDF)

CSS_PORTAL = """
@page { size: A4; margin: 14mm; }
body { font-family: 'Liberation Sans', Arial, sans-serif; font-size: 10.5px; color: #222; }
.bar { background: #0e5e6f; color: #fff; padding: 10px 14px; font-size: 17px; font-weight: bold; }
.bar small { font-weight: normal; font-size: 10px; opacity: .85; display: block; }
h1 { font-size: 18px; margin: 16px 0 8px; }
.grid { display: flex; gap: 24px; }
.card { border: 1px solid #cfd8dc; border-radius: 4px; padding: 8px 12px; flex: 1; }
.card dt { font-weight: bold; float: left; width: 130px; clear: left; }
.card dd { margin: 0 0 3px 140px; }
table.t { border-collapse: collapse; width: 100%; margin-top: 14px; }
table.t th { background: #eceff1; border-bottom: 2px solid #90a4ae; padding: 5px; font-size: 10px; }
table.t td { border-bottom: 1px solid #e0e0e0; padding: 4px 5px; }
tr.tot td { font-weight: bold; border-top: 2px solid #444; }
.muted { color: #666; font-size: 9px; margin-top: 18px; }
"""


def chrome_render(out, html_text, name):
    chromium_pdf(html_text, out, name)


@doc(20, "chromium", "pdf")
def d20(rng):
    pay = D(2026, 3, 17)
    lines = gen_inv(rng, 10, "INV-{:05d}", 2700, pay, lo=300, hi=9800)
    po = 77100
    for l in lines:
        po += rng.randint(1, 40)
        l["po"] = f"EHS-PO-{po}"
    for i in (3, 7):
        lines[i]["paid"] = q(lines[i]["gross"] * Decimal("0.6"))
    finalize(lines)
    d = dict(payer="Eucalypt Health Services", date=pay, ref="2026-000874", cur="AUD", total_stated=True,
             lines=lines)

    def render(out):
        rows = [[l["ref"], df(l["date"], "iso"), l["po"], en(l["gross"]), en(l["paid"]),
                 en(l["gross"] - l["paid"])] for l in lines]
        body = f"""
<div class="bar">Eucalypt Health Services<small>Supplier Portal &middot; powered by ProcureLink 4.2</small></div>
<h1>Payment Remittance</h1>
<div class="grid">
 <div class="card"><dl>
  <dt>Payment #</dt><dd>2026-000874</dd>
  <dt>Payment Date</dt><dd>{df(pay, 'iso')}</dd>
  <dt>Payment Method</dt><dd>EFT</dd>
  <dt>Payment Currency</dt><dd>AUD</dd></dl></div>
 <div class="card"><dl>
  <dt>Supplier</dt><dd>{h(SUP_SYD[0])}</dd>
  <dt>Supplier #</dt><dd>SUP-004412</dd>
  <dt>Remit-to</dt><dd>BSB 062-118 / Acct 1044 7781</dd>
  <dt>Address</dt><dd>{h(SUP_SYD[1])}, {h(SUP_SYD[2])}</dd></dl></div>
</div>
{html_table(["Invoice #", "Invoice Date", "PO #", "Invoice Amount", "Amount Paid", "Remaining Balance"], rows,
            "lllrrr", foot=[["", "", "Total Payment Amount", "", "AUD " + en(total(lines)), ""]])}
<p class="muted">Eucalypt Health Services &middot; 400 Flinders Lane, Melbourne VIC 3000 &middot; ABN 22 611 908 345.
Partially paid invoices show the balance still outstanding. Questions: payables@eucalypthealth.org.au</p>
"""
        chrome_render(out, html_page("Payment Remittance 2026-000874", CSS_PORTAL, body), "d20")

    d["render"] = render
    return d


CSS_SERIF = """
@page { size: A4; margin: 18mm 16mm; }
body { font-family: 'DejaVu Serif', 'Liberation Serif', serif; font-size: 11px; }
.head { border: 2px solid #000; padding: 10px; text-align: center; }
.head .n { font-size: 19px; font-weight: bold; letter-spacing: 1px; }
.kv td { padding: 2px 10px 2px 0; }
h2 { font-size: 14px; text-align: center; margin: 14px 0; }
table.t { border-collapse: collapse; width: 100%; margin-top: 12px; }
table.t th, table.t td { border: 1px solid #000; padding: 4px 6px; }
table.t th { background: #ddd; }
tr.tot td { font-weight: bold; }
"""


@doc(21, "chromium", "pdf")
def d21(rng):
    pay = D(2026, 3, 9)
    lines = gen_inv(rng, 5, "INV-SG-{:05d}", 30410, pay, lo=180, hi=4800)
    lines.insert(2, L("CN-0093", "-120.00", "credit_note", date=D(2026, 2, 27)))
    v = 6600
    for l in lines:
        v += rng.randint(1, 9)
        l["vch"] = f"SSC/PV/{v}"
    finalize(lines)
    d = dict(payer="Straits Ship Chandlers Pte Ltd", date=None, ref="FAST-7731-0920", cur="SGD",
             total_stated=True, lines=lines)
    f = lambda x: en(x, neg="()", pre="S$ ")

    def render(out):
        rows = [[l["vch"], l["ref"], df(l["date"], "dmy/"), f(l["paid"])] for l in lines]
        body = f"""
<div class="head"><div class="n">{h(d['payer'])}</div>
<div>21 Pandan Road, Jurong, Singapore 609271 &middot; Co. Reg. No. 199804417E &middot; Tel 6265 0391</div></div>
<h2>REMITTANCE ADVICE</h2>
<table class="kv">
<tr><td><b>To</b></td><td>{h(SUP_SG[0])}<br>{h(SUP_SG[1])}, {h(SUP_SG[2])}</td></tr>
<tr><td><b>Bank Reference</b></td><td>FAST-7731-0920</td></tr>
<tr><td><b>Currency</b></td><td>Singapore Dollars (SGD)</td></tr>
</table>
{html_table(["Our Voucher", "Your Reference", "Date", "Amount"], rows, "lllr",
            foot=[["", "", "Total", f(total(lines))]])}
<p style="font-size:9.5px;margin-top:14px">Amounts in brackets are credit notes deducted from this payment.<br>
Paid from OCBC A/C 501-220871-001 to your {h(BANK_SG)}.</p>
"""
        chrome_render(out, html_page("Remittance", CSS_SERIF, body), "d21")

    d["render"] = render
    return d


CSS_US = """
@page { size: Letter; margin: 0.6in; }
body { font-family: 'Liberation Sans', Helvetica, sans-serif; font-size: 10px; }
.top { display: flex; justify-content: space-between; align-items: flex-start; }
.logo { font-size: 22px; font-weight: bold; color: #8b2500; }
.box { border: 1px solid #999; padding: 6px 10px; }
.box div { margin: 2px 0; }
table.t { border-collapse: collapse; width: 100%; margin-top: 14px; }
table.t th { border-bottom: 1.5px solid #000; padding: 4px; text-transform: uppercase; font-size: 9px; }
table.t td { padding: 3px 4px; }
table.t tbody tr:nth-child(even) td { background: #f3f3f3; }
tr.tot td { border-top: 1.5px solid #000; font-weight: bold; }
"""


@doc(22, "chromium", "pdf")
def d22(rng):
    pay = D(2026, 3, 18)
    lines = gen_inv(rng, 22, "INV-{:05d}", 3050, pay, step=(1, 6), lo=60, hi=2800)
    for i, l in enumerate(lines):
        if i % 4 == 1:
            l["disc"] = q(l["gross"] * Decimal("0.02"))
    for pos, ref in ((5, "CM-1104"), (13, "CM-1109"), (20, "CM-1117")):
        lines.insert(pos, L(ref, -money(rng, 25, 300), "credit_note",
                            date=pay - dt.timedelta(days=rng.randint(5, 30))))
    finalize(lines)
    d = dict(payer="Redwood Gourmet LLC", date=pay, ref="091000019284412", cur="USD", total_stated=True,
             lines=lines)
    f = lambda x: en(x, neg="()", blank_zero=True)

    def render(out):
        rows = [[l["ref"], df(l["date"], "mdy/"), f(l["gross"]), f(l["disc"]), f(l["paid"])] for l in lines]
        body = f"""
<div class="top"><div><div class="logo">{h(d['payer'])}</div>
<div>1180 Mission Street, San Francisco, CA 94103<br>EIN 84-2231907 &middot; (415) 555-0147</div></div>
<div class="box"><div><b>PAYMENT ADVICE</b></div>
<div>Payment Date: {df(pay, 'mdy/')}</div>
<div>Payment Type: ACH</div>
<div>ACH Trace No.: 091000019284412</div>
<div>Currency: USD</div></div></div>
<p><b>Payee:</b> {h(SUP_SYD[0])}, {h(SUP_SYD[1])}, {h(SUP_SYD[2])} &middot; Vendor ID 55821</p>
{html_table(["Invoice Number", "Invoice Date", "Gross", "Discount", "Net Paid"], rows, "lcrrr",
            foot=[["", "", "", "Total", "$" + f(total(lines))]])}
<p style="font-size:9px;color:#555">Credit memos are shown in parentheses. 2% early payment discount taken where terms allow.
Routing 121000248 / Account 4417720019 (payer).</p>
"""
        chrome_render(out, html_page("Payment Advice", CSS_US, body), "d22")

    d["render"] = render
    return d


CSS_MIN = """
@page { size: A4; margin: 20mm; }
body { font-family: 'DejaVu Sans', sans-serif; font-size: 10px; color: #111; }
.brand { font-size: 15px; font-weight: bold; }
.sub { color: #666; font-size: 9px; }
.right { text-align: right; }
table.t { border-collapse: collapse; width: 100%; margin-top: 18px; }
table.t th { font-weight: normal; color: #666; border-bottom: 1px solid #bbb; padding: 6px 4px; }
table.t td { padding: 5px 4px; border-bottom: 1px dotted #ddd; }
tr.tot td { font-weight: bold; border-bottom: none; border-top: 1px solid #111; }
"""


@doc(23, "chromium", "pdf")
def d23(rng):
    pay = D(2026, 3, 23)
    lines = gen_inv(rng, 9, "{:04d}A", 4460, pay, step=(1, 14), lo=150, hi=3900)
    items = ["Kawakawa tea", "Manuka honey 500g", "Pepperleaf", "Wattleseed", "Quandong jam",
             "Saltbush", "Bush tomato", "Lemon myrtle", "Davidson plum"]
    for l, it in zip(lines, items):
        l["desc"] = it
    finalize(lines)
    d = dict(payer="Auckland Fine Foods Ltd", date=pay, ref="88120", cur="NZD", total_stated=True, lines=lines)

    def render(out):
        rows = [[l["ref"], df(l["date"], "d Mon Y"), l["desc"], en(l["paid"])] for l in lines]
        body = f"""
<table style="width:100%"><tr><td><div class="brand">{h(d['payer'])}</div>
<div class="sub">31 Nelson Street, Auckland Central 1010 &middot; NZBN 9429046119203</div></td>
<td class="right"><div class="brand">Remittance</div><div class="sub">Paid on {df(pay, 'D Month Y')}</div></td></tr></table>
<p>To {h(SUP_SYD[0])}<br>Payment Reference: 88120<br>Paid in NZD by direct credit</p>
{html_table(["Document", "Date", "Description", "NZ$"], rows, "lllr", foot=[["", "", "Total NZ$", en(total(lines))]])}
<p class="sub" style="margin-top:20px">Auckland Fine Foods Ltd, PO Box 90412, Victoria Street West, Auckland 1142. Ph 09 377 6610.</p>
"""
        chrome_render(out, html_page("Remittance 88120", CSS_MIN, body), "d23")

    d["render"] = render
    return d


CSS_PH = """
@page { size: A4; margin: 15mm; }
body { font-family: 'Liberation Sans', sans-serif; font-size: 10.5px; }
.hdr { text-align: center; border-bottom: 3px double #333; padding-bottom: 6px; }
.hdr .n { font-size: 17px; font-weight: bold; }
.title { text-align: center; font-weight: bold; font-size: 13px; margin: 12px; background: #ffe9b3; padding: 4px; }
.two { display: flex; justify-content: space-between; }
table.t { border-collapse: collapse; width: 100%; margin-top: 12px; }
table.t th, table.t td { border: 1px solid #777; padding: 4px; }
table.t th { background: #fff3d6; }
tr.tot td { font-weight: bold; background: #fafafa; }
.sig { margin-top: 40px; display: flex; justify-content: space-between; font-size: 9.5px; }
"""


@doc(24, "chromium", "pdf")
def d24(rng):
    pay = D(2026, 3, 26)
    lines = ewt_lines(rng, pay, 12, "SI-2026-{:04d}", 1180, Decimal("0.02"), lo=3000, hi=120000)
    finalize(lines)
    d = dict(payer="Quezon City Hospitality Group Inc.", date=pay, ref="QCHG-PAY-0388", cur="PHP",
             total_stated=True, lines=lines)

    def render(out):
        rows = [[l["ref"], df(l["date"], "d-Mon-Y"), en(l["gross"]), en(l["wht"]), en(l["paid"])] for l in lines]
        body = f"""
<div class="hdr"><div class="n">{h(d["payer"])}</div>
<div>88 Tomas Morato Avenue, Quezon City 1103 &middot; VAT Reg TIN 008-771-452-000 &middot; (02) 8411-2290</div></div>
<div class="title">PAYMENT ADVICE</div>
<div class="two"><div><b>Payee:</b> {h(SUP_PH[0])}<br>{h(SUP_PH[1])}, {h(SUP_PH[2])}<br>{h(SUP_PH[3])}</div>
<div><b>Payment Date:</b> {df(pay, 'd-Mon-Y')}<br><b>Payment Ref:</b> QCHG-PAY-0388<br>
<b>Currency:</b> PHP<br><b>Bank:</b> Metrobank online transfer</div></div>
{html_table(["Reference", "Invoice Date", "Invoice Amount", "W/Tax (2%)", "Amount Paid"], rows, "lcrrr",
            foot=[["TOTAL", "", en(sum((l['gross'] for l in lines), Z)), en(sum((l['wht'] for l in lines), Z)),
                   en(total(lines))]])}
<div class="sig"><div>Prepared by: J. Santos</div><div>Checked by: R. Dela Cruz</div><div>Approved by: M. Villanueva</div></div>
"""
        chrome_render(out, html_page("Payment Advice", CSS_PH, body), "d24")

    d["render"] = render
    return d



# ---------------------------------------------------------------- raw xlsx

@doc(25, "xlsx", "xlsx")
def d25(rng):
    pay = D(2026, 3, 6)
    lines = gen_inv(rng, 17, "INV-{:05d}", 4010, pay, step=(1, 12), lo=90, hi=6400)
    lines.insert(9, L("CN-0097", -money(rng, 40, 500), "credit_note", date=pay - dt.timedelta(days=16)))
    lines[14]["paid"] = q(lines[14]["gross"] - 500)
    finalize(lines)
    d = dict(payer="Coral Coast Resorts Pty Ltd", date=pay, ref="PMT-0098812", cur="AUD", total_stated=False,
             lines=lines)

    def render(out):
        wb = openpyxl.Workbook()
        ws = wb.active
        ws.title = "Payment Lines"
        hdr = ["Payer", "Payment No", "Payment Date", "Currency", "Invoice Number", "Invoice Date",
               "Invoice Amount", "Amount Paid", "Payee"]
        xl_row(ws, 1, hdr, font=Font(bold=True))
        for i, l in enumerate(lines):
            xl_row(ws, i + 2, [d["payer"], "PMT-0098812", pay, "AUD", l["ref"], l["date"], float(l["gross"]),
                               float(l["paid"]), SUP_SYD[0]],
                   fmt=[None, None, "dd/mm/yyyy", None, None, "dd/mm/yyyy", "0.00", "0.00", None])
        xl_widths(ws, [28, 13, 13, 9, 15, 13, 15, 13, 30])
        ws.freeze_panes = "A2"
        xl_save(wb, out)

    d["render"] = render
    return d


@doc(26, "xlsx", "xlsx")
def d26(rng):
    pay = D(2026, 3, 27)
    lines = gen_inv(rng, 8, "INV-{:05d}", 4300, pay, lo=120, hi=3600)
    items = ["Firewood", "Ski wax", "Guest linen", "Boot dryers", "Snow chains", "Thermal blankets",
             "Coffee beans", "Cleaning supplies"]
    for l, it in zip(lines, items):
        l["desc"] = it
    lines.insert(4, L("CN-0099", -money(rng, 30, 250), "credit_note", desc="Credit - faulty boot dryer"))
    lines.append(L("PO-5521", money(rng, 800, 2400), "po", desc="Deposit on purchase order PO-5521"))
    finalize(lines)
    d = dict(payer="Snowy Mountains Lodge Pty Ltd", date=pay, ref="SML-3319", cur="AUD", total_stated=True,
             lines=lines)

    def render(out):
        wb = openpyxl.Workbook()
        ws = wb.active
        ws.title = "Remittance"
        ws["A1"] = "Remittance Advice"
        ws["A1"].font = Font(size=16, bold=True)
        meta = [("Payer:", d["payer"]), ("Address:", "Kosciuszko Road, Thredbo Village NSW 2625"),
                ("Payment Date:", pay), ("EFT Reference:", "SML-3319"), ("Currency:", "AUD"),
                ("Paid to:", SUP_SYD[0] + " - BSB 062-118 Acc 1044 7781")]
        for i, (k, v) in enumerate(meta):
            ws.cell(row=3 + i, column=1, value=k).font = Font(bold=True)
            c = ws.cell(row=3 + i, column=2, value=v)
            if isinstance(v, dt.date):
                c.number_format = "d mmm yyyy"
                c.alignment = Alignment(horizontal="left")
        r = 10
        xl_row(ws, r, ["Inv #", "Description", "Amount"], font=Font(bold=True),
               border=Border(bottom=THIN), fill=PatternFill("solid", fgColor="DDEBF7"))
        fmt = "#,##0.00;[Red](#,##0.00)"
        for l in lines:
            r += 1
            xl_row(ws, r, [l["ref"], l["desc"], float(l["paid"])], fmt=[None, None, fmt])
        r += 1
        xl_row(ws, r, ["Total", None, float(total(lines))], font=Font(bold=True), fmt=[None, None, fmt],
               border=Border(top=THIN))
        xl_widths(ws, [16, 40, 14])
        xl_save(wb, out)

    d["render"] = render
    return d


@doc(27, "xlsx", "xlsx")
def d27(rng):
    pay = D(2026, 3, 27)
    lines = gen_inv(rng, 4, "INV-{:05d}", 4520, pay, lo=2000, hi=22000)
    lines.insert(2, L("CN-0102", -money(rng, 200, 900), "credit_note"))
    finalize(lines)
    d = dict(payer="Pearl River Trading Co., Ltd", date=pay, ref="TT20260327-118", cur="USD", total_stated=True,
             lines=lines)

    def render(out):
        wb = openpyxl.Workbook()
        ws = wb.active
        ws.title = "付款明细"
        ws["A1"] = "付款通知书 / Payment Advice"
        ws["A1"].font = Font(size=14, bold=True)
        meta = [("付款单位 Payer", d["payer"]), ("地址 Address", "香港九龙尖沙咀广东道 25 号 12 楼 1203 室"),
                ("收款单位 Payee", SUP_SYD[0]), ("付款日期 Payment Date", pay),
                ("电汇编号 TT Ref.", "TT20260327-118"), ("币种 Currency", "USD")]
        for i, (k, v) in enumerate(meta):
            ws.cell(row=2 + i, column=1, value=k).font = Font(bold=True)
            c = ws.cell(row=2 + i, column=2, value=v)
            if isinstance(v, dt.date):
                c.number_format = "yyyy-mm-dd"
                c.alignment = Alignment(horizontal="left")
        r = 9
        xl_row(ws, r, ["发票号码 Invoice No.", "发票日期 Date", "类型 Type", "金额 Amount (USD)"], font=Font(bold=True),
               border=Border(top=THIN, bottom=THIN))
        for l in lines:
            r += 1
            xl_row(ws, r, [l["ref"], l["date"], "贷项通知 Credit note" if l["kind"] == "credit_note" else "发票 Invoice",
                           float(l["paid"])], fmt=[None, "yyyy-mm-dd", None, "#,##0.00"])
        r += 1
        xl_row(ws, r, ["合计 Total", None, None, float(total(lines))], font=Font(bold=True),
               fmt=[None, None, None, "#,##0.00"], border=Border(top=THIN))
        ws.cell(row=r + 2, column=1, value="汇款银行 Remitting bank: HSBC HK A/C 808-447120-838")
        xl_widths(ws, [24, 42, 22, 20])
        xl_save(wb, out)

    d["render"] = render
    return d


# ---------------------------------------------------------------- CSV

@doc(28, "csv", "csv")
def d28(rng):
    pay = D(2026, 3, 5)
    lines = gen_inv(rng, 7, "INV-{:05d}", 4700, pay, lo=200, hi=5000)
    lines[2]["paid"] = q(lines[2]["gross"] / 2)
    finalize(lines)
    d = dict(payer="Dingo Flat Builders Pty Ltd", date=pay, ref="DFB-000512", cur="AUD", total_stated=False,
             lines=lines)

    def render(out):
        buf = io.StringIO()
        w = csv.writer(buf, lineterminator="\r\n")
        w.writerow(["Payer Name", "Payment Reference", "Payment Date", "Currency", "Invoice Number",
                    "Invoice Date", "Invoice Amount", "Paid Amount"])
        for l in lines:
            w.writerow([d["payer"], "DFB-000512", pay.isoformat(), "AUD", l["ref"], l["date"].isoformat(),
                        f"{l['gross']:.2f}", f"{l['paid']:.2f}"])
        Path(out).write_text(buf.getvalue(), encoding="utf-8")

    d["render"] = render
    return d


@doc(29, "csv", "csv")
def d29(rng):
    pay = D(2026, 3, 12)
    lines = gen_inv(rng, 5, "{:08d}", 90014400, pay, step=(5, 60), lo=400, hi=12000)
    for l in lines[::2]:
        l["disc"] = q(l["gross"] * Decimal("0.03"))
    lines.insert(3, L("CN-0104", "-250.00", "credit_note", date=pay - dt.timedelta(days=8)))
    finalize(lines)
    d = dict(payer="Alpenland Feinkost AG", date=pay, ref="AFA-ZA-20260312", cur="EUR", total_stated=True,
             lines=lines)

    def render(out):
        rows = [["Zahlungsavis", "", "", "", ""],
                ["Zahler", d["payer"], "", "", ""],
                ["Anschrift", "Bahnhofstrasse 41, 8001 Zürich", "", "", ""],
                ["Empfänger", SUP_SYD[0], "", "", ""],
                ["Zahlungsdatum", df(pay, "dmy."), "", "", ""],
                ["Referenz", "AFA-ZA-20260312", "", "", ""],
                ["Währung", "EUR", "", "", ""],
                ["", "", "", "", ""],
                ["Rechnungsnr.", "Rechnungsdatum", "Betrag", "Skonto", "Zahlbetrag"]]
        for l in lines:
            rows.append([l["ref"], df(l["date"], "dmy."), de(l["gross"]), de(l["disc"], blank_zero=True),
                         de(l["paid"])])
        rows.append(["Summe", "", "", "", de(total(lines))])
        buf = io.StringIO()
        csv.writer(buf, delimiter=";", lineterminator="\r\n").writerows(rows)
        Path(out).write_bytes(buf.getvalue().encode("cp1252"))

    d["render"] = render
    return d


@doc(30, "csv", "csv")
def d30(rng):
    pay = D(2026, 3, 14)
    lines = gen_inv(rng, 6, "INV-{:05d}", 4900, pay, lo=350, hi=7000)
    lines.insert(2, L("CN-0106", -money(rng, 100, 600), "credit_note", date=pay - dt.timedelta(days=21)))
    lines.append(L("PO-55120", money(rng, 1000, 3000), "po", date=pay - dt.timedelta(days=2)))
    finalize(lines)
    d = dict(payer="Sunraysia Citrus Growers Pty Ltd", date=pay, ref=None, cur="AUD", total_stated=True,
             lines=lines)
    typ = {"invoice": "Invoice", "credit_note": "Credit Note", "po": "Purchase Order"}

    def render(out):
        rows = [["Payer", d["payer"]], ["Payee", SUP_SYD[0]], ["Payment Date", df(pay, "d-Mon-Y")],
                ["Currency", "AUD"], ["Bank", "BSB 062-118 ACC 1044 7781"], [],
                ["Doc No.", "Type", "Doc Date", "Amount"]]
        for l in lines:
            rows.append([l["ref"], typ[l["kind"]], df(l["date"], "d-Mon-Y"), en(l["paid"], neg="CR")])
        rows.append(["TOTAL", "", "", en(total(lines), neg="CR")])
        buf = io.StringIO()
        csv.writer(buf, lineterminator="\n").writerows(rows)
        Path(out).write_text(buf.getvalue(), encoding="utf-8")

    d["render"] = render
    return d


# ---------------------------------------------------------------- e-mail

def eml_save(out, msg):
    Path(out).write_bytes(msg.as_bytes(policy=email_policy.default.clone(max_line_length=998)))


def eml_base(frm, to, subject, date_hdr, msgid):
    msg = EmailMessage()
    msg["From"] = frm
    msg["To"] = to
    msg["Subject"] = subject
    msg["Date"] = date_hdr
    msg["Message-ID"] = msgid
    return msg


@doc(31, "eml", "eml")
def d31(rng):
    pay = D(2026, 3, 19)
    lines = gen_inv(rng, 4, "INV-{:05d}", 5110, pay, lo=300, hi=2400)
    finalize(lines)
    d = dict(payer="Sunshine Coast Bakeries Pty Ltd", date=pay, ref="SCB-190326-02", cur="AUD",
             total_stated=True, lines=lines)

    def render(out):
        tbl = ["Invoice        Date            Amount (AUD)", "-" * 44]
        for l in lines:
            tbl.append(f"{l['ref']:<14} {df(l['date'], 'dmy/'):<12} {en(l['paid']):>16}")
        tbl.append("-" * 44)
        tbl.append(f"{'Total':<27} {en(total(lines)):>16}")
        body = (f"Hi Wattle & Gum accounts team,\n\n"
                f"Please be advised we have made a payment to your account today.\n\n"
                f"Payment date: {df(pay, 'dmy/')}\n"
                f"Remittance ref: SCB-190326-02\n"
                f"Paid to: BSB 062-118 Acct 1044 7781\n\n"
                + "\n".join(tbl) +
                "\n\nKind regards,\n\nJodie Nguyen\nAccounts Payable\nSunshine Coast Bakeries Pty Ltd\n"
                "8 Enterprise Street, Caloundra West QLD 4551\nPh 07 5438 2210 | ABN 31 142 907 556\n")
        msg = eml_base('"Sunshine Coast Bakeries - Accounts" <accounts@sunshinecoastbakeries.com.au>',
                       "ar@wattleandgum.com.au", "Remittance Advice SCB-190326-02",
                       "Thu, 19 Mar 2026 16:42:10 +1000", "<scb-190326-02@sunshinecoastbakeries.com.au>")
        msg.set_content(body)
        eml_save(out, msg)

    d["render"] = render
    return d


@doc(32, "eml", "eml")
def d32(rng):
    pay = D(2026, 3, 23)
    lines = gen_inv(rng, 8, "INV-SG-{:05d}", 30700, pay, lo=250, hi=5200)
    lines[5]["paid"] = q(lines[5]["gross"] - 300)
    finalize(lines)
    d = dict(payer="Merlion Events Pte Ltd", date=pay, ref="MEPL/PAY/2026/0412", cur="SGD", total_stated=True,
             lines=lines)

    def render(out):
        rows = [[l["ref"], df(l["date"], "d Mon Y"), en(l["gross"]), en(l["paid"])] for l in lines]
        tbl = html_table(["Inv No.", "Inv Date", "Amount (SGD)", "Paid (SGD)"], rows, "llrr",
                         foot=[["Total", "", "", en(total(lines))]], cls="rem")
        tbl = tbl.replace('<table class="rem">',
                          '<table class="rem" border="1" cellpadding="4" cellspacing="0" '
                          'style="border-collapse:collapse;font-family:Arial;font-size:13px">')
        html_body = f"""<html><body style="font-family:Arial,sans-serif;font-size:13px">
<p>Dear Sir / Madam,</p>
<p>We are pleased to inform you that payment has been made via GIRO as follows.</p>
<p><b>Payer:</b> {h(d['payer'])}<br><b>Payment date:</b> {df(pay, 'iso')}<br>
<b>Payment reference:</b> MEPL/PAY/2026/0412<br><b>Currency:</b> SGD</p>
{tbl}
<p>Invoice {h(lines[5]['ref'])} short paid by SGD 300.00 pending credit for the missing carton.</p>
<p>Best regards,<br>Finance Department<br>{h(d['payer'])}<br>5 Temasek Boulevard #09-01, Singapore 038985<br>
Tel: +65 6336 7782</p>
</body></html>"""
        msg = eml_base('"Merlion Events Finance" <finance@merlionevents.sg>', "ar.sg@wattleandgum.com.au",
                       "Payment Advice MEPL/PAY/2026/0412", "Mon, 23 Mar 2026 10:05:33 +0800",
                       "<pay0412.20260323@merlionevents.sg>")
        msg.set_content(html_body, subtype="html")
        eml_save(out, msg)

    d["render"] = render
    return d


@doc(33, "eml", "eml")
def d33(rng):
    pay = D(2026, 3, 24)
    lines = gen_inv(rng, 5, "SI-2026-{:04d}", 1400, pay, lo=1500, hi=12000)
    finalize(lines)
    d = dict(payer="Manila Harbour Foods Corp.", date=pay, ref="FT26083PH0029", cur="USD", total_stated=True,
             lines=lines)

    def render(out):
        txt_rows = "\n".join(f"  {l['ref']:<16}USD {en(l['paid']):>12}" for l in lines)
        text = (f"Good day!\n\nPlease see below details of our payment sent by telegraphic transfer.\n\n"
                f"Value date : {df(pay, 'D Month Y')}\nBank Ref   : FT26083PH0029\nAmount     : USD {en(total(lines))}\n\n"
                f"  Invoice         Amount\n{txt_rows}\n  {'TOTAL':<16}USD {en(total(lines)):>12}\n\n"
                f"Thank you.\n\nMaricel Ramos\nTreasury | {d['payer']}\nPier 18, Vitas, Tondo, Manila 1012\n"
                f"+63 2 8254 7710\n")
        rows = [[l["ref"], "USD " + en(l["paid"])] for l in lines]
        tbl = html_table(["Invoice", "Amount"], rows, "lr", foot=[["TOTAL", "USD " + en(total(lines))]])
        html_body = (f"<html><body style='font-family:Calibri,sans-serif'><p>Good day!</p><p>Please see below "
                     f"details of our payment sent by telegraphic transfer.</p><p>Value date : {df(pay, 'D Month Y')}<br>"
                     f"Bank Ref : FT26083PH0029<br>Amount : USD {en(total(lines))}</p>{tbl}<p>Thank you.</p>"
                     f"<p>Maricel Ramos<br>Treasury | {h(d['payer'])}<br>Pier 18, Vitas, Tondo, Manila 1012<br>"
                     f"+63 2 8254 7710</p></body></html>")
        msg = eml_base('"Maricel Ramos" <mramos@manilaharbourfoods.com.ph>', "ar.ph@wattleandgum.com.au",
                       "Payment details - TT FT26083PH0029", "Tue, 24 Mar 2026 14:20:01 +0800",
                       "<FT26083PH0029.mramos@manilaharbourfoods.com.ph>")
        msg.set_content(text)
        msg.add_alternative(html_body, subtype="html")
        msg.set_boundary("==r1-mhf-20260324==")
        eml_save(out, msg)

    d["render"] = render
    return d


# ---------------------------------------------------------------- HTML and TXT

@doc(34, "html", "html")
def d34(rng):
    pay = D(2026, 3, 13)
    lines = gen_inv(rng, 10, "INV-{:05d}", 5300, pay, lo=150, hi=4200)
    lines.insert(6, L("CN-0108", -money(rng, 40, 350), "credit_note", date=pay - dt.timedelta(days=10)))
    finalize(lines)
    d = dict(payer="Darling Downs Dairy Pty Ltd", date=pay, ref="DDD-000551", cur="AUD", total_stated=True,
             lines=lines)

    def render(out):
        rows = [[l["ref"], "Credit Note" if l["kind"] == "credit_note" else "Invoice", df(l["date"], "dmy/"),
                 en(l["paid"])] for l in lines]
        css = ("body{font-family:Segoe UI,Arial,sans-serif;margin:0;background:#f5f7fa}"
               "nav{background:#234;color:#fff;padding:10px 20px}main{padding:20px;background:#fff;margin:20px}"
               "table{border-collapse:collapse;width:100%}th,td{padding:6px;border-bottom:1px solid #ddd}"
               "tr.tot td{font-weight:bold}")
        body = f"""<nav>SupplierHub &raquo; Payments &raquo; DDD-000551 <span style="float:right">Logged in: ar@wattleandgum.com.au</span></nav>
<main>
<h2>Payment Details</h2>
<table style="width:auto">
<tr><td>Customer</td><td><b>{h(d['payer'])}</b></td></tr>
<tr><td>Payment number</td><td>DDD-000551</td></tr>
<tr><td>Payment date</td><td>{df(pay, 'Mon D, Y')}</td></tr>
<tr><td>Currency</td><td>AUD</td></tr>
<tr><td>Deposit account</td><td>062-118 1044 7781</td></tr>
</table>
<h3>Documents paid</h3>
{html_table(["Doc No.", "Doc Type", "Doc Date", "Amount"], rows, "lllr", foot=[["Total", "", "", en(total(lines))]])}
<p style="font-size:11px;color:#777">Darling Downs Dairy Pty Ltd &middot; 410 Ruthven Street, Toowoomba QLD 4350 &middot; ABN 90 118 327 004</p>
</main>"""
        Path(out).write_text(html_page("Payment DDD-000551 - SupplierHub", css, body), encoding="utf-8")

    d["render"] = render
    return d


@doc(35, "txt", "txt")
def d35(rng):
    pay = D(2026, 3, 27)
    lines = gen_inv(rng, 13, "{:04d}A", 8200, pay, step=(2, 11), lo=80, hi=2600)
    for pos, ref in ((4, "CN-0111"), (10, "CN-0113")):
        lines.insert(pos, L(ref, -money(rng, 20, 180), "credit_note", date=pay - dt.timedelta(days=12)))
    finalize(lines)
    d = dict(payer="TAMAR VALLEY CHEESE CO PTY LTD", date=pay, ref="0087123", cur="AUD", total_stated=True,
             lines=lines)

    def render(out):
        out_l = []
        out_l.append(f"{'TAMAR VALLEY CHEESE CO PTY LTD':<40}{'REMITTANCE ADVICE':^30}{'PAGE    1':>18}")
        out_l.append(f"{'ABN 58 009 433 217':<40}{'':^30}{'RUN 27/03/26 17:04':>18}")
        out_l.append(f"{'22 GEORGE TOWN ROAD, LAUNCESTON TAS 7250':<88}")
        out_l.append("")
        out_l.append(f"PAYEE    : {SUP_SYD[0].upper():<45} VENDOR NO : 000441")
        out_l.append(f"           {SUP_SYD[1].upper():<45} PAYMENT NO: 0087123")
        out_l.append(f"           {'SYDNEY NSW 2000':<45} PAY DATE  : {df(pay, 'D-MON-Y')}")
        out_l.append(f"           {'':<45} CURRENCY  : AUD")
        out_l.append("")
        out_l.append("-" * 88)
        out_l.append(f"{'INVOICE':<12}{'INV DATE':<12}{'DUE DATE':<12}{'GROSS':>16}{'DISC':>12}{'NET PAID':>16}")
        out_l.append("-" * 88)
        for l in lines:
            out_l.append(f"{l['ref']:<12}{df(l['date'], 'dmy/y2'):<12}{df(l['due'] or l['date'], 'dmy/y2'):<12}"
                         f"{en(l['gross'], neg='trail'):>16}{'0.00':>12}{en(l['paid'], neg='trail'):>16}")
        out_l.append("-" * 88)
        out_l.append(f"{'TOTAL PAYMENT':<36}{'':>16}{'':>12}{en(total(lines), neg='trail'):>16}")
        out_l.append("=" * 88)
        out_l.append("")
        out_l.append("FUNDS TRANSFERRED TO BSB 062-118 ACCOUNT 10447781 ON THE PAY DATE SHOWN.")
        out_l.append("*** END OF REPORT ***")
        Path(out).write_text("\n".join(x.rstrip() for x in out_l) + "\n", encoding="ascii")

    d["render"] = render
    return d



# ---------------------------------------------------------------- scans

@doc(36, "reportlab", "pdf", scan=True)
def d36(rng):
    pay = D(2026, 3, 2)
    lines = gen_inv(rng, 6, "INV-{:05d}", 5500, pay, lo=120, hi=2600)
    lines[3]["paid"] = money(rng, 50, float(lines[3]["gross"]) - 10)
    finalize(lines)
    d = dict(payer="Bondi Beach Kiosks Pty Ltd", date=pay, ref="EFT-7712093", cur="AUD", total_stated=True,
             lines=lines)
    cfg = dict(
        font="Times-Roman", bold="Times-Bold", header_style="center", title="Remittance Advice",
        payer_lines=["Shop 2, 180 Campbell Parade, Bondi Beach NSW 2026  -  ABN 19 604 228 713"],
        payee=SUP_SYD, to_label="To",
        info=[("Payment date", df(pay, "D Month Y")), ("EFT reference", "EFT-7712093"), ("Currency", "AUD")],
        cols=[("Inv No", lambda l: l["ref"], "l", 0.2), ("Date", lambda l: df(l["date"], "dmy/"), "c", 0.2),
              ("Amount", lambda l: en(l["gross"]), "r", 0.3), ("Paid", lambda l: en(l["paid"]), "r", 0.3)],
        foot=lambda d: [["Total paid", "", "", en(total(d["lines"]))]], grid="grid", size=10,
        notes=["Paid to BSB 062-118 A/C 1044 7781. Thank you."])
    d["render"] = lambda out: rl_erp(out, d, cfg)
    d["scan"] = dict(dpi=200, knobs=dict(angle=0.6, blur=0.7, grain=0.028, specks=5e-5, edge="left"))
    return d


@doc(37, "reportlab", "pdf", scan=True)
def d37(rng):
    pay = D(2026, 3, 4)
    lines = gen_inv(rng, 5, "INV-{:05d}", 5620, pay, lo=300, hi=3100)
    finalize(lines)
    d = dict(payer="Parramatta Fresh Markets Pty Ltd", date=pay, ref="EPB0403FT0092217", cur="AUD",
             total_stated=True, lines=lines)
    cfg = dict(
        bank=["Eastern Pacific Bank Ltd", "ABN 63 118 902 441  AFSL 301229", "PO Box 880, Parramatta NSW 2124",
              "Customer care 1300 736 220"], bank_col=colors.HexColor("#6a1b1b"),
        title="PAYMENT ADVICE", subtitle="Funds transfer advice issued at the request of the ordering customer",
        fields=[("Ordering customer", d["payer"]), ("Beneficiary name", SUP_SYD[0]),
                ("Beneficiary BSB / account", "062-118 / 1044 7781"), ("Value date", df(pay, "D-MON-Y")),
                ("Our reference", "EPB0403FT0092217"), ("Amount", "AUD " + en(total(lines)))],
        ri_label="Payment details (from ordering customer)",
        cols=[("Invoice Reference", lambda l: l["ref"], "l", 0.6), ("AUD", lambda l: en(l["paid"]), "r", 0.4)],
        foot=lambda d: [["Total", en(total(d["lines"]))]], grid="grid",
        notes=["Eastern Pacific Bank Ltd, 60 Station Street, Parramatta NSW 2150. This is not a tax invoice."])
    d["render"] = lambda out: rl_bank(out, d, cfg)
    d["scan"] = dict(dpi=300, knobs=dict(angle=1.2, blur=0.9, grain=0.022, specks=2e-5, edge="right",
                                         black=0.22, white=0.84))
    return d


@doc(38, "reportlab", "pdf", scan=True)
def d38(rng):
    pay = D(2026, 3, 26)
    lines = twopage_lines(rng, pay, 28, [6, 23], "INV-{:05d}", 5700, ["CN-0115", "CN-0118"])
    d = dict(payer="Hunter Valley Grocers Pty Ltd", date=pay, ref="HVG-PMT-40917", cur="AUD", total_stated=True,
             lines=lines)
    f = lambda x: en(x, neg="CR")
    cfg = dict(
        payer_lines=["45 John Street, Singleton NSW 2330  |  ABN 70 611 204 983"],
        title="PAYMENT REMITTANCE",
        info=[("Payment ref", "HVG-PMT-40917", "Paid to", SUP_SYD[0]),
              ("Payment date", df(pay, "dmy/"), "Account", "BSB 062-118 Acc 1044 7781"),
              ("Currency", "AUD", "Our vendor code", "WATT01")],
        cols=[("Inv #", lambda l: l["ref"], "l", 0.2), ("Inv Date", lambda l: df(l["date"], "dmy/"), "c", 0.18),
              ("Due", lambda l: df(l["due"], "dmy/"), "c", 0.18), ("Invoice Amt", lambda l: f(l["gross"]), "r", 0.22),
              ("Paid", lambda l: f(l["paid"]), "r", 0.22)],
        amt_col=4, fmt=f, split=20, sub1_label="Carried forward", bf_label="Brought forward",
        total_label="TOTAL", cumulative=True, cont_title="Payment Remittance",
        cont_line="Payment ref HVG-PMT-40917 (continued)", page_fmt="Page {}", grid="grid",
        footer="Hunter Valley Grocers - accounts@hvgrocers.com.au - 02 6572 4410")
    d["render"] = lambda out: rl_twopage(out, d, cfg)
    d["scan"] = dict(dpi=150, knobs=dict(angle=0.45, blur=0.5, grain=0.03, specks=6e-5, edge="top"))
    return d


@doc(39, "reportlab", "pdf", scan=True)
def d39(rng):
    pay = D(2026, 3, 30)
    lines = wide_lines(rng, pay, 10, "{:08d}", 90015020, 88010, 4500018800, discount_idx=(2, 6))
    finalize(lines)
    d = dict(payer="Canterbury Plains Dairy Ltd", date=pay, ref="CPD-DC-7719", cur="NZD", total_stated=True,
             lines=lines)
    f = lambda x: en(x, blank_zero=True)
    cfg = dict(
        pagesize=landscape(A4), margin=12 * mm, header_style="split", size=7.5,
        payer_lines=["1020 Main South Road, Templeton, Christchurch 8042  |  GST 104-338-219"],
        title="REMITTANCE ADVICE",
        info=[("Direct credit ref", "CPD-DC-7719"), ("Date", df(pay, "d Mon Y")), ("Currency", "NZD")],
        payee=SUP_SYD, to_label="Supplier",
        cols=[("Our Voucher", lambda l: l["vch"], "l", 0.1), ("PO No.", lambda l: l["po"], "l", 0.11),
              ("Your Invoice", lambda l: l["ref"], "l", 0.11), ("Invoice Date", lambda l: df(l["date"], "dmy/"), "c", 0.09),
              ("Description", lambda l: l["desc"], "l", 0.17), ("Gross", lambda l: f(l["gross"]), "r", 0.11),
              ("GST", lambda l: f(l["gst"]), "r", 0.09), ("Disc.", lambda l: f(l["disc"]), "r", 0.09),
              ("Paid", lambda l: f(l["paid"]), "r", 0.13)],
        foot=lambda d: [["", "", "", "", "Total", "", "", "", f(total(d["lines"]))]],
        grid="lines", head_bg=colors.HexColor("#e0e0e0"))
    d["render"] = lambda out: rl_erp(out, d, cfg)
    d["scan"] = dict(dpi=200, knobs=dict(angle=-0.8, blur=0.6, grain=0.025, specks=4e-5, edge="bottom"))
    return d


@doc(40, "reportlab", "pdf", scan=True)
def d40(rng):
    pay = D(2026, 3, 19)
    lines = gen_inv(rng, 7, "INV-{:05d}", 5900, pay, lo=600, hi=9000)
    for l in lines:
        l["disc"] = q(l["gross"] * Decimal("0.02"))
    lines.insert(5, L("CN-0121", -money(rng, 100, 600), "credit_note", date=pay - dt.timedelta(days=9)))
    finalize(lines)
    d = dict(payer="Hanseatische Kaffeerösterei GmbH", date=pay, ref="2026-0319-HKR", cur="EUR",
             total_stated=True, lines=lines)
    f = lambda x: de(x, blank_zero=True)
    cfg = dict(
        font="LSe", bold="LSe-B", header_style="split", title="Zahlungsavis", title_size=14,
        payer_lines=["Speicherstadt, Kehrwieder 12, 20457 Hamburg", "Tel. 040 3008 7712"],
        to_label="Empfänger", payee=SUP_SYD,
        info=[("Datum der Zahlung", df(pay, "dmy.")), ("Überweisungsreferenz", "2026-0319-HKR"), ("Währung", "EUR")],
        cols=[("Rechnungsnr.", lambda l: l["ref"], "l", 0.2), ("Datum", lambda l: df(l["date"], "dmy."), "c", 0.15),
              ("Brutto", lambda l: f(l["gross"]), "r", 0.2), ("Skonto 2%", lambda l: f(l["disc"]), "r", 0.2),
              ("Überwiesen", lambda l: f(l["paid"]), "r", 0.25)],
        foot=lambda d: [["Gesamt", "", "", "", f(total(d["lines"]))]], grid="grid",
        notes=["Gutschriften sind mit Minus gekennzeichnet. Bankverbindung: Hamburger Sparkasse, "
               "IBAN DE44 2005 0550 1002 2113 37"])
    d["render"] = lambda out: rl_erp(out, d, cfg)
    d["scan"] = dict(dpi=200, knobs=dict(angle=-0.9, blur=0.8, grain=0.032, specks=8e-5, edge="left",
                                         black=0.25, white=0.82))
    return d


@doc(41, "reportlab", "pdf", scan=True)
def d41(rng):
    pay = D(2026, 3, 23)
    lines = ewt_lines(rng, pay, 6, "SI-2026-{:04d}", 1600, Decimal("0.01"), lo=8000, hi=150000)
    po = L("PO-2026-0417", money(rng, 30000, 80000), "po", desc="Advance payment")
    po["wht"] = q(po["gross"] / Decimal("1.12") * Decimal("0.01"))
    lines.append(po)
    finalize(lines)
    d = dict(payer="Davao Agri Ventures Inc.", date=pay, ref="DAV-CV-26-0788", cur="PHP", total_stated=True,
             lines=lines)
    cfg = dict(
        font="DV", bold="DV-B", header_style="band", band=colors.HexColor("#2e5e2e"), title="REMITTANCE",
        payer_lines=["KM 7 Lanang, Davao City 8000  ·  TIN 005-228-119-000  ·  (082) 234-1180"],
        payee=SUP_PH, to_label="Supplier",
        info=[("Date", df(pay, "Mon D, Y")), ("Payment Ref", "DAV-CV-26-0788"), ("Currency", "PHP")],
        cols=[("Invoice No.", lambda l: l["ref"], "l", 0.22), ("Date", lambda l: df(l["date"], "mdy/") if l["date"] else "", "c", 0.14),
              ("Gross", lambda l: en(l["gross"]), "r", 0.2), ("EWT 1%", lambda l: en(l["wht"]), "r", 0.18),
              ("Net", lambda l: en(l["paid"]), "r", 0.26)],
        foot=lambda d: [["TOTAL", "", "", "", "₱" + en(total(d["lines"]))]], grid="box")
    d["render"] = lambda out: rl_erp(out, d, cfg)
    d["scan"] = dict(dpi=200, knobs=dict(angle=1.6, blur=0.6, grain=0.028, specks=3e-5, edge="top"))
    return d


@doc(42, "libreoffice-calc", "pdf", scan=True)
def d42(rng):
    pay = D(2026, 3, 31)
    lines = gen_inv(rng, 9, "INV-SG-{:05d}", 30900, pay, lo=200, hi=4500)
    finalize(lines)
    d = dict(payer="Sentosa Leisure Holdings Pte Ltd", date=pay, ref="SLH-GIRO-0331", cur="SGD",
             total_stated=True, lines=lines)
    cfg = dict(
        font="Liberation Sans", size=10,
        cells=[("A1", d["payer"], dict(bold=True, size=14)),
               ("A2", "1 Harbourfront Walk #05-12, Singapore 098585", dict(size=9)),
               ("A4", "PAYMENT ADVICE", dict(bold=True, size=12)),
               ("A5", "Payment Date", {}), ("B5", pay, dict(fmt="dd-mmm-yyyy", align="left")),
               ("A6", "GIRO Ref", {}), ("B6", "SLH-GIRO-0331", {}),
               ("A7", "Currency", {}), ("B7", "SGD", {}),
               ("D5", "Payee", {}), ("D6", SUP_SG[0], dict(size=8))],
        table_row=9,
        cols=[("Inv No", lambda l: l["ref"], None, "l", 16), ("Inv Date", lambda l: l["date"], "dd/mm/yyyy", "c", 13),
              ("Due Date", lambda l: l["due"], "dd/mm/yyyy", "c", 13),
              ("Amount", lambda l: float(l["gross"]), "#,##0.00", "r", 14),
              ("Paid", lambda l: float(l["paid"]), "#,##0.00", "r", 14)],
        foot=lambda d: [["Total", None, None, None, float(total(d["lines"]))]], head_border="box",
        head_fill="EDEDED")
    d["render"] = lambda out: calc_render(out, d, cfg, "d42")
    d["scan"] = dict(dpi=200, knobs=dict(angle=0.35, blur=0.7, grain=0.028, specks=4e-5, edge="left"))
    return d


@doc(43, "libreoffice-calc", "pdf", scan=True)
def d43(rng):
    pay = D(2026, 3, 27)
    lines = gen_inv(rng, 14, "{:08d}", 90016000, pay, step=(3, 40), lo=150, hi=8800)
    for l in lines[::3]:
        l["disc"] = q(l["gross"] * Decimal("0.025"))
    lines.insert(5, L("CN-0124", -money(rng, 80, 400), "credit_note"))
    lines.insert(12, L("CN-0127", -money(rng, 80, 400), "credit_note"))
    for l in lines:
        if l["date"] is None:
            l["date"] = pay - dt.timedelta(days=7)
    finalize(lines)
    d = dict(payer="Illawarra Steel Fabricators Pty Ltd", date=pay, ref="ISF 0327-01", cur="AUD",
             total_stated=True, lines=lines)
    fmt = "#,##0.00;(#,##0.00);\"\""
    cfg = dict(
        font="DejaVu Sans", size=9,
        cells=[("A1", d["payer"], dict(bold=True, size=13)),
               ("A2", "17 Five Islands Road, Port Kembla NSW 2505  ABN 41 003 556 812", dict(size=8)),
               ("A4", "Remittance advice", dict(bold=True, size=12)),
               ("A5", "Payment date:", {}), ("B5", df(pay, "dmy/"), dict(align="left")),
               ("A6", "Payment ref:", {}), ("B6", "ISF 0327-01", {}),
               ("A7", "Currency:", {}), ("B7", "AUD", {}),
               ("D5", "Payee:", {}), ("D6", SUP_SYD[0], {})],
        table_row=9,
        cols=[("Document", lambda l: l["ref"], None, "l", 14), ("Doc Date", lambda l: l["date"], "dd/mm/yyyy", "c", 12),
              ("Amount", lambda l: float(l["gross"]), fmt, "r", 14), ("Discount", lambda l: float(l["disc"]), fmt, "r", 12),
              ("Paid", lambda l: float(l["paid"]), fmt, "r", 14)],
        foot=lambda d: [["Total", None, None, None, float(total(d["lines"]))]], head_border="lines", row_lines=True)
    d["render"] = lambda out: calc_render(out, d, cfg, "d43")
    d["scan"] = dict(dpi=200, knobs=dict(angle=-1.1, blur=0.5, grain=0.025, specks=5e-5, edge="right"))
    return d


@doc(44, "libreoffice-writer", "pdf", scan=True)
def d44(rng):
    pay = D(2026, 3, 27)
    lines = gen_inv(rng, 5, "WG/26/{:04d}", 8100, pay, step=(5, 30), lo=400, hi=5000)
    for l, p in zip(lines, ["Mooring lines", "Antifouling paint", "Shackles", "Bilge pumps", "Fenders"]):
        l["desc"] = p
    lines[1]["disc"] = Decimal("50.00")
    finalize(lines)
    d = dict(payer="Fremantle Marine Supplies Pty Ltd", date=pay, ref="FMS-27032026-01", cur="AUD",
             total_stated=True, lines=lines)

    def render(out):
        fd = Fodt(font="Liberation Serif", size=11)
        fd.p(d["payer"], size=16, bold=True)
        fd.p("3 Mews Road, Fremantle WA 6160 · ABN 27 008 441 937 · (08) 9335 2201", size=9, after="0.6cm")
        fd.p("Remittance Advice", size=14, bold=True, after="0.3cm")
        fd.table(None, [["Payment Date", df(pay, "dmy/")], ["Payment Reference", "FMS-27032026-01"],
                        ["Currency", "AUD"], ["Payee", SUP_SYD[0]]], [4.5, 9], "ll", border="none")
        fd.table(["Doc No.", "Particulars", "Gross", "Disc", "Net"],
                 [[l["ref"], l["desc"], en(l["gross"]), en(l["disc"]) if l["disc"] else "-", en(l["paid"])]
                  for l in lines], [3.2, 5.2, 2.8, 2.2, 3.0], "llrrr", size=10.5, border="all", head_bg="#e0e0e0",
                 foot=[["", "Total", "", "", en(total(lines))]])
        fd.p("Deposited to BSB 062-118 Account 1044 7781.", size=9, before="0.4cm")
        writer_render(out, fd, "d44")

    d["render"] = render
    d["scan"] = dict(dpi=250, knobs=dict(angle=0.7, blur=0.8, grain=0.022, specks=3e-5, edge="left", edge_w=30))
    return d


@doc(45, "libreoffice-writer", "pdf", scan=True)
def d45(rng):
    pay = D(2026, 3, 19)
    lines = gen_inv(rng, 3, "SI-2026-{:04d}", 1700, pay, lo=1500, hi=9000)
    finalize(lines)
    d = dict(payer="Vins du Rhône SA", date=pay, ref="2026031900457", cur="EUR", total_stated=True, lines=lines)

    def render(out):
        fd = Fodt(font="DejaVu Serif", size=10.5)
        fd.p(d["payer"], size=15, bold=True, align="center")
        fd.p("8, quai Saint-Antoine - 69002 Lyon - SIREN 552 118 904", size=8.5, align="center", after="0.8cm")
        fd.p(f"Lyon, le {df(pay, 'fr')}", align="end", after="0.5cm")
        fd.p("À l'attention de : " + SUP_SYD[0] + ", " + SUP_SYD[1] + ", " + SUP_SYD[2], after="0.4cm")
        fd.p("Objet : avis de virement", bold=True, after="0.3cm")
        fd.p(f"Nous vous informons que nous avons procédé ce jour, {df(pay, 'fr')}, au règlement par virement "
             f"des factures ci-dessous. Réf. virement : 2026031900457.", after="0.3cm")
        fd.table(["N° de facture", "Date", "Montant"],
                 [[l["ref"], df(l["date"], "dmy/"), fr(l["paid"]) + " €"] for l in lines], [5, 4, 5], "lcr",
                 border="all", head_bg="#eeeeee", foot=[["Total", "", fr(total(lines)) + " €"]])
        fd.p("Veuillez agréer nos salutations distinguées.", before="0.5cm")
        fd.p("Le service comptable", italic=True)
        writer_render(out, fd, "d45")

    d["render"] = render
    d["scan"] = dict(dpi=200, knobs=dict(angle=-0.5, blur=0.9, grain=0.032, specks=7e-5, edge="bottom",
                                         black=0.2, white=0.8))
    return d


@doc(46, "chromium", "pdf", scan=True)
def d46(rng):
    pay = D(2026, 3, 20)
    lines = gen_inv(rng, 11, "SI-2026-{:04d}", 1800, pay, lo=1500, hi=40000)
    lines[7]["paid"] = q(lines[7]["gross"] - money(rng, 500, 1400))
    finalize(lines)
    d = dict(payer="Makati Office Solutions Inc.", date=pay, ref="MOS-2026-03-0142", cur="PHP",
             total_stated=True, lines=lines)

    def render(out):
        rows = [[l["ref"], df(l["date"], "mdy/"), en(l["gross"]), en(l["paid"])] for l in lines]
        body = f"""
<div class="hdr"><div class="n">{h(d['payer'])}</div>
<div>Unit 1205 PBCom Tower, 6795 Ayala Avenue, Makati City 1226 &middot; TIN 007-334-520-000</div></div>
<div class="title">REMITTANCE ADVICE</div>
<div class="two"><div><b>To:</b> {h(SUP_PH[0])}<br>{h(SUP_PH[1])}</div>
<div><b>Date Paid:</b> {df(pay, 'Month D, Y')}<br><b>Ref. No.:</b> MOS-2026-03-0142<br><b>Currency:</b> PHP</div></div>
{html_table(["Invoice No.", "Invoice Date", "Amount Due", "Amount Paid"], rows, "lcrr",
            foot=[["TOTAL", "", "", en(total(lines))]])}
<p style="font-size:10px">Short payment on {h(lines[7]['ref'])} pending delivery of balance items.</p>
"""
        chrome_render(out, html_page("Remittance", CSS_PH, body), "d46")

    d["render"] = render
    d["scan"] = dict(dpi=200, knobs=dict(angle=0.9, blur=0.6, grain=0.028, specks=4e-5, edge="right"))
    return d


@doc(47, "chromium", "pdf", scan=True)
def d47(rng):
    pay = D(2026, 3, 16)
    lines = gen_inv(rng, 6, "INV-{:05d}", 6100, pay, lo=200, hi=5000)
    lines.insert(4, L("CN-0130", -money(rng, 60, 300), "credit_note", date=pay - dt.timedelta(days=6)))
    finalize(lines)
    d = dict(payer="Tasmanian Salmon Co Pty Ltd", date=pay, ref="TSC-REM-2203", cur="AUD", total_stated=True,
             lines=lines)
    f = lambda x: en(x, neg="CR")

    def render(out):
        rows = [[l["ref"], df(l["date"], "d Mon Y"), f(l["paid"])] for l in lines]
        body = f"""
<table style="width:100%"><tr><td><div class="brand">{h(d['payer'])}</div>
<div class="sub">Dover Road, Dover TAS 7117 &middot; ABN 12 600 117 843</div></td>
<td class="right"><div class="brand">REMITTANCE</div></td></tr></table>
<p>Payee: {h(SUP_SYD[0])}<br>Payment date: {df(pay, 'd Mon Y')}<br>Remittance No: TSC-REM-2203<br>Currency: AUD</p>
{html_table(["Your Invoice", "Date", "Amount"], rows, "llr", foot=[["Total", "", f(total(lines))]])}
<p class="sub">CR = credit note deducted.</p>
"""
        chrome_render(out, html_page("Remittance", CSS_MIN, body), "d47")

    d["render"] = render
    d["scan"] = dict(dpi=180, knobs=dict(angle=-1.4, blur=0.7, grain=0.03, specks=5e-5, edge="left"))
    return d


@doc(48, "reportlab", "pdf", scan=True)
def d48(rng):
    pay = D(2026, 3, 25)
    lines = finalize([L("INV-06244", "1320.00", date=D(2026, 2, 17)), L("INV-06251", "2786.45", date=D(2026, 2, 24))])
    d = dict(payer="Byron Bay Organics Pty Ltd", date=pay, ref=None, cur="AUD", total_stated=True, lines=lines)
    cfg = dict(
        font="Helvetica", bold="Helvetica-Bold",
        payer_lines=["22 Jonson Street, Byron Bay NSW 2481", "ABN 33 162 007 419"],
        letter_date="25/03/2026", to=["Accounts Receivable"] + SUP_SYD[:3],
        paras_before=["Dear Accounts,",
                      "Please find our payment details below. The payment was made by direct deposit on "
                      "25/03/2026 in Australian dollars."],
        row_fns=[lambda l: l["ref"], lambda l: "$" + en(l["paid"])], widths=[0.5, 0.3], aligns="lr",
        foot=lambda d: [["Total AUD", "$" + en(total(d["lines"]))]],
        paras_after=["Many thanks."], sign=["Regards,", "Tom Wheeler", "Byron Bay Organics Pty Ltd"])
    d["render"] = lambda out: rl_letter(out, d, cfg)
    d["scan"] = dict(dpi=200, knobs=dict(angle=2.0, blur=0.6, grain=0.028, specks=4e-5, edge="top"))
    return d


def rl_fax(out, d, c):
    font, bold = "Courier", "Courier-Bold"
    W = A4[0] - 40 * mm
    story = [P("FAX TRANSMISSION", bold, 14, align=1), sp(10)]
    hdr = Table([["TO:", SUP_SYD[0], "FROM:", d["payer"]],
                 ["FAX:", "(02) 9251 7700", "FAX:", "(08) 8952 1190"],
                 ["ATTN:", "Accounts Receivable", "PAGES:", "1 (incl. this page)"]],
                colWidths=[W * 0.1, W * 0.4, W * 0.12, W * 0.38])
    hdr.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), font, 9), ("FONT", (0, 0), (0, -1), bold, 9),
                             ("FONT", (2, 0), (2, -1), bold, 9), ("BOX", (0, 0), (-1, -1), 1, colors.black)]))
    story += [hdr, sp(16), P("RE: REMITTANCE ADVICE", bold, 11), sp(8)]
    for x in c["text"]:
        story += [P(x, font, 10, leading=13), sp(4)]
    story.append(sp(6))
    story.append(rl_table(["INVOICE", "AMOUNT"], [[l["ref"], en(l["paid"])] for l in d["lines"]],
                          [W * 0.4, W * 0.3], "lr", font, bold, size=10, grid="lines",
                          foot=[["TOTAL", en(total(d["lines"]))]]))
    story += [sp(20), P(c["sign"], font, 10, leading=13)]
    rl_build(out, story, margins=(20 * mm,) * 4, title="Fax", author=d["payer"])


@doc(49, "reportlab", "png", scan=True)
def d49(rng):
    pay = D(2026, 3, 18)
    lines = gen_inv(rng, 4, "INV-{:05d}", 6300, pay, lo=250, hi=2200)
    finalize(lines)
    d = dict(payer="Alice Springs Outfitters Pty Ltd", date=pay, ref="ASO-1803", cur="AUD", total_stated=True,
             lines=lines)
    cfg = dict(text=[f"PAYMENT DATE: {df(pay, 'dmy/')}", "PAYMENT REF : ASO-1803", "CURRENCY    : AUD",
                     "PAID BY EFT TO BSB 062-118 ACCT 1044 7781 FOR THE FOLLOWING:"],
               sign="REGARDS,\nDEB MCKENZIE\nACCOUNTS\n71 TODD STREET, ALICE SPRINGS NT 0870")
    d["render"] = lambda out: rl_fax(out, d, cfg)
    d["scan"] = dict(dpi=200, knobs=dict(angle=0.8, blur=0.7, grain=0.05, edge="left",
                                         thresh=150, black=0.1, white=0.95, specks=8e-5))
    return d


@doc(50, "chromium", "jpg", scan=True)
def d50(rng):
    pay = D(2026, 3, 13)
    lines = gen_inv(rng, 6, "INV-SG-{:05d}", 31100, pay, lo=150, hi=3300)
    finalize(lines)
    d = dict(payer="Clarke Quay Kitchens Pte Ltd", date=pay, ref="CQK-PAYNOW-5512", cur="SGD", total_stated=True,
             lines=lines)

    def render(out):
        rows = [[l["ref"], df(l["date"], "d Mon Y"), "S$" + en(l["paid"])] for l in lines]
        body = f"""
<div class="head"><div class="n">{h(d['payer'])}</div><div>3 River Valley Road #02-04, Singapore 179024</div></div>
<h2>PAYMENT ADVICE</h2>
<table class="kv">
<tr><td><b>To</b></td><td>{h(SUP_SG[0])}</td></tr>
<tr><td><b>Payment Date</b></td><td>{df(pay, 'd Mon Y')}</td></tr>
<tr><td><b>Reference</b></td><td>CQK-PAYNOW-5512</td></tr>
<tr><td><b>Currency</b></td><td>SGD</td></tr></table>
{html_table(["Invoice No.", "Invoice Date", "Amount"], rows, "llr", foot=[["Total", "", "S$" + en(total(lines))]])}
"""
        chrome_render(out, html_page("Payment Advice", CSS_SERIF, body), "d50")

    d["render"] = render
    d["scan"] = dict(dpi=150, knobs=dict(angle=-0.7, blur=0.8, grain=0.028, specks=4e-5, edge="right"))
    return d


# ============================================================================
# main
# ============================================================================

def file_numbers():
    order = list(range(1, 51))
    random.Random(20260331).shuffle(order)
    return {n: i + 1 for i, n in enumerate(order)}


def truth_record(fname, spec, d):
    tot = str(total(d["lines"])) if d["total_stated"] else None
    return {"file": fname, "tool": spec["tool"], "scan": spec["scan"], "payer": d["payer"],
            "payment_date": d["date"].isoformat() if d["date"] else None,
            "reference": d["ref"], "currency": d["cur"], "total": tot,
            "lines": [{"invoice_ref": l["ref"], "paid_amount": str(q(l["paid"])), "kind": l["kind"]}
                      for l in d["lines"]]}


def main():
    global TMP
    only = None
    if len(sys.argv) > 1:
        only = {int(x) for x in sys.argv[1].split(",")}
    nums = file_numbers()
    TMP = Path(tempfile.mkdtemp(prefix="r1-make-"))
    try:
        if only is None:
            for p in HERE.glob("r1-*"):
                p.unlink()
        records = []
        for spec in sorted(DOCS, key=lambda s: nums[s["n"]]):
            if only is not None and spec["n"] not in only:
                continue
            rng = random.Random(1000 + spec["n"])
            d = spec["build"](rng)
            assert all(l["kind"] in ("invoice", "credit_note", "po") for l in d["lines"])
            assert all((l["paid"] < 0) == (l["kind"] == "credit_note") for l in d["lines"]), spec["n"]
            fname = f"r1-{nums[spec['n']]:03d}.{spec['ext']}"
            out = HERE / fname
            if spec["scan"]:
                src = TMP / f"src{spec['n']}.pdf"
                d["render"](src)
                so = d["scan"]
                scanify(src, out, seed=spec["n"], dpi=so["dpi"], knobs=so["knobs"], kind=spec["ext"])
            else:
                d["render"](out)
            records.append(truth_record(fname, spec, d))
            print(f"{fname}  doc{spec['n']:02d}  {spec['tool']}{' scan' if spec['scan'] else ''}  "
                  f"{len(d['lines'])} lines", flush=True)
        if only is None:
            assert len(records) == 50
            with open(HERE / "truth.jsonl", "w", encoding="utf-8") as fh:
                for r in records:
                    fh.write(json.dumps(r, ensure_ascii=False) + "\n")
        else:
            for r in records:
                print(json.dumps(r, ensure_ascii=False))
    finally:
        shutil.rmtree(TMP, ignore_errors=True)


if __name__ == "__main__":
    main()
