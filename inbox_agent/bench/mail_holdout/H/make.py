#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""
Holdout mail set H for the Luzon Corrugated Packaging Corp. AR shared mailbox
(collections@luzoncorrugated.com.ph, Singapore branch ar.sg@luzoncorrugated.com.sg).

Emphasis: the languages the Manila and Singapore AR desks actually receive --
Tagalog / Taglish, Philippine / Singaporean / Malaysian / Indian business
English, Simplified and Traditional Chinese, Malay, Indonesian, Vietnamese,
Thai and Japanese.

Run `python3 make.py` to (re)write h-001.eml ... h-160.eml and labels.jsonl
next to this file.  Output is fully deterministic: fixed dates, Message-IDs,
MIME boundaries and attachment bytes.  Standard library only.
"""
import email.policy
import email.utils
import hashlib
import html as _html
import io
import json
import os
import re
import unicodedata
import zipfile
from datetime import datetime, timedelta, timezone
from email.headerregistry import Address
from email.message import EmailMessage

HERE = os.path.dirname(os.path.abspath(__file__))
POL = email.policy.default.clone(linesep="\n")

PH = "Luzon Corrugated Collections <collections@luzoncorrugated.com.ph>"
SG = "LCPC Singapore AR <ar.sg@luzoncorrugated.com.sg>"
CARMELA = "Carmela Ocampo <collections@luzoncorrugated.com.ph>"
JOY = "Joy Villanueva <joy.villanueva@luzoncorrugated.com.ph>"
WEILING = "Chua Wei Ling <ar.sg@luzoncorrugated.com.sg>"

TZ_BY_LANG = {"ja": 9.0, "th": 7.0, "vi": 7.0, "id": 7.0}
SPECS = []


def T(s):
    """Body text helper: drop the leading/trailing newline of a triple-quoted block."""
    return s.strip("\n") + "\n"


def M(cat, lang, shape, frm, to, subj, body="", **kw):
    SPECS.append(dict(cat=cat, lang=lang, shape=shape, frm=frm, to=to,
                      subj=subj, body=body, **kw))


# ---------------------------------------------------------------- quoting
OLH = {
    "en": ("From", "Sent", "To", "Cc", "Subject"),
    "zh": ("发件人", "发送时间", "收件人", "抄送", "主题"),
    "zh-hant": ("寄件者", "寄件日期", "收件者", "副本", "主旨"),
    "ms": ("Daripada", "Dihantar", "Kepada", "Sk", "Subjek"),
    "id": ("Dari", "Dikirim", "Kepada", "Cc", "Perihal"),
    "vi": ("Từ", "Đã gửi", "Đến", "Cc", "Chủ đề"),
    "th": ("จาก", "ส่ง", "ถึง", "สำเนาถึง", "เรื่อง"),
    "ja": ("差出人", "送信日時", "宛先", "CC", "件名"),
}


def ol(ui, frm, sent, to, subj, text, cc=None):
    """Outlook-style quoted/forwarded block (headers in the UI language)."""
    k = OLH[ui]
    h = ["%s: %s" % (k[0], frm), "%s: %s" % (k[1], sent), "%s: %s" % (k[2], to)]
    if cc:
        h.append("%s: %s" % (k[3], cc))
    h.append("%s: %s" % (k[4], subj))
    return ("\n\n________________________________\n" + "\n".join(h) + "\n\n"
            + text.strip("\n") + "\n")


def gq(intro, text):
    """Gmail-style '> ' quote."""
    lines = text.strip("\n").split("\n")
    return ("\n\n" + intro + "\n"
            + "\n".join(("> " + l) if l else ">" for l in lines) + "\n")


def fw(sep, pairs, text):
    """Webmail-style forwarded block: separator line, header pairs, body."""
    h = "\n".join("%s: %s" % p for p in pairs)
    return "\n\n" + sep + "\n" + h + "\n\n" + text.strip("\n") + "\n"


# ---------------------------------------------------------------- rendering
def _blocks(text):
    out = []
    for ln in text.strip("\n").split("\n"):
        if ln.startswith("|") and ln.endswith("|") and len(ln) > 1:
            cells = [c.strip() for c in ln[1:-1].split("|")]
            if out and out[-1][0] == "table":
                out[-1][1].append(cells)
            else:
                out.append(["table", [cells]])
        else:
            out.append(["line", ln])
    return out


def _w(s):
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)


def render_text(text):
    res = []
    for kind, v in _blocks(text):
        if kind == "line":
            res.append(v)
            continue
        ncol = max(len(r) for r in v)
        widths = [max((_w(r[c]) if c < len(r) else 0) for r in v) for c in range(ncol)]
        for r in v:
            res.append("   ".join(cell + " " * (widths[c] - _w(cell))
                                  for c, cell in enumerate(r)).rstrip())
    return "\n".join(res) + "\n"


def esc(s):
    return _html.escape(s, quote=False)


def linkify(s):
    s = esc(s)
    return re.sub(r"(https?://[^\s<]+)", r'<a href="\1">\1</a>', s)


OUTLOOK_HEAD = """<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="Generator" content="Microsoft Word 15 (filtered medium)">
<style><!--
p.MsoNormal, li.MsoNormal, div.MsoNormal
	{margin:0cm;
	font-size:11.0pt;
	font-family:"Calibri",sans-serif;}
table.grid td
	{border:solid #A6A6A6 1.0pt;
	padding:2.0pt 6.0pt 2.0pt 6.0pt;}
@page WordSection1
	{size:612.0pt 792.0pt;
	margin:72.0pt 72.0pt 72.0pt 72.0pt;}
div.WordSection1
	{page:WordSection1;}
--></style>
</head>
<body lang="@LANG@" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">
<div class="WordSection1">
"""


def _html_table(rows, cls, cellstyle=""):
    out = ['<table class="%s" border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse">' % cls]
    for n, r in enumerate(rows):
        tag = "b" if n == 0 else None
        cells = []
        for c in r:
            t = esc(c)
            if tag or c.lower().startswith(("total", "合計", "合计")):
                t = "<b>%s</b>" % t
            cells.append('<td style="%s">%s</td>' % (cellstyle, t) if cellstyle else "<td>%s</td>" % t)
        out.append("<tr>" + "".join(cells) + "</tr>")
    out.append("</table>")
    return "\n".join(out)


def html_outlook(text, lang="EN-US"):
    out = []
    for kind, v in _blocks(text):
        if kind == "line":
            out.append('<p class="MsoNormal">%s<o:p></o:p></p>' % (linkify(v) if v.strip() else "&nbsp;"))
        else:
            out.append(_html_table(v, "grid"))
    return OUTLOOK_HEAD.replace("@LANG@", lang) + "\n".join(out) + "\n</div>\n</body>\n</html>\n"


def html_gmail(text):
    out = []
    for kind, v in _blocks(text):
        if kind == "line":
            out.append("<div>%s</div>" % (linkify(v) if v.strip() else "<br>"))
        else:
            out.append(_html_table(v, "t", "border:1px solid #999;padding:2px 8px"))
    return '<div dir="ltr">' + "\n".join(out) + "\n</div>\n"


KV = re.compile(r"^([^:：/]{1,42})[:：]\s*(\S.*)$")


def html_notice(text, brand, accent="#0a6ed1"):
    paras, cur = [], []
    for kind, v in _blocks(text):
        if kind == "table":
            if cur:
                paras.append(("p", cur))
                cur = []
            paras.append(("t", v))
        elif v.strip():
            cur.append(v)
        elif cur:
            paras.append(("p", cur))
            cur = []
    if cur:
        paras.append(("p", cur))
    body = []
    for kind, v in paras:
        if kind == "t":
            body.append(_html_table(v, "items", "border:1px solid #d0d5dd;padding:4px 10px;font-size:13px"))
        elif all(KV.match(l) and "http" not in l for l in v):
            rows = []
            for l in v:
                k, val = KV.match(l).groups()
                rows.append('<tr><td style="padding:3px 16px 3px 0;color:#555">%s</td>'
                            '<td style="padding:3px 0;font-weight:bold">%s</td></tr>' % (esc(k.strip()), esc(val)))
            body.append('<table cellspacing="0" cellpadding="0" style="margin:8px 0 16px 0">%s</table>' % "".join(rows))
        else:
            body.append('<p style="margin:0 0 14px 0">%s</p>' % "<br>\n".join(linkify(l) for l in v))
    return ("<!DOCTYPE html>\n<html>\n<head>\n<meta charset=\"utf-8\">\n"
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
            "<title>%s</title>\n</head>\n"
            "<body style=\"margin:0;padding:0;background:#f2f4f7;font-family:Arial,Helvetica,sans-serif\">\n"
            "<table width=\"100%%\" cellspacing=\"0\" cellpadding=\"0\"><tr><td align=\"center\" style=\"padding:24px 0\">\n"
            "<table width=\"600\" cellspacing=\"0\" cellpadding=\"0\" style=\"background:#ffffff;border:1px solid #e4e7ec\">\n"
            "<tr><td style=\"background:%s;color:#ffffff;padding:16px 24px;font-size:18px;font-weight:bold\">%s</td></tr>\n"
            "<tr><td style=\"padding:24px;font-size:14px;line-height:1.5;color:#1d2939\">\n%s\n</td></tr>\n"
            "</table>\n</td></tr></table>\n</body>\n</html>\n") % (esc(brand), accent, esc(brand), "\n".join(body))


def make_html(s):
    style = s.get("style") or ("outlook" if s["shape"] == "html" else "gmail")
    if style == "outlook":
        return html_outlook(s["body"], s.get("hlang", "EN-US"))
    if style == "notice":
        return html_notice(s["body"], s.get("brand", ""), s.get("accent", "#0a6ed1"))
    return html_gmail(s["body"])


# ---------------------------------------------------------------- attachments
MIMES = {
    "pdf": ("application", "pdf"),
    "jpg": ("image", "jpeg"),
    "jpeg": ("image", "jpeg"),
    "png": ("image", "png"),
    "xlsx": ("application", "vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    "docx": ("application", "vnd.openxmlformats-officedocument.wordprocessingml.document"),
    "csv": ("text", "csv"),
}


def _zip(files):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_STORED) as z:
        for name, content in files:
            zi = zipfile.ZipInfo(name, date_time=(2025, 4, 1, 8, 0, 0))
            zi.create_system = 3
            zi.external_attr = 0o644 << 16
            z.writestr(zi, content.encode("utf-8"))
    return buf.getvalue()


def _xml(s):
    return _html.escape(s, quote=True)


def fake_bytes(name, note):
    ext = name.rsplit(".", 1)[-1].lower()
    seed = hashlib.sha256(("H|" + name).encode("utf-8")).digest()
    lines = [l for l in (note or name).split("\n")]
    if ext == "pdf":
        txt = " / ".join(lines)
        return (b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
                b"1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n"
                b"2 0 obj\n<< /Type /Pages /Kids [3 0 R] /Count 1 >>\nendobj\n"
                b"3 0 obj\n<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>\nendobj\n"
                b"% " + txt.encode("utf-8") + b"\n% " + seed.hex().encode("ascii") + b"\n"
                b"trailer\n<< /Root 1 0 R /Size 4 >>\n%%EOF\n")
    if ext in ("jpg", "jpeg"):
        return (b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x48\x00\x48\x00\x00"
                b"\xff\xfe\x00\x13fake scan for test" + seed * 12 + b"\xff\xd9")
    if ext == "png":
        return (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x02\xd0\x00\x00\x05\xa0\x08\x02\x00\x00\x00"
                + seed[:4] + b"\x00\x00\x00\x60IDAT" + seed * 3 + seed[:4]
                + b"\x00\x00\x00\x00IEND\xaeB`\x82")
    if ext == "xlsx":
        rows = []
        for r, line in enumerate(lines, 1):
            cells = "".join('<c r="%s%d" t="inlineStr"><is><t>%s</t></is></c>' % (chr(65 + c), r, _xml(v))
                            for c, v in enumerate(line.split("|")))
            rows.append('<row r="%d">%s</row>' % (r, cells))
        return _zip([
            ("[Content_Types].xml", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>'),
            ("_rels/.rels", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>'),
            ("xl/workbook.xml", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>'),
            ("xl/_rels/workbook.xml.rels", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>'),
            ("xl/worksheets/sheet1.xml", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>%s</sheetData></worksheet>' % "".join(rows)),
        ])
    if ext == "docx":
        paras = "".join("<w:p><w:r><w:t>%s</w:t></w:r></w:p>" % _xml(l) for l in lines)
        return _zip([
            ("[Content_Types].xml", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'),
            ("_rels/.rels", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>'),
            ("word/document.xml", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>%s</w:body></w:document>' % paras),
        ])
    return ("\n".join(lines) + "\n").encode("utf-8")


# ---------------------------------------------------------------- headers
def addr_list(v):
    items = v if isinstance(v, (list, tuple)) else [v]
    out = []
    for it in items:
        name, addr = email.utils.parseaddr(it)
        out.append(Address(display_name=name, addr_spec=addr))
    return out


def make_date(i, s):
    tzh = s.get("tz", TZ_BY_LANG.get(s["lang"], 8.0))
    tz = timezone(timedelta(minutes=int(round(tzh * 60))))
    if "d" in s:
        dt = datetime.strptime(s["d"], "%Y-%m-%d %H:%M").replace(second=(i * 17) % 60, tzinfo=tz)
    else:
        dt = datetime(2025, 4, 1 + (i * 7) % 17, 8 + (i * 5) % 10, (i * 13) % 60, (i * 29) % 60, tzinfo=tz)
        while dt.weekday() >= 5:  # default dates fall on working days
            dt += timedelta(days=1)
    return email.utils.format_datetime(dt)


def make_msgid(i, s):
    addr = email.utils.parseaddr(s["frm"])[1]
    dom = addr.split("@", 1)[1].lower()
    h = hashlib.sha256(("H|%d|%s|%s" % (i, s["subj"], addr)).encode("utf-8")).hexdigest()
    if dom in ("gmail.com", "googlemail.com"):
        return "<CA%s+%s@mail.gmail.com>" % (h[:12].upper(), h[12:40])
    if dom.startswith("yahoo."):
        return "<%d.%d@mail.yahoo.com>" % (int(h[:10], 16), int(h[10:18], 16))
    if s.get("style") == "outlook" or s["shape"] in ("reply", "forward"):
        return "<%s%s@%s>" % (h[:16].upper(), h[16:40], dom)
    return "<%s.%s@%s>" % (h[:20], h[20:28], dom)


def header_only(msg):
    return b"".join(POL.fold_binary(k, v) for k, v in msg.items())


def hdr_block(pairs):
    return "".join(POL.fold(k, v) for k, v in pairs)


def build_report(i, s, msg):
    b = "----=_NextPart_H%03d_%s" % (i, hashlib.sha256(("rb%d" % i).encode()).hexdigest()[:12])
    msg["MIME-Version"] = "1.0"
    msg["Content-Type"] = 'multipart/report; report-type=%s; boundary="%s"' % (s["rtype"], b)
    parts = ['Content-Type: text/plain; charset="utf-8"\nContent-Transfer-Encoding: 8bit\n\n' + s["body"],
             "Content-Type: message/%s\n\n" % s["rtype"] + s["machine"].strip("\n") + "\n"]
    if s.get("orig"):
        parts.append("Content-Type: text/rfc822-headers\n\n" + s["orig"])
    body = "This is a MIME-encapsulated message.\n\n"
    for p in parts:
        body += "--%s\n%s\n" % (b, p.rstrip("\n") + "\n")
    body += "--%s--\n" % b
    return header_only(msg) + b"\n" + body.encode("utf-8")


def build(i, s):
    msg = EmailMessage(policy=POL)
    msg["From"] = addr_list(s["frm"])
    msg["To"] = addr_list(s["to"])
    if s.get("cc"):
        msg["Cc"] = addr_list(s["cc"])
    msg["Subject"] = s["subj"]
    msg["Date"] = make_date(i, s)
    msg["Message-ID"] = make_msgid(i, s)
    if s["shape"] == "reply" or s.get("irt"):
        to_addr = addr_list(s["to"])[0].addr_spec
        dom = to_addr.split("@", 1)[1] if "luzoncorrugated" in to_addr else "luzoncorrugated.com.ph"
        ref = "<%s@%s>" % (hashlib.sha256(("irt%d" % i).encode()).hexdigest()[:32].upper(), dom)
        msg["In-Reply-To"] = ref
        msg["References"] = ref
    for k, v in s.get("hdrs", {}).items():
        msg[k] = v
    if s["shape"] == "report":
        return build_report(i, s, msg)
    text = render_text(s["body"])
    if s["shape"] == "html":
        msg.set_content(s.get("html") or make_html(s), subtype="html")
    elif s["shape"] == "alternative":
        msg.set_content(text)
        msg.add_alternative(s.get("html") or make_html(s), subtype="html")
    else:
        msg.set_content(text)
    for a in s.get("att", []):
        name, note = (a, "") if isinstance(a, str) else a
        mt, st = MIMES[name.rsplit(".", 1)[-1].lower()]
        msg.add_attachment(fake_bytes(name, note), maintype=mt, subtype=st, filename=name)
    for part in msg.iter_parts() if msg.is_multipart() else []:
        for sub in part.walk():
            del sub["MIME-Version"]
    k = 0
    for part in msg.walk():
        if part.is_multipart():
            part.set_boundary("----=_Part_%03d_%d.%s" % (i, k, hashlib.sha256(("b%d.%d" % (i, k)).encode()).hexdigest()[:16]))
            k += 1
    return msg.as_bytes(policy=POL)



# =====================================================================
# remittance (30)
# =====================================================================
M("remittance", "tl", "plain", "Marites Reyes <marites.reyesbakeshop@gmail.com>", PH,
  "Bayad po sa SI 004512 at 004519", T("""
