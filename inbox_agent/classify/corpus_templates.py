"""The wording of the benchmark corpus: many phrasings per category and language.

Each template is one way of writing one kind of mail, with several subjects and bodies to
choose from and ``{slots}`` the generator fills (invoice numbers, amounts, dates, names).
Templates are split in two: the classifier's weights were adjusted looking at split A
only, and split B is reported apart as the honest figure for mail it was not tuned on.
Greetings and sign-offs are added by the generator in the template's language.

Slots: inv, inv2, amt, amt2, ref, po, payer, us, name, ar, paid_on, pay_on, back_on,
table, ticket, colleague, month.
"""

from __future__ import annotations

from dataclasses import dataclass

HeaderSet = tuple[tuple[str, str], ...]


@dataclass(frozen=True, slots=True)
class Template:
    """One way of writing one kind of mail."""

    key: str
    category: str
    lang: str
    split: str
    subjects: tuple[str, ...]
    bodies: tuple[str, ...]
    attachments: tuple[str, ...] = ("",)
    sender: str = "customer"
    headers: tuple[HeaderSet, ...] = ((),)
    shape: str = "plain"
    can_reply: bool = True
    reply_rate: float = 0.3
    can_forward: bool = False
    greet: bool = True
    count: int = 3


def T(
    key: str,
    category: str,
    lang: str,
    split: str,
    subjects: list[str],
    bodies: list[str],
    **options: object,
) -> Template:
    """Shorthand for a template; options are Template's other fields."""
    return Template(key, category, lang, split, tuple(subjects), tuple(bodies), **options)  # type: ignore[arg-type]


NONE: HeaderSet = ()
AUTO_REPLIED: HeaderSet = (("Auto-Submitted", "auto-replied"),)
AUTO_GENERATED: HeaderSet = (("Auto-Submitted", "auto-generated"),)
X_AUTOREPLY: HeaderSet = (("X-Autoreply", "yes"),)
SUPPRESS: HeaderSet = (("X-Auto-Response-Suppress", "All"),)
PRECEDENCE_AUTO: HeaderSet = (("Precedence", "auto_reply"),)
EXCHANGE_OOF: HeaderSet = (("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"))
BULK: HeaderSet = (("Precedence", "bulk"),)
LIST: HeaderSet = (
    ("List-Unsubscribe", "<mailto:unsubscribe@news.example.net>"),
    ("List-Id", "<news.example.net>"),
)
OOO_HEADERS = (NONE, NONE, AUTO_REPLIED, X_AUTOREPLY, SUPPRESS, PRECEDENCE_AUTO, EXCHANGE_OOF)
PORTAL_HEADERS = (NONE, NONE, AUTO_GENERATED, BULK)

REMITTANCE = [
    T(
        "rem-en-1",
        "remittance",
        "en",
        "A",
        [
            "Remittance Advice - {ref}",
            "Remittance advice for payment {ref}",
            "REMITTANCE ADVICE {payer}",
        ],
        [
            "Please find attached our remittance advice for payment {ref} of {amt}.",
            "Attached is the remittance advice for our payment made on {paid_on}. Please allocate "
            "accordingly.",
            "Our remittance advice is attached for the payment of {amt} released on {paid_on}.",
        ],
        attachments=("remit_pdf", "remit_pdf", "remit_xlsx"),
        can_forward=True,
    ),
    T(
        "rem-en-2",
        "remittance",
        "en",
        "A",
        ["Payment made - {inv}", "Payment for invoice {inv}", "Payment {ref}"],
        [
            "We have paid invoice {inv} today by EFT, amount {amt}. Reference {ref}.",
            "Invoice {inv} has been paid in full ({amt}) on {paid_on}. Bank reference: {ref}.",
            "Just letting you know we've settled {inv} and {inv2}. Total transferred {amt}, ref "
            "{ref}.\n\n{table}",
        ],
        attachments=("", "", "plain_pdf"),
    ),
    T(
        "rem-en-3",
        "remittance",
        "en",
        "A",
        [
            "Payment notification from {payer}",
            "EFT payment notification",
            "Payment Advice No. {ref}",
        ],
        [
            "This is to notify you that a payment has been made to your nominated "
            "account.\n\n{table}\n\n"
            "Payment date: {paid_on}\nTotal: {amt}\nReference: {ref}",
            "The following invoices were included in our payment run on "
            "{paid_on}:\n\n{table}\n\nTotal paid: {amt}",
        ],
        headers=(NONE, AUTO_GENERATED),
        greet=False,
        can_reply=False,
        can_forward=True,
    ),
    T(
        "rem-en-4",
        "remittance",
        "en",
        "B",
        ["Proof of payment - {payer}", "POP for {inv}", "TT copy {ref}"],
        [
            "Kindly see attached proof of payment for {inv}. Funds were wired on {paid_on}.",
            "Hi, attached is the TT copy for our transfer of {amt}. Please update your records "
            "and clear {inv}.",
            "Sending you the bank confirmation for {inv}. Money went out this morning, should "
            "show up in 1-2 days.",
        ],
        attachments=("remit_pdf", "bank_pdf", "plain_pdf"),
    ),
    T(
        "rem-en-5",
        "remittance",
        "en",
        "B",
        [
            "Funds transferred {ref}",
            "{payer} - payment details",
            "Settlement of outstanding invoices",
        ],
        [
            "We transferred {amt} to your account on {paid_on} covering the invoices "
            "below.\n\n{table}",
            "Payment details for the transfer we sent on {paid_on}:\n\n{table}\n\nPlease apply to "
            "the above invoices.",
            "Our accounts team processed the following payment yesterday. Details "
            "below.\n\n{table}\n\nAmount: {amt}",
        ],
        attachments=("", "remit_xlsx"),
    ),
    T(
        "rem-en-6",
        "remittance",
        "en",
        "B",
        ["You have received a payment", "Incoming payment {ref}", "Payment received from {payer}"],
        [
            "You have received a payment of {amt} from {payer}.\nPayer reference: {ref}\nValue "
            "date: {paid_on}\n"
            "Remittance information: {inv} {inv2}",
            "{payer} has sent you {amt} via bank transfer.\nTransaction ID: {ref}\nDetails: {inv}",
        ],
        sender="bank",
        greet=False,
        can_reply=False,
        headers=(NONE, AUTO_GENERATED),
    ),
    T(
        "rem-tl-1",
        "remittance",
        "tl",
        "A",
        ["Bayad para sa {inv}", "Payment {inv}", "Deposit slip - {payer}"],
        [
            "Hi po, nabayaran na po namin ang {inv} ngayong araw. Attached po ang deposit slip.",
            "Good morning po! Nai-deposit na po namin ang bayad na {amt} para sa {inv} at {inv2}. "
            "Pa-check na lang po.",
            "Binayaran na po namin yung invoice {inv} kahapon via online transfer, ref no. {ref}.",
        ],
        attachments=("remit_pdf", "bank_pdf", ""),
        can_forward=True,
    ),
    T(
        "rem-tl-2",
        "remittance",
        "tl",
        "B",
        ["Payment update {inv}", "Transfer confirmation {ref}", "Bayad ng {payer}"],
        [
            "Hello po, nag-transfer na po kami ng {amt} kanina. Eto po yung breakdown:\n\n{table}",
            "Ma'am, na-transfer na po ang payment namin for {inv}. Pakiupdate na lang po sa "
            "records ninyo. "
            "Ref: {ref}",
            "Sir, naipadala na po namin ang bayad via Instapay. Screenshot attached po.",
        ],
        attachments=("", "photo_pay", "bank_pdf"),
    ),
    T(
        "rem-zh-1",
        "remittance",
        "zh",
        "A",
        ["付款通知 - {ref}", "汇款通知：{inv}", "{payer}付款通知"],
        [
            "我司已于{paid_on}支付发票{inv}的款项，金额{amt}，请查收。附件为银行回单。",
            "贵司发票{inv}、{inv2}的款项已汇出，合计{amt}，汇款参考号{ref}。",
            "款项已于今天转账，明细如下：\n\n{table}\n\n请核对。",
        ],
        attachments=("remit_pdf", "bank_pdf", ""),
    ),
    T(
        "rem-zh-2",
        "remittance",
        "zh",
        "B",
        ["水单 {inv}", "付款凭证", "转账成功 {ref}"],
        [
            "附件是{inv}的付款水单，请财务确认收款。",
            "您好，发票{inv}我们已经打款了，金额{amt}，麻烦核销一下。",
            "本月货款已经支付，付款明细见附件。",
        ],
        attachments=("remit_pdf", "bank_pdf", "remit_xlsx"),
    ),
    T(
        "rem-zht-1",
        "remittance",
        "zh-hant",
        "B",
        ["匯款通知 {ref}", "付款明細 - {payer}", "已付款通知"],
        [
            "我們已於{paid_on}將發票{inv}之款項匯出，金額{amt}，請查收。",
            "發票{inv}及{inv2}已付款，匯款憑證如附件，請確認入帳。",
        ],
        attachments=("remit_pdf", "bank_pdf"),
    ),
    T(
        "rem-de-1",
        "remittance",
        "de",
        "A",
        ["Zahlungsavis {ref}", "Zahlungsavis {payer}", "Avis: Zahlung vom {paid_on}"],
        [
            "anbei erhalten Sie unser Zahlungsavis zur Überweisung vom {paid_on} über {amt}.",
            "wir haben heute folgende Rechnungen beglichen:\n\n{table}\n\nGesamtbetrag: {amt}",
            "im Anhang finden Sie das Zahlungsavis. Die Zahlung wurde am {paid_on} ausgeführt.",
        ],
        attachments=("remit_pdf", "remit_pdf", ""),
        headers=(NONE, AUTO_GENERATED),
        can_forward=True,
    ),
    T(
        "rem-de-2",
        "remittance",
        "de",
        "B",
        ["Überweisung Rechnung {inv}", "Zahlung {inv}", "Ausgleich Ihrer Rechnungen"],
        [
            "die Rechnung {inv} haben wir am {paid_on} überwiesen. Betrag: {amt}, "
            "Verwendungszweck: {ref}.",
            "hiermit teilen wir Ihnen mit, dass wir den offenen Betrag von {amt} angewiesen haben.",
            "Ihre Rechnungen {inv} und {inv2} wurden mit Valuta {paid_on} bezahlt.",
        ],
        attachments=("", "bank_pdf"),
    ),
    T(
        "rem-ms-1",
        "remittance",
        "ms",
        "A",
        ["Notis Pembayaran {ref}", "Bayaran invois {inv}", "Nasihat pembayaran - {payer}"],
        [
            "Dimaklumkan bahawa pembayaran sebanyak {amt} telah dibuat pada {paid_on} untuk "
            "invois {inv}.",
            "Kami telah membuat pembayaran bagi invois {inv} dan {inv2}. Sila rujuk lampiran.",
            "Bersama-sama ini dilampirkan notis pembayaran untuk rujukan pihak tuan.",
        ],
        attachments=("remit_pdf", "", "bank_pdf"),
    ),
    T(
        "rem-id-1",
        "remittance",
        "id",
        "B",
        ["Bukti Transfer {inv}", "Konfirmasi pembayaran {ref}", "Pembayaran faktur {inv}"],
        [
            "Berikut kami lampirkan bukti transfer untuk pembayaran faktur {inv} sebesar {amt}.",
            "Pembayaran untuk faktur {inv} sudah kami transfer tanggal {paid_on}. Mohon dicek.",
            "Faktur {inv} telah dibayar lunas. Terlampir bukti pembayaran.",
        ],
        attachments=("bank_pdf", "", "remit_pdf"),
    ),
    T(
        "rem-ja-1",
        "remittance",
        "ja",
        "B",
        ["お支払いのご案内（{ref}）", "送金通知書の送付", "お振込完了のご連絡"],
        [
            "請求書{inv}の代金{amt}を{paid_on}にお振込みいたしました。ご確認ください。",
            "送金通知書を添付いたします。ご査収のほどお願いいたします。",
        ],
        attachments=("remit_pdf", ""),
    ),
]

