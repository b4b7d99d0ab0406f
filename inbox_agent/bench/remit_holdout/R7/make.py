#!/usr/bin/env python
"""R7 remittance-advice holdout set. Deterministic: fixed seeds everywhere.
Run: /work/main/.venv/bin/python make.py
Writes r7-001 .. r7-030 and, last, truth.jsonl (plus expected-string sidecars
under /tmp/r7-check for the stand-alone checker)."""
import os, json, random, subprocess, shutil, csv, glob
from decimal import Decimal as D, ROUND_HALF_UP
from datetime import date, timedelta

import numpy as np
from PIL import Image, ImageFilter
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4, letter
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
import openpyxl
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill
from openpyxl.worksheet.pagebreak import Break

HERE = os.path.dirname(os.path.abspath(__file__))
TMP = '/tmp/r7-build'
CHK = '/tmp/r7-check'
LO_PROFILE = 'file:///tmp/r7-lo'
for d in (TMP, CHK):
    shutil.rmtree(d, ignore_errors=True)
    os.makedirs(d)

pdfmetrics.registerFont(TTFont('DejaVu', '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf'))
pdfmetrics.registerFont(TTFont('DejaVu-Bold', '/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf'))
pdfmetrics.registerFont(TTFont('DejaVuMono', '/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf'))
pdfmetrics.registerFont(TTFont('Droid', '/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf'))

TRUTH = []
Q2 = D('0.01')


def qz(x, places=2):
    return D(x).quantize(D(1) if places == 0 else Q2, ROUND_HALF_UP)


def fm(d, st='us', neg='-', places=2, pre='', suf=''):
    d = D(d)
    negv = d < 0
    ip, _, fp = f"{abs(d):.{places}f}".partition('.')
    th, dec = {'us': (',', '.'), 'eu': ('.', ','), 'fr': (' ', ','), 'ch': ("'", '.'),
               'za': (' ', '.'), 'plain': ('', '.'), 'plainc': ('', ','), 'in': (',', '.')}[st]
    if st == 'in' and len(ip) > 3:
        head, tail = ip[:-3], ip[-3:]
        g = []
        while len(head) > 2:
            g.insert(0, head[-2:]); head = head[:-2]
        if head:
            g.insert(0, head)
        ip = ','.join(g) + ',' + tail
    elif th:
        g = []
        while len(ip) > 3:
            g.insert(0, ip[-3:]); ip = ip[:-3]
        g.insert(0, ip); ip = th.join(g)
    out = pre + ip + ((dec + fp) if places else '') + suf
    if negv:
        out = {'-': '-' + out, 'trail': out + '-', 'paren': '(' + out + ')', 'CR': out + ' CR',
               'tri': '△' + out}[neg]
    return out


def gen_lines(seed, n, ref_fn, lo, hi, credits=(), pos=(), disc=D('0'), wht=D('0'),
              places=2, start=date(2024, 8, 1), span=60, cn_fn=None, po_fn=None, partial=()):
    """credits/pos: indexes of lines that are credit notes / purchase-order refs."""
    rng = random.Random(seed)
    out = []
    used = set()
    for i in range(n):
        kind = 'credit_note' if i in credits else ('purchase_order' if i in pos else 'invoice')
        while True:
            if kind == 'credit_note':
                ref = (cn_fn or ref_fn)(rng)
            elif kind == 'purchase_order':
                ref = po_fn(rng)
            else:
                ref = ref_fn(rng)
            if ref not in used:
                used.add(ref); break
        amt = qz(D(rng.randint(int(lo * 100), int(hi * 100))) / 100, places)
        if kind == 'credit_note':
            amt = -qz(amt * D('0.18'), places)
        dsc = qz(amt * disc, places) if kind == 'invoice' else D(0)
        wh = qz(amt * wht, places) if kind == 'invoice' else D(0)
        paid = amt - dsc - wh
        bal = D(0)
        if i in partial:
            newpaid = qz(paid * D('0.6'), places)
            bal = paid - newpaid
            paid = newpaid
        dt = start + timedelta(days=rng.randint(0, span))
        out.append(dict(ref=ref, kind=kind, gross=amt, disc=dsc, wht=wh, paid=paid, bal=bal,
                        date=dt, n=rng.randint(10 ** 7, 10 ** 8 - 1), m=rng.randint(1000, 9999),
                        po='45' + str(rng.randint(10 ** 7, 10 ** 8 - 1))))
    out.sort(key=lambda r: r['date'])
    return out


def total_of(lines):
    return sum((l['paid'] for l in lines), D(0))


def record(file, tool, scan, payer, pdate, ref, cur, lines, expect, src=None, places=2):
    total = total_of(lines)
    TRUTH.append(dict(file=file, tool=tool, scan=scan, payer=payer,
                      payment_date=pdate.isoformat() if pdate else None, reference=ref,
                      currency=cur, total=str(total),
                      lines=[dict(invoice_ref=l['ref'], paid_amount=str(l['paid']), kind=l['kind'])
                             for l in lines]))
    with open(os.path.join(CHK, file + '.json'), 'w') as f:
        json.dump(dict(src=src or os.path.join(HERE, file), strings=expect), f, ensure_ascii=False)


# ---------------------------------------------------------------- reportlab
def rl_table(path, cols, rows, head_fn, rows_per_page=40, pagesize=A4, font='Helvetica',
             bold='Helvetica-Bold', fs=8, lead=12.5, subtotal_fn=None, tail_fn=None,
             x0=40, grid=False, shade=None):
    """cols: [(label, width, align)]; rows: [[str]]; head_fn(c, page, npages) -> y."""
    W, H = pagesize
    c = canvas.Canvas(path, pagesize=pagesize, invariant=1)
    pages = [rows[i:i + rows_per_page] for i in range(0, len(rows), rows_per_page)] or [[]]
    npages = len(pages)
    for pi, prow in enumerate(pages):
        y = head_fn(c, pi + 1, npages)
        # header row
        nl = max(len(cl[0].split('\n')) for cl in cols)
        if shade:
            c.setFillColorRGB(*shade)
            c.rect(x0 - 2, y - (nl - 1) * lead - 4, sum(cl[1] for cl in cols) + 4, nl * lead + 2, fill=1, stroke=0)
            c.setFillColorRGB(0, 0, 0)
        c.setFont(bold, fs)
        x = x0
        for label, w, al in cols:
            for k, part in enumerate(label.split('\n')):
                yy = y - k * lead
                if al == 'r':
                    c.drawRightString(x + w - 3, yy, part)
                else:
                    c.drawString(x + 2, yy, part)
            x += w
        y -= (nl - 1) * lead + 5
        c.setLineWidth(0.6)
        c.line(x0, y, x0 + sum(cl[1] for cl in cols), y)
        y -= lead
        c.setFont(font, fs)
        for r in prow:
            x = x0
            for (label, w, al), val in zip(cols, r):
                if al == 'r':
                    c.drawRightString(x + w - 3, y, val)
                else:
                    c.drawString(x + 2, y, val)
                x += w
            if grid:
                c.setLineWidth(0.2)
                c.line(x0, y - 3.5, x0 + sum(cl[1] for cl in cols), y - 3.5)
            y -= lead
        if subtotal_fn and npages > 1:
            y = subtotal_fn(c, y, pi, npages)
        if pi == npages - 1 and tail_fn:
            tail_fn(c, y)
        c.showPage()
    c.save()


def kv(c, x, y, pairs, font='Helvetica', bold='Helvetica-Bold', fs=8.5, lead=12, lw=95):
    for k, v in pairs:
        c.setFont(bold, fs); c.drawString(x, y, k)
        c.setFont(font, fs); c.drawString(x + lw, y, v)
        y -= lead
    return y


def lines_text(c, x, y, texts, font='Helvetica', fs=8.5, lead=11.5):
    c.setFont(font, fs)
    for t in texts:
        c.drawString(x, y, t); y -= lead
    return y


# ---------------------------------------------------------------- html helpers
def html_table(cols, rows, foot=(), cls='t'):
    h = [f'<table class="{cls}"><thead><tr>']
    for label, al in cols:
        h.append(f'<th class="{al}">{label}</th>')
    h.append('</tr></thead><tbody>')
    for r in rows:
        h.append('<tr>' + ''.join(f'<td class="{al}">{v}</td>' for (l, al), v in zip(cols, r)) + '</tr>')
    h.append('</tbody>')
    if foot:
        h.append('<tfoot>')
        for r in foot:
            h.append('<tr>' + ''.join(f'<td class="{al}">{v}</td>' for (l, al), v in zip(cols, r)) + '</tr>')
        h.append('</tfoot>')
    h.append('</table>')
    return ''.join(h)


def html_page(body, css, lang='en'):
    return (f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><style>'
            '.r{text-align:right}.l{text-align:left}.c{text-align:center}' + css +
            f'</style></head><body>{body}</body></html>')


CHROME_JOBS = []   # (html_path, pdf_path)
WRITER_JOBS = []   # html paths -> pdf in TMP/writer
CALC_JOBS = []     # xlsx paths -> pdf in TMP/calc


def chromium_pdf(name, html, out_pdf):
    p = os.path.join(TMP, name + '.html')
    with open(p, 'w', encoding='utf-8') as f:
        f.write(html)
    CHROME_JOBS.append((p, out_pdf))


def writer_pdf(name, html, out_pdf):
    p = os.path.join(TMP, 'w_' + name + '.html')
    with open(p, 'w', encoding='utf-8') as f:
        f.write(html)
    WRITER_JOBS.append((p, out_pdf))


def calc_pdf(name, wb, out_pdf):
    p = os.path.join(TMP, 'c_' + name + '.xlsx')
    for ws in wb.worksheets:
        ws.sheet_properties.pageSetUpPr.fitToPage = True
        ws.page_setup.fitToWidth = 1
        ws.page_setup.fitToHeight = 0
        ws.page_margins.left = ws.page_margins.right = 0.5
    wb.save(p)
    CALC_JOBS.append((p, out_pdf))


def run_converters():
    for p, out in CHROME_JOBS:
        ud = '/tmp/r7-chrome'
        subprocess.run(['/usr/bin/chromium', '--headless', '--no-sandbox', '--disable-gpu',
                        f'--user-data-dir={ud}', '--no-pdf-header-footer',
                        '--print-to-pdf-no-header', f'--print-to-pdf={out}', 'file://' + p],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=120)
    if WRITER_JOBS:
        od = os.path.join(TMP, 'writer'); os.makedirs(od, exist_ok=True)
        subprocess.run(['soffice', f'-env:UserInstallation={LO_PROFILE}', '--headless',
                        '--infilter=HTML (StarWriter)', '--convert-to', 'pdf:writer_pdf_Export',
                        '--outdir', od] + [p for p, _ in WRITER_JOBS], check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300)
        for p, out in WRITER_JOBS:
            shutil.move(os.path.join(od, os.path.basename(p)[:-5] + '.pdf'), out)
    if CALC_JOBS:
        od = os.path.join(TMP, 'calc'); os.makedirs(od, exist_ok=True)
        subprocess.run(['soffice', f'-env:UserInstallation={LO_PROFILE}', '--headless',
                        '--convert-to', 'pdf:calc_pdf_Export', '--outdir', od] +
                       [p for p, _ in CALC_JOBS], check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300)
        for p, out in CALC_JOBS:
            shutil.move(os.path.join(od, os.path.basename(p)[:-5] + '.pdf'), out)


SCAN_JOBS = []  # (src_pdf, out_path, dpi, seed)


def degrade(img, seed, dpi):
    rng = np.random.default_rng(seed)
    img = img.convert('L')
    ang = float(rng.uniform(-1.4, 1.4))
    img = img.rotate(ang, resample=Image.BICUBIC, expand=True, fillcolor=255)
    img = img.filter(ImageFilter.GaussianBlur(radius=float(rng.uniform(0.5, 0.9)) * dpi / 200))
    a = np.asarray(img).astype(np.float32)
    a = a * float(rng.uniform(0.9, 0.97)) + float(rng.uniform(8, 18))   # greyish paper, lighter ink
    a += rng.normal(0, float(rng.uniform(5, 9)), a.shape)
    # faint vertical gradient (uneven lighting)
    a += np.linspace(0, float(rng.uniform(-10, 10)), a.shape[0])[:, None]
    a = np.clip(a, 0, 255).astype(np.uint8)
    return Image.fromarray(a)


