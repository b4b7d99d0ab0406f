#!/usr/bin/env python3
"""Hold-out mail set K: 150 hand-written messages to the Tasman Office & Print
Supplies credit-control shared mailbox (creditcontrol@tasmanops.com.au).

Deterministic: fixed dates, Message-IDs, MIME boundaries and attachment bytes.
Usage:  python3 make.py      (writes k-001.eml .. k-150.eml and labels.jsonl
                              next to this script; files are ordered by Date)
Stdlib only.
"""
import base64
import hashlib
import html as htmlmod
import json
import os
import quopri
import re
from datetime import datetime, timedelta, timezone
from email import policy, utils
from email.header import Header
from email.headerregistry import Address
from email.message import EmailMessage

from email.headerregistry import HeaderRegistry, MessageIDHeader

_REG = HeaderRegistry()
_REG.map_to_type("in-reply-to", MessageIDHeader)  # keep long ids unencoded
_REG.map_to_type("references", MessageIDHeader)
POL = policy.default.clone(linesep="\n", header_factory=_REG)
HERE = os.path.dirname(os.path.abspath(__file__))

AR_ADDR = "creditcontrol@tasmanops.com.au"
AR = str(Address("Tasman Credit Control", addr_spec=AR_ADDR))
ENTRIES = []


# ---------------------------------------------------------------- helpers
def A(name, addr):
    return str(Address(display_name=name, addr_spec=addr)) if name else addr


def D(day, hms, off, month=6):
    h, m, s = (int(x) for x in hms.split(":"))
    tz = timezone(timedelta(hours=off))
    return utils.format_datetime(datetime(2024, month, day, h, m, s, tzinfo=tz))


def _h(key):
    return hashlib.sha256(key.encode("utf-8")).hexdigest().upper()


