"""R8 remittance-advice holdout set. Deterministic. Run: /work/main/.venv/bin/python make.py"""
import os, sys, json, random, subprocess, shutil, datetime as dt, io
from decimal import Decimal as D
from email.message import EmailMessage
from email.utils import format_datetime
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4, letter
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
import openpyxl
from openpyxl.styles import Font
from PIL import Image, ImageFilter
import numpy as np

OUT = os.path.dirname(os.path.abspath(__file__))
SRC = "/tmp/r8-src"
os.makedirs(SRC, exist_ok=True)
FD = "/usr/share/fonts/truetype/dejavu/"
pdfmetrics.registerFont(TTFont("DV", FD + "DejaVuSans.ttf"))
pdfmetrics.registerFont(TTFont("DVB", FD + "DejaVuSans-Bold.ttf"))
pdfmetrics.registerFont(TTFont("DVS", FD + "DejaVuSerif.ttf"))
pdfmetrics.registerFont(TTFont("DVSB", FD + "DejaVuSerif-Bold.ttf"))
pdfmetrics.registerFont(TTFont("DVM", FD + "DejaVuSansMono.ttf"))
pdfmetrics.registerFont(TTFont("DVMB", FD + "DejaVuSansMono-Bold.ttf"))
Q = D("0.01")

# ---------------------------------------------------------------- numbers/dates
def group(intpart, sep, indian=False):
    s = str(intpart)
    if indian and len(s) > 3:
        head, tail = s[:-3], s[-3:]
        parts = []
        while len(head) > 2:
            parts.insert(0, head[-2:]); head = head[:-2]
        if head: parts.insert(0, head)
        return sep.join(parts + [tail])
    out = []
    while len(s) > 3:
        out.insert(0, s[-3:]); s = s[:-3]
    out.insert(0, s)
    return sep.join(out)

STY = {"us": (",", "."), "de": (".", ","), "fr": (" ", ","), "ch": ("'", "."), "in": (",", "."),
       "plain": ("", "."), "plainc": ("", ","), "se": (" ", ",")}

def fmt(x, sty="us", dec=2, neg="-"):
    th, dp = STY[sty]
    a = abs(x)
    q = a.quantize(D(1) if dec == 0 else Q)
    ip = int(q)
    s = group(ip, th, sty == "in") if th else str(ip)
    if dec:
        s += dp + ("%.2f" % q).split(".")[1]
    if x < 0:
        s = {"-": "-" + s, "()": "(" + s + ")", "trail": s + "-", "CR": s + " CR"}[neg]
    return s

def dfmt(d, f):
    return d.strftime(f)

# ---------------------------------------------------------------- line generator
def mklines(seed, n, inv, cn=None, n_cn=0, po=None, n_po=0, lo=150, hi=9000, disc=None, wht=None,
            dec=2, base=dt.date(2024, 9, 1)):
    r = random.Random(seed)
    kinds = ["invoice"] * (n - n_cn - n_po) + ["purchase_order"] * n_po + ["credit_note"] * n_cn
    r.shuffle(kinds)
    if kinds and kinds[0] == "credit_note":  # start with an invoice, as most advices do
        i = kinds.index("invoice"); kinds[0], kinds[i] = kinds[i], kinds[0]
    L = []
    used = set()
    for k in kinds:
        while True:
            ref = {"invoice": inv, "credit_note": cn, "purchase_order": po}[k](r)
            if ref not in used: used.add(ref); break
        if dec == 0:
            g = D(r.randint(lo, hi))
        else:
            g = D(r.randint(lo * 100, hi * 100)) / 100
        dsc = D(0); w = D(0)
        if k == "credit_note":
            g = -(g / 4).quantize(D(1) if dec == 0 else Q)
        else:
            if disc and r.random() < 0.7:
                dsc = (g * D(disc) / 100).quantize(D(1) if dec == 0 else Q)
            if wht:
                w = (g * D(wht) / 100).quantize(D(1) if dec == 0 else Q)
        d = base - dt.timedelta(days=r.randint(10, 75))
        L.append(dict(ref=ref, kind=k, gross=g, disc=dsc, wht=w, paid=g - dsc - w, date=d,
                      voucher=str(r.randint(1000000, 9999999)), po="45" + str(r.randint(10000000, 99999999)),
                      doc=str(r.randint(100000, 999999)), due=d + dt.timedelta(days=30)))
    return L

def total(L):
    return sum((l["paid"] for l in L), D(0))

# ---------------------------------------------------------------- renderers
def rl_render(path, doc):
    ps = doc.get("pagesize", A4)
    W, H = ps
    c = canvas.Canvas(path, pagesize=ps)
    c.setTitle(doc["title"])
    fn, fb = doc.get("fonts", ("DV", "DVB"))
    fs = doc.get("fs", 8.5)
    cols = doc["cols"]  # (header, func, x, align)
    rows = [[f(l) for (_, f, _, _) in cols] for l in doc["L"]]
    rpp = doc.get("rpp", 100)
    chunks = [rows[i:i + rpp] for i in range(0, len(rows), rpp)]
    lchunks = [doc["L"][i:i + rpp] for i in range(0, len(rows), rpp)]
    npg = len(chunks)
    carried = D(0)
    for p, (ch, lch) in enumerate(zip(chunks, lchunks)):
        y = H - 50
        if p == 0 or doc.get("repeat_head", True):
            for j, t in enumerate(doc["head"]):
                c.setFont(fb if j == 0 else fn, 14 if j == 0 else 9)
                c.drawString(45, y, t); y -= 18 if j == 0 else 12
            y -= 6
            for k, v in doc["info"]:
                c.setFont(fb, 8.5); c.drawString(45, y, k)
                c.setFont(fn, 8.5); c.drawString(45 + doc.get("kw", 120), y, v); y -= 12
            y -= 8
        if npg > 1:
            c.setFont(fn, 8); c.drawRightString(W - 45, H - 30, doc["lab"]["page"].format(p + 1, npg))
        if p > 0 and "carried" in doc["lab"]:
            c.setFont(fn, fs); c.drawString(cols[0][2], y, doc["lab"]["carried"])
            c.drawRightString(doc["sumx"], y, doc["F"](carried)); y -= 14
        c.setFont(fb, fs)
        for (h, _, x, a) in cols:
            (c.drawRightString if a == "r" else c.drawString)(x, y, h)
        y -= 4; c.line(45, y, W - 45, y); y -= 11
        c.setFont(fn, fs)
        for row in ch:
            for (h, _, x, a), v in zip(cols, row):
                (c.drawRightString if a == "r" else c.drawString)(x, y, v)
            y -= fs + 4.5
        c.line(45, y + 6, W - 45, y + 6); y -= 8
        sub = total(lch); carried += sub
        if npg > 1 and p < npg - 1:
            c.setFont(fb, fs); c.drawString(cols[0][2], y, doc["lab"]["sub"])
            c.drawRightString(doc["sumx"], y, doc["F"](sub)); y -= 14
            if "cf" in doc["lab"]:
                c.setFont(fn, fs); c.drawString(cols[0][2], y, doc["lab"]["cf"])
                c.drawRightString(doc["sumx"], y, doc["F"](carried))
            c.showPage(); continue
        if npg > 1:
            c.setFont(fb, fs); c.drawString(cols[0][2], y, doc["lab"]["sub"])
            c.drawRightString(doc["sumx"], y, doc["F"](sub)); y -= 14
        c.setFont(fb, fs + 1); c.drawString(cols[0][2], y, doc["lab"]["total"])
        c.drawRightString(doc["sumx"], y, doc["F"](total(doc["L"]))); y -= 26
        c.setFont(fn, 8)
        for t in doc.get("foot", []):
            c.drawString(45, y, t); y -= 11
        c.showPage()
    c.save()

