#!/usr/bin/env python3
"""Build the R3 held-out remittance-advice set.

Deterministic: every document and truth.jsonl are written next to this file.
Run with /work/main/.venv/bin/python (reportlab, openpyxl, Pillow, numpy).
External tools: soffice (LibreOffice), chromium, pdftoppm.
truth.jsonl is written last, after every document exists.
"""
import csv
import io
import json
import os
import quopri
import random
import re
import shutil
import subprocess
import sys
import zipfile
from datetime import date, datetime
from decimal import Decimal, ROUND_HALF_UP
from html import escape as hx
from xml.sax.saxutils import escape as xx

import numpy as np
from PIL import Image, ImageFilter

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT, TA_CENTER, TA_LEFT
from reportlab.lib.pagesizes import A4, LETTER, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.platypus import (Paragraph, SimpleDocTemplate, Spacer, Table,
                                TableStyle, KeepTogether)

HERE = os.path.dirname(os.path.abspath(__file__))
TMP = "/tmp/r3-build"
LO_PROFILE = "file:///tmp/r3-lo"

C2 = Decimal("0.01")
TRUTH = []

# --------------------------------------------------------------------------
# fonts
# --------------------------------------------------------------------------
FDIR = "/usr/share/fonts/truetype"
for name, f in [
    ("Sans", "liberation/LiberationSans-Regular.ttf"),
    ("Sans-B", "liberation/LiberationSans-Bold.ttf"),
    ("Sans-I", "liberation/LiberationSans-Italic.ttf"),
    ("Serif", "liberation/LiberationSerif-Regular.ttf"),
    ("Serif-B", "liberation/LiberationSerif-Bold.ttf"),
    ("Mono", "liberation/LiberationMono-Regular.ttf"),
    ("Mono-B", "liberation/LiberationMono-Bold.ttf"),
    ("Narrow", "liberation/LiberationSansNarrow-Regular.ttf"),
    ("Narrow-B", "liberation/LiberationSansNarrow-Bold.ttf"),
    ("DejaVu", "dejavu/DejaVuSans.ttf"),
    ("DejaVu-B", "dejavu/DejaVuSans-Bold.ttf"),
    ("DejaVuC", "dejavu/DejaVuSansCondensed.ttf"),
    ("DejaVuC-B", "dejavu/DejaVuSansCondensed-Bold.ttf"),
    ("CJK", "droid/DroidSansFallbackFull.ttf"),
]:
    pdfmetrics.registerFont(TTFont(name, os.path.join(FDIR, f)))


# --------------------------------------------------------------------------
# money / date helpers
# --------------------------------------------------------------------------
def M(x):
    return Decimal(str(x)).quantize(C2, ROUND_HALF_UP)


def num(d, style="us", neg="minus"):
    """Format a Decimal. style: us 1,234.56 | de 1.234,56 | fr 1 234,56 |
    plain 1234.56 | plainc 1234,56.  neg: minus -x | paren (x) | trail x- |
    cr 'x CR' | none (absolute value)."""
    q = abs(M(d))
    s = format(q, ",.2f")
    if style == "de":
        s = s.replace(",", "#").replace(".", ",").replace("#", ".")
    elif style == "fr":
        s = s.replace(",", " ").replace(".", ",")
    elif style == "plain":
        s = format(q, ".2f")
    elif style == "plainc":
        s = format(q, ".2f").replace(".", ",")
    if d < 0:
        if neg == "minus":
            s = "-" + s
        elif neg == "paren":
            s = "(" + s + ")"
        elif neg == "trail":
            s = s + "-"
        elif neg == "cr":
            s = s + " CR"
        elif neg == "none":
            pass
    return s


def tot(lines):
    return sum((l["amt"] for l in lines), Decimal("0.00"))


def L(ref, amt, kind="invoice", **kw):
    d = {"ref": ref, "amt": M(amt), "kind": kind}
    d.update(kw)
    return d


def record(file, tool, scan, payer, pdate, ref, cur, total, lines):
    if total is not None:
        s = tot(lines)
        assert s == M(total), (file, s, total)
    for l in lines:
        if l["kind"] == "credit_note":
            assert l["amt"] < 0, (file, l)
        else:
            assert l["amt"] > 0, (file, l)
    TRUTH.append({
        "file": file,
        "tool": tool,
        "scan": scan,
        "payer": payer,
        "payment_date": pdate.isoformat() if pdate else None,
        "reference": ref,
        "currency": cur,
        "total": format(M(total), ".2f") if total is not None else None,
        "lines": [{"invoice_ref": l["ref"], "paid_amount": format(l["amt"], ".2f"),
                   "kind": l["kind"]} for l in lines],
    })


def mkdates(rng, start, n, span=60):
    """n invoice dates before `start`, ascending."""
    ds = sorted(start.toordinal() - rng.randint(12, span) for _ in range(n))
    return [date.fromordinal(x) for x in ds]


def amounts(rng, n, lo=180, hi=9800):
    return [M(rng.randint(lo * 100, hi * 100) / 100) for _ in range(n)]


# --------------------------------------------------------------------------
# determinism helpers for external tools
# --------------------------------------------------------------------------
FIXED_TS = b"20260301090000"


def fix_pdf_bytes(b):
    n = len(b)
    b = re.sub(rb"(/(?:CreationDate|ModDate)\s*\(D:)(\d{14})",
               lambda m: m.group(1) + FIXED_TS, b)
    b = re.sub(rb"(/(?:CreationDate|ModDate)\s*<)([0-9A-Fa-f]+)>",
               lambda m: m.group(1) + b"0" * len(m.group(2)) + b">", b)

    def idfix(m):
        h1, h2 = m.group(2), m.group(4)
        return (m.group(1) + b"A" * len(h1) + m.group(3) + b"B" * len(h2) + m.group(5))
    b = re.sub(rb"(/ID\s*\[\s*<)([0-9A-Fa-f]+)(>\s*<)([0-9A-Fa-f]+)(>)", idfix, b)
    b = re.sub(rb"(/DocChecksum\s*/)([0-9A-Fa-f]+)",
               lambda m: m.group(1) + b"C" * len(m.group(2)), b)
    # XMP dates if any
    b = re.sub(rb"(<xmp:(?:CreateDate|ModifyDate|MetadataDate)>)(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d)",
               lambda m: m.group(1) + b"2026-03-01T09:00:00", b)
    b = re.sub(rb"(uuid:)([0-9a-fA-F-]{36})", lambda m: m.group(1) + b"00000000-0000-0000-0000-000000000000", b)
    assert len(b) == n
    return b


def fix_pdf(path):
    with open(path, "rb") as f:
        b = f.read()
    with open(path, "wb") as f:
        f.write(fix_pdf_bytes(b))


def soffice_pdf(src, outpdf):
    outdir = os.path.join(TMP, "lo_out")
    os.makedirs(outdir, exist_ok=True)
    subprocess.run(["soffice", "--headless", "-env:UserInstallation=" + LO_PROFILE,
                    "--convert-to", "pdf", "--outdir", outdir, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                   timeout=240)
    produced = os.path.join(outdir, os.path.splitext(os.path.basename(src))[0] + ".pdf")
    shutil.move(produced, outpdf)
    fix_pdf(outpdf)


def chromium_pdf(html_text, outpdf, name):
    src = os.path.join(TMP, name + ".html")
    with open(src, "w", encoding="utf-8") as f:
        f.write(html_text)
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu",
                    "--no-pdf-header-footer", "--hide-scrollbars",
                    "--user-data-dir=/tmp/r3-chromium",
                    "--print-to-pdf=" + outpdf, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                   timeout=240)
    fix_pdf(outpdf)


def fix_xlsx(path):
    """Rewrite an openpyxl xlsx with fixed zip timestamps and core dates."""
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            if name == "docProps/core.xml":
                data = re.sub(rb"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", b"2026-03-01T09:00:00Z", data)
            zi = zipfile.ZipInfo(name, date_time=(2026, 3, 1, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)


def out(name):
    return os.path.join(HERE, name)


def tmp(name):
    return os.path.join(TMP, name)


# --------------------------------------------------------------------------
# scans
# --------------------------------------------------------------------------
def render_pages(pdf, dpi, first=None, last=None):
    base = tmp("pg_" + os.path.basename(pdf).replace(".", "_"))
    for f in os.listdir(TMP):
        if f.startswith(os.path.basename(base)):
            os.remove(os.path.join(TMP, f))
    cmd = ["pdftoppm", "-r", str(dpi), "-gray", "-png"]
    if first:
        cmd += ["-f", str(first)]
    if last:
        cmd += ["-l", str(last)]
    subprocess.run(cmd + [pdf, base], check=True)
    files = sorted(f for f in os.listdir(TMP) if f.startswith(os.path.basename(base) + "-"))
    return [Image.open(os.path.join(TMP, f)).convert("L") for f in files]


def degrade(img, seed, angle=0.8, blur=0.7, noise=7.0, light=0.18, speckle=0.0004,
            gamma=1.0, shift=(0, 0), edge_shadow=0.0):
    rng = np.random.default_rng(seed)
    w, h = img.size
    im = img.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=255,
                    translate=shift)
    a = np.asarray(im).astype(np.float32) / 255.0
    # uneven lighting: linear ramp + soft radial fall-off
    yy, xx_ = np.mgrid[0:h, 0:w].astype(np.float32)
    gx = rng.uniform(-1, 1)
    gy = rng.uniform(-1, 1)
    ramp = 1.0 - light * (0.5 + 0.5 * (gx * (xx_ / w - 0.5) + gy * (yy / h - 0.5)))
    cx, cy = rng.uniform(0.3, 0.7) * w, rng.uniform(0.3, 0.7) * h
    r = np.sqrt(((xx_ - cx) / w) ** 2 + ((yy - cy) / h) ** 2)
    ramp = ramp * (1.0 - light * 0.6 * r)
    if edge_shadow:
        ramp = ramp * (1.0 - edge_shadow * np.exp(-xx_ / (0.03 * w)))
    paper = 0.97
    a = a * ramp * paper
    if gamma != 1.0:
        a = np.clip(a, 0, 1) ** gamma
    # sensor noise, then optics blur (which also softens the noise)
    a = a + rng.normal(0, noise / 255.0, a.shape).astype(np.float32)
    if speckle:
        m = rng.random(a.shape) < speckle
        a[m] = rng.uniform(0.0, 0.35, int(m.sum()))
    a = np.clip(a * 255.0, 0, 255).astype(np.uint8)
    im = Image.fromarray(a, "L")
    if blur:
        im = im.filter(ImageFilter.GaussianBlur(blur))
    return im


def jpeg_bytes(im, q, limit):
    while True:
        buf = io.BytesIO()
        im.save(buf, "JPEG", quality=q, optimize=True, subsampling=0)
        if buf.tell() <= limit or q <= 20:
            return buf.getvalue(), q
        q -= 4


def image_pdf(jpegs, dpi, outpdf, title):
    """Minimal image-only PDF: one DCT-encoded greyscale image per page, no fonts, no text."""
    objs = []  # (num, bytes)
    n_pages = len(jpegs)
    # 1 catalog, 2 pages, 3 info, then per page: page, content, image
    kids = []
    body = {}
    nxt = 4
    for jb, size in jpegs:
        w, h = size[0] * 72.0 / dpi, size[1] * 72.0 / dpi
        pg, ct, im = nxt, nxt + 1, nxt + 2
        nxt += 3
        kids.append(pg)
        body[pg] = ("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 %.2f %.2f] /Resources << /XObject << /Im0 %d 0 R >> "
                    "/ProcSet [/PDF /ImageB] >> /Contents %d 0 R >>" % (w, h, im, ct)).encode()
        cs = ("q %.2f 0 0 %.2f 0 0 cm /Im0 Do Q\n" % (w, h)).encode()
        body[ct] = b"<< /Length %d >>\nstream\n" % len(cs) + cs + b"endstream"
        body[im] = (b"<< /Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace /DeviceGray "
                    b"/BitsPerComponent 8 /Filter /DCTDecode /Length %d >>\nstream\n" % (size[0], size[1], len(jb))
                    + jb + b"\nendstream")
    body[1] = b"<< /Type /Catalog /Pages 2 0 R >>"
    body[2] = ("<< /Type /Pages /Kids [%s] /Count %d >>" % (" ".join("%d 0 R" % k for k in kids), n_pages)).encode()
    body[3] = ("<< /Title (%s) /Creator (ScanStation) /Producer (ScanStation PDF 2.1) "
               "/CreationDate (D:20260301090000+10'00') >>" % title).encode()
    outb = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offs = {}
    for k in sorted(body):
        offs[k] = len(outb)
        outb += b"%d 0 obj\n" % k + body[k] + b"\nendobj\n"
    xref = len(outb)
    outb += b"xref\n0 %d\n0000000000 65535 f \n" % (nxt)
    for k in range(1, nxt):
        outb += b"%010d 00000 n \n" % offs[k]
    outb += (b"trailer\n<< /Size %d /Root 1 0 R /Info 3 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (nxt, xref))
    with open(outpdf, "wb") as f:
        f.write(bytes(outb))


def make_scan_pdf(src_pdf, outname, seed, dpi=200, quality=55, **kw):
    pages = render_pages(src_pdf, dpi)
    limit = (240 * 1024) // len(pages) - 4000
    jpegs = []
    for i, pg in enumerate(pages):
        im = degrade(pg, seed + i, **kw)
        jb, q = jpeg_bytes(im, quality, limit)
        print("  %s p%d: %dx%d q=%d %d KB" % (outname, i + 1, im.size[0], im.size[1], q, len(jb) // 1024))
        jpegs.append((jb, im.size))
    image_pdf(jpegs, dpi, out(outname), "Scan " + outname)
    assert os.path.getsize(out(outname)) < 250 * 1024, outname


# --------------------------------------------------------------------------
# parties
# --------------------------------------------------------------------------
SUP = "Ironbark Packaging Solutions Pty Ltd"
SUP_AU_ADDR = ["18 Boundary Road", "Rocklea QLD 4106"]
SUP_ABN = "ABN 53 612 448 907"


# --------------------------------------------------------------------------
# reportlab helpers
# --------------------------------------------------------------------------
def ps(font="Sans", size=9, align=TA_LEFT, leading=None, color=colors.black):
    return ParagraphStyle("s%s%s%s" % (font, size, align), fontName=font, fontSize=size,
                          leading=leading or size * 1.2, alignment=align, textColor=color)


def P(text, font="Sans", size=9, align=TA_LEFT, leading=None, color=colors.black):
    return Paragraph(text, ps(font, size, align, leading, color))


def rl_build(path, story, pagesize=A4, margins=(15, 15, 15, 15), onpage=None, title="",
             author=""):
    doc = SimpleDocTemplate(path, pagesize=pagesize, leftMargin=margins[0] * mm,
                            rightMargin=margins[1] * mm, topMargin=margins[2] * mm,
                            bottomMargin=margins[3] * mm, invariant=1, title=title,
                            author=author, creator=author, producer="ReportLab PDF Library")
    if onpage:
        doc.build(story, onFirstPage=onpage, onLaterPages=onpage)
    else:
        doc.build(story)


GRID = [("GRID", (0, 0), (-1, -1), 0.5, colors.black)]


# ==========================================================================
# reportlab layouts
# ==========================================================================
def lay_bc(path, d):
    """Microsoft Dynamics 365 Business Central - Remittance Advice (Journal)."""
    st = []
    head = Table([
        [P("<b>%s</b>" % d["payer"], "Sans-B", 11), P("Remittance Advice", "Sans-B", 16, TA_RIGHT)],
        [P("<br/>".join(d["payer_addr"]), size=8.5), P("Page 1", size=8, align=TA_RIGHT)],
    ], colWidths=[105 * mm, 75 * mm])
    head.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
    st += [head, Spacer(1, 6 * mm)]
    left = [P(x, size=9) for x in d["vendor_block"]]
    right = Table([[P(k, "Sans-B", 8.5), P(v, size=8.5)] for k, v in d["hdr"]],
                  colWidths=[38 * mm, 42 * mm])
    right.setStyle(TableStyle([("BOTTOMPADDING", (0, 0), (-1, -1), 1), ("TOPPADDING", (0, 0), (-1, -1), 1)]))
    blk = Table([[left, right]], colWidths=[100 * mm, 80 * mm])
    blk.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
    st += [blk, Spacer(1, 7 * mm)]
    hs = ps("Sans-B", 7.5, TA_LEFT, 9)
    hr = ps("Sans-B", 7.5, TA_RIGHT, 9)
    rows = [[Paragraph("Vendor Ledger Entry", hs), "", "", "", Paragraph("Amounts", ps("Sans-B", 7.5, TA_CENTER, 9)), "", ""],
            [Paragraph("Document Type", hs), Paragraph("Document No.", hs), Paragraph("Your Document No.", hs),
             Paragraph("Document Date", hs), Paragraph("Amount", hr), Paragraph("Pmt. Disc. Amount", hr),
             Paragraph("Paid Amount", hr)]]
    for l in d["lines"]:
        rows.append([l["dtype"], l["own"], l["ref"], l["date"].strftime(d["datefmt"]),
                     num(l["gross"], d["style"], d["neg"]),
                     num(l["disc"], d["style"], d["neg"]) if l["disc"] else "0.00",
                     num(l["amt"], d["style"], d["neg"])])
    rows.append(["", "", "", P("<b>Total (%s)</b>" % d["cur"], size=8), "", "",
                 num(tot(d["lines"]), d["style"], d["neg"])])
    t = Table(rows, colWidths=[25 * mm, 25 * mm, 30 * mm, 24 * mm, 26 * mm, 24 * mm, 26 * mm], repeatRows=2)
    t.setStyle(TableStyle([
        ("SPAN", (0, 0), (3, 0)), ("SPAN", (4, 0), (6, 0)),
        ("FONT", (0, 2), (-1, -1), "Sans", 8),
        ("FONT", (6, -1), (6, -1), "Sans-B", 8),
        ("ALIGN", (4, 2), (-1, -1), "RIGHT"),
        ("LINEBELOW", (0, 1), (-1, 1), 0.8, colors.black),
        ("LINEBELOW", (0, 0), (-1, 0), 0.3, colors.grey),
        ("LINEABOVE", (4, -1), (-1, -1), 0.8, colors.black),
        ("BACKGROUND", (0, 0), (-1, 1), colors.HexColor("#E8EEF4")),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
    ]))
    st += [t, Spacer(1, 8 * mm)]
    for x in d.get("footer", []):
        st.append(P(x, size=8))
    rl_build(path, st, title="Remittance Advice", author="Microsoft Dynamics 365 Business Central")


def lay_qb(path, d):
    """QuickBooks Desktop voucher cheque: cheque on top, two identical stubs."""
    c = rl_canvas.Canvas(path, pagesize=LETTER, invariant=1)
    c.setTitle("Bill Payment")
    c.setCreator("QuickBooks")
    W, H = LETTER
    f = d["fmt"]
    # ---- cheque (top third)
    c.setFont("Sans-B", 10)
    c.drawString(40, H - 50, d["payer"])
    c.setFont("Sans", 8.5)
    y = H - 62
    for a in d["payer_addr"]:
        c.drawString(40, y, a)
        y -= 10.5
    c.setFont("Sans", 8)
    c.drawString(300, H - 50, d["bank"][0])
    c.drawString(300, H - 60, d["bank"][1])
    c.setFont("Sans-B", 11)
    c.drawRightString(W - 40, H - 50, d["checkno"])
    c.setFont("Sans", 9)
    c.drawString(W - 170, H - 85, "DATE")
    c.drawString(W - 130, H - 85, d["date_s"])
    c.drawString(40, H - 115, "PAY TO THE")
    c.drawString(40, H - 125, "ORDER OF")
    c.setFont("Sans", 10)
    c.drawString(100, H - 122, d["payee"])
    c.drawString(W - 160, H - 122, "USD  **" + f(d["total"]))
    c.line(95, H - 126, W - 175, H - 126)
    c.setFont("Sans", 9)
    c.drawString(40, H - 148, d["words"])
    c.drawRightString(W - 40, H - 148, "DOLLARS")
    c.line(40, H - 151, W - 100, H - 151)
    c.setFont("Sans", 8.5)
    y = H - 170
    c.drawString(60, y, d["payee"])
    for a in d["payee_addr"]:
        y -= 10
        c.drawString(60, y, a)
    c.drawString(40, H - 225, "MEMO  " + d["memo"])
    c.line(W - 230, H - 222, W - 40, H - 222)
    c.setFont("Sans", 7)
    c.drawString(W - 200, H - 232, "AUTHORIZED SIGNATURE")
    c.setFont("Mono", 11)
    c.drawString(120, H - 252, d["micr"])

    def stub(top):
        c.setFont("Sans", 8.5)
        c.drawString(40, top, d["payer"])
        c.drawString(280, top, d["payee"])
        c.drawRightString(W - 40, top, d["checkno"])
        c.drawString(40, top - 12, d["date_s"])
        xs = [40, 110, 160]
        rx = [330, 410, 490, W - 40]
        hd = ["Date", "Type", "Reference", "Original Amt.", "Balance Due", "Discount", "Payment"]
        yy = top - 32
        c.setFont("Sans-B", 8)
        for i, h in enumerate(hd):
            if i >= 3:
                c.drawRightString(rx[i - 3], yy, h)
            else:
                c.drawString(xs[i], yy, h)
        c.line(40, yy - 3, W - 40, yy - 3)
        c.setFont("Sans", 8.5)
        for l in d["lines"]:
            yy -= 13
            c.drawString(xs[0], yy, l["date"].strftime("%m/%d/%Y"))
            c.drawString(xs[1], yy, l["type"])
            c.drawString(xs[2], yy, l["ref"])
            c.drawRightString(rx[0], yy, f(l["orig"]))
            c.drawRightString(rx[1], yy, f(l["baldue"]))
            c.drawRightString(rx[3], yy, f(l["amt"]))
        yy -= 16
        c.drawRightString(rx[2], yy, "Check Amount")
        c.drawRightString(rx[3], yy, f(d["total"]))
        c.drawString(40, top - 228, d["stub_foot"])

    stub(H - 290)
    stub(H - 540)
    c.showPage()
    c.save()


def lay_sapb1(path, d):
    """SAP Business One - outgoing payment advice."""
    st = []
    head = Table([[
        [P("<b>%s</b>" % d["payer"], "Sans-B", 12)] + [P(x, size=8) for x in d["payer_addr"]],
        [P("PAYMENT ADVICE", "Sans-B", 15, TA_RIGHT)] + [P(x, size=8, align=TA_RIGHT) for x in d["right"]],
    ]], colWidths=[100 * mm, 80 * mm])
    head.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
    st += [head, Spacer(1, 5 * mm)]
    box = Table([[P("<b>To:</b><br/>" + "<br/>".join(d["to"]), size=8.5),
                  Table([[P(k, "Sans-B", 8), P(v, size=8)] for k, v in d["hdr"]],
                        colWidths=[35 * mm, 45 * mm])]],
                colWidths=[100 * mm, 80 * mm])
    box.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("BOX", (0, 0), (0, 0), 0.5, colors.grey)]))
    st += [box, Spacer(1, 6 * mm)]
    hdr = ["#", "Document Type", "Doc. No.", "Vendor Ref. No.", "Doc. Date", "Doc. Total", "Balance Due", "Paid Amount"]
    rows = [[P("<b>%s</b>" % h, size=7.5, align=TA_RIGHT if i >= 5 else TA_LEFT) for i, h in enumerate(hdr)]]
    for i, l in enumerate(d["lines"], 1):
        rows.append([str(i), l["dtype"], l["own"], l["ref"], l["date"].strftime(d["datefmt"]),
                     d["f"](l["gross"]), d["f"](l["amt"]), d["f"](l["amt"])])
    rows.append(["", "", "", "", "", "", P("<b>Total</b>", size=8, align=TA_RIGHT), d["ftot"](tot(d["lines"]))])
    t = Table(rows, colWidths=[7 * mm, 27 * mm, 17 * mm, 27 * mm, 20 * mm, 27 * mm, 27 * mm, 28 * mm])
    t.setStyle(TableStyle([
        ("FONT", (0, 1), (-1, -1), "Sans", 8),
        ("FONT", (7, -1), (7, -1), "Sans-B", 8),
        ("ALIGN", (5, 1), (-1, -1), "RIGHT"),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#F2D7A6")),
        ("LINEBELOW", (0, 0), (-1, 0), 0.6, colors.black),
        ("LINEBELOW", (0, -2), (-1, -2), 0.6, colors.black),
        ("ROWBACKGROUNDS", (0, 1), (-1, -2), [colors.white, colors.HexColor("#F7F7F7")]),
    ]))
    st += [t, Spacer(1, 8 * mm)]
    for x in d["footer"]:
        st.append(P(x, size=8))
    rl_build(path, st, title="Outgoing Payment", author="SAP Business One")


