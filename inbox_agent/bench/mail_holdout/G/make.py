#!/usr/bin/env python3
"""Holdout set G for the Bellbird Hardware accounts-receivable mailbox.

Writes g-001.eml .. g-160.eml and labels.jsonl next to this script.

Stdlib only and deterministic: every date, Message-ID, MIME boundary and
attachment byte is fixed, so running the script twice gives byte-identical
files.  Emphasis of this set: brand-new customer mail written the way people
actually write it (terse, typos, ALL CAPS, mobile signatures, long legal
footers, empty or misleading subjects).
"""
import base64
import hashlib
import html as htmlmod
import io
import json
import os
import zipfile
from datetime import datetime
from email.generator import BytesGenerator
from email.header import Header
from email.message import EmailMessage
from email.policy import default as _default_policy
from email.utils import format_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
POLICY = _default_policy.clone(linesep="\n")
AR = "Bellbird Hardware Accounts <ar@bellbirdhardware.com.au>"
AR_ADDR = "ar@bellbirdhardware.com.au"

ENTRIES = []


def add(key, cat, lang, shape, frm, subj, date, body=None, **kw):
    if any(e["key"] == key for e in ENTRIES):
        raise SystemExit("duplicate key " + key)
    ENTRIES.append(dict(key=key, cat=cat, lang=lang, shape=shape, frm=frm,
                        subj=subj, date=date, body=body, **kw))


# ---------------------------------------------------------------- helpers

def hx(key, salt=""):
    return hashlib.sha256(("G|%s|%s" % (key, salt)).encode("utf-8")).hexdigest()


def when(s):
    return datetime.strptime(s, "%Y-%m-%d %H:%M %z")


def rfcdate(s):
    return format_datetime(when(s))


def domain_of(addr):
    a = addr.rsplit("<", 1)[-1].rstrip(">").strip()
    return a.split("@", 1)[1].lower()


def ourmid(tag):
    """Message-ID of an (imaginary) earlier mail sent by Bellbird AR."""
    x = hx(tag, "ours")
    return "<%s.%s@bellbirdhardware.com.au>" % (x[:14], x[14:26])


def default_mua(frm):
    d = domain_of(frm)
    if d in ("gmail.com", "googlemail.com"):
        return "gmail"
    return "std"


def make_msgid(key, frm, mua, date):
    x = hx(key, "mid")
    d = domain_of(frm)
    if mua == "gmail":
        return "<CA%s+%s%s-%s@mail.gmail.com>" % (
            x[:2].upper(), x[2:14], x[14:30].upper(), x[30:40])
    if mua in ("outlook", "android"):
        host = "SY%sPR01MB%d" % (x[0:4].upper(), int(x[4:8], 16) % 9000 + 1000)
        return "<%s%s%s@%s.ausprd01.prod.outlook.com>" % (
            host, x[8:20].upper(), x[20:26], host)
    if mua == "iphone":
        return "<%s-%s-%s-%s-%s@%s>" % (x[:8].upper(), x[8:12].upper(),
                                        x[12:16].upper(), x[16:20].upper(),
                                        x[20:32].upper(), d)
    if mua == "foxmail":
        return "<tencent_%s@qq.com>" % x[:40].upper()
    return "<%s.%s@%s>" % (when(date).strftime("%Y%m%d%H%M%S"), x[:16], d)


def make_boundary(key, i, mua):
    x = hx(key, "b%d" % i)
    if mua == "gmail":
        return "0000000000" + x[:16]
    if mua in ("outlook", "android"):
        return "_00%d_SY%sPR01MB%s_" % (i, x[:4].upper(), x[4:16].upper())
    if mua == "iphone":
        return "Apple-Mail-%s-%s-%s-%s-%s" % (x[:8].upper(), x[8:12].upper(),
                                              x[12:16].upper(), x[16:20].upper(),
                                              x[20:32].upper())
    return "----=_Part_%d_%d.%d" % (i, int(x[:7], 16), int(x[7:14], 16))


MUA_HEADERS = {
    "iphone": [("X-Mailer", "iPhone Mail (22D82)")],
    "outlook": [("X-MS-Has-Attach", ""), ("X-Mailer", "Microsoft Outlook 16.0")],
    "android": [("X-Mailer", "Outlook for Android")],
    "foxmail": [("X-Mailer", "Foxmail 7.2.25.254[cn]")],
}


def auto_html(text):
    paras = text.strip("\n").split("\n\n")
    out = []
    for p in paras:
        lines = [htmlmod.escape(ln) for ln in p.split("\n")]
        out.append('<p class="MsoNormal">' + "<br>\n".join(lines) + "</p>")
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; '
            'charset=utf-8"></head>\n<body style="font-family:Calibri,Arial,'
            'sans-serif;font-size:11pt">\n' + "\n".join(out) + "\n</body></html>\n")


# ------------------------------------------------------------ attachments

def make_pdf(lines):
    ops = ["BT", "/F1 11 Tf", "50 790 Td", "15 TL"]
    for ln in lines:
        s = ln.encode("latin-1", "replace").decode("latin-1")
        s = s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
        ops.append("(%s) Tj T*" % s)
    ops.append("ET")
    stream = "\n".join(ops).encode("latin-1")
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
    offsets = []
    for i, o in enumerate(objs, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + o + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objs) + 1, xref)
    return out


def make_jpg(name):
    seed = hashlib.sha256(name.encode("utf-8")).digest()
    body = b"".join(hashlib.sha256(seed + bytes([i])).digest() for i in range(24))
    return (b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x48\x00\x48\x00\x00"
            b"\xff\xfe\x00\x13Samsung SM-A546E\x00" + body + b"\xff\xd9")


def make_xlsx(rows):
    def col(i):
        return chr(65 + i)

    def cell(ref, v):
        if isinstance(v, (int, float)):
            return '<c r="%s"><v>%s</v></c>' % (ref, v)
        return '<c r="%s" t="inlineStr"><is><t>%s</t></is></c>' % (
            ref, htmlmod.escape(str(v)))

    xml_rows = []
    for r, row in enumerate(rows, 1):
        cells = "".join(cell("%s%d" % (col(c), r), v) for c, v in enumerate(row))
        xml_rows.append('<row r="%d">%s</row>' % (r, cells))
    files = [
        ("[Content_Types].xml",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
         '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
         '<Default Extension="xml" ContentType="application/xml"/>'
         '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
         '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
         '</Types>'),
        ("_rels/.rels",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
         '</Relationships>'),
        ("xl/workbook.xml",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
         'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
         '<sheets><sheet name="Schedule" sheetId="1" r:id="rId1"/></sheets></workbook>'),
        ("xl/_rels/workbook.xml.rels",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
         '</Relationships>'),
        ("xl/worksheets/sheet1.xml",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
         '<sheetData>' + "".join(xml_rows) + '</sheetData></worksheet>'),
    ]
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, date_time=(2025, 6, 20, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_STORED
            zi.create_system = 3
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data.encode("utf-8"))
    return buf.getvalue()