Good morning po!

Nag-transfer na po ako kanina via InstaPay ng ₱18,450.00 para po sa SI 004512 (₱9,800.00) at SI 004519 (₱8,650.00). Galing po sa BPI account ng Reyes Bakeshop, ref. no. 4071 8823 9910.

Pakicheck na lang po kung pumasok na sa account ninyo. Salamat po ng marami!

Marites Reyes
Reyes Bakeshop – Marikina
0917 555 0142
"""), d="2025-04-07 10:58")

M("remittance", "tl", "plain", "Arnel Bautista <abautista@batangasbottlers.com.ph>", JOY,
  "Check deposit - INV-2025-0091", T("""
Hi Ms. Joy,

FYI, nai-deposit na namin kahapon sa BDO account ninyo (Luzon Corrugated Packaging Corp.) yung check payment namin for INV-2025-0091.

Metrobank check no. 0004471
Amount: PHP 126,300.00
Deposited at: BDO Lipa Main, 3:10 PM

Pa-issue na lang po ng OR once na-clear na yung check. Thanks!

Arnel Bautista
Accounting Supervisor
Batangas Bottlers Inc.
"""), cc=PH, d="2025-04-04 09:21")

M("remittance", "tl", "reply", "Liza Navarro <liza.navarro@tondosoap.com.ph>", CARMELA,
  "RE: Statement of Account as of March 31, 2025 - Tondo Soap & Detergent Mfg.", T("""
Hi Ma'am Carmela,

Good afternoon po. Update lang po: as of today nabayaran na po namin yung tatlong invoices sa SOA na ito thru BPI fund transfer:

SI 004366 – ₱98,400.00
SI 004371 – ₱77,150.50
SI 004395 – ₱70,330.00
Total: ₱245,880.50 (BPI ref. 0409-77-1532)

Yung iba pa pong nasa listahan, ifa-follow up ko pa sa accounting head namin.

Salamat po,
Liza
""") + ol("en", CARMELA, "Tuesday, April 1, 2025 9:02 AM", "Liza Navarro <liza.navarro@tondosoap.com.ph>",
          "Statement of Account as of March 31, 2025 - Tondo Soap & Detergent Mfg.", """
Dear Ms. Liza,

Good day! Attached is your Statement of Account as of March 31, 2025 showing an outstanding balance of ₱412,880.50, of which ₱245,880.50 is past due.

Kindly review and let us know if you have any questions.

Thank you,
Carmela Ocampo
Collections Officer
Luzon Corrugated Packaging Corp.
"""), d="2025-04-09 14:37")

M("remittance", "tl", "forward", "Jocelyn Manalo <jmanalo@quezonagri.ph>", PH,
  "FW: Payment Advice - Transaction Successful", T("""
Hi Collections team,

Forwarding po yung payment advice galing sa bank namin. Pakiapply na lang po sa mga invoice na nakalista sa remarks. Salamat po!

Jocelyn Manalo
Treasury Assistant | Quezon Agri-Ventures Inc.
""") + ol("en", "UnionBank Business Online <no-reply@unionbankph.com>", "Thursday, April 10, 2025 11:26 AM",
          "Jocelyn Manalo <jmanalo@quezonagri.ph>", "Payment Advice - Transaction Successful", """
Dear Client,

Your PESONet transfer has been successfully processed.

Transaction Reference No.: PN2504100031187
Source Account: ****-****-4418 (QUEZON AGRI-VENTURES INC.)
Beneficiary: LUZON CORRUGATED PACKAGING CORP.
Beneficiary Bank: BDO UNIBANK, INC.
Amount: PHP 89,540.00
Value Date: 10 Apr 2025
Remarks: INV 0000123470 / 0000123477 / 0000123481

This is a system-generated advice. Replies sent to this address are not monitored.
"""), d="2025-04-10 13:05")

M("remittance", "tl", "attachment", "Rodel Santos <rodelsantos.hardware@yahoo.com>", PH,
  "LCPC account - Santos Hardware", T("""
Sir/Ma'am,

Pls see attached po.

-Rodel

Sent from Yahoo Mail on Android
"""), att=["Deposit slip 0412 Santos Hardware.jpg"], d="2025-04-12 16:41")

M("remittance", "tl", "html", "Accounts Payable - Pampanga Sweet Delicacies <ap@pampangasweets.com.ph>", PH,
  "Payment notification - Pampanga Sweet Delicacies (April 8)", T("""
Dear Luzon Corrugated,

Magandang araw po! Ipinapaalam po namin na nai-transfer na po namin ngayong araw ang bayad para sa mga sumusunod na invoice via BPI Business Banking:

|Invoice No.|Invoice Date|Amount|EWT (1%)|Net Paid|
|SI 004402|03/05/2025|₱56,000.00|₱500.00|₱55,500.00|
|SI 004415|03/12/2025|₱33,600.00|₱300.00|₱33,300.00|
|SI 004430|03/19/2025|₱44,800.00|₱400.00|₱44,400.00|
|Total||₱134,400.00|₱1,200.00|₱133,200.00|

BPI reference no.: 25040812093374. Naka-attach na rin po ang scanned BIR Form 2307 para sa withholding.

Paki-send na lang po ng Official Receipt sa email na ito. Maraming salamat po!

Ruby Dizon
AP Officer
Pampanga Sweet Delicacies, Inc.
San Fernando, Pampanga
"""), style="outlook", hlang="EN-PH", att=["2307_LCPC_Mar2025.pdf"], d="2025-04-08 15:20")

M("remittance", "tl", "alternative", "Bong Villareal <bong.villareal.printshop@gmail.com>", PH,
  "Proof of payment - DR 3345 & DR 3351", T("""
Hello po Ms. Carmela,

Nagbayad na po ako ng balance ko para sa DR 3345 at DR 3351, total ₱7,980. Sinend ko po via InstaPay mula sa Maya papunta sa BDO account ninyo, mga 10:42 AM kanina.

Naka-attach po yung screenshot ng transaction. Pa-confirm na lang po pag nakita na ninyo.

Salamat!
Bong
Villareal Print Shop, Cainta
"""), att=["Screenshot_20250411-104512_Maya.png"], d="2025-04-11 11:03")

M("remittance", "tl", "reply", "Grace Lim-Tan <grace.limtan@goldenharvestsnacks.com>", CARMELA,
  "RE: Friendly reminder: SI 004388 past due", T("""
Hi, paid na po ito kanina lang, sorry for the delay — naipit lang sa approval ng boss namin. Attached po ang remittance advice.

Grace
""") + ol("en", CARMELA, "Wednesday, April 2, 2025 8:47 AM", "Grace Lim-Tan <grace.limtan@goldenharvestsnacks.com>",
          "Friendly reminder: SI 004388 past due", """
Dear Ms. Grace,

We would like to remind you that SI 004388 dated February 14, 2025 amounting to ₱54,200.00 is now 45 days past due.

We would appreciate settlement at your earliest convenience. If payment has already been made, please send us the details so we can update our records.

Regards,
Carmela Ocampo
Collections Officer
""", cc=JOY), att=["RA_GHSC_20250409.pdf"], d="2025-04-09 17:12")

M("remittance", "tl", "plain", "Dolores Abellana <accounting@sugbumangoes.com>", PH,
  "Deposit sa Landbank - Inv 0000123456 & 0000123461", T("""
Magandang hapon po.

Nagdeposit po kami sa Landbank Mandaue branch ngayong hapon ng ₱33,600.00 para po sa Invoice Nos. 0000123456 at 0000123461. Cash deposit po ito, hindi check.

Ipapadala ko po yung picture ng validated deposit slip mamayang gabi pag-uwi ko, naiwan ko po kasi sa sasakyan.

Daghang salamat po!
Dolores Abellana
Sugbu Mango Products – Mandaue City
"""), d="2025-04-03 15:48")

M("remittance", "en", "plain", "Kelvin Tan <kelvin.tan@tampinesprecision.com.sg>", SG,
  "Payment made - SG-25-0311 / SG-25-0316", T("""
Hi Wei Ling,

Payment of S$14,230.50 has been made via FAST today for the two invoices below:

|SG-25-0311|S$8,905.50|
|SG-25-0316|S$5,325.00|

Our payment ref: TPL-PAY-04471 (DBS). Kindly acknowledge receipt when it reflects on your side.

Regards,
Kelvin Tan
Finance Executive
Tampines Precision Pte Ltd
"""), d="2025-04-08 16:22")

M("remittance", "en", "html", "Jurong Food Industries AP <noreply-ap@jurongfood.com.sg>", SG,
  "Payment Advice Note 2000004812 dated 08.04.2025", T("""
Dear Supplier,

Please be informed that the following items have been settled by GIRO with value date 09.04.2025.

Payment document: 2000004812   Vendor no.: 300417   Company code: SG10

|Doc. no.|Your reference|Doc. date|Gross amount|Deduction|Net amount (SGD)|
|5105561201|SG-25-0241|10.02.2025|12,450.00|0.00|12,450.00|
|5105561237|SG-25-0252|17.02.2025|20,880.00|0.00|20,880.00|
|5105561290|SG-25-0263|24.02.2025|15,580.00|0.00|15,580.00|
|Total||||0.00|48,910.00|

This payment advice is system-generated. For queries, please contact ap.helpdesk@jurongfood.com.sg quoting the payment document number.

Jurong Food Industries Pte Ltd
"""), style="outlook", hlang="EN-SG", d="2025-04-08 07:05")

M("remittance", "en", "attachment", "Ramesh Iyer <ramesh.iyer@sundaramexports.in>", PH,
  "PFA - LUZON CORRUGATED", T("""
Dear Sir/Madam,

PFA. Kindly do the needful and acknowledge.

Thanks & Regards,
Ramesh Iyer
Accounts Dept.
Sundaram Exports Pvt. Ltd., Chennai
"""), att=["Payment_Advice_UTR_SBINH25098812345.pdf"], tz=5.5, d="2025-04-04 12:40")

M("remittance", "en", "forward", "Darren Lim <darren.lim@luzoncorrugated.com.sg>", SG,
  "FW: Payment for your invoices", T("""
Hi Wei Ling,

FYI – Jurong Mart says they've cleared everything for March. Can you match it against the GIRO receipts and close the items? Sharon asked for an acknowledgement once done.

Thanks,
Darren
Sales Manager, LCPC Singapore
""") + ol("en", "Sharon Goh <sharon.goh@jurongmart.sg>", "Thursday, April 3, 2025 6:14 PM",
          "Darren Lim <darren.lim@luzoncorrugated.com.sg>", "Payment for your invoices", """
Hi Darren,

Just to let you know we've paid all the March deliveries in one go — S$6,742.80 by GIRO, deducted from our account today. Covers SG-25-0270, SG-25-0277, SG-25-0284 and SG-25-0292.

Can help to let your accounts know? Thanks!

Sharon
"""), d="2025-04-04 09:30")

M("remittance", "en", "plain", "Nurul Huda Ismail <nurulhuda@kvsnacks.com.my>", SG,
  "Bank in slip - KL/INV/2503/118", T("""
Hi Ms Chua,

We have banked in RM 22,560.00 to your Maybank account this morning via IBG for invoice no. KL/INV/2503/118. Reference: KVS/APR/031.

Kindly check and issue the official receipt to us. Thank you.

Best regards,
Nurul Huda
Account Assistant
Klang Valley Snacks Sdn Bhd
"""), d="2025-04-15 11:47")

M("remittance", "en", "reply", "Patrick Uy <pat.uy@novafrozen.com.ph>", CARMELA,
  "RE: SOA - Novaliches Frozen Foods as of 31 Mar 2025", T("""
Hi Carmela,

We've settled the two items below through BDO online banking today (ref. 7740021559):

SI 004401 – ₱61,250.00
SI 004417 – ₱18,900.00

Gross ₱80,150.00 less 1% EWT (₱715.63), so the amount transferred is ₱79,434.37. BIR 2307 will be sent by our tax team separately.

Regards,
Patrick Uy
Finance Manager
Novaliches Frozen Foods Corp.
""") + ol("en", CARMELA, "Monday, March 31, 2025 4:15 PM", "Patrick Uy <pat.uy@novafrozen.com.ph>",
          "SOA - Novaliches Frozen Foods as of 31 Mar 2025", """
Hi Mr. Uy,

Please see attached SOA. Two invoices (SI 004401 and SI 004417) are already beyond terms. Appreciate it if you could include them in your next payment.

Thanks and regards,
Carmela
"""), d="2025-04-10 11:45")

M("remittance", "en", "alternative", "Mabuhay Noodle Corp. <ap-noreply@mabuhaynoodle.com.ph>", PH,
  "Bill Payment Notification - Mabuhay Noodle Corp. - Ref BP-2025-00388", T("""
Mabuhay Noodle Corp. has issued a payment to you.

Vendor: LUZON CORRUGATED PACKAGING CORP. (V-00127)
Payment reference: BP-2025-00388
Payment date: 11/04/2025
Payment method: EFT – Security Bank to BDO
Amount paid: PHP 216,450.00

|Bill|Bill amount (PHP)|
|INV-2025-0097|104,160.00|
|INV-2025-0104|66,080.00|
|INV-2025-0110|48,160.00|
|Less creditable withholding tax (1%)|(1,950.00)|
|Total paid|216,450.00|

This notification was sent automatically by our accounts payable system. Replies to this address are not monitored; please write to ap@mabuhaynoodle.com.ph for questions.
"""), style="notice", brand="Mabuhay Noodle Corp. – Accounts Payable", accent="#b42318", d="2025-04-11 06:12")

M("remittance", "en", "plain", "Jasmine Koh <jasmine@lioncityconfectionery.sg>", SG,
  "paynow done", T("""
Hi AR team,

Payment for the carton boxes already transferred via PayNow to your UEN 201912345K just now, S$1,284.00 for inv SG-25-0402. Pls check ah, if got any problem let me know.

Thanks!
Jasmine
Lion City Confectionery
"""), d="2025-04-14 15:09")

M("remittance", "en", "attachment", "Leah Fernandez <leah.f@visayanseafoods.com>", PH,
  "INV 2025-0277", T("""
Hi,

Please see attached.

Best,
Leah
"""), att=["SWIFT MT103 - USD 12,880.00 - INV 2025-0277.pdf"], d="2025-04-02 14:18")

M("remittance", "zh", "plain", "王丽 <wangli@jiahe-trading.com.sg>", SG,
  "付款通知：发票 SG-25-0288", T("""
您好，

我司已于今天（4月8日）通过OCBC银行转账支付贵司发票 SG-25-0288 的货款，金额为 S$9,860.00。

银行参考号：OCBC 250408-77312

请查收，收到后烦请回复确认。谢谢！

王丽
财务部
上海佳禾贸易（新加坡）有限公司
"""), d="2025-04-08 11:20")

M("remittance", "zh", "attachment", "陈晓敏 <chenxm@xmxinyuan-food.cn>", PH,
  "4月10日", T("""
您好，

附件请查收。

陈晓敏
厦门鑫源食品有限公司
"""), att=["付款水单-20250410-LCPC.pdf"], d="2025-04-10 16:02")

M("remittance", "zh", "reply", "刘洋 <liuyang@dghuasheng-elec.com>", CARMELA,
  "答复: Overdue invoices INV-2025-0081 / INV-2025-0088", T("""
Carmela 你好，

这两张发票的款项我们已经在4月3日通过招商银行电汇付出，金额 USD 23,415.60。因为是跨境汇款，可能需要3-5个工作日到账。

汇款水单见附件，请帮忙核对一下，谢谢！

刘洋
东莞市华盛电子有限公司 采购财务
""") + ol("zh", CARMELA, "2025年4月2日 9:15", "刘洋 <liuyang@dghuasheng-elec.com>",
          "Overdue invoices INV-2025-0081 / INV-2025-0088", """
Dear Mr. Liu,

Our records show that INV-2025-0081 (USD 11,020.00) and INV-2025-0088 (USD 12,395.60) remain unpaid and are now past the 60-day term.

Please advise the payment date.

Best regards,
Carmela Ocampo
"""), att=["招商银行境外汇款回单_20250403.pdf"], d="2025-04-07 10:10")

M("remittance", "zh", "forward", "赵敏 <zhaomin@shjiahe.com>", PH,
  "转发: 招商银行电子回单", T("""
你好，

转发付款回单，请查收并安排入账。如有问题请联系我。

赵敏
上海佳禾贸易有限公司 财务
""") + fw("------------------ 原始邮件 ------------------",
          [("发件人", '"招商银行" <95555@message.cmbchina.com>'),
           ("发送时间", "2025年4月9日(星期三) 下午2:31"),
           ("收件人", '"赵敏" <zhaomin@shjiahe.com>'),
           ("主题", "招商银行电子回单")], """
尊敬的客户：

您的境外汇款业务已办理成功，电子回单信息如下：
业务编号：OR2504090045617
汇款人：上海佳禾贸易有限公司
收款人：LUZON CORRUGATED PACKAGING CORP.
收款银行：BDO UNIBANK INC MANILA
汇款金额：USD 8,200.00
附言：INV-2025-0133
交易日期：2025-04-09