INVOICE_REQUEST = [
    T(
        "inv-en-1",
        "invoice_request",
        "en",
        "A",
        ["Copy of invoice {inv}", "Invoice copy request - {inv}", "Request: copy of invoices"],
        [
            "Could you please send us a copy of invoice {inv}? We can't locate it in our system.",
            "Can you please email me copies of invoices {inv} and {inv2}? Our auditors need them.",
            "Please provide a copy of the invoice for PO {po}. Thank you.",
        ],
        can_forward=True,
    ),
    T(
        "inv-en-2",
        "invoice_request",
        "en",
        "A",
        ["Missing invoice {inv}", "Invoice not received", "{inv} - not received"],
        [
            "We have not received invoice {inv}. Could you resend it to ap@{domain}?",
            "Invoice {inv} is missing from our records, please resend so we can process payment.",
            "Hi, we never received the invoice for PO {po}. Can you send it through?",
        ],
    ),
    T(
        "inv-en-3",
        "invoice_request",
        "en",
        "A",
        ["Re-send invoice {inv}", "Please resend {inv}", "Invoice {inv} - resend please"],
        [
            "The PDF attached to your earlier email was corrupted. Could you re-send invoice "
            "{inv}?",
            "Could you resend {inv} to our new AP address? The old mailbox is closed.",
            "Please re-send the invoice, the attachment did not come through on our side.",
        ],
    ),
    T(
        "inv-en-4",
        "invoice_request",
        "en",
        "B",
        ["Invoice {inv} needed", "Documents for PO {po}", "Need invoice PDF"],
        [
            "I'm processing our month-end and can't find your invoice {inv} anywhere. Can I get "
            "the PDF?",
            "Our system shows a goods receipt for PO {po} but no invoice. Would you mind emailing "
            "the invoice "
            "over so we can match it?",
            "Can someone send me the tax invoice for the delivery on {paid_on}? I only have the "
            "delivery docket.",
        ],
        can_forward=True,
    ),
    T(
        "inv-en-5",
        "invoice_request",
        "en",
        "B",
        ["Duplicate invoice request", "Invoice reprint {inv}", "Outstanding invoices - copies"],
        [
            "Would you be able to forward a duplicate of {inv}? The original was misplaced.",
            "We'd appreciate a reprint of invoices {inv} and {inv2} for our files.",
            "Please email through copies of all outstanding invoices so we can get them approved "
            "this week.",
        ],
    ),
    T(
        "inv-tl-1",
        "invoice_request",
        "tl",
        "A",
        ["Copy ng invoice {inv}", "Request for invoice copy", "Invoice {inv} po"],
        [
            "Hi po, pakisend naman po ng copy ng invoice {inv}. Hindi po namin mahanap sa file.",
            "Good morning po, pwede po bang pa-resend ng invoice {inv}? Salamat po.",
            "Hello po, paki-email po ulit ang invoice {inv} at {inv2}, kailangan po ng accounting.",
        ],
    ),
    T(
        "inv-tl-2",
        "invoice_request",
        "tl",
        "B",
        ["Invoice request {po}", "Wala pang invoice", "Kopya ng SI {inv}"],
        [
            "Hi Ma'am, hindi pa po namin natanggap ang invoice para sa PO {po}. Pakipadala po.",
            "Sir, wala pa po kaming kopya ng sales invoice {inv}. Pwede po bang ipadala ulit?",
            "Hello po, nawala po yung invoice {inv} namin, pa-send na lang po ng bagong kopya.",
        ],
    ),
    T(
        "inv-zh-1",
        "invoice_request",
        "zh",
        "A",
        ["请补发发票 {inv}", "发票副本", "索取发票 {inv}"],
        [
            "您好，请补发发票{inv}的副本，我们财务找不到原件。",
            "麻烦重新发送一下发票{inv}和{inv2}，之前的邮件附件打不开。",
            "请提供订单{po}对应的发票复印件，谢谢。",
        ],
        can_forward=True,
    ),
    T(
        "inv-zh-2",
        "invoice_request",
        "zh",
        "B",
        ["发票未收到", "发票{inv}", "关于发票的请求"],
        [
            "我们一直没有收到{inv}的发票，能否再发一份？",
            "你好，{po}订单的发票还没收到，请尽快寄给我们。",
            "财务需要发票{inv}的扫描件做账，麻烦发一下。",
        ],
    ),
    T(
        "inv-zht-1",
        "invoice_request",
        "zh-hant",
        "A",
        ["發票副本 {inv}", "請補寄發票", "索取發票"],
        ["您好，我們尚未收到發票{inv}，請再寄一份給我們。", "麻煩重新發送發票{inv}的副本，謝謝。"],
    ),
    T(
        "inv-de-1",
        "invoice_request",
        "de",
        "A",
        ["Rechnungskopie {inv}", "Bitte um Rechnungskopie", "Kopie Rechnung {inv}"],
        [
            "bitte senden Sie uns eine Kopie der Rechnung {inv}.",
            "könnten Sie uns die Rechnungen {inv} und {inv2} nochmals zusenden? Sie liegen uns "
            "nicht vor.",
            "für unsere Buchhaltung benötigen wir eine Rechnungskopie zu Bestellung {po}.",
        ],
    ),
    T(
        "inv-de-2",
        "invoice_request",
        "de",
        "B",
        ["Rechnung {inv} fehlt", "Rechnung nicht erhalten", "Rechnung zur Bestellung {po}"],
        [
            "die Rechnung {inv} haben wir leider nie erhalten. Bitte schicken Sie sie uns erneut.",
            "zur Lieferung vom {paid_on} fehlt uns noch die Rechnung. Können Sie diese bitte per "
            "E-Mail schicken?",
            "wir finden die Rechnung {inv} nicht in unserem System. Bitte lassen Sie uns ein "
            "Duplikat zukommen.",
        ],
    ),
    T(
        "inv-ms-1",
        "invoice_request",
        "ms",
        "A",
        ["Salinan invois {inv}", "Permohonan salinan invois", "Invois {inv}"],
        [
            "Mohon hantar salinan invois {inv} kepada kami.",
            "Kami belum menerima invois {inv}. Sila hantar semula.",
            "Boleh emelkan semula invois {inv} dan {inv2}? Terima kasih.",
        ],
    ),
    T(
        "inv-id-1",
        "invoice_request",
        "id",
        "B",
        ["Permintaan faktur {inv}", "Faktur belum diterima", "Kirim ulang faktur"],
        [
            "Kami belum terima faktur untuk PO {po}. Mohon dikirimkan.",
            "Tolong kirim ulang faktur {inv}, file sebelumnya tidak bisa dibuka.",
            "Mohon kirimkan salinan faktur {inv} untuk keperluan audit.",
        ],
    ),
    T(
        "inv-ja-1",
        "invoice_request",
        "ja",
        "B",
        ["請求書再発行のお願い", "請求書の送付依頼 {inv}"],
        [
            "請求書{inv}がまだ届いておりません。再送をお願いできますでしょうか。",
            "請求書{inv}の写しをPDFでお送りいただけますか。",
        ],
    ),
]

STATEMENT_REQUEST = [
    T(
        "stm-en-1",
        "statement_request",
        "en",
        "A",
        [
            "Statement of account request",
            "Request for statement - {payer}",
            "Statement of Account please",
        ],
        [
            "Please send us a statement of account as at the end of {month}.",
            "Could you provide an updated statement of account for {payer}? We are reconciling "
            "our ledger.",
            "Can we get a statement of our account showing all open invoices?",
        ],
    ),
    T(
        "stm-en-2",
        "statement_request",
        "en",
        "A",
        ["Account statement", "Monthly statement", "Latest statement"],
        [
            "Would you mind sending our latest account statement? Our AP team needs it for month "
            "end.",
            "We haven't received the monthly statement for {month}. Please forward it.",
            "Please email the current statement to ap@{domain}.",
        ],
        can_forward=True,
    ),
    T(
        "stm-en-3",
        "statement_request",
        "en",
        "A",
        ["Outstanding balance", "Open items list", "Aged balance request"],
        [
            "Please send a list of all outstanding invoices on our account.",
            "Can you provide an aged balance report for {payer}? We want to clear everything "
            "before year end.",
            "Could you send me the open items on our account so we can reconcile?",
        ],
    ),
    T(
        "stm-en-4",
        "statement_request",
        "en",
        "B",
        ["Balance confirmation", "Year-end confirmation", "Audit request - balance"],
        [
            "Our auditors have asked us to confirm the balance owing to {us} as at 30 June. Please "
            "send us "
            "your statement so we can agree the figures.",
            "As part of our year-end audit, could you confirm what we owe you and list the unpaid "
            "invoices?",
            "Please confirm our outstanding balance with you as at {paid_on}.",
        ],
    ),
    T(
        "stm-en-5",
        "statement_request",
        "en",
        "B",
        ["What do we owe?", "Unpaid invoices on our account", "Reconciliation - {payer}"],
        [
            "How much do we currently owe you? Please include a breakdown by invoice.",
            "I'm reconciling our supplier accounts. Could you let me have a summary of unpaid "
            "invoices?",
            "Our ledger shows a different balance to yours. Can you send a full history of our "
            "account since "
            "{month} so we can reconcile?",
        ],
    ),
    T(
        "stm-tl-1",
        "statement_request",
        "tl",
        "A",
        ["SOA request", "Request for SOA - {payer}", "SOA po"],
        [
            "Hi po, pakisend naman po ng updated SOA namin as of end of {month}.",
            "Good day po, pwede po ba makahingi ng statement of account? Para ma-reconcile po "
            "namin.",
            "Hello po, paki-email po ng SOA, salamat po.",
        ],
    ),
    T(
        "stm-tl-2",
        "statement_request",
        "tl",
        "B",
        ["Balance namin", "Magkano pa ang balance?", "Listahan ng unpaid"],
        [
            "Hi po, magkano pa po ang natitirang balance namin sa inyo? Pakisend po ng breakdown.",
            "Ma'am, pwede po bang pakisend ng listahan ng mga unpaid invoices namin?",
            "Sir, paki-confirm naman po kung magkano pa ang utang namin, para maisama sa payment "
            "run.",
        ],
    ),
    T(
        "stm-zh-1",
        "statement_request",
        "zh",
        "A",
        ["对账单", "请提供对账单", "{month}对账单"],
        [
            "您好，请发一份截至{month}底的对账单给我们。",
            "麻烦提供我司的往来对账单，财务月底要核对。",
            "请把最新的对账单发到我的邮箱，谢谢。",
        ],
        can_forward=True,
    ),
    T(
        "stm-zh-2",
        "statement_request",
        "zh",
        "B",
        ["往来明细", "余额确认", "未付发票明细"],
        [
            "请提供一下我司目前所有未付发票的明细，我们要安排核对。",
            "年底审计需要，请确认我司欠款余额并发送明细。",
            "能否发一份往来账明细？我们这边的余额和贵司不一致。",
        ],
    ),
    T(
        "stm-zht-1",
        "statement_request",
        "zh-hant",
        "B",
        ["對帳單", "請提供對帳單", "帳款明細"],
        ["您好，請提供截至{month}底的對帳單。", "麻煩寄送我司最新的帳款明細與餘額，謝謝。"],
    ),
    T(
        "stm-de-1",
        "statement_request",
        "de",
        "A",
        ["Kontoauszug", "Anforderung Kontoauszug", "Offene Posten"],
        [
            "bitte senden Sie uns einen aktuellen Kontoauszug.",
            "für unseren Monatsabschluss benötigen wir eine Liste der offenen Posten.",
            "könnten Sie uns einen Kontoauszug per Ende {month} zukommen lassen?",
        ],
    ),
    T(
        "stm-de-2",
        "statement_request",
        "de",
        "B",
        ["Saldenbestätigung", "Saldenabstimmung {payer}", "OP-Liste"],
        [
            "im Rahmen unseres Jahresabschlusses bitten wir um eine Saldenbestätigung zum 31.12.",
            "unser Saldo weicht von Ihrem ab. Bitte senden Sie uns eine OP-Liste zur Abstimmung.",
            "bitte übermitteln Sie uns eine Aufstellung aller offenen Rechnungen.",
        ],
    ),
    T(
        "stm-ms-1",
        "statement_request",
        "ms",
        "A",
        ["Penyata akaun", "Permohonan penyata akaun", "Penyata {month}"],
        [
            "Mohon hantar penyata akaun terkini untuk syarikat kami.",
            "Sila emelkan penyata akaun bagi bulan {month}.",
            "Boleh berikan penyata akaun dan baki tertunggak kami?",
        ],
    ),
    T(
        "stm-ms-2",
        "statement_request",
        "id",
        "B",
        ["Konfirmasi saldo", "Rincian tagihan", "Daftar faktur belum dibayar"],
        [
            "Mohon kirimkan rincian tagihan yang belum kami bayar.",
            "Untuk keperluan audit, mohon konfirmasi saldo hutang kami per akhir bulan.",
            "Bisa minta daftar faktur yang masih outstanding?",
        ],
    ),
]