def attachment_bytes(spec):
    name, kind, content = spec
    if kind == "pdf":
        return make_pdf(content), "application", "pdf"
    if kind == "jpg":
        return make_jpg(name), "image", "jpeg"
    if kind == "xlsx":
        return (make_xlsx(content), "application",
                "vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    if kind == "csv":
        return content.encode("utf-8"), "text", "csv"
    raise ValueError(kind)


# ---------------------------------------------------------------- builders

def enc_hdr(v):
    try:
        v.encode("ascii")
        return v
    except UnicodeEncodeError:
        return Header(v, "utf-8").encode(linesep="\n")


def orig_headers(to, subj, date, mid, frm=AR):
    """Header block of one of our own outgoing mails (for bounces/receipts)."""
    return ("From: %s\nTo: %s\nSubject: %s\nDate: %s\nMessage-ID: %s\n"
            "MIME-Version: 1.0\n" % (frm, to, enc_hdr(subj), rfcdate(date), mid))


def text_part(txt):
    try:
        txt.encode("ascii")
        return "Content-Type: text/plain; charset=us-ascii\nContent-Transfer-Encoding: 7bit\n\n" + txt
    except UnicodeEncodeError:
        b = base64.b64encode(txt.encode("utf-8")).decode("ascii")
        b = "\n".join(b[i:i + 76] for i in range(0, len(b), 76))
        return "Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: base64\n\n" + b + "\n"


def build_report(e, key):
    r = e["report"]
    bnd = r["boundary"]
    hdrs = [("From", e["frm"]), ("To", e.get("to", AR_ADDR)), ("Subject", enc_hdr(e["subj"])),
            ("Date", rfcdate(e["date"])),
            ("Message-ID", r.get("mid") or make_msgid(key, e["frm"], "std", e["date"]))]
    hdrs += r.get("hdrs", [])
    hdrs += [("MIME-Version", "1.0"),
             ("Content-Type", 'multipart/report; report-type=%s;\n boundary="%s"'
              % (r["type"], bnd))]
    out = "".join("%s: %s\n" % kv for kv in hdrs)
    out += "\nThis is a MIME-encapsulated message.\n\n"
    out += "--%s\nContent-Description: Notification\n%s\n" % (bnd, text_part(r["human"]))
    out += "--%s\nContent-Description: Delivery report\nContent-Type: %s\n\n%s\n" % (
        bnd, r["machine_type"], r["machine"])
    if r.get("orig"):
        out += "--%s\nContent-Description: Undelivered Message\nContent-Type: %s\n\n%s\n" % (
            bnd, r["orig_type"], r["orig"])
    out += "--%s--\n" % bnd
    return out.encode("utf-8")


def build_simple(e, key, mua):
    """An inner (forwarded-as-attachment) message."""
    m = EmailMessage(policy=POLICY)
    m["From"] = e["frm"]
    m["To"] = e["to"]
    m["Subject"] = e["subj"]
    m["Date"] = rfcdate(e["date"])
    m["Message-ID"] = make_msgid(key + "/inner", e["frm"], mua, e["date"])
    m.set_content(e["body"])
    return m


def strip_part_mime_version(msg):
    """EmailMessage puts MIME-Version on every sub-part; real MUAs don't."""
    if msg.get_content_maintype() != "multipart":
        return
    for part in msg.iter_parts():
        del part["MIME-Version"]
        strip_part_mime_version(part)


def build(e, key):
    if e["shape"] == "report":
        return build_report(e, key)
    mua = e.get("mua") or default_mua(e["frm"])
    m = EmailMessage(policy=POLICY)
    m["From"] = e["frm"]
    m["To"] = e.get("to", AR)
    if e.get("cc"):
        m["Cc"] = e["cc"]
    m["Subject"] = e["subj"]
    m["Date"] = rfcdate(e["date"])
    m["Message-ID"] = make_msgid(key, e["frm"], mua, e["date"])
    if e.get("irt"):
        m["In-Reply-To"] = e["irt"]
        m["References"] = e.get("refs", e["irt"])
    for k, v in MUA_HEADERS.get(mua, []):
        if k == "X-MS-Has-Attach":
            v = "yes" if (e.get("att") or e.get("fwdmsg")) else ""
        m[k] = v
    for k, v in e.get("hdrs", []):
        m[k] = v
    shape = e["shape"]
    cte = e.get("cte")
    if shape == "html":
        m.set_content(e["html"], subtype="html", cte=cte)
    elif shape == "alternative":
        m.set_content(e["body"], cte=cte)
        m.add_alternative(e.get("html") or auto_html(e["body"]), subtype="html", cte=cte)
    else:
        m.set_content(e["body"], cte=cte)
    for spec in e.get("att", []):
        data, maintype, subtype = attachment_bytes(spec)
        m.add_attachment(data, maintype=maintype, subtype=subtype, filename=spec[0])
    if e.get("fwdmsg"):
        m.add_attachment(build_simple(e["fwdmsg"], key, mua))
    if mua == "outlook" and e.get("clang"):
        m["Content-Language"] = e["clang"]
    strip_part_mime_version(m)
    i = 0
    for part in m.walk():
        if part.get_content_maintype() == "multipart":
            part.set_boundary(make_boundary(key, i, mua))
            i += 1
    buf = io.BytesIO()
    BytesGenerator(buf, policy=POLICY).flatten(m)
    return buf.getvalue()

# ======================================================================
# remittance (30)
# ======================================================================

add("rem01", "remittance", "en", "plain",
    "Gary Tomlinson <gary@tomlinsonroofing.com.au>", "paid", "2025-03-12 07:41 +1100",
    """\
paid inv 00481 and 00497 this morning, $3,214.60 all up. ref on ur end shd show TOMROOF0312

Sent from my iPhone
""", mua="iphone")

add("rem02", "remittance", "en", "plain",
    "Megan Oakes <accounts@ridgelineelectrical.com.au>", "Invoice 3321", "2025-03-15 10:02 +1100",
    """\
Hi team,

Just letting you know INV-3321 went through via EFT yesterday (14/03) - $1,870.00 incl GST. Our payment reference is 88213.

Can you please allocate it against the right invoice this time? Last month our payment ended up sitting as unapplied cash for weeks.

Cheers,
Megan Oakes
Office Manager
Ridgeline Electrical Services Pty Ltd
P: 02 4731 2290 | M: 0412 556 018
Unit 4/22 Borec Rd, Penrith NSW 2750
""", mua="outlook", clang="en-AU")

add("rem03", "remittance", "en", "plain",
    "KOALA PLUMBING <koalaplumbing@bigpond.com>", "PAYMENT", "2025-04-02 16:55 +1100",
    """\
PAYMENT MADE TODAY FOR INVOICES 90012345 AND 90012377. TOTAL AUD 6,402.18. BANK REF WILL SAY KOALA PLUMB. PLEASE UPDATE OUR ACCOUNT.

TREVOR
""")

add("rem04", "remittance", "en", "plain",
    "Harbourside Facilities AP <ap@harboursidefm.com.au>",
    "Payment notification - Bellbird Hardware Pty Ltd", "2025-04-02 11:20 +1100",
    """\
Good morning,

Please be advised that a payment of AUD 12,580.40 has been made to your nominated account today, 02/04/2025, covering the following documents:

  SI-2025-0441   18/02/2025    4,200.00
  SI-2025-0459   24/02/2025    8,380.40

Funds should reach you within one to two business days depending on your bank.

Kind regards,

Accounts Payable Team
Harbourside Facilities Management Pty Ltd
Level 9, 60 Pitt Street, Sydney NSW 2000
T +61 2 8207 4400

-----------------------------------------------------------------------
IMPORTANT: This email and any attachments are confidential and may be legally privileged. If you are not the intended recipient, please notify the sender immediately and delete this message; any use, disclosure or copying is prohibited. Harbourside Facilities Management will never ask you to change our bank details or redirect an invoice payment by email. If you receive a request to update payment details purporting to come from us, please call our Accounts Payable team on the number above before acting on it. We accept no liability for loss caused by viruses or by fraudulent payment instructions.
-----------------------------------------------------------------------
""", mua="outlook", clang="en-AU")

add("rem05", "remittance", "en", "plain",
    "Chris Papadopoulos <chris@papacivil.com.au>", "BH/24/7781 + 7790", "2024-11-28 14:10 +1100",
    """\
Chris here from Papa Civil.

Paid BH/24/7781 and BH/24/7790 in today's run, $4,915.00 total, remittance ref WX-22019.

Note we've short-paid 7790 by $45.00 - the freight was on there twice (once as a line item, once in the delivery fee). I've already mentioned it to Josh so no need to chase, just pop a credit through when you get a chance.

Chris Papadopoulos
Papa Civil Contracting
0419 882 340
""")

add("rem06", "remittance", "en", "plain",
    "Leah Ferris <leah.ferris@westsidebuilders.net.au>", "Urgent", "2025-05-19 08:03 +1000",
    """\
Hi,

Our account was put on stop on Friday. We've just transferred the full overdue amount - $9,430.25, payment ref CBA-0519-2281, from our Commonwealth account at 7:58am.

The crew needs the timber order for the Kellyville job collected this arvo, so can someone please confirm and take the hold off asap.

Leah
Westside Builders

Get Outlook for Android
""", mua="android")

add("rem07", "remittance", "en", "plain",
    "Lion City Fitout AP <ap-noreply@lioncityfitout.com.sg>",
    "Payment Advice No. PA-2025-01873", "2025-05-21 15:30 +0800",
    """\
PAYMENT ADVICE

Payer       : Lion City Fitout Pte. Ltd. (UEN 201417720K)
Payee       : BELLBIRD HARDWARE PTY LTD
Vendor No.  : 300418
Pay Date    : 21.05.2025
Method      : Telegraphic Transfer (OCBC)
Currency    : AUD

Invoice No.   Invoice Date   Gross       Withheld   Net Paid
INV-24512     03.04.2025     3,940.00    0.00       3,940.00
INV-24533     11.04.2025     4,820.00    0.00       4,820.00
                                                    --------
                                         TOTAL      8,760.00

Overseas bank charges are for the payer's account.
This advice was generated automatically by our finance system. For queries contact finance@lioncityfitout.com.sg quoting the advice number.
""")

add("rem08", "remittance", "en", "plain",
    "Hemi Parata <hemi@paratadecks.co.nz>", "done", "2025-06-04 09:14 +1200",
    """\
Kia ora,

Copied this straight off the ANZ app so you've got it:

  International payment submitted
  To: BELLBIRD HARDWARE PTY LTD
  Amount: NZD 2,340.50 (AUD 2,131.77)
  Reference: INV-00123 PARATA
  Transaction ID: 6620-1187-4402

Bank fees might knock a couple of dollars off, sorry about that.

Nga mihi,
Hemi
""")

add("rem09", "remittance", "en", "attachment",
    "Accounts Payable <accounts.payable@greenwaylandscapes.com.au>",
    "Remittance Advice - Bellbird Hardware", "2025-04-12 13:05 +1000",
    """\
Please find attached.

Greenway Landscapes | Accounts Payable
""", att=[("Remittance_Advice_0412.pdf", "pdf", [
        "Greenway Landscapes Pty Ltd  ABN 63 118 402 771",
        "REMITTANCE ADVICE",
        "Payee: Bellbird Hardware Pty Ltd",
        "Payment date: 12/04/2025   Method: EFT",
        "INV-10442   04/03/2025   1,120.00",
        "INV-10467   13/03/2025     845.50",
        "Total paid: AUD 1,965.50"])], mua="outlook", clang="en-AU")

add("rem10", "remittance", "en", "attachment",
    "Dylan Shaw <dylshaw88@gmail.com>", "", "2025-03-18 18:47 +1100",
    """\


Sent from my iPhone
""", att=[("EFT_Confirmation_20250318.pdf", "pdf", [
        "Westpac Online Banking",
        "Payment receipt",
        "Paid to: BELLBIRD HARDWARE  BSB 062-118  Acc 1047 2281",
        "Amount: $689.00",
        "Description: SHAW INV 71902",
        "Receipt number: W0318-44719920",
        "Date: 18 March 2025 6:41pm"])], mua="iphone")

add("rem11", "remittance", "en", "attachment",
    "Tracey Lin <tracey@bluegumcabinets.com.au>", "Docs", "2025-02-06 12:22 +1100",
    """\
see attached for the 2 Feb one

T
""", att=[("Proof_of_Payment_INV-88123.jpg", "jpg", None)])

add("rem12", "remittance", "en", "forward",
    "Dan Moretti <dan.moretti@bellbirdhardware.com.au>", "FW: March invoices",
    "2025-04-07 09:40 +1000",
    """\
Hi AR,

FYI - Darren at Southern Cross Scaffolding says they cleared March on Friday, see below. Can you match it up? They want to place a big order this week and I don't want it held.

Dan Moretti | Account Manager - Trade
Bellbird Hardware Pty Ltd
M 0433 201 775

________________________________
From: Darren Kelly <darren@scscaffolding.com.au>
Sent: Monday, 7 April 2025 8:52 AM
To: Dan Moretti <dan.moretti@bellbirdhardware.com.au>
Subject: March invoices

Morning Dan,

On Friday we sent $7,208.90 to Bellbird to cover everything from March (invoices 20311 through 20346). Reference was SCS APR04.

Cheers
Darren
""", to="AR Team <ar@bellbirdhardware.com.au>", mua="outlook", clang="en-AU")

add("rem13", "remittance", "en", "forward",
    "Rachel Tan <rachel.tan@marinaprojects.com.sg>",
    "FW: Payment Processed - Ref 0025TT77812", "2025-02-26 11:03 +0800",
    """\
Hi Bellbird AR,

See the bank notification below for our payment against invoices 25102 and 25117. Kindly update your records accordingly.

Best regards,
Rachel Tan
Finance Executive | Marina Projects Pte Ltd
DID: +65 6221 7845

-----Original Message-----
From: DBS IDEAL <ideal.notification@dbs.com>
Sent: Wednesday, February 26, 2025 10:41 AM
To: Rachel Tan <rachel.tan@marinaprojects.com.sg>
Subject: Payment Processed - Ref 0025TT77812

Dear Customer,

Your Telegraphic Transfer has been processed successfully.

Transaction Reference : 0025TT77812
Debit Account         : 072-XXXXX-8
Beneficiary Name      : BELLBIRD HARDWARE PTY LTD
Beneficiary Bank      : WESTPAC BANKING CORPORATION, SYDNEY
Amount                : AUD 5,612.00
Value Date            : 26 Feb 2025

This is a system-generated notification. Please do not reply to this email.
""", mua="outlook", clang="en-SG")

add("rem14", "remittance", "en", "html",
    "Jacaranda Group Payments <noreply@remit.jacarandagroup.com.au>",
    "Jacaranda Group - payment advice 0004471208", "2025-06-27 17:02 +1000",
    html="""\
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Payment advice</title></head>
<body style="font-family:Arial,Helvetica,sans-serif;font-size:13px;color:#222">
<table width="640" cellpadding="6" cellspacing="0" style="border:1px solid #ccc">
<tr><td colspan="4" style="background:#5b3b8c;color:#fff;font-size:16px"><b>Jacaranda Group Pty Ltd &mdash; Payment Advice</b></td></tr>
<tr><td colspan="4">To: <b>Bellbird Hardware Pty Ltd</b> (supplier 20417)<br>
Payment number: 0004471208<br>Payment date: 27/06/2025<br>Payment method: EFT to account ending 2281</td></tr>
<tr style="background:#eee"><th align="left">Your invoice</th><th align="left">Invoice date</th><th align="right">Discount</th><th align="right">Amount paid</th></tr>
<tr><td>90015521</td><td>16/05/2025</td><td align="right">0.00</td><td align="right">14,902.25</td></tr>
<tr><td>90015588</td><td>23/05/2025</td><td align="right">0.00</td><td align="right">8,515.50</td></tr>
<tr><td colspan="3" align="right"><b>Total (AUD)</b></td><td align="right"><b>23,417.75</b></td></tr>
</table>
<p style="font-size:11px;color:#777">This payment advice was produced by the Jacaranda Group finance system. Replies to this address are not read; please direct questions to accountspayable@jacarandagroup.com.au.</p>
</body></html>
""")

add("rem15", "remittance", "en", "alternative",
    "Banksia Electrical Pty Ltd <noreply@banksiaelectrical.com.au>",
    "Remittance advice from Banksia Electrical Pty Ltd", "2025-06-03 16:21 +1000",
    """\
Hi Bellbird Hardware,

Here's the remittance advice for the payment of 1,304.60 AUD made on 3 Jun 2025.

Invoices paid
  SI-5561   (21 Apr 2025)   712.80
  SI-5598   (05 May 2025)   591.80

Total paid: 1,304.60 AUD

If you have any questions, just reply to this email.

Thanks,
Banksia Electrical Pty Ltd
""", html="""\
<html><body style="font-family:Helvetica,Arial,sans-serif;color:#333">
<p>Hi Bellbird Hardware,</p>
<p>Here's the remittance advice for the payment of <b>1,304.60 AUD</b> made on <b>3 Jun 2025</b>.</p>
<table cellpadding="4" style="border-collapse:collapse">
<tr><th align="left">Invoice</th><th align="left">Date</th><th align="right">Paid</th></tr>
<tr><td>SI-5561</td><td>21 Apr 2025</td><td align="right">712.80</td></tr>
<tr><td>SI-5598</td><td>05 May 2025</td><td align="right">591.80</td></tr>
<tr><td colspan="2"><b>Total paid</b></td><td align="right"><b>1,304.60 AUD</b></td></tr>
</table>
<p>If you have any questions, just reply to this email.</p>
<p>Thanks,<br>Banksia Electrical Pty Ltd</p>
</body></html>
""", hdrs=[("Reply-To", "Banksia Electrical Accounts <accounts@banksiaelectrical.com.au>")])

add("rem16", "remittance", "en", "alternative",
    "Rimu Timber Merchants Ltd <payments@rimutimber.co.nz>",
    "Payment to Bellbird Hardware - 18/06/2025", "2025-06-18 15:45 +1200",
    """\
Kia ora,

A payment of AUD 3,085.00 was sent to Bellbird Hardware Pty Ltd today for the items below.

  Invoice BH-NZ-00671   AUD 1,960.00
  Invoice BH-NZ-00688   AUD 1,125.00

Please allow two to three working days for the international transfer to arrive.

This is an automated message from our accounts system. Replies go to accounts@rimutimber.co.nz.

Rimu Timber Merchants Ltd | 22 Kahikatea Drive, Hamilton 3204
""")

add("rem17", "remittance", "en", "reply",
    "Josie Marchetti <josie@marchettitiling.com.au>",
    "Re: Statement of account - May 2025 - Marchetti Tiling", "2025-06-05 13:31 +1000",
    """\
Thanks Priya - both of the items on there were settled today, $1,212.50 in total (SI 5530 $880.00 and SI 5544 $332.50). Should land in your account tomorrow.

Josie

On Wed, 4 Jun 2025 at 09:15, Bellbird Hardware Accounts <ar@bellbirdhardware.com.au> wrote:
> Hi Josie,
>
> Please find your statement for May attached. Two items are now past
> 30 days - SI 5530 and SI 5544, total $1,212.50.
>
> Kind regards,
> Priya Nair
> Accounts Receivable | Bellbird Hardware Pty Ltd
""", irt=ourmid("stmt-marchetti-2505"))

add("rem18", "remittance", "tl", "plain",
    "Joy Manalo <accounting@mabuhaybuilders.ph>", "Payment SI BH-PH-0192",
    "2025-06-11 10:06 +0800",
    """\
Good am po!

Nagbayad na po kami kahapon thru BDO online banking, PHP 48,500.00 para sa invoice BH-PH-0192. Ref no. 20250610-7712.

Pa-confirm na lang po kung na-receive na ninyo. Salamat po!

Joy Manalo
Accounting Dept.
Mabuhay Builders Supply Inc.
(02) 8654 2210 loc 114
""")

add("rem19", "remittance", "tl", "plain",
    "rodel santos <rodelsantos.hw@yahoo.com>", "hi mam", "2025-03-27 21:40 +0800",
    """\
mam good eve, nadeposit ko na po sa metrobank kanina ung bayad sa 2 invoice (0331 at 0342) total 23,800. picture ng deposit slip ipapasa ko bukas nasa sasakyan kasi

salamat po
rodel

Sent from Yahoo Mail on Android
""")

add("rem20", "remittance", "tl", "attachment",
    "Cecille Ramos <cecille.ramos@luzonsteelworks.com.ph>", "deposit slip",
    "2025-05-22 15:18 +0800",
    """\
Hi po, attached po ang deposit slip para sa SI 2025-118. Salamat po!

Cecille
""", att=[("deposit_slip_BDO_0522.jpg", "jpg", None)])

add("rem21", "remittance", "tl", "forward",
    "Arnel Villanueva <arnel@visayasfixtures.ph>", "Fwd: BPI Fund Transfer Confirmation",
    "2025-01-15 09:50 +0800",
    """\
FYI po, eto na yung confirmation ng bayad namin para sa Dec invoices. Kindly update na lang po yung account namin.

---------- Forwarded message ---------
From: BPI Online <noreply@bpi.com.ph>
Date: Tue, Jan 14, 2025 at 4:22 PM
Subject: BPI Fund Transfer Confirmation
To: <arnel@visayasfixtures.ph>

Your fund transfer request has been completed.

Transaction Reference No.: 0114-2025-88120934
Amount: PHP 112,340.00
Beneficiary: BELLBIRD HARDWARE PTY LTD
Remarks: INV 24-1201 / 24-1215
Date & Time: January 14, 2025 04:22 PM
""")

add("rem22", "remittance", "zh", "attachment",
    "李静 <lijing@hengtai-bm.cn>", "付款回单", "2025-04-15 10:30 +0800",
    """\
您好，

附件为我司付款回单，请查收。

李静
恒泰建材（佛山）有限公司 财务部
电话：0757-8632 5510
""", att=[("付款回单_20250415.pdf", "pdf", [
        "Bank of China - Outward Remittance Advice",
        "Remitter: Hengtai Building Materials (Foshan) Co., Ltd.",
        "Beneficiary: BELLBIRD HARDWARE PTY LTD",
        "Amount: USD 8,275.00",
        "Value date: 2025-04-15",
        "Remark: INV BH-CN-2154"])], mua="foxmail")

add("rem23", "remittance", "zh", "plain",
    "王海峰 <wanghf@jinshuo-trading.com>", "关于发票BH-CN-2207的付款", "2025-06-04 09:12 +0800",
    """\
Bellbird 财务部：

你好！我司已于6月3日通过中国银行电汇支付贵司发票 BH-CN-2207 款项，金额 USD 12,360.00，电汇编号 TT2506030041。

由于是跨境汇款，预计2-3个工作日到账，如有手续费扣减请告知。

王海峰
上海金硕贸易有限公司
手机：139 1682 7705
""")

add("rem24", "remittance", "zh", "plain",
    "zhou_min1987 <zhou_min1987@163.com>", "款已付", "2025-02-18 16:44 +0800",
    """\
INV 30917 的款昨天已经付了，4200澳元，请查收，谢谢

发自我的iPhone
""", mua="iphone")

add("rem25", "remittance", "zh-hant", "html",
    "宏昇五金 會計部 <acct@hongsheng-hw.com.tw>", "匯款通知 - 宏昇五金", "2025-03-20 14:00 +0800",
    html="""\
<html><head><meta charset="utf-8"></head>
<body style="font-family:'微軟正黑體',PMingLiU,sans-serif;font-size:14px">
<p>Bellbird Hardware 貴公司 您好：</p>
<p>本公司已於 2025 年 3 月 20 日以電匯方式支付下列發票款項，敬請查收。</p>
<table border="1" cellpadding="5" cellspacing="0">
<tr><th>發票號碼</th><th>發票日期</th><th>金額 (AUD)</th></tr>
<tr><td>TW-0388</td><td>2025/01/22</td><td align="right">2,640.00</td></tr>
<tr><td>TW-0395</td><td>2025/02/05</td><td align="right">1,918.50</td></tr>
<tr><td colspan="2">合計</td><td align="right"><b>4,558.50</b></td></tr>
</table>
<p>匯款銀行：台灣銀行 國外部　匯款編號：OR25032000417</p>
<p>如有任何問題，請與本部聯絡。</p>
<p>宏昇五金股份有限公司 會計部<br>電話：(02) 2298-6615</p>
</body></html>
""")

add("rem26", "remittance", "de", "plain",
    "Sabine Krüger <s.krueger@krueger-baubedarf.de>", "Überweisung RE-2025-0331",
    "2025-05-12 11:05 +0200",
    """\
Hallo Frau Nair,

wir haben heute die Rechnung RE-2025-0331 über 3.412,80 EUR überwiesen (Valuta 12.05.2025, Verwendungszweck: RE-2025-0331 KRUEGER).

Viele Grüße
Sabine Krüger
Buchhaltung

Krüger Baubedarf GmbH & Co. KG
Industriestraße 14, 33602 Bielefeld
Tel. +49 521 9876 210
Amtsgericht Bielefeld HRA 15502 · Geschäftsführer: Jörg Krüger
""")

add("rem27", "remittance", "de", "attachment",
    "Kreditorenbuchhaltung Westfalen Werkzeug <buchhaltung@westfalen-werkzeug.de>",
    "Zahlungsavis 4711", "2025-05-06 08:30 +0200",
    """\
Sehr geehrte Damen und Herren,

anbei erhalten Sie unser Zahlungsavis.

Mit freundlichen Grüßen
Ihre Kreditorenbuchhaltung
""", att=[("Zahlungsavis_4711_2025-05-06.pdf", "pdf", [
        "Westfalen Werkzeug GmbH - Zahlungsavis Nr. 4711",
        "Empfänger: Bellbird Hardware Pty Ltd, Silverwater NSW",
        "Zahlungsdatum: 06.05.2025   Zahlungsart: Auslandsüberweisung",
        "Rechnung 90014390  vom 02.04.2025   2.180,00 EUR",
        "Rechnung 90014417  vom 09.04.2025   1.346,20 EUR",
        "Summe: 3.526,20 EUR"])])

add("rem28", "remittance", "de", "forward",
    "Markus Hoffmann <m.hoffmann@hoffmann-holztechnik.de>", "WG: Zahlungsbestätigung",
    "2025-02-11 09:20 +0100",
    """\
Guten Morgen,

zur Info: die Zahlung für Ihre Rechnungen 90013810 und 90013844 ist gestern rausgegangen, siehe Bestätigung unserer Bank unten.

Gruß
Markus Hoffmann

-----Ursprüngliche Nachricht-----
Von: Deutsche Bank Online-Banking <noreply@db.com>
Gesendet: Montag, 10. Februar 2025 17:12
An: Markus Hoffmann <m.hoffmann@hoffmann-holztechnik.de>
Betreff: Zahlungsbestätigung

Ihr Auslandsauftrag wurde ausgeführt.

Empfänger: BELLBIRD HARDWARE PTY LTD
Betrag: 6.118,40 EUR
Verwendungszweck: 90013810 90013844
Ausführungsdatum: 10.02.2025
""", mua="outlook", clang="de-DE")

add("rem29", "remittance", "ms", "plain",
    "Nurul Aisyah <nurul@sinarjaya-hardware.com.my>", "Bayaran invois INV-5521",
    "2025-04-24 11:47 +0800",
    """\
Salam,

Bayaran untuk invois INV-5521 sebanyak RM 7,340.00 telah dibuat melalui IBG pada hari ini. No. rujukan Maybank: MBB240425-00918.

Sila semak dan maklumkan jika sudah diterima.

Terima kasih,
Nurul Aisyah
Eksekutif Akaun, Sinar Jaya Hardware Sdn Bhd
Tel: 03-5631 2877
""")

add("rem30", "remittance", "ja", "alternative",
    "山田 真理子 <m.yamada@kansai-kenzai.co.jp>",
    "お振込完了のご連絡（請求書No. BH-JP-0088）", "2025-05-30 10:15 +0900",
    """\
Bellbird Hardware 御中

いつもお世話になっております。関西建材株式会社 経理部の山田です。

請求書No. BH-JP-0088（ご請求額 AUD 4,560.00）につきまして、本日三井住友銀行より海外送金にてお支払いいたしました。
着金まで数日かかる場合がございますので、ご確認のほどよろしくお願いいたします。

--
関西建材株式会社 経理部
山田 真理子
TEL 06-6345-2218
""")

# ======================================================================
# invoice_request (20)
# ======================================================================

add("inv01", "invoice_request", "en", "plain",
    "Brett <brett@outbackdiesel.com.au>", "inv", "2025-03-03 06:58 +1000",
    """\
pls send inv 4471 again

Sent from my iPad
""", mua="iphone")

add("inv02", "invoice_request", "en", "plain",
    "Ana Ribeiro <ana.ribeiro@coastcivil.com.au>", "INV-00877 - PDF copy please",
    "2025-02-19 14:36 +1000",
    """\
Hi,

Could you please resend invoice INV-00877 as a PDF? The copy we received was a scanned image and our AP software (Dext) rejects it.

Please send it to invoices@coastcivil.com.au rather than to me.

Thanks,
Ana Ribeiro
Coast Civil Group | Accounts
T 07 5591 0043
""", mua="outlook", clang="en-AU")

add("inv03", "invoice_request", "en", "plain",
    "Oliver Grant <oliver.grant@kestrelprojects.com.au>", "Invoice addressee - Kestrel Projects",
    "2025-03-21 10:48 +1100",
    """\
Hi Bellbird team,

We restructured on 1 March and purchases for the Marsden Park site now sit under Kestrel Projects (NSW) Pty Ltd, ABN 27 655 019 442.

Could you reissue SI-2025-0502 addressed to that entity at Level 3, 18 Smith St, Parramatta NSW 2150? Nothing else on it needs to change - our AP team can only load invoices that match the ordering entity.

Regards,
Oliver Grant
Project Administrator
Kestrel Projects
""")

add("inv04", "invoice_request", "en", "plain",
    "FAIRFIELD FENCING <fairfieldfencing@optusnet.com.au>", "PO 77812", "2025-05-27 15:12 +1000",
    """\
NEED COPY OF INVOICE FOR PO 77812 ASAP. MONTH END IS FRIDAY AND THE BOSS WONT SIGN OFF WITHOUT IT

DEB
""")

add("inv05", "invoice_request", "en", "plain",
    "Rohan Mehta <rohan@pinnaclefitouts.com.au>", "Payment", "2025-05-14 11:30 +1000",
    """\
Hi,

Before we can pay anything for the ladders and trestles delivered on 2 May we need the actual invoice - we've only ever received the delivery docket (DN 60218). Our PO was 3390.

Can you email it through to me today?

Rohan Mehta
Pinnacle Fitouts
0402 119 835
""")

add("inv06", "invoice_request", "en", "plain",
    "Shelley Baird <shelley@bairdlandscaping.com.au>", "credit note for returned pavers?",
    "2025-04-29 16:05 +1000",
    """\
Hey,

Your rep said a credit note was raised last week for the pallet of bluestone pavers we sent back (RA 1182), but it hasn't come through to us. Can you send it over so I can match it in MYOB?

Thanks
Shell
""")

add("inv07", "invoice_request", "en", "plain",
    "Accounts Payable | Tasman Health <ap@tasmanhealth.org.au>",
    "Tax invoice required - order 100234", "2025-05-20 09:05 +1000",
    """\
Hello,

We received a delivery docket for order 100234 (delivered 14/05/2025 to the Hobart campus) but no tax invoice. Please email a valid tax invoice quoting our PO TH-PO-558120 to ap@tasmanhealth.org.au.

Thank you,
Accounts Payable Officer
Tasman Health Services

CONFIDENTIALITY NOTICE: This message and any attachment may contain confidential or privileged information intended solely for the addressee. Tasman Health Services processes supplier invoices only when they are submitted to ap@tasmanhealth.org.au with a valid purchase order number; invoices without a PO may be returned unpaid. Our payment terms are 30 days from receipt of a correct tax invoice. If you have received this email in error, please delete it and notify the sender. Views expressed are those of the individual sender and not necessarily those of Tasman Health Services.
""", mua="outlook", clang="en-AU")

add("inv08", "invoice_request", "en", "plain",
    "Jasmine Koh <jasmine.koh@orchardinteriors.com.sg>",
    "Request for copies of invoices - March 2025", "2025-04-16 10:20 +0800",
    """\
Dear Sir/Madam,

Our auditors are performing their interim review and require copies of all invoices you issued to us in March 2025 (invoice numbers 24601 to 24618).

Kindly furnish soft copies at your earliest convenience.

Thank you.

Best regards,
Jasmine Koh
Senior Accounts Assistant
Orchard Interiors Pte Ltd
""")

add("inv09", "invoice_request", "en", "plain",
    "Mike Walker <walkerjoinery@xtra.co.nz>", "Lost invoice - mitre saw", "2025-06-23 19:32 +1200",
    """\
Gidday,

I've managed to lose the invoice for the Festool mitre saw we bought off you in February and my accountant's after it for the depreciation schedule. Do you mind resending? Should be under Walker Joinery Ltd.

Cheers
Mike Walker
027 448 1920
""")

add("inv10", "invoice_request", "en", "reply",
    "Gemma Lowe <gemma.lowe@sunsetcarpentry.com.au>",
    "RE: Friendly reminder - INV-30112 overdue", "2025-06-11 08:47 +1000",
    """\
Hi Sam,

We don't have INV-30112 anywhere in our system - it never reached us. If you send a copy to accounts@sunsetcarpentry.com.au I'll get it processed.

Gemma

From: Bellbird Hardware Accounts <ar@bellbirdhardware.com.au>
Sent: Tuesday, 10 June 2025 9:02 AM
To: Gemma Lowe <gemma.lowe@sunsetcarpentry.com.au>
Subject: Friendly reminder - INV-30112 overdue

Hi Gemma,

Our records show INV-30112 for $1,486.20 was due on 31 May and remains unpaid. If payment has already been made please disregard this reminder.

Regards,
Sam Whitfield
Credit Controller | Bellbird Hardware Pty Ltd
""", irt=ourmid("rem-sunset-30112"), mua="outlook", clang="en-AU")

add("inv11", "invoice_request", "en", "reply",
    "Ian McAllister <ian@mcallisterplumbing.com.au>", "Re: Statement - April 2025",
    "2025-05-02 13:58 +1000",
    """\
Thanks for this. 88123 and 88140 aren't in our files at all - could you send copies of those two so I can get them approved?

Ian

> -----Original Message-----
> From: ar@bellbirdhardware.com.au
> Sent: 2 May 2025 10:14
> Subject: Statement - April 2025
>
> Hello, please find attached your statement for April 2025.
> Bellbird Hardware Accounts Receivable
""", irt=ourmid("stmt-mcallister-2504"))

add("inv12", "invoice_request", "en", "forward",
    "Karen Doyle <karen.doyle@summitelectrical.com.au>", "FW: missing invoice - Bellbird",
    "2025-02-21 07:55 +1100",
    """\
Hi Bellbird,

See the attached email from our AP team - could you send the invoice direct to them please? I'm hardly ever in the office.

Karen
""", fwdmsg=dict(
        frm="Summit AP <ap@summitelectrical.com.au>",
        to="Karen Doyle <karen.doyle@summitelectrical.com.au>",
        subj="missing invoice - Bellbird", date="2025-02-20 15:15 +1100",
        body="""\
Karen, we have a goods receipt for the cable drums from Bellbird Hardware on 11/02 (GRN 44817) but no matching invoice. Can you ask them for a copy please?

Summit Electrical - Accounts Payable
"""), mua="outlook", clang="en-AU")

add("inv13", "invoice_request", "tl", "plain",
    "Maricel Dizon <maricel.dizon@pampangabuild.ph>", "Request for invoice copy",
    "2025-04-08 09:41 +0800",
    """\
Hi po,

Pwede po pa-resend ng invoice # 20250318-07? Hindi po namin mahanap sa email at kailangan po namin para sa BIR filing ngayong buwan.

Thanks po,
Maricel
""")

add("inv14", "invoice_request", "tl", "plain",
    "Jomar Reyes <jomar.reyes.trade@gmail.com>", "SI", "2025-06-30 17:26 +0800",
    """\
pa send ulit ng SI for PO 55120 pls, nabasa kasi ng ulan yung hard copy haha. soft copy na lang ok na

Sent from my Samsung Galaxy smartphone.
""")

add("inv15", "invoice_request", "tl", "forward",
    "Liza Fernandez <liza@cebuhomecentre.ph>", "Fwd: Request for original invoice",
    "2025-04-07 13:15 +0800",
    """\
Hello Bellbird,

Pasend naman po ng original copy ng invoice para sa order namin last month, kailangan daw po ng finance para ma-process. Please see email ni Sir Ramon below.

Thank you po!
Liza

---------- Forwarded message ---------
From: Ramon Cruz <ramon.cruz@cebuhomecentre.ph>
Date: Mon, Apr 7, 2025 at 10:02 AM
Subject: Request for original invoice
To: Liza Fernandez <liza@cebuhomecentre.ph>

Liza, wala pa tayong invoice galing Bellbird para sa PO CHC-0325. Pakihingi naman sa kanila para ma-release natin yung bayad.
""")

add("inv16", "invoice_request", "zh", "plain",
    "陈晓 <chenxiao@hengda-jc.com>", "发票抬头变更", "2025-03-10 15:22 +0800",
    """\
你好，

麻烦重新开一下发票 INV-CN-0931，抬头需要改为我们的新公司名称：深圳市恒达建材有限公司（原名：深圳恒达五金贸易有限公司），其他信息不变。

改好后请发PDF到这个邮箱，谢谢！

陈晓
""")

add("inv17", "invoice_request", "zh", "alternative",
    "刘婷 <liuting@jiahe-decor.cn>", "请发送四月份发票电子版", "2025-05-06 10:08 +0800",
    """\
您好：

我司需要贵司2025年4月份全部发票的电子版（PDF格式）用于入账，麻烦尽快发送至 finance@jiahe-decor.cn。

谢谢配合！

刘婷 | 财务
嘉禾装饰工程（杭州）有限公司
""", mua="foxmail")

add("inv18", "invoice_request", "zh-hant", "plain",
    "Wong Ka Yan <kayan.wong@harbourview-eng.com.hk>", "補發發票 HK-2219", "2025-02-12 11:40 +0800",
    """\
您好，

請補寄發票 HK-2219 的副本給我們，原本那封電郵好像被系統攔截了。電子版即可。

謝謝！
黃嘉欣
港景工程有限公司 會計部
電話：2893 4416
""")

add("inv19", "invoice_request", "de", "plain",
    "Thomas Weber <t.weber@weber-elektro.de>", "Rechnung 90014522", "2025-04-03 14:17 +0200",
    """\
Guten Tag,

bitte senden Sie uns die Rechnung 90014522 noch einmal als PDF zu. Die ursprüngliche E-Mail ist bei uns leider nie angekommen.

Bitte an rechnungseingang@weber-elektro.de.

Danke und freundliche Grüße
Thomas Weber
Weber Elektrotechnik GmbH
""")

add("inv20", "invoice_request", "id", "plain",
    "Dewi Lestari <dewi.lestari@nusantarabangun.co.id>", "Mohon kirim ulang invoice",
    "2025-05-15 13:02 +0700",
    """\
Selamat siang,

Mohon dikirimkan ulang invoice no. INV/BH/2025/0217, karena file PDF yang kami terima tidak bisa dibuka (rusak).

Terima kasih atas bantuannya.

Salam,
Dewi Lestari
Staf Keuangan - PT Nusantara Bangun Persada
""")

# ======================================================================
# statement_request (18)
# ======================================================================

add("st01", "statement_request", "en", "plain",
    "Nick <nick@nickstiling.com.au>", "acct", "2025-05-08 12:14 +1000",
    """\
how much do we owe you guys atm?

Nick
Nick's Tiling
0421 330 178
""")

add("st02", "statement_request", "en", "plain",
    "Paula Greco <paula.greco@grecobuild.com.au>", "Statement as at 30 June",
    "2025-07-01 09:22 +1000",
    """\
Hi,

Please send a statement of account as at 30 June 2025 for our EOFY reconciliation. Our account number with you is BELL-0088.

Many thanks,
Paula Greco
Financial Controller, Greco Build Pty Ltd
Ph (03) 9314 6620
""", mua="outlook", clang="en-AU")

add("st03", "statement_request", "en", "plain",
    "TRADIES DIRECT <tradiesdirect.office@gmail.com>", "LIST", "2025-02-25 17:48 +1100",
    """\
CAN U SEND ME A LIST OF ALL OPEN INVOICES PLS. ACCOUNT IS UNDER TRADIES DIRECT. NEED IT BY TOMORROW
""")

add("st04", "statement_request", "en", "plain",
    "Wei Chen <wei.chen@redgumlogistics.com.au>", "Balance confirmation request - 31 March 2025",
    "2025-04-09 10:33 +1000",
    """\
Dear Bellbird Hardware,

As part of our year-end audit, please confirm the balance owed by Redgum Logistics Pty Ltd to your company as at 31 March 2025, together with a list of the open invoices making up that balance.

Please reply directly to our auditors at audit.redgum@pkfaudit.com.au and copy me in.

Regards,
Wei Chen
Assistant Accountant
Redgum Logistics Pty Ltd
""", cc="audit.redgum@pkfaudit.com.au")

add("st05", "statement_request", "en", "plain",
    "Mario Russo <mario@russoconcreting.com.au>", "Overdue invoices", "2025-06-16 07:12 +1000",
    """\
Hi,

We want to clear everything with you before end of month but our records don't match your reminder letters. Can you send an aged breakdown of what's actually outstanding so we pay the right amount?

Mario
Russo Concreting
""")

add("st06", "statement_request", "en", "plain",
    "Tania Brooks <tania@brooksbuilders.co.nz>", "current statement pls", "2025-04-22 14:50 +1200",
    """\
Hi there,

Could I get a current statement please? Just want to see that the credits from the March return have gone on before I do our payments.

Thanks,
Tania
Brooks Builders Ltd | 09 836 2271
""")

add("st07", "statement_request", "en", "plain",
    "Lim Wei Ling <weiling.lim@straitsmarine.com.sg>", "Statement of Account Jan-Jun 2025",
    "2025-07-02 11:05 +0800",
    """\
Dear Bellbird AR,

Kindly provide the statement of account for our company (Straits Marine Engineering Pte Ltd) covering January to June 2025, preferably in Excel format, for our half-year closing.

Thank you and regards,
Lim Wei Ling
Accounts Executive
Tel: +65 6862 3310
""")

add("st08", "statement_request", "en", "plain",
    "Jacko Simmons <jackosimmons@outlook.com>", "balance", "2025-03-06 20:11 +1100",
    """\
whats the balance on our acct? need to know before i pay anything

Sent from my Galaxy
""")

add("st09", "statement_request", "en", "reply",
    "Fiona Walsh <fiona@walshrenovations.com.au>",
    "RE: Invoice INV-77031 from Bellbird Hardware Pty Ltd", "2025-05-09 08:26 +1000",
    """\
Thanks. While you're at it can you send me the full statement? I think there are a couple of others I haven't matched up yet.

Fiona Walsh
Walsh Renovations

-----Original Message-----
From: Bellbird Hardware Pty Ltd <ar@bellbirdhardware.com.au>
Sent: Thursday, 8 May 2025 4:03 PM
To: Fiona Walsh <fiona@walshrenovations.com.au>
Subject: Invoice INV-77031 from Bellbird Hardware Pty Ltd

Dear Fiona,

Your invoice INV-77031 for $642.00 is attached. Payment is due by 30 June 2025.

Thank you for your business.
Bellbird Hardware Pty Ltd
""", irt=ourmid("inv-walsh-77031"), mua="outlook", clang="en-AU")

add("st10", "statement_request", "en", "reply",
    "Gus Van Der Berg <gus@vdbsheetmetal.com.au>",
    "Re: Your 30-day trade account is approved", "2025-02-03 12:40 +1100",
    """\
Great, thanks Nat. One thing - can you send us an aged balance each month along with the statement? Our bookkeeper likes to see the 30/60/90 split.

Gus

On 3/2/2025 11:20 am, Natalie Fong wrote:
> Hi Gus,
> Good news - your 30-day trade account (BELL-1142) has been approved with a
> limit of $15,000. Invoices are due 30 days from end of month.
> Natalie Fong, Credit Officer
""", irt=ourmid("welcome-vdb"))

add("st11", "statement_request", "en", "alternative",
    "Vendor Reconciliation | Meridian Mining <vendor.recon@meridianmining.com.au>",
    "Vendor statement request - Q2 FY25 reconciliation", "2025-07-03 08:00 +0800",
    """\
Dear Supplier,

Meridian Mining Ltd is performing its quarterly supplier reconciliation. Please provide a statement of account showing all open items and unapplied credits on our account as at 30 June 2025.

Supplier: Bellbird Hardware Pty Ltd
Supplier number: 1009847

Please send the statement as a PDF or Excel file to vendor.recon@meridianmining.com.au by 11 July 2025. If no balance is outstanding, please confirm a nil balance in writing.

Kind regards,
Procure-to-Pay Shared Services
Meridian Mining Ltd | 240 St Georges Terrace, Perth WA 6000
""")

add("st12", "statement_request", "tl", "plain",
    "Grace Aquino <grace.aquino@batangasbuilders.ph>", "SOA request", "2025-06-02 10:40 +0800",
    """\
Hello po,

Pwede po ba makahingi ng SOA namin as of May 31? Ire-reconcile lang po namin bago mag-close ng books.

Salamat po!
Grace
""")

add("st13", "statement_request", "tl", "forward",
    "Paolo Mendoza <paolo.mendoza@ilocoshardware.com.ph>", "Fw: SOA", "2025-06-17 13:20 +0800",
    """\
Good afternoon po,

Pa-send po ng updated SOA namin, hinihingi po ng boss namin (see below). Salamat.

Paolo

----- Forwarded Message -----
From: Engr. Victor Lim <victor.lim@ilocoshardware.com.ph>
To: Paolo Mendoza <paolo.mendoza@ilocoshardware.com.ph>
Sent: Tuesday, June 17, 2025, 08:40:12 AM GMT+8
Subject: SOA

Paolo, magkano na ba total utang natin sa Bellbird? Kunin mo yung latest na statement nila.
""")

add("st14", "statement_request", "zh", "plain",
    "赵磊 <zhaolei@dongfang-wujin.com>", "对账单", "2025-06-03 16:30 +0800",
    """\
您好，

请提供我司截至2025年5月31日的对账单（含未结发票明细），我们月底要对账。

谢谢！
赵磊
东方五金（宁波）有限公司
""")

add("st15", "statement_request", "zh-hant", "html",
    "林怡君 <yichun.lin@chenghe-build.com.tw>", "請提供對帳單", "2025-07-04 09:50 +0800",
    html="""\
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body>
<div style="font-family:新細明體,PMingLiU;font-size:12pt">您好：</div>
<div style="font-family:新細明體,PMingLiU;font-size:12pt"><br></div>
<div style="font-family:新細明體,PMingLiU;font-size:12pt">麻煩提供本公司截至六月底的對帳單，以及目前尚未付款的發票清單，以便我們安排核對。</div>
<div style="font-family:新細明體,PMingLiU;font-size:12pt"><br></div>
<div style="font-family:新細明體,PMingLiU;font-size:12pt">謝謝！</div>
<div style="font-family:新細明體,PMingLiU;font-size:12pt"><br>林怡君<br>誠和營造股份有限公司 財務部<br>(02) 2758-3316</div>
</body></html>
""")

add("st16", "statement_request", "de", "plain",
    "Claudia Schmitt <c.schmitt@schmitt-dachbau.de>", "Offene Posten Kd.-Nr. 40221",
    "2025-03-26 10:12 +0100",
    """\
Hallo zusammen,

bitte schicken Sie uns einen aktuellen Kontoauszug bzw. eine Offene-Posten-Liste zu unserer Kundennummer 40221. Wir möchten vor dem Quartalsabschluss abgleichen.

Besten Dank
Claudia Schmitt
Schmitt Dachbau GmbH
""")

add("st17", "statement_request", "de", "plain",
    "Frank Vogel <f.vogel@vogel-metallbau.de>", "Saldenbestätigung zum 31.12.2024",
    "2025-01-20 13:45 +0100",
    """\
Sehr geehrte Damen und Herren,

im Rahmen unserer Jahresabschlussprüfung bitten wir Sie um Bestätigung des Saldos unseres Kontos bei Ihnen zum Stichtag 31.12.2024 einschließlich einer Aufstellung der offenen Posten.

Bitte senden Sie die Bestätigung direkt an unseren Wirtschaftsprüfer, Kanzlei Brandt & Partner, saldenbestaetigung@brandt-partner.de.

Mit freundlichen Grüßen
Frank Vogel
Vogel Metallbau GmbH
""", mua="outlook", clang="de-DE")

add("st18", "statement_request", "ms", "plain",
    "Ahmad Faizal <faizal@tekno-bina.com.my>", "Penyata akaun", "2025-05-26 15:33 +0800",
    """\
Assalamualaikum dan salam sejahtera,

Boleh hantar penyata akaun terkini untuk syarikat kami (Tekno Bina Sdn Bhd)? Kami nak semak baki yang masih tertunggak sebelum tutup akaun bulan ini.

Terima kasih.
Ahmad Faizal
""")

# ======================================================================
# dispute (22)
# ======================================================================

add("dis01", "dispute", "en", "plain",
    "Steve Kowalski <steve@kowalskielectrical.com.au>", "inv 55871 price wrong",
    "2025-04-15 06:44 +1000",
    """\
wrong price on inv 55871. quoted $18.40/m for the 25mm conduit, you've billed $21.90/m. 300m so thats over a grand out. pls fix and resend

steve
""")

add("dis02", "dispute", "en", "plain",
    "Olivia Hart <olivia.hart@hartandsons.com.au>", "INV-00912 - short delivery",
    "2025-05-09 11:18 +1000",
    """\
Hi,

Only 40 of the 60 bags of GP cement arrived on 6 May (docket 44121, signed by our leading hand with a note), but INV-00912 charges for all 60.

Please issue a credit for the 20 bags not delivered. We'll pay the balance once that's done.

Regards,
Olivia Hart
Hart & Sons Building
02 6021 5534
""", mua="outlook", clang="en-AU")

add("dis03", "dispute", "en", "plain",
    "DOUG MCLEAN <dmclean@mcleanearthmoving.com.au>", "DUPLICATE", "2025-03-31 16:02 +1100",
    """\
THIS INVOICE 90012488 IS A DUPLICATE. WE WERE ALREADY BILLED FOR THE SAME ORDER ON 90012201 AND THAT ONE IS PAID. NOT PAYING TWICE. CANCEL IT.

DOUG
""")

add("dis04", "dispute", "en", "plain",
    "Priscilla Ng <priscilla@ngbathrooms.com.au>", "SI-2025-0611", "2025-06-06 10:25 +1000",
    """\
Hello,

Two of the six vanity units on SI-2025-0611 arrived with cracked stone tops. The driver saw the damage and noted it on the docket.

We won't be paying this invoice until the two units are replaced or credited. Please let me know which.

Priscilla Ng
Ng Bathrooms & Kitchens
""")

add("dis05", "dispute", "en", "plain",
    "Liam O'Connor <liam.oconnor@tasmancrossings.co.nz>", "BH/25/0107", "2025-01-29 13:10 +1300",
    """\
Hi,

BH/25/0107 has 10% GST on both the goods and the freight, but this order was shipped to our Auckland branch. As an export it should be GST-free. We can't pay an invoice with Australian GST on it - please cancel it and reissue without the GST.

Liam O'Connor
Tasman Crossings Ltd
""")

add("dis06", "dispute", "en", "plain",
    "Rebecca Sim <rebecca@simjoinery.com.au>", "Reminder??", "2025-05-28 09:37 +1000",
    """\
Third reminder this month for INV-4410 and it was paid on 2 May - EFT ref 556120, $2,780.00. I sent the remittance to this address the same day.

Please check your bank and stop the reminders. I don't want our account put on hold over your mistake.

Rebecca Sim
Sim Joinery
""")

add("dis07", "dispute", "en", "plain",
    "Aaron Pike <aaron@pikeprojects.com.au>", "Order 7780 - never arrived", "2025-03-26 08:15 +1100",
    """\
Hi,

We've been invoiced for order 7780 (INV-7780-1, $3,115.00) but nothing was delivered to our Box Hill site. Your tracking says delivered on 21/03 but nobody signed for it and there's nothing on site.

Please don't chase payment on this until it's been investigated.

Aaron Pike
Site Manager
Pike Projects
""")

add("dis08", "dispute", "en", "plain",
    "Deepa Raman <deepa.raman@northbridgegroup.com.au>", "Invoice 20051 returned",
    "2025-06-10 14:02 +1000",
    """\
Dear Supplier,

We are returning invoice 20051 dated 02/06/2025 for $4,372.80 unprocessed. It does not quote a valid Northbridge purchase order number, and it includes a line for "site delivery surcharge" that was not part of the agreed pricing.

Please issue a credit note for this invoice and submit a corrected invoice against PO NB-448102 without the surcharge.

Regards,
Deepa Raman
Accounts Payable, Northbridge Group
""", mua="outlook", clang="en-AU")

add("dis09", "dispute", "en", "plain",
    "Hamish Bell <hamish.bell@southernwater-svc.com.au>", "Pricing on March invoices",
    "2025-04-04 15:41 +1100",
    """\
Hi,

The March invoices (SI-2025-0398, SI-2025-0405 and SI-2025-0417) are billed at your list price instead of the rates in our 2024-26 supply agreement (schedule B, 12% below list). The difference across the three invoices is $1,862.35.

Please credit the difference. We'll hold these three invoices until the credit arrives.

Hamish Bell
Category Manager
Southern Water Services
M 0438 901 226

************************************************************************
This e-mail and any attachments are confidential and intended only for the named recipient. Southern Water Services pays suppliers only against correct tax invoices that match contracted pricing, and payment of any invoice does not constitute acceptance of the goods or services supplied. If you are not the intended recipient you must not read, copy, distribute or act on this e-mail; please notify the sender and delete it. Southern Water Services does not accept responsibility for any loss arising from viruses or from changes made to this message after it was sent.
************************************************************************
""", mua="outlook", clang="en-AU")

add("dis10", "dispute", "en", "plain",
    "Jase <jase.thompson76@gmail.com>", "Hi", "2025-02-14 19:03 +1100",
    """\
mate you've charged us a 15% restocking fee on the return of the shower screens (CN-2231). Jason at the counter said there'd be no fee since it was your mistake sending the wrong size. want that taken off

Get Outlook for iOS
""")

add("dis11", "dispute", "en", "reply",
    "Kirsty Nolan <kirsty@nolanfitout.com.au>", "RE: Overdue: INV-66019", "2025-04-14 11:02 +1000",
    """\
Hi Sam,

This is overdue because the door closers on INV-66019 were faulty - half of them leaked oil within a week. I emailed your sales team on 12 March and we're still waiting on the credit they promised.

Not paying until that's sorted.

Kirsty

From: Bellbird Hardware Accounts <ar@bellbirdhardware.com.au>
Sent: Monday, 14 April 2025 8:30 AM
To: Kirsty Nolan <kirsty@nolanfitout.com.au>
Subject: Overdue: INV-66019

Hi Kirsty,

INV-66019 ($2,245.10) is now 45 days overdue. Please arrange payment or let us know if there is a problem.

Sam Whitfield
Credit Controller
""", irt=ourmid("od-nolan-66019"), mua="outlook", clang="en-AU")

add("dis12", "dispute", "en", "reply",
    "Ben Castro <ben@castrodecking.com.au>", "Re: Invoice SI-5820 from Bellbird Hardware",
    "2025-01-23 07:20 +1100",
    """\
qty is wrong, we ordered 12 lengths of the 140x35 merbau not 21. someone flipped the digits. need a new invoice for 12

Sent from my iPhone

> On 22 Jan 2025, at 3:47 pm, Bellbird Hardware Pty Ltd <ar@bellbirdhardware.com.au> wrote:
>
> Hi Ben, please find attached invoice SI-5820 for $2,961.90. Thank you for your business.
""", irt=ourmid("inv-castro-5820"), mua="iphone")

add("dis13", "dispute", "en", "reply",
    "Vanessa Hoang <vanessa@hoangcabinetry.com.au>", "RE: Statement - Hoang Cabinetry - February",
    "2025-03-04 10:05 +1100",
    """\
Hi,

There's a $312.40 "late payment fee" on this statement that we never agreed to - our credit application says nothing about fees. Please remove it and send an updated statement.

Vanessa Hoang

-----Original Message-----
From: ar@bellbirdhardware.com.au <ar@bellbirdhardware.com.au>
Sent: Monday, 3 March 2025 7:00 AM
To: vanessa@hoangcabinetry.com.au
Subject: Statement - Hoang Cabinetry - February

Dear Customer, your statement for February 2025 is attached. Total due: $6,814.90.
""", irt=ourmid("stmt-hoang-2502"), mua="outlook", clang="en-AU")

add("dis14", "dispute", "en", "forward",
    "Stuart Fry <stuart.fry@pelicanbuilt.com.au>", "FW: damaged delivery Lot 22",
    "2025-03-06 08:50 +1100",
    """\
Bellbird AR,

See below from our site super. The roof sheets on your invoice BH/25/0388 arrived bent and can't be used. We need a credit or replacement before we'll approve the invoice.

Stuart Fry
Contracts Administrator | Pelican Built

From: Col Harris <col.harris@pelicanbuilt.com.au>
Sent: Wednesday, 5 March 2025 2:10 PM
To: Stuart Fry <stuart.fry@pelicanbuilt.com.au>
Subject: damaged delivery Lot 22

Stu - 14 of the Colorbond sheets from Bellbird came off the truck kinked, looks like the forklift got them. Photos on the server. Don't pay for those.
""", mua="outlook", clang="en-AU")

add("dis15", "dispute", "tl", "plain",
    "Evelyn Bautista <evelyn@bautistaconstruction.ph>", "Mali ang presyo - Inv 2025-0388",
    "2025-05-05 14:26 +0800",
    """\
Sir/Ma'am,

Mali po yung presyo sa invoice 2025-0388. Ang quote po sa amin ay P1,250/pc para sa door locksets, pero P1,450 ang nakalagay sa invoice. 40 pcs po yun kaya P8,000 ang sobra.

Paki-correct po at pakisend ulit. Hindi pa po namin ito ipa-process hangga't hindi naaayos.

Evelyn Bautista
Purchasing
""")

add("dis16", "dispute", "tl", "attachment",
    "Ramil Garcia <ramil.garcia@northluzontiles.ph>", "DR 4471", "2025-02-27 16:48 +0800",
    """\
see attached po. 8 boxes basag pagdating.
""", att=[("Damaged_Delivery_Photos_DR4471.jpg", "jpg", None),
          ("DR4471_Claim_Form_Damaged_Items.pdf", "pdf", [
              "North Luzon Tiles Trading - Claim for Damaged Items",
              "Supplier: Bellbird Hardware Pty Ltd   DR No. 4471",
              "Items: 60x60 porcelain tiles, 8 boxes broken on arrival",
              "Requested: replacement or credit on invoice 2025-0217"])])

add("dis17", "dispute", "tl", "reply",
    "Janine Tolentino <janine@tolentinotrading.com.ph>",
    "RE: Past due account - Tolentino Trading", "2025-04-23 10:12 +0800",
    """\
Hello po,

Bakit po may interest charge na P3,420 sa SOA? Wala naman po yan sa agreement natin, at 15 days lang po kami late dahil holiday. Paki-remove po at padalhan kami ng corrected na SOA.

Janine

From: Bellbird Hardware Accounts <ar@bellbirdhardware.com.au>
Sent: Tuesday, April 22, 2025 9:00 AM
To: janine@tolentinotrading.com.ph
Subject: Past due account - Tolentino Trading

Dear Janine, your account has a past-due balance of PHP 86,200.00 including interest charges of PHP 3,420.00. Kindly settle at your earliest convenience.
""", irt=ourmid("pd-tolentino"), mua="outlook", clang="en-PH")

add("dis18", "dispute", "zh", "plain",
    "孙伟 <sunwei@huaxing-steel.com>", "发票INV-CN-1022数量不符", "2025-04-09 09:30 +0800",
    """\
您好，

贵司发票 INV-CN-1022 开的是100箱不锈钢螺丝，但我们仓库实际只收到80箱（入库单号 RK20250407-03）。

请核实后开具更正发票或红字发票，差额部分我们暂不付款。

孙伟
华兴钢构（江苏）有限公司 采购部
""")

add("dis19", "dispute", "zh", "forward",
    "周丽 <zhouli@minghui-jc.cn>", "转发：收货差异 - 重复开票", "2025-04-03 10:45 +0800",
    """\
您好，

请看下面仓库同事的邮件：贵司3月份的同一批货开了两张发票（BH-CN-2190 和 BH-CN-2196），金额都是 AUD 2,850.00。我们只订了一次，请作废其中一张。

周丽
财务部

-------- 转发的邮件 --------
发件人：仓库 吴强 <wuqiang@minghui-jc.cn>
日期：2025年4月2日 14:36
收件人：周丽 <zhouli@minghui-jc.cn>
主题：收货差异

周姐，Bellbird那批合页只到了一次货，但是系统里有两张发票，应该是重复了，你跟他们说一下。
""", mua="foxmail")

add("dis20", "dispute", "de", "plain",
    "Jens Albrecht <j.albrecht@albrecht-bau.de>", "Reklamation Rechnung 90014871",
    "2025-06-12 09:14 +0200",
    """\
Sehr geehrte Damen und Herren,

zu Ihrer Rechnung 90014871 vom 03.06.2025 müssen wir leider reklamieren: Von den berechneten 24 Kartons Fliesenkleber wurden nur 18 geliefert (Lieferschein 77120). Außerdem wurde der Transport doppelt berechnet.

Bitte senden Sie uns eine Gutschrift über die Differenz. Bis dahin halten wir die Zahlung zurück.

Mit freundlichen Grüßen
Jens Albrecht
Albrecht Bau GmbH
""")

add("dis21", "dispute", "de", "attachment",
    "Kreditorenbuchhaltung Bauer Haustechnik <kreditoren@bauer-haustechnik.de>",
    "RE-2025-0412", "2025-05-16 13:30 +0200",
    """\
s. Anhang

--
Bauer Haustechnik GmbH · Kreditorenbuchhaltung
""", att=[("Reklamation_RE-2025-0412_Preisdifferenz.pdf", "pdf", [
        "Bauer Haustechnik GmbH - Reklamation / Belastungsanzeige",
        "Ihre Rechnung RE-2025-0412 vom 28.04.2025",
        "Berechneter Preis Pos. 3: 41,90 EUR/Stk - vereinbart lt. Angebot A-2291: 36,50 EUR/Stk",
        "Menge 120 Stk - Differenz 648,00 EUR zzgl. MwSt.",
        "Wir bitten um Gutschrift. Der Differenzbetrag wird einbehalten."])])

add("dis22", "dispute", "id", "plain",
    "Budi Santoso <budi.santoso@mitrakonstruksi.co.id>",
    "Keberatan atas invoice INV/BH/2025/0233", "2025-03-19 10:55 +0700",
    """\
Dengan hormat,

Kami keberatan dengan tagihan ongkos kirim sebesar AUD 480 pada invoice INV/BH/2025/0233. Sesuai penawaran harga tanggal 10 Maret, harga sudah termasuk pengiriman (CIF Jakarta).

Mohon diterbitkan credit note atau invoice revisi. Pembayaran akan kami tahan sampai hal ini selesai.

Hormat kami,
Budi Santoso
PT Mitra Konstruksi Nusantara
""")

# ======================================================================
# payment_promise (22)
# ======================================================================

add("pp01", "payment_promise", "en", "plain",
    "Wayne <wayne@wbelectrical.com.au>", "8821", "2025-05-13 12:51 +1000",
    """\
inv 8821 will be paid fri. cash flow tight this wk sorry
""")

add("pp02", "payment_promise", "en", "plain",
    "Accounts Payable - Crestline Homes <payables@crestlinehomes.com.au>",
    "Bellbird Hardware - payment date", "2025-06-13 10:30 +1000",
    """\
Hi,

Your invoices SI-2025-0702, SI-2025-0715 and SI-2025-0720 have been approved and are scheduled in our next payment run on Wednesday 25 June. We pay fortnightly by EFT.

Regards,
AP Team | Crestline Homes
""")

add("pp03", "payment_promise", "en", "plain",
    "Graham Stott <graham@stottconstructions.com.au>", "Balance - proposal",
    "2025-07-02 16:20 +1000",
    """\
Hi Sam,

Thanks for your patience. We're carrying a couple of slow-paying builders at the moment. Could we pay the $14,600 balance in three instalments - $5,000 on 15 July, $5,000 on 15 August and $4,600 on 15 September?

The first instalment will go through on the 15th regardless of what you decide.

Graham Stott
Director, Stott Constructions
0417 662 905
""")

add("pp04", "payment_promise", "en", "plain",
    "ROSS DAVIES <rossdavies.concrete@bigpond.com>", "ACCOUNT", "2025-04-17 18:30 +1000",
    """\
WILL PAY END OF MONTH WHEN THE BUILDER PAYS US. DONT PUT US ON STOP PLEASE

ROSS
""")

add("pp05", "payment_promise", "en", "plain",
    "Natasha Ivanova <natasha@ivanovainteriors.com.au>", "Remittance", "2025-06-09 14:44 +1000",
    """\
Hi there,

You asked for a remittance for INV-91822 - we don't have one yet. The payment has been approved and will be released in our Thursday run (12 June). I'll send the remittance advice through once it's processed.

Natasha
""")

add("pp06", "payment_promise", "en", "plain",
    "Luke Fraser <lukefraser.carp@gmail.com>", "few more days", "2025-07-04 17:02 +1000",
    """\
Hey Sam, need a few more days on this one sorry. Will transfer the $3,200 by Wednesday the 9th at the latest.

Luke

Sent from my iPhone
""")

add("pp07", "payment_promise", "en", "plain",
    "Tan Mei Hua <meihua.tan@kallangbuild.com.sg>", "Payment for your invoices",
    "2025-05-20 09:15 +0800",
    """\
Dear Sir/Madam,

Please be informed that payment for your invoices INV-24780 and INV-24791 will be made via our next cheque run dated 30 May 2025. The cheque will be couriered to your Silverwater office.

Thank you for your understanding.

Regards,
Tan Mei Hua
Accounts Department
Kallang Build Pte Ltd
""")

add("pp08", "payment_promise", "en", "plain",
    "Accounts | Kauri Homes <accounts@kaurihomes.co.nz>", "INV-00544", "2025-03-12 11:15 +1300",
    """\
Kia ora,

INV-00544 has been approved and will be paid on the 20th of next month as per our standard terms.

Nga mihi
Kauri Homes Accounts Team

--
This email may contain confidential information and is intended only for the addressee. Kauri Homes Ltd pays all supplier invoices on the 20th of the month following the invoice date. Any change to a supplier's bank account details must be confirmed by phone with our accounts team before we will process it. If you have received this email in error, please let us know and delete it; do not copy or forward it.
""")

add("pp09", "payment_promise", "en", "reply",
    "Tom Nguyen <tom@nguyenshopfitters.com.au>",
    "RE: FINAL NOTICE - Account on hold - Nguyen Shopfitters", "2025-06-12 15:40 +1000",
    """\
Apologies Sam, this slipped through while I was away. I'll have the full $5,930.45 paid by Tuesday (17 June). Can you please release the hold so we can pick up tomorrow?

Tom

From: Bellbird Hardware Accounts <ar@bellbirdhardware.com.au>
Sent: Thursday, 12 June 2025 8:15 AM
To: Tom Nguyen <tom@nguyenshopfitters.com.au>
Subject: FINAL NOTICE - Account on hold - Nguyen Shopfitters

Dear Tom,

Despite previous reminders, $5,930.45 remains unpaid on your account, the oldest item being 74 days overdue. Your account has been placed on hold. If you have already paid, please send us the remittance advice so we can release the hold.

Sam Whitfield
Credit Controller | Bellbird Hardware Pty Ltd
""", irt=ourmid("final-nguyen"), mua="outlook", clang="en-AU")

add("pp10", "payment_promise", "en", "reply",
    "Cheryl Adams <cheryl@adamsglazing.com.au>",
    "Re: Statement of account - Adams Glazing - May 2025", "2025-06-04 09:12 +1000",
    """\
Thanks Priya. The two older items (SI 5102 and SI 5119) will go out this Friday, and the May invoices at the end of the month with our normal run.

Cheryl

On Tue, 3 Jun 2025 at 10:05 am, Bellbird Hardware Accounts <ar@bellbirdhardware.com.au> wrote:
> Dear Cheryl,
> Your statement for May is attached. Items older than 60 days: SI 5102
> ($1,044.00) and SI 5119 ($418.75).
> Regards, Priya
""", irt=ourmid("stmt-adams-2505"))

add("pp11", "payment_promise", "en", "reply",
    "Harpreet Singh <harpreet@singhtransport.com.au>", "Re: Payment reminder - INV-50231",
    "2025-06-25 10:02 +1000",
    """\
Hi Sam,

Payment has been scheduled for 3/7. Will send remittance then.

Harpreet Singh
Singh Transport Pty Ltd

On 24 June 2025 at 9:12:07 am AEST, ar@bellbirdhardware.com.au wrote:
> Hi Harpreet, a quick reminder that INV-50231 ($880.00) fell due on
> 20 June. Please let us know when we can expect payment.
""", irt=ourmid("rem-singh-50231"), mua="iphone")

add("pp12", "payment_promise", "en", "attachment",
    "Kate Mercer <kate.mercer@mercerbuild.com.au>", "Outstanding balance", "2025-06-20 12:06 +1000",
    """\
Hi Sam,

Please see attached as discussed on the phone.

Kate
""", att=[("Payment_Plan_Proposal_Mercer_Build.xlsx", "xlsx", [
        ["Mercer Build Pty Ltd - proposed payment schedule to Bellbird Hardware"],
        ["Balance owing at 20/06/2025", 21480.00],
        ["Instalment", "Date", "Amount (AUD)"],
        [1, "30/06/2025", 7160.00],
        [2, "31/07/2025", 7160.00],
        [3, "29/08/2025", 7160.00]])], mua="outlook", clang="en-AU")

add("pp13", "payment_promise", "tl", "plain",
    "Lorna Pascual <lorna.pascual@pascualhardware.ph>", "balance namin", "2025-06-05 11:20 +0800",
    """\
Hi ma'am,

Sa 15 pa po kami makakabayad ng balance (PHP 64,300), hinihintay pa po namin yung collection namin sa isang project. Pasensya na po sa delay.

Lorna
""")

add("pp14", "payment_promise", "tl", "plain",
    "Mark Anthony Cruz <ma.cruz@sunrisedevt.ph>", "Check release", "2025-06-16 09:05 +0800",
    """\
Good day!

Ire-release na po namin ang check payment sa Friday, June 20. Pwede po ninyong i-pickup sa office namin sa Makati or ipapa-deposit na lang namin sa account ninyo, alin po mas okay?

Thanks,
Mark Anthony Cruz
Sunrise Development Corp.
""")

add("pp15", "payment_promise", "tl", "reply",
    "Bea Santiago <bea.santiago@manilamarble.ph>", "RE: Past due invoices", "2025-05-09 08:30 +0800",
    """\
Noted po. Babayaran po namin next week, Tuesday, yung dalawang invoice. Sorry po sa delay.

Bea

-----Original Message-----
From: Bellbird Hardware Accounts <ar@bellbirdhardware.com.au>
Sent: Thursday, May 8, 2025 2:30 PM
To: Bea Santiago <bea.santiago@manilamarble.ph>
Subject: Past due invoices

Hi Bea, invoices 0412 and 0418 are now past due. Could you advise on payment status?
""", irt=ourmid("pd-manilamarble"), mua="outlook", clang="en-PH")

add("pp16", "payment_promise", "tl", "plain",
    "Noel Francisco <noelfrancisco.builders@gmail.com>", "Hulugan", "2025-06-28 20:15 +0800",
    """\
Hi po sir, pwede po ba hulugan yung 180k? 3 gives po, first payment sa July 5 tapos every 5th ng buwan. Medyo mahina po kasi ngayon ang projects.

Noel

Sent from my Redmi
""")

add("pp17", "payment_promise", "zh", "plain",
    "黄志强 <huangzq@jiaxing-hw.com>", "付款安排", "2025-06-11 14:20 +0800",
    """\
您好，

贵司发票 INV-CN-1107 和 INV-CN-1115 我们已经审批通过，预计下周三（6月18日）安排付款，到时候会把水单发给您。

黄志强
嘉兴五金制品有限公司 财务部
""")

add("pp18", "payment_promise", "zh", "reply",
    "许敏 <xumin@hualian-trading.cn>", "回复：付款提醒 - BH-CN-2231", "2025-05-13 10:05 +0800",
    """\
不好意思，最近资金周转有点紧张，这笔款我们月底前一定付清。

许敏

------------------ 原始邮件 ------------------
发件人: "Bellbird Hardware Accounts"<ar@bellbirdhardware.com.au>
发送时间: 2025年5月12日(星期一) 上午9:00
收件人: "许敏"<xumin@hualian-trading.cn>
主题: 付款提醒 - BH-CN-2231

Dear Ms Xu, invoice BH-CN-2231 (AUD 3,960.00) is now 30 days overdue. Please advise when payment will be made.
""", irt=ourmid("rem-hualian-2231"), mua="foxmail")

add("pp19", "payment_promise", "zh-hant", "plain",
    "陳志明 <cm.chen@dacheng-eng.com.tw>", "付款時間", "2025-04-10 16:40 +0800",
    """\
您好，

貴公司的發票 TW-0412 款項將於本月25日匯出，延遲之處敬請見諒。

陳志明
大成工程有限公司
""")

add("pp20", "payment_promise", "de", "plain",
    "Petra Lang <p.lang@lang-sanitaer.de>", "Ihre Rechnung 90015102", "2025-07-01 10:18 +0200",
    """\
Guten Tag,

die Rechnung 90015102 ist freigegeben und wird mit unserem nächsten Zahllauf am 15.07.2025 beglichen.

Freundliche Grüße
Petra Lang
Lang Sanitär GmbH
""")

add("pp21", "payment_promise", "de", "alternative",
    "Uwe Brandt <u.brandt@brandt-innenausbau.de>", "Bitte um Zahlungsaufschub",
    "2025-06-24 11:30 +0200",
    """\
Sehr geehrte Frau Nair,

aufgrund eines verspäteten Zahlungseingangs bei einem Großprojekt bitten wir um Zahlungsaufschub für die Rechnungen RE-2025-0518 und RE-2025-0527 bis zum 31.07.2025. Die Zahlung erfolgt dann vollständig in einer Summe.

Wir danken für Ihr Verständnis.

Mit freundlichen Grüßen
Uwe Brandt
Geschäftsführer
Brandt Innenausbau GmbH
""", mua="outlook", clang="de-DE")

add("pp22", "payment_promise", "ms", "plain",
    "Siti Hajar <sitihajar@permatabina.com.my>", "Bayaran tertunggak", "2025-06-18 15:05 +0800",
    """\
Salam tuan/puan,

Kami akan jelaskan bayaran untuk invois INV-5610 dan INV-5633 pada hujung bulan ini (30 Jun). Maaf atas kelewatan.

Siti Hajar
Permata Bina Sdn Bhd
""")

# ======================================================================
# auto_reply (16)
# ======================================================================

_m = ourmid("stmt-brightspark-2505")
add("ar01", "auto_reply", "en", "report",
    "MAILER-DAEMON@mx1.brightsparksolar.com.au (Mail Delivery System)",
    "Undelivered Mail Returned to Sender", "2025-06-03 09:01 +1000",
    report=dict(
        type="delivery-status",
        boundary="4XbQ7K2mZpz9sW1.1748905301/mx1.brightsparksolar.com.au",
        hdrs=[("Auto-Submitted", "auto-replied")],
        human="""\
This is the mail system at host mx1.brightsparksolar.com.au.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<accounts@brightsparksolar.com.au>: host mx1.brightsparksolar.com.au[local]
    said: 550 5.1.1 <accounts@brightsparksolar.com.au>: Recipient address
    rejected: User unknown in virtual mailbox table
""",
        machine_type="message/delivery-status",
        machine="""\
Reporting-MTA: dns; mx1.brightsparksolar.com.au
X-Postfix-Queue-ID: 4XbQ7K2mZpz9sW1
X-Postfix-Sender: rfc822; ar@bellbirdhardware.com.au
Arrival-Date: Tue,  3 Jun 2025 09:00:41 +1000 (AEST)

Final-Recipient: rfc822; accounts@brightsparksolar.com.au
Original-Recipient: rfc822;accounts@brightsparksolar.com.au
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 <accounts@brightsparksolar.com.au>: Recipient
    address rejected: User unknown in virtual mailbox table
""",
        orig_type="message/rfc822",
        orig=orig_headers("accounts@brightsparksolar.com.au",
                          "Statement of account - May 2025 - Bright Spark Solar",
                          "2025-06-03 09:00 +1000", _m)
        + """\
Content-Type: text/plain; charset=us-ascii

Dear Customer,

Your statement for May 2025 is attached. Balance due: $4,118.70.
Overdue amount: $1,502.00.

Bellbird Hardware Pty Ltd - Accounts Receivable
"""))

_m = ourmid("od-kingfisher-60117")
add("ar02", "auto_reply", "en", "report",
    "Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@kingfisherhomes.com.au>",
    "Undeliverable: Overdue reminder - INV-60117", "2025-03-17 19:30 +1100",
    report=dict(
        type="delivery-status",
        boundary="_6c1f2a4e-0b7d-4d61-9a3e-2f5c8e71b904_",
        hdrs=[("Auto-Submitted", "auto-replied"), ("X-MS-Exchange-Message-Is-Ndr", ""),
              ("In-Reply-To", _m), ("References", _m)],
        human="""\
Delivery has failed to these recipients or groups:

payables@kingfisherhomes.com.au
The email address you entered couldn't be found. Please check the recipient's email address and try to resend the message. If the problem continues, please contact your helpdesk.

Diagnostic information for administrators:

Generating server: SY4PR01MB6645.ausprd01.prod.outlook.com

payables@kingfisherhomes.com.au
Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'
""",
        machine_type="message/delivery-status",
        machine="""\
Reporting-MTA: dns;SY4PR01MB6645.ausprd01.prod.outlook.com
Received-From-MTA: dns;mail.bellbirdhardware.com.au
Arrival-Date: Mon, 17 Mar 2025 08:30:04 +0000

Final-Recipient: rfc822;payables@kingfisherhomes.com.au
Action: failed
Status: 5.1.10
Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup
""",
        orig_type="text/rfc822-headers",
        orig=orig_headers("payables@kingfisherhomes.com.au", "Overdue reminder - INV-60117",
                          "2025-03-17 19:30 +1100", _m)
        + "Content-Type: text/plain; charset=us-ascii\n"))

_m = ourmid("rem-pham-0425")
add("ar03", "auto_reply", "en", "report",
    "Mail Delivery Subsystem <mailer-daemon@googlemail.com>",
    "Delivery Status Notification (Failure)", "2025-04-25 15:15 +1000",
    report=dict(
        type="delivery-status",
        boundary="000000000000d41e7c0633a9f2b1",
        hdrs=[("Auto-Submitted", "auto-replied")],
        human="""\
** Message not delivered **

Your message couldn't be delivered to daryl.pham.builds@gmail.com because the remote server's mailbox is full.

The response from the remote server was:
552 5.2.2 The recipient's inbox is out of storage space and inactive. Please direct the recipient to https://support.google.com/mail/?p=OverQuotaPerm
""",
        machine_type="message/delivery-status",
        machine="""\
Reporting-MTA: dns; googlemail.com
Arrival-Date: Thu, 24 Apr 2025 22:15:09 -0700 (PDT)
X-Original-Message-ID: %s

Final-Recipient: rfc822; daryl.pham.builds@gmail.com
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp; 552-5.2.2 The recipient's inbox is out of storage space and inactive.
Last-Attempt-Date: Thu, 24 Apr 2025 22:15:10 -0700 (PDT)
""" % _m,
        orig_type="text/rfc822-headers",
        orig=orig_headers("daryl.pham.builds@gmail.com",
                          "Reminder: invoice SI-5477 due 30 April",
                          "2025-04-25 15:15 +1000", _m)))

_m = ourmid("stmt-jensen-2505")
add("ar04", "auto_reply", "en", "report",
    "Carl Jensen <carl@jensenwelding.com.au>",
    "Read: Statement of account - May 2025", "2025-06-03 13:47 +1000",
    report=dict(
        type="disposition-notification",
        boundary="_002_ME3PR01MB7712A1C4F0B9E2D4C8A7ME3PR01MB7712ausp_",
        hdrs=[("In-Reply-To", _m), ("References", _m)],
        human="""\
Your message

  To: Carl Jensen
  Subject: Statement of account - May 2025
  Sent: Tuesday, 3 June 2025 9:00:12 AM (UTC+10:00) Canberra, Melbourne, Sydney

was read on Tuesday, 3 June 2025 1:47:55 PM (UTC+10:00) Canberra, Melbourne, Sydney.
""",
        machine_type="message/disposition-notification",
        machine="""\
Reporting-UA: ME3PR01MB7712.ausprd01.prod.outlook.com; Microsoft Outlook 16.0
Final-Recipient: rfc822;carl@jensenwelding.com.au
Original-Message-ID: %s
Disposition: manual-action/MDN-sent-manually; displayed
""" % _m))

add("ar05", "auto_reply", "en", "plain",
    "Melissa Grant <melissa.grant@oceanicbuild.com.au>",
    "Automatic reply: Overdue invoices - Oceanic Build", "2025-06-10 09:31 +1000",
    """\
Thank you for your email. I am out of the office until Monday 16 June with limited access to email.

For payment enquiries and remittance requests please contact accounts@oceanicbuild.com.au. For urgent invoice approvals please contact Mark Delaney on 0408 551 230.

Kind regards,
Melissa Grant
""", irt=ourmid("od-oceanic"), mua="outlook", clang="en-AU",
    hdrs=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
          ("X-MS-Exchange-Inbox-Rules-Loop", "melissa.grant@oceanicbuild.com.au")])

