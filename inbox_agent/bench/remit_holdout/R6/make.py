#!/usr/bin/env python3
"""R6 remittance-advice holdout set generator (deterministic).

Run: /work/main/.venv/bin/python make.py
Writes r6-001 .. r6-040 and, last, truth.jsonl into this folder.
Regions: CZ, HU, RO, GR, IL, SA, AE, EG, NG, KE, VN, TH, ID, TW, HK, SG, NZ, IE, US, CA-fr.
"""
import os, io, json, random, shutil, subprocess, datetime, html as H
from decimal import Decimal as D, ROUND_HALF_UP
from pathlib import Path
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.mime.message import MIMEMessage
from email.mime.application import MIMEApplication
from email import policy, charset as _cs

import numpy as np
from PIL import Image, ImageFilter, ImageDraw, ImageFont, ImageOps
from reportlab import rl_config
rl_config.invariant = 1
from reportlab.lib.pagesizes import A4, letter, landscape
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import (SimpleDocTemplate, Paragraph, Table, TableStyle, Spacer,
                                PageBreak, KeepTogether)
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas as rlcanvas
import openpyxl
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill
from openpyxl.worksheet.pagebreak import Break

OUT = Path(__file__).resolve().parent
TMP = Path('/tmp/r6-build')
LO_PROFILE = 'file:///tmp/r6-lo'
PINNED = datetime.datetime(2026, 3, 16, 9, 0, 0)
TRUTH = []

FD = '/usr/share/fonts/truetype/'
for name, f in [('DV', 'dejavu/DejaVuSans.ttf'), ('DVB', 'dejavu/DejaVuSans-Bold.ttf'),
                ('DVC', 'dejavu/DejaVuSansCondensed.ttf'), ('DVCB', 'dejavu/DejaVuSansCondensed-Bold.ttf'),
                ('DSer', 'dejavu/DejaVuSerif.ttf'), ('DSerB', 'dejavu/DejaVuSerif-Bold.ttf'),
                ('DM', 'dejavu/DejaVuSansMono.ttf'), ('DMB', 'dejavu/DejaVuSansMono-Bold.ttf'),
                ('LS', 'liberation/LiberationSans-Regular.ttf'), ('LSB', 'liberation/LiberationSans-Bold.ttf'),
                ('LM', 'liberation/LiberationMono-Regular.ttf'), ('LMB', 'liberation/LiberationMono-Bold.ttf')]:
    pdfmetrics.registerFont(TTFont(name, FD + f))

# ----------------------------------------------------------------- helpers
def q(x):
    return D(x).quantize(D('0.01'), ROUND_HALF_UP)

def fmt(x, th=',', dec='.', nd=2, neg='minus'):
    x = D(x)
    negv = x < 0
    x = abs(x)
    if nd == 0:
        ip, fp = str(int(x.quantize(D('1'), ROUND_HALF_UP))), ''
    else:
        ip, fp = f"{x:.{nd}f}".split('.')
    g = []
    while len(ip) > 3:
        g.insert(0, ip[-3:]); ip = ip[:-3]
    g.insert(0, ip)
    s = th.join(g) + (dec + fp if nd else '')
    if negv:
        if neg == 'paren': return '(' + s + ')'
        if neg == 'trail': return s + '-'
        return '-' + s
    return s

def ramt(rng, lo, hi, step=1):
    """random amount in cents between lo..hi (whole currency units), step in cents."""
    v = rng.randrange(int(lo * 100), int(hi * 100), step)
    return q(D(v) / 100)

def total_of(lines):
    return sum((l['paid'] for l in lines), D('0'))

def truth(no, ext, tool, scan, payer, date, ref, cur, lines):
    TRUTH.append({
        'file': f'r6-{no:03d}.{ext}', 'tool': tool, 'scan': scan, 'payer': payer,
        'payment_date': date, 'reference': ref, 'currency': cur,
        'total': str(q(total_of(lines))),
        'lines': [{'invoice_ref': l['ref'], 'paid_amount': str(q(l['paid'])), 'kind': l['kind']} for l in lines],
    })

def run(cmd, **kw):
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, **kw)

def soffice_pdf(src, filt):
    outdir = TMP / 'lo_out'
    outdir.mkdir(exist_ok=True)
    cmd = ['soffice', f'-env:UserInstallation={LO_PROFILE}', '--headless']
    if str(src).endswith('.html'):
        cmd += ['--infilter=HTML (StarWriter)']
    cmd += ['--convert-to', f'pdf:{filt}', '--outdir', str(outdir), str(src)]
    run(cmd)
    return outdir / (Path(src).stem + '.pdf')

def writer_pdf(html_text, dest):
    src = TMP / (Path(dest).stem + '_w.html')
    src.write_text(html_text, encoding='utf-8')
    pdf = soffice_pdf(src, 'writer_pdf_Export')
    shutil.move(str(pdf), dest)

def calc_pdf(wb, dest):
    src = TMP / (Path(dest).stem + '_c.xlsx')
    wb.save(src)
    pdf = soffice_pdf(src, 'calc_pdf_Export')
    shutil.move(str(pdf), dest)

def chromium_pdf(html_text, dest):
    src = TMP / (Path(dest).stem + '_ch.html')
    src.write_text(html_text, encoding='utf-8')
    run(['/usr/bin/chromium', '--headless', '--no-sandbox', '--disable-gpu',
         '--user-data-dir=/tmp/r6-chrome', '--no-pdf-header-footer',
         f'--print-to-pdf={dest}', src.as_uri()])

def esc(s):
    return H.escape(str(s))

# reportlab paragraph styles
def PS(font='DV', size=9, lead=None, align=0, color=colors.black):
    return ParagraphStyle('x', fontName=font, fontSize=size, leading=lead or size * 1.25,
                          alignment=align, textColor=color)

def P(t, **kw):
    return Paragraph(t, PS(**kw))

def grid_style(font='DV', bold='DVB', size=8, head_bg=colors.HexColor('#dde3ea'), grid=True,
               right_from=None, extra=()):
    st = [('FONTNAME', (0, 0), (-1, -1), font), ('FONTSIZE', (0, 0), (-1, -1), size),
          ('FONTNAME', (0, 0), (-1, 0), bold), ('VALIGN', (0, 0), (-1, -1), 'MIDDLE'),
          ('TOPPADDING', (0, 0), (-1, -1), 2), ('BOTTOMPADDING', (0, 0), (-1, -1), 2)]
    if head_bg is not None:
        st.append(('BACKGROUND', (0, 0), (-1, 0), head_bg))
    if grid:
        st.append(('GRID', (0, 0), (-1, -1), 0.4, colors.HexColor('#555555')))
    if right_from is not None:
        st.append(('ALIGN', (right_from, 0), (-1, -1), 'RIGHT'))
    st.extend(extra)
    return TableStyle(st)

def rl_doc(path, story, pagesize=A4, margins=(18, 18, 18, 18), footer=None, title='Payment advice',
           author=''):
    def on_page(c, d):
        if footer:
            c.saveState(); c.setFont('DV', 7); c.setFillColor(colors.grey)
            c.drawCentredString(pagesize[0] / 2, 10 * mm, footer(c.getPageNumber()))
            c.restoreState()
    doc = SimpleDocTemplate(str(path), pagesize=pagesize, leftMargin=margins[0] * mm,
                            rightMargin=margins[1] * mm, topMargin=margins[2] * mm,
                            bottomMargin=margins[3] * mm, title=title, author=author,
                            creator='', producer='ReportLab PDF Library - www.reportlab.com')
    doc.build(story, onFirstPage=on_page, onLaterPages=on_page)

def chunks(seq, n):
    return [seq[i:i + n] for i in range(0, len(seq), n)]

def thin(ws, rng_, bold_head=False):
    s = Side(style='thin', color='808080')
    for row in ws[rng_]:
        for c in row:
            c.border = Border(left=s, right=s, top=s, bottom=s)

def new_wb(title):
    wb = openpyxl.Workbook()
    wb.properties.creator = 'AP'
    wb.properties.title = title
    wb.properties.created = PINNED
    wb.properties.modified = PINNED
    return wb

def fit_width(ws, landscape_=False):
    ws.page_setup.orientation = 'landscape' if landscape_ else 'portrait'
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.page_margins.left = ws.page_margins.right = 0.5

# =============================================================== reportlab
def doc001(no=1):
    """Czech avízo o platbě; doc no. and variable symbol columns beside invoice no.; partial + dobropis."""
    rng = random.Random(601)
    payer = 'Stavební huť Brno s.r.o.'
    f = lambda x: fmt(x, ' ', ',') + ' Kč'
    L = []
    for i, inv in enumerate(['FV26-00412', 'FV26-00437', 'FV26-00455', 'FV26-00468', 'FV26-00471']):
        g = ramt(rng, 18000, 240000, 10)
        paid = g if i != 2 else q(g * D('0.6'))
        L.append(dict(ref=inv, kind='invoice', gross=g, paid=paid, doc=f'5100{rng.randint(100000, 999999)}',
                      vs=inv.replace('FV', '').replace('-', ''), due=f'{rng.randint(2, 27):02d}.03.2026'))
    cn = ramt(rng, 3000, 9000)
    L.append(dict(ref='DB26-0007', kind='credit_note', gross=-cn, paid=-cn, doc=f'5100{rng.randint(100000, 999999)}',
                  vs='260007', due='—'))
    tot = total_of(L)
    story = [
        Table([[P(f'<b>{payer}</b><br/>Křenová 412/58, 602 00 Brno<br/>IČO: 26271443 &nbsp; DIČ: CZ26271443', size=9),
                P('<b>AVÍZO O PLATBĚ</b>', size=16, align=2)]], colWidths=[100 * mm, 74 * mm],
              style=[('VALIGN', (0, 0), (-1, -1), 'TOP')]),
        Spacer(1, 8 * mm),
        Table([[P('Příjemce platby:<br/><b>Kovostroj Hranice a.s.</b><br/>Tovární 1318, 753 01 Hranice'),
                P('Datum úhrady: <b>12.03.2026</b><br/>Číslo platebního příkazu: <b>PP-2026-0318</b><br/>'
                  'Z účtu: 2801234567/2010<br/>Na účet: 115-4471020217/0100')]],
              colWidths=[87 * mm, 87 * mm], style=[('VALIGN', (0, 0), (-1, -1), 'TOP'),
                                                   ('BOX', (1, 0), (1, 0), 0.5, colors.grey)]),
        Spacer(1, 6 * mm),
        P('Vážení obchodní partneři, dnešního dne jsme Vám uhradili níže uvedené doklady:', size=9),
        Spacer(1, 3 * mm),
    ]
    rows = [['Č. dokladu', 'Číslo faktury', 'Var. symbol', 'Splatnost', 'Částka faktury', 'Uhrazeno']]
    for l in L:
        rows.append([l['doc'], l['ref'], l['vs'], l['due'], f(l['gross']), f(l['paid'])])
    rows.append(['', '', '', '', 'Celkem uhrazeno:', f(tot)])
    story.append(Table(rows, colWidths=[27 * mm, 27 * mm, 23 * mm, 22 * mm, 37 * mm, 38 * mm],
                       style=grid_style(right_from=4, extra=[('FONTNAME', (0, -1), (-1, -1), 'DVB'),
                                                            ('SPAN', (0, -1), (3, -1))])))
    story += [Spacer(1, 6 * mm),
              P('Faktura FV26-00455 je uhrazena částečně, zbývající část bude uhrazena po odsouhlasení dodávky.', size=8),
              Spacer(1, 10 * mm), P('S pozdravem<br/>Účtárna – závazky<br/>ucetni@stavebnihut-brno.cz', size=9)]
    path = OUT / f'r6-{no:03d}.pdf'
    rl_doc(path, story, title='Avízo o platbě PP-2026-0318')
    truth(no, 'pdf', 'reportlab', False, payer, '2026-03-12', 'PP-2026-0318', 'CZK', L)

def doc002(no=2):
    """Hungarian multi-page with page subtotals (lapösszeg / átvitel)."""
    rng = random.Random(602)
    payer = 'Dunamenti Élelmiszer Kereskedelmi Zrt.'
    f = lambda x: fmt(x, ' ', ',', nd=0)
    L = []
    for i in range(30):
        if i in (9, 22):
            g = D(rng.randint(20, 180) * 1000 + rng.randint(0, 999))
            L.append(dict(ref=f'JSZ-2026-{31 + i:04d}', kind='credit_note', gross=-g, ded=D(0), paid=-g))
        else:
            g = D(rng.randint(45, 2600) * 1000 + rng.randint(0, 999))
            ded = q(g * D('0.03')).quantize(D('1')) if i % 7 == 3 else D(0)
            L.append(dict(ref=f'SZLA-2026-{870 + i * 3:05d}', kind='invoice', gross=g, ded=ded, paid=g - ded))
    for i, l in enumerate(L):
        l['bz'] = f'KB-2603-{1187 + i}'
        l['tj'] = f'2026.02.{rng.randint(1, 28):02d}.'
    tot = total_of(L)
    head = ['Ssz.', 'Bizonylat', 'Számlaszám', 'Teljesítés', 'Bruttó (Ft)', 'Levonás (Ft)', 'Kifizetve (Ft)']
    W = [11 * mm, 26 * mm, 35 * mm, 24 * mm, 27 * mm, 24 * mm, 27 * mm]
    story = []
    pages = chunks(list(enumerate(L, 1)), 12)
    carried = D(0)
    for pi, ch in enumerate(pages):
        if pi == 0:
            story += [P(f'<b>{payer}</b>', size=12),
                      P('1095 Budapest, Soroksári út 94–96. &nbsp;·&nbsp; Adószám: 12874410-2-43', size=8),
                      Spacer(1, 6 * mm), P('<b>FIZETÉSI ÉRTESÍTŐ</b>', size=15, align=1), Spacer(1, 5 * mm),
                      Table([[P('Kedvezményezett:<br/><b>Alföldi Csomagolástechnika Kft.</b><br/>6000 Kecskemét, Izsáki út 11.'),
                              P('Kifizetés dátuma: <b>2026.03.05.</b><br/>Átutalás azonosító: <b>UTAL-260305-0042</b><br/>'
                                'Pénznem: HUF')]], colWidths=[90 * mm, 84 * mm]),
                      Spacer(1, 5 * mm)]
        else:
            story += [P(f'{payer} – Fizetési értesítő UTAL-260305-0042 (folytatás)', size=8), Spacer(1, 3 * mm)]
        rows = [head]
        if pi > 0:
            rows.append(['', '', 'Áthozat', '', '', '', f(carried)])
        for n, l in ch:
            rows.append([str(n), l['bz'], l['ref'], l['tj'], f(l['gross']), f(l['ded']) if l['ded'] else '', f(l['paid'])])
        sub = total_of([l for _, l in ch])
        carried += sub
        rows.append(['', '', 'Lapösszeg', '', '', '', f(sub)])
        if pi < len(pages) - 1:
            rows.append(['', '', 'Átvitel', '', '', '', f(carried)])
        else:
            rows.append(['', '', 'Összesen kifizetve', '', '', '', f(tot)])
        ex = [('FONTNAME', (0, -2), (-1, -1), 'DVB'), ('LINEABOVE', (0, -2), (-1, -2), 1, colors.black)]
        if pi > 0:
            ex.append(('FONTNAME', (0, 1), (-1, 1), 'DVB'))
        story.append(Table(rows, colWidths=W, style=grid_style(size=7.5, right_from=4, extra=ex)))
        if pi < len(pages) - 1:
            story.append(PageBreak())
    story += [Spacer(1, 6 * mm), P('A levonás oszlop a 2026. évi promóciós hozzájárulást tartalmazza.', size=8)]
    rl_doc(OUT / f'r6-{no:03d}.pdf', story, footer=lambda p: f'{p}. oldal', title='Fizetési értesítő')
    truth(no, 'pdf', 'reportlab', False, payer, '2026-03-05', 'UTAL-260305-0042', 'HUF', L)

