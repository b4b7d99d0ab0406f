#!/usr/bin/env python3
"""Regenerates hold-out mail set E (160 hand-written AR inbox messages + labels.jsonl).

Every message text below was written by hand for this set; this script only wraps
the texts into MIME, adds small generated attachments (PDF / XLSX / CSV / PNG) and
writes the files. Output is byte-identical on every run: fixed dates, deterministic
Message-IDs and MIME boundaries (derived from hashes), reportlab invariant mode,
fixed timestamps inside XLSX zips.

Run:  /work/main/.venv/bin/python make.py
"""
import datetime
import hashlib
import io
import json
import os
import re
import struct
import sys
import zipfile
import zlib
from email import policy
from email.generator import BytesGenerator
from email.message import EmailMessage

OUT = os.path.dirname(os.path.abspath(__file__))
POL = policy.default.clone(linesep="\n")

AR = "Example Supplies AR <ar@example-supplies.com.au>"
AR_BARE = "ar@example-supplies.com.au"
JESS = "Jess Whitfield <jess.whitfield@example-supplies.com.au>"
TOM = "Tom Gallagher <tom.gallagher@example-supplies.com.au>"
PRIYA = "Priya Nair <priya.nair@example-supplies.com.au>"
MARICEL = "Maricel Santos <maricel.santos@example-supplies.com.au>"
JOANNA = "Joanna Reyes <joanna.reyes@example-supplies.com.au>"
CARLO = "Carlo Mendoza <carlo.mendoza@example-supplies.com.au>"
WEILING = "Tan Wei Ling <weiling.tan@example-supplies.com.au>"
DESMOND = "Desmond Lim <desmond.lim@example-supplies.com.au>"

MSGS = []


def M(cat, lang, shape, frm, subj, date, text=None, html=None, *, to=AR, cc=None,
      att=(), hdr=(), cte=None, charset="utf-8", raw=None, thread=None, reply_to=None):
    MSGS.append(dict(cat=cat, lang=lang, shape=shape, frm=frm, subj=subj, date=date,
                     text=text, html=html, to=to, cc=cc, att=list(att), hdr=list(hdr),
                     cte=cte, charset=charset, raw=raw,
                     thread=(shape == "reply") if thread is None else thread,
                     reply_to=reply_to))


def RAW(cat, lang, shape, raw):
    """A message written out completely by hand (bounces, receipts)."""
    MSGS.append(dict(cat=cat, lang=lang, shape=shape, raw=raw.lstrip("\n"),
                     subj=re.search(r"^Subject: (.*)$", raw, re.M).group(1),
                     date=re.search(r"^Date: (.*)$", raw, re.M).group(1)))


# ---------------------------------------------------------------- attachments
from reportlab import rl_config  # noqa: E402

rl_config.invariant = 1
from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.pdfgen import canvas  # noqa: E402


def pdf(name, lines, font="Helvetica"):
    """A small one-page PDF with the given (latin-1 safe) lines."""
    b = io.BytesIO()
    c = canvas.Canvas(b, pagesize=A4, invariant=1)
    c.setTitle(name)
    c.setAuthor("")
    y = 800
    for i, line in enumerate(lines):
        c.setFont(font + ("-Bold" if i == 0 else ""), 13 if i == 0 else 10)
        c.drawString(50, y, line)
        y -= 22 if i == 0 else 15
    c.showPage()
    c.save()
    return (name, b.getvalue(), "application", "pdf")


def xlsx(name, rows, sheet="Sheet1"):
    import openpyxl
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sheet
    for r in rows:
        ws.append(r)
    d = datetime.datetime(2024, 1, 1)
    wb.properties.created = d
    wb.properties.modified = d
    wb.properties.creator = "Excel"
    b = io.BytesIO()
    wb.save(b)
    zin = zipfile.ZipFile(io.BytesIO(b.getvalue()))
    out = io.BytesIO()
    zout = zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED)
    for info in zin.infolist():
        data = zin.read(info.filename)
        if info.filename == "docProps/core.xml":
            data = re.sub(rb"<dcterms:modified([^>]*)>[^<]*<",
                          rb"<dcterms:modified\1>2024-01-01T00:00:00Z<", data)
        zi = zipfile.ZipInfo(info.filename, date_time=(2024, 1, 1, 0, 0, 0))
        zi.compress_type = zipfile.ZIP_DEFLATED
        zout.writestr(zi, data)
    zout.close()
    return (name, out.getvalue(), "application",
            "vnd.openxmlformats-officedocument.spreadsheetml.sheet")


def csvf(name, text):
    return (name, text.lstrip("\n").replace("\n", "\r\n").encode("utf-8"), "text", "csv")


def png(name, w=120, h=60, shade=200):
    """A tiny real PNG (flat grey with a darker band) standing in for a screenshot/photo."""
    rows = b""
    for y in range(h):
        v = shade - 80 if h // 3 <= y < h // 3 + 6 else shade
        rows += b"\x00" + bytes([v, v, v]) * w
    def chunk(t, d):
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xffffffff)
    data = (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(rows, 9)) + chunk(b"IEND", b""))
    sub = "jpeg" if name.lower().endswith((".jpg", ".jpeg")) else "png"
    # a .jpg name on PNG bytes happens in real life (phones/renamers); keep subtype by name
    return (name, data, "image", sub)


# ---------------------------------------------------------------- quoting helpers
LABELS = {
    "en": ("From", "Sent", "To", "Cc", "Subject"),
    "de": ("Von", "Gesendet", "An", "Cc", "Betreff"),
    "zh": ("发件人", "发送时间", "收件人", "抄送", "主题"),
    "zh-hant": ("寄件者", "寄件日期", "收件者", "副本", "主旨"),
    "ja": ("差出人", "送信日時", "宛先", "CC", "件名"),
    "id": ("Dari", "Dikirim", "Kepada", "Cc", "Subjek"),
}


def ol(frm, sent, to, subj, body, cc=None, lang="en", sep="_" * 32):
    """Outlook plain-text style quoted block."""
    f, s, t, c, j = LABELS[lang]
    head = f"{sep}\n" if sep else ""
    head += f"{f}: {frm}\n{s}: {sent}\n{t}: {to}\n"
    if cc:
        head += f"{c}: {cc}\n"
    head += f"{j}: {subj}\n\n"
    return head + body.strip("\n") + "\n"


def gq(intro, body):
    """Gmail/Apple style: intro line then '>' quoted lines."""
    lines = body.strip("\n").split("\n")
    return intro + "\n" + "\n".join(("> " + x) if x else ">" for x in lines) + "\n"


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _unwrap(text):
    """Undo the hard wrapping of hand-typed lines: a line continues the previous one when the
    previous line is long (>= 60 chars), as an HTML editor would have kept it in one paragraph."""
    out = []
    for line in text.strip("\n").split("\n"):
        if out and line and out[-1] and len(out[-1]) >= 60 and not line.startswith((" ", "-", "*")):
            out[-1] = out[-1] + " " + line
        else:
            out.append(line)
    return out


def t2h(text):
    """Plain paragraphs -> simple HTML paragraphs (used for HTML parts of alternatives)."""
    out = []
    for para in "\n".join(_unwrap(text)).split("\n\n"):
        out.append("<p>" + "<br>\n".join(esc(x) for x in para.split("\n")) + "</p>")
    return "\n".join(out)


def olh(inner, font="Calibri,sans-serif", size="11.0pt"):
    """Wrap as an Outlook-ish HTML document."""
    return ('<html xmlns:o="urn:schemas-microsoft-com:office:office" '
            'xmlns:w="urn:schemas-microsoft-com:office:word">\n<head>\n'
            '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
            '<style><!--\np.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm;font-size:'
            + size + ';font-family:' + font + ';}\n--></style>\n</head>\n'
            '<body lang="EN-AU" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">\n'
            '<div class="WordSection1">\n' + inner.strip("\n") + '\n</div>\n</body>\n</html>\n')


def gmh(inner):
    """Wrap as a Gmail-ish HTML document."""
    return '<div dir="ltr">' + inner.strip("\n") + '</div>\n'


def olq_h(frm, sent, to, subj, inner, cc=None, lang="en"):
    f, s, t, c, j = LABELS[lang]
    ccl = f'<b>{c}:</b> {esc(cc)}<br>\n' if cc else ""
    return ('<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n'
            f'<p class="MsoNormal"><b>{f}:</b> {esc(frm)} <br>\n<b>{s}:</b> {esc(sent)}<br>\n'
            f'<b>{t}:</b> {esc(to)}<br>\n{ccl}<b>{j}:</b> {esc(subj)}</p>\n</div>\n'
            + inner.strip("\n") + "\n")


def gmq_h(intro, inner):
    return ('<br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">' + esc(intro)
            + '<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;'
            'border-left:1px solid rgb(204,204,204);padding-left:1ex">\n'
            + inner.strip("\n") + '\n</blockquote></div>\n')


def tbl(rows, border="1px solid #999", pad="4px 8px", head_bg="#DDEBF7"):
    out = ['<table cellspacing="0" cellpadding="0" style="border-collapse:collapse">']
    for i, r in enumerate(rows):
        tag = "th" if i == 0 else "td"
        bg = f"background:{head_bg};" if i == 0 else ""
        cells = "".join(f'<{tag} style="border:{border};padding:{pad};{bg}">{esc(str(c))}</{tag}>'
                        for c in r)
        out.append(f"<tr>{cells}</tr>")
    out.append("</table>")
    return "\n".join(out)


def mp(text):
    """Plain text -> Outlook MsoNormal paragraphs (blank line -> empty paragraph)."""
    out = []
    for line in _unwrap(text):
        out.append('<p class="MsoNormal">' + (esc(line) if line else "&nbsp;") + "</p>")
    return "\n".join(out)


def dv(text):
    """Plain text -> Gmail-ish <div> lines."""
    out = []
    for line in _unwrap(text):
        out.append("<div>" + (esc(line) if line else "<br>") + "</div>")
    return "\n".join(out)


# ================================================================ REMITTANCE (29)

# R1 ERP-generated AU remittance, plain + PDF
M("remittance", "en", "plain",
  "Coastline Builders Accounts Payable <accountspayable@coastlinebuilders.com.au>",
  "Remittance Advice - EFT 0004417", "Thu, 14 Mar 2024 16:02:41 +1100",
  """Dear Supplier,

Please find attached a remittance advice for an electronic funds transfer made to
your nominated account today.

Payee:            EXAMPLE SUPPLIES PTY LTD
Payment number:   EFT 0004417
Payment date:     14/03/2024
Amount:           $12,480.50

Invoice          Date          Amount
INV-10234        02/02/2024    $4,120.00
INV-10251        09/02/2024    $6,915.50
INV-10262        16/02/2024    $1,445.00

Funds should be available within 1-2 business days.

This is a system generated email from Coastline Builders Pty Ltd. Please do not reply
to this address - queries to ap.queries@coastlinebuilders.com.au or (02) 4929 1180.
""",
  att=[pdf("RemittanceAdvice_EFT0004417.pdf", [
      "REMITTANCE ADVICE", "Coastline Builders Pty Ltd  ABN 64 881 220 913",
      "To: Example Supplies Pty Ltd", "Payment: EFT 0004417   Date: 14/03/2024",
      "INV-10234   02/02/2024   4,120.00", "INV-10251   09/02/2024   6,915.50",
      "INV-10262   16/02/2024   1,445.00", "Total paid AUD 12,480.50"])],
  hdr=[("X-Mailer", "TechnologyOne CiA")])

# R2 one-liner from phone with a screenshot
M("remittance", "en", "plain",
  "Dave Morrissey <dave@morrisseyplumbing.com.au>",
  "inv 10388", "Sat, 23 Mar 2024 11:47:09 +1100",
  """Paid today, see attached

Sent from my iPhone
""",
  att=[png("IMG_2231.PNG", 90, 160, 230)],
  hdr=[("X-Mailer", "iPhone Mail (21D61)")])

# R3 reply to a statement, new text says everything was paid (hard case)
M("remittance", "en", "reply",
  "Lachlan Pryce <lachlan.pryce@bellarinejoinery.com.au>",
  "RE: Statement of account - March 2024", "Wed, 10 Apr 2024 08:31:55 +1000",
  """Morning Jess,

All of the items on this statement went out in one lump sum yesterday afternoon -
$8,912.40 to your CBA account, reference BELLJOIN MARCH. I've put the breakdown
below so your team can allocate it:

10301  $2,204.00
10317  $3,850.40
10329  $1,118.00
10344  $1,740.00

Let me know if anything's left over once it's matched.

Cheers,
Lachlan Pryce
Office Manager | Bellarine Joinery
0419 552 807

""" + ol("Jess Whitfield <jess.whitfield@example-supplies.com.au>",
         "Tuesday, 2 April 2024 3:14 PM", "Lachlan Pryce <lachlan.pryce@bellarinejoinery.com.au>",
         "Statement of account - March 2024", """Hi Lachlan,

Please find attached your statement of account as at 31 March 2024.
The balance of $8,912.40 includes four invoices that are now past their 30 day terms.

We'd appreciate it if you could look into these at your earliest convenience.

Kind regards,
Jess Whitfield
Credit Controller | Example Supplies Pty Ltd
Level 2, 14 Bridge Road, Glebe NSW 2037 | (02) 9552 4100
"""),
  to=JESS, cc=AR_BARE)

# R4 bank-generated payment advice, HTML only (Singapore)
M("remittance", "en", "html",
  "Pacific Commerce Bank Payment Advice <payment.advice@pacificcommercebank.com.sg>",
  "Payment Advice from LUMEN RETAIL PTE. LTD. - Ref PCB24051788321",
  "Fri, 17 May 2024 10:06:12 +0800",
  html="""<html><body style="font-family:Arial,Helvetica,sans-serif;font-size:12px;color:#222">
<table width="640" cellpadding="0" cellspacing="0" style="border:1px solid #c8c8c8">
<tr><td style="background:#0b3d6e;color:#fff;padding:12px 16px;font-size:16px"><b>Payment Advice</b></td></tr>
<tr><td style="padding:14px 16px">
<p>Dear EXAMPLE SUPPLIES PTY LTD,</p>
<p>We are pleased to advise that the following payment has been initiated on behalf of our customer
<b>LUMEN RETAIL PTE. LTD.</b> through Pacific Commerce Bank Business Online.</p>
<table cellpadding="4" cellspacing="0" style="border-collapse:collapse;font-size:12px">
<tr><td style="color:#666">Transaction Reference</td><td>PCB24051788321</td></tr>
<tr><td style="color:#666">Value Date</td><td>17 May 2024</td></tr>
<tr><td style="color:#666">Payment Type</td><td>Telegraphic Transfer (SWIFT)</td></tr>
<tr><td style="color:#666">Amount</td><td><b>SGD 18,640.00</b></td></tr>
<tr><td style="color:#666">Beneficiary Account</td><td>XXXX XXXX 4471</td></tr>
<tr><td style="color:#666">Payment Details</td><td>SI-2024-0042 / SI-2024-0057 / SI-2024-0063</td></tr>
</table>
<p style="color:#666;font-size:11px">Please contact the remitter directly should you have any queries regarding this payment.
This advice is generated automatically and does not require a signature. Do not reply to this email.</p>
</td></tr></table></body></html>
""")

# R5 forward of an SAP payment advice note (Singapore)
M("remittance", "en", "forward",
  "Nurul Huda <nurul.huda@tanjongmarine.com.sg>",
  "Fw: Payment Advice Note 2000018834", "Tue, 23 Jul 2024 14:20:37 +0800",
  """Hi Example Supplies team,

Pls see below payment advice for your June invoices, funds should reach your DBS acct by tmr.
Any issue just let me know.

Thanks & regards
Nurul Huda
Accounts Executive
Tanjong Marine Engineering Pte Ltd
6 Tuas Avenue 13, Singapore 639003 | DID +65 6861 2240

""" + ol("SAP Workflow <sap-noreply@tanjongmarine.com.sg>", "Tuesday, July 23, 2024 9:02 AM",
         "Nurul Huda <nurul.huda@tanjongmarine.com.sg>", "Payment Advice Note 2000018834", """Payment Advice Note

Company code 1100   Paying company: Tanjong Marine Engineering Pte Ltd
Vendor 310077       EXAMPLE SUPPLIES PTY LTD
Payment doc 2000018834    Payment date 23.07.2024    Currency SGD

Reference         Doc. date     Gross amount
SI-2024-0129      04.06.2024        3,205.50
SI-2024-0141      12.06.2024          988.00
SI-2024-0150      21.06.2024        5,410.25
                               --------------
Total                                9,603.75
""", sep="-----Original Message-----"),
  att=[pdf("PA_2000018834.pdf", ["Payment Advice Note", "Tanjong Marine Engineering Pte Ltd",
                                 "Payment doc 2000018834  23.07.2024", "SI-2024-0129  3,205.50",
                                 "SI-2024-0141  988.00", "SI-2024-0150  5,410.25", "Total SGD 9,603.75"])])

# R6 Indian writer, reply, SWIFT remittance
M("remittance", "en", "reply",
  "Ramesh Kulkarni <ramesh.kulkarni@sunrisepharmachem.in>",
  "RE: Outstanding dues - Sunrise Pharmachem", "Mon, 22 Apr 2024 17:48:03 +0530",
  """Dear Priya,

Greetings from Sunrise Pharmachem.

As discussed over phone, we have remitted USD 14,250.00 today through SWIFT from our
HDFC Bank account against the captioned outstanding. UTR / reference no. HDFCN24113702856.
Swift copy is attached herewith for your kind reference.

Invoice wise details:
INV-10402 dt. 05-Feb-2024  USD 7,600.00
INV-10419 dt. 19-Feb-2024  USD 6,650.00

Kindly acknowledge the receipt of the same and update your records accordingly. Bank
charges at our end are borne by us.

Thanks & Regards,
Ramesh Kulkarni
Manager - Accounts & Finance
Sunrise Pharmachem Pvt. Ltd.
Plot 42, MIDC Taloja, Navi Mumbai 410208
Mob: +91 98201 44732

DISCLAIMER: This e-mail and any files transmitted with it are confidential and intended solely
for the use of the individual or entity to whom they are addressed. If you have received this
e-mail in error please notify the sender immediately and delete it from your system. Any views
expressed are those of the individual sender and do not necessarily reflect those of Sunrise
Pharmachem Pvt. Ltd. Please consider the environment before printing this email.

""" + ol("Priya Nair <priya.nair@example-supplies.com.au>", "Friday, April 19, 2024 10:22 AM",
         "Ramesh Kulkarni <ramesh.kulkarni@sunrisepharmachem.in>", "Outstanding dues - Sunrise Pharmachem", """Dear Ramesh,

Following up on our call this morning - the two invoices below are now more than 45 days overdue:

INV-10402  USD 7,600.00  due 06-Mar-2024
INV-10419  USD 6,650.00  due 20-Mar-2024

Could you please confirm when payment will be released?

Best regards,
Priya Nair
Accounts Receivable - International
Example Supplies Pty Ltd
"""),
  to=PRIYA, att=[pdf("swift copy.pdf", ["MT103 SINGLE CUSTOMER CREDIT TRANSFER", ":20: HDFCN24113702856",
                                         ":32A: 240422USD14250,00", ":50K: SUNRISE PHARMACHEM PVT LTD",
                                         ":59: EXAMPLE SUPPLIES PTY LTD", ":70: INV-10402 INV-10419", ":71A: OUR"])])

# R7 American, reply to past-due notice, ACH sent
M("remittance", "en", "reply",
  "Kayla Brennan <kbrennan@midwestlabsupply.com>",
  "RE: Past due notice - Acct 40018", "Tue, 07 May 2024 09:12:44 -0500",
  """Hi team - the ACH went out this morning for all three open invoices, $6,730.18 total.
Trace # 091000019283746. It usually lands in 1-2 business days on your end (international
so maybe a bit longer).

90012345 - $2,118.40
90012371 - $3,402.00
90012399 - $1,209.78

Let me know if anything doesn't match up.

Kayla Brennan | AP Specialist
Midwest Lab Supply Co. | 2250 W Fulton St, Chicago IL 60612
p 312.555.0148

CONFIDENTIALITY NOTICE: This email message, including any attachments, is for the sole use
of the intended recipient(s) and may contain confidential and privileged information. Any
unauthorized review, use, disclosure or distribution is prohibited. If you are not the intended
recipient, please contact the sender by reply email and destroy all copies of the original message.

-----Original Message-----
From: Example Supplies AR <ar@example-supplies.com.au>
Sent: Monday, May 6, 2024 6:40 PM
To: Kayla Brennan <kbrennan@midwestlabsupply.com>
Subject: Past due notice - Acct 40018

Dear Kayla,

Our records show the following invoices on account 40018 are now past due. Please arrange
payment or let us know if there is a problem with any of them.

90012345   due 04/15/2024   USD 2,118.40
90012371   due 04/22/2024   USD 3,402.00
90012399   due 04/29/2024   USD 1,209.78

Thank you,
Accounts Receivable
Example Supplies Pty Ltd
""",
  hdr=[("X-Mailer", "Microsoft Outlook 16.0")])

# R8 internal forward from our sales rep: customer sent remittance to the wrong person
M("remittance", "en", "forward",
  "Ben Okafor <ben.okafor@example-supplies.com.au>",
  "FW: Payment - Greenhill Cafe", "Wed, 29 May 2024 13:05:18 +1000",
  """Hey AR,

Sophie at Greenhill sent this to me instead of you guys. Can you please allocate it?
She said it covers everything up to end of April.

Ben

Ben Okafor | Territory Manager NSW North | Example Supplies
M 0412 903 116

""" + ol("Sophie Tran <sophie@greenhillcafe.com.au>", "Wednesday, 29 May 2024 12:41 PM",
         "Ben Okafor <ben.okafor@example-supplies.com.au>", "Payment", """Hi Ben,

Just transferred $1,867.35 for our account - thats invoices 10477, 10490 and 10512.
Reference was GREENHILL. Could you pass it on to your accounts team? I couldn't find their email
sorry!

Thanks heaps,
Sophie
"""),
  to=AR_BARE)

# R9 customer forwards bank confirmation
M("remittance", "en", "forward",
  "Hamish Doyle <accounts@doylefarmsupplies.com.au>",
  "Fwd: Payment confirmation - NAB Connect", "Mon, 03 Jun 2024 10:14:22 +1000",
  """See below confirmation from our bank for INV-10421 and INV-10433. Sorry these were a bit late.

Hamish

---------- Forwarded message ---------
From: NAB Connect <noreply@nabconnect-notifications.com.au>
Date: Mon, 3 Jun 2024 at 09:58
Subject: Payment confirmation
To: <accounts@doylefarmsupplies.com.au>


Your payment has been processed.

From account:   DOYLE FARM SUPPLIES PTY LTD  ***-*** ****8812
To:             EXAMPLE SUPPLIES PTY LTD  BSB 062-000  Acct ****3391
Amount:         $5,204.90
Reference:      INV10421 INV10433
Date:           03/06/2024
Receipt number: N0306241188472

Please keep this receipt for your records.
""")