此邮件由系统自动发送，请勿直接回复。
"""), d="2025-04-09 15:02")

M("remittance", "zh", "alternative", "宁波海天日用品有限公司 财务中心 <fk@nbhaitian-daily.com>", PH,
  "付款通知 - 宁波海天日用品有限公司 - 2025年4月", T("""
尊敬的供应商：

我司已于2025年4月11日向贵司支付下列款项，请注意查收：

|发票号|金额（USD）|
|INV-2025-0112|5,640.00|
|INV-2025-0119|3,275.50|
|合计|8,915.50|

付款方式：中国银行 电汇（T/T）
如对本次付款有疑问，请在7个工作日内联系我司应付组 0574-8866 1234。

宁波海天日用品有限公司
财务中心
"""), style="notice", brand="宁波海天日用品有限公司 · 付款通知", accent="#1f6f43", d="2025-04-11 16:40")

M("remittance", "zh-hant", "plain", "林淑芬 <sflin@tc-xinglong.com.tw>", PH,
  "匯款通知 INV-2025-0102 / INV-2025-0108", T("""
您好：

本公司已於4月9日電匯美金 USD 15,600.00 至 貴公司於 BDO 之帳戶，支付發票號碼 INV-2025-0102 及 INV-2025-0108 之貨款。

匯款水單如附件，煩請查收並惠予確認。

順頌 商祺
台中興隆食品股份有限公司
會計部 林淑芬
"""), att=["匯款水單_0409.pdf"], d="2025-04-09 16:48")

M("remittance", "zh-hant", "html", "利昌貿易 會計部 <accounts@leecheong-trading.com.hk>", PH,
  "付款通知書 – 利昌貿易有限公司", T("""
Luzon Corrugated 收數部 台鑒：

茲通知 貴公司，本公司已於2025年4月10日經滙豐銀行 (HSBC) 電匯以下款項：

|發票編號|金額 (USD)|
|INV-2025-0121|4,180.00|
|INV-2025-0129|2,960.00|
|合計|7,140.00|

銀行手續費由本公司承擔。如有查詢，請致電 (852) 2345 6789 與陳小姐聯絡。

利昌貿易有限公司
會計部 謹啟
"""), style="outlook", hlang="ZH-HK", d="2025-04-10 17:30")

M("remittance", "ms", "plain", "Siti Aminah binti Razak <siti.aminah@majujaya.com.my>", SG,
  "Makluman Bayaran - Invois KL/INV/2503/097", T("""
Assalamualaikum dan salam sejahtera,

Cik Chua,

Dimaklumkan bahawa pihak kami telah membuat bayaran sebanyak RM 8,745.60 melalui DuitNow ke akaun CIMB pihak tuan pada hari ini, bagi invois KL/INV/2503/097.

No. rujukan transaksi: DN2504101188420. Bukti pembayaran dilampirkan bersama e-mel ini untuk rujukan pihak tuan.

Sekian, terima kasih.

Siti Aminah Razak
Eksekutif Akaun
Syarikat Perniagaan Maju Jaya Sdn. Bhd.
"""), att=["Bukti bayaran DuitNow 100425.pdf"], d="2025-04-10 10:25")

M("remittance", "ms", "forward", "Hafiz Rahman <hafiz@penangelec.com.my>", SG,
  "Fwd: Pemindahan Dana Berjaya", T("""
Salam Cik Chua,

Bersama ini saya majukan notifikasi daripada Maybank2u Biz untuk bayaran invois bulan Mac. Mohon semak dan sahkan penerimaan.

Terima kasih,
Hafiz
Penang Electronics Sdn Bhd
""") + fw("---------- Mesej yang dimajukan ---------",
          [("Daripada", "Maybank2u Biz <m2ubiz-alert@maybank.com.my>"),
           ("Tarikh", "Isn, 7 Apr 2025 pada 3:45 PTG"),
           ("Subjek", "Pemindahan Dana Berjaya"),
           ("Kepada", "<hafiz@penangelec.com.my>")], """
Pemindahan Dana Antara Bank (IBG) anda telah berjaya.

Tarikh Transaksi: 07 Apr 2025
No. Rujukan: M2UB0704250091823
Daripada Akaun: 5140 **** 2291
Penerima: LUZON CORRUGATED PACKAGING
Bank Penerima: CIMB BANK BERHAD
Jumlah: RM 31,402.00
Butiran Pembayaran: INV KL/INV/2503/104 & 2503/109

Ini adalah e-mel yang dijana oleh komputer. Sila jangan balas.
"""), d="2025-04-07 16:10")

M("remittance", "id", "plain", "Dewi Lestari <dewi.lestari@sumbermakmur.co.id>", SG,
  "Konfirmasi Pembayaran Invoice SG-25-0275", T("""
Selamat siang Ibu Chua,

Bersama ini kami informasikan bahwa pembayaran untuk invoice SG-25-0275 sebesar USD 4.350,00 sudah kami transfer hari ini melalui Bank Mandiri (TT). Bukti transfer terlampir.

Mohon dicek dan dikonfirmasi apabila dana sudah diterima.

Terima kasih atas kerja samanya.

Salam,
Dewi Lestari
Finance – PT Sumber Makmur Abadi
"""), att=["Bukti Transfer Mandiri 14042025.pdf"], d="2025-04-14 13:30")

M("remittance", "vi", "attachment", "Nguyễn Thị Thu Hà <ha.nguyen@saigonxanh-food.vn>", PH,
  "INV-2025-0150", T("""
Kính gửi anh/chị,

Gửi anh/chị file đính kèm.

Trân trọng,
Thu Hà
"""), att=["Uy nhiem chi Vietcombank 08.04.2025 - INV-2025-0150.pdf"], d="2025-04-08 14:05")

M("remittance", "ja", "reply", "田中 美咲 <m.tanaka@sakura-foods.co.jp>", CARMELA,
  "RE: Payment reminder – INV-2025-0098", T("""
Luzon Corrugated Packaging Corp.
Carmela Ocampo 様

いつも大変お世話になっております。
株式会社サクラ食品 経理部の田中でございます。

ご連絡いただきました INV-2025-0098（USD 11,240.00）につきまして、本日みずほ銀行より送金手続きを完了いたしました。
着金まで2〜3営業日ほどかかるかと存じますので、ご確認のほどよろしくお願い申し上げます。

お支払いが遅くなり、誠に申し訳ございませんでした。

株式会社サクラ食品
経理部 田中 美咲
""") + ol("ja", CARMELA, "2025年4月3日 10:05", "田中 美咲 <m.tanaka@sakura-foods.co.jp>",
          "Payment reminder – INV-2025-0098", """
Dear Ms. Tanaka,

I hope you are well. May we kindly follow up on INV-2025-0098 for USD 11,240.00, which was due on March 20, 2025?

Thank you and best regards,
Carmela Ocampo
Luzon Corrugated Packaging Corp.
"""), d="2025-04-08 13:22")


# =====================================================================
# invoice_request (20)
# =====================================================================
M("invoice_request", "tl", "plain", "Analyn Garcia <analyn.garcia@marikinafresh.com.ph>", PH,
  "Request copy ng SI 004533", T("""
Hi po,

Pwede po bang pa-resend ng copy ng SI 004533? Hindi na po namin mahanap yung original na iniwan ng driver nung nag-deliver, mukhang naisama sa ibang files.

Kahit scanned copy muna po, para ma-encode na namin sa system. Salamat po!

Analyn Garcia
Purchasing & AP Clerk
Marikina Fresh Foods Inc.
"""))

M("invoice_request", "tl", "plain", "Rowena Pascual <rpascual@bulacanplastics.ph>", PH,
  "Original Sales Invoice para sa DR 3412 at DR 3415", T("""
Good morning Ma'am!

Kailangan po namin ng original copy ng Sales Invoice (yung BIR-registered po) para sa DR 3412 at DR 3415. Photocopy lang po kasi ang na-receive ng warehouse namin at hindi po ito tinatanggap ng accounting para sa input VAT.

Pwede po bang ipadala via LBC sa office namin sa Malolos, o sabihan lang po kami kung kailan pwedeng i-pick up?

Thank you po,
Rowena Pascual
Bulacan Plastics Trading
"""))

M("invoice_request", "tl", "reply", "Mark Anthony Dizon <ma.dizon@sanisidrodairy.com.ph>", CARMELA,
  "RE: Payment follow-up: INV-2025-0144", T("""
Hi Ms. Carmela,

Wala pa po kaming natatanggap na invoice para sa delivery na ito kaya hindi pa po siya naka-queue sa system namin. Pakisend na lang po yung PDF copy ng INV-2025-0144 para ma-forward ko agad sa approver.

Salamat po,
Mark
""") + ol("en", CARMELA, "Friday, March 28, 2025 2:30 PM", "Mark Anthony Dizon <ma.dizon@sanisidrodairy.com.ph>",
          "Payment follow-up: INV-2025-0144", """
Hi Mark,

Just following up on INV-2025-0144 (₱67,340.00) for the March 3 delivery of 4,000 pcs RSC boxes. It fell due last March 25.

Kindly let us know when we can expect payment.

Thanks,
Carmela
"""), d="2025-04-01 10:26")

M("invoice_request", "tl", "forward", "Kristine Joy Mendoza <kjmendoza@lagunaelectronics.ph>", PH,
  "FW: PO 4500012877 - Corrugated boxes", T("""
Hi po,

Pa-issue po ng invoice for this PO. Na-deliver na po lahat last April 2 pero wala pong invoice na kasama sa delivery, DR lang. Hindi po namin ma-process ang payment hangga't walang invoice na naka-match sa PO.

Thanks po!
Kristine
""") + ol("en", "Purchasing - Laguna Electronics <purchasing@lagunaelectronics.ph>", "Monday, March 17, 2025 10:12 AM",
          "sales@luzoncorrugated.com.ph", "PO 4500012877 - Corrugated boxes", """
Dear Supplier,

Please find below our purchase order:

PO No.: 4500012877
Item: Double-wall shipping carton 450x350x300 mm, 2-color print
Qty: 2,500 pcs @ ₱41.20
Delivery: on or before April 4, 2025 at Plant 2, Calamba

Please acknowledge.

Purchasing Department
""", cc="Kristine Joy Mendoza <kjmendoza@lagunaelectronics.ph>"), d="2025-04-08 13:52")

M("invoice_request", "tl", "plain", "Jennifer Soriano <jsoriano@quezonagri.ph>", PH,
  "Pakipalitan po ng company name - Invoice 0000123502", T("""
Hello po,

Pakipalitan po ng pangalan yung invoice 0000123502 — ang nakalagay po ay "Quezon Agri Ventures Trading", pero ang registered name po namin ay "Quezon Agri-Ventures Inc." Paki-lagay na rin po yung TIN namin: 008-123-456-000 at yung address sa Lucena.

Pagka-correct po, paki-send ulit ng bagong copy para ma-book na namin. Wala naman po kaming issue sa amount at quantity.

Salamat po,
Jennifer Soriano
Accounting Staff
"""))

M("invoice_request", "tl", "attachment", "Ma. Cristina Lopez <cristina.lopez@davaobanana.coop>", JOY,
  "LCPC invoices", T("""
Hi Ma'am Joy,

Pls see attached po. Thanks!

Tina
"""), att=[("Request for invoice copies - Mar 2025.xlsx",
            "Invoice No.|Invoice Date|Remarks\nSI 004410|2025-03-06|need copy\nSI 004436|2025-03-20|need copy\nSI 004447|2025-03-27|need copy")])

M("invoice_request", "en", "plain", "Priya Raman <priya.raman@kallanglogistics.com.sg>", SG,
  "Invoice SG-25-0290 - PDF please", T("""
Hi,

Could you please resend invoice SG-25-0290 in PDF format? Our AP system only accepts PDF and the scanned JPG we received was rejected by the upload.

Thanks,
Priya Raman
Accounts Payable
Kallang Logistics Pte. Ltd.
"""))

M("invoice_request", "en", "reply", "Suresh Kumar <suresh.k@sundaramexports.in>", CARMELA,
  "RE: Outstanding - PO SE/PO/24-25/0871", T("""
Dear Madam,

With reference to your below mail, we have not received the invoice copy against PO No. SE/PO/24-25/0871 till date. Request you to kindly share the same at the earliest so that we can book it and process the payment.

Also kindly mention our IEC and GSTIN on the invoice copy.

Thanks & Regards,
Suresh Kumar
Manager – Accounts
""") + ol("en", CARMELA, "Thursday, March 27, 2025 3:40 PM", "Suresh Kumar <suresh.k@sundaramexports.in>",
          "Outstanding - PO SE/PO/24-25/0871", """
Dear Mr. Kumar,

Good day. This is regarding the shipment under your PO SE/PO/24-25/0871 which left Manila on February 21. The corresponding invoice of USD 18,600.00 is now overdue.

We would be grateful for an update on payment.

Warm regards,
Carmela Ocampo
"""), tz=5.5, d="2025-04-02 11:05")

M("invoice_request", "en", "html", "Cheryl Ann Tiu <cheryl.tiu@goldenharvestsnacks.com>", CARMELA,
  "Invoice copies for audit", T("""
Hi Carmela,

Our external auditors are doing their fieldwork next week and need copies of the following invoices from Luzon Corrugated:

• SI 003990 (Nov 2024)
• SI 004021 (Dec 2024)
• SI 004077 (Jan 2025)

Soft copies would be fine. Would appreciate it if you can send them by Wednesday.

Thank you!

Cheryl Ann Tiu
Senior Accountant
Golden Harvest Snacks Corp.
"""), style="outlook", hlang="EN-PH")

M("invoice_request", "en", "plain", "Jessie Lau <jessie.lau@penangelec.com.my>", SG,
  "CN-SG-0042 copy", T("""
Hi Ms Chua,

You mentioned last week that CN-SG-0042 was issued for the 200 pcs cartons we returned, but I don't have a copy of it in my inbox. Can email it over? I need it to offset against KL/INV/2504/003.

Thank you ya.

Jessie Lau
Penang Electronics Sdn Bhd
"""))

M("invoice_request", "en", "alternative", "Benjamin Ng <benjamin.ng@eastcoastbev.com.sg>", SG,
  "Tax invoice needed - PO 7100045521 / DO 88213", T("""
Hi team,

We received the goods under DO 88213 (PO 7100045521) on 2 April, but there was no tax invoice enclosed with the delivery. Please email the tax invoice to ap@eastcoastbev.com.sg so we can book it before our month-end cut-off on the 25th.

Many thanks,
Benjamin Ng
Procurement & AP
East Coast Beverages Pte Ltd
"""), style="gmail", d="2025-04-07 09:48")

M("invoice_request", "zh", "plain", "孙婷 <sunting@gzmeida-trade.com>", PH,
  "请重新提供正式商业发票 INV-2025-0117", T("""
您好！

麻烦重新发一下3月份那批货的发票（INV-2025-0117）。我们财务说上次收到的是形式发票（Proforma Invoice），不能入账，也办不了付汇，需要正式的商业发票（Commercial Invoice），最好是签字盖章的扫描件。

辛苦了，谢谢！

孙婷
广州美达贸易有限公司
"""))

M("invoice_request", "zh", "reply", "黄磊 <huanglei@xmxinyuan-food.cn>", CARMELA,
  "回复：Payment reminder INV-2025-0137", T("""
您好，

我们这边一直没有收到这张发票的电子版，所以系统里没有挂账。麻烦发一份 INV-2025-0137 的 PDF 到 ap@xmxinyuan-food.cn，收到后我们马上走付款流程。

谢谢！
黄磊
""") + ol("zh", CARMELA, "2025年4月1日 14:20", "黄磊 <huanglei@xmxinyuan-food.cn>",
          "Payment reminder INV-2025-0137", """
Dear Mr. Huang,

Kindly be reminded that INV-2025-0137 for USD 6,480.00 is due for payment on April 15, 2025.

Best regards,
Carmela Ocampo
"""), d="2025-04-03 09:12")

M("invoice_request", "zh", "attachment", "周倩 <zhouqian@szhengtai-elec.com>", PH,
  "INV-2025-0125 / INV-2025-0131", T("""
您好，

请见附件，谢谢。

周倩
"""), att=[("申请补发发票-INV-2025-0125及0131.docx",
            "申请补发发票\n客户：深圳恒泰电子有限公司\n发票号：INV-2025-0125、INV-2025-0131\n原因：原件在搬迁中遗失，请重新提供签章版扫描件")])

M("invoice_request", "zh", "plain", "Tan Hui Min 陈慧敏 <huimin.tan@jurongmart.sg>", SG,
  "2024年12月 invoice 正本", T("""
Hello 慧玲，

我们的 auditor 要看去年12月的 invoice 正本，可以帮忙 scan 一份给我吗？发票号是 SG-24-1207 和 SG-24-1215。

如果可以的话这个礼拜五之前 send 给我，thanks！

慧敏
Jurong Mart Pte Ltd
"""))

M("invoice_request", "zh-hant", "forward", "張家豪 <chiahao.chang@tc-xinglong.com.tw>", JOY,
  "轉寄: Invoice INV-2025-0126 - Luzon Corrugated", T("""
您好，

下方郵件提到附件有發票，但我們這邊沒有收到任何附件。麻煩再寄一次 INV-2025-0126 的發票 PDF 給我們，謝謝。

張家豪
台中興隆食品股份有限公司 採購部
""") + ol("zh-hant", JOY, "2025年3月31日 下午 04:20", "張家豪 <chiahao.chang@tc-xinglong.com.tw>",
          "Invoice INV-2025-0126 - Luzon Corrugated", """