def doc003(no=3):
    """Romanian aviz de plată with balance column and storno."""
    rng = random.Random(603)
    payer = 'Transilvania Mobila Distribuție S.R.L.'
    f = lambda x: fmt(x, '.', ',')
    L = []
    for i, n in enumerate([457, 461, 488, 502, 519]):
        g = ramt(rng, 2500, 48000)
        if n == 461:
            L.append(dict(ref=f'CLJ 2026/{n:04d}', kind='credit_note', tip='Storno', dt=f'{rng.randint(2, 12):02d}.02.2026',
                          gross=-q(g / 8), paid=-q(g / 8), rest=D(0)))
            continue
        paid = g if i != 3 else q(g / 2)
        L.append(dict(ref=f'CLJ 2026/{n:04d}', kind='invoice', tip='Factură', dt=f'{rng.randint(1, 28):02d}.01.2026',
                      gross=g, paid=paid, rest=g - paid))
    tot = total_of(L)
    story = [P('<b>AVIZ DE PLATĂ</b>', size=15, align=1), Spacer(1, 2 * mm),
             P(f'Ordin de plată nr. <b>000731</b> din data de <b>18.02.2026</b>', size=9, align=1), Spacer(1, 8 * mm),
             Table([[P(f'<b>Plătitor:</b><br/>{payer}<br/>CUI RO18824410, J12/2241/2006<br/>Str. Fabricii nr. 9, Cluj-Napoca<br/>'
                       'Cont: RO49 BTRL 0130 1202 A118 74XX'),
                     P('<b>Beneficiar:</b><br/>Lemn Prelucrat Maramureș S.A.<br/>CUI RO7731120<br/>Baia Mare, Bd. Independenței 3<br/>'
                       'Cont: RO02 RNCB 0182 0441 7731 0001')]], colWidths=[87 * mm, 87 * mm],
                   style=[('BOX', (0, 0), (0, 0), .5, colors.grey), ('BOX', (1, 0), (1, 0), .5, colors.grey),
                          ('VALIGN', (0, 0), (-1, -1), 'TOP')]),
             Spacer(1, 7 * mm), P('Vă informăm că am efectuat plata următoarelor documente:', size=9), Spacer(1, 3 * mm)]
    rows = [['Nr. crt.', 'Tip', 'Nr. factură', 'Data facturii', 'Valoare factură', 'Sumă achitată', 'Rest de plată']]
    for i, l in enumerate(L, 1):
        rows.append([str(i), l['tip'], l['ref'], l['dt'], f(l['gross']), f(l['paid']), f(l['rest'])])
    rows.append(['', '', '', 'TOTAL', '', f(tot), ''])
    story.append(Table(rows, colWidths=[14 * mm, 18 * mm, 30 * mm, 24 * mm, 30 * mm, 30 * mm, 28 * mm],
                       style=grid_style(font='DSer', bold='DSerB', right_from=4, head_bg=colors.HexColor('#eeeeee'),
                                        extra=[('FONTNAME', (0, -1), (-1, -1), 'DSerB')])))
    story += [Spacer(1, 4 * mm), P('Toate sumele sunt exprimate în lei (RON).', size=8),
              Spacer(1, 12 * mm), P('Întocmit: Contabilitate furnizori &nbsp;&nbsp;&nbsp; Aprobat: Director economic', size=9)]
    rl_doc(OUT / f'r6-{no:03d}.pdf', story, title='Aviz de plata')
    truth(no, 'pdf', 'reportlab', False, payer, '2026-02-18', '000731', 'RON', L)

def doc004(no=4):
    """Greek payment advice, net/VAT/gross/withholding/payable columns."""
    rng = random.Random(604)
    payer = 'ΑΙΓΑΙΟΝ ΤΡΟΦΙΜΑ Α.Ε.'
    f = lambda x: fmt(x, '.', ',')
    L = []
    for s in ['ΤΠΥ Α-1187', 'ΤΠΥ Α-1203', 'ΤΠΥ Α-1219', 'ΠΙΣ Α-112', 'ΤΠΥ Α-1240']:
        net = ramt(rng, 900, 12000)
        vat = q(net * D('0.24'))
        sign = -1 if s.startswith('ΠΙΣ') else 1
        if sign < 0:
            net = q(net / 5); vat = q(net * D('0.24'))
        wht = q(net * D('0.08'))
        gross = net + vat
        L.append(dict(ref=s, kind='credit_note' if sign < 0 else 'invoice', net=sign * net, vat=sign * vat,
                      gross=sign * gross, wht=sign * wht, paid=sign * (gross - wht),
                      dt=f'{rng.randint(1, 27):02d}/02/2026'))
    tot = total_of(L)
    story = [Table([[P(f'<b>{payer}</b><br/>Λ. Κηφισίας 188, 152 31 Χαλάνδρι<br/>ΑΦΜ: 094418720 · ΔΟΥ ΦΑΕ Αθηνών', size=8.5),
                     P('<b>ΕΙΔΟΠΟΙΗΤΗΡΙΟ ΠΛΗΡΩΜΗΣ</b><br/><font size=9>PAYMENT ADVICE</font>', size=13, align=2)]],
                   colWidths=[95 * mm, 79 * mm], style=[('VALIGN', (0, 0), (-1, -1), 'TOP')]),
             Spacer(1, 8 * mm),
             P('Προς: <b>ΜΑΚΕΔΟΝΙΚΗ ΣΥΣΚΕΥΑΣΤΙΚΗ Ε.Π.Ε.</b>, Θεσσαλονίκη', size=9),
             P('Ημερομηνία πληρωμής: <b>05/03/2026</b> &nbsp;&nbsp; Αρ. συναλλαγής: <b>2603051187445</b> &nbsp;&nbsp; Τράπεζα: Εθνική', size=9),
             Spacer(1, 5 * mm)]
    rows = [['Α/Α', 'Παραστατικό', 'Ημ/νία', 'Καθαρή αξία', 'ΦΠΑ 24%', 'Σύνολο', 'Παρακρ. 8%', 'Πληρωτέο']]
    for i, l in enumerate(L, 1):
        rows.append([str(i), l['ref'], l['dt'], f(l['net']), f(l['vat']), f(l['gross']), f(l['wht']), f(l['paid'])])
    rows.append(['', '', 'Σύνολα', f(sum(l['net'] for l in L)), f(sum(l['vat'] for l in L)),
                 f(sum(l['gross'] for l in L)), f(sum(l['wht'] for l in L)), f(tot)])
    story.append(Table(rows, colWidths=[10 * mm, 27 * mm, 20 * mm, 23 * mm, 21 * mm, 24 * mm, 22 * mm, 25 * mm],
                       style=grid_style(size=7.5, right_from=3, extra=[('FONTNAME', (0, -1), (-1, -1), 'DVB')])))
    story += [Spacer(1, 5 * mm), P(f'Ποσό που καταβλήθηκε στον λογαριασμό σας: <b>{f(tot)} €</b>', size=9),
              P('Η παρακράτηση φόρου 8% αποδίδεται στην ΑΑΔΕ σύμφωνα με το άρθρο 64 ν.4172/2013.', size=7.5)]
    rl_doc(OUT / f'r6-{no:03d}.pdf', story, title='Eidopoiitirio plirimis')
    truth(no, 'pdf', 'reportlab', False, payer, '2026-03-05', '2603051187445', 'EUR', L)

def doc005(no=5):
    """Nigeria: VAT and WHT 5% columns, PO column beside vendor invoice no."""
    rng = random.Random(605)
    payer = 'Lekki Port Logistics Limited'
    f = lambda x: fmt(x)
    L = []
    for inv in ['INV/LG/2026/0311', 'INV/LG/2026/0326', 'INV/LG/2026/0340', 'INV/LG/2026/0352']:
        base = ramt(rng, 180000, 4200000, 100)
        vat = q(base * D('0.075'))
        wht = q(base * D('0.05'))
        L.append(dict(ref=inv, kind='invoice', po=f'LPL-PO-26-{rng.randint(100, 199):04d}', amt=base + vat, vat=vat, wht=wht,
                      paid=base + vat - wht))
    tot = total_of(L)
    story = [P('<b>LEKKI PORT LOGISTICS LIMITED</b>', size=14, color=colors.HexColor('#0b3d6e')),
             P('Plot 7, Lekki Free Trade Zone, Ibeju-Lekki, Lagos · RC 1188402 · TIN 21544810-0001', size=8),
             Spacer(1, 6 * mm), P('<b>PAYMENT ADVICE</b>', size=13, align=1), Spacer(1, 5 * mm),
             Table([['Beneficiary:', 'Oduduwa Engineering Services Ltd', 'Value Date:', '09/03/2026'],
                    ['Bank:', 'Zenith Bank Plc – 1012874410', 'Payment Ref:', 'NIP/260309/LPL/00871'],
                    ['', '', 'Currency:', 'NGN']],
                   colWidths=[24 * mm, 70 * mm, 26 * mm, 54 * mm],
                   style=[('FONTNAME', (0, 0), (-1, -1), 'DV'), ('FONTSIZE', (0, 0), (-1, -1), 8.5),
                          ('FONTNAME', (2, 0), (2, -1), 'DVB'), ('FONTNAME', (0, 0), (0, -1), 'DVB')]),
             Spacer(1, 5 * mm)]
    rows = [['S/N', 'Vendor Invoice No.', 'PO No.', 'Invoice Amt (₦)', 'VAT 7.5% (₦)', 'WHT 5% (₦)', 'Net Paid (₦)']]
    for i, l in enumerate(L, 1):
        rows.append([str(i), l['ref'], l['po'], f(l['amt']), f(l['vat']), f(l['wht']), f(l['paid'])])
    rows.append(['', 'TOTAL', '', f(sum(l['amt'] for l in L)), f(sum(l['vat'] for l in L)),
                 f(sum(l['wht'] for l in L)), f(tot)])
    story.append(Table(rows, colWidths=[10 * mm, 36 * mm, 28 * mm, 28 * mm, 24 * mm, 22 * mm, 28 * mm],
                       style=grid_style(size=7.8, right_from=3, head_bg=colors.HexColor('#cfe0f1'),
                                        extra=[('FONTNAME', (0, -1), (-1, -1), 'DVB')])))
    story += [Spacer(1, 5 * mm),
              P(f'Amount in words: the sum total of ₦{f(tot)} has been credited to your account. WHT credit notes '
                'will be forwarded upon remittance to FIRS.', size=8),
              Spacer(1, 12 * mm), P('For: Lekki Port Logistics Limited — Treasury Unit', size=8.5)]
    rl_doc(OUT / f'r6-{no:03d}.pdf', story, title='Payment Advice')
    truth(no, 'pdf', 'reportlab', False, payer, '2026-03-09', 'NIP/260309/LPL/00871', 'NGN', L)

def doc006(no=6):
    """US healthcare system check remittance, multi-page, page subtotals, discounts, credit memos."""
    rng = random.Random(606)
    payer = 'Mercy Valley Health System'
    f = lambda x: fmt(x, neg='paren')
    L = []
    for i in range(26):
        if i in (5, 17):
            g = ramt(rng, 40, 900)
            L.append(dict(ref=f'CM-{4471 + i}', kind='credit_note', gross=-g, disc=D(0), paid=-g))
        else:
            g = ramt(rng, 85, 7800)
            disc = q(g * D('0.02')) if i % 3 == 0 else D(0)
            ref = f'SI-{118204 + i * 7}' if i % 4 else f'{118204 + i * 7}'
            L.append(dict(ref=ref, kind='invoice', gross=g, disc=disc, paid=g - disc))
    for i, l in enumerate(L):
        l['vch'] = f'{91230 + i * 3:08d}'
        l['po'] = f'PO-00{41812 + (i // 3)}'
        l['dt'] = f'{1 + i // 14:02d}/{rng.randint(1, 28):02d}/2026'
    tot = total_of(L)
    pages = chunks(L, 11)
    story = []
    head = ['Voucher ID', 'Invoice Number', 'Invoice Date', 'PO Number', 'Gross Amount', 'Discount', 'Net Paid']
    carried = D(0)
    for pi, ch in enumerate(pages):
        story += [Table([[P(f'<b>{payer.upper()}</b><br/>Accounts Payable Shared Services<br/>PO Box 2210, Fresno, CA 93720', size=8.5),
                          P('<b>REMITTANCE ADVICE</b><br/>Check No. 0004418207<br/>Check Date 03/06/2026<br/>'
                            f'Page {pi + 1} of {len(pages)}', size=8.5, align=2)]],
                        colWidths=[100 * mm, 78 * mm], style=[('VALIGN', (0, 0), (-1, -1), 'TOP')]),
                  Spacer(1, 3 * mm),
                  P('Payee: SURGICAL SUPPLY PARTNERS LLC &nbsp;&nbsp; Supplier No. 0000018874', size=8), Spacer(1, 3 * mm)]
        rows = [head]
        for l in ch:
            rows.append([l['vch'], l['ref'], l['dt'], l['po'], f(l['gross']), f(l['disc']) if l['disc'] else '0.00', f(l['paid'])])
        sub = total_of(ch); carried += sub
        rows.append(['', '', '', 'Page Subtotal', f(sum(l['gross'] for l in ch)), f(sum(l['disc'] for l in ch)), f(sub)])
        ex = [('FONTNAME', (0, -1), (-1, -1), 'LSB'), ('LINEABOVE', (0, -1), (-1, -1), .8, colors.black),
              ('LINEBELOW', (0, 0), (-1, 0), .8, colors.black)]
        story.append(Table(rows, colWidths=[22 * mm, 27 * mm, 22 * mm, 27 * mm, 27 * mm, 20 * mm, 27 * mm],
                           style=grid_style(font='LS', bold='LSB', size=8, grid=False, head_bg=None, right_from=4, extra=ex)))
        if pi == len(pages) - 1:
            story += [Spacer(1, 4 * mm),
                      Table([['Check Total', f'${f(tot)}']], colWidths=[150 * mm, 28 * mm],
                            style=[('FONTNAME', (0, 0), (-1, -1), 'LSB'), ('ALIGN', (0, 0), (-1, -1), 'RIGHT'),
                                   ('BOX', (1, 0), (1, 0), 1, colors.black)])]
        else:
            story += [Spacer(1, 2 * mm), P('Continued on next page', size=7.5, align=2), PageBreak()]
    rl_doc(OUT / f'r6-{no:03d}.pdf', story, pagesize=letter, title='Remittance Advice')
    truth(no, 'pdf', 'reportlab', False, payer, '2026-03-06', '0004418207', 'USD', L)

def doc007(no=7):
    """Kenya: CU (eTIMS) invoice serial column NOT the invoice ref; withholding VAT 2%."""
    rng = random.Random(607)
    payer = 'Nyali Agro Processors Ltd'
    f = lambda x: fmt(x)
    L = []
    for inv in ['NAP-INV-0881', 'B-7781', 'B-7794', 'B-7802', 'B-7815']:
        if inv.startswith('NAP'):
            inv = 'B-7766'
        g = ramt(rng, 35000, 890000, 100)
        wv = q(g / D('1.16') * D('0.02'))
        L.append(dict(ref=inv, kind='invoice', cu=f'0{rng.randint(10 ** 17, 10 ** 18 - 1)}', gross=g, wv=wv, paid=g - wv))
    tot = total_of(L)
    story = [Table([[P('<b>NYALI AGRO PROCESSORS LTD</b><br/>Links Road, Nyali · P.O. Box 84411-80100 Mombasa<br/>PIN: P051884102Q', size=8.5),
                     P('<b>REMITTANCE ADVICE</b>', size=14, align=2)]], colWidths=[100 * mm, 74 * mm]),
             Spacer(1, 6 * mm),
             Table([['To:', 'Coast Packaging Industries Ltd', 'Date:', '11/03/2026'],
                    ['Account:', 'KCB Bank – 1144871203', 'RTGS Ref:', 'FT26070KX9QH'],
                    ['', '', 'Currency:', 'KES']], colWidths=[20 * mm, 80 * mm, 22 * mm, 52 * mm],
                   style=[('FONTNAME', (0, 0), (-1, -1), 'DV'), ('FONTSIZE', (0, 0), (-1, -1), 8.5)]),
             Spacer(1, 5 * mm)]
    rows = [['#', 'Invoice No.', 'CU Invoice No.', 'Invoice Amt', 'W/VAT 2%', 'Amount Paid']]
    for i, l in enumerate(L, 1):
        rows.append([str(i), l['ref'], l['cu'], f(l['gross']), f(l['wv']), f(l['paid'])])
    rows.append(['', '', 'Total', f(sum(l['gross'] for l in L)), f(sum(l['wv'] for l in L)), f(tot)])
    story.append(Table(rows, colWidths=[8 * mm, 28 * mm, 46 * mm, 32 * mm, 26 * mm, 34 * mm],
                       style=grid_style(right_from=3, extra=[('FONTNAME', (0, -1), (-1, -1), 'DVB')])))
    story += [Spacer(1, 5 * mm), P('Withholding VAT certificates will be available on iTax within 5 working days.', size=8)]
    rl_doc(OUT / f'r6-{no:03d}.pdf', story, title='Remittance Advice')
    truth(no, 'pdf', 'reportlab', False, payer, '2026-03-11', 'FT26070KX9QH', 'KES', L)