DISPUTE = [
    T(
        "dsp-en-1",
        "dispute",
        "en",
        "A",
        ["Dispute - invoice {inv}", "Disputed invoice {inv}", "Invoice {inv} in dispute"],
        [
            "We dispute invoice {inv}. The unit price charged does not match our PO {po}.",
            "Invoice {inv} is disputed: we were charged for 12 cartons but only 10 were delivered.",
            "Please note we are disputing {inv} until the pricing issue is resolved.",
        ],
        attachments=("", "invoice_pdf"),
    ),
    T(
        "dsp-en-2",
        "dispute",
        "en",
        "A",
        ["Incorrect invoice {inv}", "Wrong pricing on {inv}", "Invoice {inv} - incorrect amount"],
        [
            "The amount on invoice {inv} is incorrect. Our agreed price is lower than what you "
            "billed.",
            "Your invoice {inv} shows the wrong quantity. Please issue a credit note for the "
            "difference.",
            "We have been overcharged on {inv}: freight was already included in the quoted price.",
        ],
        can_forward=True,
    ),
    T(
        "dsp-en-3",
        "dispute",
        "en",
        "A",
        ["Short payment {inv}", "Damaged goods - {po}", "Claim for damaged delivery"],
        [
            "We have short-paid {inv} by {amt2} because part of the delivery arrived damaged. "
            "Photos attached.",
            "Three of the items delivered under PO {po} were broken. We will not pay for them "
            "until a credit "
            "note is issued.",
            "The goods for {inv} arrived damaged. Please arrange a credit and collect the stock.",
        ],
        attachments=("photo", "photo", ""),
    ),
    T(
        "dsp-en-4",
        "dispute",
        "en",
        "B",
        ["Query on {inv}", "Billing issue {inv}", "{inv} - please review"],
        [
            "We were billed twice for the same delivery: {inv} and {inv2} are duplicates. Please "
            "cancel one.",
            "Invoice {inv} includes a service we never ordered. We won't be paying that line.",
            "Your invoice {inv} doesn't reflect the 5% volume discount we negotiated. Kindly send "
            "a revised invoice.",
        ],
        attachments=("", "invoice_pdf"),
    ),
    T(
        "dsp-en-5",
        "dispute",
        "en",
        "B",
        ["Goods not received - {inv}", "{po} never arrived", "Payment on hold {inv}"],
        [
            "We still haven't received the goods billed on {inv}. Payment is on hold until "
            "delivery.",
            "Invoice {inv} is for PO {po}, but nothing has been delivered to our warehouse. "
            "Please investigate.",
            "We're holding payment of {inv}: the delivery was incomplete and the rest never "
            "turned up.",
        ],
        can_forward=True,
    ),
    T(
        "dsp-en-6",
        "dispute",
        "en",
        "B",
        ["Rejected: invoice {inv}", "Invoice {inv} returned", "Cannot process {inv}"],
        [
            "We are returning invoice {inv} unpaid. The rate charged is higher than the contract "
            "rate.",
            "Invoice {inv} has been rejected by our approver because the hours billed exceed the "
            "timesheets.",
            "We can't process {inv}: the GST was calculated incorrectly. Please correct and "
            "reissue.",
        ],
        attachments=("", "invoice_pdf"),
    ),
    T(
        "dsp-tl-1",
        "dispute",
        "tl",
        "A",
        ["Mali ang invoice {inv}", "Concern sa invoice {inv}", "Dispute {inv}"],
        [
            "Hi po, mali po ang presyo sa invoice {inv}. Hindi po tugma sa PO {po} namin.",
            "Good morning po, sobra po ang singil sa {inv}. Pakicheck naman po.",
            "Hello po, kulang po ang dineliver pero buo ang singil sa {inv}. Paki-issue po ng "
            "credit memo.",
        ],
    ),
    T(
        "dsp-tl-2",
        "dispute",
        "tl",
        "B",
        ["Sira ang items - {po}", "Reklamo sa delivery", "Issue sa billing {inv}"],
        [
            "Ma'am, may sira po yung ibang items na dumating para sa {po}. Hindi po namin "
            "babayaran yung "
            "mga sira.",
            "Sir, doble po ang charge ninyo sa {inv} at {inv2}. Isa lang po ang delivery.",
            "Hi po, hindi pa po namin natanggap ang goods para sa {inv} pero may invoice na. "
            "Pa-hold po muna.",
        ],
    ),
    T(
        "dsp-zh-1",
        "dispute",
        "zh",
        "A",
        ["发票{inv}金额有误", "关于发票{inv}的异议", "发票争议"],
        [
            "您好，发票{inv}的单价与合同不符，请核实并重新开具。",
            "我们对发票{inv}有异议，数量与实际收货不一致。",
            "发票{inv}金额错误，多收了运费，请开红字发票冲销。",
        ],
    ),
    T(
        "dsp-zh-2",
        "dispute",
        "zh",
        "B",
        ["货物破损", "质量问题 - {po}", "重复开票"],
        [
            "订单{po}的货物到达时有破损，破损部分我们暂不付款。",
            "{inv}和{inv2}是同一批货，重复开票了，请撤销一张。",
            "这批货有质量问题，我们已经退货，请出具折让单。",
        ],
    ),
    T(
        "dsp-zht-1",
        "dispute",
        "zh-hant",
        "B",
        ["發票金額錯誤", "發票{inv}爭議"],
        [
            "發票{inv}的金額與訂單不符，請更正後重新開立。",
            "我們對發票{inv}有爭議，貨物有損壞，暫緩付款。",
        ],
    ),
    T(
        "dsp-de-1",
        "dispute",
        "de",
        "A",
        ["Reklamation Rechnung {inv}", "Beanstandung {inv}", "Rechnung {inv} fehlerhaft"],
        [
            "die Rechnung {inv} ist fehlerhaft: Der berechnete Preis entspricht nicht unserer "
            "Bestellung {po}.",
            "hiermit beanstanden wir die Rechnung {inv}. Es wurde die doppelte Menge berechnet.",
            "wir erheben Einspruch gegen die Rechnung {inv}, da die Ware beschädigt angekommen "
            "ist.",
        ],
        can_forward=True,
    ),
    T(
        "dsp-de-2",
        "dispute",
        "de",
        "B",
        ["Differenz Rechnung {inv}", "Rechnung {inv} - Gutschrift", "Falsche Rechnung"],
        [
            "bei Rechnung {inv} gibt es eine Differenz zum vereinbarten Preis. Bitte senden Sie "
            "uns eine Gutschrift.",
            "auf der Rechnung {inv} wurde der Rabatt nicht berücksichtigt. Wir bitten um "
            "Korrektur.",
            "die Lieferung zu {inv} ist bis heute nicht vollständig eingegangen. Wir zahlen erst "
            "nach Klärung.",
        ],
    ),
    T(
        "dsp-ms-1",
        "dispute",
        "ms",
        "A",
        ["Invois {inv} tidak betul", "Aduan invois {inv}", "Pertikaian invois"],
        [
            "Harga dalam invois {inv} tidak betul. Sila semak semula dengan PO {po}.",
            "Kami telah dikenakan dua kali untuk penghantaran yang sama ({inv} dan {inv2}).",
            "Barang untuk invois {inv} rosak semasa diterima. Mohon keluarkan nota kredit.",
        ],
    ),
    T(
        "dsp-id-1",
        "dispute",
        "id",
        "B",
        ["Keberatan atas faktur {inv}", "Faktur {inv} salah", "Komplain tagihan"],
        [
            "Jumlah di faktur {inv} tidak sesuai dengan PO kami. Mohon diperbaiki.",
            "Barang yang kami terima rusak, jadi faktur {inv} belum bisa kami bayar.",
            "Kami ditagih dua kali untuk pengiriman yang sama. Mohon dicek.",
        ],
    ),
]

PAYMENT_PROMISE = [
    T(
        "pro-en-1",
        "payment_promise",
        "en",
        "A",
        ["Payment date for {inv}", "{inv} - payment scheduled", "Payment update {inv}"],
        [
            "Invoice {inv} is scheduled for payment on {pay_on}.",
            "We will pay {inv} and {inv2} in our next payment run on {pay_on}.",
            "Just confirming {inv} has been approved and will be paid on {pay_on}.",
        ],
    ),
    T(
        "pro-en-2",
        "payment_promise",
        "en",
        "A",
        ["Overdue invoices", "Re your reminder", "Payment plan"],
        [
            "Apologies for the delay. We will settle the overdue balance by {pay_on}.",
            "We are aware of the overdue invoices and will make payment by the end of the month.",
            "Can we propose a payment plan: {amt2} on {pay_on} and the balance next month?",
        ],
        can_forward=True,
    ),
    T(
        "pro-en-3",
        "payment_promise",
        "en",
        "A",
        ["Payment expected {pay_on}", "When will {inv} be paid", "{payer} payment timing"],
        [
            "Our finance team has confirmed the payment for {inv} should be released on {pay_on}.",
            "Payment for {inv} is expected to go out on {pay_on}; you should see the funds a day "
            "later.",
            "We'll transfer the full amount of {amt} on {pay_on}.",
        ],
    ),
    T(
        "pro-en-4",
        "payment_promise",
        "en",
        "B",
        ["Awaiting approval - {inv}", "{inv} in the next cycle", "Funds to follow"],
        [
            "Invoice {inv} is with our CFO for sign-off. Once approved it goes into the Thursday "
            "payment batch.",
            "I've put {inv} into next week's supplier run, so expect it around {pay_on}.",
            "Funds for {inv} are being arranged and you'll have them before {pay_on}.",
        ],
        can_forward=True,
    ),
    T(
        "pro-en-5",
        "payment_promise",
        "en",
        "B",
        ["Promise to pay", "Settlement of overdue account", "{inv} - we're on it"],
        [
            "Sorry we're late on {inv}. Cash flow has been tight, but we're going to clear it on "
            "{pay_on}.",
            "We intend to pay half of the overdue amount this Friday and the rest on {pay_on}.",
            "The invoice has been keyed in and is due to go out with our payments on {pay_on}.",
        ],
    ),
    T(
        "pro-tl-1",
        "payment_promise",
        "tl",
        "A",
        ["Bayad sa {inv}", "Payment schedule {inv}", "Follow up payment"],
        [
            "Hi po, babayaran po namin ang {inv} sa {pay_on}.",
            "Good morning po, magbabayad po kami sa susunod na linggo para sa {inv} at {inv2}.",
            "Hello po, naka-schedule na po ang bayad namin sa {pay_on}, pasensya na po sa delay.",
        ],
    ),
    T(
        "pro-tl-2",
        "payment_promise",
        "tl",
        "B",
        ["Payment {inv}", "Update sa bayad", "Pasensya po sa delay"],
        [
            "Ma'am, ipa-process po namin ang payment sa katapusan ng buwan.",
            "Sir, ide-deposit po namin ang bayad para sa {inv} sa Biyernes.",
            "Hi po, for approval pa po ang check, expected po na ma-release sa {pay_on}.",
        ],
    ),
    T(
        "pro-zh-1",
        "payment_promise",
        "zh",
        "A",
        ["付款安排 {inv}", "关于{inv}的付款", "付款计划"],
        [
            "您好，发票{inv}我们将于{pay_on}付款。",
            "{inv}和{inv2}已经审批，预计下周付款。",
            "抱歉延误，我们会在月底前结清所有逾期款项。",
        ],
    ),
    T(
        "pro-zh-2",
        "payment_promise",
        "zh",
        "B",
        ["付款时间", "{inv}付款", "逾期款项安排"],
        [
            "这笔款项财务已排期，{pay_on}打款。",
            "发票{inv}正在走审批流程，本周五安排支付。",
            "我们计划分两次付清：本月付一半，下月付余款。",
        ],
    ),
    T(
        "pro-zht-1",
        "payment_promise",
        "zh-hant",
        "A",
        ["付款安排", "發票{inv}付款日期"],
        ["您好，發票{inv}將於{pay_on}付款。", "我們會在月底前匯款，請見諒。"],
    ),
    T(
        "pro-de-1",
        "payment_promise",
        "de",
        "A",
        ["Zahlung Rechnung {inv}", "Zahlungstermin {inv}", "Ihre Zahlungserinnerung"],
        [
            "die Rechnung {inv} wird am {pay_on} überwiesen.",
            "wir werden die offenen Rechnungen im nächsten Zahlungslauf am {pay_on} begleichen.",
            "vielen Dank für die Erinnerung. Die Zahlung erfolgt bis spätestens {pay_on}.",
        ],
    ),
    T(
        "pro-de-2",
        "payment_promise",
        "de",
        "B",
        ["Zahlungsfreigabe {inv}", "Zahlung folgt", "Rechnung {inv} - Zahlung"],
        [
            "die Rechnung {inv} ist freigegeben und zur Zahlung am {pay_on} vorgesehen.",
            "sobald die Freigabe vorliegt, überweisen wir den Betrag; voraussichtlich am {pay_on}.",
            "wir zahlen die Rechnung {inv} Ende des Monats.",
        ],
    ),
    T(
        "pro-ms-1",
        "payment_promise",
        "ms",
        "A",
        ["Bayaran invois {inv}", "Jadual bayaran", "Tarikh pembayaran"],
        [
            "Pembayaran invois {inv} akan dibuat pada {pay_on}.",
            "Kami akan membayar baki tertunggak sebelum hujung bulan ini.",
            "Invois {inv} telah diluluskan dan dijadualkan untuk pembayaran minggu hadapan.",
        ],
    ),
    T(
        "pro-id-1",
        "payment_promise",
        "id",
        "B",
        ["Jadwal pembayaran {inv}", "Rencana pembayaran", "Pembayaran faktur"],
        [
            "Faktur {inv} akan kami bayar tanggal {pay_on}.",
            "Pembayaran dijadwalkan minggu depan setelah approval direktur.",
            "Mohon maaf atas keterlambatan, kami akan transfer akhir bulan ini.",
        ],
    ),
]