Dear Mr. Chang,

Please find attached our invoice INV-2025-0126 for your order shipped on March 28.

Best regards,
Joy Villanueva
AR Supervisor
"""), d="2025-04-01 15:33")

M("invoice_request", "ms", "plain", "Zulkifli Ahmad <zulkifli@majujaya.com.my>", SG,
  "Mohon salinan invois KL/INV/2504/006", T("""
Salam sejahtera,

Boleh pihak tuan hantar semula salinan invois KL/INV/2504/006? Invois asal kami tercicir semasa pejabat berpindah ke Shah Alam minggu lepas.

Salinan PDF pun sudah memadai. Terima kasih atas bantuan.

Zulkifli Ahmad
Penolong Akauntan
Syarikat Perniagaan Maju Jaya Sdn. Bhd.
"""))

M("invoice_request", "id", "plain", "Agus Santoso <agus.santoso@sinarjaya-plast.co.id>", SG,
  "Mohon kirim ulang invoice SG-25-0301", T("""
Dengan hormat,

Mohon dikirimkan ulang invoice SG-25-0301 dalam format PDF. File yang kami terima kemarin tidak bisa dibuka (sepertinya rusak/corrupt).

Atas perhatian dan bantuannya kami ucapkan terima kasih.

Hormat kami,
Agus Santoso
Staf Akuntansi
PT Sinar Jaya Plastindo
"""), d="2025-04-10 10:40")

M("invoice_request", "vi", "plain", "Trần Minh Quân <quan.tran@binhduong-furniture.vn>", PH,
  "Đề nghị gửi lại hóa đơn INV-2025-0149", T("""
Kính gửi bộ phận kế toán Luzon Corrugated,

Chúng tôi chưa nhận được bản gốc hóa đơn thương mại số INV-2025-0149 cho lô hàng giao ngày 25/03/2025. Bộ phận hải quan của chúng tôi cần hóa đơn này để hoàn tất thủ tục.

Vui lòng gửi lại bản scan qua email và chuyển bản gốc qua DHL giúp chúng tôi.

Trân trọng,
Trần Minh Quân
Phòng Kế toán – Công ty TNHH Nội thất Bình Dương
"""))

M("invoice_request", "th", "reply", "สมศรี วงศ์ใหญ่ <somsri.w@siamfoodpack.co.th>", CARMELA,
  "ตอบกลับ: Payment reminder INV-2025-0160", T("""
เรียน คุณคาร์เมลา

ทางเรายังไม่ได้รับใบแจ้งหนี้เลขที่ INV-2025-0160 ฉบับจริงค่ะ รบกวนส่งสำเนาเป็นไฟล์ PDF มาอีกครั้ง เพื่อให้ฝ่ายบัญชีตั้งหนี้ในระบบได้ค่ะ

ขอบคุณค่ะ
สมศรี วงศ์ใหญ่
ฝ่ายบัญชี บริษัท สยามฟู้ดแพ็ค จำกัด
""") + ol("th", CARMELA, "2 เมษายน 2568 11:30", "สมศรี วงศ์ใหญ่ <somsri.w@siamfoodpack.co.th>",
          "Payment reminder INV-2025-0160", """
Dear Khun Somsri,

Just a gentle reminder that INV-2025-0160 (USD 3,920.00) will be due on April 18, 2025.

Best regards,
Carmela Ocampo
"""), d="2025-04-03 14:15")


# =====================================================================
# statement_request (18)
# =====================================================================
M("statement_request", "tl", "plain", "Jonathan Reyes <jreyes@batangasbottlers.com.ph>", PH,
  "Request SOA as of March 31", T("""
Hi po!

Pwede po pa-send ng SOA namin as of end of March? Magre-reconcile po kami bago mag-close ng Q1 ang books namin.

Kung pwede po, naka-Excel para madaling i-match. Thanks po!

Jonathan Reyes
GL Accountant
Batangas Bottlers Inc.
"""))

M("statement_request", "tl", "plain", "Nena Ramos <nenaramos.kakanin@gmail.com>", PH,
  "magkano na po balance namin?", T("""
Ma'am good pm po,

Magkano na po ba lahat-lahat ng utang namin sa inyo? Nalito na po kasi ako sa mga resibo, may mga partial po kaming naibayad noong Pebrero.

Gusto ko po sanang makita muna yung listahan bago ko kausapin si mister kung paano namin aayusin.

Salamat po,
Nena Ramos
Ramos Kakanin – Malabon
"""))

M("statement_request", "tl", "reply", "Carlo Mercado <carlo.mercado@tondosoap.com.ph>", CARMELA,
  "RE: Invoice SI 004588 - Tondo Soap", T("""
Hi Carmela,

Salamat sa invoice, received na po.

Pahabol lang po: pwede rin po ba kami makahingi ng aging ng account namin sa inyo, per invoice, kasama yung due dates? Gusto lang po naming makita kung ano pa yung mga open items bago mag-payment planning sa katapusan.

Thanks po,
Carlo
""") + ol("en", CARMELA, "Monday, April 7, 2025 10:00 AM", "Carlo Mercado <carlo.mercado@tondosoap.com.ph>",
          "Invoice SI 004588 - Tondo Soap", """
Hi Carlo,

Attached is SI 004588 for the April 4 delivery (6,000 pcs, ₱128,520.00). Terms are 30 days from invoice date.

Regards,
Carmela
"""), d="2025-04-08 09:40")

M("statement_request", "tl", "forward", "Evelyn Tan <evelyn.tan@pampangasweets.com.ph>", PH,
  "FW: Confirmation of Accounts Payable Balance - Pampanga Sweet Delicacies, Inc.", T("""
Hi LCPC team,

Pinapasend po ng external auditor namin ang balance confirmation ninyo sa amin as of December 31, 2024. Naka-forward po sa baba yung request nila. Pakisagot na lang po directly sa kanila, naka-cc po sila dito.

Thank you po!
Evelyn Tan
Finance Manager
""") + ol("en", "Santos Lim Aquino & Co. - Audit Confirmations <confirm@slaco-cpas.ph>", "Friday, April 4, 2025 9:15 AM",
          "Evelyn Tan <evelyn.tan@pampangasweets.com.ph>",
          "Confirmation of Accounts Payable Balance - Pampanga Sweet Delicacies, Inc.", """
Dear Sir/Madam,

In connection with our audit of the financial statements of Pampanga Sweet Delicacies, Inc. for the year ended December 31, 2024, please confirm directly to us the balance due to you from our client as at that date, together with a list of the unpaid invoices comprising that balance.

Our client's records show a payable of ₱286,430.00. If this does not agree with your records, kindly provide the details of the difference.

Please reply to confirm@slaco-cpas.ph.

Very truly yours,
Santos Lim Aquino & Co.
"""), cc="Santos Lim Aquino & Co. - Audit Confirmations <confirm@slaco-cpas.ph>", d="2025-04-07 10:02")

M("statement_request", "tl", "html", "Rosalie Fernando <rfernando@novafrozen.com.ph>", PH,
  "Listahan ng open invoices - Novaliches Frozen Foods", T("""
Good afternoon po,

Para po sa year-end reconciliation namin (March po ang fiscal year end namin), pakisend po ng listahan ng lahat ng open invoices ng Novaliches Frozen Foods sa inyo, kasama ang invoice date, due date at natitirang balance.

Kung may unapplied payments o credit memo po kami sa inyo, pakisama na rin po.

Maraming salamat po!

Rosalie Fernando
AP Team Lead
Novaliches Frozen Foods Corp.
"""), style="outlook", hlang="EN-PH")

M("statement_request", "tl", "attachment", "Jerome Castillo <jcastillo@mabuhaynoodle.com.ph>", PH,
  "LCPC - for your action po", T("""
Hi Ma'am,

Pls fill up po and send back. Thanks!

Jerome
"""), att=[("Vendor Balance Confirmation Form 2024 - Luzon Corrugated.xlsx",
            "Vendor Balance Confirmation as of 31 December 2024\nVendor:|Luzon Corrugated Packaging Corp.\nBalance per vendor records:|\nSigned by:|")])

M("statement_request", "en", "plain", "Melvin Chia <melvin.chia@kallanglogistics.com.sg>", SG,
  "SOA as at 31 March", T("""
Hi Wei Ling,

Could you send over a statement of account for Kallang Logistics as at 31 March? Our finance team is doing the month-end recon and we want to tie up your balance.

Cheers,
Melvin
"""))

M("statement_request", "en", "plain", "Venkatesh Raghavan <venkatesh.r@coimbatoretextiles.co.in>", PH,
  "Request for ledger copy FY 2024-25", T("""
Dear Sir,

Greetings from Coimbatore Textiles Ltd.

Kindly provide the ledger copy / statement of our account in your books for the period 01.04.2024 to 31.03.2025 for the purpose of year-end reconciliation.

Request you to send the same in Excel format at the earliest.

Thanks & Regards,
Venkatesh Raghavan
Asst. Manager – Finance
"""), tz=5.5)

M("statement_request", "en", "reply", "Hazel Ramirez <hazel.ramirez@sanisidrodairy.com.ph>", JOY,
  "Re: Past due – SI 004352 / SI 004359", T("""
Hi Joy,

Before we process anything, can you send us the full list of what's still open on our account, with invoice dates and amounts? I'd like to compare it line by line against our subledger before the next payment run is set.

Thanks,
Hazel
""") + gq("On Mon, Mar 31, 2025 at 4:52 PM Joy Villanueva <joy.villanueva@luzoncorrugated.com.ph> wrote:", """
Hi Hazel,

Hope all is well. Just a reminder that SI 004352 and SI 004359 (total ₱93,800.00) are now over 30 days past due. Could you check on their status for us?

Thanks,
Joy
"""), d="2025-04-02 08:55")

M("statement_request", "en", "alternative", "Lim Mei Ling <meiling.lim@kvsnacks.com.my>", SG,
  "Request for Statement of Account – March 2025", T("""
Dear Ms Chua,

Kindly send us your Statement of Account for March 2025, showing all outstanding invoices and payments received during the month.

We need it to complete our creditors' reconciliation by 18 April.

Thank you.

Regards,
Lim Mei Ling
Accounts Executive
Klang Valley Snacks Sdn Bhd
"""), style="outlook", hlang="EN-MY")

M("statement_request", "en", "plain", "Ah Hock <ahhock.amk@gmail.com>", SG,
  "outstanding", T("""
Hello,

How much we still owe you ah? Boss asking me. Can send the outstanding list? Want to see which invoice not paid yet.

Thanks
Ah Hock
Ang Mo Kio Hardware & Trading
"""))

M("statement_request", "zh", "plain", "何静 <hejing@gzmeida-trade.com>", PH,
  "对账单申请（截至2025年3月31日）", T("""
您好，

请提供截至2025年3月31日的对账单，列明所有未付发票及已收款项，我们需要与贵司核对一季度往来账。

如方便，请以Excel格式发送。谢谢配合！

何静
广州美达贸易有限公司 财务部
"""))

M("statement_request", "zh", "attachment", "吴峰 <wufeng@szhengtai-elec.com>", PH,
  "Luzon Corrugated - 请协助", T("""
您好，

见附件，请盖章后回传，谢谢。

吴峰
"""), att=[("往来款项询证函_2024年度_Luzon Corrugated.pdf", "企业询证函 截至2024年12月31日 贵公司与本公司往来款项余额")])

M("statement_request", "zh", "reply", "李嘉欣 <jiaxin.li@jiahe-trading.com.sg>", WEILING,
  "回复: Invoice SG-25-0330", T("""
Hi 慧玲，

麻烦把我们公司目前所有未付的发票列个清单给我，包括发票日期和账龄，我这边好安排。

谢谢！
嘉欣
""") + ol("zh", WEILING, "2025年4月7日 16:02", "李嘉欣 <jiaxin.li@jiahe-trading.com.sg>",
          "Invoice SG-25-0330", """
Hi Jiaxin,

Attached is invoice SG-25-0330 for the delivery on 4 April. Please arrange payment within 30 days.

Thanks & regards,
Chua Wei Ling
AR Executive, LCPC Singapore
"""), d="2025-04-09 10:31")

M("statement_request", "zh-hant", "plain", "陳怡君 <yichun.chen@kh-fishery.com.tw>", PH,
  "請提供對帳單", T("""
您好：

請提供本公司截至114年3月31日（即2025年3月底）之應付帳款對帳單（含各張發票號碼、金額及到期日），以便本公司會計部門核對。

感謝您的協助。

高雄海洋水產股份有限公司
會計 陳怡君
"""))

M("statement_request", "ms", "forward", "Norazlina Yusof <norazlina@rotisentosa.com.my>", SG,
  "Fwd: Baki tertunggak pembekal", T("""
Hai Cik Chua,

Mohon kongsikan penyata akaun (SOA) terkini untuk syarikat kami. Emel di bawah adalah arahan daripada pengurus kewangan kami.

Terima kasih,
Norazlina
""") + fw("---------- Mesej yang dimajukan ---------",
          [("Daripada", "Faizal Hamid <faizal@rotisentosa.com.my>"),
           ("Tarikh", "Isn, 7 Apr 2025 pada 9:12 PG"),
           ("Subjek", "Baki tertunggak pembekal"),
           ("Kepada", "Norazlina Yusof <norazlina@rotisentosa.com.my>")], """
Lina,

Tolong dapatkan penyata baki terkini daripada semua pembekal pembungkusan, termasuk Luzon Corrugated. Saya perlukan sebelum mesyuarat hari Jumaat.

Faizal
"""), d="2025-04-07 11:20")

M("statement_request", "id", "plain", "Rina Wulandari <rina.w@sinarjaya-plast.co.id>", SG,
  "Permintaan statement of account per 31 Maret 2025", T("""
Dengan hormat,

Mohon bantuannya untuk mengirimkan statement of account (rekap tagihan) yang masih outstanding atas nama PT Sinar Jaya Plastindo per tanggal 31 Maret 2025.

Data tersebut kami perlukan untuk rekonsiliasi hutang usaha akhir kuartal.

Terima kasih,
Rina Wulandari
Finance & Accounting
"""))

M("statement_request", "ja", "plain", "佐藤 健一 <k.sato@sakura-foods.co.jp>", PH,
  "【ご依頼】3月末残高明細のご送付について", T("""
Luzon Corrugated Packaging Corp.
ご担当者様

いつもお世話になっております。
株式会社サクラ食品 経理部の佐藤でございます。

監査法人より取引先残高の確認を求められておりまして、
貴社における弊社の2025年3月31日時点の未払残高明細（請求書番号・金額・支払期日）をご送付いただけますでしょうか。

お手数をおかけいたしますが、4月18日までにご対応いただけますと幸いです。
何卒よろしくお願い申し上げます。

株式会社サクラ食品
経理部 佐藤 健一
"""))


# =====================================================================
# dispute (22)
# =====================================================================
M("dispute", "tl", "plain", "Ramil Aquino <ramil.aquino@marikinafresh.com.ph>", PH,
  "Mali po ang presyo sa SI 004560", T("""
Hi po,

Yung SI 004560 po ay naka-₱18.50 per box, pero ang napagkasunduan po namin ni Sir Jun (sales ninyo) ay ₱16.75 lang, based po sa quotation Q-2025-014 na pinirmahan noong February.

Sa 3,000 pcs, lumalabas na sobra po ng ₱5,250.00 ang singil. Paki-revise po ng invoice bago namin iproseso. Naka-hold po muna ito sa amin.

Salamat,
Ramil Aquino
Purchasing Officer
Marikina Fresh Foods Inc.
"""))

M("dispute", "tl", "reply", "Myrna Salazar <msalazar.ricemill@gmail.com>", PH,
  "Re: THIRD REMINDER - Overdue Account (SI 004301)", T("""
Ma'am,

Bayad na po namin ito noong Feb 20 pa, at na-send ko na rin po sa inyo yung deposit slip noon (BDO, ₱42,750.00). Pangatlong reminder na po ito na natanggap namin para sa parehong invoice.

Pakicheck naman po ng records ninyo at paki-correct, nakakahiya po sa boss ko na parang hindi kami nagbabayad.

Myrna Salazar
Salazar Rice Mill – Nueva Ecija
""") + gq("On Tue, Apr 1, 2025 at 10:03 AM Luzon Corrugated Collections <collections@luzoncorrugated.com.ph> wrote:", """
Dear Valued Customer,

THIRD REMINDER: Our records show that SI 004301 (₱42,750.00) remains unpaid as of today. Please settle immediately to avoid suspension of credit terms.

Luzon Corrugated Packaging Corp. – Collections
"""), d="2025-04-01 19:48")

M("dispute", "tl", "plain", "Ferdinand Lim <flim@cavite-canning.ph>", PH,
  "Damaged boxes - DR 3389 / SI 004571", T("""
Good morning po.

Yung delivery kahapon (DR 3389), 120 pcs sa 500 pcs na kahon ay basa at sira-sira po pagdating dahil hindi natakpan ng trapal yung truck habang umuulan. Hindi po namin magagamit sa packing line.

Nakatabi po yung mga damaged para ma-inspect ng tao ninyo. Hindi po namin mababayaran yung buong SI 004571 hangga't walang credit memo para sa 120 pcs.

Ferdinand Lim
Warehouse & Purchasing
Cavite Canning Corp.
"""))

M("dispute", "tl", "reply", "Sheila Marie Cruz <smcruz@lagunaelectronics.ph>", JOY,
  "RE: Invoice INV-2025-0155 - Laguna Electronics", T("""