def mono_page(path, lines, font='DM', size=8.5, lead=11, top=40, left=36, pagesize=A4, title=''):
    c = rlcanvas.Canvas(str(path), pagesize=pagesize, invariant=1)
    c.setTitle(title)
    y = pagesize[1] - top
    for ln in lines:
        if ln == '\f':
            c.showPage(); y = pagesize[1] - top; continue
        bold = ln.startswith('**')
        c.setFont(font + ('B' if bold else ''), size)
        c.drawString(left, y, ln[2:] if bold else ln)
        y -= lead
    c.showPage(); c.save()

def doc008(no=8):
    """Singapore borderless, space-aligned (monospace) GIRO payment advice."""
    rng = random.Random(608)
    payer = 'Tampines Precision Engineering Pte Ltd'
    L = []
    for i in range(8):
        if i == 5:
            g = ramt(rng, 120, 800)
            L.append(dict(ref=f'CN-26-00{41 + i}', kind='credit_note', gross=-g, disc=D(0), paid=-g))
        else:
            g = ramt(rng, 400, 18000)
            disc = q(g * D('0.015')) if i in (1, 4) else D(0)
            L.append(dict(ref=f'SI-26-{318 + i * 11:05d}', kind='invoice', gross=g, disc=disc, paid=g - disc))
    for i, l in enumerate(L):
        l['v'] = f'PV{260310}{i + 1:03d}'
        l['d'] = f'{rng.randint(2, 27):02d}/02/2026'
    tot = total_of(L)
    f = lambda x: fmt(x)
    out = ['**TAMPINES PRECISION ENGINEERING PTE LTD',
           '10 Tampines Industrial Ave 3 #04-12 Singapore 528798   GST Reg No. M2-0088414-7',
           '', '**                                PAYMENT ADVICE', '',
           'To       : Sembawang Fasteners Pte Ltd                Payment Date : 10 Mar 2026',
           'Vendor   : V-002187                                   GIRO Ref     : GIRO2603100172',
           'Bank A/C : OCBC 501-884102-001                        Currency     : SGD', '',
           'Doc Date    Voucher No.    Your Ref           Gross Amt     Disc       Amt Paid',
           '----------  -------------  ------------  -------------  -------  -------------']
    for l in L:
        out.append(f"{l['d']:<10}  {l['v']:<13}  {l['ref']:<12}  {f(l['gross']):>13}  {f(l['disc']):>7}  {f(l['paid']):>13}")
    out += ['                                                                   -------------',
            f"**{'TOTAL PAID (SGD)':>64}  {f(tot):>13}",
            '                                                                   =============', '',
            'Please allow 1-2 business days for the GIRO credit to appear in your account.',
            'Queries: ap@tampinesprecision.com.sg  Tel 6784 1120']
    mono_page(OUT / f'r6-{no:03d}.pdf', out, title='Payment Advice')
    truth(no, 'pdf', 'reportlab', False, payer, '2026-03-10', 'GIRO2603100172', 'SGD', L)

# =============================================================== LibreOffice Writer
WCSS = '<style>body{font-family:"Liberation Sans";font-size:10pt} td,th{font-size:9pt}</style>'

def wtable(head, rows, widths=None, border=1, right_from=99, bold_last=False, bg='#e6e6e6', dir_=None):
    out = [f'<table border="{border}" cellpadding="4" cellspacing="0" width="100%"' + (f' dir="{dir_}"' if dir_ else '') + '>']
    out.append('<tr>' + ''.join(f'<th bgcolor="{bg}" align="{"right" if i >= right_from else "left"}"'
                                 + (f' width="{widths[i]}%"' if widths else '') + f'>{h}</th>' for i, h in enumerate(head)) + '</tr>')
    for ri, r in enumerate(rows):
        b = bold_last and ri == len(rows) - 1
        out.append('<tr>' + ''.join(f'<td align="{"right" if i >= right_from else "left"}">' + (f'<b>{esc(c)}</b>' if b else esc(c)) + '</td>'
                                    for i, c in enumerate(r)) + '</tr>')
    out.append('</table>')
    return '\n'.join(out)

def doc009(no=9):
    """Ireland, prose-only letter (no table)."""
    payer = 'Ballincollig Dairy Co-operative Society Ltd'
    L = [dict(ref='10452', kind='invoice', paid=D('2310.00')), dict(ref='10467', kind='invoice', paid=D('4655.30')),
         dict(ref='CN-0211', kind='credit_note', paid=D('-552.50'))]
    assert total_of(L) == D('6412.80')
    h = f'''<html><head><meta charset="utf-8">{WCSS}</head><body>
<p align="right"><b>Ballincollig Dairy Co-operative Society Ltd</b><br>Innishmore, Ballincollig<br>Co. Cork P31 X2K4<br>VAT IE 4471882T</p>
<p>Accounts Receivable<br>Munster Stainless Fabrication Ltd<br>Unit 6, Little Island Industrial Estate<br>Cork T45 YR20</p>
<p>4 March 2026</p>
<p>Dear Sir/Madam,</p>
<p><b>Re: Payment of account 20118</b></p>
<p>We wish to advise that we have today made an electronic transfer of <b>€6,412.80</b> to your bank account with AIB (IBAN ending 4471), our payment reference BDC-EFT-004417.</p>
<p>This payment is in settlement of your invoice 10452 dated 3 February 2026 for €2,310.00 and your invoice 10467 dated 11 February 2026 for €4,655.30, less your credit note CN-0211 for €552.50 in respect of the returned valve assembly.</p>
<p>Invoice 10471 remains on hold pending receipt of the signed delivery docket and is not included in this payment.</p>
<p>Should you have any queries please do not hesitate to contact the undersigned.</p>
<p>Yours faithfully,</p><p><br><br>Siobhán Ní Riordáin<br>Financial Accountant<br>Tel: 021 487 1120 &nbsp; accounts@ballincolligdairy.ie</p>
</body></html>'''
    writer_pdf(h, OUT / f'r6-{no:03d}.pdf')
    truth(no, 'pdf', 'libreoffice-writer', False, payer, '2026-03-04', 'BDC-EFT-004417', 'EUR', L)

def doc010(no=10):
    """Québec: avis de paiement, French-Canadian number format, escompte, note de crédit."""
    rng = random.Random(610)
    payer = 'Les Entreprises Beauport inc.'
    f = lambda x: fmt(x, ' ', ',') + ' $'
    L = []
    for i in range(6):
        if i == 4:
            g = ramt(rng, 90, 600)
            L.append(dict(ref='NC-00218', kind='credit_note', dt='2026-02-19', po='', gross=-g, esc=D(0), paid=-g))
            continue
        g = ramt(rng, 600, 14000)
        e = q(g * D('0.01')) if i % 2 == 0 else D(0)
        L.append(dict(ref=f'F-2026-{88 + i * 5:04d}', kind='invoice', dt=f'2026-02-{rng.randint(2, 27):02d}',
                      po=f'BC-2026-{118 + i}', gross=g, esc=e, paid=g - e))
    tot = total_of(L)
    rows = [[l['ref'], l['dt'], l['po'], f(l['gross']), f(l['esc']), f(l['paid'])] for l in L]
    rows.append(['', '', 'Total', f(sum(l['gross'] for l in L)), f(sum(l['esc'] for l in L)), f(tot)])
    h = f'''<html><head><meta charset="utf-8">{WCSS}</head><body>
<table width="100%" border="0"><tr><td><font size="4"><b>Les Entreprises Beauport inc.</b></font><br>2250, boul. Sainte-Anne<br>Québec (Québec) G1J 1Y2<br>TPS 811442209 RT0001 · TVQ 1220884410 TQ0001</td>
<td align="right"><font size="5"><b>AVIS DE PAIEMENT</b></font></td></tr></table>
<p></p>
<table width="100%" border="0"><tr><td width="55%">Bénéficiaire :<br><b>Distribution Mécanique Saguenay ltée</b><br>Fournisseur n° 30418</td>
<td>Date du paiement : <b>2026-03-13</b><br>Numéro de paiement : <b>TEF-448812</b><br>Mode : Transfert électronique de fonds<br>Devise : CAD</td></tr></table>
<p>Nous avons effectué le paiement des factures suivantes :</p>
{wtable(['N° facture', 'Date facture', 'Bon de commande', 'Montant brut', 'Escompte', 'Montant payé'], rows, right_from=3, bold_last=True)}
<p><font size="2">Escompte de 1 % pris selon les modalités 1/10 net 30. Pour toute question : comptes.payables@beauport.qc.ca</font></p>
</body></html>'''
    writer_pdf(h, OUT / f'r6-{no:03d}.pdf')
    truth(no, 'pdf', 'libreoffice-writer', False, payer, '2026-03-13', 'TEF-448812', 'CAD', L)

def doc011(no=11):
    """Israel bilingual English/Hebrew with withholding at source."""
    rng = random.Random(611)
    payer = 'Galil Tech Industries Ltd.'
    f = lambda x: '₪ ' + fmt(x)
    L = []
    for inv in ['20412', '20437', '20451', '20466']:
        g = ramt(rng, 3000, 65000)
        w = q(g / D('1.18') * D('0.05'))
        L.append(dict(ref=inv, kind='invoice', dt=f'{rng.randint(1, 27):02d}/02/2026', gross=g, w=w, paid=g - w))
    tot = total_of(L)
    rows = [[l['ref'], l['dt'], f(l['gross']), f(l['w']), f(l['paid'])] for l in L]
    rows.append(['Total / סה"כ', '', f(sum(l['gross'] for l in L)), f(sum(l['w'] for l in L)), f(tot)])
    h = f'''<html><head><meta charset="utf-8"><style>body{{font-family:"DejaVu Sans";font-size:9.5pt}}</style></head><body>
<table width="100%" border="0"><tr><td><b>Galil Tech Industries Ltd.</b><br>Industrial Park Bar-Lev, Karmiel<br>Company No. 514418720</td>
<td align="right" dir="rtl"><b>גליל טק תעשיות בע"מ</b><br>פארק תעשיות בר-לב, כרמיאל<br>ח.פ. 514418720</td></tr></table>
<h2 align="center">Payment Advice / הודעת תשלום</h2>
<table width="100%" border="0"><tr><td>To: <b>Ashdod Precision Castings Ltd.</b><br>Supplier No.: 60218</td>
<td align="right">Payment date / תאריך תשלום: <b>05/03/2026</b><br>Transfer ref / אסמכתא: <b>77120345</b><br>Bank Leumi, branch 812</td></tr></table>
<p></p>
{wtable(['Invoice No.<br>מס׳ חשבונית', 'Invoice date<br>תאריך', 'Invoice amount<br>סכום', 'Tax withheld<br>ניכוי במקור', 'Net paid<br>סכום ששולם'], rows, right_from=2, bold_last=True)}
<p><font size="2">Tax withheld at source at 5% per your certificate valid to 31/12/2026. A withholding certificate (טופס 857) will be issued annually.</font></p>
</body></html>'''
    writer_pdf(h, OUT / f'r6-{no:03d}.pdf')
    truth(no, 'pdf', 'libreoffice-writer', False, payer, '2026-03-05', '77120345', 'ILS', L)

def doc012(no=12):
    """New Zealand construction remittance with retention; borderless table."""
    rng = random.Random(612)
    payer = 'Kaikōura Coastal Builders Ltd'
    f = lambda x: fmt(x)
    L = []
    for i, inv in enumerate(['INV-26-0012', 'INV-26-0019', 'INV-26-0023', 'INV-26-0031', 'INV-26-0034']):
        g = ramt(rng, 1500, 38000)
        r = q(g * D('0.05')) if i in (0, 2, 3) else D(0)
        L.append(dict(ref=inv, kind='invoice', v=f'{40187 + i * 2}', gross=g, ret=r, paid=g - r))
    tot = total_of(L)
    rows = [[l['v'], l['ref'], '$' + f(l['gross']), ('$' + f(l['ret'])) if l['ret'] else '-', '$' + f(l['paid'])] for l in L]
    rows.append(['', '', '', 'Total paid', '$' + f(tot)])
    h = f'''<html><head><meta charset="utf-8"><style>body{{font-family:"Liberation Serif";font-size:10.5pt}}</style></head><body>
<p><font size="5"><b>REMITTANCE ADVICE</b></font></p>
<p><b>Kaikōura Coastal Builders Ltd</b><br>14 Beach Road, Kaikōura 7300<br>GST No. 118-442-091</p>
<p>To: Hurunui Timber &amp; Hardware Ltd<br>Date: 6/03/2026<br>Payment Ref: KCB-PAY-2603-07<br>Paid by direct credit to 02-0800-0447120-000</p>
<hr>
{wtable(['Our Ref', 'Your Invoice', 'Claim incl GST', 'Retention 5%', 'Amount Paid'], rows, border=0, right_from=2, bold_last=True, bg='#ffffff')}
<hr>
<p><font size="2">All amounts in NZD incl. GST. Retentions are held in trust in accordance with the Construction Contracts Act 2002.</font></p>
</body></html>'''
    writer_pdf(h, OUT / f'r6-{no:03d}.pdf')
    truth(no, 'pdf', 'libreoffice-writer', False, payer, '2026-03-06', 'KCB-PAY-2603-07', 'NZD', L)

# =============================================================== LibreOffice Calc (xlsx -> PDF)
def calc_sheet(wb, header_rows, head, rows, widths, num_cols=(), bold_rows=(), title_font=13, head_fill='D9E1F2'):
    ws = wb.active
    r = 1
    for hr in header_rows:
        for j, v in enumerate(hr if isinstance(hr, (list, tuple)) else [hr]):
            ws.cell(row=r, column=1 + j, value=v)
        if r == 1:
            ws.cell(row=1, column=1).font = Font(name='DejaVu Sans', bold=True, size=title_font)
        r += 1
    hr_ = r
    for j, h in enumerate(head):
        c = ws.cell(row=r, column=1 + j, value=h)
        c.font = Font(name='DejaVu Sans', bold=True, size=9)
        c.fill = PatternFill('solid', fgColor=head_fill)
        c.alignment = Alignment(wrap_text=True, horizontal='center', vertical='center')
    r += 1
    first = r
    for row in rows:
        for j, v in enumerate(row):
            c = ws.cell(row=r, column=1 + j, value=v)
            c.font = Font(name='DejaVu Sans', size=9, bold=(r - first) in bold_rows or row is rows[-1] and -1 in bold_rows)
            if j in num_cols:
                c.alignment = Alignment(horizontal='right')
        r += 1
    for j, w in enumerate(widths):
        ws.column_dimensions[openpyxl.utils.get_column_letter(j + 1)].width = w
    thin(ws, f'A{hr_}:{openpyxl.utils.get_column_letter(len(head))}{r - 1}')
    return ws, hr_, first, r

