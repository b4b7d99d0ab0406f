#!/usr/bin/env python3
"""Holdout set J for the Kauri Coast Seafoods AR mailbox classifier.

Emphasis: boundaries between categories (paid vs will pay, short payment
advice vs deduction dispute, invoice vs statement requests, portal mail vs a
person's reply to portal mail, machine replies vs human acknowledgements).

Deterministic: fixed dates, Message-IDs, MIME boundaries and attachment bytes.
Run:  python3 make.py   -> writes j-001.eml .. j-160.eml and labels.jsonl here.
Standard library only.
"""
import hashlib
import json
import os
import struct
import zlib
from datetime import datetime, timedelta, timezone
from email.headerregistry import Address
from email.message import EmailMessage, MIMEPart
from email.policy import default
from email.utils import format_datetime

POL = default.clone(linesep="\n")
HERE = os.path.dirname(os.path.abspath(__file__))
AR_ADDR = Address("Kauri Coast Seafoods Accounts Receivable",
                  addr_spec="accounts.receivable@kauricoastseafoods.co.nz")
OUR = "kauricoastseafoods.co.nz"

MSGS = []


def add(key, cat, lang, shape, frm, subj, date, body=None, **kw):
    MSGS.append(dict(key=key, cat=cat, lang=lang, shape=shape, frm=frm,
                     subj=subj, date=date, body=body, **kw))


# ---------------------------------------------------------------- helpers

def when(s):
    """'2024-10-14 09:12 +1100' -> RFC 5322 date with a fixed seconds value."""
    d, t, z = s.split()
    y, mo, da = map(int, d.split("-"))
    h, mi = map(int, t.split(":"))
    sign = 1 if z[0] == "+" else -1
    off = sign * timedelta(hours=int(z[1:3]), minutes=int(z[3:5]))
    sec = (y * 7 + mo * 13 + da * 3 + h + mi) % 60
    return format_datetime(datetime(y, mo, da, h, mi, sec, tzinfo=timezone(off)))


def addr(name, email):
    return Address(name, addr_spec=email)


def gq(intro, text):
    """Gmail/Apple style quote: 'On ..., X wrote:' + '> ' lines."""
    lines = text.strip("\n").split("\n")
    return ("\n\n" + intro + "\n"
            + "\n".join(("> " + l) if l else ">" for l in lines) + "\n")


def oq(frm, sent, to, subj, text, cc=None):
    """Outlook style quote: header block, no prefixes."""
    h = ("\n\n________________________________\nFrom: %s\nSent: %s\nTo: %s\n"
         % (frm, sent, to))
    if cc:
        h += "Cc: %s\n" % cc
    return h + "Subject: %s\n\n" % subj + text.strip("\n") + "\n"


def fq(frm, date, subj, to, text, style="gmail"):
    """Inline forwarded block."""
    if style == "gmail":
        h = ("\n\n---------- Forwarded message ---------\nFrom: %s\nDate: %s\n"
             "Subject: %s\nTo: %s\n\n" % (frm, date, subj, to))
    elif style == "de":
        h = ("\n\n-------- Weitergeleitete Nachricht --------\nBetreff: %s\n"
             "Datum: %s\nVon: %s\nAn: %s\n\n" % (subj, date, frm, to))
    elif style == "zh":
        h = ("\n\n-------- 转发邮件信息 --------\n发件人：%s\n发送日期：%s\n"
             "收件人：%s\n主题：%s\n\n" % (frm, date, to, subj))
    else:  # outlook
        h = ("\n\n-----Original Message-----\nFrom: %s\nSent: %s\nTo: %s\n"
             "Subject: %s\n\n" % (frm, date, to, subj))
    return h + text.strip("\n") + "\n"


def esc_html(s):
    return (s.replace("&", "&amp;").replace("<", "&lt;")
            .replace(">", "&gt;").replace('"', "&quot;"))


def to_html(text, font="Calibri, Arial, sans-serif"):
    paras = [p for p in text.strip("\n").split("\n\n")]
    out = []
    for p in paras:
        out.append("<p>" + "<br>\n".join(esc_html(l) for l in p.split("\n")) + "</p>")
    return ('<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; '
            'charset=utf-8">\n</head>\n<body style="font-family: %s; font-size: 11pt;">\n'
            % font + "\n".join(out) + "\n</body>\n</html>\n")