AUTO_REPLY = [
    T(
        "aut-en-1",
        "auto_reply",
        "en",
        "A",
        ["Automatic reply: {orig}", "Out of Office: {orig}", "{orig}"],
        [
            "I am currently out of the office until {back_on} with limited access to email. "
            "For urgent matters please contact {colleague}.",
            "Thank you for your email. I'm on annual leave and will respond on my return on "
            "{back_on}.",
            "I am out of the office today. Your message has not been forwarded.",
        ],
        headers=OOO_HEADERS,
        greet=False,
        can_reply=False,
    ),
    T(
        "aut-en-2",
        "auto_reply",
        "en",
        "A",
        ["Auto-reply: {orig}", "Away: {orig}", "Re: {orig}"],
        [
            "Hi, I'm away on holiday and back on {back_on}. In my absence please email "
            "{colleague}.",
            "Please note I no longer work at {payer}. Please direct all queries to ap@{domain}.",
            "This mailbox is no longer monitored. Please send invoices and statements to "
            "ap@{domain}.",
        ],
        headers=OOO_HEADERS,
        greet=False,
        can_reply=False,
    ),
    T(
        "aut-en-3",
        "auto_reply",
        "en",
        "B",
        ["Re: {orig}", "Away until {back_on}", "Automatic reply: {orig}"],
        [
            "I'm travelling for work this week and checking email only occasionally. I will get "
            "back to you "
            "next week. If your matter is urgent, call our office.",
            "I'm on parental leave until {back_on}. Your email will not be read. Accounts payable "
            "can be "
            "reached at ap@{domain}.",
            "Thanks for your message. I'm currently at a conference with limited connectivity and "
            "will reply "
            "as soon as I can.",
        ],
        headers=OOO_HEADERS,
        greet=False,
        can_reply=False,
    ),
    T(
        "aut-en-4",
        "auto_reply",
        "en",
        "B",
        [
            "[Ticket #{ticket}] {orig}",
            "We received your email - ref {ticket}",
            "Accounts Payable: {orig}",
        ],
        [
            "This is an automated response. We have received your email and a case number {ticket} "
            "has been "
            "created. Our team will respond within 3 business days. Please do not reply to this "
            "email.",
            "Thank you for contacting {payer} Accounts Payable. Your request has been logged under "
            "reference "
            "{ticket}. Due to high volumes, responses may take up to 5 working days.",
        ],
        headers=(NONE, AUTO_REPLIED, AUTO_GENERATED),
        greet=False,
        can_reply=False,
    ),
    T(
        "aut-en-5",
        "auto_reply",
        "en",
        "A",
        [
            "Undeliverable: {orig}",
            "Delivery Status Notification (Failure)",
            "Mail delivery failed: returning message to sender",
        ],
        [
            "Your message to {addr} couldn't be delivered.\n{addr} wasn't found at {domain}.",
            "Delivery to the following recipient failed permanently:\n\n    {addr}\n\nThe email "
            "account that you "
            "tried to reach does not exist.",
            "This message was created automatically by mail delivery software.\n\nA message that "
            "you sent could "
            "not be delivered to one or more of its recipients.\n\n  {addr}\n    550 5.1.1 User "
            "unknown",
        ],
        sender="daemon",
        shape="bounce",
        greet=False,
        can_reply=False,
        headers=(NONE, AUTO_REPLIED),
    ),
    T(
        "aut-en-6",
        "auto_reply",
        "en",
        "B",
        [
            "Returned mail: see transcript for details",
            "Undelivered Mail Returned to Sender",
            "Message not delivered",
        ],
        [
            "The original message was received but could not be delivered to {addr}: mailbox full.",
            "I'm sorry to have to inform you that your message could not be delivered to one or "
            "more recipients.\n\n"
            "<{addr}>: host mx.{domain} said: 552 mailbox quota exceeded",
        ],
        sender="daemon",
        shape="bounce",
        greet=False,
        can_reply=False,
        headers=(NONE, AUTO_REPLIED),
    ),
    T(
        "aut-en-7",
        "auto_reply",
        "en",
        "B",
        ["Read: {orig}", "Delivered: {orig}", "Read: {orig}"],
        [
            "Your message\n\nTo: {addr}\nSubject: {orig}\n\nwas read on {paid_on}.",
            "Your message has been delivered to the following recipients:\n\n{addr}",
        ],
        shape="receipt",
        greet=False,
        can_reply=False,
    ),
    T(
        "aut-tl-1",
        "auto_reply",
        "tl",
        "A",
        ["Out of office: {orig}", "Naka-leave po: {orig}", "Automatic reply: {orig}"],
        [
            "Hi po, naka-leave po ako hanggang {back_on}. Para sa urgent concerns, pakicontact po "
            "si {colleague}.",
            "Salamat po sa email ninyo. Wala po ako sa opisina ngayon at babalik po ako sa "
            "{back_on}.",
        ],
        headers=OOO_HEADERS,
        greet=False,
        can_reply=False,
    ),
    T(
        "aut-tl-2",
        "auto_reply",
        "tl",
        "B",
        ["{orig}", "Auto-reply: {orig}"],
        [
            "Magandang araw po! Nasa bakasyon po ako ngayong linggo at limitado ang access sa "
            "email. "
            "Sasagutin ko po ang inyong mensahe pagbalik ko.",
            "Hello po, on leave po ako until {back_on}. Hindi ko po mababasa ang email ninyo agad.",
        ],
        headers=OOO_HEADERS,
        greet=False,
        can_reply=False,
    ),
    T(
        "aut-zh-1",
        "auto_reply",
        "zh",
        "A",
        ["自动回复：{orig}", "自动答复: {orig}", "不在办公室：{orig}"],
        [
            "您好，我目前休假中，将于{back_on}返回办公室。如有急事请联系{colleague}。",
            "感谢来信。本人出差期间无法及时回复邮件，回来后会尽快处理。",
        ],
        headers=OOO_HEADERS,
        greet=False,
        can_reply=False,
    ),
    T(
        "aut-zh-2",
        "auto_reply",
        "zh",
        "B",
        ["回复: {orig}", "{orig}", "Re: {orig}"],
        [
            "您好！我正在休年假，{back_on}上班，期间邮件可能无法查看，紧急事宜请致电公司总机。",
            "您的邮件已收到。本邮箱为系统自动回复，请勿直接回复。",
        ],
        headers=OOO_HEADERS,
        greet=False,
        can_reply=False,
    ),
    T(
        "aut-zht-1",
        "auto_reply",
        "zh-hant",
        "A",
        ["自動回覆：{orig}", "休假通知：{orig}"],
        [
            "您好，本人休假中，將於{back_on}返回辦公室，緊急事項請聯絡{colleague}。",
            "謝謝您的來信，我目前不在辦公室，回來後將盡快回覆。",
        ],
        headers=OOO_HEADERS,
        greet=False,
        can_reply=False,
    ),
    T(
        "aut-de-1",
        "auto_reply",
        "de",
        "A",
        ["Abwesenheitsnotiz: {orig}", "Automatische Antwort: {orig}", "Abwesend: {orig}"],
        [
            "Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich {back_on} nicht im Büro. "
            "In dringenden "
            "Fällen wenden Sie sich bitte an {colleague}.",
            "Ich bin derzeit im Urlaub und ab dem {back_on} wieder erreichbar. Ihre E-Mail wird "
            "nicht weitergeleitet.",
        ],
        headers=OOO_HEADERS,
        greet=False,
        can_reply=False,
    ),
    T(
        "aut-de-2",
        "auto_reply",
        "de",
        "B",
        ["AW: {orig}", "{orig}", "Automatische Antwort: {orig}"],
        [
            "Guten Tag, ich befinde mich auf Geschäftsreise und bin ab {back_on} wieder im Haus. "
            "Ihre Nachricht wird danach bearbeitet.",
            "Ich bin in Elternzeit. Bitte wenden Sie sich an die Kreditorenbuchhaltung unter "
            "ap@{domain}.",
        ],
        headers=OOO_HEADERS,
        greet=False,
        can_reply=False,
    ),
    T(
        "aut-de-3",
        "auto_reply",
        "de",
        "A",
        ["Unzustellbar: {orig}", "Nicht zustellbar: {orig}"],
        [
            "Ihre Nachricht konnte nicht an {addr} zugestellt werden. Der Empfänger wurde nicht "
            "gefunden.",
            "Die Zustellung an folgende Empfänger ist fehlgeschlagen:\n{addr}",
        ],
        sender="daemon",
        shape="bounce",
        greet=False,
        can_reply=False,
    ),
    T(
        "aut-ms-1",
        "auto_reply",
        "ms",
        "A",
        ["Di luar pejabat: {orig}", "Balasan automatik: {orig}"],
        [
            "Terima kasih atas emel anda. Saya sedang bercuti dan akan kembali ke pejabat pada "
            "{back_on}.",
            "Saya di luar pejabat sehingga {back_on}. Untuk urusan segera, sila hubungi "
            "{colleague}.",
        ],
        headers=OOO_HEADERS,
        greet=False,
        can_reply=False,
    ),
    T(
        "aut-id-1",
        "auto_reply",
        "id",
        "B",
        ["Balasan otomatis: {orig}", "Cuti: {orig}"],
        [
            "Terima kasih atas email Anda. Saya sedang cuti sampai {back_on} dan akan membalas "
            "setelah kembali.",
            "Saya sedang di luar kantor. Untuk hal mendesak silakan hubungi {colleague}.",
        ],
        headers=OOO_HEADERS,
        greet=False,
        can_reply=False,
    ),
    T(
        "aut-ja-1",
        "auto_reply",
        "ja",
        "B",
        ["自動返信: {orig}", "不在のお知らせ: {orig}"],
        [
            "誠に恐れ入りますが、{back_on}まで休暇をいただいております。戻り次第ご連絡いたします。",
            "ただいま出張のため不在にしております。急ぎの場合は{colleague}までご連絡ください。",
        ],
        headers=OOO_HEADERS,
        greet=False,
        can_reply=False,
    ),
]

