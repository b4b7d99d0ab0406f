#!/usr/bin/env python3
"""Hold-out mail set I for the AR shared-mailbox classifier.

Writes i-001.eml .. i-160.eml and labels.jsonl next to this file.
Stdlib only and deterministic: fixed dates, Message-IDs, MIME boundaries and
attachment bytes, so two runs give byte-identical output.
Emphasis of this set: machine-made / HTML mail and long reply threads.
"""
import base64
import email
import email.policy
import hashlib
import html as _html
import io
import json
import os
import zipfile
from email.message import EmailMessage, MIMEPart

HERE = os.path.dirname(os.path.abspath(__file__))
POL = email.policy.default.clone(linesep="\n")

ARA = "receivables@merlionprecision.com.sg"
AR = "Merlion Receivables <receivables@merlionprecision.com.sg>"
AR_CO = "Merlion Precision Components Pte Ltd"

ITEMS = []
CATS = {"remittance", "invoice_request", "statement_request", "dispute",
        "payment_promise", "auto_reply", "portal_notification", "other"}
LANGS = {"en", "zh", "zh-hant", "de", "tl", "ja"}
SHAPES = {"html", "alternative", "plain", "reply", "forward", "report", "attachment"}


# ---------------------------------------------------------------- ids ----
def _hx(s, n=32):
    return hashlib.sha256(s.encode("utf-8")).hexdigest()[:n]


def oid(key, region="apcprd06", tenant="SG2PR06MB"):
    """Exchange Online style Message-ID."""
    x = hashlib.sha256(("oid" + key).encode()).hexdigest().upper()
    srv = tenant + str(int(x[:6], 16) % 9000 + 1000)
    return "<%s%s@%s.%s.prod.outlook.com>" % (srv, x[6:26], srv, region)


def gid(key):
    """Gmail style Message-ID."""
    raw = hashlib.sha256(("gid" + key).encode()).digest() + hashlib.sha256(("gid2" + key).encode()).digest()
    b = base64.urlsafe_b64encode(raw).decode().replace("=", "").replace("-", "+").replace("_", "A")
    return "<CA%s+%s@mail.gmail.com>" % (b[:10], b[10:48])


def xid(key, domain, fmt="{a}.{b}"):
    a = _hx("x1" + key, 16)
    b = _hx("x2" + key, 10)
    n = str(int(_hx("x3" + key, 8), 16))
    return "<" + fmt.format(a=a, b=b, n=n, A=a.upper(), B=b.upper()) + "@" + domain + ">"


def fix_boundaries(msg, key):
    styles = [
        "----=_NextPart_000_{a:04X}_01DC{b}",
        "000000000000{c}",
        "_{i:03d}_{d}_",
        "=_Part_{n}_{e}",
    ]
    mid = str(msg.get("Message-ID", ""))
    if "mail.gmail.com" in mid:
        st = 1
    elif "prod.outlook.com" in mid:
        st = 2
    else:
        st = (0, 3)[int(_hx("st" + key, 4), 16) % 2]
    i = 0
    keep = set()
    for part in msg.walk():
        if part is not msg and part.get_content_type() == "message/rfc822":
            keep.add(id(part.get_payload(0)))
        elif part is not msg and id(part) not in keep and "MIME-Version" in part:
            del part["MIME-Version"]
        if part.get_content_maintype() == "multipart":
            s = _hx("bd%s%d" % (key, i), 40)
            bnd = styles[st].format(
                a=int(s[:4], 16), b=s[4:8].upper() + "." + s[9:17].upper(),
                c=s[:16], i=i, d=(mid.strip("<>").split("@")[0][:24] or s[:24]).upper() + s[24:28].upper(), n=int(s[:7], 16), e=s[7:20])
            part.set_boundary(bnd)
            i += 1
    return msg


# --------------------------------------------------------- attachments ----
def _pdf_esc(t):
    return t.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def pdf(lines, title="Document"):
    """Small but valid single-page PDF with Helvetica text (ASCII lines)."""
    body = ["BT", "/F1 10 Tf", "14 TL", "50 790 Td"]
    for ln in lines:
        if ln.startswith("# "):
            body.append("/F2 13 Tf (%s) Tj T* /F1 10 Tf" % _pdf_esc(ln[2:]))
        else:
            body.append("(%s) Tj T*" % _pdf_esc(ln))
    body.append("ET")
    stream = ("\n".join(body)).encode("latin-1", "replace")
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R /F2 6 0 R >> >> >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold >>",
        ("<< /Title (%s) /Producer (MPC test corpus) /CreationDate (D:20250101000000Z) >>"
         % _pdf_esc(title)).encode("latin-1", "replace"),
    ]
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offs = []
    for n, o in enumerate(objs, 1):
        offs.append(out.tell())
        out.write(b"%d 0 obj\n" % n + o + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1))
    for o in offs:
        out.write(b"%010d 00000 n \n" % o)
    out.write(b"trailer\n<< /Size %d /Root 1 0 R /Info 7 0 R >>\nstartxref\n%d\n%%%%EOF\n"
              % (len(objs) + 1, xref))
    return out.getvalue()


_ZDT = (2025, 1, 1, 0, 0, 0)


def _zip(files):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, date_time=_ZDT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)
    return buf.getvalue()


def xlsx(rows, sheet="Sheet1"):
    """Minimal valid .xlsx with inline strings / numbers."""
    def col(i):
        s = ""
        i += 1
        while i:
            i, r = divmod(i - 1, 26)
            s = chr(65 + r) + s
        return s
    xr = []
    for r, row in enumerate(rows, 1):
        cells = []
        for c, v in enumerate(row):
            ref = "%s%d" % (col(c), r)
            if isinstance(v, (int, float)):
                cells.append('<c r="%s"><v>%s</v></c>' % (ref, v))
            else:
                cells.append('<c r="%s" t="inlineStr"><is><t>%s</t></is></c>' % (ref, _html.escape(str(v))))
        xr.append('<row r="%d">%s</row>' % (r, "".join(cells)))
    sheet_xml = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                 '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
                 '<sheetData>%s</sheetData></worksheet>' % "".join(xr))
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
         '<sheets><sheet name="%s" sheetId="1" r:id="rId1"/></sheets></workbook>' % _html.escape(sheet)),
        ("xl/_rels/workbook.xml.rels",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
         '</Relationships>'),
        ("xl/worksheets/sheet1.xml", sheet_xml),
    ]
    return _zip([(n, d.encode("utf-8")) for n, d in files])


# 1x1 and 2x2 PNGs (fixed bytes)
PNG_1 = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==")
PNG_2 = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAIAAAD91JpzAAAAFklEQVR4nGP4//8/AxJgYmBgYGBgAAAkxAP/2y8ChgAAAABJRU5ErkJggg==")


def att(filename, data, mime):
    return (filename, data, mime)


# ------------------------------------------------------------ builders ----
def _headers(m, frm, to, subj, date, mid, cc=None, irt=None, refs=None, extra=(), reply_to=None):
    m["From"] = frm
    m["To"] = to
    if cc:
        m["Cc"] = cc
    if reply_to:
        m["Reply-To"] = reply_to
    m["Subject"] = subj
    m["Date"] = date
    m["Message-ID"] = mid
    if irt:
        m["In-Reply-To"] = irt
        m["References"] = refs or irt
    for k, v in extra:
        m[k] = v


def mk(key, frm, subj, date, mid, to=AR, cc=None, text=None, html=None, atts=(),
       extra=(), irt=None, refs=None, reply_to=None, inline=(), rfc822=None):
    """Generic message. text only -> text/plain; html only -> text/html;
    both -> multipart/alternative. atts -> multipart/mixed. inline -> related images."""
    m = EmailMessage(policy=POL)
    _headers(m, frm, to, subj, date, mid, cc, irt, refs, extra, reply_to)
    if text is not None and html is None:
        m.set_content(text)
    elif html is not None and text is None:
        m.set_content(html, subtype="html")
    else:
        m.set_content(text)
        m.add_alternative(html, subtype="html")
    if inline:
        htmlpart = m.get_body(("html",))
        for cid, data, mime in inline:
            mt, st = mime.split("/")
            htmlpart.add_related(data, mt, st, cid="<%s>" % cid, filename=cid.split("@")[0])
    if rfc822 is not None:
        m.add_attachment(rfc822)
    for fn, data, mime in atts:
        mt, st = mime.split("/")
        if mt == "text":
            m.add_attachment(data.decode("utf-8"), subtype=st, filename=fn)
        else:
            m.add_attachment(data, maintype=mt, subtype=st, filename=fn)
    return fix_boundaries(m, key)


def part_text(s, subtype="plain"):
    p = MIMEPart(policy=POL)
    p.set_content(s, subtype=subtype)
    return p


def part_alt(text, html):
    p = MIMEPart(policy=POL)
    p.set_content(text)
    p.add_alternative(html, subtype="html")
    return p


def part_fields(kind, fields):
    return email.message_from_string("Content-Type: message/%s\n\n%s" % (kind, fields.strip("\n") + "\n"),
                                     _class=MIMEPart, policy=POL)


def part_rfc822_headers(hdrs):
    p = MIMEPart(policy=POL)
    p.set_content(hdrs.strip("\n") + "\n", subtype="rfc822-headers", cte="7bit")
    return p


def part_message(msg):
    p = MIMEPart(policy=POL)
    p.set_content(msg)
    return p


def report(key, frm, to, subj, date, mid, rtype, parts, extra=(), irt=None):
    m = EmailMessage(policy=POL)
    _headers(m, frm, to, subj, date, mid, irt=irt, extra=extra)
    m["MIME-Version"] = "1.0"
    m["Content-Type"] = "multipart/report; report-type=%s" % rtype
    for p in parts:
        m.attach(p)
    return fix_boundaries(m, key)


def inner(frm, to, subj, date, mid, text=None, html=None, extra=(), cc=None, atts=()):
    """A message to be embedded (message/rfc822) in a forward or a bounce."""
    m = EmailMessage(policy=POL)
    _headers(m, frm, to, subj, date, mid, cc=cc, extra=extra)
    if html is None:
        m.set_content(text)
    elif text is None:
        m.set_content(html, subtype="html")
    else:
        m.set_content(text)
        m.add_alternative(html, subtype="html")
    for fn, data, mime in atts:
        mt, st = mime.split("/")
        m.add_attachment(data, maintype=mt, subtype=st, filename=fn)
    return fix_boundaries(m, mid)


# ------------------------------------------------------- text helpers ----
def gq(attrib, body):
    """Gmail-style quote: attribution line, then every line prefixed with '>'."""
    out = [attrib]
    for ln in body.strip("\n").split("\n"):
        out.append(">" + ((" " + ln) if ln and not ln.startswith(">") else ln))
    return "\n".join(out)


def olq(frm, sent, to, subj, body, cc=None, sep="________________________________"):
    """Outlook-style quoted header block."""
    s = sep + "\nFrom: %s\nSent: %s\nTo: %s\n" % (frm, sent, to)
    if cc:
        s += "Cc: %s\n" % cc
    s += "Subject: %s\n\n%s" % (subj, body.strip("\n"))
    return s


OL_HEAD = """<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="Generator" content="Microsoft Word 15 (filtered medium)">
<style><!--
/* Font Definitions */
@font-face
\t{font-family:"Cambria Math";
\tpanose-1:2 4 5 3 5 4 6 3 2 4;}
@font-face
\t{font-family:Calibri;
\tpanose-1:2 15 5 2 2 2 4 3 2 4;}
/* Style Definitions */
p.MsoNormal, li.MsoNormal, div.MsoNormal
\t{margin:0cm;
\tfont-size:11.0pt;
\tfont-family:"Calibri",sans-serif;
\tmso-ligatures:standardcontextual;}
a:link, span.MsoHyperlink
\t{mso-style-priority:99;
\tcolor:#0563C1;
\ttext-decoration:underline;}
span.EmailStyle17
\t{mso-style-type:personal-compose;
\tfont-family:"Calibri",sans-serif;
\tcolor:windowtext;}
.MsoChpDefault
\t{mso-style-type:export-only;
\tfont-size:10.0pt;}
@page WordSection1
\t{size:612.0pt 792.0pt;
\tmargin:72.0pt 72.0pt 72.0pt 72.0pt;}
div.WordSection1
\t{page:WordSection1;}
--></style><!--[if gte mso 9]><xml>
<o:shapedefaults v:ext="edit" spidmax="1026" />
</xml><![endif]--><!--[if gte mso 9]><xml>
<o:shapelayout v:ext="edit">
<o:idmap v:ext="edit" data="1" />
</o:shapelayout></xml><![endif]-->
</head>
<body lang="%s" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">
<div class="WordSection1">
"""


def ol_html(text, lang="EN-SG", extra_html=""):
    """Outlook desktop HTML rendering of a plain-text body (incl. quoted header blocks)."""
    out = [OL_HEAD % lang]
    lines = text.split("\n")
    i = 0
    while i < len(lines):
        ln = lines[i]
        if ln.startswith("____") or ln.startswith("-----Original Message-----"):
            out.append('<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">')
            i += 1
            while i < len(lines) and lines[i].strip():
                k, _, v = lines[i].partition(": ")
                out.append('<p class="MsoNormal"><b>%s:</b> %s<o:p></o:p></p>' % (_html.escape(k), _html.escape(v)))
                i += 1
            out.append("</div>")
            continue
        if not ln.strip():
            out.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
        else:
            out.append('<p class="MsoNormal">%s<o:p></o:p></p>' % _html.escape(ln))
        i += 1
    out.append(extra_html)
    out.append("</div>\n</body>\n</html>\n")
    return "\n".join(out)


def _gm_block(lines):
    res = []
    i = 0
    while i < len(lines):
        if lines[i].startswith(">"):
            q = []
            while i < len(lines) and lines[i].startswith(">"):
                x = lines[i][1:]
                q.append(x[1:] if x.startswith(" ") else x)
                i += 1
            res.append('<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;'
                       'border-left:1px solid rgb(204,204,204);padding-left:1ex">'
                       + _gm_block(q) + "</blockquote>")
        else:
            ln = lines[i]
            if ln.startswith("On ") and ln.rstrip().endswith("wrote:"):
                res.append('<div class="gmail_attr" dir="ltr">%s<br></div>' % _html.escape(ln))
            elif ln.strip() == "--":
                res.append('<span class="gmail_signature_prefix">-- </span><br>')
            else:
                res.append(_html.escape(ln, quote=False) + "<br>")
            i += 1
    return "\n".join(res)


def gm_html(text):
    return '<div dir="ltr">' + _gm_block(text.split("\n")) + "</div>\n"


def add(key, cat, lang, shape, msg):
    assert cat in CATS and lang in LANGS and shape in SHAPES, key
    ITEMS.append((key, cat, lang, shape, msg))


# =====================================================================
# REMITTANCE
# =====================================================================

add("R01", "remittance", "en", "html", mk(
    "R01", "DBS IDEAL Payment Advice <ideal.paymentadvice@dbs.com>",
    "Payment Advice from CHANGI AERO SERVICES PTE LTD - Ref CAS-PR-2025-1104",
    "Tue, 04 Nov 2025 10:17:42 +0800", xid("R01", "mailgw.dbs.com"),
    extra=[("Auto-Submitted", "auto-generated"), ("X-Mailer", "IDEAL Notification Engine 6.2")],
    html="""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />
<title>Payment Advice</title></head>
<body style="margin:0;padding:0;background:#f2f2f2;font-family:Arial,Helvetica,sans-serif;font-size:12px;color:#333333;">
<table width="100%" cellpadding="0" cellspacing="0" border="0" bgcolor="#f2f2f2"><tr><td align="center" style="padding:16px 0;">
<table width="640" cellpadding="0" cellspacing="0" border="0" bgcolor="#ffffff" style="border:1px solid #d9d9d9;">
<tr><td bgcolor="#ee2e24" style="padding:14px 20px;color:#ffffff;font-size:18px;font-weight:bold;">DBS <span style="font-weight:normal;font-size:13px;">IDEAL&trade; Payment Advice</span></td></tr>
<tr><td style="padding:20px;">
<p style="margin:0 0 12px 0;">Dear MERLION PRECISION COMPONENTS PTE LTD,</p>
<p style="margin:0 0 12px 0;">Please be informed that <b>CHANGI AERO SERVICES PTE LTD</b> has made the following payment to your account. The funds were released on the value date shown below.</p>
<table width="100%" cellpadding="6" cellspacing="0" border="0" style="border-collapse:collapse;font-size:12px;">
<tr><td width="40%" style="background:#fafafa;border:1px solid #e5e5e5;">Payment Type</td><td style="border:1px solid #e5e5e5;">FAST Payment</td></tr>
<tr><td style="background:#fafafa;border:1px solid #e5e5e5;">Value Date</td><td style="border:1px solid #e5e5e5;">04 Nov 2025</td></tr>
<tr><td style="background:#fafafa;border:1px solid #e5e5e5;">Customer Reference</td><td style="border:1px solid #e5e5e5;">CAS-PR-2025-1104</td></tr>
<tr><td style="background:#fafafa;border:1px solid #e5e5e5;">Beneficiary Name</td><td style="border:1px solid #e5e5e5;">MERLION PRECISION COMPONENTS PTE LTD</td></tr>
<tr><td style="background:#fafafa;border:1px solid #e5e5e5;">Beneficiary Bank / Account</td><td style="border:1px solid #e5e5e5;">OVERSEA-CHINESE BANKING CORP / XXXXXX4418</td></tr>
<tr><td style="background:#fafafa;border:1px solid #e5e5e5;">Amount</td><td style="border:1px solid #e5e5e5;"><b>SGD 18,450.60</b></td></tr>
<tr><td style="background:#fafafa;border:1px solid #e5e5e5;">Transaction Status</td><td style="border:1px solid #e5e5e5;">Successful</td></tr>
</table>
<p style="margin:18px 0 6px 0;font-weight:bold;">Payment Details (provided by payer)</p>
<table width="100%" cellpadding="6" cellspacing="0" border="0" style="border-collapse:collapse;font-size:12px;">
<tr style="background:#333333;color:#ffffff;"><td>Invoice No.</td><td>Invoice Date</td><td align="right">Gross (SGD)</td><td align="right">Paid (SGD)</td></tr>
<tr><td style="border-bottom:1px solid #e5e5e5;">MPC-INV-2509-0412</td><td style="border-bottom:1px solid #e5e5e5;">12/09/2025</td><td align="right" style="border-bottom:1px solid #e5e5e5;">7,920.00</td><td align="right" style="border-bottom:1px solid #e5e5e5;">7,920.00</td></tr>
<tr><td style="border-bottom:1px solid #e5e5e5;">MPC-INV-2509-0455</td><td style="border-bottom:1px solid #e5e5e5;">19/09/2025</td><td align="right" style="border-bottom:1px solid #e5e5e5;">6,316.20</td><td align="right" style="border-bottom:1px solid #e5e5e5;">6,316.20</td></tr>
<tr><td style="border-bottom:1px solid #e5e5e5;">MPC-INV-2510-0031</td><td style="border-bottom:1px solid #e5e5e5;">02/10/2025</td><td align="right" style="border-bottom:1px solid #e5e5e5;">4,214.40</td><td align="right" style="border-bottom:1px solid #e5e5e5;">4,214.40</td></tr>
<tr><td colspan="3" align="right"><b>Total</b></td><td align="right"><b>18,450.60</b></td></tr>
</table>
<p style="margin:18px 0 0 0;font-size:11px;color:#777777;">Payer contact: accounts.payable@changiaero.com.sg | +65 6545 2210</p>
</td></tr>
<tr><td style="padding:14px 20px;background:#fafafa;font-size:10px;color:#888888;border-top:1px solid #e5e5e5;">
This is a computer-generated advice sent on behalf of the payer. No signature is required. Please do not reply to this email as this mailbox is not monitored. For queries about this payment, contact the payer directly.<br /><br />
DBS Bank Ltd, 12 Marina Boulevard, DBS Asia Central @ Marina Bay Financial Centre Tower 3, Singapore 018982. Co. Reg. No. 196800306E.
</td></tr>
</table>
</td></tr></table>
</body>
</html>
"""))

add("R02", "remittance", "en", "html", mk(
    "R02", "HSBCnet <hsbcnet.alerts@notification.hsbc.com.hk>",
    "HSBCnet: Payment processed - TUAS OFFSHORE FABRICATORS PTE LTD",
    "Fri, 14 Nov 2025 16:02:09 +0800", xid("R02", "notification.hsbc.com.hk", "HNET.{A}.{n}"),
    extra=[("Auto-Submitted", "auto-generated"), ("X-Priority", "3")],
    html="""<html>
<head>
<meta charset="utf-8">
<style type="text/css">
 body {font-family: Arial, sans-serif; font-size: 13px; color:#000;}
 .hd {background:#db0011; height:6px;}
 .lbl {color:#575757; width:210px; padding:4px 8px 4px 0; vertical-align:top;}
 .val {padding:4px 0; font-weight:bold;}
 .small {font-size:11px; color:#575757;}
</style>
</head>
<body>
<div style="display:none;font-size:1px;color:#ffffff;line-height:1px;max-height:0px;max-width:0px;opacity:0;overflow:hidden;">A priority payment from TUAS OFFSHORE FABRICATORS PTE LTD has been processed.</div>
<div class="hd"></div>
<table cellpadding="0" cellspacing="0" border="0" width="600">
<tr><td style="padding:18px 0 8px 0;"><img src="https://www.hsbcnet.com/content/dam/hsbcnet/gb/images/logo/hsbc-logo-email.png" alt="HSBC" width="120" height="32"></td></tr>
<tr><td style="padding:0 0 10px 0;font-size:16px;">Payment notification</td></tr>
<tr><td>
<p>This message was generated at the request of our customer <b>TUAS OFFSHORE FABRICATORS PTE LTD</b> to advise you that the payment below has been <b>processed</b> and sent to the beneficiary bank.</p>
<table cellpadding="0" cellspacing="0" border="0">
<tr><td class="lbl">Payment status</td><td class="val">Processed</td></tr>
<tr><td class="lbl">Payment type</td><td class="val">Priority Payment (Telegraphic Transfer)</td></tr>
<tr><td class="lbl">Debit value date</td><td class="val">14 NOV 2025</td></tr>
<tr><td class="lbl">Payment amount</td><td class="val">USD 42,300.00</td></tr>
<tr><td class="lbl">Charges</td><td class="val">OUR</td></tr>
<tr><td class="lbl">Beneficiary</td><td class="val">MERLION PRECISION COMPONENTS PTE LTD</td></tr>
<tr><td class="lbl">Beneficiary account</td><td class="val">***********7702</td></tr>
<tr><td class="lbl">Payment reference</td><td class="val">TOF/AP/11/0387</td></tr>
<tr><td class="lbl">Remittance information</td><td class="val">INV 25-10877 USD 23,900.00 / INV 25-10912 USD 18,400.00</td></tr>
<tr><td class="lbl">Bank reference</td><td class="val">HK1114SGP0093341</td></tr>
</table>
<p class="small" style="margin-top:22px;">HSBCnet is a trading name of The Hongkong and Shanghai Banking Corporation Limited. This email was sent from an unattended mailbox and replies cannot be answered. HSBC will never ask you to disclose your password or security device codes by email. If you have received this notification in error, please delete it.</p>
<p class="small">&copy; Copyright. The Hongkong and Shanghai Banking Corporation Limited 2025. All rights reserved.</p>
</td></tr>
</table>
</body>
</html>
"""))

add("R03", "remittance", "en", "html", mk(
    "R03", "CitiDirect BE Payment Advice <citidirect.advice@citi.com>",
    "Citi Payment Advice - Orion Medical Systems Asia Pte. Ltd. - Vendor 400187",
    "Thu, 23 Oct 2025 03:41:55 +0000", xid("R03", "citi.com", "CDBE{n}.{a}"),
    extra=[("Auto-Submitted", "auto-generated")],
    html="""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Verdana,Geneva,sans-serif;font-size:11px;">
<table border="0" cellpadding="0" cellspacing="0" width="700">
<tr><td bgcolor="#003b70" style="padding:10px 14px;color:#fff;font-size:15px;"><b>citi</b>&nbsp;&nbsp;|&nbsp;&nbsp;Payment Advice</td></tr>
<tr><td style="padding:14px;">
<table border="0" cellpadding="3" cellspacing="0" width="100%" style="font-size:11px;">
<tr><td width="50%" valign="top"><b>Remitter</b><br>Orion Medical Systems Asia Pte. Ltd.<br>1 Science Park Road #04-12<br>Singapore 117528</td>
<td width="50%" valign="top"><b>Payee</b><br>Merlion Precision Components Pte Ltd<br>Vendor No. 400187<br>Payee bank: United Overseas Bank Ltd</td></tr>
</table>
<hr size="1" color="#cccccc">
<table border="0" cellpadding="3" cellspacing="0" style="font-size:11px;">
<tr><td>Payment Method:</td><td><b>ACH - GIRO</b></td></tr>
<tr><td>Payment Date:</td><td><b>2025-10-23</b></td></tr>
<tr><td>Payment Document:</td><td><b>2000148813</b></td></tr>
<tr><td>Payment Amount:</td><td><b>SGD 31,088.75</b></td></tr>
</table>
<br>
<table border="1" cellpadding="4" cellspacing="0" width="100%" style="border-collapse:collapse;border-color:#cccccc;font-size:11px;">
<tr bgcolor="#e6eef5"><th align="left">Your Invoice</th><th align="left">Doc Date</th><th align="left">Our Doc</th><th align="right">Invoice Amt</th><th align="right">Deduction</th><th align="right">Net Paid</th></tr>
<tr><td>INV/2025/08-3391</td><td>2025-08-14</td><td>5105992011</td><td align="right">12,480.00</td><td align="right">0.00</td><td align="right">12,480.00</td></tr>
<tr><td>INV/2025/08-3420</td><td>2025-08-22</td><td>5105992067</td><td align="right">9,114.75</td><td align="right">0.00</td><td align="right">9,114.75</td></tr>
<tr><td>INV/2025/09-3502</td><td>2025-09-03</td><td>5105992140</td><td align="right">10,044.00</td><td align="right">0.00</td><td align="right">10,044.00</td></tr>
<tr><td>CN/2025/09-0077</td><td>2025-09-11</td><td>5105992188</td><td align="right">-550.00</td><td align="right">0.00</td><td align="right">-550.00</td></tr>
<tr bgcolor="#f5f5f5"><td colspan="5" align="right"><b>Total</b></td><td align="right"><b>31,088.75</b></td></tr>
</table>
<p style="color:#666;margin-top:16px;">Please direct any questions about this advice to ap.sg@orionmedsys.com quoting the payment document number. This advice is generated by CitiDirect BE on behalf of the remitter; Citibank N.A. accepts no responsibility for the accuracy of the remittance details supplied by the remitter.</p>
</td></tr></table>
</body></html>
"""))

add("R04", "remittance", "en", "html", mk(
    "R04", "UOB Infinity <no-reply@uobinfinity.uobgroup.com>",
    "Payment Advice: KALLANG INSTRUMENTS PTE LTD has sent you SGD 9,762.30",
    "Mon, 08 Dec 2025 14:25:31 +0800", xid("R04", "uobgroup.com"),
    extra=[("Auto-Submitted", "auto-generated"), ("Precedence", "bulk")],
    html="""<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<!--[if mso]><style>table,td{font-family:Arial,sans-serif !important;}</style><![endif]-->
</head>
<body style="margin:0;background:#ffffff;">
<span style="display:none!important;visibility:hidden;mso-hide:all;font-size:1px;line-height:1px;max-height:0;overflow:hidden;">SGD 9,762.30 credited via FAST - reference KI-PAY-88120</span>
<table role="presentation" width="100%" cellspacing="0" cellpadding="0" border="0">
<tr><td style="padding:0;border-top:5px solid #005eb8;">
<table role="presentation" width="600" align="center" cellspacing="0" cellpadding="0" border="0" style="font-family:Arial,sans-serif;font-size:14px;color:#2b2b2b;">
<tr><td style="padding:20px 0 4px 0;font-size:22px;color:#005eb8;font-weight:bold;">UOB</td></tr>
<tr><td style="padding:0 0 16px 0;font-size:12px;color:#8a8a8a;">UOB Infinity &middot; Payment Advice</td></tr>
<tr><td style="padding:0 0 14px 0;">Hello,</td></tr>
<tr><td style="padding:0 0 14px 0;">KALLANG INSTRUMENTS PTE LTD has completed a payment to you through UOB Infinity. The details shared by the payer are below.</td></tr>
<tr><td>
<table role="presentation" width="100%" cellspacing="0" cellpadding="8" border="0" style="background:#f4f7fb;font-size:13px;">
<tr><td width="45%">Amount</td><td><strong>SGD 9,762.30</strong></td></tr>
<tr><td>Payment mode</td><td>FAST</td></tr>
<tr><td>Processed on</td><td>08 Dec 2025, 14:11</td></tr>
<tr><td>Payer's reference</td><td>KI-PAY-88120</td></tr>
<tr><td>Message from payer</td><td>Settlement of SI-251011-07 and SI-251018-02, less CN-2511-004</td></tr>
</table>
</td></tr>
<tr><td style="padding:16px 0 0 0;font-size:12px;color:#8a8a8a;">Crediting of funds to your account is subject to your bank's processing. Please contact the payer if you have any questions on this payment.</td></tr>
<tr><td style="padding:24px 0 30px 0;font-size:11px;color:#a0a0a0;border-bottom:1px solid #e6e6e6;">This is an automated message. Please do not reply. United Overseas Bank Limited Co. Reg. No. 193500026Z. UOB will never send you links to log in or request your OTP via email.</td></tr>
</table>
</td></tr></table>
</body></html>
"""))

add("R05", "remittance", "en", "html", mk(
    "R05", "Harbourfront Medical Devices AP <netsuite@harbourfrontmed.com.sg>",
    "Bill Payment #BP-004471 from Harbourfront Medical Devices Pte Ltd",
    "Wed, 29 Oct 2025 11:48:03 +0800", xid("R05", "netsuite.com", "{n}.{a}.JavaMail.ns"),
    reply_to="ap@harbourfrontmed.com.sg",
    extra=[("X-NS-Account", "5523816"), ("X-Mailer", "NetSuite")],
    html="""<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<style>td{font-family:Helvetica,Arial,sans-serif;font-size:12px;}</style></head>
<body>
<table width="680" cellspacing="0" cellpadding="0" border="0">
<tr><td colspan="2" style="font-size:18px;font-weight:bold;padding-bottom:6px;">Harbourfront Medical Devices Pte Ltd</td></tr>
<tr><td colspan="2" style="color:#666;padding-bottom:14px;">30 Harbourfront Walk, #09-02, Singapore 098632 &middot; UEN 201611234K</td></tr>
<tr><td colspan="2" style="padding-bottom:10px;">To: Merlion Precision Components Pte Ltd (Vendor V-01187)</td></tr>
<tr><td colspan="2" style="padding-bottom:12px;">We have issued the payment below to your nominated bank account. Kindly allocate it against the listed bills.</td></tr>
<tr><td width="170" style="color:#666;">Payment No.</td><td>BP-004471</td></tr>
<tr><td style="color:#666;">Payment Date</td><td>29/10/2025</td></tr>
<tr><td style="color:#666;">Method</td><td>Electronic Funds Transfer (GIRO)</td></tr>
<tr><td style="color:#666;">Currency</td><td>SGD</td></tr>
<tr><td colspan="2" style="padding-top:14px;">
<table width="100%" cellspacing="0" cellpadding="5" border="0" style="border:1px solid #bbbbbb;">
<tr style="background:#607799;color:#ffffff;"><td><b>Date</b></td><td><b>Ref No.</b></td><td><b>Memo</b></td><td align="right"><b>Orig. Amt</b></td><td align="right"><b>Amt Due</b></td><td align="right"><b>Payment</b></td></tr>
<tr><td>18/08/2025</td><td>0089234</td><td>Titanium housing lot 7</td><td align="right">4,870.00</td><td align="right">4,870.00</td><td align="right">4,870.00</td></tr>
<tr style="background:#f0f3f7;"><td>25/08/2025</td><td>0089301</td><td>Spring clips x 3000</td><td align="right">1,260.45</td><td align="right">1,260.45</td><td align="right">1,260.45</td></tr>
<tr><td>02/09/2025</td><td>0089388</td><td>CNC rework - PO 77120</td><td align="right">2,315.00</td><td align="right">2,315.00</td><td align="right">2,315.00</td></tr>
<tr style="background:#f0f3f7;"><td colspan="5" align="right"><b>Total</b></td><td align="right"><b>8,445.45</b></td></tr>
</table>
</td></tr>
<tr><td colspan="2" style="padding-top:16px;color:#666;">Questions? Reply to ap@harbourfrontmed.com.sg.</td></tr>
</table>
<img src="https://5523816.app.netsuite.com/app/site/hosting/scriptlet.nl?script=tr&amp;id=BP004471&amp;e=1" width="1" height="1" alt="">
</body></html>
"""))

add("R06", "remittance", "en", "html", mk(
    "R06", "Southern Cross Fluid Power Pty Ltd <messaging-service@post.xero.com>",
    "Remittance advice from Southern Cross Fluid Power Pty Ltd",
    "Thu, 20 Nov 2025 09:06:12 +1000", xid("R06", "post.xero.com"),
    reply_to="accounts@scfluidpower.com.au",
    extra=[("X-Mailer", "Xero"), ("List-Unsubscribe", "<mailto:unsubscribe@post.xero.com?subject=unsub-8823ac>")],
    html="""<!DOCTYPE html>
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<!--[if mso]><xml><o:OfficeDocumentSettings><o:PixelsPerInch>96</o:PixelsPerInch></o:OfficeDocumentSettings></xml><![endif]-->
</head>
<body style="margin:0;padding:0;background-color:#f6f6f6;">
<div style="display:none;max-height:0;overflow:hidden;">Payment of AUD 14,028.00 sent 20 Nov 2025</div>
<table width="100%" cellpadding="0" cellspacing="0" style="background-color:#f6f6f6;"><tr><td align="center" style="padding:24px 8px;">
<table width="560" cellpadding="0" cellspacing="0" style="background:#ffffff;border-radius:4px;font-family:'Helvetica Neue',Arial,sans-serif;color:#1e3240;">
<tr><td style="padding:28px 32px 8px 32px;font-size:20px;font-weight:600;">Southern Cross Fluid Power Pty Ltd</td></tr>
<tr><td style="padding:8px 32px;font-size:14px;line-height:21px;">Hi Merlion Precision Components,<br><br>
Here's your remittance advice for payment of <strong>AUD 14,028.00</strong>, paid on <strong>20 Nov 2025</strong>.<br><br>
The remittance advice is attached. If you have any questions, please let us know.<br><br>
Thanks,<br>Priya Raman<br>Accounts Payable</td></tr>
<tr><td style="padding:16px 32px;">
<table width="100%" cellpadding="6" cellspacing="0" style="font-size:13px;border-top:2px solid #1e3240;">
<tr><td style="color:#556a7a;">Invoice number</td><td style="color:#556a7a;">Reference</td><td align="right" style="color:#556a7a;">Amount paid</td></tr>
<tr><td style="border-top:1px solid #e1e6ea;">INV-104522</td><td style="border-top:1px solid #e1e6ea;">PO 3318</td><td align="right" style="border-top:1px solid #e1e6ea;">8,640.00</td></tr>
<tr><td style="border-top:1px solid #e1e6ea;">INV-104587</td><td style="border-top:1px solid #e1e6ea;">PO 3341</td><td align="right" style="border-top:1px solid #e1e6ea;">5,388.00</td></tr>
<tr><td colspan="2" align="right" style="border-top:2px solid #1e3240;"><strong>Total AUD</strong></td><td align="right" style="border-top:2px solid #1e3240;"><strong>14,028.00</strong></td></tr>
</table></td></tr>
<tr><td style="padding:20px 32px 28px 32px;font-size:11px;color:#8b9aa5;">Sent with Xero &middot; Beautiful business &middot; <a href="https://www.xero.com/" style="color:#8b9aa5;">xero.com</a></td></tr>
</table></td></tr></table>
<img src="https://post.xero.com/o/8823ac7f1d2e/open.gif" width="1" height="1" alt="" style="display:block;border:0;">
</body></html>
""",
    atts=[att("Remittance_Advice_SCFP_20-11-2025.pdf", pdf([
        "# Southern Cross Fluid Power Pty Ltd", "ABN 41 612 558 903", "",
        "REMITTANCE ADVICE", "To: Merlion Precision Components Pte Ltd", "Payment date: 20 Nov 2025", "",
        "INV-104522   PO 3318   AUD 8,640.00", "INV-104587   PO 3341   AUD 5,388.00", "",
        "Amount paid: AUD 14,028.00"], "Remittance Advice"), "application/pdf")]))

add("R07", "remittance", "zh", "html", mk(
    "R07", "中国银行企业网银 <bocnet_notice@bankofchina.com>",
    "【中国银行】境外汇款汇出通知 - 苏州恒泰自动化设备有限公司",
    "Wed, 05 Nov 2025 15:33:20 +0800", xid("R07", "bankofchina.com"),
    extra=[("Auto-Submitted", "auto-generated")],
    html="""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>汇出汇款通知</title></head>
<body style="font-family:'Microsoft YaHei','SimSun',sans-serif;font-size:13px;color:#222;">
<table width="640" cellpadding="0" cellspacing="0" border="0" style="border:1px solid #b5121b;">
<tr><td style="background:#b5121b;color:#fff;padding:10px 16px;font-size:16px;">中国银行 BANK OF CHINA &nbsp;|&nbsp; 汇出汇款通知书</td></tr>
<tr><td style="padding:16px;">
<p>尊敬的收款人 MERLION PRECISION COMPONENTS PTE LTD：</p>
<p>受汇款人苏州恒泰自动化设备有限公司委托，现将其已办理的境外汇款信息通知如下。该笔款项已由我行汇出，入账时间以收款行处理为准。</p>
<table width="100%" cellpadding="5" cellspacing="0" border="1" style="border-collapse:collapse;border-color:#dddddd;font-size:13px;">
<tr><td width="35%" style="background:#f7f7f7;">汇款编号</td><td>TT2511050017734</td></tr>
<tr><td style="background:#f7f7f7;">汇款日期</td><td>2025年11月05日</td></tr>
<tr><td style="background:#f7f7f7;">汇款币种及金额</td><td>USD 26,540.00</td></tr>
<tr><td style="background:#f7f7f7;">汇款人名称</td><td>SUZHOU HENGTAI AUTOMATION EQUIPMENT CO., LTD.</td></tr>
<tr><td style="background:#f7f7f7;">收款人名称</td><td>MERLION PRECISION COMPONENTS PTE LTD</td></tr>
<tr><td style="background:#f7f7f7;">收款银行</td><td>UNITED OVERSEAS BANK LTD, SINGAPORE (UOVBSGSG)</td></tr>
<tr><td style="background:#f7f7f7;">费用承担</td><td>SHA 共同承担</td></tr>
<tr><td style="background:#f7f7f7;">汇款附言</td><td>PAYMENT FOR INV NO. MPC2509-118 MPC2509-131</td></tr>
<tr><td style="background:#f7f7f7;">处理状态</td><td><b>已汇出</b></td></tr>
</table>
<p style="margin-top:14px;">附：汇款人经办人 王丽娟 财务部 电话 0512-6658 3021</p>
<p style="color:#888;font-size:12px;margin-top:20px;">本邮件由系统自动发送，请勿直接回复。如对汇款信息有疑问，请与汇款人联系。中国银行股份有限公司 苏州分行</p>
</td></tr></table>
</body></html>
"""))

