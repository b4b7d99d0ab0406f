#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Hold-out mail set L for the accounts-receivable shared-mailbox classifier.

Mailbox owner: Pacific Rim Industrial Supplies Pte Ltd (Singapore, with a
Manila office).  Emphasis: Asian-language customer mail (Simplified and
Traditional Chinese, Tagalog/Taglish, Malay, Japanese, Korean, Indonesian)
and Asian business English.

Run:  python3 make.py
Writes l-001.eml ... l-160.eml and labels.jsonl next to this script.
Deterministic: fixed dates, Message-IDs, MIME boundaries and attachment
bytes; standard library only.
"""
import hashlib
import html as _html
import json
import os
import re
import struct
import zlib
from datetime import datetime, timedelta, timezone
from email.message import EmailMessage, Message, MIMEPart
from email.policy import default as _default_policy
from email.utils import format_datetime, parseaddr

POL = _default_policy.clone(linesep="\n")
HERE = os.path.dirname(os.path.abspath(__file__))

MSGS = []

LANG_TZ = {"zh": 8, "zh-hant": 8, "tl": 8, "en": 8, "ms": 8,
           "ja": 9, "ko": 9, "id": 7}

AR_SG = "ar@pacificrimsupplies.com.sg"
AR_PH = "ar.ph@pacificrimsupplies.com.ph"
TO_SG = ["ar@pacificrimsupplies.com.sg",
         "Pacific Rim AR <ar@pacificrimsupplies.com.sg>",
         "Accounts Receivable <ar@pacificrimsupplies.com.sg>"]
TO_PH = ["ar.ph@pacificrimsupplies.com.ph",
         "Pacific Rim AR Manila <ar.ph@pacificrimsupplies.com.ph>",
         "AR PH <ar.ph@pacificrimsupplies.com.ph>"]

OUR = {
    "ar": "Pacific Rim AR <ar@pacificrimsupplies.com.sg>",
    "arph": "Pacific Rim AR Manila <ar.ph@pacificrimsupplies.com.ph>",
    "joanne": "Joanne Tan <joanne.tan@pacificrimsupplies.com.sg>",
    "huimin": "Lim Hui Min <huimin.lim@pacificrimsupplies.com.sg>",
    "serene": "Serene Ong <serene.ong@pacificrimsupplies.com.sg>",
    "meiling": "Chen Mei Ling <meiling.chen@pacificrimsupplies.com.sg>",
    "mika": "Mika Reyes <mika.reyes@pacificrimsupplies.com.ph>",
    "pat": "Patricia Lopez <pat.lopez@pacificrimsupplies.com.ph>",
    "ivy": "Ivy Mercado <ivy.mercado@pacificrimsupplies.com.ph>",
}


def B(s):
    """Body helper: drop the first newline of a triple-quoted string."""
    if s.startswith("\n"):
        s = s[1:]
    return s.rstrip("\n") + "\n"


def add(cat, lang, shape, frm, subj, date, body="", **kw):
    d = dict(cat=cat, lang=lang, shape=shape, frm=frm, subj=subj,
             date=date, body=B(body) if body else "")
    d.update(kw)
    MSGS.append(d)


def Q(style, frm, date, text, subj=None, to=None, cc=None):
    return dict(style=style, frm=frm, date=date, text=text, subj=subj,
                to=to, cc=cc)


# --------------------------------------------------------------------------
# Our own (Pacific Rim AR) outgoing mail, as it appears quoted in replies
# --------------------------------------------------------------------------
SIG = {
    "sg": ("Accounts Receivable\nPacific Rim Industrial Supplies Pte Ltd\n"
           "8 Jurong Port Road #05-12, Singapore 619090\n"
           "Tel: +65 6265 4410"),
    "ph": ("Accounts Receivable - Manila Office\n"
           "Pacific Rim Industrial Supplies Pte Ltd\n"
           "12/F Salcedo Corporate Center, 128 L.P. Leviste St., "
           "Makati City 1227\nTel: +63 2 8812 5530"),
    "zh": ("应收账款部\nPacific Rim Industrial Supplies Pte Ltd\n"
           "新加坡 8 Jurong Port Road #05-12\n电话：+65 6265 4410"),
    "zh-hant": ("應收帳款部\nPacific Rim Industrial Supplies Pte Ltd\n"
                "新加坡 8 Jurong Port Road #05-12\n電話：+65 6265 4410"),
}


def _table(rows, head):
    out = ["{:<18} {:<11} {:<11} {:>13}".format(*head)]
    for inv, d1, d2, amt in rows:
        out.append("{:<18} {:<11} {:<11} {:>13,.2f}".format(inv, d1, d2, amt))
    return out, sum(r[3] for r in rows)


def soa(lang, name, asof, cur, rows, signer, office="sg"):
    if lang == "zh":
        t, tot = _table(rows, ("发票号", "开票日期", "到期日", "金额"))
        return (f"{name}：\n\n您好！以下为贵司截至{asof}的对账单（币种：{cur}），"
                f"PDF版本见附件：\n\n" + "\n".join(t) +
                f"\n合计：{cur} {tot:,.2f}\n\n"
                "请贵司核对，如有差异请于7个工作日内回复本邮箱。付款后烦请将银行水单"
                "发送至 ar@pacificrimsupplies.com.sg，以便我们及时核销。\n\n谢谢！\n\n"
                f"{signer}\n{SIG['zh']}\n")
    if lang == "zh-hant":
        t, tot = _table(rows, ("發票號碼", "開立日期", "到期日", "金額"))
        return (f"{name} 您好：\n\n以下為貴公司截至{asof}之對帳單（幣別：{cur}），"
                f"敬請查收：\n\n" + "\n".join(t) +
                f"\n合計：{cur} {tot:,.2f}\n\n"
                "敬請核對，如有差異請於 7 個工作天內回覆。付款後請將匯款水單寄至"
                "本信箱，以便沖帳。\n\n謝謝！\n\n"
                f"{signer}\n{SIG['zh-hant']}\n")
    t, tot = _table(rows, ("Invoice No.", "Inv. Date", "Due Date", "Amount"))
    ar = AR_PH if office == "ph" else AR_SG
    return (f"Dear {name},\n\nPlease find below your Statement of Account as at "
            f"{asof} ({cur}). A PDF copy is attached for your records.\n\n" +
            "\n".join(t) + "\n" + f"{'Total outstanding':<43}{tot:>13,.2f}\n\n"
            "Kindly review and let us know of any discrepancy within 7 days. "
            f"Please send payment advices to {ar} so that we can apply your "
            "payments promptly.\n\nThank you.\n\nBest regards,\n"
            f"{signer}\n{SIG[office]}\n")


def reminder(lang, name, cur, rows, signer, office="sg", level=1):
    if lang == "zh":
        t, tot = _table(rows, ("发票号", "开票日期", "到期日", "金额"))
        first = ("温馨提醒，以下发票已超过付款期限：" if level == 1 else
                 "我们此前已发送过付款提醒，截至今日以下发票仍未收到款项：")
        last = ("烦请尽快安排付款，或告知预计付款日期。如已付款，请忽略本提醒并将"
                "付款凭证发给我们，谢谢！" if level == 1 else
                "请务必于本周内安排付款或回复付款计划，否则我们可能需要暂停贵司的"
                "信用额度。如已付款，请提供银行水单。")
        return (f"{name}：\n\n您好！{first}\n\n" + "\n".join(t) +
                f"\n逾期合计：{cur} {tot:,.2f}\n\n{last}\n\n"
                f"{signer}\n{SIG['zh']}\n")
    if lang == "zh-hant":
        t, tot = _table(rows, ("發票號碼", "開立日期", "到期日", "金額"))
        return (f"{name} 您好：\n\n提醒您，以下發票已逾付款期限：\n\n" +
                "\n".join(t) + f"\n逾期合計：{cur} {tot:,.2f}\n\n"
                "煩請儘速安排付款，或告知預計付款日期。如已付款，請忽略此通知並"
                "提供匯款資料，謝謝。\n\n"
                f"{signer}\n{SIG['zh-hant']}\n")
    t, tot = _table(rows, ("Invoice No.", "Inv. Date", "Due Date", "Amount"))
    if level == 1:
        first = ("This is a friendly reminder that the invoice(s) below are "
                 "now past due:")
        last = ("We would appreciate it if you could arrange payment at your "
                "earliest convenience, or let us know the expected payment "
                "date. If payment has already been made, kindly disregard this "
                "reminder and send us the payment details so we can update our "
                "records.")
    else:
        first = ("We refer to our earlier reminder. According to our records "
                 "the following invoice(s) remain outstanding:")
        last = ("Please treat this matter as urgent and advise your payment "
                "date by return email. Continued non-payment may result in "
                "your account being placed on hold. Please ignore this notice "
                "if payment has been made in the last 3 days.")
    return (f"Dear {name},\n\n{first}\n\n" + "\n".join(t) + "\n" +
            f"{'Total overdue (' + cur + ')':<43}{tot:>13,.2f}\n\n{last}\n\n"
            f"Regards,\n{signer}\n{SIG[office]}\n")


def invmail(lang, name, inv, date, po, cur, amt, due, signer, office="sg"):
    if lang == "zh":
        return (f"{name}：\n\n您好！附件为发票 {inv}（开票日期 {date}，订单号 {po}），"
                f"金额 {cur} {amt:,.2f}，到期日 {due}。请查收并确认，谢谢！\n\n"
                f"{signer}\n{SIG['zh']}\n")
    if lang == "zh-hant":
        return (f"{name} 您好：\n\n附件為發票 {inv}（開立日期 {date}，訂單號碼 {po}），"
                f"金額 {cur} {amt:,.2f}，付款到期日 {due}。敬請查收，謝謝！\n\n"
                f"{signer}\n{SIG['zh-hant']}\n")
    return (f"Dear {name},\n\nPlease find attached our invoice {inv} dated "
            f"{date} against your PO {po}.\n\nAmount: {cur} {amt:,.2f}\n"
            f"Due date: {due}\n\nKindly acknowledge receipt. Thank you for your "
            f"business.\n\nBest regards,\n{signer}\n{SIG[office]}\n")


# --------------------------------------------------------------------------
# Quote / forward headers in the client's language
# --------------------------------------------------------------------------
WD_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
         "Sunday"]
MON_EN = ["January", "February", "March", "April", "May", "June", "July",
          "August", "September", "October", "November", "December"]
WD_ZH = "一二三四五六日"
WD_JA = "月火水木金土日"
WD_KO = ["월요일", "화요일", "수요일", "목요일", "금요일", "토요일", "일요일"]
WD_MS = ["Isnin", "Selasa", "Rabu", "Khamis", "Jumaat", "Sabtu", "Ahad"]
MON_MS = ["Januari", "Februari", "Mac", "April", "Mei", "Jun", "Julai",
          "Ogos", "September", "Oktober", "November", "Disember"]
WD_ID = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"]
MON_ID = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli",
          "Agustus", "September", "Oktober", "November", "Desember"]
WD_TL = ["Lun", "Mar", "Miy", "Huw", "Biy", "Sab", "Lin"]

HDR = {
    "ol-en": ("From", "Sent", "To", "Cc", "Subject"),
    "ol-zh": ("发件人", "发送时间", "收件人", "抄送", "主题"),
    "fm-zh": ("发件人", "发送时间", "收件人", "抄送", "主题"),
    "ol-hant": ("寄件者", "寄件日期", "收件者", "副本", "主旨"),
    "ol-ja": ("差出人", "送信日時", "宛先", "CC", "件名"),
    "ol-ko": ("보낸 사람", "보낸 날짜", "받는 사람", "참조", "제목"),
    "ol-ms": ("Daripada", "Dihantar", "Kepada", "Sk", "Subjek"),
    "ol-id": ("Dari", "Dikirim", "Kepada", "Cc", "Perihal"),
}


def _pdt(s):
    return datetime.strptime(s, "%Y-%m-%d %H:%M")


def when(style, s):
    dt = _pdt(s)
    wd, mm, am = dt.weekday(), f"{dt.minute:02d}", dt.hour < 12
    h12 = dt.hour % 12 or 12
    if style == "ol-en":
        return (f"{WD_EN[wd]}, {dt.day} {MON_EN[dt.month - 1]} {dt.year} "
                f"{h12}:{mm} {'AM' if am else 'PM'}")
    if style == "ol-zh":
        return f"{dt.year}年{dt.month}月{dt.day}日 {dt.hour}:{mm}"
    if style == "fm-zh":
        return (f"{dt.year}年{dt.month}月{dt.day}日(星期{WD_ZH[wd]}) "
                f"{'上午' if am else '下午'}{h12}:{mm}")
    if style == "ol-hant":
        return (f"{dt.year}年{dt.month}月{dt.day}日 {'上午' if am else '下午'} "
                f"{h12:02d}:{mm}")
    if style == "ol-ja":
        return f"{dt.year}年{dt.month}月{dt.day}日 {dt.hour}:{mm}"
    if style == "ol-ko":
        return (f"{dt.year}년 {dt.month}월 {dt.day}일 {WD_KO[wd]} "
                f"{'오전' if am else '오후'} {h12}:{mm}")
    if style == "ol-ms":
        return (f"{WD_MS[wd]}, {dt.day} {MON_MS[dt.month - 1]} {dt.year} "
                f"{h12}:{mm} {'PG' if am else 'PTG'}")
    if style == "ol-id":
        return (f"{WD_ID[wd]}, {dt.day} {MON_ID[dt.month - 1]} {dt.year} "
                f"{dt.hour:02d}.{mm}")
    raise ValueError(style)


def gm_attrib(style, frm, s):
    dt = _pdt(s)
    wd, mm, am = dt.weekday(), f"{dt.minute:02d}", dt.hour < 12
    h12 = dt.hour % 12 or 12
    ap = "AM" if am else "PM"
    if style == "gm-en":
        return (f"On {WD_EN[wd][:3]}, {MON_EN[dt.month - 1][:3]} {dt.day}, "
                f"{dt.year} at {h12}:{mm} {ap} {frm} wrote:")
    if style == "gm-zh":
        return (f"{frm} 于{dt.year}年{dt.month}月{dt.day}日周{WD_ZH[wd]} "
                f"{dt.hour:02d}:{mm}写道：")
    if style == "gm-hant":
        return (f"{frm} 於 {dt.year}年{dt.month}月{dt.day}日 週{WD_ZH[wd]} "
                f"{'上午' if am else '下午'}{h12}:{mm}寫道：")
    if style == "gm-tl":
        return (f"Noong {WD_TL[wd]}, {MON_EN[dt.month - 1][:3]} {dt.day}, "
                f"{dt.year} nang {h12}:{mm} {ap}, sumulat si {frm}:")
    if style == "gm-ms":
        return (f"Pada {WD_MS[wd]}, {dt.day} {MON_MS[dt.month - 1]} {dt.year} "
                f"pada {h12}:{mm} {'PG' if am else 'PTG'}, {frm} menulis:")
    if style == "gm-id":
        return (f"Pada tanggal {WD_ID[wd]}, {dt.day} {MON_ID[dt.month - 1]} "
                f"{dt.year} pukul {dt.hour:02d}.{mm} {frm} menulis:")
    raise ValueError(style)


PREFIX_RE = re.compile(
    r"^\s*(?:(?:RE|Re|re|FW|Fw|Fwd|FWD|回复|答复|回覆|转发|轉寄)\s*[:：]\s*)+")

SEP = {"fm-zh": "------------------ 原始邮件 ------------------"}
OL_SEP = "________________________________"


def _hdr_block(style, frm, date, to, subj, cc=None):
    f, s, t, c, sj = HDR[style]
    lines = [f"{f}: {frm}", f"{s}: {when(style, date)}", f"{t}: {to}"]
    if cc:
        lines.append(f"{c}: {cc}")
    lines.append(f"{sj}: {subj}")
    return "\n".join(lines)


def quote_block(q, spec):
    style = q["style"]
    subj = q["subj"] or PREFIX_RE.sub("", spec["subj"])
    to = q["to"] or spec["frm"]
    text = q["text"].rstrip("\n")
    if style.startswith("gm-"):
        quoted = "\n".join(("> " + ln) if ln.strip() else ">"
                           for ln in text.split("\n"))
        return "\n" + gm_attrib(style, q["frm"], q["date"]) + "\n" + quoted + "\n"
    sep = SEP.get(style, OL_SEP)
    return ("\n\n" + sep + "\n" + _hdr_block(style, q["frm"], q["date"], to,
                                              subj, q["cc"]) +
            "\n\n" + text + "\n")


def forward_block(fw):
    style = fw["style"]
    text = fw["text"].rstrip("\n")
    if style == "gm-en":
        dt = _pdt(fw["date"])
        h12 = dt.hour % 12 or 12
        d = (f"{WD_EN[dt.weekday()][:3]}, {MON_EN[dt.month - 1][:3]} {dt.day}, "
             f"{dt.year} at {h12}:{dt.minute:02d} "
             f"{'AM' if dt.hour < 12 else 'PM'}")
        return ("\n---------- Forwarded message ---------\n"
                f"From: {fw['frm']}\nDate: {d}\nSubject: {fw['subj']}\n"
                f"To: {fw['to']}\n\n\n" + text + "\n")
    return ("\n\n" + OL_SEP + "\n" +
            _hdr_block(style, fw["frm"], fw["date"], fw["to"], fw["subj"],
                       fw.get("cc")) + "\n\n" + text + "\n")


# --------------------------------------------------------------------------
# HTML helpers
# --------------------------------------------------------------------------
def html_wrap(text, font="Calibri, Arial, sans-serif"):
    paras = text.strip("\n").split("\n\n")
    out = []
    for p in paras:
        lines = [_html.escape(ln) for ln in p.split("\n")]
        out.append('<p style="margin:0 0 12px 0">' + "<br>\n".join(lines) +
                   "</p>")
    return ('<html>\n<head>\n<meta http-equiv="Content-Type" '
            'content="text/html; charset=utf-8">\n</head>\n<body>\n'
            f'<div style="font-family:{font};font-size:11pt;color:#1f1f1f">\n'
            + "\n".join(out) + "\n</div>\n</body>\n</html>\n")


def portal(brand, color, title, intro, rows, outro, footer, button):
    e = _html.escape
    text = (f"{brand}\n\n{title}\n\n{intro}\n\n" +
            "\n".join(f"{k}: {v}" for k, v in rows) +
            f"\n\n{outro}\n\n{button[0]}: {button[1]}\n\n{footer}\n")
    trs = "\n".join(
        '<tr><td style="padding:6px 12px;color:#555555;border-bottom:1px solid '
        f'#eeeeee">{e(k)}</td><td style="padding:6px 12px;border-bottom:1px '
        f'solid #eeeeee"><b>{e(v)}</b></td></tr>' for k, v in rows)
    page = f"""<!DOCTYPE html>
