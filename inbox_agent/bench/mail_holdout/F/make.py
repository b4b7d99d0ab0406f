"""Hand-written hold-out mail set F for the AR group-inbox classifier.

Deterministic: fixed dates, Message-IDs, MIME boundaries and attachment bytes.
Run:  python make.py   (writes f-001.eml ... and labels.jsonl next to this file)
"""
import hashlib
import html as _html
import io
import json
import os
import re
import zipfile
from email import policy
from email.message import EmailMessage, Message
from email.mime.base import MIMEBase
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText

OUT = os.path.dirname(os.path.abspath(__file__))
AR = "Example Supplies AR <ar@example-supplies.com.au>"
POL = policy.default.clone(linesep="\n")

MSGS = []


def M(cat, lang, shape, frm, subj, body, quote=None, html=None, att=(), hdr=None,
      to=AR, date=None, cc=None, alt=False, report=None):
    MSGS.append(dict(cat=cat, lang=lang, shape=shape, frm=frm, subj=subj, body=body,
                     quote=quote, html=html, att=list(att), hdr=hdr or {}, to=to,
                     date=date, cc=cc, alt=alt, report=report))


# ---- quoting helpers (labels only; all prose is hand written) ----
OL_LABELS = {
    "en": ("From", "Sent", "To", "Cc", "Subject"),
    "de": ("Von", "Gesendet", "An", "Cc", "Betreff"),
    "zh": ("发件人", "发送时间", "收件人", "抄送", "主题"),
    "zh-hant": ("寄件者", "寄件日期", "收件者", "副本", "主旨"),
    "ja": ("差出人", "送信日時", "宛先", "CC", "件名"),
}


def ol(frm, sent, to, subj, text, lang="en", line=True):
    a, b, c, _, e = OL_LABELS[lang]
    bar = "________________________________\n" if line else "-----Original Message-----\n"
    return f"{bar}{a}: {frm}\n{b}: {sent}\n{c}: {to}\n{e}: {subj}\n\n{text.strip()}\n"


def gm(intro, text):
    lines = text.strip().splitlines()
    return intro + "\n" + "\n".join(("> " + l) if l else ">" for l in lines) + "\n"


def fwd_gmail(frm, date, subj, to, text):
    return ("---------- Forwarded message ---------\n"
            f"From: {frm}\nDate: {date}\nSubject: {subj}\nTo: {to}\n\n{text.strip()}\n")


# AR signature used in our own outgoing mail that gets quoted back
ARSIG = ("Kind regards,\n{n}\nAccounts Receivable | Example Supplies Pty Ltd\n"
         "Level 4, 120 Harris Street, Pyrmont NSW 2009 | +61 2 9000 4410\n"
         "ar@example-supplies.com.au")


def arsig(name):
    return ARSIG.format(n=name)


# ---- attachments (deterministic bytes) ----
def mk_pdf(lines):
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    y = 800
    c.setFont("Helvetica", 10)
    for ln in lines:
        c.drawString(50, y, ln)
        y -= 16
    c.showPage()
    c.save()
    return buf.getvalue()