add("ar06", "auto_reply", "en", "plain",
    "Accounts Payable Helpdesk <aphelp@coastalcouncil.nsw.gov.au>",
    "[AP-448120] We've received your email: Statement - Bellbird Hardware",
    "2025-05-02 10:16 +1000",
    """\
This is an automated response. Please do not reply.

Thank you for contacting Accounts Payable. Your email has been received and reference number AP-448120 has been assigned.

Supplier invoices are processed within 10 business days of receipt and payments are made weekly on Thursdays. Please quote your reference number in any follow-up correspondence.

Coastal Council - Accounts Payable
""", irt=ourmid("stmt-coastalcouncil"), hdrs=[("X-Mailer", "ServiceDesk Plus")])

add("ar07", "auto_reply", "en", "alternative",
    "Brightline Finance Support <finance.support@brightlinegroup.com.au>",
    "Request received: [#58214] Invoice copies - Bellbird Hardware", "2025-02-18 11:02 +1100",
    """\
Hi Bellbird Hardware Accounts,

Thanks for getting in touch. This is an automatic confirmation that your request (#58214) has been received by our Finance Shared Services team.

A team member will respond within 2 business days. To add information to this request, reply to this email and keep the ticket number in the subject line.

Brightline Finance Shared Services
""", html="""\
<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#2f3941">
<div style="border-top:4px solid #0b6e4f;padding:12px">
<p>Hi Bellbird Hardware Accounts,</p>
<p>Thanks for getting in touch. This is an automatic confirmation that your request <b>(#58214)</b> has been received by our Finance Shared Services team.</p>
<p>A team member will respond within 2 business days. To add information to this request, reply to this email and keep the ticket number in the subject line.</p>
<p style="color:#68737d">Brightline Finance Shared Services</p>
</div></body></html>
""", irt=ourmid("invcopies-brightline"),
    hdrs=[("Auto-Submitted", "auto-replied"), ("X-Helpdesk-Ticket-ID", "58214")])