def run_scans():
    for src, out, dpi, seed in SCAN_JOBS:
        base = os.path.join(TMP, 'scan_' + os.path.basename(out))
        subprocess.run(['pdftoppm', '-r', str(dpi), '-png', src, base], check=True)
        pages = sorted(glob.glob(base + '*.png'))
        imgs = []
        for k, p in enumerate(pages):
            im = degrade(Image.open(p), seed * 10 + k, dpi)
            jp = p[:-4] + '.jpg'
            im.save(jp, 'JPEG', quality=int(62 + (seed % 15)))
            imgs.append(Image.open(jp))
        if out.endswith('.png'):
            imgs[0].save(out, 'PNG', dpi=(dpi, dpi))
        else:
            imgs[0].save(out, 'PDF', save_all=True, append_images=imgs[1:], resolution=float(dpi))


def P(name):
    return os.path.join(HERE, name)


def T(name):
    return os.path.join(TMP, name)


# ============================================================ 001 US SAP (reportlab, 2 pages)
def d001(out=None, name='r7-001.pdf', scan=False):
    payer = 'Northgate Aerospace Inc.'
    pdate = date(2024, 10, 4); pref = '2000418813'
    L = gen_lines(101, 25, lambda r: f'KI-US-{r.randint(104000, 106999)}', 800, 48000,
                  credits=(6, 17), disc=D('0.02'),
                  cn_fn=lambda r: f'KC-US-{r.randint(2000, 2999)}')
    sap = lambda v: fm(v, 'us', 'trail')
    rows = [[str(5100000000 + l['n'] % 900000), l['ref'], l['date'].strftime('%m/%d/%Y'), l['po'],
             sap(l['gross']), sap(l['disc']) if l['disc'] else '0.00', sap(l['paid'])] for l in L]
    cols = [('Doc. No.', 62, 'l'), ('Reference', 72, 'l'), ('Doc. Date', 58, 'l'),
            ('Purchasing Doc.', 74, 'l'), ('Gross Amount', 80, 'r'), ('Cash Disc.', 62, 'r'),
            ('Net Amount', 82, 'r')]
    tot = total_of(L)
    rpp = 14

    def head(c, p, n):
        W, H = letter
        c.setFont('Helvetica-Bold', 13); c.drawString(40, H - 50, payer)
        lines_text(c, 40, H - 64, ['1400 Aviation Parkway', 'Wichita, KS 67209', 'USA'])
        c.setFont('Helvetica-Bold', 11); c.drawRightString(W - 40, H - 50, 'PAYMENT ADVICE NOTE')
        c.setFont('Helvetica', 8.5); c.drawRightString(W - 40, H - 63, f'Page {p} of {n}')
        lines_text(c, 40, H - 110, ['Kestrel Instruments Inc.', 'Attn: Accounts Receivable',
                                    '2250 Lakeside Blvd, Suite 300', 'Richardson, TX 75082'])
        kv(c, 340, H - 110, [('Company code', '1000'), ('Vendor number', '0000310457'),
                             ('Payment document', pref), ('Payment date', pdate.strftime('%m/%d/%Y')),
                             ('Payment method', 'ACH (CCD+)'), ('Currency', 'USD')])
        if p == 1:
            lines_text(c, 40, H - 185, ['We have initiated an electronic payment to your account at JPMorgan Chase Bank, N.A. (acct ending 4471).',
                                        'The payment settles the items listed below. Please direct any questions to ap.help@northgate-aero.com.'])
        return H - 225

    def sub(c, y, pi, n):
        page = L[pi * rpp:(pi + 1) * rpp]
        s = total_of(page)
        c.line(40, y + 7, 530, y + 7)
        c.setFont('Helvetica-Bold', 8)
        lab = 'Page subtotal' if pi < n - 1 else 'Page subtotal'
        c.drawString(42, y - 4, lab); c.drawRightString(527, y - 4, sap(s))
        if pi < n - 1:
            c.setFont('Helvetica-Oblique', 8); c.drawString(42, y - 20, 'Continued on next page')
        return y - 20

    def tail(c, y):
        c.setFont('Helvetica-Bold', 9.5)
        c.drawString(42, y - 14, 'Total payment amount USD'); c.drawRightString(527, y - 14, sap(tot))
        c.setFont('Helvetica', 7.5)
        c.drawString(42, y - 40, 'Net Amount = Gross Amount less cash discount taken per terms 2/10 Net 45. Negative items (-) are credit memos deducted.')
    rl_table(out or P(name), cols, rows, head, rows_per_page=rpp, pagesize=letter, subtotal_fn=sub,
             tail_fn=tail, fs=8, lead=13)
    exp = [payer, pref, pdate.strftime('%m/%d/%Y'), sap(tot)] + [x for l in L for x in (l['ref'], sap(l['paid']))]
    return payer, pdate, pref, 'USD', L, exp


# ============================================================ 002 DE SAP Zahlungsavis
def d002(out=None, name='r7-002.pdf'):
    payer = 'Rheinwerk Anlagenbau GmbH'
    pdate = date(2024, 10, 15); pref = 'ZV-2024-10-0387'
    L = gen_lines(202, 9, lambda r: f'RE-2024-{r.randint(8000, 9999):05d}', 300, 22000, credits=(4,),
                  disc=D('0.03'), cn_fn=lambda r: f'GS-2024-{r.randint(300, 499):05d}')
    e = lambda v: fm(v, 'eu')
    cols = [('Belegnr.', 70, 'l'), ('Ihre Belegnummer', 90, 'l'), ('Belegdatum', 62, 'l'),
            ('Belegart', 50, 'l'), ('Rechnungsbetrag', 80, 'r'), ('Skonto', 60, 'r'), ('Zahlbetrag', 80, 'r')]
    rows = [[str(1900000000 + l['n']), l['ref'], l['date'].strftime('%d.%m.%Y'),
             'KG' if l['kind'] == 'credit_note' else 'RE', e(l['gross']), e(l['disc']), e(l['paid'])] for l in L]
    tot = total_of(L)

    def head(c, p, n):
        W, H = A4
        c.setFont('Helvetica-Bold', 12); c.drawString(40, H - 55, payer)
        lines_text(c, 40, H - 68, ['Industriestraße 112 · 47119 Duisburg'], fs=8)
        lines_text(c, 40, H - 120, ['Kestrel Instruments Deutschland GmbH', 'Debitorenbuchhaltung',
                                    'Am Sandtorkai 41', '20457 Hamburg'], fs=9.5, lead=13)
        kv(c, 350, H - 120, [('Datum:', pdate.strftime('%d.%m.%Y')), ('Kreditor-Nr.:', '70012845'),
                             ('Zahlungsreferenz:', pref), ('Zahlweg:', 'SEPA-Überweisung'),
                             ('Währung:', 'EUR')], lw=85)
        c.setFont('Helvetica-Bold', 12); c.drawString(40, H - 205, 'Zahlungsavis')
        lines_text(c, 40, H - 225, ['Sehr geehrte Damen und Herren,',
                                    f'zum {pdate.strftime("%d.%m.%Y")} überweisen wir Ihnen auf Ihr Konto DE44 2005 0550 1234 5678 90 folgende Posten:'], fs=9)
        return H - 270

    def tail(c, y):
        c.line(40, y + 7, 532, y + 7)
        c.setFont('Helvetica-Bold', 9)
        c.drawString(42, y - 6, 'Summe Zahlbetrag'); c.drawRightString(529, y - 6, e(tot) + ' EUR')
        lines_text(c, 40, y - 45, ['Abzüge: Skonto 3 % gemäß Zahlungsbedingungen. KG = Gutschrift (verrechnet).',
                                   'Mit freundlichen Grüßen', 'Kreditorenbuchhaltung – Rheinwerk Anlagenbau GmbH'], fs=8.5)
    rl_table(out or P(name), cols, rows, head, tail_fn=tail, fs=8.5, lead=14, shade=(0.88, 0.88, 0.88))
    exp = [payer, pref, pdate.strftime('%d.%m.%Y'), e(tot)] + [x for l in L for x in (l['ref'], e(l['paid']))]
    return payer, pdate, pref, 'EUR', L, exp


# ============================================================ 003 IN Tally
def d003(out=None, name='r7-003.pdf'):
    payer = 'Sahyadri Engineering Pvt. Ltd.'
    pdate = date(2024, 11, 8); pref = 'PV/24-25/1184'
    L = gen_lines(303, 7, lambda r: f'KIPL/24-25/{r.randint(700, 999):04d}', 25000, 640000,
                  wht=D('0.02'), places=2)
    i = lambda v: fm(v, 'in')
    cols = [('Sl.', 22, 'l'), ('Bill No.', 92, 'l'), ('Bill Date', 60, 'l'), ('Bill Amount', 88, 'r'),
            ('TDS u/s 194C', 80, 'r'), ('Amount Paid', 88, 'r')]
    rows = [[str(k + 1), l['ref'], l['date'].strftime('%d-%b-%Y'), i(l['gross']), i(l['wht']), i(l['paid'])]
            for k, l in enumerate(L)]
    tot = total_of(L)

    def head(c, p, n):
        W, H = A4
        c.setFont('Helvetica-Bold', 13); c.drawCentredString(W / 2, H - 50, payer)
        c.setFont('Helvetica', 8.5)
        c.drawCentredString(W / 2, H - 63, 'Plot No. 47, MIDC Bhosari, Pune - 411026, Maharashtra')
        c.drawCentredString(W / 2, H - 75, 'GSTIN: 27AAHCS4417K1ZQ   CIN: U29120PN2009PTC134512')
        c.setFont('Helvetica-Bold', 11); c.drawCentredString(W / 2, H - 100, 'PAYMENT ADVICE')
        kv(c, 40, H - 130, [('To:', 'Kestrel Instruments India Pvt. Ltd.'), ('', 'Unit 5, Peenya Industrial Area, Bengaluru 560058'),
                            ('Mode:', 'NEFT')], lw=30)
        kv(c, 360, H - 130, [('Ref. No.:', pref), ('Date:', pdate.strftime('%d-%b-%Y')), ('Currency:', 'INR')], lw=55)
        lines_text(c, 40, H - 185, ['Dear Sir/Madam, we have remitted the net amount below to your account with HDFC Bank, Peenya branch,',
                                    'after deduction of TDS at 2% under section 194C. TDS certificate (Form 16A) will be issued quarterly.'])
        return H - 225

    def tail(c, y):
        c.line(40, y + 8, 470, y + 8)
        c.setFont('Helvetica-Bold', 9)
        c.drawString(42, y - 5, 'Total'); c.drawRightString(467, y - 5, i(tot))
        c.drawRightString(379, y - 5, i(sum((l['wht'] for l in L), D(0))))
        c.drawRightString(299, y - 5, i(sum((l['gross'] for l in L), D(0))))
        lines_text(c, 40, y - 30, ['Amount in words: see bank advice.', '', 'for Sahyadri Engineering Pvt. Ltd.', '', '', 'Authorised Signatory'])
    rl_table(out or P(name), cols, rows, head, tail_fn=tail, fs=8.5, lead=14, grid=True)
    exp = [payer, pref, pdate.strftime('%d-%b-%Y'), i(tot)] + [x for l in L for x in (l['ref'], i(l['paid']))]
    return payer, pdate, pref, 'INR', L, exp