<html>
<head><meta charset="utf-8"><title>{e(title)}</title></head>
<body style="margin:0;background:#f4f5f7;font-family:Arial,Helvetica,sans-serif">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;margin:24px 0">
<tr><td style="background:{color};color:#ffffff;padding:16px 24px;font-size:18px">{e(brand)}</td></tr>
<tr><td style="padding:24px">
<h2 style="margin:0 0 12px 0;font-size:20px">{e(title)}</h2>
<p>{e(intro)}</p>
<table cellpadding="0" cellspacing="0" style="width:100%;font-size:14px">
{trs}
</table>
<p>{e(outro)}</p>
<p><a href="{e(button[1])}" style="background:{color};color:#ffffff;padding:10px 18px;text-decoration:none">{e(button[0])}</a></p>
</td></tr>
<tr><td style="padding:16px 24px;font-size:11px;color:#888888">{e(footer)}</td></tr>
</table>
</td></tr></table>
</body>
</html>
"""
    return text, page


# --------------------------------------------------------------------------
# Deterministic attachment bytes
# --------------------------------------------------------------------------
def make_pdf(lines, title="Document"):
    def esc(s):
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    stream = ["BT", "/F1 10 Tf", "14 TL", "56 790 Td"]
    for ln in lines:
        stream.append(f"({esc(ln)}) Tj T*")
    stream.append("ET")
    content = ("\n".join(stream) + "\n").encode("latin-1")
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        (b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources "
         b"<< /Font << /F1 4 0 R >> >> /Contents 5 0 R >>"),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        b"<< /Length %d >>\nstream\n" % len(content) + content + b"endstream",
        ("<< /Title <FEFF%s> /Producer (PRS scan) /CreationDate "
         "(D:20250301000000+08'00') >>" % title.encode("utf-16-be").hex().upper()
         ).encode("ascii"),
    ]
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += b"%d 0 obj\n" % i + o + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for o in offs:
        out += b"%010d 00000 n \n" % o
    out += (b"trailer\n<< /Size %d /Root 1 0 R /Info 6 0 R >>\nstartxref\n"
            b"%d\n%%%%EOF\n" % (len(objs) + 1, xref))
    return bytes(out)


def make_png(w, h, seed):
    hs = hashlib.sha256(seed.encode("utf-8")).digest()
    raw = bytearray()
    for y in range(h):
        raw.append(0)
        for x in range(w):
            if y < 14:
                r, g, b = 40 + hs[0] // 4, 70 + hs[1] // 4, 120 + hs[2] // 4
            elif (y // 9) % 3 == 0 and 10 < x < w - 10 - hs[(y // 9) % 32] % 40:
                r = g = b = 120 + hs[x % 32] // 8
            else:
                r = g = b = 246
            raw += bytes((r, g, b))

    def chunk(t, d):
        return (struct.pack(">I", len(d)) + t + d +
                struct.pack(">I", zlib.crc32(t + d) & 0xFFFFFFFF))
    return (b"\x89PNG\r\n\x1a\n" +
            chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0)) +
            chunk(b"IDAT", zlib.compress(bytes(raw), 9)) +
            chunk(b"IEND", b""))


# --------------------------------------------------------------------------
# Identity helpers (Message-ID, boundaries, dates)
# --------------------------------------------------------------------------
def _h(*parts):
    return hashlib.sha1("|".join(parts).encode("utf-8")).hexdigest()


def make_msgid(h, addr, dt):
    local, _, dom = addr.partition("@")
    dom = dom.lower()
    if dom == "gmail.com":
        return f"<CA{h[:10]}+{h[10:26].upper()}_{h[26:34]}@mail.gmail.com>"
    if dom in ("qq.com", "foxmail.com"):
        return f"<tencent_{h[:32].upper()}@qq.com>"
    if dom in ("163.com", "126.com"):
        return f"<{h[:8]}.{h[8:12]}.{h[12:23]}.Coremail.{local}@{dom}>"
    if dom.endswith("yahoo.com"):
        return f"<{int(h[:12], 16)}.{int(h[12:20], 16)}@mail.yahoo.com>"
    if "ariba.com" in dom:
        return f"<{int(h[:10], 16)}.{h[10:20]}.JavaMail.ariba@{dom}>"
    if "coupahost.com" in dom:
        return f"<{h[:24]}@coupahost.com>"
    kind = int(h[0], 16) % 3
    if kind == 0:
        pod = f"SG2PR0{int(h[1], 16) % 6 + 1}MB{int(h[2:5], 16) % 9000 + 1000}"
        return f"<{pod}{h[5:29].upper()}@{pod}.apcprd0{int(h[6], 16) % 6 + 1}.prod.outlook.com>"
    if kind == 1:
        return f"<{dt:%Y%m%d%H%M%S}.{h[:12]}@{dom}>"
    return f"<{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}@{dom}>"


def _tzinfo(spec):
    off = spec.get("tz", LANG_TZ[spec["lang"]])
    return timezone(timedelta(hours=off))


def _dt(spec, key="date", sec_seed=""):
    dt = _pdt(spec[key])
    sec = int(_h(sec_seed or spec["subj"], spec[key])[:4], 16) % 60
    return dt.replace(second=sec, tzinfo=_tzinfo(spec))


def compose_text(spec):
    text = spec["body"]
    if spec.get("q"):
        text = text.rstrip("\n") + "\n" + quote_block(spec["q"], spec)
    if spec.get("fw"):
        text = text.rstrip("\n") + "\n" + forward_block(spec["fw"])
    return text


def _attach(msg, att):
    name, kind, data = att
    if kind == "pdf":
        msg.add_attachment(make_pdf(data, title=name), maintype="application",
                           subtype="pdf", filename=name)
    elif kind == "png":
        w, hgt = data
        msg.add_attachment(make_png(w, hgt, name), maintype="image",
                           subtype="png", filename=name)
    elif kind == "csv":
        msg.add_attachment(data, subtype="csv", filename=name)
    else:
        raise ValueError(kind)


def _set_boundaries(msg, n, h, gmail):
    i = 0
    embedded = [p.get_payload(0) for p in msg.walk()
                if p.get_content_type() == "message/rfc822"]
    for part in msg.walk():
        if (part is not msg and "MIME-Version" in part
                and not any(part is e for e in embedded)):
            del part["MIME-Version"]
        if part.get_content_maintype() == "multipart":
            if gmail:
                b = f"000000000000{h[i * 4:i * 4 + 12]}"
            else:
                b = f"_{i:03d}_L{n:03d}{h[i:i + 20].upper()}_"
            part.set_boundary(b)
            i += 1


def _inner_message(d):
    m = EmailMessage(policy=POL)
    m["From"] = d["frm"]
    m["To"] = d["to"]
    m["Subject"] = d["subj"]
    dt = _pdt(d["date"]).replace(tzinfo=timezone(timedelta(hours=d["tz"])))
    m["Date"] = format_datetime(dt)
    m["Message-ID"] = make_msgid(_h("inner", d["subj"]), parseaddr(d["frm"])[1], dt)
    m.set_content(B(d["body"]))
    return m


def _report(msg, spec, n, h):
    r = spec["report"]
    rtype = "delivery-status" if r["kind"] == "dsn" else "disposition-notification"
    msg["MIME-Version"] = "1.0"
    msg["Content-Type"] = f"multipart/report; report-type={rtype}"
    human = MIMEPart(policy=POL)
    human.set_content(B(r["human"]))
    msg.attach(human)
    if r["kind"] == "dsn":
        ds = MIMEPart(policy=POL)
        ds["Content-Type"] = "message/delivery-status"
        blocks = []
        for fields in r["blocks"]:
            blk = Message(policy=POL)
            for k, v in fields:
                blk[k] = v
            blocks.append(blk)
        ds.set_payload(blocks)
        msg.attach(ds)
    else:
        md = MIMEPart(policy=POL)
        md["Content-Type"] = "message/disposition-notification"
        md.set_payload(r["mdn"])
        msg.attach(md)
    o = r["orig"]
    om = EmailMessage(policy=POL)
    om["From"] = o["frm"]
    om["To"] = o["to"]
    om["Subject"] = o["subj"]
    om["Date"] = o["date"]
    om["Message-ID"] = o["msgid"]
    om["MIME-Version"] = "1.0"
    om["Content-Type"] = 'text/plain; charset="utf-8"'
    hdr_text = om.as_string(policy=POL).split("\n\n", 1)[0] + "\n"
    oh = MIMEPart(policy=POL)
    oh["Content-Type"] = "text/rfc822-headers"
    oh.set_payload(hdr_text)
    msg.attach(oh)
    msg.set_boundary(f"{h[:8]}.{h[8:16]}/{parseaddr(spec['frm'])[1].split('@')[1]}")


def build(n, spec):
    frm_addr = parseaddr(spec["frm"])[1]
    h = _h("L", spec["frm"], spec["subj"], spec["date"])
    dt = _dt(spec)
    msg = EmailMessage(policy=POL)
    msg["From"] = spec["frm"]
    to = spec.get("to")
    if to is None:
        pool = TO_PH if spec["lang"] == "tl" else TO_SG
        to = pool[int(h[-2:], 16) % len(pool)]
    msg["To"] = to
    if spec.get("cc"):
        msg["Cc"] = spec["cc"]
    msg["Subject"] = spec["subj"]
    msg["Date"] = format_datetime(dt)
    msg["Message-ID"] = spec.get("msgid") or make_msgid(h, frm_addr, dt)
    if spec.get("q"):
        ref = f"<AR.{_h('ours', spec['q']['date'], spec['subj'])[:20].upper()}@pacificrimsupplies.com.sg>"
        msg["In-Reply-To"] = ref
        msg["References"] = ref
    for k, v in spec.get("hdrs", []):
        msg[k] = v
    shape = spec["shape"]
    if shape == "report":
        _report(msg, spec, n, h)
        return msg
    text = compose_text(spec)
    if shape == "html":
        msg.set_content(spec.get("html") or html_wrap(text, spec.get("font", "Calibri, Arial, sans-serif")),
                        subtype="html")
    elif shape == "alternative":
        msg.set_content(text)
        msg.add_alternative(spec.get("html") or html_wrap(text, spec.get("font", "Calibri, Arial, sans-serif")),
                            subtype="html")
    else:
        msg.set_content(text)
    for att in spec.get("att", []):
        _attach(msg, att)
    if spec.get("fwatt"):
        inner = _inner_message(spec["fwatt"])
        msg.add_attachment(inner, filename=spec["fwatt"]["subj"] + ".eml")
    _set_boundaries(msg, n, h, frm_addr.endswith("@gmail.com"))
    return msg

# ==========================================================================
# The messages
# ==========================================================================

# ----------------------------- Simplified Chinese (zh) --------------------
_t, _h1 = portal(
    "Coupa 供应商门户", "#1b6ac9", "您的发票已获批准",
    "华东永盛食品集团有限公司 已批准您通过 Coupa 供应商门户提交的以下发票。",
    [("供应商", "Pacific Rim Industrial Supplies Pte Ltd"),
     ("发票编号", "PRS-INV-250318"), ("发票日期", "2025-02-11"),
     ("采购订单", "PO-YS-2025-00871"), ("发票金额", "CNY 86,420.00"),
     ("付款条件", "月结60天"), ("预计付款日期", "2025-04-12")],
    "付款将由客户按照上述付款条件处理。您可以随时登录 Coupa 供应商门户查看发票及付款记录。",
    "此邮件由 Coupa 系统自动发送，请勿直接回复。Powered by Coupa Software",
    ("查看发票", "https://supplier.coupahost.com/invoices/8841207"))
add("portal_notification", "zh", "alternative",
    "华东永盛食品集团 (Coupa) <do_not_reply@ysfoods.coupahost.com>",
    "发票 PRS-INV-250318 已获批准", "2025-03-20 02:14", _t, html=_h1)

_t, _h1 = portal(
    "SAP Business Network", "#0a6ed1", "付款通知",
    "广东粤海食品有限公司 已通过 SAP Business Network 向 Pacific Rim Industrial Supplies Pte Ltd 发送付款通知。",
    [("付款编号", "2000456712"), ("付款日期", "2025年3月14日"),
     ("付款方式", "电汇"), ("付款金额", "USD 24,318.40"),
     ("已结发票 1", "PRS-INV-250036  USD 11,900.00"),
     ("已结发票 2", "PRS-INV-250047  USD 12,418.40")],
    "如需查看付款明细，请登录您的 SAP Business Network 供应商账户。",
    "本邮件由 SAP Business Network 自动生成，请勿回复。SAP Business Network 供应商 ANID: AN01057722411",
    ("查看付款通知", "https://service.ariba.com/Supplier.aw/ad/paymentDetail?id=2000456712"))
add("portal_notification", "zh", "html",
    "SAP Business Network <no-reply@ansmtp.ariba.com>",
    "广东粤海食品有限公司 已发送付款通知 - 付款编号 2000456712",
    "2025-03-14 18:40", html=_h1)

add("auto_reply", "zh", "plain",
    "陈雅琪 <1847392016@qq.com>",
    "自动回复: 付款提醒 - 逾期发票 PRS-INV-250114", "2025-02-03 10:02", """
这是来自QQ邮箱的假期自动回复邮件。

您好，我最近正在休假中（2月1日—2月9日），无法亲自回复您的邮件。我将在假期结束后，尽快给您回复。
急事请联系财务主管李先生，电话 0755-2683 1142。
""", to=AR_SG)

add("auto_reply", "zh", "report",
    "Mail Delivery Subsystem <postmaster@163.com>",
    "系统退信：对账单 - 2025年1月 / 厦门海川贸易", "2025-02-05 09:31",
    report=dict(
        kind="dsn",
        human="""
您好：

很抱歉，您发往 caiwu_lzh@163.com 的邮件未能成功投递。

退信原因：收件人邮箱空间已满，无法接收新邮件（552 5.2.2 Mailbox quota exceeded）。
建议：请通过其他方式联系收件人，待其清理邮箱后再重新发送。

原邮件主题：对账单 - 2025年1月 / 厦门海川贸易
原邮件发送时间：2025-02-05 09:30

此邮件由网易邮件系统自动发出，请勿回复。
""",
        blocks=[[("Reporting-MTA", "dns; m16-163.mail.163.com"),
                 ("Arrival-Date", "Wed, 5 Feb 2025 09:30:52 +0800")],
                [("Final-Recipient", "rfc822; caiwu_lzh@163.com"),
                 ("Action", "failed"), ("Status", "5.2.2"),
                 ("Diagnostic-Code", "smtp; 552 5.2.2 Mailbox quota exceeded")]],
        orig=dict(frm="Pacific Rim AR <ar@pacificrimsupplies.com.sg>",
                  to="caiwu_lzh@163.com",
                  subj="对账单 - 2025年1月 / 厦门海川贸易",
                  date="Wed, 05 Feb 2025 09:30:41 +0800",
                  msgid="<AR.9F2C41D0B7E6A1235C88@pacificrimsupplies.com.sg>")))

add("auto_reply", "zh", "plain",
    "宋涛 <songtao@ksxhongyuan.com>",
    "自动答复: 关于发票 PRS-INV-250209 的付款", "2025-03-11 14:27", """
您好，感谢来信。

本人3月10日至3月14日在外地出差，邮件可能无法及时回复。
付款、对账相关事宜请发送至 ap@ksxhongyuan.com，或致电 0512-5736 2210 转 806 找财务部周小姐。

宋涛
昆山宏远电子科技有限公司
""", to=OUR["huimin"],
    hdrs=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")])

add("remittance", "zh", "attachment",
    "黄丽萍 <huanglp@lianxing-pack.cn>",
    "已付款 - 发票 PRS-INV-250021/250034", "2025-03-04 16:48", """
您好！

发票 PRS-INV-250021 和 PRS-INV-250034 的货款共计 RMB 48,760.00，已于今天（3月4日）通过招商银行汇出，银行回单见附件，请查收并核销。

如有疑问请随时联系我。

黄丽萍 出纳
东莞市联兴包装材料有限公司
电话：0769-8552 3317
""", att=[("招商银行电子回单_20250304.pdf", "pdf", [
    "China Merchants Bank - Electronic Payment Receipt",
    "Transaction Date: 2025-03-04 16:21",
    "Payer: DONGGUAN LIANXING PACKAGING MATERIALS CO LTD",
    "Payer Account: 7699 **** **** 3318",
    "Beneficiary: PACIFIC RIM INDUSTRIAL SUPPLIES PTE LTD",
    "Beneficiary Bank: DBS BANK LTD, SINGAPORE",
    "Amount: CNY 48,760.00",
    "Remarks: PRS-INV-250021 PRS-INV-250034",
    "Status: SUCCESS",
    "Reference: CMB2503041621087734"])])

add("remittance", "zh", "reply",
    "周建国 <zhoujg@kaida-elec.com>",
    "回复: 付款提醒：逾期发票 PRS-INV-241187", "2025-02-19 11:05", """
林小姐您好，

这张发票的款我们昨天已经付了，金额 USD 12,430.00，银行汇款参考号 FT25049CN88172。跨境汇款一般2到3个工作日到账，请留意查收。

谢谢！

周建国
宁波凯达电气有限公司 财务部
电话：0574-8832 6650
""", to=OUR["huimin"], cc=AR_SG,
    q=Q("ol-zh", OUR["huimin"], "2025-02-17 15:20",
        reminder("zh", "周先生", "USD",
                 [("PRS-INV-241187", "2024-12-05", "2025-02-03", 12430.00)],
                 "林慧敏")))

add("remittance", "zh", "forward",
    "刘敏 <liumin@dingtai-chem.com>",
    "转发: 付款完成通知", "2025-03-18 16:10", """
Joanne 你好，

转发我们出纳的付款确认给你，三张发票已经全部付清，麻烦帮忙核销一下，有问题再联系。

刘敏
财务经理 | 上海鼎泰化工有限公司
""", to=OUR["joanne"], cc=AR_SG,
    fw=dict(style="ol-zh", frm="孙莉 <sunli@dingtai-chem.com>",
            date="2025-03-18 15:42", to="刘敏 <liumin@dingtai-chem.com>",
            subj="付款完成通知", text="""刘经理：

今天下午已通过中国银行付给 Pacific Rim 的三笔款项如下：
PRS-INV-250077    CNY 15,200.00
PRS-INV-250081    CNY  7,940.50
PRS-INV-250090    CNY 22,316.00
合计 CNY 45,456.50，电子回单已存档。

孙莉
"""))

add("remittance", "zh", "plain",
    "陈德胜 <tecksenghw@gmail.com>",
    "一月份货款", "2025-03-11 09:52", """
Hi，

我们一月份的三张单（250012、250019、250026）一共 SGD 6,482.40，今早已经用 PayNow 转过去了，交易编号 PN2503110928331。麻烦帮忙对一下，谢谢。

陈先生
德盛五金贸易 Teck Seng Hardware Trading
""")

add("remittance", "zh", "html",
    "吴芳 <wufang@hengtong-precision.com>",
    "付款通知 – 苏州恒通精密机械", "2025-02-27 17:33", """
Pacific Rim 应收团队：

我司已于2025年2月27日支付以下款项，特此通知：

付款方式：电汇（T/T）
汇出银行：中国工商银行苏州工业园区支行
付款金额：USD 31,805.60
对应发票：PRS-INV-250009（USD 18,200.00）、PRS-INV-250015（USD 13,605.60）

本次汇款手续费由我司承担，如需银行水单请告知。

此致
苏州恒通精密机械有限公司 财务部
吴芳
""", font="微软雅黑, Microsoft YaHei, sans-serif")

add("remittance", "zh", "reply",
    "马俊 <majun1987@126.com>",
    "Re: 对账单 - 截至2025年2月28日", "2025-03-12 10:18", """
你好，

对账单收到了。单子上的 PRS-INV-250102 和 PRS-INV-250108 两张，今天上午已经一起付了，合计 RMB 19,870.00，网银回单号 2025031200418，请查收后核销。