# R10 reply to overdue reminder, paid Friday, screenshot attached
M("remittance", "en", "reply",
  "Mick Hardaker <mick@hardakerelectrical.com.au>",
  "Re: Overdue reminder - INV-10502", "Sun, 16 Jun 2024 19:22:51 +1000",
  """Hi Tom,

this was paid on friday mate, bank ref 7781-2234. Screenshot attached. Should show up your end
today or tomorrow.

Cheers
Mick

""" + gq("On Fri, 14 Jun 2024 at 4:10 pm, Tom Gallagher <tom.gallagher@example-supplies.com.au> wrote:", """Hi Mick,

Just a friendly reminder that INV-10502 for $2,946.00 was due on 31 May and is still showing
as unpaid on our side.

Could you let me know when we can expect payment?

Thanks,
Tom Gallagher
Accounts Receivable | Example Supplies Pty Ltd
"""),
  to=TOM, att=[png("Screenshot_20240614-153012.png", 108, 220, 240)])

# R11 HTML-only Outlook remittance with a table
M("remittance", "en", "html",
  "Bellbird Aged Care Finance <finance@bellbirdagedcare.org.au>",
  "Remittance Advice - Bellbird Aged Care - 28/06/2024", "Fri, 28 Jun 2024 15:33:09 +1000",
  html=olh(mp("""Good afternoon,

Please see below details of our payment made today by EFT. Funds should clear within 24 hours.
""") + tbl([["Invoice No.", "Invoice Date", "PO", "Amount (inc GST)"],
           ["INV-10548", "03/05/2024", "BAC-7731", "$1,320.00"],
           ["INV-10566", "10/05/2024", "BAC-7748", "$2,455.30"],
           ["INV-10581", "17/05/2024", "BAC-7760", "$689.70"],
           ["", "", "Total", "$4,465.00"]]) + mp("""
Kind regards,

Deb Carmody
Finance Officer - Accounts Payable
Bellbird Aged Care Ltd | 7 Mountain Ash Drive, Belgrave VIC 3160
T (03) 9754 3300

This email and any attachments are confidential and may be legally privileged. If you are not the
intended recipient, any use, disclosure or copying is unauthorised. Bellbird Aged Care acknowledges
the Traditional Owners of the land on which we work.""")),
  hdr=[("X-MS-Has-Attach", ""), ("Thread-Topic", "Remittance Advice - Bellbird Aged Care - 28/06/2024")])

# R12 Xero-style remittance, multipart/alternative + PDF
M("remittance", "en", "alternative",
  "Greenway Landscapes <messaging-service@post.xero.com>",
  "Remittance advice from Greenway Landscapes", "Mon, 08 Jul 2024 11:19:40 +0000",
  """Hi Example Supplies Pty Ltd,

Here's a remittance advice for a payment of 2,310.00 AUD made to you on 8 Jul 2024.

Paid invoice(s): 10604, 10611

If you have any questions, please let us know.

Thanks,
Greenway Landscapes
""",
  html="""<html><body style="margin:0;background:#f4f6f8"><table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="560" cellpadding="0" cellspacing="0" style="background:#ffffff;font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#333">
<tr><td style="padding:24px 32px">
<p>Hi Example Supplies Pty Ltd,</p>
<p>Here's a remittance advice for a payment of <b>2,310.00 AUD</b> made to you on 8 Jul 2024.</p>
<p>Paid invoice(s): 10604, 10611</p>
<p>If you have any questions, please let us know.</p>
<p>Thanks,<br>Greenway Landscapes</p>
</td></tr></table></td></tr></table></body></html>
""",
  reply_to="Greenway Landscapes <admin@greenwaylandscapes.net.au>",
  att=[pdf("Remittance Advice.pdf", ["Remittance Advice", "Greenway Landscapes", "To: Example Supplies Pty Ltd",
                                     "Payment date: 8 Jul 2024", "10604   1,540.00", "10611     770.00",
                                     "Amount paid AUD 2,310.00"])])

# R13 Singaporean reply, HTML-only (Outlook), PayNow screenshot
M("remittance", "en", "reply",
  "Jasmine Koh <jasmine.koh@orchidkitchens.sg>",
  "RE: Payment reminder SI-2024-0187", "Fri, 12 Jul 2024 17:55:20 +0800",
  html=olh(mp("""Hi Wei Ling,

Payment made via FAST this afternoon ya, SGD 2,184.60. Attached the screenshot, pls check with your bank.
Sorry abit late, our boss only approve today.

Thanks!
Jasmine
Orchid Kitchens Pte Ltd | Admin & Accounts | 9178 2260
""") + olq_h("Tan Wei Ling <weiling.tan@example-supplies.com.au>", "Thursday, July 11, 2024 10:03 AM",
              "Jasmine Koh <jasmine.koh@orchidkitchens.sg>", "Payment reminder SI-2024-0187",
              mp("""Hi Jasmine,

Gentle reminder that invoice SI-2024-0187 (SGD 2,184.60) was due on 30 June. Could you advise the payment status?

Best regards,
Wei Ling Tan
Accounts Receivable (Singapore) | Example Supplies Pty Ltd"""))),
  to=WEILING, att=[png("image001.png", 200, 120, 235)])

# R14 attachment only, no words
M("remittance", "en", "attachment",
  "ap@kingstonmedical.com.au",
  "Remittance", "Tue, 16 Jul 2024 07:58:02 +1000",
  "\n",
  to=AR_BARE,
  att=[pdf("scan0001.pdf", ["KINGSTON MEDICAL CENTRE - REMITTANCE", "Paid to: Example Supplies",
                            "Date 15/07/24", "INV-10630  $742.50", "INV-10659  $1,206.00", "TOTAL $1,948.50"])],
  hdr=[("X-Mailer", "RICOH MP C3004ex")])

# R15 Taglish, deposit slip photo
M("remittance", "tl", "plain",
  "Liza Villanueva <liza.villanueva@manilabaycatering.ph>",
  "Payment for SI 004812 and 004813", "Wed, 17 Apr 2024 09:21:37 +0800",
  """Hi Ma'am Maricel,

Good morning po! Na-deposit na po namin kahapon yung bayad para sa SI 004812 at SI 004813
sa BDO account ninyo, total PHP 86,450.00. Attached po yung picture ng deposit slip.

Pa-confirm na lang po kung na-receive na ninyo para ma-close na namin sa records.

Salamat po!

Liza Villanueva
Accounting Assistant
Manila Bay Catering Services Inc.
""",
  to=MARICEL, cc=AR_BARE, att=[png("IMG20240416_152233.jpg", 160, 120, 210)])

# R16 Taglish reply with Tagalog Gmail quote header
M("remittance", "tl", "reply",
  "Rhea Manalo <rhea.manalo@gmail.com>",
  "Re: Paalala: Overdue na invoice SI 004901", "Mon, 15 Apr 2024 14:03:48 +0800",
  """Hello po,

bayad na po ito last Friday thru InstaPay, ref no. 240412INSTA5521903. PHP 12,300 po.
Pakicheck na lang po sa account ninyo. Salamat!

Rhea
(Rhea's Bakeshop - Marikina)

""" + gq("Noong Lun, Abr 15, 2024 nang 9:15 AM, Example Supplies AR <ar@example-supplies.com.au> ay sumulat:", """Magandang araw po,

Paalala lang po na ang invoice SI 004901 na nagkakahalaga ng PHP 12,300.00 ay lampas na sa due
date (March 31). Paki-settle na lang po sa lalong madaling panahon.

Kung nabayaran na po, pakipadala ang proof of payment.

Salamat po,
Joanna Reyes
Accounts Receivable - Manila
"""))

# R17 Taglish forward of bank confirmation
M("remittance", "tl", "forward",
  "Jerome Castillo <jerome.castillo@pinnacleprint.com.ph>",
  "Fwd: Metrobank Direct - Fund Transfer Confirmation", "Thu, 07 Nov 2024 16:40:12 +0800",
  """Hi Sir Carlo,

FYI po, eto yung confirmation galing sa bank namin para sa payment ng October invoices
(SI 005377, 005382, 005390). Total PHP 143,985.50 po. Paki-update na lang po ng SOA namin.

Thanks po,
Jerome

---------- Forwarded message ---------
From: Metrobank Direct Corporate <no-reply@metrobankdirect-corp.com.ph>
Date: Thu, Nov 7, 2024 at 3:12 PM
Subject: Metrobank Direct - Fund Transfer Confirmation
To: <jerome.castillo@pinnacleprint.com.ph>


Dear Client,

Your fund transfer has been successfully processed.

Transaction Reference No.: MBD-20241107-0098812
Source Account: PINNACLE PRINT SOLUTIONS INC ***4410
Destination: EXAMPLE SUPPLIES PHILS (BDO) ***7723
Amount: PHP 143,985.50
Remarks: SI 5377 5382 5390
Date/Time: 07 Nov 2024 15:11:48

This is a system-generated message. Please do not reply.
""",
  to=CARLO, cc=AR_BARE)

# R18 Taglish HTML payment details table
M("remittance", "tl", "html",
  "Ana Dizon <ana.dizon@luzongrocers.com.ph>",
  "Payment details - Luzon Grocers Coop - Sept", "Mon, 30 Sep 2024 15:12:09 +0800",
  html=gmh(dv("""Good afternoon po!

Please see details ng payment namin below. Nag-check deposit po kami sa BPI kanina, naka-attach din
yung validated deposit slip. Na-deduct na po yung 2% EWT, isesend ko po yung 2307 separately.
""") + tbl([["SI No.", "Amount", "EWT 2%", "Net Paid"],
           ["005201", "PHP 45,600.00", "912.00", "44,688.00"],
           ["005214", "PHP 22,350.00", "447.00", "21,903.00"],
           ["Total", "", "", "PHP 66,591.00"]], head_bg="#FFF2CC") + dv("""
Check No. 0004418 - BPI Ortigas

Salamat po!
Ana Dizon
Accounting Dept., Luzon Grocers Cooperative""")),
  att=[pdf("deposit slip 0930.pdf", ["BPI DEPOSIT SLIP (VALIDATED)", "Account: EXAMPLE SUPPLIES PHILS",
                                     "Check 0004418  PHP 66,591.00", "30 SEP 2024  BR ORTIGAS"])])

# R19 simplified Chinese plain, bank slip
M("remittance", "zh", "plain",
  "张丽 <zhangli@hzxinyuan-trading.cn>",
  "付款通知 - 杭州鑫源贸易", "Mon, 20 May 2024 15:44:30 +0800",
  """您好，

我司已于2024年5月20日通过招商银行向贵司支付货款 USD 23,560.00，对应发票号：
INV-10655  USD 11,200.00
INV-10671  USD 12,360.00

附件为银行水单，请查收并确认是否到账。如有问题请随时联系。

谢谢！

张丽
财务部 | 杭州鑫源贸易有限公司
电话：0571-8765 2210
""", charset="gbk",
  att=[pdf("shuidan_0520.pdf", ["CHINA MERCHANTS BANK - OUTWARD REMITTANCE", "Remitter: HANGZHOU XINYUAN TRADING CO LTD",
                               "Beneficiary: EXAMPLE SUPPLIES PTY LTD", "Amount: USD 23,560.00",
                               "Value date: 2024-05-20", "Details: INV-10655 INV-10671"])])

# R20 Chinese reply on a statement: "already paid everything on it" (hard case)
M("remittance", "zh", "reply",
  "周敏 <zhou.min@szhuatai-elec.com>",
  "回复: 对账单 - 2024年6月", "Thu, 11 Jul 2024 10:27:14 +0800",
  """王小姐您好，

上述对账单中的款项我们已于昨天全部付清，合计 CNY 186,400.00，走的是中国银行，付款回单见附件。
请贵司财务核对后销账，谢谢。

周敏
深圳华泰电子有限公司 财务部

""" + gq("在 2024年7月8日 星期一 16:05，Wang Fang <wang.fang@example-supplies.com.au> 写道：", """周小姐：

您好！附件为贵司截至2024年6月30日的对账单，未结余额 CNY 186,400.00，共三张发票：
INV-10688 / INV-10702 / INV-10715。请核对，如无异议请安排付款。

谢谢！
Wang Fang | Example Supplies (China desk)
"""),
  to="Wang Fang <wang.fang@example-supplies.com.au>", cc=AR_BARE,
  att=[pdf("BOC_huidan_20240710.pdf", ["BANK OF CHINA - PAYMENT RECEIPT", "Payer: SHENZHEN HUATAI ELECTRONICS CO LTD",
                                      "Amount: CNY 186,400.00", "Date: 2024-07-10", "Memo: INV-10688/10702/10715"])])

# R21 Chinese/English ERP payment advice, HTML
M("remittance", "zh", "html",
  "Kingfa Payment System <payment-noreply@nbkingfa-tools.com>",
  "付款通知 Payment Advice / 付款单号 PV202408-0317", "Wed, 14 Aug 2024 09:00:05 +0800",
  html="""<html><head><meta charset="utf-8"></head><body style="font-family:'Microsoft YaHei',Arial,sans-serif;font-size:13px">
<p>尊敬的供应商 Dear Supplier：</p>
<p>我司已安排以下付款，请注意查收。The following payment has been released to your account.</p>
<table border="1" cellspacing="0" cellpadding="5" style="border-collapse:collapse;border-color:#bbb">
<tr style="background:#eef3fa"><th>付款单号 Payment No.</th><th>供应商 Vendor</th><th>付款日期 Date</th><th>币种 Curr.</th><th>金额 Amount</th></tr>
<tr><td>PV202408-0317</td><td>EXAMPLE SUPPLIES PTY LTD</td><td>2024-08-14</td><td>USD</td><td>9,876.40</td></tr>
</table>
<p>发票明细 Invoice details：</p>
<table border="1" cellspacing="0" cellpadding="5" style="border-collapse:collapse;border-color:#bbb">
<tr style="background:#eef3fa"><th>发票号</th><th>金额</th></tr>
<tr><td>INV-10733</td><td>4,420.00</td></tr>
<tr><td>INV-10740</td><td>5,456.40</td></tr>
</table>
<p style="color:#888">本邮件由系统自动发送，请勿直接回复。如有疑问请联系 ap@nbkingfa-tools.com<br>
This mailbox is not monitored.</p>
<p>宁波金发工具有限公司 Ningbo Kingfa Tools Co., Ltd.</p>
</body></html>
""")

# R22 German SAP payment advice, plain
M("remittance", "de", "plain",
  "Kreditorenbuchhaltung <kreditoren@hanseatische-laborbedarf.de>",
  "Zahlungsavis Nr. 1500042217", "Thu, 25 Apr 2024 06:15:00 +0200",
  """Sehr geehrte Damen und Herren,

hiermit avisieren wir Ihnen folgende Zahlung:

Zahlungsdatum:     25.04.2024
Zahlweg:           SEPA-/Auslandsüberweisung
Betrag:            EUR 7.318,60
Ihre Kunden-Nr.:   20455 / unsere Lieferanten-Nr. 700918

Beleg-Nr.    Ihre Rechnung    Rechnungsdatum    Betrag EUR
5100883412   90012877         14.03.2024        3.102,00
5100883590   90012903         21.03.2024        4.216,60

Bitte prüfen Sie den Zahlungseingang. Bei Rückfragen wenden Sie sich an die unten genannte
Adresse unter Angabe der Beleg-Nr.

Mit freundlichen Grüßen
Kreditorenbuchhaltung
Hanseatische Laborbedarf GmbH
Billwerder Neuer Deich 72, 20539 Hamburg
Amtsgericht Hamburg HRB 118273 | Geschäftsführer: Dr. Jens Ohlsen

Diese E-Mail wurde maschinell erstellt.
""")

# R23 German reply, Outlook German headers
M("remittance", "de", "reply",
  "Sabine Krämer <s.kraemer@kraemer-dental.de>",
  "AW: Zahlungserinnerung Rechnung 90013050", "Wed, 10 Jul 2024 11:42:19 +0200",
  """Hallo Frau Whitfield,

die Rechnung wurde bereits am 03.07. überwiesen (EUR 1.984,50), den Zahlungsbeleg finden Sie im
Anhang. Die Erinnerung hat sich damit hoffentlich erledigt.

Viele Grüße
Sabine Krämer
Kraemer Dental Labor GmbH
Buchhaltung

""" + ol("Jess Whitfield <jess.whitfield@example-supplies.com.au>", "Dienstag, 9. Juli 2024 08:14",
         "Sabine Krämer <s.kraemer@kraemer-dental.de>", "Zahlungserinnerung Rechnung 90013050", """Dear Ms Krämer,

Our records show invoice 90013050 (EUR 1,984.50, due 30 June 2024) as still open.
Could you please let us know when payment will be made?

Kind regards,
Jess Whitfield
Example Supplies Pty Ltd
""", lang="de"),
  to=JESS, att=[pdf("Überweisung_03072024.pdf", ["Sparkasse - Ueberweisungsbeleg", "Auftraggeber: Kraemer Dental Labor GmbH",
                                                 "Empfaenger: Example Supplies Pty Ltd", "Betrag: EUR 1.984,50",
                                                 "Verwendungszweck: RE 90013050", "Ausgefuehrt: 03.07.2024"])])

# R24 German HTML payment advice
M("remittance", "de", "html",
  "Buchhaltung Rheinland Maschinenbau <buchhaltung@rheinland-mb.de>",
  "Zahlungsavis der Rheinland Maschinenbau GmbH", "Fri, 27 Sep 2024 13:30:44 +0200",
  html=olh(mp("""Sehr geehrte Damen und Herren,

anbei erhalten Sie die Übersicht unserer heutigen Zahlung an Sie:
""") + tbl([["Rechnungsnr.", "Datum", "Bestellung", "Betrag"],
           ["90013590", "12.08.2024", "4500152210", "2.640,00 EUR"],
           ["90013615", "19.08.2024", "4500152388", "11.087,25 EUR"],
           ["Summe", "", "", "13.727,25 EUR"]], head_bg="#E2EFDA") + mp("""
Valuta: 27.09.2024 – Commerzbank Köln

Mit freundlichen Grüßen

i.A. Markus Lenz
Finanzbuchhaltung
Rheinland Maschinenbau GmbH · Industriestraße 9 · 50829 Köln
Sitz der Gesellschaft: Köln · Registergericht: Amtsgericht Köln HRB 45120

Diese Nachricht ist vertraulich. Sollten Sie nicht der vorgesehene Empfänger sein, so bitten wir
Sie, den Absender zu unterrichten und den Inhalt dieser E-Mail zu löschen."""), font="Arial,sans-serif", size="10.0pt"))

# R25 traditional Chinese reply, Big5
M("remittance", "zh-hant", "reply",
  "林雅婷 <yating.lin@twhengda.com.tw>",
  "回覆: 請款通知 INV-10790", "Tue, 20 Aug 2024 14:18:26 +0800",
  """Desmond 您好，

本公司已於今日（8/20）透過玉山銀行電匯 USD 6,125.00 支付上述請款，匯款水單如附件，
請查收並協助確認入帳。電匯手續費由本公司負擔。

謝謝！

林雅婷
恆達精密股份有限公司 財務部
TEL: 02-2698-3350 ext. 218

""" + ol("Desmond Lim <desmond.lim@example-supplies.com.au>", "Monday, August 19, 2024 11:40 AM",
         "林雅婷 <yating.lin@twhengda.com.tw>", "請款通知 INV-10790", """Dear Ms Lin,

This is a reminder that invoice INV-10790 for USD 6,125.00 fell due on 15 August.
Could you please advise the expected payment date?

Thanks,
Desmond Lim
Example Supplies Pty Ltd (Singapore Branch)
""", lang="zh-hant"),
  to=DESMOND, charset="big5", cte="base64",
  att=[pdf("TT_20240820.pdf", ["E.SUN BANK - OUTWARD REMITTANCE ADVICE", "Applicant: TW HENGDA PRECISION CO LTD",
                               "Amount: USD 6,125.00", "Value date: 2024/08/20", "Charges: OUR", "Ref: INV-10790"])])

# R26 Indonesian HTML, bukti transfer
M("remittance", "id", "html",
  "Dewi Anggraini <dewi.anggraini@sinarbaru-medika.co.id>",
  "Bukti Transfer Pembayaran Invoice INV-10812 & INV-10826", "Wed, 14 Aug 2024 16:52:33 +0700",
  html=olh(mp("""Dengan hormat,

Bersama email ini kami sampaikan bukti transfer pembayaran atas invoice berikut:
""") + tbl([["No. Invoice", "Tanggal", "Jumlah (USD)"],
           ["INV-10812", "02/07/2024", "4.300,00"],
           ["INV-10826", "09/07/2024", "3.550,00"],
           ["Total", "", "7.850,00"]]) + mp("""
Pembayaran dilakukan melalui Bank Mandiri pada tanggal 14 Agustus 2024. Mohon dapat dikonfirmasi
penerimaannya.

Terima kasih atas kerja samanya.

Hormat kami,
Dewi Anggraini
Finance & Accounting
PT Sinar Baru Medika
Jl. Gatot Subroto Kav. 38, Jakarta Selatan 12710""")),
  att=[pdf("Bukti Transfer 14082024.pdf", ["BANK MANDIRI - BUKTI TRANSFER VALAS", "Pengirim: PT SINAR BARU MEDIKA",
                                           "Penerima: EXAMPLE SUPPLIES PTY LTD", "Jumlah: USD 7,850.00",
                                           "Tanggal: 14/08/2024", "Berita: INV-10812 INV-10826"])])

# R27 Malay reply, DuitNow
M("remittance", "ms", "reply",
  "Hafiz Rahman <hafiz@serimutiara-hardware.com.my>",
  "Re: Peringatan bayaran - SI-2024-0311", "Thu, 05 Sep 2024 21:08:40 +0800",
  """Salam Cik Tan,

Bayaran untuk invois SI-2024-0311 (MYR 4,870.00) telah dibuat semalam melalui Maybank2u. Resit
dilampirkan bersama emel ini. Harap maklum.

Terima kasih.

Hafiz
Seri Mutiara Hardware Sdn Bhd

""" + gq("Pada Rab, 4 Sep 2024 pada 10:30 PG, Tan Wei Ling <weiling.tan@example-supplies.com.au> menulis:", """Dear Encik Hafiz,

Invoice SI-2024-0311 for MYR 4,870.00 was due on 31 August. May we know when payment will be made?

Regards,
Wei Ling
"""),
  to=WEILING, att=[pdf("M2U_receipt.pdf", ["Maybank2u - Transaction Successful", "Reference: M2U240904881273",
                                           "To: EXAMPLE SUPPLIES (SG) ", "Amount: RM 4,870.00",
                                           "Recipient reference: SI-2024-0311", "Date: 04 Sep 2024 18:22"])])

# R28 Japanese plain, ISO-2022-JP
M("remittance", "ja", "plain",
  "佐藤 美穂 <m.sato@kansai-seimitsu.co.jp>",
  "お振込完了のご連絡（株式会社関西精密）", "Fri, 30 Aug 2024 15:05:11 +0900",
  """Example Supplies Pty Ltd
経理ご担当者様

いつも大変お世話になっております。
株式会社関西精密 経理部の佐藤でございます。

下記請求書につきまして、本日お振込手続きが完了いたしましたのでご連絡申し上げます。

  請求書番号：INV-10855
  金額：USD 5,640.00
  振込日：2024年8月30日
  振込銀行：三井住友銀行 大阪本店営業部

着金までに数日かかる場合がございます。
ご確認のほど、よろしくお願いいたします。

――――――――――――――――
株式会社関西精密
経理部　佐藤 美穂
〒530-0001 大阪市北区梅田2-4-9
TEL 06-6345-7710
――――――――――――――――
""", charset="iso-2022-jp")