def lay_oracle(path, d):
    """Oracle Fusion Payables - Remittance Advice, total at the top."""
    st = [P("<b>%s</b>" % d["payer"], "Sans-B", 12)]
    st += [P(x, size=8.5) for x in d["payer_addr"]]
    st += [Spacer(1, 4 * mm), P("Remittance Advice", "Sans-B", 14), Spacer(1, 3 * mm)]
    kv = Table([[P("<b>%s</b>" % k, size=8.5), P(v, size=8.5), P("<b>%s</b>" % k2, size=8.5), P(v2, size=8.5)]
                for (k, v), (k2, v2) in d["hdr"]], colWidths=[32 * mm, 55 * mm, 35 * mm, 58 * mm])
    kv.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.6, colors.HexColor("#4A6A8A")),
                            ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#EEF3F8")),
                            ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    st += [kv, Spacer(1, 6 * mm)]
    hs = ps("Sans-B", 8, TA_LEFT, 9.5)
    hr = ps("Sans-B", 8, TA_RIGHT, 9.5)
    rows = [[Paragraph("Invoice<br/>Number", hs), Paragraph("Invoice<br/>Date", hs),
             Paragraph("Invoice<br/>Description", hs), Paragraph("Invoice<br/>Amount", hr),
             Paragraph("Discount<br/>Taken", hr), Paragraph("Amount<br/>Paid", hr)]]
    for l in d["lines"]:
        rows.append([l["ref"], l["date"].strftime(d["datefmt"]).upper(), P(l["desc"], size=8),
                     d["f"](l["gross"]), d["f"](l["disc"]), d["f"](l["amt"])])
    t = Table(rows, colWidths=[30 * mm, 24 * mm, 58 * mm, 24 * mm, 20 * mm, 24 * mm], repeatRows=1)
    t.setStyle(TableStyle([
        ("FONT", (0, 1), (-1, -1), "Sans", 8),
        ("ALIGN", (3, 1), (-1, -1), "RIGHT"),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.HexColor("#4A6A8A")),
        ("LINEBELOW", (0, 1), (-1, -1), 0.25, colors.HexColor("#C8D2DC")),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
    ]))
    st += [t, Spacer(1, 8 * mm)]
    for x in d["footer"]:
        st.append(P(x, size=7.5, color=colors.HexColor("#444444")))
    rl_build(path, st, title="Remittance Advice", author="Oracle Fusion Payables")


def lay_sage(path, d):
    """Sage 50 style remittance: invoice column comes after the amounts."""
    def onpage(c, doc):
        c.saveState()
        c.setFont("Serif-B", 15)
        c.drawString(18 * mm, 280 * mm, d["payer"])
        c.setFont("Serif", 8.5)
        y = 275 * mm
        for a in d["payer_addr"]:
            c.drawString(18 * mm, y, a)
            y -= 3.8 * mm
        c.setFont("Serif-B", 20)
        c.drawRightString(192 * mm, 280 * mm, "REMITTANCE")
        c.setFont("Serif", 8)
        c.drawRightString(192 * mm, 12 * mm, "Page %d" % doc.page)
        c.restoreState()
    st = [Spacer(1, 22 * mm)]
    two = Table([[[P("<b>To</b>", "Serif-B", 9)] + [P(x, "Serif", 9) for x in d["to"]],
                  Table([[P(k, "Serif-B", 9), P(v, "Serif", 9)] for k, v in d["hdr"]],
                        colWidths=[33 * mm, 40 * mm])]], colWidths=[100 * mm, 75 * mm])
    two.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
    st += [two, Spacer(1, 7 * mm), P(d["intro"], "Serif", 9), Spacer(1, 4 * mm)]
    hd = ["Date", "Amount", "Discount", "Paid", "Our Ref", "Your Ref", "Details"]
    rows = [hd]
    for l in d["lines"]:
        rows.append([l["date"].strftime(d["datefmt"]), d["f"](l["gross"]), d["f"](l["disc"]),
                     d["f"](l["amt"]), l["own"], l["ref"], P(l["desc"], "Serif", 8, leading=9.5)])
    rows.append(["Total", "", "", d["f"](tot(d["lines"])), "", "", ""])
    t = Table(rows, colWidths=[19 * mm, 23 * mm, 18 * mm, 23 * mm, 15 * mm, 25 * mm, 51 * mm], repeatRows=1)
    t.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, 0), "Serif-B", 8.5),
        ("FONT", (0, 1), (-1, -1), "Serif", 8.5),
        ("FONT", (0, -1), (-1, -1), "Serif-B", 8.5),
        ("ALIGN", (1, 0), (3, -1), "RIGHT"),
        ("LINEABOVE", (0, 0), (-1, 0), 1, colors.black),
        ("LINEBELOW", (0, 0), (-1, 0), 0.5, colors.black),
        ("LINEABOVE", (0, -1), (-1, -1), 0.5, colors.black),
        ("LINEBELOW", (0, -1), (-1, -1), 1, colors.black),
    ]))
    st += [t, Spacer(1, 8 * mm)]
    for x in d["footer"]:
        st.append(P(x, "Serif", 8.5))
    rl_build(path, st, margins=(18, 18, 15, 18), onpage=onpage, title="Remittance", author="Sage 50 Accounts")