PORTAL = [
    T(
        "por-coupa-1",
        "portal_notification",
        "en",
        "A",
        [
            "Invoice {inv} has been approved",
            "Invoice {inv} was rejected by {payer}",
            "Invoice {inv} - payment scheduled",
        ],
        [
            "Your invoice {inv} to {payer} has been approved for payment.\n\nView invoice in "
            "Coupa Supplier Portal.",
            "{payer} has rejected invoice {inv}. Reason: PO number missing. Please log in to "
            "correct and resubmit.",
            "Invoice {inv} for {amt} is scheduled to be paid on {pay_on}.\n\nThis is an automated "
            "notification "
            "from Coupa.",
        ],
        sender="portal:coupa",
        headers=PORTAL_HEADERS,
        greet=False,
        can_reply=False,
    ),
    T(
        "por-coupa-2",
        "portal_notification",
        "en",
        "B",
        [
            "New Purchase Order {po} from {payer}",
            "{payer} disputed invoice {inv}",
            "Action required: {inv}",
        ],
        [
            "You have received a new purchase order {po} from {payer}. Please acknowledge the "
            "order.",
            "{payer} has disputed invoice {inv}: quantity billed is more than quantity received. "
            "Respond to the "
            "dispute online.",
            "Invoice {inv} requires your attention. A credit note may be needed.",
        ],
        sender="portal:coupa",
        headers=PORTAL_HEADERS,
        greet=False,
        can_reply=False,
    ),
    T(
        "por-ariba-1",
        "portal_notification",
        "en",
        "A",
        [
            "{payer} sent a new Purchase Order {po}",
            "Invoice {inv} status changed to Approved",
            "Payment Remittance {ref} from {payer}",
        ],
        [
            "{payer} has sent you a purchase order {po} through SAP Business Network.",
            "The status of your invoice {inv} has changed to Approved. Log in to view the details.",
            "{payer} has sent a payment remittance of {amt} covering invoice {inv}. Payment date: "
            "{paid_on}.",
        ],
        sender="portal:ariba",
        headers=PORTAL_HEADERS,
        greet=False,
        can_reply=False,
    ),
    T(
        "por-ariba-2",
        "portal_notification",
        "en",
        "B",
        [
            "Invoice {inv} failed",
            "Your invoice {inv} was rejected",
            "Order confirmation required {po}",
        ],
        [
            "Invoice {inv} submitted to {payer} could not be processed: the invoice total does not "
            "match the "
            "order. Resubmit a corrected invoice.",
            "{payer} rejected your invoice {inv}. Comments: wrong tax code.",
            "Please confirm purchase order {po} from {payer} at your earliest convenience.",
        ],
        sender="portal:ariba",
        headers=PORTAL_HEADERS,
        greet=False,
        can_reply=False,
    ),
    T(
        "por-taulia-1",
        "portal_notification",
        "en",
        "A",
        [
            "Early payment offer for invoice {inv}",
            "Get paid early on {inv}",
            "Invoice {inv} approved for payment",
        ],
        [
            "Good news! Invoice {inv} from {payer} is eligible for early payment. Accept the offer "
            "to receive "
            "{amt} on {pay_on}.",
            "{payer} has approved invoice {inv}. Expected payment date: {pay_on}.",
        ],
        sender="portal:taulia",
        headers=PORTAL_HEADERS,
        greet=False,
        can_reply=False,
    ),
    T(
        "por-taulia-2",
        "portal_notification",
        "en",
        "B",
        [
            "Invoice {inv} has been paid",
            "Your invoice status update",
            "Remittance available for {payer}",
        ],
        [
            "Invoice {inv} has been paid by {payer}. Payment reference {ref}.",
            "There is a status update on invoice {inv}: On hold - waiting for goods receipt.",
            "A new remittance is available for payments from {payer}. Sign in to download.",
        ],
        sender="portal:taulia",
        headers=PORTAL_HEADERS,
        greet=False,
        can_reply=False,
    ),
    T(
        "por-coupa-de",
        "portal_notification",
        "de",
        "A",
        ["Rechnung {inv} wurde genehmigt", "Neue Bestellung {po} von {payer}"],
        [
            "Ihre Rechnung {inv} an {payer} wurde zur Zahlung genehmigt.",
            "{payer} hat Ihnen eine neue Bestellung {po} gesendet. Bitte bestätigen Sie diese im "
            "Lieferantenportal.",
        ],
        sender="portal:coupa",
        headers=PORTAL_HEADERS,
        greet=False,
        can_reply=False,
    ),
    T(
        "por-ariba-zh",
        "portal_notification",
        "zh",
        "B",
        ["{payer} 发送了新的采购订单 {po}", "发票 {inv} 状态已更新"],
        [
            "{payer} 已通过 SAP Business Network 向您发送采购订单 {po}。",
            "您的发票 {inv} 已被批准。请登录查看详情。",
        ],
        sender="portal:ariba",
        headers=PORTAL_HEADERS,
        greet=False,
        can_reply=False,
    ),
    T(
        "por-own-domain",
        "portal_notification",
        "en",
        "B",
        ["{payer} invoice {inv} approved", "Purchase order {po} from {payer}"],
        [
            "This notification was sent by {payer}'s Coupa instance. Invoice {inv} has been "
            "approved.",
            "{payer} issued purchase order {po} via the Ariba Network. Please log in to confirm.",
        ],
        greet=False,
        can_reply=False,
    ),
]

OTHER = [
    T(
        "oth-news-1",
        "other",
        "en",
        "A",
        ["Your {month} newsletter", "What's new in AR automation", "5 tips to get paid faster"],
        [
            "Read our latest insights on cash flow and receivables.\n\nView this email in your "
            "browser.\n"
            "Unsubscribe | Manage preferences",
            "Join 5,000 finance leaders at our upcoming webinar. Register now to save your "
            "seat.\n\n"
            "You are receiving this email because you subscribed. Unsubscribe.",
        ],
        sender="vendor",
        headers=(LIST, BULK, NONE),
        greet=False,
        can_reply=False,
    ),
    T(
        "oth-news-2",
        "other",
        "en",
        "B",
        [
            "Introducing instant payments for business",
            "Special offer: 30% off invoice software",
            "Last chance to register",
        ],
        [
            "Send and receive payments in seconds with our new business account. Learn more at our "
            "website.\n\n"
            "© 2024 Example Bank. All rights reserved. Privacy policy. Unsubscribe.",
            "Automate your invoicing and chase overdue invoices automatically. Start your free "
            "trial today!",
            "Only a few seats left for our accounts receivable summit. Book now.",
        ],
        sender="vendor",
        headers=(LIST, BULK, NONE),
        greet=False,
        can_reply=False,
    ),
    T(
        "oth-invite-1",
        "other",
        "en",
        "A",
        [
            "Invitation: AR weekly sync @ Tue 10am",
            "Updated invitation: Month-end close review",
            "Accepted: Collections catch-up",
        ],
        [
            "You have been invited to the following event.\n\nAR weekly sync\nWhen: Tuesday "
            "10:00-10:30\n"
            "Join Microsoft Teams Meeting\nMeeting ID: 123 456 789",
            "Month-end close review\nWhen: Friday 14:00\nWhere: Boardroom 2\n\nAgenda: open "
            "items, cash forecast.",
        ],
        sender="internal",
        attachments=("ics", "ics", ""),
        greet=False,
        can_reply=False,
    ),
    T(
        "oth-invite-2",
        "other",
        "en",
        "B",
        ["Quarterly business review", "Catch up next week?", "Meeting request: supplier review"],
        [
            "Hi, can we set up a call next week to go through the quarterly business review? I'll "
            "send a "
            "calendar invite once we agree a time.",
            "Would Thursday at 3pm suit for a quick catch up on the new contract? Happy to do "
            "Zoom.",
        ],
        attachments=("", "ics"),
    ),
    T(
        "oth-internal-1",
        "other",
        "en",
        "A",
        ["Team lunch Friday", "Office closed on Monday", "Parking at the new office"],
        [
            "Hi team, we're doing lunch on Friday at 12:30 to celebrate the end of the quarter. "
            "Let me know "
            "if you're in.",
            "Reminder that the office is closed on Monday for the public holiday.",
            "From next week, visitor parking is on level B2. Please let reception know of any "
            "visitors.",
        ],
        sender="internal",
    ),
    T(
        "oth-internal-2",
        "other",
        "en",
        "B",
        ["Printer on level 3", "Farewell drinks for Sam", "Can you cover the phones?"],
        [
            "The printer near the kitchen is jammed again, IT is on it.",
            "Sam's last day is Thursday, drinks at the pub from 5pm. All welcome!",
            "I have a doctor's appointment at 2. Could someone look after the AR phone line for "
            "an hour?",
        ],
        sender="internal",
    ),
    T(
        "oth-security-1",
        "other",
        "en",
        "A",
        [
            "Security alert: new sign-in",
            "Your password expires in 3 days",
            "Verify your email address",
        ],
        [
            "We noticed a new sign-in to your account from a Windows device. If this was you, no "
            "action is needed.",
            "Your network password will expire in 3 days. Please change it before it expires.",
            "Enter this verification code to continue: 482913. The code expires in 10 minutes.",
        ],
        sender="vendor",
        greet=False,
        can_reply=False,
    ),
    T(
        "oth-courier-1",
        "other",
        "en",
        "B",
        [
            "Your parcel is on its way",
            "Shipment notification {ref}",
            "Delivery scheduled for tomorrow",
        ],
        [
            "Your parcel {ref} has been dispatched and will arrive tomorrow. Track your delivery "
            "online.",
            "Good news, your order has shipped. Tracking number: {ref}.",
        ],
        sender="vendor",
        greet=False,
        can_reply=False,
    ),
    T(
        "oth-thanks-1",
        "other",
        "en",
        "A",
        ["Thanks", "Received, thank you", "Noted"],
        ["Thanks, received.", "Noted with thanks.", "Got it, thank you for the quick response!"],
        reply_rate=1.0,
    ),
    T(
        "oth-sales-1",
        "other",
        "en",
        "B",
        ["New price list {month}", "Product catalogue", "Change of bank details notification"],
        [
            "Please find attached our updated price list effective from {month}.",
            "Attached is our new product catalogue. Let me know if you'd like samples.",
            "Please update your vendor master: our company has moved to a new office address from "
            "{month}.",
        ],
        attachments=("plain_pdf", ""),
    ),
    T(
        "oth-tl-1",
        "other",
        "tl",
        "A",
        ["Merienda mamaya", "Despedida ni Joy", "Meeting bukas"],
        [
            "Hi guys, may merienda mamaya sa pantry, kain tayo!",
            "Despedida ni Joy sa Biyernes, 6pm. Sama kayo!",
            "Reminder po, may team meeting tayo bukas ng 9am sa conference room.",
        ],
        sender="internal",
    ),
    T(
        "oth-zh-1",
        "other",
        "zh",
        "A",
        ["会议邀请：月度财务会议", "培训通知", "端午节放假通知"],
        [
            "各位同事，本月财务例会定于周三下午两点召开，请准时参加。",
            "下周二将组织新系统培训，请大家报名。",
            "根据公司安排，端午节放假三天，请各部门提前做好工作安排。",
        ],
        sender="internal",
    ),
    T(
        "oth-zh-2",
        "other",
        "zh",
        "B",
        ["限时优惠", "研讨会邀请", "新品发布"],
        [
            "本周所有商品八折优惠，欢迎选购。如不想再收到此类邮件，请点击退订。",
            "诚邀您参加我们的供应链金融研讨会，名额有限。",
        ],
        sender="vendor",
        headers=(LIST, NONE),
        greet=False,
        can_reply=False,
    ),
    T(
        "oth-de-1",
        "other",
        "de",
        "A",
        ["Einladung: Teambesprechung", "Newsletter {month}", "Weihnachtsfeier"],
        [
            "hiermit lade ich Sie zur Teambesprechung am Donnerstag um 10 Uhr ein.",
            "Die neuesten Nachrichten aus unserem Haus. Zum Abmelden klicken Sie hier.",
            "unsere Weihnachtsfeier findet am 15. Dezember statt. Wir freuen uns auf Sie!",
        ],
        sender="internal",
        headers=(NONE, NONE, LIST),
    ),
    T(
        "oth-de-2",
        "other",
        "de",
        "B",
        ["Wartungsarbeiten am Wochenende", "Schulung neues ERP", "Umzug unseres Büros"],
        [
            "am Samstag finden Wartungsarbeiten an unseren Servern statt. Das System ist nicht "
            "verfügbar.",
            "für das neue ERP-System bieten wir nächste Woche eine Schulung an. Bitte melden Sie "
            "sich an.",
            "wir ziehen um: ab {month} finden Sie uns in der Hauptstraße 12.",
        ],
        sender="internal",
    ),
    T(
        "oth-ms-1",
        "other",
        "ms",
        "B",
        ["Jemputan mesyuarat", "Majlis makan tengah hari", "Latihan sistem baru"],
        [
            "Dijemput hadir ke mesyuarat bulanan pada hari Rabu jam 10 pagi.",
            "Jamuan makan tengah hari sempena Hari Raya pada hari Jumaat ini.",
            "Latihan sistem perakaunan baru akan diadakan minggu depan.",
        ],
        sender="internal",
    ),
]

TEMPLATES: tuple[Template, ...] = (
    *REMITTANCE,
    *INVOICE_REQUEST,
    *STATEMENT_REQUEST,
    *DISPUTE,
    *PAYMENT_PROMISE,
    *AUTO_REPLY,
    *PORTAL,
    *OTHER,
)
"""Every template, in category order."""

