r"""Words and phrases that are evidence for each category, in the languages AR teams read.

Why a lexicon and not a trained model: a collector can read why a mail was sorted, an
admin can add the phrase their customers use, and nothing has to be downloaded or
retrained. Entries are regular expressions over the normal form of
``features.normalise`` (lower case, ``ue`` for ``ü``, ``ss`` for ``ß``, simplified Chinese,
single spaces), each with a weight:

- 3: the phrase on its own nearly settles it ("remittance advice", "对账单", "Abwesenheitsnotiz");
- 2: strong but shared with another category ("credit note", "Überweisung");
- 1: a hint that only counts alongside others ("paid", "balance").

Latin-script entries start at a word boundary (``\b``) so stems match their endings
("remit" finds "remitted"); Chinese and Japanese entries are plain character sequences,
which is all a character n-gram needs. Entries were written from what AR mail says, not
from the benchmark corpus; the corpus only showed which weights were off.
"""

from __future__ import annotations

Entry = tuple[str, float]


def _w(weight: float, *patterns: str) -> list[Entry]:
    return [(pattern, weight) for pattern in patterns]


_PAST_PAY = (
    r"(?:paid|settled|transferred|remitted|wired|deposited|credited|released|processed|sent|made|"
    r"effected|executed|initiated|cleared)"
)

REMITTANCE: list[Entry] = [
    # English
    *_w(
        3,
        r"\bremittance",
        r"\bremit(?:tance)? advi[cs]e",
        r"\bpayment advi[cs]e",
        r"\badvice of payment",
        r"\bpayment (?:notification|confirmation|remittance|voucher)",
        r"\bproof of (?:payment|transfer|remittance)",
        r"\b(?:eft|ach|tt|wire|bank|telegraphic|swift|giro|fast|paynow|instapay|pesonet) "
        r"(?:transfer )?(?:confirmation|advice|receipt|slip|copy|details)",
        rf"\bpayment (?:has|have) (?:now |just |already )?been {_PAST_PAY}",
        rf"\bpayments? (?:was|were) {_PAST_PAY}",
        r"\b(?:we|i) ?(?:have|'ve|had) (?:now |just |already |today )?(?:paid|settled|transferred|"
        r"remitted|wired|deposited|released (?:the |your )?(?:payment|funds)|"
        r"made (?:the |a |full |partial )?payments?|processed (?:the |your |a )?payments?|"
        r"sent (?:the |a |you )?(?:payment|funds|transfer))",
        r"\b(?:has|have) (?:now |just |already )?been (?:paid|settled|remitted)",
        r"\b(?:deposit|transfer|payment|bank|validated deposit) slip",
        r"\bpaid (?:today|yesterday|this morning|earlier today|via|by (?:eft|bank|wire|tt|cheque|"
        r"check))",
    ),
    *_w(
        2,
        r"\b(?:amount|total|sum) (?:paid|remitted|transferred|deposited|credited)",
        r"\bpayment (?:details|reference|ref|summary|breakdown)",
        r"\bvalue date",
        r"\bsettlement of (?:invoice|your|the following)",
        r"\b(?:for|covering|against|towards) (?:the )?following invoices",
        r"\b(?:cheque|check) (?:no|number|#)",
        r"\bfunds (?:have been|were) (?:sent|transferred)",
        r"\bcleared (?:the )?(?:following|below|invoices?)",
        r"\bin (?:full )?settlement",
        r"\bpaid in full",
    ),
    *_w(
        1,
        r"\bpaid\b",
        r"\bbeneficiary",
        r"\bdeducted",
        r"\bpayment id\b",
        r"\btransaction (?:ref|id|no)",
    ),
    # Tagalog / Taglish
    *_w(
        3,
        r"\b(?:nabayaran|binayaran|nagbayad|naibayad|nakapagbayad|nakabayad)",
        r"\b(?:na-?deposit|nai-?deposit|nag-?deposit|dineposito|idineposito)",
        r"\b(?:na-?transfer|nai-?transfer|nag-?transfer|itinransfer)",
        r"\bbayad na\b",
        r"\bnaipadala na (?:po )?(?:namin )?(?:ang|yung) bayad",
    ),
    *_w(1.5, r"\bresibo ng bayad", r"\bbayad (?:para|sa) (?:sa )?(?:invoice|inv)"),
    # Chinese (simplified form; traditional folds into it)
    *_w(
        3,
        "付款通知",
        "汇款通知",
        "付款凭证",
        "汇款凭证",
        "转账凭证",
        "水单",
        "银行回单",
        "付款回单",
        "已付款",
        "已汇款",
        "已转账",
        "已汇出",
        "已打款",
        "已经付款",
        "已经汇款",
        "已经转账",
        "已经打款",
        "款项已(?:经)?(?:支付|付|汇|转|打)",
        "已支付",
        "已经支付",
        "付款水单",
        "汇款单",
        "已结清",
        "已付清",
    ),
    *_w(2, "付款明细", "汇款明细", "回单", "已安排付款"),
    # German
    *_w(
        3,
        r"zahlungsavis",
        r"\bavis\b",
        r"zahlungsanzeige",
        r"zahlungsbestaetigung",
        r"zahlungsausgang",
        r"\bhaben (?:wir|ich) .{0,60}(?:bezahlt|ueberwiesen|beglichen|"
        r"angewiesen|ausgeglichen|veranlasst)",
        r"\b(?:wurde|wurden|ist|sind) .{0,40}"
        r"(?:ueberwiesen|beglichen|bezahlt|angewiesen) worden",
        r"\bzahlung (?:(?!wird|werden)[^.!?]){0,30}(?:ausgefuehrt|veranlasst|angewiesen|"
        r"getaetigt|vorgenommen)",
        r"\b(?:heute|gestern) .{0,40}(?:ueberwiesen|bezahlt|angewiesen|beglichen)",
    ),
    *_w(
        2,
        r"\bueberwiesen\b",
        r"\bbeglichen\b",
        r"\bvaluta",
        r"\bverwendungszweck",
        r"\bzahlungseingang",
    ),
    *_w(1, r"\bbezahlt\b", r"\bueberweisung"),
    # Malay / Indonesian
    *_w(
        3,
        r"\b(?:notis|nasihat|advis|pemberitahuan|makluman|maklumat) (?:pembayaran|bayaran)",
        r"\bbukti (?:pembayaran|pemindahan|transfer|bayaran|setoran)",
        r"\b(?:telah|sudah) (?:kami )?(?:dibayar|dijelaskan|membayar|menjelaskan|bayar|transfer|"
        r"ditransfer|membuat pembayaran|melakukan pembayaran|melunasi|dilunasi|dikreditkan)",
        r"\bpembayaran (?:telah|sudah) (?:kami )?(?:dibuat|dilakukan|dijelaskan|dikreditkan|"
        r"dibayar|diproses|dikirim)",
    ),
    *_w(1.5, r"\bpindahan wang", r"\btelah dikreditkan"),
    # Japanese
    *_w(
        3,
        "送金通知",
        "支払通知",
        "支払明細",
        "お支払い(?:のご)?(?:案内|通知)",
        "振込(?:み)?(?:いたしました|しました|完了)",
        "振り込みました",
        "支払(?:い)?(?:いたしました|しました|済み|済)",
        "送金(?:いたしました|しました)",
    ),
    # constructions: something was paid, with the time it happened
    *_w(
        2.5,
        r"\b(?:have|has|had|'ve|was|were|just|already)\b(?:(?!\bwill\b|\bshall\b|'ll|\bnot\b|"
        r"n't)[^.!?]){0,30}?"
        r"\b(?:paid|settled|transferred|remitted|wired|released|cleared|deposited)\b",
        r"\b(?:paid|settled|transferred|remitted|wired|released|cleared|"
        r"sent)\b[^.!?]{0,30}\b(?:today|yesterday|"
        r"this morning|this afternoon|last (?:week|night|friday|thursday))",
        r"\b(?:funds|money|payment|transfer)s? (?:has |have |was |were )?(?:now |just )?(?:been )?"
        r"(?:sent|released|transferred|made|processed|cleared|remitted)\b",
        r"\b(?:today's|yesterday's|last week's) (?:payment|pay|supplier) (?:run|batch|cycle)",
        r"\btapos na (?:po )?(?:ang |yung )?(?:payment|bayad)",
    ),
    # wider phrasings: it went out, it went through, the money left
    *_w(
        3,
        r"\b(?:payment|transfer|remittance|funds|money|eft|wire|it|this|they|invoice \S+|\S+-\d+|"
        r"\d{5,}) (?:has |have )?(?:gone|went) (?:through|out)",
        r"\b(?:payment|transfer|remittance|funds) (?:is|was|has been) (?:done|completed|complete|"
        r"made|effected|successful|initiated)",
        r"\b(?:we|i) (?:have |'ve )?(?:just |now |already )?(?:made|completed|initiated|done|"
        r"arranged|pushed|sent) (?:the |a |our |full |partial )?"
        r"(?:payment|transfer|eft|wire|remittance)",
        r"\bangewiesen haben",
        r"\b(?:ist|sind|wurde|wurden) (?:heute |gestern |bereits |soeben |am \S+ )?"
        r"(?:raus|rausgegangen|hinausgegangen|rausgegangen|erfolgt|ausgefuehrt|ueberwiesen|"
        r"beglichen|bezahlt|angewiesen)\b(?! worden)",
        r"\bna-?credit na\b",
        r"\b(?:na-?credit|naipasok|nailagay|naihulog|nahulog) na (?:po )?(?:namin |ang |yung )?",
        r"\byung bayad (?:po )?namin\b",
        r"\b(?:sudah|telah) (?:kami )?(?:lakukan |buat )?(?:pembayaran|transfer|setor|setoran)",
        "打款",
        "(?:已|已经)(?:付|支付|汇|转|打|结)",
        "付款明细见附件",
        "款已(?:付|汇|转|打)",
    ),
]