# R29 Japanese forward from sales contact
M("remittance", "ja", "forward",
  "高橋 健太 <k.takahashi@tohoku-foodsys.co.jp>",
  "Fw: 送金通知書（2024年10月分）", "Thu, 31 Oct 2024 13:44:27 +0900",
  """Example Supplies 御中

いつもお世話になっております。東北フードシステムの高橋です。
弊社経理部より送金通知書が届いておりますので、転送いたします。
ご確認をお願いいたします。

高橋

-------- 転送メッセージ --------
差出人: 東北フードシステム 経理部 <keiri@tohoku-foodsys.co.jp>
送信日時: 2024年10月31日 10:15
宛先: 高橋 健太 <k.takahashi@tohoku-foodsys.co.jp>
件名: 送金通知書（2024年10月分）

高橋さん

Example Supplies 様への10月分のお支払いが完了しましたので、先方へ転送をお願いします。

  支払日：2024/10/31
  金額：AUD 3,915.80
  対象請求書：INV-10902、INV-10911
  送金方法：外国送金（みずほ銀行）

経理部 小野
""",
  att=[pdf("sokin_tsuchi_202410.pdf", ["REMITTANCE ADVICE", "Tohoku Food Systems Co., Ltd.",
                                        "Payee: Example Supplies Pty Ltd", "Date: 2024/10/31",
                                        "INV-10902  AUD 2,110.00", "INV-10911  AUD 1,805.80", "Total AUD 3,915.80"])])

# ================================================================ INVOICE REQUEST (21)

# I1 AU plain
M("invoice_request", "en", "plain",
  "Sarah Lindqvist <sarah.l@northshorephysio.com.au>",
  "Copy of invoice INV-10877 please", "Tue, 05 Mar 2024 10:41:17 +1100",
  """Hi there,

Can you please send through a copy of invoice INV-10877? Our AP system doesn't seem to have it and I
can't approve the payment without the actual invoice.

Thanks,
Sarah Lindqvist
Practice Manager
North Shore Physio & Rehab
""")

# I2 reply to a reminder, asks for PDFs (hard case: subject is a reminder)
M("invoice_request", "en", "reply",
  "Gavin Teo <gavin.teo@riverinawines.com.au>",
  "RE: Payment reminder - overdue account 30112", "Thu, 21 Mar 2024 09:07:52 +1100",
  """Hi Tom,

We have no record of invoices 10912 and 10918 at all - they're not in our AP inbox or in the system.
Can you resend them as PDFs to accounts@riverinawines.com.au? Once I have them I'll get them coded.

Gavin

""" + ol("Tom Gallagher <tom.gallagher@example-supplies.com.au>", "Wednesday, 20 March 2024 4:52 PM",
         "accounts@riverinawines.com.au", "Payment reminder - overdue account 30112", """Good afternoon,

Our records show the following invoices on your account are overdue:

  10912   15/01/2024   $3,318.00
  10918   22/01/2024   $1,076.40

Please arrange payment at your earliest convenience, or contact us if there is an issue.

Regards,
Tom Gallagher
Accounts Receivable | Example Supplies Pty Ltd | (02) 9552 4100
"""),
  to=TOM)

# I3 US, invoice for a PO, multipart/alternative
_t = """Hello,

We received the goods for PO 4500123456 on 5/14 but have not received an invoice. Please email the
invoice to ap@cascadiadiagnostics.com referencing the PO number on the face of the invoice; invoices
without a valid PO number are rejected automatically by our system.

Thank you,
Marcy Delgado
Accounts Payable | Cascadia Diagnostics, Inc.
1400 NE 48th St, Suite 210, Seattle, WA 98105
"""
M("invoice_request", "en", "alternative",
  "Accounts Payable <ap@cascadiadiagnostics.com>",
  "Invoice needed - PO 4500123456", "Wed, 22 May 2024 13:26:08 -0700",
  _t, html=olh(t2h(_t)))

# I4 Indian writer, HTML, copies for a PO month
M("invoice_request", "en", "html",
  "Sneha Iyer <sneha.iyer@vardhmanhealthcare.co.in>",
  "Request for invoice copies - PO No. 4500098761 (June 2024)", "Thu, 04 Jul 2024 12:16:35 +0530",
  html=olh(mp("""Dear Team,

Greetings of the day!

Kindly share the copy of all invoices raised against our PO no. 4500098761 for the month of June 2024.
Our statutory audit is in progress and the auditors have asked for supplier invoices for the
below GRNs, which we are unable to trace in our records.
""") + tbl([["GRN No.", "GRN Date", "Material", "Qty"],
           ["GRN/24-25/01882", "06-06-2024", "Disposable syringes 5ml", "20,000"],
           ["GRN/24-25/01957", "18-06-2024", "IV cannula 22G", "6,000"]]) + mp("""
Request you to kindly send the same at the earliest, preferably by EOD tomorrow.

Thanks & Regards,
Sneha Iyer
Executive - Accounts Payable
Vardhman Healthcare Ltd.
Corporate Office: 5th Floor, Tower B, Cyber City, Gurugram - 122002""")))

# I5 SG reply to SOA, asks for copies of missing ones (hard case: subject is statement)
M("invoice_request", "en", "reply",
  "Cheryl Ong <cheryl.ong@marinabayfnb.com.sg>",
  "RE: Statement of Account as at 31 May 2024", "Tue, 11 Jun 2024 11:58:41 +0800",
  """Hi Desmond,

Thanks for the SOA. We are missing 3 of the invoices listed - SI-2024-0201, SI-2024-0207 and
SI-2024-0215. Can you send us copies so we can process? The rest we have already.

Thank you
Cheryl

Cheryl Ong | Finance Executive
Marina Bay F&B Holdings Pte Ltd
This e-mail is confidential. If received in error please delete and notify the sender.

""" + ol("Desmond Lim <desmond.lim@example-supplies.com.au>", "Monday, 10 June, 2024 9:30 AM",
         "Cheryl Ong <cheryl.ong@marinabayfnb.com.sg>", "Statement of Account as at 31 May 2024", """Dear Cheryl,

Attached please find your Statement of Account as at 31 May 2024. Outstanding balance: SGD 11,402.70.

Kindly review and let us know if there are any discrepancies.

Regards,
Desmond
""", cc="ar@example-supplies.com.au"),
  to=DESMOND, cc=AR_BARE)

# I6 forward: customer's site manager passes on their AP's request
M("invoice_request", "en", "forward",
  "Warren Blake <warren.blake@summitcivil.com.au>",
  "Fwd: invoice for March delivery", "Mon, 15 Apr 2024 07:49:30 +1000",
  """Hi AR team,

See below from our AP girls - they need a copy of the invoice for the March delivery to the Penrith
site (our PO 4500107721). Can you send it straight to them please? I'm out on site all week.

Thanks
Warren

---------- Forwarded message ---------
From: Summit Civil Accounts Payable <ap@summitcivil.com.au>
Date: Fri, 12 Apr 2024 at 15:20
Subject: invoice for March delivery
To: Warren Blake <warren.blake@summitcivil.com.au>


Hi Warren,

We've got a delivery docket from Example Supplies signed on the 19th of March for PO 4500107721 but
no invoice has come through to AP. Can you chase them for it? We can't pay off a docket.

Thanks,
Lauren - AP
""")

# I7 AU HTML, list of invoices to resend with PO numbers
M("invoice_request", "en", "html",
  "Kestrel Hospitality Group AP <payables@kestrelhg.com.au>",
  "Invoice copies required - Kestrel Hospitality Group", "Tue, 06 Aug 2024 14:37:02 +1000",
  html=olh(mp("""Hello Example Supplies,

We are completing our year-end clean-up and the invoices below are missing from our records.
Please resend copies, and please make sure the relevant Kestrel PO number is shown on each invoice,
otherwise our system cannot match them.
""") + tbl([["Your invoice #", "Venue", "Approx. amount"],
           ["INV-10955", "The Kestrel Hotel Fortitude Valley", "$612.00"],
           ["INV-10961", "Riverside Bar & Grill", "$1,084.50"],
           ["INV-10977", "The Kestrel Hotel Fortitude Valley", "$298.00"]]) + mp("""
Send to payables@kestrelhg.com.au (one PDF per invoice please).

Many thanks,
Accounts Payable Team
Kestrel Hospitality Group Pty Ltd""")))

# I8 US terse, blank PDF
M("invoice_request", "en", "plain",
  "Josh Whitaker <jwhitaker@bluelinemarine.us>",
  "inv 90013321", "Fri, 13 Sep 2024 16:02:44 -0400",
  """pls resend inv 90013321, the pdf you sent is blank when I open it

thx
Josh

Sent from Outlook for Android
""")

# I9 US Gmail reply to a shipping notification from us
M("invoice_request", "en", "reply",
  "Tara Nguyen <tara@greenleafclinics.com>",
  "Re: Your order SO-55120 has shipped", "Wed, 02 Oct 2024 10:15:37 -0700",
  """Thanks! Could you send over the invoice for this order too? I need it in our files before month
end and I don't see it attached here.

Tara

""" + gq("On Tue, Oct 1, 2024 at 9:02 PM Example Supplies <orders@example-supplies.com.au> wrote:", """Hi Tara,

Good news - your order SO-55120 has been dispatched with FedEx International Economy.
Tracking number: 7781 2290 4410

Thank you for your business!
Example Supplies Customer Service
"""))

# I10 AU HTML reply: account on hold, needs copies first
M("invoice_request", "en", "reply",
  "Nadia Petrakis <nadia@petrakisfoods.com.au>",
  "RE: Account on hold - Petrakis Foods", "Mon, 11 Mar 2024 12:08:19 +1100",
  html=olh(mp("""Hi Jess,

Happy to sort this out but I need copies of the two February invoices first - 10236 and 10249.
Neither of them ever came through to accounts@petrakisfoods.com.au, I've checked junk as well.

Could you email them today? I'll get them approved as soon as they land.

Nadia Petrakis
Accounts | Petrakis Fine Foods
""") + olq_h("Jess Whitfield <jess.whitfield@example-supplies.com.au>", "Friday, 8 March 2024 5:02 PM",
              "Nadia Petrakis <nadia@petrakisfoods.com.au>", "Account on hold - Petrakis Foods", mp("""Hi Nadia,

Unfortunately your account has been placed on credit hold as invoices 10236 and 10249 are now more than
30 days overdue ($4,870.20 in total). New orders will be held until the account is brought up to date.

Please contact me if you would like to discuss.

Jess Whitfield
Credit Controller | Example Supplies Pty Ltd"""))),
  to=JESS)

# I11 Taglish plain
M("invoice_request", "tl", "plain",
  "Kristine Bautista <kbautista@cebuhomedepot.ph>",
  "Request invoice copy PO 4500112233", "Tue, 28 May 2024 10:33:50 +0800",
  """Hi po,

Pwede po bang pa-resend yung invoice para sa PO 4500112233 (delivered May 20)? Hindi po namin
ma-locate sa email namin, baka po napunta sa ibang tao. Kailangan na po kasi for processing ng check
this week.

Thank you po!

Kristine Bautista
AP Clerk | Cebu Home Depot Corp.
""")

# I12 Taglish reply
M("invoice_request", "tl", "reply",
  "Mark Anthony Ramos <ma.ramos@visayaspharma.com.ph>",
  "Re: Collection follow-up - Visayas Pharma", "Wed, 19 Jun 2024 13:47:25 +0800",
  """Good day po Ma'am Joanna,

Wala pa po kasi kaming natatanggap na hard copy ng SI 005102 at SI 005118 kaya hindi pa po
na-process. Pwede po ba pa-email muna yung soft copy? Para ma-forward ko na po agad sa approver
namin habang hinihintay yung original.

Salamat po,
Mark Anthony

""" + gq("Noong Miy, Hun 19, 2024 nang 10:02 AM, Joanna Reyes <joanna.reyes@example-supplies.com.au> ay sumulat:", """Hi Sir Mark,

Follow up lang po sa payment ng SI 005102 (PHP 58,240.00) at SI 005118 (PHP 31,900.00), parehong
overdue na po since June 5. Kailan po kaya ma-release?

Thank you po,
Joanna Reyes
Example Supplies Phils - AR
"""),
  to=JOANNA)

# I13 Taglish HTML, copies for audit
M("invoice_request", "tl", "html",
  "Grace Aquino <grace.aquino@davaoagritech.com.ph>",
  "Request for Invoice Copies - Audit", "Thu, 22 Aug 2024 09:12:40 +0800",
  html=gmh(dv("""Hi Example Supplies AR,

Good morning! Nagre-request po kami ng copies ng mga sumusunod na sales invoice. Hinahanap po kasi
ng external auditor namin at hindi po namin makita yung originals sa file.
""") + tbl([["SI No.", "Date", "Amount"],
           ["005044", "Feb 12, 2024", "PHP 27,500.00"],
           ["005069", "Mar 04, 2024", "PHP 9,860.00"],
           ["005101", "Apr 15, 2024", "PHP 41,230.00"]], head_bg="#D9E1F2") + dv("""
Okay na po kahit scanned copy muna, then ipadala na lang po yung certified true copy by courier.

Maraming salamat po!

Grace Aquino
Finance Supervisor
Davao Agritech Ventures Inc.""")))

# I14 Chinese plain, short
M("invoice_request", "zh", "plain",
  "陈晓燕 <chenxy@gzmeilin-bio.com>",
  "请重新发送发票 INV-11024", "Tue, 02 Jul 2024 14:05:22 +0800",
  """你好，

麻烦重新发送一下发票 INV-11024 的PDF，我们财务系统里找不到这张，可能当时发到了离职同事的邮箱。
收到后我们会尽快走审批。

谢谢！
陈晓燕
广州美林生物科技有限公司 应付组
""")

# I15 Chinese reply to a payment reminder
M("invoice_request", "zh", "reply",
  "李娜 <lina@njtianhe-med.com>",
  "回复: 付款提醒 / Payment Reminder", "Mon, 15 Jul 2024 16:30:59 +0800",
  """Wang Fang 您好，

我们这边还没有收到6月份的两张发票（INV-11090、INV-11102），所以一直没法安排付款。
能否先把电子版发我一下？最好同时附上对应的送货单。谢谢！

李娜
南京天和医疗器械有限公司

""" + gq("在 2024年7月15日 09:41，Wang Fang <wang.fang@example-supplies.com.au> 写道：", """李小姐您好，

提醒一下，贵司6月的两张发票 INV-11090（USD 3,960.00）和 INV-11102（USD 2,275.00）已到期，
请问什么时候可以安排付款？

谢谢！
Wang Fang
"""),
  to="Wang Fang <wang.fang@example-supplies.com.au>")

# I16 Chinese forward from purchasing
M("invoice_request", "zh", "forward",
  "吴磊 <wulei@cqdingsheng.com>",
  "转发: 订单4500134567 发票未收到", "Wed, 24 Jul 2024 10:48:13 +0800",
  """贵司AR同事你好，

转一下我们财务同事的邮件：订单 4500134567 的货上个月已经收到，但发票一直没收到。
请直接把发票发到 ap@cqdingsheng.com，抄送我一下。谢谢！

吴磊 采购部

-------- 转发的邮件 --------
发件人: 财务部 应付 <ap@cqdingsheng.com>
日期: 2024年7月23日 17:20
收件人: 吴磊 <wulei@cqdingsheng.com>
主题: 订单4500134567 发票未收到

吴经理，

订单 4500134567（Example Supplies）入库已经一个多月了，我们这边还没有收到发票，无法挂账付款。
麻烦你联系一下供应商，让他们补发一下。

财务部 赵静
""")

# I17 German plain
M("invoice_request", "de", "plain",
  "Rechnungseingang Vogt Medizintechnik <rechnungseingang@vogt-medtech.de>",
  "Fehlende Rechnung zu Bestellung 4500118890", "Tue, 18 Jun 2024 09:55:31 +0200",
  """Sehr geehrte Damen und Herren,

zu unserer Bestellung 4500118890 vom 02.05.2024 liegt uns bisher keine Rechnung vor. Die Ware wurde
laut Lieferschein am 21.05.2024 geliefert.

Bitte senden Sie uns eine Kopie der Rechnung als PDF an rechnungseingang@vogt-medtech.de. Bitte
geben Sie auf der Rechnung unbedingt unsere Bestellnummer an.

Vielen Dank und freundliche Grüße

Petra Haas
Kreditorenbuchhaltung
Vogt Medizintechnik GmbH & Co. KG
Am Kirchberg 11, 78532 Tuttlingen
""")

# I18 German reply to dunning
M("invoice_request", "de", "reply",
  "Thomas Albrecht <t.albrecht@albrecht-labortechnik.de>",
  "AW: Mahnung – Kundennummer 20511", "Wed, 31 Jul 2024 15:21:07 +0200",
  """Guten Tag Herr Gallagher,

die in Ihrer Mahnung genannte Rechnung 90013066 ist bei uns nie eingegangen – weder per Post noch
per E-Mail. Könnten Sie sie bitte erneut an buchhaltung@albrecht-labortechnik.de senden?

Danke und Gruß
Thomas Albrecht

""" + gq("Am Di., 30. Juli 2024 um 17:02 Uhr schrieb Tom Gallagher <tom.gallagher@example-supplies.com.au>:", """Dear Mr Albrecht,

According to our records invoice 90013066 (EUR 2,730.00, due 30 June 2024) remains unpaid.
Please arrange payment within 7 days.

Regards,
Tom Gallagher
Example Supplies Pty Ltd
"""),
  to=TOM)

# I19 Traditional Chinese HTML
M("invoice_request", "zh-hant", "html",
  "陳冠宇 <kuanyu.chen@hkwellmed.com.hk>",
  "請補寄發票副本 (訂單 4500141200)", "Fri, 16 Aug 2024 11:24:48 +0800",
  html="""<div style="font-family:'PMingLiU','Microsoft JhengHei',sans-serif;font-size:12pt">
<div>您好，</div><div><br></div>
<div>本公司會計部門整理帳目時發現以下發票未有存檔，麻煩貴司補寄發票副本（PDF 即可）：</div><div><br></div>
<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse">
<tr><td><b>發票號碼</b></td><td><b>訂單號碼</b></td><td><b>金額</b></td></tr>
<tr><td>INV-11140</td><td>4500141200</td><td>HKD 18,360.00</td></tr>
<tr><td>INV-11152</td><td>4500141200</td><td>HKD 7,920.00</td></tr>
</table>
<div><br></div><div>收到後我們會盡快安排入帳。謝謝！</div><div><br></div>
<div>陳冠宇<br>會計部<br>康健醫療用品有限公司<br>香港九龍觀塘開源道 55 號 12 樓</div>
</div>
""")

# I20 Malay plain
M("invoice_request", "ms", "plain",
  "Nur Aisyah Zulkifli <aisyah@permatafoods.com.my>",
  "Mohon salinan invois SI-2024-0398", "Mon, 23 Sep 2024 10:02:16 +0800",
  """Salam sejahtera,

Mohon pihak tuan/puan hantar semula salinan invois SI-2024-0398 (tarikh 12 Ogos 2024). Salinan asal
tidak dapat dikesan dan kami memerlukannya untuk tujuan audit serta pembayaran.

Sila hantar ke emel ini atau akaun@permatafoods.com.my.

Terima kasih.

Nur Aisyah Zulkifli
Eksekutif Akaun
Permata Foods Sdn Bhd, Shah Alam
""")

# I21 Japanese reply: attachment could not be opened
M("invoice_request", "ja", "reply",
  "中村 亜希子 <a.nakamura@hokuriku-kiki.co.jp>",
  "Re: ご請求書送付のご案内（INV-11188）", "Thu, 26 Sep 2024 11:37:40 +0900",
  """Example Supplies
ご担当者様

いつもお世話になっております。北陸機器の中村です。

ご請求書をお送りいただきありがとうございます。
大変恐縮ですが、添付ファイルが破損しているようで開くことができませんでした。
お手数ですが、PDFを再送いただけますでしょうか。

よろしくお願いいたします。

北陸機器株式会社 管理部
中村 亜希子

""" + ol("Example Supplies AR <ar@example-supplies.com.au>", "2024年9月25日 17:05",
         "中村 亜希子 <a.nakamura@hokuriku-kiki.co.jp>", "ご請求書送付のご案内（INV-11188）", """Dear Ms Nakamura,

Please find attached invoice INV-11188 (JPY 486,200) for your order of 10 September.
Payment terms: 30 days end of month.

Kind regards,
Example Supplies Accounts Receivable
""", lang="ja", sep=None), charset="shift_jis")

# ================================================================ STATEMENT REQUEST (19)

# S1 AU, EOFY auditors, multipart/alternative
_t = """Hi Example Supplies team,

Could you please send us a statement of account as at 30 June 2024? Our auditors need supplier
statements for all accounts over $5k as part of the EOFY close.

If possible please include any unapplied credits as well.

Thanks in advance,
Melissa Grant
Financial Controller
Harbourside Dental Group
Suite 3, 201 Pacific Hwy, North Sydney NSW 2060
"""
M("statement_request", "en", "alternative",
  "Melissa Grant <mgrant@harboursidedental.com.au>",
  "Statement of account as at 30 June", "Tue, 02 Jul 2024 08:44:10 +1000",
  _t, html=olh(t2h(_t)))

# S2 reply in a remittance thread, asks for a full statement (hard case)
M("statement_request", "en", "reply",
  "Craig Hollis <craig.hollis@westerncoldstore.com.au>",
  "RE: Remittance Advice - Payment 88213", "Thu, 18 Apr 2024 14:26:33 +0800",
  """Hi Priya,

Can you send me a full statement showing what's still open after that payment? I think our ledger
and yours are out of sync - I've got the account at nil and you're saying there's $1,210 left.

Cheers
Craig

""" + ol("Priya Nair <priya.nair@example-supplies.com.au>", "Thursday, 18 April 2024 11:02 AM",
         "Craig Hollis <craig.hollis@westerncoldstore.com.au>", "RE: Remittance Advice - Payment 88213", """Hi Craig,

Thanks for the remittance. We've allocated payment 88213 ($6,400.00) but it leaves $1,210.00 unpaid
on INV-10366. Could you check on your side?

Regards,
Priya
""") + ol("Craig Hollis <craig.hollis@westerncoldstore.com.au>", "Wednesday, 17 April 2024 3:40 PM",
          "ar@example-supplies.com.au", "Remittance Advice - Payment 88213",
          """Remittance attached for payment 88213.

Craig
"""),
  to=PRIYA)

# S3 SG HTML formal SOA request
M("statement_request", "en", "html",
  "Finance - Straits Bakery Group <finance@straitsbakery.com.sg>",
  "Request for Statement of Account (SOA) - Straits Bakery Group", "Mon, 08 Jul 2024 10:05:47 +0800",
  html=olh(mp("""Dear Sir/Madam,

We are performing our half-yearly supplier reconciliation. Please provide your Statement of Account
for the following entities as at 30 June 2024:
""") + tbl([["Entity", "Your customer code"],
           ["Straits Bakery Pte Ltd", "SG-C0142"],
           ["Straits Bakery (Jurong) Pte Ltd", "SG-C0188"]]) + mp("""
Kindly reply by 15 July 2024 so that we can clear any differences before our books close.

Thank you.

Best regards,
Alvin Chua
Assistant Finance Manager
Straits Bakery Group
IMPORTANT: This email and any attachment are confidential and may be privileged. If you are not the
intended recipient, please delete it and notify us immediately; you should not copy or use it for any
purpose, nor disclose its contents to any other person.""")))