马俊
成都蓉信机电设备有限公司
""", q=Q("gm-zh", OUR["ar"], "2025-03-03 09:40",
         soa("zh", "成都蓉信机电设备有限公司 财务部", "2025年2月28日", "RMB",
             [("PRS-INV-250088", "2025-01-14", "2025-02-13", 6420.00),
              ("PRS-INV-250102", "2025-01-22", "2025-02-21", 12350.00),
              ("PRS-INV-250108", "2025-01-27", "2025-02-26", 7520.00),
              ("PRS-INV-250149", "2025-02-18", "2025-03-20", 4860.00)],
             "陈美玲")))

add("remittance", "zh", "plain",
    "郭静 <guojing_mj@163.com>",
    "货款已转 发票6620", "2025-04-02 15:06", """
您好：

发票6620的货款 ¥8,650.00 刚刚转到贵司人民币账户了，转账附言里写了发票号，请查收。

佛山市顺德区美嘉电器有限公司
郭静 13928476651
""")

add("invoice_request", "zh", "plain",
    "徐磊 <xulei@mingda-filter.com>",
    "请补开发票 - PO-HT-2501-0088", "2025-02-20 10:44", """
你好，

上个月（1月23日）到的那批滤芯，订单号 PO-HT-2501-0088，我们到现在都没有收到对应的发票。请补开一张发给我们，PDF就行，财务这边等着入账。

谢谢！

徐磊
杭州明达过滤设备有限公司 财务部
0571-8673 2291
""")

add("invoice_request", "zh", "reply",
    "赵晓燕 <2739104458@qq.com>",
    "回复：付款提醒：PRS-INV-250041 已逾期", "2025-03-06 14:22", """
您好，

你们提醒的这张 PRS-INV-250041 在我们系统里查不到，应该是当时的邮件漏收了。麻烦把这张发票重新发一份给我们，收到后会尽快走付款流程。

赵晓燕
青岛海星橡胶制品有限公司
""", q=Q("fm-zh", OUR["ar"], "2025-03-05 11:00",
         reminder("zh", "赵小姐", "RMB",
                  [("PRS-INV-250041", "2025-01-08", "2025-02-07", 23780.00)],
                  "林慧敏"),
         to="\"赵晓燕\"<2739104458@qq.com>;"))

add("invoice_request", "zh", "plain",
    "冯亮 <fengliang@tj-jingang.com>",
    "需要商业发票原件", "2025-01-15 09:20", """
Pacific Rim 财务：

你们邮件发过来的 PRS-INV-241206 是扫描件，我们海关报关和财务入账都需要有签字盖章的商业发票原件，扫描件不行。麻烦把发票原件快递到以下地址：

天津市西青经济技术开发区赛达三支路12号
天津津港机械配件有限公司 财务部 冯亮 收
电话 022-2397 5508

谢谢配合。
""")

add("invoice_request", "zh", "plain",
    "孙海燕 <sunhy@jinyuan-ss.com>",
    "麻烦发一下 Credit Note CN-250012", "2025-03-25 13:37", """
你好，

二月份我们退回了20箱不锈钢法兰，你们开了一张贷项通知单 CN-250012，当时的邮件找不到了。麻烦再发一份 Credit Note 的PDF过来，会计要附在凭证后面做账。

无锡金源不锈钢有限公司
孙海燕
""")

add("invoice_request", "zh", "forward",
    "赵婷 <zhaoting@tj-northbearing.com>",
    "转发: 上周的发票没收到", "2025-03-27 09:05", """
您好，

下面是我们采购同事的邮件。上周你们开的三张发票（对应送货单 DN-250317-02、DN-250318-05、DN-250320-01）我们财务这边一张都没收到，麻烦重新发一下，收件人请直接写我的邮箱。

谢谢
赵婷
天津北方轴承有限公司 应付组
""", fw=dict(style="ol-zh", frm="高峰 <gaofeng@tj-northbearing.com>",
             date="2025-03-26 17:12", to="赵婷 <zhaoting@tj-northbearing.com>",
             subj="上周的发票没收到", text="""赵婷，

新加坡 Pacific Rim 上周送了三批轴承，仓库都签收了，但我这边没看到发票，你那边收到了吗？没收到的话直接找他们 ar@pacificrimsupplies.com.sg 要。

高峰 采购部
"""))

add("invoice_request", "zh", "reply",
    "唐静怡 <jingyi.tang@sinah-me.com.sg>",
    "答复: Statement of Account – February 2025", "2025-03-07 11:41", """
Hi Serene，

我们的会计上个月离职了，之前的发票文件都找不到。对账单上列的二月份那几张发票，能不能全部重新发一次给我？最好合并成一个PDF，方便我们重新入账。

谢谢！
唐静怡
新亚机电工程私人有限公司
""", to=OUR["serene"],
    q=Q("ol-zh", OUR["serene"], "2025-03-03 10:05",
        soa("en", "Sin Ah M&E Engineering Pte Ltd", "28 February 2025", "SGD",
            [("PRS-INV-250112", "06/02/2025", "08/03/2025", 2345.60),
             ("PRS-INV-250124", "13/02/2025", "15/03/2025", 880.00),
             ("PRS-INV-250141", "24/02/2025", "26/03/2025", 5102.35)],
            "Serene Ong")))

add("statement_request", "zh", "plain",
    "袁志刚 <yuanzg@hx-trading.cn>",
    "请提供截至2024年12月31日的对账单（审计用）", "2025-01-09 15:30", """
您好！

我司正在进行2024年度审计，审计师要求提供主要供应商的往来对账单。请贵司提供截至2024年12月31日的对账单，列明每笔发票和收款，并加盖公司印章（电子章亦可），于1月20日前发给我们。

感谢支持！

袁志刚
厦门海川贸易有限公司 财务部
""")

add("statement_request", "zh", "reply",
    "曹颖 <caoying@suifeng-plastic.com>",
    "答复: 付款提醒 - 2025年3月", "2025-03-19 10:26", """
你好，

我们月底会统一安排一批供应商付款。付款之前想先对一下账，麻烦把我们目前所有未付发票的明细（对账单）发过来，包括已经开票但还没到期的。

谢谢
曹颖
广州穗丰塑胶有限公司
""", q=Q("ol-zh", OUR["huimin"], "2025-03-18 09:15",
         reminder("zh", "曹小姐", "RMB",
                  [("PRS-INV-250106", "2025-01-24", "2025-02-23", 9640.00),
                   ("PRS-INV-250133", "2025-02-07", "2025-03-09", 4275.00)],
                  "林慧敏")))

add("statement_request", "zh", "reply",
    "邓洁 <dengjie@ksxhongyuan.com>",
    "回复: 发票 PRS-INV-250214 / PO KS-25-0311", "2025-03-21 16:02", """
您好，发票收到了，谢谢。

另外能不能给我们发一份最新的对账单？我们想核对一下目前还有哪些发票没有结清。

邓洁
""", q=Q("ol-zh", OUR["meiling"], "2025-03-20 14:10",
         invmail("zh", "邓小姐", "PRS-INV-250214", "2025-03-20", "KS-25-0311",
                 "USD", 7380.00, "2025-04-19", "陈美玲")))

add("statement_request", "zh", "plain",
    "林海涛 <haitao.lim@unionhardware.com.sg>",
    "账龄表", "2025-04-03 11:15", """
Hello，

请问我们公司目前一共还欠你们多少？可以发一份账龄表给我吗？30天、60天、90天以上的分开列出来，90天以上的请单独标注。

谢谢 🙏
林海涛
联合五金（新加坡）私人有限公司
""")

add("statement_request", "zh", "html",
    "信达华会计师事务所 审计部 <audit.confirm@xindahua-cpa.cn>",
    "询证函 - 重庆山城齿轮有限公司（2024年度审计）", "2025-01-22 09:48", """
Pacific Rim Industrial Supplies Pte Ltd：

本所受托对重庆山城齿轮有限公司2024年度财务报表进行审计。按照中国注册会计师审计准则的要求，应当询证该公司与贵公司的往来账项。

根据该公司账簿记录，截至2024年12月31日，该公司应付贵公司余额为 USD 27,640.00。

请贵公司核对上述余额：若相符，请在回函中确认；若不符，请列明贵公司记录的金额及明细（可附对账单）。回函请直接寄至本所，勿寄该公司。

联系人：邓会计师 023-6370 8815

信达华会计师事务所（特殊普通合伙）重庆分所
2025年1月22日
""", font="宋体, SimSun, serif")

add("statement_request", "zh", "reply",
    "谢文斌 <2093817765@qq.com>",
    "回复：逾期账款提醒", "2025-02-25 15:40", """
您好，

你们邮件里只列了两张逾期发票，我们这边想看一下完整的往来明细。麻烦把今年1月1日到现在的对账单发一份过来，包括收款记录。

谢文斌
佛山市南海宏泰铝业有限公司
""", q=Q("fm-zh", OUR["meiling"], "2025-02-24 10:30",
         reminder("zh", "谢先生", "RMB",
                  [("PRS-INV-241215", "2024-12-18", "2025-01-17", 13920.00),
                   ("PRS-INV-250017", "2025-01-06", "2025-02-05", 6180.00)],
                  "陈美玲"),
         to="\"谢文斌\"<2093817765@qq.com>;"))

add("dispute", "zh", "reply",
    "程伟 <chengwei@huarui-hw.com>",
    "回复: 对账单 2025年3月", "2025-04-03 14:12", """
您好，

对账单收到。发票6613金额不对：我们订的是200件，单价 RMB 38.50，应该是 RMB 7,700.00，对账单上是 RMB 8,470.00，多了770元，请核实后更正。

其他几笔我们核对过，没有问题。

程伟
深圳市华锐五金制品有限公司 财务部
""", q=Q("ol-zh", OUR["ar"], "2025-04-01 09:30",
         soa("zh", "深圳市华锐五金制品有限公司 财务部", "2025年3月31日", "RMB",
             [("INV6598", "2025-02-06", "2025-03-08", 12640.00),
              ("INV6613", "2025-02-14", "2025-03-16", 8470.00),
              ("INV6631", "2025-03-04", "2025-04-03", 3215.50)],
             "陈美玲")))

add("dispute", "zh", "plain",
    "罗倩 <luoqian@ruida-fastener.com>",
    "PRS-INV-250129 单价与报价不符", "2025-02-26 10:37", """
你好，

收到发票 PRS-INV-250129，发票上的金额比报价高。报价单 QT-2501-045 上 M12×50 不锈钢螺栓的单价是 RMB 2.15/个，发票按 RMB 2.35 开的，5,000个一共多了 RMB 1,000.00。

请按报价单重新开票，这张发票我们先退回，不入账。

罗倩
江门市锐达紧固件有限公司
""")

add("dispute", "zh", "attachment",
    "何小红 <hexh@wf-zhenhua.com>",
    "3月12日到货破损 - 送货单 DN-250312-07", "2025-03-13 09:18", """
您好，

3月12日到的那批货（送货单 DN-250312-07，发票 PRS-INV-250188），卸货时发现有6箱外包装严重破损，里面的深沟球轴承已经进水生锈，照片见附件。

这6箱（共600套）我们不能收，请安排退货并开具贷项通知单。问题解决之前，这张发票我们暂不付款。

何小红
潍坊振华机械有限公司 仓储部
""", att=[("破损照片1.png", "png", (160, 120)), ("破损照片2.png", "png", (160, 120))])

add("dispute", "zh", "reply",
    "韩冰 <hanbing@byhi-parts.com>",
    "答复: 第二次付款提醒", "2025-03-10 13:50", """
你好，

你们这次催的 PRS-INV-250137 和 PRS-INV-250140 其实是同一批货，重复开票了。两张发票对应的送货单号都是 DN-2502-113，数量和金额也一模一样。

请作废其中一张，另一张我们会按正常账期付。

韩冰
沈阳北冶重工配件有限公司
""", q=Q("ol-zh", OUR["huimin"], "2025-03-10 09:00",
         reminder("zh", "韩先生", "RMB",
                  [("PRS-INV-250137", "2025-02-10", "2025-03-02", 16840.00),
                   ("PRS-INV-250140", "2025-02-11", "2025-03-03", 16840.00)],
                  "林慧敏", level=2)))

add("dispute", "zh", "plain",
    "叶青 <yeqing@qd-haixing.com>",
    "密封条数量不符 PO-QD-7781", "2025-03-28 16:25", """
您好：

订单 PO-QD-7781 订的是 1,200 米 EPDM 橡胶密封条，我们实收只有 960 米（仓库签收单上已备注），但发票 PRS-INV-250247 还是按 1,200 米收的费。

请补发剩下的 240 米，或者按实收数量改票，二选一，请尽快回复。

叶青
""")

add("dispute", "zh", "reply",
    "蔡佳 <caijia@luda-pack.com>",
    "回复: 第三次提醒：PRS-INV-241203 逾期未付", "2025-02-21 10:05", """
你好，

PRS-INV-241203 这笔款我们1月15日就已经付了，银行回单当时也发给你们了（发到 ar@ 邮箱）。这已经是第三次收到你们的催款邮件了。

请你们先核对一下自己的收款记录，确认后回复我，不要再发催款邮件了。

蔡佳
厦门鹭达包装有限公司 财务部
""", q=Q("ol-zh", OUR["meiling"], "2025-02-20 16:40",
         reminder("zh", "蔡小姐", "RMB",
                  [("PRS-INV-241203", "2024-12-10", "2025-01-09", 9315.00)],
                  "陈美玲", level=2)))

add("dispute", "zh", "forward",
    "魏东 <weidong@hzdx-valve.com>",
    "转发: Invoice PRS-INV-250201 from Pacific Rim", "2025-03-05 09:33", """
你好，

转回这张发票。我们是中国公司，货物是出口到宁波的，GST 应该是零税率，但发票上加了 9% GST（SGD 1,146.60）。请更正后重新开票。

魏东
杭州东兴阀门有限公司 财务
""", fw=dict(style="ol-zh", frm=OUR["ar"], date="2025-03-04 17:20",
             to="魏东 <weidong@hzdx-valve.com>",
             subj="Invoice PRS-INV-250201 from Pacific Rim",
             text=invmail("en", "Mr Wei", "PRS-INV-250201", "04/03/2025",
                          "DX-PO-25031", "SGD", 13886.60, "03/04/2025",
                          "Serene Ong")))

add("dispute", "zh", "reply",
    "潘杰 <panjie.cq@gmail.com>",
    "Re: 发票 PRS-INV-250219", "2025-03-24 11:48", """
你好，

发票是收到了，但这批货到今天都还没到，你们给的物流单号 SF1129384756 在顺丰上也查不到任何记录。货没收到之前这张发票我们不会入账，也不会安排付款，请先帮忙查一下货到底发了没有。

潘杰
重庆渝达汽配有限公司
""", q=Q("gm-zh", OUR["meiling"], "2025-03-14 15:00",
         invmail("zh", "潘先生", "PRS-INV-250219", "2025-03-14", "YD-2503-07",
                 "RMB", 15960.00, "2025-04-13", "陈美玲")))

add("dispute", "zh", "reply",
    "薛梅 <xuemei@hyd-tech.com.sg>",
    "答复: Invoices for March deliveries", "2025-03-29 10:15", """
Hi Joanne，

根据我们2025年的年度供货合同，液压油管的单价是 SGD 14.80/米，但这个月这三张发票都是按 SGD 16.20/米开的，差额一共 SGD 588.00（420米）。

请查一下，开 credit note 把差价退回来。

薛梅
恒宇液压科技私人有限公司 采购及财务
""", to=OUR["joanne"],
    q=Q("ol-zh", OUR["joanne"], "2025-03-27 17:45", """Hi Xue Mei,

Please find attached 3 invoices for the March deliveries:

PRS-INV-250251   12/03/2025   SGD 2,268.00
PRS-INV-250263   19/03/2025   SGD 2,592.00
PRS-INV-250279   26/03/2025   SGD 1,944.00

Kindly arrange payment by the due dates. Thanks!

Regards,
Joanne Tan
""" + SIG["sg"] + "\n"))

add("payment_promise", "zh", "reply",
    "胡斌 <hubin@boyuan-auto.com>",
    "回复: 付款提醒 - 2025年3月", "2025-03-25 09:30", """
您好，

这两张发票我们已经走完内部审批了，会放在3月31日的月末付款批次里一起付，到时付款后把水单发给您。请再稍等几天。

胡斌
浙江瑞安博远汽车配件有限公司
""", q=Q("ol-zh", OUR["huimin"], "2025-03-24 10:00",
         reminder("zh", "胡先生", "RMB",
                  [("PRS-INV-250121", "2025-02-03", "2025-03-05", 11480.00),
                   ("PRS-INV-250144", "2025-02-14", "2025-03-16", 8930.00)],
                  "林慧敏")))

add("payment_promise", "zh", "plain",
    "邱丽华 <qiulihua@gz-xinghui.com>",
    "关于 PRS-INV-250055 付款时间", "2025-03-13 15:20", """
林小姐您好，

由于我们的下游客户回款延迟，PRS-INV-250055（RMB 26,300.00）这笔要推迟到下周三，也就是3月19日付款。给您添麻烦了，请见谅。

邱丽华
广州星辉五金制品有限公司 财务
""", to=OUR["huimin"])

add("payment_promise", "zh", "reply",
    "梁玉梅 <liangyumei@163.com>",
    "Re: 对账单（截至2025年3月31日）", "2025-04-07 16:44", """
您好，

对账单已核对，余额 USD 9,814.25 无误。我们公司每月15号统一付款，这笔会在4月15日付清。

梁玉梅
中山市联丰照明电器有限公司
""", q=Q("gm-zh", OUR["ar"], "2025-04-01 10:20",
         soa("zh", "中山市联丰照明电器有限公司", "2025年3月31日", "USD",
             [("PRS-INV-250266", "2025-03-11", "2025-04-10", 4402.75),
              ("PRS-INV-250284", "2025-03-20", "2025-04-19", 5411.50)],
             "陈美玲")))

add("payment_promise", "zh", "plain",
    "沈燕 <shenyan@wx-hengda.com>",
    "关于欠款分期支付的申请", "2025-04-09 10:05", """
Pacific Rim 应收部：

因今年一季度资金周转比较紧张，我司目前欠贵司的货款 RMB 120,000.00 想申请分三期支付：

第一期  4月10日  RMB 40,000.00
第二期  5月10日  RMB 40,000.00
第三期  6月10日  RMB 40,000.00

每期付款后都会把水单发给你们。恳请贵司同意，感谢理解与支持。

沈燕
无锡恒达机电设备有限公司 财务部
""")

add("payment_promise", "zh", "plain",
    "曾强 <zengqiang@hx-tools.cn>",
    "节后付款安排", "2025-01-24 17:10", """
您好：

春节前公司的付款额度已经用完了，所有供应商的款项都排到节后处理。贵司的两张发票（PRS-INV-241219、PRS-INV-250004）预计2月12日左右一起支付，付款后会第一时间通知。

提前祝新春快乐！

曾强
东莞华兴工具有限公司
""")

add("payment_promise", "zh", "reply",
    "彭丽 <pengli@cd-tianyu.com>",
    "回复: 逾期发票提醒 PRS-INV-250230 / 250236", "2025-04-01 11:22", """
您好，

我们4月份的付款计划已经定了，这两张发票安排如下：

PRS-INV-250230  RMB 18,440.00  4月8日付款
PRS-INV-250236  RMB  5,210.00  4月22日付款