PAYMENT_PROMISE: list[Entry] = [
    # English
    *_w(
        3,
        r"\b(?:will|shall|should) (?:be able to |be )?(?:pay|paid|settle|settled|remit|remitted|"
        r"transfer|transferred|wire|"
        r"wired|process|processed|release|released|clear|cleared|deposit|deposited|send (?:the |a |"
        r"you )?payment|"
        r"make (?:the |a |full |partial |final )?payments?|arrange (?:the |a )?payments?)",
        r"\b(?:we|i)'ll (?:pay|settle|transfer|remit|process|release|make|arrange)",
        r"\b(?:going to|intend to|plan to|planning to|expect to|aim to|able to|commit to|"
        r"hope to) "
        r"(?:pay|settle|remit|transfer|release|make (?:the |a )?payment|process (?:the |your "
        r")?payment)",
        r"\bpromise to pay",
        r"\bpayment (?:promise|commitment|plan|arrangement)",
        r"\b(?:scheduled|queued|lined up|slated|earmarked|booked|planned) for (?:payment|our|the "
        r"next|release)",
        r"\bpayment (?:is |has been |was )?(?:scheduled|planned|expected|arranged|booked|set|due "
        r"to go out) "
        r"(?:for|on|to)",
        r"\bpayments? (?:will|should) (?:go|be) out",
        r"\b(?:next|upcoming|following|coming|this week's|this month's|friday's|weekly|"
        r"fortnightly) "
        r"(?:payment|cheque|check|pay|supplier payment|ap payment) (?:run|cycle|batch|date|"
        r"proposal)",
        r"\bexpected (?:payment|settlement|remittance) date",
        r"\bshould (?:be (?:paid|settled|released|processed|cleared|credited)|"
        r"(?:reach|hit) (?:you|your account)|receive (?:the |our )?(?:payment|funds))",
        r"\b(?:you )?(?:will|should) (?:receive|see) (?:the |our |your )?(?:payment|funds|"
        r"transfer|remittance)",
        r"\bwill be (?:in|credited to|reflected in) your (?:account|bank)",
        r"\bapproved for payment",
    ),
    *_w(
        1.5,
        r"\bpayment (?:run|cycle|batch) (?:on|next|this)",
        r"\bpayment date\b",
        r"\bscheduled\b",
        r"\b(?:once|as soon as|after) .{0,40}(?:approved|signed off|released)",
        r"\b(?:by|before|on or before) (?:the )?(?:end of (?:the |this |next )?(?:week|month|"
        r"quarter)|eom|month[- ]end|close of business|cob|"
        r"next (?:week|month|friday|monday|tuesday|wednesday|thursday))",
    ),
    *_w(
        1,
        r"\bnext (?:week|month|friday|monday|tuesday|wednesday|thursday)",
        r"\binstal?ments?",
        r"\bin the next (?:few|couple of) (?:days|weeks)",
        r"\bby (?:mon|tue|wed|thu|fri)",
    ),
    # Tagalog / Taglish
    *_w(
        3,
        r"\b(?:babayaran|magbabayad|ibabayad|mababayaran|magbayad na kami|magpapadala ng bayad)",
        r"\b(?:ide-?deposit|idedeposito|magdedeposit|magde-?deposit|ita-?transfer|itatransfer|"
        r"ipapadala (?:na )?(?:po )?(?:namin )?(?:ang|yung) bayad)",
        r"\bi-?(?:schedule|sched) (?:na )?(?:po )?(?:namin )?(?:ang|yung)? ?(?:bayad|payment)",
        r"\bnaka-?(?:schedule|sched|iskedyul)",
    ),
    *_w(
        1.5,
        r"\bsa (?:susunod na|darating na) (?:linggo|buwan|biyernes|lunes|martes|miyerkules|"
        r"huwebes)",
        r"\bsa katapusan ng (?:buwan|linggo)",
        r"\bbago (?:mag-?)?(?:katapusan|matapos)",
    ),
    # Chinese
    *_w(
        3,
        "预计付款",
        "计划付款",
        "付款计划",
        "承诺付款",
        "预计.{0,6}(?:付款|支付|到账|汇款|打款)",
        "(?:下周|下个月|月底|本周|周五|周一|近期|尽快|本月|下月|月末|节后).{0,8}(?:付款|支付|安排|"
        "汇款|转账|打款|结清)",
        "将.{0,8}(?:付款|支付|汇款|转账|结清|打款|安排付款)",
        "会.{0,8}(?:付款|支付|汇款|转账|结清|打款)",
        "安排付款",
        "排期付款",
        "付款排期",
    ),
    *_w(1, "(?:付款|支付|汇款)日期", "将于", "将在"),
    # German
    *_w(
        3,
        r"\bwerden .{0,50}(?:bezahlen|ueberweisen|begleichen|anweisen|zahlen|ausgleichen|"
        r"freigeben)",
        r"\bwird .{0,50}(?:bezahlt|ueberwiesen|beglichen|angewiesen|ausgeglichen|freigegeben) "
        r"werden",
        r"\bwird .{0,40}(?:bezahlt|ueberwiesen|beglichen|angewiesen|ausgeglichen)\b(?! worden)",
        r"\bnaechsten zahlungslauf",
        r"\bzahlung erfolgt (?:am|bis|voraussichtlich|spaetestens|in)",
        r"\bzahlungszusage",
        r"\bzur zahlung (?:vorgesehen|freigegeben|eingeplant|angewiesen vorgemerkt)",
        r"\b(?:ueberweisung|zahlung) (?:wird|ist) .{0,30}(?:veranlasst|erfolgen|eingeplant|"
        r"vorgemerkt)",
    ),
    *_w(1.5, r"\bzahlungslauf", r"\bvoraussichtlich", r"\bzahlungstermin"),
    # Malay / Indonesian
    *_w(
        3,
        r"\bakan (?:kami )?(?:membayar|dibayar|bayar|membuat pembayaran|melakukan pembayaran|"
        r"dijelaskan|menjelaskan|ditransfer|transfer|melunasi|dilunasi|diproses|memproses|dibuat|"
        r"dilakukan|"
        r"dikreditkan|dikirim|kami transfer|kami lunasi)",
        r"\b(?:dijadualkan|dijadwalkan|dirancang|direncanakan) (?:untuk )?(?:pembayaran|dibayar|"
        r"bayaran)",
        r"\bpembayaran (?:akan|dijadualkan|dijadwalkan|dirancang)",
        r"\bjanji (?:bayar|pembayaran)",
    ),
    *_w(1, r"\bminggu (?:depan|hadapan)", r"\b(?:hujung|akhir) bulan"),
    # Japanese
    *_w(
        3,
        "支払(?:い)?予定",
        "振込(?:み)?予定",
        "お支払い(?:いたします|します)",
        "お振込み(?:いたします|します)",
    ),
    # constructions: a future or intention marker, then paying, within one sentence
    *_w(
        2.5,
        r"\b(?:will|'ll|shall|going to|gonna|expect to|plan to|planning to|aim to|aiming to|intend "
        r"to|hope to|"
        r"should)\b[^.!?]{0,40}?\b(?:pay|paid|payment|settle|settled|clear|cleared|transfer|"
        r"transferred|remit|"
        r"release|released|funds|cheque|check|go out|goes out|reach you|land|be processed)\b",
        r"\b(?:goes|go|going) out (?:in|on|with|next|this|the)",
        r"\b(?:next|following|coming|upcoming) run\b",
        r"\b(?:we're|we are|i'm|i am) (?:paying|settling|clearing|transferring)\b",
        r"\b(?:is|are) due to be (?:paid|settled|released|processed)",
        r"\bexpect(?:ing)? (?:the |your |our |a )?(?:payment|transfer|funds|remittance|cheque)\b",
        r"\beta (?:for|on|of) (?:the )?(?:payment|funds|transfer)",
        r"\bbeing prepared\b",
        r"\b(?:payment|it|funds|transfer|cheque|check)\b[^.!?]{0,20}\b(?:lined up|queued|slated|"
        r"booked|earmarked)\b",
    ),
    *_w(
        1.5,
        r"\b(?:is|are|been|being) (?:now )?(?:approved|authori[sz]ed|queued|in the queue|in the "
        r"pipeline|"
        r"in progress|with our (?:cfo|cfo's|finance|approver))",
        r"\bcut-?off\b",
        r"\bwaiting (?:on|for) (?:funds|approval|sign-?off|the bank|our customer)",
        r"\bonce (?:they|it|funds|the funds|payment) (?:land|lands|arrive|arrives|clear|clears|is "
        r"approved|are approved)",
    ),
    *_w(
        1,
        r"\bsorry (?:for|about) the (?:delay|wait|late)|\bapologi[sz]e for the (?:delay|late)|"
        r"sorry again",
        r"\beta\b",
    ),
    *_w(
        2.5,
        r"\b(?:begleichen|bezahlen|ueberweisen|zahlen|anweisen)\b[^.!?]{0,40}\b(?:kommende|"
        r"naechste|diese|ende|bis|"
        r"zum|am|morgen|demnaechst)\b",
        r"\b(?:ueberweisung|zahlung) folgt",
        r"\berhalten (?:sie )?(?:die|ihre|unsere) zahlung",
        r"\b(?:for release|for releasing)\b",
        r"\bschedule (?:ng|nang|po ng) (?:bayad|payment)",
        r"\b(?:next week|next month|sa susunod)\b.{0,20}\b(?:payment|bayad)\b",
    ),
    *_w(
        1.5,
        r"\bin der freigabe",
        r"\bhinihintay (?:pa )?(?:po )?(?:ang|yung) (?:approval|check|pirma)",
    ),
    *_w(
        3,
        "(?:下周|下个月|月底|本周|这周|周内|这个月|周五|周一|近期|尽快|本月|下月|月末|月初|节后|"
        "明天|后天|几天)"
        ".{0,8}(?:付款|支付|付出|付清|安排|汇款|转账|打款|结清|结算|付)",
    ),
    *_w(2, "争取", "请再等", "可以付"),
    # wider phrasings: payment runs, approvals that lead to a date, future transfers
    *_w(
        3,
        r"\b(?:in|into|on|for|with) (?:the |our |this |next )?(?:\w+ )?(?:payment|pay|supplier|"
        r"cheque|check|eft) (?:run|batch|cycle|proposal)",
        r"\b(?:payment|pay|supplier) (?:run|batch|cycle) (?:is |on |this |next |of )",
        r"\b(?:in|for) the (?:next )?run (?:on|for|of)\b",
        r"\b(?:asked|told|instructed|reminded|chased) (?:our |the )?(?:finance|treasury|payments?|"
        r"ap|accounts payable)(?: team| department| dept)? to (?:pay|settle|release|process)",
        r"\b(?:scheduled|queued|lined up|earmarked|slated|booked|approved|set up) "
        r"(?:it |this |them )?"
        r"(?:for|to be) (?:payment|paid|pay|release|processing)",
        r"\bpayment (?:is |has been )?(?:due|planned|expected|pencilled|penciled) (?:to go out |"
        r"out )?(?:on|by|for|next|this)",
        r"\bgive us (?:until|till|a few|another|more)",
        r"\b(?:zur|fuer die) zahlung (?:am .{0,20})?"
        r"(?:vorgesehen|eingeplant|vorgemerkt|freigegeben)",
        r"\b(?:wird|werden) .{0,40}(?:angewiesen|ueberwiesen|bezahlt|beglichen|ausgeglichen|"
        r"freigegeben|veranlasst)",
        r"\bzahllauf",
        r"\b(?:ipapasok|isasama|isasali|ilalagay) (?:na )?(?:po )?(?:namin )?(?:ito |yan |yung "
        r"\w+ )?(?:po )?sa (?:payment|susunod|next)",
        r"\b(?:ihuhulog|ipo-?process|ipoproseso|ire-?release|irerelease)\b",
        r"\bsa (?:katapusan|kinsenas|susunod na linggo|susunod na buwan|lunes|martes|miyerkules|"
        r"huwebes|biyernes)",
        r"\b(?:kami |akan kami |kami akan )?(?:usahakan|upayakan|jadwalkan|rencanakan|"
        r"proses(?:kan)?) (?:untuk )?pembayaran",
        r"\b(?:akan|bakal) (?:kami |segera )?(?:bayar|dibayar|transfer|ditransfer|lunasi|"
        r"dilunasi|proses|diproses|jelaskan|dijelaskan)",
        r"\bpembayaran (?:akan|dijadwalkan|dijangka|dirancang)",
        "排期",
        "排款",
        "安排(?:在|于)?.{0,12}(?:付款|支付|打款|汇款|转账)",
        "(?:号|日|月底|月初|周[一二三四五]|星期[一二三四五]).{0,4}(?:打款|付款|支付|汇款|转账)",
        "(?:将|会|准备|预计|计划)(?:于|在)?.{0,12}(?:打款|付款|支付|汇款|转账|结清)",
        "支払(?:い)?(?:予定|いたします|します)",
        "(?:お)?振込(?:み)?(?:予定|いたします|します)",
    ),
]