# S4 Indian reply, ledger / balance confirmation
M("statement_request", "en", "reply",
  "Anil Mehta <anil.mehta@shreejipackaging.in>",
  "RE: Outstanding dues – Reminder", "Sat, 13 Apr 2024 11:35:26 +0530",
  """Dear Sir,

Noted. Before we process any payment kindly provide the ledger statement of our account in your
books for FY 2023-24 (01-Apr-2023 to 31-Mar-2024). As per our books the outstanding is much lower
than what is mentioned in your mail, so we need to do a reconciliation first.

Please send the statement in Excel format if possible.

Regards,
Anil Mehta
Sr. Accountant
Shreeji Packaging Industries
Vapi, Gujarat

""" + ol("Example Supplies AR <ar@example-supplies.com.au>", "Friday, April 12, 2024 2:15 PM",
         "Anil Mehta <anil.mehta@shreejipackaging.in>", "Outstanding dues – Reminder", """Dear Mr Mehta,

A reminder that USD 18,922.35 is now overdue on your account. Please arrange payment urgently.

Example Supplies Accounts Receivable
"""))

# S5 US reply after invoice copy: wants an aging report
M("statement_request", "en", "reply",
  "Brooke Sandoval <bsandoval@sunbeltortho.com>",
  "Re: Invoice 90013417", "Tue, 20 Aug 2024 11:04:18 -0500",
  """Thanks for sending that over. Could you also send an aging report for our account? I want to make
sure there's nothing else sitting past due that I don't know about - we changed AP clerks in June.

Brooke

Brooke Sandoval
Controller, Sunbelt Orthopedic Partners

""" + gq("On Tue, Aug 20, 2024 at 8:31 AM Priya Nair <priya.nair@example-supplies.com.au> wrote:", """Hi Brooke,

As requested, attached is a copy of invoice 90013417.

Regards,
Priya
"""),
  to=PRIYA)

# S6 forward from CFO with auditor request
M("statement_request", "en", "forward",
  "Rohan Desai <rohan.desai@tasmanbiotech.com.au>",
  "Fwd: Vendor balance confirmation - Tasman Biotech", "Mon, 06 Jan 2025 09:18:44 +1100",
  """Hi,

Our auditors (below) need us to confirm supplier balances. Could you send us a list of all open items
on our account as at 31 December 2024, with invoice numbers, dates and amounts? Just reply to me.

Thanks,
Rohan Desai
CFO | Tasman Biotech Pty Ltd

---------- Forwarded message ---------
From: Audit Team <tasman.audit@harrowgrant-advisory.com.au>
Date: Fri, 3 Jan 2025 at 16:47
Subject: Vendor balance confirmation - Tasman Biotech
To: Rohan Desai <rohan.desai@tasmanbiotech.com.au>


Dear Rohan,

As part of our audit procedures for the half-year ended 31 December 2024, please obtain statements or
open item listings from the following suppliers: Example Supplies Pty Ltd, Labcorp Consumables,
Precision Gas Australia.

Regards,
Harrow Grant Advisory
""")

# S7 AU HTML, short, current balance & unpaid list
M("statement_request", "en", "html",
  "Emma Fitzgerald <emma@fitzgeraldvet.com.au>",
  "balance?", "Thu, 12 Sep 2024 15:51:06 +1000",
  html=gmh(dv("""Hi Priya,

What's our current balance with you guys? Could you send the list of unpaid invoices as well - I'm
trying to clean things up before our new bookkeeper starts.

Thanks!
Emma

--
Dr Emma Fitzgerald BVSc
Fitzgerald Veterinary Clinic, Toowoomba""")),
  to=PRIYA)

# S8 US terse from phone
M("statement_request", "en", "plain",
  "Rick Alvarez <rick@alvarezautobody.com>",
  "account", "Mon, 14 Oct 2024 07:12:59 -0600",
  """whats our balance right now? need a number for the bank

Sent from my iPhone
""")

# S9 AU reply before a call: aged balance breakdown
M("statement_request", "en", "reply",
  "Olivia Marchetti <olivia.marchetti@southgatehospitality.com.au>",
  "RE: Account review call Thursday", "Tue, 22 Oct 2024 10:40:21 +1100",
  """Hi Tom,

Thursday at 2 works. Before the call could you send me an aged balance breakdown (current / 30 / 60 /
90+) per venue? Then we can go through it line by line.

Thanks,
Olivia

""" + ol("Tom Gallagher <tom.gallagher@example-supplies.com.au>", "Monday, 21 October 2024 4:18 PM",
         "Olivia Marchetti <olivia.marchetti@southgatehospitality.com.au>", "Account review call Thursday", """Hi Olivia,

Would you have 30 minutes on Thursday afternoon to go through the Southgate account? There are a number
of older items we'd like to clear up.

Thanks,
Tom
"""),
  to=TOM)

# S10 Taglish plain
M("statement_request", "tl", "plain",
  "Jenny Lacson <jenny.lacson@pampangameats.com>",
  "Request SOA as of Sept 30", "Wed, 02 Oct 2024 11:19:03 +0800",
  """Hi po,

Pwede po makahingi ng SOA namin as of end of September? Need lang po para ma-reconcile namin yung
records namin bago mag-quarter end close. Kung pwede po, naka-Excel para madali i-match.

Thank you po!

Jenny Lacson
Accounting | Pampanga Prime Meats Corp.
""")

# S11 Taglish HTML Gmail reply
M("statement_request", "tl", "reply",
  "Paolo Gutierrez <paolo.gutierrez@bicolsupplyhub.com>",
  "Re: Unpaid invoices reminder", "Tue, 05 Nov 2024 16:08:55 +0800",
  html=gmh(dv("""Hello Ma'am Maricel,

Medyo magulo po kasi records namin ngayon, nagpalit po kami ng accounting system. Pa-send na lang po
ng updated statement of account with all open items para ma-match ko po isa-isa. Tapos babalikan ko
po kayo.

Thanks po,
Paolo""") + gmq_h("On Mon, Nov 4, 2024 at 3:22 PM Maricel Santos <maricel.santos@example-supplies.com.au> wrote:",
                   dv("""Hi Sir Paolo,

Reminder lang po na may unpaid invoices pa po kayo with us na lampas na sa terms. Kindly settle po or
let us know kung may concern.

Thank you,
Maricel Santos
Accounts Receivable - Manila"""))),
  to=MARICEL)

# S12 Chinese plain, audit
M("statement_request", "zh", "plain",
  "黄婷婷 <huangtt@shjinghui-lab.com>",
  "请提供截至9月30日的对账单", "Thu, 10 Oct 2024 09:36:42 +0800",
  """您好！

我司正在进行三季度末往来款核对，请贵司提供截至2024年9月30日的对账单（含未付发票明细及已收款记录），
以便双方核对余额。若有差异我们会及时沟通。

麻烦本周内回复，谢谢配合！

黄婷婷
上海晶辉实验设备有限公司 财务部
电话：021-5488 6620
""")

# S13 Chinese reply in an invoice thread: asks for open items list
M("statement_request", "zh", "reply",
  "孙浩 <sunhao@whkaiyue.com>",
  "回复: 发票 INV-11230", "Wed, 16 Oct 2024 14:12:09 +0800",
  """收到，谢谢。

另外请帮忙出一份我司目前所有未结清款项的明细（发票号、日期、金额、到期日），我们这边对一下账，
感觉有几笔对不上。

孙浩
武汉凯越科技

""" + gq("在 2024年10月16日周三 11:05，Wang Fang <wang.fang@example-supplies.com.au> 写道：", """孙先生您好，

附件是发票 INV-11230 的副本，请查收。

Wang Fang
"""),
  to="Wang Fang <wang.fang@example-supplies.com.au>")

# S14 Chinese HTML, balance confirmation
M("statement_request", "zh", "html",
  "往来对账 <duizhang@qdhaiyun-group.com>",
  "【对账】请提供往来余额确认 - 青岛海运集团", "Mon, 13 Jan 2025 10:00:31 +0800",
  html="""<html><body><div style="font-family:微软雅黑,'Microsoft YaHei';font-size:14px;color:#333">
<p>Example Supplies Pty Ltd 财务部：</p>
<p>您好！为做好年度审计工作，请贵司提供与我司截至 <b>2024年12月31日</b> 的往来余额及未清项目明细。</p>
<table border="1" cellspacing="0" cellpadding="6" style="border-collapse:collapse;font-size:13px">
<tr style="background:#f2f2f2"><td>我司名称</td><td>青岛海运集团有限公司</td></tr>
<tr><td>我司账面余额（应付）</td><td>USD 42,118.60</td></tr>
<tr><td>回复截止日期</td><td>2025年1月20日</td></tr>
</table>
<p>如贵司账面余额与上述金额不一致，请列明差异明细。感谢支持！</p>
<p>青岛海运集团有限公司 财务共享中心<br>联系人：刘倩 0532-8066 3172</p>
</div></body></html>
""")

# S15 German plain, OP-Liste
M("statement_request", "de", "plain",
  "Julia Brandt <julia.brandt@brandt-gastro.de>",
  "Kontoauszug / OP-Liste Kundennr. 20611", "Wed, 06 Nov 2024 13:47:28 +0100",
  """Guten Tag,

bitte senden Sie uns einen aktuellen Kontoauszug bzw. eine Offene-Posten-Liste zu unserer
Kundennummer 20611. Bei uns sind einige Zahlungen offenbar nicht richtig zugeordnet worden, und wir
möchten das vor dem Jahresabschluss klären.

Vielen Dank!

Mit freundlichen Grüßen
Julia Brandt
Brandt Gastronomiebedarf GmbH
Buchhaltung
""")

# S16 German forward of auditor balance confirmation
M("statement_request", "de", "forward",
  "Frank Wegner <f.wegner@nordsee-fischverarbeitung.de>",
  "WG: Saldenbestätigung zum 31.12.2024", "Thu, 09 Jan 2025 10:22:15 +0100",
  """Hallo zusammen,

wie telefonisch besprochen leite ich Ihnen die Anfrage unserer Wirtschaftsprüfer weiter. Bitte
bestätigen Sie den Saldo zum 31.12.2024 bzw. schicken Sie uns Ihre OP-Liste, damit wir abstimmen
können.

Gruß
Frank Wegner
Leitung Rechnungswesen

""" + ol("Saldenbestätigungen <saldenbestaetigung@kpr-wirtschaftspruefung.de>", "Mittwoch, 8. Januar 2025 16:03",
         "Frank Wegner <f.wegner@nordsee-fischverarbeitung.de>", "Saldenbestätigung zum 31.12.2024", """Sehr geehrter Herr Wegner,

im Rahmen der Jahresabschlussprüfung der Nordsee Fischverarbeitung GmbH bitten wir Sie, bei den
beigefügten Kreditoren eine Saldenbestätigung bzw. Saldenliste zum 31.12.2024 anzufordern, u. a.:

  Example Supplies Pty Ltd, Sydney   Saldo lt. Buchhaltung: EUR 9.406,80

Mit freundlichen Grüßen
KPR Wirtschaftsprüfungsgesellschaft mbH
""", lang="de", sep=None))

# S17 Traditional Chinese reply
M("statement_request", "zh-hant", "reply",
  "王淑芬 <shufen.wang@tcmeichi.com.tw>",
  "回覆: 付款通知 / Payment received", "Tue, 26 Nov 2024 10:55:40 +0800",
  """Desmond 您好，

謝謝通知。可否提供截至目前的對帳單（含所有未付發票）？我們這邊帳上的金額好像跟貴司對不起來，
想先核對清楚再安排下一筆付款。

王淑芬
美琪實業股份有限公司 會計課

""" + ol("Desmond Lim <desmond.lim@example-supplies.com.au>", "Monday, November 25, 2024 4:47 PM",
         "王淑芬 <shufen.wang@tcmeichi.com.tw>", "付款通知 / Payment received", """Dear Ms Wang,

We confirm receipt of USD 4,200.00 on 22 November, applied to INV-11388. Thank you.

Regards,
Desmond Lim
""", lang="zh-hant"),
  to=DESMOND)

# S18 Indonesian HTML
M("statement_request", "id", "html",
  "Rina Kusumawati <rina.k@nusantarahotelgroup.co.id>",
  "Permintaan Statement of Account per 31 Oktober 2024", "Fri, 08 Nov 2024 13:40:11 +0700",
  html=olh(mp("""Dengan hormat,

Sehubungan dengan proses rekonsiliasi hutang usaha, kami mohon bantuan Bapak/Ibu untuk mengirimkan
Statement of Account (rekening koran pelanggan) PT Nusantara Hotel Group per tanggal 31 Oktober 2024,
termasuk rincian invoice yang belum dibayar beserta tanggal jatuh temponya.

Mohon dikirimkan paling lambat tanggal 15 November 2024.

Atas perhatian dan kerja samanya kami ucapkan terima kasih.

Salam,
Rina Kusumawati
Accounts Payable Supervisor
PT Nusantara Hotel Group
Jl. M.H. Thamrin No. 10, Jakarta Pusat""")))

# S19 Japanese plain, balance confirmation
M("statement_request", "ja", "plain",
  "山本 直樹 <n.yamamoto@chubu-lab.co.jp>",
  "残高確認のお願い（2024年9月末）", "Tue, 08 Oct 2024 10:12:36 +0900",
  """Example Supplies Pty Ltd
経理ご担当者様

いつもお世話になっております。
中部ラボサプライ株式会社 経理課の山本でございます。

半期決算に伴い、2024年9月30日時点での弊社に対する売掛金残高および未決済の請求書明細を
ご送付いただけますでしょうか。
弊社の買掛金残高と照合させていただきたく存じます。

お忙しいところ恐れ入りますが、10月18日までにご回答いただけますと幸いです。

何卒よろしくお願い申し上げます。

中部ラボサプライ株式会社
経理課　山本 直樹
TEL 052-232-1187
""", charset="iso-2022-jp")

# ================================================================ DISPUTE (22)

# D1 AU wrong price
M("dispute", "en", "plain",
  "Karen O'Loughlin <karen.ologhlin@illawarrahealth.org.au>",
  "Pricing error - INV-11301", "Wed, 03 Apr 2024 11:26:14 +1100",
  """Hi,

Invoice INV-11301 charges $48.90 per carton for the nitrile gloves (size M, item NG-2210). Our contract
price under agreement IH-2023-07 is $42.50 per carton. 100 cartons were supplied, so we've been
overcharged $640.00 + GST.

Please issue a credit note for the difference or cancel and re-issue the invoice at the correct price.
We will hold the invoice until then.

Regards,
Karen O'Loughlin
Procurement Officer
Illawarra Community Health
""")

# D2 reply to overdue: short delivery, won't pay until credit
M("dispute", "en", "reply",
  "Steve Mancuso <steve@mancusobrothers.com.au>",
  "Re: Overdue: INV-11288", "Thu, 11 Apr 2024 18:03:27 +1000",
  """Tom,

We're not paying this one in full. Only 18 of the 24 cartons turned up - the driver's docket says 24
but my guys signed for 18 and wrote it on the POD (photo attached). Send a credit for the 6 missing
cartons and we'll pay the rest straight away.

Steve

""" + gq("On Thu, 11 Apr 2024 at 10:15 am, Tom Gallagher <tom.gallagher@example-supplies.com.au> wrote:", """Hi Steve,

INV-11288 ($2,904.00) is now 21 days overdue. Can you please let me know when it'll be paid?

Thanks,
Tom
"""),
  to=TOM, att=[png("20240327_POD.jpg", 140, 180, 215)])

# D3 reply to "payment received": short-payment is deliberate (hard case)
M("dispute", "en", "reply",
  "Lisa Chang <lisa.chang@eastcoastpathology.com.au>",
  "RE: Payment received - thank you", "Tue, 30 Apr 2024 09:47:52 +1000",
  """Hi Jess,

Just so you know, the $312.40 short is deliberate - that's the freight charge on INV-11322. Freight was
supposed to be free on orders over $2,000 under our agreement (see clause 4.2 of the supply terms) and
that order was $3,870. Can you reverse the freight and close it off?

Thanks
Lisa

""" + ol("Jess Whitfield <jess.whitfield@example-supplies.com.au>", "Monday, 29 April 2024 2:33 PM",
         "Lisa Chang <lisa.chang@eastcoastpathology.com.au>", "Payment received - thank you", """Hi Lisa,

Thank you for your payment of $3,870.00 received on 26 April. We have applied it to INV-11322, which
leaves $312.40 outstanding on that invoice.

Kind regards,
Jess
"""),
  to=JESS)

# D4 US duplicate billing, multipart/alternative
_t = """Hello,

It looks like we were billed twice for the same shipment. Invoices 90013580 and 90013592 are identical -
same PO (4500151177), same quantities, same ship date of 6/18. We only received one shipment.

Please void 90013592 and confirm. We'll pay 90013580 on normal terms.

Thanks,
Derek Holmgren
Accounts Payable Manager
Lakeshore Surgical Supply | Milwaukee, WI
"""
M("dispute", "en", "alternative",
  "Derek Holmgren <dholmgren@lakeshoresurgical.com>",
  "Duplicate invoices 90013580 / 90013592", "Tue, 09 Jul 2024 14:18:33 -0500",
  _t, html=olh(t2h(_t)))

# D5 Indian HTML, damaged goods with photos
M("dispute", "en", "html",
  "Vikram Rao <vikram.rao@medisafehospitals.in>",
  "Damaged material received against Inv. No. INV-11374", "Fri, 17 May 2024 16:25:09 +0530",
  html=olh(mp("""Dear Sir/Madam,

This is to bring to your notice that the material received against your invoice no. INV-11374 dated
02-May-2024 (our PO 4500144870) was found damaged at the time of unloading at our Hyderabad warehouse.
""") + tbl([["Item", "Invoiced qty", "Damaged qty", "Remarks"],
           ["Surgical gown L (ST-GN-L)", "1,200", "300", "Cartons crushed, wet"],
           ["Face shield (FS-100)", "800", "120", "Visors cracked"]]) + mp("""
Photos and the transporter's damage certificate are attached for your reference. Kindly arrange
replacement of the damaged quantity or issue a credit note for the same. Payment of this invoice is
kept on hold till the matter is resolved.

Thanks & Regards,
Vikram Rao
Stores & Purchase
Medisafe Hospitals Pvt. Ltd., Hyderabad""")),
  att=[png("IMG-20240516-WA0007.jpg", 160, 120, 180), png("IMG-20240516-WA0008.jpg", 160, 120, 170),
       pdf("damage certificate.pdf", ["SAFEXPRESS - DAMAGE CERTIFICATE", "LR No. 44198820",
                                      "Consignee: Medisafe Hospitals Pvt Ltd", "Packages damaged: 9 of 40"])])

# D6 SG reply: invoice rejected by approver
M("dispute", "en", "reply",
  "Lim Hui Min <huimin.lim@keppelmedical.sg>",
  "RE: SI-2024-0455", "Wed, 21 Aug 2024 12:02:46 +0800",
  """Hi Desmond,

Our approver rejected this invoice. The PO number quoted on it (4500145500) is wrong - ours is
4500145050 - and the GST is computed on the wrong base, you charged GST on the freight twice.

Pls cancel and reissue with the correct PO and GST. Cannot pay as it is now.

Thanks
Hui Min

""" + ol("Desmond Lim <desmond.lim@example-supplies.com.au>", "Tuesday, 20 August 2024 5:10 PM",
         "Lim Hui Min <huimin.lim@keppelmedical.sg>", "SI-2024-0455", """Hi Hui Min,

Can you please advise the status of SI-2024-0455 (SGD 7,266.90)? It became due last week.

Thanks,
Desmond
"""),
  to=DESMOND)

# D7 forward of warehouse note: damaged delivery, hold invoice
M("dispute", "en", "forward",
  "Paul Henderson <paul.henderson@queenslandfreshco.com.au>",
  "FW: Damaged delivery 12/08 - Example Supplies", "Wed, 14 Aug 2024 08:52:10 +1000",
  """Morning,

Forwarding our warehouse's note below. The delivery on 12 August arrived damaged and about a third of it
is unusable. Please hold invoice 11350 until this is sorted - we are not accepting the charge for the
damaged stock. Who do I talk to about a pickup and credit?

Paul Henderson
Operations Manager | Queensland Fresh Co.

""" + ol("Warehouse Rocklea <warehouse@queenslandfreshco.com.au>", "Tuesday, 13 August 2024 6:41 AM",
         "Paul Henderson <paul.henderson@queenslandfreshco.com.au>", "Damaged delivery 12/08 - Example Supplies", """Paul,

Example Supplies delivery yesterday (their docket 11350) - 2 pallets of produce crates. Bottom layer of
the second pallet was crushed, 38 of 120 crates broken. Photos on the shared drive under Receiving >
August. Driver wouldn't wait for us to note it so it's written on our copy only.

Dean
"""))

# D8 US Gmail reply: service not ordered
M("dispute", "en", "reply",
  "Megan Foster <megan.foster@brightsmiledental.com>",
  "Re: Invoice 90013611 from Example Supplies", "Thu, 29 Aug 2024 09:40:58 -0400",
  """Hi,

We never ordered the installation service on line 3 of this invoice ($450.00) - our own tech installed
the sterilizer. Please remove it and send a corrected invoice for the equipment only.

Megan Foster
Office Manager, Bright Smile Dental

""" + gq("On Wed, Aug 28, 2024 at 7:12 PM Example Supplies AR <ar@example-supplies.com.au> wrote:", """Dear Customer,

Please find attached invoice 90013611 for USD 6,890.00. Payment is due within 30 days.

Thank you for your business.
Example Supplies Accounts Receivable
"""))

# D9 AU HTML: call-out fee not agreed
M("dispute", "en", "html",
  "Rebecca Nguyen <rebecca.nguyen@sunraychildcare.com.au>",
  "Query on invoice INV-11402 - service call-out fee", "Mon, 16 Sep 2024 13:08:26 +1000",
  html=olh(mp("""Hi Accounts team,

We've received invoice INV-11402 which includes a $185.00 "after hours call-out fee" for the dishwasher
service at our Carindale centre on 6 September.

Your technician attended at 2:30pm on a weekday - that isn't after hours - and nobody mentioned a
call-out fee when the job was booked. We're happy to pay the parts and labour, but not the call-out
fee. Could you please remove it and send us an adjusted invoice or credit note?

Kind regards,
Rebecca Nguyen
Centre Operations Coordinator
Sunray Childcare Group
""")))

# D10 AU all caps
M("dispute", "en", "plain",
  "Bruce Keating <bruce@keatingtransport.com.au>",
  "STOP INVOICING US FOR THE PALLET JACK", "Tue, 24 Sep 2024 15:44:03 +1000",
  """THIS IS THE THIRD TIME I'VE ASKED. WE RETURNED THE PALLET JACK IN APRIL (RETURN AUTHORITY RA# 7781,
YOUR DRIVER SIGNED FOR IT). YOU'RE STILL BILLING US MONTHLY HIRE ON IT - INV-11417, 11433 AND NOW 11460.

CREDIT ALL THREE AND STOP THE HIRE. NOT PAYING ANOTHER CENT ON THIS.

Bruce Keating
Keating Transport
""")

