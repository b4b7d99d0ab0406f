#!/usr/bin/env python3
"""Build the R2 hold-out set of remittance advices (45 documents + truth.jsonl).

Deterministic: every random choice comes from seeded generators, every PDF gets
fixed creation dates, zip members get fixed timestamps.  Run with the project's
venv python (needs reportlab, openpyxl, Pillow, numpy) on a machine with
LibreOffice (soffice), Chromium and poppler-utils (pdftoppm).

    /work/main/.venv/bin/python make.py
"""
import io
import json
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile
import datetime as dt
import quopri
from decimal import Decimal, ROUND_HALF_UP
from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont
from reportlab.lib.pagesizes import A4, landscape, LETTER
from reportlab.lib.units import mm
from reportlab.lib.colors import black, white, Color
from reportlab.pdfgen import canvas as rl_canvas_mod
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

HERE = Path(__file__).resolve().parent
TMP = Path(tempfile.mkdtemp(prefix="r2make-"))
D = Decimal
C2 = D("0.01")
FIXED_STAMP = b"20260328093000"   # used to overwrite PDF CreationDate/ModDate digits


def q(x):
    return D(x).quantize(C2, ROUND_HALF_UP)


# --------------------------------------------------------------------------
# fonts
# --------------------------------------------------------------------------
LIB = "/usr/share/fonts/truetype/liberation/"
FONTS = {
    "LS": LIB + "LiberationSans-Regular.ttf",
    "LSB": LIB + "LiberationSans-Bold.ttf",
    "LSI": LIB + "LiberationSans-Italic.ttf",
    "LN": LIB + "LiberationSansNarrow-Regular.ttf",
    "LNB": LIB + "LiberationSansNarrow-Bold.ttf",
    "SR": LIB + "LiberationSerif-Regular.ttf",
    "SRB": LIB + "LiberationSerif-Bold.ttf",
    "SRI": LIB + "LiberationSerif-Italic.ttf",
    "LM": LIB + "LiberationMono-Regular.ttf",
    "LMB": LIB + "LiberationMono-Bold.ttf",
    "DV": "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
    "DVB": "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
    "DVC": "/usr/share/fonts/truetype/dejavu/DejaVuSansCondensed.ttf",
    "DVCB": "/usr/share/fonts/truetype/dejavu/DejaVuSansCondensed-Bold.ttf",
    "CJK": "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf",
}
for _n, _p in FONTS.items():
    pdfmetrics.registerFont(TTFont(_n, _p))

GREY = Color(0.45, 0.45, 0.45)
LIGHT = Color(0.88, 0.88, 0.88)
PALE = Color(0.94, 0.94, 0.94)

# --------------------------------------------------------------------------
# supplier (the payee) and its branches
# --------------------------------------------------------------------------
ADL = ["Red Gum Laboratory Supplies Pty Ltd", "18 Kintore Avenue", "Adelaide SA 5000", "Australia"]
AKL = ["Red Gum Laboratory Supplies Pty Ltd - Auckland Branch", "Unit 4, 27 Gaunt Street",
       "Wynyard Quarter, Auckland 1010", "New Zealand"]
KUL = ["Red Gum Laboratory Supplies Pty Ltd (Kuala Lumpur Branch)", "Level 12, Menara Kencana",
       "Jalan Sultan Ismail, 50250 Kuala Lumpur", "Malaysia"]
CEB = ["Red Gum Laboratory Supplies Pty Ltd - Cebu Branch", "Unit 804, Ayala Business Tower",
       "Cebu Business Park, Cebu City 6000", "Philippines"]


# --------------------------------------------------------------------------
# small helpers
# --------------------------------------------------------------------------
def fmt(x, th=",", dc=".", neg="-", sym="", sp=""):
    """Format a Decimal amount. neg: '-', '()', 'trail', 'CR', 'symneg' (-$1.00)."""
    x = q(x)
    s = f"{abs(x):,.2f}".replace(",", "\x00").replace(".", dc).replace("\x00", th)
    if sym:
        s = sym + sp + s
    if x < 0:
        if neg == "-":
            s = "-" + s
        elif neg == "()":
            s = "(" + s + ")"
        elif neg == "trail":
            s = s + "-"
        elif neg == "CR":
            s = s + " CR"
        else:
            raise ValueError(neg)
    return s


MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
MONTH = ["January", "February", "March", "April", "May", "June", "July", "August",
         "September", "October", "November", "December"]
MON_MS = ["Jan", "Feb", "Mac", "Apr", "Mei", "Jun", "Jul", "Ogos", "Sep", "Okt", "Nov", "Dis"]


def df(d, style):
    if style == "dmy/":
        return f"{d.day:02d}/{d.month:02d}/{d.year}"
    if style == "dmy/short":
        return f"{d.day}/{d.month}/{d.year}"
    if style == "dmy/yy":
        return f"{d.day:02d}/{d.month:02d}/{d.year % 100:02d}"
    if style == "mdy/":
        return f"{d.month:02d}/{d.day:02d}/{d.year}"
    if style == "dmy.":
        return f"{d.day:02d}.{d.month:02d}.{d.year}"
    if style == "dmy-":
        return f"{d.day:02d}-{d.month:02d}-{d.year}"
    if style == "iso":
        return d.isoformat()
    if style == "d-Mon-y":
        return f"{d.day:02d}-{MON[d.month-1]}-{d.year}"
    if style == "D-MON-Y":
        return f"{d.day:02d}-{MON[d.month-1].upper()}-{d.year}"
    if style == "d Mon y":
        return f"{d.day} {MON[d.month-1]} {d.year}"
    if style == "d Month y":
        return f"{d.day} {MONTH[d.month-1]} {d.year}"
    if style == "Month d, y":
        return f"{MONTH[d.month-1]} {d.day}, {d.year}"
    if style == "Mon d, y":
        return f"{MON[d.month-1]} {d.day}, {d.year}"
    if style == "cn":
        return f"{d.year}年{d.month}月{d.day}日"
    if style == "ms":
        return f"{d.day} {MON_MS[d.month-1]} {d.year}"
    raise ValueError(style)


def amt(rng, lo, hi):
    return q(D(rng.randint(int(lo * 100), int(hi * 100))) / 100)


def inv_dates(rng, n, pay, lo=14, hi=75):
    ds = sorted(pay - dt.timedelta(days=rng.randint(lo, hi)) for _ in range(n))
    return ds


class Ln(dict):
    """One remittance line: ref, kind, amt (the paid amount) + display extras."""
    __getattr__ = dict.get


def make_lines(rng, n, refs, pay, lo, hi, credits=(), credit_refs=(), credit_lo=40, credit_hi=600):
    """refs: list of n invoice refs; credits: positions (indices into final list) of credit notes."""
    out = []
    dates = inv_dates(rng, n + len(credits), pay)
    ri = iter(refs)
    ci = iter(credit_refs)
    for i in range(n + len(credits)):
        if i in credits:
            out.append(Ln(ref=next(ci), kind="credit_note", amt=-amt(rng, credit_lo, credit_hi), date=dates[i]))
        else:
            out.append(Ln(ref=next(ri), kind="invoice", amt=amt(rng, lo, hi), date=dates[i]))
    return out


def rg_refs(rng, n, start=104000):
    v = start + rng.randint(0, 900)
    out = []
    for _ in range(n):
        v += rng.randint(1, 37)
        out.append(f"RG-{v}")
    return out


def seq_refs(rng, n, pat, start, step=(1, 29)):
    v = start
    out = []
    for _ in range(n):
        v += rng.randint(*step)
        out.append(pat.format(v))
    return out


def tsum(lines):
    return sum((l.amt for l in lines), D("0.00"))


TRUTH = []


def truth(file, tool, scan, payer, date, ref, cur, total, lines):
    t = {
        "file": file, "tool": tool, "scan": scan, "payer": payer,
        "payment_date": date.isoformat() if date else None,
        "reference": ref, "currency": cur,
        "total": str(q(total)) if total is not None else None,
        "lines": [{"invoice_ref": l.ref, "paid_amount": str(q(l.amt)), "kind": l.kind} for l in lines],
    }
    if total is not None:
        assert q(total) == q(tsum(lines)), (file, total, tsum(lines))
    for l in lines:
        assert (l.amt < 0) == (l.kind == "credit_note"), (file, l)
    TRUTH.append(t)
    return t