DISPUTE: list[Entry] = [
    # English
    *_w(
        3,
        r"\bdisput",
        r"\bshort[- ]?(?:paid|payment|pay|shipped|delivered|shipment|delivery|supplied)",
        r"\b(?:incorrect|wrong|erroneous|inaccurate|invalid|inflated) (?:invoice|amount|price|"
        r"pricing|"
        r"rate|quantity|qty|charge|charges|billing|tax|gst|vat|unit price|total|discount|freight)",
        r"\b(?:invoice|amount|price|pricing|rate|quantity|qty|charge|total|tax|gst|vat|discount) "
        r"(?:is|was|are|were|seems|seem|appears to be|looks|has been) (?:incorrect|wrong|not "
        r"correct|"
        r"overstated|too high|higher than|different|inflated|miscalculated|calculated incorrectly|"
        r"not right)",
        r"\bovercharg",
        r"\bover-?bill",
        r"\bover-?invoic",
        r"\b(?:double|duplicate)[- ]?(?:billed|charged|billing|charge|invoiced)",
        r"\b(?:billed|charged|invoiced) (?:us )?twice",
        r"\bdiscrepanc",
        r"\b(?:does not|doesn't|do not|don't|did not) (?:match|agree|correspond|tally|reconcile "
        r"with)",
        r"\b(?:damaged|defective|faulty|broken|wrong|missing|expired|spoiled) (?:goods|items|"
        r"products|"
        r"parts|stock|units|delivery|shipment|cartons?|boxes|materials?)",
        r"\b(?:goods|items|products|parts|order|delivery|shipment|cartons?) (?:were |was |are |"
        r"have been |arrived )?"
        r"(?:damaged|defective|faulty|broken|never (?:arrived|received|delivered)|not (?:received|"
        r"delivered)|"
        r"short|incomplete|missing)",
        r"\b(?:not|never) (?:yet )?(?:received|delivered|got) (?:the |any |all (?:the )?)?(?:goods|"
        r"items|"
        r"products|order|delivery|shipment|services|parts|stock)",
        r"\b(?:request|issue|raise|need|require|want|requesting|issuing|raising|send us) (?:a |an |"
        r"the )?"
        r"(?:credit|credit note|credit memo|cn\b|refund|adjustment|correction)",
        r"\bquery (?:on|regarding|about|re|with) (?:the |your |our |this |invoice|inv|billing)",
        r"\b(?:never|not|did not|didn't) (?:ordered|order|agreed|agree|authori[sz]ed?|approved?) "
        r"(?:to |this|these|the|that|any)",
        r"\b(?:reject|rejecting|rejected|return|returning) (?:the |your |this |that )?invoice",
        r"\b(?:contest|challenge|object to|refuse to pay|cannot accept|can't accept|will not pay|"
        r"won't pay|"
        r"not (?:liable|responsible) for)",
        r"\bcomplain",
        r"\bpric(?:e|ing) (?:error|issue|mistake|difference)",
        r"\b(?:error|mistake)s? (?:in|on|with) (?:the |your |our |this )?(?:invoice|billing|bill|"
        r"pricing|charge)",
        r"\b(?:not|wasn't|were not|was not|isn't|is not) (?:as )?(?:per|according to|in line with) "
        r"(?:the |our |your )?(?:po|purchase order|quote|quotation|contract|agreement|price list)",
        r"\b(?:hold|holding|withh[oe]ld|withholding|put on hold) (?:the |this |any |all |our "
        r")?(?:payment|invoice)",
        r"\bcorrected invoice",
        r"\b(?:revised|amended) invoice",
        r"\b(?:correct|amend|revise|cancel|void) "
        r"(?:the |this |that |your )?invoice",
    ),
    *_w(
        2,
        r"\b(?:damaged|broken|defective|faulty|spoilt|spoiled|expired|leaking|dented)\b",
        r"\b(?:arrived|delivered|received|came|turned up) (?:damaged|broken|defective|faulty|"
        r"incomplete|short|"
        r"in (?:poor|bad) condition)",
        r"\b(?:arrange|issue|raise|send|provide|process|give us) (?:us )?(?:a |the |an "
        r")?(?:credit|refund|replacement)\b",
        r"\bcredit (?:note|memo)",
        r"\bagreed (?:price|rate|discount|terms|amount)",
        r"\b(?:returned|sent back|sending back) (?:the |all |some )?(?:goods|items|products|parts|"
        r"stock)",
        r"\bnot (?:ours|our order|for us)",
        r"\bon hold\b",
        r"\bissue with (?:the |your |this )?invoice",
        r"\bplease (?:correct|amend|rectify|adjust|investigate|look into)",
        r"\b(?:higher|more) than (?:the |our |what (?:was|we) )?(?:quoted|agreed|ordered|po)",
    ),
    *_w(
        1,
        r"\b(?:error|mistake|wrong|incorrect)\b",
        r"\bclaim\b",
        r"\bdeduct",
        r"\bqueries\b",
        r"\bquery\b",
    ),
    # Tagalog / Taglish
    *_w(
        3,
        r"\bmali (?:po )?(?:ang|yung|sa|po|ng)",
        r"\bhindi (?:po )?(?:tugma|tama|tumutugma|pareho|match)",
        r"\b(?:reklamo|nagrereklamo|ireklamo)",
        r"\bdoble (?:ang |yung |po ang )?(?:singil|charge|billing|bayad|invoice)",
        r"\bsobra (?:po )?(?:ang |yung )?(?:singil|charge|presyo|bill|sinisingil)",
        r"\bhindi (?:po )?(?:namin )?(?:natanggap|dumating|nakuha|nareceive) (?:ang|yung) (?:mga "
        r")?(?:items|goods|"
        r"produkto|order|delivery|gamit|paninda|stocks?)",
        r"\b(?:sira|nasira|basag|may sira|may depekto)",
        r"\bhindi (?:po )?(?:namin )?(?:babayaran|mababayaran|ibabayad)",
    ),
    *_w(2, r"\bkulang (?:ang|yung|po|ng|na|pa)", r"\bmali\b", r"\bmas mataas"),
    # Chinese
    *_w(
        3,
        "争议",
        "异议",
        "有误",
        "不符",
        "不一致",
        "不对",
        "多收",
        "多开",
        "重复收费",
        "重复开票",
        "重复计费",
        "金额(?:不对|错误|有误)",
        "价格(?:不对|错误|有误)",
        "单价.{0,6}(?:错|不对|有误|不符)",
        "数量.{0,6}(?:错|不对|有误|不符|少)",
        "质量问题",
        "破损",
        "损坏",
        "投诉",
        "红字发票",
        "拒付",
        "拒绝付款",
        "暂停付款",
        "暂缓付款",
        "(?:没有|未|没)收到货",
        "货物.{0,6}(?:未|没)",
        "开错",
        "少发",
        "短缺",
        "退货",
    ),
    *_w(2, "错误", "请更正", "更正", "重新开具", "折让", "扣款", "核实", "红字"),
    # German
    *_w(
        3,
        r"reklamation",
        r"beanstand",
        r"\beinspruch",
        r"widerspruch",
        r"widersprechen",
        r"fehlerhaft",
        r"\bnicht (?:korrekt|richtig|nachvollziehbar|bestellt|geliefert|vereinbart)",
        r"\binkorrekt",
        r"\bunrichtig",
        r"unstimmigkeit",
        r"\babweichung",
        r"\bweicht .{0,30}\bab\b",
        r"\b(?:zu viel|zuviel|zu hoch|doppelt) (?:berechnet|fakturiert|abgerechnet|belastet)",
        r"\bueberhoeht",
        r"\bmangelhaft",
        r"\bbeschaedigt",
        r"\bbestreiten",
        r"\bware .{0,40}nicht (?:erhalten|angekommen|geliefert)",
        r"rechnungskorrektur",
        r"korrigierte rechnung",
        r"\brechnung .{0,30}(?:korrigieren|stornieren)",
        r"\bstorno",
        r"zurueckgewiesen",
        r"zurueckweisen",
        r"\bvereinbarten (?:preis|konditionen|rabatt)",
    ),
    *_w(
        2,
        r"\bgutschrift",
        r"\bfalsch",
        r"\bdifferenz",
        r"\bdefekt",
        r"\bkuerzung",
        r"\bgekuerzt",
        r"\bpruefen sie",
        r"\bkorrigieren",
    ),
    *_w(1, r"\babgezogen", r"\bfehler"),
    # Malay / Indonesian
    *_w(
        3,
        r"\bpertikaian",
        r"\btidak (?:betul|tepat|sama|sepadan|sesuai|tally)",
        r"\bterlebih (?:caj|bil|kenakan|tagih)",
        r"\b(?:dikenakan|ditagih|dicaj) dua kali",
        r"\bcaj berganda",
        r"\b(?:aduan|keluhan|komplain|bantahan|keberatan)",
        r"\bbelum (?:menerima|terima|sampai) (?:barang|produk|penghantaran|kiriman)",
        r"\b(?:rosak|rusak)",
    ),
    *_w(
        2,
        r"\bnota kredit",
        r"\bsalah\b",
        r"\bsilap",
        r"\b(?:kesilapan|kesalahan)",
        r"\bkurang (?:bayar|dihantar|kirim)",
    ),
    # Japanese
    *_w(3, "相違", "誤り", "間違い", "不一致", "破損", "クレーム", "二重請求", "返品"),
    # constructions: less received than billed, wrong or unauthorised charges, missing discounts
    *_w(
        2.5,
        r"\bonly (?:received|got|delivered|shipped|supplied|arrived|ordered)\b",
        r"\bonly \d+ (?:of|out of|from) (?:the )?\d+",
        r"\b(?:less|fewer|more) than (?:invoiced|ordered|billed|charged|quoted|agreed|what (?:was|"
        r"we))",
        r"\b(?:old|previous|last year's|outdated|superseded) (?:price|rate|pricing|price list|"
        r"rates|contract)",
        r"\b(?:not|never|nobody|no one|no-one) (?:here )?(?:authori[sz]ed|approved|agreed|"
        r"requested)",
        r"\b(?:don't|do not|cannot|can't|can not) (?:recogni[sz]e|accept|agree with)",
        r"\bcan only pay (?:for )?",
        r"\bbefore we (?:can )?(?:pay|process|approve) (?:this|it|the invoice)",
        r"\bwithout (?:a |the )?(?:credit|correction|adjustment)",
    ),
    *_w(
        3,
        r"\bno record of (?:this|the|that|any|such) (?:order|delivery|purchase|service|po|work)",
        r"\bexceeds? (?:the )?(?:po|purchase order|order|quote|quoted|agreed|contract)",
        r"\b(?:discount|rebate|credit|allowance)\b[^.!?]{0,30}\b(?:not|n't|never) (?:been "
        r")?(?:applied|deducted|given|"
        r"included|reflected)",
        r"\b(?:discount|rebate)\b[^.!?]{0,20}\bmissing",
        r"\b(?:billed|charged|invoiced) (?:us )?(?:for|at) (?:the )?(?:old|wrong|previous|last "
        r"year's|full|whole)",
    ),
    *_w(
        2,
        r"\b(?:still|been|being) (?:billed|charged|invoiced)\b",
        r"\b(?:call-?out fee|surcharge|extra charge|"
        r"additional charge|unexpected charge)",
        r"\bcancell?ed\b",
    ),
    *_w(
        3,
        r"\bnur \d+ (?:von|statt) \d+",
        r"\b(?:rabatt|skonto|nachlass)\b[^.!?]{0,40}\b(?:fehlt|nicht beruecksichtigt|"
        r"nicht abgezogen|nicht gewaehrt)",
        r"\bfehlt (?:auf|in) der rechnung",
        r"\blang (?:po )?(?:ang )?(?:natanggap|dumating|na-?deliver|nadeliver)",
        r"\bhindi (?:po )?(?:namin )?(?:in-?order|inorder|na-?order|inorder)",
        "只收到",
        "没有下过",
        "未下过",
        "没有订购",
        "不认可",
        "(?:旧|原|老)价格",
    ),
    *_w(
        3,
        r"\b(?:items?|goods|products|lines?|gamit|produkto)\b[^.!?]{0,30}\b(?:(?:did not|didn't|"
        r"never|not) "
        r"(?:receive|get|order)|weren't delivered|were not delivered|hindi (?:po )?(?:namin "
        r")?(?:natanggap|dumating))",
        "見積(?:もり)?と異な",
    ),
    *_w(
        2.5,
        r"\bprices? (?:has |have )?(?:gone up|increased|risen|went up|been increased)|\bprice "
        r"increase",
        r"\bpreis\w* (?:wurde |wurden )?(?:erhoeht|gestiegen)|\bpreiserhoehung",
        "涨价",
        "单价涨",
        "異なって",
    ),
    *_w(2, r"\b(?:tumaas|mas mahal)\b"),
    *_w(
        2,
        r"\bberechnet wurden aber|\baber berechnet",
        r"\bbitte um (?:pruefung|klaerung)",
        r"\b(?:luma|lumang) (?:pa )?(?:po )?(?:ang )?(?:presyo|price)",
        "按实际",
        "重新开票",
    ),
    # wider phrasings: what was billed does not agree with what was ordered, quoted or received
    *_w(
        3,
        r"\b(?:rejected|declined|returned|disputed|queried|blocked|on hold) "
        r"(?:by|because|as|due to)",
        r"\b(?:never|not|hasn't|has not|haven't|have not|wasn't|weren't|didn't) (?:been |yet )?"
        r"(?:delivered|ordered|requested|authorised|authorized|agreed|completed)",
        r"\b(?:goods|items|order|shipment|delivery|parts|stock|products?|pallets?|cartons?|units?) "
        r"(?:(?!invoice)[^.!?]){0,20}(?:never|not|haven't|have not|hasn't|has not|weren't|wasn't) "
        r"(?:been |yet )?(?:received|arrived|turned up)",
        r"\bnothing (?:has been |was )?(?:delivered|received|arrived)",
        r"\b(?:won't|will not|cannot|can't|unable to) (?:be )?(?:pay|paying|approve|accept) "
        r"(?:that|this|the|for)",
        r"\b(?:exceed|exceeds|higher than|more than|above|differs? from|doesn't match|does not "
        r"match|not match|not agree|doesn't agree) (?:the |our |what )?(?:agreed|quoted?|quotation|"
        r"po|purchase order|contract|timesheets?|delivery|price|rate)",
        r"\b(?:over-?charged|over-?billed|double[- ]billed|billed twice|charged twice|invoiced "
        r"twice|duplicate (?:charge|billing))",
        r"\b(?:short|damaged|broken|faulty|defective|missing) (?:delivery|shipment|goods|items|"
        r"units|parts|pallets?|cartons?)",
        r"\bstimmt nicht",
        r"\b(?:nicht|nie) (?:geliefert|erhalten|bestellt|vereinbart|angekommen)",
        r"\b(?:zu hoch|abweichung|differenz|beanstand|reklamier)",
        r"\bselisih (?:harga|jumlah|nilai)",
        r"\b(?:barang|unit) .{0,30}(?:kurang|rusak|belum (?:datang|sampai|diterima))",
        r"\bkurang \d+ (?:unit|pcs|buah|karton)",
        r"\btidak (?:sesuai|cocok|sama) (?:dengan|dgn)",
        r"\b(?:hindi|di) (?:tugma|tama|pa (?:dumating|natanggap)|namin (?:in-?order|natanggap))",
        r"\b(?:sira|kulang) (?:ang|yung|po)",
        "比报价高",
        "比合同",
        "(?:金额|数量|单价|价格)(?:不对|有误|错误|不符|不一致|有问题)",
        "(?:没|没有|未)(?:收到|到)(?:货|货物)",
        "(?:货物|货)(?:破损|损坏|短少|少了)",
        "重复(?:开票|收费|计费)",
        "金額が(?:違|異)",
    ),
]