# ============================================================ 004 JP
def d004(out=None, name='r7-004.pdf'):
    payer = '東海精密工業株式会社'
    pdate = date(2024, 10, 31); pref = 'P-2410-0082'
    L = gen_lines(404, 6, lambda r: f'KJ-2409{r.randint(10, 30)}-{r.randint(1, 9):02d}', 80000, 2400000,
                  credits=(3,), places=0, cn_fn=lambda r: f'KJC-2409-{r.randint(10, 99)}')
    j = lambda v: fm(v, 'us', 'tri', places=0)
    cols = [('伝票番号', 70, 'l'), ('貴社請求書番号', 100, 'l'), ('請求日', 70, 'l'), ('摘要', 90, 'l'),
            ('請求金額', 80, 'r'), ('支払金額', 85, 'r')]
    rows = [[f'AP{l["m"]:06d}', l['ref'], l['date'].strftime('%Y/%m/%d'),
             '返品（赤伝）' if l['kind'] == 'credit_note' else '9月分 部品代', j(l['gross']), j(l['paid'])] for l in L]
    tot = total_of(L)
    W, H = A4
    c = canvas.Canvas(out or P(name), pagesize=A4, invariant=1)
    jdraw(c, W / 2, H - 60, 'お支払通知書', 16, 'c')
    jdraw(c, 40, H - 100, 'ケストレル・インスツルメンツ株式会社　御中', 10.5)
    for k, t in enumerate([f'{pdate.year}年{pdate.month}月{pdate.day}日', payer, '〒448-0013 愛知県刈谷市恩田町3-21', '経理部　買掛金担当']):
        jdraw(c, W - 40, H - 100 - 13 * k, t, 9, 'r')
    for k, t in enumerate([f'支払番号：{pref}', '支払方法：銀行振込（三菱UFJ銀行 刈谷支店）', '通貨：JPY（円）', '',
                           '下記の通りお支払いいたしましたのでご通知申し上げます。']):
        jdraw(c, 40, H - 150 - 14 * k, t, 9)
    y = H - 235
    xs = [40, 110, 210, 280, 370, 450, 535]
    c.setFillColorRGB(0.9, 0.9, 0.9); c.rect(40, y - 5, 495, 17, fill=1, stroke=0); c.setFillColorRGB(0, 0, 0)
    for k, (label, w, al) in enumerate(cols):
        if al == 'r':
            jdraw(c, xs[k + 1] - 3, y, label, 9, 'r')
        else:
            jdraw(c, xs[k] + 2, y, label, 9)
    y -= 20
    for r in rows:
        for k, ((label, w, al), v) in enumerate(zip(cols, r)):
            if al == 'r':
                jdraw(c, xs[k + 1] - 3, y, v, 9, 'r')
            else:
                jdraw(c, xs[k] + 2, y, v, 9)
        c.setLineWidth(0.2); c.line(40, y - 4, 535, y - 4)
        y -= 16
    c.setLineWidth(0.8); c.line(40, y + 8, 535, y + 8)
    jdraw(c, 42, y - 8, 'お支払合計', 10); jdraw(c, 532, y - 8, '¥' + j(tot), 10, 'r')
    jdraw(c, 42, y - 35, '※△はマイナス（返品・値引）を示します。振込手数料は当社負担です。', 8.5)
    c.showPage(); c.save()
    exp = [payer, pref, '¥' + j(tot)] + [x for l in L for x in (l['ref'], j(l['paid']))]
    return payer, pdate, pref, 'JPY', L, exp


def jdraw(c, x, y, text, size, align='l'):
    """Draw text mixing DejaVu (Latin/digits) and Droid (CJK) runs so every glyph extracts."""
    runs = []
    for ch in text:
        f = 'Droid' if (ord(ch) >= 0x3000 or ch == '※') else 'DejaVu'
        if runs and runs[-1][0] == f:
            runs[-1][1] += ch
        else:
            runs.append([f, ch])
    w = sum(pdfmetrics.stringWidth(t, f, size) for f, t in runs)
    if align == 'r':
        x -= w
    elif align == 'c':
        x -= w / 2
    for f, t in runs:
        c.setFont(f, size); c.drawString(x, y, t); x += pdfmetrics.stringWidth(t, f, size)


# ============================================================ 005 ZA bank notification
def d005(out=None, name='r7-005.pdf'):
    payer = 'Karoo Bulk Logistics (Pty) Ltd'
    pdate = date(2024, 9, 27); pref = 'KBL0924-5517'
    L = gen_lines(505, 4, lambda r: f'ZA-INV-{r.randint(30000, 31999)}', 4000, 190000)
    z = lambda v: fm(v, 'za')
    tot = total_of(L)
    W, H = A4
    c = canvas.Canvas(out or P(name), pagesize=A4, invariant=1)
    c.setFillColorRGB(0.05, 0.2, 0.4); c.rect(0, H - 70, W, 70, fill=1, stroke=0)
    c.setFillColorRGB(1, 1, 1); c.setFont('Helvetica-Bold', 15); c.drawString(40, H - 42, 'Vaal Commercial Bank')
    c.setFont('Helvetica', 9); c.drawString(40, H - 57, 'Business Online · Payment Notification')
    c.setFillColorRGB(0, 0, 0)
    y = kv(c, 40, H - 105, [('Notification date', pdate.strftime('%Y/%m/%d')), ('Payer', payer),
                            ('Beneficiary', 'Kestrel Instruments SA (Pty) Ltd'),
                            ('Beneficiary bank', 'Standard Bank, branch 051001, acc ****8820'),
                            ('Amount', 'R ' + z(tot)), ('Currency', 'ZAR'),
                            ('Payment reference', pref), ('Payment type', 'Real-time clearing (RTC)')], fs=9.5, lead=15, lw=120)
    c.setFont('Helvetica', 8.5)
    c.drawString(40, y - 10, 'The payer has asked us to forward the following remittance details on their behalf:')
    y -= 40
    cols = [(40, 'Your reference', 'l'), (170, 'Our reference', 'l'), (300, 'Description', 'l'), (555, 'Amount (R)', 'r')]
    c.setFont('Helvetica-Bold', 9)
    for x, t, a in cols:
        (c.drawRightString if a == 'r' else c.drawString)(x, y, t)
    c.line(40, y - 4, 555, y - 4); y -= 18
    c.setFont('Helvetica', 9)
    for l in L:
        c.drawString(40, y, l['ref']); c.drawString(170, y, f'KBL-GRN-{l["m"]}')
        c.drawString(300, y, 'Conveyor spares'); c.drawRightString(555, y, z(l['paid'])); y -= 15
    c.line(40, y + 8, 555, y + 8)
    c.setFont('Helvetica-Bold', 9); c.drawString(300, y - 4, 'Total'); c.drawRightString(555, y - 4, z(tot))
    c.setFont('Helvetica', 7.5)
    lines_text(c, 40, 80, ['This notification is sent at the request of the payer. Vaal Commercial Bank does not verify the remittance details',
                           'and accepts no liability for their accuracy. Please confirm receipt of funds on your own statement.'], fs=7.5)
    c.showPage(); c.save()
    exp = [payer, pref, pdate.strftime('%Y/%m/%d'), z(tot)] + [x for l in L for x in (l['ref'], z(l['paid']))]
    return payer, pdate, pref, 'ZAR', L, exp


# ============================================================ Writer (HTML -> LibreOffice Writer -> PDF)
WCSS = 'body{font-family:"Liberation Sans";font-size:9pt}th{background:#dddddd;font-size:8.5pt}td{font-size:8.5pt}h1{font-size:15pt}'


def wtable(cols, rows, foot=()):
    h = ['<table border="1" cellpadding="3" cellspacing="0" width="100%"><thead><tr>']
    for label, al in cols:
        h.append(f'<th align="{ {"r": "right", "l": "left", "c": "center"}[al] }">{label}</th>')
    h.append('</tr></thead><tbody>')
    for r in list(rows) + list(foot):
        h.append('<tr>' + ''.join(f'<td align="{ {"r": "right", "l": "left", "c": "center"}[al] }">{v}</td>'
                                  for (l, al), v in zip(cols, r)) + '</tr>')
    h.append('</tbody></table>')
    return ''.join(h)


def d006(out=None, name='r7-006.pdf'):
    payer = 'Groupe Vallorin SA'
    pdate = date(2024, 11, 8); pref = 'VIR-58127'
    L = gen_lines(606, 8, lambda r: f'FA24-{r.randint(1500, 2400):05d}', 600, 36000, credits=(2, 6), disc=D('0.01'),
                  cn_fn=lambda r: f'AV24-{r.randint(150, 299):05d}')
    f = lambda v: fm(v, 'fr')
    cols = [('N° pièce', 'l'), ('Votre référence', 'l'), ('Date', 'l'), ('Nature', 'l'), ('Montant TTC', 'r'),
            ('Escompte', 'r'), ('Montant réglé', 'r')]
    rows = [[f'PC{l["n"] % 1000000:06d}', l['ref'], l['date'].strftime('%d/%m/%Y'),
             'Avoir' if l['kind'] == 'credit_note' else 'Facture', f(l['gross']), f(l['disc']), f(l['paid'])] for l in L]
    tot = total_of(L)
    foot = [['', '', '', '<b>Total réglé</b>', '', '', f'<b>{f(tot)} €</b>']]
    body = f'''<table width="100%" border="0"><tr><td valign="top"><b><font size="4">{payer}</font></b><br>
Direction Financière – Comptabilité Fournisseurs<br>27 rue de la Bourse<br>69002 Lyon<br>SIREN 412 887 309</td>
<td valign="top" align="right">Kestrel Instruments France SAS<br>Service Recouvrement<br>14 avenue de l'Europe<br>78140 Vélizy-Villacoublay</td></tr></table>
<h1>AVIS DE PAIEMENT</h1>
<p>Lyon, le {pdate.strftime('%d/%m/%Y')}<br>Mode de règlement : virement SEPA<br>Référence du paiement : <b>{pref}</b><br>
Code fournisseur : F004127<br>Devise : EUR</p>
<p>Madame, Monsieur,<br>Nous vous informons que nous avons procédé ce jour au règlement des pièces suivantes :</p>
{wtable(cols, rows, foot)}
<p>Les avoirs sont déduits du montant réglé. Escompte pour paiement anticipé : 1 %.<br>
Pour toute question : comptabilite.fournisseurs@vallorin.fr</p>'''
    writer_pdf(name, html_page(body, WCSS, 'fr'), out or P(name))
    exp = [payer, pref, pdate.strftime('%d/%m/%Y'), f(tot)] + [x for l in L for x in (l['ref'], f(l['paid']))]
    return payer, pdate, pref, 'EUR', L, exp


def d007(out=None, name='r7-007.pdf'):
    payer = 'Industrias Alcaraz S.A.'
    pdate = date(2024, 10, 25); pref = 'TR-2024-004418'
    L = gen_lines(707, 5, lambda r: f'F/2024/{r.randint(900, 1400):04d}', 900, 28000, credits=(3,),
                  cn_fn=lambda r: f'R/2024/{r.randint(30, 99):04d}')
    e = lambda v: fm(v, 'eu')
    cols = [('Nº documento', 'l'), ('Nº factura proveedor', 'l'), ('Fecha factura', 'l'), ('Vencimiento', 'l'),
            ('Importe factura', 'r'), ('Importe pagado', 'r')]
    rows = [[f'{2024}{l["m"]:06d}', l['ref'], l['date'].strftime('%d/%m/%Y'),
             (l['date'] + timedelta(days=60)).strftime('%d/%m/%Y'), e(l['gross']) + ' €', e(l['paid']) + ' €'] for l in L]
    tot = total_of(L)
    foot = [['', '', '', '<b>TOTAL TRANSFERENCIA</b>', '', f'<b>{e(tot)} €</b>']]
    body = f'''<p align="right"><b><font size="4">{payer}</font></b><br>Polígono Industrial El Carmen, parcela 14<br>30009 Murcia · CIF A30118845</p>
<h1>Aviso de pago</h1>
<table border="0" cellpadding="2"><tr><td><b>Proveedor:</b></td><td>Kestrel Instruments Iberia S.L. (cód. 400271)</td></tr>
<tr><td><b>Fecha de pago:</b></td><td>{pdate.strftime('%d/%m/%Y')}</td></tr>
<tr><td><b>Nº de transferencia:</b></td><td>{pref}</td></tr>
<tr><td><b>Banco ordenante:</b></td><td>CaixaBank · ES76 2100 0813 6102 0045 1187</td></tr>
<tr><td><b>Moneda:</b></td><td>EUR</td></tr></table>
<p>Muy Sres. nuestros: les comunicamos que hemos ordenado transferencia a su favor por los documentos que se detallan:</p>
{wtable(cols, rows, foot)}
<p>Los abonos (R/…) se compensan en el presente pago.<br>Atentamente,<br>Departamento de Tesorería</p>'''
    writer_pdf(name, html_page(body, WCSS, 'es'), out or P(name))
    exp = [payer, pref, pdate.strftime('%d/%m/%Y'), e(tot)] + [x for l in L for x in (l['ref'], e(l['paid']))]
    return payer, pdate, pref, 'EUR', L, exp