def pdf(lines):
    """Tiny single-page PDF with the given ASCII lines of text."""
    def e(s):
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    content = "BT\n/F1 10 Tf\n14 TL\n50 810 Td\n"
    content += "".join("(%s) '\n" % e(l) for l in lines) + "ET\n"
    objs = [
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        "/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        "<< /Length %d >>\nstream\n%sendstream" % (len(content.encode("latin-1")), content),
    ]
    out = "%PDF-1.4\n"
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out.encode("latin-1")))
        out += "%d 0 obj\n%s\nendobj\n" % (i, o)
    xref = len(out.encode("latin-1"))
    out += "xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    out += "".join("%010d 00000 n \n" % o for o in offs)
    out += ("trailer\n<< /Size %d /Root 1 0 R /Info << /Producer (KCS test fixture) >> >>\n"
            "startxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref))
    return out.encode("latin-1")


def png(w, h, seed):
    """Small deterministic RGB PNG (stands in for a phone photo)."""
    rows = []
    for y in range(h):
        row = bytearray([0])
        for x in range(w):
            row += bytes(((x * seed + y * 7) % 256, (x * 3 + y * seed) % 256,
                          (seed * 37 + x + y) % 256))
        rows.append(bytes(row))
    raw = b"".join(rows)

    def chunk(t, d):
        return (struct.pack(">I", len(d)) + t + d
                + struct.pack(">I", zlib.crc32(t + d) & 0xFFFFFFFF))
    return (b"\x89PNG\r\n\x1a\n"
            + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


def csv_bytes(rows):
    return ("\r\n".join(",".join(r) for r in rows) + "\r\n").encode("utf-8")


def msgid(key, frm):
    dom = frm[1].split("@")[1]
    h = hashlib.sha1(("J/" + key).encode()).hexdigest()
    return "<%s.%s@%s>" % (h[:12].upper(), h[12:20], dom)


# ---------------------------------------------------------------- builders

def set_headers(msg, m):
    msg["From"] = addr(*m["frm"])
    msg["To"] = m.get("to", AR_ADDR)
    if m.get("cc"):
        msg["Cc"] = m["cc"]
    msg["Subject"] = m["subj"]
    msg["Date"] = when(m["date"])
    msg["Message-ID"] = msgid(m["key"], m["frm"])
    if m.get("irt"):
        ref = "<%s@%s>" % (m["irt"], m.get("irt_dom", OUR))
        msg["In-Reply-To"] = ref
        msg["References"] = ref
    for k, v in m.get("hdrs", []):
        msg[k] = v


def inner_message(f):
    """A message used as a message/rfc822 part (forwarded or bounced)."""
    im = EmailMessage(policy=POL)
    im["From"] = f["from"]
    im["To"] = f["to"]
    im["Subject"] = f["subj"]
    im["Date"] = when(f["date"])
    im["Message-ID"] = "<%s>" % f["mid"]
    if f.get("html"):
        im.set_content(f["body"])
        im.add_alternative(f["html"], subtype="html")
    else:
        im.set_content(f["body"])
    for fn, mt, st, data in f.get("atts", []):
        im.add_attachment(data, maintype=mt, subtype=st, filename=fn)
    return im


def build_report(m):
    r = m["report"]
    msg = EmailMessage(policy=POL)
    set_headers(msg, m)
    msg["MIME-Version"] = "1.0"
    text = MIMEPart(policy=POL)
    text.set_content(m["body"])
    parts = [text]
    if r["kind"] == "dsn":
        msg["Content-Type"] = "multipart/report; report-type=delivery-status"
        st = MIMEPart(policy=POL)
        st["Content-Type"] = "message/delivery-status"
        blocks = []
        for fields in r["blocks"]:
            b = EmailMessage(policy=POL)
            for k, v in fields:
                b[k] = v
            blocks.append(b)
        st.set_payload(blocks)
        parts.append(st)
    else:
        msg["Content-Type"] = "multipart/report; report-type=disposition-notification"
        st = MIMEPart(policy=POL)
        st["Content-Type"] = "message/disposition-notification"
        st.set_payload("".join("%s: %s\n" % kv for kv in r["fields"]))
        parts.append(st)
    if r.get("orig"):
        op = MIMEPart(policy=POL)
        op.set_content(inner_message(r["orig"]))
        parts.append(op)
    elif r.get("orig_headers"):
        op = MIMEPart(policy=POL)
        op.set_content(r["orig_headers"], subtype="rfc822-headers")
        parts.append(op)
    msg.set_payload(parts)
    return msg


def build(m):
    if m["shape"] == "report":
        msg = build_report(m)
    else:
        msg = EmailMessage(policy=POL)
        set_headers(msg, m)
        if m["shape"] == "html":
            msg.set_content(m.get("html") or to_html(m["body"]), subtype="html")
        elif m["shape"] == "alternative":
            msg.set_content(m["body"])
            msg.add_alternative(m.get("html") or to_html(m["body"]), subtype="html")
        else:
            msg.set_content(m["body"])
        for fn, mt, st, data in m.get("atts", []):
            msg.add_attachment(data, maintype=mt, subtype=st, filename=fn)
        if m.get("fwd_msg"):
            msg.add_attachment(inner_message(m["fwd_msg"]))
    return msg


def fix_boundaries(msg, num):
    i = 0
    for part in msg.walk():
        if part.get_content_maintype() == "multipart":
            i += 1
            part.set_boundary("----=_KCSJ%03d_%d_%s" % (num, i, "A7C3E91B"[:4 + i % 5]))


def main():
    keys = [m["key"] for m in MSGS]
    assert len(keys) == len(set(keys)), "duplicate keys"
    # Fixed, content-independent interleaving of categories.
    order = sorted(MSGS, key=lambda m: hashlib.sha256(("J-order/" + m["key"]).encode()).hexdigest())
    labels = []
    for n, m in enumerate(order, 1):
        msg = build(m)
        fix_boundaries(msg, n)
        fn = "j-%03d.eml" % n
        with open(os.path.join(HERE, fn), "wb") as fh:
            fh.write(msg.as_bytes(policy=POL))
        labels.append({"file": fn, "category": m["cat"], "language": m["lang"],
                       "shape": m["shape"]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for row in labels:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    print("wrote %d messages" % len(labels))


# ======================================================================
# MESSAGES
# ======================================================================

# ---------------------------------------------------------------- remittance

add("r01", "remittance", "en", "plain",
    ("Lisa Tran", "accounts@harboursidefish.com.au"),
    "Payment - INV-24117 & INV-24121", "2024-10-15 10:42 +1100", """\
Hi Kauri Coast team,

Payment of AUD 14,380.50 went out this morning by EFT, covering:

  INV-24117   AUD  9,120.00
  INV-24121   AUD  5,260.50

Our reference on the transfer is HFC-PMT-10482. Depending on the FX conversion at your bank it should land within one or two business days.

Cheers,
Lisa Tran
Accounts Payable | Harbourside Fish Co Pty Ltd
Pyrmont NSW 2009
""")

add("r02", "remittance", "en", "attachment",
    ("Southern Ocean Traders - Accounts", "ap-advice@southernoceantraders.com.au"),
    "Southern Ocean Traders - Payment Advice 000731", "2024-10-16 15:07 +1100", """\
Dear Supplier,

Please find attached our payment advice 000731 for the payment made on 16/10/2024.

Amount paid: AUD 22,948.40
Payment method: Direct credit

For any queries about this payment please contact accounts@southernoceantraders.com.au quoting the advice number.

Southern Ocean Traders Pty Ltd
Salamanca Place, Hobart TAS 7000
""",
    atts=[("SOT_PaymentAdvice_000731.pdf", "application", "pdf", pdf([
        "SOUTHERN OCEAN TRADERS PTY LTD  -  PAYMENT ADVICE",
        "Advice no: 000731          Payment date: 16/10/2024",
        "Payee: Kauri Coast Seafoods Ltd   Vendor ID: V10288",
        "",
        "Invoice        Inv date      Amount (AUD)",
        "INV-24104      19/09/2024       8,410.00",
        "INV-24110      24/09/2024       6,922.40",
        "INV-24115      27/09/2024       7,616.00",
        "",
        "Total paid                     22,948.40",
        "Paid by direct credit to BSB 032-000 acct ending 4471",
    ]))])

add("r03", "remittance", "en", "alternative",
    ("CommBiz Payment Notification", "commbiz.notifications@cba.com.au"),
    "Payment to Kauri Coast Seafoods Ltd from Coral Sea Distributors Pty Ltd",
    "2024-10-17 11:58 +1000", """\
This email has been sent by the Commonwealth Bank on behalf of our customer, Coral Sea Distributors Pty Ltd.

Coral Sea Distributors Pty Ltd has made a payment to your account.

Payment details
Amount:            AUD 7,815.20
Payment date:      17 Oct 2024
Your reference:    KCS INV24126 INV24129
Payer reference:   CSD-0917
Paid to account:   Kauri Coast Seafoods Ltd  xxxx4471

Funds sent on the date above are usually available in the payee's account within 1 business day, but timing depends on the receiving bank.

Please do not reply to this email. For questions about this payment, contact Coral Sea Distributors Pty Ltd directly.
""",
    html="""\
<html><head><meta charset="utf-8"></head>
<body style="font-family: Arial, Helvetica, sans-serif; font-size: 13px; color:#222">
<table width="600" cellpadding="0" cellspacing="0" style="border:1px solid #ddd">
<tr><td style="background:#ffcc00;padding:14px;font-weight:bold">CommBiz</td></tr>
<tr><td style="padding:16px">
<p>This email has been sent by the Commonwealth Bank on behalf of our customer, Coral Sea Distributors Pty Ltd.</p>
<p><b>Coral Sea Distributors Pty Ltd has made a payment to your account.</b></p>
<table cellpadding="4" style="font-size:13px">
<tr><td>Amount</td><td><b>AUD 7,815.20</b></td></tr>
<tr><td>Payment date</td><td>17 Oct 2024</td></tr>
<tr><td>Your reference</td><td>KCS INV24126 INV24129</td></tr>
<tr><td>Payer reference</td><td>CSD-0917</td></tr>
<tr><td>Paid to account</td><td>Kauri Coast Seafoods Ltd &nbsp;xxxx4471</td></tr>
</table>
<p style="color:#666">Funds sent on the date above are usually available in the payee's account within 1 business day, but timing depends on the receiving bank.</p>
<p style="color:#666;font-size:11px">Please do not reply to this email. For questions about this payment, contact Coral Sea Distributors Pty Ltd directly.</p>
</td></tr></table>
</body></html>
""")

add("r04", "remittance", "en", "reply",
    ("Dean Kowalski", "dean.k@fremantleseafood.com.au"),
    "RE: Overdue account - Fremantle Seafood Wholesale", "2024-10-22 08:05 +0800",
    """\
Hamish,

This was paid yesterday - EFT reference FSW 88213 for the full AUD 6,200.00. Should hit your account today or tomorrow.

Dean
""" + oq("Hamish Doyle <hamish.doyle@kauricoastseafoods.co.nz>",
         "Monday, 21 October 2024 2:16 PM", "Dean Kowalski <dean.k@fremantleseafood.com.au>",
         "Overdue account - Fremantle Seafood Wholesale", """\
Hi Dean,

Our records show INV-24090 (AUD 6,200.00, due 30 September) is now 21 days overdue.

Could you let us know when we can expect payment? If there is a problem with the invoice please tell me and I'll sort it out.

Kind regards,
Hamish Doyle
Credit Controller | Kauri Coast Seafoods Ltd
"""),
    irt="fsw-overdue-0921")

add("r05", "remittance", "en", "forward",
    ("Tom Whitaker", "tom.whitaker@kauricoastseafoods.co.nz"),
    "FW: Paid - Brisbane venues", "2024-10-15 09:31 +1300", """\
Hi team,

Bayview's buyer sent this to me rather than to you - passing it on so you can allocate the money.

Tom
""" + fq("Jenna Morris <jenna.morris@bayviewhospitality.com.au>", "Mon, 14 Oct 2024 at 16:48",
         "Paid - Brisbane venues", "Tom Whitaker <tom.whitaker@kauricoastseafoods.co.nz>", """\
Hi Tom,

Just so you know, we've paid the last two invoices for the Brisbane venues:

INV-24103  AUD 3,412.00
INV-24108  AUD 2,980.75

Transfer was done this afternoon from our NAB account, reference BAYVIEW 1410. Could you pass this on to your accounts people?

Thanks,
Jenna
"""))

add("r06", "remittance", "en", "plain",
    ("Moreton Bay Providores AP", "payables@moretonbayprovidores.com.au"),
    "Payment advice - Moreton Bay Providores - 18/10/2024", "2024-10-18 16:20 +1000", """\
Good afternoon,

Please see below details of today's payment to Kauri Coast Seafoods Ltd.

Payment date: 18/10/2024
Payment ref:  MBP-EFT-2210

  Invoice INV-24131                                   4,560.00
  Invoice INV-24135                                   2,215.50
  Less credit note CN-2291                             -420.00
  Less claim MBP-C-118 (short shipment, agreed
       with Tom Whitaker 09/10)                        -312.00
                                                   ------------
  Total paid (AUD)                                    6,043.50

Regards,
Kylie Brennan
Accounts Payable Officer
Moreton Bay Providores Pty Ltd
""")

add("r07", "remittance", "en", "attachment",
    ("Sophie Andersen", "sophie@bluewrencatering.com.au"),
    "INV-24078 - proof of payment", "2024-10-09 13:25 +1030", """\
Hi Mereana,

Your statement from Monday still lists INV-24078 as open. We paid it on 27 September together with two other invoices in one transfer, which may be why it didn't match up.

I've attached our bank confirmation and our payment summary so you can allocate it. The combined amount was AUD 11,904.60:
- INV-24078  AUD 4,118.00
- INV-24083  AUD 3,906.60
- INV-24087  AUD 3,880.00

Kind regards,
Sophie Andersen
Finance & Admin | Blue Wren Catering
Adelaide SA
""",
    atts=[("BWC_transfer_confirmation_27Sep.pdf", "application", "pdf", pdf([
        "Westpac Business Online - Transfer confirmation",
        "Date: 27/09/2024 10:14   Receipt: WBC-8830017745",
        "From: Blue Wren Catering Pty Ltd  BSB 035-044",
        "To:   Kauri Coast Seafoods Ltd (international, AUD)",
        "Amount: AUD 11,904.60",
        "Description: KCS INV 24078 24083 24087",
        "Status: Completed",
    ]))])

add("r08", "remittance", "en", "attachment",
    ("Tan Mei Ling", "finance@lioncityfresh.com.sg"),
    "TT copy - USD 18,250.00 - EXP-1187 / EXP-1190", "2024-10-16 17:40 +0800", """\
Dear Sir/Madam,

Kindly find attached the TT copy for USD 18,250.00 remitted today via DBS Bank for your invoices EXP-1187 and EXP-1190.

Bank charges are borne by us (OUR), so the full amount should be credited to your account.

Please acknowledge receipt upon credit.

Regards,
Tan Mei Ling
Finance Executive
Lion City Fresh Pte Ltd
""",
    atts=[("TT_DBS_20241016.pdf", "application", "pdf", pdf([
        "DBS BANK LTD - OUTWARD TELEGRAPHIC TRANSFER ADVICE",
        "Value date: 16-OCT-2024       Our ref: OTT24290SG0018822",
        "Ordering customer: LION CITY FRESH PTE LTD",
        "Beneficiary: KAURI COAST SEAFOODS LTD, AUCKLAND NZ",
        "Beneficiary bank: WESTPAC NEW ZEALAND LTD  SWIFT WPACNZ2W",
        "Currency/Amount: USD 18,250.00",
        "Charges: OUR",
        "Remittance info: INV EXP-1187 EXP-1190",
    ]))])

add("r09", "remittance", "en", "plain",
    ("Nick Papadopoulos", "nick@yarrakitchen.com.au"),
    "invoice 24139", "2024-10-23 12:14 +1100", """\
Hi there,

Quick note - the AUD 3,075.00 for invoice 24139 has been released from our side today.

Sorry it took a bit longer than usual; our new two-step approvals caught us out this month. Shouldn't happen again.

Nick Papadopoulos
Operations & Finance
Yarra Kitchen Collective
""")

add("r10", "remittance", "en", "plain",
    ("Coastline Dining Group - Payables", "payables@coastlinedining.com.au"),
    "Kauri Coast Seafoods - included in 24/10 run", "2024-10-24 14:52 +1100", """\
Hello,

The following were processed in today's payment run:

INV-24144   AUD  8,230.00
INV-24145   AUD  4,894.90
INV-24150   AUD  6,640.00
Total       AUD 19,764.90

The ABA file was submitted to the bank at 2pm AEDT, so funds should clear overnight.

Thanks,
Marcus Lee
Coastline Dining Group
""")

add("r11", "remittance", "en", "html",
    ("Kingfisher Resorts Group - Finance", "ap.notifications@kingfisherresorts.com.au"),
    "Payment Advice PA-2024-11873 - Kauri Coast Seafoods Ltd", "2024-10-25 09:03 +1000",
    html="""\
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Payment Advice</title></head>
<body style="font-family: Segoe UI, Arial, sans-serif; font-size: 13px;">
<h2 style="color:#0a4d68;margin-bottom:4px">Kingfisher Resorts Group</h2>
<div style="color:#555">Shared Services - Accounts Payable</div>
<hr>
<p>Supplier: <b>Kauri Coast Seafoods Ltd</b> (Supplier No. 200417)<br>
Payment Advice: <b>PA-2024-11873</b><br>
Payment Date: 25-OCT-2024<br>
Payment Method: Electronic Funds Transfer</p>
<table border="1" cellspacing="0" cellpadding="5" style="border-collapse:collapse;font-size:13px">
<tr style="background:#e8f1f5"><th>Invoice Number</th><th>Invoice Date</th><th>Gross Amount</th><th>Discount</th><th>Amount Paid</th></tr>
<tr><td>INV-24111</td><td>23-SEP-2024</td><td align="right">7,260.00</td><td align="right">0.00</td><td align="right">7,260.00</td></tr>
<tr><td>INV-24124</td><td>02-OCT-2024</td><td align="right">5,118.75</td><td align="right">0.00</td><td align="right">5,118.75</td></tr>
<tr><td colspan="4" align="right"><b>Total AUD</b></td><td align="right"><b>12,378.75</b></td></tr>
</table>
<p>The amount above has been transferred to the bank account held on file for your organisation.</p>
<p style="font-size:11px;color:#888">This message was generated by Oracle Payables and this mailbox is not read.</p>
</body></html>
""")

add("r12", "remittance", "en", "alternative",
    ("Blue Marlin Bistro Pty Ltd", "messaging-service@post.xero.com"),
    "Payment advice from Blue Marlin Bistro Pty Ltd", "2024-10-21 10:12 +1100", """\
Hi Kauri Coast Seafoods Ltd,

Here's your payment advice for AUD 1,846.30, paid on 21 Oct 2024.

  Invoice        Date          Amount paid
  INV-24136      07 Oct 2024   1,846.30

If you have any questions, please let us know.

Thanks,
Blue Marlin Bistro Pty Ltd
""",
    html="""\
<html><head><meta charset="utf-8"></head>
<body style="margin:0;background:#f4f5f7;font-family:Helvetica,Arial,sans-serif">
<div style="max-width:560px;margin:24px auto;background:#fff;padding:24px;border-radius:6px">
<p>Hi Kauri Coast Seafoods Ltd,</p>
<p>Here's your payment advice for <strong>AUD 1,846.30</strong>, paid on <strong>21 Oct 2024</strong>.</p>
<table width="100%" cellpadding="6" style="border-top:1px solid #ddd;font-size:14px">
<tr><td>Invoice</td><td>Date</td><td align="right">Amount paid</td></tr>
<tr><td>INV-24136</td><td>07 Oct 2024</td><td align="right">1,846.30</td></tr>
</table>
<p>If you have any questions, please let us know.</p>
<p>Thanks,<br>Blue Marlin Bistro Pty Ltd</p>
</div></body></html>
""")

add("r13", "remittance", "en", "forward",
    ("Alvin Goh", "alvin.goh@straitsgourmet.sg"),
    "Fwd: Outward Telegraphic Transfer - Transaction Completed", "2024-10-18 11:05 +0800", """\
Hi Kauri Coast AR,

FYI - the bank's confirmation for the USD 9,640.00 wire covering EXP-1193 is attached below. It was executed this morning Singapore time.

Best,
Alvin Goh
Straits Gourmet Supply Pte Ltd
""",
    fwd_msg=dict(
        **{"from": "OCBC Business Banking <notifications@ocbc.com>",
           "to": "alvin.goh@straitsgourmet.sg",
           "subj": "Outward Telegraphic Transfer - Transaction Completed",
           "date": "2024-10-18 09:47 +0800", "mid": "OTT.20241018.5521047@ocbc.com"},
        body="""\
Dear Customer,

Your outward telegraphic transfer has been completed.

Transaction reference: TT2410180057
Debit account: 501-*****-001 (USD)
Beneficiary: KAURI COAST SEAFOODS LTD
Beneficiary bank: WESTPAC NEW ZEALAND LIMITED
Amount: USD 9,640.00
Purpose / message: EXP-1193 FROZEN MUSSELS

This is a computer-generated notification. Please do not reply.
"""))

add("r14", "remittance", "en", "reply",
    ("Ben Castellano", "ben@southerncrosscatering.com.au"),
    "Re: Copy of INV-24133", "2024-10-16 11:22 +1100", """\
Thanks Priya - got it, and that one's now been paid as well: $2,140.00 on 14/10, our reference KCS 24133.

Ben
""" + gq("On Fri, 11 Oct 2024 at 09:05, Priya Nair <priya.nair@kauricoastseafoods.co.nz> wrote:", """\
Hi Ben,

As requested, attached is a copy of INV-24133 for the 26 September delivery.

Let me know if you need anything else.

Priya Nair
Accounts Assistant | Kauri Coast Seafoods Ltd
"""),
    irt="sxc-copy-24133")

add("r15", "remittance", "en", "plain",
    ("Raymond Ong", "raymond@harbourfrontseafood.sg"),
    "EXP-1179", "2024-10-15 18:02 +0800", """\
Paid. Ref TT241015-88, USD 4,300 for EXP-1179.

Thx
Raymond
""")

add("r16", "remittance", "en", "attachment",
    ("Tasman Bay Grocers - Accounts", "accounts@tasmanbaygrocers.com.au"),
    "Weekly supplier payments - week 42", "2024-10-17 10:30 +1100", """\
Hello AR team,

Our weekly payment run went through this morning. The attached file lists the five Kauri Coast invoices that were included.

Total credited: AUD 8,127.35, reference TBG-W42.

Regards,
Accounts Team
Tasman Bay Grocers
""",
    atts=[("TBG_supplier_payments_W42_KauriCoast.csv", "text", "csv", csv_bytes([
        ["Supplier", "Invoice", "InvoiceDate", "Amount", "Currency", "PaymentRef", "PaidOn"],
        ["KAURI COAST SEAFOODS LTD", "INV-24116", "2024-09-27", "1620.00", "AUD", "TBG-W42", "2024-10-17"],
        ["KAURI COAST SEAFOODS LTD", "INV-24120", "2024-09-30", "2044.15", "AUD", "TBG-W42", "2024-10-17"],
        ["KAURI COAST SEAFOODS LTD", "INV-24122", "2024-10-01", "1187.20", "AUD", "TBG-W42", "2024-10-17"],
        ["KAURI COAST SEAFOODS LTD", "INV-24127", "2024-10-03", "1950.00", "AUD", "TBG-W42", "2024-10-17"],
        ["KAURI COAST SEAFOODS LTD", "INV-24128", "2024-10-03", "1326.00", "AUD", "TBG-W42", "2024-10-17"],
    ]))])

add("r17", "remittance", "en", "plain",
    ("Gary Foster", "gary@quaysidefishandchips.co.nz"),
    "deposit for Sept invoices", "2024-10-14 12:47 +1300", """\
Hi,

Just letting you know I paid it in at the Westpac branch on Devonport Road this morning. Deposit slip reference 7720915, $1,286.40, which covers both September invoices (24084 and 24097).

Cheers,
Gary
Quayside Fish & Chips, Tauranga
""")

add("r18", "remittance", "en", "forward",
    ("Sarah Kim", "sarah.kim@pinnaclefoodservice.com.au"),
    "FW: Kauri Coast Seafoods invoices", "2024-10-18 09:12 +1000", """\
Hi Mereana,

As promised on the phone, below is the confirmation from our AP team.

Sarah
""" + fq("AP Team <ap@pinnaclefoodservice.com.au>", "Thursday, 17 October 2024 4:55 PM",
         "RE: Kauri Coast Seafoods invoices", "Sarah Kim <sarah.kim@pinnaclefoodservice.com.au>", """\
Hi Sarah,

Kauri Coast Seafoods invoices INV-24112 ($5,380.00) and INV-24118 ($2,045.60) were both paid in this afternoon's run. Payment reference PFS-171024-033.

Regards,
Accounts Payable
Pinnacle Foodservice
""", style="outlook"))

add("r19", "remittance", "tl", "attachment",
    ("Maricel Dela Cruz", "accounting@luzonpremierfoods.ph"),
    "Bayad para sa INV-24098", "2024-10-16 09:18 +0800", """\
Good morning po!

Nabayaran na po namin ang INV-24098 kahapon through BDO, USD 8,450.00 ang halaga. Naka-attach po ang kopya ng TT para sa reference ninyo.

Paki-confirm na lang po kapag pumasok na sa account ninyo.

Salamat po!

Maricel Dela Cruz
Accounting Department
Luzon Premier Foods Inc.
""",
    atts=[("BDO_TT_LPF_15Oct2024.pdf", "application", "pdf", pdf([
        "BDO UNIBANK INC. - FOREIGN CURRENCY OUTWARD REMITTANCE",
        "Date: 15-Oct-2024     Reference: BDO-OR-2410-447120",
        "Remitter: LUZON PREMIER FOODS INC.",
        "Beneficiary: KAURI COAST SEAFOODS LTD",
        "Amount: USD 8,450.00",
        "Details: PAYMENT INV-24098",
    ]))])

add("r20", "remittance", "tl", "reply",
    ("Jerome Villanueva", "jerome.v@mabuhayseafood.com.ph"),
    "RE: Payment reminder - INV-24101 / INV-24106", "2024-10-22 10:40 +0800", """\
Hi Sir Hamish,

Na-transfer na po namin kaninang umaga ang buong USD 5,730.00 para sa INV-24101 at INV-24106. Ang reference number po ay MST-1022-07.

Baka bukas pa po ito mag-reflect sa account ninyo dahil international transfer.

Salamat po,
Jerome
Mabuhay Seafood Trading
""" + oq("Hamish Doyle <hamish.doyle@kauricoastseafoods.co.nz>", "Friday, October 18, 2024 11:30 AM",
         "Jerome Villanueva <jerome.v@mabuhayseafood.com.ph>",
         "Payment reminder - INV-24101 / INV-24106", """\
Hi Jerome,

A friendly reminder that INV-24101 (USD 3,210.00) and INV-24106 (USD 2,520.00) fell due on 15 October.

Please let me know the expected payment date.

Thanks,
Hamish
"""),
    irt="mst-reminder-1018")

add("r21", "remittance", "tl", "plain",
    ("Rowena Santos", "rsantos@visayasfresh.com"),
    "EXP-1185 payment", "2024-10-14 14:05 +0800", """\
Hello po,

Naipadala na po namin ang bayad para sa EXP-1185 noong Biyernes (Oct 11), USD 3,960.00 po. Ref. no. VFC-TT-2231.

Kung kulang po nang kaunti ang dumating, bank charges po iyon ng intermediary bank.

Salamat,
Rowena Santos
Visayas Fresh Corp., Cebu City
""")

add("r22", "remittance", "zh", "attachment",
    ("王丽", "wangli@shhaixian-ie.cn"),
    "货款已付 - INV-24191 水单", "2024-10-17 10:26 +0800", """\
您好，

贵司发票 INV-24191 的货款 USD 12,600.00 已于今天上午通过中国银行电汇付出，电汇水单请见附件。

因为是跨境汇款，预计2-3个工作日到账，到账后麻烦回复确认一下。

谢谢！

王丽
财务部
上海海鲜进出口有限公司
""",
    atts=[("BOC_TT_20241017.pdf", "application", "pdf", pdf([
        "BANK OF CHINA SHANGHAI BRANCH - APPLICATION FOR FUNDS TRANSFER (COPY)",
        "Date: 2024-10-17      Ref: 2410170SH88415",
        "Remitter: SHANGHAI HAIXIAN IMPORT & EXPORT CO., LTD.",
        "Beneficiary: KAURI COAST SEAFOODS LTD, AUCKLAND",
        "Amount: USD 12,600.00",
        "Remittance information: INV-24191",
        "Charges: SHA",
    ]))])

add("r23", "remittance", "zh", "alternative",
    ("深圳蓝湾食品 财务系统", "erp-notice@lanwanfoods.com.cn"),
    "付款通知单 PAY-20241023-0157", "2024-10-23 16:45 +0800", """\
付款通知单

收款单位：Kauri Coast Seafoods Ltd
付款单号：PAY-20241023-0157
付款日期：2024-10-23
付款方式：境外电汇
付款金额：USD 7,480.00

本次付款核销发票：
  INV-24141   USD 4,100.00
  INV-24148   USD 3,380.00

本邮件由深圳蓝湾食品有限公司财务系统自动发送，请勿直接回复。如有疑问请联系 ap@lanwanfoods.com.cn。
""",
    html="""\
<html><head><meta charset="utf-8"></head>
<body style="font-family:'Microsoft YaHei',SimSun,sans-serif;font-size:14px">
<h3>付款通知单</h3>
<table border="1" cellspacing="0" cellpadding="6" style="border-collapse:collapse">
<tr><td>收款单位</td><td>Kauri Coast Seafoods Ltd</td></tr>
<tr><td>付款单号</td><td>PAY-20241023-0157</td></tr>
<tr><td>付款日期</td><td>2024-10-23</td></tr>
<tr><td>付款方式</td><td>境外电汇</td></tr>
<tr><td>付款金额</td><td><b>USD 7,480.00</b></td></tr>
</table>
<p>本次付款核销发票：</p>
<table border="1" cellspacing="0" cellpadding="6" style="border-collapse:collapse">
<tr><th>发票号</th><th>金额</th></tr>
<tr><td>INV-24141</td><td>USD 4,100.00</td></tr>
<tr><td>INV-24148</td><td>USD 3,380.00</td></tr>
</table>
<p style="color:#888;font-size:12px">本邮件由深圳蓝湾食品有限公司财务系统自动发送，请勿直接回复。如有疑问请联系 ap@lanwanfoods.com.cn。</p>
</body></html>
""")

add("r24", "remittance", "zh", "reply",
    ("刘洋", "liuyang@qdbeihai-seafood.com"),
    "回复：Reminder - INV-24107 overdue", "2024-10-15 09:50 +0800", """\
Hamish 您好，

这笔款我们 10 月 9 日已经付出了，付款明细如下：

付款日期：2024-10-09
金额：USD 6,915.00
付款银行：招商银行青岛分行
银行流水号：CMB2410090033816
对应发票：INV-24107

可能是跨境到账比较慢，麻烦贵司财务按以上信息查一下入账情况。

刘洋
青岛北海水产有限公司
""" + oq("Hamish Doyle <hamish.doyle@kauricoastseafoods.co.nz>", "2024年10月14日 星期一 15:02",
         "刘洋 <liuyang@qdbeihai-seafood.com>", "Reminder - INV-24107 overdue", """\
Dear Mr Liu,

INV-24107 for USD 6,915.00 was due on 30 September and is still showing as unpaid in our ledger.

Could you please advise the payment date?

Best regards,
Hamish Doyle
Kauri Coast Seafoods Ltd
"""),
    irt="qdbh-reminder-1014")

add("r25", "remittance", "zh-hant", "plain",
    ("陳嘉欣", "accounts@kowloonocean.com.hk"),
    "貨款匯出通知 INV-24142 / INV-24147", "2024-10-21 15:33 +0800", """\
您好，

貨款已於今日經滙豐銀行電匯，金額 HKD 86,420.00，對應發票 INV-24142 及 INV-24147。

匯款編號：HSBC-TT-55120

請查收，謝謝。

陳嘉欣
會計部
九龍海洋貿易有限公司
""")

add("r26", "remittance", "de", "plain",
    ("Birgit Hansen", "b.hansen@hanseatische-fischimport.de"),
    "Zahlung Rechnungen KCS-24119 und KCS-24123", "2024-10-16 11:08 +0200", """\
Sehr geehrte Damen und Herren,

wir haben heute die Rechnungen KCS-24119 (EUR 9.640,00) und KCS-24123 (EUR 6.840,00) über insgesamt EUR 16.480,00 per Auslandsüberweisung an Ihre Bank überwiesen.

Verwendungszweck: HFI 4471 KCS-24119 KCS-24123

Mit freundlichen Grüßen

Birgit Hansen
Kreditorenbuchhaltung
Hanseatische Fischimport GmbH
Große Elbstraße 145, 22767 Hamburg
""")

add("r27", "remittance", "de", "html",
    ("Elbstrand Feinkost GmbH", "zahlungsavis@elbstrand-feinkost.de"),
    "Zahlungsavis 2000184563 / Kauri Coast Seafoods Ltd", "2024-10-24 06:15 +0200",
    html="""\
<html><head><meta charset="utf-8"></head>
<body style="font-family: Arial, sans-serif; font-size: 12px;">
<p><b>Elbstrand Feinkost GmbH</b><br>Buchhaltung<br>Am Sandtorkai 30, 20457 Hamburg</p>
<p>Kauri Coast Seafoods Ltd<br>Auckland, Neuseeland<br>Lieferantennr. 700318</p>
<h3>Zahlungsavis Nr. 2000184563</h3>
<p>Sehr geehrte Damen und Herren,<br>
wir haben folgende Posten zum 24.10.2024 ausgeglichen:</p>
<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse;font-size:12px">
<tr><th>Beleg-Nr.</th><th>Ihre Rechnung</th><th>Belegdatum</th><th>Bruttobetrag EUR</th><th>Skonto EUR</th><th>Zahlbetrag EUR</th></tr>
<tr><td>5100042871</td><td>KCS-24132</td><td>04.10.2024</td><td align="right">11.250,00</td><td align="right">225,00</td><td align="right">11.025,00</td></tr>
<tr><td>5100042903</td><td>KCS-24137</td><td>08.10.2024</td><td align="right">4.380,00</td><td align="right">87,60</td><td align="right">4.292,40</td></tr>
<tr><td colspan="5" align="right"><b>Summe</b></td><td align="right"><b>15.317,40</b></td></tr>
</table>
<p>Der Betrag wird Ihrem Konto bei der Westpac New Zealand Ltd gutgeschrieben.</p>
<p style="color:#777">Diese E-Mail wurde automatisch aus unserem SAP-System erstellt.</p>
</body></html>
""")

add("r28", "remittance", "de", "forward",
    ("Thomas Brandl", "t.brandl@muenchner-fischhaus.de"),
    "WG: Ihr Auftrag wurde ausgeführt - Auslandsüberweisung", "2024-10-28 10:37 +0100", """\
Hallo zusammen,

anbei leite ich Ihnen die Ausführungsbestätigung unserer Sparkasse für die Rechnung KCS-24151 weiter. Der Betrag von EUR 5.920,00 ist heute früh rausgegangen.

Viele Grüße
Thomas Brandl
Münchner Fischhaus KG
""",
    fwd_msg=dict(
        **{"from": "Stadtsparkasse München <noreply@sskm.de>",
           "to": "t.brandl@muenchner-fischhaus.de",
           "subj": "Ihr Auftrag wurde ausgeführt - Auslandsüberweisung",
           "date": "2024-10-28 08:02 +0100", "mid": "A24302-0801-77312@sskm.de"},
        body="""\
Guten Tag,

Ihre Auslandsüberweisung wurde ausgeführt.

Auftraggeber: Münchner Fischhaus KG
Empfänger: Kauri Coast Seafoods Ltd
BIC Empfängerbank: WPACNZ2W
Betrag: 5.920,00 EUR
Verwendungszweck: KCS-24151
Ausführungsdatum: 28.10.2024

Ihre Stadtsparkasse München
"""))

# ---------------------------------------------------------------- payment_promise

add("p01", "payment_promise", "en", "plain",
    ("Anika Shah", "finance@gumtreekitchen.com.au"),
    "INV-24153 / INV-24158", "2024-10-21 15:10 +1100", """\
Hi,

INV-24153 and INV-24158 are both approved and sitting in Thursday's payment run (24 Oct). You should see AUD 4,712.80 early next week.

Regards,
Anika Shah
Finance Officer, Gumtree Kitchen Co
Canberra
""")

add("p02", "payment_promise", "en", "plain",
    ("Warren Blake", "warren.blake@baysideaquatic.com.au"),
    "September invoices", "2024-11-05 08:44 +1100", """\
Morning,

Your September invoices (INV-24092, INV-24096 and INV-24100) have been approved for payment. They'll be released on the 15th of November, which is our next scheduled supplier payment date.

The total will be AUD 21,330.00.

Warren Blake
Financial Controller
Bayside Aquatic Imports
""")

add("p03", "payment_promise", "en", "reply",
    ("Jess Romano", "jess@bondibeachseafoodbar.com.au"),
    "RE: Account overdue - Bondi Beach Seafood Bar", "2024-10-24 13:02 +1100", """\
Noted - sorry Hamish. Our director signs off all payments and he's overseas until Monday. We'll pay the full balance next week.

Jess
""" + oq("Hamish Doyle <hamish.doyle@kauricoastseafoods.co.nz>", "Thursday, 24 October 2024 10:11 AM",
         "Jess Romano <jess@bondibeachseafoodbar.com.au>", "Account overdue - Bondi Beach Seafood Bar", """\
Hi Jess,

Your account currently has AUD 3,486.50 outstanding, all of it more than 14 days past terms:

INV-24093   AUD 1,702.00   due 30/09
INV-24105   AUD 1,784.50   due 07/10

Please arrange payment or let me know if anything is holding it up.

Regards,
Hamish Doyle
Credit Controller | Kauri Coast Seafoods Ltd
"""),
    irt="bbsb-overdue-1024")

add("p04", "payment_promise", "en", "plain",
    ("Kenneth Wong", "kenneth.wong@harbourprimefoods.hk"),
    "Cheque for INV-24114", "2024-10-23 16:20 +0800", """\
Dear Accounts,

The cheque for HKD 38,600.00 covering INV-24114 is being prepared and needs a second signatory, who is back tomorrow.

Our messenger will drop it at your Hong Kong agent, Pacific Rim Cold Store in Kwai Chung, by Friday.

Best regards,
Kenneth Wong
Accounts Manager
Harbour Prime Foods Ltd
""")

add("p05", "payment_promise", "en", "plain",
    ("Pippa Collins", "pippa@pippisseafoodkitchen.com.au"),
    "INV-24109 - bit more time please", "2024-10-14 09:37 +1000", """\
Hi Mereana,

I know we're past terms on INV-24109. Could you give us until Friday the 25th?

The school holidays were quieter than we'd hoped, but we'll clear the full AUD 2,655.00 by then - you have my word.

Thanks for your patience,
Pippa
Pippi's Seafood Kitchen, Mooloolaba
""")

add("p06", "payment_promise", "en", "attachment",
    ("Daniel Okafor", "daniel.okafor@wollongongfreshseafood.com.au"),
    "Proposed payment plan - Wollongong Fresh Seafood", "2024-10-28 11:55 +1100", """\
Hi Hamish,

Thanks for the call this morning. As discussed, attached is our proposed plan for clearing the NZD 18,400.00 balance in three instalments:

1 November    NZD 6,000.00
15 November   NZD 6,000.00
29 November   NZD 6,400.00

We'll make the first instalment this Friday and I'll send confirmation each time one goes out. If the plan works for you, a quick reply to confirm would be appreciated.

Regards,
Daniel Okafor
General Manager
Wollongong Fresh Seafood Wholesale
""",
    atts=[("WFS_payment_plan_Oct2024.pdf", "application", "pdf", pdf([
        "WOLLONGONG FRESH SEAFOOD WHOLESALE - PROPOSED PAYMENT PLAN",
        "Creditor: Kauri Coast Seafoods Ltd     Balance: NZD 18,400.00",
        "Invoices: INV-24085, INV-24091, INV-24099",
        "",
        "Instalment 1   01/11/2024   NZD 6,000.00",
        "Instalment 2   15/11/2024   NZD 6,000.00",
        "Instalment 3   29/11/2024   NZD 6,400.00",
        "",
        "Signed: D. Okafor, General Manager",
    ]))])

add("p07", "payment_promise", "en", "reply",
    ("Claire Whitfield", "claire.w@noosaheadshospitality.com.au"),
    "RE: Statement of account - 30 September 2024", "2024-10-08 10:19 +1000", """\
Thanks Priya.

Those three September invoices will go out in our month-end run on 31 October. I've flagged them so they don't get missed again.

Cheers,
Claire
""" + oq("Priya Nair <priya.nair@kauricoastseafoods.co.nz>", "Tuesday, 8 October 2024 9:02 AM",
         "Claire Whitfield <claire.w@noosaheadshospitality.com.au>",
         "Statement of account - 30 September 2024", """\
Hi Claire,

Please find attached your statement of account as at 30 September.

Three invoices totalling AUD 12,078.40 are showing as outstanding. Give me a shout if anything doesn't match your records.

Kind regards,
Priya Nair
Accounts Assistant | Kauri Coast Seafoods Ltd
"""),
    irt="nhh-stmt-0930")

add("p08", "payment_promise", "en", "alternative",
    ("Great Southern Food Group AP", "ap-notify@greatsouthernfood.com.au"),
    "Scheduled payment notification - Kauri Coast Seafoods Ltd", "2024-10-25 07:30 +1100", """\
This is an automated notice from Great Southern Food Group Accounts Payable.

The following invoices have been scheduled for payment on 31/10/2024:

  Invoice      Invoice date   Amount (AUD)
  INV-24161    10/10/2024       6,380.00
  INV-24167    14/10/2024       3,150.50
  Total                         9,530.50

Scheduled payments may change if an invoice is placed on hold. Payment advice will be emailed once the payment has been made.

Great Southern Food Group | Accounts Payable
""")

add("p09", "payment_promise", "en", "plain",
    ("Priscilla Tay", "priscilla@marinabayseafood.sg"),
    "EXP-1195 payment timing", "2024-10-18 14:26 +0800", """\
Hi,

Our finance director has signed off EXP-1195. The USD 11,200.00 will be transferred on Tuesday 22 October once our USD account has been topped up.

I'll send the TT slip through after that.

Regards,
Priscilla Tay
Marina Bay Seafood Co Pte Ltd
""")

add("p10", "payment_promise", "en", "reply",
    ("Lisa Tran", "accounts@harboursidefish.com.au"),
    "RE: INV-24125 pricing", "2024-10-30 15:41 +1100", """\
Thanks Hamish, that squares it off.

The net amount of AUD 4,374.00 will go out in Friday's run.

Lisa
""" + oq("Hamish Doyle <hamish.doyle@kauricoastseafoods.co.nz>", "Wednesday, 30 October 2024 11:20 AM",
         "Lisa Tran <accounts@harboursidefish.com.au>", "RE: INV-24125 pricing", """\
Hi Lisa,

Apologies for the pricing error on INV-24125 - the snapper should have been at the contract rate. We have issued credit note CN-2304 for AUD 486.00, attached.

Regards,
Hamish
"""),
    irt="hfc-24125-cn")

add("p11", "payment_promise", "en", "plain",
    ("Megan Hollis", "accounts@sapphirecoastoysters.com.au"),
    "Payment - INV-24156", "2024-10-29 10:05 +1100", """\
Hi Kauri Coast,

Payment of INV-24156 (AUD 5,045.00) has been approved by our CFO. It will be released once our quarter-end payment freeze lifts on Monday 4 November.

Megan Hollis
Sapphire Coast Oyster Distributors
""")

add("p12", "payment_promise", "en", "forward",
    ("Craig Dunn", "craig.dunn@goldcoastfinefoods.com.au"),
    "FW: Kauri Coast", "2024-10-31 12:18 +1000", """\
Hi Mereana,

See below from our treasury team - it'll be paid on the 8th.

Regards,
Craig
""" + fq("Treasury <treasury@goldcoastfinefoods.com.au>", "Thursday, 31 October 2024 11:50 AM",
         "RE: Kauri Coast", "Craig Dunn <craig.dunn@goldcoastfinefoods.com.au>", """\
Craig,

Kauri Coast is queued for the 8 November foreign currency batch: NZD 26,940.00 across INV-24169, INV-24173 and INV-24180. Nothing else needed from you.

Treasury
""", style="outlook"))

add("p13", "payment_promise", "en", "html",
    ("Rachel Nguyen", "rachel@portdouglasreefkitchen.com.au"),
    "Outstanding balance", "2024-10-22 16:02 +1000",
    html="""\
<html><head><meta charset="utf-8"></head>
<body style="font-family: Aptos, Calibri, sans-serif; font-size: 11pt;">
<div>Good afternoon,</div>
<div><br></div>
<div>We plan to settle the statement balance of <b>AUD 9,845.00</b> by the end of the month (<b>Thursday 31 October</b>).</div>
<div><br></div>
<div>Apologies for the delay &ndash; we've been short-staffed in accounts since September.</div>
<div><br></div>
<div>Kind regards,</div>
<div><span style="color:#1f6f8b"><b>Rachel Nguyen</b></span><br>Office Manager<br>Port Douglas Reef Kitchen<br><span style="font-size:9pt;color:#888">Macrossan St, Port Douglas QLD 4877</span></div>
</body></html>
""")

add("p14", "payment_promise", "en", "alternative",
    ("Sunraysia Hotel Group - Accounts", "accounts@sunraysiahotels.com.au"),
    "Supplier payments - change of bank", "2024-10-23 09:15 +1100", """\
Dear Kauri Coast Seafoods,

We are migrating our operating accounts to HSBC this week, so supplier payments are paused until the new account is live.

All approved invoices, including your INV-24159 and INV-24164 (AUD 7,712.40 in total), will be paid on Wednesday 30 October from the new account. The payer name on your bank statement will be unchanged.

Thank you for your patience.

Naomi Fraser
Accounts Payable Lead
Sunraysia Hotel Group
""")

add("p15", "payment_promise", "en", "reply",
    ("Steve Harlan", "steve@cairnsreeftraders.com.au"),
    "Re: Second reminder: EXP-1181 / USD 6,820.00", "2024-10-25 14:48 +1000", """\
Hi Hamish,

Apologies - we were waiting on our own biggest customer to pay us, and that money landed yesterday. I'll transfer your USD 6,820.00 first thing Monday morning.

Steve
""" + gq("On 25/10/2024 9:12 am, Hamish Doyle wrote:", """\
Hi Steve,

This is our second reminder for EXP-1181, USD 6,820.00, which was due on 10 October.

If there's an issue with the invoice itself please let me know; otherwise please arrange payment as soon as possible.

Hamish Doyle
Kauri Coast Seafoods Ltd
"""),
    irt="crt-reminder2-1025")

add("p16", "payment_promise", "tl", "plain",
    ("Jasmine Reyes", "jasmine.reyes@pasiggourmet.ph"),
    "INV-24199", "2024-10-21 10:25 +0800", """\
Magandang araw po.

Babayaran po namin ang INV-24199 sa darating na Biyernes, Oktubre 25. Ang halaga po ay USD 4,180.00 at idadaan po namin sa Metrobank.

Ipapadala ko po agad ang TT copy pagkatapos.

Salamat po,
Jasmine Reyes
Pasig Gourmet Foods
""")

add("p17", "payment_promise", "tl", "reply",
    ("Arnel Bautista", "arnel.bautista@cebuharborseafoods.com"),
    "RE: Overdue invoices - Cebu Harbor Seafoods", "2024-10-30 11:12 +0800", """\
Hi Ma'am Mereana,

Pasensya na po sa delay. Isasama na po namin ang dalawang invoice sa payment run sa susunod na Martes, Nobyembre 5. Na-approve na po ng manager namin kahapon.

Arnel
""" + oq("Mereana Tipene <mereana.tipene@kauricoastseafoods.co.nz>", "Tuesday, October 29, 2024 3:40 PM",
         "Arnel Bautista <arnel.bautista@cebuharborseafoods.com>",
         "Overdue invoices - Cebu Harbor Seafoods", """\
Hi Arnel,

Just checking in on INV-24197 and INV-24198 (USD 7,240.00 in total), which are now overdue. Can you confirm when payment will be made?

Many thanks,
Mereana
"""),
    irt="chs-overdue-1029")

add("p18", "payment_promise", "tl", "plain",
    ("Liza Manalo", "lmanalo@visayasfresh.com"),
    "Bayad sa EXP-1189", "2024-10-29 16:30 +0800", """\
Hi po,

Inihahanda na po ng treasury namin ang wire transfer para sa EXP-1189 (USD 5,275.00). Ipapadala po ito bukas ng umaga, Oktubre 30, kapag napirmahan na ng aming CFO.

Ise-send ko po sa inyo ang kopya kapag naipadala na.

Salamat,
Liza Manalo
Visayas Fresh Corp.
""")

add("p19", "payment_promise", "zh", "plain",
    ("林晓峰", "linxf@minjiang-seafood.com"),
    "INV-24155 付款安排", "2024-10-29 14:02 +0800", """\
您好，

INV-24155 的货款我们会安排在本周五（11月1日）支付，金额 USD 9,360.00。

届时付款后会把水单发给您。

林晓峰
福州闽江海产贸易有限公司
""")

add("p20", "payment_promise", "zh", "reply",
    ("周敏", "zhoumin@bohai-seafood.cn"),
    "回复: Outstanding invoices INV-24143 / INV-24152", "2024-10-30 10:18 +0800", """\
Grace 您好，

这两张发票已经审批通过了。按照我们公司的付款周期，会在 11 月 15 日统一付出，到时候会通知您。

谢谢理解！
周敏
天津渤海海产有限公司 财务部
""" + gq("在 2024年10月29日 16:05，Grace Liu <grace.liu@kauricoastseafoods.co.nz> 写道：", """\
Dear Ms Zhou,

INV-24143 (USD 4,860.00) and INV-24152 (USD 3,975.00) are now past their due date. Could you let us know where they are in your approval process?

Thank you,
Grace Liu
Kauri Coast Seafoods Ltd
"""),
    irt="bohai-os-1029")

add("p21", "payment_promise", "zh-hant", "plain",
    ("黃志明", "ap@formosaseafood.com.tw"),
    "INV-24160 付款時間", "2024-10-30 11:47 +0800", """\
您好，

INV-24160 的款項我們預計下星期三（11月6日）匯出，金額 USD 7,050.00。

匯出後會再將匯款單寄給您，麻煩屆時查收。

黃志明
福爾摩沙海產股份有限公司 財務部
""")

add("p22", "payment_promise", "de", "plain",
    ("Sabine Kurz", "s.kurz@rheinhafen-frischfisch.de"),
    "Ihre Rechnung KCS-24214", "2024-11-06 14:21 +0100", """\
Sehr geehrte Damen und Herren,

die Rechnung KCS-24214 über EUR 8.715,00 ist inzwischen zur Zahlung freigegeben. Sie wird mit unserem nächsten Zahllauf am 15.11.2024 überwiesen.

Mit freundlichen Grüßen
Sabine Kurz
Buchhaltung
Rheinhafen Frischfisch GmbH, Duisburg
""")

add("p23", "payment_promise", "de", "reply",
    ("Markus Albrecht", "m.albrecht@bodensee-gastro.de"),
    "AW: Reminder - overdue invoices KCS-24202 / KCS-24209", "2024-10-31 09:54 +0100", """\
Sehr geehrter Herr Doyle,

vielen Dank für Ihre Geduld. Wir werden den offenen Betrag von EUR 12.600,00 in zwei Raten begleichen:

- EUR 6.300,00 am 08.11.2024
- EUR 6.300,00 am 29.11.2024

Bitte bestätigen Sie kurz, ob das für Sie in Ordnung ist.

Mit freundlichen Grüßen
Markus Albrecht
Geschäftsführer, Bodensee Gastro Service GmbH
""" + oq("Hamish Doyle <hamish.doyle@kauricoastseafoods.co.nz>", "Mittwoch, 30. Oktober 2024 03:20",
         "Markus Albrecht <m.albrecht@bodensee-gastro.de>",
         "Reminder - overdue invoices KCS-24202 / KCS-24209", """\
Dear Mr Albrecht,

We have not yet received payment for KCS-24202 (EUR 7,150.00) and KCS-24209 (EUR 5,450.00), both overdue by more than 30 days.

We would appreciate payment or a firm date by return.

Kind regards,
Hamish Doyle
Credit Controller, Kauri Coast Seafoods Ltd
"""),
    irt="bgs-reminder-1030")

add("p24", "payment_promise", "ms", "plain",
    ("Nurul Aina Rahman", "akaun@seleralaut.com.my"),
    "Bayaran invois INV-24149", "2024-10-29 11:36 +0800", """\
Salam sejahtera,

Untuk makluman pihak tuan, bayaran bagi invois INV-24149 berjumlah USD 5,540.00 akan dibuat pada hari Jumaat ini (1 November) melalui pindahan telegrafik.

Kami akan menghantar salinan slip bank selepas bayaran dibuat.

Terima kasih.

Nurul Aina Rahman
Jabatan Akaun
Selera Laut Sdn Bhd, Kuala Lumpur
""")

# ---------------------------------------------------------------- dispute

add("d01", "dispute", "en", "plain",
    ("Oliver Grant", "oliver@melbourneoysterbar.com.au"),
    "INV-24192 - oyster price", "2024-10-10 11:03 +1100", """\
Hi,

INV-24192 charges the Bluff oysters at NZD 32.50 a dozen. Our winter price list, which you confirmed in writing on 2 August and which runs to 31 December, has them at NZD 29.80.

On 120 dozen that's NZD 324.00 overcharged. We're holding this invoice until we get a credit note or a corrected invoice at the agreed price.

Oliver Grant
Purchasing, Melbourne Oyster Bar Co
""")

add("d02", "dispute", "en", "plain",
    ("Helen Marsh", "helen.marsh@adelaidecentralseafoods.com.au"),
    "Short delivery - INV-24134", "2024-10-09 15:48 +1030", """\
Hello,

INV-24134 bills us for 40 cartons of frozen hoki fillets. Our receiving docket from 8 October shows 36 cartons arrived, and the driver signed it with the shortfall noted.

We will only be paying for the 36. Please credit the four missing cartons (AUD 1,152.00).

Regards,
Helen Marsh
Adelaide Central Seafoods
""")

add("d03", "dispute", "en", "attachment",
    ("Brendan O'Neill", "brendan@townsvilleseafoodmarkets.com.au"),
    "Consignment under INV-24146 - product thawed on arrival", "2024-10-15 17:22 +1000", """\
To Kauri Coast Seafoods,

The consignment under INV-24146 arrived this morning with the reefer reading +4 degrees C. The temperature logger shows the unit failed somewhere around day three of the voyage, and the hoki and squid were partially thawed when we opened the cartons.

We can't sell this product and we are rejecting the invoice in full (AUD 17,380.00). Photos of the cartons and the logger download are attached. Please contact your insurer and let us know how you want the stock handled - it is being held in our chiller at your cost until Friday.

Brendan O'Neill
Operations Manager
Townsville Seafood Markets
""",
    atts=[("IMG_4471.png", "image", "png", png(24, 16, 11)),
          ("IMG_4473.png", "image", "png", png(24, 16, 29)),
          ("logger_TSM_container_MSKU7731204.csv", "text", "csv", csv_bytes([
              ["timestamp_utc", "probe_c"],
              ["2024-10-09T00:00", "-21.4"], ["2024-10-10T00:00", "-21.1"],
              ["2024-10-11T00:00", "-20.8"], ["2024-10-12T00:00", "-9.6"],
              ["2024-10-13T00:00", "-1.2"], ["2024-10-14T00:00", "2.9"],
              ["2024-10-15T00:00", "4.0"]]))])

add("d04", "dispute", "en", "reply",
    ("Karen Doyle", "karen@sunshinecoastseafood.com.au"),
    "RE: FINAL NOTICE - INV-24081", "2024-10-23 09:14 +1000", """\
This is now the third reminder for INV-24081, and I've already told you twice that it was paid on 2 October.

Please check your own bank statements before sending any more of these - it's getting tiresome. I'm not sending the payment details a third time.

Karen Doyle
Sunshine Coast Seafood Co.
""" + oq("Kauri Coast Seafoods Accounts Receivable <accounts.receivable@kauricoastseafoods.co.nz>",
         "Wednesday, 23 October 2024 7:00 AM", "Karen Doyle <karen@sunshinecoastseafood.com.au>",
         "FINAL NOTICE - INV-24081", """\
Dear Customer,

Despite previous reminders, invoice INV-24081 for AUD 2,904.00 remains unpaid and is now 45 days overdue.

Unless payment is received within 7 days, we may place your account on hold.

Kauri Coast Seafoods Ltd - Credit Control
"""),
    irt="scsc-final-24081")

add("d05", "dispute", "en", "plain",
    ("Ravi Sharma", "ravi@perthharbourkitchen.com.au"),
    "Invoices INV-24216 and INV-24217 - same shipment?", "2024-10-17 12:30 +0800", """\
Hi,

INV-24216 and INV-24217 look like the same shipment billed twice - same PO (PHK-5512), same 22 cartons of snapper, same AUD 3,740.00, delivered on the same day.

We'll pay one of them. Please cancel the other and confirm by email so our AP can release the payment.

Ravi Sharma
Perth Harbour Kitchen
""")

add("d06", "dispute", "en", "plain",
    ("Monique Leblanc", "accounts@brisbaneseafooddepot.com.au"),
    "GST charged on export invoice INV-24138", "2024-10-11 10:02 +1000", """\
Good morning,

You've added 15% GST (NZD 1,089.00) to INV-24138, but this was an export shipment to Brisbane and should be zero-rated.

We can't pass it for payment as it stands. Please reissue it without GST.

Monique Leblanc
Brisbane Seafood Depot
""")

add("d07", "dispute", "en", "plain",
    ("Tracey Wilkins", "tracey@geelongseafoodsupply.com.au"),
    "Deduction on INV-24140 - crushed cartons", "2024-10-18 16:05 +1100", """\
Hi,

We've paid INV-24140 today but have held back AUD 640.00 for the eight cartons of half-shell mussels that arrived crushed - Tom has had the photos since 10 October.

Please raise a credit note for the 640 so our ledgers match. We won't be paying that portion.

Tracey Wilkins
Accounts, Geelong Seafood Supply
""")

add("d08", "dispute", "en", "reply",
    ("Josh Turnbull", "josh@byronbayseafood.com.au"),
    "RE: Statement - Byron Bay Seafood Co - October", "2024-11-04 10:40 +1100", """\
Your statement is wrong.

INV-24072 was paid in full back in August - it shouldn't be sitting in the 60+ days column. And INV-24218 is for a delivery we sent straight back with your driver because the scampi was the wrong size.

Please fix your records and re-issue.

Josh
""" + oq("Priya Nair <priya.nair@kauricoastseafoods.co.nz>", "Monday, 4 November 2024 8:30 AM",
         "Josh Turnbull <josh@byronbayseafood.com.au>", "Statement - Byron Bay Seafood Co - October", """\
Hi Josh,

Attached is your October statement. The balance owing is AUD 6,318.00, of which AUD 2,470.00 is over 60 days.

Please let us know when we can expect payment.

Priya Nair
Accounts Assistant | Kauri Coast Seafoods Ltd
"""),
    irt="bbsc-stmt-oct")

add("d09", "dispute", "en", "plain",
    ("Lachlan Price", "lachlan@darwinharbourfoods.com.au"),
    "INV-24162 - goods never arrived", "2024-10-28 09:20 +0930", """\
Hello,

We have never received the goods billed on INV-24162 (20 cartons of squid tubes, ETA 16 October). Our freight forwarder has no record of the container at Darwin port either.

Until the stock actually turns up, we won't be paying this invoice.

Lachlan Price
Darwin Harbour Foods
""")

add("d10", "dispute", "en", "forward",
    ("Amy Chen", "amy.chen@sydneyfishmerchants.com.au"),
    "FW: Receiving discrepancy - Kauri Coast delivery 21/10", "2024-10-22 11:34 +1100", """\
Hi AR team,

Please see the note from our warehouse below. We need a credit for the difference before we can approve INV-24219.

Thanks,
Amy Chen
Buyer, Sydney Fish Merchants
""" + fq("Warehouse Receiving <receiving@sydneyfishmerchants.com.au>", "Tuesday, 22 October 2024 6:12 AM",
         "Receiving discrepancy - Kauri Coast delivery 21/10", "Amy Chen <amy.chen@sydneyfishmerchants.com.au>", """\
Amy,

Received 12 x 10kg cases of king salmon sides from Kauri Coast yesterday arvo. Invoice INV-24219 says 15. Checked against the packing list and the pallet wrap was intact, so three cases were never loaded.

Receiving docket 88104 attached in the system.

Dave - Receiving
""", style="outlook"))

add("d11", "dispute", "en", "html",
    ("Grand Pacific Hotels - Accounts Payable", "ap@grandpacifichotels.com.au"),
    "Invoice INV-24220 returned - not approved", "2024-10-25 13:17 +1000",
    html="""\
<html><head><meta charset="utf-8"></head>
<body style="font-family: Arial, sans-serif; font-size: 10pt; color:#333">
<p>Dear Supplier,</p>
<p>We are unable to process invoice <b>INV-24220</b> (AUD 9,114.00) and are returning it unpaid.</p>
<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse;font-size:10pt">
<tr style="background:#f0f0f0"><th>PO</th><th>Item</th><th>Billed</th><th>Received</th></tr>
<tr><td>4500187723</td><td>Live rock lobster</td><td>85 kg</td><td>62 kg</td></tr>
</table>
<p>The quantity billed does not match the goods receipt recorded by our Riverside Wharf kitchen. Please issue a credit note for the 23 kg difference or send a corrected invoice for the quantity received.</p>
<p>Regards,<br><b>Accounts Payable</b><br>Grand Pacific Hotels Group<br>Level 9, 1 Eagle St, Brisbane QLD 4000</p>
</body></html>
""")

add("d12", "dispute", "en", "alternative",
    ("FreshMart Supermarkets - Invoice Queries", "invoicequeries@freshmart.com.au"),
    "Invoice query IQ-338192 - Kauri Coast Seafoods Ltd - INV-24221", "2024-10-29 08:50 +1100", """\
INVOICE QUERY

Supplier:        Kauri Coast Seafoods Ltd (Vendor 611204)
Invoice:         INV-24221
Purchase order:  PO 3300918822
Query type:      Price variance

Line 1  Green-lipped mussel meat, frozen 1kg
        Invoice price  NZD 18.90/kg
        PO price       NZD 17.40/kg
        Quantity       180 kg
        Variance       NZD 270.00

The invoice has been placed on hold. Please provide a credit note for the variance, or evidence of an agreed price change, quoting IQ-338192.

Regards,
Invoice Resolution Team
FreshMart Supermarkets
""")

add("d13", "dispute", "en", "reply",
    ("Priyanka Desai", "priyanka.desai@pacifictablegroup.com.au"),
    "Re: Invoice INV-24157 has been disputed", "2024-10-24 14:08 +1100", """\
Hi Kauri Coast,

To explain the dispute below: the unit price on your invoice (AUD 41.00/kg for the tarakihi fillets) doesn't match PO 7700412, which was raised at AUD 38.50/kg as per the quote Tom sent us.

Please credit the difference in Coupa and resubmit at the PO price. Happy to jump on a call if there's been a price change we missed.

Priyanka Desai
Accounts Payable, Pacific Table Group
""" + gq("On Thu, 24 Oct 2024 at 11:52, Coupa Supplier Portal <do_not_reply@pacifictablegroup.coupahost.com> wrote:", """\
Pacific Table Group has disputed invoice INV-24157.

Dispute reason: Price does not match PO
Comments: See email from AP.

Log in to the Coupa Supplier Portal to view the invoice and respond.
"""),
    irt="coupa-inv-24157-disputed", irt_dom="pacifictablegroup.coupahost.com")

add("d14", "dispute", "en", "plain",
    ("Fiona Gallagher", "fiona@tasmanianoysterbar.com.au"),
    "Oyster grade - INV-24222", "2024-10-30 12:26 +1100", """\
Hi,

The Pacific oysters on INV-24222 were invoiced as medium, but most of them were small - well under 70 mm. Our head chef refused about half the delivery.

We'd like a 50% credit on that line (AUD 612.00). I can send photos if needed.

Fiona Gallagher
Tasmanian Oyster Bar
""")

add("d15", "dispute", "en", "attachment",
    ("Peter Lindqvist", "peter@canberraseafoodwholesale.com.au"),
    "Airfreight charge on INV-24194", "2024-10-21 10:45 +1100", """\
Hello,

INV-24194 includes NZD 1,350.00 for airfreight. Our supply agreement is CIF Sydney (clause 6.2, page attached), so freight is your cost, not ours.

Please remove the charge. We'll pay the product value once the invoice is corrected.

Peter Lindqvist
Canberra Seafood Wholesale
""",
    atts=[("Supply_Agreement_KCS_CSW_p4.pdf", "application", "pdf", pdf([
        "SUPPLY AGREEMENT - KAURI COAST SEAFOODS LTD / CANBERRA SEAFOOD WHOLESALE",
        "Page 4 of 11",
        "6. DELIVERY",
        "6.1 Goods will be delivered to the Buyer's nominated cold store in Sydney.",
        "6.2 Prices are CIF Sydney (Incoterms 2020). All freight, insurance",
        "    and handling to the port of discharge are for the Seller's account.",
        "6.3 Import duties and customs clearance are for the Buyer's account.",
    ]))])

add("d16", "dispute", "tl", "plain",
    ("Ramil Castillo", "ramil.castillo@navotasfreshimports.ph"),
    "Kulang na cartons - INV-24154", "2024-10-18 14:10 +0800", """\
Hi po,

Sa INV-24154 po, 50 cartons ang naka-bill pero 46 lang po ang dumating sa warehouse namin sa Navotas. May pirma po ng checker at ng driver sa delivery receipt na kulang ng apat.

Pakigawa po ng credit note para sa apat na kulang (USD 1,040.00). Hindi po namin mababayaran ang buong invoice hangga't hindi ito naaayos.

Ramil Castillo
Navotas Fresh Imports
""")

add("d17", "dispute", "tl", "reply",
    ("Grace Mendoza", "gmendoza@luzonpremierfoods.ph"),
    "RE: Payment reminder - INV-24223", "2024-10-25 15:02 +0800", """\
Hello po,

Bayad na po namin ito noong Sept 30 pa. Bakit po may reminder pa rin kaming natatanggap? Pangatlong beses na po ito ngayong buwan.

Pakicheck naman po ng mabuti sa records ninyo at pakitigil na po ang pagpapadala ng reminder para dito.

Grace Mendoza
Luzon Premier Foods Inc.
""" + oq("Mereana Tipene <mereana.tipene@kauricoastseafoods.co.nz>", "Friday, October 25, 2024 10:00 AM",
         "Grace Mendoza <gmendoza@luzonpremierfoods.ph>", "Payment reminder - INV-24223", """\
Hi Grace,

Our ledger still shows INV-24223 (USD 2,860.00) as unpaid. Could you please arrange payment at your earliest convenience?

Thanks,
Mereana Tipene
Kauri Coast Seafoods Ltd
"""),
    irt="lpf-reminder-24223")

add("d18", "dispute", "tl", "plain",
    ("Benjie Ramos", "purchasing@mabuhayseafood.com.ph"),
    "Maling presyo sa EXP-1191", "2024-10-24 09:33 +0800", """\
Good morning po,

Ang presyo po sa invoice EXP-1191 ay USD 14.20/kg para sa frozen half-shell mussels, pero ang napagkasunduan po namin ni Sir Tom noong Setyembre ay USD 12.80/kg. May email po kami na nagpapatunay nito.

Pakicorrect po ang invoice o magpadala ng credit note para sa diperensya. Hindi pa po namin ito maipaproseso sa ngayon.

Benjie Ramos
Mabuhay Seafood Trading
""")

add("d19", "dispute", "zh", "plain",
    ("赵建国", "zhaojg@dlhaizhixing.com"),
    "INV-24163 货物解冻问题", "2024-10-26 10:15 +0800", """\
您好，

贵司发票 INV-24163 项下的货物（冷冻青口贝 1,200 箱）10月24日到达大连港，开柜时温度显示 -6℃，部分货物已经解冻并重新冻结，无法正常销售。

我们拒绝支付该发票，并已保留温度记录和开柜照片。请尽快联系贵司保险公司，并告知处理方案。

赵建国
大连海之星食品有限公司
""")

add("d20", "dispute", "zh", "attachment",
    ("陈静", "chenjing@gz-zhujiang-seafood.com"),
    "INV-24165 数量不符", "2024-10-29 15:40 +0800", """\
您好，

根据附件的入库检验报告，发票 INV-24165 列明龙虾 800 kg，实际收货只有 742 kg，短少 58 kg。

请贵司按短少数量开具贷项通知单（credit note），在此之前该发票暂不付款。

陈静
采购部
广州珠江海鲜批发有限公司
""",
    atts=[("Inbound_Inspection_GZ-IR-20241028.pdf", "application", "pdf", pdf([
        "GUANGZHOU ZHUJIANG SEAFOOD WHOLESALE CO., LTD - INBOUND INSPECTION REPORT",
        "Report no: GZ-IR-20241028      Date: 2024-10-28",
        "Supplier: Kauri Coast Seafoods Ltd     Invoice: INV-24165",
        "Product: Live rock lobster (Jasus edwardsii)",
        "Invoiced weight: 800.0 kg",
        "Received weight: 742.0 kg",
        "Shortage: 58.0 kg",
        "Inspector: Huang W.   Witness: forwarder rep. Lee K.",
    ])),
          ("weighing_photo.png", "image", "png", png(20, 20, 53))])

add("d21", "dispute", "zh-hant", "reply",
    ("梁淑儀", "accounts@harbourfresh.com.hk"),
    "回覆: Payment reminder - INV-24183 / INV-24184", "2024-10-31 12:05 +0800", """\
您好，

INV-24183 和 INV-24184 是同一批貨（同一張訂單 PO-HK-3308，同一個提單號），貴司重複開票了。

我們只會支付其中一張，請取消另一張並以書面確認。

梁淑儀
港灣鮮品有限公司 會計部
""" + oq("Grace Liu <grace.liu@kauricoastseafoods.co.nz>", "Thursday, 31 October 2024 8:15 AM",
         "梁淑儀 <accounts@harbourfresh.com.hk>", "Payment reminder - INV-24183 / INV-24184", """\
Dear Ms Leung,

INV-24183 and INV-24184 (HKD 41,250.00 each) are both showing as overdue. Could you please let us know the payment date?

Best regards,
Grace Liu
Kauri Coast Seafoods Ltd
"""),
    irt="hf-reminder-1031")

add("d22", "dispute", "de", "plain",
    ("Jens Petersen", "j.petersen@ndgf-bremen.de"),
    "Widerspruch Rechnung KCS-24168", "2024-10-17 10:30 +0200", """\
Sehr geehrte Damen und Herren,

hiermit widersprechen wir Ihrer Rechnung KCS-24168 vom 14.10.2024.

Berechnet wurden EUR 24,90/kg für Königslachs, vereinbart sind laut Rahmenvertrag 2024 jedoch EUR 22,50/kg. Bei 400 kg ergibt sich eine Differenz von EUR 960,00.

Bitte senden Sie uns eine Gutschrift über die Differenz. Bis dahin ist die Rechnung zur Zahlung gesperrt.

Mit freundlichen Grüßen
Jens Petersen
Einkauf
Norddeutsche Gastro-Frische GmbH, Bremen
""")

add("d23", "dispute", "de", "attachment",
    ("Katrin Vogel", "k.vogel@alster-feinkost.de"),
    "Reklamation Lieferung 22.10.2024 / Rechnung KCS-24224", "2024-10-23 14:55 +0200", """\
Sehr geehrte Damen und Herren,

bei der Lieferung vom 22.10.2024 (Rechnung KCS-24224) waren 14 Kartons Grünschalmuscheln beschädigt: die Kartons waren eingedrückt, mehrere Vakuumverpackungen aufgerissen. Fotos anbei.

Die Ware ist nicht verkehrsfähig. Wir bitten um eine Gutschrift über EUR 1.218,00 und kürzen die Rechnung entsprechend, bis die Gutschrift vorliegt.

Mit freundlichen Grüßen
Katrin Vogel
Qualitätssicherung, Alster Feinkost GmbH
""",
    atts=[("Reklamation_Foto1.png", "image", "png", png(24, 18, 71)),
          ("Reklamation_Foto2.png", "image", "png", png(24, 18, 83))])

add("d24", "dispute", "de", "forward",
    ("Stefan Richter", "s.richter@frankfurter-fischmarkt.de"),
    "WG: Mindermenge Wareneingang 21.10. - Kauri Coast", "2024-10-22 09:12 +0200", """\
Guten Tag,

anbei die Meldung unseres Wareneingangs. Bitte korrigieren Sie die Rechnung KCS-24171 entsprechend, vorher können wir sie nicht freigeben.

Gruß
Stefan Richter
Einkauf, Frankfurter Fischmarkt GmbH
""" + fq("Wareneingang <wareneingang@frankfurter-fischmarkt.de>", "21.10.2024 16:40",
         "Mindermenge Wareneingang 21.10. - Kauri Coast", "Stefan Richter <s.richter@frankfurter-fischmarkt.de>", """\
Hallo Stefan,

Lieferung Kauri Coast vom 21.10.: laut Lieferschein 60 Kartons Hoki-Filets, tatsächlich erhalten 54. Fahrer hat die Mindermenge auf dem CMR quittiert.

Gruß
Ali, Wareneingang
""", style="de"))

# ---------------------------------------------------------------- invoice_request

add("i01", "invoice_request", "en", "plain",
    ("Hannah Cole", "ap@manlywharfseafood.com.au"),
    "INV-24088 copy please", "2024-10-08 09:41 +1100", """\
Hi,

Could you please resend invoice INV-24088? Our AP team can't locate it and it's holding up this week's batch.

Thanks,
Hannah Cole
Manly Wharf Seafood
""")

add("i02", "invoice_request", "en", "plain",
    ("Ian McAllister", "ian@northernriversproduce.com.au"),
    "INV-24225 - never received", "2024-10-24 11:15 +1100", """\
Hello,

We've had a reminder from you about INV-24225, but that invoice never reached us, so it isn't in our system and our AP can't do anything with it.

Could you send it through to invoices@northernriversproduce.com.au? Once it's loaded it will go through the normal approval.

Regards,
Ian McAllister
Northern Rivers Produce
""")

add("i03", "invoice_request", "en", "reply",
    ("Tania Brooks", "tania@ballinafishcoop.com.au"),
    "RE: Overdue - INV-24174", "2024-10-29 10:26 +1100", """\
Hi Hamish,

I can't find INV-24174 anywhere - not in our AP inbox and not in the system. Can you send me a copy and I'll get it processed?

Tania
""" + oq("Hamish Doyle <hamish.doyle@kauricoastseafoods.co.nz>", "Tuesday, 29 October 2024 8:40 AM",
         "Tania Brooks <tania@ballinafishcoop.com.au>", "Overdue - INV-24174", """\
Hi Tania,

INV-24174 (AUD 2,315.00) is now 10 days past due. Could you please confirm when it will be paid?

Kind regards,
Hamish Doyle
Credit Controller | Kauri Coast Seafoods Ltd
"""),
    irt="bfc-overdue-24174")

add("i04", "invoice_request", "en", "plain",
    ("Gemma Price", "accounts@whitsundayseafoods.com.au"),
    "Credit note CN-2310", "2024-10-16 14:33 +1000", """\
Hi there,

Tom mentioned that credit note CN-2310 was issued last week for the returned prawns, but it hasn't come through to us.

Could you please email a copy? We need it on file before we can offset it against the next payment.

Gemma Price
Whitsunday Seafoods
""")

add("i05", "invoice_request", "en", "plain",
    ("Victoria Hale", "victoria.hale@huntervalleyfinefoods.com.au"),
    "Invoice copies for audit", "2024-11-01 09:08 +1100", """\
Good morning,

Our auditors have asked for copies of every Kauri Coast invoice dated September 2024 - I think there were six of them.

Could you email the PDFs through? Individual files are fine.

Many thanks,
Victoria Hale
Finance Manager
Hunter Valley Fine Foods
""")

add("i06", "invoice_request", "en", "reply",
    ("Luke Brennan", "luke@morningtonpeninsulaseafoods.com.au"),
    "RE: Your statement - October 2024", "2024-11-05 13:50 +1100", """\
Thanks for the statement.

Two of the items on it - INV-24176 and INV-24179 - we have no record of at our end. Could you send copies of those two invoices so we can process them?

Everything else lines up.

Luke
""" + oq("Priya Nair <priya.nair@kauricoastseafoods.co.nz>", "Tuesday, 5 November 2024 9:15 AM",
         "Luke Brennan <luke@morningtonpeninsulaseafoods.com.au>", "Your statement - October 2024", """\
Hi Luke,

Please find your October statement attached. Current balance is AUD 8,904.25.

Kind regards,
Priya
"""),
    irt="mps-stmt-oct")

add("i07", "invoice_request", "en", "html",
    ("Kingfisher Resorts Group - AP", "accounts.payable@kingfisherresorts.com.au"),
    "Copy required - INV-24226", "2024-10-30 10:22 +1000",
    html="""\
<html><head><meta charset="utf-8"></head>
<body style="font-family: Segoe UI, Arial, sans-serif; font-size: 10.5pt;">
<p>Hello Kauri Coast Seafoods team,</p>
<p>Your latest statement references invoice <b>INV-24226</b> for <b>AUD 6,142.00</b> dated 11 October, but we have no copy of it on file.</p>
<p>Please email a copy of the invoice to <a href="mailto:accounts.payable@kingfisherresorts.com.au">accounts.payable@kingfisherresorts.com.au</a>, quoting our PO number if one was issued.</p>
<p>Thank you,</p>
<p><b>Nadia Rossi</b><br>Accounts Payable Officer<br>Kingfisher Resorts Group</p>
<p style="font-size:8pt;color:#999">This email and any attachments are confidential.</p>
</body></html>
""")

add("i08", "invoice_request", "en", "alternative",
    ("Southern Highlands Hospitality - AP", "ap@shhospitality.com.au"),
    "Missing invoice - INV-24185", "2024-10-31 15:26 +1100", """\
Dear Supplier,

We have received a payment reminder for invoice INV-24185, but this invoice has not been received by our Accounts Payable department.

Please send a copy of the invoice to ap@shhospitality.com.au. All invoices must show our purchase order number to be processed.

Kind regards,

Mia Townsend
Accounts Payable
Southern Highlands Hospitality Pty Ltd
Bowral NSW 2576
""")

add("i09", "invoice_request", "en", "forward",
    ("Liam Fitzgerald", "liam@surfersseafoodgrill.com.au"),
    "Fwd: Kauri Coast - PO 7781", "2024-10-10 08:57 +1000", """\
Hi,

Our AP says they don't have the invoice for PO 7781 (the scampi order from late September). Could you send it directly to them at accounts.payable@surfersseafoodgrill.com.au?

Thanks,
Liam
""" + fq("Accounts Payable <accounts.payable@surfersseafoodgrill.com.au>", "Wed, 9 Oct 2024 at 16:30",
         "Kauri Coast - PO 7781", "Liam Fitzgerald <liam@surfersseafoodgrill.com.au>", """\
Hi Liam,

Goods were receipted against PO 7781 on 30/09 but we have no invoice from Kauri Coast Seafoods. Can you ask them to send it to us please?

AP
"""))

add("i10", "invoice_request", "en", "plain",
    ("Meg Saunders", "meg@launcestonseafood.com.au"),
    "INV-24181 PDF blank", "2024-10-22 09:05 +1100", """\
Hi,

The PDF attached to your email for INV-24181 opens as a blank page at our end (tried Chrome and Acrobat).

Could you resend it, maybe as a fresh export?

Cheers,
Meg
Launceston Seafood Co
""")

add("i11", "invoice_request", "en", "plain",
    ("Daniel Lim", "daniel.lim@orchardroadgrill.sg"),
    "Tax invoice for EXP-1198", "2024-11-04 10:48 +0800", """\
Hi,

Please send the tax invoice for the October shipment (EXP-1198). The commercial invoice came with the shipping documents, but our accounts team needs the proper tax invoice for their records.

Regards,
Daniel Lim
Orchard Road Grill Pte Ltd
""")

add("i12", "invoice_request", "en", "forward",
    ("Mark Jennings", "mark.jennings@hamiltonislandsupplies.com.au"),
    "FW: Kauri Coast invoice - 3 Oct delivery", "2024-10-15 12:40 +1000", """\
Hi AR team,

See below - could you resend INV-24177 to Dianne in our accounts team? Thanks.

Mark Jennings
Purchasing, Hamilton Island Resort Supplies
""" + fq("Dianne Hogan <dianne.hogan@hamiltonislandsupplies.com.au>", "Tuesday, 15 October 2024 11:02 AM",
         "Kauri Coast invoice - 3 Oct delivery", "Mark Jennings <mark.jennings@hamiltonislandsupplies.com.au>", """\
Mark,

I need the Kauri Coast invoice for the 3 October delivery - it's not in the system. Can you get them to resend it to me directly?

Dianne
""", style="outlook"))

add("i13", "invoice_request", "en", "reply",
    ("Sam Whitley", "sam@newcastleseafoodtraders.com.au"),
    "Re: Payment received - thank you", "2024-10-28 16:12 +1100", """\
No worries. While I have you - can you resend the invoice for the 22 October delivery? It never made it to our inbox.

Sam
""" + gq("On 28 Oct 2024, at 2:03 pm, Kauri Coast Seafoods Accounts Receivable <accounts.receivable@kauricoastseafoods.co.nz> wrote:", """\
Hi Sam,

Thank you for your payment of AUD 4,230.00 received on 25 October, which we have allocated to INV-24227.

Regards,
Mereana Tipene
Kauri Coast Seafoods Ltd
"""),
    irt="nst-thanks-24227")

add("i14", "invoice_request", "tl", "plain",
    ("Kristine Aquino", "kaquino@qcfinedining.ph"),
    "Invoice EXP-1183", "2024-10-11 13:20 +0800", """\
Hello po,

Pakisend po ulit ng invoice EXP-1183. Hindi po namin mahanap sa email namin at kailangan na po ito ng accounting para maiproseso.

Maraming salamat po!

Kristine Aquino
Quezon City Fine Dining Group
""")

add("i15", "invoice_request", "tl", "reply",
    ("Paolo Gutierrez", "payables@luzonpremierfoods.ph"),
    "RE: Shipping advice - container TGHU8820417", "2024-10-21 11:47 +0800", """\
Hi po Sir Tom,

Salamat po sa shipping advice. Pero hindi pa po namin natatanggap ang invoice para sa shipment na ito noong Oct 18. Paki-email po sa payables@luzonpremierfoods.ph para ma-encode na namin sa system.

Salamat po,
Paolo
""" + oq("Tom Whitaker <tom.whitaker@kauricoastseafoods.co.nz>", "Friday, October 18, 2024 2:10 PM",
         "Paolo Gutierrez <payables@luzonpremierfoods.ph>", "Shipping advice - container TGHU8820417", """\
Hi Paolo,

Container TGHU8820417 sailed from Auckland today on the Kota Lestari, ETA Manila 2 November. 1,100 cartons of frozen half-shell mussels as per your PO LPF-2024-088.

Bill of lading to follow.

Tom
"""),
    irt="lpf-shipadv-1018")

add("i16", "invoice_request", "zh", "plain",
    ("孙磊", "sunlei@dlhaizhixing.com"),
    "请重新发送发票 INV-24172", "2024-10-22 09:30 +0800", """\
您好，

麻烦重新发送一下发票 INV-24172 的 PDF 文件，我们财务这边找不到原件，无法入账。

谢谢！
孙磊
大连海之星食品有限公司
""")

add("i17", "invoice_request", "zh", "plain",
    ("何芳", "hefang@gz-zhujiang-seafood.com"),
    "索取10月份发票副本", "2024-11-04 14:12 +0800", """\
您好，

我们财务做月结需要贵司 10 月份的三张发票，之前的邮件已经找不到了。麻烦把这三张发票的电子版副本发给我，谢谢。

何芳
广州珠江海鲜批发有限公司 财务部
""")

add("i18", "invoice_request", "zh", "forward",
    ("郑凯", "zhengkai@nbdonghai-seafood.com"),
    "转发: 关于Kauri Coast的发票", "2024-10-25 10:05 +0800", """\
您好，

请看下面我们财务同事的邮件。麻烦把 INV-24178 的发票直接发到她的邮箱 finance@nbdonghai-seafood.com。

谢谢！
郑凯
宁波东海水产有限公司
""" + fq("许婷 <finance@nbdonghai-seafood.com>", "2024年10月24日 17:20", "关于Kauri Coast的发票",
         "郑凯 <zhengkai@nbdonghai-seafood.com>", """\
郑经理，

九月底到的那批新西兰青口贝，我们一直没有收到供应商的发票（应该是 INV-24178），系统里没法做应付。麻烦你联系一下对方补发。

许婷
""", style="zh"))

add("i19", "invoice_request", "de", "plain",
    ("Anja Lorenz", "a.lorenz@kieler-fischhandel.de"),
    "Rechnungskopie KCS-24228", "2024-10-30 11:20 +0100", """\
Guten Tag,

bitte senden Sie uns eine Kopie der Rechnung KCS-24228. Das Original ist bei uns nicht eingegangen, daher konnten wir sie noch nicht buchen.

Vielen Dank und freundliche Grüße
Anja Lorenz
Kieler Fischhandel GmbH
""")

add("i20", "invoice_request", "de", "alternative",
    ("Claudia Meier", "c.meier@muenchner-fischhaus.de"),
    "Anforderung Belegkopien KCS-24211 / CN-2317", "2024-11-07 08:46 +0100", """\
Sehr geehrte Damen und Herren,

für unsere Buchhaltung benötigen wir eine Kopie der Gutschrift CN-2317 sowie der zugehörigen Rechnung KCS-24211. Beide Belege liegen uns nur als Fax-Ausdruck vor, der für die Archivierung nicht ausreicht.

Bitte senden Sie die Dokumente als PDF an buchhaltung@muenchner-fischhaus.de.

Mit freundlichen Grüßen
Claudia Meier
Finanzbuchhaltung
Münchner Fischhaus KG
""")

# ---------------------------------------------------------------- statement_request

add("s01", "statement_request", "en", "plain",
    ("Natalie Hughes", "accounts@tweedheadsseafood.com.au"),
    "Statement as at 30 September", "2024-10-03 10:14 +1000", """\
Hi,

Could you send us a statement of account as at 30 September? We're closing off the quarter and need to reconcile our supplier balances.

Thanks,
Natalie Hughes
Tweed Heads Seafood
""")

add("s02", "statement_request", "en", "plain",
    ("Ollie Sinclair", "ollie@jervisbaykitchen.com.au"),
    "what do we owe?", "2024-11-06 17:25 +1100", """\
Hi, what's our total owing with you at the moment? We'd like to clear everything before Christmas so we start the new year clean.

Ollie
Jervis Bay Kitchen
""")

add("s03", "statement_request", "en", "plain",
    ("Rebecca Tran", "rebecca@mackayseafoodwholesale.com.au"),
    "Open items - Mackay Seafood Wholesale", "2024-10-15 14:02 +1000", """\
Hello,

Our ledger shows three open invoices with you, but I suspect your side may have more. Please send a list of all open items on our account, including any credits not yet applied.

Regards,
Rebecca Tran
Mackay Seafood Wholesale
""")

add("s04", "statement_request", "en", "reply",
    ("Shane Murphy", "shane@waggafreshfoods.com.au"),
    "RE: Invoice INV-24186 - PO 3391", "2024-10-28 11:09 +1100", """\
Thanks.

Could you also send an aged statement for our account? I need to reconcile before month-end and want to make sure nothing older is still open.

Shane
""" + oq("Kauri Coast Seafoods Accounts Receivable <accounts.receivable@kauricoastseafoods.co.nz>",
         "Monday, 28 October 2024 9:30 AM", "Shane Murphy <shane@waggafreshfoods.com.au>",
         "Invoice INV-24186 - PO 3391", """\
Dear Shane,

Please find attached invoice INV-24186 for your order PO 3391, delivered 24 October.

Kauri Coast Seafoods Ltd
"""),
    irt="wff-inv-24186")

add("s05", "statement_request", "en", "plain",
    ("Hartley & Crane Audit", "confirmations@hartleycrane.com.au"),
    "Audit confirmation request - Bayside Aquatic Imports Pty Ltd", "2024-10-02 11:30 +1000", """\
Dear Sir/Madam,

We are the auditors of Bayside Aquatic Imports Pty Ltd for the year ended 30 June 2024.

In connection with our audit, please confirm directly to us the balance owed to you by our client as at 30 June 2024, together with a list of the invoices making up that balance. Our client's records show an amount of AUD 31,406.75 owing to Kauri Coast Seafoods Ltd.

Please reply to confirmations@hartleycrane.com.au. Our client's authorisation for you to release this information is on the letter below.

  "We authorise Kauri Coast Seafoods Ltd to provide the information requested above to Hartley & Crane."
  - Warren Blake, Financial Controller, Bayside Aquatic Imports Pty Ltd

Yours faithfully,
Hartley & Crane Chartered Accountants
Level 14, 530 Collins Street, Melbourne VIC 3000
""")

add("s06", "statement_request", "en", "plain",
    ("Dylan Shaw", "dylan@redcliffeseafood.com.au"),
    "Aging report - account 30277", "2024-10-21 15:34 +1000", """\
Hi,

Could you send an aged balance for our account (30277)? Our CFO wants to see what's sitting over 30 days before our board meeting on Thursday.

Thanks,
Dylan Shaw
Redcliffe Seafood
""")

add("s07", "statement_request", "en", "reply",
    ("Emma Kowalczyk", "emma@portlincolnhotelgroup.com.au"),
    "RE: Payment received - thank you", "2024-10-30 09:50 +1030", """\
Hi Priya,

Thanks for confirming. Can you send an updated statement so I can check nothing else is outstanding on our side?

Emma
""" + oq("Priya Nair <priya.nair@kauricoastseafoods.co.nz>", "Wednesday, 30 October 2024 7:45 AM",
         "Emma Kowalczyk <emma@portlincolnhotelgroup.com.au>", "Payment received - thank you", """\
Hi Emma,

Thanks for your payment of AUD 8,112.00 received yesterday. We have applied it to INV-24230 and INV-24231.

Kind regards,
Priya Nair
"""),
    irt="plhg-thanks-1030")

add("s08", "statement_request", "en", "forward",
    ("Oliver Bennett", "oliver.bennett@illawarraseafood.com.au"),
    "FW: Kauri Coast balance?", "2024-10-16 12:05 +1100", """\
Hi Kauri Coast,

Can you send me our current balance? See below. Thanks.

Oliver Bennett
Accountant, Illawarra Seafood Co
""" + fq("Mel Carter <mel.carter@illawarraseafood.com.au>", "Wednesday, 16 October 2024 10:40 AM",
         "Kauri Coast balance?", "Oliver Bennett <oliver.bennett@illawarraseafood.com.au>", """\
Oliver,

Can you get the current balance from Kauri Coast before Friday's cash meeting? I want to know exactly what we owe them across all invoices.

Mel
""", style="outlook"))

add("s09", "statement_request", "en", "html",
    ("Crown Pacific Resorts - Vendor Reconciliation", "vendor.recon@crownpacificresorts.com.au"),
    "Supplier statement request - Q1 FY25 vendor reconciliation", "2024-10-07 09:00 +1100",
    html="""\
<html><head><meta charset="utf-8"></head>
<body style="font-family: Arial, sans-serif; font-size: 10pt;">
<table width="640" style="border-top:4px solid #8a1538"><tr><td style="padding:12px">
<p>Dear Valued Supplier,</p>
<p>Crown Pacific Resorts is performing its quarterly vendor reconciliation for <b>Q1 FY25 (1 July &ndash; 30 September 2024)</b>.</p>
<p>Please send us a statement of your account showing all open invoices and unapplied credits as at <b>30 September 2024</b>. Statements should be sent as PDF or Excel to <a href="mailto:vendor.recon@crownpacificresorts.com.au">vendor.recon@crownpacificresorts.com.au</a> by <b>18 October 2024</b>.</p>
<p>Your vendor number: <b>CPR-V-04117</b></p>
<p>Thank you for your assistance.</p>
<p>Vendor Reconciliation Team<br>Crown Pacific Resorts</p>
</td></tr></table>
</body></html>
""")

add("s10", "statement_request", "en", "alternative",
    ("FreshMart Supermarkets - Supplier Accounts", "supplieraccounts@freshmart.com.au"),
    "Quarterly supplier reconciliation - Kauri Coast Seafoods Ltd (611204)", "2024-10-04 08:20 +1000", """\
Dear Supplier,

As part of our quarterly supplier reconciliation, please provide a statement of all transactions on your account with FreshMart for the period 1 July to 30 September 2024, including invoices, credit notes and payments received.

Please include your closing balance and send it to supplieraccounts@freshmart.com.au within 10 business days.

Vendor number: 611204

Thank you,
Supplier Accounts Team
FreshMart Supermarkets
""")

add("s11", "statement_request", "en", "plain",
    ("Tan Mei Ling", "finance@lioncityfresh.com.sg"),
    "Current balance", "2024-10-29 11:10 +0800", """\
Hi,

Just need the current balance on our account for our cash flow forecast this week. A breakdown by invoice would be great.

Thanks,
Mei Ling
Lion City Fresh Pte Ltd
""")

add("s12", "statement_request", "en", "plain",
    ("Jordan Ellis", "jordan@rockyseafoodsupply.com.au"),
    "Statement in AUD please", "2024-10-14 13:45 +1000", """\
Hi,

Could you send our statement in AUD rather than NZD? Our system can't take NZD, so we need each open invoice shown in AUD with the running balance.

Thanks,
Jordan Ellis
Rockhampton Seafood Supply
""")

add("s13", "statement_request", "en", "reply",
    ("Carla Bianchi", "carla@toowoombacatering.com.au"),
    "Re: Account on hold - Toowoomba Catering Co", "2024-11-05 08:55 +1000", """\
Hamish,

Before we pay anything, please send us a full statement. Between the credits, the returned delivery and two different invoice formats, we honestly aren't sure what's outstanding any more.

Carla
""" + gq("On Mon, 4 Nov 2024 at 4:20 pm, Hamish Doyle <hamish.doyle@kauricoastseafoods.co.nz> wrote:", """\
Hi Carla,

Your account is now more than 60 days overdue and has been placed on hold for new orders. Please arrange payment of the overdue balance to have the hold lifted.

Regards,
Hamish Doyle
Credit Controller
"""),
    irt="tcc-hold-1104")

add("s14", "statement_request", "tl", "plain",
    ("Jerome Villanueva", "jerome.v@mabuhayseafood.com.ph"),
    "Statement of account", "2024-11-04 09:22 +0800", """\
Hello po,

Pwede po bang pa-send ng statement of account namin as of Oct 31? Kailangan lang po namin i-reconcile bago mag-close ang buwan.

Salamat po,
Jerome
Mabuhay Seafood Trading
""")

add("s15", "statement_request", "tl", "plain",
    ("Arnel Bautista", "arnel.bautista@cebuharborseafoods.com"),
    "Balance namin", "2024-10-09 15:30 +0800", """\
Hi Ma'am,

Magkano na po ang total na balance namin sa inyo? Gusto po sana naming malaman kung ilang invoice pa ang bukas at kung may credit memo kaming hindi pa nagagamit.

Salamat po,
Arnel
Cebu Harbor Seafoods
""")

add("s16", "statement_request", "zh", "plain",
    ("周敏", "zhoumin@bohai-seafood.cn"),
    "请提供对账单", "2024-10-08 10:40 +0800", """\
您好，

麻烦发一份截至 9 月 30 日的对账单给我们，我们季度末要核对应付账款。

谢谢！
周敏
天津渤海海产有限公司 财务部
""")

add("s17", "statement_request", "zh", "reply",
    ("李娜", "lina@lanwanfoods.com.cn"),
    "回复：Invoice INV-24229 - Shenzhen Lanwan Foods", "2024-11-01 14:25 +0800", """\
您好，

发票收到。另外麻烦提供一份截至 10 月 31 日的未付款明细，我们要和系统里的应付账款核对一下。

李娜
深圳蓝湾食品有限公司
""" + gq("在 2024年11月1日 09:12，Kauri Coast Seafoods Accounts Receivable <accounts.receivable@kauricoastseafoods.co.nz> 写道：", """\
Dear Ms Li,

Please find attached invoice INV-24229 for shipment KCS-SZ-1107.

Best regards,
Kauri Coast Seafoods Ltd
"""),
    irt="lwf-inv-24229")

add("s18", "statement_request", "de", "plain",
    ("Frank Böhm", "f.boehm@hh-gastro-grosshandel.de"),
    "Offene-Posten-Liste", "2024-10-22 13:05 +0200", """\
Guten Tag,

bitte senden Sie uns eine aktuelle Offene-Posten-Liste bzw. einen Kontoauszug für unser Kundenkonto. Wir möchten vor dem Monatsabschluss unsere Kreditoren abstimmen.

Danke und Gruß
Frank Böhm
Hamburger Gastro Großhandel GmbH
""")

add("s19", "statement_request", "de", "alternative",
    ("Hanseatische Fischimport GmbH - Buchhaltung", "buchhaltung@hanseatische-fischimport.de"),
    "Saldenbestätigung zum 30.09.2024", "2024-10-09 09:35 +0200", """\
Sehr geehrte Damen und Herren,

im Rahmen unseres Quartalsabschlusses bitten wir Sie um Bestätigung Ihres Saldos gegenüber unserem Unternehmen zum 30.09.2024.

Nach unseren Büchern beträgt der Saldo zugunsten der Kauri Coast Seafoods Ltd EUR 27.315,00.

Bitte teilen Sie uns Ihren Saldo laut Ihrer Buchhaltung mit und fügen Sie eine Aufstellung der offenen Posten bei. Antwort bitte bis 18.10.2024 an buchhaltung@hanseatische-fischimport.de.

Mit freundlichen Grüßen
Hanseatische Fischimport GmbH
Buchhaltung
""")

add("s20", "statement_request", "ms", "plain",
    ("Lim Siew Hoon", "accounts@penangmarinefoods.com.my"),
    "Penyata akaun terkini", "2024-10-23 10:18 +0800", """\
Tuan/Puan,

Boleh hantar penyata akaun terkini untuk syarikat kami? Kami perlu menyemak baki tertunggak sebelum tutup akaun bulan Oktober.

Terima kasih.

Lim Siew Hoon
Penang Marine Foods Sdn Bhd
""")

# ---------------------------------------------------------------- auto_reply

AR_S = "Kauri Coast Seafoods Accounts Receivable <accounts.receivable@kauricoastseafoods.co.nz>"

add("a01", "auto_reply", "en", "report",
    ("Mail Delivery Subsystem", "mailer-daemon@googlemail.com"),
    "Delivery Status Notification (Failure)", "2024-10-14 08:02 +0000", """\

** Address not found **

Your message wasn't delivered to accounts@tidewaterkitchen.com.au because the address couldn't be found, or is unable to receive mail.

The response from the remote server was:
550 5.1.1 The email account that you tried to reach does not exist. Please try double-checking the recipient's email address for typos or unnecessary spaces.
""",
    report=dict(kind="dsn", blocks=[
        [("Reporting-MTA", "dns; googlemail.com"),
         ("Arrival-Date", "Mon, 14 Oct 2024 01:01:52 -0700 (PDT)")],
        [("Final-Recipient", "rfc822; accounts@tidewaterkitchen.com.au"),
         ("Action", "failed"), ("Status", "5.1.1"),
         ("Remote-MTA", "dns; aspmx.l.google.com. (142.250.4.26)"),
         ("Diagnostic-Code", "smtp; 550-5.1.1 The email account that you tried to reach does not exist."),
         ("Last-Attempt-Date", "Mon, 14 Oct 2024 01:02:03 -0700 (PDT)")]],
        orig={"from": AR_S, "to": "accounts@tidewaterkitchen.com.au",
              "subj": "Overdue invoices - Tidewater Kitchen", "date": "2024-10-14 21:01 +1300",
              "mid": "KCS-AR-20241014-0117@kauricoastseafoods.co.nz",
              "body": """\
Dear Accounts team,

Our records show the following invoices are now overdue:

INV-24094   AUD 2,980.00   due 30/09/2024
INV-24113   AUD 1,415.60   due 07/10/2024

Please arrange payment at your earliest convenience, or send us your remittance if payment has already been made.

Kind regards,
Kauri Coast Seafoods Ltd - Accounts Receivable
"""}))

add("a02", "auto_reply", "en", "report",
    ("Microsoft Outlook", "postmaster@outlook.com"),
    "Undeliverable: Statement of account - October 2024", "2024-11-04 21:15 +0000", """\
Your message to ap@riverinafoods.com.au couldn't be delivered.

The recipient's mailbox is full and can't accept messages now. Please try resending your message later, or contact the recipient directly.

Diagnostic information for administrators:
Generating server: SY4PR01MB6520.ausprd01.prod.outlook.com
ap@riverinafoods.com.au
Remote server returned '552 5.2.2 STOREDRV.Deliver; mailbox full'
""",
    report=dict(kind="dsn", blocks=[
        [("Reporting-MTA", "dns; SY4PR01MB6520.ausprd01.prod.outlook.com"),
         ("Received-From-MTA", "dns; mail.kauricoastseafoods.co.nz"),
         ("Arrival-Date", "Mon, 4 Nov 2024 21:15:02 +0000")],
        [("Final-Recipient", "rfc822; ap@riverinafoods.com.au"),
         ("Action", "failed"), ("Status", "5.2.2"),
         ("Diagnostic-Code", "smtp; 552 5.2.2 STOREDRV.Deliver; mailbox full")]],
        orig_headers="""\
From: Kauri Coast Seafoods Accounts Receivable <accounts.receivable@kauricoastseafoods.co.nz>
To: ap@riverinafoods.com.au
Subject: Statement of account - October 2024
Date: Tue, 5 Nov 2024 10:14:55 +1300
Message-ID: <KCS-AR-20241105-0042@kauricoastseafoods.co.nz>
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="----=_Part_4471_90210"
"""))

add("a03", "auto_reply", "en", "report",
    ("Mail Delivery System", "MAILER-DAEMON@mail.kauricoastseafoods.co.nz"),
    "Delayed Mail (still being retried)", "2024-10-22 03:20 +1300", """\
This is the mail system at host mail.kauricoastseafoods.co.nz.

####################################################################
# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #
####################################################################

Your message could not be delivered for more than 4 hour(s).
It will be retried until it is 5 day(s) old.

For further assistance, please send mail to postmaster.

                   The mail system

<finance@selatanseafood.com.my>: connect to mx1.selatanseafood.com.my[203.106.77.14]:25: Connection timed out
""",
    report=dict(kind="dsn", blocks=[
        [("Reporting-MTA", "dns; mail.kauricoastseafoods.co.nz"),
         ("X-Postfix-Queue-ID", "4XB7q21Ktbz9sRk"),
         ("X-Postfix-Sender", "rfc822; accounts.receivable@kauricoastseafoods.co.nz"),
         ("Arrival-Date", "Mon, 21 Oct 2024 23:14:40 +1300 (NZDT)")],
        [("Final-Recipient", "rfc822; finance@selatanseafood.com.my"),
         ("Action", "delayed"), ("Status", "4.4.1"),
         ("Diagnostic-Code", "X-Postfix; connect to mx1.selatanseafood.com.my[203.106.77.14]:25: Connection timed out"),
         ("Will-Retry-Until", "Sat, 26 Oct 2024 23:14:40 +1300 (NZDT)")]],
        orig_headers="""\
From: Kauri Coast Seafoods Accounts Receivable <accounts.receivable@kauricoastseafoods.co.nz>
To: finance@selatanseafood.com.my
Subject: Invoice INV-24232 - Selatan Seafood Sdn Bhd
Date: Mon, 21 Oct 2024 23:14:38 +1300
Message-ID: <KCS-AR-20241021-0201@kauricoastseafoods.co.nz>
"""))

add("a04", "auto_reply", "en", "report",
    ("Microsoft Outlook", "MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@gcfinefoods.onmicrosoft.com"),
    "Undeliverable: Payment reminder - INV-24233", "2024-10-17 22:41 +0000", """\
Delivery has failed to these recipients or groups:

payables@gcfinefoods.com.au
Your message wasn't delivered because the recipient's email provider rejected it.

Diagnostic information for administrators:

Generating server: ME3PR01MB7788.ausprd01.prod.outlook.com

Remote server returned '550 5.4.1 Recipient address rejected: Access denied. For more information see https://aka.ms/EXOSmtpErrors [ME3PEPF0000B8A1.ausprd01.prod.outlook.com]'
""",
    report=dict(kind="dsn", blocks=[
        [("Reporting-MTA", "dns;ME3PR01MB7788.ausprd01.prod.outlook.com"),
         ("Received-From-MTA", "dns;mail.kauricoastseafoods.co.nz"),
         ("Arrival-Date", "Thu, 17 Oct 2024 22:41:09 +0000")],
        [("Final-Recipient", "rfc822;payables@gcfinefoods.com.au"),
         ("Action", "failed"), ("Status", "5.4.1"),
         ("Diagnostic-Code", "smtp;550 5.4.1 Recipient address rejected: Access denied.")]],
        orig={"from": AR_S, "to": "payables@gcfinefoods.com.au",
              "subj": "Payment reminder - INV-24233", "date": "2024-10-18 11:41 +1300",
              "mid": "KCS-AR-20241018-0088@kauricoastseafoods.co.nz",
              "body": """\
Hello,

This is a friendly reminder that INV-24233 for AUD 3,860.00 was due for payment on 15 October.

If payment has been made, please send us the details so we can allocate it. If you are expecting to pay in the coming days, please let us know the date.

Thank you,
Kauri Coast Seafoods Ltd
"""}))

add("a05", "auto_reply", "en", "report",
    ("Joanne Pike", "joanne.pike@riversidecatering.com.au"),
    "Read: INV-24188 from Kauri Coast Seafoods Ltd", "2024-10-23 09:48 +1100", """\
Your message

  To: Joanne Pike
  Subject: INV-24188 from Kauri Coast Seafoods Ltd
  Sent: Wednesday, 23 October 2024 10:05 AM (UTC+12:00) Auckland, Wellington

was read on Wednesday, 23 October 2024 9:48 AM (UTC+10:00) Canberra, Melbourne, Sydney.
""",
    report=dict(kind="mdn", fields=[
        ("Reporting-UA", "ME4PR01MB5521.ausprd01.prod.outlook.com; Microsoft Exchange Server"),
        ("Final-Recipient", "rfc822; joanne.pike@riversidecatering.com.au"),
        ("Original-Message-ID", "<KCS-AR-20241023-0015@kauricoastseafoods.co.nz>"),
        ("Disposition", "automatic-action/MDN-sent-automatically; displayed")]))

add("a06", "auto_reply", "de", "report",
    ("Uwe Schäfer", "u.schaefer@ostsee-delikatessen.de"),
    "Gelesen: Zahlungserinnerung KCS-24170", "2024-10-24 08:31 +0200", """\
Ihre Nachricht

  An: Uwe Schäfer
  Betreff: Zahlungserinnerung KCS-24170
  Gesendet: Donnerstag, 24. Oktober 2024 02:10:33 (UTC+12:00) Auckland, Wellington

wurde am Donnerstag, 24. Oktober 2024 08:31:07 (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien gelesen.
""",
    report=dict(kind="mdn", fields=[
        ("Reporting-UA", "FR3P281MB1442.DEUP281.PROD.OUTLOOK.COM; Microsoft Exchange Server"),
        ("Final-Recipient", "rfc822; u.schaefer@ostsee-delikatessen.de"),
        ("Original-Message-ID", "<KCS-AR-20241024-0007@kauricoastseafoods.co.nz>"),
        ("Disposition", "manual-action/MDN-sent-manually; displayed")]))

add("a07", "auto_reply", "en", "report",
    ("Mail Delivery System", "MAILER-DAEMON@mail.kauricoastseafoods.co.nz"),
    "Undelivered Mail Returned to Sender", "2024-11-06 10:02 +1300", """\
This is the mail system at host mail.kauricoastseafoods.co.nz.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<accounts@coralcoastcatering.com.au>: Host or domain name not found. Name service
    error for name=coralcoastcatering.com.au type=MX: Host not found, try again
""",
    report=dict(kind="dsn", blocks=[
        [("Reporting-MTA", "dns; mail.kauricoastseafoods.co.nz"),
         ("X-Postfix-Queue-ID", "4XjRr51m2Qz9sT3"),
         ("X-Postfix-Sender", "rfc822; accounts.receivable@kauricoastseafoods.co.nz"),
         ("Arrival-Date", "Wed, 6 Nov 2024 10:01:58 +1300 (NZDT)")],
        [("Final-Recipient", "rfc822; accounts@coralcoastcatering.com.au"),
         ("Original-Recipient", "rfc822;accounts@coralcoastcatering.com.au"),
         ("Action", "failed"), ("Status", "5.4.4"),
         ("Diagnostic-Code", "X-Postfix; Host or domain name not found. Name service error for name=coralcoastcatering.com.au type=MX: Host not found, try again")]],
        orig={"from": AR_S, "to": "accounts@coralcoastcatering.com.au",
              "subj": "Credit note CN-2321 and revised invoice", "date": "2024-11-06 10:01 +1300",
              "mid": "KCS-AR-20241106-0003@kauricoastseafoods.co.nz",
              "body": """\
Hi,

As discussed, attached is credit note CN-2321 cancelling INV-24236, along with the revised invoice INV-24240 at the corrected quantity.

Please let us know when we can expect payment of the revised invoice.

Regards,
Kauri Coast Seafoods Ltd
"""}))

add("a08", "auto_reply", "zh", "report",
    ("系统退信", "postmaster@mail.xmhaiyun.com.cn"),
    "系统退信：Statement of account - Xiamen Haiyun", "2024-10-10 09:14 +0800", """\
很抱歉，您发送的邮件没能成功投递到以下地址：

  caiwu@xmhaiyun.com.cn

退信原因：收件人邮箱不存在或已被停用。

建议您核实收件人地址后重新发送。此邮件由系统自动发出，请勿直接回复。
""",
    report=dict(kind="dsn", blocks=[
        [("Reporting-MTA", "dns; mail.xmhaiyun.com.cn"),
         ("Arrival-Date", "Thu, 10 Oct 2024 09:14:02 +0800")],
        [("Final-Recipient", "rfc822; caiwu@xmhaiyun.com.cn"),
         ("Action", "failed"), ("Status", "5.1.1"),
         ("Diagnostic-Code", "smtp; 550 User not found: caiwu@xmhaiyun.com.cn")]],
        orig_headers="""\
From: Kauri Coast Seafoods Accounts Receivable <accounts.receivable@kauricoastseafoods.co.nz>
To: caiwu@xmhaiyun.com.cn
Subject: Statement of account - Xiamen Haiyun
Date: Thu, 10 Oct 2024 14:13:50 +1300
Message-ID: <KCS-AR-20241010-0061@kauricoastseafoods.co.nz>
"""))

add("a09", "auto_reply", "en", "plain",
    ("Greg Paterson", "greg.paterson@hobartharbourfoods.com.au"),
    "Automatic reply: INV-24237 - payment overdue", "2024-10-15 10:11 +1100", """\
Thank you for your email.

I'm on annual leave until Monday 21 October with no access to email. For urgent accounts payable matters please contact ap@hobartharbourfoods.com.au or call (03) 6200 1840.

Regards,
Greg Paterson
""",
    hdrs=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")])

add("a10", "auto_reply", "de", "plain",
    ("Petra Neumann", "p.neumann@elbstrand-feinkost.de"),
    "Abwesenheitsnotiz: Kontoauszug Oktober 2024", "2024-11-04 23:05 +0100", """\
Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 08.11.2024 nicht im Büro. Ihre E-Mail wird nicht weitergeleitet.

In dringenden Fällen wenden Sie sich bitte an buchhaltung@elbstrand-feinkost.de.

Mit freundlichen Grüßen
Petra Neumann
""",
    hdrs=[("Auto-Submitted", "auto-replied")])

add("a11", "auto_reply", "ja", "plain",
    ("山本 美咲", "m.yamamoto@tokai-marine.co.jp"),
    "自動返信: Payment reminder - INV-24238", "2024-10-31 13:02 +0900", """\
お世話になっております。

誠に恐れ入りますが、10月31日（木）から11月5日（火）まで不在にしております。
期間中はメールを確認できないため、11月6日以降に順次対応させていただきます。

お急ぎの場合は、経理部（keiri@tokai-marine.co.jp）までご連絡ください。

株式会社東海マリンフーズ
山本 美咲
""",
    hdrs=[("Auto-Submitted", "auto-replied")])

add("a12", "auto_reply", "en", "reply",
    ("Meridian Harbour Hotels AP Shared Services", "aphelp@meridianharbourhotels.com"),
    "[Ticket AP-558201] RE: Statement of account - Meridian Harbour Hotels - September", "2024-10-02 13:19 +1000",
    """\
Thank you for contacting Meridian Harbour Hotels Accounts Payable Shared Services.

This is an automated response to confirm that we have received your email. Your reference number is AP-558201. Our standard response time is five business days.

There is no need to reply to this message. If you need to add information to your request, send a new email quoting your reference number in the subject line.

Invoices must be submitted through SAP Business Network. Emailed invoices will not be processed.

-------- Original message --------
From: Kauri Coast Seafoods Accounts Receivable <accounts.receivable@kauricoastseafoods.co.nz>
Date: 02/10/2024 4:18 pm (GMT+13:00)
To: aphelp@meridianharbourhotels.com
Subject: Statement of account - Meridian Harbour Hotels - September

Good afternoon,

Please find attached your statement as at 30 September 2024. The following invoices are past due:

INV-24079   AUD 12,450.00   due 31/08/2024
INV-24086   AUD  8,930.50   due 10/09/2024

Could you please arrange payment, or let us know if any of these are on hold in your system?

Kind regards,
Mereana Tipene
Accounts Receivable Officer
Kauri Coast Seafoods Ltd
14 Jellicoe Street, Freemans Bay, Auckland 1010
""",
    irt="mhh-stmt-sep", hdrs=[("Auto-Submitted", "auto-replied")])

add("a13", "auto_reply", "zh-hant", "plain",
    ("陳嘉欣", "accounts@kowloonocean.com.hk"),
    "自動回覆: 對帳單 - 2024年10月", "2024-10-29 09:40 +0800", """\
您好，

本人於10月28日至11月1日休假，期間未能查閱電郵。如有急事，請聯絡 finance@kowloonocean.com.hk 或致電 2388 4102。

謝謝！
陳嘉欣
""",
    hdrs=[("Auto-Submitted", "auto-replied")])

add("a14", "auto_reply", "en", "reply",
    ("Marcus Lee", "payables@coastlinedining.com.au"),
    "Automatic reply: Overdue invoices - Coastline Dining Group", "2024-11-07 11:36 +1100", """\
Hi,

I'm out of the office on training until Wednesday 13 November. Your email has not been forwarded; I'll respond when I'm back.

Marcus

________________________________
From: Hamish Doyle <hamish.doyle@kauricoastseafoods.co.nz>
Sent: Thursday, November 7, 2024 1:35 PM
To: Coastline Dining Group - Payables <payables@coastlinedining.com.au>
Subject: Overdue invoices - Coastline Dining Group

Hi Marcus,

Two invoices on your account have now passed their due date:

INV-24239   AUD 5,410.00   due 31/10/2024
INV-24241   AUD 2,760.00   due 05/11/2024

When can we expect payment? If either is disputed, let me know and I'll look into it straight away.

Thanks,
Hamish Doyle
Credit Controller | Kauri Coast Seafoods Ltd
""",
    irt="cdg-overdue-1107", hdrs=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")])

# ---------------------------------------------------------------- portal_notification

COUPA_PTG = ("Coupa Supplier Portal", "do_not_reply@pacifictablegroup.coupahost.com")
SAP_BN = ("SAP Business Network", "ordersender-prod@ansmtp.ariba.com")
TAULIA = ("Taulia", "no-reply@taulia.com")

add("t01", "portal_notification", "en", "html", COUPA_PTG,
    "Invoice INV-24182 has been approved by Pacific Table Group", "2024-10-19 03:14 +0000",
    html="""\
<html><head><meta charset="utf-8"></head>
<body style="margin:0;font-family:Helvetica,Arial,sans-serif;background:#f6f7f9">
<table width="600" align="center" cellpadding="0" cellspacing="0" style="background:#fff">
<tr><td style="background:#0b3b5c;padding:14px 20px;color:#fff;font-size:18px">coupa <span style="font-size:12px">supplier portal</span></td></tr>
<tr><td style="padding:20px;font-size:14px;color:#333">
<p>Hello Kauri Coast Seafoods Ltd,</p>
<p><b>Pacific Table Group</b> has approved your invoice.</p>
<table cellpadding="4" style="font-size:14px">
<tr><td>Invoice #</td><td>INV-24182</td></tr>
<tr><td>Invoice date</td><td>10/10/2024</td></tr>
<tr><td>Total</td><td>6,903.00 AUD</td></tr>
<tr><td>Payment terms</td><td>Net 30</td></tr>
<tr><td>PO #</td><td>7700466</td></tr>
</table>
<p><a href="https://supplier.coupahost.com/invoices/88231704" style="background:#2f80c2;color:#fff;padding:8px 14px;text-decoration:none;border-radius:3px">View Invoice</a></p>
<p style="font-size:12px;color:#777">You are receiving this email because you are a user on the Coupa Supplier Portal. To change your notification preferences, log in and go to Notification Preferences.</p>
</td></tr>
<tr><td style="padding:10px 20px;font-size:11px;color:#999">Powered by Coupa | Coupa Software Inc., 1855 S. Grant Street, San Mateo, CA 94402</td></tr>
</table>
</body></html>
""")

add("t02", "portal_notification", "en", "alternative", COUPA_PTG,
    "Pacific Table Group Purchase Order #7700498", "2024-10-28 22:41 +0000", """\
Pacific Table Group Purchase Order #7700498

Supplier: Kauri Coast Seafoods Ltd
Order date: 29/10/2024
Ship to: Pacific Table Group - Central Kitchen, 41 Dock Road, Port Melbourne VIC 3207
Requested delivery: 12/11/2024

Line  Item                                   Qty     Unit    Price      Total
1     Tarakihi fillets, skin-off, IQF        120     kg      38.50      4,620.00
2     Green-lipped mussels, half shell 1kg   200     kg      14.10      2,820.00

Order total: 7,440.00 AUD

Acknowledge this order, or create an invoice from it, in the Coupa Supplier Portal:
https://supplier.coupahost.com/order_headers/7700498

Do not reply to this email. Replies are not monitored.
Powered by Coupa
""")

add("t03", "portal_notification", "en", "html", SAP_BN,
    "Meridian Harbour Hotels - Notification of invoice status change: INV-24190 Rejected",
    "2024-10-21 05:02 +0000",
    html="""\
<html><head><meta charset="utf-8"></head>
<body style="font-family:Arial,sans-serif;font-size:13px;color:#32363a">
<div style="background:#0a6ed1;color:#fff;padding:12px 18px;font-size:16px">SAP Business Network</div>
<div style="padding:18px">
<p>Meridian Harbour Hotels has updated the status of an invoice you submitted.</p>
<table cellpadding="4" style="font-size:13px">
<tr><td><b>Invoice number</b></td><td>INV-24190</td></tr>
<tr><td><b>Customer</b></td><td>Meridian Harbour Hotels</td></tr>
<tr><td><b>Amount</b></td><td>AUD 10,284.00</td></tr>
<tr><td><b>New status</b></td><td style="color:#bb0000"><b>Rejected</b></td></tr>
<tr><td><b>Reason</b></td><td>Invoice date precedes purchase order date. Please create a new invoice against PO 4700023071.</td></tr>
</table>
<p>To view the invoice history, log in to your SAP Business Network account and open the Invoices workbench.</p>
<p style="font-size:11px;color:#6a6d70">This email was sent by SAP Business Network on behalf of Meridian Harbour Hotels. Please do not reply to this message. ANID: AN01731946622</p>
</div></body></html>
""")

add("t04", "portal_notification", "en", "alternative", SAP_BN,
    "Meridian Harbour Hotels sent you a payment notification (PRN 2000041877)", "2024-10-24 04:30 +0000", """\
SAP Business Network

Meridian Harbour Hotels has sent you a payment notification.

Payment reference number: 2000041877
Payment date: 24 Oct 2024
Payment method: Electronic funds transfer
Net amount: AUD 11,860.00

Invoice         Gross amount     Adjustment     Net amount
INV-24175       6,910.00         0.00           6,910.00
INV-24187       4,950.00         0.00           4,950.00

Log in to your account to view the full remittance details:
https://service.ariba.com/Supplier.aw

This notification was sent on behalf of Meridian Harbour Hotels. Do not reply to this email.
""",
    html="""\
<html><head><meta charset="utf-8"></head>
<body style="font-family:Arial,sans-serif;font-size:13px">
<div style="background:#0a6ed1;color:#fff;padding:10px 16px">SAP Business Network</div>
<p>Meridian Harbour Hotels has sent you a payment notification.</p>
<table cellpadding="4" style="font-size:13px">
<tr><td>Payment reference number</td><td>2000041877</td></tr>
<tr><td>Payment date</td><td>24 Oct 2024</td></tr>
<tr><td>Payment method</td><td>Electronic funds transfer</td></tr>
<tr><td>Net amount</td><td><b>AUD 11,860.00</b></td></tr>
</table>
<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse;font-size:13px">
<tr><th>Invoice</th><th>Gross amount</th><th>Adjustment</th><th>Net amount</th></tr>
<tr><td>INV-24175</td><td>6,910.00</td><td>0.00</td><td>6,910.00</td></tr>
<tr><td>INV-24187</td><td>4,950.00</td><td>0.00</td><td>4,950.00</td></tr>
</table>
<p><a href="https://service.ariba.com/Supplier.aw">View details</a></p>
<p style="font-size:11px;color:#666">This notification was sent on behalf of Meridian Harbour Hotels. Do not reply to this email.</p>
</body></html>
""")

add("t05", "portal_notification", "en", "html", TAULIA,
    "Get paid early on INV-24193 from Bayview Hospitality Group", "2024-10-31 20:05 +0000",
    html="""\
<html><head><meta charset="utf-8"></head>
<body style="font-family:'Open Sans',Arial,sans-serif;background:#f2f4f5;margin:0">
<table width="600" align="center" style="background:#fff;margin-top:20px" cellpadding="20">
<tr><td>
<div style="font-size:22px;color:#00a3e0;font-weight:bold">taulia</div>
<h2 style="font-weight:normal">Your invoice is eligible for early payment</h2>
<p>Bayview Hospitality Group has approved invoice <b>INV-24193</b> (AUD 5,360.00).</p>
<table cellpadding="6" style="font-size:14px;border:1px solid #e1e4e6">
<tr><td>Scheduled due date</td><td>29 Nov 2024</td></tr>
<tr><td>Early payment date</td><td>05 Nov 2024</td></tr>
<tr><td>Early payment discount</td><td>AUD 48.20</td></tr>
<tr><td>You would receive</td><td><b>AUD 5,311.80</b></td></tr>
</table>
<p><a href="https://app.taulia.com/supplier/early-payment" style="background:#00a3e0;color:#fff;padding:10px 18px;text-decoration:none">Request early payment</a></p>
<p style="font-size:11px;color:#888">This offer expires on 04 Nov 2024. You received this email because your company is registered on the Taulia supplier portal for Bayview Hospitality Group.</p>
</td></tr></table>
</body></html>
""")

add("t06", "portal_notification", "en", "plain", COUPA_PTG,
    "Action Required: Invoice INV-24195 needs your attention", "2024-11-01 01:40 +0000", """\
Hello Kauri Coast Seafoods Ltd,

Pacific Table Group has disputed invoice INV-24195.

Dispute reason: Quantity does not match receipt
Comment from customer: Received 40 cartons, invoiced 44.

To resolve the dispute, log in to the Coupa Supplier Portal and either issue a credit note or void and resubmit the invoice:
https://supplier.coupahost.com/invoices/88240117

Invoice details
  Invoice #: INV-24195
  Invoice date: 24/10/2024
  Total: 5,984.00 AUD
  PO #: 7700471

This is an automated message. Please do not reply.
Powered by Coupa
""")

add("t07", "portal_notification", "en", "alternative", TAULIA,
    "Payment sent: Bayview Hospitality Group paid invoice INV-24196", "2024-11-07 19:22 +0000", """\
taulia

Payment sent

Bayview Hospitality Group has sent a payment for the following invoice:

Invoice number: INV-24196
Payment amount: AUD 3,725.50
Payment date: 08 Nov 2024
Payment reference: BHG-TAU-5518806

Funds typically arrive within 1-3 business days, depending on your bank.

View payment details: https://app.taulia.com/supplier/payments

You received this email because your company is registered on the Taulia supplier portal.
""")

add("t08", "portal_notification", "en", "html", SAP_BN,
    "Reminder: complete your SAP Business Network account for Meridian Harbour Hotels", "2024-10-09 06:00 +0000",
    html="""\
<html><head><meta charset="utf-8"></head>
<body style="font-family:Arial,sans-serif;font-size:13px;color:#32363a">
<div style="background:#0a6ed1;color:#fff;padding:12px 18px;font-size:16px">SAP Business Network</div>
<div style="padding:18px">
<p>Dear Kauri Coast Seafoods Ltd,</p>
<p>Meridian Harbour Hotels invited your company to transact on SAP Business Network 14 days ago, and your account setup is not yet complete.</p>
<p>Outstanding steps:</p>
<ul>
<li>Confirm your company profile and tax details</li>
<li>Add remit-to and bank account information</li>
<li>Accept the trading relationship request</li>
</ul>
<p><a href="https://service.ariba.com/Supplier.aw/ad/registration" style="background:#0a6ed1;color:#fff;padding:8px 14px;text-decoration:none">Complete registration</a></p>
<p style="font-size:11px;color:#6a6d70">This is an automated email from SAP Business Network. Replies to this address are not monitored.</p>
</div></body></html>
""")

add("t09", "portal_notification", "de", "alternative", SAP_BN,
    "Hanseatische Fischimport GmbH: Benachrichtigung über Statusänderung der Rechnung KCS-24234 (Genehmigt)",
    "2024-11-05 07:18 +0000", """\
SAP Business Network

Hanseatische Fischimport GmbH hat den Status einer von Ihnen gesendeten Rechnung geändert.

Rechnungsnummer: KCS-24234
Rechnungsdatum: 22.10.2024
Betrag: 14.260,00 EUR
Neuer Status: Genehmigt

Voraussichtliches Zahlungsdatum: 21.11.2024

Melden Sie sich bei Ihrem Konto an, um die Einzelheiten anzuzeigen:
https://service.ariba.com/Supplier.aw

Diese E-Mail wurde im Auftrag von Hanseatische Fischimport GmbH gesendet. Bitte antworten Sie nicht auf diese Nachricht.
""")

add("t10", "portal_notification", "ja", "html",
    ("Coupa サプライヤーポータル", "do_not_reply@tokai-marine.coupahost.com"),
    "株式会社東海マリンフーズ: 請求書 INV-24235 が承認されました", "2024-11-06 02:10 +0000",
    html="""\
<html><head><meta charset="utf-8"></head>
<body style="font-family:'Hiragino Kaku Gothic ProN',Meiryo,sans-serif;font-size:14px">
<div style="background:#0b3b5c;color:#fff;padding:12px 18px">coupa サプライヤーポータル</div>
<div style="padding:18px">
<p>Kauri Coast Seafoods Ltd 様</p>
<p>株式会社東海マリンフーズが請求書を承認しました。</p>
<table cellpadding="4">
<tr><td>請求書番号</td><td>INV-24235</td></tr>
<tr><td>請求日</td><td>2024/10/25</td></tr>
<tr><td>合計金額</td><td>JPY 1,284,000</td></tr>
<tr><td>支払条件</td><td>月末締め翌月末払い</td></tr>
</table>
<p><a href="https://supplier.coupahost.com/invoices/88245512">請求書を表示</a></p>
<p style="font-size:11px;color:#888">このメールは Coupa サプライヤーポータルから自動送信されています。返信しないでください。</p>
</div></body></html>
""")

# ---------------------------------------------------------------- other

add("o01", "other", "en", "reply",
    ("Renee Walsh", "renee@batemansbayseafood.com.au"),
    "RE: Statement and overdue items - Batemans Bay Seafood", "2024-10-10 15:22 +1100", """\
Hi Priya,

Received, thanks. I'll go through it against our ledger and come back to you early next week.

Renee
""" + oq("Priya Nair <priya.nair@kauricoastseafoods.co.nz>", "Thursday, 10 October 2024 12:30 PM",
         "Renee Walsh <renee@batemansbayseafood.com.au>", "Statement and overdue items - Batemans Bay Seafood", """\
Hi Renee,

Your statement as at 30 September is attached. Three invoices (INV-24080, INV-24089, INV-24095) are now overdue, totalling AUD 5,612.70.

Please arrange payment, or let me know if you need copies of any of them.

Kind regards,
Priya Nair
"""),
    irt="bbs-stmt-1010")

add("o02", "other", "en", "reply",
    ("Tim Okoro", "accounts@portmacquariefishmarket.com.au"),
    "Re: Statement of account - September 2024", "2024-10-04 09:16 +1000", """\
Thanks Priya - your statement reconciles with our ledger to the cent. All agreed, no queries from us this month.

Tim
""" + gq("On Thu, 3 Oct 2024 at 4:50 pm, Priya Nair <priya.nair@kauricoastseafoods.co.nz> wrote:", """\
Hi Tim,

Attached is your statement of account for September. Balance AUD 7,203.80, none of it overdue.

Thanks,
Priya
"""),
    irt="pmfm-stmt-sep")

add("o03", "other", "en", "attachment",
    ("Hauraki Packaging Ltd", "accounts@haurakipackaging.co.nz"),
    "Tax Invoice 55821 from Hauraki Packaging Ltd", "2024-10-15 16:40 +1300", """\
Hi Kauri Coast Seafoods,

Please find attached tax invoice 55821 for NZD 4,186.50 (incl. GST) for the polystyrene bins and liners delivered to your Onehunga plant on 14 October.

Payment is due on the 20th of the month following invoice. Our bank account is 12-3011-0487221-00.

Thanks for your business,
Hauraki Packaging Ltd
""",
    atts=[("Invoice_55821.pdf", "application", "pdf", pdf([
        "HAURAKI PACKAGING LTD - TAX INVOICE 55821     GST No 98-441-207",
        "Bill to: Kauri Coast Seafoods Ltd, 14 Jellicoe Street, Freemans Bay, Auckland",
        "Date: 15/10/2024     Due: 20/11/2024     Your PO: KCS-PO-3318",
        "",
        "600  Polystyrene fish bin 40L             4.95    2,970.00",
        "600  LDPE bin liner                       0.58      348.00",
        "     Delivery Onehunga                             322.43",
        "     Subtotal                                    3,640.43",
        "     GST 15%                                       546.07",
        "     TOTAL NZD                                   4,186.50",
    ]))])

add("o04", "other", "en", "html",
    ("Seafood Trade Pacific", "newsletter@seafoodtradepacific.com"),
    "This week: mussel prices firm, Chinese import rules, Seafood Expo Asia dates", "2024-10-17 19:00 +0000",
    html="""\
<html><head><meta charset="utf-8"></head>
<body style="font-family:Georgia,serif;background:#eef3f6;margin:0">
<table width="620" align="center" cellpadding="0" cellspacing="0" style="background:#fff">
<tr><td style="background:#12355b;color:#fff;padding:18px;font-size:24px">Seafood Trade Pacific <span style="font-size:13px">Weekly Briefing - 18 October 2024</span></td></tr>
<tr><td style="padding:18px;font-size:15px;line-height:1.5">
<h3>Green-lipped mussel prices hold firm into summer</h3>
<p>Export prices for half-shell mussels were steady this week as Marlborough harvests recovered from September's biotoxin closures. Traders expect demand from US retail to pick up ahead of the holiday season.</p>
<h3>China updates registration rules for overseas seafood plants</h3>
<p>GACC has published revised guidance on renewal of overseas facility registrations. Exporters with registrations expiring in 2025 should start the renewal process early.</p>
<h3>Seafood Expo Asia: dates confirmed</h3>
<p>The 2025 show returns to Hong Kong in September. Early-bird exhibitor rates close 30 November.</p>
<p style="font-size:12px;color:#777">You're receiving this because you subscribed at seafoodtradepacific.com. <a href="https://seafoodtradepacific.com/unsubscribe?u=88213">Unsubscribe</a> | <a href="https://seafoodtradepacific.com/prefs">Update preferences</a></p>
</td></tr></table>
</body></html>
""")

add("o05", "other", "en", "plain",
    ("Jason Kelly", "jason.kelly@harboursidefish.com.au"),
    "Order for w/c 4 Nov", "2024-10-29 08:12 +1100", """\
Hi team,

Please ship the following for delivery to Pyrmont in the week of 4 November:

- 50 cartons half-shell green-lipped mussels (12 x 1kg)
- 20 cartons hoki fillets, skin-on, 10kg
- 8 cartons Bluff oysters, if you have them

PO number to follow from our system. Can someone confirm availability?

Jason Kelly
Buyer, Harbourside Fish Co
""")

add("o06", "other", "en", "plain",
    ("Wei Jie Koh", "procurement@sentosaseafoodhouse.sg"),
    "Quote request - NZ scampi", "2024-10-24 10:40 +0800", """\
Hello,

We are a seafood restaurant group in Singapore and would like a quotation for 200 kg of frozen NZ scampi (size 2), CIF Singapore, for delivery in early December.

Please include lead time, minimum order quantity and your payment terms for new customers.

Regards,
Koh Wei Jie
Procurement, Sentosa Seafood House Pte Ltd
""")

add("o07", "other", "en", "alternative",
    ("Pacific Table Group - Finance", "finance.admin@pacifictablegroup.com.au"),
    "Notice: change of address for Pacific Table Group head office", "2024-10-14 09:00 +1100", """\
Dear Supplier,

Please note that from Monday 4 November 2024 our head office and finance team will move to:

Pacific Table Group Pty Ltd
Level 6, 120 Collins Street
Melbourne VIC 3000

Our ABN, phone numbers and email addresses are unchanged. Please update your customer records so that correspondence and statements are addressed to the new location. Invoices should continue to be submitted through the Coupa Supplier Portal.

Kind regards,
Finance Administration
Pacific Table Group
""")

add("o08", "other", "en", "html",
    ("Microsoft 365 Admin", "no-reply@m365-secure-notice.com"),
    "Password expiry notice for accounts.receivable@kauricoastseafoods.co.nz", "2024-10-18 02:33 +0000",
    html="""\
<html><head><meta charset="utf-8"></head>
<body style="font-family:Segoe UI,Arial,sans-serif;font-size:14px">
<div style="max-width:520px;border:1px solid #ddd;padding:22px">
<div style="font-size:20px;color:#0078d4">Microsoft 365</div>
<p>The password for <b>accounts.receivable@kauricoastseafoods.co.nz</b> expires today.</p>
<p>To avoid losing access to your mailbox and shared files, keep your current password by verifying your account below.</p>
<p><a href="http://kauricoast-m365-verify.help/login?u=accounts.receivable" style="background:#0078d4;color:#fff;padding:10px 18px;text-decoration:none">Keep current password</a></p>
<p style="font-size:11px;color:#888">Microsoft Corporation, One Microsoft Way, Redmond, WA 98052</p>
</div>
</body></html>
""")

add("o09", "other", "en", "alternative",
    ("DHL Express", "noreply@dhl.com"),
    "DHL On Demand Delivery: shipment 4471829930 is on its way", "2024-10-22 21:10 +0000", """\
Your shipment is on its way

Waybill: 4471829930
From: Hartley & Crane, Melbourne AU
To: Kauri Coast Seafoods Ltd, Auckland NZ
Estimated delivery: Thursday, 24 October 2024, by end of day

Track your shipment or change delivery options:
https://www.dhl.com/nz-en/home/tracking.html?tracking-id=4471829930

This is an automated message from DHL Express. Please do not reply.
""")

add("o10", "other", "en", "attachment",
    ("Chloe Martin", "chloe.martin@sydharbourevents.com.au"),
    "New supplier setup - Sydney Harbour Events Catering", "2024-10-25 14:18 +1100", """\
Hi Kauri Coast team,

We're looking forward to working with you. Before we can raise our first purchase order, we need you set up in our vendor system.

Please complete the attached supplier information form and return it with a bank letter or a copy of a recent bank statement showing your account details. Your certificate of currency for product liability insurance would also help.

Thanks,
Chloe Martin
Procurement Coordinator
Sydney Harbour Events Catering
""",
    atts=[("SHEC_Supplier_Information_Form_v3.pdf", "application", "pdf", pdf([
        "SYDNEY HARBOUR EVENTS CATERING - SUPPLIER INFORMATION FORM",
        "1. Legal entity name: ______________________  ABN/NZBN: ____________",
        "2. Trading address: _________________________________________",
        "3. Accounts contact name/email: _____________________________",
        "4. Bank name: ___________  Account name: ____________",
        "   BSB/SWIFT: ___________  Account no: ______________",
        "5. Payment terms requested: ______   Currency: ______",
        "6. Food safety certification (HACCP/MPI RMP no.): __________",
        "Signed: ____________________   Date: ___________",
    ]))])

add("o11", "other", "en", "forward",
    ("Tom Whitaker", "tom.whitaker@kauricoastseafoods.co.nz"),
    "FW: Christmas function - Viaduct - RSVP by 15 Nov", "2024-11-01 12:30 +1300", """\
AR crew - you're all invited, don't leave it to the last minute like last year!

Tom
""" + fq("Office Manager <office@kauricoastseafoods.co.nz>", "Friday, 1 November 2024 11:05 AM",
         "Christmas function - Viaduct - RSVP by 15 Nov", "All Staff <allstaff@kauricoastseafoods.co.nz>", """\
Kia ora koutou,

This year's Christmas function is on Friday 13 December from 4pm at The Viaduct Boathouse. Partners welcome.

Please RSVP with any dietary requirements by 15 November.

Ngā mihi,
Jo
""", style="outlook"))

add("o12", "other", "en", "reply",
    ("Priyanka Desai", "priyanka.desai@pacifictablegroup.com.au"),
    "Re: Pacific Table Group invites you to join the Coupa Supplier Portal", "2024-10-08 10:15 +1100", """\
Hi Kauri Coast team,

Just following up on the Coupa invitation below. Registration is free and only takes about ten minutes. From 1 December we'll only accept invoices submitted through Coupa, so it would be great to have you set up before then.

Let me know once you've registered and I'll link your account to our supplier record.

Thanks,
Priyanka Desai
Accounts Payable, Pacific Table Group
""" + gq("On Tue, 1 Oct 2024 at 09:00, Coupa Supplier Portal <do_not_reply@pacifictablegroup.coupahost.com> wrote:", """\
Pacific Table Group would like to do business with you on the Coupa Supplier Portal.

Join now to receive purchase orders, submit invoices and check payment status online.

Join Coupa: https://supplier.coupahost.com/invitation/accept?token=ptg-88231

Powered by Coupa
"""),
    irt="coupa-invite-ptg", irt_dom="pacifictablegroup.coupahost.com")

add("o13", "other", "en", "plain",
    ("Ryan | GrowthPeak Digital", "ryan@growthpeak-digital.net"),
    "Quick question about kauricoastseafoods.co.nz", "2024-10-23 04:12 +0000", """\
Hi there,

I was looking at kauricoastseafoods.co.nz and noticed you're not ranking on page one for "wholesale mussels NZ" or "frozen seafood exporter".

We've helped 200+ food businesses triple their organic traffic in 90 days. Would you be open to a free 15-minute audit call this week?

Best,
Ryan
GrowthPeak Digital

Reply STOP to opt out.
""")

add("o14", "other", "en", "plain",
    ("Luke Brennan", "luke@morningtonpeninsulaseafoods.com.au"),
    "CN-2312 received", "2024-11-08 10:02 +1100", """\
Hi Hamish,

Credit note CN-2312 came through this morning, thanks. It's been applied on our side against the damaged-stock claim, so that one's closed off.

Cheers,
Luke
""")

add("o15", "other", "tl", "plain",
    ("Kristine Aquino", "kaquino@qcfinedining.ph"),
    "Re: Invoice EXP-1183", "2024-10-14 09:05 +0800", """\
Hello po,

Natanggap na po namin ang invoice EXP-1183 na pinadala ninyo. Na-forward ko na rin po sa accounting team namin.

Maraming salamat po sa mabilis na pagsagot!

Kristine
""")

add("o16", "other", "zh", "html",
    ("中国国际渔业博览会组委会", "invite@chinafisheriesexpo-info.com"),
    "诚邀参展：2025中国国际渔业博览会（青岛）", "2024-10-16 02:30 +0000",
    html="""\
<html><head><meta charset="utf-8"></head>
<body style="font-family:'Microsoft YaHei',sans-serif;font-size:14px">
<div style="background:#0b5394;color:#fff;padding:16px;font-size:20px">2025 中国国际渔业博览会</div>
<div style="padding:16px">
<p>尊敬的 Kauri Coast Seafoods Ltd：</p>
<p>第二十八届中国国际渔业博览会将于 2025 年 10 月在青岛国际博览中心举办，预计吸引来自 50 多个国家和地区的 1,600 家参展商。</p>
<p>新西兰国家展区现已开放报名，早鸟价格截止至 2024 年 12 月 31 日。</p>
<p><a href="https://chinafisheriesexpo-info.com/register">立即报名</a></p>
<p style="color:#888;font-size:12px">如不希望再收到此类邮件，请点击退订。</p>
</div></body></html>
""")

add("o17", "other", "tl", "plain",
    ("Benjie Ramos", "purchasing@mabuhayseafood.com.ph"),
    "Order para sa December shipment", "2024-11-06 10:30 +0800", """\
Hi Sir Tom,

Pa-order po ulit ng 30 cartons ng frozen half-shell mussels at 15 cartons ng hoki fillets para sa shipment sa unang linggo ng Disyembre. Same specs po noong huling order.

Pakisabi na lang po kung available at kailan ang ETD.

Salamat po,
Benjie
Mabuhay Seafood Trading
""")

add("o18", "other", "de", "plain",
    ("Birgit Hansen", "b.hansen@hanseatische-fischimport.de"),
    "Neue Rechnungsanschrift ab 01.11.2024", "2024-10-15 10:25 +0200", """\
Sehr geehrte Damen und Herren,

bitte beachten Sie, dass sich unsere Rechnungsanschrift zum 01.11.2024 ändert. Ab diesem Datum lautet sie:

Hanseatische Fischimport GmbH
Buchhaltung
Van-der-Smissen-Straße 9
22767 Hamburg

Unsere USt-IdNr. und Bankverbindung bleiben unverändert. Bitte passen Sie Ihre Stammdaten entsprechend an.

Mit freundlichen Grüßen
Birgit Hansen
Hanseatische Fischimport GmbH
""")

add("o19", "other", "ms", "plain",
    ("Lim Siew Hoon", "accounts@penangmarinefoods.com.my"),
    "Re: Penyata akaun Oktober", "2024-11-05 15:40 +0800", """\
Tuan/Puan,

Terima kasih, kami telah menerima penyata akaun bulan Oktober. Semua baki sepadan dengan rekod kami.

Salam hormat,
Lim Siew Hoon
Penang Marine Foods Sdn Bhd
""")

add("o20", "other", "ja", "plain",
    ("佐藤 健一", "keiri@tokai-marine.co.jp"),
    "Re: 請求書送付のご案内（INV-24235）", "2024-10-28 10:15 +0900", """\
Kauri Coast Seafoods Ltd
ご担当者様

いつもお世話になっております。
請求書（INV-24235）を受領いたしました。ありがとうございます。

社内で内容を確認のうえ、Coupa にて処理を進めます。

株式会社東海マリンフーズ
経理部　佐藤 健一
""")


if __name__ == "__main__":
    main()