OUTBOUND: dict[str, list[tuple[str, str, str]]] = {
    # (topic category, subject, body) of mail the AR team sent, which customers reply to.
    "en": [
        (
            "statement_request",
            "Statement of account - {payer}",
            "Please find attached your statement of account as at {paid_on}. Please let us know if "
            "any item "
            "does not agree with your records.",
        ),
        (
            "payment_promise",
            "Overdue invoice {inv}",
            "Our records show that invoice {inv} for {amt} is now overdue. Please arrange payment "
            "or let us "
            "know when we can expect it.",
        ),
        (
            "invoice_request",
            "Invoice copy: {inv}",
            "As requested, please find attached a copy of invoice {inv}.",
        ),
        (
            "remittance",
            "Thank you for your payment",
            "Thank you for your payment of {amt}. We have applied it to {inv}.",
        ),
        (
            "dispute",
            "Your query on {inv}",
            "Thank you for letting us know about the pricing on {inv}. We have logged your query "
            "and will come "
            "back to you within two business days.",
        ),
        (
            "other",
            "Invoice {inv} from {us}",
            "Please find attached invoice {inv} for {amt}, due on {pay_on}.",
        ),
    ],
    "de": [
        (
            "statement_request",
            "Kontoauszug {payer}",
            "anbei erhalten Sie Ihren aktuellen Kontoauszug mit allen offenen Posten.",
        ),
        (
            "payment_promise",
            "Zahlungserinnerung Rechnung {inv}",
            "die Rechnung {inv} über {amt} ist seit dem {paid_on} fällig. Bitte überweisen Sie "
            "den Betrag.",
        ),
        (
            "invoice_request",
            "Rechnungskopie {inv}",
            "wie gewünscht senden wir Ihnen eine Kopie der Rechnung {inv}.",
        ),
        (
            "remittance",
            "Vielen Dank für Ihre Zahlung",
            "wir haben Ihre Zahlung über {amt} erhalten.",
        ),
    ],
    "zh": [
        ("statement_request", "{payer} 对账单", "您好，附件是截至{paid_on}的对账单，请核对。"),
        (
            "payment_promise",
            "逾期付款提醒 {inv}",
            "您好，发票{inv}（金额{amt}）已逾期，请尽快安排付款。",
        ),
        ("invoice_request", "发票副本 {inv}", "您好，按您的要求，附件是发票{inv}的副本。"),
        ("remittance", "收款确认", "您好，我们已收到贵司付款{amt}，谢谢。"),
    ],
    "zh-hant": [
        ("statement_request", "{payer} 對帳單", "您好，附件為截至{paid_on}的對帳單，請核對。"),
        ("payment_promise", "逾期付款提醒 {inv}", "您好，發票{inv}已逾期，請儘快安排付款。"),
    ],
}
"""What the AR team sent: the quoted history customers' replies carry."""

# A second batch of tuning templates (split A), written after the first held-out run showed
# the lexicon knew phrases rather than constructions. Deliberately different wording again.
TUNING_BATCH_2 = [
    T(
        "pro-en-6",
        "payment_promise",
        "en",
        "A",
        ["ETA on payment", "Re: overdue {inv}", "{inv} payment timing"],
        [
            "ETA for payment is {pay_on}. It's approved and sitting in the queue.",
            "We're waiting on funds from our own customer; once they land we'll clear {inv}, "
            "likely next week.",
            "I can confirm we're paying this on {pay_on}.",
            "This missed our AP cut-off, so it goes out in the following run.",
        ],
    ),
    T(
        "pro-en-7",
        "payment_promise",
        "en",
        "A",
        ["Cheque for {inv}", "Payment authorised", "Settling our account"],
        [
            "The cheque is being prepared and will be posted on Monday.",
            "Payment has been authorised and should reach you within 7 days.",
            "Expect the transfer on Friday. Sorry again for the wait.",
            "Our terms are 60 days, so {inv} is due to be paid on {pay_on}.",
        ],
    ),
    T(
        "dsp-en-7",
        "dispute",
        "en",
        "A",
        ["{inv} - quantity", "Old rate charged", "Unauthorised charge"],
        [
            "We only received 8 of the 10 units on {inv}, so we can only pay for 8.",
            "You've invoiced us at last year's rate. The new contract rate applies from {month}.",
            "There's a call-out fee on {inv} that nobody here authorised.",
            "We returned those goods last month but have still been billed for them.",
        ],
    ),
    T(
        "dsp-en-8",
        "dispute",
        "en",
        "A",
        ["{inv} exceeds PO", "Discount missing", "We don't recognise this invoice"],
        [
            "The total on {inv} exceeds the PO value by {amt2}. We need this fixed before we can "
            "pay.",
            "The early payment discount hasn't been applied on {inv}.",
            "We don't recognise invoice {inv}; we have no record of this order.",
            "The service was cancelled in {month}, yet {inv} bills us for the whole quarter.",
        ],
    ),
    T(
        "inv-en-6",
        "invoice_request",
        "en",
        "A",
        ["Invoices for {month}", "Need the bill for {po}", "Tax invoice please"],
        [
            "We can't pay without an invoice. Please email it to ap@{domain}.",
            "Could I please get the tax invoice for the delivery last week?",
            "Please forward all invoices for {month} to our new AP address.",
            "Would you send us the bill for last month's services? Our AP team needs it to "
            "process payment.",
        ],
    ),
    T(
        "stm-en-6",
        "statement_request",
        "en",
        "A",
        ["Account summary please", "What's still open?", "Customer ledger"],
        [
            "Could you send me an account summary? I want to see what's still open.",
            "Which invoices are still unpaid on your side? Please send a breakdown.",
            "Could you provide our customer ledger for the last six months?",
            "Can you tell us our current balance and list the invoices behind it?",
        ],
    ),
    T(
        "rem-en-7",
        "remittance",
        "en",
        "A",
        ["Paid", "Money sent", "{inv} cleared"],
        [
            "All done - {inv} was paid this morning. Details attached.",
            "We've sent the funds for {inv} and {inv2} via PayNow today.",
            "Cleared {inv} in today's payment batch, {amt}. Remittance to follow from our system.",
        ],
        attachments=("", "plain_pdf"),
    ),
    T(
        "oth-en-9",
        "other",
        "en",
        "A",
        ["Happy holidays from {payer}", "Change of contact", "Vendor survey"],
        [
            "Wishing you and your team a happy holiday season. Our office closes on 24 December.",
            "Please note Maria has taken over from Joe as our main contact from next month.",
            "We'd value your feedback - please complete our short supplier survey.",
        ],
        can_reply=False,
    ),
    T(
        "pro-de-3",
        "payment_promise",
        "de",
        "A",
        ["Zahlung Rechnung {inv}", "Ihre Mahnung"],
        [
            "wir begleichen den Betrag in der kommenden Woche.",
            "die Rechnung ist bei uns in der Freigabe, die Überweisung folgt zum {pay_on}.",
            "entschuldigen Sie die Verzögerung, Sie erhalten die Zahlung bis Monatsende.",
        ],
    ),
    T(
        "dsp-de-3",
        "dispute",
        "de",
        "A",
        ["Rechnung {inv} - Menge", "Rechnung {inv} nicht nachvollziehbar"],
        [
            "laut Lieferschein haben wir nur 8 von 10 Stück erhalten, berechnet wurden aber 10.",
            "die berechneten Stunden sind für uns nicht nachvollziehbar. Bitte um Prüfung.",
            "der vereinbarte Rabatt von 3 % fehlt auf der Rechnung.",
        ],
    ),
    T(
        "inv-de-3",
        "invoice_request",
        "de",
        "A",
        ["Rechnung zu Lieferung", "Bitte Rechnung senden"],
        [
            "ohne Rechnung können wir nicht zahlen. Bitte senden Sie uns die Rechnung per E-Mail.",
            "bitte schicken Sie uns die Rechnung zur Bestellung {po} an ap@{domain}.",
        ],
    ),
    T(
        "stm-de-3",
        "statement_request",
        "de",
        "A",
        ["Welche Rechnungen sind offen?", "Saldo"],
        [
            "welche Rechnungen sind bei Ihnen noch offen? Bitte um eine kurze Aufstellung.",
            "können Sie uns den aktuellen Saldo unseres Kundenkontos mitteilen?",
        ],
    ),
    T(
        "pro-zh-3",
        "payment_promise",
        "zh",
        "A",
        ["付款进度", "关于逾期"],
        [
            "您好，款项已经走完审批，下周一可以付出。",
            "财务说这周内安排转账，请再等几天。",
            "本月资金紧张，{inv}的款项争取在月底支付。",
        ],
    ),
    T(
        "dsp-zh-3",
        "dispute",
        "zh",
        "A",
        ["发票数量问题", "发票{inv}"],
        [
            "发票上的数量是10件，但我们只收到8件，请按实际收货重新开票。",
            "这张发票的价格还是旧价格，按新合同应该更低。",
            "我们没有下过这个订单，不认可这张发票。",
        ],
    ),
    T(
        "inv-zh-3",
        "invoice_request",
        "zh",
        "A",
        ["发票", "请开票"],
        [
            "请把上个月的发票发到我们财务邮箱，没有发票无法付款。",
            "您好，订单{po}已经收货了，请尽快开具发票寄给我们。",
        ],
    ),
    T(
        "stm-zh-3",
        "statement_request",
        "zh",
        "A",
        ["未付款项", "欠款余额"],
        [
            "请问我司目前还有哪些发票没有付？麻烦列个清单。",
            "请告知我司在贵司的欠款余额，以及对应的发票明细。",
        ],
    ),
    T(
        "pro-tl-3",
        "payment_promise",
        "tl",
        "A",
        ["Payment po", "Re: follow up"],
        [
            "Hi po, for release na po ang check sa Friday, pakuha na lang po sa office.",
            "Pasensya na po, next week pa po ang payment namin kasi hinihintay pa ang approval.",
            "Ma'am, sa 15 po ang schedule ng bayad namin sa mga supplier.",
        ],
    ),
    T(
        "dsp-tl-3",
        "dispute",
        "tl",
        "A",
        ["Invoice {inv} po", "Concern po"],
        [
            "Hi po, walong (8) kahon lang po ang natanggap namin pero sampu ang nasa invoice.",
            "Ma'am, luma pa po ang presyo sa invoice, dapat po yung bagong price list.",
            "Sir, hindi po namin in-order yung item sa invoice {inv}.",
        ],
    ),
    T(
        "stm-tl-3",
        "statement_request",
        "tl",
        "A",
        ["Unpaid invoices po", "Balance po"],
        [
            "Hi po, ano-ano pa po ang unpaid invoices namin sa inyo?",
            "Pwede po pakisabi kung magkano pa ang outstanding balance namin?",
        ],
    ),
    T(
        "inv-tl-3",
        "invoice_request",
        "tl",
        "A",
        ["Invoice po", "Bill po"],
        [
            "Hi po, hindi po kami makakapagbayad hangga't wala ang invoice, pakisend po.",
            "Good morning po, pa-email naman po ng invoice para sa delivery kahapon.",
        ],
    ),
]
TEMPLATES = (*TEMPLATES, *TUNING_BATCH_2)