如有变动我会提前告诉您。

彭丽
成都天宇机械制造有限公司
""", q=Q("ol-zh", OUR["meiling"], "2025-03-31 14:00",
         reminder("zh", "彭小姐", "RMB",
                  [("PRS-INV-250230", "2025-02-26", "2025-03-28", 18440.00),
                   ("PRS-INV-250236", "2025-02-28", "2025-03-30", 5210.00)],
                  "陈美玲")))

add("payment_promise", "zh", "reply",
    "吕明 <lvming.sg@gmail.com>",
    "Re: Overdue reminder – Meng Kee Aircon & Engineering", "2025-03-17 20:14", """
收到。老板出差，明天晚上才回来，支票要他签，周四之前一定付。不好意思拖了这么久。

吕明
""", q=Q("gm-zh", OUR["serene"], "2025-03-17 10:02",
         reminder("en", "Mr Lu", "SGD",
                  [("PRS-INV-250060", "22/01/2025", "21/02/2025", 3180.00)],
                  "Serene Ong")))

add("other", "zh", "plain",
    "黄家伟 Wong Kah Wai <kahwai.wong@pacificrimsupplies.com.sg>",
    "周五中午一起吃饭？", "2025-03-12 15:37", """
慧敏，

周五中午有空吗？楼下新开了一家潮州粥，听说鱼片粥不错，我请客。顺便聊聊下个月去苏州、宁波拜访客户的安排。

家伟
""", to=AR_SG, cc=OUR["huimin"])

add("other", "zh", "plain",
    "邓海波 <denghb@nc-jiangxin.com>",
    "询价：304不锈钢无缝管", "2025-02-12 09:41", """
您好，

请报价以下产品：

304 不锈钢无缝管 Φ25×2mm，6米/根，数量 300 根
316L 不锈钢无缝管 Φ32×2.5mm，6米/根，数量 120 根

请报 CIF 深圳含税价，付款方式希望是 T/T 30天，并注明交货期。

谢谢！
邓海波 采购部
南昌江鑫机电设备有限公司
""")

add("other", "zh", "html",
    "五金机电周刊 <newsletter@wujin-weekly.com>",
    "【五金机电周刊】第112期：钢材价格回落，3月出口订单回暖", "2025-03-10 08:00",
    hdrs=[("List-Unsubscribe", "<https://www.wujin-weekly.com/unsubscribe?id=ar-prs-88213>"),
          ("Precedence", "bulk")],
    html="""<!DOCTYPE html>
<html>
<head><meta charset="utf-8"><title>五金机电周刊 第112期</title></head>
<body style="font-family:'Microsoft YaHei',sans-serif;background:#f2f2f2;margin:0">
<div style="max-width:640px;margin:0 auto;background:#ffffff;padding:20px">
<h1 style="color:#c0392b;font-size:22px">五金机电周刊 · 第112期</h1>
<p style="color:#888888">2025年3月10日 | 每周一出版</p>
<h3>1. 3月上旬热轧卷板价格环比下跌2.3%</h3>
<p>受下游需求偏弱影响，主要钢厂3月上旬出厂价小幅下调，业内预计月底前价格将维持震荡。</p>
<h3>2. 东南亚紧固件需求回暖</h3>
<p>新加坡、马来西亚基建项目陆续开工，不锈钢紧固件及管件出口订单环比增长约8%。</p>
<h3>3. 政策解读：出口退税新规对五金企业现金流的影响</h3>
<p>新规下退税周期缩短，专家建议企业提前梳理报关单据，合理安排账期。</p>
<p><a href="https://www.wujin-weekly.com/issue/112">阅读全文</a></p>
<hr>
<p style="font-size:12px;color:#999999">您收到此邮件是因为您订阅了五金机电周刊。<a href="https://www.wujin-weekly.com/unsubscribe?id=ar-prs-88213">退订</a></p>
</div>
</body>
</html>
""")

add("other", "zh", "plain",
    "任晓东 <renxd@sz-jiahe.com>",
    "关于我司办公地址变更的通知", "2025-03-26 10:00", """
尊敬的合作伙伴：

因业务发展需要，自2025年4月1日起，我司办公地址变更为：

江苏省苏州市工业园区星湖街328号创意产业园12栋5楼

公司名称、税号、银行账户及联系电话均保持不变。请贵司及时更新客户资料，此后寄送的发票、函件请使用新地址。

特此通知。

苏州嘉禾精密部件有限公司
行政部
2025年3月26日
""")

add("other", "zh", "plain",
    "邮件系统管理员 <admin@mailsecure-cn.top>",
    "【重要通知】您的邮箱容量已满，将停止接收新邮件", "2025-02-17 03:12", """
尊敬的用户 ar@pacificrimsupplies.com.sg：

系统检测到您的邮箱存储空间已使用 99.8%，超出部分的邮件将被系统自动退回。

请在24小时内点击下方链接进行免费扩容验证，否则您的账户将被暂停使用：

http://pacificrimsupplies-com-sg.mailbox-upgrade.top/verify?u=ar

此邮件为系统自动发送，请勿回复。
邮件安全中心
""", to=AR_SG)

# ----------------------------- Traditional Chinese (zh-hant) --------------
add("auto_reply", "zh-hant", "plain",
    "林怡君 <yijun.lin@yongfeng-prec.com.tw>",
    "自動回覆: 對帳單 - 2025年2月", "2025-02-27 09:12", """
您好：

本人於 2/26（三）至 3/3（一）休假，期間無法即時回覆郵件。
帳款、對帳相關事宜請洽會計部 張小姐，分機 215，或來信 acct@yongfeng-prec.com.tw。

造成不便，敬請見諒。

林怡君
永豐精密工業股份有限公司
""", to=AR_SG, hdrs=[("Auto-Submitted", "auto-replied")])

add("auto_reply", "zh-hant", "plain",
    "偉業工程 應付帳款 <ap-noreply@waiyip-eng.com.hk>",
    "已收到您的電郵 [個案編號 HK-250317-0042]", "2025-03-17 10:46", """
多謝您的來信。

此乃系統自動回覆，確認我們已收到 閣下的電郵，並已建立個案編號 HK-250317-0042。應付帳款組同事會於三個工作天內跟進。

如查詢付款進度，請於回覆時註明個案編號及發票號碼。請勿直接回覆此電郵。

偉業工程有限公司
應付帳款組
""", to=AR_SG, hdrs=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")])

add("remittance", "zh-hant", "reply",
    "陳淑芬 <shufen.chen@xinchang-mach.com.tw>",
    "回覆: 付款提醒：PRS-INV-250093", "2025-03-06 15:55", """
您好，

PRS-INV-250093 的款項 TWD 186,500 已於今天（3/6）由台灣銀行電匯給貴公司，匯款手續費由我方負擔，匯款單號 TB250306-77812。

請查收，謝謝！

陳淑芬
信昌機械股份有限公司 會計課
04-2359-1180 #31
""", q=Q("ol-hant", OUR["meiling"], "2025-03-04 10:30",
         reminder("zh-hant", "陳小姐", "TWD",
                  [("PRS-INV-250093", "2025-01-17", "2025-02-16", 186500.00)],
                  "陳美玲")))

add("remittance", "zh-hant", "attachment",
    "黃嘉欣 <kayan.wong@hangfat-hw.com.hk>",
    "付款通知書 – 恒發五金有限公司", "2025-03-07 12:20", """
敬啟者：

附件為本公司今日發出之付款通知書（Payment Advice），支票號碼 #004872，金額 HKD 42,360.00，用以支付 貴公司發票 PRS-INV-250044 及 PRS-INV-250052。

支票已以掛號郵件寄往 貴公司新加坡辦事處，請留意查收。

恒發五金有限公司
會計部 黃嘉欣
電話：2745 3318
""", att=[("PaymentAdvice_CHQ004872.pdf", "pdf", [
    "HANG FAT HARDWARE COMPANY LIMITED",
    "PAYMENT ADVICE",
    "Date: 07/03/2025",
    "Payee: Pacific Rim Industrial Supplies Pte Ltd",
    "Cheque No.: 004872   Bank: Hang Seng Bank",
    "Invoice PRS-INV-250044   HKD 25,180.00",
    "Invoice PRS-INV-250052   HKD 17,180.00",
    "Total paid: HKD 42,360.00",
    "Prepared by: K.Y. Wong   Approved by: C.M. Lau"])])

add("remittance", "zh-hant", "forward",
    "蘇志明 <chihming.su@dazheng-plastic.com.tw>",
    "轉寄: 【華南銀行】外匯匯出匯款通知", "2025-03-10 15:08", """
Pacific Rim 您好，

轉寄銀行的匯出匯款通知給您參考，這筆是我們 2 月份的貨款（PRS-INV-250107、PRS-INV-250119），請協助沖帳。

蘇志明
大正塑膠工業股份有限公司 財務部
""", fw=dict(style="ol-hant", frm="華南銀行 <ebank-notice@hncb.com.tw>",
             date="2025-03-10 14:22",
             to="蘇志明 <chihming.su@dazheng-plastic.com.tw>",
             subj="【華南銀行】外匯匯出匯款通知", text="""親愛的客戶您好：

您於 2025/03/10 14:22 透過企業網路銀行申請之外匯匯出匯款交易已處理完成，明細如下：

受款人：PACIFIC RIM INDUSTRIAL SUPPLIES PTE LTD
受款銀行：DBS BANK LTD, SINGAPORE
幣別／金額：USD 8,975.00
匯款性質：貨款
交易序號：HN20250310-0035127

本通知由系統自動發送，請勿直接回覆。
華南商業銀行
"""))

add("invoice_request", "zh-hant", "plain",
    "張雅婷 <yating.chang@hongyu-elec.com.tw>",
    "請郵寄發票正本 PRS-INV-250071", "2025-02-18 10:30", """
您好：

我們做帳需要發票正本（紙本），先前收到的只有電子檔。麻煩將 PRS-INV-250071 的發票正本郵寄到下列地址：

330 桃園市桃園區中正路 1071 號 8 樓
宏裕電子股份有限公司 會計部 張雅婷 收

謝謝您的協助！
""")

add("invoice_request", "zh-hant", "reply",
    "梁志偉 Ryan Leung <ryan.leung@leeda-trading.com.hk>",
    "回覆: Overdue reminder – PRS-INV-250117", "2025-03-12 17:20", """
Hi，

我哋冇收到呢張單（PRS-INV-250117），系統入面都搵唔到。可唔可以再 send 一次 invoice 畀我？收到之後我哋會即刻安排入數。

唔該晒！
Ryan
利達貿易有限公司
""", to=OUR["serene"],
    q=Q("ol-hant", OUR["serene"], "2025-03-12 09:30",
        reminder("en", "Mr Leung", "HKD",
                 [("PRS-INV-250117", "03/02/2025", "05/03/2025", 9870.00)],
                 "Serene Ong")))

add("invoice_request", "zh-hant", "alternative",
    "吳佩珊 <peishan.wu@yongfeng-prec.com.tw>",
    "請補寄折讓單 CN-250009", "2025-03-20 14:05", """
您好：

上個月因退貨開立的折讓單（Credit Note CN-250009，金額 TWD 24,800）我們這邊沒有存檔，會計師查帳時需要附上。

麻煩再寄一份 PDF 給我們，謝謝。

吳佩珊
永豐精密工業股份有限公司 會計部
""", font="新細明體, PMingLiU, serif")

add("statement_request", "zh-hant", "plain",
    "李國華 <kuohua.li@tc-jingcheng.com.tw>",
    "請寄對帳單", "2025-04-01 09:05", """
您好，

請寄對帳單（截至 3 月 31 日），我們要做第一季結帳，麻煩本週內提供。

謝謝
李國華
精成工業有限公司
""")

add("statement_request", "zh-hant", "html",
    "何美玲 May Ho <may.ho@kwongsang-eng.com.hk>",
    "要求提供 2025 年第一季月結單", "2025-04-08 11:32", """
您好，

我們的核數師正進行季度審閱，請提供 2025 年 1 月至 3 月的月結單（Statement of Account），列出每張發票、付款及結餘。

如方便，請於本週五前電郵給我。

多謝！

何美玲 May Ho
會計主任
廣生工程有限公司
""")

add("statement_request", "zh-hant", "reply",
    "許雅惠 <yahui.hsu@hsinchu-matl.com.tw>",
    "回覆: 發票 PRS-INV-250160", "2025-03-14 10:48", """
發票已收到，謝謝。

另外想麻煩您提供一份帳齡明細，列出我們所有尚未沖銷的發票及到期日，我們要準備半年度的帳務核對。

許雅惠
新竹科研材料股份有限公司
""", q=Q("ol-hant", OUR["meiling"], "2025-03-13 16:30",
         invmail("zh-hant", "許小姐", "PRS-INV-250160", "2025-03-13",
                 "HC-PO-2503-022", "TWD", 64200.00, "2025-04-12", "陳美玲")))

add("dispute", "zh-hant", "reply",
    "鄭文傑 <wenchieh.cheng@yongxin-hw.com.tw>",
    "回覆: 對帳單（截至 2025/2/28）", "2025-03-05 13:40", """
您好：

對帳單上第三筆 PRS-INV-250098（TWD 32,400）我們已經在 2 月 14 日整批退貨了，退貨單號 RT-0214，貴公司倉庫也有簽收。這筆應該要扣除，請更正對帳單後重新寄給我們。

其餘項目核對無誤。

鄭文傑
永信五金股份有限公司
""", q=Q("ol-hant", OUR["meiling"], "2025-03-03 10:00",
         soa("zh-hant", "永信五金股份有限公司 會計部", "2025/2/28", "TWD",
             [("PRS-INV-250058", "2025-01-20", "2025-02-19", 48750.00),
              ("PRS-INV-250083", "2025-01-29", "2025-02-28", 21600.00),
              ("PRS-INV-250098", "2025-02-04", "2025-03-06", 32400.00),
              ("PRS-INV-250126", "2025-02-17", "2025-03-19", 15900.00)],
             "陳美玲")))

add("dispute", "zh-hant", "plain",
    "陳家豪 Kenneth Chan <kenneth.chan@chunfung-hk.com>",
    "發票 PRS-INV-250174 單價有誤", "2025-03-18 16:12", """
你好，

發票上的金額比報價高：報價單 Q-25017 列明每個 HKD 118，但發票 PRS-INV-250174 每個收 HKD 126，一共 400 個，即係多收咗 HKD 3,200。

麻煩按報價更正，再發一張新發票畀我哋。

陳家豪
振豐機電工程有限公司
""")

add("dispute", "zh-hant", "attachment",
    "楊志豪 <chihhao.yang@dechang-prec.com.tw>",
    "品質異常通知 – 3/18 交貨軸承 6204ZZ", "2025-03-20 09:37", """
您好：

3 月 18 日交貨的深溝滾珠軸承 6204ZZ 共 2,000 顆（發票 PRS-INV-250232），本公司品保抽檢不良率達 7%，主要為異音及防塵蓋變形，檢驗報告如附件。

此批不良品我們將退回，請開立折讓單；在折讓單開立前，該發票暫不列入本月付款。

楊志豪
德昌精機股份有限公司 品保課
""", att=[("IQC_Report_6204ZZ_20250319.pdf", "pdf", [
    "DECHANG PRECISION MACHINERY CO., LTD. - Incoming Quality Inspection",
    "Part: Deep groove ball bearing 6204ZZ   Lot: PR250318-A",
    "Supplier: Pacific Rim Industrial Supplies Pte Ltd",
    "Received qty: 2,000 pcs   Sample size: 200 pcs",
    "Defects: abnormal noise 9 pcs, shield deformation 5 pcs",
    "Defect rate: 7.0%  (AQL limit 1.0%)",
    "Result: REJECT",
    "Inspector: C.H. Yang   Date: 2025/03/19"])])

add("dispute", "zh-hant", "plain",
    "譚詠詩 <winsy.tam@seaview-catering.com.hk>",
    "三月份月結單重複計數", "2025-04-04 15:21", """
Hello，

你哋三月份張月結單入面，PRS-INV-250131 出現咗兩次（3 月 5 日同 3 月 12 日都有），總數因此多計咗 HKD 15,880。我哋只係收過一次貨。

麻煩改返張月結單再發過嚟。

譚詠詩
海景餐飲設備有限公司
""")

add("payment_promise", "zh-hant", "reply",
    "王志強 <cc.wang@zhengde-ind.com.tw>",
    "回覆: 逾期帳款提醒", "2025-03-12 11:16", """
您好，

不好意思，本公司三月初更換會計系統，這期的付款作業延後了，貴公司的兩筆帳款預計下週五（3/21）匯出。

匯出後會再通知您，謝謝體諒。

王志強
正德工業股份有限公司
""", q=Q("ol-hant", OUR["meiling"], "2025-03-11 09:40",
         reminder("zh-hant", "王先生", "TWD",
                  [("PRS-INV-250072", "2025-01-24", "2025-02-23", 57300.00),
                   ("PRS-INV-250085", "2025-01-31", "2025-03-02", 38650.00)],
                  "陳美玲")))

add("payment_promise", "zh-hant", "plain",
    "周詠欣 Vivian Chow <vivian.chow@goldenharbour.com.hk>",
    "PRS-INV-250150 付款安排", "2025-03-27 10:20", """
Hi，

張單（PRS-INV-250150，HKD 27,540）會喺四月初嘅付款週期處理，大約 4 月 3 號過數，到時會 send 返入數紙畀你。

Thanks,
周詠欣 Vivian
金港物流設備有限公司
""")

add("payment_promise", "zh-hant", "plain",
    "劉美華 <meihua.liu@fengyuan-pack.com.tw>",
    "2 月份貨款付款方式說明", "2025-03-03 14:40", """
您好：

本公司付款條件為月結 60 天，一律開立支票。貴公司 2 月份的貨款 TWD 97,350 將開立 4 月 30 日到期的支票，預計於 3 月 15 日前以掛號寄出。

如需改以電匯支付，請提供匯款帳戶資料，我們再評估。

劉美華
豐原包裝材料有限公司 會計
""")

add("other", "zh-hant", "plain",
    "黃俊傑 <junjie.huang@taichung-gear.com.tw>",
    "2025 春酒邀請", "2025-02-03 10:00", """
Pacific Rim 各位朋友您好：

感謝貴公司過去一年來的支持與照顧。本公司謹訂於 2 月 14 日（星期五）晚上 6:30 在台中林酒店宴會廳舉辦春酒，誠摯邀請貴公司同仁蒞臨。

請於 2 月 7 日前回覆出席人數，方便安排座位。

台中精密齒輪股份有限公司
管理部 黃俊傑 敬邀
""")

add("other", "zh-hant", "alternative",
    "順豐速運 <noreply@sf-express.com>",
    "您的順豐快件 SF1402885531207 已寄出", "2025-03-19 18:05", """
親愛的客戶：

寄件人 偉業工程有限公司 已通過順豐速運向您寄出快件。

運單號：SF1402885531207
寄件地：香港九龍觀塘
收件人：Pacific Rim Industrial Supplies Pte Ltd
預計送達：2025年3月21日

您可使用順豐速運 App 或官方網站追蹤快件狀態。

此電郵由系統自動發出，請勿回覆。
順豐速運
""", to=AR_SG)

# ----------------------------- Tagalog / Taglish (tl) ---------------------
add("auto_reply", "tl", "plain",
    "Rowena Bautista <rbautista@sanisidro-builders.ph>",
    "Automatic reply: Statement of Account as of 28 February 2025", "2025-03-03 08:05", """
