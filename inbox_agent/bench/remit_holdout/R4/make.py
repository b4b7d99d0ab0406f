#!/usr/bin/env python3
"""R4 remittance-advice holdout set.

Writes r4-001 ... r4-040 (PDF, image-only PDF scans, PNG/JPG, XLSX, CSV, EML,
HTML, TXT) and, last, truth.jsonl.  Deterministic: every document uses its own
fixed random seed.

Run:  /work/main/.venv/bin/python make.py

Scratch files go to /tmp/r4-build; LibreOffice uses the private profile
/tmp/r4-lo and Chromium the profile /tmp/r4-chrome.

Conventions of the truth file
  * "total" is the payment total; the lines add up to it (credit notes and
    debit notes are negative lines).
  * Withholding tax (TDS, ISR/IVA retenciones, IRRF/PIS/COFINS), retention and
    early-payment discounts are taken per invoice: the line's paid_amount is
    the net amount actually paid against that invoice.
  * For scans that are stored as image-only PDF the "tool" is the tool that
    produced the page before it was printed and scanned; scans stored as
    .png/.jpg use "image".
"""
import io
import json
import math
import os
import random
import shutil
import subprocess
import zipfile
from decimal import Decimal, ROUND_HALF_UP
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime
from pathlib import Path
from xml.sax.saxutils import escape as xesc
import datetime as dt

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont

OUT = Path(__file__).resolve().parent
TMP = Path("/tmp/r4-build")
LO_PROFILE = "file:///tmp/r4-lo"
CHROME_PROFILE = "/tmp/r4-chrome"

D = Decimal
TRUTH = {}

FONT_DIR = "/usr/share/fonts/truetype"
F_DEJAVU = f"{FONT_DIR}/dejavu/DejaVuSans.ttf"
F_DEJAVU_B = f"{FONT_DIR}/dejavu/DejaVuSans-Bold.ttf"
F_DEJAVU_MONO = f"{FONT_DIR}/dejavu/DejaVuSansMono.ttf"
F_DEJAVU_COND = f"{FONT_DIR}/dejavu/DejaVuSansCondensed.ttf"
F_DEJAVU_COND_B = f"{FONT_DIR}/dejavu/DejaVuSansCondensed-Bold.ttf"
F_DEJAVU_SERIF = f"{FONT_DIR}/dejavu/DejaVuSerif.ttf"
F_DEJAVU_SERIF_B = f"{FONT_DIR}/dejavu/DejaVuSerif-Bold.ttf"
F_LIBSANS = f"{FONT_DIR}/liberation2/LiberationSans-Regular.ttf"
F_LIBSANS_B = f"{FONT_DIR}/liberation2/LiberationSans-Bold.ttf"
F_LIBSANS_I = f"{FONT_DIR}/liberation2/LiberationSans-Italic.ttf"
F_LIBSERIF = f"{FONT_DIR}/liberation2/LiberationSerif-Regular.ttf"
F_LIBSERIF_B = f"{FONT_DIR}/liberation2/LiberationSerif-Bold.ttf"
F_LIBMONO = f"{FONT_DIR}/liberation2/LiberationMono-Regular.ttf"
F_LIBMONO_B = f"{FONT_DIR}/liberation2/LiberationMono-Bold.ttf"
F_NARROW = f"{FONT_DIR}/liberation/LiberationSansNarrow-Regular.ttf"
F_NARROW_B = f"{FONT_DIR}/liberation/LiberationSansNarrow-Bold.ttf"
F_CJK = f"{FONT_DIR}/droid/DroidSansFallbackFull.ttf"


# ---------------------------------------------------------------------------
# money, numbers, words
# ---------------------------------------------------------------------------

def q2(x):
    return D(x).quantize(D("0.01"), ROUND_HALF_UP)


def q0(x):
    return D(x).quantize(D("1"), ROUND_HALF_UP)


def amt(rng, lo, hi, places=2):
    """random amount between lo and hi"""
    if places == 0:
        return D(rng.randint(int(lo), int(hi)))
    return q2(D(rng.randint(int(lo * 100), int(hi * 100))) / 100)


def round_to(x, step):
    return (D(x) / D(step)).quantize(D("1"), ROUND_HALF_UP) * D(step)


def _group(ip, sep, lakh=False):
    if lakh:
        if len(ip) <= 3:
            return ip
        head, tail = ip[:-3], ip[-3:]
        parts = []
        while len(head) > 2:
            parts.insert(0, head[-2:])
            head = head[:-2]
        if head:
            parts.insert(0, head)
        return sep.join(parts + [tail])
    parts = []
    while len(ip) > 3:
        parts.insert(0, ip[-3:])
        ip = ip[:-3]
    parts.insert(0, ip)
    return sep.join(parts)


def money(x, th=",", dec=".", places=2, lakh=False, neg="-"):
    """format a Decimal: th = thousands separator, dec = decimal mark.
    neg: '-' leading minus, '()' parentheses, 'trail' trailing minus,
    'CR' trailing ' CR'."""
    x = D(x)
    s = f"{abs(x):.{places}f}"
    ip, _, fp = s.partition(".")
    out = _group(ip, th, lakh) + ((dec + fp) if places else "")
    if x < 0:
        if neg == "()":
            return "(" + out + ")"
        if neg == "trail":
            return out + "-"
        if neg == "CR":
            return out + " CR"
        return "-" + out
    return out


def us(x, **kw):
    return money(x, ",", ".", **kw)


def eu(x, **kw):  # 1.234,56
    return money(x, ".", ",", **kw)


def fr(x, sp="\u00a0", **kw):  # 1 234,56
    return money(x, sp, ",", **kw)


def ch(x, ap="'", **kw):  # 1'234.50
    return money(x, ap, ".", **kw)


def inr(x, **kw):  # 1,23,456.78
    return money(x, ",", ".", lakh=True, **kw)


_ONES = ("zero one two three four five six seven eight nine ten eleven twelve "
         "thirteen fourteen fifteen sixteen seventeen eighteen nineteen").split()
_TENS = "zero ten twenty thirty forty fifty sixty seventy eighty ninety".split()


def _words_99(n):
    if n < 20:
        return _ONES[n]
    t, o = divmod(n, 10)
    return _TENS[t] + ("-" + _ONES[o] if o else "")


def _words_999(n):
    h, r = divmod(n, 100)
    out = []
    if h:
        out.append(_ONES[h] + " hundred")
    if r:
        out.append(_words_99(r))
    return " ".join(out)


def words_us(n):
    n = int(n)
    if n == 0:
        return "zero"
    out = []
    for div, name in ((10 ** 9, "billion"), (10 ** 6, "million"), (1000, "thousand"), (1, "")):
        k, n = divmod(n, div)
        if k:
            out.append(_words_999(k) + (" " + name if name else ""))
    return " ".join(out)


def words_in(n):
    n = int(n)
    out = []
    for div, name in ((10 ** 7, "crore"), (10 ** 5, "lakh"), (1000, "thousand"), (1, "")):
        k, n = divmod(n, div)
        if k:
            out.append((_words_999(k) if k < 1000 else words_in(k)) + (" " + name if name else ""))
    return " ".join(out) if out else "zero"


def title_words(s):
    return " ".join(w[:1].upper() + w[1:] for w in s.split(" "))


# ---------------------------------------------------------------------------
# truth
# ---------------------------------------------------------------------------

def record(file, tool, payer, date, ref, cur, lines, scan=False, total=None):
    """lines: list of (invoice_ref, Decimal paid, kind)"""
    s = sum((D(a) for _, a, _ in lines), D("0"))
    if total is not None:
        assert q2(total) == q2(s), (file, total, s)
    assert file not in TRUTH, file
    for r, a, k in lines:
        assert k in ("invoice", "credit_note", "purchase_order"), k
        assert r and r == r.strip(), (file, r)
    assert 2 <= len(lines) <= 25, (file, len(lines))
    TRUTH[file] = {
        "file": file,
        "tool": tool,
        "scan": bool(scan),
        "payer": payer,
        "payment_date": date.isoformat() if date else None,
        "reference": ref,
        "currency": cur,
        "total": f"{q2(s):.2f}",
        "lines": [{"invoice_ref": r, "paid_amount": f"{q2(a):.2f}", "kind": k}
                  for r, a, k in lines],
    }


def total_of(lines):
    return sum((D(a) for _, a, _ in lines), D("0"))


# ---------------------------------------------------------------------------
# reportlab helpers
# ---------------------------------------------------------------------------
from reportlab.lib.pagesizes import A4, LETTER, landscape
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas as rl_canvas

for _n, _f in (("DV", F_DEJAVU), ("DV-B", F_DEJAVU_B), ("DVM", F_DEJAVU_MONO),
               ("DVC", F_DEJAVU_COND), ("DVC-B", F_DEJAVU_COND_B),
               ("DVS", F_DEJAVU_SERIF), ("DVS-B", F_DEJAVU_SERIF_B),
               ("LS", F_LIBSANS), ("LS-B", F_LIBSANS_B), ("LS-I", F_LIBSANS_I),
               ("LSer", F_LIBSERIF), ("LSer-B", F_LIBSERIF_B),
               ("LM", F_LIBMONO), ("LM-B", F_LIBMONO_B),
               ("LN", F_NARROW), ("LN-B", F_NARROW_B), ("CJK", F_CJK)):
    pdfmetrics.registerFont(TTFont(_n, _f))


def new_canvas(path, size=A4, title="Remittance", author=None):
    c = rl_canvas.Canvas(str(path), pagesize=size, invariant=1)
    c.setTitle(title)
    if author:
        c.setAuthor(author)
    return c


_CJK_CMAP = None


def _cjk_runs(s, latin="DV"):
    """split s into (font, text) runs: CJK glyphs from Droid, the rest from DejaVu"""
    global _CJK_CMAP
    if _CJK_CMAP is None:
        _CJK_CMAP = set(pdfmetrics.getFont("CJK").face.charToGlyph.keys())
    runs = []
    for ch in s:
        fnt = "CJK" if (ord(ch) >= 0x2E80 and ord(ch) in _CJK_CMAP) else latin
        if runs and runs[-1][0] == fnt:
            runs[-1][1] += ch
        else:
            runs.append([fnt, ch])
    return runs


def txt(c, x, y, s, font="LS", size=9, align="l", color=None):
    if color is not None:
        c.setFillColor(color)
    if font == "CJK":
        runs = _cjk_runs(s)
        w = sum(pdfmetrics.stringWidth(t, f, size) for f, t in runs)
        if align == "r":
            x -= w
        elif align == "c":
            x -= w / 2
        for f, t in runs:
            c.setFont(f, size)
            c.drawString(x, y, t)
            x += pdfmetrics.stringWidth(t, f, size)
        if color is not None:
            c.setFillColor(colors.black)
        return
    c.setFont(font, size)
    if align == "r":
        c.drawRightString(x, y, s)
    elif align == "c":
        c.drawCentredString(x, y, s)
    else:
        c.drawString(x, y, s)
    if color is not None:
        c.setFillColor(colors.black)


def lines_of(c, x, y, rows, font="LS", size=9, lead=None, align="l"):
    lead = lead or size * 1.25
    for r in rows:
        txt(c, x, y, r, font, size, align)
        y -= lead
    return y


def table_rows(c, x, y, widths, rows, aligns, font="LS", size=8.5, row_h=None,
               bold_font=None, bold_rows=(), pad=3, hlines=True, vlines=False,
               header_rows=0, header_fill=None, header_font=None, header_color=None,
               line_color=colors.black, line_w=0.4, zebra=None, box=False):
    """draw rows (list of lists of str); cells may contain '\n'.  y = top."""
    row_h = row_h or size * 1.6
    total_w = sum(widths)
    top = y
    for i, row in enumerate(rows):
        nl = max(len(str(cell).split("\n")) for cell in row)
        h = row_h + (nl - 1) * size * 1.15
        is_hdr = i < header_rows
        if is_hdr and header_fill is not None:
            c.setFillColor(header_fill)
            c.rect(x, y - h, total_w, h, stroke=0, fill=1)
            c.setFillColor(colors.black)
        elif zebra is not None and not is_hdr and (i - header_rows) % 2 == 1:
            c.setFillColor(zebra)
            c.rect(x, y - h, total_w, h, stroke=0, fill=1)
            c.setFillColor(colors.black)
        f = font
        if is_hdr:
            f = header_font or bold_font or font
        elif i in bold_rows and bold_font:
            f = bold_font
        cx = x
        for j, cell in enumerate(row):
            parts = str(cell).split("\n")
            ty = y - size - (row_h - size) / 2 + 1
            for p in parts:
                a = aligns[j]
                col = header_color if is_hdr else None
                if a == "r":
                    txt(c, cx + widths[j] - pad, ty, p, f, size, "r", col)
                elif a == "c":
                    txt(c, cx + widths[j] / 2, ty, p, f, size, "c", col)
                else:
                    txt(c, cx + pad, ty, p, f, size, "l", col)
                ty -= size * 1.15
            cx += widths[j]
        c.setStrokeColor(line_color)
        c.setLineWidth(line_w)
        if hlines:
            c.line(x, y - h, x + total_w, y - h)
            if i == 0:
                c.line(x, y, x + total_w, y)
        if vlines:
            cx = x
            for w in widths:
                c.line(cx, y, cx, y - h)
                cx += w
            c.line(cx, y, cx, y - h)
        y -= h
    if box:
        c.setLineWidth(line_w)
        c.rect(x, y, total_w, top - y, stroke=1, fill=0)
    c.setStrokeColor(colors.black)
    return y


# ---------------------------------------------------------------------------
# minimal .docx writer (opened by LibreOffice Writer)
# ---------------------------------------------------------------------------

class Docx:
    def __init__(self, font="Liberation Serif", size=11, landscape=False,
                 margins_cm=(2.0, 2.0, 2.0, 2.0), east_asia=None):
        self.font = font
        self.size = size
        self.landscape = landscape
        self.margins = margins_cm
        self.body = []
        self.footer = None
        self.east_asia = east_asia

    @staticmethod
    def _cm(v):
        return int(round(v * 567))

    def _rpr(self, b=False, i=False, size=None, font=None, color=None, u=False):
        f = font or self.font
        ea = self.east_asia or f
        s = [f'<w:rFonts w:ascii="{f}" w:hAnsi="{f}" w:cs="{f}" w:eastAsia="{ea}"/>']
        if b:
            s.append("<w:b/>")
        if i:
            s.append("<w:i/>")
        if u:
            s.append('<w:u w:val="single"/>')
        if color:
            s.append(f'<w:color w:val="{color}"/>')
        sz = int(round((size or self.size) * 2))
        s.append(f'<w:sz w:val="{sz}"/><w:szCs w:val="{sz}"/>')
        return "<w:rPr>" + "".join(s) + "</w:rPr>"

    def _runs(self, content, **kw):
        if isinstance(content, str):
            content = [(content, {})]
        out = []
        for t, fmt in content:
            k = dict(kw)
            k.update(fmt)
            pieces = t.split("\n")
            for n, piece in enumerate(pieces):
                if n:
                    out.append(f"<w:r>{self._rpr(**k)}<w:br/></w:r>")
                segs = piece.split("\t")
                for m, seg in enumerate(segs):
                    if m:
                        out.append(f"<w:r>{self._rpr(**k)}<w:tab/></w:r>")
                    if seg:
                        out.append(f'<w:r>{self._rpr(**k)}<w:t xml:space="preserve">{xesc(seg)}</w:t></w:r>')
        return "".join(out)

    def _ppr(self, align=None, after=4, before=0, tabs=None, keep=False, border_bottom=False,
             shade=None, indent=None):
        s = []
        if keep:
            s.append("<w:keepNext/>")
        if border_bottom:
            s.append('<w:pBdr><w:bottom w:val="single" w:sz="8" w:space="1" w:color="000000"/></w:pBdr>')
        if shade:
            s.append(f'<w:shd w:val="clear" w:color="auto" w:fill="{shade}"/>')
        if tabs:
            s.append("<w:tabs>" + "".join(
                f'<w:tab w:val="{a}" w:pos="{self._cm(p)}"/>' for a, p in tabs) + "</w:tabs>")
        s.append(f'<w:spacing w:before="{int(before * 20)}" w:after="{int(after * 20)}" w:line="240" w:lineRule="auto"/>')
        if indent:
            s.append(f'<w:ind w:left="{self._cm(indent)}"/>')
        if align:
            s.append(f'<w:jc w:val="{ {"l": "left", "r": "right", "c": "center", "j": "both"}[align] }"/>')
        return "<w:pPr>" + "".join(s) + "</w:pPr>"

    def p(self, content="", align=None, after=4, before=0, tabs=None, border_bottom=False,
          shade=None, indent=None, **kw):
        self.body.append("<w:p>" + self._ppr(align, after, before, tabs, border_bottom=border_bottom,
                                             shade=shade, indent=indent)
                         + self._runs(content, **kw) + "</w:p>")

    def page_break(self):
        self.body.append('<w:p><w:r><w:br w:type="page"/></w:r></w:p>')

    def table(self, rows, widths_cm, aligns=None, header_rows=1, size=None, borders="all",
              header_shade="D9D9D9", bold_rows=(), font=None, shade_rows=None, cell_pad_cm=0.1):
        size = size or self.size - 1
        aligns = aligns or ["l"] * len(widths_cm)
        tw = sum(self._cm(w) for w in widths_cm)
        if borders == "all":
            b = "".join(f'<w:{s} w:val="single" w:sz="4" w:space="0" w:color="000000"/>'
                        for s in ("top", "left", "bottom", "right", "insideH", "insideV"))
        elif borders == "h":
            b = ("".join(f'<w:{s} w:val="single" w:sz="4" w:space="0" w:color="000000"/>'
                         for s in ("top", "bottom", "insideH"))
                 + "".join(f'<w:{s} w:val="nil"/>' for s in ("left", "right", "insideV")))
        else:
            b = "".join(f'<w:{s} w:val="nil"/>' for s in ("top", "left", "bottom", "right", "insideH", "insideV"))
        pad = self._cm(cell_pad_cm)
        x = [f'<w:tbl><w:tblPr><w:tblW w:w="{tw}" w:type="dxa"/><w:tblLayout w:type="fixed"/>'
             f'<w:tblBorders>{b}</w:tblBorders><w:tblCellMar><w:left w:w="{pad}" w:type="dxa"/>'
             f'<w:right w:w="{pad}" w:type="dxa"/></w:tblCellMar></w:tblPr><w:tblGrid>']
        x += [f'<w:gridCol w:w="{self._cm(w)}"/>' for w in widths_cm]
        x.append("</w:tblGrid>")
        for i, row in enumerate(rows):
            hdr = i < header_rows
            x.append("<w:tr>" + ("<w:trPr><w:tblHeader/><w:cantSplit/></w:trPr>" if hdr else "<w:trPr><w:cantSplit/></w:trPr>"))
            for j, cell in enumerate(row):
                span = 1
                if isinstance(cell, tuple) and len(cell) == 2 and isinstance(cell[1], int):
                    cell, span = cell
                w = sum(self._cm(widths_cm[k]) for k in range(j, min(j + span, len(widths_cm))))
                tcpr = f'<w:tcW w:w="{w}" w:type="dxa"/>'
                if span > 1:
                    tcpr += f'<w:gridSpan w:val="{span}"/>'
                shade = None
                if hdr and header_shade:
                    shade = header_shade
                if shade_rows and i in shade_rows:
                    shade = shade_rows[i]
                if shade:
                    tcpr += f'<w:shd w:val="clear" w:color="auto" w:fill="{shade}"/>'
                a = aligns[j] if not hdr else (aligns[j] if aligns[j] == "r" else "l")
                bold = hdr or i in bold_rows
                x.append(f"<w:tc><w:tcPr>{tcpr}</w:tcPr><w:p>{self._ppr(a, after=0)}"
                         f"{self._runs(str(cell), b=bold, size=size, font=font)}</w:p></w:tc>")
            # fill spans: skip cells covered by span -> caller passes fewer cells
            x.append("</w:tr>")
        x.append("</w:tbl>")
        self.body.append("".join(x))

    def save(self, path):
        w, h = 11906, 16838
        orient = ""
        if self.landscape:
            w, h = h, w
            orient = ' w:orient="landscape"'
        t, r, btm, l = (self._cm(v) for v in self.margins)
        footer_ref = ""
        files = {}
        if self.footer:
            footer_ref = '<w:footerReference w:type="default" r:id="rIdF1"/>'
            files["word/footer1.xml"] = (
                '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                '<w:ftr xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
                f'<w:p>{self._ppr("c", after=0)}{self._runs(self.footer, size=self.size - 3, color="555555")}</w:p></w:ftr>')
        doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
               '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
               'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><w:body>'
               + "".join(self.body) +
               f'<w:sectPr>{footer_ref}<w:pgSz w:w="{w}" w:h="{h}"{orient}/>'
               f'<w:pgMar w:top="{t}" w:right="{r}" w:bottom="{btm}" w:left="{l}" w:header="500" w:footer="500" w:gutter="0"/>'
               '</w:sectPr></w:body></w:document>')
        files["word/document.xml"] = doc
        files["[Content_Types].xml"] = (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
            + ('<Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>' if self.footer else "")
            + '</Types>')
        files["_rels/.rels"] = (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
            '</Relationships>')
        files["word/_rels/document.xml.rels"] = (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            + ('<Relationship Id="rIdF1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/>' if self.footer else "")
            + '</Relationships>')
        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
            for name in ("[Content_Types].xml", "_rels/.rels", "word/document.xml",
                         "word/_rels/document.xml.rels", "word/footer1.xml"):
                if name in files:
                    zi = zipfile.ZipInfo(name, date_time=(2026, 1, 1, 0, 0, 0))
                    zi.compress_type = zipfile.ZIP_DEFLATED
                    z.writestr(zi, files[name])


# ---------------------------------------------------------------------------
# openpyxl helpers
# ---------------------------------------------------------------------------
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.pagebreak import Break, RowBreak

THIN = Side(style="thin", color="000000")
HAIR = Side(style="hair", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
BOTTOM = Border(bottom=THIN)
TOPB = Border(top=THIN)
TOPBOT = Border(top=THIN, bottom=Side(style="double", color="000000"))


def xcell(ws, ref, value, bold=False, size=10, align=None, fmt=None, border=None, fill=None,
          font="Liberation Sans", italic=False, wrap=False, color=None):
    c = ws[ref]
    c.value = value
    c.font = Font(name=font, size=size, bold=bold, italic=italic, color=color)
    if align or wrap:
        c.alignment = Alignment(horizontal=align, vertical="center", wrap_text=wrap)
    if fmt:
        c.number_format = fmt
    if border:
        c.border = border
    if fill:
        c.fill = PatternFill("solid", fgColor=fill)
    return c


def fix_xlsx_times(path):
    """rewrite the docProps timestamps so the xlsx is byte-stable"""
    src = Path(path)
    data = {}
    with zipfile.ZipFile(src) as z:
        for n in z.namelist():
            data[n] = z.read(n)
    if "docProps/core.xml" in data:
        import re
        s = data["docProps/core.xml"].decode()
        s = re.sub(r"(<dcterms:(created|modified)[^>]*>)[^<]*(</dcterms:)", r"\g<1>2026-01-01T00:00:00Z\3", s)
        data["docProps/core.xml"] = s.encode()
    with zipfile.ZipFile(src, "w", zipfile.ZIP_DEFLATED) as z:
        for n, b in data.items():
            zi = zipfile.ZipInfo(n, date_time=(2026, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, b)


# ---------------------------------------------------------------------------
# external converters
# ---------------------------------------------------------------------------

def soffice_pdf(src_files, outdir):
    outdir = Path(outdir)
    outdir.mkdir(parents=True, exist_ok=True)
    cmd = ["soffice", f"-env:UserInstallation={LO_PROFILE}", "--headless", "--norestore",
           "--convert-to", "pdf", "--outdir", str(outdir)] + [str(f) for f in src_files]
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=600)
    res = []
    for f in src_files:
        p = outdir / (Path(f).stem + ".pdf")
        assert p.exists(), p
        res.append(p)
    return res


def chromium_pdf(html_path, pdf_path):
    cmd = ["/usr/bin/chromium", "--headless", "--no-sandbox", "--disable-gpu",
           f"--user-data-dir={CHROME_PROFILE}", "--no-pdf-header-footer",
           "--run-all-compositor-stages-before-draw", "--virtual-time-budget=2000",
           f"--print-to-pdf={pdf_path}", Path(html_path).resolve().as_uri()]
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)
    assert Path(pdf_path).exists() and Path(pdf_path).stat().st_size > 1000, pdf_path