def doc013(no=13):
    """Vietnam: ký hiệu (serial) column beside số hóa đơn; VND no decimals; còn lại balance."""
    rng = random.Random(613)
    payer = 'Công ty TNHH Thực phẩm Sài Gòn Xanh'
    f = lambda x: fmt(x, '.', ',', nd=0)
    L = []
    for i in range(6):
        g = D(rng.randint(8, 420) * 100000)
        paid = g if i != 4 else D(int(g * D('0.5') / 1000) * 1000)
        L.append(dict(ref=f'HD-{452 + i * 9:05d}/26', kind='invoice', kh='1C26TSG', dt=f'{rng.randint(1, 27):02d}/02/2026',
                      gross=g, paid=paid, rest=g - paid))
    tot = total_of(L)
    wb = new_wb('Giay bao thanh toan')
    hdr = [payer.upper(), 'Lô C5, KCN Tân Bình, P. Tây Thạnh, TP. Hồ Chí Minh – MST: 0312884471', '',
           'GIẤY BÁO THANH TOÁN / PAYMENT ADVICE', '',
           'Kính gửi: Công ty Cổ phần Bao bì Bình Dương', 'Ngày thanh toán: 09/03/2026',
           'Số chứng từ (UNC): UNC-0309-0047', 'Ngân hàng: Vietcombank – CN Tân Bình', '']
    rows = [[i, l['kh'], l['ref'], l['dt'], f(l['gross']), f(l['paid']), f(l['rest'])] for i, l in enumerate(L, 1)]
    rows.append(['', '', 'Tổng cộng', '', f(sum(l['gross'] for l in L)), f(tot), f(sum(l['rest'] for l in L))])
    ws, hr_, first, end = calc_sheet(wb, hdr, ['STT', 'Ký hiệu HĐ', 'Số hóa đơn', 'Ngày HĐ', 'Số tiền HĐ (₫)',
                                               'Đã thanh toán (₫)', 'Còn lại (₫)'], rows,
                                     [6, 12, 16, 12, 17, 18, 15], num_cols=(4, 5, 6), bold_rows=(-1,))
    ws.cell(row=4, column=1).font = Font(name='DejaVu Sans', bold=True, size=12)
    ws.cell(row=end + 1, column=1, value='Ghi chú: Hóa đơn HD-00488/26 thanh toán một phần, phần còn lại sẽ thanh toán trong kỳ sau.')
    ws.cell(row=end + 3, column=5, value='Kế toán trưởng')
    fit_width(ws)
    calc_pdf(wb, OUT / f'r6-{no:03d}.pdf')
    truth(no, 'pdf', 'libreoffice-calc', False, payer, '2026-03-09', 'UNC-0309-0047', 'VND', L)

def doc014(no=14):
    """Indonesia multi-page (manual row break, repeated header rows): faktur pajak serial, DPP/PPN/PPh23."""
    rng = random.Random(614)
    payer = 'PT Sinar Nusantara Kemasan'
    f = lambda x: fmt(x, '.', ',')
    L = []
    for i in range(24):
        dpp = D(rng.randint(15, 900) * 50000)
        ppn = q(dpp * D('0.11'))
        pph = q(dpp * D('0.02'))
        L.append(dict(ref=f'2026-INV-{93 + i * 4:04d}', kind='invoice', fp=f'010.007-26.{41230087 + i * 13:08d}',
                      dpp=dpp, ppn=ppn, pph=pph, paid=dpp + ppn - pph))
    tot = total_of(L)
    wb = new_wb('Bukti Pembayaran')
    hdr = ['PT SINAR NUSANTARA KEMASAN', 'Jl. Raya Cikarang–Cibarusah Km 8, Bekasi 17530 · NPWP 01.884.410.2-413.000', '',
           'BUKTI PEMBAYARAN / PAYMENT ADVICE', '',
           ['Kepada', ': PT Mitra Plastik Jaya', '', '', 'Tanggal Bayar', ': 12/03/2026'],
           ['Rekening', ': BCA 5270-884-102', '', '', 'No. Transaksi', ': TRX2603120009871'], '']
    rows = [[i, l['ref'], l['fp'], f(l['dpp']), f(l['ppn']), f(l['pph']), f(l['paid'])] for i, l in enumerate(L, 1)]
    rows.append(['', 'TOTAL', '', f(sum(l['dpp'] for l in L)), f(sum(l['ppn'] for l in L)), f(sum(l['pph'] for l in L)),
                 'Rp ' + f(tot)])
    ws, hr_, first, end = calc_sheet(wb, hdr, ['No', 'No. Invoice', 'No. Faktur Pajak', 'DPP', 'PPN 11%', 'PPh 23 (2%)', 'Dibayar'],
                                     rows, [5, 17, 23, 17, 15, 14, 19], num_cols=(3, 4, 5, 6), bold_rows=(-1,))
    ws.cell(row=4, column=1).font = Font(name='DejaVu Sans', bold=True, size=12)
    for r in range(first, end):
        ws.row_dimensions[r].height = 24
    ws.row_breaks.append(Break(id=first + 13))
    ws.print_title_rows = f'{hr_}:{hr_}'
    ws.cell(row=end + 1, column=1, value='Bukti potong PPh 23 akan dikirim melalui e-Bupot. Semua nilai dalam Rupiah.')
    ws.oddFooter.center.text = 'Halaman &P dari &N'
    fit_width(ws)
    calc_pdf(wb, OUT / f'r6-{no:03d}.pdf')
    truth(no, 'pdf', 'libreoffice-calc', False, payer, '2026-03-12', 'TRX2603120009871', 'IDR', L)

def doc015(no=15):
    """Taiwan bilingual: voucher no. beside GUI invoice no.; 折讓 allowance (credit)."""
    rng = random.Random(615)
    payer = 'Taiwan Precision Electronics Co., Ltd.'
    f = lambda x: fmt(x, nd=0)
    L = []
    for i, inv in enumerate(['AB-12345678', 'AB-12345702', 'AB-12345733', 'AL-0032', 'AB-12345769']):
        net = D(rng.randint(12, 880) * 1000 + rng.randint(0, 9) * 100)
        tax = (net * D('0.05')).quantize(D('1'), ROUND_HALF_UP)
        s = -1 if inv.startswith('AL') else 1
        if s < 0:
            net = D(8600); tax = D(430)
        L.append(dict(ref=inv, kind='credit_note' if s < 0 else 'invoice', v=f'AP-115-{872 + i:05d}',
                      dt=f'2026/02/{rng.randint(1, 27):02d}', net=s * net, tax=s * tax, paid=s * (net + tax)))
    tot = total_of(L)
    wb = new_wb('付款通知書')
    hdr = ['台灣精密電子股份有限公司', 'Taiwan Precision Electronics Co., Ltd.  統一編號 84410227', '',
           '付款通知書  Payment Notice', '', '受款廠商 Payee: 永豐五金工業股份有限公司 Yung Feng Hardware Industrial Co.',
           '付款日期 Payment Date: 2026/03/10', '匯款編號 Remittance No.: TW2603100033', '幣別 Currency: NT$', '']
    rows = [[l['v'], l['ref'], l['dt'], f(l['net']), f(l['tax']), f(l['paid'])] for l in L]
    rows.append(['', '合計 Total', '', f(sum(l['net'] for l in L)), f(sum(l['tax'] for l in L)), 'NT$' + f(tot)])
    ws, hr_, first, end = calc_sheet(wb, hdr, ['傳票號碼\nVoucher No.', '發票號碼\nInvoice No.', '發票日期\nDate',
                                               '未稅金額\nNet', '稅額 5%\nTax', '付款金額\nAmount Paid'], rows,
                                     [16, 16, 13, 15, 12, 17], num_cols=(3, 4, 5), bold_rows=(-1,))
    ws.row_dimensions[hr_].height = 30
    ws.cell(row=4, column=1).font = Font(name='DejaVu Sans', bold=True, size=12)
    ws.cell(row=end + 1, column=1, value='AL-0032 為銷貨折讓單 (sales allowance), 已自本次付款扣除。')
    fit_width(ws)
    calc_pdf(wb, OUT / f'r6-{no:03d}.pdf')
    truth(no, 'pdf', 'libreoffice-calc', False, payer, '2026-03-10', 'TW2603100033', 'TWD', L)

def doc016(no=16):
    """Egypt: English with Arabic labels, WHT 1% (cheque)."""
    rng = random.Random(616)
    payer = 'Nile Delta Pharmaceuticals S.A.E.'
    f = lambda x: fmt(x)
    L = []
    for inv in ['2026/118', '2026/131', '2026/140', '2026/152', '2026/167']:
        g = ramt(rng, 6000, 310000)
        w = q(g / D('1.14') * D('0.01'))
        L.append(dict(ref=inv, kind='invoice', dt=f'{rng.randint(1, 27):02d}/02/2026', gross=g, w=w, paid=g - w))
    tot = total_of(L)
    wb = new_wb('Payment Advice')
    hdr = ['Nile Delta Pharmaceuticals S.A.E.', 'شركة دلتا النيل للأدوية ش.م.م — 10th of Ramadan City, Industrial Zone A1', '',
           'Payment Advice  إشعار دفع', '', 'To / إلى: El Obour Glass Packaging Co.',
           'Date / التاريخ: 08/03/2026', 'Cheque No. / رقم الشيك: 00718842  (Banque Misr)', '']
    rows = [[l['ref'], l['dt'], f(l['gross']), f(l['w']), f(l['paid'])] for l in L]
    rows.append(['Total الإجمالي', '', f(sum(l['gross'] for l in L)), f(sum(l['w'] for l in L)), f(tot)])
    ws, hr_, first, end = calc_sheet(wb, hdr, ['Invoice No.\nرقم الفاتورة', 'Invoice Date\nتاريخ الفاتورة', 'Gross EGP\nالإجمالي',
                                               'WHT 1%\nخصم تحت حساب الضريبة', 'Net Paid EGP\nالصافي المدفوع'], rows,
                                     [16, 16, 18, 22, 20], num_cols=(2, 3, 4), bold_rows=(-1,))
    ws.row_dimensions[hr_].height = 32
    ws.cell(row=4, column=1).font = Font(name='DejaVu Sans', bold=True, size=12)
    ws.cell(row=end + 1, column=1, value='Form 41 (withholding) will be submitted to the Egyptian Tax Authority for the quarter.')
    fit_width(ws)
    calc_pdf(wb, OUT / f'r6-{no:03d}.pdf')
    truth(no, 'pdf', 'libreoffice-calc', False, payer, '2026-03-08', '00718842', 'EGP', L)

# =============================================================== Chromium (portal / ERP look)
def page(css, body, title='Remittance'):
    return f'''<!DOCTYPE html><html><head><meta charset="utf-8"><title>{esc(title)}</title>
<style>@page{{size:A4;margin:14mm}} body{{font-family:"Liberation Sans","DejaVu Sans",sans-serif;font-size:10.5px;color:#222}}
table{{border-collapse:collapse}} .r{{text-align:right}} {css}</style></head><body>{body}</body></html>'''

def htable(head, rows, cls='t', right_from=99, foot=None):
    o = [f'<table class="{cls}"><thead><tr>' + ''.join(f'<th class="{"r" if i >= right_from else ""}">{h}</th>' for i, h in enumerate(head)) + '</tr></thead><tbody>']
    for r in rows:
        o.append('<tr>' + ''.join(f'<td class="{"r" if i >= right_from else ""}">{esc(c)}</td>' for i, c in enumerate(r)) + '</tr>')
    o.append('</tbody>')
    if foot:
        o.append('<tfoot>' + ''.join('<tr>' + ''.join(f'<td class="{"r" if i >= right_from else ""}"><b>{esc(c)}</b></td>' for i, c in enumerate(fr)) + '</tr>' for fr in foot) + '</tfoot>')
    o.append('</table>')
    return ''.join(o)

def doc017(no=17):
    """Oracle Fusion Payables remittance, US state agency, DD-MON-YYYY dates."""
    rng = random.Random(617)
    payer = 'State of Nevada Department of Transportation'
    f = lambda x: fmt(x)
    L = []
    for i in range(7):
        g = ramt(rng, 250, 24000)
        d = q(g * D('0.01')) if i in (2, 5) else D(0)
        ref = [f'NV-{26000 + 117 + i * 13}', f'{2026}-INV-{41 + i:04d}'][i % 2]
        L.append(dict(ref=ref, kind='invoice', dt=f'{rng.randint(1, 27):02d}-FEB-2026', desc=['Traffic cones 28in', 'Reflective sheeting',
                      'Sign posts galv.', 'Barricade lights', 'Crash cushion parts', 'Paint striping beads', 'Freight'][i],
                      gross=g, disc=d, paid=g - d))
    tot = total_of(L)
    css = '''.bar{background:#312d2a;color:#fff;padding:8px 10px;font-size:15px} .sub{color:#666;font-size:10px}
    .t{width:100%;margin-top:10px} .t th{background:#f1efed;border-bottom:2px solid #c74634;padding:5px;text-align:left;font-size:10px}
    .t td{padding:5px;border-bottom:1px solid #ddd} .kv td{padding:2px 12px 2px 0} .kv td:first-child{color:#666}'''
    body = f'''<div class="bar">Remittance Advice</div><div class="sub">Oracle Fusion Payables · Business Unit: NDOT_BU</div>
<table style="width:100%;margin-top:12px"><tr><td style="vertical-align:top">
<table class="kv"><tr><td>Payer</td><td><b>{payer}</b></td></tr><tr><td>Address</td><td>1263 S. Stewart Street, Carson City, NV 89712</td></tr>
<tr><td>Supplier</td><td>High Desert Safety Products Inc.</td></tr><tr><td>Supplier Site</td><td>RENO-PAY</td></tr></table></td>
<td style="vertical-align:top"><table class="kv"><tr><td>Payment Number</td><td><b>1004478</b></td></tr>
<tr><td>Payment Date</td><td>03-MAR-2026</td></tr><tr><td>Payment Method</td><td>EFT</td></tr>
<tr><td>Payment Currency</td><td>USD</td></tr><tr><td>Payment Amount</td><td><b>{f(tot)}</b></td></tr></table></td></tr></table>
{htable(['Invoice Number', 'Invoice Date', 'Description', 'Invoice Amount', 'Discount Taken', 'Amount Paid'],
        [[l['ref'], l['dt'], l['desc'], f(l['gross']), f(l['disc']), f(l['paid'])] for l in L], right_from=3,
        foot=[['', '', 'Total', f(sum(l['gross'] for l in L)), f(sum(l['disc'] for l in L)), f(tot)]])}
<p class="sub" style="margin-top:16px">This is a system-generated remittance. Questions: ndot.ap@dot.nv.gov · Vendor Services (775) 888-7000</p>'''
    chromium_pdf(page(css, body), OUT / f'r6-{no:03d}.pdf')
    truth(no, 'pdf', 'chromium', False, payer, '2026-03-03', '1004478', 'USD', L)