add("ar08", "auto_reply", "en", "plain",
    "Jess Morrow <jess.morrow@morrowdesign.com.au>",
    "Automatic reply: Invoice INV-61220 from Bellbird Hardware Pty Ltd", "2025-04-01 14:08 +1100",
    """\
Hi,

I'm on parental leave until September 2025 and this mailbox isn't being monitored. Your email will not be forwarded.

For anything to do with accounts, please email finance@morrowdesign.com.au.

Jess
""", irt=ourmid("inv-morrow-61220"), mua="outlook", clang="en-AU",
    hdrs=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")])

add("ar09", "auto_reply", "en", "html",
    "no-reply@pacificcoastconstruction.com.au", "Re: Statement - Pacific Coast Construction",
    "2025-03-04 07:02 +1100",
    html="""\
<html><body style="font-family:Segoe UI,Arial,sans-serif;font-size:14px">
<p><b>This email address is no longer monitored.</b></p>
<p>Please resend your message to <a href="mailto:accountspayable@pacificcoastconstruction.com.au">accountspayable@pacificcoastconstruction.com.au</a>.</p>
<p>Supplier invoices and statements sent to this address after 1 March 2025 will not be processed or forwarded.</p>
<p style="color:#888;font-size:12px">Pacific Coast Construction Pty Ltd &middot; This is an automatically generated message.</p>
</body></html>
""", irt=ourmid("stmt-pacificcoast-2502"), hdrs=[("Auto-Submitted", "auto-replied")])

_m = ourmid("zahlerinnerung-ostholz")
add("ar10", "auto_reply", "de", "report",
    "Microsoft Outlook <postmaster@ostholz-bau.de>",
    "Unzustellbar: Zahlungserinnerung 90014233", "2025-05-20 01:12 +0200",
    report=dict(
        type="delivery-status",
        boundary="_b1e07c55-6a2f-4c1d-8d37-51e9aa04c2f6_",
        hdrs=[("Auto-Submitted", "auto-replied"), ("Content-Language", "de-DE"),
              ("In-Reply-To", _m), ("References", _m)],
        human="""\
Die Übermittlung an folgende Empfänger oder Gruppen ist fehlgeschlagen:

m.berger@ostholz-bau.de
Das Postfach des Empfängers ist voll, und es können keine Nachrichten mehr angenommen werden. Versuchen Sie später, die Nachricht erneut zu senden, oder wenden Sie sich direkt an den Empfänger.

Diagnoseinformationen für Administratoren:

Generierender Server: FR3P281MB1512.DEUP281.PROD.OUTLOOK.COM

m.berger@ostholz-bau.de
Remote-Server hat '554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded' zurückgegeben
""",
        machine_type="message/delivery-status",
        machine="""\
Reporting-MTA: dns;FR3P281MB1512.DEUP281.PROD.OUTLOOK.COM
Received-From-MTA: dns;mail.bellbirdhardware.com.au
Arrival-Date: Mon, 19 May 2025 23:11:58 +0000

Final-Recipient: rfc822;m.berger@ostholz-bau.de
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp;554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded
""",
        orig_type="text/rfc822-headers",
        orig=orig_headers("m.berger@ostholz-bau.de", "Zahlungserinnerung 90014233",
                          "2025-05-20 09:11 +1000", _m)))

add("ar11", "auto_reply", "de", "plain",
    "Anja Peters <a.peters@peters-fliesen.de>", "Abwesenheitsnotiz: Kontoauszug März 2025",
    "2025-04-14 00:05 +0200",
    """\
Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 22.04.2025 nicht im Büro und habe keinen Zugriff auf meine E-Mails. In dringenden Fällen wenden Sie sich bitte an buchhaltung@peters-fliesen.de oder telefonisch an +49 40 3344 120.

Ihre E-Mail wird nicht weitergeleitet.

Mit freundlichen Grüßen
Anja Peters
""", irt=ourmid("stmt-peters-2503"),
    hdrs=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")])

_m = ourmid("inv-hokuto-0094")
add("ar12", "auto_reply", "ja", "report",
    "Mail Delivery Subsystem <MAILER-DAEMON@mx.hokuto-kensetsu.co.jp>",
    "Returned mail: see transcript for details", "2025-07-08 10:03 +0900",
    report=dict(
        type="delivery-status",
        boundary="5683AC0F12.1751936583/mx.hokuto-kensetsu.co.jp",
        hdrs=[("Auto-Submitted", "auto-replied")],
        human="""\
このメールは、送信されたメッセージが配信できなかったことをお知らせするために自動的に送信されています。

宛先: keiri@hokuto-kensetsu.co.jp
理由: 宛先のメールアドレスが存在しません（550 5.1.1 User unknown）。

メールアドレスをご確認のうえ、再度送信してください。

北斗建設株式会社 メールシステム管理者
""",
        machine_type="message/delivery-status",
        machine="""\
Reporting-MTA: dns; mx.hokuto-kensetsu.co.jp
Arrival-Date: Tue,  8 Jul 2025 10:03:01 +0900 (JST)

Final-Recipient: rfc822; keiri@hokuto-kensetsu.co.jp
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 <keiri@hokuto-kensetsu.co.jp>: User unknown
""",
        orig_type="text/rfc822-headers",
        orig=orig_headers("keiri@hokuto-kensetsu.co.jp", "ご請求書送付のご案内（BH-JP-0094）",
                          "2025-07-08 11:02 +1000", _m)))

add("ar13", "auto_reply", "ja", "alternative",
    "佐藤 健一 <k.sato@tokai-setsubi.co.jp>", "自動返信：【ご請求書送付】Bellbird Hardware",
    "2025-08-12 09:20 +0900",
    """\
誠に勝手ながら、8月9日（土）から8月17日（日）まで夏季休業とさせていただきます。
期間中にいただいたメールにつきましては、8月18日（月）以降、順次対応いたします。

ご不便をおかけいたしますが、何卒よろしくお願い申し上げます。

東海設備工業株式会社
佐藤 健一
""", irt=ourmid("inv-tokai-0812"), hdrs=[("Auto-Submitted", "auto-replied")])

_m = ourmid("stmt-jinhai-2503")
add("ar14", "auto_reply", "zh", "report",
    "系统退信 <postmaster@hz.qiye.163.com>", "系统退信", "2025-04-02 09:41 +0800",
    report=dict(
        type="delivery-status",
        boundary="----=_Part_318842_1170236528.1743558060123",
        hdrs=[("Auto-Submitted", "auto-replied")],
        human="""\
您发送的邮件无法投递到以下收件人：

caiwu@jinhai-jc.com

退信原因：收件人邮箱空间已满，无法接收新邮件。
错误代码：552 5.2.2 Mailbox full

请稍后重试，或通过其他方式联系收件人。

此邮件由系统自动发出，请勿直接回复。
""",
        machine_type="message/delivery-status",
        machine="""\
Reporting-MTA: dns; hz.qiye.163.com
Arrival-Date: Wed, 2 Apr 2025 09:41:00 +0800

Final-Recipient: rfc822; caiwu@jinhai-jc.com
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp; 552 5.2.2 Mailbox full
""",
        orig_type="text/rfc822-headers",
        orig=orig_headers("caiwu@jinhai-jc.com", "对账单 Statement of account - March 2025",
                          "2025-04-02 12:40 +1100", _m)))

add("ar15", "auto_reply", "zh-hant", "plain",
    "張雅婷 <yating.chang@fuxing-trading.com.tw>", "自動回覆: 對帳單 - 2025年3月",
    "2025-04-01 10:12 +0800",
    """\
您好，我目前休假中，將於4月7日返回辦公室。期間如有急事，請聯絡會計部 (02) 2545-7781。謝謝！
""", irt=ourmid("stmt-fuxing-2503"), hdrs=[("X-Autoreply", "yes")])

add("ar16", "auto_reply", "id", "plain",
    "Rina Wijaya <rina.wijaya@sentosabaja.co.id>",
    "Balasan otomatis: Pengingat pembayaran INV/BH/2025/0301", "2025-04-02 08:30 +0700",
    """\
Terima kasih atas email Anda.

Saya sedang cuti hingga 14 April 2025 (libur Lebaran). Email Anda akan saya balas setelah saya kembali bekerja. Untuk urusan pembayaran yang mendesak, silakan hubungi bagian keuangan di keuangan@sentosabaja.co.id.

Salam,
Rina Wijaya
""", irt=ourmid("rem-sentosa-0301"), hdrs=[("Auto-Submitted", "auto-replied")])

# ======================================================================
# portal_notification (10)
# ======================================================================

add("po01", "portal_notification", "en", "alternative",
    "Harbourside Facilities Management via Coupa <do_not_reply@harboursidefm.coupahost.com>",
    "Harbourside Facilities Management Purchase Order #4500923", "2025-05-07 10:14 +1000",
    """\
Harbourside Facilities Management has sent you a new purchase order.

Purchase Order #4500923
Order date: 07/05/2025
Ship to: Harbourside Facilities Management - Barangaroo Site Office, 300 Barangaroo Ave, Sydney NSW 2000
Requester: Tom Whitely
Total: 6,240.00 AUD

Lines
1  Hinge, stainless steel 100mm (box of 10)   24 x  86.00
2  Door closer, commercial grade 3            18 x 232.00

To view, acknowledge or create an invoice from this order, log in to the Coupa Supplier Portal:
https://supplier.coupahost.com/order_headers

Please do not reply to this email. This mailbox is not monitored.

Powered by Coupa | Privacy Policy
""", html="""\
<html><body style="margin:0;font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#333">
<table width="600" align="center" cellpadding="0" cellspacing="0">
<tr><td style="padding:16px;border-bottom:3px solid #1f6fb2"><b>Harbourside Facilities Management</b> has sent you a new purchase order</td></tr>
<tr><td style="padding:16px">
<h2 style="margin:0 0 8px 0">Purchase Order #4500923</h2>
<p>Order date: 07/05/2025<br>Ship to: Harbourside Facilities Management - Barangaroo Site Office, 300 Barangaroo Ave, Sydney NSW 2000<br>Requester: Tom Whitely<br><b>Total: 6,240.00 AUD</b></p>
<table cellpadding="4" style="border-collapse:collapse;width:100%">
<tr style="background:#f2f2f2"><th align="left">#</th><th align="left">Item</th><th align="right">Qty</th><th align="right">Price</th></tr>
<tr><td>1</td><td>Hinge, stainless steel 100mm (box of 10)</td><td align="right">24</td><td align="right">86.00</td></tr>
<tr><td>2</td><td>Door closer, commercial grade 3</td><td align="right">18</td><td align="right">232.00</td></tr>
</table>
<p><a href="https://supplier.coupahost.com/order_headers" style="background:#1f6fb2;color:#fff;padding:10px 18px;text-decoration:none;border-radius:3px">View Purchase Order</a></p>
<p style="font-size:12px;color:#888">Please do not reply to this email. This mailbox is not monitored.<br>Powered by Coupa | Privacy Policy</p>
</td></tr></table></body></html>
""")

add("po02", "portal_notification", "en", "html",
    "Meridian Mining via Coupa <do_not_reply@meridianmining.coupahost.com>",
    "Invoice INV-88102 has been approved", "2025-05-22 13:40 +0800",
    html="""\
<html><body style="font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#333">
<table width="600" align="center" cellpadding="12" cellspacing="0" style="border:1px solid #e1e1e1">
<tr><td style="background:#0a2d4d;color:#fff"><b>coupa</b> supplier portal</td></tr>
<tr><td>
<p>Hello Bellbird Hardware Pty Ltd,</p>
<p><b>Meridian Mining Ltd</b> has approved your invoice.</p>
<table cellpadding="3">
<tr><td>Invoice #</td><td><b>INV-88102</b></td></tr>
<tr><td>Invoice Date</td><td>14/05/2025</td></tr>
<tr><td>Total</td><td>3,318.60 AUD</td></tr>
<tr><td>Status</td><td>Approved</td></tr>
</table>
<p>Payment will be made according to the payment terms on the invoice. You can track payment status on the Coupa Supplier Portal.</p>
<p><a href="https://supplier.coupahost.com/invoices">View Invoice</a></p>
<p style="font-size:11px;color:#999">You are receiving this notification because you are a registered user of the Coupa Supplier Portal. Manage notification preferences in your account settings.</p>
</td></tr></table></body></html>
""")

add("po03", "portal_notification", "en", "alternative",
    "SAP Business Network <ordersender-prod@ansmtp.ariba.com>",
    "Northbridge Group rejected invoice 20077", "2025-06-11 16:22 +1000",
    """\
Northbridge Group has rejected your invoice.

Invoice number: 20077
Invoice date: 9 June 2025
Purchase order: NB-448311
Amount: 1,905.00 AUD
Rejection reason: Quantity on line 2 (30 EA) exceeds the quantity received against the purchase order (24 EA).

To review the invoice and submit a corrected version, log in to your SAP Business Network account at https://service.ariba.com/Supplier.aw

This email was sent by SAP Business Network on behalf of Northbridge Group. Please do not reply to this message.
(c) SAP SE. All rights reserved.
""", hdrs=[("Auto-Submitted", "auto-generated")])

add("po04", "portal_notification", "en", "html",
    "Meridian Mining via SAP Business Network <supplierregistration@ansmtp.ariba.com>",
    "Action required: Register with Meridian Mining Ltd on SAP Business Network",
    "2025-02-10 09:00 +0800",
    html="""\
<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#32363a">
<table width="620" align="center" cellpadding="14" cellspacing="0">
<tr><td style="background:#354a5f;color:#fff;font-size:18px">SAP Business Network</td></tr>
<tr><td>
<p>Dear Bellbird Hardware Pty Ltd,</p>
<p>Meridian Mining Ltd has invited you to register as a supplier. To receive purchase orders and submit invoices electronically, please complete your supplier registration questionnaire.</p>
<p><b>Due date:</b> 24 February 2025</p>
<p><a href="https://service.ariba.com/Supplier.aw/ad/register" style="background:#0a6ed1;color:#fff;padding:10px 20px;text-decoration:none">Click Here</a> to create your account or log in with an existing account.</p>
<p>If you have questions about this registration, contact supplier.enablement@meridianmining.com.au.</p>
<p style="font-size:11px;color:#6a6d70">This is an automated message. SAP Business Network will never ask for your password by email. &copy; SAP SE</p>
</td></tr></table></body></html>
""")

add("po05", "portal_notification", "en", "alternative",
    "Taulia <no-reply@taulia.com>",
    "Crestline Homes: payment CH-PAY-0019282 issued", "2025-06-25 06:30 +1000",
    """\
Hello Bellbird Hardware Pty Ltd,

Crestline Homes has issued a payment to you.

Payment reference: CH-PAY-0019282
Payment date: 25/06/2025
Payment amount: AUD 8,904.30
Number of invoices: 3

Log in to the Taulia portal to see which invoices are included in this payment and to download the remittance.

This is an automated message sent by Taulia on behalf of Crestline Homes. Please do not reply.
""")

add("po06", "portal_notification", "en", "html",
    "Taulia <no-reply@taulia.com>",
    "Get paid early: 3 invoices from Greenfield Retail Group are eligible", "2025-04-28 07:45 +1000",
    html="""\
<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#222">
<div style="max-width:600px;margin:auto;border:1px solid #ddd">
<div style="background:#00294f;color:#fff;padding:14px;font-size:18px">Taulia</div>
<div style="padding:16px">
<p>Hi Bellbird Hardware Pty Ltd,</p>
<p>Greenfield Retail Group has approved <b>3 invoices</b> totalling <b>AUD 11,276.90</b> that are eligible for early payment.</p>
<p>Accept the offer by 2 May 2025 to receive funds in as little as 2 business days, for a discount of AUD 84.58.</p>
<p><a href="https://portal.taulia.com/supplier/early-payment" style="background:#f28c28;color:#fff;padding:10px 18px;text-decoration:none">Review offer</a></p>
<p style="font-size:11px;color:#888">You are receiving this email because your company is registered on the Taulia supplier portal for Greenfield Retail Group. Unsubscribe from early payment offers in your notification settings.</p>
</div></div></body></html>
""")

add("po07", "portal_notification", "en", "plain",
    "Harbourside Facilities Management via Coupa <do_not_reply@harboursidefm.coupahost.com>",
    "Invoice SI-2025-0733 has been disputed by Harbourside Facilities Management",
    "2025-06-19 11:58 +1000",
    """\
Invoice SI-2025-0733 has been disputed by Harbourside Facilities Management.

Invoice #: SI-2025-0733
Invoice date: 12/06/2025
Total: 2,184.00 AUD
Dispute reason: Price Discrepancy
Comment: Unit price on line 1 does not match PO 4500923 (86.00).

Action required: log in to the Coupa Supplier Portal to resolve this dispute by creating a credit note or submitting a corrected invoice.
https://supplier.coupahost.com/invoices

Please do not reply to this email. This mailbox is not monitored.
Powered by Coupa
""")

add("po08", "portal_notification", "en", "alternative",
    "Greenfield Retail Group via SAP Business Network <ordersender-prod@ansmtp.ariba.com>",
    "Order PO7700123 from Greenfield Retail Group requires confirmation", "2025-03-03 14:25 +1100",
    """\
Greenfield Retail Group sent you a new order on SAP Business Network.

Order number: PO7700123
Order date: 3 March 2025
Amount: 18,920.00 AUD
Deliver to: Greenfield DC Eastern Creek, NSW

This customer requires an order confirmation within 48 hours. Log in to your SAP Business Network account to confirm the order and enter the expected delivery date:
https://service.ariba.com/Supplier.aw

This email was sent by SAP Business Network on behalf of Greenfield Retail Group.
""")

add("po09", "portal_notification", "de", "html",
    "Kraus Bau AG über SAP Business Network <ordersender-prod@ansmtp.ariba.com>",
    "Neue Bestellung 4500187725 von Kraus Bau AG", "2025-04-08 08:12 +0200",
    html="""\
<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#32363a">
<table width="620" align="center" cellpadding="14" cellspacing="0">
<tr><td style="background:#354a5f;color:#fff;font-size:18px">SAP Business Network</td></tr>
<tr><td>
<p>Sehr geehrte Damen und Herren,</p>
<p>Kraus Bau AG hat Ihnen eine neue Bestellung über SAP Business Network gesendet.</p>
<table cellpadding="3">
<tr><td>Bestellnummer:</td><td><b>4500187725</b></td></tr>
<tr><td>Bestelldatum:</td><td>08.04.2025</td></tr>
<tr><td>Betrag:</td><td>9.860,00 EUR</td></tr>
<tr><td>Lieferadresse:</td><td>Kraus Bau AG, Zentrallager, Hafenstraße 9, 68159 Mannheim</td></tr>
</table>
<p>Bitte melden Sie sich bei Ihrem Konto an, um die Bestellung anzuzeigen und zu bestätigen:<br>
<a href="https://service.ariba.com/Supplier.aw">https://service.ariba.com/Supplier.aw</a></p>
<p style="font-size:11px;color:#6a6d70">Diese E-Mail wurde im Auftrag von Kraus Bau AG von SAP Business Network gesendet. Bitte antworten Sie nicht auf diese Nachricht. &copy; SAP SE</p>
</td></tr></table></body></html>
""")

add("po10", "portal_notification", "ja", "alternative",
    "西川工業 via Coupa <do_not_reply@nishikawa-kogyo.coupahost.com>",
    "請求書 BH-JP-0102 が承認されました", "2025-07-15 13:05 +0900",
    """\
Bellbird Hardware Pty Ltd 様

西川工業株式会社が請求書を承認しました。

請求書番号: BH-JP-0102
請求日: 2025/06/30
合計: 5,120.00 AUD
ステータス: 承認済み

お支払いは請求書に記載の支払条件に従って行われます。支払状況は Coupa サプライヤーポータルでご確認いただけます。
https://supplier.coupahost.com/invoices

このメールは送信専用です。返信しないでください。
Powered by Coupa
""")

# ======================================================================
# other (22)
# ======================================================================

add("ot01", "other", "en", "plain",
    "Ty Fletcher <ty@coralcoastcarpentry.com.au>", "order for pickup", "2025-06-17 15:40 +1000",
    """\
Can I order 20 boxes of 8g x 40 batten screws and 5 tubes of No More Gaps (white) for pickup tomorrow morning. Put it on the Coral Coast Carpentry account, PO is TY-0617.

Ty
0422 813 560
""")

add("ot02", "other", "en", "plain",
    "Sal <sal.benedetto@bigpond.com>", "quote", "2025-05-05 06:22 +1000",
    """\
pls quote 200m 90mm pvc stormwater + 40 x 90deg bends. delivery to Penrith wk of the 14th

Sal
""")

add("ot03", "other", "en", "plain",
    "Maree Collins <maree@collinsrenos.com.au>", "Thank you!", "2025-03-10 12:05 +1100",
    """\
Just wanted to say a big thanks to Rhys and the yard crew for getting the delivery out on Saturday morning - saved our pour. Legends.

Maree
Collins Renovations
""")

add("ot04", "other", "en", "plain",
    "Admin - Ironbark Joinery <admin@ironbarkjoinery.com.au>", "Change of address - Ironbark Joinery",
    "2025-06-19 10:00 +1000",
    """\
Hi all,

Please note that from 1 July 2025 our postal address will be PO Box 1184, Parramatta NSW 2124. Our workshop remains at 7 Grand Ave, Camellia.

Please update your records for deliveries and correspondence. Our phone numbers and email addresses are unchanged.

Thanks,
Ironbark Joinery Admin
""")

add("ot05", "other", "en", "plain",
    "Goh Siew Lan <siewlan.goh@pacificmarinesg.com.sg>", "Certificate of Residence request",
    "2025-01-14 15:30 +0800",
    """\
Dear Bellbird Hardware,

For withholding tax purposes on our payments to overseas suppliers, we need a copy of your Certificate of Residence issued by the Australian Taxation Office for the 2025 calendar year.

Without this document we may be required to withhold tax under Singapore law. Please send it to tax@pacificmarinesg.com.sg.

Thank you.
Goh Siew Lan
Tax Executive
Pacific Marine Supplies Pte Ltd
""")

add("ot06", "other", "en", "plain",
    "Supplier Onboarding - Greenfield Retail <supplier.onboarding@greenfieldretail.com.au>",
    "New supplier set-up - Bellbird Hardware", "2025-02-03 09:30 +1100",
    """\
Hello,

Greenfield Retail Group would like to set up Bellbird Hardware Pty Ltd as an approved supplier. To complete your vendor profile, please return the following within 10 business days:

1. Completed supplier information form (sent with our procurement team's earlier email)
2. Bank account details on company letterhead, signed by a director
3. Certificate of currency for public liability insurance
4. Confirmation of your ABN and GST registration

Purchase orders cannot be raised until set-up is complete.

Regards,
Supplier Master Data Team
Greenfield Retail Group
""")

add("ot07", "other", "en", "plain",
    "Kathy Morgan <k.morgan@tradeserv-docs.com>", "Outstanding payment - document shared with you",
    "2025-05-29 03:14 +0000",
    """\
Hello,

Kathy Morgan has shared a secure document with you:

    Outstanding_Invoice_Payment_Q2.pdf (284 KB)

Review Document: https://tradeserv-docs.sharepoint-viewer.co/review?id=88a1f0c2

This link will expire in 24 hours. Sign in with your Microsoft 365 email and password to view the file.

Microsoft OneDrive
""")

add("ot08", "other", "en", "plain",
    "Rahul Sharma <rahul.digitalgrowth@gmail.com>", "Re: Website ranking", "2025-04-03 16:22 +0530",
    """\
Hi Business Owner,

I was checking your website bellbirdhardware.com.au and noticed it is not showing on page 1 of Google for keywords like "hardware store Sydney" and "trade supplies Silverwater".

Our team can get you top rankings within 90 days at a very affordable price, with guaranteed results and monthly reports. Shall I send you our price list and case studies?

Warm regards,
Rahul Sharma
Digital Growth Consultant
""")

add("ot09", "other", "en", "plain",
    "Swiftline Couriers <tracking@swiftlinecouriers.com.au>",
    "Your parcel SWL7720184AU is out for delivery", "2025-03-25 07:10 +1100",
    """\
Good news - your parcel is on its way.

Tracking number: SWL7720184AU
From: Atlas Fasteners Pty Ltd
Delivering to: Bellbird Hardware, 14 Wattle Rd, Silverwater NSW 2128
Estimated delivery: Today, 9am - 1pm

No signature is required. If nobody is available the parcel will be left in a safe place.

Track your parcel: https://track.swiftlinecouriers.com.au/SWL7720184AU
""")

add("ot10", "other", "en", "plain",
    "Leanne Cho <leanne.cho@bellbirdhardware.com.au>", "banking run today?", "2025-05-15 11:47 +1000",
    """\
Hey team, does anyone know who's doing the banking run to Westpac today? I'm leaving at 2 for the dentist and the cheque book's in my top drawer.

Also there's leftover cake in the lunchroom from Priya's birthday, help yourselves.

L
""", to="AR Team <ar@bellbirdhardware.com.au>")

add("ot11", "other", "en", "plain",
    "Sam Whitfield <sam.whitfield@bellbirdhardware.com.au>",
    "Invitation: AR month-end review @ Thu 26 Jun 2025 10am - 11am (AEST)", "2025-06-20 16:30 +1000",
    """\
You have been invited to the following event.

AR month-end review
When: Thursday 26 June 2025, 10:00am - 11:00am (AEST)
Where: Boardroom / Teams
Organiser: Sam Whitfield

Agenda: aged debtors over 60 days, accounts on hold, credit limit reviews for Q1.

Going?   Yes - Maybe - No
""", to="AR Team <ar@bellbirdhardware.com.au>",
    cc="Priya Nair <priya.nair@bellbirdhardware.com.au>, Natalie Fong <natalie.fong@bellbirdhardware.com.au>")

add("ot12", "other", "en", "html",
    "Ledgerly <newsletter@ledgerly.com.au>", "5 ways to get your invoices paid faster this EOFY",
    "2025-06-03 07:00 +1000",
    html="""\
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Ledgerly Insights</title></head>
<body style="margin:0;background:#f4f6f8;font-family:Arial,sans-serif">
<table width="600" align="center" cellpadding="20" cellspacing="0" style="background:#fff">
<tr><td style="background:#14213d;color:#fff;font-size:22px">Ledgerly Insights &middot; June 2025</td></tr>
<tr><td>
<h1 style="font-size:22px">5 ways to get your invoices paid faster this EOFY</h1>
<ol>
<li><b>Invoice the day the job is done.</b> Every day you wait is a day added to your debtor days.</li>
<li><b>Make paying easy.</b> Add a pay-now link and your BSB and account number to every invoice.</li>
<li><b>Automate reminders.</b> Set polite reminders at 7, 14 and 30 days overdue.</li>
<li><b>Send statements monthly.</b> Customers who see their full balance pay sooner.</li>
<li><b>Know when to pick up the phone.</b> A quick call resolves most payment disputes.</li>
</ol>
<p><a href="https://ledgerly.com.au/blog/get-paid-faster" style="color:#fca311">Read the full article</a></p>
</td></tr>
<tr><td style="font-size:11px;color:#888">You're receiving this because you subscribed to Ledgerly Insights. <a href="https://ledgerly.com.au/unsubscribe">Unsubscribe</a> &middot; Ledgerly Pty Ltd, Level 2, 11 York St, Sydney NSW 2000</td></tr>
</table></body></html>
""", hdrs=[("List-Unsubscribe", "<https://ledgerly.com.au/unsubscribe>"), ("Precedence", "bulk")])

add("ot13", "other", "en", "html",
    "Toolmart Trade <deals@toolmarttrade.com.au>", "EOFY Sale: up to 30% off cordless combo kits",
    "2025-06-12 18:00 +1000",
    html="""\
<html><body style="margin:0;font-family:Arial,sans-serif;background:#111;color:#fff">
<table width="600" align="center" cellpadding="16" cellspacing="0">
<tr><td style="background:#e10600;font-size:28px;font-weight:bold;text-align:center">EOFY SALE</td></tr>
<tr><td style="text-align:center;font-size:18px">Up to 30% off cordless combo kits, ends 30 June</td></tr>
<tr><td style="background:#222">
<p>18V brushless 6-piece kit &mdash; <s>$1,299</s> <b>$899</b></p>
<p>Impact driver + hammer drill twin pack &mdash; <s>$549</s> <b>$399</b></p>
<p>Trade account holders get free metro delivery on orders over $250.</p>
<p style="text-align:center"><a href="https://toolmarttrade.com.au/eofy" style="background:#ffd100;color:#111;padding:12px 24px;text-decoration:none;font-weight:bold">SHOP NOW</a></p>
</td></tr>
<tr><td style="font-size:10px;color:#aaa">Toolmart Trade Pty Ltd. Prices include GST. While stocks last. <a href="https://toolmarttrade.com.au/unsub" style="color:#aaa">Unsubscribe</a></td></tr>
</table></body></html>
""", hdrs=[("List-Unsubscribe", "<https://toolmarttrade.com.au/unsub>"), ("Precedence", "bulk")])

add("ot14", "other", "en", "alternative",
    "Harper & Lowe Accountants <events@harperlowe.com.au>",
    "Webinar: Is your business ready for e-invoicing (Peppol)?", "2025-05-20 12:00 +1000",
    """\
Hello,

From 2026 more Australian government agencies and large buyers will expect suppliers to send invoices through the Peppol e-invoicing network. Join Harper & Lowe for a free 45-minute webinar covering:

- what e-invoicing is and how it differs from emailing a PDF
- how your accounting software connects to Peppol
- what happens to remittances and payment times once you switch

When: Wednesday 11 June 2025, 12:30pm AEST
Register: https://harperlowe.com.au/events/einvoicing

Harper & Lowe Chartered Accountants
To stop receiving event invitations, reply UNSUBSCRIBE.
""", hdrs=[("List-Unsubscribe", "<mailto:events@harperlowe.com.au?subject=unsubscribe>")])

add("ot15", "other", "en", "alternative",
    "CreditCheck Australia <traderefs@creditcheckau.com.au>",
    "Trade reference request - Kestrel Projects (NSW) Pty Ltd", "2025-03-27 10:10 +1100",
    """\
Dear Credit Manager,

Kestrel Projects (NSW) Pty Ltd has applied for a trade account with one of our clients and listed Bellbird Hardware as a trade reference. Please take a moment to answer the questions below:

1. How long has the company held an account with you?
2. What is their credit limit?
3. Do they pay within terms? (Always / Usually / Rarely)
4. Have there been any payment defaults or disputes in the last 12 months?

You can reply to this email or complete the form at https://creditcheckau.com.au/ref/7714-KPN.

Thank you for supporting responsible credit.
CreditCheck Australia - Trade References Team
""")

add("ot16", "other", "en", "reply",
    "Jarrod Blake <jarrod@blakeelectrical.com.au>",
    "Re: Welcome to your Bellbird Hardware trade account", "2025-03-10 16:02 +1100",
    """\
Thanks Nat, all good. Can you add my offsider Kyle Ruiz as an authorised buyer on the account? His mobile is 0438 116 204.

Jarrod

On Mon, 10 Mar 2025 at 2:14 pm, Natalie Fong <ar@bellbirdhardware.com.au> wrote:
> Welcome aboard, Jarrod! Your trade account BELL-1178 is now active and you
> can start ordering at any Bellbird branch or online.
> Natalie Fong | Credit Officer
""", irt=ourmid("welcome-blake"))

add("ot17", "other", "en", "forward",
    "Simone Perry <simone@perryprojects.com.au>", "Fwd: 2025/26 price list", "2025-06-26 09:44 +1000",
    """\
Hi, could you send me your updated trade price list for 2025/26? Our estimator asked for it (below).

Thanks
Simone

---------- Forwarded message ---------
From: Ken Wu <ken.wu@perryprojects.com.au>
Date: Wed, 25 Jun 2025 at 17:30
Subject: 2025/26 price list
To: Simone Perry <simone@perryprojects.com.au>

Simone, can you get Bellbird's new price list before July? I'm pricing the Erskineville job and don't want to use last year's rates.
""")

add("ot18", "other", "tl", "plain",
    "Dennis Aguilar <dennisaguilar.const@gmail.com>", "2x4", "2025-04-11 13:18 +0800",
    """\
Hi po, may stock pa po ba kayo ng 2x4 treated pine (3.6m)? Magkano po per piece kung 150 pcs kukunin namin? Thanks po
""")

add("ot19", "other", "tl", "plain",
    "Marites Gonzales <marites@gonzalesbuilders.ph>", "Merry Christmas!", "2024-12-23 10:00 +0800",
    """\
Merry Christmas po sa buong team ng Bellbird Hardware! Salamat po sa maayos na serbisyo ngayong taon, lalo na kay Ma'am Priya na laging mabilis sumagot. Happy New Year po!

Marites at ang Gonzales Builders family
""")

add("ot20", "other", "zh", "plain",
    "马俊 <majun@xinyuan-door.com>", "询价：不锈钢合页", "2025-05-27 09:25 +0800",
    """\
您好，

请问贵司是否有304不锈钢合页（4寸，2.5mm厚）现货？我们需要约5000只，麻烦报一下FOB价格和交期。

谢谢！
马俊
鑫源门业（温州）有限公司
""")

add("ot21", "other", "de", "alternative",
    "Fachmesse Baubeschlag <info@baubeschlag-messe.de>",
    "Einladung: Baubeschlag Forum 2025 in Köln – Ihr kostenloses Besucherticket",
    "2025-08-05 10:00 +0200",
    """\
Sehr geehrte Damen und Herren,

vom 14. bis 16. Oktober 2025 trifft sich die Beschlag- und Befestigungsbranche wieder in Köln. Über 320 Aussteller zeigen Neuheiten rund um Türtechnik, Schließsysteme und Montagezubehör.

Als Fachhändler erhalten Sie ein kostenloses Besucherticket: https://baubeschlag-messe.de/ticket

Wir freuen uns auf Ihren Besuch!

Ihr Team der Fachmesse Baubeschlag

Sie erhalten diese E-Mail, weil Sie sich für unseren Newsletter angemeldet haben. Abmelden: https://baubeschlag-messe.de/abmelden
""", hdrs=[("List-Unsubscribe", "<https://baubeschlag-messe.de/abmelden>"), ("Precedence", "bulk")])

add("ot22", "other", "ms", "plain",
    "Hafiz Rahman <hafiz@cahayatimur.com.my>", "Pertukaran alamat syarikat", "2025-04-28 11:10 +0800",
    """\
Salam,

Dimaklumkan bahawa syarikat kami, Cahaya Timur Enterprise, telah berpindah ke alamat baharu mulai 1 Mei 2025:

No. 18, Jalan Perindustrian 3, Taman Perindustrian Bukit Minyak, 14100 Simpang Ampat, Pulau Pinang.

Sila kemas kini rekod anda untuk penghantaran barang dan surat-menyurat.

Terima kasih.
Hafiz Rahman
""")


# ======================================================================

def main():
    order = sorted(ENTRIES, key=lambda e: hx(e["key"], "order"))
    labels = []
    for n, e in enumerate(order, 1):
        fname = "g-%03d.eml" % n
        data = build(e, e["key"])
        with open(os.path.join(HERE, fname), "wb") as f:
            f.write(data)
        labels.append({"file": fname, "category": e["cat"], "language": e["lang"],
                       "shape": e["shape"]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for row in labels:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    print("wrote %d messages to %s" % (len(labels), HERE))


if __name__ == "__main__":
    main()