# D11 Taglish reply to SOA: item cancelled
M("dispute", "tl", "reply",
  "Maribel Flores <maribel.flores@southluzonresto.com>",
  "Re: Statement of Account - August 2024", "Tue, 10 Sep 2024 10:22:38 +0800",
  """Hi Ma'am Maricel,

May discrepancy po sa SOA. Yung SI 005233 po (PHP 23,400.00), hindi po namin natanggap yung items -
cancelled po yung order na yan last July pa, may email po kami kay Sir Carlo about it. Pa-cancel na
lang po sa system ninyo at pa-issue ng credit memo.

Yung iba po sa SOA okay naman po.

Salamat po,
Maribel

""" + gq("Noong Lun, Set 9, 2024 nang 4:40 PM, Maricel Santos <maricel.santos@example-supplies.com.au> ay sumulat:", """Hi Ma'am Maribel,

Attached po ang Statement of Account ninyo as of August 31, 2024. Total outstanding: PHP 71,850.00.

Thank you po!
Maricel
"""),
  to=MARICEL)

# D12 Taglish HTML overbilling
M("dispute", "tl", "html",
  "Ronaldo Santiago <ronaldo.santiago@northernpeak.ph>",
  "Concern re: Overbilling sa SI 005290", "Fri, 04 Oct 2024 14:16:02 +0800",
  html=olh(mp("""Good afternoon po,

Regarding po sa SI 005290 dated Sept 20, mukhang overbilled po kami. Ang napagkasunduan po sa quotation
(Q-2024-0877) ay PHP 1,250.00 per unit, pero PHP 1,480.00 po ang naka-charge sa invoice.
""") + tbl([["Item", "Qty", "Quoted price", "Invoiced price", "Difference"],
           ["Safety helmet w/ chin strap", "60", "1,250.00", "1,480.00", "13,800.00"]], head_bg="#FCE4D6") + mp("""
Paki-revise po yung invoice o mag-issue po ng credit memo para sa PHP 13,800.00. Hindi pa po namin
maipa-process yung payment hangga't hindi naaayos.

Salamat po,
Ronaldo Santiago
Purchasing Officer, Northern Peak Construction""")))

# D13 Taglish plain short delivery
M("dispute", "tl", "plain",
  "Cynthia Ocampo <cynthia.ocampo@batangasfreshmart.com>",
  "Kulang ang delivery - PO 4500150011", "Wed, 16 Oct 2024 09:03:47 +0800",
  """Hello po,

Kulang po yung delivery ng PO 4500150011 - 40 boxes lang po dumating pero 50 boxes ang nasa SI 005311.
Naka-note po sa receiving copy ng DR namin. Pa-adjust po ng invoice or pa-issue ng credit memo para
sa 10 boxes.

Thank you po,
Cynthia
Receiving / Accounting
""")

# D14 Chinese reply to collection: wrong unit price
M("dispute", "zh", "reply",
  "赵刚 <zhaogang@fsjiahe-kitchen.com>",
  "回复: 催款通知 INV-11455", "Mon, 21 Oct 2024 15:37:21 +0800",
  """陈小姐：

这张发票 INV-11455 的单价不对。合同价是每件 USD 3.20，发票上开的是 USD 3.80，5,000件差额 USD 3,000.00。
请开贷项通知单（Credit Note）冲减差额，或者作废后重开。问题解决之前我们暂不付款。

赵刚
佛山嘉和厨具有限公司 采购部

""" + gq("在 2024年10月21日 10:02，Chen Yu <chen.yu@example-supplies.com.au> 写道：", """赵先生您好，

发票 INV-11455（USD 19,000.00）已逾期15天，请尽快安排付款。

谢谢！
Chen Yu | Example Supplies
"""),
  to="Chen Yu <chen.yu@example-supplies.com.au>")

# D15 Chinese plain, duplicate invoice
M("dispute", "zh", "plain",
  "刘洋 <liuyang@bjhuaxin-medical.com>",
  "发票重复开具，请核实", "Thu, 07 Nov 2024 11:14:50 +0800",
  """您好，

我们在核对应付账款时发现，贵司10月份开具的 INV-11502 和 INV-11509 为同一批货（订单号 4500158820，
送货单 DN-77412），数量、金额完全相同，应为重复开票。我司只会支付其中一张。

请核实后作废 INV-11509，并回复确认。谢谢！

刘洋
北京华信医疗器械有限公司 财务部
""")

# D16 Chinese forward of QC report: damp goods
M("dispute", "zh", "forward",
  "马俊 <majun@xmdongfang-food.com>",
  "转发: 来料检验报告 - Example Supplies 第2批", "Tue, 12 Nov 2024 17:26:44 +0800",
  """Example Supplies 您好，

附上我们仓库的来料检验结果：这批货（发票 INV-11520）有12箱外箱受潮、内包装发霉，无法使用。
请尽快安排退货，并开具贷项通知单冲销这12箱对应的金额。在此之前该发票暂缓付款。

马俊 采购部

---------- 转发的邮件 ----------
发件人：品质部 <qc@xmdongfang-food.com>
日期：2024年11月12日 周二 14:05
收件人：马俊 <majun@xmdongfang-food.com>
主题：来料检验报告 - Example Supplies 第2批

马经理：
Example Supplies 第2批包装材料（共60箱）抽检结果：第3托共12箱外箱潮湿，内袋有霉点，判定不合格。
照片已上传到共享盘。建议整托退货。
品质部 林
""",
  att=[pdf("IQC_report_1112.pdf", ["INCOMING QUALITY CONTROL REPORT", "Supplier: Example Supplies Pty Ltd",
                                   "Invoice: INV-11520   Lot 2", "Rejected: 12 / 60 cartons (moisture, mould)",
                                   "Disposition: RETURN TO VENDOR"])])

# D17 German reply: quantity differs from order
M("dispute", "de", "reply",
  "Andrea Schulte <a.schulte@schulte-praxisbedarf.de>",
  "AW: Rechnung 90013702", "Mon, 23 Sep 2024 10:31:45 +0200",
  """Sehr geehrte Damen und Herren,

die Rechnung weicht von unserer Bestellung ab: Berechnet wurden 120 Stück Untersuchungsliegen-Papier
(Art. 44-210), bestellt und geliefert wurden jedoch nur 100 Stück (siehe Lieferschein 55810).

Bitte stornieren Sie die Rechnung und stellen Sie eine korrigierte Rechnung aus bzw. senden Sie uns
eine Gutschrift über die Differenz von EUR 186,00.

Mit freundlichen Grüßen
Andrea Schulte
Schulte Praxisbedarf e.K.

""" + ol("Example Supplies AR <ar@example-supplies.com.au>", "Freitag, 20. September 2024 09:15",
         "a.schulte@schulte-praxisbedarf.de", "Rechnung 90013702", """Sehr geehrte Frau Schulte,

anbei erhalten Sie unsere Rechnung 90013702 über EUR 1.116,00.

Mit freundlichen Grüßen
Example Supplies Pty Ltd
""", lang="de"))

# D18 German HTML: damaged delivery complaint
M("dispute", "de", "html",
  "Reklamation Weber Kliniken <einkauf@weber-kliniken.de>",
  "Reklamation – Lieferung vom 18.09.2024 beschädigt", "Fri, 20 Sep 2024 14:02:18 +0200",
  html=olh(mp("""Sehr geehrte Damen und Herren,

hiermit reklamieren wir Ihre Lieferung vom 18.09.2024 zu Rechnung 90013688 (Bestellung 4500160102):
""") + tbl([["Position", "Artikel", "Menge", "Mangel"],
           ["10", "Infusionsständer IS-5", "12", "4 Stück mit gebrochenem Fuß"],
           ["20", "Beistelltisch BT-2", "6", "Transportschaden, Oberfläche zerkratzt"]], head_bg="#EDEDED") + mp("""
Fotos und das Schadensprotokoll des Spediteurs liegen bei. Wir bitten um Ersatzlieferung der beschädigten
Teile oder um eine entsprechende Gutschrift. Bis zur Klärung wird die Rechnung nicht zur Zahlung freigegeben.

Mit freundlichen Grüßen
i.A. Oliver Seidel
Zentraleinkauf
Weber Kliniken GmbH · Klinikstraße 1 · 34117 Kassel""")),
  att=[pdf("Schadensprotokoll_180924.pdf", ["SCHADENSPROTOKOLL", "Spediteur: Dachser", "Empfaenger: Weber Kliniken GmbH",
                                            "Sendung 4500160102 - 2 Paletten", "Schaden: Pos. 10 (4 Stk), Pos. 20 (6 Stk)"])])

# D19 German plain: short payment with deduction reason
M("dispute", "de", "plain",
  "Heike Vogel <h.vogel@vogel-hotelbedarf.de>",
  "Zahlung Rechnung 90013744 – Kürzung Frachtkosten", "Tue, 15 Oct 2024 16:48:09 +0200",
  """Guten Tag,

wir haben die Rechnung 90013744 heute um EUR 215,00 gekürzt überwiesen. Laut Ihrem Angebot AN-2024-311
vom 02.08. erfolgt die Lieferung frei Haus; die auf der Rechnung ausgewiesenen Transportkosten
erkennen wir daher nicht an.

Bitte buchen Sie die Differenz aus bzw. senden Sie uns eine Gutschrift.

Freundliche Grüße
Heike Vogel
Vogel Hotelbedarf GmbH – Buchhaltung
""")

# D20 Traditional Chinese reply: quantity wrong
M("dispute", "zh-hant", "reply",
  "黃志明 <cm.huang@kaohsiungmarine.com.tw>",
  "回覆: 請款單 INV-11511", "Thu, 14 Nov 2024 09:51:33 +0800",
  """您好，

這張請款單的數量有誤：我們只收到 80 件，但請款單開立 100 件，且貨運簽收單上也是 80 件。
請更正後重新開立，或開立折讓單處理 20 件的差額。在更正前我們無法付款。

黃志明
高雄海洋設備股份有限公司 採購組

""" + ol("Desmond Lim <desmond.lim@example-supplies.com.au>", "Wednesday, November 13, 2024 3:20 PM",
         "黃志明 <cm.huang@kaohsiungmarine.com.tw>", "請款單 INV-11511", """Dear Mr Huang,

Attached please find invoice INV-11511 for USD 8,400.00 (100 pcs marine first aid kits).

Regards,
Desmond
""", lang="zh-hant"),
  to=DESMOND)

# D21 Indonesian reply: goods not to spec
M("dispute", "id", "reply",
  "Budi Santoso <budi.santoso@mitralabindo.co.id>",
  "Re: Reminder Pembayaran INV-11530", "Mon, 25 Nov 2024 10:05:27 +0700",
  """Selamat pagi Ibu,

Mohon maaf, invoice INV-11530 belum bisa kami bayar karena barang yang diterima tidak sesuai
spesifikasi di PO. Kami memesan sarung tangan nitril ukuran M (powder-free), tetapi yang dikirim
adalah ukuran L dengan powder. Barang sudah kami pisahkan di gudang dan siap diretur.

Mohon diterbitkan credit note untuk invoice tersebut atau dikirim pengganti sesuai PO.

Terima kasih,
Budi Santoso
Purchasing - PT Mitra Labindo

""" + gq("Pada tanggal Jum, 22 Nov 2024 pukul 14.10 Tan Wei Ling <weiling.tan@example-supplies.com.au> menulis:", """Dear Pak Budi,

Invoice INV-11530 for USD 2,640.00 is now overdue. Kindly advise the payment date.

Regards,
Wei Ling
"""),
  to=WEILING)

# D22 Japanese forward: quantity mismatch between delivery note and invoice
M("dispute", "ja", "forward",
  "小林 誠 <m.kobayashi@setouchi-medical.co.jp>",
  "転送: 納品数量と請求数量の相違について（INV-11544）", "Wed, 27 Nov 2024 16:22:08 +0900",
  """Example Supplies 御中

お世話になっております。瀬戸内メディカル購買部の小林です。

倉庫担当より下記の連絡がありました。INV-11544 の請求数量が実際の納品数量と異なっております。
ご確認のうえ、請求書の訂正または差額分の赤伝（クレジットノート）の発行をお願いいたします。
訂正されるまで本請求書のお支払いは保留させていただきます。

小林

---------- 転送メッセージ ----------
差出人: 倉庫管理 <soko@setouchi-medical.co.jp>
日付: 2024年11月27日(水) 13:40
件名: 納品数量と請求数量の相違について（INV-11544）
宛先: 小林 誠 <m.kobayashi@setouchi-medical.co.jp>

小林さん
Example Supplies の11/20納品分、納品書では滅菌ガーゼ 200箱ですが、実際の入荷は 180箱でした。
請求書も 200箱で来ているようです。確認をお願いします。
倉庫 田中
""")

# ================================================================ PAYMENT PROMISE (21)

# P1 AU reply: instalment plan
M("payment_promise", "en", "reply",
  "Daniel Rossi <daniel@baysidecafegroup.com.au>",
  "Re: Overdue account - Bayside Cafe Group", "Wed, 06 Nov 2024 21:14:40 +1100",
  """Sorry Jess, cash is tight this month after the Brighton fit-out. Can we do $2,000 on the 15th and
the balance ($3,480.60) on 29 Nov? I'll set both transfers up tomorrow so they go automatically.

Dan

""" + gq("On Tue, 5 Nov 2024 at 3:02 pm, Jess Whitfield <jess.whitfield@example-supplies.com.au> wrote:", """Hi Daniel,

Your account currently has $5,480.60 overdue, the oldest invoice being 62 days past terms. Please
arrange payment or contact me to discuss a payment plan.

Kind regards,
Jess Whitfield
Credit Controller
"""),
  to=JESS)

# P2 reply in invoice-copy thread: now approved, payment run date (hard case)
M("payment_promise", "en", "reply",
  "Gavin Teo <gavin.teo@riverinawines.com.au>",
  "RE: Copy of invoice INV-11560", "Mon, 21 Oct 2024 11:36:12 +1100",
  """Got it, thanks Tom. It's approved now and will go out in our Thursday 24 Oct payment run.

Gavin

""" + ol("Tom Gallagher <tom.gallagher@example-supplies.com.au>", "Monday, 21 October 2024 9:12 AM",
         "Gavin Teo <gavin.teo@riverinawines.com.au>", "Copy of invoice INV-11560", """Hi Gavin,

As requested please find attached a copy of INV-11560 ($2,145.00).

Regards,
Tom
"""),
  to=TOM)

# P3 US, scheduled ACH, multipart/alternative
_t = """Hi,

Just confirming that invoices 90013800 and 90013811 (total $4,982.60) are approved and scheduled for
payment on 11/08/2024 via ACH. Please allow a few days for the international transfer to arrive.

Best,
Jennifer Okafor
Accounts Payable | Pinecrest Veterinary Hospitals
"""
M("payment_promise", "en", "alternative",
  "Jennifer Okafor <jokafor@pinecrestvet.com>",
  "Payment scheduled - invoices 90013800, 90013811", "Fri, 01 Nov 2024 12:22:48 -0400",
  _t, html=olh(t2h(_t)))

# P4 Indian reply: release after management approval
M("payment_promise", "en", "reply",
  "Suresh Pillai <suresh.pillai@keralaspicesexports.in>",
  "RE: Overdue invoices - Kerala Spices Exports", "Tue, 12 Nov 2024 15:10:33 +0530",
  """Dear Priya,

We acknowledge the outstanding of USD 9,420.00 against INV-11580 and INV-11594. Due to the Diwali
holidays the approvals got delayed. The payment will be released by 25th November after management
approval, and I will share the SWIFT copy once done.

Regret the inconvenience caused.

Warm Regards,
Suresh Pillai
Accounts Officer
Kerala Spices Exports Pvt. Ltd., Kochi

""" + ol("Priya Nair <priya.nair@example-supplies.com.au>", "Monday, November 11, 2024 12:40 PM",
         "Suresh Pillai <suresh.pillai@keralaspicesexports.in>", "Overdue invoices - Kerala Spices Exports", """Dear Suresh,

INV-11580 (USD 5,100.00) and INV-11594 (USD 4,320.00) are now more than 30 days overdue. Could you
please share the payment date?

Regards,
Priya Nair
"""),
  to=PRIYA)

# P5 SG HTML payment schedule table
M("payment_promise", "en", "html",
  "Kelvin Goh <kelvin.goh@orchidlogistics.com.sg>",
  "Payment schedule - Orchid Logistics outstanding", "Thu, 14 Nov 2024 18:05:52 +0800",
  html=olh(mp("""Hi Wei Ling,

Further to our call, below is the payment schedule we can commit to for the outstanding invoices. Our
finance director has signed off on this.
""") + tbl([["Instalment", "Payment date", "Invoices covered", "Amount (SGD)"],
           ["1", "22 Nov 2024", "SI-2024-0512, SI-2024-0520", "6,800.00"],
           ["2", "06 Dec 2024", "SI-2024-0533", "5,215.40"],
           ["3", "20 Dec 2024", "SI-2024-0547, SI-2024-0551", "4,932.10"]]) + mp("""
Appreciate your understanding. We will email the remittance after each transfer.

Regards,
Kelvin Goh
Finance Manager
Orchid Logistics Pte Ltd""")),
  to=WEILING)

# P6 AU terse from phone
M("payment_promise", "en", "plain",
  "Shane Duggan <shane.duggan@dugganconcreting.com.au>",
  "Re: account", "Thu, 14 Nov 2024 16:58:31 +1000",
  """will pay by friday. sorry for the delay mate

Sent from my iPhone
""", thread=True)

# P7 US reply to final notice: ERP freeze, first run date
M("payment_promise", "en", "reply",
  "Angela Whitmore <awhitmore@harborviewimaging.com>",
  "RE: Final notice before collections - Acct 40122", "Tue, 19 Nov 2024 10:48:27 -0500",
  """Please don't send this to collections. Our new ERP go-live froze all AP payments for two weeks and
we're working through the backlog. Your invoices (90013822, 90013835, 90013851) are in the first
payment run after the freeze, which is Tuesday December 3.

I'll send the remittance that day.

Angela Whitmore
Director, Accounts Payable
Harborview Imaging Centers

This message may contain confidential and/or privileged information. If you are not the addressee or
authorized to receive this for the addressee, you must not use, copy, disclose, or take any action
based on this message or any information herein.

-----Original Message-----
From: Example Supplies AR <ar@example-supplies.com.au>
Sent: Monday, November 18, 2024 11:30 PM
To: Angela Whitmore <awhitmore@harborviewimaging.com>
Subject: Final notice before collections - Acct 40122

Dear Ms Whitmore,

Despite previous reminders, USD 15,307.20 remains unpaid on account 40122. Unless payment or a
payment arrangement is received within 7 days, the account will be referred to our collections agency.

Example Supplies Pty Ltd - Accounts Receivable
""")

# P8 forward of internal approval
M("payment_promise", "en", "forward",
  "Chloe Bennett <chloe.bennett@coralcoastresorts.com.au>",
  "Fwd: Payment approval - Example Supplies", "Mon, 25 Nov 2024 09:31:19 +1000",
  """Hi,

See below - our finance director has approved the overdue invoices, payment will be made on Friday
29 November. Sorry it took so long.

Chloe

---------- Forwarded message ---------
From: Martin Cole <martin.cole@coralcoastresorts.com.au>
Date: Sun, 24 Nov 2024 at 19:02
Subject: Re: Payment approval - Example Supplies
To: Chloe Bennett <chloe.bennett@coralcoastresorts.com.au>


Approved. Put them in this Friday's run.

M

On Fri, 22 Nov 2024 at 14:40, Chloe Bennett <chloe.bennett@coralcoastresorts.com.au> wrote:
> Martin, Example Supplies invoices 11602, 11618 and 11633 ($7,912.45) need your approval, they're
> over the $5k limit. Supplier is chasing.
""")

# P9 AU HTML reply to statement: will clear >60 days this week (hard case)
M("payment_promise", "en", "reply",
  "Natalie Brooks <natalie.brooks@ipswichmotorgroup.com.au>",
  "RE: Statement - October 2024", "Tue, 05 Nov 2024 13:20:44 +1000",
  html=olh(mp("""Thanks Tom.

We'll clear everything over 60 days this week (by Friday 8th) and the current items will be paid on
normal terms at the end of the month.

Regards,
Natalie Brooks
Accounts Payable | Ipswich Motor Group
""") + olq_h("Tom Gallagher <tom.gallagher@example-supplies.com.au>", "Monday, 4 November 2024 10:05 AM",
              "Natalie Brooks <natalie.brooks@ipswichmotorgroup.com.au>", "Statement - October 2024", mp("""Hi Natalie,

Please find attached your October statement. There are $6,240.00 in invoices over 60 days which we'd
appreciate being paid as a priority.

Regards,
Tom"""))),
  to=TOM)

# P10 SG plain: cheque signatory away
M("payment_promise", "en", "plain",
  "Priscilla Yeo <priscilla@yeoandsons.com.sg>",
  "Late payment - Yeo & Sons", "Mon, 11 Nov 2024 09:26:02 +0800",
  """Hi Wei Ling,

Apologies for the late payment. Our director is overseas and he's the only cheque signatory. He is back
on 18 Nov and will sign first thing, so payment will reach you by 20 Nov latest. Will courier the
cheque to your Ubi office.

Thank you for your patience.

Priscilla Yeo
Yeo & Sons Trading Pte Ltd
""", to=WEILING)

# P11 Taglish reply: next check run
M("payment_promise", "tl", "reply",
  "Ellen Mercado <ellen.mercado@laguna-industrial.com>",
  "Re: Payment reminder - SI 005340", "Thu, 07 Nov 2024 10:44:15 +0800",
  """Hi Ma'am Maricel,

Pasensya na po sa delay. Naka-schedule na po yung payment sa susunod na check run namin, Nov 15 po.
Ipapa-pickup na lang po namin sa inyo yung check or i-deposit na lang po namin diretso sa BDO ninyo,
alin po ang mas okay sa inyo?

Salamat po,
Ellen

""" + gq("On Wed, Nov 6, 2024 at 2:18 PM Maricel Santos <maricel.santos@example-supplies.com.au> wrote:", """Hi Ma'am Ellen,

Gentle reminder po na overdue na ang SI 005340 (PHP 64,200.00). Kailan po kaya ang payment?

Thank you po,
Maricel
"""),
  to=MARICEL)

# P12 Taglish plain: instalments
M("payment_promise", "tl", "plain",
  "Romy Dela Cruz <romydc.trading@yahoo.com>",
  "follow up po sa balance", "Tue, 19 Nov 2024 08:12:37 +0800",
  """Good morning po!

Follow up lang po, yung balance po namin na PHP 38,500 babayaran po namin in 2 installments: kalahati
po this Friday (Nov 22) at yung natitira po sa katapusan (Nov 29). Medyo mahina po kasi benta ngayong
buwan. Sana po okay lang.

Salamat po ng marami!

Romy
RDC Trading - Quezon City
""")

# P13 Taglish HTML: payment arrangement
M("payment_promise", "tl", "html",
  "Joy Ferrer <joy.ferrer@ilocoshardware.ph>",
  "Payment arrangement - Ilocos Hardware Center", "Fri, 22 Nov 2024 15:33:40 +0800",
  html=gmh(dv("""Hi Sir Carlo,

Regarding po sa overdue namin, nakausap ko na po si boss. Eto po yung plano namin:
""") + tbl([["Petsa", "Halaga", "Para sa"],
           ["Nov 29, 2024", "PHP 50,000.00", "SI 005298"],
           ["Dec 13, 2024", "PHP 50,000.00", "SI 005310 (partial)"],
           ["Dec 27, 2024", "PHP 27,450.00", "SI 005310 (balance)"]], head_bg="#E2EFDA") + dv("""
Sana po ma-approve para hindi na ma-hold yung mga bagong order namin. Ise-send ko po yung deposit slip
every payment.

Salamat po,
Joy Ferrer
Ilocos Hardware Center""")),
  to=CARLO)