def mk_xlsx(rows):
    import datetime
    from openpyxl import Workbook
    wb = Workbook()
    ws = wb.active
    for r in rows:
        ws.append(r)
    fixed = datetime.datetime(2025, 1, 1, 0, 0, 0)
    wb.properties.created = fixed
    wb.properties.modified = fixed
    wb.properties.creator = "openpyxl"
    raw = io.BytesIO()
    wb.save(raw)
    src = zipfile.ZipFile(io.BytesIO(raw.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name in sorted(src.namelist()):
            data = src.read(name)
            if name == "docProps/core.xml":
                data = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*", rb"\g<1>2025-01-01T00:00:00Z", data)
                data = re.sub(rb"(<dcterms:created[^>]*>)[^<]*", rb"\g<1>2025-01-01T00:00:00Z", data)
            zi = zipfile.ZipInfo(name, date_time=(2025, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)
    return out.getvalue()


PNG_1x1 = bytes.fromhex(
    "89504e470d0a1a0a0000000d4948445200000001000000010806000000"
    "1f15c4890000000d49444154789c6360f8cfc0000003010100c9fe92ef"
    "0000000049454e44ae426082")


def attach(msg, name, spec):
    low = name.lower()
    if low.endswith(".pdf"):
        msg.add_attachment(mk_pdf(spec or [name]), maintype="application", subtype="pdf", filename=name)
    elif low.endswith(".xlsx"):
        msg.add_attachment(mk_xlsx(spec), maintype="application",
                           subtype="vnd.openxmlformats-officedocument.spreadsheetml.sheet", filename=name)
    elif low.endswith((".png", ".jpg", ".jpeg")):
        msg.add_attachment(PNG_1x1, maintype="image", subtype="png", filename=name)
    elif low.endswith(".csv"):
        msg.add_attachment(spec.encode("utf-8"), maintype="text", subtype="csv", filename=name)
    elif low.endswith(".ics"):
        msg.add_attachment(spec.encode("utf-8"), maintype="text", subtype="calendar", filename=name)
    else:
        msg.add_attachment(spec.encode("utf-8"), maintype="application", subtype="octet-stream", filename=name)


# ---- HTML rendering in the style Outlook / Gmail produce ----
def _p(text):
    out = []
    for l in text.split("\n"):
        out.append('<p class="MsoNormal">%s<o:p></o:p></p>' % (_html.escape(l) if l.strip() else "&nbsp;"))
    return "\n".join(out)


def to_html(body, quote=None):
    parts = [_p(body)]
    if quote:
        if "\n> " in quote or quote.rstrip().endswith(">"):
            first, _, rest = quote.partition("\n")
            inner = "\n".join(l[2:] if l.startswith("> ") else l.lstrip(">") for l in rest.split("\n"))
            parts.append('<div class="gmail_quote"><div dir="ltr" class="gmail_attr">%s</div>'
                         '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;'
                         'border-left:1px solid rgb(204,204,204);padding-left:1ex">%s</blockquote></div>'
                         % (_html.escape(first), _p(inner)))
        else:
            parts.append('<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">'
                         + _p(quote.strip("_\n")) + "</div>")
    return ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
            'xmlns:w="urn:schemas-microsoft-com:office:word"><head>'
            '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">'
            '<style><!--p.MsoNormal{margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;}'
            '@page WordSection1{size:612.0pt 792.0pt;}div.WordSection1{page:WordSection1;}--></style>'
            '</head><body lang="EN-AU" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">'
            '<div class="WordSection1">\n' + "\n".join(parts) + "\n</div></body></html>\n")


def strip_tags(h):
    t = re.sub(r"(?is)<(style|script)[^>]*>.*?</\1>", "", h)
    t = re.sub(r"(?i)<br\s*/?>|</p>|</tr>|</div>|</h\d>", "\n", t)
    t = re.sub(r"(?i)</td>", "\t", t)
    t = re.sub(r"<[^>]+>", "", t)
    t = _html.unescape(t)
    return re.sub(r"\n{3,}", "\n\n", "\n".join(l.strip() for l in t.splitlines())).strip() + "\n"


# ---- build ----
def _mid(i, frm):
    dom = frm.rsplit("@", 1)[-1].strip(">").strip()
    h = hashlib.sha1(f"F{i}{frm}".encode()).hexdigest()
    return f"<{h[:12].upper()}.{h[12:20]}@{dom}>"


def _date(i, d):
    if d:
        return d
    # spread over 2025, deterministic
    day = 3 + (i * 7) % 25
    mon = 1 + (i * 5) % 11
    hh = 7 + (i * 3) % 11
    mm = (i * 13) % 60
    import datetime
    dt = datetime.datetime(2025, mon, day, hh, mm, (i * 17) % 60)
    wd = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"][dt.weekday()]
    mn = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"][mon - 1]
    return f"{wd}, {day:02d} {mn} 2025 {hh:02d}:{mm:02d}:{(i*17)%60:02d} +0{'8' if i % 3 else '10'}00"


def _headers(msg, i, m):
    msg["From"] = m["frm"]
    msg["To"] = m["to"]
    if m["cc"]:
        msg["Cc"] = m["cc"]
    msg["Subject"] = m["subj"]
    msg["Date"] = _date(i, m["date"])
    msg["Message-ID"] = _mid(i, m["frm"])
    if m["shape"] == "reply":
        ref = "<AR%05d.%d@example-supplies.com.au>" % (i * 37 % 99991, i)
        msg["In-Reply-To"] = ref
        msg["References"] = ref
    for k, v in m["hdr"].items():
        msg[k] = v
    msg["MIME-Version"] = "1.0"


def _fix_boundaries(msg, i):
    n = 0
    for part in msg.walk():
        if part.is_multipart():
            part.set_boundary("----=_Part_F%03d_%d" % (i, n))
            n += 1


def build_report(i, m):
    kind, data = m["report"]
    if kind == "dsn":
        outer = MIMEMultipart("report", report_type="delivery-status", policy=POL)
        outer.attach(MIMEText(m["body"], "plain", "utf-8", policy=POL))
        ds = MIMEBase("message", "delivery-status", policy=POL)
        blocks = []
        for fields in data["blocks"]:
            b = Message()
            for k, v in fields:
                b[k] = v
            blocks.append(b)
        ds.set_payload(blocks)
        outer.attach(ds)
        rh = MIMEText(data["orig"], "rfc822-headers", "utf-8", policy=POL)
        outer.attach(rh)
    else:
        outer = MIMEMultipart("report", report_type="disposition-notification", policy=POL)
        outer.attach(MIMEText(m["body"], "plain", "utf-8", policy=POL))
        dn = MIMEBase("message", "disposition-notification", policy=POL)
        dn.set_payload(data)
        outer.attach(dn)
    for k in ("From", "To", "Subject", "Date", "Message-ID"):
        pass
    outer["From"] = m["frm"]
    outer["To"] = m["to"]
    outer["Subject"] = m["subj"]
    outer["Date"] = _date(i, m["date"])
    outer["Message-ID"] = _mid(i, m["frm"])
    for k, v in m["hdr"].items():
        outer[k] = v
    _fix_boundaries(outer, i)
    return outer


def build_one(i, m):
    if m["shape"] == "report":
        return build_report(i, m)
    msg = EmailMessage(policy=POL)
    _headers(msg, i, m)
    text = m["body"].rstrip("\n") + "\n"
    if m["quote"]:
        text += "\n" + m["quote"]
    if m["shape"] == "html":
        h = m["html"] or to_html(m["body"], m["quote"])
        msg.set_content(h, subtype="html", charset="utf-8")
    elif m["shape"] == "alternative" or m["alt"]:
        h = m["html"] or to_html(m["body"], m["quote"])
        msg.set_content(strip_tags(h) if m["html"] else text, charset="utf-8")
        msg.add_alternative(h, subtype="html", charset="utf-8")
    else:
        msg.set_content(text, charset="utf-8")
    for name, spec in m["att"]:
        attach(msg, name, spec)
    _fix_boundaries(msg, i)
    return msg


def build():
    assert len(MSGS) == 120, len(MSGS)
    labels = []
    for i, m in enumerate(MSGS, 1):
        name = "f-%03d.eml" % i
        msg = build_one(i, m)
        with open(os.path.join(OUT, name), "wb") as fh:
            fh.write(msg.as_bytes(policy=POL))
        labels.append({"file": name, "category": m["cat"], "language": m["lang"], "shape": m["shape"]})
    with open(os.path.join(OUT, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for l in labels:
            fh.write(json.dumps(l, ensure_ascii=False) + "\n")


# ---- shared bits people paste under their mails ----
DISC_AU = ("This email and any attachments are confidential and may be legally privileged. "
           "If you are not the intended recipient, please notify the sender immediately and delete it; "
           "any use, disclosure or copying is prohibited. Views expressed are those of the sender and not "
           "necessarily those of the company. Please consider the environment before printing this email.")
DISC_SG = ("CONFIDENTIALITY NOTICE: The information contained in this e-mail message and any attachment(s) "
           "is intended only for the named addressee(s) and may contain privileged or confidential "
           "information. If you have received this message in error, please notify the sender and delete "
           "it from your system. E-mails are not secure and the company accepts no liability for any "
           "damage caused by this message. Co. Reg. No. 200912345K")
DISC_DE = ("Diese E-Mail enthält vertrauliche und/oder rechtlich geschützte Informationen. Wenn Sie nicht "
           "der richtige Adressat sind oder diese E-Mail irrtümlich erhalten haben, informieren Sie bitte "
           "sofort den Absender und vernichten Sie diese Mail. Das unerlaubte Kopieren sowie die unbefugte "
           "Weitergabe dieser Mail ist nicht gestattet.\nGeschäftsführer: Dr. Anke Roloff, Tobias Wendt | "
           "Amtsgericht Hamburg HRB 118832 | USt-IdNr. DE284411907")
DISC_PH = ("DISCLAIMER: This message is intended solely for the addressee. If you received this in error, "
           "kindly inform the sender and delete. The company does not accept liability for any errors or "
           "omissions in the contents of this message which arise as a result of e-mail transmission.")


# =====================================================================
# remittance (22)
# =====================================================================
M("remittance", "en", "html",
  "Brightwater Health AP <ap-noreply@brightwaterhealth.com.au>",
  "Remittance Advice - Payment 0004418823",
  "", html="""<html><head><meta charset="utf-8"><style>td{font-family:Arial;font-size:10pt;padding:3px 8px}</style></head><body>
<table width="640" cellpadding="0" cellspacing="0" style="border:1px solid #999"><tr><td colspan="4" style="background:#1f4e79;color:#fff;font-size:13pt"><b>BRIGHTWATER HEALTH PTY LTD &mdash; REMITTANCE ADVICE</b></td></tr>
<tr><td>Payee:</td><td colspan="3">EXAMPLE SUPPLIES PTY LTD (Vendor 300417)</td></tr>
<tr><td>Payment No:</td><td>0004418823</td><td>Payment Date:</td><td>12/06/2025</td></tr>
<tr><td>Method:</td><td>EFT</td><td>BSB / Acct:</td><td>062-***-**4471</td></tr>
<tr style="background:#ddd"><td><b>Your Invoice</b></td><td><b>Invoice Date</b></td><td><b>Our Ref</b></td><td align="right"><b>Amount AUD</b></td></tr>
<tr><td>ESI-104882</td><td>02/05/2025</td><td>PO 7700-1183</td><td align="right">3,208.50</td></tr>
<tr><td>ESI-104907</td><td>06/05/2025</td><td>PO 7700-1190</td><td align="right">1,144.00</td></tr>
<tr><td>ESI-105011</td><td>14/05/2025</td><td>PO 7700-1202</td><td align="right">612.75</td></tr>
<tr><td colspan="3" align="right"><b>Total paid</b></td><td align="right"><b>4,965.25</b></td></tr></table>
<p style="font-family:Arial;font-size:8pt;color:#666">This is a system generated advice from our Accounts Payable system. Please do not reply to this address. Queries: accountspayable@brightwaterhealth.com.au</p>
</body></html>""")

M("remittance", "en", "reply",
  "Liam Harcourt <liam.harcourt@kaurivalleyfoods.co.nz>",
  "RE: Overdue reminder - account KVF-2231",
  """Hi Megan,

This was paid on Tuesday (NZD 2,870.40 covering both invoices), remittance attached. Think our payment and your reminder crossed in the post.

Could you pop a note on the account so we don't get the next reminder as well? Cheers.

Liam Harcourt
Finance Officer | Kauri Valley Foods Ltd
Ph +64 9 555 0193""",
  quote=ol("Example Supplies AR <ar@example-supplies.com.au>", "Wednesday, 9 July 2025 9:12 AM",
           "Liam Harcourt <liam.harcourt@kaurivalleyfoods.co.nz>", "Overdue reminder - account KVF-2231",
           """Hi Liam,

Our records show the following invoices are now past due:

INV 10466   05/05/2025   NZD 1,435.20
INV 10471   09/05/2025   NZD 1,435.20

If payment has already been made please disregard this email, otherwise we would appreciate settlement at your earliest convenience.

""" + arsig("Megan Doyle")),
  att=[("Remittance_KVF_0708.pdf", ["Kauri Valley Foods Ltd - Remittance", "Paid to: Example Supplies Pty Ltd",
                                     "INV 10466  NZD 1,435.20", "INV 10471  NZD 1,435.20", "Total NZD 2,870.40", "Date paid 08/07/2025"])])

M("remittance", "en", "plain",
  "Dave Kostas <dave@kostasjoinery.com.au>",
  "payment",
  """pd today see att.

Sent from my iPhone""",
  att=[("scan0001.pdf", ["Westpac Business Online - Payment receipt", "Amount $780.00", "To: EXAMPLE SUPPLIES", "Ref: INV 22819"])])

M("remittance", "en", "forward",
  "Rachel Ong <rachel.ong@harbourlinelogistics.com.au>",
  "FW: Payment confirmation - NAB Connect",
  """Hi AR team,

FYI, the payment for ESI-105220 went through this morning - NAB confirmation below. Sorry it's a week late, our approver was on leave.

Rachel""",
  quote="""-----Original Message-----
From: NAB Connect <noreply@nabconnect.com.au>
Sent: Thursday, 24 July 2025 8:03 AM
To: Rachel Ong <rachel.ong@harbourlinelogistics.com.au>
Subject: Payment confirmation - NAB Connect

Your payment has been processed.

From account:    HARBOURLINE LOGISTICS OPS  ****2210
To:              EXAMPLE SUPPLIES PTY LTD
BSB/Account:     062-000 / ****4471
Amount:          $9,412.60
Reference:       ESI-105220
Receipt number:  N2407831150
Date:            24/07/2025

Please retain this email for your records. NAB will never ask for your password by email.
""")

M("remittance", "en", "reply",
  "Sandeep Bhatia <sandeep.b@orionpack.com.sg>",
  "RE: Statement of Account - May 2025",
  """Hi Wei Ling,

Thanks for the statement. We've now paid the three items showing 30+ days on it (INV-SG-88013, 88020 and 88054), total SGD 14,905.30, by FAST transfer yesterday. Remittance from our system is attached.

The two June items are not yet due so they will go in the normal cycle.

Regards,
Sandeep Bhatia
Accounts Executive, Orion Packaging Pte Ltd

""" + DISC_SG,
  quote=ol("Tan Wei Ling <ar@example-supplies.com.au>", "Monday, 2 June 2025 10:41 AM", "Sandeep Bhatia",
           "Statement of Account - May 2025",
           """Dear Sandeep,

Please find attached your statement of account as at 31 May 2025. Kindly review and let us know if you have any queries.

Total outstanding: SGD 27,118.80
Overdue > 30 days: SGD 14,905.30

Best regards,
Tan Wei Ling
Accounts Receivable (Singapore) | Example Supplies Pty Ltd"""),
  att=[("PaymentAdvice_ORP_20250609.pdf", ["Orion Packaging Pte Ltd - Payment Advice", "INV-SG-88013  SGD 5,210.00",
                                            "INV-SG-88020  SGD 4,882.50", "INV-SG-88054  SGD 4,812.80", "TOTAL SGD 14,905.30"])])

M("remittance", "en", "html",
  "HSBCnet <hsbcnet.payments@notification.hsbc.com.sg>",
  "Payment Advice - MERIDIAN MARINE SERVICES PTE LTD",
  "", html="""<html><body style="font-family:Arial,sans-serif;font-size:12px">
<div style="border-bottom:3px solid #db0011;padding:6px"><b>HSBC</b> &nbsp; Payment Advice</div>
<p>Dear Sir / Madam,</p>
<p>We have been instructed by our customer <b>MERIDIAN MARINE SERVICES PTE LTD</b> to advise you of the following payment.</p>
<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse;font-size:12px">
<tr><td>Beneficiary</td><td>EXAMPLE SUPPLIES PTY LTD</td></tr>
<tr><td>Value date</td><td>18 AUG 2025</td></tr>
<tr><td>Amount</td><td>SGD 6,340.00</td></tr>
<tr><td>Payment reference</td><td>PAYINV/ES-SG-77102/ES-SG-77145</td></tr>
<tr><td>Customer reference</td><td>MMS-AP-250818-03</td></tr>
</table>
<p>Should you have any queries regarding this payment, please contact the remitter directly.</p>
<p style="color:#888;font-size:10px">This is an automatically generated e-mail. Please do not reply. Issued by The Hongkong and Shanghai Banking Corporation Limited, Singapore Branch.</p>
</body></html>""")

M("remittance", "en", "alternative",
  "Northfield Dental Group via PayStream <payments@paystream-notify.com>",
  "You've received a payment of USD 4,280.00 from Northfield Dental Group",
  "", html="""<html><body style="margin:0;background:#f4f6f8"><div style="max-width:560px;margin:20px auto;background:#fff;padding:24px;font-family:Helvetica,Arial">
<h2 style="margin-top:0">Payment sent</h2>
<p>Northfield Dental Group has sent a payment to <b>Example Supplies Pty Ltd</b>.</p>
<table style="width:100%;font-size:14px"><tr><td>Amount</td><td align="right"><b>USD 4,280.00</b></td></tr>
<tr><td>Method</td><td align="right">ACH (2-3 business days)</td></tr>
<tr><td>Invoices</td><td align="right">US-3391, US-3398</td></tr>
<tr><td>Memo</td><td align="right">Q2 consumables</td></tr>
<tr><td>Trace #</td><td align="right">091000019947721</td></tr></table>
<p style="font-size:12px;color:#777">Funds are typically available within 3 business days. You are receiving this because your email was listed as the payee contact.</p>
</div></body></html>""")

M("remittance", "en", "reply",
  "Accounts Payable - Sahyadri Instruments <accounts@sahyadri-instruments.in>",
  "RE: Reminder: Outstanding invoices - Sahyadri Instruments",
  """Dear Sir/Madam,

Greetings of the day.

Kindly note we have released payment of USD 12,450.00 vide UTR no. HDFCR52025081466231 dated 14-Aug-2025 against your invoices ESX/2025/0318 and ESX/2025/0332. TDS is not applicable as this is an import payment.

Request you to kindly update your records and share the acknowledgement of receipt at the earliest.

Thanks & Regards,
Rohit Kulkarni
Accounts Department
Sahyadri Instruments Pvt. Ltd., Pune""",
  quote=ol("ar@example-supplies.com.au", "12 August 2025 14:05", "accounts@sahyadri-instruments.in",
           "Reminder: Outstanding invoices - Sahyadri Instruments",
           """Dear Accounts Team,

Friendly reminder that invoices ESX/2025/0318 (USD 6,900.00) and ESX/2025/0332 (USD 5,550.00) are now 15 days overdue. Please advise the expected payment date.

Regards,
Priya Nair
Accounts Receivable"""))

M("remittance", "en", "plain",
  "Greenleaf Cafe <accounts@greenleafcafe.net.au>",
  "Invoices 104553 + 104560",
  """Hi there,

EFT'd $1,936.00 this morning for invoice 104553 and 104560 (less the $40 credit you gave us for the broken tray last month). Ref on the deposit will just say GREENLEAF CAFE sorry, the bank app cuts it off.

Thanks!
Jo
Greenleaf Cafe Newtown""")

M("remittance", "en", "html",
  "Kauri Coast Builders Ltd <messaging-service@post.xero.com>",
  "Remittance advice from Kauri Coast Builders Ltd",
  "", html="""<!DOCTYPE html><html><body style="font-family:'Helvetica Neue',Arial;color:#333">
<div style="padding:20px;max-width:600px">
<p>Hi Example Supplies Pty Ltd,</p>
<p>Here's the remittance advice for payment of <strong>NZD 3,118.95</strong> made on <strong>29 Aug 2025</strong>.</p>
<table style="border-collapse:collapse;width:100%" cellpadding="6">
<thead><tr style="border-bottom:1px solid #ccc"><th align="left">Invoice number</th><th align="left">Reference</th><th align="right">Amount paid</th></tr></thead>
<tbody><tr><td>NZ-40917</td><td>Site 14 Orewa</td><td align="right">2,004.10</td></tr>
<tr><td>NZ-40933</td><td>Site 14 Orewa</td><td align="right">1,114.85</td></tr></tbody></table>
<p>If you have any questions, please let us know.</p>
<p>Thanks,<br>Maia Te Rangi<br>Kauri Coast Builders Ltd</p>
<p style="font-size:11px;color:#999">Sent via Xero</p>
</div></body></html>""")

M("remittance", "en", "reply",
  "Tony Briggs <tony@briggselectrical.com.au>",
  "RE: FINAL NOTICE - Account on stop - Briggs Electrical",
  """Done. Paid in full this arvo, $5,602.18. Pls take us off stop, got a job tomorrow.

Tony""",
  quote=ol("Example Supplies AR", "Thursday, 18 September 2025 11:30 AM", "tony@briggselectrical.com.au",
           "FINAL NOTICE - Account on stop - Briggs Electrical",
           """Dear Tony,

Despite previous reminders, your account remains overdue by more than 60 days (AUD 5,602.18). Your account has been placed on credit hold and no further orders will be released until the balance is cleared.

If payment is not received within 7 days we may refer the matter to our collection agency.

""" + arsig("Megan Doyle")))

M("remittance", "tl", "reply",
  "Kristine Mae Dela Cruz <kmdelacruz@sunrisepharmaph.com>",
  "RE: Friendly Reminder - Past Due Invoices",
  """Hi Ma'am Joanna,

Nabayaran na po namin yung INV 2025-0412 at 0413 thru BDO online kahapon, attached po yung deposit slip. Pa-confirm na lang po kung na-receive na ninyo para ma-close na namin sa system.

Salamat po!

Kristine
Accounting Dept, Sunrise Pharma Distribution Inc.""",
  quote=gm("On Mon, Apr 28, 2025 at 9:15 AM Example Supplies AR <ar@example-supplies.com.au> wrote:",
           """Hi Kristine,

Good morning! Just a friendly reminder that the following invoices are already past due:

INV 2025-0412 - PHP 45,600.00 - due 15 Apr
INV 2025-0413 - PHP 18,250.00 - due 15 Apr

Kindly let us know the status of payment. Thank you!

Joanna Reyes
Accounts Receivable - Manila"""),
  att=[("BDO_deposit_0427.jpg", None)])

M("remittance", "tl", "plain",
  "Jericho Santos <jericho.santos@tindahannialing.ph>",
  "Proof of payment - SOA June 30",
  """Good pm po!

Sending po yung proof of payment for the SOA dated June 30. Total PHP 86,400.00 via InstaPay kanina mga 3pm. Covered na po lahat ng nasa SOA except yung bagong invoice nung July 2 kasi di pa po due.

Pakicheck na lang po. Thank you!

Jericho
Tindahan ni Aling Nena Trading""",
  att=[("InstaPay_receipt.png", None)])

M("remittance", "tl", "forward",
  "Ma. Luisa Villanueva <luisa.villanueva@pinoyfreshmart.com.ph>",
  "Fwd: BPI Express Online - Fund Transfer Confirmation",
  """Hi AR,

Fwd ko lang po yung confirmation galing BPI para sa payment namin ng INV-PH-55120. Bale PHP 132,780.00 po yan, full payment na.

Thanks po,
Luisa""",
  quote=fwd_gmail("BPI Online <noreply@bpi.com.ph>", "Fri, Oct 3, 2025 at 4:47 PM",
                  "BPI Express Online - Fund Transfer Confirmation", "luisa.villanueva@pinoyfreshmart.com.ph",
                  """Dear Client,

You have successfully transferred funds.

Transaction Reference No.: 20251003BPI8842213
From: SAVINGS ***-***-6617
To: EXAMPLE SUPPLIES PH BRANCH / BDO ***-***-2290
Amount: PHP 132,780.00
Remarks: INV-PH-55120
Date/Time: 10/03/2025 04:46 PM

This is a system-generated message. Please do not reply."""))

M("remittance", "de", "html",
  "SAP Zahlungsverkehr <noreply-fi@wendt-maschinenbau.de>",
  "Zahlungsavis Nr. 2000184432",
  "", html="""<html><head><meta charset="utf-8"></head><body style="font-family:Arial;font-size:10pt">
<p>Sehr geehrte Damen und Herren,</p>
<p>zum Ausgleich der unten aufgeführten Posten haben wir folgenden Betrag auf Ihr Konto überwiesen:</p>
<table border="1" cellpadding="3" cellspacing="0" style="border-collapse:collapse;font-size:10pt">
<tr style="background:#eee"><th>Belegnr.</th><th>Ihre Rechnung</th><th>Rechnungsdatum</th><th>Bruttobetrag</th><th>Skonto</th><th>Zahlbetrag</th></tr>
<tr><td>5100093817</td><td>ESE-2025-00711</td><td>02.06.2025</td><td align="right">4.820,00</td><td align="right">0,00</td><td align="right">4.820,00</td></tr>
<tr><td>5100093822</td><td>ESE-2025-00729</td><td>09.06.2025</td><td align="right">1.190,00</td><td align="right">0,00</td><td align="right">1.190,00</td></tr>
<tr><td colspan="5" align="right"><b>Summe EUR</b></td><td align="right"><b>6.010,00</b></td></tr></table>
<p>Zahlungsdatum: 04.07.2025<br>Kreditorennummer bei uns: 70044127</p>
<p>Mit freundlichen Grüßen<br>Wendt Maschinenbau GmbH<br>Kreditorenbuchhaltung</p>
<p style="font-size:8pt;color:#777">Diese Nachricht wurde maschinell erstellt und ist ohne Unterschrift gültig.</p>
</body></html>""")

M("remittance", "de", "reply",
  "Sabine Krüger <s.krueger@nordlicht-optik.de>",
  "AW: Zahlungserinnerung RE-24-0871",
  """Guten Tag Frau Nguyen,

die Rechnung RE-24-0871 wurde heute überwiesen (Wertstellung voraussichtlich 14.03.). Den Zahlungsbeleg finden Sie im Anhang.

Bitte entschuldigen Sie die Verzögerung, die Rechnung war bei uns falsch kontiert.

Mit freundlichen Grüßen
Sabine Krüger
Buchhaltung
Nordlicht Optik GmbH

""" + DISC_DE,
  quote=ol("Example Supplies AR <ar@example-supplies.com.au>", "Montag, 10. März 2025 02:14",
           "Sabine Krüger <s.krueger@nordlicht-optik.de>", "Zahlungserinnerung RE-24-0871",
           """Sehr geehrte Frau Krüger,

bei Durchsicht unserer Konten haben wir festgestellt, dass die Rechnung RE-24-0871 über EUR 2.340,00 (fällig am 20.02.2025) noch offen ist. Wir bitten um Begleichung.

Mit freundlichen Grüßen
Hannah Nguyen
Accounts Receivable, Example Supplies Pty Ltd""", lang="de"),
  att=[("Zahlungsbeleg_RE-24-0871.pdf", ["Sparkasse Hamburg - Ueberweisungsbeleg", "Empfaenger: Example Supplies Pty Ltd",
                                          "Betrag: EUR 2.340,00", "Verwendungszweck: RE-24-0871"])])

M("remittance", "de", "plain",
  "Jörg Almeroth <buchhaltung@almeroth-kfz.de>",
  "Überweisung Rechnungen 2025-3318 / 2025-3340",
  """Hallo,

Überweisung ist raus: EUR 3.577,64 für die Rechnungen 2025-3318 und 2025-3340, unter Abzug von 2 % Skonto gemäß Ihren Zahlungsbedingungen (Zahlung innerhalb 10 Tagen).

Gruß
J. Almeroth
Almeroth Kfz-Technik e.K.""")

M("remittance", "zh", "plain",
  "王丽娟 <wanglj@hengtai-trading.cn>",
  "付款通知 ES-INV-30921",
  """您好，

贵司发票 ES-INV-30921 款项 CNY 48,600.00 已于今日通过招商银行电汇支付，银行水单见附件，请查收并及时核销。

如有问题请随时联系。

王丽娟
恒泰贸易（上海）有限公司 财务部
电话：021-6388 1027""",
  att=[("招行电汇回单20250915.pdf", ["CMB Telegraphic Transfer Receipt", "Amount CNY 48,600.00", "Ref ES-INV-30921"])])

M("remittance", "zh", "reply",
  "陈晓东 <chenxd@jinlong-packaging.com>",
  "回复：Example Supplies 对账单 2025年7月",
  """Wei Ling 你好，

对账单收到了，谢谢。里面 INV-CN-6120 和 INV-CN-6134 两笔我们上周五已经付了，合计 CNY 22,950.00，付款回单附上，麻烦核对一下。剩下的 INV-CN-6177 按合同账期8月底到期。

陈晓东
金龙包装 财务""",
  quote=ol("Tan Wei Ling", "2025年8月4日 10:02", "陈晓东", "Example Supplies 对账单 2025年7月",
           """陈先生您好，

附件为截至2025年7月31日的对账单，请核对。如有差异请告知。

Best regards,
Tan Wei Ling""", lang="zh"),
  att=[("付款回单.pdf", ["Payment slip CNY 22,950.00", "INV-CN-6120 / INV-CN-6134"])])

M("remittance", "zh-hant", "alternative",
  "林佳蓉 <jr.lin@taihe-precision.com.tw>",
  "匯款通知 - 太和精密",
  """敬啟者：

本公司已於 2025/08/15 電匯 USD 7,350.00 支付貴司發票 #INV-7781 及 #INV-7790，匯款水單如附件，請查收。

銀行手續費由本公司負擔，如入帳金額有差異請來信告知。

太和精密工業股份有限公司
會計課 林佳蓉
TEL: 04-2358-7710 ext. 213""",
  att=[("匯款水單_0815.pdf", ["Outward remittance USD 7,350.00", "Beneficiary: Example Supplies Pty Ltd", "INV-7781 INV-7790"])])

M("remittance", "id", "reply",
  "Dewi Lestari <dewi.lestari@nusantaramedika.co.id>",
  "Re: Pengingat pembayaran invoice ES-ID-2209",
  """Dengan hormat,

Bersama ini kami informasikan bahwa pembayaran untuk invoice ES-ID-2209 sebesar USD 3.860,00 telah kami transfer pada tanggal 22 September 2025 melalui Bank Mandiri. Bukti transfer terlampir.

Mohon konfirmasi apabila dana sudah diterima.

Hormat kami,
Dewi Lestari
Finance – PT Nusantara Medika Utama""",
  quote=gm("Pada tanggal Sen, 15 Sep 2025 pukul 10.20, Example Supplies AR <ar@example-supplies.com.au> menulis:",
           """Dear Ibu Dewi,

This is a reminder that invoice ES-ID-2209 (USD 3,860.00) was due on 31 August 2025. Could you please advise the payment status?

Thank you,
Tan Wei Ling"""),
  att=[("Bukti_Transfer_Mandiri.pdf", ["Bank Mandiri - Bukti Transfer", "USD 3,860.00", "ES-ID-2209"])])

M("remittance", "ja", "plain",
  "佐藤 美咲 <m.sato@hoshino-kiki.co.jp>",
  "お支払い完了のご連絡（請求書番号 ESJ-0458）",
  """Example Supplies Pty Ltd
経理ご担当者様

いつもお世話になっております。星野機器株式会社 経理部の佐藤でございます。

本日、下記請求書のお支払いを完了いたしましたのでご連絡いたします。

請求書番号：ESJ-0458
金額：JPY 1,284,000
振込日：2025年10月10日
振込銀行：三井住友銀行

振込明細を添付いたしますので、ご確認のほどよろしくお願いいたします。

星野機器株式会社
経理部 佐藤 美咲""",
  att=[("振込明細_20251010.pdf", ["SMBC Furikomi Meisai", "JPY 1,284,000", "ESJ-0458"])])


# =====================================================================
# invoice_request (16)
# =====================================================================
M("invoice_request", "en", "plain",
  "Karen Whitfield <karen.whitfield@coastalaged.org.au>",
  "Invoice 105377",
  """Hi,

Can you please resend invoice 105377? It never came through to our AP inbox as far as I can tell.

Please send it to accountspayable@coastalaged.org.au rather than me, they're the ones who load it.

Thanks,
Karen Whitfield
Site Administrator, Coastal Aged Care - Port Macquarie

""" + DISC_AU)

M("invoice_request", "en", "reply",
  "Mitchell Park <mpark@parkandsonsplumbing.com.au>",
  "RE: Overdue reminder - Park & Sons Plumbing",
  """Hi Megan,

We don't actually have 105902 or 105918 in our system at all - nothing in the AP inbox either. Can you send copies through? Happy to get them processed once we have them.

Cheers
Mitch""",
  quote=ol("Example Supplies AR <ar@example-supplies.com.au>", "Tuesday, 21 October 2025 3:20 PM",
           "mpark@parkandsonsplumbing.com.au", "Overdue reminder - Park & Sons Plumbing",
           """Hi Mitch,

Just a reminder the below are now overdue:

105902   $1,210.00   due 30/09
105918   $  346.50   due 30/09

Could you let us know when we can expect payment?

""" + arsig("Megan Doyle")))

M("invoice_request", "en", "html",
  "Jennifer Alvarez <jalvarez@lakeshoreortho.com>",
  "Invoice needed for PO 4500098123",
  """Hello,

We received the shipment against PO 4500098123 last week (packing slip attached to the box, 12 cartons) but we haven't received an invoice for it yet.

Could you please email the invoice PDF to payables@lakeshoreortho.com and make sure the PO number is shown? Our system won't match it otherwise.

Thank you,
Jennifer Alvarez
Purchasing Coordinator
Lakeshore Orthopedic Partners | Chicago, IL
(312) 555-0148""")

M("invoice_request", "en", "forward",
  "Grace Pereira <grace.pereira@summitfitout.com.au>",
  "FW: missing supplier invoices - Example Supplies",
  """Hi Example Supplies team,

See below from our AP officer - she can't find the four invoices listed. Could you please resend copies of all four to ap@summitfitout.com.au?

Thanks
Grace Pereira | Project Accountant | Summit Fitout Group""",
  quote=ol("Nadia Haddad <ap@summitfitout.com.au>", "Monday, 3 November 2025 10:58 AM",
           "Grace Pereira <grace.pereira@summitfitout.com.au>", "missing supplier invoices - Example Supplies",
           """Hi Grace,

Example Supplies' statement shows these but I have no invoice for any of them. Can you chase?

ESI-106114  $2,908.00
ESI-106120  $  455.40
ESI-106151  $1,760.00
ESI-106188  $  219.90

Nadia""", line=False))

M("invoice_request", "en", "alternative",
  "Melissa Koh <melissa.koh@apexdental.com.sg>",
  "Request for invoice copies - FY2025 audit",
  """Dear AR team,

Our auditors have picked the following invoices for vouching. Could you please provide soft copies (PDF) at your earliest convenience, by Friday if possible?

1) INV-SG-87710 dated 14/02/2025
2) INV-SG-87933 dated 03/03/2025
3) INV-SG-88402 dated 28/04/2025

Thank you for your help.

Best regards,
Melissa Koh
Finance Executive
Apex Dental Group Pte Ltd

""" + DISC_SG)

M("invoice_request", "en", "reply",
  "Hemi Walker <hemi@tawaenviro.co.nz>",
  "RE: Remittance advice - Tawa Environmental",
  """Kia ora Priya,

Thanks for confirming receipt. While I have you - can you send me a copy of NZ-41102? Our new accounting system didn't import it when we migrated and I need it before I can pay it next run.

Nga mihi,
Hemi""",
  quote=ol("Priya Nair <ar@example-supplies.com.au>", "Friday, 5 September 2025 4:02 PM", "Hemi Walker",
           "RE: Remittance advice - Tawa Environmental",
           """Hi Hemi,

Thank you, we have received NZD 1,980.00 and allocated it to NZ-41055 and NZ-41061.

Kind regards,
Priya"""))

M("invoice_request", "en", "plain",
  "Purchase Dept <purchase@vedantaagro.in>",
  "Request for Tax Invoice copy - Order No. EX/PO/2025/1187",
  """Dear Team,

Kindly share the tax invoice copy for our order no. EX/PO/2025/1187 along with the packing list, as the original documents were not received with the consignment. The same is required for customs clearance at our end.

Awaiting your early response.

Thanks and regards,
Manish Deshpande
Purchase Department
Vedanta Agro Industries""")

M("invoice_request", "en", "html",
  "Ana Marie Lualhati <am.lualhati@bluecrestbpo.ph>",
  "Copy of re-issued invoice - Bluecrest BPO",
  """Hello Ms. Reyes,

Good day! May we request a copy of the re-issued invoice for INV-PH-54877? I understand this was re-issued last month under our updated registered name (Bluecrest BPO Solutions Inc.) but unfortunately we cannot find it in our records, and our previous AP staff has already resigned.

Appreciate if you could send it to this email.

Thank you very much and have a great day!

Ana Marie Lualhati
Finance Associate
Bluecrest BPO Solutions Inc.

""" + DISC_PH)

M("invoice_request", "tl", "plain",
  "Rhea Bautista <rhea.bautista@kusinaniambo.com>",
  "Pa-resend po invoice",
  """Hi po,

Pwede po pa-resend ng invoice for PO 2025-118? Di ko po mahanap sa email namin, baka na-spam lang. Kailangan na po kasi ng accounting.

Salamat po!
Rhea""")

M("invoice_request", "tl", "reply",
  "Noel Garcia <noel.garcia@manilabuildersupply.com>",
  "RE: SOA as of August 31, 2025",
  """Ma'am Joanna,

Pwede po makahingi ng copy ng mga invoice na nasa SOA? Wala po kasi sa file namin yung tatlo dito (Inv 0922, 0931, 0945). Once makuha namin, ipa-process na agad.

Thanks po,
Noel Garcia
Accounting Supervisor""",
  quote=ol("Joanna Reyes <ar@example-supplies.com.au>", "Monday, September 1, 2025 10:15 AM",
           "Noel Garcia", "SOA as of August 31, 2025",
           """Hi Sir Noel,

Attached is your Statement of Account as of August 31, 2025 with a total balance of PHP 214,530.00. Kindly check and advise if there are any discrepancies.

Thank you!

Joanna Reyes
AR - Manila Office"""))

M("invoice_request", "tl", "html",
  "Cherry Ann Mendoza <cherry.mendoza@islandhardware.ph>",
  "Request for soft copy - SI 00871 / 00872",
  """Good morning!

Request ko lang po ng soft copy ng Sales Invoice no. 00871 and 00872 para ma-process na namin ang payment this week. Yung original po kasi naiwan daw ng driver sa ibang branch.

Paki-email na lang po dito. Maraming salamat!

Cherry Ann Mendoza
Island Hardware & Construction Supply - Cebu""")

M("invoice_request", "de", "plain",
  "Rechnungseingang Hoffmann Logistik <rechnungseingang@hoffmann-logistik.de>",
  "Kopie Rechnung ESE-2025-00802",
  """Sehr geehrte Damen und Herren,

bitte senden Sie uns eine Kopie der Rechnung ESE-2025-00802, sie liegt uns leider nicht vor.

Bitte richten Sie Rechnungen künftig ausschließlich an rechnungseingang@hoffmann-logistik.de, da Rechnungen an persönliche Postfächer nicht bearbeitet werden.

Vielen Dank
Kreditorenbuchhaltung
Hoffmann Logistik GmbH & Co. KG""")

M("invoice_request", "de", "reply",
  "Markus Feld <m.feld@feld-dental.de>",
  "AW: 1. Mahnung - Kundennummer 40771",
  """Hallo Frau Nguyen,

die genannte Rechnung ESE-2025-00655 ist bei uns nie eingegangen. Können Sie mir die bitte noch einmal als PDF schicken? Dann gebe ich sie sofort in die Freigabe.

Viele Grüße
Markus Feld

Gesendet von meinem iPad""",
  quote=ol("Example Supplies AR", "Donnerstag, 15. Mai 2025 08:40", "m.feld@feld-dental.de",
           "1. Mahnung - Kundennummer 40771",
           """Sehr geehrter Herr Feld,

leider konnten wir bis heute keinen Zahlungseingang für die Rechnung ESE-2025-00655 über EUR 865,30 feststellen. Wir bitten Sie, den Betrag innerhalb von 7 Tagen zu überweisen.

Mit freundlichen Grüßen
Hannah Nguyen""", lang="de"))

M("invoice_request", "zh", "plain",
  "赵敏 <zhaomin@ruixin-med.com>",
  "请重新发送发票 PO-2025-0716",
  """你好，

麻烦重新发一下 PO-2025-0716 对应的发票，我们这边找不到了，财务月底要入账。发到这个邮箱就可以。

谢谢！
赵敏
瑞鑫医疗器械 采购部""")

M("invoice_request", "zh", "forward",
  "刘洋 <liuyang@huachen-electric.com>",
  "转发: 缺失发票清单",
  """AR 你好，

下面是我们 AP 同事列的清单，这几张 invoice 我们系统里没有，麻烦把 PDF 再发一次，最好一张发票一个文件。Thanks!

刘洋""",
  quote=ol("孙静 <sunjing@huachen-electric.com>", "2025年6月18日 14:22", "刘洋", "缺失发票清单",
           """刘洋，

Example Supplies 这几张发票我们没收到，请联系供应商补发：
ESC-2025-1402  CNY 12,800.00
ESC-2025-1419  CNY 3,460.00
ESC-2025-1433  CNY 9,075.00

孙静""", lang="zh"))

M("invoice_request", "ms", "alternative",
  "Nurul Aisyah binti Rahman <nurul.aisyah@permatahealth.com.my>",
  "Mohon salinan invois INV-MY-3012",
  """Salam sejahtera,

Mohon pihak tuan/puan hantar semula salinan invois INV-MY-3012 bertarikh 4 Julai 2025. Invois asal tidak dapat dikesan dalam sistem kami dan kami memerlukannya untuk tujuan pembayaran.

Sila e-melkan kepada akaun@permatahealth.com.my.

Terima kasih.

Nurul Aisyah
Jabatan Kewangan
Permata Health Sdn Bhd""")


# =====================================================================
# statement_request (14)
# =====================================================================
M("statement_request", "en", "plain",
  "Belinda Moore <belinda@mooreveterinary.com.au>",
  "Statement please",
  """Hi,

Can I get a statement for our account please? Trying to get everything reconciled before EOFY and your balance in our books looks a bit high.

Account name is Moore Veterinary Clinic (Ballarat).

Thanks heaps
Belinda""")

M("statement_request", "en", "reply",
  "Oliver Grant <oliver.grant@grantarchitects.com.au>",
  "RE: Invoice ESI-106300 - Grant Architects",
  """Thanks Megan, got it.

Could you also send me a full list of everything still open on our account? I have a feeling we're missing a couple more and I'd rather sort it all in one go.

Oliver""",
  quote=ol("Megan Doyle <ar@example-supplies.com.au>", "Wednesday, 12 November 2025 11:47 AM",
           "Oliver Grant", "Invoice ESI-106300 - Grant Architects",
           """Hi Oliver,

As requested, please find attached a copy of invoice ESI-106300 for $3,085.00.

""" + arsig("Megan Doyle")))

M("statement_request", "en", "html",
  "Confirmations - Hartley & Voss LLP <confirmations@hartleyvoss-cpa.com>",
  "Audit confirmation request - Redwood Surgical Supply Inc. - balance as of June 30, 2025",
  "", html="""<html><body style="font-family:Georgia,serif;font-size:13px">
<p>Example Supplies Pty Ltd<br>Attn: Accounts Receivable</p>
<p>Dear Sir or Madam,</p>
<p>In connection with our audit of the financial statements of <b>Redwood Surgical Supply Inc.</b>, please confirm directly to us the balance owed by Redwood Surgical Supply Inc. to your company as of <b>June 30, 2025</b>, together with a list of the open invoices making up that balance.</p>
<table border="1" cellpadding="5" style="border-collapse:collapse">
<tr><td>Balance per client records</td><td>USD 18,742.60</td></tr>
<tr><td>Confirmation reference</td><td>HV-25-RSS-0117</td></tr></table>
<p>If the balance does not agree with your records, please provide the details of any differences. Please reply to this address; do not send payment or invoices to us.</p>
<p>The client's authorization is attached.</p>
<p>Sincerely,<br>Audit Confirmations Team<br>Hartley &amp; Voss LLP, Portland OR</p>
</body></html>""",
  att=[("Client_authorization_RSS.pdf", ["Redwood Surgical Supply Inc.", "We authorize you to confirm to Hartley & Voss LLP",
                                          "the balance of our account as of June 30, 2025.", "Signed: D. Alvarez, Controller"])])

M("statement_request", "en", "alternative",
  "Kelvin Lim <kelvin.lim@straitsmedic.sg>",
  "aging report",
  """Hi Wei Ling,

Pls provide aging report of our account as at 30 Sep, split by current / 30 / 60 / 90. Our finance mgr wants it for the month end meeting tmr morning.

Thks
Kelvin

Sent from Outlook for Android""")

M("statement_request", "en", "reply",
  "Aroha Ngata <aroha@ngatahospitality.co.nz>",
  "RE: Payment received - thank you",
  """Great, thanks Priya. What's our balance sitting at now after that? Just want to make sure nothing else is hanging around.

Aroha""",
  quote=gm("On Thu, 16 Oct 2025 at 14:10, Example Supplies AR <ar@example-supplies.com.au> wrote:",
           """Hi Aroha,

Thank you for your payment of NZD 2,455.00 received today. This has been applied to NZ-41388.

Kind regards,
Priya Nair
Accounts Receivable"""))

M("statement_request", "en", "plain",
  "Accounts - Shreeji Polymers <accounts@shreejipolymers.co.in>",
  "Request for Ledger Statement FY 2024-25",
  """Dear Sir/Madam,

We request you to kindly share the ledger statement / account reconciliation of our account in your books for the period 01-Apr-2024 to 31-Mar-2025, for our records and balance confirmation.

Please send the same in Excel format if possible.

Thanks & Regards,
Accounts Team
Shreeji Polymers Pvt Ltd, Ahmedabad""")

M("statement_request", "en", "forward",
  "Tahlia Brooks <tahlia.brooks@redgumnurseries.com.au>",
  "FW: Example Supplies - account",
  """Hi AR team,

Please see below from our CFO. Could you send us a statement of open items as at today? Ideally with invoice dates and any credits not yet applied.

Thanks,
Tahlia Brooks
Accounts Officer, Redgum Nurseries""",
  quote=ol("Stuart Kemp <stuart.kemp@redgumnurseries.com.au>", "Monday, 6 October 2025 7:52 AM",
           "Tahlia Brooks", "Example Supplies - account",
           """Tahlia - Example Supplies are one of the suppliers I want confirmed for the board pack. Can you get a statement from them so we can agree their balance to ours?

SK""", line=False))

M("statement_request", "tl", "reply",
  "Ramon Aquino <ramon.aquino@goldenharvestfoods.ph>",
  "RE: Payment Reminder - Golden Harvest Foods",
  """Ma'am good afternoon,

Pwede po pa-send ng updated SOA? Parang may discrepancy po kasi sa balance namin vs sa inyo, mga PHP 12k ang difference. Gusto po muna namin ma-reconcile bago kami mag-release ng bayad.

Thank you po.

Ramon Aquino
Accounts Payable""",
  quote=ol("Joanna Reyes <ar@example-supplies.com.au>", "Tuesday, October 14, 2025 9:01 AM", "Ramon Aquino",
           "Payment Reminder - Golden Harvest Foods",
           """Dear Sir Ramon,

Good day! This is to remind you of your past due balance of PHP 158,420.00. Please see attached SOA.

Thank you!
Joanna"""))

M("statement_request", "tl", "plain",
  "Bea Castillo <bea.castillo.sarisari@gmail.com>",
  "balance",
  """Hello po, magkano na po total balance namin sa inyo as of today? Pa-send na rin po ng breakdown per invoice para ma-check ko.

Bea - Castillo Mini Mart
Sent from Yahoo Mail on Android""")

M("statement_request", "de", "html",
  "Petra Lindner <p.lindner@lindner-sanitaer.at>",
  "Bitte um Saldenbestätigung zum 31.12.2024",
  """Sehr geehrte Damen und Herren,

im Rahmen unserer Jahresabschlussprüfung bitten wir Sie um eine Saldenbestätigung bzw. einen Kontoauszug Ihres Debitorenkontos für unser Unternehmen zum Stichtag 31.12.2024.

Nach unseren Unterlagen beträgt der Saldo EUR 7.415,20 zu Ihren Gunsten. Bitte senden Sie uns eine Liste der offenen Posten, damit wir eventuelle Differenzen klären können.

Mit freundlichen Grüßen

Petra Lindner
Rechnungswesen
Lindner Sanitär GmbH, Graz""")

M("statement_request", "de", "reply",
  "Florian Maier <f.maier@maier-elektro.de>",
  "AW: Rechnung ESE-2025-00890",
  """Hallo Frau Nguyen,

danke für die Rechnung. Können Sie uns bitte zusätzlich eine Aufstellung aller offenen Posten auf unserem Kundenkonto schicken? Unsere Buchhaltung hat einen anderen Saldo als Ihre letzte Mahnung.

Gruß
Florian Maier""",
  quote=ol("Example Supplies AR", "Dienstag, 7. Oktober 2025 01:33", "f.maier@maier-elektro.de",
           "Rechnung ESE-2025-00890",
           """Sehr geehrter Herr Maier,

anbei erhalten Sie die Rechnung ESE-2025-00890 über EUR 1.742,00.

Mit freundlichen Grüßen
Hannah Nguyen""", lang="de"))

M("statement_request", "zh", "alternative",
  "周倩 <zhouqian@boyuan-lab.cn>",
  "申请对账单（截至2025年9月30日）",
  """您好，

我司正在做第三季度往来对账，麻烦提供截至2025年9月30日的对账单和未付款明细（包括发票号、日期、金额），Excel 格式为佳。

谢谢配合！

周倩
博源实验设备有限公司 财务部""")

M("statement_request", "zh-hant", "reply",
  "黃志明 <cm.huang@kinghing-hk.com>",
  "回覆: 發票 INV-HK-2290",
  """Hi Wei Ling,

發票收到，謝謝。另外想請你們提供一份最新的對帳單，列出我們帳戶上所有未付發票，我們月底要跟會計師對數。

黃志明
景興貿易有限公司""",
  quote=ol("Tan Wei Ling", "2025年11月3日 下午 02:10", "黃志明", "發票 INV-HK-2290",
           """黃先生您好，

附件為發票 INV-HK-2290 (HKD 相當於 USD 2,140.00) 之副本，請查收。

Tan Wei Ling""", lang="zh-hant"))

M("statement_request", "ja", "plain",
  "経理部 田中 <tanaka.k@minato-shoji.co.jp>",
  "取引残高確認のお願い（2025年9月末）",
  """Example Supplies Pty Ltd
売掛金ご担当者様

平素より大変お世話になっております。港商事株式会社 経理部の田中でございます。

弊社決算に伴い、2025年9月30日時点の貴社に対する買掛金残高の確認をお願いしたく存じます。
お手数ですが、同日時点の残高および未決済の請求書一覧をご送付いただけますでしょうか。

弊社帳簿上の残高：JPY 2,376,500

何卒よろしくお願い申し上げます。

港商事株式会社
経理部 田中 健一""")


# =====================================================================
# dispute (17)
# =====================================================================
M("dispute", "en", "reply",
  "Shane O'Connell <shane@oconnellhospitality.com.au>",
  "RE: Overdue reminder - O'Connell Hospitality Group",
  """Megan,

We're not paying 105660 until the credit for the 6 damaged cartons is issued. I sent photos to your rep on the 3rd and heard nothing back. The rest of the account is paid.

Once the credit note comes through we'll pay the balance straight away.

Shane O'Connell
Operations Manager""",
  quote=ol("Example Supplies AR <ar@example-supplies.com.au>", "Monday, 16 June 2025 9:30 AM",
           "shane@oconnellhospitality.com.au", "Overdue reminder - O'Connell Hospitality Group",
           """Hi Shane,

Invoice 105660 for $4,118.40 was due on 31 May and remains unpaid. Please arrange payment or let us know if there is an issue.

""" + arsig("Megan Doyle")))

M("dispute", "en", "plain",
  "Procurement - Eastgate Medical <procurement@eastgatemedical.com.au>",
  "Price discrepancy ESI-106201 - nitrile gloves",
  """Hi,

You've charged us $14.80/box for the nitrile gloves (SKU NG-200-M) on ESI-106201, but the quoted price under our supply agreement is $12.90/box. 60 boxes, so we're overcharged $114.00 + GST.

Please issue a credit note for the difference. We'll hold the invoice until then.

Regards,
Amit Chaudhary
Procurement Officer, Eastgate Medical Centre

""" + DISC_AU)

M("dispute", "en", "html",
  "Payables - Silverline Clinics <payables@silverlineclinics.com>",
  "Invoice US-3455 rejected - duplicate billing",
  "", html="""<html><body style="font-family:Segoe UI,Arial;font-size:14px">
<p>Hello Example Supplies,</p>
<p>Invoice <b>US-3455</b> (USD 2,960.00) has been <b>rejected</b> by our approver for the following reason:</p>
<div style="border-left:4px solid #c00;padding:6px 10px;background:#fff4f4">Duplicate billing &ndash; same PO (PO-88412), same items and quantities as invoice US-3440 which we paid on 05/08/2025.</div>
<p>Please void US-3455 or send us a credit memo so we can clear it from our aging. If you believe this is not a duplicate, reply with the proof of a second delivery.</p>
<p>Thanks,<br>Carla Mendes<br>Accounts Payable Specialist<br>Silverline Clinics, Austin TX</p>
</body></html>""")

M("dispute", "en", "reply",
  "Lim Boon Huat <bh.lim@pacificrimhotels.com.sg>",
  "RE: Remittance query - INV-SG-88190",
  """Hi Wei Ling,

Correct, we paid SGD 8,100.00 and not SGD 8,640.00. The SGD 540.00 difference is the freight charge on the invoice - per our agreement dated Jan 2025, delivery to our Sentosa property is at your cost. We won't be paying that portion, please raise a credit note to close it off.

Regards
Boon Huat
Finance Manager, Pacific Rim Hotels

""" + DISC_SG,
  quote=ol("Tan Wei Ling <ar@example-supplies.com.au>", "Wednesday, 27 August 2025 3:48 PM", "Lim Boon Huat",
           "Remittance query - INV-SG-88190",
           """Dear Boon Huat,

Thank you for your payment. We noticed we received SGD 8,100.00 against INV-SG-88190 for SGD 8,640.00. Could you advise the reason for the short payment?

Best regards,
Tan Wei Ling"""))

M("dispute", "en", "forward",
  "Fiona McLeod <fiona.mcleod@southernalpsresort.co.nz>",
  "FW: delivery 14 Aug - never arrived",
  """Hi,

Forwarding from our site manager. We've been invoiced on NZ-41290 for this order but it never arrived at Wanaka. Please don't chase us for it - either deliver it or credit it.

Fiona McLeod
Accounts, Southern Alps Resort""",
  quote=ol("Craig Benton <craig@southernalpsresort.co.nz>", "Tuesday, 2 September 2025 4:11 PM",
           "Fiona McLeod", "delivery 14 Aug",
           """Fi - nothing from Example Supplies ever turned up. Checked with the loading dock and night porter, no consignment note either. Don't pay that one.

C""", line=False))

M("dispute", "en", "alternative",
  "Stores Dept <stores@kaveriengg.com>",
  "Short supply against Invoice ESX/2025/0410",
  """Dear Sir,

With reference to your invoice ESX/2025/0410 dated 02-Sep-2025, please note that the quantity billed is 500 nos. of item FT-220 whereas we have received only 450 nos. as per our GRN No. 8815 (copy attached).

You are requested to kindly issue a credit note for 50 nos. (USD 675.00) or a revised invoice, so that we can process the payment.

Regards,
S. Venkatesh
Stores In-charge, Kaveri Engineering Works""",
  att=[("GRN_8815.pdf", ["Kaveri Engineering Works - Goods Receipt Note 8815", "Supplier: Example Supplies Pty Ltd",
                         "Item FT-220  Ordered 500  Received 450", "Remarks: short supply 50 nos"])])

M("dispute", "en", "reply",
  "Derek Vaughn <dvaughn@bluemesafacilities.com>",
  "RE: Statement of account - October 2025",
  """Hi there,

Line 4 on this statement - US-3512, the $2,150.00 "installation service" - we never ordered installation. Our own maintenance guys put the units in. Please remove that charge / credit it. Everything else on the statement looks right and will be paid on normal terms.

Derek Vaughn
Facilities Manager
Blue Mesa Facilities LLC""",
  quote=gm("On Mon, Nov 3, 2025 at 6:02 PM Example Supplies AR <ar@example-supplies.com.au> wrote:",
           """Dear Derek,

Please find attached your statement of account as at 31 October 2025. Total due: USD 9,880.00.

Kind regards,
Accounts Receivable
Example Supplies Pty Ltd"""))

M("dispute", "en", "plain",
  "Kylie <kylie@sunshinecoastsurfco.com.au>",
  "inv 106044",
  """this invoice is wrong. we cancelled that order on the 2nd by phone with Jason. don't expect us to pay for stuff we didnt get

kylie""")

M("dispute", "tl", "reply",
  "Janet Ocampo <janet.ocampo@dailybreadbakery.ph>",
  "RE: Invoice copy - INV-PH-55302",
  """Hi Ma'am,

Thanks po sa copy. Pero mali po yung qty sa invoice, 20 boxes lang po ang dineliver pero 25 ang naka-bill. May pirma po ng receiver namin sa DR na 20 lang. Pakicorrect po and pa-send ng credit memo para sa 5 boxes.

Salamat,
Janet""",
  quote=ol("Joanna Reyes <ar@example-supplies.com.au>", "Wednesday, July 9, 2025 2:30 PM", "Janet Ocampo",
           "Invoice copy - INV-PH-55302",
           """Hi Janet,

As requested, attached is the copy of INV-PH-55302 amounting to PHP 37,500.00.

Thank you!
Joanna"""))

M("dispute", "tl", "html",
  "Mark Anthony Ramos <ma.ramos@batangasresortsupply.com>",
  "Damaged items - delivery Sept 12",
  """Hi,

Yung delivery po nung Sept 12 (DR 77102, INV-PH-55610) may mga sira, 8 pcs na basag yung glass containers. Attached po yung photos.

Hindi po muna namin babayaran yung portion na yun (PHP 6,240.00) hangga't walang replacement or credit memo. Yung natitirang balance, babayaran namin as usual.

Paki-advise po kung paano ang process.

Mark Anthony Ramos
Purchasing""",
  att=[("IMG_20250912_1622.jpg", None), ("IMG_20250912_1623.jpg", None)])

M("dispute", "tl", "plain",
  "Lorna Dizon <lorna.dizon@dizonfarmsupply.com>",
  "Late payment charge???",
  """Good morning po,

Bakit po may late payment charge na PHP 1,850.00 sa SOA namin? On time naman po kami nagbayad nung August, June 28 pa nga po namin na-deposit. Pakitanggal na lang po yung charge, hindi po namin yan babayaran.

Lorna""")

M("dispute", "de", "reply",
  "Thomas Behrens <t.behrens@behrens-laborbedarf.de>",
  "AW: Ihre Rechnung ESE-2025-00934",
  """Sehr geehrte Damen und Herren,

hiermit reklamieren wir die o.g. Rechnung. Laut Rahmenvertrag Nr. RV-2024-17 ist ein Stückpreis von EUR 18,40 vereinbart, berechnet wurden EUR 21,10 je Stück (300 Stück). Wir bitten um Korrektur per Gutschrift über EUR 810,00 zzgl. USt.

Bis zur Klärung ist die Rechnung zur Zahlung gesperrt.

Mit freundlichen Grüßen
Thomas Behrens
Einkauf, Behrens Laborbedarf GmbH

""" + DISC_DE,
  quote=ol("Example Supplies AR", "Freitag, 26. September 2025 03:12", "t.behrens@behrens-laborbedarf.de",
           "Ihre Rechnung ESE-2025-00934",
           """Sehr geehrter Herr Behrens,

anbei senden wir Ihnen die Rechnung ESE-2025-00934.

Mit freundlichen Grüßen
Hannah Nguyen""", lang="de"))

M("dispute", "de", "html",
  "Wareneingang Kessler <wareneingang@kessler-klinikbedarf.de>",
  "Rechnung ESE-2025-01002 abgelehnt - Ware beschädigt",
  """Guten Tag,

die Lieferung zur Rechnung ESE-2025-01002 ist am 14.10. mit stark beschädigter Verpackung bei uns angekommen, 4 von 10 Kartons waren durchnässt und unbrauchbar. Der Schaden wurde auf dem Lieferschein vermerkt (siehe Anhang).

Wir haben die Rechnung daher abgelehnt und bitten um eine Gutschrift über die 4 Kartons oder um Ersatzlieferung.

Freundliche Grüße
Nils Hartmann
Wareneingang / Qualitätssicherung
Kessler Klinikbedarf GmbH""",
  att=[("Lieferschein_Schadensvermerk.pdf", ["Lieferschein 448812", "Vermerk: 4 Kartons durchnaesst, Annahme unter Vorbehalt", "Unterschrift Fahrer / Empfaenger"])])

M("dispute", "zh", "plain",
  "何静 <hejing@shengda-medical.cn>",
  "ESC-2025-1510 发票单价有误",
  """您好，

贵司发票 ESC-2025-1510 上的单价为 CNY 28.00，但双方合同约定单价为 CNY 26.50（共 1,200 件），差额 CNY 1,800.00。

请核实后开具红字发票或贷项通知单（credit note），我们收到更正后再安排付款。

何静
盛达医疗 采购部""")

M("dispute", "zh", "reply",
  "钱伟 <qianwei@dongfang-tools.com>",
  "回复：付款提醒 ESC-2025-1388",
  """你好，

这笔我们暂时不能付，货少了两箱（到货 18 箱，发票是 20 箱），上周已经跟你们销售 Kevin 说过了，一直没回复。请先处理少货的问题，补发或者开 credit note 都可以。

钱伟""",
  quote=ol("Example Supplies AR", "2025年7月21日 9:05", "钱伟", "付款提醒 ESC-2025-1388",
           """钱先生您好，

发票 ESC-2025-1388（CNY 31,400.00）已逾期15天，请安排付款。谢谢！

Tan Wei Ling""", lang="zh"))

M("dispute", "zh-hant", "forward",
  "吳美玲 <ml.wu@hsinyi-optical.com.tw>",
  "轉寄: 重複開票 INV-7812 / INV-7815",
  """您好，

轉寄我們倉管的確認。INV-7815 與 INV-7812 是同一批貨（同一張訂單 PO-TW-2231、同樣數量），應為重複開票，請作廢 INV-7815 或開立折讓單。INV-7812 已於9月付款。

吳美玲
信義光學 會計部""",
  quote=ol("倉管 陳先生 <warehouse@hsinyi-optical.com.tw>", "2025年9月24日 上午 11:40", "吳美玲",
           "RE: Example Supplies 到貨確認", """吳小姐，

查過了，PO-TW-2231 只有到貨一次，9/2 收貨 40 箱，沒有第二批。

陳""", lang="zh-hant"))

M("dispute", "id", "alternative",
  "Budi Santoso <budi.santoso@sinarjayalab.co.id>",
  "Komplain invoice ES-ID-2275 - barang belum diterima",
  """Selamat siang,

Kami telah menerima invoice ES-ID-2275 senilai USD 2.140,00, namun sampai hari ini barangnya belum kami terima. Menurut tracking ekspedisi, status masih "dalam proses" sejak 3 minggu lalu.

Mohon invoice tersebut ditahan / dibatalkan dulu sampai barang diterima. Kami tidak bisa memproses pembayaran untuk barang yang belum datang.

Terima kasih,
Budi Santoso
Purchasing, PT Sinar Jaya Laboratorium""")


# =====================================================================
# payment_promise (16)
# =====================================================================
M("payment_promise", "en", "reply",
  "Gary Fenton <gary@fentonsmeats.com.au>",
  "Re: Overdue account - Fenton's Quality Meats",
  """Will pay by Friday.

Gary

Sent from my iPhone""",
  quote=gm("On 8 Jul 2025, at 10:14 am, Example Supplies AR <ar@example-supplies.com.au> wrote:",
           """Hi Gary,

Your account is now 45 days overdue with $3,260.90 outstanding across four invoices. Please arrange payment this week to avoid your account being placed on hold.

""" + arsig("Megan Doyle")))

M("payment_promise", "en", "reply",
  "Naomi Sutherland <naomi.sutherland@pinnacleschools.edu.au>",
  "RE: Statement - Pinnacle Schools - July 2025",
  """Hi Megan,

Thanks for the statement. Invoices 105801 and 105822 have both been approved and are scheduled in our payment run on 15 August. 105850 isn't due until September so it'll go in the September run.

Kind regards,
Naomi Sutherland
Business Manager | Pinnacle Schools Ltd

""" + DISC_AU,
  quote=ol("Megan Doyle <ar@example-supplies.com.au>", "Friday, 1 August 2025 12:02 PM",
           "Naomi Sutherland", "Statement - Pinnacle Schools - July 2025",
           """Hi Naomi,

Please find attached your statement as at 31 July 2025. Two invoices are now past due (105801, 105822).

""" + arsig("Megan Doyle")))

M("payment_promise", "en", "plain",
  "Ruth Paewai <ruth@paewaicatering.co.nz>",
  "Account - can we split it?",
  """Hi team,

Bit of a tough month for us cashflow-wise, sorry. Would it be OK if we pay $2,000 now (today) and the remaining $1,450.60 on the 30th? That would clear NZ-41402 and NZ-41415 completely.

Let me know if that works, appreciate it.

Ruth Paewai
Paewai Catering, Hastings""")

M("payment_promise", "en", "html",
  "Serene Goh <serene.goh@lionbaybistro.sg>",
  "Payment schedule - INV-SG-88622 / INV-SG-88640",
  """Dear Wei Ling,

Noted on your reminder. Payment for INV-SG-88622 and INV-SG-88640 (total SGD 3,918.45) will be made on 25 September via GIRO. Our finance director only signs off payments on the 25th of each month, apologies for the inconvenience.

Regards,
Serene Goh
Admin & Finance, Lion Bay Bistro Pte Ltd""")

M("payment_promise", "en", "reply",
  "Accounts Payable <ap@cascadevetclinics.com>",
  "RE: SECOND NOTICE - Past due balance",
  """Hello,

Apologies for the delay on these. We migrated AP systems in September and the payment runs were paused for two weeks. All three invoices (US-3477, US-3490, US-3502) are now queued in our October 10 ACH batch. You should see funds 1-2 business days after that.

Thanks for your patience,
Brianna Cole
Accounts Payable | Cascade Vet Clinics""",
  quote=ol("Example Supplies AR", "Thursday, October 2, 2025 5:00 PM", "ap@cascadevetclinics.com",
           "SECOND NOTICE - Past due balance",
           """To Accounts Payable,

This is our second notice regarding your past due balance of USD 7,214.35. Please remit payment immediately or contact us to discuss.

Accounts Receivable
Example Supplies Pty Ltd"""))

M("payment_promise", "en", "alternative",
  "Finance - Medisure Diagnostics <finance@medisurediag.in>",
  "Re: Payment status",
  """Dear Ms. Priya,

This is to inform you that your outstanding invoices ESX/2025/0377 and ESX/2025/0381 are under process. We will release the payment by 20th of this month positively. Delay is regretted.

Regards,
Anil Sharma
Finance Dept, Medisure Diagnostics Pvt Ltd""")

M("payment_promise", "en", "forward",
  "Jess Tran <jess.tran@westsidefitness.com.au>",
  "FW: supplier payments this week",
  """Hi Megan, see below - good news, you're on the list for Thursday's run. Should hit your account Friday.

Jess""",
  quote=ol("Paul Mancini <paul@westsidefitness.com.au>", "Monday, 20 October 2025 8:15 AM",
           "Jess Tran", "supplier payments this week",
           """Jess,

Approved for Thursday 23/10:
- Example Supplies  $6,480.00  (all of Aug + Sep)
- CleanPro Services  $1,210.00
- Fernwood Linen     $  845.50

Hold everything else until November.
Paul"""))

M("payment_promise", "tl", "reply",
  "Arnel Pascual <arnel.pascual@pascualtrading.ph>",
  "RE: Past due reminder",
  """Ma'am Joanna,

Pasensya na po sa delay. Babayaran po namin sa Friday, Oct 17, pagkapasok ng collection namin galing sa mga client. Full amount po yung PHP 76,300.00.

Salamat po sa pasensya.

Arnel""",
  quote=ol("Joanna Reyes <ar@example-supplies.com.au>", "Monday, October 13, 2025 9:30 AM", "Arnel Pascual",
           "Past due reminder",
           """Hi Sir Arnel,

Gentle reminder po na past due na ang invoices INV-PH-55401 at INV-PH-55418 (PHP 76,300.00 total). Kindly advise kung kailan ang payment.

Thank you!
Joanna"""))

M("payment_promise", "tl", "plain",
  "Mylene Torres <mylene.torres.acctg@gmail.com>",
  "re balance",
  """Hi po, next week pa po kami makakapag-bayad, after ng 15th payroll. Hulugan po sana kung pwede - 50k muna sa 16th then yung balance sa 30th. Sana po ok lang.

Mylene - Torres General Merchandise""")

M("payment_promise", "tl", "html",
  "Accounting - Luzon Medical Center <accounting@luzonmedcenter.ph>",
  "Check ready - Nov 7",
  """Good day Ma'am/Sir,

Ito po ay para ipaalam na for release na ang check payment ninyo on Friday, November 7, 2025, for INV-PH-55702 to 55710 (total PHP 241,880.00). Pwede na po i-pick up ng inyong messenger sa Treasury, 2nd floor, from 1:00 to 4:00 PM. Pakidala lang po ng official receipt at valid ID.

Thank you po.

Accounting Department
Luzon Medical Center""")

M("payment_promise", "de", "reply",
  "Claudia Brenner <c.brenner@brenner-hotels.de>",
  "AW: 2. Mahnung - Rechnungen ESE-2025-00951 / 00967",
  """Sehr geehrte Frau Nguyen,

vielen Dank für Ihre Nachricht. Beide Rechnungen sind inzwischen freigegeben und für unseren nächsten Zahllauf am 15.11.2025 eingeplant.

Mit freundlichen Grüßen
Claudia Brenner
Finanzbuchhaltung
Brenner Hotels GmbH""",
  quote=ol("Example Supplies AR", "Montag, 3. November 2025 00:58", "c.brenner@brenner-hotels.de",
           "2. Mahnung - Rechnungen ESE-2025-00951 / 00967",
           """Sehr geehrte Frau Brenner,

trotz unserer Zahlungserinnerung sind die folgenden Rechnungen weiterhin offen:
ESE-2025-00951  EUR 2.118,00
ESE-2025-00967  EUR   934,50

Bitte überweisen Sie den Gesamtbetrag von EUR 3.052,50 bis spätestens 10.11.2025.

Mit freundlichen Grüßen
Hannah Nguyen""", lang="de"))

M("payment_promise", "de", "plain",
  "Heinz Pröll <office@proell-gastro.at>",
  "Bitte um Ratenzahlung",
  """Sehr geehrte Damen und Herren,

aufgrund eines Liquiditätsengpasses nach dem Umbau unseres Lokals bitten wir um Zahlungsaufschub für den offenen Betrag von EUR 4.600,00.

Unser Vorschlag: drei Raten zu je EUR 1.533,33, jeweils am 1.12.2025, 1.1.2026 und 1.2.2026. Wir würden uns über Ihre Zustimmung sehr freuen.

Mit freundlichen Grüßen
Heinz Pröll
Pröll Gastro KG, Linz""")

M("payment_promise", "zh", "reply",
  "孙浩 <sunhao@xinhe-hospital.com>",
  "回复：逾期提醒 ESC-2025-1455 / ESC-2025-1470",
  """你好，

这两张发票已经走完内部审批了，预计下周三（10月22日）付款，到时候把水单发给你。

孙浩
信和医院 财务科""",
  quote=ol("Tan Wei Ling", "2025年10月14日 11:20", "孙浩", "逾期提醒 ESC-2025-1455 / ESC-2025-1470",
           """孙先生您好，

以下发票已逾期，请尽快安排付款：
ESC-2025-1455  CNY 16,200.00
ESC-2025-1470  CNY 8,750.00

谢谢！""", lang="zh"))

M("payment_promise", "zh", "alternative",
  "马丽 <mali@jiahui-dental.cn>",
  "关于 ESC-2025-1622 付款时间",
  """Wei Ling 您好，

我们公司每月月底统一付款，ESC-2025-1622（CNY 27,380.00）会在 11月30日 之前付清，请放心。老板这周出差，签字要等他回来。

马丽
佳慧口腔 财务""")

M("payment_promise", "ms", "reply",
  "Hafiz Zulkifli <hafiz@zulkiflimedic.com.my>",
  "Re: Peringatan bayaran tertunggak - INV-MY-3050",
  """Assalamualaikum dan salam sejahtera,

Terima kasih atas peringatan. Kami akan membuat bayaran penuh sebanyak USD 1,920.00 bagi INV-MY-3050 pada 28 haribulan ini selepas dana projek diterima.

Mohon maaf atas kelewatan.

Hafiz Zulkifli
Pengurus Akaun, Zulkifli Medic Supplies Sdn Bhd""",
  quote=gm("On Tue, 14 Oct 2025 at 11:05, Example Supplies AR <ar@example-supplies.com.au> wrote:",
           """Dear Encik Hafiz,

Invoice INV-MY-3050 (USD 1,920.00) is now 30 days overdue. Kindly advise when payment will be made.

Thank you.
Tan Wei Ling"""))

M("payment_promise", "ja", "html",
  "高橋 裕子 <y.takahashi@aoba-clinic.jp>",
  "お支払い予定日のご連絡",
  """Example Supplies Pty Ltd
ご担当者様

いつもお世話になっております。青葉クリニック事務長の高橋でございます。

ご請求いただいております請求書 ESJ-0491（JPY 386,100）につきまして、弊院の支払規程（月末締め翌月末払い）により、2025年11月28日にお振込みの予定でございます。

お支払いが遅くなり誠に申し訳ございませんが、何卒ご了承くださいますようお願い申し上げます。

医療法人 青葉クリニック
事務長 高橋 裕子""")


# =====================================================================
# auto_reply (13)
# =====================================================================
M("auto_reply", "en", "plain",
  "Sharon Pike <sharon.pike@wollongongcouncilpools.com.au>",
  "Automatic reply: Overdue reminder - invoices 105711, 105730",
  """Hi,

Thank you for your email. I am on annual leave from Monday 30 June, returning Monday 14 July.

For urgent accounts payable matters, including supplier payments and invoice queries, please contact Ben Rosetti on 02 4200 1187 or accountspayable@wollongongcouncilpools.com.au.

Your email will not be forwarded.

Kind regards,
Sharon""",
  hdr={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All", "X-Autoreply": "yes"})

M("auto_reply", "en", "alternative",
  "AP Helpdesk <aphelpdesk@northstarhealth.org>",
  "[#AP-448213] We have received your request: Statement of Account - September 2025",
  "", html="""<html><body style="font-family:Arial;font-size:13px;color:#222">
<p>Hello,</p>
<p>Thank you for contacting Northstar Health Accounts Payable. Your request has been logged as ticket <b>#AP-448213</b>.</p>
<p>Our standard response time is 5 business days. Please do not send duplicate emails for the same invoice as this may delay processing. To add information, simply reply to this email keeping the ticket number in the subject line.</p>
<p>Invoice status can also be checked 24/7 in the Supplier Portal.</p>
<p>Regards,<br>Northstar Health Shared Services &ndash; Accounts Payable</p>
<p style="font-size:10px;color:#999">This message was sent automatically. ref:_00D5g0000.500Ak8LmQ:ref</p>
</body></html>""",
  hdr={"Auto-Submitted": "auto-generated", "Precedence": "bulk"})

M("auto_reply", "en", "report",
  "Mail Delivery Subsystem <MAILER-DAEMON@mx1.example-supplies.com.au>",
  "Undelivered Mail Returned to Sender",
  """This is the mail system at host mx1.example-supplies.com.au.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<accounts@tasmanbayvet.co.nz>: host mx.tasmanbayvet.co.nz[203.97.14.22] said:
    550 5.1.1 <accounts@tasmanbayvet.co.nz>: Recipient address rejected: User
    unknown in virtual mailbox table (in reply to RCPT TO command)
""",
  report=("dsn", {"blocks": [
      [("Reporting-MTA", "dns; mx1.example-supplies.com.au"), ("X-Postfix-Queue-ID", "4Q8K2m1RzVz9vJ"),
       ("Arrival-Date", "Tue, 15 Jul 2025 09:02:11 +1000 (AEST)")],
      [("Final-Recipient", "rfc822; accounts@tasmanbayvet.co.nz"), ("Original-Recipient", "rfc822;accounts@tasmanbayvet.co.nz"),
       ("Action", "failed"), ("Status", "5.1.1"), ("Remote-MTA", "dns; mx.tasmanbayvet.co.nz"),
       ("Diagnostic-Code", "smtp; 550 5.1.1 <accounts@tasmanbayvet.co.nz>: Recipient address rejected: User unknown")]],
      "orig": "From: Example Supplies AR <ar@example-supplies.com.au>\nTo: accounts@tasmanbayvet.co.nz\n"
              "Subject: Statement of Account - June 2025 - Tasman Bay Vet\nDate: Tue, 15 Jul 2025 09:02:08 +1000\n"
              "Message-ID: <AR77120.3@example-supplies.com.au>\n"}),
  hdr={"Auto-Submitted": "auto-replied"})

M("auto_reply", "en", "report",
  "Microsoft Outlook <postmaster@pearlharbourtrading.com.sg>",
  "Undeliverable: Payment reminder - INV-SG-88710",
  """Delivery has failed to these recipients or groups:

finance.ops@pearlharbourtrading.com.sg
The email address you entered couldn't be found. Please check the recipient's email address and try to resend the message. If the problem continues, please contact your helpdesk.

Diagnostic information for administrators:

Generating server: SG2PR06MB4471.apcprd06.prod.outlook.com

finance.ops@pearlharbourtrading.com.sg
Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'
""",
  report=("dsn", {"blocks": [
      [("Reporting-MTA", "dns;SG2PR06MB4471.apcprd06.prod.outlook.com"), ("Received-From-MTA", "dns;mx1.example-supplies.com.au"),
       ("Arrival-Date", "Wed, 20 Aug 2025 03:15:40 +0000")],
      [("Final-Recipient", "rfc822;finance.ops@pearlharbourtrading.com.sg"), ("Action", "failed"),
       ("Status", "5.1.10"), ("Diagnostic-Code", "smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup")]],
      "orig": "From: Tan Wei Ling <ar@example-supplies.com.au>\nTo: finance.ops@pearlharbourtrading.com.sg\n"
              "Subject: Payment reminder - INV-SG-88710\nDate: Wed, 20 Aug 2025 13:15:31 +1000\n"}))

M("auto_reply", "en", "report",
  "Carmen Lopez <carmen.lopez@mesaverdeclinics.com>",
  "Read: Invoice ESI-106412 - Mesa Verde Clinics",
  """Your message

  To: Carmen Lopez
  Subject: Invoice ESI-106412 - Mesa Verde Clinics
  Sent: Tuesday, November 11, 2025 4:40:12 PM (UTC+10:00) Canberra, Melbourne, Sydney

was read on Tuesday, November 11, 2025 8:02:55 AM (UTC-07:00) Mountain Time (US & Canada).
""",
  report=("mdn", "Reporting-UA: Microsoft Outlook 16.0\nFinal-Recipient: rfc822;carmen.lopez@mesaverdeclinics.com\n"
                  "Original-Message-ID: <AR90211.88@example-supplies.com.au>\n"
                  "Disposition: manual-action/MDN-sent-manually; displayed\n"))

M("auto_reply", "en", "report",
  "Pradeep Iyer <pradeep.iyer@kochimarineexports.in>",
  "Read Receipt: Reminder - outstanding balance USD 5,310.00",
  """This is a receipt for the mail you sent to
<pradeep.iyer@kochimarineexports.in> at 09/10/2025 10:14

This receipt verifies that the message has been displayed on the recipient's computer at 09/10/2025 11:36
""",
  report=("mdn", "Reporting-UA: kochimarineexports.in; Thunderbird 128.3.1\n"
                  "Final-Recipient: rfc822;pradeep.iyer@kochimarineexports.in\n"
                  "Original-Message-ID: <AR41877.12@example-supplies.com.au>\n"
                  "Disposition: manual-action/MDN-sent-manually; displayed\n"))

M("auto_reply", "en", "html",
  "Jasmine Teo <jasmine.teo@orchardwellness.sg>",
  "Out of Office: Re: Credit note CN-SG-2207",
  """Thank you for your email.

I am currently out of office attending a conference in Bangkok with limited access to email, and will be back on 3 November 2025. I will respond to your email upon my return.

For urgent payment or invoice matters, please reach my colleague Daniel Ho at daniel.ho@orchardwellness.sg or +65 6221 0932.

Best regards,
Jasmine Teo
Senior Finance Executive | Orchard Wellness Pte Ltd""")

M("auto_reply", "tl", "plain",
  "Rowena Salazar <rowena.salazar@visayaspharmacy.com>",
  "Re: Updated SOA as of Sept 30",
  """Hi! Naka-leave po ako until Oct 20 (Monday). Limited access lang po ako sa email.

For urgent concerns regarding payments and collections, please contact Ms. Gina Flores at gina.flores@visayaspharmacy.com or 0917 555 0182.

Salamat po!
- Rowena""")

M("auto_reply", "de", "plain",
  "Katrin Vogel <k.vogel@vogel-medizintechnik.de>",
  "Abwesenheitsnotiz: Zahlungserinnerung ESE-2025-00788",
  """Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 22.08.2025 nicht im Büro und habe keinen Zugriff auf meine E-Mails. Ihre Nachricht wird nicht weitergeleitet.

In dringenden Fällen wenden Sie sich bitte an unsere Kreditorenbuchhaltung unter kreditoren@vogel-medizintechnik.de oder +49 40 3344 210.

Mit freundlichen Grüßen
Katrin Vogel""",
  hdr={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"})

M("auto_reply", "zh", "html",
  "杨帆 <yangfan@tianyu-meditech.cn>",
  "自动回复: 对账单 2025年10月",
  """您好，

我目前正在休年假（11月3日至11月10日），期间无法及时回复邮件。

如有付款或发票相关的紧急事项，请联系财务部 李小姐：lixiaomei@tianyu-meditech.cn，电话 0755-8663 2210。

谢谢！
杨帆""",
  hdr={"X-Autoreply": "yes"})

M("auto_reply", "zh-hant", "alternative",
  "客服中心 <service@fuchang-group.com.tw>",
  "自動回覆：已收到您的來信 [案件編號 FC-20250916-0372]",
  """親愛的客戶您好：

感謝您的來信，我們已收到您的郵件，案件編號為 FC-20250916-0372。

專人將於三個工作天內回覆您。如需補充資料，請直接回覆本信並保留主旨中的案件編號。

此為系統自動發送之郵件，請勿直接回覆。

富昌集團 客服中心""",
  hdr={"Auto-Submitted": "auto-generated"})

M("auto_reply", "ja", "plain",
  "中村 翔太 <s.nakamura@kaede-trading.co.jp>",
  "自動返信：【ご確認】請求書 ESJ-0502 のご送付",
  """お問い合わせありがとうございます。

誠に恐れ入りますが、10月10日（金）から10月14日（火）まで休暇をいただいております。
期間中はメールの確認ができませんので、10月15日（水）以降に順次ご返信いたします。

お急ぎの場合は、経理部 代表アドレス keiri@kaede-trading.co.jp までご連絡ください。

楓トレーディング株式会社
中村 翔太""",
  hdr={"Auto-Submitted": "auto-replied"})

M("auto_reply", "ja", "plain",
  "Sakura Medical 経理窓口 <noreply-keiri@sakura-medical.co.jp>",
  "【自動送信】お問い合わせを受け付けました（受付番号 KR-2509-1184）",
  """※本メールは送信専用アドレスから自動送信しております。ご返信いただいてもお答えできませんのでご了承ください。

Example Supplies Pty Ltd 様

この度はさくらメディカル経理窓口へお問い合わせいただき、誠にありがとうございます。
以下の受付番号にてお問い合わせを承りました。

受付番号：KR-2509-1184

担当者より2営業日以内にご連絡いたします。

さくらメディカル株式会社 経理窓口""")


# =====================================================================
# portal_notification (8)
# =====================================================================
M("portal_notification", "en", "html",
  "Brightwater Health (via Coupa) <do_not_reply@brightwater.coupahost.com>",
  "Invoice ESI-106250 has been approved",
  "", html="""<html><body style="font-family:Arial,Helvetica;font-size:13px;color:#333">
<table width="600" cellpadding="0" cellspacing="0"><tr><td style="background:#0a2d4d;padding:12px;color:#fff"><b>coupa</b> supplier portal</td></tr>
<tr><td style="padding:16px">
<p>Hi Example Supplies Pty Ltd,</p>
<p>Brightwater Health has <b>approved</b> your invoice.</p>
<table cellpadding="4" style="font-size:13px"><tr><td>Invoice #</td><td>ESI-106250</td></tr>
<tr><td>Invoice Date</td><td>03/10/25</td></tr><tr><td>Total</td><td>4,402.75 AUD</td></tr>
<tr><td>PO #</td><td>BWH-PO-118273</td></tr><tr><td>Status</td><td>Approved</td></tr></table>
<p><a href="https://supplier.coupahost.com/invoices/8827311">View Invoice</a></p>
<p style="font-size:11px;color:#888">Powered by Coupa | Please do not reply to this email. Manage notification preferences in the Coupa Supplier Portal.</p>
</td></tr></table></body></html>""")

M("portal_notification", "en", "alternative",
  "Meridian Hospitals <ordersender-prod@ansmtp.ariba.com>",
  "Meridian Hospitals sent a new Purchase Order 4500123871",
  "", html="""<html><body style="font-family:Arial;font-size:12px">
<p>Purchase Order <b>4500123871</b> from <b>Meridian Hospitals Pty Ltd</b> (ANID: AN01455829113) to Example Supplies Pty Ltd - TEST</p>
<table border="1" cellpadding="3" style="border-collapse:collapse;font-size:12px">
<tr><th>Line</th><th>Part #</th><th>Description</th><th>Qty</th><th>Unit Price</th><th>Subtotal</th></tr>
<tr><td>10</td><td>ES-SG-4410</td><td>Sterile gauze swabs 10x10 (100pk)</td><td>40</td><td>$18.20 AUD</td><td>$728.00 AUD</td></tr>
<tr><td>20</td><td>ES-TP-0012</td><td>Micropore tape 25mm</td><td>120</td><td>$2.15 AUD</td><td>$258.00 AUD</td></tr></table>
<p>Need by: 24 Oct 2025 &nbsp; Ship to: Meridian Hospital Westmead, Receiving Dock 3</p>
<p><a href="https://service.ariba.com/Supplier.aw/ad/po?id=4500123871">Process order</a></p>
<p style="color:#777;font-size:10px">SAP Business Network. This email was sent by SAP Business Network on behalf of Meridian Hospitals Pty Ltd.</p>
</body></html>""")

M("portal_notification", "en", "html",
  "Taulia <noreply@taulia.com>",
  "Harbourside Group: payment scheduled for 3 invoices - early payment available",
  "", html="""<html><body style="margin:0;font-family:'Open Sans',Arial;background:#f7f7f7">
<div style="max-width:600px;margin:auto;background:#fff;padding:24px">
<img src="https://cdn.taulia.com/email/logo.png" alt="Taulia" width="90">
<h3>Payment scheduled</h3>
<p>Harbourside Group has scheduled payment for the following invoices:</p>
<table width="100%" style="font-size:13px"><tr><td>ESI-106301</td><td align="right">AUD 1,280.00</td></tr>
<tr><td>ESI-106317</td><td align="right">AUD 2,044.50</td></tr><tr><td>ESI-106322</td><td align="right">AUD 610.00</td></tr></table>
<p>Scheduled pay date: <b>15 Dec 2025</b></p>
<p style="background:#e8f6ee;padding:10px">Get paid as early as tomorrow for a discount of AUD 47.08. <a href="https://app.taulia.com/supplier/offers">Review offer</a></p>
<p style="font-size:11px;color:#999">You are receiving this email because you are registered on the Taulia supplier portal. Unsubscribe from offer emails.</p>
</div></body></html>""")

M("portal_notification", "en", "html",
  "Silverline Clinics (via Coupa) <do_not_reply@silverline.coupahost.com>",
  "Invoice US-3561 has been Disputed",
  "", html="""<html><body style="font-family:Arial;font-size:13px">
<p>Silverline Clinics has disputed the following invoice:</p>
<table cellpadding="4"><tr><td>Invoice Number</td><td>US-3561</td></tr>
<tr><td>Amount</td><td>1,875.00 USD</td></tr>
<tr><td>Dispute Reason</td><td>Missing PO / PO number does not match</td></tr>
<tr><td>Comments</td><td>Please resubmit against PO-88530</td></tr></table>
<p>To resolve, log in to the Coupa Supplier Portal and create a credit note or resubmit the invoice.</p>
<p><a href="https://supplier.coupahost.com/invoices">Go to Invoices</a></p>
<p style="font-size:11px;color:#999">Powered by Coupa. This is an automated message - replies are not monitored.</p>
</body></html>""")

M("portal_notification", "en", "alternative",
  "SAP Business Network <no-reply@ansmtp.ariba.com>",
  "Action required: complete your SAP Business Network registration for Pacific Rim Hotels",
  """Dear Supplier,

Pacific Rim Hotels Pte Ltd has invited Example Supplies Pty Ltd to transact electronically via SAP Business Network.

Please complete your registration within 14 days so that you can receive purchase orders and submit invoices. After this date, Pacific Rim Hotels may not be able to process your invoices.

Registration link: https://service.ariba.com/Supplier.aw/ad/register?key=PRH-7731-XQ

If you already have an account, log in and accept the trading relationship request.

SAP Business Network
This email was sent on behalf of Pacific Rim Hotels Pte Ltd. Please do not reply.""")

M("portal_notification", "de", "html",
  "Wendt Maschinenbau GmbH <ordersender-prod@ansmtp.ariba.com>",
  "Statusaktualisierung für Rechnung ESE-2025-00812: Bezahlt",
  "", html="""<html><head><meta charset="utf-8"></head><body style="font-family:Arial;font-size:12px">
<p>Sehr geehrte Damen und Herren,</p>
<p>der Status Ihrer Rechnung wurde von <b>Wendt Maschinenbau GmbH</b> aktualisiert.</p>
<table cellpadding="3" border="0"><tr><td>Rechnungsnummer:</td><td>ESE-2025-00812</td></tr>
<tr><td>Rechnungsbetrag:</td><td>3.306,00 EUR</td></tr><tr><td>Neuer Status:</td><td><b>Bezahlt</b></td></tr>
<tr><td>Zahlungsreferenz:</td><td>2000191877</td></tr></table>
<p>Weitere Details finden Sie in Ihrem Posteingang auf SAP Business Network.</p>
<p style="font-size:10px;color:#777">Diese E-Mail wurde automatisch von SAP Business Network gesendet. Bitte antworten Sie nicht auf diese Nachricht.</p>
</body></html>""")

M("portal_notification", "zh", "html",
  "信和医院 (via Coupa) <do_not_reply@xinhe.coupahost.com>",
  "发票 ESC-2025-1700 已被批准",
  "", html="""<html><head><meta charset="utf-8"></head><body style="font-family:'Microsoft YaHei',Arial;font-size:13px">
<p>您好 Example Supplies Pty Ltd，</p>
<p>信和医院已<b>批准</b>您的发票。</p>
<table cellpadding="4"><tr><td>发票号</td><td>ESC-2025-1700</td></tr><tr><td>金额</td><td>CNY 19,640.00</td></tr>
<tr><td>订单号</td><td>XH-PO-2025-3381</td></tr><tr><td>预计付款日期</td><td>2025-12-20</td></tr></table>
<p><a href="https://supplier.coupahost.com/invoices/9912004">查看发票</a></p>
<p style="font-size:11px;color:#999">Powered by Coupa。本邮件为系统自动发送，请勿回复。</p>
</body></html>""")

M("portal_notification", "ja", "alternative",
  "港商事株式会社 <ordersender-prod@ansmtp.ariba.com>",
  "支払通知書 PAY-2025-10-4471 が SAP Business Network で利用可能です",
  """Example Supplies Pty Ltd 様

港商事株式会社 から支払通知書が送信されました。

支払通知書番号: PAY-2025-10-4471
支払日: 2025年10月31日
支払金額: JPY 842,600
対象請求書: ESJ-0466, ESJ-0471

詳細は SAP Business Network の受信箱でご確認ください。
https://service.ariba.com/Supplier.aw/

このメールは SAP Business Network から自動送信されています。返信しないでください。""")


# =====================================================================
# other (14)
# =====================================================================
M("other", "en", "html",
  "DocuSign via Accounts Payable <dse_na4@docusign-secure-notice.com>",
  "Remittance Advice #RA-00923 shared with you - payment confirmation pending",
  "", html="""<html><body style="background:#eaeaea;font-family:Helvetica,Arial">
<div style="max-width:540px;margin:30px auto;background:#fff;padding:30px;text-align:center">
<div style="font-size:22px;color:#1e4ca1;font-weight:bold">DocuSign</div>
<p style="font-size:15px">Accounts Payable Dept. sent you a document to review.</p>
<p><b>Remittance_Advice_RA-00923.pdf</b><br>Amount: AUD 48,210.00</p>
<p><a href="http://ds-remit-view.top/login?u=ar@example-supplies.com.au" style="background:#f5c518;color:#000;padding:12px 26px;text-decoration:none;font-weight:bold">REVIEW DOCUMENT</a></p>
<p style="font-size:12px;color:#666">Please sign in with your Microsoft 365 email and password to view the secure remittance. This link expires in 24 hours.</p>
</div></body></html>""")

M("other", "en", "reply",
  "Vanessa Clarke <vanessa.clarke@clarkepharmacies.com.au>",
  "RE: Payment reminder - Clarke Pharmacies",
  """Hi Megan,

Just a heads up that Sarah Jennings has left the business, so could you please update your records and send all reminders, statements and invoices to accounts@clarkepharmacies.com.au from now on? Her mailbox will be closed at the end of the month.

I'll chase up the reminder itself with our AP team separately.

Thanks,
Vanessa Clarke
Office Manager""",
  quote=ol("Megan Doyle <ar@example-supplies.com.au>", "Monday, 25 August 2025 10:01 AM",
           "sarah.jennings@clarkepharmacies.com.au", "Payment reminder - Clarke Pharmacies",
           """Hi Sarah,

A gentle reminder that invoice 106002 for $1,562.80 is now 7 days overdue.

""" + arsig("Megan Doyle")))

M("other", "en", "html",
  "The Xero Team <newsletter@e.xero.com>",
  "5 ways to get paid faster this quarter",
  "", html="""<html><body style="font-family:Helvetica,Arial;background:#f2f5f7"><center>
<table width="600" style="background:#fff"><tr><td style="padding:24px">
<h1 style="color:#13b5ea">Get paid faster</h1>
<p>Late payments cost small businesses thousands every year. Here are five things you can do today:</p>
<ol><li>Add a <b>Pay now</b> button to every invoice</li><li>Automate payment reminders for overdue invoices</li>
<li>Offer card and direct debit options</li><li>Send statements monthly, not quarterly</li><li>Use short payment terms for new customers</li></ol>
<p><a href="https://www.xero.com/au/campaign/get-paid">Read the full guide</a></p>
<p style="font-size:11px;color:#888">You're receiving this because you subscribed to Xero news. Xero Australia Pty Ltd, Level 1, 1 Epping Rd, North Ryde NSW. <a href="#">Unsubscribe</a></p>
</td></tr></table></center></body></html>""")

M("other", "en", "reply",
  "Ian Mackenzie <ian@mackenzievets.co.nz>",
  "RE: Credit note CN-NZ-1023",
  """Cheers Priya, all sorted on our end. Appreciate you getting onto it so quickly!

Ian""",
  quote=ol("Priya Nair <ar@example-supplies.com.au>", "Thursday, 10 July 2025 2:17 PM", "Ian Mackenzie",
           "Credit note CN-NZ-1023",
           """Hi Ian,

As discussed, attached is credit note CN-NZ-1023 for NZD 214.50 for the returned otoscope covers. It has been applied against NZ-41120.

Kind regards,
Priya Nair"""))

M("other", "en", "forward",
  "Jason Reilly <jason.reilly@example-supplies.com.au>",
  "FW: Order for next week - Harbour Cafe Co",
  """Hey AR,

Harbour Cafe want to place their usual order for Monday (see below). Are they still on stop? System won't let me release it. If they're OK can someone lift the hold, otherwise I'll let them know.

Cheers
Jason Reilly | Account Manager NSW""",
  quote=ol("Amy Lau <amy@harbourcafeco.com.au>", "Thursday, 13 November 2025 9:44 AM",
           "Jason Reilly <jason.reilly@example-supplies.com.au>", "Order for next week",
           """Hi Jason,

Can we get the usual for Monday please - 10 cartons takeaway cups 12oz, 6 cartons lids, 4 x napkins.

Thanks!
Amy"""), to="Example Supplies AR <ar@example-supplies.com.au>")

M("other", "en", "plain",
  "StarTrack <noreply@startrack.com.au>",
  "Your delivery is on its way - ref EXS0098123471",
  """Hi,

Your StarTrack delivery from Brightwater Health Pty Ltd is on its way.

Consignment: EXS0098123471
Items: 1
Estimated delivery: Thursday 18 September, between 9am and 5pm
Delivering to: EXAMPLE SUPPLIES PTY LTD, 120 HARRIS ST, PYRMONT NSW 2009

Not going to be home? Choose a safe place or redirect at startrack.com.au/track

Please do not reply to this email.""")

M("other", "en", "alternative",
  "Vendor Master Data <vendorsetup@granitepeakhealth.com>",
  "Vendor setup - W-8BEN-E required before first payment",
  """Hello,

Granite Peak Health is setting up Example Supplies Pty Ltd as a new vendor in our ERP. Because you are a foreign entity, US tax rules require us to hold a completed Form W-8BEN-E on file before any invoices can be paid.

Please complete, sign and return the attached form along with a bank letter (on bank letterhead) confirming your remittance account details. Forms received without a signature cannot be accepted.

Thank you,
Vendor Master Data Team
Granite Peak Health, Denver CO""",
  att=[("fw8bene.pdf", ["Form W-8BEN-E (Rev. October 2021)", "Certificate of Status of Beneficial Owner",
                        "for United States Tax Withholding and Reporting (Entities)"])])

M("other", "tl", "reply",
  "Grace Lim <grace.lim@lucenabakeshop.ph>",
  "RE: Payment received - thank you",
  """Salamat po Ma'am Joanna! Ang bilis po ng confirmation. Happy holidays po sa inyong buong team, ingat po kayo palagi 🎄

Grace""",
  quote=ol("Joanna Reyes <ar@example-supplies.com.au>", "Friday, December 12, 2025 3:55 PM", "Grace Lim",
           "Payment received - thank you",
           """Hi Grace,

Thank you po for your payment of PHP 28,900.00, received today and applied to INV-PH-55990.

Joanna"""))

M("other", "tl", "plain",
  "Accounting Dept <accounting@cagayanvalleymills.com.ph>",
  "BIR Form 2307 - Q3 2025",
  """Good afternoon po,

Attached po ang BIR Form 2307 (Certificate of Creditable Tax Withheld at Source) para sa 3rd quarter 2025, for your reference and filing. Original copy po ay ipapadala namin via LBC next week.

Kindly acknowledge receipt na lang po. Thank you!

Accounting Department
Cagayan Valley Mills Corp.""",
  att=[("2307_ExampleSupplies_Q3_2025.pdf", ["BIR Form No. 2307", "Certificate of Creditable Tax Withheld at Source",
                                              "Payee: EXAMPLE SUPPLIES PTY LTD - PH BRANCH", "Period: 07/01/2025 - 09/30/2025"])])

M("other", "de", "html",
  "Einkauf Seidel <einkauf@seidel-praxisbedarf.de>",
  "Anfrage aktuelle Preisliste 2026",
  """Sehr geehrte Damen und Herren,

wir planen derzeit unser Einkaufsbudget für 2026. Könnten Sie uns bitte Ihre aktuelle Preisliste für 2026 sowie Informationen zu Mengenrabatten und Lieferzeiten nach Deutschland zukommen lassen?

Gerne auch ein Ansprechpartner im Vertrieb, da diese Adresse vermutlich nur für Buchhaltung zuständig ist.

Vielen Dank und freundliche Grüße
Miriam Seidel
Einkauf, Seidel Praxisbedarf OHG""")

M("other", "zh", "forward",
  "Kevin Zhang <kevin.zhang@example-supplies.com.au>",
  "转发: 新产品询价 - 盛达医疗",
  """Hi AR team,

FYI, 盛达医疗 这边想下新单，我先报价了。他们的 credit limit 还够吗？如果有问题跟我说一下，我下周一去拜访他们。

Kevin""",
  quote=ol("何静 <hejing@shengda-medical.cn>", "2025年11月6日 15:30", "Kevin Zhang", "新产品询价",
           """Kevin 你好，

我们想了解一下你们新出的一次性检查手套（丁腈，无粉）的报价，预计每月 3,000 盒，请报含运费价格。

何静""", lang="zh"))

M("other", "zh-hant", "plain",
  "行政部 <admin@yongfeng-industrial.com.tw>",
  "公司地址變更通知",
  """敬啟者：

本公司自 2025 年 12 月 1 日起遷址至新址，敬請惠予更新貴公司客戶資料：

新址：台中市西屯區工業區一路 88 號 5 樓
電話：04-2359-6600（不變）
統一編號：24681357（不變）

日後之發票、對帳單及相關文件，請寄送至新址。造成不便，敬請見諒。

永豐工業股份有限公司 行政部 敬上""")

M("other", "ms", "html",
  "Pakar Kutipan Hutang <sales@pakarkutipan.com.my>",
  "Tawaran istimewa: kutip hutang tertunggak anda dalam 30 hari",
  "", html="""<html><body style="font-family:Arial;font-size:14px">
<h2 style="color:#b30000">Hutang pelanggan tidak dibayar?</h2>
<p>Tuan/Puan,</p>
<p>Pakar Kutipan Sdn Bhd membantu syarikat seperti anda mengutip invois tertunggak dan bayaran lewat dengan kadar kejayaan 87%. <b>Tiada kutipan, tiada bayaran!</b></p>
<ul><li>Surat tuntutan rasmi dalam 48 jam</li><li>Laporan status akaun setiap minggu</li><li>Liputan Malaysia, Singapura dan Indonesia</li></ul>
<p>Hubungi kami hari ini untuk konsultasi percuma: +60 3-7781 2200</p>
<p style="font-size:11px;color:#999">Jika anda tidak mahu menerima e-mel ini lagi, klik <a href="#">nyahlanggan</a>.</p>
</body></html>""")

M("other", "id", "reply",
  "Rina Wijaya <rina.wijaya@cahayasehat.co.id>",
  "Re: Invoice ES-ID-2301",
  """Selamat sore Bu Wei Ling,

Terima kasih, invoice ES-ID-2301 sudah kami terima dan sudah kami teruskan ke bagian finance untuk diproses sesuai prosedur.

Salam,
Rina Wijaya
Admin Purchasing, PT Cahaya Sehat Farma""",
  quote=gm("Pada tanggal Rab, 19 Nov 2025 pukul 09.12, Tan Wei Ling <ar@example-supplies.com.au> menulis:",
           """Dear Ibu Rina,

Please find attached invoice ES-ID-2301 for USD 1,460.00, due 19 December 2025.

Best regards,
Tan Wei Ling"""))


build()