Hi Ms. Joy,

Kulang po ang dumating. Sa invoice po ay 2,000 pcs ang nakalagay pero 1,800 lang po ang na-receive namin, at pirmado po ng receiving namin yung DR na 1,800 lang. Paki-adjust po ang invoice or mag-issue po kayo ng credit memo para sa 200 pcs.

Salamat po,
Sheila
""") + ol("en", JOY, "Thursday, April 3, 2025 5:11 PM", "Sheila Marie Cruz <smcruz@lagunaelectronics.ph>",
          "Invoice INV-2025-0155 - Laguna Electronics", """
Hi Sheila,

Attached is INV-2025-0155 for 2,000 pcs die-cut trays (₱72,000.00), delivered April 2.

Best,
Joy
"""), d="2025-04-04 08:37")

M("dispute", "tl", "plain", "Katherine Sy <katherine.sy@clarkprecision.ph>", PH,
  "VAT sa INV-2025-0162 - PEZA registered kami", T("""
Hi,

Bakit po may 12% VAT yung INV-2025-0162? PEZA-registered enterprise po kami at zero-rated dapat ang benta ninyo sa amin. Na-submit na po namin yung PEZA certificate noong accreditation pa.

Hindi po namin ito matatanggap as is. Please cancel po and re-issue ng zero-rated invoice.

Katherine Sy
Finance Department
Clark Precision Components Inc.
"""))

M("dispute", "tl", "forward", "Ronaldo Magbanua <rmagbanua@cavite-canning.ph>", PH,
  "FW: Receiving report - DR 3402 (wrong size)", T("""
Hi Ma'am,

See below po galing sa warehouse namin. Mali po yung size ng boxes na dinala, 12x10x8 po instead of 14x12x10 na nasa PO. Irereturn po namin lahat sa susunod na pick-up ninyo.

Huwag po muna ninyong i-bill ito, o kung na-invoice na, paki-cancel po.

Ronaldo Magbanua
Purchasing
Cavite Canning Corp.
""") + ol("en", "Warehouse Receiving <receiving@cavite-canning.ph>", "Wednesday, April 9, 2025 8:05 AM",
          "Ronaldo Magbanua <rmagbanua@cavite-canning.ph>", "Receiving report - DR 3402", """
Sir,

Na-receive po kahapon ang 1,000 pcs corrugated boxes from Luzon Corrugated (DR 3402). Pag-check po namin, 12x10x8 ang size, hindi po kasya ang 24-can tray. Naka-quarantine po sa Bay 3.

- Jun, Receiving
"""), d="2025-04-09 10:14")

M("dispute", "tl", "attachment", "Michelle Bernardo <michelle.bernardo@sugbumangoes.com>", PH,
  "DR 3421", T("""
Hi po,

Pls see attached photos.

Michelle
"""), att=["damaged cartons DR3421 (1).jpg", "damaged cartons DR3421 (2).jpg", "damaged cartons DR3421 (3).jpg"])

M("dispute", "en", "plain", "Grace Teo <grace.teo@eastcoastbev.com.sg>", SG,
  "SG-25-0305 & SG-25-0309 same DO?", T("""
Hi Wei Ling,

I noticed SG-25-0305 and SG-25-0309 are both for DO 88190 — same quantity (2,400 pcs), same amount S$3,412.00. Looks like we have been billed twice for one delivery.

Please void one of them and confirm. We'll only be paying one.

Regards,
Grace Teo
East Coast Beverages Pte Ltd
"""))

M("dispute", "en", "reply", "Dennis Cruz <dennis.cruz@novafrozen.com.ph>", CARMELA,
  "RE: INV-2025-0171", T("""
Hi Carmela,

We're returning INV-2025-0171 unprocessed. The PO it references (4500013002) was cancelled on March 14 — your sales team was informed by email — and no goods were received against it.

Please cancel the invoice on your side and remove it from our statement.

Thanks,
Dennis Cruz
AP Supervisor
""") + ol("en", CARMELA, "Tuesday, April 8, 2025 9:30 AM", "Dennis Cruz <dennis.cruz@novafrozen.com.ph>",
          "INV-2025-0171", """
Hi Dennis,

Sending over INV-2025-0171 (₱156,800.00) for your processing.

Thank you,
Carmela
"""), d="2025-04-09 10:12")

M("dispute", "en", "html", "Anitha Krishnan <anitha.k@coimbatoretextiles.co.in>", PH,
  "Discrepancy in Invoice No. INV-2025-0158", T("""
Dear Sir/Madam,

Greetings.

This is with regard to your Invoice No. INV-2025-0158 dated 20.03.2025 for USD 14,350.00.

We observe that freight charges of USD 450.00 have been levied separately, although as per the agreed terms in our PO the shipment is on CIF Chennai basis and freight is included in the unit price.

Kindly issue a credit note for USD 450.00 or send a revised invoice. We shall release payment for the undisputed portion only.

Thanks & Regards,
Anitha Krishnan
Sr. Executive – Accounts Payable
Coimbatore Textiles Ltd.
"""), style="outlook", hlang="EN-IN", tz=5.5)

M("dispute", "en", "plain", "Raymond Wong <raymond.wong@rotisentosa.com.my>", SG,
  "Qty wrong - KL/INV/2504/011", T("""
Hi Ms Chua,

Your invoice KL/INV/2504/011 shows 1,500 pcs but we only ordered and received 1,000 pcs (PO RS-2504-07, DO signed by our storekeeper). Attaching the PO for your reference.

Pls amend the invoice, we cannot pay RM 6,750 for the full 1,500.

Thanks,
Raymond Wong
Roti Sentosa Sdn Bhd
"""), att=["PO RS-2504-07.pdf"])

M("dispute", "en", "reply", "Jay-ar Ventura <jayar.ventura@goldenharvestsnacks.com>", CARMELA,
  "RE: SOA - Golden Harvest Snacks Corp. as of 31 March 2025", T("""
Hi Carmela,

We've gone through your SOA. SI 004290 (₱22,400.00) should not be there — that's the shipment your truck pulled back on Feb 6 because of the print defects, and your sales rep (Mr. Jun) said it would be cancelled. We won't be paying that one.

The rest of the items agree with our records.

Jay-ar Ventura
Accounting
Golden Harvest Snacks Corp.
""") + ol("en", CARMELA, "Tuesday, April 1, 2025 3:50 PM", "Jay-ar Ventura <jayar.ventura@goldenharvestsnacks.com>",
          "SOA - Golden Harvest Snacks Corp. as of 31 March 2025", """
Hi Jay-ar,

Please find attached your statement as of March 31, 2025. Total outstanding is ₱187,640.00, including SI 004290 which is now more than 60 days overdue.

We'd appreciate your prompt settlement.

Regards,
Carmela
"""), d="2025-04-03 13:26")

M("dispute", "en", "plain", "Alvin Seah <alvin@bedokfoodsupply.com.sg>", SG,
  "Delivery charge on SG-25-0397", T("""
Hello,

Your lorry came 3 hours late on Sat, then the driver say cannot unload because no forklift, we had to get our own guys to carry and pay them OT. Very bad experience leh.

Then why your invoice SG-25-0397 still charge delivery fee S$85? Please remove it and send the corrected one.

Alvin Seah
Bedok Food Supply Pte Ltd
"""), d="2025-04-14 09:05")

M("dispute", "zh", "plain", "马骏 <majun@jiahe-trading.com.sg>", SG,
  "SG-25-0318 单价不符", T("""
您好，

发票 SG-25-0318 的单价是按 S$0.92 计算的，但双方签订的2025年度合同价格是 S$0.86/个，3,000个的差额为 S$180.00。

请贵司开具贷项通知单（Credit Note）冲减差额，或者作废后按合同价重新开票。在此之前这张发票我们暂不付款。

马骏
采购经理
上海佳禾贸易（新加坡）有限公司
"""))

M("dispute", "zh", "reply", "郑伟 <zhengwei@dghuasheng-elec.com>", CARMELA,
  "回复: Payment reminder - INV-2025-0146", T("""
Carmela 你好，

这批货我们在3月20日已经全部退回了（退货单号 RT-0412，你们仓库有签收），为什么还在催这张发票的款？

请核实后撤销 INV-2025-0146，或者开一张等额的贷项通知单，谢谢。

郑伟
""") + ol("zh", CARMELA, "2025年4月3日 11:02", "郑伟 <zhengwei@dghuasheng-elec.com>",
          "Payment reminder - INV-2025-0146", """
Dear Mr. Zheng,

This is to remind you that INV-2025-0146 (USD 9,870.00) is overdue since March 31. Kindly arrange payment.

Regards,
Carmela Ocampo
"""), d="2025-04-03 16:44")

M("dispute", "zh", "attachment", "王建国 <wangjg@nbhaitian-daily.com>", CARMELA,
  "DR3398", T("""
Carmela 您好，

请查收附件，谢谢。

王建国
宁波海天日用品有限公司 质量部
"""), att=[("来料检验不合格报告_纸箱爆线_DR3398.pdf", "来料检验报告 结论：不合格 纸箱爆线、抗压不足 批次 DR3398 处理意见：退货")])

M("dispute", "zh-hant", "plain", "黃志明 <cm.huang@tc-xinglong.com.tw>", PH,
  "INV-2025-0166 數量有誤", T("""
您好：

貴公司 INV-2025-0166 所列數量為 48 箱，但本公司實際僅收到 40 箱（請參考簽收單 DR 3430），差額 8 箱。

請更正發票或開立折讓單，更正前本公司無法辦理付款，謝謝。

台中興隆食品股份有限公司
採購課 黃志明
"""))

M("dispute", "zh-hant", "reply", "梁詠詩 <wingsze.leung@leecheong-trading.com.hk>", CARMELA,
  "回覆: Overdue invoice list – Lee Cheong Trading", T("""
你好，

呢張發票 (INV-2025-0139) 我哋已經喺二月尾付咗，銀行水單當時已經電郵畀你哋同事 Joy，點解仲會出現喺逾期清單度？

呢個已經係第二次發生，請你哋盡快核對並更正紀錄，唔該。

梁詠詩
利昌貿易有限公司 會計部
""") + ol("zh-hant", CARMELA, "2025年4月1日 上午 10:40", "梁詠詩 <wingsze.leung@leecheong-trading.com.hk>",
          "Overdue invoice list – Lee Cheong Trading", """
Dear Ms. Leung,

Please see below invoices which remain outstanding as of April 1:

INV-2025-0139   USD 3,560.00   due 25 Feb 2025
INV-2025-0147   USD 2,210.00   due 10 Apr 2025

Kindly arrange payment for the overdue item.

Regards,
Carmela Ocampo
"""), d="2025-04-02 09:18")

M("dispute", "ms", "plain", "Mohd Khairul Anuar <khairul@penangelec.com.my>", SG,
  "Caj SST pada invois KL/INV/2504/019", T("""
Tuan/Puan,

Kami dapati invois KL/INV/2504/019 telah dikenakan SST 10% (RM 1,120.00), sedangkan syarikat kami memegang sijil pengecualian di bawah Jadual C dan salinannya telah diberikan semasa pendaftaran vendor.

Mohon pihak tuan keluarkan nota kredit bagi jumlah SST tersebut atau invois yang telah dipinda. Bayaran akan ditangguhkan sehingga perkara ini diselesaikan.

Sekian, terima kasih.

Mohd Khairul Anuar
Jabatan Kewangan
Penang Electronics Sdn Bhd
"""))

M("dispute", "id", "forward", "Budi Hartono <budi.hartono@sumbermakmur.co.id>", SG,
  "FW: Laporan penerimaan barang - kiriman SG-25-0322", T("""
Ibu Chua,

Mohon dilihat laporan gudang kami di bawah. Dari 60 bal karton yang tercantum di invoice SG-25-0322, hanya 52 bal yang kami terima, dan 5 bal di antaranya basah/rusak.

Kami minta invoice direvisi atau diterbitkan credit note untuk 13 bal tersebut.

Salam,
Budi Hartono
Purchasing Manager
""") + ol("id", "Yanto Gudang <gudang@sumbermakmur.co.id>", "Senin, 14 April 2025 16.20",
          "Budi Hartono <budi.hartono@sumbermakmur.co.id>", "Laporan penerimaan barang", """
Pak Budi,

Kiriman dari Luzon Corrugated sudah tiba hari ini. Hasil pengecekan: diterima 52 bal (seharusnya 60), 5 bal kondisi basah dan sobek. Foto sudah kami simpan di folder QC.

Salam,
Yanto – Gudang
"""), d="2025-04-15 08:30")

M("dispute", "vi", "plain", "Lê Văn Hùng <hung.le@binhduong-furniture.vn>", PH,
  "Khiếu nại lô hàng INV-2025-0163 - thiếu hàng", T("""
Kính gửi Quý công ty,

Lô hàng theo hóa đơn INV-2025-0163 giao đến kho của chúng tôi ngày 07/04/2025 bị thiếu 2 kiện (tổng cộng 400 thùng carton) so với số lượng trên hóa đơn.

Đề nghị Quý công ty kiểm tra lại và phát hành credit note hoặc điều chỉnh hóa đơn. Chúng tôi sẽ chỉ thanh toán phần hàng thực nhận.

Trân trọng,
Lê Văn Hùng
Trưởng phòng Mua hàng
Công ty TNHH Nội thất Bình Dương
"""), d="2025-04-09 15:20")

M("dispute", "th", "plain", "ประเสริฐ ทองดี <prasert.t@siamfoodpack.co.th>", PH,
  "แจ้งปัญหาสินค้าชำรุด ตามใบแจ้งหนี้ INV-2025-0168", T("""
เรียน ฝ่ายบัญชีลูกหนี้ Luzon Corrugated

สินค้ากล่องกระดาษตามใบแจ้งหนี้เลขที่ INV-2025-0168 ที่ได้รับเมื่อวันที่ 5 เมษายน 2568 มีความเสียหายประมาณ 15% เนื่องจากกล่องเปียกน้ำและยุบตัว ทางบริษัทฯ ไม่สามารถนำไปใช้งานได้

จึงขอให้ออกใบลดหนี้ (Credit Note) สำหรับสินค้าที่เสียหาย ก่อนที่ทางเราจะดำเนินการชำระเงินครับ

ขอแสดงความนับถือ
ประเสริฐ ทองดี
ฝ่ายจัดซื้อ บริษัท สยามฟู้ดแพ็ค จำกัด
"""), d="2025-04-08 10:45")


# =====================================================================
# payment_promise (22)
# =====================================================================
M("payment_promise", "tl", "plain", "Liezl Domingo <liezl.domingo@marikinafresh.com.ph>", JOY,
  "SI 004488 at 004493 - schedule ng bayad", T("""
Hi po Ma'am Joy,

Pasensya na po sa delay. Makakabayad po kami sa Friday, April 25, via BDO online para sa SI 004488 at SI 004493 (total ₱84,210.00). Isesend ko po agad yung confirmation pagka-transfer.

Salamat po sa pasensya!
Liezl
Marikina Fresh Foods Inc.
"""), d="2025-04-16 14:02")

M("payment_promise", "tl", "reply", "Teresita Gonzales <tgonzales@bulacanplastics.ph>", JOY,
  "RE: Follow up - past due invoices (Bulacan Plastics)", T("""
Good morning po.

Kasama na po kayo sa check run namin sa April 30. Pwede na pong i-pick up yung cheke simula May 2, Lunes hanggang Biyernes, 1PM–4PM, sa cashier namin sa Malolos. Pakidala lang po ng OR at ID ng magpi-pick up.

Salamat po,
Tess Gonzales
Cashier
""") + ol("en", JOY, "Monday, April 7, 2025 11:20 AM", "Teresita Gonzales <tgonzales@bulacanplastics.ph>",
          "Follow up - past due invoices (Bulacan Plastics)", """
Hi Ms. Tess,

May we follow up on DR 3298 and DR 3310, both past due since March? Kindly let us know when the cheque will be available.

Thank you,
Joy
"""), d="2025-04-08 08:50")

M("payment_promise", "tl", "plain", "Rommel Garcia <rgarcia@tarlacmeats.com>", PH,
  "Request po ng konting palugit", T("""
Ma'am,

Baka pwede po humingi ng konting palugit sa bayad namin. Medyo tight po ang cash flow namin ngayon dahil delayed din po ang bayad ng mga client namin sa Clark.

Sa May 5 po sigurado na mababayaran namin nang buo yung ₱97,200.00. Sana po ay maintindihan ninyo, at huwag po muna sanang i-hold ang delivery namin.

Rommel Garcia
Owner, Tarlac Meat Processing
"""))

M("payment_promise", "tl", "reply", "Vilma Santiago <vilma@santiagofoodhub.ph>", CARMELA,
  "RE: Proposed payment arrangement", T("""
Hi Carmela,

Salamat sa pag-unawa. Ito po ang proposal namin para sa ₱138,450.75:

• ₱50,000.00 – April 30
• ₱50,000.00 – May 15
• ₱38,450.75 – May 31

Post-dated checks po ang ibibigay namin, pwede po ninyong kunin sa Lunes. Sana po okay na ito sa inyo.

Vilma
""") + ol("en", CARMELA, "Thursday, April 10, 2025 2:00 PM", "Vilma Santiago <vilma@santiagofoodhub.ph>",
          "Proposed payment arrangement", """
Hi Ms. Vilma,