def d008(out=None, name='r7-008.pdf'):
    payer = 'Van der Kolk Installatietechniek B.V.'
    pdate = date(2024, 11, 12); pref = None
    L = gen_lines(808, 11, lambda r: f'2024.{r.randint(10000, 11999)}', 200, 14000, credits=(5,), partial=(8,),
                  cn_fn=lambda r: f'CN2024.{r.randint(100, 399)}')
    e = lambda v: fm(v, 'eu', pre='€ ')
    cols = [('Boekstuknr.', 'l'), ('Uw factuurnr.', 'l'), ('Factuurdatum', 'l'), ('Factuurbedrag', 'r'),
            ('Betaald', 'r'), ('Openstaand', 'r')]
    rows = [[str(24700000 + l['m']), l['ref'], l['date'].strftime('%d-%m-%Y'), e(l['gross']), e(l['paid']), e(l['bal'])] for l in L]
    tot = total_of(L)
    foot = [['<b>Totaal betaald</b>', '', '', '', f'<b>{e(tot)}</b>', '']]
    body = f'''<p><b><font size="4">{payer}</font></b><br>Havenweg 8, 3125 BN Schiedam · KvK 24311870 · BTW NL8123.45.678.B01</p>
<h1>Betalingsspecificatie</h1>
<p>Aan: Kestrel Instruments Benelux B.V., t.a.v. debiteurenadministratie, Schiedam<br>
Betaaldatum: {pdate.strftime('%d-%m-%Y')}<br>Valuta: EUR<br>Betaalwijze: SEPA-overboeking naar NL91 ABNA 0417 1643 00</p>
<p>Geachte relatie, hieronder treft u de specificatie aan van onze betaling. Factuur met een openstaand saldo is deels betaald in verband met een nog lopende klacht.</p>
{wtable(cols, rows, foot)}
<p>Met vriendelijke groet,<br>Crediteurenadministratie</p>'''
    writer_pdf(name, html_page(body, WCSS, 'nl'), out or P(name))
    exp = [payer, pdate.strftime('%d-%m-%Y'), e(tot)] + [x for l in L for x in (l['ref'], e(l['paid']))]
    return payer, pdate, pref, 'EUR', L, exp


# ============================================================ Calc (xlsx -> LibreOffice Calc -> PDF)
THIN = Side(style='thin', color='999999')
BOX = Border(top=THIN, bottom=THIN, left=THIN, right=THIN)


def put(ws, r, c, v, bold=False, fmt=None, al=None, size=None, fill=None, border=False):
    cell = ws.cell(row=r, column=c, value=v)
    if bold or size:
        cell.font = Font(bold=bold, size=size or 10)
    if fmt:
        cell.number_format = fmt
    if al:
        cell.alignment = Alignment(horizontal=al)
    if fill:
        cell.fill = PatternFill('solid', fgColor=fill)
    if border:
        cell.border = BOX
    return cell


def d009(out=None, name='r7-009.pdf'):
    payer = 'Brixworth Rail Systems plc'
    pdate = date(2024, 10, 18); pref = '0000731542'
    L = gen_lines(909, 22, lambda r: f'SIN{r.randint(45000, 46999):07d}', 120, 16500, credits=(9, 15), disc=D('0.015'),
                  cn_fn=lambda r: f'SCR{r.randint(1000, 1999):07d}')
    wb = openpyxl.Workbook(); ws = wb.active; ws.title = 'Remittance'
    put(ws, 1, 1, payer, bold=True, size=14)
    put(ws, 2, 1, 'Accounts Payable Shared Service Centre, Pavilion 3, Rothersthorpe Ave, Northampton NN4 8JH')
    put(ws, 3, 1, 'REMITTANCE ADVICE', bold=True, size=12)
    meta = [('Supplier', 'Kestrel Instruments UK Ltd'), ('Supplier site', 'READING-GBP'), ('Payment number', pref),
            ('Payment date', pdate.strftime('%d-%b-%Y').upper()), ('Payment method', 'BACS'), ('Currency', 'GBP')]
    for k, (a, b) in enumerate(meta):
        put(ws, 5 + k, 1, a, bold=True); put(ws, 5 + k, 3, b)
    hdr = ['Invoice Number', 'Invoice Date', 'Voucher', 'Invoice Amount', 'Discount Taken', 'Amount Paid']
    HR = 12
    for k, h in enumerate(hdr):
        put(ws, HR, k + 1, h, bold=True, fill='D9D9D9', border=True, al='right' if k >= 3 else None)
    for k, l in enumerate(L):
        r = HR + 1 + k
        put(ws, r, 1, l['ref'], border=True)
        put(ws, r, 2, l['date'].strftime('%d-%b-%Y').upper(), border=True)
        put(ws, r, 3, 8800000 + l['m'], border=True, al='left')
        for cc, key in ((4, 'gross'), (5, 'disc'), (6, 'paid')):
            put(ws, r, cc, float(l[key]), fmt='#,##0.00;-#,##0.00', border=True)
    tr = HR + 1 + len(L) + 1
    tot = total_of(L)
    put(ws, tr, 5, 'Payment Total', bold=True)
    put(ws, tr, 6, float(tot), bold=True, fmt='#,##0.00')
    put(ws, tr + 2, 1, 'Funds will reach your nominated account (sort code 20-44-91) within 3 working days.')
    for col, w in zip('ABCDEF', (18, 14, 12, 16, 16, 16)):
        ws.column_dimensions[col].width = w
    for r in range(HR + 1, tr + 1):
        ws.row_dimensions[r].height = 22
    ws.print_title_rows = f'{HR}:{HR}'
    ws.row_breaks.append(Break(id=HR + 13))
    ws.page_setup.orientation = 'portrait'; ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.oddFooter.center.text = 'Page &P of &N'
    calc_pdf(name, wb, out or P(name))
    g = lambda v: fm(v, 'us')
    exp = [payer, pref, g(tot)] + [x for l in L for x in (l['ref'], g(l['paid']))]
    return payer, pdate, pref, 'GBP', L, exp


def d010(out=None, name='r7-010.pdf'):
    payer = 'Coralbay Mining Services Pty Ltd'
    pdate = date(2024, 11, 1); pref = 'EFT-003318'
    L = gen_lines(1010, 6, lambda r: f'INV-{r.randint(7000, 8999):06d}', 400, 52000, credits=(4,), partial=(2,),
                  cn_fn=lambda r: f'CRN-{r.randint(400, 499):06d}')
    wb = openpyxl.Workbook(); ws = wb.active; ws.title = 'Remittance'
    put(ws, 1, 1, payer, bold=True, size=13); put(ws, 2, 1, 'ABN 63 118 447 902 · 22 Karratha Rd, Port Hedland WA 6721')
    put(ws, 4, 1, 'Remittance Advice', bold=True, size=16)
    put(ws, 6, 1, 'To:', bold=True); put(ws, 6, 2, 'Kestrel Instruments Australia Pty Ltd')
    put(ws, 7, 1, 'Date:', bold=True); put(ws, 7, 2, pdate.strftime('%d/%m/%Y'))
    put(ws, 8, 1, 'Cheque/Ref:', bold=True); put(ws, 8, 2, pref)
    put(ws, 9, 1, 'Amounts in:', bold=True); put(ws, 9, 2, 'AUD (incl. GST)')
    hdr = ['Date', 'Invoice #', 'Your Ref', 'Original Amt', 'Amount Applied', 'Balance Due']
    for k, h in enumerate(hdr):
        put(ws, 11, k + 1, h, bold=True, border=True)
    money = '$#,##0.00;-$#,##0.00'
    for k, l in enumerate(L):
        r = 12 + k
        put(ws, r, 1, l['date'].strftime('%d/%m/%Y'), border=True)
        put(ws, r, 2, l['ref'], border=True)
        put(ws, r, 3, f'PO{l["m"]}', border=True)
        put(ws, r, 4, float(l['gross']), fmt=money, border=True)
        put(ws, r, 5, float(l['paid']), fmt=money, border=True)
        put(ws, r, 6, float(l['bal']), fmt=money, border=True)
    tot = total_of(L)
    r = 12 + len(L) + 1
    put(ws, r, 4, 'Total Paid:', bold=True); put(ws, r, 5, float(tot), bold=True, fmt=money)
    put(ws, r + 2, 1, 'Paid by EFT to BSB 066-128 Account 1044 7821. Thank you for your business.')
    for col, w in zip('ABCDEF', (12, 15, 12, 15, 16, 14)):
        ws.column_dimensions[col].width = w
    calc_pdf(name, wb, out or P(name))
    a = lambda v: fm(v, 'us', pre='$')
    exp = [payer, pref, pdate.strftime('%d/%m/%Y'), a(tot)] + [x for l in L for x in (l['ref'], a(l['paid']))]
    return payer, pdate, pref, 'AUD', L, exp


def d011(out=None, name='r7-011.pdf'):
    payer = 'Officine Brenta S.p.A.'
    pdate = date(2024, 10, 30); pref = 'BON-2024-1177'
    L = gen_lines(1111, 7, lambda r: f'FT {r.randint(1200, 1700)}/2024', 500, 18000, credits=(5,),
                  cn_fn=lambda r: f'NC {r.randint(20, 60)}/2024')
    e = lambda v: fm(v, 'eu')
    wb = openpyxl.Workbook(); ws = wb.active; ws.title = 'Distinta'
    put(ws, 1, 1, payer, bold=True, size=13)
    put(ws, 2, 1, 'Via dell’Industria 51 – 35129 Padova – P.IVA 01984550281')
    put(ws, 4, 1, 'DISTINTA DI PAGAMENTO FORNITORI', bold=True, size=12)
    for k, (a, b) in enumerate([('Fornitore', 'Kestrel Instruments Italia S.r.l.'), ('Data valuta', pdate.strftime('%d/%m/%Y')),
                                ('Rif. bonifico', pref), ('Divisa', 'EUR'), ('Banca', 'Intesa Sanpaolo – IT60 X054 2811 1010 0000 0123 456')]):
        put(ws, 6 + k, 1, a, bold=True); put(ws, 6 + k, 2, b)
    hdr = ['N. reg.', 'Documento', 'Data doc.', 'Tipo', 'Importo doc.', 'Importo pagato']
    for k, h in enumerate(hdr):
        put(ws, 12, k + 1, h, bold=True, border=True, fill='EEEEEE')
    for k, l in enumerate(L):
        r = 13 + k
        vals = [str(l['m']), l['ref'], l['date'].strftime('%d/%m/%Y'),
                'Nota di credito' if l['kind'] == 'credit_note' else 'Fattura', e(l['gross']), e(l['paid'])]
        for cc, v in enumerate(vals):
            put(ws, r, cc + 1, v, border=True, al='right' if cc >= 4 else 'left')
    tot = total_of(L)
    r = 13 + len(L) + 1
    put(ws, r, 5, 'Totale bonifico', bold=True); put(ws, r, 6, e(tot), bold=True, al='right')
    put(ws, r + 2, 1, 'Le note di credito sono portate in diminuzione. Distinti saluti – Ufficio Contabilità Fornitori')
    for col, w in zip('ABCDEF', (10, 16, 12, 16, 15, 16)):
        ws.column_dimensions[col].width = w
    calc_pdf(name, wb, out or P(name))
    exp = [payer, pref, pdate.strftime('%d/%m/%Y'), e(tot)] + [x for l in L for x in (l['ref'], e(l['paid']))]
    return payer, pdate, pref, 'EUR', L, exp