# A third tuning batch (split A): more ways of asking, disputing and promising.
TUNING_BATCH_3 = [
    T(
        "inv-en-7",
        "invoice_request",
        "en",
        "A",
        ["Invoice for Tuesday's delivery", "Blank attachment", "Auditor request"],
        [
            "Hi, do you have the invoice for the pallets delivered on Tuesday? Can't see it in "
            "our inbox.",
            "The invoice attachment was blank. Mind sending it again?",
            "Our auditors have asked for invoices {inv} and {inv2}. Could you pull those for me?",
            "Our system rejected the file you sent - can you send the invoice as a PDF instead?",
        ],
    ),
    T(
        "stm-en-7",
        "statement_request",
        "en",
        "A",
        ["Year end", "Account listing", "Overdue items"],
        [
            "We're closing the year and need to know exactly what's owed to you.",
            "Could you send through a full account listing so we can clean up our books?",
            "Can you send me everything that's overdue on our account?",
            "Mind sending a printout of our transactions for the last quarter?",
        ],
    ),
    T(
        "dsp-en-9",
        "dispute",
        "en",
        "A",
        ["Hours on {inv}", "Price increase?", "GST on {inv}"],
        [
            "The invoice lists 50 hours but the timesheet shows 42.",
            "Why has the price gone up? Nobody told us about a price increase.",
            "The GST on {inv} is wrong - it should be 10% not 15%.",
            "We have a problem with {inv}: the freight charge was supposed to be waived.",
        ],
    ),
    T(
        "pro-en-8",
        "payment_promise",
        "en",
        "A",
        ["Payment Thursday", "{inv}", "Next batch"],
        [
            "Payment is lined up for Thursday.",
            "You'll see it in your account early next week.",
            "We've approved it; it'll be in the next batch.",
            "Give us until the 20th and it'll be paid.",
        ],
    ),
    T(
        "rem-en-8",
        "remittance",
        "en",
        "A",
        ["Payment confirmation", "Credited today", "Invoices settled"],
        [
            "Please note a payment of {amt} was credited to your account today.",
            "Attached is our payment confirmation from the bank.",
            "This is to confirm that the following invoices were settled in our last payment "
            "run:\n\n{table}",
        ],
        attachments=("", "bank_pdf"),
    ),
    T(
        "oth-en-10",
        "other",
        "en",
        "A",
        ["Leave request", "Expense claims due", "Q3 forecast"],
        [
            "Can you approve my leave request for next week?",
            "Reminder: submit your expense claims by Friday.",
            "The Q3 forecast deck is attached for tomorrow's review.",
        ],
        sender="internal",
        attachments=("", "plain_pdf"),
    ),
    T(
        "inv-de-4",
        "invoice_request",
        "de",
        "A",
        ["Rechnung als PDF", "Rechnung fehlt uns"],
        [
            "können Sie uns bitte die Rechnung als PDF zukommen lassen? Wir haben nur den "
            "Lieferschein.",
            "uns fehlt zu Ihrer Lieferung vom {paid_on} noch die Rechnung.",
        ],
    ),
    T(
        "stm-de-4",
        "statement_request",
        "de",
        "A",
        ["Übersicht offene Beträge", "Kundenkonto"],
        [
            "bitte senden Sie uns eine Übersicht aller offenen Beträge.",
            "können Sie uns einen Auszug unseres Kundenkontos schicken?",
        ],
    ),
    T(
        "dsp-de-4",
        "dispute",
        "de",
        "A",
        ["Rechnung {inv}", "Preiserhöhung"],
        [
            "die Rechnung enthält Positionen, die wir nicht bestellt haben.",
            "der Preis wurde ohne Absprache erhöht. Das akzeptieren wir nicht.",
        ],
    ),
    T(
        "pro-de-4",
        "payment_promise",
        "de",
        "A",
        ["Zahlung", "Ihre Rechnung {inv}"],
        ["die Zahlung ist für nächste Woche eingeplant.", "wir überweisen morgen."],
    ),
    T(
        "rem-de-3",
        "remittance",
        "de",
        "A",
        ["Zahlungsbestätigung", "Rechnung {inv} angewiesen"],
        ["wir haben die Rechnung heute angewiesen.", "anbei die Zahlungsbestätigung unserer Bank."],
        attachments=("", "bank_pdf"),
    ),
    T(
        "inv-zh-4",
        "invoice_request",
        "zh",
        "A",
        ["开票", "发票附件"],
        ["麻烦把这笔订单的发票开一下寄过来。", "发票附件是空白的，请重新发一次。"],
    ),
    T(
        "stm-zh-4",
        "statement_request",
        "zh",
        "A",
        ["应付明细", "欠款"],
        ["请发一份我司的应付明细，年底要核对。", "麻烦告诉我们目前欠你们多少钱。"],
    ),
    T(
        "dsp-zh-4",
        "dispute",
        "zh",
        "A",
        ["单价", "发票抬头"],
        ["为什么单价涨了？我们没有收到涨价通知。", "发票抬头开错了，请重开。"],
    ),
    T(
        "pro-zh-4",
        "payment_promise",
        "zh",
        "A",
        ["付款", "货款"],
        ["下个月初一定付清。", "等老板签字后就付款。"],
    ),
    T(
        "rem-zh-3",
        "remittance",
        "zh",
        "A",
        ["货款", "转账截图"],
        ["货款今天已经汇出了，请注意查收。", "附件是转账截图，请确认。"],
        attachments=("", "photo_pay"),
    ),
    T(
        "oth-zh-3",
        "other",
        "zh",
        "A",
        ["停电通知", "年会"],
        ["本周五下午停电，请提前保存文件。", "公司年会定于下月举行，欢迎大家报名表演节目。"],
        sender="internal",
    ),
    T(
        "dsp-tl-4",
        "dispute",
        "tl",
        "A",
        ["Presyo po", "Invoice po"],
        [
            "Bakit po tumaas ang presyo? Wala po kaming natanggap na abiso.",
            "Hi po, may item po sa invoice na hindi namin natanggap.",
        ],
    ),
    T(
        "pro-tl-4",
        "payment_promise",
        "tl",
        "A",
        ["Bayad po", "Payment"],
        [
            "Babayaran po namin pagka-approve ng boss.",
            "Ma'am, next Friday po ang release ng payment.",
        ],
    ),
    T(
        "rem-tl-3",
        "remittance",
        "tl",
        "A",
        ["Paid na po", "Payment done"],
        [
            "Ma'am, paid na po kami. Paki-check na lang po.",
            "Hi po, tapos na po ang payment namin kahapon.",
        ],
    ),
    T(
        "inv-tl-4",
        "invoice_request",
        "tl",
        "A",
        ["Invoice request", "Invoice po"],
        [
            "Pahingi po ng invoice for the delivery last week.",
            "Hi po, pwede po makahingi ng invoice?",
        ],
    ),
    T(
        "stm-tl-4",
        "statement_request",
        "tl",
        "A",
        ["Summary po", "Bayarin"],
        [
            "Pakisend naman po ng summary ng lahat ng bayarin namin.",
            "Hi po, ano na po ang total na balance namin?",
        ],
    ),
    T(
        "inv-ms-2",
        "invoice_request",
        "ms",
        "A",
        ["Invois penghantaran", "Invois"],
        [
            "Boleh hantar invois untuk penghantaran minggu lepas?",
            "Kami perlukan invois asal untuk proses bayaran.",
        ],
    ),
    T(
        "stm-ms-3",
        "statement_request",
        "ms",
        "A",
        ["Ringkasan akaun", "Baki"],
        [
            "Sila hantar ringkasan akaun kami untuk tujuan audit.",
            "Berapakah jumlah yang masih tertunggak?",
        ],
    ),
    T(
        "dsp-ms-2",
        "dispute",
        "ms",
        "A",
        ["Caj invois", "Invois {inv}"],
        [
            "Invois ini ada caj yang kami tidak pesan.",
            "Kuantiti dalam invois tidak sama dengan yang diterima.",
        ],
    ),
    T(
        "pro-ms-2",
        "payment_promise",
        "ms",
        "A",
        ["Bayaran", "Invois {inv}"],
        [
            "Kami akan selesaikan bayaran minggu depan.",
            "Bayaran akan dibuat selepas kelulusan pengurus.",
        ],
    ),
    T(
        "rem-ms-2",
        "remittance",
        "ms",
        "A",
        ["Bayaran dikreditkan", "Bayaran"],
        [
            "Bayaran telah dikreditkan ke akaun tuan hari ini.",
            "Kami sudah membayar invois {inv} semalam.",
        ],
    ),
    T(
        "inv-ja-2",
        "invoice_request",
        "ja",
        "A",
        ["請求書のご送付のお願い", "請求書について"],
        [
            "先月分の請求書をお送りいただけますでしょうか。",
            "請求書の原本が必要ですので、再度ご送付ください。",
        ],
    ),
    T(
        "pro-ja-1",
        "payment_promise",
        "ja",
        "A",
        ["お支払いについて", "お支払い予定"],
        ["月末にお支払いいたします。", "来週中にお振込みする予定です。"],
    ),
    T(
        "dsp-ja-1",
        "dispute",
        "ja",
        "A",
        ["請求金額について", "数量の相違"],
        [
            "請求金額が見積もりと異なっております。ご確認ください。",
            "納品数量と請求数量に相違がございます。",
        ],
    ),
    T(
        "stm-ja-1",
        "statement_request",
        "ja",
        "A",
        ["残高確認のお願い", "取引明細"],
        ["弊社の未払残高をご教示いただけますでしょうか。", "今年度の取引明細をお送りください。"],
    ),
    T(
        "aut-ja-2",
        "auto_reply",
        "ja",
        "A",
        ["自動返信：{orig}", "不在通知"],
        ["申し訳ございませんが、現在不在にしております。{back_on}以降に対応いたします。"],
        headers=OOO_HEADERS,
        greet=False,
        can_reply=False,
    ),
]
TEMPLATES = (*TEMPLATES, *TUNING_BATCH_3)