As discussed over the phone, please send us your proposed payment schedule for the total outstanding of ₱138,450.75 so we can present it to our credit manager.

Regards,
Carmela
"""), d="2025-04-11 09:05")

M("payment_promise", "tl", "plain", "Jasper Lim <jasper.lim@tondosoap.com.ph>", CARMELA,
  "Update sa SI 004502", T("""
Hi Ma'am Carmela,

Update lang po: yung SI 004470, na-confirm na po ninyo last week na natanggap ang bayad, kaya closed na po iyon.

Yung natitira pong SI 004502 (₱63,840.00), naka-schedule na po sa susunod na payment run namin sa April 28. Bank transfer po ulit.

Thanks po,
Jasper Lim
AP Officer, Tondo Soap & Detergent Mfg.
"""), d="2025-04-15 10:18")

M("payment_promise", "tl", "plain", "Gilbert Navarro <gnavarro@quezonagri.ph>", PH,
  "Payment ng Invoice 0000123490", T("""
Ma'am, noted po ang follow-up ninyo kanina sa phone.

Ire-release po namin ang payment para sa Invoice 0000123490 pagka-approve ng GM namin, nasa Davao pa po kasi siya. Target po namin ay ngayong Huwebes, April 24. Ite-text ko po kayo pag na-transfer na.

Pasensya na po ulit.
Gilbert
"""), d="2025-04-21 16:30")

M("payment_promise", "tl", "forward", "Mylene Cortez <mylene.cortez@lagunaelectronics.ph>", JOY,
  "FW: Supplier payments for approval - week 18", T("""
Hi Ms. Joy,

Para lang po aware kayo, approved na po ni Sir Ramon yung payment schedule sa baba. Ibabayad po ang account ninyo sa April 29 via BDO transfer.

Mylene
""") + ol("en", "Ramon Ilagan <ramon.ilagan@lagunaelectronics.ph>", "Wednesday, April 16, 2025 8:10 AM",
          "Mylene Cortez <mylene.cortez@lagunaelectronics.ph>", "RE: Supplier payments for approval - week 18", """
Approved.

RI
""") + ol("en", "Mylene Cortez <mylene.cortez@lagunaelectronics.ph>", "Tuesday, April 15, 2025 4:45 PM",
          "Ramon Ilagan <ramon.ilagan@lagunaelectronics.ph>", "Supplier payments for approval - week 18", """
Sir,

For approval po ang mga supplier payment for week 18:

1. Luzon Corrugated Packaging – ₱143,900.00 – BDO transfer 04/29
2. Calamba Industrial Gases – ₱38,215.00 – check 04/30
3. Sta. Rosa Pallets – ₱21,600.00 – check 04/30

Thanks po,
Mylene
"""), d="2025-04-16 09:02")

M("payment_promise", "tl", "attachment", "Ed Villar <evillar.poultry@gmail.com>", PH,
  "LCPC account - Villar Poultry", T("""
Good day po.

See attached po for your reference.

Ed Villar
"""), att=["LCPC payment plan - 3 installments starting Apr 30 (signed).pdf"], d="2025-04-11 18:22")

M("payment_promise", "en", "plain", "Daniel Lee <daniel.lee@tampinesprecision.com.sg>", SG,
  "SG-25-0260 / SG-25-0271", T("""
Hi Wei Ling,

Apologies for the delay on these two. Both invoices have been approved and will go out in our next payment run on 30 April via GIRO. You should see the funds on 2 May at the latest.

Regards,
Daniel Lee
Finance, Tampines Precision
"""))

M("payment_promise", "en", "reply", "Lakshmi Narayanan <lakshmi.n@sundaramexports.in>", CARMELA,
  "RE: Reminder - INV-2025-0084 overdue", T("""
Dear Madam,

We acknowledge receipt of your reminder. The payment of USD 9,450.00 will be remitted by 2nd May 2025 positively, as our export proceeds are expected by month end.

Regret the inconvenience caused and request you to bear with us.

Thanks & Regards,
Lakshmi Narayanan
Accounts Dept.
""") + ol("en", CARMELA, "Friday, April 4, 2025 10:25 AM", "Lakshmi Narayanan <lakshmi.n@sundaramexports.in>",
          "Reminder - INV-2025-0084 overdue", """
Dear Ms. Narayanan,

Our invoice INV-2025-0084 for USD 9,450.00 was due on March 15 and remains open. Please advise when we can expect payment.

Best regards,
Carmela
"""), tz=5.5, d="2025-04-07 12:10")

M("payment_promise", "en", "html", "Treasury Department - Makati Consumer Goods <treasury@mcgi.com.ph>", PH,
  "Payment Release Schedule - Luzon Corrugated Packaging Corp.", T("""
Dear Luzon Corrugated Packaging Corp.,

This is to inform you that payment for the invoices listed below is scheduled for release on April 30, 2025 (Wednesday):

|Invoice No.|Amount|
|SI 004455|₱212,800.00|
|SI 004463|₱95,760.00|
|Total|₱308,560.00|

Cheques may be picked up at the Treasury window, 5th Floor, MCGI Building, Chino Roces Avenue, Makati City, from 9:00 AM to 3:00 PM. Please bring the original Official Receipt and an authorization letter.

Thank you.

MCGI Treasury
"""), style="outlook", hlang="EN-PH", d="2025-04-17 10:30")

M("payment_promise", "en", "plain", "Kevin Ooi <kevin.ooi@rotisentosa.com.my>", SG,
  "payment KL/INV/2503/121", T("""
Hi Ms Chua,

We will bank in the RM 15,300 by this Friday 25/4. Our director only back from outstation on Thursday to sign. Sorry ya, a bit late this month.

Kevin
"""), d="2025-04-21 10:10")

M("payment_promise", "en", "reply", "Patricia Mae Lopez <patricia.lopez@cebuhomebuilders.com>", JOY,
  "RE: Statement of Account - Cebu Home Builders (as of 04/15/2025)", T("""
Hi Joy,

Thanks for the SOA. We checked and everything matches our records.

We'll settle the full balance of ₱412,650.30 on or before May 10 through PESONet. I'll send the bank confirmation once it's done.

Best,
Patricia
""") + ol("en", JOY, "Tuesday, April 15, 2025 1:35 PM", "Patricia Mae Lopez <patricia.lopez@cebuhomebuilders.com>",
          "Statement of Account - Cebu Home Builders (as of 04/15/2025)", """
Hi Patricia,

Attached is your updated SOA. Total outstanding is ₱412,650.30, of which ₱180,200.00 is already past due. Kindly review and advise payment schedule.

Thanks,
Joy
"""), d="2025-04-16 10:00")

M("payment_promise", "en", "plain", "Serene Lim <serene@ubiprinting.com.sg>", SG,
  "cheque collection", T("""
Hi AR,

The cheque for SG-25-0349 and SG-25-0355 is ready liao, but our boss only sign on Monday. Can collect Tue 22 Apr after 2pm at our Ubi office (Blk 3015 Ubi Road 1, #05-12). Just ask for me at reception.

Thanks!
Serene
"""), d="2025-04-17 17:20")

M("payment_promise", "zh", "plain", "冯晓东 <fengxd@gzmeida-trade.com>", PH,
  "付款安排通知 INV-2025-0141", T("""
您好，

贵司发票 INV-2025-0141 的货款我们已安排在4月30日的付款批次中，届时将通过中国银行电汇支付 USD 7,880.00。

款项汇出后我会第一时间把水单发给您，请知悉。

冯晓东
广州美达贸易有限公司 财务部
"""))

M("payment_promise", "zh", "reply", "许文博 <xuwenbo@szhengtai-elec.com>", CARMELA,
  "回复: Overdue account reminder", T("""
Carmela 您好，

不好意思，这个月我们回款比较慢，资金有点紧张。INV-2025-0093 和 INV-2025-0106 能否宽限到5月10号？到时候一次性付清，不会再拖。

谢谢理解！
许文博
""") + ol("zh", CARMELA, "2025年4月8日 15:30", "许文博 <xuwenbo@szhengtai-elec.com>",
          "Overdue account reminder", """
Dear Mr. Xu,

Our records show INV-2025-0093 (USD 5,300.00) and INV-2025-0106 (USD 4,725.00) are overdue. Please let us know when payment will be made.

Regards,
Carmela Ocampo
"""), d="2025-04-09 09:40")

M("payment_promise", "zh", "plain", "Jason Toh 卓俊杰 <jason.toh@bedokfoodsupply.com.sg>", SG,
  "下礼拜三 PayNow", T("""
Hi 慧玲，

那两张 invoice（SG-25-0361 和 SG-25-0368）我们下个礼拜三（23号）会用 PayNow 付，到时再 send 你 screenshot。

这个月比较 busy，sorry 迟了！

俊杰
"""), d="2025-04-16 18:05")

M("payment_promise", "zh-hant", "reply", "王雅婷 <yating.wang@kh-fishery.com.tw>", CARMELA,
  "回覆: Payment reminder - INV-2025-0135", T("""
Carmela 您好：

已收到您的提醒，造成不便深感抱歉。

本公司每月25日統一付款，該筆款項 USD 6,150.00 將於4月25日電匯至貴公司指定帳戶，屆時再將水單寄給您。

高雄海洋水產股份有限公司
財務部 王雅婷
""") + ol("zh-hant", CARMELA, "2025年4月9日 上午 09:05", "王雅婷 <yating.wang@kh-fishery.com.tw>",
          "Payment reminder - INV-2025-0135", """
Dear Ms. Wang,

May we follow up on INV-2025-0135 (USD 6,150.00), which fell due on April 5?

Thank you,
Carmela Ocampo
"""), d="2025-04-10 11:15")

M("payment_promise", "ms", "plain", "Azman Ibrahim <azman@majujaya.com.my>", SG,
  "Bayaran invois KL/INV/2504/002", T("""
Salam Cik Chua,

Merujuk kepada panggilan telefon pagi tadi, pihak kami akan membuat bayaran penuh bagi invois KL/INV/2504/002 (RM 12,480.00) pada 30 April 2025, selepas mendapat kelulusan pengarah.

Bayaran akan dibuat melalui IBG ke akaun Maybank syarikat tuan.

Terima kasih atas kesabaran pihak tuan.

Azman Ibrahim
Pengurus Kewangan
Syarikat Perniagaan Maju Jaya Sdn. Bhd.
"""))

M("payment_promise", "ms", "reply", "Farah Nadia <farah@serimurni.com.my>", WEILING,
  "RE: Overdue Payment Reminder", T("""
Cik Chua,

Terima kasih atas peringatan. Kami mohon maaf atas kelewatan.

Bayaran baki tertunggak RM 24,600.00 akan dibuat secara ansuran seperti berikut:
1) RM 8,200.00 – 28 April 2025
2) RM 8,200.00 – 15 Mei 2025
3) RM 8,200.00 – 30 Mei 2025

Harap pihak tuan dapat pertimbangkan.

Farah Nadia
Syarikat Borong Seri Murni
""") + ol("ms", WEILING, "Selasa, 8 April 2025 10:12 PG", "Farah Nadia <farah@serimurni.com.my>",
          "Overdue Payment Reminder", """
Dear Cik Farah,

Kindly note that your account has an overdue balance of RM 24,600.00. We would appreciate your settlement by this week.

Regards,
Chua Wei Ling
"""), d="2025-04-09 15:35")

M("payment_promise", "id", "plain", "Hendra Wijaya <hendra.wijaya@sumbermakmur.co.id>", SG,
  "Rencana pembayaran invoice SG-25-0299", T("""
Selamat pagi Ibu Chua,

Menindaklanjuti email Ibu minggu lalu, pembayaran invoice SG-25-0299 sebesar USD 5.120,00 akan kami lakukan pada tanggal 28 April 2025 melalui BCA.

Mohon maaf atas keterlambatannya, karena ada kendala pada proses persetujuan internal kami.

Terima kasih,
Hendra Wijaya
Finance Supervisor
PT Sumber Makmur Abadi
"""), d="2025-04-16 09:10")

M("payment_promise", "th", "plain", "วิภาวรรณ ศรีสุข <wipawan.s@siamfoodpack.co.th>", CARMELA,
  "กำหนดการชำระเงิน INV-2025-0153", T("""
เรียน คุณคาร์เมลา

ขออภัยในความล่าช้าค่ะ ทางบริษัทฯ จะโอนชำระค่าสินค้าตามใบแจ้งหนี้เลขที่ INV-2025-0153 จำนวน USD 4,780.00 ภายในวันที่ 30 เมษายน 2568 ผ่านธนาคารกสิกรไทย

เมื่อโอนแล้วจะส่งหลักฐานการโอนให้ทันทีค่ะ

ขอแสดงความนับถือ
วิภาวรรณ ศรีสุข
ฝ่ายการเงิน บริษัท สยามฟู้ดแพ็ค จำกัด
"""))


# =====================================================================
# auto_reply (16)
# =====================================================================
OOO = {"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"}

M("auto_reply", "tl", "plain", "Maricel Dela Paz <mdelapaz@cebuhomebuilders.com>", PH,
  "Automatic reply: Payment reminder - CHB account", T("""
Hi! Naka-leave po ako mula April 14 hanggang April 22 (Holy Week + VL). Limitado po ang access ko sa email sa mga araw na ito.

Para sa mga urgent na payment at AP concerns, paki-email po si Ms. Rowena Cruz sa rcruz@cebuhomebuilders.com o tumawag sa (032) 255-8120 loc. 214.

Salamat po!
Maricel
"""), hdrs=OOO, d="2025-04-14 08:01")

M("auto_reply", "tl", "plain", "Accounts Payable - Marikina Fresh Foods <ap@marikinafresh.com.ph>", PH,
  "[Natanggap] Re: Statement of Account - Marikina Fresh Foods", T("""
Magandang araw!

Natanggap po namin ang inyong email. Ito ay isang automated na sagot — huwag na pong mag-reply dito.

Sasagutin po kayo ng aming AP team sa loob ng 3 hanggang 5 working days. Para sa status ng bayad, maaari rin pong tumawag sa aming vendor hotline (02) 8941-7700 tuwing Lunes hanggang Biyernes, 9AM–5PM.

Marikina Fresh Foods Inc. – Accounts Payable
"""), hdrs={"Auto-Submitted": "auto-generated", "Precedence": "bulk"})

M("auto_reply", "tl", "alternative", "San Isidro Dairy Farms AP <ap.inquiry@sanisidrodairy.com.ph>", PH,
  "Awtomatikong sagot: SI 004352 / SI 004359", T("""
Salamat sa pag-email sa Accounts Payable ng San Isidro Dairy Farms.

Paalala: tuwing Martes at Huwebes lang po kami nagpo-proseso ng vendor inquiries. Ang mga email na matatanggap sa ibang araw ay sasagutin sa susunod na processing day.

Para mapabilis, pakilagay po ang inyong vendor code at invoice number sa subject line.

*** Ito ay auto-generated na mensahe. Huwag pong sumagot sa email na ito. ***
"""), style="outlook", hlang="EN-PH", d="2025-04-05 07:12")

M("auto_reply", "en", "report", "Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@luzoncorrugated.com.ph>", PH,
  "Undeliverable: Statement of Account - March 2025", T("""
Your message to ap@tarlacmeats.com couldn't be delivered.

ap wasn't found at tarlacmeats.com.

collections        Office 365        ap
Action Required                      Recipient

Unknown To address

How to Fix It
The address may be misspelled or may not exist. Try one or more of the following:
- Retype the recipient's address, then resend the message.
- Contact the recipient by some other means (by phone, for example) and ask them for the correct address.

Was this helpful? Send feedback to Microsoft.

More Info for Email Admins
Status code: 550 5.1.10
Original message headers are attached.
"""), rtype="delivery-status", machine="""
Reporting-MTA: dns;SG2PR06MB5423.apcprd06.prod.outlook.com
Received-From-MTA: dns;SG2PR06MB5310.apcprd06.prod.outlook.com
Arrival-Date: Thu, 3 Apr 2025 01:12:44 +0000

Final-Recipient: rfc822;ap@tarlacmeats.com
Action: failed
Status: 5.1.10
Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient ap@tarlacmeats.com not found by SMTP address lookup
""", orig=hdr_block([
    ("From", "Luzon Corrugated Collections <collections@luzoncorrugated.com.ph>"),
    ("To", "ap@tarlacmeats.com"),
    ("Subject", "Statement of Account - March 2025"),
    ("Date", "Thu, 3 Apr 2025 09:12:40 +0800"),
    ("Message-ID", "<SG2PR06MB53104A1C9E2D7F33@SG2PR06MB5310.apcprd06.prod.outlook.com>"),
    ("MIME-Version", "1.0"),
    ("Content-Type", 'multipart/mixed; boundary="_004_SG2PR06MB53104A1C9E2D7F33_"'),
]), hdrs={"Auto-Submitted": "auto-replied"}, d="2025-04-03 09:12")

M("auto_reply", "en", "report", "Mail Delivery Subsystem <mailer-daemon@googlemail.com>", SG,
  "Delivery Status Notification (Failure)", T("""
** Message not delivered **

Your message wasn't delivered to ahhock.amk@gmail.com because the recipient's mailbox is full and can't accept messages now.

Learn more at https://support.google.com/mail/answer/7720

The response was:

552-5.2.2 The email account that you tried to reach is over quota. Please direct the recipient to https://support.google.com/mail/?p=OverQuotaPerm
"""), rtype="delivery-status", machine="""
Reporting-MTA: dns; googlemail.com
Arrival-Date: Tue, 08 Apr 2025 02:41:07 -0700 (PDT)
X-Original-Message-ID: <SI2PR06MB4412E0A1B7C93D@SI2PR06MB4412.apcprd06.prod.outlook.com>