INVOICE_REQUEST: list[Entry] = [
    # English
    *_w(
        3,
        r"\b(?:copy|copies|duplicate|pdf|scan|scanned copy|soft ?copy|hard ?copy|reprint) of "
        r"(?:the |your |our |this |that |these |those |all |outstanding |each |both |missing |"
        r"original )?"
        r"(?:tax )?(?:invoice|invoices|bill|bills|inv)\b",
        r"\b(?:tax )?invoice (?:copy|copies|duplicate|reprint|pdf)",
        r"\b(?:did not|didn't|have not|haven't|has not|hasn't|never|not) (?:yet )?(?:receive|"
        r"received|got|"
        r"get|gotten|seen|been sent|been received) (?:the |your |an |any |this |that |these |those "
        r"|a |our )?"
        r"(?:tax )?(?:invoice|invoices|bill)",
        r"\b(?:missing|lost|misplaced|can't find|cannot find|can not find|unable to (?:find|"
        r"locate)|"
        r"could not (?:find|locate)|couldn't (?:find|locate)|no record of) (?:the |your |an |our |"
        r"this |any )?"
        r"(?:tax )?(?:invoice|invoices|bill)",
        r"\b(?:invoice|invoices|bill) (?:is|are|was|were|seems to be|have gone) (?:missing|not "
        r"attached|"
        r"not received|lost|misplaced|not in our system)",
        r"\b(?:re-?send|re-?issue|re-?transmit|resubmit|send (?:us |me )?(?:again|over|through|"
        r"back)|"
        r"send (?:us |me )?(?:a |the )?(?:copy|copies)) .{0,40}\b(?:invoice|invoices|inv|bill)\b",
        r"\b(?:invoice|invoices|inv|bill)\b.{0,40}\b(?:again|once more|re-?sent|re-?send)\b",
        r"\binvoices? (?:for|to) (?:our|my) (?:records|files|system)",
    ),
    *_w(
        2,
        r"\b(?:need|require|want|request|requesting|asking for|looking for) (?:a |the |an )?"
        r"(?:copy|copies|duplicate|pdf|scan|soft copy|original)",
        r"\b(?:send|email|e-mail|forward|share|provide|attach) (?:us |me )?(?:with )?(?:a |the |an "
        r"|your |all )?"
        r"(?:tax )?(?:invoice|invoices)\b",
        r"\bsupporting documents?",
        r"\b(?:re-?send|resubmit|resending)\b",
    ),
    *_w(1, r"\bcopy\b", r"\bcopies\b", r"\boriginal (?:tax )?invoice", r"\bfor our records\b"),
    # Tagalog / Taglish
    *_w(
        3,
        r"\bkopya (?:ng|nang|po ng) (?:mga )?(?:invoice|resibo|bill|singil|sales invoice|si)\b",
        r"\b(?:paki-?send|paki-?resend|pakipadala|paki-?padala|pakibigay|ipadala|padalhan|pa-?send|"
        r"pa-?resend|"
        r"paki-?email|paki-?forward|pasend) (?:(?!listahan|list of|summary)[^.!?]){0,40}"
        r"\b(?:invoice|bill|singil|sales invoice)",
        r"\bhindi (?:pa )?(?:po )?(?:namin |ko )?(?:natanggap|nakuha|nareceive|na-?receive|nakita) "
        r"(?:ang|yung) "
        r"(?:mga )?(?:invoice|bill|singil|kopya)",
        r"\bwala (?:pa )?(?:po )?(?:kaming|kami|akong) (?:natanggap|nakuha|nareceive)(?: na| pong| "
        r"na po)? "
        r"(?:invoice|bill|kopya|copy|si)\b",
        r"\bwala (?:pa )?(?:po )?(?:kaming|kami|akong) (?:kopya|copy)",
        r"\bdo you have (?:the |a |an )?(?:copy of )?(?:the )?(?:tax )?(?:invoice|bill)",
        r"\bnawala (?:ang|yung|po ang|namin ang) (?:invoice|bill|kopya)",
    ),
    *_w(
        2,
        r"\bkopya\b",
        r"\bulit\b.{0,30}\binvoice|\binvoice\b.{0,30}\bulit\b",
        r"\bcan'?t (?:see|find|locate) (?:it|them|the invoice|any invoice)",
    ),
    # Chinese
    *_w(
        3,
        "发票副本",
        "发票复印件",
        "发票的副本",
        "发票扫描件",
        "发票的复印件",
        "补发.{0,6}发票",
        "发票.{0,6}补发",
        "重新(?:发送|发|寄|传).{0,6}发票",
        "发票.{0,6}重新(?:发送|发|寄|传)",
        "(?:请|麻烦|烦请|能否|可否).{0,10}(?:发|寄|提供|传|发送|邮寄).{0,8}发票",
        "(?:没有|没|未|尚未|还没|还未)(?:有)?(?:收到|看到|找到).{0,6}发票",
        "发票.{0,8}(?:丢失|遗失|找不到|没收到|未收到)",
        "再(?:发|寄)一(?:次|份|遍)",
    ),
    *_w(2, "扫描件", "复印件", "副本", "电子发票"),
    # German
    *_w(
        3,
        r"rechnungskopie",
        r"\bkopie (?:der|unserer|ihrer|von|einer) .{0,20}rechnung",
        r"rechnungsduplikat",
        r"\bduplikat",
        r"zweitschrift",
        r"\brechnung.{0,50}(?:erneut|nochmals|noch einmal|nochmal|nochmalig)",
        r"\b(?:erneut|nochmals|noch einmal|nochmal) .{0,40}rechnung",
        r"\brechnung.{0,40}(?:nicht erhalten|nicht bekommen|nicht vorliegen|liegt uns nicht vor|"
        r"nicht auffindbar|nicht finden|fehlt|nie erhalten)",
        r"\b(?:fehlende|verlorene) rechnung",
    ),
    *_w(
        1.5,
        r"\bzukommen lassen",
        r"\b(?:zusenden|zuschicken|uebermitteln|uebersenden|schicken)",
        r"\bals pdf",
    ),
    # Malay / Indonesian
    *_w(
        3,
        r"\bsalinan (?:invois|faktur|bil|tagihan)",
        r"\b(?:hantar|kirim|emel|email|hantarkan|kirimkan) (?:semula|ulang|kembali)",
        r"\b(?:invois|faktur|tagihan)\b.{0,30}\b(?:semula|ulang|sekali lagi)",
        r"\bbelum (?:menerima|terima|dapat|mendapat) .{0,15}(?:invois|faktur|tagihan)",
        r"\b(?:invois|faktur) .{0,15}(?:hilang|tidak dijumpai|tidak ditemui|tidak ditemukan)",
        r"\b(?:mohon|sila|tolong|harap) .{0,20}(?:kirimkan|dikirimkan|hantar|hantarkan|berikan|"
        r"emelkan) "
        r".{0,20}(?:invois|faktur)",
    ),
    # Japanese
    *_w(
        3,
        "請求書.{0,6}(?:再発行|再送|写し|コピー|控え|PDF|pdf)",
        "請求書.{0,10}(?:届いて|受け取って)(?:いない|おりません)",
    ),
    # constructions: asking for the invoice itself
    *_w(
        3,
        r"\b(?:can't|cannot|can not|unable to|won't be able to) (?:pay|process|approve|"
        r"book)\b[^.!?]{0,20}\bwithout "
        r"(?:an |the |a |your )?(?:tax )?(?:invoice|bill)",
        r"\bohne rechnung",
        r"\b(?:paki|pa)-?(?:send|resend|email|e-mail|forward|padala|bigay)\b.{0,40}\b(?:invoice|"
        r"bill|singil|si)\b",
        r"\bwala (?:pa )?(?:po )?(?:ang|yung) (?:invoice|bill)",
        "(?:请|麻烦|烦请).{0,10}发票.{0,6}(?:发|寄|传|提供|开)",
        "没有发票.{0,6}(?:无法|不能|没法)",
    ),
    *_w(
        2,
        r"\b(?:send|email|e-mail|forward|share|provide|get|need|want|"
        r"require)\b(?:(?!\bpay)[^.!?]){0,25}?"
        r"\b(?:tax )?(?:invoice|invoices|bill)\b",
        r"\b(?:schicken|senden|zusenden|zuschicken|uebermitteln|mailen)\b[^.!?]{0,30}\brechnung"
        r"|\brechnung\b[^.!?]{0,30}\b(?:schicken|senden|zusenden|zuschicken|uebermitteln|mailen)",
        r"\bhangga'?t wala",
        "开具发票",
        "开发票",
        "开票",
    ),
    # wider phrasings: the invoice never arrived and must be issued or sent
    *_w(
        3,
        r"\b(?:there is |there's |we have |we've )?(?:no|not (?:yet )?(?:received|got|had) "
        r"(?:an?|the|your)) invoice (?:yet|for|so far)",
        r"\bplease (?:issue|raise|generate|prepare) (?:and send )?(?:an? |the )?(?:invoice|it)",
        r"\b(?:haven't|have not|did not|didn't|never) (?:yet )?(?:received|got|get) (?:an? |the |"
        r"your |any )?(?:invoice|bill)",
        r"\b(?:can't|cannot|couldn't|could not|unable to) (?:find|locate|open|download) (?:the |"
        r"your |an? )?(?:invoice|pdf|attachment)",
    ),
]