Hi! Naka-leave po ako from March 3 to March 7 at limited lang po ang access ko sa email.

Para sa mga concern sa payment at billing, paki-email po si Ms. Jonalyn Salazar (jsalazar@sanisidro-builders.ph) o tumawag sa (02) 8921-4470 loc. 12.

Salamat po!
Rowena
""", to=AR_PH, hdrs=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")])

add("auto_reply", "tl", "plain",
    "LAIC Accounts Payable <ap.helpdesk@luzonagro.com.ph>",
    "Natanggap na po namin ang inyong email - Ticket #AP-25-03188", "2025-03-20 13:11", """
Magandang araw!

Ito ay automatic na sagot mula sa Accounts Payable ng Luzon Agro-Industrial Corp. Natanggap na po namin ang inyong mensahe at sasagutin ito sa loob ng 3 hanggang 5 working days.

Kung follow-up po ito tungkol sa bayad, pakibanggit ang inyong vendor code at invoice number sa subject para mas mabilis ang pag-check.

Huwag po sagutin ang email na ito.

LAIC Accounts Payable
""", to=AR_PH, hdrs=[("Auto-Submitted", "auto-replied")])

add("remittance", "tl", "attachment",
    "Tina Dela Cruz <mcdelacruz@mabuhayhardware.com.ph>",
    "Payment - SI 004512 & 004530", "2025-03-05 15:47", """
Hi Ma'am Mika,

Nabayaran na po namin yung SI 004512 at SI 004530 via BDO online transfer kaninang 3PM, total Php 87,450.00. Attached po yung screenshot ng transfer at yung BIR 2307 para sa withholding.

Pakicheck na lang po at pa-update ng account namin. Thank you po!

Tina Dela Cruz
Accounting, Mabuhay Hardware Trading Corp.
""", to=OUR["mika"], cc=AR_PH,
    att=[("BDO_transfer_0305.png", "png", (180, 320)),
         ("2307_PacificRim_Mar2025.pdf", "pdf", [
             "BIR Form No. 2307 - Certificate of Creditable Tax Withheld at Source",
             "For the period: 01/01/2025 to 03/31/2025",
             "Payee: PACIFIC RIM INDUSTRIAL SUPPLIES PTE LTD - PHILIPPINE BRANCH",
             "Payor: MABUHAY HARDWARE TRADING CORP.",
             "ATC WC158  Income payment: PHP 88,333.33  Tax withheld: PHP 883.33",
             "Signed: Maria Cristina Dela Cruz, Accountant"])])

add("remittance", "tl", "reply",
    "Jerome Santos <jsantos@pampangametal.com.ph>",
    "RE: Payment Reminder - Overdue Invoice SI-004377", "2025-03-14 10:22", """
Good morning po Ma'am Pat,

Na-deposit na po namin kahapon (March 13) yung bayad para sa SI-004377, Php 23,600.00, sa Metrobank account ninyo. Reference no. 0313-8841-22.

Pa-update na lang po ng records ninyo para hindi na kami ma-remind ulit. Salamat po!

Jerome Santos
Pampanga Metalworks Inc.
""", to=OUR["pat"],
    q=Q("ol-en", OUR["pat"], "2025-03-12 09:00",
        reminder("en", "Mr. Santos", "PHP",
                 [("SI-004377", "10/01/2025", "09/02/2025", 23600.00)],
                 "Patricia Lopez", office="ph")))

add("remittance", "tl", "plain",
    "Ramil Garcia <ramilgarcia.qpp@gmail.com>",
    "bayad invoice 1893", "2025-03-14 18:32", """
Sir/Ma'am,

Nag-transfer na po kami through InstaPay ng Php 12,980.00 para sa invoice no. 1893 (Quezon Printing Press). Ref # 2025031412345678.

Paki-confirm na lang po kung pumasok na. Salamat!

Ramil
""")

add("remittance", "tl", "forward",
    "Liza Mendoza <liza.mendoza@batangasportlogistics.ph>",
    "Fwd: Fund Transfer Successful", "2025-03-07 11:05", """
Hello po,

FYI — eto po yung confirmation galing sa bangko namin para sa bayad ng February billing (SI 004588 to 004593). Paki-apply na lang po sa account namin.

Thanks po,
Liza
Batangas Port Logistics Inc.
""", fw=dict(style="gm-en", frm="BPI Online <bpionline-noreply@bpi.com.ph>",
             date="2025-03-07 10:41",
             to="liza.mendoza@batangasportlogistics.ph",
             subj="Fund Transfer Successful", text="""Dear Client,

Your fund transfer has been successfully processed.

Transfer Date: March 7, 2025 10:41 AM
From Account: ******4471
To: PACIFIC RIM INDUSTRIAL SUPPLIES PTE LTD - PHILIPPINE BRANCH
Bank: BDO Unibank
Amount: PHP 154,220.00
Reference No.: BPI-FT-2503070041187

Thank you for banking with BPI.
This is a system-generated email. Please do not reply.
"""))

add("remittance", "tl", "reply",
    "Arnel Castillo <arnel.castillo@visayascold.com.ph>",
    "Re: Overdue Invoices - Visayas Cold Storage", "2025-03-19 09:15", """
Magandang umaga po!

Naipadala na po namin kahapon via LBC ang tseke para sa SI 004488, 004491 at 004497: Security Bank Check No. 0048812, Php 46,315.50, dated March 18. Naka-address po sa Makati office ninyo, attention kay Ma'am Ivy.

LBC tracking: 1234 5678 9012. Paki-confirm na lang po pag natanggap na.

Arnel Castillo
Visayas Cold Storage Inc., Cebu
""", q=Q("gm-tl", OUR["ivy"], "2025-03-17 10:00",
         reminder("en", "Mr. Castillo", "PHP",
                  [("SI-004488", "20/01/2025", "19/02/2025", 18200.00),
                   ("SI-004491", "22/01/2025", "21/02/2025", 12615.50),
                   ("SI-004497", "27/01/2025", "26/02/2025", 15500.00)],
                  "Ivy Mercado", office="ph")))

add("remittance", "tl", "reply",
    "Marites Aquino <maquino@davaofreshpack.com>",
    "RE: Statement of Account as of 31 March 2025", "2025-04-04 14:30", """
Hi Ma'am Pat,

Salamat po sa SOA. Kanina lang po namin binayaran yung SI-004640 at SI-004652 — check no. 772301 (Php 61,870.00), na-pick up na po ng messenger ninyo bandang 1PM. Yung ibang items po ay tugma naman sa records namin.

Marites Aquino
Davao Fresh Packing Corp.
""", to=OUR["pat"], cc=AR_PH,
    q=Q("ol-en", OUR["pat"], "2025-04-01 09:30",
        soa("en", "Davao Fresh Packing Corp.", "31 March 2025", "PHP",
            [("SI-004598", "12/02/2025", "14/03/2025", 18450.00),
             ("SI-004640", "04/03/2025", "03/04/2025", 27320.00),
             ("SI-004652", "10/03/2025", "09/04/2025", 34550.00),
             ("SI-004690", "25/03/2025", "24/04/2025", 9900.00)],
            "Patricia Lopez", office="ph")))

add("invoice_request", "tl", "plain",
    "Jocelyn Villanueva <jocelyn.v@northpointsupply.ph>",
    "Request for copy of invoice - PO 2025-0412", "2025-04-10 13:20", """
Hi po,

Pwede po bang pakisend ulit ng copy ng invoice para sa PO 2025-0412? Hindi po namin mahanap sa files namin, at kailangan po ito para ma-process ang payment sa susunod na linggo.

Salamat po!
Jocelyn
Northpoint Construction Supply
""")

add("invoice_request", "tl", "reply",
    "Kristine Ramos <kristine.ramos@pasigelectrical.com.ph>",
    "Re: Friendly reminder - SI-004603", "2025-03-18 16:40", """
Hello Ma'am,

Wala pa po kaming natatanggap na original na SI-004603. Pakipadala po yung hard copy sa office namin sa Pasig (Unit 5B, Hanston Bldg., Ortigas), kasi hindi po namin mapo-process ang bayad kung scanned copy lang.

Salamat po,
Kristine Ramos
Pasig Electrical Supply Co.
""", q=Q("gm-tl", OUR["mika"], "2025-03-18 09:30",
         reminder("en", "Ms. Ramos", "PHP",
                  [("SI-004603", "14/02/2025", "16/03/2025", 15780.00)],
                  "Mika Reyes", office="ph")))

add("invoice_request", "tl", "alternative",
    "Joel Pascual <jpascual@centralluzonmotors.ph>",
    "Pakisend po ng credit memo - RGA-0227", "2025-03-21 10:12", """
Good day po!

Pakisend naman po ng copy ng credit memo para sa mga ibinalik naming items noong February 27 (RGA-0227, 15 pcs brake pads). Kailangan po ito ng accounting para ma-offset sa susunod naming bayad.

Thank you!
Joel Pascual
Central Luzon Motors Parts Center
""")

add("invoice_request", "tl", "plain",
    "Analyn Flores <analyn.flores@tarlacagri.com>",
    "Walang invoice yung delivery kahapon (DR 55821)", "2025-03-21 09:04", """
Hi team,

Na-receive na po namin yung delivery kahapon (DR 55821) pero walang kasamang sales invoice. Pakisend na lang po through email, okay na po ang PDF habang hinihintay ang original.

Salamat!
Analyn
Tarlac Agri-Supply
""")

add("statement_request", "tl", "plain",
    "Ron Soriano <rsoriano@ilocosbuilders.com>",
    "SOA as of March 31", "2025-04-01 08:52", """
Hi Ma'am Ivy,

Pakisend po ng SOA namin as of end of March. Magre-reconcile lang po kami bago mag-quarter close sa April 10.

Thanks po!
Ron Soriano
Ilocos Builders Depot
""", to=OUR["ivy"], cc=AR_PH)

add("statement_request", "tl", "reply",
    "Rhea Tolentino <rhea.tolentino@cavitemarine.ph>",
    "RE: Overdue Account - Cavite Marine Services", "2025-03-26 10:35", """
Good morning po.

Bago po namin i-process, pwede po bang makahingi muna ng updated statement of account? Gusto lang po naming makita lahat ng open invoices, kasama po yung mga credit memo at partial payments, para sigurado kami sa babayaran.

Rhea Tolentino
Cavite Marine Services Inc.
""", q=Q("ol-en", OUR["mika"], "2025-03-25 14:00",
         reminder("en", "Ms. Tolentino", "PHP",
                  [("SI-004546", "03/02/2025", "05/03/2025", 42300.00),
                   ("SI-004559", "07/02/2025", "09/03/2025", 16875.00)],
                  "Mika Reyes", office="ph", level=2)))

add("statement_request", "tl", "plain",
    "Dennis Navarro <dnavarro@pangasinanfeeds.com.ph>",
    "Balance confirmation for FY2024 audit", "2025-01-13 14:10", """
Hello po!

Nasa gitna po kami ng annual audit para sa FY2024. Paki-confirm po ang balance ng account namin sa inyo as of December 31, 2024, at pakisend na rin ng detailed statement (invoices at payments).

Kailangan po ito ng external auditor namin bago mag-January 31. Salamat po!

Dennis Navarro
Accounting Supervisor
Pangasinan Feeds Corp.
""")

add("statement_request", "tl", "reply",
    "Carmela Ocampo <carmela@bulacansteelfab.com>",
    "RE: Reminder: Outstanding Invoices", "2025-02-28 11:44", """
Hi,

Pwede po bang humingi ng aging ng account ng Bulacan Steel Fabricators? Yung naka-breakdown po sa current, 30, 60 at 90+ days. Medyo magulo po kasi ang records namin mula nang lumipat kami ng accounting system.

Salamat,
Carmela Ocampo
""", q=Q("ol-en", OUR["ivy"], "2025-02-27 15:00",
         reminder("en", "Ms. Ocampo", "PHP",
                  [("SI-004402", "12/12/2024", "11/01/2025", 27640.00),
                   ("SI-004455", "09/01/2025", "08/02/2025", 11230.00),
                   ("SI-004470", "16/01/2025", "15/02/2025", 8905.75)],
                  "Ivy Mercado", office="ph")))

add("statement_request", "tl", "forward",
    "Rodel Manansala <rodel.manansala@pacificrimsupplies.com.ph>",
    "FW: SOA request - Laguna Electro Parts", "2025-04-02 17:25", """
Hi AR team,

Pakisend daw po ng SOA kay Ms. Grace ng Laguna Electro Parts, kailangan nila bago mag-Friday para sa payment approval nila. Salamat!

Rodel
Sales - South Luzon
""", to=AR_PH,
    fw=dict(style="ol-en", frm="Grace Tuazon <grace.tuazon@lagunaelectroparts.com>",
            date="2025-04-02 15:10",
            to="Rodel Manansala <rodel.manansala@pacificrimsupplies.com.ph>",
            subj="SOA request", text="""Hi Rodel,

Pakisabi naman sa accounting ninyo na magpadala ng statement namin, yung lahat ng unpaid pa. Hindi ko kasi alam kung sino ang contact sa AR ninyo.

Salamat,
Grace
"""))

add("dispute", "tl", "plain",
    "Sheila Mae Cruz <sheilamae.cruz@rizalpackaging.com>",
    "Mali po ang presyo sa SI-004659", "2025-03-24 14:02", """
Good afternoon po.

Mali po ang presyo sa invoice SI-004659. Ang quoted price po sa amin ay Php 1,150.00 per roll (Quotation No. PQ-25-088), pero Php 1,280.00 ang naka-charge. 50 rolls po yun kaya Php 6,500.00 ang sobra.

Paki-correct po at pakisend ng revised invoice o credit memo.

Sheila Mae Cruz
Rizal Packaging Corp.
""")

add("dispute", "tl", "reply",
    "Bong Evangelista <bong.evangelista@gmail.com>",
    "Re: Statement of Account - Evangelista Trading", "2025-03-06 20:11", """
Hi Ma'am,

Sa SOA po na pinadala ninyo, yung SI-004602 (Php 22,750.00) ay hindi pa po namin natatanggap ang mga items. Wala pa pong delivery na dumating para diyan.

Hindi po dapat kasama yan sa balance namin hangga't hindi pa nade-deliver. Pakicheck po sa logistics ninyo.

Bong
Evangelista Trading, Lipa City
""", q=Q("gm-tl", OUR["ivy"], "2025-03-04 10:15",
         soa("en", "Evangelista Trading", "28 February 2025", "PHP",
             [("SI-004566", "05/02/2025", "07/03/2025", 9480.00),
              ("SI-004581", "11/02/2025", "13/03/2025", 13260.00),
              ("SI-004602", "14/02/2025", "16/03/2025", 22750.00)],
             "Ivy Mercado", office="ph")))

add("dispute", "tl", "attachment",
    "Ricky Domingo <ricky.domingo@pampangaricemill.ph>",
    "Sira yung 3 motors - DR 55907", "2025-03-27 16:18", """
Hello po,

Sa 12 pcs na electric motor (2HP) na dumating kahapon, DR 55907, 3 po ang sira — basag ang housing at hindi umaandar. Attached po ang mga picture.

Hindi po namin babayaran ang 3 pcs na yan hangga't wala pang replacement o credit memo. Paki-arrange po ng pick-up.

Ricky Domingo
Warehouse Supervisor, Pampanga Rice Mill Corp.
""", att=[("IMG_20250327_101522.png", "png", (200, 150)),
          ("IMG_20250327_101608.png", "png", (200, 150))])

add("dispute", "tl", "reply",
    "Aileen Fernandez <aileen.fernandez@cebumarinesupply.com>",
    "RE: 2nd Reminder - Overdue SI-004521", "2025-03-11 09:50", """
Ma'am,

Pangatlong beses na po kaming nire-remind pero bayad na po ito noong February 10 pa! May official receipt na nga po kami galing sa inyo (OR No. 11872).

Pakiayos naman po ng records ninyo at pakitanggal na kami sa listahan ng overdue. Nakakahiya po sa management namin.

Aileen Fernandez
Cebu Marine Supply Co.
""", q=Q("ol-en", OUR["mika"], "2025-03-10 14:30",
         reminder("en", "Ms. Fernandez", "PHP",
                  [("SI-004521", "06/01/2025", "05/02/2025", 31400.00)],
                  "Mika Reyes", office="ph", level=2)))

add("dispute", "tl", "plain",
    "Francis Valdez <fvaldez@clarkprecision.com.ph>",
    "Wrong VAT on SI-004671 - PEZA registered", "2025-03-31 11:25", """
Hi,

Yung invoice po ninyo SI-004671 ay may 12% VAT (Php 8,640.00), pero PEZA-registered po kami sa Clark Freeport Zone kaya zero-rated dapat ang sale. Naka-file po sa inyo ang PEZA certificate namin since last year.

Pakireissue po with the correct VAT treatment. Hindi po ito matatanggap ng accounting namin as is.

Francis Valdez
Clark Precision Components Inc.
""")

add("dispute", "tl", "reply",
    "Mylene Castro <mylene.castro@nuevaecijaagri.com>",
    "RE: SOA - February 2025", "2025-03-05 15:33", """
Hello po,

Sa SOA ninyo, dalawang beses po kaming na-bill para sa parehong delivery (DR 55740): SI-004571 at SI-004575, parehong Php 14,300.00. Isa lang po ang natanggap naming delivery.

Pakicancel po yung isa at pakisend ng updated SOA.

Mylene Castro
Nueva Ecija Agri Trading
""", q=Q("ol-en", OUR["pat"], "2025-03-03 11:00",
         soa("en", "Nueva Ecija Agri Trading", "28 February 2025", "PHP",
             [("SI-004549", "04/02/2025", "06/03/2025", 7820.00),
              ("SI-004571", "10/02/2025", "12/03/2025", 14300.00),
              ("SI-004575", "11/02/2025", "13/03/2025", 14300.00)],
             "Patricia Lopez", office="ph"),
         subj="SOA - February 2025"))

add("dispute", "tl", "reply",
    "Noel Lim <noel.lim@binondotrading.com>",
    "RE: Invoice SI-004684 - Binondo Hardware", "2025-03-28 13:55", """
Good day.

Sa invoice po, 40 boxes ang naka-bill pero 34 boxes lang po ang dumating. Naka-note po ito sa DR na pinirmahan ng receiving namin.

Paki-adjust po ang invoice sa 34 boxes lang, o ipadala ang kulang na 6 boxes.

Noel Lim
Binondo Hardware & Trading
""", q=Q("ol-en", OUR["ivy"], "2025-03-26 16:00",
         invmail("en", "Mr. Lim", "SI-004684", "26/03/2025", "BHT-0319",
                 "PHP", 58000.00, "25/04/2025", "Ivy Mercado", office="ph")))

add("payment_promise", "tl", "reply",
    "Janet Torres <janet.torres@marikinashoes.ph>",
    "Re: Payment Reminder - SI-004533", "2025-03-17 10:40", """
Hi Ma'am Mika,

Pasensya na po sa delay. Babayaran po namin sa Biyernes (March 21) yung SI-004533, Php 38,900.00, via bank transfer. Ise-send ko po agad ang deposit slip pagkatapos.