Final-Recipient: rfc822; ahhock.amk@gmail.com
Action: failed
Status: 5.2.2
Remote-MTA: dns; gmail-smtp-in.l.google.com. (142.250.4.26, the server for the domain gmail.com.)
Diagnostic-Code: smtp; 552-5.2.2 The email account that you tried to reach is over quota.
Last-Attempt-Date: Tue, 08 Apr 2025 02:41:08 -0700 (PDT)
""", orig=hdr_block([
    ("From", "LCPC Singapore AR <ar.sg@luzoncorrugated.com.sg>"),
    ("To", "Ah Hock <ahhock.amk@gmail.com>"),
    ("Subject", "Outstanding list - Ang Mo Kio Hardware & Trading"),
    ("Date", "Tue, 8 Apr 2025 17:41:02 +0800"),
    ("Message-ID", "<SI2PR06MB4412E0A1B7C93D@SI2PR06MB4412.apcprd06.prod.outlook.com>"),
]), d="2025-04-08 17:41")

M("auto_reply", "en", "plain", "Joanne Sim <joanne.sim@tampinesprecision.com.sg>", SG,
  "Out of Office: SG-25-0311 / SG-25-0316", T("""
Thank you for your email.

I am out of office from 7 to 11 April with limited access to email. For urgent payment matters, please contact accounts@tampinesprecision.com.sg or call 6785 2210.

I will respond to your message when I return on Monday, 14 April.

Best regards,
Joanne Sim
"""), hdrs=OOO, d="2025-04-08 16:25")

M("auto_reply", "en", "html", "MCGI Shared Services <sharedservices@mcgi.com.ph>", PH,
  "Case CS0045512 created: RE: Overdue invoices - Luzon Corrugated Packaging Corp.", T("""
Your case has been created.

Case number: CS0045512
Short description: RE: Overdue invoices - Luzon Corrugated Packaging Corp.
Assignment group: AP - Vendor Inquiries (PH)
Priority: 4 - Low
Expected response: within 5 business days

You can reply to this email to add comments to your case. Please do not change the subject line.

MCGI Shared Services Center

Ref:MSG0218845
"""), style="notice", brand="MCGI Shared Services – Vendor Helpdesk", accent="#293056",
  hdrs={"Auto-Submitted": "auto-generated"})

M("auto_reply", "en", "report", "Arvin Pineda <arvin.pineda@cavite-canning.ph>", PH,
  "Read: Payment reminder - SI 004540", T("""
Your message

  To: Arvin Pineda
  Subject: Payment reminder - SI 004540
  Sent: Monday, April 7, 2025 9:14:02 AM (UTC+08:00) Kuala Lumpur, Singapore

was read on Monday, April 7, 2025 10:02:47 AM (UTC+08:00) Kuala Lumpur, Singapore.
"""), rtype="disposition-notification", machine="""
Reporting-UA: cavite-canning.ph; Microsoft Outlook 16.0
Final-Recipient: rfc822;arvin.pineda@cavite-canning.ph
Original-Message-ID: <SG2PR06MB5310B7E42A9C01FF@SG2PR06MB5310.apcprd06.prod.outlook.com>
Disposition: manual-action/MDN-sent-manually; displayed
""", d="2025-04-07 10:02")

M("auto_reply", "zh", "plain", "钱芳 <qianfang@shjiahe.com>", PH,
  "自动回复: 对账单 - 2025年3月", T("""
您好，

我目前正在休假（4月4日至4月6日清明节假期），期间无法及时查看和回复邮件。

如有付款相关的紧急事宜，请联系财务部赵敏（zhaomin@shjiahe.com，电话 021-6258 3390）。

4月7日上班后我会尽快回复您。谢谢！

钱芳
"""), hdrs=OOO, d="2025-04-04 10:00")

M("auto_reply", "zh", "report", "Mail Delivery System <MAILER-DAEMON@smtp.nbhaitian-daily.com>", PH,
  "系统退信: Payment reminder - INV-2025-0112", T("""
您好，您发送的邮件未能成功投递到以下收件人：

    caiwu01@nbhaitian-daily.com

失败原因：收件人邮箱不存在或已被停用（550 Mailbox not found）。
请核对收件人地址后重新发送。

这是系统自动生成的邮件，请勿回复。
"""), rtype="delivery-status", machine="""
Reporting-MTA: dns; smtp.nbhaitian-daily.com
Arrival-Date: Mon, 31 Mar 2025 15:20:11 +0800

Final-Recipient: rfc822; caiwu01@nbhaitian-daily.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 Mailbox not found
""", orig=hdr_block([
    ("From", "Carmela Ocampo <collections@luzoncorrugated.com.ph>"),
    ("To", "caiwu01@nbhaitian-daily.com"),
    ("Subject", "Payment reminder - INV-2025-0112"),
    ("Date", "Mon, 31 Mar 2025 15:20:05 +0800"),
]), d="2025-03-31 15:20")

M("auto_reply", "zh", "html", "客服中心 <service@gzmeida-trade.com>", PH,
  "【自动回复】您的邮件已收到", T("""
您好！

您的来信已收到，我们将在2个工作日内安排专人处理并回复。

本邮件为系统自动发送，请勿直接回复。

广州美达贸易有限公司 客户服务中心
电话：020-3888 6612
"""), style="notice", brand="广州美达贸易有限公司", accent="#c4320a", hdrs={"Auto-Submitted": "auto-replied"})

M("auto_reply", "zh-hant", "alternative", "蔡佩珊 <peishan.tsai@kh-fishery.com.tw>", PH,
  "自動回覆: 對帳單 - 高雄海洋水產 (2025年3月)", T("""
您好：

本人於4月3日至4月7日清明連假期間休假，將於4月8日（星期二）恢復上班。

休假期間如有帳務或付款相關急事，請洽財務部王雅婷小姐，分機 305。

謝謝您的來信。
蔡佩珊
"""), style="outlook", hlang="ZH-TW", hdrs=OOO, d="2025-04-03 09:30")

M("auto_reply", "ms", "plain", "Nor Hidayah Kamal <hidayah@serimurni.com.my>", SG,
  "Balasan Automatik: Invois KL/INV/2504/015", T("""
Terima kasih atas e-mel anda.

Saya sedang bercuti sempena Hari Raya Aidilfitri dan akan kembali bertugas pada 8 April 2025. E-mel anda akan dibalas selepas tarikh tersebut.

Untuk urusan segera, sila hubungi pejabat di talian 03-5511 2040.

Selamat Hari Raya, maaf zahir dan batin.

Nor Hidayah
"""), hdrs=OOO, d="2025-04-02 11:48")

M("auto_reply", "id", "plain", "Yohanes Pratama <yohanes.p@sinarjaya-plast.co.id>", SG,
  "Balasan otomatis: Outstanding invoices - PT Sinar Jaya Plastindo", T("""
Terima kasih atas email Anda.

Saya sedang cuti bersama Idul Fitri hingga tanggal 7 April 2025 dan belum dapat membalas email untuk sementara waktu.

Untuk keperluan mendesak terkait pembayaran, silakan menghubungi Ibu Rina di rina.w@sinarjaya-plast.co.id.

Salam,
Yohanes Pratama
"""), hdrs=OOO, d="2025-04-03 10:05")

M("auto_reply", "vi", "report", "Mail Delivery System <MAILER-DAEMON@mail.saigonxanh-food.vn>", PH,
  "Thư không gửi được: Payment reminder - INV-2025-0157", T("""
Đây là thông báo tự động từ máy chủ thư mail.saigonxanh-food.vn.

Thư của bạn không thể được chuyển đến người nhận sau đây:

    ketoan@saigonxanh-food.vn

Lý do: Hộp thư của người nhận đã đầy (vượt quá dung lượng cho phép).

Vui lòng liên hệ người nhận bằng cách khác hoặc thử gửi lại sau.
"""), rtype="delivery-status", machine="""
Reporting-MTA: dns; mail.saigonxanh-food.vn
Arrival-Date: Thu, 10 Apr 2025 09:02:18 +0700

Final-Recipient: rfc822; ketoan@saigonxanh-food.vn
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp; 552 5.2.2 Mailbox full
""", orig=hdr_block([
    ("From", "Carmela Ocampo <collections@luzoncorrugated.com.ph>"),
    ("To", "ketoan@saigonxanh-food.vn"),
    ("Subject", "Payment reminder - INV-2025-0157"),
    ("Date", "Thu, 10 Apr 2025 10:02:11 +0800"),
]), d="2025-04-10 09:02")

M("auto_reply", "ja", "report", "山本 裕子 <y.yamamoto@sakura-foods.co.jp>", PH,
  "開封済み: Payment follow-up – INV-2025-0114", T("""
メッセージ

  宛先: 山本 裕子
  件名: Payment follow-up – INV-2025-0114
  送信日時: 2025/04/09 10:30

は 2025/04/09 11:47 に開封されました。
"""), rtype="disposition-notification", machine="""
Reporting-UA: sakura-foods.co.jp; Microsoft Outlook 16.0
Final-Recipient: rfc822;y.yamamoto@sakura-foods.co.jp
Original-Message-ID: <SG2PR06MB5310C1D9A7E04B21@SG2PR06MB5310.apcprd06.prod.outlook.com>
Disposition: manual-action/MDN-sent-manually; displayed
""", d="2025-04-09 11:47")


# =====================================================================
# portal_notification (10)
# =====================================================================
COUPA = "#0e2a47"
ARIBA = "#0a6ed1"
TAULIA = "#00857c"

M("portal_notification", "en", "alternative", "Makati Consumer Goods Inc. via Coupa <do_not_reply@mcgi.coupahost.com>", PH,
  "Purchase Order #PO-88120 from Makati Consumer Goods Inc.", T("""
Makati Consumer Goods Inc. has sent you a new purchase order.

PO Number: PO-88120
Order Date: 04/08/25
Ship To: MCGI Laguna Distribution Center, Cabuyao
Total: 318,400.00 PHP

|Line|Item|Qty|Unit price|
|1|RSC carton 18x12x10, kraft, 2-color|8,000 EA|39.80 PHP|

Please acknowledge this order in the Coupa Supplier Portal:
https://supplier.coupahost.com/orders/mcgi/88120

You are receiving this email because you are listed as a contact for Luzon Corrugated Packaging Corp. on the Coupa Supplier Portal.

Powered by Coupa | Business Spend Management
"""), style="notice", brand="coupa", accent=COUPA, d="2025-04-08 05:14")

M("portal_notification", "en", "html", "Makati Consumer Goods Inc. via Coupa <do_not_reply@mcgi.coupahost.com>", PH,
  "Invoice SI 004577 has been rejected by Makati Consumer Goods Inc.", T("""
Invoice SI 004577 was rejected

Customer: Makati Consumer Goods Inc.
Invoice #: SI 004577
Invoice Date: 04/04/25
Total: 96,320.00 PHP
PO: PO-87741

Reason for rejection: Unit price on line 1 does not match PO. Please resubmit with PO price.

What you can do: log in to the Coupa Supplier Portal to view the invoice, create a credit note or resubmit a corrected invoice.
https://supplier.coupahost.com/invoices

This is an automated notification from the Coupa Supplier Portal. Please do not reply.
"""), style="notice", brand="coupa", accent=COUPA, d="2025-04-09 02:37")

M("portal_notification", "en", "alternative", "SAP Business Network <ordersender-prod@ansmtp.ariba.com>", PH,
  "Laguna Electronics Assembly Inc. - Invoice INV-2025-0180 status changed to Paid", T("""
Your customer Laguna Electronics Assembly Inc. has updated the status of an invoice you submitted.

Invoice number: INV-2025-0180
Invoice date: 14 Mar 2025
Amount: PHP 188,160.00
Status: Paid
Payment date: 11 Apr 2025
Payment proposal ID: LEAI-PP-250411-03

To view the invoice history, log in to your SAP Business Network account:
https://service.ariba.com/Supplier.aw

AN01523300981 | Luzon Corrugated Packaging Corp.
This email was sent by SAP Business Network on behalf of Laguna Electronics Assembly Inc. Please do not reply to this email.
© 2025 SAP SE or an SAP affiliate company. All rights reserved.
"""), style="notice", brand="SAP Business Network", accent=ARIBA, d="2025-04-11 21:03")

M("portal_notification", "en", "html", "Cebu Home Builders Corp. <no-reply@ansmtp.ariba.com>", PH,
  "Action required: Complete your supplier registration questionnaire for Cebu Home Builders Corp.", T("""
Hello Luzon Corrugated Packaging Corp.,

Cebu Home Builders Corp. has invited you to register as a supplier on SAP Business Network. To continue doing business with Cebu Home Builders Corp., please complete the Supplier Registration Questionnaire.

Questionnaire: Supplier Registration Questionnaire 2025
Due date: 30 Apr 2025

Click here to proceed:
https://service.ariba.com/Sourcing.aw/ad/register?key=CHB-SRQ-2025-0447

If you already have an SAP Business Network account, log in with your existing username and password.

Regards,
Cebu Home Builders Corp. Supplier Management
"""), style="notice", brand="SAP Business Network", accent=ARIBA, d="2025-04-10 14:40")

M("portal_notification", "en", "alternative", "Taulia on behalf of Jurong Food Industries <no-reply@taulia.com>", SG,
  "Invoice SG-25-0335 approved – get paid early", T("""
Good news! Jurong Food Industries Pte Ltd has approved your invoice.

Invoice: SG-25-0335
Amount: SGD 18,240.00
Standard due date: 30 May 2025

Early payment offer
Get paid on 22 Apr 2025 for a discount of 1.20% (SGD 218.88).
Net amount: SGD 18,021.12

Accept this offer in your Taulia supplier portal before 18 Apr 2025, 11:59 PM SGT.
https://app.taulia.com/supplier/offers

You are receiving this because Luzon Corrugated Packaging (Singapore) is registered on Taulia. Manage notification preferences in your account settings.
"""), style="notice", brand="Taulia", accent=TAULIA, d="2025-04-15 07:55")

M("portal_notification", "en", "html", "Taulia <no-reply@taulia.com>", SG,
  "Payment notification from East Coast Beverages Pte Ltd", T("""
A payment has been sent to you.

Payer: East Coast Beverages Pte Ltd
Payment ID: TP-55120
Payment date: 10 Apr 2025
Payment method: GIRO
Amount: SGD 9,604.50

|Invoice|Amount (SGD)|
|SG-25-0282|4,212.00|
|SG-25-0298|5,392.50|

Log in to Taulia to view the full remittance details:
https://app.taulia.com/supplier/payments/TP-55120

This message was generated automatically by Taulia. Please do not reply.
"""), style="notice", brand="Taulia", accent=TAULIA, d="2025-04-10 06:30")

M("portal_notification", "en", "alternative", "Cebu Home Builders Corp. <ordersender-prod@ansmtp.ariba.com>", PH,
  "Cebu Home Builders Corp. sent a new Purchase Order 7400129", T("""
Cebu Home Builders Corp. sent you a new purchase order through SAP Business Network.

Purchase order: 7400129
Order date: 9 Apr 2025
Amount: PHP 74,750.00
Requested delivery: 25 Apr 2025

Process order: log in to your account to confirm the order and create ship notices.
https://service.ariba.com/Supplier.aw

Please do not reply to this email. This mailbox is not monitored.
"""), style="notice", brand="SAP Business Network", accent=ARIBA, d="2025-04-09 18:12")

M("portal_notification", "zh", "alternative", "SAP Business Network <ordersender-prod@ansmtp.ariba.com>", PH,
  "东莞市华盛电子有限公司 已批准发票 INV-2025-0176", T("""
您的客户 东莞市华盛电子有限公司 已批准您提交的发票。

发票编号：INV-2025-0176
发票日期：2025年3月28日
金额：USD 7,425.00
状态：已批准
预计付款日期：2025年5月27日

请登录 SAP Business Network 查看发票详细信息：
https://service.ariba.com/Supplier.aw

此电子邮件由 SAP Business Network 代表 东莞市华盛电子有限公司 发送，请勿回复。
"""), style="notice", brand="SAP Business Network", accent=ARIBA, d="2025-04-12 09:44")

M("portal_notification", "ja", "html", "株式会社サクラ食品 via Coupa <do_not_reply@sakura-foods.coupahost.com>", PH,
  "請求書 INV-2025-0170 が承認されました", T("""
株式会社サクラ食品 が請求書を承認しました。

請求書番号: INV-2025-0170
請求日: 2025/03/31
金額: 8,960.00 USD
支払予定日: 2025/05/31

詳細は Coupa サプライヤーポータルでご確認ください。
https://supplier.coupahost.com/invoices

このメールは Coupa から自動送信されています。返信しないでください。
"""), style="notice", brand="coupa", accent=COUPA, d="2025-04-14 15:20")

M("portal_notification", "th", "alternative", "บริษัท สยามฟู้ดแพ็ค จำกัด <ordersender-prod@ansmtp.ariba.com>", PH,
  "บริษัท สยามฟู้ดแพ็ค จำกัด ส่งใบสั่งซื้อใหม่ 4100023371", T("""
บริษัท สยามฟู้ดแพ็ค จำกัด ได้ส่งใบสั่งซื้อใหม่ถึงคุณผ่าน SAP Business Network