STATEMENT_REQUEST: list[Entry] = [
    # English
    *_w(
        3,
        r"\bstatements? of (?:account|accounts|a/c|acct)",
        r"\b(?:account|customer|vendor|supplier|monthly|"
        r"updated|latest|current|recent|quarterly|year[- ]end|up-to-date|up to date) statement",
        r"\bsoa\b",
        r"\b(?:aging|ageing|aged) (?:report|analysis|balance|listing|debtors|summary|statement)",
        r"\b(?:balance|account|ledger|vendor|statement) (?:confirmation|reconciliation|recon)",
        r"\b(?:list|listing|summary|breakdown|schedule|report) of (?:all )?(?:our |the )?(?:open|"
        r"outstanding|unpaid|"
        r"overdue|due) (?:items|invoices|balances?|amounts|transactions|bills)",
        r"\b(?:open|outstanding|unpaid|overdue) (?:items|invoices) (?:list|listing|report|summary|"
        r"schedule)",
        r"\b(?:what|how much) (?:do we|we|we still|does our company) owe",
        r"\baudit confirmation",
        r"\bconfirm (?:the |our |your )?(?:balance|outstanding)",
    ),
    *_w(1, r"\bstatement\b", r"\bstatements\b"),
    *_w(
        2,
        r"\breconcil",
        r"\bledger",
        r"\b(?:outstanding|current|open|"
        r"account) balance",
        r"\bopen items\b",
        r"\b(?:all |any )?(?:open|outstanding|unpaid) invoices",
        r"\btransaction history",
    ),
    # Tagalog / Taglish
    *_w(
        3,
        r"\b(?:listahan|summary|breakdown) (?:ng|nang|po ng) (?:mga )?(?:utang|balance|babayaran|"
        r"invoices?|bayarin)",
        r"\bmagkano (?:pa )?(?:po )?(?:ang |yung )?(?:utang|balance|babayaran|bayarin|natitira)",
    ),
    *_w(1.5, r"\bbalanse\b", r"\butang\b", r"\bbayarin\b", r"\bnatitirang"),
    # Chinese
    *_w(
        3,
        "(?:请|麻烦|烦请|能否|可否|需要|索取|提供|发|寄|要).{0,10}对账单",
        "账单明细",
        "往来明细",
        "往来账",
        "往来对账",
        "余额确认",
        "确认余额",
        "询证函",
        "应付账款明细",
        "未付(?:款)?明细",
        "未结(?:清)?(?:发票)?明细",
        "未付发票(?:清单|列表|明细)",
        "欠款明细",
        "账龄",
        "对账",
    ),
    *_w(2, "对账单", "欠款", "账户余额", "余额", "明细表"),
    # German
    *_w(
        3,
        r"kontoauszug",
        r"saldenbestaetigung",
        r"saldenabstimmung",
        r"saldenmitteilung",
        r"saldenliste",
        r"\boffene(?:n)? posten",
        r"\bop-?liste",
        r"\bopos\b",
        r"kontoblatt",
        r"kontenblatt",
        r"kontenabstimmung",
        r"\baufstellung .{0,30}(?:offen|rechnungen|posten)",
        r"\bkontenauszug",
    ),
    *_w(2, r"\bsaldo", r"\bkontostand", r"\babstimm", r"\boffenen rechnungen"),
    # Malay / Indonesian
    *_w(
        3,
        r"\bpenyata (?:akaun|akaun pelanggan|kira-kira)",
        r"\bsenarai (?:invois|hutang|bil) (?:tertunggak|belum dibayar)",
        r"\bbaki (?:akaun|tertunggak|hutang)",
        r"\bkonfirmasi saldo",
        r"\bsaldo (?:hutang|piutang)",
        r"\b(?:daftar|rincian) (?:faktur|tagihan|hutang) (?:yang )?(?:belum|outstanding|terbuka)",
        r"\brekonsiliasi",
    ),
    *_w(2, r"\bpenyata\b", r"\b(?:laporan|rincian) (?:akaun|hutang|piutang)", r"\btertunggak"),
    # Japanese
    *_w(3, "取引明細", "残高確認", "残高証明", "未払(?:い)?(?:一覧|明細)", "取引残高"),
    # constructions: what is still open on the account
    *_w(
        3,
        r"\baccount (?:summary|overview|history|activity)",
        r"\bwhat(?:'s| is) (?:still )?(?:open|outstanding|unpaid|owing|due)\b",
        r"\bwhich (?:invoices|bills|items)\b[^.!?]{0,20}\b(?:open|outstanding|unpaid|owing|due)\b",
        r"\b(?:customer|vendor|supplier|account) ledger",
        r"\b(?:welche|alle) (?:rechnungen|posten)\b[^.!?]{0,30}\boffen",
        "(?:哪些|什么).{0,6}(?:未付|没有付|没付|未结|欠)",
    ),
    *_w(1.5, r"\bkundenkonto", "清单"),
    *_w(2.5, r"\btotal (?:na )?(?:outstanding )?balance"),
    # wider phrasings: what do we owe, which items are still open
    *_w(
        3,
        r"\bhow much (?:do |does |did )?(?:we|i|our company) (?:currently |still )?owe",
        r"\bwhat (?:do |does )?(?:we|i) (?:currently |still )?owe",
        r"\bwhich (?:of our |of the )?invoices (?:are|remain|do we have) (?:still )?(?:open|"
        r"outstanding|unpaid|due|overdue|pending)",
        r"\b(?:list|listing|overview|summary|breakdown|report) of (?:all )?(?:our |the )?(?:open|"
        r"outstanding|unpaid|overdue|pending) (?:items|invoices|balances?|amounts?)",
        r"\b(?:open|outstanding|unpaid) (?:items|invoices) (?:list|listing|report)",
        r"\blistahan ng (?:mga )?(?:unpaid|open|outstanding|hindi pa bayad)",
        r"\bdaftar (?:faktur|invoice|tagihan|invois) (?:yang )?(?:masih )?(?:outstanding|"
        r"belum (?:dibayar|lunas)|terbuka|tertunggak)",
        "(?:尚未|还没|未)(?:付款|付清|支付)的发票",
        "未付款项",
        "未付(?:清)?(?:款项|金额|账款|发票)",
        "(?:发票|款项)(?:有)?哪些",
    ),
]