def html_table(doc, rows_L, cls=""):
    cols = doc["cols"]
    h = "<table class='t %s'><thead><tr>%s</tr></thead><tbody>" % (
        cls, "".join("<th class='%s'>%s</th>" % (a, hd) for hd, _, _, a in cols))
    for l in rows_L:
        h += "<tr>" + "".join("<td class='%s'>%s</td>" % (a, f(l)) for _, f, _, a in cols) + "</tr>"
    return h + "</tbody>"

def html_render(doc):
    cols = doc["cols"]; n = len(cols)
    sc = doc.get("sumcol", n - 1)
    def srow(label, val, cls="sub"):
        return "<tr class='%s'><td colspan='%d'>%s</td><td class='r'>%s</td>%s</tr>" % (
            cls, sc, label, doc["F"](val), "<td></td>" * (n - sc - 1))
    body = doc.get("pre", "")
    rpp = doc.get("rpp", 100)
    L = doc["L"]; chunks = [L[i:i + rpp] for i in range(0, len(L), rpp)]
    carried = D(0)
    for p, ch in enumerate(chunks):
        if len(chunks) > 1 and p > 0:
            body += "<div class='pb'></div>" + doc.get("rephead", "")
        if len(chunks) > 1:
            body += "<div class='pg'>%s</div>" % doc["lab"]["page"].format(p + 1, len(chunks))
        t = html_table(doc, ch)
        if p > 0 and "carried" in doc["lab"]:
            t = t.replace("<tbody>", "<tbody>" + srow(doc["lab"]["carried"], carried, "cf"), 1)
        carried += total(ch)
        if len(chunks) > 1:
            t += "<tfoot>" + srow(doc["lab"]["sub"], total(ch))
        else:
            t += "<tfoot>"
        if p == len(chunks) - 1:
            t += srow(doc["lab"]["total"], total(L), "tot")
        body += t + "</tfoot></table>"
    body += doc.get("post", "")
    return ("<!DOCTYPE html><html lang='%s'><head><meta charset='utf-8'><title>%s</title><style>%s"
            " .r{text-align:right} .l{text-align:left} .pb{page-break-after:always} .tot td{font-weight:bold}"
            "</style></head><body>%s</body></html>") % (doc.get("lang", "en"), doc["title"], doc.get("css", ""), body)