def lay_npp(path, d):
    """Internet-banking NPP/Osko payment confirmation."""
    c = rl_canvas.Canvas(path, pagesize=A4, invariant=1)
    c.setTitle("Payment receipt")
    c.setCreator(d["bank"])
    W, H = A4
    c.setFillColor(colors.HexColor("#0B4F6C"))
    c.rect(0, H - 28 * mm, W, 28 * mm, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont("Sans-B", 18)
    c.drawString(18 * mm, H - 17 * mm, d["bank"])
    c.setFont("Sans", 9)
    c.drawRightString(W - 18 * mm, H - 17 * mm, "Business Online Banking")
    c.setFillColor(colors.black)
    c.setFont("Sans-B", 14)
    c.drawString(18 * mm, H - 42 * mm, d["title"])
    c.setFont("Sans", 9)
    c.drawString(18 * mm, H - 49 * mm, d["subtitle"])
    y = H - 62 * mm
    for sec, rows in d["sections"]:
        c.setFont("Sans-B", 10)
        c.setFillColor(colors.HexColor("#0B4F6C"))
        c.drawString(18 * mm, y, sec)
        c.setFillColor(colors.black)
        y -= 2 * mm
        c.setStrokeColor(colors.HexColor("#9DB7C4"))
        c.line(18 * mm, y, W - 18 * mm, y)
        y -= 6 * mm
        for k, v in rows:
            c.setFont("Sans", 9)
            c.setFillColor(colors.HexColor("#555555"))
            c.drawString(22 * mm, y, k)
            c.setFillColor(colors.black)
            c.setFont("Sans-B" if k in d.get("bold", []) else "Sans", 9.5)
            vv = v if isinstance(v, list) else [v]
            for part in vv:
                c.drawString(80 * mm, y, part)
                y -= 5.2 * mm
            y -= 1.3 * mm
        y -= 5 * mm
    c.setFont("Sans", 7.5)
    c.setFillColor(colors.HexColor("#555555"))
    for x in d["footer"]:
        c.drawString(18 * mm, y, x)
        y -= 4 * mm
    c.showPage()
    c.save()


CJK_RE = re.compile(r"([\u3000-\u303f\u3400-\u9fff\uff00-\uffef]+)")


def cjk(text):
    return CJK_RE.sub(lambda m: '<font name="CJK">%s</font>' % m.group(1), text)


def lay_hk(path, d):
    """Hong Kong bilingual payment advice, headings on two lines."""
    st = [P(cjk(d["payer_zh"]), "Sans", 14, TA_CENTER, 18),
          P("<b>%s</b>" % d["payer"], "Sans-B", 12, TA_CENTER),
          P(d["payer_addr"], size=8, align=TA_CENTER),
          Spacer(1, 4 * mm),
          P(cjk("付款通知書"), "Sans", 15, TA_CENTER, 19),
          P("PAYMENT ADVICE", "Sans-B", 11, TA_CENTER),
          Spacer(1, 5 * mm)]
    kv = []
    for zh, en, v in d["hdr"]:
        kv.append([P(cjk(zh), "Sans", 9, leading=11), P(en, "Sans", 8.5), P(cjk(v), "Sans", 9, leading=11)])
    left = Table([[P(cjk("致 To:"), "Sans", 9)], [P("<br/>".join(d["to"]), "Sans", 9, leading=12)]], colWidths=[85 * mm])
    right = Table(kv, colWidths=[22 * mm, 27 * mm, 42 * mm])
    right.setStyle(TableStyle([("BOTTOMPADDING", (0, 0), (-1, -1), 1), ("TOPPADDING", (0, 0), (-1, -1), 1)]))
    blk = Table([[left, right]], colWidths=[88 * mm, 92 * mm])
    blk.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
    st += [blk, Spacer(1, 5 * mm)]
    H2 = lambda zh, en, al=TA_CENTER: Paragraph("%s<br/>%s" % (cjk(zh), en), ps("Sans", 8.5, al, 11))
    rows = [[H2("項目", "Item"), H2("發票號碼", "Invoice No."), H2("發票日期", "Invoice Date"),
             H2("說明", "Description"), H2("金額 (港幣)", "Amount (HK$)")]]
    for i, l in enumerate(d["lines"], 1):
        rows.append([str(i), l["ref"], l["date"].strftime("%d/%m/%Y"), P(cjk(l["desc"]), "Sans", 8.5, leading=10.5),
                     d["f"](l["amt"])])
    rows.append(["", "", "", Paragraph(cjk("合計 Total"), ps("Sans-B", 9, TA_RIGHT, 11)), "HK$ " + d["f"](tot(d["lines"]))])
    t = Table(rows, colWidths=[12 * mm, 30 * mm, 26 * mm, 74 * mm, 38 * mm])
    t.setStyle(TableStyle(GRID + [
        ("FONT", (0, 1), (-1, -1), "Sans", 8.5),
        ("FONT", (4, -1), (4, -1), "Sans-B", 9),
        ("ALIGN", (4, 1), (4, -1), "RIGHT"),
        ("ALIGN", (0, 1), (0, -1), "CENTER"),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#DDDDDD")),
    ]))
    st += [t, Spacer(1, 6 * mm)]
    for x in d["footer"]:
        st.append(P(cjk(x), "Sans", 8.5, leading=12))
    rl_build(path, st, title="Payment Advice", author=d["payer"])


def words_usd(x):
    ones = "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split()
    tens = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()

    def w(n):
        if n < 20:
            return ones[n]
        if n < 100:
            return tens[n // 10] + ("-" + ones[n % 10] if n % 10 else "")
        if n < 1000:
            return ones[n // 100] + " hundred" + (" " + w(n % 100) if n % 100 else "")
        if n < 1000000:
            return w(n // 1000) + " thousand" + (" " + w(n % 1000) if n % 1000 else "")
        return w(n // 1000000) + " million" + (" " + w(n % 1000000) if n % 1000000 else "")
    x = M(x)
    dollars = int(x)
    cents = int((x - dollars) * 100)
    s = w(dollars)
    return "*****" + s[0].upper() + s[1:] + " and %02d/100" % cents + "*" * 8


DESC_PACK = ["Corrugated shipper cartons 600x400x300", "Pallet wrap 500mm x 23um", "Die-cut mailer boxes",
             "Bubble wrap rolls 1500mm", "Kraft void fill paper", "Printed produce trays",
             "Custom printed RSC cartons", "Strapping PP 12mm", "Edge protectors 50x50",
             "Freight - Brisbane to site", "Label stock 100x150 thermal", "Layer pads 1165x1165",
             "Tape 48mm clear acrylic", "Octabin bulk boxes", "Wine shippers 6-bottle"]


# ==========================================================================
# documents 001-007 (reportlab)
# ==========================================================================
def doc_001():
    rng = random.Random(1001)
    pay = date(2026, 3, 6)
    refs = ["IPS-2088%02d" % x for x in sorted(rng.sample(range(10, 99), 8))]
    ds = mkdates(rng, pay, 8)
    lines = []
    for i, (r, dt) in enumerate(zip(refs, ds)):
        g = M(rng.randint(40000, 980000) / 100)
        disc = M(g * Decimal("0.02")) if i % 3 == 0 else M(0)
        lines.append(L(r, g - disc, dtype="Invoice", own="PPI-1042%02d" % (31 + i), date=dt, gross=g, disc=disc))
    lines.insert(5, L("CRN-0412", "-312.40", "credit_note", dtype="Credit Memo", own="PCM-10418",
                      date=date(2026, 2, 20), gross=M("-312.40"), disc=M(0)))
    d = dict(payer="Coral Coast Fresh Produce Pty Ltd",
             payer_addr=["Lot 7 Bruce Highway", "Edmonton QLD 4869", "ABN 81 104 772 390", "Phone (07) 4055 1920"],
             vendor_block=[SUP, "18 Boundary Road", "Rocklea QLD 4106", "Australia"],
             hdr=[("Vendor No.", "V00412"), ("Payment Date", "06/03/2026"), ("Payment Reference", "EFT-0004417"),
                  ("Payment Method", "EFT"), ("Currency Code", "AUD")],
             lines=lines, datefmt="%d/%m/%Y", style="us", neg="minus", cur="AUD",
             footer=["The amount above has been transferred to your bank account BSB 124-001 Account 2231 7764.",
                     "Please direct remittance queries to accounts.payable@coralcoastfresh.com.au or (07) 4055 1920."])
    lay_bc(out("r3-001.pdf"), d)
    record("r3-001.pdf", "reportlab", False, d["payer"], pay, "EFT-0004417", "AUD", tot(lines), lines)


def doc_002():
    rng = random.Random(1002)
    pay = date(2026, 3, 17)
    lines = [L("IPS-208912", "1240.00", type="Bill", date=date(2026, 1, 28), orig=M("1240.00"), baldue=M("1240.00")),
             L("IPS-208955", "1700.00", type="Bill", date=date(2026, 2, 3), orig=M("3400.00"), baldue=M("3400.00")),
             L("IPS-208977", "1186.50", type="Bill", date=date(2026, 2, 9), orig=M("1186.50"), baldue=M("1186.50")),
             L("IPS-209004", "823.50", type="Bill", date=date(2026, 2, 16), orig=M("823.50"), baldue=M("823.50"))]
    total = tot(lines)
    d = dict(payer="Lone Star Brewing Supply LLC", payer_addr=["2201 E Cesar Chavez St", "Austin, TX 78702"],
             bank=["Frontier Plains Bank, N.A.", "Austin, Texas     88-1234/1119"], checkno="10472",
             date_s="03/17/2026", payee=SUP, payee_addr=["18 Boundary Road", "Rocklea QLD 4106", "AUSTRALIA"],
             memo="Acct # LSB-0931", micr="C010472C  A111912345A  4418802197C", lines=lines, total=total,
             words=words_usd(total), fmt=lambda x: num(x, "us"),
             stub_foot="Frontier Plains Operating  x2197      Vendor ID 20418      Tax ID 74-2918830")
    lay_qb(out("r3-002.pdf"), d)
    record("r3-002.pdf", "reportlab", False, d["payer"], pay, "10472", "USD", total, lines)


def doc_003():
    rng = random.Random(1003)
    pay = date(2026, 3, 11)
    ds = mkdates(rng, pay, 7)
    lines = []
    inv = [300045172, 300045188, 300045203, 300045219, 300045240]
    for i, r in enumerate(inv):
        g = M(rng.randint(90000, 1450000) / 100)
        amt = g if i != 2 else M(g / 2)
        lines.append(L(str(r), amt, dtype="A/P Invoice", own=str(10871 + i), date=ds[i], gross=g))
    lines.append(L("CRN-0419", "-245.00", "credit_note", dtype="A/P Credit Memo", own="2231", date=ds[5], gross=M("-245.00")))
    lines.append(L("CRN-0423", "-1018.60", "credit_note", dtype="A/P Credit Memo", own="2236", date=ds[6], gross=M("-1018.60")))
    d = dict(payer="Straits Harbour Logistics Pte. Ltd.",
             payer_addr=["31 Tuas South Avenue 8", "Singapore 637023", "Tel: +65 6861 4420  Fax: +65 6861 4421",
                         "GST Reg. No.: M2-0098765-4"],
             right=["Co. Reg. No. 201012345K", "Page 1 of 1"],
             to=[SUP + " (Singapore Branch)", "10 Changi South Lane #05-02", "Singapore 486162", "UEN T19FC0123A"],
             hdr=[("Payment Voucher No.", "PV 2260418"), ("Posting Date", "11.03.2026"),
                  ("Payment Means", "Bank Transfer (GIRO)"), ("Transfer Ref.", "G2603110791"),
                  ("Vendor Code", "V-IRON01"), ("Currency", "SGD")],
             lines=lines, datefmt="%d.%m.%Y", f=lambda x: num(x, "us", "paren"),
             ftot=lambda x: "S$ " + num(x, "us", "paren"),
             footer=["Payment credited to DBS Bank Ltd A/C 072-012345-6 (Ironbark Packaging Solutions Pty Ltd).",
                     "Please contact ap@straitsharbour.com.sg within 7 days for any discrepancy.",
                     "Prepared by: JLIM        Approved by: KTAN"])
    lay_sapb1(out("r3-003.pdf"), d)
    record("r3-003.pdf", "reportlab", False, d["payer"], pay, "G2603110791", "SGD", tot(lines), lines)


def doc_004():
    rng = random.Random(1004)
    pay = date(2026, 3, 14)
    nums = sorted(rng.sample(range(1100, 1290), 11))
    ds = mkdates(rng, pay, 12)
    lines = []
    for i, n in enumerate(nums):
        g = M(rng.randint(25000, 620000) / 100)
        disc = M(g * Decimal("0.015")) if rng.random() < 0.4 else M(0)
        lines.append(L("IB/2026/%04d" % n, g - disc, date=ds[i], gross=g, disc=disc,
                       desc=DESC_PACK[rng.randrange(len(DESC_PACK))]))
    lines.insert(7, L("C/N 118", "-486.20", "credit_note", date=ds[11], gross=M("-486.20"), disc=M(0),
                      desc="Credit - crushed cartons on delivery"))
    total = tot(lines)
    d = dict(payer="Kauri Ridge Dairy Co-operative Limited",
             payer_addr=["Private Bag 3021", "Hamilton 3240", "New Zealand", "GST No. 112-458-903"],
             hdr=[(("Payee", SUP + " - NZ Branch"), ("Payment Number", "88123")),
                  (("Supplier Number", "300217"), ("Payment Date", "14-MAR-2026")),
                  (("Supplier Site", "AUCKLAND"), ("Payment Method", "Electronic")),
                  (("Remit-to Bank Acct", "02-0108-0456123-00"), ("Payment Amount", "NZD " + num(total)))],
             lines=lines, datefmt="%d-%b-%Y", f=lambda x: num(x, "us", "minus"),
             footer=["This remittance advice was generated by Oracle Fusion Payables. Please do not reply to this message.",
                     "Kauri Ridge Dairy Co-operative Limited  |  Accounts Payable  |  +64 7 838 2200"])
    lay_oracle(out("r3-004.pdf"), d)
    record("r3-004.pdf", "reportlab", False, d["payer"], pay, "88123", "NZD", total, lines)


def doc_005():
    rng = random.Random(1005)
    pay = date(2026, 3, 9)
    ds = mkdates(rng, pay, 6)
    lines = []
    for i, n in enumerate([208731, 208760, 208794, 208802, 208845]):
        g = M(rng.randint(30000, 540000) / 100)
        disc = M(g * Decimal("0.025")) if i in (1, 3) else M(0)
        lines.append(L("IPS-%d" % n, g - disc, date=ds[i], gross=g, disc=disc, own=str(1287 + i * 3),
                       desc=DESC_PACK[(i * 4) % len(DESC_PACK)]))
    lines.insert(3, L("CRN-0408", "-155.00", "credit_note", date=ds[5], gross=M("-155.00"), disc=M(0),
                      own="1301", desc="Pricing adjustment"))
    d = dict(payer="Pinnacle Hardware Wholesale Pty Ltd",
             payer_addr=["Unit 3, 14 Sheffield Road", "Welshpool WA 6106", "ABN 27 508 113 964    Tel (08) 9356 0022"],
             to=[SUP, "18 Boundary Road", "Rocklea QLD 4106"],
             hdr=[("Date", "09/03/2026"), ("A/C Ref", "IRON001"), ("Payment Ref", "EFT 000781"), ("Currency", "AUD")],
             intro="Please find below details of invoices paid by direct credit to your nominated account.",
             lines=lines, datefmt="%d/%m/%Y", f=lambda x: num(x, "us", "cr"),
             footer=["Bank: BSB 124-001  Account 2231 7764", "Pinnacle Hardware Wholesale - Accounts Department"])
    lay_sage(out("r3-005.pdf"), d)
    record("r3-005.pdf", "reportlab", False, d["payer"], pay, "EFT 000781", "AUD", tot(lines), lines)


def doc_006():
    pay = date(2026, 3, 18)
    lines = [L("IPS-209113", "3120.00"), L("IPS-209120", "5520.00")]
    d = dict(bank="Greenwattle Bank", title="Payment receipt",
             subtitle="Osko payment - funds sent via the New Payments Platform (NPP)",
             sections=[
                 ("Payment details", [("Receipt number", "NPP2603180042177"),
                                      ("Date and time", "18 March 2026 10:42 AEDT"),
                                      ("Amount", "$8,640.00 AUD"), ("Status", "Completed")]),
                 ("From", [("Account name", "Blue Gum Timber Mills Pty Ltd"), ("BSB", "036-112"),
                           ("Account number", "4471 2298")]),
                 ("To", [("Payee name", SUP), ("PayID (ABN)", "53 612 448 907"),
                         ("BSB / Account", "124-001 / 2231 7764")]),
                 ("Remittance information", [("Description", ["INV IPS-209113 $3,120.00", "INV IPS-209120 $5,520.00"])]),
             ],
             bold=["Amount"],
             footer=["Greenwattle Bank Limited ABN 11 222 333 444 AFSL 555666.",
                     "Osko payments are usually received within a minute. Keep this receipt for your records."])
    lay_npp(out("r3-006.pdf"), d)
    record("r3-006.pdf", "reportlab", False, "Blue Gum Timber Mills Pty Ltd", pay, "NPP2603180042177", "AUD",
           "8640.00", lines)


def doc_007():
    pay = date(2026, 3, 20)
    lines = [L("55812", "12480.00", date=date(2026, 2, 2), desc="瓦通紙箱 Corrugated cartons"),
             L("55840", "6315.50", date=date(2026, 2, 9), desc="氣泡膜 Bubble wrap rolls"),
             L("CRN-0431", "-1200.00", "credit_note", date=date(2026, 2, 12), desc="退貨 Returned goods credit"),
             L("55877", "9860.00", date=date(2026, 2, 18), desc="印刷紙盒 Printed gift boxes"),
             L("55902", "3744.80", date=date(2026, 2, 24), desc="運費 Delivery charges")]
    d = dict(payer_zh="維峰貿易有限公司", payer="Victoria Peak Trading Company Limited",
             payer_addr="Unit 1205, 12/F, Kwun Tong Harbour Plaza, 182 Wai Yip Street, Kwun Tong, Kowloon, Hong Kong   Tel: (852) 2345 6789",
             to=["Ironbark Packaging Solutions Pty Ltd", "Hong Kong Branch", "Room 803, 8/F, Tower 2,", "Metroplaza, Kwai Fong, N.T."],
             hdr=[("日期", "Date", "2026年3月20日"), ("支票號碼", "Cheque No.", "204518"),
                  ("銀行", "Bank", "港商銀行 Harbour Commercial Bank"), ("供應商編號", "Supplier Code", "S-0388"),
                  ("付款憑單", "Voucher No.", "PV-HK-26-0311")],
             lines=lines, f=lambda x: num(x, "us", "paren"),
             footer=["如有查詢，請致電 (852) 2345 6789 與會計部聯絡。",
                     "Please contact our Accounts Department at (852) 2345 6789 for any enquiries."])
    lay_hk(out("r3-007.pdf"), d)
    record("r3-007.pdf", "reportlab", False, d["payer"], pay, "204518", "HKD", tot(lines), lines)


# ==========================================================================
# LibreOffice Writer (flat ODT) helpers
# ==========================================================================
def fodt_doc(body, font="Liberation Sans", size="9.5pt", margin="1.8cm"):
    ns = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
          'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
          'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
          'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
          'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
          'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" '
          'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
          'xmlns:dc="http://purl.org/dc/elements/1.1/"')
    bd = "0.5pt solid #000000"
    pst = {
        "P": "", "PB": 'fo:font-weight="bold"', "PR": "", "PBR": 'fo:font-weight="bold"',
        "PC": "", "PBC": 'fo:font-weight="bold"', "PT": 'fo:font-weight="bold" fo:font-size="16pt"',
        "PT2": 'fo:font-weight="bold" fo:font-size="12pt"', "PS": 'fo:font-size="7.5pt"',
        "PSR": 'fo:font-size="7.5pt"', "PSB": 'fo:font-size="7.5pt" fo:font-weight="bold"',
        "PBig": 'fo:font-weight="bold" fo:font-size="11pt"', "PSC": 'fo:font-size="7.5pt"',
        "PSBC": 'fo:font-size="7.5pt" fo:font-weight="bold"', "PSBR": 'fo:font-size="7.5pt" fo:font-weight="bold"',
    }
    align = {"PR": "end", "PBR": "end", "PC": "center", "PBC": "center", "PSR": "end", "PSC": "center",
             "PSBC": "center", "PSBR": "end"}
    auto = []
    for k, tp in pst.items():
        auto.append('<style:style style:name="%s" style:family="paragraph" style:parent-style-name="Standard">'
                    '<style:paragraph-properties fo:text-align="%s" fo:margin-top="0cm" fo:margin-bottom="0.04cm"/>'
                    '<style:text-properties %s/></style:style>' % (k, align.get(k, "start"), tp))
    cells = {
        "CB": 'fo:border="%s"' % bd,
        "CH": 'fo:border="%s" fo:background-color="#d9d9d9"' % bd,
        "CN": 'fo:border="none"',
        "CT": 'fo:border-top="%s" fo:border-bottom="none" fo:border-left="none" fo:border-right="none"' % bd,
        "CBB": 'fo:border-bottom="%s" fo:border-top="none" fo:border-left="none" fo:border-right="none"' % bd,
        "CTB": 'fo:border-bottom="%s" fo:border-top="%s" fo:border-left="none" fo:border-right="none"' % (bd, bd),
        "CHB": 'fo:border-bottom="%s" fo:border-top="%s" fo:border-left="none" fo:border-right="none" fo:background-color="#e6e6e6"' % (bd, bd),
        "CBOX": 'fo:border="0.8pt solid #000000"',
    }
    for k, v in cells.items():
        auto.append('<style:style style:name="%s" style:family="table-cell"><style:table-cell-properties %s '
                    'fo:padding="0.06cm" style:vertical-align="middle"/></style:style>' % (k, v))
    auto.append(body[1])
    return ('<?xml version="1.0" encoding="UTF-8"?>\n<office:document %s office:version="1.2" '
            'office:mimetype="application/vnd.oasis.opendocument.text">'
            '<office:meta><meta:generator>LibreOffice</meta:generator><dc:title>Remittance</dc:title></office:meta>'
            '<office:font-face-decls><style:font-face style:name="%s" svg:font-family="\'%s\'"/></office:font-face-decls>'
            '<office:styles><style:default-style style:family="paragraph"><style:text-properties style:font-name="%s" '
            'fo:font-size="%s" fo:language="en" fo:country="AU"/></style:default-style>'
            '<style:style style:name="Standard" style:family="paragraph"/></office:styles>'
            '<office:automatic-styles><style:page-layout style:name="pm1"><style:page-layout-properties '
            'fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="%s" fo:margin-bottom="%s" '
            'fo:margin-left="%s" fo:margin-right="%s"/></style:page-layout>%s</office:automatic-styles>'
            '<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="pm1"/>'
            '</office:master-styles><office:body><office:text>%s</office:text></office:body></office:document>'
            % (ns, font, font, font, size, margin, margin, margin, margin, "".join(auto), body[0]))


class FBody:
    def __init__(self):
        self.parts = []
        self.styles = []
        self.nt = 0

    def p(self, text, st="P"):
        for line in text.split("\n"):
            self.parts.append('<text:p text:style-name="%s">%s</text:p>' % (st, xx(line)))

    def gap(self, n=1):
        for _ in range(n):
            self.parts.append('<text:p text:style-name="P"/>')

    def table(self, widths_cm, rows):
        """rows: list of rows; each cell is (text, pstyle, cstyle, colspan) or None (covered)."""
        self.nt += 1
        name = "Tbl%d" % self.nt
        tw = sum(widths_cm)
        self.styles.append('<style:style style:name="%s" style:family="table"><style:table-properties '
                           'style:width="%.2fcm" table:align="left"/></style:style>' % (name, tw))
        cols = []
        for i, w in enumerate(widths_cm):
            cn = "%sc%d" % (name, i)
            self.styles.append('<style:style style:name="%s" style:family="table-column"><style:table-column-properties '
                               'style:column-width="%.2fcm"/></style:style>' % (cn, w))
            cols.append('<table:table-column table:style-name="%s"/>' % cn)
        x = ['<table:table table:name="%s" table:style-name="%s">' % (name, name)] + cols
        for r in rows:
            x.append("<table:table-row>")
            for c in r:
                if c is None:
                    x.append("<table:covered-table-cell/>")
                    continue
                text, pst, cst, span = (list(c) + ["P", "CB", 1][len(c) - 1:])[:4]
                sp = ' table:number-columns-spanned="%d"' % span if span > 1 else ""
                paras = "".join('<text:p text:style-name="%s">%s</text:p>' % (pst, xx(t)) for t in str(text).split("\n"))
                x.append('<table:table-cell table:style-name="%s" office:value-type="string"%s>%s</table:table-cell>'
                         % (cst, sp, paras))
            x.append("</table:table-row>")
        x.append("</table:table>")
        self.parts.append("".join(x))

    def build(self):
        return ("".join(self.parts), "".join(self.styles))


def writer_pdf(fb, outpdf, name, **kw):
    src = tmp(name + ".fodt")
    with open(src, "w", encoding="utf-8") as f:
        f.write(fodt_doc(fb.build(), **kw))
    soffice_pdf(src, outpdf)


# ==========================================================================
# Writer layouts
# ==========================================================================
def lay_zahlungsavis(outpdf, name, d):
    st = d.get("style", "de")
    b = FBody()
    b.p(d["payer"], "PBig")
    b.p(d["payer_line"], "PS")
    b.gap()
    info = [("Datum:", d["date_s"]), ("Unsere Kreditorennr.:", d["kred"]), ("Sachbearbeiter/in:", d["sb"]),
            ("Telefon:", d["tel"]), ("Zahlungsreferenz:", d["ref"])]
    rows = []
    addr = d["to"] + [""] * (len(info) - len(d["to"]))
    for a, (k, v) in zip(addr, info):
        rows.append([(a, "P", "CN"), ("", "P", "CN"), (k, "PS", "CN"), (v, "P", "CN")])
    b.table([8.5, 1.5, 3.5, 4.0], rows)
    b.gap()
    b.p("Zahlungsavis", "PT")
    b.gap()
    b.p("Sehr geehrte Damen und Herren,")
    b.p(d["intro"])
    b.gap()
    hdr = [("Beleg-\ndatum", "PSB", "CHB"), ("Ihre Beleg-\nnummer", "PSB", "CHB"), ("Art", "PSB", "CHB"),
           ("Unsere\nBelegnr.", "PSB", "CHB"), ("Brutto-\nbetrag", "PSBR", "CHB"), ("Skonto", "PSBR", "CHB"),
           ("Zahl-\nbetrag", "PSBR", "CHB")]
    rows = [hdr]
    for l in d["lines"]:
        rows.append([(l["date"].strftime("%d.%m.%Y"), "P", "CN"), (l["ref"], "P", "CN"), (l["art"], "P", "CN"),
                     (l["own"], "P", "CN"), (num(l["gross"], st, "trail"), "PR", "CN"),
                     (num(l["disc"], st, "trail"), "PR", "CN"), (num(l["amt"], st, "trail"), "PR", "CN")])
    rows.append([("Summe", "PB", "CTB", 4), None, None, None, ("", "P", "CTB"), (d.get("cur_sym", "EUR"), "PBR", "CTB"),
                 (num(tot(d["lines"]), st, "trail"), "PBR", "CTB")])
    b.table([2.2, 3.2, 1.2, 2.4, 2.8, 2.2, 3.0], rows)
    b.gap()
    b.p("Art: RE = Rechnung, GS = Gutschrift", "PS")
    b.gap()
    b.p(d["close"])
    b.gap()
    b.p("Mit freundlichen Grüßen")
    b.p(d["payer"])
    b.gap(2)
    b.p(d["footer"], "PS")
    writer_pdf(b, outpdf, name)


def lay_pesonet(outpdf, name, d):
    b = FBody()
    b.p(d["payer"].upper(), "PBig")
    for a in d["payer_addr"]:
        b.p(a, "PS")
    b.gap()
    b.p("PAYMENT ADVICE", "PT")
    b.gap()
    rows = []
    left = d["to"]
    right = d["hdr"]
    n = max(len(left), len(right))
    left = left + [""] * (n - len(left))
    right = right + [("", "")] * (n - len(right))
    for a, (k, v) in zip(left, right):
        rows.append([(a, "P", "CN"), (k, "PB", "CN"), (v, "P", "CN")])
    b.table([8.0, 4.2, 5.2], rows)
    b.gap()
    b.p(d["intro"])
    b.gap()
    rows = [[("Sales Invoice", "PSBC", "CH", 2), None, ("Amount (Php)", "PSBC", "CH", 3), None, None, ("P.O. No.", "PSBC", "CH")],
            [("SI No.", "PSBC", "CH"), ("Date", "PSBC", "CH"), ("Gross (VAT incl.)", "PSBC", "CH"),
             ("Less: EWT 1%", "PSBC", "CH"), ("Net Amount Paid", "PSBC", "CH"), ("", "PSBC", "CH")]]
    for l in d["lines"]:
        rows.append([(l["ref"], "P"), (l["date"].strftime("%m/%d/%Y"), "PC"), (num(l["gross"]), "PR"),
                     (num(l["ewt"]), "PR"), (num(l["amt"]), "PR"), (l["po"], "PC")])
    rows.append([("TOTAL", "PB", "CB", 2), None, (num(sum(l["gross"] for l in d["lines"])), "PBR"),
                 (num(sum(l["ewt"] for l in d["lines"])), "PBR"), (num(tot(d["lines"])), "PBR"), ("", "P")])
    b.table([2.6, 2.4, 3.3, 2.8, 3.3, 2.9], rows)
    b.gap()
    for x in d["notes"]:
        b.p(x, "PS")
    b.gap(2)
    b.table([5.5, 0.8, 5.5, 0.8, 5.0], [[("Prepared by:", "PS", "CBB"), ("", "P", "CN"), ("Checked by:", "PS", "CBB"),
                                          ("", "P", "CN"), ("Approved by:", "PS", "CBB")]])
    writer_pdf(b, outpdf, name)


def ewt_line(ref, gross, dt, po):
    g = M(gross)
    ewt = M(g / Decimal("1.12") * Decimal("0.01"))
    return L(ref, g - ewt, date=dt, gross=g, ewt=ewt, po=po)


def doc_008():
    rng = random.Random(1008)
    pay = date(2026, 3, 23)
    ds = mkdates(rng, pay, 8)
    lines = []
    refs = [400071233, 400071260, 400071291, 400071302, 400071347, 400071355]
    for i, r in enumerate(refs):
        g = M(rng.randint(50000, 690000) / 100)
        disc = M(g * Decimal("0.02")) if i % 2 == 0 else M(0)
        lines.append(L(str(r), g - disc, date=ds[i], gross=g, disc=disc, art="RE", own="5105%05d" % (2210 + i * 7)))
    lines.insert(2, L("GS-2026-014", "-380.00", "credit_note", date=ds[6], gross=M("-380.00"), disc=M(0), art="GS", own="5105022241"))
    lines.append(L("GS-2026-019", "-1275.40", "credit_note", date=ds[7], gross=M("-1275.40"), disc=M(0), art="GS", own="5105022288"))
    total = tot(lines)
    d = dict(payer="Nordwerk Verpackungstechnik GmbH",
             payer_line="Nordwerk Verpackungstechnik GmbH · Billwerder Ring 12 · 21035 Hamburg",
             to=[SUP, "Zweigniederlassung Deutschland", "Am Sandtorkai 50", "20457 Hamburg"],
             date_s="23.03.2026", kred="70004711", sb="Frau Petersen", tel="+49 40 7344 1290",
             ref="1500004711",
             intro=("wir haben heute zum Ausgleich der nachstehend aufgeführten Belege den Betrag von %s EUR "
                    "auf Ihr Konto IBAN DE89 2005 0550 1234 5678 90 (BIC HASPDEHHXXX) überwiesen." % num(total, "de")),
             lines=lines,
             close="Bitte prüfen Sie die Zahlung und wenden Sie sich bei Rückfragen an unsere Kreditorenbuchhaltung.",
             footer="Nordwerk Verpackungstechnik GmbH · Sitz Hamburg · Amtsgericht Hamburg HRB 118842 · "
                    "USt-IdNr. DE287661043 · Geschäftsführer: Jan Kröger")
    lay_zahlungsavis(out("r3-008.pdf"), "r3-008", d)
    record("r3-008.pdf", "libreoffice-writer", False, d["payer"], pay, "1500004711", "EUR", total, lines)


def doc_009():
    pay = date(2026, 3, 25)
    lines = [ewt_line("04417", "112000.00", date(2026, 2, 4), "MAF-PO-2231"),
             ewt_line("04452", "58240.00", date(2026, 2, 11), "MAF-PO-2240"),
             ewt_line("04468", "7616.00", date(2026, 2, 13), "MAF-PO-2240"),
             ewt_line("04503", "89600.00", date(2026, 2, 20), "MAF-PO-2258"),
             ewt_line("04511", "33264.00", date(2026, 2, 23), "MAF-PO-2262"),
             ewt_line("04539", "14784.00", date(2026, 3, 2), "MAF-PO-2262")]
    d = dict(payer="Mindanao Agri Foods Corporation",
             payer_addr=["KM 9, Diversion Road, Buhangin, Davao City 8000", "TIN 004-512-887-000  |  Tel. (082) 234 5561"],
             to=["TO:", SUP + " - Philippine Branch", "27/F Ayala Tower One, Ayala Avenue", "Makati City 1226",
                 "TIN 009-331-204-000"],
             hdr=[("Date:", "March 25, 2026"), ("Mode of Payment:", "PESONet"), ("PESONet Ref. No.:", "PN2603250007731"),
                  ("Check Voucher No.:", "CV-2026-03-0412"), ("Supplier Code:", "IPS-PH-017")],
             intro="We have credited your account under BDO Unibank Acct. No. 0012-3456-7890 for the following sales invoices:",
             lines=lines,
             notes=["EWT withheld under RR 2-98 as amended; BIR Form 2307 will be sent separately.",
                    "Please issue Official Receipt upon receipt of payment."])
    lay_pesonet(out("r3-009.pdf"), "r3-009", d)
    record("r3-009.pdf", "libreoffice-writer", False, d["payer"], pay, "PN2603250007731", "PHP", tot(lines), lines)


def doc_010():
    pay = date(2026, 3, 26)
    b = FBody()
    b.p("Tamar Valley Vineyards Pty Ltd", "PT2")
    b.p("1188 West Tamar Highway, Legana TAS 7277  ·  ABN 64 119 834 502  ·  (03) 6330 1144", "PS")
    b.gap(2)
    b.p("27 March 2026")
    b.gap()
    b.p("Accounts Receivable\n" + SUP + "\n18 Boundary Road\nRocklea QLD 4106")
    b.gap()
    b.p("Dear Accounts Receivable team,", "P")
    b.gap()
    b.p("Re: Remittance advice", "PB")
    b.gap()
    b.p("We advise that a payment of AUD 2,475.00 was made to your nominated account (BSB 124-001, "
        "account 2231 7764) on 26 March 2026 in full settlement of your invoice IPS-209347 dated "
        "12 February 2026 for 6-bottle wine shippers supplied against our purchase order PO 7781.")
    b.gap()
    b.p("The funds were sent by EFT with our payment reference TVV-EFT-0318. Please quote this reference if you "
        "have any questions about the payment.")
    b.gap()
    b.p("Should you have any queries please contact me on (03) 6330 1144.")
    b.gap(2)
    b.p("Kind regards,")
    b.gap(2)
    b.p("Fiona McKenzie\nFinance Officer\nTamar Valley Vineyards Pty Ltd")
    writer_pdf(b, out("r3-010.pdf"), "r3-010")
    record("r3-010.pdf", "libreoffice-writer", False, "Tamar Valley Vineyards Pty Ltd", pay, "TVV-EFT-0318", "AUD",
           "2475.00", [L("IPS-209347", "2475.00")])


# ==========================================================================
# spreadsheets (openpyxl) -> xlsx deliverables and LibreOffice Calc PDFs
# ==========================================================================
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

THIN = Side(style="thin", color="000000")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
FILL = PatternFill("solid", fgColor="D9E1F2")
FILL2 = PatternFill("solid", fgColor="EDEDED")
NF = "#,##0.00;-#,##0.00"
NF_PAREN = "#,##0.00;(#,##0.00)"


def new_wb(title, font="Arial"):
    wb = Workbook()
    ws = wb.active
    ws.title = title
    wb.properties.creator = "Accounts Payable"
    wb.properties.lastModifiedBy = "Accounts Payable"
    wb.properties.created = datetime(2026, 3, 1, 9, 0, 0)
    wb.properties.modified = datetime(2026, 3, 1, 9, 0, 0)
    return wb, ws


def wcell(ws, ref, value, bold=False, size=10, align=None, fill=None, border=None, nf=None, wrap=False,
          italic=False, font="Arial", valign="center"):
    c = ws[ref]
    c.value = value
    c.font = Font(name=font, bold=bold, size=size, italic=italic)
    if align or wrap:
        c.alignment = Alignment(horizontal=align, vertical=valign, wrap_text=wrap)
    if fill:
        c.fill = fill
    if border:
        c.border = border
    if nf:
        c.number_format = nf
    return c


def merge(ws, rng_, value, **kw):
    first = rng_.split(":")[0]
    wcell(ws, first, value, **kw)
    if kw.get("border"):
        from openpyxl.utils.cell import range_boundaries
        c1, r1, c2, r2 = range_boundaries(rng_)
        for r in range(r1, r2 + 1):
            for cc in range(c1, c2 + 1):
                ws.cell(r, cc).border = kw["border"]
    ws.merge_cells(rng_)


def print_setup(ws, landscape_=False, fit=True):
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.orientation = "landscape" if landscape_ else "portrait"
    if fit:
        ws.sheet_properties.pageSetUpPr.fitToPage = True
        ws.page_setup.fitToWidth = 1
        ws.page_setup.fitToHeight = 0
    ws.page_margins.left = ws.page_margins.right = 0.5
    ws.page_margins.top = ws.page_margins.bottom = 0.6
    ws.sheet_view.showGridLines = False


def save_xlsx(wb, path):
    wb.save(path)
    fix_xlsx(path)


def calc_pdf(wb, outpdf, name):
    src = tmp(name + ".xlsx")
    save_xlsx(wb, src)
    soffice_pdf(src, outpdf)


def lay_calc_my(outpdf, name, d):
    wb, ws = new_wb("Payment Advice")
    for col, w in zip("ABCDEFG", [13, 13, 12, 27, 15, 15, 20]):
        ws.column_dimensions[col].width = w
    merge(ws, "A1:G1", d["payer"], bold=True, size=14, align="left")
    merge(ws, "A2:G2", d["payer_addr"], size=9, align="left")
    merge(ws, "A3:G3", d["payer_ids"], size=9, align="left")
    merge(ws, "A5:G5", "PAYMENT ADVICE", bold=True, size=13, align="center")
    r = 7
    for (k1, v1), (k2, v2) in d["hdr"]:
        wcell(ws, "A%d" % r, k1, bold=True, size=9)
        merge(ws, "B%d:D%d" % (r, r), v1, size=9, align="left")
        wcell(ws, "E%d" % r, k2, bold=True, size=9)
        merge(ws, "F%d:G%d" % (r, r), v2, size=9, align="left")
        r += 1
    r += 1
    h1, h2 = r, r + 1
    merge(ws, "A%d:D%d" % (h1, h1), "Invoice Details", bold=True, size=9, align="center", fill=FILL, border=BOX)
    merge(ws, "E%d:F%d" % (h1, h1), "Amount (RM)", bold=True, size=9, align="center", fill=FILL, border=BOX)
    merge(ws, "G%d:G%d" % (h1, h2), "Remarks", bold=True, size=9, align="center", fill=FILL, border=BOX)
    for col, t in zip("ABCDEF", ["No.", "Invoice No.", "Invoice Date", "Description", "Invoice Amount", "Amount Paid"]):
        wcell(ws, "%s%d" % (col, h2), t, bold=True, size=9, align="center", fill=FILL, border=BOX)
    r = h2 + 1
    for i, l in enumerate(d["lines"], 1):
        wcell(ws, "A%d" % r, i, size=9, align="center", border=BOX)
        wcell(ws, "B%d" % r, l["ref"], size=9, border=BOX)
        wcell(ws, "C%d" % r, l["date"].strftime("%d/%m/%Y"), size=9, align="center", border=BOX)
        wcell(ws, "D%d" % r, l["desc"], size=9, border=BOX)
        wcell(ws, "E%d" % r, float(l["gross"]), size=9, border=BOX, nf=NF)
        wcell(ws, "F%d" % r, float(l["amt"]), size=9, border=BOX, nf=NF)
        wcell(ws, "G%d" % r, l.get("remark", ""), size=8, border=BOX, wrap=True)
        if l.get("remark") and len(l["remark"]) > 22:
            ws.row_dimensions[r].height = 24
        r += 1
    merge(ws, "A%d:E%d" % (r, r), "JUMLAH / TOTAL (RM)", bold=True, size=9, align="right", border=BOX)
    wcell(ws, "F%d" % r, float(tot(d["lines"])), bold=True, size=9, border=BOX, nf=NF)
    wcell(ws, "G%d" % r, "", border=BOX)
    r += 2
    for x in d["footer"]:
        merge(ws, "A%d:G%d" % (r, r), x, size=8, italic=True, align="left")
        r += 1
    print_setup(ws, landscape_=True)
    calc_pdf(wb, outpdf, name)


def doc_011():
    rng = random.Random(1011)
    pay = date(2026, 3, 27)
    ds = mkdates(rng, pay, 10)
    descs = ["Corrugated carton 5-ply", "Printed sleeve 250g", "Shrink film 19mic", "Carton divider set",
             "Food-grade liner bags", "Pallet wrap machine film", "Tray 6x4 printed", "Thermal labels 100x75",
             "Kraft tape 48mm"]
    lines = []
    for i in range(9):
        g = M(rng.randint(120000, 2800000) / 100)
        ln = L("INV %d" % (77120 + i * 13 + rng.randint(0, 9)), g, date=ds[i], gross=g, desc=descs[i])
        lines.append(ln)
    lines[4]["amt"] = M(lines[4]["gross"] / 2)
    lines[4]["remark"] = "Part payment - balance pending GRN"
    lines.insert(6, L("CN 1042", "-860.00", "credit_note", date=ds[9], gross=M("-860.00"),
                      desc="Credit note - rejected cartons", remark="Offset"))
    d = dict(payer="Klang Valley Foods Sdn. Bhd.",
             payer_addr="Lot 12, Jalan Pengapit 15/19, Seksyen 15, 40200 Shah Alam, Selangor Darul Ehsan",
             payer_ids="Company No. 201501012345 (1123456-X)   SST No. B16-1808-31012345   Tel: 03-5511 2200",
             hdr=[(("Payee:", SUP + " (Malaysia Branch)"), ("Date:", "27/03/2026")),
                  (("Address:", "Plot 88, Lebuhraya Kampung Jawa, 11900 Bayan Lepas"), ("PV No.:", "PV-2603-0041")),
                  (("Bank:", "Maybank A/C 5141 2233 9087"), ("Payment Mode:", "DuitNow Transfer")),
                  (("Vendor Code:", "KVF-V-0877"), ("DuitNow Ref No.:", "20260327MBBEMYKL010ORB00884121"))],
             lines=lines,
             footer=["This is a computer-generated advice. No signature is required.",
                     "Enquiries: Finance Dept, finance@klangvalleyfoods.com.my"])
    lay_calc_my(out("r3-011.pdf"), "r3-011", d)
    record("r3-011.pdf", "libreoffice-calc", False, d["payer"], pay, "20260327MBBEMYKL010ORB00884121", "MYR",
           tot(lines), lines)


def doc_012():
    rng = random.Random(1012)
    pay = date(2026, 3, 11)
    ds = mkdates(rng, pay, 35, span=75)
    nums = sorted(rng.sample(range(207400, 208990), 32))
    lines = []
    for i, n in enumerate(nums):
        g = M(rng.randint(8000, 1250000) / 100)
        disc = M(g * Decimal("0.01")) if rng.random() < 0.25 else M(0)
        lines.append(L("IPS-%d" % n, g - disc, date=ds[i], gross=g, disc=disc))
    for pos, (cr, a) in zip([9, 21, 30], [("CRN-0396", "-118.80"), ("CRN-0401", "-2040.00"), ("CRN-0405", "-64.35")]):
        lines.insert(pos, L(cr, a, "credit_note", date=ds[32 + [9, 21, 30].index(pos)], gross=M(a), disc=M(0)))
    for i, l in enumerate(lines):
        l["voucher"] = "V%06d" % (261100 + i * 3)
        l["due"] = date.fromordinal(l["date"].toordinal() + 30)
    total = tot(lines)
    wb, ws = new_wb("Remittance")
    for col, w in zip("ABCDEFG", [11, 16, 12, 12, 15, 12, 15]):
        ws.column_dimensions[col].width = w
    merge(ws, "A1:D1", "Great Southern Cold Storage Pty Ltd", bold=True, size=14, align="left")
    merge(ws, "A2:D2", "Accounts Payable - Supplier Payment Run Remittance", size=10, align="left")
    merge(ws, "A3:D3", "412 Grand Junction Road, Wingfield SA 5013  ABN 90 633 104 228", size=8, align="left")
    merge(ws, "E1:G1", "TOTAL PAID (AUD)", bold=True, size=10, align="center", fill=FILL, border=BOX)
    merge(ws, "E2:G3", float(total), bold=True, size=14, align="center", border=BOX, nf=NF_PAREN)
    wcell(ws, "A5", "Payment Run No.", bold=True, size=9)
    wcell(ws, "C5", "0311", size=9, align="left")
    wcell(ws, "E5", "Payment Date", bold=True, size=9)
    merge(ws, "F5:G5", "11-Mar-2026", size=9, align="left")
    wcell(ws, "A6", "Supplier", bold=True, size=9)
    merge(ws, "C6:D6", SUP, size=9, align="left")
    wcell(ws, "E6", "Supplier ID", bold=True, size=9)
    merge(ws, "F6:G6", "20044", size=9, align="left")
    wcell(ws, "A7", "Remit to", bold=True, size=9)
    merge(ws, "C7:D7", "BSB 124-001  Acc 2231 7764", size=9, align="left")
    wcell(ws, "E7", "Documents", bold=True, size=9)
    merge(ws, "F7:G7", len(lines), size=9, align="left")
    hdr = ["Voucher\nNo.", "Supplier\nInvoice No.", "Invoice\nDate", "Due\nDate", "Gross\nAmount", "Discount\nTaken", "Net\nPaid"]
    for col, t in zip("ABCDEFG", hdr):
        wcell(ws, "%s9" % col, t, bold=True, size=9, align="center", fill=FILL, border=BOX, wrap=True)
    ws.row_dimensions[9].height = 26
    r = 10
    for l in lines:
        wcell(ws, "A%d" % r, l["voucher"], size=9, border=BOX)
        wcell(ws, "B%d" % r, l["ref"], size=9, border=BOX)
        wcell(ws, "C%d" % r, l["date"].strftime("%d-%b-%Y"), size=9, border=BOX, align="center")
        wcell(ws, "D%d" % r, l["due"].strftime("%d-%b-%Y"), size=9, border=BOX, align="center")
        wcell(ws, "E%d" % r, float(l["gross"]), size=9, border=BOX, nf=NF_PAREN)
        wcell(ws, "F%d" % r, float(l["disc"]), size=9, border=BOX, nf=NF_PAREN)
        wcell(ws, "G%d" % r, float(l["amt"]), size=9, border=BOX, nf=NF_PAREN)
        r += 1
    r += 1
    merge(ws, "A%d:G%d" % (r, r), "Funds will be available in your account within 1-2 business days. "
          "Queries: ap@gscoldstorage.com.au / (08) 8260 4100", size=8, italic=True, align="left")
    print_setup(ws)
    ws.print_title_rows = "9:9"
    calc_pdf(wb, out("r3-012.pdf"), "r3-012")
    record("r3-012.pdf", "libreoffice-calc", False, "Great Southern Cold Storage Pty Ltd", pay, "0311", "AUD",
           total, lines)


def doc_013():
    pay = date(2026, 3, 13)
    rows = [("Inv 40412 - March freight", L("40412", "385.00")),
            ("Being payment for Inv 40418 - cartons (PO JPC-7721)", L("40418", "4216.80")),
            ("Inv 40425 dd 12/02/2026 - foam inserts", L("40425", "1932.45")),
            ("Less: CRN-0446 - short delivery on Inv 40418", L("CRN-0446", "-120.00", "credit_note")),
            ("Inv 40431 - anti-static bags (PO JPC-7735)", L("40431", "2788.00")),
            ("Inv 40440 - printed cartons, 2nd delivery", L("40440", "6104.30")),
            ("Inv 40452 - pallet hire Feb", L("40452", "540.00"))]
    lines = [l for _, l in rows]
    total = tot(lines)
    wb, ws = new_wb("Sheet1")
    for col, w in zip("ABCD", [16, 52, 18, 4]):
        ws.column_dimensions[col].width = w
    merge(ws, "A1:C1", "JURONG PRECISION COMPONENTS PTE LTD", bold=True, size=13, align="center")
    merge(ws, "A2:C2", "No. 8 Tuas Avenue 13, Singapore 638975   GST Reg No. 200512345W   Tel 6863 2910", size=8,
          align="center")
    merge(ws, "A4:C4", "PAYMENT ADVICE", bold=True, size=12, align="center")
    info = [("To:", SUP + " (Singapore Branch)"), ("", "10 Changi South Lane #05-02, Singapore 486162"),
            ("Date:", "13 Mar 2026"), ("Vendor A/C:", "V1029"),
            ("Payment:", "FAST transfer to OCBC A/C 601-234567-001"), ("Transaction Ref:", "FT26072R81KQ")]
    r = 6
    for k, v in info:
        wcell(ws, "A%d" % r, k, bold=True, size=9)
        ws["A%d" % r].alignment = Alignment(horizontal="left")
        merge(ws, "B%d:C%d" % (r, r), v, size=9, align="left")
        r += 1
    r += 1
    for col, t in zip("ABC", ["S/N", "Particulars", "Amount (S$)"]):
        wcell(ws, "%s%d" % (col, r), t, bold=True, size=9, align="center", fill=FILL2, border=BOX)
    r += 1
    for i, (part, l) in enumerate(rows, 1):
        wcell(ws, "A%d" % r, i, size=9, align="center", border=BOX)
        wcell(ws, "B%d" % r, part, size=9, border=BOX)
        wcell(ws, "C%d" % r, float(l["amt"]), size=9, border=BOX, nf=NF_PAREN)
        r += 1
    merge(ws, "A%d:B%d" % (r, r), "Total", bold=True, size=9, align="right", border=BOX)
    wcell(ws, "C%d" % r, float(total), bold=True, size=9, border=BOX, nf=NF_PAREN)
    r += 2
    merge(ws, "A%d:C%d" % (r, r), "Kindly acknowledge receipt. For enquiries please email accounts@jurongprecision.com.sg",
          size=8, italic=True, align="left")
    print_setup(ws)
    calc_pdf(wb, out("r3-013.pdf"), "r3-013")
    record("r3-013.pdf", "libreoffice-calc", False, "Jurong Precision Components Pte Ltd", pay, "FT26072R81KQ", "SGD",
           total, lines)


# ==========================================================================
# Chromium (HTML -> PDF) layouts
# ==========================================================================
CSS_BASE = """@page { size: A4; margin: 14mm 13mm; }
body { font-family: 'Liberation Sans', Arial, sans-serif; font-size: 10pt; color: #222; }
table { border-collapse: collapse; }
"""


def lay_coupa(outpdf, name, d):
    rows = []
    for l in d["lines"]:
        rows.append("<tr><td class=n>%s</td><td class=n>%s</td><td class=n>%s</td><td>%s</td><td class=r>%s</td><td class=r>%s</td><td class=r>%s</td></tr>"
                    % (hx(l.get("inv", l["ref"])), hx(l["date_s"]), hx(l["po"]), hx(l["desc"]),
                       d["f"](l["gross"]), d["f"](l["disc"]), d["f"](l["amt"])))
    html = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>Remittance Advice</title><style>%s
.top { display:flex; justify-content:space-between; align-items:flex-start; border-bottom:3px solid #1a6db3; padding-bottom:8px; }
.brand { font-size:17pt; font-weight:bold; color:#1a6db3; }
.sub { font-size:8.5pt; color:#666; }
h2 { font-size:13pt; margin:16px 0 8px 0; }
.grid { display:grid; grid-template-columns: 1fr 1fr; gap: 4px 30px; font-size:9.5pt; margin-bottom:12px; }
.grid div span { display:inline-block; width:125px; color:#666; vertical-align:top; }
.grid div { white-space:nowrap; }
table.items td.n { white-space:nowrap; }
table.items { width:100%%; font-size:8.4pt; }
table.items th { background:#f0f4f8; text-align:left; padding:6px 5px; border-bottom:1px solid #8aa; }
table.items td { padding:5px; border-bottom:1px solid #dde; }
.r { text-align:right; } th.r { text-align:right; }
.total { margin-top:10px; text-align:right; font-size:11pt; font-weight:bold; }
.foot { margin-top:26px; font-size:8pt; color:#777; }
</style></head><body>
<div class="top"><div><div class="brand">%s</div><div class="sub">%s</div></div>
<div style="text-align:right"><div style="font-size:9pt;color:#666">Powered by Coupa</div><div style="font-size:14pt;font-weight:bold">Remittance Advice</div></div></div>
<h2>Payment to %s</h2>
<div class="grid">%s</div>
<table class="items"><tr><th>Invoice #</th><th>Invoice Date</th><th>PO #</th><th>Description</th><th class=r>Invoice Total</th><th class=r>Discount</th><th class=r>Amount Paid</th></tr>
%s</table>
<div class="total">Total Payment: %s</div>
<div class="foot">%s</div>
</body></html>""" % (CSS_BASE, hx(d["payer"]), hx(d["payer_addr"]), hx(d["payee"]),
                     "".join("<div><span>%s</span>%s</div>" % (hx(k), hx(v)) for k, v in d["hdr"]),
                     "\n".join(rows), d["total_s"], "<br>".join(hx(x) for x in d["footer"]))
    chromium_pdf(html, outpdf, name)


def lay_xero(outpdf, name, d):
    rows = "".join("<tr><td>%s</td><td>%s</td><td class=r>%s</td><td class=r>%s</td><td class=r>%s</td></tr>"
                   % (l["date"].strftime("%d %b %Y"), hx(l["ref"]), num(l["gross"]), num(l["amt"]), num(l["owing"]))
                   for l in d["lines"])
    html = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>Remittance Advice</title><style>%s
body { font-family: 'DejaVu Sans', sans-serif; font-size: 9pt; }
.hdr { display:flex; justify-content:space-between; }
h1 { font-size:22pt; font-weight:normal; letter-spacing:1px; margin:0 0 20px 0; }
.meta td { padding:2px 14px 2px 0; vertical-align:top; }
.meta .k { font-weight:bold; }
table.items { width:100%%; margin-top:26px; }
table.items th { text-align:left; border-bottom:1px solid #000; padding:5px 4px; font-weight:bold; }
table.items td { padding:5px 4px; border-bottom:1px solid #ddd; }
.r { text-align:right !important; }
.sum td { border-bottom:none !important; font-weight:bold; }
.foot { margin-top:40px; font-size:8pt; color:#444; }
</style></head><body>
<table style="width:100%%"><tr><td style="width:50%%;vertical-align:top"><h1>REMITTANCE ADVICE</h1>
<table class="meta"><tr><td class="k">To</td><td>%s</td></tr></table></td>
<td style="width:28%%;vertical-align:top"><table class="meta"><tr><td class="k">Payment Date</td></tr><tr><td>%s</td></tr>
<tr><td class="k" style="padding-top:10px">Amount Paid</td></tr><tr><td>%s</td></tr></table></td>
<td style="width:22%%;vertical-align:top">%s</td></tr></table>
<table class="items"><tr><th>Invoice Date</th><th>Reference</th><th class=r>Invoice Total</th><th class=r>Amount Paid</th><th class=r>Still Owing</th></tr>
%s
<tr class="sum"><td></td><td></td><td class=r>Total %s</td><td class=r>%s</td><td></td></tr></table>
<div class="foot">%s</div>
</body></html>""" % (CSS_BASE, "<br>".join(hx(x) for x in d["to"]), d["date_s"], d["amount_s"],
                     "<br>".join(hx(x) for x in [d["payer"]] + d["payer_addr"]), rows, d["cur"],
                     num(tot(d["lines"])), "<br>".join(hx(x) for x in d["footer"]))
    chromium_pdf(html, outpdf, name)


def lay_twotables(outpdf, name, d):
    inv = [l for l in d["lines"] if l["kind"] != "credit_note"]
    crn = [l for l in d["lines"] if l["kind"] == "credit_note"]
    ti = sum(l["amt"] for l in inv)
    tc = -sum(l["amt"] for l in crn)
    r1 = "".join("<tr><td>%d</td><td>%s</td><td>%s</td><td>%s</td><td class=r>%s</td></tr>"
                 % (i, hx(l["ref"]), l["date"].strftime("%d.%m.%Y"), hx(l["desc"]), num(l["amt"]))
                 for i, l in enumerate(inv, 1))
    r2 = "".join("<tr><td>%d</td><td>%s</td><td>%s</td><td>%s</td><td class=r>%s</td></tr>"
                 % (i, hx(l["ref"]), l["date"].strftime("%d.%m.%Y"), hx(l["desc"]), num(-l["amt"]))
                 for i, l in enumerate(crn, 1))
    html = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>Payment Advice</title><style>%s
body { font-family: 'Liberation Serif', serif; font-size: 10.5pt; }
.co { text-align:center; } .co b { font-size:15pt; } .co div { font-size:8.5pt; }
h2 { text-align:center; font-size:13pt; text-decoration:underline; margin:14px 0; }
.info { width:100%%; font-size:9.5pt; } .info td { padding:2px 4px; vertical-align:top; }
h3 { font-size:10.5pt; margin:16px 0 4px 0; }
table.t { width:100%%; font-size:9.5pt; } table.t th, table.t td { border:1px solid #000; padding:3px 5px; }
table.t th { background:#eee; } .r { text-align:right; }
table.s { margin-left:auto; margin-top:14px; font-size:10pt; } table.s td { padding:2px 8px; }
table.s tr.n td { border-top:1px solid #000; border-bottom:3px double #000; font-weight:bold; }
.foot { font-size:8.5pt; margin-top:26px; }
</style></head><body>
<div class="co"><b>%s</b><div>%s</div></div>
<h2>PAYMENT ADVICE</h2>
<table class="info"><tr><td style="width:55%%">%s</td><td>%s</td></tr></table>
<h3>A. Invoices paid</h3>
<table class="t"><tr><th style="width:6%%">No.</th><th>Invoice No.</th><th>Date</th><th>Description</th><th class=r>Amount (RM)</th></tr>%s
<tr><td colspan=4 class=r><b>Sub-total</b></td><td class=r><b>%s</b></td></tr></table>
<h3>B. Credit notes applied</h3>
<table class="t"><tr><th style="width:6%%">No.</th><th>Credit Note No.</th><th>Date</th><th>Reason</th><th class=r>Amount (RM)</th></tr>%s
<tr><td colspan=4 class=r><b>Sub-total</b></td><td class=r><b>%s</b></td></tr></table>
<table class="s"><tr><td>Total invoices (A)</td><td class=r>RM %s</td></tr>
<tr><td>Less: credit notes (B)</td><td class=r>RM %s</td></tr>
<tr class="n"><td>Net amount paid</td><td class=r>RM %s</td></tr></table>
<div class="foot">%s</div>
</body></html>""" % (CSS_BASE, hx(d["payer"]), hx(d["payer_addr"]), "<br>".join(hx(x) for x in d["to"]),
                     "<br>".join("<b>%s</b> %s" % (hx(k), hx(v)) for k, v in d["hdr"]),
                     r1, num(ti), r2, num(tc), num(ti), num(tc), num(ti - tc),
                     "<br>".join(hx(x) for x in d["footer"]))
    chromium_pdf(html, outpdf, name)


def doc_014():
    pay = date(2026, 3, 19)
    f = lambda x: "A$" + num(x) if x >= 0 else "-A$" + num(-x)
    lines = [L("IPS-208866", "3862.50", date_s="02/02/2026", po="PO-HCH-20877", desc="Takeaway boxes kraft", gross=M("3862.50"), disc=M(0)),
             L("IPS-208901", "5313.60", date_s="09/02/2026", po="PO-HCH-20877", desc="Takeaway boxes kraft", gross=M("5421.00"), disc=M("107.40")),
             L("IPS-208958", "1148.00", date_s="16/02/2026", po="PO-HCH-20902", desc="Paper bags printed", gross=M("1148.00"), disc=M(0)),
             L("PO-HCH-20931", "2796.55", "po", inv="—", date_s="", po="PO-HCH-20931", desc="30% deposit - custom printed pizza boxes", gross=M("2796.55"), disc=M(0)),
             L("IPS-209033", "1100.00", date_s="27/02/2026", po="PO-HCH-20915", desc="Cutlery pouches", gross=M("1100.00"), disc=M(0))]
    total = tot(lines)
    d = dict(payer="Harbour City Hospitality Group Pty Limited",
             payer_addr="Level 9, 60 Sussex Street, Sydney NSW 2000  |  ABN 38 140 662 519",
             payee=SUP,
             hdr=[("Supplier", SUP), ("Payment Date", "19/03/2026"), ("Supplier #", "SUP-004418"),
                  ("Payment Reference", "HCHG-PAY-918273"), ("Payment Method", "EFT"),
                  ("Currency", "AUD"), ("Remit-To", "BSB 124-001 / 2231 7764"), ("Total Payment", "A$" + num(total))],
             lines=lines, f=f, total_s="A$" + num(total) + " AUD",
             footer=["Questions about this payment? Contact accountspayable@harbourcityhospitality.com.au or call 02 9250 7700.",
                     "This remittance was sent on behalf of Harbour City Hospitality Group Pty Limited by Coupa Software."])
    lay_coupa(out("r3-014.pdf"), "r3-014", d)
    record("r3-014.pdf", "chromium", False, d["payer"], pay, "HCHG-PAY-918273", "AUD", total, lines)


def doc_015():
    rng = random.Random(1015)
    pay = date(2026, 3, 24)
    ds = mkdates(rng, pay, 6)
    refs = ["IPS-208790", "IPS-208812", "IPS-208849", "IPS-208870", "IPS-208903"]
    lines = []
    for i, r in enumerate(refs):
        g = M(rng.randint(150000, 880000) / 100)
        disc = M(g * Decimal("0.01")) if i in (0, 3) else M(0)
        lines.append(L(r, g - disc, date=ds[i], gross=g, disc=disc, po="45000%05d" % (18220 + i * 17)))
    lines.insert(3, L("CRN-0427", "-642.00", "credit_note", date=ds[5], gross=M("-642.00"), disc=M(0), po="4500018220"))
    total = tot(lines)
    fp = lambda x: num(x, "us", "paren")
    rows = "".join("<tr><td class=r>%s</td><td class=r>%s</td><td class=r>%s</td><td>%s</td><td>%s</td><td>%s</td></tr>"
                   % (fp(l["gross"]), fp(l["disc"]), fp(l["amt"]), hx(l["ref"]), l["date"].strftime("%m/%d/%Y"), l["po"])
                   for l in lines)
    html = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>Payment Advice 2000018823</title><style>%s
@page { size: letter; margin: 0.6in; }
body { font-family: 'Liberation Sans', sans-serif; font-size: 9.5pt; }
.bar { background:#003b5c; color:#fff; padding:10px 14px; font-size:16pt; font-weight:bold; }
.bar small { display:block; font-size:9pt; font-weight:normal; }
.cols { display:flex; gap:40px; margin:14px 0; }
.cols table td { padding:2px 10px 2px 0; } .k { color:#555; }
table.d { width:100%%; } table.d th { border-top:2px solid #003b5c; border-bottom:1px solid #003b5c; padding:6px 4px; text-align:left; font-size:8.5pt; }
table.d td { padding:5px 4px; border-bottom:1px dotted #999; }
.r { text-align:right; } th.r { text-align:right !important; }
.tot td { font-weight:bold; border-bottom:none !important; border-top:1px solid #003b5c; }
.note { margin-top:20px; font-size:8pt; color:#555; }
</style></head><body>
<div class="bar">Cascade Medical Devices, Inc.<small>Accounts Payable &middot; 1400 NW Raleigh Street, Portland, OR 97209 &middot; (503) 555-0142</small></div>
<h3 style="margin:14px 0 4px 0">PAYMENT ADVICE</h3>
<div class="cols"><table><tr><td class=k>Payee</td><td>%s<br>18 Boundary Road<br>Rocklea QLD 4106, Australia</td></tr>
<tr><td class=k>Supplier No.</td><td>0010048811</td></tr></table>
<table><tr><td class=k>Payment Number</td><td>2000018823</td></tr><tr><td class=k>Payment Date</td><td>March 24, 2026</td></tr>
<tr><td class=k>Payment Method</td><td>International wire (USD)</td></tr><tr><td class=k>Amount</td><td><b>USD %s</b></td></tr>
<tr><td class=k>Company Code</td><td>US10</td></tr></table></div>
<table class="d"><tr><th class=r>Gross Amount</th><th class=r>Discount</th><th class=r>Net Amount</th><th>Invoice Number</th><th>Invoice Date</th><th>Purchase Order</th></tr>
%s
<tr class="tot"><td></td><td class=r>Total</td><td class=r>%s</td><td colspan=3></td></tr></table>
<div class="note">Federal Tax ID 93-1184420. Funds are remitted to the beneficiary account on file. Please direct inquiries to ap.inquiries@cascademed.com and quote the payment number.</div>
</body></html>""" % (CSS_BASE, SUP, num(total), rows, fp(total))
    chromium_pdf(html, out("r3-015.pdf"), "r3-015")
    record("r3-015.pdf", "chromium", False, "Cascade Medical Devices, Inc.", pay, "2000018823", "USD", total, lines)


def doc_016():
    pay = date(2026, 3, 16)
    lines = [L("IB/2026/1153", "1876.40", date=date(2026, 1, 30), gross=M("1876.40"), owing=M("0.00")),
             L("IB/2026/1170", "2000.00", date=date(2026, 2, 6), gross=M("3412.75"), owing=M("1412.75")),
             L("IB/2026/1201", "1318.80", date=date(2026, 2, 13), gross=M("1318.80"), owing=M("0.00")),
             L("IB/2026/1234", "1236.00", date=date(2026, 2, 20), gross=M("1236.00"), owing=M("0.00"))]
    total = tot(lines)
    d = dict(payer="Tui Bay Seafoods Limited", payer_addr=["22 Wakefield Quay", "Nelson 7010", "NEW ZEALAND", "GST 98-114-552"],
             to=[SUP + " - NZ Branch", "Unit 5, 41 Ash Road", "Wiri, Auckland 2104"],
             date_s="16 Mar 2026", amount_s="NZD " + num(total), cur="NZD", lines=lines,
             footer=["Paid to bank account 02-0108-0456123-00.", "Tui Bay Seafoods Limited - accounts@tuibayseafoods.co.nz"])
    lay_xero(out("r3-016.pdf"), "r3-016", d)
    record("r3-016.pdf", "chromium", False, "Tui Bay Seafoods Limited", pay, None, "NZD", total, lines)


def doc_017():
    pay = date(2026, 3, 30)
    lines = [L("INV 77402", "18450.00", date=date(2026, 2, 3), desc="ESD trays, 2,500 pcs"),
             L("INV 77415", "7320.50", date=date(2026, 2, 6), desc="Anti-static bubble bags"),
             L("INV 77433", "12908.00", date=date(2026, 2, 12), desc="Corrugated master cartons"),
             L("INV 77461", "4260.80", date=date(2026, 2, 20), desc="Foam inserts - custom cut"),
             L("CN 1077", "-1150.00", "credit_note", date=date(2026, 2, 25), desc="Price variance INV 77415"),
             L("CN 1081", "-640.25", "credit_note", date=date(2026, 3, 4), desc="Damaged goods returned")]
    d = dict(payer="Penang Electronics Assembly Sdn Bhd",
             payer_addr="Plot 301, Lorong Perusahaan 8, Bayan Lepas FIZ Phase 4, 11900 Penang  |  Tel 04-644 8810  |  SST W10-1808-32000451",
             to=["To:", SUP + " (Malaysia Branch)", "Plot 88, Lebuhraya Kampung Jawa", "11900 Bayan Lepas, Penang"],
             hdr=[("Date:", "30 Mar 2026"), ("Payment Mode:", "Interbank GIRO (IBG)"), ("IBG Ref:", "IBG260330-44172"),
                  ("Vendor No.:", "PEA-20991"), ("Currency:", "MYR")],
             lines=lines,
             footer=["Payment credited to CIMB Bank A/C 8002-4411-70. Kindly issue official receipt.",
                     "This advice is computer generated and requires no signature."])
    lay_twotables(out("r3-017.pdf"), "r3-017", d)
    record("r3-017.pdf", "chromium", False, d["payer"], pay, "IBG260330-44172", "MYR", tot(lines), lines)


# ==========================================================================
# xlsx deliverables
# ==========================================================================
def doc_018():
    rng = random.Random(1018)
    pay_ref = "DDMP-EFT-2231"
    ds = mkdates(rng, date(2026, 3, 20), 15, span=50)
    nums = sorted(rng.sample(range(208600, 209200), 13))
    lines = []
    for i, n in enumerate(nums):
        g = M(rng.randint(20000, 760000) / 100)
        adj = M(0)
        if i == 6:
            adj = M("150.00")
        lines.append(L("IPS-%d" % n, g - adj, date=ds[i], gross=g, adj=adj))
    lines.insert(4, L("CRN-0414", "-96.80", "credit_note", date=ds[13], gross=M("-96.80"), adj=M(0)))
    lines.insert(11, L("CRN-0421", "-1320.00", "credit_note", date=ds[14], gross=M("-1320.00"), adj=M(0)))
    total = tot(lines)
    wb, ws = new_wb("Remittance")
    for col, w in zip("ABCDEFG", [7, 16, 13, 15, 13, 15, 30]):
        ws.column_dimensions[col].width = w
    merge(ws, "A1:G1", "DARLING DOWNS MEAT PROCESSORS PTY LTD", bold=True, size=14, align="center", fill=FILL)
    merge(ws, "A2:G2", "Remittance Advice", bold=True, size=12, align="center")
    merge(ws, "A3:G3", "56 Industrial Avenue, Wilsonton QLD 4350   ABN 17 092 556 430   Ph (07) 4634 8800", size=9, align="center")
    info = [("Supplier", SUP, "Supplier No.", "100482"),
            ("Address", "18 Boundary Road, Rocklea QLD 4106", "Payment Reference", pay_ref),
            ("Bank", "BSB 124-001 Account 2231 7764", "Payment Method", "EFT"),
            ("", "", "Currency", "AUD")]
    r = 5
    for a, b, c, e in info:
        wcell(ws, "A%d" % r, a, bold=True, size=9)
        merge(ws, "B%d:D%d" % (r, r), b, size=9, align="left")
        wcell(ws, "E%d" % r, c, bold=True, size=9)
        merge(ws, "F%d:G%d" % (r, r), e, size=9, align="left")
        r += 1
    r += 1
    h1, h2 = r, r + 1
    merge(ws, "A%d:A%d" % (h1, h2), "Line", bold=True, size=9, align="center", fill=FILL2, border=BOX)
    merge(ws, "B%d:C%d" % (h1, h1), "Invoice", bold=True, size=9, align="center", fill=FILL2, border=BOX)
    merge(ws, "D%d:F%d" % (h1, h1), "Amounts (AUD)", bold=True, size=9, align="center", fill=FILL2, border=BOX)
    merge(ws, "G%d:G%d" % (h1, h2), "Comment", bold=True, size=9, align="center", fill=FILL2, border=BOX)
    for col, t in zip("BCDEF", ["Number", "Date", "Invoiced", "Adjustment", "Paid"]):
        wcell(ws, "%s%d" % (col, h2), t, bold=True, size=9, align="center", fill=FILL2, border=BOX)
    r = h2 + 1
    for i, l in enumerate(lines, 1):
        wcell(ws, "A%d" % r, i, size=9, align="center", border=BOX)
        wcell(ws, "B%d" % r, l["ref"], size=9, border=BOX)
        c = wcell(ws, "C%d" % r, datetime(l["date"].year, l["date"].month, l["date"].day), size=9, border=BOX,
                  nf="DD/MM/YYYY", align="center")
        wcell(ws, "D%d" % r, float(l["gross"]), size=9, border=BOX, nf=NF_PAREN)
        wcell(ws, "E%d" % r, float(l["adj"]), size=9, border=BOX, nf=NF_PAREN)
        wcell(ws, "F%d" % r, float(l["amt"]), size=9, border=BOX, nf=NF_PAREN)
        cm = "Short paid - pricing query" if l["adj"] else ("Credit applied" if l["kind"] == "credit_note" else "")
        wcell(ws, "G%d" % r, cm, size=9, border=BOX)
        r += 1
    merge(ws, "A%d:E%d" % (r, r), "Total paid", bold=True, size=10, align="right", border=BOX)
    wcell(ws, "F%d" % r, float(total), bold=True, size=10, border=BOX, nf=NF_PAREN)
    wcell(ws, "G%d" % r, "", border=BOX)
    r += 2
    merge(ws, "A%d:G%d" % (r, r), "Please contact creditors@ddmp.com.au with any queries regarding this remittance.",
          size=8, italic=True, align="left")
    print_setup(ws)
    save_xlsx(wb, out("r3-018.xlsx"))
    record("r3-018.xlsx", "xlsx", False, "Darling Downs Meat Processors Pty Ltd", None, pay_ref, "AUD", total, lines)


def doc_019():
    rng = random.Random(1019)
    pay = date(2026, 3, 20)
    ds = mkdates(rng, pay, 9)
    lines = []
    for i, n in enumerate([400071241, 400071258, 400071266, 400071280, 400071297, 400071311, 400071329, 400071340]):
        g = M(rng.randint(40000, 520000) / 100)
        sk = M(g * Decimal("0.03")) if i % 3 != 1 else M(0)
        lines.append(L(str(n), g - sk, date=ds[i], gross=g, disc=sk, art="Rechnung"))
    lines.insert(5, L("GS-2026-011", "-212.50", "credit_note", date=ds[8], gross=M("-212.50"), disc=M(0), art="Gutschrift"))
    total = tot(lines)
    wb, ws = new_wb("Zahlungsavis")
    for col, w in zip("ABCDEFG", [6, 14, 14, 15, 14, 12, 15]):
        ws.column_dimensions[col].width = w
    merge(ws, "A1:G1", "Bayerische Feinkost Vertrieb GmbH", bold=True, size=14, align="left")
    merge(ws, "A2:G2", "Landsberger Straße 310 · 80687 München · USt-IdNr. DE311562048 · Tel. +49 89 5461 220", size=8, align="left")
    merge(ws, "A4:G4", "ZAHLUNGSAVIS", bold=True, size=13, align="left")
    info = [("Empfänger:", SUP + " – Zweigniederlassung Deutschland", None),
            ("Kreditor:", "88112", None),
            ("Zahlungslauf:", "ZL-2026-12", None),
            ("Ausführungsdatum:", datetime(2026, 3, 20), "DD.MM.YYYY"),
            ("Währung:", "EUR", None),
            ("Bankverbindung:", "IBAN DE89 2005 0550 1234 5678 90", None)]
    r = 6
    for k, v, nf in info:
        merge(ws, "A%d:B%d" % (r, r), k, bold=True, size=9, align="left")
        merge(ws, "C%d:G%d" % (r, r), v, size=9, align="left", nf=nf)
        r += 1
    r += 1
    for col, t in zip("ABCDEFG", ["Pos.", "Belegart", "Rechnungs-Nr.", "Rechnungsdatum", "Betrag", "Skonto", "Zahlbetrag"]):
        wcell(ws, "%s%d" % (col, r), t, bold=True, size=9, align="center", fill=FILL, border=BOX)
    r += 1
    nfe = '#,##0.00 "€";-#,##0.00 "€"'
    for i, l in enumerate(lines, 1):
        wcell(ws, "A%d" % r, i, size=9, align="center", border=BOX)
        wcell(ws, "B%d" % r, l["art"], size=9, border=BOX)
        wcell(ws, "C%d" % r, l["ref"], size=9, border=BOX)
        wcell(ws, "D%d" % r, datetime(l["date"].year, l["date"].month, l["date"].day), size=9, border=BOX,
              nf="DD.MM.YYYY", align="center")
        wcell(ws, "E%d" % r, float(l["gross"]), size=9, border=BOX, nf=nfe)
        wcell(ws, "F%d" % r, float(l["disc"]), size=9, border=BOX, nf=nfe)
        wcell(ws, "G%d" % r, float(l["amt"]), size=9, border=BOX, nf=nfe)
        r += 1
    merge(ws, "A%d:F%d" % (r, r), "Summe Zahlbetrag", bold=True, size=9, align="right", border=BOX)
    wcell(ws, "G%d" % r, float(total), bold=True, size=9, border=BOX, nf=nfe)
    print_setup(ws)
    save_xlsx(wb, out("r3-019.xlsx"))
    record("r3-019.xlsx", "xlsx", False, "Bayerische Feinkost Vertrieb GmbH", pay, "ZL-2026-12", "EUR", total, lines)


def doc_020():
    rng = random.Random(1020)
    pay = date(2026, 3, 26)
    ds = mkdates(rng, pay, 20, span=70)
    nums = sorted(rng.sample(range(208300, 209100), 19))
    lines = []
    for i, n in enumerate(nums):
        g = M(rng.randint(9000, 410000) / 100)
        disc = M(g * Decimal("0.02")) if i % 4 == 0 else M(0)
        lines.append(L("IPS-%d" % n, g - disc, date=ds[i], gross=g, disc=disc, po="GLC-%05d" % (31200 + i * 4)))
    lines.insert(13, L("CRN-0426", "-388.00", "credit_note", date=ds[19], gross=M("-388.00"), disc=M(0), po="GLC-31248"))
    total = tot(lines)
    wb, ws = new_wb("Check Stub")
    for col, w in zip("ABCDEFG", [14, 12, 12, 13, 12, 13, 4]):
        ws.column_dimensions[col].width = w
    merge(ws, "A1:F2", "GREAT LAKES CANDLE COMPANY\n4410 Plainfield Ave NE, Grand Rapids, MI 49525", bold=True, size=12,
          align="center", wrap=True)
    ws.row_dimensions[1].height = 20
    ws.row_dimensions[2].height = 20
    merge(ws, "A3:F3", "Vendor Payment Detail", italic=True, size=10, align="center")
    wcell(ws, "A5", "Pay To:", bold=True, size=9)
    merge(ws, "B5:C5", SUP, size=9, align="left")
    wcell(ws, "D5", "Check #:", bold=True, size=9)
    wcell(ws, "E5", "30418", size=9, align="left")
    wcell(ws, "A6", "Vendor ID:", bold=True, size=9)
    merge(ws, "B6:C6", "IRONB01", size=9, align="left")
    wcell(ws, "D6", "Check Date:", bold=True, size=9)
    wcell(ws, "E6", datetime(2026, 3, 26), size=9, nf="MM/DD/YYYY", align="left")
    wcell(ws, "A7", "EIN:", bold=True, size=9)
    merge(ws, "B7:C7", "38-2741190", size=9, align="left")
    hdr = ["Vendor Invoice #", "Inv Date", "PO #", "Gross", "Disc", "Net Paid"]
    for col, t in zip("ABCDEF", hdr):
        wcell(ws, "%s9" % col, t, bold=True, size=9, fill=FILL2, border=BOX, align="center")
    r = 10
    for l in lines:
        wcell(ws, "A%d" % r, l["ref"], size=9, border=BOX)
        wcell(ws, "B%d" % r, datetime(l["date"].year, l["date"].month, l["date"].day), size=9, border=BOX,
              nf="MM/DD/YY", align="center")
        wcell(ws, "C%d" % r, l["po"], size=9, border=BOX)
        wcell(ws, "D%d" % r, float(l["gross"]), size=9, border=BOX, nf=NF)
        wcell(ws, "E%d" % r, float(l["disc"]), size=9, border=BOX, nf=NF)
        wcell(ws, "F%d" % r, float(l["amt"]), size=9, border=BOX, nf=NF)
        r += 1
    merge(ws, "A%d:E%d" % (r, r), "Check Total", bold=True, size=9, align="right", border=BOX)
    wcell(ws, "F%d" % r, float(total), bold=True, size=9, border=BOX, nf=NF)
    print_setup(ws)
    save_xlsx(wb, out("r3-020.xlsx"))
    record("r3-020.xlsx", "xlsx", False, "Great Lakes Candle Company", pay, "30418", None, total, lines)


# ==========================================================================
# CSV
# ==========================================================================
def doc_021():
    rng = random.Random(1021)
    ds = mkdates(rng, date(2026, 3, 20), 11)
    nums = sorted(rng.sample(range(208700, 209300), 10))
    lines = []
    for i, n in enumerate(nums):
        g = M(rng.randint(15000, 1500000) / 100)
        lines.append(L("IPS-%d" % n, g, date=ds[i], gross=g))
    lines.insert(7, L("CRN-0417", "-245.00", "credit_note", date=ds[10], gross=M("-245.00")))
    buf = io.StringIO()
    w = csv.writer(buf, quoting=csv.QUOTE_ALL, lineterminator="\r\n")
    w.writerow(["Payment Date", "Payment Reference", "Payee Name", "BSB", "Account Number", "Invoice Number",
                "Invoice Date", "Invoice Amount", "Amount Paid", "Currency"])
    for l in lines:
        w.writerow(["2026-03-20", "BP260320-0077", "IRONBARK PACKAGING SOLUTIONS PTY LTD", "124-001", "22317764",
                    l["ref"], l["date"].isoformat(), num(l["gross"]), num(l["amt"]), "AUD"])
    with open(out("r3-021.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())
    record("r3-021.csv", "csv", False, None, date(2026, 3, 20), "BP260320-0077", "AUD", None, lines)


def doc_022():
    pay = date(2026, 3, 24)
    lines = [L("400071388", "1209.87", gross=M("1234.56"), disc=M("24.69"), dt="02.03.2026", art="Rechnung"),
             L("400071402", "3466.00", gross=M("3466.00"), disc=M("0.00"), dt="04.03.2026", art="Rechnung"),
             L("GS-2026-021", "-380.00", "credit_note", gross=M("-380.00"), disc=M("0.00"), dt="05.03.2026", art="Gutschrift"),
             L("400071419", "12818.38", gross=M("13079.98"), disc=M("261.60"), dt="09.03.2026", art="Rechnung"),
             L("400071433", "987.00", gross=M("987.00"), disc=M("0.00"), dt="10.03.2026", art="Rechnung"),
             L("400071450", "5521.16", gross=M("5633.84"), disc=M("112.68"), dt="12.03.2026", art="Rechnung")]
    total = tot(lines)
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=";", quoting=csv.QUOTE_ALL, lineterminator="\r\n")
    for row in [["Auftraggeber", "Rheinland Getränke Logistik GmbH & Co. KG"],
                ["Zahlungsempfänger", SUP + " Zweigniederlassung Deutschland"],
                ["Kreditorennummer", "K-55031"],
                ["Zahlungsdatum", "24.03.2026"],
                ["Zahlungsreferenz", "ZR-2026-0324-01"],
                ["Währung", "EUR"],
                []]:
        w.writerow(row)
    w.writerow(["Pos.", "Belegart", "Rechnungsnummer", "Rechnungsdatum", "Bruttobetrag", "Skonto", "Zahlbetrag"])
    for i, l in enumerate(lines, 1):
        w.writerow([str(i), l["art"], l["ref"], l["dt"], num(l["gross"], "fr"), num(l["disc"], "fr"),
                    num(l["amt"], "fr")])
    w.writerow(["", "", "", "Summe", "", "", num(total, "fr")])
    with open(out("r3-022.csv"), "w", encoding="utf-8-sig", newline="") as f:
        f.write(buf.getvalue())
    record("r3-022.csv", "csv", False, "Rheinland Getränke Logistik GmbH & Co. KG", pay, "ZR-2026-0324-01", "EUR",
           total, lines)


# ==========================================================================
# e-mail (.eml)
# ==========================================================================
def eml_write(name, headers, body):
    text = "\r\n".join("%s: %s" % (k, v) for k, v in headers) + "\r\n\r\n" + body
    text = text.replace("\r\n", "\n").replace("\n", "\r\n")
    with open(out(name), "w", encoding="utf-8", newline="") as f:
        f.write(text)


def qp(s):
    return quopri.encodestring(s.encode("utf-8")).decode("ascii")


def doc_023():
    pay = date(2026, 3, 27)
    lines = [L("IPS-209201", "1250.00", dt="03/03/2026"), L("IPS-209214", "2318.40", dt="05/03/2026"),
             L("IPS-209226", "486.20", dt="06/03/2026"), L("IPS-209240", "1975.00", dt="10/03/2026"),
             L("CRN-0455", "-180.00", "credit_note", dt="10/03/2026"), L("IPS-209255", "864.90", dt="12/03/2026"),
             L("IPS-209263", "2702.00", dt="13/03/2026"), L("IPS-209271", "460.00", dt="16/03/2026")]
    total = tot(lines)
    tbl = "Invoice No\tInvoice Date\tAmount Paid\n" + "".join(
        "%s\t%s\t%s\n" % (l["ref"], l["dt"], num(l["amt"])) for l in lines) + "Total\t\t%s\n" % num(total)
    body = ("Hi Ironbark team,\n\n"
            "Please see below details of our EFT payment made today (27/03/2026) totalling AUD %s.\n"
            "Funds have been sent to BSB 124-001 Acc 2231 7764.\n\n%s\n"
            "Let me know if anything doesn't match your records.\n\n"
            "Cheers,\n\nKylie Brennan\nAccounts Payable\nSunshine Coast Brewing Co Pty Ltd\n"
            "4/18 Enterprise Street, Kunda Park QLD 4556\nABN 45 601 228 973 | Ph 07 5476 2210\n" % (num(total), tbl))
    headers = [("From", '"Kylie Brennan" <ap@sunshinecoastbrewing.com.au>'),
               ("To", "ar@ironbarkpack.com.au"),
               ("Subject", "Remittance Advice - Sunshine Coast Brewing Co"),
               ("Date", "Fri, 27 Mar 2026 15:04:11 +1000"),
               ("Message-ID", "<20260327050411.7741@mail.sunshinecoastbrewing.com.au>"),
               ("MIME-Version", "1.0"),
               ("Content-Type", 'text/plain; charset="utf-8"'),
               ("Content-Transfer-Encoding", "8bit")]
    eml_write("r3-023.eml", headers, body)
    record("r3-023.eml", "eml", False, "Sunshine Coast Brewing Co Pty Ltd", pay, None, "AUD", total, lines)


def doc_024():
    pay = date(2026, 3, 31)
    rng = random.Random(1024)
    refs = ["IB/2026/1298", "IB/2026/1305", "IB/2026/1311", "IB/2026/1322", "IB/2026/1340", "IB/2026/1347"]
    lines = []
    for i, r in enumerate(refs):
        g = M(rng.randint(60000, 690000) / 100)
        disc = M(g * Decimal("0.02")) if i in (1, 4) else M(0)
        lines.append(L(r, g - disc, gross=g, disc=disc, dt="%02d/03/2026" % (2 + i * 3)))
    lines.insert(3, L("C/N 121", "-275.60", "credit_note", gross=M("-275.60"), disc=M(0), dt="09/03/2026"))
    total = tot(lines)
    item_rows = "".join(
        '<tr><td style="padding:6px;border-bottom:1px solid #e1e1e1;font-family:Arial;font-size:12px">%s</td>'
        '<td style="padding:6px;border-bottom:1px solid #e1e1e1;font-family:Arial;font-size:12px">%s</td>'
        '<td align="right" style="padding:6px;border-bottom:1px solid #e1e1e1;font-family:Arial;font-size:12px">%s</td>'
        '<td align="right" style="padding:6px;border-bottom:1px solid #e1e1e1;font-family:Arial;font-size:12px">%s</td>'
        '<td align="right" style="padding:6px;border-bottom:1px solid #e1e1e1;font-family:Arial;font-size:12px">%s</td></tr>\n'
        % (hx(l["ref"]), l["dt"], num(l["gross"]), num(l["disc"]), num(l["amt"])) for l in lines)
    kv = lambda k, v: ('<tr><td style="font-family:Arial;font-size:12px;color:#666;padding:3px 12px 3px 0">%s</td>'
                       '<td style="font-family:Arial;font-size:12px;padding:3px 0">%s</td></tr>' % (k, v))
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="margin:0;padding:0;background:#f4f4f4">
<table width="100%%" cellpadding="0" cellspacing="0" border="0" bgcolor="#f4f4f4"><tr><td align="center" style="padding:20px 0">
<table width="640" cellpadding="0" cellspacing="0" border="0" bgcolor="#ffffff" style="border:1px solid #d6d6d6">
<tr><td style="background:#0a6ed1;padding:14px 20px">
<table width="100%%" cellpadding="0" cellspacing="0" border="0"><tr>
<td style="font-family:Arial;font-size:18px;color:#ffffff;font-weight:bold">Remittance Advice</td>
<td align="right" style="font-family:Arial;font-size:11px;color:#dbe9f7">SAP Business Network</td></tr></table>
</td></tr>
<tr><td style="padding:18px 20px 6px 20px;font-family:Arial;font-size:13px">
Southern Alps Outdoor Gear Ltd has sent you a remittance advice for payments made to %s.</td></tr>
<tr><td style="padding:6px 20px">
<table width="100%%" cellpadding="0" cellspacing="0" border="0"><tr>
<td valign="top" width="50%%"><table cellpadding="0" cellspacing="0" border="0">
<tr><td style="font-family:Arial;font-size:12px;font-weight:bold;padding-bottom:4px">From</td></tr>
<tr><td style="font-family:Arial;font-size:12px">Southern Alps Outdoor Gear Ltd<br>88 Montreal Street<br>Sydenham, Christchurch 8023<br>New Zealand<br>GST 104-227-915</td></tr></table></td>
<td valign="top" width="50%%"><table cellpadding="0" cellspacing="0" border="0">
%s%s%s%s%s%s</table></td></tr></table>
</td></tr>
<tr><td style="padding:14px 20px">
<table width="100%%" cellpadding="0" cellspacing="0" border="0">
<tr bgcolor="#eef3f8"><th align="left" style="padding:6px;font-family:Arial;font-size:12px">Invoice Number</th>
<th align="left" style="padding:6px;font-family:Arial;font-size:12px">Invoice Date</th>
<th align="right" style="padding:6px;font-family:Arial;font-size:12px">Gross Amount</th>
<th align="right" style="padding:6px;font-family:Arial;font-size:12px">Discount</th>
<th align="right" style="padding:6px;font-family:Arial;font-size:12px">Net Amount</th></tr>
%s<tr><td colspan="4" align="right" style="padding:8px 6px;font-family:Arial;font-size:12px;font-weight:bold">Total Net Amount (NZD)</td>
<td align="right" style="padding:8px 6px;font-family:Arial;font-size:12px;font-weight:bold">%s</td></tr>
</table></td></tr>
<tr><td style="padding:10px 20px 20px 20px;font-family:Arial;font-size:11px;color:#777">
This document was sent on behalf of your customer. Supplier ID in buyer system: 1000348. Do not reply to this e-mail.</td></tr>
</table></td></tr></table></body></html>
""" % (hx(SUP), kv("Payment Number", "5000012874"), kv("Payment Date", "31/03/2026"),
       kv("Payment Method", "Direct Credit"), kv("Currency", "NZD"), kv("Net Amount", "NZ$" + num(total)),
       kv("Pay-to Account", "02-0108-0456123-00"), item_rows, num(total))
    plain = ("Southern Alps Outdoor Gear Ltd has sent you a remittance advice.\n"
             "This message is best viewed in an HTML-capable e-mail client.\n")
    body = ("This is a multi-part message in MIME format.\n\n"
            "--=_Part_88213_remit\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 7bit\n\n"
            + plain + "\n--=_Part_88213_remit\nContent-Type: text/html; charset=utf-8\n"
            "Content-Transfer-Encoding: quoted-printable\n\n" + qp(html) + "\n--=_Part_88213_remit--\n")
    headers = [("From", '"Southern Alps Outdoor Gear Ltd via SAP Business Network" <ordersender-prod@ansmtp.ariba.com>'),
               ("To", "receivables@ironbarkpack.co.nz"),
               ("Subject", "Southern Alps Outdoor Gear Ltd sent you a Remittance Advice (5000012874)"),
               ("Date", "Tue, 31 Mar 2026 09:12:40 +1300"),
               ("Message-ID", "<1774901560.88213@ansmtp.ariba.com>"),
               ("MIME-Version", "1.0"),
               ("Content-Type", 'multipart/alternative; boundary="=_Part_88213_remit"')]
    eml_write("r3-024.eml", headers, body)
    record("r3-024.eml", "eml", False, "Southern Alps Outdoor Gear Ltd", pay, "5000012874", "NZD", total, lines)


def doc_025():
    pay = date(2026, 3, 31)
    lines = [L("55931", "4380.00"), L("55947", "12915.40"), L("CRN-0462", "-600.00", "credit_note")]
    body_txt = ("Dear Sir / Madam,\n\n"
                "We have today (31/3/2026) settled the following items via FPS to your account "
                "(Harbour Commercial Bank 552-301877-001):\n\n"
                "  - Invoice 55931        HKD 4,380.00\n"
                "  - Invoice 55947        HKD 12,915.40\n"
                "  - Less Credit Note CRN-0462   HKD (600.00)\n\n"
                "FPS Reference: FRN20260331PAYC0102345678\n\n"
                "請查收。如有疑問，請與本公司會計部聯絡。\n\n"
                "Best regards,\n"
                "Winnie Lau 劉慧玲\nAccounts Department\n"
                "Kowloon Bay Food Services Limited 九龍灣食品服務有限公司\n"
                "8/F, Kowloon Bay Industrial Centre, 15 Wang Hoi Road, Kowloon Bay, Hong Kong\n"
                "Tel: (852) 2755 3810  Fax: (852) 2755 3811\n")
    headers = [("From", '=?utf-8?q?Winnie_Lau_=E5=8A=89=E6=85=A7=E7=8E=B2?= <accounts@kbfoodservices.com.hk>'),
               ("To", "hk.ar@ironbarkpack.com"),
               ("Subject", "Payment advice - Ironbark Packaging Solutions (HK Branch)"),
               ("Date", "Tue, 31 Mar 2026 17:45:02 +0800"),
               ("Message-ID", "<a41c2e7b0319@kbfoodservices.com.hk>"),
               ("MIME-Version", "1.0"),
               ("Content-Type", 'text/plain; charset="utf-8"'),
               ("Content-Transfer-Encoding", "quoted-printable")]
    eml_write("r3-025.eml", headers, qp(body_txt))
    record("r3-025.eml", "eml", False, "Kowloon Bay Food Services Limited", pay, "FRN20260331PAYC0102345678", "HKD",
           None, lines)


# ==========================================================================
# HTML
# ==========================================================================
def doc_026():
    rng = random.Random(1026)
    pay = date(2026, 3, 19)
    ds = mkdates(rng, pay, 13, span=55)
    lines = []
    si = sorted(rng.sample(range(4540, 4700), 12))
    for i, n in enumerate(si):
        g = M(rng.randint(11200, 560000) / 100 * 1.12)
        ewt = M(g / Decimal("1.12") * Decimal("0.01"))
        lines.append(L("SI-%05d" % n, g - ewt, date=ds[i], gross=g, ewt=ewt))
    lines.insert(8, L("CM-0088", "-1120.00", "credit_note", date=ds[12], gross=M("-1120.00"), ewt=M(0)))
    total = tot(lines)
    rows = "\n".join(
        '<tr class="%s"><td><a href="#">%s</a></td><td>%s</td><td class="num">%s</td><td class="num">%s</td>'
        '<td class="num">%s</td><td>%s</td></tr>'
        % ("odd" if i % 2 else "even", hx(l["ref"]), l["date"].strftime("%d-%b-%Y"), num(l["gross"]),
           num(l["ewt"]), num(l["amt"]), "Credit Memo" if l["kind"] == "credit_note" else "Standard")
        for i, l in enumerate(lines))
    html = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Payment Details - Supplier Portal</title>
<style>
body{font-family:Tahoma,Arial,sans-serif;font-size:12px;color:#333;margin:0}
.hd{background:#2b4a6b;color:#fff;padding:8px 16px}.hd span{float:right;font-size:11px}
.crumbs{padding:6px 16px;font-size:11px;color:#666}
.box{margin:8px 16px;border:1px solid #c5d1dd}
.box h2{margin:0;background:#e8eef4;font-size:13px;padding:6px 10px}
.kv{display:grid;grid-template-columns:180px 260px 180px 260px;padding:8px 10px;row-gap:4px}
.kv .l{color:#555;text-align:right;padding-right:10px}
table.res{border-collapse:collapse;width:100%%}
table.res th{background:#f1f4f7;border-bottom:1px solid #aab;text-align:left;padding:5px}
table.res td{padding:4px 5px;border-bottom:1px solid #e4e8ec}.num{text-align:right}
.ft{padding:10px 16px;font-size:10px;color:#888}
</style></head><body>
<div class="hd"><b>iSupplier Portal</b><span>Logged in as IRONBARK_PH_AR &nbsp;|&nbsp; Home &nbsp;|&nbsp; Logout</span></div>
<div class="crumbs">Finance &gt; View Payments &gt; Payment Details</div>
<div class="box"><h2>Payment: 100023418</h2>
<div class="kv">
<div class="l">Customer</div><div>Visayas Beverage Bottlers Inc.</div><div class="l">Payment Date</div><div>19-Mar-2026</div>
<div class="l">Supplier</div><div>%s - Philippine Branch</div><div class="l">Payment Amount</div><div>%s</div>
<div class="l">Supplier Site</div><div>MAKATI-MAIN</div><div class="l">Currency</div><div>PHP</div>
<div class="l">Payment Method</div><div>PESONet</div><div class="l">Bank Account</div><div>BPI ****-**71-20</div>
<div class="l">Customer Address</div><div>Mandaue Reclamation Area, Mandaue City, Cebu 6014</div><div class="l">Customer TIN</div><div>005-882-441-000</div>
</div></div>
<div class="box"><h2>Invoices</h2>
<table class="res"><thead><tr><th>Invoice Number</th><th>Invoice Date</th><th class="num">Invoice Amount</th><th class="num">Withholding (EWT)</th><th class="num">Amount Paid</th><th>Type</th></tr></thead>
<tbody>
%s
</tbody>
<tfoot><tr><td colspan="4" class="num"><b>Total Amount Paid</b></td><td class="num"><b>%s</b></td><td></td></tr></tfoot></table></div>
<div class="ft">Copyright (c) 2026 Visayas Beverage Bottlers Inc. Supplier Portal. Data as of 20-Mar-2026 08:15.</div>
</body></html>
""" % (hx(SUP), num(total), rows, num(total))
    with open(out("r3-026.html"), "w", encoding="utf-8") as f:
        f.write(html)
    record("r3-026.html", "html", False, "Visayas Beverage Bottlers Inc.", pay, "100023418", "PHP", total, lines)


def doc_027():
    pay = date(2026, 3, 24)
    lines = [L("300045301", "1204.50"), L("300045318", "880.00"), L("CRN-0450", "-96.30", "credit_note")]
    total = tot(lines)
    html = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Transaction Advice</title>
<style>body{font-family:Arial,Helvetica,sans-serif;font-size:13px;margin:24px;color:#111}
.logo{font-size:22px;font-weight:bold;color:#c8102e}.logo small{font-size:12px;color:#555;font-weight:normal;margin-left:8px}
h1{font-size:17px;border-bottom:2px solid #c8102e;padding-bottom:6px}
table{border-collapse:collapse;width:640px}td{padding:6px 8px;border-bottom:1px solid #ddd;vertical-align:top}
td.k{width:210px;color:#555}.ok{color:#0a7d28;font-weight:bold}.note{font-size:11px;color:#666;margin-top:18px;width:640px}
</style></head><body>
<div class="logo">Lion City Bank<small>BizOnline</small></div>
<h1>Transaction Advice &mdash; PayNow Corporate</h1>
<table>
<tr><td class="k">Status</td><td class="ok">Successful</td></tr>
<tr><td class="k">Transaction Reference</td><td>LCB2603240192837</td></tr>
<tr><td class="k">Value Date</td><td>24 Mar 2026</td></tr>
<tr><td class="k">Debit Account</td><td>Tampines Fresh Bakery Pte Ltd<br>Current Account 012-345678-9</td></tr>
<tr><td class="k">Beneficiary</td><td>IRONBARK PACKAGING SOLUTIONS PTY LTD (SINGAPORE BRANCH)</td></tr>
<tr><td class="k">PayNow Proxy</td><td>UEN T19FC0123A</td></tr>
<tr><td class="k">Amount</td><td><b>SGD %s</b></td></tr>
<tr><td class="k">Bank Charges</td><td>SGD 0.00</td></tr>
<tr><td class="k">Purpose Code</td><td>SUPP - Supplier payment</td></tr>
<tr><td class="k">Remarks to Beneficiary</td><td>300045301 SGD1204.50 300045318 SGD880.00 LESS CRN-0450 SGD96.30</td></tr>
<tr><td class="k">Initiated by / Approved by</td><td>TFB_MAKER01 / TFB_CHECKER02</td></tr>
</table>
<div class="note">This is a computer-generated advice. Lion City Bank Ltd, Co. Reg. No. 199001234R. Please retain for your records.</div>
</body></html>
""" % num(total)
    with open(out("r3-027.html"), "w", encoding="utf-8") as f:
        f.write(html)
    record("r3-027.html", "html", False, "Tampines Fresh Bakery Pte Ltd", pay, "LCB2603240192837", "SGD", total, lines)


# ==========================================================================
# TXT (JD Edwards style print file)
# ==========================================================================
def doc_028():
    rng = random.Random(1028)
    pay = date(2026, 3, 27)
    ds = mkdates(rng, pay, 18, span=80)
    nums = sorted(rng.sample(range(207900, 209000), 16))
    lines = []
    for i, n in enumerate(nums):
        g = M(rng.randint(30000, 2400000) / 100)
        disc = M(g * Decimal("0.015")) if i % 5 == 2 else M(0)
        lines.append(L("IPS-%d" % n, g - disc, date=ds[i], gross=g, disc=disc, ty="PV"))
    lines.insert(4, L("CRN-0409", "-410.00", "credit_note", date=ds[16], gross=M("-410.00"), disc=M(0), ty="PD"))
    lines.insert(13, L("CRN-0433", "-2186.75", "credit_note", date=ds[17], gross=M("-2186.75"), disc=M(0), ty="PD"))
    total = tot(lines)

    def jn(x):
        s = num(x, "us", "trail")
        if M(x) == 0:
            s = ".00"
        return s

    def header(page):
        return [
            "R04573      Pilbara Iron Services Pty Ltd                                  Page -      %d" % page,
            "ZJDE0001    Payment Remittance Advice                                    Date - 26/03/26",
            "",
        ]
    colh = ["Doc Doc          Supplier            Invoice          Gross        Discount           Amount",
            "Ty  Number       Invoice Number      Date            Amount           Taken             Paid",
            "--- ------------ ------------------- -------- --------------- --------------- ----------------"]
    block = ["Payee . . . . . . . .  00041877  IRONBARK PACKAGING SOLUTIONS PTY LTD",
             "                                  18 BOUNDARY ROAD",
             "                                  ROCKLEA QLD 4106",
             "Payment Number . . . .  60044812",
             "Payment Date . . . . .  27/03/26",
             "Payment Amount . . . .  %s" % num(total),
             "Currency Code. . . . .  AUD",
             "Bank Account . . . . .  124-001 22317764",
             "Payer ABN. . . . . . .  62 118 904 371",
             ""]
    out_lines = header(1) + block + colh
    for i, l in enumerate(lines):
        if i == 12:
            out_lines += ["", "                                        *** Continued on next page ***", "\f"]
            out_lines += header(2) + ["Payment Number . . . .  60044812   (continued)", ""] + colh
        out_lines.append("%-3s %-12s %-19s %-8s %15s %15s %16s" % (
            l["ty"], "%08d" % (20118800 + i * 7), l["ref"], l["date"].strftime("%d/%m/%y"), jn(l["gross"]),
            jn(l["disc"]), jn(l["amt"])))
    out_lines += ["%s %16s" % (" " * 77, "-" * 16),
                  "%-77s %16s" % ("                                                     Payment Total", jn(total)),
                  "", "Remittance queries: accounts.payable@pilbaraironservices.com.au  (08) 9185 4400"]
    with open(out("r3-028.txt"), "w", encoding="ascii", newline="\n") as f:
        f.write("\n".join(out_lines).replace("\n\f\n", "\n\f") + "\n")
    record("r3-028.txt", "txt", False, "Pilbara Iron Services Pty Ltd", pay, "60044812", "AUD", total, lines)


# ==========================================================================
# scans (12): image-only PDFs, one PNG (fax), one JPG (phone photo)
# ==========================================================================
def make_scan_png(src_pdf, outname, seed, dpi=200):
    pg = render_pages(src_pdf, dpi, 1, 1)[0]
    im = degrade(pg, seed, angle=-0.6, blur=0.5, noise=4.0, light=0.05, speckle=0.0008)
    a = np.asarray(im).astype(np.float32)
    # fax-like: hard threshold with a little dithering noise, 4 grey levels
    rng = np.random.default_rng(seed + 99)
    a = a + rng.normal(0, 10, a.shape)
    a = np.where(a < 110, 0, np.where(a < 160, 96, np.where(a < 205, 200, 255))).astype(np.uint8)
    im = Image.fromarray(a, "L")
    # fax header line
    from PIL import ImageDraw, ImageFont
    dr = ImageDraw.Draw(im)
    fnt = ImageFont.truetype(os.path.join(FDIR, "liberation/LiberationMono-Regular.ttf"), 22)
    dr.text((40, 12), "19/03/2026 16:42   FROM: WPD FINANCE +65 6368 2014   TO: 6546 1180   P.001/001", fill=0, font=fnt)
    im.save(out(outname), "PNG", optimize=True)
    assert os.path.getsize(out(outname)) < 250 * 1024, (outname, os.path.getsize(out(outname)))


def make_scan_jpg(src_pdf, outname, seed, dpi=170):
    pg = render_pages(src_pdf, dpi, 1, 1)[0]
    w, h = pg.size
    # photo of the page lying on a desk: page scaled into a darker background, rotated
    bg = Image.new("L", (int(w * 1.08), int(h * 1.06)), 92)
    rng = np.random.default_rng(seed)
    bga = np.asarray(bg).astype(np.float32) + rng.normal(0, 6, (bg.size[1], bg.size[0]))
    bg = Image.fromarray(np.clip(bga, 0, 255).astype(np.uint8), "L")
    page = pg.rotate(1.7, resample=Image.BICUBIC, expand=True, fillcolor=92)
    mask = Image.new("L", pg.size, 255).rotate(1.7, resample=Image.BICUBIC, expand=True, fillcolor=0)
    bg.paste(page, ((bg.size[0] - page.size[0]) // 2, (bg.size[1] - page.size[1]) // 2), mask)
    im = degrade(bg, seed, angle=0.0, blur=1.0, noise=5.0, light=0.32, speckle=0.0, gamma=1.15)
    im = im.resize((int(im.size[0] * 0.9), int(im.size[1] * 0.9)), Image.LANCZOS)
    jb, q = jpeg_bytes(im, 62, 240 * 1024)
    with open(out(outname), "wb") as f:
        f.write(jb)


def sc_pdf(name):
    return tmp("src_" + name + ".pdf")


def doc_029():
    rng = random.Random(1029)
    pay = date(2026, 3, 12)
    ds = mkdates(rng, pay, 6)
    lines = []
    for i, n in enumerate([208702, 208735, 208761, 208799, 208830]):
        g = M(rng.randint(50000, 1300000) / 100)
        disc = M(g * Decimal("0.02")) if i == 2 else M(0)
        lines.append(L("IPS-%d" % n, g - disc, dtype="Invoice", own="PI%06d" % (40211 + i), date=ds[i], gross=g, disc=disc))
    lines.insert(2, L("CRN-0402", "-530.00", "credit_note", dtype="Credit Memo", own="PCR000517", date=ds[5],
                      gross=M("-530.00"), disc=M(0)))
    d = dict(payer="Riverina Grain Co-operative Ltd",
             payer_addr=["PO Box 1180", "Wagga Wagga NSW 2650", "ABN 40 087 331 902", "Phone (02) 6921 4477"],
             vendor_block=[SUP, "18 Boundary Road", "Rocklea QLD 4106"],
             hdr=[("Vendor No.", "IRONBARK"), ("Payment Date", "12/03/2026"), ("Payment Reference", "EFT-0002291"),
                  ("Payment Method", "EFT"), ("Currency Code", "AUD")],
             lines=lines, datefmt="%d/%m/%Y", style="us", neg="paren", cur="AUD",
             footer=["Paid by electronic funds transfer to BSB 124-001 Account 2231 7764.",
                     "Riverina Grain Co-operative Ltd - Creditors: creditors@riverinagrain.coop"])
    lay_bc(sc_pdf("029"), d)
    make_scan_pdf(sc_pdf("029"), "r3-029.pdf", 29, dpi=200, quality=55, angle=0.6, blur=0.6, noise=6, light=0.2)
    record("r3-029.pdf", "reportlab", True, d["payer"], pay, "EFT-0002291", "AUD", tot(lines), lines)


def doc_030():
    pay = date(2026, 3, 23)
    lines = [L("IPS-208988", "2214.00", type="Bill", date=date(2026, 2, 12), orig=M("2214.00"), baldue=M("2214.00")),
             L("IPS-209019", "1380.75", type="Bill", date=date(2026, 2, 19), orig=M("1380.75"), baldue=M("1380.75")),
             L("IPS-209047", "905.60", type="Bill", date=date(2026, 2, 26), orig=M("905.60"), baldue=M("905.60"))]
    total = tot(lines)
    d = dict(payer="Blue Ridge Apiaries Inc.", payer_addr=["77 Sweeten Creek Road", "Asheville, NC 28803"],
             bank=["Piedmont Mountain Bank", "Asheville, NC     66-1503/531"], checkno="5521",
             date_s="03/23/2026", payee=SUP, payee_addr=["18 Boundary Road", "Rocklea QLD 4106", "AUSTRALIA"],
             memo="Honey jar cartons - acct BRA-22", micr="C005521C  A053100012A  0081447721C", lines=lines, total=total,
             words=words_usd(total), fmt=lambda x: num(x, "us"),
             stub_foot="Operating Account      Vendor ID 1187")
    lay_qb(sc_pdf("030"), d)
    make_scan_pdf(sc_pdf("030"), "r3-030.pdf", 30, dpi=150, quality=60, angle=-1.2, blur=0.4, noise=8, light=0.25)
    record("r3-030.pdf", "reportlab", True, d["payer"], pay, "5521", "USD", total, lines)


def doc_031():
    rng = random.Random(1031)
    pay = date(2026, 3, 5)
    nums = sorted(rng.sample(range(1040, 1180), 8))
    ds = mkdates(rng, pay, 9)
    lines = []
    for i, n in enumerate(nums):
        g = M(rng.randint(40000, 900000) / 100)
        disc = M(g * Decimal("0.01")) if i % 3 == 0 else M(0)
        lines.append(L("IB/2026/%04d" % n, g - disc, date=ds[i], gross=g, disc=disc, desc=DESC_PACK[(i * 5 + 2) % len(DESC_PACK)]))
    lines.insert(5, L("C/N 109", "-1045.00", "credit_note", date=ds[8], gross=M("-1045.00"), disc=M(0),
                      desc="Credit - pricing correction"))
    total = tot(lines)
    d = dict(payer="Waikato Horticulture Packers Limited",
             payer_addr=["1422 Te Rapa Road", "Hamilton 3200", "New Zealand", "GST No. 096-331-780"],
             hdr=[(("Payee", SUP + " - NZ Branch"), ("Payment Number", "41277")),
                  (("Supplier Number", "10088"), ("Payment Date", "05-MAR-2026")),
                  (("Supplier Site", "AKL-WIRI"), ("Payment Method", "Electronic")),
                  (("Remit-to Bank Acct", "02-0108-0456123-00"), ("Payment Amount", "NZD " + num(total)))],
             lines=lines, datefmt="%d-%b-%Y", f=lambda x: num(x, "us", "minus"),
             footer=["This remittance advice was generated by Oracle Fusion Payables.",
                     "Waikato Horticulture Packers Limited  |  Accounts Payable  |  +64 7 849 0150"])
    lay_oracle(sc_pdf("031"), d)
    make_scan_pdf(sc_pdf("031"), "r3-031.pdf", 31, dpi=200, quality=50, angle=1.4, blur=0.8, noise=7, light=0.22)
    record("r3-031.pdf", "reportlab", True, d["payer"], pay, "41277", "NZD", total, lines)


def doc_032():
    pay = date(2026, 3, 17)
    lines = [L("400071122", "4802.06", date=date(2026, 2, 10), gross=M("4900.06"), disc=M("98.00"), art="RE", own="5100881201"),
             L("400071139", "1270.00", date=date(2026, 2, 12), gross=M("1270.00"), disc=M("0.00"), art="RE", own="5100881219"),
             L("GS-2026-009", "-94.20", "credit_note", date=date(2026, 2, 16), gross=M("-94.20"), disc=M("0.00"), art="GS", own="5100881230"),
             L("400071163", "8114.30", date=date(2026, 2, 19), gross=M("8280.00"), disc=M("165.70"), art="RE", own="5100881244"),
             L("400071178", "2650.40", date=date(2026, 2, 24), gross=M("2650.40"), disc=M("0.00"), art="RE", own="5100881259")]
    total = tot(lines)
    d = dict(payer="Schwäbische Backwaren AG",
             payer_line="Schwäbische Backwaren AG · Pragstraße 140 · 70376 Stuttgart",
             to=[SUP, "Zweigniederlassung Deutschland", "Am Sandtorkai 50", "20457 Hamburg"],
             date_s="17.03.2026", kred="300455", sb="Herr Weber", tel="+49 711 9540 330", ref="2000318844",
             intro=("zum Ausgleich der nachstehenden Belege haben wir Ihnen den Betrag von %s € auf Ihr Konto "
                    "IBAN DE89 2005 0550 1234 5678 90 überwiesen." % num(total, "fr")),
             style="fr", cur_sym="€",
             lines=lines, close="Bei Rückfragen wenden Sie sich bitte an unsere Kreditorenbuchhaltung.",
             footer="Schwäbische Backwaren AG · Sitz Stuttgart · HRB 731114 · USt-IdNr. DE147700219 · Vorstand: M. Haller")
    lay_zahlungsavis(sc_pdf("032"), "src032", d)
    make_scan_pdf(sc_pdf("032"), "r3-032.pdf", 32, dpi=250, quality=45, angle=-0.4, blur=0.9, noise=6, light=0.15)
    record("r3-032.pdf", "libreoffice-writer", True, d["payer"], pay, "2000318844", "EUR", total, lines)


def doc_033():
    rng = random.Random(1033)
    pay = date(2026, 3, 18)
    ds = mkdates(rng, pay, 8)
    descs = ["Bulk bags FIBC 1 tonne", "Carton 5-ply printed", "Stretch film 23mic", "Layer pads", "Pallet caps",
             "Labels 100x150", "Strapping PET 16mm"]
    lines = []
    for i in range(7):
        g = M(rng.randint(150000, 3600000) / 100)
        lines.append(L("INV %d" % (77300 + i * 11 + rng.randint(0, 9)), g, date=ds[i], gross=g, desc=descs[i]))
    lines.insert(3, L("CN 1055", "-1480.00", "credit_note", date=ds[7], gross=M("-1480.00"),
                      desc="Credit note - short shipment", remark="Offset"))
    d = dict(payer="Johor Palm Products Sdn Bhd",
             payer_addr="PLO 112, Jalan Firma 2, Kawasan Perindustrian Tebrau IV, 81100 Johor Bahru, Johor",
             payer_ids="Company No. 199801004412 (458812-T)   SST No. J31-1808-32001877   Tel: 07-354 1120",
             hdr=[(("Payee:", SUP + " (Malaysia Branch)"), ("Date:", "18/03/2026")),
                  (("Address:", "Plot 88, Lebuhraya Kampung Jawa, 11900 Bayan Lepas"), ("PV No.:", "JPP/PV/03/0188")),
                  (("Bank:", "Maybank A/C 5141 2233 9087"), ("Payment Mode:", "Online Transfer (IBG)")),
                  (("Vendor Code:", "S0492"), ("Transfer Ref No.:", "IBG0318A7731205"))],
             lines=lines,
             footer=["This is a computer-generated advice. No signature is required.",
                     "Enquiries: accounts@johorpalm.com.my"])
    lay_calc_my(sc_pdf("033"), "src033", d)
    make_scan_pdf(sc_pdf("033"), "r3-033.pdf", 33, dpi=200, quality=55, angle=0.9, blur=0.5, noise=6, light=0.2)
    record("r3-033.pdf", "libreoffice-calc", True, d["payer"], pay, "IBG0318A7731205", "MYR", tot(lines), lines)


def doc_034():
    pay = date(2026, 3, 25)
    f = lambda x: "A$" + num(x) if x >= 0 else "-A$" + num(-x)
    lines = [L("IPS-209088", "6420.00", date_s="03/03/2026", po="PO-GCT-5512", desc="Souvenir gift boxes", gross=M("6420.00"), disc=M(0)),
             L("IPS-209102", "2205.50", date_s="05/03/2026", po="PO-GCT-5512", desc="Souvenir gift boxes", gross=M("2205.50"), disc=M(0)),
             L("IPS-209131", "987.90", date_s="09/03/2026", po="PO-GCT-5530", desc="Food trays kraft", gross=M("1008.06"), disc=M("20.16")),
             L("IPS-209150", "3333.00", date_s="11/03/2026", po="PO-GCT-5541", desc="Printed cups 12oz", gross=M("3333.00"), disc=M(0))]
    total = tot(lines)
    d = dict(payer="Gold Coast Theme Park Catering Pty Ltd",
             payer_addr="Pacific Motorway, Oxenford QLD 4210  |  ABN 72 155 903 118",
             payee=SUP,
             hdr=[("Supplier", SUP), ("Payment Date", "25/03/2026"), ("Supplier #", "S-20771"),
                  ("Payment Reference", "GCTPC-EFT-22871"), ("Payment Method", "EFT"),
                  ("Currency", "AUD"), ("Remit-To", "BSB 124-001 / 2231 7764"), ("Total Payment", "A$" + num(total))],
             lines=lines, f=f, total_s="A$" + num(total) + " AUD",
             footer=["Questions about this payment? Contact payables@gctpcatering.com.au.",
                     "This remittance was sent on behalf of Gold Coast Theme Park Catering Pty Ltd by Coupa Software."])
    lay_coupa(sc_pdf("034"), "src034", d)
    make_scan_pdf(sc_pdf("034"), "r3-034.pdf", 34, dpi=200, quality=55, angle=-0.8, blur=0.7, noise=5, light=0.3)
    record("r3-034.pdf", "chromium", True, d["payer"], pay, "GCTPC-EFT-22871", "AUD", total, lines)


def doc_035():
    pay = date(2026, 3, 16)
    lines = [L("55720", "8640.00", date=date(2026, 1, 19), desc="膠袋 Poly bags"),
             L("55736", "15230.00", date=date(2026, 1, 23), desc="瓦通紙箱 Corrugated cartons"),
             L("55751", "4415.60", date=date(2026, 1, 30), desc="標籤 Labels"),
             L("C/N 0917", "-860.00", "credit_note", date=date(2026, 2, 3), desc="價格調整 Price adjustment"),
             L("55788", "11902.40", date=date(2026, 2, 6), desc="卡板 Pallets"),
             L("55810", "2760.00", date=date(2026, 2, 11), desc="運費 Delivery charges")]
    d = dict(payer_zh="荃灣塑膠工業有限公司", payer="Tsuen Wan Plastics Industrial Limited",
             payer_addr="Flat B, 9/F, Tsuen Wan Industrial Building, 220 Texaco Road, Tsuen Wan, N.T., Hong Kong   Tel: (852) 2414 0087",
             to=["Ironbark Packaging Solutions Pty Ltd", "Hong Kong Branch", "Room 803, 8/F, Tower 2,", "Metroplaza, Kwai Fong, N.T."],
             hdr=[("日期", "Date", "2026年3月16日"), ("支票號碼", "Cheque No.", "318802"),
                  ("銀行", "Bank", "港商銀行 Harbour Commercial Bank"), ("供應商編號", "Supplier Code", "V-1142"),
                  ("付款憑單", "Voucher No.", "TW-PV-2603-055")],
             lines=lines, f=lambda x: num(x, "us", "paren"),
             footer=["如有查詢，請致電 (852) 2414 0087 與會計部聯絡。",
                     "Please contact our Accounts Department at (852) 2414 0087 for any enquiries."])
    lay_hk(sc_pdf("035"), d)
    make_scan_pdf(sc_pdf("035"), "r3-035.pdf", 35, dpi=300, quality=40, angle=0.35, blur=1.1, noise=5, light=0.12)
    record("r3-035.pdf", "reportlab", True, d["payer"], pay, "318802", "HKD", tot(lines), lines)


def doc_036():
    pay = date(2026, 3, 30)
    lines = [ewt_line("04581", "44800.00", date(2026, 3, 2), "BPP-0771"),
             ewt_line("04596", "16128.00", date(2026, 3, 5), "BPP-0771"),
             ewt_line("04610", "70560.00", date(2026, 3, 9), "BPP-0785"),
             ewt_line("04622", "8960.00", date(2026, 3, 12), "BPP-0790")]
    d = dict(payer="Batangas Poultry Processing Corp.",
             payer_addr=["National Highway, Brgy. Balagtas, Batangas City 4200", "TIN 006-774-219-000  |  Tel. (043) 723 8812"],
             to=["TO:", SUP + " - Philippine Branch", "27/F Ayala Tower One, Ayala Avenue", "Makati City 1226"],
             hdr=[("Date:", "March 30, 2026"), ("Mode of Payment:", "PESONet"), ("PESONet Ref. No.:", "PN2603300011852"),
                  ("Check Voucher No.:", "CV-0330-118"), ("Supplier Code:", "SUP-IPS-03")],
             intro="We have credited your account under BDO Unibank Acct. No. 0012-3456-7890 for the following sales invoices:",
             lines=lines,
             notes=["EWT withheld; BIR Form 2307 attached.", "Please issue Official Receipt upon receipt of payment."])
    lay_pesonet(sc_pdf("036"), "src036", d)
    make_scan_pdf(sc_pdf("036"), "r3-036.pdf", 36, dpi=200, quality=50, angle=-1.9, blur=0.6, noise=9, light=0.28,
                  speckle=0.0012)
    record("r3-036.pdf", "libreoffice-writer", True, d["payer"], pay, "PN2603300011852", "PHP", tot(lines), lines)


def doc_037():
    rng = random.Random(1037)
    pay = date(2026, 3, 13)
    ds = mkdates(rng, pay, 24, span=70)
    nums = sorted(rng.sample(range(208100, 209000), 22))
    lines = []
    for i, n in enumerate(nums):
        g = M(rng.randint(12000, 620000) / 100)
        disc = M(g * Decimal("0.025")) if i % 6 == 3 else M(0)
        lines.append(L("IPS-%d" % n, g - disc, date=ds[i], gross=g, disc=disc, own=str(5410 + i * 2),
                       desc=DESC_PACK[(i * 7) % len(DESC_PACK)]))
    lines.insert(8, L("CRN-0398", "-312.00", "credit_note", date=ds[22], gross=M("-312.00"), disc=M(0), own="5460",
                      desc="Returned pallets"))
    lines.insert(17, L("CRN-0410", "-75.90", "credit_note", date=ds[23], gross=M("-75.90"), disc=M(0), own="5462",
                       desc="Freight overcharge"))
    d = dict(payer="Hunter Valley Wine Logistics Pty Ltd",
             payer_addr=["22 Vincent Street", "Cessnock NSW 2325", "ABN 59 160 228 441    Tel (02) 4990 3310"],
             to=[SUP, "18 Boundary Road", "Rocklea QLD 4106"],
             hdr=[("Date", "13/03/2026"), ("A/C Ref", "IRONBA01"), ("Payment Ref", "EFT 001942"), ("Currency", "AUD")],
             intro="The following transactions have been paid by direct credit to your nominated account.",
             lines=lines, datefmt="%d/%m/%Y", f=lambda x: num(x, "us", "cr"),
             footer=["Bank: BSB 124-001  Account 2231 7764", "Hunter Valley Wine Logistics - Accounts Payable"])
    lay_sage(sc_pdf("037"), d)
    make_scan_pdf(sc_pdf("037"), "r3-037.pdf", 37, dpi=200, quality=50, angle=0.5, blur=0.6, noise=6, light=0.18)
    record("r3-037.pdf", "reportlab", True, d["payer"], pay, "EFT 001942", "AUD", tot(lines), lines)


def doc_038():
    pay = date(2026, 3, 23)
    lines = [L("IB/2026/1208", "2416.00", date=date(2026, 2, 11), gross=M("2416.00"), owing=M("0.00")),
             L("IB/2026/1229", "987.35", date=date(2026, 2, 17), gross=M("987.35"), owing=M("0.00")),
             L("IB/2026/1244", "1500.00", date=date(2026, 2, 24), gross=M("2860.90"), owing=M("1360.90")),
             L("IB/2026/1262", "644.10", date=date(2026, 3, 2), gross=M("644.10"), owing=M("0.00")),
             L("IB/2026/1279", "3178.55", date=date(2026, 3, 6), gross=M("3178.55"), owing=M("0.00"))]
    total = tot(lines)
    d = dict(payer="Otago Craft Distillers Limited", payer_addr=["14 Birch Street", "Dunedin 9016", "NEW ZEALAND"],
             to=[SUP + " - NZ Branch", "Unit 5, 41 Ash Road", "Wiri, Auckland 2104"],
             date_s="23 Mar 2026", amount_s="NZD " + num(total), cur="NZD", lines=lines,
             footer=["Paid to bank account 02-0108-0456123-00.", "Otago Craft Distillers Limited - GST 121-884-300"])
    lay_xero(sc_pdf("038"), "src038", d)
    make_scan_pdf(sc_pdf("038"), "r3-038.pdf", 38, dpi=150, quality=60, angle=1.1, blur=0.3, noise=7, light=0.2)
    record("r3-038.pdf", "chromium", True, d["payer"], pay, None, "NZD", total, lines)


def doc_039():
    rng = random.Random(1039)
    pay = date(2026, 3, 19)
    ds = mkdates(rng, pay, 5)
    lines = []
    for i, r in enumerate([300045255, 300045262, 300045281, 300045294]):
        g = M(rng.randint(80000, 960000) / 100)
        lines.append(L(str(r), g, dtype="A/P Invoice", own=str(3310 + i), date=ds[i], gross=g))
    lines.append(L("CRN-0438", "-356.40", "credit_note", dtype="A/P Credit Memo", own="871", date=ds[4], gross=M("-356.40")))
    d = dict(payer="Woodlands Pharma Distribution Pte Ltd",
             payer_addr=["2 Woodlands Sector 1 #04-12", "Singapore 738068", "Tel: +65 6368 2000",
                         "GST Reg. No.: 20-0451188-K"],
             right=["Co. Reg. No. 200451188K", "Page 1 of 1"],
             to=[SUP + " (Singapore Branch)", "10 Changi South Lane #05-02", "Singapore 486162"],
             hdr=[("Payment Voucher No.", "PV 10388"), ("Posting Date", "19.03.2026"),
                  ("Payment Means", "Bank Transfer (FAST)"), ("Transfer Ref.", "G2603190114"),
                  ("Vendor Code", "V-00217"), ("Currency", "SGD")],
             lines=lines, datefmt="%d.%m.%Y", f=lambda x: num(x, "us", "minus"),
             ftot=lambda x: "SGD " + num(x, "us", "minus"),
             footer=["Payment credited to DBS Bank Ltd A/C 072-012345-6.",
                     "Please contact finance@woodlandspharma.com.sg for any discrepancy."])
    lay_sapb1(sc_pdf("039"), d)
    make_scan_png(sc_pdf("039"), "r3-039.png", 39, dpi=200)
    record("r3-039.png", "reportlab", True, d["payer"], pay, "G2603190114", "SGD", tot(lines), lines)


def doc_040():
    pay = date(2026, 3, 27)
    lines = [L("INV 77342", "9860.00", date=date(2026, 2, 10), desc="Timber crates - export"),
             L("INV 77358", "4312.50", date=date(2026, 2, 13), desc="Plywood cases"),
             L("CN 1066", "-520.00", "credit_note", date=date(2026, 2, 20), desc="Rejected batch"),
             L("INV 77371", "7045.00", date=date(2026, 2, 24), desc="Edge protectors"),
             L("INV 77390", "2288.80", date=date(2026, 3, 2), desc="Strapping & buckles"),
             L("CN 1070", "-188.30", "credit_note", date=date(2026, 3, 5), desc="Freight overcharge")]
    d = dict(payer="Kuching Borneo Timber Sdn Bhd",
             payer_addr="Lot 1082, Jalan Pending Industrial Estate, 93450 Kuching, Sarawak  |  Tel 082-333 4510",
             to=["To:", SUP + " (Malaysia Branch)", "Plot 88, Lebuhraya Kampung Jawa", "11900 Bayan Lepas, Penang"],
             hdr=[("Date:", "27 Mar 2026"), ("Payment Mode:", "Interbank GIRO (IBG)"), ("IBG Ref:", "IBG260327-10388"),
                  ("Vendor No.:", "KBT-V-311"), ("Currency:", "MYR")],
             lines=lines,
             footer=["Payment credited to CIMB Bank A/C 8002-4411-70.",
                     "This advice is computer generated and requires no signature."])
    lay_twotables(sc_pdf("040"), "src040", d)
    make_scan_jpg(sc_pdf("040"), "r3-040.jpg", 40)
    record("r3-040.jpg", "chromium", True, d["payer"], pay, "IBG260327-10388", "MYR", tot(lines), lines)


# ==========================================================================
def main():
    if os.path.isdir(TMP):
        shutil.rmtree(TMP)
    os.makedirs(TMP)
    for f in os.listdir(HERE):
        if f.startswith("r3-") or f == "truth.jsonl":
            os.remove(os.path.join(HERE, f))
    docs = [globals()["doc_%03d" % i] for i in range(1, 41)]
    for fn in docs:
        fn()
    assert len(TRUTH) == 40
    for t in TRUTH:
        assert os.path.exists(out(t["file"])), t["file"]
    with open(out("truth.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for t in TRUTH:
            f.write(json.dumps(t, ensure_ascii=False) + "\n")
    shutil.rmtree(TMP)


if __name__ == "__main__":
    main()