def MID(key, client="o365-au", domain="tasmanops.com.au"):
    h = _h("mid:" + key)
    n = int(h[:8], 16)
    if client == "o365-au":
        srv = "SY%dP282MB%04d" % (4 + n % 3, 1000 + (n // 7) % 9000)
        return "<%s%s@%s.AUSP282.PROD.OUTLOOK.COM>" % (srv, h[8:36], srv)
    if client == "o365-nz":
        srv = "SY%dPR01MB%04d" % (4 + n % 3, 1000 + (n // 7) % 9000)
        return "<%s%s@%s.ausprd01.prod.outlook.com>" % (srv, h[8:36], srv)
    if client == "o365-apac":
        k = 1 + n % 6
        srv = "SG2PR0%dMB%04d" % (k, 1000 + (n // 7) % 9000)
        return "<%s%s@%s.apcprd0%d.prod.outlook.com>" % (srv, h[8:36], srv, k)
    if client == "o365-de":
        srv = "FR%dP281MB%04d" % (2 + n % 4, 1000 + (n // 7) % 9000)
        return "<%s%s@%s.DEUP281.PROD.OUTLOOK.COM>" % (srv, h[8:36], srv)
    if client == "gmail":
        tok = base64.b64encode(bytes.fromhex(h[:60])).decode("ascii")
        return "<CA%s@mail.gmail.com>" % tok.replace("/", "_")
    if client == "apple":
        return "<%s-%s-%s-%s-%s@%s>" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:32], domain)
    if client == "foxmail":
        return "<2024%017d@%s>" % (int(h[:16], 16) % 10 ** 17, domain)
    if client == "qq":
        return "<tencent_%s@qq.com>" % h[:40]
    if client == "coremail":
        return "<%s.%d.%s.Coremail.%s@%s>" % (h[:8].lower(), n % 100000, h[8:19].lower(), domain.split(".")[0], domain)
    return "<%s.%d@%s>" % (h[:16].lower(), int(h[16:24], 16), domain)


def BOUNDARY(key, client, i):
    h = _h("b:%s:%d" % (key, i))
    if client.startswith("o365"):
        return "_%03d_%s_" % (i * 4, h[:34])
    if client == "gmail":
        return "000000000000" + h[:16].lower()
    if client == "apple":
        return "Apple-Mail=_%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:32])
    if client in ("foxmail", "qq", "coremail"):
        return "----=_NextPart_%s_%s_%s" % (h[:8], h[8:16], h[16:24])
    return "----=_Part_%d_%d.%d" % (int(h[:5], 16), int(h[5:11], 16), 1717000000000 + int(h[11:18], 16) % 900000000)


def PARENT(key):
    """Message-ID of an earlier Tasman mail that a reply refers to."""
    return MID(key + "/parent", "o365-au")


_PREFIX = re.compile(r"^((re|aw|fw|fwd|wg|sv)\s*:\s*|(回复|答复|回覆|转发|轉寄)\s*[:：]\s*)+", re.I)

X_MAILER = {
    "foxmail": "Foxmail 7.2.25.375[cn]",
    "apple": "iPhone Mail (21F90)",
    "outlook-desktop": "Microsoft Outlook 16.0",
}
CLANG = {"o365-au": "en-AU", "o365-nz": "en-NZ", "o365-apac": "en-US", "o365-de": "de-DE"}


def mail(key, cat, lang, shape, frm, to, subj, date, body=None, html=None,
         client="o365-au", cc=None, reply_to=None, parent=None, refs=None,
         headers=(), atts=(), cte="auto", clang=None):
    dom = frm.rsplit("@", 1)[1].rstrip(">").strip()
    m = EmailMessage(policy=POL)
    m["From"] = frm
    m["To"] = to
    if cc:
        m["Cc"] = cc
    m["Subject"] = subj
    m["Date"] = date
    m["Message-ID"] = MID(key, client, dom)
    if parent:
        m["In-Reply-To"] = parent
        m["References"] = refs or parent
    if reply_to:
        m["Reply-To"] = reply_to
    if client.startswith("o365"):
        m["Thread-Topic"] = _PREFIX.sub("", subj)
        m["Thread-Index"] = base64.b64encode(bytes.fromhex("0101DA" + _h("ti:" + key)[:38])).decode()
    for k, v in headers:
        m[k] = v
    if client in X_MAILER:
        m["X-Mailer"] = X_MAILER[client]

    def pick(text):
        if cte != "auto":
            return cte
        if all(ord(c) < 128 for c in text):
            return None
        if any(ord(c) > 0x2E7F for c in text):
            return "base64"
        return "quoted-printable"

    if shape == "html":
        m.set_content(html, subtype="html", cte=pick(html))
    else:
        m.set_content(body, cte=pick(body))
        if html is not None:
            m.add_alternative(html, subtype="html", cte=pick(html))
    for fname, ctype, data in atts:
        mt, st = ctype.split("/")
        m.add_attachment(data, maintype=mt, subtype=st, filename=fname)
    if client.startswith("o365") and clang != "":
        m["Content-Language"] = clang or CLANG[client]
    i = 0
    for part in m.walk():
        if part.is_multipart():
            part.set_boundary(BOUNDARY(key, client, i))
            i += 1
    ENTRIES.append({"key": key, "category": cat, "language": lang, "shape": shape,
                    "date": date, "raw": m.as_bytes(policy=POL)})


def raw_mail(key, cat, lang, shape, text):
    """For delivery / read reports, written out literally."""
    date = re.search(r"^Date: (.*)$", text, re.M).group(1)
    ENTRIES.append({"key": key, "category": cat, "language": lang, "shape": shape,
                    "date": date, "raw": text.encode("utf-8")})


def enc(s):
    return Header(s, "utf-8").encode() if any(ord(c) > 127 for c in s) else s


def qp(s):
    return quopri.encodestring(s.encode("utf-8")).decode("ascii")


# fake attachment bytes ------------------------------------------------------
def PDF(name, *lines):
    stream = "\n".join("BT /F1 10 Tf 50 %d Td (%s) Tj ET" % (800 - 14 * i, ln)
                       for i, ln in enumerate(lines)).encode("utf-8")
    data = (b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
            b"1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n"
            b"2 0 obj\n<< /Type /Pages /Kids [3 0 R] /Count 1 >>\nendobj\n"
            b"3 0 obj\n<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>\nendobj\n"
            b"4 0 obj\n<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream +
            b"\nendstream\nendobj\ntrailer\n<< /Root 1 0 R /Size 5 >>\n%%EOF\n")
    return (name, "application/pdf", data)


def JPG(name):
    seed = hashlib.sha256(name.encode("utf-8")).digest()
    data = (b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00H\x00H\x00\x00"
            b"\xff\xdb\x00C\x00" + seed * 2 + b"\xff\xc0\x00\x11\x08\x00\x10\x00\x10\x03\x01\x22\x00"
            + seed[::-1] * 3 + b"\xff\xd9")
    return (name, "image/jpeg", data)


# quoting / html helpers ----------------------------------------------------
def gq(text):
    return "\n".join(("> " + ln) if ln else ">" for ln in text.strip("\n").split("\n")) + "\n"


def GMQ(top, intro, orig):
    """Gmail-style reply: top text, 'On ... wrote:' line, '>' quoted original."""
    return top.rstrip("\n") + "\n\n" + intro + "\n" + gq(orig)


def OLQ(top, head, orig, sep="________________________________"):
    """Outlook-style reply/forward: header block of the earlier mail below."""
    hdr = "\n".join("%s %s" % kv for kv in head)
    return (top.rstrip("\n") + "\n\n" + (sep + "\n" if sep else "") + hdr + "\n\n"
            + orig.strip("\n") + "\n")


def _paras(text, fmt):
    out = []
    for para in text.strip("\n").split("\n\n"):
        out.append(fmt % "<br>\n".join(htmlmod.escape(ln) for ln in para.split("\n")))
    return out


def OH(text, head=None, orig=None, lang="EN-AU", font="Calibri"):
    """Outlook/Word-generated HTML body."""
    p = '<p class="MsoNormal">%s<o:p></o:p></p>'
    gap = '\n<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n'
    body = gap.join(_paras(text, p))
    q = ""
    if head:
        qh = "<br>\n".join("<b>%s</b> %s" % (htmlmod.escape(k), htmlmod.escape(v)) for k, v in head)
        q = (gap + '<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n'
             + p % qh + "\n</div>" + gap + gap.join(_paras(orig, p)))
    return ('<html xmlns:o="urn:schemas-microsoft-com:office:office" '
            'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns="http://www.w3.org/TR/REC-html40">\n'
            '<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
            '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
            '<style><!--\np.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0cm;\n\tfont-size:11.0pt;\n'
            '\tfont-family:"' + font + '",sans-serif;}\n--></style>\n</head>\n'
            '<body lang="' + lang + '" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">\n'
            '<div class="WordSection1">\n' + body + q + '\n</div>\n</body>\n</html>\n')


def GH(text, intro=None, orig=None):
    """Gmail-generated HTML body."""
    body = "<div><br></div>\n".join(_paras(text, "<div>%s</div>\n"))
    q = ""
    if intro:
        q = ('<br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">' + htmlmod.escape(intro)
             + '<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;'
             'border-left:1px solid rgb(204,204,204);padding-left:1ex">\n'
             + "<div><br></div>\n".join(_paras(orig, "<div>%s</div>\n")) + "</blockquote></div>\n")
    return '<div dir="ltr">\n' + body + "</div>\n" + q


def SH(text, style="font-family:Arial,Helvetica,sans-serif;font-size:13px;color:#222"):
    """Plain HTML from a simple webmail / ERP."""
    return ('<html><head><meta charset="utf-8"></head><body style="' + style + '">\n'
            + "\n".join(_paras(text, "<p>%s</p>")) + "\n</body></html>\n")


# ======================================================================
# Payments made
# ======================================================================
mail("r01", "remittance", "en", "plain",
     frm=A("Kerrie Donnelly", "kerrie.donnelly@baysidealliedhealth.com.au"), to=AR,
     subj="Payment advice - Bayside Allied Health Group", date=D(3, "09:12:44", 10),
     body="""Hi Tasman team,

Please find attached our payment advice for the EFT processed this morning.

  INV-218734     $1,245.30
  INV-218902       $386.10
  ------------------------
  Total          $1,631.40

Funds should clear in 1-2 business days. The reference on your bank statement will read "BAHG SUPP 0412".

Kind regards,

Kerrie Donnelly
Accounts Payable Officer
Bayside Allied Health Group
P (03) 9555 2817 | accounts@baysidealliedhealth.com.au
""",
     atts=[PDF("BAHG_PaymentAdvice_0412_03062024.pdf", "PAYMENT ADVICE", "Bayside Allied Health Group",
               "Payee: Tasman Office & Print Supplies Pty Ltd", "INV-218734 1,245.30", "INV-218902 386.10",
               "Total AUD 1,631.40  EFT 03/06/2024")])

mail("r02", "remittance", "en", "html",
     frm=A("Ironbark Civil Pty Ltd - Accounts Payable", "payments@ironbarkcivil.com.au"), to=AR,
     subj="Ironbark Civil Pty Ltd - Payment Advice No. 0000451278", date=D(4, "02:05:17", 10),
     client="system", reply_to="ap@ironbarkcivil.com.au",
     html="""<html><head><meta charset="utf-8"></head>
<body style="font-family:Arial,sans-serif;font-size:10pt;color:#000">
<p>Dear Supplier,</p>
<p>Ironbark Civil Pty Ltd has made a payment to your nominated bank account. Details are shown below.</p>
<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse;font-size:10pt">
<tr><td><b>Payee</b></td><td>TASMAN OFFICE &amp; PRINT SUPPLIES PTY LTD</td></tr>
<tr><td><b>Supplier no.</b></td><td>V-20617</td></tr>
<tr><td><b>Payment number</b></td><td>0000451278</td></tr>
<tr><td><b>Payment date</b></td><td>04/06/2024</td></tr>
<tr><td><b>Method</b></td><td>EFT</td></tr>
<tr><td><b>Paid to</b></td><td>BSB 063-*** Acct ****4471</td></tr>
</table>
<br>
<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse;font-size:10pt">
<tr style="background:#d9d9d9"><th>Your invoice</th><th>Invoice date</th><th>Gross</th><th>Discount</th><th>Paid</th></tr>
<tr><td>INV-218377</td><td>02/05/2024</td><td align="right">8,912.00</td><td align="right">0.00</td><td align="right">8,912.00</td></tr>
<tr><td>INV-218421</td><td>07/05/2024</td><td align="right">3,568.00</td><td align="right">0.00</td><td align="right">3,568.00</td></tr>
<tr><td colspan="4" align="right"><b>Total AUD</b></td><td align="right"><b>12,480.00</b></td></tr>
</table>
<p style="color:#666;font-size:8pt">This advice was generated by the Ironbark Civil finance system. Please direct any questions to ap@ironbarkcivil.com.au, quoting the payment number above.</p>
</body></html>
""")

mail("r03", "remittance", "en", "reply",
     frm=A("Dave Pirrone", "dave.pirrone.earthmoving@gmail.com"), to=AR,
     cc=A("Liam O'Halloran", "liam.ohalloran@tasmanops.com.au"),
     subj="Re: Overdue account - Pirrone Bros Earthmoving (C10873)", date=D(4, "08:05:51", 10),
     client="gmail", parent=PARENT("r03"),
     body=GMQ("""Hi Liam,

Went out in yesterday arvo's batch - $4,016.75 covering 218120 and 218311. Should land in your account by Wednesday at the latest, the bank's been slow lately.

Cheers
Dave
""", "On Mon, 3 Jun 2024 at 10:02, Tasman Credit Control <creditcontrol@tasmanops.com.au> wrote:",
"""Hi Dave,

Our records show the following invoices on account C10873 are now past due:

  INV-218120   12/04/2024   $2,290.00
  INV-218311   19/04/2024   $1,726.75

Could you please let us know when we can expect payment? If it has
already been sent, a copy of the payment advice would be appreciated.

Regards,
Liam O'Halloran
Accounts Receivable Officer
Tasman Office & Print Supplies Pty Ltd"""))

mail("r04", "remittance", "en", "forward",
     frm=A("Grace Tan", "grace.tan@rqadvisory.com.sg"), to=AR,
     subj="FW: Telegraphic Transfer - Confirmation of Execution", date=D(4, "15:22:09", 8),
     client="o365-apac",
     body=OLQ("""Hi Tasman AR,

See below our bank's confirmation for the TT to settle INV-219004. Please update your ledger accordingly.

Thanks & regards,
Grace Tan
Finance Executive | Raffles Quay Advisory Pte Ltd
8 Marina View #27-03, Singapore 018960
DID +65 6812 4409
""", [("From:", "TradeServices <trade.services.noreply@straitsunionbank.com.sg>"),
      ("Sent:", "Tuesday, June 4, 2024 2:47 PM"),
      ("To:", "Finance RQA <finance@rqadvisory.com.sg>"),
      ("Subject:", "Telegraphic Transfer - Confirmation of Execution")],
"""Dear Customer,

Your telegraphic transfer instruction has been executed.

Transaction reference : TT24060400871
Value date            : 05-JUN-2024
Debit account         : 0XX-XXX812-3
Beneficiary           : TASMAN OFFICE & PRINT SUPPLIES PTY LTD
Beneficiary account   : XXXXXX4471
Amount                : SGD 8,940.00
Charges               : SHA
Payment details       : INV-219004 RQA V100234

This is a computer-generated message. Please do not reply to this email."""))

mail("r05", "remittance", "tl", "plain",
     frm=A("Jennilyn Cruz", "jennilyn.cruz@mabuhaylogistics.ph"), to=AR,
     subj="Bayad para sa SI 218455 & 218460", date=D(4, "10:31:26", 8), client="gmail",
     body="""Good morning po!

Nabayaran na po namin kahapon ang SI 218455 at SI 218460 through BDO online fund transfer. Ang total amount po ay PHP 86,420.00. Naka-attach po yung screenshot ng transaction para sa reference ninyo.

Pakiupdate na lang po ng records ninyo, at pakipadala na rin po ng Official Receipt kapag ready na.

Maraming salamat po!

Jennilyn Cruz
Accounting Assistant
Mabuhay Logistics Corp.
Tel. (02) 8812-4455 loc. 203
""",
     atts=[JPG("BDO_transfer_060324.jpg")])

mail("r06", "remittance", "tl", "reply",
     frm=A("Arnel Villanueva", "arnel.villanueva@visayashardware.com.ph"),
     to=A("Rhea Mae Soriano", "rheamae.soriano@tasmanops.com.au"), cc=AR,
     subj="RE: Payment Reminder - Account PH-20318", date=D(5, "11:18:40", 8),
     client="outlook-desktop", parent=PARENT("r06"),
     body=OLQ("""Hi Ma'am Rhea,

Na-transfer na po namin kaninang umaga ang bayad para sa SI No. 0218566, PHP 42,150.00 via PESONet. Reference number po: PN2406050093317. Baka bukas pa po ito mag-reflect sa account ninyo dahil PESONet ang ginamit.

Salamat po sa paalala.

Arnel Villanueva
Disbursement Officer
Visayas Hardware Depot Inc.
""", [("From:", "Rhea Mae Soriano <rheamae.soriano@tasmanops.com.au>"),
      ("Sent:", "Monday, June 3, 2024 2:15 PM"),
      ("To:", "Arnel Villanueva <arnel.villanueva@visayashardware.com.ph>"),
      ("Cc:", "Tasman Credit Control <creditcontrol@tasmanops.com.au>"),
      ("Subject:", "Payment Reminder - Account PH-20318")],
"""Good afternoon Sir Arnel,

This is a friendly reminder that SI No. 0218566 amounting to PHP 42,150.00 fell due last 28 May 2024. May we know the schedule of payment?

Thank you po.

Rhea Mae Soriano
Collections Specialist - Manila Shared Service Centre
Tasman Office & Print Supplies""", sep="-----Original Message-----"))

mail("r07", "remittance", "tl", "forward",
     frm=A("Lorna Bautista", "lorna.bautista@sampaguitaresidences.ph"), to=AR,
     subj="Fwd: Fund Transfer Confirmation - Ref 7719250604", date=D(5, "16:02:33", 8), client="gmail",
     body="""Hello Tasman,

Ito po yung patunay ng bayad namin para sa May billing (SI 218702 at SI 218719). Pakicheck na lang po kung pumasok na sa account ninyo at pakikumpirma po sa amin.

Salamat,
Lorna

---------- Forwarded message ---------
From: Metro Island Bank <alerts@metroislandbank.com.ph>
Date: Wed, Jun 5, 2024 at 3:41 PM
Subject: Fund Transfer Confirmation - Ref 7719250604
To: <lorna.bautista@sampaguitaresidences.ph>


Dear LORNA BAUTISTA,

You have successfully transferred PHP 23,870.50 to TASMAN OFFICE AND PRINT SUPPLIES on 05 Jun 2024 03:40 PM.

Reference No.: 7719250604
Source Account: ****-***-5521
Remarks: SI218702 SI218719

If you did not make this transaction, please call our 24/7 hotline immediately.
""")

mail("r08", "remittance", "tl", "attachment",
     frm=A("Kristine Joy Manalo", "kj.manalo@bayanihanfoods.com.ph"), to=AR,
     subj="POP - SI 218590", date=D(6, "13:47:02", 8), client="o365-apac",
     body="""Magandang hapon po, nasa attachment po. Salamat!

KJ Manalo
Bayanihan Foods Corp. - Treasury
""",
     atts=[PDF("ProofOfPayment_BayanihanFoods_SI218590_PHP57400.pdf", "BAYANIHAN FOODS CORPORATION",
               "Proof of payment", "SI 218590  PHP 57,400.00", "Online transfer 06/06/2024")])

mail("r09", "remittance", "zh", "plain",
     frm=A("周丽", "zhouli@minghui.com.cn"), to=AR,
     subj="付款通知 - INV-218650/218651", date=D(4, "10:05:38", 8), client="foxmail",
     body="""Tasman 财务部 您好：

我司已于2024年6月4日通过招商银行向贵司电汇支付以下发票：

INV-218650   USD 3,980.00
INV-218651   USD 2,340.00
合计：USD 6,320.00

银行水单见附件，烦请查收并核销。如有疑问请随时联系。

谢谢！

周丽
上海明辉文化用品有限公司 财务部
电话：021-5478 2216
""",
     atts=[PDF("电汇水单20240604.pdf", "China Merchants Bank", "Outward T/T", "USD 6,320.00", "INV-218650 INV-218651")])

mail("r10", "remittance", "zh", "html",
     frm=A("华信电子 财务共享中心", "fssc@hx-tech.com.cn"), to=AR,
     subj="【付款通知】深圳华信电子科技有限公司 付款单号 FK20240605-0117", date=D(5, "17:30:05", 8),
     client="system",
     html="""<html><head><meta charset="utf-8"></head>
<body style="font-family:'Microsoft YaHei',SimSun,sans-serif;font-size:14px">
<p>尊敬的供应商：</p>
<p>您好！我司已按以下信息完成付款，请注意查收。</p>
<table border="1" cellspacing="0" cellpadding="5" style="border-collapse:collapse;font-size:13px">
<tr><td bgcolor="#eeeeee">收款单位</td><td>TASMAN OFFICE &amp; PRINT SUPPLIES PTY LTD</td></tr>
<tr><td bgcolor="#eeeeee">付款单号</td><td>FK20240605-0117</td></tr>
<tr><td bgcolor="#eeeeee">付款日期</td><td>2024-06-05</td></tr>
<tr><td bgcolor="#eeeeee">付款方式</td><td>电汇 (T/T)</td></tr>
<tr><td bgcolor="#eeeeee">币种 / 金额</td><td>USD 11,265.40</td></tr>
</table>
<p>付款明细：</p>
<table border="1" cellspacing="0" cellpadding="5" style="border-collapse:collapse;font-size:13px">
<tr bgcolor="#eeeeee"><th>发票号</th><th>发票日期</th><th>本次付款金额</th></tr>
<tr><td>INV-218801</td><td>2024-05-09</td><td align="right">4,812.00</td></tr>
<tr><td>INV-218833</td><td>2024-05-13</td><td align="right">3,905.40</td></tr>
<tr><td>INV-218840</td><td>2024-05-14</td><td align="right">2,548.00</td></tr>
</table>
<p style="color:#888;font-size:12px">本邮件由系统自动发送，请勿直接回复。如有疑问，请联系应付组 黄小姐（0755-2663 8810）。</p>
</body></html>
""")

mail("r11", "remittance", "zh", "reply",
     frm=A("陈静", "chenjing@jc-trade.com.cn"), to=A("Jason Lim Wei Keat", "jason.lim@tasmanops.com.au"),
     cc=AR, subj="回复：Overdue Reminder - Account CN-30522", date=D(5, "09:26:12", 8),
     client="coremail", parent=PARENT("r11"),
     body="""Jason 你好，

这两张发票（INV-218488、INV-218512）我们上周五（5月31日）已经付了，一共 USD 4,755.00，银行回单附上，麻烦核对一下，应该这两天就能到账。

谢谢！
陈静
宁波锦程贸易有限公司 财务

------------------ 原始邮件 ------------------
发件人: "Jason Lim Wei Keat"<jason.lim@tasmanops.com.au>;
发送时间: 2024年6月4日(星期二) 下午3:12
收件人: "陈静"<chenjing@jc-trade.com.cn>;
抄送: "Tasman Credit Control"<creditcontrol@tasmanops.com.au>;
主题: Overdue Reminder - Account CN-30522

Dear Ms Chen,

Our ledger shows INV-218488 (USD 2,115.00) and INV-218512 (USD 2,640.00) as overdue since 20 May. Could you advise the expected payment date?

Best regards,
Jason Lim Wei Keat
Senior AR Executive, Kuala Lumpur SSC
Tasman Office & Print Supplies
""",
     atts=[PDF("回单_20240531.pdf", "Bank of Ningbo", "USD 4,755.00", "INV-218488 INV-218512")])

_r12_text = """Tasman Office & Print Supplies 會計部：

本公司已於2024年6月6日以電匯（T/T）方式繳付以下發票，敬請查收：

發票編號         金額
INV-218911      HK$ 6,480.00
INV-218925      HK$ 2,215.50
總額            HK$ 8,695.50

付款參考編號：HL-TT-0606-2291

如有任何查詢，歡迎致電 2598 3317 與本人聯絡。

李嘉欣
會計主任
海港燈光貿易有限公司
"""
mail("r12", "remittance", "zh-hant", "alternative",
     frm=A("李嘉欣 Kelly Li", "kelly.li@harbourlights.com.hk"), to=AR,
     subj="付款通知 Payment Advice - 海港燈光貿易有限公司", date=D(6, "11:40:27", 8),
     client="o365-apac", clang="zh-HK",
     body=_r12_text, html=OH(_r12_text, lang="ZH-TW", font="PMingLiU"))

mail("r13", "remittance", "de", "plain",
     frm=A("Anja Petersen", "a.petersen@buerotechnik-albrecht.de"), to=AR,
     subj="Zahlungsavis - Bürotechnik Albrecht GmbH, KD-Nr. 40711", date=D(5, "10:14:55", 2),
     client="o365-de",
     body="""Sehr geehrte Damen und Herren,

wir haben heute die nachstehenden Rechnungen per Auslandsüberweisung beglichen:

Rechnung 218744 vom 08.05.2024      1.926,40 EUR
Rechnung 218790 vom 13.05.2024      1.492,20 EUR
Summe                               3.418,60 EUR

Valuta: 05.06.2024
Verwendungszweck: KD-Nr. 40711 / RE 218744, 218790

Bitte beachten Sie, dass etwaige Bankgebühren auf Empfängerseite von Ihnen zu tragen sind (SHA).

Mit freundlichen Grüßen

Anja Petersen
Kreditorenbuchhaltung
Bürotechnik Albrecht GmbH
Billwerder Neuer Deich 14 · 20539 Hamburg
Tel. +49 40 7895112-34

Geschäftsführer: Henning Albrecht · Amtsgericht Hamburg HRB 48812
""")

mail("r14", "remittance", "de", "attachment",
     frm=A("SAP Zahlungsverkehr Druckhaus Lindner", "sap-noreply@druckhaus-lindner.de"), to=AR,
     subj="Zahlungsavis 2000014587 / Lieferant 300412", date=D(6, "06:02:10", 2), client="system",
     body="""Sehr geehrte Damen und Herren,

anbei erhalten Sie unser Zahlungsavis.

Diese E-Mail wurde automatisch erstellt. Bitte antworten Sie nicht auf diese Nachricht.
""",
     atts=[PDF("Zahlungsavis_2000014587.pdf", "Druckhaus Lindner KG", "Zahlungsavis 2000014587",
               "Lieferant 300412 Tasman Office & Print Supplies", "RE 218655 2.140,00 EUR",
               "RE 218672 1.077,50 EUR", "Zahlbetrag 3.217,50 EUR  Ausfuehrung 06.06.2024")])

mail("r15", "remittance", "ms", "plain",
     frm=A("Siti Hajar binti Osman", "sitihajar@perkasajaya.com.my"), to=AR,
     subj="Makluman Pembayaran - INV-218777", date=D(5, "15:55:43", 8), client="o365-apac", clang="ms-MY",
     body="""Tuan/Puan,

Dengan hormatnya perkara di atas adalah dirujuk.

2. Dimaklumkan bahawa bayaran bagi invois INV-218777 berjumlah RM 5,860.00 telah dibuat melalui pindahan IBG pada 05/06/2024.

3. Bersama-sama ini dilampirkan slip bayaran untuk rujukan pihak tuan/puan. Mohon kerjasama pihak tuan/puan untuk mengeluarkan resit rasmi.

Sekian, terima kasih.

Siti Hajar binti Osman
Eksekutif Akaun
Syarikat Perkasa Jaya Sdn. Bhd.
No. 12, Jalan Perusahaan 3, Kawasan Perindustrian Batu Caves, 68100 Selangor
""",
     atts=[PDF("SlipIBG_PerkasaJaya_050624.pdf", "IBG Transfer", "RM 5,860.00", "INV-218777")])

mail("r16", "remittance", "id", "forward",
     frm=A("Dewi Kartika Sari", "dewi.kartika@nusantarakertas.co.id"), to=AR,
     subj="Fwd: Bukti Transfer - Pembayaran Invoice INV-219010", date=D(6, "14:10:21", 7), client="gmail",
     body="""Dengan hormat,

Bersama ini kami teruskan bukti transfer dari bank kami untuk pembayaran invoice INV-219010 sebesar USD 2,150.00. Biaya transfer sudah kami tanggung (OUR). Mohon dikonfirmasi apabila dana sudah diterima.

Terima kasih,
Dewi Kartika Sari
Finance & Accounting
PT Nusantara Kertas Prima
Jl. Gajah Mada No. 88, Jakarta Barat

---------- Pesan terusan ---------
Dari: Treasury NKP <treasury@nusantarakertas.co.id>
Tanggal: Kam, 6 Jun 2024 pukul 11.02
Subjek: Bukti Transfer - Pembayaran Invoice INV-219010
Kepada: Dewi Kartika Sari <dewi.kartika@nusantarakertas.co.id>


Bu Dewi,

Transfer ke Tasman sudah dieksekusi pagi ini, berikut rinciannya:
Tanggal: 06/06/2024
Jumlah: USD 2,150.00
Penerima: TASMAN OFFICE & PRINT SUPPLIES PTY LTD, Melbourne
Berita: INV-219010

Salam,
Rudi
""")

mail("r17", "remittance", "en", "plain",
     frm=A("Hemi Walker", "office@kauricoast.co.nz"), to=AR,
     subj="payment", date=D(7, "09:03:19", 12), client="o365-nz",
     body="""Hi

Paid today NZD 3,277.85, ref KAURICOAST 219110.

Regards
Hemi Walker
Office Manager | Kauri Coast Engineering Ltd
021 448 903
""")

_r18_text = """Hi Tasman Office & Print Supplies,

Here's your payment advice for the payment we made on 6 Jun 2024.

Amount paid: 1,894.20 AUD

Invoice number    Reference      Amount paid
INV-218984        PO OFL-2231       1,102.00
INV-219001        PO OFL-2240         792.20

If you have any questions, please let us know.

Thanks,
Shannon Keogh
Outback Freight Logistics
"""
mail("r18", "remittance", "en", "alternative",
     frm=A("Outback Freight Logistics", "messaging-service@post.xero.com"), to=AR,
     reply_to="accounts@outbackfreight.com.au",
     subj="Payment advice from Outback Freight Logistics", date=D(6, "12:30:48", 9.5), client="system",
     body=_r18_text,
     html="""<html><head><meta charset="utf-8"></head>
<body style="margin:0;background:#f4f5f6;font-family:Helvetica,Arial,sans-serif">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:24px">
<table width="560" cellpadding="16" cellspacing="0" style="background:#ffffff;border-radius:4px">
<tr><td style="font-size:15px;color:#1e3245">
<p>Hi Tasman Office &amp; Print Supplies,</p>
<p>Here's your payment advice for the payment we made on <b>6 Jun 2024</b>.</p>
<p style="font-size:22px;margin:8px 0"><b>1,894.20 AUD</b><br><span style="font-size:12px;color:#6b7c93">Amount paid</span></p>
<table width="100%" cellpadding="6" cellspacing="0" style="font-size:13px;border-top:1px solid #dfe3e8">
<tr style="color:#6b7c93"><td>Invoice number</td><td>Reference</td><td align="right">Amount paid</td></tr>
<tr><td>INV-218984</td><td>PO OFL-2231</td><td align="right">1,102.00</td></tr>
<tr><td>INV-219001</td><td>PO OFL-2240</td><td align="right">792.20</td></tr>
</table>
<p>If you have any questions, please let us know.</p>
<p>Thanks,<br>Shannon Keogh<br>Outback Freight Logistics</p>
</td></tr></table>
<p style="font-size:11px;color:#8c99a6">Sent via Xero on behalf of Outback Freight Logistics</p>
</td></tr></table>
</body></html>
""")

mail("r19", "remittance", "en", "reply",
     frm=A("Margaret Lyons", "bursar@stbrigids.vic.edu.au"), to=AR,
     cc=A("Bronwyn Achterberg", "bronwyn.achterberg@tasmanops.com.au"),
     subj="RE: Statement of Account - May 2024 - St Brigid's College (C10219)", date=D(5, "11:47:30", 10),
     parent=PARENT("r19"),
     body=OLQ("""Good morning Bronwyn,

Thank you for the statement. We paid the three outstanding items this morning - the advice is attached. As you'll see, CN-04417 ($212.30) has been taken off INV-218090, so the net transfer was $3,064.45.

Warm regards,

Margaret Lyons
Bursar
St Brigid's College
12 Mount Street, Kew VIC 3101 | (03) 9853 4410
""", [("From:", "Tasman Credit Control <creditcontrol@tasmanops.com.au>"),
      ("Sent:", "Friday, 31 May 2024 4:55 PM"),
      ("To:", "Bursar <bursar@stbrigids.vic.edu.au>"),
      ("Subject:", "Statement of Account - May 2024 - St Brigid's College (C10219)")],
"""Dear Margaret,

Please find attached your statement as at 31 May 2024. Items shown as current are not yet due.

If anything on the statement doesn't match your records, just reply to this email and we'll look into it.

Kind regards,
Bronwyn Achterberg
Credit Controller - ANZ
Tasman Office & Print Supplies Pty Ltd"""),
     atts=[PDF("StBrigids_EFT_050624.pdf", "St Brigid's College", "EFT 05/06/2024 AUD 3,064.45",
               "INV-218090 less CN-04417", "INV-218148", "INV-218233")])

mail("r20", "remittance", "en", "forward",
     frm=A("Tom Vukovic", "tom.vukovic@coastlineagedcare.org.au"), to=AR,
     subj="FW: Payments released 06/06", date=D(6, "15:05:14", 10),
     body=OLQ("""Hi Tasman,

FYI below from our treasury team - your invoice 219233 was included in today's release ($7,812.40). Our system doesn't email advices out automatically yet, so this is it, sorry!

Tom

Tom Vukovic | Accounts Payable | Coastline Aged Care Ltd
PO Box 220, Frankston VIC 3199
""", [("From:", "Treasury <treasury@coastlineagedcare.org.au>"),
      ("Sent:", "Thursday, 6 June 2024 2:31 PM"),
      ("To:", "Accounts Payable <ap@coastlineagedcare.org.au>"),
      ("Subject:", "Payments released 06/06")],
"""Hi AP,

Today's supplier run has been authorised and released in the bank:

Batch 2406-06A - 14 payments - $118,406.92

Includes: Tasman Office & Print Supplies $7,812.40 (219233); Pinnacle Linen Services $12,090.00; Medisafe Sharps $1,466.85; plus the usual utilities.

Expect funds with payees tomorrow.

Regards,
Priscilla
Treasury Officer"""))

mail("r21", "remittance", "en", "html",
     frm=A("Harbourview Hotel Sydney - Finance", "accountspayable@harbourviewhotelsydney.com.au"), to=AR,
     subj="Payment Notification - Harbourview Hotel Sydney", date=D(7, "10:20:36", 10), client="system",
     html="""<html><head><meta charset="utf-8"></head>
<body style="font-family:Georgia,serif;font-size:14px;color:#2b2b2b">
<div style="border-bottom:3px solid #0b3d5c;padding-bottom:6px"><span style="font-size:20px;color:#0b3d5c">HARBOURVIEW HOTEL SYDNEY</span></div>
<p>Dear Valued Supplier,</p>
<p>We wish to advise that the following payment has been processed to your account today by electronic funds transfer.</p>
<table cellpadding="6" cellspacing="0" style="border:1px solid #ccc;font-size:13px">
<tr style="background:#0b3d5c;color:#fff"><th align="left">Invoice</th><th align="left">Date</th><th align="right">Amount (AUD)</th></tr>
<tr><td>218874</td><td>16 May 2024</td><td align="right">2,331.90</td></tr>
<tr><td>218899</td><td>20 May 2024</td><td align="right">978.45</td></tr>
<tr><td colspan="2"><b>Total paid 07/06/2024</b></td><td align="right"><b>3,310.35</b></td></tr>
</table>
<p>Please allow up to two business days for the funds to appear in your account.</p>
<p>Kind regards,<br>Hotel Finance Department<br>Harbourview Hotel Sydney | 2 Hickson Road, The Rocks NSW 2000</p>
</body></html>
""")

mail("r22", "remittance", "en", "attachment",
     frm=A("Hartwell & Finch Accounts", "accounts@hartwellfinch.com.au"), to=AR,
     subj="Hartwell & Finch - EFT 07/06", date=D(7, "17:48:02", 10),
     body="""--
Hartwell & Finch Architects
Level 2, 45 Flinders Lane, Melbourne VIC 3000
T 03 9650 2281

This email and any attachments are confidential. If you have received it in error, please notify the sender and delete it.
""",
     atts=[PDF("EFT_ADVICE_HARTWELL_FINCH_070624.pdf", "Hartwell & Finch Architects", "EFT payment advice",
               "Paid to Tasman Office & Print Supplies", "INV-219127 1,486.00",
               "INV-219168 612.50", "Total 2,098.50 paid 07/06/2024")])

mail("r23", "remittance", "en", "plain",
     frm=A("Nick Castellano", "nick@yarravalleycellar.com.au"), to=AR,
     subj="INV-218615 - paid", date=D(3, "14:22:18", 10),
     body="""Hi there,

Sorry for the delay on this one - we had a mix-up switching over to our new bank and a few supplier payments bounced back to us. I've re-sent $2,145.00 this morning for INV-218615 (ref TASMAN 218615) from our new account, which has a different BSB, so please don't be alarmed if the payer name looks a bit different on your end.

Could you confirm once it's landed?

Thanks,
Nick Castellano
Finance Manager
Yarra Valley Cellar Co.
""")

mail("r24", "remittance", "en", "reply",
     frm=A("Sanjay Mehta", "accounts@kookaburradental.com.au"),
     to=A("Liam O'Halloran", "liam.ohalloran@tasmanops.com.au"), cc=AR,
     subj="RE: Short payment - INV-218480", date=D(4, "12:09:57", 10), parent=PARENT("r24"),
     body=OLQ("""Hi Liam,

You're right - we short-paid 218480 by $44.00. One of our team keyed $1,276.00 instead of $1,320.00. The $44.00 balance went across this morning with the reference "218480 BAL".

Apologies for the hassle.

Sanjay
Kookaburra Dental | Practice Accounts
""", [("From:", "Liam O'Halloran <liam.ohalloran@tasmanops.com.au>"),
      ("Sent:", "Monday, 3 June 2024 11:36 AM"),
      ("To:", "Sanjay Mehta <accounts@kookaburradental.com.au>"),
      ("Cc:", "Tasman Credit Control <creditcontrol@tasmanops.com.au>"),
      ("Subject:", "Short payment - INV-218480")],
"""Hi Sanjay,

We received $1,276.00 against INV-218480 on 28 May, but the invoice total is $1,320.00. Was there a reason for the $44.00 difference, or was it an oversight? Happy to look into it if you believe something on the invoice was incorrect.

Cheers,
Liam"""))

mail("r25", "remittance", "en", "forward",
     frm=A("Melissa Ong", "melissa.ong@lioncityclinics.sg"), to=AR,
     subj="FW: Payment Advice - TT 20240607", date=D(7, "10:55:31", 8), client="o365-apac",
     body=OLQ("""Dear Tasman Finance,

Please see the payment advice below for INV-219150 (S$1,980.00). Kindly acknowledge receipt.

Regards,
Melissa Ong
Accounts Executive
Lion City Clinics Pte Ltd
""", [("From:", "LCC AP System <ap-system@lioncityclinics.sg>"),
      ("Sent:", "Friday, 7 June 2024 9:30 AM"),
      ("To:", "Melissa Ong <melissa.ong@lioncityclinics.sg>"),
      ("Subject:", "Payment Advice - TT 20240607")],
"""PAYMENT ADVICE

Payer          : LION CITY CLINICS PTE LTD
Payee          : TASMAN OFFICE & PRINT SUPPLIES PTY LTD
Payment mode   : Telegraphic Transfer
Value date     : 07/06/2024
Currency/Amount: SGD 1,980.00
Invoice(s)     : INV-219150
Batch          : AP-TT-240607-03""", sep="-----Original Message-----"))

mail("r26", "remittance", "en", "attachment",
     frm=A("Chloe Marsden", "chloe.fitzroyphysio@gmail.com"), to=AR,
     subj="Invoice 219301", date=D(3, "19:42:06", 10), client="gmail",
     body="""Receipt attached

Chloe
Fitzroy Physio & Pilates

Sent from my iPhone
""",
     atts=[PDF("CardPaymentReceipt_88213_INV219301.pdf", "Tasman Office & Print Supplies - online payment",
               "Receipt 88213", "Invoice 219301", "Visa ****0482 AUD 447.70 APPROVED 03/06/2024 19:38")])

# ======================================================================
# Copies of invoices / credit notes wanted
# ======================================================================
mail("i01", "invoice_request", "en", "plain",
     frm=A("Marnie Fitzgerald", "mfitzgerald@southerncrosslegal.com.au"), to=AR,
     subj="Copy of invoice 218812", date=D(3, "11:05:49", 10),
     body="""Hi,

Could you please send through a copy of invoice 218812? Our scanning system seems to have swallowed the original and I can't find it anywhere.

Many thanks,

Marnie Fitzgerald
Practice Accounts
Southern Cross Legal
Level 11, 333 Collins Street, Melbourne VIC 3000

This email is confidential and may be subject to legal professional privilege. If you are not the intended recipient, please delete it and notify us immediately.
""")

mail("i02", "invoice_request", "en", "plain",
     frm=A("Jess Nguyen", "jess@coastalkids.com.au"), to=AR,
     subj="Invoice copies for EOFY - account C10442", date=D(4, "15:30:14", 10), client="gmail",
     body="""Hello,

I'm pulling together our records for the end of financial year and need copies of every invoice you've issued to us between 1 March and 31 May 2024 (account C10442, all three centres). If you can send them as one combined PDF that would be ideal, but separate files are fine too.

Thanks heaps,
Jess Nguyen
Business Manager
Coastal Kids Early Learning - Torquay | Ocean Grove | Jan Juc
""")

mail("i03", "invoice_request", "en", "reply",
     frm=A("Renee Hollis", "renee.hollis@wattlebirdconstructions.com.au"), to=AR,
     subj="Re: Overdue invoices \u2013 Wattlebird Constructions", date=D(3, "13:50:02", 10),
     client="gmail", parent=PARENT("i03"),
     body=GMQ("""Hi Liam,

We don't actually have either of these on file. My guess is they went to our old AP address (accounts@wattlebird.net.au), which was shut down in April when we moved to the new domain.

Could you resend 218645 and 218700 to ap@wattlebirdconstructions.com.au? Once they're in the system I'll get them approved quickly.

Thanks,
Renee
""", "On Mon, 3 Jun 2024 at 10:18\u202fam, Tasman Credit Control <creditcontrol@tasmanops.com.au> wrote:",
"""Hi Renee,

Just a reminder that the two invoices below are now more than 30 days overdue:

INV-218645  - $3,310.00 - due 10/05/2024
INV-218700  - $  945.60 - due 14/05/2024

Please let us know when payment will be made.

Liam O'Halloran
Tasman Office & Print Supplies"""))

mail("i04", "invoice_request", "en", "reply",
     frm=A("Aroha Tipene", "admin@teawamedical.co.nz"),
     to=A("Bronwyn Achterberg", "bronwyn.achterberg@tasmanops.com.au"), cc=AR,
     subj="RE: Statement - May 2024 - Te Awa Medical Centre", date=D(4, "10:12:25", 12),
     client="o365-nz", parent=PARENT("i04"),
     body=OLQ("""Hi Bronwyn,

Thanks for the statement. It shows a credit note CN-04432 for $186.40 but I can't find it on our side - could you please email me a copy so I can match it up?

Ngā mihi,
Aroha Tipene
Practice Administrator
Te Awa Medical Centre | 14 Victoria Street, Hamilton 3204
""", [("From:", "Tasman Credit Control <creditcontrol@tasmanops.com.au>"),
      ("Sent:", "Friday, 31 May 2024 6:58 PM"),
      ("To:", "Aroha Tipene <admin@teawamedical.co.nz>"),
      ("Subject:", "Statement - May 2024 - Te Awa Medical Centre")],
"""Kia ora Aroha,

Your statement as at 31 May 2024 is attached. Please note that all amounts are in NZD.

Regards,
Bronwyn Achterberg
Credit Controller - ANZ"""))

mail("i05", "invoice_request", "en", "forward",
     frm=A("Belinda Tran", "ap@redgumproperty.com.au"), to=AR,
     subj="FW: Toner order - 18 Hargrave St site", date=D(5, "09:40:11", 10),
     body=OLQ("""Hi Tasman team,

See below from our site manager. We have the delivery docket for PO 7781 but never received a tax invoice for it. Could you please send one through to this address so we can process it?

Thanks,
Belinda Tran
Accounts Payable | Redgum Property Group
""", [("From:", "Craig Mostert <craig.mostert@redgumproperty.com.au>"),
      ("Sent:", "Tuesday, 4 June 2024 4:51 PM"),
      ("To:", "Accounts Payable <ap@redgumproperty.com.au>"),
      ("Subject:", "Toner order - 18 Hargrave St site")],
"""Bel - the Tasman toner and paper for Hargrave St arrived last Thursday (PO 7781, about $640 from memory). Haven't seen an invoice come through, can you chase them for it?

Craig"""))

mail("i06", "invoice_request", "en", "plain",
     frm=A("Leanne Pickering", "banksiafamilydental@gmail.com"), to=AR,
     subj="Tax invoice needed - order SO-55120", date=D(5, "14:05:37", 10), client="gmail",
     body="""Hello,

Our accountant has asked for a proper tax invoice (showing the GST amount and your ABN) for the order we placed on 14 May, order number SO-55120. All we got in the box was a packing slip. Could you email one through please?

Kind regards,
Leanne Pickering
Practice Manager
Banksia Family Dental
""")

_i07 = """Dear Tasman Team,

Kindly resend invoice INV-219044. The PDF attached to your email dated 28 May 2024 cannot be opened - our system says the file is damaged.

Appreciate if you could send it again at your earliest convenience.

Thank you.

Best regards,
Farah Aziz
Finance Executive
Merlion Events Pte Ltd
1 Kaki Bukit View #05-11, Singapore 415941
"""
mail("i07", "invoice_request", "en", "html",
     frm=A("Farah Aziz", "farah.aziz@merlionevents.com.sg"), to=AR,
     subj="Request to resend INV-219044", date=D(6, "10:02:44", 8), client="o365-apac",
     html=OH(_i07, lang="EN-SG", font="Arial"))

mail("i08", "invoice_request", "en", "reply",
     frm=A("Shane O'Brien", "shane.fremantlemarine@gmail.com"), to=AR,
     subj="Re: Your invoice INV-219098 from Tasman Office & Print Supplies", date=D(6, "13:15:08", 8),
     client="gmail", parent=PARENT("i08"),
     body=GMQ("""Hey,

The link in this email to view/download the invoice says it's expired. Can you just attach the PDF to an email instead? Easier for me anyway.

Cheers,
Shane
Fremantle Marine Services
""", "On Thu, 23 May 2024 at 06:30, Tasman Office & Print Supplies <invoices@tasmanops.com.au> wrote:",
"""Dear Fremantle Marine Services,

Your invoice INV-219098 for $1,214.95 is ready.

View and download your invoice: https://billing.tasmanops.com.au/v/7Qz4Kp2

Payment is due by 22 June 2024.

Thank you for your business."""))

mail("i09", "invoice_request", "en", "plain",
     frm=A("Eric Chan", "eric.chan@kowloonbaylogistics.com.hk"), to=AR,
     subj="copy inv 219012 & 219013", date=D(7, "09:33:40", 8), client="generic",
     body="""Dear Sir/Madam,

Pls send us copy of inv no. 219012 & 219013 for our audit, auditor need by next Tue. Thx.

Eric Chan
Accounts Dept
Kowloon Bay Logistics Ltd
Tel: 2755 3180  Fax: 2755 3188
""")

mail("i10", "invoice_request", "en", "plain",
     frm=A("Debbie Marshall", "office@lakesidegolfclub.com.au"), to=AR,
     subj="Your statement", date=D(3, "15:12:51", 10),
     body="""Hi,

Thanks for the statement you sent on Friday. There are three invoices on it that we've never received - 218302, 218417 and 218533. Can you please email copies of those so I can get them into our system and paid?

Everything else on the statement agrees with our records.

Regards,
Debbie Marshall
Office Manager
Lakeside Golf Club
""")

mail("i11", "invoice_request", "tl", "plain",
     frm=A("Mary Grace Tolentino", "mg.tolentino@luzonpharma.com.ph"), to=AR,
     subj="Request for copy of invoice #218720", date=D(3, "09:20:33", 8), client="gmail",
     body="""Hi po,

Pwede po bang pa-resend ng Sales Invoice #218720? Hindi po namin natanggap yung original copy at hindi rin po namin makita sa email. Kailangan po namin ito para maisama na sa susunod na check run.

Salamat po!

Mary Grace Tolentino
AP Clerk, Luzon Pharma Distributors Inc.
""")

mail("i12", "invoice_request", "tl", "reply",
     frm=A("Jerome Castillo", "jerome.castillo@islaverdebpo.com"),
     to=A("Rhea Mae Soriano", "rheamae.soriano@tasmanops.com.au"), cc=AR,
     subj="RE: Follow-up: Unpaid SI 218688", date=D(4, "10:40:19", 8),
     client="o365-apac", parent=PARENT("i12"),
     body=OLQ("""Hello Ma'am Rhea,

Wala pa po sa amin yung invoice na ito, kaya hindi pa po namin nababayaran. Paki-send na lang po ulit ng soft copy dito sa email, at kung maaari po ay padalhan din kami ng original na kopya sa office namin sa Ortigas (Unit 1204, Tektite East Tower). Requirement po kasi ng auditor ang original.

Salamat po,
Jerome
""", [("From:", "Rhea Mae Soriano <rheamae.soriano@tasmanops.com.au>"),
      ("Sent:", "Monday, June 3, 2024 4:02 PM"),
      ("To:", "Jerome Castillo <jerome.castillo@islaverdebpo.com>"),
      ("Cc:", "Tasman Credit Control <creditcontrol@tasmanops.com.au>"),
      ("Subject:", "Follow-up: Unpaid SI 218688")],
"""Hi Sir Jerome,

Following up on SI 218688 (PHP 18,960.00) dated 2 May 2024, which is now overdue. Kindly advise when we can expect settlement.

Thank you,
Rhea Mae Soriano"""))

mail("i13", "invoice_request", "tl", "plain",
     frm=A("Cherry Lou Abellana", "accounting@sttheresecebu.edu.ph"), to=AR,
     subj="Request: certified true copy ng invoice", date=D(5, "14:30:06", 8), client="gmail",
     body="""Good afternoon po.

Humihingi po sana kami ng certified true copy ng Sales Invoice No. 218811 (dated April 22, 2024). Hinihingi po kasi ito ng external auditor namin para sa year-end audit ng school. Pwede na pong scanned copy muna, tapos ipadala na lang po ang original sa school address namin sa Mandaue.

Maraming salamat po.

Cherry Lou Abellana
Accounting Office
St. Therese Academy - Cebu
""")

mail("i14", "invoice_request", "zh", "plain",
     frm=A("吴婷", "wuting@hengda-pack.com"), to=AR,
     subj="请重发5月份发票 INV-218699", date=D(4, "16:08:29", 8), client="coremail",
     body="""您好！

麻烦重新发送一下5月份的发票 INV-218699 的PDF版本，我们财务系统里一直没有找到，可能是邮件被拦截了。请直接发到这个邮箱就可以。

谢谢！

吴婷
苏州恒达包装材料有限公司
财务部 应付会计
电话：0512-6587 4420
""")

mail("i15", "invoice_request", "zh", "forward",
     frm=A("林晓峰", "linxf@tianhe-trading.cn"), to=AR,
     subj="转发: 采购订单 PO20240521 到货确认", date=D(6, "11:12:45", 8), client="foxmail",
     body="""你好，

下面是我们仓库的到货确认。这张订单（PO20240521）到现在还没收到贵司的发票，麻烦尽快把发票发给我们财务，我们好安排入账。

谢谢！
林晓峰
广州天禾贸易有限公司 财务部

-------- 转发邮件信息 --------
发件人："仓库-张强" <warehouse@tianhe-trading.cn>
发送日期：2024-06-05 17:26
收件人："林晓峰" <linxf@tianhe-trading.cn>
主题：采购订单 PO20240521 到货确认

林经理：
Tasman 的这批打印纸和碳粉（PO20240521）今天下午已经全部到货，数量核对无误，入库单号 RK-0605-031。

张强
""")

mail("i16", "invoice_request", "zh-hant", "reply",
     frm=A("黃美玲", "accounts@takcheong.com.hk"), to=A("Jason Lim Wei Keat", "jason.lim@tasmanops.com.au"),
     cc=AR, subj="回覆: Invoice INV-218905 - Tasman Office & Print Supplies", date=D(5, "15:20:52", 8),
     client="o365-apac", clang="zh-HK", parent=PARENT("i16"),
     body=OLQ("""Jason 你好，

請再發一次 INV-218905 的發票副本給我們。上次的電郵被公司的防垃圾郵件系統誤刪了，我們這邊完全找不到。

唔該晒！

黃美玲
會計部
德昌文具批發有限公司
電話：2541 7726
""", [("寄件者:", "Jason Lim Wei Keat <jason.lim@tasmanops.com.au>"),
      ("寄件日期:", "2024年5月21日 上午 10:05"),
      ("收件者:", "accounts@takcheong.com.hk"),
      ("副本:", "Tasman Credit Control <creditcontrol@tasmanops.com.au>"),
      ("主旨:", "Invoice INV-218905 - Tasman Office & Print Supplies")],
"""Dear Tak Cheong team,

Please find attached invoice INV-218905 for HK$ 12,340.00, payment due 20 June 2024.

Regards,
Jason"""))

mail("i17", "invoice_request", "de", "plain",
     frm=A("Markus Haller", "m.haller@druckhaus-lindner.de"), to=AR,
     subj="Rechnung 218760 - bitte erneut zusenden", date=D(3, "09:45:13", 2), client="o365-de",
     body="""Guten Tag,

bitte senden Sie uns die Rechnung 218760 noch einmal zu, und zwar an rechnungseingang@druckhaus-lindner.de. Unser bisheriges Postfach buchhaltung@druckhaus-lindner.de wird seit Mai nicht mehr abgerufen, deshalb ist die Rechnung bei uns nie angekommen.

Vielen Dank und freundliche Grüße

Markus Haller
Buchhaltung
Druckhaus Lindner KG
Heilbronner Str. 212 · 70191 Stuttgart
""")

mail("i18", "invoice_request", "ja", "reply",
     frm=A("佐藤 美咲", "m.sato@sakura-bm.com.au"), to=AR,
     subj="RE: Invoice INV-219088 / Sakura Business Machines Australia", date=D(6, "13:05:22", 10),
     clang="ja-JP", parent=PARENT("i18"),
     body=OLQ("""Tasman Credit Control ご担当者様

いつもお世話になっております。
サクラ・ビジネスマシンズ・オーストラリアの佐藤でございます。

請求書INV-219088につきまして、社内の承認手続きの途中で原本を紛失してしまいました。
大変お手数ですが、PDFを本メールアドレス宛に再送いただけますでしょうか。

何卒よろしくお願い申し上げます。

佐藤 美咲
Sakura Business Machines Australia Pty Ltd
経理部
Tel: (02) 9267 4410
""", [("From:", "Tasman Credit Control <creditcontrol@tasmanops.com.au>"),
      ("Sent:", "Monday, 27 May 2024 3:14 PM"),
      ("To:", "Misaki Sato <m.sato@sakura-bm.com.au>"),
      ("Subject:", "Invoice INV-219088 / Sakura Business Machines Australia")],
"""Hi Misaki,

Attached is invoice INV-219088 for the copier consumables delivered on 24 May.

Regards,
Liam"""))

# ======================================================================
# Statements / open items / balance wanted
# ======================================================================
mail("s01", "statement_request", "en", "plain",
     frm=A("Pauline Dawson", "accounts@murrayrivergrain.com.au"), to=AR,
     subj="Statement of account as at 31 May", date=D(3, "10:50:21", 9.5),
     body="""Good morning,

Could you please email us a statement of account as at 31 May 2024? We're reconciling supplier balances for month end and yours is one of the few we haven't received.

Regards,
Pauline Dawson
Accounts Officer
Murray River Grain Co-operative Ltd
Renmark SA 5341
""")

mail("s02", "statement_request", "en", "plain",
     frm=A("Gary Whitfield", "gaz.surfcoastsigns@gmail.com"), to=AR,
     subj="how much do we owe you??", date=D(4, "20:14:47", 10), client="gmail",
     body="""Hey guys

I've completely lost track of where we're at with you. Can someone tell me what's still owing on our account? I want everything cleared before 30 June so the accountant stops hassling me.

Gary Whitfield
Surf Coast Signs & Print
0412 558 091

Sent from my Galaxy
""")

mail("s03", "statement_request", "en", "reply",
     frm=A("Andrea Kovac", "andrea@morningtonmarine.com.au"), to=AR,
     subj="Re: Payment reminder - Mornington Marine Supplies", date=D(4, "09:27:35", 10),
     client="gmail", parent=PARENT("s03"),
     body=GMQ("""Hi Liam,

Before I pay anything, could you send me a full list of everything that's open on our account - invoices, any credits, the lot? Your reminder lists two invoices but I think there might be a couple more from April, and I'd rather do one payment that clears the whole thing.

Thanks,
Andrea
""", "On Mon, 3 Jun 2024 at 15:44, Tasman Credit Control <creditcontrol@tasmanops.com.au> wrote:",
"""Hi Andrea,

A quick note to let you know INV-218509 ($874.20) and INV-218562 ($1,305.00) are now past their due date.

We'd appreciate payment at your earliest convenience.

Kind regards,
Liam O'Halloran
Tasman Office & Print Supplies Pty Ltd"""))

mail("s04", "statement_request", "en", "html",
     frm=A("Rachel Koh", "rachel.koh@tpdentalgroup.com.sg"), to=AR,
     subj="Request for Statement of Account (Jan - May 2024)", date=D(5, "11:20:16", 8), client="o365-apac",
     html=OH("""Dear Sir/Madam,

We are currently preparing our half-year audit schedules. Please provide the Statement of Account for Tanjong Pagar Dental Group Pte Ltd covering January to May 2024, showing all invoices, credit notes and payments received.

Kindly send it to this email address by 12 June 2024.

Thank you.

Regards,
Rachel Koh
Senior Accounts Assistant
Tanjong Pagar Dental Group Pte Ltd
""", lang="EN-SG", font="Arial"))

mail("s05", "statement_request", "en", "plain",
     frm=A("Fiona McAllister", "finance@southernalpstourism.co.nz"), to=AR,
     subj="Aged balance - Southern Alps Tourism", date=D(5, "14:02:40", 12), client="o365-nz",
     body="""Kia ora,

Our auditors have asked for supplier aging as at 31 May. Could you send a current aged balance report for our account (I think the number is NZ-1106)? Broken into current / 30 / 60 / 90+ would be perfect.

Cheers,
Fiona McAllister
Finance Administrator
Southern Alps Tourism Ltd
Queenstown
""")

mail("s06", "statement_request", "en", "forward",
     frm=A("Olivia Grant", "olivia@hartwellfinch.com.au"), to=AR,
     subj="FW: Tasman - what do we owe?", date=D(6, "10:15:29", 10),
     body=OLQ("""Hi Tasman team,

Could you please send me our current balance and a statement? One of the partners is asking (see below) and I'd rather give him your numbers than mine.

Thanks,
Olivia Grant
Office Manager | Hartwell & Finch Architects
""", [("From:", "James Hartwell <james@hartwellfinch.com.au>"),
      ("Sent:", "Thursday, 6 June 2024 9:02 AM"),
      ("To:", "Olivia Grant <olivia@hartwellfinch.com.au>"),
      ("Subject:", "Tasman - what do we owe?")],
"""Liv - how much are we into Tasman for at the moment? Want to know before I sign off the June budget.

J"""))

_s07 = """Dear Supplier,

As part of our quarterly vendor reconciliation, please send us your Statement of Account for vendor code V100877 as at 31 May 2024, listing all open invoices with invoice date, due date and outstanding amount.

Please reply to this email with the statement in PDF or Excel format by 14 June 2024.

Thank you for your cooperation.

Vendor Payments Team
Straits Freight Forwarding Pte Ltd
30 Pioneer Road, Singapore 628502
"""
mail("s07", "statement_request", "en", "alternative",
     frm=A("SFF Vendor Payments", "vendorpayments@straitsfreight.com.sg"), to=AR,
     subj="Request for Statement of Account - Vendor Code V100877", date=D(6, "16:45:03", 8),
     client="o365-apac", body=_s07, html=OH(_s07, lang="EN-SG", font="Segoe UI"))

mail("s08", "statement_request", "en", "reply",
     frm=A("Shauna Leary", "accounts@greenvalenursery.com.au"),
     to=A("Bronwyn Achterberg", "bronwyn.achterberg@tasmanops.com.au"), cc=AR,
     subj="RE: Credit note CN-04461 - Greenvale Nursery", date=D(7, "11:30:44", 10), parent=PARENT("s08"),
     body=OLQ("""Thanks Bronwyn, that's great.

Now that the credit's been raised, could you send me a fresh statement showing what's actually left to pay? I want to be sure I'm looking at the same numbers as you before our next run.

Shauna
""", [("From:", "Bronwyn Achterberg <bronwyn.achterberg@tasmanops.com.au>"),
      ("Sent:", "Friday, 7 June 2024 9:48 AM"),
      ("To:", "Shauna Leary <accounts@greenvalenursery.com.au>"),
      ("Cc:", "Tasman Credit Control <creditcontrol@tasmanops.com.au>"),
      ("Subject:", "Credit note CN-04461 - Greenvale Nursery")],
"""Hi Shauna,

As discussed, I've raised credit note CN-04461 for $418.00 against INV-218792 for the returned planter boxes. A copy is attached.

Kind regards,
Bronwyn"""))

mail("s09", "statement_request", "en", "plain",
     frm=A("Marco Bellini", "marco.bellini@harbourviewhotelsydney.com.au"), to=AR,
     subj="Outstanding balance - Harbourview Hotel Sydney", date=D(3, "16:20:09", 10),
     body="""Hello,

I've just taken over accounts payable at Harbourview Hotel Sydney from Karen, who left last month. Could you send me the outstanding balance on our account along with a list of open invoices? I'm trying to work out what has and hasn't been paid during the handover.

Many thanks,
Marco Bellini
Accounts Payable Officer
Harbourview Hotel Sydney
""")

mail("s10", "statement_request", "tl", "plain",
     frm=A("Ana Marie De Leon", "anamarie.deleon@batangascoastal.com.ph"), to=AR,
     subj="Request for SOA as of May 31", date=D(3, "13:40:55", 8), client="gmail",
     body="""Hi po!

Pwede po bang makahingi ng Statement of Account namin as of May 31, 2024? Kailangan po namin para sa month-end closing at para ma-reconcile yung mga bayad namin noong May.

Salamat po!

Ana Marie De Leon
Accounting Staff
Batangas Coastal Resorts Inc.
""")

mail("s11", "statement_request", "tl", "reply",
     frm=A("Josephine Mercado", "josephine.mercado@sanlazarobuilders.com.ph"),
     to=A("Ma. Theresa Dizon", "theresa.dizon@tasmanops.com.au"), cc=AR,
     subj="RE: Payment Reminder - San Lazaro Builders Inc.", date=D(5, "10:55:18", 8),
     client="o365-apac", parent=PARENT("s11"),
     body=OLQ("""Ma'am Tess,

Magkano na po ba ang kabuuang balance namin sa inyo ngayon? Pakisend po ng updated SOA kasama ang aging. Magkakaiba po kasi ang project site na naka-charge sa bawat invoice kaya nahihirapan kaming i-match sa records namin.

Salamat po,
Josephine Mercado
Accounting, San Lazaro Builders Inc.
""", [("From:", "Ma. Theresa Dizon <theresa.dizon@tasmanops.com.au>"),
      ("Sent:", "Tuesday, June 4, 2024 9:30 AM"),
      ("To:", "Josephine Mercado <josephine.mercado@sanlazarobuilders.com.ph>"),
      ("Cc:", "Tasman Credit Control <creditcontrol@tasmanops.com.au>"),
      ("Subject:", "Payment Reminder - San Lazaro Builders Inc.")],
"""Good morning Ma'am Josephine,

May we follow up the following past-due invoices: SI 218612 (PHP 64,200.00), SI 218655 (PHP 31,480.00) and SI 218701 (PHP 12,900.00). Kindly let us know the payment schedule.

Thank you and regards,
Ma. Theresa Dizon
AR Analyst - Manila Shared Service Centre"""))

mail("s12", "statement_request", "zh", "html",
     frm=A("赵敏", "zhaomin@yunfan-office.com"), to=AR,
     subj="申请对账单（截至2024年5月31日）", date=D(4, "09:48:26", 8), client="qq",
     html="""<meta http-equiv="Content-Type" content="text/html; charset=UTF-8"><div style="font-family:微软雅黑;font-size:14px">
<div>您好：</div>
<div><br></div>
<div>为核对双方往来账款，请贵司提供截至2024年5月31日的对账单（含未付发票明细及已收款记录），我司核对无误后将盖章回传。</div>
<div><br></div>
<div>谢谢配合！</div>
<div><br></div>
<div>赵敏</div>
<div>杭州云帆办公设备有限公司 财务部</div>
<div>电话：0571-8862 3047</div>
</div>
""")

mail("s13", "statement_request", "zh", "plain",
     frm=A("刘洋", "liuyang@hx-tech.com.cn"), to=A("Jason Lim Wei Keat", "jason.lim@tasmanops.com.au"),
     cc=AR, subj="关于未清发票明细", date=D(7, "14:25:33", 8), client="foxmail",
     body="""Jason 您好，

我们想确认一下目前在贵司账上还有哪些发票未付，能否发一份未清项目明细给我们？最好包括发票号、开票日期、金额和到期日。我们这边的记录和业务部门的有些出入，需要先对一下。

多谢！
刘洋
深圳华信电子科技有限公司 应付组
""")

mail("s14", "statement_request", "de", "reply",
     frm=A("Claudia Sommer", "c.sommer@weber-soehne.de"), to=A("Daniel Brenner", "daniel.brenner@tasmanops.com.au"),
     cc=AR, subj="AW: Ihre Rechnung 218802", date=D(4, "11:05:07", 2), client="o365-de", parent=PARENT("s14"),
     body=OLQ("""Hallo Herr Brenner,

danke für die Rechnung. Könnten Sie uns bei der Gelegenheit bitte einen aktuellen Kontoauszug bzw. eine Offene-Posten-Liste zu unserem Kundenkonto 20418 schicken? Wir möchten vor dem Halbjahresabschluss alle Salden abstimmen.

Beste Grüße
Claudia Sommer
Finanzbuchhaltung
Weber & Söhne Verpackungen GmbH
Eckendorfer Str. 91 · 33609 Bielefeld
""", [("Von:", "Daniel Brenner <daniel.brenner@tasmanops.com.au>"),
      ("Gesendet:", "Montag, 3. Juni 2024 08:12"),
      ("An:", "Claudia Sommer <c.sommer@weber-soehne.de>"),
      ("Cc:", "Tasman Credit Control <creditcontrol@tasmanops.com.au>"),
      ("Betreff:", "Ihre Rechnung 218802")],
"""Dear Ms Sommer,

please find attached invoice 218802 for the shipment dispatched on 28 May.

Kind regards
Daniel Brenner
Tasman Office & Print Supplies Pty Ltd"""))

mail("s15", "statement_request", "ms", "plain",
     frm=A("Juliana Mojuntin", "akaun@kinabalutimber.com.my"), to=AR,
     subj="Permohonan Penyata Akaun", date=D(5, "09:15:48", 8), client="generic",
     body="""Salam sejahtera,

Mohon jasa baik pihak tuan/puan untuk menghantar penyata akaun terkini bagi syarikat kami sehingga 31 Mei 2024. Penyata ini diperlukan untuk tujuan penyesuaian akaun (reconciliation) bulanan.

Sekian, terima kasih.

Juliana Mojuntin
Kerani Akaun
Kinabalu Timber Products Sdn. Bhd.
Kota Kinabalu, Sabah
""")

mail("s16", "statement_request", "ko", "plain",
     frm=A("김지현", "jihyun.kim@hanbittrading.com.au"), to=AR,
     subj="거래 내역서 및 미결제 잔액 요청 (계정 C10988)", date=D(6, "15:40:12", 10), clang="ko-KR",
     body="""안녕하세요,

한빛트레이딩 회계 담당 김지현입니다.

6월 말 결산을 앞두고 있어서, 저희 회사 계정의 현재 미결제 잔액과 최근 3개월간의 거래 내역서(statement)를 보내주실 수 있을까요? 계정 번호는 C10988입니다.

바쁘신 와중에 번거롭게 해드려 죄송합니다.

감사합니다.
김지현 드림
Hanbit Trading Pty Ltd | 회계팀
(02) 9283 7716
""")

# ======================================================================
# Disagreements with what was billed / delivered
# ======================================================================
mail("d01", "dispute", "en", "reply",
     frm=A("Stephen Ward", "stephen.ward@baysidealliedhealth.com.au"), to=AR,
     subj="RE: Tax Invoice INV-219210 - Bayside Allied Health Group", date=D(4, "10:22:08", 10),
     parent=PARENT("d01"),
     body=OLQ("""Hi,

The invoice charges $68.50 per box of A4 copy paper, but our supply agreement (signed in February) fixes the price at $52.00 per box until 31 January 2025. There are 40 boxes on this invoice, so we've been overcharged $660.00 plus GST.

Please issue a credit for the difference - we'll hold the invoice until it comes through.

Stephen Ward
Operations Manager
Bayside Allied Health Group
""", [("From:", "Tasman Office & Print Supplies <invoices@tasmanops.com.au>"),
      ("Sent:", "Friday, 31 May 2024 7:02 AM"),
      ("To:", "Accounts <accounts@baysidealliedhealth.com.au>"),
      ("Subject:", "Tax Invoice INV-219210 - Bayside Allied Health Group")],
"""Please find attached tax invoice INV-219210 for $3,014.00 (incl. GST).

Payment terms: 30 days from invoice date.

Tasman Office & Print Supplies Pty Ltd | ABN 48 612 774 309"""))

mail("d02", "dispute", "en", "plain",
     frm=A("Kylie Barnes", "kylie.barnes@ironbarkcivil.com.au"), to=AR,
     subj="Short delivery - INV-218990", date=D(4, "07:55:24", 10),
     body="""Hi,

Our delivery on 29 May (your ref SO-55204, our PO IC-3381) was six cartons short. We ordered 20 cartons of TN-2450 toner and only 14 turned up - the driver's docket even says 14. INV-218990 has been billed for all 20.

We won't be paying INV-218990 in full until this is sorted. Either send the remaining 6 or credit us for them.

Kylie Barnes
Site Administration
Ironbark Civil Pty Ltd
M 0438 221 907
""")

mail("d03", "dispute", "en", "reply",
     frm=A("Rob Ferreira", "rob@meltonautoelectrics.com.au"),
     to=A("Liam O'Halloran", "liam.ohalloran@tasmanops.com.au"), cc=AR,
     subj="RE: FINAL NOTICE - Overdue account C10605", date=D(5, "08:31:15", 10),
     client="outlook-desktop", parent=PARENT("d03"),
     body=OLQ("""Liam,

This invoice was paid on 12 April. This is now the third reminder we've received for it, and now a "final notice" threatening to put us on stop. I've attached the payment advice AGAIN (it's the same one I sent on 2 May and 20 May).

Please check your records, allocate the payment properly and stop chasing us for money we don't owe. If we get put on stop over your mistake I'll be taking our business elsewhere.

Rob Ferreira
Director
Melton Auto Electrics
""", [("From:", "Tasman Credit Control <creditcontrol@tasmanops.com.au>"),
      ("Sent:", "Monday, 3 June 2024 9:05 AM"),
      ("To:", "Rob Ferreira <rob@meltonautoelectrics.com.au>"),
      ("Subject:", "FINAL NOTICE - Overdue account C10605")],
"""Dear Rob,

Despite previous reminders, INV-218203 for $1,587.00 remains unpaid and is now 52 days overdue. Unless payment is received within 7 days, your account may be placed on hold.

Regards,
Liam O'Halloran
Accounts Receivable Officer""", sep="-----Original Message-----"),
     atts=[PDF("MeltonAutoElectrics_EFT_12Apr2024.pdf", "Melton Auto Electrics", "EFT 12/04/2024",
               "INV-218203 AUD 1,587.00")])

mail("d04", "dispute", "en", "plain",
     frm=A("Peter Hollis", "phollis@southerncrosslegal.com.au"), to=AR,
     subj="Duplicate invoices 219020 / 219021", date=D(5, "12:40:03", 10),
     body="""Hello,

We've been billed twice for the same order. INV-219020 and INV-219021 are identical - same date, same PO (SCL-0457), same items, same total of $2,178.00. We only placed and received one order.

Please cancel INV-219021 and confirm by return email. We'll pay INV-219020 under normal terms.

Regards,
Peter Hollis
Finance Manager
Southern Cross Legal
""")

mail("d05", "dispute", "en", "html",
     frm=A("Sam Te Huia", "sam@wgtnprintbrokers.co.nz"), to=AR,
     subj="GST charged on export invoice 219066", date=D(6, "09:12:37", 12), client="o365-nz",
     html=OH("""Hi team,

Invoice 219066 (NZD 5,467.50) includes Australian GST of NZD 497.05. We're a New Zealand company and the goods were shipped to our Wellington warehouse, so this should be a GST-free export.

Can you please cancel it and issue a corrected invoice without GST? We can't process it as it stands.

Thanks,
Sam Te Huia
Operations & Accounts
Wellington Print Brokers Ltd
""", lang="EN-NZ"))

mail("d06", "dispute", "en", "reply",
     frm=A("Tash Morrow", "oceangrove@coastalkids.com.au"), to=AR,
     subj="Re: Invoice INV-218855", date=D(4, "13:25:10", 10), client="gmail", parent=PARENT("d06"),
     body=GMQ("""Hi there,

The A3 laminator on this invoice was faulty straight out of the box - it heats up but jams on every pouch. We rang your customer service line on the 28th and the driver collected it on Friday (return ref RA-7731).

Please raise a credit for the laminator ($389.00) - we'll pay the rest of the invoice once that comes through.

Thanks,
Tash Morrow
Centre Director - Ocean Grove
Coastal Kids Early Learning
""", "On Thu, 16 May 2024 at 14:02, Tasman Office & Print Supplies <invoices@tasmanops.com.au> wrote:",
"""Please find attached invoice INV-218855 for $1,026.85.

Thank you for your order."""))

mail("d07", "dispute", "en", "forward",
     frm=A("Helen Papadopoulos", "ap@riverinafresh.com.au"), to=AR,
     subj="FW: Damaged delivery - pallets crushed", date=D(6, "11:02:55", 10),
     body=OLQ("""Hi AR team,

Forwarding from our warehouse. Both pallets on this delivery arrived crushed and most of the copy paper is unusable (photos attached). We're rejecting INV-219140 in full until a replacement delivery is made or a credit issued.

Regards,
Helen Papadopoulos
Accounts Payable | Riverina Fresh Produce
""", [("From:", "Warehouse Griffith <warehouse@riverinafresh.com.au>"),
      ("Sent:", "Wednesday, 5 June 2024 3:47 PM"),
      ("To:", "Accounts Payable <ap@riverinafresh.com.au>"),
      ("Subject:", "Damaged delivery - pallets crushed")],
"""Helen, the Tasman delivery this arvo (con note TSL0099214) came in with both pallets crushed on one side. About 60 reams wet and torn. Driver noted it on the POD. Photos attached. Don't pay this one.

Dean"""),
     atts=[JPG("IMG_4471.jpg"), JPG("IMG_4472.jpg")])

_d08 = """Dear Tasman,

We refer to INV-219077 dated 31 May 2024. The invoice shows 40 units of the retractable banner stand (item BN-850), whereas our PO ME-PO-2024-0412 was for 4 units, and only 4 units were delivered.

Kindly amend the invoice or issue a credit note for the 36 units overbilled (SGD 3,132.00). We will not process the invoice in its current form.

Best regards,
Benjamin Goh
Procurement Manager
Merlion Events Pte Ltd
"""
mail("d08", "dispute", "en", "alternative",
     frm=A("Benjamin Goh", "benjamin.goh@merlionevents.com.sg"), to=AR,
     subj="Incorrect quantity - INV-219077", date=D(7, "14:10:41", 8), client="o365-apac",
     body=_d08, html=OH(_d08, lang="EN-SG", font="Arial"))

mail("d09", "dispute", "en", "plain",
     frm=A("Karen Ashby", "office@bellarineplumbing.com.au"), to=AR,
     subj="INV-218910 - short payment, credit required", date=D(3, "12:15:27", 10),
     body="""Hi,

We've paid INV-218910 today, less $312.00. That's the price difference I raised with your sales rep on 20 May - the quote we accepted (Q-7714) was $1,480.00 for the filing cabinets, but the invoice came through at $1,792.00.

Please issue a credit note for the $312.00 so this invoice can be closed off on both sides. A copy of the quote is attached.

Regards,
Karen Ashby
Office Manager
Bellarine Allied Plumbing
""",
     atts=[PDF("Quote_Q-7714.pdf", "Tasman Office & Print Supplies", "Quotation Q-7714",
               "4 x 4-drawer filing cabinet", "Total AUD 1,480.00 incl GST")])

mail("d10", "dispute", "en", "reply",
     frm=A("Lisa Brandt", "lisa.brandt@teawamedical.co.nz"), to=AR,
     subj="RE: Order confirmation SO-54980", date=D(5, "16:40:21", 12), client="o365-nz", parent=PARENT("d10"),
     body=OLQ("""Hi,

We cancelled this order on 2 May - see your confirmation of the cancellation below - but we've now received INV-218731 for it ($742.90). Nothing was ever delivered.

Please void the invoice and send confirmation that it's been cancelled.

Lisa Brandt
Practice Manager
Te Awa Medical Centre
""", [("From:", "Tasman Customer Service <orders@tasmanops.com.au>"),
      ("Sent:", "Thursday, 2 May 2024 3:17 PM"),
      ("To:", "Lisa Brandt <lisa.brandt@teawamedical.co.nz>"),
      ("Subject:", "RE: Order confirmation SO-54980")],
"""Hi Lisa,

No problem - SO-54980 has been cancelled as requested and won't be dispatched.

Regards,
Mia
Tasman Customer Service"""))

mail("d11", "dispute", "en", "plain",
     frm=A("Troy Anderson", "troy.anderson@outbackfreight.com.au"), to=AR,
     subj="Late payment fee - please reverse", date=D(7, "08:50:34", 9.5),
     body="""Hi,

Your May statement shows a $55.00 late payment fee (FEE-0531). Our terms with you are 30 days end of month, and every invoice on the account was paid inside those terms - the most recent one, 218606, was due 31 May and we paid it on 29 May.

Please reverse the fee and send an amended statement.

Troy Anderson
Finance Manager
Outback Freight Logistics
Alice Springs NT
""")

mail("d12", "dispute", "tl", "reply",
     frm=A("Rowena Santiago", "rowena.santiago@mabuhaylogistics.ph"),
     to=A("Ma. Theresa Dizon", "theresa.dizon@tasmanops.com.au"), cc=AR,
     subj="RE: SI 218741 - Mabuhay Logistics Corp.", date=D(5, "14:12:09", 8), client="gmail",
     parent=PARENT("d12"),
     body=GMQ("""Ma'am Tess,

Mali po yung presyo sa invoice na ito. Ang napagkasunduan po natin sa quotation (Q-PH-0388) ay PHP 1,150.00 per ream ng A4, pero PHP 1,320.00 ang nakalagay sa SI 218741. 60 reams po iyon kaya sobra po ng PHP 10,200.00.

Paki-revise po ang invoice o kaya ay pakisend ng credit memo para sa difference. Hindi pa po namin ito mapo-process hangga't hindi naaayos.

Salamat po,
Rowena Santiago
AP Supervisor, Mabuhay Logistics Corp.
""", "On Fri, May 31, 2024 at 4:05 PM Ma. Theresa Dizon <theresa.dizon@tasmanops.com.au> wrote:",
"""Good afternoon,

Attached is SI 218741 for your delivery last 29 May (60 reams A4 80gsm). Total PHP 79,200.00, terms 30 days.

Regards,
Tess Dizon
Tasman Office & Print Supplies - Manila SSC"""))

mail("d13", "dispute", "tl", "plain",
     frm=A("Edgardo Reyes", "edgardo.reyes@luzonpharma.com.ph"), to=AR,
     subj="Kulang ang delivery - DR No. 55231", date=D(6, "09:40:18", 8), client="gmail",
     body="""Hello po,

Kulang po ng 10 boxes ng bond paper (long) yung dineliver sa warehouse namin noong June 3, DR No. 55231. 50 boxes po ang naka-order at naka-bill sa SI 218968, pero 40 lang po ang dumating. Pirmado po ng guard namin ang DR na 40 boxes lang ang natanggap.

Hindi po namin mababayaran ang buong invoice hangga't hindi naide-deliver ang kulang o nabibigyan kami ng credit memo.

Salamat po,
Edgardo Reyes
Purchasing Officer
Luzon Pharma Distributors Inc.
""")

mail("d14", "dispute", "tl", "forward",
     frm=A("Jocelyn Navarro", "ap@sanlazarobuilders.com.ph"), to=A("Ma. Theresa Dizon", "theresa.dizon@tasmanops.com.au"),
     cc=AR, subj="FW: Double billing - Tasman", date=D(7, "10:20:47", 8), client="o365-apac",
     body=OLQ("""Hi Ma'am Tess,

Forwarding po yung email ng purchasing namin. Dalawang beses po kaming na-bill para sa iisang delivery: SI 218880 at SI 218894, parehong PO 2024-117 at parehong items. Isa lang po ang delivery na natanggap namin.

Paki-cancel po ang isa sa dalawa at pakisend ng confirmation. Salamat po.

Jocelyn Navarro
Accounts Payable
San Lazaro Builders Inc.
""", [("From:", "Purchasing - San Lazaro <purchasing@sanlazarobuilders.com.ph>"),
      ("Sent:", "Thursday, June 6, 2024 5:12 PM"),
      ("To:", "Jocelyn Navarro <ap@sanlazarobuilders.com.ph>"),
      ("Subject:", "Double billing - Tasman")],
"""Joy, pakitingnan mo itong dalawang invoice ng Tasman, parang doble. Iisa lang yung PO (2024-117) at iisang delivery lang yung dumating sa Pasig site. Wag muna bayaran yung pangalawa.

- Ben"""))

mail("d15", "dispute", "zh", "reply",
     frm=A("孙浩", "sunhao@hengda-pack.com"), to=A("Jason Lim Wei Keat", "jason.lim@tasmanops.com.au"),
     cc=AR, subj="答复: 发票 INV-218955", date=D(5, "10:30:57", 8), client="o365-apac", clang="zh-CN",
     parent=PARENT("d15"),
     body=OLQ("""你好，

这张发票的数量有误。我们这批只收到了 80 箱 A4 复印纸（送货单号 DN-0528-17，签收数量 80），但发票上开的是 100 箱，多开了 20 箱，金额 USD 540.00。

请核实后开具贷项通知单（Credit Note）或重新开票，在此之前这张发票我们暂不付款。

孙浩
苏州恒达包装材料有限公司 采购部
""", [("发件人:", "Jason Lim Wei Keat <jason.lim@tasmanops.com.au>"),
      ("发送时间:", "2024年5月30日 14:20"),
      ("收件人:", "孙浩 <sunhao@hengda-pack.com>"),
      ("抄送:", "Tasman Credit Control <creditcontrol@tasmanops.com.au>"),
      ("主题:", "发票 INV-218955")],
"""Dear Mr Sun,

Please find attached invoice INV-218955 (100 cartons A4 copy paper, USD 2,700.00).

Regards,
Jason"""))

mail("d16", "dispute", "zh", "html",
     frm=A("何佳", "hejia@rongcheng-office.cn"), to=AR,
     subj="货物破损 - 发票INV-219033", date=D(6, "15:35:26", 8), client="qq",
     html="""<meta http-equiv="Content-Type" content="text/html; charset=UTF-8"><div style="font-family:宋体;font-size:14px">
<div>您好，</div>
<div><br></div>
<div>6月4日收到的货物（发票号 INV-219033，订单号 RC-2405-09）到达时外包装严重破损，其中 15 箱打印纸受潮变形，无法使用。照片见附件，物流签收单上也已注明。</div>
<div><br></div>
<div>该批货款我们暂不支付，请贵司尽快安排补发或开具相应的贷项通知单。</div>
<div><br></div>
<div>谢谢！</div>
<div>何佳</div>
<div>成都蓉城办公用品有限公司 采购部</div>
</div>
""",
     atts=[JPG("破损照片1.jpg"), JPG("破损照片2.jpg")])

mail("d17", "dispute", "zh-hant", "plain",
     frm=A("梁志偉", "leung.cw@kowloonbaylogistics.com.hk"), to=AR,
     subj="發票 INV-219160 單價錯誤", date=D(3, "14:48:19", 8), client="generic",
     body="""你好，

發票 INV-219160 的單價與報價單不符。報價單 QT-HK-2291 列明 A4 文件夾單價為 HK$ 38.00，但發票上的單價為 HK$ 45.50，共 120 件，多收了 HK$ 900.00。

請更正後重新發出發票，我們收到正確的發票後才會安排付款。

梁志偉
採購部
九龍灣物流有限公司
""")

mail("d18", "dispute", "de", "reply",
     frm=A("Jörg Mahnke", "j.mahnke@buerotechnik-albrecht.de"),
     to=A("Sabine Krüger", "sabine.krueger@tasmanops.com.au"), cc=AR,
     subj="AW: Zahlungserinnerung Rechnung 219052", date=D(6, "09:30:44", 2), client="o365-de",
     parent=PARENT("d18"),
     body=OLQ("""Sehr geehrte Frau Krüger,

die Ware zu Rechnung 219052 (Ihr Auftrag AU-7731, 12 Paletten Kopierpapier) ist bis heute nicht bei uns angekommen. Laut Sendungsverfolgung steht der Container seit dem 21. Mai im Hafen Rotterdam.

Wir werden die Rechnung erst begleichen, wenn die Lieferung vollständig bei uns eingegangen ist. Bitte stellen Sie die Mahnung bis dahin zurück.

Mit freundlichen Grüßen
Jörg Mahnke
Einkauf
Bürotechnik Albrecht GmbH
""", [("Von:", "Sabine Krüger <sabine.krueger@tasmanops.com.au>"),
      ("Gesendet:", "Mittwoch, 5. Juni 2024 01:15"),
      ("An:", "Jörg Mahnke <j.mahnke@buerotechnik-albrecht.de>"),
      ("Cc:", "Tasman Credit Control <creditcontrol@tasmanops.com.au>"),
      ("Betreff:", "Zahlungserinnerung Rechnung 219052")],
"""Sehr geehrter Herr Mahnke,

unsere Rechnung 219052 über 14.880,00 EUR ist seit dem 31.05.2024 fällig. Wir bitten um Ausgleich bzw. um eine kurze Rückmeldung zum Zahlungstermin.

Mit freundlichen Grüßen
Sabine Krüger
Credit Control - Europe
Tasman Office & Print Supplies Pty Ltd"""))

mail("d19", "dispute", "de", "attachment",
     frm=A("Petra Wiegand", "kreditoren@papierhaus-schulte.de"), to=AR,
     subj="Belastungsanzeige BA-2024-0613 zu Ihrer Rechnung 218980", date=D(7, "08:05:12", 2), client="generic",
     body="""Sehr geehrte Damen und Herren,

anbei unsere Belastungsanzeige.

Freundliche Grüße
Petra Wiegand
Papierhaus Schulte GmbH · Kreditorenbuchhaltung
Rheinlanddamm 201 · 44139 Dortmund
""",
     atts=[PDF("Belastungsanzeige_BA-2024-0613_Minderlieferung_RE218980.pdf", "Papierhaus Schulte GmbH",
               "Belastungsanzeige BA-2024-0613", "Ihre Rechnung 218980 vom 17.05.2024",
               "Minderlieferung 2 Paletten laut Lieferschein", "Belastung 1.864,00 EUR")])

mail("d20", "dispute", "ja", "reply",
     frm=A("田中 健一", "k.tanaka@sakura-bm.com.au"), to=AR,
     subj="RE: Invoice INV-219102 / Sakura Business Machines Australia", date=D(7, "10:40:06", 10),
     clang="ja-JP", parent=PARENT("d20"),
     body=OLQ("""Tasman Office & Print Supplies
ご担当者様

いつも大変お世話になっております。
サクラ・ビジネスマシンズ・オーストラリア経理部の田中でございます。

標記の請求書INV-219102につきまして、内容（品目・数量・金額 AUD 2,486.00）が、先月お送りいただいたINV-218870と全く同じとなっております。
当社の発注（PO SBM-0442）は一回のみで、納品も一回のみでございますので、二重請求ではないかと存じます。

恐れ入りますが、ご確認のうえ、INV-219102を取り消していただけますでしょうか。

何卒よろしくお願い申し上げます。

田中 健一
経理部 マネージャー
Sakura Business Machines Australia Pty Ltd
""", [("From:", "Tasman Office & Print Supplies <invoices@tasmanops.com.au>"),
      ("Sent:", "Tuesday, 4 June 2024 6:58 AM"),
      ("To:", "Accounts <accounts@sakura-bm.com.au>"),
      ("Subject:", "Invoice INV-219102 / Sakura Business Machines Australia")],
"""Please find attached invoice INV-219102 for AUD 2,486.00.

Tasman Office & Print Supplies Pty Ltd"""))

# ======================================================================
# Future payment dates / plans
# ======================================================================
mail("p01", "payment_promise", "en", "plain",
     frm=A("Alan Kruger", "alan.kruger@murrayrivergrain.com.au"), to=AR,
     subj="Invoices 218550 & 218601", date=D(6, "14:10:50", 9.5),
     body="""Hi,

Just letting you know invoices 218550 and 218601 have been approved and are scheduled for our payment run on Thursday 13 June. You should see funds the following day.

Regards,
Alan Kruger
Financial Controller
Murray River Grain Co-operative Ltd
""")

mail("p02", "payment_promise", "en", "plain",
     frm=A("Mick Delaney", "mick.rottnestcharters@gmail.com"), to=AR,
     subj="Account - payment plan?", date=D(4, "18:22:31", 8), client="gmail",
     body="""Hi there,

Bit of a tight month for us with the boats out of the water for maintenance. Rather than leave the account sitting overdue, can we pay $1,000 on Friday 14 June and the remaining $1,380.60 on Friday 28 June? That would clear INV-218577 and INV-218629 completely.

Let me know if that works.

Mick Delaney
Rottnest Charter Co.
0417 903 226
""")

mail("p03", "payment_promise", "en", "reply",
     frm=A("Hayley Quinn", "hayley@banyulepodiatry.com.au"), to=AR,
     subj="Re: Overdue invoice INV-218433", date=D(3, "17:05:42", 10), client="gmail", parent=PARENT("p03"),
     body=GMQ("""Hi Liam,

Apologies, this one slipped through while I was on leave. I'll put it through in Friday's pay run and send you the advice once it's gone.

Hayley
""", "On Mon, 3 Jun 2024 at 09:41, Tasman Credit Control <creditcontrol@tasmanops.com.au> wrote:",
"""Hi Hayley,

INV-218433 ($612.70) was due on 15 May and remains outstanding. Could you please arrange payment or let us know if there is an issue with the invoice?

Thanks,
Liam"""))

mail("p04", "payment_promise", "en", "plain",
     frm=A("Kate Brennan", "manager@sandhurstvet.com.au"), to=AR,
     subj="Overdue invoices - Sandhurst Vet", date=D(5, "11:58:09", 10),
     body="""Hi Tasman team,

Sorry for the delay on our overdue invoices. Our practice owner has to authorise all supplier payments and she's at a conference until Tuesday. Payment will go out on Wednesday 12 June, first thing.

Thanks for your patience,
Kate Brennan
Practice Manager
Sandhurst Veterinary Clinic, Bendigo
""")

mail("p05", "payment_promise", "en", "plain",
     frm=A("Nathan Cole", "nathan.cole@redgumproperty.com.au"), to=AR,
     subj="Tasman - May invoices", date=D(6, "16:30:25", 10),
     body="""Hi,

Following your call this afternoon - all of the May invoices on our account (total $14,906.25) will be paid on 20 June as part of our standard 20th-of-the-month run. We don't do off-cycle payments unless there's an emergency, I'm afraid.

Regards,
Nathan Cole
Finance Manager
Redgum Property Group
""")

mail("p06", "payment_promise", "en", "forward",
     frm=A("Sarah Jennings", "sarah.jennings@coriobaylogistics.com.au"),
     to=A("Liam O'Halloran", "liam.ohalloran@tasmanops.com.au"), cc=AR,
     subj="FW: Tasman invoices - approval", date=D(7, "12:40:38", 10),
     body=OLQ("""Hi Liam,

Good news, see below - our CFO has signed off the two overdue invoices. They'll be released in our payment run on Tuesday 11 June.

Sarah

Sarah Jennings | Accounts Payable | Corio Bay Logistics
""", [("From:", "Andrew Pham <andrew.pham@coriobaylogistics.com.au>"),
      ("Sent:", "Friday, 7 June 2024 11:52 AM"),
      ("To:", "Sarah Jennings <sarah.jennings@coriobaylogistics.com.au>"),
      ("Subject:", "RE: Tasman invoices - approval")],
"""Approved. Put them in Tuesday's run.

AP

From: Sarah Jennings <sarah.jennings@coriobaylogistics.com.au>
Sent: Thursday, 6 June 2024 3:10 PM
To: Andrew Pham <andrew.pham@coriobaylogistics.com.au>
Subject: Tasman invoices - approval

Hi Andrew,

Tasman are chasing INV-218522 ($2,430.00) and INV-218598 ($1,118.40). Both were on hold waiting for your sign-off. OK to pay?

Thanks,
Sarah"""))

mail("p07", "payment_promise", "en", "html",
     frm=A("Priya Raman", "priya.raman@changiaero.com.sg"),
     to=A("Nurul Aisyah Kamarudin", "nurulaisyah.kamarudin@tasmanops.com.au"), cc=AR,
     subj="RE: Payment Reminder - Changi Aero Services Pte Ltd", date=D(5, "16:05:14", 8),
     client="o365-apac", parent=PARENT("p07"),
     html=OH("""Dear Nurul,

Thank you for your reminder. INV-219005 has been verified and processed in our system. It will be paid in our next payment cycle on 14 June 2024.

Regards,
Priya Raman
Accounts Payable Executive
Changi Aero Services Pte Ltd
""", head=[("From:", "Nurul Aisyah Kamarudin <nurulaisyah.kamarudin@tasmanops.com.au>"),
           ("Sent:", "Tuesday, 4 June 2024 11:20 AM"),
           ("To:", "Priya Raman <priya.raman@changiaero.com.sg>"),
           ("Cc:", "Tasman Credit Control <creditcontrol@tasmanops.com.au>"),
           ("Subject:", "Payment Reminder - Changi Aero Services Pte Ltd")],
     orig="""Dear Priya,

We note that INV-219005 (SGD 2,655.80) dated 25 April 2024 is now past due. We would be grateful if you could check on its status.

Best regards,
Nurul Aisyah Kamarudin
AR Executive - Kuala Lumpur SSC
Tasman Office & Print Supplies""", lang="EN-SG", font="Arial"))

_p08_top = """Hi Bronwyn,

Thanks for the nudge. We'll clear the overdue NZD 2,940.00 by the end of next week - it's booked for Thursday 13 June.

Cheers,
Linda Marsh
Accounts | Kauri Coast Engineering Ltd
"""
_p08_head = [("From:", "Bronwyn Achterberg <bronwyn.achterberg@tasmanops.com.au>"),
             ("Sent:", "Wednesday, 5 June 2024 1:10 PM"),
             ("To:", "Kauri Coast Accounts <accounts@kauricoast.co.nz>"),
             ("Subject:", "Overdue - Kauri Coast Engineering")]
_p08_orig = """Hi Linda,

Two invoices on your account are past due: INV-218689 (NZD 1,760.00) and INV-218714 (NZD 1,180.00). Could you let me know when these will be settled?

Thanks,
Bronwyn Achterberg
Credit Controller - ANZ"""
mail("p08", "payment_promise", "en", "alternative",
     frm=A("Linda Marsh", "accounts@kauricoast.co.nz"),
     to=A("Bronwyn Achterberg", "bronwyn.achterberg@tasmanops.com.au"), cc=AR,
     subj="RE: Overdue - Kauri Coast Engineering", date=D(6, "15:15:02", 12), client="o365-nz",
     parent=PARENT("p08"),
     body=OLQ(_p08_top, _p08_head, _p08_orig),
     html=OH(_p08_top, head=_p08_head, orig=_p08_orig, lang="EN-NZ"))

mail("p09", "payment_promise", "en", "reply",
     frm=A("Megan Tully", "accounts@easternrangesphysio.com.au"),
     to=A("Bronwyn Achterberg", "bronwyn.achterberg@tasmanops.com.au"), cc=AR,
     subj="RE: Statement of Account - May 2024 - Eastern Ranges Physiotherapy", date=D(3, "11:25:46", 10),
     parent=PARENT("p09"),
     body=OLQ("""Hi Bronwyn,

Thanks for the statement - I've been through it and everything agrees with our ledger. We'll pay the whole balance (AUD 9,412.35) in our 27 June pay run.

Kind regards,
Megan
""", [("From:", "Tasman Credit Control <creditcontrol@tasmanops.com.au>"),
      ("Sent:", "Friday, 31 May 2024 5:03 PM"),
      ("To:", "Accounts <accounts@easternrangesphysio.com.au>"),
      ("Subject:", "Statement of Account - May 2024 - Eastern Ranges Physiotherapy")],
"""Hello Megan,

Attached is your May statement. Three invoices are now past due; we'd be grateful if you could look at those as a priority.

Bronwyn Achterberg
Credit Controller - ANZ
Tasman Office & Print Supplies Pty Ltd"""))

mail("p10", "payment_promise", "en", "plain",
     frm=A("Brightpath Recruitment - Accounts Payable", "accountspayable@brightpathrecruitment.com.au"),
     to=A("Suppliers", "accountspayable@brightpathrecruitment.com.au"),
     subj="Important: change to supplier payment timing", date=D(5, "13:00:00", 10),
     body="""Dear Supplier,

We are currently migrating to a new finance system. As a result, supplier payments that were scheduled for early June have been delayed.

We expect to pay all approved invoices, including any that are now overdue, by Wednesday 19 June 2024. You do not need to resend invoices or statements.

We apologise for any inconvenience and thank you for your patience.

Kind regards,
Accounts Payable Team
Brightpath Recruitment Pty Ltd
""")

mail("p11", "payment_promise", "en", "reply",
     frm=A("Vincent Ho", "vincent.ho@pearlrivertrading.com.hk"), to=A("Jason Lim Wei Keat", "jason.lim@tasmanops.com.au"),
     cc=AR, subj="RE: Payment reminder - Pearl River Trading (HK) Ltd", date=D(4, "17:20:33", 8),
     client="outlook-desktop", parent=PARENT("p11"),
     body=OLQ("""Dear Jason,

Noted with thanks. Payment of HK$ 23,560.00 will be arranged by TT on or before 14 Jun.

Best regards,
Vincent Ho
Accounts Manager
Pearl River Trading (HK) Ltd
""", [("From:", "Jason Lim Wei Keat [mailto:jason.lim@tasmanops.com.au]"),
      ("Sent:", "Tuesday, June 04, 2024 10:40 AM"),
      ("To:", "Vincent Ho"),
      ("Cc:", "Tasman Credit Control"),
      ("Subject:", "Payment reminder - Pearl River Trading (HK) Ltd")],
"""Dear Vincent,

INV-218846 and INV-218867 (total HK$ 23,560.00) are now overdue. Please let us have your payment date.

Regards,
Jason Lim Wei Keat""", sep="-----Original Message-----"))

mail("p12", "payment_promise", "tl", "reply",
     frm=A("Kimberly Ocampo", "kimberly.ocampo@islaverdebpo.com"),
     to=A("Rhea Mae Soriano", "rheamae.soriano@tasmanops.com.au"), cc=AR,
     subj="RE: Payment Reminder - SI 218707", date=D(6, "15:45:28", 8), client="o365-apac", parent=PARENT("p12"),
     body=OLQ("""Hi Ma'am Rhea,

Pasensya na po sa delay. Naka-schedule na po ang bayad para sa SI 218707 sa Biyernes, June 14, through check. Pwede na pong ipa-pick up ng messenger ninyo sa office namin sa Ortigas simula 2 PM ng araw na iyon. Dalhin lang po ang collection receipt.

Salamat po,
Kimberly Ocampo
Treasury Assistant
Isla Verde BPO Services Inc.
""", [("From:", "Rhea Mae Soriano <rheamae.soriano@tasmanops.com.au>"),
      ("Sent:", "Wednesday, June 5, 2024 10:12 AM"),
      ("To:", "Kimberly Ocampo <kimberly.ocampo@islaverdebpo.com>"),
      ("Cc:", "Tasman Credit Control <creditcontrol@tasmanops.com.au>"),
      ("Subject:", "Payment Reminder - SI 218707")],
"""Hi Ma'am Kimberly,

Gentle reminder po on SI 218707 (PHP 27,640.00), due last May 30. When can we expect payment?

Thanks po,
Rhea"""))

mail("p13", "payment_promise", "tl", "plain",
     frm=A("Rodel Garcia", "rodel.garcia@bayanihanfoods.com.ph"), to=AR,
     subj="Schedule ng bayad - SI 218602 at SI 218640", date=D(5, "10:05:51", 8), client="o365-apac",
     body="""Good day po!

Gusto lang po naming ipaalam na sa June 21 pa po namin mababayaran ang SI 218602 at SI 218640. Hinihintay pa po kasi namin ang approval ng management para sa mga payment na lampas PHP 50,000. Pasensya na po sa abala.

Rodel Garcia
Accounting Supervisor
Bayanihan Foods Corporation
""")

mail("p14", "payment_promise", "tl", "reply",
     frm=A("Sr. Maria Lourdes Fernandez", "finance@sttheresecebu.edu.ph"),
     to=A("Ma. Theresa Dizon", "theresa.dizon@tasmanops.com.au"), cc=AR,
     subj="Re: Overdue Account - St. Therese Academy", date=D(7, "09:05:39", 8), client="gmail",
     parent=PARENT("p14"),
     body=GMQ("""Ma'am Tess,

Salamat po sa pag-unawa. Dahil po sa enrollment season, medyo kapos pa kami sa pondo ngayon. Ang balak po namin ay hatiin sa tatlong hulog ang PHP 96,000.00:

- June 14 - PHP 32,000.00
- July 15 - PHP 32,000.00
- August 15 - PHP 32,000.00

Magpapadala po kami ng deposit slip pagkatapos ng bawat hulog. Sana po ay okay lang ito sa inyo.

Sr. Maria Lourdes Fernandez, SPC
Finance Officer
St. Therese Academy - Cebu
""", "On Thu, Jun 6, 2024 at 2:30 PM Ma. Theresa Dizon <theresa.dizon@tasmanops.com.au> wrote:",
"""Dear Sister,

Our records show PHP 96,000.00 outstanding on the school's account, the oldest item dating from March. We would appreciate your advice on how you intend to settle this.

Regards,
Tess"""))

mail("p15", "payment_promise", "zh", "reply",
     frm=A("王磊", "wanglei@minghui.com.cn"), to=A("Jason Lim Wei Keat", "jason.lim@tasmanops.com.au"),
     cc=AR, subj="回复：付款提醒 INV-218821", date=D(6, "14:40:05", 8), client="foxmail", parent=PARENT("p15"),
     body="""Jason 您好，

INV-218821 这笔款项已提交付款审批，预计下周三（6月12日）通过电汇支付，届时会把水单发给您。

王磊
上海明辉文化用品有限公司 财务经理

------------------ Original ------------------
From: "Jason Lim Wei Keat"<jason.lim@tasmanops.com.au>;
Date: Wed, Jun 5, 2024 04:48 PM
To: "王磊"<wanglei@minghui.com.cn>;
Cc: "Tasman Credit Control"<creditcontrol@tasmanops.com.au>;
Subject: 付款提醒 INV-218821

Dear Mr Wang,

Kindly note INV-218821 (USD 5,140.00) was due on 31 May 2024 and is still open. Please advise when it will be settled.

Thank you,
Jason
""")

mail("p16", "payment_promise", "zh", "plain",
     frm=A("钱伟", "qianwei@yunfan-office.com"), to=AR,
     subj="关于5月份货款的支付安排", date=D(7, "16:20:40", 8), client="qq",
     body="""您好，

因公司月底资金安排，贵司5月份的货款（INV-218736、INV-218748，合计 USD 7,430.00）我们会在6月20日前一次性付清，请谅解。如有问题请随时联系。

钱伟
杭州云帆办公设备有限公司 出纳
""")

mail("p17", "payment_promise", "zh-hant", "reply",
     frm=A("陳志豪", "chichou.chan@harbourlights.com.hk"), to=A("Jason Lim Wei Keat", "jason.lim@tasmanops.com.au"),
     cc=AR, subj="回覆: Payment Reminder - 海港燈光貿易有限公司", date=D(4, "12:05:17", 8),
     client="o365-apac", clang="zh-HK", parent=PARENT("p17"),
     body=OLQ("""Jason，

已收到提醒，謝謝。INV-218888 將於6月18日的付款批次中以電匯方式支付，屆時會將銀行水單電郵給你。

陳志豪
財務部
海港燈光貿易有限公司
""", [("寄件者:", "Jason Lim Wei Keat <jason.lim@tasmanops.com.au>"),
      ("寄件日期:", "2024年6月3日 下午 02:36"),
      ("收件者:", "陳志豪 <chichou.chan@harbourlights.com.hk>"),
      ("副本:", "Tasman Credit Control <creditcontrol@tasmanops.com.au>"),
      ("主旨:", "Payment Reminder - 海港燈光貿易有限公司")],
"""Dear Mr Chan,

This is a reminder that INV-218888 (HK$ 9,870.00) fell due on 25 May 2024. We would appreciate settlement or an update on its status.

Regards,
Jason"""))

mail("p18", "payment_promise", "de", "reply",
     frm=A("Stefanie Roth", "s.roth@druckhaus-lindner.de"), to=A("Sabine Krüger", "sabine.krueger@tasmanops.com.au"),
     cc=AR, subj="AW: Offene Posten Druckhaus Lindner KG", date=D(7, "11:20:09", 2), client="o365-de",
     parent=PARENT("p18"),
     body=OLQ("""Hallo Frau Krüger,

vielen Dank für Ihre Nachricht. Die Rechnungen 218760 und 218791 sind inzwischen freigegeben und werden mit unserem nächsten Zahllauf am Mittwoch, 12.06.2024, überwiesen.

Viele Grüße
Stefanie Roth
Kreditorenbuchhaltung
Druckhaus Lindner KG
""", [("Von:", "Sabine Krüger <sabine.krueger@tasmanops.com.au>"),
      ("Gesendet:", "Donnerstag, 6. Juni 2024 03:40"),
      ("An:", "Stefanie Roth <s.roth@druckhaus-lindner.de>"),
      ("Cc:", "Tasman Credit Control <creditcontrol@tasmanops.com.au>"),
      ("Betreff:", "Offene Posten Druckhaus Lindner KG")],
"""Sehr geehrte Frau Roth,

nachdem Ihnen die Rechnung 218760 nun vorliegt, möchte ich nachfragen, wann wir mit dem Ausgleich der beiden offenen Rechnungen 218760 und 218791 rechnen dürfen.

Freundliche Grüße
Sabine Krüger"""))

mail("p19", "payment_promise", "ms", "plain",
     frm=A("Mohd Faizal bin Rahman", "faizal.rahman@penangprecision.com.my"), to=AR,
     subj="Bayaran Invois INV-218930", date=D(3, "15:30:22", 8), client="o365-apac", clang="en-MY",
     body="""Tuan/Puan,

Merujuk kepada peringatan bayaran yang diterima pagi tadi, pihak kami akan menjelaskan bayaran invois INV-218930 sebanyak RM 14,250.00 pada 14 Jun 2024 melalui pindahan bank.

Kelewatan ini disebabkan oleh proses kelulusan dalaman. Harap maklum.

Terima kasih.

Mohd Faizal bin Rahman
Penolong Pengurus Kewangan
Penang Precision Components Sdn. Bhd.
""")

mail("p20", "payment_promise", "id", "reply",
     frm=A("Budi Santoso", "budi.santoso@cahayaabadi-log.co.id"),
     to=A("Nurul Aisyah Kamarudin", "nurulaisyah.kamarudin@tasmanops.com.au"), cc=AR,
     subj="Re: Payment Reminder - INV-219015", date=D(5, "13:35:08", 7), client="gmail", parent=PARENT("p20"),
     body=GMQ("""Dear Ibu Nurul,

Terima kasih atas pengingatnya. Pembayaran untuk invoice INV-219015 sebesar USD 3,845.00 akan kami lakukan paling lambat tanggal 17 Juni 2024, setelah proses persetujuan direksi selesai.

Bukti transfer akan kami kirimkan setelah pembayaran dilakukan.

Salam,
Budi Santoso
Finance Supervisor
PT Cahaya Abadi Logistik
""", "Pada tanggal Sel, 4 Jun 2024 pukul 15.20 Nurul Aisyah Kamarudin <nurulaisyah.kamarudin@tasmanops.com.au> menulis:",
"""Dear Mr Budi,

INV-219015 (USD 3,845.00) is now 14 days overdue. Kindly let us know the expected payment date.

Thank you,
Nurul Aisyah Kamarudin
Tasman Office & Print Supplies - KL SSC"""))

# ======================================================================
# Machine replies: bounces, delays, read receipts, out-of-office, acks
# ======================================================================
_a01_subj = "Overdue invoices \u2013 Wattlebird Constructions"
_a01_b = "_000_d4b1a7e26c1f4f0e9a513e2b8c7f1d20SY4P282MB3921AUSP_"
raw_mail("a01", "auto_reply", "en", "report", """From: Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@tasmanops.com.au>
To: %(to)s
Date: Mon, 3 Jun 2024 00:18:40 +0000
Subject: %(subj)s
Message-ID: <d4b1a7e2-6c1f-4f0e-9a51-3e2b8c7f1d20@SY4P282MB3921.AUSP282.PROD.OUTLOOK.COM>
In-Reply-To: %(parent)s
References: %(parent)s
Content-Language: en-AU
X-MS-Exchange-Message-Is-Ndr:
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="%(b)s"

--%(b)s
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

%(text)s
--%(b)s
Content-Type: message/delivery-status

Reporting-MTA: dns;SY4P282MB3921.AUSP282.PROD.OUTLOOK.COM
Received-From-MTA: dns;SY4P282MB3921.AUSP282.PROD.OUTLOOK.COM
Arrival-Date: Mon, 3 Jun 2024 00:18:31 +0000

Final-Recipient: rfc822;accounts@wattlebird.net.au
Action: failed
Status: 5.4.310
Diagnostic-Code: smtp;550 5.4.310 DNS domain wattlebird.net.au does not exist [Message=InfoDomainNonexistent] [LastAttemptedServerName=wattlebird.net.au] [SY4P282MB3921.AUSP282.PROD.OUTLOOK.COM 2024-06-03T00:18:40.118Z 08DC82F1A4B3C2D1]

--%(b)s
Content-Type: text/rfc822-headers

From: Tasman Credit Control <creditcontrol@tasmanops.com.au>
To: Renee Hollis <renee.hollis@wattlebirdconstructions.com.au>, "accounts@wattlebird.net.au"
	<accounts@wattlebird.net.au>
Subject: %(osubj)s
Date: Mon, 3 Jun 2024 00:18:29 +0000
Message-ID: %(parent)s
Content-Language: en-AU
MIME-Version: 1.0

--%(b)s--
""" % {"to": AR, "b": _a01_b, "subj": enc("Undeliverable: " + _a01_subj), "osubj": enc(_a01_subj),
       "parent": PARENT("i03"), "text": qp("""Your message to accounts@wattlebird.net.au couldn't be delivered.

wattlebird.net.au couldn't be found. The domain may have been misspelled, or it may no longer exist.

creditcontrol        Office 365        wattlebird.net.au
Sender                                 Action Required

How to Fix It
Check the recipient's email address for typos. If the address is correct, the recipient's domain may no longer exist or may have moved to a new email provider. Contact the recipient by some other means (phone, for example) to confirm their current email address.

More Info for Email Admins
Status code: 550 5.4.310

Original Message Details
Created Date:      3/06/2024 12:18:29 AM
Sender Address:    creditcontrol@tasmanops.com.au
Recipient Address: accounts@wattlebird.net.au
Subject:           """ + _a01_subj + "\n")})

_a02_b = "8C41A2E0F31.1717434729/mail.sunburypharmacy.com.au"
raw_mail("a02", "auto_reply", "en", "report", """Return-Path: <>
From: MAILER-DAEMON@mail.sunburypharmacy.com.au (Mail Delivery System)
To: creditcontrol@tasmanops.com.au
Subject: Undelivered Mail Returned to Sender
Date: Tue,  4 Jun 2024 03:12:09 +1000 (AEST)
Message-ID: <20240603171209.8C41A2E0F31@mail.sunburypharmacy.com.au>
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="%(b)s"
Content-Transfer-Encoding: 8bit

This is a MIME-encapsulated message.

--%(b)s
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mail.sunburypharmacy.com.au.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<karen.choi@sunburypharmacy.com.au>: host
    mail.sunburypharmacy.com.au[private/dovecot-lmtp] said: 552 5.2.2
    <karen.choi@sunburypharmacy.com.au> Quota exceeded (mailbox for user is
    full) (in reply to end of DATA command)

--%(b)s
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mail.sunburypharmacy.com.au
X-Postfix-Queue-ID: 8C41A2E0F31
X-Postfix-Sender: rfc822; creditcontrol@tasmanops.com.au
Arrival-Date: Tue,  4 Jun 2024 03:12:07 +1000 (AEST)

Final-Recipient: rfc822; karen.choi@sunburypharmacy.com.au
Original-Recipient: rfc822;karen.choi@sunburypharmacy.com.au
Action: failed
Status: 5.2.2
Diagnostic-Code: x-unix; 552 5.2.2 <karen.choi@sunburypharmacy.com.au> Quota
    exceeded (mailbox for user is full)

--%(b)s
Content-Description: Undelivered Message Headers
Content-Type: text/rfc822-headers

Received: from SY4P282MB1187.AUSP282.PROD.OUTLOOK.COM (mail-sy4aus01on2099.outbound.protection.outlook.com [40.107.107.99])
	by mail.sunburypharmacy.com.au (Postfix) with ESMTPS id 8C41A2E0F31
	for <karen.choi@sunburypharmacy.com.au>; Tue,  4 Jun 2024 03:12:07 +1000 (AEST)
From: Tasman Credit Control <creditcontrol@tasmanops.com.au>
To: Karen Choi <karen.choi@sunburypharmacy.com.au>
Subject: Payment reminder - Sunbury Pharmacy - account C10712
Date: Mon, 3 Jun 2024 17:12:01 +0000
Message-ID: %(parent)s
MIME-Version: 1.0

--%(b)s--
""" % {"b": _a02_b, "parent": PARENT("a02")})

_a03_subj = "Statement of Account \u2013 May 2024 \u2013 Kowloon Bay Logistics"
_a03_b = "_000_7f3e19c0a2b84d5e8c61f0d4b3a29e17SY5P282MB1450AUSP_"
raw_mail("a03", "auto_reply", "en", "report", """From: Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@tasmanops.com.au>
To: %(to)s
Date: Wed, 5 Jun 2024 04:05:12 +0000
Subject: %(subj)s
Message-ID: <7f3e19c0-a2b8-4d5e-8c61-f0d4b3a29e17@SY5P282MB1450.AUSP282.PROD.OUTLOOK.COM>
In-Reply-To: %(parent)s
References: %(parent)s
Content-Language: en-AU
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="%(b)s"

--%(b)s
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

%(text)s
--%(b)s
Content-Type: message/delivery-status

Reporting-MTA: dns;SY5P282MB1450.AUSP282.PROD.OUTLOOK.COM
Arrival-Date: Wed, 5 Jun 2024 00:02:47 +0000

Final-Recipient: rfc822;accounts@kowloonbaylogistics.com.hk
Action: delayed
Status: 4.4.316
Diagnostic-Code: smtp;451 4.4.316 Connection refused [Message=Socket error code 10061] [LastAttemptedServerName=mx.kowloonbaylogistics.com.hk] [LastAttemptedServerIP=203.198.41.77:25]
Will-Retry-Until: Thu, 6 Jun 2024 23:57:47 +0000

--%(b)s
Content-Type: text/rfc822-headers

From: Tasman Credit Control <creditcontrol@tasmanops.com.au>
To: "accounts@kowloonbaylogistics.com.hk" <accounts@kowloonbaylogistics.com.hk>
Subject: %(osubj)s
Date: Wed, 5 Jun 2024 00:02:45 +0000
Message-ID: %(parent)s
MIME-Version: 1.0

--%(b)s--
""" % {"to": AR, "b": _a03_b, "subj": enc("Delivery delayed:" + _a03_subj), "osubj": enc(_a03_subj),
       "parent": PARENT("a03"), "text": qp("""Delivery is delayed to these recipients or groups:

accounts@kowloonbaylogistics.com.hk

Subject: """ + _a03_subj + """

This message hasn't been delivered yet. Delivery will continue to be attempted.

The server will keep trying to deliver this message for the next 1 days, 19 hours and 52 minutes. You'll be notified if the message can't be delivered by that time.

Diagnostic information for administrators:

Generating server: SY5P282MB1450.AUSP282.PROD.OUTLOOK.COM
Receiving server: mx.kowloonbaylogistics.com.hk (203.198.41.77)

Remote server returned '451 4.4.316 Connection refused'
""")})

_a04_subj = "Overdue Account Reminder \u2013 C10551"
_a04_b = "_002_SY6P282MB22107C1E44A9B0D3F25E6AC1SY6P282MB2210AUSP_"
raw_mail("a04", "auto_reply", "en", "report", """From: Tony Russo <tony@narrewarrensmash.com.au>
To: %(to)s
Subject: %(subj)s
Date: Wed, 5 Jun 2024 22:12:03 +0000
Message-ID: <SY6P282MB22107C1E44A9B0D3F25E6AC1@SY6P282MB2210.AUSP282.PROD.OUTLOOK.COM>
Content-Language: en-AU
MIME-Version: 1.0
Content-Type: multipart/report; report-type=disposition-notification;
	boundary="%(b)s"

--%(b)s
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

%(text)s
--%(b)s
Content-Type: message/disposition-notification

Reporting-UA: SY6P282MB2210.AUSP282.PROD.OUTLOOK.COM; Microsoft Outlook 16.0
Final-Recipient: rfc822;tony@narrewarrensmash.com.au
Original-Message-ID: %(parent)s
Disposition: manual-action/MDN-sent-manually; displayed

--%(b)s--
""" % {"to": AR, "b": _a04_b, "subj": enc("Read: " + _a04_subj), "parent": PARENT("a04"),
       "text": qp("""Your message

  To: Tony Russo
  Subject: """ + _a04_subj + """
  Sent: Wednesday, 5 June 2024 3:22:10 PM (UTC+10:00) Canberra, Melbourne, Sydney

was read on Thursday, 6 June 2024 8:12:03 AM (UTC+10:00) Canberra, Melbourne, Sydney.
""")})

_a05_b = "_000_FR0P281MB21875A2C7D4E91B6C83F40E2FR0P281MB2187DEUP_"
raw_mail("a05", "auto_reply", "de", "report", """From: Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@druckhaus-lindner.de>
To: %(to)s
Date: Mon, 3 Jun 2024 01:31:07 +0200
Subject: Unzustellbar: Zahlungserinnerung Rechnung 218760
Message-ID: <5a2c7d4e-91b6-4c83-f40e-2b7d19a0c6e5@FR0P281MB2187.DEUP281.PROD.OUTLOOK.COM>
In-Reply-To: %(parent)s
References: %(parent)s
Content-Language: de-DE
X-MS-Exchange-Message-Is-Ndr:
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="%(b)s"

--%(b)s
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

%(text)s
--%(b)s
Content-Type: message/delivery-status

Reporting-MTA: dns;FR0P281MB2187.DEUP281.PROD.OUTLOOK.COM
Received-From-MTA: dns;SY4P282MB3921.AUSP282.PROD.OUTLOOK.COM
Arrival-Date: Sun, 2 Jun 2024 23:31:05 +0000

Final-Recipient: rfc822;buchhaltung@druckhaus-lindner.de
Action: failed
Status: 5.1.10
Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient buchhaltung@druckhaus-lindner.de not found by SMTP address lookup

--%(b)s
Content-Type: message/rfc822

From: Sabine Krueger <sabine.krueger@tasmanops.com.au>
To: "buchhaltung@druckhaus-lindner.de" <buchhaltung@druckhaus-lindner.de>
CC: Tasman Credit Control <creditcontrol@tasmanops.com.au>
Subject: Zahlungserinnerung Rechnung 218760
Date: Sun, 2 Jun 2024 23:30:58 +0000
Message-ID: %(parent)s
Content-Language: de-DE
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

%(otext)s
--%(b)s--
""" % {"to": AR, "b": _a05_b, "parent": PARENT("a05"),
       "text": qp("""Ihre Nachricht an buchhaltung@druckhaus-lindner.de konnte nicht zugestellt werden.

Das Postfach des Empfängers wurde nicht gefunden.

buchhaltung          druckhaus-lindner.de
Empfänger            Aktion erforderlich

So beheben Sie das Problem
Die Nachricht konnte nicht zugestellt werden, weil die E-Mail-Adresse des Empfängers in der Organisation nicht mehr vorhanden ist. Wenden Sie sich auf anderem Weg (z. B. telefonisch) an den Empfänger, und lassen Sie sich eine gültige E-Mail-Adresse nennen.

Weitere Informationen für E-Mail-Administratoren
Statuscode: 550 5.1.10

Details zur ursprünglichen Nachricht
Erstellungsdatum:    02.06.2024 23:30:58
Absenderadresse:     sabine.krueger@tasmanops.com.au
Empfängeradresse:    buchhaltung@druckhaus-lindner.de
Betreff:             Zahlungserinnerung Rechnung 218760
"""),
       "otext": qp("""Sehr geehrte Damen und Herren,

unsere Rechnung 218760 vom 02.05.2024 über 2.604,80 EUR ist seit dem 01.06.2024 fällig. Wir bitten um zeitnahen Ausgleich.

Mit freundlichen Grüßen
Sabine Krüger
Credit Control - Europe
Tasman Office & Print Supplies Pty Ltd
""")})

mail("a06", "auto_reply", "en", "plain",
     frm=A("Fiona Keane", "fiona.keane@ballaratarts.org.au"), to=AR,
     subj="Automatic reply: Overdue invoices - Ballarat Regional Arts Centre", date=D(3, "10:05:02", 10),
     parent=PARENT("a06"), headers=[("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All")],
     body="""Thank you for your email.

I am on leave until Monday 17 June with limited access to email. For urgent accounts payable matters please contact finance@ballaratarts.org.au or call (03) 5331 9020.

Regards,
Fiona Keane
""")

mail("a07", "auto_reply", "en", "plain",
     frm=A("Greenfield Health AP Helpdesk", "aphelpdesk@greenfieldhealth.com.au"), to=AR,
     subj="Greenfield Health AP Helpdesk - Ticket AP0058213 logged", date=D(4, "09:15:33", 10), client="system",
     parent=PARENT("a07"),
     body="""This is an automated message - please do not reply.

Thank you for contacting Greenfield Health Accounts Payable. Your enquiry has been logged as ticket AP0058213.

Subject: Statement of Account - May 2024 - Greenfield Health (C10330)
Priority: Standard
Expected response: within 3 business days

Please quote the ticket number in any future correspondence about this matter. You can check the status of your ticket in the Greenfield Health Supplier Help Centre.

Greenfield Health Shared Services
""")

mail("a08", "auto_reply", "zh-hant", "html",
     frm=A("吳淑芬", "sf.ng@pearlrivertrading.com.hk"), to=AR,
     subj="自動回覆: Statement of Account - May 2024 - Pearl River Trading (HK) Ltd", date=D(3, "09:02:48", 8),
     client="o365-apac", clang="zh-HK", parent=PARENT("a08"),
     headers=[("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All")],
     html=OH("""您好，

本人於2024年6月3日至6月7日休假，期間未能查閱電郵。

如有緊急事宜，請聯絡會計部同事何先生（vincent.ho@pearlrivertrading.com.hk／2815 6640）。

謝謝！
吳淑芬
""", lang="ZH-TW", font="PMingLiU"))

mail("a09", "auto_reply", "tl", "plain",
     frm=A("Marites Aquino", "marites.aquino@cebuseafoods.com.ph"), to=AR,
     subj="Out of Office (June 4-11)", date=D(4, "14:15:20", 8), client="gmail", parent=PARENT("a09"),
     headers=[("Auto-Submitted", "auto-replied")],
     body="""Hi! Naka-leave po ako hanggang June 11 (Martes). Para sa mga urgent na concern tungkol sa payables, paki-email po si Ms. Carla Reyes sa carla.reyes@cebuseafoods.com.ph. Babalikan ko po ang email ninyo pagbalik ko.

Salamat po!
Marites
""")

_a10 = """Thank you for your email. This is an automatic acknowledgement.

Invoices sent to this mailbox are processed automatically and will be paid in line with our agreed payment terms. This mailbox is NOT monitored - questions about invoices, payments or advices sent here will not be answered.

For payment enquiries please use the supplier enquiry form at https://pinnaclehospitality.com.au/suppliers.

Pinnacle Hospitality Group - Accounts Payable
"""
mail("a10", "auto_reply", "en", "alternative",
     frm=A("Pinnacle Hospitality Group Invoices", "invoices@pinnaclehospitality.com.au"), to=AR,
     subj="Automatic reply: Tax Invoice INV-219288 from Tasman Office & Print Supplies", date=D(5, "11:03:27", 10),
     parent=PARENT("a10"), headers=[("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All")],
     body=_a10, html=OH(_a10, font="Segoe UI"))

mail("a11", "auto_reply", "en", "plain",
     frm=A("Clarendon Street Medical Accounts", "accounts@clarendonmedical.com.au"), to=AR,
     subj="Automatic reply: Unallocated payment - please advise", date=D(6, "14:40:16", 10), parent=PARENT("a11"),
     body="""This mailbox is no longer monitored.

As of 1 June 2024, Clarendon Street Medical's accounts are managed by Medisphere Business Services. Please re-send your email to payables@medisphere.com.au. Payment advices, statements and invoice queries sent to this address will not be actioned.

Thank you.
""")

mail("a12", "auto_reply", "zh", "plain",
     frm=A("陈晓燕", "chenxiaoyan@hx-tech.com.cn"), to=AR,
     subj="自动答复: Statement of Account - May 2024 - Shenzhen Huaxin Electronics", date=D(4, "09:30:41", 8),
     client="o365-apac", clang="zh-CN", parent=PARENT("a12"),
     headers=[("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All")],
     body="""您好，我目前出差在外，6月11日返回办公室，期间邮件可能无法及时回复。如有紧急事项，请联系财务部黄小姐（0755-2663 8810）。谢谢！
""")

mail("a13", "auto_reply", "de", "plain",
     frm=A("Thomas Engel", "t.engel@weber-soehne.de"), to=AR,
     subj="Abwesenheitsnotiz: Offene Posten zum 31.05.2024", date=D(3, "01:35:44", 2), client="o365-de",
     parent=PARENT("a13"), headers=[("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All")],
     body="""Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich Freitag, 14.06.2024, nicht im Büro und habe keinen Zugriff auf meine E-Mails. Ihre Nachricht wird nicht weitergeleitet.

In dringenden Fällen wenden Sie sich bitte an buchhaltung@weber-soehne.de oder telefonisch an +49 521 9643-200.

Mit freundlichen Grüßen
Thomas Engel
""")

mail("a14", "auto_reply", "de", "html",
     frm=A("Katharina Huber", "k.huber@stadtmoebel-berger.de"), to=AR,
     subj="Automatische Antwort: Zahlungserinnerung - Kundenkonto 40988", date=D(5, "01:16:58", 2), client="o365-de",
     parent=PARENT("a14"), headers=[("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All")],
     html=OH("""Guten Tag,

ich befinde mich bis zum 10. Juni im Urlaub. Ihre E-Mail wird nach meiner Rückkehr bearbeitet.

Bei Fragen zu Zahlungen wenden Sie sich bitte an meine Kollegin Frau Lehner (m.lehner@stadtmoebel-berger.de, Tel. 089 54 37 18-22).

Freundliche Grüße
Katharina Huber
Stadtmöbel Berger AG · Rechnungswesen
""", lang="DE"))

mail("a15", "auto_reply", "ms", "plain",
     frm=A("Ahmad Zaki bin Hassan", "zaki.hassan@perkasajaya.com.my"), to=AR,
     subj="Balasan Automatik: Statement of Account - May 2024", date=D(3, "09:10:05", 8), client="o365-apac",
     clang="ms-MY", parent=PARENT("a15"),
     headers=[("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All")],
     body="""Assalamualaikum dan salam sejahtera,

Terima kasih atas e-mel anda. Saya sedang bercuti sehingga 10 Jun 2024 dan akses kepada e-mel adalah terhad. Untuk sebarang urusan segera berkaitan akaun, sila hubungi Puan Siti Hajar di sitihajar@perkasajaya.com.my.

Ahmad Zaki bin Hassan
""")

mail("a16", "auto_reply", "ja", "plain",
     frm=A("山本 浩二", "k.yamamoto@sakura-bm.com.au"), to=AR,
     subj="自動応答: Statement of Account - May 2024 - Sakura Business Machines Australia", date=D(3, "09:00:37", 10),
     clang="ja-JP", parent=PARENT("a16"),
     headers=[("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All")],
     body="""いつもお世話になっております。

誠に恐れ入りますが、6月3日（月）から6月7日（金）まで日本出張のため不在にしております。
期間中はメールの確認が遅れる場合がございます。

お急ぎのご用件は、経理部 田中（k.tanaka@sakura-bm.com.au）までご連絡くださいますようお願いいたします。

山本 浩二
""")

# ======================================================================
# AP portal mail (Coupa, SAP Ariba / SAP Business Network, Taulia)
# ======================================================================
def coupa_html(host, customer, inner, footer):
    return ('<html><head><meta charset="utf-8"></head>\n'
            '<body style="margin:0;padding:0;background:#f2f2f2;font-family:Helvetica,Arial,sans-serif">\n'
            '<table width="100%" cellpadding="0" cellspacing="0" bgcolor="#f2f2f2"><tr><td align="center" style="padding:20px 0">\n'
            '<table width="600" cellpadding="0" cellspacing="0" bgcolor="#ffffff">\n'
            '<tr><td style="padding:18px 24px;border-bottom:4px solid #0070c9"><img src="https://' + host
            + '/images/customer_logo.png" alt="' + htmlmod.escape(customer) + '" height="32"></td></tr>\n'
            '<tr><td style="padding:24px;font-size:14px;color:#333333;line-height:20px">\n' + inner +
            '</td></tr>\n<tr><td style="padding:16px 24px;font-size:11px;color:#888888;border-top:1px solid #e5e5e5">'
            + footer + '</td></tr>\n</table></td></tr></table>\n</body></html>\n')


def ariba_html(inner, footer):
    return ('<html><head><meta charset="utf-8"></head>\n'
            '<body style="font-family:\'72\',Arial,sans-serif;font-size:14px;color:#32363a;background:#ffffff">\n'
            '<div style="background:#0a6ed1;padding:14px 20px"><span style="color:#ffffff;font-size:18px">SAP Business Network</span></div>\n'
            '<div style="padding:20px">\n' + inner + '</div>\n'
            '<div style="padding:12px 20px;font-size:11px;color:#6a6d70;border-top:1px solid #d9d9d9">' + footer + '</div>\n'
            '</body></html>\n')


def taulia_html(inner, footer):
    return ('<html><head><meta charset="utf-8"></head>\n'
            '<body style="margin:0;background:#eef1f4;font-family:\'Open Sans\',Arial,sans-serif">\n'
            '<table align="center" width="580" cellpadding="0" cellspacing="0" style="background:#ffffff;margin-top:24px">\n'
            '<tr><td style="background:#00263e;padding:16px 28px;color:#ffffff;font-size:20px;letter-spacing:1px">taulia</td></tr>\n'
            '<tr><td style="padding:28px;font-size:14px;color:#2d3a45;line-height:21px">\n' + inner + '</td></tr>\n'
            '<tr><td style="padding:14px 28px;font-size:11px;color:#7b8794;background:#f7f9fa">' + footer + '</td></tr>\n'
            '</table>\n</body></html>\n')


mail("t01", "portal_notification", "en", "html",
     frm=A("Greenfield Health", "do_not_reply@greenfieldhealth.coupahost.com"), to=AR,
     subj="Greenfield Health: Invoice INV-219245 has been Approved", date=D(4, "13:22:19", 10), client="system",
     html=coupa_html("greenfieldhealth.coupahost.com", "Greenfield Health", """<p>Hello Tasman Office &amp; Print Supplies Pty Ltd,</p>
<p>Invoice <b>INV-219245</b> for <b>1,562.00 AUD</b> has been approved by Greenfield Health and will be paid according to your agreed payment terms.</p>
<table cellpadding="4" cellspacing="0" style="font-size:13px">
<tr><td style="color:#777">Invoice date</td><td>28/05/2024</td></tr>
<tr><td style="color:#777">PO number</td><td>GH-PO-118842</td></tr>
<tr><td style="color:#777">Status</td><td>Approved</td></tr>
<tr><td style="color:#777">Payment terms</td><td>Net 30</td></tr>
</table>
<p><a href="https://supplier.coupahost.com/invoices/8841127" style="background:#0070c9;color:#ffffff;padding:10px 18px;text-decoration:none;border-radius:3px">View Invoice</a></p>
""", "Powered by Coupa &middot; This notification was sent on behalf of Greenfield Health. Please do not reply to this email. Manage your notification preferences in the Coupa Supplier Portal."))

_t02 = """Westgate Facilities Management has returned invoice INV-219260 to you for action.

Reason: Price does not match purchase order
Comment from Westgate Facilities Management: Unit price on line 2 is $24.90; PO WFM-24-3310 price is $21.50. Please issue a credit note and resubmit.

Invoice total: 1,742.40 AUD
Invoice date: 29/05/2024
PO number: WFM-24-3310

Respond in the Coupa Supplier Portal:
https://supplier.coupahost.com/invoices/8846310

Powered by Coupa. This is an automated message; replies to this address are not monitored.
"""
mail("t02", "portal_notification", "en", "alternative",
     frm=A("Westgate Facilities Management", "do_not_reply@westgatefm.coupahost.com"), to=AR,
     subj="Action Required: Invoice INV-219260 needs your attention - Westgate Facilities Management",
     date=D(5, "10:48:33", 10), client="system", body=_t02,
     html=coupa_html("westgatefm.coupahost.com", "Westgate Facilities Management", """<p>Westgate Facilities Management has returned invoice <b>INV-219260</b> to you for action.</p>
<table cellpadding="4" cellspacing="0" style="font-size:13px">
<tr><td style="color:#777">Reason</td><td>Price does not match purchase order</td></tr>
<tr><td style="color:#777">Comment</td><td>Unit price on line 2 is $24.90; PO WFM-24-3310 price is $21.50. Please issue a credit note and resubmit.</td></tr>
<tr><td style="color:#777">Invoice total</td><td>1,742.40 AUD</td></tr>
<tr><td style="color:#777">Invoice date</td><td>29/05/2024</td></tr>
<tr><td style="color:#777">PO number</td><td>WFM-24-3310</td></tr>
</table>
<p><a href="https://supplier.coupahost.com/invoices/8846310" style="background:#0070c9;color:#ffffff;padding:10px 18px;text-decoration:none;border-radius:3px">Respond</a></p>
""", "Powered by Coupa. This is an automated message; replies to this address are not monitored."))

mail("t03", "portal_notification", "en", "html",
     frm=A("Ironbark Civil Pty Ltd", "do_not_reply@ironbarkcivil.coupahost.com"), to=AR,
     subj="Ironbark Civil Pty Ltd Purchase Order #IC-3412", date=D(3, "08:05:40", 10), client="system",
     html=coupa_html("ironbarkcivil.coupahost.com", "Ironbark Civil Pty Ltd", """<p style="font-size:18px"><b>Purchase Order #IC-3412</b></p>
<p>Ironbark Civil Pty Ltd has issued a new purchase order to Tasman Office &amp; Print Supplies Pty Ltd.</p>
<table cellpadding="5" cellspacing="0" border="1" style="border-collapse:collapse;font-size:12px;border-color:#dddddd">
<tr style="background:#f5f5f5"><th>Line</th><th>Item</th><th>Qty</th><th>Unit price</th><th>Total</th></tr>
<tr><td>1</td><td>Brother TN-2450 toner</td><td>6</td><td>72.00</td><td>432.00</td></tr>
<tr><td>2</td><td>A4 copy paper 80gsm (box of 5 reams)</td><td>30</td><td>41.50</td><td>1,245.00</td></tr>
<tr><td>3</td><td>Site diary, hardcover</td><td>12</td><td>18.90</td><td>226.80</td></tr>
<tr><td colspan="4" align="right"><b>Total (ex GST)</b></td><td><b>1,903.80 AUD</b></td></tr>
</table>
<p>Ship to: Ironbark Civil Pty Ltd, 31 Cherry Lane, Laverton North VIC 3026<br>Requester: Kylie Barnes</p>
<p><a href="https://supplier.coupahost.com/order_headers/551902" style="background:#0070c9;color:#ffffff;padding:10px 18px;text-decoration:none;border-radius:3px">Acknowledge PO</a></p>
""", "Powered by Coupa &middot; Sent on behalf of Ironbark Civil Pty Ltd. Do not reply to this message."))

mail("t04", "portal_notification", "en", "html",
     frm=A("SAP Business Network", "ordersender-prod@ansmtp.ariba.com"), to=AR,
     subj="Raffles Quay Advisory Pte Ltd has approved invoice INV-219180", date=D(4, "03:30:11", -7), client="system",
     html=ariba_html("""<p>Dear Tasman Office &amp; Print Supplies Pty Ltd,</p>
<p>The status of your invoice has changed.</p>
<table cellpadding="4" cellspacing="0" style="font-size:13px">
<tr><td style="color:#6a6d70">Customer</td><td>Raffles Quay Advisory Pte Ltd</td></tr>
<tr><td style="color:#6a6d70">Invoice number</td><td>INV-219180</td></tr>
<tr><td style="color:#6a6d70">Invoice amount</td><td>SGD 3,416.00</td></tr>
<tr><td style="color:#6a6d70">New status</td><td><b>Approved</b></td></tr>
<tr><td style="color:#6a6d70">Planned payment date</td><td>28 Jun 2024</td></tr>
</table>
<p>To view the invoice history, log in to your SAP Business Network account.</p>
""", "You are receiving this email because your company (ANID AN01612227491) is registered on SAP Business Network. Notification settings can be changed under Account Settings &gt; Notifications. &copy; 2024 SAP SE or an SAP affiliate company."))

_t05 = """Invoice rejected

Lion City Clinics Pte Ltd has rejected the following invoice submitted by Tasman Office & Print Supplies Pty Ltd.

Invoice number: INV-219195
Invoice date: 30 May 2024
Amount: SGD 1,286.50
Rejection reason: Purchase order number missing or invalid. Please reference a valid PO and resubmit.

Log in to SAP Business Network to review the invoice and create a new one if required:
https://service.ariba.com/Supplier.aw

This message was sent automatically by SAP Business Network. Please do not reply.
"""
mail("t05", "portal_notification", "en", "alternative",
     frm=A("SAP Business Network", "ordersender-prod@ansmtp.ariba.com"), to=AR,
     subj="Lion City Clinics Pte Ltd rejected invoice INV-219195", date=D(5, "19:02:56", -7), client="system",
     body=_t05,
     html=ariba_html("""<p style="font-size:17px"><b>Invoice rejected</b></p>
<p>Lion City Clinics Pte Ltd has rejected the following invoice submitted by Tasman Office &amp; Print Supplies Pty Ltd.</p>
<table cellpadding="4" cellspacing="0" style="font-size:13px">
<tr><td style="color:#6a6d70">Invoice number</td><td>INV-219195</td></tr>
<tr><td style="color:#6a6d70">Invoice date</td><td>30 May 2024</td></tr>
<tr><td style="color:#6a6d70">Amount</td><td>SGD 1,286.50</td></tr>
<tr><td style="color:#6a6d70">Rejection reason</td><td>Purchase order number missing or invalid. Please reference a valid PO and resubmit.</td></tr>
</table>
<p><a href="https://service.ariba.com/Supplier.aw" style="color:#0a6ed1">Review invoice</a></p>
""", "This message was sent automatically by SAP Business Network. Please do not reply."))

mail("t06", "portal_notification", "en", "html",
     frm=A("SAP Business Network", "no-reply@ansmtp.ariba.com"), to=AR,
     subj="Action required: Complete the supplier registration questionnaire for Straits Freight Forwarding Pte Ltd",
     date=D(5, "01:14:22", -7), client="system",
     html=ariba_html("""<p>Hello,</p>
<p><b>Straits Freight Forwarding Pte Ltd</b> has invited Tasman Office &amp; Print Supplies Pty Ltd to complete a supplier registration questionnaire on SAP Business Network.</p>
<p>The questionnaire asks for company details, banking information, tax registrations and certificates of insurance. Your customer requires it to be submitted by <b>19 June 2024</b>.</p>
<p><a href="https://supplier.ariba.com/register/SFF-REG-20240605" style="background:#0a6ed1;color:#ffffff;padding:9px 16px;text-decoration:none;border-radius:4px">Start questionnaire</a></p>
<p>If you already have an SAP Business Network account, log in with your existing user name to respond.</p>
""", "SAP Business Network, Sourcing and Supplier Management. Replies to this message are not read. &copy; 2024 SAP SE."))

_t07 = """Hi Tasman Office & Print Supplies,

Pinnacle Hospitality Group is offering early payment on 3 approved invoices.

Invoice        Due date       Amount (AUD)   Early payment amount
INV-219212     05 Jul 2024      2,118.00        2,100.42
INV-219227     08 Jul 2024        864.50          857.48
INV-219240     10 Jul 2024      1,430.75        1,419.61

Accept by 11 Jun 2024 and get paid as soon as 13 Jun 2024.

Review the offer: https://app.taulia.com/supplier/early-payment

Taulia Inc. | You are receiving this email because you are connected to Pinnacle Hospitality Group on Taulia.
"""
mail("t07", "portal_notification", "en", "alternative",
     frm=A("Pinnacle Hospitality Group via Taulia", "no-reply@taulia.com"), to=AR,
     subj="Get paid early: 3 invoices from Pinnacle Hospitality Group are eligible", date=D(4, "06:00:03", 0),
     client="system", body=_t07,
     html=taulia_html("""<p>Hi Tasman Office &amp; Print Supplies,</p>
<p>Pinnacle Hospitality Group is offering early payment on <b>3 approved invoices</b>.</p>
<table width="100%" cellpadding="5" cellspacing="0" style="font-size:13px;border-top:1px solid #dde3e8">
<tr style="color:#7b8794"><td>Invoice</td><td>Due date</td><td align="right">Amount (AUD)</td><td align="right">Early payment</td></tr>
<tr><td>INV-219212</td><td>05 Jul 2024</td><td align="right">2,118.00</td><td align="right">2,100.42</td></tr>
<tr><td>INV-219227</td><td>08 Jul 2024</td><td align="right">864.50</td><td align="right">857.48</td></tr>
<tr><td>INV-219240</td><td>10 Jul 2024</td><td align="right">1,430.75</td><td align="right">1,419.61</td></tr>
</table>
<p>Accept by <b>11 Jun 2024</b> and get paid as soon as 13 Jun 2024.</p>
<p><a href="https://app.taulia.com/supplier/early-payment" style="background:#00a3e0;color:#ffffff;padding:10px 20px;text-decoration:none;border-radius:3px">Review offer</a></p>
""", "Taulia Inc. &middot; You are receiving this email because you are connected to Pinnacle Hospitality Group on Taulia."))

mail("t08", "portal_notification", "en", "html",
     frm=A("Metro Transit Services via Taulia", "no-reply@taulia.com"), to=AR,
     subj="Payment scheduled: AUD 5,204.60 from Metro Transit Services", date=D(6, "22:15:47", 0), client="system",
     html=taulia_html("""<p>Good news! Metro Transit Services has scheduled a payment to Tasman Office &amp; Print Supplies.</p>
<p style="font-size:22px;margin:10px 0"><b>AUD 5,204.60</b></p>
<p>Scheduled payment date: <b>12 Jun 2024</b><br>Payment method: EFT</p>
<table width="100%" cellpadding="5" cellspacing="0" style="font-size:13px;border-top:1px solid #dde3e8">
<tr style="color:#7b8794"><td>Invoice</td><td align="right">Amount (AUD)</td></tr>
<tr><td>INV-218958</td><td align="right">3,090.10</td></tr>
<tr><td>INV-219019</td><td align="right">2,114.50</td></tr>
</table>
<p>Track the status of all your invoices in real time on the Taulia supplier site.</p>
""", "Taulia Inc. &middot; Please do not reply to this message. Manage email preferences in your Taulia account settings."))

mail("t09", "portal_notification", "en", "html",
     frm=A("Greenfield Health", "do_not_reply@greenfieldhealth.coupahost.com"), to=AR,
     subj="Greenfield Health: Payment Notification", date=D(7, "16:02:31", 10), client="system",
     html=coupa_html("greenfieldhealth.coupahost.com", "Greenfield Health", """<p>Hello Tasman Office &amp; Print Supplies Pty Ltd,</p>
<p>Greenfield Health has recorded a payment against the invoices below.</p>
<table cellpadding="4" cellspacing="0" border="1" style="border-collapse:collapse;font-size:13px;border-color:#dddddd">
<tr style="background:#f5f5f5"><th>Invoice #</th><th>Invoice date</th><th>Amount paid</th></tr>
<tr><td>INV-218940</td><td>15/05/2024</td><td>2,906.25 AUD</td></tr>
<tr><td>INV-218962</td><td>17/05/2024</td><td>1,412.50 AUD</td></tr>
</table>
<p>Payment date: 07/06/2024<br>Payment reference: EFT-558201<br>Total: 4,318.75 AUD</p>
<p><a href="https://supplier.coupahost.com/payments" style="background:#0070c9;color:#ffffff;padding:10px 18px;text-decoration:none;border-radius:3px">View in Coupa</a></p>
""", "Powered by Coupa &middot; Automated notification on behalf of Greenfield Health. This mailbox does not accept replies."))

_t10 = """Lion City Clinics Pte Ltd sent a new Purchase Order

Purchase order: 4500098812
Amount: SGD 2,344.00
Order date: 3 Jun 2024
Requested delivery: 12 Jun 2024
Ship to: Lion City Clinics - Novena, 10 Sinaran Drive #08-21, Singapore 307506

Line 1  Thermal receipt rolls 80x80 (carton of 24)   x 20   SGD 1,380.00
Line 2  A4 copy paper 70gsm (box)                    x 24   SGD   964.00

Process this order on SAP Business Network:
https://service.ariba.com/Supplier.aw/ad/po?id=4500098812

Please do not reply to this email.
"""
mail("t10", "portal_notification", "en", "alternative",
     frm=A("SAP Business Network", "ordersender-prod@ansmtp.ariba.com"), to=AR,
     subj="Lion City Clinics Pte Ltd sent a new Purchase Order 4500098812", date=D(2, "19:44:10", -7),
     client="system", body=_t10,
     html=ariba_html("""<p style="font-size:17px"><b>Lion City Clinics Pte Ltd sent a new Purchase Order</b></p>
<table cellpadding="4" cellspacing="0" style="font-size:13px">
<tr><td style="color:#6a6d70">Purchase order</td><td>4500098812</td></tr>
<tr><td style="color:#6a6d70">Amount</td><td>SGD 2,344.00</td></tr>
<tr><td style="color:#6a6d70">Order date</td><td>3 Jun 2024</td></tr>
<tr><td style="color:#6a6d70">Requested delivery</td><td>12 Jun 2024</td></tr>
<tr><td style="color:#6a6d70">Ship to</td><td>Lion City Clinics - Novena, 10 Sinaran Drive #08-21, Singapore 307506</td></tr>
</table>
<table cellpadding="4" cellspacing="0" border="1" style="border-collapse:collapse;font-size:12px;border-color:#d9d9d9">
<tr><th>Line</th><th>Description</th><th>Qty</th><th>Amount</th></tr>
<tr><td>1</td><td>Thermal receipt rolls 80x80 (carton of 24)</td><td>20</td><td>SGD 1,380.00</td></tr>
<tr><td>2</td><td>A4 copy paper 70gsm (box)</td><td>24</td><td>SGD 964.00</td></tr>
</table>
<p><a href="https://service.ariba.com/Supplier.aw/ad/po?id=4500098812" style="background:#0a6ed1;color:#ffffff;padding:9px 16px;text-decoration:none;border-radius:4px">Process order</a></p>
""", "Please do not reply to this email. &copy; 2024 SAP SE or an SAP affiliate company. All rights reserved."))

mail("t11", "portal_notification", "de", "html",
     frm=A("SAP Business Network", "ordersender-prod@ansmtp.ariba.com"), to=AR,
     subj="Kessler Logistik GmbH hat die Rechnung 219071 abgelehnt", date=D(5, "23:41:05", -7), client="system",
     html=ariba_html("""<p>Sehr geehrte Damen und Herren,</p>
<p>der Status Ihrer Rechnung wurde geändert.</p>
<table cellpadding="4" cellspacing="0" style="font-size:13px">
<tr><td style="color:#6a6d70">Kunde</td><td>Kessler Logistik GmbH</td></tr>
<tr><td style="color:#6a6d70">Rechnungsnummer</td><td>219071</td></tr>
<tr><td style="color:#6a6d70">Betrag</td><td>4.212,00 EUR</td></tr>
<tr><td style="color:#6a6d70">Neuer Status</td><td><b>Abgelehnt</b></td></tr>
<tr><td style="color:#6a6d70">Begründung</td><td>Die USt-IdNr. des Rechnungsempfängers fehlt. Bitte korrigieren und erneut einreichen.</td></tr>
</table>
<p>Melden Sie sich bei Ihrem Konto im SAP Business Network an, um die Rechnung zu prüfen.</p>
""", "Diese Nachricht wurde automatisch vom SAP Business Network erstellt. Bitte antworten Sie nicht auf diese E-Mail. &copy; 2024 SAP SE."))

_t12 = """Guten Tag Tasman Office & Print Supplies Pty Ltd,

Stadtmöbel Berger AG hat Ihnen eine neue Bestellung übermittelt.

Bestellnummer: SB-PO-24-0588
Bestelldatum: 06.06.2024
Gesamtbetrag: 6.930,00 EUR
Lieferadresse: Stadtmöbel Berger AG, Zentrallager, Landsberger Str. 300, 80687 München

Pos. 1  Kopierpapier A4 80 g/m², Palette        3   5.670,00 EUR
Pos. 2  Ordner A4 breit, Karton à 20            30   1.260,00 EUR

Bestellung im Coupa Lieferantenportal bestätigen:
https://supplier.coupahost.com/order_headers/562271

Bereitgestellt von Coupa. Dies ist eine automatisch erzeugte Nachricht, bitte nicht antworten.
"""
mail("t12", "portal_notification", "de", "alternative",
     frm=A("Stadtmöbel Berger AG", "do_not_reply@stadtmoebel-berger.coupahost.com"), to=AR,
     subj="Stadtmöbel Berger AG: Neue Bestellung Nr. SB-PO-24-0588", date=D(6, "08:12:50", 2), client="system",
     body=_t12,
     html=coupa_html("stadtmoebel-berger.coupahost.com", "Stadtmöbel Berger AG", """<p>Guten Tag Tasman Office &amp; Print Supplies Pty Ltd,</p>
<p>Stadtmöbel Berger AG hat Ihnen eine neue Bestellung übermittelt.</p>
<table cellpadding="4" cellspacing="0" style="font-size:13px">
<tr><td style="color:#777">Bestellnummer</td><td>SB-PO-24-0588</td></tr>
<tr><td style="color:#777">Bestelldatum</td><td>06.06.2024</td></tr>
<tr><td style="color:#777">Gesamtbetrag</td><td>6.930,00 EUR</td></tr>
<tr><td style="color:#777">Lieferadresse</td><td>Stadtmöbel Berger AG, Zentrallager, Landsberger Str. 300, 80687 München</td></tr>
</table>
<table cellpadding="4" cellspacing="0" border="1" style="border-collapse:collapse;font-size:12px;border-color:#dddddd">
<tr style="background:#f5f5f5"><th>Pos.</th><th>Artikel</th><th>Menge</th><th>Betrag</th></tr>
<tr><td>1</td><td>Kopierpapier A4 80 g/m², Palette</td><td>3</td><td>5.670,00 EUR</td></tr>
<tr><td>2</td><td>Ordner A4 breit, Karton à 20</td><td>30</td><td>1.260,00 EUR</td></tr>
</table>
<p><a href="https://supplier.coupahost.com/order_headers/562271" style="background:#0070c9;color:#ffffff;padding:10px 18px;text-decoration:none;border-radius:3px">Bestellung bestätigen</a></p>
""", "Bereitgestellt von Coupa &middot; Dies ist eine automatisch erzeugte Nachricht, bitte nicht antworten."))

# ======================================================================
# Everything else
# ======================================================================
mail("o01", "other", "en", "html",
     frm=A("Credit Matters - ACPN", "news@acpn.org.au"), to=AR,
     subj="Credit Matters | June 2024: EOFY checklist, hardship trends & our July webinar", date=D(8, "07:00:00", 10),
     client="system",
     headers=[("List-Unsubscribe", "<https://acpn.org.au/u/8f2c91?list=creditmatters>, <mailto:unsubscribe@acpn.org.au?subject=unsubscribe>"),
              ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("Precedence", "bulk")],
     html="""<html><head><meta charset="utf-8"><title>Credit Matters</title></head>
<body style="margin:0;background:#f6f6f6;font-family:Arial,sans-serif">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="620" cellpadding="0" cellspacing="0" style="background:#ffffff">
<tr><td style="background:#14365d;padding:22px 28px;color:#ffffff"><span style="font-size:24px">Credit Matters</span><br><span style="font-size:12px">Australian Credit Professionals Network &middot; June 2024</span></td></tr>
<tr><td style="padding:24px 28px;font-size:14px;color:#333;line-height:21px">
<h2 style="color:#14365d;font-size:18px">Your EOFY credit checklist</h2>
<p>Bad-debt write-offs, GST adjustments and provisioning reviews all land in the same fortnight. Our members' ten-point checklist helps you get them done before 30 June without a last-minute scramble.</p>
<p><a href="https://acpn.org.au/articles/eofy-checklist-2024" style="color:#1a6bb8">Read the checklist &rarr;</a></p>
<h2 style="color:#14365d;font-size:18px">Hardship requests up 18% year on year</h2>
<p>New survey data from 212 member organisations shows small-business customers asking for longer terms, particularly in hospitality and construction.</p>
<h2 style="color:#14365d;font-size:18px">Webinar: collecting across borders</h2>
<p>Thursday 18 July, 12:30 AEST. Practical tips on chasing overseas customers, currency differences and working with shared service centres in Asia.</p>
<p><a href="https://acpn.org.au/events/webinar-cross-border" style="background:#e3a21a;color:#14365d;padding:10px 18px;text-decoration:none;font-weight:bold">Register free</a></p>
</td></tr>
<tr><td style="padding:16px 28px;font-size:11px;color:#888;background:#f0f0f0">You are receiving this because creditcontrol@tasmanops.com.au is subscribed to Credit Matters. <a href="https://acpn.org.au/u/8f2c91?list=creditmatters">Unsubscribe</a> | ACPN, PO Box 1180, Collins Street West VIC 8007</td></tr>
</table></td></tr></table>
</body></html>
""")

mail("o02", "other", "en", "plain",
     frm=A("Nadia Russo", "office@cliftonhillps.vic.edu.au"), to=AR,
     subj="Order - Clifton Hill Primary School", date=D(4, "12:40:29", 10),
     body="""Hi,

Could you please supply the following and charge it to our account:

- 20 reams A4 80gsm white copy paper
- 5 boxes whiteboard markers (black)
- 2 x Brother TN-2450 toner cartridges
- 1 x laminating pouches A4 (box of 100)

Please deliver to the front office, 185 Gold Street, Clifton Hill. Our order number is CHPS-0611.

Thank you,
Nadia Russo
Business Manager
Clifton Hill Primary School
""")

mail("o03", "other", "en", "reply",
     frm=A("Debbie Marshall", "office@lakesidegolfclub.com.au"), to=A("Liam O'Halloran", "liam.ohalloran@tasmanops.com.au"),
     cc=AR, subj="RE: Copies of invoices 218302, 218417, 218533", date=D(4, "10:02:14", 10), parent=PARENT("o03"),
     body=OLQ("""Got all three, thanks Liam - much appreciated!

Debbie
""", [("From:", "Liam O'Halloran <liam.ohalloran@tasmanops.com.au>"),
      ("Sent:", "Monday, 3 June 2024 4:48 PM"),
      ("To:", "Debbie Marshall <office@lakesidegolfclub.com.au>"),
      ("Cc:", "Tasman Credit Control <creditcontrol@tasmanops.com.au>"),
      ("Subject:", "Copies of invoices 218302, 218417, 218533")],
"""Hi Debbie,

As requested, copies of the three invoices are attached. Let me know if anything else is missing.

Cheers,
Liam O'Halloran
Accounts Receivable Officer"""))

mail("o04", "other", "de", "plain",
     frm=A("Birgit Albers", "b.albers@hoffmann-reuter.de"), to=AR,
     subj="Änderung unserer Rechnungsanschrift ab 01.07.2024", date=D(4, "10:30:52", 2), client="o365-de",
     body="""Sehr geehrte Damen und Herren,

bitte beachten Sie, dass unsere Kanzlei zum 1. Juli 2024 umzieht. Ab diesem Datum lautet unsere Rechnungs- und Lieferanschrift:

Hoffmann & Reuter Rechtsanwälte PartG mbB
Am Sandtorkai 48
20457 Hamburg

Telefonnummern und E-Mail-Adressen bleiben unverändert. Bitte passen Sie Ihre Stammdaten entsprechend an.

Mit freundlichen Grüßen
Birgit Albers
Büroleitung
Hoffmann & Reuter Rechtsanwälte PartG mbB
""")

mail("o05", "other", "en", "forward",
     frm=A("Priya Nair", "reception@essendonphysio.com.au"), to=AR,
     subj="FW: Branded notebooks for the July conference", date=D(5, "12:10:44", 10),
     body=OLQ("""Hi,

Not sure if this is the right address - it's the only one I could find on your website. Could someone please quote us for the notebooks below? Happy to be redirected to your sales team.

Thanks,
Priya Nair
Reception | Essendon Physio
""", [("From:", "Dr Tom Kelleher <tom.kelleher@essendonphysio.com.au>"),
      ("Sent:", "Tuesday, 4 June 2024 6:12 PM"),
      ("To:", "Reception <reception@essendonphysio.com.au>"),
      ("Subject:", "Branded notebooks for the July conference")],
"""Priya, can you get a price on 500 A5 notebooks with our logo on the cover for the sports physio conference in July? Tasman do our paper so maybe them. Need them by 15 July.

Tom"""))

mail("o06", "other", "en", "html",
     frm=A("Microsoft 365 Admin", "no-reply@m365-secure-verify.com"), to=AR,
     subj="Action required: creditcontrol@tasmanops.com.au password expires today", date=D(9, "02:14:37", 0),
     client="generic",
     html="""<html><head><meta charset="utf-8"></head>
<body style="font-family:Segoe UI,Arial,sans-serif;font-size:14px;color:#222">
<div style="max-width:520px;margin:auto;border:1px solid #ddd;padding:24px">
<p style="font-size:20px;color:#0078d4">Microsoft 365</p>
<p>Dear creditcontrol,</p>
<p>The password for your mailbox <b>creditcontrol@tasmanops.com.au</b> expires today. To avoid losing access to your emails and shared files, please keep your current password using the button below.</p>
<p style="text-align:center"><a href="http://m365-secure-verify.com/keep?u=creditcontrol%40tasmanops.com.au" style="background:#0078d4;color:#fff;padding:10px 24px;text-decoration:none">Keep Current Password</a></p>
<p style="font-size:12px;color:#777">If no action is taken within 24 hours your account will be suspended automatically.<br>Microsoft Corporation, One Microsoft Way, Redmond, WA</p>
</div>
</body></html>
""")

mail("o07", "other", "en", "forward",
     frm=A("Kerry Walsh", "kerry.walsh@tasmanops.com.au"), to=AR,
     subj="FW: Your consignment TSL0099871 is on its way", date=D(6, "14:55:06", 10),
     body=OLQ("""Hi credit team,

FYI - the replacement 6 cartons of TN-2450 for Ironbark Civil went out today. Tracking below in case they ask. Delivery expected Tuesday because of the long weekend.

Kerry
Warehouse Supervisor | Tasman Office & Print Supplies | Dandenong South DC
""", [("From:", "SwiftLink Couriers <tracking@swiftlink.com.au>"),
      ("Sent:", "Thursday, 6 June 2024 2:31 PM"),
      ("To:", "Dispatch Melbourne <dispatch@tasmanops.com.au>"),
      ("Subject:", "Your consignment TSL0099871 is on its way")],
"""Hi Tasman Office & Print Supplies,

Your consignment TSL0099871 has been picked up and is on its way to IRONBARK CIVIL PTY LTD, LAVERTON NORTH VIC.

Items: 1
Service: Road Express
Estimated delivery: Tue 11 Jun

Track your consignment: https://swiftlink.com.au/t/TSL0099871

SwiftLink Couriers"""))

mail("o08", "other", "en", "plain",
     frm=A("Vendor Master Data - Harbour City Council", "vendormaster@harbourcity.nsw.gov.au"), to=AR,
     subj="Payment details required - new supplier setup (RFQ 2024-117)", date=D(5, "10:40:58", 10),
     body="""Dear Supplier,

Harbour City Council has selected Tasman Office & Print Supplies Pty Ltd as a new supplier following RFQ 2024-117. Before we can raise purchase orders or make any payment to you, we need to complete your vendor record.

Please reply with:
1. The email address to which payment advices (remittances) should be sent
2. A bank letter or bank-stamped deposit slip confirming your account name, BSB and account number
3. Your ABN and confirmation of GST registration
4. A contact person for purchase orders

Please note the Council will never ask you to change bank details by phone.

Vendor Master Data Team
Harbour City Council
""")

mail("o09", "other", "tl", "attachment",
     frm=A("Lea Manansala", "accounting@pampangapoultry.com.ph"), to=AR,
     subj="BIR Form 2307 - Q1 2024", date=D(7, "15:10:23", 8), client="gmail",
     body="""Good day po, nasa attachment po ang BIR Form 2307 ninyo para sa Q1 2024. Paki-acknowledge na lang po pagkatanggap. Salamat!

Lea Manansala
Pampanga Poultry Farms Inc.
""",
     atts=[PDF("BIR2307_TasmanOPS_Q1-2024.pdf", "BIR Form No. 2307",
               "Certificate of Creditable Tax Withheld at Source", "Payee: Tasman Office & Print Supplies",
               "Period: 01/01/2024 - 03/31/2024")])

mail("o10", "other", "en", "reply",
     frm=A("Liam O'Halloran", "liam.ohalloran@tasmanops.com.au"), to=AR,
     cc=A("Bronwyn Achterberg", "bronwyn.achterberg@tasmanops.com.au"),
     subj="RE: Manila/KL handover call moved to Thursday", date=D(4, "15:02:37", 10), parent=PARENT("o10"),
     body=OLQ("""Bron, can you cover the handover call on Thursday at 1? I've got a dentist appointment I can't move. Tess said she's bringing the PH aging so it shouldn't run long.

Cheers,
L
""", [("From:", "Bronwyn Achterberg <bronwyn.achterberg@tasmanops.com.au>"),
      ("Sent:", "Tuesday, 4 June 2024 9:14 AM"),
      ("To:", "Tasman Credit Control <creditcontrol@tasmanops.com.au>"),
      ("Subject:", "Manila/KL handover call moved to Thursday")],
"""Hi all,

Heads up that the weekly handover with Manila and KL moves to Thursday 1pm AEST this week because of the long weekend. Same Teams link.

Bronwyn"""))

_o11 = """Hi Bronwyn,

Quick one - most finance teams we talk to in ANZ are still chasing overdue invoices by hand across three or four time zones.

CollectIQ reads your aged debtors every morning, drafts reminders in the customer's own language and logs every reply against the right invoice. Teams like yours typically cut DSO by 20-30% in the first quarter.

Worth a 15-minute chat next week? Here's my calendar: https://collectiq.io/meet/jordan

Jordan Blake
Account Executive, CollectIQ
Level 5, 100 Harris Street, Pyrmont NSW

Not interested? Reply "no thanks" and I won't follow up.
"""
mail("o11", "other", "en", "alternative",
     frm=A("Jordan Blake", "jordan@collectiq.io"), to=AR,
     subj="Bronwyn - 15 minutes to cut your DSO?", date=D(6, "07:30:12", 10), client="gmail",
     headers=[("List-Unsubscribe", "<https://collectiq.io/unsub?e=creditcontrol%40tasmanops.com.au>")],
     body=_o11, html=GH(_o11))

mail("o12", "other", "en", "plain",
     frm=A("Rahul Sharma", "rahul.webrank.solutions@gmail.com"), to=AR,
     subj="Guaranteed 1st page Google ranking for tasmanops.com.au", date=D(8, "13:44:09", 5.5), client="gmail",
     body="""Hello Sir/Madam,

I was checking your website tasmanops.com.au and noticed it is not showing on the first page of Google for keywords like "office supplies Melbourne" and "printer toner wholesale".

We are a team of 45+ SEO experts and can guarantee 1st page ranking within 90 days, or you pay nothing. We also do website redesign, social media and Google Ads management at very affordable prices.

Shall I send you a free audit report and our price list?

Best Regards,
Rahul Sharma
Digital Marketing Consultant
""")

mail("o13", "other", "en", "reply",
     frm=A("Ellie Sorensen", "ellie@southbankcowork.com.au"),
     to=A("Tasman Sales", "sales@tasmanops.com.au"), cc=AR,
     subj="Re: Quote Q-88123 - Southbank Co-working", date=D(5, "15:40:21", 10), client="gmail", parent=PARENT("o13"),
     body=GMQ("""Thanks for this! Could you add 200 x HP 58A toner cartridges to the quote as well, and let me know if there's a better price for buying paper by the pallet?

Ellie
""", "On Wed, 5 Jun 2024 at 11:02, Tasman Sales <sales@tasmanops.com.au> wrote:",
"""Hi Ellie,

Thanks for your enquiry. Please find attached quote Q-88123 for the stationery pack and 60 boxes of A4 paper. I've copied our credit control team, who will be in touch about opening your trade account.

Kind regards,
Marcus Leigh
Tasman Sales"""))

mail("o14", "other", "en", "forward",
     frm=A("Georgia Papas", "georgia.papas@tasmanops.com.au"), to=AR,
     subj="FW: Trade reference request - Brightpath Recruitment Pty Ltd", date=D(7, "09:35:47", 10),
     body=OLQ("""Hi CC team,

This came to the sales inbox - can one of you complete it? Brightpath are one of our accounts.

Thanks,
Georgia
Sales Administration
""", [("From:", "Credit Department <credit@officeworx-wholesale.com.au>"),
      ("Sent:", "Thursday, 6 June 2024 4:20 PM"),
      ("To:", "sales@tasmanops.com.au"),
      ("Subject:", "Trade reference request - Brightpath Recruitment Pty Ltd")],
"""Good afternoon,

Brightpath Recruitment Pty Ltd (ABN 61 144 902 377) has applied for a trade account with us and listed your business as a trade reference. We would be grateful if you could tell us:

- How long they have traded with you
- Their credit limit and usual terms
- Whether payments are generally made on time

Your response will be treated in confidence.

Regards,
Credit Department
Officeworx Wholesale"""))

mail("o15", "other", "tl", "plain",
     frm=A("Jay-ar Lopez", "procurement@northpointmedical.com.ph"), to=AR,
     subj="Vendor accreditation requirements - Northpoint Medical Center", date=D(6, "10:25:36", 8), client="gmail",
     body="""Hi po,

Para po sa vendor accreditation ninyo sa Northpoint Medical Center, pakisend po ng mga sumusunod:

1. BIR Certificate of Registration (Form 2303)
2. Mayor's/Business Permit 2024
3. SEC Registration at Articles of Incorporation
4. Company profile at listahan ng mga kliyente

Hanggang June 21 po ang deadline. Kapag kumpleto na po, ipapasok na namin kayo sa approved supplier list namin.

Salamat po!

Jay-ar Lopez
Procurement Officer
Northpoint Medical Center - Davao
""")

mail("o16", "other", "zh", "plain",
     frm=A("孙经理", "kp88231@fapiao-svc.cn"), to=AR,
     subj="代开各地增值税发票，点数优惠", date=D(9, "04:12:55", 8), client="generic",
     body="""您好！

本公司长期代开全国各地增值税专用发票、普通发票（建筑、运输、服务、材料等均可），点数优惠，可先验票后付款。

联系人：孙经理
手机/微信：139 5821 6218
QQ：2851 0934 03

诚信合作，长期有效！
""")

mail("o17", "other", "zh", "html",
     frm=A("许文博", "xuwenbo@jinling-expo.cn"), to=AR,
     subj="询价：A4复印纸及硒鼓", date=D(6, "10:50:14", 8), client="qq",
     html="""<meta http-equiv="Content-Type" content="text/html; charset=UTF-8"><div style="font-family:微软雅黑;font-size:14px">
<div>Tasman 贵司您好，</div>
<div><br></div>
<div>我司为南京金陵会展服务有限公司，7月份有一个大型展会需要采购以下物品，请报含税价格及交期：</div>
<div>1. A4 复印纸 70g，500 箱</div>
<div>2. HP 26A 硒鼓，40 支</div>
<div>3. 展会用胸卡及挂绳，3000 套</div>
<div><br></div>
<div>请在6月14日前回复报价单，谢谢！</div>
<div><br></div>
<div>许文博</div>
<div>南京金陵会展服务有限公司 采购部</div>
<div>电话：025-8471 6630</div>
</div>
""")

mail("o18", "other", "zh-hant", "reply",
     frm=A("張國強", "kk.cheung@winghing.com.hk"), to=A("Jason Lim Wei Keat", "jason.lim@tasmanops.com.au"),
     cc=AR, subj="回覆: Statement of Account - May 2024 - Wing Hing Hardware Co Ltd", date=D(4, "11:30:06", 8),
     client="o365-apac", clang="zh-HK", parent=PARENT("o18"),
     body=OLQ("""Jason 你好，

收到，謝謝。另外通知一下，本人將於6月底退休，由7月1日起，本公司會計事務改由陳凱琳小姐負責（電郵：kathy.chan@winghing.com.hk，電話：2396 1185）。日後的月結單、發票及付款相關通知，請直接寄給她，並請更新你們的聯絡人資料。

多年來合作愉快，多謝照顧！

張國強
永興五金有限公司
""", [("寄件者:", "Tasman Credit Control <creditcontrol@tasmanops.com.au>"),
      ("寄件日期:", "2024年5月31日 下午 03:02"),
      ("收件者:", "張國強 <kk.cheung@winghing.com.hk>"),
      ("主旨:", "Statement of Account - May 2024 - Wing Hing Hardware Co Ltd")],
"""Dear Mr Cheung,

Attached please find your statement of account as at 31 May 2024. Your account is fully up to date - thank you.

Regards,
Jason Lim Wei Keat
Tasman Office & Print Supplies - KL SSC"""))

mail("o19", "other", "de", "html",
     frm=A("Bürowelt Messe", "newsletter@buerowelt-messe.de"), to=AR,
     subj="Bürowelt Forum 2025: Jetzt Standfläche sichern – Frühbucherrabatt bis 30.06.", date=D(8, "09:00:00", 2),
     client="system",
     headers=[("List-Unsubscribe", "<https://buerowelt-messe.de/abmelden?id=77a1c3>"), ("Precedence", "bulk")],
     html="""<html><head><meta charset="utf-8"></head>
<body style="margin:0;background:#f3f3f3;font-family:Verdana,Arial,sans-serif">
<table align="center" width="600" cellpadding="0" cellspacing="0" style="background:#ffffff">
<tr><td style="background:#c8102e;padding:20px 26px;color:#ffffff;font-size:22px">Bürowelt Forum 2025</td></tr>
<tr><td style="padding:24px 26px;font-size:14px;color:#333;line-height:21px">
<p>Sehr geehrte Damen und Herren,</p>
<p>vom 11. bis 13. Februar 2025 trifft sich die Branche für Büro- und Papierbedarf wieder in Frankfurt am Main. Über 900 Aussteller aus 42 Ländern werden erwartet.</p>
<p>Sichern Sie sich jetzt Ihre Standfläche: Bei Buchung bis zum 30. Juni 2024 erhalten Sie 12&nbsp;% Frühbucherrabatt.</p>
<p><a href="https://buerowelt-messe.de/aussteller/anmeldung" style="background:#c8102e;color:#ffffff;padding:10px 20px;text-decoration:none">Jetzt anmelden</a></p>
<p>Mit freundlichen Grüßen<br>Ihr Team der Bürowelt Messe</p>
</td></tr>
<tr><td style="padding:14px 26px;font-size:11px;color:#888">Bürowelt Messe GmbH · Ludwig-Erhard-Anlage 1 · 60327 Frankfurt am Main · <a href="https://buerowelt-messe.de/abmelden?id=77a1c3">Newsletter abbestellen</a></td></tr>
</table>
</body></html>
""")

mail("o20", "other", "ms", "forward",
     frm=A("Nor Azlina binti Ismail", "azlina.ismail@penangprecision.com.my"), to=AR,
     subj="Fwd: Jemputan ke Majlis Makan Malam Penghargaan Pembekal 2024", date=D(7, "11:15:30", 8), client="gmail",
     body="""Tuan/Puan,

Dimajukan jemputan daripada pihak pengurusan kami untuk makluman dan tindakan pihak tuan/puan. Mohon sahkan kehadiran sebelum 21 Jun 2024.

Terima kasih.

Nor Azlina binti Ismail
Pegawai Pentadbiran
Penang Precision Components Sdn. Bhd.

---------- Forwarded message ---------
From: Pengurusan PPC <management@penangprecision.com.my>
Date: Fri, 7 Jun 2024 at 09:40
Subject: Jemputan ke Majlis Makan Malam Penghargaan Pembekal 2024
To: Nor Azlina binti Ismail <azlina.ismail@penangprecision.com.my>


Dengan hormatnya,

Penang Precision Components Sdn. Bhd. dengan sukacitanya menjemput wakil syarikat pembekal kami ke Majlis Makan Malam Penghargaan Pembekal 2024.

Tarikh: Sabtu, 6 Julai 2024
Masa: 7.30 malam
Tempat: Dewan Seri Mutiara, Hotel Equatorial, Bayan Lepas

Kehadiran tuan/puan amat kami hargai.

Pengurusan
Penang Precision Components Sdn. Bhd.
""")

mail("o21", "other", "id", "reply",
     frm=A("Andreas Wijaya", "andreas.wijaya@sinarjayaabadi.co.id"),
     to=A("Tasman Export Sales", "export.sales@tasmanops.com.au"), cc=AR,
     subj="Re: Katalog Produk Tasman 2024/25", date=D(6, "09:55:43", 7), client="gmail", parent=PARENT("o21"),
     body=GMQ("""Selamat pagi,

Terima kasih atas katalognya. Mohon dikirimkan penawaran harga untuk kertas A4 80gsm sebanyak 1.000 rim dan toner HP 26A sebanyak 50 pcs, termasuk ongkos kirim sampai Surabaya (CIF Tanjung Perak).

Kami juga ingin tahu berapa minimum order dan berapa lama waktu pengirimannya.

Hormat kami,
Andreas Wijaya
Purchasing Manager
PT Sinar Jaya Abadi
""", "Pada tanggal Sen, 3 Jun 2024 pukul 08.30 Tasman Export Sales <export.sales@tasmanops.com.au> menulis:",
"""Dear valued customer,

Please find attached our 2024/25 product catalogue and export price guide. Our credit control team is copied for any account questions.

Kind regards,
Tasman Export Sales"""))

mail("o22", "other", "ko", "reply",
     frm=A("박성민", "sungmin.park@hanbittrading.com.au"), to=A("Liam O'Halloran", "liam.ohalloran@tasmanops.com.au"),
     cc=AR, subj="RE: Credit note CN-04470 - Hanbit Trading", date=D(7, "14:00:18", 10), clang="ko-KR",
     parent=PARENT("o22"),
     body=OLQ("""Liam 님, 안녕하세요.

크레딧 노트 잘 받았습니다. 신속하게 처리해 주셔서 정말 감사합니다. 덕분에 이번 달 정산을 깔끔하게 마무리할 수 있게 되었습니다.

좋은 주말 보내세요.

박성민
Hanbit Trading Pty Ltd | 구매팀
""", [("From:", "Liam O'Halloran <liam.ohalloran@tasmanops.com.au>"),
      ("Sent:", "Friday, 7 June 2024 11:26 AM"),
      ("To:", "Sungmin Park <sungmin.park@hanbittrading.com.au>"),
      ("Cc:", "Tasman Credit Control <creditcontrol@tasmanops.com.au>"),
      ("Subject:", "Credit note CN-04470 - Hanbit Trading")],
"""Hi Sungmin,

Credit note CN-04470 for $265.10 (the returned chair mats) is attached and has been applied to your account.

Regards,
Liam"""))


# ======================================================================
def main():
    assert len(ENTRIES) == 150, len(ENTRIES)
    assert len({e["key"] for e in ENTRIES}) == 150
    order = sorted(ENTRIES, key=lambda e: (utils.parsedate_to_datetime(e["date"]), e["key"]))
    for fn in os.listdir(HERE):
        if re.fullmatch(r"k-\d{3}\.eml", fn):
            os.remove(os.path.join(HERE, fn))
    rows = []
    for i, e in enumerate(order, 1):
        fn = "k-%03d.eml" % i
        with open(os.path.join(HERE, fn), "wb") as f:
            f.write(e["raw"])
        rows.append(json.dumps({"file": fn, "category": e["category"], "language": e["language"],
                                "shape": e["shape"]}, ensure_ascii=False))
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(rows) + "\n")


if __name__ == "__main__":
    main()