# ============================================================ Chromium
def d012(out=None, name='r7-012.pdf'):
    payer = 'Laurentide Hydro Systems Ltd.'
    pdate = date(2024, 11, 6); pref = '88231'
    L = gen_lines(1212, 9, lambda r: f'CA-{r.randint(56000, 57999)}', 300, 41000, credits=(7,), disc=D('0.01'),
                  cn_fn=lambda r: f'CM-{r.randint(1100, 1399)}')
    m = lambda v: fm(v, 'us')
    cols = [('Invoice Number', 'l'), ('Invoice Date', 'l'), ('PO Number', 'l'), ('Invoice Amount', 'r'),
            ('Discount Taken', 'r'), ('Amount Paid', 'r')]
    rows = [[l['ref'], l['date'].isoformat(), l['po'], m(l['gross']), m(l['disc']), m(l['paid'])] for l in L]
    tot = total_of(L)
    css = '''body{font-family:Arial,sans-serif;font-size:12px;margin:0;color:#222}
.bar{background:#1f3b57;color:#fff;padding:10px 18px;font-size:15px}.bar span{float:right;font-size:12px}
.nav{background:#e8edf2;padding:6px 18px;font-size:11px;color:#355}.wrap{padding:14px 18px}
h2{font-size:17px;margin:6px 0 12px}.grid{display:grid;grid-template-columns:170px 220px 170px 220px;row-gap:5px;margin-bottom:16px}
.grid b{color:#555;font-weight:normal}.t{border-collapse:collapse;width:100%}.t th{background:#f1f4f7;border-bottom:2px solid #9ab;padding:6px;font-size:11px}
.t td{border-bottom:1px solid #dde;padding:5px 6px}.t tfoot td{font-weight:bold;border-top:2px solid #9ab}
.note{font-size:10.5px;color:#666;margin-top:14px}'''
    body = f'''<div class="bar">Laurentide Hydro — Supplier Portal<span>Logged in: ar@kestrel-instruments.ca</span></div>
<div class="nav">Home &gt; Finance &gt; Payments &gt; View Payment</div>
<div class="wrap"><h2>Payment {pref}: Details</h2>
<div class="grid"><b>Payer</b><div>{payer}</div><b>Supplier</b><div>Kestrel Instruments Canada Inc.</div>
<b>Payment Number</b><div>{pref}</div><b>Supplier Site</b><div>MISSISSAUGA-ON</div>
<b>Payment Date</b><div>{pdate.isoformat()}</div><b>Payment Method</b><div>EFT</div>
<b>Currency</b><div>CAD</div><b>Status</b><div>Negotiable</div>
<b>Payment Amount</b><div>{m(tot)}</div><b>Remit-to Bank</b><div>RBC ****6612</div></div>
<h3 style="font-size:13px">Invoices</h3>
{html_table(cols, rows, [['Total', '', '', '', '', m(tot)]])}
<div class="note">Amounts in CAD. Negative amounts represent credit memos applied to this payment. Printed {pdate.isoformat()} 14:22 EST.</div></div>'''
    chromium_pdf(name, html_page(body, css), out or P(name))
    exp = [payer, pref, pdate.isoformat(), m(tot)] + [x for l in L for x in (l['ref'], m(l['paid']))]
    return payer, pdate, pref, 'CAD', L, exp


def d013(out=None, name='r7-013.pdf'):
    payer = 'Metalúrgica Paranaense S.A.'
    pdate = date(2024, 10, 21); pref = 'AP-2024-10-00963'
    L = gen_lines(1313, 18, lambda r: f'{r.randint(18000, 19999):09d}', 1200, 95000, wht=D('0.0615'))
    b = lambda v: fm(v, 'eu')
    cols = [('Nº Doc.', 'l'), ('NF-e', 'l'), ('Série', 'c'), ('Emissão', 'l'), ('Valor Bruto', 'r'),
            ('Retenções (IRRF/CSRF)', 'r'), ('Valor Líquido', 'r')]
    css = '''body{font-family:"DejaVu Sans",sans-serif;font-size:10.5px;margin:0}
.hd{border:1.5px solid #333;padding:8px 12px;display:flex;justify-content:space-between}
.hd .n{font-size:15px;font-weight:bold}.t{border-collapse:collapse;width:100%;margin-top:10px}
.t th,.t td{border:1px solid #777;padding:4px 5px}.t th{background:#ddd}
.sub td{font-weight:bold;background:#f3f3f3}.pg{page-break-after:always}.meta td{padding:2px 10px 2px 0}
@page{size:A4;margin:14mm}'''
    tot = total_of(L)
    pages = [L[:10], L[10:]]
    body = ''
    for pi, pl in enumerate(pages):
        rows = [[str(50000000 + l['n'] % 10000000), l['ref'], '1', l['date'].strftime('%d/%m/%Y'),
                 b(l['gross']), b(l['wht']), b(l['paid'])] for l in pl]
        foot = [['Subtotal da página', '', '', '', b(sum((l['gross'] for l in pl), D(0))),
                 b(sum((l['wht'] for l in pl), D(0))), b(total_of(pl))]]
        if pi == 1:
            foot.append(['TOTAL DO PAGAMENTO', '', '', '', '', '', 'R$ ' + b(tot)])
        body += f'''<div class="{'pg' if pi == 0 else ''}"><div class="hd"><div><div class="n">{payer}</div>
CNPJ 76.512.330/0001-48 · Rod. BR-277, km 12 · Curitiba/PR</div><div style="text-align:right"><b>AVISO DE PAGAMENTO</b><br>
Página {pi + 1} de 2</div></div>
<table class="meta"><tr><td><b>Favorecido:</b> Kestrel Instrumentos do Brasil Ltda. (CNPJ 11.204.557/0001-90)</td></tr>
<tr><td><b>Data do pagamento:</b> {pdate.strftime('%d/%m/%Y')} &nbsp; <b>Nº do pagamento:</b> {pref} &nbsp; <b>Moeda:</b> BRL &nbsp; <b>Forma:</b> TED</td></tr></table>
{html_table(cols, rows, foot).replace('<tfoot><tr>', '<tfoot><tr class="sub">', 1)}
{'<p>Retenções na fonte conforme legislação (IRRF 1,5% e CSRF 4,65%). Dúvidas: contas.pagar@metparanaense.com.br</p>' if pi == 1 else '<p style="text-align:right">continua…</p>'}</div>'''
    chromium_pdf(name, html_page(body, css, 'pt-BR'), out or P(name))
    exp = [payer, pref, pdate.strftime('%d/%m/%Y'), 'R$ ' + b(tot)] + [x for l in L for x in (l['ref'], b(l['paid']))]
    return payer, pdate, pref, 'BRL', L, exp


def d014(out=None, name='r7-014.pdf'):
    payer = 'Grupo Industrial Sierra Madre, S.A. de C.V.'
    pdate = date(2024, 11, 14); pref = 'SPEI 0047719326'
    L = gen_lines(1414, 5, lambda r: f'A-{r.randint(18000, 19999)}', 8000, 380000, partial=(1,))
    rng = random.Random(14)
    m = lambda v: fm(v, 'us', pre='$')
    cols = [('Folio', 'l'), ('UUID (Folio fiscal)', 'l'), ('Fecha', 'l'), ('Importe', 'r'), ('Pagado', 'r'),
            ('Saldo insoluto', 'r')]
    uu = lambda: '-'.join(''.join(rng.choice('0123456789ABCDEF') for _ in range(k)) for k in (8, 4, 4, 4, 12))
    rows = [[l['ref'], f'<span style="font-size:8px">{uu()}</span>', l['date'].strftime('%d/%m/%Y'), m(l['gross']),
             m(l['paid']), m(l['bal'])] for l in L]
    tot = total_of(L)
    css = '''body{font-family:"Liberation Sans",Arial;font-size:11px;margin:28px}.top{border-bottom:3px solid #8a1c1c;padding-bottom:8px}
.top h1{color:#8a1c1c;font-size:18px;margin:0}.box{display:inline-block;vertical-align:top;width:48%}
.t{border-collapse:collapse;width:100%;margin-top:14px}.t th{background:#8a1c1c;color:#fff;padding:5px}.t td{padding:5px;border-bottom:1px solid #ccc}
.tot{margin-top:10px;text-align:right;font-size:13px}'''
    body = f'''<div class="top"><h1>{payer}</h1>Av. Constitución 2050 Pte., Col. Obispado, 64060 Monterrey, N.L. · RFC GIS951012AB3</div>
<h2 style="font-size:15px">Aviso de pago a proveedores</h2>
<div class="box"><b>Proveedor:</b> Kestrel Instruments de México, S. de R.L. de C.V.<br><b>No. proveedor:</b> 200318<br><b>Banco destino:</b> BBVA · CLABE 012180001234567891</div>
<div class="box"><b>Fecha de pago:</b> {pdate.strftime('%d/%m/%Y')}<br><b>Referencia:</b> {pref}<br><b>Moneda:</b> MXN (pesos mexicanos)</div>
{html_table(cols, rows)}
<div class="tot"><b>Total pagado: {m(tot)} MXN</b></div>
<p style="font-size:10px;color:#555">Favor de emitir el Complemento de Recepción de Pagos (CFDI tipo P) dentro de los 5 días naturales del mes siguiente. Las facturas con saldo insoluto se liquidarán en parcialidades.</p>'''
    chromium_pdf(name, html_page(body, css, 'es-MX'), out or P(name))
    exp = [payer, pref, pdate.strftime('%d/%m/%Y'), m(tot)] + [x for l in L for x in (l['ref'], m(l['paid']))]
    return payer, pdate, pref, 'MXN', L, exp


def d015(out=None, name='r7-015.pdf'):
    payer = 'Pinecrest Foods Corporation'
    pdate = date(2024, 9, 30); pref = '0004417752'
    L = gen_lines(1515, 8, lambda r: f'{r.randint(104000, 106999)}', 150, 24000, credits=(3,), pos=(6,), disc=D('0.01'),
                  cn_fn=lambda r: f'C{r.randint(2000, 2999)}', po_fn=lambda r: f'PO-77{r.randint(10000, 99999)}')
    m = lambda v: fm(v, 'us')
    qual = {'invoice': 'IV', 'credit_note': 'CM', 'purchase_order': 'PO'}
    cols = [('Seq', 'c'), ('Ref Qual', 'c'), ('Reference ID', 'l'), ('Amount Paid', 'r'), ('Total Amount', 'r'),
            ('Discount', 'r')]
    rows = [[str(k + 1), qual[l['kind']], l['ref'], m(l['paid']), m(l['gross']), m(l['disc'])] for k, l in enumerate(L)]
    tot = total_of(L)
    css = '''body{font-family:"Liberation Mono",monospace;font-size:11px;margin:30px}.logo{font-family:Georgia,serif;font-size:20px;color:#0b4d2c}
.hr{border-top:1px dashed #000;margin:8px 0}.kv td{padding:1px 14px 1px 0}.t{border-collapse:collapse;width:100%}.t th{border-bottom:1px solid #000;padding:3px}
.t td{padding:3px}'''
    body = f'''<div class="logo">Cumberland Trust Bank</div><div>Treasury Services · ACH Remittance Detail Report</div><div class="hr"></div>
<table class="kv"><tr><td>Company / Receiver</td><td>KESTREL INSTRUMENTS INC</td></tr>
<tr><td>Originator</td><td>{payer}</td></tr><tr><td>SEC Code</td><td>CTX</td></tr>
<tr><td>Effective Entry Date</td><td>{pdate.strftime('%m/%d/%Y')}</td></tr><tr><td>Payment Reference (TRN)</td><td>{pref}</td></tr>
<tr><td>Payment Amount</td><td>USD {m(tot)}</td></tr><tr><td>Addenda Records</td><td>{len(L) + 2}</td></tr></table>
<div class="hr"></div><p>Remittance detail (from EDI 820 RMR/REF segments):</p>
{html_table(cols, rows)}
<div class="hr"></div><table class="kv"><tr><td>Total Amount Paid</td><td>{m(tot)}</td></tr></table>
<p style="font-size:9px">Ref Qual: IV = invoice, CM = credit memo, PO = purchase order (prepayment). Report generated {pdate.strftime('%m/%d/%Y')} 06:02 CT. Page 1 of 1</p>'''
    chromium_pdf(name, html_page(body, css), out or P(name))
    exp = [payer, pref, pdate.strftime('%m/%d/%Y'), m(tot)] + [x for l in L for x in (l['ref'], m(l['paid']))]
    return payer, pdate, pref, 'USD', L, exp