AUTO_REPLY: list[Entry] = [
    # English
    *_w(
        3,
        r"\bout of (?:the )?office",
        r"\b(?:limited|no|intermittent|restricted) access to (?:my )?e-?mails?",
        r"\b(?:upon|on) my return",
        r"\bwhen i (?:return|get back|am back)",
        r"\bin my absence",
        r"\bautomatic(?:ally)? (?:reply|response|generated|message|notification)",
        r"\bauto-?(?:reply|response|responder)",
        r"\bautoresponder",
        r"\bthis is an? (?:automated|automatic|auto-generated|system generated|system-generated) "
        r"(?:reply|response|message|e-?mail|acknowledge?ment|notification)",
        r"\b(?:mailbox|inbox|e-?mail(?: address)?|account) (?:is )?(?:no longer|not) (?:monitored|"
        r"in use|active|checked|valid)",
        r"\bno longer (?:with|employed|working|work|at|in the|part of)",
        r"\b(?:have|has) (?:now )?left (?:the company|the organi[sz]ation|the business|the firm)",
        r"\b(?:undeliverable|undelivered|non-?delivery|delivery (?:has )?failed|delivery status "
        r"notification|"
        r"could not be delivered|couldn't be delivered|was not delivered|wasn't delivered|returned "
        r"mail|"
        r"mail delivery (?:failed|failure|subsystem|system)|address (?:not found|rejected)|"
        r"recipient (?:address )?(?:rejected|not found|unknown)|user unknown|no such user|"
        r"mailbox (?:full|unavailable|not found|is full|quota)|message (?:blocked|rejected))",
        r"\b(?:read|delivery|return) receipt",
        r"\bwas read on\b",
        r"\bhas been delivered to",
        r"\b(?:i am|i'm|i will be|i'll be|i was) (?:currently |presently |now )?(?:out|away|off|on "
        r"(?:annual |sick |"
        r"maternity |paternity |parental |personal |study |long service )?leave|on (?:holiday|"
        r"vacation|"
        r"a business trip|business travel)|travel?ling|attending|at a conference|unavailable|not "
        r"available)",
        r"\b(?:be )?back in (?:the )?office",
        r"\breturning (?:to the office |to work )?(?:on |from )?(?:\d|mon|tue|wed|thu|fri|sat|sun|"
        r"jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)",
        r"\b(?:emails?|mails?|mailbox|inbox|messages) (?:will |are |is )?(?:not|n't) (?:be )?"
        r"(?:monitored|checked|read|answered|forwarded)",
        r"\bwill (?:be )?(?:return|returning|back)(?:ing)? (?:on|by|after|to the office|to work)",
        r"\bfor (?:urgent|immediate|anything urgent) (?:matters|enquiries|inquiries|queries|"
        r"requests|issues|"
        r"assistance|help)",
        r"\bif (?:your|this|the) (?:matter|request|enquiry|inquiry|query) is urgent",
    ),
    *_w(
        2,
        r"\bon (?:annual |sick |maternity |parental |personal |public )?(?:leave|holidays?|"
        r"vacation)",
        r"\b(?:we have|we've) received your (?:e-?mail|message|request|enquiry|inquiry|query)",
        r"\bthank you for (?:your e-?mail|contacting|your message|reaching out)",
        r"\b(?:ticket|case|reference|request|incident) (?:number|no|#|id)",
        r"\bwill (?:respond|reply|get back to you|be in touch|attend to|action)",
        r"\bdo not reply to this|please do not reply",
        r"\bdelayed response",
        r"\bplease (?:direct|redirect|forward|send|address) (?:all )?(?:your )?(?:future "
        r")?(?:queries|enquiries|"
        r"inquiries|e-?mails|correspondence|requests)",
    ),
    *_w(1, r"\bwithin (?:\d+|one|two|three) (?:business |working )?(?:days|hours)", r"\burgent\b"),
    # Tagalog / Taglish
    *_w(
        3,
        r"\bnasa (?:bakasyon|leave|labas ng opisina)",
        r"\bnaka-?(?:leave|bakasyon|sick leave|vacation leave)",
        r"\bwala (?:po )?(?:ako )?(?:sa opisina|sa office)",
        r"\bbabalik (?:po )?(?:ako|kami) (?:po )?(?:sa|ng|pagkatapos)",
        r"\bpagbalik ko",
        r"\bhindi (?:ko )?(?:po )?(?:mababasa|masasagot|makakasagot)",
    ),
    # Chinese
    *_w(
        3,
        "自动回复",
        "自动答复",
        "不在办公室",
        "休假",
        "年假",
        "产假",
        "病假",
        "返回后",
        "回来后",
        "返岗后",
        "回到办公室",
        "将于.{0,12}(?:返回|回来|返岗|回到|上班)",
        "无法(?:及时)?回复",
        "退信",
        "无法投递",
        "投递失败",
        "未能送达",
        "无法送达",
        "发送失败",
        "系统退信",
        "已读",
        "已送达",
        "我们已收到您的(?:邮件|来信|请求)",
        "已收到您的(?:邮件|来信)",
    ),
    *_w(2, "外出", "出差", "紧急.{0,6}(?:事宜|事务|情况|请联系)", "期间.{0,12}(?:联系|请联系)"),
    # German
    *_w(
        3,
        r"abwesenheitsnotiz",
        r"\bnicht im (?:buero|haus|office)",
        r"\babwesend",
        r"\bausser haus",
        r"\bwieder (?:im buero|erreichbar|da|zurueck|im haus|verfuegbar)",
        r"\bin dringenden faellen",
        r"\bautomatische antwort",
        r"unzustellbar",
        r"\bzustellung .{0,30}fehlgeschlagen",
        r"\bkonnte nicht zugestellt",
        r"\bab dem .{0,20} wieder",
    ),
    *_w(
        2,
        r"\burlaub",
        r"\bnicht erreichbar",
        r"\beingangsbestaetigung",
        r"\belternzeit",
        r"\bmutterschutz",
    ),
    # Malay / Indonesian
    *_w(
        3,
        r"\bdi luar (?:pejabat|kantor)",
        r"\bsedang (?:bercuti|cuti|dinas)",
        r"\bbercuti",
        r"\bcuti (?:tahunan|sakit|bersalin|umum)",
        r"\bbalasan (?:automatik|otomatis|auto)",
        r"\bakan kembali (?:ke pejabat|ke kantor|bertugas|bekerja|pada)",
        r"\b(?:tidak dapat|gagal) (?:dihantar|dikirim|terkirim)",
        r"\btidak terkirim",
    ),
    # Japanese
    *_w(3, "自動返信", "自動応答", "不在", "休暇", "配信不能", "送信できませんでした", "配信失敗"),
    *_w(2, "出張"),
]