def doc018(no=18):
    """Workday supplier payment remittance, university, multi-page (thead repeats), Workday invoice ID column."""
    rng = random.Random(618)
    payer = 'Lakehead State University'
    f = lambda x: fmt(x)
    L = []
    for i in range(28):
        if i in (8, 21):
            g = ramt(rng, 30, 450)
            L.append(dict(ref=f'CR{77810 + i}', kind='credit_note', wid=f'SUPPLIER_INVOICE-6-{48120 + i * 3}', po='',
                          dt=f'02/{rng.randint(1, 27):02d}/2026', gross=-g, paid=-g))
        else:
            g = ramt(rng, 40, 5200)
            L.append(dict(ref=f'{77810 + i}', kind='invoice', wid=f'SUPPLIER_INVOICE-6-{48120 + i * 3}',
                          po=f'PO-{26000 + 1412 + i // 2}', dt=f'02/{rng.randint(1, 27):02d}/2026', gross=g, paid=g))
    tot = total_of(L)
    css = '''.hdr{border-bottom:3px solid #005cb9;padding-bottom:6px} .hdr h1{font-size:18px;margin:0;color:#005cb9}
    .t{width:100%;margin-top:10px;font-size:10px} .t th{background:#eef3f9;border:1px solid #c9d6e6;padding:4px;text-align:left}
    .t td{border:1px solid #e1e7ef;padding:12px 4px} .t tr{page-break-inside:avoid} .meta td{padding:2px 14px 2px 0}'''
    body = f'''<div class="hdr"><h1>Supplier Payment Remittance</h1>{payer} · Office of Business Services · 955 Oliver Road, Marquette, MI 49855</div>
<table class="meta" style="margin-top:10px"><tr><td>Supplier</td><td><b>Great Lakes Scientific Supply Co.</b></td><td>Payment ID</td><td><b>PAY-0019284</b></td></tr>
<tr><td>Supplier ID</td><td>S-004418</td><td>Payment Date</td><td>03/04/2026</td></tr>
<tr><td>Remit-To</td><td>PO Box 4471, Grand Rapids, MI 49501</td><td>Payment Type</td><td>ACH</td></tr>
<tr><td></td><td></td><td>Currency</td><td>USD</td></tr></table>
{htable(['Supplier Invoice Number', 'Invoice', 'Purchase Order', 'Invoice Date', 'Invoice Amount', 'Payment Amount'],
        [[l['ref'], l['wid'], l['po'], l['dt'], f(l['gross']), f(l['paid'])] for l in L], right_from=4,
        foot=[['', '', '', 'Total Payment', '', f(tot)]])}
<p style="font-size:9px;color:#666">Remittance generated by Workday. For questions contact accountspayable@lakeheadstate.edu.</p>'''
    chromium_pdf(page(css, body), OUT / f'r6-{no:03d}.pdf')
    truth(no, 'pdf', 'chromium', False, payer, '2026-03-04', 'PAY-0019284', 'USD', L)

def doc019(no=19):
    """SAP Business Network payment advice, Saudi Arabia, English with Arabic labels; one PO-only advance line."""
    rng = random.Random(619)
    payer = 'Al Waha Petrochemical Services Co.'
    f = lambda x: fmt(x)
    L = []
    for i in range(5):
        g = ramt(rng, 4000, 185000)
        if i == 3:
            L.append(dict(ref='4500012377', kind='purchase_order', inv='', po='4500012377', gross=g, disc=D(0), adj=D(0), paid=g))
            continue
        d = q(g * D('0.02')) if i == 1 else D(0)
        a = D('-350.00') if i == 4 else D(0)
        L.append(dict(ref=f'SI/2026/{118 + i * 6}', kind='invoice', inv=f'SI/2026/{118 + i * 6}', po=f'45000123{41 + i}',
                      gross=g, disc=d, adj=a, paid=g - d + a))
    tot = total_of(L)
    css = '''.top{background:#0a6ed1;color:#fff;padding:8px 12px;font-size:14px} .ar{font-family:"DejaVu Sans";direction:rtl}
    .box{border:1px solid #d9d9d9;padding:8px;margin-top:10px} .t{width:100%;margin-top:12px} .t th{background:#f2f2f2;padding:5px;border-bottom:1px solid #bbb;text-align:left;font-size:10px}
    .t td{padding:5px;border-bottom:1px solid #eee} .g td{padding:2px 10px 2px 0}'''
    body = f'''<div class="top">SAP Business Network &nbsp;|&nbsp; Payment Advice <span class="ar">إشعار الدفع</span></div>
<div class="box"><table class="g" style="width:100%"><tr><td>From / <span class="ar">من</span>:</td><td><b>{payer}</b><br>Jubail Industrial City 31961, Kingdom of Saudi Arabia<br>VAT No. 300441882200003</td>
<td>Payment Advice ID:</td><td>PA-1000487712</td></tr>
<tr><td>To / <span class="ar">إلى</span>:</td><td>Eastern Valve &amp; Instrument Trading Est.</td><td>Payment Date / <span class="ar">تاريخ الدفع</span>:</td><td>2026-03-05</td></tr>
<tr><td></td><td></td><td>Payment Reference / <span class="ar">مرجع الدفع</span>:</td><td><b>SA26030500419</b></td></tr>
<tr><td></td><td></td><td>Payment Method:</td><td>SARIE bank transfer</td></tr></table></div>
{htable(['Invoice # <span class="ar">رقم الفاتورة</span>', 'PO # <span class="ar">أمر الشراء</span>', 'Gross Amount', 'Discount', 'Adjustment', 'Net Amount <span class="ar">الصافي</span>'],
        [[l['inv'], l['po'], f(l['gross']), f(l['disc']), f(l['adj']), f(l['paid'])] for l in L], right_from=2,
        foot=[['Total (SAR)', '', f(sum(l['gross'] for l in L)), f(sum(l['disc'] for l in L)), f(sum(l['adj'] for l in L)), f(tot)]])}
<p>Line 4 is an advance payment against purchase order 4500012377 (30% down payment). Adjustment on SI/2026/142: late-delivery deduction.</p>
<p style="color:#777;font-size:9px">All amounts in SAR. Document generated on SAP Business Network.</p>'''
    chromium_pdf(page(css, body), OUT / f'r6-{no:03d}.pdf')
    truth(no, 'pdf', 'chromium', False, payer, '2026-03-05', 'SA26030500419', 'SAR', L)

def doc020(no=20):
    """Coupa payment remittance, Hong Kong, partial payment."""
    rng = random.Random(620)
    payer = 'Harbourfront Hospitality Group Limited'
    f = lambda x: 'HK$' + fmt(x)
    L = []
    for i in range(6):
        g = ramt(rng, 800, 96000)
        paid = g if i != 2 else q(g * D('0.75'))
        L.append(dict(ref=f'HKL-{2026}{i * 37 + 1104:05d}', kind='invoice', po=f'HHG-PO-{6610 + i * 3}',
                      dt=f'{rng.randint(1, 27):02d}/02/2026', gross=g, paid=paid))
    tot = total_of(L)
    css = '''.brand{color:#1c4fa0;font-size:20px;font-weight:bold} .t{width:100%;margin-top:14px} .t th{background:#f5f7fa;padding:6px;border-bottom:2px solid #1c4fa0;text-align:left}
    .t td{padding:6px;border-bottom:1px solid #e5e8ee} .card{border:1px solid #e5e8ee;border-radius:6px;padding:10px;margin-top:10px}'''
    body = f'''<div class="brand">coupa</div><h2 style="margin:4px 0">Payment Remittance</h2>
<div class="card"><b>{payer}</b> has sent a payment to <b>Kowloon Linen Supplies Co. Ltd.</b><br><br>
Payment Date: 07/03/2026 &nbsp;&nbsp; Payment Reference: <b>CHATS2603070018</b> &nbsp;&nbsp; Currency: HKD &nbsp;&nbsp; Amount: <b>{f(tot)}</b></div>
{htable(['Invoice #', 'PO #', 'Invoice Date', 'Invoice Total', 'Paid Amount'],
        [[l['ref'], l['po'], l['dt'], f(l['gross']), f(l['paid'])] for l in L], right_from=3,
        foot=[['', '', 'Total', '', f(tot)]])}
<p style="color:#888;font-size:9px">Harbourfront Hospitality Group Limited · 18/F Harbour Centre, 25 Harbour Road, Wan Chai, Hong Kong</p>'''
    chromium_pdf(page(css, body), OUT / f'r6-{no:03d}.pdf')
    truth(no, 'pdf', 'chromium', False, payer, '2026-03-07', 'CHATS2603070018', 'HKD', L)

def doc021(no=21):
    """Tipalti payment notification, Thailand, WHT 3%, PO advance line."""
    rng = random.Random(621)
    payer = 'Siam Riverside Resorts Co., Ltd.'
    f = lambda x: '฿' + fmt(x)
    L = []
    for i in range(4):
        g = ramt(rng, 5000, 140000)
        w = q(g / D('1.07') * D('0.03'))
        L.append(dict(ref=f'IV6603-{41 + i * 5:04d}', kind='invoice', dt=f'{rng.randint(1, 27):02d} Feb 2026', gross=g, w=w, paid=g - w))
    g = D('25000.00')
    L.append(dict(ref='PO-SR-2026-0091', kind='purchase_order', dt='—', gross=g, w=D(0), paid=g))
    tot = total_of(L)
    css = '''.logo{font-size:18px;font-weight:bold;color:#4a2c8f} .t{width:100%;margin-top:12px} .t th{background:#f3f0fa;padding:6px;text-align:left}
    .t td{padding:6px;border-bottom:1px solid #eee} .amt{font-size:22px;font-weight:bold;color:#4a2c8f}'''
    body = f'''<div class="logo">tipalti</div><h2>Payment Notification</h2>
<p>Hello Bangkok Laundry Services Co., Ltd.,</p><p><b>{payer}</b> has issued a payment to you.</p>
<table style="margin:10px 0"><tr><td style="padding-right:30px">Payment amount<div class="amt">{f(tot)}</div></td>
<td style="padding-right:30px">Payment date<br><b>March 5, 2026</b></td><td style="padding-right:30px">Payment method<br><b>Local bank transfer (THB)</b></td>
<td>Payment ID<br><b>TPL-4471208</b></td></tr></table>
{htable(['Reference', 'Date', 'Invoice Amount', 'Withholding Tax 3%', 'Amount Paid'],
        [[l['ref'], l['dt'], f(l['gross']), f(l['w']), f(l['paid'])] for l in L], right_from=2,
        foot=[['Total', '', '', '', f(tot)]])}
<p>PO-SR-2026-0091 is a 30% deposit against purchase order; no invoice yet. Withholding tax certificates (50 Tawi) will be sent separately.</p>
<p style="color:#888;font-size:9px">Sent via Tipalti on behalf of {payer}, 2 Charoen Krung Soi 30, Bang Rak, Bangkok 10500</p>'''
    chromium_pdf(page(css, body), OUT / f'r6-{no:03d}.pdf')
    truth(no, 'pdf', 'chromium', False, payer, '2026-03-05', 'TPL-4471208', 'THB', L)

# =============================================================== xlsx / csv
def doc022(no=22):
    """UAE SAP-style payment run export (xlsx): SAP 'Reference' holds supplier invoice, 'Doc. No.' is payer's."""
    rng = random.Random(622)
    payer = 'Gulf Horizon Trading LLC'
    L = []
    for i in range(8):
        if i in (3, 6):
            g = ramt(rng, 200, 3000)
            L.append(dict(ref=f'AE-CN-2026-{14 + i:04d}', kind='credit_note', doc=f'{1700004400 + i * 17}', typ='KG',
                          gross=-g, disc=D(0), paid=-g))
        else:
            g = ramt(rng, 1200, 88000)
            d = q(g * D('0.02')) if i in (0, 4) else D(0)
            L.append(dict(ref=f'AE-INV-2026-{87 + i * 9:04d}', kind='invoice', doc=f'{5100012345 + i * 29}', typ='RE',
                          gross=g, disc=d, paid=g - d))
    tot = total_of(L)
    wb = new_wb('Payment advice')
    ws = wb.active; ws.title = 'Payment Advice'
    meta = [('Payer', payer), ('', 'الأفق الخليجي للتجارة ذ.م.م'), ('Address', 'Office 1207, Jumeirah Bay Tower X2, JLT, Dubai, UAE'),
            ('Vendor', '200418 – Al Mina Industrial Supplies FZE'), ('Payment Run ID', '20260309-GHT1'),
            ('Payment Document', '1500004471'), ('Payment Date', '09.03.2026'), ('Currency', 'AED'), ('', '')]
    for r, (k, v) in enumerate(meta, 1):
        ws.cell(row=r, column=1, value=k).font = Font(bold=True)
        ws.cell(row=r, column=2, value=v)
    head = ['Doc. No.', 'Doc. Type', 'Reference', 'Doc. Date', 'Amount in LC', 'Cash Disc.', 'Net Amount']
    hr_ = len(meta) + 1
    for j, h in enumerate(head, 1):
        c = ws.cell(row=hr_, column=j, value=h); c.font = Font(bold=True); c.fill = PatternFill('solid', fgColor='FFF2CC')
    for i, l in enumerate(L):
        r = hr_ + 1 + i
        vals = [l['doc'], l['typ'], l['ref'], datetime.date(2026, 2, rng.randint(1, 27)), float(l['gross']), float(l['disc']), float(l['paid'])]
        for j, v in enumerate(vals, 1):
            c = ws.cell(row=r, column=j, value=v)
            if j == 4: c.number_format = 'DD.MM.YYYY'
            if j >= 5: c.number_format = '#,##0.00;-#,##0.00'
    r = hr_ + 1 + len(L)
    ws.cell(row=r, column=6, value='Total').font = Font(bold=True)
    c = ws.cell(row=r, column=7, value=float(tot)); c.number_format = '#,##0.00'; c.font = Font(bold=True)
    for j, w in enumerate([14, 10, 20, 12, 15, 12, 15], 1):
        ws.column_dimensions[openpyxl.utils.get_column_letter(j)].width = w
    ws.column_dimensions['B'].width = 14
    wb.save(OUT / f'r6-{no:03d}.xlsx')
    truth(no, 'xlsx', 'xlsx', False, payer, '2026-03-09', '1500004471', 'AED', L)

def doc023(no=23):
    """Romanian desfășurător plăți (xlsx), OP number per row, lei as numbers with ro format."""
    rng = random.Random(623)
    payer = 'Carpați Agro Invest S.A.'
    L = []
    for i in range(7):
        g = ramt(rng, 900, 62000)
        paid = g if i != 5 else q(g * D('0.4'))
        L.append(dict(ref=f'CAI{rng.randint(10, 99)}-{3310 + i * 7}', kind='invoice', gross=g, paid=paid,
                      dt=datetime.date(2026, 1, rng.randint(5, 30))))
    tot = total_of(L)
    wb = new_wb('Desfasurator plati')
    ws = wb.active; ws.title = 'Plăți 21.02.2026'
    ws['A1'] = payer; ws['A1'].font = Font(bold=True, size=12)
    ws['A2'] = 'CUI RO15884471 · Sat Pechea, jud. Galați'
    ws['A4'] = 'DESFĂȘURĂTOR PLĂȚI'; ws['A4'].font = Font(bold=True, size=12)
    ws['A5'] = 'Data plății:'; ws['C5'] = '21.02.2026'
    ws['A6'] = 'Furnizor:'; ws['C6'] = 'Agromec Tecuci S.R.L. (CUI RO2281103)'
    head = ['Nr. crt.', 'Nr. factură', 'Data facturii', 'Scadența', 'Suma factură', 'Suma plătită', 'OP nr.', 'Observații']
    for j, h in enumerate(head, 1):
        c = ws.cell(row=8, column=j, value=h); c.font = Font(bold=True); c.fill = PatternFill('solid', fgColor='E2EFDA')
    for i, l in enumerate(L):
        r = 9 + i
        vals = [i + 1, l['ref'], l['dt'], l['dt'] + datetime.timedelta(days=30), float(l['gross']), float(l['paid']), 'OP 1187',
                'plată parțială' if l['paid'] != l['gross'] else '']
        for j, v in enumerate(vals, 1):
            c = ws.cell(row=r, column=j, value=v)
            if j in (3, 4): c.number_format = 'DD.MM.YYYY'
            if j in (5, 6): c.number_format = '#,##0.00 "lei"'
    r = 9 + len(L)
    ws.cell(row=r, column=5, value='TOTAL').font = Font(bold=True)
    c = ws.cell(row=r, column=6, value=float(tot)); c.number_format = '#,##0.00 "lei"'; c.font = Font(bold=True)
    for j, w in enumerate([8, 15, 13, 13, 16, 16, 10, 16], 1):
        ws.column_dimensions[openpyxl.utils.get_column_letter(j)].width = w
    wb.save(OUT / f'r6-{no:03d}.xlsx')
    truth(no, 'xlsx', 'xlsx', False, payer, '2026-02-21', 'OP 1187', 'RON', L)