เลขที่ใบสั่งซื้อ: 4100023371
วันที่สั่งซื้อ: 10 เม.ย. 2025
ยอดรวม: USD 12,600.00
วันที่ต้องการรับสินค้า: 15 พ.ค. 2025

กรุณาเข้าสู่ระบบเพื่อยืนยันคำสั่งซื้อ:
https://service.ariba.com/Supplier.aw

อีเมลนี้ส่งโดยอัตโนมัติ กรุณาอย่าตอบกลับ
"""), style="notice", brand="SAP Business Network", accent=ARIBA, d="2025-04-10 13:05")


# =====================================================================
# other (22)
# =====================================================================
M("other", "tl", "plain", "Lorna Bautista <lorna.bautista@sugbumangoes.com>", CARMELA,
  "Salamat po sa OR", T("""
Hi Ma'am Carmela,

Maraming salamat po sa mabilis na pag-issue ng Official Receipt! Natanggap na po namin kaninang umaga sa courier.

Ingat po kayo lagi, at Happy Easter po in advance sa buong team!

Lorna
Sugbu Mango Products
"""), d="2025-04-15 13:40")

M("other", "tl", "plain", "Benjie Flores <benjie.flores@tarlacmeats.com>", PH,
  "Order ulit - RSC box 12x10x8", T("""
Hi po,

Order po ulit kami ng 3,000 pcs RSC box 12x10x8, same specs nung March (kraft, 1-color print ng logo namin). Kailan po pinakamabilis ma-deliver sa Tarlac? Kailangan po sana namin bago mag-May 5.

Pakisend na rin po ng updated na presyo kung may pagbabago.

Thanks po,
Benjie Flores
Tarlac Meat Processing
"""))

M("other", "tl", "attachment", "Imelda Sarmiento <isarmiento@novafrozen.com.ph>", PH,
  "LCPC - Q1 2025", T("""
Good day po.

Kindly see attached po.

Imelda Sarmiento
Tax Accountant
Novaliches Frozen Foods Corp.
"""), att=["BIR Form 2307 - Q1 2025 - Luzon Corrugated Packaging Corp.pdf"], d="2025-04-10 15:55")

M("other", "tl", "reply", "Rachel Mañalac <rachel.manalac@luzoncorrugated.com.ph>", PH,
  "Re: Team building sa Tagaytay", T("""
Sama ako! Pero pwede ba sa May 17 na lang, may audit kami sa first week ng May eh. Pakisabi kay Ma'am Joy na kasama ako sa listahan, at vegetarian si Rey ha.

Rachel
""") + gq("On Wed, Apr 9, 2025 at 11:32 AM Kevin Santos <kevin.santos@luzoncorrugated.com.ph> wrote:", """
Hi team,

Sino ang sasama sa team building sa Tagaytay? Pakilista na lang ng pangalan ninyo dito hanggang Friday para ma-book na natin yung venue at bus.

Kevin (HR)
"""), cc="Kevin Santos <kevin.santos@luzoncorrugated.com.ph>", d="2025-04-09 13:05")

M("other", "tl", "plain", "Admin - Santiago Food Hub <admin@santiagofoodhub.ph>", PH,
  "Paalala: Bagong address ng opisina simula May 1", T("""
Magandang araw po sa lahat ng aming suppliers,

Ipinapaalam po namin na lilipat na ang opisina ng Santiago Food Hub simula May 1, 2025. Ang bago po naming address:

Unit 1203, Emerald Gateway Tower, Emerald Avenue, Ortigas Center, Pasig City 1605

Pakibago na lang po sa inyong records para sa delivery ng mga dokumento at billing. Hindi po magbabago ang aming TIN at mga contact number.

Salamat po!
Admin Department
Santiago Food Hub
"""))

M("other", "tl", "forward", "Jonalyn Perez <jperez@cebuhomebuilders.com>", PH,
  "FW: Vendor Accreditation Renewal 2025 - Requirements", T("""
Hi po,

Para sa renewal ng accreditation ninyo bilang supplier ng Cebu Home Builders, kailangan po namin ng mga dokumento sa baba bago mag-May 15. Naka-forward po yung listahan galing sa Purchasing namin.

Pakisend na lang po sa akin directly. Salamat!

Jonalyn Perez
Vendor Management
""") + ol("en", "Purchasing CHB <purchasing@cebuhomebuilders.com>", "Monday, April 7, 2025 8:30 AM",
          "Jonalyn Perez <jperez@cebuhomebuilders.com>", "Vendor Accreditation Renewal 2025 - Requirements", """
Jona,

Please request the following from all packaging suppliers for the 2025 renewal:
1. Updated Mayor's/Business Permit 2025
2. BIR Certificate of Registration (Form 2303)
3. Latest SEC General Information Sheet
4. Audited Financial Statements 2024 (if available)
5. Signed Supplier Code of Conduct

Thanks,
Purchasing
"""), d="2025-04-08 14:22")

M("other", "en", "alternative", "CollectPro Asia <events@collectpro-asia.com>", PH,
  "Webinar: Cut your DSO by 20 days with AI-powered collections (24 April, 2PM SGT)", T("""
Hi there,

Is your AR team still chasing payments with spreadsheets and sticky notes?

Join our free 45-minute webinar on Thursday, 24 April at 2:00 PM SGT / PHT and see how finance teams in Manila, Singapore and KL automated dunning letters, matched incoming bank credits in seconds and brought DSO down by an average of 20 days.

Speakers:
- Andrea Lim, Head of Finance Transformation, CollectPro Asia
- Marcus Tan, CFO of a regional FMCG distributor

Register now: https://collectpro-asia.com/webinar-apr25

Can't make it? Register anyway and we'll send you the recording.

CollectPro Asia Pte Ltd · 8 Marina View, #40-01, Singapore 018960
Unsubscribe | Update preferences
"""), style="notice", brand="CollectPro Asia", accent="#6941c6",
  hdrs={"List-Unsubscribe": "<https://collectpro-asia.com/u/9f31c2>", "Precedence": "bulk"}, d="2025-04-15 08:00")

M("other", "en", "plain", "Wendy Chan <wendy.chan@marinaflorist.sg>", SG,
  "Quotation request - printed gift boxes", T("""
Hi,

May I request a quotation for 5,000 pcs die-cut gift boxes, 250 x 200 x 80 mm, E-flute, 3-colour print outside? Artwork will be provided by us.

Please also let me know the MOQ and lead time. Sorry if this is the wrong department, I got this email address from your invoice footer.

Thank you!
Wendy Chan
Marina Florist & Gifts
"""))

M("other", "en", "plain", "Payment Notification <notification@secure-remit-docs.top>", PH,
  "Payment Advice #RA-884120 - Document Shared With You", T("""
Dear collections@luzoncorrugated.com.ph,

A payment advice document has been shared with you via secure file transfer.

Document: Payment_Advice_RA-884120.pdf
Shared by: Accounts Payable Dept.
Expires: in 24 hours

To view the document you must verify your email account. Click below and sign in with your Microsoft 365 email password:

https://secure-remit-docs.top/view?id=collections%40luzoncorrugated.com.ph

If you do not verify within 24 hours, the document will be permanently deleted.

© 2025 Microsoft SharePoint Secure Share
"""), d="2025-04-12 03:17", tz=0.0)

M("other", "en", "forward", "Noel Dumalagan <noel.dumalagan@luzoncorrugated.com.ph>", PH,
  "FW: Your LBC shipment 1234 5678 9012 has been picked up", T("""
Hi Collections,

FYI – the original ORs for Golden Harvest went out via LBC this morning. Tracking details below in case they ask.

Noel
Admin / Messengerial
""") + ol("en", "LBC Express <noreply@lbcexpress.com>", "Friday, April 11, 2025 10:14 AM",
          "Noel Dumalagan <noel.dumalagan@luzoncorrugated.com.ph>", "Your LBC shipment 1234 5678 9012 has been picked up", """
Hi NOEL,

Your shipment has been picked up and is now on its way.

Tracking No.: 1234 5678 9012
Origin: Pasig City
Destination: Quezon City
Estimated delivery: April 14, 2025

Track your shipment anytime on our website or app.
"""), d="2025-04-11 10:40")

M("other", "en", "plain", "Nurul Izzah <izzah@eastcoastbev.com.sg>", SG,
  "Selamat Hari Raya Aidilfitri!", T("""
Dear Wei Ling and the LCPC Singapore team,

Wishing you and your families Selamat Hari Raya Aidilfitri! Thank you for your support and for always being so patient with our orders over the past year.

Our office will be closed on 31 March and reopen on 1 April.

Maaf zahir dan batin,
Nurul Izzah
East Coast Beverages Pte Ltd
"""), d="2025-03-28 17:00")

M("other", "en", "plain", "Arjun Mehta <arjun.mehta@coimbatoretextiles.co.in>", JOY,
  "Visit to your Valenzuela plant - 6 May", T("""
Dear Ms. Villanueva,

Our Director, Mr. S. Balakrishnan, and I will be in Manila from 5th to 8th May 2025 and would like to visit your Valenzuela plant to discuss our requirement of export cartons for the coming season.

Would 6th May, 10 AM suit your team? Kindly also advise a decent hotel near the plant.

Looking forward to meeting you.

Warm regards,
Arjun Mehta
Head – Procurement
Coimbatore Textiles Ltd.
"""), tz=5.5)

M("other", "en", "plain", "Ravi | Web Solutions <ravi.websolutions24@gmail.com>", PH,
  "Your website luzoncorrugated.com.ph - ranking issue", T("""
Hello Business Owner,

I was checking your website luzoncorrugated.com.ph and noticed it is not showing on the first page of Google for important keywords like "carton box supplier Manila" and "corrugated packaging Philippines".

We are a team of 35+ SEO experts and can bring your website in top 3 position within 90 days at a very affordable cost. We also do website redesign, social media marketing and mobile apps.

If you are interested, reply with your phone number and I will share our price list and past results.

Regards,
Ravi Sharma
Digital Marketing Consultant

P.S. If you don't want to hear from me again, just reply "not interested".
"""), tz=5.5)

M("other", "zh", "plain", "孙浩 <sunhao@szhengtai-elec.com>", PH,
  "询价：五层瓦楞纸箱", T("""
您好，

我司计划下季度采购一批五层瓦楞纸箱（BC楞），外尺寸 600×400×450mm，单色印刷，月用量约 8,000 个，交货地点深圳盐田港。

请报 FOB Manila 和 CIF 盐田 两种价格，并告知最小起订量和交期。

谢谢！

孙浩
深圳恒泰电子有限公司 采购部
"""))

M("other", "zh", "plain", "广州美达贸易有限公司 行政部 <admin@gzmeida-trade.com>", PH,
  "关于2025年清明节放假安排的通知", T("""
各位客户、供应商伙伴：

根据国务院办公厅通知精神，结合我司实际情况，现将2025年清明节放假安排通知如下：

4月4日（星期五）至4月6日（星期日）放假，共3天；4月7日（星期一）正常上班。

放假期间如有紧急业务，请联系值班人员：冯先生 138 2233 4455。

给您带来的不便，敬请谅解！

广州美达贸易有限公司
行政部
2025年4月2日
"""), d="2025-04-02 16:30")

M("other", "zh", "reply", "林佳慧 Lim Jia Hui <jiahui.lim@luzoncorrugated.com.sg>", SG,
  "Re: 下午的周会改时间", T("""
好的，那就改到3点半吧，我先订 2 号会议室。

记得带上个月的 aging report，Darren 说要看一下新客户的部分。

佳慧
""") + gq("在 2025年4月10日周四 11:05，Chua Wei Ling <ar.sg@luzoncorrugated.com.sg> 写道：", """
各位，

下午2点的周会要延后一下，我1点半到3点要去银行办事。大家3点以后哪个时间方便？

慧玲
"""), d="2025-04-10 11:21")

M("other", "zh-hant", "plain", "台中興隆食品 總務課 <general@tc-xinglong.com.tw>", PH,
  "公司地址變更通知", T("""
敬啟者：

本公司因業務擴展，自民國114年5月1日起遷移至新址辦公，新地址如下：

台中市西屯區工業區一路88號

電話、傳真及統一編號均維持不變。日後寄送發票、對帳單及相關文件，請改寄至上述新址。

造成不便，敬請見諒。

台中興隆食品股份有限公司 總務課 敬上
"""))

M("other", "zh-hant", "forward", "李佩君 <peichun.li@kh-fishery.com.tw>", PH,
  "轉寄: 2025年度供應商評鑑表", T("""
您好，

轉寄本公司品保部的供應商年度評鑑表，麻煩於4月30日前填寫完成並回傳（需加蓋公司大小章），謝謝配合。

李佩君
高雄海洋水產 採購部
""") + ol("zh-hant", "品保部 <qa@kh-fishery.com.tw>", "2025年4月8日 上午 09:12",
          "李佩君 <peichun.li@kh-fishery.com.tw>", "2025年度供應商評鑑表", """
佩君：

請協助將附件評鑑表轉寄給所有包材供應商，內容包含品質系統、交期達成率及環保法規符合性，回收期限為4月30日。

品保部 陳組長
"""), att=[("2025年度供應商評鑑表.docx", "2025年度供應商評鑑表\n一、品質管理系統\n二、交期達成率\n三、環保法規符合性\n供應商簽章：")],
  d="2025-04-08 10:05")

M("other", "ms", "plain", "Pengurusan Syarikat Borong Seri Murni <admin@serimurni.com.my>", SG,
  "Salam Aidilfitri daripada Seri Murni", T("""
Assalamualaikum dan salam sejahtera,

Sempena Hari Raya Aidilfitri ini, seluruh warga Syarikat Borong Seri Murni ingin mengucapkan Selamat Hari Raya kepada Cik Chua dan rakan-rakan di Luzon Corrugated.

Terima kasih atas kerjasama yang baik sepanjang tahun. Semoga hubungan perniagaan kita terus kukuh.

Maaf zahir dan batin.

Yang ikhlas,
Haji Rosli Abdullah
Pengarah Urusan
"""), d="2025-03-29 09:00")

M("other", "ms", "reply", "Ahmad Syafiq <syafiq@kilangkuihmuar.com.my>", "Darren Lim <darren.lim@luzoncorrugated.com.sg>",
  "RE: Sebut harga kotak kuih raya", T("""
Terima kasih Encik Darren atas sebut harga yang dihantar.

Harga untuk 10,000 unit agak tinggi bagi kami. Boleh tak pihak tuan berikan harga untuk 20,000 unit pula, dengan cetakan 2 warna sahaja? Kami juga ingin tahu sama ada sampel boleh dihantar ke Muar sebelum hujung bulan.

Terima kasih.

Ahmad Syafiq
Kilang Kuih Muar Sdn Bhd
""") + ol("ms", "Darren Lim <darren.lim@luzoncorrugated.com.sg>", "Isnin, 7 April 2025 4:10 PTG",
          "Ahmad Syafiq <syafiq@kilangkuihmuar.com.my>", "Sebut harga kotak kuih raya", """
Dear Encik Syafiq,

Thank you for your enquiry. Please find below our quotation for the kuih raya boxes:

10,000 units, 3-colour print, E-flute – RM 1.85/unit, lead time 3 weeks.

Regards,
Darren Lim
Sales Manager, LCPC Singapore
"""), cc=SG, d="2025-04-08 10:20")

M("other", "id", "plain", "CV Sinar Abadi Logistik <marketing.sinarabadi@gmail.com>", SG,
  "Penawaran Jasa Ekspedisi Laut Jakarta – Singapura – Manila", T("""
Kepada Yth. Bapak/Ibu Pimpinan,

Perkenalkan, kami dari CV Sinar Abadi Logistik, perusahaan jasa ekspedisi yang melayani pengiriman LCL dan FCL rute Jakarta – Singapura – Manila.

Kami menawarkan tarif khusus bulan April, gratis asuransi untuk pengiriman pertama, dan layanan door to door.

Untuk informasi lebih lanjut silakan hubungi WhatsApp kami di 0812-8877-4410.

Hormat kami,
Tim Marketing CV Sinar Abadi Logistik
"""))

M("other", "id", "plain", "PT Sumber Makmur Abadi <info@sumbermakmur.co.id>", SG,
  "Pemberitahuan Libur Operasional Idul Fitri 1446 H", T("""
Kepada Yth. Mitra Bisnis PT Sumber Makmur Abadi,

Sehubungan dengan Hari Raya Idul Fitri 1446 H, dengan ini kami informasikan bahwa kegiatan operasional kantor dan gudang kami akan libur mulai tanggal 28 Maret s.d. 7 April 2025.

Kegiatan operasional akan kembali normal pada hari Selasa, 8 April 2025. Penerimaan barang dan pemrosesan dokumen selama masa libur akan dilanjutkan setelah tanggal tersebut.

Kami mengucapkan Selamat Hari Raya Idul Fitri, mohon maaf lahir dan batin.

Hormat kami,
Manajemen PT Sumber Makmur Abadi
"""), d="2025-03-26 15:00")


# =====================================================================
def main():
    assert len(SPECS) == 160, len(SPECS)
    order = sorted(range(len(SPECS)),
                   key=lambda i: hashlib.sha256(("H-order-%d" % i).encode()).hexdigest())
    rows = []
    for fileno, i in enumerate(order, 1):
        s = SPECS[i]
        name = "h-%03d.eml" % fileno
        with open(os.path.join(HERE, name), "wb") as f:
            f.write(build(i, s))
        rows.append({"file": name, "category": s["cat"], "language": s["lang"], "shape": s["shape"]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