PORTAL_NOTIFICATION: list[Entry] = [
    *_w(
        3,
        r"\bcoupa",
        r"\bariba",
        r"\btaulia",
        r"\bsap business network",
        r"\bsupplier portal",
        r"\bearly payment (?:offer|discount|program|request)",
        r"\bdynamic discount",
        r"\bview (?:it |this |the (?:invoice|order|po) )?(?:in|on) (?:the )?(?:portal|network)",
    ),
    *_w(
        2,
        r"\b(?:supplier|vendor|business) network",
        r"\bsupplier (?:actionable )?notification",
        r"\b(?:purchase order|po)\b.{0,40}\b(?:has been|was) (?:sent|issued|created|changed|"
        r"cancell?ed|updated)",
        r"\binvoice\b.{0,40}\bstatus (?:has )?(?:changed|updated)",
        r"\b(?:log ?in|sign ?in) to (?:your |the )?(?:account|portal)",
    ),
]

OTHER: list[Entry] = [
    # Only clear signs of mail that needs no AR action are strong (weight 3); chit-chat
    # words are cues, so a verdict of "other" resting on them goes to a person.
    # English
    *_w(
        3,
        r"\bunsubscribe",
        r"\bnewsletter",
        r"\bview (?:this e-?mail |it )?(?:in|on) (?:your |a )?browser",
        r"\b(?:email|e-mail|subscription|communication) preferences",
        r"\bmanage (?:your )?(?:preferences|subscription)",
        r"\bwebinar",
        r"\bjoin (?:the )?(?:zoom|teams|microsoft teams|google meet|webex|skype) (?:meeting|call)",
        r"\bmeeting (?:id|link|passcode)",
        r"\bdial-?in",
        r"^(?:invitation|updated invitation|invite|accepted|declined|tentative|canceled|"
        r"cancelled)(?: event)?:",
        r"\b(?:\d+ ?% off|discount code|promo(?:tion)? code|special offer|limited[- ]time offer|"
        r"flash sale|free trial)",
        r"\b(?:password|sign-?in|login|account) (?:reset|expir\w*|alert|attempt|verification)",
        r"\b(?:verification|security|one-time) code",
        r"\bsecurity alert",
        r"\bnew sign-?in",
        r"\b(?:scheduled|planned|system|server|network|it) (?:maintenance|outage|downtime|upgrade)",
        r"\ball rights reserved",
        r"\bprivacy (?:policy|notice|statement)\b.{0,60}\bunsubscribe",
    ),
    # acknowledgements: a thank-you needs no action beyond filing
    *_w(
        2.5,
        r"\bnoted(?:,)? (?:with )?thanks",
        r"\b(?:thanks|thank you)(?:,)? (?:received|noted)\b",
        r"\b(?:received|noted)(?:,)? (?:thanks|thank you|with thanks)\b",
        r"\bgot it\b",
        r"\bwell received\b",
        r"\bthank you for the (?:quick |prompt |fast )?(?:response|reply|update|information|info|"
        r"help)",
    ),
    *_w(
        1,
        r"\b(?:meeting|call|sync|catch-?up|1:1|stand-?up|workshop|training|town ?hall|all-?hands|"
        r"offsite|"
        r"kick-?off|review session) (?:invite|invitation|request|agenda|notes|minutes|reminder|"
        r"tomorrow|today|"
        r"on (?:mon|tue|wed|thu|fri))",
        r"\b(?:lunch|dinner|coffee|birthday|farewell|team building|christmas party|holiday party|"
        r"potluck|drinks|"
        r"merienda|happy hour)",
        r"\b(?:register|sign up|rsvp|save your seat|book your seat)\b",
        r"\b(?:survey|feedback form|questionnaire)",
        r"\b(?:job opening|career|vacancy|we're hiring|recruit)",
        r"\b(?:press release|announcing|introducing|new features?|product update|release notes)",
        r"\b(?:conference|summit|expo|seminar|trade show)",
        r"\btracking number",
        r"\bprivacy policy",
        r"\bterms of (?:use|service)",
    ),
    *_w(1, r"\b(?:meeting|agenda|calendar|event|catering|parking|office supplies|it support)\b"),
    # Tagalog
    *_w(1, r"\b(?:pananghalian|kainan|despedida|kaarawan|handaan|pulong|salu-salo)"),
    # Chinese
    *_w(3, "退订", "取消订阅", "网络研讨会", "会议邀请", "会议纪要", "会议议程"),
    *_w(
        1,
        "会议通知",
        "邀请",
        "培训",
        "讲座",
        "研讨会",
        "优惠",
        "促销",
        "折扣",
        "限时",
        "团建",
        "聚餐",
        "生日",
        "系统(?:维护|升级)",
        "密码(?:重置|过期)",
        "验证码",
        "新闻稿",
        "简报",
        "放假通知",
        "假期安排",
        "放假",
    ),
    *_w(1, "活动", "会议"),
    # German
    *_w(3, r"\babmelden", r"\babbestellen", r"\bnewsletter"),
    *_w(
        1,
        r"\beinladung",
        r"\bbesprechung",
        r"\bschulung",
        r"\bseminar",
        r"\bwebinar",
        r"\bmittagessen",
        r"\bweihnachtsfeier",
        r"\bbetriebsausflug",
        r"\bgeburtstag",
        r"\bwartungsarbeiten",
        r"\bsystemwartung",
        r"\bpasswort",
    ),
    *_w(1, r"\btermin\b", r"\brabatt", r"\bveranstaltung"),
    # Malay / Indonesian
    *_w(3, r"\bberhenti (?:melanggan|langganan)"),
    *_w(
        1,
        r"\b(?:jemputan|undangan)",
        r"\b(?:mesyuarat|rapat|pertemuan)",
        r"\bmakan (?:tengah hari|siang)",
        r"\bjamuan",
        r"\b(?:latihan|pelatihan|kursus)",
        r"\b(?:promosi|diskaun|diskon)",
    ),
    *_w(
        2.5,
        r"\b(?:happy holidays?|holiday season|season's greetings|merry christmas|happy new year)",
        r"\b(?:taken over|take over|taking over) (?:from|as)\b",
        r"\b(?:new|change of) (?:main )?contact\b",
    ),
    *_w(1, r"\bfeedback\b"),
    # wider phrasings: deliveries, bank-detail changes, price lists, office news
    *_w(
        3,
        r"\b(?:your )?(?:order|parcel|package|shipment|consignment) (?:has |is )?(?:been )?"
        r"(?:shipped|dispatched|out for delivery|on its way|delivered)",
        r"\b(?:tracking|consignment|waybill) (?:number|no|#)",
        r"\btrack (?:your|the) (?:delivery|parcel|package|shipment|order)",
        r"\bdelivery (?:scheduled|attempt|window|notification)",
        r"\b(?:change|changes|update|updated|new|changed) (?:of |to |in )?(?:our |your |the )?"
        r"(?:bank|banking) (?:account )?(?:details|information|info|account)",
        r"\b(?:new|updated|latest|revised|our|attached|\d{4}) (?:price|product) (?:list|catalogue|"
        r"catalog)",
        r"\b(?:fire drill|evacuation drill|office move|town hall|team building)",
        r"\bplease welcome\b",
        r"\bjoins? (?:the|our) (?:\w+ )?team\b",
    ),
]