Janet Torres
Marikina Footwear Supplies
""", q=Q("gm-tl", OUR["mika"], "2025-03-14 09:00",
         reminder("en", "Ms. Torres", "PHP",
                  [("SI-004533", "30/01/2025", "01/03/2025", 38900.00)],
                  "Mika Reyes", office="ph")))

add("payment_promise", "tl", "plain",
    "Edwin De Guzman <edeguzman@bataanshipyard.com.ph>",
    "Check run schedule - April", "2025-03-28 09:20", """
Good morning.

For your info po, ang next check run namin ay sa April 4. Kasama na po doon ang SI-004611 at SI-004618 ninyo, total Php 72,480.00. Pwede na pong ipa-pick up ang tseke simula April 7.

Edwin De Guzman
Bataan Shipyard Services
""")

add("payment_promise", "tl", "plain",
    "Maricel Rivera <maricel.rivera@quezonagrovet.com>",
    "Request po ng hulugan para sa balance", "2025-04-07 11:00", """
Hi po,

Medyo tight po ang cash flow namin ngayong quarter dahil late ang collection sa mga customer namin. Pwede po bang hatiin sa tatlong hulog ang Php 270,000.00 na balance namin?

April 15 – Php 90,000.00
May 15 – Php 90,000.00
June 15 – Php 90,000.00

Magbibigay po kami ng post-dated checks kung kailangan. Salamat po sa pag-unawa.

Maricel Rivera
Quezon Agrovet Supply
""")

add("payment_promise", "tl", "reply",
    "Leo Gutierrez <leo.gutierrez@iloiloagri.com.ph>",
    "RE: SOA - March 2025", "2025-04-03 15:10", """
Salamat po sa SOA, tama naman po lahat ng nakalista. Ipo-process na po ng treasury at maglalabas kami ng check sa katapusan ng buwan (April 30).

Leo Gutierrez
Iloilo Agri-Ventures Corp.
""", q=Q("ol-en", OUR["pat"], "2025-04-01 10:45",
         soa("en", "Iloilo Agri-Ventures Corp.", "31 March 2025", "PHP",
             [("SI-004629", "28/02/2025", "30/03/2025", 21760.00),
              ("SI-004663", "13/03/2025", "12/04/2025", 18945.00),
              ("SI-004688", "24/03/2025", "23/04/2025", 6310.00)],
             "Patricia Lopez", office="ph"),
         subj="SOA - March 2025"))

add("payment_promise", "tl", "plain",
    "Tess Samonte <tess.samonte@yahoo.com>",
    "re: bayad", "2025-03-20 19:48", """
Ms. Pat,

Next week na po namin mababayaran, hinihintay pa po ang pirma ni boss sa voucher. By Wednesday po sigurado.

Tess
Samonte Auto Supply
""", to=OUR["pat"])

add("payment_promise", "tl", "reply",
    "Kevin Yap <kevin.yap@manilabaymetals.com>",
    "RE: Overdue invoices - Manila Bay Metals", "2025-04-02 14:05", """
Dear AR Team,

Isasama po namin sa payment run sa Martes (April 8) ang tatlong overdue invoices ninyo. Expect po ang transfer within 1-2 banking days pagkatapos noon.

Regards,
Kevin Yap
Manila Bay Metals Corp.
""", q=Q("ol-en", OUR["ivy"], "2025-04-01 16:00",
         reminder("en", "Mr. Yap", "PHP",
                  [("SI-004522", "05/02/2025", "07/03/2025", 19850.00),
                   ("SI-004545", "12/02/2025", "14/03/2025", 33120.00),
                   ("SI-004579", "20/02/2025", "22/03/2025", 12400.00)],
                  "Ivy Mercado", office="ph")))

add("other", "tl", "plain",
    "Lovely Buenaventura <lovely.buenaventura@pacificrimsupplies.com.ph>",
    "Lunch sa Friday?", "2025-03-19 11:03", """
Guys,

Lunch tayo sa Friday? Birthday ni Ma'am Pat! Ambag-ambag tayo ng Php 200 each para sa cake, abot n'yo na lang sa akin bago mag-Thursday. Sa Mang Inasal ba o sa Jollibee? 😄

Lovely
""", to=AR_PH)

add("other", "tl", "plain",
    "Pia Morales <pia.morales@morales-industrial.ph>",
    "Re: Visit sa office ninyo", "2025-03-26 16:22", """
Sige po Ma'am Mika, see you Friday sa office ninyo, 2PM. Dadalhin ko na rin yung mga sample ng bagong gaskets para makita ng team ninyo.

Pia
""", to=OUR["mika"])

add("other", "tl", "attachment",
    "Jun Aguilar <jun.aguilar@subicfreight.com.ph>",
    "BIR Form 2307 - Q1 2025", "2025-04-10 10:30", """
Hi po,

Attached po ang BIR Form 2307 (Certificate of Creditable Tax Withheld at Source) namin para sa Q1 2025. Paki-acknowledge na lang po pag natanggap ninyo.

Salamat,
Jun Aguilar
Subic Freight Forwarders Inc.
""", att=[("BIR2307_Q1-2025_PacificRim.pdf", "pdf", [
    "BIR Form No. 2307 - Certificate of Creditable Tax Withheld at Source",
    "For the period: 01/01/2025 to 03/31/2025",
    "Payee: PACIFIC RIM INDUSTRIAL SUPPLIES PTE LTD - PHILIPPINE BRANCH",
    "Payor: SUBIC FREIGHT FORWARDERS INC.",
    "ATC WC158  Income payments: PHP 214,600.00  Tax withheld: PHP 2,146.00",
    "Signed: Jun Aguilar, Finance Officer"])])

add("other", "tl", "plain",
    "Dindo Bernardo <dindo@valenzuelaweld.com>",
    "Order po - E6013 welding rod", "2025-02-13 10:10", """
Good day!

Pa-quote at pa-order na rin po ng 20 boxes na E6013 welding rod, 3.2mm. Same price pa rin po ba sa last order namin? Pakideliver na lang po sa warehouse namin sa Valenzuela, Monday to Saturday, 8AM-5PM.

Dindo Bernardo
Valenzuela Welding Works
""")

add("other", "tl", "forward",
    "Gina Roxas <gina.roxas@laguna-gardencenter.ph>",
    "FW: Abiso ng pagbabago ng bank account", "2025-04-08 09:40", """
Hello po,

For your information po, eto po yung official notice ng finance manager namin tungkol sa bago naming bank account. Para lang po ito sa mga refund o anumang ibabalik sa amin.

Gina Roxas
""", fw=dict(style="ol-en", frm="Herminio Lacson <h.lacson@laguna-gardencenter.ph>",
             date="2025-04-07 17:00",
             to="suppliers@laguna-gardencenter.ph",
             subj="Abiso ng pagbabago ng bank account", text="""Magandang araw po.

Pinapaalam po namin na simula April 15, 2025, lumipat na ang Laguna Garden & Agri Center sa UnionBank. Para sa mga refund o anumang ibabalik sa amin, gamitin na po ang bagong account:

Account Name: Laguna Garden & Agri Center Inc.
Bank: UnionBank of the Philippines, Sta. Rosa Branch
Account No.: 0012-3456-7890

Ang dati naming account sa PNB ay isasara na. Para sa verification, tumawag po sa (049) 541-2280.

Herminio Lacson
Finance Manager
"""))

# ----------------------------- Asian business English (en) ----------------
_t, _h1 = portal(
    "coupa supplier portal", "#1a73c8", "Invoice approved",
    "Meridian Foods Australia Pty Ltd has approved the following invoice submitted through the Coupa Supplier Portal.",
    [("Customer", "Meridian Foods Australia Pty Ltd"),
     ("Invoice #", "PRS-INV-250073"), ("Invoice Date", "07/02/2025"),
     ("PO #", "7004581"), ("Total", "USD 18,940.00"), ("Status", "Approved"),
     ("Payment Terms", "Net 45"), ("Expected Payment Date", "24/03/2025")],
    "Payment will be issued according to the payment terms above. You can log in to the Coupa Supplier Portal at any time to check the invoice and payment status.",
    "Powered by Coupa | This is an automated notification. Replies to this address are not monitored.",
    ("View invoice", "https://supplier.coupahost.com/invoices/5522918"))
add("portal_notification", "en", "html",
    "Meridian Foods (via Coupa) <do_not_reply@meridianfoods.coupahost.com>",
    "Invoice PRS-INV-250073 has been approved", "2025-02-21 06:12",
    html=_h1, tz=11)

_t, _h1 = portal(
    "SAP Business Network", "#0a6ed1", "New purchase order",
    "Harbourline Logistics Pte Ltd has sent you a new purchase order through SAP Business Network.",
    [("PO Number", "4500219837"), ("Order Date", "6 Mar 2025"),
     ("Amount", "SGD 7,412.50"),
     ("Ship To", "Harbourline Logistics, 15 Pandan Loop, Singapore 128240"),
     ("Requested Delivery", "20 Mar 2025"), ("Supplier ANID", "AN01057722411")],
    "To view the purchase order, send an order confirmation or create an invoice, click Process order.",
    "SAP Business Network | You received this email because you are a registered supplier of Harbourline Logistics Pte Ltd. Please do not reply to this email.",
    ("Process order", "https://service.ariba.com/Supplier.aw/ad/po?id=4500219837"))
add("portal_notification", "en", "alternative",
    "SAP Business Network <ordersender-prod@ansmtp.ariba.com>",
    "Harbourline Logistics Pte Ltd sent a new Purchase Order 4500219837",
    "2025-03-06 03:44", _t, html=_h1)

_t, _h1 = portal(
    "Taulia", "#00857c", "Get paid early",
    "Good news! Keystone Marine Group has approved 3 of your invoices and they are eligible for early payment.",
    [("PRS-INV-250198", "USD 6,210.00 - due 22 Apr 2025"),
     ("PRS-INV-250206", "USD 4,880.00 - due 28 Apr 2025"),
     ("PRS-INV-250215", "USD 9,030.00 - due 02 May 2025"),
     ("Total", "USD 20,120.00"), ("Early payment discount", "1.15%"),
     ("You receive", "USD 19,888.62 on 27 Mar 2025")],
    "Click Request Payment in the Taulia Supplier Portal to accept this offer. The offer is valid until 26 Mar 2025, 11:59 PM SGT.",
    "Taulia, an SAP company | You are receiving this message as a registered supplier of Keystone Marine Group. Manage notifications in your profile settings.",
    ("Request payment", "https://portal.taulia.com/supplier/early-payment/KMG-7781"))
add("portal_notification", "en", "html",
    "Taulia <no-reply@taulia.com>",
    "Get paid early: 3 approved invoices from Keystone Marine Group",
    "2025-03-24 22:05", html=_h1)

_t, _h1 = portal(
    "coupa supplier portal", "#1a73c8", "Invoice rejected - action required",
    "Coastal Agri Holdings Sdn Bhd has rejected invoice PRS-INV-250166. Please review the comment below and resubmit a corrected invoice or credit note through the Coupa Supplier Portal.",
    [("Invoice #", "PRS-INV-250166"), ("Amount", "MYR 22,615.00"),
     ("PO #", "CAH-PO-118820"),
     ("Reason", "Price does not match PO line 2 (MYR 41.50 vs 45.00)"),
     ("Rejected by", "Farah Izzati (Accounts Payable)")],
    "Rejected invoices will not be paid. Log in to create a credit note or a new invoice.",
    "Powered by Coupa | This is an automated notification. Replies to this address are not monitored.",
    ("Open invoice", "https://supplier.coupahost.com/invoices/5530264"))
add("portal_notification", "en", "alternative",
    "Coastal Agri Holdings (via Coupa) <do_not_reply@coastalagri.coupahost.com>",
    "Invoice PRS-INV-250166 was rejected by Coastal Agri Holdings",
    "2025-03-18 11:26", _t, html=_h1)

add("auto_reply", "en", "report",
    "Mail Delivery System <MAILER-DAEMON@mx2.kaitian-logistics.com>",
    "Undelivered Mail Returned to Sender", "2025-03-03 09:02",
    to=AR_SG, msgid="<20250303010238.4Z7Q2k3Hn1z9sVw@mx2.kaitian-logistics.com>",
    report=dict(
        kind="dsn",
        human="""
This is the mail system at host mx2.kaitian-logistics.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<accounts.payable@kaitian-logistics.com>: host
    mx2.kaitian-logistics.com[10.20.4.15] said: 550 5.1.1
    <accounts.payable@kaitian-logistics.com>: Recipient address rejected:
    User unknown in virtual mailbox table (in reply to RCPT TO command)
""",
        blocks=[[("Reporting-MTA", "dns; mx2.kaitian-logistics.com"),
                 ("X-Postfix-Queue-ID", "4Z7Q2k3Hn1z9sVw"),
                 ("X-Postfix-Sender", "rfc822; ar@pacificrimsupplies.com.sg"),
                 ("Arrival-Date", "Mon,  3 Mar 2025 09:02:11 +0800 (+08)")],
                [("Final-Recipient", "rfc822; accounts.payable@kaitian-logistics.com"),
                 ("Original-Recipient", "rfc822;accounts.payable@kaitian-logistics.com"),
                 ("Action", "failed"), ("Status", "5.1.1"),
                 ("Remote-MTA", "dns; mx2.kaitian-logistics.com"),
                 ("Diagnostic-Code", "smtp; 550 5.1.1 <accounts.payable@kaitian-logistics.com>: Recipient address rejected: User unknown in virtual mailbox table")]],
        orig=dict(frm="Pacific Rim AR <ar@pacificrimsupplies.com.sg>",
                  to="accounts.payable@kaitian-logistics.com",
                  subj="Statement of Account as at 28 February 2025 - Kaitian Logistics",
                  date="Mon, 03 Mar 2025 09:01:58 +0800",
                  msgid="<AR.5D0E77A91C3B42F8E610@pacificrimsupplies.com.sg>")))

add("auto_reply", "en", "report",
    "Nguyen Van Hung <hung.nv@saigonpacking.vn>",
    "Read: Payment reminder - invoice PRS-INV-250153", "2025-03-12 08:47",
    tz=7, to=AR_SG,
    report=dict(
        kind="mdn",
        human="""
Your message

  To: Nguyen Van Hung
  Subject: Payment reminder - invoice PRS-INV-250153
  Sent: Wednesday, 12 March 2025 8:30 AM (UTC+08:00) Kuala Lumpur, Singapore

was read on Wednesday, 12 March 2025 7:47 AM (UTC+07:00) Bangkok, Hanoi, Jakarta.
""",
        mdn=("Reporting-UA: saigonpacking.vn; Microsoft Outlook 16.0\n"
             "Final-Recipient: rfc822;hung.nv@saigonpacking.vn\n"
             "Original-Message-ID: <AR.0B61C2E95F7A4D3E9A12@pacificrimsupplies.com.sg>\n"
             "Disposition: manual-action/MDN-sent-manually; displayed\n"),
        orig=dict(frm="Pacific Rim AR <ar@pacificrimsupplies.com.sg>",
                  to="Nguyen Van Hung <hung.nv@saigonpacking.vn>",
                  subj="Payment reminder - invoice PRS-INV-250153",
                  date="Wed, 12 Mar 2025 08:30:12 +0800",
                  msgid="<AR.0B61C2E95F7A4D3E9A12@pacificrimsupplies.com.sg>")))

add("remittance", "en", "attachment",
    "Sarah O'Brien <accounts.payable@coastaleng.com.au>",
    "Payment Advice - Coastal Engineering Group - EFT 12/03/2025", "2025-03-12 16:20", """
Hi there,

Please find attached our payment advice for the EFT processed today, 12/03/2025, for USD 14,200.00. The payment covers invoices PRS-INV-250095 and PRS-INV-250111.

Funds should clear in 1-2 business days depending on your bank.

Kind regards,
Sarah O'Brien
Accounts Payable Officer
Coastal Engineering Group Pty Ltd
Level 4, 66 Clarence Street, Sydney NSW 2000
""", tz=11, att=[("PaymentAdvice_EFT0031877.pdf", "pdf", [
    "COASTAL ENGINEERING GROUP PTY LTD   ABN 51 604 221 877",
    "REMITTANCE ADVICE - EFT0031877",
    "Payment date: 12/03/2025",
    "Paid to: Pacific Rim Industrial Supplies Pte Ltd (Vendor 200418)",
    "Invoice            Inv Date      Amount USD",
    "PRS-INV-250095     27/01/2025      8,650.00",
    "PRS-INV-250111     05/02/2025      5,550.00",
    "Total paid                        14,200.00"])])

add("remittance", "en", "plain",
    "Nguyen Thi Lan <lan.nguyen@hanoimech.com.vn>",
    "Payment done for invoice PRS-INV-250138", "2025-03-05 15:30", """
Dear Sir/Madam,

We have done the payment for invoice no. PRS-INV-250138 with amount USD 5,640.00 today via Vietcombank. The bank slip will be sent to you after we receive it from the bank.

Kindly check and confirm the receipt at your side.

Best regards,
Nguyen Thi Lan
Chief Accountant
Hanoi Mechanical Components JSC
""", tz=7)

add("remittance", "en", "forward",
    "Kelvin Chua <kelvin.chua@pacificrimsupplies.com.sg>",
    "FW: TT copy - invoices 250104 & 250116", "2025-03-11 14:02", """
Hi Joanne,

Customer sent the TT details to me instead of AR. See attached mail from Rajesh. Pls update on your side.

Thanks
Kelvin
""", to=OUR["joanne"], cc=AR_SG,
    fwatt=dict(frm="Rajesh Kumar <rajesh.kumar@chennaipumps.in>",
               to="Kelvin Chua <kelvin.chua@pacificrimsupplies.com.sg>",
               subj="TT copy - invoices 250104 & 250116",
               date="2025-03-11 12:15", tz=5.5, body="""
Dear Kelvin,

Greetings from Chennai.

Please be informed that we have remitted USD 22,870.00 today through HDFC Bank against your invoices PRS-INV-250104 and PRS-INV-250116. UTR No. HDFCR52025031100712.

Kindly arrange to update the same with your accounts team and acknowledge.

Warm regards,
Rajesh Kumar
Manager - Finance
Chennai Pumps & Valves Pvt. Ltd.
"""))

add("remittance", "en", "alternative",
    "Siriporn Chaiyasit <siriporn.c@bkkfoodmach.co.th>",
    "Transfer confirmation - invoice PRS-INV-250172", "2025-03-20 16:05", """
Dear AR team,

This is to inform that we already transferred USD 3,980.00 to your account on 20 Mar 2025 for invoice PRS-INV-250172.

Transfer detail:
Bank: Kasikornbank, Bangkok
Value date: 20/03/2025
Reference: KB2503200019934
Charges: OUR

Please kindly confirm when received. Thank you ka.

Siriporn Chaiyasit
Finance Department
Bangkok Food Machinery Co., Ltd.
""", tz=7, font="Tahoma, sans-serif")

add("invoice_request", "en", "reply",
    "Deepa Menon <deepa.menon@klprecision.com.my>",
    "RE: Overdue Invoice PRS-INV-250059", "2025-03-04 10:12", """
Hi Joanne,

We don't have this invoice in our system at all. Can you resend a copy together with the signed delivery order? Our AP team can only process it once it is registered.

