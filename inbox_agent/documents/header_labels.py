"""The header's labels: which printed label names which field, and the value it labels.

Header fields are read from labels ("Payment date:", "Zahlungsdatum", "Cheque no") rather
than positions, because every ERP puts them somewhere else. The vocabulary is kept here,
apart from the readers that choose among the values, because the line readers need it
too: a line carrying a header label is never an invoice line, and a total's label marks
a total row.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from typing import NamedTuple

from inbox_agent.documents.fold import fold_accents

HEADER_LINES = 40
"""How far down the header reaches, for the readers that look where no label says."""
HAS_DIGIT = re.compile(r"\d")

# One named group per field; alternatives inside a group are tried longest first.
_PAYMENT_WORDS = (
    r"(?:payment(?: run)?|transaction|remittance|eft|ach|wire|transfer|check|cheque|"
    r"zahlungs?|überweisungs?|virement|paiement|giro|tt|receipt|trace|pesonet|instapay|"
    r"duitnow|npp|ibg|bacs|chaps|fps|utr|bank)"
)
_NUMBER_WORDS = (
    r"(?:(?:reference|ref|no|number|nr|id|doc|document)\b\.?(?:\s*(?:no|nr|number)\b\.?)?"
    r"|n[°º]|#)"
)
_LABEL_GROUPS: dict[str, tuple[str, ...]] = {
    "payer": (
        r"paid by", r"payer(?: name)?", r"remitter", r"from\s*:", r"ordering (?:party|customer)",
        r"(?:remittance|payment|advice) from", r"debtor",
        r"zahler", r"auftraggeber", r"payeur", r"donneur d'ordre", r"pagador",
        r"付款方", r"付款人", r"付款单位", r"付款單位", r"pembayar", r"pagante", r"płatnik",
        r"betalare", r"betaler", r"ödeyen", r"支払者", r"지급인", r"plátce", r"platitel",
        r"fizető", r"plătitor", r"πληρωτής", r"người trả", r"đơn vị trả",
    ),
    "payee": (
        r"to\s*:", r"an\s*:", r"à\s*:", r"payee", r"beneficiary", r"supplier\s*:",
        r"vendor\s*:", r"creditor", r"paid to", r"pay to(?: the order of)?",
        r"zahlungsempfänger", r"empfänger", r"bénéficiaire", r"favorecido", r"odbiorca",
        r"remit to", r"fornecedor\s*:", r"proveedor\s*:", r"kontrahent\s*:",
        r"betalningsmottagare", r"mottaker", r"modtager", r"alıcı", r"受取人", r"수취인",
        r"fournisseur\s*:", r"begünstigter", r"beneficiario", r"begunstigde",
        r"příjemce(?: platby)?", r"príjemca", r"kedvezményezett", r"beneficiar", r"furnizor\s*:",
        r"προς\s*:", r"kính gửi", r"đơn vị thụ hưởng", r"kepada\s*:",
    ),
    "payment_date": (
        r"payment date", r"date paid", r"paid on", r"payment value date", r"value date",
        r"settlement date", r"zahlungsdatum", r"valutadatum", r"valuta",
        r"ausführungsdatum", r"date de paiement", r"date de règlement", r"date de valeur",
        r"(?:transfer|remittance|check|cheque) date", r"date of payment",
        r"überweisungsdatum", r"date du paiement", r"fecha de pago", r"fecha valor",
        r"付款日期", r"支付日期", r"转账日期", r"轉帳日期", r"支払日", r"tarikh bayaran",
        r"tarikh pembayaran", r"tanggal pembayaran", r"tanggal bayar", r"data pagamento",
        r"betaaldatum", r"petsa ng bayad", r"data do pagamento", r"data de pagamento",
        r"data płatności", r"data przelewu", r"betalningsdag", r"betalningsdatum",
        r"betalingsdato", r"ödeme tarihi", r"振込日", r"지급일자", r"지급일",
        r"date de paiement", r"datum úhrady", r"datum platby", r"datum splatnosti platby",
        r"dátum úhrady", r"kifizetés dátuma", r"átutalás dátuma", r"data plății", r"data platii",
        r"ημερομηνία πληρωμής", r"ngày thanh toán", r"ngày chuyển khoản", r"tanggal transfer",
        r"(?<![^\s])(?<!\w\s)date\s*:",
    ),
    "reference": (
        r"payment id", rf"{_PAYMENT_WORDS}\s*{_NUMBER_WORDS}", r"reference (?:no|number|nr)\b\.?",
        r"ref(?:erence)?\.?\s*:", r"zahlungsreferenz", r"verwendungszweck",
        r"référence (?:de paiement|du virement|du paiement)", r"bank reference",
        r"referencia", r"riferimento", r"付款编号", r"付款單號", r"付款单号", r"交易编号",
        r"rujukan(?: bayaran| pembayaran)?", r"no\.? rujukan(?: pembayaran)?", r"referensi",
        r"no\.? referensi", r"zahlungsnummer", r"zahlungslauf", r"betalingskenmerk",
        r"n[ºo°]\.? do pagamento", r"nr przelewu", r"betalningsnr", r"betalningsreferens",
        r"betalingsreferanse", r"betalings-id", r"betalingsreference", r"ödeme no",
        r"支払番号", r"振込番号", r"지급번호", r"ref\.?\s*no\.?", r"payment run\s*:",
        r"utr(?: no\.?)?\s*:",
        r"clave de rastreo(?: spei)?", r"referencia spei", r"folio(?: de pago)?",
        r"betalingsreferentie", r"payment\s*:", r"电汇编号", r"银行流水号",
        r"číslo platebního příkazu", r"číslo platby", r"variabilní symbol platby",
        r"átutalás azonosító", r"tranzakció azonosító", r"ordin de plată nr\.?",
        r"αρ\. συναλλαγής", r"αριθμός συναλλαγής", r"số chứng từ", r"mã giao dịch",
        r"no\.? transaksi", r"avis-?nr\.?", r"avisnummer",
        r"(?:awizo płatności|payment advice|remittance advice|zahlungsavis|avis de paiement)"
        r"\s+(?:nr|no|n[°º])\.?",
    ),
    "currency": (
        r"currency", r"währung", r"devise", r"moneda", r"币种", r"幣別", r"货币", r"mata wang",
        r"mata uang", r"měna", r"pénznem", r"moneda plății", r"νόμισμα", r"loại tiền",
    ),
    "total": (
        r"total paid", r"total payment", r"payment total", r"payment amount",
        r"total amount paid", r"amount paid", r"total remitted", r"gesamtbetrag",
        r"zahlbetrag gesamt", r"total payé", r"total réglé", r"montant du paiement",
        r"überweisungsbetrag", r"amount remitted", r"montant du virement",
        r"(?:check|cheque|transfer|remittance|wire|eft) amount",
        r"grand total", r"total amount", r"total", r"summe", r"gesamtsumme",
        r"sum(?: paid| remitted| total)?", r"kabuuan", r"total pagado", r"importe total",
        r"合计", r"合計", r"总计", r"總計", r"jumlah keseluruhan", r"jumlah bayaran",
        r"total dibayar", r"totale", r"totalt(?: betalt)?", r"valor líquido", r"valor total",
        r"kwota przelewu",
        r"summa betalt", r"sum betalt", r"i alt", r"toplam", r"支払合計", r"お支払金額",
        r"振込金額", r"지급총액", r"합계", r"celkem uhrazeno", r"celkem", r"spolu", r"összesen",
        r"kifizetett összeg", r"total plată", r"σύνολα?", r"ποσό που καταβλήθηκε",
        r"tổng cộng", r"tổng số tiền", r"total dibayarkan",
    ),
}  # fmt: skip


def _with_folded(alternatives: tuple[str, ...]) -> set[str]:
    """Each label as written and without its accents ("Datum uhrady" for "Datum úhrady")."""
    return {*alternatives, *(fold_accents(alt) for alt in alternatives)}


LABELS = re.compile(
    "|".join(
        rf"(?P<{name}>(?<!\w)(?:{'|'.join(sorted(_with_folded(alts), key=len, reverse=True))})"
        r"(?![^\W\d])[ \t]*:?)"  # "Payment Date24/09/2024": a value glued on still counts
        for name, alts in _LABEL_GROUPS.items()
    ),
    re.IGNORECASE,
)
_LABEL_TAIL = re.compile(r"^[\s:#\-–.)\]]+")
"""What is left of a label before its value: "No.", "(Payer):", " - "."""
_TITLES = (
    r"remittance|remit\b|payment advice|advice of payment|payment notification|"
    r"payment notice|zahlungsavis|zahlungsanzeige|avis de paiement|avis de règlement|"
    r"avis de virement|paid invoices|we have paid|following invoices|amount paid|gezahlt|"
    r"payment details|paid the following|(?:check|cheque|payment) voucher|"
    r"payment confirmation|aviso de pago|avviso di pagamento|betalingsadvies|"
    r"notis pembayaran|nasihat pembayaran|pemberitahuan pembayaran|bukti pembayaran|"
    r"付款通知|汇款通知|匯款通知|付款明细|付款明細|支払通知|送金案内|aviso de pagamento|"
    r"awizo płatności|betalningsavisering|betalingsadvis|betalingsspesifikasjon|"
    r"ödeme bildirimi|ödeme avisi|ÖDEME AVİSİ|ödeme dekontu|avis de paiement|"
    r"지급통지|지급 안내|지급하였음|振込のご案内|お支払のご案内|avízo o platbě|platební avízo|"
    r"fizetési értesítő|aviz de plată|desfășurător plăți|ειδοποιητήριο πληρωμής|"
    r"ειδοποιητηριο πληρωμης|"
    r"giấy báo thanh toán|uhradili|kifizettük|am efectuat plata|in (?:full )?settlement of|"
    r"electronic (?:funds )?transfer of|have (?:today )?(?:made|paid|transferred|remitted)"
)
REMITTANCE_WORDS = re.compile(f"{_TITLES}|{fold_accents(_TITLES)}", re.IGNORECASE)
"""How an advice titles itself ("Remittance Advice"): the gate of the text fallback, and
the line the letterhead is printed above."""


class Labelled(NamedTuple):
    """A value found under a header label, and where."""

    field: str
    label: str
    """The label as printed, with what follows it ("Payment date:")."""
    value: str
    line: int
    """The 0-based index of the line the value is on: the label's, or the one below."""
    below: bool
    """Whether the label stood alone and the value is on the next line."""

    def how(self) -> str:
        """How ``--explain`` says the value was found."""
        label = self.label.strip(" \t:")
        return f'under the label "{label}"' if self.below else f'label "{label}"'