add("R08", "remittance", "ja", "html", mk(
    "R08", "大阪精密工業株式会社 経理部 <keiri-shiharai@osaka-seimitsu.co.jp>",
    "【お支払いのご案内】2025年11月末支払分 Merlion Precision Components Pte Ltd 御中",
    "Fri, 28 Nov 2025 17:20:44 +0900", xid("R08", "osaka-seimitsu.co.jp"),
    extra=[("X-Mailer", "OBIC7 Payment Notice Service")],
    html="""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:'Meiryo','MS PGothic',sans-serif;font-size:13px;">
<p>Merlion Precision Components Pte Ltd<br>ご担当者様</p>
<p>平素は格別のお引き立てを賜り、厚く御礼申し上げます。<br>
下記の通り、本日お振込み手続きを完了いたしましたのでご案内申し上げます。</p>
<table border="1" cellspacing="0" cellpadding="6" style="border-collapse:collapse;font-size:13px;border-color:#999;">
<tr style="background:#e8eef7;"><th>支払日</th><th>請求書番号</th><th>請求金額</th><th>支払金額</th></tr>
<tr><td>2025/11/28</td><td>MPC-INV-2510-0207</td><td align="right">&yen;1,284,000</td><td align="right">&yen;1,284,000</td></tr>
<tr><td>2025/11/28</td><td>MPC-INV-2510-0233</td><td align="right">&yen;396,500</td><td align="right">&yen;396,500</td></tr>
<tr><td colspan="3" align="right"><b>合計</b></td><td align="right"><b>&yen;1,680,500</b></td></tr>
</table>
<p>振込先：UOB シンガポール本店 / 電信送金<br>
振込手数料：当社負担（OUR）<br>
送金依頼人名：オオサカセイミツコウギョウ（カ</p>
<p>ご入金の確認をお願い申し上げます。<br>ご不明な点がございましたら、下記までお問い合わせください。</p>
<hr>
<p style="font-size:12px;color:#555;">大阪精密工業株式会社 管理本部 経理部<br>
〒552-0012 大阪府大阪市港区市岡1-4-18<br>
TEL 06-6582-7731 / FAX 06-6582-7740<br>
※本メールは支払通知システムより自動送信されています。</p>
</body></html>
"""))

def kv_html(brand, color, title, intro, rows, outro, legal, font="Arial,Helvetica,sans-serif", pre=None, pixel=None):
    """Table-layout system mail: header bar, intro paragraphs, key/value table, footer."""
    h = ['<!DOCTYPE html>\n<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">',
         '<meta name="viewport" content="width=device-width, initial-scale=1">',
         '<!--[if mso]><style type="text/css">body, table, td {font-family: Arial, sans-serif !important;}</style><![endif]-->',
         '</head>\n<body style="margin:0;padding:0;background:#eeeeee;">']
    if pre:
        h.append('<div style="display:none;font-size:1px;line-height:1px;max-height:0;max-width:0;opacity:0;overflow:hidden;mso-hide:all;">%s</div>' % pre)
    h.append('<table role="presentation" width="100%%" cellpadding="0" cellspacing="0" border="0" style="background:#eeeeee;"><tr><td align="center" style="padding:20px 6px;">')
    h.append('<table role="presentation" width="600" cellpadding="0" cellspacing="0" border="0" style="background:#ffffff;font-family:%s;font-size:14px;color:#222222;">' % font)
    h.append('<tr><td style="background:%s;padding:16px 24px;color:#ffffff;font-size:18px;font-weight:bold;">%s</td></tr>' % (color, brand))
    h.append('<tr><td style="padding:22px 24px 4px 24px;font-size:17px;font-weight:bold;">%s</td></tr>' % title)
    for p in intro:
        h.append('<tr><td style="padding:8px 24px;line-height:20px;">%s</td></tr>' % p)
    if rows:
        h.append('<tr><td style="padding:10px 24px;"><table role="presentation" width="100%" cellpadding="7" cellspacing="0" border="0" style="font-size:13px;border:1px solid #e3e3e3;">')
        for n, (k, v) in enumerate(rows):
            bg = "#f7f7f7" if n % 2 == 0 else "#ffffff"
            h.append('<tr style="background:%s;"><td width="42%%" style="color:#666666;">%s</td><td><b>%s</b></td></tr>' % (bg, k, v))
        h.append('</table></td></tr>')
    for p in outro:
        h.append('<tr><td style="padding:8px 24px;line-height:20px;">%s</td></tr>' % p)
    h.append('<tr><td style="padding:18px 24px 24px 24px;font-size:11px;line-height:15px;color:#8c8c8c;border-top:1px solid #e3e3e3;">%s</td></tr>' % legal)
    h.append('</table></td></tr></table>')
    if pixel:
        h.append('<img src="%s" width="1" height="1" border="0" alt="" style="display:block;height:1px;width:1px;">' % pixel)
    h.append('</body></html>\n')
    return "\n".join(h)


add("R09", "remittance", "en", "alternative", mk(
    "R09", "Westpac Corporate Online <noreply@westpac.com.au>",
    "Payment advice - Brisbane Mining Equipment Pty Ltd",
    "Mon, 10 Nov 2025 13:12:37 +1000", xid("R09", "westpac.com.au", "WCO.{n}.{b}"),
    reply_to="payables@bnemining.com.au",
    extra=[("Auto-Submitted", "auto-generated")],
    text="""Westpac Corporate Online - Payment advice

Brisbane Mining Equipment Pty Ltd has made a payment to you.

Payee:              MERLION PRECISION COMPONENTS PTE LTD
Payment date:       10/11/2025
Amount:             AUD 22,916.40
Payment method:     International Telegraphic Transfer
Payer reference:    BME EFT 000118734
Lodgement ref:      MPC 0925-771 0925-806

Invoices covered
  0925-771    AUD 15,002.40
  0925-806    AUD  7,914.00

Please direct queries about this payment to payables@bnemining.com.au
or call Accounts Payable on +61 7 3890 4412.

This email was sent by Westpac Banking Corporation ABN 33 007 457 141 on
behalf of the payer. Please don't reply to this email.
""",
    html=kv_html("Westpac", "#da1710", "Payment advice",
                 ["Brisbane Mining Equipment Pty Ltd has made a payment to you."],
                 [("Payee", "MERLION PRECISION COMPONENTS PTE LTD"), ("Payment date", "10/11/2025"),
                  ("Amount", "AUD 22,916.40"), ("Payment method", "International Telegraphic Transfer"),
                  ("Payer reference", "BME EFT 000118734"), ("Lodgement ref", "MPC 0925-771 0925-806"),
                  ("Invoice 0925-771", "AUD 15,002.40"), ("Invoice 0925-806", "AUD 7,914.00")],
                 ["Please direct queries about this payment to payables@bnemining.com.au or call Accounts Payable on +61 7 3890 4412."],
                 "This email was sent by Westpac Banking Corporation ABN 33 007 457 141 on behalf of the payer. Please don't reply to this email.",
                 pre="AUD 22,916.40 paid to MERLION PRECISION COMPONENTS PTE LTD")))

add("R10", "remittance", "en", "alternative", mk(
    "R10", "J.P. Morgan ACCESS <jpmaccess.noreply@jpmorgan.com>",
    "Remittance Advice: Texas Semicon Tools Inc. - Payment 0091876543",
    "Tue, 16 Dec 2025 08:44:10 -0600", xid("R10", "jpmchase.com", "JPMA{n}.{a}"),
    extra=[("Auto-Submitted", "auto-generated")],
    text="""J.P. Morgan ACCESS(R) - Remittance Advice
------------------------------------------------------------
Originator:        TEXAS SEMICON TOOLS INC.
                   4400 Research Blvd, Austin TX 78759
Beneficiary:       MERLION PRECISION COMPONENTS PTE LTD
Payment Type:      Wire (SWIFT MT103)
Value Date:        12/16/2025
Amount:            USD 57,210.00
Payment ID:        0091876543
IMAD/UETR:         7d1f1c4e-2a4b-4f3e-9c11-0a6e5b3d2f90

Remittance Details
  Invoice #          Invoice Date    Amount Paid
  MPC-INV-2510-0388  10/21/2025      USD 33,600.00
  MPC-INV-2510-0409  10/28/2025      USD 23,610.00

Questions regarding this remittance should be directed to the
originator at ap@texassemicontools.com.

This message was sent by J.P. Morgan ACCESS on behalf of the originator.
JPMorgan Chase Bank, N.A. Member FDIC. Do not reply to this message.
""",
    html=kv_html("J.P.Morgan &nbsp;<span style=\"font-weight:normal;font-size:13px;\">ACCESS&reg;</span>", "#0f3b66", "Remittance Advice",
                 ["<b>TEXAS SEMICON TOOLS INC.</b> has initiated the wire transfer below, which has been released to the beneficiary bank."],
                 [("Beneficiary", "MERLION PRECISION COMPONENTS PTE LTD"), ("Payment type", "Wire (SWIFT MT103)"),
                  ("Value date", "12/16/2025"), ("Amount", "USD 57,210.00"), ("Payment ID", "0091876543"),
                  ("UETR", "7d1f1c4e-2a4b-4f3e-9c11-0a6e5b3d2f90"),
                  ("MPC-INV-2510-0388 (10/21/2025)", "USD 33,600.00"), ("MPC-INV-2510-0409 (10/28/2025)", "USD 23,610.00")],
                 ["Questions regarding this remittance should be directed to the originator at ap@texassemicontools.com."],
                 "This message was sent by J.P. Morgan ACCESS on behalf of the originator. JPMorgan Chase Bank, N.A. Member FDIC. &copy; 2025 JPMorgan Chase &amp; Co. All rights reserved. Do not reply to this message.",
                 font="Georgia,'Times New Roman',serif")))

add("R11", "remittance", "en", "alternative", mk(
    "R11", "Larsen Aerostructures AP <oracle_payables@larsenaero.com>",
    "Payment Notification - Larsen Aerostructures Sdn Bhd - Check/EFT No. 700231",
    "Fri, 31 Oct 2025 06:15:00 +0800", xid("R11", "larsenaero.com", "{n}.JavaMail.oracle@ebsprd01"),
    extra=[("X-Oracle-Application", "AP_PAYMENT_ADVICE")],
    text="""LARSEN AEROSTRUCTURES SDN BHD
Lot 12, Jalan Hi-Tech 4, Kulim Hi-Tech Park, 09000 Kulim, Kedah

PAYMENT ADVICE

Supplier:        MERLION PRECISION COMPONENTS PTE LTD
Supplier Site:   SINGAPORE-MAIN
Payment Number:  700231
Payment Date:    31-OCT-2025
Payment Method:  EFT
Payment Amount:  MYR 48,905.60

Invoice Num        Invoice Date   Invoice Amount   Discount   Amount Paid
------------------ -------------- ---------------- ---------- ------------
LA-PO88231/IN01    02-SEP-2025         21,450.00       0.00    21,450.00
LA-PO88231/IN02    09-SEP-2025         18,995.60       0.00    18,995.60
MPC25-5592         15-SEP-2025          8,460.00       0.00     8,460.00
                                                              ------------
                                                  Total        48,905.60

Funds will be credited to your bank account ending 7702 per your
supplier bank details on file.

This is a system generated notification from Oracle Payables.
""",
    html="""<html><body>
<pre style="font-family:'Courier New',Courier,monospace;font-size:12px;">
<b>LARSEN AEROSTRUCTURES SDN BHD</b>
Lot 12, Jalan Hi-Tech 4, Kulim Hi-Tech Park, 09000 Kulim, Kedah

<b>PAYMENT ADVICE</b>

Supplier:        MERLION PRECISION COMPONENTS PTE LTD
Supplier Site:   SINGAPORE-MAIN
Payment Number:  700231
Payment Date:    31-OCT-2025
Payment Method:  EFT
Payment Amount:  MYR 48,905.60
</pre>
<table border="1" cellpadding="3" cellspacing="0" style="font-family:'Courier New',monospace;font-size:12px;border-collapse:collapse;">
<tr><th>Invoice Num</th><th>Invoice Date</th><th>Invoice Amount</th><th>Discount</th><th>Amount Paid</th></tr>
<tr><td>LA-PO88231/IN01</td><td>02-SEP-2025</td><td align="right">21,450.00</td><td align="right">0.00</td><td align="right">21,450.00</td></tr>
<tr><td>LA-PO88231/IN02</td><td>09-SEP-2025</td><td align="right">18,995.60</td><td align="right">0.00</td><td align="right">18,995.60</td></tr>
<tr><td>MPC25-5592</td><td>15-SEP-2025</td><td align="right">8,460.00</td><td align="right">0.00</td><td align="right">8,460.00</td></tr>
<tr><td colspan="4" align="right"><b>Total</b></td><td align="right"><b>48,905.60</b></td></tr>
</table>
<p style="font-family:Arial;font-size:11px;color:#555;">Funds will be credited to your bank account ending 7702 per your supplier bank details on file.<br>This is a system generated notification from Oracle Payables.</p>
</body></html>
"""))

add("R12", "remittance", "en", "alternative", mk(
    "R12", "Waitemata Marine Hydraulics Ltd <noreply@myob.com>",
    "Remittance Advice - Waitemata Marine Hydraulics Ltd",
    "Wed, 03 Dec 2025 10:27:51 +1300", xid("R12", "myob.com"),
    reply_to="finance@waitematamarine.co.nz",
    extra=[("X-Mailer", "MYOB Business")],
    text="""Hi there,

Please find below the remittance details for our payment to Merlion Precision Components Pte Ltd.

Payment date: 3/12/2025
Payment amount: NZD 6,372.90
Paid by: Direct credit (international)

Invoice MPC/INV/2025/10233 ... NZD 3,118.50
Invoice MPC/INV/2025/10261 ... NZD 3,254.40

Kind regards,
Hamish Whitcombe
Waitemata Marine Hydraulics Ltd
finance@waitematamarine.co.nz

--
Sent using MYOB Business
""",
    html="""<!DOCTYPE html><html><head><meta charset="utf-8"></head>
<body style="margin:0;padding:0;font-family:'Open Sans',Arial,sans-serif;color:#30323e;">
<table width="100%" cellpadding="0" cellspacing="0" style="background:#f2f2f5;"><tr><td align="center" style="padding:30px 0;">
<table width="520" cellpadding="0" cellspacing="0" style="background:#ffffff;">
<tr><td style="height:6px;background:#6100a5;"></td></tr>
<tr><td style="padding:24px 28px 6px;font-size:13px;">Hi there,</td></tr>
<tr><td style="padding:6px 28px;font-size:13px;">Please find below the remittance details for our payment to Merlion Precision Components Pte Ltd.</td></tr>
<tr><td style="padding:10px 28px;">
<table width="100%" cellpadding="6" cellspacing="0" style="font-size:13px;border:1px solid #e0e0e6;">
<tr><td style="background:#f8f8fb;">Payment date</td><td>3/12/2025</td></tr>
<tr><td style="background:#f8f8fb;">Payment amount</td><td><b>NZD 6,372.90</b></td></tr>
<tr><td style="background:#f8f8fb;">Paid by</td><td>Direct credit (international)</td></tr>
<tr><td style="background:#f8f8fb;">MPC/INV/2025/10233</td><td>NZD 3,118.50</td></tr>
<tr><td style="background:#f8f8fb;">MPC/INV/2025/10261</td><td>NZD 3,254.40</td></tr>
</table></td></tr>
<tr><td style="padding:10px 28px 20px;font-size:13px;">Kind regards,<br>Hamish Whitcombe<br>Waitemata Marine Hydraulics Ltd</td></tr>
<tr><td style="padding:14px 28px;font-size:10px;color:#9a9aa8;background:#fafafc;">Sent using MYOB Business. MYOB is not responsible for the content of this email.</td></tr>
</table></td></tr></table>
</body></html>
"""))

R13_T = """MERLION PRECISION COMPONENTS PTE LTD 您好：

新竹科技儀器股份有限公司已透過本行辦理下列匯出匯款，款項已於今日匯出，請查收。

匯款日期：2025/11/21
匯款金額：USD 12,870.00
匯款性質：貨款（發票 MPC-INV-2510-0364、MPC-INV-2510-0371）
受款銀行：UNITED OVERSEAS BANK LTD SINGAPORE
本行交易序號：OR25112100451
手續費負擔：SHA

如對本筆款項有任何疑問，請逕洽匯款人：
新竹科技儀器 財務部 林雅婷 03-577-1908 分機 231

中國信託商業銀行 敬啟
（本郵件為系統自動發送，請勿直接回覆）
"""
add("R13", "remittance", "zh-hant", "alternative", mk(
    "R13", "中國信託企業網路銀行 <ebank-notice@ctbcbank.com>",
    "【中國信託】匯出匯款通知－新竹科技儀器股份有限公司",
    "Fri, 21 Nov 2025 11:03:29 +0800", xid("R13", "ctbcbank.com"),
    extra=[("Auto-Submitted", "auto-generated")],
    text=R13_T,
    html=kv_html("中國信託 CTBC BANK", "#00605f", "匯出匯款通知",
                 ["MERLION PRECISION COMPONENTS PTE LTD 您好：", "新竹科技儀器股份有限公司已透過本行辦理下列匯出匯款，款項已於今日匯出，請查收。"],
                 [("匯款日期", "2025/11/21"), ("匯款金額", "USD 12,870.00"),
                  ("匯款性質", "貨款（發票 MPC-INV-2510-0364、MPC-INV-2510-0371）"),
                  ("受款銀行", "UNITED OVERSEAS BANK LTD SINGAPORE"), ("本行交易序號", "OR25112100451"), ("手續費負擔", "SHA")],
                 ["如對本筆款項有任何疑問，請逕洽匯款人：新竹科技儀器 財務部 林雅婷 03-577-1908 分機 231"],
                 "中國信託商業銀行 敬啟。本郵件為系統自動發送，請勿直接回覆。",
                 font="'Microsoft JhengHei',Arial,sans-serif")))

add("R14", "remittance", "en", "alternative", mk(
    "R14", "OCBC Business Banking <notifications@ocbc.com>",
    "OCBC Velocity: You have received a payment advice from JURONG FLUID SYSTEMS PTE LTD",
    "Thu, 09 Oct 2025 18:55:02 +0800", xid("R14", "ocbc.com"),
    extra=[("Auto-Submitted", "auto-generated")],
    text="""Dear Sir/Madam,

JURONG FLUID SYSTEMS PTE LTD has sent you the following payment advice via OCBC Velocity.

Transaction type : GIRO
Transaction date : 09 Oct 2025
Amount           : SGD 4,408.20
Reference        : JFS-GIRO-1009-14
Particulars      : INV 2508-3110 / 2508-3147 / 2509-3202

The funds are expected in your account on the next business day.

This is a system generated email. Please do not reply.
OCBC Bank | Co. Reg. No.: 193200032W
""",
    html=kv_html("OCBC", "#e2231a", "Payment advice",
                 ["Dear Sir/Madam,", "<b>JURONG FLUID SYSTEMS PTE LTD</b> has sent you the following payment advice via OCBC Velocity."],
                 [("Transaction type", "GIRO"), ("Transaction date", "09 Oct 2025"), ("Amount", "SGD 4,408.20"),
                  ("Reference", "JFS-GIRO-1009-14"), ("Particulars", "INV 2508-3110 / 2508-3147 / 2509-3202")],
                 ["The funds are expected in your account on the next business day."],
                 "This is a system generated email. Please do not reply. OCBC Bank | Co. Reg. No.: 193200032W. Do not click on links in emails asking for your banking credentials.",
                 pixel="https://notify.ocbc.com/t/o.gif?c=VEL&amp;m=8f31c2")))

# ---- plain
add("R15", "remittance", "en", "plain", mk(
    "R15", "Nguyen Thi Thu Ha <ha.nguyen@hanoicablewire.vn>",
    "TT sent for invoices MPC-2509-61 & MPC-2509-74",
    "Mon, 13 Oct 2025 16:40:18 +0700", xid("R15", "hanoicablewire.vn"),
    text="""Dear Merlion AR team,

Our bank (Vietcombank) released the telegraphic transfer for the two invoices below this afternoon:

  MPC-2509-61   USD 9,450.00
  MPC-2509-74   USD 3,885.00
  Total         USD 13,335.00

Bank charges are on our side (OUR), so the full amount should reach you. SWIFT reference is VCBVVNVX251013-008812. I attached nothing because the bank slip is only in Vietnamese; tell me if your bank needs it.

Best regards,
Nguyen Thi Thu Ha
Chief Accountant
Hanoi Cable & Wire JSC
Tel: +84 24 3766 2190
"""))

add("R16", "remittance", "tl", "plain", mk(
    "R16", "Maricel Dizon <mdizon@calambaems.com.ph>",
    "Bayad sa Invoice 25-10441 at 25-10460",
    "Wed, 19 Nov 2025 15:22:07 +0800", xid("R16", "calambaems.com.ph"),
    text="""Magandang hapon po,

Ipinapaalam ko po na nabayaran na namin ang dalawang invoice ninyo kaninang umaga sa pamamagitan ng BDO wire transfer.

Invoice 25-10441 - USD 7,250.00
Invoice 25-10460 - USD 2,980.00
Kabuuan: USD 10,230.00

Ang reference number po ng transfer ay BDO-OTT-1119-55821. Paki-check na lang po sa inyong bangko at pakisabi kung may kulang dahil sa bank charges.

Maraming salamat po,
Maricel Dizon
Accounts Payable
Calamba Electronics Manufacturing Corp.
(049) 545-8812
"""))

add("R17", "remittance", "zh", "plain", mk(
    "R17", "刘晓燕 <liuxy@szlianchuang.com>",
    "货款已电汇 - 发票 MPC2510-0087",
    "Tue, 28 Oct 2025 14:09:50 +0800", xid("R17", "szlianchuang.com"),
    text="""您好，

贵司发票 MPC2510-0087（金额 USD 18,600.00）的货款，我司已于今天上午通过招商银行电汇付出，汇款费用由我司承担。

银行流水号：CMB20251028TT00462
汇款日期：2025-10-28

水单稍后由银行出具，如贵司需要我再转发。请收到款项后帮忙核销，谢谢！

刘晓燕
深圳联创电子有限公司 财务部
电话：0755-2671 5530
"""))

# ---- replies
R18_Q3 = """Dear Daniel,

Please find attached our invoice 25-0998 for the October delivery of 140 pcs gripper jaws (PO SLA-4471).

Amount due: SGD 5,880.00, payable within 30 days.

Regards,
Jasmine Koh
Accounts Receivable | Merlion Precision Components Pte Ltd"""
R18_Q2 = """Hi Jasmine,

The unit price on 25-0998 is SGD 42.00 but our PO SLA-4471 shows SGD 38.00 per piece as per the June quotation. Can you correct it? Difference is SGD 560.00 on 140 pcs.

Thanks
Daniel Seow

""" + olq("Jasmine Koh <receivables@merlionprecision.com.sg>", "Monday, 20 October 2025 9:02 AM",
          "Daniel Seow <daniel.seow@sentosalab.com.sg>", "Invoice 25-0998 - Merlion Precision Components", R18_Q3)
R18_Q1 = """Hi Daniel,

Sorry for the slow turnaround on this. Sales confirmed the quoted price, so we have issued credit note CN-25-0112 for SGD 560.00 (attached). The net amount for 25-0998 is now SGD 5,320.00 and it is a few days past due.

Could you let us know when it will be settled?

Best regards,
Jasmine

""" + olq("Daniel Seow <daniel.seow@sentosalab.com.sg>", "Wednesday, 12 November 2025 4:47 PM",
          "Jasmine Koh <receivables@merlionprecision.com.sg>", "RE: Invoice 25-0998 - Merlion Precision Components", R18_Q2)
R18_T = """Hi Jasmine,

All sorted - the GIRO for 25-0998 went out from our DBS account at 10am today, net of your credit note.

Amount: SGD 5,320.00
Our payment ref: SLA-PV-251202-03
Allocation: INV 25-0998 SGD 5,880.00 less CN-25-0112 SGD 560.00

Should be in your account tomorrow at the latest.

Cheers,
Daniel Seow
Finance Executive
Sentosa Lab Automation Pte Ltd
DID +65 6271 0948

""" + olq("Jasmine Koh <receivables@merlionprecision.com.sg>", "Friday, 28 November 2025 11:15 AM",
          "Daniel Seow <daniel.seow@sentosalab.com.sg>", "RE: Invoice 25-0998 - Merlion Precision Components", R18_Q1)
add("R18", "remittance", "en", "reply", mk(
    "R18", "Daniel Seow <daniel.seow@sentosalab.com.sg>",
    "RE: Invoice 25-0998 - Merlion Precision Components",
    "Tue, 02 Dec 2025 10:41:26 +0800", oid("R18"),
    to="Jasmine Koh <receivables@merlionprecision.com.sg>",
    irt=oid("R18-q1"), refs=oid("R18-q3") + " " + oid("R18-q2") + " " + oid("R18-q1"),
    extra=[("Thread-Topic", "Invoice 25-0998 - Merlion Precision Components"), ("X-MS-Has-Attach", "")],
    text=R18_T, html=ol_html(R18_T)))

R19_Q2 = """Dear Sir or Madam,

could you please send us a statement of account for Rheinwerk Antriebstechnik GmbH (customer no. C-20417)? Our year-end reconciliation starts next week.

Mit freundlichen Gruessen
Katrin Vogler"""
R19_Q1 = """Dear Ms Vogler,

Thank you for your patience. Please find the statement as at 31 October attached. Two invoices are now overdue:

  MPC-INV-2508-0144   EUR 6,930.00   due 29.09.2025
  MPC-INV-2509-0026   EUR 4,552.50   due 10.10.2025

We would appreciate settlement at your earliest convenience.

Kind regards,
Grace Tan
Accounts Receivable, Merlion Precision Components Pte Ltd

-----Original Message-----
From: Katrin Vogler <k.vogler@rheinwerk-antriebe.de>
Sent: Thursday, 30 October 2025 14:12
To: receivables@merlionprecision.com.sg
Subject: Kontoauszug / statement of account

""" + R19_Q2
R19_T = """Sehr geehrte Frau Tan,

vielen Dank fuer den Kontoauszug. Die Ueberweisung fuer beide offenen Rechnungen wurde heute von unserer Bank ausgefuehrt:

  MPC-INV-2508-0144   EUR 6.930,00
  MPC-INV-2509-0026   EUR 4.552,50
  Gesamt              EUR 11.482,50

Valuta: 17.11.2025, Verwendungszweck "RW-ZL-4471 MPC 0144 0026", Auftraggeberbank Commerzbank Mannheim. Bitte gleichen Sie die Posten entsprechend aus.

Mit freundlichen Grüßen

Katrin Vogler
Kreditorenbuchhaltung
Rheinwerk Antriebstechnik GmbH
Industriestraße 22 | 68169 Mannheim
Tel. +49 621 43 770-318

Sitz der Gesellschaft: Mannheim, Amtsgericht Mannheim HRB 713822
Geschäftsführer: Dr. Jens Hollweg, Sabine Marx

-----Ursprüngliche Nachricht-----
Von: Grace Tan <receivables@merlionprecision.com.sg>
Gesendet: Montag, 3. November 2025 09:21
An: Katrin Vogler <k.vogler@rheinwerk-antriebe.de>
Betreff: RE: Kontoauszug / statement of account

""" + R19_Q1
add("R19", "remittance", "de", "reply", mk(
    "R19", "Katrin Vogler <k.vogler@rheinwerk-antriebe.de>",
    "AW: Kontoauszug / statement of account",
    "Mon, 17 Nov 2025 11:52:40 +0100", oid("R19", "eurprd04", "FR3P281MB"),
    irt=oid("R19-q1"), refs=oid("R19-q2") + " " + oid("R19-q1"),
    text=R19_T))

R20_Q = """Dear Mr. Kato,

This is a friendly reminder that the following invoice issued to Tokai Mechatro Co., Ltd. is now 15 days overdue:

  Invoice No.: MPC-INV-2509-0318
  Invoice date: 25 Sep 2025
  Amount: JPY 842,600
  Due date: 25 Oct 2025

If payment has already been made, please disregard this email and send us the remittance details.

Best regards,
Accounts Receivable Team
Merlion Precision Components Pte Ltd"""
R20_T = """Merlion Precision Components Pte Ltd
売掛金ご担当者様

いつもお世話になっております。東海メカトロの加藤です。
お支払いが遅れてしまい、大変申し訳ございません。

本日、下記の通りお振込みを完了いたしました。

　請求書番号：MPC-INV-2509-0318
　振込金額：842,600円
　振込日：2025年11月10日
　送金銀行：三井住友銀行 名古屋支店（外国送金）

社内の承認手続きに時間がかかったことが遅延の原因でした。
今後は期日どおりにお支払いできるよう対応いたします。

何卒よろしくお願いいたします。

東海メカトロ株式会社
経理課　加藤 直樹
TEL: 052-871-4410

On Mon, 10 Nov 2025 at 09:30, Merlion Precision AR <receivables@merlionprecision.com.sg> wrote:
""" + "\n".join("> " + l if l else ">" for l in R20_Q.split("\n"))
add("R20", "remittance", "ja", "reply", mk(
    "R20", "加藤 直樹 <n-kato@tokai-mechatro.co.jp>",
    "Re: Payment reminder - MPC-INV-2509-0318",
    "Mon, 10 Nov 2025 16:05:13 +0900", xid("R20", "tokai-mechatro.co.jp"),
    irt=xid("R20-q", "merlionprecision.com.sg"),
    text=R20_T))

# ---- forwards
R21_T = """Hi Merlion AR,

Forwarding the bank confirmation for our payment yesterday, for your reconciliation. This covers both September invoices.

Thanks,
Rina Kusumawati
AP Officer | PT Batam Presisi Teknik
Jl. Engku Putri Blok C No. 7, Batam Centre

-----Original Message-----
From: Kopra by Mandiri <noreply@kopra.bankmandiri.co.id>
Sent: Tuesday, 14 October 2025 17:20
To: Rina Kusumawati <rina.k@batampresisi.co.id>
Subject: Transaction Notification - Outgoing Transfer Successful

Dear Customer,

Your outgoing transfer has been processed successfully.

Transaction Date      : 14/10/2025 17:18:44 WIB
Debit Account         : 109-00-1234567-8 PT BATAM PRESISI TEKNIK
Beneficiary Name      : MERLION PRECISION COMPONENTS PTE LTD
Beneficiary Bank      : UNITED OVERSEAS BANK LTD SINGAPORE
Transaction Type      : Telegraphic Transfer (SWIFT)
Amount                : USD 16,742.00
Remark                : INV MPC-INV-2509-0201 MPC-INV-2509-0249
Reference No.         : 251014TT8829104

Thank you for using Kopra by Mandiri.
This is an automatically generated email, please do not reply.
"""
add("R21", "remittance", "en", "forward", mk(
    "R21", "Rina Kusumawati <rina.k@batampresisi.co.id>",
    "FW: Transaction Notification - Outgoing Transfer Successful",
    "Wed, 15 Oct 2025 09:12:33 +0700", oid("R21", "apcprd03", "KL1PR03MB"),
    text=R21_T))

R22_INNER = inner(
    "Straight2Bank <s2b.notifications@sc.com>", "Accounts Payable <ap@lioncityrobotics.sg>",
    "Straight2Bank Payment Advice - LION CITY ROBOTICS PTE. LTD.", "Thu, 27 Nov 2025 12:03:14 +0800",
    xid("R22-in", "sc.com"),
    text="""Payment Advice

Payer:          LION CITY ROBOTICS PTE. LTD.
Payee:          MERLION PRECISION COMPONENTS PTE LTD
Payment Date:   27-Nov-2025
Payment Method: FAST
Amount:         SGD 3,146.85
Customer Ref:   LCR-AP-1127-02
Details:        MPC INV 2510-0551 & 2510-0569

This advice was generated by Standard Chartered Straight2Bank on behalf of the payer.
""")
add("R22", "remittance", "en", "forward", mk(
    "R22", "Aaron Lim <aaron.lim@lioncityrobotics.sg>",
    "Fwd: Straight2Bank Payment Advice - LION CITY ROBOTICS PTE. LTD.",
    "Thu, 27 Nov 2025 13:26:05 +0800", gid("R22"),
    text="""Hi,

See attached the payment advice from our bank for your two October invoices. Our system doesn't email you directly yet, sorry about that.

Aaron Lim
Lion City Robotics
""",
    html=gm_html("""Hi,

See attached the payment advice from our bank for your two October invoices. Our system doesn't email you directly yet, sorry about that.

Aaron Lim
Lion City Robotics"""),
    rfc822=R22_INNER))

add("R23", "remittance", "zh", "forward", mk(
    "R23", "陈静 <chenjing@nb-oriental-hyd.com>",
    "转发: 工商银行电子回单 - 境外汇款",
    "Thu, 06 Nov 2025 10:18:47 +0800", xid("R23", "nb-oriental-hyd.com"),
    extra=[("X-Mailer", "Foxmail 7.2.25.228[cn]")],
    text="""Merlion 财务你好：

转发银行回单给你们，这是10月两张发票的付款，请查收并核对。

陈静
宁波东方液压件有限公司 财务部

------------------ 原始邮件 ------------------
发件人: "中国工商银行" <95588@icbc.com.cn>
发送时间: 2025年11月5日(星期三) 下午4:12
收件人: "陈静" <chenjing@nb-oriental-hyd.com>
主题: 工商银行电子回单 - 境外汇款

尊敬的客户：
您于2025-11-05办理的境外汇款业务已成功处理。

回单编号：ICBC-2025110533019
付款人：宁波东方液压件有限公司
收款人：MERLION PRECISION COMPONENTS PTE LTD
收款行：UNITED OVERSEAS BANK LIMITED SINGAPORE
币种金额：USD 8,215.50
用途：货款 INV MPC-2510-0148 / MPC-2510-0162
交易状态：成功

本邮件由中国工商银行系统自动发送，请勿回复。
"""))

add("R24", "remittance", "en", "forward", mk(
    "R24", "Kelvin Ong <kelvin.ong@merlionprecision.com.sg>",
    "FW: Payment for Oct invoices",
    "Mon, 24 Nov 2025 08:58:19 +0800", oid("R24"),
    to=AR,
    text="""Hi AR team,

Siam Motor Parts sent their payment details to me instead of you. Can you match it against their account? Thanks.

Kelvin Ong
Sales Manager, Thailand & Indochina
Merlion Precision Components Pte Ltd

________________________________
From: Ploy Chaiyaporn <ploy.c@siammotorparts.co.th>
Sent: Friday, 21 November 2025 5:41 PM
To: Kelvin Ong <kelvin.ong@merlionprecision.com.sg>
Subject: Payment for Oct invoices

Dear Khun Kelvin,

Our finance transferred USD 21,044.00 today from Kasikornbank for your invoices MPC-INV-2510-0118, 0126 and 0190. The SWIFT copy is below for your finance team.

KBank ref: FT25112104417
Value date: 21 Nov 2025

Thank you for your support.
Ploy
Siam Motor Parts Co., Ltd.
"""))

# ---- attachments
add("R25", "remittance", "en", "attachment", mk(
    "R25", "Straits Energy Services AP <sap-noreply@straitsenergy.com.sg>",
    "Payment Advice Note from 03.11.2025",
    "Mon, 03 Nov 2025 07:02:11 +0800", xid("R25", "sapprd.straitsenergy.com.sg", "{A}.{B}"),
    extra=[("X-Mailer", "SAP NetWeaver 7.50")],
    text="""Dear Business Partner,

please find attached the payment advice note for our payment dated 03.11.2025.

This mail was generated automatically. Please contact accounts.payable@straitsenergy.com.sg for questions.
""",
    atts=[att("PAYMENT_ADVICE_0000418822.pdf", pdf([
        "# Straits Energy Services Pte Ltd", "Payment Advice Note", "",
        "Vendor: 0000102233  MERLION PRECISION COMPONENTS PTE LTD", "Payment document: 1500029318   Date: 03.11.2025",
        "Paying company code: SG01", "",
        "Reference        Doc.Date     Gross       Deduction   Net", "MPC-INV-2509-0377 18.09.2025   6,120.00   0.00   6,120.00",
        "MPC-INV-2509-0402 24.09.2025  11,880.00   0.00  11,880.00", "",
        "Total SGD 18,000.00", "Payment method: T (Bank transfer)"], "Payment Advice Note"), "application/pdf")]))

add("R26", "remittance", "de", "attachment", mk(
    "R26", "Schwarzwald Medizintechnik AG - Kreditoren <kreditoren@swmt.de>",
    "Zahlungsavis Nr. 2025-0044719",
    "Wed, 26 Nov 2025 06:31:52 +0100", xid("R26", "swmt.de", "{A}.{n}.sap"),
    extra=[("X-Mailer", "SAP Business Workplace")],
    text="""Sehr geehrte Damen und Herren,

anbei erhalten Sie unser Zahlungsavis zur heutigen Überweisung. Wir bitten um Ausgleich der aufgeführten Belege auf Ihrem Debitorenkonto.

Diese Nachricht wurde maschinell erstellt und ist ohne Unterschrift gültig.

Mit freundlichen Grüßen
Schwarzwald Medizintechnik AG
Kreditorenbuchhaltung
Hauptstraße 104, 78048 Villingen-Schwenningen
""",
    atts=[att("Zahlungsavis_2025-0044719.pdf", pdf([
        "# Schwarzwald Medizintechnik AG", "ZAHLUNGSAVIS", "",
        "Lieferant: 70112 Merlion Precision Components Pte Ltd, Singapur", "Zahlungsdatum: 26.11.2025",
        "Zahlweg: Auslandsueberweisung SEPA/SWIFT", "",
        "Ihre Rechnung   Datum        Betrag EUR   Skonto   Zahlbetrag", "MPC-INV-2510-0299 14.10.2025   9.860,00   0,00   9.860,00",
        "MPC-INV-2510-0312 17.10.2025   2.245,00   0,00   2.245,00", "",
        "Summe: EUR 12.105,00"], "Zahlungsavis"), "application/pdf")]))