def words(n):
    ones = ("zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
            "fifteen sixteen seventeen eighteen nineteen").split()
    tens = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()
    if n < 20:
        return ones[n]
    if n < 100:
        return tens[n // 10] + ("-" + ones[n % 10] if n % 10 else "")
    if n < 1000:
        return ones[n // 100] + " hundred" + (" and " + words(n % 100) if n % 100 else "")
    if n < 1_000_000:
        r = n % 1000
        return words(n // 1000) + " thousand" + ((" and " if r < 100 else " ") + words(r) if r else "")
    r = n % 1_000_000
    return words(n // 1_000_000) + " million" + ((" and " if r < 100 else " ") + words(r) if r else "")


# --------------------------------------------------------------------------
# PDF post-processing for LibreOffice / Chromium output
# --------------------------------------------------------------------------
def _fix_date(m):
    s = m.group(0)
    i = s.index(b"D:") + 2
    return s[:i] + FIXED_STAMP + s[i + 14:]


def fix_pdf(path):
    b = Path(path).read_bytes()
    b = re.sub(rb"/(?:CreationDate|ModDate)\s*\(D:\d{14}", _fix_date, b)
    # XMP metadata dates (LibreOffice)
    b = re.sub(rb"(<xmp:(?:CreateDate|ModifyDate|MetadataDate)>)(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d)",
               lambda m: m.group(1) + b"2026-03-28T09:30:00", b)

    def _id(m):
        return re.sub(rb"<[0-9A-Fa-f]+>", lambda k: b"<" + (b"5E2D" * 64)[:len(k.group(0)) - 2] + b">", m.group(0))
    b = re.sub(rb"/ID\s*\[\s*<[0-9A-Fa-f]+>\s*<[0-9A-Fa-f]+>\s*\]", _id, b)
    b = re.sub(rb"/DocChecksum\s*/[0-9A-Fa-f]+",
               lambda m: re.sub(rb"/[0-9A-Fa-f]+$", lambda k: b"/" + b"0" * (len(k.group(0)) - 1), m.group(0)), b)
    Path(path).write_bytes(b)


def soffice_pdf(src, out):
    outdir = TMP / ("lo-" + Path(src).stem)
    outdir.mkdir(exist_ok=True)
    subprocess.run(["soffice", "--headless", "-env:UserInstallation=file:///tmp/r2-lo",
                    "--convert-to", "pdf", "--outdir", str(outdir), str(src)],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300)
    shutil.copyfile(outdir / (Path(src).stem + ".pdf"), out)
    fix_pdf(out)


def chromium_pdf(html_text, out):
    src = TMP / (Path(out).stem + ".html")
    src.write_text(html_text, encoding="utf-8")
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                    "--print-to-pdf=" + str(out), src.as_uri()],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300)
    fix_pdf(out)


def fix_zip(path):
    """Rewrite a zip (xlsx) with fixed member timestamps and order."""
    src = zipfile.ZipFile(path)
    items = [(i.filename, src.read(i.filename)) for i in src.infolist()]
    src.close()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            if name == "docProps/core.xml":
                data = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*", rb"\g<1>2026-03-18T10:12:00Z", data)
            zi = zipfile.ZipInfo(name, date_time=(2026, 3, 28, 9, 30, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            z.writestr(zi, data)


# --------------------------------------------------------------------------
# reportlab drawing helpers
# --------------------------------------------------------------------------
def rlc(path, size=A4, title="", author="", creator=""):
    c = rl_canvas_mod.Canvas(str(path), pagesize=size, invariant=1, pageCompression=1)
    c.setTitle(title)
    c.setAuthor(author)
    c.setCreator(creator)
    return c


def tx(c, x, y, s, f="LS", sz=9, al="l", col=None):
    c.setFont(f, sz)
    if col is not None:
        c.setFillColor(col)
    if al == "l":
        c.drawString(x, y, s)
    elif al == "r":
        c.drawRightString(x, y, s)
    else:
        c.drawCentredString(x, y, s)
    if col is not None:
        c.setFillColor(black)


def hline(c, x0, x1, y, w=0.5, col=black, dash=None):
    c.setStrokeColor(col)
    c.setLineWidth(w)
    if dash:
        c.setDash(*dash)
    c.line(x0, y, x1, y)
    if dash:
        c.setDash()
    c.setStrokeColor(black)


def vline(c, x, y0, y1, w=0.5, col=black):
    c.setStrokeColor(col)
    c.setLineWidth(w)
    c.line(x, y0, x, y1)
    c.setStrokeColor(black)


def box(c, x, y, w, h, lw=0.5, fill=None, stroke=True):
    c.setLineWidth(lw)
    if fill is not None:
        c.setFillColor(fill)
    c.rect(x, y, w, h, stroke=1 if stroke else 0, fill=1 if fill is not None else 0)
    c.setFillColor(black)


def row(c, y, cells, cols, f="LS", sz=8.5, col=None):
    """cells: list of strings; cols: list of (x, align)."""
    for s, (x, al) in zip(cells, cols):
        if s is None or s == "":
            continue
        tx(c, x, y, s, f, sz, al, col)


def wrap(text, f, sz, width):
    out = []
    for para in text.split("\n"):
        cur = ""
        for w in para.split(" "):
            t = (cur + " " + w) if cur else w
            if pdfmetrics.stringWidth(t, f, sz) <= width:
                cur = t
            else:
                out.append(cur)
                cur = w
        out.append(cur)
    return out


def para(c, x, y, text, f="LS", sz=9, width=170 * mm, lead=None):
    lead = lead or sz * 1.3
    for ln in wrap(text, f, sz, width):
        tx(c, x, y, ln, f, sz)
        y -= lead
    return y


# ==========================================================================
# reportlab layouts (each takes an output path and a data dict)
# ==========================================================================
def lay_sap(path, d):
    """SAP F110-style 'Payment Advice Note'."""
    c = rlc(path, title=d["title"], author=d["payer"], creator="SAP NetWeaver Application Server / Smart Forms")
    W, H = A4
    L, R = 20 * mm, W - 18 * mm
    y = H - 18 * mm
    tx(c, L, y, d["payer"], "LSB", 12)
    for i, a in enumerate(d["payer_addr"]):
        tx(c, L, y - 13 - i * 10, a, "LS", 8)
    tx(c, R, y, d["title"], "LSB", 14, "r")
    yw = H - 58 * mm
    tx(c, L, yw + 14, d["payer"] + ", " + d["payer_addr"][0] + ", " + d["payer_addr"][1], "LS", 6)
    hline(c, L, L + 85 * mm, yw + 11, 0.3)
    for i, a in enumerate(d["to"]):
        tx(c, L, yw - i * 11.5, a, "LS", 9.5)
    xl, xv = 120 * mm, 162 * mm
    for i, (k, v) in enumerate(d["kv"]):
        tx(c, xl, yw + 14 - i * 11.5, k, "LS", 8.5)
        tx(c, xv, yw + 14 - i * 11.5, v, "LS", 8.5)
    y = yw - 62
    y = para(c, L, y, d["intro"], "LS", 9, R - L) - 12
    cols = [(L, "l"), (L + 27 * mm, "l"), (L + 60 * mm, "l"), (L + 113 * mm, "r"), (L + 140 * mm, "r"), (R, "r")]
    hline(c, L, R, y + 11, 0.8)
    row(c, y, d["head"], cols, "LSB", 8.5)
    hline(c, L, R, y - 4, 0.8)
    y -= 17
    tg = td = tn = D(0)
    neg = d.get("neg", "trail")
    for l in d["lines"]:
        row(c, y, [l.doc, l.ref, df(l.date, "dmy."), fmt(l.gross, neg=neg), fmt(l.disc, neg=neg), fmt(l.amt, neg=neg)],
            cols, "LM", 8.5)
        tg += l.gross
        td += l.disc
        tn += l.amt
        y -= 13
    hline(c, L + 90 * mm, R, y + 8, 0.5)
    row(c, y - 3, [d["sum_label"], "", "", fmt(tg, neg=neg), fmt(td, neg=neg), fmt(tn, neg=neg)], cols, "LMB", 8.5)
    y -= 30
    tx(c, L, y, d["pay_label"], "LSB", 10)
    tx(c, R, y, d["cur"] + "  " + fmt(tn), "LSB", 10, "r")
    hline(c, L, R, y - 5, 1.2)
    y -= 30
    for ln in d.get("closing", []):
        tx(c, L, y, ln, "LS", 9)
        y -= 12
    hline(c, L, R, 22 * mm, 0.3)
    for i, ln in enumerate(d["footer"]):
        tx(c, L, 22 * mm - 10 - i * 8, ln, "LS", 6.5)
    c.showPage()
    c.save()


def lay_netsuite(path, d):
    """NetSuite-style Bill Payment remittance."""
    c = rlc(path, size=LETTER, title="Bill Payment " + d["num"], author=d["payer"], creator="NetSuite")
    W, H = LETTER
    L, R = 0.6 * 72, W - 0.6 * 72
    y = H - 0.7 * 72
    box(c, L, y - 30, 36, 36, 0, fill=Color(0.2, 0.35, 0.5), stroke=False)
    tx(c, L + 18, y - 17, d["logo"], "LSB", 13, "c", white)
    tx(c, L + 44, y - 2, d["payer"], "LSB", 11)
    for i, a in enumerate(d["payer_addr"]):
        tx(c, L + 44, y - 14 - i * 10, a, "LS", 8)
    tx(c, R, y - 6, "Bill Payment", "LS", 22, "r", GREY)
    kv = d["kv"]
    yk = y - 30
    for i, (k, v) in enumerate(kv):
        box(c, R - 190, yk - 4 - i * 15, 80, 15, 0.4, fill=PALE)
        box(c, R - 110, yk - 4 - i * 15, 110, 15, 0.4)
        tx(c, R - 186, yk + 0.5 - i * 15, k, "LSB", 8)
        tx(c, R - 4, yk + 0.5 - i * 15, v, "LS", 8.5, "r")
    y = yk - len(kv) * 15 - 20
    tx(c, L, y, "Pay To", "LSB", 9)
    for i, a in enumerate(d["to"]):
        tx(c, L, y - 12 - i * 10.5, a, "LS", 9)
    tx(c, L + 300, y, "Vendor #", "LSB", 9)
    tx(c, L + 300, y - 12, d["vendor_no"], "LS", 9)
    tx(c, L + 300, y - 30, "Memo", "LSB", 9)
    tx(c, L + 300, y - 42, d["memo"], "LS", 9)
    y -= 12 + len(d["to"]) * 10.5 + 26
    xs = [L, L + 62, L + 120, L + 230, L + 318, L + 400, R]
    cols = [(L + 4, "l"), (L + 66, "l"), (L + 124, "l"), (L + 314, "r"), (L + 396, "r"), (L + 452, "r"), (R - 4, "r")]
    box(c, L, y - 5, R - L, 16, 0.4, fill=Color(0.85, 0.88, 0.92))
    row(c, y, d["head"], cols, "LSB", 8)
    y -= 18
    for l in d["lines"]:
        typ = "Bill" if l.kind != "credit_note" else "Bill Credit"
        row(c, y, [df(l.date, d["ds"]), typ, l.ref, fmt(l.orig, neg="()"), fmt(l.due, neg="()"),
                   fmt(l.disc, neg="()") if l.disc else "", fmt(l.amt, neg="()")], cols, "LS", 8.5)
        hline(c, L, R, y - 5, 0.25, LIGHT)
        y -= 16
    y -= 8
    tot = tsum(d["lines"])
    tx(c, L + 400, y, "Total", "LSB", 9)
    tx(c, R - 4, y, d["sym"] + fmt(tot), "LSB", 9, "r")
    hline(c, L + 396, R, y - 5, 0.8)
    y -= 40
    for ln in d["notes"]:
        tx(c, L, y, ln, "LS", 8, col=GREY)
        y -= 11
    tx(c, W / 2, 0.5 * 72, "Page 1 of 1", "LS", 7, "c", GREY)
    c.showPage()
    c.save()


def lay_xero(path, d):
    """Xero-style 'REMITTANCE ADVICE'."""
    c = rlc(path, title="Remittance Advice", author=d["payer"], creator="Xero")
    W, H = A4
    L, R = 22 * mm, W - 22 * mm
    y = H - 30 * mm
    tx(c, L, y, "REMITTANCE ADVICE", "LS", 22)
    xr = 140 * mm
    tx(c, xr, y + 6, d["payer"], "LS", 9)
    for i, a in enumerate(d["payer_addr"]):
        tx(c, xr, y - 6 - i * 11, a, "LS", 9)
    y -= 22
    for i, a in enumerate(d["to"]):
        tx(c, L + 5 * mm, y - 12 - i * 11, a, "LS", 9)
    xm = 100 * mm
    yy = y - 12
    for k, v in d["kv"]:
        tx(c, xm, yy, k, "LSB", 9)
        tx(c, xm, yy - 11, v, "LS", 9)
        yy -= 28
    y = min(yy, y - 12 - len(d["to"]) * 11) - 25
    cols = [(L, "l"), (L + 30 * mm, "l"), (R - 68 * mm, "r"), (R - 34 * mm, "r"), (R, "r")]
    row(c, y, d["head"], cols, "LSB", 9)
    hline(c, L, R, y - 5, 0.6)
    y -= 19
    for l in d["lines"]:
        row(c, y, [df(l.date, d["ds"]), l.ref, fmt(l.orig), fmt(l.amt), fmt(l.orig - l.amt)], cols, "LS", 9)
        hline(c, L, R, y - 6, 0.3, LIGHT)
        y -= 19
    y -= 4
    hline(c, R - 80 * mm, R, y + 9, 0.6)
    tx(c, R - 34 * mm, y - 3, d["tot_label"], "LSB", 9.5, "r")
    tx(c, R, y - 3, fmt(tsum(d["lines"])), "LSB", 9.5, "r")
    y -= 50
    for ln in d.get("notes", []):
        tx(c, L, y, ln, "LS", 8.5, col=GREY)
        y -= 12
    c.showPage()
    c.save()


def lay_myob(path, d):
    """MYOB AccountRight-style remittance advice."""
    c = rlc(path, title="Remittance Advice", author=d["payer"], creator="MYOB AccountRight")
    W, H = A4
    L, R = 18 * mm, W - 18 * mm
    y = H - 20 * mm
    tx(c, L, y, d["payer"], "SRB", 15)
    for i, a in enumerate(d["payer_addr"]):
        tx(c, L, y - 15 - i * 10.5, a, "SR", 9)
    y -= 15 + len(d["payer_addr"]) * 10.5 + 18
    tx(c, W / 2, y, "REMITTANCE ADVICE", "SRB", 13, "c")
    y -= 28
    box(c, L, y - 48, 80 * mm, 58, 0.6)
    for i, a in enumerate(d["to"]):
        tx(c, L + 4 * mm, y - i * 11, a, "SR", 9.5)
    xl, xv = 118 * mm, 150 * mm
    for i, (k, v) in enumerate(d["kv"]):
        tx(c, xl, y - i * 13, k, "SRB", 9)
        tx(c, xv, y - i * 13, v, "SR", 9)
    y -= 78
    xs = [L, L + 28 * mm, L + 60 * mm, L + 100 * mm, R]
    cols = [(L + 2 * mm, "l"), (L + 30 * mm, "l"), (L + 62 * mm, "l"), (L + 102 * mm, "l"), (R - 3 * mm, "r")]
    head = d["head"]
    top = y + 12
    box(c, L, y - 5, R - L, 17, 0.6, fill=LIGHT)
    row(c, y, head, cols, "SRB", 9)
    y -= 17
    for l in d["lines"]:
        row(c, y, [df(l.date, "dmy/"), l.purchase, l.ref, l.desc, fmt(l.amt, sym="$", neg=d.get("neg", "-"))],
            cols, "SR", 9)
        y -= 15
    bot = y + 10
    box(c, L, bot, R - L, top - bot, 0.6)
    for x in xs[1:-1]:
        vline(c, x, bot, top, 0.4)
    y -= 12
    tx(c, R - 45 * mm, y, "Total Amount Paid:", "SRB", 10, "r")
    tx(c, R - 3 * mm, y, fmt(tsum(d["lines"]), sym="$"), "SRB", 10, "r")
    y -= 30
    for ln in d["memo"]:
        tx(c, L, y, ln, "SR", 9)
        y -= 12
    c.showPage()
    c.save()


def bank_details_text(lines, fmtline, width):
    toks = [fmtline(l) for l in lines]
    out, cur = [], ""
    for t in toks:
        cand = (cur + " " + t) if cur else t
        if len(cand) <= width:
            cur = cand
        else:
            out.append(cur)
            cur = t
    out.append(cur)
    return out


def lay_bank(path, d):
    """A bank's remittance advice for a domestic transfer; invoices in a free-text box."""
    c = rlc(path, title=d["title"], author=d["bank"], creator=d["bank"] + " Online Banking")
    W, H = A4
    L, R = 18 * mm, W - 18 * mm
    y = H - 18 * mm
    box(c, L, y - 14, R - L, 26, 0, fill=Color(0.12, 0.22, 0.38), stroke=False)
    tx(c, L + 4 * mm, y - 5, d["bank"], "LSB", 13, col=white)
    tx(c, R - 4 * mm, y - 5, d["bank_tag"], "LS", 8, "r", white)
    y -= 36
    tx(c, L, y, d["title"], "LSB", 14)
    tx(c, R, y, d["subtitle"], "LS", 9, "r", GREY)
    y -= 10
    for ln in d.get("bank_addr", []):
        y -= 10
        tx(c, L, y, ln, "LS", 7.5, col=GREY)
    y -= 20
    lw = 62 * mm
    for sec, rows in d["sections"]:
        box(c, L, y - 4, R - L, 15, 0, fill=PALE, stroke=False)
        tx(c, L + 2 * mm, y, sec, "LSB", 9)
        y -= 16
        for k, v in rows:
            tx(c, L + 2 * mm, y, k, "LS", 8.5, col=GREY)
            tx(c, L + lw, y, v, "LS" if not k.startswith("*") else "LSB", 9)
            y -= 13
        y -= 6
    tx(c, L + 2 * mm, y, d["details_label"], "LSB", 9)
    y -= 6
    dl = d["details"]
    h = len(dl) * 12 + 10
    box(c, L, y - h, R - L, h, 0.6)
    yy = y - 13
    for ln in dl:
        tx(c, L + 3 * mm, yy, ln, "LM", 8.5)
        yy -= 12
    y -= h + 24
    for ln in d["footer"]:
        y = para(c, L, y, ln, "LS", 7.5, R - L, 9.5) - 3
    c.showPage()
    c.save()


def lay_cheque(path, d):
    """Cheque with remittance stub on top (perforated)."""
    c = rlc(path, title="Cheque " + d["chq"], author=d["payer"], creator="Cheque Print Server")
    W, H = A4
    L, R = 15 * mm, W - 15 * mm
    y = H - 16 * mm
    tx(c, L, y, d["payer"], "LSB", 11)
    tx(c, R, y, "REMITTANCE ADVICE", "LSB", 11, "r")
    y -= 12
    tx(c, L, y, d["payer_addr"], "LS", 8)
    tx(c, R, y, d["chq_label"] + " " + d["chq"], "LS", 9, "r")
    y -= 11
    tx(c, L, y, "Payee: " + d["to"], "LS", 8.5)
    tx(c, R, y, "Date: " + d["date_s"], "LS", 9, "r")
    y -= 11
    tx(c, L, y, d["acct_line"], "LS", 8.5)
    y -= 18
    cols = [(L + 2, "l"), (L + 36 * mm, "l"), (L + 62 * mm, "l"), (R - 68 * mm, "r"), (R - 38 * mm, "r"), (R - 2, "r")]
    hline(c, L, R, y + 11, 0.8)
    row(c, y, d["head"], cols, "LSB", 8.5)
    hline(c, L, R, y - 4, 0.5)
    y -= 16
    for l in d["lines"]:
        row(c, y, [l.ref, df(l.date, d["ds"]), l.po or "", fmt(l.gross), fmt(l.disc) if l.disc else "-", fmt(l.amt)],
            cols, "LS", 8.5)
        y -= 13
    hline(c, R - 90 * mm, R, y + 8, 0.5)
    tot = tsum(d["lines"])
    tx(c, R - 38 * mm, y - 4, "Total " + d["cur"], "LSB", 9, "r")
    tx(c, R - 2, y - 4, fmt(tot), "LSB", 9, "r")
    # perforation
    yp = H / 2 - 12 * mm
    hline(c, 8 * mm, W - 8 * mm, yp, 0.6, GREY, dash=(3, 3))
    tx(c, W / 2, yp + 3, "DETACH BEFORE DEPOSITING", "LS", 6, "c", GREY)
    # cheque body
    ct = yp - 10 * mm
    box(c, L, ct - 78 * mm, R - L, 78 * mm, 0.3, fill=Color(0.95, 0.96, 0.98))
    tx(c, L + 5 * mm, ct - 9 * mm, d["bank"], "LSB", 11)
    tx(c, L + 5 * mm, ct - 13 * mm, d["bank_branch"], "LS", 7.5)
    tx(c, R - 5 * mm, ct - 9 * mm, d["chq"], "LMB", 11, "r")
    tx(c, R - 5 * mm, ct - 19 * mm, "Date  " + d["date_s"], "LS", 10, "r")
    tx(c, L + 5 * mm, ct - 30 * mm, "Pay", "LS", 9)
    tx(c, L + 16 * mm, ct - 30 * mm, d["to"] + " " + "*" * 12, "LSB", 10)
    hline(c, L + 15 * mm, R - 55 * mm, ct - 31.5 * mm, 0.4)
    dollars = int(tot)
    cents = int((tot - dollars) * 100)
    wtxt = words(dollars).capitalize() + " dollars and " + f"{cents:02d}" + " cents"
    tx(c, L + 5 * mm, ct - 40 * mm, "the sum of", "LS", 9)
    tx(c, L + 24 * mm, ct - 40 * mm, wtxt, "LSI", 9.5)
    hline(c, L + 23 * mm, R - 55 * mm, ct - 41.5 * mm, 0.4)
    box(c, R - 50 * mm, ct - 44 * mm, 45 * mm, 12 * mm, 0.8, fill=white)
    tx(c, R - 7 * mm, ct - 39.5 * mm, "$" + "**" + fmt(tot), "LMB", 11, "r")
    tx(c, L + 5 * mm, ct - 52 * mm, "NOT NEGOTIABLE  -  ACCOUNT PAYEE ONLY", "LSB", 8)
    tx(c, L + 5 * mm, ct - 58 * mm, d["payer"], "LS", 8)
    hline(c, R - 70 * mm, R - 8 * mm, ct - 58 * mm, 0.4)
    tx(c, R - 39 * mm, ct - 62 * mm, "Authorised signatory", "LS", 7, "c")
    tx(c, L + 30 * mm, ct - 72 * mm, d["micr"], "LM", 12)
    c.showPage()
    c.save()


def lay_payrun(path, d):
    """Payables payment run report (landscape) with EWT withholding."""
    c = rlc(path, size=landscape(A4), title=d["title"], author=d["payer"], creator="AP Payment Run")
    W, H = landscape(A4)
    L, R = 12 * mm, W - 12 * mm
    y = H - 14 * mm
    tx(c, L, y, d["payer"], "LSB", 12)
    tx(c, R, y, d["run_date_label"], "LS", 8, "r")
    y -= 11
    tx(c, L, y, d["payer_addr"], "LS", 8)
    y -= 10
    tx(c, L, y, d["tin"], "LS", 8)
    y -= 20
    tx(c, W / 2, y, d["title"], "LSB", 13, "c")
    y -= 20
    kv = d["kv"]
    half = (len(kv) + 1) // 2
    for i, (k, v) in enumerate(kv):
        xx = L if i < half else W / 2 - 5 * mm
        yy = y - (i % half) * 12
        tx(c, xx, yy, k, "LSB", 8.5)
        tx(c, xx + 36 * mm, yy, v, "LS", 8.5)
    y -= half * 12 + 22
    heads = d["head"]
    # column right edges / left positions
    xs = [L + v * mm for v in (0, 30, 54, 78, 102, 140, 172, 192, 208, 238)] + [R]
    cols = [(xs[0] + 2, "l"), (xs[1] + 2, "l"), (xs[2] + 2, "l"), (xs[3] + 2, "l"), (xs[5] - 2, "r"),
            (xs[6] - 2, "r"), (xs[6] + 2, "l"), (xs[8] - 2, "r"), (xs[9] - 2, "r"), (xs[10] - 2, "r")]
    top = y + 20
    box(c, L, y - 8, R - L, 28, 0.5, fill=LIGHT)
    for s, (x, al) in zip(heads, cols):
        parts = s.split("\n")
        for j, p in enumerate(parts):
            tx(c, x, y + 8 - j * 9 - (4 if len(parts) == 1 else 0), p, "LNB", 8, al)
    y -= 20
    tot = {k: D(0) for k in ("gross", "vat", "ewt", "amt")}
    for l in d["lines"]:
        cells = [l.apv, l.ref, df(l.date, d["ds"]), df(l.due, d["ds"]), fmt(l.gross), fmt(l.vat), l.atc,
                 l.rate, fmt(l.ewt), fmt(l.amt)]
        row(c, y, cells, cols, "LN", 8.5)
        for k in tot:
            tot[k] += l[k]
        y -= 13
    bot = y + 8
    box(c, L, bot, R - L, top - bot, 0.5)
    for x in xs[1:-1]:
        vline(c, x, bot, top, 0.3)
    y -= 6
    row(c, y, ["", "TOTAL", "", "", fmt(tot["gross"]), fmt(tot["vat"]), "", "", fmt(tot["ewt"]), fmt(tot["amt"])],
        cols, "LNB", 8.5)
    hline(c, xs[4], R, y - 4, 0.5)
    hline(c, xs[4], R, y - 6, 0.5)
    y -= 30
    for ln in d["notes"]:
        tx(c, L, y, ln, "LS", 8)
        y -= 11
    y -= 20
    for i, s in enumerate(["Prepared by:", "Checked by:", "Approved by:"]):
        tx(c, L + i * 90 * mm, y, s, "LS", 8)
        hline(c, L + i * 90 * mm + 22 * mm, L + i * 90 * mm + 70 * mm, y - 2, 0.4)
    tx(c, R, 8 * mm, "Page 1 of 1", "LS", 7, "r")
    c.showPage()
    c.save()


def _runs(s):
    out = []
    for ch in s:
        cj = ord(ch) >= 0x2E80
        if out and out[-1][0] == cj:
            out[-1][1] += ch
        else:
            out.append([cj, ch])
    return out


def txm(c, x, y, s, sz=9, al="l", fl="LS", fc="CJK", col=None):
    """Draw mixed CJK/Latin text, switching fonts per run."""
    runs = _runs(s)
    w = sum(pdfmetrics.stringWidth(t, fc if cj else fl, sz) for cj, t in runs)
    if al == "r":
        x -= w
    elif al == "c":
        x -= w / 2
    for cj, t in runs:
        f = fc if cj else fl
        tx(c, x, y, t, f, sz, "l", col)
        x += pdfmetrics.stringWidth(t, f, sz)


def lay_cn(path, d):
    """Chinese / English bilingual payment advice."""
    c = rlc(path, title="付款通知书 Payment Advice", author=d["payer"], creator="Kingdee K/3")
    W, H = A4
    L, R = 20 * mm, W - 20 * mm
    y = H - 22 * mm
    txm(c, W / 2, y, d["payer_cn"], 15, "c")
    y -= 16
    tx(c, W / 2, y, d["payer"], "LSB", 10.5, "c")
    y -= 11
    txm(c, W / 2, y, d["payer_addr"], 7.5, "c")
    y -= 26
    txm(c, W / 2, y, "付款通知书  PAYMENT ADVICE", 14, "c", fl="LSB")
    hline(c, W / 2 - 60 * mm, W / 2 + 60 * mm, y - 5, 0.8)
    y -= 26
    for k, v in d["kv"]:
        txm(c, L, y, k, 9)
        txm(c, L + 52 * mm, y, v, 9.5)
        y -= 15
    y -= 10
    xs = [L, L + 16 * mm, L + 52 * mm, L + 84 * mm, R - 38 * mm, R]
    cols = [(L + 8 * mm, "c"), (L + 18 * mm, "l"), (L + 54 * mm, "l"), (L + 86 * mm, "l"), (R - 3 * mm, "r")]
    top = y + 14
    box(c, L, y - 14, R - L, 28, 0.6, fill=PALE)
    for s, (x, al) in zip(d["head"], cols):
        a, b = s.split("\n")
        txm(c, x, y + 1, a, 9, al)
        tx(c, x, y - 9, b, "LS", 7.5, al)
    y -= 30
    for i, l in enumerate(d["lines"]):
        for cell, (x, al) in zip([str(i + 1), l.ref, df(l.date, "iso"), l.desc, fmt(l.amt)], cols):
            txm(c, x, y, cell, 9, al)
        y -= 18
    y += 4
    box(c, L, y - 16, R - L, 16, 0.6)
    txm(c, L + 18 * mm, y - 11, "合计 Total (" + d["cur"] + ")", 9.5, fl="LSB")
    tx(c, R - 3 * mm, y - 11, fmt(tsum(d["lines"])), "LSB", 9.5, "r")
    bot = y - 16
    box(c, L, bot, R - L, top - bot, 0.6)
    for x in xs[1:-1]:
        vline(c, x, y, top, 0.4)
    y = bot - 24
    for ln in d["notes"]:
        txm(c, L, y, ln, 8.5)
        y -= 13
    y -= 30
    txm(c, L, y, "经办人 Prepared by: 李静", 9)
    txm(c, L + 70 * mm, y, "审核 Approved by: 陈国华", 9)
    # company seal
    c.setStrokeColor(Color(0.75, 0.2, 0.2))
    c.setLineWidth(1.5)
    c.circle(R - 18 * mm, y - 22 * mm, 15 * mm)
    txm(c, R - 18 * mm, y - 23 * mm, "财务专用章", 10, "c", col=Color(0.75, 0.2, 0.2))
    c.setStrokeColor(black)
    c.showPage()
    c.save()


def lay_ms(path, d):
    """Malay 'NASIHAT PEMBAYARAN'."""
    c = rlc(path, title="Nasihat Pembayaran", author=d["payer"], creator="AutoCount Accounting")
    W, H = A4
    L, R = 18 * mm, W - 18 * mm
    y = H - 20 * mm
    tx(c, L, y, d["payer"], "DVB", 11.5)
    tx(c, L + pdfmetrics.stringWidth(d["payer"], "DVB", 11.5) + 4, y, d["regno"], "DV", 7)
    for i, a in enumerate(d["payer_addr"]):
        tx(c, L, y - 12 - i * 10, a, "DV", 8)
    y -= 12 + len(d["payer_addr"]) * 10
    hline(c, L, R, y, 1.2)
    y -= 24
    tx(c, W / 2, y, d["title"], "DVB", 13, "c")
    y -= 26
    for i, a in enumerate(d["to"]):
        tx(c, L, y - i * 11, a, "DV", 9)
    xl, xv = 112 * mm, 155 * mm
    for i, (k, v) in enumerate(d["kv"]):
        tx(c, xl, y - i * 12, k, "DV", 8.5)
        tx(c, xv, y - i * 12, ": " + v, "DV", 8.5)
    y -= max(len(d["to"]) * 11, len(d["kv"]) * 12) + 14
    y = para(c, L, y, d["intro"], "DV", 9, R - L, 12) - 10
    xs = [L, L + 12 * mm, L + 48 * mm, L + 78 * mm, R - 35 * mm, R]
    cols = [(L + 6 * mm, "c"), (L + 14 * mm, "l"), (L + 50 * mm, "l"), (L + 80 * mm, "l"), (R - 3 * mm, "r")]
    top = y + 13
    hline(c, L, R, top, 0.8)
    row(c, y, d["head"], cols, "DVB", 8.5)
    hline(c, L, R, y - 5, 0.8)
    y -= 18
    for i, l in enumerate(d["lines"]):
        row(c, y, [str(i + 1) + ".", l.ref, df(l.date, d["ds"]), l.desc, fmt(l.amt)], cols, "DV", 8.5)
        y -= 15
    hline(c, L, R, y + 9, 0.8)
    tx(c, R - 38 * mm, y - 4, d["tot_label"], "DVB", 9, "r")
    tx(c, R - 3 * mm, y - 4, fmt(tsum(d["lines"]), sym="RM "), "DVB", 9, "r")
    hline(c, R - 35 * mm, R, y - 8, 0.5)
    hline(c, R - 35 * mm, R, y - 10, 0.5)
    y -= 36
    for ln in d["notes"]:
        y = para(c, L, y, ln, "DV", 8.5, R - L, 11) - 2
    y -= 28
    tx(c, L, y, "Yang benar,", "DV", 9)
    hline(c, L, L + 55 * mm, y - 30, 0.4)
    tx(c, L, y - 40, d["signer"], "DV", 8.5)
    tx(c, L, y - 50, "Jabatan Kewangan", "DV", 8.5)
    tx(c, W / 2, 12 * mm, "Dokumen ini dijana oleh komputer. Tandatangan tidak diperlukan.", "DV", 7, "c", GREY)
    c.showPage()
    c.save()


def lay_multi(path, d):
    """Multi-page advice: header repeated, carried forward / brought forward subtotals."""
    c = rlc(path, title="Remittance Advice", author=d["payer"], creator="TechnologyOne Financials")
    W, H = A4
    L, R = 16 * mm, W - 16 * mm
    lines = d["lines"]
    per = d["per_page"]
    pages = [lines[i:i + per] for i in range(0, len(lines), per)]
    npg = len(pages)
    run = D(0)
    cols = [(L + 2, "l"), (L + 30 * mm, "l"), (L + 55 * mm, "l"), (L + 85 * mm, "l"), (R - 2, "r")]
    for pi, pl in enumerate(pages):
        y = H - 16 * mm
        tx(c, L, y, d["payer"], "LSB", 12)
        tx(c, R, y, "REMITTANCE ADVICE", "LSB", 12, "r")
        y -= 11
        tx(c, L, y, d["payer_addr"], "LS", 7.5)
        tx(c, R, y, f"Page {pi + 1} of {npg}", "LS", 8, "r")
        y -= 16
        for i, (k, v) in enumerate(d["kv"]):
            xx = L if i % 2 == 0 else W / 2 + 5 * mm
            yy = y - (i // 2) * 11
            tx(c, xx, yy, k, "LS", 8.5, col=GREY)
            tx(c, xx + 34 * mm, yy, v, "LS", 8.5)
        y -= ((len(d["kv"]) + 1) // 2) * 11 + 4
        if pi == 0:
            tx(c, L, y, "Payee: " + ", ".join(d["to"]), "LS", 8.5)
            y -= 10
            y = para(c, L, y - 4, d["intro"], "LS", 8.5, R - L, 11)
        y -= 12
        box(c, L, y - 5, R - L, 16, 0.5, fill=LIGHT)
        row(c, y, d["head"], cols, "LSB", 8.5)
        y -= 18
        if pi > 0:
            tx(c, L + 85 * mm, y, d["bf"], "LSI", 8.5)
            tx(c, R - 2, y, fmt(run), "LSI", 8.5, "r")
            y -= 15
        for l in pl:
            row(c, y, [l.ref, df(l.date, d["ds"]), l.po, l.desc, fmt(l.amt)], cols, "LS", 8.5)
            run += l.amt
            y -= d.get("lead", 13.5)
        hline(c, L, R, y + 8, 0.5)
        if pi < npg - 1:
            tx(c, L + 85 * mm, y - 5, d["cf"], "LSI", 8.5)
            tx(c, R - 2, y - 5, fmt(run), "LSI", 8.5, "r")
            tx(c, W / 2, 12 * mm, "continued ...", "LS", 7, "c", GREY)
        else:
            tx(c, L + 85 * mm, y - 6, d["tot_label"], "LSB", 9.5)
            tx(c, R - 2, y - 6, fmt(run), "LSB", 9.5, "r")
            hline(c, R - 35 * mm, R, y - 10, 0.5)
            hline(c, R - 35 * mm, R, y - 12, 0.5)
            yy = y - 40
            for ln in d["notes"]:
                yy = para(c, L, yy, ln, "LS", 8, R - L, 10) - 2
        tx(c, L, 8 * mm, d["footer"], "LS", 6.5, col=GREY)
        c.showPage()
    c.save()


def lay_cc(path, d):
    """Remittance grouped by cost centre with group subtotals."""
    c = rlc(path, title="Payment Remittance Advice", author=d["payer"], creator="Unit4 Business World")
    W, H = A4
    L, R = 20 * mm, W - 20 * mm
    y = H - 20 * mm
    tx(c, L, y, d["payer"], "DVB", 13)
    y -= 12
    for a in d["payer_addr"]:
        tx(c, L, y, a, "DV", 7.5, col=GREY)
        y -= 9.5
    y -= 14
    tx(c, L, y, "Payment Remittance Advice", "DV", 15)
    y -= 20
    for i, a in enumerate(d["to"]):
        tx(c, L, y - i * 10.5, a, "DV", 8.5)
    for i, (k, v) in enumerate(d["kv"]):
        tx(c, 110 * mm, y - i * 12, k, "DVB", 8)
        tx(c, 148 * mm, y - i * 12, v, "DV", 8)
    y -= max(len(d["to"]) * 10.5, len(d["kv"]) * 12) + 18
    cols = [(L, "l"), (L + 32 * mm, "l"), (L + 58 * mm, "l"), (R, "r")]
    row(c, y, d["head"], cols, "DVB", 8)
    hline(c, L, R, y - 4, 0.8)
    y -= 16
    for name, gl in d["groups"]:
        tx(c, L, y, name, "DVB", 8.5)
        y -= 13
        for l in gl:
            row(c, y, [l.ref, df(l.date, d["ds"]), l.desc, fmt(l.amt)], [(L + 4 * mm, "l")] + cols[1:], "DV", 8)
            y -= 12
        hline(c, R - 30 * mm, R, y + 8, 0.4)
        tx(c, R - 34 * mm, y - 1, d["sub_label"] + " " + name.split(" ")[0] + " " + name.split(" ")[1], "DV", 8, "r")
        tx(c, R, y - 1, fmt(tsum(gl)), "DVB", 8, "r")
        y -= 20
    hline(c, L, R, y + 8, 0.8)
    tot = sum((tsum(gl) for _, gl in d["groups"]), D(0))
    tx(c, R - 34 * mm, y - 6, d["tot_label"], "DVB", 10, "r")
    tx(c, R, y - 6, fmt(tot), "DVB", 10, "r")
    y -= 40
    for ln in d["notes"]:
        y = para(c, L, y, ln, "DV", 7.5, R - L, 10) - 2
    c.showPage()
    c.save()


def lay_fax(path, d):
    """Typewriter-style advice sent by fax."""
    c = rlc(path, title="fax", author=d["payer"], creator="HylaFAX")
    W, H = A4
    L = 22 * mm
    y = H - 16 * mm
    tx(c, L, y, d["fax_hdr"], "LM", 7)
    y -= 24
    for ln in d["body"]:
        f = "LMB" if ln.startswith("!") else "LM"
        tx(c, L, y, ln.lstrip("!"), f, 9.5)
        y -= 12.5
    c.showPage()
    c.save()


# ==========================================================================
# HTML (Chromium) layouts
# ==========================================================================
def esc(s):
    return (str(s).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;"))


def html_page(body, css, title="Remittance Advice", size="A4", margin="16mm"):
    return ("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>" + esc(title) + "</title>\n<style>\n"
            f"@page {{ size: {size}; margin: {margin}; }}\n" + css + "\n</style></head>\n<body>\n" + body +
            "\n</body></html>\n")


def html_table(head, rows, cls="", foot=None):
    h = "<table class=\"" + cls + "\"><thead><tr>" + "".join(
        f"<th class=\"{a}\">{esc(t)}</th>" for t, a in head) + "</tr></thead><tbody>\n"
    for r in rows:
        h += "<tr>" + "".join(f"<td class=\"{a}\">{esc(t)}</td>" for t, (_, a) in zip(r, head)) + "</tr>\n"
    h += "</tbody>"
    if foot:
        for fr in foot:
            h += "<tfoot><tr>" + "".join(f"<td class=\"{a}\" colspan=\"{cs}\">{esc(t)}</td>" for t, a, cs in fr) + \
                 "</tr></tfoot>"
    return h + "</table>\n"


# ==========================================================================
# LibreOffice Writer flat ODT builder
# ==========================================================================
FODT_HEAD = """<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"
 xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0"
 xmlns:dc="http://purl.org/dc/elements/1.1/"
 office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:meta><dc:title>{title}</dc:title><meta:initial-creator>{author}</meta:initial-creator><dc:creator>{author}</dc:creator><meta:creation-date>2026-03-16T08:00:00</meta:creation-date><dc:date>2026-03-16T08:00:00</dc:date></office:meta>
<office:font-face-decls>
 <style:font-face style:name="{font}" svg:font-family="'{font}'" style:font-family-generic="swiss" style:font-pitch="variable"/>
</office:font-face-decls>
<office:styles>
 <style:default-style style:family="paragraph">
  <style:paragraph-properties fo:margin-top="0cm" fo:margin-bottom="0cm"/>
  <style:text-properties style:font-name="{font}" fo:font-size="{size}" fo:language="{lang}" fo:country="{country}"/>
 </style:default-style>
 <style:style style:name="Standard" style:family="paragraph"/>
</office:styles>
<office:automatic-styles>
 <style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="{mt}" fo:margin-bottom="1.6cm" fo:margin-left="{ml}" fo:margin-right="1.8cm"/></style:page-layout>
 <style:style style:name="Pl" style:family="paragraph" style:parent-style-name="Standard"/>
 <style:style style:name="Psp" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:margin-bottom="0.25cm"/></style:style>
 <style:style style:name="Pr" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:text-align="end"/></style:style>
 <style:style style:name="Pc" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:text-align="center"/></style:style>
 <style:style style:name="Pb" style:family="paragraph" style:parent-style-name="Standard"><style:text-properties fo:font-weight="bold"/></style:style>
 <style:style style:name="Prb" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:text-align="end"/><style:text-properties fo:font-weight="bold"/></style:style>
 <style:style style:name="Ph" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:margin-top="0.2cm" fo:margin-bottom="0.3cm"/><style:text-properties fo:font-size="16pt" fo:font-weight="bold"/></style:style>
 <style:style style:name="Psm" style:family="paragraph" style:parent-style-name="Standard"><style:text-properties fo:font-size="7.5pt" fo:color="#444444"/></style:style>
 <style:style style:name="Psmu" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:margin-bottom="0.2cm"/><style:text-properties fo:font-size="7pt" style:text-underline-style="solid" style:text-underline-width="auto" style:text-underline-color="font-color"/></style:style>
 <style:style style:name="Cb" style:family="table-cell"><style:table-cell-properties fo:padding="0.06cm" fo:border="0.5pt solid #000000"/></style:style>
 <style:style style:name="Ch" style:family="table-cell"><style:table-cell-properties fo:padding="0.06cm" fo:background-color="#dddddd" fo:border="0.5pt solid #000000"/></style:style>
 <style:style style:name="Cn" style:family="table-cell"><style:table-cell-properties fo:padding="0.05cm" fo:border="none"/></style:style>
 <style:style style:name="Cu" style:family="table-cell"><style:table-cell-properties fo:padding="0.05cm" fo:border-bottom="0.5pt solid #000000" fo:border-top="none" fo:border-left="none" fo:border-right="none"/></style:style>
 <style:style style:name="Ct" style:family="table-cell"><style:table-cell-properties fo:padding="0.05cm" fo:border-top="0.5pt solid #000000" fo:border-bottom="1.5pt double #000000" fo:border-left="none" fo:border-right="none"/></style:style>
{tstyles}
</office:automatic-styles>
<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="pm1"/></office:master-styles>
<office:body><office:text>
"""


def xesc(s):
    return esc(s).replace('"', "&quot;")


class Fodt:
    def __init__(self, title, author, lang="en", country="AU", font="Liberation Sans", size="10pt",
                 mt="1.5cm", ml="2.2cm"):
        self.meta = dict(title=xesc(title), author=xesc(author), lang=lang, country=country, font=font, size=size,
                         mt=mt, ml=ml)
        self.body = []
        self.tstyles = []
        self.nt = 0

    def p(self, text, style="Pl"):
        parts = [xesc(t) for t in str(text).split("\n")]
        self.body.append(f'<text:p text:style-name="{style}">' + "<text:line-break/>".join(parts) + "</text:p>")

    def blank(self):
        self.body.append('<text:p text:style-name="Pl"/>')

    def table(self, widths_cm, rows, header_rows=0):
        """rows: list of lists of (text, pstyle, cstyle)."""
        self.nt += 1
        tn = f"T{self.nt}"
        tw = sum(widths_cm)
        self.tstyles.append(f'<style:style style:name="{tn}" style:family="table"><style:table-properties '
                            f'style:width="{tw:.2f}cm" table:align="left" fo:margin-top="0.15cm" '
                            f'fo:margin-bottom="0.25cm"/></style:style>')
        cols = ""
        for i, w in enumerate(widths_cm):
            cn = f"{tn}.{i}"
            self.tstyles.append(f'<style:style style:name="{cn}" style:family="table-column">'
                                f'<style:table-column-properties style:column-width="{w:.2f}cm"/></style:style>')
            cols += f'<table:table-column table:style-name="{cn}"/>'
        out = f'<table:table table:name="{tn}" table:style-name="{tn}">' + cols

        def rowxml(r):
            x = "<table:table-row>"
            for cell in r:
                if cell is None:
                    x += "<table:covered-table-cell/>"
                    continue
                t, ps, cs = cell[:3]
                span = cell[3] if len(cell) > 3 else 1
                sp = f' table:number-columns-spanned="{span}"' if span > 1 else ""
                parts = [xesc(s) for s in str(t).split("\n")]
                x += (f'<table:table-cell table:style-name="{cs}" office:value-type="string"{sp}>'
                      f'<text:p text:style-name="{ps}">' + "<text:line-break/>".join(parts) + "</text:p></table:table-cell>")
            return x + "</table:table-row>"
        if header_rows:
            out += "<table:table-header-rows>" + "".join(rowxml(r) for r in rows[:header_rows]) + \
                   "</table:table-header-rows>"
        out += "".join(rowxml(r) for r in rows[header_rows:]) + "</table:table>"
        self.body.append(out)

    def save(self, path):
        head = FODT_HEAD.format(tstyles="\n".join(self.tstyles), **self.meta)
        Path(path).write_text(head + "\n".join(self.body) + "\n</office:text></office:body></office:document>\n",
                              encoding="utf-8")


# ==========================================================================
# scans: rasterise, damage, wrap back into an image-only PDF
# ==========================================================================
def rasterise(pdf, dpi):
    out = TMP / ("ras-" + Path(pdf).stem)
    out.mkdir(exist_ok=True)
    subprocess.run(["pdftoppm", "-gray", "-r", str(dpi), "-png", str(pdf), str(out / "p")], check=True)
    return [Image.open(p).convert("L") for p in sorted(out.glob("p-*.png"))]


def _free_spot(arr, w, h, cands):
    H, W = arr.shape
    for fx, fy in cands:
        x, y = int(fx * W), int(fy * H)
        if x < 0 or y < 0 or x + w > W or y + h > H:
            continue
        pad = 12
        reg = arr[max(0, y - pad):y + h + pad, max(0, x - pad):x + w + pad]
        if (reg < 200).sum() == 0:
            return x, y
    return None


def make_stamp(lines, dpi, angle, rng):
    f1 = ImageFont.truetype(FONTS["LSB"], int(dpi * 0.16))
    f2 = ImageFont.truetype(FONTS["LSB"], int(dpi * 0.12))
    widths = [f1.getlength(lines[0])] + [f2.getlength(s) for s in lines[1:]]
    w = int(max(widths) + dpi * 0.25)
    h = int(dpi * 0.2 + dpi * 0.16 * len(lines))
    im = Image.new("L", (w, h), 255)
    dr = ImageDraw.Draw(im)
    t = max(2, dpi // 60)
    dr.rectangle([t, t, w - t - 1, h - t - 1], outline=90, width=t)
    dr.rectangle([3 * t, 3 * t, w - 3 * t - 1, h - 3 * t - 1], outline=90, width=max(1, t // 2))
    yy = int(dpi * 0.07)
    for i, s in enumerate(lines):
        f = f1 if i == 0 else f2
        dr.text(((w - f.getlength(s)) / 2, yy), s, fill=95, font=f)
        yy += int(dpi * (0.19 if i == 0 else 0.15))
    a = np.asarray(im).astype(np.float32)
    # ink unevenness
    a = 255 - (255 - a) * (0.55 + 0.45 * rng.random(a.shape).astype(np.float32))
    im = Image.fromarray(a.clip(0, 255).astype(np.uint8))
    return im.rotate(angle, resample=Image.BICUBIC, expand=True, fillcolor=255)


def make_scribble(dpi, rng, kind="tick"):
    w, h = int(dpi * 1.3), int(dpi * 0.55)
    im = Image.new("L", (w, h), 255)
    dr = ImageDraw.Draw(im)
    lw = max(2, dpi // 55)
    pts = []
    if kind == "tick":
        pts = [(0.05, 0.55), (0.15, 0.8), (0.35, 0.1)]
        pts = [(x * w * 0.5, y * h) for x, y in pts]
        dr.line(pts, fill=60, width=lw + 1, joint="curve")
        # initials-like loops to the right
        xs = np.linspace(0.42, 0.95, 60)
        ys = 0.5 + 0.28 * np.sin(xs * 31) * np.exp(-(xs - 0.5) * 1.2) + 0.05 * rng.standard_normal(60).cumsum() / 6
        pts = [(float(x * w), float(min(0.95, max(0.05, y)) * h)) for x, y in zip(xs, ys)]
        dr.line(pts, fill=70, width=lw, joint="curve")
    else:
        xs = np.linspace(0.03, 0.97, 90)
        ys = 0.55 + 0.3 * np.sin(xs * 23 + 1) * np.cos(xs * 7) + 0.03 * rng.standard_normal(90).cumsum() / 5
        pts = [(float(x * w), float(min(0.95, max(0.05, y)) * h)) for x, y in zip(xs, ys)]
        dr.line(pts, fill=55, width=lw, joint="curve")
        dr.line([(w * 0.1, h * 0.92), (w * 0.85, h * 0.86)], fill=80, width=lw)
    return im


def degrade(img, seed, angle=0.8, blur=0.7, speckle=0.0004, noise=3.0, light=0.12, lines=1,
            stamp=None, scribble=None, dpi=200, paper=(242, 35), crop=None, persp=0.0):
    rng = np.random.default_rng(seed)
    arr = np.asarray(img).astype(np.float32)
    base = np.asarray(img)
    # overlays placed in white space (never over text)
    for ov, cands in ([stamp] if stamp else []) + ([scribble] if scribble else []):
        im = ov
        w, h = im.size
        spot = _free_spot(base, w, h, cands)
        if spot is None:
            raise RuntimeError("no free spot for overlay")
        x, y = spot
        o = np.asarray(im).astype(np.float32)
        arr[y:y + h, x:x + w] = np.minimum(arr[y:y + h, x:x + w], o)
        base = np.minimum(base, np.pad(np.asarray(im), ((y, base.shape[0] - y - h), (x, base.shape[1] - x - w)),
                                       constant_values=255))
    hi, lo = paper
    arr = lo + (hi - lo) * arr / 255.0
    Hh, Ww = arr.shape
    for _ in range(lines):
        if rng.random() < 0.5:
            yy = int(rng.uniform(0.1, 0.9) * Hh)
            arr[yy:yy + max(1, dpi // 150), :] -= rng.uniform(10, 22)
        else:
            xx = int(rng.uniform(0.05, 0.95) * Ww)
            arr[:, xx:xx + max(1, dpi // 150)] -= rng.uniform(10, 22)
    im = Image.fromarray(arr.clip(0, 255).astype(np.uint8))
    im = im.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=int(hi - 6))
    if persp:
        w, h = im.size
        dx = persp * w
        coeffs = _persp_coeffs([(0, 0), (w, 0), (w, h), (0, h)],
                               [(dx, dx * 0.6), (w - dx * 0.3, 0), (w, h), (dx * 0.2, h - dx * 0.4)])
        im = im.transform((w, h), Image.PERSPECTIVE, coeffs, Image.BICUBIC, fillcolor=int(hi - 40))
    arr = np.asarray(im).astype(np.float32)
    yy, xx = np.mgrid[0:Hh, 0:Ww].astype(np.float32)
    gx, gy = rng.uniform(-1, 1), rng.uniform(-1, 1)
    field = 1.0 - light * (0.5 + 0.5 * (gx * (xx / Ww - 0.5) + gy * (yy / Hh - 0.5)) * 2) \
        - 0.5 * light * (((xx / Ww - 0.5) ** 2 + (yy / Hh - 0.5) ** 2))
    arr = arr * field
    arr = arr + rng.normal(0, noise, arr.shape)
    n = int(speckle * Hh * Ww)
    ys = rng.integers(0, Hh - 2, n)
    xs = rng.integers(0, Ww - 2, n)
    arr[ys, xs] = rng.uniform(40, 120, n)
    arr[ys + 1, xs] = np.minimum(arr[ys + 1, xs], rng.uniform(60, 160, n))
    im = Image.fromarray(arr.clip(0, 255).astype(np.uint8))
    if blur:
        im = im.filter(ImageFilter.GaussianBlur(blur))
    if crop:
        w, h = im.size
        im = im.crop((int(crop[0] * w), int(crop[1] * h), int(w - crop[2] * w), int(h - crop[3] * h)))
    return im


def _persp_coeffs(src, dst):
    # coefficients mapping output (dst) -> input (src) for PIL
    A, B = [], []
    for (x, y), (u, v) in zip(dst, src):
        A.append([x, y, 1, 0, 0, 0, -u * x, -u * y])
        A.append([0, 0, 0, x, y, 1, -v * x, -v * y])
        B += [u, v]
    return np.linalg.solve(np.array(A, float), np.array(B, float)).tolist()


def images_to_pdf(imgs, dpi, out, quality, producer="KM_C308 Scan-to-PDF"):
    """Write a minimal image-only PDF (one grayscale DCT image per page, no fonts, no text)."""
    objs = []   # list of bytes bodies; object number = index + 1
    n = len(imgs)
    page_ids = [3 + i * 3 for i in range(n)]
    objs.append(b"<< /Type /Catalog /Pages 2 0 R >>")
    objs.append(("<< /Type /Pages /Kids [" + " ".join(f"{p} 0 R" for p in page_ids) + f"] /Count {n} >>").encode())
    for i, im in enumerate(imgs):
        buf = io.BytesIO()
        im.save(buf, "JPEG", quality=quality, optimize=True)
        jpg = buf.getvalue()
        w, h = im.size
        pw, ph = w * 72.0 / dpi, h * 72.0 / dpi
        pid, cid, iid = page_ids[i], page_ids[i] + 1, page_ids[i] + 2
        objs.append((f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 {pw:.2f} {ph:.2f}] "
                     f"/Resources << /XObject << /Im{i} {iid} 0 R >> >> /Contents {cid} 0 R >>").encode())
        content = f"q {pw:.2f} 0 0 {ph:.2f} 0 0 cm /Im{i} Do Q".encode()
        objs.append(f"<< /Length {len(content)} >>\nstream\n".encode() + content + b"\nendstream")
        objs.append((f"<< /Type /XObject /Subtype /Image /Width {w} /Height {h} /ColorSpace /DeviceGray "
                     f"/BitsPerComponent 8 /Filter /DCTDecode /Length {len(jpg)} >>\nstream\n").encode()
                    + jpg + b"\nendstream")
    objs.append(f"<< /Producer ({producer}) /CreationDate (D:20260328093000+10'30') "
                f"/ModDate (D:20260328093000+10'30') >>".encode())
    info_id = len(objs)
    data = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offs = []
    for k, body in enumerate(objs):
        offs.append(len(data))
        data += f"{k + 1} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(data)
    data += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode()
    for o in offs:
        data += f"{o:010d} 00000 n \n".encode()
    data += (f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R /Info {info_id} 0 R >>\nstartxref\n{xref}\n%%EOF\n").encode()
    Path(out).write_bytes(bytes(data))


# ==========================================================================
# documents: reportlab text PDFs
# ==========================================================================
def sap_lines(rng, lines, docstart, disc_p=0.5, rate=D("0.02")):
    docno = docstart
    for l in lines:
        docno += rng.randint(3, 60)
        l["doc"] = str(docno)
        if l.kind == "invoice" and rng.random() < disc_p:
            g = l.amt
            l["gross"], l["disc"] = g, q(g * rate)
            l["amt"] = g - l["disc"]
        else:
            l["gross"], l["disc"] = l.amt, D("0.00")
    return lines


def d_sap_coorong(fn):
    rng = random.Random(101)
    pay = dt.date(2026, 3, 16)
    lines = make_lines(rng, 6, rg_refs(rng, 6, 104100), pay, 180, 9800, credits=(4,), credit_refs=["CR-2291"])
    sap_lines(rng, lines, 5105600200)
    tot = tsum(lines)
    lay_sap(HERE / fn, dict(
        title="Payment Advice Note", payer="Coorong Minerals Limited",
        payer_addr=["Level 9, 60 Waymouth Street", "Adelaide SA 5000", "Telephone +61 8 8210 4400"],
        to=ADL[:3],
        kv=[("Payment document", "1500004127"), ("Payment date", df(pay, "dmy.")), ("Company code", "AU10"),
            ("Your vendor no. with us", "100238"), ("Clerk", "J. Pennington"), ("Telephone", "+61 8 8210 4437")],
        intro=("Dear Sir or Madam, we have transferred the amount shown below to your bank account BSB 065-112 "
               "account 1042 7788 with value date " + df(pay, "dmy.") + ". The payment settles the following items:"),
        head=["Document no.", "Reference", "Doc. date", "Gross amount", "Cash discount", "Net amount"],
        lines=lines, sum_label="Total", pay_label="Payment amount", cur="AUD",
        closing=["Yours faithfully", "Coorong Minerals Limited - Accounts Payable"],
        footer=["Coorong Minerals Limited  ABN 47 009 661 233  |  ap@coorongminerals.example  |  Fax +61 8 8210 4499",
                "This payment advice has been generated automatically and does not require a signature."]))
    truth(fn, "reportlab", False, "Coorong Minerals Limited", pay, "1500004127", "AUD", tot, lines)


def netsuite_lines(rng, lines, partial_i=None, disc_i=None):
    for i, l in enumerate(lines):
        l["orig"] = l["due"] = l.amt
        l["disc"] = D(0)
        if i == partial_i:
            l["orig"] = l["due"] = l.amt + amt(rng, 300, 2500)
        if i == disc_i:
            l["disc"] = q(l.amt * D("0.01"))
            l["amt"] = l.amt - l["disc"]
    return lines


def d_netsuite_cascade(fn):
    rng = random.Random(102)
    pay = dt.date(2026, 3, 17)
    lines = make_lines(rng, 4, rg_refs(rng, 4, 104300), pay, 600, 14000, credits=(3,), credit_refs=["CR-2317"])
    netsuite_lines(rng, lines, partial_i=2, disc_i=0)
    tot = tsum(lines)
    lay_netsuite(HERE / fn, dict(
        num="40187", logo="CB", payer="Cascade BioAnalytics, Inc.",
        payer_addr=["2200 NW Front Avenue, Suite 310", "Portland, OR 97209", "United States", "Tel (503) 555-0148"],
        kv=[("Date", df(pay, "mdy/")), ("Check #", "ACH-40187"), ("Amount", "$" + fmt(tot)), ("Currency", "USD")],
        to=ADL, vendor_no="V-00412", memo="Red Gum invoices - March run",
        head=["Date", "Type", "Ref No.", "Orig. Amt.", "Amt. Due", "Discount", "Payment"],
        lines=lines, ds="mdy/", sym="$",
        notes=["Paid in US dollars by international wire. Beneficiary bank SWIFT SACBAU3A, account 1042 7788.",
               "Remittance questions: payables@cascadebio.example  |  Federal Tax ID 93-1847220"]))
    truth(fn, "reportlab", False, "Cascade BioAnalytics, Inc.", pay, "ACH-40187", "USD", tot, lines)


def d_xero_otago(fn):
    rng = random.Random(103)
    pay = dt.date(2026, 3, 13)
    lines = make_lines(rng, 4, seq_refs(rng, 4, "INV/2026/{:04d}", 40, (3, 19)), pay, 150, 6200)
    for i, l in enumerate(lines):
        l["orig"] = l.amt + (amt(rng, 200, 900) if i == 1 else 0)
    tot = tsum(lines)
    lay_xero(HERE / fn, dict(
        payer="Otago Aquaculture Limited", payer_addr=["PO Box 5512", "Dunedin 9058", "NEW ZEALAND", "GST No. 118-442-907"],
        to=["Red Gum Laboratory Supplies Pty Ltd", "Auckland Branch"] + AKL[1:], kv=[("Payment Date", df(pay, "d Mon y")), ("Reference", "BP-00862")],
        head=["Invoice Date", "Invoice Number", "Invoice Total", "Amount Paid", "Still Owing"], lines=lines,
        ds="d Mon y", tot_label="Amount Paid NZD",
        notes=["Paid by direct credit to BNZ 02-0100-0456789-000. Please contact accounts@otagoaqua.example",
               "or phone 03 477 2210 with any queries."]))
    truth(fn, "reportlab", False, "Otago Aquaculture Limited", pay, "BP-00862", "NZD", tot, lines)


DESC_EN = ["Nitrile gloves (M) x 20 boxes", "Pipette tips 200ul", "Centrifuge tubes 50ml", "Culture media",
           "Borosilicate beakers", "Filter paper Grade 1", "Reagent grade ethanol", "pH buffer kit",
           "Freight", "Calibration service", "Petri dishes 90mm", "Lab coats", "Safety glasses",
           "Cryovials 2ml", "Microscope slides", "Sample bags", "Distilled water 20L", "Titration kit",
           "Autoclave tape", "Spill kit refill"]


def d_myob_fleurieu(fn):
    rng = random.Random(104)
    pay = dt.date(2026, 3, 18)
    lines = make_lines(rng, 5, rg_refs(rng, 5, 104200), pay, 90, 2800, credits=(3,), credit_refs=["CR-2299"],
                       credit_hi=300)
    p = 1270
    for l in lines:
        p += rng.randint(1, 9)
        l["purchase"] = f"{p:08d}"
        l["desc"] = rng.choice(DESC_EN)
    tot = tsum(lines)
    lay_myob(HERE / fn, dict(
        payer="Fleurieu Organic Dairy Pty Ltd",
        payer_addr=["147 Victor Harbor Road, Mount Compass SA 5210", "ABN 58 612 004 937   Phone (08) 8556 8120"],
        to=ADL[:3], kv=[("Date:", df(pay, "dmy/")), ("Cheque No:", "000891"), ("Payment Method:", "Electronic"),
                        ("Supplier ID:", "*RED001")],
        head=["Date", "Purchase No.", "Supplier Inv #", "Description", "Amount Applied"], lines=lines,
        memo=["Memo: Payment; Red Gum Laboratory Supplies Pty Ltd", "Paid to BSB 065-112 Account 10427788",
              "All amounts are in Australian dollars (AUD)."]))
    truth(fn, "reportlab", False, "Fleurieu Organic Dairy Pty Ltd", pay, "000891", "AUD", tot, lines)


def d_bank_giro_klang(fn):
    rng = random.Random(105)
    pay = dt.date(2026, 3, 16)
    lines = make_lines(rng, 3, seq_refs(rng, 3, "SI# {}", 18800, (4, 60)), pay, 900, 12000, credits=(3,),
                       credit_refs=["CN 0045"], credit_lo=150, credit_hi=600)
    tot = tsum(lines)

    def fl(l):
        if l.amt < 0:
            return "LESS " + l.ref + " RM" + fmt(-l.amt) + ";"
        return l.ref + " RM" + fmt(l.amt) + ";"
    det = bank_details_text(lines, fl, 58)
    det = ["PAYMENT FOR INVOICES:"] + det + ["NET RM" + fmt(tot)]
    lay_bank(HERE / fn, dict(
        bank="MALAYAN COMMERCE BANK BERHAD", bank_tag="197901000123 (45219-T)", title="REMITTANCE ADVICE",
        subtitle="Interbank GIRO (IBG) - Customer Copy",
        bank_addr=["Menara MCB, 8 Jalan Raja Chulan, 50200 Kuala Lumpur  |  Contact Centre 1-300-88-6226"],
        sections=[
            ("Transaction Details", [("Transaction Type", "Interbank GIRO (IBG) Credit Transfer"),
                                     ("*Transaction Reference No.", "IBG260316004188"),
                                     ("Transaction Date / Time", df(pay, "dmy/") + " 10:42:17"),
                                     ("Status", "Successful")]),
            ("Ordering Customer", [("Name", "KLANG VALLEY SPECIALIST HOSPITAL SDN. BHD."),
                                   ("Account No.", "5140-1234-5678"),
                                   ("Company Reg. No.", "199801012345 (461234-U)")]),
            ("Beneficiary", [("Name", "RED GUM LABORATORY SUPPLIES PTY LTD (KL BRANCH)"),
                             ("Beneficiary Bank", "PERDANA ISLAMIC BANK BERHAD"),
                             ("Account No.", "8881-0234-5567"), ("SWIFT / BIC", "PIBBMYKL")]),
            ("Amount", [("*Amount", "MYR " + fmt(tot)), ("Service Charge", "MYR 0.10 (debited separately)")]),
        ],
        details_label="Payment Details / Butiran Pembayaran", details=det,
        footer=["This is a computer-generated advice. No signature is required. Please verify the credit with "
                "your bank statement. Malayan Commerce Bank Berhad is a member of PIDM."]))
    truth(fn, "reportlab", False, "KLANG VALLEY SPECIALIST HOSPITAL SDN. BHD.", pay, "IBG260316004188", "MYR", tot,
          lines)


def d_cheque_clare(fn):
    rng = random.Random(106)
    pay = dt.date(2026, 3, 20)
    lines = make_lines(rng, 3, rg_refs(rng, 3, 104400), pay, 300, 4200)
    for i, l in enumerate(lines):
        l["po"] = f"CVG-PO-{3310 + i * rng.randint(2, 9)}"
        l["gross"], l["disc"] = l.amt, D(0)
        if i == 1:
            l["disc"] = q(l.amt * D("0.025"))
            l["amt"] = l.amt - l["disc"]
    tot = tsum(lines)
    lay_cheque(HERE / fn, dict(
        payer="Clare Valley Grain Co-operative Ltd", payer_addr="22 Main North Road, Clare SA 5453  |  (08) 8842 3300",
        chq_label="Cheque No.", chq="004512", to="Red Gum Laboratory Supplies Pty Ltd",
        date_s=df(pay, "d Month y"), acct_line="Supplier code: RGL01     ABN 81 112 445 906", ds="dmy/",
        head=["Invoice No.", "Invoice Date", "Order No.", "Invoice Amt", "Discount", "Amount Paid"],
        lines=lines, cur="AUD", bank="Barossa & Districts Bank Limited", bank_branch="Clare Branch  BSB 105-900",
        micr="|004512|   105900:   412276590|"))
    truth(fn, "reportlab", False, "Clare Valley Grain Co-operative Ltd", pay, "004512", "AUD", tot, lines)


def ewt_lines(rng, lines, apv0):
    a = apv0
    for l in lines:
        a += rng.randint(1, 12)
        l["apv"] = f"APV-2026-{a:05d}"
        g = l.amt
        l["gross"] = g
        l["vat"] = q(g * 12 / D(112))
        goods = rng.random() < 0.65
        l["atc"], r = ("WC158", D("0.01")) if goods else ("WC160", D("0.02"))
        l["rate"] = "1%" if goods else "2%"
        l["ewt"] = q((g - l["vat"]) * r)
        l["amt"] = g - l["ewt"]
        l["due"] = l.date + dt.timedelta(days=30)
    return lines


def d_payrun_mandaue(fn):
    rng = random.Random(107)
    pay = dt.date(2026, 3, 13)
    lines = make_lines(rng, 9, seq_refs(rng, 9, "{}-B", 77700, (2, 14)), pay, 8000, 160000)
    ewt_lines(rng, lines, 310)
    tot = tsum(lines)
    lay_payrun(HERE / fn, dict(
        title="PAYABLES PAYMENT RUN REPORT", payer="MANDAUE FOOD PROCESSING CORPORATION",
        payer_addr="A.S. Fortuna Street, Banilad, Mandaue City, Cebu 6014  |  Tel (032) 344-7710",
        tin="TIN 004-112-583-000  VAT Registered", run_date_label="Printed " + df(pay, "mdy/") + " 4:12 PM by AP-RCASTRO",
        kv=[("Payment Run No.:", "PR-2026-0312"), ("Payment Date:", df(pay, "Month d, y")),
            ("Payment Method:", "Bank auto-credit (LANDBANK)"), ("Currency:", "PHP"),
            ("Vendor:", "V10422  RED GUM LABORATORY SUPPLIES PTY LTD"), ("Vendor Site:", "CEBU BRANCH"),
            ("Vendor TIN:", "009-876-543-00000"), ("Payee Account:", "LBP SA 1234-5678-90")],
        head=["APV No.", "Invoice No.", "Invoice Date", "Due Date", "Gross Amount\n(VAT Incl.)", "Input VAT", "ATC",
              "EWT\nRate", "EWT\nWithheld", "Net Amount\nPaid"],
        lines=lines, ds="mdy/",
        notes=["EWT withheld per RR No. 2-98 as amended; BIR Form 2307 will be issued for the quarter.",
               "All amounts in Philippine Peso (PHP). Net amount credited to payee account on the payment date."]))
    truth(fn, "reportlab", False, "MANDAUE FOOD PROCESSING CORPORATION", pay, "PR-2026-0312", "PHP", tot, lines)


def d_cn_shenzhen(fn):
    rng = random.Random(109)
    pay = dt.date(2026, 3, 12)
    lines = make_lines(rng, 3, seq_refs(rng, 3, "SI# {}", 18900, (5, 40)), pay, 1500, 9000)
    descs = ["离心管 Centrifuge tubes", "移液器吸头 Pipette tips", "培养基 Culture media"]
    for l, s in zip(lines, descs):
        l["desc"] = s
    tot = tsum(lines)
    lay_cn(HERE / fn, dict(
        payer_cn="深圳华信生物科技有限公司", payer="Shenzhen Huaxin Biotech Co., Ltd.",
        payer_addr="深圳市南山区科技园高新南七道 18 号  No. 18 Gaoxin South 7th Rd, Nanshan, Shenzhen  Tel +86 755 2660 1188",
        kv=[("收款单位 Payee:", KUL[0]), ("付款单位 Payer:", "Shenzhen Huaxin Biotech Co., Ltd."),
            ("付款日期 Payment Date:", df(pay, "cn")), ("付款方式 Method:", "电汇 Telegraphic Transfer"),
            ("银行流水号 Bank Ref. No.:", "HX-TT-20260312-0087"), ("币种 Currency:", "USD 美元"),
            ("收款账号 Beneficiary A/C:", "8881-0234-5567  SWIFT PIBBMYKL")],
        head=["序号\nNo.", "发票号码\nInvoice No.", "发票日期\nInvoice Date", "摘要\nDescription", "金额\nAmount (USD)"],
        lines=lines, cur="USD",
        notes=["备注 Remarks: 银行手续费由付款方承担 Bank charges borne by payer (OUR).",
               "统一社会信用代码 USCC: 91440300MA5G2K7Q3B"]))
    truth(fn, "reportlab", False, "Shenzhen Huaxin Biotech Co., Ltd.", pay, "HX-TT-20260312-0087", "USD", tot, lines)


DESC_MS = ["Bahan makmal", "Tabung uji kaca", "Reagen kimia", "Sarung tangan nitril", "Kertas turas",
           "Kelalang kon 250ml", "Perkhidmatan kalibrasi", "Caj penghantaran"]


def d_ms_serikembangan(fn):
    rng = random.Random(110)
    pay = dt.date(2026, 3, 19)
    lines = make_lines(rng, 5, seq_refs(rng, 5, "SI# {}", 18700, (3, 50)), pay, 200, 7800)
    for l in lines:
        l["desc"] = rng.choice(DESC_MS)
    tot = tsum(lines)
    lay_ms(HERE / fn, dict(
        payer="MAKMAL ANALISIS SERI KEMBANGAN SDN. BHD.", regno="(201501012345 / 1134567-K)",
        payer_addr=["No. 7, Jalan SK 3/2, Taman Sungai Kantan, 43300 Seri Kembangan, Selangor",
                    "Tel: 03-8941 2200   Faks: 03-8941 2210   No. SST: B16-1808-32000123"],
        title="NASIHAT PEMBAYARAN", to=["Kepada:", "Red Gum Laboratory Supplies Pty Ltd", "(Cawangan Kuala Lumpur)"] + KUL[1:],
        kv=[("Tarikh Bayaran", df(pay, "dmy/")), ("No. Rujukan Pembayaran", "DN2603190045112"),
            ("Kaedah Bayaran", "DuitNow Transfer"), ("No. Pembekal", "PB-00731")],
        intro=("Dengan hormatnya, bayaran bagi invois-invois berikut telah dibuat ke akaun bank tuan/puan "
               "(Perdana Islamic Bank Berhad, No. Akaun 8881-0234-5567):"),
        head=["Bil.", "No. Invois", "Tarikh Invois", "Keterangan", "Jumlah (RM)"], lines=lines, ds="dmy/",
        tot_label="Jumlah Keseluruhan",
        notes=["Sila hubungi Jabatan Kewangan di talian 03-8941 2200 sekiranya terdapat sebarang pertanyaan."],
        signer="Nurul Aina binti Hassan"))
    truth(fn, "reportlab", False, "MAKMAL ANALISIS SERI KEMBANGAN SDN. BHD.", pay, "DN2603190045112", "MYR", tot, lines)


def d_multi_torrens(fn):
    rng = random.Random(111)
    pay = dt.date(2026, 3, 24)
    lines = make_lines(rng, 43, rg_refs(rng, 43, 103600), pay, 40, 3900, credits=(11, 30),
                       credit_refs=["CR-2288", "CR-2306"], credit_hi=250)
    for l in lines:
        l["po"] = f"THN-{rng.randint(550000, 559999)}"
        l["desc"] = rng.choice(DESC_EN)
    tot = tsum(lines)
    lay_multi(HERE / fn, dict(
        payer="Torrens Health Network", payer_addr="Accounts Payable Shared Services, GPO Box 1810, Adelaide SA 5001",
        kv=[("Payment Date", df(pay, "d-Mon-y")), ("EFT Reference", "EFT0009921"), ("Supplier No.", "S004417"),
            ("Payment Method", "EFT"), ("Currency", "AUD"), ("Enquiries", "(08) 8222 5100")],
        to=ADL[:3], intro="The following invoices and credits have been included in this payment:",
        head=["Invoice No", "Inv Date", "Order No", "Description", "Amount"], lines=lines, per_page=17, lead=19,
        ds="dmy/", bf="Brought forward", cf="Carried forward", tot_label="Total Payment",
        notes=["Payment has been made to BSB 065-112 Account 1042 7788. Please quote the EFT reference on all "
               "correspondence."],
        footer="Torrens Health Network  ABN 97 643 210 118  -  generated by TechOne AP"))
    truth(fn, "reportlab", False, "Torrens Health Network", pay, "EFT0009921", "AUD", tot, lines)


def d_cc_hauraki(fn):
    rng = random.Random(113)
    pay = dt.date(2026, 3, 19)
    refs = seq_refs(rng, 12, "INV/2026/{:04d}", 70, (1, 9))
    lines = make_lines(rng, 11, refs, pay, 60, 2400, credits=(7,), credit_refs=["CN 0052"], credit_hi=200)
    for l in lines:
        l["desc"] = rng.choice(DESC_EN)
    groups = [("CC 4100 School of Chemistry", [lines[i] for i in (0, 3, 4, 9)]),
              ("CC 4200 School of Life Sciences", [lines[i] for i in (1, 2, 7, 10, 11)]),
              ("CC 6050 Facilities Management", [lines[i] for i in (5, 6, 8)])]
    ordered = [l for _, gl in groups for l in gl]
    tot = tsum(ordered)
    lay_cc(HERE / fn, dict(
        payer="Hauraki Institute of Technology",
        payer_addr=["Finance Office, 40 Mackay Street, Thames 3500, New Zealand", "Phone 07 868 4400  |  GST 094-221-386"],
        to=AKL, kv=[("Payment No.", "0000318842"), ("Payment Date", "Thursday, " + df(pay, "d Month y")),
                    ("Payment Method", "Direct Credit"), ("Currency", "NZD"), ("Supplier Code", "RED0042")],
        head=["Invoice No.", "Invoice Date", "Description", "Amount Paid"], groups=groups, ds="dmy/",
        sub_label="Subtotal", tot_label="Total Paid NZD",
        notes=["Funds have been credited to your account 02-0100-0456789-000. Invoices are grouped by the "
               "Institute cost centre that approved them."]))
    truth(fn, "reportlab", False, "Hauraki Institute of Technology", pay, "0000318842", "NZD", tot, ordered)


# ==========================================================================
# documents: Chromium (HTML -> PDF)
# ==========================================================================
def d_chrome_pilbara(fn, src_only=False):
    rng = random.Random(114)
    pay = dt.date(2026, 3, 25)
    refs = rg_refs(rng, 8, 104600)
    held = refs.pop(4)
    held_amt = amt(rng, 1200, 3000)
    lines = make_lines(rng, 7, refs, pay, 250, 5200, credits=(5,), credit_refs=["CN 0061"], credit_hi=400)
    tot = tsum(lines)
    css = """body{font-family:'Liberation Sans',sans-serif;font-size:10pt;color:#222}
.top{display:flex;justify-content:space-between;border-bottom:3px solid #b5651d;padding-bottom:6px}
.brand{font-size:17pt;font-weight:bold;color:#b5651d;letter-spacing:1px}.small{font-size:8pt;color:#555}
h2{font-size:14pt;margin:18px 0 8px}
.note{border-left:4px solid #b5651d;background:#fbf3ea;padding:8px 12px;margin:10px 0}
table{border-collapse:collapse;width:100%}
table.meta td{padding:3px 6px;font-size:9.5pt}table.meta td.k{color:#666;width:28%}
table.lines{margin-top:14px}table.lines th{background:#b5651d;color:#fff;text-align:left;padding:5px 6px;font-size:9pt}
table.lines td{border-bottom:1px solid #ddd;padding:4px 6px;font-size:9.5pt}
.r{text-align:right!important}.l{text-align:left}.tot td{font-weight:bold;border-top:2px solid #333;border-bottom:none}"""
    body = f"""<div class="top"><div><div class="brand">PILBARA ASSAY SERVICES</div>
<div class="small">Pilbara Assay Services Pty Ltd &middot; ABN 22 604 917 330<br>Lot 3081 Pinga Street, Wedgefield WA 6721 &middot; (08) 9140 2266</div></div>
<div class="small" style="text-align:right">Accounts Payable<br>ap@pilbaraassay.example</div></div>
<h2>Remittance Advice</h2>
<p>To: {esc(ADL[0])}, {esc(ADL[1])}, {esc(ADL[2])}</p>
<div class="note"><b>Please note:</b> invoice {held} for ${fmt(held_amt)} is on hold pending a corrected delivery docket
and has <b>not</b> been included in this payment. It will be released in the next payment run once the docket is received.
Credit note CN 0061 has been applied in full against this payment.</div>
<p>Payment has been made by EFT to your nominated account (BSB 065-112, account ending 7788). Please allow one to two
business days for the funds to clear. Remittance queries should quote our supplier number 300412.</p>
<table class="meta"><tr><td class="k">Payment date</td><td>{df(pay, 'dmy/')}</td><td class="k">EFT reference</td><td>PAS-EFT-77120</td></tr>
<tr><td class="k">Supplier number</td><td>300412</td><td class="k">Currency</td><td>AUD</td></tr></table>
"""
    rows = [[l.ref, df(l.date, "dmy/"), "Credit note" if l.amt < 0 else "Tax invoice", fmt(l.amt)] for l in lines]
    body += html_table([("Document", "l"), ("Date", "l"), ("Type", "l"), ("Amount paid (AUD)", "r")], rows, "lines",
                       foot=[[("Total payment", "l", 3), (fmt(tot), "r", 1)]]).replace("<tfoot><tr>",
                                                                                          "<tfoot><tr class=\"tot\">")
    html = html_page(body, css, "Remittance Advice PAS-EFT-77120")
    out = (TMP if src_only else HERE) / fn
    chromium_pdf(html, out)
    return truth(fn, "chromium", False, "Pilbara Assay Services Pty Ltd", pay, "PAS-EFT-77120", "AUD", tot, lines)


def d_chrome_brightwater(fn):
    rng = random.Random(115)
    pay = dt.date(2026, 3, 26)
    lines = make_lines(rng, 4, rg_refs(rng, 4, 104700), pay, 80, 1900, credits=(2,), credit_refs=["CR-2320"],
                       credit_hi=150)
    tot = tsum(lines)
    css = """body{font-family:'DejaVu Sans',sans-serif;font-size:9.5pt;color:#333}
h1{font-weight:normal;font-size:20pt;margin:0 0 4px;color:#5a7d7c}.sub{color:#888;margin-bottom:24px}
table{border-collapse:collapse}td,th{padding:3px 26px 3px 0;text-align:left;vertical-align:top}
th{font-weight:bold;color:#5a7d7c}.k{color:#888}.gap{height:14px}"""
    body = f"""<h1>Brightwater Cosmetics</h1><div class="sub">Brightwater Cosmetics Pty Ltd &middot; 5/62 Hindmarsh Square, Adelaide SA 5000 &middot; ABN 31 145 662 790</div>
<table><tr><td class="k">Remittance to</td><td>{esc(ADL[0])}</td></tr>
<tr><td class="k">Payment date</td><td>{df(pay, 'd Mon y')}</td></tr>
<tr><td class="k">Payment ref</td><td>BWC-000318</td></tr>
<tr><td class="k">Paid into</td><td>BSB 065-112 &nbsp; Acc 1042 7788</td></tr></table>
<div class="gap"></div>
"""
    rows = [[l.ref, df(l.date, "d Mon y"), "Credit" if l.amt < 0 else "Invoice", fmt(l.amt, sym="A$")] for l in lines]
    body += html_table([("Their ref", "l"), ("Dated", "l"), ("Type", "l"), ("Paid", "l")], rows)
    body += f"""<div class="gap"></div><table><tr><td class="k">Total paid</td><td><b>{fmt(tot, sym='A$')}</b></td></tr></table>
<p style="margin-top:30px;color:#888">Thanks! &mdash; Mia Kovac, Office Manager &middot; 0412 555 019</p>"""
    chromium_pdf(html_page(body, css, "Brightwater remittance", margin="22mm"), HERE / fn)
    truth(fn, "chromium", False, "Brightwater Cosmetics Pty Ltd", pay, "BWC-000318", "AUD", tot, lines)


def d_chrome_oracle_visayas(fn):
    rng = random.Random(116)
    pay = dt.date(2026, 3, 17)
    lines = make_lines(rng, 7, seq_refs(rng, 7, "{}-B", 77900, (1, 11)), pay, 3000, 90000)
    rows = []
    for i, l in enumerate(lines):
        g = l.amt
        base = q(g / D("1.12"))
        wt = q(base * (D("0.02") if i % 3 == 1 else D("0.01")))
        disc = D(0)
        l["amt"] = g - wt - disc
        rows.append([l.ref, df(l.date, "D-MON-Y"), rng.choice(["Laboratory consumables", "Reagents",
                     "Calibration services", "Glassware", "Freight charges"]), fmt(g), fmt(wt), fmt(disc), fmt(l.amt)])
    tot = tsum(lines)
    css = """body{font-family:'Liberation Sans',sans-serif;font-size:8.5pt}
.hdr td{padding:1px 8px 1px 0}h1{font-size:13pt;text-align:center;margin:6px 0 14px}
table{border-collapse:collapse}.grid{width:100%;margin-top:14px}
.grid th{border-top:1px solid #000;border-bottom:1px solid #000;padding:4px;font-weight:bold;vertical-align:bottom}
.grid td{padding:3px 4px}.r{text-align:right}.l{text-align:left}
.tot td{border-top:1px solid #000;font-weight:bold}.lab{font-weight:bold}"""
    body = f"""<table style="width:100%"><tr><td><b>VISAYAS MEDICAL CENTER FOUNDATION, INC.</b><br>B. Rodriguez St., Cebu City 6000<br>TIN 000-313-228-000</td>
<td style="text-align:right">Report Date: {df(pay, 'D-MON-Y')} 18:04<br>Page: 1 of 1</td></tr></table>
<h1>Payment Remittance Advice</h1>
<table class="hdr"><tr><td class="lab">Supplier Name</td><td>RED GUM LABORATORY SUPPLIES PTY LTD</td><td class="lab">Payment Number</td><td>48213</td></tr>
<tr><td class="lab">Supplier Number</td><td>20451</td><td class="lab">Payment Date</td><td>{df(pay, 'D-MON-Y')}</td></tr>
<tr><td class="lab">Supplier Site</td><td>CEBU</td><td class="lab">Payment Method</td><td>EFT</td></tr>
<tr><td class="lab">Bank Account</td><td>BDO 0012-3456-7890</td><td class="lab">Payment Currency</td><td>PHP</td></tr>
<tr><td class="lab">Payment Document</td><td>BDO CORPORATE EFT</td><td class="lab">Payment Amount</td><td>{fmt(tot)}</td></tr></table>
"""
    body += html_table([("Invoice Number", "l"), ("Invoice Date", "l"), ("Invoice Description", "l"),
                        ("Invoice Amount", "r"), ("Withholding Amount", "r"), ("Discount Taken", "r"),
                        ("Amount Paid", "r")], rows, "grid",
                       foot=[[("Total", "l", 3), (fmt(sum((D(r[3].replace(',', '')) for r in rows), D(0))), "r", 1),
                              (fmt(sum((D(r[4].replace(',', '')) for r in rows), D(0))), "r", 1), ("0.00", "r", 1),
                              (fmt(tot), "r", 1)]]).replace("<tfoot><tr>", "<tfoot><tr class=\"tot\">")
    body += "<p style=\"margin-top:24px\">Withholding tax deducted per BIR regulations. Certificate of creditable tax withheld at source (BIR Form 2307) to follow.</p><p>*** End of Report ***</p>"
    chromium_pdf(html_page(body, css, "Payment Remittance Advice", margin="12mm"), HERE / fn)
    truth(fn, "chromium", False, "VISAYAS MEDICAL CENTER FOUNDATION, INC.", pay, "48213", "PHP", tot, lines)


def d_chrome_penang(fn):
    rng = random.Random(117)
    pay = dt.date(2026, 3, 23)
    inv = make_lines(rng, 6, seq_refs(rng, 6, "SI# {}", 19050, (2, 30)), pay, 400, 8800)
    cns = [Ln(ref="CN 0047", kind="credit_note", amt=-amt(rng, 100, 600), date=pay - dt.timedelta(days=20)),
           Ln(ref="CN 0049", kind="credit_note", amt=-amt(rng, 50, 300), date=pay - dt.timedelta(days=9))]
    tot = tsum(inv + cns)
    css = """body{font-family:'Liberation Serif',serif;font-size:10.5pt}
.hd{text-align:center}.hd b{font-size:14pt}h2{font-size:12pt;text-decoration:underline;margin:20px 0 6px}
table{border-collapse:collapse}.t{width:100%}.t th,.t td{border:1px solid #444;padding:3px 6px}
.t th{background:#eee}.r{text-align:right}.l{text-align:left}.sum td{padding:2px 10px}"""
    body = f"""<div class="hd"><b>PENANG SEMICONDUCTOR TEST SDN. BHD.</b> (200901023456 / 861234-W)<br>
Plot 88, Lintang Bayan Lepas 9, Bayan Lepas Industrial Park Phase 4, 11900 Penang &middot; Tel 04-642 8800</div>
<h2 style="text-align:center;text-decoration:none;font-size:15pt">REMITTANCE ADVICE</h2>
<table style="width:100%"><tr><td style="width:55%">To:<br>{'<br>'.join(esc(a) for a in KUL)}</td>
<td><table class="sum"><tr><td>Date</td><td>: {df(pay, 'd Month y')}</td></tr><tr><td>Payment Voucher</td><td>: PV-2603-0117</td></tr>
<tr><td>Bank Reference</td><td>: IBG2603230117754</td></tr><tr><td>Currency</td><td>: Ringgit Malaysia (MYR)</td></tr></table></td></tr></table>
<h2>Invoices paid</h2>"""
    body += html_table([("No.", "l"), ("Invoice No.", "l"), ("Invoice Date", "l"), ("Amount (RM)", "r")],
                       [[str(i + 1), l.ref, df(l.date, "dmy/"), fmt(l.amt)] for i, l in enumerate(inv)], "t",
                       foot=[[("Sub-total", "l", 3), (fmt(tsum(inv)), "r", 1)]])
    body += "<h2>Credit notes</h2>"
    body += html_table([("No.", "l"), ("Credit Note No.", "l"), ("Date", "l"), ("Amount (RM)", "r")],
                       [[str(i + 1), l.ref, df(l.date, "dmy/"), fmt(-l.amt)] for i, l in enumerate(cns)], "t",
                       foot=[[("Sub-total", "l", 3), (fmt(-tsum(cns)), "r", 1)]])
    body += f"""<h2>Summary</h2><table class="sum"><tr><td>Total invoices</td><td class="r">RM {fmt(tsum(inv))}</td></tr>
<tr><td>Less: credit notes</td><td class="r">RM {fmt(-tsum(cns))}</td></tr>
<tr><td><b>Net amount paid</b></td><td class="r"><b>RM {fmt(tot)}</b></td></tr></table>
<p style="margin-top:28px">Payment has been credited to your account no. 8881-0234-5567 (Perdana Islamic Bank Berhad).<br>
For enquiries please contact our Accounts Department at 04-642 8815.</p><p>Thank you.</p>"""
    chromium_pdf(html_page(body, css, "Remittance Advice"), HERE / fn)
    truth(fn, "chromium", False, "PENANG SEMICONDUCTOR TEST SDN. BHD.", pay, "IBG2603230117754", "MYR", tot, inv + cns)


# ==========================================================================
# documents: LibreOffice Writer (flat ODT -> PDF)
# ==========================================================================
def C(t, p="Pl", c="Cb", span=1):
    return (t, p, c, span)


def d_writer_heidelberg(fn, src_only=False, variant=None):
    v = variant or dict(
        seed=108, pay=dt.date(2026, 3, 16), n=5, credits=(3,), credit_refs=["CR-2302"], lo=300, hi=9000,
        payer="Heidelberger Zellkultur GmbH", street="Im Neuenheimer Feld 582", city="69120 Heidelberg",
        country_to="Australien", pnum="2000018734", vendor="70012345", contact="Frau S. Weber",
        phone="+49 6221 4387-220", beleg0=1900023400,
        footer="Geschäftsführer: Dr. Anja Roth · Amtsgericht Mannheim HRB 712345 · USt-IdNr. DE287654321",
        to=ADL[:3], refs="rg", tool="libreoffice-writer")
    rng = random.Random(v["seed"])
    pay = v["pay"]
    refs = rg_refs(rng, v["n"], 104500) if v["refs"] == "rg" else seq_refs(rng, v["n"], v["refs"], 4512800, (3, 90))
    lines = make_lines(rng, v["n"], refs, pay, v["lo"], v["hi"], credits=v["credits"], credit_refs=v["credit_refs"],
                       credit_hi=450)
    sap_lines(rng, lines, v["beleg0"], disc_p=0.6, rate=D("0.03"))
    tot = tsum(lines)
    f = Fodt("Zahlungsavis " + v["pnum"], v["payer"], lang="de", country="DE", size="9.5pt")
    f.p(v["payer"] + " · " + v["street"] + " · " + v["city"], "Psmu")
    info = [("Datum:", df(pay, "dmy.")), ("Zahlungsnummer:", v["pnum"]), ("Ihre Lieferantennr. bei uns:", v["vendor"]),
            ("Ansprechpartner:", v["contact"]), ("Telefon:", v["phone"])]
    addr = v["to"] + [v["country_to"]]
    rows = []
    for i in range(max(len(addr), len(info))):
        a = addr[i] if i < len(addr) else ""
        k, val = info[i] if i < len(info) else ("", "")
        rows.append([C(a, "Pl", "Cn"), C(k, "Pl", "Cn"), C(val, "Pl", "Cn")])
    f.table([8.5, 4.3, 4.0], rows)
    f.blank()
    f.p("Zahlungsavis", "Ph")
    f.p("Sehr geehrte Damen und Herren,", "Psp")
    f.p("wir haben am " + df(pay, "dmy.") + " die nachstehend aufgeführten Belege unter Abzug von Skonto zur Zahlung "
        "angewiesen. Die Überweisung erfolgt auf Ihr Konto 1042 7788 (BSB 065-112, BIC SACBAU3A). "
        "Bitte gleichen Sie die Posten in Ihrer Buchhaltung entsprechend aus.", "Psp")
    hdr = [C("Belegnr.", "Pb", "Ch"), C("Rechnungsnr.", "Pb", "Ch"), C("Rechnungsdatum", "Pb", "Ch"),
           C("Bruttobetrag EUR", "Prb", "Ch"), C("Skonto EUR", "Prb", "Ch"), C("Zahlbetrag EUR", "Prb", "Ch")]
    rows = [hdr]
    g = s = D(0)
    for l in lines:
        rows.append([C(l.doc), C(l.ref), C(df(l.date, "dmy.")), C(fmt(l.gross, ".", ",", "trail"), "Pr"),
                     C(fmt(l.disc, ".", ",", "trail"), "Pr"), C(fmt(l.amt, ".", ",", "trail"), "Pr")])
        g += l.gross
        s += l.disc
    rows.append([C("Summe", "Pb", "Cb", 3), None, None, C(fmt(g, ".", ","), "Prb"), C(fmt(s, ".", ","), "Prb"),
                 C(fmt(tot, ".", ","), "Prb")])
    f.table([2.5, 2.7, 3.0, 3.1, 2.3, 3.1], rows, header_rows=1)
    f.p("Zahlbetrag gesamt: " + fmt(tot, ".", ",") + " EUR", "Pb")
    f.blank()
    f.p("Mit freundlichen Grüßen", "Pl")
    f.p(v["payer"] + "\nKreditorenbuchhaltung", "Psp")
    f.blank()
    f.p(v["footer"], "Psm")
    src = TMP / (Path(fn).stem + ".fodt")
    f.save(src)
    out = (TMP if src_only else HERE) / fn
    soffice_pdf(src, out)
    return truth(fn, v["tool"], v.get("scan", False), v["payer"], pay, v["pnum"], "EUR", tot, lines)


def d_writer_riverland(fn):
    rng = random.Random(118)
    pay = dt.date(2026, 3, 20)
    lines = make_lines(rng, 4, rg_refs(rng, 4, 104800), pay, 250, 4800, credits=(2,), credit_refs=["CR-2311"],
                       credit_hi=350)
    tot = tsum(lines)
    f = Fodt("Remittance Advice", "Riverland Citrus Packers Pty Ltd", font="Liberation Serif", size="10.5pt",
             mt="1.8cm", ml="2.5cm")
    f.p("RIVERLAND CITRUS PACKERS PTY LTD", "Ph")
    f.p("ABN 64 008 552 113  ·  Sturt Highway, Renmark SA 5341  ·  Telephone (08) 8586 1200", "Psm")
    f.blank()
    f.p("20th March 2026", "Psp")
    f.p("\n".join(ADL[:3]), "Psp")
    f.p("Attention: Accounts Receivable", "Psp")
    f.p("Dear Sir/Madam,", "Psp")
    f.p("Re: Remittance Advice - EFT payment", "Pb")
    f.blank()
    f.p("We advise that an electronic funds transfer of $" + fmt(tot) + " (AUD) has been made to your account "
        "today in settlement of the invoices listed below, less the credit note owing to us. Our EFT reference for "
        "this payment is RCP-0320-114.", "Psp")
    f.p("Kindly update your records accordingly. Any discrepancy should be raised with our office within fourteen "
        "days of the date of this letter.", "Psp")
    rows = [[C("Document", "Pb", "Cb"), C("Date", "Pb", "Cb"), C("Our Order", "Pb", "Cb"), C("Amount", "Prb", "Cb")]]
    for l in lines:
        rows.append([C(l.ref), C(df(l.date, "d Mon y")), C(f"RCP{rng.randint(18000, 18999)}"),
                     C(fmt(l.amt, neg="()"), "Pr")])
    rows.append([C("Total remitted", "Pb", "Cb", 3), None, None, C(fmt(tot), "Prb")])
    f.table([4.0, 3.5, 3.5, 3.6], rows, header_rows=1)
    f.p("Credits are shown in brackets.", "Psm")
    f.blank()
    f.p("Yours faithfully,", "Psp")
    f.blank()
    f.p("Kym Ellis\nFinance Officer", "Pl")
    src = TMP / (Path(fn).stem + ".fodt")
    f.save(src)
    soffice_pdf(src, HERE / fn)
    truth(fn, "libreoffice-writer", False, "RIVERLAND CITRUS PACKERS PTY LTD", pay, "RCP-0320-114", "AUD", tot, lines)


def d_writer_tasman(fn):
    rng = random.Random(119)
    pay = dt.date(2026, 3, 27)
    refs = seq_refs(rng, 3, "INV/2026/{:04d}", 130, (2, 12))
    lines = make_lines(rng, 3, refs, pay, 400, 6000)
    po = seq_refs(rng, 5, "TMRT-PO-{}", 4460, (1, 6))
    for l, p in zip(lines, po[:3]):
        l["po"] = p
        l["desc"] = rng.choice(DESC_EN)
    pos = [Ln(ref=po[3], kind="po", amt=amt(rng, 800, 3000), po=po[3], desc="30% deposit on order - no invoice yet"),
           Ln(ref=po[4], kind="po", amt=amt(rng, 1500, 5000), po=po[4], desc="Prepayment per your pro-forma")]
    allp = lines[:2] + [pos[0]] + lines[2:] + [pos[1]]
    tot = tsum(allp)
    f = Fodt("Payment Notification", "Tasman Marine Research Trust", country="NZ", size="9.5pt")
    f.table([10.0, 7.0], [[C("Tasman Marine Research Trust", "Ph", "Cn"),
                           C("PO Box 440, Nelson 7040\nPhone 03 548 2019\nGST 071-338-205", "Pr", "Cn")]])
    f.p("PAYMENT NOTIFICATION", "Pb")
    f.blank()
    f.table([3.5, 6.5], [[C("To:", "Pb", "Cn"), C(AKL[0] + "\n" + AKL[1] + "\n" + AKL[2], "Pl", "Cn")],
                         [C("Date paid:", "Pb", "Cn"), C(df(pay, "dmy/"), "Pl", "Cn")],
                         [C("Direct credit ref:", "Pb", "Cn"), C("TMRT270326", "Pl", "Cn")],
                         [C("Paid to account:", "Pb", "Cn"), C("02-0100-0456789-000", "Pl", "Cn")]])
    f.p("The following items have been paid. Where no invoice has yet been issued the payment is made against "
        "our purchase order.", "Psp")
    rows = [[C("Our PO No.", "Pb", "Ch"), C("Your Invoice No.", "Pb", "Ch"), C("Description", "Pb", "Ch"),
             C("Amount NZD", "Prb", "Ch")]]
    for l in allp:
        rows.append([C(l.po), C(l.ref if l.kind == "invoice" else ""), C(l.desc), C(fmt(l.amt), "Pr")])
    rows.append([C("", "Pl", "Cn"), C("", "Pl", "Cn"), C("Total paid (incl. GST)", "Prb", "Cn"), C(fmt(tot), "Prb", "Ct")])
    f.table([3.2, 3.4, 7.0, 3.2], rows, header_rows=1)
    f.blank()
    f.p("Queries: accounts@tasmanmarine.example", "Psm")
    src = TMP / (Path(fn).stem + ".fodt")
    f.save(src)
    soffice_pdf(src, HERE / fn)
    truth(fn, "libreoffice-writer", False, "Tasman Marine Research Trust", pay, "TMRT270326", "NZD", tot, allp)


# ==========================================================================
# documents: LibreOffice Calc (xlsx -> PDF) and raw xlsx
# ==========================================================================
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill

THIN = Side(style="thin", color="000000")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)


def wb_fixed(creator):
    wb = Workbook()
    wb.properties.creator = creator
    wb.properties.lastModifiedBy = creator
    wb.properties.created = dt.datetime(2026, 3, 10, 9, 0, 0)
    wb.properties.modified = dt.datetime(2026, 3, 10, 9, 0, 0)
    return wb


def save_xlsx(wb, path):
    wb.save(path)
    fix_zip(path)


def d_calc_kaimai(fn):
    rng = random.Random(112)
    pay = dt.date(2026, 3, 13)
    refs = seq_refs(rng, 13, "INV/2026/{:04d}", 20, (1, 8))
    lines = make_lines(rng, 13, refs, pay, 120, 5400, credits=(9,), credit_refs=["CN 0050"], credit_hi=380)
    vch = 88120
    for i, l in enumerate(lines):
        vch += rng.randint(1, 20)
        l["vch"] = f"VCH{vch}"
        l["po"] = f"KD{rng.randint(410000, 419999)}"
        l["due"] = l.date + dt.timedelta(days=20)
        l["gross"], l["disc"] = l.amt, D(0)
        if l.kind == "invoice" and rng.random() < 0.35:
            l["disc"] = q(l.amt * D("0.015"))
            l["amt"] = l.amt - l["disc"]
    tot = tsum(lines)
    wb = wb_fixed("Kaimai Dairy AP")
    ws = wb.active
    ws.title = "Remittance"
    ws["A1"] = "Kaimai Dairy Co-operative Ltd"
    ws["A1"].font = Font(name="Arial", size=14, bold=True)
    ws["A2"] = "Supplier Payment Remittance"
    ws["A2"].font = Font(name="Arial", size=11)
    ws["A3"] = "Payee: " + AKL[0] + "    Supplier ID: 400877"
    ws["A4"] = "Payment date:"
    ws["C4"] = dt.datetime(pay.year, pay.month, pay.day)
    ws["C4"].number_format = "yyyy-mm-dd"
    ws["C4"].alignment = Alignment(horizontal="left")
    ws["E4"] = "Direct credit ref:"
    ws["G4"] = "KDC-DC-004512"
    ws["A5"] = "Paid to account: 02-0100-0456789-000 (BNZ)"
    head = ["Line", "Voucher No", "Supplier Invoice", "Invoice Date", "Due Date", "PO Number", "Curr", "Gross",
            "Discount", "Amount Paid"]
    for j, h in enumerate(head):
        cc = ws.cell(row=7, column=j + 1, value=h)
        cc.font = Font(name="Arial", bold=True, size=9)
        cc.fill = PatternFill("solid", fgColor="D9E1F2")
        cc.border = BOX
        cc.alignment = Alignment(horizontal="right" if j >= 7 else "left")
    r = 8
    for i, l in enumerate(lines):
        vals = [i + 1, l.vch, l.ref, dt.datetime.combine(l.date, dt.time()), dt.datetime.combine(l.due, dt.time()), l.po,
                "NZD", float(l.gross), float(l.disc), float(l.amt)]
        for j, vv in enumerate(vals):
            cc = ws.cell(row=r, column=j + 1, value=vv)
            cc.font = Font(name="Arial", size=9)
            cc.border = BOX
            if j in (3, 4):
                cc.number_format = "dd/mm/yyyy"
                cc.alignment = Alignment(horizontal="left")
            if j >= 7:
                cc.number_format = "#,##0.00;-#,##0.00"
        r += 1
    ws.cell(row=r, column=9, value="Total").font = Font(name="Arial", bold=True, size=9)
    cc = ws.cell(row=r, column=10, value=float(tot))
    cc.font = Font(name="Arial", bold=True, size=9)
    cc.number_format = "#,##0.00"
    cc.border = Border(top=THIN, bottom=Side(style="double"))
    for col, w in zip("ABCDEFGHIJ", [6, 12, 16, 12, 12, 12, 6, 13, 11, 14]):
        ws.column_dimensions[col].width = w
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    src = TMP / (Path(fn).stem + ".xlsx")
    save_xlsx(wb, src)
    soffice_pdf(src, HERE / fn)
    truth(fn, "libreoffice-calc", False, "Kaimai Dairy Co-operative Ltd", pay, "KDC-DC-004512", "NZD", tot, lines)


def d_calc_pasirpanjang(fn):
    rng = random.Random(120)
    pay = dt.date(2026, 3, 16)
    lines = make_lines(rng, 3, seq_refs(rng, 3, "SI# {}", 19100, (2, 25)), pay, 300, 4200)
    for l in lines:
        l["desc"] = rng.choice(DESC_EN)
    lines.append(Ln(ref="PO-PPD-2231", kind="po", amt=amt(rng, 1000, 2500), date=None,
                    desc="Advance payment 50% on PO"))
    tot = tsum(lines)
    wb = wb_fixed("PPD Finance")
    ws = wb.active
    ws.title = "Payment Advice"
    rows = [("PASIR PANJANG DIAGNOSTICS PTE. LTD.", True, 13), ("UEN 201412345K   GST Reg No. M90-3344556-7", False, 8),
            ("10 Pasir Panjang Road #07-11, Singapore 117438   Tel 6779 2033", False, 8), ("", False, 8),
            ("PAYMENT ADVICE", True, 12)]
    for i, (t, b, s) in enumerate(rows):
        ws.cell(row=i + 1, column=1, value=t).font = Font(name="Calibri", bold=b, size=s)
    kv = [("Payee", "RED GUM LABORATORY SUPPLIES PTY LTD (KUALA LUMPUR BRANCH)"), ("Date", df(pay, "d-Mon-y")),
          ("Payment mode", "FAST"), ("FAST Transaction Ref", "20260316PPDG00123456"), ("Currency", "SGD")]
    for i, (k, vv) in enumerate(kv):
        ws.cell(row=7 + i, column=1, value=k).font = Font(name="Calibri", bold=True, size=10)
        ws.cell(row=7 + i, column=2, value=": " + vv).font = Font(name="Calibri", size=10)
    hr = 13
    head = ["S/N", "Invoice / PO No.", "Invoice Date", "Description", "Amount (SGD)"]
    for j, h in enumerate(head):
        cc = ws.cell(row=hr, column=j + 1, value=h)
        cc.font = Font(name="Calibri", bold=True, size=10)
        cc.border = BOX
        cc.fill = PatternFill("solid", fgColor="E7E6E6")
    for i, l in enumerate(lines):
        vals = [i + 1, l.ref, df(l.date, "d-Mon-y") if l.date else "", l.desc, float(l.amt)]
        for j, vv in enumerate(vals):
            cc = ws.cell(row=hr + 1 + i, column=j + 1, value=vv)
            cc.font = Font(name="Calibri", size=10)
            cc.border = BOX
            if j == 4:
                cc.number_format = "#,##0.00"
            if j == 0:
                cc.alignment = Alignment(horizontal="center")
    tr = hr + 1 + len(lines)
    ws.cell(row=tr, column=4, value="TOTAL SGD").font = Font(name="Calibri", bold=True, size=10)
    cc = ws.cell(row=tr, column=5, value=float(tot))
    cc.font = Font(name="Calibri", bold=True, size=10)
    cc.number_format = "#,##0.00"
    cc.border = BOX
    ws.cell(row=tr + 2, column=1, value="Funds transferred via FAST to beneficiary account 8881-0234-5567 "
            "(SWIFT PIBBMYKL). This is a computer generated advice.").font = Font(name="Calibri", size=8, italic=True)
    for col, w in zip("ABCDE", [22, 22, 14, 34, 16]):
        ws.column_dimensions[col].width = w
    ws.page_setup.orientation = "portrait"
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    src = TMP / (Path(fn).stem + ".xlsx")
    save_xlsx(wb, src)
    soffice_pdf(src, HERE / fn)
    truth(fn, "libreoffice-calc", False, "PASIR PANJANG DIAGNOSTICS PTE. LTD.", pay, "20260316PPDG00123456", "SGD",
          tot, lines)


def d_calc_adelaidehills(fn):
    rng = random.Random(121)
    pay = dt.date(2026, 3, 23)
    lines = [Ln(ref="RG-105071", kind="invoice", amt=amt(rng, 300, 900), date=dt.date(2026, 2, 19))]
    tot = tsum(lines)
    wb = wb_fixed("Sam")
    ws = wb.active
    ws.title = "Sheet1"
    ws["A1"] = "Adelaide Hills Brewing Co."
    ws["A1"].font = Font(name="Arial", size=16, bold=True)
    ws["A2"] = "12 Onkaparinga Valley Rd, Woodside SA 5244"
    ws["A4"] = "REMITTANCE"
    ws["A4"].font = Font(name="Arial", size=12, bold=True)
    ws["A6"] = "To"
    ws["B6"] = "Red Gum Laboratory Supplies"
    ws["A7"] = "Date"
    ws["B7"] = dt.datetime(pay.year, pay.month, pay.day)
    ws["B7"].number_format = "d/m/yyyy"
    ws["B7"].alignment = Alignment(horizontal="left")
    ws["A8"] = "Transfer ref"
    ws["B8"] = "AHBC0323"
    ws["A10"] = "Invoice"
    ws["B10"] = "Inv date"
    ws["C10"] = "Amount paid (AUD)"
    for c_ in ("A10", "B10", "C10"):
        ws[c_].font = Font(name="Arial", bold=True)
        ws[c_].border = Border(bottom=THIN)
    ws["A11"] = lines[0].ref
    ws["B11"] = dt.datetime.combine(lines[0].date, dt.time())
    ws["B11"].number_format = "d/m/yyyy"
    ws["C11"] = float(lines[0].amt)
    ws["C11"].number_format = "$#,##0.00"
    ws["B12"] = "Total"
    ws["C12"] = float(tot)
    ws["C12"].number_format = "$#,##0.00"
    ws["C12"].font = Font(name="Arial", bold=True)
    ws["A14"] = "Cheers, Sam (0433 555 201)"
    ws.column_dimensions["A"].width = 16
    ws.column_dimensions["B"].width = 28
    ws.column_dimensions["C"].width = 20
    src = TMP / (Path(fn).stem + ".xlsx")
    save_xlsx(wb, src)
    soffice_pdf(src, HERE / fn)
    truth(fn, "libreoffice-calc", False, "Adelaide Hills Brewing Co.", pay, "AHBC0323", "AUD", tot, lines)


def d_xlsx_gawler(fn):
    rng = random.Random(122)
    pay = dt.date(2026, 3, 18)
    lines = make_lines(rng, 9, rg_refs(rng, 9, 104900), pay, 60, 2600, credits=(6,), credit_refs=["CR-2314"],
                       credit_hi=180)
    for i, l in enumerate(lines):
        l["desc"] = rng.choice(DESC_EN)
        l["inv_amt"] = l.amt + (amt(rng, 20, 90) if i == 3 else 0)
    tot = tsum(lines)
    wb = wb_fixed("Gawler Vet Accounts")
    ws = wb.active
    ws.title = "Remittance Advice"
    ws["A1"] = "Gawler Veterinary Hospital"
    ws["A1"].font = Font(name="Calibri", size=14, bold=True)
    ws["A2"] = "ABN 12 874 552 019 | 88 Murray Street, Gawler SA 5118 | (08) 8522 4001"
    ws["A4"] = "REMITTANCE ADVICE"
    ws["A4"].font = Font(name="Calibri", size=12, bold=True)
    kv = [("Supplier:", "Red Gum Laboratory Supplies Pty Ltd"), ("Payment date:", dt.datetime(2026, 3, 18)),
          ("EFT reference:", "GVH-EFT-2611"), ("Vendor ID:", "V2044"), ("Currency:", "AUD")]
    for i, (k, v) in enumerate(kv):
        ws.cell(row=5 + i, column=1, value=k).font = Font(name="Calibri", bold=True)
        cc = ws.cell(row=5 + i, column=2, value=v)
        if isinstance(v, dt.datetime):
            cc.number_format = "d-mmm-yy"
            cc.alignment = Alignment(horizontal="left")
    hr = 11
    for j, h in enumerate(["Invoice No", "Invoice Date", "Description", "Invoice Amount", "Amount Paid"]):
        cc = ws.cell(row=hr, column=j + 1, value=h)
        cc.font = Font(name="Calibri", bold=True)
        cc.border = Border(bottom=THIN)
    for i, l in enumerate(lines):
        r = hr + 1 + i
        ws.cell(row=r, column=1, value=l.ref)
        cc = ws.cell(row=r, column=2, value=dt.datetime.combine(l.date, dt.time()))
        cc.number_format = "dd/mm/yyyy"
        ws.cell(row=r, column=3, value=l.desc)
        for j, v in ((4, l.inv_amt), (5, l.amt)):
            cc = ws.cell(row=r, column=j, value=float(v))
            cc.number_format = "#,##0.00;[Red]-#,##0.00"
    tr = hr + 1 + len(lines)
    ws.cell(row=tr, column=4, value="Total paid").font = Font(name="Calibri", bold=True)
    cc = ws.cell(row=tr, column=5, value=float(tot))
    cc.number_format = "#,##0.00"
    cc.font = Font(name="Calibri", bold=True)
    cc.border = Border(top=THIN, bottom=Side(style="double"))
    ws.cell(row=tr + 2, column=1, value="Invoice " + lines[3].ref + " short paid - freight not agreed.")
    for col, w in zip("ABCDE", [16, 14, 30, 16, 14]):
        ws.column_dimensions[col].width = w
    save_xlsx(wb, HERE / fn)
    truth(fn, "xlsx", False, "Gawler Veterinary Hospital", pay, "GVH-EFT-2611", "AUD", tot, lines)


def d_xlsx_canterbury(fn):
    rng = random.Random(123)
    pay = dt.date(2026, 2, 27)
    lines = make_lines(rng, 6, seq_refs(rng, 6, "INV/2026/{:04d}", 10, (1, 7)), pay, 90, 3100, credits=(4,),
                       credit_refs=["CN 0038"], credit_hi=260)
    gl = ["6120", "6125", "6140", "6120", "6300", "6125", "6140"]
    for l, g in zip(lines, gl):
        l["gl"] = g
        l["desc"] = rng.choice(DESC_EN)
    tot = tsum(lines)
    wb = wb_fixed("CST Finance")
    ws = wb.active
    ws.title = "Remittance"
    ws.merge_cells("A1:E1")
    ws["A1"] = "CANTERBURY SEED TESTING LTD - REMITTANCE ADVICE"
    ws["A1"].font = Font(name="Arial", size=13, bold=True)
    ws["A1"].alignment = Alignment(horizontal="center")
    ws["A2"] = "1 Gerald Street, Lincoln 7608  |  GST 104-882-316"
    ws["A2"].alignment = Alignment(horizontal="center")
    ws.merge_cells("A2:E2")
    ws["A4"] = "Paid to"
    ws["B4"] = AKL[0]
    ws["A5"] = "Payment Date"
    ws["B5"] = dt.datetime(2026, 2, 27)
    ws["B5"].number_format = "dd/mm/yyyy"
    ws["B5"].alignment = Alignment(horizontal="left")
    ws["A6"] = "Payment Reference"
    ws["B6"] = "CST-270226"
    ws["D5"] = "Currency"
    ws["E5"] = "NZD"
    hr = 8
    for j, h in enumerate(["Supplier Ref", "Description", "Date", "GL Code", "Amount NZD"]):
        cc = ws.cell(row=hr, column=j + 1, value=h)
        cc.font = Font(name="Arial", bold=True, color="FFFFFF")
        cc.fill = PatternFill("solid", fgColor="2F5597")
    for i, l in enumerate(lines):
        r = hr + 1 + i
        ws.cell(row=r, column=1, value=l.ref)
        ws.cell(row=r, column=2, value=l.desc)
        cc = ws.cell(row=r, column=3, value=dt.datetime.combine(l.date, dt.time()))
        cc.number_format = "dd/mm/yyyy"
        ws.cell(row=r, column=4, value=int(l.gl))
        cc = ws.cell(row=r, column=5, value=float(l.amt))
        cc.number_format = "#,##0.00;(#,##0.00)"
    tr = hr + 1 + len(lines)
    ws.cell(row=tr, column=1, value="TOTAL").font = Font(name="Arial", bold=True)
    cc = ws.cell(row=tr, column=5, value=float(tot))
    cc.font = Font(name="Arial", bold=True)
    cc.number_format = "#,##0.00;(#,##0.00)"
    for col, w in zip("ABCDE", [18, 32, 12, 10, 14]):
        ws.column_dimensions[col].width = w
    ws2 = wb.create_sheet("Bank details")
    ws2["A1"] = "Payer bank"
    ws2["B1"] = "ANZ 01-0802-0211457-00"
    ws2["A2"] = "Payee bank"
    ws2["B2"] = "BNZ 02-0100-0456789-000"
    ws2["A3"] = "Contact"
    ws2["B3"] = "accounts@cst.example  03 325 3311"
    save_xlsx(wb, HERE / fn)
    truth(fn, "xlsx", False, "CANTERBURY SEED TESTING LTD", pay, "CST-270226", "NZD", tot, lines)


def d_xlsx_lapulapu(fn):
    rng = random.Random(124)
    pay = dt.date(2026, 3, 20)
    lines = make_lines(rng, 30, seq_refs(rng, 30, "{}-B", 77500, (1, 9)), pay, 1500, 48000)
    for l in lines:
        g = l.amt
        l["gross"] = g
        l["vat"] = q(g * 12 / D(112))
        l["ewt"] = q((g - l["vat"]) * D("0.01"))
        l["amt"] = g - l["ewt"]
    tot = tsum(lines)
    wb = wb_fixed("LLSEC Accounting")
    ws = wb.active
    ws.title = "CV-26-0412"
    top = [("LAPU-LAPU SHIPYARD & ENGINEERING CORP.", True, 13),
           ("M.L. Quezon Highway, Pusok, Lapu-Lapu City, Cebu 6015  |  TIN 005-221-874-000", False, 9),
           ("CHECK VOUCHER - PAYMENT DETAILS", True, 12)]
    for i, (t, b, s) in enumerate(top):
        ws.cell(row=i + 1, column=1, value=t).font = Font(name="Arial", bold=b, size=s)
    kv = [("Payee:", "RED GUM LABORATORY SUPPLIES PTY LTD - CEBU BRANCH"), ("Check Voucher No.:", "CV-26-0412"),
          ("Check No.:", "0001187"), ("Check Date:", dt.datetime(2026, 3, 20)), ("Bank:", "Metrobank - Mandaue Branch"),
          ("Currency:", "PHP")]
    for i, (k, v) in enumerate(kv):
        ws.cell(row=5 + i, column=1, value=k).font = Font(name="Arial", bold=True, size=10)
        cc = ws.cell(row=5 + i, column=3, value=v)
        if isinstance(v, dt.datetime):
            cc.number_format = "mm/dd/yyyy"
            cc.alignment = Alignment(horizontal="left")
    hr = 12
    for j, h in enumerate(["#", "Invoice No.", "Invoice Date", "Gross Amount", "VAT", "EWT (1%)", "Net Amount"]):
        cc = ws.cell(row=hr, column=j + 1, value=h)
        cc.font = Font(name="Arial", bold=True, size=10)
        cc.border = BOX
        cc.fill = PatternFill("solid", fgColor="FFF2CC")
    for i, l in enumerate(lines):
        r = hr + 1 + i
        vals = [i + 1, l.ref, dt.datetime.combine(l.date, dt.time()), float(l.gross), float(l.vat), float(l.ewt),
                float(l.amt)]
        for j, v in enumerate(vals):
            cc = ws.cell(row=r, column=j + 1, value=v)
            cc.border = BOX
            if j == 2:
                cc.number_format = "mm/dd/yyyy"
            if j >= 3:
                cc.number_format = "#,##0.00"
    tr = hr + 1 + len(lines)
    ws.cell(row=tr, column=2, value="TOTAL").font = Font(name="Arial", bold=True)
    for j, k in ((4, "gross"), (5, "vat"), (6, "ewt"), (7, "amt")):
        cc = ws.cell(row=tr, column=j, value=float(sum((l[k] for l in lines), D(0))))
        cc.number_format = "#,##0.00"
        cc.font = Font(name="Arial", bold=True)
        cc.border = BOX
    ws.cell(row=tr + 2, column=1, value="Prepared by: M. Dela Cruz        Approved by: R. Tan")
    for col, w in zip("ABCDEFG", [6, 14, 13, 15, 13, 12, 15]):
        ws.column_dimensions[col].width = w
    save_xlsx(wb, HERE / fn)
    truth(fn, "xlsx", False, "LAPU-LAPU SHIPYARD & ENGINEERING CORP.", pay, "0001187", "PHP", tot, lines)


# ==========================================================================
# documents: csv, eml, html, txt
# ==========================================================================
def d_csv_vanderberg(fn):
    rng = random.Random(125)
    pay = dt.date(2026, 3, 17)
    lines = make_lines(rng, 5, rg_refs(rng, 5, 105100), pay, 200, 7000, credits=(2,), credit_refs=["CR-2309"],
                       credit_hi=300)
    sap_lines(rng, lines, 0, disc_p=0.4, rate=D("0.02"))
    tot = tsum(lines)
    omschr = ["Laboratoriumbenodigdheden", "Reagentia", "Glaswerk", "Verzendkosten", "Kalibratie"]

    def n(x):
        return fmt(x, "", ",")
    out = ["Betalingsspecificatie;;;;;", "Opdrachtgever;Van der Berg Laboratoria B.V.;;;;",
           "Begunstigde;Red Gum Laboratory Supplies Pty Ltd;;;;", "Betaaldatum;" + df(pay, "dmy-") + ";;;;",
           "Betalingskenmerk;VDB-2026-000731;;;;", "Valuta;EUR;;;;", "KvK-nummer opdrachtgever;34187652;;;;", ";;;;;",
           "Factuurnummer;Factuurdatum;Omschrijving;Factuurbedrag;Korting;Betaald"]
    for l in lines:
        out.append(";".join([l.ref, df(l.date, "dmy-"), "Creditnota" if l.amt < 0 else rng.choice(omschr),
                             n(l.gross), n(l.disc), n(l.amt)]))
    out.append("Totaal;;;;;" + n(tot))
    (HERE / fn).write_bytes(("\ufeff" + "\r\n".join(out) + "\r\n").encode("utf-8"))
    truth(fn, "csv", False, "Van der Berg Laboratoria B.V.", pay, "VDB-2026-000731", "EUR", tot, lines)


def d_csv_bulk(fn):
    rng = random.Random(126)
    pay = dt.date(2026, 3, 19)
    lines = make_lines(rng, 3, rg_refs(rng, 3, 105000), pay, 400, 6400)
    out = ["Payment Date,Payment Reference,Debtor Account,Beneficiary,Beneficiary BSB,Beneficiary Account,"
           "Invoice Number,Invoice Amount,Amount Paid,Currency"]
    for i, l in enumerate(lines):
        inv = l.amt + (amt(rng, 50, 150) if i == 1 else 0)
        out.append(",".join([pay.isoformat(), "PAY-0319-5531", "063-019 11223344",
                             "Red Gum Laboratory Supplies Pty Ltd", "065-112", "10427788", l.ref,
                             '"' + fmt(inv) + '"', '"' + fmt(l.amt) + '"', "AUD"]))
    (HERE / fn).write_text("\n".join(out) + "\n", encoding="utf-8")
    truth(fn, "csv", False, None, pay, "PAY-0319-5531", "AUD", None, lines)


def eml_headers(frm, to, subj, date, mid, extra=""):
    return (f"Return-Path: <{re.sub(r'.*<|>.*', '', frm)}>\nMessage-ID: <{mid}>\nDate: {date}\nFrom: {frm}\nTo: {to}\n"
            f"Subject: {subj}\nMIME-Version: 1.0\n" + extra)


def qp(s):
    return quopri.encodestring(s.encode("utf-8")).decode("ascii")


def d_eml_yorke(fn):
    rng = random.Random(127)
    pay = dt.date(2026, 3, 19)
    lines = make_lines(rng, 6, rg_refs(rng, 6, 104300), pay, 90, 3600)
    tot = tsum(lines)
    body = ("REMITTANCE ADVICE\n\n"
            "Yorke Peninsula Council has made an electronic payment to your nominated account.\n\n"
            f"Payment Date:       {df(pay, 'dmy/')}\n"
            "Payment Reference:  EFT 002318\n"
            f"Payment Amount:     ${fmt(tot)} AUD\n"
            "Supplier No.:       10432\n"
            "Paid to:            BSB 065-112  Account 10427788\n\n"
            "Invoice No      Invoice Date    Order No      Amount\n"
            "--------------  --------------  ------------  ------------\n")
    for l in lines:
        body += f"{l.ref:<14}  {df(l.date, 'dmy/'):<14}  {'YPC' + str(rng.randint(70000, 79999)):<12}  {fmt(l.amt):>12}\n"
    body += "                                              ------------\n"
    body += f"{'Total':<46}{fmt(tot):>12}\n\n"
    body += ("If you have any questions about this remittance please contact Accounts Payable on (08) 8832 0000\n"
             "or reply to this email.\n\n"
             "Yorke Peninsula Council\n8 Elizabeth Street, Maitland SA 5573\nABN 37 245 118 305\n\n"
             "This email and any attachments are confidential.\n")
    msg = eml_headers('"Yorke Peninsula Council - Accounts Payable" <accountspayable@yorke.example>',
                      '"Red Gum Accounts Receivable" <ar@redgumlab.example>',
                      "Remittance Advice - EFT 002318", "Thu, 19 Mar 2026 16:05:22 +1030",
                      "20260319053022.7731@mail.yorke.example",
                      "Content-Type: text/plain; charset=us-ascii\nContent-Transfer-Encoding: 7bit\n") + "\n" + body
    (HERE / fn).write_text(msg, encoding="ascii", newline="\r\n")
    truth(fn, "eml", False, "Yorke Peninsula Council", pay, "EFT 002318", "AUD", tot, lines)


def d_eml_selangor(fn):
    rng = random.Random(128)
    pay = dt.date(2026, 3, 24)
    lines = make_lines(rng, 3, seq_refs(rng, 3, "SI# {}", 19150, (3, 20)), pay, 300, 5200, credits=(2,),
                       credit_refs=["CN 0051"], credit_hi=250)
    tot = tsum(lines)
    rows = "".join(
        f"<tr><td style=\"padding:4px 10px;border:1px solid #ccc\">{esc(l.ref)}</td>"
        f"<td style=\"padding:4px 10px;border:1px solid #ccc\">{df(l.date, 'dmy/')}</td>"
        f"<td style=\"padding:4px 10px;border:1px solid #ccc\">{'Credit Note' if l.amt < 0 else 'Invoice'}</td>"
        f"<td style=\"padding:4px 10px;border:1px solid #ccc;text-align:right\">{fmt(l.amt)}</td></tr>\n" for l in lines)
    html = f"""<html><head><meta charset="utf-8"></head><body style="font-family:Arial,sans-serif;font-size:13px">
<p>Dear Sir/Madam,</p>
<p>Please be informed that payment has been made to your company as per details below.</p>
<table style="border-collapse:collapse;margin:10px 0">
<tr><td style="padding:2px 12px 2px 0"><b>Payer</b></td><td>Selangor Water Quality Laboratory Sdn. Bhd.</td></tr>
<tr><td style="padding:2px 12px 2px 0"><b>Payee</b></td><td>Red Gum Laboratory Supplies Pty Ltd (Kuala Lumpur Branch)</td></tr>
<tr><td style="padding:2px 12px 2px 0"><b>Payment Date</b></td><td>{df(pay, 'dmy/')}</td></tr>
<tr><td style="padding:2px 12px 2px 0"><b>Payment Ref No.</b></td><td>SWQL/PAY/2026/0388</td></tr>
<tr><td style="padding:2px 12px 2px 0"><b>Payment Amount</b></td><td>MYR {fmt(tot)}</td></tr>
</table>
<table style="border-collapse:collapse">
<tr style="background:#1f4e79;color:#fff"><th style="padding:4px 10px">Document No.</th><th style="padding:4px 10px">Document Date</th><th style="padding:4px 10px">Type</th><th style="padding:4px 10px">Amount (MYR)</th></tr>
{rows}<tr><td colspan="3" style="padding:4px 10px;text-align:right"><b>Total</b></td><td style="padding:4px 10px;text-align:right"><b>{fmt(tot)}</b></td></tr>
</table>
<p>This is a system generated email. Please do not reply.<br>
Selangor Water Quality Laboratory Sdn. Bhd. (199601023344 / 391122-P)<br>Lot 12, Jalan Utas 15/7, 40200 Shah Alam &middot; Tel 03-5510 3321</p>
</body></html>
"""
    text = "This message contains a payment advice in HTML format. Please view it in an HTML-capable mail client.\n"
    b = "=_SWQL_b1_7f3a9c21"
    msg = eml_headers('"SWQL Finance" <finance-noreply@swql.example>', "ar.kl@redgumlab.example",
                      "Payment Advice SWQL/PAY/2026/0388", "Tue, 24 Mar 2026 11:47:03 +0800",
                      "a1b2c3d4.20260324114703@swql.example",
                      f'Content-Type: multipart/alternative; boundary="{b}"\n')
    msg += (f"\nThis is a multi-part message in MIME format.\n\n--{b}\nContent-Type: text/plain; charset=utf-8\n"
            f"Content-Transfer-Encoding: 7bit\n\n{text}\n--{b}\nContent-Type: text/html; charset=utf-8\n"
            f"Content-Transfer-Encoding: quoted-printable\n\n{qp(html)}\n--{b}--\n")
    (HERE / fn).write_text(msg, encoding="ascii", newline="\r\n")
    truth(fn, "eml", False, "Selangor Water Quality Laboratory Sdn. Bhd.", pay, "SWQL/PAY/2026/0388", "MYR", tot, lines)


def d_eml_whangarei(fn):
    rng = random.Random(129)
    pay = dt.date(2026, 3, 31)
    lines = make_lines(rng, 5, seq_refs(rng, 5, "INV/2026/{:04d}", 100, (2, 15)), pay, 150, 4200)
    short = lines[2]
    inv_amt = short.amt + D("45.00")
    tot = tsum(lines)
    inner_body = ("Kia ora,\n\nPlease find below details of a payment made to your account.\n\n"
                  "Payer:            Whangarei District Health\n"
                  f"Payment date:     {df(pay, 'dmy/')}\n"
                  "Payment number:   WDH-PMT-0091184\n"
                  "Payment method:   Direct credit to 02-0100-0456789-000\n"
                  f"Amount:           NZD {fmt(tot)}\n\n"
                  "Invoice            Invoice amount     Paid amount\n")
    for l in lines:
        ia = inv_amt if l is short else l.amt
        inner_body += f"{l.ref:<18} {fmt(ia):>14} {fmt(l.amt):>15}\n"
    inner_body += f"{'':<18} {'':>14} {'-' * 15}\n{'TOTAL':<18} {'':>14} {fmt(tot):>15}\n\n"
    inner_body += ("Nga mihi,\nFinance Shared Services\nWhangarei District Health | Private Bag 9742, Whangarei 0148\n")
    inner = eml_headers('"WDH Payments" <payments@wdh.example>',
                        '"Red Gum Laboratory Supplies" <accounts@redgum-nz.example>',
                        "Remittance advice WDH-PMT-0091184", "Tue, 31 Mar 2026 09:12:40 +1300",
                        "pmt0091184.20260331@wdh.example",
                        "Content-Type: text/plain; charset=us-ascii\nContent-Transfer-Encoding: 7bit\n") + "\n" + inner_body
    outer_text = ("Hi team,\n\nForwarding the remittance below - our system sent it to your old accounts "
                  "address. Note we short-paid "
                  f"{short.ref} by $45.00 - freight was charged twice, please send a credit note for the "
                  "difference.\n\nRegards\nPriya Naidu\nAccounts Payable | Whangarei District Health\n"
                  "DDI 09 430 4101\n")
    b = "----=_Part_55120_1093812.1774991000000"
    msg = eml_headers('"Priya Naidu" <priya.naidu@wdh.example>', "accounts.nz@redgumlab.example",
                      "FW: Remittance advice WDH-PMT-0091184", "Wed, 1 Apr 2026 10:03:11 +1300",
                      "fwd.77120.20260401@wdh.example", f'Content-Type: multipart/mixed; boundary="{b}"\n')
    msg += (f"\n--{b}\nContent-Type: text/plain; charset=us-ascii\nContent-Transfer-Encoding: 7bit\n\n{outer_text}\n"
            f"--{b}\nContent-Type: message/rfc822\nContent-Disposition: attachment; "
            f"filename=\"Remittance advice WDH-PMT-0091184.eml\"\n\n{inner}\n--{b}--\n")
    (HERE / fn).write_text(msg, encoding="ascii", newline="\r\n")
    truth(fn, "eml", False, "Whangarei District Health", pay, "WDH-PMT-0091184", "NZD", tot, lines)


def d_eml_kihoney(fn):
    rng = random.Random(130)
    pay = dt.date(2026, 3, 20)
    lines = [Ln(ref="RG-104501", kind="invoice", amt=amt(rng, 200, 600)),
             Ln(ref="RG-104537", kind="invoice", amt=amt(rng, 800, 1500)),
             Ln(ref="CR-2291", kind="credit_note", amt=-amt(rng, 30, 80))]
    tot = tsum(lines)
    body = ("Hi Sarah,\n\nJust letting you know we paid these today by bank transfer:\n\n"
            f"  - {lines[0].ref}  ${fmt(lines[0].amt)}\n"
            f"  - {lines[1].ref}  ${fmt(lines[1].amt)}\n"
            f"  - less your credit {lines[2].ref} (${fmt(-lines[2].amt)})\n\n"
            f"So ${fmt(tot)} all up. Our reference on the transfer was KIHONEY MAR.\n\n"
            "Can you send the next lot of sample jars with the Tuesday freight? Ta.\n\n"
            "Cheers,\nJo Whitfield\nKangaroo Island Honey Co.\n0427 555 613\n")
    msg = eml_headers('"Jo Whitfield" <jo@kihoney.example>', '"Sarah Lim" <sarah.lim@redgumlab.example>',
                      "paid", "Fri, 20 Mar 2026 15:31:09 +1030", "CAF7x9Q2k.20260320@mail.kihoney.example",
                      "Content-Type: text/plain; charset=us-ascii; format=flowed\nContent-Transfer-Encoding: 7bit\n")
    msg += "\n" + body
    (HERE / fn).write_text(msg, encoding="ascii", newline="\r\n")
    truth(fn, "eml", False, "Kangaroo Island Honey Co.", pay, "KIHONEY MAR", None, tot, lines)


def d_html_darwin(fn):
    rng = random.Random(131)
    pay = dt.date(2026, 3, 18)
    lines = make_lines(rng, 7, rg_refs(rng, 7, 104350), pay, 120, 6800, credits=(4,), credit_refs=["CR-2296"],
                       credit_hi=420)
    po_line = Ln(ref="DTRI-PO-20931", kind="po", amt=amt(rng, 1000, 3000), date=None)
    lines.insert(6, po_line)
    tot = tsum(lines)
    rows = ""
    for l in lines:
        if l.kind == "po":
            rows += (f"<tr><td>&mdash;</td><td>&mdash;</td><td>{l.ref}</td><td>Prepayment</td>"
                     f"<td class=\"num\">&mdash;</td><td class=\"num\">{fmt(l.amt)}</td></tr>\n")
        else:
            typ = "Credit Memo" if l.amt < 0 else "Invoice"
            rows += (f"<tr><td>{l.ref}</td><td>{df(l.date, 'iso')}</td><td>DTRI-PO-{rng.randint(20000, 20999)}</td>"
                     f"<td>{typ}</td><td class=\"num\">{fmt(l.amt)}</td><td class=\"num\">{fmt(l.amt)}</td></tr>\n")
    html = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Payment 2026-000412 | SupplierLink</title>
<style>body{{font-family:Segoe UI,Arial,sans-serif;margin:0;color:#222}}header{{background:#0b3d5c;color:#fff;padding:10px 24px}}
nav a{{color:#cde;margin-right:16px;text-decoration:none;font-size:13px}}main{{padding:18px 24px}}
.card{{border:1px solid #dde;border-radius:6px;padding:12px 16px;margin-bottom:16px;display:grid;grid-template-columns:200px 1fr 200px 1fr;gap:6px}}
.card span.k{{color:#667}}table{{border-collapse:collapse;width:100%}}th{{background:#eef2f6;text-align:left;padding:6px}}
td{{border-bottom:1px solid #e5e8ec;padding:6px}}.num{{text-align:right}}.badge{{background:#2e7d32;color:#fff;border-radius:10px;padding:1px 8px;font-size:12px}}
footer{{color:#889;font-size:12px;padding:12px 24px}}</style></head>
<body>
<header><strong>SupplierLink</strong> &middot; Darwin Tropical Research Institute supplier portal
<nav><a href="#">Dashboard</a><a href="#">Purchase Orders</a><a href="#">Invoices</a><a href="#">Payments</a><a href="#">Profile</a></nav></header>
<main>
<p><a href="#">Payments</a> &rsaquo; 2026-000412</p>
<h1>Payment 2026-000412 <span class="badge">Paid</span></h1>
<div class="card">
<span class="k">Payer</span><span>Darwin Tropical Research Institute</span>
<span class="k">Supplier</span><span>Red Gum Laboratory Supplies Pty Ltd (Supplier #88213)</span>
<span class="k">Payment #</span><span>2026-000412</span>
<span class="k">Payment date</span><span>{pay.isoformat()}</span>
<span class="k">Payment method</span><span>EFT</span>
<span class="k">Bank account</span><span>BSB 065-112 &middot; ****7788</span>
<span class="k">Amount</span><span><strong>AUD {fmt(tot)}</strong></span>
<span class="k">Last updated</span><span>{pay.isoformat()} 17:22 ACST</span>
</div>
<h2>Documents in this payment</h2>
<table><thead><tr><th>Invoice #</th><th>Invoice date</th><th>PO #</th><th>Type</th><th class="num">Document amount</th><th class="num">Paid amount</th></tr></thead>
<tbody>
{rows}</tbody>
<tfoot><tr><td colspan="5"><strong>Total paid</strong></td><td class="num"><strong>{fmt(tot)}</strong></td></tr></tfoot></table>
</main>
<footer>Darwin Tropical Research Institute &middot; ABN 55 301 447 812 &middot; Ellengowan Drive, Casuarina NT 0810 &middot; (08) 8946 7000<br>
&copy; 2026 SupplierLink. Need help? supplierhelp@dtri.example</footer>
</body></html>
"""
    (HERE / fn).write_text(html, encoding="utf-8")
    truth(fn, "html", False, "Darwin Tropical Research Institute", pay, "2026-000412", "AUD", tot, lines)


def d_txt_portpirie(fn):
    rng = random.Random(132)
    pay = dt.date(2026, 3, 20)
    lines = make_lines(rng, 9, rg_refs(rng, 9, 103900), pay, 70, 5200, credits=(3, 8),
                       credit_refs=["CR-2279", "CR-2303"], credit_hi=240)
    sap_lines(rng, lines, 118800, disc_p=0.3, rate=D("0.01"))
    tot = tsum(lines)
    W = 96
    out = [f"{'PORT PIRIE SMELTING CO PTY LTD':<60}{'PAGE     1':>36}",
           f"{'APR0410   REMITTANCE ADVICE':<60}{'RUN DATE ' + df(pay, 'dmy/yy'):>36}",
           f"{'':<60}{'RUN TIME 14:02:51':>36}", "",
           "VENDOR : 0000041877  RED GUM LABORATORY SUPPLIES PTY LTD",
           "         18 KINTORE AVENUE",
           "         ADELAIDE SA 5000", "",
           f"EFT NO : 00073391      PAYMENT DATE : {df(pay, 'dmy/yy')}      BSB 065-112  ACCT 10427788", "",
           "-" * W,
           f"{'INVOICE':<14}{'INV DATE':<10}{'VOUCHER':<10}{'DESCRIPTION':<24}{'GROSS AMT':>13}{'DISC':>10}{'NET AMT':>15}",
           "-" * W]
    for l in lines:
        out.append(f"{l.ref:<14}{df(l.date, 'dmy/yy'):<10}{'V' + l.doc:<10}{('CREDIT - RETURNED GOODS' if l.amt < 0 else rng.choice(DESC_EN).upper())[:22]:<24}"
                   f"{fmt(l.gross, neg='trail') if l.gross < 0 else fmt(l.gross) + ' ':>13}"
                   f"{fmt(l.disc) + ' ':>10}{fmt(l.amt, neg='trail') if l.amt < 0 else fmt(l.amt) + ' ':>15}")
    out += ["-" * W, f"{'':<48}{'TOTAL PAYMENT AUD':<22}{fmt(tot) + ' ':>26}", "=" * W, "",
            "ENQUIRIES: ACCOUNTS PAYABLE (08) 8638 1500   ABN 81 007 311 942",
            "*** END OF REPORT ***"]
    (HERE / fn).write_text("\n".join(out) + "\n", encoding="ascii", newline="\r\n")
    truth(fn, "txt", False, "PORT PIRIE SMELTING CO PTY LTD", pay, "00073391", "AUD", tot, lines)


# ==========================================================================
# scans
# ==========================================================================
def grid(x0, x1, y0, y1, n=8):
    return [(x0 + (x1 - x0) * i / n, y0 + (y1 - y0) * j / n) for j in range(n + 1) for i in range(n + 1)]


def scan_out(src_pdf, fn, dpi, seed, quality=45, pages_kw=None, fmt_out="pdf", **kw):
    """Rasterise src_pdf, damage every page, write HERE/fn (pdf, png or jpg)."""
    pages = rasterise(src_pdf, dpi)
    rng = np.random.default_rng(seed)
    imgs = []
    for i, p in enumerate(pages):
        k = dict(kw)
        if pages_kw:
            k.update(pages_kw[i])
        if k.get("stamp"):
            lines_, ang, cands = k["stamp"]
            k["stamp"] = (make_stamp(lines_, dpi, ang, rng), cands)
        if k.get("scribble"):
            kind, cands = k["scribble"]
            k["scribble"] = (make_scribble(dpi, rng, kind), cands)
        imgs.append(degrade(p, seed * 10 + i, dpi=dpi, **k))
    out = HERE / fn
    if fmt_out == "pdf":
        images_to_pdf(imgs, dpi, out, quality)
    elif fmt_out == "png":
        imgs[0].save(out, "PNG", optimize=True, dpi=(dpi, dpi))
    else:
        imgs[0].save(out, "JPEG", quality=quality, optimize=True, dpi=(dpi, dpi))
    assert out.stat().st_size < 300_000, (fn, out.stat().st_size)


def s_sap_iskandar(fn):
    rng = random.Random(201)
    pay = dt.date(2026, 2, 25)
    lines = make_lines(rng, 6, seq_refs(rng, 6, "{:010d}", 4512700, (7, 180)), pay, 900, 26000)
    sap_lines(rng, lines, 5100071200, disc_p=0.3, rate=D("0.01"))
    tot = tsum(lines)
    src = TMP / "s_iskandar.pdf"
    lay_sap(src, dict(
        title="Payment Advice Note", payer="Iskandar Petrochemical Sdn. Bhd.",
        payer_addr=["PLO 214, Jalan Tanjung 3", "81700 Pasir Gudang, Johor", "Tel +60 7 251 8800"],
        to=["Red Gum Laboratory Supplies Pty Ltd", "(Kuala Lumpur Branch)"] + KUL[1:3],
        kv=[("Payment document", "1400021986"), ("Payment date", df(pay, "dmy.")), ("Company code", "MY20"),
            ("Your vendor no. with us", "300417"), ("Clerk", "Siti Rahmah"), ("Telephone", "+60 7 251 8841")],
        intro=("Dear Sir or Madam, the following items have been paid by interbank transfer to your account "
               "8881-0234-5567 (PIBBMYKL) on " + df(pay, "dmy.") + ". All amounts in MYR."),
        head=["Document no.", "Reference", "Doc. date", "Gross amount", "Cash discount", "Net amount"],
        lines=lines, sum_label="Total", pay_label="Payment amount", cur="MYR",
        closing=["Yours faithfully", "Iskandar Petrochemical Sdn. Bhd. - Accounts Payable"],
        footer=["Iskandar Petrochemical Sdn. Bhd. (200301004567 / 604521-D)  |  ap@iskandarpetro.example",
                "This payment advice has been generated automatically and does not require a signature."]))
    scan_out(src, fn, 200, 201, quality=42, angle=0.6, blur=0.6, light=0.10,
             stamp=(["RECEIVED", "02 MAR 2026", "ACCOUNTS - KL"], -6, grid(0.55, 0.75, 0.55, 0.78)))
    truth(fn, "reportlab", True, "Iskandar Petrochemical Sdn. Bhd.", pay, "1400021986", "MYR", tot, lines)


def s_cheque_mildura(fn):
    rng = random.Random(202)
    pay = dt.date(2026, 2, 27)
    lines = make_lines(rng, 2, rg_refs(rng, 2, 104000), pay, 300, 2400)
    for i, l in enumerate(lines):
        l["po"] = f"MFP{rng.randint(7000, 7999)}"
        l["gross"], l["disc"] = l.amt, D(0)
    tot = tsum(lines)
    src = TMP / "s_mildura.pdf"
    lay_cheque(src, dict(
        payer="Mildura Fresh Produce Pty Ltd", payer_addr="Lot 9 Fifteenth Street, Mildura VIC 3500  |  (03) 5021 4488",
        chq_label="Cheque No.", chq="118043", to="Red Gum Laboratory Supplies Pty Ltd",
        date_s=df(pay, "d Month y"), acct_line="Our supplier ref: RED-07", ds="dmy/",
        head=["Invoice No.", "Invoice Date", "Order No.", "Invoice Amt", "Discount", "Amount Paid"],
        lines=lines, cur="AUD", bank="Sunraysia Community Bank", bank_branch="Mildura  BSB 633-108",
        micr="|118043|   633108:   150229871|"))
    scan_out(src, fn, 170, 202, quality=45, angle=-1.2, blur=0.8, light=0.14, lines=2,
             scribble=("tick", grid(0.55, 0.8, 0.14, 0.35)))
    truth(fn, "reportlab", True, "Mildura Fresh Produce Pty Ltd", pay, "118043", "AUD", tot, lines)


def s_bank_instapay(fn):
    rng = random.Random(203)
    pay = dt.date(2026, 3, 26)
    lines = make_lines(rng, 3, seq_refs(rng, 3, "{}-B", 77840, (3, 15)), pay, 2000, 15000)
    tot = tsum(lines)
    det = bank_details_text(lines, lambda l: l.ref + " " + fmt(l.amt) + " /", 50)
    det[-1] = det[-1].rstrip(" /")
    src = TMP / "s_instapay.pdf"
    lay_bank(src, dict(
        bank="METRO ISLAND BANK", bank_tag="A universal bank  |  BSP supervised", title="Fund Transfer Confirmation",
        subtitle="InstaPay - Transfer to Other Bank",
        bank_addr=["Metro Island Bank Corporate Center, Cebu IT Park, Lahug, Cebu City  |  Hotline (032) 888-6400"],
        sections=[
            ("Transaction", [("Transaction Type", "InstaPay Fund Transfer"),
                             ("*InstaPay Reference No.", "IP2603260008812345"),
                             ("Date / Time", df(pay, "mdy/") + " 14:32:08"), ("Status", "SUCCESSFUL")]),
            ("Sender", [("Account Name", "CEBU HARBOUR CATERING SERVICES, INC."),
                        ("Source Account", "0145-2290-8831")]),
            ("Recipient", [("Account Name", "RED GUM LAB SUPPLIES - CEBU"), ("Recipient Bank", "BDO UNIBANK INC"),
                           ("Account No.", "0012-3456-7890")]),
            ("Amount", [("*Amount", "PHP " + fmt(tot)), ("Transfer Fee", "PHP 25.00")]),
        ],
        details_label="Purpose / Remarks", details=["PAYMENT OF INVOICES"] + det,
        footer=["Please keep this confirmation for your records. For concerns, call our 24/7 hotline."]))
    scan_out(src, fn, 150, 203, quality=48, angle=1.8, blur=0.6, light=0.18, lines=1,
             stamp=(["RECEIVED", "27 MAR 2026", "RG CEBU"], 8, grid(0.55, 0.78, 0.7, 0.86)))
    truth(fn, "reportlab", True, "CEBU HARBOUR CATERING SERVICES, INC.", pay, "IP2603260008812345", "PHP", tot, lines)


def s_multi_flinders(fn):
    rng = random.Random(204)
    pay = dt.date(2026, 3, 13)
    lines = make_lines(rng, 31, rg_refs(rng, 31, 103300), pay, 35, 2900, credits=(17,), credit_refs=["CR-2272"],
                       credit_hi=160)
    for l in lines:
        l["po"] = f"FMRF{rng.randint(20000, 29999)}"
        l["desc"] = rng.choice(DESC_EN)
    tot = tsum(lines)
    src = TMP / "s_flinders.pdf"
    lay_multi(src, dict(
        payer="Flinders Medical Research Foundation", payer_addr="Sturt Road, Bedford Park SA 5042  |  (08) 8204 5511",
        kv=[("Payment Date", df(pay, "dmy/")), ("Remittance No.", "RA-260313-07"), ("Vendor", "RED004"),
            ("Method", "Direct Credit"), ("Currency", "AUD"), ("Enquiries", "(08) 8204 5530")],
        to=ADL[:3], intro="Payment has been made for the following invoices:",
        head=["Invoice", "Date", "Our Order", "Item", "Amount"], lines=lines, per_page=18, lead=16,
        ds="dmy/", bf="Balance brought forward", cf="Balance carried forward", tot_label="TOTAL REMITTED",
        notes=["Credited to BSB 065-112 Account 1042 7788."], footer="FMRF Accounts  ABN 49 127 886 320"))
    scan_out(src, fn, 150, 204, quality=40, blur=0.6, light=0.12, noise=2.5,
             pages_kw=[dict(angle=0.9), dict(angle=-0.5, lines=2)])
    truth(fn, "reportlab", True, "Flinders Medical Research Foundation", pay, "RA-260313-07", "AUD", tot, lines)


def s_xero_rotorua(fn):
    rng = random.Random(205)
    pay = dt.date(2026, 3, 26)
    lines = make_lines(rng, 3, seq_refs(rng, 3, "INV/2026/{:04d}", 140, (2, 9)), pay, 200, 3800)
    for l in lines:
        l["orig"] = l.amt
    tot = tsum(lines)
    src = TMP / "s_rotorua.pdf"
    lay_xero(src, dict(
        payer="Rotorua Geothermal Testing Ltd", payer_addr=["14 Pukaki Street", "Rotorua 3010", "NEW ZEALAND"],
        to=["Red Gum Laboratory Supplies Pty Ltd", "Auckland Branch"] + AKL[1:],
        kv=[("Payment Date", df(pay, "d Mon y")), ("Reference", "RGT-0326")],
        head=["Invoice Date", "Invoice Number", "Invoice Total", "Amount Paid", "Still Owing"], lines=lines,
        ds="d Mon y", tot_label="Amount Paid NZD", notes=["Thank you for your business."]))
    scan_out(src, fn, 200, 205, quality=40, angle=-0.7, blur=0.7, light=0.1,
             stamp=(["PAID", "entered 30/3"], -10, grid(0.5, 0.75, 0.5, 0.7)),
             scribble=("sig", grid(0.1, 0.4, 0.5, 0.7)))
    truth(fn, "reportlab", True, "Rotorua Geothermal Testing Ltd", pay, "RGT-0326", "NZD", tot, lines)


def s_payrun_iloilo(fn):
    rng = random.Random(206)
    pay = dt.date(2026, 3, 27)
    lines = make_lines(rng, 8, seq_refs(rng, 8, "{}-B", 77780, (1, 8)), pay, 5000, 95000)
    ewt_lines(rng, lines, 900)
    tot = tsum(lines)
    src = TMP / "s_iloilo.pdf"
    lay_payrun(src, dict(
        title="PAYMENT RUN - VENDOR REMITTANCE", payer="ILOILO SUGAR MILLING CO., INC.",
        payer_addr="Brgy. Tabucan, Mandurriao, Iloilo City 5000  |  (033) 321-0877",
        tin="TIN 000-455-901-000", run_date_label="Run by AP-JGARCIA  " + df(pay, "mdy/"),
        kv=[("Payment Run No.:", "PR-2026-0327B"), ("Value Date:", df(pay, "Month d, y")),
            ("Bank:", "Metrobank Iloilo - ADA"), ("Currency:", "PHP"),
            ("Vendor:", "V-2231 RED GUM LABORATORY SUPPLIES PTY LTD"), ("Vendor Site:", "CEBU BRANCH"),
            ("Vendor TIN:", "009-876-543-00000")],
        head=["APV No.", "Invoice No.", "Invoice Date", "Due Date", "Gross Amount\n(VAT Incl.)", "Input VAT", "ATC",
              "EWT\nRate", "EWT\nWithheld", "Net Amount\nPaid"],
        lines=lines, ds="mdy/",
        notes=["BIR Form 2307 attached separately.", "Amounts in PHP."]))
    scan_out(src, fn, 150, 206, quality=45, angle=1.1, blur=0.7, light=0.15, lines=2,
             stamp=(["RECEIVED", "MAR 30 2026"], 5, grid(0.55, 0.8, 0.7, 0.85)))
    truth(fn, "reportlab", True, "ILOILO SUGAR MILLING CO., INC.", pay, "PR-2026-0327B", "PHP", tot, lines)


def s_writer_wien(fn):
    v = dict(seed=207, pay=dt.date(2026, 3, 19), n=4, credits=(), credit_refs=[], lo=400, hi=7000,
             payer="Wiener Labortechnik GmbH", street="Leopoldauer Straße 112", city="1210 Wien",
             country_to="Australien", pnum="2500004471", vendor="300188", contact="Herr M. Gruber",
             phone="+43 1 258 3340-15", beleg0=5100088000, footer="Firmenbuch FN 214563 s · Handelsgericht Wien · "
             "UID ATU58123456", to=ADL[:3], refs="{:010d}", tool="libreoffice-writer", scan=True)
    t = d_writer_heidelberg(fn, src_only=True, variant=v)
    src = TMP / fn
    scan_out(src, fn, 200, 207, quality=40, angle=-0.4, blur=0.6, light=0.08, noise=2.5,
             scribble=("tick", grid(0.5, 0.8, 0.62, 0.85)))
    return t


def s_chrome_jurong(fn):
    rng = random.Random(208)
    pay = dt.date(2026, 3, 23)
    lines = make_lines(rng, 5, seq_refs(rng, 5, "SI# {}", 19200, (2, 18)), pay, 250, 3900, credits=(3,),
                       credit_refs=["CN 0053"], credit_hi=200)
    tot = tsum(lines)
    css = """body{font-family:'Liberation Sans',sans-serif;font-size:10.5pt}h1{font-size:15pt;margin:0}
p{line-height:1.35}table{border-collapse:collapse;width:100%;margin-top:8px}
th{border-bottom:2px solid #000;text-align:left;padding:4px}td{padding:4px;border-bottom:1px solid #bbb}
.r{text-align:right!important}.l{text-align:left}"""
    body = f"""<h1>Jurong Biomedical Pte Ltd</h1><div>2 Jurong East Street 21, #05-33, Singapore 609601 &middot; UEN 200817723M</div>
<hr>
<p><b>Attn: Accounts Receivable, Red Gum Laboratory Supplies Pty Ltd (Kuala Lumpur Branch)</b></p>
<p>Note: we have deducted credit note CN 0053 from this payment. Invoice SI# 19190 remains in dispute and is not
paid here. Bank charges on our side have been borne by us; any receiving charges are for your account.</p>
<p>Payment was released by telegraphic transfer on {df(pay, 'd Mon y')}, our payment reference JBM-TT-26-0188,
in Singapore dollars (SGD). Details:</p>
"""
    body += html_table([("Invoice / CN", "l"), ("Date", "l"), ("Amount SGD", "r")],
                       [[l.ref, df(l.date, "dmy/"), fmt(l.amt, neg="()")] for l in lines],
                       foot=[[("Total remitted", "l", 2), ("S$" + fmt(tot), "r", 1)]])
    body += "<p style='margin-top:40px'>Regards,<br>Tan Wei Ling<br>Finance Executive &middot; +65 6561 8820</p>"
    src = TMP / "s_jurong.pdf"
    chromium_pdf(html_page(body, css, "Payment advice"), src)
    scan_out(src, fn, 180, 208, quality=42, angle=2.1, blur=0.8, light=0.2, lines=1,
             stamp=(["RECEIVED", "25 MAR 2026"], -4, grid(0.55, 0.8, 0.55, 0.8)))
    truth(fn, "chromium", True, "Jurong Biomedical Pte Ltd", pay, "JBM-TT-26-0188", "SGD", tot, lines)


def s_myob_kapunda(fn):
    rng = random.Random(209)
    pay = dt.date(2026, 3, 24)
    lines = make_lines(rng, 4, rg_refs(rng, 4, 104900), pay, 100, 2200, credits=(2,), credit_refs=["CR-2318"],
                       credit_hi=160)
    p = 540
    for l in lines:
        p += rng.randint(1, 6)
        l["purchase"] = f"{p:08d}"
        l["desc"] = rng.choice(DESC_EN)
    tot = tsum(lines)
    src = TMP / "s_kapunda.pdf"
    lay_myob(src, dict(
        payer="Kapunda Stockfeeds Pty Ltd", payer_addr=["3 Railway Terrace, Kapunda SA 5373",
                                                       "ABN 19 097 338 210   Ph (08) 8566 2010"],
        to=ADL[:3], kv=[("Date:", df(pay, "dmy/")), ("Cheque No:", "000214"), ("Payment Method:", "Electronic"),
                        ("Currency:", "AUD")],
        head=["Date", "Purchase No.", "Supplier Inv #", "Description", "Amount Applied"], lines=lines,
        memo=["Memo: Red Gum - March"]))
    scan_out(src, fn, 200, 209, quality=40, angle=0.35, blur=0.5, light=0.12, noise=2.0,
             scribble=("tick", grid(0.1, 0.45, 0.5, 0.75)))
    truth(fn, "reportlab", True, "Kapunda Stockfeeds Pty Ltd", pay, "000214", "AUD", tot, lines)


def s_ms_ipoh(fn):
    rng = random.Random(210)
    pay = dt.date(2026, 3, 18)
    lines = make_lines(rng, 3, seq_refs(rng, 3, "SI# {}", 18950, (3, 40)), pay, 500, 6000)
    for l in lines:
        l["desc"] = rng.choice(DESC_MS)
    tot = tsum(lines)
    src = TMP / "s_ipoh.pdf"
    lay_ms(src, dict(
        payer="PUSAT PERUBATAN IPOH SDN. BHD.", regno="(199201005512 / 240118-A)",
        payer_addr=["No. 31, Jalan Raja Dr. Nazrin Shah, 30250 Ipoh, Perak", "Tel: 05-254 1188"],
        title="NASIHAT PEMBAYARAN (GIRO)", to=["Kepada:", "Red Gum Laboratory Supplies Pty Ltd",
                                               "(Cawangan Kuala Lumpur)"] + KUL[1:],
        kv=[("Tarikh", df(pay, "ms")), ("No. Rujukan GIRO", "IBG0318776201"), ("Kaedah", "Interbank GIRO"),
            ("Kod Pembekal", "RG001")],
        intro="Bayaran berikut telah dikreditkan ke akaun tuan/puan:",
        head=["Bil.", "No. Invois", "Tarikh Invois", "Keterangan", "Jumlah (RM)"], lines=lines, ds="dmy/",
        tot_label="Jumlah", notes=["Terima kasih."], signer="Lim Mei Fong"))
    scan_out(src, fn, 170, 210, quality=44, angle=-1.6, blur=0.7, light=0.16, lines=2,
             stamp=(["DITERIMA", "20 MAC 2026"], 7, grid(0.55, 0.8, 0.58, 0.8)))
    truth(fn, "reportlab", True, "PUSAT PERUBATAN IPOH SDN. BHD.", pay, "IBG0318776201", "MYR", tot, lines)


def s_netsuite_sacramento(fn):
    rng = random.Random(211)
    pay = dt.date(2026, 3, 19)
    lines = make_lines(rng, 3, rg_refs(rng, 3, 105200), pay, 400, 7000, credits=(1,), credit_refs=["CR-2321"],
                       credit_hi=500)
    netsuite_lines(rng, lines)
    tot = tsum(lines)
    src = TMP / "s_sacramento.pdf"
    lay_netsuite(src, dict(
        num="10442", logo="SW", payer="Sacramento Water Analytics LLC",
        payer_addr=["1820 Del Paso Blvd", "Sacramento, CA 95815", "United States"],
        kv=[("Date", df(pay, "mdy/")), ("Check #", "10442"), ("Amount", "$" + fmt(tot)), ("Currency", "USD")],
        to=ADL, vendor_no="RG-AU-01", memo="Lab supplies Q1",
        head=["Date", "Type", "Ref No.", "Orig. Amt.", "Amt. Due", "Discount", "Payment"], lines=lines, ds="mdy/",
        sym="$", notes=["Check mailed to remit-to address on file.", "EIN 68-0412297"]))
    scan_out(src, fn, 150, 211, quality=50, angle=0.9, blur=0.6, light=0.12,
             stamp=(["RECEIVED", "APR 02 2026"], -5, grid(0.55, 0.8, 0.6, 0.85)))
    truth(fn, "reportlab", True, "Sacramento Water Analytics LLC", pay, "10442", "USD", tot, lines)


def s_fax_naracoorte(fn):
    rng = random.Random(212)
    pay = dt.date(2026, 3, 17)
    lines = make_lines(rng, 3, rg_refs(rng, 3, 104650), pay, 80, 1600, credits=(2,), credit_refs=["CR-2305"],
                       credit_hi=120)
    tot = tsum(lines)
    body = ["!NARACOORTE POTATO GROWERS CO-OP LTD", "Smith Street, Naracoorte SA 5271", "Ph (08) 8762 1144  Fax (08) 8762 1199",
            "", "!FACSIMILE", "", "To:    Red Gum Laboratory Supplies - Accounts", "Fax:   (08) 8210 9977",
            "From:  Bev Hocking, Accounts", "Pages: 1 (incl. this page)", "", "!REMITTANCE ADVICE", "",
            "Date paid : " + df(pay, "dmy/"), "EFT ref   : NPG170326", "", "Invoice No      Date          Amount",
            "----------------------------------------"]
    for l in lines:
        body.append(f"{l.ref:<16}{df(l.date, 'dmy/'):<12}{fmt(l.amt, neg='CR'):>12}")
    body += ["----------------------------------------", f"{'TOTAL AUD':<28}{fmt(tot):>12}", "",
             "Thanks, Bev"]
    src = TMP / "s_naracoorte.pdf"
    lay_fax(src, dict(payer="Naracoorte Potato Growers Co-op Ltd",
                      fax_hdr="17/03/2026 15:44  FROM: 08 8762 1199  NPG CO-OP            TO: 0882109977    P.001/001",
                      body=body))
    pages = rasterise(src, 200)
    im = degrade(pages[0], 2120, angle=0.5, blur=0.0, speckle=0.0015, noise=0.0, light=0.0, lines=0, dpi=200,
                 paper=(255, 0))
    a = np.asarray(im).astype(np.float32)
    a = np.where(a < 150, 0, 255).astype(np.uint8)   # fax: bilevel
    rr = np.random.default_rng(212)
    # horizontal scanner streaks typical of fax
    for yy in rr.integers(0, a.shape[0], 3):
        a[yy, :] = np.where(rr.random(a.shape[1]) < 0.3, 0, a[yy, :])
    im = Image.fromarray(a)
    im.save(HERE / fn, "PNG", optimize=True, dpi=(200, 200))
    assert (HERE / fn).stat().st_size < 300_000
    truth(fn, "reportlab", True, "NARACOORTE POTATO GROWERS CO-OP LTD", pay, "NPG170326", "AUD", tot, lines)


def s_npp_hahndorf(fn):
    rng = random.Random(213)
    pay = dt.date(2026, 3, 25)
    lines = [Ln(ref="RG-105211", kind="invoice", amt=amt(rng, 600, 1400)),
             Ln(ref="RG-105230", kind="invoice", amt=amt(rng, 200, 700))]
    tot = tsum(lines)
    src = TMP / "s_hahndorf.pdf"
    lay_bank(src, dict(
        bank="SOUTHERN MUTUAL BANK", bank_tag="Internet Banking", title="Payment Receipt",
        subtitle="Osko / NPP payment",
        bank_addr=[],
        sections=[("Payment", [("Paid on", df(pay, "d Mon y") + " 10:14 AM"), ("*Receipt number", "N2603251014AB77"),
                               ("Payment type", "Osko (NPP) - fast payment")]),
                  ("From", [("Account name", "HAHNDORF CHEESE MAKERS PTY LTD"), ("BSB / Account", "063-144 ****5521")]),
                  ("To", [("Payee", "Red Gum Laboratory Supplies"), ("PayID (ABN)", "63 615 204 881"),
                          ("BSB / Account", "065-112 10427788")]),
                  ("Amount", [("*Amount", "$" + fmt(tot) + " AUD")])],
        details_label="Description",
        details=[" ".join(l.ref + " " + fmt(l.amt) for l in lines) + " HAHNDORF CHEESE"],
        footer=["Osko payments are usually received within a minute. Keep this receipt for your records."]))
    pages = rasterise(src, 150)
    im = degrade(pages[0], 2130, angle=-2.3, blur=1.0, speckle=0.0002, noise=3.5, light=0.3, lines=0, dpi=150,
                 paper=(235, 40), persp=0.03, crop=(0.02, 0.0, 0.02, 0.35))
    im.save(HERE / fn, "JPEG", quality=55, optimize=True, dpi=(150, 150))
    assert (HERE / fn).stat().st_size < 300_000
    truth(fn, "reportlab", True, "HAHNDORF CHEESE MAKERS PTY LTD", pay, "N2603251014AB77", "AUD", tot, lines)


# ==========================================================================
# main
# ==========================================================================
DOCS = [
    (d_sap_coorong, "pdf"), (d_netsuite_cascade, "pdf"), (d_xero_otago, "pdf"), (d_myob_fleurieu, "pdf"),
    (d_bank_giro_klang, "pdf"), (d_cheque_clare, "pdf"), (d_payrun_mandaue, "pdf"), (d_cn_shenzhen, "pdf"),
    (d_ms_serikembangan, "pdf"), (d_multi_torrens, "pdf"), (d_cc_hauraki, "pdf"),
    (d_chrome_pilbara, "pdf"), (d_chrome_brightwater, "pdf"), (d_chrome_oracle_visayas, "pdf"),
    (d_chrome_penang, "pdf"),
    (d_writer_heidelberg, "pdf"), (d_writer_riverland, "pdf"), (d_writer_tasman, "pdf"),
    (d_calc_kaimai, "pdf"), (d_calc_pasirpanjang, "pdf"), (d_calc_adelaidehills, "pdf"),
    (d_xlsx_gawler, "xlsx"), (d_xlsx_canterbury, "xlsx"), (d_xlsx_lapulapu, "xlsx"),
    (d_csv_vanderberg, "csv"), (d_csv_bulk, "csv"),
    (d_eml_yorke, "eml"), (d_eml_selangor, "eml"), (d_eml_whangarei, "eml"), (d_eml_kihoney, "eml"),
    (d_html_darwin, "html"), (d_txt_portpirie, "txt"),
    # scans
    (s_sap_iskandar, "pdf"), (s_cheque_mildura, "pdf"), (s_bank_instapay, "pdf"), (s_multi_flinders, "pdf"),
    (s_xero_rotorua, "pdf"), (s_payrun_iloilo, "pdf"), (s_writer_wien, "pdf"), (s_chrome_jurong, "pdf"),
    (s_myob_kapunda, "pdf"), (s_ms_ipoh, "pdf"), (s_netsuite_sacramento, "pdf"),
    (s_fax_naracoorte, "png"), (s_npp_hahndorf, "jpg"),
]


def main():
    for p in HERE.glob("r2-*"):
        p.unlink()
    order = list(range(len(DOCS)))
    random.Random(2602).shuffle(order)
    for num, idx in enumerate(order, 1):
        fn_, ext = DOCS[idx]
        name = f"r2-{num:03d}.{ext}"
        print("writing", name, fn_.__name__, flush=True)
        fn_(name)
    TRUTH.sort(key=lambda t: t["file"])
    assert len(TRUTH) == len(DOCS) == 45
    assert len({t["file"] for t in TRUTH}) == 45
    with open(HERE / "truth.jsonl", "w", encoding="utf-8", newline="\n") as f:
        for t in TRUTH:
            f.write(json.dumps(t, ensure_ascii=False) + "\n")
    shutil.rmtree(TMP, ignore_errors=True)
    size = sum(p.stat().st_size for p in HERE.iterdir() if p.is_file())
    print(f"done: {len(TRUTH)} documents, {sum(len(t['lines']) for t in TRUTH)} lines, {size} bytes")


if __name__ == "__main__":
    main()