# P14 Chinese reply
M("payment_promise", "zh", "reply",
  "何静 <hejing@cdtianfu-hotel.com>",
  "回复: 逾期账款提醒", "Wed, 13 Nov 2024 17:02:26 +0800",
  """刘小姐您好，

抱歉付款延迟了。这几张发票（INV-11610、INV-11625）已经走完审批，预计11月20日前安排付款，
付款后我会把水单发给您。

何静
成都天府酒店管理有限公司 财务部

""" + gq("在 2024年11月12日 周二 下午3:30，Liu Mei <liu.mei@example-supplies.com.au> 写道：", """何小姐您好，

贵司以下发票已逾期：INV-11610（USD 2,980.00）、INV-11625（USD 4,115.00），请尽快安排付款，谢谢。

Liu Mei
"""),
  to="Liu Mei <liu.mei@example-supplies.com.au>")

# P15 Chinese plain
M("payment_promise", "zh", "plain",
  "许文 <xuwen@jxruida-parts.com>",
  "关于INV-11641的付款", "Fri, 29 Nov 2024 16:45:09 +0800",
  """你好，

月底资金比较紧张，INV-11641（USD 6,730.00）这笔我们下个月10号前一定付清，请见谅，也请不要停我们的货。

许文
江西瑞达汽配
""", charset="gb2312")

# P16 Chinese HTML reply: statement confirmed, will pay Friday
M("payment_promise", "zh", "reply",
  "邓丽君 <denglj@zjhaorun-pack.com>",
  "回复: 对账单确认（截至11月30日）", "Tue, 03 Dec 2024 10:14:57 +0800",
  html="""<div style="font-family:微软雅黑;font-size:10.5pt"><div>Wang Fang 你好：</div>
<div>&nbsp;</div>
<div>对账无误。余额 CNY 52,300.00 我们将在本周五（12月6日）付款，到时候把回单发你。</div>
<div>&nbsp;</div>
<div>邓丽君</div><div>浙江浩润包装 财务</div>
<div>&nbsp;</div>
<div style="border-top:1px solid #b5c4df;padding-top:3pt;font-size:9pt">
<b>发件人：</b>Wang Fang &lt;wang.fang@example-supplies.com.au&gt;<br>
<b>发送时间：</b>2024年12月2日 9:20<br>
<b>收件人：</b>邓丽君 &lt;denglj@zjhaorun-pack.com&gt;<br>
<b>主题：</b>对账单确认（截至11月30日）</div>
<div>&nbsp;</div>
<div>邓小姐您好，附件是截至11月30日的对账单，余额 CNY 52,300.00，请核对确认。谢谢！</div>
<div>Wang Fang</div></div>
""", to="Wang Fang <wang.fang@example-supplies.com.au>")

# P17 German reply: next payment run
M("payment_promise", "de", "reply",
  "Martina Lorenz <m.lorenz@lorenz-kuechentechnik.de>",
  "AW: Zahlungserinnerung – offene Posten Oktober", "Fri, 08 Nov 2024 11:09:34 +0100",
  """Sehr geehrter Herr Gallagher,

danke für den Hinweis. Die offenen Rechnungen 90013780 und 90013795 sind freigegeben und werden mit
unserem nächsten Zahllauf am 14.11.2024 beglichen.

Mit freundlichen Grüßen
Martina Lorenz
Lorenz Küchentechnik GmbH

""" + gq("Am Do., 7. Nov. 2024 um 23:41 Uhr schrieb Tom Gallagher <tom.gallagher@example-supplies.com.au>:", """Dear Ms Lorenz,

Invoices 90013780 (EUR 2,310.00) and 90013795 (EUR 884.50) are now past due. Kindly arrange payment.

Regards,
Tom Gallagher
"""),
  to=TOM)

# P18 German plain: request for deferral with plan
M("payment_promise", "de", "plain",
  "Klaus Berger <k.berger@berger-sanitaer.de>",
  "Bitte um Zahlungsaufschub – Rechnung 90013905", "Mon, 25 Nov 2024 14:27:51 +0100",
  """Sehr geehrte Damen und Herren,

aufgrund eines verspäteten Zahlungseingangs bei einem Großkunden bitten wir um Zahlungsaufschub für
Ihre Rechnung 90013905 über EUR 6.480,00.

Wir schlagen vor, den Betrag in zwei Raten zu begleichen: EUR 3.240,00 am 15.12.2024 und den Rest
von EUR 3.240,00 am 15.01.2025. Für Ihr Verständnis bedanken wir uns im Voraus.

Mit freundlichen Grüßen
Klaus Berger
Geschäftsführer
Berger Sanitär- und Heizungstechnik GmbH
""")

# P19 Traditional Chinese reply
M("payment_promise", "zh-hant", "reply",
  "李佩珊 <peishan.li@hkgoldenharbour.com.hk>",
  "回覆: 逾期帳款通知 INV-11650", "Thu, 21 Nov 2024 12:18:05 +0800",
  """Desmond 你好，

不好意思，我們會計同事這週請假，所以付款延誤了。款項預計下週三（11月27日）匯出，
屆時會把銀行水單電郵給你。

李佩珊
金港貿易有限公司

""" + gq("於 2024年11月20日 週三 下午5:02，Desmond Lim <desmond.lim@example-supplies.com.au> 寫道：", """Dear Ms Li,

INV-11650 (HKD 24,800.00) is now 20 days overdue. Please advise payment date.

Regards,
Desmond
"""),
  to=DESMOND)

# P20 Malay reply
M("payment_promise", "ms", "reply",
  "Zainal Abidin <zainal@kualatrengganu-marine.com.my>",
  "Re: Invois tertunggak SI-2024-0560", "Wed, 27 Nov 2024 09:40:22 +0800",
  """Salam Cik Tan,

Maaf atas kelewatan. Kami akan buat bayaran penuh (MYR 12,640.00) sebelum 30 November melalui
pindahan bank. Bukti bayaran akan dihantar sebaik sahaja selesai.

Terima kasih atas kesabaran pihak puan.

Zainal Abidin
Pengurus Kewangan
KT Marine Services Sdn Bhd

""" + gq("Pada Sel, 26 Nov 2024 pada 4:15 PTG, Tan Wei Ling <weiling.tan@example-supplies.com.au> menulis:", """Dear Encik Zainal,

Invoice SI-2024-0560 (MYR 12,640.00) is overdue since 10 November. Please let us know when we can
expect payment.

Regards,
Wei Ling
"""),
  to=WEILING)

# P21 Japanese HTML
M("payment_promise", "ja", "html",
  "伊藤 由美 <y.ito@kyushu-dental.co.jp>",
  "お支払い予定日のご連絡（INV-11672）", "Mon, 02 Dec 2024 10:48:39 +0900",
  html="""<html><body><div style="font-family:'MS PGothic','Meiryo',sans-serif;font-size:10pt">
<p>Example Supplies Pty Ltd<br>経理ご担当者様</p>
<p>いつも大変お世話になっております。<br>株式会社九州デンタル 経理部の伊藤でございます。</p>
<p>先日ご連絡いただきました下記請求書のお支払いにつきまして、社内手続きに時間を要しておりまして
大変申し訳ございません。</p>
<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse">
<tr><td>請求書番号</td><td>INV-11672</td></tr>
<tr><td>金額</td><td>AUD 4,385.00</td></tr>
<tr><td>お支払い予定日</td><td><b>2024年12月13日（金）</b></td></tr>
</table>
<p>上記日程にて外国送金にてお支払いさせていただく予定です。<br>
今後ともよろしくお願い申し上げます。</p>
<p>株式会社九州デンタル<br>経理部　伊藤 由美<br>TEL 092-471-2208</p>
</div></body></html>
""")

# ================================================================ AUTO REPLY (18)

# A1 Outlook OOO with auto headers
M("auto_reply", "en", "plain",
  "Fiona McAllister <fiona.mcallister@westgateplumbingsupplies.com.au>",
  "Automatic reply: Statement of account - May 2024", "Mon, 03 Jun 2024 09:00:14 +1000",
  """Thank you for your email.

I am out of the office until Monday 10 June with limited access to email. For urgent accounts payable
matters, including payment and remittance queries, please contact ap@westgateplumbingsupplies.com.au
or call (03) 9314 6600.

Kind regards,
Fiona McAllister
""",
  hdr=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
       ("X-MS-Exchange-Inbox-Rules-Loop", "fiona.mcallister@westgateplumbingsupplies.com.au")])

# A2 Outlook OOO, HTML only, no auto headers at all
M("auto_reply", "en", "html",
  "Lisa Chang <lisa.chang@eastcoastpathology.com.au>",
  "Automatic reply: INV-11322 - adjusted invoice", "Fri, 03 May 2024 14:12:40 +1000",
  html=olh(mp("""Hi,

I'm currently on leave, returning Tuesday 14 May. Your email will not be forwarded.

For invoice or payment enquiries please email accounts@eastcoastpathology.com.au and one of the team
will assist.

Thanks,
Lisa""")))

# A3 ticketing auto-acknowledgement
M("auto_reply", "en", "plain",
  "AP Shared Services <apservices@crestlinehealth.com.au>",
  "[Ticket #AP-448213] We have received your email: Overdue invoices - Crestline Health",
  "Wed, 15 May 2024 11:30:52 +1000",
  """*** This is an automated response. Please do not reply to this email. ***

Thank you for contacting Crestline Health Accounts Payable Shared Services.

Your request has been logged as Ticket #AP-448213 and assigned to the Supplier Enquiries queue. Our
standard response time is 5 business days. To add information to this ticket, reply to this email
keeping the ticket number in the subject line.

Please note: invoices must be sent to invoices@crestlinehealth.com.au and must quote a valid Crestline
purchase order number. Payment runs occur every Wednesday.

Crestline Health - Finance Shared Services
""",
  hdr=[("X-Autoreply", "yes"), ("Precedence", "bulk")])

# A4 Exchange NDR as multipart/report
RAW("auto_reply", "en", "report", """
From: Microsoft Outlook <postmaster@harbourfreightlogistics.onmicrosoft.com>
To: <ar@example-supplies.com.au>
Date: Tue, 01 Oct 2024 09:02:33 +0000
Subject: Undeliverable: Statement of Account - September 2024
Message-ID: <8c1f6e0a-4b52-4f1e-9d2a-77b1c0a3e5f1@SY5P282MB4410.AUSP282.PROD.OUTLOOK.COM>
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="_000_8c1f6e0a4b524f1e9d2a77b1c0a3e5f1SY5P282MB4410AUSP_"
X-MS-Exchange-Message-Is-Ndr:
Content-Language: en-US

--_000_8c1f6e0a4b524f1e9d2a77b1c0a3e5f1SY5P282MB4410AUSP_
Content-Type: text/plain; charset="us-ascii"
Content-Transfer-Encoding: 7bit

Your message to accounts@harbourfreightlogistics.com.au couldn't be delivered.

accounts wasn't found at harbourfreightlogistics.com.au.

ar            Office 365            accounts
Action Required                     Recipient

Unknown To address

How to Fix It
The address may be misspelled or may not exist. Try one or more of the following:
- Retype the recipient's address, then resend the message.
- If you're using Outlook, open this message in Outlook and click "Send Again".
- Contact the recipient by some other means to confirm the address.

Diagnostic information for administrators:

Generating server: SY5P282MB4410.AUSP282.PROD.OUTLOOK.COM

accounts@harbourfreightlogistics.com.au
Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'

--_000_8c1f6e0a4b524f1e9d2a77b1c0a3e5f1SY5P282MB4410AUSP_
Content-Type: message/delivery-status

Reporting-MTA: dns;SY5P282MB4410.AUSP282.PROD.OUTLOOK.COM
Received-From-MTA: dns;SY4P282MB1980.AUSP282.PROD.OUTLOOK.COM
Arrival-Date: Tue, 1 Oct 2024 09:02:30 +0000

Final-Recipient: rfc822;accounts@harbourfreightlogistics.com.au
Action: failed
Status: 5.1.10
Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup

--_000_8c1f6e0a4b524f1e9d2a77b1c0a3e5f1SY5P282MB4410AUSP_
Content-Type: text/rfc822-headers

From: Example Supplies AR <ar@example-supplies.com.au>
To: "accounts@harbourfreightlogistics.com.au" <accounts@harbourfreightlogistics.com.au>
Subject: Statement of Account - September 2024
Date: Tue, 1 Oct 2024 09:02:28 +0000
Message-ID: <SY4P282MB1980A1B2C3D4E5F6A7B8C9D0E1F2@SY4P282MB1980.AUSP282.PROD.OUTLOOK.COM>
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="_004_SY4P282MB1980_"

--_000_8c1f6e0a4b524f1e9d2a77b1c0a3e5f1SY5P282MB4410AUSP_--
""")

# A5 plain-text bounce (exim style) with the original message copied in
M("auto_reply", "en", "plain",
  "Mail Delivery System <Mailer-Daemon@mx1.coastalvet.net.au>",
  "Mail delivery failed: returning message to sender", "Thu, 18 Jul 2024 05:41:09 +1000",
  """This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its recipients. This is a permanent
error. The following address(es) failed:

  kim.b@coastalvet.net.au
    host mail.coastalvet.net.au [203.0.113.44]
    SMTP error from remote mail server after RCPT TO:<kim.b@coastalvet.net.au>:
    550 5.1.1 <kim.b@coastalvet.net.au>: Recipient address rejected: User unknown in virtual mailbox table

------ This is a copy of the message, including all the headers. ------

Return-path: <ar@example-supplies.com.au>
Received: from mail-sy4aus01on2110.outbound.protection.outlook.com ([40.107.107.110])
	by mx1.coastalvet.net.au with esmtps (TLS1.2) tls TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384
	(Exim 4.96)
	id 1sUB7K-0004Qf-2b
	for kim.b@coastalvet.net.au; Thu, 18 Jul 2024 05:41:08 +1000
From: Example Supplies AR <ar@example-supplies.com.au>
To: "kim.b@coastalvet.net.au" <kim.b@coastalvet.net.au>
Subject: Overdue account reminder - Coastal Vet Group
Date: Wed, 17 Jul 2024 19:41:02 +0000

Dear Kim,

Our records show INV-10944 ($1,422.00) and INV-10968 ($389.50) remain unpaid beyond their due dates.
Please arrange payment or contact us if you have any questions.

Regards,
Example Supplies Accounts Receivable
""",
  to=AR_BARE,
  hdr=[("Auto-Submitted", "auto-replied"), ("X-Failed-Recipients", "kim.b@coastalvet.net.au")])

# A6 read receipt as multipart/report (disposition-notification)
RAW("auto_reply", "en", "report", """
From: Steve Mancuso <steve@mancusobrothers.com.au>
To: Tom Gallagher <tom.gallagher@example-supplies.com.au>
Date: Thu, 11 Apr 2024 07:58:47 +0000
Subject: Read: Overdue: INV-11288
Message-ID: <SY6P282MB3377B0B12F7F1C3E4D5A6B7C8D9E0F11@SY6P282MB3377.AUSP282.PROD.OUTLOOK.COM>
MIME-Version: 1.0
Content-Type: multipart/report; report-type=disposition-notification;
	boundary="_002_SY6P282MB3377B0B12F7F1C3E_"

--_002_SY6P282MB3377B0B12F7F1C3E_
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 7bit

Your message

  To: Steve Mancuso
  Subject: Overdue: INV-11288
  Sent: Thursday, 11 April 2024 10:15:02 AM (UTC+10:00) Canberra, Melbourne, Sydney

was read on Thursday, 11 April 2024 5:58:40 PM (UTC+10:00) Canberra, Melbourne, Sydney.

--_002_SY6P282MB3377B0B12F7F1C3E_
Content-Type: message/disposition-notification

Reporting-UA: SY6P282MB3377.AUSP282.PROD.OUTLOOK.COM; Microsoft Outlook 16.0
Final-Recipient: rfc822;steve@mancusobrothers.com.au
Original-Message-Id: <SY4P282MB19807C1D2E3F4A5B6C7D8E9F0A1B@SY4P282MB1980.AUSP282.PROD.OUTLOOK.COM>
Disposition: manual-action/MDN-sent-manually; displayed

--_002_SY6P282MB3377B0B12F7F1C3E_--
""")

# A7 US OOO, no auto headers
M("auto_reply", "en", "plain",
  "Marcy Delgado <mdelgado@cascadiadiagnostics.com>",
  "Out of Office: Past due invoices - Cascadia Diagnostics", "Mon, 16 Dec 2024 15:04:02 -0800",
  """Hello,

I'm currently on parental leave and will return on January 6, 2025. I will not be checking email during
this time. For anything related to vendor payments or invoice status, please reach out to
ap@cascadiadiagnostics.com, or for urgent matters contact our AP lead, Dana Kim, at (206) 555-0173.

Thank you,
Marcy
""")

# A8 AP mailbox auto-acknowledgement that talks about invoices
M("auto_reply", "en", "plain",
  "Invoices - Wollongong Regional Council <invoices@wollongongrc.example.gov.au>",
  "RE: Invoice INV-11426 resubmitted", "Tue, 17 Sep 2024 08:00:03 +1000",
  """This is an automatic acknowledgement. Your email has been received by the Accounts Payable team.

Please do not resend invoices - duplicates delay processing. Allow up to 10 business days for invoices
to be registered. To be paid, invoices must:
  - be addressed to Wollongong Regional Council
  - quote a valid official order number (e.g. 4500xxxxxx)
  - show your ABN and the GST amount

For payment status enquiries, please call the Supplier Hotline on 1300 552 870 (Mon-Fri 9am-4pm).

This mailbox is not monitored for replies.
""",
  hdr=[("Auto-Submitted", "auto-generated")])

# A9 Gmail vacation responder in Taglish, subject keeps the original thread (no auto headers)
M("auto_reply", "tl", "plain",
  "Maribel Flores <maribel.flores@southluzonresto.com>",
  "Re: Statement of Account - October 2024", "Mon, 25 Nov 2024 08:03:11 +0800",
  """Hi! Naka-leave po ako hanggang December 2 (Lunes). Limited lang po access ko sa email.

For urgent concerns sa payments at accounting, please email accounting@southluzonresto.com o tumawag
po sa (049) 531-8820 loc. 105.

Salamat po!
Maribel
""", thread=True)

# A10 Chinese OOO with X-Autoreply
M("auto_reply", "zh", "plain",
  "黄婷婷 <huangtt@shjinghui-lab.com>",
  "自动回复: 对账单 - 2024年9月", "Tue, 01 Oct 2024 09:15:27 +0800",
  """您好，我目前正在休假（10月1日至10月7日国庆假期），期间无法及时回复邮件。
如有付款或发票相关紧急事宜，请联系财务部 周先生，电话 021-5488 6601。
节后回来会尽快处理您的邮件，谢谢！

黄婷婷
""",
  hdr=[("X-Autoreply", "yes"), ("Auto-Submitted", "auto-replied")])

# A11 Chinese provider bounce as HTML
M("auto_reply", "zh", "html",
  "系统退信 <postmaster@mail.dgxinghe-plastics.cn>",
  "系统退信/Undelivered Mail Returned to Sender", "Wed, 16 Oct 2024 10:22:48 +0800",
  html="""<html><body style="font-family:'Microsoft YaHei',Arial;font-size:14px">
<div style="width:600px;border:1px solid #e3e3e3;padding:20px">
<h3 style="color:#d9534f;margin-top:0">很抱歉您的邮件没有发送成功</h3>
<table cellpadding="6" style="font-size:13px">
<tr><td style="color:#888">收件人：</td><td>caiwu01@dgxinghe-plastics.cn</td></tr>
<tr><td style="color:#888">原邮件主题：</td><td>Payment reminder - INV-11470 / 付款提醒</td></tr>
<tr><td style="color:#888">发送时间：</td><td>2024-10-16 10:22:41</td></tr>
<tr><td style="color:#888">退信原因：</td><td>收件人邮箱不存在或已被停用（550 User not found: caiwu01@dgxinghe-plastics.cn）</td></tr>
</table>
<p style="color:#555">建议：请核实收件人地址是否正确，或通过其他方式联系收件人。</p>
<p style="color:#aaa;font-size:12px">此邮件为系统自动发送，请勿回复。<br>
This is an automatically generated delivery status notification. Delivery to the following recipient failed permanently: caiwu01@dgxinghe-plastics.cn</p>
</div></body></html>
""",
  hdr=[("Auto-Submitted", "auto-generated")])