def doc024(no=24):
    """Singapore CSV export (comma, ISO dates), with credit notes and a doc-type column."""
    rng = random.Random(624)
    payer = 'Jurong Marine Services Pte. Ltd.'
    L = []
    for i in range(10):
        if i in (2, 7):
            g = ramt(rng, 50, 900)
            L.append(dict(ref=f'CN{260000 + 41 + i}', kind='credit_note', typ='CREDIT NOTE', gross=-g, paid=-g))
        else:
            g = ramt(rng, 300, 24000)
            L.append(dict(ref=f'{260000 + 1180 + i * 13}', kind='invoice', typ='INVOICE', gross=g, paid=g))
    tot = total_of(L)
    lines = ['PaymentDate,PaymentRef,Payer,PayeeCode,VoucherNo,DocType,InvoiceNo,InvoiceDate,GrossAmount,PaidAmount,PaymentAmount,Currency']
    for i, l in enumerate(L):
        lines.append(f'2026-03-11,FAST260311JMS0088,"{payer}",SUP-01174,JV{889100 + i * 2},{l["type"] if False else l["typ"]},{l["ref"]},'
                     f'2026-02-{rng.randint(1, 27):02d},{l["gross"]:.2f},{l["paid"]:.2f},{tot:.2f},SGD')
    (OUT / f'r6-{no:03d}.csv').write_bytes(('\r\n'.join(lines) + '\r\n').encode('utf-8'))
    truth(no, 'csv', 'csv', False, payer, '2026-03-11', 'FAST260311JMS0088', 'SGD', L)

def doc025(no=25):
    """Hungarian CSV: semicolon, decimal comma, BOM; Levonás deduction row referencing a terhelési értesítő."""
    rng = random.Random(625)
    payer = 'Balaton Vendéglátó Kft.'
    L = []
    for i in range(6):
        g = D(rng.randint(12, 980) * 1000 + rng.randint(0, 999))
        L.append(dict(ref=f'E-BLT-2026-{1043 + i * 4}', kind='invoice', gross=g, paid=g, tipus='Számla'))
    L.append(dict(ref='E-BLT-2026-J012', kind='credit_note', gross=D('-38100'), paid=D('-38100'), tipus='Jóváíró számla'))
    tot = total_of(L)
    f = lambda x: fmt(x, '', ',')
    rows = ['Kifizetés dátuma;Tranzakció azonosító;Fizető;Bizonylat típusa;Számlaszám;Számla kelte;Bruttó összeg;Kifizetett összeg;Pénznem']
    for l in L:
        rows.append(f'2026.03.09.;OTP-26030900518;{payer};{l["tipus"]};{l["ref"]};2026.02.{rng.randint(1, 27):02d}.;'
                    f'{f(l["gross"])};{f(l["paid"])};HUF')
    rows.append(f';;;;Összesen;;;{f(tot)};HUF')
    (OUT / f'r6-{no:03d}.csv').write_bytes(b'\xef\xbb\xbf' + ('\r\n'.join(rows) + '\r\n').encode('utf-8'))
    truth(no, 'csv', 'csv', False, payer, '2026-03-09', 'OTP-26030900518', 'HUF', L)

# =============================================================== eml / html / txt
_cs.add_charset('utf-8', _cs.QP, _cs.QP, 'utf-8')

def hdrs(m, frm, to, subj, date, mid):
    m['From'] = frm; m['To'] = to; m['Subject'] = subj; m['Date'] = date; m['Message-ID'] = mid
    m['MIME-Version'] = '1.0'

def doc026(no=26):
    """Kenya plain-text email remittance."""
    payer = 'Thika Road Hardware Ltd'
    L = [dict(ref='CPI/26/0417', kind='invoice', paid=D('148350.00'), g=D('148350.00')),
         dict(ref='CPI/26/0433', kind='invoice', paid=D('76920.00'), g=D('92920.00')),
         dict(ref='CPI/26/0451', kind='invoice', paid=D('211400.50'), g=D('211400.50'))]
    tot = total_of(L)
    body = f'''Dear Coast Packaging Accounts Team,

Please find below details of payment made today via RTGS.

Payer        : Thika Road Hardware Ltd
Value date   : 12/03/2026
Bank ref     : FT26071BQ2LM
Amount       : KES {fmt(tot)}

Invoice No      Inv. Amount       Paid
CPI/26/0417      {fmt(L[0]["g"]):>12}   {fmt(L[0]["paid"]):>12}
CPI/26/0433      {fmt(L[1]["g"]):>12}   {fmt(L[1]["paid"]):>12}
CPI/26/0451      {fmt(L[2]["g"]):>12}   {fmt(L[2]["paid"]):>12}
                                 ------------
Total                            {fmt(tot):>12}

Note: CPI/26/0433 short-paid by KES 16,000.00 for 40 damaged cartons (GRN 8812) - please raise a credit note.

Regards,
Wanjiru Kamau
Accounts Payable | Thika Road Hardware Ltd
Tel: +254 722 118 447
'''
    m = MIMEText(body, 'plain', 'utf-8')
    hdrs(m, 'Wanjiru Kamau <payables@thikaroadhardware.co.ke>', 'receivables@coastpackaging.co.ke',
         'Payment remittance - RTGS FT26071BQ2LM', 'Thu, 12 Mar 2026 15:42:10 +0300', '<20260312154210.4471@thikaroadhardware.co.ke>')
    (OUT / f'r6-{no:03d}.eml').write_bytes(m.as_bytes())
    truth(no, 'eml', 'eml', False, payer, '2026-03-12', 'FT26071BQ2LM', 'KES', L)

def doc027(no=27):
    """Bill.com style HTML email: US dental practice (healthcare)."""
    payer = 'Cedar Ridge Family Dental, PLLC'
    L = [dict(ref='2026-0093', kind='invoice', paid=D('1284.60')), dict(ref='2026-0107', kind='invoice', paid=D('642.30')),
         dict(ref='2026-0112', kind='invoice', paid=D('3175.00'))]
    tot = total_of(L)
    rows = ''.join(f'<tr><td style="padding:6px;border-bottom:1px solid #eee">{l["ref"]}</td><td style="padding:6px;border-bottom:1px solid #eee">'
                   f'{d}</td><td style="padding:6px;border-bottom:1px solid #eee;text-align:right">${fmt(l["paid"])}</td></tr>'
                   for l, d in zip(L, ['02/03/2026', '02/12/2026', '02/20/2026']))
    html_body = f'''<html><body style="font-family:Arial,sans-serif;color:#333">
<div style="background:#f37021;color:#fff;padding:12px;font-size:18px"><b>BILL</b></div>
<h2>You've been paid ${fmt(tot)}</h2>
<p><b>{payer}</b> sent you a payment via ACH. Funds typically arrive in 2-3 business days.</p>
<table style="border-collapse:collapse"><tr><td style="padding:3px 20px 3px 0;color:#777">Payment date</td><td>03/09/2026</td></tr>
<tr><td style="padding:3px 20px 3px 0;color:#777">Payment confirmation #</td><td>P26030901K8QZT</td></tr>
<tr><td style="padding:3px 20px 3px 0;color:#777">Paid to</td><td>Summit Dental Lab Inc.</td></tr>
<tr><td style="padding:3px 20px 3px 0;color:#777">Payment method</td><td>ACH to account ending 4471</td></tr></table>
<h3>Payment details</h3><table style="border-collapse:collapse;width:480px">
<tr style="background:#f5f5f5"><th style="padding:6px;text-align:left">Invoice #</th><th style="padding:6px;text-align:left">Invoice date</th><th style="padding:6px;text-align:right">Amount paid</th></tr>
{rows}<tr><td></td><td style="padding:6px"><b>Total</b></td><td style="padding:6px;text-align:right"><b>${fmt(tot)}</b></td></tr></table>
<p style="color:#999;font-size:11px">Memo from {payer}: "Feb lab cases - thanks!"<br>This email was sent by BILL on behalf of {payer}.</p>
</body></html>'''
    text = f"You've been paid ${fmt(tot)} by {payer}. Payment confirmation # P26030901K8QZT, payment date 03/09/2026.\n" + \
           ''.join(f'Invoice {l["ref"]}: ${fmt(l["paid"])}\n' for l in L)
    m = MIMEMultipart('alternative', boundary='=_bill_alt_7c1a9e44')
    hdrs(m, 'BILL <paymentnotifications@hq.bill.com>', 'billing@summitdentallab.com',
         f"You've been paid by {payer}", 'Mon, 09 Mar 2026 11:05:33 -0700', '<0e1f2a3b.20260309110533@hq.bill.com>')
    m.attach(MIMEText(text, 'plain', 'utf-8')); m.attach(MIMEText(html_body, 'html', 'utf-8'))
    (OUT / f'r6-{no:03d}.eml').write_bytes(m.as_bytes())
    truth(no, 'eml', 'eml', False, payer, '2026-03-09', 'P26030901K8QZT', 'USD', L)

def doc028(no=28):
    """Forward of a Greek payer's remittance (nested message/rfc822) with a CSV attachment in the inner mail."""
    rng = random.Random(628)
    payer = 'Ionian Marine Supplies S.A.'
    L = []
    for i in range(5):
        g = ramt(rng, 300, 9800)
        L.append(dict(ref=f'TP-{2026}-{318 + i * 4:04d}' if i % 2 else f'INV-26-{318 + i * 4:04d}', kind='invoice', paid=g))
    L.append(dict(ref='CN-26-0019', kind='credit_note', paid=D('-412.90')))
    tot = total_of(L)
    f = lambda x: fmt(x, '.', ',')
    csv_txt = 'Αρ. Παραστατικού;Είδος;Ποσό πληρωμής (EUR)\r\n' + ''.join(
        f'{l["ref"]};{"Πιστωτικό" if l["kind"] == "credit_note" else "Τιμολόγιο"};{f(l["paid"])}\r\n' for l in L) + f'Σύνολο;;{f(tot)}\r\n'
    inner = MIMEMultipart('mixed', boundary='=_ionian_inner_55a2')
    hdrs(inner, 'Λογιστήριο Ionian Marine <accounts@ionianmarine.gr>', 'sales@thermaikos-paints.gr',
         'Ειδοποίηση πληρωμής / Remittance 06-03-2026', 'Fri, 06 Mar 2026 13:20:04 +0200', '<a7731.20260306132004@ionianmarine.gr>')
    inner.attach(MIMEText(f'''Αγαπητοί συνεργάτες,

Σας ενημερώνουμε ότι σήμερα 06/03/2026 εξοφλήσαμε με τραπεζικό έμβασμα (Πειραιώς, αρ. εμβάσματος PB0603260074418)
το ποσό των {f(tot)} € για τα παραστατικά του συνημμένου αρχείου.

Dear partners, please find attached the remittance detail for our transfer of EUR {f(tot)}
(Piraeus Bank ref. PB0603260074418), value date 06/03/2026.

Με εκτίμηση,
Ionian Marine Supplies S.A.
Λογιστήριο Προμηθευτών, Πάτρα
''', 'plain', 'utf-8'))
    att = MIMEApplication(csv_txt.encode('utf-8'), 'csv', Name='plirwmi_06032026.csv')
    att.replace_header('Content-Type', 'text/csv; charset="utf-8"; name="plirwmi_06032026.csv"')
    att['Content-Disposition'] = 'attachment; filename="plirwmi_06032026.csv"'
    inner.attach(att)
    outer = MIMEMultipart('mixed', boundary='=_fwd_outer_19d3')
    hdrs(outer, 'Eleni Papadaki <e.papadaki@thermaikos-paints.gr>', 'receivables@thermaikos-paints.gr',
         'Fwd: Ειδοποίηση πληρωμής / Remittance 06-03-2026', 'Mon, 09 Mar 2026 08:47:51 +0200', '<fwd.20260309084751.3311@thermaikos-paints.gr>')
    outer.attach(MIMEText('Καλημέρα,\n\nΠροωθώ την ειδοποίηση πληρωμής της Ionian Marine για καταχώρηση.\nΗ πίστωση εμφανίστηκε στον λογαριασμό την Παρασκευή.\n\nΕλένη\n', 'plain', 'utf-8'))
    outer.attach(MIMEMessage(inner))
    (OUT / f'r6-{no:03d}.eml').write_bytes(outer.as_bytes())
    truth(no, 'eml', 'eml', False, payer, '2026-03-06', 'PB0603260074418', 'EUR', L)

def doc029(no=29):
    """Basware-portal payment details page saved as HTML (Ireland)."""
    rng = random.Random(629)
    payer = 'Cork Harbour Pharma Ltd'
    f = lambda x: '€' + fmt(x)
    L = []
    for i in range(6):
        if i == 4:
            g = ramt(rng, 100, 1200)
            L.append(dict(ref=f'MSF-CN-{126 + i}', kind='credit_note', po='', vat=D(0), gross=-g, paid=-g))
            continue
        g = ramt(rng, 500, 21000)
        L.append(dict(ref=f'MSF-{10400 + i * 23}', kind='invoice', po=f'4700{88120 + i * 5}', gross=g, paid=g))
    tot = total_of(L)
    rows = ''.join(f'<tr><td>{i}</td><td>{l["ref"]}</td><td>{l["po"]}</td><td>{"Credit note" if l["kind"] == "credit_note" else "Invoice"}</td>'
                   f'<td class="r">{f(l["gross"])}</td><td class="r">{f(l["paid"])}</td></tr>' for i, l in enumerate(L, 1))
    h = f'''<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Payment details – Basware Portal</title>
<style>body{{font-family:Segoe UI,Arial,sans-serif;font-size:13px;margin:0}} header{{background:#00264d;color:#fff;padding:10px 20px}}
main{{padding:16px 24px}} table.g{{border-collapse:collapse;width:100%}} table.g th{{background:#eef2f6;text-align:left;padding:6px;border-bottom:2px solid #00264d}}
table.g td{{padding:6px;border-bottom:1px solid #dde}} .r{{text-align:right}} dl{{display:grid;grid-template-columns:180px auto;gap:4px}} dt{{color:#666}}</style></head>
<body><header>basware &nbsp;|&nbsp; Supplier Portal &nbsp;›&nbsp; Payments &nbsp;›&nbsp; Payment details</header><main>
<nav><a href="#">Invoices</a> · <a href="#">Purchase orders</a> · <b>Payments</b> · <a href="#">Settings</a></nav>
<h1>Payment 20260312-CHP-0041</h1>
<dl><dt>Customer (payer)</dt><dd>{payer}, Ringaskiddy, Co. Cork</dd><dt>Supplier</dt><dd>Munster Stainless Fabrication Ltd</dd>
<dt>Payment ID</dt><dd>20260312-CHP-0041</dd><dt>Payment date</dt><dd>12/03/2026</dd><dt>Status</dt><dd>Paid</dd>
<dt>Currency</dt><dd>EUR</dd><dt>Payment amount</dt><dd><b>{f(tot)}</b></dd></dl>
<h2>Settled documents</h2>
<table class="g"><thead><tr><th>#</th><th>Document number</th><th>Order number</th><th>Type</th><th class="r">Document amount</th><th class="r">Paid amount</th></tr></thead>
<tbody>{rows}</tbody><tfoot><tr><td colspan="5" class="r"><b>Total paid</b></td><td class="r"><b>{f(tot)}</b></td></tr></tfoot></table>
<footer><p style="color:#888;font-size:11px">© Basware. Showing 1–{len(L)} of {len(L)} documents.</p></footer></main></body></html>'''
    (OUT / f'r6-{no:03d}.html').write_text(h, encoding='utf-8')
    truth(no, 'html', 'html', False, payer, '2026-03-12', '20260312-CHP-0041', 'EUR', L)

