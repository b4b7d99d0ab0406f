#!/usr/bin/env python3
"""R5 outside remittance set: mostly scanned paper remittances, plus text documents.

Written by an outside author who never read the extractor. Payers are in the USA, UK,
Canada, India, Japan, Brazil, Mexico, France, Poland, the Nordics, Turkey, the UAE,
Kenya, New Zealand and Switzerland, each with its own money, date and language habits.

Every document is built here from the same data that becomes its truth row, so the
truth is what is printed. Scans are rendered with pdftoppm from a source PDF (made with
reportlab, LibreOffice Writer/Calc or Chromium) and degraded with Pillow/numpy the way
flatbeds, fax machines, phones and cheap copier-scanners degrade paper.

Run:  /work/main/.venv/bin/python make.py      (deterministic: fixed seeds)
Scratch files go to /tmp/r5-work; the documents and truth.jsonl to this folder.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import html
import io
import json
import math
import random
import re
import shutil
import subprocess
from decimal import Decimal
from pathlib import Path
from xml.sax.saxutils import escape as xesc

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont

OUT = Path(__file__).resolve().parent
WORK = Path("/tmp/r5-work")
LO_PROFILE = "file:///tmp/r5-lo"
CHROME_PROFILE = "/tmp/r5-chrome"

TRUTH: list[dict] = []
PRINTED: dict[str, list[str]] = {}  # file -> strings that must be visible in the document
SRC: dict[str, Path] = {}  # scan file -> source PDF (for checking)

FD = "/usr/share/fonts/truetype/dejavu/"
FL = "/usr/share/fonts/truetype/liberation2/"
TTF = {
    "LibSans": FL + "LiberationSans-Regular.ttf",
    "LibSans-B": FL + "LiberationSans-Bold.ttf",
    "LibSans-I": FL + "LiberationSans-Italic.ttf",
    "LibSerif": FL + "LiberationSerif-Regular.ttf",
    "LibSerif-B": FL + "LiberationSerif-Bold.ttf",
    "LibSerif-I": FL + "LiberationSerif-Italic.ttf",
    "LibMono": FL + "LiberationMono-Regular.ttf",
    "LibMono-B": FL + "LiberationMono-Bold.ttf",
    "DejaVu": FD + "DejaVuSans.ttf",
    "DejaVu-B": FD + "DejaVuSans-Bold.ttf",
    "DejaVuCond": FD + "DejaVuSansCondensed.ttf",
    "DejaVuCond-B": FD + "DejaVuSansCondensed-Bold.ttf",
    "DejaVuSerif": FD + "DejaVuSerif.ttf",
    "DejaVuSerif-B": FD + "DejaVuSerif-Bold.ttf",
    "DejaVuMono": FD + "DejaVuSansMono.ttf",
    "DejaVuMono-B": FD + "DejaVuSansMono-Bold.ttf",
}

# --------------------------------------------------------------------------- money


def D(x) -> Decimal:
    return Decimal(str(x)).quantize(Decimal("0.01"))


def fmt(d, th=",", dec=".", places=2, indian=False, neg="lead", pre="", post="") -> str:
    """Format a Decimal the way a given locale / ERP prints it."""
    d = Decimal(d)
    q = Decimal(1).scaleb(-places)
    s = f"{abs(d).quantize(q):f}"
    ip, _, fp = s.partition(".")
    if indian and len(ip) > 3:
        head, tail = ip[:-3], ip[-3:]
        groups = []
        while len(head) > 2:
            groups.insert(0, head[-2:])
            head = head[:-2]
        if head:
            groups.insert(0, head)
        ip = th.join(groups + [tail])
    else:
        groups = []
        while len(ip) > 3:
            groups.insert(0, ip[-3:])
            ip = ip[:-3]
        ip = th.join([ip] + groups)
    body = pre + ip + ((dec + fp) if places else "") + post
    if d < 0:
        body = {
            "lead": "-" + body,
            "paren": "(" + body + ")",
            "trail": body + "-",
            "cr": body + "CR",
            "tri": "△" + body,
            "minus": "\u2212" + body,
        }[neg]
    return body


def us(d, **k):
    return fmt(d, ",", ".", **k)


def eu(d, **k):  # 1.234,56
    return fmt(d, ".", ",", **k)


def sp(d, **k):  # 1 234,56 (no-break space)
    return fmt(d, "\u00a0", ",", **k)


def ch(d, **k):  # 1'234.50
    return fmt(d, "'", ".", **k)


def inr(d, **k):  # 1,23,456.78
    return fmt(d, ",", ".", indian=True, **k)


def jp(d, **k):
    return fmt(d, ",", ".", places=0, **k)


def amt(rng: random.Random, lo, hi, places=2) -> Decimal:
    v = Decimal(str(rng.uniform(lo, hi))).quantize(Decimal(1).scaleb(-places))
    return v.quantize(Decimal("0.01"))


class Ln:
    """One remittance line: the ref and paid amount are truth; the rest is print detail."""

    def __init__(self, ref, paid, kind="invoice", **x):
        self.ref, self.paid, self.kind, self.x = ref, D(paid), kind, x

    def __getattr__(self, k):
        try:
            return self.__dict__["x"][k]
        except KeyError as e:
            raise AttributeError(k) from e


def record(file, tool, scan, payer, date, reference, currency, lines, printed=()):
    total = sum((ln.paid for ln in lines), Decimal("0.00"))
    TRUTH.append(
        {
            "file": file,
            "tool": tool,
            "scan": scan,
            "payer": payer,
            "payment_date": date.isoformat() if date else None,
            "reference": reference,
            "currency": currency,
            "total": f"{total:.2f}",
            "lines": [
                {"invoice_ref": ln.ref, "paid_amount": f"{ln.paid:.2f}", "kind": ln.kind}
                for ln in lines
            ],
        }
    )
    PRINTED[file] = [s for s in printed if s]
    return total


# --------------------------------------------------------------------------- tools


def run(cmd, **kw):
    r = subprocess.run(cmd, capture_output=True, text=True, **kw)
    if r.returncode != 0:
        raise RuntimeError(f"{cmd[0]} failed: {r.stderr[-2000:]}")
    return r


def pin_pdf_dates(path: Path, when=b"20260317101244"):
    """Replace the run-time dates and file ID that LibreOffice/Chromium write into a PDF
    with fixed values of the same length (so the xref offsets stay valid)."""
    data = path.read_bytes()
    data = re.sub(rb"D:\d{14}", b"D:" + when, data)
    fid = hashlib.md5(path.name.encode()).hexdigest().upper().encode()

    def _id(m):
        return m.group(1) + (fid * 2)[: len(m.group(2))] + m.group(3) + (fid * 2)[: len(m.group(4))]
    data = re.sub(rb"(/ID\s*\[\s*<)([0-9A-Fa-f]+)(>\s*<)([0-9A-Fa-f]+)", _id, data)
    data = re.sub(rb"(/DocChecksum /)([0-9A-Fa-f]+)", lambda m: m.group(1) + (fid * 2)[: len(m.group(2))], data)
    path.write_bytes(data)


def soffice_pdf(src: Path) -> Path:
    run(
        [
            "soffice",
            f"-env:UserInstallation={LO_PROFILE}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(src.parent),
            str(src),
        ],
        timeout=180,
    )
    out = src.with_suffix(".pdf")
    assert out.exists(), out
    pin_pdf_dates(out)
    return out


def chromium_pdf(html_text: str, name: str) -> Path:
    src = WORK / f"{name}.html"
    src.write_text(html_text, encoding="utf-8")
    out = WORK / f"{name}.pdf"
    run(
        [
            "chromium",
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            f"--user-data-dir={CHROME_PROFILE}",
            "--no-pdf-header-footer",
            f"--print-to-pdf={out}",
            src.as_uri(),
        ],
        timeout=180,
    )
    pin_pdf_dates(out)
    return out


def pdf_words(pdf: Path):
    """Word boxes per page, in points: [(w, h, [(text, x0, y0, x1, y1), ...]), ...]."""
    r = run(["pdftotext", "-bbox", str(pdf), "-"])
    pages = []
    for m in re.finditer(r'<page width="([\d.]+)" height="([\d.]+)">(.*?)</page>', r.stdout, re.S):
        words = [
            (html.unescape(t), float(a), float(b), float(c), float(d))
            for a, b, c, d, t in re.findall(
                r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*?)</word>',
                m.group(3),
            )
        ]
        pages.append((float(m.group(1)), float(m.group(2)), words))
    return pages


def raster(pdf: Path, rx: int, ry: int | None = None, gray=False) -> list[Image.Image]:
    ry = ry or rx
    stem = WORK / f"{pdf.stem}-r{rx}x{ry}"
    for old in WORK.glob(stem.name + "-*.png"):
        old.unlink()
    cmd = ["pdftoppm", "-rx", str(rx), "-ry", str(ry), "-png"]
    if gray:
        cmd.append("-gray")
    run(cmd + [str(pdf), str(stem)])
    files = sorted(WORK.glob(stem.name + "-*.png"), key=lambda p: int(p.stem.rsplit("-", 1)[1]))
    return [Image.open(f).convert("L" if gray else "RGB") for f in files]


# --------------------------------------------------------------------------- paper marks
# Marks are what people do to the paper before it reaches the scanner. They work on an
# RGB float array (0..1) of one page rendered at (sx, sy) pixels per point.


def _font(path, px):
    return ImageFont.truetype(path, max(6, int(px)))


def lowfreq(rng: np.random.Generator, h, w, cells=(6, 8)):
    g = rng.normal(0, 1, size=cells).astype(np.float32)
    im = Image.fromarray(g).resize((w, h), Image.BICUBIC)
    return np.asarray(im)


def ink_texture(rng, h, w, coverage=0.8):
    """Patchy ink: mostly solid, with starved spots like a real rubber stamp."""
    n = lowfreq(rng, h, w, (max(3, h // 18), max(3, w // 18)))
    fine = rng.random((h, w)).astype(np.float32)
    t = np.clip(0.55 + 0.35 * n + 0.25 * (fine - 0.5), 0, 1)
    return np.clip(t * coverage + (1 - coverage) * 0.4 + 0.25, 0, 1)


def mark_stamp(a, rng, center, lines, color, height_px, angle):
    """A rubber stamp: a double frame around one to three lines of capitals."""
    h = int(height_px)
    fonts = [_font(TTF["DejaVu-B"], h * 0.34), _font(TTF["DejaVu-B"], h * 0.2), _font(TTF["DejaVu-B"], h * 0.17)]
    sizes = []
    for i, t in enumerate(lines):
        f = fonts[min(i, 2)]
        bb = f.getbbox(t)
        sizes.append((bb[2] - bb[0], bb[3] - bb[1], f, t))
    w = int(max(s[0] for s in sizes) + h * 0.4)
    canvas = Image.new("L", (w, h), 0)
    d = ImageDraw.Draw(canvas)
    lw = max(2, h // 28)
    d.rounded_rectangle([lw, lw, w - lw - 1, h - lw - 1], radius=h // 8, outline=255, width=lw)
    d.rounded_rectangle([3 * lw, 3 * lw, w - 3 * lw - 1, h - 3 * lw - 1], radius=h // 10, outline=255, width=max(1, lw // 2))
    total_h = sum(s[1] for s in sizes) + (len(sizes) - 1) * h * 0.06
    y = (h - total_h) / 2
    for tw, th, f, t in sizes:
        bb = f.getbbox(t)
        d.text(((w - tw) / 2 - bb[0], y - bb[1]), t, font=f, fill=255)
        y += th + h * 0.06
    canvas = canvas.rotate(angle, resample=Image.BICUBIC, expand=True)
    m = np.asarray(canvas).astype(np.float32) / 255.0
    m = m * ink_texture(rng, *m.shape, coverage=0.85) * 0.9
    cx, cy = center
    _blend(a, m, int(cx - m.shape[1] / 2), int(cy - m.shape[0] / 2), color)
    return (cx - m.shape[1] / 2, cy - m.shape[0] / 2, cx + m.shape[1] / 2, cy + m.shape[0] / 2)


def _blend(a, m, x0, y0, color):
    H, W = a.shape[:2]
    h, w = m.shape
    xs, ys = max(0, x0), max(0, y0)
    xe, ye = min(W, x0 + w), min(H, y0 + h)
    if xe <= xs or ye <= ys:
        return
    mm = m[ys - y0 : ye - y0, xs - x0 : xe - x0][..., None]
    col = np.array(color, dtype=np.float32)[None, None, :]
    region = a[ys:ye, xs:xe]
    # ink is subtractive: multiply by the ink colour where the mask is
    a[ys:ye, xs:xe] = region * (1 - mm + mm * col)


def mark_highlight(a, rng, box, color=(1.0, 0.94, 0.32)):
    x0, y0, x1, y1 = [int(v) for v in box]
    h, w = y1 - y0, x1 - x0
    m = np.ones((h, w), np.float32)
    # ragged ends and a slightly uneven stroke
    for x in range(min(w, 18)):
        cut = rng.integers(0, max(1, h // 3))
        m[:cut, x] = 0 if rng.random() < 0.5 else m[:cut, x]
        m[h - cut :, w - 1 - x] = 0 if rng.random() < 0.5 else m[h - cut :, w - 1 - x]
    m *= 0.8 + 0.2 * np.clip(lowfreq(rng, h, w, (2, 10)), -1, 1)
    _blend(a, np.clip(m, 0, 1), x0, y0, color)


def mark_tick(a, rng, pos, size, color=(0.1, 0.15, 0.55), width=None):
    x, y = pos
    s = size
    pts = [(-0.05, 0.45), (0.18, 0.7), (0.35, 1.0), (0.6, 0.45), (1.0, -0.25)]
    pts = [(x + px * s + rng.normal(0, s * 0.03), y + py * s + rng.normal(0, s * 0.03)) for px, py in pts]
    pad = int(s * 0.6)
    x0, y0 = int(x - pad), int(y - pad)
    layer = Image.new("L", (int(s * 2.4), int(s * 2.4)), 0)
    d = ImageDraw.Draw(layer)
    local = [(px - x0, py - y0) for px, py in pts]
    d.line(local, fill=255, width=width or max(2, int(s * 0.09)), joint="curve")
    layer = layer.filter(ImageFilter.GaussianBlur(0.8))
    m = np.asarray(layer).astype(np.float32) / 255 * 0.92
    _blend(a, m, x0, y0, color)


def mark_holes(a, rng, xs_px, ys_px, r_px):
    H, W = a.shape[:2]
    yy, xx = np.mgrid[0:H, 0:W]
    for cx in xs_px:
        for cy in ys_px:
            dist = np.sqrt((xx - cx) ** 2 + (yy - cy) ** 2)
            inside = np.clip((r_px - dist) / 2.0, 0, 1)
            ring = np.clip(1 - np.abs(dist - r_px - r_px * 0.15) / (r_px * 0.25), 0, 1) * 0.35
            shade = 1 - np.maximum(inside * 0.78, ring)
            a *= shade[..., None]


def mark_pen_note(a, rng, pos, text, px, color=(0.12, 0.16, 0.5), angle=-4):
    """A short handwritten-looking note (oblique, uneven), e.g. initials and a date."""
    f = _font(TTF["DejaVuSerif"], px)
    bb = f.getbbox(text)
    layer = Image.new("L", (bb[2] + 20, bb[3] + 20), 0)
    ImageDraw.Draw(layer).text((10 - bb[0], 10 - bb[1]), text, font=f, fill=255)
    layer = layer.transform(layer.size, Image.AFFINE, (1, 0.28, -layer.size[1] * 0.14, 0, 1, 0), Image.BICUBIC)
    layer = layer.rotate(angle, resample=Image.BICUBIC, expand=True).filter(ImageFilter.GaussianBlur(0.6))
    m = np.asarray(layer).astype(np.float32) / 255 * 0.9
    _blend(a, m, int(pos[0]), int(pos[1]), color)


# --------------------------------------------------------------------------- locating things on a page


def find_boxes(words, text):
    """Boxes of a (possibly multi-word) string on one page, in points."""
    toks = text.split()
    out = []
    for i, w in enumerate(words):
        if w[0] == toks[0] or (len(toks) == 1 and toks[0] in w[0]):
            ok = True
            for j, t in enumerate(toks[1:], 1):
                if i + j >= len(words) or words[i + j][0] != t:
                    ok = False
                    break
            if ok:
                last = words[i + len(toks) - 1]
                out.append((w[1], min(w[2], last[2]), last[3], max(w[4], last[4])))
    return out


def row_box(words, ref):
    """The horizontal band of the table row holding `ref` (points)."""
    boxes = find_boxes(words, ref)
    if not boxes:
        raise KeyError(ref)
    x0, y0, x1, y1 = boxes[0]
    cy = (y0 + y1) / 2
    same = [w for w in words if w[2] <= cy <= w[4]]
    return (min(w[1] for w in same), y0, max(w[3] for w in same), y1)


def protected_boxes(words, strings):
    toks = set()
    for s in strings:
        for t in s.split():
            if any(ch.isdigit() for ch in t) or len(t) > 3:
                toks.add(t)
    return [(w[1], w[2], w[3], w[4]) for w in words if w[0] in toks or any(t in w[0] for t in toks if len(t) > 5)]


def overlap(a, b):
    return max(0, min(a[2], b[2]) - max(a[0], b[0])) * max(0, min(a[3], b[3]) - max(a[1], b[1]))


def free_spot(prot, wpt, hpt, candidates):
    """First candidate centre where a wpt x hpt box (points) misses every protected box."""
    best, best_ov = None, None
    for cx, cy in candidates:
        box = (cx - wpt / 2, cy - hpt / 2, cx + wpt / 2, cy + hpt / 2)
        ov = sum(overlap(box, p) for p in prot)
        if ov == 0:
            return (cx, cy)
        if best_ov is None or ov < best_ov:
            best, best_ov = (cx, cy), ov
    return best


def apply_marks(a, rng, page_no, words, sx, sy, marks, printed):
    """Apply the person-made marks listed for this page (coordinates via pdftotext boxes)."""
    for mk in marks:
        if mk.get("page", 0) != page_no:
            continue
        kind = mk["kind"]
        if kind == "stamp":
            hpt = mk.get("height", 62)
            wpt = hpt * mk.get("aspect", 2.6)
            prot = protected_boxes(words, printed)
            cx, cy = free_spot(prot, wpt * 1.05, hpt * 1.15, mk["candidates"])
            mark_stamp(a, rng, (cx * sx, cy * sy), mk["lines"], mk["color"], hpt * sy, mk.get("angle", 7))
        elif kind == "highlight":
            x0, y0, x1, y1 = row_box(words, mk["ref"])
            pad = (y1 - y0) * 0.35
            mark_highlight(a, rng, ((x0 - 4) * sx, (y0 - pad) * sy, (x1 + 5) * sx, (y1 + pad) * sy), mk.get("color", (1.0, 0.94, 0.32)))
        elif kind == "tick":
            for ref in mk["refs"]:
                x0, y0, x1, y1 = row_box(words, ref)
                s = (y1 - y0) * 1.5
                side = mk.get("side", "right")
                x = (x1 + 8) if side == "right" else (x0 - s - 6)
                mark_tick(a, rng, (x * sx, (y0 - s * 0.25) * sy), s * sx, mk.get("color", (0.1, 0.15, 0.55)))
        elif kind == "holes":
            H = a.shape[0]
            r = 3.0 * 72 / 25.4 * sx
            xs = [mk.get("x", 12) * 72 / 25.4 * sx]
            mid = H / 2
            gap = 40 * 72 / 25.4 * sy  # 80 mm between the two holes
            mark_holes(a, rng, xs, [mid - gap, mid + gap], r)
        elif kind == "note":
            mark_pen_note(a, rng, (mk["x"] * sx, mk["y"] * sy), mk["text"], mk.get("px", 14) * sy, mk.get("color", (0.12, 0.16, 0.5)))


# --------------------------------------------------------------------------- scanners


def f32(im):
    return np.asarray(im).astype(np.float32) / 255.0


def u8(a):
    return Image.fromarray((np.clip(a, 0, 1) * 255 + 0.5).astype(np.uint8))


def to_gray(a):
    return a[..., 0] * 0.299 + a[..., 1] * 0.587 + a[..., 2] * 0.114


def page_images(src, dpi_x, dpi_y, marks, printed, seed):
    imgs = raster(src, dpi_x, dpi_y)
    words = pdf_words(src)
    rng = np.random.default_rng(seed)
    out = []
    for i, im in enumerate(imgs):
        a = f32(im).copy()
        sx, sy = dpi_x / 72.0, dpi_y / 72.0
        apply_marks(a, rng, i, words[i][2], sx, sy, marks or [], printed)
        out.append(a)
    return out


def flatbed(a, rng, skew, blur=0.7, paper=0.94, ink=0.9, noise=0.006, color=False, lid_edge=True):
    """An office flatbed: grey-ish paper, slight skew, soft focus, a dark lid edge."""
    h, w = a.shape[:2]
    if not color:
        a = to_gray(a)
    field = lowfreq(rng, h, w, (5, 4)) * 0.012
    if color:
        tint = np.array([1.0, 0.985, 0.95], np.float32)
        pap = (paper + field)[..., None] * tint
    else:
        pap = paper + field
    out = (1 - (1 - a) * ink) * pap
    fill = int(paper * 235) if not color else tuple(int(paper * 235 * t) for t in (1.0, 0.985, 0.95))
    im = u8(out).rotate(skew, resample=Image.BICUBIC, expand=False, fillcolor=fill)
    out = f32(im)
    if lid_edge:
        e = int(rng.integers(6, 16))
        shade = np.linspace(0.35, 1.0, e, dtype=np.float32)
        if color:
            out[:e] *= shade[:, None, None]
            out[:, :e // 2] *= shade[None, : e // 2, None]
        else:
            out[:e] *= shade[:, None]
            out[:, :e // 2] *= shade[None, : e // 2]
    im = u8(out).filter(ImageFilter.GaussianBlur(blur))
    out = f32(im)
    out = out + rng.normal(0, noise, out.shape).astype(np.float32)
    return u8(out)


def bw_scan(a, rng, skew, threshold=0.6, dust=0.00015):
    """A black & white (1-bit) document scan at office resolution: crisp, specks of dust."""
    g = to_gray(a)
    im = u8(g).rotate(skew, resample=Image.BICUBIC, expand=False, fillcolor=255).filter(ImageFilter.GaussianBlur(0.6))
    g = f32(im) + rng.normal(0, 0.04, g.shape).astype(np.float32)
    black = g < threshold
    h, w = g.shape
    n = int(h * w * dust)
    ys, xs = rng.integers(0, h - 3, n), rng.integers(0, w - 3, n)
    for y, x in zip(ys, xs):
        black[y : y + rng.integers(1, 3), x : x + rng.integers(1, 3)] = True
    return Image.fromarray(np.where(black, 0, 255).astype(np.uint8)).convert("1", dither=Image.NONE)


def lowq(a, rng, skew, blur=1.0, lo=0.2, hi=0.84, noise=0.025):
    """A tired copier-scanner at 150 dpi greyscale: flat contrast, grey paper, mush."""
    g = to_gray(a)
    h, w = g.shape
    g = lo + (hi - lo) * g + lowfreq(rng, h, w, (4, 3)) * 0.02
    # faint vertical streak from a dirty scan bar
    x = int(rng.integers(w // 5, 4 * w // 5))
    g[:, x : x + 2] *= 0.93
    im = u8(g).rotate(skew, resample=Image.BICUBIC, expand=False, fillcolor=int(hi * 255)).filter(ImageFilter.GaussianBlur(blur))
    g = f32(im) + rng.normal(0, noise, (h, w)).astype(np.float32)
    return u8(g)


FAX_W = 1728


def fax_page(a_fine, rng, skew, header, dropout=0.05, speckle=0.0009, mode="standard", threshold=0.58):
    """A G3 fax: scanned at 204 x 196 by the sender, sent at 204 x 98 (standard) or
    204 x 196 (fine), 1728 pixels wide, binarised, speckled, strokes a little broken,
    with the sending machine's header line along the top edge."""
    g = to_gray(a_fine)
    h, w = g.shape
    # page on the fax's 1728-pixel scan line
    canvas = np.ones((h, FAX_W), np.float32)
    off = max(0, (FAX_W - w) // 2)
    canvas[:, off : off + min(w, FAX_W)] = g[:, : min(w, FAX_W)]
    im = u8(canvas).rotate(skew, resample=Image.BICUBIC, expand=False, fillcolor=255)
    # sender's TTI header over the top margin
    d = ImageDraw.Draw(im)
    f = _font(TTF["DejaVuMono-B"], 21)
    d.rectangle([0, 0, FAX_W, 38], fill=255)
    d.text((24, 10), header, font=f, fill=0)
    if mode == "standard":
        im = im.resize((FAX_W, h // 2), Image.BOX)
    g = f32(im)
    hh = g.shape[0]
    g = g + lowfreq(rng, hh, FAX_W, (6, 10)) * 0.04 + rng.normal(0, 0.05, g.shape).astype(np.float32)
    black = g < threshold
    # broken strokes: pixels of ink that did not make it
    drop = rng.random(g.shape) < dropout
    black &= ~drop
    # speckle and a couple of line errors
    sp_ = rng.random(g.shape) < speckle
    black |= sp_
    for _ in range(int(rng.integers(1, 4))):
        y = int(rng.integers(hh // 6, hh - 4))
        black[y, :] = rng.random(FAX_W) < 0.02
    return Image.fromarray(np.where(black, 0, 255).astype(np.uint8)).convert("1", dither=Image.NONE)


def perspective_coeffs(src_pts, dst_pts):
    """Coefficients for Image.transform(PERSPECTIVE): maps output (dst) to input (src)."""
    A, B = [], []
    for (x, y), (u, v) in zip(dst_pts, src_pts):
        A.append([x, y, 1, 0, 0, 0, -u * x, -u * y])
        A.append([0, 0, 0, x, y, 1, -v * x, -v * y])
        B += [u, v]
    return np.linalg.solve(np.array(A, float), np.array(B, float)).tolist()


def phone_photo(a, rng, out_size=(1500, 2000), quad=None, warm=True, shadow_side="right"):
    """A phone photo of the page on a desk: keystone, uneven light, a hand/phone shadow."""
    page = u8(a)
    pw, ph = page.size
    W, H = out_size
    # desk: warm grey-brown with texture
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    base = np.stack([0.42 + 0.05 * xx / W, 0.36 + 0.04 * xx / W, 0.30 + 0.02 * yy / H], -1)
    base += lowfreq(rng, H, W, (10, 8))[..., None] * 0.03 + rng.normal(0, 0.015, (H, W, 1)).astype(np.float32)
    quad = quad or [(150, 170), (1370, 115), (1440, 1900), (85, 1940)]
    coeffs = perspective_coeffs([(0, 0), (pw, 0), (pw, ph), (0, ph)], quad)
    warped = page.transform((W, H), Image.PERSPECTIVE, coeffs, Image.BICUBIC, fillcolor=(0, 0, 0))
    mask = Image.new("L", (pw, ph), 255).transform((W, H), Image.PERSPECTIVE, coeffs, Image.BICUBIC, fillcolor=0)
    mask = mask.filter(ImageFilter.GaussianBlur(1.2))
    wm = f32(mask)[..., None]
    # the page casts a small shadow on the desk
    sh = f32(mask.filter(ImageFilter.GaussianBlur(14)))[..., None]
    sh = np.roll(np.roll(sh, 10, 0), 8, 1)
    base = base * (1 - 0.45 * sh)
    img = f32(warped) * wm + base * (1 - wm)
    # light falls off across the sheet; one corner darker
    light = 1.05 - 0.22 * ((xx / W) * 0.6 + (yy / H) * 0.4) + lowfreq(rng, H, W, (3, 3)) * 0.03
    img *= light[..., None]
    # soft shadow of the phone/hand from one side
    shadow = Image.new("L", (W, H), 0)
    d = ImageDraw.Draw(shadow)
    if shadow_side == "right":
        d.ellipse([int(W * 0.78), int(H * 0.55), int(W * 1.35), int(H * 1.25)], fill=255)
    else:
        d.ellipse([int(-W * 0.35), int(-H * 0.2), int(W * 0.22), int(H * 0.35)], fill=255)
    shadow = f32(shadow.filter(ImageFilter.GaussianBlur(90)))
    img *= (1 - 0.38 * shadow)[..., None]
    if warm:
        img *= np.array([1.03, 1.0, 0.9], np.float32)
    im = u8(img).filter(ImageFilter.GaussianBlur(0.7))
    img = f32(im) + rng.normal(0, 0.018, (H, W, 3)).astype(np.float32)
    return u8(img)


SCAN_TIME = (2026, 3, 24, 9, 30, 0, 1, 83, 0)  # fixed PDF dates: scans made the same morning


def save_pdf(images, path, dpi, quality=None):
    import time

    when = time.struct_time(SCAN_TIME)
    kw = {"creationDate": when, "modDate": when, "producer": "ScanToPDF"}
    if isinstance(dpi, tuple):
        kw["dpi"] = dpi
    else:
        kw["resolution"] = float(dpi)
    if quality:
        kw["quality"] = quality
    first, rest = images[0], images[1:]
    first.save(path, save_all=True, append_images=rest, **kw)


# --------------------------------------------------------------------------- reportlab helpers

from reportlab.lib.pagesizes import A4, letter  # noqa: E402
from reportlab.lib.units import mm  # noqa: E402
from reportlab.pdfbase import pdfmetrics  # noqa: E402
from reportlab.pdfbase.ttfonts import TTFont  # noqa: E402
from reportlab.pdfgen import canvas as rl_canvas  # noqa: E402

for _n, _p in TTF.items():
    pdfmetrics.registerFont(TTFont(_n, _p))


def rl_new(path, size=A4, title="Remittance"):
    c = rl_canvas.Canvas(str(path), pagesize=size, invariant=1)
    c.setTitle(title)
    return c


def rl_text(c, x, y, s, font="LibSans", size=9, align="l", color=None):
    c.setFont(font, size)
    if color:
        c.setFillColorRGB(*color)
    if align == "l":
        c.drawString(x, y, s)
    elif align == "r":
        c.drawRightString(x, y, s)
    else:
        c.drawCentredString(x, y, s)
    if color:
        c.setFillColorRGB(0, 0, 0)


def rl_row(c, x, y, cols, values, font, size, pad=3):
    """cols: [(width, align)], values: strings (may contain \\n). Returns nothing."""
    cx = x
    for (w, al), v in zip(cols, values):
        for k, part in enumerate(str(v).split("\n")):
            yy = y - k * (size + 1.5)
            if al == "r":
                rl_text(c, cx + w - pad, yy, part, font, size, "r")
            elif al == "c":
                rl_text(c, cx + w / 2, yy, part, font, size, "c")
            else:
                rl_text(c, cx + pad, yy, part, font, size, "l")
        cx += w


# --------------------------------------------------------------------------- Writer (flat ODT)


class Fodt:
    """A small flat-ODT writer: paragraphs and tables, converted to PDF by LibreOffice."""

    NS = (
        'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
        'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
        'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
        'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
        'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
        'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" '
        'xmlns:loext="urn:org:documentfoundation:names:experimental:office:xmlns:loext:1.0"'
    )

    def __init__(self, font="Liberation Serif", size=10, page=("21cm", "29.7cm"), margins=("1.6cm", "1.6cm", "2cm", "2cm"), footer=None, lang=("en", "GB")):
        self.font, self.size, self.page, self.margins, self.footer = font, size, page, margins, footer
        self.lang = lang
        self.styles: dict[str, str] = {}
        self.body: list[str] = []
        self.fonts = {font}
        self.ntab = 0

    def _style(self, family, props_par="", props_text="", props_cell="", props_col="", props_table=""):
        key = (family, props_par, props_text, props_cell, props_col, props_table)
        if key in self.styles:
            return self.styles[key]
        name = f"S{len(self.styles) + 1}"
        self.styles[key] = name
        return name

    def _pstyle(self, size=None, bold=False, italic=False, align="start", font=None, before="0cm", after="0.08cm", color=None, spacing=None, keep=False):
        font = font or self.font
        self.fonts.add(font)
        par = f'fo:text-align="{align}" fo:margin-top="{before}" fo:margin-bottom="{after}"'
        if keep:
            par += ' fo:keep-with-next="always"'
        txt = f'style:font-name="{font}" fo:font-size="{size or self.size}pt"'
        if bold:
            txt += ' fo:font-weight="bold"'
        if italic:
            txt += ' fo:font-style="italic"'
        if color:
            txt += f' fo:color="{color}"'
        if spacing:
            txt += f' fo:letter-spacing="{spacing}"'
        return self._style("paragraph", par, txt)

    @staticmethod
    def _runs(text):
        parts = str(text).split("\n")
        return "<text:line-break/>".join(xesc(p).replace("  ", " <text:s/>") for p in parts)

    def p(self, text="", **k):
        st = self._pstyle(**k)
        self.body.append(f'<text:p text:style-name="{st}">{self._runs(text)}</text:p>')

    def page_break(self):
        st = self._style("paragraph", 'fo:break-before="page"', "")
        self.body.append(f'<text:p text:style-name="{st}"/>')

    def table(self, widths_cm, rows, aligns=None, header_rows=1, size=None, font=None, grid="grid", header_bg=None, bold_rows=(), bold_cols=(), pad="0.06cm", repeat_header=True, shade_rows=(), line_color="#000000", valign="middle"):
        """grid: 'grid' (all borders) | 'rules' (lines under header and above last row) | 'box' | 'none'."""
        self.ntab += 1
        n = len(widths_cm)
        aligns = aligns or ["start"] * n
        tw = sum(widths_cm)
        tst = self._style("table", props_table=f'style:width="{tw}cm" table:align="left"')
        cols = [self._style("table-column", props_col=f'style:column-width="{w}cm"') for w in widths_cm]
        bl = f"0.5pt solid {line_color}"
        out = [f'<table:table table:name="T{self.ntab}" table:style-name="{tst}">']
        out += [f'<table:table-column table:style-name="{c}"/>' for c in cols]

        def cell_style(ri, ci):
            last = ri == len(rows) - 1
            if grid == "grid":
                b = f'fo:border="{bl}"'
            elif grid == "rules":
                parts = []
                if ri < header_rows:
                    parts.append(f'fo:border-bottom="{bl}"')
                    if ri == 0:
                        parts.append(f'fo:border-top="{bl}"')
                if last:
                    parts.append(f'fo:border-top="{bl}"')
                    parts.append(f'fo:border-bottom="{bl}"')
                b = " ".join(parts) or 'fo:border="none"'
            elif grid == "box":
                parts = [f'fo:border-left="{bl}"', f'fo:border-right="{bl}"']
                if ri < header_rows or ri == 0:
                    parts.append(f'fo:border-top="{bl}" fo:border-bottom="{bl}"')
                if last:
                    parts.append(f'fo:border-bottom="{bl}" fo:border-top="{bl}"')
                b = " ".join(parts)
            else:
                b = 'fo:border="none"'
            bg = ""
            if ri < header_rows and header_bg:
                bg = f' fo:background-color="{header_bg}"'
            elif ri in shade_rows:
                bg = ' fo:background-color="#e8e8e8"'
            return self._style("table-cell", props_cell=f'fo:padding="{pad}" {b}{bg} style:vertical-align="{valign}"')

        for ri, row in enumerate(rows):
            if ri == 0 and header_rows and repeat_header:
                out.append("<table:table-header-rows>")
            out.append("<table:table-row>")
            for ci, v in enumerate(row):
                span = 1
                if isinstance(v, tuple):
                    v, span = v
                if v is None:
                    out.append("<table:covered-table-cell/>")
                    continue
                bold = ri < header_rows or ri in bold_rows or ci in bold_cols
                al = "center" if (ri < header_rows and aligns[ci] == "end" and False) else aligns[ci]
                if ri < header_rows:
                    al = {"end": "end", "center": "center"}.get(aligns[ci], "start")
                ps = self._pstyle(size=size, bold=bold, align=al, font=font, after="0cm")
                cs = cell_style(ri, ci)
                attr = f' table:number-columns-spanned="{span}"' if span > 1 else ""
                out.append(f'<table:table-cell table:style-name="{cs}" office:value-type="string"{attr}><text:p text:style-name="{ps}">{self._runs(v)}</text:p></table:table-cell>')
            out.append("</table:table-row>")
            if ri == header_rows - 1 and header_rows and repeat_header:
                out.append("</table:table-header-rows>")
        out.append("</table:table>")
        self.body.append("".join(out))

    def save(self, path: Path):
        auto = []
        for (family, par, txt, cell, col, tab), name in self.styles.items():
            inner = ""
            if par:
                inner += f"<style:paragraph-properties {par}/>"
            if txt:
                inner += f"<style:text-properties {txt}/>"
            if cell:
                inner += f"<style:table-cell-properties {cell}/>"
            if col:
                inner += f"<style:table-column-properties {col}/>"
            if tab:
                inner += f"<style:table-properties {tab}/>"
            auto.append(f'<style:style style:name="{name}" style:family="{family}">{inner}</style:style>')
        t, b, l, r = self.margins
        w, h = self.page
        footer = ""
        if self.footer:
            fst = self._pstyle(size=7, align="center", after="0cm")
            auto.append(
                f'<style:style style:name="{fst}" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/>'
                f'<style:text-properties style:font-name="{self.font}" fo:font-size="7pt"/></style:style>'
            )
            footer = f'<style:footer><text:p text:style-name="{fst}">{self._runs(self.footer)}</text:p></style:footer>'
        fonts = "".join(f'<style:font-face style:name="{f}" svg:font-family="\'{f}\'"/>' for f in sorted(self.fonts))
        lang, country = self.lang
        doc = f"""<?xml version="1.0" encoding="UTF-8"?>
<office:document {self.NS} office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.text">
<office:font-face-decls>{fonts}</office:font-face-decls>
<office:styles><style:default-style style:family="paragraph"><style:text-properties style:font-name="{self.font}" fo:font-size="{self.size}pt" fo:language="{lang}" fo:country="{country}"/></style:default-style></office:styles>
<office:automatic-styles>
<style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="{w}" fo:page-height="{h}" fo:margin-top="{t}" fo:margin-bottom="{b}" fo:margin-left="{l}" fo:margin-right="{r}"/><style:footer-style><style:header-footer-properties fo:min-height="0.4cm" fo:margin-top="0.2cm"/></style:footer-style></style:page-layout>
{"".join(auto)}
</office:automatic-styles>
<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="pm1">{footer}</style:master-page></office:master-styles>
<office:body><office:text>{"".join(self.body)}</office:text></office:body></office:document>"""
        path.write_text(doc, encoding="utf-8")
        return soffice_pdf(path)


# --------------------------------------------------------------------------- Calc helpers

import openpyxl  # noqa: E402
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side  # noqa: E402
from openpyxl.utils import get_column_letter  # noqa: E402
from openpyxl.worksheet.pagebreak import Break  # noqa: E402

THIN = Side(style="thin", color="000000")
HAIR = Side(style="hair", color="000000")
MED = Side(style="medium", color="000000")


def xl_put(ws, r, c, v, font=None, fmt_=None, align=None, border=None, fill=None, wrap=False):
    cell = ws.cell(r, c, v)
    if font:
        cell.font = font
    if fmt_:
        cell.number_format = fmt_
    if align or wrap:
        cell.alignment = Alignment(horizontal=align, vertical="center", wrap_text=wrap)
    if border:
        cell.border = border
    if fill:
        cell.fill = PatternFill("solid", fgColor=fill)
    return cell


def xl_print_setup(ws, landscape=False, paper="A4", fit_width=True, margins=(0.5, 0.5, 0.6, 0.6)):
    ws.page_setup.paperSize = ws.PAPERSIZE_A4 if paper == "A4" else ws.PAPERSIZE_LETTER
    ws.page_setup.orientation = "landscape" if landscape else "portrait"
    if fit_width:
        ws.sheet_properties.pageSetUpPr.fitToPage = True
        ws.page_setup.fitToWidth = 1
        ws.page_setup.fitToHeight = 0
    l, r, t, b = margins
    ws.page_margins.left, ws.page_margins.right = l, r
    ws.page_margins.top, ws.page_margins.bottom = t, b


def save_xlsx(wb, path: Path, when="2026-03-17T10:12:44Z"):
    """Save an .xlsx with fixed document dates and zip timestamps (byte-for-byte repeatable)."""
    import zipfile

    buf = io.BytesIO()
    wb.save(buf)
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                data = re.sub(rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*", rb"\g<1>" + when.encode(), data)
            zi = zipfile.ZipInfo(info.filename, date_time=(2026, 3, 17, 10, 12, 44))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)
    path.write_bytes(out.getvalue())


def calc_pdf(wb, name) -> Path:
    p = WORK / f"{name}.xlsx"
    wb.save(p)
    return soffice_pdf(p)


# --------------------------------------------------------------------------- HTML helpers


def h(s):
    return html.escape(str(s))


def html_table(head, rows, aligns, cls="", foot=None):
    out = [f'<table class="{cls}"><thead><tr>']
    out += [f'<th class="{a}">{h(x)}</th>'.replace("\n", "<br>") for x, a in zip(head, aligns)]
    out.append("</tr></thead><tbody>")
    for r in rows:
        out.append("<tr>" + "".join(f'<td class="{a}">{h(x)}</td>' for x, a in zip(r, aligns)) + "</tr>")
    out.append("</tbody>")
    if foot:
        for r in foot:
            out.append("<tfoot><tr>" + "".join(r) + "</tr></tfoot>")
    out.append("</table>")
    return "".join(out)


DOCS = []


def doc(fn):
    DOCS.append(fn)
    return fn


# --------------------------------------------------------------------------- scan finishing

def save_images(file, imgs, dpi, quality=None):
    path = OUT / file
    ext = path.suffix.lower()
    if ext == ".pdf":
        save_pdf(imgs, path, dpi, quality)
    elif ext == ".png":
        assert len(imgs) == 1
        kw = {"dpi": dpi if isinstance(dpi, tuple) else (dpi, dpi)}
        imgs[0].save(path, optimize=True, **kw)
    elif ext in (".jpg", ".jpeg"):
        assert len(imgs) == 1
        imgs[0].save(path, quality=quality or 82, dpi=dpi if isinstance(dpi, tuple) else (dpi, dpi))
    elif ext in (".tif", ".tiff"):
        imgs[0].save(path, save_all=True, append_images=imgs[1:], compression="group4", dpi=dpi)
    else:
        raise ValueError(file)


def scan_flatbed(file, src, seed, dpi=300, skews=(0.8,), marks=(), color=False, quality=60, blur=0.7, paper=0.94, noise=0.006):
    SRC[file] = src
    pages = page_images(src, dpi, dpi, list(marks), PRINTED[file], seed)
    rng = np.random.default_rng(seed + 1)
    imgs = [flatbed(a, rng, skew=skews[i % len(skews)], blur=blur, paper=paper, color=color, noise=noise) for i, a in enumerate(pages)]
    save_images(file, imgs, dpi, quality)


def scan_bw(file, src, seed, dpi=300, skew=0.4, marks=(), threshold=0.6):
    SRC[file] = src
    pages = page_images(src, dpi, dpi, list(marks), PRINTED[file], seed)
    rng = np.random.default_rng(seed + 1)
    imgs = [bw_scan(a, rng, skew, threshold) for a in pages]
    save_images(file, imgs, dpi)


def scan_lowq(file, src, seed, skews=(0.6,), marks=(), quality=40, blur=0.9, lo=0.2, hi=0.84, noise=0.025, dpi=150):
    SRC[file] = src
    pages = page_images(src, dpi, dpi, list(marks), PRINTED[file], seed)
    rng = np.random.default_rng(seed + 1)
    imgs = [lowq(a, rng, skews[i % len(skews)], blur, lo, hi, noise) for i, a in enumerate(pages)]
    save_images(file, imgs, dpi, quality)


def scan_fax(file, src, seed, header_fn, skews=(0.5,), mode="standard", dropout=0.05, speckle=0.0009, threshold=0.58):
    """header_fn(page_no, n_pages) -> TTI text."""
    SRC[file] = src
    pages = page_images(src, 204, 196, [], PRINTED[file], seed)
    rng = np.random.default_rng(seed + 1)
    n = len(pages)
    imgs = [fax_page(a, rng, skews[i % len(skews)], header_fn(i + 1, n), dropout, speckle, mode, threshold) for i, a in enumerate(pages)]
    save_images(file, imgs, (204, 98) if mode == "standard" else (204, 196))


def scan_photo(file, src, seed, dpi=170, marks=(), quad=None, shadow_side="right", quality=84, out_size=(1500, 2000)):
    SRC[file] = src
    pages = page_images(src, dpi, dpi, list(marks), PRINTED[file], seed)
    rng = np.random.default_rng(seed + 1)
    im = phone_photo(pages[0], rng, out_size=out_size, quad=quad, shadow_side=shadow_side)
    save_images(file, [im], 72, quality)


# --------------------------------------------------------------------------- words

_ONES = "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split()
_TENS = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()


def _w99(n):
    if n < 20:
        return _ONES[n]
    return _TENS[n // 10] + ("-" + _ONES[n % 10] if n % 10 else "")


def _w999(n):
    hnd, rest = divmod(n, 100)
    parts = []
    if hnd:
        parts.append(_ONES[hnd] + " hundred")
    if rest:
        parts.append(_w99(rest))
    return " ".join(parts)


def words_en(n: int) -> str:
    if n == 0:
        return "zero"
    parts = []
    for div, name in ((10**9, "billion"), (10**6, "million"), (1000, "thousand"), (1, "")):
        q, n = divmod(n, div)
        if q:
            parts.append(_w999(q) + (" " + name if name else ""))
    return " ".join(parts)


def words_in(n: int) -> str:
    """Indian numbering: crore, lakh, thousand."""
    parts = []
    for div, name in ((10**7, "crore"), (10**5, "lakh"), (1000, "thousand"), (1, "")):
        q, n = divmod(n, div)
        if q:
            parts.append((words_in(q) if q >= 100 and div == 10**7 else _w999(q)) + (" " + name if name else ""))
    return " ".join(parts) or "zero"


def title_words(s):
    return " ".join(w.capitalize() if w not in ("and",) else w for w in s.split())


def seq_refs(rng, start, n, step=(3, 40)):
    out, v = [], start
    for _ in range(n):
        out.append(v)
        v += rng.randint(*step)
    return out


def dates_before(rng, pay: dt.date, n, lo=12, hi=75):
    ds = sorted(pay - dt.timedelta(days=rng.randint(lo, hi)) for _ in range(n))
    return ds


# =========================================================================== documents
# r5-001  USA  voucher cheque (stub on top, cheque below), reportlab -> flatbed 300 dpi,
#         red RECEIVED stamp from the supplier's mail room.


def micr_line(c, x, y, code, size=12):
    """A cheque's MICR line: digits plus drawn transit (T) and on-us (U) symbols."""
    adv = size * 0.62
    c.setFillGray(0.05)
    for ch_ in code:
        if ch_ == "T":  # transit: a bar and two blocks
            c.rect(x + 1, y, 1.6, size * 0.72, stroke=0, fill=1)
            c.rect(x + 3.6, y + size * 0.45, 3.2, 2.6, stroke=0, fill=1)
            c.rect(x + 3.6, y + size * 0.05, 3.2, 2.6, stroke=0, fill=1)
        elif ch_ == "U":  # on-us: two bars and a block
            c.rect(x + 0.8, y + size * 0.25, 1.6, size * 0.47, stroke=0, fill=1)
            c.rect(x + 3.4, y + size * 0.25, 1.6, size * 0.47, stroke=0, fill=1)
            c.rect(x + 0.8, y, 4.2, 2.4, stroke=0, fill=1)
        elif ch_ != " ":
            c.setFont("LibMono-B", size)
            c.drawString(x, y, ch_)
        x += adv
    c.setFillGray(0)


@doc
def r5_001():
    file = "r5-001.pdf"
    rng = random.Random(1001)
    pay = dt.date(2026, 3, 13)
    nums = seq_refs(rng, 118204, 6, (5, 60))
    dates = dates_before(rng, pay, 6, 10, 40)
    lines = []
    for i, (n, d) in enumerate(zip(nums, dates)):
        gross = amt(rng, 240, 4200)
        disc = D(gross * Decimal("0.02")) if (pay - d).days <= 10 or i in (0, 3, 4) else Decimal("0.00")
        lines.append(Ln(str(n), gross - disc, gross=gross, disc=disc, date=d, po=f"PO {rng.randint(77100, 77990)}"))
    total = sum(l.paid for l in lines)
    payer = "Hartwell Hardware Supply, Inc."
    printed = [payer, "004817", "03/13/2026", us(total)] + [l.ref for l in lines] + [us(l.paid) for l in lines]
    record(file, "reportlab", True, payer, pay, "004817", "USD", lines, printed)

    src = WORK / "r5-001-src.pdf"
    c = rl_new(src, letter, "Check 004817")
    W, H = letter
    top = H - 36
    rl_text(c, 36, top, "HARTWELL HARDWARE SUPPLY, INC.", "LibSans-B", 11)
    rl_text(c, 36, top - 12, "2150 Industrial Pkwy  \u2022  Dayton, OH 45414  \u2022  (937) 555-0182", "LibSans", 8)
    rl_text(c, W - 36, top, "Check No. 004817", "LibSans-B", 10, "r")
    rl_text(c, W - 36, top - 12, "Check Date  03/13/2026", "LibSans", 9, "r")
    rl_text(c, 36, top - 34, "Vendor No. 20417     Tri-County Fasteners LLC", "LibSans", 9)
    rl_text(c, W - 36, top - 34, "Page 1 of 1", "LibSans", 8, "r")
    cols = [(70, "l"), (88, "l"), (150, "l"), (88, "r"), (70, "r"), (74, "r")]
    y = top - 56
    c.setLineWidth(0.6)
    c.line(36, y + 11, W - 36, y + 11)
    rl_row(c, 36, y, cols, ["Invoice Date", "Invoice Number", "Reference", "Gross Amount", "Discount", "Net Amount"], "LibSans-B", 8.5)
    c.line(36, y - 4, W - 36, y - 4)
    y -= 17
    for l in lines:
        rl_row(c, 36, y, cols, [l.date.strftime("%m/%d/%Y"), l.ref, l.po, us(l.gross), us(l.disc), us(l.paid)], "LibSans", 9)
        y -= 13
    c.line(36 + 308, y + 8, W - 36, y + 8)
    y -= 4
    tg = sum(l.gross for l in lines)
    td = sum(l.disc for l in lines)
    rl_row(c, 36, y, cols, ["", "", "TOTALS", us(tg), us(td), us(total)], "LibSans-B", 9)
    # perforation
    yp = 272
    c.setDash(3, 3)
    c.line(18, yp, W - 18, yp)
    c.setDash()
    rl_text(c, W / 2, yp + 5, "DETACH AT PERFORATION  \u2014  RETAIN TOP PORTION FOR YOUR RECORDS", "LibSans", 6.5, "c")
    # cheque body with a light safety pattern
    c.setStrokeColorRGB(0.80, 0.86, 0.90)
    c.setLineWidth(0.3)
    for k in range(-300, 700, 6):
        c.line(k, 20, k + 250, yp - 6)
    c.setStrokeColorRGB(0, 0, 0)
    c.setLineWidth(0.6)
    yc = yp - 28
    rl_text(c, 40, yc, payer, "LibSerif-B", 12)
    rl_text(c, 40, yc - 12, "2150 Industrial Pkwy", "LibSerif", 8.5)
    rl_text(c, 40, yc - 22, "Dayton, OH 45414", "LibSerif", 8.5)
    rl_text(c, W / 2 + 20, yc, "First Buckeye Bank, N.A.", "LibSerif-B", 9, "c")
    rl_text(c, W / 2 + 20, yc - 11, "Dayton, Ohio", "LibSerif", 8, "c")
    rl_text(c, W / 2 + 20, yc - 21, "56-1563/412", "LibSerif", 7, "c")
    rl_text(c, W - 40, yc, "004817", "LibSans-B", 12, "r")
    rl_text(c, W - 200, yc - 40, "DATE", "LibSans", 7)
    rl_text(c, W - 170, yc - 40, "03/13/2026", "LibMono-B", 10)
    rl_text(c, W - 200, yc - 62, "AMOUNT", "LibSans", 7)
    c.rect(W - 160, yc - 68, 120, 18)
    rl_text(c, W - 46, yc - 63, "$****" + us(total), "LibMono-B", 10.5, "r")
    cents = int((total * 100) % 100)
    words = title_words(words_en(int(total)))
    rl_text(c, 40, yc - 88, "PAY", "LibSans", 7)
    rl_text(c, 62, yc - 88, f"*** {words} and {cents:02d}/100 Dollars ***", "LibMono", 8.5)
    c.line(60, yc - 91, W - 40, yc - 91)
    rl_text(c, 40, yc - 112, "TO THE", "LibSans", 7)
    rl_text(c, 40, yc - 120, "ORDER OF", "LibSans", 7)
    rl_text(c, 90, yc - 112, "Tri-County Fasteners LLC", "LibMono", 9)
    rl_text(c, 90, yc - 123, "880 Commerce Dr", "LibMono", 9)
    rl_text(c, 90, yc - 134, "Troy, OH 45373", "LibMono", 9)
    rl_text(c, W - 190, yc - 108, "VOID AFTER 180 DAYS", "LibSans", 6.5)
    c.line(W - 220, yc - 150, W - 40, yc - 150)
    rl_text(c, W - 130, yc - 160, "AUTHORIZED SIGNATURE", "LibSans", 6.5, "c")
    # a scrawled signature
    p = c.beginPath()
    p.moveTo(W - 210, yc - 146)
    p.curveTo(W - 195, yc - 120, W - 185, yc - 160, W - 170, yc - 136)
    p.curveTo(W - 160, yc - 124, W - 150, yc - 150, W - 132, yc - 134)
    p.curveTo(W - 120, yc - 128, W - 100, yc - 146, W - 70, yc - 132)
    c.setLineWidth(1.1)
    c.setStrokeColorRGB(0.1, 0.1, 0.35)
    c.drawPath(p)
    c.setStrokeColorRGB(0, 0, 0)
    micr_line(c, 150, 34, "U004817U  T041215663T  4471020933U")
    c.showPage()
    c.save()
    marks = [
        {"kind": "stamp", "lines": ["RECEIVED", "MAR 16 2026", "ACCOUNTS RECEIVABLE"], "color": (0.85, 0.12, 0.12),
         "height": 58, "aspect": 2.4, "angle": 6, "candidates": [(330, 48), (300, 52), (360, 60), (280, 70), (400, 90)]},
    ]
    scan_flatbed(file, src, 1001, dpi=300, skews=(0.8,), marks=marks, quality=55, blur=0.6)


# r5-002  UK  BACS remittance advice, LibreOffice Writer, text PDF. "Our Ref" (their
#         purchase-ledger number) sits beside "Your Ref" (our invoice); one credit note,
#         one invoice only part-paid.


@doc
def r5_002():
    file = "r5-002.pdf"
    rng = random.Random(1002)
    pay = dt.date(2026, 3, 12)
    payer = "Fenwick & Shaw Building Supplies Ltd"
    nums = seq_refs(rng, 48812, 7, (4, 55))
    dates = dates_before(rng, pay, 7, 20, 70)
    lines = []
    for i, (n, d) in enumerate(zip(nums, dates)):
        our = f"PI {10442 + i * 3 + rng.randint(0, 2)}"
        if i == 4:
            v = -amt(rng, 80, 420)
            lines.append(Ln("CRN-2091", v, "credit_note", our=our, date=d, value=v))
        else:
            v = amt(rng, 150, 3800)
            paid = v if i != 2 else D(v - amt(rng, 40, 120))
            lines.append(Ln(f"BTS-{n}", paid, our=our, date=d, value=v))
    total = sum(l.paid for l in lines)
    printed = [payer, "12/03/2026", "FSB0031442", us(total)] + [l.ref for l in lines] + [us(l.paid) for l in lines]
    record(file, "libreoffice-writer", False, payer, pay, "FSB0031442", "GBP", lines, printed)

    f = Fodt(font="Liberation Sans", size=9.5, footer=f"{payer}. Registered in England No. 04418823. Registered office: Unit 4, Harrowden Industrial Estate, Northampton NN2 7AB")
    f.table([10.5, 6.5], [[payer, "Tel 01604 550 218"],
                          ["Unit 4, Harrowden Industrial Estate\nNorthampton  NN2 7AB", "accounts@fenwickshaw.co.uk\nVAT Reg. No. GB 284 1190 52"]],
            aligns=["start", "end"], header_rows=1, grid="none", size=9, repeat_header=False)
    f.p("", after="0.3cm")
    f.p("REMITTANCE ADVICE", size=14, bold=True, spacing="0.05cm", after="0.3cm")
    f.table([7.0, 2.0, 3.6, 4.4], [
        ["To:", "", "Payment Date", "12/03/2026"],
        ["Brackley Timber & Sheet Materials Ltd", "", "Payment Method", "BACS"],
        ["Station Road Industrial Park", "", "BACS Reference", "FSB0031442"],
        ["Brackley", "", "Supplier Account", "BRA002"],
        ["NN13 7EQ", "", "Our Contact", "Julie Marsh, x214"],
    ], aligns=["start", "start", "start", "start"], header_rows=0, grid="none", bold_cols=(2,))
    f.p("", after="0.2cm")
    f.p("We have today made a payment by BACS to your bank account. Funds should be available within three working days. Please allocate the payment as follows:", after="0.3cm")
    rows = [["Our Ref", "Your Ref", "Invoice Date", "Invoice Value £", "Amount Paid £"]]
    for l in lines:
        rows.append([l.our, l.ref, l.date.strftime("%d/%m/%Y"), us(l.value), us(l.paid)])
    rows.append([("Total Paid", 4), None, None, None, us(total)])
    f.table([2.6, 3.4, 3.0, 3.8, 3.8], rows, aligns=["start", "start", "start", "end", "end"], grid="grid", header_bg="#d9d9d9", bold_rows=(len(rows) - 1,))
    f.p("", after="0.3cm")
    f.p("Where the amount paid differs from the invoice value, the balance is being held pending a query raised with your sales office. Please contact purchase.ledger@fenwickshaw.co.uk with any remittance queries.", size=8.5, italic=True)
    src = f.save(WORK / "r5-002.fodt")
    shutil.copy(src, OUT / file)


# r5-003  India  payment advice with TDS u/s 194Q, Chromium -> tired 150 dpi greyscale
#         copier scan with two punched holes. Lakh/crore grouping, amount in words.


@doc
def r5_003():
    file = "r5-003.pdf"
    rng = random.Random(1003)
    pay = dt.date(2026, 3, 14)
    payer = "Sundaram Auto Components Pvt. Ltd."
    nums = seq_refs(rng, 1184, 9, (2, 19))
    dates = dates_before(rng, pay, 9, 18, 80)
    lines = []
    for n, d in zip(nums, dates):
        gross = amt(rng, 15000, 480000)
        tds = Decimal(round(gross * Decimal("0.001"))).quantize(Decimal("0.01"))
        lines.append(Ln(f"KCF/25-26/{n}", gross - tds, gross=gross, tds=tds, date=d, po=f"45000{rng.randint(10000, 19999)}"))
    total = sum(l.paid for l in lines)
    utr = "HDFCR52026031400123456"
    printed = [payer.upper(), "14-03-2026", utr, inr(total)] + [l.ref for l in lines] + [inr(l.paid) for l in lines]
    record(file, "chromium", True, payer, pay, utr, "INR", lines, printed)

    rows = []
    for i, l in enumerate(lines, 1):
        rows.append([str(i), l.ref, l.date.strftime("%d-%m-%Y"), l.po, inr(l.gross), inr(l.tds), inr(l.paid)])
    rupees = int(total)
    paise = int((total * 100) % 100)
    words = "Rupees " + title_words(words_in(rupees)) + (f" and Paise {title_words(words_en(paise))}" if paise else "") + " Only"
    tg, tt = sum(l.gross for l in lines), sum(l.tds for l in lines)
    body = f"""<!doctype html><html><head><meta charset="utf-8"><style>
@page {{ size: A4; margin: 14mm 14mm 16mm 22mm; }}
body {{ font-family: 'DejaVu Sans', sans-serif; font-size: 8.6pt; color: #111; }}
.co {{ text-align:center; font-size: 15pt; font-weight: bold; letter-spacing: .5px; }}
.addr {{ text-align:center; font-size: 8pt; line-height: 1.35; }}
.title {{ margin: 10px auto 8px; width: 190px; text-align:center; border: 1.2px solid #000; font-weight:bold; font-size: 11pt; padding: 3px; }}
table.info {{ width:100%; border-collapse: collapse; }}
table.info td {{ vertical-align: top; padding: 1px 4px; }}
table.g {{ width:100%; border-collapse: collapse; margin-top: 8px; }}
table.g th, table.g td {{ border: 0.8px solid #000; padding: 3px 4px; }}
table.g th {{ background:#eee; font-size: 8pt; }}
.r {{ text-align:right; }} .c {{ text-align:center; }} .l {{ text-align:left; }}
.tot td {{ font-weight:bold; }}
</style></head><body>
<div class="co">{h(payer.upper())}</div>
<div class="addr">Plot No. 42, SIPCOT Industrial Park, Phase II, Hosur – 635 126, Tamil Nadu<br>
GSTIN: 33AAECS4412K1Z5 &nbsp;|&nbsp; CIN: U34300TZ2004PTC011234 &nbsp;|&nbsp; Ph: 04344-276 118</div>
<hr>
<div class="title">PAYMENT ADVICE</div>
<table class="info"><tr><td style="width:55%">To,<br><b>M/s. Kaveri Castings &amp; Forgings</b><br>SF No. 118, Avinashi Road<br>Coimbatore – 641 014</td>
<td><table>
<tr><td>Advice No.</td><td>: PA/25-26/03118</td></tr>
<tr><td>Payment Date</td><td>: 14-03-2026</td></tr>
<tr><td>Vendor Code</td><td>: 100482</td></tr>
<tr><td>Mode</td><td>: NEFT</td></tr>
<tr><td>UTR No.</td><td>: {utr}</td></tr>
</table></td></tr></table>
<p>Dear Sir/Madam,<br>We have remitted the following amount to your bank account through NEFT towards settlement of the bills listed below. TDS has been deducted under section 194Q of the Income Tax Act, 1961.</p>
{html_table(["S.No.", "Bill No.", "Bill Date", "PO No.", "Bill Amount (₹)", "TDS u/s 194Q (₹)", "Net Amount (₹)"], rows, ["c", "l", "c", "c", "r", "r", "r"], "g",
foot=[[f'<td colspan="4" class="r">Total</td>', f'<td class="r">{inr(tg)}</td>', f'<td class="r">{inr(tt)}</td>', f'<td class="r">₹ {inr(total)}</td>']])}
<p><b>Amount in words:</b> {h(words)}</p>
<p>Kindly acknowledge receipt and send the TDS certificate request, if any, to accounts@sundaramauto.in.</p>
<br><p>For <b>{h(payer)}</b><br><br><br>Authorised Signatory</p>
<p style="font-size:7pt;color:#444">This is a computer generated advice.</p>
</body></html>"""
    body = body.replace("<tfoot><tr>", '<tfoot><tr class="tot">')
    src = chromium_pdf(body, "r5-003-src")
    marks = [{"kind": "holes", "x": 9}]
    scan_lowq(file, src, 1003, skews=(-0.7,), marks=marks, quality=42)


# r5-004  Japan  支払通知書 (bilingual), Chromium, text PDF. Issue date differs from the
#         payment date; a return credit printed with △; company seal over the payer block.


@doc
def r5_004():
    file = "r5-004.pdf"
    rng = random.Random(1004)
    pay = dt.date(2026, 3, 31)
    payer = "Takagi Seiko Co., Ltd."
    lines = []
    base = 381
    for i in range(6):
        d = dt.date(2026, 2, rng.randint(2, 27))
        if i == 3:
            v = -Decimal(rng.randint(8, 30) * 1000 + rng.choice([0, 200, 600, 800]))
            lines.append(Ln("CN-2602-012", v, "credit_note", date=d, order="—", note="返品 Return"))
        else:
            v = Decimal(rng.randint(180, 1400) * 1000 + rng.randint(0, 99) * 10)
            base += rng.randint(3, 21)
            lines.append(Ln(f"SC-2602-{base:04d}", v, date=d, order=f"PO-{rng.randint(61000, 61999)}", note=""))
    lines.sort(key=lambda l: l.date)
    total = sum(l.paid for l in lines)
    printed = [payer, "2026年3月31日", "SP-2603-0147", jp(total)] + [l.ref for l in lines] + [jp(l.paid, neg="tri") for l in lines]
    record(file, "chromium", False, payer, pay, "SP-2603-0147", "JPY", lines, printed)
    rows = [[str(i), l.ref, l.date.strftime("%Y/%m/%d"), l.order, jp(l.paid, neg="tri"), l.note] for i, l in enumerate(lines, 1)]
    tbl = html_table(["No.", "請求書番号\nInvoice No.", "請求日\nInvoice date", "注文番号\nOur order No.", "支払金額\nPaid amount", "摘要\nRemarks"], rows, ["c", "l", "c", "c", "r", "l"], "g",
                     foot=[['<td colspan="4" class="r">合計 Total</td>', f'<td class="r"><b>¥{jp(total)}</b></td>', '<td></td>']])
    body = f"""<!doctype html><html><head><meta charset="utf-8"><style>
@page {{ size: A4; margin: 16mm 15mm; }}
body {{ font-family: 'Liberation Sans', 'Droid Sans Fallback', sans-serif; font-size: 9pt; }}
h1 {{ text-align:center; font-size: 18pt; letter-spacing: 8px; margin: 0 0 2px; font-weight: normal; }}
.sub {{ text-align:center; font-size: 9pt; letter-spacing: 2px; margin-bottom: 14px; }}
.top {{ display:flex; justify-content: space-between; }}
.to {{ font-size: 12pt; border-bottom: 1px solid #000; padding-bottom: 2px; width: 300px; }}
.from {{ position: relative; text-align: left; font-size: 8.5pt; line-height: 1.45; width: 250px; }}
.seal {{ position:absolute; right: 6px; top: 14px; width: 52px; height: 52px; border: 2.5px solid #c8102e; color:#c8102e;
  font-size: 11pt; line-height: 1.05; text-align:center; display:flex; align-items:center; justify-content:center; opacity:.8; transform: rotate(-3deg); }}
table.s {{ border-collapse: collapse; margin: 14px 0; }}
table.s td {{ border: 1px solid #000; padding: 4px 8px; }}
table.s td.k {{ background: #eef; width: 160px; }}
table.g {{ width:100%; border-collapse: collapse; }}
table.g th {{ border: 1px solid #000; background:#dde; padding: 3px; font-weight: normal; font-size: 8.5pt; }}
table.g td {{ border: 1px solid #000; padding: 3px 5px; }}
.r {{ text-align:right; }} .c {{ text-align:center; }} .l {{ text-align:left; }}
</style></head><body>
<div style="text-align:right; font-size:8.5pt">発行日 Issued: 2026年3月25日<br>No. SN-0325-118</div>
<h1>支払通知書</h1><div class="sub">PAYMENT NOTICE</div>
<div class="top">
<div><div class="to">サクラ部品株式会社 御中</div><div style="font-size:8.5pt;margin-top:3px">Sakura Components Co., Ltd.</div>
<p style="margin-top:16px">下記の通りお支払いたします。<br>We will pay as follows.</p></div>
<div class="from"><b>株式会社タカギ精工</b><br>{payer}<br>〒572-0012 大阪府寝屋川市讃良東町4-18<br>TEL 072-820-5511 / 経理部<div class="seal">高木<br>精工</div></div>
</div>
<table class="s">
<tr><td class="k">支払日 Payment date</td><td>2026年3月31日</td></tr>
<tr><td class="k">支払方法 Method</td><td>銀行振込 Bank transfer（三井住友銀行 寝屋川支店）</td></tr>
<tr><td class="k">支払番号 Payment No.</td><td>SP-2603-0147</td></tr>
<tr><td class="k">通貨 Currency</td><td>JPY</td></tr>
<tr><td class="k">お支払金額 Amount</td><td><b>¥{jp(total)}</b></td></tr>
</table>
{tbl}
<p style="font-size:8pt">※ 振込手数料は当社負担です。 Bank charges are borne by us.<br>※ 金額は消費税込みです。 Amounts include consumption tax.</p>
</body></html>"""
    src = chromium_pdf(body, "r5-004-src")
    shutil.copy(src, OUT / file)


# r5-005  Brazil  aviso de pagamento with IRRF/CSRF withholding per NF, reportlab ->
#         standard-resolution fax (204 x 98).


@doc
def r5_005():
    file = "r5-005.pdf"
    rng = random.Random(1005)
    pay = dt.date(2026, 3, 16)
    payer = "Metalúrgica Paraná Ltda."
    nums = seq_refs(rng, 18204, 5, (3, 40))
    lines = []
    for n in nums:
        em = pay - dt.timedelta(days=rng.randint(35, 70))
        ven = em + dt.timedelta(days=30)
        gross = amt(rng, 1800, 14000)
        irrf = D(gross * Decimal("0.015"))
        csrf = D(gross * Decimal("0.0465"))
        lines.append(Ln(str(n), gross - irrf - csrf, gross=gross, irrf=irrf, csrf=csrf, em=em, ven=ven))
    total = sum(l.paid for l in lines)
    printed = ["METALÚRGICA PARANÁ LTDA.", "16/03/2026", "2026/000532", eu(total)] + [l.ref for l in lines] + [eu(l.paid) for l in lines]
    record(file, "reportlab", True, payer, pay, "2026/000532", "BRL", lines, printed)

    src = WORK / "r5-005-src.pdf"
    c = rl_new(src, A4, "Aviso de pagamento")
    W, H = A4
    y = H - 60
    rl_text(c, 50, y, "METALÚRGICA PARANÁ LTDA.", "LibSans-B", 15)
    rl_text(c, 50, y - 15, "CNPJ 12.345.678/0001-90  —  Rod. BR-277, km 12  —  Campo Largo/PR  —  CEP 83601-000", "LibSans", 9)
    rl_text(c, 50, y - 27, "Fone (41) 3333-1200  —  contaspagar@metalurgicaparana.com.br", "LibSans", 9)
    c.setLineWidth(1)
    c.line(50, y - 35, W - 50, y - 35)
    rl_text(c, W / 2, y - 62, "AVISO DE PAGAMENTO A FORNECEDOR", "LibSans-B", 14, "c")
    bx = y - 80
    c.rect(50, bx - 70, W - 100, 70)
    rl_text(c, 58, bx - 16, "Fornecedor: Usinagem Precisa Serviços Industriais Ltda.", "LibSans", 10.5)
    rl_text(c, 58, bx - 32, "Código: 30087        CNPJ: 98.765.432/0001-10", "LibSans", 10.5)
    rl_text(c, 58, bx - 48, "Forma de pagamento: TED — Banco Itaú (341)", "LibSans", 10.5)
    rl_text(c, 58, bx - 64, "Moeda: BRL (R$)", "LibSans", 10.5)
    rl_text(c, 350, bx - 16, "Data do pagamento: 16/03/2026", "LibSans-B", 10.5)
    rl_text(c, 350, bx - 32, "Nº do pagamento: 2026/000532", "LibSans-B", 10.5)
    y = bx - 100
    rl_text(c, 50, y, "Prezados, informamos que foi efetuado o pagamento dos documentos abaixo relacionados.", "LibSans", 10.5)
    rl_text(c, 50, y - 14, "As retenções de IRRF e CSRF (PIS/COFINS/CSLL) serão recolhidas conforme legislação.", "LibSans", 10.5)
    cols = [(52, "l"), (34, "c"), (62, "c"), (64, "c"), (74, "r"), (62, "r"), (66, "r"), (81, "r")]
    y -= 40
    c.setLineWidth(0.8)
    c.rect(50, y - 8, sum(w for w, _ in cols), 26)
    rl_row(c, 50, y + 6, cols, ["NF nº", "Série", "Emissão", "Vencimento", "Valor Bruto", "IRRF 1,5%", "CSRF 4,65%", "Valor Líquido"], "LibSans-B", 9.5)
    y -= 24
    for l in lines:
        rl_row(c, 50, y, cols, [l.ref, "1", l.em.strftime("%d/%m/%Y"), l.ven.strftime("%d/%m/%Y"), eu(l.gross), eu(l.irrf), eu(l.csrf), eu(l.paid)], "LibSans", 10.5)
        y -= 17
    c.line(50, y + 10, 50 + sum(w for w, _ in cols), y + 10)
    y -= 6
    tot = [sum(getattr(l, k) for l in lines) for k in ("gross", "irrf", "csrf")]
    rl_row(c, 50, y, cols, ["TOTAIS", "", "", "", eu(tot[0]), eu(tot[1]), eu(tot[2]), eu(total)], "LibSans-B", 10.5)
    y -= 34
    rl_text(c, W - 50, y, f"TOTAL PAGO:  R$ {eu(total)}", "LibSans-B", 13, "r")
    y -= 50
    rl_text(c, 50, y, "Atenciosamente,", "LibSans", 10.5)
    rl_text(c, 50, y - 30, "Depto. Contas a Pagar", "LibSans-B", 10.5)
    rl_text(c, 50, y - 44, "Metalúrgica Paraná Ltda.", "LibSans", 10.5)
    c.showPage()
    c.save()
    scan_fax(file, src, 1005, lambda p, n: f"16/03/2026 10:42   DE: +55 41 3333 1200   METALURGICA PARANA CP    PAG. {p:02d}/{n:02d}", skews=(0.9,))


def uuid_like(rng):
    hx = "0123456789ABCDEF"
    parts = [8, 4, 4, 4, 12]
    return "-".join("".join(rng.choice(hx) for _ in range(n)) for n in parts)


# r5-006  Mexico  aviso de pago as an .xlsx: factura beside its UUID (folio fiscal),
#         a saldo (balance) column, a nota de crédito.


@doc
def r5_006():
    file = "r5-006.xlsx"
    rng = random.Random(1006)
    pay = dt.date(2026, 3, 17)
    payer = "Distribuidora del Bajío, S.A. de C.V."
    nums = seq_refs(rng, 10234, 8, (2, 25))
    dates = dates_before(rng, pay, 8, 15, 60)
    lines = []
    for i, (n, d) in enumerate(zip(nums, dates)):
        if i == 5:
            v = -amt(rng, 900, 4200)
            lines.append(Ln("NC-512", v, "credit_note", uuid=uuid_like(rng), date=d, tot=v, saldo=Decimal("0.00")))
            continue
        tot = amt(rng, 8000, 95000)
        paid = tot if i != 2 else D(tot * Decimal("0.6"))
        lines.append(Ln(f"A-{n}", paid, uuid=uuid_like(rng), date=d, tot=tot, saldo=tot - paid))
    total = sum(l.paid for l in lines)
    rastreo = "MBAN01002603170041235"
    printed = [payer, rastreo, str(float(total))] + [l.ref for l in lines] + [str(float(l.paid)) for l in lines]
    record(file, "xlsx", False, payer, pay, rastreo, "MXN", lines, printed)

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Aviso de pago"
    bold = Font(name="Calibri", bold=True, size=11)
    xl_put(ws, 1, 1, payer, Font(name="Calibri", bold=True, size=14))
    xl_put(ws, 2, 1, "RFC DBA980312KX4 · Av. Tecnológico 1450, Col. Industrial, Celaya, Gto. C.P. 38010", Font(name="Calibri", size=9))
    xl_put(ws, 4, 1, "AVISO DE PAGO", Font(name="Calibri", bold=True, size=13))
    xl_put(ws, 6, 1, "Proveedor:", bold)
    xl_put(ws, 6, 2, "Empaques Flexibles de Querétaro, S.A. de C.V.")
    xl_put(ws, 7, 1, "No. proveedor:", bold)
    xl_put(ws, 7, 2, "P-00871")
    xl_put(ws, 6, 4, "Fecha de pago:", bold)
    xl_put(ws, 6, 5, pay, fmt_="dd/mm/yyyy", align="left")
    xl_put(ws, 7, 4, "Clave de rastreo SPEI:", bold)
    xl_put(ws, 7, 5, rastreo)
    xl_put(ws, 8, 4, "Moneda:", bold)
    xl_put(ws, 8, 5, "MXN")
    hdr = ["Factura", "Folio fiscal (UUID)", "Fecha factura", "Total factura", "Pagado", "Saldo"]
    r0 = 10
    box = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
    for ci, t in enumerate(hdr, 1):
        xl_put(ws, r0, ci, t, bold, border=box, fill="DDEBF7", align="center")
    for ri, l in enumerate(lines, r0 + 1):
        xl_put(ws, ri, 1, l.ref, border=box)
        xl_put(ws, ri, 2, l.uuid, border=box)
        xl_put(ws, ri, 3, l.date, fmt_="dd/mm/yyyy", border=box, align="center")
        xl_put(ws, ri, 4, float(l.tot), fmt_="#,##0.00", border=box)
        xl_put(ws, ri, 5, float(l.paid), fmt_="#,##0.00", border=box)
        xl_put(ws, ri, 6, float(l.saldo), fmt_="#,##0.00", border=box)
    rt = r0 + len(lines) + 1
    xl_put(ws, rt, 4, "Total pagado", bold, align="right")
    xl_put(ws, rt, 5, float(total), Font(name="Calibri", bold=True), fmt_="#,##0.00", border=Border(top=THIN, bottom=Side(style="double")))
    xl_put(ws, rt + 2, 1, "Comentarios:", bold)
    short = lines[2]
    xl_put(ws, rt + 2, 2, f"Se retiene el saldo de la factura {short.ref} por diferencia de precio (ver correo del 10/03/2026).")
    xl_put(ws, rt + 3, 2, "Favor de emitir el complemento de pago (CFDI tipo P) a cxp@dbajio.com.mx")
    for col, w in zip("ABCDEF", (12, 40, 14, 16, 22, 14)):
        ws.column_dimensions[col].width = w
    save_xlsx(wb, OUT / file)


# r5-007  France  avis de virement as a letter, LibreOffice Writer -> colour flatbed
#         200 dpi, one row marked with a yellow highlighter. The letter is dated two days
#         before the value date; "N° pièce" is the payer's own journal number.


@doc
def r5_007():
    file = "r5-007.pdf"
    rng = random.Random(1007)
    pay = dt.date(2026, 3, 13)
    payer = "Boulangeries Artisanales du Rhône SAS"
    nums = seq_refs(rng, 187, 7, (3, 30))
    dates = dates_before(rng, pay, 7, 12, 55)
    lines = []
    for i, (n, d) in enumerate(zip(nums, dates)):
        piece = f"AC-{4471 + i * 2 + rng.randint(0, 1)}"
        if i == 5:
            v = -amt(rng, 150, 600)
            lines.append(Ln("AV26-00012", v, "credit_note", piece=piece, date=d, ttc=v, esc=Decimal("0.00")))
            continue
        ttc = amt(rng, 900, 5200)
        esc = D(ttc * Decimal("0.01")) if i in (1, 3) else Decimal("0.00")
        lines.append(Ln(f"FA26-{n:05d}", ttc - esc, piece=piece, date=d, ttc=ttc, esc=esc))
    total = sum(l.paid for l in lines)
    ref = "VIR260313-0458"
    printed = [payer, "13/03/2026", ref, sp(total)] + [l.ref for l in lines] + [sp(l.paid) for l in lines]
    record(file, "libreoffice-writer", True, payer, pay, ref, "EUR", lines, printed)

    f = Fodt(font="Liberation Serif", size=10.5, lang=("fr", "FR"), margins=("1.8cm", "1.8cm", "2.2cm", "2cm"),
             footer="Boulangeries Artisanales du Rhône SAS au capital de 250 000 € — RCS Lyon 812 334 559 — TVA FR27 812334559")
    f.p("Boulangeries Artisanales du Rhône", size=18, bold=True, font="Liberation Serif", after="0cm")
    f.p("14 rue de la Charité — 69002 Lyon — Tél. 04 78 42 17 90", size=9, after="0.6cm")
    f.table([9.5, 7.5], [["", "Minoterie Dauphinoise SA\nService Comptabilité Clients\nZA des Blâches\n38500 Voiron"]], header_rows=0, grid="none")
    f.p("Lyon, le 11 mars 2026", align="end", before="0.5cm", after="0.5cm")
    f.p("Objet : avis de virement", bold=True, after="0.3cm")
    f.p("Madame, Monsieur,", after="0.2cm")
    f.p(f"Nous vous informons que nous avons donné ordre à notre banque de virer sur votre compte la somme de {sp(total)} EUR, en règlement des pièces détaillées ci-dessous.", after="0.3cm")
    f.table([4.2, 4.5], [["Référence du virement :", ref], ["Date de valeur :", "13/03/2026"], ["Banque émettrice :", "LCL Lyon Cordeliers"]],
            header_rows=0, grid="none", bold_cols=(1,))
    f.p("", after="0.25cm")
    rows = [["N° pièce", "N° facture", "Date facture", "Montant TTC", "Escompte", "Net réglé"]]
    for l in lines:
        rows.append([l.piece, l.ref, l.date.strftime("%d/%m/%Y"), sp(l.ttc), sp(l.esc) if l.esc else "", sp(l.paid)])
    rows.append([("Total réglé", 5), None, None, None, None, sp(total) + " €"])
    f.table([2.3, 3.2, 2.6, 3.1, 2.2, 3.4], rows, aligns=["start", "start", "center", "end", "end", "end"], grid="rules", size=10, bold_rows=(len(rows) - 1,))
    f.p("", after="0.4cm")
    f.p("Nous vous prions d'agréer, Madame, Monsieur, l'expression de nos salutations distinguées.", after="0.6cm")
    f.p("Le service Comptabilité Fournisseurs", italic=True)
    src = f.save(WORK / "r5-007-src.fodt")
    marks = [{"kind": "highlight", "ref": lines[3].ref}]
    scan_flatbed(file, src, 1007, dpi=200, skews=(-1.2,), marks=marks, color=True, quality=58, blur=0.65)


# r5-008  Poland  awizo płatności, reportlab (DejaVu Sans Condensed 8.5 pt), text PDF;
#         faktura korygująca as a credit, a "saldo po zapłacie" column.


@doc
def r5_008():
    file = "r5-008.pdf"
    rng = random.Random(1008)
    pay = dt.date(2026, 3, 12)
    payer = "Zakłady Mięsne Wiślanka Sp. z o.o."
    nums = seq_refs(rng, 118, 10, (1, 14))
    dates = dates_before(rng, pay, 10, 14, 45)
    lines = []
    for i, (n, d) in enumerate(zip(nums, dates)):
        due = d + dt.timedelta(days=30)
        if i == 6:
            v = -amt(rng, 300, 1800)
            lines.append(Ln("FK/2026/02/007", v, "credit_note", date=d, due=due, doc=v, saldo=Decimal("0.00")))
            continue
        docv = amt(rng, 1200, 14000)
        paid = docv if i != 8 else D(docv - Decimal(rng.randint(100, 900)))
        lines.append(Ln(f"FV/2026/{d.month:02d}/{n}", paid, date=d, due=due, doc=docv, saldo=docv - paid))
    total = sum(l.paid for l in lines)
    ref = "PP/2026/03/0441"
    printed = [payer, "12.03.2026", ref, sp(total)] + [l.ref for l in lines] + [sp(l.paid) for l in lines]
    record(file, "reportlab", False, payer, pay, ref, "PLN", lines, printed)

    src = OUT / file
    c = rl_new(src, A4, "Awizo płatności")
    W, H = A4
    y = H - 50
    rl_text(c, 45, y, payer, "DejaVu-B", 12)
    rl_text(c, 45, y - 13, "ul. Przemysłowa 14, 43-450 Ustroń", "DejaVu", 8.5)
    rl_text(c, 45, y - 24, "NIP 548-301-77-12   REGON 072215580   tel. 33 854 21 00", "DejaVu", 8.5)
    rl_text(c, W - 45, y, "Ustroń, dnia 12.03.2026", "DejaVu", 9, "r")
    y -= 62
    rl_text(c, W / 2, y, "AWIZO PŁATNOŚCI", "DejaVu-B", 14, "c")
    y -= 30
    info = [
        ("Kontrahent:", "Opakowania Mazury Sp. z o.o., ul. Olsztyńska 8, 11-041 Olsztyn, NIP 739-288-14-07"),
        ("Data płatności:", "12.03.2026"),
        ("Nr płatności:", ref),
        ("Forma płatności:", "przelew (split payment: nie)"),
        ("Rachunek odbiorcy:", "12 1020 3541 0000 5502 0144 8812"),
        ("Waluta:", "PLN"),
    ]
    for k, v in info:
        rl_text(c, 45, y, k, "DejaVuCond-B", 9)
        rl_text(c, 140, y, v, "DejaVuCond", 9)
        y -= 12.5
    y -= 8
    rl_text(c, 45, y, "Uprzejmie informujemy, że w dniu dzisiejszym dokonaliśmy zapłaty następujących dokumentów:", "DejaVuCond", 9)
    y -= 18
    cols = [(24, "c"), (100, "l"), (60, "c"), (64, "c"), (84, "r"), (80, "r"), (93, "r")]
    tw = sum(w for w, _ in cols)
    c.setFillColorRGB(0.88, 0.88, 0.88)
    c.rect(45, y - 9, tw, 24, stroke=0, fill=1)
    c.setFillColorRGB(0, 0, 0)
    rl_row(c, 45, y + 5, cols, ["Lp.", "Nr dokumentu", "Data\nwystawienia", "Termin\npłatności", "Kwota\ndokumentu", "Zapłacono", "Saldo po\nzapłacie"], "DejaVuCond-B", 8.5)
    y -= 22
    for i, l in enumerate(lines, 1):
        rl_row(c, 45, y, cols, [str(i), l.ref, l.date.strftime("%d.%m.%Y"), l.due.strftime("%d.%m.%Y"), sp(l.doc), sp(l.paid), sp(l.saldo)], "DejaVuCond", 8.5)
        c.setLineWidth(0.25)
        c.line(45, y - 3.5, 45 + tw, y - 3.5)
        y -= 13
    y -= 4
    rl_text(c, 45 + tw - 93 - 3, y, "Razem zapłacono:", "DejaVuCond-B", 9, "r")
    rl_text(c, 45 + tw - 3, y, sp(total) + " zł", "DejaVuCond-B", 9, "r")
    y -= 36
    rl_text(c, 45, y, "Prosimy o uzgodnienie sald na dzień 31.03.2026. Ewentualne rozbieżności prosimy zgłaszać na adres ksiegowosc@wislanka.pl.", "DejaVuCond", 8.5)
    y -= 12
    rl_text(c, 45, y, "Dokument wygenerowany elektronicznie, nie wymaga podpisu.", "DejaVuCond", 8)
    c.showPage()
    c.save()


# r5-009  Sweden  betalningsavi, LibreOffice Calc -> black & white 300 dpi scan saved as
#         PNG. OCR-referens (long numbers) sits beside the invoice number.


def ocr_ref(rng, inv):
    base = f"{inv}{rng.randint(100, 999)}{rng.randint(1000, 9999)}"
    s = 0
    for i, ch_ in enumerate(reversed(base)):
        d = int(ch_) * (2 if i % 2 == 0 else 1)
        s += d - 9 if d > 9 else d
    return base + str((10 - s % 10) % 10)


@doc
def r5_009():
    file = "r5-009.png"
    rng = random.Random(1009)
    pay = dt.date(2026, 3, 16)
    payer = "Norrlands Trävaror AB"
    nums = seq_refs(rng, 20931, 9, (3, 30))
    dates = dates_before(rng, pay, 9, 10, 40)
    lines = []
    for i, (n, d) in enumerate(zip(nums, dates)):
        due = d + dt.timedelta(days=30)
        if i == 7:
            v = -amt(rng, 400, 2500)
            lines.append(Ln("K-1182", v, "credit_note", date=d, due=due, ocr="", bel=v))
            continue
        bel = amt(rng, 2000, 38000)
        lines.append(Ln(str(n), bel, date=d, due=due, ocr=ocr_ref(rng, n), bel=bel))
    total = sum(l.paid for l in lines)
    ref = "UTB-4471"
    printed = [payer, "2026-03-16", ref, sp(total)] + [l.ref for l in lines] + [sp(l.paid) for l in lines]
    record(file, "libreoffice-calc", True, payer, pay, ref, "SEK", lines, printed)

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Avi"
    F = lambda **k: Font(name="Liberation Sans", size=k.pop("size", 10), **k)  # noqa: E731
    num = "[$-41D]#,##0.00"
    datef = "[$-41D]yyyy-mm-dd"
    xl_put(ws, 1, 1, payer, F(size=16, bold=True))
    xl_put(ws, 2, 1, "Org.nr 556123-4567 · Box 118 · 851 02 Sundsvall · Tel 060-17 44 00", F(size=8))
    xl_put(ws, 1, 6, "BETALNINGSAVI", F(size=14, bold=True), align="right")
    rows = [("Betalningsmottagare:", "Sundsvalls Järn & Verktyg AB", "Betalningsdag:", pay),
            ("Leverantörsnr:", "L-2088", "Utbetalning nr:", ref),
            ("Bankgiro mottagare:", "5012-3344", "Valuta:", "SEK")]
    for i, (a, b, c_, d_) in enumerate(rows, 4):
        xl_put(ws, i, 1, a, F(bold=True))
        xl_put(ws, i, 2, b, F())
        xl_put(ws, i, 5, c_, F(bold=True), align="right")
        xl_put(ws, i, 6, d_, F(), fmt_=datef if isinstance(d_, dt.date) else None, align="right")
    hdr = ["Fakturanr", "Fakturadatum", "OCR-referens", "Förfallodag", "Fakturabelopp", "Betalt belopp"]
    r0 = 9
    bottom = Border(bottom=THIN)
    for ci, t in enumerate(hdr, 1):
        xl_put(ws, r0, ci, t, F(bold=True), border=Border(bottom=MED, top=THIN), align="right" if ci >= 5 else "left")
    for ri, l in enumerate(lines, r0 + 1):
        xl_put(ws, ri, 1, l.ref, F(), border=bottom, align="left")
        xl_put(ws, ri, 2, l.date, F(), fmt_=datef, border=bottom, align="left")
        xl_put(ws, ri, 3, l.ocr or "Kreditfaktura", F(), border=bottom, align="left")
        xl_put(ws, ri, 4, l.due, F(), fmt_=datef, border=bottom, align="left")
        xl_put(ws, ri, 5, float(l.bel), F(), fmt_=num, border=bottom)
        xl_put(ws, ri, 6, float(l.paid), F(), fmt_=num, border=bottom)
    rt = r0 + len(lines) + 2
    xl_put(ws, rt, 5, "Summa betalt", F(bold=True), align="right")
    xl_put(ws, rt, 6, float(total), F(bold=True), fmt_=num, border=Border(top=THIN, bottom=Side(style="double")))
    xl_put(ws, rt + 3, 1, "Frågor om betalningen: reskontra@norrlandstra.se, tel 060-17 44 12", F(size=9))
    for col, w in zip("ABCDEF", (20, 14, 22, 14, 16, 16)):
        ws.column_dimensions[col].width = w
    xl_print_setup(ws, margins=(0.7, 0.6, 0.7, 0.7))
    src = calc_pdf(wb, "r5-009-src")
    scan_bw(file, src, 1009, dpi=300, skew=0.35, threshold=0.62)


# r5-010  UAE  payment advice exported as CSV (key/value header rows, then the table),
#         Windows line ends, unformatted numbers, a remarks column.


@doc
def r5_010():
    file = "r5-010.csv"
    rng = random.Random(1010)
    pay = dt.date(2026, 3, 18)
    payer = "Gulf Horizon Trading LLC"
    nums = seq_refs(rng, 93, 7, (2, 17))
    dates = dates_before(rng, pay, 7, 20, 60)
    lines = []
    for i, (n, d) in enumerate(zip(nums, dates)):
        net = amt(rng, 1500, 26000)
        vat = D(net * Decimal("0.05"))
        tot = net + vat
        paid, rem = tot, ""
        if i == 4:
            ded = amt(rng, 150, 600)
            paid, rem = tot - ded, f"Pallet damage claim {us(ded)} deducted"
        lines.append(Ln(f"INV/ECC/26/{n:04d}", paid, date=d, lpo=f"LPO-GH-{2211 + i * 7}", net=net, vat=vat, tot=tot, rem=rem))
    total = sum(l.paid for l in lines)
    ref = "FT2607731244"
    printed = [payer, "18/03/2026", ref, f"{total:.2f}"] + [l.ref for l in lines] + [f"{l.paid:.2f}" for l in lines]
    record(file, "csv", False, payer, pay, ref, "AED", lines, printed)
    import csv

    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["PAYMENT ADVICE"])
    w.writerow(["Payer", payer])
    w.writerow(["Payer Address", "Office 1204, Al Moosa Tower 2, Sheikh Zayed Road, Dubai, UAE"])
    w.writerow(["Beneficiary", "Emirates Cold Chain Logistics FZE"])
    w.writerow(["Beneficiary IBAN", "AE07 0331 2345 6789 0123 456"])
    w.writerow(["Payment Date", "18/03/2026"])
    w.writerow(["Payment Reference", ref])
    w.writerow(["Currency", "AED"])
    w.writerow([])
    w.writerow(["Sr No", "Invoice No", "Invoice Date", "LPO No", "Amount excl VAT", "VAT 5%", "Invoice Total", "Amount Paid", "Remarks"])
    for i, l in enumerate(lines, 1):
        w.writerow([i, l.ref, l.date.strftime("%d/%m/%Y"), l.lpo, f"{l.net:.2f}", f"{l.vat:.2f}", f"{l.tot:.2f}", f"{l.paid:.2f}", l.rem])
    w.writerow(["", "", "", "", "", "", "Total Paid", f"{total:.2f}", ""])
    (OUT / file).write_bytes(buf.getvalue().encode("utf-8-sig"))


# r5-011  Canada (Québec)  bilingual avis de paiement / payment advice over three pages with
#         page totals and carried-forward lines, reportlab (Letter) -> flatbed 200 dpi,
#         a different skew on each sheet, two punched holes. "1 234,56 $".


@doc
def r5_011():
    file = "r5-011.pdf"
    rng = random.Random(1011)
    pay = dt.date(2026, 3, 18)
    payer = "Les Entreprises Beaulieu Inc."
    nums = seq_refs(rng, 118204, 25, (2, 31))
    dates = dates_before(rng, pay, 25, 10, 70)
    lines = []
    for i, (n, d) in enumerate(zip(nums, dates)):
        po = f"BC-{77120 + rng.randint(0, 880)}"
        if i in (7, 19):
            v = -amt(rng, 90, 900)
            lines.append(Ln(f"NC-{2231 + i}", v, "credit_note", date=d, po="", gross=v, disc=Decimal("0.00")))
            continue
        g = amt(rng, 180, 6400)
        disc = D(g * Decimal("0.01")) if rng.random() < 0.4 else Decimal("0.00")
        lines.append(Ln(f"DL-{n}", g - disc, date=d, po=po, gross=g, disc=disc))
    total = sum(l.paid for l in lines)
    ref = "TEF-0000458812"
    printed = [payer.upper(), "2026-03-18", ref, sp(total)] + [l.ref for l in lines] + [sp(l.paid) for l in lines]
    record(file, "reportlab", True, payer, pay, ref, "CAD", lines, printed)

    src = WORK / "r5-011-src.pdf"
    c = rl_new(src, letter, "Avis de paiement")
    W, H = letter
    pages = [lines[0:10], lines[10:20], lines[20:25]]
    cols = [(92, "l"), (62, "c"), (72, "l"), (88, "r"), (80, "r"), (98, "r")]
    x0 = 52
    tw = sum(w for w, _ in cols)
    cum = Decimal("0.00")
    for pi, chunk in enumerate(pages):
        y = H - 48
        if pi == 0:
            rl_text(c, x0, y, "LES ENTREPRISES BEAULIEU INC.", "LibSans-B", 12)
            rl_text(c, x0, y - 13, "1250, boul. Industriel, Saint-Hyacinthe (Québec)  J2S 8L4", "LibSans", 8.5)
            rl_text(c, x0, y - 24, "Tél. : 450 773-5500   •   comptes.payables@beaulieu.qc.ca", "LibSans", 8.5)
            bx, by = 330, y + 10
            c.setLineWidth(0.8)
            c.rect(bx, by - 78, W - 52 - bx, 78)
            rl_text(c, bx + 8, by - 15, "AVIS DE PAIEMENT / PAYMENT ADVICE", "LibSans-B", 10)
            info = [("Date du paiement / Payment date :", "2026-03-18"), ("N° de paiement / Payment no. :", ref),
                    ("Devise / Currency :", "CAD"), ("N° fournisseur / Vendor no. :", "40117")]
            for k, (a, b) in enumerate(info):
                rl_text(c, bx + 8, by - 31 - k * 12, a, "LibSans", 8)
                rl_text(c, W - 60, by - 31 - k * 12, b, "LibSans-B", 8.5, "r")
            y -= 58
            rl_text(c, x0, y, "Payé à / Paid to :", "LibSans", 8)
            rl_text(c, x0, y - 12, "Distribution Laurentides Ltée", "LibSans-B", 9.5)
            rl_text(c, x0, y - 24, "88, rue Principale, Saint-Jérôme (Québec)  J7Z 1X5", "LibSans", 8.5)
            y -= 48
        else:
            rl_text(c, x0, y, f"{payer} — Avis de paiement / Payment advice — N° {ref}", "LibSans", 8.5)
            y -= 24
        rl_text(c, W - 52, H - 30, f"Page {pi + 1} de/of 3", "LibSans", 8, "r")
        c.setFillColorRGB(0.9, 0.9, 0.9)
        c.rect(x0, y - 14, tw, 26, stroke=0, fill=1)
        c.setFillColorRGB(0, 0, 0)
        rl_row(c, x0, y + 3, cols, ["N° facture\nInvoice no.", "Date", "N° BC\nPO no.", "Montant\nAmount", "Escompte\nDiscount", "Montant payé\nAmount paid"], "LibSans-B", 8)
        y -= 28
        if pi > 0:
            rl_row(c, x0, y, cols, ["Report / Brought forward", "", "", "", "", sp(cum)], "LibSans-I", 8.5)
            y -= 16
        for l in chunk:
            rl_row(c, x0, y, cols, [l.ref, l.date.isoformat(), l.po, sp(l.gross), sp(l.disc) if l.disc else "—", sp(l.paid)], "LibSans", 9)
            c.setLineWidth(0.2)
            c.line(x0, y - 4, x0 + tw, y - 4)
            y -= 16
        pt = sum(l.paid for l in chunk)
        cum += pt
        y -= 6
        rl_row(c, x0, y, cols, ["", "", "", "", "Total de la page / Page total", sp(pt)], "LibSans", 8.5)
        y -= 14
        if pi < 2:
            rl_row(c, x0, y, cols, ["", "", "", "", "À reporter / Carried forward", sp(cum)], "LibSans-B", 8.5)
            rl_text(c, W / 2, 40, "… suite à la page suivante / continued on next page …", "LibSans-I", 8, "c")
        else:
            y -= 8
            c.setLineWidth(1)
            c.line(x0 + tw - 200, y + 11, x0 + tw, y + 11)
            rl_text(c, x0 + tw - 104, y - 2, "TOTAL PAYÉ / TOTAL PAID :", "LibSans-B", 10, "r")
            rl_text(c, x0 + tw - 3, y - 2, sp(total) + " $", "LibSans-B", 10, "r")
            y -= 40
            rl_text(c, x0, y, "Le paiement a été déposé par transfert électronique de fonds (TEF) dans votre compte bancaire.", "LibSans", 8.5)
            rl_text(c, x0, y - 12, "Payment was deposited by electronic funds transfer (EFT) to your bank account.", "LibSans", 8.5)
        c.showPage()
    c.save()
    marks = [{"kind": "holes", "x": 11, "page": p} for p in range(3)]
    scan_flatbed(file, src, 1011, dpi=200, skews=(0.6, -0.4, 1.1), marks=marks, quality=55)


# r5-012  New Zealand  e-mailed remittance, plain-text body with a fixed-width table.


@doc
def r5_012():
    file = "r5-012.eml"
    rng = random.Random(1012)
    pay = dt.date(2026, 3, 17)
    payer = "Kauri Pacific Timber Ltd"
    nums = seq_refs(rng, 20931, 5, (3, 40))
    dates = dates_before(rng, pay, 5, 14, 50)
    lines = []
    for i, (n, d) in enumerate(zip(nums, dates)):
        if i == 3:
            v = -amt(rng, 60, 300)
            lines.append(Ln("CR-1182", v, "credit_note", date=d, inv=v))
            continue
        v = amt(rng, 300, 4200)
        lines.append(Ln(f"TF-{n}", v, date=d, inv=v))
    total = sum(l.paid for l in lines)
    ref = "DC-260317-04"
    printed = [payer, "17/03/2026", ref, us(total)] + [l.ref for l in lines] + [us(l.paid) for l in lines]
    record(file, "eml", False, payer, pay, ref, "NZD", lines, printed)
    from email.message import EmailMessage
    from email.policy import SMTP

    tab = [f"{'Invoice':<12}{'Date':<12}{'Invoice Amt':>13}{'Paid':>13}", f"{'-' * 10:<12}{'-' * 10:<12}{'-' * 11:>13}{'-' * 11:>13}"]
    for l in lines:
        tab.append(f"{l.ref:<12}{l.date.strftime('%d/%m/%Y'):<12}{us(l.inv):>13}{us(l.paid):>13}")
    tab.append(f"{'':<12}{'':<12}{'':>13}{'-' * 11:>13}")
    tab.append(f"{'Total':<12}{'':<12}{'':>13}{us(total):>13}")
    body = "\n".join([
        "Kia ora,",
        "",
        "Please find below details of a direct credit payment made to your account today.",
        "",
        f"Payer:           {payer}",
        "Payment date:    17/03/2026",
        f"Payment ref:     {ref}",
        f"Amount:          NZ${us(total)}",
        "Paid into:       12-3140-0456782-00 (Tasman Fixings Ltd)",
        "",
        *tab,
        "",
        "Please allow 1-2 business days for the funds to clear.",
        "",
        "Nga mihi,",
        "Aroha Tane",
        "Accounts Payable | Kauri Pacific Timber Ltd",
        "45 Port Road, Whangarei 0110 | 09 438 2200",
        "",
    ])
    m = EmailMessage()
    m["From"] = "Kauri Pacific Accounts Payable <accounts.payable@kauripacific.co.nz>"
    m["To"] = "receivables@tasmanfixings.co.nz"
    m["Subject"] = "Remittance Advice - Direct Credit 17/03/2026"
    m["Date"] = "Tue, 17 Mar 2026 16:05:12 +1300"
    m["Message-ID"] = "<20260317160512.4471@kauripacific.co.nz>"
    m.set_content(body)
    (OUT / file).write_bytes(m.as_bytes(policy=SMTP))


# r5-013  Turkey  ödeme bildirimi with KDV tevkifatı, LibreOffice Writer -> standard fax,
#         two pages (the table runs on, header row repeated). e-Fatura numbers with
#         letters OCR likes to misread (E I S).


@doc
def r5_013():
    file = "r5-013.pdf"
    rng = random.Random(1013)
    pay = dt.date(2026, 3, 19)
    payer = "Anadolu Tekstil San. ve Tic. A.Ş."
    nums = seq_refs(rng, 417, 24, (1, 9))
    dates = dates_before(rng, pay, 24, 15, 60)
    lines = []
    for n, d in zip(nums, dates):
        gross = amt(rng, 12000, 240000)
        tev = D(gross / Decimal("1.2") * Decimal("0.2") * Decimal("0.5")) if rng.random() < 0.6 else Decimal("0.00")
        lines.append(Ln(f"EIS2026{n:09d}", gross - tev, date=d, gross=gross, tev=tev))
    total = sum(l.paid for l in lines)
    ref = "EFT-2026-004512"
    printed = ["ANADOLU TEKSTİL SAN. VE TİC. A.Ş.", "19.03.2026", ref, eu(total)] + [l.ref for l in lines] + [eu(l.paid) for l in lines]
    record(file, "libreoffice-writer", True, payer, pay, ref, "TRY", lines, printed)

    f = Fodt(font="Liberation Sans", size=11, lang=("tr", "TR"), margins=("1.8cm", "1.5cm", "2cm", "1.8cm"),
             footer="Anadolu Tekstil San. ve Tic. A.Ş. — Mersis No: 0068041225700015 — www.anadolutekstil.com.tr")
    f.p("ANADOLU TEKSTİL SAN. VE TİC. A.Ş.", size=15, bold=True, after="0cm")
    f.p("Organize Sanayi Bölgesi 3. Cadde No: 14, 16140 Nilüfer / BURSA\nVergi Dairesi: Nilüfer  V.No: 0680412257   Tel: 0224 411 20 00  Faks: 0224 411 20 99", size=9.5, after="0.5cm")
    f.p("ÖDEME BİLDİRİMİ", size=15, bold=True, align="center", after="0.4cm")
    f.table([8.2, 3.6, 5.6], [
        ["Sayın", "Ödeme Tarihi", ": 19.03.2026"],
        ["Ege İplik Sanayi A.Ş.", "Dekont No", f": {ref}"],
        ["Muhasebe Müdürlüğü", "Banka", ": T. İş Bankası Bursa Ticari"],
        ["Kemalpaşa Cad. No: 212, Bornova / İZMİR", "Para Birimi", ": TRY"],
    ], header_rows=0, grid="none", bold_cols=(1,), size=10.5)
    f.p("", after="0.2cm")
    f.p("Aşağıda dökümü verilen faturalarınıza ait ödeme, hesabınıza EFT ile gönderilmiştir. KDV tevkifatı tutarları tarafımızca vergi dairesine beyan edilecektir.", size=10.5, after="0.2cm")
    f.p("Alıcı IBAN: TR12 0006 4000 0013 4500 1234 56 — Ege İplik Sanayi A.Ş.\nAçıklama: Şubat 2026 faturaları ödemesi\nMutabakat için: finans@anadolutekstil.com.tr — Tel: 0224 411 20 35", size=10, after="0.3cm")
    rows = [["Sıra", "Fatura No", "Fatura Tarihi", "Fatura Tutarı", "KDV Tevkifatı", "Ödenen Tutar"]]
    for i, l in enumerate(lines, 1):
        rows.append([str(i), l.ref, l.date.strftime("%d.%m.%Y"), eu(l.gross), eu(l.tev), eu(l.paid)])
    rows.append([("TOPLAM ÖDENEN", 5), None, None, None, None, eu(total) + " TL"])
    f.table([1.2, 4.6, 2.6, 3.2, 2.9, 3.2], rows, aligns=["center", "start", "center", "end", "end", "end"], grid="grid", size=10.5, bold_rows=(len(rows) - 1,), pad="0.14cm")
    f.p("", after="0.4cm")
    f.p("Saygılarımızla,\nAnadolu Tekstil San. ve Tic. A.Ş.\nFinans Departmanı", size=10.5)
    src = f.save(WORK / "r5-013-src.fodt")
    scan_fax(file, src, 1013, lambda p, n: f"19.03.2026 14:22  FAKS +90 224 411 20 99  ANADOLU TEKSTIL FINANS   SAYFA {p}/{n}", skews=(-0.6, 0.4), dropout=0.06)


# r5-014  UAE  payment advice, LibreOffice Calc, text PDF: cheque, retention deducted per
#         invoice, an advance paid against an LPO (a purchase-order line).


@doc
def r5_014():
    file = "r5-014.pdf"
    rng = random.Random(1014)
    pay = dt.date(2026, 3, 20)
    payer = "Al Noor Facilities Management LLC"
    nums = seq_refs(rng, 118, 5, (3, 22))
    dates = dates_before(rng, pay, 5, 20, 75)
    lines = []
    for n, d in zip(nums, dates):
        g = amt(rng, 4000, 62000)
        ret = D(g * Decimal("0.05"))
        lines.append(Ln(f"SI/2026/{n}", g - ret, date=d, lpo=f"LPO-2026-{rng.randint(180, 299):04d}", gross=g, ret=ret, desc="Progress invoice"))
    adv = amt(rng, 9000, 30000)
    lines.insert(3, Ln("LPO-2026-0311", adv, "purchase_order", date=None, lpo="LPO-2026-0311", gross=adv, ret=Decimal("0.00"), desc="Advance 30% against LPO"))
    total = sum(l.paid for l in lines)
    ref = "000231"
    printed = [payer.upper(), "20-Mar-2026", ref, us(total)] + [l.ref for l in lines] + [us(l.paid) for l in lines]
    record(file, "libreoffice-calc", False, payer, pay, ref, "AED", lines, printed)

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Payment Advice"
    F = lambda **k: Font(name="Liberation Sans", size=k.pop("size", 10), **k)  # noqa: E731
    num = "#,##0.00"
    xl_put(ws, 1, 1, payer.upper(), F(size=14, bold=True, color="1F4E79"))
    xl_put(ws, 2, 1, "P.O. Box 55210, Al Qusais Industrial Area 2, Dubai, U.A.E.   Tel +971 4 267 1180   TRN 100234567800003", F(size=8))
    ws.merge_cells("A4:H4")
    xl_put(ws, 4, 1, "PAYMENT ADVICE", F(size=13, bold=True), align="center", fill="D9E1F2")
    info = [("Supplier", "Desert Breeze HVAC Contracting LLC", "Payment Date", pay),
            ("Supplier Code", "S-01187", "Cheque No.", ref),
            ("Attn.", "Accounts Department", "Bank", "Emirates NBD – Deira"),
            ("", "", "Currency", "AED")]
    for i, (a, b, c_, d_) in enumerate(info, 6):
        xl_put(ws, i, 2, a, F(bold=True))
        xl_put(ws, i, 3, b, F())
        xl_put(ws, i, 6, c_, F(bold=True))
        xl_put(ws, i, 7, d_, F(), fmt_="[$-809]dd-mmm-yyyy" if isinstance(d_, dt.date) else None, align="left")
    hdr = ["S.No", "Supplier Invoice No", "Description", "LPO No", "Invoice Date", "Invoice Amount", "Retention 5%", "Amount Paid"]
    r0 = 11
    box = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
    for ci, t in enumerate(hdr, 1):
        xl_put(ws, r0, ci, t, F(bold=True), border=box, fill="D9E1F2", align="center", wrap=True)
    ws.row_dimensions[r0].height = 26
    for k, l in enumerate(lines, 1):
        r = r0 + k
        xl_put(ws, r, 1, k, F(), border=box, align="center")
        xl_put(ws, r, 2, "" if l.kind == "purchase_order" else l.ref, F(), border=box)
        xl_put(ws, r, 3, l.desc, F(), border=box)
        xl_put(ws, r, 4, l.lpo, F(), border=box)
        xl_put(ws, r, 5, l.date if l.date else "", F(), fmt_="dd/mm/yyyy", border=box, align="center")
        xl_put(ws, r, 6, float(l.gross), F(), fmt_=num, border=box)
        xl_put(ws, r, 7, float(l.ret), F(), fmt_=num, border=box)
        xl_put(ws, r, 8, float(l.paid), F(), fmt_=num, border=box)
    rt = r0 + len(lines) + 1
    ws.merge_cells(start_row=rt, start_column=1, end_row=rt, end_column=7)
    xl_put(ws, rt, 1, "Total Amount Paid (AED)", F(bold=True), align="right", border=box)
    xl_put(ws, rt, 8, float(total), F(bold=True), fmt_=num, border=box)
    dh = int(total)
    fils = int((total * 100) % 100)
    words = f"UAE Dirhams {title_words(words_en(dh))}" + (f" and Fils {title_words(words_en(fils))}" if fils else "") + " Only"
    xl_put(ws, rt + 2, 2, "Amount in words:", F(bold=True))
    xl_put(ws, rt + 2, 3, words, F(italic=True))
    xl_put(ws, rt + 4, 2, "Retention will be released on issue of the final completion certificate.", F(size=8))
    for i, t in enumerate(["Prepared by", "Checked by", "Approved by"]):
        xl_put(ws, rt + 8, 2 + i * 3, t, F(), border=Border(top=THIN), align="center")
    for col, w in zip("ABCDEFGH", (7, 19, 22, 15, 12, 15, 13, 15)):
        ws.column_dimensions[col].width = w
    xl_print_setup(ws, margins=(0.5, 0.5, 0.6, 0.6))
    src = calc_pdf(wb, "r5-014")
    shutil.copy(src, OUT / file)


# r5-015  Mexico  short aviso de pago, Chromium -> phone photo (keystone, shadow), .jpg.
#         Invoice numbers with a B that OCR reads as 8.


@doc
def r5_015():
    file = "r5-015.jpg"
    rng = random.Random(1015)
    pay = dt.date(2026, 3, 18)
    payer = "Grupo Alimentario Sierra Madre, S.A. de C.V."
    lines = [Ln("ETN-B7781", amt(rng, 40000, 120000), date=dt.date(2026, 2, 9)),
             Ln("ETN-B7795", amt(rng, 20000, 90000), date=dt.date(2026, 2, 16))]
    for l in lines:
        l.x["imp"] = l.paid
    total = sum(l.paid for l in lines)
    ref = "0318GASM4410"
    printed = ["Grupo Alimentario Sierra Madre", "18/03/2026", ref, us(total)] + [l.ref for l in lines] + [us(l.paid) for l in lines]
    record(file, "chromium", True, payer, pay, ref, "MXN", lines, printed)
    rows = [[l.ref, l.date.strftime("%d/%m/%Y"), "$ " + us(l.imp), "$ " + us(l.paid)] for l in lines]
    tbl = html_table(["Factura", "Fecha", "Importe", "Pagado"], rows, ["l", "c", "r", "r"], "g")
    body = f"""<!doctype html><html><head><meta charset="utf-8"><style>
@page {{ size: letter; margin: 18mm 20mm; }}
body {{ font-family: 'Liberation Sans', sans-serif; font-size: 11pt; color:#222; }}
.hd {{ display:flex; align-items:center; gap: 14px; border-bottom: 3px solid #b5121b; padding-bottom: 8px; }}
.logo {{ width: 64px; height: 64px; background:#b5121b; color:#fff; font: bold 20pt 'Liberation Serif'; display:flex; align-items:center; justify-content:center; border-radius: 50%; }}
.co {{ font-size: 14pt; font-weight: bold; }}
.small {{ font-size: 9pt; color:#444; }}
h2 {{ text-align:right; color:#b5121b; letter-spacing: 2px; margin: 18px 0 10px; }}
table.f td {{ padding: 3px 10px 3px 0; }}
table.g {{ width: 100%; border-collapse: collapse; margin-top: 18px; }}
table.g th {{ background:#b5121b; color:#fff; padding: 6px; }}
table.g td {{ border-bottom: 1px solid #999; padding: 6px; }}
.r {{ text-align:right; }} .c {{ text-align:center; }} .l {{ text-align:left; }}
.tot {{ text-align:right; font-size: 13pt; font-weight:bold; margin-top: 14px; }}
</style></head><body>
<div class="hd"><div class="logo">SM</div><div><div class="co">Grupo Alimentario Sierra Madre, S.A. de C.V.</div>
<div class="small">RFC GAS0502148N3 · Blvd. Díaz Ordaz 3410, Monterrey, N.L. · Tel. 81 8340 2200</div></div></div>
<h2>AVISO DE PAGO</h2>
<table class="f">
<tr><td><b>Proveedor:</b></td><td>Envases y Tapas del Norte, S.A. de C.V. (ETN)</td></tr>
<tr><td><b>Fecha de pago:</b></td><td>18/03/2026</td></tr>
<tr><td><b>Referencia SPEI:</b></td><td>{ref}</td></tr>
<tr><td><b>Moneda:</b></td><td>MXN</td></tr>
</table>
{tbl}
<div class="tot">Total pagado: $ {us(total)} MXN</div>
<p class="small" style="margin-top:40px">Este aviso no es un comprobante fiscal. Favor de enviar el complemento de pago a cuentasporpagar@gasm.com.mx</p>
</body></html>"""
    src = chromium_pdf(body, "r5-015-src")
    scan_photo(file, src, 1015, dpi=150, quad=[(170, 150), (1350, 205), (1420, 1760), (95, 1700)], shadow_side="right")


# r5-016  Norway  betalingsavis, LibreOffice Calc -> colour flatbed 200 dpi with a blue
#         MOTTATT stamp; KID numbers beside the invoice numbers; a kreditnota.


def kid(rng, n):
    return f"{rng.randint(10, 99)}{n}{rng.randint(100000, 999999)}"


@doc
def r5_016():
    file = "r5-016.pdf"
    rng = random.Random(1016)
    pay = dt.date(2026, 3, 18)
    payer = "Vestland Fiskeriutstyr AS"
    nums = seq_refs(rng, 5502, 8, (2, 19))
    dates = dates_before(rng, pay, 8, 12, 50)
    lines = []
    for i, (n, d) in enumerate(zip(nums, dates)):
        bil = f"{30118 + i * 4 + rng.randint(0, 3)}"
        if i == 5:
            v = -amt(rng, 500, 3000)
            lines.append(Ln("KN-0417", v, "credit_note", bil=bil, kid="", date=d, bel=v))
            continue
        v = amt(rng, 1500, 48000)
        lines.append(Ln(f"HT-{n}", v, bil=bil, kid=kid(rng, n), date=d, bel=v))
    total = sum(l.paid for l in lines)
    ref = "2026-0318-22"
    printed = [payer, "18.03.2026", ref, sp(total)] + [l.ref for l in lines] + [sp(l.paid) for l in lines]
    record(file, "libreoffice-calc", True, payer, pay, ref, "NOK", lines, printed)

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Betalingsavis"
    F = lambda **k: Font(name="DejaVu Sans", size=k.pop("size", 9), **k)  # noqa: E731
    num = "[$-414]#,##0.00"
    xl_put(ws, 1, 1, payer, F(size=15, bold=True))
    xl_put(ws, 2, 1, "Org.nr 987 654 321 MVA · Sjøgata 22, 6003 Ålesund · Tlf 70 12 44 80", F(size=8))
    xl_put(ws, 1, 6, "BETALINGSAVIS", F(size=14, bold=True), align="right")
    info = [("Mottaker:", "Hordaland Tauverk AS", "Betalingsdato:", pay), ("Leverandørnr:", "30412", "Betalings-ID:", ref),
            ("Mottakers konto:", "3625 18 44021", "Valuta:", "NOK")]
    for i, (a, b, c_, d_) in enumerate(info, 4):
        xl_put(ws, i, 1, a, F(bold=True))
        xl_put(ws, i, 2, b, F())
        xl_put(ws, i, 5, c_, F(bold=True), align="right")
        xl_put(ws, i, 6, d_, F(), fmt_="[$-414]dd.mm.yyyy" if isinstance(d_, dt.date) else None, align="right")
    hdr = ["Bilagsnr", "Fakturanr", "KID", "Fakturadato", "Beløp", "Betalt"]
    r0 = 9
    box = Border(left=HAIR, right=HAIR, top=HAIR, bottom=HAIR)
    for ci, t in enumerate(hdr, 1):
        xl_put(ws, r0, ci, t, F(bold=True), border=Border(left=HAIR, right=HAIR, top=THIN, bottom=THIN), fill="E7E6E6", align="right" if ci >= 5 else "left")
    for k, l in enumerate(lines, 1):
        r = r0 + k
        xl_put(ws, r, 1, l.bil, F(), border=box, align="left")
        xl_put(ws, r, 2, l.ref, F(), border=box)
        xl_put(ws, r, 3, l.kid or "Kreditnota", F(), border=box, align="left")
        xl_put(ws, r, 4, l.date, F(), fmt_="[$-414]dd.mm.yyyy", border=box, align="left")
        xl_put(ws, r, 5, float(l.bel), F(), fmt_=num, border=box)
        xl_put(ws, r, 6, float(l.paid), F(), fmt_=num, border=box)
    rt = r0 + len(lines) + 1
    xl_put(ws, rt, 5, "Sum betalt", F(bold=True), align="right")
    xl_put(ws, rt, 6, float(total), F(bold=True), fmt_=num, border=Border(top=THIN, bottom=Side(style="double")))
    xl_put(ws, rt + 3, 1, "Spørsmål om betalingen rettes til regnskap@vestland-fiskeri.no", F(size=8))
    for col, w in zip("ABCDEF", (16, 16, 20, 14, 15, 15)):
        ws.column_dimensions[col].width = w
    xl_print_setup(ws, margins=(0.7, 0.7, 0.8, 0.8))
    src = calc_pdf(wb, "r5-016-src")
    marks = [{"kind": "stamp", "lines": ["MOTTATT", "20. MAR. 2026"], "color": (0.12, 0.25, 0.75), "height": 50, "aspect": 2.3, "angle": -9,
              "candidates": [(420, 58), (380, 62), (460, 70), (300, 55), (330, 150)]},
             {"kind": "note", "x": 60, "y": 330, "text": "bokført 20/3  KH", "px": 13}]
    scan_flatbed(file, src, 1016, dpi=200, skews=(-0.5,), marks=marks, color=True, quality=55, blur=0.6)


# r5-017  UK  remittance printed by a dot-matrix printer on pre-printed continuous
#         stationery (sprocket holes, music-ruled bands), the data slightly out of
#         register with the pre-printed boxes; flatbed 200 dpi greyscale. CR suffix credits.

_DM_CACHE: dict[str, np.ndarray] = {}


def dm_glyph(ch_):
    if ch_ not in _DM_CACHE:
        f = ImageFont.truetype("/usr/share/fonts/opentype/urw-base35/NimbusMonoPS-Bold.otf", 17)
        im = Image.new("L", (10, 19), 0)
        ImageDraw.Draw(im).text((0, 0), ch_, font=f, fill=255)
        _DM_CACHE[ch_] = np.argwhere(np.asarray(im) > 95)
    return _DM_CACHE[ch_]


def dm_text(c, x, y, text, rng, dx=0.6, dy=0.55, r=0.4, shade=0.18):
    """Draw text as dots, like a 24-pin printer with a tired ribbon."""
    c.setFillGray(shade)
    for i, ch_ in enumerate(text):
        if ch_ == " ":
            continue
        for row, col in dm_glyph(ch_):
            if rng.random() < 0.035:
                continue
            c.circle(x + i * 10 * dx + col * dx, y + (15 - row) * dy, r, stroke=0, fill=1)
    c.setFillGray(0)


@doc
def r5_017():
    file = "r5-017.pdf"
    rng = random.Random(1017)
    pay = dt.date(2026, 3, 16)
    payer = "Pennine Engineering Group plc"
    nums = seq_refs(rng, 40118, 8, (4, 45))
    dates = dates_before(rng, pay, 8, 20, 60)
    lines = []
    for i, (n, d) in enumerate(zip(nums, dates)):
        v = f"V{40017 + i * 4 + rng.randint(0, 3)}"
        if i == 5:
            cr = -D(rng.randint(30, 180))
            lines.append(Ln("SC-0091", cr, "credit_note", v=v, date=d, gross=cr, disc=Decimal("0.00")))
            continue
        g = amt(rng, 120, 5200)
        disc = D(g * Decimal("0.025")) if i in (0, 2, 6) else Decimal("0.00")
        lines.append(Ln(f"SI-{n}", g - disc, v=v, date=d, gross=g, disc=disc))
    total = sum(l.paid for l in lines)
    ref = "118734"
    cr = lambda d: us(d, neg="cr")  # noqa: E731
    printed = [payer, "16/03/26", ref, us(total)] + [l.ref for l in lines] + [cr(l.paid) for l in lines]
    record(file, "reportlab", True, payer, pay, ref, "GBP", lines, printed)

    src = WORK / "r5-017-src.pdf"
    W, H = 9.5 * 72, 11 * 72  # continuous stationery, 9.5" x 11"
    c = rl_new(src, (W, H), "Remittance")
    # music-ruled bands and tractor strips
    c.setFillColorRGB(0.88, 0.94, 0.88)
    for k in range(0, 22, 2):
        c.rect(48, H - 36 - (k + 1) * 36, W - 96, 18, stroke=0, fill=1)
    c.setFillColorRGB(1, 1, 1)
    c.setStrokeColorRGB(0.55, 0.55, 0.55)
    c.setLineWidth(0.4)
    for k in range(22):
        for xx in (18, W - 18):
            c.circle(xx, H - 18 - k * 36, 5.5, stroke=1, fill=0)
    c.setDash(1, 2)
    c.line(36, 0, 36, H)
    c.line(W - 36, 0, W - 36, H)
    c.setDash()
    c.setStrokeColorRGB(0, 0, 0)
    # pre-printed part
    g = (0.15, 0.35, 0.2)
    rl_text(c, 60, H - 58, "Pennine Engineering Group plc", "LibSerif-B", 17, color=g)
    rl_text(c, 60, H - 72, "Riverside Works, Leeds Road, Huddersfield HD1 6QA  ·  Tel 01484 602200", "LibSans", 7.5, color=g)
    rl_text(c, W - 60, H - 58, "REMITTANCE ADVICE", "LibSans-B", 12, "r", color=g)
    c.setStrokeColorRGB(*g)
    c.setLineWidth(0.7)
    labels = [("SUPPLIER", 60, H - 100), ("ACCOUNT NO", 400, H - 100), ("DATE", 400, H - 124), ("CHEQUE NO", 400, H - 148)]
    for lab, x, y in labels:
        rl_text(c, x, y + 12, lab, "LibSans", 6, color=g)
    c.rect(56, H - 160, 330, 72)
    c.rect(396, H - 112, 228, 24)
    c.rect(396, H - 136, 228, 24)
    c.rect(396, H - 160, 228, 24)
    cols = [("VOUCHER", 56, 60), ("YOUR REFERENCE", 116, 96), ("DATE", 212, 70), ("GROSS", 282, 110), ("DISCOUNT", 392, 90), ("NETT AMOUNT", 482, 142)]
    ty = H - 186
    for lab, x, w in cols:
        c.rect(x, H - 560, w, 374)
        rl_text(c, x + w / 2, ty + 4, lab, "LibSans-B", 6.5, "c", color=g)
    c.line(56, ty, 624, ty)
    c.rect(482, H - 590, 142, 30)
    rl_text(c, 476, H - 578, "TOTAL THIS REMITTANCE", "LibSans-B", 7, "r", color=g)
    rl_text(c, 60, H - 610, "Please detach and retain for your records. Queries: purchase ledger 01484 602231.", "LibSans", 7, color=g)
    c.setStrokeColorRGB(0, 0, 0)
    # dot-matrix fill, printed 3 pt low and 4 pt right of the boxes
    ox, oy = 4, -3
    dm_text(c, 64 + ox, H - 112 + oy, "CALDERDALE BEARINGS & TRANSMISSION LTD", rng)
    dm_text(c, 64 + ox, H - 125 + oy, "UNIT 7 ELLAND BRIDGE WORKS", rng)
    dm_text(c, 64 + ox, H - 138 + oy, "ELLAND  HX5 0SW", rng)
    dm_text(c, 404 + ox, H - 106 + oy, "PE0417", rng)
    dm_text(c, 404 + ox, H - 130 + oy, "16/03/26", rng)
    dm_text(c, 404 + ox, H - 154 + oy, ref, rng)
    y = H - 204 + oy
    for l in lines:
        # fields at the printer's tab stops, right-justified numbers (6 pt per character)
        for s_, x_, right in ((l.v, 60, False), (l.ref, 120, False), (l.date.strftime("%d/%m/%y"), 220, False),
                              (cr(l.gross), 384, True), (cr(l.disc), 474, True), (cr(l.paid), 606, True)):
            dm_text(c, (x_ - 6 * len(s_) if right else x_) + ox, y, s_, rng)
        y -= 18
    dm_text(c, 490 + ox, H - 581 + oy, "£", rng)
    dm_text(c, 606 - 6 * len(us(total)) + ox, H - 581 + oy, us(total), rng)
    c.showPage()
    c.save()
    scan_flatbed(file, src, 1017, dpi=200, skews=(1.4,), quality=55, blur=0.75, paper=0.95)


# r5-018  USA  AP-portal payment remittance, Chromium, text PDF. PO column beside the
#         invoice; one line is a deposit against a PO (no invoice); credit memo in ().


@doc
def r5_018():
    file = "r5-018.pdf"
    rng = random.Random(1018)
    pay = dt.date(2026, 3, 17)
    payer = "Cascade Outdoor Retail Corp."
    nums = seq_refs(rng, 93, 11, (2, 15))
    dates = dates_before(rng, pay, 11, 12, 45)
    lines = []
    for i, (n, d) in enumerate(zip(nums, dates)):
        po = f"45000{rng.randint(12000, 12999)}"
        if i == 7:
            v = -D(rng.randint(120, 480))
            lines.append(Ln("CM-2026-0007", v, "credit_note", po="", date=d, amt=v, disc=Decimal("0.00")))
            continue
        a = amt(rng, 400, 9800)
        disc = D(a * Decimal("0.01")) if i % 3 == 0 else Decimal("0.00")
        lines.append(Ln(f"2026-INV-{n:04d}", a - disc, po=po, date=d, amt=a, disc=disc))
    dep = D(rng.randint(20, 60) * 100)
    lines.append(Ln("4500012377", dep, "purchase_order", po="4500012377", date=None, amt=dep, disc=Decimal("0.00")))
    total = sum(l.paid for l in lines)
    ref = "ACH-0003318"
    pm = lambda d: us(d, neg="paren")  # noqa: E731
    printed = [payer, "March 17, 2026", ref, us(total)] + [l.ref for l in lines] + [pm(l.paid) for l in lines]
    record(file, "chromium", False, payer, pay, ref, "USD", lines, printed)
    rows = []
    for l in lines:
        if l.kind == "purchase_order":
            rows.append(["", l.po, "", "Deposit per PO terms", pm(l.amt), "0.00", pm(l.paid)])
        else:
            rows.append([l.ref, l.po, l.date.strftime("%m/%d/%Y"), "Credit memo" if l.kind == "credit_note" else "", pm(l.amt), pm(l.disc), pm(l.paid)])
    tbl = html_table(["Invoice #", "PO #", "Invoice Date", "Description", "Invoice Amount", "Discount Taken", "Amount Paid"], rows, ["l", "l", "c", "l", "r", "r", "r"], "g",
                     foot=[['<td colspan="6" class="r"><b>Total Payment</b></td>', f'<td class="r"><b>${us(total)}</b></td>']])
    body = f"""<!doctype html><html><head><meta charset="utf-8"><style>
@page {{ size: letter; margin: 12mm 12mm 14mm; }}
body {{ font-family: 'DejaVu Sans', sans-serif; font-size: 8.5pt; color:#1b1b1b; }}
.bar {{ background:#23483a; color:#fff; padding: 10px 14px; display:flex; justify-content:space-between; align-items:center; }}
.bar .n {{ font-size: 15pt; font-weight: bold; letter-spacing: 1px; }}
.bar .t {{ font-size: 12pt; }}
.grid {{ display:grid; grid-template-columns: repeat(3, 1fr); gap: 6px 18px; margin: 12px 2px; }}
.grid div span {{ display:block; color:#666; font-size: 7pt; text-transform: uppercase; }}
.grid div b {{ font-size: 10pt; }}
.addr {{ display:flex; gap: 60px; margin: 8px 2px 12px; }}
table.g {{ width:100%; border-collapse: collapse; }}
table.g th {{ text-align:left; border-bottom: 2px solid #23483a; padding: 5px 4px; font-size: 8pt; }}
table.g td {{ padding: 4px; border-bottom: 1px solid #ddd; }}
table.g tbody tr:nth-child(even) td {{ background:#f3f6f4; }}
.r {{ text-align:right !important; }} .c {{ text-align:center !important; }} .l {{ text-align:left; }}
.foot {{ margin-top: 20px; color:#555; font-size: 7.5pt; }}
</style></head><body>
<div class="bar"><div class="n">CASCADE OUTDOOR</div><div class="t">Payment Remittance</div></div>
<div class="grid">
<div><span>Payment Number</span><b>{ref}</b></div>
<div><span>Payment Date</span><b>March 17, 2026</b></div>
<div><span>Payment Method</span><b>ACH / CCD+</b></div>
<div><span>Payment Amount</span><b>${us(total)}</b></div>
<div><span>Currency</span><b>USD</b></div>
<div><span>Supplier ID</span><b>SUP-004127</b></div>
</div>
<div class="addr"><div><span style="color:#666">PAYER</span><br><b>{payer}</b><br>1800 Lakeview Blvd<br>Tacoma, WA 98421</div>
<div><span style="color:#666">REMIT TO</span><br><b>Summit Trail Gear Co.</b><br>4410 Industrial Way<br>Bend, OR 97701</div></div>
{tbl}
<div class="foot">Questions about this payment? ap@cascadeoutdoor.com · (253) 555-0147<br>Printed 03/17/2026 4:12 PM · Page 1 of 1</div>
</body></html>"""
    src = chromium_pdf(body, "r5-018")
    shutil.copy(src, OUT / file)


# r5-019  India  vendor payment advice (NEFT), reportlab, text PDF: voucher numbers beside
#         invoice numbers, TDS 194C, a debit note taken as a deduction line.


@doc
def r5_019():
    file = "r5-019.pdf"
    rng = random.Random(1019)
    pay = dt.date(2026, 3, 12)
    payer = "Bharat Polymers Limited"
    nums = seq_refs(rng, 412, 7, (3, 26))
    dates = dates_before(rng, pay, 7, 20, 70)
    lines = []
    for i, (n, d) in enumerate(zip(nums, dates)):
        vch = f"PV/2526/{4412 + i * 3 + rng.randint(0, 2):05d}"
        g = amt(rng, 8000, 260000)
        tds = D(round(g * Decimal("0.02")))
        lines.append(Ln(f"SPC-2526-{n:04d}", g - tds, vch=vch, date=d, gross=g, tds=tds, oth=Decimal("0.00")))
    dn = D(rng.randint(20, 150) * 100)
    lines.insert(4, Ln("DN/25-26/0087", -dn, "credit_note", vch="JV/2526/00311", date=dt.date(2026, 2, 27), gross=None, tds=None, oth=dn))
    total = sum(l.paid for l in lines)
    ref = "SBIN326071234567"
    printed = [payer, "12/03/2026", ref, inr(total)] + [l.ref for l in lines] + [inr(l.paid) for l in lines]
    record(file, "reportlab", False, payer, pay, ref, "INR", lines, printed)

    src = OUT / file
    c = rl_new(src, A4, "Vendor Payment Advice")
    W, H = A4
    y = H - 56
    rl_text(c, W / 2, y, "BHARAT POLYMERS LIMITED", "LibSerif-B", 16, "c")
    rl_text(c, W / 2, y - 14, "Regd. Office: 7th Floor, Everest Chambers, Andheri-Kurla Road, Mumbai 400 059", "LibSerif", 8.5, "c")
    rl_text(c, W / 2, y - 25, "CIN L25200MH1991PLC061184  ·  GSTIN 27AABCB1184M1Z2", "LibSerif", 8.5, "c")
    c.setLineWidth(1.2)
    c.line(40, y - 33, W - 40, y - 33)
    rl_text(c, W / 2, y - 52, "VENDOR PAYMENT ADVICE", "LibSerif-B", 12, "c")
    by = y - 70
    c.setLineWidth(0.6)
    c.rect(40, by - 64, W - 80, 64)
    c.line(W / 2, by, W / 2, by - 64)
    left = [("Vendor", "Shree Packaging Corporation"), ("Vendor Code", "V-20118"), ("Address", "Plot 18, GIDC Vapi, Gujarat 396 195"), ("PAN", "AAHFS4471K")]
    right = [("Payment Date", "12/03/2026"), ("Payment Mode", "NEFT"), ("UTR No.", ref), ("Amount in", "INR")]
    for k, (a, b) in enumerate(left):
        rl_text(c, 46, by - 14 - k * 14, a, "LibSerif-B", 9)
        rl_text(c, 110, by - 14 - k * 14, ": " + b, "LibSerif", 9)
    for k, (a, b) in enumerate(right):
        rl_text(c, W / 2 + 8, by - 14 - k * 14, a, "LibSerif-B", 9)
        rl_text(c, W / 2 + 86, by - 14 - k * 14, ": " + b, "LibSerif", 9)
    cols = [(84, "l"), (92, "l"), (62, "c"), (78, "r"), (58, "r"), (58, "r"), (83, "r")]
    tw = sum(w for w, _ in cols)
    y = by - 92
    c.rect(40, y - 10, tw, 26)
    rl_row(c, 40, y + 5, cols, ["Voucher No.", "Invoice No.", "Invoice\nDate", "Gross Amt", "TDS\n194C", "Other\nDed.", "Net Amt"], "LibSerif-B", 8.5)
    y -= 24
    for l in lines:
        rl_row(c, 40, y, cols, [l.vch, l.ref, l.date.strftime("%d/%m/%Y"), inr(l.gross) if l.gross is not None else "—",
                                inr(l.tds) if l.tds is not None else "—", inr(l.oth) if l.oth else "—", inr(l.paid)], "LibSerif", 9)
        y -= 14
    c.line(40, y + 8, 40 + tw, y + 8)
    y -= 6
    tg = sum(l.gross for l in lines if l.gross is not None)
    tt = sum(l.tds for l in lines if l.tds is not None)
    to = sum(l.oth for l in lines)
    rl_row(c, 40, y, cols, ["", "Total", "", inr(tg), inr(tt), inr(to), inr(total)], "LibSerif-B", 9)
    c.line(40, y - 5, 40 + tw, y - 5)
    y -= 30
    rl_text(c, 40, y, f"Net amount credited to your account: Rs. {inr(total)}", "LibSerif-B", 10)
    rupees = int(total)
    paise = int((total * 100) % 100)
    words = "Rupees " + title_words(words_in(rupees)) + (f" and Paise {title_words(words_en(paise))}" if paise else "") + " Only"
    rl_text(c, 40, y - 14, f"({words})", "LibSerif-I", 9)
    y -= 44
    rl_text(c, 40, y, "Debit note DN/25-26/0087 raised for rejected corrugated boxes (GRN 26/0412) has been adjusted in this payment.", "LibSerif", 8.5)
    rl_text(c, 40, y - 12, "TDS certificate in Form 16A will be issued for the quarter. Please write to payables@bharatpolymers.in for queries.", "LibSerif", 8.5)
    rl_text(c, W - 40, y - 60, "for Bharat Polymers Limited", "LibSerif", 9, "r")
    rl_text(c, W - 40, y - 96, "Authorised Signatory", "LibSerif", 9, "r")
    c.showPage()
    c.save()


# r5-020  France  short payment letter ("ce jour"), reportlab -> 150 dpi greyscale
#         copier scan with a red REÇU stamp; no payment reference at all.


@doc
def r5_020():
    file = "r5-020.pdf"
    rng = random.Random(1020)
    pay = dt.date(2026, 3, 20)
    payer = "Transports Garnier & Fils SARL"
    lines = [
        Ln("PSA-26-0212", amt(rng, 800, 3500), date=dt.date(2026, 2, 3)),
        Ln("PSA-26-0247", amt(rng, 800, 3500), date=dt.date(2026, 2, 11)),
        Ln("AV-0113", -amt(rng, 90, 400), "credit_note", date=dt.date(2026, 2, 14)),
        Ln("PSA-26-0301", amt(rng, 800, 3500), date=dt.date(2026, 2, 24)),
    ]
    total = sum(l.paid for l in lines)
    printed = ["TRANSPORTS GARNIER & FILS", "20 mars 2026", sp(total)] + [l.ref for l in lines] + [sp(l.paid) for l in lines]
    record(file, "reportlab", True, payer, pay, None, "EUR", lines, printed)

    src = WORK / "r5-020-src.pdf"
    c = rl_new(src, A4, "Règlement")
    W, H = A4
    y = H - 64
    rl_text(c, 60, y, "TRANSPORTS GARNIER & FILS", "LibSerif-B", 15)
    rl_text(c, 60, y - 14, "SARL au capital de 80 000 € — Zone de Ladoux, 63118 Cébazat", "LibSerif", 9)
    rl_text(c, 60, y - 25, "Tél. 04 73 24 61 00 — compta@transports-garnier.fr", "LibSerif", 9)
    rl_text(c, 330, y - 70, "PNEUS SERVICE AUVERGNE", "LibSerif", 10.5)
    rl_text(c, 330, y - 84, "Service comptabilité", "LibSerif", 10.5)
    rl_text(c, 330, y - 98, "12 avenue du Brézet", "LibSerif", 10.5)
    rl_text(c, 330, y - 112, "63100 Clermont-Ferrand", "LibSerif", 10.5)
    rl_text(c, W - 60, y - 150, "Cébazat, le 20 mars 2026", "LibSerif", 10.5, "r")
    y -= 190
    rl_text(c, 60, y, "Objet : règlement de vos factures", "LibSerif-B", 10.5)
    y -= 26
    rl_text(c, 60, y, "Madame, Monsieur,", "LibSerif", 10.5)
    y -= 20
    rl_text(c, 60, y, "Nous vous informons que nous avons procédé ce jour, par virement SEPA, au règlement", "LibSerif", 10.5)
    rl_text(c, 60, y - 14, "des factures suivantes, déduction faite de votre avoir :", "LibSerif", 10.5)
    y -= 44
    cols = [(150, "l"), (110, "c"), (120, "r")]
    x0 = 100
    c.setLineWidth(0.6)
    c.line(x0, y + 13, x0 + 380, y + 13)
    rl_row(c, x0, y, cols, ["Facture n°", "du", "Montant"], "LibSerif-B", 10.5)
    c.line(x0, y - 5, x0 + 380, y - 5)
    y -= 20
    for l in lines:
        lab = ("Avoir n° " if l.kind == "credit_note" else "") + l.ref
        rl_row(c, x0, y, cols, [lab, l.date.strftime("%d/%m/%Y"), sp(l.paid) + " €"], "LibSerif", 10.5)
        y -= 16
    c.line(x0, y + 10, x0 + 380, y + 10)
    y -= 8
    rl_text(c, 60, y, f"Soit un total de {sp(total)} € viré sur votre compte FR76 1680 6000 2100 4471 0982 214.", "LibSerif", 10.5)
    y -= 30
    rl_text(c, 60, y, "Nous vous en souhaitons bonne réception et vous prions d'agréer, Madame, Monsieur,", "LibSerif", 10.5)
    rl_text(c, 60, y - 14, "nos salutations distinguées.", "LibSerif", 10.5)
    rl_text(c, 330, y - 60, "Sylvie Garnier", "LibSerif", 10.5)
    rl_text(c, 330, y - 74, "Comptabilité", "LibSerif-I", 10.5)
    c.showPage()
    c.save()
    marks = [{"kind": "stamp", "lines": ["REÇU LE", "23 MARS 2026"], "color": (0.8, 0.1, 0.1), "height": 52, "aspect": 2.2, "angle": 11,
              "candidates": [(150, 110), (170, 120), (130, 150), (200, 170)]}]
    scan_lowq(file, src, 1020, skews=(0.9,), marks=marks, quality=38, blur=1.0, lo=0.24, hi=0.82, noise=0.03)


# r5-021  Japan  English-language payment notice from a trading company, LibreOffice
#         Writer (DejaVu Serif) -> greyscale flatbed 250 dpi; the receiving clerk ticked two
#         rows. Issue date vs payment date; "Our P.O. No." beside "Your Invoice No.".


@doc
def r5_021():
    file = "r5-021.pdf"
    rng = random.Random(1021)
    pay = dt.date(2026, 3, 25)
    payer = "Kansai Precision Trading Co., Ltd."
    nums = seq_refs(rng, 118, 7, (4, 30))
    lines = []
    for i, n in enumerate(nums):
        d = dt.date(2026, 2, min(28, 2 + i * 4 + rng.randint(0, 3)))
        a = Decimal(rng.randint(90, 1500) * 1000 + rng.choice([0, 500, 800, 300]))
        paid = a if i != 4 else Decimal(int(a * Decimal("0.5")) // 1000 * 1000)
        lines.append(Ln(f"HB26-{n:04d}", paid, po=f"P2603-{41 + i * 3:04d}", date=d, a=a, rem="Balance next month" if i == 4 else ""))
    total = sum(l.paid for l in lines)
    ref = "26-0325-014"
    printed = [payer, "2026/03/25", ref, jp(total)] + [l.ref for l in lines] + [jp(l.paid) for l in lines]
    record(file, "libreoffice-writer", True, payer, pay, ref, "JPY", lines, printed)

    f = Fodt(font="DejaVu Serif", size=9.5, lang=("en", "US"), margins=("1.5cm", "1.5cm", "2cm", "2cm"))
    f.p("Date of issue: 2026/03/23", align="end", size=9)
    f.p("PAYMENT NOTICE", size=16, bold=True, align="center", before="0.3cm", after="0.5cm", spacing="0.1cm")
    f.table([9.0, 8.0], [
        ["Hokuriku Bearing Industries Co., Ltd.", payer],
        ["Accounting Dept.  Attn: Ms. Yamada", "3-6-12 Nishitenma, Kita-ku, Osaka 530-0047"],
        ["", "TEL 06-6364-2281  FAX 06-6364-2290"],
        ["", "Accounts Payable Section"],
    ], aligns=["start", "end"], header_rows=1, grid="none", repeat_header=False, size=9.5)
    f.p("", after="0.3cm")
    f.p("We are pleased to inform you that the following payment will be remitted to your bank account.", after="0.3cm")
    f.table([5.0, 7.0], [["Payment Date", "2026/03/25"], ["Remittance No.", ref], ["Remittance Bank", "MUFG Bank, Umeda Branch"],
                         ["Total Payment Amount", f"JPY {jp(total)}"]], header_rows=0, grid="grid", bold_cols=(0,), pad="0.1cm")
    f.p("", after="0.4cm")
    rows = [["No.", "Our P.O. No.", "Your Invoice No.", "Invoice Date", "Amount (JPY)", "Payment (JPY)", "Remarks"]]
    for i, l in enumerate(lines, 1):
        rows.append([str(i), l.po, l.ref, l.date.strftime("%Y/%m/%d"), jp(l.a), jp(l.paid), l.rem])
    rows.append([("TOTAL", 5), None, None, None, None, jp(total), ""])
    f.table([0.9, 2.6, 2.7, 2.3, 2.7, 2.7, 3.5], rows, aligns=["center", "start", "start", "center", "end", "end", "start"], grid="grid", size=9, header_bg="#e0e0e0", bold_rows=(len(rows) - 1,), pad="0.08cm")
    f.p("", after="0.3cm")
    f.p("Note: Bank charges are borne by the remitter. Please contact us if the amount credited differs from this notice.", size=8.5, italic=True)
    src = f.save(WORK / "r5-021-src.fodt")
    marks = [{"kind": "tick", "refs": [lines[0].ref, lines[2].ref, lines[3].ref], "side": "right"}]
    scan_flatbed(file, src, 1021, dpi=250, skews=(-0.9,), marks=marks, quality=55, blur=0.7)


# r5-022  Kenya  pre-printed remittance slip filled in, cheque number but the date box
#         left blank; LibreOffice Writer -> colour flatbed saved as JPEG; ticks in pen.


@doc
def r5_022():
    file = "r5-022.jpg"
    rng = random.Random(1022)
    payer = "Nyeri Highlands Coffee Millers Ltd"
    lines = [
        Ln("KSP/INV/2291", D(rng.randint(400, 1900) * 100), desc="Jute sacks 60kg x 1,200"),
        Ln("KSP/INV/2307", D(rng.randint(200, 900) * 100), desc="Polypropylene liners"),
        Ln("KSP/CN/0045", -D(rng.randint(40, 160) * 100), "credit_note", desc="Credit note - torn sacks returned"),
        Ln("KSP/INV/2318", D(rng.randint(300, 1200) * 100), desc="Jute sacks 60kg x 800"),
    ]
    total = sum(l.paid for l in lines)
    ref = "004512"
    printed = [payer.upper(), ref, us(total)] + [l.ref for l in lines] + [us(l.paid) for l in lines]
    record(file, "libreoffice-writer", True, payer, None, ref, "KES", lines, printed)

    f = Fodt(font="Liberation Sans", size=10.5, lang=("en", "GB"), page=("21cm", "14.8cm"), margins=("1cm", "1cm", "1.5cm", "1.5cm"))
    f.table([11.5, 6.5], [[payer.upper(), "REMITTANCE ADVICE"],
                          ["P.O. Box 1180-10100, Nyeri, Kenya · Tel 0722 418 800 · PIN P051188204K", ""]],
            aligns=["start", "end"], header_rows=1, grid="none", repeat_header=False, size=10)
    f.p("", after="0.2cm")
    f.table([2.4, 8.1, 2.6, 4.9], [
        ["To:", "Karatina Sacks & Packaging Ltd", "Date:", "____________________"],
        ["", "P.O. Box 412, Karatina", "Cheque No:", ref],
        ["", "", "Bank:", "Equity Bank, Nyeri"],
    ], header_rows=0, grid="none", bold_cols=(0, 2))
    f.p("", after="0.2cm")
    rows = [["Invoice No.", "Description", "Amount (KShs)"]]
    for l in lines:
        rows.append([l.ref, l.desc, us(l.paid)])
    rows.append([("TOTAL KShs", 2), None, us(total)])
    f.table([4.0, 9.5, 4.5], rows, aligns=["start", "start", "end"], grid="grid", bold_rows=(len(rows) - 1,), pad="0.1cm")
    f.p("", after="0.5cm")
    f.table([6, 6, 6], [["Prepared by: ________________", "Checked by: ________________", "Approved by: ________________"]], header_rows=0, grid="none", size=9)
    src = f.save(WORK / "r5-022-src.fodt")
    marks = [{"kind": "tick", "refs": [lines[0].ref, lines[1].ref, lines[3].ref], "side": "left", "color": (0.05, 0.05, 0.1)},
             {"kind": "note", "x": 420, "y": 370, "text": "rec'd 24/3  JW", "px": 14, "color": (0.05, 0.05, 0.1)}]
    scan_flatbed(file, src, 1022, dpi=200, skews=(1.8,), marks=marks, color=True, quality=72, blur=0.7, paper=0.95)


# r5-023  Denmark  betalingsadvisering over two pages with "Transport" (carried forward)
#         lines, Chromium -> greyscale flatbed 200 dpi; a clerk ticked matched rows.


@doc
def r5_023():
    file = "r5-023.pdf"
    rng = random.Random(1023)
    pay = dt.date(2026, 3, 19)
    payer = "Jyllands Køleteknik A/S"
    nums = seq_refs(rng, 93, 18, (2, 12))
    dates = dates_before(rng, pay, 18, 8, 55)
    lines = []
    for i, (n, d) in enumerate(zip(nums, dates)):
        bil = f"{61120 + i * 3 + rng.randint(0, 2)}"
        due = d + dt.timedelta(days=30)
        if i == 12:
            v = -amt(rng, 400, 2800)
            lines.append(Ln("KN-2026-011", v, "credit_note", bil=bil, date=d, due=due, bel=v, rab=Decimal("0.00")))
            continue
        b = amt(rng, 900, 24000)
        rab = D(b * Decimal("0.02")) if (pay - d).days <= 14 or i % 5 == 0 else Decimal("0.00")
        lines.append(Ln(f"2026-INV-{n:04d}", b - rab, bil=bil, date=d, due=due, bel=b, rab=rab))
    total = sum(l.paid for l in lines)
    ref = "26-0319-7"
    printed = [payer, "19-03-2026", ref, eu(total)] + [l.ref for l in lines] + [eu(l.paid) for l in lines]
    record(file, "chromium", True, payer, pay, ref, "DKK", lines, printed)

    def rows_html(chunk):
        out = []
        for l in chunk:
            out.append(f"<tr><td>{l.bil}</td><td>{l.ref}</td><td class=c>{l.date.strftime('%d-%m-%Y')}</td><td class=c>{l.due.strftime('%d-%m-%Y')}</td>"
                       f"<td class=r>{eu(l.bel)}</td><td class=r>{eu(l.rab) if l.rab else ''}</td><td class=r>{eu(l.paid)}</td></tr>")
        return "".join(out)
    head = "<tr><th>Bilag</th><th>Fakturanr.</th><th class=c>Fakturadato</th><th class=c>Forfald</th><th class=r>Beløb</th><th class=r>Kontantrabat</th><th class=r>Betalt</th></tr>"
    p1, p2 = lines[:11], lines[11:]
    t1 = sum(l.paid for l in p1)
    body = f"""<!doctype html><html><head><meta charset="utf-8"><style>
@page {{ size: A4; margin: 15mm 16mm; }}
body {{ font-family: 'Liberation Sans', sans-serif; font-size: 9.5pt; }}
.page {{ page-break-after: always; position: relative; height: 262mm; }}
.page:last-child {{ page-break-after: auto; }}
.co {{ font-size: 16pt; font-weight: bold; color:#0b3c6f; }}
.sm {{ font-size: 8pt; color: #333; }}
h1 {{ font-size: 13pt; margin: 18px 0 8px; }}
.meta {{ display:grid; grid-template-columns: 150px 200px 150px 1fr; row-gap: 3px; margin-bottom: 14px; }}
table {{ width:100%; border-collapse: collapse; }}
th {{ text-align:left; border-top: 1.5px solid #000; border-bottom: 1px solid #000; padding: 4px 3px; }}
td {{ padding: 4.5px 3px; border-bottom: 0.5px dotted #888; }}
.r {{ text-align:right; }} .c {{ text-align:center; }}
tr.tr td {{ font-style: italic; border-bottom: 1px solid #000; }}
tr.tot td {{ font-weight: bold; border-top: 1.5px solid #000; border-bottom: 3px double #000; }}
.pn {{ position:absolute; bottom: 0; right: 0; font-size: 8pt; }}
</style></head><body>
<div class="page">
<div class="co">{payer}</div><div class="sm">Industrivej 14 · 8700 Horsens · CVR-nr. 31 44 18 20 · Tlf. 75 62 18 00 · bogholderi@jk-koel.dk</div>
<h1>Betalingsadvisering</h1>
<div class="meta"><b>Til:</b><span>Fyns Kompressor Service ApS</span><b>Betalingsdato:</b><span>19-03-2026</span>
<b>Kreditornr.:</b><span>6006</span><b>Betalingsreference:</b><span>{ref}</span>
<b>Reg./konto:</b><span>5301 0000418822</span><b>Valuta:</b><span>DKK</span></div>
<p>Vi har i dag overført nedenstående beløb til Deres konto. Betalingen vedrører følgende bilag:</p>
<table>{head}{rows_html(p1)}<tr class="tr"><td colspan=6>Transport</td><td class=r>{eu(t1)}</td></tr></table>
<div class="pn">Side 1 af 2</div></div>
<div class="page">
<div class="sm">{payer} · Betalingsadvisering {ref} · 19-03-2026</div><br>
<table>{head}<tr class="tr"><td colspan=6>Transport</td><td class=r>{eu(t1)}</td></tr>{rows_html(p2)}
<tr class="tot"><td colspan=6>I alt overført</td><td class=r>{eu(total)}</td></tr></table>
<p class="sm" style="margin-top:18px">Spørgsmål vedrørende betalingen bedes rettet til bogholderiet på tlf. 75 62 18 05.</p>
<div class="pn">Side 2 af 2</div></div>
</body></html>"""
    src = chromium_pdf(body, "r5-023-src")
    marks = [{"kind": "tick", "page": 0, "refs": [lines[0].ref, lines[1].ref, lines[2].ref, lines[4].ref], "side": "right", "color": (0.1, 0.1, 0.12)},
             {"kind": "tick", "page": 1, "refs": [lines[11].ref, lines[13].ref], "side": "right", "color": (0.1, 0.1, 0.12)}]
    scan_flatbed(file, src, 1023, dpi=200, skews=(0.5, -1.1), marks=marks, quality=55, blur=0.7)


# r5-024  Kenya  remittance advice with withholding VAT 2% and withholding tax 3% per
#         invoice, reportlab -> standard fax.


@doc
def r5_024():
    file = "r5-024.pdf"
    rng = random.Random(1024)
    pay = dt.date(2026, 3, 18)
    payer = "Mombasa Cement Distributors Ltd"
    nums = seq_refs(rng, 3310, 6, (2, 14))
    dates = dates_before(rng, pay, 6, 15, 50)
    lines = []
    for i, (n, d) in enumerate(zip(nums, dates)):
        a = D(rng.randint(45000, 680000))
        taxable = a / Decimal("1.16")
        wv = D(taxable * Decimal("0.02"))
        wt = D(taxable * Decimal("0.03"))
        lines.append(Ln(f"CHS/{n}/26", a - wv - wt, lpo=f"LPO {rng.randint(7100, 7999)}", date=d, a=a, wv=wv, wt=wt))
    total = sum(l.paid for l in lines)
    ref = "KCB/RTGS/260318/0071"
    printed = [payer.upper(), "18/03/2026", ref, us(total)] + [l.ref for l in lines] + [us(l.paid) for l in lines]
    record(file, "reportlab", True, payer, pay, ref, "KES", lines, printed)

    src = WORK / "r5-024-src.pdf"
    c = rl_new(src, A4, "Remittance advice")
    W, H = A4
    y = H - 62
    rl_text(c, W / 2, y, payer.upper(), "LibSans-B", 15, "c")
    rl_text(c, W / 2, y - 15, "Moi Avenue, Bima Towers 6th Floor · P.O. Box 90218-80100 Mombasa · PIN P051234567X", "LibSans", 9, "c")
    rl_text(c, W / 2, y - 27, "Tel: +254 41 222 0450 · accounts@mcd.co.ke", "LibSans", 9, "c")
    c.setLineWidth(2)
    c.line(45, y - 36, W - 45, y - 36)
    rl_text(c, W / 2, y - 62, "REMITTANCE ADVICE", "LibSans-B", 14, "c")
    y -= 92
    rl_text(c, 45, y, "Supplier:", "LibSans-B", 11)
    rl_text(c, 115, y, "Coast Haulage Services Ltd", "LibSans", 11)
    rl_text(c, 115, y - 14, "P.O. Box 4471-80100, Mombasa", "LibSans", 11)
    rl_text(c, 360, y, "Date:", "LibSans-B", 11)
    rl_text(c, 420, y, "18/03/2026", "LibSans", 11)
    rl_text(c, 360, y - 14, "Mode:", "LibSans-B", 11)
    rl_text(c, 420, y - 14, "RTGS", "LibSans", 11)
    rl_text(c, 360, y - 28, "Currency:", "LibSans-B", 11)
    rl_text(c, 420, y - 28, "KES", "LibSans", 11)
    rl_text(c, 45, y - 46, "RTGS Ref:", "LibSans-B", 11)
    rl_text(c, 115, y - 46, ref, "LibSans", 11)
    y -= 80
    cols = [(72, "l"), (64, "l"), (66, "c"), (84, "r"), (66, "r"), (66, "r"), (87, "r")]
    tw = sum(w for w, _ in cols)
    c.setLineWidth(0.8)
    c.rect(45, y - 12, tw, 30)
    rl_row(c, 45, y + 6, cols, ["Inv No", "LPO No", "Inv Date", "Inv Amount", "WHT VAT\n2%", "WHT\n3%", "Net Paid"], "LibSans-B", 10)
    y -= 30
    for l in lines:
        rl_row(c, 45, y, cols, [l.ref, l.lpo, l.date.strftime("%d/%m/%Y"), us(l.a), us(l.wv), us(l.wt), us(l.paid)], "LibSans", 10.5)
        y -= 18
    c.line(45, y + 12, 45 + tw, y + 12)
    y -= 6
    rl_row(c, 45, y, cols, ["TOTAL", "", "", us(sum(l.a for l in lines)), us(sum(l.wv for l in lines)), us(sum(l.wt for l in lines)), us(total)], "LibSans-B", 10.5)
    c.line(45, y - 6, 45 + tw, y - 6)
    y -= 40
    rl_text(c, 45, y, "Withholding VAT and withholding tax certificates will be sent once generated on iTax.", "LibSans", 10.5)
    rl_text(c, 45, y - 15, "Kindly acknowledge receipt.", "LibSans", 10.5)
    rl_text(c, 45, y - 60, "For: " + payer, "LibSans", 10.5)
    rl_text(c, 45, y - 90, "Finance Manager", "LibSans-B", 10.5)
    c.showPage()
    c.save()
    scan_fax(file, src, 1024, lambda p, n: f"18-MAR-2026 15:31   +254 41 222 0450   MCD ACCOUNTS      P.{p:02d}", skews=(-1.1,), dropout=0.045, threshold=0.6)


# r5-025  Canada  EFT remittance over two pages, LibreOffice Calc -> fax received as a
#         two-page G4 TIFF. Page total / carried forward; invoice numbers with B (8?).


@doc
def r5_025():
    file = "r5-025.tiff"
    rng = random.Random(1025)
    pay = dt.date(2026, 3, 20)
    payer = "Northern Lakes Plumbing Wholesale Ltd."
    nums = seq_refs(rng, 7781, 16, (3, 19))
    dates = dates_before(rng, pay, 16, 10, 60)
    lines = []
    for i, (n, d) in enumerate(zip(nums, dates)):
        if i == 9:
            v = -amt(rng, 80, 600)
            lines.append(Ln("CR-B-0412", v, "credit_note", date=d, po="", g=v, disc=Decimal("0.00")))
            continue
        g = amt(rng, 150, 5200)
        disc = D(g * Decimal("0.01"))
        lines.append(Ln(f"B-{n}", g - disc, date=d, po=f"NL{rng.randint(30100, 30999)}", g=g, disc=disc))
    total = sum(l.paid for l in lines)
    ref = "0091187"
    printed = [payer, "2026-03-20", ref, us(total)] + [l.ref for l in lines] + [us(l.paid) for l in lines]
    record(file, "libreoffice-calc", True, payer, pay, ref, "CAD", lines, printed)

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "EFT Remittance"
    F = lambda **k: Font(name="Liberation Sans", size=k.pop("size", 11), **k)  # noqa: E731
    num = "#,##0.00;-#,##0.00"
    xl_put(ws, 1, 1, payer, F(size=15, bold=True))
    xl_put(ws, 2, 1, "1150 Memorial Ave, Thunder Bay ON  P7B 4A3   Tel 807 623-4400   Fax 807 623-4410", F(size=9))
    xl_put(ws, 4, 1, "EFT REMITTANCE ADVICE", F(size=13, bold=True))
    info = [("Payee:", "Superior Valve & Fitting Inc.", "Payment Date:", "2026-03-20"), ("Vendor #:", "V1187", "EFT No:", ref),
            ("", "", "Currency:", "CAD")]
    for i, (a, b, c_, d_) in enumerate(info, 6):
        xl_put(ws, i, 1, a, F(bold=True))
        xl_put(ws, i, 2, b, F())
        xl_put(ws, i, 5, c_, F(bold=True), align="right")
        xl_put(ws, i, 6, d_, F(), align="right")
    hdr = ["Line", "Invoice", "Inv Date", "PO", "Gross", "Disc 1%", "Paid"]
    r0 = 10
    for ci, t in enumerate(hdr, 1):
        xl_put(ws, r0, ci, t, F(bold=True), border=Border(top=THIN, bottom=THIN), align="right" if ci >= 5 else "left")
    r = r0
    first = lines[:10]
    cum = sum(l.paid for l in first)

    def put_line(r, k, l):
        xl_put(ws, r, 1, k, F(), align="left")
        xl_put(ws, r, 2, l.ref, F())
        xl_put(ws, r, 3, l.date.strftime("%Y-%m-%d"), F())
        xl_put(ws, r, 4, l.po, F())
        xl_put(ws, r, 5, float(l.g), F(), fmt_=num)
        xl_put(ws, r, 6, float(l.disc), F(), fmt_=num)
        xl_put(ws, r, 7, float(l.paid), F(), fmt_=num)
    for k, l in enumerate(first, 1):
        r += 1
        put_line(r, k, l)
    r += 1
    xl_put(ws, r, 5, "Page total", F(italic=True), align="right")
    xl_put(ws, r, 7, float(cum), F(italic=True), fmt_=num, border=Border(top=THIN))
    r += 1
    xl_put(ws, r, 5, "Carried forward", F(bold=True), align="right")
    xl_put(ws, r, 7, float(cum), F(bold=True), fmt_=num)
    ws.row_breaks.append(Break(id=r))
    r += 1
    xl_put(ws, r, 5, "Brought forward", F(bold=True), align="right")
    xl_put(ws, r, 7, float(cum), F(bold=True), fmt_=num)
    for k, l in enumerate(lines[10:], 11):
        r += 1
        put_line(r, k, l)
    r += 2
    xl_put(ws, r, 5, "TOTAL PAID", F(bold=True), align="right")
    xl_put(ws, r, 7, float(total), F(bold=True), fmt_=num, border=Border(top=THIN, bottom=Side(style="double")))
    r += 3
    xl_put(ws, r, 1, "Funds deposited to your account ending 4471 at TD Canada Trust. Questions: ap@nlpw.ca", F(size=10))
    ws.print_title_rows = f"{r0}:{r0}"
    ws.oddFooter.center.text = "Page &P of &N"
    for col, w in zip("ABCDEFG", (6, 14, 13, 11, 14, 12, 14)):
        ws.column_dimensions[col].width = w
    xl_print_setup(ws, paper="Letter", margins=(0.6, 0.6, 0.7, 0.7))
    src = calc_pdf(wb, "r5-025-src")
    scan_fax(file, src, 1025, lambda p, n: f"MAR-20-2026 09:14  FROM: NORTHERN LAKES PLUMB   8076234410      P.{p}/{n}", skews=(0.7, -0.3), dropout=0.05)


# r5-026  New Zealand  two-line remittance advice, LibreOffice Writer -> greyscale flatbed
#         300 dpi with the payer's red PAID stamp; a GST column that is not the amount paid.


@doc
def r5_026():
    file = "r5-026.pdf"
    rng = random.Random(1026)
    pay = dt.date(2026, 3, 20)
    payer = "Canterbury Dairy Co-operative Ltd"
    lines = [Ln("RSF-10482", amt(rng, 1800, 7400), date=dt.date(2026, 2, 12), desc="Fabricate & install SS handrail, Plant 2"),
             Ln("RSF-10519", amt(rng, 600, 2400), date=dt.date(2026, 2, 26), desc="Repairs to CIP tank manway")]
    for l in lines:
        l.x["gst"] = D(l.paid * 3 / 23)
    total = sum(l.paid for l in lines)
    ref = "CDC0320-118"
    printed = [payer, "20/03/2026", ref, us(total)] + [l.ref for l in lines] + [us(l.paid) for l in lines]
    record(file, "libreoffice-writer", True, payer, pay, ref, "NZD", lines, printed)

    f = Fodt(font="Liberation Sans", size=10, lang=("en", "NZ"), margins=("1.8cm", "1.8cm", "2.2cm", "2.2cm"),
             footer="Canterbury Dairy Co-operative Ltd · 210 Thompsons Road, Rolleston 7675 · GST No. 54-118-902")
    f.p(payer, size=16, bold=True, after="0cm", color="#1f3864")
    f.p("210 Thompsons Road, Rolleston 7675 · PO Box 118, Rolleston · (03) 347 8800", size=8.5, after="0.8cm")
    f.p("REMITTANCE ADVICE", size=13, bold=True, after="0.4cm")
    f.table([8.5, 3.6, 4.5], [
        ["Rakaia Stainless Fabrication Ltd", "Date paid:", "20/03/2026"],
        ["18 Main South Road", "Payment type:", "Direct credit"],
        ["Rakaia 7710", "Reference:", ref],
        ["", "Paid to:", "03-1592-0044871-00"],
    ], header_rows=0, grid="none", bold_cols=(1,))
    f.p("", after="0.5cm")
    rows = [["Invoice No.", "Invoice Date", "Description", "GST", "Amount"]]
    for l in lines:
        rows.append([l.ref, l.date.strftime("%d/%m/%Y"), l.desc, us(l.gst), us(l.paid)])
    rows.append([("Total paid (NZD, GST inclusive)", 4), None, None, None, "$" + us(total)])
    f.table([2.6, 2.5, 6.6, 2.1, 2.8], rows, aligns=["start", "start", "start", "end", "end"], grid="rules", bold_rows=(len(rows) - 1,), pad="0.12cm")
    f.p("", after="0.6cm")
    f.p("Thank you. Please direct any queries to accountspayable@cantydairy.co.nz quoting the reference above.", size=9)
    src = f.save(WORK / "r5-026-src.fodt")
    marks = [{"kind": "stamp", "lines": ["PAID", "20 MAR 2026"], "color": (0.85, 0.1, 0.12), "height": 54, "aspect": 2.0, "angle": -12,
              "candidates": [(430, 75), (470, 90), (400, 110), (330, 120)]}]
    scan_flatbed(file, src, 1026, dpi=300, skews=(2.2,), marks=marks, quality=52, blur=0.8)


# r5-027  Brazil  comprovante de pagamento a fornecedores, LibreOffice Writer, text PDF:
#         the payer's título number beside the NF, parcelas, desconto and juros.


@doc
def r5_027():
    file = "r5-027.pdf"
    rng = random.Random(1027)
    pay = dt.date(2026, 3, 17)
    payer = "Cooperativa Agroindustrial Vale Verde"
    nums = seq_refs(rng, 19884, 6, (3, 60))
    lines = []
    for i, n in enumerate(nums):
        ven = pay + dt.timedelta(days=rng.randint(-9, 12))
        orig = amt(rng, 2500, 18000)
        desc = D(orig * Decimal("0.02")) if i in (1, 4) else Decimal("0.00")
        jur = D(orig * Decimal("0.0033") * (pay - ven).days) if (pay - ven).days > 0 and i not in (1, 4) else Decimal("0.00")
        parc = "2/3" if i == 3 else "1/1"
        lines.append(Ln(str(n), orig - desc + jur, tit=f"TIT-{88120 + i * 7}", parc=parc, ven=ven, orig=orig, desc=desc, jur=jur))
    total = sum(l.paid for l in lines)
    ref = "2026-0317-03"
    printed = [payer, "17/03/2026", ref, eu(total)] + [l.ref for l in lines] + [eu(l.paid) for l in lines]
    record(file, "libreoffice-writer", False, payer, pay, ref, "BRL", lines, printed)

    f = Fodt(font="DejaVu Sans", size=8.5, lang=("pt", "BR"), page=("29.7cm", "21cm"), margins=("1.2cm", "1.2cm", "1.5cm", "1.5cm"),
             footer="Cooperativa Agroindustrial Vale Verde — CNPJ 87.654.321/0001-09 — Rodovia RS-122, km 44, Farroupilha/RS")
    f.p("COOPERATIVA AGROINDUSTRIAL VALE VERDE", size=13, bold=True, after="0cm")
    f.p("Setor Financeiro — Contas a Pagar", size=8.5, after="0.3cm")
    f.p("COMPROVANTE DE PAGAMENTO A FORNECEDORES", size=11, bold=True, align="center", after="0.3cm")
    f.table([3.5, 10, 3.5, 9.7], [
        ["Fornecedor:", "Agroquímica Serra Gaúcha Ltda — CNPJ 11.222.333/0001-81", "Data de pagamento:", "17/03/2026"],
        ["Código:", "F-004471", "Lote de pagamento nº:", ref],
        ["Banco/Agência:", "Sicredi 748 / 0118", "Forma:", "PIX / TED"],
    ], header_rows=0, grid="box", bold_cols=(0, 2), pad="0.08cm")
    f.p("", after="0.3cm")
    rows = [["Título", "NF", "Parcela", "Vencimento", "Valor original", "Desconto", "Juros/Multa", "Valor pago"]]
    for l in lines:
        rows.append([l.tit, l.ref, l.parc, l.ven.strftime("%d/%m/%Y"), eu(l.orig), eu(l.desc), eu(l.jur), eu(l.paid)])
    rows.append([("Total pago (R$)", 7), None, None, None, None, None, None, eu(total)])
    f.table([3.0, 2.6, 2.0, 3.0, 4.0, 3.2, 3.2, 4.0], rows, aligns=["start", "start", "center", "center", "end", "end", "end", "end"], grid="grid", header_bg="#c6e0b4", bold_rows=(len(rows) - 1,))
    f.p("", after="0.3cm")
    f.p("Juros e multa calculados conforme condições comerciais para títulos pagos após o vencimento. Parcelas restantes serão pagas nos respectivos vencimentos.", size=8)
    src = f.save(WORK / "r5-027.fodt")
    shutil.copy(src, OUT / file)


# r5-028  Turkey  ödeme avisi, reportlab (Liberation Serif), text PDF: a muhasebe fiş number
#         beside each e-fatura number, an iade faturası (return invoice) as a credit,
#         "Yalnız ..." amount in words.

_TR1 = ["", "bir", "iki", "üç", "dört", "beş", "altı", "yedi", "sekiz", "dokuz"]
_TR10 = ["", "on", "yirmi", "otuz", "kırk", "elli", "altmış", "yetmiş", "seksen", "doksan"]


def _tr999(n):
    hnd, rest = divmod(n, 100)
    s = ""
    if hnd:
        s += ("" if hnd == 1 else _TR1[hnd]) + "yüz"
    return s + _TR10[rest // 10] + _TR1[rest % 10]


def words_tr(n):
    s = ""
    mil, n = divmod(n, 10**6)
    th, n = divmod(n, 1000)
    if mil:
        s += _tr999(mil) + "milyon"
    if th:
        s += ("" if th == 1 else _tr999(th)) + "bin"
    return s + _tr999(n)


@doc
def r5_028():
    file = "r5-028.pdf"
    rng = random.Random(1028)
    pay = dt.date(2026, 3, 17)
    payer = "Ege Gıda Pazarlama A.Ş."
    nums = seq_refs(rng, 93, 6, (4, 30))
    dates = dates_before(rng, pay, 6, 20, 70)
    lines = []
    for i, (n, d) in enumerate(zip(nums, dates)):
        fis = f"MHS-2026-{311 + i * 2}"
        vade = d + dt.timedelta(days=45)
        if i == 4:
            v = -amt(rng, 1500, 9000)
            lines.append(Ln("EGG2026000000012", v, "credit_note", fis=fis, date=d, vade=vade, note="İade faturası"))
            continue
        lines.append(Ln(f"MRM2026{n:09d}", amt(rng, 9000, 120000), fis=fis, date=d, vade=vade, note=""))
    total = sum(l.paid for l in lines)
    ref = "20260317-7731-0944"
    printed = [payer, "17.03.2026", ref, eu(total)] + [l.ref for l in lines] + [eu(l.paid) for l in lines]
    record(file, "reportlab", False, payer, pay, ref, "TRY", lines, printed)

    src = OUT / file
    c = rl_new(src, A4, "Ödeme Avisi")
    W, H = A4
    y = H - 60
    c.setFillColorRGB(0.55, 0.1, 0.1)
    c.rect(50, y - 6, 6, 30, stroke=0, fill=1)
    c.setFillColorRGB(0, 0, 0)
    rl_text(c, 64, y + 8, "EGE GIDA PAZARLAMA A.Ş.", "LibSerif-B", 16)
    rl_text(c, 64, y - 5, "Kemalpaşa OSB, 5. Sokak No: 9, 35730 Kemalpaşa / İZMİR  ·  Kemalpaşa V.D. 3250118847", "LibSerif", 8.5)
    rl_text(c, W - 50, y + 8, "Tarih: 17.03.2026", "LibSerif", 10, "r")
    y -= 50
    rl_text(c, W / 2, y, "ÖDEME AVİSİ", "LibSerif-B", 14, "c")
    y -= 32
    rl_text(c, 50, y, "Sayın", "LibSerif", 10)
    rl_text(c, 50, y - 13, "Marmara Ambalaj San. Ltd. Şti.", "LibSerif-B", 10)
    rl_text(c, 50, y - 26, "Cari Kod: 320.01.118", "LibSerif", 10)
    rl_text(c, 330, y, "Ödeme Şekli", "LibSerif-B", 10)
    rl_text(c, 420, y, ": Havale / EFT", "LibSerif", 10)
    rl_text(c, 330, y - 13, "İşlem Ref. No", "LibSerif-B", 10)
    rl_text(c, 420, y - 13, ": " + ref, "LibSerif", 10)
    rl_text(c, 330, y - 26, "Banka", "LibSerif-B", 10)
    rl_text(c, 420, y - 26, ": Garanti BBVA", "LibSerif", 10)
    y -= 52
    rl_text(c, 50, y, "Aşağıda belirtilen faturalarınız karşılığı olan tutar hesabınıza gönderilmiştir.", "LibSerif", 10)
    y -= 22
    cols = [(88, "l"), (118, "l"), (66, "c"), (66, "c"), (80, "l"), (77, "r")]
    tw = sum(w for w, _ in cols)
    c.setLineWidth(0.8)
    c.line(50, y + 13, 50 + tw, y + 13)
    rl_row(c, 50, y, cols, ["Belge No", "Fatura No", "Fatura Tarihi", "Vade", "Açıklama", "Tutar (TL)"], "LibSerif-B", 9.5)
    c.line(50, y - 5, 50 + tw, y - 5)
    y -= 19
    for l in lines:
        rl_row(c, 50, y, cols, [l.fis, l.ref, l.date.strftime("%d.%m.%Y"), l.vade.strftime("%d.%m.%Y"), l.note or "Satış faturası", eu(l.paid)], "LibSerif", 9.5)
        y -= 15
    c.line(50, y + 9, 50 + tw, y + 9)
    y -= 6
    rl_text(c, 50 + tw - 80, y, "TOPLAM", "LibSerif-B", 10, "r")
    rl_text(c, 50 + tw - 3, y, eu(total) + " TL", "LibSerif-B", 10, "r")
    kr = int((total * 100) % 100)
    yaz = f"Yalnız #{words_tr(int(total))}TL" + (f" {words_tr(kr)}Kr.#" if kr else "#")
    y -= 22
    rl_text(c, 50, y, yaz, "LibSerif-I", 9.5)
    y -= 40
    rl_text(c, 50, y, "İade faturası tutarı ödemeden mahsup edilmiştir. Mutabakat için muhasebe@egegida.com.tr", "LibSerif", 9)
    rl_text(c, W - 60, y - 50, "Ege Gıda Pazarlama A.Ş.", "LibSerif", 10, "r")
    rl_text(c, W - 60, y - 63, "Finans Müdürlüğü", "LibSerif", 10, "r")
    c.showPage()
    c.save()


# r5-029  Switzerland  Zahlungsavis with 1'234.50 amounts, Chromium -> greyscale flatbed
#         250 dpi, punched holes; "Beleg-Nr." beside the invoice number; a Gutschrift.


@doc
def r5_029():
    file = "r5-029.pdf"
    rng = random.Random(1029)
    pay = dt.date(2026, 3, 20)
    payer = "Alpenblick Hotellerie AG"
    nums = seq_refs(rng, 20118, 8, (3, 25))
    dates = dates_before(rng, pay, 8, 10, 45)
    lines = []
    for i, (n, d) in enumerate(zip(nums, dates)):
        beleg = f"{4500 + i * 6 + rng.randint(0, 5)}"
        if i == 6:
            v = -D(rng.randint(8, 60) * 5)
            lines.append(Ln("GS-0412", v, "credit_note", beleg=beleg, date=d, b=v, sk=Decimal("0.00")))
            continue
        b = D(rng.randint(1200, 98000) * 5) / 100  # Swiss rounding to 5 Rappen
        b = D(b)
        sk = D((b * Decimal("0.02") * 20).quantize(Decimal("1")) / 20) if i in (1, 4) else Decimal("0.00")
        lines.append(Ln(f"OBS-{n}", b - sk, beleg=beleg, date=d, b=b, sk=sk))
    total = sum(l.paid for l in lines)
    ref = "ZA-2026-0318"
    printed = [payer, "20.03.2026", ref, ch(total)] + [l.ref for l in lines] + [ch(l.paid) for l in lines]
    record(file, "chromium", True, payer, pay, ref, "CHF", lines, printed)
    rows = [[l.beleg, l.ref, l.date.strftime("%d.%m.%Y"), ch(l.b), ch(l.sk) if l.sk else "", ch(l.paid)] for l in lines]
    tbl = html_table(["Beleg-Nr.", "Rechnungs-Nr.", "Rechnungsdatum", "Betrag CHF", "Skonto", "Bezahlt CHF"], rows, ["l", "l", "c", "r", "r", "r"], "g",
                     foot=[['<td colspan="5" class="r">Total Zahlung CHF</td>', f'<td class="r">{ch(total)}</td>']])
    body = f"""<!doctype html><html><head><meta charset="utf-8"><style>
@page {{ size: A4; margin: 18mm 16mm 18mm 25mm; }}
body {{ font-family: 'Liberation Sans', sans-serif; font-size: 9.5pt; }}
.lh {{ display:flex; justify-content: space-between; border-bottom: 0.8px solid #000; padding-bottom: 6px; }}
.lh .n {{ font: bold 17pt 'Liberation Serif'; }}
.win {{ margin: 30px 0 0 0; line-height: 1.4; }}
.meta {{ margin: 26px 0 12px; }}
.meta td {{ padding: 1px 14px 1px 0; }}
h2 {{ font-size: 13pt; margin: 22px 0 6px; }}
table.g {{ width:100%; border-collapse: collapse; margin-top: 10px; }}
table.g th {{ background: #d9d9d9; padding: 5px 4px; font-size: 9pt; }}
table.g td {{ padding: 4px; border-bottom: 0.6px solid #bbb; }}
table.g tfoot td {{ font-weight: bold; border-top: 1.2px solid #000; border-bottom: 2.5px double #000; }}
.r {{ text-align:right; }} .c {{ text-align:center; }} .l {{ text-align:left; }}
</style></head><body>
<div class="lh"><div><div class="n">{payer}</div><div>Höheweg 41 · 3800 Interlaken</div></div>
<div style="text-align:right">Tel. 033 826 14 00<br>kreditoren@alpenblick-hotels.ch<br>MWST CHE-118.447.920</div></div>
<div class="win">Oberländer Bäckerei-Service GmbH<br>Buchhaltung<br>Industriestrasse 12<br>3752 Wimmis</div>
<h2>Zahlungsavis</h2>
<table class="meta"><tr><td>Valuta</td><td><b>20.03.2026</b></td><td>Zahlungsauftrag Nr.</td><td><b>{ref}</b></td></tr>
<tr><td>Währung</td><td><b>CHF</b></td><td>Ihre Kundennummer</td><td>K-11804</td></tr></table>
<p>Sehr geehrte Damen und Herren<br>Wir haben Ihnen heute folgende Rechnungen überwiesen:</p>
{tbl}
<p style="margin-top:20px">Freundliche Grüsse<br>Alpenblick Hotellerie AG · Kreditorenbuchhaltung</p>
</body></html>"""
    src = chromium_pdf(body, "r5-029-src")
    marks = [{"kind": "holes", "x": 10}]
    scan_flatbed(file, src, 1029, dpi=250, skews=(-0.4,), marks=marks, quality=55, blur=0.7, paper=0.93)


# r5-030  USA  legacy AS/400 remittance as a .txt (fixed width, trailing-minus credits,
#         no currency printed anywhere); run date differs from the EFT payment date.


@doc
def r5_030():
    file = "r5-030.txt"
    rng = random.Random(1030)
    pay = dt.date(2026, 3, 20)
    payer = "Great Plains Feed & Grain Cooperative"
    nums = seq_refs(rng, 48812, 10, (3, 70))
    dates = dates_before(rng, pay, 10, 15, 60)
    lines = []
    for i, (n, d) in enumerate(zip(nums, dates)):
        if i == 6:
            v = -D(rng.randint(80, 600))
            lines.append(Ln("CM-00412", v, "credit_note", date=d, due=d, g=v, disc=Decimal("0.00")))
            continue
        g = amt(rng, 300, 12000)
        disc = D(g * Decimal("0.02")) if i % 2 == 0 else Decimal("0.00")
        lines.append(Ln(f"PSC-{n:07d}", g - disc, date=d, due=d + dt.timedelta(days=30), g=g, disc=disc))
    total = sum(l.paid for l in lines)
    ref = "77120"
    tm = lambda d: us(d, neg="trail") if d < 0 else us(d) + " "  # noqa: E731
    printed = [payer.upper(), "03/20/2026", ref, us(total)] + [l.ref for l in lines] + [us(l.paid, neg="trail") for l in lines]
    record(file, "txt", False, payer, pay, ref, None, lines, printed)
    out = []
    out.append(f"{payer.upper():<60}{'PAGE     1':>20}")
    out.append(f"{'ACCOUNTS PAYABLE - REMITTANCE ADVICE':<52}{'RUN 03/19/26  07:42:16':>28}")
    out.append(f"{'APRMT410':>80}")
    out.append("")
    out.append("VENDOR   018822   PRAIRIE SEED & CHEMICAL INC")
    out.append("                  PO BOX 2207")
    out.append("                  SALINA KS 67402")
    out.append("")
    out.append("PAYMENT NO  77120        PAYMENT DATE 03/20/2026        PAY TYPE  EFT/ACH")
    out.append("")
    out.append(f"{'INVOICE NO':<15} {'INV DATE':<10} {'DUE DATE':<10} {'GROSS AMT':>13} {'DISCOUNT':>11} {'NET AMT':>14}")
    out.append(f"{'-' * 15} {'-' * 10} {'-' * 10} {'-' * 13} {'-' * 11} {'-' * 14}")
    for l in lines:
        out.append(f"{l.ref:<15} {l.date.strftime('%m/%d/%Y'):<10} {l.due.strftime('%m/%d/%Y'):<10} {tm(l.g):>14}{tm(l.disc):>12}{tm(l.paid):>15}")
    out.append(f"{'':<15} {'':<10} {'':<10} {'-' * 13} {'-' * 11} {'-' * 14}")
    tg, td = sum(l.g for l in lines), sum(l.disc for l in lines)
    out.append(f"{'PAYMENT TOTAL':<37} {tm(tg):>14}{tm(td):>12}{tm(total):>15}")
    out.append("")
    out.append(f"{'ITEMS PAID:':<15}{len(lines):>4}")
    out.append("")
    out.append("                      *** END OF REMITTANCE ***")
    (OUT / file).write_bytes(("\r\n".join(out) + "\r\n").encode("ascii"))


# r5-031  Finland  maksuilmoitus, LibreOffice Calc -> 150 dpi greyscale copier scan.
#         Viitenumero (reference number) column beside the invoice number; d.m.yyyy dates.


def fi_viite(rng, base):
    digits = f"{base}{rng.randint(100, 999)}"
    w = [7, 3, 1]
    s = sum(int(d) * w[i % 3] for i, d in enumerate(reversed(digits)))
    full = digits + str((10 - s % 10) % 10)
    groups = []
    while full:
        groups.insert(0, full[-5:])
        full = full[:-5]
    return " ".join(groups)


@doc
def r5_031():
    file = "r5-031.pdf"
    rng = random.Random(1031)
    pay = dt.date(2026, 3, 20)
    payer = "Pohjolan Sähkötarvike Oy"
    nums = seq_refs(rng, 587, 7, (3, 28))
    dates = dates_before(rng, pay, 7, 10, 45)
    lines = []
    for i, (n, d) in enumerate(zip(nums, dates)):
        due = d + dt.timedelta(days=21)
        if i == 2:
            v = -amt(rng, 120, 900)
            lines.append(Ln("HL-26-0031", v, "credit_note", date=d, due=d, viite="", s=v))
            continue
        s_ = amt(rng, 600, 16000)
        lines.append(Ln(f"TKT-26-{n:04d}", s_, date=d, due=due, viite=fi_viite(rng, n), s=s_))
    total = sum(l.paid for l in lines)
    ref = "ME-2026-031"
    printed = [payer, "20.3.2026", ref, sp(total)] + [l.ref for l in lines] + [sp(l.paid) for l in lines]
    record(file, "libreoffice-calc", True, payer, pay, ref, "EUR", lines, printed)

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Maksuilmoitus"
    F = lambda **k: Font(name="Liberation Serif", size=k.pop("size", 11), **k)  # noqa: E731
    num = "[$-40B]#,##0.00"
    datef = "[$-40B]d.m.yyyy"
    xl_put(ws, 1, 1, payer, F(size=16, bold=True))
    xl_put(ws, 2, 1, "Y-tunnus 1234567-8 · Teknologiantie 9, 90590 Oulu · puh. 08 552 1180", F(size=9))
    xl_put(ws, 4, 1, "MAKSUILMOITUS", F(size=14, bold=True))
    info = [("Saaja:", "Tampereen Kaapelitukku Oy", "Maksupäivä:", pay), ("Toimittajanro:", "70412", "Maksuerä:", ref),
            ("Saajan tili:", "FI21 1234 5600 0007 85", "Valuutta:", "EUR")]
    for i, (a, b, c_, d_) in enumerate(info, 6):
        xl_put(ws, i, 1, a, F(bold=True))
        xl_put(ws, i, 2, b, F())
        xl_put(ws, i, 5, c_, F(bold=True), align="right")
        xl_put(ws, i, 6, d_, F(), fmt_=datef if isinstance(d_, dt.date) else None, align="right")
    hdr = ["Laskun nro", "Laskun pvm", "Viitenumero", "Eräpäivä", "Summa", "Maksettu"]
    r0 = 10
    for ci, t in enumerate(hdr, 1):
        xl_put(ws, r0, ci, t, F(bold=True), border=Border(bottom=THIN), align="right" if ci >= 5 else "left")
    for k, l in enumerate(lines, 1):
        r = r0 + k
        xl_put(ws, r, 1, l.ref, F())
        xl_put(ws, r, 2, l.date, F(), fmt_=datef, align="left")
        xl_put(ws, r, 3, l.viite or "hyvityslasku", F())
        xl_put(ws, r, 4, l.due, F(), fmt_=datef, align="left")
        xl_put(ws, r, 5, float(l.s), F(), fmt_=num)
        xl_put(ws, r, 6, float(l.paid), F(), fmt_=num)
    rt = r0 + len(lines) + 2
    xl_put(ws, rt, 5, "Yhteensä", F(bold=True), align="right")
    xl_put(ws, rt, 6, float(total), F(bold=True), fmt_=num, border=Border(top=THIN, bottom=Side(style="double")))
    xl_put(ws, rt + 3, 1, "Hyvityslasku HL-26-0031 on vähennetty maksusta. Lisätietoja: ostoreskontra@pohjolansahko.fi", F(size=10))
    for col, w in zip("ABCDEF", (16, 13, 20, 12, 14, 14)):
        ws.column_dimensions[col].width = w
    xl_print_setup(ws, margins=(0.8, 0.7, 0.8, 0.8))
    src = calc_pdf(wb, "r5-031-src")
    scan_lowq(file, src, 1031, skews=(-1.3,), quality=40, blur=0.85, lo=0.22, hi=0.86, noise=0.022)


# r5-032  India  SAP-style payment advice over two pages (page total, carried/brought
#         forward), reportlab with a monospaced body, trailing-minus credit; greyscale
#         flatbed 200 dpi, one row highlighted by the receiving clerk.


@doc
def r5_032():
    file = "r5-032.pdf"
    rng = random.Random(1032)
    pay = dt.date(2026, 3, 21)
    payer = "Deccan Textile Mills Ltd"
    nums = seq_refs(rng, 1184, 20, (2, 14))
    dates = dates_before(rng, pay, 20, 15, 75)
    lines = []
    for i, (n, d) in enumerate(zip(nums, dates)):
        docno = f"51000{12345 + i * 11 + rng.randint(0, 9)}"
        if i == 13:
            v = -D(rng.randint(50, 400) * 100)
            lines.append(Ln(f"CSW/CN/{n}/25-26", v, "credit_note", docno=docno, date=d, g=v, tds=Decimal("0.00")))
            continue
        g = amt(rng, 25000, 640000)
        tds = D(round(g * Decimal("0.001")))
        lines.append(Ln(f"CSW/{n}/25-26", g - tds, docno=docno, date=d, g=g, tds=tds))
    total = sum(l.paid for l in lines)
    ref = "1500004127"
    sm = lambda d: inr(d, neg="trail")  # noqa: E731
    printed = [payer, "21.03.2026", ref, inr(total)] + [l.ref for l in lines] + [sm(l.paid) for l in lines]
    record(file, "reportlab", True, payer, pay, ref, "INR", lines, printed)

    src = WORK / "r5-032-src.pdf"
    c = rl_new(src, A4, "Payment advice")
    W, H = A4
    pages = [lines[:12], lines[12:]]
    cum = Decimal("0.00")
    for pi, chunk in enumerate(pages):
        y = H - 50
        rl_text(c, 45, y, payer, "LibSans-B", 13)
        rl_text(c, 45, y - 12, "Survey No. 118, Ichalkaranji Road, Kolhapur 416 115, Maharashtra · GSTIN 27AACCD1184Q1ZK", "LibSans", 8)
        rl_text(c, W - 45, y, f"Page {pi + 1} / 2", "LibSans", 8.5, "r")
        y -= 36
        rl_text(c, 45, y, "PAYMENT ADVICE CUM REMITTANCE DETAILS", "LibSans-B", 11)
        y -= 18
        meta = [("Payment Doc No.", ref), ("Payment Date", "21.03.2026"), ("Company Code", "1000"), ("House Bank", "ICICI Bank / Kolhapur")]
        if pi == 0:
            meta += [("Vendor", "0000201184  Coimbatore Spinning & Weaving Co."), ("Currency", "INR")]
        for k, (a, b) in enumerate(meta):
            rl_text(c, 45, y - k * 11, a, "DejaVuMono", 8)
            rl_text(c, 150, y - k * 11, ": " + b, "DejaVuMono", 8)
        y -= len(meta) * 11 + 14
        hdr = f"{'Doc. No.':<11} {'Reference':<20} {'Doc. Date':<10} {'Gross Amount':>15} {'TDS Amount':>11} {'Net Amount':>15}"
        c.setLineWidth(0.6)
        c.line(45, y + 10, W - 45, y + 10)
        rl_text(c, 45, y, hdr, "DejaVuMono-B", 8)
        c.line(45, y - 4, W - 45, y - 4)
        y -= 16
        if pi == 1:
            rl_text(c, 45, y, f"{'Brought forward':<60}{sm(cum):>16}", "DejaVuMono", 8.2)
            y -= 13
        for l in chunk:
            row = f"{l.docno:<11} {l.ref:<20} {l.date.strftime('%d.%m.%Y'):<10} {sm(l.g):>15} {sm(l.tds):>11} {sm(l.paid):>15}"
            rl_text(c, 45, y, row, "DejaVuMono", 8.2)
            y -= 13
        pt = sum(l.paid for l in chunk)
        cum += pt
        c.line(45, y + 8, W - 45, y + 8)
        y -= 4
        rl_text(c, 45, y, f"{'Page total':<60}{sm(pt):>16}", "DejaVuMono", 8.2)
        y -= 13
        if pi == 0:
            rl_text(c, 45, y, f"{'Carried forward':<60}{sm(cum):>16}", "DejaVuMono-B", 8.2)
        else:
            rl_text(c, 45, y, f"{'Total amount paid  INR':<60}{inr(total):>16}", "DejaVuMono-B", 8.2)
            y -= 36
            rl_text(c, 45, y, "The above amount has been transferred to your account no. XXXXXXXX4471 (HDFC Bank) by RTGS.", "LibSans", 8.5)
            rl_text(c, 45, y - 12, "TDS deducted u/s 194Q. Credit note CSW/CN adjusted as per your statement of account.", "LibSans", 8.5)
            rl_text(c, 45, y - 24, "This is a system generated advice and needs no signature.", "LibSans-I", 8)
        c.showPage()
    c.save()
    marks = [{"kind": "highlight", "page": 0, "ref": lines[5].ref}, {"kind": "highlight", "page": 1, "ref": lines[15].ref, "color": (0.55, 1.0, 0.55)}]
    scan_flatbed(file, src, 1032, dpi=200, skews=(-0.7, 0.9), marks=marks, quality=55, blur=0.7)


# r5-033  UK  compliment-slip remittance, Chromium -> phone photo (light from the left,
#         shadow top-left), .jpg.


@doc
def r5_033():
    file = "r5-033.jpg"
    rng = random.Random(1033)
    pay = dt.date(2026, 3, 19)
    payer = "Harrogate Catering Supplies Ltd"
    lines = [Ln("INV-26-0148", amt(rng, 200, 1400), date=dt.date(2026, 2, 11)),
             Ln("INV-26-0163", amt(rng, 200, 1400), date=dt.date(2026, 2, 18)),
             Ln("INV-26-0171", amt(rng, 200, 1400), date=dt.date(2026, 2, 25))]
    total = sum(l.paid for l in lines)
    ref = "HCS190326"
    printed = [payer, "19 March 2026", ref, us(total)] + [l.ref for l in lines] + [us(l.paid) for l in lines]
    record(file, "chromium", True, payer, pay, ref, "GBP", lines, printed)
    rows = "".join(f"<tr><td>{l.ref}</td><td>{l.date.strftime('%d/%m/%Y')}</td><td class=r>{us(l.paid)}</td></tr>" for l in lines)
    body = f"""<!doctype html><html><head><meta charset="utf-8"><style>
@page {{ size: A5; margin: 12mm; }}
body {{ font-family: 'DejaVu Serif', serif; font-size: 10.5pt; color:#222; }}
.n {{ font-size: 16pt; font-weight: bold; color:#5b2c6f; }}
.a {{ font-size: 8pt; color:#555; margin-bottom: 16px; }}
h3 {{ margin: 12px 0 8px; letter-spacing: 1px; }}
table {{ border-collapse: collapse; width: 100%; }}
th {{ text-align:left; border-bottom: 1px solid #5b2c6f; padding: 4px; }}
td {{ padding: 5px 4px; border-bottom: 0.5px solid #ccc; }}
.r {{ text-align:right; }}
.tot td {{ font-weight: bold; border-top: 1px solid #000; border-bottom: none; }}
</style></head><body>
<div class="n">{payer}</div>
<div class="a">Unit 9, Hornbeam Park, Harrogate HG2 8QT · 01423 870 412</div>
<h3>Remittance Advice</h3>
<p>To: Dales Fresh Produce Ltd<br>Date of payment: 19 March 2026<br>Faster Payment ref: {ref}</p>
<table><tr><th>Invoice No</th><th>Date</th><th class=r>Amount £</th></tr>{rows}
<tr class="tot"><td colspan=2>Total paid</td><td class=r>£{us(total)}</td></tr></table>
<p style="font-size:9pt;margin-top:18px">With compliments — Accounts Dept.</p>
</body></html>"""
    src = chromium_pdf(body, "r5-033-src")
    scan_photo(file, src, 1033, dpi=220, quad=[(110, 260), (1330, 170), (1400, 1850), (160, 1930)], shadow_side="left", out_size=(1500, 2100), quality=82)


# r5-034  Poland  potwierdzenie zapłaty, LibreOffice Calc -> colour flatbed 200 dpi with a
#         blue WPŁYNĘŁO (received) stamp; order numbers beside invoice numbers; a penalty
#         deduction on one invoice.


@doc
def r5_034():
    file = "r5-034.pdf"
    rng = random.Random(1034)
    pay = dt.date(2026, 3, 20)
    payer = "Przedsiębiorstwo Handlowe Kalina S.A."
    nums = seq_refs(rng, 118, 8, (2, 16))
    dates = dates_before(rng, pay, 8, 12, 40)
    lines = []
    for i, (n, d) in enumerate(zip(nums, dates)):
        br = amt(rng, 1500, 42000)
        pot = D(br * Decimal("0.05")) if i == 3 else Decimal("0.00")
        lines.append(Ln(f"FS {n}/{d.month:02d}/2026", br - pot, zam=f"ZAM/2026/{412 + i * 5:04d}", date=d, br=br, pot=pot))
    total = sum(l.paid for l in lines)
    ref = "20260320/PH/0117"
    printed = [payer, "2026-03-20", ref, sp(total)] + [l.ref for l in lines] + [sp(l.paid) for l in lines]
    record(file, "libreoffice-calc", True, payer, pay, ref, "PLN", lines, printed)

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Potwierdzenie"
    F = lambda **k: Font(name="Liberation Sans", size=k.pop("size", 10), **k)  # noqa: E731
    num = "[$-415]#,##0.00"
    xl_put(ws, 1, 1, payer, F(size=14, bold=True))
    xl_put(ws, 2, 1, "ul. Grunwaldzka 186, 80-266 Gdańsk · NIP 584-118-20-44 · KRS 0000411820", F(size=8))
    ws.merge_cells("A4:G4")
    xl_put(ws, 4, 1, "POTWIERDZENIE ZAPŁATY", F(size=13, bold=True), align="center")
    info = [("Kontrahent:", "Hurtownia Papiernicza Bałtyk Sp. z o.o.", "Data przelewu:", pay),
            ("NIP kontrahenta:", "957-044-18-20", "Nr ref. przelewu:", ref),
            ("Rachunek:", "PL 61 1090 1014 0000 0712 1981 2874", "Waluta:", "PLN")]
    for i, (a, b, c_, d_) in enumerate(info, 6):
        xl_put(ws, i, 2, a, F(bold=True))
        xl_put(ws, i, 3, b, F())
        xl_put(ws, i, 6, c_, F(bold=True), align="right")
        xl_put(ws, i, 7, d_, F(), fmt_="yyyy-mm-dd" if isinstance(d_, dt.date) else None, align="left")
    hdr = ["Lp.", "Nr dokumentu", "Nr zamówienia", "Data dok.", "Wartość brutto", "Potrącenie", "Kwota zapłaty"]
    r0 = 10
    box = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
    for ci, t in enumerate(hdr, 1):
        xl_put(ws, r0, ci, t, F(bold=True), border=box, fill="F2F2F2", align="center", wrap=True)
    for k, l in enumerate(lines, 1):
        r = r0 + k
        xl_put(ws, r, 1, k, F(), border=box, align="center")
        xl_put(ws, r, 2, l.ref, F(), border=box)
        xl_put(ws, r, 3, l.zam, F(), border=box)
        xl_put(ws, r, 4, l.date, F(), fmt_="[$-415]dd.mm.yyyy", border=box, align="center")
        xl_put(ws, r, 5, float(l.br), F(), fmt_=num, border=box)
        xl_put(ws, r, 6, float(l.pot), F(), fmt_=num, border=box)
        xl_put(ws, r, 7, float(l.paid), F(), fmt_=num, border=box)
    rt = r0 + len(lines) + 1
    ws.merge_cells(start_row=rt, start_column=1, end_row=rt, end_column=6)
    xl_put(ws, rt, 1, "Razem zapłacono (PLN)", F(bold=True), align="right", border=box)
    xl_put(ws, rt, 7, float(total), F(bold=True), fmt_=num, border=box)
    xl_put(ws, rt + 2, 1, f"Potrącenie z faktury {lines[3].ref}: kara umowna za opóźnienie dostawy (nota obciążeniowa NO/2026/014).", F(size=9))
    for col, w in zip("ABCDEFG", (6, 18, 17, 12, 15, 12, 15)):
        ws.column_dimensions[col].width = w
    xl_print_setup(ws, margins=(0.6, 0.6, 0.8, 0.8))
    src = calc_pdf(wb, "r5-034-src")
    marks = [{"kind": "stamp", "lines": ["WPŁYNĘŁO", "dnia 24.03.2026", "Dział Księgowości"], "color": (0.15, 0.2, 0.7), "height": 60, "aspect": 2.3, "angle": 4,
              "candidates": [(440, 55), (470, 60), (420, 75), (300, 70)]}]
    scan_flatbed(file, src, 1034, dpi=200, skews=(0.7,), marks=marks, color=True, quality=52, blur=0.6)


# r5-035  USA  vendor remittance over two pages with a balance-due column (partial
#         payments), reportlab -> standard fax. Invoice numbers IN00xxxxx (I/1, O/0).


@doc
def r5_035():
    file = "r5-035.pdf"
    rng = random.Random(1035)
    pay = dt.date(2026, 3, 18)
    payer = "Lone Star Fleet Services LLC"
    nums = seq_refs(rng, 48812, 24, (3, 40))
    dates = dates_before(rng, pay, 24, 10, 70)
    lines = []
    for i, (n, d) in enumerate(zip(nums, dates)):
        a = amt(rng, 85, 3800)
        paid = a if rng.random() > 0.15 else D(a * Decimal("0.5"))
        lines.append(Ln(f"IN{n:07d}", paid, date=d, po=f"LSF-{rng.randint(2100, 2999)}", a=a, bal=a - paid))
    total = sum(l.paid for l in lines)
    ref = "0022871"
    printed = [payer.upper(), "03/18/2026", ref, us(total)] + [l.ref for l in lines] + [us(l.paid) for l in lines]
    record(file, "reportlab", True, payer, pay, ref, "USD", lines, printed)

    src = WORK / "r5-035-src.pdf"
    c = rl_new(src, letter, "Vendor remittance")
    W, H = letter
    cols = [(86, "l"), (72, "c"), (72, "l"), (92, "r"), (92, "r"), (92, "r")]
    tw = sum(w for w, _ in cols)
    x0 = 52
    pages = [lines[:14], lines[14:]]
    for pi, chunk in enumerate(pages):
        y = H - 56
        rl_text(c, x0, y, payer.upper(), "LibSans-B", 14)
        rl_text(c, x0, y - 14, "8200 Wallisville Rd, Houston, TX 77029  ·  (713) 555-0190", "LibSans", 9.5)
        rl_text(c, W - 52, y, "VENDOR REMITTANCE", "LibSans-B", 12, "r")
        rl_text(c, W - 52, y - 14, f"Page {pi + 1} of 2", "LibSans", 9.5, "r")
        y -= 46
        if pi == 0:
            rl_text(c, x0, y, "Pay to:", "LibSans-B", 10.5)
            rl_text(c, x0 + 50, y, "Gulf Coast Truck Parts Inc.", "LibSans", 10.5)
            rl_text(c, x0 + 50, y - 13, "1400 N Loop W, Houston, TX 77008", "LibSans", 10.5)
            rl_text(c, 360, y, "Check Date:", "LibSans-B", 10.5)
            rl_text(c, 450, y, "03/18/2026", "LibSans", 10.5)
            rl_text(c, 360, y - 13, "Check No:", "LibSans-B", 10.5)
            rl_text(c, 450, y - 13, ref, "LibSans", 10.5)
            rl_text(c, 360, y - 26, "Vendor ID:", "LibSans-B", 10.5)
            rl_text(c, 450, y - 26, "GCTP01", "LibSans", 10.5)
            y -= 50
        else:
            rl_text(c, x0, y, f"Check No: {ref}   Check Date: 03/18/2026   (continued)", "LibSans", 10.5)
            y -= 24
        c.setLineWidth(1)
        c.line(x0, y + 13, x0 + tw, y + 13)
        rl_row(c, x0, y, cols, ["Invoice No", "Inv Date", "PO Number", "Invoice Amt", "Amount Paid", "Balance Due"], "LibSans-B", 10)
        c.line(x0, y - 5, x0 + tw, y - 5)
        y -= 20
        for l in chunk:
            rl_row(c, x0, y, cols, [l.ref, l.date.strftime("%m/%d/%Y"), l.po, us(l.a), us(l.paid), us(l.bal)], "LibSans", 10.5)
            y -= 16.5
        c.line(x0, y + 10, x0 + tw, y + 10)
        pt = sum(l.paid for l in chunk)
        y -= 6
        rl_row(c, x0, y, cols, [f"Page {pi + 1} Total", "", "", "", us(pt), ""], "LibSans-B", 10.5)
        if pi == 0:
            rl_text(c, W / 2, 50, "*** CONTINUED ON NEXT PAGE ***", "LibSans-B", 10, "c")
        else:
            y -= 26
            rl_row(c, x0, y, cols, ["CHECK TOTAL", "", "", "", "$" + us(total), ""], "LibSans-B", 11)
            y -= 34
            rl_text(c, x0, y, "Partial payments: balance held pending receipt of signed delivery tickets.", "LibSans", 10)
        c.showPage()
    c.save()
    scan_fax(file, src, 1035, lambda p, n: f"03/18/2026 16:47   FAX 713 555 0199   LONE STAR FLEET AP         P.{p:03d}/{n:03d}", skews=(0.4, 1.0), dropout=0.05)


# r5-036  Canada (BC)  cheque remittance, LibreOffice Calc, text PDF: subtotal, GST and
#         PST columns beside the invoice total, an early-payment discount.


@doc
def r5_036():
    file = "r5-036.pdf"
    rng = random.Random(1036)
    pay = dt.date(2026, 3, 19)
    payer = "Maple Ridge Grocers Co-operative"
    nums = seq_refs(rng, 260412, 7, (5, 90))
    dates = dates_before(rng, pay, 7, 8, 40)
    lines = []
    for i, (n, d) in enumerate(zip(nums, dates)):
        sub = amt(rng, 300, 6800)
        gst = D(sub * Decimal("0.05"))
        pst = D(sub * Decimal("0.07")) if i % 3 != 1 else Decimal("0.00")
        tot = sub + gst + pst
        disc = D(tot * Decimal("0.015")) if (pay - d).days <= 15 else Decimal("0.00")
        lines.append(Ln(f"FVF-{n}", tot - disc, date=d, sub=sub, gst=gst, pst=pst, tot=tot, disc=disc))
    total = sum(l.paid for l in lines)
    ref = "041187"
    printed = [payer, "March 19, 2026", ref, us(total)] + [l.ref for l in lines] + [us(l.paid) for l in lines]
    record(file, "libreoffice-calc", False, payer, pay, ref, "CAD", lines, printed)

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Remittance"
    F = lambda **k: Font(name="Liberation Sans Narrow", size=k.pop("size", 10), **k)  # noqa: E731
    num = "#,##0.00"
    xl_put(ws, 1, 1, payer, F(size=15, bold=True, color="385723"))
    xl_put(ws, 2, 1, "22441 Dewdney Trunk Road, Maple Ridge, BC  V2X 3K1  ·  604-463-1180  ·  GST# 81204 4471 RT0001", F(size=9))
    xl_put(ws, 4, 1, "REMITTANCE ADVICE", F(size=13, bold=True))
    info = [("Pay to:", "Fraser Valley Farms Ltd.", "Payment Date:", pay), ("", "31210 Peardonville Rd, Abbotsford BC", "Cheque No.:", ref),
            ("Vendor #:", "FVF100", "Currency:", "CAD")]
    for i, (a, b, c_, d_) in enumerate(info, 6):
        xl_put(ws, i, 1, a, F(bold=True))
        xl_put(ws, i, 2, b, F())
        xl_put(ws, i, 7, c_, F(bold=True), align="right")
        xl_put(ws, i, 8, d_, F(), fmt_="[$-1009]mmmm d, yyyy" if isinstance(d_, dt.date) else None, align="right")
    hdr = ["Invoice #", "Invoice Date", "Subtotal", "GST 5%", "PST 7%", "Invoice Total", "Discount", "Net Paid"]
    r0 = 10
    for ci, t in enumerate(hdr, 1):
        xl_put(ws, r0, ci, t, F(bold=True, color="FFFFFF"), fill="548235", align="right" if ci >= 3 else "left")
    for k, l in enumerate(lines, 1):
        r = r0 + k
        fill = "E2EFDA" if k % 2 == 0 else None
        xl_put(ws, r, 1, l.ref, F(), fill=fill)
        xl_put(ws, r, 2, l.date, F(), fmt_="yyyy-mm-dd", align="left", fill=fill)
        for ci, v in enumerate((l.sub, l.gst, l.pst, l.tot, l.disc, l.paid), 3):
            xl_put(ws, r, ci, float(v), F(), fmt_=num, fill=fill)
    rt = r0 + len(lines) + 1
    xl_put(ws, rt, 6, "Cheque total", F(bold=True), align="right")
    xl_put(ws, rt, 8, float(total), F(bold=True), fmt_='"$"#,##0.00', border=Border(top=THIN, bottom=Side(style="double")))
    xl_put(ws, rt + 2, 1, "Discount taken at 1.5% on invoices paid within 15 days of invoice date, per agreement dated 2025-11-01.", F(size=9, italic=True))
    for col, w in zip("ABCDEFGH", (13, 12, 11, 9, 9, 12, 11, 14)):
        ws.column_dimensions[col].width = w
    xl_print_setup(ws, paper="Letter", margins=(0.6, 0.6, 0.7, 0.7))
    src = calc_pdf(wb, "r5-036")
    shutil.copy(src, OUT / file)


# r5-037  UAE  bilingual (Arabic/English) payment advice, Chromium -> 150 dpi greyscale
#         scan saved as PNG: net, VAT and gross columns before the amount paid.


@doc
def r5_037():
    file = "r5-037.png"
    rng = random.Random(1037)
    pay = dt.date(2026, 3, 19)
    payer = "Desert Rose Hospitality Group LLC"
    nums = seq_refs(rng, 412, 6, (3, 30))
    dates = dates_before(rng, pay, 6, 15, 60)
    lines = []
    for n, d in zip(nums, dates):
        net = amt(rng, 2500, 38000)
        vat = D(net * Decimal("0.05"))
        lines.append(Ln(f"ASL-INV-2026-{n:04d}", net + vat, date=d, net=net, vat=vat))
    total = sum(l.paid for l in lines)
    ref = "FT26078MK3Q1"
    printed = [payer, "19/03/2026", ref, us(total)] + [l.ref for l in lines] + [us(l.paid) for l in lines]
    record(file, "chromium", True, payer, pay, ref, "AED", lines, printed)
    rows = [[str(i), l.ref, l.date.strftime("%d/%m/%Y"), us(l.net), us(l.vat), us(l.paid), us(l.paid)] for i, l in enumerate(lines, 1)]
    tbl = html_table(["Sr.", "Invoice No.", "Invoice Date", "Net Amount", "VAT 5%", "Gross Amount", "Paid (AED)"], rows, ["c", "l", "c", "r", "r", "r", "r"], "g",
                     foot=[['<td colspan="6" class="r"><b>Total Paid (AED)</b></td>', f'<td class="r"><b>{us(total)}</b></td>']])
    body = f"""<!doctype html><html><head><meta charset="utf-8"><style>
@page {{ size: A4; margin: 14mm; }}
body {{ font-family: 'DejaVu Sans', sans-serif; font-size: 9pt; }}
.hd {{ display:flex; justify-content: space-between; align-items:flex-start; border-bottom: 2px solid #8a6d3b; padding-bottom: 6px; }}
.en {{ font-size: 14pt; font-weight: bold; }}
.ar {{ font-size: 14pt; font-weight: bold; direction: rtl; text-align:right; }}
.t {{ text-align:center; font-size: 13pt; font-weight:bold; margin: 14px 0; }}
.box {{ display:grid; grid-template-columns: 1fr 1fr; gap: 4px 30px; border: 1px solid #8a6d3b; padding: 8px; }}
table.g {{ width: 100%; border-collapse: collapse; margin-top: 14px; }}
table.g th, table.g td {{ border: 1px solid #555; padding: 4px; }}
table.g th {{ background: #efe6d2; }}
.r {{ text-align:right; }} .c {{ text-align:center; }} .l {{ text-align:left; }}
</style></head><body>
<div class="hd"><div><div class="en">{payer}</div>P.O. Box 48812, Corniche Road West, Abu Dhabi, U.A.E.<br>TRN 100412887700003 · Tel +971 2 681 4400</div>
<div class="ar">مجموعة ديزرت روز للضيافة ش.ذ.م.م<br><span style="font-size:9pt;font-weight:normal">ص.ب 48812 أبوظبي</span></div></div>
<div class="t">إشعار دفع &nbsp;/&nbsp; PAYMENT ADVICE</div>
<div class="box"><div><b>Beneficiary:</b> Al Saqr Laundry Services LLC</div><div><b>Value Date:</b> 19/03/2026</div>
<div><b>Beneficiary Bank:</b> Abu Dhabi Commercial Bank</div><div><b>Transfer Ref:</b> {ref}</div>
<div><b>IBAN:</b> AE44 0030 0104 4718 8200 001</div><div><b>Currency:</b> AED</div></div>
{tbl}
<p>Kindly acknowledge receipt of the above payment. For queries contact ap@desertrosehospitality.ae</p>
<p style="margin-top:40px">_______________________<br>Finance Department</p>
</body></html>"""
    src = chromium_pdf(body, "r5-037-src")
    SRC[file] = src
    pages = page_images(src, 150, 150, [], PRINTED[file], 1037)
    rng = np.random.default_rng(1038)
    g = f32(lowq(pages[0], rng, 0.8, blur=0.8, lo=0.2, hi=0.85, noise=0.0))
    # the scanner's PNG: 8-bit grey, few levels in use, a sprinkling of dust
    dust = rng.random(g.shape) < 0.0004
    g[dust] *= 0.55
    g = u8(g).quantize(colors=40, method=Image.Quantize.MEDIANCUT, dither=Image.Dither.NONE).convert("L")
    save_images(file, [g], 150)


# r5-038  Sweden  betalningsavisering, Chromium, text PDF: "Er fakturanr" beside "Vår
#         referens" (their order number), a kreditfaktura with a true minus sign.


@doc
def r5_038():
    file = "r5-038.pdf"
    rng = random.Random(1038)
    pay = dt.date(2026, 3, 18)
    payer = "Göteborgs Hamnservice AB"
    nums = seq_refs(rng, 1184, 6, (4, 40))
    dates = dates_before(rng, pay, 6, 10, 40)
    lines = []
    for i, (n, d) in enumerate(zip(nums, dates)):
        due = d + dt.timedelta(days=30)
        if i == 3:
            v = -D(rng.randint(5, 40) * 50)
            lines.append(Ln("KF-2026-0031", v, "credit_note", vr="—", date=d, due=d, b=v))
            continue
        b = amt(rng, 1800, 46000)
        lines.append(Ln(f"VE-2026-{n:04d}", b, vr=f"Order {88120 + i * 13}", date=d, due=due, b=b))
    total = sum(l.paid for l in lines)
    ref = "5566-0318-02"
    mn = lambda d: sp(d, neg="minus")  # noqa: E731
    printed = [payer, "2026-03-18", ref, mn(total)] + [l.ref for l in lines] + [mn(l.paid) for l in lines]
    record(file, "chromium", False, payer, pay, ref, "SEK", lines, printed)
    rows = [[l.ref, l.vr, l.date.isoformat(), l.due.isoformat(), mn(l.b), mn(l.paid)] for l in lines]
    tbl = html_table(["Er fakturanr", "Vår referens", "Fakturadatum", "Förfallodag", "Belopp", "Betalt belopp"], rows, ["l", "l", "c", "c", "r", "r"], "g",
                     foot=[['<td colspan="5" class="r">Summa betalt SEK</td>', f'<td class="r">{mn(total)}</td>']])
    body = f"""<!doctype html><html><head><meta charset="utf-8"><style>
@page {{ size: A4; margin: 20mm 18mm; }}
body {{ font-family: 'Liberation Serif', serif; font-size: 11pt; }}
.top {{ display:flex; justify-content:space-between; }}
.n {{ font-size: 18pt; font-variant: small-caps; letter-spacing: 1px; }}
h2 {{ font-weight: normal; font-size: 15pt; border-bottom: 1px solid #000; padding-bottom: 3px; margin-top: 26px; }}
dl {{ display:grid; grid-template-columns: 170px 1fr; row-gap: 2px; }}
dt {{ font-weight: bold; }} dd {{ margin: 0; }}
table.g {{ width: 100%; border-collapse: collapse; margin-top: 10px; font-size: 10.5pt; }}
table.g th {{ border-bottom: 1px solid #000; text-align: left; padding: 3px; }}
table.g td {{ padding: 3px; }}
table.g tfoot td {{ border-top: 1px solid #000; font-weight:bold; }}
.r {{ text-align:right !important; }} .c {{ text-align:center !important; }}
</style></head><body>
<div class="top"><div class="n">{payer}</div><div style="text-align:right;font-size:9pt">Box 2241 · 403 14 Göteborg<br>Org.nr 556441-1820<br>leverantorsreskontra@ghs.se</div></div>
<h2>Betalningsavisering</h2>
<dl><dt>Mottagare</dt><dd>Västkustens Elservice AB</dd>
<dt>Betaldag</dt><dd>2026-03-18</dd>
<dt>Betalningsreferens</dt><dd>{ref}</dd>
<dt>Betalningssätt</dt><dd>Bankgiro 5321-4471</dd>
<dt>Valuta</dt><dd>SEK</dd></dl>
{tbl}
<p style="margin-top:24px;font-size:10pt">Kreditfaktura KF-2026-0031 har kvittats mot denna betalning. Vid frågor, kontakta leverantörsreskontran.</p>
</body></html>"""
    src = chromium_pdf(body, "r5-038")
    shutil.copy(src, OUT / file)


# r5-039  Kenya  e-mail with an HTML body table (plus a plain-text alternative).


@doc
def r5_039():
    file = "r5-039.eml"
    rng = random.Random(1039)
    pay = dt.date(2026, 3, 19)
    payer = "Rift Valley Agro Processors Ltd"
    nums = seq_refs(rng, 12, 5, (2, 9))
    dates = dates_before(rng, pay, 5, 14, 45)
    lines = []
    for n, d in zip(nums, dates):
        a = D(rng.randint(30000, 480000))
        wv = D(a / Decimal("1.16") * Decimal("0.02"))
        lines.append(Ln(f"INV-26-{n:04d}", a - wv, date=d, a=a, wv=wv))
    total = sum(l.paid for l in lines)
    ref = "RVAP/PAY/2603/118"
    printed = [payer, "19-Mar-2026", ref, us(total)] + [l.ref for l in lines] + [us(l.paid) for l in lines]
    record(file, "eml", False, payer, pay, ref, "KES", lines, printed)
    from email.message import EmailMessage
    from email.policy import SMTP

    trs = "".join(
        f'<tr><td style="border:1px solid #999;padding:4px 8px">{l.ref}</td><td style="border:1px solid #999;padding:4px 8px">{l.date.strftime("%d-%b-%Y")}</td>'
        f'<td style="border:1px solid #999;padding:4px 8px;text-align:right">{us(l.a)}</td><td style="border:1px solid #999;padding:4px 8px;text-align:right">{us(l.wv)}</td>'
        f'<td style="border:1px solid #999;padding:4px 8px;text-align:right">{us(l.paid)}</td></tr>'
        for l in lines)
    th = 'style="border:1px solid #999;padding:4px 8px;background:#1e5631;color:#fff"'
    html_body = f"""<html><body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
<p>Dear Supplier,</p>
<p>We wish to notify you that payment has been made to your account as detailed below.</p>
<table style="border-collapse:collapse">
<tr><td><b>Payer:</b></td><td>{payer}</td></tr>
<tr><td><b>Payment date:</b></td><td>19-Mar-2026</td></tr>
<tr><td><b>Payment reference:</b></td><td>{ref}</td></tr>
<tr><td><b>Payment mode:</b></td><td>EFT (Pesalink)</td></tr>
<tr><td><b>Currency:</b></td><td>KES</td></tr>
</table><br>
<table style="border-collapse:collapse">
<tr><th {th}>Invoice Number</th><th {th}>Invoice Date</th><th {th}>Invoice Amount (KES)</th><th {th}>Withholding VAT 2%</th><th {th}>Amount Paid (KES)</th></tr>
{trs}
<tr><td colspan="4" style="border:1px solid #999;padding:4px 8px;text-align:right"><b>Total</b></td><td style="border:1px solid #999;padding:4px 8px;text-align:right"><b>{us(total)}</b></td></tr>
</table>
<p>Withholding VAT certificates will be shared once generated on iTax.</p>
<p>Regards,<br>Grace Wanjiku<br>Accounts Payable<br>{payer}<br>Nakuru-Eldoret Highway, P.O. Box 2118-20100 Nakuru<br>Tel: +254 51 221 4400</p>
</body></html>"""
    tab = "\n".join(f"{l.ref}  {l.date.strftime('%d-%b-%Y')}  {us(l.a):>12}  {us(l.wv):>10}  {us(l.paid):>12}" for l in lines)
    text_body = f"""Dear Supplier,

We wish to notify you that payment has been made to your account as detailed below.

Payer: {payer}
Payment date: 19-Mar-2026
Payment reference: {ref}
Payment mode: EFT (Pesalink)
Currency: KES

Invoice Number  Invoice Date  Invoice Amount  WHT VAT 2%  Amount Paid
{tab}
Total: {us(total)}

Withholding VAT certificates will be shared once generated on iTax.

Regards,
Grace Wanjiku
Accounts Payable
{payer}
"""
    m = EmailMessage()
    m["From"] = "RVAP Payments <payments@rvap.co.ke>"
    m["To"] = "accounts@nakuruagrochem.co.ke"
    m["Subject"] = f"Payment Notification - {ref}"
    m["Date"] = "Thu, 19 Mar 2026 11:42:05 +0300"
    m["Message-ID"] = "<7f3c2a18.118@rvap.co.ke>"
    m.set_content(text_body)
    m.add_alternative(html_body, subtype="html")
    m.set_boundary("----=_Part_118_2603.1773913325")
    (OUT / file).write_bytes(m.as_bytes(policy=SMTP))


# r5-040  Japan  支払明細書 in Japanese only, Chromium -> fine-mode fax (204 x 196);
#         no payment reference printed.


@doc
def r5_040():
    file = "r5-040.pdf"
    rng = random.Random(1040)
    pay = dt.date(2026, 3, 25)
    payer = "株式会社丸山商事"
    lines = []
    for i in range(5):
        d = dt.date(2026, 2, 3 + i * 5)
        a = Decimal(rng.randint(50, 900) * 1000 + rng.choice([0, 400, 800, 240]))
        nb = Decimal(rng.randint(1, 9) * 1000) if i == 2 else Decimal(0)
        lines.append(Ln(f"HD-2602-{117 + i * 6:04d}", a - nb, date=d, a=a, nb=nb))
    total = sum(l.paid for l in lines)
    printed = [payer, "2026年3月25日", jp(total)] + [l.ref for l in lines] + [jp(l.paid) for l in lines]
    record(file, "chromium", True, payer, pay, None, "JPY", lines, printed)
    rows = [[str(i), l.ref, l.date.strftime("%Y/%m/%d"), jp(l.a), jp(l.nb) if l.nb else "", jp(l.paid)] for i, l in enumerate(lines, 1)]
    tbl = html_table(["No", "請求書番号", "請求日", "請求金額", "値引", "支払金額"], rows, ["c", "l", "c", "r", "r", "r"], "g",
                     foot=[['<td colspan="5" class="r">合　計</td>', f'<td class="r">¥{jp(total)}</td>']])
    body = f"""<!doctype html><html><head><meta charset="utf-8"><style>
@page {{ size: A4; margin: 20mm 18mm; }}
body {{ font-family: 'Droid Sans Fallback', sans-serif; font-size: 11.5pt; }}
h1 {{ text-align:center; font-size: 20pt; letter-spacing: 10px; border-bottom: 3px double #000; width: 260px; margin: 6px auto 20px; }}
.row {{ display:flex; justify-content:space-between; }}
.to {{ font-size: 14pt; border-bottom: 1px solid #000; width: 280px; }}
.fr {{ text-align:right; line-height: 1.6; }}
table.g {{ width:100%; border-collapse: collapse; margin-top: 16px; }}
table.g th, table.g td {{ border: 1.2px solid #000; padding: 5px 6px; }}
.r {{ text-align:right; }} .c {{ text-align:center; }} .l {{ text-align:left; }}
</style></head><body>
<div style="text-align:right">2026年3月23日</div>
<h1>支払明細書</h1>
<div class="row"><div><div class="to">有限会社北斗電機　御中</div><p>毎度格別のお引き立てを賜り厚く御礼申し上げます。<br>下記の通りお支払い致しますのでご査収ください。</p></div>
<div class="fr">{payer}<br>〒060-0042 札幌市中央区大通西8-2<br>TEL 011-555-0120 FAX 011-555-0128<br>経理部</div></div>
<p>支払日：2026年3月25日　　支払方法：銀行振込<br>振込先：北洋銀行 札幌中央支店 普通 1234567</p>
{tbl}
<p style="margin-top:18px">※ 値引は2月10日付納品分の数量不足によるものです。</p>
</body></html>"""
    src = chromium_pdf(body, "r5-040-src")
    scan_fax(file, src, 1040, lambda p, n: f"2026/03/25 13:05  FAX 011 555 0128  MARUYAMA SHOJI KEIRI   P.{p:02d}", skews=(0.3,), mode="fine", dropout=0.04, threshold=0.6)


# =========================================================================== main



def main():
    if WORK.exists():
        shutil.rmtree(WORK)
    WORK.mkdir(parents=True)
    for old in list(OUT.glob("r5-*")) + [OUT / "truth.jsonl"]:
        if old.exists():
            old.unlink()
    for fn in DOCS:
        fn()
    TRUTH.sort(key=lambda t: t["file"])
    assert len(TRUTH) == 40, len(TRUTH)
    for t in TRUTH:
        assert (OUT / t["file"]).is_file(), t["file"]
        total = sum(Decimal(x["paid_amount"]) for x in t["lines"])
        assert f"{total:.2f}" == t["total"], t["file"]
    # scratch: what must be visible in each document, and each scan's source page
    (WORK / "printed.json").write_text(
        json.dumps({"printed": PRINTED, "src": {k: str(v) for k, v in SRC.items()}}, ensure_ascii=False, indent=1),
        encoding="utf-8",
    )
    with open(OUT / "truth.jsonl", "w", encoding="utf-8") as fh:
        for t in TRUTH:
            fh.write(json.dumps(t, ensure_ascii=False) + "\n")
    tools: dict[str, int] = {}
    for t in TRUTH:
        tools[t["tool"]] = tools.get(t["tool"], 0) + 1
    scans = sum(t["scan"] for t in TRUTH)
    print(f"wrote {len(TRUTH)} documents ({scans} scans) and truth.jsonl to {OUT}")
    print("per tool:", ", ".join(f"{k} {v}" for k, v in sorted(tools.items())))


if __name__ == "__main__":
    main()