def is_label_line(line: str) -> bool:
    """Say whether a line carries a header label, so it is not read as an invoice line."""
    return LABELS.search(line) is not None


def is_total_label(cell: str) -> bool:
    """Whether a table cell is only a total's label ("Net amount paid", "Check Amount:").

    A word or two may stand before the label ("Net", "Grand"), nothing after it: such a
    cell marks a total row, whose amount must not be read as an invoice line.
    """
    text = cell.strip().rstrip(":").strip()
    match = LABELS.search(text)
    if match is None or match.lastgroup != "total" or text[match.end() :].strip(" :"):
        return False
    before = text[: match.start()].split()
    return len(before) <= 2 and not any(HAS_DIGIT.search(word) for word in before)


def label_field(text: str) -> str | None:
    """The header field whose label starts ``text`` ("Payment date:" is ``payment_date``)."""
    match = LABELS.search(text)
    return match.lastgroup if match else None


def looks_like_remittance(text: str) -> bool:
    """Say whether free text calls itself a payment advice (gates the text fallback)."""
    return REMITTANCE_WORDS.search(text) is not None


def labelled_values(lines: Sequence[str]) -> Iterator[Labelled]:
    """Yield every labelled value in reading order.

    Several labels may share a line ("Date: 1/2/26   Ref: 881"): each value runs up to
    the next label. A label alone on its line ("From:" above the name) takes the next
    line, except a total, whose amount is always beside it.
    """
    for index, line in enumerate(lines):
        matches = [m for m in LABELS.finditer(line) if m.lastgroup]
        for position, match in enumerate(matches):
            end = matches[position + 1].start() if position + 1 < len(matches) else len(line)
            field = str(match.lastgroup)
            value = _LABEL_TAIL.sub("", line[match.end() : end]).rstrip(" \t:#-–")
            below = lines[index + 1] if index + 1 < len(lines) else ""
            if (not value and field != "total" and below) or (
                # A row of labels over a row of values: "PAYMENT NUMBER  PAYMENT DATE".
                field == "payment_date" and not HAS_DIGIT.search(value) and below
            ):
                value = "" if is_label_line(below) else below.strip()
                yield Labelled(field, match[0], value, index + 1, below=True)
            else:
                yield Labelled(field, match[0], value, index, below=False)