def doc030(no=30):
    """SWIFT MT103-style text advice (Egypt payer, USD) with fixed-width remittance detail."""
    payer = 'Alexandria Cotton Mills Co.'
    L = [dict(ref='EX-26-0144', kind='invoice', paid=D('18420.00'), g=D('18420.00')),
         dict(ref='EX-26-0151', kind='invoice', paid=D('9760.50'), g=D('9760.50')),
         dict(ref='EX-26-0163', kind='invoice', paid=D('22105.75'), g=D('23269.21')),
         dict(ref='EX-26-0102', kind='credit_note', paid=D('-1250.00'), g=D('-1250.00'))]
    tot = total_of(L)
    a = fmt(tot, '', ',')
    t = f'''---------------------------------------------------------------------
 NATIONAL BANK OF EGYPT - ALEXANDRIA MAIN BRANCH
 OUTWARD TRANSFER ADVICE (MT103 COPY FOR BENEFICIARY)
---------------------------------------------------------------------
{{1:F01NBEGEGCXA005 0000000000}}{{2:I103CITIUS33XXXXN}}
:20:ACM260310-0041
:23B:CRED
:32A:260310USD{a}
:33B:USD{a}
:50K:/EG380003000412000004471881029
ALEXANDRIA COTTON MILLS CO.
KM 21 CAIRO-ALEX DESERT RD
BORG EL ARAB ALEXANDRIA EG
:59:/3188412071
CAROLINA YARN TRADERS INC
CHARLOTTE NC US
:70:/INV/EX-26-0144 EX-26-0151 EX-26-0163
/CN/EX-26-0102 SEE DETAIL
:71A:OUR
---------------------------------------------------------------------
 REMITTANCE DETAIL
 DOC NO.        TYPE      DOC AMOUNT USD    PAID USD
 -------------  ------  ----------------  ------------
'''
    for l in L:
        t += f" {l['ref']:<13}  {'CN' if l['kind'] == 'credit_note' else 'INV':<6}  {fmt(l['g']):>16}  {fmt(l['paid']):>12}\n"
    t += f''' -------------  ------  ----------------  ------------
 TOTAL                                      {fmt(tot):>12}
 EX-26-0163 LESS 5 PCT CLAIM (QUALITY) AS AGREED.
---------------------------------------------------------------------
 VALUE DATE 10 MAR 2026   OUR REF ACM260310-0041
---------------------------------------------------------------------
'''
    (OUT / f'r6-{no:03d}.txt').write_text(t, encoding='utf-8')
    truth(no, 'txt', 'txt', False, payer, '2026-03-10', 'ACM260310-0041', 'USD', L)

# =============================================================== scans
def render(pdf, dpi, first=1, last=1):
    base = TMP / (Path(pdf).stem + f'_{dpi}')
    run(['pdftoppm', '-r', str(dpi), '-f', str(first), '-l', str(last), '-gray', '-png', str(pdf), str(base)])
    outs = sorted(TMP.glob(base.name + '*.png'))
    return [Image.open(o).convert('L') for o in outs]

def degrade_scan(img, seed, angle=0.6, blur=0.7, noise=6, dark=0.92, speckle=0.0004):
    rng = np.random.default_rng(seed)
    img = img.rotate(angle, resample=Image.BICUBIC, expand=True, fillcolor=255)
    img = img.filter(ImageFilter.GaussianBlur(blur))
    a = np.asarray(img).astype(np.float32)
    h, w = a.shape
    grad = np.linspace(1.0, dark, w)[None, :] * np.linspace(1.0, 0.97, h)[:, None]
    a = a * grad - (255 - a) * 0.08
    a += rng.normal(0, noise, a.shape)
    sp = rng.random(a.shape) < speckle
    a[sp] = rng.integers(0, 90, sp.sum())
    a = np.clip(a + 6, 0, 255).astype(np.uint8)
    # grey scanner edge on left
    a[:, :int(w * 0.008)] = np.clip(a[:, :int(w * 0.008)] * 0.55, 0, 255).astype(np.uint8)
    return Image.fromarray(a, 'L')