# ============================================================ xlsx
def d016(name='r7-016.xlsx'):
    payer = 'Ashdown Retail Group Ltd'
    pdate = date(2024, 11, 19); pref = 'BP-0019247'
    L = gen_lines(1616, 12, lambda r: f'SIN{r.randint(46000, 47999):07d}', 90, 9800, credits=(4, 10),
                  cn_fn=lambda r: f'SCR{r.randint(2000, 2999):07d}')
    wb = openpyxl.Workbook(); ws = wb.active; ws.title = 'Bill Payment'
    put(ws, 1, 1, payer, bold=True, size=12)
    put(ws, 2, 1, 'Bill Payment Remittance')
    rows = [('Payee', 'Kestrel Instruments UK Ltd'), ('Payment #', pref), ('Date', pdate),
            ('Account', '1010 Barclays Current GBP'), ('Currency', 'GBP')]
    for k, (a, b) in enumerate(rows):
        put(ws, 4 + k, 1, a, bold=True)
        cell = put(ws, 4 + k, 2, b)
        if isinstance(b, date):
            cell.number_format = 'DD/MM/YYYY'
    hdr = ['Type', 'Date', 'Ref No.', 'Internal ID', 'Orig. Amt.', 'Amt. Due', 'Payment']
    for k, h in enumerate(hdr):
        put(ws, 10, k + 1, h, bold=True, fill='DDEBF7')
    for k, l in enumerate(L):
        r = 11 + k
        cn = l['kind'] == 'credit_note'
        put(ws, r, 1, 'Bill Credit' if cn else 'Bill')
        put(ws, r, 2, l['date']).number_format = 'DD/MM/YYYY'
        put(ws, r, 3, l['ref'])
        put(ws, r, 4, 300000 + l['m'])
        put(ws, r, 5, float(l['gross']), fmt='#,##0.00')
        put(ws, r, 6, float(l['gross']), fmt='#,##0.00')
        put(ws, r, 7, float(l['paid']), fmt='#,##0.00')
    tot = total_of(L)
    r = 11 + len(L)
    put(ws, r, 6, 'Total', bold=True); put(ws, r, 7, float(tot), bold=True, fmt='#,##0.00')
    for col, w in zip('ABCDEFG', (12, 12, 14, 12, 12, 12, 12)):
        ws.column_dimensions[col].width = w
    wb.save(P(name))
    exp = [payer, pref] + [x for l in L for x in (l['ref'], str(l['paid']))] + [str(tot)]
    return payer, pdate, pref, 'GBP', L, exp


def d017(name='r7-017.xlsx'):
    payer = 'Hansetec Logistik GmbH'
    pdate = date(2024, 10, 9); pref = 'ZAHL-000871'
    L = gen_lines(1717, 10, lambda r: f'RE-2024-{r.randint(8000, 9999):05d}', 250, 31000, credits=(7,), disc=D('0.02'),
                  cn_fn=lambda r: f'GS-2024-{r.randint(300, 499):05d}')
    wb = openpyxl.Workbook(); ws = wb.active; ws.title = 'Zahlungsavis'
    put(ws, 1, 1, 'Zahlungsavis', bold=True, size=13)
    meta = [('Zahlender', payer), ('Kreditor', 'K-40077 Kestrel Instruments Deutschland GmbH'), ('Buchungsdatum', pdate),
            ('Belegnummer Zahlung', pref), ('Währungscode', 'EUR'), ('Bankkonto', 'COMMERZ-01')]
    for k, (a, b) in enumerate(meta):
        put(ws, 3 + k, 1, a, bold=True)
        cell = put(ws, 3 + k, 2, b)
        if isinstance(b, date):
            cell.number_format = 'DD.MM.YYYY'
    hdr = ['Belegart', 'Belegnr.', 'Externe Belegnr.', 'Belegdatum', 'Ursprungsbetrag', 'Skontobetrag', 'Ausgeglichener Betrag']
    for k, h in enumerate(hdr):
        put(ws, 10, k + 1, h, bold=True, border=True)
    for k, l in enumerate(L):
        r = 11 + k
        cn = l['kind'] == 'credit_note'
        put(ws, r, 1, 'Gutschrift' if cn else 'Rechnung')
        put(ws, r, 2, f'EK{l["n"] % 1000000:06d}')
        put(ws, r, 3, l['ref'])
        put(ws, r, 4, l['date']).number_format = 'DD.MM.YYYY'
        put(ws, r, 5, float(l['gross']), fmt='#,##0.00')
        put(ws, r, 6, float(l['disc']), fmt='#,##0.00')
        put(ws, r, 7, float(l['paid']), fmt='#,##0.00')
    tot = total_of(L)
    r = 11 + len(L) + 1
    put(ws, r, 6, 'Summe', bold=True); put(ws, r, 7, float(tot), bold=True, fmt='#,##0.00')
    for col, w in zip('ABCDEFG', (12, 12, 18, 12, 16, 14, 22)):
        ws.column_dimensions[col].width = w
    wb.save(P(name))
    exp = [payer, pref] + [x for l in L for x in (l['ref'], str(l['paid']))] + [str(tot)]
    return payer, pdate, pref, 'EUR', L, exp


# ============================================================ csv
def d018(name='r7-018.csv'):
    payer = 'Southern Cross Hospitality Pty Ltd'
    pdate = date(2024, 11, 14); pref = 'SCH-REM-2211'
    L = gen_lines(1818, 6, lambda r: f'INV-{r.randint(7000, 8999):06d}', 120, 8800, credits=(3,),
                  cn_fn=lambda r: f'CN-{r.randint(400, 499):06d}')
    m = lambda v: f"{v:.2f}"
    with open(P(name), 'w', newline='', encoding='utf-8') as f:
        w = csv.writer(f)
        w.writerow(['Remittance Advice'])
        w.writerow(['From', payer])
        w.writerow(['To', 'Kestrel Instruments Australia Pty Ltd'])
        w.writerow(['Payment Date', pdate.strftime('%d/%m/%Y')])
        w.writerow(['Payment Reference', pref])
        w.writerow(['Currency', 'AUD'])
        w.writerow([])
        w.writerow(['Invoice Date', 'Invoice Number', 'Reference', 'Invoice Total', 'Amount Paid', 'Still Owing'])
        for l in L:
            w.writerow([l['date'].strftime('%d/%m/%Y'), l['ref'], f'Order {l["m"]}', m(l['gross']), m(l['paid']), '0.00'])
        w.writerow(['', '', '', 'Total', m(total_of(L)), ''])
    tot = total_of(L)
    exp = [payer, pref, pdate.strftime('%d/%m/%Y'), m(tot)] + [x for l in L for x in (l['ref'], m(l['paid']))]
    return payer, pdate, pref, 'AUD', L, exp


def d019(name='r7-019.csv'):
    payer = 'Société Lyonnaise de Robinetterie'
    pdate = date(2024, 10, 10); pref = '2000077310'
    L = gen_lines(1919, 9, lambda r: f'FA24-{r.randint(1500, 2400):05d}', 300, 21000, credits=(4,), pos=(7,), disc=D('0.02'),
                  cn_fn=lambda r: f'AV24-{r.randint(150, 299):05d}', po_fn=lambda r: f'CDE 45008{r.randint(10000, 99999)}')
    c = lambda v: fm(v, 'plainc')
    with open(P(name), 'w', newline='', encoding='utf-8-sig') as f:
        w = csv.writer(f, delimiter=';')
        w.writerow(['Société', payer, '', '', '', '', '', ''])
        w.writerow(['Pièce de paiement', pref, 'Date de paiement', pdate.strftime('%d.%m.%Y'), 'Devise', 'EUR', '', ''])
        w.writerow(['Type', 'Pièce', 'Référence', 'Date pièce', 'Montant brut', 'Escompte', 'Montant payé', 'Texte'])
        for l in L:
            t = {'invoice': 'RE', 'credit_note': 'KG', 'purchase_order': 'KA'}[l['kind']]
            txt = {'invoice': '', 'credit_note': 'Avoir', 'purchase_order': 'Acompte 30% sur commande'}[l['kind']]
            w.writerow([t, str(5100000000 + l['n']), l['ref'], l['date'].strftime('%d.%m.%Y'), c(l['gross']), c(l['disc']),
                        c(l['paid']), txt])
        w.writerow(['', '', '', '', '', 'Total', c(total_of(L)), ''])
    tot = total_of(L)
    exp = [payer, pref, pdate.strftime('%d.%m.%Y'), c(tot)] + [x for l in L for x in (l['ref'], c(l['paid']))]
    return payer, pdate, pref, 'EUR', L, exp


# ============================================================ eml
def d020(name='r7-020.eml'):
    payer = 'Harrowgate Facilities Management Ltd'
    pdate = date(2024, 11, 22); pref = 'BAC77120'
    L = gen_lines(2020, 5, lambda r: f'SIN{r.randint(46000, 47999):07d}', 200, 7400, credits=(2,),
                  cn_fn=lambda r: f'SCR{r.randint(2000, 2999):07d}')
    m = lambda v: fm(v, 'us')
    tab = ['Our Doc    Your Invoice    Inv Date      Gross      Paid',
           '---------- --------------- ---------- ---------- ----------']
    for l in L:
        tab.append(f'{"PI" + str(l["m"]):<10} {l["ref"]:<15} {l["date"].strftime("%d/%m/%Y")} {m(l["gross"]):>10} {m(l["paid"]):>10}')
    tab.append('-' * 59)
    tot = total_of(L)
    tab.append(f'{"TOTAL PAID GBP":<38}{m(tot):>21}')
    body = f'''Dear Kestrel Instruments UK,

Please find below details of a BACS payment made to you today, {pdate.strftime('%d %B %Y')}.
Payment reference: {pref}
Amount: GBP {m(tot)}

{chr(10).join(tab)}

Credit note {L[2]['ref']} has been offset against this payment.

Kind regards,

Purchase Ledger Team
{payer}
Unit 4, Kingsway Business Park, Harrogate HG2 7SZ
Tel 01423 550 900
'''
    eml = f'''From: Purchase Ledger <purchase.ledger@harrowgate-fm.co.uk>
To: ar@kestrel-instruments.co.uk
Subject: Remittance Advice - {pref}
Date: Fri, 22 Nov 2024 09:14:31 +0000
Message-ID: <r7-020.{pref}@harrowgate-fm.co.uk>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

{body}'''
    with open(P(name), 'w', encoding='utf-8', newline='\n') as f:
        f.write(eml)
    exp = [payer, pref, m(tot)] + [x for l in L for x in (l['ref'], m(l['paid']))]
    return payer, pdate, pref, 'GBP', L, exp


def d021(name='r7-021.eml'):
    payer = 'Harborview Outfitters, Inc.'
    pdate = date(2024, 10, 17); pref = '31877'
    L = gen_lines(2121, 7, lambda r: f'KI-US-{r.randint(104000, 106999)}', 150, 12500, credits=(5,), disc=D('0.02'),
                  cn_fn=lambda r: f'KC-US-{r.randint(2000, 2999)}')
    m = lambda v: fm(v, 'us', 'paren', pre='$')
    tot = total_of(L)
    trs = ''.join(f'<tr><td>{l["date"].strftime("%m/%d/%Y")}</td><td>{l["ref"]}</td><td>{"Credit" if l["kind"] == "credit_note" else "Bill"}</td>'
                  f'<td align="right">{m(l["gross"])}</td><td align="right">{m(l["disc"])}</td><td align="right">{m(l["paid"])}</td></tr>'
                  for l in L)
    html = f'''<html><body style="font-family:Segoe UI,Arial;font-size:13px">
<p>Hello,</p><p>{payer} has sent you a payment. Details are below.</p>
<table style="font-size:13px"><tr><td><b>Payment Date:</b></td><td>{pdate.strftime('%m/%d/%Y')}</td></tr>
<tr><td><b>Payment No.:</b></td><td>{pref}</td></tr><tr><td><b>Payment Amount:</b></td><td>{m(tot)} USD</td></tr>
<tr><td><b>Method:</b></td><td>ACH</td></tr></table><br>
<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse;font-size:12px">
<tr style="background:#eee"><th>Date</th><th>Ref No.</th><th>Type</th><th>Orig. Amount</th><th>Disc. Taken</th><th>Amount Paid</th></tr>
{trs}
<tr><td colspan="5" align="right"><b>Total</b></td><td align="right"><b>{m(tot)}</b></td></tr></table>
<p>Questions? Reply to this email or call Accounts Payable at (206) 555-0148.</p>
<p style="color:#888;font-size:11px">{payer} · 1101 Alaskan Way, Seattle, WA 98101</p></body></html>'''
    import base64
    b64 = base64.encodebytes(html.encode('utf-8')).decode('ascii')
    plain = f'{payer} has sent you a payment ({pref}). Please view this message in HTML.'
    eml = f'''From: "Harborview Outfitters AP" <ap@harborviewoutfitters.com>
To: "Kestrel AR" <ar@kestrel-instruments.com>
Subject: Payment {pref} from {payer}
Date: Thu, 17 Oct 2024 16:40:02 -0700
Message-ID: <r7-021.{pref}@harborviewoutfitters.com>
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="=_r7b021"

--=_r7b021
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 7bit

{plain}

--=_r7b021
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: base64

{b64}
--=_r7b021--
'''
    with open(P(name), 'w', encoding='utf-8', newline='\n') as f:
        f.write(eml)
    with open(os.path.join(TMP, name + '.html'), 'w') as f:
        f.write(html)
    exp = [payer, pref, pdate.strftime('%m/%d/%Y'), m(tot)] + [x for l in L for x in (l['ref'], m(l['paid']))]
    return payer, pdate, pref, 'USD', L, exp, os.path.join(TMP, name + '.html')