Thanks,
Deepa Menon
KL Precision Engineering Sdn Bhd
""", to=OUR["joanne"],
    q=Q("ol-en", OUR["joanne"], "2025-03-03 15:40",
        reminder("en", "Ms Deepa", "MYR",
                 [("PRS-INV-250059", "21/01/2025", "20/02/2025", 11250.00)],
                 "Joanne Tan")))

add("invoice_request", "en", "plain",
    "Liam Fletcher <liam.fletcher@harbourfit.com.au>",
    "Tax invoice needed for order 88214", "2025-03-18 11:40", """
Hi there,

Could you please send through a proper tax invoice for our order 88214? The document we got is marked 'Proforma' and our AP system won't accept it for processing.

Cheers,
Liam Fletcher
Procurement | Harbour Fitouts Pty Ltd
""", tz=11)

add("invoice_request", "en", "plain",
    "Anand Iyer <anand.iyer@puneautocomp.in>",
    "Request for copy of credit note - short supply Inv 250087", "2025-04-02 12:30", """
Dear Team,

Kindly share the copy of credit note issued against the short supply in invoice PRS-INV-250087. Our statutory auditor has asked for the same to close the query.

An early response will be highly appreciated.

Regards,
Anand Iyer
Accounts Executive
Pune Auto Components Pvt. Ltd.
""", tz=5.5)

add("statement_request", "en", "plain",
    "Aaron Goh <aaron.goh@tuasmarine.com.sg>",
    "SOA as at 31 Mar", "2025-04-01 09:17", """
Hi AR,

Can send us the SOA as at 31 Mar? Our finance closing this week. Also pls include the credit notes if any.

Thanks!
Aaron
Tuas Marine Services Pte Ltd
""")

add("statement_request", "en", "reply",
    "Hannah Whitlock <hannah.w@bluewaterprojects.com.au>",
    "Re: Invoice PRS-INV-250199", "2025-03-25 13:05", """
Thanks for the invoice, Serene.

Could you also email me the open items list for our account? We're matching our ledger before the half-year close and I'd like to see everything that's still unpaid, including anything from last year.

Thanks,
Hannah
Bluewater Projects
""", tz=11, to=OUR["serene"],
    q=Q("gm-en", OUR["serene"], "2025-03-24 17:10",
        invmail("en", "Hannah", "PRS-INV-250199", "24/03/2025", "BWP-2231",
                "USD", 8725.00, "23/04/2025", "Serene Ong")))

add("dispute", "en", "reply",
    "Rachel Koh <rachel.koh@orchidprint.com.sg>",
    "RE: Statement of Account – February 2025", "2025-03-04 11:25", """
Hi Serene,

Your statement shows PRS-INV-250061 at SGD 4,280.00, but our PO value is SGD 3,890.00. The difference is the freight charge, which your sales (Kelvin) agreed to waive for this order.

Please revise the invoice and send us a corrected statement. We will pay the rest of the items as usual.

Regards,
Rachel Koh
Orchid Print & Pack Pte Ltd
""", to=OUR["serene"],
    q=Q("ol-en", OUR["serene"], "2025-03-03 10:20",
        soa("en", "Orchid Print & Pack Pte Ltd", "28 February 2025", "SGD",
            [("PRS-INV-250040", "09/01/2025", "08/02/2025", 1925.40),
             ("PRS-INV-250061", "23/01/2025", "22/02/2025", 4280.00),
             ("PRS-INV-250125", "14/02/2025", "16/03/2025", 2716.80)],
            "Serene Ong")))

add("dispute", "en", "plain",
    "Suresh Patil <suresh.patil@nashikforge.in>",
    "Rejection of invoice no. PRS-INV-250146", "2025-03-10 17:45", """
Dear Sir/Madam,

We are hereby rejecting your invoice no. PRS-INV-250146 dated 28.02.2025 for the following reasons:

1. PO reference mentioned (NF/PO/2425/0917) is wrong; the correct PO is NF/PO/2425/0971.
2. Rate charged for item SS hex bolt M16 is USD 0.92/pc against PO rate of USD 0.84/pc.

Kindly issue a credit note or revised invoice with the correct PO reference and rate. The invoice will be kept on hold till then.

Thanks & regards,
Suresh Patil
Sr. Executive - Accounts Payable
Nashik Forgings Ltd.
""", tz=5.5)

add("dispute", "en", "reply",
    "Ahmad Fauzi <ahmad.fauzi@jurongfoods.com.sg>",
    "RE: Invoice PRS-INV-250203", "2025-03-17 14:30", """
Hi,

For DO 250314-03 we only received 18 cartons, not the 24 cartons billed on this invoice. Our storeman signed the DO with remarks and took photos at the loading bay.

Pls hold this invoice and send us a revised one for 18 cartons.

Ahmad Fauzi
Stores & Purchasing
Jurong Foods Pte Ltd
""", q=Q("ol-en", OUR["joanne"], "2025-03-14 17:05",
         invmail("en", "Ahmad", "PRS-INV-250203", "14/03/2025", "JF-PO-0452",
                 "SGD", 2640.00, "13/04/2025", "Joanne Tan")))

add("dispute", "en", "alternative",
    "Chloe Ng <chloe.ng@lionbaysupplies.com.sg>",
    "Charged twice for PRS-INV-250118", "2025-03-07 10:02", """
Hi AR team,

Our corporate card statement shows two charges of USD 1,245.60 on 4 March 2025, both referencing invoice PRS-INV-250118. We only authorised one payment via your online payment link.

Please reverse the duplicate charge as soon as possible and confirm by email. Card ending 4417.

Thank you,
Chloe Ng
Finance Executive
Lion Bay Supplies Pte Ltd
""")

add("payment_promise", "en", "plain",
    "Ooi Siew Lan <siewlan.ooi@penangplastics.com.my>",
    "Payment for invoice PRS-INV-250120", "2025-03-14 15:50", """
Dear Sir/Madam,

We will make the payment of USD 8,400.00 for invoice PRS-INV-250120 on 28 March 2025, as we are expecting collection from our main customer by then. Sorry for the inconvenience caused.

Best regards,
Ooi Siew Lan
Accounts Dept, Penang Plastics Industries Sdn Bhd
""")

add("payment_promise", "en", "reply",
    "Kenneth Lee <kenneth.lee@pioneerme.com.sg>",
    "RE: Reminder - overdue invoices (Pioneer M&E)", "2025-03-27 09:40", """
Hi Joanne,

Noted with thanks. Payment has been scheduled in our next payment run on 7 Apr. Will send over the remittance advice once it is released.

Regards,
Kenneth Lee
Pioneer M&E Pte Ltd
""", to=OUR["joanne"],
    q=Q("ol-en", OUR["joanne"], "2025-03-26 16:30",
        reminder("en", "Kenneth", "SGD",
                 [("PRS-INV-250075", "24/01/2025", "23/02/2025", 3360.00),
                  ("PRS-INV-250092", "31/01/2025", "02/03/2025", 1487.25)],
                 "Joanne Tan")))

add("payment_promise", "en", "plain",
    "Daniel Morgan <dmorgan@southerncrossfab.com.au>",
    "Overdue balance - account on hold", "2025-04-02 10:15", """
Hi team,

I understand our account has been put on hold because of the overdue balance of SGD 12,760.35. We'll clear the full amount by end of next week, Friday 11 April at the latest.

Could you please keep the account open so our April order (PO 31877) can still ship?

Thanks,
Daniel Morgan
Financial Controller
Southern Cross Fabrication Pty Ltd
""", tz=11)

add("other", "en", "plain",
    "Priya Nair <priya.nair@indusflow.in>",
    "Lunch on Friday?", "2025-03-17 12:10", """
Hi Joanne,

Are you free for lunch on Friday? I'll be in Singapore for the trade show this week and it would be lovely to finally meet the person behind all those statements! My treat – maybe somewhere near Jurong East?

Cheers,
Priya
Indusflow Controls
""", tz=5.5, to=OUR["joanne"])

add("other", "en", "alternative",
    "Asia Supply Chain Weekly <newsletter@ascweekly.asia>",
    "ASCW #112: Freight rates ease, payment terms stretch across ASEAN",
    "2025-03-13 07:00", """
ASIA SUPPLY CHAIN WEEKLY - Issue 112

In this issue:

1. Shanghai-Singapore container rates fall 8% week-on-week
Spot rates eased for the third straight week as new capacity entered the intra-Asia trade.

2. Survey: average payment terms in ASEAN now 58 days
Mid-sized distributors report that customers are pushing for longer terms, and more buyers are onboarding suppliers to supply-chain finance programmes.

3. E-invoicing roll-outs: what distributors should prepare
Several tax authorities in the region have confirmed phased timelines for large taxpayers.

Read the full issue: https://ascweekly.asia/112

You are receiving this because you subscribed at ascweekly.asia.
Unsubscribe: https://ascweekly.asia/u/ar-prs-55120
""", to=AR_SG,
    hdrs=[("List-Unsubscribe", "<https://ascweekly.asia/u/ar-prs-55120>"),
          ("Precedence", "bulk")])

add("other", "en", "plain",
    "Michael Wong <michael.wong.cfo@pacificrimsupplies-sg.com>",
    "Urgent and confidential", "2025-03-21 16:58", """
Joanne,

Are you at your desk? I need you to process an urgent wire transfer for an acquisition deposit today. This is strictly confidential, do not discuss with anyone in the office until the announcement.

Reply to this email only, I am in meetings and cannot take calls.

Michael Wong
Chief Financial Officer
Sent from my iPhone
""", to=OUR["joanne"])

# ----------------------------- Malay (ms) ---------------------------------
add("auto_reply", "ms", "report",
    "Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@kilangbesimaju.com.my>",
    "Tidak dapat dihantar: Statement of Account - February 2025", "2025-03-03 10:15",
    to=AR_SG,
    report=dict(
        kind="dsn",
        human="""
Mesej anda kepada hasnah@kilangbesimaju.com.my tidak dapat dihantar.

Peti mel penerima sudah penuh dan tidak boleh menerima mesej baharu buat masa ini. Sila cuba hantar semula mesej anda kemudian, atau hubungi penerima secara terus.

Diagnostik untuk pentadbir:

Pelayan pelapor: KL1PR01MB4471.apcprd01.prod.exchangelabs.com
hasnah@kilangbesimaju.com.my
Remote Server returned '554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded'
""",
        blocks=[[("Reporting-MTA", "dns; KL1PR01MB4471.apcprd01.prod.exchangelabs.com"),
                 ("Received-From-MTA", "dns; SG2PR04MB3318.apcprd04.prod.outlook.com"),
                 ("Arrival-Date", "Mon, 3 Mar 2025 02:15:03 +0000")],
                [("Original-Recipient", "rfc822;hasnah@kilangbesimaju.com.my"),
                 ("Final-Recipient", "rfc822;hasnah@kilangbesimaju.com.my"),
                 ("Action", "failed"), ("Status", "5.2.2"),
                 ("Diagnostic-Code", "smtp;554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException")]],
        orig=dict(frm="Joanne Tan <joanne.tan@pacificrimsupplies.com.sg>",
                  to="Hasnah Yaacob <hasnah@kilangbesimaju.com.my>",
                  subj="Statement of Account - February 2025",
                  date="Mon, 03 Mar 2025 10:14:49 +0800",
                  msgid="<AR.7C19E0B3AA5D4F61B2D4@pacificrimsupplies.com.sg>")))

add("remittance", "ms", "attachment",
    "Faridah Hamzah <faridah@srijayatrading.com.my>",
    "Makluman Bayaran - Invois PRS-INV-250084", "2025-03-06 16:10", """
Salam sejahtera Tuan/Puan,

Dimaklumkan bahawa bayaran sebanyak RM 18,420.00 bagi invois PRS-INV-250084 telah dibuat melalui IBG pada 6 Mac 2025. Bersama-sama ini dilampirkan slip pembayaran untuk rujukan pihak tuan/puan.

Sekian, terima kasih.

Faridah Hamzah
Eksekutif Akaun
Sri Jaya Trading Sdn Bhd
""", att=[("Slip_Bayaran_IBG_060325.pdf", "pdf", [
    "CIMB BizChannel - Interbank GIRO (IBG) Transaction Slip",
    "Transaction date: 06/03/2025 15:42",
    "From: SRI JAYA TRADING SDN BHD  8001-2234-57",
    "To: PACIFIC RIM INDUSTRIAL SUPPLIES PTE LTD",
    "Amount: MYR 18,420.00",
    "Recipient reference: PRS-INV-250084",
    "Status: Successful   Ref: IBG0603250077812"])])

add("remittance", "ms", "reply",
    "Mohd Hafiz bin Ismail <hafiz.ismail@pantaitimurlogistik.my>",
    "RE: Payment Reminder - Pantai Timur Logistik", "2025-03-18 09:25", """
Tuan/Puan,

Untuk makluman, bayaran tertunggak sebanyak RM 7,355.50 telah dijelaskan semalam melalui Maybank2u. No. rujukan: M2U250317998.

Terima kasih atas peringatan tersebut.

Mohd Hafiz bin Ismail
Pantai Timur Logistik Sdn Bhd, Kuantan
""", q=Q("ol-ms", OUR["joanne"], "2025-03-17 11:00",
         reminder("en", "Encik Hafiz", "MYR",
                  [("PRS-INV-250068", "23/01/2025", "22/02/2025", 7355.50)],
                  "Joanne Tan")))

add("invoice_request", "ms", "plain",
    "Zulkifli Omar <zulkifli@kilangbesimaju.com.my>",
    "Mohon salinan invois - PO KBM/PO/2025/118", "2025-03-12 10:40", """
Selamat pagi,

Mohon pihak tuan hantar semula salinan invois bagi PO No. KBM/PO/2025/118 (penghantaran 3 Mac 2025). Invois asal tidak diterima oleh bahagian akaun kami.

Terima kasih.

Zulkifli Omar
Pegawai Pembelian
Kilang Besi Maju Sdn Bhd
""")

add("invoice_request", "ms", "reply",
    "Norhayati Yusof <norhayati.yusof@gmail.com>",
    "Re: Statement of Account - February 2025", "2025-03-05 21:02", """
Terima kasih atas penyata tersebut.

Namun, kami tiada salinan invois PRS-INV-250097 dan PRS-INV-250099 yang tersenarai dalam penyata. Boleh hantarkan kedua-dua invois tersebut ke e-mel ini?

Norhayati
Perniagaan Jaya Elektrik, Johor Bahru
""", q=Q("gm-ms", OUR["joanne"], "2025-03-03 09:50",
         soa("en", "Perniagaan Jaya Elektrik", "28 February 2025", "MYR",
             [("PRS-INV-250063", "24/01/2025", "23/02/2025", 3120.00),
              ("PRS-INV-250097", "03/02/2025", "05/03/2025", 5480.50),
              ("PRS-INV-250099", "04/02/2025", "06/03/2025", 2260.00)],
             "Joanne Tan")))

add("statement_request", "ms", "plain",
    "Nurul Aisyah binti Ahmad <aisyah@mutiaraplastik.com.my>",
    "Permohonan penyata akaun sehingga 31 Mac 2025", "2025-04-02 09:30", """
Assalamualaikum dan salam sejahtera,

Sila hantar penyata akaun syarikat kami sehingga 31 Mac 2025. Kami memerlukannya untuk penutupan akaun suku tahun pertama.

Terima kasih atas kerjasama pihak tuan.

Nurul Aisyah binti Ahmad
Mutiara Plastik Industri Sdn Bhd
""")

add("statement_request", "ms", "html",
    "Kamarul Ariffin <kamarul@perakagrotech.com.my>",
    "Pengesahan Baki Akaun untuk Tujuan Audit - 31 Disember 2024", "2025-01-20 14:45", """
Tuan/Puan,

Juruaudit luar kami sedang menjalankan audit tahunan bagi tahun kewangan berakhir 31 Disember 2024.

Sehubungan itu, kami mohon pihak tuan mengesahkan baki akaun Perak Agrotech Berhad dalam rekod syarikat tuan pada tarikh tersebut, beserta penyata akaun terperinci.

Sila kembalikan pengesahan tersebut terus kepada juruaudit kami di audit.confirm@tanpartners-cpa.my selewat-lewatnya 7 Februari 2025.

Sekian, terima kasih.

Kamarul Ariffin
Pengurus Kewangan
Perak Agrotech Berhad
""")

add("dispute", "ms", "plain",
    "Rosli Abdullah <rosli@sgbulohsteel.com.my>",
    "Harga dalam invois PRS-INV-250152 tidak betul", "2025-03-13 11:18", """
Tuan/Puan,

Harga dalam invois PRS-INV-250152 tidak betul. Harga seunit yang dipersetujui dalam sebut harga SH-0211 ialah RM 42.00, tetapi invois mengenakan RM 46.50 bagi 300 unit. Perbezaannya ialah RM 1,350.00.

Mohon keluarkan nota kredit bagi perbezaan tersebut atau invois yang telah dipinda.

Rosli Abdullah
Sungai Buloh Steel Works Sdn Bhd
""")

add("dispute", "ms", "reply",
    "Haslinda Kassim <haslinda@melakafoodpack.com.my>",
    "RE: Statement of Account - February 2025", "2025-03-04 15:20", """
Tuan/Puan,

Dalam penyata akaun tuan, invois PRS-INV-250109 berjumlah RM 9,800.00 masih tersenarai sebagai tertunggak. Invois tersebut telah dibatalkan pada bulan Februari dan nota kredit CN-250011 telah pun dikeluarkan oleh pihak tuan.

Mohon betulkan penyata dan hantar semula kepada kami.

Haslinda Kassim
Melaka Food Packaging Sdn Bhd
""", q=Q("ol-ms", OUR["joanne"], "2025-03-03 10:40",
         soa("en", "Melaka Food Packaging Sdn Bhd", "28 February 2025", "MYR",
             [("PRS-INV-250078", "28/01/2025", "27/02/2025", 6215.00),
              ("PRS-INV-250109", "05/02/2025", "07/03/2025", 9800.00),
              ("PRS-INV-250134", "12/02/2025", "14/03/2025", 4470.00)],
             "Joanne Tan")))

add("dispute", "ms", "attachment",
    "Shahrul Nizam <shahrul@kedahpadi.com.my>",
    "Barang rosak semasa penghantaran - DO 250318-11", "2025-03-19 12:05", """
Salam,

Daripada 10 unit pam air yang dihantar semalam (DO 250318-11), 4 unit didapati rosak — badan pam retak dan kotak basah. Gambar dilampirkan.

Kami tidak akan membayar bahagian invois PRS-INV-250238 bagi 4 unit tersebut sehingga barang gantian dihantar atau nota kredit dikeluarkan.

Shahrul Nizam
Kedah Padi Machinery Enterprise
""", att=[("gambar_pam_rosak.png", "png", (220, 160))])

add("payment_promise", "ms", "plain",
    "Ros Aini Mahmud <rosaini@terengganumarine.com.my>",
    "Jadual bayaran invois Februari", "2025-03-26 10:00", """
Tuan/Puan,

Kami akan membuat bayaran bagi semua invois bulan Februari (jumlah RM 23,640.00) pada 15hb April 2025 mengikut kitaran bayaran syarikat.

Terima kasih atas kesabaran pihak tuan.

Ros Aini Mahmud
Terengganu Marine Supplies Sdn Bhd
""")

add("payment_promise", "ms", "reply",
    "Azlan Shah Ramli <azlan.ramli@selangorcable.com.my>",
    "RE: Overdue Account - Selangor Cable Industries", "2025-03-20 16:35", """
Tuan/Puan,