# ---------------------------------------------------------------------------
# scanning
# ---------------------------------------------------------------------------

def rasterize(pdf, dpi, color=False):
    d = TMP / "ras"
    d.mkdir(parents=True, exist_ok=True)
    prefix = d / Path(pdf).stem
    for old in d.glob(Path(pdf).stem + "-*.png"):
        old.unlink()
    cmd = ["pdftoppm", "-r", str(dpi), "-png"] + ([] if color else ["-gray"]) + [str(pdf), str(prefix)]
    subprocess.run(cmd, check=True)
    files = sorted(d.glob(Path(pdf).stem + "-*.png"))
    return [Image.open(f).convert("RGB" if color else "L") for f in files]


def _lighting(h, w, rng, strength):
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    cx, cy = rng.uniform(-0.3, 1.3) * w, rng.uniform(-0.3, 1.3) * h
    dist = np.sqrt((xx - cx) ** 2 + (yy - cy) ** 2)
    dist /= dist.max()
    return 1.0 - strength * dist


def degrade(im, seed, angle=0.8, blur=0.7, noise=7.0, light=0.10, jpeg_q=60, paper=242,
            speckle=300, contrast=1.0):
    rng = np.random.default_rng(seed)
    color = im.mode == "RGB"
    a = np.asarray(im).astype(np.float32)
    # paper is never pure white; ink never pure black
    a = paper * (a / 255.0) ** contrast + 18 * (1 - a / 255.0)
    if light:
        L = _lighting(a.shape[0], a.shape[1], rng, light)
        a = a * (L[..., None] if color else L)
    im2 = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))
    fill = (int(paper * 0.9),) * 3 if color else int(paper * 0.9)
    im2 = im2.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=fill)
    if blur:
        im2 = im2.filter(ImageFilter.GaussianBlur(blur))
    a = np.asarray(im2).astype(np.float32)
    if color:
        a = a + rng.normal(0, noise, a.shape[:2])[..., None]
    else:
        a = a + rng.normal(0, noise, a.shape)
    h, w = a.shape[:2]
    for _ in range(speckle):
        y, x = rng.integers(0, h - 3), rng.integers(0, w - 3)
        r = int(rng.integers(1, 3))
        a[y:y + r, x:x + r] = rng.uniform(40, 140)
    im3 = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))
    buf = io.BytesIO()
    im3.save(buf, "JPEG", quality=jpeg_q)
    buf.seek(0)
    return Image.open(buf).convert(im3.mode)