# ============================================================ txt
def d022(name='r7-022.txt'):
    payer = 'Kaveri Textiles Limited'
    pdate = date(2024, 11, 4); pref = 'KTL/PAY/2411/0093'
    L = gen_lines(2222, 4, lambda r: f'KIPL/24-25/{r.randint(700, 999):04d}', 40000, 900000, wht=D('0.001'))
    i = lambda v: fm(v, 'in')
    tot = total_of(L)
    out = []
    out.append('=' * 92)
    out.append(f'{"E-PAYMENT ADVICE":^92}')
    out.append(f'{payer:^92}')
    out.append(f'{"Avinashi Road, Coimbatore 641018 | GSTIN 33AABCK2281M1Z7":^92}')
    out.append('=' * 92)
    out.append(f'Beneficiary : KESTREL INSTRUMENTS INDIA PVT LTD          Payment Ref : {pref}')
    out.append(f'Bank A/c    : XXXXXXXX4417 (HDFC0000281)                   Value Date  : {pdate.strftime("%d/%m/%Y")}')
    out.append(f'Mode        : RTGS                                         Currency    : INR')
    out.append('-' * 92)
    out.append(f'{"Inv No":<20}{"Inv Date":<12}{"PO No":<14}{"Inv Amt":>16}{"TDS 194Q":>12}{"Net Paid":>18}')
    out.append('-' * 92)
    for l in L:
        out.append(f'{l["ref"]:<20}{l["date"].strftime("%d/%m/%Y"):<12}{"KTL-PO-" + str(l["m"]):<14}{i(l["gross"]):>16}{i(l["wht"]):>12}{i(l["paid"]):>18}')
    out.append('-' * 92)
    out.append(f'{"TOTAL":<46}{i(sum((l["gross"] for l in L), D(0))):>16}{i(sum((l["wht"] for l in L), D(0))):>12}{i(tot):>18}')
    out.append('=' * 92)
    out.append('TDS @0.1% u/s 194Q deducted on purchase of goods. This is a system generated advice, no signature required.')
    with open(P(name), 'w', encoding='utf-8') as f:
        f.write('\n'.join(out) + '\n')
    exp = [payer, pref, pdate.strftime('%d/%m/%Y'), i(tot)] + [x for l in L for x in (l['ref'], i(l['paid']))]
    return payer, pdate, pref, 'INR', L, exp


# ============================================================ scans (sources rendered to /tmp, then rasterised)
def d023(out):
    payer = 'Tamworth Water Services plc'
    pdate = date(2024, 11, 26); pref = 'REM-118042'
    L = gen_lines(2323, 20, lambda r: f'SIN{r.randint(45000, 47999):07d}', 60, 12000, credits=(3, 12),
                  cn_fn=lambda r: f'SCR{r.randint(1000, 2999):07d}')
    g = lambda v: fm(v, 'us')
    cols = [('Invoice No', 90, 'l'), ('Invoice Date', 70, 'l'), ('Our Ref', 70, 'l'), ('Invoice Value', 85, 'r'),
            ('Previously Paid', 85, 'r'), ('This Payment', 90, 'r')]
    rows = [[l['ref'], l['date'].strftime('%d/%m/%Y'), f'TW{l["n"] % 1000000:06d}', g(l['gross']), '0.00', g(l['paid'])] for l in L]
    tot = total_of(L); rpp = 12

    def head(c, p, n):
        W, H = A4
        c.setFont('Times-Bold', 14); c.drawString(40, H - 55, payer)
        lines_text(c, 40, H - 70, ['Finance Shared Services, PO Box 77, Tamworth B79 7XH', 'VAT Reg GB 417 2280 19'], font='Times-Roman', fs=9)
        c.setFont('Times-Bold', 12); c.drawRightString(W - 40, H - 55, 'REMITTANCE ADVICE')
        c.setFont('Times-Roman', 9); c.drawRightString(W - 40, H - 70, f'Sheet {p} of {n}')
        kv(c, 40, H - 110, [('Supplier:', 'Kestrel Instruments UK Ltd'), ('Supplier No:', 'KES004'),
                            ('Remittance No:', pref), ('Payment Date:', pdate.strftime('%d/%m/%Y')),
                            ('Payment Method:', 'BACS  (GBP)')], font='Times-Roman', bold='Times-Bold', fs=9.5, lead=13, lw=90)
        return H - 195

    def sub(c, y, pi, n):
        page = L[pi * rpp:(pi + 1) * rpp]
        c.line(40, y + 7, 530, y + 7)
        c.setFont('Times-Bold', 9)
        c.drawString(42, y - 5, 'Carried forward' if pi < n - 1 else 'Sheet total')
        c.drawRightString(527, y - 5, g(total_of(L[:(pi + 1) * rpp]) if pi < n - 1 else total_of(page)))
        return y - 20

    def tail(c, y):
        c.setFont('Times-Bold', 10.5)
        c.drawString(42, y - 10, 'TOTAL REMITTED'); c.drawRightString(527, y - 10, 'GBP ' + g(tot))

    def head2(c, p, n):
        y = head(c, p, n)
        if p > 1:
            c.setFont('Times-Bold', 9); c.drawString(42, y + 14, 'Brought forward')
            c.drawRightString(527, y + 14, g(total_of(L[:rpp])))
        return y
    rl_table(out, cols, rows, head2, rows_per_page=rpp, font='Times-Roman', bold='Times-Bold', fs=9, lead=14,
             subtotal_fn=sub, tail_fn=tail)
    exp = [payer, pref, pdate.strftime('%d/%m/%Y'), g(tot)] + [x for l in L for x in (l['ref'], g(l['paid']))]
    return payer, pdate, pref, 'GBP', L, exp


def d024(out):
    payer = 'Aceros Tlaxcala, S.A. de C.V.'
    pdate = date(2024, 10, 11); pref = '1500028841'
    L = gen_lines(2424, 6, lambda r: f'B{r.randint(3000, 4999)}', 12000, 460000, credits=(4,),
                  cn_fn=lambda r: f'NC{r.randint(100, 299)}')
    m = lambda v: fm(v, 'us', 'trail')
    cols = [('Doc. compensación', 80, 'l'), ('Referencia', 70, 'l'), ('Fecha doc.', 62, 'l'), ('Clase', 40, 'l'),
            ('Importe bruto', 90, 'r'), ('Importe pagado', 90, 'r')]
    rows = [[str(5100000000 + l['n']), l['ref'], l['date'].strftime('%d.%m.%Y'), 'KG' if l['kind'] == 'credit_note' else 'KR',
             m(l['gross']), m(l['paid'])] for l in L]
    tot = total_of(L)

    def head(c, p, n):
        W, H = A4
        c.setFont('Helvetica-Bold', 12); c.drawString(40, H - 55, payer)
        lines_text(c, 40, H - 68, ['Carretera Federal 119 km 8.5, Apizaco, Tlax. 90300'], fs=8.5)
        c.setFont('Helvetica-Bold', 11); c.drawString(40, H - 100, 'AVISO DE PAGO')
        kv(c, 40, H - 120, [('Acreedor', '300412  Kestrel Instruments de México, S. de R.L. de C.V.'),
                            ('Documento de pago', pref), ('Fecha de pago', pdate.strftime('%d.%m.%Y')),
                            ('Vía de pago', 'Transferencia SPEI'), ('Moneda', 'MXN')], lw=100)
        return H - 205

    def tail(c, y):
        c.line(40, y + 7, 472, y + 7); c.setFont('Helvetica-Bold', 9)
        c.drawString(42, y - 6, 'Total pagado'); c.drawRightString(469, y - 6, m(tot))
        lines_text(c, 40, y - 35, ['Las partidas con signo (-) corresponden a notas de crédito aplicadas.'], fs=8)
    rl_table(out, cols, rows, head, tail_fn=tail, fs=8.5, lead=14)
    exp = [payer, pref, pdate.strftime('%d.%m.%Y'), m(tot)] + [x for l in L for x in (l['ref'], m(l['paid']))]
    return payer, pdate, pref, 'MXN', L, exp


def d025(out):
    payer = 'Bodensee Präzisionstechnik GmbH'
    pdate = date(2024, 11, 29); pref = '4711-2411-02'
    L = gen_lines(2525, 24, lambda r: f'RE-2024-{r.randint(8000, 9999):05d}', 90, 9000, credits=(5, 14, 20), disc=D('0.02'),
                  cn_fn=lambda r: f'GS-2024-{r.randint(300, 499):05d}')
    e = lambda v: fm(v, 'eu')
    cols = [('Lfd.', 26, 'l'), ('Rechnungs-Nr.', 80, 'l'), ('vom', 58, 'l'), ('Bestell-Nr.', 70, 'l'),
            ('Brutto', 75, 'r'), ('Skonto', 60, 'r'), ('Überwiesen', 80, 'r')]
    rows = [[str(k + 1), l['ref'], l['date'].strftime('%d.%m.%y'), f'B-{l["m"]}', e(l['gross']), e(l['disc']), e(l['paid'])]
            for k, l in enumerate(L)]
    tot = total_of(L); rpp = 13

    def head(c, p, n):
        W, H = A4
        c.setFont('Helvetica-Bold', 12); c.drawString(40, H - 55, payer)
        lines_text(c, 40, H - 68, ['Seestraße 9 · 88045 Friedrichshafen'], fs=8.5)
        c.setFont('Helvetica', 8.5); c.drawRightString(W - 40, H - 55, f'Seite {p}/{n}')
        c.setFont('Helvetica-Bold', 11); c.drawString(40, H - 100, 'Zahlungsavis / Avis de paiement')
        kv(c, 40, H - 120, [('Empfänger:', 'Kestrel Instruments Deutschland GmbH'), ('Avis-Nr.:', pref),
                            ('Valuta:', pdate.strftime('%d.%m.%Y')), ('Währung:', 'EUR')], lw=75)
        return H - 190

    def sub(c, y, pi, n):
        page = L[pi * rpp:(pi + 1) * rpp]
        c.line(40, y + 7, 489, y + 7); c.setFont('Helvetica-Bold', 8.5)
        c.drawString(42, y - 5, f'Zwischensumme Seite {pi + 1}'); c.drawRightString(486, y - 5, e(total_of(page)))
        return y - 20

    def tail(c, y):
        c.setFont('Helvetica-Bold', 10); c.drawString(42, y - 10, 'Gesamtbetrag der Überweisung')
        c.drawRightString(486, y - 10, e(tot) + ' EUR')
    rl_table(out, cols, rows, head, rows_per_page=rpp, fs=8.5, lead=14, subtotal_fn=sub, tail_fn=tail, grid=True)
    exp = [payer, pref, pdate.strftime('%d.%m.%Y'), e(tot)] + [x for l in L for x in (l['ref'], e(l['paid']))]
    return payer, pdate, pref, 'EUR', L, exp