Mohon maaf atas kelewatan. Bayaran sedang menunggu kelulusan pengarah dan dijangka dibuat pada minggu hadapan, selewat-lewatnya 28 Mac 2025.

Kami akan hantar slip bayaran sebaik sahaja pemindahan dibuat.

Azlan Shah Ramli
Selangor Cable Industries Sdn Bhd
""", q=Q("ol-ms", OUR["joanne"], "2025-03-20 09:15",
         reminder("en", "Encik Azlan", "MYR",
                  [("PRS-INV-250051", "15/01/2025", "14/02/2025", 14880.00),
                   ("PRS-INV-250070", "24/01/2025", "23/02/2025", 6325.00)],
                  "Joanne Tan", level=2)))

add("payment_promise", "ms", "reply",
    "Amirul Hakim <amirulhakim.trading@gmail.com>",
    "Re: Overdue reminder - Amirul Hakim Trading", "2025-04-10 22:14", """
Salam Puan Joanne,

Kami memohon jasa baik pihak puan untuk membenarkan baki RM 36,000.00 dijelaskan secara ansuran sebanyak tiga kali seperti berikut:

30 April 2025 – RM 12,000.00
30 Mei 2025 – RM 12,000.00
30 Jun 2025 – RM 12,000.00

Jualan kami agak perlahan selepas Hari Raya. Harap dapat dipertimbangkan.

Amirul Hakim
Amirul Hakim Trading, Kota Bharu
""", q=Q("gm-ms", OUR["joanne"], "2025-04-09 10:00",
         reminder("en", "Encik Amirul", "MYR",
                  [("PRS-INV-250158", "17/02/2025", "19/03/2025", 12500.00),
                   ("PRS-INV-250185", "27/02/2025", "29/03/2025", 14300.00),
                   ("PRS-INV-250222", "09/03/2025", "08/04/2025", 9200.00)],
                  "Joanne Tan")))

add("other", "ms", "plain",
    "Fatimah Zahra <fatimah@johorhardware.com.my>",
    "Jemputan Rumah Terbuka Aidilfitri 2025", "2025-04-07 11:30", """
Assalamualaikum dan Salam Aidilfitri,

Sempena Hari Raya Aidilfitri, Johor Hardware Sdn Bhd dengan sukacitanya menjemput pihak tuan/puan ke Majlis Rumah Terbuka kami pada:

Tarikh: Sabtu, 12 April 2025
Masa: 12.00 tengah hari – 4.00 petang
Tempat: Dewan Serbaguna, Taman Perindustrian Tebrau, Johor Bahru

Maaf zahir dan batin.

Fatimah Zahra
Bahagian Pentadbiran
""")

add("other", "ms", "plain",
    "Norazlina Idris <norazlina@srijayatrading.com.my>",
    "Pertukaran alamat e-mel bahagian akaun", "2025-03-21 09:00", """
Tuan/Puan,

Sila ambil perhatian bahawa mulai 1 April 2025, alamat e-mel bahagian akaun kami akan bertukar kepada akaun@srijayatrading.com.my.

Mohon kemas kini rekod pihak tuan dan hantar semua invois, penyata serta surat-menyurat berkaitan ke alamat baharu ini.

Terima kasih.

Norazlina Idris
Pengurus Akaun
Sri Jaya Trading Sdn Bhd
""")

# ----------------------------- Japanese (ja) ------------------------------
_t, _h1 = portal(
    "Coupa サプライヤーポータル", "#1a73c8", "請求書が承認されました",
    "大和精工株式会社 は、Coupa サプライヤーポータルから提出された次の請求書を承認しました。",
    [("請求書番号", "PRS-INV-250115"), ("請求日", "2025/02/10"),
     ("注文書番号", "DS-PO-250088"), ("合計金額", "USD 12,360.00"),
     ("支払条件", "月末締め翌月末払い"), ("支払予定日", "2025/03/31")],
    "支払状況は Coupa サプライヤーポータルでいつでもご確認いただけます。",
    "このメールは Coupa により自動送信されています。このメールには返信しないでください。",
    ("請求書を表示", "https://supplier.coupahost.com/invoices/5519730"))
add("portal_notification", "ja", "html",
    "大和精工株式会社 (Coupa) <do_not_reply@daiwaseiko.coupahost.com>",
    "請求書 PRS-INV-250115 が承認されました", "2025-03-03 08:20", html=_h1)

add("auto_reply", "ja", "plain",
    "鈴木 浩二 <k-suzuki@tokai-kiko.co.jp>",
    "自動応答: 【ご請求書送付】PRS-INV-250241", "2025-03-20 09:02", """
お世話になっております。

誠に勝手ながら、3月20日（木）から3月24日（月）まで不在にしております。
いただいたメールは3月25日以降に順次確認いたします。

お急ぎのご用件は、経理部 山本（yamamoto@tokai-kiko.co.jp / 052-871-3302）までご連絡ください。

東海機工株式会社
鈴木 浩二
""", to=AR_SG, hdrs=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")])

add("remittance", "ja", "plain",
    "高橋 由美 <y-takahashi@kansai-buhin.co.jp>",
    "お振込み完了のご連絡（2月分ご請求）", "2025-03-10 14:15", """
Pacific Rim Industrial Supplies
経理ご担当者様

いつもお世話になっております。関西部品工業の高橋でございます。

2月分のご請求（請求書番号 PRS-INV-250064、USD 6,720.00）につきまして、本日3月10日に三井住友銀行よりお振込みいたしましたので、ご連絡申し上げます。

振込手数料は弊社にて負担しております。
ご確認のほど、よろしくお願いいたします。

関西部品工業株式会社
経理部 高橋 由美
TEL 06-6231-4478
""")

add("invoice_request", "ja", "reply",
    "中村 恵子 <k-nakamura@hokuriku-seimitsu.co.jp>",
    "RE: Payment reminder - PRS-INV-250128", "2025-03-07 11:20", """
Pacific Rim Industrial Supplies
Serene Ong 様

ご連絡ありがとうございます。
恐れ入りますが、ご指摘の請求書（PRS-INV-250128）は弊社に届いておりません。
お手数ですが、請求書を再発行のうえ、PDFにてお送りいただけますでしょうか。

受領後、速やかに支払手続きを進めます。

株式会社北陸精密
経理課 中村 恵子
""", to=OUR["serene"],
    q=Q("ol-ja", OUR["serene"], "2025-03-06 16:00",
        reminder("en", "Ms Nakamura", "USD",
                 [("PRS-INV-250128", "29/01/2025", "28/02/2025", 4980.00)],
                 "Serene Ong")))

add("statement_request", "ja", "plain",
    "小林 直樹 <n-kobayashi@yokohama-kogyo.co.jp>",
    "残高確認書ご送付のお願い（2025年3月末）", "2025-04-03 10:05", """
Pacific Rim Industrial Supplies Pte Ltd
ご担当者様

いつも大変お世話になっております。横浜工業の小林です。

弊社監査法人による期末監査のため、2025年3月31日時点における弊社に対する売掛金残高（貴社側のご記録）をご確認いただき、残高確認書および取引明細をお送りいただけますでしょうか。

恐縮ですが、4月15日までにご返送いただけますと幸いです。

横浜工業株式会社
財務部 小林 直樹
""")

add("dispute", "ja", "plain",
    "加藤 あゆみ <a-kato@chubu-denki.co.jp>",
    "請求金額相違のご連絡（PRS-INV-250177）", "2025-03-24 15:40", """
Pacific Rim Industrial Supplies
経理ご担当者様

お世話になっております。中部電機の加藤です。

3月分の請求書（PRS-INV-250177）の金額が、弊社発注書の金額と相違しております。
発注書 PO-J-2503-019 では単価 USD 12.40 ですが、請求書では USD 13.10 となっております（数量 800 個、差額 USD 560.00）。

お手数ですが、ご確認のうえ訂正版の請求書をお送りください。訂正版を受領するまで、支払処理は保留とさせていただきます。

中部電機株式会社
購買部 加藤 あゆみ
""")

add("payment_promise", "ja", "reply",
    "山本 隆 <t-yamamoto@kyushu-marine.co.jp>",
    "RE: Payment reminder - overdue invoice PRS-INV-250079", "2025-03-13 10:30", """
Pacific Rim Industrial Supplies
Joanne Tan 様

ご連絡が遅くなり、大変申し訳ございません。
社内の承認手続きに時間を要しており、本件のお支払いは4月10日となる予定です。

ご迷惑をおかけいたしますが、何卒ご了承くださいますようお願い申し上げます。

九州マリン株式会社
経理部 山本 隆
""", to=OUR["joanne"],
    q=Q("ol-ja", OUR["joanne"], "2025-03-12 15:00",
        reminder("en", "Mr Yamamoto", "USD",
                 [("PRS-INV-250079", "17/01/2025", "16/02/2025", 7215.00)],
                 "Joanne Tan")))

add("other", "ja", "plain",
    "田中 美咲 <m-tanaka@osaka-kizai.co.jp>",
    "【ご案内】第3回 関西産業部品フェア 出展のお知らせ", "2025-02-25 13:00", """
Pacific Rim Industrial Supplies
ご担当者様

平素より格別のご高配を賜り、厚く御礼申し上げます。

このたび弊社は、下記の展示会に出展する運びとなりました。ご多忙の折とは存じますが、ぜひお立ち寄りください。

会期：2025年4月16日（水）〜18日（金）
会場：インテックス大阪 2号館 小間番号 2-114

招待券をご希望の方は、本メールにご返信ください。

大阪機材株式会社
営業企画部 田中 美咲
""")

# ----------------------------- Korean (ko) --------------------------------
_t, _h1 = portal(
    "SAP Business Network", "#0a6ed1", "송장 상태 업데이트",
    "(주)한성산업에서 SAP Business Network를 통해 제출된 송장의 상태를 업데이트했습니다.",
    [("송장 번호", "PRS-INV-250183"), ("송장 날짜", "2025-03-12"),
     ("금액", "USD 15,480.00"), ("상태", "승인됨"),
     ("지급 예정일", "2025-04-25")],
    "자세한 내용은 SAP Business Network 공급업체 계정에 로그인하여 확인하십시오.",
    "이 메일은 SAP Business Network에서 자동으로 발송되었습니다. 회신하지 마십시오.",
    ("송장 보기", "https://service.ariba.com/Supplier.aw/ad/invoice?id=PRS-INV-250183"))
add("portal_notification", "ko", "alternative",
    "SAP Business Network <notification-prod@ansmtp.ariba.com>",
    "SAP Business Network: 송장 PRS-INV-250183 상태가 '승인됨'으로 변경되었습니다",
    "2025-03-26 04:10", _t, html=_h1)

add("remittance", "ko", "attachment",
    "김민수 <minsu.kim@daeyang-mach.co.kr>",
    "송금 완료 안내 - PRS-INV-250135", "2025-03-07 14:40", """
안녕하세요, 대양기계 김민수입니다.

인보이스 PRS-INV-250135 (USD 9,250.00) 대금을 오늘 하나은행을 통해 송금 완료하였습니다. 송금 확인증을 첨부드리니 확인 부탁드립니다.

해외송금 수수료는 당사 부담입니다.

감사합니다.

김민수 과장
대양기계(주) 재무팀
Tel. 051-740-2235
""", att=[("송금확인증_20250307.pdf", "pdf", [
    "HANA BANK - Outward Remittance Confirmation",
    "Date: 2025-03-07",
    "Remitter: DAEYANG MACHINERY CO., LTD.",
    "Beneficiary: PACIFIC RIM INDUSTRIAL SUPPLIES PTE LTD",
    "Beneficiary bank: DBS BANK LTD, SINGAPORE (DBSSSGSG)",
    "Amount: USD 9,250.00   Charges: OUR",
    "Details of payment: INVOICE PRS-INV-250135",
    "Reference: HN-OR-250307-004418"])])

add("invoice_request", "ko", "plain",
    "이지은 <jieun.lee@sejin-prec.co.kr>",
    "인보이스 재발송 요청 (PO SJ-2503-044)", "2025-03-19 10:25", """
안녕하세요.

세진정밀 구매팀 이지은입니다.
3월 5일 입고된 PO SJ-2503-044 건의 인보이스 원본을 분실하여 재발송을 요청드립니다.

번거로우시겠지만 PDF 파일로 이메일 회신 부탁드립니다.

감사합니다.
이지은 드림
""")

add("statement_request", "ko", "plain",
    "박성호 <sungho.park@incheon-metal.co.kr>",
    "잔액확인서 발송 요청 (2024.12.31 기준)", "2025-01-16 13:50", """
안녕하세요, 인천금속 회계팀 박성호입니다.

당사 외부감사 진행 관련하여 2024년 12월 31일 기준 잔액확인서와 거래처 원장을 보내주시기 바랍니다.

가능하시면 1월 24일까지 회신 부탁드립니다.

감사합니다.
박성호 대리
인천금속(주)
""")

add("dispute", "ko", "reply",
    "최유진 <yujin.choi@busanvalve.co.kr>",
    "RE: Statement of Account as at 28 February 2025", "2025-03-05 16:20", """
안녕하세요.

보내주신 Statement 중 PRS-INV-250122 금액이 잘못되었습니다. 실제 입고 수량은 500개가 아니라 450개이며, 입고 확인서에도 450개로 기재되어 있습니다.

50개분(USD 1,150.00)을 차감하여 수정된 인보이스와 Statement를 다시 보내주시기 바랍니다.

최유진
부산밸브(주) 재무팀
""", q=Q("ol-ko", OUR["serene"], "2025-03-03 11:10",
         soa("en", "Busan Valve Co., Ltd.", "28 February 2025", "USD",
             [("PRS-INV-250086", "30/01/2025", "01/03/2025", 6840.00),
              ("PRS-INV-250122", "12/02/2025", "14/03/2025", 11500.00)],
             "Serene Ong")))

add("other", "ko", "plain",
    "정현우 <hyunwoo.jung@gyeongnam-hyd.co.kr>",
    "다음 주 화상회의 일정 문의", "2025-03-06 17:05", """
안녕하세요, 경남유압 정현우입니다.

내년도 공급 계약 관련하여 다음 주 금요일(3월 14일) 오후 3시에 화상회의 가능하실까요? 영업 담당자분도 함께 참석해 주시면 좋겠습니다.

가능하신 시간 알려주시면 Teams 초대장 보내드리겠습니다.

정현우 드림
""")

# ----------------------------- Indonesian (id) ----------------------------
add("auto_reply", "id", "plain",
    "Dewi Lestari <dewi.lestari@sinarjayaabadi.co.id>",
    "Balasan otomatis: Statement of Account as at 31 March 2025", "2025-04-01 09:00", """
Terima kasih atas email Anda.

Saya sedang cuti bersama Idul Fitri dari tanggal 28 Maret s/d 8 April 2025 dan akan membalas email Anda setelah kembali ke kantor.

Untuk urusan pembayaran yang mendesak, silakan hubungi Bapak Hendra Gunawan di hendra.g@sinarjayaabadi.co.id.

Salam,
Dewi Lestari
PT Sinar Jaya Abadi
""", to=AR_SG, hdrs=[("Auto-Submitted", "auto-replied")])

add("remittance", "id", "attachment",
    "Budi Santoso <budi.santoso@mitrateknik.co.id>",
    "Bukti transfer pembayaran invoice PRS-INV-250091", "2025-03-04 14:25", """
Dengan hormat,

Bersama ini kami lampirkan bukti transfer pembayaran untuk invoice PRS-INV-250091 sebesar USD 7,830.00 yang telah kami kirim hari ini melalui Bank Mandiri.

Mohon dicek dan dikonfirmasi penerimaannya.

Terima kasih.

Hormat kami,
Budi Santoso
Finance Staff
PT Mitra Teknik Nusantara
""", att=[("bukti_transfer_040325.png", "png", (240, 300))])

add("remittance", "id", "reply",
    "Rina Kartika <rina.kartika@karyabaja.co.id>",
    "RE: Payment reminder - PRS-INV-250113", "2025-03-12 13:40", """
Selamat siang Ibu Serene,

Pembayaran untuk invoice tersebut sudah kami transfer hari ini melalui BCA sebesar USD 4,115.00, nomor referensi BCA-TT-120325-0082. Mohon maaf atas keterlambatannya.

Salam,
Rina Kartika
PT Karya Baja Indonesia
""", to=OUR["serene"],
    q=Q("ol-id", OUR["serene"], "2025-03-11 10:30",
        reminder("en", "Ibu Rina", "USD",
                 [("PRS-INV-250113", "07/02/2025", "09/03/2025", 4115.00)],
                 "Serene Ong")))

add("dispute", "id", "plain",
    "Agus Wijaya <agus.wijaya@surabayamesin.co.id>",
    "Harga di invoice PRS-INV-250194 tidak sesuai PO", "2025-03-21 10:50", """
Dengan hormat,

Kami menemukan bahwa harga di invoice PRS-INV-250194 tidak sesuai dengan PO kami (PO/SMI/III/2025/031). Harga satuan di PO adalah USD 18.50, sedangkan di invoice tertulis USD 19.75 untuk 400 unit, sehingga ada selisih USD 500.00.

Mohon diterbitkan credit note atau invoice revisi. Pembayaran akan kami tahan sampai ada perbaikan.

Hormat kami,
Agus Wijaya
PT Surabaya Mesin Industri
""")

add("payment_promise", "id", "plain",
    "Sri Wahyuni <sri.wahyuni@bandungtekstil.co.id>",
    "Rencana pembayaran invoice bulan Februari", "2025-03-11 15:15", """
Yth. Tim AR Pacific Rim,

Invoice bulan Februari (PRS-INV-250127 dan PRS-INV-250136, total USD 6,390.00) akan kami bayar minggu depan, tepatnya tanggal 17 Maret 2025, setelah dana dari pelanggan kami masuk.

Terima kasih atas pengertiannya.

Sri Wahyuni
PT Bandung Tekstil Mandiri
""")

add("other", "id", "plain",
    "Ekspedisi Cepat Nusantara <promo@ekspedisicepat-nusantara.id>",
    "Promo ongkir hemat 30% ke seluruh Indonesia!", "2025-02-19 08:30", """
Halo Bapak/Ibu,

Butuh pengiriman barang ke Jakarta, Surabaya, Medan atau Makassar? Ekspedisi Cepat Nusantara memberikan diskon ongkir hingga 30% untuk pengiriman kargo laut dan darat selama bulan Februari!

✔ Gratis penjemputan barang
✔ Asuransi pengiriman
✔ Pembayaran bisa tempo 30 hari untuk pelanggan korporat

Hubungi kami via WhatsApp 0812-8800-4451 atau balas email ini untuk penawaran harga.

Salam,
Tim Marketing Ekspedisi Cepat Nusantara
""", to=AR_SG)


# ==========================================================================
def main():
    assert len(MSGS) == 160, len(MSGS)
    order = sorted(MSGS, key=lambda s: _h("order", s["frm"], s["subj"], s["date"]))
    labels = []
    for n, spec in enumerate(order, 1):
        name = f"l-{n:03d}.eml"
        msg = build(n, spec)
        data = msg.as_bytes(policy=POL)
        with open(os.path.join(HERE, name), "wb") as fh:
            fh.write(data)
        labels.append({"file": name, "category": spec["cat"],
                       "language": spec["lang"], "shape": spec["shape"]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8",
              newline="\n") as fh:
        for row in labels:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