def degrade_fax(img, seed, header):
    """Simulate 204x98 dpi fax: halve vertical resolution, binarize, streaks, header line."""
    rng = np.random.default_rng(seed)
    w, h = img.size
    img = img.rotate(-0.4, resample=Image.BICUBIC, expand=False, fillcolor=255)
    img = img.resize((w, h // 2), Image.BILINEAR).resize((w, h), Image.NEAREST)
    a = np.asarray(img.filter(ImageFilter.GaussianBlur(0.5))).astype(np.float32)
    a += rng.normal(0, 22, a.shape)
    b = np.where(a < 150, 0, 255).astype(np.uint8)
    for _ in range(3):
        y = int(rng.integers(int(h * .1), h - 5))
        b[y:y + 2, :] = np.where(rng.random((2, w)) < 0.35, 0, b[y:y + 2, :])
    sp = rng.random(b.shape) < 0.0006
    b[sp] = 0
    out = Image.fromarray(b, 'L')
    d = ImageDraw.Draw(out)
    fnt = ImageFont.truetype(FD + 'dejavu/DejaVuSansMono.ttf', int(w / 95))
    d.text((int(w * .04), int(h * .008)), header, fill=0, font=fnt)
    return out.convert('1')

def phone_photo(img, seed):
    """Perspective-warped colour photo on a desk, uneven light, JPEG."""
    rng = np.random.default_rng(seed)
    page = img.convert('RGB')
    w, h = page.size
    W, H = int(w * 1.18), int(h * 1.12)
    bg = np.zeros((H, W, 3), np.float32)
    bg[:] = (112, 92, 70)
    bg += rng.normal(0, 6, bg.shape)
    canvas_ = Image.fromarray(np.clip(bg, 0, 255).astype(np.uint8))
    canvas_.paste(page, (int(W * .08), int(H * .05)))
    # perspective: map output quad to input
    dx, dy = W * 0.05, H * 0.03
    coeffs = _persp([(0, 0), (W, 0), (W, H), (0, H)],
                    [(dx * 0.6, dy), (W - dx * 1.4, dy * 0.2), (W - dx * 0.2, H - dy * 0.4), (dx * 1.2, H - dy * 1.3)])
    warped = canvas_.transform((W, H), Image.PERSPECTIVE, coeffs, Image.BICUBIC, fillcolor=(100, 84, 64))
    a = np.asarray(warped).astype(np.float32)
    yy, xx = np.mgrid[0:H, 0:W]
    light = 1.05 - 0.28 * (((xx - W * 0.35) / W) ** 2 + ((yy - H * 0.3) / H) ** 2) ** 0.5
    a = a * light[..., None] * np.array([1.0, 0.97, 0.9])[None, None, :]
    a += rng.normal(0, 4, a.shape)
    out = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(1.0))
    return out.resize((int(W * 0.8), int(H * 0.8)), Image.LANCZOS)

def _persp(dst, src):
    A = []; B = []
    for (x, y), (u, v) in zip(dst, src):
        A.append([x, y, 1, 0, 0, 0, -u * x, -u * y]); B.append(u)
        A.append([0, 0, 0, x, y, 1, -v * x, -v * y]); B.append(v)
    return np.linalg.solve(np.array(A, float), np.array(B, float)).tolist()

def save_pdf_image(imgs, path, dpi, quality=55):
    quality = min(quality, 45)
    pages = []
    for im in imgs:
        if im.mode == '1':
            pages.append(im)
        else:
            buf = io.BytesIO(); im.save(buf, 'JPEG', quality=quality); buf.seek(0)
            pages.append(Image.open(buf))
    pages[0].save(path, 'PDF', resolution=dpi, save_all=True, append_images=pages[1:],
                  creationDate=PINNED.timetuple(), modDate=PINNED.timetuple(), title='Scan', producer='Scan')

def src(no):
    return TMP / f'src-r6-{no:03d}.pdf'

def doc031(no=31):
    """Thailand (Buddhist-era date) payment voucher with WHT 3%; reportlab → scanned PDF."""
    rng = random.Random(631)
    payer = 'Chao Phraya Foods Public Company Limited'
    f = lambda x: fmt(x)
    L = []
    for i in range(5):
        g = ramt(rng, 2000, 95000)
        w = q(g / D('1.07') * D('0.03'))
        L.append(dict(ref=f'BKS{6903 + i * 11:06d}', kind='invoice', tax=f'TX-{rng.randint(10000, 99999)}', gross=g, w=w, paid=g - w))
    tot = total_of(L)
    story = [P('<b>CHAO PHRAYA FOODS PUBLIC COMPANY LIMITED</b>', size=13),
             P('99/4 Moo 7, Rama II Road, Samut Sakhon 74000 · Tax ID 0107558001442 (Head Office)', size=8),
             Spacer(1, 6 * mm), P('<b>PAYMENT VOUCHER / REMITTANCE ADVICE</b>', size=13, align=1), Spacer(1, 5 * mm),
             Table([['Pay to:', 'Bangkok Stainless Equipment Co., Ltd.', 'Date:', '05/03/2569 (B.E.)'],
                    ['Vendor code:', 'V10-4471', 'Transfer No.:', 'KBNK0503694471'],
                    ['', '', 'Currency:', 'THB']], colWidths=[26 * mm, 72 * mm, 26 * mm, 50 * mm],
                   style=[('FONTNAME', (0, 0), (-1, -1), 'DV'), ('FONTSIZE', (0, 0), (-1, -1), 9)]),
             Spacer(1, 5 * mm)]
    rows = [['No.', 'Invoice No.', 'Tax Invoice No.', 'Amount (incl. VAT)', 'WHT 3%', 'Net Payment']]
    for i, l in enumerate(L, 1):
        rows.append([str(i), l['ref'], l['tax'], f(l['gross']), f(l['w']), f(l['paid'])])
    rows.append(['', '', 'Total', f(sum(l['gross'] for l in L)), f(sum(l['w'] for l in L)), f(tot)])
    story.append(Table(rows, colWidths=[10 * mm, 32 * mm, 30 * mm, 36 * mm, 28 * mm, 36 * mm],
                       style=grid_style(size=9, right_from=3, extra=[('FONTNAME', (0, -1), (-1, -1), 'DVB')])))
    story += [Spacer(1, 5 * mm), P(f'Net amount transferred: ฿{f(tot)}', size=10),
              Spacer(1, 14 * mm), P('Prepared by ____________ &nbsp;&nbsp; Approved by ____________', size=9)]
    rl_doc(src(no), story, title='Payment voucher')
    img = degrade_scan(render(src(no), 200)[0], 31, angle=-0.9, blur=0.8, noise=7)
    save_pdf_image([img], OUT / f'r6-{no:03d}.pdf', 200, quality=50)
    truth(no, 'pdf', 'reportlab', True, payer, '2026-03-05', 'KBNK0503694471', 'THB', L)

def doc032(no=32):
    """Indonesia, faxed bukti transfer."""
    rng = random.Random(632)
    payer = 'PT Borneo Energi Persada'
    f = lambda x: fmt(x, '.', ',')
    L = []
    for i in range(4):
        g = D(rng.randint(20, 480) * 25000)
        L.append(dict(ref=f'KJS/INV/{2026}/{301 + i * 8:04d}', kind='invoice', po=f'PO-BEP-26-{441 + i}', gross=g, paid=g))
    L[2]['paid'] = L[2]['gross'] - D('1500000')
    tot = total_of(L)
    story = [P('<b>PT BORNEO ENERGI PERSADA</b>', size=14), P('Jl. Jend. Sudirman No. 88, Balikpapan 76114 — Telp. (0542) 887 441', size=9),
             Spacer(1, 8 * mm), P('<b>PEMBERITAHUAN PEMBAYARAN</b>', size=14, align=1), Spacer(1, 6 * mm),
             P('Kepada Yth.: PT Karya Jaya Sentosa<br/>Tanggal pembayaran: 10 Maret 2026<br/>No. Referensi Bank: MDR-100326-88417<br/>'
               'Mata uang: IDR', size=10, lead=15), Spacer(1, 6 * mm)]
    rows = [['No', 'No. Invoice', 'No. PO', 'Nilai Invoice', 'Dibayar']]
    for i, l in enumerate(L, 1):
        rows.append([str(i), l['ref'], l['po'], 'Rp ' + f(l['gross']), 'Rp ' + f(l['paid'])])
    rows.append(['', 'JUMLAH', '', '', 'Rp ' + f(tot)])
    story.append(Table(rows, colWidths=[10 * mm, 44 * mm, 32 * mm, 42 * mm, 42 * mm],
                       style=grid_style(size=10, right_from=3, head_bg=None, extra=[('FONTNAME', (0, -1), (-1, -1), 'DVB')])))
    story += [Spacer(1, 5 * mm), P('Catatan: invoice KJS/INV/2026/0317 dipotong Rp 1.500.000,00 (denda keterlambatan).', size=9)]
    rl_doc(src(no), story, title='Pemberitahuan pembayaran')
    img = degrade_fax(render(src(no), 200)[0], 32, '10/03/2026 14:12  FAX +62 542 887442   PT BORNEO ENERGI   P.001/001')
    save_pdf_image([img], OUT / f'r6-{no:03d}.pdf', 200)
    truth(no, 'pdf', 'reportlab', True, payer, '2026-03-10', 'MDR-100326-88417', 'IDR', L)

def doc033(no=33):
    """Czech fax, borderless monospace table (mainframe-like printout)."""
    rng = random.Random(633)
    payer = 'Moravská strojírna Olomouc a.s.'
    L = []
    for i in range(9):
        if i == 6:
            L.append(dict(ref='2026-DOB-0014', kind='credit_note', gross=D('-4812.00'), sk=D(0), paid=D('-4812.00')))
            continue
        g = ramt(rng, 2500, 98000, 100)
        L.append(dict(ref=f'2026-FA-{118 + i * 6:04d}', kind='invoice', gross=g, sk=D(0), paid=g))
    tot = total_of(L)
    f = lambda x: fmt(x, ' ', ',')
    out = ['**MORAVSKÁ STROJÍRNA OLOMOUC a.s.            Holická 1173/49, 779 00 Olomouc',
           'IČO 25874410                                 DIČ CZ25874410', '',
           '**OZNÁMENÍ O PLATBĚ', '',
           'Příjemce    : Slévárna Třinec Group s.r.o.',
           'Datum platby: 11.03.2026',
           'Číslo platby: 0011-260311-447',
           'Měna        : CZK', '',
           'Poř.  Interní doklad  Číslo faktury      Částka faktury      Uhrazeno',
           '----  --------------  -------------  ----------------  ------------']
    for i, l in enumerate(L, 1):
        out.append(f"{i:>4}  {'17' + str(2604410 + i * 7):<14}  {l['ref']:<13}  {f(l['gross']):>16}  {f(l['paid']):>12}")
    out += ['                                                        ------------',
            f"**{'Celkem uhrazeno Kč':>54}  {f(tot):>12}", '',
            'Dobropis 2026-DOB-0014 byl započten.', 'Vyřizuje: Ing. Dvořáková, tel. 585 114 471']
    mono_page(src(no), out, size=9, lead=13, top=60)
    img = degrade_fax(render(src(no), 200)[0], 33, '11.03.26 10:05  +420 585 114 400  MSO UCTARNA      S.01')
    save_pdf_image([img], OUT / f'r6-{no:03d}.pdf', 200)
    truth(no, 'pdf', 'reportlab', True, payer, '2026-03-11', '0011-260311-447', 'CZK', L)

def doc034(no=34):
    """Israel (English, ₪) cheque remittance stub photographed with a phone → JPG."""
    rng = random.Random(634)
    payer = 'Negev Solar Systems Ltd.'
    L = []
    for i in range(4):
        g = ramt(rng, 1500, 42000)
        L.append(dict(ref=f'2026-{5501 + i * 17}', kind='invoice', gross=g, paid=g))
    tot = total_of(L)
    f = lambda x: '₪' + fmt(x)
    story = [P('<b>NEGEV SOLAR SYSTEMS LTD.</b>', size=15), P('Emek Sara Industrial Zone, Be\'er Sheva · Co. No. 515884471', size=9),
             Spacer(1, 8 * mm), P('<b>CHEQUE REMITTANCE ADVICE</b>', size=14, align=1), Spacer(1, 6 * mm),
             Table([['Payee:', 'Haifa Cable & Wire Ltd.', 'Date:', '09/03/2026'], ['', '', 'Cheque No.:', '30018847']],
                   colWidths=[20 * mm, 80 * mm, 26 * mm, 48 * mm], style=[('FONTNAME', (0, 0), (-1, -1), 'DV'), ('FONTSIZE', (0, 0), (-1, -1), 10)]),
             Spacer(1, 6 * mm)]
    rows = [['Invoice', 'Invoice Amount', 'Paid']] + [[l['ref'], f(l['gross']), f(l['paid'])] for l in L] + [['Total', '', f(tot)]]
    story.append(Table(rows, colWidths=[60 * mm, 55 * mm, 55 * mm], style=grid_style(size=11, right_from=1,
                       extra=[('FONTNAME', (0, -1), (-1, -1), 'DVB'), ('TOPPADDING', (0, 0), (-1, -1), 5), ('BOTTOMPADDING', (0, 0), (-1, -1), 5)])))
    story += [Spacer(1, 8 * mm), P('Detach before depositing. Bank Hapoalim, branch 688.', size=9)]
    rl_doc(src(no), story, pagesize=(A4[0], A4[1] * 0.55), title='Cheque remittance')
    img = phone_photo(render(src(no), 170)[0], 34)
    img.save(OUT / f'r6-{no:03d}.jpg', 'JPEG', quality=72)
    truth(no, 'jpg', 'reportlab', True, payer, '2026-03-09', '30018847', 'ILS', L)

def doc035(no=35):
    """Romania: Writer letter-style aviz with table → scanned PNG."""
    rng = random.Random(635)
    payer = 'Dobrogea Logistic Grup S.R.L.'
    f = lambda x: fmt(x, '.', ',')
    L = []
    for i in range(4):
        g = ramt(rng, 700, 26000)
        L.append(dict(ref=f'DLG-{rng.randint(100, 999)}/{2026}', kind='invoice', gross=g, paid=g))
    L.append(dict(ref='DLG-188/2026', kind='credit_note', gross=D('-960.40'), paid=D('-960.40')))
    tot = total_of(L)
    rows = [[str(i), l['ref'], f(l['gross']), f(l['paid'])] for i, l in enumerate(L, 1)] + [['', 'Total', '', f(tot)]]
    h = f'''<html><head><meta charset="utf-8"><style>body{{font-family:"Liberation Serif";font-size:12pt}}</style></head><body>
<p><b>DOBROGEA LOGISTIC GRUP S.R.L.</b><br>Constanța, Str. Portului nr. 14 · CUI RO30118874</p>
<p align="center"><font size="4"><b>AVIZ DE PLATĂ</b></font></p>
<p>Către: Navrom Piese Auto S.R.L.<br>Data: 16.02.2026<br>Ordin de plată nr. 2214 · Banca Transilvania</p>
<p>Vă comunicăm că am achitat următoarele facturi:</p>
{wtable(['Nr.', 'Nr. factură', 'Valoare (lei)', 'Achitat (lei)'], rows, right_from=2, bold_last=True)}
<p>Factura DLG-188/2026 reprezintă o factură de stornare (minus).</p><p>Contabil,<br>Elena Stoica</p></body></html>'''
    writer_pdf(h, src(no))
    img = degrade_scan(render(src(no), 150)[0], 35, angle=1.2, blur=0.6, noise=3, dark=0.88, speckle=0.0002)
    img = Image.fromarray((np.asarray(img) // 16 * 16 + 8).astype(np.uint8), 'L')
    img.save(OUT / f'r6-{no:03d}.png', optimize=True)
    truth(no, 'png', 'libreoffice-writer', True, payer, '2026-02-16', '2214', 'RON', L)

def doc036(no=36):
    """Greece: Writer document, Greek headings, retention (κράτηση) column → scanned PDF."""
    rng = random.Random(636)
    payer = 'ΚΡΗΤΙΚΗ ΕΛΑΙΟΥΡΓΙΚΗ Α.Ε.'
    f = lambda x: fmt(x, '.', ',')
    L = []
    for i in range(5):
        g = ramt(rng, 800, 16000)
        k = q(g * D('0.1')) if i in (1, 3) else D(0)
        L.append(dict(ref=f'{rng.randint(1000, 9999)}/2026', kind='invoice', gross=g, k=k, paid=g - k))
    tot = total_of(L)
    rows = [[str(i), l['ref'], f(l['gross']), f(l['k']), f(l['paid'])] for i, l in enumerate(L, 1)] + [['', 'Σύνολο', '', '', f(tot)]]
    h = f'''<html><head><meta charset="utf-8"><style>body{{font-family:"DejaVu Serif";font-size:10.5pt}}</style></head><body>
<p><b>{payer}</b><br>ΒΙ.ΠΕ. Ηρακλείου, Οδός Γ΄ 12 · ΑΦΜ 099441870</p>
<p align="center"><font size="4"><b>ΑΝΑΛΥΣΗ ΠΛΗΡΩΜΗΣ</b></font></p>
<p>Προς: ΤΕΧΝΙΚΗ ΣΥΣΚΕΥΑΣΙΩΝ ΚΡΗΤΗΣ Ο.Ε.<br>Ημερομηνία: 02/03/2026<br>Αρ. εμβάσματος: ALPHA-020326-5541<br>Νόμισμα: EUR</p>
{wtable(['Α/Α', 'Αρ. Τιμολογίου', 'Ποσό τιμολογίου', 'Κράτηση 10%', 'Καταβλητέο'], rows, right_from=2, bold_last=True)}
<p>Η κράτηση 10% αποδίδεται με την οριστική παραλαβή του εξοπλισμού.</p></body></html>'''
    writer_pdf(h, src(no))
    img = degrade_scan(render(src(no), 200)[0], 36, angle=0.5, blur=0.9, noise=7)
    save_pdf_image([img], OUT / f'r6-{no:03d}.pdf', 200, quality=50)
    truth(no, 'pdf', 'libreoffice-writer', True, payer, '2026-03-02', 'ALPHA-020326-5541', 'EUR', L)

def doc037(no=37):
    """Kenya: Calc remittance with WHT 3% + withholding VAT 2% → scanned PDF."""
    rng = random.Random(637)
    payer = 'Mombasa Cement Distributors Ltd'
    f = lambda x: fmt(x)
    L = []
    for i in range(6):
        g = ramt(rng, 12000, 480000, 100)
        net = q(g / D('1.16'))
        wv = q(net * D('0.02'))
        L.append(dict(ref=f'RFT{2026}{i * 19 + 311:05d}', kind='invoice', lpo=f'LPO/{881 + i}', gross=g, wv=wv, paid=g - wv))
    tot = total_of(L)
    wb = new_wb('Remittance')
    hdr = ['MOMBASA CEMENT DISTRIBUTORS LTD', 'Shimanzi Road, P.O. Box 90441-80100 Mombasa · PIN P051441882Z', '',
           'REMITTANCE ADVICE', '', 'Supplier: Rift Valley Transporters Ltd', 'Payment date: 04/03/2026',
           'EFT Ref: EFT/MCD/26/0304/12', 'Currency: KES', '']
    rows = [[l['lpo'], l['ref'], f(l['gross']), f(l['wv']), f(l['paid'])] for l in L]
    rows.append(['', 'TOTAL', f(sum(l['gross'] for l in L)), f(sum(l['wv'] for l in L)), f(tot)])
    ws, hr_, first, end = calc_sheet(wb, hdr, ['LPO No.', 'Invoice No.', 'Invoice Amount', 'W/VAT 2%', 'Net Paid'], rows,
                                     [13, 17, 17, 14, 17], num_cols=(2, 3, 4), bold_rows=(-1,), head_fill='FCE4D6')
    ws.cell(row=4, column=1).font = Font(name='DejaVu Sans', bold=True, size=12)
    fit_width(ws)
    calc_pdf(wb, src(no))
    img = degrade_scan(render(src(no), 200)[0], 37, angle=-0.4, blur=0.7, noise=6)
    save_pdf_image([img], OUT / f'r6-{no:03d}.pdf', 200, quality=50)
    truth(no, 'pdf', 'libreoffice-calc', True, payer, '2026-03-04', 'EFT/MCD/26/0304/12', 'KES', L)

def doc038(no=38):
    """UAE (AED), English/Arabic Calc payment advice with retention → scanned PDF."""
    rng = random.Random(638)
    payer = 'Emirates Cold Chain Logistics LLC'
    f = lambda x: fmt(x)
    L = []
    for i in range(5):
        g = ramt(rng, 2500, 74000)
        r = q(g * D('0.05')) if i < 3 else D(0)
        L.append(dict(ref=f'TI-{26}{i * 23 + 1004:05d}', kind='invoice', gross=g, r=r, paid=g - r))
    tot = total_of(L)
    wb = new_wb('Payment Advice')
    hdr = ['Emirates Cold Chain Logistics LLC', 'الإمارات لسلسلة التبريد ش.ذ.م.م — Dubai Investments Park 2, Dubai', '',
           'PAYMENT ADVICE  إشعار دفع', '', 'Beneficiary / المستفيد: Sharjah Insulated Panels Factory',
           'Date / التاريخ: 10/03/2026', 'Bank Ref. / مرجع البنك: ENBD260310774120', 'Currency / العملة: AED', '']
    rows = [[l['ref'], f(l['gross']), f(l['r']), f(l['paid'])] for l in L]
    rows.append(['Total / المجموع', f(sum(l['gross'] for l in L)), f(sum(l['r'] for l in L)), f(tot)])
    ws, hr_, first, end = calc_sheet(wb, hdr, ['Tax Invoice No.\nرقم الفاتورة الضريبية', 'Invoice Amount\nقيمة الفاتورة',
                                               'Retention 5%\nمحتجز', 'Amount Paid\nالمبلغ المدفوع'], rows,
                                     [22, 18, 16, 18], num_cols=(1, 2, 3), bold_rows=(-1,))
    ws.row_dimensions[hr_].height = 32
    ws.cell(row=4, column=1).font = Font(name='DejaVu Sans', bold=True, size=12)
    fit_width(ws)
    calc_pdf(wb, src(no))
    img = degrade_scan(render(src(no), 250)[0], 38, angle=0.8, blur=1.0, noise=6)
    img = img.resize((img.width * 4 // 5, img.height * 4 // 5), Image.LANCZOS)
    save_pdf_image([img], OUT / f'r6-{no:03d}.pdf', 200, quality=50)
    truth(no, 'pdf', 'libreoffice-calc', True, payer, '2026-03-10', 'ENBD260310774120', 'AED', L)

def doc039(no=39):
    """Tradeshift payment notice (New Zealand) → scanned PDF."""
    rng = random.Random(639)
    payer = 'Canterbury Plains Dairy Ltd'
    f = lambda x: fmt(x)
    L = []
    for i in range(5):
        g = ramt(rng, 300, 12000)
        L.append(dict(ref=f'SCH{4471 + i * 3}', kind='invoice', gross=g, paid=g))
    L.append(dict(ref='SCH-CR-0091', kind='credit_note', gross=D('-287.50'), paid=D('-287.50')))
    tot = total_of(L)
    css = '''.ts{background:#1a2a3a;color:#fff;padding:10px 14px;font-size:15px} .t{width:100%;margin-top:12px;font-size:12px}
    .t th{border-bottom:2px solid #333;padding:6px;text-align:left} .t td{padding:6px;border-bottom:1px solid #ccc} body{font-size:12px}'''
    body = f'''<div class="ts">Tradeshift &nbsp;·&nbsp; Payment notice</div>
<p style="font-size:13px"><b>{payer}</b><br>1120 Main South Road, Templeton, Christchurch 8042</p>
<p>Paid to: Selwyn Cleaning Chemicals Ltd<br>Payment date: 27/02/2026<br>Payment reference: CPD-DC-260227-14<br>Currency: NZD</p>
{htable(['Document', 'Type', 'Document total', 'Paid'], [[l['ref'], 'Credit note' if l['kind'] == 'credit_note' else 'Invoice',
        '$' + f(l['gross']), '$' + f(l['paid'])] for l in L], right_from=2, foot=[['', '', 'Total paid', '$' + f(tot)]])}'''
    chromium_pdf(page(css, body), src(no))
    img = degrade_scan(render(src(no), 150)[0], 39, angle=-1.4, blur=0.5, noise=6)
    save_pdf_image([img], OUT / f'r6-{no:03d}.pdf', 150, quality=55)
    truth(no, 'pdf', 'chromium', True, payer, '2026-02-27', 'CPD-DC-260227-14', 'NZD', L)

def doc040(no=40):
    """Québec health network AP portal avis de paiement (French) → scanned PDF."""
    rng = random.Random(640)
    payer = 'Centre intégré de santé des Laurentides'
    f = lambda x: fmt(x, ' ', ',') + ' $'
    L = []
    for i in range(7):
        g = ramt(rng, 150, 9800)
        L.append(dict(ref=f'{2026}{i * 41 + 10233:06d}', kind='invoice', bc=f'BC{44180 + i}', gross=g, paid=g))
    L[4]['kind'] = 'credit_note'; L[4]['ref'] = 'NC-2026-0007'; L[4]['gross'] = -L[4]['gross']; L[4]['paid'] = L[4]['gross']; L[4]['bc'] = ''
    tot = total_of(L)
    css = '''.b{background:#095797;color:#fff;padding:9px 12px;font-size:15px} .t{width:100%;margin-top:10px;font-size:11.5px}
    .t th{background:#e8eef5;padding:6px;text-align:left;border:1px solid #aab} .t td{padding:6px;border:1px solid #ccd} body{font-size:12px}'''
    body = f'''<div class="b">Portail fournisseurs · Avis de paiement</div>
<p><b>{payer}</b><br>Direction des ressources financières — 500, boul. des Laurentides, Saint-Jérôme (Québec) J7Z 4M2</p>
<p>Fournisseur : Laboratoires Médisol inc. (n° 70441)<br>Date de paiement : 2026-03-12<br>N° de dépôt direct : DD-0448120<br>Devise : CAD</p>
{htable(['N° de facture', 'Bon de commande', 'Montant facturé', 'Montant payé'], [[l['ref'], l['bc'], f(l['gross']), f(l['paid'])] for l in L],
        right_from=2, foot=[['', 'Total du paiement', '', f(tot)]])}
<p style="font-size:10px">Les montants négatifs correspondent à des notes de crédit appliquées.</p>'''
    chromium_pdf(page(css, body), src(no))
    img = degrade_scan(render(src(no), 200)[0], 40, angle=0.3, blur=0.8, noise=8, dark=0.85)
    save_pdf_image([img], OUT / f'r6-{no:03d}.pdf', 200, quality=45)
    truth(no, 'pdf', 'chromium', True, payer, '2026-03-12', 'DD-0448120', 'CAD', L)

# =============================================================== main
def main():
    if TMP.exists():
        shutil.rmtree(TMP)
    TMP.mkdir(parents=True)
    for p in OUT.glob('r6-*'):
        p.unlink()
    (OUT / 'truth.jsonl').unlink(missing_ok=True)
    for fn in [doc001, doc002, doc003, doc004, doc005, doc006, doc007, doc008, doc009, doc010,
               doc011, doc012, doc013, doc014, doc015, doc016, doc017, doc018, doc019, doc020,
               doc021, doc022, doc023, doc024, doc025, doc026, doc027, doc028, doc029, doc030,
               doc031, doc032, doc033, doc034, doc035, doc036, doc037, doc038, doc039, doc040]:
        fn()
    TRUTH.sort(key=lambda t: t['file'])
    assert len(TRUTH) == 40
    with open(OUT / 'truth.jsonl', 'w', encoding='utf-8') as fh:
        for t in TRUTH:
            fh.write(json.dumps(t, ensure_ascii=False) + '\n')

if __name__ == '__main__':
    main()