# A12 German OOO with auto headers
M("auto_reply", "de", "plain",
  "Petra Haas <p.haas@vogt-medtech.de>",
  "Abwesenheitsnotiz: Zahlungserinnerung 90013122", "Mon, 12 Aug 2024 08:30:19 +0200",
  """Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 23.08.2024 nicht im Büro. Ihre Nachricht wird nicht weitergeleitet.
In dringenden Fällen (Zahlungen, Rechnungsklärung) wenden Sie sich bitte an
kreditoren@vogt-medtech.de oder telefonisch an +49 7461 9630-240.

Mit freundlichen Grüßen
Petra Haas
""",
  hdr=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")])

# A13 German OOO HTML, no auto headers
M("auto_reply", "de", "html",
  "Oliver Seidel <o.seidel@weber-kliniken.de>",
  "Automatische Antwort: Reklamation 90013688 – Gutschrift", "Thu, 10 Oct 2024 13:02:55 +0200",
  html=olh(mp("""Guten Tag,

vielen Dank für Ihre E-Mail. Ich befinde mich bis zum 18.10.2024 im Urlaub und habe keinen Zugriff auf
meine E-Mails. Ihre Nachricht wird nach meiner Rückkehr bearbeitet.

Bei Fragen zu Bestellungen wenden Sie sich bitte an einkauf@weber-kliniken.de.

Freundliche Grüße
Oliver Seidel
Zentraleinkauf – Weber Kliniken GmbH"""), font="Arial,sans-serif", size="10.0pt"))

# A14 German invoice-inbox receipt confirmation
M("auto_reply", "de", "plain",
  "Rechnungseingang Hanseatische Laborbedarf <rechnungseingang@hanseatische-laborbedarf.de>",
  "Eingangsbestätigung: Rechnung 90013751", "Mon, 07 Oct 2024 02:14:36 +0200",
  """Dies ist eine automatisch generierte Nachricht – bitte antworten Sie nicht darauf.

Ihre E-Mail ist in unserem zentralen Rechnungseingang eingegangen und wird automatisch verarbeitet.

Bitte beachten Sie:
- Rechnungen bitte ausschließlich als PDF-Anhang (eine Rechnung pro Datei) senden.
- Mahnungen, Kontoauszüge und Anfragen zum Zahlungsstatus richten Sie bitte an
  kreditoren@hanseatische-laborbedarf.de.
- Rechnungen ohne gültige Bestellnummer können nicht bearbeitet werden.

Hanseatische Laborbedarf GmbH
Zentraler Rechnungseingang
""",
  hdr=[("Auto-Submitted", "auto-generated"), ("Precedence", "auto_reply")])

# A15 German Exchange NDR, multipart/report
RAW("auto_reply", "de", "report", """
From: Microsoft Outlook <postmaster@brandt-gastro.de>
To: <ar@example-supplies.com.au>
Date: Wed, 13 Nov 2024 06:11:20 +0000
Subject: Unzustellbar: Kontoauszug Kundennr. 20611 – Stand 31.10.2024
Message-ID: <d2e8a1f4-7c3b-4a90-b1e6-5f0c9a2d8e33@FR3P281MB1122.DEUP281.PROD.OUTLOOK.COM>
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="_000_d2e8a1f47c3b4a90b1e65f0c9a2d8e33FR3P281MB1122DEUP_"
Content-Language: de-DE

--_000_d2e8a1f47c3b4a90b1e65f0c9a2d8e33FR3P281MB1122DEUP_
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

Ihre Nachricht an j.brandt@brandt-gastro.de konnte nicht übermittelt werden.

j.brandt wurde bei brandt-gastro.de nicht gefunden.

Aktion erforderlich
Unbekannte An-Adresse

So beheben Sie das Problem
Möglicherweise ist die Adresse falsch geschrieben oder existiert nicht. Versuchen Sie Folgendes:
- Geben Sie die Adresse des Empfängers erneut ein, und senden Sie die Nachricht erneut.
- Wenden Sie sich auf anderem Weg an den Empfänger, um die Adresse zu bestätigen.

Diagnoseinformationen für Administratoren:

Generierender Server: FR3P281MB1122.DEUP281.PROD.OUTLOOK.COM

j.brandt@brandt-gastro.de
Remoteserver hat '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup' zurückgegeben

--_000_d2e8a1f47c3b4a90b1e65f0c9a2d8e33FR3P281MB1122DEUP_
Content-Type: message/delivery-status

Reporting-MTA: dns;FR3P281MB1122.DEUP281.PROD.OUTLOOK.COM
Received-From-MTA: dns;SY4P282MB1980.AUSP282.PROD.OUTLOOK.COM
Arrival-Date: Wed, 13 Nov 2024 06:11:18 +0000

Final-Recipient: rfc822;j.brandt@brandt-gastro.de
Action: failed
Status: 5.1.10
Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup

--_000_d2e8a1f47c3b4a90b1e65f0c9a2d8e33FR3P281MB1122DEUP_
Content-Type: text/rfc822-headers

From: Example Supplies AR <ar@example-supplies.com.au>
To: "j.brandt@brandt-gastro.de" <j.brandt@brandt-gastro.de>
Subject: =?utf-8?Q?Kontoauszug_Kundennr._20611_=E2=80=93_Stand_31.10.2024?=
Date: Wed, 13 Nov 2024 06:11:15 +0000
Message-ID: <SY4P282MB1980F0E1D2C3B4A59687@SY4P282MB1980.AUSP282.PROD.OUTLOOK.COM>
MIME-Version: 1.0

--_000_d2e8a1f47c3b4a90b1e65f0c9a2d8e33FR3P281MB1122DEUP_--
""")

# A16 Traditional Chinese OOO
M("auto_reply", "zh-hant", "plain",
  "王淑芬 <shufen.wang@tcmeichi.com.tw>",
  "自動回覆: 對帳單 / Statement as at 30 Nov", "Tue, 03 Dec 2024 08:45:02 +0800",
  """您好，

本人 12/2 至 12/6 出差，期間僅能不定時收信。
付款及發票相關問題請洽會計課 陳小姐（分機 305，acct@tcmeichi.com.tw）。

謝謝！
王淑芬
""",
  hdr=[("X-Autoreply", "yes")])

# A17 Indonesian OOO
M("auto_reply", "id", "plain",
  "Rina Kusumawati <rina.k@nusantarahotelgroup.co.id>",
  "Balasan Otomatis: Statement of Account per 31 Oktober 2024", "Mon, 18 Nov 2024 07:02:44 +0700",
  """Terima kasih atas email Anda.

Saya sedang cuti hingga tanggal 25 November 2024. Untuk urusan pembayaran dan invoice, silakan
menghubungi tim Accounts Payable di ap@nusantarahotelgroup.co.id.

Salam,
Rina Kusumawati
""",
  hdr=[("Auto-Submitted", "auto-replied")])

# A18 Japanese OOO, ISO-2022-JP, no auto headers
M("auto_reply", "ja", "plain",
  "中村 亜希子 <a.nakamura@hokuriku-kiki.co.jp>",
  "自動応答: ご請求書送付のご案内（INV-11196）", "Mon, 12 Aug 2024 09:00:31 +0900",
  """誠に勝手ながら、8月10日（土）から8月18日（日）まで夏季休暇をいただいております。
お問い合わせにつきましては、8月19日（月）以降順次対応させていただきます。

お急ぎの場合は、管理部（kanri@hokuriku-kiki.co.jp）までご連絡ください。

北陸機器株式会社　中村
""", charset="iso-2022-jp")

# ================================================================ PORTAL NOTIFICATION (11)

# N1 Coupa invoice approved, alternative
_t = """Kestrel Hospitality Group

Invoice INV-11571 has been approved

Hello Example Supplies Pty Ltd,

Your invoice INV-11571 for 2,145.00 AUD submitted to Kestrel Hospitality Group has been approved and
is now scheduled for payment according to your payment terms (Net 30 EOM).

Invoice date: 09/10/24
PO number: 4500156310

View the invoice in the Coupa Supplier Portal: https://supplier.coupahost.com/invoices

Powered by Coupa | Privacy Policy
You are receiving this because you are a registered supplier contact for Kestrel Hospitality Group.
"""
M("portal_notification", "en", "alternative",
  "Kestrel Hospitality Group <do_not_reply@kestrelhg.coupahost.com>",
  "Invoice INV-11571 Approved", "Fri, 18 Oct 2024 03:12:09 +0000",
  _t, html="""<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#333">
<table width="600" cellpadding="0" cellspacing="0" align="center"><tr><td style="padding:16px;border-bottom:3px solid #1a6aab"><b>Kestrel Hospitality Group</b></td></tr>
<tr><td style="padding:20px 16px"><h2 style="font-size:18px;margin:0 0 12px">Invoice INV-11571 has been approved</h2>
<p>Hello Example Supplies Pty Ltd,</p>
<p>Your invoice <b>INV-11571</b> for <b>2,145.00 AUD</b> submitted to Kestrel Hospitality Group has been approved and is now scheduled for payment according to your payment terms (Net 30 EOM).</p>
<table cellpadding="4" style="font-size:13px"><tr><td style="color:#777">Invoice date</td><td>09/10/24</td></tr><tr><td style="color:#777">PO number</td><td>4500156310</td></tr></table>
<p><a href="https://supplier.coupahost.com/invoices" style="background:#1a6aab;color:#fff;padding:8px 14px;text-decoration:none;border-radius:3px">View Invoice</a></p>
</td></tr><tr><td style="padding:12px 16px;font-size:11px;color:#999">Powered by Coupa | Privacy Policy<br>You are receiving this because you are a registered supplier contact for Kestrel Hospitality Group.</td></tr></table>
</body></html>
""")

# N2 Coupa invoice disputed (content is a dispute, but it is a portal notification)
M("portal_notification", "en", "html",
  "Westbridge University <do_not_reply@westbridge.coupahost.com>",
  "Invoice 90013626 has been Disputed by Westbridge University", "Wed, 10 Jul 2024 22:40:51 +0000",
  html="""<html><body style="font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#2b2b2b;background:#f5f5f5">
<table width="620" align="center" cellpadding="0" cellspacing="0" style="background:#fff">
<tr><td style="padding:18px 24px;background:#00263a;color:#fff;font-size:16px">Westbridge University &middot; Supplier Notification</td></tr>
<tr><td style="padding:24px">
<p>Invoice <b>90013626</b> has been disputed.</p>
<table cellpadding="5" style="font-size:13px;border:1px solid #ddd;width:100%">
<tr><td style="color:#777;width:40%">Supplier</td><td>Example Supplies Pty Ltd</td></tr>
<tr><td style="color:#777">Invoice total</td><td>4,118.00 USD</td></tr>
<tr><td style="color:#777">Dispute reason</td><td>Price Discrepancy</td></tr>
<tr><td style="color:#777">Comments</td><td>Unit price on line 2 does not match PO 4500151920 (contract price 18.40). Please submit a credit note and a corrected invoice via the portal.</td></tr>
</table>
<p>To respond, log in to the Coupa Supplier Portal, open the invoice and select <i>Resolve Dispute</i>. Replies to this email are not monitored.</p>
<p style="font-size:11px;color:#888">Powered by Coupa. This is an automatically generated message.</p>
</td></tr></table></body></html>
""")

# N3 Coupa PO published, alternative
_t = """Purchase Order #4500160021 from Westbridge University

Westbridge University has sent you a new purchase order.

PO Number: 4500160021
Order date: 08/28/24
Ship to: Westbridge University - School of Biomedical Sciences, Receiving Dock 3
Payment terms: Net 45
Total: 9,860.00 USD

Lines
1  Microcentrifuge tubes 1.5ml (case 5000)   x 20   2,300.00
2  Nitrile gloves M (carton 1000)            x 40   5,880.00
3  Sharps container 7L                       x 60   1,680.00

Please acknowledge this order in the Coupa Supplier Portal. Invoices must reference this PO number.

Powered by Coupa
"""
M("portal_notification", "en", "alternative",
  "Westbridge University <do_not_reply@westbridge.coupahost.com>",
  "Purchase Order #4500160021 from Westbridge University", "Wed, 28 Aug 2024 16:05:44 +0000",
  _t, html="<html><body style=\"font-family:Arial;font-size:13px\">" + t2h(_t) + "</body></html>\n",
  to="Example Supplies Orders <orders@example-supplies.com.au>", cc=AR_BARE)

# N4 Ariba PO (HTML)
M("portal_notification", "en", "html",
  "Bluewater Resources <ordersender-prod@ansmtp.ariba.com>",
  "Bluewater Resources Ltd sent a new Order 4500160700", "Mon, 02 Sep 2024 01:22:15 +0000",
  html="""<html><body style="font-family:Arial,Helvetica,sans-serif;font-size:12px">
<table width="680" cellpadding="8" cellspacing="0" style="border:1px solid #cfd8dc">
<tr><td style="background:#354a5f;color:#ffffff;font-size:15px">SAP Business Network</td></tr>
<tr><td>
<p><b>Bluewater Resources Ltd</b> sent a new purchase order to <b>Example Supplies Pty Ltd</b>.</p>
<table cellpadding="4" cellspacing="0" style="font-size:12px">
<tr><td>Order Number:</td><td>4500160700</td></tr>
<tr><td>Amount:</td><td>$27,412.80 AUD</td></tr>
<tr><td>Requested delivery:</td><td>16 Sep 2024</td></tr>
<tr><td>Ship To:</td><td>Bluewater Resources - Mt Isa Site Store, QLD 4825</td></tr>
</table>
<p><a href="https://service.ariba.com/Supplier.aw">Process order</a></p>
<p style="color:#777;font-size:11px">Ariba Network ID of buyer: AN01488213307. You are receiving this email because your account is
configured to receive purchase orders by email. Please do not reply to this message.</p>
</td></tr></table></body></html>
""",
  to="Example Supplies Orders <orders@example-supplies.com.au>", cc=AR_BARE)

# N5 Ariba invoice rejected, alternative
_t = """SAP Business Network

Invoice status update

The status of invoice INV-11414 you sent to Bluewater Resources Ltd has changed.

Invoice number: INV-11414
Invoice date: 13 Sep 2024
Purchase order: 4500160700
New status: Rejected
Reason: Invoice quantity exceeds goods receipt quantity (line 3). Please cancel and resubmit.

To view the invoice, log in to your account at https://supplier.ariba.com

This message was sent by SAP Business Network on behalf of Bluewater Resources Ltd.
"""
M("portal_notification", "en", "alternative",
  "SAP Business Network <no-reply@ansmtp.ariba.com>",
  "Invoice INV-11414 status changed to Rejected", "Wed, 18 Sep 2024 07:48:30 +0000",
  _t, html="""<html><body style="font-family:'72',Arial,sans-serif;font-size:13px;color:#32363a">
<div style="max-width:640px;margin:auto;border:1px solid #e5e5e5">
<div style="background:#0a6ed1;color:#fff;padding:12px 18px;font-size:15px">SAP Business Network</div>
<div style="padding:18px">
<h3 style="margin-top:0">Invoice status update</h3>
<p>The status of invoice <b>INV-11414</b> you sent to <b>Bluewater Resources Ltd</b> has changed.</p>
<table cellpadding="4" style="font-size:13px">
<tr><td>Invoice number</td><td>INV-11414</td></tr><tr><td>Invoice date</td><td>13 Sep 2024</td></tr>
<tr><td>Purchase order</td><td>4500160700</td></tr><tr><td>New status</td><td style="color:#bb0000"><b>Rejected</b></td></tr>
<tr><td>Reason</td><td>Invoice quantity exceeds goods receipt quantity (line 3). Please cancel and resubmit.</td></tr>
</table>
<p><a href="https://supplier.ariba.com">Log in to view the invoice</a></p>
<p style="font-size:11px;color:#6a6d70">This message was sent by SAP Business Network on behalf of Bluewater Resources Ltd.</p>
</div></div></body></html>
""")

# N6 Ariba account registration action required
M("portal_notification", "en", "html",
  "SAP Business Network <supplier-registration@ansmtp.ariba.com>",
  "Action required: Complete your SAP Business Network registration for Harbourview Health",
  "Tue, 05 Nov 2024 23:10:02 +0000",
  html="""<html><body style="font-family:Arial,sans-serif;font-size:13px;color:#32363a">
<table width="640" align="center" cellpadding="0" cellspacing="0"><tr><td style="padding:14px 20px;background:#354a5f;color:#fff">SAP Business Network</td></tr>
<tr><td style="padding:20px">
<p>Hello Example Supplies Pty Ltd,</p>
<p><b>Harbourview Health</b> has invited you to transact with them on SAP Business Network. To receive purchase
orders and submit invoices electronically, you must complete your supplier account registration.</p>
<p style="background:#fff3cd;padding:10px;border:1px solid #ffe08a">This invitation expires on <b>19 November 2024</b>.
Harbourview Health will not be able to process invoices submitted outside SAP Business Network after 1 January 2025.</p>
<p><a href="https://service.ariba.com/Supplier.aw/ad/register" style="background:#0a6ed1;color:#fff;padding:8px 16px;text-decoration:none">Register now</a></p>
<p>If you already have a Standard or Enterprise account, log in and accept the trading relationship request.</p>
<p style="font-size:11px;color:#888">SAP Business Network, 3420 Hillview Ave, Palo Alto, CA 94304. Please do not reply to this automated message.</p>
</td></tr></table></body></html>
""")

# N7 Ariba remittance notification (portal) - HTML
M("portal_notification", "en", "html",
  "Bluewater Resources Ltd <ordersender-prod@ansmtp.ariba.com>",
  "Bluewater Resources Ltd sent you a Remittance Advice 2000044178", "Fri, 25 Oct 2024 04:33:58 +0000",
  html="""<html><body style="font-family:Arial,sans-serif;font-size:12px">
<table width="660" cellpadding="8" cellspacing="0" style="border:1px solid #cfd8dc">
<tr><td style="background:#354a5f;color:#fff;font-size:15px">SAP Business Network</td></tr>
<tr><td>
<p>Bluewater Resources Ltd has sent you a remittance advice through SAP Business Network.</p>
<table cellpadding="4" style="font-size:12px">
<tr><td>Remittance ID:</td><td>2000044178</td></tr>
<tr><td>Payment date:</td><td>25 Oct 2024</td></tr>
<tr><td>Net amount:</td><td>$31,094.55 AUD</td></tr>
<tr><td>Payment method:</td><td>EFT</td></tr>
<tr><td>Number of invoices:</td><td>4</td></tr>
</table>
<p>Log in to your account to view the full remittance details and the invoices included in this payment.</p>
<p><a href="https://service.ariba.com/Supplier.aw">View remittance</a></p>
<p style="color:#777;font-size:11px">Please do not reply to this email. This mailbox is not monitored.</p>
</td></tr></table></body></html>
""")

# N8 Taulia early payment offer, alternative
_t = """Early payment is available for 3 of your invoices

Hi Example Supplies Pty Ltd,

Pacific Rail Services is offering early payment on the following approved invoices:

  INV-11588   AUD 4,250.00   due 30 Nov 2024
  INV-11597   AUD 1,980.40   due 30 Nov 2024
  INV-11603   AUD 6,615.00   due 31 Dec 2024

Get paid as soon as 2 business days for a discount of 1.2% - 2.1%.
Log in to Taulia to review the offer: https://app.taulia.com/supplier

Taulia Inc. | You are receiving this email as a registered Taulia user. Manage your notification settings in your profile.
"""
M("portal_notification", "en", "alternative",
  "Taulia <noreply@taulia.com>",
  "Early payment available for 3 invoices from Pacific Rail Services", "Thu, 07 Nov 2024 19:02:11 +0000",
  _t, html="""<html><body style="font-family:Helvetica,Arial,sans-serif;color:#1d2b36;font-size:14px">
<table width="600" align="center" cellspacing="0" cellpadding="0"><tr><td style="padding:20px;border-top:4px solid #00a39a">
<h2 style="font-size:20px">Early payment is available for 3 of your invoices</h2>
<p>Hi Example Supplies Pty Ltd,</p>
<p>Pacific Rail Services is offering early payment on the following approved invoices:</p>
<table cellpadding="6" cellspacing="0" style="border-collapse:collapse;font-size:13px">
<tr style="background:#eef7f6"><th align="left">Invoice</th><th align="right">Amount</th><th align="left">Due date</th></tr>
<tr><td>INV-11588</td><td align="right">AUD 4,250.00</td><td>30 Nov 2024</td></tr>
<tr><td>INV-11597</td><td align="right">AUD 1,980.40</td><td>30 Nov 2024</td></tr>
<tr><td>INV-11603</td><td align="right">AUD 6,615.00</td><td>31 Dec 2024</td></tr>
</table>
<p>Get paid as soon as 2 business days for a discount of 1.2% - 2.1%.</p>
<p><a href="https://app.taulia.com/supplier" style="background:#00a39a;color:#fff;padding:10px 18px;text-decoration:none;border-radius:4px">Review offer</a></p>
<p style="font-size:11px;color:#8a99a6">Taulia Inc. | You are receiving this email as a registered Taulia user. Manage your notification settings in your profile.</p>
</td></tr></table></body></html>
""")

# N9 Taulia invoice paid status - HTML
M("portal_notification", "en", "html",
  "Pacific Rail Services via Taulia <notifications@taulia.com>",
  "Invoice status update: INV-11540 is Paid", "Tue, 29 Oct 2024 21:15:40 +0000",
  html="""<html><body style="font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#1d2b36">
<div style="max-width:600px;margin:0 auto;border-top:4px solid #00a39a;padding:20px">
<p>Hi Example Supplies Pty Ltd,</p>
<p>The status of an invoice you submitted to <b>Pacific Rail Services</b> has changed.</p>
<div style="border:1px solid #d9e2e7;padding:12px;margin:12px 0">
Invoice number: <b>INV-11540</b><br>
Amount: AUD 3,377.25<br>
Status: <span style="color:#00a39a"><b>Paid</b></span><br>
Payment date: 29 Oct 2024<br>
Payment reference: PRS-EFT-0091245
</div>
<p>See all invoice and payment details on the Taulia supplier portal.</p>
<p style="font-size:11px;color:#8a99a6">Please do not reply to this message. Replies are not monitored.<br>Taulia Inc., 201 Mission St, San Francisco, CA</p>
</div></body></html>
""")

# N10 German Coupa: invoice approved, alternative
_t = """Rheinland Maschinenbau GmbH

Rechnung 90013615 wurde genehmigt

Hallo Example Supplies Pty Ltd,

Ihre Rechnung 90013615 über 11.087,25 EUR an Rheinland Maschinenbau GmbH wurde genehmigt und wird
gemäß den vereinbarten Zahlungsbedingungen (30 Tage netto) zur Zahlung freigegeben.

Rechnung im Coupa Supplier Portal anzeigen: https://supplier.coupahost.com/invoices

Powered by Coupa | Datenschutz
Sie erhalten diese E-Mail, weil Sie als Lieferantenkontakt von Rheinland Maschinenbau GmbH registriert sind.
"""
M("portal_notification", "de", "alternative",
  "Rheinland Maschinenbau GmbH <do_not_reply@rheinland-mb.coupahost.com>",
  "Rechnung 90013615 genehmigt", "Mon, 26 Aug 2024 06:30:12 +0000",
  _t, html="<html><body style=\"font-family:Arial,sans-serif;font-size:14px\">" + t2h(_t) + "</body></html>\n")

# N11 Japanese SAP Business Network invoice status
M("portal_notification", "ja", "html",
  "SAP Business Network <no-reply@ansmtp.ariba.com>",
  "請求書のステータスが更新されました: INV-11188 (承認済み)", "Thu, 03 Oct 2024 02:05:40 +0000",
  html="""<html><body style="font-family:'Meiryo','Hiragino Sans',sans-serif;font-size:13px;color:#32363a">
<div style="max-width:640px;margin:auto;border:1px solid #e5e5e5">
<div style="background:#0a6ed1;color:#fff;padding:12px 18px">SAP Business Network</div>
<div style="padding:18px">
<p>Example Supplies Pty Ltd 様</p>
<p>北陸機器株式会社 宛に送信された請求書のステータスが変更されました。</p>
<table cellpadding="4" style="font-size:13px">
<tr><td>請求書番号</td><td>INV-11188</td></tr>
<tr><td>請求書日付</td><td>2024/09/25</td></tr>
<tr><td>金額</td><td>486,200 JPY</td></tr>
<tr><td>新しいステータス</td><td><b>承認済み</b></td></tr>
</table>
<p>詳細はアカウントにログインしてご確認ください。https://supplier.ariba.com</p>
<p style="font-size:11px;color:#6a6d70">このメッセージは 北陸機器株式会社 に代わり SAP Business Network から送信されています。このメールには返信しないでください。</p>
</div></div></body></html>
""")

# ================================================================ OTHER (19)

# O1 bank-detail change notice from a vendor (suspicious), full of payment words
M("other", "en", "plain",
  "Finance Department <finance@aussiepackaging-co.com>",
  "URGENT: Change of Banking Details - Aussie Packaging Co", "Wed, 13 Mar 2024 07:14:52 +1100",
  """Dear Valued Customer,

Please be advised that due to an internal audit, our banking details have changed effective
immediately. All future payments, including any outstanding invoices, must be made to the new account
below. Payments made to the old account will not be honoured.

Account name: Aussie Packaging Co
BSB: 013-442
Account: 4481 9023

Kindly update your vendor master file and confirm by return email once done. Please do not call our
office as the phones are being upgraded this week.

Regards,
Accounts Department
Aussie Packaging Co
""",
  reply_to="accounts.aussiepackaging@outlook.com")

# O2 newsletter, HTML
M("other", "en", "html",
  "Creditflow Insights <news@creditflow.io>",
  "The AR Digest - October: 5 ways to cut DSO before Christmas", "Tue, 08 Oct 2024 20:00:00 +0000",
  html="""<html><body style="margin:0;background:#f0f2f5">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;font-family:Georgia,serif;color:#222">
<tr><td style="padding:28px 32px;background:#123c69;color:#fff;font-size:22px">The AR Digest</td></tr>
<tr><td style="padding:24px 32px;font-size:15px;line-height:1.5">
<h2 style="font-family:Arial,sans-serif">5 ways to cut DSO before Christmas</h2>
<p>The last quarter is when customers slow down payments and collectors go on leave. Here's what the best
credit teams we work with do differently:</p>
<ol><li><b>Send statements early.</b> Don't wait for month end in December - customers close their books early.</li>
<li><b>Confirm payment run dates now.</b> Ask your top 20 accounts when their last run before the break is.</li>
<li><b>Clear disputes first.</b> A single unresolved pricing query can hold up an entire remittance.</li>
<li><b>Automate reminders</b> - but keep a human on the big balances.</li>
<li><b>Watch the unapplied cash.</b> Unmatched payments make your aging look worse than it is.</li></ol>
<p><a href="https://creditflow.io/blog/dso-q4" style="color:#123c69">Read the full article &rarr;</a></p>
<p style="font-family:Arial,sans-serif;font-size:13px;background:#f7f7f7;padding:12px">Webinar: <b>Cash application with AI</b> - Thursday 24 October, 11am AEDT. <a href="https://creditflow.io/webinar">Save your seat</a></p>
</td></tr>
<tr><td style="padding:16px 32px;font-family:Arial,sans-serif;font-size:11px;color:#888">You're receiving this because you subscribed at creditflow.io. Creditflow Pty Ltd, Level 9, 1 Collins St, Melbourne VIC 3000.<br><a href="https://creditflow.io/unsubscribe?u=8812">Unsubscribe</a> | <a href="https://creditflow.io/preferences">Email preferences</a></td></tr>
</table></td></tr></table></body></html>
""",
  hdr=[("List-Unsubscribe", "<https://creditflow.io/unsubscribe?u=8812>, <mailto:unsubscribe@creditflow.io>"),
       ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("Precedence", "bulk")])

# O3 cold sales pitch
M("other", "en", "plain",
  "Jordan Pike <jordan.pike@collectwise.ai>",
  "Quick question about your collections process", "Thu, 22 Aug 2024 22:41:09 +0000",
  """Hi there,

Noticed Example Supplies is hiring a Credit Controller in Sydney - congrats on the growth!

Teams like yours usually tell us their collectors spend 40% of the day chasing remittances and
matching payments by hand. CollectWise plugs into your ERP and mailbox, reads remittance advices
automatically and sends reminders that actually get replies.

Would it be crazy to grab 15 minutes next week to see if it's a fit? Here's my calendar:
https://cal.collectwise.ai/jordan

Best,
Jordan Pike
Account Executive, CollectWise

P.S. If you're not the right person, who should I speak to? Reply "no" and I won't follow up.
""")

# O4 Malay: company name / address change notice
M("other", "ms", "plain",
  "Siti Mariam Osman <mariam@harmonimedik.com.my>",
  "Makluman: Pertukaran nama syarikat & alamat bil", "Mon, 16 Dec 2024 11:20:34 +0800",
  """Salam sejahtera,

Dimaklumkan bahawa berkuat kuasa 1 Januari 2025, nama syarikat kami akan bertukar daripada
Harmoni Medik Supplies Sdn Bhd kepada Harmoni Healthcare Sdn Bhd (No. SSM: 201301028871, tidak
berubah). Alamat bil juga akan bertukar kepada:

  Lot 12, Jalan Teknologi 3/5,
  Taman Sains Selangor, 47810 Kota Damansara, Selangor

Mohon pihak tuan/puan kemas kini rekod pelanggan supaya invois selepas tarikh tersebut dikeluarkan
atas nama baharu. Surat rasmi daripada pengarah dilampirkan.

Terima kasih.

Siti Mariam Osman
Pentadbiran & Kewangan
""",
  att=[pdf("Surat Makluman Pertukaran Nama.pdf", ["HARMONI MEDIK SUPPLIES SDN BHD (201301028871)",
                                                  "Makluman Pertukaran Nama Syarikat",
                                                  "Nama baharu: Harmoni Healthcare Sdn Bhd",
                                                  "Berkuat kuasa: 1 Januari 2025"])])

# O5 reply thank-you: statement received, all matches
M("other", "en", "reply",
  "Tim Radford <tim.radford@radfordengineering.com.au>",
  "Re: Statement of Account - Q3 2024", "Thu, 03 Oct 2024 12:06:40 +1000",
  """Thanks Priya, received. All matches our records, nothing further from us for now.

Tim

""" + gq("On Wed, 2 Oct 2024 at 17:45, Priya Nair <priya.nair@example-supplies.com.au> wrote:", """Hi Tim,

Please find attached your statement for the quarter ending 30 September 2024. Your account is fully up
to date - thank you!

Kind regards,
Priya
"""),
  to=PRIYA)

# O6 reply: please update billing address
M("other", "en", "reply",
  "Hannah Mercer <hannah.mercer@lanecovepharmacy.com.au>",
  "RE: Invoice INV-11701", "Mon, 09 Dec 2024 10:17:05 +1100",
  """Thanks for that.

Can you please update our billing address for all future invoices? We've moved to
Level 4, 88 Walker Street, North Sydney NSW 2060. Delivery address stays the same (the shop).

Thank you,
Hannah

""" + ol("Example Supplies AR <ar@example-supplies.com.au>", "Friday, 6 December 2024 4:02 PM",
         "Hannah Mercer <hannah.mercer@lanecovepharmacy.com.au>", "Invoice INV-11701", """Dear Customer,

Please find attached invoice INV-11701 for $864.60.

Thank you for your business,
Example Supplies Pty Ltd
"""))

# O7 forward: US customer needs a tax form to set us up
M("other", "en", "forward",
  "Ryan Castillo <ryan.castillo@example-supplies.com.au>",
  "FW: Vendor setup - W-9 needed", "Wed, 11 Sep 2024 08:05:17 +1000",
  """Hi finance/AR,

Redwood Dental Group (new account in California) can't set us up as a vendor without a tax form. They
asked for a W-9 but I think as an Aussie company we're meant to give them a W-8BEN-E instead? Can
someone who knows what they're doing send it to them directly - contact is below.

Cheers,
Ryan Castillo
Business Development - North America | Example Supplies

""" + ol("Vendor Setup <vendorsetup@redwooddentalgroup.com>", "Tuesday, September 10, 2024 1:12 PM",
         "Ryan Castillo <ryan.castillo@example-supplies.com.au>", "Vendor setup - W-9 needed", """Hi Ryan,

To complete vendor setup for Example Supplies Pty Ltd we need a completed and signed IRS Form W-9 and
your ACH/remit-to banking information on company letterhead. Blank W-9 attached.

Thanks,
Vendor Maintenance Team
Redwood Dental Group
"""),
  to=AR_BARE, att=[pdf("fw9.pdf", ["Form W-9 (Rev. March 2024)", "Request for Taxpayer Identification Number and Certification",
                                    "1 Name (as shown on your income tax return)", "2 Business name/disregarded entity name",
                                    "Part I  Taxpayer Identification Number (TIN)"])])

# O8 price increase notice from one of our own vendors (HTML)
M("other", "en", "html",
  "Pacific Polymer Packaging <customerservice@pacificpolymer.com.au>",
  "Price adjustment effective 1 January 2025", "Mon, 18 Nov 2024 09:00:00 +1000",
  html=olh(mp("""Dear Valued Customer,

Due to continued increases in resin, freight and energy costs, Pacific Polymer Packaging will adjust
prices across our product range effective 1 January 2025.
""") + tbl([["Product group", "Adjustment"],
           ["Stretch film & pallet wrap", "+4.5%"],
           ["Polypropylene strapping", "+3.0%"],
           ["Custom printed mailers", "+6.0%"],
           ["Freight (metro)", "+$4.00 per consignment"]], head_bg="#D9D9D9") + mp("""
Orders received before 20 December 2024 will be invoiced at current prices. Updated price lists will
be sent by your account manager. Payment terms are unchanged.

We appreciate your continued business.

Pacific Polymer Packaging Pty Ltd
Customer Service | 1300 76 55 90""")))

# O9 SG GST question
M("other", "en", "plain",
  "Amanda Sim <amanda.sim@lionsgateclinics.sg>",
  "GST on your invoices - query", "Tue, 05 Mar 2024 15:37:28 +0800",
  """Hi,

Quick question from our side - could you confirm whether your invoices to us should include 9%
Singapore GST? Our tax agent mentioned overseas suppliers may need to register under the OVR regime,
but your invoices so far show no GST.

If you are GST-registered in Singapore, please let us have your GST registration number for our
records. No issue with the invoices themselves, we just need to get our GST F5 right.

Thanks,
Amanda Sim
Finance, Lionsgate Clinics Pte Ltd
""")

# O10 internal chatter in the Manila team
M("other", "en", "reply",
  "Joanna Reyes <joanna.reyes@example-supplies.com.au>",
  "RE: Bank deposits backlog this week", "Tue, 26 Nov 2024 10:02:33 +0800",
  """Carlo, I'll take the BDO deposits today, can you do Metrobank and the GCash ones? Also Ma'am
Maricel said the month-end cut-off for cash application is 3pm Friday, anything after goes to December.

Jo

""" + ol("Carlo Mendoza <carlo.mendoza@example-supplies.com.au>", "Tuesday, November 26, 2024 9:41 AM",
         "Joanna Reyes <joanna.reyes@example-supplies.com.au>", "Bank deposits backlog this week", """Jo, we have around 60 unmatched deposits from last week. How do you want to split them?
""", cc="Example Supplies AR <ar@example-supplies.com.au>"),
  to=CARLO, cc=AR)

# O11 forward: supplier onboarding form for a new customer
M("other", "en", "forward",
  "Ben Okafor <ben.okafor@example-supplies.com.au>",
  "Fwd: Supplier onboarding - Harbourview Health", "Thu, 31 Oct 2024 14:22:48 +1100",
  """Hi AR,

Harbourview Health need the attached supplier form + a bank letter from us before they can raise POs.
Can someone fill in the finance section (bank details, remittance email, ABN) and send it back to
them? They want it by next Friday. I've done the sales bits.

Thanks!
Ben

---------- Forwarded message ---------
From: Supplier Management <suppliers@harbourviewhealth.org.au>
Date: Thu, 31 Oct 2024 at 12:05
Subject: Supplier onboarding - Harbourview Health
To: Ben Okafor <ben.okafor@example-supplies.com.au>


Dear Supplier,

Thank you for your interest in supplying Harbourview Health. To create your supplier record please
return the completed New Supplier Form together with:
  - a bank letter or deposit slip confirming account details
  - a current certificate of currency (public liability)
Once approved you will receive an invitation to register on SAP Business Network.

Supplier Management Team
""",
  to=AR_BARE,
  att=[xlsx("HH_New_Supplier_Form_v3.xlsx", [["Harbourview Health - New Supplier Form"],
                                            ["Field", "Value"], ["Legal name", "Example Supplies Pty Ltd"],
                                            ["ABN", ""], ["Remittance email", ""], ["Bank name", ""],
                                            ["BSB", ""], ["Account number", ""], ["Sales contact", "Ben Okafor"]],
                 sheet="Supplier")])

# O12 Taglish reply: sending BIR 2307 forms
M("other", "tl", "reply",
  "Lorna Pascual <lorna.pascual@centralvisayas-hospital.ph>",
  "Re: Request for BIR Form 2307 - Q3 2024", "Fri, 18 Oct 2024 14:40:27 +0800",
  """Hi Ma'am Joanna,

Eto na po yung 2307 for Q3 (July-Sept), naka-attach po. Pakireceive na lang po. Yung original copies po
ipapadala namin via LBC next week.

Thank you po,
Lorna

""" + gq("Noong Huw, Okt 17, 2024 nang 11:20 AM, Joanna Reyes <joanna.reyes@example-supplies.com.au> ay sumulat:", """Hi Ma'am Lorna,

Good morning po! Request lang po ng BIR Form 2307 for Q3 2024 para sa mga payment na may EWT.
Kailangan po namin for our quarterly filing.

Salamat po,
Joanna
"""),
  to=JOANNA, att=[pdf("2307_Q3_2024_ExampleSupplies.pdf", ["BIR Form No. 2307", "Certificate of Creditable Tax Withheld at Source",
                                                           "Period: 07/01/2024 - 09/30/2024", "Payee: EXAMPLE SUPPLIES PHILS",
                                                           "Payor: CENTRAL VISAYAS HOSPITAL INC."])])

# O13 Taglish internal: sick leave
M("other", "tl", "plain",
  "Carlo Mendoza <carlo.mendoza@example-supplies.com.au>",
  "SL bukas", "Wed, 04 Dec 2024 19:48:12 +0800",
  """Hi Jo and Ma'am Maricel,

Sorry, di ako makakapasok bukas, may lagnat ako since kanina. Mag-file na lang ako ng SL sa HR portal.
Pa-cover na lang po yung Metrobank deposits at yung call kay Sir Jerome ng Pinnacle ng 10am.
Nasa shared drive yung notes ko.

Thanks!
Carlo

Sent from my Samsung Galaxy smartphone.
""",
  to="Joanna Reyes <joanna.reyes@example-supplies.com.au>, Maricel Santos <maricel.santos@example-supplies.com.au>",
  cc=AR_BARE)

# O14 Taglish forward: customer accreditation renewal requirements
M("other", "tl", "forward",
  "Arnel Reyes <arnel.reyes@mindanaofoodcorp.com>",
  "Fwd: Supplier Accreditation Renewal 2025", "Mon, 09 Dec 2024 09:55:03 +0800",
  """Hi po Example Supplies,

Forwarded ko po yung requirements ng accreditation renewal namin for 2025. Pakisend po ng updated
documents bago po mag-Dec 20 para hindi ma-block yung vendor code ninyo sa system namin pagpasok ng
January.

Salamat po,
Arnel - Purchasing

---------- Forwarded message ---------
From: Vendor Accreditation <accreditation@mindanaofoodcorp.com>
Date: Fri, Dec 6, 2024 at 4:30 PM
Subject: Supplier Accreditation Renewal 2025
To: Purchasing Team <purchasing@mindanaofoodcorp.com>


Please collect the following from all active suppliers for 2025 renewal:
1. BIR Certificate of Registration (Form 2303)
2. Mayor's / Business Permit 2025
3. SEC / DTI Registration
4. Latest Audited Financial Statements
5. Signed Supplier Code of Conduct
""")

# O15 Chinese: price list / volume discount question
M("other", "zh", "plain",
  "高远 <gaoyuan@snhengtong-lab.com>",
  "咨询2025年价格表及批量折扣", "Tue, 10 Dec 2024 10:30:18 +0800",
  """您好，

请问贵司2025年的产品价格表什么时候发布？我们在做明年的采购预算。
另外，如果一次性采购离心管超过500箱，是否有阶梯折扣？运费是否可以包含在报价里？

麻烦转给相关销售同事，谢谢！

高远
陕西恒通实验室设备有限公司 采购部
""")

# O16 Chinese phishing, HTML
M("other", "zh", "html",
  "邮件系统管理员 <admin@mail-verify-center.top>",
  "【重要通知】您的邮箱即将停用，请立即验证", "Sat, 14 Dec 2024 02:17:44 +0800",
  html="""<html><body><div style="font-family:宋体;font-size:14px">
<p>尊敬的 ar@example-supplies.com.au 用户：</p>
<p>系统检测到您的邮箱存储空间已超过 <span style="color:red"><b>98%</b></span>，并且存在异常登录。为保障账户安全，
您的邮箱将于 <b>24小时内</b> 停止收发邮件（包括客户付款通知及发票邮件）。</p>
<p>请立即点击下方按钮完成身份验证并免费升级容量：</p>
<p><a href="http://mail-verify-center.top/login?u=ar@example-supplies.com.au" style="background:#1e88e5;color:#fff;padding:8px 20px;text-decoration:none">立即验证</a></p>
<p style="color:#999;font-size:12px">本邮件由系统自动发出，请勿回复。<br>© 2024 邮件安全中心</p>
</div></body></html>
""")

# O17 German reply: asks us to confirm whether a bank-change email is genuine
M("other", "de", "reply",
  "Markus Lenz <m.lenz@rheinland-mb.de>",
  "AW: Neue Bankverbindung Example Supplies", "Thu, 28 Nov 2024 08:54:12 +0100",
  """Sehr geehrte Damen und Herren,

wir haben die unten stehende E-Mail mit einer angeblich geänderten Bankverbindung erhalten. Der
Absender ist "accounts@example-supplies-au.com" – nicht Ihre übliche Domain. Bevor wir irgendetwas
im Lieferantenstamm ändern: Können Sie uns bitte telefonisch (+49 221 9587 330) bestätigen, ob diese
Nachricht von Ihnen stammt?

Mit freundlichen Grüßen
Markus Lenz
Finanzbuchhaltung
Rheinland Maschinenbau GmbH

""" + ol("Example Supplies Accounts <accounts@example-supplies-au.com>", "Mittwoch, 27. November 2024 22:10",
         "Markus Lenz <m.lenz@rheinland-mb.de>", "Neue Bankverbindung Example Supplies", """Dear customer,

Please note our bank account has changed. Kindly make all future payments to:
Bank: Baltic Commerce Bank, IBAN LT84 3250 0000 1122 3344, BIC BCBLLT22
Please confirm when updated.

Example Supplies Pty Ltd
""", lang="de"))

# O18 German: supplier master data / VAT ID request
M("other", "de", "plain",
  "Stammdaten Einkauf <stammdaten@nordwind-hotels.de>",
  "Lieferantenstammdaten – Bitte um Angabe der USt-IdNr.", "Wed, 04 Dec 2024 13:25:40 +0100",
  """Sehr geehrte Damen und Herren,

im Rahmen unserer jährlichen Stammdatenpflege bitten wir Sie um folgende Angaben bzw. Unterlagen:

  1. Umsatzsteuer-Identifikationsnummer bzw. ausländische Steuernummer (ABN)
  2. Bestätigung Ihrer Bankverbindung auf Firmenbogen
  3. Ausgefülltes Lieferantenstammblatt (siehe Anhang)

Ohne vollständige Stammdaten können ab dem 01.02.2025 keine Bestellungen mehr an Sie ausgelöst
werden.

Vielen Dank für Ihre Unterstützung.

Mit freundlichen Grüßen
Team Stammdaten
Nordwind Hotels GmbH
""",
  att=[pdf("Lieferantenstammblatt_2025.pdf", ["Lieferantenstammblatt 2025", "Firma:", "Anschrift:",
                                              "USt-IdNr. / Steuernummer:", "IBAN / BIC:", "Ansprechpartner Buchhaltung:"])])

# O19 Traditional Chinese reply: returns updated customer information form
M("other", "zh-hant", "reply",
  "張美玲 <meiling.chang@tnhealthcare.com.tw>",
  "回覆: 客戶資料更新 (Customer information update 2025)", "Wed, 11 Dec 2024 16:02:37 +0800",
  """Desmond 您好，

附件為本公司更新後的客戶基本資料表，主要變更如下：
1. 請款聯絡人改為會計課 吳先生（ap@tnhealthcare.com.tw）
2. 發票寄送地址改為 台南市東區中華東路三段 360 號 8 樓
統一編號不變。

如有其他需要補充的資料再請告知，謝謝。

張美玲
台南康護醫療股份有限公司

""" + ol("Desmond Lim <desmond.lim@example-supplies.com.au>", "Tuesday, December 10, 2024 10:15 AM",
         "張美玲 <meiling.chang@tnhealthcare.com.tw>", "客戶資料更新 (Customer information update 2025)", """Dear Ms Chang,

As part of our annual review, please check and update the attached customer information form
(billing contact, invoice address, tax ID) and return it to us by 20 December.

Thank you,
Desmond Lim
""", lang="zh-hant"),
  to=DESMOND,
  att=[xlsx("客戶基本資料表_2025.xlsx", [["Customer information form 2025"], ["Field", "Value"],
                                          ["Company", "Tainan Kanghu Healthcare Co., Ltd."],
                                          ["Billing contact", "Wu (ap@tnhealthcare.com.tw)"],
                                          ["Invoice address", "8F, No. 360, Sec. 3, Zhonghua E. Rd., East Dist., Tainan"]])])


# ---------------------------------------------------------------- build & write
def _h(s):
    return hashlib.sha1(s.encode("utf-8")).hexdigest()


CJK = {"zh", "zh-hant", "ja"}


def _pick_cte(s, charset, lang, forced):
    if forced:
        return forced
    try:
        s.encode("ascii")
        return None
    except UnicodeEncodeError:
        pass
    if all(b < 128 for b in s.encode(charset)):
        return "7bit"
    return "base64" if lang in CJK else "quoted-printable"


def build(m):
    msg = EmailMessage(policy=POL)
    dom = re.search(r"@([A-Za-z0-9.-]+)", m["frm"]).group(1)
    key = m["frm"] + "|" + m["subj"] + "|" + m["date"]
    hx = _h(key)
    msg["From"] = m["frm"]
    msg["To"] = m["to"]
    if m["cc"]:
        msg["Cc"] = m["cc"]
    if m["reply_to"]:
        msg["Reply-To"] = m["reply_to"]
    msg["Subject"] = m["subj"]
    msg["Date"] = m["date"]
    style = int(hx[0], 16) % 3
    if style == 0:
        mid = f"<{hx[:8].upper()}{hx[8:14]}@{dom}>"
    elif style == 1:
        mid = f"<CA{hx[:30]}+{hx[30:36]}@mail.{dom}>"
    else:
        mid = f"<{hx[:10]}.{int(hx[10:18], 16)}.JavaMail@{dom}>"
    msg["Message-ID"] = mid
    if m["thread"]:
        ph = _h(key + "|parent")
        ref = f"<{ph[:20].upper()}@SY4PR01MB{int(ph[20:26], 16) % 9000 + 1000}.ausprd01.prod.outlook.com>"
        msg["In-Reply-To"] = ref
        msg["References"] = ref
    for k, v in m["hdr"]:
        msg[k] = v
    text, html, cs, lang = m["text"], m["html"], m["charset"], m["lang"]
    if text is not None and html is not None:
        msg.set_content(text, charset=cs, cte=_pick_cte(text, cs, lang, m["cte"]))
        msg.add_alternative(html, subtype="html", charset="utf-8",
                            cte=_pick_cte(html, "utf-8", lang, None))
    elif html is not None:
        msg.set_content(html, subtype="html", charset=cs, cte=_pick_cte(html, cs, lang, m["cte"]))
    else:
        t = text or ""
        msg.set_content(t, charset=cs, cte=_pick_cte(t, cs, lang, m["cte"]))
    for name, data, mt, st in m["att"]:
        msg.add_attachment(data, maintype=mt, subtype=st, filename=name)
    n = 0
    for part in msg.walk():
        if part.is_multipart():
            n += 1
            b = _h(key + "|b%d" % n)
            if style == 1:
                part.set_boundary("0000000000" + b[:18])
            elif style == 0:
                part.set_boundary("_%03d_%s_" % (n - 1, b[:32].upper()))
            else:
                part.set_boundary("----=_Part_%d_%d.%d" % (n, int(b[:6], 16), int(b[6:16], 16)))
    fp = io.BytesIO()
    BytesGenerator(fp, policy=POL, mangle_from_=False).flatten(msg)
    return fp.getvalue()


def main():
    order = sorted(range(len(MSGS)), key=lambda i: _h("E|" + MSGS[i]["subj"] + "|" + MSGS[i]["date"]))
    labels = []
    for n, i in enumerate(order, 1):
        m = MSGS[i]
        name = "e-%03d.eml" % n
        data = m["raw"].encode("utf-8") if m.get("raw") else build(m)
        with open(os.path.join(OUT, name), "wb") as f:
            f.write(data)
        labels.append({"file": name, "category": m["cat"], "language": m["lang"], "shape": m["shape"]})
    with open(os.path.join(OUT, "labels.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for row in labels:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    print("wrote", len(labels), "messages to", OUT)


if __name__ == "__main__":
    main()