def d026(out):
    payer = 'Cantieri Adriatici S.r.l.'
    pdate = date(2024, 12, 2); pref = 'CRO 0306912345678'
    L = gen_lines(2626, 5, lambda r: f'{r.randint(1200, 1700)}/KI', 700, 26000, wht=D('0.0'), credits=(3,),
                  cn_fn=lambda r: f'NC {r.randint(20, 60)}/KI')
    e = lambda v: fm(v, 'eu')
    cols = [('Ns. protocollo', 'l'), ('Vs. fattura', 'l'), ('Data', 'l'), ('Totale documento', 'r'), ('Pagato', 'r')]
    rows = [[f'P{l["m"]}', l['ref'], l['date'].strftime('%d/%m/%Y'), e(l['gross']), e(l['paid'])] for l in L]
    tot = total_of(L)
    body = f'''<p><b><font size="4">{payer}</font></b><br>Riva del Mandracchio 4 – 34121 Trieste</p>
<h1>Comunicazione di avvenuto pagamento</h1>
<p>Spett.le Kestrel Instruments Italia S.r.l.<br>Vi comunichiamo di aver disposto in data {pdate.strftime('%d/%m/%Y')} bonifico a Vostro favore
(riferimento {pref}), importi in EUR, a saldo dei seguenti documenti:</p>
{wtable(cols, rows, [['<b>Totale</b>', '', '', '', f'<b>{e(tot)}</b>']])}
<p>Cordiali saluti<br>Amministrazione</p>'''
    writer_pdf('r7-026', html_page(body, WCSS, 'it'), out)
    exp = [payer, pref, pdate.strftime('%d/%m/%Y'), e(tot)] + [x for l in L for x in (l['ref'], e(l['paid']))]
    return payer, pdate, pref, 'EUR', L, exp


def d027(out):
    payer = 'Narmada Chemicals Ltd.'
    pdate = date(2024, 10, 24); pref = 'NCL-PMT-55019'
    L = gen_lines(2727, 8, lambda r: f'KIPL/24-25/{r.randint(500, 999):04d}', 15000, 480000, wht=D('0.001'))
    i = lambda v: fm(v, 'in')
    wb = openpyxl.Workbook(); ws = wb.active
    put(ws, 1, 1, payer, bold=True, size=13); put(ws, 2, 1, 'GIDC Ankleshwar, Gujarat 393002')
    put(ws, 3, 1, 'Vendor Payment Advice', bold=True, size=12)
    for k, (a, b) in enumerate([('Vendor', 'Kestrel Instruments India Pvt. Ltd.'), ('Payment Ref', pref),
                                ('Payment Date', pdate.strftime('%d.%m.%Y')), ('Currency', 'INR')]):
        put(ws, 5 + k, 1, a, bold=True); put(ws, 5 + k, 2, b)
    hdr = ['Doc No', 'Invoice No', 'Inv Date', 'Gross (Rs.)', 'TDS (Rs.)', 'Paid (Rs.)']
    for k, h in enumerate(hdr):
        put(ws, 10, k + 1, h, bold=True, border=True)
    for k, l in enumerate(L):
        vals = [f'19{l["m"]:06d}', l['ref'], l['date'].strftime('%d.%m.%Y'), i(l['gross']), i(l['wht']), i(l['paid'])]
        for cc, v in enumerate(vals):
            put(ws, 11 + k, cc + 1, v, border=True, al='right' if cc >= 3 else 'left')
    tot = total_of(L)
    r = 11 + len(L)
    put(ws, r, 5, 'Net Total', bold=True, border=True); put(ws, r, 6, i(tot), bold=True, al='right', border=True)
    for col, w in zip('ABCDEF', (12, 18, 12, 15, 11, 15)):
        ws.column_dimensions[col].width = w
    calc_pdf('r7-027', wb, out)
    exp = [payer, pref, pdate.strftime('%d.%m.%Y'), i(tot)] + [x for l in L for x in (l['ref'], i(l['paid']))]
    return payer, pdate, pref, 'INR', L, exp


def d028(out):
    payer = 'Pilbara Rail Maintenance Pty Ltd'
    pdate = date(2024, 11, 20); pref = '00092214'
    L = gen_lines(2828, 7, lambda r: f'INV-{r.randint(7000, 8999):06d}', 300, 27000, credits=(2,),
                  cn_fn=lambda r: f'CRN-{r.randint(400, 499):06d}')
    a = lambda v: fm(v, 'us', '-')
    cols = [('Supplier Invoice', 'l'), ('Invoice Date', 'l'), ('Description', 'l'), ('GST', 'r'), ('Amount Incl. GST', 'r'), ('Paid', 'r')]
    rows = [[l['ref'], l['date'].strftime('%d %b %Y'), 'Credit' if l['kind'] == 'credit_note' else 'Track parts',
             a(qz(l['gross'] / 11)), a(l['gross']), a(l['paid'])] for l in L]
    tot = total_of(L)
    css = '''body{font-family:"DejaVu Sans";font-size:12px;margin:40px}h1{font-size:22px;letter-spacing:2px}
.t{width:100%;border-collapse:collapse}.t th{border-bottom:2px solid #000;padding:6px}.t td{padding:6px;border-bottom:1px solid #bbb}'''
    body = f'''<div style="display:flex;justify-content:space-between"><div><b style="font-size:16px">{payer}</b><br>ABN 41 602 118 339<br>Lot 12 Great Northern Hwy, South Hedland WA 6722</div>
<div style="text-align:right"><h1>REMITTANCE</h1>Payment date: {pdate.strftime('%d %b %Y')}<br>EFT ref: {pref}<br>Currency: AUD</div></div>
<p>To: Kestrel Instruments Australia Pty Ltd — BSB 066-128 Acc 10447821</p>
{html_table(cols, rows, [['', '', '', '', 'Total paid', a(tot)]])}'''
    chromium_pdf('r7-028', html_page(body, css), out)
    exp = [payer, pref, pdate.strftime('%d %b %Y'), a(tot)] + [x for l in L for x in (l['ref'], a(l['paid']))]
    return payer, pdate, pref, 'AUD', L, exp


def d029(out):
    payer = 'Cooperativa Agroindustrial Vale Verde'
    pdate = date(2024, 9, 16); pref = None
    L = gen_lines(2929, 5, lambda r: f'NF {r.randint(17000, 18999)}', 2000, 60000, wht=D('0.015'))
    b = lambda v: fm(v, 'eu')
    cols = [('Título', 70, 'l'), ('Documento', 80, 'l'), ('Vencimento', 70, 'l'), ('Valor original', 90, 'r'),
            ('IRRF', 70, 'r'), ('Valor pago', 90, 'r')]
    rows = [[f'{l["m"]}/1', l['ref'], (l['date'] + timedelta(days=28)).strftime('%d/%m/%Y'), b(l['gross']), b(l['wht']), b(l['paid'])]
            for l in L]
    tot = total_of(L)

    def head(c, p, n):
        W, H = A4
        c.setFont('Helvetica-Bold', 12); c.drawCentredString(W / 2, H - 55, payer.upper())
        lines_text(c, 200, H - 69, ['Rod. PR-317, km 41 – Toledo/PR'], fs=8.5)
        c.setFont('Helvetica-Bold', 11); c.drawString(40, H - 105, 'Comprovante de pagamento a fornecedor')
        kv(c, 40, H - 125, [('Fornecedor:', 'Kestrel Instrumentos do Brasil Ltda.'), ('Data do pagamento:', pdate.strftime('%d/%m/%Y')),
                            ('Valores em:', 'R$ (BRL)')], lw=100)
        return H - 185

    def tail(c, y):
        c.line(40, y + 7, 510, y + 7); c.setFont('Helvetica-Bold', 9.5)
        c.drawString(42, y - 6, 'Total pago'); c.drawRightString(507, y - 6, 'R$ ' + b(tot))
        lines_text(c, 40, y - 40, [f'Emitido por {payer} – setor financeiro.'], fs=8.5)
    rl_table(out, cols, rows, head, tail_fn=tail, fs=9, lead=15, grid=True)
    exp = [payer, pdate.strftime('%d/%m/%Y'), 'R$ ' + b(tot)] + [x for l in L for x in (l['ref'], b(l['paid']))]
    return payer, pdate, pref, 'BRL', L, exp


def d030(out):
    payer = 'Great Lakes Packaging Co.'
    pdate = date(2024, 10, 2); pref = '0058213'
    L = gen_lines(3030, 4, lambda r: f'KI-US-{r.randint(104000, 106999)}', 300, 9000, disc=D('0.02'))
    m = lambda v: fm(v, 'us')
    W, H = letter
    c = canvas.Canvas(out, pagesize=(W, H * 0.42), invariant=1)
    h = H * 0.42
    c.setFont('Courier-Bold', 11); c.drawString(36, h - 40, payer.upper())
    c.setFont('Courier', 9); c.drawString(36, h - 54, '4800 W. Ogden Ave, Cicero, IL 60804')
    c.drawRightString(W - 36, h - 40, f'CHECK NO. {pref}')
    c.drawRightString(W - 36, h - 54, f'DATE {pdate.strftime("%m/%d/%y")}')
    c.drawString(36, h - 80, 'PAY TO: KESTREL INSTRUMENTS INC          VENDOR ID 11872          CURRENCY: USD')
    y = h - 105
    c.setFont('Courier-Bold', 9)
    c.drawString(36, y, 'INVOICE NUMBER'); c.drawString(150, y, 'INV DATE'); c.drawRightString(330, y, 'GROSS')
    c.drawRightString(420, y, 'DISCOUNT'); c.drawRightString(520, y, 'NET PAID')
    c.setFont('Courier', 9)
    for l in L:
        y -= 14
        c.drawString(36, y, l['ref']); c.drawString(150, y, l['date'].strftime('%m/%d/%y'))
        c.drawRightString(330, y, m(l['gross'])); c.drawRightString(420, y, m(l['disc'])); c.drawRightString(520, y, m(l['paid']))
    tot = total_of(L)
    y -= 22
    c.setFont('Courier-Bold', 9.5); c.drawString(36, y, 'CHECK TOTAL'); c.drawRightString(520, y, m(tot))
    c.setFont('Courier', 7.5); c.drawString(36, 20, 'DETACH AND RETAIN THIS STATEMENT. THE ATTACHED CHECK IS IN PAYMENT OF ITEMS DESCRIBED ABOVE.')
    c.showPage(); c.save()
    exp = [payer.upper(), pref, m(tot)] + [x for l in L for x in (l['ref'], m(l['paid']))]
    return payer.upper(), pdate, pref, 'USD', L, exp


# ============================================================ main
def main():
    text = [(d001, 'reportlab'), (d002, 'reportlab'), (d003, 'reportlab'), (d004, 'reportlab'), (d005, 'reportlab'),
            (d006, 'libreoffice-writer'), (d007, 'libreoffice-writer'), (d008, 'libreoffice-writer'),
            (d009, 'libreoffice-calc'), (d010, 'libreoffice-calc'), (d011, 'libreoffice-calc'),
            (d012, 'chromium'), (d013, 'chromium'), (d014, 'chromium'), (d015, 'chromium')]
    results = []
    for k, (fn, tool) in enumerate(text):
        name = f'r7-{k + 1:03d}.pdf'
        results.append((name, tool, False, fn(name=name), P(name)))
    for k, (fn, ext) in enumerate([(d016, 'xlsx'), (d017, 'xlsx'), (d018, 'csv'), (d019, 'csv'),
                                   (d020, 'eml'), (d021, 'eml'), (d022, 'txt')]):
        name = f'r7-{k + 16:03d}.{ext}'
        r = fn(name=name)
        src = r[6] if len(r) > 6 else P(name)
        results.append((name, ext, False, r[:6], src))
    scans = [(d023, 'reportlab', 250, 'pdf'), (d024, 'reportlab', 200, 'pdf'), (d025, 'reportlab', 300, 'pdf'),
             (d026, 'libreoffice-writer', 200, 'pdf'), (d027, 'libreoffice-calc', 250, 'pdf'),
             (d028, 'chromium', 220, 'pdf'), (d029, 'reportlab', 240, 'pdf'), (d030, 'image', 200, 'png')]
    for k, (fn, tool, dpi, ext) in enumerate(scans):
        name = f'r7-{k + 23:03d}.{ext}'
        src = T(f'src_{name[:-4]}.pdf')
        r = fn(src)
        SCAN_JOBS.append((src, P(name), dpi, k + 23))
        results.append((name, tool, True, r, src))
    run_converters()
    run_scans()
    for name, tool, scan, r, src in results:
        payer, pdate, pref, cur, L, exp = r
        record(name, tool, scan, payer, pdate, pref, cur, L, exp, src=src)
    with open(P('truth.jsonl'), 'w', encoding='utf-8') as f:
        for t in TRUTH:
            f.write(json.dumps(t, ensure_ascii=False) + '\n')


if __name__ == '__main__':
    main()