add("R27", "remittance", "en", "attachment", mk(
    "R27", "Siti Aminah binti Rahman <siti.aminah@penangmicro.com.my>",
    "Proof of payment - PMA/PV/2511/0093",
    "Thu, 13 Nov 2025 12:14:38 +0800", oid("R27", "apcprd02", "PS2PR02MB"),
    text="""Dear Merlion Accounts,

Attached is the Maybank2u Biz transaction receipt for today's payment of MYR 35,780.00. It settles invoices MPC25/10/0612 and MPC25/10/0630 in full.

Please acknowledge receipt when the funds are credited.

Thank you.

Siti Aminah
Finance Department
Penang MicroAssembly Sdn Bhd
Plot 88, Bayan Lepas Industrial Zone Phase 4, 11900 Penang
""",
    atts=[att("M2U_Biz_Receipt_13112025.pdf", pdf([
        "# Maybank2u Biz", "Transaction Receipt", "",
        "Status: Successful", "Date & Time: 13 Nov 2025 11:58:21", "Reference No.: M2UBIZ2511130447721",
        "From account: PENANG MICROASSEMBLY SDN BHD 5140 xxxx 2231",
        "To: MERLION PRECISION COMPONENTS PTE LTD", "Transfer type: Foreign Telegraphic Transfer",
        "Amount: MYR 35,780.00", "Recipient reference: MPC25/10/0612 0630"], "Receipt"), "application/pdf")]))

add("R28", "remittance", "tl", "attachment", mk(
    "R28", "Jonathan Villanueva <jvillanueva@cebumarine.ph>",
    "Deposit slip - Cebu Marine Engineering",
    "Fri, 05 Dec 2025 11:36:00 +0800", gid("R28"),
    text="""Hello po Ma'am/Sir,

Naka-attach po ang kopya ng deposit slip galing Metrobank para sa bayad namin kahapon. USD 4,620.00 po ang idineposito sa account ninyo para sa Invoice No. MPC-INV-2510-0477.

Kung may tanong po kayo, tawagan lang ako sa 0917 842 3310.

Salamat po,
Jonathan Villanueva
Purchasing & Accounts
Cebu Marine Engineering Inc.
""",
    atts=[att("deposit_slip_metrobank_04dec.png", PNG_2, "image/png")]))

add("R29", "remittance", "en", "attachment", mk(
    "R29", "Pacific Rim Drilling AP <ap-payments@pacrimdrilling.com>",
    "EFT payment detail - run 2025-11-07 - vendor 30058",
    "Fri, 07 Nov 2025 19:22:43 +0800", xid("R29", "pacrimdrilling.com"),
    text="""Hello,

Payment run 2025-11-07 has been transmitted to our bank and includes a USD payment to your company. The attached CSV lists each invoice paid in this run.

Total paid to vendor 30058: USD 24,375.80

Regards,
Accounts Payable Operations
Pacific Rim Drilling Services Pte Ltd
""",
    atts=[att("PRD_EFT_30058_20251107.csv", (
        "vendor_id,vendor_name,payment_id,payment_date,currency,invoice_no,invoice_date,amount_paid\r\n"
        "30058,MERLION PRECISION COMPONENTS PTE LTD,EFT-771902,2025-11-07,USD,MPC-INV-2509-0330,2025-09-19,9800.00\r\n"
        "30058,MERLION PRECISION COMPONENTS PTE LTD,EFT-771902,2025-11-07,USD,MPC-INV-2509-0361,2025-09-26,7310.80\r\n"
        "30058,MERLION PRECISION COMPONENTS PTE LTD,EFT-771902,2025-11-07,USD,MPC-INV-2510-0015,2025-10-01,7265.00\r\n"
    ).encode(), "text/csv")]))