# Split C: written after tuning had finished, and measured once, as the closest stand-in
# for mail nobody has seen. Never tune on it; add new tuning templates to split A instead.
HELD_OUT_C = [
    T(
        "rem-en-c1",
        "remittance",
        "en",
        "C",
        ["Remit {ref}", "Payment - {payer} - {paid_on}", "Your invoices have been paid"],
        [
            "Hi, just a heads up that {inv} went through on our end on {paid_on}. Amount {amt}.",
            "Good afternoon, please see below the invoices included in our EFT of "
            "{amt}:\n\n{table}",
            "We've processed payment to you for the following, please reconcile on your "
            "side:\n\n{table}",
        ],
        attachments=("", "remit_pdf", "bank_pdf"),
        can_forward=True,
    ),
    T(
        "rem-en-c2",
        "remittance",
        "en",
        "C",
        ["Payment Advice", "Supplier payment notification", "Notification of payment"],
        [
            "Dear Supplier,\n\nPlease be advised that the following payment has been deposited "
            "into your bank "
            "account.\n\n{table}\n\nTotal: {amt}\nPayment reference: {ref}\n\nThis is a system "
            "generated email.",
            "A payment has been issued to you by {payer}. Value date {paid_on}. Reference {ref}. "
            "See attached payment advice for invoice details.",
        ],
        greet=False,
        can_reply=False,
        headers=(NONE, AUTO_GENERATED),
        attachments=("", "remit_pdf"),
    ),
    T(
        "inv-en-c1",
        "invoice_request",
        "en",
        "C",
        ["Invoice needed for payment", "{po} invoice?", "Looking for invoice {inv}"],
        [
            "Hello, I'm trying to pay your account but I'm missing invoice {inv}. Can you flick "
            "it through?",
            "We received the goods on PO {po} but there's no invoice yet. Please issue and send "
            "it to our AP inbox.",
            "Could you please re-issue invoice {inv}? It went to a staff member who has since "
            "left.",
        ],
    ),
    T(
        "inv-en-c2",
        "invoice_request",
        "en",
        "C",
        ["Copies needed", "Invoice documentation", "Request"],
        [
            "Please send duplicate invoices for everything billed to us in {month}.",
            "For our records, can we please get PDF copies of {inv} and {inv2}?",
            "Our head office asked for a copy of the original invoice for {inv}. Would you email "
            "one across?",
        ],
    ),
    T(
        "stm-en-c1",
        "statement_request",
        "en",
        "C",
        ["Statement", "Account reconciliation", "Open invoices"],
        [
            "Can you please send us a copy of our current statement? Need it for our month end "
            "close.",
            "We're doing a vendor reconciliation - can you send your view of our open invoices "
            "and credits?",
            "Please provide an updated SOA including any unapplied credits.",
        ],
    ),
    T(
        "stm-en-c2",
        "statement_request",
        "en",
        "C",
        ["Balance query", "How much is outstanding?", "Aged debt"],
        [
            "Could you confirm how much is currently outstanding on our account and which "
            "invoices it relates to?",
            "Can we have an aged debtors report for {payer} as at month end?",
            "What's our balance with you at the moment? A list of open items would be great.",
        ],
    ),
    T(
        "dsp-en-c1",
        "dispute",
        "en",
        "C",
        ["Issue with {inv}", "Invoice query", "{inv} incorrect"],
        [
            "{inv} charges us for 3 deliveries but only 2 took place. Please amend.",
            "The rate on {inv} is not what was agreed in our service agreement. We won't approve "
            "it as is.",
            "There seems to be a mistake on {inv} - the same line appears twice.",
        ],
    ),
    T(
        "dsp-en-c2",
        "dispute",
        "en",
        "C",
        ["Faulty goods", "Return and credit", "Short delivery on {po}"],
        [
            "Several units from PO {po} are faulty and are being returned. Please credit us rather "
            "than "
            "invoice us for them.",
            "The shipment against {inv} was short by two cartons. We have paid for what we "
            "received only.",
            "We raised a complaint about the quality of the last batch and have not had a "
            "response. Invoice "
            "{inv} will stay unpaid until this is resolved.",
        ],
    ),
    T(
        "pro-en-c1",
        "payment_promise",
        "en",
        "C",
        ["Re: Payment reminder", "Update on {inv}", "Overdue account"],
        [
            "Thanks for the reminder. {inv} has been approved and should go out with our next EFT "
            "run on {pay_on}.",
            "Apologies, this slipped through. I've asked our finance team to pay it this week.",
            "We'll have this paid by {pay_on} at the latest.",
        ],
    ),
    T(
        "pro-en-c2",
        "payment_promise",
        "en",
        "C",
        ["Payment timing", "{payer} - payment", "Remittance to follow"],
        [
            "Our payment run is fortnightly; your invoices are in the run for {pay_on}.",
            "Payment for {inv} will be made once we receive the funds from the project, expected "
            "mid next month.",
            "We plan to settle the balance in two instalments, the first on {pay_on}.",
        ],
    ),
    T(
        "aut-en-c1",
        "auto_reply",
        "en",
        "C",
        ["Automatic reply: {orig}", "{orig}", "OOO: {orig}"],
        [
            "Hello, I'm on leave from today and returning {back_on}. Emails will not be monitored "
            "during this "
            "time. Please contact {colleague} for anything urgent.",
            "Thank you for reaching out. I am away from my desk until {back_on} and will reply as "
            "soon as I can.",
        ],
        headers=OOO_HEADERS,
        greet=False,
        can_reply=False,
    ),
    T(
        "aut-en-c2",
        "auto_reply",
        "en",
        "C",
        ["Delivery Status Notification (Delay)", "Undeliverable: {orig}", "Message undeliverable"],
        [
            "Delivery incomplete. There was a temporary problem delivering your message to {addr}. "
            "Gmail will retry for 46 more hours.",
            "Remote server returned '550 5.7.1 Recipient rejected'. Your message wasn't delivered "
            "to {addr}.",
        ],
        sender="daemon",
        shape="bounce",
        greet=False,
        can_reply=False,
    ),
    T(
        "por-en-c1",
        "portal_notification",
        "en",
        "C",
        ["{payer}: Invoice {inv} Approved", "Invoice {inv} paid", "PO {po} changed"],
        [
            "Invoice {inv} has been approved and is pending payment. Log in to the supplier "
            "portal for details.",
            "Payment for invoice {inv} has been sent. Amount {amt}. Expected arrival {pay_on}.",
            "{payer} has changed purchase order {po}. Review the changes and acknowledge.",
        ],
        sender="portal:coupa",
        headers=PORTAL_HEADERS,
        greet=False,
        can_reply=False,
    ),
    T(
        "por-en-c2",
        "portal_notification",
        "en",
        "C",
        ["Early payment available", "Invoice {inv} received", "Action needed: confirm order {po}"],
        [
            "You can get paid for invoice {inv} as early as tomorrow. Review the offer.",
            "We have received invoice {inv} on behalf of {payer}. It is now in approval.",
            "{payer} is waiting for your order confirmation for {po}.",
        ],
        sender="portal:taulia",
        headers=PORTAL_HEADERS,
        greet=False,
        can_reply=False,
    ),
    T(
        "por-en-c3",
        "portal_notification",
        "en",
        "C",
        ["Invoice {inv} rejected by {payer}", "New order {po}", "Invoice {inv} Reconciled"],
        [
            "Your invoice {inv} was rejected. Reason: missing goods receipt. Create a credit memo "
            "or contact "
            "the buyer.",
            "{payer} has sent you a new order {po}. Reply to this notification through the Ariba "
            "Network.",
            "Invoice {inv} has been reconciled and is scheduled for payment on {pay_on}.",
        ],
        sender="portal:ariba",
        headers=PORTAL_HEADERS,
        greet=False,
        can_reply=False,
    ),
    T(
        "oth-en-c1",
        "other",
        "en",
        "C",
        ["Webinar: closing the books faster", "Your weekly digest", "Product update"],
        [
            "Join our free webinar next Tuesday. Seats are limited - register "
            "today.\n\nUnsubscribe",
            "Here's what happened in your workspace this week: 12 new comments, 3 tasks completed.",
            "We've released a new version of our mobile app with faster invoice scanning. Update "
            "now.",
        ],
        sender="vendor",
        headers=(LIST, BULK, NONE),
        greet=False,
        can_reply=False,
    ),
    T(
        "oth-en-c2",
        "other",
        "en",
        "C",
        ["Coffee?", "Fire drill tomorrow", "New starter"],
        [
            "Anyone up for coffee at 3?",
            "Heads up, there's a fire drill tomorrow at 10am. Please leave via the stairs.",
            "Please welcome Aisha who joins the credit team on Monday.",
        ],
        sender="internal",
    ),
    T(
        "rem-tl-c1",
        "remittance",
        "tl",
        "C",
        ["Payment {inv}", "Bayad po"],
        [
            "Hi po, nakapagbayad na po kami para sa {inv}, attached po ang proof.",
            "Good day po, na-credit na po siguro sa account ninyo yung bayad namin kahapon. "
            "Pa-confirm po.",
        ],
        attachments=("bank_pdf", ""),
    ),
    T(
        "inv-tl-c1",
        "invoice_request",
        "tl",
        "C",
        ["Invoice {inv}", "Kopya ng invoice"],
        [
            "Hi po, pa-resend naman po ng invoice {inv}, di po nabuksan yung attachment.",
            "Ma'am, kailangan po namin ng original invoice para ma-process ang bayad.",
        ],
    ),
    T(
        "stm-tl-c1",
        "statement_request",
        "tl",
        "C",
        ["SOA as of {month}", "Statement po"],
        [
            "Hello po, paki-email po ng statement of account namin as of end of {month}.",
            "Hi po, pwede po bang malaman kung ano pa ang mga open invoices namin?",
        ],
    ),
    T(
        "dsp-tl-c1",
        "dispute",
        "tl",
        "C",
        ["Invoice {inv} po", "Mali po"],
        [
            "Hi po, hindi po tama ang VAT sa invoice {inv}.",
            "Ma'am, na-charge po kami ng delivery fee kahit kami po ang nag-pick up.",
        ],
    ),
    T(
        "pro-tl-c1",
        "payment_promise",
        "tl",
        "C",
        ["Payment po", "Re: Overdue"],
        [
            "Hi po, magbabayad na po kami sa Lunes, pasensya na po.",
            "Sir, ipapasok na po namin sa payment run sa katapusan.",
        ],
    ),
    T(
        "aut-tl-c1",
        "auto_reply",
        "tl",
        "C",
        ["Automatic reply: {orig}", "{orig}"],
        [
            "Hi! Naka-vacation leave po ako hanggang {back_on}. Para sa urgent, paki-email po si "
            "{colleague}."
        ],
        headers=OOO_HEADERS,
        greet=False,
        can_reply=False,
    ),
    T(
        "rem-zh-c1",
        "remittance",
        "zh",
        "C",
        ["付款完成", "货款支付"],
        [
            "您好，发票{inv}的货款已付，请查收并回复确认。",
            "贵司的款项我们已经通过网银转出，附件为电子回单。",
        ],
        attachments=("", "bank_pdf"),
    ),
    T(
        "inv-zh-c1",
        "invoice_request",
        "zh",
        "C",
        ["发票", "开票申请"],
        [
            "您好，麻烦给我们开一下上个月的增值税发票。",
            "之前发的发票我们这边没有找到，请再发一次电子版。",
        ],
    ),
    T(
        "stm-zh-c1",
        "statement_request",
        "zh",
        "C",
        ["对账", "余额"],
        ["请把截至上月底的往来对账单发给我们。", "请问我们目前在贵司还有多少未结清的款项？"],
    ),
    T(
        "dsp-zh-c1",
        "dispute",
        "zh",
        "C",
        ["发票问题", "数量不对"],
        ["发票上的税率开错了，应该是13%。", "实际到货数量比发票少了5箱，请核对。"],
    ),
    T(
        "pro-zh-c1",
        "payment_promise",
        "zh",
        "C",
        ["付款", "逾期款"],
        ["不好意思，款项正在走流程，月底前会付给你们。", "我们计划下周二把剩余款项付清。"],
    ),
    T(
        "aut-zh-c1",
        "auto_reply",
        "zh",
        "C",
        ["自动回复: {orig}", "{orig}"],
        ["您好，我正在外地出差，{back_on}回到公司，期间回复可能不及时。"],
        headers=OOO_HEADERS,
        greet=False,
        can_reply=False,
    ),
    T(
        "oth-zh-c1",
        "other",
        "zh",
        "C",
        ["周报", "团建活动"],
        ["附件是本周工作周报，请查阅。", "本月团建活动定在周六，请大家踊跃参加。"],
        sender="internal",
    ),
    T(
        "stm-zht-c1",
        "statement_request",
        "zh-hant",
        "C",
        ["對帳", "未付款項"],
        ["請提供本公司截至上月底的對帳單，謝謝。", "請告知我們目前尚未付款的發票有哪些。"],
    ),
    T(
        "dsp-zht-c1",
        "dispute",
        "zh-hant",
        "C",
        ["發票金額", "品質問題"],
        ["發票上的金額比報價高，請確認。", "這批貨品質有問題，我們要求退貨並開立折讓。"],
    ),
    T(
        "rem-de-c1",
        "remittance",
        "de",
        "C",
        ["Zahlung", "Zahlungsausgang {ref}"],
        [
            "die Zahlung für Rechnung {inv} ist heute rausgegangen.",
            "anbei das Avis zu unserer heutigen Überweisung.",
        ],
        attachments=("", "remit_pdf"),
    ),
    T(
        "inv-de-c1",
        "invoice_request",
        "de",
        "C",
        ["Rechnung", "Rechnungsduplikat"],
        [
            "bitte stellen Sie uns die Rechnung zur Lieferung {po} noch einmal zu.",
            "wir bitten um Zusendung eines Duplikats der Rechnung {inv}.",
        ],
    ),
    T(
        "stm-de-c1",
        "statement_request",
        "de",
        "C",
        ["Offene Posten", "Kontenabgleich"],
        [
            "bitte schicken Sie uns eine aktuelle OP-Liste für unser Konto.",
            "für den Kontenabgleich benötigen wir Ihren Kontoauszug zum Monatsende.",
        ],
    ),
    T(
        "dsp-de-c1",
        "dispute",
        "de",
        "C",
        ["Rechnung {inv} - Rückfrage", "Rechnung {inv} strittig"],
        [
            "die Rechnung {inv} enthält eine Frachtpauschale, die nicht vereinbart war.",
            "die gelieferte Menge stimmt nicht mit der Rechnung überein. Bitte korrigieren.",
        ],
    ),
    T(
        "pro-de-c1",
        "payment_promise",
        "de",
        "C",
        ["Zahlung Rechnung {inv}", "Ihre Zahlungserinnerung"],
        [
            "die Zahlung wird Anfang nächster Woche angewiesen.",
            "wir zahlen den offenen Betrag zum {pay_on}.",
        ],
    ),
    T(
        "aut-de-c1",
        "auto_reply",
        "de",
        "C",
        ["Abwesenheit: {orig}", "{orig}"],
        [
            "Ich bin zurzeit nicht erreichbar. Ab {back_on} bin ich wieder für Sie da. In "
            "dringenden Fällen "
            "erreichen Sie {colleague}."
        ],
        headers=OOO_HEADERS,
        greet=False,
        can_reply=False,
    ),
    T(
        "oth-de-c1",
        "other",
        "de",
        "C",
        ["Betriebsausflug", "IT-Umstellung"],
        [
            "unser Betriebsausflug findet am 20. Juni statt. Bitte gebt bis Freitag Bescheid.",
            "am Wochenende wird das E-Mail-System umgestellt. Bitte meldet euch am Montag neu an.",
        ],
        sender="internal",
    ),
    T(
        "inv-ms-c1",
        "invoice_request",
        "ms",
        "C",
        ["Invois", "Salinan invois"],
        [
            "Tuan/Puan, kami masih belum terima invois untuk PO {po}. Mohon hantar segera.",
            "Boleh berikan salinan invois {inv}? Fail asal telah hilang.",
        ],
    ),
    T(
        "pro-id-c1",
        "payment_promise",
        "id",
        "C",
        ["Pembayaran", "Jadwal bayar"],
        [
            "Faktur {inv} akan dibayar hari Jumat ini.",
            "Kami usahakan pembayaran minggu depan, mohon maaf terlambat.",
        ],
    ),
    T(
        "dsp-id-c1",
        "dispute",
        "id",
        "C",
        ["Faktur {inv}", "Selisih harga"],
        [
            "Ada selisih harga di faktur {inv} dibanding PO kami.",
            "Barang yang datang kurang 3 unit dari faktur.",
        ],
    ),
    T(
        "rem-ja-c1",
        "remittance",
        "ja",
        "C",
        ["お振込のご連絡", "お支払い完了"],
        [
            "本日、請求書{inv}の代金をお振込みいたしました。",
            "{paid_on}にお支払いを完了いたしましたのでご連絡いたします。",
        ],
    ),
    T(
        "aut-ja-c1",
        "auto_reply",
        "ja",
        "C",
        ["自動応答: {orig}", "不在: {orig}"],
        ["{back_on}まで不在にしております。ご不便をおかけしますが、戻り次第対応いたします。"],
        headers=OOO_HEADERS,
        greet=False,
        can_reply=False,
    ),
]
TEMPLATES = (*TEMPLATES, *HELD_OUT_C)