def fax_look(im, seed, angle=0.5, header=None, thresh=150, dpi=200):
    """im: gray page rendered at 200 dpi.  -> 200x100 dpi binarised look"""
    rng = np.random.default_rng(seed)
    im = im.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=255)
    im = im.filter(ImageFilter.GaussianBlur(0.5))
    w, h = im.size
    small = im.resize((w, h // 2), Image.BILINEAR)
    a = np.asarray(small).astype(np.float32)
    a = a + rng.normal(0, 18, a.shape)
    b = (a > thresh).astype(np.uint8) * 255
    # salt & pepper and a couple of scan-line dropouts
    n = int(w * h * 0.00015)
    ys, xs = rng.integers(0, h // 2, n), rng.integers(0, w, n)
    b[ys, xs] = 0
    for _ in range(3):
        y = int(rng.integers(50, h // 2 - 50))
        x0 = int(rng.integers(0, w // 2))
        b[y, x0:x0 + int(rng.integers(100, w // 2))] = 255
    im2 = Image.fromarray(b).resize((w, h), Image.NEAREST)
    if header:
        d = ImageDraw.Draw(im2)
        f = ImageFont.truetype(F_LIBMONO, int(dpi * 0.085))
        d.rectangle([0, 0, w, int(dpi * 0.16)], fill=255)
        d.text((int(dpi * 0.3), int(dpi * 0.03)), header, font=f, fill=0)
    return im2.convert("1", dither=Image.Dither.NONE)


def save_pages(pages, out, dpi, quality=60):
    out = Path(out)
    if out.suffix == ".pdf":
        kw = {} if pages[0].mode == "1" else {"quality": quality}
        stamp = dt.datetime(2026, 5, 20, 9, 0, 0).timetuple()
        kw.update(creationDate=stamp, modDate=stamp, producer="ScanSnap Manager", title=out.stem)
        pages[0].save(out, "PDF", save_all=True, append_images=pages[1:], resolution=dpi, **kw)
    elif out.suffix in (".jpg", ".jpeg"):
        assert len(pages) == 1
        pages[0].save(out, "JPEG", quality=quality, dpi=(dpi, dpi))
    else:
        assert len(pages) == 1
        pages[0].save(out, "PNG", dpi=(dpi, dpi), optimize=True)


# ===========================================================================
# documents
# ===========================================================================
PAYEE_US = ("Kestrel Instruments Inc.", "1200 Meridian Parkway, Suite 300", "Durham, NC 27713")


def doc01():
    """USA - Oracle E-Business Suite style remittance advice (Letter)."""
    rng = random.Random(101)
    f = "r4-001.pdf"
    payer = "Hartwell Freight Systems, Inc."
    pdate = dt.date(2026, 2, 9)
    ref = "20018842"
    lines, rows = [], []
    inv_no = 412
    voucher = 3384120
    for i in range(6):
        inv_no += rng.randint(3, 40)
        voucher += rng.randint(5, 90)
        g = amt(rng, 850, 14800)
        disc = q2(g * D("0.02")) if i in (1, 4) else D("0.00")
        paid = g - disc
        idate = dt.date(2026, 1, 2) + dt.timedelta(days=rng.randint(0, 25))
        r = f"INV-2026-{inv_no:05d}"
        desc = rng.choice(["Flow meters FM-220", "Calibration services", "Pressure transmitters",
                           "Sensor kits - fleet retrofit", "Replacement probes", "Data loggers DL-40"])
        rows.append([r, idate.strftime("%m/%d/%Y"), str(voucher), desc, us(g), us(disc), us(paid)])
        lines.append((r, paid, "invoice"))
    # credit memo
    cm = D("-1318.40")
    rows.insert(3, ["CM-2026-00031", "01/14/2026", str(voucher + 7), "Credit - returned probes RMA 5521",
                    us(cm), "0.00", us(cm)])
    lines.insert(3, ("CM-2026-00031", cm, "credit_note"))
    total = total_of(lines)

    c = new_canvas(OUT / f, LETTER, "Remittance Advice", "Oracle Payables")
    W, H = LETTER
    txt(c, 40, H - 50, "HARTWELL FREIGHT SYSTEMS, INC.", "LS-B", 13)
    lines_of(c, 40, H - 64, ["4410 Airways Blvd", "Memphis, TN 38116", "Accounts Payable  (901) 555-0142"], "LS", 8.5)
    txt(c, W - 40, H - 50, "Remittance Advice", "LS-B", 16, "r")
    # payment box
    bx, by = W - 250, H - 150
    c.rect(bx, by, 210, 82)
    rows_box = [("Payment Number", ref), ("Payment Date", pdate.strftime("%m/%d/%Y")),
                ("Payment Method", "EFT"), ("Payment Currency", "USD"),
                ("Payment Amount", us(total))]
    yy = by + 68
    for k, v in rows_box:
        txt(c, bx + 6, yy, k, "LS", 8.5)
        txt(c, bx + 204, yy, v, "LS-B", 8.5, "r")
        yy -= 14
    txt(c, 40, H - 110, "Supplier:", "LS-B", 9)
    lines_of(c, 40, H - 123, [PAYEE_US[0].upper(), "Attn: Accounts Receivable", PAYEE_US[1], PAYEE_US[2]], "LS", 9)
    txt(c, 40, H - 182, "Supplier Number: 48817      Supplier Site: DURHAM-01", "LS", 8.5)
    txt(c, 40, H - 196, "Bank Account: ************7730      Routing: *****1954", "LS", 8.5)

    widths = [92, 62, 56, 150, 66, 50, 66]
    hdr = ["Invoice Number", "Invoice Date", "Voucher", "Description", "Invoice Amount", "Discount", "Amount Paid"]
    y = table_rows(c, 36, H - 222, widths, [hdr] + rows, ["l", "l", "l", "l", "r", "r", "r"],
                   "LN", 8.5, header_rows=1, header_fill=colors.HexColor("#DDE3EA"), header_font="LN-B")
    y -= 6
    txt(c, 36 + sum(widths[:6]) - 3, y - 10, "Total Payment Amount:", "LS-B", 9, "r")
    txt(c, 36 + sum(widths) - 3, y - 10, "USD " + us(total), "LS-B", 9, "r")
    c.setLineWidth(0.8)
    c.line(36 + sum(widths[:6]), y - 14, 36 + sum(widths), y - 14)
    txt(c, 40, 90, "This payment has been transmitted electronically to the bank account on file. Please allow 1-2 business",
        "LS", 8)
    txt(c, 40, 80, "days for funds to be credited. Questions regarding this remittance: ap.inquiries@hartwellfreight.com",
        "LS", 8)
    txt(c, W / 2, 40, "Page 1 of 1", "LS", 7.5, "c")
    c.showPage()
    c.save()
    record(f, "reportlab", payer, pdate, ref, "USD", lines, total=total)


def doc02():
    """USA - NetSuite style bill payment printout."""
    rng = random.Random(202)
    f = "r4-002.pdf"
    payer = "Copperleaf Outdoor Co."
    pdate = dt.date(2026, 3, 12)
    ref = "10452"
    rows, lines = [], []
    n = 517
    for i in range(8):
        n += rng.randint(2, 19)
        d = dt.date(2026, 1, 20) + dt.timedelta(days=rng.randint(0, 40))
        orig = amt(rng, 400, 9000)
        due = orig
        disc = D("0.00")
        pay = orig
        if i == 2:  # short pay
            pay = round_to(orig * D("0.6"), 100)
        if i == 5:
            disc = q2(orig * D("0.01"))
            pay = orig - disc
        r = f"INV-2026-{n:05d}"
        rows.append([f"{d.month}/{d.day}/{d.year}", "Bill", r, us(orig), us(due), us(disc) if disc else "", us(pay)])
        lines.append((r, pay, "invoice"))
    cr = D("-1250.00")
    rows.append(["2/27/2026", "Bill Credit", "CM-2026-00044", us(cr), us(cr), "", us(cr)])
    lines.append(("CM-2026-00044", cr, "credit_note"))
    total = total_of(lines)

    c = new_canvas(OUT / f, LETTER, "Bill Payment #10452", "NetSuite")
    W, H = LETTER
    c.setFillColor(colors.HexColor("#2E5E4E"))
    c.circle(58, H - 58, 16, stroke=0, fill=1)
    c.setFillColor(colors.black)
    txt(c, 58, H - 62, "CO", "LS-B", 11, "c", colors.white)
    txt(c, 82, H - 52, "Copperleaf Outdoor Co.", "LS-B", 12)
    lines_of(c, 82, H - 65, ["2150 Pearl Street, Suite 4", "Boulder CO 80302", "United States"], "LS", 8.5)
    txt(c, W - 40, H - 52, "Bill Payment", "LS", 20, "r")
    kv = [("Date", f"{pdate.month}/{pdate.day}/{pdate.year}"), ("Bill Payment #", ref)]
    y = H - 75
    for k, v in kv:
        txt(c, W - 150, y, k, "LS-B", 8.5)
        txt(c, W - 40, y, v, "LS", 8.5, "r")
        y -= 13
    txt(c, 40, H - 125, "Payee", "LS-B", 8.5)
    lines_of(c, 40, H - 138, ["Kestrel Instruments Inc", "1200 Meridian Parkway, Suite 300", "Durham NC 27713"], "LS", 9)
    y = H - 125
    for k, v in (("Account", "1010 Operating - First Western"), ("Currency", "US Dollar"),
                 ("Payment Method", "ACH"), ("Amount", "$" + us(total))):
        txt(c, 330, y, k, "LS-B", 8.5)
        txt(c, W - 40, y, v, "LS", 8.5, "r")
        y -= 13
    txt(c, 40, H - 195, "Memo   March vendor run - partial payment on 00%s per AP hold" % rows[2][2][-3:], "LS", 8.5)
    widths = [62, 66, 110, 76, 76, 64, 78]
    hdr = ["Date", "Type", "Ref No.", "Orig. Amt.", "Amt. Due", "Disc. Taken", "Payment"]
    y = table_rows(c, 38, H - 215, widths, [hdr] + rows, ["l", "l", "l", "r", "r", "r", "r"],
                   "LS", 8.5, header_rows=1, header_fill=colors.HexColor("#E5E5E5"), header_font="LS-B",
                   line_color=colors.HexColor("#BBBBBB"))
    txt(c, 38 + sum(widths[:6]) - 3, y - 14, "Total", "LS-B", 9, "r")
    txt(c, 38 + sum(widths) - 3, y - 14, "$" + us(total), "LS-B", 9, "r")
    txt(c, W / 2, 36, "1 of 1", "LS", 7.5, "c")
    c.showPage()
    c.save()
    record(f, "reportlab", payer, pdate, ref, "USD", lines, total=total)


def doc03():
    """UK - BACS remittance advice (A4)."""
    rng = random.Random(303)
    f = "r4-003.pdf"
    payer = "Pemberton & Vale Ltd"
    pdate = dt.date(2026, 2, 19)
    ref = "PV-BACS-002611"
    rows, lines = [], []
    si = 42
    ours = 104410
    po = 88100
    for i in range(7):
        si += rng.randint(2, 15)
        ours += rng.randint(3, 30)
        po += rng.randint(1, 12)
        d = dt.date(2026, 1, 5) + dt.timedelta(days=rng.randint(0, 28))
        g = amt(rng, 180, 6200)
        disc = q2(g * D("0.025")) if i in (0, 3) else D("0")
        paid = g - disc
        r = f"SI/26/{si:04d}"
        rows.append([d.strftime("%d/%m/%Y"), f"PL{ours}", r, f"PO{po}", "£" + us(g),
                     ("£" + us(disc)) if disc else "-", "£" + us(paid)])
        lines.append((r, paid, "invoice"))
    cn = D("-436.80")
    rows.insert(5, ["04/02/2026", f"PL{ours + 11}", "CN 0052", "", "-£436.80", "-", "-£436.80"])
    lines.insert(5, ("CN 0052", cn, "credit_note"))
    # 30 % deposit requested against an order, no invoice number yet
    rows.insert(2, ["30/01/2026", "PP000318", "", "PO88150", "£1,500.00", "-", "£1,500.00"])
    lines.insert(2, ("PO88150", D("1500.00"), "purchase_order"))
    total = total_of(lines)

    c = new_canvas(OUT / f, A4, "BACS Remittance Advice", "Sage 200")
    W, H = A4
    txt(c, 40, H - 55, "Pemberton & Vale Ltd", "LSer-B", 18)
    lines_of(c, 40, H - 72, ["Calder House, 18 Wellington Street", "Leeds LS1 4DL",
                             "Tel 0113 496 0211   VAT Reg GB 294 7731 08"], "LSer", 8.5)
    txt(c, W - 40, H - 55, "BACS REMITTANCE ADVICE", "LS-B", 12, "r")
    # addressee window
    lines_of(c, 60, H - 140, ["Kestrel Instruments UK Ltd", "Accounts Receivable",
                              "Unit 4, Thames Valley Park", "Reading", "RG6 1PT"], "LS", 10, 13)
    y = H - 140
    for k, v in (("Supplier A/C", "KES001"), ("Payment Date", pdate.strftime("%d/%m/%Y")),
                 ("Payment Ref", ref), ("Sort Code", "40-**-**"), ("Account No", "****4471")):
        txt(c, 340, y, k, "LS", 9)
        txt(c, 420, y, ":  " + v, "LS-B", 9)
        y -= 13
    txt(c, 40, H - 235, "We have today made a payment by BACS to your bank account in settlement of the items listed below.",
        "LS", 9)
    widths = [62, 62, 78, 62, 72, 60, 80]
    hdr = ["Date", "Our Ref", "Your Ref", "Order No", "Gross", "Discount", "Paid"]
    y = table_rows(c, 40, H - 255, widths, [hdr] + rows, ["l", "l", "l", "l", "r", "r", "r"],
                   "LS", 8.5, header_rows=1, header_font="LS-B", vlines=True)
    y = table_rows(c, 40, y, widths, [["", "", "", "", "", "Total", "£" + us(total)]],
                   ["l"] * 5 + ["r", "r"], "LS-B", 9, vlines=False, hlines=False)
    c.setLineWidth(1)
    c.line(40 + sum(widths[:6]), y, 40 + sum(widths), y)
    c.line(40 + sum(widths[:6]), y - 2, 40 + sum(widths), y - 2)
    lines_of(c, 40, y - 30, [
        f"The sum of £{us(total)} has been paid directly into your bank account and should be credited",
        "within three working days. The deposit on order PO88150 is paid against your pro-forma request.",
        "Please quote our supplier account number on all correspondence.",
        "Purchase Ledger: purchaseledger@pembertonvale.co.uk"], "LS", 8.5)
    txt(c, W / 2, 30, "Pemberton & Vale Ltd. Registered in England No. 03318842", "LS", 7, "c")
    c.showPage()
    c.save()
    record(f, "reportlab", payer, pdate, ref, "GBP", lines, total=total)


def doc04():
    """India - payment advice, lakh grouping, TDS column, debit note."""
    rng = random.Random(404)
    f = "r4-004.pdf"
    payer = "Sahyadri Agro Processors Pvt. Ltd."
    pdate = dt.date(2026, 3, 5)
    ref = "SBINR52026030500412877"
    rows, lines = [], []
    n = 398
    po = 4500018800
    for i in range(6):
        n += rng.randint(3, 25)
        po += rng.randint(1, 30)
        d = dt.date(2026, 1, 8) + dt.timedelta(days=rng.randint(0, 45))
        g = round_to(amt(rng, 18000, 260000), 1)
        tds = q2(g * D("0.02")) if i != 3 else q2(g * D("0.01"))
        tds = round_to(tds, 1)
        net = g - tds
        r = f"KIPL/25-26/{n:04d}"
        rows.append([str(i + 1), r, d.strftime("%d-%m-%Y"), str(po), inr(g), inr(tds), inr(net)])
        lines.append((r, net, "invoice"))
    dn = D("-12480.00")
    rows.append(["7", "DN/25-26/019", "27-02-2026", "", inr(dn), "0.00", inr(dn)])
    lines.append(("DN/25-26/019", dn, "credit_note"))
    total = total_of(lines)
    gross_t = sum(D(r[4].replace(",", "")) for r in rows)
    tds_t = sum(D(r[5].replace(",", "")) for r in rows)

    c = new_canvas(OUT / f, A4, "Payment Advice", "Tally")
    W, H = A4
    txt(c, W / 2, H - 48, "SAHYADRI AGRO PROCESSORS PVT. LTD.", "DV-B", 13, "c")
    txt(c, W / 2, H - 62, "Gat No. 214, Chakan MIDC Phase II, Pune - 410501, Maharashtra", "DV", 8, "c")
    txt(c, W / 2, H - 73, "GSTIN: 27AAHCS4471K1Z9   CIN: U15490PN2009PTC134471", "DV", 8, "c")
    c.line(36, H - 80, W - 36, H - 80)
    txt(c, W / 2, H - 98, "PAYMENT ADVICE", "DV-B", 12, "c")
    lines_of(c, 40, H - 122, ["To,", "Kestrel Instruments India Pvt. Ltd.", "No. 42, 2nd Floor, Peenya Industrial Area",
                              "Bengaluru - 560058", "Vendor Code: V-20417"], "DV", 8.5, 11.5)
    y = H - 122
    for k, v in (("Advice No.", "PA/2526/1184"), ("Payment Date", pdate.strftime("%d-%m-%Y")),
                 ("Payment Mode", "NEFT"), ("UTR No.", ref), ("Bank", "State Bank of India, Chakan")):
        txt(c, 320, y, k, "DV", 8.5)
        txt(c, 392, y, ": " + v, "DV", 8.5)
        y -= 11.5
    txt(c, 40, H - 195, "Dear Sir/Madam,", "DV", 8.5)
    txt(c, 40, H - 208, "We have remitted the amount mentioned below to your account towards the following bills. "
        "Kindly acknowledge receipt.", "DV", 8.5)
    widths = [24, 88, 58, 68, 84, 88, 92]
    hdr = ["Sr.", "Bill No.", "Bill Date", "PO No.", "Bill Amount (₹)", "TDS u/s 194C (₹)", "Net Amount (₹)"]
    rows2 = [hdr] + rows + [["", "Total", "", "", inr(gross_t), inr(tds_t), inr(total)]]
    y = table_rows(c, 36, H - 222, widths, rows2, ["c", "l", "l", "l", "r", "r", "r"], "DV", 8,
                   header_rows=1, header_font="DV-B", vlines=True, bold_font="DV-B", bold_rows=(len(rows2) - 1,),
                   header_fill=colors.HexColor("#EFEFEF"))
    y -= 16
    rup = int(total)
    paise = int((total - rup) * 100)
    w = "Rupees " + title_words(words_in(rup)) + (f" and {title_words(_words_99(paise))} Paise" if paise else "") + " Only"
    txt(c, 40, y, "Amount in words: " + w, "DV", 8.5)
    lines_of(c, 40, y - 22, ["Note: TDS certificate in Form 16A will be issued within the statutory timeline.",
                             "Debit note DN/25-26/019 is towards short supply against PO 4500018790."], "DV", 8)
    txt(c, W - 40, 120, "For Sahyadri Agro Processors Pvt. Ltd.", "DV", 8.5, "r")
    txt(c, W - 40, 80, "Authorised Signatory", "DV", 8.5, "r")
    txt(c, 40, 80, "This is a computer generated advice.", "DV", 7.5)
    c.showPage()
    c.save()
    record(f, "reportlab", payer, pdate, ref, "INR", lines, total=total)


def doc05():
    """Japan - 支払通知書, yen without decimals, 請求書番号 next to 伝票番号."""
    rng = random.Random(505)
    f = "r4-005.pdf"
    payer = "株式会社浪速精機"
    pdate = dt.date(2026, 3, 31)
    rows, lines = [], []
    n = 215
    den = 80112
    for i in range(5):
        n += rng.randint(1, 9)
        den += rng.randint(10, 60)
        d = dt.date(2026, 2, 1) + dt.timedelta(days=rng.randint(0, 27))
        g = D(rng.randint(80, 1900) * 1000 + rng.choice([0, 500, 280, 640]))
        nebiki = D(rng.choice([0, 0, 0, 5000, 12000])) if i != 0 else D(0)
        pay = g - nebiki
        r = f"KJ-2602{n:03d}"
        rows.append([str(i + 1), r, f"{d.year}/{d.month:02d}/{d.day:02d}", f"{den}", us(g, places=0),
                     us(nebiki, places=0) if nebiki else "0", us(pay, places=0)])
        lines.append((r, pay, "invoice"))
    total = total_of(lines)
    c = new_canvas(OUT / f, A4, "支払通知書", "販売管理")
    W, H = A4
    txt(c, W / 2, H - 60, "支 払 通 知 書", "CJK", 20, "c")
    c.line(W / 2 - 80, H - 66, W / 2 + 80, H - 66)
    txt(c, 40, H - 105, "ケストレル・インスツルメンツ株式会社　御中", "CJK", 12)
    c.line(40, H - 109, 290, H - 109)
    lines_of(c, W - 40, H - 100, ["株式会社浪速精機", "〒552-0021 大阪府大阪市港区築港2-8-14", "経理部　TEL 06-6575-0321",
                                  "登録番号 T4120001087744"], "CJK", 9, 13, "r")
    txt(c, 40, H - 140, "拝啓　平素は格別のお引き立てを賜り厚く御礼申し上げます。", "CJK", 9.5)
    txt(c, 40, H - 154, "下記の通りお支払い致しましたので、ご通知申し上げます。", "CJK", 9.5)
    # summary box
    bx = 40
    by = H - 235
    c.rect(bx, by, 300, 66)
    for i, (k, v) in enumerate((("お支払日", f"{pdate.year}年{pdate.month}月{pdate.day}日"),
                                ("お支払方法", "銀行振込（三井住友銀行 本町支店）"),
                                ("お支払金額", "¥" + us(total, places=0) + "-"))):
        yy = by + 48 - i * 20
        txt(c, bx + 8, yy, k, "CJK", 10)
        txt(c, bx + 80, yy, v, "CJK", 12 if i == 2 else 10)
        if i < 2:
            c.setLineWidth(0.3)
            c.line(bx, yy - 6, bx + 300, yy - 6)
    c.line(bx + 72, by, bx + 72, by + 66)
    widths = [26, 92, 70, 62, 84, 68, 84]
    hdr = ["No.", "請求書番号", "請求日", "伝票番号", "請求金額", "値引・相殺", "支払金額"]
    y = table_rows(c, 36, H - 265, widths, [hdr] + rows + [["", "", "", "合計", us(sum(D(r[4].replace(',', '')) for r in rows), places=0),
                                                           us(sum(D(r[5].replace(',', '')) for r in rows), places=0),
                                                           us(total, places=0)]],
                   ["c", "l", "c", "c", "r", "r", "r"], "CJK", 9, header_rows=1, vlines=True,
                   header_fill=colors.HexColor("#E8EEF6"))
    lines_of(c, 40, y - 24, ["※ 振込手数料は当社負担にてお振込み致しました。",
                             "※ 金額は消費税込みです。ご不明な点は経理部までお問い合わせください。"], "CJK", 8.5, 13)
    txt(c, W - 40, y - 70, "以上", "CJK", 10, "r")
    c.showPage()
    c.save()
    record(f, "reportlab", payer, pdate, None, "JPY", lines, total=total)


def doc06():
    """Canada (Quebec) - bilingual remittance, 3 pages, page totals, French number format."""
    rng = random.Random(606)
    f = "r4-006.pdf"
    payer = "Groupe Boréal Distribution inc."
    pdate = dt.date(2026, 3, 13)
    ref = "0004417"
    rows, lines = [], []
    inv = 90012280
    po = 4500071100
    for i in range(24):
        inv += rng.randint(4, 60)
        po += rng.randint(0, 9)
        d = dt.date(2026, 1, 10) + dt.timedelta(days=rng.randint(0, 40))
        if i in (7, 18):
            g = -amt(rng, 150, 1400)
            r = str(91000000 + rng.randint(60, 140))
            rows.append(["NC / CM", r, d.isoformat(), "", fr(g, " "), "0,00", fr(g, " ")])
            lines.append((r, g, "credit_note"))
            continue
        g = amt(rng, 120, 9800)
        disc = q2(g * D("0.01")) if rng.random() < 0.3 else D("0")
        paid = g - disc
        r = str(inv)
        rows.append(["FAC / INV", r, d.isoformat(), str(po), fr(g, " "), fr(disc, " "), fr(paid, " ")])
        lines.append((r, paid, "invoice"))
    total = total_of(lines)
    pages = [rows[0:10], rows[10:20], rows[20:]]
    c = new_canvas(OUT / f, LETTER, "Avis de paiement / Remittance advice", "Acomba")
    W, H = LETTER
    widths = [56, 78, 64, 80, 84, 68, 84]
    hdr = ["Type", "No de facture\nInvoice No.", "Date", "Bon de commande\nPurchase order",
           "Montant brut\nGross amount", "Escompte\nDiscount", "Montant payé\nAmount paid"]
    carried = D("0")
    for pi, prow in enumerate(pages):
        txt(c, 40, H - 48, "GROUPE BORÉAL DISTRIBUTION INC.", "DV-B", 12)
        lines_of(c, 40, H - 62, ["1850, boul. Industriel", "Laval (Québec)  H7S 1P3",
                                 "TPS/GST 812774401 RT0001   TVQ/QST 1220448871 TQ0001"], "DV", 7.5, 10)
        txt(c, W - 40, H - 48, "AVIS DE PAIEMENT", "DV-B", 13, "r")
        txt(c, W - 40, H - 63, "REMITTANCE ADVICE", "DV-B", 11, "r")
        txt(c, W - 40, H - 78, f"Page {pi + 1} de/of {len(pages)}", "DV", 8, "r")
        y = H - 112
        lines_of(c, 40, y, ["Fournisseur / Supplier : 20-4471", "Instruments Kestrel Canada Ltée",
                            "Kestrel Instruments Canada Ltd.", "3400, rue Douglas-B.-Floreani",
                            "Saint-Laurent (Québec)  H4S 1V2"], "DV", 8.5, 11.5)
        for k, v in (("No de paiement / Payment No.", ref), ("Date de paiement / Payment date", pdate.isoformat()),
                     ("Mode / Method", "TEF / EFT"), ("Devise / Currency", "CAD")):
            txt(c, 330, y, k, "DV", 8)
            txt(c, W - 40, y, v, "DV-B", 8.5, "r")
            y -= 12
        page_sum = sum((D(r[6].replace(" ", "").replace(",", ".")) for r in prow), D("0"))
        body = []
        if pi > 0:
            body.append(["", "Report / Brought forward", "", "", "", "", fr(carried, " ")])
        body += prow
        y = table_rows(c, 36, H - 190, widths, [hdr] + body, ["l", "l", "l", "l", "r", "r", "r"],
                       "DV", 8, header_rows=1, header_font="DV-B", row_h=14,
                       header_fill=colors.HexColor("#E6E6E6"), line_color=colors.HexColor("#999999"))
        carried += page_sum
        tail = [["", "Total de la page / Page total", "", "", "", "", fr(page_sum, " ")]]
        if pi < len(pages) - 1:
            tail.append(["", "À reporter / Carried forward", "", "", "", "", fr(carried, " ")])
        else:
            tail.append(["", "TOTAL DU PAIEMENT / PAYMENT TOTAL (CAD)", "", "", "", "", fr(carried, " ")])
        y = table_rows(c, 36, y - 2, widths, tail, ["l"] * 6 + ["r"], "DV-B", 8, row_h=14, hlines=False)
        if pi == len(pages) - 1:
            assert carried == total
            lines_of(c, 40, y - 30, [
                "Le paiement a été déposé dans votre compte bancaire. / Payment has been deposited to your bank account.",
                "Questions : comptesapayer@groupeboreal.ca  |  514 555-0188 poste 241",
                "Groupe Boréal Distribution inc. — Comptes fournisseurs / Accounts Payable"], "DV", 8)
        c.showPage()
    c.save()
    record(f, "reportlab", payer, pdate, ref, "CAD", lines, total=total)


def doc07():
    """South Africa - EFT remittance, 'Document No' (payer) beside 'Your Reference'."""
    rng = random.Random(707)
    f = "r4-007.pdf"
    payer = "Umhlanga Mining Supplies (Pty) Ltd"
    pdate = dt.date(2026, 3, 6)
    ref = "UMS0038812"
    rows, lines = [], []
    inn = 45500
    pinv = 1870
    for i in range(8):
        inn += rng.randint(5, 80)
        pinv += rng.randint(1, 15)
        d = dt.date(2026, 1, 12) + dt.timedelta(days=rng.randint(0, 35))
        g = amt(rng, 2500, 64000)
        sd = q2(g * D("0.025")) if i in (2, 6) else D("0")
        paid = g - sd
        r = f"IN{inn:06d}"
        desc = rng.choice(["Gas detectors", "Calibration gas", "Service - Q1 callout", "Spare sensors",
                           "Vibration monitors", "Repairs ref JC118"])
        rows.append([f"PINV0{pinv}", d.strftime("%Y/%m/%d"), r, desc, "R " + money(g, " ", "."),
                     ("R " + money(sd, " ", ".")) if sd else "", "R " + money(paid, " ", ".")])
        lines.append((r, paid, "invoice"))
    cr = D("-3875.20")
    rows.insert(4, [f"PCRN0{212}", "2026/02/03", "CR001204", "Credit - returned cylinders", "R -3 875.20", "",
                    "R -3 875.20"])
    lines.insert(4, ("CR001204", cr, "credit_note"))
    total = total_of(lines)
    c = new_canvas(OUT / f, A4, "Remittance Advice", "Sage Evolution")
    W, H = A4
    c.setFillColor(colors.HexColor("#1F3A5F"))
    c.rect(0, H - 90, W, 90, stroke=0, fill=1)
    txt(c, 40, H - 45, "UMHLANGA MINING SUPPLIES", "LS-B", 17, "l", colors.white)
    txt(c, 40, H - 62, "(Pty) Ltd  ·  Reg. No. 2004/018833/07  ·  VAT No. 4470231188", "LS", 8.5, "l", colors.white)
    txt(c, 40, H - 75, "12 Meridian Drive, Umhlanga Ridge, Durban 4319  ·  031 555 0190", "LS", 8.5, "l", colors.white)
    txt(c, W - 40, H - 120, "REMITTANCE ADVICE", "LS-B", 14, "r")
    lines_of(c, 40, H - 120, ["Kestrel Instruments South Africa (Pty) Ltd", "Attention: Debtors Department",
                              "Unit 7, Linbro Business Park", "Sandton, 2065"], "LS", 9.5, 12.5)
    y = H - 145
    for k, v in (("Payment Date", pdate.strftime("%Y/%m/%d")), ("EFT Reference", ref),
                 ("Creditor Code", "KES002"), ("Bank", "Nedbank  ****6612")):
        txt(c, 345, y, k, "LS", 9)
        txt(c, W - 40, y, v, "LS-B", 9, "r")
        y -= 13
    widths = [62, 58, 64, 118, 76, 58, 84]
    hdr = ["Document No", "Doc Date", "Your Reference", "Description", "Amount", "Sett. Disc", "Amount Paid"]
    y = table_rows(c, 36, H - 220, widths, [hdr] + rows, ["l", "l", "l", "l", "r", "r", "r"], "LN", 9,
                   header_rows=1, header_font="LN-B", header_fill=colors.HexColor("#D5DEEA"), zebra=colors.HexColor("#F4F6F9"),
                   hlines=False)
    c.setLineWidth(0.8)
    c.line(36, y, 36 + sum(widths), y)
    txt(c, 36 + sum(widths[:6]) - 4, y - 16, "Total Paid", "LS-B", 10, "r")
    txt(c, 36 + sum(widths) - 3, y - 16, "R " + money(total, " ", "."), "LS-B", 10, "r")
    lines_of(c, 40, y - 50, ["Amounts are VAT inclusive. Settlement discount taken where paid within terms.",
                             "Please send statements to creditors@umhlangamining.co.za",
                             "Umhlanga Mining Supplies (Pty) Ltd - Creditors Department"], "LS", 8.5)
    c.showPage()
    c.save()
    record(f, "reportlab", payer, pdate, ref, "ZAR", lines, total=total)


def doc08():
    """Switzerland - Zahlungsavis in German, CHF 1'234.50, Skonto, Gutschrift."""
    rng = random.Random(808)
    f = "r4-008.pdf"
    payer = "Alpenkraft Maschinenbau AG"
    pdate = dt.date(2026, 3, 10)
    ref = "ZL-260310-02"
    rows, lines = [], []
    re_no = 160
    bel = 5100044810
    for i in range(5):
        re_no += rng.randint(2, 14)
        bel += rng.randint(3, 40)
        d = dt.date(2026, 1, 26) + dt.timedelta(days=rng.randint(0, 30))
        g = round_to(amt(rng, 900, 22000), D("0.05"))
        sk = round_to(g * D("0.02"), D("0.05")) if i != 2 else D("0")
        zb = g - sk
        r = f"RE-2026-{re_no:04d}"
        rows.append([str(bel), r, d.strftime("%d.%m.%Y"), ch(g), ch(sk) if sk else "", ch(zb)])
        lines.append((r, zb, "invoice"))
    gs = D("-742.35")
    rows.append([str(bel + 9), "GS-2026-0009", "19.02.2026", ch(gs), "", ch(gs)])
    lines.append(("GS-2026-0009", gs, "credit_note"))
    total = total_of(lines)
    c = new_canvas(OUT / f, A4, "Zahlungsavis", "Abacus")
    W, H = A4
    txt(c, W - 50, H - 60, "alpenkraft", "LS-B", 22, "r", colors.HexColor("#B22222"))
    lines_of(c, W - 50, H - 75, ["Alpenkraft Maschinenbau AG", "Zürcherstrasse 211", "CH-8406 Winterthur",
                                 "MWST CHE-107.448.312"], "LS", 8, 10, "r")
    txt(c, 60, H - 150, "Alpenkraft Maschinenbau AG · Zürcherstrasse 211 · 8406 Winterthur", "LS", 6.5)
    lines_of(c, 60, H - 166, ["Kestrel Instruments (Schweiz) AG", "Debitorenbuchhaltung", "Industriestrasse 9",
                              "6300 Zug"], "LS", 10, 13)
    txt(c, 60, H - 250, "Zahlungsavis", "LS-B", 15)
    y = H - 272
    for k, v in (("Zahlungsdatum", pdate.strftime("%d.%m.%Y")), ("Zahlungslauf-Nr.", ref),
                 ("Ihre Lieferanten-Nr. bei uns", "70331"), ("Währung", "CHF")):
        txt(c, 60, y, k, "LS", 9)
        txt(c, 210, y, v, "LS", 9)
        y -= 13
    txt(c, 60, y - 8, "Sehr geehrte Damen und Herren, wir haben folgende Belege zur Zahlung angewiesen:", "LS", 9)
    widths = [74, 86, 84, 94, 58, 88]
    hdr = ["Beleg-Nr.", "Ihre Rechnung", "Rechnungsdatum", "Rechnungsbetrag", "Skonto", "Zahlbetrag"]
    y = table_rows(c, 56, y - 24, widths, [hdr] + rows, ["l", "l", "l", "r", "r", "r"], "LS", 9,
                   header_rows=1, header_font="LS-B", hlines=True, line_color=colors.HexColor("#888888"))
    txt(c, 56 + sum(widths[:5]) - 4, y - 16, "Total CHF", "LS-B", 9.5, "r")
    txt(c, 56 + sum(widths) - 3, y - 16, ch(total), "LS-B", 9.5, "r")
    c.line(56 + sum(widths[:5]), y - 20, 56 + sum(widths), y - 20)
    lines_of(c, 60, y - 55, ["Die Überweisung erfolgt auf Ihr Konto IBAN CH93 0076 2011 6238 5295 7.",
                             "Freundliche Grüsse", "", "Kreditorenbuchhaltung Alpenkraft"], "LS", 9, 12)
    c.showPage()
    c.save()
    record(f, "reportlab", payer, pdate, ref, "CHF", lines, total=total)


# ---------------------------------------------------------------------------
# LibreOffice Writer documents (.docx -> PDF)
# ---------------------------------------------------------------------------
SOFFICE_JOBS = []  # (source file, final pdf path)


def src_dir():
    d = TMP / "src"
    d.mkdir(parents=True, exist_ok=True)
    return d


def doc09(final=None, rec=True):
    """France - avis de virement (letter), numéro de facture, avoir."""
    rng = random.Random(909)
    f = "r4-009.pdf"
    payer = "Société Lyonnaise d'Équipements Thermiques SAS"
    pdate = dt.date(2026, 3, 6)
    ref = "VIR-260306-0412"
    rows, lines = [], []
    n = 101
    for i in range(6):
        n += rng.randint(2, 9)
        d = dt.date(2026, 1, 15) + dt.timedelta(days=rng.randint(0, 30))
        due = d + dt.timedelta(days=45)
        g = amt(rng, 300, 12500)
        r = f"F2026-{n}"
        rows.append([r, d.strftime("%d/%m/%Y"), due.strftime("%d/%m/%Y"), fr(g) + "\u00a0€", fr(g) + "\u00a0€"])
        lines.append((r, g, "invoice"))
    av = D("-1086.00")
    rows.append(["AV2026-009", "12/02/2026", "", fr(av) + "\u00a0€", fr(av) + "\u00a0€"])
    lines.append(("AV2026-009", av, "credit_note"))
    total = total_of(lines)
    d = Docx(font="Liberation Sans", size=10)
    d.p([("SOCIÉTÉ LYONNAISE D'ÉQUIPEMENTS THERMIQUES", {"b": True, "size": 14, "color": "8B0000"})], after=0)
    d.p("SLET – 27 rue de Gerland – 69007 Lyon – Tél. 04 72 55 80 14", size=8.5, after=24)
    d.p("KESTREL INSTRUMENTS FRANCE SAS\nService Comptabilité Clients\n14 avenue de l'Europe\n78140 Vélizy-Villacoublay",
        indent=9.5, after=18)
    d.p("Lyon, le 6 mars 2026", align="r", after=14)
    d.p([("Objet : ", {"b": True}), ("avis de virement – votre compte fournisseur 401KES0012", {})], after=10)
    d.p("Madame, Monsieur,", after=8)
    d.p(f"Nous vous informons que nous avons donné ordre à notre banque de virer sur votre compte la somme de "
        f"{fr(total)}\u00a0€ en règlement des pièces détaillées ci-dessous.", align="j", after=8)
    d.p(f"Date d'exécution du virement : {pdate.strftime('%d/%m/%Y')}\nRéférence du virement : {ref}\n"
        "Banque : Crédit Lyonnais – IBAN FR76 3000 2004 **** **** **** 412", after=10)
    d.table([["N° facture", "Date facture", "Échéance", "Montant TTC", "Montant réglé"]] + rows
            + [["Total réglé", "", "", "", fr(total) + "\u00a0€"]],
            [3.2, 2.8, 2.8, 3.6, 3.6], ["l", "l", "l", "r", "r"], size=9.5, bold_rows=(len(rows) + 1,))
    d.p("", after=6)
    d.p("L'avoir AV2026-009 a été déduit du présent règlement.", after=6, size=9.5)
    d.p("Nous vous prions d'agréer, Madame, Monsieur, l'expression de nos salutations distinguées.", after=18)
    d.p("Le service Comptabilité Fournisseurs", after=4)
    d.footer = ("Société Lyonnaise d'Équipements Thermiques SAS au capital de 1 200 000 € – RCS Lyon 412 778 301 – "
                "TVA FR 62 412778301")
    src = src_dir() / "r4-009.docx"
    d.save(src)
    SOFFICE_JOBS.append((src, OUT / f))
    record(f, "libreoffice-writer", payer, pdate, ref, "EUR", lines, total=total)


def doc10():
    """Ireland - prose letter, no table."""
    f = "r4-010.pdf"
    payer = "Corrib Valley Foods Ltd"
    pdate = dt.date(2026, 3, 12)
    ref = "EFT 000318"
    lines = [("SI-4471", D("5120.00"), "invoice"), ("SI-4480", D("3912.50"), "invoice"),
             ("CN-0212", D("-612.50"), "credit_note")]
    total = total_of(lines)
    d = Docx(font="Liberation Serif", size=11.5, margins_cm=(2.2, 2.5, 2.0, 2.5))
    d.p([("Corrib Valley Foods Ltd", {"b": True, "size": 16})], align="c", after=0)
    d.p("Unit 12, Oranmore Business Park, Oranmore, Co. Galway, H91 X2C7  ·  Tel +353 91 555 274", align="c",
        size=9, after=2)
    d.p("Company Reg. No. 418872  ·  VAT IE 6388142T", align="c", size=9, after=20, border_bottom=True)
    d.p("Kestrel Instruments Ireland Ltd\nAccounts Receivable\nBlock B, Eastgate Business Park\nLittle Island\nCork T45 HX98",
        after=18)
    d.p("12th March 2026", after=16)
    d.p([("Re: Remittance – payment of €" + us(total), {"b": True})], after=12)
    d.p("Dear Sir / Madam,", after=10)
    d.p("We wish to advise that an electronic funds transfer of €" + us(total) + " was released to your bank account "
        "today, 12 March 2026, our payment reference " + ref + ".", align="j", after=10)
    d.p("This payment covers your invoices SI-4471 (€5,120.00) and SI-4480 (€3,912.50), less your credit note "
        "CN-0212 for €612.50 in respect of the damaged carton returned on our delivery docket 33817.", align="j",
        after=10)
    d.p("Please allocate the payment accordingly and contact me directly should there be any query. Our account "
        "with you is 1142-COR.", align="j", after=18)
    d.p("Yours faithfully,", after=30)
    d.p("Aoife Ní Bhriain\nCredit Control & Payables\naoife.nibhriain@corribvalley.ie", after=0)
    src = src_dir() / "r4-010.docx"
    d.save(src)
    SOFFICE_JOBS.append((src, OUT / f))
    record(f, "libreoffice-writer", payer, pdate, ref, "EUR", lines, total=total)


def doc11():
    """Poland - awizo płatności, 'Nr faktury', faktura korygująca, zł with space grouping."""
    rng = random.Random(1111)
    f = "r4-011.pdf"
    payer = "Wisłostal Sp. z o.o."
    pdate = dt.date(2026, 3, 16)
    ref = "PRZ/2026/03/0412"
    rows, lines = [], []
    n = 96
    for i in range(6):
        n += rng.randint(3, 17)
        d = dt.date(2026, 2, 2) + dt.timedelta(days=rng.randint(0, 20))
        due = d + dt.timedelta(days=30)
        g = amt(rng, 800, 48000)
        vat = q2(g * 23 / 123)
        r = f"FV/2026/02/{n}"
        rows.append([str(i + 1), r, d.strftime("%d.%m.%Y"), due.strftime("%d.%m.%Y"), fr(g, " "), fr(vat, " "), fr(g, " ")])
        lines.append((r, g, "invoice"))
    k = D("-2214.00")
    rows.append(["7", "FK/2026/02/007", "24.02.2026", "", fr(k, " "), fr(q2(k * 23 / 123), " "), fr(k, " ")])
    lines.append(("FK/2026/02/007", k, "credit_note"))
    total = total_of(lines)
    d = Docx(font="Liberation Sans", size=10, margins_cm=(1.8, 1.8, 1.8, 1.8))
    d.p([("Wisłostal Sp. z o.o.", {"b": True, "size": 13})], after=0)
    d.p("ul. Portowa 18, 87-100 Toruń\nNIP 956-218-44-71   REGON 340118872\nDział Księgowości – tel. 56 655 14 20",
        size=8.5, after=14)
    d.p([("AWIZO PŁATNOŚCI", {"b": True, "size": 15})], align="c", after=14)
    d.table([["Odbiorca:", "Kestrel Instruments Polska Sp. z o.o.\nul. Mogilska 41, 31-545 Kraków\nNIP 675-144-87-20"],
             ["Data płatności:", pdate.strftime("%d.%m.%Y")],
             ["Nr przelewu:", ref],
             ["Rachunek odbiorcy:", "PL 61 1090 1014 0000 0712 1981 2874"],
             ["Kwota przelewu:", fr(total, " ") + " zł"]],
            [4.0, 11.0], ["l", "l"], header_rows=0, borders="none", size=10)
    d.p("", after=6)
    d.p("Uprzejmie informujemy, że w dniu " + pdate.strftime("%d.%m.%Y") +
        " dokonaliśmy przelewu na Państwa rachunek. Płatność obejmuje następujące dokumenty:", after=8)
    d.table([["Lp.", "Nr faktury", "Data wystawienia", "Termin płatności", "Kwota brutto", "w tym VAT", "Zapłacono"]]
            + rows + [[("Razem do zapłaty", 6), fr(total, " ") + " zł"]],
            [1.0, 3.6, 2.6, 2.6, 2.6, 2.2, 2.8], ["c", "l", "l", "l", "r", "r", "r"], size=9,
            bold_rows=(len(rows) + 1,))
    d.p("", after=6)
    d.p("Płatność zrealizowano w mechanizmie podzielonej płatności (MPP). Kwoty w PLN.", size=9, after=4)
    d.p("Faktura korygująca FK/2026/02/007 została potrącona z niniejszej płatności.", size=9, after=24)
    d.p("Z poważaniem\nMagdalena Kowalczyk\nSpecjalista ds. rozrachunków", size=9.5)
    src = src_dir() / "r4-011.docx"
    d.save(src)
    SOFFICE_JOBS.append((src, OUT / f))
    record(f, "libreoffice-writer", payer, pdate, ref, "PLN", lines, total=total)


def doc12():
    """Sweden - betalningsavisering, Fakturanr beside OCR, kreditfaktura."""
    rng = random.Random(1212)
    f = "r4-012.pdf"
    payer = "Nordström Byggvaror AB"
    pdate = dt.date(2026, 3, 18)
    ref = "55012"
    rows, lines = [], []
    n = 100340
    for i in range(5):
        n += rng.randint(4, 30)
        d = dt.date(2026, 2, 5) + dt.timedelta(days=rng.randint(0, 20))
        g = amt(rng, 1500, 86000)
        ocr = f"{n}{rng.randint(10, 99)}{i}"
        r = str(n)
        rows.append([r, d.isoformat(), ocr, fr(g, " "), fr(g, " ")])
        lines.append((r, g, "invoice"))
    kr = D("-4380.00")
    rows.append(["100355", "2026-02-11", "", fr(kr, " "), fr(kr, " ")])
    lines.append(("100355", kr, "credit_note"))
    total = total_of(lines)
    d = Docx(font="Liberation Sans", size=10)
    d.table([[("Nordström Byggvaror AB", 1), "BETALNINGSAVISERING"],
             ["Box 1184, 851 11 Sundsvall\nOrg.nr 556412-7781", f"Betalningsdag: {pdate.isoformat()}\nBetalningsnr: {ref}"]],
            [9.0, 8.0], ["l", "r"], header_rows=0, borders="none", size=10, bold_rows=(0,))
    d.p("", after=10)
    d.p("Betalningsmottagare:\nKestrel Instruments Sverige AB\nKundreskontra\nFlöjelbergsgatan 16\n431 37 Mölndal",
        after=10)
    d.p("Vår referens: Karin Lind   Er referens: Johan Ek   Bankgiro mottagare: 5521-4471", after=12, size=9)
    d.p("Vi har idag betalat följande fakturor:", after=6)
    d.table([["Fakturanr", "Fakturadatum", "OCR", "Fakturabelopp", "Betalt belopp"]] + rows
            + [["Summa betalt (SEK)", "", "", "", fr(total, " ")]],
            [3.0, 3.0, 3.6, 3.4, 3.4], ["l", "l", "l", "r", "r"], borders="h", size=9.5,
            bold_rows=(len(rows) + 1,), header_shade="EAEAEA")
    d.p("", after=8)
    d.p("Kreditfaktura 100355 har kvittats mot betalningen. Belopp i kr.", size=9, after=4)
    d.p("Frågor om betalningen: ekonomi@nordstrombygg.se", size=9)
    src = src_dir() / "r4-012.docx"
    d.save(src)
    SOFFICE_JOBS.append((src, OUT / f))
    record(f, "libreoffice-writer", payer, pdate, ref, "SEK", lines, total=total)


# ---------------------------------------------------------------------------
# LibreOffice Calc documents (.xlsx built with openpyxl, printed by Calc)
# ---------------------------------------------------------------------------

def calc_setup(ws, landscape_=False, fit_width=True, margins=0.5, footer=None, header=None):
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.orientation = "landscape" if landscape_ else "portrait"
    if fit_width:
        ws.sheet_properties.pageSetUpPr.fitToPage = True
        ws.page_setup.fitToWidth = 1
        ws.page_setup.fitToHeight = 0
    ws.page_margins.left = ws.page_margins.right = margins
    ws.page_margins.top = ws.page_margins.bottom = 0.6
    ws.sheet_view.showGridLines = False
    ws.print_options.gridLines = False
    if footer:
        ws.oddFooter.center.text = footer
        ws.oddFooter.center.size = 8
    else:
        ws.oddFooter.center.text = ""
    if header:
        ws.oddHeader.right.text = header
        ws.oddHeader.right.size = 8
    else:
        ws.oddHeader.center.text = ""


def save_calc(wb, name, final):
    src = src_dir() / name
    wb.save(src)
    fix_xlsx_times(src)
    SOFFICE_JOBS.append((src, final))


def doc13(final=None):
    """Denmark - betalingsadvis from a spreadsheet; Bilagsnr. beside Fakturanr."""
    rng = random.Random(1313)
    f = "r4-013.pdf"
    payer = "Hvidbjerg Entreprise A/S"
    pdate = dt.date(2026, 3, 20)
    ref = "2026-0320-HB7"
    rows, lines = [], []
    n = 1043
    bil = 26411
    for i in range(7):
        n += rng.randint(1, 12)
        bil += rng.randint(2, 40)
        d = dt.date(2026, 2, 1) + dt.timedelta(days=rng.randint(0, 25))
        g = amt(rng, 2000, 75000)
        rab = q2(g * D("0.015")) if i in (1, 5) else D("0")
        paid = g - rab
        r = f"A-{n}"
        rows.append([str(bil), r, d.strftime("%d-%m-%Y"), (d + dt.timedelta(days=30)).strftime("%d-%m-%Y"),
                     eu(g), eu(rab), eu(paid)])
        lines.append((r, paid, "invoice"))
    kn = D("-5612.50")
    rows.insert(3, [str(bil + 3), "K-0117", "13-02-2026", "", eu(kn), eu(0), eu(kn)])
    lines.insert(3, ("K-0117", kn, "credit_note"))
    total = total_of(lines)
    wb = Workbook()
    ws = wb.active
    ws.title = "Betalingsadvis"
    for col, w in zip("ABCDEFG", (11, 12, 12, 13, 15, 11, 15)):
        ws.column_dimensions[col].width = w
    xcell(ws, "A1", "Hvidbjerg Entreprise A/S", bold=True, size=15, color="1F4E79")
    xcell(ws, "A2", "Industrivej 41 · 7400 Herning · CVR 31887412 · Tlf. 97 12 44 80", size=8.5)
    xcell(ws, "A4", "BETALINGSADVIS", bold=True, size=13)
    xcell(ws, "A6", "Modtager:", bold=True)
    for i, s in enumerate(["Kestrel Instruments Danmark ApS", "Debitorbogholderiet", "Literbuen 9",
                           "2740 Skovlunde"]):
        xcell(ws, f"A{7 + i}", s)
    for i, (k, v) in enumerate((("Betalingsdato:", pdate.strftime("%d-%m-%Y")), ("Betalings-ID:", ref),
                                ("Vores kreditornr.:", "K-40112"), ("Valuta:", "DKK"))):
        xcell(ws, f"E{6 + i}", k, bold=True)
        xcell(ws, f"G{6 + i}", v, align="right")
    hr = 13
    for j, h in enumerate(["Bilagsnr.", "Fakturanr.", "Fakturadato", "Forfaldsdato", "Beløb DKK", "Rabat",
                           "Betalt DKK"]):
        xcell(ws, f"{'ABCDEFG'[j]}{hr}", h, bold=True, fill="D9E1F2", border=BOX,
              align="right" if j >= 4 else "left")
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            xcell(ws, f"{'ABCDEFG'[j]}{hr + 1 + i}", v, border=BOX, align="right" if j >= 4 else "left")
    tr = hr + 1 + len(rows)
    xcell(ws, f"E{tr}", "I alt", bold=True, align="right")
    xcell(ws, f"G{tr}", eu(total), bold=True, align="right", border=TOPBOT)
    xcell(ws, f"A{tr + 2}", "Beløbet er overført til jeres konto i Danske Bank, reg.nr. 3409 kontonr. ****8821.", size=9)
    xcell(ws, f"A{tr + 3}", "Kreditnota K-0117 er modregnet. Spørgsmål: bogholderi@hvidbjerg-entreprise.dk", size=9)
    calc_setup(ws)
    save_calc(wb, "r4-013.xlsx", final or OUT / f)
    record(f, "libreoffice-calc", payer, pdate, ref, "DKK", lines, total=total)


def doc14():
    """Norway - betalingsspesifikasjon, KID column beside Fakturanr."""
    rng = random.Random(1414)
    f = "r4-014.pdf"
    payer = "Fjellheim Energi AS"
    pdate = dt.date(2026, 3, 23)
    ref = "FE-UTB-260323"
    rows, lines = [], []
    n = 77
    for i in range(6):
        n += rng.randint(2, 9)
        d = dt.date(2026, 2, 3) + dt.timedelta(days=rng.randint(0, 25))
        g = amt(rng, 3000, 140000)
        kid = f"{rng.randint(10 ** 9, 10 ** 10 - 1)}{rng.randint(0, 9)}"
        r = f"2026/INV/{n}"
        rows.append([r, kid, d.strftime("%d.%m.%Y"), (d + dt.timedelta(days=14)).strftime("%d.%m.%Y"),
                     fr(g, " "), fr(g, " ")])
        lines.append((r, g, "invoice"))
    total = total_of(lines)
    wb = Workbook()
    ws = wb.active
    ws.title = "Spesifikasjon"
    for col, w in zip("ABCDEF", (15, 16, 12, 12, 15, 15)):
        ws.column_dimensions[col].width = w
    xcell(ws, "A1", "BETALINGSSPESIFIKASJON", bold=True, size=14)
    xcell(ws, "E1", "Fjellheim Energi AS", bold=True, size=11, align="right")
    ws.merge_cells("E1:F1")
    xcell(ws, "E2", "Org.nr. 987 114 552 MVA", size=8.5, align="right")
    ws.merge_cells("E2:F2")
    xcell(ws, "E3", "Postboks 212, 5804 Bergen", size=8.5, align="right")
    ws.merge_cells("E3:F3")
    info = [("Mottaker", "Kestrel Instruments Norge AS"), ("Mottakers konto", "1503.44.71201"),
            ("Betalingsdato", pdate.strftime("%d.%m.%Y")), ("Betalingsreferanse", ref),
            ("Beløp", fr(total, " ") + " NOK")]
    for i, (k, v) in enumerate(info):
        xcell(ws, f"A{5 + i}", k, bold=True)
        xcell(ws, f"B{5 + i}", v)
    hr = 11
    for j, h in enumerate(["Fakturanr", "KID", "Fakturadato", "Forfall", "Beløp", "Betalt"]):
        xcell(ws, f"{'ABCDEF'[j]}{hr}", h, bold=True, border=BOTTOM, align="right" if j >= 4 else "left")
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            xcell(ws, f"{'ABCDEF'[j]}{hr + 1 + i}", v, align="right" if j >= 4 else "left",
                  border=Border(bottom=HAIR))
    tr = hr + 1 + len(rows)
    xcell(ws, f"A{tr}", "Sum betalt", bold=True, border=TOPB)
    for col in "BCDE":
        xcell(ws, f"{col}{tr}", None, border=TOPB)
    xcell(ws, f"F{tr}", fr(total, " "), bold=True, align="right", border=TOPB)
    xcell(ws, f"A{tr + 2}", "Betalingen er sendt via nettbank. Vennligst kontakt regnskap@fjellheim-energi.no ved spørsmål.",
          size=9, italic=True)
    calc_setup(ws, footer="Fjellheim Energi AS – Leverandørreskontro")
    save_calc(wb, "r4-014.xlsx", OUT / f)
    record(f, "libreoffice-calc", payer, pdate, ref, "NOK", lines, total=total)


def _uuid(rng):
    h = "%032X" % rng.getrandbits(128)
    return f"{h[0:8]}-{h[8:12]}-4{h[13:16]}-{'89AB'[rng.randint(0, 3)]}{h[17:20]}-{h[20:32]}"


def doc15():
    """Mexico - aviso de pago with CFDI UUIDs and retenciones (landscape)."""
    rng = random.Random(1515)
    f = "r4-015.pdf"
    payer = "Grupo Industrial Sierra Madre, S.A. de C.V."
    pdate = dt.date(2026, 3, 9)
    ref = "SPEI-0309-441872"
    rows, lines = [], []
    n = 2231
    for i in range(5):
        n += rng.randint(1, 20)
        d = dt.date(2026, 2, 2) + dt.timedelta(days=rng.randint(0, 25))
        sub = amt(rng, 8000, 180000)
        iva = q2(sub * D("0.16"))
        tot = sub + iva
        service = i in (1, 3)
        ret_isr = q2(sub * D("0.0125")) if service else D("0")  # RESICO-like ISR 1.25%
        ret_iva = q2(sub * D("0.106667")) if service else D("0")
        paid = tot - ret_isr - ret_iva
        r = f"A-{n}"
        rows.append([r, _uuid(rng), d.strftime("%d/%m/%Y"), "$" + us(tot), us(ret_isr) if service else "0.00",
                     us(ret_iva) if service else "0.00", "$" + us(paid)])
        lines.append((r, paid, "invoice"))
    total = total_of(lines)
    wb = Workbook()
    ws = wb.active
    ws.title = "Aviso"
    for col, w in zip("ABCDEFG", (11, 40, 12, 15, 13, 13, 16)):
        ws.column_dimensions[col].width = w
    xcell(ws, "A1", "GRUPO INDUSTRIAL SIERRA MADRE, S.A. DE C.V.", bold=True, size=13)
    xcell(ws, "A2", "RFC GIS0411238T4 · Av. Constitución 2050 Pte., Col. Centro, Monterrey, N.L., C.P. 64000", size=8.5)
    xcell(ws, "A4", "AVISO DE PAGO A PROVEEDORES", bold=True, size=12, color="7B2C2C")
    info = [("Proveedor:", "Kestrel Instrumentos de México, S. de R.L. de C.V. (No. proveedor 300871)"),
            ("Fecha de pago:", pdate.strftime("%d/%m/%Y")), ("Referencia de pago:", ref),
            ("Forma de pago:", "03 - Transferencia electrónica (SPEI)"), ("Moneda:", "MXN - Peso mexicano")]
    for i, (k, v) in enumerate(info):
        xcell(ws, f"A{6 + i}", k, bold=True)
        xcell(ws, f"C{6 + i}", v)
    hr = 12
    hdr = ["Factura", "Folio fiscal (UUID)", "Fecha factura", "Importe total", "Ret. ISR", "Ret. IVA", "Importe pagado"]
    for j, h in enumerate(hdr):
        xcell(ws, f"{'ABCDEFG'[j]}{hr}", h, bold=True, fill="7B2C2C", color="FFFFFF", border=BOX,
              align="right" if j >= 3 else "left")
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            xcell(ws, f"{'ABCDEFG'[j]}{hr + 1 + i}", v, border=BOX, align="right" if j >= 3 else "left",
                  size=9 if j == 1 else 10)
    tr = hr + 1 + len(rows)
    xcell(ws, f"F{tr}", "Total pagado", bold=True, align="right")
    xcell(ws, f"G{tr}", "$" + us(total), bold=True, align="right", border=BOX)
    xcell(ws, f"A{tr + 2}", "El complemento de pago (REP) deberá emitirse a más tardar el día 5 del mes siguiente.", size=9)
    xcell(ws, f"A{tr + 3}", "Grupo Industrial Sierra Madre, S.A. de C.V. – Cuentas por pagar · "
          "cuentasporpagar@gisierramadre.com.mx · Tel. 81 8155 0420", size=9)
    calc_setup(ws, landscape_=True)
    save_calc(wb, "r4-015.xlsx", OUT / f)
    record(f, "libreoffice-calc", payer, pdate, ref, "MXN", lines, total=total)


def doc16():
    """USA - vendor payment register from Excel, 2 pages, repeated header, page subtotals, PO-only line."""
    rng = random.Random(1616)
    f = "r4-016.pdf"
    payer = "Bayside Medical Supply LLC"
    pdate = dt.date(2026, 3, 20)
    ref = "ACH-000872"
    rows, lines = [], []
    n = 7781
    vid = 220410
    po = 55100
    for i in range(22):
        vid += rng.randint(1, 9)
        po += rng.randint(0, 6)
        if i == 9:
            g = D("4500.00")
            rows.append([f"V{vid}", "", "", f"PO-{po}", us(g), "0.00", us(g), "Prepayment per PO terms"])
            lines.append((f"PO-{po}", g, "purchase_order"))
            continue
        n += rng.randint(1, 25)
        d = dt.date(2026, 1, 28) + dt.timedelta(days=rng.randint(0, 35))
        g = amt(rng, 95, 6800)
        disc = q2(g * D("0.02")) if rng.random() < 0.25 else D("0")
        paid = g - disc
        r = f"SI-{n}"
        memo = rng.choice(["Nitrile exam gloves, case", "Sterile gauze 4x4 bulk", "Pulse oximeter probes",
                           "Freight - ground", "Surgical masks L3 (carton of 50)", "Thermometer covers",
                           "IV start kits - restock", "BP cuffs adult/large"])
        if i == 15:
            g2 = -amt(rng, 100, 700)
            rows.append([f"V{vid}", f"CR-{n - 900}", d.strftime("%m/%d/%Y"), f"PO-{po}", us(g2), "0.00", us(g2),
                         "Vendor credit applied"])
            lines.append((f"CR-{n - 900}", g2, "credit_note"))
            continue
        rows.append([f"V{vid}", r, d.strftime("%m/%d/%Y"), f"PO-{po}", us(g), us(disc), us(paid), memo])
        lines.append((r, paid, "invoice"))
    total = total_of(lines)
    wb = Workbook()
    ws = wb.active
    ws.title = "Remit"
    for col, w in zip("ABCDEFGH", (10, 11, 11, 11, 12, 9, 12, 22)):
        ws.column_dimensions[col].width = w
    xcell(ws, "A1", "Bayside Medical Supply LLC", bold=True, size=14)
    xcell(ws, "A2", "780 Harbor Bay Pkwy, Alameda, CA 94502  |  Accounts Payable", size=9)
    xcell(ws, "A4", "VENDOR REMITTANCE", bold=True, size=12)
    info = [("Vendor", "Kestrel Instruments Inc. (Vendor ID KEST01)"), ("Payment Date", pdate.strftime("%m/%d/%Y")),
            ("Payment ID", ref), ("Method", "ACH CCD+"), ("Payment Amount", "$" + us(total) + " USD")]
    for i, (k, v) in enumerate(info):
        xcell(ws, f"A{5 + i}", k, bold=True, size=9.5)
        xcell(ws, f"C{5 + i}", v, size=9.5)
    hr = 11
    hdr = ["Voucher ID", "Invoice #", "Inv Date", "PO #", "Gross Amt", "Disc", "Net Paid", "Memo"]

    def put_hdr(r):
        for j, h in enumerate(hdr):
            xcell(ws, f"{'ABCDEFGH'[j]}{r}", h, bold=True, fill="DDDDDD", border=BOX, size=9.5,
                  align="right" if 4 <= j <= 6 else "left")
    put_hdr(hr)
    r = hr + 1
    pages = [rows[:16], rows[16:]]
    cum = D("0")
    for pi, pr in enumerate(pages):
        if pi > 0:
            put_hdr(r)
            r += 1
        for row in pr:
            for j, v in enumerate(row):
                xcell(ws, f"{'ABCDEFGH'[j]}{r}", v, border=BOX, size=9.5, align="right" if 4 <= j <= 6 else "left",
                      wrap=(j == 7))
            ws.row_dimensions[r].height = 30
            r += 1
        ps = sum((D(x[6].replace(",", "")) for x in pr), D("0"))
        cum += ps
        xcell(ws, f"E{r}", "Page subtotal", bold=True, size=9.5, align="right")
        xcell(ws, f"G{r}", us(ps), bold=True, size=9.5, align="right", border=BOX)
        r += 1
        if pi == 0:
            ws.row_breaks.append(Break(id=r))
            r += 1
    xcell(ws, f"E{r}", "Payment total", bold=True, size=10, align="right")
    xcell(ws, f"G{r}", us(cum), bold=True, size=10, align="right", border=TOPBOT)
    assert cum == total
    xcell(ws, f"A{r + 2}", "Funds sent via ACH to account ending 7730. Remittance questions: ap@baysidemedsupply.com",
          size=9)
    calc_setup(ws, footer="Page &P of &N", header="Printed 03/20/2026")
    ws.page_margins.top = 0.9
    ws.page_margins.header = 0.3
    save_calc(wb, "r4-016.xlsx", OUT / f)
    record(f, "libreoffice-calc", payer, pdate, ref, "USD", lines, total=total)


# ---------------------------------------------------------------------------
# Chromium (HTML printed to PDF)
# ---------------------------------------------------------------------------
CHROME_JOBS = []  # (html path, pdf path)


def html_page(body, css, title="Remittance", lang="en"):
    return (f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>{title}</title>'
            f"<style>{css}</style></head><body>{body}</body></html>")


def h(s):
    return xesc(str(s))


def doc17():
    """USA - Bill.com-style e-payment notification page."""
    rng = random.Random(1717)
    f = "r4-017.pdf"
    payer = "Brightline Dental Group"
    pdate = dt.date(2026, 3, 24)
    ref = "PMT-8H3K2Q7"
    lines, rows = [], []
    n = 30380
    for i in range(4):
        n += rng.randint(5, 60)
        d = dt.date(2026, 2, 2) + dt.timedelta(days=rng.randint(0, 30))
        a = amt(rng, 250, 3900)
        r = f"KI-{n}"
        rows.append((r, d.strftime("%b %-d, %Y"), rng.choice(["Autoclave sensors", "Service visit", "Annual calibration",
                                                           "Replacement probes", "Shipping"]), a))
        lines.append((r, a, "invoice"))
    cr = D("-310.00")
    rows.append(("KI-CM-0419", "Mar 2, 2026", "Credit memo applied", cr))
    lines.append(("KI-CM-0419", cr, "credit_note"))
    total = total_of(lines)
    css = """
    @page { size: Letter; margin: 14mm; }
    body { font-family: 'Liberation Sans', Arial, sans-serif; color:#1d2b36; font-size: 10.5pt; }
    .bar { background:#ff7a1a; color:white; padding:10px 18px; font-weight:bold; font-size:15pt; border-radius:4px 4px 0 0;}
    .card { border:1px solid #d6dde3; border-top:none; padding:20px 26px; }
    .big { font-size: 26pt; font-weight: bold; margin: 6px 0 14px 0;}
    .muted { color:#6b7a86; font-size:9pt; }
    table.kv td { padding: 3px 18px 3px 0; vertical-align: top;}
    table.kv td:first-child { color:#6b7a86; width: 150px;}
    table.inv { width:100%; border-collapse: collapse; margin-top: 10px;}
    table.inv th { text-align:left; font-size:9pt; color:#6b7a86; border-bottom:2px solid #d6dde3; padding:6px 4px;}
    table.inv td { border-bottom:1px solid #e8edf1; padding:7px 4px;}
    .r { text-align:right !important; }
    .tot td { font-weight:bold; border-bottom:none; }
    h3 { margin: 22px 0 4px 0; font-size: 11.5pt;}
    """
    trs = "".join(f"<tr><td>{h(r)}</td><td>{h(d)}</td><td>{h(desc)}</td><td class='r'>"
                  f"{'-$' + us(-a) if a < 0 else '$' + us(a)}</td></tr>" for r, d, desc, a in rows)
    body = f"""
    <div class="bar">billflow &nbsp;<span style="font-weight:normal;font-size:10pt">Payment notification</span></div>
    <div class="card">
      <div>Hi Kestrel Instruments Inc.,</div>
      <p><b>Brightline Dental Group</b> sent you a payment.</p>
      <div class="big">${us(total)}</div>
      <table class="kv">
        <tr><td>Payment date</td><td>{pdate.strftime('%b %-d, %Y')}</td></tr>
        <tr><td>Payment ID</td><td>{ref}</td></tr>
        <tr><td>Delivery method</td><td>ePayment (ACH) to bank account ending in 7730</td></tr>
        <tr><td>Estimated arrival</td><td>Mar 26, 2026</td></tr>
        <tr><td>Paid by</td><td>Brightline Dental Group<br>455 Congress Ave, Austin, TX 78701</td></tr>
      </table>
      <h3>Invoices included in this payment</h3>
      <table class="inv">
        <tr><th>Invoice #</th><th>Invoice date</th><th>Description</th><th class="r">Amount paid</th></tr>
        {trs}
        <tr class="tot"><td colspan="3" class="r">Total</td><td class="r">${us(total)}</td></tr>
      </table>
      <p class="muted" style="margin-top:26px">Memo from payer: "Thanks - March statement. Credit KI-CM-0419 taken."</p>
      <p class="muted">Questions about this payment? Contact Brightline Dental Group at payables@brightlinedental.com.
      This notification was sent on behalf of your customer. All amounts in USD.</p>
    </div>"""
    hp = src_dir() / "r4-017.html"
    hp.write_text(html_page(body, css, "Payment notification"), encoding="utf-8")
    CHROME_JOBS.append((hp, OUT / f))
    record(f, "chromium", payer, pdate, ref, "USD", lines, total=total)


def doc18(final=None, seed=1818, fname="r4-018.pdf", rec_tool="chromium", scan=False):
    """Brazil - aviso de pagamento, Nota Fiscal with série/parcela, Nosso número, retenções."""
    rng = random.Random(seed)
    f = fname
    payer = "Construtora Serra Azul Ltda."
    pdate = dt.date(2026, 3, 27)
    ref = "PG-2026-000318"
    rows, lines = [], []
    n = 45810
    for i in range(6):
        n += rng.randint(3, 40)
        d = dt.date(2026, 2, 3) + dt.timedelta(days=rng.randint(0, 25))
        venc = d + dt.timedelta(days=28)
        g = amt(rng, 1800, 95000)
        service = i in (0, 3, 4)
        ret = q2(g * D("0.0615")) if service else D("0")  # IR 1,5% + PIS/COFINS/CSLL 4,65%
        paid = g - ret
        r = f"{n:09d}"
        parc = rng.choice(["1/1", "1/1", "2/3", "1/2"])
        nosso = f"{rng.randint(10 ** 10, 10 ** 11 - 1)}-{rng.randint(0, 9)}"
        rows.append([r, "1", parc, d.strftime("%d/%m/%Y"), venc.strftime("%d/%m/%Y"), nosso,
                     eu(g), eu(ret) if ret else "0,00", eu(paid)])
        lines.append((r, paid, "invoice"))
    total = total_of(lines)
    css = """
    @page { size: A4; margin: 12mm 12mm; }
    body { font-family: 'DejaVu Sans', sans-serif; font-size: 8.6pt; color:#111;}
    .hdr { display:flex; justify-content:space-between; border-bottom:3px solid #0a5f38; padding-bottom:6px;}
    .logo { font-size:16pt; font-weight:bold; color:#0a5f38;}
    h1 { font-size: 13pt; text-align:center; margin:14px 0 10px 0; letter-spacing:1px;}
    .box { border:1px solid #888; padding:6px 8px; margin-bottom:8px;}
    .grid { display:grid; grid-template-columns: 1fr 1fr; gap: 2px 20px;}
    table { width:100%; border-collapse:collapse; margin-top:8px;}
    th { background:#0a5f38; color:#fff; padding:4px 3px; font-size:7.8pt; text-align:left;}
    td { border-bottom:1px solid #bbb; padding:4px 3px; white-space:nowrap;}
    .r { text-align:right; }
    .tot td { font-weight:bold; border-top:2px solid #000; border-bottom:none;}
    .obs { margin-top:14px; font-size:8pt; color:#333;}
    """
    trs = "".join("<tr>" + "".join(f"<td class='{'r' if j >= 6 else ''}'>{h(v)}</td>" for j, v in enumerate(r))
                  + "</tr>" for r in rows)
    gsum = sum(D(r[6].replace(".", "").replace(",", ".")) for r in rows)
    rsum = sum(D(r[7].replace(".", "").replace(",", ".")) for r in rows)
    body = f"""
    <div class="hdr"><div><div class="logo">SERRA AZUL</div><div>Construtora Serra Azul Ltda.</div>
    <div>CNPJ 08.447.120/0001-63 · Rua Tupis, 1200 · Belo Horizonte/MG · CEP 30190-060</div></div>
    <div style="text-align:right">Departamento Financeiro<br>Contas a Pagar<br>(31) 3555-0184</div></div>
    <h1>AVISO DE PAGAMENTO</h1>
    <div class="box grid">
      <div><b>Favorecido:</b> Kestrel Instrumentos do Brasil Ltda.</div><div><b>Data do pagamento:</b> {pdate.strftime('%d/%m/%Y')}</div>
      <div><b>CNPJ favorecido:</b> 12.771.405/0001-90</div><div><b>Nº do pagamento:</b> {ref}</div>
      <div><b>Banco / Ag. / Conta:</b> Itaú 341 / 0447 / 31882-4</div><div><b>Forma:</b> TED / crédito em conta</div>
      <div><b>Código do fornecedor:</b> 018832</div><div><b>Valor líquido:</b> R$ {eu(total)}</div>
    </div>
    <table>
      <tr><th>Nota Fiscal</th><th>Série</th><th>Parcela</th><th>Emissão</th><th>Vencimento</th><th>Nosso número</th>
      <th class="r">Valor bruto (R$)</th><th class="r">Retenções (R$)</th><th class="r">Valor pago (R$)</th></tr>
      {trs}
      <tr class="tot"><td colspan="6">TOTAL</td><td class="r">{eu(gsum)}</td><td class="r">{eu(rsum)}</td><td class="r">{eu(total)}</td></tr>
    </table>
    <div class="obs">Retenções na fonte sobre serviços: IRRF 1,5% e PIS/COFINS/CSLL 4,65% (Lei 10.833/03).<br>
    Em caso de divergência, favor contatar financeiro@serraazul.com.br em até 5 dias úteis.</div>"""
    hp = src_dir() / (Path(f).stem + ".html")
    hp.write_text(html_page(body, css, "Aviso de pagamento", "pt-BR"), encoding="utf-8")
    CHROME_JOBS.append((hp, final or OUT / f))
    record(f, rec_tool, payer, pdate, ref, "BRL", lines, total=total, scan=scan)


def doc19():
    """South Korea - English payment notice, e-tax invoice approval no. beside invoice no., won."""
    rng = random.Random(1919)
    f = "r4-019.pdf"
    payer = "Hanbit Precision Co., Ltd."
    pdate = dt.date(2026, 3, 30)
    ref = "HB-2603-0091"
    rows, lines = [], []
    n = 311
    for i in range(5):
        n += rng.randint(1, 9)
        d = dt.date(2026, 2, 27) - dt.timedelta(days=rng.randint(0, 25))
        sup = D(rng.randint(120, 9800) * 10000)
        vat = sup / 10
        tot = sup + vat
        appr = f"{d.strftime('%Y%m%d')}-4100{rng.randint(1000, 9999)}-{rng.randint(10 ** 7, 10 ** 8 - 1)}"
        r = f"KKR-2602-{n:04d}"
        rows.append([str(i + 1), r, appr, d.strftime("%Y.%m.%d"), "₩" + us(sup, places=0), "₩" + us(vat, places=0),
                     "₩" + us(tot, places=0)])
        lines.append((r, tot, "invoice"))
    total = total_of(lines)
    css = """
    @page { size: A4; margin: 16mm; }
    body { font-family: 'DejaVu Sans', sans-serif; font-size: 9pt;}
    h1 { text-align:center; font-size:17pt; letter-spacing: 4px; margin: 4px 0 18px 0; }
    .two { display:flex; justify-content:space-between; }
    table { border-collapse: collapse; }
    .info td { border:1px solid #555; padding:4px 8px;}
    .info td.k { background:#eef1f6; font-weight:bold; width: 120px;}
    .lines { width:100%; margin-top:16px;}
    .lines th { border:1px solid #555; background:#dfe5ee; padding:5px 4px; font-size:8pt;}
    .lines td { border:1px solid #555; padding:5px 4px; font-size:8pt; white-space:nowrap;}
    .r { text-align:right;} .c { text-align:center;}
    """
    trs = "".join("<tr>" + "".join(f"<td class='{'r' if j >= 4 else ('c' if j in (0, 3) else '')}'>{h(v)}</td>"
                                  for j, v in enumerate(r)) + "</tr>" for r in rows)
    body = f"""
    <div class="two"><div style="font-size:14pt;font-weight:bold">HANBIT PRECISION</div>
    <div style="text-align:right;font-size:8pt">Hanbit Precision Co., Ltd.<br>88, Gasan digital 1-ro, Geumcheon-gu, Seoul 08590<br>
    Business Reg. No. 119-86-44718</div></div>
    <h1>PAYMENT NOTICE</h1>
    <div class="two">
    <table class="info">
      <tr><td class="k">To</td><td>Kestrel Instruments Korea Ltd.</td></tr>
      <tr><td class="k">Vendor Code</td><td>V-10877</td></tr>
      <tr><td class="k">Bank Account</td><td>Shinhan 110-447-120883</td></tr>
    </table>
    <table class="info">
      <tr><td class="k">Payment Date</td><td>{pdate.strftime('%Y.%m.%d')}</td></tr>
      <tr><td class="k">Transfer No.</td><td>{ref}</td></tr>
      <tr><td class="k">Amount (KRW)</td><td><b>₩{us(total, places=0)}</b></td></tr>
    </table></div>
    <p style="margin-top:16px">We inform you that the following invoices have been paid by bank transfer.</p>
    <table class="lines">
      <tr><th>No.</th><th>Invoice No.</th><th>e-Tax Invoice Approval No.</th><th>Issue Date</th><th>Supply Amount</th><th>VAT</th><th>Amount Paid</th></tr>
      {trs}
      <tr><td colspan="6" class="r"><b>Total</b></td><td class="r"><b>₩{us(total, places=0)}</b></td></tr>
    </table>
    <p style="margin-top:18px;font-size:8pt">* Payment terms: end of month following tax invoice issue. Contact: ap@hanbitprecision.co.kr</p>
    """
    hp = src_dir() / "r4-019.html"
    hp.write_text(html_page(body, css, "Payment Notice"), encoding="utf-8")
    CHROME_JOBS.append((hp, OUT / f))
    record(f, "chromium", payer, pdate, ref, "KRW", lines, total=total)


def doc20():
    """UK - plc remittance over 2 pages with page subtotals / brought forward (HTML print)."""
    rng = random.Random(2020)
    f = "r4-020.pdf"
    payer = "Thamesmead Facilities Group plc"
    pdate = dt.date(2026, 3, 27)
    ref = "PR-2026-0312"
    rows, lines = [], []
    si = 118
    doc = 1900442
    po = 4410200
    for i in range(23):
        si += rng.randint(1, 7)
        doc += rng.randint(1, 20)
        po += rng.randint(0, 15)
        d = dt.date(2026, 2, 1) + dt.timedelta(days=rng.randint(0, 30))
        if i in (6, 17):
            a = -amt(rng, 40, 900)
            r = f"SC/26/{rng.randint(10, 60):04d}"
            rows.append([r, d.strftime("%d-%b-%Y"), "", str(doc), a])
            lines.append((r, a, "credit_note"))
            continue
        a = amt(rng, 60, 7200)
        r = f"SI/26/{si:04d}"
        rows.append([r, d.strftime("%d-%b-%Y"), f"PO{po}", str(doc), a])
        lines.append((r, a, "invoice"))
    total = total_of(lines)
    css = """
    @page { size: A4; margin: 14mm 14mm 16mm 14mm; }
    body { font-family: 'Liberation Serif', serif; font-size: 10pt;}
    .page { page-break-after: always; position: relative; min-height: 260mm;}
    .page:last-child { page-break-after: auto; }
    .top { display:flex; justify-content:space-between; align-items:flex-start;}
    .name { font-size: 17pt; font-weight: bold; font-family: 'Liberation Sans', sans-serif; color:#143d59;}
    table.l { width: 100%; border-collapse: collapse; margin-top: 12px; font-family:'Liberation Sans',sans-serif; font-size:9pt;}
    table.l th { border-top: 1.5px solid #000; border-bottom: 1px solid #000; padding: 5px 4px; text-align:left;}
    table.l td { padding: 4.5px 4px; border-bottom: 0.5px dotted #999;}
    .r { text-align: right !important; }
    .sub td { font-weight: bold; border-top: 1px solid #000; border-bottom:none;}
    .pg { position:absolute; bottom:0; width:100%; text-align:center; font-size:8pt; color:#444;}
    """

    def money_gbp(a):
        return ("-£" + us(-a)) if a < 0 else ("£" + us(a))
    pages = [rows[:14], rows[14:]]
    html_pages = []
    cum = D("0")
    for pi, pr in enumerate(pages):
        head = f"""<div class="top"><div><div class="name">Thamesmead Facilities Group plc</div>
        Harbour Exchange, 14 Marsh Wall, London E14 9GE<br>Accounts Payable Shared Service Centre</div>
        <div style="text-align:right"><b style="font-size:13pt">REMITTANCE ADVICE</b><br>Page {pi + 1} of {len(pages)}</div></div>
        <table style="margin-top:14px;width:100%"><tr><td style="width:55%;vertical-align:top">
        Kestrel Instruments UK Ltd<br>Unit 4, Thames Valley Park<br>Reading RG6 1PT</td>
        <td style="vertical-align:top">Payment date: {pdate.strftime('%d %b %Y')}<br>Payment run: {ref}<br>
        Method: Faster Payments<br>Supplier no.: 0041187</td></tr></table>"""
        trs = ""
        if pi > 0:
            trs += f"<tr><td colspan='4'><i>Brought forward</i></td><td class='r'>{money_gbp(cum)}</td></tr>"
        for r in pr:
            trs += f"<tr><td>{r[0]}</td><td>{r[1]}</td><td>{r[2]}</td><td>{r[3]}</td><td class='r'>{money_gbp(r[4])}</td></tr>"
        ps = sum((r[4] for r in pr), D("0"))
        cum += ps
        trs += f"<tr class='sub'><td colspan='4'>Page subtotal</td><td class='r'>{money_gbp(ps)}</td></tr>"
        if pi < len(pages) - 1:
            trs += f"<tr class='sub'><td colspan='4'>Carried forward</td><td class='r'>{money_gbp(cum)}</td></tr>"
        else:
            trs += f"<tr class='sub'><td colspan='4'>TOTAL PAID (GBP)</td><td class='r'>{money_gbp(cum)}</td></tr>"
        tbl = (f"<table class='l'><tr><th>Supplier Invoice</th><th>Invoice Date</th><th>PO Number</th>"
               f"<th>Document No</th><th class='r'>Amount</th></tr>{trs}</table>")
        foot = ""
        if pi == len(pages) - 1:
            foot = ("<p style='margin-top:22px'>Payment has been made to your nominated account (sort code 20-**-**, "
                    "account ****5512). Please allow 2 hours for Faster Payments to clear.</p>"
                    "<p>Queries: apqueries@thamesmeadfg.co.uk quoting your supplier number.</p>")
        html_pages.append(f"<div class='page'>{head}{tbl}{foot}<div class='pg'>Thamesmead Facilities Group plc · "
                          f"Registered in England &amp; Wales 04418827</div></div>")
    assert cum == total
    hp = src_dir() / "r4-020.html"
    hp.write_text(html_page("".join(html_pages), css, "Remittance Advice"), encoding="utf-8")
    CHROME_JOBS.append((hp, OUT / f))
    record(f, "chromium", payer, pdate, ref, "GBP", lines, total=total)


# ---------------------------------------------------------------------------
# .xlsx documents
# ---------------------------------------------------------------------------

def doc21():
    """Ireland - xlsx with a summary sheet and a detail sheet (retention deducted)."""
    rng = random.Random(2121)
    f = "r4-021.xlsx"
    payer = "Liffey Build Partners Ltd"
    pdate = dt.date(2026, 3, 31)
    ref = "SEPA-LBP-0331-02"
    det, lines = [], []
    n = 10233
    for i in range(7):
        n += rng.randint(2, 30)
        d = dt.date(2026, 2, 10) + dt.timedelta(days=rng.randint(0, 35))
        g = amt(rng, 1200, 38000)
        job = rng.choice(["J2207 Grand Canal Dock", "J2211 Sandyford Blk C", "J2190 Naas Rd Depot"])
        ret = q2(g * D("0.05")) if job.startswith("J22") and i % 2 == 0 else D("0")
        paid = g - ret
        r = f"INV-{n}"
        det.append([r, d, job, g, ret, paid])
        lines.append((r, paid, "invoice"))
    det.append(["CRN-00871", dt.date(2026, 3, 4), "J2211 Sandyford Blk C", D("-1450.00"), D("0"), D("-1450.00")])
    lines.append(("CRN-00871", D("-1450.00"), "credit_note"))
    total = total_of(lines)
    wb = Workbook()
    ws = wb.active
    ws.title = "Payment Summary"
    ws.column_dimensions["A"].width = 24
    ws.column_dimensions["B"].width = 44
    xcell(ws, "A1", "Liffey Build Partners Ltd", bold=True, size=14)
    xcell(ws, "A2", "Remittance Advice", bold=True, size=12, color="2F5597")
    info = [("Payee", "Kestrel Instruments Ireland Ltd"), ("Payee IBAN", "IE29 AIBK 9311 5212 3456 78"),
            ("Payment date", pdate), ("Payment reference", ref), ("Payment method", "SEPA Credit Transfer"),
            ("Currency", "EUR"), ("Amount paid", total), ("Number of documents", len(det)),
            ("Detail", "see sheet 'Invoice Detail'")]
    for i, (k, v) in enumerate(info):
        xcell(ws, f"A{4 + i}", k, bold=True)
        cc = xcell(ws, f"B{4 + i}", v, align="left")
        if isinstance(v, dt.date):
            cc.number_format = "dd/mm/yyyy"
        if isinstance(v, Decimal):
            cc.value = float(v)
            cc.number_format = '"€"#,##0.00'
    xcell(ws, "A15", "Liffey Build Partners Ltd, 3 Gallery Quay, Grand Canal Harbour, Dublin 2, D02 X972", size=8, italic=True)
    ws2 = wb.create_sheet("Invoice Detail")
    hdr = ["Invoice No", "Invoice Date", "Job", "Gross (€)", "Retention 5% (€)", "Amount Paid (€)"]
    for j, (hh, w) in enumerate(zip(hdr, (14, 13, 26, 13, 16, 16))):
        col = "ABCDEF"[j]
        ws2.column_dimensions[col].width = w
        xcell(ws2, f"{col}1", hh, bold=True, fill="D9E1F2", border=BOX)
    for i, row in enumerate(det):
        for j, v in enumerate(row):
            cc = xcell(ws2, f"{'ABCDEF'[j]}{2 + i}", float(v) if isinstance(v, Decimal) else v, border=BOX)
            if isinstance(v, dt.date):
                cc.number_format = "dd/mm/yyyy"
            elif isinstance(v, Decimal):
                cc.number_format = "#,##0.00;-#,##0.00"
    tr = 2 + len(det)
    xcell(ws2, f"E{tr}", "Total", bold=True)
    xcell(ws2, f"F{tr}", float(total), bold=True, fmt="#,##0.00", border=TOPBOT)
    ws2.freeze_panes = "A2"
    p = OUT / f
    wb.save(p)
    fix_xlsx_times(p)
    record(f, "xlsx", payer, pdate, ref, "EUR", lines, total=total)


LAKH_FMT = '[>=10000000]##\\,##\\,##\\,##0.00;[>=100000]##\\,##\\,##0.00;##,##0.00'


def doc22():
    """India - xlsx with a title block above the table; TDS per bill; lakh number format."""
    rng = random.Random(2222)
    f = "r4-022.xlsx"
    payer = "Meghna Pharma Ltd."
    pdate = dt.date(2026, 4, 7)
    ref = "HDFCR52026040712004471"
    rows, lines = [], []
    n = 560
    for i in range(9):
        n += rng.randint(2, 14)
        d = dt.date(2026, 2, 16) + dt.timedelta(days=rng.randint(0, 40))
        g = round_to(amt(rng, 25000, 900000), 1)
        rate = D("0.02") if i % 3 else D("0.10")
        tds = round_to(g * rate / D("1.18"), 1)  # TDS on taxable value (ex-GST)
        net = g - tds
        r = f"KIPL/25-26/{n:04d}"
        rows.append([i + 1, r, d, f"{int(rate * 100)}%", g, tds, net])
        lines.append((r, net, "invoice"))
    dn = D("-18644.00")
    rows.append([10, "DN/MPL/2526/088", dt.date(2026, 3, 28), "", dn, D("0"), dn])
    lines.append(("DN/MPL/2526/088", dn, "credit_note"))
    total = total_of(lines)
    wb = Workbook()
    ws = wb.active
    ws.title = "Payment Advice"
    for col, w in zip("ABCDEFG", (6, 20, 12, 8, 16, 14, 16)):
        ws.column_dimensions[col].width = w
    xcell(ws, "A1", "MEGHNA PHARMA LTD.", bold=True, size=14)
    xcell(ws, "A2", "Plot 22, Phase III, IDA Jeedimetla, Hyderabad - 500055, Telangana · GSTIN 36AABCM4471R1ZK", size=8.5)
    xcell(ws, "A4", "PAYMENT ADVICE", bold=True, size=12)
    xcell(ws, "A5", "Vendor:", bold=True)
    xcell(ws, "B5", "Kestrel Instruments India Pvt. Ltd. (Vendor Code 100447)")
    xcell(ws, "A6", "Date:", bold=True)
    xcell(ws, "B6", pdate, fmt="dd/mm/yyyy", align="left")
    xcell(ws, "A7", "Mode:", bold=True)
    xcell(ws, "B7", "RTGS")
    xcell(ws, "A8", "UTR:", bold=True)
    xcell(ws, "B8", ref)
    xcell(ws, "E6", "Amount (INR):", bold=True, align="right")
    xcell(ws, "F6", float(total), bold=True, fmt=LAKH_FMT)
    hr = 10
    hdr = ["S.No", "Invoice No", "Invoice Date", "TDS %", "Invoice Value", "TDS Deducted", "Net Amount"]
    for j, hh in enumerate(hdr):
        xcell(ws, f"{'ABCDEFG'[j]}{hr}", hh, bold=True, fill="FCE4D6", border=BOX, align="center")
    for i, row in enumerate(rows):
        for j, v in enumerate(row):
            cc = xcell(ws, f"{'ABCDEFG'[j]}{hr + 1 + i}", float(v) if isinstance(v, Decimal) else v, border=BOX)
            if isinstance(v, dt.date):
                cc.number_format = "dd-mm-yyyy"
            elif isinstance(v, Decimal):
                cc.number_format = LAKH_FMT
    tr = hr + 1 + len(rows)
    xcell(ws, f"D{tr}", "Total", bold=True)
    for j, col in ((4, "E"), (5, "F"), (6, "G")):
        xcell(ws, f"{col}{tr}", float(sum((r[j] for r in rows), D("0"))), bold=True, fmt=LAKH_FMT, border=TOPBOT)
    xcell(ws, f"A{tr + 2}", "TDS deducted u/s 194Q / 194J as applicable; certificate will follow. "
          "Debit note DN/MPL/2526/088 adjusted against rate difference.", size=9, italic=True)
    p = OUT / f
    wb.save(p)
    fix_xlsx_times(p)
    record(f, "xlsx", payer, pdate, ref, "INR", lines, total=total)


def doc23():
    """Switzerland - SAP-style line item export (vendor sign convention) with title rows."""
    rng = random.Random(2323)
    f = "r4-023.xlsx"
    payer = "Rheintal Chemie AG"
    pdate = dt.date(2026, 4, 8)
    ref = "2000004417"
    rows, lines = [], []
    n = 10118
    docno = 5100071230
    for i in range(8):
        n += rng.randint(3, 40)
        docno += rng.randint(1, 60)
        d = dt.date(2026, 2, 20) + dt.timedelta(days=rng.randint(0, 35))
        g = round_to(amt(rng, 400, 26000), D("0.05"))
        sk = round_to(g * D("0.02"), D("0.05")) if i % 3 == 0 else D("0")
        pay = g - sk
        r = f"2026-{n}"
        rows.append(["1100", "70442", str(docno), r, d, "RE", -g, sk, pay, "CHF", pdate, ref])
        lines.append((r, pay, "invoice"))
    gs = D("-980.40")
    rows.append(["1100", "70442", str(docno + 77), "GS-2026-118", dt.date(2026, 3, 12), "KG", -gs, D("0"), gs, "CHF",
                 pdate, ref])
    lines.append(("GS-2026-118", gs, "credit_note"))
    total = total_of(lines)
    wb = Workbook()
    ws = wb.active
    ws.title = "Export"
    xcell(ws, "A1", "Rheintal Chemie AG – Zahlungsavis / Payment advice", bold=True, size=12)
    xcell(ws, "A2", "Kreditor 70442 Kestrel Instruments (Schweiz) AG, Industriestrasse 9, 6300 Zug", size=9)
    hdr = ["CoCd", "Vendor", "DocumentNo", "Reference", "Doc. Date", "Type", "Amount in LC", "Cash discount",
           "Payment amount", "Crcy", "Clearing", "Clrng doc."]
    widths = (6, 8, 12, 13, 11, 5, 14, 12, 15, 5, 11, 12)
    hr = 4
    for j, (hh, w) in enumerate(zip(hdr, widths)):
        col = "ABCDEFGHIJKL"[j]
        ws.column_dimensions[col].width = w
        xcell(ws, f"{col}{hr}", hh, bold=True, font="Calibri", size=10, fill="FFF2CC")
    for i, row in enumerate(rows):
        for j, v in enumerate(row):
            cc = xcell(ws, f"{'ABCDEFGHIJKL'[j]}{hr + 1 + i}", float(v) if isinstance(v, Decimal) else v,
                       font="Calibri", size=10)
            if isinstance(v, dt.date):
                cc.number_format = "dd.mm.yyyy"
            elif isinstance(v, Decimal):
                cc.number_format = "#,##0.00;-#,##0.00"
    tr = hr + 1 + len(rows)
    xcell(ws, f"H{tr}", "Total", bold=True, font="Calibri")
    xcell(ws, f"I{tr}", float(total), bold=True, font="Calibri", fmt="#,##0.00", border=TOPB)
    xcell(ws, f"J{tr}", "CHF", bold=True, font="Calibri")
    xcell(ws, f"A{tr + 2}", "Zahlung per Überweisung am 08.04.2026 auf CH93 0076 2011 6238 5295 7.", size=9, font="Calibri")
    ws.auto_filter.ref = f"A{hr}:L{tr - 1}"
    p = OUT / f
    wb.save(p)
    fix_xlsx_times(p)
    record(f, "xlsx", payer, pdate, ref, "CHF", lines, total=total)


# ---------------------------------------------------------------------------
# .csv documents
# ---------------------------------------------------------------------------

def doc24():
    """France - bank-portal CSV export: ';' separated, decimal comma, cp1252, preamble lines."""
    rng = random.Random(2424)
    f = "r4-024.csv"
    payer = "Maison Dufresne Distribution SARL"
    pdate = dt.date(2026, 4, 14)
    ref = "REM-2026-04-0071"
    rows, lines = [], []
    n = 2204
    for i in range(8):
        n += rng.randint(2, 25)
        d = dt.date(2026, 2, 25) + dt.timedelta(days=rng.randint(0, 35))
        g = amt(rng, 90, 6400)
        esc = q2(g * D("0.01")) if i in (2, 5) else D("0")
        paid = g - esc
        r = f"FA{n}"
        rows.append([r, d.strftime("%d/%m/%Y"), money(g, "", ","), money(esc, "", ","), money(paid, "", ",")])
        lines.append((r, paid, "invoice"))
    av = D("-212.40")
    rows.append(["AV0311", "18/03/2026", money(av, "", ","), "0,00", money(av, "", ",")])
    lines.append(("AV0311", av, "credit_note"))
    total = total_of(lines)
    out = ["AVIS DE PAIEMENT;;;;",
           f"Donneur d'ordre;{payer};;;",
           "Bénéficiaire;KESTREL INSTRUMENTS FRANCE SAS;;;",
           "IBAN bénéficiaire;FR76 1820 6000 4412 3456 7890 112;;;",
           f"Date d'exécution;{pdate.strftime('%d/%m/%Y')};;;",
           f"Référence du paiement;{ref};;;",
           "Devise;EUR;;;",
           f"Montant total;{money(total, '', ',')};;;",
           ";;;;",
           "N° facture;Date facture;Montant TTC;Escompte;Montant réglé"]
    out += [";".join(r) for r in rows]
    out.append(f"Total;;;;{money(total, '', ',')}")
    (OUT / f).write_bytes(("\r\n".join(out) + "\r\n").encode("cp1252"))
    record(f, "csv", payer, pdate, ref, "EUR", lines, total=total)


def doc25():
    """USA - small-business accounting export (comma CSV); no payment date column, no currency."""
    rng = random.Random(2525)
    f = "r4-025.csv"
    payer = "Redwood Canyon Brewing Co"
    ref = "ACH 50128"
    rows, lines = [], []
    n = 1180
    for i in range(6):
        n += rng.randint(1, 14)
        d = dt.date(2026, 2, 20) + dt.timedelta(days=rng.randint(0, 30))
        g = amt(rng, 140, 4800)
        pay = g if i != 4 else round_to(g / 2, 1)
        r = f"A-{n}"
        rows.append([payer, ref, "Bill", r, d.strftime("%m/%d/%Y"), (d + dt.timedelta(days=30)).strftime("%m/%d/%Y"),
                     us(g), us(g), us(pay)])
        lines.append((r, pay, "invoice"))
    c1 = D("-95.00")
    rows.append([payer, ref, "Vendor Credit", "A-1146C", "02/27/2026", "", us(c1), us(c1), us(c1)])
    lines.append(("A-1146C", c1, "credit_note"))
    total = total_of(lines)
    buf = io.StringIO()
    import csv as _csv
    w = _csv.writer(buf, lineterminator="\r\n", quoting=_csv.QUOTE_MINIMAL)
    w.writerow(["Payer", "Check/Ref No", "Type", "Bill No", "Bill Date", "Due Date", "Original Amount",
                "Open Balance", "Amount Paid"])
    for r in rows:
        w.writerow(r)
    w.writerow(["", "", "", "", "", "", "", "Total", us(total)])
    (OUT / f).write_text(buf.getvalue(), encoding="utf-8")
    record(f, "csv", payer, None, ref, None, lines, total=total)


# ---------------------------------------------------------------------------
# e-mail, html, txt
# ---------------------------------------------------------------------------
KST = dt.timezone(dt.timedelta(hours=9))
EST = dt.timezone(dt.timedelta(hours=-4))
CST = dt.timezone(dt.timedelta(hours=-5))


def write_eml(msg, path):
    k = 0
    for part in msg.walk():
        if part.is_multipart() and not part.get_param("boundary"):
            k += 1
            part.set_boundary(f"----=_Part_{Path(path).stem.replace('-', '')}_{k:02d}_4471")
    Path(path).write_bytes(msg.as_bytes(policy=SMTP))


def doc26():
    """South Korea - plain-text e-mail in Korean with a text table."""
    rng = random.Random(2626)
    f = "r4-026.eml"
    payer = "대성오토텍 주식회사"
    pdate = dt.date(2026, 3, 25)
    ref = "DS-PAY-260325-03"
    rows, lines = [], []
    n = 301
    for i in range(5):
        n += rng.randint(1, 8)
        d = dt.date(2026, 2, 3) + dt.timedelta(days=rng.randint(0, 24))
        sup = D(rng.randint(150, 2400) * 10000)
        vat = sup / 10
        tot = sup + vat
        appr = f"{d.strftime('%Y%m%d')}-4100{rng.randint(1000, 9999)}-{rng.randint(10 ** 7, 10 ** 8 - 1)}"
        r = f"KKR-2602-{n:04d}"
        rows.append((str(i + 1), r, appr, d.isoformat(), us(sup, places=0), us(vat, places=0), us(tot, places=0)))
        lines.append((r, tot, "invoice"))
    cr = D("-1540000")
    rows.append(("6", "KKR-CR-0007", f"20260226-4100{rng.randint(1000, 9999)}-{rng.randint(10 ** 7, 10 ** 8 - 1)}",
                 "2026-02-26", us(D(-1400000), places=0), us(D(-140000), places=0), us(cr, places=0)))
    lines.append(("KKR-CR-0007", cr, "credit_note"))
    total = total_of(lines)
    tbl = ["No  청구서번호       세금계산서 승인번호                  작성일자        공급가액        부가세        지급금액",
           "--  -------------  ----------------------------------  ----------  ------------  -----------  ------------"]
    for r in rows:
        tbl.append(f"{r[0]:>2}  {r[1]:<13}  {r[2]:<34}  {r[3]:<10}  {r[4]:>12}  {r[5]:>11}  {r[6]:>12}")
    tbl.append(" " * 84 + f"합계  {us(total, places=0):>12}")
    body = "\n".join([
        "케스트렐인스트루먼트코리아(주) 영업관리팀 담당자님께,",
        "",
        "안녕하십니까. 대성오토텍 재무팀입니다.",
        "아래와 같이 2월분 물품대금을 지급하였음을 알려드립니다.",
        "",
        f"  - 지급일자 : {pdate.isoformat()}",
        f"  - 지급번호 : {ref}",
        "  - 지급방법 : 계좌이체 (국민은행 123401-04-447120)",
        f"  - 지급총액 : {us(total, places=0)}원 (KRW)",
        "",
        *tbl,
        "",
        "※ 6번 반품 건(KKR-CR-0007)은 금회 지급액에서 상계 처리하였습니다.",
        "※ 금액 단위: 원",
        "",
        "확인 부탁드립니다. 감사합니다.",
        "",
        "김민준 과장",
        "대성오토텍 주식회사 | 재무팀",
        "경기도 화성시 팔탄면 공단로 118",
        "Tel. 031-555-0147 | finance@daesung-autotech.co.kr",
        ""])
    msg = EmailMessage()
    msg["From"] = "=?utf-8?b?" + __import__("base64").b64encode("대성오토텍 재무팀".encode()).decode() + "?= <finance@daesung-autotech.co.kr>"
    msg["To"] = "ar.korea@kestrelinstruments.com"
    msg["Subject"] = "[대성오토텍] 2026년 3월 물품대금 지급 안내"
    msg["Date"] = format_datetime(dt.datetime(2026, 3, 25, 16, 42, 7, tzinfo=KST))
    msg["Message-ID"] = "<20260325074207.41877@mail.daesung-autotech.co.kr>"
    msg.set_content(body, charset="utf-8", cte="base64")
    write_eml(msg, OUT / f)
    record(f, "eml", payer, pdate, ref, "KRW", lines, total=total)


def doc27():
    """Canada (Quebec) - HTML e-mail, bilingual columns, 'Notre pièce' voucher next to invoice no."""
    rng = random.Random(2727)
    f = "r4-027.eml"
    payer = "Papiers Laurentides ltée"
    pdate = dt.date(2026, 4, 8)
    ref = "0007715"
    rows, lines = [], []
    n = 70112
    piece = 88140
    for i in range(6):
        n += rng.randint(5, 70)
        piece += rng.randint(1, 25)
        d = dt.date(2026, 2, 20) + dt.timedelta(days=rng.randint(0, 35))
        g = amt(rng, 300, 16000)
        esc = q2(g * D("0.01")) if i in (0, 4) else D("0")
        paid = g - esc
        r = f"F-{n}"
        rows.append([str(piece), r, d.isoformat(), fr(g) + " $", fr(esc) + " $", fr(paid) + " $"])
        lines.append((r, paid, "invoice"))
    total = total_of(lines)
    th = ["Notre pièce<br>Our voucher", "No facture<br>Invoice #", "Date facture<br>Invoice date",
          "Montant<br>Amount", "Escompte<br>Discount", "Payé<br>Paid"]
    trs = "".join("<tr>" + "".join(
        f'<td style="border:1px solid #999;padding:4px 8px;{"text-align:right;" if j >= 3 else ""}">{h(v)}</td>'
        for j, v in enumerate(r)) + "</tr>" for r in rows)
    html = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
<p>Bonjour / Hello,</p>
<p>Veuillez prendre note du paiement suivant. / Please note the following payment.</p>
<table style="border-collapse:collapse;margin-bottom:12px">
<tr><td style="padding:2px 14px 2px 0"><b>Payeur / Payer</b></td><td>Papiers Laurentides ltée</td></tr>
<tr><td style="padding:2px 14px 2px 0"><b>Fournisseur / Vendor</b></td><td>Instruments Kestrel Canada Ltée (no 300447)</td></tr>
<tr><td style="padding:2px 14px 2px 0"><b>No de paiement / Payment no.</b></td><td>{ref}</td></tr>
<tr><td style="padding:2px 14px 2px 0"><b>Date de paiement / Payment date</b></td><td>{pdate.isoformat()}</td></tr>
<tr><td style="padding:2px 14px 2px 0"><b>Mode / Method</b></td><td>TEF / EFT</td></tr>
<tr><td style="padding:2px 14px 2px 0"><b>Montant / Amount</b></td><td>{fr(total)} $ CAD</td></tr>
</table>
<table style="border-collapse:collapse;font-size:10pt">
<tr>{''.join(f'<th style="border:1px solid #999;background:#e7eef7;padding:4px 8px">{t}</th>' for t in th)}</tr>
{trs}
<tr><td colspan="5" style="border:1px solid #999;padding:4px 8px;text-align:right"><b>Total</b></td>
<td style="border:1px solid #999;padding:4px 8px;text-align:right"><b>{fr(total)} $</b></td></tr>
</table>
<p>Merci / Thank you,</p>
<p style="color:#555;font-size:9.5pt">Service des comptes fournisseurs / Accounts Payable<br>
Papiers Laurentides ltée · 455, rue des Forges, Trois-Rivières (Québec) G9A 2H5<br>819 555-0172</p>
</body></html>"""
    plain = ["Bonjour / Hello,", "", "Veuillez prendre note du paiement suivant. / Please note the following payment.", "",
             "Payeur / Payer: Papiers Laurentides ltée",
             "Fournisseur / Vendor: Instruments Kestrel Canada Ltée (no 300447)",
             f"No de paiement / Payment no.: {ref}", f"Date de paiement / Payment date: {pdate.isoformat()}",
             "Mode / Method: TEF / EFT", f"Montant / Amount: {fr(total)} $ CAD", "",
             "Notre pièce\tNo facture\tDate facture\tMontant\tEscompte\tPayé"]
    plain += ["\t".join(r) for r in rows]
    plain += [f"Total\t\t\t\t\t{fr(total)} $", "", "Merci / Thank you,",
              "Service des comptes fournisseurs / Accounts Payable", "Papiers Laurentides ltée", ""]
    msg = EmailMessage()
    msg["From"] = "Comptes payables - Papiers Laurentides <comptes.payables@papierslaurentides.ca>"
    msg["To"] = "comptes.recevables@kestrelinstruments.ca"
    msg["Subject"] = f"Avis de paiement / Remittance advice - TEF {ref}"
    msg["Date"] = format_datetime(dt.datetime(2026, 4, 8, 9, 15, 33, tzinfo=EST))
    msg["Message-ID"] = "<YT2PR01MB4471.0007715@papierslaurentides.ca>"
    msg.set_content("\n".join(plain), charset="utf-8", cte="quoted-printable")
    msg.add_alternative(html, subtype="html", charset="utf-8", cte="quoted-printable")
    write_eml(msg, OUT / f)
    record(f, "eml", payer, pdate, ref, "CAD", lines, total=total)


def doc28():
    """USA - remittance e-mail forwarded by the supplier's own sales rep (nested message/rfc822)."""
    rng = random.Random(2828)
    f = "r4-028.eml"
    payer = "Lakeshore Ambulatory Partners"
    pdate = dt.date(2026, 4, 3)
    ref = "0000412233"
    rows, lines = [], []
    n = 618
    for i in range(5):
        n += rng.randint(3, 40)
        d = dt.date(2026, 2, 25) + dt.timedelta(days=rng.randint(0, 30))
        g = amt(rng, 300, 5200)
        disc = q2(g * D("0.02")) if i == 1 else D("0")
        paid = g - disc
        r = f"INV-2026-{n:05d}"
        rows.append((r, d.strftime("%m/%d/%Y"), us(g), us(disc), us(paid)))
        lines.append((r, paid, "invoice"))
    total = total_of(lines)
    inner_lines = [
        "*** This is an automated message. Please do not reply. ***",
        "",
        "PAYMENT ADVICE",
        "",
        "Payer:            Lakeshore Ambulatory Partners",
        "                  1010 N. Lake Shore Drive, Chicago IL 60611",
        "Supplier:         KESTREL INSTRUMENTS INC (Supplier # 33019)",
        f"Payment Number:   {ref}",
        f"Payment Date:     {pdate.strftime('%m/%d/%Y')}",
        f"Payment Amount:   {us(total)} USD",
        "Payment Method:   ACH - CCD+",
        "",
        "Invoice Number        Invoice Date      Invoice Amount     Discount      Amount Paid",
        "--------------------  ------------  ----------------  -----------  ---------------",
    ]
    for r in rows:
        inner_lines.append(f"{r[0]:<20}  {r[1]:<12}  {r[2]:>16}  {r[3]:>11}  {r[4]:>15}")
    inner_lines += ["", f"{'Total':<20}  {'':<12}  {'':>16}  {'':>11}  {us(total):>15}", "",
                    "Please direct questions to apsupport@lakeshoreamb.org and reference the payment number.", ""]
    inner = EmailMessage()
    inner["From"] = "Lakeshore AP <noreply-payables@lakeshoreamb.org>"
    inner["To"] = "dana.whitfield@kestrelinstruments.com"
    inner["Subject"] = f"Payment Advice {ref}"
    inner["Date"] = format_datetime(dt.datetime(2026, 4, 3, 5, 2, 11, tzinfo=CST))
    inner["Message-ID"] = "<PA.0000412233.20260403@lakeshoreamb.org>"
    inner.set_content("\n".join(inner_lines), charset="us-ascii", cte="7bit")
    outer = EmailMessage()
    outer["From"] = "Dana Whitfield <dana.whitfield@kestrelinstruments.com>"
    outer["To"] = "AR Team <ar@kestrelinstruments.com>"
    outer["Subject"] = f"FW: Payment Advice {ref}"
    outer["Date"] = format_datetime(dt.datetime(2026, 4, 6, 8, 47, 30, tzinfo=EST))
    outer["Message-ID"] = "<BN8PR12MB3391.7731@kestrelinstruments.com>"
    outer.set_content("Hi AR team,\n\nLakeshore sent their remittance to me again instead of the AR mailbox - "
                      "see attached. Can you please apply it? I've asked them to update the remit-to e-mail.\n\n"
                      "Thanks,\nDana\n\nDana Whitfield | Territory Manager, Midwest\nKestrel Instruments Inc.\n"
                      "(312) 555-0166\n")
    outer.add_attachment(inner, filename=f"Payment Advice {ref}.eml")
    write_eml(outer, OUT / f)
    record(f, "eml", payer, pdate, ref, "USD", lines, total=total)


def doc29():
    """Mexico - saved supplier-portal page (html), UUID column, nota de crédito."""
    rng = random.Random(2929)
    f = "r4-029.html"
    payer = "Cadena Comercial del Bajío, S.A. de C.V."
    pdate = dt.date(2026, 4, 17)
    ref = "BNET01002604170043118822"
    rows, lines = [], []
    n = 3318
    for i in range(7):
        n += rng.randint(1, 15)
        d = dt.date(2026, 3, 2) + dt.timedelta(days=rng.randint(0, 30))
        tot = q2(amt(rng, 2000, 70000) * D("1.16"))
        r = f"FA-{n}"
        rows.append([r, _uuid(rng), d.strftime("%d/%m/%Y"), "$" + us(tot), "$" + us(tot), "Pagada"])
        lines.append((r, tot, "invoice"))
    nc = D("-3712.00")
    rows.append(["NC-0412", _uuid(rng), "08/04/2026", "-$3,712.00", "-$3,712.00", "Aplicada"])
    lines.append(("NC-0412", nc, "credit_note"))
    total = total_of(lines)
    num = ' class="num"'
    trs = "\n".join("<tr>" + "".join(f"<td{num if j in (3, 4) else ''}>{h(v)}</td>"
                                     for j, v in enumerate(r)) + "</tr>" for r in rows)
    html = f"""<!DOCTYPE html>
<html lang="es-MX">
<head>
<meta charset="utf-8">
<title>Portal de Proveedores - Detalle de pago</title>
<!-- saved from url=(0071)https://proveedores.ccbajio.com.mx/pagos/detalle?id=PG-77190&amp;prov=300871 -->
<style>
body {{ font-family: Arial, Helvetica, sans-serif; font-size: 13px; color: #222; margin: 0; }}
header {{ background: #004b87; color: #fff; padding: 10px 24px; }}
header .brand {{ font-size: 18px; font-weight: bold; }}
nav {{ background: #e9eef4; padding: 6px 24px; font-size: 12px; }}
main {{ padding: 18px 24px; }}
dl {{ display: grid; grid-template-columns: 200px auto; row-gap: 4px; }}
dt {{ font-weight: bold; color: #555; }}
table.grid {{ border-collapse: collapse; margin-top: 14px; }}
table.grid th {{ background: #004b87; color: #fff; padding: 6px 8px; text-align: left; }}
table.grid td {{ border-bottom: 1px solid #ccd; padding: 6px 8px; }}
td.num {{ text-align: right; }}
footer {{ font-size: 11px; color: #777; padding: 12px 24px; }}
</style>
</head>
<body>
<header><div class="brand">Cadena Comercial del Bajío</div><div>Portal de Proveedores</div></header>
<nav>Inicio &rsaquo; Pagos &rsaquo; Detalle de pago &nbsp;|&nbsp; Sesión: KESTREL INSTRUMENTOS DE MEXICO S DE RL DE CV (300871)</nav>
<main>
<h2>Detalle de pago</h2>
<dl>
<dt>Pagador</dt><dd>{payer}</dd>
<dt>RFC pagador</dt><dd>CCB970812JH4</dd>
<dt>Beneficiario</dt><dd>Kestrel Instrumentos de México, S. de R.L. de C.V.</dd>
<dt>Fecha de pago</dt><dd>{pdate.strftime('%d/%m/%Y')}</dd>
<dt>Clave de rastreo SPEI</dt><dd>{ref}</dd>
<dt>Banco emisor</dt><dd>BBVA México</dd>
<dt>Moneda</dt><dd>MXN</dd>
<dt>Importe pagado</dt><dd><strong>${us(total)}</strong></dd>
</dl>
<h3>Documentos incluidos</h3>
<table class="grid">
<thead><tr><th>Factura</th><th>UUID</th><th>Fecha emisión</th><th>Total factura</th><th>Importe aplicado</th><th>Estatus</th></tr></thead>
<tbody>
{trs}
</tbody>
<tfoot><tr><td colspan="4" class="num"><strong>Total</strong></td><td class="num"><strong>${us(total)}</strong></td><td></td></tr></tfoot>
</table>
<p>Recuerde timbrar el Complemento para Recepción de Pagos (CRP) con la fecha de pago indicada.</p>
</main>
<footer>&copy; 2026 Cadena Comercial del Bajío, S.A. de C.V. · León, Guanajuato · Aviso de privacidad</footer>
</body>
</html>
"""
    (OUT / f).write_text(html, encoding="utf-8")
    record(f, "html", payer, pdate, ref, "MXN", lines, total=total)


def doc30():
    """Canada - fixed-width AS/400 style cheque remittance, trailing minus."""
    rng = random.Random(3030)
    f = "r4-030.txt"
    payer = "Northern Prairie Co-operative Ltd"
    pdate = dt.date(2026, 4, 20)
    ref = "0187342"
    rows, lines = [], []
    n = 44871
    vch = 610220
    for i in range(12):
        n += rng.randint(2, 50)
        vch += rng.randint(1, 9)
        d = dt.date(2026, 3, 1) + dt.timedelta(days=rng.randint(0, 35))
        if i in (4, 9):
            g = -amt(rng, 60, 800)
            r = f"CRN{n:07d}"
            rows.append((r, d.strftime("%Y/%m/%d"), str(vch), g, D("0"), g))
            lines.append((r, g, "credit_note"))
            continue
        g = amt(rng, 80, 6000)
        disc = q2(g * D("0.01")) if rng.random() < 0.3 else D("0")
        net = g - disc
        r = f"INV{n:07d}"
        rows.append((r, d.strftime("%Y/%m/%d"), str(vch), g, disc, net))
        lines.append((r, net, "invoice"))
    total = total_of(lines)

    def a(x):
        return money(x, ",", ".", neg="trail") if x < 0 else money(x, ",", ".") + " "
    out = []
    out.append(f"NPC410R                        NORTHERN PRAIRIE CO-OPERATIVE LTD                        RUN DATE 2026/04/17")
    out.append(f"                                     ACCOUNTS PAYABLE REMITTANCE ADVICE                     PAGE        1")
    out.append("")
    out.append("VENDOR NO:  004417                                    CHEQUE NO:   " + ref)
    out.append("VENDOR:     KESTREL INSTRUMENTS CANADA LTD             CHEQUE DATE: " + pdate.strftime("%Y/%m/%d"))
    out.append("            3400 RUE DOUGLAS-B.-FLOREANI               AMOUNTS IN:  CAD")
    out.append("            SAINT-LAURENT QC  H4S 1V2")
    out.append("")
    out.append("INVOICE NO      INV DATE    VOUCHER       GROSS AMOUNT     DISC TAKEN        NET AMOUNT")
    out.append("--------------- ----------  -------  ----------------  -------------  ----------------")
    for r in rows:
        out.append(f"{r[0]:<15} {r[1]:<10}  {r[2]:<7}  {a(r[3]):>16}  {a(r[4]):>13}  {a(r[5]):>16}")
    out.append("                                                                      ----------------")
    out.append(f"{'':<15} {'':<10}  {'':<7}  {'':>16}  {'CHEQUE TOTAL':>13}  {a(total):>16}")
    out.append("")
    out.append("            NORTHERN PRAIRIE CO-OPERATIVE LTD  -  802 1ST AVE N, SASKATOON SK  S7K 1Y2")
    out.append("            DETACH BEFORE DEPOSITING CHEQUE.  QUERIES: AP@NPCOOP.CA  306-555-0149")
    out.append("\f")
    (OUT / f).write_text("\r\n".join(out) + "\r\n", encoding="ascii")
    record(f, "txt", payer, pdate, ref, "CAD", lines, total=total)


# ---------------------------------------------------------------------------
# scans: source documents (in /tmp) and their degraded images
# ---------------------------------------------------------------------------
SCAN_JOBS = []  # callables run after all source PDFs exist


def scan_src(name):
    d = TMP / "scansrc"
    d.mkdir(parents=True, exist_ok=True)
    return d / name


def word_boxes(pdf, needle):
    """[(page_index, xMin, yMin, xMax, yMax)] in PDF points (top-left origin) of words equal to needle"""
    out = subprocess.run(["pdftotext", "-bbox", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    import re
    res = []
    page = -1
    for line in out.splitlines():
        if "<page " in line:
            page += 1
        m = re.search(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*)</word>', line)
        if m and m.group(5) == xesc(needle):
            res.append((page,) + tuple(float(m.group(i)) for i in range(1, 5)))
    return res


def doc31():
    """USA - QuickBooks-style voucher cheque (cheque + two stubs), scanned."""
    rng = random.Random(3131)
    f = "r4-031.pdf"
    payer = "Sunbelt HVAC Services, Inc."
    pdate = dt.date(2026, 4, 7)
    ref = "8817"
    rows, lines = [], []
    n = 719
    for i in range(4):
        n += rng.randint(4, 30)
        d = dt.date(2026, 3, 2) + dt.timedelta(days=rng.randint(0, 25))
        g = amt(rng, 400, 3900)
        bal = g
        pay = g
        disc = D("0")
        if i == 2:
            disc = q2(g * D("0.02"))
            pay = g - disc
        r = f"2026-{n:05d}"
        rows.append([d.strftime("%m/%d/%Y"), "Bill", r, us(g), us(bal), us(disc) if disc else "", us(pay)])
        lines.append((r, pay, "invoice"))
    cr = D("-184.50")
    rows.append(["03/18/2026", "Credit", "CM-2026-00052", us(cr), us(cr), "", us(cr)])
    lines.append(("CM-2026-00052", cr, "credit_note"))
    total = total_of(lines)
    src = scan_src("r4-031.pdf")
    c = new_canvas(src, LETTER, "check")
    W, H = LETTER
    # cheque (top third)
    c.setFillColor(colors.HexColor("#EAF2EA"))
    c.rect(18, H - 262, W - 36, 244, stroke=0, fill=1)
    c.setFillColor(colors.black)
    txt(c, 40, H - 45, "SUNBELT HVAC SERVICES, INC.", "LS-B", 10)
    lines_of(c, 40, H - 57, ["3318 Commerce Blvd", "Orlando, FL 32807"], "LS", 8.5, 10.5)
    txt(c, W / 2 + 30, H - 45, "SEACOAST NATIONAL BANK", "LS-B", 8.5, "c")
    txt(c, W / 2 + 30, H - 56, "63-1191/631", "LS", 7.5, "c")
    txt(c, W - 50, H - 45, ref, "LS-B", 12, "r")
    txt(c, W - 150, H - 90, "DATE", "LS", 7)
    txt(c, W - 50, H - 90, pdate.strftime("%m/%d/%Y"), "LM", 10, "r")
    c.line(W - 125, H - 93, W - 48, H - 93)
    txt(c, 40, H - 122, "PAY TO THE", "LS", 7)
    txt(c, 40, H - 130, "ORDER OF", "LS", 7)
    txt(c, 90, H - 128, "Kestrel Instruments Inc.", "LM", 10.5)
    c.line(88, H - 132, W - 150, H - 132)
    txt(c, W - 140, H - 128, "$", "LS-B", 11)
    c.rect(W - 128, H - 134, 80, 16)
    txt(c, W - 52, H - 129, "**" + us(total), "LM", 10, "r")
    dollars = int(total)
    cents = int((total - dollars) * 100)
    wline = title_words(words_us(dollars)).replace(" And ", " and ") + f" and {cents:02d}/100"
    txt(c, 40, H - 156, wline + "*" * max(3, 78 - len(wline)), "LM", 9.5)
    txt(c, W - 50, H - 156, "DOLLARS", "LS", 7, "r")
    lines_of(c, 60, H - 180, ["Kestrel Instruments Inc.", "1200 Meridian Parkway, Suite 300", "Durham, NC 27713"],
             "LM", 9, 11)
    txt(c, 40, H - 228, "MEMO", "LS", 7)
    txt(c, 70, H - 228, "Acct SUN-0331 / March bills", "LM", 9)
    c.line(68, H - 231, 260, H - 231)
    c.line(W - 230, H - 231, W - 50, H - 231)
    txt(c, W - 140, H - 240, "AUTHORIZED SIGNATURE", "LS", 6, "c")
    # signature squiggle
    c.setLineWidth(1.1)
    p = c.beginPath()
    p.moveTo(W - 215, H - 226)
    for k in range(1, 30):
        p.lineTo(W - 215 + k * 5, H - 226 + 9 * math.sin(k * 0.9) * (1 - k / 40))
    c.drawPath(p)
    c.setLineWidth(0.4)
    txt(c, W / 2, H - 255, f"C00{ref}C  A063111919A  4471829930C", "LM", 11, "c")

    def stub(top):
        txt(c, 40, top, "SUNBELT HVAC SERVICES, INC.", "LS-B", 9)
        txt(c, W - 50, top, ref, "LS-B", 9, "r")
        txt(c, 40, top - 13, "Kestrel Instruments Inc.", "LS", 9)
        txt(c, W - 50, top - 13, pdate.strftime("%m/%d/%Y"), "LS", 9, "r")
        y = table_rows(c, 40, top - 24, [64, 46, 100, 80, 80, 62, 84],
                       [["Date", "Type", "Reference", "Original Amt.", "Balance Due", "Discount", "Payment"]] + rows,
                       ["l", "l", "l", "r", "r", "r", "r"], "LS", 8.5, row_h=13, header_rows=1, header_font="LS-B",
                       hlines=False)
        txt(c, 40 + 516 - 84 - 3, y - 14, "Check Amount", "LS-B", 9, "r")
        txt(c, 40 + 516 - 3, y - 14, us(total), "LS-B", 9, "r")
        txt(c, 40, top - 215, "Seacoast Operating ...7104", "LS", 8)
    stub(H - 290)
    stub(H - 555)
    c.showPage()
    c.save()

    def job():
        pages = rasterize(src, 200)
        out = [degrade(p, 3131, angle=-0.9, blur=0.8, noise=7, light=0.12, jpeg_q=55) for p in pages]
        save_pages(out, OUT / f, 200, quality=50)
    SCAN_JOBS.append(job)
    record(f, "reportlab", payer, pdate, ref, "USD", lines, total=total, scan=True)


def doc32():
    """UK - typed prose remittance sent by fax (200x100 dpi, binarised)."""
    f = "r4-032.pdf"
    payer = "Kingsmere Engineering Ltd"
    pdate = dt.date(2026, 4, 9)
    lines = [("SI/26/0311", D("2450.00"), "invoice"), ("SI/26/0318", D("3981.36"), "invoice"),
             ("CN 0071", D("-247.00"), "credit_note")]
    total = total_of(lines)
    d = Docx(font="Liberation Mono", size=10.5, margins_cm=(2.5, 2.2, 2.0, 2.2))
    d.p([("KINGSMERE ENGINEERING LTD", {"b": True, "size": 14})], align="c", after=0)
    d.p("Unit 9 Stafford Road Industrial Estate, Wolverhampton WV10 6HH", align="c", size=9, after=0)
    d.p("Tel 01902 555 310   Fax 01902 555 318", align="c", size=9, after=18, border_bottom=True)
    d.p([("FAX MESSAGE - REMITTANCE ADVICE", {"b": True, "size": 12})], align="c", after=14)
    d.table([["To:", "Kestrel Instruments UK Ltd - Credit Control"], ["Fax:", "0118 496 0735"],
             ["From:", "Kingsmere Engineering Ltd - Purchase Ledger"], ["Date:", pdate.strftime("%d/%m/%Y")],
             ["Pages:", "1 (including this page)"]], [3.0, 12.0], ["l", "l"], header_rows=0, borders="none",
            size=10.5)
    d.p("", after=10, border_bottom=True)
    d.p("Dear Sirs,", after=10, before=8)
    d.p(f"Please be advised that we have today paid the sum of £{us(total)} by BACS to your "
        "nominated bank account.", align="j", after=10)
    d.p("This payment is in settlement of your invoice SI/26/0311 for £2,450.00 and your invoice "
        "SI/26/0318 for £3,981.36, less your credit note CN 0071 for £247.00 (returned bearings).",
        align="j", after=10)
    d.p("Our account number with you is KIN004. Kindly update your ledger accordingly.", align="j", after=24)
    d.p("Regards,", after=26)
    d.p("R. Patel\nPurchase Ledger Supervisor\nKingsmere Engineering Ltd", after=0)
    srcx = src_dir() / "r4-032.docx"
    d.save(srcx)
    pdf = scan_src("r4-032.pdf")
    SOFFICE_JOBS.append((srcx, pdf))

    def job():
        pages = rasterize(pdf, 200)
        hdr = "09/04/2026 14:22   FROM: KINGSMERE ENG 01902555318   TO: 01184960735   P.001/001"
        out = [fax_look(p, 3232, angle=0.4, header=hdr) for p in pages]
        save_pages(out, OUT / f, 200)
    SCAN_JOBS.append(job)
    record(f, "libreoffice-writer", payer, pdate, None, "GBP", lines, total=total, scan=True)


def _hanko(size_px, text4, color=(205, 40, 40)):
    """square company seal (角印) with four characters, RGBA"""
    im = Image.new("RGBA", (size_px, size_px), (0, 0, 0, 0))
    d = ImageDraw.Draw(im)
    w = max(3, size_px // 22)
    d.rectangle([w, w, size_px - w, size_px - w], outline=color + (230,), width=w)
    fnt = ImageFont.truetype(F_CJK, int(size_px * 0.38))
    cells = [(0.72, 0.29), (0.72, 0.71), (0.28, 0.29), (0.28, 0.71)]  # right column is read first
    for ch_, (cx, cy) in zip(text4, cells):
        d.text((int(cx * size_px), int(cy * size_px)), ch_, font=fnt, fill=color + (225,), anchor="mm")
    rng = np.random.default_rng(7)
    a = np.asarray(im).copy()
    mask = rng.random(a.shape[:2]) < 0.18
    a[..., 3] = np.where(mask, (a[..., 3] * 0.35).astype(np.uint8), a[..., 3])
    return Image.fromarray(a).rotate(4, resample=Image.BICUBIC, expand=True)


def doc33():
    """Japan - お支払明細書 with a red company seal, colour scan."""
    rng = random.Random(3333)
    f = "r4-033.pdf"
    payer = "北斗電機工業株式会社"
    pdate = dt.date(2026, 4, 30)
    ref = "HD-2604-017"
    rows, lines = [], []
    n = 300
    dn = 11800
    for i in range(6):
        n += rng.randint(1, 9)
        dn += rng.randint(3, 40)
        d = dt.date(2026, 3, 2) + dt.timedelta(days=rng.randint(0, 26))
        g = D(rng.randint(30, 980) * 1000 + rng.choice([0, 400, 800]))
        r = f"KJ-2603{n:03d}"
        rows.append([r, f"D-{dn}", f"{d.year}/{d.month:02d}/{d.day:02d}", us(g, places=0), us(g, places=0), ""])
        lines.append((r, g, "invoice"))
    cr = D("-46200")
    rows.append(["KJ-CR-2603-02", "", "2026/03/24", us(cr, places=0), us(cr, places=0), "返品"])
    lines.append(("KJ-CR-2603-02", cr, "credit_note"))
    total = total_of(lines)
    src = scan_src("r4-033.pdf")
    c = new_canvas(src, A4, "お支払明細書")
    W, H = A4
    txt(c, W / 2, H - 62, "お 支 払 明 細 書", "CJK", 19, "c")
    txt(c, 40, H - 104, "ケストレル・インスツルメンツ株式会社　御中", "CJK", 12)
    c.line(40, H - 108, 290, H - 108)
    txt(c, W - 45, H - 96, f"支払番号 {ref}", "CJK", 9, "r")
    lines_of(c, W - 45, H - 122, ["北斗電機工業株式会社", "〒060-0807 札幌市北区北7条西4-1-2", "経理課　TEL 011-555-0733"],
             "CJK", 9.5, 13.5, "r")
    txt(c, 40, H - 150, "毎度格別のお引き立てを賜り、誠にありがとうございます。", "CJK", 9.5)
    txt(c, 40, H - 164, "下記の通りお支払い申し上げますので、ご査収くださいますようお願い申し上げます。", "CJK", 9.5)
    y = table_rows(c, 40, H - 190, [90, 170], [["支払日", f"{pdate.year}/{pdate.month:02d}/{pdate.day:02d}"],
                                               ["支払方法", "振込（北洋銀行 本店営業部）"],
                                               ["支払合計金額", "¥" + us(total, places=0)]],
                   ["l", "l"], "CJK", 10, row_h=20, vlines=True)
    widths = [96, 70, 72, 86, 86, 105]
    y = table_rows(c, 40, y - 24, widths, [["請求書番号", "納品書番号", "請求日", "請求額", "支払額", "摘要"]] + rows
                   + [["", "", "合計", us(total, places=0), us(total, places=0), ""]],
                   ["l", "l", "c", "r", "r", "l"], "CJK", 9, row_h=18, header_rows=1, vlines=True,
                   header_fill=colors.HexColor("#EDEDED"))
    txt(c, 40, y - 22, "※ 返品分（KJ-CR-2603-02）は今回お支払額より差し引いております。", "CJK", 8.5)
    txt(c, W - 45, y - 60, "以上", "CJK", 10, "r")
    c.showPage()
    c.save()

    def job():
        dpi = 150
        pages = rasterize(src, dpi, color=True)
        pg = pages[0].convert("RGBA")
        seal = _hanko(int(62 * dpi / 72), "北斗電機")
        x = int((W - 60) * dpi / 72) - seal.size[0] // 2
        y = int((122 - 8) * dpi / 72)
        pg.alpha_composite(seal, (x, y))
        out = degrade(pg.convert("RGB"), 3333, angle=0.6, blur=0.6, noise=5, light=0.08, jpeg_q=60, paper=240)
        save_pages([out], OUT / f, dpi, quality=55)
    SCAN_JOBS.append(job)
    record(f, "reportlab", payer, pdate, ref, "JPY", lines, total=total, scan=True)


def doc34():
    """India - 2-page payment advice from a spreadsheet (page subtotals), scanned in grey."""
    rng = random.Random(3434)
    f = "r4-034.pdf"
    payer = "Kaveri Textiles Ltd."
    pdate = dt.date(2026, 4, 15)
    ref = "ICICR52026041500087731"
    rows, lines = [], []
    n1, n2 = 612, 3
    for i in range(16):
        if i < 12:
            n1 += rng.randint(1, 9)
            r = f"KIPL/25-26/{n1:04d}"
            d = dt.date(2026, 3, 1) + dt.timedelta(days=i * 2 + rng.randint(0, 1))
        else:
            n2 += rng.randint(1, 5)
            r = f"KIPL/26-27/{n2:04d}"
            d = dt.date(2026, 4, 1) + dt.timedelta(days=(i - 12) * 2)
        g = amt(rng, 8000, 340000)
        tds = q2(g / D("1.18") * D("0.001"))  # 194Q 0.1 % on purchase of goods
        net = g - tds
        rows.append([str(i + 1), r, d.strftime("%d/%m/%Y"), inr(g), inr(tds), inr(net)])
        lines.append((r, net, "invoice"))
    total = total_of(lines)
    wb = Workbook()
    ws = wb.active
    ws.title = "Advice"
    for col, w in zip("ABCDEF", (6, 20, 13, 17, 12, 17)):
        ws.column_dimensions[col].width = w
    xcell(ws, "A1", "KAVERI TEXTILES LTD.", bold=True, size=14)
    xcell(ws, "A2", "SF No. 114, Avinashi Road, Tiruppur - 641603, Tamil Nadu · GSTIN 33AACCK8812M1Z2", size=8.5)
    xcell(ws, "A4", "PAYMENT ADVICE", bold=True, size=12)
    for i, (k, v) in enumerate((("Party", "Kestrel Instruments India Pvt. Ltd."), ("Payment Date", pdate.strftime("%d/%m/%Y")),
                                ("Mode", "RTGS"), ("UTR No.", ref), ("Total Amount", "₹ " + inr(total)))):
        xcell(ws, f"A{5 + i}", k, bold=True)
        xcell(ws, f"C{5 + i}", v)
    hdr = ["S.No", "Invoice No.", "Inv. Date", "Invoice Amt (₹)", "TDS 194Q", "Amount Paid (₹)"]

    def put_hdr(r):
        for j, hh in enumerate(hdr):
            xcell(ws, f"{'ABCDEF'[j]}{r}", hh, bold=True, border=BOX, fill="E2E2E2", align="right" if j >= 3 else "left")
    r = 11
    put_hdr(r)
    r += 1
    pages = [rows[:11], rows[11:]]
    cum = D("0")
    for pi, pr in enumerate(pages):
        if pi:
            put_hdr(r)
            r += 1
            xcell(ws, f"B{r}", "B/F from previous page", italic=True, border=BOX)
            xcell(ws, f"F{r}", inr(cum), align="right", border=BOX)
            r += 1
        for row in pr:
            for j, v in enumerate(row):
                xcell(ws, f"{'ABCDEF'[j]}{r}", v, border=BOX, align="right" if j >= 3 else "left")
            ws.row_dimensions[r].height = 34
            r += 1
        ps = sum((lines[int(x[0]) - 1][1] for x in pr), D("0"))
        cum += ps
        xcell(ws, f"D{r}", "Page Total", bold=True, align="right")
        xcell(ws, f"F{r}", inr(ps), bold=True, align="right", border=BOX)
        r += 1
        if pi == 0:
            xcell(ws, f"D{r}", "C/F to next page", bold=True, align="right")
            xcell(ws, f"F{r}", inr(cum), bold=True, align="right", border=BOX)
            r += 1
            ws.row_breaks.append(Break(id=r))
            r += 1
    xcell(ws, f"D{r}", "Grand Total", bold=True, align="right")
    xcell(ws, f"F{r}", inr(cum), bold=True, align="right", border=TOPBOT)
    assert cum == total
    xcell(ws, f"A{r + 2}", "TDS u/s 194Q @ 0.1% deducted on taxable value. For Kaveri Textiles Ltd. — Accounts Dept.",
          size=9)
    calc_setup(ws, footer="Page &P of &N")
    srcx = src_dir() / "r4-034.xlsx"
    wb.save(srcx)
    fix_xlsx_times(srcx)
    pdf = scan_src("r4-034.pdf")
    SOFFICE_JOBS.append((srcx, pdf))

    def job():
        pages = rasterize(pdf, 150)
        out = [degrade(p, 3434 + i, angle=(0.7 if i == 0 else -1.1), blur=0.7, noise=6, light=0.1, jpeg_q=55)
               for i, p in enumerate(pages)]
        save_pages(out, OUT / f, 150, quality=50)
    SCAN_JOBS.append(job)
    record(f, "libreoffice-calc", payer, pdate, ref, "INR", lines, total=total, scan=True)


def doc35():
    """Brazil - short aviso de pagamento printed from a web page, scanned to PNG (cropped)."""
    rng = random.Random(3535)
    f = "r4-035.png"
    payer = "Distribuidora Paulista de Alimentos S.A."
    pdate = dt.date(2026, 4, 24)
    ref = "77120418"
    rows, lines = [], []
    n = 46020
    for i in range(4):
        n += rng.randint(5, 60)
        d = dt.date(2026, 3, 10) + dt.timedelta(days=rng.randint(0, 30))
        g = amt(rng, 900, 42000)
        desc = q2(g * D("0.03")) if i == 1 else D("0")
        paid = g - desc
        r = f"NF {n}"
        rows.append([r, d.strftime("%d/%m/%Y"), eu(g), eu(desc), eu(paid)])
        lines.append((r, paid, "invoice"))
    total = total_of(lines)
    css = """@page { size: A4; margin: 10mm; } body { font-family:'Liberation Sans',sans-serif; font-size:10pt; }
    .t { font-size:14pt; font-weight:bold; margin:6px 0 10px 0;} table { border-collapse:collapse; width:100%; }
    td, th { border:1px solid #333; padding:5px 6px; } th { background:#ddd; text-align:left;} .r{text-align:right}
    .k td { border:none; padding:2px 10px 2px 0;}"""
    trs = "".join("<tr>" + "".join(f"<td class='{'r' if j >= 2 else ''}'>{h(v)}</td>" for j, v in enumerate(r))
                  + "</tr>" for r in rows)
    body = f"""<div style="width:175mm"><div style="display:flex;justify-content:space-between">
    <div><b style="font-size:12pt">Distribuidora Paulista de Alimentos S.A.</b><br>CNPJ 61.418.222/0001-05<br>
    Av. Marquês de São Vicente, 2219 – São Paulo/SP</div><div style="text-align:right">Tesouraria<br>(11) 3555-0290</div></div>
    <div class="t">AVISO DE PAGAMENTO</div>
    <table class="k"><tr><td><b>Fornecedor:</b></td><td>Kestrel Instrumentos do Brasil Ltda.</td></tr>
    <tr><td><b>Data de pagamento:</b></td><td>{pdate.strftime('%d/%m/%Y')}</td></tr>
    <tr><td><b>Documento de pagamento nº:</b></td><td>{ref}</td></tr>
    <tr><td><b>Valor total:</b></td><td>R$ {eu(total)}</td></tr></table><br>
    <table><tr><th>Nota Fiscal</th><th>Emissão</th><th class='r'>Valor (R$)</th><th class='r'>Desconto (R$)</th><th class='r'>Pago (R$)</th></tr>
    {trs}<tr><td colspan='4' class='r'><b>Total pago</b></td><td class='r'><b>{eu(total)}</b></td></tr></table>
    <p style="font-size:9pt">Desconto comercial conforme acordo de volume 2026. Pagamento via PIX/TED.</p></div>"""
    hp = src_dir() / "r4-035.html"
    hp.write_text(html_page(body, css, "Aviso", "pt-BR"), encoding="utf-8")
    pdf = scan_src("r4-035.pdf")
    CHROME_JOBS.append((hp, pdf))

    def job():
        dpi = 150
        pg = rasterize(pdf, dpi)[0]
        # crop to the printed part (a half-sheet), with a margin
        a = np.asarray(pg)
        ys = np.where((a < 200).any(axis=1))[0]
        xs = np.where((a < 200).any(axis=0))[0]
        box = (max(0, xs.min() - 60), max(0, ys.min() - 70), min(pg.size[0], xs.max() + 60), min(pg.size[1], ys.max() + 90))
        pg = pg.crop(box)
        out = degrade(pg, 3535, angle=1.3, blur=0.9, noise=4, light=0.14, jpeg_q=70, speckle=80)
        out = out.quantize(colors=16, dither=Image.Dither.NONE)
        save_pages([out], OUT / f, dpi)
    SCAN_JOBS.append(job)
    record(f, "image", payer, pdate, ref, "BRL", lines, total=total, scan=True)


def doc36():
    """South Africa - remittance slip photographed/scanned to JPG (colour, uneven light)."""
    rng = random.Random(3636)
    f = "r4-036.jpg"
    payer = "Karoo Agri Co-operative Ltd"
    pdate = dt.date(2026, 4, 28)
    ref = "KAC-EFT-0428-11"
    rows, lines = [], []
    n = 46010
    for i in range(4):
        n += rng.randint(5, 90)
        d = dt.date(2026, 3, 5) + dt.timedelta(days=rng.randint(0, 30))
        g = amt(rng, 1500, 52000)
        r = f"IN0{n}"
        rows.append([r, d.strftime("%d/%m/%Y"), "R" + us(g)])
        lines.append((r, g, "invoice"))
    cr = D("-2210.00")
    rows.append(["CR001388", "14/04/2026", "-R2,210.00"])
    lines.append(("CR001388", cr, "credit_note"))
    total = total_of(lines)
    src = scan_src("r4-036.pdf")
    size = (A4[0], A4[1] / 2)
    c = new_canvas(src, size, "slip")
    W, H = size
    txt(c, 36, H - 40, "KAROO AGRI CO-OPERATIVE LTD", "LS-B", 14)
    txt(c, 36, H - 54, "Voortrekker Street 45, Beaufort West, 6970  ·  Tel 023 555 0117  ·  VAT 4120188345", "LS", 8)
    txt(c, W - 36, H - 40, "REMITTANCE ADVICE", "LS-B", 11, "r")
    lines_of(c, 36, H - 84, ["To: Kestrel Instruments South Africa (Pty) Ltd", "Unit 7, Linbro Business Park, Sandton"],
             "LS", 9.5, 12)
    for i, (k, v) in enumerate((("Date paid", pdate.strftime("%d/%m/%Y")), ("EFT Ref", ref), ("Our acc no", "KES01"))):
        txt(c, 360, H - 84 - i * 12, k, "LS", 9.5)
        txt(c, W - 36, H - 84 - i * 12, v, "LS-B", 9.5, "r")
    y = table_rows(c, 36, H - 130, [180, 140, 203], [["Your Invoice", "Invoice Date", "Amount Paid"]] + rows,
                   ["l", "l", "r"], "LS", 9.5, row_h=16, header_rows=1, header_font="LS-B", vlines=True, box=True)
    txt(c, W - 36 - 3, y - 16, "TOTAL PAID:  R" + us(total), "LS-B", 10.5, "r")
    txt(c, 36, 30, "Thank you. Please e-mail statements to creditors@karooagri.co.za", "LS", 8)
    c.showPage()
    c.save()

    def job():
        dpi = 150
        pg = rasterize(src, dpi, color=True)[0]
        a = np.asarray(pg).astype(np.float32)
        a = a * np.array([1.0, 0.975, 0.91])  # warm paper
        pg = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))
        # put the slip on a darker background like a photographed page
        bg = Image.new("RGB", (pg.size[0] + 80, pg.size[1] + 80), (92, 88, 80))
        bg.paste(pg, (40, 40))
        out = degrade(bg, 3636, angle=1.6, blur=1.0, noise=6, light=0.22, jpeg_q=68, paper=238, speckle=60)
        save_pages([out], OUT / f, dpi, quality=62)
    SCAN_JOBS.append(job)
    record(f, "image", payer, pdate, ref, "ZAR", lines, total=total, scan=True)


def _tick(d, x, y, s, color, rng, width=3):
    pts = [(x, y), (x + 0.35 * s, y + 0.45 * s), (x + 1.1 * s, y - 0.6 * s)]
    pts = [(px + rng.uniform(-1.5, 1.5), py + rng.uniform(-1.5, 1.5)) for px, py in pts]
    d.line(pts, fill=color, width=width, joint="curve")


def doc37():
    """Poland - specyfikacja przelewu, scanned in colour with hand-made blue ticks by the clerk."""
    rng = random.Random(3737)
    f = "r4-037.pdf"
    payer = "Mazowieckie Centrum Logistyczne Sp. z o.o."
    pdate = dt.date(2026, 4, 30)
    rows, lines = [], []
    n = 188
    for i in range(5):
        n += rng.randint(4, 20)
        d = dt.date(2026, 3, 3) + dt.timedelta(days=rng.randint(0, 26))
        g = amt(rng, 600, 36000)
        r = f"FV {n}/03/2026"
        rows.append([str(i + 1), r, d.strftime("%d.%m.%Y"), fr(g, " ") + " zł"])
        lines.append((r, g, "invoice"))
    k = D("-1377.60")
    rows.append(["6", "KOR 7/03/2026", "27.03.2026", fr(k, " ") + " zł"])
    lines.append(("KOR 7/03/2026", k, "credit_note"))
    total = total_of(lines)
    d = Docx(font="Liberation Serif", size=11)
    d.p([("Mazowieckie Centrum Logistyczne Sp. z o.o.", {"b": True, "size": 13})], after=0)
    d.p("Al. Katowicka 62, 05-830 Nadarzyn · NIP 534-255-71-88", size=9, after=20)
    d.p([("SPECYFIKACJA PRZELEWU", {"b": True, "size": 14})], align="c", after=4)
    d.p(f"z dnia {pdate.strftime('%d.%m.%Y')}", align="c", after=16)
    d.p("Kontrahent: Kestrel Instruments Polska Sp. z o.o., ul. Mogilska 41, 31-545 Kraków", after=4)
    d.p(f"Data przelewu: {pdate.strftime('%d.%m.%Y')}      Kwota przelewu: {fr(total, ' ')} zł", after=12)
    d.table([["Lp.", "Dokument", "Data dokumentu", "Kwota zapłacona"]] + rows
            + [[("Razem", 3), fr(total, " ") + " zł"]],
            [1.3, 5.5, 3.8, 4.6], ["c", "l", "l", "r"], size=11, bold_rows=(len(rows) + 1,))
    d.p("", after=10)
    d.p("Korekta KOR 7/03/2026 rozliczona w ciężar niniejszej płatności.", size=10, after=30)
    d.p("Sporządził: A. Wójcik, dział finansowy", size=10)
    srcx = src_dir() / "r4-037.docx"
    d.save(srcx)
    pdf = scan_src("r4-037.pdf")
    SOFFICE_JOBS.append((srcx, pdf))

    def job():
        dpi = 150
        pg = rasterize(pdf, dpi, color=True)[0]
        dr = ImageDraw.Draw(pg)
        trng = random.Random(37)
        ink = (28, 48, 150)
        razem_y = word_boxes(pdf, "Razem")[-1][2]
        for r, _, _ in lines:
            boxes = word_boxes(pdf, r.split(" ")[-1])
            for (_, x0, y0, x1, y1) in boxes:
                if y0 < razem_y:  # table rows only, not the note below the table
                    ymid = (y0 + y1) / 2 * dpi / 72
                    # tick in the left margin of the row
                    _tick(dr, int(45 * dpi / 72) + trng.randint(-4, 4), int(ymid + 4), 22, ink, trng, width=3)
        tb = word_boxes(pdf, "Razem")
        if tb:
            _, x0, y0, x1, y1 = tb[-1]
            fnt = ImageFont.truetype(F_LIBSANS_I, 30)
            dr.text((int(pg.size[0] * 0.83), int(y0 * dpi / 72) - 4), "OK AW", font=fnt, fill=ink)
            yb = int(y1 * dpi / 72) + 6
            dr.line([(int(pg.size[0] * 0.62), yb), (int(pg.size[0] * 0.82), yb + 3)], fill=ink, width=3)
        out = degrade(pg, 3737, angle=-0.7, blur=0.6, noise=5, light=0.1, jpeg_q=60)
        save_pages([out], OUT / f, dpi, quality=55)
    SCAN_JOBS.append(job)
    record(f, "libreoffice-writer", payer, pdate, None, "PLN", lines, total=total, scan=True)


def doc38():
    """Switzerland (Romandie) - avis de paiement in French, CHF 1’234.50, sent by fax."""
    rng = random.Random(3838)
    f = "r4-038.pdf"
    payer = "Électro-Léman SA"
    pdate = dt.date(2026, 5, 5)
    ref = "4471-0505"
    rows, lines = [], []
    n = 410
    for i in range(6):
        n += rng.randint(2, 12)
        d = dt.date(2026, 3, 20) + dt.timedelta(days=rng.randint(0, 30))
        g = round_to(amt(rng, 300, 15000), D("0.05"))
        esc = round_to(g * D("0.02"), D("0.05")) if i in (0, 3) else D("0")
        paid = g - esc
        r = f"RE-2026-{n:04d}"
        rows.append([r, d.strftime("%d.%m.%Y"), ch(g, "’"), ch(esc, "’") if esc else "–", ch(paid, "’")])
        lines.append((r, paid, "invoice"))
    total = total_of(lines)
    d = Docx(font="Liberation Sans", size=10.5, margins_cm=(2.4, 2.0, 2.0, 2.0))
    d.p([("ÉLECTRO-LÉMAN SA", {"b": True, "size": 15})], after=0)
    d.p("Route de Meyrin 120 · 1217 Meyrin (GE) · Tél. 022 555 07 40 · Fax 022 555 07 49", size=9, after=22)
    d.p("Kestrel Instruments (Schweiz) AG\nComptabilité débiteurs\nIndustriestrasse 9\n6300 Zug", indent=9.0, after=20)
    d.p([("AVIS DE PAIEMENT", {"b": True, "size": 13})], after=8)
    d.p(f"Date de paiement : {pdate.strftime('%d.%m.%Y')}\nOrdre de paiement n° : {ref}\nMonnaie : CHF", after=12)
    d.p("Madame, Monsieur, nous avons le plaisir de vous informer que nous avons réglé les factures suivantes :",
        after=8)
    d.table([["Votre facture n°", "Date", "Montant", "Escompte", "Montant payé"]] + rows
            + [[("Total payé CHF", 4), ch(total, "’")]],
            [3.8, 2.8, 3.2, 2.6, 3.4], ["l", "l", "r", "r", "r"], size=10, bold_rows=(len(rows) + 1,))
    d.p("", after=10)
    d.p("Meilleures salutations\nÉlectro-Léman SA – Comptabilité fournisseurs", after=0)
    srcx = src_dir() / "r4-038.docx"
    d.save(srcx)
    pdf = scan_src("r4-038.pdf")
    SOFFICE_JOBS.append((srcx, pdf))

    def job():
        pages = rasterize(pdf, 200)
        hdr = "05-MAI-2026 10:07  DE: ELECTRO-LEMAN SA +41225550749           P. 1/1"
        out = [fax_look(p, 3838, angle=-0.6, header=hdr, thresh=140) for p in pages]
        save_pages(out, OUT / f, 200)
    SCAN_JOBS.append(job)
    record(f, "libreoffice-writer", payer, pdate, ref, "CHF", lines, total=total, scan=True)


def doc39():
    """France - avis de règlement from a spreadsheet, scanned with uneven lighting."""
    rng = random.Random(3939)
    f = "r4-039.pdf"
    payer = "Transports Garonne Frères SAS"
    pdate = dt.date(2026, 5, 12)
    ref = "000871"
    rows, lines = [], []
    n = 140
    piece = 60310
    for i in range(7):
        n += rng.randint(2, 11)
        piece += rng.randint(1, 20)
        d = dt.date(2026, 3, 16) + dt.timedelta(days=rng.randint(0, 35))
        g = amt(rng, 150, 9800)
        esc = q2(g * D("0.015")) if i == 2 else D("0")
        paid = g - esc
        r = f"2026/INV/{n}"
        rows.append([f"ACH{piece}", r, d.strftime("%d/%m/%Y"), fr(g, " ") + " €", fr(esc, " ") + " €",
                     fr(paid, " ") + " €"])
        lines.append((r, paid, "invoice"))
    av = D("-356.40")
    rows.append([f"ACH{piece + 4}", "2026/AV/12", "22/04/2026", fr(av, " ") + " €", "0,00 €", fr(av, " ") + " €"])
    lines.append(("2026/AV/12", av, "credit_note"))
    total = total_of(lines)
    wb = Workbook()
    ws = wb.active
    ws.title = "Règlement"
    for col, w in zip("ABCDEF", (12, 15, 12, 15, 12, 15)):
        ws.column_dimensions[col].width = w
    xcell(ws, "A1", "TRANSPORTS GARONNE FRÈRES", bold=True, size=15, color="1F3864")
    xcell(ws, "A2", "Transports Garonne Frères SAS · 8 quai de Bacalan · 33300 Bordeaux · SIRET 412 118 774 00027",
          size=8.5)
    xcell(ws, "A4", "AVIS DE RÈGLEMENT", bold=True, size=13)
    for i, (k, v) in enumerate((("Fournisseur", "KESTREL INSTRUMENTS FRANCE SAS"), ("Date de règlement", pdate.strftime("%d/%m/%Y")),
                                ("Mode de règlement", "Virement SEPA"), ("Virement n°", ref),
                                ("Montant", fr(total, " ") + " €"))):
        xcell(ws, f"A{6 + i}", k, bold=True)
        xcell(ws, f"C{6 + i}", v)
    hr = 12
    for j, hh in enumerate(["Notre n° pièce", "Votre n° facture", "Date", "Montant TTC", "Escompte", "Net réglé"]):
        xcell(ws, f"{'ABCDEF'[j]}{hr}", hh, bold=True, border=BOX, fill="DDEBF7", align="right" if j >= 3 else "left")
    for i, row in enumerate(rows):
        for j, v in enumerate(row):
            xcell(ws, f"{'ABCDEF'[j]}{hr + 1 + i}", v, border=BOX, align="right" if j >= 3 else "left")
        ws.row_dimensions[hr + 1 + i].height = 20
    tr = hr + 1 + len(rows)
    xcell(ws, f"E{tr}", "Total", bold=True, align="right")
    xcell(ws, f"F{tr}", fr(total, " ") + " €", bold=True, align="right", border=TOPBOT)
    xcell(ws, f"A{tr + 2}", "Nous vous remercions de bien vouloir lettrer ce règlement. Contact : compta@garonne-freres.fr",
          size=9)
    calc_setup(ws)
    srcx = src_dir() / "r4-039.xlsx"
    wb.save(srcx)
    fix_xlsx_times(srcx)
    pdf = scan_src("r4-039.pdf")
    SOFFICE_JOBS.append((srcx, pdf))

    def job():
        pages = rasterize(pdf, 150)
        out = [degrade(p, 3939, angle=1.2, blur=0.9, noise=8, light=0.30, jpeg_q=50, contrast=1.1) for p in pages]
        save_pages(out, OUT / f, 150, quality=50)
    SCAN_JOBS.append(job)
    record(f, "libreoffice-calc", payer, pdate, ref, "EUR", lines, total=total, scan=True)


def doc40():
    """Sweden - betalningsspecifikation (HTML print), 'Er referens' is a person, scanned grey."""
    rng = random.Random(4040)
    f = "r4-040.pdf"
    payer = "Vänerhamn Trä AB"
    pdate = dt.date(2026, 5, 15)
    ref = "88412"
    rows, lines = [], []
    n = 100512
    people = ["Johan Ek", "Sara Berg", "Johan Ek", "Mikael Holm", "Sara Berg", "Johan Ek"]
    for i in range(6):
        n += rng.randint(3, 25)
        d = dt.date(2026, 4, 1) + dt.timedelta(days=rng.randint(0, 25))
        g = amt(rng, 2000, 64000)
        r = str(n)
        rows.append([r, people[i], d.isoformat(), (d + dt.timedelta(days=30)).isoformat(), fr(g, " ")])
        lines.append((r, g, "invoice"))
    k = D("-6250.00")
    rows.append(["100498", "Johan Ek", "2026-04-09", "", fr(k, " ")])
    lines.append(("100498", k, "credit_note"))
    total = total_of(lines)
    css = """@page { size: A4; margin: 18mm; } body { font-family:'DejaVu Sans',sans-serif; font-size:9.5pt;}
    table.l { width:100%; border-collapse:collapse; margin-top:12px;} table.l th { text-align:left; border-bottom:1.5px solid #000; padding:4px;}
    table.l td { padding:4px; border-bottom:0.5px solid #aaa;} .r { text-align:right !important;}"""
    trs = "".join("<tr>" + "".join(f"<td class='{'r' if j == 4 else ''}'>{h(v)}</td>" for j, v in enumerate(r))
                  + "</tr>" for r in rows)
    body = f"""<table style="width:100%"><tr><td><b style="font-size:15pt">Vänerhamn Trä AB</b><br>Hamnvägen 4, 462 33 Vänersborg<br>
    Org.nr 556771-2044</td><td style="text-align:right;vertical-align:top"><b style="font-size:12pt">BETALNINGSSPECIFIKATION</b><br>
    Betaldatum: {pdate.isoformat()}<br>Verifikationsnr: {ref}</td></tr></table>
    <p style="margin-top:22px">Till: Kestrel Instruments Sverige AB, Flöjelbergsgatan 16, 431 37 Mölndal<br>
    Betalt till bankgiro 5521-4471. Belopp i SEK.</p>
    <table class="l"><tr><th>Fakturanr</th><th>Er referens</th><th>Fakturadatum</th><th>Förfallodatum</th><th class="r">Belopp</th></tr>
    {trs}<tr><td colspan="4"><b>Totalt betalt</b></td><td class="r"><b>{fr(total, ' ')}</b></td></tr></table>
    <p style="margin-top:18px">Kreditfaktura 100498 är avräknad. Vid frågor kontakta leverantorsreskontra@vanerhamntra.se</p>"""
    hp = src_dir() / "r4-040.html"
    hp.write_text(html_page(body, css, "Betalningsspecifikation", "sv"), encoding="utf-8")
    pdf = scan_src("r4-040.pdf")
    CHROME_JOBS.append((hp, pdf))

    def job():
        pages = rasterize(pdf, 200)
        out = [degrade(p, 4040, angle=-0.4, blur=1.1, noise=9, light=0.12, jpeg_q=45) for p in pages]
        save_pages(out, OUT / f, 200, quality=45)
    SCAN_JOBS.append(job)
    record(f, "chromium", payer, pdate, ref, "SEK", lines, total=total, scan=True)


# ---------------------------------------------------------------------------
# main
# ---------------------------------------------------------------------------

def main():
    for d in (TMP,):
        if d.exists():
            shutil.rmtree(d)
        d.mkdir(parents=True)
    for old in OUT.glob("r4-*"):
        old.unlink()
    tp = OUT / "truth.jsonl"
    if tp.exists():
        tp.unlink()
    docs = [doc01, doc02, doc03, doc04, doc05, doc06, doc07, doc08, doc09, doc10,
            doc11, doc12, doc13, doc14, doc15, doc16, doc17, doc18, doc19, doc20,
            doc21, doc22, doc23, doc24, doc25, doc26, doc27, doc28, doc29, doc30,
            doc31, doc32, doc33, doc34, doc35, doc36, doc37, doc38, doc39, doc40]
    for fn in docs:
        fn()
    # LibreOffice: one batch conversion, then move to the final names
    conv = TMP / "conv"
    pdfs = soffice_pdf([s for s, _ in SOFFICE_JOBS], conv)
    for (s, dest), p in zip(SOFFICE_JOBS, pdfs):
        shutil.copyfile(p, dest)
    for hp, pdf in CHROME_JOBS:
        chromium_pdf(hp, pdf)
    for job in SCAN_JOBS:
        job()
    names = sorted(TRUTH)
    assert [Path(n).stem for n in names] == [f"r4-{i:03d}" for i in range(1, 41)], names
    for n in names:
        assert (OUT / n).exists(), n
    with open(tp, "w", encoding="utf-8") as fh:
        for n in names:
            fh.write(json.dumps(TRUTH[n], ensure_ascii=False) + "\n")
    print(f"wrote {len(names)} documents + truth.jsonl to {OUT}")


if __name__ == "__main__":
    main()