add("R30", "remittance", "en", "attachment", mk(
    "R30", "Wanida Srisuk <wanida.s@bkkmotorparts.co.th>",
    "EFT confirmation Bangkok Motor Parts - 4 invoices",
    "Tue, 25 Nov 2025 15:48:09 +0700", oid("R30", "apcprd04", "TYZPR04MB"),
    text="""Dear Sir/Madam,

We have transferred THB equivalent of USD 30,112.40 to your UOB account on 25/11/2025 (SCB ref 2511251504887). The breakdown per invoice, including the 1% bank charge we absorbed, is in the attached Excel.

Best regards,
Wanida Srisuk
Accounting Department
Bangkok Motor Parts Co., Ltd.
""",
    atts=[att("BMP_payment_25Nov2025.xlsx", xlsx([
        ["Invoice", "Invoice date", "Currency", "Amount", "Paid"],
        ["MPC-INV-2509-0288", "2025-09-15", "USD", 8412.0, 8412.0],
        ["MPC-INV-2509-0296", "2025-09-17", "USD", 6610.4, 6610.4],
        ["MPC-INV-2510-0044", "2025-10-03", "USD", 9870.0, 9870.0],
        ["MPC-INV-2510-0091", "2025-10-09", "USD", 5220.0, 5220.0],
        ["", "", "", "Total", 30112.4]], "Payment"),
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")]))

# =====================================================================
# INVOICE REQUEST
# =====================================================================

add("IR01", "invoice_request", "en", "html", mk(
    "IR01", "Melissa Tan <melissa.tan@tuasoffshore.com.sg>",
    "Copies needed - September invoices (Tuas Offshore)",
    "Wed, 08 Oct 2025 09:33:12 +0800", oid("IR01", "apcprd01", "SI2PR01MB"),
    extra=[("X-MS-Exchange-Organization-SCL", "-1"), ("X-Mailer", "Microsoft Outlook Web App")],
    html="""<html><head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style>
</head>
<body dir="ltr">
<div class="elementToProof" style="font-family: Aptos, Aptos_EmbeddedFont, Aptos_MSFontService, Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">
Good morning,</div>
<div class="elementToProof" style="font-family: Aptos, Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);"><br></div>
<div class="elementToProof" style="font-family: Aptos, Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">
We are closing September and cannot locate the PDFs for the invoices below in our AP inbox. Could you please email us a copy of each?</div>
<div class="elementToProof" style="font-family: Aptos, Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);"><br></div>
<table style="border-collapse:collapse;font-family:Aptos,Calibri,sans-serif;font-size:11pt;">
<tr><td style="border:1px solid #999;padding:3px 8px;background:#dce6f1;"><b>Invoice</b></td><td style="border:1px solid #999;padding:3px 8px;background:#dce6f1;"><b>Our PO</b></td><td style="border:1px solid #999;padding:3px 8px;background:#dce6f1;"><b>Amount (SGD)</b></td></tr>
<tr><td style="border:1px solid #999;padding:3px 8px;">MPC-INV-2509-0118</td><td style="border:1px solid #999;padding:3px 8px;">TOF-PO-88412</td><td style="border:1px solid #999;padding:3px 8px;text-align:right;">12,906.00</td></tr>
<tr><td style="border:1px solid #999;padding:3px 8px;">MPC-INV-2509-0162</td><td style="border:1px solid #999;padding:3px 8px;">TOF-PO-88459</td><td style="border:1px solid #999;padding:3px 8px;text-align:right;">3,410.50</td></tr>
<tr><td style="border:1px solid #999;padding:3px 8px;">MPC-INV-2509-0240</td><td style="border:1px solid #999;padding:3px 8px;">TOF-PO-88501</td><td style="border:1px solid #999;padding:3px 8px;text-align:right;">7,045.20</td></tr>
</table>
<div class="elementToProof" style="font-family: Aptos, Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);"><br></div>
<div class="elementToProof" style="font-family: Aptos, Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">
Please send them to ap@tuasoffshore.com.sg and copy me.</div>
<div class="elementToProof" style="font-family: Aptos, Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);"><br></div>
<div id="Signature"><p style="font-family:Aptos,Calibri,sans-serif;font-size:10pt;color:#1f3864;">Melissa Tan<br>Senior AP Executive<br><b>Tuas Offshore Fabricators Pte Ltd</b><br>51 Tuas South Avenue 2, Singapore 637342</p>
<p style="font-family:Arial;font-size:7.5pt;color:#808080;">CONFIDENTIALITY: This email and any attachments are confidential and may be privileged. If you are not the intended recipient, please notify the sender and delete it.</p></div>
</body></html>
"""))

add("IR02", "invoice_request", "en", "html", mk(
    "IR02", "Orion Medical Systems - AP Shared Services <apss-noreply@orionmedsys.com>",
    "Missing invoice notification - Vendor 400187 - 2 document(s) not received",
    "Mon, 15 Dec 2025 02:10:00 +0000", xid("R02-ir", "orionmedsys.com", "apss.{n}.{b}"),
    reply_to="ap.sg@orionmedsys.com",
    extra=[("X-Mailer", "OMS AP Workflow 4.1")],
    html="""<html><head><meta charset="utf-8"></head>
<body style="font-family:Segoe UI,Arial,sans-serif;font-size:13px;color:#222;">
<div style="display:none;max-height:0;overflow:hidden;">Please resend the invoices listed so we can post them before our December cut-off.</div>
<table width="620" cellpadding="0" cellspacing="0" style="border:1px solid #d0d7de;">
<tr><td style="background:#00857c;color:#fff;padding:12px 18px;font-size:15px;"><b>Orion Medical Systems</b> &middot; Accounts Payable Shared Services</td></tr>
<tr><td style="padding:18px;">
<p>Dear Merlion Precision Components Pte Ltd,</p>
<p>Goods receipts exist in our system for the purchase order lines below, but we have <b>not received the matching invoices</b>. Without an invoice we are unable to schedule payment.</p>
<p>Please send a PDF copy of each invoice to <a href="mailto:invoices.sg@orionmedsys.com">invoices.sg@orionmedsys.com</a> (one invoice per PDF, PO number shown on the document).</p>
<table cellpadding="6" cellspacing="0" width="100%" style="border-collapse:collapse;font-size:12px;">
<tr style="background:#eef2f5;"><th align="left" style="border-bottom:1px solid #ccc;">PO / Line</th><th align="left" style="border-bottom:1px solid #ccc;">GR date</th><th align="left" style="border-bottom:1px solid #ccc;">Your delivery note</th><th align="right" style="border-bottom:1px solid #ccc;">GR value</th></tr>
<tr><td>4500871123 / 10</td><td>18.11.2025</td><td>DN-MPC-25-11-0433</td><td align="right">SGD 6,240.00</td></tr>
<tr><td>4500871123 / 20</td><td>18.11.2025</td><td>DN-MPC-25-11-0433</td><td align="right">SGD 1,185.00</td></tr>
<tr><td>4500873390 / 10</td><td>25.11.2025</td><td>DN-MPC-25-11-0471</td><td align="right">SGD 9,980.00</td></tr>
</table>
<p>If the invoices were already sent, a resend is still required as they did not reach our scanning centre.</p>
<p style="color:#666;">Case reference: MI-SG-2025-12-00318</p>
</td></tr>
<tr><td style="padding:10px 18px;font-size:11px;color:#888;background:#fafbfc;">This message was issued by the Orion AP Workflow. Replies go to ap.sg@orionmedsys.com. &copy; 2025 Orion Medical Systems Asia Pte. Ltd.</td></tr>
</table>
<img src="https://trk.orionmedsys.com/px/MI-SG-2025-12-00318.gif" width="1" height="1" alt="">
</body></html>
"""))

IR03_T = """Hi Merlion AR,

The PDF attached to your email of 4 Nov for invoice MPC-INV-2510-0522 will not open - Acrobat says the file is damaged. Same problem with credit note MPC-CN-2510-0019 sent on the same day.

Could you send both again, ideally as separate attachments? Our AP scanner rejects zipped files.

Thank you,
Farhan Iskandar
Accounts Payable
Kallang Instruments Pte Ltd
T: +65 6293 1187
"""
add("IR03", "invoice_request", "en", "alternative", mk(
    "IR03", "Farhan Iskandar <farhan.i@kallanginstruments.sg>",
    "Invoice MPC-INV-2510-0522 and CN 0019 - file corrupted",
    "Thu, 06 Nov 2025 14:02:55 +0800", oid("IR03"),
    text=IR03_T, html=ol_html(IR03_T)))

IR04_T = """您好：

我們是九龍灣包裝有限公司的會計部。請問可否補發以下發票的副本？原件寄到舊地址，我們沒有收到。

1. 發票號碼 MPC-INV-2510-0341，金額 HKD 48,600.00
2. 發票號碼 MPC-INV-2510-0366，金額 HKD 15,240.00

請以電郵寄 PDF 至 accounts@klnbaypack.com.hk，並麻煩在發票上更新我們的新地址：九龍灣宏開道 8 號其士商業中心 12 樓。

謝謝！

何嘉欣
九龍灣包裝有限公司 會計部
電話：+852 2756 3108
"""
add("IR04", "invoice_request", "zh-hant", "alternative", mk(
    "IR04", "何嘉欣 <kayan.ho@klnbaypack.com.hk>",
    "請補發發票副本 MPC-INV-2510-0341 / 0366",
    "Tue, 11 Nov 2025 10:47:20 +0800", oid("IR04", "apcprd02", "HK2PR02MB"),
    text=IR04_T, html=ol_html(IR04_T, lang="ZH-HK")))

IR05_T = """Hi there,

We picked up the two boxes of stainless shims from your Ubi office last Thursday (paid deposit, balance on invoice). I never got the invoice for it and my boss needs it to claim from the project account.

Could you email it to me? Name on it should be Brightline Fitout Pte Ltd, order ref WA-2231.

Thanks!
Wei An

--
Goh Wei An
Project Coordinator, Brightline Fitout
9123 4471
"""
add("IR05", "invoice_request", "en", "alternative", mk(
    "IR05", "Goh Wei An <weian.goh@gmail.com>",
    "invoice for the shims we collected",
    "Mon, 01 Dec 2025 21:14:03 +0800", gid("IR05"),
    text=IR05_T, html=gm_html(IR05_T)))

add("IR06", "invoice_request", "en", "plain", mk(
    "IR06", "Accounts Payable - Changi Aero Services <accounts.payable@changiaero.com.sg>",
    "Request: duplicate copy of tax invoice 2510-0377",
    "Fri, 17 Oct 2025 15:29:41 +0800", oid("IR06"),
    text="""Dear Merlion Precision,

Our auditors are sampling October purchases and they need a copy of your tax invoice MPC-INV-2510-0377 dated 7 October (SGD 15,312.00, GST included). The original went to our Loyang hangar and was misplaced there.

A scanned PDF is fine. Kindly send it by Wednesday if possible.

Regards,
Noor Hidayah
Accounts Payable
Changi Aero Services Pte Ltd
"""))

add("IR07", "invoice_request", "zh", "plain", mk(
    "IR07", "周敏 <zhoumin@dg-ruifeng.cn>",
    "麻烦重发一下9月份的发票PDF",
    "Thu, 09 Oct 2025 16:51:36 +0800", xid("IR07", "dg-ruifeng.cn"),
    extra=[("X-Mailer", "Coremail Webmail Server Version 2023.2.1")],
    text="""您好！

我是东莞瑞丰精密模具的周敏。我们财务系统升级时丢了一部分附件，麻烦贵司把以下9月份的发票PDF再发一次：

MPC2509-0212（USD 4,380.00）
MPC2509-0245（USD 2,916.00）
MPC2509-0263（USD 11,050.00）

请发到 ap@dg-ruifeng.cn，抄送我即可。辛苦了！

周敏
东莞瑞丰精密模具有限公司 应付会计
"""))

add("IR08", "invoice_request", "tl", "plain", mk(
    "IR08", "Ana Liza Manalo <analiza.manalo@lagunaautoparts.com.ph>",
    "Pakisend po ang invoice ng PO 7781",
    "Tue, 21 Oct 2025 10:05:27 +0800", gid("IR08"),
    text="""Hi po,

Natanggap na po namin ang delivery para sa PO 7781 noong Oktubre 15, pero wala pa po kaming natatanggap na invoice. Hindi po namin ito mapoproseso sa accounting hangga't wala ang kopya.

Pwede po bang ipadala ninyo ang soft copy ng invoice sa email na ito? Pakilagay din po ang PO number sa invoice.

Maraming salamat po!

Ana Liza Manalo
Accounting Staff
Laguna Autoparts Manufacturing Inc.
"""))

add("IR09", "invoice_request", "en", "plain", mk(
    "IR09", "Rachel Goh <rachel.goh@jurongfluid.com.sg>",
    "Credit note copy pls",
    "Wed, 12 Nov 2025 11:19:08 +0800", oid("IR09"),
    text="""Hi,

Your colleague Jasmine mentioned on the phone that a credit note was issued for the 12 rejected valve seats from DN 25-0918. We haven't seen it. Can you send me the credit note so I can offset it against invoice 2510-3311?

Rachel
Jurong Fluid Systems | Finance
"""))

add("IR10", "invoice_request", "de", "plain", mk(
    "IR10", "Buchhaltung Müller & Huber <buchhaltung@mueller-huber.at>",
    "Bitte um Rechnungskopie MPC-INV-2510-0152",
    "Mon, 20 Oct 2025 08:42:16 +0200", xid("IR10", "mueller-huber.at"),
    text="""Sehr geehrte Damen und Herren,

für die Lieferung vom 2. Oktober (unsere Bestellung 45-11873) liegt uns die Rechnung MPC-INV-2510-0152 nicht vor. Offenbar ist die E-Mail in unserem Spamfilter hängen geblieben.

Wir bitten Sie, uns eine Kopie der Rechnung als PDF an rechnungseingang@mueller-huber.at zu senden. Bitte beachten Sie, dass wir ab 1. Jänner nur noch elektronische Rechnungen an diese Adresse akzeptieren.

Vielen Dank und freundliche Grüße

Elisabeth Gruber
Buchhaltung
Müller & Huber Feinmechanik GmbH
Gewerbepark 3, 4614 Marchtrenk, Österreich
"""))

IR11_Q2 = """Dear Merlion,

Payment of SGD 12,450.00 was made today by GIRO for the following:
- MPC-INV-2509-0508  SGD 8,200.00
- MPC-INV-2509-0533  SGD 4,250.00

Best,
Jolene"""
IR11_Q1 = """Hi Jolene,

Thank you, the SGD 12,450.00 has been received and applied to both invoices. Your account is clear up to September.

Best regards,
Grace Tan
Merlion Precision Components - Accounts Receivable

""" + gq("On Wed, 29 Oct 2025 at 17:02, Jolene Quek <jolene.quek@eastpointcleanroom.com> wrote:", IR11_Q2)
IR11_T = """Hi Grace,

Coming back to this thread because it has your details - could you resend MPC-INV-2510-0602 (the HEPA frame brackets, SGD 6,780.00)? Our approver says it never landed in his queue and I can't find it in the shared inbox either.

Thanks so much,
Jolene

--
Jolene Quek | Finance Executive
Eastpoint Cleanroom Systems Pte Ltd
+65 6748 2200

""" + gq("On Thu, 30 Oct 2025 at 10:11, Merlion Receivables <receivables@merlionprecision.com.sg> wrote:", IR11_Q1)
add("IR11", "invoice_request", "en", "reply", mk(
    "IR11", "Jolene Quek <jolene.quek@eastpointcleanroom.com>",
    "Re: Payment - Eastpoint Cleanroom Systems",
    "Tue, 18 Nov 2025 09:27:44 +0800", gid("IR11"),
    irt=xid("IR11-q1", "merlionprecision.com.sg"), refs=gid("IR11-q2") + " " + xid("IR11-q1", "merlionprecision.com.sg"),
    text=IR11_T, html=gm_html(IR11_T)))

IR12_Q = """Dear Mr Lim,

According to our records, the following invoice for Nusantara Packaging Sdn Bhd is overdue:

Invoice: MPC25/09/0771
Date: 19 September 2025
Amount: MYR 17,340.00
Days overdue: 32

Kindly arrange payment or let us know if there is any issue.

Regards,
Accounts Receivable
Merlion Precision Components Pte Ltd"""
IR12_T = """Hello,

I checked our AP ledger and there's no invoice MPC25/09/0771 on record at all, which is why it was never paid. Probably the original was sent to the wrong person.

Can you send me a copy? Once I have it I'll push it for approval.

Thanks,
Lim Kok Wai
Finance, Nusantara Packaging Sdn Bhd

""" + gq("On Tue, 21 Oct 2025 at 09:05, Merlion Receivables <receivables@merlionprecision.com.sg> wrote:", IR12_Q)
add("IR12", "invoice_request", "en", "reply", mk(
    "IR12", "Lim Kok Wai <kokwai.lim@nusantarapack.com.my>",
    "Re: Overdue invoice MPC25/09/0771",
    "Tue, 21 Oct 2025 11:48:30 +0800", gid("IR12"),
    irt=xid("IR12-q", "merlionprecision.com.sg"),
    text=IR12_T))

IR13_Q3 = """Hi Siew Ling,

Can you confirm the delivery dates for the three October orders? Our site needs the pump flanges before the 20th.

Regards,
Marcus Yeo
Procurement, Greenfield Process Engineering"""
IR13_Q2 = """Hi Marcus,

Planned deliveries:
- SO 25-4410 (pump flanges, 60 pcs): 14 Oct
- SO 25-4432 (gasket rings, 400 pcs): 16 Oct
- SO 25-4451 (impeller shafts, 12 pcs): 22 Oct, machining is running a little late

Best regards,
Ho Siew Ling
Sales Coordinator, Merlion Precision Components

""" + olq("Marcus Yeo <marcus.yeo@greenfieldpe.com.sg>", "Thursday, 2 October 2025 3:18 PM",
          "Ho Siew Ling <siewling.ho@merlionprecision.com.sg>", "Delivery dates - October orders", IR13_Q3)
IR13_Q1 = """Thanks Siew Ling, noted. 22 Oct is fine for the shafts.

Marcus

""" + olq("Ho Siew Ling <siewling.ho@merlionprecision.com.sg>", "Friday, 3 October 2025 10:02 AM",
          "Marcus Yeo <marcus.yeo@greenfieldpe.com.sg>", "RE: Delivery dates - October orders", IR13_Q2)
IR13_T = """Hi Merlion accounts team,

I've been copied into this thread by Marcus. All three orders above were delivered, but the invoices went to Marcus's personal mailbox and not to AP, so nothing has been booked.

Could you please send the invoices for SO 25-4410, 25-4432 and 25-4451 to our AP inbox ap@greenfieldpe.com.sg? Please also update your records to use that address for all future invoices.

Regards,
Shanti Krishnan
Accounts Payable
Greenfield Process Engineering Pte Ltd

""" + olq("Marcus Yeo <marcus.yeo@greenfieldpe.com.sg>", "Friday, 3 October 2025 11:40 AM",
          "Ho Siew Ling <siewling.ho@merlionprecision.com.sg>", "RE: Delivery dates - October orders", IR13_Q1,
          cc="Shanti Krishnan <shanti.k@greenfieldpe.com.sg>")
add("IR13", "invoice_request", "en", "reply", mk(
    "IR13", "Shanti Krishnan <shanti.k@greenfieldpe.com.sg>",
    "RE: Delivery dates - October orders",
    "Wed, 05 Nov 2025 16:33:21 +0800", oid("IR13", "apcprd01", "SI2PR01MB"),
    cc="Marcus Yeo <marcus.yeo@greenfieldpe.com.sg>, Ho Siew Ling <siewling.ho@merlionprecision.com.sg>",
    irt=oid("IR13-q1", "apcprd01", "SI2PR01MB"),
    refs=oid("IR13-q3", "apcprd01", "SI2PR01MB") + " " + oid("IR13-q2") + " " + oid("IR13-q1", "apcprd01", "SI2PR01MB"),
    extra=[("Thread-Topic", "Delivery dates - October orders")],
    text=IR13_T, html=ol_html(IR13_T)))

IR14_Q = """Dear Batangas Power Solutions,

This is a reminder that invoice MPC-INV-2510-0288 (PHP 412,500.00) dated 10 October 2025 is due on 9 November 2025.

Thank you for your prompt attention.

Accounts Receivable
Merlion Precision Components Pte Ltd"""
IR14_T = """Hi po,

Salamat sa paalala. Kaya lang po, hindi pa namin natatanggap ang mismong invoice na MPC-INV-2510-0288, kaya wala pa ito sa listahan ng babayaran namin. Pwede po bang ipadala ulit ang kopya, kasama na rin ang delivery receipt kung meron?

Pakisend po sa akin at kay Ma'am Grace (grace.delarosa@batangaspower.ph).

Salamat po,
Carlo Mendoza
Finance Assistant
Batangas Power Solutions Inc.

-----Original Message-----
From: Merlion Receivables <receivables@merlionprecision.com.sg>
Sent: Monday, November 3, 2025 9:00 AM
To: Carlo Mendoza <carlo.mendoza@batangaspower.ph>
Subject: Payment reminder - MPC-INV-2510-0288

""" + IR14_Q
add("IR14", "invoice_request", "tl", "reply", mk(
    "IR14", "Carlo Mendoza <carlo.mendoza@batangaspower.ph>",
    "RE: Payment reminder - MPC-INV-2510-0288",
    "Mon, 03 Nov 2025 13:41:09 +0800", oid("IR14", "apcprd03", "PU4PR03MB"),
    cc="grace.delarosa@batangaspower.ph", irt=xid("IR14-q", "merlionprecision.com.sg"),
    text=IR14_T))

IR15_T = """您好，

我们公司的邮件网关把带附件的外部邮件拦截了，所以下面提醒里的三张发票我们都没有收到附件。麻烦把这三张发票的PDF重新发给我，可以压缩成一个文件，或者发到我的QQ邮箱 1836402217@qq.com 也行。

谢谢配合！

孙浩
天津北辰机电设备有限公司 财务部

> 发件人: Merlion Receivables <receivables@merlionprecision.com.sg>
> 日期: 2025年10月27日 10:15
> 主题: Outstanding invoices - Tianjin Beichen
>
> Dear Mr Sun,
>
> The invoices below remain unpaid. Copies were attached to our earlier emails.
>
>   MPC-INV-2509-0419   USD 5,640.00   due 24 Oct 2025
>   MPC-INV-2509-0437   USD 3,210.00   due 27 Oct 2025
>   MPC-INV-2510-0012   USD 8,975.00   due 31 Oct 2025
>
> Please advise the payment date.
>
> Accounts Receivable
> Merlion Precision Components Pte Ltd
"""
add("IR15", "invoice_request", "zh", "reply", mk(
    "IR15", "孙浩 <sunhao@tj-beichen.com>",
    "回复: Outstanding invoices - Tianjin Beichen",
    "Tue, 28 Oct 2025 09:20:58 +0800", xid("IR15", "tj-beichen.com"),
    irt=xid("IR15-q", "merlionprecision.com.sg"),
    extra=[("X-Mailer", "Foxmail 7.2.25.375[cn]")],
    text=IR15_T))

IR16_Q = """Dear Pacific Rim Drilling AP team,

Please find below your statement of account as at 30 November 2025 (vendor no. 30058).

Date        Document            Amount (USD)   Balance
02-Oct-25   MPC-INV-2510-0063      4,420.00     4,420.00
14-Oct-25   MPC-INV-2510-0247      9,870.00    14,290.00
21-Oct-25   MPC-INV-2510-0340      2,115.50    16,405.50
05-Nov-25   MPC-INV-2511-0038      6,300.00    22,705.50
12-Nov-25   MPC-CN-2511-0004        -480.00    22,225.50

Total outstanding: USD 22,225.50

Regards,
Accounts Receivable
Merlion Precision Components Pte Ltd"""
IR16_T = """Hello,

Thanks for the statement. We matched it against our ledger: 0063 and 0038 are already booked and will follow the normal cycle, but we have no record of MPC-INV-2510-0247, MPC-INV-2510-0340 or the credit note MPC-CN-2511-0004.

Please email copies of those three documents to ap-invoices@pacrimdrilling.com so they can be registered.

Regards,
Benedict Chua
AP Operations
Pacific Rim Drilling Services Pte Ltd

""" + olq("Merlion Receivables <receivables@merlionprecision.com.sg>", "Tuesday, 2 December 2025 10:30 AM",
          "ap-payments@pacrimdrilling.com", "Statement of account - 30 Nov 2025 - Pacific Rim Drilling", IR16_Q)
add("IR16", "invoice_request", "en", "reply", mk(
    "IR16", "Benedict Chua <benedict.chua@pacrimdrilling.com>",
    "RE: Statement of account - 30 Nov 2025 - Pacific Rim Drilling",
    "Wed, 03 Dec 2025 14:06:37 +0800", oid("IR16"),
    irt=xid("IR16-q", "merlionprecision.com.sg"),
    text=IR16_T, html=ol_html(IR16_T)))

add("IR17", "invoice_request", "en", "forward", mk(
    "IR17", "Suresh Pillai <suresh.pillai@larsenaero.com>",
    "FW: GRN without invoice - Merlion Precision",
    "Thu, 27 Nov 2025 10:12:05 +0800", oid("IR17", "apcprd02", "KL1PR02MB"),
    cc="Nurul Ain <nurul.ain@larsenaero.com>",
    text="""Dear Merlion team,

Please see below from our receiving store. We have goods receipts for two of your deliveries but no invoices at our end. Kindly email copies of the invoices for both delivery orders to ap.kulim@larsenaero.com so we can match and pay them.

Thanks & regards,
Suresh Pillai
AP Manager
Larsen Aerostructures Sdn Bhd

-----Original Message-----
From: Nurul Ain <nurul.ain@larsenaero.com>
Sent: Wednesday, 26 November 2025 4:55 PM
To: Suresh Pillai <suresh.pillai@larsenaero.com>
Subject: GRN without invoice - Merlion Precision

Hi Suresh,

Monthly GR/IR check shows two Merlion deliveries with no invoice posted:

GRN 5000921877  DO MPC-DO-251103-02  PO 88390  MYR 12,760.00
GRN 5000922014  DO MPC-DO-251110-05  PO 88412  MYR  4,118.40

Could you chase them for the invoices?

Thanks,
Nurul
Stores & Receiving
"""))

add("IR18", "invoice_request", "en", "forward", mk(
    "IR18", "Fiona Lee <fiona.lee@marinabayfm.com.sg>",
    "Fwd: need invoice for replacement bushings",
    "Fri, 10 Oct 2025 12:45:19 +0800", gid("IR18"),
    text="""Hi Merlion accounts,

Forwarding my engineer's note below. He bought the bushings through your sales rep and paid nothing yet - we need a proper tax invoice (addressed to Marina Bay Facilities Management Pte Ltd, UEN 200912345D) before finance can release payment. Can you send it to me?

Thanks,
Fiona Lee
Admin & Finance
Marina Bay Facilities Management

---------- Forwarded message ---------
From: Arun Subramaniam <arun.s@marinabayfm.com.sg>
Date: Thu, 9 Oct 2025 at 18:20
Subject: need invoice for replacement bushings
To: Fiona Lee <fiona.lee@marinabayfm.com.sg>

Fiona, the chiller bushings (40 pcs, bronze) from Merlion were delivered to Tower 2 plant room on Monday. Their sales guy Kelvin said the invoice would come separately but nothing yet. Please help to get it.

Arun
"""))

# =====================================================================
# STATEMENT REQUEST
# =====================================================================

add("SR01", "statement_request", "en", "html", mk(
    "SR01", "Tan Ong & Partners LLP - Audit Confirmations <confirmations@tanongpartners.com.sg>",
    "Audit confirmation request - Sentosa Lab Automation Pte Ltd - balance as at 31 December 2025",
    "Mon, 05 Jan 2026 10:00:00 +0800", xid("SR01", "tanongpartners.com.sg"),
    extra=[("X-Mailer", "TOP Confirm 2.3")],
    html="""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Confirmation request</title>
<!--[if mso]><style>.btn a{padding:0 !important;}</style><![endif]-->
</head>
<body style="margin:0;background:#f5f5f0;font-family:Georgia,'Times New Roman',serif;color:#2d2d2d;">
<div style="display:none;max-height:0;overflow:hidden;mso-hide:all;">Please confirm the balance due from Sentosa Lab Automation Pte Ltd as at 31 December 2025 directly to us.</div>
<table width="100%" cellpadding="0" cellspacing="0" style="background:#f5f5f0;"><tr><td align="center" style="padding:24px;">
<table width="600" cellpadding="0" cellspacing="0" style="background:#fff;border-top:4px solid #1d4e3b;">
<tr><td style="padding:24px 32px 4px;font-size:20px;color:#1d4e3b;">Tan Ong &amp; Partners LLP</td></tr>
<tr><td style="padding:0 32px 16px;font-size:12px;color:#777;font-family:Arial,sans-serif;">Public Accountants and Chartered Accountants of Singapore</td></tr>
<tr><td style="padding:8px 32px;font-size:14px;line-height:22px;">
<p>To: Merlion Precision Components Pte Ltd<br>Attention: Accounts Receivable</p>
<p>Dear Sirs,</p>
<p><b>Sentosa Lab Automation Pte Ltd (&ldquo;the Company&rdquo;) &ndash; Audit for the financial year ended 31 December 2025</b></p>
<p>In connection with our audit of the financial statements of the Company, we should be grateful if you would confirm directly to us the balance <b>payable by the Company to you</b> as at 31 December 2025, together with a list of the unpaid invoices making up that balance.</p>
<p>According to the Company's records, the balance due to you at that date was <b>SGD 14,862.40</b>. If this does not agree with your records, please provide details of the difference.</p>
<p>The Company's authorisation for you to disclose this information is attached below. Please reply by <b>19 January 2026</b>.</p>
</td></tr>
<tr><td style="padding:8px 32px 18px;" class="btn"><a href="https://confirm.tanongpartners.com.sg/r/SLA-2025-0412" style="background:#1d4e3b;color:#ffffff;text-decoration:none;font-family:Arial,sans-serif;font-size:14px;padding:10px 22px;display:inline-block;">Respond to confirmation</a></td></tr>
<tr><td style="padding:0 32px 16px;font-size:13px;font-family:Arial,sans-serif;color:#555;">Client authorisation: <i>&ldquo;We authorise you to provide the above information to our auditors.&rdquo; &mdash; Kenneth Wee, Finance Director, Sentosa Lab Automation Pte Ltd</i></td></tr>
<tr><td style="padding:16px 32px 24px;font-size:10px;color:#999;font-family:Arial,sans-serif;border-top:1px solid #eee;">Tan Ong &amp; Partners LLP (UEN T08LL1234A) is a limited liability partnership registered in Singapore. 80 Robinson Road #18-02, Singapore 068898. This request relates to an audit and is not a request for payment. Reference: SLA-2025-0412.</td></tr>
</table></td></tr></table>
<img src="https://confirm.tanongpartners.com.sg/o/SLA-2025-0412.png" width="1" height="1" alt="" style="display:block;">
</body></html>
"""))

add("SR02", "statement_request", "en", "html", mk(
    "SR02", "Straits Energy Services - Finance <finance.closing@straitsenergy.com.sg>",
    "Year-end vendor balance confirmation FY2025 - vendor 0000102233",
    "Tue, 02 Dec 2025 08:15:00 +0800", oid("SR02", "apcprd01", "SEZPR01MB"),
    html="""<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta charset="utf-8">
<!--[if gte mso 9]><xml><o:OfficeDocumentSettings><o:AllowPNG/></o:OfficeDocumentSettings></xml><![endif]-->
</head><body style="font-family:Calibri,Arial,sans-serif;font-size:11pt;">
<p>Dear Valued Supplier,</p>
<p>As part of our financial year-end closing, we kindly request you to confirm the balance of your account in our books. Please compare it with your records and reply to this email with:</p>
<ol>
<li>your statement of account as at <b>30 November 2025</b>, and</li>
<li>a list of all open items (invoice number, date, amount, due date).</li>
</ol>
<table border="1" cellpadding="5" cellspacing="0" style="border-collapse:collapse;font-size:10pt;">
<tr style="background:#1f4e79;color:#ffffff;"><td>Vendor no.</td><td>Vendor name</td><td>Balance per our books</td><td>Currency</td></tr>
<tr><td>0000102233</td><td>MERLION PRECISION COMPONENTS PTE LTD</td><td align="right">27,540.00</td><td>SGD</td></tr>
</table>
<p>Please respond by <b>12 December 2025</b>. If we do not hear from you, the balance above will be treated as agreed.</p>
<p>Thank you for your cooperation.</p>
<p style="color:#1f4e79;"><b>Finance Closing Team</b><br>Straits Energy Services Pte Ltd<br>8 Jurong Pier Road, Singapore 619161</p>
<p style="font-size:8pt;color:#7f7f7f;">Please consider the environment before printing this email. This email may contain confidential information. If you have received it in error, please notify the sender and delete it immediately.</p>
</body></html>
"""))

SR03_T = """Hi Merlion AR,

Please send us your statement of account as at 31 October 2025 for Apex Pharma Packaging Pte Ltd (our vendor code MPC001). We are reconciling supplier balances this week and yours does not match our ledger by about SGD 2k.

A PDF or Excel is fine.

Thanks and regards,
Vanessa Lau
Accounts Executive
Apex Pharma Packaging Pte Ltd
2 Tuas Link 1, Singapore 638585
"""
add("SR03", "statement_request", "en", "alternative", mk(
    "SR03", "Vanessa Lau <vanessa.lau@apexpharmapack.com.sg>",
    "Statement of Account as at 31 Oct 2025",
    "Mon, 03 Nov 2025 09:51:27 +0800", oid("SR03"),
    text=SR03_T, html=ol_html(SR03_T)))

SR04_T = """Merlion 财务部 您好，

年底了，我司需要与各供应商对账。麻烦贵司提供截至2025年11月30日的对账单，列明所有未付发票的发票号、日期、金额和到期日，以及已收到的我司付款记录。

我们这边的账面余额是 USD 41,380.50，如有差异请一并说明。

谢谢！

王丽娟
苏州恒泰自动化设备有限公司 财务部
电话：0512-6658 3021
"""
add("SR04", "statement_request", "zh", "alternative", mk(
    "SR04", "王丽娟 <wanglj@sz-hengtai.com>",
    "对账单申请（截至2025年11月30日）",
    "Wed, 03 Dec 2025 15:08:44 +0800", xid("SR04", "sz-hengtai.com"),
    extra=[("X-Mailer", "Foxmail 7.2.25.375[cn]")],
    text=SR04_T,
    html='<html><head><meta http-equiv="content-type" content="text/html; charset=UTF-8"><style>body { line-height: 1.5; }body { font-size: 14px; font-family: "Microsoft YaHei UI"; color: rgb(0, 0, 0); line-height: 1.5; }</style></head><body>\n'
         + "".join("<div>%s</div>\n" % (_html.escape(l) or "<br>") for l in SR04_T.split("\n"))
         + '<div><span><div style="MARGIN: 10px; FONT-FAMILY: verdana; FONT-SIZE: 10pt"><div>&nbsp;</div></div></span></div></body></html>\n'))

SR05_T = """Hey,

What's our outstanding balance with you guys right now? I want to clear everything before Christmas shutdown, so please include anything that isn't due yet too.

Account is under Ang Mo Kio Metalworks.

Cheers,
Jacob Ng
"""
add("SR05", "statement_request", "en", "alternative", mk(
    "SR05", "Jacob Ng <jacob.amkmetal@gmail.com>",
    "how much do we owe?",
    "Thu, 11 Dec 2025 20:02:15 +0800", gid("SR05"),
    text=SR05_T, html=gm_html(SR05_T)))

add("SR06", "statement_request", "en", "plain", mk(
    "SR06", "Priscilla Wong <priscilla.wong@vantagesemi.com>",
    "Open items list with aging - Merlion Precision",
    "Fri, 24 Oct 2025 17:10:02 +0800", oid("SR06", "apcprd06", "TYSPR06MB"),
    text="""Hello,

Could you send me a list of all open items on our account with an aging breakdown (current, 1-30, 31-60, 61-90, 90+)? We have three legal entities buying from you - Vantage Semiconductor Equipment Pte Ltd, Vantage Semi (Malaysia) Sdn Bhd and Vantage Test Solutions - so please split it per entity.

Need it by Tuesday for our month-end review.

Best,
Priscilla Wong
Senior Accountant, Vantage Semiconductor Equipment
"""))

add("SR07", "statement_request", "de", "plain", mk(
    "SR07", "Hessen Hydraulik KG - Buchhaltung <buchhaltung@hessen-hydraulik.de>",
    "Saldenbestätigung zum 31.12.2025",
    "Wed, 07 Jan 2026 09:15:33 +0100", xid("SR07", "hessen-hydraulik.de"),
    text="""Sehr geehrte Damen und Herren,

im Rahmen unseres Jahresabschlusses bitten wir Sie um eine Saldenbestätigung Ihres Kontos zum Stichtag 31.12.2025.

Laut unserer Kreditorenbuchhaltung beträgt der offene Saldo zugunsten Ihres Unternehmens EUR 8.734,20. Bitte senden Sie uns eine Aufstellung der offenen Posten (Rechnungsnummer, Datum, Betrag), damit wir etwaige Differenzen klären können.

Für eine Rückmeldung bis zum 16.01.2026 wären wir Ihnen dankbar.

Mit freundlichen Grüßen

Jürgen Becker
Finanzbuchhaltung
Hessen Hydraulik KG
Am Kreuzstein 9, 63477 Maintal
"""))

add("SR08", "statement_request", "tl", "plain", mk(
    "SR08", "Jonathan Villanueva <jvillanueva@cebumarine.ph>",
    "Statement of account po",
    "Mon, 17 Nov 2025 09:40:15 +0800", gid("SR08"),
    text="""Good morning po,

Pwede po bang makahingi ng updated statement of account namin? Gusto po kasing makita ni boss kung magkano pa ang natitirang balanse bago matapos ang taon, at kung alin sa mga invoice ang overdue na.

Pakisama na rin po sana ang mga bayad na natanggap ninyo mula Setyembre para ma-reconcile namin.

Salamat po,
Jonathan
Cebu Marine Engineering Inc.
"""))

add("SR09", "statement_request", "en", "plain", mk(
    "SR09", "Raymond Chia <raymond@tampinestooling.sg>",
    "SOA",
    "Sat, 29 Nov 2025 08:03:47 +0800", xid("SR09", "tampinestooling.sg"),
    extra=[("X-Mailer", "iPhone Mail (22B91)")],
    text="""Send SOA for Tampines Tooling pls. Need for GST filing. Thx

Sent from my iPhone
"""))

SR10_Q2 = """Hi,

Invoice MPC-INV-2509-0170 charges us for 500 pcs of PP housings, but we only accepted 470 - thirty were returned for flash defects (RMA 25-044). Please issue a credit note for the 30 pcs.

Regards,
Yvonne"""
SR10_Q1 = """Dear Yvonne,

Apologies for the delay. Credit note MPC-CN-2510-0009 for SGD 702.00 (30 pcs x SGD 23.40) has been issued against invoice MPC-INV-2509-0170 and is attached.

Regards,
Grace Tan
Accounts Receivable

""" + olq("Yvonne Sim <yvonne.sim@kranjiplastics.com.sg>", "Wednesday, 1 October 2025 2:14 PM",
          "Merlion Receivables <receivables@merlionprecision.com.sg>", "Short acceptance - MPC-INV-2509-0170", SR10_Q2)
SR10_T = """Hi Grace,

Thanks, got the credit note. Since a few documents have moved around, could you send an updated statement of account for Kranji Plastics up to end of October? I want to make sure the credit note and the September payments are all reflected before we pay.

Regards,
Yvonne Sim
Finance Executive
Kranji Plastics Pte Ltd

""" + olq("Grace Tan <receivables@merlionprecision.com.sg>", "Tuesday, 14 October 2025 9:48 AM",
          "Yvonne Sim <yvonne.sim@kranjiplastics.com.sg>", "RE: Short acceptance - MPC-INV-2509-0170", SR10_Q1)
add("SR10", "statement_request", "en", "reply", mk(
    "SR10", "Yvonne Sim <yvonne.sim@kranjiplastics.com.sg>",
    "RE: Short acceptance - MPC-INV-2509-0170",
    "Mon, 03 Nov 2025 11:25:09 +0800", oid("SR10"),
    irt=oid("SR10-q1"), refs=oid("SR10-q2") + " " + oid("SR10-q1"),
    text=SR10_T, html=ol_html(SR10_T)))

SR11_T = """您好，

謝謝寄來的發票。另外想請貴公司提供截至 2025 年 11 月 30 日的對帳單，包含所有未沖銷的發票與貸項通知單，以便我們進行年度結帳。

如果方便，請同時提供 Excel 檔。

林雅婷
新竹科技儀器股份有限公司 財務部
03-577-1908 分機 231

-----Original Message-----
From: Merlion Receivables <receivables@merlionprecision.com.sg>
Sent: Wednesday, December 3, 2025 11:02 AM
To: 林雅婷 <yating.lin@hsinchu-ti.com.tw>
Subject: Invoice MPC-INV-2511-0284 - Hsinchu Tech Instruments

Dear Ms Lin,

Please find attached invoice MPC-INV-2511-0284 for USD 6,145.00 covering the November shipment (PO HTI-25-1187).

Payment terms: 45 days from invoice date.

Best regards,
Accounts Receivable
Merlion Precision Components Pte Ltd
"""
add("SR11", "statement_request", "zh-hant", "reply", mk(
    "SR11", "林雅婷 <yating.lin@hsinchu-ti.com.tw>",
    "RE: Invoice MPC-INV-2511-0284 - Hsinchu Tech Instruments",
    "Thu, 04 Dec 2025 09:12:50 +0800", oid("SR11", "apcprd02", "TY0PR02MB"),
    irt=xid("SR11-q", "merlionprecision.com.sg"),
    text=SR11_T))

SR12_Q2 = """Hi Merlion,

Remittance advice for payment made today by TT:

BME EFT 000121907 - AUD 18,338.60
  0925-842   AUD 7,200.00
  1025-113   AUD 6,550.00
  1025-151   AUD 4,588.60

Regards,
Tom Harland
Payables, Brisbane Mining Equipment"""
SR12_Q1 = """Hi Tom,

Thanks for the advice. We'll look out for the funds.

Regards,
Merlion AR

""" + gq("On Fri, 5 Dec 2025 at 14:20, Tom Harland <payables@bnemining.com.au> wrote:", SR12_Q2)
SR12_T = """Hi again,

We've had two payments go to you in the last month and our ledger still shows a balance I can't explain. Could you send me a statement of account showing how the 5 Dec TT (and the 10 Nov one before it) were allocated, plus whatever is still open?

Cheers,
Tom

Tom Harland | Payables Officer
Brisbane Mining Equipment Pty Ltd
P +61 7 3890 4412

""" + gq("On Mon, 8 Dec 2025 at 09:02, Merlion Receivables <receivables@merlionprecision.com.sg> wrote:", SR12_Q1)
add("SR12", "statement_request", "en", "reply", mk(
    "SR12", "Tom Harland <payables@bnemining.com.au>",
    "Re: Remittance advice - BME EFT 000121907",
    "Mon, 15 Dec 2025 13:47:05 +1000", oid("SR12", "ausprd01", "SY4PR01MB"),
    irt=xid("SR12-q1", "merlionprecision.com.sg"), refs=oid("SR12-q2", "ausprd01", "SY4PR01MB") + " " + xid("SR12-q1", "merlionprecision.com.sg"),
    text=SR12_T))

SR13_T = """您好，

采购那边的订单问题已经解决了。我这边财务想请贵司提供一份截止到10月31日的对账单，列出所有未付发票和我司已付款的明细，我们要做季度对账。

谢谢！

刘晓燕
深圳联创电子有限公司 财务部

在 2025年10月20日 星期一 14:32，Ivy Chen <ivy.chen@merlionprecision.com.sg> 写道：
> 刘小姐您好，
>
> 关于订单 LC-PO-25-3381 的交期，我们确认第二批 2,000 件将于 10 月 28 日出货，第三批在 11 月中旬。
> 单价按合同不变。
>
> Ivy Chen
> Sales Coordinator
>
>> 在 2025年10月18日 星期六 10:05，刘晓燕 <liuxy@szlianchuang.com> 写道：
>> Ivy 你好，
>> 请问订单 LC-PO-25-3381 剩下的两批什么时候发货？生产线等着用。
>> 谢谢
"""
add("SR13", "statement_request", "zh", "reply", mk(
    "SR13", "刘晓燕 <liuxy@szlianchuang.com>",
    "回复: 订单 LC-PO-25-3381 交期",
    "Wed, 05 Nov 2025 10:33:18 +0800", xid("SR13", "szlianchuang.com"),
    to=AR, cc="Ivy Chen <ivy.chen@merlionprecision.com.sg>",
    irt=xid("SR13-q", "merlionprecision.com.sg"),
    text=SR13_T))

SR14_Q3 = """Hi Ben,

From 1 November please address all invoices to our new billing entity, Orion Medical Systems Asia Pte. Ltd. (UEN 201923456R), not Orion Medical Devices (S) Pte Ltd.

Thanks,
Hui Min"""
SR14_Q2 = """Hi Hui Min,

Noted, I've asked our billing team to update the customer master.

Ben Lim
Key Account Manager, Merlion Precision Components

""" + olq("Chua Hui Min <huimin.chua@orionmedsys.com>", "Monday, 27 October 2025 10:40 AM",
          "Ben Lim <ben.lim@merlionprecision.com.sg>", "Billing entity change from 1 Nov", SR14_Q3)
SR14_Q1 = """Hi Ben,

Thanks. Copying your AR team for visibility.

Hui Min

""" + olq("Ben Lim <ben.lim@merlionprecision.com.sg>", "Monday, 27 October 2025 3:05 PM",
          "Chua Hui Min <huimin.chua@orionmedsys.com>", "RE: Billing entity change from 1 Nov", SR14_Q2)
SR14_T = """Dear Merlion AR,

Following on from the entity change below - our auditors have asked for a supplier aging report split by billing entity. Could you send an aging of all open items as at 31 December 2025, with invoices to Orion Medical Devices (S) Pte Ltd and to Orion Medical Systems Asia Pte. Ltd. shown separately, bucketed 0-30 / 31-60 / 61-90 / over 90 days?

We need it by 9 January if at all possible.

Regards,
Chua Hui Min
Finance Manager, Orion Medical Systems Asia

""" + olq("Chua Hui Min <huimin.chua@orionmedsys.com>", "Tuesday, 28 October 2025 9:12 AM",
          "Ben Lim <ben.lim@merlionprecision.com.sg>", "RE: Billing entity change from 1 Nov", SR14_Q1,
          cc="Merlion Receivables <receivables@merlionprecision.com.sg>")
add("SR14", "statement_request", "en", "reply", mk(
    "SR14", "Chua Hui Min <huimin.chua@orionmedsys.com>",
    "RE: Billing entity change from 1 Nov",
    "Fri, 02 Jan 2026 10:18:40 +0800", oid("SR14", "apcprd01", "SEZPR01MB"),
    cc="Ben Lim <ben.lim@merlionprecision.com.sg>",
    irt=oid("SR14-q1", "apcprd01", "SEZPR01MB"),
    refs=oid("SR14-q3", "apcprd01", "SEZPR01MB") + " " + oid("SR14-q2") + " " + oid("SR14-q1", "apcprd01", "SEZPR01MB"),
    extra=[("Thread-Topic", "Billing entity change from 1 Nov")],
    text=SR14_T, html=ol_html(SR14_T)))

add("SR15", "statement_request", "en", "forward", mk(
    "SR15", "Derek Foo <derek.foo@harbourfrontmed.com.sg>",
    "FW: Confirmation of balances - FY ending 31 Dec 2025",
    "Wed, 07 Jan 2026 14:22:31 +0800", oid("SR15"),
    cc="audit.sg@kwlassurance.com",
    text="""Dear Merlion Precision,

Our auditors' request is below. Please send your confirmation of the balance we owed you as at 31 December 2025, with the supporting list of invoices, directly to audit.sg@kwlassurance.com (copied). You have our permission to share this information with them.

Thank you,
Derek Foo
Financial Controller
Harbourfront Medical Devices Pte Ltd

-----Original Message-----
From: KWL Assurance PAC <audit.sg@kwlassurance.com>
Sent: Tuesday, 6 January 2026 6:10 PM
To: Derek Foo <derek.foo@harbourfrontmed.com.sg>
Subject: Confirmation of balances - FY ending 31 Dec 2025

Dear Derek,

As agreed at the planning meeting, please forward our trade payables confirmation request to the suppliers on the attached sample list. For Merlion Precision Components Pte Ltd (vendor V-01187) your ledger shows SGD 19,207.85 payable at year end.

Replies should come directly to this mailbox.

Best regards,
Audit team - Harbourfront Medical engagement
KWL Assurance PAC
"""))

add("SR16", "statement_request", "en", "attachment", mk(
    "SR16", "Rachel Goh <rachel.goh@jurongfluid.com.sg>",
    "Balance confirmation as at 30 Sep 2025 - please sign and return",
    "Tue, 07 Oct 2025 10:04:12 +0800", oid("SR16"),
    text="""Hi,

Our half-year review is on. Please check the attached balance confirmation form against your records, sign and stamp it, and send it back together with your statement of account as at 30 September 2025.

If the balance differs, list the invoices causing the difference in the space provided.

Thanks,
Rachel Goh
Finance, Jurong Fluid Systems Pte Ltd
""",
    atts=[att("JFS_Balance_Confirmation_30Sep2025.pdf", pdf([
        "# Jurong Fluid Systems Pte Ltd", "BALANCE CONFIRMATION", "",
        "To: Merlion Precision Components Pte Ltd", "As at: 30 September 2025", "",
        "Balance per our records payable to you: SGD 9,118.70", "",
        "[ ] We confirm the above balance is correct.", "[ ] The balance per our records is SGD ____________",
        "    Details of difference: ______________________________", "",
        "Authorised signature & company stamp: ______________________"], "Balance Confirmation"), "application/pdf")]))

# =====================================================================
# DISPUTE
# =====================================================================

add("D01", "dispute", "en", "html", mk(
    "D01", "Hafiz Rahman <hafiz.rahman@woodlandspa.com.sg>",
    "Price discrepancy on invoices MPC-INV-2511-0102 / 0119 - do not agree",
    "Tue, 18 Nov 2025 15:44:20 +0800", oid("D01", "apcprd04", "SG2PR04MB"),
    html=OL_HEAD % "EN-SG" + """<p class="MsoNormal">Dear Merlion AR,<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">We cannot accept the two invoices below. The unit prices do not match our blanket PO 7700-2025 which fixes prices until 31 March 2026. It looks like your new price list was applied early.<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse;border:none">
<tr><td style="border:solid windowtext 1.0pt;background:#D9E2F3;padding:0cm 5.4pt"><p class="MsoNormal"><b>Invoice</b><o:p></o:p></p></td><td style="border:solid windowtext 1.0pt;border-left:none;background:#D9E2F3;padding:0cm 5.4pt"><p class="MsoNormal"><b>Part no.</b><o:p></o:p></p></td><td style="border:solid windowtext 1.0pt;border-left:none;background:#D9E2F3;padding:0cm 5.4pt"><p class="MsoNormal"><b>Qty</b><o:p></o:p></p></td><td style="border:solid windowtext 1.0pt;border-left:none;background:#D9E2F3;padding:0cm 5.4pt"><p class="MsoNormal"><b>PO price</b><o:p></o:p></p></td><td style="border:solid windowtext 1.0pt;border-left:none;background:#D9E2F3;padding:0cm 5.4pt"><p class="MsoNormal"><b>Invoiced</b><o:p></o:p></p></td><td style="border:solid windowtext 1.0pt;border-left:none;background:#D9E2F3;padding:0cm 5.4pt"><p class="MsoNormal"><b>Over-billed</b><o:p></o:p></p></td></tr>
<tr><td style="border:solid windowtext 1.0pt;border-top:none;padding:0cm 5.4pt"><p class="MsoNormal">MPC-INV-2511-0102<o:p></o:p></p></td><td style="border-top:none;border-left:none;border-bottom:solid windowtext 1.0pt;border-right:solid windowtext 1.0pt;padding:0cm 5.4pt"><p class="MsoNormal">WPA-BRK-220<o:p></o:p></p></td><td style="border-top:none;border-left:none;border-bottom:solid windowtext 1.0pt;border-right:solid windowtext 1.0pt;padding:0cm 5.4pt"><p class="MsoNormal">800<o:p></o:p></p></td><td style="border-top:none;border-left:none;border-bottom:solid windowtext 1.0pt;border-right:solid windowtext 1.0pt;padding:0cm 5.4pt"><p class="MsoNormal">SGD 3.15<o:p></o:p></p></td><td style="border-top:none;border-left:none;border-bottom:solid windowtext 1.0pt;border-right:solid windowtext 1.0pt;padding:0cm 5.4pt"><p class="MsoNormal">SGD 3.48<o:p></o:p></p></td><td style="border-top:none;border-left:none;border-bottom:solid windowtext 1.0pt;border-right:solid windowtext 1.0pt;padding:0cm 5.4pt"><p class="MsoNormal">SGD 264.00<o:p></o:p></p></td></tr>
<tr><td style="border:solid windowtext 1.0pt;border-top:none;padding:0cm 5.4pt"><p class="MsoNormal">MPC-INV-2511-0119<o:p></o:p></p></td><td style="border-top:none;border-left:none;border-bottom:solid windowtext 1.0pt;border-right:solid windowtext 1.0pt;padding:0cm 5.4pt"><p class="MsoNormal">WPA-PIN-014<o:p></o:p></p></td><td style="border-top:none;border-left:none;border-bottom:solid windowtext 1.0pt;border-right:solid windowtext 1.0pt;padding:0cm 5.4pt"><p class="MsoNormal">5,000<o:p></o:p></p></td><td style="border-top:none;border-left:none;border-bottom:solid windowtext 1.0pt;border-right:solid windowtext 1.0pt;padding:0cm 5.4pt"><p class="MsoNormal">SGD 0.42<o:p></o:p></p></td><td style="border-top:none;border-left:none;border-bottom:solid windowtext 1.0pt;border-right:solid windowtext 1.0pt;padding:0cm 5.4pt"><p class="MsoNormal">SGD 0.47<o:p></o:p></p></td><td style="border-top:none;border-left:none;border-bottom:solid windowtext 1.0pt;border-right:solid windowtext 1.0pt;padding:0cm 5.4pt"><p class="MsoNormal">SGD 250.00<o:p></o:p></p></td></tr>
</table>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Please issue credit notes for the differences (SGD 514.00 before GST) or cancel and re-invoice at the PO price. We are holding both invoices until this is fixed.<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Regards,<o:p></o:p></p>
<p class="MsoNormal"><b><span style="color:#1F3864">Hafiz Rahman</span></b><span style="color:#1F3864"><br>Procurement &amp; AP Lead | Woodlands Precision Assembly Pte Ltd<br>T +65 6368 5521<o:p></o:p></span></p>
</div>
</body>
</html>
"""))

add("D02", "dispute", "zh", "html", mk(
    "D02", "黄志强 <huangzq@dg-ruifeng.cn>",
    "关于发票 MPC2511-0056 数量短缺的异议",
    "Thu, 13 Nov 2025 11:26:40 +0800", xid("D02", "dg-ruifeng.cn"),
    extra=[("X-Mailer", "Coremail Webmail Server Version 2023.2.1")],
    html="""<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head>
<body><div style="font-family:'微软雅黑';font-size:14px;line-height:1.7;">
<p>Merlion 财务部：</p>
<p>贵司11月7日发出的货物（送货单 DN-MPC-25-11-0218）我司已于11月12日收货。清点时发现数量与发票不符，具体如下：</p>
<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse;font-size:13px;">
<tr style="background:#f2f2f2;"><th>料号</th><th>品名</th><th>发票数量</th><th>实收数量</th><th>差异</th><th>单价(USD)</th><th>差额(USD)</th></tr>
<tr><td>RF-GP-0815</td><td>导柱</td><td>1,200</td><td>1,080</td><td>-120</td><td>2.85</td><td>-342.00</td></tr>
<tr><td>RF-GB-0816</td><td>导套</td><td>1,200</td><td>1,200</td><td>0</td><td>3.10</td><td>0.00</td></tr>
</table>
<p>缺少的120个导柱外箱完好，应为装箱时漏装，收货时已由司机签字确认（见收货单备注）。</p>
<p>请贵司核实后开具 <b>USD 342.00</b> 的红字/贷项通知单，或尽快补发缺少的数量。在问题解决前，该发票我司暂不安排付款。</p>
<p>黄志强<br>东莞瑞丰精密模具有限公司 采购部<br>电话：0769-8562 0031</p>
</div></body></html>
"""))

D03_T = """Dear Sir/Madam,

Your invoice MPC-INV-2510-0612 for MYR-equivalent USD 14,200.00 includes 9% GST of USD 1,278.00. The goods were shipped from your Singapore plant directly to our Penang facility (export, Incoterm FCA Singapore), so the supply should be zero-rated.

We will not pay the GST portion. Please cancel this invoice and issue a corrected one without GST, or raise a credit note for USD 1,278.00.

Best regards,
Tan Mei Ling
Finance Manager
Penang MicroAssembly Sdn Bhd
"""
add("D03", "dispute", "en", "alternative", mk(
    "D03", "Tan Mei Ling <meiling.tan@penangmicro.com.my>",
    "GST wrongly charged on export invoice MPC-INV-2510-0612",
    "Mon, 27 Oct 2025 10:09:31 +0800", oid("D03", "apcprd02", "PS2PR02MB"),
    text=D03_T, html=ol_html(D03_T, lang="EN-MY")))

D04_T = """Sehr geehrte Damen und Herren,

für unsere Bestellung 45-11873 (Lieferung vom 02.10.2025) haben wir zwei Rechnungen erhalten:

  MPC-INV-2510-0152 vom 03.10.2025 über EUR 3.945,00
  MPC-INV-2510-0163 vom 06.10.2025 über EUR 3.945,00

Beide beziehen sich auf denselben Lieferschein DN-25-10-0077 und enthalten identische Positionen. Es handelt sich offensichtlich um eine Doppelberechnung. Wir haben die erste Rechnung beglichen und weisen die zweite Rechnung zurück.

Bitte stornieren Sie die Rechnung MPC-INV-2510-0163 und senden Sie uns eine Gutschrift bzw. Stornobestätigung.

Mit freundlichen Grüßen

Elisabeth Gruber
Buchhaltung
Müller & Huber Feinmechanik GmbH
"""
add("D04", "dispute", "de", "alternative", mk(
    "D04", "Elisabeth Gruber <e.gruber@mueller-huber.at>",
    "Doppelte Rechnungsstellung - Bestellung 45-11873",
    "Thu, 30 Oct 2025 13:55:02 +0100", oid("D04", "eurprd08", "VI1PR08MB"),
    text=D04_T, html=ol_html(D04_T, lang="DE-AT")))

D05_T = """Hi,

I just got a reminder for invoice MPC-INV-2510-0390 (SGD 2,140.00) but we never received these goods. Your courier's tracking (Ninja Van NVSGMPC0039012) says "returned to sender - recipient not available" on 17 Oct. Nobody called us and nothing was re-delivered.

We're not paying for something that is sitting in your warehouse. Please cancel the invoice or hold it until you actually deliver.

Jeremy Loh
Loh Engineering Works
"""
add("D05", "dispute", "en", "alternative", mk(
    "D05", "Jeremy Loh <loh.engineeringworks@gmail.com>",
    "Invoice for goods we never got",
    "Wed, 05 Nov 2025 22:40:11 +0800", gid("D05"),
    text=D05_T, html=gm_html(D05_T)))

D06_T = """Merlion Precision Components Pte Ltd
ご担当者様

いつもお世話になっております。株式会社名古屋ロボティクス購買部の佐藤です。

11月5日付の請求書 MPC-INV-2511-0071 について確認させてください。
品番 NR-AX-3310（アクチュエータ用シャフト）の単価が 4,120円 で請求されておりますが、
御社見積書 Q-2508-114（2025年8月20日付）では 3,850円 となっております。

数量 600個 × 差額270円 ＝ 162,000円（税抜）の過請求となります。

つきましては、見積単価での請求書の再発行、または差額分の赤伝（クレジットノート）の発行をお願いいたします。
恐れ入りますが、訂正されるまで本請求書の支払処理は保留とさせていただきます。

よろしくお願いいたします。

株式会社名古屋ロボティクス
購買部　佐藤 美咲
TEL: 052-613-2288
"""
add("D06", "dispute", "ja", "alternative", mk(
    "D06", "佐藤 美咲 <m.sato@nagoya-robotics.co.jp>",
    "【確認】請求書 MPC-INV-2511-0071 単価相違の件",
    "Tue, 11 Nov 2025 14:18:03 +0900", oid("D06", "jpnprd01", "TYCPR01MB"),
    text=D06_T, html=ol_html(D06_T, lang="JA")))

add("D07", "dispute", "en", "plain", mk(
    "D07", "Raj Kumar <raj.kumar@apexpharmapack.com.sg>",
    "Third reminder for an invoice we PAID",
    "Fri, 14 Nov 2025 16:55:48 +0800", oid("D07"),
    text="""To whoever is sending these,

This is the third reminder we've had for MPC-INV-2509-0284 (SGD 7,760.00). We paid it on 3 October by GIRO, our payment ref APP-PV-1003-11, and the money left our account the same day. I sent the remittance to this address at the time.

Please check your bank statement and your allocation before sending any more overdue notices, and confirm back that the invoice is closed. If you have allocated our payment to a different invoice, tell us which one.

Raj Kumar
Finance Manager
Apex Pharma Packaging Pte Ltd
"""))

add("D08", "dispute", "tl", "plain", mk(
    "D08", "Rodel Bautista <rbautista@lagunaautoparts.com.ph>",
    "Mali ang quantity sa Invoice MPC-INV-2511-0143",
    "Wed, 26 Nov 2025 09:12:44 +0800", gid("D08"),
    text="""Good morning po,

Mali po ang quantity sa Invoice MPC-INV-2511-0143. Nakalagay po na 2,500 pcs na bracket (part no. LAP-BR-77), pero 2,000 pcs lang po ang dumating sa planta namin sa Sta. Rosa ayon sa aming receiving report RR-25-3390. Pirmado rin po ng driber ninyo ang kulang.

Hindi po namin mababayaran ang buong halaga hangga't hindi naitatama. Paki-issue po ng credit memo para sa 500 pcs o magpadala ng bagong invoice na tama ang dami.

Salamat po,
Rodel Bautista
Warehouse & Receiving Supervisor
Laguna Autoparts Manufacturing Inc.
"""))

add("D09", "dispute", "en", "plain", mk(
    "D09", "Tuas Offshore Fabricators - AP <ap@tuasoffshore.com.sg>",
    "Invoice returned unprocessed - MPC-INV-2511-0230",
    "Thu, 04 Dec 2025 11:02:19 +0800", oid("D09", "apcprd01", "SI2PR01MB"),
    text="""Dear Supplier,

We are returning invoice MPC-INV-2511-0230 dated 28 Nov 2025 (SGD 22,480.00) as rejected. Reasons:

1. No purchase order number is quoted. Company policy does not allow us to pay any invoice without a valid TOF PO.
2. The goods description ("machining services - per discussion") does not correspond to any open order in our system.

The invoice has not been entered in our ledger. If this work was authorised by one of our project teams, please obtain the PO from the requester and submit a new invoice quoting it.

Regards,
Accounts Payable
Tuas Offshore Fabricators Pte Ltd
"""))

D10_Q2 = """Dear Merlion,

We confirm PO BPT-PO-25-0771 for 300 pcs mould inserts at USD 41.50/pc.
Terms: DAP Batam, freight and insurance included in the unit price as per your quotation QT-MPC-25-0612.

Regards,
Hendra Wijaya
Purchasing, PT Batam Presisi Teknik"""
D10_Q1 = """Dear Rina,

Please find attached invoice MPC-INV-2510-0714 for PO BPT-PO-25-0771.

  300 pcs mould inserts @ USD 41.50     USD 12,450.00
  Sea freight & handling Singapore-Batam USD    385.00
  Total                                  USD 12,835.00

Regards,
Accounts Receivable
Merlion Precision Components Pte Ltd

""" + olq("Hendra Wijaya <hendra.w@batampresisi.co.id>", "Monday, 15 September 2025 10:11 AM",
          "sales@merlionprecision.com.sg", "PO BPT-PO-25-0771 confirmation", D10_Q2)
D10_T = """Dear Merlion AR,

We do not accept the USD 385.00 freight line on MPC-INV-2510-0714. As you can see from our PO confirmation further down this thread, the deal was DAP Batam with freight included in the unit price, and your own quotation QT-MPC-25-0612 says the same.

We will pay USD 12,450.00 only. Please send a credit note for USD 385.00 so that our records match.

Regards,
Rina Kusumawati
AP Officer | PT Batam Presisi Teknik

""" + olq("Merlion Receivables <receivables@merlionprecision.com.sg>", "Thursday, 30 October 2025 2:40 PM",
          "Rina Kusumawati <rina.k@batampresisi.co.id>", "Invoice MPC-INV-2510-0714 - PO BPT-PO-25-0771", D10_Q1,
          cc="Hendra Wijaya <hendra.w@batampresisi.co.id>")
add("D10", "dispute", "en", "reply", mk(
    "D10", "Rina Kusumawati <rina.k@batampresisi.co.id>",
    "RE: Invoice MPC-INV-2510-0714 - PO BPT-PO-25-0771",
    "Mon, 03 Nov 2025 10:28:55 +0700", oid("D10", "apcprd03", "KL1PR03MB"),
    cc="Hendra Wijaya <hendra.w@batampresisi.co.id>",
    irt=xid("D10-q1", "merlionprecision.com.sg"),
    text=D10_T, html=ol_html(D10_T)))

D11_T = """您好，

收到催款通知。發票 MPC-INV-2510-0341 我們一直沒有付款，原因是單價與報價不符：

報價單 MPQ-HK-25-088 的紙箱內襯單價為 HKD 3.20，發票上卻是 HKD 3.60，15,000 件合計多收 HKD 6,000.00。
我們在 10 月 20 日已經用電話跟貴司業務反映過，但至今沒有回覆。

請先更正發票或開立折讓單，我們收到後會立即安排付款。

何嘉欣
九龍灣包裝有限公司 會計部

-----Original Message-----
From: Merlion Receivables <receivables@merlionprecision.com.sg>
Sent: Monday, November 24, 2025 9:00 AM
To: accounts@klnbaypack.com.hk
Subject: Overdue notice - Kowloon Bay Packaging Ltd

Dear Customer,

Our records show invoice MPC-INV-2510-0341 (HKD 48,600.00) due on 23 November 2025 remains unpaid. Please arrange payment at your earliest convenience.

Accounts Receivable
Merlion Precision Components Pte Ltd
"""
add("D11", "dispute", "zh-hant", "reply", mk(
    "D11", "何嘉欣 <kayan.ho@klnbaypack.com.hk>",
    "RE: Overdue notice - Kowloon Bay Packaging Ltd",
    "Mon, 24 Nov 2025 15:37:12 +0800", oid("D11", "apcprd02", "HK2PR02MB"),
    irt=xid("D11-q", "merlionprecision.com.sg"),
    text=D11_T))

D12_Q2 = """Hi Merlion,

12 of the 40 servo brackets on MPC-INV-2510-0551 arrived with the wrong hole pattern. We've scrapped them - please credit SGD 1,032.00.

Aaron"""
D12_Q1 = """Hi Aaron,

Sorry about that. QA has accepted the claim and we'll raise a credit note for SGD 1,032.00 this week.

Regards,
Grace Tan
Merlion Precision Components - AR

""" + gq("On Mon, 3 Nov 2025 at 11:40, Aaron Lim <aaron.lim@lioncityrobotics.sg> wrote:", D12_Q2)
D12_T = """Hi Grace,

It's now a month later and your December statement still shows MPC-INV-2510-0551 at the full SGD 3,440.00 with no credit applied, and we're getting overdue emails for the difference. We paid SGD 2,408.00 (the undisputed part) on 27 Nov.

Please issue the credit note you agreed to and stop the reminders on this one.

Aaron

""" + gq("On Tue, 4 Nov 2025 at 16:05, Merlion Receivables <receivables@merlionprecision.com.sg> wrote:", D12_Q1)
add("D12", "dispute", "en", "reply", mk(
    "D12", "Aaron Lim <aaron.lim@lioncityrobotics.sg>",
    "Re: Wrong hole pattern - servo brackets",
    "Thu, 04 Dec 2025 09:58:03 +0800", gid("D12"),
    irt=xid("D12-q1", "merlionprecision.com.sg"), refs=gid("D12-q2") + " " + xid("D12-q1", "merlionprecision.com.sg"),
    text=D12_T, html=gm_html(D12_T)))

D13_T = """Sehr geehrte Damen und Herren,

wir beziehen uns auf Ihre Zahlungserinnerung unten. Die Rechnung MPC-INV-2510-0405 über EUR 5.280,00 ist aus unserer Sicht nicht fällig.

Die gelieferten Sensorgehäuse (Charge L25-0931) wiesen Maßabweichungen an der Dichtfläche auf; unser Prüfbericht QS-2025-118 liegt Ihrem Vertrieb seit dem 21.10. vor. Die komplette Lieferung wurde am 24.10. per DHL Freight an Sie zurückgesandt (Sendungsnummer 4018-2291-0037).

Wir bitten um eine Gutschrift über den vollen Rechnungsbetrag und um Einstellung des Mahnverfahrens.

Mit freundlichen Grüßen

Stefan Albrecht
Einkauf / Qualitätssicherung
Bodensee Sensorik GmbH
Seestraße 41, 88045 Friedrichshafen

Von: Merlion Receivables <receivables@merlionprecision.com.sg>
Gesendet: Montag, 10. November 2025 02:00
An: Stefan Albrecht <s.albrecht@bodensee-sensorik.de>
Betreff: Payment reminder - invoice MPC-INV-2510-0405

Dear Customer,

Invoice MPC-INV-2510-0405 (EUR 5,280.00) fell due on 5 November 2025 and has not yet been paid. Kindly arrange payment or contact us if you have any questions.

Best regards,
Accounts Receivable
Merlion Precision Components Pte Ltd
"""
add("D13", "dispute", "de", "reply", mk(
    "D13", "Stefan Albrecht <s.albrecht@bodensee-sensorik.de>",
    "AW: Payment reminder - invoice MPC-INV-2510-0405",
    "Mon, 10 Nov 2025 10:14:27 +0100", oid("D13", "eurprd03", "AM6PR03MB"),
    irt=xid("D13-q", "merlionprecision.com.sg"),
    text=D13_T, html=ol_html(D13_T, lang="DE")))

D14_T = """Hello,

Before this goes any further: MPC25/10/0815 bills us for 500 rolls of stretch film cores, but the delivery on 14 Oct was 450 rolls. Our GRN NPK-GRN-25-1408 and the signed DO both show 450.

We'll pay for 450 rolls (MYR 15,165.00) once you send a credit note for the remaining 50 rolls (MYR 1,685.00). Please don't chase the full amount.

Lim Kok Wai
Finance, Nusantara Packaging Sdn Bhd

""" + gq("On Mon, 17 Nov 2025 at 09:00, Merlion Receivables <receivables@merlionprecision.com.sg> wrote:", """Dear Mr Lim,

Invoice MPC25/10/0815 for MYR 16,850.00 is due today. We would be grateful if you could confirm the payment date.

Thank you.
Accounts Receivable
Merlion Precision Components Pte Ltd""")
add("D14", "dispute", "en", "reply", mk(
    "D14", "Lim Kok Wai <kokwai.lim@nusantarapack.com.my>",
    "Re: Invoice MPC25/10/0815 due today",
    "Mon, 17 Nov 2025 12:30:40 +0800", gid("D14"),
    irt=xid("D14-q", "merlionprecision.com.sg"),
    text=D14_T))

D15_Q2 = """Hi,

Remittance for wire sent today:
MPC-INV-2508-0913   USD 18,900.00
MPC-INV-2508-0950   USD  6,420.00
Total               USD 25,320.00

Kind regards,
Megan Ortiz
Accounts Payable, Texas Semicon Tools Inc."""
D15_Q1 = """Dear Megan,

Please find attached your statement as at 30 November 2025. Note that late payment interest of USD 412.75 has been charged (invoice MPC-INT-2511-0006) on invoices MPC-INV-2508-0913 and MPC-INV-2508-0950, which were settled 38 days after the due date.

Regards,
Accounts Receivable
Merlion Precision Components Pte Ltd

""" + olq("Megan Ortiz <megan.ortiz@texassemicontools.com>", "Tuesday, 14 October 2025 4:12 PM",
          "Merlion Receivables <receivables@merlionprecision.com.sg>", "Remittance - wire 10/14", D15_Q2)
D15_T = """Hello,

We dispute MPC-INT-2511-0006. Our master supply agreement (section 7.3) has no clause allowing interest on late payments, and the two August invoices were paid late because your original copies went to a closed mailbox - the resend only reached us on 2 October.

Please cancel the interest invoice. We won't be paying it.

Regards,
Megan Ortiz
Accounts Payable Supervisor
Texas Semicon Tools Inc.

""" + olq("Merlion Receivables <receivables@merlionprecision.com.sg>", "Monday, 1 December 2025 9:30 PM",
          "Megan Ortiz <megan.ortiz@texassemicontools.com>", "Statement of account - Texas Semicon Tools - Nov 2025", D15_Q1)
add("D15", "dispute", "en", "reply", mk(
    "D15", "Megan Ortiz <megan.ortiz@texassemicontools.com>",
    "RE: Statement of account - Texas Semicon Tools - Nov 2025",
    "Tue, 02 Dec 2025 08:17:26 -0600", oid("D15", "namprd12", "CH3PR12MB"),
    irt=xid("D15-q1", "merlionprecision.com.sg"),
    text=D15_T, html=ol_html(D15_T, lang="EN-US")))

add("D16", "dispute", "en", "forward", mk(
    "D16", "Derek Foo <derek.foo@harbourfrontmed.com.sg>",
    "FW: GRN discrepancy - Merlion DO MPC-DO-251118-03",
    "Thu, 20 Nov 2025 17:03:44 +0800", oid("D16"),
    text="""Hi Merlion AR,

See below from our warehouse. Three of the titanium housings on invoice MPC-INV-2511-0188 arrived dented and cannot be used in production. Please issue a credit note for the three units (3 x SGD 186.00 = SGD 558.00); we will short-pay the invoice by that amount otherwise. The damaged units are available for your collection.

Derek Foo
Financial Controller
Harbourfront Medical Devices Pte Ltd

-----Original Message-----
From: Warehouse HMD <warehouse@harbourfrontmed.com.sg>
Sent: Wednesday, 19 November 2025 3:20 PM
To: Derek Foo <derek.foo@harbourfrontmed.com.sg>
Subject: GRN discrepancy - Merlion DO MPC-DO-251118-03

Derek,

Receiving inspection on DO MPC-DO-251118-03 (PO 77188, 25 pcs Ti housing):
- 22 pcs OK, accepted to stock
- 3 pcs with dents on the flange face, quarantined in cage B (photos in the QA folder)
Carton was crushed on one corner, noted on the carrier POD.

Regards,
Lai Kwok Keong
Warehouse Supervisor
"""))

add("D17", "dispute", "zh", "forward", mk(
    "D17", "张伟 <zhangwei@nb-oriental-hyd.com>",
    "转发: 来料检验不合格报告 IQC-2511-0207（Merlion 阀座）",
    "Fri, 21 Nov 2025 14:48:33 +0800", xid("D17", "nb-oriental-hyd.com"),
    extra=[("X-Mailer", "Foxmail 7.2.25.228[cn]")],
    text="""Merlion 财务部：

转发我司质检部的来料检验报告。贵司发票 MPC-2511-0093 对应的 800 件阀座中有 160 件硬度不合格，已全部隔离待退。

请贵司就不合格的 160 件（单价 USD 6.40，合计 USD 1,024.00）开具贷项通知单，我司将在付款时扣除该金额。退货安排请与采购部联系。

张伟
宁波东方液压件有限公司 采购部

------------------ 原始邮件 ------------------
发件人: "质检部-李娜" <qc@nb-oriental-hyd.com>
发送时间: 2025年11月20日(星期四) 下午5:05
收件人: "张伟" <zhangwei@nb-oriental-hyd.com>
主题: 来料检验不合格报告 IQC-2511-0207

张经理：
供应商 Merlion Precision 11月18日到货阀座（料号 OH-VS-2250）800件，抽检 80 件，硬度低于图纸要求 HRC 45-50 的有 16 件，随后全检，共 160 件不合格。
判定：不合格品退货，合格品 640 件入库。
李娜
"""))

add("D18", "dispute", "en", "attachment", mk(
    "D18", "Kevin Tan <kevin.tan@orionmedsys.com>",
    "NCR-25-0391 - rejected lot, credit requested (MPC-INV-2511-0312)",
    "Wed, 26 Nov 2025 11:40:09 +0800", oid("D18", "apcprd01", "SEZPR01MB"),
    cc="ap.sg@orionmedsys.com",
    text="""Dear Merlion team,

Incoming inspection rejected lot L2511-77 (1,500 pcs catheter hub inserts) delivered against PO 4500872041 and billed on MPC-INV-2511-0312 (SGD 8,925.00). Burrs on the luer thread exceed the drawing limit on 100% of the sampled parts.

Attached are our non-conformance report NCR-25-0391 and two photos. The whole lot is being returned; please issue a credit note for the full invoice value. AP has put the invoice on hold.

Regards,
Kevin Tan
Supplier Quality Engineer
Orion Medical Systems Asia Pte. Ltd.
""",
    atts=[att("NCR-25-0391.pdf", pdf([
        "# Orion Medical Systems Asia - Non-Conformance Report", "NCR No.: NCR-25-0391   Date: 25-Nov-2025",
        "Supplier: Merlion Precision Components Pte Ltd", "PO: 4500872041   Lot: L2511-77   Qty: 1,500",
        "Defect: burrs on luer thread > 0.05 mm (drawing OMS-D-2231 rev C)", "Sample: 125 pcs, 125 rejected",
        "Disposition: RETURN TO SUPPLIER - full lot", "Commercial: credit note requested for SGD 8,925.00"], "NCR-25-0391"),
        "application/pdf"),
          att("IMG_20251125_0931.png", PNG_2, "image/png"),
          att("IMG_20251125_0933.png", PNG_1, "image/png")]))

add("D19", "dispute", "en", "attachment", mk(
    "D19", "Wanida Srisuk <wanida.s@bkkmotorparts.co.th>",
    "Debit Note DN-BMP-2512-004 - price difference",
    "Tue, 09 Dec 2025 10:26:51 +0700", oid("D19", "apcprd04", "TYZPR04MB"),
    text="""Dear Sir/Madam,

Please find attached our debit note DN-BMP-2512-004 for USD 1,180.00.

Your invoices MPC-INV-2511-0401 and MPC-INV-2511-0417 were billed at USD 5.90 per brake caliper bracket, while the 2025 annual price agreement signed with your Mr. Kelvin Ong is USD 5.50. The difference on 2,950 pieces is USD 1,180.00, which we will deduct from our next payment unless you issue a credit note first.

Best regards,
Wanida Srisuk
Accounting Department
Bangkok Motor Parts Co., Ltd.
""",
    atts=[att("DN-BMP-2512-004.pdf", pdf([
        "# Bangkok Motor Parts Co., Ltd.", "DEBIT NOTE  DN-BMP-2512-004", "Date: 09/12/2025", "",
        "To: Merlion Precision Components Pte Ltd", "",
        "Price difference per 2025 Annual Price Agreement APA-2025-MPC", "MPC-INV-2511-0401  1,600 pcs x USD 0.40 = USD 640.00",
        "MPC-INV-2511-0417  1,350 pcs x USD 0.40 = USD 540.00", "", "Total debit: USD 1,180.00"], "Debit Note"),
        "application/pdf")]))

add("D20", "dispute", "en", "attachment", mk(
    "D20", "Farhan Iskandar <farhan.i@kallanginstruments.sg>",
    "Wrong currency on invoice MPC-INV-2511-0266 - marked-up copy attached",
    "Fri, 28 Nov 2025 15:13:38 +0800", oid("D20"),
    text="""Hi Merlion AR,

Invoice MPC-INV-2511-0266 is in USD (USD 4,860.00) but our contract and the PO (KI-PO-25-1170) are in SGD, at SGD 4,860.00. At today's rate that's an overcharge of more than SGD 1,400.

I have marked up the invoice (attached) with the corrections. Please void it and send a replacement in SGD - we cannot book a USD invoice against an SGD PO.

Thank you,
Farhan Iskandar
Accounts Payable
Kallang Instruments Pte Ltd
""",
    atts=[att("MPC-INV-2511-0266_marked_up.pdf", pdf([
        "# TAX INVOICE  MPC-INV-2511-0266", "Merlion Precision Components Pte Ltd", "Bill to: Kallang Instruments Pte Ltd",
        "PO: KI-PO-25-1170", "", "Sensor mounting plates  x 300  @ 16.20   4,860.00",
        "Currency: USD    <-- WRONG, PO currency is SGD (KI AP, 28/11)", "Total: USD 4,860.00   <-- should read SGD 4,860.00"],
        "Marked-up invoice"), "application/pdf")]))

# =====================================================================
# PAYMENT PROMISE
# =====================================================================

add("PP01", "payment_promise", "en", "html", mk(
    "PP01", "DBS IDEAL Payment Advice <ideal.paymentadvice@dbs.com>",
    "Payment Advice from EASTPOINT CLEANROOM SYSTEMS PTE LTD - Scheduled for 30 Nov 2025",
    "Mon, 24 Nov 2025 18:40:05 +0800", xid("PP01", "mailgw.dbs.com"),
    extra=[("Auto-Submitted", "auto-generated"), ("X-Mailer", "IDEAL Notification Engine 6.2")],
    html="""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8" /><title>Payment Advice</title></head>
<body style="margin:0;padding:0;background:#f2f2f2;font-family:Arial,Helvetica,sans-serif;font-size:12px;color:#333333;">
<table width="100%" cellpadding="0" cellspacing="0" border="0" bgcolor="#f2f2f2"><tr><td align="center" style="padding:16px 0;">
<table width="640" cellpadding="0" cellspacing="0" border="0" bgcolor="#ffffff" style="border:1px solid #d9d9d9;">
<tr><td bgcolor="#ee2e24" style="padding:14px 20px;color:#ffffff;font-size:18px;font-weight:bold;">DBS <span style="font-weight:normal;font-size:13px;">IDEAL&trade; Payment Advice</span></td></tr>
<tr><td style="padding:20px;">
<p style="margin:0 0 12px 0;">Dear Sir / Madam,</p>
<p style="margin:0 0 12px 0;"><b>EASTPOINT CLEANROOM SYSTEMS PTE LTD</b> has set up a future-dated payment to you. The payment will be processed on the scheduled value date below, subject to sufficient funds and the payer's final authorisation. No funds have been debited yet.</p>
<table width="100%" cellpadding="6" cellspacing="0" border="0" style="border-collapse:collapse;font-size:12px;">
<tr><td width="40%" style="background:#fafafa;border:1px solid #e5e5e5;">Payment Type</td><td style="border:1px solid #e5e5e5;">GIRO</td></tr>
<tr><td style="background:#fafafa;border:1px solid #e5e5e5;">Scheduled Value Date</td><td style="border:1px solid #e5e5e5;"><b>30 Nov 2025</b></td></tr>
<tr><td style="background:#fafafa;border:1px solid #e5e5e5;">Customer Reference</td><td style="border:1px solid #e5e5e5;">ECS-NOV-PAYRUN-2</td></tr>
<tr><td style="background:#fafafa;border:1px solid #e5e5e5;">Amount</td><td style="border:1px solid #e5e5e5;"><b>SGD 6,780.00</b></td></tr>
<tr><td style="background:#fafafa;border:1px solid #e5e5e5;">Transaction Status</td><td style="border:1px solid #e5e5e5;">Pending - Scheduled</td></tr>
<tr><td style="background:#fafafa;border:1px solid #e5e5e5;">Payment Details</td><td style="border:1px solid #e5e5e5;">MPC-INV-2510-0602</td></tr>
</table>
<p style="margin:18px 0 0 0;font-size:11px;color:#777777;">You will receive a separate advice once the payment has been processed.</p>
</td></tr>
<tr><td style="padding:14px 20px;background:#fafafa;font-size:10px;color:#888888;border-top:1px solid #e5e5e5;">
DBS IDEAL generates this advice at the payer's request; it needs no signature. Replies to this address are not read - direct any question on this transaction to EASTPOINT CLEANROOM SYSTEMS PTE LTD.<br /><br />
DBS Bank Ltd. Co. Reg. No. 196800306E. Never share your IDEAL login or token codes with anyone.
</td></tr>
</table>
</td></tr></table>
</body></html>
"""))

add("PP02", "payment_promise", "en", "html", mk(
    "PP02", "Jurong Island Chemicals - Supplier Payments <supplier.payments@jichem.com.sg>",
    "Upcoming payment notification - payment run of 28.11.2025",
    "Tue, 25 Nov 2025 07:30:00 +0800", xid("PP02", "jichem.com.sg", "{A}.{n}.sapprd"),
    extra=[("X-Mailer", "SAP NetWeaver 7.50"), ("Auto-Submitted", "auto-generated")],
    html="""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<style>body{font-family:Arial,sans-serif;font-size:12px;} th{background:#00447c;color:#fff;text-align:left;padding:4px 8px;} td{padding:4px 8px;border-bottom:1px solid #ddd;}</style></head>
<body>
<p><img src="https://www.jichem.com.sg/assets/img/jic-logo-mail.png" width="160" height="40" alt="Jurong Island Chemicals"></p>
<p>Dear Supplier,</p>
<p>The following open items on your account have been approved and <b>included in our payment proposal</b>. Payment will be executed by bank transfer on <b>28.11.2025</b>. Funds normally reach your account one business day after the execution date.</p>
<table cellspacing="0" cellpadding="0">
<tr><th>Vendor</th><th>Your reference</th><th>Doc. date</th><th>Due date</th><th style="text-align:right;">Amount SGD</th></tr>
<tr><td>0000208813</td><td>MPC-INV-2510-0655</td><td>13.10.2025</td><td>12.11.2025</td><td align="right">11,340.00</td></tr>
<tr><td>0000208813</td><td>MPC-INV-2510-0689</td><td>20.10.2025</td><td>19.11.2025</td><td align="right">2,980.50</td></tr>
<tr><td>0000208813</td><td>MPC-INV-2510-0701</td><td>24.10.2025</td><td>23.11.2025</td><td align="right">5,615.00</td></tr>
<tr><td colspan="4" align="right"><b>Planned payment</b></td><td align="right"><b>19,935.50</b></td></tr>
</table>
<p>Items not listed are either not yet due, blocked for payment, or awaiting a goods receipt.</p>
<p style="color:#888;font-size:11px;">This notification is generated automatically from our ERP system (company code 2100). Please send queries to ap.helpdesk@jichem.com.sg quoting your vendor number.</p>
</body></html>
"""))

add("PP03", "payment_promise", "zh", "html", mk(
    "PP03", "苏州恒泰自动化 - 金蝶云星空 <kingdee-noreply@sz-hengtai.com>",
    "【付款计划通知】Merlion Precision Components Pte Ltd 12月5日付款安排",
    "Mon, 01 Dec 2025 09:00:12 +0800", xid("PP03", "sz-hengtai.com", "kd.{n}.{b}"),
    extra=[("Auto-Submitted", "auto-generated")],
    html="""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:'Microsoft YaHei',sans-serif;font-size:13px;">
<div style="border-left:4px solid #2f7ed8;padding:6px 12px;background:#f4f8fd;margin-bottom:12px;"><b>供应商付款计划通知</b></div>
<p>尊敬的供应商 MERLION PRECISION COMPONENTS PTE LTD：</p>
<p>经我司审批，以下应付单据已列入 <b>2025年12月5日</b> 的付款计划，届时将通过中国银行以电汇方式支付（币种 USD）。实际到账时间以银行处理为准。</p>
<table border="1" cellspacing="0" cellpadding="5" style="border-collapse:collapse;font-size:12px;border-color:#cfd8e3;">
<tr style="background:#e8eef7;"><th>序号</th><th>供应商发票号</th><th>发票日期</th><th>应付金额</th><th>本次计划付款</th></tr>
<tr><td>1</td><td>MPC2510-0204</td><td>2025-10-09</td><td align="right">9,870.00</td><td align="right">9,870.00</td></tr>
<tr><td>2</td><td>MPC2510-0229</td><td>2025-10-16</td><td align="right">14,600.00</td><td align="right">14,600.00</td></tr>
<tr><td>3</td><td>MPC2510-0251</td><td>2025-10-23</td><td align="right">4,185.50</td><td align="right">4,185.50</td></tr>
<tr style="background:#f7f7f7;"><td colspan="4" align="right"><b>合计</b></td><td align="right"><b>28,655.50</b></td></tr>
</table>
<p>如有疑问，请联系财务部 王丽娟（0512-6658 3021）。</p>
<p style="color:#999;font-size:12px;">此邮件由金蝶云星空系统自动发送，请勿直接回复。</p>
</body></html>
"""))

add("PP04", "payment_promise", "en", "html", mk(
    "PP04", "Nicholas Teo <nicholas.teo@sembawangmarine.com.sg>",
    "Proposed instalment plan - outstanding balance SGD 36,900",
    "Wed, 10 Dec 2025 17:48:22 +0800", oid("PP04"),
    html=OL_HEAD % "EN-SG" + """<p class="MsoNormal">Dear Merlion AR team,<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Following my call with your credit controller this morning, I'd like to put our proposal in writing. One of our main customers has delayed a large milestone payment, so we are not able to settle the full overdue balance of <b>SGD 36,900.00</b> in one go.<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">We will pay in three instalments by bank transfer as follows:<o:p></o:p></p>
<table class="MsoNormalTable" border="0" cellspacing="0" cellpadding="0" style="border-collapse:collapse">
<tr><td style="border:solid #A6A6A6 1.0pt;background:#F2F2F2;padding:2pt 8pt"><p class="MsoNormal"><b>Instalment</b><o:p></o:p></p></td><td style="border:solid #A6A6A6 1.0pt;border-left:none;background:#F2F2F2;padding:2pt 8pt"><p class="MsoNormal"><b>Date</b><o:p></o:p></p></td><td style="border:solid #A6A6A6 1.0pt;border-left:none;background:#F2F2F2;padding:2pt 8pt"><p class="MsoNormal"><b>Amount (SGD)</b><o:p></o:p></p></td><td style="border:solid #A6A6A6 1.0pt;border-left:none;background:#F2F2F2;padding:2pt 8pt"><p class="MsoNormal"><b>Invoices</b><o:p></o:p></p></td></tr>
<tr><td style="border:solid #A6A6A6 1.0pt;border-top:none;padding:2pt 8pt"><p class="MsoNormal">1<o:p></o:p></p></td><td style="border-bottom:solid #A6A6A6 1.0pt;border-right:solid #A6A6A6 1.0pt;padding:2pt 8pt"><p class="MsoNormal">19 Dec 2025<o:p></o:p></p></td><td style="border-bottom:solid #A6A6A6 1.0pt;border-right:solid #A6A6A6 1.0pt;padding:2pt 8pt"><p class="MsoNormal">12,300.00<o:p></o:p></p></td><td style="border-bottom:solid #A6A6A6 1.0pt;border-right:solid #A6A6A6 1.0pt;padding:2pt 8pt"><p class="MsoNormal">MPC-INV-2509-0611, 0638<o:p></o:p></p></td></tr>
<tr><td style="border:solid #A6A6A6 1.0pt;border-top:none;padding:2pt 8pt"><p class="MsoNormal">2<o:p></o:p></p></td><td style="border-bottom:solid #A6A6A6 1.0pt;border-right:solid #A6A6A6 1.0pt;padding:2pt 8pt"><p class="MsoNormal">16 Jan 2026<o:p></o:p></p></td><td style="border-bottom:solid #A6A6A6 1.0pt;border-right:solid #A6A6A6 1.0pt;padding:2pt 8pt"><p class="MsoNormal">12,300.00<o:p></o:p></p></td><td style="border-bottom:solid #A6A6A6 1.0pt;border-right:solid #A6A6A6 1.0pt;padding:2pt 8pt"><p class="MsoNormal">MPC-INV-2510-0150<o:p></o:p></p></td></tr>
<tr><td style="border:solid #A6A6A6 1.0pt;border-top:none;padding:2pt 8pt"><p class="MsoNormal">3<o:p></o:p></p></td><td style="border-bottom:solid #A6A6A6 1.0pt;border-right:solid #A6A6A6 1.0pt;padding:2pt 8pt"><p class="MsoNormal">13 Feb 2026<o:p></o:p></p></td><td style="border-bottom:solid #A6A6A6 1.0pt;border-right:solid #A6A6A6 1.0pt;padding:2pt 8pt"><p class="MsoNormal">12,300.00<o:p></o:p></p></td><td style="border-bottom:solid #A6A6A6 1.0pt;border-right:solid #A6A6A6 1.0pt;padding:2pt 8pt"><p class="MsoNormal">MPC-INV-2510-0207, 0244<o:p></o:p></p></td></tr>
</table>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Please confirm this is acceptable. We will of course keep new orders on normal 30-day terms.<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Best regards,<o:p></o:p></p>
<p class="MsoNormal"><b>Nicholas Teo</b><br>Finance Director<br>Sembawang Marine Services Pte Ltd<o:p></o:p></p>
</div>
</body>
</html>
"""))

PP05_T = """Hi Merlion AR,

Thanks for the reminder on MPC-INV-2510-0744 and 0761 (total SGD 9,406.00). Our director signed off the batch yesterday, so the transfer will be made this Friday, 21 November. I'll send the bank advice once it's done.

Regards,
Shanti Krishnan
Accounts Payable
Greenfield Process Engineering Pte Ltd
"""
add("PP05", "payment_promise", "en", "alternative", mk(
    "PP05", "Shanti Krishnan <shanti.k@greenfieldpe.com.sg>",
    "RE: Payment reminder - Greenfield Process Engineering",
    "Tue, 18 Nov 2025 10:06:35 +0800", oid("PP05", "apcprd01", "SI2PR01MB"),
    text=PP05_T, html=ol_html(PP05_T)))

PP06_T = """Merlion 應收帳款部 您好：

關於貴公司 10 月份的兩張發票（MPC-INV-2510-0418 USD 7,320.00、MPC-INV-2510-0452 USD 2,640.00），
本公司已完成內部簽核，預計於 12 月 10 日透過第一銀行電匯付款。

匯出後會再將水單寄給您，謝謝。

陳怡君
台中精機配件股份有限公司 會計課
04-2359-6677 分機 18
"""
add("PP06", "payment_promise", "zh-hant", "alternative", mk(
    "PP06", "陳怡君 <yichun.chen@tcmp.com.tw>",
    "付款日期通知 - MPC-INV-2510-0418 / 0452",
    "Wed, 03 Dec 2025 14:22:16 +0800", oid("PP06", "apcprd02", "TY0PR02MB"),
    text=PP06_T, html=ol_html(PP06_T, lang="ZH-TW")))

PP07_T = """Hi,

Sorry for the late reply on the overdue invoice (MPC-INV-2510-0803, SGD 4,215.00). Our main client delayed paying us, so cash is tight this month.

Could you give us until 15 December? I'll transfer the full amount by PayNow on that day, no later. If it comes in earlier I'll pay earlier.

Thanks for understanding,
Jacob Ng
Ang Mo Kio Metalworks
"""
add("PP07", "payment_promise", "en", "alternative", mk(
    "PP07", "Jacob Ng <jacob.amkmetal@gmail.com>",
    "Re: overdue - can we have till 15 Dec",
    "Mon, 01 Dec 2025 08:47:29 +0800", gid("PP07"),
    text=PP07_T, html=gm_html(PP07_T)))

add("PP08", "payment_promise", "en", "plain", mk(
    "PP08", "Hafiz Rahman <hafiz.rahman@woodlandspa.com.sg>",
    "Corrected invoices approved - payment date",
    "Thu, 20 Nov 2025 11:31:02 +0800", oid("PP08", "apcprd04", "SG2PR04MB"),
    text="""Hi Merlion AR,

The replacement invoices MPC-INV-2511-0102R and MPC-INV-2511-0119R at PO price have been approved on our side. They will be paid in our next payment run on Wednesday 26 November, so you should see SGD 4,870.80 on the 27th.

Regards,
Hafiz
"""))

add("PP09", "payment_promise", "tl", "plain", mk(
    "PP09", "Grace Dela Rosa <grace.delarosa@batangaspower.ph>",
    "Schedule ng bayad - MPC-INV-2510-0288",
    "Thu, 13 Nov 2025 16:10:53 +0800", oid("PP09", "apcprd03", "PU4PR03MB"),
    text="""Hello po,

Natanggap na po namin ang kopya ng invoice MPC-INV-2510-0288. Naaprubahan na rin po ito ng aming GM.

Babayaran po namin ito sa katapusan ng buwan, Nobyembre 28, kasabay ng iba pa naming supplier payments. Ipapadala ko po ang kopya ng wire transfer slip pagkatapos.

Salamat po sa pasensya,
Grace Dela Rosa
Finance Supervisor
Batangas Power Solutions Inc.
"""))

add("PP10", "payment_promise", "de", "plain", mk(
    "PP10", "Jürgen Becker <j.becker@hessen-hydraulik.de>",
    "Ihre Zahlungserinnerung vom 24.11.2025",
    "Tue, 25 Nov 2025 14:41:18 +0100", xid("PP10", "hessen-hydraulik.de"),
    text="""Sehr geehrte Damen und Herren,

vielen Dank für Ihre Erinnerung. Die Rechnungen MPC-INV-2510-0577 (EUR 5.112,00) und MPC-INV-2510-0590 (EUR 3.622,20) sind freigegeben und werden mit unserem nächsten Zahllauf am 04.12.2025 überwiesen.

Wir bitten die Verzögerung zu entschuldigen; die Rechnungen lagen wegen einer fehlenden Wareneingangsbuchung einige Tage in der Prüfung.

Mit freundlichen Grüßen

Jürgen Becker
Finanzbuchhaltung
Hessen Hydraulik KG
"""))

add("PP11", "payment_promise", "en", "plain", mk(
    "PP11", "Sin Huat Hardware Trading <sinhuat.accounts@singnet.com.sg>",
    "cheque for Oct invoices",
    "Thu, 06 Nov 2025 17:25:40 +0800", xid("PP11", "singnet.com.sg"),
    text="""Dear Ms Tan

Our boss will sign the cheque this Saturday. Cheque for SGD 2,864.30 (invoice 2510-0318 and 2510-0342) can be collected from our shop at 14 Kaki Bukit Road 2 on Monday 10 Nov after 10am. Or we can post it if you prefer, let me know.

Thank you
Mdm Lee
Sin Huat Hardware Trading
"""))

PP12_ARIBA = """SAP Business Network

Invoice status update

Orion Medical Systems Asia Pte. Ltd. has updated the status of your invoice.

Invoice number: MPC-INV-2510-0190
Invoice date: 6 Oct 2025
Purchase order: 4500869950
Amount: 14,376.00 SGD
New status: Approved

Payment will follow the terms of your agreement with the buyer. Log in to your account to see the full invoice history.

Sent by SAP Business Network for Orion Medical Systems Asia Pte. Ltd. - do not reply."""
PP12_Q1 = """Hi Kevin / Orion AP,

Please see the SAP Business Network notice below. MPC-INV-2510-0190 was approved on 14 October but we still have not received the payment, and it is now 26 days past due. Could you check why it was not paid and advise a payment date?

Thank you,
Grace Tan
Accounts Receivable
Merlion Precision Components Pte Ltd

""" + olq("SAP Business Network <ordersender-prod@ansmtp.ariba.com>", "Tuesday, 14 October 2025 6:02 AM",
          "receivables@merlionprecision.com.sg", "Orion Medical Systems Asia Pte. Ltd. updated the status of invoice MPC-INV-2510-0190", PP12_ARIBA)
PP12_T = """Hi Grace,

I checked with our payments team. The invoice is approved, but it was held out of the last two runs because our vendor master flagged a bank account verification on your record, which has now been cleared.

It's released for our next payment run on Thursday 4 December, so you should receive the funds on 5 December.

Apologies for the inconvenience.

Regards,
Joanne Lee
Accounts Payable Specialist
Orion Medical Systems Asia Pte. Ltd.
1 Science Park Road #04-12, Singapore 117528

""" + olq("Grace Tan <receivables@merlionprecision.com.sg>", "Monday, 1 December 2025 10:14 AM",
          "ap.sg@orionmedsys.com", "FW: Orion Medical Systems Asia Pte. Ltd. updated the status of invoice MPC-INV-2510-0190", PP12_Q1)
add("PP12", "payment_promise", "en", "reply", mk(
    "PP12", "Joanne Lee <joanne.lee@orionmedsys.com>",
    "RE: Orion Medical Systems Asia Pte. Ltd. updated the status of invoice MPC-INV-2510-0190",
    "Tue, 02 Dec 2025 09:55:41 +0800", oid("PP12", "apcprd01", "SEZPR01MB"),
    irt=xid("PP12-q", "merlionprecision.com.sg"),
    extra=[("Thread-Topic", "Orion Medical Systems Asia Pte. Ltd. updated the status of invoice MPC-INV-2510-0190")],
    text=PP12_T, html=ol_html(PP12_T)))

PP13_T = """Merlion Precision Components Pte Ltd
ご担当者様

いつもお世話になっております。浜松テクノパーツ経理の鈴木でございます。

ご連絡いただいた請求書 MPC-INV-2510-0276（\u00a5968,000）につきまして、
社内の稟議が本日承認されましたので、今月末 11月28日（金）にお振込みさせていただく予定です。

お支払いが遅れており、大変ご迷惑をおかけいたしました。
振込完了後、改めてご連絡いたします。

引き続きよろしくお願い申し上げます。

株式会社浜松テクノパーツ
経理部　鈴木 健一

-----Original Message-----
From: Merlion Receivables <receivables@merlionprecision.com.sg>
Sent: Tuesday, November 18, 2025 10:00 AM
To: 鈴木 健一 <k.suzuki@hamamatsu-technoparts.co.jp>
Subject: Reminder: invoice MPC-INV-2510-0276 overdue

Dear Mr. Suzuki,

Invoice MPC-INV-2510-0276 for JPY 968,000 was due on 10 November 2025. We have not yet received payment. Could you please let us know when we can expect it?

Best regards,
Accounts Receivable
Merlion Precision Components Pte Ltd
"""
add("PP13", "payment_promise", "ja", "reply", mk(
    "PP13", "鈴木 健一 <k.suzuki@hamamatsu-technoparts.co.jp>",
    "RE: Reminder: invoice MPC-INV-2510-0276 overdue",
    "Wed, 19 Nov 2025 13:30:21 +0900", oid("PP13", "jpnprd01", "OS3PR01MB"),
    irt=xid("PP13-q", "merlionprecision.com.sg"),
    text=PP13_T))

PP14_Q2 = """Good morning,

Our AP inbox is missing two of your October invoices, MPC-INV-2510-0411 and MPC-INV-2510-0436. Would you mind resending them?

Melissa Tan
Senior AP Executive, Tuas Offshore Fabricators"""
PP14_Q1 = """Hi Melissa,

Copies of both invoices attached. Kindly note they fall due on 14 and 21 November respectively.

Regards,
Jasmine Koh
Accounts Receivable, Merlion Precision Components

""" + olq("Melissa Tan <melissa.tan@tuasoffshore.com.sg>", "Monday, 10 November 2025 9:20 AM",
          "Merlion Receivables <receivables@merlionprecision.com.sg>", "Invoice copies - Tuas Offshore", PP14_Q2)
PP14_Q0 = """Hi Melissa,

Following up - both invoices are now past due. Could you share the payment status?

Jasmine

""" + olq("Jasmine Koh <receivables@merlionprecision.com.sg>", "Monday, 10 November 2025 2:45 PM",
          "Melissa Tan <melissa.tan@tuasoffshore.com.sg>", "RE: Invoice copies - Tuas Offshore", PP14_Q1)
PP14_T = """Hi Jasmine,

Apologies, these slipped because the copies arrived after our November cut-off. Both invoices (SGD 18,204.00 in total) are now in the system and will go out on 3 December together with your November invoices.

Regards,
Melissa Tan
Senior AP Executive
Tuas Offshore Fabricators Pte Ltd

""" + olq("Jasmine Koh <receivables@merlionprecision.com.sg>", "Wednesday, 26 November 2025 11:08 AM",
          "Melissa Tan <melissa.tan@tuasoffshore.com.sg>", "RE: Invoice copies - Tuas Offshore", PP14_Q0)
add("PP14", "payment_promise", "en", "reply", mk(
    "PP14", "Melissa Tan <melissa.tan@tuasoffshore.com.sg>",
    "RE: Invoice copies - Tuas Offshore",
    "Wed, 26 Nov 2025 15:52:09 +0800", oid("PP14", "apcprd01", "SI2PR01MB"),
    to="Jasmine Koh <receivables@merlionprecision.com.sg>",
    irt=oid("PP14-q0"), refs=oid("PP14-q2", "apcprd01", "SI2PR01MB") + " " + oid("PP14-q1") + " " + oid("PP14-q0"),
    extra=[("Thread-Topic", "Invoice copies - Tuas Offshore")],
    text=PP14_T, html=ol_html(PP14_T)))

PP15_T = """Hi po Ma'am,

Pasensya na po sa delay. Na-approve na po ni Sir Ramon ang dalawang invoice (25-10512 at 25-10538, kabuuang USD 8,145.00). Ipoproseso po namin ang bayad sa Biyernes, Disyembre 5, sa pamamagitan ng BDO wire transfer. Ipapadala ko po ang reference number pagkatapos.

Salamat po,
Maricel Dizon
Accounts Payable
Calamba Electronics Manufacturing Corp.

""" + gq("On Mon, Dec 1, 2025 at 9:00 AM Merlion Receivables <receivables@merlionprecision.com.sg> wrote:", """Dear Ms Dizon,

Our records show invoices 25-10512 (USD 5,310.00) and 25-10538 (USD 2,835.00) are overdue by more than 20 days. Kindly advise when payment will be made.

Regards,
Accounts Receivable
Merlion Precision Components Pte Ltd""")
add("PP15", "payment_promise", "tl", "reply", mk(
    "PP15", "Maricel Dizon <mdizon@calambaems.com.ph>",
    "Re: Overdue invoices 25-10512 / 25-10538",
    "Tue, 02 Dec 2025 10:44:37 +0800", xid("PP15", "calambaems.com.ph"),
    irt=xid("PP15-q", "merlionprecision.com.sg"),
    text=PP15_T))

PP16_T = """您好，

发票PDF已经收到，谢谢。三张发票已经录入系统并完成审批，我们安排在下周三（11月5日）统一电汇付款，合计 USD 17,825.00。汇出后我会把银行水单发给您。

孙浩
天津北辰机电设备有限公司 财务部

发件人: Merlion Receivables <receivables@merlionprecision.com.sg>
发送时间: 2025年10月28日 14:20
收件人: 孙浩 <sunhao@tj-beichen.com>
主题: RE: 回复: Outstanding invoices - Tianjin Beichen

Dear Mr Sun,

As requested, we have re-sent the three invoices (MPC-INV-2509-0419, MPC-INV-2509-0437, MPC-INV-2510-0012) as PDF attachments to this email. Please confirm receipt.

Regards,
Accounts Receivable
Merlion Precision Components Pte Ltd
"""
add("PP16", "payment_promise", "zh", "reply", mk(
    "PP16", "孙浩 <sunhao@tj-beichen.com>",
    "回复: RE: 回复: Outstanding invoices - Tianjin Beichen",
    "Thu, 30 Oct 2025 10:05:44 +0800", xid("PP16", "tj-beichen.com"),
    irt=xid("PP16-q", "merlionprecision.com.sg"),
    extra=[("X-Mailer", "Foxmail 7.2.25.375[cn]")],
    text=PP16_T))

PP17_Q = """Dear Mr Chia,

Your account shows SGD 11,460.00 overdue across four invoices, the oldest being 74 days past due (MPC-INV-2508-0722). We have placed new orders on hold pending settlement.

Please contact us to arrange payment.

Credit Control
Merlion Precision Components Pte Ltd"""
PP17_T = """Hi,

Understand. Business has been slow since the project at Tuas was cancelled. We can't do the whole amount at once but here is what we will do:

- 12 Dec 2025: SGD 4,000
- 9 Jan 2026: SGD 4,000
- 6 Feb 2026: SGD 3,460 (balance)

Each by bank transfer. Can you release the new order for the collet chucks once the first payment is in? Please confirm the plan works.

Raymond Chia
Tampines Tooling

""" + gq("On Thu, 4 Dec 2025 at 10:30, Merlion Credit Control <receivables@merlionprecision.com.sg> wrote:", PP17_Q)
add("PP17", "payment_promise", "en", "reply", mk(
    "PP17", "Raymond Chia <raymond@tampinestooling.sg>",
    "Re: Account on hold - Tampines Tooling",
    "Fri, 05 Dec 2025 07:58:12 +0800", xid("PP17", "tampinestooling.sg"),
    irt=xid("PP17-q", "merlionprecision.com.sg"),
    extra=[("X-Mailer", "Apple Mail (2.3826.200.121)")],
    text=PP17_T))

PP18_Q2 = """Dear Merlion AR,

On MPC-INV-2511-0122 you added USD 290.00 for sea freight, but PO BPT-PO-25-0838 was placed on DAP Batam terms like the previous order. Kindly credit that line; we will settle the goods value of USD 12,450.00.

Regards,
Rina Kusumawati
AP Officer | PT Batam Presisi Teknik"""
PP18_Q1 = """Dear Rina,

Our sales team confirmed the DAP terms. Credit note MPC-CN-2511-0031 for USD 290.00 is attached to this email.

Regards,
Accounts Receivable
Merlion Precision Components Pte Ltd

""" + olq("Rina Kusumawati <rina.k@batampresisi.co.id>", "Monday, 24 November 2025 11:28 AM",
          "Merlion Receivables <receivables@merlionprecision.com.sg>", "Invoice MPC-INV-2511-0122 - freight charge", PP18_Q2)
PP18_T = """Dear Merlion AR,

Thank you, the credit note has been received and booked. The net balance of USD 12,450.00 on MPC-INV-2511-0122 is approved and will be paid by TT on 12 December 2025 in our mid-month run.

Regards,
Rina Kusumawati
AP Officer | PT Batam Presisi Teknik

""" + olq("Merlion Receivables <receivables@merlionprecision.com.sg>", "Friday, 28 November 2025 4:02 PM",
          "Rina Kusumawati <rina.k@batampresisi.co.id>", "RE: Invoice MPC-INV-2511-0122 - freight charge", PP18_Q1)
add("PP18", "payment_promise", "en", "reply", mk(
    "PP18", "Rina Kusumawati <rina.k@batampresisi.co.id>",
    "RE: Invoice MPC-INV-2511-0122 - freight charge",
    "Mon, 01 Dec 2025 09:15:30 +0700", oid("PP18", "apcprd03", "KL1PR03MB"),
    irt=xid("PP18-q1", "merlionprecision.com.sg"),
    text=PP18_T, html=ol_html(PP18_T)))

add("PP19", "payment_promise", "en", "forward", mk(
    "PP19", "Benedict Chua <benedict.chua@pacrimdrilling.com>",
    "FW: Payment run 2 Dec - approval",
    "Fri, 28 Nov 2025 16:34:50 +0800", oid("PP19"),
    text="""Hi Merlion AR,

As promised on the phone, see the approval below - your three invoices are in the 2 December run. Funds should arrive 3-4 December depending on the correspondent bank.

Benedict Chua
AP Operations, Pacific Rim Drilling Services

-----Original Message-----
From: Treasury PRD <treasury@pacrimdrilling.com>
Sent: Friday, 28 November 2025 3:50 PM
To: Benedict Chua <benedict.chua@pacrimdrilling.com>
Subject: Payment run 2 Dec - approval

Benedict,

CFO has approved the 2 Dec USD payment run (batch PR-2025-1202-USD, 41 vendors, USD 1.26m). Included for vendor 30058 Merlion Precision:
  MPC-INV-2510-0247   USD 9,870.00
  MPC-INV-2510-0340   USD 2,115.50
  MPC-INV-2510-0063   USD 4,420.00
Files will be released to Citi on Tuesday morning.

Treasury
"""))

add("PP20", "payment_promise", "en", "attachment", mk(
    "PP20", "Vanessa Lau <vanessa.lau@apexpharmapack.com.sg>",
    "Planned payment dates for open invoices",
    "Wed, 12 Nov 2025 12:03:27 +0800", oid("PP20"),
    text="""Hi Merlion AR,

Following our reconciliation, I've attached the schedule showing when each of your open invoices will be paid. Payments are by GIRO on the dates in column E.

Regards,
Vanessa Lau
Accounts Executive
Apex Pharma Packaging Pte Ltd
""",
    atts=[att("Merlion_payment_schedule_Nov-Dec2025.xlsx", xlsx([
        ["Invoice", "Invoice date", "Amount SGD", "Due date", "Planned payment date"],
        ["MPC-INV-2510-0118", "2025-10-06", 3420.0, "2025-11-05", "2025-11-19"],
        ["MPC-INV-2510-0201", "2025-10-15", 5180.5, "2025-11-14", "2025-11-19"],
        ["MPC-INV-2510-0266", "2025-10-22", 2210.0, "2025-11-21", "2025-12-03"],
        ["MPC-INV-2511-0014", "2025-11-03", 6940.0, "2025-12-03", "2025-12-17"]], "Schedule"),
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")]))

# =====================================================================
# AUTO REPLY
# =====================================================================

add("AU01", "auto_reply", "en", "html", mk(
    "AU01", "Coastal Instruments AP Support <apsupport@coastalinstruments.freshdesk.com>",
    "Ticket Received - [#38214] RE: Disputed invoice MPC-INV-2511-0357 - incorrect quantity",
    "Fri, 21 Nov 2025 14:03:27 +0800", xid("AU01", "coastalinstruments.freshdesk.com", "{a}.{n}@freshdesk"),
    extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"), ("Precedence", "bulk"),
           ("X-Freshdesk-Ticket-ID", "38214")],
    html="""<html><head><meta charset="utf-8"></head>
<body style="font-family:'Helvetica Neue',Helvetica,Arial,sans-serif;font-size:14px;color:#12344d;">
<div style="display:none;max-height:0;overflow:hidden;">We've received your message and logged it as ticket #38214.</div>
<div style="max-width:620px;">
<p>Dear Merlion Receivables,</p>
<p>Thank you for contacting Coastal Instruments Accounts Payable. This is an automated acknowledgement: your message has been added to ticket <b>#38214</b>. One of our AP analysts will respond within <b>3 business days</b>. Please keep the ticket number in the subject line of any further emails so they are kept together.</p>
<p>You can check the status of your ticket at <a href="https://coastalinstruments.freshdesk.com/support/tickets/38214">https://coastalinstruments.freshdesk.com/support/tickets/38214</a>.</p>
<p>Regards,<br>Coastal Instruments AP Support</p>
<hr style="border:none;border-top:1px solid #dadfe3;">
<p style="color:#6f7c87;font-size:12px;">Ticket #38214 &mdash; original request:</p>
<blockquote style="border-left:3px solid #dadfe3;margin:0;padding-left:12px;color:#475867;font-size:13px;">
<p><b>From:</b> Lydia Chong &lt;lydia.chong@coastalinstruments.com&gt;<br><b>Subject:</b> Disputed invoice MPC-INV-2511-0357 - incorrect quantity</p>
<p>Hi Merlion,</p>
<p>We are disputing MPC-INV-2511-0357. The invoice shows 240 pcs of probe holders at SGD 28.50, but our GRN shows only 200 pcs received. Please issue a credit note for 40 pcs (SGD 1,140.00) before we can process payment. We have logged this in our AP helpdesk for tracking.</p>
<p>Lydia Chong, AP Analyst</p>
</blockquote>
<p style="color:#9aa5ad;font-size:11px;margin-top:24px;">This email is a service from Coastal Instruments AP Support. Delivered by <a href="https://www.freshworks.com/freshdesk/" style="color:#9aa5ad;">Freshdesk</a>.</p>
</div>
<img src="https://coastalinstruments.freshdesk.com/email/track/open/38214/9f2a7c.png" width="1" height="1" alt="">
</body></html>
"""))

add("AU02", "auto_reply", "en", "html", mk(
    "AU02", "Larsen Aerostructures AP Helpdesk <aphelp@larsenaero.zendesk.com>",
    "[Larsen AP] Re: Statement of account - Larsen Aerostructures - Oct 2025",
    "Mon, 03 Nov 2025 09:01:44 +0800", xid("AU02", "larsenaero.zendesk.com", "{A}_{n}_sprut"),
    extra=[("Auto-Submitted", "auto-replied"), ("X-Zendesk-From-Account-Id", "7a31c2"), ("Precedence", "bulk")],
    html="""<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"></head>
<body style="margin:0;padding:0;background:#ffffff;">
<div style="display:none;font-size:1px;max-height:0;overflow:hidden;">Your request (#55102) has been received and is being reviewed by our support staff.</div>
<table width="100%" cellpadding="0" cellspacing="0" border="0" style="font-family:'Lucida Grande','Lucida Sans Unicode',Tahoma,sans-serif;font-size:14px;line-height:1.5;color:#444444;">
<tr><td style="padding:15px;">
<div style="color:#b5b5b5;">##- Please type your reply above this line -##</div>
<p>Your request (#55102) has been received and is being reviewed by our support staff.</p>
<p>To add additional comments, reply to this email.</p>
<p>Our team is working through a high volume of month-end requests. Statements and reconciliation items are handled in the order received.</p>
<p style="color:#999999;font-size:12px;border-top:1px solid #eeeeee;padding-top:10px;">This email is a service from Larsen Aerostructures AP Helpdesk. Delivered by <a href="https://www.zendesk.com" style="color:#999999;">Zendesk</a></p>
<span style="color:#FFFFFF;font-size:1px;">[M9Q2XK-7RDV]</span>
</td></tr></table>
</body></html>
"""))

add("AU03", "auto_reply", "en", "html", mk(
    "AU03", "Orion Global Business Services <gbs-finance@orionmedsys.service-now.com>",
    "Case CS0048213 has been opened on your behalf",
    "Thu, 06 Nov 2025 02:14:08 +0000", xid("AU03", "orionmedsys.service-now.com", "{n}.{b}.JavaMail.glide"),
    extra=[("Auto-Submitted", "auto-generated"), ("X-ServiceNow-Source", "EmailInbound"), ("X-ServiceNow-SysEmail-Version", "2")],
    html="""<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head>
<body>
<div style="font-family:Arial,Helvetica,sans-serif;font-size:10pt;">
<table style="width:600px;border-collapse:collapse;">
<tr><td style="background:#293e40;padding:12px;"><span style="color:#ffffff;font-size:14pt;">Orion GBS &ndash; Finance Operations</span></td></tr>
<tr><td style="padding:14px;">
<p>Hello,</p>
<p>Thank you for your email. A case has been created and assigned to the <b>Procure-to-Pay Vendor Support</b> team.</p>
<table style="border-collapse:collapse;font-size:10pt;">
<tr><td style="padding:3px 12px 3px 0;color:#666;">Case number</td><td><b>CS0048213</b></td></tr>
<tr><td style="padding:3px 12px 3px 0;color:#666;">Short description</td><td>Invoices MPC-INV-2511-0041 to 0044 - Merlion Precision Components</td></tr>
<tr><td style="padding:3px 12px 3px 0;color:#666;">State</td><td>New</td></tr>
<tr><td style="padding:3px 12px 3px 0;color:#666;">Target response</td><td>5 business days</td></tr>
</table>
<p>You do not need to send your message again. To add information, reply to this email without changing the subject line. Please note: invoices sent to this mailbox are <b>not</b> automatically processed for payment; they are forwarded to our scanning centre.</p>
<p>Ref:MSG6613820_Jw1kPqR4sTAyx0</p>
</td></tr>
<tr><td style="padding:10px 14px;font-size:8pt;color:#888;border-top:1px solid #ddd;">This is an automated message from Orion Global Business Services. Unsubscribe from case notifications is not available for external users.</td></tr>
</table>
</div>
<img src="https://orionmedsys.service-now.com/email_display_image.do?sysparm_id=6613820" width="1" height="1" alt="">
</body></html>
"""))

add("AU04", "auto_reply", "en", "html", mk(
    "AU04", "Melissa Tan <melissa.tan@tuasoffshore.com.sg>",
    "Automatic reply: Statement of account - Tuas Offshore Fabricators - Dec 2025",
    "Mon, 22 Dec 2025 09:00:31 +0800", oid("AU04", "apcprd01", "SI2PR01MB"),
    extra=[("Auto-Submitted", "auto-replied"), ("X-MS-Exchange-Inbox-Rules-Loop", "melissa.tan@tuasoffshore.com.sg"),
           ("X-Auto-Response-Suppress", "All"), ("X-MS-Exchange-Organization-AutoResponse", "OOF")],
    html="""<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style>
</head>
<body dir="ltr">
<div style="font-family: Calibri, Arial, Helvetica, sans-serif; font-size: 11pt; color: rgb(0, 0, 0);">
Thank you for your email.</div>
<div style="font-family: Calibri, Arial, Helvetica, sans-serif; font-size: 11pt; color: rgb(0, 0, 0);"><br></div>
<div style="font-family: Calibri, Arial, Helvetica, sans-serif; font-size: 11pt; color: rgb(0, 0, 0);">
I am on annual leave from 22 December 2025 and will return on 5 January 2026, with limited access to email.</div>
<div style="font-family: Calibri, Arial, Helvetica, sans-serif; font-size: 11pt; color: rgb(0, 0, 0);"><br></div>
<div style="font-family: Calibri, Arial, Helvetica, sans-serif; font-size: 11pt; color: rgb(0, 0, 0);">
For urgent payment or invoice queries, please contact Ms Lim Pei Shan at <a href="mailto:peishan.lim@tuasoffshore.com.sg">peishan.lim@tuasoffshore.com.sg</a> or the AP team at <a href="mailto:ap@tuasoffshore.com.sg">ap@tuasoffshore.com.sg</a>. Your email will not be forwarded.</div>
<div style="font-family: Calibri, Arial, Helvetica, sans-serif; font-size: 11pt; color: rgb(0, 0, 0);"><br></div>
<div style="font-family: Calibri, Arial, Helvetica, sans-serif; font-size: 11pt; color: rgb(0, 0, 0);">
Season's greetings,<br>Melissa Tan</div>
</body>
</html>
"""))

add("AU05", "auto_reply", "zh", "html", mk(
    "AU05", "周敏 <zhoumin@dg-ruifeng.cn>",
    "自动回复: Payment reminder - Dongguan Ruifeng - Sept invoices",
    "Thu, 02 Oct 2025 09:00:12 +0800", xid("AU05", "dg-ruifeng.cn"),
    extra=[("Auto-Submitted", "auto-replied"), ("X-Mailer", "Coremail Webmail Server Version 2023.2.1")],
    html="""<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head>
<body><div style="font-family:'微软雅黑';font-size:14px;line-height:1.7;">
<p>您好！</p>
<p>国庆中秋假期（10月1日至10月8日）期间我不在办公室，邮件将在10月9日上班后统一处理。</p>
<p>紧急事务请联系财务部座机 0769-8562 0018，或发邮件至 caiwu@dg-ruifeng.cn。</p>
<p>祝节日快乐！</p>
<p>周敏<br>东莞瑞丰精密模具有限公司</p>
<p style="color:#999;font-size:12px;">（此邮件为自动回复）</p>
</div></body></html>
"""))

AU06_T = """Hi,

Thanks for your message. I'm away on reservist duty until 14 November and won't be checking email regularly.

For anything about Brightline orders or invoices, please WhatsApp our office at 6747 2210 or email admin@brightlinefitout.sg.

Wei An
"""
add("AU06", "auto_reply", "en", "alternative", mk(
    "AU06", "Goh Wei An <weian.goh@gmail.com>",
    "Away until 14 Nov",
    "Tue, 04 Nov 2025 10:02:55 +0800", gid("AU06"),
    extra=[("Auto-Submitted", "auto-replied")],
    irt=xid("AU06-q", "merlionprecision.com.sg"),
    text=AU06_T, html=gm_html(AU06_T)))

AU07_T = """Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 9. Januar 2026 nicht im Büro. Ihre E-Mail wird nicht weitergeleitet.

In dringenden Fällen wenden Sie sich bitte an unsere Kreditorenbuchhaltung unter kreditoren@rheinwerk-antriebe.de oder telefonisch unter +49 621 43 770-300.

Mit freundlichen Grüßen
Katrin Vogler

Thank you for your message. I am out of the office until 9 January 2026. For urgent matters please contact kreditoren@rheinwerk-antriebe.de.
"""
add("AU07", "auto_reply", "de", "alternative", mk(
    "AU07", "Katrin Vogler <k.vogler@rheinwerk-antriebe.de>",
    "Automatische Antwort: Statement of account - Rheinwerk Antriebstechnik - Dec 2025",
    "Tue, 23 Dec 2025 02:00:48 +0100", oid("AU07", "eurprd04", "FR3P281MB"),
    extra=[("Auto-Submitted", "auto-replied"), ("X-MS-Exchange-Organization-AutoResponse", "OOF"), ("X-Auto-Response-Suppress", "All")],
    text=AU07_T, html=ol_html(AU07_T, lang="DE")))

AU08_T = """Thank you for contacting Vantage Semiconductor Accounts Payable.

We have received your email. This mailbox is handled by our shared services centre in Kuala Lumpur; we aim to respond to supplier queries within 5 business days.

Before you write again, please note:
- Invoice status and remittance details are available 24/7 in the Coupa Supplier Portal.
- Invoices must be submitted through Coupa; invoices sent to this address will not be processed.
- Bank detail changes are only accepted via the Coupa Supplier Portal.

This is an automated response. Please do not reply to this message.

Vantage Semiconductor Equipment - AP Shared Services
"""
add("AU08", "auto_reply", "en", "alternative", mk(
    "AU08", "Vantage AP Shared Services <ap.sharedservices@vantagesemi.com>",
    "We have received your email [ref: VSE-AP-2025-118402]",
    "Wed, 19 Nov 2025 06:12:09 +0000", oid("AU08", "apcprd06", "TYSPR06MB"),
    extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"), ("Precedence", "bulk")],
    text=AU08_T,
    html=kv_html("VANTAGE <span style=\"font-weight:normal;font-size:13px;\">Accounts Payable</span>", "#4b2e83",
                 "We have received your email",
                 ["Thank you for contacting Vantage Semiconductor Accounts Payable.",
                  "We have received your email. This mailbox is handled by our shared services centre in Kuala Lumpur; we aim to respond to supplier queries within 5 business days.",
                  "Before you write again, please note:<ul><li>Invoice status and remittance details are available 24/7 in the Coupa Supplier Portal.</li><li>Invoices must be submitted through Coupa; invoices sent to this address will not be processed.</li><li>Bank detail changes are only accepted via the Coupa Supplier Portal.</li></ul>"],
                 [("Reference", "VSE-AP-2025-118402")], [],
                 "This is an automated response. Please do not reply to this message. Vantage Semiconductor Equipment - AP Shared Services.")))

AU09_T = """Merlion Precision Components Pte Ltd
ご担当者様

メールありがとうございます。
誠に恐れ入りますが、12月27日（土）から1月4日（日）まで年末年始休暇のため不在にしております。
いただいたメールは1月5日（月）以降、順次確認させていただきます。

お急ぎの場合は、購買部代表（052-613-2200）までご連絡ください。

株式会社名古屋ロボティクス
購買部　佐藤 美咲
"""
add("AU09", "auto_reply", "ja", "alternative", mk(
    "AU09", "佐藤 美咲 <m.sato@nagoya-robotics.co.jp>",
    "自動応答: Credit note MPC-CN-2512-0008 - Nagoya Robotics",
    "Mon, 29 Dec 2025 10:14:06 +0900", oid("AU09", "jpnprd01", "TYCPR01MB"),
    extra=[("Auto-Submitted", "auto-replied"), ("X-MS-Exchange-Organization-AutoResponse", "OOF")],
    text=AU09_T, html=ol_html(AU09_T, lang="JA")))

add("AU10", "auto_reply", "en", "plain", mk(
    "AU10", "Sentosa Lab Automation Invoices <invoices@sentosalab.com.sg>",
    "Automatic reply: Invoice MPC-INV-2512-0107 - Sentosa Lab Automation",
    "Tue, 09 Dec 2025 11:20:03 +0800", oid("AU10"),
    extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
    text="""This mailbox is no longer monitored and will be closed on 31 December 2025.

Emails sent to invoices@sentosalab.com.sg are not read or forwarded. Please resend your invoice, statement or query to finance@sentosalab.com.sg.

Thank you,
Sentosa Lab Automation Pte Ltd
"""))

add("AU11", "auto_reply", "tl", "plain", mk(
    "AU11", "Ana Liza Manalo <analiza.manalo@lagunaautoparts.com.ph>",
    "Automatic reply: Statement of account - Laguna Autoparts - Nov 2025",
    "Mon, 01 Dec 2025 08:00:17 +0800", oid("AU11", "apcprd03", "PU4PR03MB"),
    extra=[("Auto-Submitted", "auto-replied"), ("X-MS-Exchange-Organization-AutoResponse", "OOF")],
    text="""Magandang araw po!

Naka-leave po ako mula Disyembre 1 hanggang Disyembre 5 at hindi ko po mababasa ang mga email sa panahong ito. Babalikan ko po ang inyong mensahe pagbalik ko sa Disyembre 8.

Para sa mga agarang bagay tungkol sa bayarin o invoice, makipag-ugnayan po kay Rodel Bautista (rbautista@lagunaautoparts.com.ph).

Salamat po,
Ana Liza Manalo
"""))

add("AU12", "auto_reply", "en", "plain", mk(
    "AU12", "Priscilla Wong <priscilla.wong@vantagesemi.com>",
    "Automatic reply: Overdue invoices - Vantage Semiconductor Equipment",
    "Thu, 13 Nov 2025 09:30:22 +0800", oid("AU12", "apcprd06", "TYSPR06MB"),
    extra=[("Auto-Submitted", "auto-replied"), ("X-MS-Exchange-Organization-AutoResponse", "OOF")],
    text="""Hello,

I am on maternity leave until 2 March 2026.

During this time please direct accounting matters to Jeffrey Ho (jeffrey.ho@vantagesemi.com). Supplier payment questions should go to ap.sharedservices@vantagesemi.com.

Best,
Priscilla
"""))

add("AU13", "auto_reply", "zh", "plain", mk(
    "AU13", "陈静 <chenjing@nb-oriental-hyd.com>",
    "自动回复: Statement of account - Ningbo Oriental Hydraulics",
    "Wed, 03 Dec 2025 08:30:00 +0800", xid("AU13", "nb-oriental-hyd.com"),
    extra=[("Auto-Submitted", "auto-replied")],
    text="""您好，本人已于2025年11月30日离职，此邮箱不再使用，邮件不会被转发。

财务相关事宜请联系新的负责人 吴婷婷：wutt@nb-oriental-hyd.com，电话 0574-8791 2266。

宁波东方液压件有限公司
"""))

# ---- delivery / disposition reports
AU14_ORIG_H = """Return-Path: <receivables@merlionprecision.com.sg>
Received: from SG2PR06MB5003.apcprd06.prod.outlook.com (mail-sg2apc01on2120.outbound.protection.outlook.com [40.107.215.120])
\tby mx1.lohengineering.com.sg (Postfix) with ESMTPS id 4dQk2L0x3Yz9sWq
\tfor <accounts@lohengineering.com.sg>; Mon,  3 Nov 2025 09:00:04 +0800 (+08)
From: Merlion Receivables <receivables@merlionprecision.com.sg>
To: accounts@lohengineering.com.sg
Subject: Statement of account - Loh Engineering Works - Oct 2025
Date: Mon, 3 Nov 2025 01:00:01 +0000
Message-ID: """ + oid("AU14-orig") + """
Content-Type: multipart/mixed; boundary="_004_SG2PR06MB5003_"
MIME-Version: 1.0"""
add("AU14", "auto_reply", "en", "report", report(
    "AU14", "Mail Delivery System <MAILER-DAEMON@mx1.lohengineering.com.sg>",
    AR, "Undelivered Mail Returned to Sender", "Mon, 03 Nov 2025 09:00:05 +0800",
    "<20251103010005.7F1A2C0B41@mx1.lohengineering.com.sg>", "delivery-status",
    [part_text("""This is the mail system at host mx1.lohengineering.com.sg.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<accounts@lohengineering.com.sg>: unknown user: "accounts"
"""),
     part_fields("delivery-status", """Reporting-MTA: dns; mx1.lohengineering.com.sg
X-Postfix-Queue-ID: 4dQk2L0x3Yz9sWq
X-Postfix-Sender: rfc822; receivables@merlionprecision.com.sg
Arrival-Date: Mon,  3 Nov 2025 09:00:04 +0800 (+08)

Final-Recipient: rfc822; accounts@lohengineering.com.sg
Original-Recipient: rfc822;accounts@lohengineering.com.sg
Action: failed
Status: 5.1.1
Diagnostic-Code: X-Postfix; unknown user: "accounts"
"""),
     part_rfc822_headers(AU14_ORIG_H)],
    extra=[("Auto-Submitted", "auto-replied")]))

AU15_ORIG = inner(
    "Merlion Receivables <receivables@merlionprecision.com.sg>", "Hendra Wijaya <hendra.wijaya@batampresisi.co.id>",
    "Overdue reminder - PT Batam Presisi Teknik - MPC-INV-2509-0201", "Mon, 20 Oct 2025 09:00:00 +0800", oid("AU15-orig"),
    text="""Dear Mr Wijaya,

Invoice MPC-INV-2509-0201 (USD 9,880.00) is now 12 days overdue. Please arrange payment or let us know if there is any problem with the invoice.

Regards,
Accounts Receivable
Merlion Precision Components Pte Ltd
""")
AU15_TXT = """Your message to hendra.wijaya@batampresisi.co.id couldn't be delivered.

hendra.wijaya wasn't found at batampresisi.co.id.

receivables     Office 365      hendra.wijaya
Action Required                 Recipient

Unknown To address

How to Fix It
The address may be misspelled or may not exist. Try one or more of the following:
- Retype the recipient's address, then resend the message.
- If you continue to experience the problem, contact the recipient by some other means.

More Info for Email Admins
Status code: 550 5.1.10
This error occurs because the recipient's email address doesn't exist at the destination domain.

Original Message Details
Created Date:   20/10/2025 1:00:00 AM
Sender Address: receivables@merlionprecision.com.sg
Recipient Address:      hendra.wijaya@batampresisi.co.id
Subject:        Overdue reminder - PT Batam Presisi Teknik - MPC-INV-2509-0201

Error Details
Error:  550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup
Message rejected by:    KL1PR03MB7012.apcprd03.prod.outlook.com
"""
AU15_HTML = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body dir="ltr" lang="en-US">
<table cellspacing="0" cellpadding="0" style="width:100%;max-width:548px;border-collapse:collapse;">
<tr><td style="font-family:'Segoe UI',Frutiger,Arial,sans-serif;font-size:16px;color:#000000;padding:20px 0 10px;">Your message to <a href="mailto:hendra.wijaya@batampresisi.co.id">hendra.wijaya@batampresisi.co.id</a> couldn't be delivered.</td></tr>
<tr><td style="font-family:'Segoe UI',Frutiger,Arial,sans-serif;font-size:20px;color:#c00000;padding-bottom:16px;"><b>hendra.wijaya</b> wasn't found at <b>batampresisi.co.id</b>.</td></tr>
<tr><td>
<table style="width:100%;border-collapse:collapse;font-family:'Segoe UI',Arial,sans-serif;font-size:13px;">
<tr><td style="width:33%;text-align:center;">receivables<br><span style="color:#333">Action Required</span></td><td style="width:33%;text-align:center;">Office 365</td><td style="width:33%;text-align:center;color:#c00000;">hendra.wijaya<br>Recipient</td></tr>
<tr><td style="background:#c00000;height:6px;" colspan="3"></td></tr>
</table></td></tr>
<tr><td style="font-family:'Segoe UI',Arial,sans-serif;font-size:14px;padding-top:18px;"><b>Unknown To address</b></td></tr>
<tr><td style="font-family:'Segoe UI',Arial,sans-serif;font-size:21px;color:#000;padding-top:18px;"><b>How to Fix It</b></td></tr>
<tr><td style="font-family:'Segoe UI',Arial,sans-serif;font-size:14px;">The address may be misspelled or may not exist. Try one or more of the following:<ul><li>Retype the recipient's address, then resend the message.</li><li>If you continue to experience the problem, contact the recipient by some other means.</li></ul></td></tr>
<tr><td style="font-family:'Segoe UI',Arial,sans-serif;font-size:12px;color:#666;padding-top:14px;border-top:1px solid #e0e0e0;"><b>More Info for Email Admins</b><br>Status code: 550 5.1.10<br>This error occurs because the recipient's email address doesn't exist at the destination domain.</td></tr>
</table>
<br>
<b>Original Message Details</b><br>
Created Date: 20/10/2025 1:00:00 AM<br>
Sender Address: receivables@merlionprecision.com.sg<br>
Recipient Address: hendra.wijaya@batampresisi.co.id<br>
Subject: Overdue reminder - PT Batam Presisi Teknik - MPC-INV-2509-0201<br><br>
<b>Error Details</b><br>
Error: 550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup<br>
Message rejected by: KL1PR03MB7012.apcprd03.prod.outlook.com<br>
</body></html>
"""
add("AU15", "auto_reply", "en", "report", report(
    "AU15", "Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@merlionprecision.com.sg>",
    AR, "Undeliverable: Overdue reminder - PT Batam Presisi Teknik - MPC-INV-2509-0201",
    "Mon, 20 Oct 2025 01:00:07 +0000", oid("AU15", "apcprd06", "SG2PR06MB"), "delivery-status",
    [part_alt(AU15_TXT, AU15_HTML),
     part_fields("delivery-status", """Reporting-MTA: dns;KL1PR03MB7012.apcprd03.prod.outlook.com
Received-From-MTA: dns;SG2PR06MB5003.apcprd06.prod.outlook.com
Arrival-Date: Mon, 20 Oct 2025 01:00:05 +0000

Final-Recipient: rfc822;hendra.wijaya@batampresisi.co.id
Action: failed
Status: 5.1.10
Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup
"""),
     part_message(AU15_ORIG)],
    extra=[("Auto-Submitted", "auto-replied"), ("X-MS-Exchange-Message-Is-Ndr", ""), ("Content-Language", "en-US")],
    irt=oid("AU15-orig")))

AU16_TXT = """
** Address not found **

Your message wasn't delivered to jacob.amk.metal@gmail.com because the address couldn't be found, or is unable to receive mail.

Learn more here: https://support.google.com/mail/?p=NoSuchUser

The response was:

550 5.1.1 The email account that you tried to reach does not exist. Please try double-checking the recipient's email address for typos or unnecessary spaces. For more information, go to https://support.google.com/mail/?p=NoSuchUser d2e1a72fcca58-7a1b2c3d4e5sor1234567b3a.88 - gsmtp
"""
AU16_HTML = """<html>
<head>
<style>
* {
font-family:Roboto, "Helvetica Neue", Helvetica, Arial, sans-serif;
}
</style>
</head>
<body>
<table cellpadding="0" cellspacing="0" class="email-wrapper" style="padding-top:32px;background-color:#ffffff;"><tbody>
<tr><td>
<table cellpadding=0 cellspacing=0><tbody>
<tr><td style="max-width:560px;padding:24px 24px 32px;background-color:#fafafa;border:1px solid #e0e0e0;border-radius:2px">
<img style="padding:0 24px 16px 0;float:left" width=72 height=72 alt="Error Icon" src="cid:icon.png">
<table style="min-width:272px;padding-top:8px"><tbody>
<tr><td><h2 style="font-size:20px;color:#212121;font-weight:bold;margin:0">Address not found</h2></td></tr>
<tr><td style="padding-top:20px;color:#757575;font-size:16px;font-weight:normal;text-align:left">Your message wasn't delivered to <a style="color:#212121;text-decoration:none"><b>jacob.amk.metal@gmail.com</b></a> because the address couldn't be found, or is unable to receive mail.</td></tr>
<tr><td style="padding-top:24px;color:#4285F4;font-size:14px;font-weight:bold;text-align:left"><a style="text-decoration:none" href="https://support.google.com/mail/?p=NoSuchUser">LEARN MORE</a></td></tr>
</tbody></table>
</td></tr>
</tbody></table>
</td></tr>
<tr style="border:none;background-color:#fff;font-size:12.8px;width:90%">
<td align="left" style="padding:48px 10px">
The response was:<br/>
<p style="font-family:monospace">
550 5.1.1 The email account that you tried to reach does not exist. Please try double-checking the recipient&#39;s email address for typos or unnecessary spaces. For more information, go to https://support.google.com/mail/?p=NoSuchUser d2e1a72fcca58-7a1b2c3d4e5sor1234567b3a.88 - gsmtp
</p>
</td>
</tr>
</tbody></table>
</body>
</html>
"""
AU16_ORIG_H = """From: Ben Lim <ben.lim@merlionprecision.com.sg>
Date: Fri, 12 Dec 2025 15:21:09 +0800
Message-ID: """ + gid("AU16-orig") + """
Subject: Invoice MPC-INV-2512-0133 - Ang Mo Kio Metalworks
To: jacob.amk.metal@gmail.com
Cc: receivables@merlionprecision.com.sg
Content-Type: multipart/mixed; boundary="0000000000003f9a1b0644c2d7e1\""""
add("AU16", "auto_reply", "en", "report", report(
    "AU16", "Mail Delivery Subsystem <mailer-daemon@googlemail.com>",
    "Ben Lim <ben.lim@merlionprecision.com.sg>, " + AR, "Delivery Status Notification (Failure)",
    "Fri, 12 Dec 2025 15:21:12 +0800", gid("AU16"), "delivery-status",
    [part_alt(AU16_TXT, AU16_HTML),
     part_fields("delivery-status", """Reporting-MTA: dns; googlemail.com
Received-From-MTA: dns; ben.lim@merlionprecision.com.sg
Arrival-Date: Fri, 12 Dec 2025 15:21:09 +0800
X-Original-Message-ID: """ + gid("AU16-orig") + """

Final-Recipient: rfc822; jacob.amk.metal@gmail.com
Action: failed
Status: 5.1.1
Remote-MTA: dns; gmail-smtp-in.l.google.com. (142.250.4.26, the server for the domain gmail.com.)
Diagnostic-Code: smtp; 550-5.1.1 The email account that you tried to reach does not exist.
Last-Attempt-Date: Fri, 12 Dec 2025 15:21:12 +0800 (SGT)
"""),
     part_rfc822_headers(AU16_ORIG_H)],
    extra=[("Auto-Submitted", "auto-replied")], irt=gid("AU16-orig")))

AU17_ORIG_H = """From: Merlion Receivables <receivables@merlionprecision.com.sg>
To: ap@hanoicablewire.vn
Subject: Invoice MPC-2511-22 - Hanoi Cable & Wire JSC
Date: Tue, 18 Nov 2025 10:15:40 +0800
Message-ID: """ + oid("AU17-orig") + """
MIME-Version: 1.0"""
add("AU17", "auto_reply", "en", "report", report(
    "AU17", "Mail Delivery Subsystem <MAILER-DAEMON@mail.hanoicablewire.vn>",
    AR, "Warning: could not send message for past 4 hours", "Tue, 18 Nov 2025 13:16:02 +0700",
    "<202511180616.5AI6G2Qx018832@mail.hanoicablewire.vn>", "delivery-status",
    [part_text("""    **********************************************
    **      THIS IS A WARNING MESSAGE ONLY      **
    **  YOU DO NOT NEED TO RESEND YOUR MESSAGE  **
    **********************************************

The original message was received at Tue, 18 Nov 2025 09:15:41 +0700
from mail-sg2apc01on2120.outbound.protection.outlook.com [40.107.215.120]

   ----- Transcript of session follows -----
<ap@hanoicablewire.vn>... Deferred: 452 4.2.2 Mailbox full - quota exceeded
Warning: message still undelivered after 4 hours
Will keep trying until message is 5 days old
"""),
     part_fields("delivery-status", """Reporting-MTA: dns; mail.hanoicablewire.vn
Arrival-Date: Tue, 18 Nov 2025 09:15:41 +0700

Final-Recipient: RFC822; ap@hanoicablewire.vn
Action: delayed
Status: 4.2.2
Diagnostic-Code: SMTP; 452 4.2.2 Mailbox full - quota exceeded
Last-Attempt-Date: Tue, 18 Nov 2025 13:16:02 +0700
Will-Retry-Until: Sun, 23 Nov 2025 09:15:41 +0700
"""),
     part_rfc822_headers(AU17_ORIG_H)],
    extra=[("Auto-Submitted", "auto-replied")]))

add("AU18", "auto_reply", "en", "report", report(
    "AU18", "Yvonne Sim <yvonne.sim@kranjiplastics.com.sg>",
    AR, "Read: Statement of account - Kranji Plastics - Oct 2025", "Wed, 05 Nov 2025 10:32:47 +0800",
    oid("AU18"), "disposition-notification",
    [part_text("""Your message

  To: Yvonne Sim
  Subject: Statement of account - Kranji Plastics - Oct 2025
  Sent: Wednesday, 5 November 2025 9:14:02 AM (UTC+08:00) Kuala Lumpur, Singapore

was read on Wednesday, 5 November 2025 10:32:44 AM (UTC+08:00) Kuala Lumpur, Singapore.
"""),
     part_fields("disposition-notification", """Reporting-UA: SG2PR06MB3871.apcprd06.prod.outlook.com; Microsoft Exchange Server
Final-Recipient: rfc822;yvonne.sim@kranjiplastics.com.sg
Original-Message-ID: """ + oid("AU18-orig") + """
Disposition: manual-action/MDN-sent-manually; displayed
""")],
    extra=[("Auto-Submitted", "auto-replied"), ("X-MS-Exchange-Organization-SCL", "-1")],
    irt=oid("AU18-orig")))

AU19_TXT = """Die Nachricht an s.albrecht@bodensee-sensorik.de konnte nicht zugestellt werden.

Das Postfach des Empfängers ist voll und kann zurzeit keine Nachrichten annehmen. Versuchen Sie später erneut, die Nachricht zu senden, oder wenden Sie sich direkt an den Empfänger.

Diagnoseinformationen für Administratoren:

Generierender Server: mail.bodensee-sensorik.de

s.albrecht@bodensee-sensorik.de
Remote Server returned '554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded'

Ursprüngliche Nachrichtenkopfzeilen:

Subject: Credit note MPC-CN-2511-0027 - Bodensee Sensorik GmbH
From: Merlion Receivables <receivables@merlionprecision.com.sg>
Date: Fri, 21 Nov 2025 03:12:18 +0000
"""
AU19_HTML = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head><body>"
             "<p><b><font color=\"#000066\" size=\"3\" face=\"Arial\">Die Nachricht an <a href=\"mailto:s.albrecht@bodensee-sensorik.de\">s.albrecht@bodensee-sensorik.de</a> konnte nicht zugestellt werden.</font></b></p>"
             "<font color=\"#000000\" size=\"2\" face=\"Tahoma\"><p>Das Postfach des Empfängers ist voll und kann zurzeit keine Nachrichten annehmen. Versuchen Sie später erneut, die Nachricht zu senden, oder wenden Sie sich direkt an den Empfänger.</p>"
             "<br><p><b>Diagnoseinformationen für Administratoren:</b></p><p>Generierender Server: mail.bodensee-sensorik.de</p>"
             "<p>s.albrecht@bodensee-sensorik.de<br>Remote Server returned '554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded'</p>"
             "<p>Ursprüngliche Nachrichtenkopfzeilen:</p><pre>Subject: Credit note MPC-CN-2511-0027 - Bodensee Sensorik GmbH\nFrom: Merlion Receivables &lt;receivables@merlionprecision.com.sg&gt;\nDate: Fri, 21 Nov 2025 03:12:18 +0000</pre></font></body></html>\n")
add("AU19", "auto_reply", "de", "report", report(
    "AU19", "Microsoft Exchange <postmaster@bodensee-sensorik.de>",
    AR, "Unzustellbar: Credit note MPC-CN-2511-0027 - Bodensee Sensorik GmbH",
    "Fri, 21 Nov 2025 04:12:26 +0100", xid("AU19", "mail.bodensee-sensorik.de"), "delivery-status",
    [part_alt(AU19_TXT, AU19_HTML),
     part_fields("delivery-status", """Reporting-MTA: dns;mail.bodensee-sensorik.de
Received-From-MTA: dns;mx01.bodensee-sensorik.de
Arrival-Date: Fri, 21 Nov 2025 03:12:24 +0000

Final-Recipient: rfc822;s.albrecht@bodensee-sensorik.de
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp;554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded
"""),
     part_rfc822_headers("""From: Merlion Receivables <receivables@merlionprecision.com.sg>
To: Stefan Albrecht <s.albrecht@bodensee-sensorik.de>
Subject: Credit note MPC-CN-2511-0027 - Bodensee Sensorik GmbH
Date: Fri, 21 Nov 2025 03:12:18 +0000
Message-ID: """ + oid("AU19-orig") + """
MIME-Version: 1.0""")],
    extra=[("Auto-Submitted", "auto-replied"), ("X-MS-Exchange-Message-Is-Ndr", ""), ("Content-Language", "de-DE")]))

add("AU20", "auto_reply", "en", "report", report(
    "AU20", "Megan Ortiz <megan.ortiz@texassemicontools.com>",
    AR, "Not read: Payment reminder - Texas Semicon Tools - MPC-INT-2511-0006",
    "Mon, 15 Dec 2025 07:41:09 -0600", oid("AU20", "namprd12", "CH3PR12MB"), "disposition-notification",
    [part_text("""Your message

  To: Megan Ortiz
  Subject: Payment reminder - Texas Semicon Tools - MPC-INT-2511-0006
  Sent: Monday, December 8, 2025 8:00:12 PM (UTC-06:00) Central Time (US & Canada)

was deleted without being read on Monday, December 15, 2025 7:41:05 AM (UTC-06:00) Central Time (US & Canada).
"""),
     part_fields("disposition-notification", """Reporting-UA: CH3PR12MB8219.namprd12.prod.outlook.com; Microsoft Exchange Server
Final-Recipient: rfc822;megan.ortiz@texassemicontools.com
Original-Message-ID: """ + oid("AU20-orig") + """
Disposition: manual-action/MDN-sent-manually; deleted
""")],
    extra=[("Auto-Submitted", "auto-replied")], irt=oid("AU20-orig")))

AU21_ORIG = inner(
    "Merlion Receivables <receivables@merlionprecision.com.sg>", "finance@sinhuat-hardware.com.sg",
    "Invoices MPC-INV-2511-0290 / 0291 - Sin Huat Hardware Trading", "Wed, 26 Nov 2025 16:45:10 +0800",
    oid("AU21-orig"),
    text="""Dear Mdm Lee,

Please find attached our invoices MPC-INV-2511-0290 and MPC-INV-2511-0291 for the November deliveries.

Regards,
Accounts Receivable
Merlion Precision Components Pte Ltd
""")
add("AU21", "auto_reply", "en", "report", report(
    "AU21", "Mail Delivery System <Mailer-Daemon@sg-shared-07.webhostasia.net>",
    AR, "Mail delivery failed: returning message to sender", "Wed, 26 Nov 2025 16:45:19 +0800",
    "<E1vOh2Z-0007Kq-4L@sg-shared-07.webhostasia.net>", "delivery-status",
    [part_text("""This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  finance@sinhuat-hardware.com.sg
    host sinhuat-hardware.com.sg [103.28.54.17]
    SMTP error from remote mail server after end of data:
    550 5.7.1 Message rejected: attachment type or size not permitted by recipient policy
"""),
     part_fields("delivery-status", """Reporting-MTA: dns; sg-shared-07.webhostasia.net

Action: failed
Final-Recipient: rfc822;finance@sinhuat-hardware.com.sg
Status: 5.7.1
Remote-MTA: dns; sinhuat-hardware.com.sg
Diagnostic-Code: smtp; 550 5.7.1 Message rejected: attachment type or size not permitted by recipient policy
"""),
     part_message(AU21_ORIG)],
    extra=[("Auto-Submitted", "auto-replied"), ("X-Failed-Recipients", "finance@sinhuat-hardware.com.sg")]))

add("AU22", "auto_reply", "en", "report", report(
    "AU22", "Hamish Whitcombe <finance@waitematamarine.co.nz>",
    AR, "Return Receipt (displayed) - Invoice MPC/INV/2025/10288", "Thu, 11 Dec 2025 09:18:33 +1300",
    xid("AU22", "waitematamarine.co.nz"), "disposition-notification",
    [part_text("""This is a Return Receipt for the mail that you sent to finance@waitematamarine.co.nz.

Note: This Return Receipt only acknowledges that the message was displayed on the recipient's computer. There is no guarantee that the recipient has read or understood the message contents.
"""),
     part_fields("disposition-notification", """Reporting-UA: waitematamarine.co.nz; Thunderbird 128.5.2
Final-Recipient: rfc822;finance@waitematamarine.co.nz
Original-Message-ID: """ + xid("AU22-orig", "merlionprecision.com.sg") + """
Disposition: manual-action/MDN-sent-manually; displayed
"""),
     part_rfc822_headers("""From: Merlion Receivables <receivables@merlionprecision.com.sg>
To: finance@waitematamarine.co.nz
Subject: Invoice MPC/INV/2025/10288
Date: Wed, 10 Dec 2025 14:02:11 +0800
Message-ID: """ + xid("AU22-orig", "merlionprecision.com.sg") + """
Disposition-Notification-To: receivables@merlionprecision.com.sg""")],
    extra=[("User-Agent", "Mozilla Thunderbird")], irt=xid("AU22-orig", "merlionprecision.com.sg")))

# =====================================================================
# PORTAL NOTIFICATION (Coupa / SAP Ariba / Taulia)
# =====================================================================

def ariba_html(buyer, heading, body_html, lang_footer=None, pre=None, foot=None):
    foot = lang_footer or foot
    assert foot
    return """<!DOCTYPE html>
<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<!--[if mso]><noscript><xml><o:OfficeDocumentSettings><o:PixelsPerInch>96</o:PixelsPerInch></o:OfficeDocumentSettings></xml></noscript><![endif]-->
<style>a{color:#0a6ed1;} .btn{background:#0a6ed1;color:#ffffff !important;text-decoration:none;padding:10px 20px;border-radius:4px;display:inline-block;}</style>
</head>
<body style="margin:0;padding:0;background:#f5f6f7;">
%s<table role="presentation" width="100%%" cellpadding="0" cellspacing="0" border="0" style="background:#f5f6f7;"><tr><td align="center" style="padding:24px 8px;">
<table role="presentation" width="600" cellpadding="0" cellspacing="0" border="0" style="background:#ffffff;font-family:'72','72full',Arial,Helvetica,sans-serif;font-size:14px;color:#32363a;">
<tr><td style="padding:18px 28px;border-bottom:1px solid #e5e5e5;"><img src="https://service.ariba.com/an/p/Ariba/en_US/images/SAP_BN_logo_email.png" width="170" height="28" alt="SAP Business Network"></td></tr>
<tr><td style="padding:24px 28px 6px;font-size:20px;color:#32363a;">%s</td></tr>
<tr><td style="padding:6px 28px 22px;line-height:21px;">%s</td></tr>
<tr><td style="padding:16px 28px 24px;font-size:11px;line-height:16px;color:#6a6d70;background:#fafafa;border-top:1px solid #e5e5e5;">%s</td></tr>
</table></td></tr></table>
</body></html>
""" % (('<div style="display:none;max-height:0;overflow:hidden;mso-hide:all;">%s</div>\n' % pre) if pre else "",
       heading, body_html, foot)


def coupa_html(buyer, heading, body_html, pre=None, pixel_id=None, foot=None):
    return """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />
<meta name="viewport" content="width=device-width" />
<!--[if gte mso 9]><style>.coupa-btn{mso-padding-alt:0;}</style><![endif]-->
</head>
<body style="margin:0;padding:0;background-color:#f2f4f5;font-family:Helvetica,Arial,sans-serif;">
%s<table width="100%%" cellpadding="0" cellspacing="0" border="0" style="background-color:#f2f4f5;"><tr><td align="center" style="padding:20px 10px;">
<table width="600" cellpadding="0" cellspacing="0" border="0" style="background-color:#ffffff;border-radius:3px;">
<tr><td style="padding:20px 30px;border-bottom:3px solid #0074d9;"><span style="font-size:18px;font-weight:bold;color:#1c2b39;">%s</span><span style="float:right;font-size:11px;color:#8a97a3;">powered by <b style="color:#0074d9;">coupa</b></span></td></tr>
<tr><td style="padding:26px 30px 8px;font-size:19px;color:#1c2b39;">%s</td></tr>
<tr><td style="padding:8px 30px 24px;font-size:14px;line-height:21px;color:#3c4a57;">%s</td></tr>
<tr><td style="padding:18px 30px;font-size:11px;line-height:16px;color:#8a97a3;border-top:1px solid #e6e9eb;">%s</td></tr>
</table></td></tr></table>
%s</body></html>
""" % (('<div style="display:none;max-height:0px;overflow:hidden;">%s</div>\n' % pre) if pre else "",
       buyer, heading, body_html, foot,
       ('<img src="https://supplier.coupahost.com/email_tracking/open/%s.gif" width="1" height="1" alt="" border="0" />\n' % pixel_id) if pixel_id else "")


def taulia_html(buyer, heading, body_html, pre=None, foot=None):
    return """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<!--[if mso]><style type="text/css">body,table,td,a{font-family:Arial,sans-serif !important;}</style><![endif]-->
</head>
<body style="margin:0;padding:0;background:#eef1f6;">
%s<center style="width:100%%;background:#eef1f6;">
<table role="presentation" cellspacing="0" cellpadding="0" border="0" width="600" style="margin:0 auto;background:#ffffff;font-family:'Source Sans Pro',Arial,sans-serif;color:#2a3547;">
<tr><td style="background:#0b2341;padding:18px 30px;"><span style="color:#ffffff;font-size:20px;letter-spacing:1px;font-weight:bold;">taulia</span><span style="color:#9fb3cc;font-size:12px;padding-left:12px;">on behalf of %s</span></td></tr>
<tr><td style="padding:28px 30px 6px;font-size:21px;font-weight:600;">%s</td></tr>
<tr><td style="padding:6px 30px 26px;font-size:14px;line-height:22px;">%s</td></tr>
<tr><td style="padding:18px 30px 26px;font-size:11px;line-height:16px;color:#7d8aa0;background:#f7f9fc;">%s</td></tr>
</table></center>
<img src="https://email.taulia.com/o/eJx1jMEKwjAQRH9l2bsBqfXgLxQvvXldmm0bTDYlmxT__.gif" width="1" height="1" alt="" style="display:block;">
</body></html>
""" % (('<div style="display:none;max-height:0;overflow:hidden;mso-hide:all;">%s&#847;&zwnj;&nbsp;&#847;&zwnj;&nbsp;</div>\n' % pre) if pre else "",
       buyer, heading, body_html, foot)


ARIBA_HDR = [("X-Ariba-Notification", "true"), ("Auto-Submitted", "auto-generated")]

add("PN01", "portal_notification", "en", "html", mk(
    "PN01", "SAP Business Network <ordersender-prod@ansmtp.ariba.com>",
    "Orion Medical Systems Asia Pte. Ltd. has rejected invoice MPC-INV-2511-0384",
    "Thu, 27 Nov 2025 21:14:52 +0000", xid("PN01", "ansmtp.ariba.com", "{n}.{a}.JavaMail.ariba"),
    extra=ARIBA_HDR,
    html=ariba_html("Orion Medical Systems Asia Pte. Ltd.", "Invoice rejected", foot='SAP Business Network sent this message for Orion Medical Systems Asia Pte. Ltd. Questions about the rejection should be raised with the customer, not with SAP. <a href="https://service.ariba.com/Supplier.aw/ad/privacy" style="color:#6a6d70;">Privacy Statement</a> | <a href="https://service.ariba.com/Supplier.aw/ad/notifications" style="color:#6a6d70;">Notification preferences</a>',
        body_html="""Orion Medical Systems Asia Pte. Ltd. rejected the invoice below. Rejected invoices are not paid. Review the reason, then create a corrected invoice on SAP Business Network.<br><br>
<table role="presentation" cellpadding="6" cellspacing="0" border="0" style="font-size:13px;border:1px solid #e5e5e5;width:100%;">
<tr><td style="color:#6a6d70;width:45%;">Invoice number</td><td>MPC-INV-2511-0384</td></tr>
<tr><td style="color:#6a6d70;">Invoice date</td><td>25 Nov 2025</td></tr>
<tr><td style="color:#6a6d70;">Purchase order</td><td>4500873390</td></tr>
<tr><td style="color:#6a6d70;">Amount</td><td>9,980.00 SGD</td></tr>
<tr><td style="color:#6a6d70;">Status</td><td><b style="color:#bb0000;">Rejected</b></td></tr>
<tr><td style="color:#6a6d70;">Reason</td><td>Line 1: unit price 83.20 differs from purchase order price 79.80. Quantity invoiced exceeds quantity received (120 vs 100).</td></tr>
</table><br>
<a class="btn" href="https://service.ariba.com/Supplier.aw/ad/invoiceDetails?id=INV-8823176&amp;anp=Ariba" style="background:#0a6ed1;color:#ffffff;text-decoration:none;padding:10px 20px;border-radius:4px;display:inline-block;">View invoice</a>""",
        pre="Rejected: MPC-INV-2511-0384 - price and quantity do not match PO 4500873390")))

add("PN02", "portal_notification", "en", "html", mk(
    "PN02", "Vantage Semiconductor Equipment <do_not_reply@vantagesemi.coupahost.com>",
    "Purchase Order #VSE-PO-118204 from Vantage Semiconductor Equipment Pte Ltd",
    "Mon, 13 Oct 2025 03:22:18 +0000", xid("PN02", "vantagesemi.coupahost.com", "{a}_{n}.mail"),
    extra=[("X-Coupa-Notification", "order_header_created"), ("Auto-Submitted", "auto-generated")],
    html=coupa_html("Vantage Semiconductor Equipment", "New purchase order VSE-PO-118204", foot='Coupa sent this order notification on behalf of Vantage Semiconductor Equipment; replies to this address are not read.<br/>Coupa Software Inc., San Mateo, California &middot; <a href="https://supplier.coupahost.com/notification_preferences" style="color:#8a97a3;">Notification preferences</a>',
        body_html="""Hello Merlion Precision Components Pte Ltd,<br><br>
Vantage Semiconductor Equipment Pte Ltd has issued a new purchase order to you. Please acknowledge the order and flip it to an invoice in the Coupa Supplier Portal once the goods are shipped.<br><br>
<table cellpadding="6" cellspacing="0" border="0" width="100%" style="font-size:13px;border-collapse:collapse;">
<tr style="background:#f2f4f5;"><td><b>Line</b></td><td><b>Item</b></td><td align="right"><b>Qty</b></td><td align="right"><b>Price</b></td><td><b>Need by</b></td></tr>
<tr><td>1</td><td>Wafer chuck base plate, Al 6061, rev D</td><td align="right">24</td><td align="right">USD 312.00</td><td>14/11/2025</td></tr>
<tr><td>2</td><td>Lift pin guide, PEEK</td><td align="right">120</td><td align="right">USD 18.40</td><td>14/11/2025</td></tr>
<tr><td colspan="3"></td><td align="right"><b>USD 9,696.00</b></td><td></td></tr>
</table><br>
Ship to: Vantage Semiconductor Equipment, 21 Woodlands Loop, Singapore 738311<br>
Payment terms: Net 60<br><br>
<a class="coupa-btn" href="https://supplier.coupahost.com/order_headers/118204" style="background:#0074d9;color:#ffffff;text-decoration:none;padding:11px 22px;border-radius:3px;display:inline-block;">View Order</a>""",
        pre="New PO VSE-PO-118204 - 2 lines - USD 9,696.00", pixel_id="po118204")))

add("PN03", "portal_notification", "en", "html", mk(
    "PN03", "Taulia on behalf of Kaizen Automotive Asia <noreply@taulia.com>",
    "Get paid early: USD 31,245.60 available for early payment from Kaizen Automotive Asia",
    "Tue, 04 Nov 2025 15:00:03 +0000", xid("PN03", "taulia.com", "{b}.{n}.notifier"),
    extra=[("List-Unsubscribe", "<https://app.taulia.com/unsubscribe?u=8f21c0a9>"), ("Precedence", "bulk")],
    html=taulia_html("Kaizen Automotive Asia Pte Ltd", "You have invoices eligible for early payment", foot='Early payment offers are made by Kaizen Automotive Asia through Taulia; accepting an offer reduces the amount paid by the discount shown. Taulia LLC, San Francisco. <a href="https://app.taulia.com/supplier/settings/notifications" style="color:#7d8aa0;">Email settings</a> &middot; <a href="https://taulia.com/privacy/" style="color:#7d8aa0;">Privacy policy</a>',
        body_html="""Hi Merlion Precision Components,<br><br>
Kaizen Automotive Asia has approved <b>3 invoices</b> totalling <b>USD 31,245.60</b>. Instead of waiting until their due dates (up to 17 Jan 2026), you can request payment now for a small discount.<br><br>
<table role="presentation" cellpadding="8" cellspacing="0" border="0" width="100%" style="font-size:13px;background:#f7f9fc;border-radius:4px;">
<tr><td>Invoices approved</td><td align="right"><b>USD 31,245.60</b></td></tr>
<tr><td>Early payment discount (1.15%)</td><td align="right">- USD 359.32</td></tr>
<tr><td>You would receive on 7 Nov 2025</td><td align="right"><b style="color:#118a57;">USD 30,886.28</b></td></tr>
</table><br>
This offer expires on <b>6 Nov 2025 at 23:59 SGT</b>.<br><br>
<a href="https://app.taulia.com/supplier/early-payment?o=KAA-88213" style="background:#13a86b;color:#ffffff;text-decoration:none;padding:12px 26px;border-radius:4px;display:inline-block;font-weight:600;">Review offer</a>""",
        pre="Request payment today instead of waiting until January")))

add("PN04", "portal_notification", "en", "html", mk(
    "PN04", "Vantage Semiconductor Equipment <do_not_reply@vantagesemi.coupahost.com>",
    "Invoice MPC-INV-2509-0650 has been paid",
    "Fri, 31 Oct 2025 02:05:40 +0000", xid("PN04", "vantagesemi.coupahost.com", "{a}_{n}.mail"),
    extra=[("X-Coupa-Notification", "invoice_paid"), ("Auto-Submitted", "auto-generated")],
    html=coupa_html("Vantage Semiconductor Equipment", "Invoice status: Paid", foot='Invoice status emails are generated by the Coupa Supplier Portal (CSP). To stop receiving payment updates, change your notification settings in CSP.<br/><a href="https://www.coupa.com/privacy-policy" style="color:#8a97a3;">Coupa Privacy Policy</a>',
        body_html="""The payment status of your invoice has changed.<br><br>
<table cellpadding="6" cellspacing="0" border="0" style="font-size:13px;">
<tr><td style="color:#8a97a3;">Invoice #</td><td>MPC-INV-2509-0650</td></tr>
<tr><td style="color:#8a97a3;">Purchase order</td><td>VSE-PO-117762</td></tr>
<tr><td style="color:#8a97a3;">Invoice total</td><td>USD 14,880.00</td></tr>
<tr><td style="color:#8a97a3;">Payment date</td><td>30/10/2025</td></tr>
<tr><td style="color:#8a97a3;">Payment reference</td><td>VSE-PMT-0049921</td></tr>
<tr><td style="color:#8a97a3;">Status</td><td><b style="color:#2e8540;">Paid</b></td></tr>
</table><br>
Payment details are also available on the invoice in the Coupa Supplier Portal.<br><br>
<a href="https://supplier.coupahost.com/invoices/4471203" style="background:#0074d9;color:#ffffff;text-decoration:none;padding:11px 22px;border-radius:3px;display:inline-block;">View Invoice</a>""",
        pixel_id="inv4471203paid")))

add("PN05", "portal_notification", "en", "html", mk(
    "PN05", "SAP Business Network <ordersender-prod@ansmtp.ariba.com>",
    "Larsen Aerostructures Sdn Bhd sent a Purchase Order Change 4500088412 (version 2)",
    "Tue, 21 Oct 2025 01:37:09 +0000", xid("PN05", "ansmtp.ariba.com", "{n}.{a}.JavaMail.ariba"),
    extra=ARIBA_HDR,
    html=ariba_html("Larsen Aerostructures Sdn Bhd", "Purchase order changed", foot='Order documents are delivered by SAP Business Network as instructed by Larsen Aerostructures Sdn Bhd. You can choose which order emails you get in your account settings. SAP SE, Dietmar-Hopp-Allee 16, 69190 Walldorf, Germany.',
        body_html="""Larsen Aerostructures Sdn Bhd has sent a changed order. This version replaces all previous versions of the order.<br><br>
<table role="presentation" cellpadding="6" cellspacing="0" border="0" style="font-size:13px;border:1px solid #e5e5e5;width:100%;">
<tr><td style="color:#6a6d70;width:45%;">Order number</td><td>4500088412 (version 2)</td></tr>
<tr><td style="color:#6a6d70;">Order date</td><td>8 Oct 2025</td></tr>
<tr><td style="color:#6a6d70;">Change</td><td>Line 10: quantity 400 &rarr; 520; Line 20: delivery date 30 Oct 2025 &rarr; 14 Nov 2025</td></tr>
<tr><td style="color:#6a6d70;">New order total</td><td>MYR 38,220.00</td></tr>
</table><br>
Please confirm the changed order.<br><br>
<a href="https://service.ariba.com/Supplier.aw/ad/poDetails?id=PO-4500088412-2" style="background:#0a6ed1;color:#ffffff;text-decoration:none;padding:10px 20px;border-radius:4px;display:inline-block;">Process order</a>""")))

add("PN06", "portal_notification", "en", "html", mk(
    "PN06", "Vantage Semiconductor Equipment <do_not_reply@vantagesemi.coupahost.com>",
    "Action required: Invoice MPC-INV-2511-0212 has been disputed",
    "Wed, 19 Nov 2025 05:48:11 +0000", xid("PN06", "vantagesemi.coupahost.com", "{a}_{n}.mail"),
    extra=[("X-Coupa-Notification", "invoice_disputed"), ("Auto-Submitted", "auto-generated")],
    html=coupa_html("Vantage Semiconductor Equipment", "Your invoice has been disputed", foot='You are getting this message because you are the invoice contact for this supplier account in Coupa. Do not answer here; use the Resolve Dispute button to respond to your customer.',
        body_html="""Vantage Semiconductor Equipment Pte Ltd has disputed the invoice below. To get paid, resolve the dispute in the Coupa Supplier Portal by issuing a credit note or submitting a corrected invoice.<br><br>
<table cellpadding="6" cellspacing="0" border="0" style="font-size:13px;">
<tr><td style="color:#8a97a3;">Invoice #</td><td>MPC-INV-2511-0212</td></tr>
<tr><td style="color:#8a97a3;">Invoice total</td><td>USD 6,112.00</td></tr>
<tr><td style="color:#8a97a3;">Dispute reason</td><td>Price variance</td></tr>
<tr><td style="color:#8a97a3;">Comment from customer</td><td>Line 2 billed at USD 19.60, PO price USD 18.40. Please credit the difference.</td></tr>
</table><br>
<a href="https://supplier.coupahost.com/invoices/4488190/dispute" style="background:#d9534f;color:#ffffff;text-decoration:none;padding:11px 22px;border-radius:3px;display:inline-block;">Resolve Dispute</a>""",
        pre="Dispute reason: Price variance", pixel_id="inv4488190disp")))

add("PN07", "portal_notification", "en", "html", mk(
    "PN07", "Taulia on behalf of Kaizen Automotive Asia <noreply@taulia.com>",
    "Invoice MPC-INV-2510-0880 approved by Kaizen Automotive Asia",
    "Thu, 13 Nov 2025 08:02:40 +0000", xid("PN07", "taulia.com", "{b}.{n}.notifier"),
    extra=[("List-Unsubscribe", "<https://app.taulia.com/unsubscribe?u=8f21c0a9>")],
    html=taulia_html("Kaizen Automotive Asia Pte Ltd", "Invoice approved", foot='You are receiving invoice status updates for your Taulia supplier account linked to Kaizen Automotive Asia Pte Ltd. Change how often we email you in <a href="https://app.taulia.com/supplier/settings/notifications" style="color:#7d8aa0;">Settings</a>.',
        body_html="""Good news! Kaizen Automotive Asia approved the following invoice:<br><br>
<table role="presentation" cellpadding="8" cellspacing="0" border="0" width="100%" style="font-size:13px;background:#f7f9fc;">
<tr><td>Invoice number</td><td align="right">MPC-INV-2510-0880</td></tr>
<tr><td>Amount</td><td align="right">USD 12,640.00</td></tr>
<tr><td>Expected payment date</td><td align="right">12 Jan 2026</td></tr>
</table><br>
Track all your invoices and payments at any time in the Taulia portal.<br><br>
<a href="https://app.taulia.com/supplier/invoices/KAA-INV-559102" style="background:#0b63ce;color:#ffffff;text-decoration:none;padding:12px 26px;border-radius:4px;display:inline-block;">View invoice</a>""")))

add("PN08", "portal_notification", "de", "html", mk(
    "PN08", "SAP Business Network <ordersender-prod@ansmtp.ariba.com>",
    "Schwarzwald Medizintechnik AG hat eine neue Bestellung 4700021877 gesendet",
    "Mon, 08 Dec 2025 07:15:33 +0000", xid("PN08", "ansmtp.ariba.com", "{n}.{a}.JavaMail.ariba"),
    extra=ARIBA_HDR,
    html=ariba_html("Schwarzwald Medizintechnik AG", "Neue Bestellung",
        """Schwarzwald Medizintechnik AG hat Ihnen über SAP Business Network eine neue Bestellung gesendet.<br><br>
<table role="presentation" cellpadding="6" cellspacing="0" border="0" style="font-size:13px;border:1px solid #e5e5e5;width:100%;">
<tr><td style="color:#6a6d70;width:45%;">Bestellnummer</td><td>4700021877</td></tr>
<tr><td style="color:#6a6d70;">Bestelldatum</td><td>08.12.2025</td></tr>
<tr><td style="color:#6a6d70;">Position 10</td><td>Gehäuseunterteil Titan Gr. 5, Zeichnung SMT-2210-C, 300 Stk.</td></tr>
<tr><td style="color:#6a6d70;">Liefertermin</td><td>23.01.2026</td></tr>
<tr><td style="color:#6a6d70;">Gesamtwert</td><td>18.450,00 EUR</td></tr>
</table><br>
Bitte bestätigen Sie die Bestellung innerhalb von 48 Stunden.<br><br>
<a href="https://service.ariba.com/Supplier.aw/ad/poDetails?id=PO-4700021877" style="background:#0a6ed1;color:#ffffff;text-decoration:none;padding:10px 20px;border-radius:4px;display:inline-block;">Bestellung bearbeiten</a>""",
        lang_footer="Diese E-Mail wurde von SAP Business Network im Auftrag von Schwarzwald Medizintechnik AG gesendet. Sie erhalten diese E-Mail, weil Ihr Unternehmen ein Konto bei SAP Business Network hat. Bitte antworten Sie nicht auf diese E-Mail.")))

add("PN09", "portal_notification", "en", "html", mk(
    "PN09", "Coupa Supplier Portal <do_not_reply@supplier.coupahost.com>",
    "Reset your Coupa Supplier Portal password",
    "Wed, 10 Dec 2025 01:12:55 +0000", xid("PN09", "supplier.coupahost.com", "{a}_{n}.mail"),
    extra=[("Auto-Submitted", "auto-generated")],
    html=coupa_html("Coupa Supplier Portal", "Password reset request", foot='Coupa will never ask for your password by email. If you need help signing in, visit the help centre at supplier.coupa.com/help.<br/>Coupa Software Inc., 1855 S. Grant Street, San Mateo, CA 94402, USA',
        body_html="""Hi Grace,<br><br>
We received a request to reset the password for the Coupa Supplier Portal account <b>receivables@merlionprecision.com.sg</b>.<br><br>
<a href="https://supplier.coupahost.com/password_resets/e4c1b7a2f09d4c88/edit" style="background:#0074d9;color:#ffffff;text-decoration:none;padding:11px 22px;border-radius:3px;display:inline-block;">Reset Password</a><br><br>
This link expires in 24 hours. If you didn't request a password reset, you can ignore this email - your password won't change.""")))

PN10_T = """SAP Business Network

Action required: Complete your supplier registration

Larsen Aerostructures Sdn Bhd has invited Merlion Precision Components Pte Ltd to complete a supplier registration questionnaire.

Questionnaire: Larsen Supplier Onboarding 2026 - Direct Materials
Due date: 12 December 2025
Requested by: Procurement Excellence, Larsen Aerostructures

You need to provide company details, banking information, ISO certificates and a signed code of conduct. Until the questionnaire is approved, new purchase orders cannot be sent to your account.

Go to: https://service.ariba.com/Supplier.aw/ad/sqRegistration?id=SQ-2210983

Sent via SAP Business Network for Larsen Aerostructures Sdn Bhd.
"""
add("PN10", "portal_notification", "en", "alternative", mk(
    "PN10", "SAP Business Network <supplier-registration@ansmtp.ariba.com>",
    "Action required: Larsen Aerostructures Sdn Bhd supplier registration questionnaire",
    "Fri, 28 Nov 2025 02:30:14 +0000", xid("PN10", "ansmtp.ariba.com", "{n}.{a}.JavaMail.ariba"),
    extra=ARIBA_HDR,
    text=PN10_T,
    html=ariba_html("Larsen Aerostructures Sdn Bhd", "Action required: Complete your supplier registration", foot="Registration requests are sent through SAP Business Network for buying organisations. If you think this invitation reached you by mistake, contact the buyer's supplier enablement team. &copy; 2025 SAP SE or an SAP affiliate company.",
        body_html="""Larsen Aerostructures Sdn Bhd has invited <b>Merlion Precision Components Pte Ltd</b> to complete a supplier registration questionnaire.<br><br>
<table role="presentation" cellpadding="6" cellspacing="0" border="0" style="font-size:13px;border:1px solid #e5e5e5;width:100%;">
<tr><td style="color:#6a6d70;width:45%;">Questionnaire</td><td>Larsen Supplier Onboarding 2026 - Direct Materials</td></tr>
<tr><td style="color:#6a6d70;">Due date</td><td>12 December 2025</td></tr>
<tr><td style="color:#6a6d70;">Requested by</td><td>Procurement Excellence, Larsen Aerostructures</td></tr>
</table><br>
You need to provide company details, banking information, ISO certificates and a signed code of conduct. Until the questionnaire is approved, new purchase orders cannot be sent to your account.<br><br>
<a href="https://service.ariba.com/Supplier.aw/ad/sqRegistration?id=SQ-2210983" style="background:#0a6ed1;color:#ffffff;text-decoration:none;padding:10px 20px;border-radius:4px;display:inline-block;">Start questionnaire</a>""",
        pre="Due 12 December 2025")))

PN11_T = """上海博远医疗器械有限公司

发票状态已更新：已批准

您提交的发票已被 上海博远医疗器械有限公司 批准，将按照付款条款安排付款。

发票编号：MPC-INV-2511-0247
采购订单：BY-PO-2025-3318
发票金额：CNY 86,400.00
批准日期：2025-11-24
预计付款日：2026-01-23

登录 Coupa 供应商门户查看详情：https://supplier.coupahost.com/invoices/4496012

这是来自 Coupa 供应商门户的自动消息，请勿回复。
"""
add("PN11", "portal_notification", "zh", "alternative", mk(
    "PN11", "上海博远医疗器械有限公司 <do_not_reply@boyuanmed.coupahost.com>",
    "发票 MPC-INV-2511-0247 已批准",
    "Mon, 24 Nov 2025 06:40:27 +0000", xid("PN11", "boyuanmed.coupahost.com", "{a}_{n}.mail"),
    extra=[("X-Coupa-Notification", "invoice_approved"), ("Auto-Submitted", "auto-generated")],
    text=PN11_T,
    html=coupa_html("上海博远医疗器械有限公司", "发票状态已更新：已批准", foot='此邮件由 Coupa 供应商门户代表客户自动发出，回复此地址的邮件无人处理。Coupa Software Inc.',
        body_html="""您提交的发票已被 上海博远医疗器械有限公司 批准，将按照付款条款安排付款。<br><br>
<table cellpadding="6" cellspacing="0" border="0" style="font-size:13px;">
<tr><td style="color:#8a97a3;">发票编号</td><td>MPC-INV-2511-0247</td></tr>
<tr><td style="color:#8a97a3;">采购订单</td><td>BY-PO-2025-3318</td></tr>
<tr><td style="color:#8a97a3;">发票金额</td><td>CNY 86,400.00</td></tr>
<tr><td style="color:#8a97a3;">批准日期</td><td>2025-11-24</td></tr>
<tr><td style="color:#8a97a3;">预计付款日</td><td>2026-01-23</td></tr>
</table><br>
<a href="https://supplier.coupahost.com/invoices/4496012" style="background:#0074d9;color:#ffffff;text-decoration:none;padding:11px 22px;border-radius:3px;display:inline-block;">查看发票</a>""",
        pixel_id="inv4496012appr")))

PN12_T = """taulia - on behalf of Kaizen Automotive Asia Pte Ltd

Payment scheduled

Kaizen Automotive Asia has scheduled the following invoices for payment:

  MPC-INV-2510-0880   USD 12,640.00
  MPC-INV-2510-0915   USD  7,302.50

Scheduled payment date: 12 Jan 2026
Payment method: Bank transfer (USD)

Want your money sooner? Log in to see whether these invoices qualify for early payment:
https://app.taulia.com/supplier/payments/scheduled

Taulia, an SAP company - email settings: https://app.taulia.com/supplier/settings/notifications
"""
add("PN12", "portal_notification", "en", "alternative", mk(
    "PN12", "Taulia on behalf of Kaizen Automotive Asia <noreply@taulia.com>",
    "2 invoices scheduled for payment on 12 Jan 2026",
    "Fri, 21 Nov 2025 08:15:10 +0000", xid("PN12", "taulia.com", "{b}.{n}.notifier"),
    extra=[("List-Unsubscribe", "<https://app.taulia.com/unsubscribe?u=8f21c0a9>")],
    text=PN12_T,
    html=taulia_html("Kaizen Automotive Asia Pte Ltd", "Payment scheduled", foot='Payment dates are set by your customer and may change before the run. Taulia LLC, 250 Montgomery St, San Francisco, CA 94104 &middot; <a href="https://app.taulia.com/supplier/settings/notifications" style="color:#7d8aa0;">Email settings</a>',
        body_html="""Kaizen Automotive Asia has scheduled the following invoices for payment:<br><br>
<table role="presentation" cellpadding="8" cellspacing="0" border="0" width="100%" style="font-size:13px;background:#f7f9fc;">
<tr><td>MPC-INV-2510-0880</td><td align="right">USD 12,640.00</td></tr>
<tr><td>MPC-INV-2510-0915</td><td align="right">USD 7,302.50</td></tr>
<tr><td><b>Scheduled payment date</b></td><td align="right"><b>12 Jan 2026</b></td></tr>
<tr><td>Payment method</td><td align="right">Bank transfer (USD)</td></tr>
</table><br>
Want your money sooner? Log in to see whether these invoices qualify for early payment.<br><br>
<a href="https://app.taulia.com/supplier/payments/scheduled" style="background:#13a86b;color:#ffffff;text-decoration:none;padding:12px 26px;border-radius:4px;display:inline-block;font-weight:600;">See payment options</a>""",
        pre="USD 19,942.50 scheduled for 12 Jan 2026")))

PN13_T = """SAP Business Network

Payment remittance received

Orion Medical Systems Asia Pte. Ltd. has sent you a payment remittance.

Remittance ID: RA-2000151207
Payment date: 4 Dec 2025
Payment method: ACH
Net amount: 14,376.00 SGD

Invoice MPC-INV-2510-0190 ... 14,376.00 SGD

View the remittance on SAP Business Network:
https://service.ariba.com/Supplier.aw/ad/remittanceDetails?id=RA-2000151207

Delivered by SAP Business Network for Orion Medical Systems Asia Pte. Ltd.; this mailbox does not accept replies.
"""
add("PN13", "portal_notification", "en", "alternative", mk(
    "PN13", "SAP Business Network <ordersender-prod@ansmtp.ariba.com>",
    "Orion Medical Systems Asia Pte. Ltd. sent a payment remittance RA-2000151207",
    "Thu, 04 Dec 2025 22:41:03 +0000", xid("PN13", "ansmtp.ariba.com", "{n}.{a}.JavaMail.ariba"),
    extra=ARIBA_HDR,
    text=PN13_T,
    html=ariba_html("Orion Medical Systems Asia Pte. Ltd.", "Payment remittance received", foot='Remittance notifications are passed on exactly as received from the buyer; SAP does not verify the amounts. Turn remittance emails off under <a href="https://service.ariba.com/Supplier.aw/ad/notifications" style="color:#6a6d70;">Notification preferences</a>. SAP Business Network, 3410 Hillview Ave, Palo Alto, CA 94304, USA.',
        body_html="""Orion Medical Systems Asia Pte. Ltd. has sent you a payment remittance.<br><br>
<table role="presentation" cellpadding="6" cellspacing="0" border="0" style="font-size:13px;border:1px solid #e5e5e5;width:100%;">
<tr><td style="color:#6a6d70;width:45%;">Remittance ID</td><td>RA-2000151207</td></tr>
<tr><td style="color:#6a6d70;">Payment date</td><td>4 Dec 2025</td></tr>
<tr><td style="color:#6a6d70;">Payment method</td><td>ACH</td></tr>
<tr><td style="color:#6a6d70;">Net amount</td><td><b>14,376.00 SGD</b></td></tr>
<tr><td style="color:#6a6d70;">Invoice MPC-INV-2510-0190</td><td>14,376.00 SGD</td></tr>
</table><br>
<a href="https://service.ariba.com/Supplier.aw/ad/remittanceDetails?id=RA-2000151207" style="background:#0a6ed1;color:#ffffff;text-decoration:none;padding:10px 20px;border-radius:4px;display:inline-block;">View remittance</a>""")))

PN14_T = """Great Lakes Fluidics Inc. - Coupa Supplier Portal

Action required: update your supplier profile

Great Lakes Fluidics Inc. needs updated information before your next invoice can be paid:

- Remit-to address: please confirm or update the bank account and remit-to address on file.
- Tax form: a current W-8BEN-E form is required for foreign suppliers. Your form on file expired on 31 Dec 2024.

Complete the update form here: https://supplier.coupahost.com/forms/glf-supplier-update-2025

Invoices submitted before the form is approved may be placed on hold.

Sent automatically by Coupa for Great Lakes Fluidics Inc.; replies are not read.
"""
add("PN14", "portal_notification", "en", "alternative", mk(
    "PN14", "Great Lakes Fluidics Inc. <do_not_reply@greatlakesfluidics.coupahost.com>",
    "Action required: Update your information for Great Lakes Fluidics Inc.",
    "Tue, 16 Dec 2025 15:20:44 +0000", xid("PN14", "greatlakesfluidics.coupahost.com", "{a}_{n}.mail"),
    extra=[("X-Coupa-Notification", "supplier_info_request"), ("Auto-Submitted", "auto-generated")],
    text=PN14_T,
    html=coupa_html("Great Lakes Fluidics Inc.", "Action required: update your supplier profile", foot='Great Lakes Fluidics Inc. uses Coupa to manage supplier information. This request was sent automatically, so please do not respond by email.<br/><a href="https://supplier.coupahost.com/notification_preferences" style="color:#8a97a3;">Manage notification preferences</a> &middot; <a href="https://www.coupa.com/privacy-policy" style="color:#8a97a3;">Privacy</a>',
        body_html="""Great Lakes Fluidics Inc. needs updated information before your next invoice can be paid:<ul>
<li><b>Remit-to address:</b> please confirm or update the bank account and remit-to address on file.</li>
<li><b>Tax form:</b> a current W-8BEN-E form is required for foreign suppliers. Your form on file expired on 31 Dec 2024.</li></ul>
<a href="https://supplier.coupahost.com/forms/glf-supplier-update-2025" style="background:#0074d9;color:#ffffff;text-decoration:none;padding:11px 22px;border-radius:3px;display:inline-block;">Update Information</a><br><br>
Invoices submitted before the form is approved may be placed on hold.""",
        pre="Remit-to address and W-8BEN-E needed", pixel_id="sim-glf-2025")))

PN15_T = """SAP Business Network

Invoice status update

Larsen Aerostructures Sdn Bhd has updated the status of your invoice.

Invoice number: MPC-INV-2511-0409
Purchase order: 4500088412
Amount: 38,220.00 MYR
Previous status: Sent
New status: Approved

Approved invoices are paid according to the payment terms agreed with your customer.

Notification generated by SAP Business Network at the request of Larsen Aerostructures Sdn Bhd.
"""
add("PN15", "portal_notification", "en", "alternative", mk(
    "PN15", "SAP Business Network <ordersender-prod@ansmtp.ariba.com>",
    "Larsen Aerostructures Sdn Bhd updated the status of invoice MPC-INV-2511-0409",
    "Wed, 26 Nov 2025 04:08:19 +0000", xid("PN15", "ansmtp.ariba.com", "{n}.{a}.JavaMail.ariba"),
    extra=ARIBA_HDR,
    text=PN15_T,
    html=ariba_html("Larsen Aerostructures Sdn Bhd", "Invoice status update", foot='You get status emails because invoice notifications are switched on for your account. Replies to this address are discarded. <a href="https://service.ariba.com/Supplier.aw/ad/privacy" style="color:#6a6d70;">SAP Ariba Privacy Statement</a>',
        body_html="""Larsen Aerostructures Sdn Bhd has updated the status of your invoice.<br><br>
<table role="presentation" cellpadding="6" cellspacing="0" border="0" style="font-size:13px;border:1px solid #e5e5e5;width:100%;">
<tr><td style="color:#6a6d70;width:45%;">Invoice number</td><td>MPC-INV-2511-0409</td></tr>
<tr><td style="color:#6a6d70;">Purchase order</td><td>4500088412</td></tr>
<tr><td style="color:#6a6d70;">Amount</td><td>38,220.00 MYR</td></tr>
<tr><td style="color:#6a6d70;">Previous status</td><td>Sent</td></tr>
<tr><td style="color:#6a6d70;">New status</td><td><b style="color:#107e3e;">Approved</b></td></tr>
</table><br>
Approved invoices are paid according to the payment terms agreed with your customer.""")))

add("PN16", "portal_notification", "en", "plain", mk(
    "PN16", "SAP Business Network <ordersender-prod@ansmtp.ariba.com>",
    "Orion Medical Systems Asia Pte. Ltd. cancelled Purchase Order 4500874102",
    "Tue, 09 Dec 2025 03:55:21 +0000", xid("PN16", "ansmtp.ariba.com", "{n}.{a}.JavaMail.ariba"),
    extra=ARIBA_HDR,
    text="""SAP Business Network

Orion Medical Systems Asia Pte. Ltd. has cancelled the following purchase order.

Order number:      4500874102
Order date:        2 Dec 2025
Cancellation date: 9 Dec 2025
Order total:       4,312.00 SGD

Do not ship goods or submit invoices against this order. If you have already shipped,
contact your customer's buyer directly.

To view the order, log in to SAP Business Network:
https://service.ariba.com/Supplier.aw/ad/poDetails?id=PO-4500874102

--
This email was sent by SAP Business Network on behalf of Orion Medical Systems Asia Pte. Ltd.
You are receiving this email because your company has an SAP Business Network account.
"""))

# =====================================================================
# OTHER
# =====================================================================

add("O01", "other", "en", "html", mk(
    "O01", "Changi Aero Services - Accounts Payable <remittance@changiaero-payments.net>",
    "Remittance Advice - Payment Confirmation RA-77812 (2 documents)",
    "Wed, 26 Nov 2025 03:17:44 +0000", xid("O01", "mail-relay.changiaero-payments.net"),
    reply_to="ap.settlement.dept@gmx.com",
    html="""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Segoe UI,Tahoma,Arial,sans-serif;background:#f3f2f1;margin:0;padding:0;">
<div style="display:none;max-height:0;overflow:hidden;">Your payment of SGD 48,920.00 has been released. Sign in to view the remittance.</div>
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:30px 10px;">
<table width="520" cellpadding="0" cellspacing="0" style="background:#ffffff;border:1px solid #e1dfdd;">
<tr><td style="padding:22px 28px;border-bottom:1px solid #e1dfdd;"><img src="https://changiaero-payments.net/img/ms-logo.png" width="108" height="23" alt="Microsoft"> <span style="color:#605e5c;font-size:13px;padding-left:8px;">SharePoint Online</span></td></tr>
<tr><td style="padding:26px 28px 10px;font-size:20px;color:#201f1e;">Changi Aero Services shared &ldquo;Remittance_RA-77812.pdf&rdquo; with you</td></tr>
<tr><td style="padding:6px 28px;font-size:14px;color:#323130;line-height:21px;">Dear Vendor,<br><br>Your payment of <b>SGD 48,920.00</b> has been released for outstanding invoices. For security reasons, the remittance advice can only be viewed after verifying your company email account.<br><br>This document will expire in <b>24 hours</b>.</td></tr>
<tr><td style="padding:18px 28px;"><a href="https://changiaero-remit.sharepoint-docs.online/login.php?email=receivables@merlionprecision.com.sg&amp;doc=RA-77812" style="background:#0078d4;color:#ffffff;text-decoration:none;padding:11px 26px;font-size:14px;display:inline-block;">Open Document</a></td></tr>
<tr><td style="padding:10px 28px 24px;font-size:11px;color:#a19f9d;">Microsoft respects your privacy. To learn more, please read our Privacy Statement.<br>Microsoft Corporation, One Microsoft Way, Redmond, WA 98052</td></tr>
</table></td></tr></table>
</body></html>
"""))

add("O02", "other", "en", "html", mk(
    "O02", "Credit Matters by SCMI <newsletter@scmi-credit.org.sg>",
    "Credit Matters #47: Late payments hit a 3-year high - 5 ways to bring DSO down",
    "Thu, 16 Oct 2025 01:30:00 +0000", xid("O02", "em.scmi-credit.org.sg", "{b}.{n}.mc"),
    extra=[("List-Unsubscribe", "<https://scmi-credit.us21.list-manage.com/unsubscribe?u=5a1f&id=c81e>, <mailto:unsubscribe@scmi-credit.org.sg>"),
           ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("Precedence", "bulk"), ("X-Mailer", "Mailchimp Mailer - **CIDd81a7f9b4c2e1f**")],
    html="""<!doctype html>
<html xmlns="http://www.w3.org/1999/xhtml" xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office">
<head><meta charset="UTF-8"><meta http-equiv="X-UA-Compatible" content="IE=edge"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Credit Matters #47</title>
<!--[if gte mso 15]><xml><o:OfficeDocumentSettings><o:AllowPNG/><o:PixelsPerInch>96</o:PixelsPerInch></o:OfficeDocumentSettings></xml><![endif]-->
<style type="text/css">p{margin:10px 0;padding:0;} table{border-collapse:collapse;} h1,h2{display:block;margin:0;padding:0;} @media only screen and (max-width:480px){.mcnTextContent{padding-right:18px !important;padding-left:18px !important;}}</style>
</head>
<body style="height:100%;margin:0;padding:0;width:100%;background-color:#f4f4f4;">
<span class="mcnPreviewText" style="display:none;font-size:0px;line-height:0px;max-height:0px;max-width:0px;opacity:0;overflow:hidden;visibility:hidden;mso-hide:all;">Average days-beyond-terms in Singapore rose to 21.4 in Q3. Here is what credit teams are doing about it.</span>
<center>
<table align="center" border="0" cellpadding="0" cellspacing="0" height="100%" width="100%" id="bodyTable" style="background-color:#f4f4f4;">
<tr><td align="center" valign="top" style="padding:10px;">
<!--[if (gte mso 9)|(IE)]><table align="center" border="0" cellspacing="0" cellpadding="0" width="600" style="width:600px;"><tr><td align="center" valign="top" width="600" style="width:600px;"><![endif]-->
<table border="0" cellpadding="0" cellspacing="0" width="100%" style="max-width:600px;background:#ffffff;">
<tr><td style="background:#143c5a;padding:22px 28px;color:#ffffff;font-family:Georgia,serif;font-size:26px;">Credit Matters <span style="font-size:13px;font-family:Arial,sans-serif;color:#a9c4dc;">&nbsp;Issue 47 &middot; October 2025</span></td></tr>
<tr><td class="mcnTextContent" style="padding:24px 28px 6px;font-family:Arial,sans-serif;font-size:15px;line-height:23px;color:#333;">
<h1 style="font-size:22px;color:#143c5a;font-family:Georgia,serif;">Late payments hit a three-year high</h1>
<p>Singapore businesses waited an average of <b>21.4 days beyond terms</b> to be paid in the third quarter, according to our member survey of 312 credit professionals &mdash; up from 17.9 days a year ago. Manufacturing and construction suppliers were hit hardest.</p>
<p>We asked members what actually moved the needle. The top five answers:</p>
<ol>
<li><b>Confirm the invoice landed.</b> A quick &ldquo;did you receive it?&rdquo; call in week one avoids the classic &ldquo;we never got it&rdquo; at day 45.</li>
<li><b>Know the customer's payment run calendar</b> and time reminders to land two days before it.</li>
<li><b>Register on the customer's AP portal early</b> &mdash; unregistered suppliers are the first to slip.</li>
<li><b>Separate disputes from slow payers.</b> Log every dispute with a reason code and an owner.</li>
<li><b>Escalate with data, not emotion.</b> Share an aging with the customer's finance head, not just AP.</li>
</ol>
<p style="text-align:center;padding:10px 0;"><a href="https://scmi-credit.us21.list-manage.com/track/click?u=5a1f&amp;id=77ab" style="background:#e07b24;color:#ffffff;text-decoration:none;padding:12px 24px;border-radius:3px;font-weight:bold;">Read the full Q3 survey</a></p>
<h2 style="font-size:18px;color:#143c5a;font-family:Georgia,serif;padding-top:14px;">Upcoming: Masterclass on the Payment Terms Act debate</h2>
<p>Join us on 20 November at the SCMI Learning Centre for a panel on whether Singapore should follow the UK and Australia in legislating maximum payment terms. CPE: 3 hours.</p>
</td></tr>
<tr><td style="padding:20px 28px;background:#eef2f5;font-family:Arial,sans-serif;font-size:11px;line-height:17px;color:#6b7b88;text-align:center;">
<em>Copyright &copy; 2025 Singapore Credit Management Institute, All rights reserved.</em><br>
You are receiving this email because you are a member of SCMI or signed up at one of our events.<br><br>
<b>Our mailing address is:</b><br>SCMI, 10 Anson Road #22-08, International Plaza, Singapore 079903<br><br>
Want to change how you receive these emails?<br>You can <a href="https://scmi-credit.us21.list-manage.com/profile?u=5a1f&amp;id=c81e" style="color:#6b7b88;">update your preferences</a> or <a href="https://scmi-credit.us21.list-manage.com/unsubscribe?u=5a1f&amp;id=c81e" style="color:#6b7b88;">unsubscribe from this list</a>.
</td></tr>
</table>
<!--[if (gte mso 9)|(IE)]></td></tr></table><![endif]-->
</td></tr></table>
</center>
<img src="https://scmi-credit.us21.list-manage.com/track/open.php?u=5a1f&amp;id=77ab&amp;e=9c0d1a" height="1" width="1" alt="">
</body></html>
"""))

add("O03", "other", "en", "html", mk(
    "O03", "Xero <subscription.notifications@xero.com>",
    "Your Xero invoice for December 2025 is ready",
    "Mon, 01 Dec 2025 14:05:20 +0000", xid("O03", "xero.com", "{a}.billing"),
    extra=[("X-Mailer", "Xero Billing")],
    html="""<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"></head>
<body style="margin:0;background:#f6f6f6;">
<div style="display:none;max-height:0;overflow:hidden;">SGD 95.00 will be charged to your Visa ending 4417 on 8 Dec.</div>
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:24px 8px;">
<table width="560" cellpadding="0" cellspacing="0" style="background:#ffffff;font-family:'Helvetica Neue',Arial,sans-serif;color:#1e3240;">
<tr><td style="padding:24px 32px;"><span style="display:inline-block;background:#13b5ea;color:#fff;border-radius:50%;width:36px;height:36px;line-height:36px;text-align:center;font-weight:bold;">x</span></td></tr>
<tr><td style="padding:0 32px 10px;font-size:22px;font-weight:600;">Your invoice is ready</td></tr>
<tr><td style="padding:0 32px;font-size:14px;line-height:22px;">Hi Merlion Precision Components (MPC Services subsidiary),<br><br>
Your Xero subscription invoice for the organisation <b>MPC Engineering Services Pte Ltd</b> is now available.</td></tr>
<tr><td style="padding:16px 32px;"><table width="100%" cellpadding="6" cellspacing="0" style="font-size:14px;border-top:1px solid #e1e6ea;">
<tr><td>Invoice number</td><td align="right">INV-34817752</td></tr>
<tr><td>Plan</td><td align="right">Grow (SGD)</td></tr>
<tr><td>Billing period</td><td align="right">1 Dec - 31 Dec 2025</td></tr>
<tr><td><b>Amount due</b></td><td align="right"><b>SGD 95.00</b></td></tr>
<tr><td>Payment</td><td align="right">Automatic, Visa ending 4417, on 8 Dec 2025</td></tr>
</table></td></tr>
<tr><td style="padding:6px 32px 24px;"><a href="https://go.xero.com/Settings/Subscription/Billing" style="background:#13b5ea;color:#fff;text-decoration:none;padding:10px 22px;border-radius:3px;display:inline-block;">View invoice</a></td></tr>
<tr><td style="padding:18px 32px;font-size:11px;color:#8b9aa5;background:#fafafa;">You're receiving this because you're the subscriber for this Xero organisation. Xero Limited, 19-23 Taranaki Street, Wellington 6011, New Zealand. <a href="https://www.xero.com/sg/about/legal/privacy/" style="color:#8b9aa5;">Privacy</a></td></tr>
</table></td></tr></table>
<img src="https://post.xero.com/o/bl-34817752/open.gif" width="1" height="1" alt="">
</body></html>
"""))

add("O04", "other", "en", "html", mk(
    "O04", "OCBC Business Events <events@business.ocbc.com>",
    "You're invited: 2026 Trade & Treasury Outlook breakfast - 15 January",
    "Tue, 09 Dec 2025 02:00:00 +0000", xid("O04", "business.ocbc.com", "{b}.{n}.sfmc"),
    extra=[("List-Unsubscribe", "<https://cloud.business.ocbc.com/unsub?e=8cf1d2>"), ("Precedence", "bulk")],
    html="""<!DOCTYPE html><html><head><meta charset="utf-8">
<!--[if mso]><style>td{font-family:Arial,sans-serif !important;}</style><![endif]--></head>
<body style="margin:0;padding:0;background:#ffffff;">
<div style="display:none;max-height:0;overflow:hidden;mso-hide:all;">Hear our economists on tariffs, rates and supply chains - seats are limited.</div>
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="600" cellpadding="0" cellspacing="0" style="font-family:Arial,sans-serif;color:#222;">
<tr><td style="background:#e2231a;padding:28px 30px;color:#ffffff;font-size:26px;font-weight:bold;">2026 Trade &amp; Treasury Outlook</td></tr>
<tr><td style="padding:24px 30px;font-size:15px;line-height:23px;">Dear Business Owner,<br><br>
Start the year with clarity. Join OCBC's Global Markets and Trade Solutions teams for a breakfast briefing on what 2026 holds for Singapore exporters: tariff shifts, interest-rate paths, and how to protect margins when customers stretch payment terms.<br><br>
<b>Date:</b> Thursday, 15 January 2026<br><b>Time:</b> 8.00am - 10.30am<br><b>Venue:</b> OCBC Centre, 65 Chulia Street, Level 9</td></tr>
<tr><td style="padding:0 30px 28px;"><a href="https://cloud.business.ocbc.com/rsvp?e=8cf1d2&amp;evt=TTO2026" style="background:#222;color:#fff;text-decoration:none;padding:12px 28px;display:inline-block;">RSVP now</a></td></tr>
<tr><td style="padding:18px 30px;font-size:10px;line-height:15px;color:#888;border-top:1px solid #ddd;">You are receiving this email because you are an OCBC Business Banking customer. <a href="https://cloud.business.ocbc.com/unsub?e=8cf1d2" style="color:#888;">Unsubscribe</a>. Oversea-Chinese Banking Corporation Limited, 63 Chulia Street, Singapore 049514. Co. Reg. No. 193200032W. Deposit Insurance Scheme: Singapore dollar deposits of non-bank depositors are insured by the SDIC, for up to S$100,000 in aggregate per depositor per Scheme member.</td></tr>
</table></td></tr></table>
<img src="https://cloud.business.ocbc.com/open?e=8cf1d2&amp;j=TTO2026" width="1" height="1" alt="" style="display:none;">
</body></html>
"""))

add("O05", "other", "en", "html", mk(
    "O05", "DHL Express <noreply@dhl.com>",
    "DHL On Demand Delivery: Your shipment 4418290173 is on its way",
    "Wed, 19 Nov 2025 23:12:06 +0000", xid("O05", "dhl.com", "{b}.{n}.odd"),
    extra=[("Auto-Submitted", "auto-generated")],
    html="""<html><head><meta charset="utf-8"></head>
<body style="margin:0;background:#f2f2f2;font-family:Frutiger,Arial,sans-serif;">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:18px 8px;">
<table width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;">
<tr><td style="background:#ffcc00;padding:16px 24px;"><span style="color:#d40511;font-size:26px;font-weight:bold;font-style:italic;">DHL</span></td></tr>
<tr><td style="padding:24px;font-size:18px;color:#333;"><b>Your shipment is on its way</b></td></tr>
<tr><td style="padding:0 24px 14px;font-size:14px;color:#333;line-height:21px;">Waybill number <b>4418290173</b> from <b>HSINCHU TECH INSTRUMENTS CO LTD</b> will be delivered on <b>Friday, 21 Nov 2025</b> between 09:00 and 18:00.<br><br>Contents: documents - signed agreements</td></tr>
<tr><td style="padding:0 24px 20px;"><a href="https://www.dhl.com/sg-en/home/tracking.html?tracking-id=4418290173" style="background:#d40511;color:#fff;text-decoration:none;padding:11px 22px;display:inline-block;">Track shipment</a>&nbsp;&nbsp;<a href="https://odd.dhl.com/sg/4418290173" style="color:#d40511;">Change delivery</a></td></tr>
<tr><td style="padding:16px 24px;font-size:11px;color:#888;border-top:1px solid #e6e6e6;">This is an automatically generated message. DHL Express (Singapore) Pte. Ltd., 1 Changi South Street 2, Singapore 486760. <a href="https://www.dhl.com/sg-en/home/footer/privacy-notice.html" style="color:#888;">Privacy notice</a></td></tr>
</table></td></tr></table>
</body></html>
"""))

add("O06", "other", "zh", "html", mk(
    "O06", "SIMM深圳机械展组委会 <invite@simm-expo.com.cn>",
    "邀请函 | 2026第27届深圳国际机械制造工业展览会 3月25-28日",
    "Thu, 20 Nov 2025 02:30:00 +0000", xid("O06", "edm.simm-expo.com.cn"),
    extra=[("List-Unsubscribe", "<https://edm.simm-expo.com.cn/unsub?m=merlion>"), ("Precedence", "bulk")],
    html="""<!DOCTYPE html><html><head><meta charset="utf-8"><title>SIMM 2026 邀请函</title></head>
<body style="margin:0;padding:0;background:#eaf0f6;">
<div style="display:none;max-height:0;overflow:hidden;">提前登记可免费领取参观证及精选论坛门票</div>
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:20px 6px;">
<table width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;font-family:'Microsoft YaHei',Arial,sans-serif;color:#333;">
<tr><td style="background:#003a8c;padding:30px;color:#fff;text-align:center;"><div style="font-size:26px;font-weight:bold;">SIMM 2026</div><div style="font-size:14px;padding-top:6px;">第27届深圳国际机械制造工业展览会</div></td></tr>
<tr><td style="padding:26px 30px;font-size:14px;line-height:24px;">尊敬的 Merlion Precision Components 您好：<br><br>
诚挚邀请您莅临 2026 深圳国际机械制造工业展览会。本届展会规模达 16 万平方米，汇聚 3,000+ 家展商，涵盖数控机床、精密加工、工业机器人、激光与智能检测等全产业链。<br><br>
<b>时间：</b>2026年3月25日-28日<br><b>地点：</b>深圳国际会展中心（宝安新馆）<br><br>
现在登记即可免费获取电子参观证，并可预约“精密零部件出海论坛”座位。</td></tr>
<tr><td align="center" style="padding:0 30px 30px;"><a href="https://reg.simm-expo.com.cn/visitor?src=edm1120" style="background:#f5a623;color:#fff;text-decoration:none;padding:12px 40px;border-radius:22px;display:inline-block;">立即登记</a></td></tr>
<tr><td style="padding:16px 30px;font-size:11px;color:#999;background:#f7f7f7;text-align:center;">您收到此邮件是因为您曾参观或关注本展会。如不希望再收到此类邮件，请<a href="https://edm.simm-expo.com.cn/unsub?m=merlion" style="color:#999;">点击退订</a>。<br>主办单位：深圳市机械行业协会 等</td></tr>
</table></td></tr></table>
<img src="https://edm.simm-expo.com.cn/open.gif?m=merlion&amp;c=1120" width="1" height="1" alt="">
</body></html>
"""))

O07_T = """Dear Sir/Madam,

We found your contact details on an invoice that one of our sister companies received. We are looking for a new supplier for CNC-machined aluminium parts and would like to request a quotation:

Part: mounting bracket, Al 6061-T6, anodised black, drawing KMT-BRK-0042 rev B (attached drawing available on request under NDA)
Quantity: 2,000 pcs per release, approx. 8,000 pcs per year
Delivery: DAP Johor Bahru
Target lead time: 4 weeks

Please send your best price, tooling cost (if any) and payment terms. Could you also pass this to the right sales person if this mailbox is only for accounts?

Best regards,
Ahmad Faizal
Purchasing Executive
KM Tech Assembly Sdn Bhd, Senai, Johor
"""
add("O07", "other", "en", "alternative", mk(
    "O07", "Ahmad Faizal <faizal@kmtechassembly.com.my>",
    "RFQ - CNC machined aluminium brackets, 2,000 pcs",
    "Tue, 14 Oct 2025 10:22:18 +0800", oid("O07", "apcprd02", "KL1PR02MB"),
    text=O07_T, html=ol_html(O07_T, lang="EN-MY")))

O08_T = """Dear Valued Supplier,

Please be informed that with effect from 1 January 2026, Kallang Instruments Pte Ltd will relocate to:

  Kallang Instruments Pte Ltd
  18 Kaki Bukit Road 3, #05-11 Entrepreneur Business Centre
  Singapore 415978

Our UEN, telephone numbers and email addresses remain unchanged. Please update your records and use the new address on all documents dated 1 January 2026 onwards. Deliveries to the old address at 51 Kallang Bahru will be accepted until 24 December 2025.

Thank you for your continued support.

Yours faithfully,
Administration Department
Kallang Instruments Pte Ltd
"""
add("O08", "other", "en", "alternative", mk(
    "O08", "Kallang Instruments Admin <admin@kallanginstruments.sg>",
    "Notice of change of address - Kallang Instruments Pte Ltd",
    "Mon, 01 Dec 2025 09:30:00 +0800", oid("O08"),
    text=O08_T, html=ol_html(O08_T)))

O09_T = """Hi Grace,

Just a short note to say thanks for turning the credit note around so quickly last week - our controller was impressed, and it made my month-end a lot easier.

Have a good weekend!

Yvonne
Kranji Plastics Pte Ltd
"""
add("O09", "other", "en", "alternative", mk(
    "O09", "Yvonne Sim <yvonne.sim@kranjiplastics.com.sg>",
    "Thank you!",
    "Fri, 17 Oct 2025 17:45:12 +0800", oid("O09"),
    text=O09_T, html=ol_html(O09_T)))

O10_T = """Zoom

Receipt for your payment

Hi Merlion Precision Components,

Thanks for your payment. This is your receipt for your Zoom Workplace Business subscription.

Receipt number: ZM-2025-11-8871-2203
Date paid: 18 Nov 2025
Payment method: Mastercard ending 0921
Plan: Zoom Workplace Business, 12 licences (annual)
Amount paid: USD 2,376.00

Account: it.admin@merlionprecision.com.sg

Questions about your bill? Visit https://zoom.us/billing

Zoom Communications, Inc., 55 Almaden Blvd, San Jose, CA 95113
"""
add("O10", "other", "en", "alternative", mk(
    "O10", "Zoom <billing@zoom.us>",
    "Your Zoom receipt ZM-2025-11-8871-2203",
    "Tue, 18 Nov 2025 08:02:51 +0000", xid("O10", "zoom.us", "{a}.billing"),
    to="Merlion Finance <receivables@merlionprecision.com.sg>",
    text=O10_T,
    html=kv_html("zoom", "#0b5cff", "Receipt for your payment",
                 ["Hi Merlion Precision Components,", "Thanks for your payment. This is your receipt for your Zoom Workplace Business subscription."],
                 [("Receipt number", "ZM-2025-11-8871-2203"), ("Date paid", "18 Nov 2025"), ("Payment method", "Mastercard ending 0921"),
                  ("Plan", "Zoom Workplace Business, 12 licences (annual)"), ("Amount paid", "USD 2,376.00"),
                  ("Account", "it.admin@merlionprecision.com.sg")],
                 ['Questions about your bill? Visit <a href="https://zoom.us/billing">zoom.us/billing</a>'],
                 "Zoom Communications, Inc., 55 Almaden Blvd, San Jose, CA 95113. You are receiving this email because you have a paid Zoom account.",
                 font="Lato,Helvetica,Arial,sans-serif")))

O11_T = """Hello,

Texas Semicon Tools is updating its vendor master records for 2026. As a non-US supplier receiving payments from us, we need a current IRS Form W-8BEN-E for Merlion Precision Components Pte Ltd. The one on file was signed in 2022 and expires at the end of this year.

Please complete, sign and return the form (Part I, Part III claiming treaty benefits if applicable, and Part XXX) by 16 January 2026. A blank form is available at https://www.irs.gov/forms-pubs/about-form-w-8-ben-e.

Thank you,
Vendor Master Data Team
Texas Semicon Tools Inc.
"""
add("O11", "other", "en", "alternative", mk(
    "O11", "TST Vendor Master Data <vendormaster@texassemicontools.com>",
    "Form W-8BEN-E required - vendor record renewal 2026",
    "Wed, 10 Dec 2025 10:14:55 -0600", oid("O11", "namprd12", "CH3PR12MB"),
    text=O11_T, html=ol_html(O11_T, lang="EN-US")))

O12_Q2 = """Hi Merlion,

We have paid SGD 18,450.60 today via FAST for invoices 2509-0412, 2509-0455 and 2510-0031. DBS advice will follow.

Noor Hidayah
Changi Aero Services"""
O12_Q1 = """Grace - can you allocate this one? The DBS advice came in separately as well.

Jasmine

""" + olq("Noor Hidayah <accounts.payable@changiaero.com.sg>", "Tuesday, 4 November 2025 10:02 AM",
          "Merlion Receivables <receivables@merlionprecision.com.sg>", "Payment - Changi Aero Services", O12_Q2)
O12_T = """Done, allocated this morning.

Unrelated - could you watch the shared mailbox for me on Thursday afternoon? I have a dental appointment at 2 and will probably be out till 5. Happy to swap and cover your Friday lunch slot.

Thanks!
Grace

""" + olq("Jasmine Koh <jasmine.koh@merlionprecision.com.sg>", "Tuesday, 4 November 2025 11:30 AM",
          "Grace Tan <grace.tan@merlionprecision.com.sg>", "FW: Payment - Changi Aero Services", O12_Q1)
add("O12", "other", "en", "reply", mk(
    "O12", "Grace Tan <grace.tan@merlionprecision.com.sg>",
    "RE: FW: Payment - Changi Aero Services",
    "Wed, 05 Nov 2025 09:12:40 +0800", oid("O12"),
    to="Jasmine Koh <jasmine.koh@merlionprecision.com.sg>", cc=AR,
    irt=oid("O12-q1"), refs=oid("O12-q2") + " " + oid("O12-q1"),
    text=O12_T, html=ol_html(O12_T)))

O13_T = """Hi po,

Natanggap na po namin ang invoice at ang delivery receipt. Maayos po ang lahat at naipasa ko na sa aming accounting para sa proseso. Salamat po sa mabilis ninyong pagpapadala!

Ingat po palagi,
Carlo Mendoza
Batangas Power Solutions Inc.

-----Original Message-----
From: Merlion Receivables <receivables@merlionprecision.com.sg>
Sent: Tuesday, November 4, 2025 10:20 AM
To: Carlo Mendoza <carlo.mendoza@batangaspower.ph>
Cc: grace.delarosa@batangaspower.ph
Subject: RE: Payment reminder - MPC-INV-2510-0288

Dear Mr Mendoza,

As requested, please find attached a copy of invoice MPC-INV-2510-0288 together with delivery receipt DR-25-10-0192.

Regards,
Accounts Receivable
Merlion Precision Components Pte Ltd
"""
add("O13", "other", "tl", "reply", mk(
    "O13", "Carlo Mendoza <carlo.mendoza@batangaspower.ph>",
    "RE: Payment reminder - MPC-INV-2510-0288",
    "Tue, 04 Nov 2025 14:08:33 +0800", oid("O13", "apcprd03", "PU4PR03MB"),
    cc="grace.delarosa@batangaspower.ph", irt=xid("O13-q", "merlionprecision.com.sg"),
    text=O13_T))

O14_Q = """Hi Shanti,

Attached are the invoices for SO 25-4410, 25-4432 and 25-4451 as requested. We have updated our records to send future invoices to ap@greenfieldpe.com.sg.

Regards,
Accounts Receivable
Merlion Precision Components Pte Ltd"""
O14_T = """Hi all,

Thanks for sorting the invoices. Different question while I have everyone here: we need another 40 pcs of the pump flanges (same spec as SO 25-4410) urgently for a shutdown job - is there any way you can deliver by 28 November? I'll raise the PO today if you can confirm the date.

Marcus Yeo
Procurement, Greenfield Process Engineering Pte Ltd

""" + olq("Merlion Receivables <receivables@merlionprecision.com.sg>", "Thursday, 6 November 2025 10:05 AM",
          "Shanti Krishnan <shanti.k@greenfieldpe.com.sg>", "RE: Delivery dates - October orders", O14_Q,
          cc="Marcus Yeo <marcus.yeo@greenfieldpe.com.sg>; Ho Siew Ling <siewling.ho@merlionprecision.com.sg>")
add("O14", "other", "en", "reply", mk(
    "O14", "Marcus Yeo <marcus.yeo@greenfieldpe.com.sg>",
    "RE: Delivery dates - October orders",
    "Mon, 10 Nov 2025 08:40:02 +0800", oid("O14", "apcprd01", "SI2PR01MB"),
    cc="Shanti Krishnan <shanti.k@greenfieldpe.com.sg>, Ho Siew Ling <siewling.ho@merlionprecision.com.sg>",
    irt=xid("O14-q", "merlionprecision.com.sg"),
    text=O14_T, html=ol_html(O14_T)))

add("O15", "other", "en", "forward", mk(
    "O15", "Hendra Wijaya <hendra.w@batampresisi.co.id>",
    "FW: PO BPT-PO-25-0902 - mould inserts (new order)",
    "Thu, 04 Dec 2025 13:50:29 +0700", oid("O15", "apcprd03", "KL1PR03MB"),
    text="""Dear Merlion,

Forwarding our new purchase order below. Our system sent it to your accounts email; please pass it to your sales/order desk for confirmation of delivery date.

Regards,
Hendra Wijaya
Purchasing, PT Batam Presisi Teknik

-----Original Message-----
From: BPT Purchasing System <purchasing@batampresisi.co.id>
Sent: Thursday, 4 December 2025 11:02
To: receivables@merlionprecision.com.sg
Subject: PO BPT-PO-25-0902 - mould inserts

PURCHASE ORDER BPT-PO-25-0902
Date: 04/12/2025
Supplier: Merlion Precision Components Pte Ltd

Line 1  Mould insert MI-220-B   450 pcs   USD 41.50   USD 18,675.00
Line 2  Ejector sleeve ES-08     600 pcs   USD  3.20   USD  1,920.00

Delivery: DAP Batam, required by 16/01/2026
Payment terms: 60 days from invoice
"""))

add("O16", "other", "en", "forward", mk(
    "O16", "Merlion IT Helpdesk <it.helpdesk@merlionprecision.com.sg>",
    "FW: Security advisory - fake bank detail change and payment notification emails",
    "Mon, 17 Nov 2025 08:15:00 +0800", oid("O16"),
    to="Finance Team <finance.all@merlionprecision.com.sg>", cc=AR,
    text="""Dear Finance colleagues,

Please read the advisory below from our email security provider. In the past two weeks we have blocked 37 messages pretending to be payment notifications from our customers. Do not enter your password on any page opened from an email link; report suspicious emails with the "Report Phish" button.

Regards,
IT Helpdesk
Merlion Precision Components Pte Ltd

---------- Forwarded message ---------
From: Threat Intelligence <advisories@secure-mailgw.example-security.com>
Date: Fri, 14 Nov 2025 at 18:40
Subject: Security advisory - fake bank detail change and payment notification emails

Advisory SA-2025-118

We are tracking an active campaign targeting accounts receivable and finance teams in Southeast Asia. Messages imitate customer remittance advices and shared-document notifications and link to counterfeit Microsoft 365 sign-in pages. A second variant asks suppliers to update customers' bank details for future payments.

Indicators include look-alike sender domains, reply-to addresses at free webmail providers, and urgency ("document expires in 24 hours").
"""))

add("O17", "other", "en", "forward", mk(
    "O17", "Lim Siew Hoon <siewhoon.lim@merlionprecision.com.sg>",
    "FW: December 2025 month-end closing timetable",
    "Tue, 25 Nov 2025 17:32:10 +0800", oid("O17"),
    text="""Hi AR team,

FYI, see the December closing timetable below from Group Finance. Note the earlier cut-off for the year end - please plan your cash allocation and bad debt review accordingly.

Siew Hoon
Finance Manager

________________________________
From: Group Finance <group.finance@merlionholdings.com>
Sent: Tuesday, 25 November 2025 4:50 PM
To: Finance Managers - All Entities
Subject: December 2025 month-end closing timetable

Dear all,

Key dates for the December 2025 / FY2025 close:

  WD-3 (Mon 29 Dec)   Last day for sales invoicing
  WD+1 (Fri 2 Jan)    AR cash allocation complete, unapplied cash report due
  WD+2 (Mon 5 Jan)    Bad debt provision review submitted
  WD+4 (Wed 7 Jan)    Intercompany reconciliation signed off
  WD+6 (Fri 9 Jan)    Reporting pack to Group

Thank you,
Group Finance
"""))

O18_ICS = """BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VTIMEZONE
TZID:Singapore Standard Time
BEGIN:STANDARD
DTSTART:16010101T000000
TZOFFSETFROM:+0800
TZOFFSETTO:+0800
END:STANDARD
END:VTIMEZONE
BEGIN:VEVENT
ORGANIZER;CN=Noor Hidayah:mailto:accounts.payable@changiaero.com.sg
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Merlion Receivables:mailto:receivables@merlionprecision.com.sg
DESCRIPTION;LANGUAGE=en-US:Quarterly supplier review - agenda: Q1 forecast\\, e-invoicing rollout\\, contact list update.
UID:040000008200E00074C5B7101A82E008000000009A1C2B3D4E5FDB01000000000000000010000000C1A2B3C4D5E6F708
SUMMARY;LANGUAGE=en-US:Quarterly supplier review - Changi Aero / Merlion Precision
DTSTART;TZID=Singapore Standard Time:20260114T100000
DTEND;TZID=Singapore Standard Time:20260114T110000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251208T031500Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
BEGIN:VALARM
DESCRIPTION:REMINDER
TRIGGER;RELATED=START:-PT15M
ACTION:DISPLAY
END:VALARM
END:VEVENT
END:VCALENDAR
"""
add("O18", "other", "en", "attachment", mk(
    "O18", "Noor Hidayah <accounts.payable@changiaero.com.sg>",
    "Quarterly supplier review - Changi Aero / Merlion Precision",
    "Mon, 08 Dec 2025 11:15:00 +0800", oid("O18"),
    text="""Hi Merlion team,

Sending an invite for our quarterly supplier review. Agenda: Q1 forecast, our move to e-invoicing via InvoiceNow (Peppol) from April, and an update of contact lists on both sides.

________________________________________________________________________________
Microsoft Teams meeting
Join on your computer, mobile app or room device
Meeting ID: 412 889 330 115
Passcode: Vq7Lm2
________________________________________________________________________________
""",
    atts=[att("invite.ics", O18_ICS.replace("\n", "\r\n").encode(), "text/calendar")]))


# =====================================================================
# write out
# =====================================================================
def main():
    keys = [it[0] for it in ITEMS]
    assert len(keys) == len(set(keys)) == 160, (len(keys), len(set(keys)))
    order = sorted(ITEMS, key=lambda it: hashlib.sha256(("set-I/" + it[0]).encode()).hexdigest())
    rows = []
    for n, (key, cat, lang, shape, msg) in enumerate(order, 1):
        fn = "i-%03d.eml" % n
        with open(os.path.join(HERE, fn), "wb") as f:
            f.write(msg.as_bytes(policy=POL))
        rows.append({"file": fn, "category": cat, "language": lang, "shape": shape})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