LEXICON: dict[str, list[Entry]] = {
    "remittance": REMITTANCE,
    "invoice_request": INVOICE_REQUEST,
    "statement_request": STATEMENT_REQUEST,
    "dispute": DISPUTE,
    "payment_promise": PAYMENT_PROMISE,
    "auto_reply": AUTO_REPLY,
    "portal_notification": PORTAL_NOTIFICATION,
    "other": OTHER,
}
"""Every category's entries; every entry is tried on every message, whatever its language."""

SUBJECT_ONLY: dict[str, list[Entry]] = {
    "auto_reply": _w(
        4,
        r"^(?:read|not read|delivered|undeliverable|undelivered|delivery (?:status )?notification|"
        r"returned mail|mail delivery failed|failure notice|gelesen|nicht gelesen|zugestellt|"
        r"unzustellbar|"
        r"已读|已送达|未送达|无法送达|退信|読み取り|開封済み|配信不能|out of office|ooo|automatic "
        r"reply|"
        r"auto(?:matic)?[- ]?(?:reply|response)|abwesend|abwesenheitsnotiz|自动回复|自动答复|"
        r"balasan automatik|balasan otomatis|automatisch antwoord)\b\s*:?",
    ),
}
"""Entries only meaningful in a subject: the prefixes mail servers and clients put there."""

ATTACHMENT_NAMES: dict[str, list[Entry]] = {
    "remittance": [
        *_w(
            3,
            r"remit",
            r"payment[ _.-]?advi[cs]e",
            r"zahlungsavis",
            r"\bavis",
            r"payment[ _.-]?(?:notification|"
            r"confirmation|details|voucher|remittance)",
            r"付款",
            r"汇款",
            r"水单",
            r"回单",
            r"转账",
            r"振込",
            r"送金",
            r"支払",
            r"bukti",
            r"pembayaran",
            r"zahlung",
            r"ueberweisung",
            r"proof[ _.-]?of[ _.-]?payment",
            r"deposit[ _.-]?slip",
            r"bank[ _.-]?slip",
            r"\bpop\b",
        ),
        *_w(
            2,
            r"\b(?:eft|ach|swift|mt103|tt|wire)\b",
            r"tt[ _.-]?copy",
            r"\bpa[ _.-]?\d",
            r"payment",
            r"transfer",
            r"deposit",
        ),
    ],
    "statement_request": _w(1.5, r"statement", r"\bsoa\b", r"kontoauszug", r"对账", r"ledger"),
    "dispute": _w(
        1.5,
        r"credit[ _.-]?(?:note|memo|request)",
        r"claim",
        r"damage",
        r"discrepanc",
        r"reklamation",
        r"\bpod\b",
        r"proof[ _.-]?of[ _.-]?delivery",
        r"损坏",
        r"破损",
    ),
    "other": _w(3, r"\.ics$", r"\.vcs$", r"invite\.ics"),
}
"""Attachment file names that say what the mail is about (a PDF called "Remittance ...")."""

CUE_WEIGHT = 0.75
"""Weight of one cue word: three cues together weigh about as much as one strong phrase."""

CUES: dict[str, list[Entry]] = {
    # Single words that lean towards a category without settling it. They decide only when
    # no phrase matched (phrases take their words first), and a zone's cues count at most
    # fallback.CUE_CAP per category: "paid" and "bank" make a weak remittance, not a sure one.
    "remittance": _w(
        CUE_WEIGHT,
        r"\bpaid\b",
        r"\bcredited\b",
        r"\bsettled\b",
        r"\btransferred\b",
        r"\bremit",
        r"\bcleared\b",
        r"\beft\b",
        r"\bbank (?:confirmation|transfer|receipt)",
        r"\bscreenshot",
        r"\bproof\b",
        r"\bdone\b",
        r"\bbezahlt\b",
        r"\bangewiesen\b",
        r"\bbank\b",
        r"\bpaid na\b",
        r"\btapos na\b",
        r"\bdikreditkan\b",
        r"\bsudah\b",
        r"\btelah\b",
        r"\bsemalam\b",
        r"\bkahapon\b",
        "查收",
        "截图",
        "汇出",
        "已经",
        "转账",
        "回单",
        "お振込",
        "入金",
        "送金",
    ),
    "payment_promise": _w(
        CUE_WEIGHT,
        r"\bwill\b",
        r"\b\w+'ll\b",
        r"\bnext (?:week|month|batch|run|cycle)",
        r"\btomorrow\b",
        r"\buntil the\b",
        r"\blined up\b",
        r"\bsoon\b",
        r"\bshortly\b",
        r"\bupcoming\b",
        r"\brelease\b",
        r"\b(?:monday|tuesday|wednesday|thursday|friday)\b",
        r"\bmorgen\b",
        r"\bnaechste(?:n)? woche",
        r"\beingeplant",
        r"\bwerden\b",
        r"\bbabayaran\b",
        r"\bpagka-?approve",
        r"\bakan\b",
        r"\bselepas\b",
        r"\bminggu depan\b",
        r"\bsusunod\b",
        "下个月",
        "下周",
        "一定",
        "签字后",
        "就付",
        "会",
        "予定",
        "月末",
        "来週",
    ),
    "dispute": _w(
        CUE_WEIGHT,
        r"\bwrong\b",
        r"\bincorrect",
        r"\berror",
        r"\bmistake",
        r"\bproblem\b",
        r"\bissue\b",
        r"\bmismatch",
        r"\bwhy\b",
        r"\bshould be\b",
        r"\bsupposed to\b",
        r"\binstead of\b",
        r"\bincrease",
        r"\bgone up\b",
        r"\bhigher\b",
        r"\bwaived?\b",
        r"\bmissing\b",
        r"\bonly\b",
        r"\brefund",
        r"\breject",
        r"\bnot ordered\b",
        r"\btimesheet",
        r"\bquoted?\b",
        r"\bfalsch",
        r"\bfehler",
        r"\berhoeht",
        r"\bohne absprache",
        r"\bakzeptieren\b",
        r"\bnicht bestellt",
        r"\bbakit\b",
        r"\btumaas",
        r"\bhindi\b",
        r"\bmali\b",
        r"\btidak\b",
        r"\bsalah\b",
        r"\bcaj\b",
        "为什么",
        "错",
        "涨",
        "问题",
        "重开",
        "不",
        "異な",
        "相違",
        "誤",
    ),
    "invoice_request": _w(
        CUE_WEIGHT,
        r"\binvoice\b",
        r"\binvoices\b",
        r"\bbill\b",
        r"\bpdf\b",
        r"\battachment\b",
        r"\bblank\b",
        r"\bagain\b",
        r"\boriginal\b",
        r"\bauditors?\b",
        r"\bpull\b",
        r"\brechnung\b",
        r"\blieferschein",
        r"\bzukommen\b",
        r"\bpahingi\b",
        r"\bmakahingi\b",
        r"\binvois\b",
        r"\bfaktur\b",
        r"\bperlukan\b",
        r"\bhantar\b",
        "发票",
        "开票",
        "寄",
        "重新发",
        "請求書",
        "送付",
        "再度",
    ),
    "statement_request": _w(
        CUE_WEIGHT,
        r"\bowed?\b",
        r"\bowing\b",
        r"\bbalance\b",
        r"\boutstanding\b",
        r"\boverdue\b",
        r"\bunpaid\b",
        r"\baccount\b",
        r"\blisting\b",
        r"\bsummary\b",
        r"\btransactions\b",
        r"\bbooks\b",
        r"\byear[- ]end\b",
        r"\baudit\b",
        r"\bbreakdown\b",
        r"\bprintout\b",
        r"\boffene",
        r"\bsaldo\b",
        r"\bkonto",
        r"\buebersicht",
        r"\baufstellung",
        r"\bbetraege\b",
        r"\bauszug\b",
        r"\bbayarin\b",
        r"\bbaki\b",
        r"\btertunggak\b",
        r"\bringkasan\b",
        r"\bakaun\b",
        r"\bjumlah\b",
        "欠",
        "余额",
        "明细",
        "应付",
        "核对",
        "清单",
        "多少钱",
        "残高",
        "明細",
        "未払",
    ),
    "other": _w(
        CUE_WEIGHT,
        r"\bmeeting\b",
        r"\blunch\b",
        r"\bforecast\b",
        r"\bdeck\b",
        r"\bleave request\b",
        r"\bexpense",
        r"\bholiday\b",
        r"\bparty\b",
        r"\bcelebrat",
        r"\bwelcome\b",
        r"\breminder:",
        r"\bpresentation\b",
        r"\bslides\b",
        r"\bfyi\b",
        r"\bhr\b",
        r"\bit\b (?:team|support|helpdesk)",
        r"\bkitchen\b",
        r"\bpower\b",
        r"\boutage\b",
        r"\bzeiterfassung\b",
        r"\bfeier\b",
        r"\bmerienda\b",
        "停电",
        "年会",
        "报名",
        "节目",
        "同事",
    ),
}
"""Cue words per category; every cue is tried on every message, like the phrases."""