def chromium_pdf(html, pdf):
    tmp = "/tmp/r8-chr"; os.makedirs(tmp, exist_ok=True)
    hp = os.path.join(tmp, os.path.basename(pdf) + ".html")
    open(hp, "w", encoding="utf-8").write(html)
    subprocess.run(["/usr/bin/chromium", "--headless", "--no-sandbox", "--disable-gpu", "--user-data-dir=/tmp/r8-chr/ud",
                    "--no-pdf-header-footer", "--print-to-pdf=" + pdf, "file://" + hp],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

def soffice(src, filt, outdir):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/r8-lo", "--headless"] +
                   (["--infilter=" + filt[0]] if filt[0] else []) +
                   ["--convert-to", filt[1], "--outdir", outdir, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

def writer_pdf(html, pdf):
    tmp = "/tmp/r8-wr"; os.makedirs(tmp, exist_ok=True)
    base = os.path.splitext(os.path.basename(pdf))[0]
    hp = os.path.join(tmp, base + ".html")
    open(hp, "w", encoding="utf-8").write(html)
    soffice(hp, ("HTML (StarWriter)", "pdf:writer_pdf_Export"), tmp)
    shutil.move(os.path.join(tmp, base + ".pdf"), pdf)

def xlsx_build(path, doc):
    wb = openpyxl.Workbook(); ws = wb.active; ws.title = doc.get("sheet", "Sheet1")
    r = 1
    for j, t in enumerate(doc["head"]):
        ws.cell(r, 1, t).font = Font(bold=(j == 0), size=13 if j == 0 else 10); r += 1
    r += 1
    for k, v in doc["info"]:
        ws.cell(r, 1, k).font = Font(bold=True); ws.cell(r, 2, v); r += 1
    r += 1
    cols = doc["xcols"]  # (header, func, numfmt or None, width)
    for i, (h, _, _, w) in enumerate(cols):
        ws.cell(r, i + 1, h).font = Font(bold=True)
        ws.column_dimensions[openpyxl.utils.get_column_letter(i + 1)].width = w
    r += 1
    for l in doc["L"]:
        for i, (_, f, nf, _) in enumerate(cols):
            v = f(l)
            c = ws.cell(r, i + 1, v)
            if nf: c.number_format = nf
        r += 1
    sc = doc["xsumcol"]
    ws.cell(r, 1, doc["lab"]["total"]).font = Font(bold=True)
    c = ws.cell(r, sc + 1, float(total(doc["L"])) if doc.get("xfloat", True) else total(doc["L"]))
    c.font = Font(bold=True); c.number_format = cols[sc][2] or "General"
    r += 2
    for t in doc.get("foot", []):
        ws.cell(r, 1, t); r += 1
    ws.page_setup.orientation = doc.get("orient", "portrait")
    ws.page_setup.fitToWidth = 1; ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    wb.save(path)

def calc_pdf(doc, pdf):
    tmp = "/tmp/r8-calc"; os.makedirs(tmp, exist_ok=True)
    base = os.path.splitext(os.path.basename(pdf))[0]
    xp = os.path.join(tmp, base + ".xlsx")
    xlsx_build(xp, doc)
    soffice(xp, (None, "pdf:calc_pdf_Export"), tmp)
    shutil.move(os.path.join(tmp, base + ".pdf"), pdf)

def scanify(src_pdf, out_pdf, seed, dpi):
    r = random.Random(seed); rs = np.random.RandomState(seed)
    pre = "/tmp/r8-scan/" + os.path.basename(out_pdf)
    os.makedirs("/tmp/r8-scan", exist_ok=True)
    subprocess.run(["pdftoppm", "-r", str(dpi), "-gray", "-png", src_pdf, pre], check=True)
    pages = sorted(p for p in os.listdir("/tmp/r8-scan") if p.startswith(os.path.basename(out_pdf)) and p.endswith(".png"))
    imgs = []
    for p in pages:
        im = Image.open("/tmp/r8-scan/" + p).convert("L")
        ang = r.uniform(-1.5, 1.5)
        im = im.rotate(ang, resample=Image.BICUBIC, expand=False, fillcolor=250)
        im = im.filter(ImageFilter.GaussianBlur(r.uniform(0.5, 1.0)))
        a = np.asarray(im).astype(np.float32)
        a = a * r.uniform(0.88, 0.95) + r.uniform(8, 18)  # grey paper, lighter blacks
        a += rs.normal(0, r.uniform(5, 9), a.shape)
        a = np.clip(a, 0, 255).astype(np.uint8)
        im = Image.fromarray(a)
        buf = io.BytesIO(); im.save(buf, "JPEG", quality=r.randint(55, 72)); buf.seek(0)
        imgs.append(Image.open(buf).convert("L"))
        os.remove("/tmp/r8-scan/" + p)
    imgs[0].save(out_pdf, "PDF", resolution=float(dpi), save_all=True, append_images=imgs[1:])

# ---------------------------------------------------------------- documents
TRUTH = []
def add(file, tool, scan, payer, date, ref, cur, L):
    TRUTH.append(dict(file=file, tool=tool, scan=scan, payer=payer, payment_date=date, reference=ref, currency=cur,
                      total=str(total(L)),
                      lines=[dict(invoice_ref=l["ref"], paid_amount=str(l["paid"]), kind=l["kind"]) for l in L]))

P = lambda n: os.path.join(OUT, n)
ri = lambda a, b: (lambda r: str(r.randint(a, b)))

# ---- 001 reportlab: German ERP Zahlungsavis, Skonto
L = mklines(801, 7, lambda r: "90%06d" % r.randint(100000, 399999), lambda r: "GS-%05d" % r.randint(10000, 99999), 1,
            disc=2)
F = lambda x: fmt(x, "de", neg="trail")
rl_render(P("r8-001.pdf"), dict(title="Zahlungsavis", L=L, F=F, sumx=550,
    head=["Zahlungsavis", "Brandauer Haustechnik GmbH · Industriestraße 14 · 85748 Garching bei München",
          "USt-IdNr. DE287411903"],
    info=[("Zahlungsempfänger:", "Norvik Components Deutschland GmbH, Hamburg"), ("Kreditorennummer:", "700418"),
          ("Zahlungsbelegnr.:", "ZA-2024-118342"), ("Ausführungsdatum:", "18.09.2024"), ("Währung:", "EUR"),
          ("Bankverbindung:", "DE44 7002 0270 0015 7733 91")],
    cols=[("Beleg-Nr.", lambda l: l["voucher"][:7], 45, "l"), ("Ihre Rechnung", lambda l: l["ref"], 105, "l"),
          ("Belegdatum", lambda l: dfmt(l["date"], "%d.%m.%Y"), 185, "l"),
          ("Brutto", lambda l: F(l["gross"]), 330, "r"), ("Skonto", lambda l: F(l["disc"]), 400, "r"),
          ("Abzug", lambda l: "0,00", 460, "r"), ("Zahlbetrag", lambda l: F(l["paid"]), 550, "r")],
    lab=dict(total="Summe Zahlbetrag EUR"),
    foot=["Wir haben den oben genannten Betrag auf Ihr Konto überwiesen.",
          "Bei Rückfragen: kreditorenbuchhaltung@brandauer-ht.de · Tel. +49 89 3209 118-0"]))
add("r8-001.pdf", "reportlab", False, "Brandauer Haustechnik GmbH", "2024-09-18", "ZA-2024-118342", "EUR", L)

# ---- 002 reportlab: US multi-page ERP advice, 20 lines
L = mklines(802, 20, lambda r: "SI%07d" % r.randint(2400000, 2499999), lambda r: "CM%07d" % r.randint(2400000, 2499999), 2,
            lo=80, hi=4800, disc=1)
F = lambda x: fmt(x, "us", neg="()")
hd = ["REMITTANCE ADVICE", "Calloway Freight & Industrial Supply, Inc.  |  2200 Riverbend Pkwy, Columbus, OH 43215",
      "Accounts Payable Dept. - ap@callowayfis.com"]
rl_render(P("r8-002.pdf"), dict(title="Remittance Advice", L=L, F=F, sumx=560, pagesize=letter, rpp=11, fs=8,
    head=hd, info=[("Pay to:", "Norvik Components USA LLC"), ("Vendor ID:", "V-0031877"), ("Payment Method:", "ACH CCD+"),
                   ("Payment No.:", "ACH00058215"), ("Payment Date:", "09/20/2024"), ("Currency:", "USD")],
    cols=[("Voucher", lambda l: l["voucher"], 45, "l"), ("Invoice Number", lambda l: l["ref"], 100, "l"),
          ("Inv Date", lambda l: dfmt(l["date"], "%m/%d/%Y"), 180, "l"), ("PO Number", lambda l: l["po"], 240, "l"),
          ("Gross Amt", lambda l: F(l["gross"]), 380, "r"), ("Disc Taken", lambda l: F(l["disc"]), 450, "r"),
          ("Net Paid", lambda l: F(l["paid"]), 560, "r")],
    lab=dict(page="Page {} of {}", sub="Page Subtotal", cf="Balance Carried Forward", carried="Balance Brought Forward",
             total="TOTAL PAYMENT USD"),
    foot=["Questions regarding this payment? Contact AP Help Desk 1-614-555-0147 and reference the payment number."]))
add("r8-002.pdf", "reportlab", False, "Calloway Freight & Industrial Supply, Inc.", "2024-09-20", "ACH00058215", "USD", L)

# ---- 003 reportlab: Brazil aviso de pagamento, retenções
L = mklines(803, 5, lambda r: "NF-e %06d" % r.randint(10000, 99999), wht=D("1.5"), lo=900, hi=30000)
F = lambda x: fmt(x, "de")
rl_render(P("r8-003.pdf"), dict(title="Aviso de Pagamento", L=L, F=F, sumx=550, fonts=("DVS", "DVSB"),
    head=["AVISO DE PAGAMENTO A FORNECEDOR", "Construtora Ipê Amarelo S.A. — CNPJ 12.418.907/0001-36",
          "Av. Brigadeiro Faria Lima, 3144 — São Paulo/SP"],
    info=[("Fornecedor:", "Norvik Componentes do Brasil Ltda."), ("Código fornecedor:", "F-20877"),
          ("Data do pagamento:", "25/09/2024"), ("Nº do lote:", "LP-0917/24"), ("Moeda:", "BRL (R$)")],
    cols=[("Documento", lambda l: l["ref"], 45, "l"), ("Emissão", lambda l: dfmt(l["date"], "%d/%m/%Y"), 130, "l"),
          ("Vencimento", lambda l: dfmt(l["due"], "%d/%m/%Y"), 190, "l"),
          ("Valor bruto", lambda l: F(l["gross"]), 320, "r"), ("IRRF 1,5%", lambda l: F(l["wht"]), 390, "r"),
          ("Desconto", lambda l: F(l["disc"]), 450, "r"), ("Valor líquido", lambda l: F(l["paid"]), 550, "r")],
    lab=dict(total="Total líquido pago R$"),
    foot=["Pagamento efetuado via TED para Banco Itaú, ag. 0912, c/c 44821-7.",
          "Os comprovantes de retenção serão enviados no fechamento do mês."]))
add("r8-003.pdf", "reportlab", False, "Construtora Ipê Amarelo S.A.", "2024-09-25", "LP-0917/24", "BRL", L)

# ---- 004 reportlab: India, TDS, lakh grouping
L = mklines(804, 6, lambda r: "NCI/24-25/%04d" % r.randint(1000, 4999), lambda r: "NCI/CN/24-25/%03d" % r.randint(10, 300), 1,
            wht=2, lo=5000, hi=450000)
F = lambda x: fmt(x, "in")
rl_render(P("r8-004.pdf"), dict(title="Payment Advice", L=L, F=F, sumx=555, kw=110,
    head=["PAYMENT ADVICE", "Shreeji Electro Engineering Pvt. Ltd., Plot 41, MIDC Bhosari, Pune 411026",
          "GSTIN 27AAKCS4471M1Z8  |  CIN U31900PN2009PTC134211"],
    info=[("To:", "Norvik Components India Pvt. Ltd."), ("UTR No.:", "HDFCR52024091912345678"),
          ("Value Date:", "19-Sep-2024"), ("Amount (INR):", fmt(total(L), "in")), ("Mode:", "RTGS")],
    cols=[("Sr.", lambda l: str(L.index(l) + 1), 45, "l"), ("Bill No.", lambda l: l["ref"], 65, "l"),
          ("Bill Date", lambda l: dfmt(l["date"], "%d-%b-%Y"), 170, "l"),
          ("Bill Amt", lambda l: F(l["gross"]), 300, "r"), ("TDS u/s 194Q", lambda l: F(l["wht"]), 380, "r"),
          ("Other Ded.", lambda l: "-", 450, "r"), ("Net Amount", lambda l: F(l["paid"]), 555, "r")],
    lab=dict(total="Total"),
    foot=["TDS has been deducted @2% and will be reflected in Form 26AS. This is a computer generated advice."]))
add("r8-004.pdf", "reportlab", False, "Shreeji Electro Engineering Pvt. Ltd.", "2024-09-19", "HDFCR52024091912345678", "INR", L)

# ---- 005 reportlab: UK bank payment notification
L = mklines(805, 3, lambda r: "INV-UK-%06d" % r.randint(300000, 399999), lo=400, hi=6000)
F = lambda x: fmt(x, "us")
rl_render(P("r8-005.pdf"), dict(title="Payment notification", L=L, F=F, sumx=520, fonts=("DVM", "DVMB"), kw=150,
    head=["Harcourt & Lyle Bank plc", "Corporate Payments  -  Payment Notification", "This notice is sent on behalf of our customer"],
    info=[("Ordering customer:", "Pennine Valley Water Services Ltd"), ("Beneficiary:", "NORVIK COMPONENTS UK LTD"),
          ("Beneficiary account:", "20-45-77 83019942"), ("Payment type:", "Faster Payment"),
          ("Our reference:", "FP24263-0087114"), ("Date of payment:", "19 September 2024"), ("Currency:", "GBP")],
    cols=[("Customer remittance details", lambda l: "PAYMENT FOR " + l["ref"], 45, "l"),
          ("Amount GBP", lambda l: F(l["paid"]), 520, "r")],
    lab=dict(total="Total amount credited"),
    foot=["Please do not reply to this message. Harcourt & Lyle Bank plc is authorised by the Prudential Regulation Authority."]))
add("r8-005.pdf", "reportlab", False, "Pennine Valley Water Services Ltd", "2024-09-19", "FP24263-0087114", "GBP", L)

# ---- 006 writer: French small business letter
L = mklines(806, 4, lambda r: "FA24-%05d" % r.randint(10000, 19999), lambda r: "AV24-%04d" % r.randint(100, 999), 1, lo=120, hi=3500)
F = lambda x: fmt(x, "fr") + " €"
doc = dict(title="Avis de règlement", L=L, F=F, lang="fr", sumcol=3,
    css="body{font-family:'Liberation Serif';font-size:11pt} table{border-collapse:collapse;width:100%} td,th{border:1px solid #000;padding:3px}",
    pre="<p><b>Boulangerie-Pâtisserie Le Fournil de Léa</b><br>12 rue des Tanneurs<br>67000 Strasbourg</p>"
        "<p style='margin-left:300px'>Norvik Components France SAS<br>Service Comptabilité Clients<br>Zone Eurofret, 67100 Strasbourg</p>"
        "<p style='margin-left:300px'>Strasbourg, le 23 septembre 2024</p>"
        "<p><b>Objet : avis de règlement – virement du 23/09/2024</b></p><p>Madame, Monsieur,</p>"
        "<p>Veuillez trouver ci-dessous le détail de notre virement d'un montant de " + F(total(L)) +
        " effectué ce jour, en règlement des factures suivantes (déduction faite de votre avoir) :</p>",
    cols=[("N° facture", lambda l: l["ref"], 0, "l"), ("Date", lambda l: dfmt(l["date"], "%d/%m/%Y"), 0, "l"),
          ("Montant TTC", lambda l: F(l["gross"]), 0, "r"), ("Réglé", lambda l: F(l["paid"]), 0, "r")],
    lab=dict(total="Total réglé"),
    post="<p>Nous vous en souhaitons bonne réception.</p><p>Léa Muller<br>gérante</p>")
writer_pdf(html_render(doc), P("r8-006.pdf"))
add("r8-006.pdf", "libreoffice-writer", False, "Boulangerie-Pâtisserie Le Fournil de Léa", "2024-09-23", None, "EUR", L)

# ---- 007 writer: Spanish aviso de pago, PO lines
L = mklines(807, 6, lambda r: "F-%d/2024" % r.randint(3000, 5999), po=lambda r: "PED-%05d" % r.randint(10000, 99999), n_po=2,
            lo=300, hi=8000)
F = lambda x: fmt(x, "de")
doc = dict(title="Aviso de pago", L=L, F=F, lang="es", sumcol=4,
    css="body{font-family:'Liberation Sans';font-size:10pt} table{border-collapse:collapse;width:100%} th{background:#ddd;border-bottom:2px solid #333} td{border-bottom:1px solid #aaa;padding:2px}",
    pre="<h2>Hostelería Mediterránea del Levante, S.L.</h2><p>CIF B-46728193 · C/ Colón 22, 46004 Valencia</p>"
        "<h3>AVISO DE PAGO Nº AP-2024-0932</h3><table><tr><td>Proveedor</td><td>Norvik Components Iberia, S.A.</td></tr>"
        "<tr><td>Fecha de pago</td><td>27/09/2024</td></tr><tr><td>Forma de pago</td><td>Transferencia (confirming)</td></tr>"
        "<tr><td>Divisa</td><td>EUR</td></tr></table><p>&nbsp;</p>",
    cols=[("Nº asiento", lambda l: l["doc"], 0, "l"), ("Su factura / pedido", lambda l: l["ref"], 0, "l"),
          ("Fecha doc.", lambda l: dfmt(l["date"], "%d/%m/%Y"), 0, "l"), ("Importe", lambda l: F(l["gross"]), 0, "r"),
          ("Pagado", lambda l: F(l["paid"]), 0, "r")],
    lab=dict(total="TOTAL PAGADO (EUR)"),
    post="<p>Los importes de pedido corresponden a anticipos según condiciones pactadas.</p>")
writer_pdf(html_render(doc), P("r8-007.pdf"))
add("r8-007.pdf", "libreoffice-writer", False, "Hostelería Mediterránea del Levante, S.L.", "2024-09-27", "AP-2024-0932", "EUR", L)

# ---- 008 calc: Swiss Zahlungsavis CHF
L = mklines(808, 8, lambda r: "CH%08d" % r.randint(41000000, 41999999), lambda r: "GU%06d" % r.randint(100000, 199999), 1,
            disc=3, lo=200, hi=12000)
CHF = "#,##0.00"
calc_pdf(dict(L=L, head=["Zahlungsavis / Avis de paiement", "Alpenlift Seilbahntechnik AG, Bahnhofstrasse 9, 6460 Altdorf UR"],
    info=[("Begünstigter", "Norvik Components (Schweiz) AG"), ("Zahlungsdatum", "16.09.2024"), ("Avis-Nr.", "AV 24-07731"),
          ("Währung", "CHF")],
    xcols=[("Buchungs-Nr.", lambda l: int(l["voucher"]), "0", 13), ("Rechnungs-Nr.", lambda l: l["ref"], None, 15),
           ("Datum", lambda l: dfmt(l["date"], "%d.%m.%Y"), None, 11), ("Betrag", lambda l: float(l["gross"]), CHF, 12),
           ("Skonto", lambda l: float(l["disc"]), CHF, 10), ("Bezahlt", lambda l: float(l["paid"]), CHF, 12)],
    xsumcol=5, lab=dict(total="Total"), foot=["Zahlung via SIC an CH93 0076 2011 6238 5295 7"]), P("r8-008.pdf"))
add("r8-008.pdf", "libreoffice-calc", False, "Alpenlift Seilbahntechnik AG", "2024-09-16", "AV 24-07731", "CHF", L)

# ---- 009 calc: Australian state government, PO lines, GST
L = mklines(809, 6, lambda r: "AU-INV-%06d" % r.randint(500000, 599999), po=lambda r: "PO%07d" % r.randint(3000000, 3999999), n_po=1,
            lo=500, hi=22000)
AUD = "#,##0.00"
calc_pdf(dict(L=L, orient="landscape",
    head=["Department of Transport and Main Roads (Queensland)", "Remittance Advice - Shared Services Provider, GPO Box 1412, Brisbane QLD 4001"],
    info=[("Supplier", "Norvik Components Australia Pty Ltd"), ("Supplier No", "1004417"), ("EFT Reference", "EFT-0004471902"),
          ("Payment Date", "24/09/2024"), ("Currency", "AUD")],
    xcols=[("Document No", lambda l: int(l["doc"]), "0", 12), ("Supplier Invoice", lambda l: l["ref"], None, 16),
           ("Invoice Date", lambda l: dfmt(l["date"], "%d/%m/%Y"), None, 12), ("Amount excl GST", lambda l: float((l["gross"] / D("1.1")).quantize(Q)), AUD, 15),
           ("GST", lambda l: float(l["gross"] - (l["gross"] / D("1.1")).quantize(Q)), AUD, 11), ("Amount Paid", lambda l: float(l["paid"]), AUD, 14)],
    xsumcol=5, lab=dict(total="Total EFT Payment"), foot=["ABN 39 407 690 291. Please direct enquiries to ssp.payables@qld.example.gov.au"]),
    P("r8-009.pdf"))
add("r8-009.pdf", "libreoffice-calc", False, "Department of Transport and Main Roads (Queensland)", "2024-09-24", "EFT-0004471902", "AUD", L)

# ---- 010 chromium: Canadian AP portal page
L = mklines(810, 5, lambda r: "NCC-%06d" % r.randint(100000, 199999), lambda r: "NCC-CR-%05d" % r.randint(10000, 19999), 1,
            lo=200, hi=9000)
F = lambda x: "$" + fmt(x, "us") if x >= 0 else "-$" + fmt(-x, "us")
doc = dict(title="PayPort - Payment details", L=L, F=F, sumcol=4,
    css="body{font-family:'DejaVu Sans';font-size:10pt;margin:30px} .bar{background:#1d3c6e;color:#fff;padding:8px;font-size:14pt} table.t{border-collapse:collapse;width:100%} .t th{background:#e8eef7;text-align:left;padding:5px} .t td{padding:5px;border-bottom:1px solid #ddd} .kv td{padding:2px 12px 2px 0}",
    pre="<div class='bar'>PayPort Supplier Network</div><h2>Payment details</h2>"
        "<table class='kv'><tr><td>Customer</td><td><b>Maple Ridge Hospitality Group Ltd.</b></td></tr>"
        "<tr><td>Supplier</td><td>Norvik Components Canada Inc.</td></tr><tr><td>Payment ID</td><td>PP-CA-88120457</td></tr>"
        "<tr><td>Payment date</td><td>2024-09-26</td></tr><tr><td>Status</td><td>Paid</td></tr>"
        "<tr><td>Currency</td><td>CAD</td></tr></table><h3>Documents in this payment</h3>",
    cols=[("Document #", lambda l: l["ref"], 0, "l"), ("Type", lambda l: "Credit memo" if l["kind"] == "credit_note" else "Invoice", 0, "l"),
          ("Doc date", lambda l: l["date"].isoformat(), 0, "l"), ("Invoice total", lambda l: F(l["gross"]), 0, "r"),
          ("Paid amount", lambda l: F(l["paid"]), 0, "r"), ("Open balance", lambda l: "$0.00", 0, "r")],
    lab=dict(total="Payment total (CAD)"))
chromium_pdf(html_render(doc), P("r8-010.pdf"))
add("r8-010.pdf", "chromium", False, "Maple Ridge Hospitality Group Ltd.", "2024-09-26", "PP-CA-88120457", "CAD", L)

# ---- 011 chromium: Polish awizo
L = mklines(811, 7, lambda r: "FV/%04d/09/2024" % r.randint(1, 2999) if r.random() < 0.6 else "FV/%04d/08/2024" % r.randint(1, 2999),
            lambda r: "FK/%03d/2024" % r.randint(1, 300), 1, lo=300, hi=15000)
F = lambda x: fmt(x, "se")
doc = dict(title="Awizo płatności", L=L, F=F, lang="pl", sumcol=5,
    css="body{font-family:'DejaVu Serif';font-size:9.5pt;margin:25px} table.t{border-collapse:collapse;width:100%} .t td,.t th{border:1px solid #555;padding:3px}",
    pre="<table style='width:100%'><tr><td><b>Zakłady Mięsne „Podlasie” Sp. z o.o.</b><br>ul. Przemysłowa 7, 15-399 Białystok<br>NIP 542-301-88-14</td>"
        "<td style='text-align:right'>Białystok, 20.09.2024</td></tr></table><h2 style='text-align:center'>AWIZO PŁATNOŚCI nr AW/2024/09/117</h2>"
        "<p>Kontrahent: Norvik Components Polska Sp. z o.o.<br>Data przelewu: 20.09.2024<br>Waluta: PLN</p>",
    cols=[("Lp.", lambda l: str(L.index(l) + 1), 0, "l"), ("Nr dokumentu", lambda l: l["ref"], 0, "l"),
          ("Data wystawienia", lambda l: dfmt(l["date"], "%d.%m.%Y"), 0, "l"), ("Termin", lambda l: dfmt(l["due"], "%d.%m.%Y"), 0, "l"),
          ("Kwota dokumentu", lambda l: F(l["gross"]), 0, "r"), ("Kwota zapłacona", lambda l: F(l["paid"]), 0, "r"),
          ("Pozostało", lambda l: "0,00", 0, "r")],
    lab=dict(total="Razem do zapłaty"), post="<p>Przelew z rachunku: 61 1090 1014 0000 0712 1981 2874</p>")
chromium_pdf(html_render(doc), P("r8-011.pdf"))
add("r8-011.pdf", "chromium", False, "Zakłady Mięsne „Podlasie” Sp. z o.o.", "2024-09-20", "AW/2024/09/117", "PLN", L)

# ---- 012 chromium: Swedish multi-page, 19 lines
L = mklines(812, 19, lambda r: "%d" % r.randint(5500000, 5599999), lambda r: "K%d" % r.randint(5500000, 5599999), 2, lo=100, hi=7000)
F = lambda x: fmt(x, "se")
rh = ("<div class='hd'><b>Bergslagens Energi AB</b> &nbsp;–&nbsp; Betalningsavisering 4410-2291 &nbsp;–&nbsp; 2024-09-30</div>")
doc = dict(title="Betalningsavisering", L=L, F=F, lang="sv", sumcol=5, rpp=8, rephead=rh,
    css="body{font-family:'Liberation Sans';font-size:10pt;margin:30px} .hd{border-bottom:2px solid #000;margin-bottom:8px} table.t{width:100%;border-collapse:collapse} .t th{border-bottom:1px solid #000} .t td{padding:4px 2px} .pg{text-align:right;font-size:8pt} .sub td{border-top:1px solid #000;font-style:italic} .cf td{font-style:italic}",
    pre=rh + "<p>Bergslagens Energi AB, Box 118, 721 05 Västerås<br>Org.nr 556712-4408</p>"
        "<p>Mottagare: Norvik Components Sverige AB<br>Leverantörsnr: 30712<br>Betalningsdag: 2024-09-30<br>"
        "Verifikation: 4410-2291<br>Valuta: SEK</p>",
    cols=[("Ver.nr", lambda l: l["voucher"][:6], 0, "l"), ("Fakturanr", lambda l: l["ref"], 0, "l"), ("OCR", lambda l: l["doc"] + l["voucher"][-4:], 0, "l"),
          ("Fakturadatum", lambda l: l["date"].isoformat(), 0, "l"), ("Fakturabelopp", lambda l: F(l["gross"]), 0, "r"),
          ("Betalt belopp", lambda l: F(l["paid"]), 0, "r")],
    lab=dict(page="Sida {} av {}", sub="Summa sida", carried="Transport", total="Totalt betalt SEK"))
chromium_pdf(html_render(doc), P("r8-012.pdf"))
add("r8-012.pdf", "chromium", False, "Bergslagens Energi AB", "2024-09-30", "4410-2291", "SEK", L)

# ---- 013 xlsx: Mexico, retenciones
L = mklines(813, 5, lambda r: "A-%05d" % r.randint(20000, 29999), wht=D("1.25"), lo=2000, hi=90000)
MXN = "#,##0.00"
xlsx_build(P("r8-013.xlsx"), dict(L=L, sheet="Pago",
    head=["COMPLEMENTO DE PAGO - DETALLE", "Agroindustrias del Bajío, S.A. de C.V. (RFC ABA-990312-K21)"],
    info=[("Proveedor", "Norvik Components México, S. de R.L. de C.V."), ("Fecha de pago", "2024-09-17"), ("Folio de pago", "PG-004512"),
          ("Moneda", "MXN"), ("Banco", "BBVA México SPEI")],
    xcols=[("Póliza", lambda l: int(l["doc"]), "0", 10), ("Factura (serie-folio)", lambda l: l["ref"], None, 20),
           ("UUID (últimos 8)", lambda l: l["voucher"] + "A", None, 16), ("Importe factura", lambda l: float(l["gross"]), MXN, 15),
           ("Retención ISR", lambda l: float(l["wht"]), MXN, 14), ("Importe pagado", lambda l: float(l["paid"]), MXN, 15)],
    xsumcol=5, lab=dict(total="TOTAL PAGADO")))
add("r8-013.xlsx", "xlsx", False, "Agroindustrias del Bajío, S.A. de C.V.", "2024-09-17", "PG-004512", "MXN", L)

# ---- 014 xlsx: Singapore ERP export with PO lines
L = mklines(814, 9, lambda r: "SGI%06d" % r.randint(240000, 249999), lambda r: "SGC%06d" % r.randint(240000, 249999), 1,
            po=lambda r: "PO-SG-%05d" % r.randint(10000, 99999), n_po=1, lo=90, hi=6000)
xlsx_build(P("r8-014.xlsx"), dict(L=L, sheet="RemittanceExport",
    head=["Straits Marine Engineering Pte Ltd - Payment Remittance"], info=[("Payee", "Norvik Components (S) Pte Ltd"),
          ("Payment Ref", "GIRO-SME-240918-03"), ("Value Date", "18-09-2024"), ("Currency", "SGD")],
    xcols=[("Doc Type", lambda l: {"invoice": "INV", "credit_note": "CN", "purchase_order": "PO"}[l["kind"]], None, 9),
           ("Your Ref", lambda l: l["ref"], None, 14), ("Our Doc No", lambda l: int(l["voucher"]), "0", 12),
           ("Doc Date", lambda l: dt.datetime.combine(l["date"], dt.time()), "dd/mm/yyyy", 12),
           ("Original Amt", lambda l: float(l["gross"]), "#,##0.00", 13), ("Amount Paid", lambda l: float(l["paid"]), "#,##0.00", 13)],
    xsumcol=5, lab=dict(total="Total")))
add("r8-014.xlsx", "xlsx", False, "Straits Marine Engineering Pte Ltd", "2024-09-18", "GIRO-SME-240918-03", "SGD", L)

# ---- 015 csv: Italian export, semicolons, no currency column
L = mklines(815, 8, lambda r: "%d/2024/VE" % r.randint(1000, 4999), lambda r: "NC %d/2024" % r.randint(10, 199), 1, lo=100, hi=5000)
with open(P("r8-015.csv"), "w", encoding="utf-8", newline="") as f:
    f.write("Ragione sociale pagatore;Officine Meccaniche Valtellina S.r.l.\n")
    f.write("Data valuta;30/09/2024\nRif. distinta;DB-2024-0388\n\n")
    f.write("Prot.;Numero documento;Data documento;Importo documento;Importo pagato\n")
    for l in L:
        f.write("%s;%s;%s;%s;%s\n" % (l["doc"][:5], l["ref"], dfmt(l["date"], "%d/%m/%Y"), fmt(l["gross"], "plainc"), fmt(l["paid"], "plainc")))
    f.write(";;;Totale;%s\n" % fmt(total(L), "plainc"))
add("r8-015.csv", "csv", False, "Officine Meccaniche Valtellina S.r.l.", "2024-09-30", "DB-2024-0388", None, L)

# ---- 016 eml plain text: South Africa
L = mklines(816, 6, lambda r: "ZA%06d" % r.randint(100000, 199999), lambda r: "ZC%06d" % r.randint(100000, 199999), 1, lo=500, hi=40000)
F = lambda x: fmt(x, "fr")
tx = ("Good day,\n\nPlease find below remittance for payment made today by EFT.\n\n"
      "Payer:        Karoo Fresh Produce (Pty) Ltd\nPayment date: 2024/09/13\nEFT ref:      KFP-EFT-13092\nCurrency:     ZAR\n\n"
      "%-12s %-12s %-11s %14s %14s\n" % ("Our Ref", "Invoice No", "Inv Date", "Inv Amount", "Paid (R)") + "-" * 67 + "\n")
for l in L:
    tx += "%-12s %-12s %-11s %14s %14s\n" % ("K" + l["doc"], l["ref"], dfmt(l["date"], "%Y/%m/%d"), F(l["gross"]), F(l["paid"]))
tx += "-" * 67 + "\n%-37s %29s\n\n" % ("TOTAL PAID", "R " + F(total(L)))
tx += "Kind regards\nThandi Mokoena\nCreditors Clerk | Karoo Fresh Produce (Pty) Ltd | Worcester, Western Cape\n"
m = EmailMessage()
m["From"] = "Creditors <creditors@karoofresh.example.co.za>"; m["To"] = "ar.za@norvik-components.example.com"
m["Subject"] = "Remittance advice - KFP-EFT-13092"
m["Date"] = format_datetime(dt.datetime(2024, 9, 13, 15, 42, tzinfo=dt.timezone(dt.timedelta(hours=2))))
m["Message-ID"] = "<r8-016@karoofresh.example.co.za>"
m.set_content(tx)
open(P("r8-016.eml"), "wb").write(bytes(m))
add("r8-016.eml", "eml", False, "Karoo Fresh Produce (Pty) Ltd", "2024-09-13", "KFP-EFT-13092", "ZAR", L)

# ---- 017 eml HTML table: UAE
L = mklines(817, 4, lambda r: "NCME/INV/%05d" % r.randint(10000, 19999), lo=1000, hi=60000, disc=D("0.5"))
F = lambda x: fmt(x, "us")
doc = dict(title="Payment advice", L=L, F=F, sumcol=4,
    css="table.t{border-collapse:collapse;font-family:Arial} .t th{background:#004b87;color:#fff;padding:4px} .t td{border:1px solid #ccc;padding:4px}",
    pre="<p>Dear Sir/Madam,</p><p>Kindly note that the below invoices have been settled via bank transfer on <b>22-Sep-2024</b>. "
        "Transfer reference <b>TT/ADCB/240922/5567</b>.</p><p>Payer: <b>Al Noor Facilities Management L.L.C.</b>, Abu Dhabi</p>",
    cols=[("S/N", lambda l: str(L.index(l) + 1), 0, "l"), ("Invoice No.", lambda l: l["ref"], 0, "l"),
          ("LPO No.", lambda l: "LPO-" + l["po"][2:], 0, "l"), ("Invoice Amount (AED)", lambda l: F(l["gross"]), 0, "r"),
          ("Amount Paid (AED)", lambda l: F(l["paid"]), 0, "r"), ("Early Pay Disc.", lambda l: F(l["disc"]), 0, "r")],
    lab=dict(total="Total (AED)"), post="<p>Regards,<br>Accounts Payable<br>Al Noor Facilities Management L.L.C.</p>")
h = html_render(doc)
m = EmailMessage()
m["From"] = "AP Team <ap@alnoorfm.example.ae>"; m["To"] = "receivables.me@norvik-components.example.com"
m["Subject"] = "Payment Advice TT/ADCB/240922/5567"
m["Date"] = format_datetime(dt.datetime(2024, 9, 22, 10, 5, tzinfo=dt.timezone(dt.timedelta(hours=4))))
m["Message-ID"] = "<r8-017@alnoorfm.example.ae>"
m.set_content("This message contains an HTML payment advice. Please view in an HTML-capable mail client.")
m.add_alternative(h, subtype="html")
open(P("r8-017.eml"), "wb").write(bytes(m))
add("r8-017.eml", "eml", False, "Al Noor Facilities Management L.L.C.", "2024-09-22", "TT/ADCB/240922/5567", "AED", L)

# ---- 018 txt: Norwegian mainframe printout
L = mklines(818, 10, lambda r: "%d" % r.randint(81000000, 81999999), lambda r: "%d" % r.randint(82000000, 82999999), 2, lo=200, hi=25000)
F = lambda x: fmt(x, "de", neg="trail")
t = ("1" + " " * 20 + "STATENS VEGVESEN REGION NORD            UTBETALINGSSPESIFIKASJON      SIDE   1\n"
     " BETALINGSMOTTAKER: NORVIK COMPONENTS NORGE AS          KONTO 1503.44.71120\n"
     " BETALINGSDATO....: 26.09.2024    BILAGSNR: 1290447     VALUTA: NOK\n \n"
     " LEV.FAKT.NR     FAKT.DATO   BILAG      ORD.NR        BRUTTO BELØP      UTBETALT\n"
     " " + "=" * 82 + "\n")
for l in L:
    t += " %-15s %-10s  %-9s  %-10s %16s %13s\n" % (l["ref"], dfmt(l["date"], "%d.%m.%y"), l["voucher"][:7], l["po"][:10],
                                                    F(l["gross"]), F(l["paid"]))
t += " " + "=" * 82 + "\n" + " SUM UTBETALT%71s\n" % F(total(L)) + " \n ANT. POSTER: %d\n" % len(L)
open(P("r8-018.txt"), "w", encoding="utf-8").write(t)
add("r8-018.txt", "txt", False, "Statens vegvesen Region Nord", "2024-09-26", "1290447", "NOK", L)

# ---------------------------------------------------------------- scans
# ---- 019 scan of reportlab: Kenya, withholding VAT
L = mklines(819, 5, lambda r: "KE-INV-%05d" % r.randint(10000, 99999), wht=2, lo=20000, hi=600000)
F = lambda x: fmt(x, "us")
rl_render(SRC + "/019.pdf", dict(title="Payment Voucher", L=L, F=F, sumx=550, fonts=("DVS", "DVSB"),
    head=["KILIMANI AGRO-PROCESSORS LIMITED", "P.O. Box 48213-00100, Nairobi, Kenya  |  PIN P051377842K", "PAYMENT VOUCHER / REMITTANCE"],
    info=[("Payee:", "Norvik Components East Africa Ltd"), ("Voucher No:", "PV/2024/0871"), ("Cheque/EFT No:", "RTGS 004417"),
          ("Date:", "12/09/2024"), ("Currency:", "KES")],
    cols=[("Invoice No.", lambda l: l["ref"], 45, "l"), ("LPO No.", lambda l: "LPO" + l["doc"], 140, "l"),
          ("Invoice Amt", lambda l: F(l["gross"]), 320, "r"), ("W/H VAT 2%", lambda l: F(l["wht"]), 420, "r"),
          ("Amount Paid", lambda l: F(l["paid"]), 550, "r")],
    lab=dict(total="TOTAL KES"),
    foot=["Prepared by: ____________   Approved by: ____________", "Withholding VAT certificates will be issued via iTax."]))
scanify(SRC + "/019.pdf", P("r8-019.pdf"), 919, 200)
add("r8-019.pdf", "image", True, "Kilimani Agro-Processors Limited", "2024-09-12", "PV/2024/0871", "KES", L)

# ---- 020 scan of reportlab: Korean company, KRW no decimals
L = mklines(820, 6, lambda r: "NKR-24-%05d" % r.randint(10000, 99999), lambda r: "NKR-CN-%04d" % r.randint(1000, 9999), 1,
            dec=0, lo=150000, hi=9000000)
F = lambda x: fmt(x, "us", dec=0)
rl_render(SRC + "/020.pdf", dict(title="Payment advice", L=L, F=F, sumx=550,
    head=["Hanbit Precision Co., Ltd.", "Finance Team, 88 Gongdan-ro, Changwon-si, Gyeongsangnam-do, Korea", "PAYMENT ADVICE"],
    info=[("Vendor:", "Norvik Components Korea Ltd."), ("Payment date:", "2024.09.25"), ("Transfer No.:", "HB-PAY-240925-11"),
          ("Currency:", "KRW")],
    cols=[("No", lambda l: str(L.index(l) + 1), 45, "l"), ("Tax invoice No.", lambda l: l["ref"], 70, "l"),
          ("Issue date", lambda l: dfmt(l["date"], "%Y.%m.%d"), 180, "l"), ("Supply value", lambda l: F((l["gross"] / D("1.1")).quantize(D(1))), 330, "r"),
          ("VAT", lambda l: F(l["gross"] - (l["gross"] / D("1.1")).quantize(D(1))), 420, "r"), ("Paid", lambda l: F(l["paid"]), 550, "r")],
    lab=dict(total="Total paid (KRW)"), foot=["Thank you for your continued support."]))
scanify(SRC + "/020.pdf", P("r8-020.pdf"), 920, 300)
add("r8-020.pdf", "image", True, "Hanbit Precision Co., Ltd.", "2024-09-25", "HB-PAY-240925-11", "KRW", L)

# ---- 021 scan of reportlab: Czech multi-page, 14 lines
L = mklines(821, 14, lambda r: "FV2024%05d" % r.randint(10000, 39999), lambda r: "DB2024%04d" % r.randint(1000, 9999), 2, lo=2000, hi=90000)
F = lambda x: fmt(x, "fr")
rl_render(SRC + "/021.pdf", dict(title="Avízo o platbě", L=L, F=F, sumx=550, rpp=8,
    head=["AVÍZO O PLATBĚ", "Pivovar Železná Hora a.s., Náměstí Míru 3, 537 01 Chrudim, IČO 25918402"],
    info=[("Příjemce:", "Norvik Components CZ s.r.o."), ("Datum úhrady:", "17.9.2024"), ("Číslo platby:", "PL-24-00917"),
          ("Měna:", "CZK")],
    cols=[("Interní doklad", lambda l: l["doc"], 45, "l"), ("Vaše faktura", lambda l: l["ref"], 120, "l"),
          ("Var. symbol", lambda l: l["ref"][-7:] if l["kind"] == "invoice" else l["ref"][-6:], 210, "l"),
          ("Splatnost", lambda l: "%d.%d.%d" % (l["due"].day, l["due"].month, l["due"].year), 280, "l"),
          ("Částka dokladu", lambda l: F(l["gross"]), 440, "r"), ("Uhrazeno", lambda l: F(l["paid"]), 550, "r")],
    lab=dict(page="Strana {}/{}", sub="Mezisoučet strany", cf="Převod", carried="Převod z předchozí strany", total="Celkem uhrazeno CZK")))
scanify(SRC + "/021.pdf", P("r8-021.pdf"), 921, 200)
add("r8-021.pdf", "image", True, "Pivovar Železná Hora a.s.", "2024-09-17", "PL-24-00917", "CZK", L)

# ---- 022 scan of chromium: Chilean, CLP no decimals
L = mklines(822, 5, lambda r: "Factura %d" % r.randint(40000, 49999), lambda r: "N/C %d" % r.randint(1000, 1999), 1,
            dec=0, lo=80000, hi=4500000)
F = lambda x: "$ " + fmt(x, "de", dec=0) if x >= 0 else "-$ " + fmt(-x, "de", dec=0)
doc = dict(title="Comprobante de pago", L=L, F=F, lang="es", sumcol=3,
    css="body{font-family:'DejaVu Sans';font-size:10pt;margin:35px} table.t{border-collapse:collapse;width:100%} .t th,.t td{border:1px solid #000;padding:4px}",
    pre="<h2>Minera Cordillera del Loa SpA</h2><p>RUT 76.412.889-3 · Calama, Región de Antofagasta</p><h3>COMPROBANTE DE EGRESO N° 2024-6613</h3>"
        "<p>Beneficiario: Norvik Components Chile Ltda.<br>Fecha: 19-09-2024<br>Moneda: CLP (pesos chilenos)</p>",
    cols=[("Documento", lambda l: l["ref"], 0, "l"), ("Fecha emisión", lambda l: dfmt(l["date"], "%d-%m-%Y"), 0, "l"),
          ("Orden de compra", lambda l: "OC " + l["po"][2:], 0, "l"), ("Monto pagado", lambda l: F(l["paid"]), 0, "r")],
    lab=dict(total="Total transferido"))
chromium_pdf(html_render(doc), SRC + "/022.pdf")
scanify(SRC + "/022.pdf", P("r8-022.pdf"), 922, 250)
add("r8-022.pdf", "image", True, "Minera Cordillera del Loa SpA", "2024-09-19", "2024-6613", "CLP", L)

# ---- 023 scan of writer: Danish small firm
L = mklines(823, 3, lambda r: "Faktura %d" % r.randint(7100, 7999), lo=500, hi=30000)
F = lambda x: fmt(x, "de")
doc = dict(title="Betalingsadvis", L=L, F=F, lang="da", sumcol=2,
    css="body{font-family:'Liberation Serif';font-size:12pt} table.t{border-collapse:collapse} .t td,.t th{border:1px solid #000;padding:4px 10px}",
    pre="<p><b>Tømrermester Jens Højgaard ApS</b><br>Vestergade 41, 8600 Silkeborg<br>CVR 38 11 72 04</p>"
        "<p>Til: Norvik Components Danmark A/S, debitorbogholderiet</p><p>Silkeborg, 11. september 2024</p>"
        "<p>Vi har i dag overført kr. " + F(total(L)) + " til jeres konto i Danske Bank som betaling af:</p>",
    cols=[("Fakturanr.", lambda l: l["ref"], 0, "l"), ("Dato", lambda l: dfmt(l["date"], "%d-%m-%Y"), 0, "l"), ("Beløb DKK", lambda l: F(l["paid"]), 0, "r")],
    lab=dict(total="I alt"), post="<p>Med venlig hilsen<br>Jens Højgaard</p>")
writer_pdf(html_render(doc), SRC + "/023.pdf")
scanify(SRC + "/023.pdf", P("r8-023.pdf"), 923, 200)
add("r8-023.pdf", "image", True, "Tømrermester Jens Højgaard ApS", "2024-09-11", None, "DKK", L)

# ---- 024 scan of calc: US county government, warrant, PO lines
L = mklines(824, 7, lambda r: "US%07d" % r.randint(2400000, 2499999), po=lambda r: "PO 24-%05d" % r.randint(10000, 99999), n_po=2, lo=150, hi=9000)
calc_pdf(dict(L=L, head=["Marion County Treasurer - Warrant Remittance Detail", "200 E Washington St, Indianapolis, IN 46204"],
    info=[("Payee", "Norvik Components USA LLC"), ("Warrant No", "W0912774"), ("Issue Date", "09/27/2024"), ("Fund", "1000 General")],
    xcols=[("Line", lambda l: L.index(l) + 1, "0", 12), ("Claim No", lambda l: int(l["doc"]), "0", 10),
           ("Invoice/PO Ref", lambda l: l["ref"], None, 16), ("Account", lambda l: "43100-" + l["voucher"][:3], None, 12),
           ("Claim Amount", lambda l: float(l["gross"]), "#,##0.00", 14), ("Paid", lambda l: float(l["paid"]), "#,##0.00", 13)],
    xsumcol=5, lab=dict(total="Warrant Total")), SRC + "/024.pdf")
scanify(SRC + "/024.pdf", P("r8-024.pdf"), 924, 250)
add("r8-024.pdf", "image", True, "Marion County Treasurer", "2024-09-27", "W0912774", None, L)

with open(P("truth.jsonl"), "w", encoding="utf-8") as f:
    for t in TRUTH:
        f.write(json.dumps(t, ensure_ascii=False) + "\n")
print("wrote", len(TRUTH))
