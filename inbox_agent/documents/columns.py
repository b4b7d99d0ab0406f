"""Column headings of remittance tables, in the words payers' ERPs actually print.

Both the table path (one heading per cell) and the text path (all headings on one line)
use the same synonym list, so a heading learnt for one layout works for every layout.
Adding a payer's wording is adding one row to :data:`SYNONYMS`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

from inbox_agent.documents.fold import fold_accents, split_joined_words
from inbox_agent.documents.templates import template_headings


class Column(StrEnum):
    """What a column of a remittance table holds."""

    REF = "ref"
    DATE = "date"
    GROSS = "gross"
    DISCOUNT = "discount"
    DEDUCTION = "deduction"
    PAID = "paid"
    AMOUNT = "amount"  # "Amount" alone: paid, unless another column says paid
    TYPE = "type"  # INV / CN / PO, when the payer prints the document type apart
    PO = "po"  # the payer's purchase order, printed beside our invoice number
    TEXT = "text"  # a description: never the reference, never money
    OTHER = "other"  # money that is not the payment: balance left open, tax shown apart


AMOUNT_COLUMNS = (Column.GROSS, Column.DISCOUNT, Column.DEDUCTION, Column.PAID, Column.AMOUNT)
REFERENCE_COLUMNS = (Column.REF, Column.PO)

# (normalised heading, column, priority). A higher priority wins when two columns claim
# the same role, e.g. "Your reference" (our invoice number) over "Document" (theirs), and
# "Reference" over "Doc. No." as SAP's payment advice notes print them (the document is
# the payer's accounting entry, the reference our invoice).
SYNONYMS: tuple[tuple[str, Column, int], ...] = (
    ("invoice no", Column.REF, 3), ("invoice number", Column.REF, 3),
    ("invoice nr", Column.REF, 3), ("inv no", Column.REF, 3), ("invoice ref", Column.REF, 3),
    ("invoice reference", Column.REF, 3), ("your reference", Column.REF, 3),
    ("supplier invoice", Column.REF, 4), ("supplier invoice no", Column.REF, 4),
    ("supplier invoice number", Column.REF, 4), ("vendor invoice", Column.REF, 4),
    ("vendor invoice no", Column.REF, 4), ("vendor invoice number", Column.REF, 4),
    ("vendor ref", Column.REF, 4), ("vendor ref no", Column.REF, 4),
    ("vendor reference", Column.REF, 4), ("supplier ref", Column.REF, 4),
    ("supplier ref no", Column.REF, 4), ("supplier reference", Column.REF, 4),
    ("voucher", Column.REF, 0), ("voucher no", Column.REF, 0), ("pv no", Column.REF, 0),
    ("apv no", Column.REF, 0),
    ("your ref", Column.REF, 3), ("your invoice", Column.REF, 3),
    ("rechnungsnummer", Column.REF, 3), ("rechnungsnr", Column.REF, 3),
    ("rechnung nr", Column.REF, 3), ("re nr", Column.REF, 3), ("ihre referenz", Column.REF, 3),
    ("numéro de facture", Column.REF, 3), ("no de facture", Column.REF, 3),
    ("no facture", Column.REF, 3), ("votre référence", Column.REF, 3),
    ("invoice", Column.REF, 2), ("document no", Column.REF, 1), ("document number", Column.REF, 1),
    ("doc no", Column.REF, 1), ("belegnummer", Column.REF, 1), ("belegnr", Column.REF, 1),
    ("beleg nr", Column.REF, 1), ("facture", Column.REF, 2), ("rechnung", Column.REF, 2),
    ("reference", Column.REF, 2), ("referenz", Column.REF, 2), ("ref", Column.REF, 1),
    ("ref no", Column.REF, 1),
    ("document", Column.REF, 1), ("beleg", Column.REF, 1), ("référence", Column.REF, 1),
    ("number", Column.REF, 1), ("si no", Column.REF, 3), ("sales invoice", Column.REF, 3),
    ("sales invoice no", Column.REF, 3),
    ("payment date", Column.DATE, 0), ("due date", Column.DATE, 0),
    ("invoice date", Column.DATE, 3), ("inv date", Column.DATE, 3),
    ("document date", Column.DATE, 2), ("doc date", Column.DATE, 2), ("date", Column.DATE, 1),
    ("dated", Column.DATE, 1),
    ("datum", Column.DATE, 1), ("rechnungsdatum", Column.DATE, 3), ("belegdatum", Column.DATE, 2),
    ("date de facture", Column.DATE, 3), ("date facture", Column.DATE, 3),
    ("gross", Column.GROSS, 2), ("gross amount", Column.GROSS, 3),
    ("invoice amount", Column.GROSS, 3), ("inv amount", Column.GROSS, 3),
    ("original amount", Column.GROSS, 3), ("document amount", Column.GROSS, 2),
    ("amount due", Column.GROSS, 2), ("brutto", Column.GROSS, 2),
    ("bruttobetrag", Column.GROSS, 3), ("rechnungsbetrag", Column.GROSS, 3),
    ("montant brut", Column.GROSS, 3), ("montant facture", Column.GROSS, 3),
    ("montant de la facture", Column.GROSS, 3),
    ("discount", Column.DISCOUNT, 2), ("discount amount", Column.DISCOUNT, 3),
    ("discount taken", Column.DISCOUNT, 3),
    ("cash discount", Column.DISCOUNT, 3), ("disc", Column.DISCOUNT, 1),
    ("skonto", Column.DISCOUNT, 2), ("skontobetrag", Column.DISCOUNT, 3),
    ("rabatt", Column.DISCOUNT, 1), ("remise", Column.DISCOUNT, 2),
    ("escompte", Column.DISCOUNT, 2),
    ("deduction", Column.DEDUCTION, 2), ("deduction amount", Column.DEDUCTION, 3),
    ("deductions", Column.DEDUCTION, 2),
    ("adjustment", Column.DEDUCTION, 2), ("adjustments", Column.DEDUCTION, 2),
    ("withholding", Column.DEDUCTION, 2), ("withheld", Column.DEDUCTION, 2),
    ("short paid", Column.DEDUCTION, 2), ("chargeback", Column.DEDUCTION, 2),
    ("abzug", Column.DEDUCTION, 2), ("abzüge", Column.DEDUCTION, 2),
    ("einbehalt", Column.DEDUCTION, 2), ("retenue", Column.DEDUCTION, 2),
    ("déduction", Column.DEDUCTION, 2),
    ("ewt", Column.DEDUCTION, 2), ("withholding tax", Column.DEDUCTION, 3),
    ("paid", Column.PAID, 2), ("amount paid", Column.PAID, 3), ("paid amount", Column.PAID, 3),
    ("payment", Column.PAID, 1), ("payment amount", Column.PAID, 3),
    ("net", Column.PAID, 1), ("net amount", Column.PAID, 2), ("net paid", Column.PAID, 3),
    ("amount remitted", Column.PAID, 3), ("remitted", Column.PAID, 2),
    ("zahlbetrag", Column.PAID, 3), ("gezahlt", Column.PAID, 2), ("zahlung", Column.PAID, 1),
    ("netto", Column.PAID, 1), ("montant payé", Column.PAID, 3), ("payé", Column.PAID, 2),
    ("réglé", Column.PAID, 2), ("montant réglé", Column.PAID, 3),
    ("montant net", Column.PAID, 3), ("net payé", Column.PAID, 3),
    ("überwiesen", Column.PAID, 2), ("bezahlt", Column.PAID, 2),
    ("amount", Column.AMOUNT, 1), ("betrag", Column.AMOUNT, 1), ("montant", Column.AMOUNT, 1),
    ("type", Column.TYPE, 1), ("doc type", Column.TYPE, 2), ("document type", Column.TYPE, 2),
    ("belegart", Column.TYPE, 2), ("type de document", Column.TYPE, 2),
    ("po", Column.PO, 2), ("po no", Column.PO, 3), ("po number", Column.PO, 3),
    ("p o", Column.PO, 2), ("p o no", Column.PO, 3), ("purchase order", Column.PO, 3),
    ("order no", Column.PO, 2), ("order number", Column.PO, 2),
    ("bestellnummer", Column.PO, 3), ("bestellung", Column.PO, 2),
    ("commande", Column.PO, 2), ("no de commande", Column.PO, 3),
    ("purchase no", Column.PO, 3), ("purchase number", Column.PO, 3),
    ("purchase order no", Column.PO, 3), ("customer po", Column.PO, 3),
    ("your order", Column.PO, 2), ("our order", Column.PO, 2), ("order ref", Column.PO, 2),
    ("description", Column.TEXT, 1), ("particulars", Column.TEXT, 1),
    ("details", Column.TEXT, 1), ("bezeichnung", Column.TEXT, 1), ("text", Column.TEXT, 1),
    ("libellé", Column.TEXT, 1), ("désignation", Column.TEXT, 1), ("remarks", Column.TEXT, 1),
    ("reason", Column.TEXT, 1), ("memo", Column.TEXT, 1),
    ("balance", Column.OTHER, 1), ("balance due", Column.OTHER, 2),
    ("open amount", Column.OTHER, 2), ("outstanding", Column.OTHER, 2),
    ("remaining", Column.OTHER, 1), ("restbetrag", Column.OTHER, 2), ("offen", Column.OTHER, 1),
    ("remaining balance", Column.OTHER, 2), ("balance remaining", Column.OTHER, 2),
    ("outstanding balance", Column.OTHER, 2), ("balance outstanding", Column.OTHER, 2),
    ("amount outstanding", Column.OTHER, 2), ("amount remaining", Column.OTHER, 2),
    ("open balance", Column.OTHER, 2), ("still owing", Column.OTHER, 2),
    ("owing", Column.OTHER, 1), ("balance owing", Column.OTHER, 2),
    ("amount owing", Column.OTHER, 2), ("unpaid", Column.OTHER, 1),
    ("solde", Column.OTHER, 1), ("tax", Column.OTHER, 1), ("vat", Column.OTHER, 1),
    ("gst", Column.OTHER, 1), ("mwst", Column.OTHER, 1), ("tva", Column.OTHER, 1),
    # Spanish, Italian, Dutch
    ("no factura", Column.REF, 3), ("número de factura", Column.REF, 3),
    ("numero de factura", Column.REF, 3), ("factura", Column.REF, 2),
    ("fecha", Column.DATE, 1), ("fecha factura", Column.DATE, 3),
    ("fecha de factura", Column.DATE, 3), ("importe", Column.AMOUNT, 1),
    ("importe pagado", Column.PAID, 3), ("importe neto", Column.PAID, 2),
    ("importe bruto", Column.GROSS, 3), ("descuento", Column.DISCOUNT, 2),
    ("retención", Column.DEDUCTION, 2), ("concepto", Column.TEXT, 1), ("pedido", Column.PO, 2),
    ("no pedido", Column.PO, 3), ("numero fattura", Column.REF, 3), ("no fattura", Column.REF, 3),
    ("fattura", Column.REF, 2), ("data fattura", Column.DATE, 3), ("importo", Column.AMOUNT, 1),
    ("importo pagato", Column.PAID, 3), ("factuurnummer", Column.REF, 3),
    ("factuur", Column.REF, 2), ("factuurdatum", Column.DATE, 3), ("bedrag", Column.AMOUNT, 1),
    ("betaald", Column.PAID, 2),
    # Malay, Indonesian, Tagalog
    ("no invois", Column.REF, 3), ("nombor invois", Column.REF, 3), ("invois", Column.REF, 2),
    ("tarikh invois", Column.DATE, 3), ("tarikh", Column.DATE, 1),
    ("jumlah invois", Column.GROSS, 3), ("jumlah", Column.AMOUNT, 1),
    ("amaun", Column.AMOUNT, 1), ("jumlah dibayar", Column.PAID, 3),
    ("amaun dibayar", Column.PAID, 3), ("bayaran", Column.PAID, 2),
    ("diskaun", Column.DISCOUNT, 2), ("potongan", Column.DEDUCTION, 2),
    ("no faktur", Column.REF, 3), ("nomor faktur", Column.REF, 3), ("faktur", Column.REF, 2),
    ("tanggal faktur", Column.DATE, 3), ("tanggal", Column.DATE, 1),
    ("nilai faktur", Column.GROSS, 3), ("dibayar", Column.PAID, 2),
    ("halaga", Column.AMOUNT, 1), ("halagang binayad", Column.PAID, 3),
    # Chinese (both scripts), Japanese
    ("发票号码", Column.REF, 3), ("发票号", Column.REF, 3), ("发票编号", Column.REF, 3),
    ("發票號碼", Column.REF, 3), ("發票號", Column.REF, 3), ("发票", Column.REF, 2),
    ("發票", Column.REF, 2), ("单据号", Column.REF, 2), ("單據號", Column.REF, 2),
    ("请求书番号", Column.REF, 3), ("請求書番号", Column.REF, 3), ("請求番号", Column.REF, 3),
    ("发票日期", Column.DATE, 3), ("發票日期", Column.DATE, 3), ("日期", Column.DATE, 1),
    ("日付", Column.DATE, 1), ("发票金额", Column.GROSS, 3), ("發票金額", Column.GROSS, 3),
    ("請求金額", Column.GROSS, 3), ("付款金额", Column.PAID, 3), ("付款金額", Column.PAID, 3),
    ("实付金额", Column.PAID, 3), ("實付金額", Column.PAID, 3), ("支付金额", Column.PAID, 3),
    ("支払金額", Column.PAID, 3), ("金额", Column.AMOUNT, 1), ("金額", Column.AMOUNT, 1),
    ("折扣", Column.DISCOUNT, 2), ("扣款", Column.DEDUCTION, 2), ("备注", Column.TEXT, 1),
    ("備註", Column.TEXT, 1), ("摘要", Column.TEXT, 1), ("序号", Column.TEXT, 1),
    ("序號", Column.TEXT, 1), ("订单号", Column.PO, 2), ("訂單號", Column.PO, 2),
    ("采购订单号", Column.PO, 3),
    ("請求書no", Column.REF, 3), ("請求書", Column.REF, 2),
    ("支払額", Column.PAID, 3), ("お支払金額", Column.PAID, 3),
    ("請求額", Column.GROSS, 3), ("請求日", Column.DATE, 3), ("値引", Column.DISCOUNT, 2),
    ("振込手数料", Column.DEDUCTION, 2), ("相殺", Column.DEDUCTION, 2), ("消費税", Column.OTHER, 1),
    ("発注番号", Column.PO, 3), ("注文番号", Column.PO, 3),
    # Korean
    ("청구서번호", Column.REF, 3), ("송장번호", Column.REF, 3), ("인보이스번호", Column.REF, 3),
    ("지급금액", Column.PAID, 3), ("지급액", Column.PAID, 3), ("입금액", Column.PAID, 3),
    ("청구금액", Column.GROSS, 3), ("공급가액", Column.OTHER, 1), ("부가세", Column.OTHER, 1),
    ("작성일자", Column.DATE, 2), ("세금계산서 승인번호", Column.OTHER, 1),
    ("비고", Column.TEXT, 1),
    # Portuguese
    ("nota fiscal", Column.REF, 3), ("nf", Column.REF, 2), ("nf-e", Column.REF, 3),
    ("número da nota", Column.REF, 3),
    ("fatura", Column.REF, 2), ("número da fatura", Column.REF, 3),
    ("valor pago", Column.PAID, 3),
    ("valor líquido", Column.PAID, 3), ("valor bruto", Column.GROSS, 3),
    ("valor", Column.AMOUNT, 1),
    ("retenções", Column.DEDUCTION, 2), ("retenção", Column.DEDUCTION, 2),
    ("desconto", Column.DISCOUNT, 2), ("emissão", Column.DATE, 2), ("vencimento", Column.DATE, 0),
    ("nosso número", Column.OTHER, 0), ("série", Column.TEXT, 1), ("parcela", Column.TEXT, 1),
    # Polish
    ("nr faktury", Column.REF, 3), ("numer faktury", Column.REF, 3), ("faktura", Column.REF, 2),
    ("zapłacono", Column.PAID, 3),
    ("kwota zapłaty", Column.PAID, 3), ("do zapłaty", Column.PAID, 2),
    ("kwota brutto", Column.GROSS, 3), ("kwota", Column.AMOUNT, 1), ("w tym vat", Column.OTHER, 1),
    ("data wystawienia", Column.DATE, 3),
    ("termin płatności", Column.DATE, 0), ("lp", Column.TEXT, 1),
    ("korekta", Column.DEDUCTION, 1), ("rabat", Column.DISCOUNT, 2),
    ("nr dokumentu", Column.REF, 2), ("nr zamówienia", Column.PO, 3),
    ("nr zamowienia", Column.PO, 3), ("zamówienie", Column.PO, 2), ("saldo", Column.OTHER, 1),
    ("saldo po", Column.OTHER, 2),
    ("pozostało", Column.OTHER, 2), ("kwota dokumentu", Column.GROSS, 3),
    # Swedish, Norwegian, Danish
    ("fakturanr", Column.REF, 3), ("fakturanummer", Column.REF, 3), ("faktura nr", Column.REF, 3),
    ("fakturabelopp", Column.GROSS, 3), ("fakturabeløp", Column.GROSS, 3),
    ("fakturabeløb", Column.GROSS, 3), ("betalt belopp", Column.PAID, 3),
    ("betalt beløp", Column.PAID, 3), ("betalt beløb", Column.PAID, 3), ("betalt", Column.PAID, 2),
    ("belopp", Column.AMOUNT, 1), ("beløp", Column.AMOUNT, 1), ("beløb", Column.AMOUNT, 1),
    ("fakturadatum", Column.DATE, 3), ("fakturadato", Column.DATE, 3),
    ("förfallodatum", Column.DATE, 0),
    ("forfall", Column.DATE, 0), ("forfaldsdato", Column.DATE, 0),
    ("bilagsnr", Column.REF, 0), ("verifikationsnr", Column.REF, 0), ("kid", Column.OTHER, 0),
    ("ocr", Column.OTHER, 0), ("avdrag", Column.DEDUCTION, 2), ("fradrag", Column.DEDUCTION, 2),
    ("moms", Column.OTHER, 1), ("mva", Column.OTHER, 1),
    # Turkish
    ("fatura no", Column.REF, 3), ("fatura numarası", Column.REF, 3),
    ("ödenen tutar", Column.PAID, 3), ("ödenen", Column.PAID, 2), ("tutar", Column.AMOUNT, 1),
    ("fatura tarihi", Column.DATE, 3), ("fatura tutarı", Column.GROSS, 3),
    ("kesinti", Column.DEDUCTION, 2), ("iskonto", Column.DISCOUNT, 2),
    ("claim", Column.GROSS, 2), ("claim incl gst", Column.GROSS, 3),
    ("claim amount", Column.GROSS, 3),
    ("lpo", Column.PO, 2), ("lpo no", Column.PO, 3), ("lpo number", Column.PO, 3),
    ("s no", Column.TEXT, 1), ("sr no", Column.TEXT, 1), ("sl no", Column.TEXT, 1),
    ("retention", Column.DEDUCTION, 2), ("pagado", Column.PAID, 2),
    ("monto pagado", Column.PAID, 3), ("total factura", Column.GROSS, 3),
    ("folio fiscal", Column.TEXT, 0), ("uuid", Column.TEXT, 0),
    ("payment number", Column.TEXT, 0), ("payment no", Column.TEXT, 0),
    ("check ref no", Column.TEXT, 0), ("check no", Column.TEXT, 0), ("cheque no", Column.TEXT, 0),
    ("bill no", Column.REF, 3), ("bill number", Column.REF, 3), ("bill", Column.REF, 2),
    ("payment method", Column.TEXT, 0), ("supplier id", Column.TEXT, 0),
    ("belge no", Column.REF, 0),
    ("rechnungs nr", Column.REF, 3), ("buchungs nr", Column.REF, 0), ("buchungsnr", Column.REF, 0),
    ("su factura", Column.REF, 4), ("no asiento", Column.REF, 0), ("asiento", Column.REF, 0),
    ("ver nr", Column.REF, 0),
    ("伝票番号", Column.REF, 0), ("貴社請求書番号", Column.REF, 4),
    ("factuurnr", Column.REF, 3), ("uw factuurnr", Column.REF, 4),
    ("uw factuurnummer", Column.REF, 4),
    ("boekstuknr", Column.REF, 0), ("boekstuk", Column.REF, 0), ("factuurbedrag", Column.GROSS, 3),
    ("openstaand", Column.OTHER, 2), ("documento", Column.REF, 1), ("n reg", Column.TEXT, 0),
    ("data doc", Column.DATE, 2), ("tipo", Column.TYPE, 1), ("importo doc", Column.GROSS, 3),
    ("saldo insoluto", Column.OTHER, 2), ("folio", Column.REF, 2),
    ("externe belegnr", Column.REF, 4),
    ("externe belegnummer", Column.REF, 4), ("ausgeglichener betrag", Column.PAID, 3),
    ("ursprungsbetrag", Column.GROSS, 3),
    # Czech, Slovak, Hungarian, Romanian
    ("číslo faktury", Column.REF, 3), ("číslo faktúry", Column.REF, 3),
    ("č faktury", Column.REF, 3),
    ("č dokladu", Column.REF, 0), ("doklad", Column.REF, 0), ("var symbol", Column.TEXT, 0),
    ("variabilní symbol", Column.TEXT, 0), ("splatnost", Column.DATE, 0),
    ("částka faktury", Column.GROSS, 3), ("částka", Column.AMOUNT, 1), ("uhrazeno", Column.PAID, 3),
    ("uhradené", Column.PAID, 3), ("suma", Column.AMOUNT, 1), ("datum vystavení", Column.DATE, 3),
    ("számlaszám", Column.REF, 3), ("bizonylat", Column.REF, 0), ("teljesítés", Column.DATE, 1),
    ("számla kelte", Column.DATE, 3), ("bruttó", Column.GROSS, 2),
    ("bruttó összeg", Column.GROSS, 3),
    ("levonás", Column.DEDUCTION, 2), ("kifizetve", Column.PAID, 3),
    ("kifizetett összeg", Column.PAID, 3), ("összeg", Column.AMOUNT, 1), ("ssz", Column.TEXT, 1),
    ("bizonylat típusa", Column.TYPE, 2), ("nr factură", Column.REF, 3),
    ("nr factura", Column.REF, 3),
    ("data facturii", Column.DATE, 3), ("scadența", Column.DATE, 0), ("scadenta", Column.DATE, 0),
    ("valoare factură", Column.GROSS, 3), ("suma factură", Column.GROSS, 3),
    ("sumă achitată", Column.PAID, 3), ("suma plătită", Column.PAID, 3),
    ("suma platita", Column.PAID, 3), ("rest de plată", Column.OTHER, 2),
    ("nr crt", Column.TEXT, 1),
    ("tip", Column.TYPE, 1), ("op nr", Column.TEXT, 0), ("observații", Column.TEXT, 1),
    # Greek, Vietnamese, Indonesian tax columns
    ("αρ παραστατικού", Column.REF, 3), ("παραστατικού", Column.REF, 2), ("είδος", Column.TYPE, 1),
    ("ποσό πληρωμής", Column.PAID, 3), ("ποσό", Column.AMOUNT, 1),
    ("παραστατικό", Column.REF, 3), ("αρ τιμολογίου", Column.REF, 3), ("τιμολόγιο", Column.REF, 2),
    ("ημ νία", Column.DATE, 1), ("ημερομηνία", Column.DATE, 1), ("καθαρή αξία", Column.OTHER, 1),
    ("φπα", Column.OTHER, 1), ("σύνολο", Column.GROSS, 2), ("παρακρ", Column.DEDUCTION, 2),
    ("παρακράτηση", Column.DEDUCTION, 2), ("πληρωτέο", Column.PAID, 3), ("α α", Column.TEXT, 1),
    ("số hóa đơn", Column.REF, 3), ("ký hiệu hđ", Column.TEXT, 0), ("ngày hđ", Column.DATE, 2),
    ("số tiền hđ", Column.GROSS, 3), ("đã thanh toán", Column.PAID, 3),
    ("còn lại", Column.OTHER, 2),
    ("stt", Column.TEXT, 1), ("số tiền", Column.AMOUNT, 1),
    ("no invoice", Column.REF, 3), ("no faktur pajak", Column.TEXT, 0),
    ("faktur pajak", Column.TEXT, 0),
    ("dpp", Column.OTHER, 1), ("ppn", Column.OTHER, 1), ("pph", Column.DEDUCTION, 2),
    ("pph 23", Column.DEDUCTION, 2), ("vade", Column.DATE, 0), ("vade tarihi", Column.DATE, 0),
    ("açıklama", Column.TEXT, 1), ("ödenen tutar (tl)", Column.PAID, 3),
)  # fmt: skip

_DIGITS = re.compile(r"\d.*\d.*\d")
_OWNED = ("doc", "document", "ref", "reference", "référence", "referenz", "no", "number", "nr",
          "numéro", "invoice", "invoice no", "rechnung", "rechnungsnummer", "facture", "beleg",
          "belegnummer", "pièce", "voucher")  # fmt: skip
OWNED_REFERENCES: tuple[tuple[str, Column, int], ...] = tuple(
    (f"{owner} {noun}", Column.REF, priority)
    for owners, priority in (
        (("your", "ihre", "ihr", "votre", "vos"), 3),  # the payee's (our) number
        (("our", "unser", "unsere", "unserer", "notre", "nos"), 0),  # the payer's own
    )
    for owner in owners
    for noun in _OWNED
)
"""Whose number a heading names: "Your doc" is ours, "Our doc" is the payer's voucher."""

_BY_PHRASE: dict[str, tuple[Column, int]] = {}
for _phrase, _column, _priority in (*OWNED_REFERENCES, *SYNONYMS):
    _key = fold_accents(_phrase)  # "référence" and "reference" meet: the higher priority holds
    if _key not in _BY_PHRASE or _BY_PHRASE[_key][1] < _priority:
        _BY_PHRASE[_key] = (_column, _priority)
_PHRASES = re.compile(
    r"(?<!\w)(?:"
    + "|".join(re.escape(p) for p in sorted(_BY_PHRASE, key=len, reverse=True))
    + r")(?!\w)"
)


@dataclass(frozen=True, slots=True)
class Heading:
    """One recognised heading: where it is (cell index or text offset) and what it means."""

    position: int
    column: Column
    priority: int
    length: int


def normalise_heading(text: str) -> str:
    """Fold a heading to the synonym list's spelling: ``"Inv #:"`` becomes ``"inv no"``.

    A word hyphenated across a two-line heading ("Rechnungs-" over "nummer") is joined, and
    the usual abbreviations (``amt``) are spelt out.
    """
    folded = re.sub(r"(\w)-\s+(\w)", r"\1\2", split_joined_words(text).lower())
    folded = fold_accents(folded).replace("#", " no ").replace("n°", " no ").replace("nº", " no ")
    folded = re.sub(r"\bno\.", " no ", folded)
    folded = re.sub(r"\bamt\b", "amount", folded)
    folded = re.sub(r"[^\w%\s]", " ", folded)
    return re.sub(r"\s+", " ", folded).strip()


def classify_heading(text: str) -> Heading | None:
    """Recognise one table cell as a heading; percentages ("Disc. %") are never money.

    A cell with three digits or more is data ("INV-00123 paid"), never a heading.
    """
    folded = normalise_heading(text)
    if not folded or "%" in folded or len(folded) > 40 or _DIGITS.search(folded):
        return None
    found = headings_in_line(folded)
    # The longest phrase is the most specific: "Discount amount" is a discount, not an amount.
    return max(found, key=lambda heading: heading.length, default=None)


def headings_in_line(text: str) -> list[Heading]:
    """Recognise every heading on one line of text, in reading order."""
    folded = normalise_heading(text)
    found: list[Heading] = []
    for match in _PHRASES.finditer(folded):
        column, priority = _BY_PHRASE[match[0]]
        found.append(Heading(match.start(), column, priority, len(match[0])))
    return template_headings(folded, found)  # a payer's template, when one is in force


def is_header(columns: set[Column]) -> bool:
    """A header names a document reference and at least one amount, or it is not ours."""
    return Column.REF in columns and any(c in columns for c in AMOUNT_COLUMNS)


# --- header rows of grids ---------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ColumnMap:
    """Which cell of a data row holds which field, learnt from the header row.

    ``refs`` lists every column whose heading names a reference (ours, the payer's own
    voucher, a purchase order), best first, so the value check can fall back to the next.
    ``paid_named`` says the paid column was named as such ("Amount paid"), not guessed
    from a bare "Amount".
    """

    width: int
    ref: int
    paid: int | None = None
    gross: int | None = None
    discount: int | None = None
    deduction: int | None = None
    date: int | None = None
    doc_type: int | None = None
    refs: tuple[int, ...] = ()
    po: int | None = None
    paid_named: bool = False
    kinds: tuple[Column | None, ...] = ()
    """What each column's heading says it holds (``None``: not recognised)."""


def column_map(cells: Sequence[str]) -> ColumnMap | None:
    """Read one row as a header row; ``None`` unless it names a reference and an amount."""
    headings = [classify_heading(cell or "") for cell in cells]
    best: dict[Column, tuple[int, int]] = {}
    for index, heading in enumerate(headings):
        if heading is None:
            continue
        rank = (heading.priority, -index)
        if heading.column not in best or rank > best[heading.column]:
            best[heading.column] = rank
    if not is_header(set(best)):
        return None
    index_of = {column: -rank[1] for column, rank in best.items()}
    amount = index_of.get(Column.AMOUNT)
    paid = index_of.get(Column.PAID, amount)
    gross = index_of.get(Column.GROSS, amount if paid != amount else None)
    refs = [
        i for _, i in sorted(
            (-h.priority, i) for i, h in enumerate(headings)
            if h is not None and h.column is Column.REF
        )
    ]  # fmt: skip
    return ColumnMap(
        width=len(cells),
        ref=index_of[Column.REF],
        paid=paid,
        gross=gross,
        discount=index_of.get(Column.DISCOUNT),
        deduction=index_of.get(Column.DEDUCTION),
        date=index_of.get(Column.DATE),
        doc_type=index_of.get(Column.TYPE),
        refs=tuple(refs),
        po=index_of.get(Column.PO),
        paid_named=Column.PAID in index_of,
        kinds=tuple(h.column if h is not None else None for h in headings),
    )


def find_header(grid: Sequence[Sequence[str]]) -> tuple[int, ColumnMap] | None:
    """Return where a grid's data starts and its column map, tolerating preambles.

    A heading printed on two lines may come as two rows ("Invoice" over "No."); when no
    single row is a header, each row is tried merged with the one below it, cell by cell.
    """
    rows = [[cell or "" for cell in row] for row in grid]
    for index, row in enumerate(rows):
        found = column_map(row)
        if found is not None:
            below = column_map(rows[index + 1]) if index + 1 < len(rows) else None
            if below is not None and _named(below) > _named(found):
                return index + 2, below  # "Invoice Details | Amount (RM)" groups the real one
            merged = _merge_heading_rows(row, rows[index + 1]) if index + 1 < len(rows) else None
            both = column_map(merged) if merged else None
            if both is not None and _named(both) > _named(found):
                return index + 2, both  # "Voucher" over "No.": each cell on two rows
            return index + 1, found
        if index + 1 < len(rows):
            merged = _merge_heading_rows(row, rows[index + 1])
            found = column_map(merged) if merged else None
            if found is not None:
                return index + 2, found
    return None


def _named(cmap: ColumnMap) -> int:
    """How many columns a header row names: the fuller of two candidate rows is the header."""
    return sum(kind is not None for kind in cmap.kinds)


def _merge_heading_rows(upper: Sequence[str], lower: Sequence[str]) -> list[str] | None:
    """Join two rows cell by cell, if both could be heading rows (no digits at all)."""
    if len(upper) != len(lower) or any(ch.isdigit() for cell in (*upper, *lower) for ch in cell):
        return None
    if sum(bool(cell.strip()) for cell in upper) < 2:
        return None
    return [f"{a} {b}".strip() for a, b in zip(upper, lower, strict=True)]


# --- heading lines of text ------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class TextHeader:
    """A line of column headings in text, as found by :func:`find_text_header`.

    ``cells`` and ``spans`` are set when the text keeps its column gaps (fixed-width mail,
    OCR lines): each heading cell and its character range, so rows can be cut the same
    way. Text whose gaps were collapsed to single spaces keeps only the order of the
    recognised headings.
    """

    index: int
    headings: tuple[Heading, ...]
    cells: tuple[str, ...] = ()
    spans: tuple[tuple[int, int], ...] = ()

    @property
    def columns(self) -> list[Column]:
        """The recognised columns in reading order."""
        return [heading.column for heading in self.headings]


_GAP = re.compile(r"\s{2,}|\t")
_COVERAGE = 0.6
_RATE = re.compile(r"\(?\d{1,2}(?:[.,]\d{1,2})?\s?%\)?")
"""A rate in a heading ("Retention 5%", "VAT (20%)"), the one digit a heading line holds."""
"""Share of a collapsed heading line's letters that known headings must cover."""


def spaced_cells(line: str) -> list[tuple[int, int, str]]:
    """Cut a line at runs of two or more spaces (or tabs): (start, end, text) per cell."""
    cells: list[tuple[int, int, str]] = []
    start = 0
    for gap in _GAP.finditer(line):
        if line[start : gap.start()].strip():
            cells.append((start, gap.start(), line[start : gap.start()]))
        start = gap.end()
    if line[start:].strip():
        cells.append((start, len(line.rstrip()), line[start:].rstrip()))
    return [(a + len(t) - len(t.lstrip()), b, t.strip()) for a, b, t in cells]


def find_text_header(text_lines: Sequence[str]) -> TextHeader | None:
    """Find a line of column headings in text: a reference and an amount, and little else.

    A line counts only if headings make up most of its letters and it holds no digit, so
    neither a sentence nor "Payment reference: EFT 88123" is taken for a header; a colon
    is allowed only among three headings or more ("Less: EWT"). A heading printed over
    two lines of fixed-width text is read by joining the lines column by column.
    """
    for index, line in enumerate(text_lines):
        if any(ch.isdigit() for ch in _RATE.sub("", line)):  # "Retention 5%" is a heading
            continue
        found = _heading_line(line, index)
        if found is None and index > 0:
            found = _two_line_heading(text_lines[index - 1], line, index)
        if found is not None and found.spans and index + 1 < len(text_lines):
            lower = _two_line_heading(line, text_lines[index + 1], index + 1)
            if lower is not None and len(lower.headings) > len(found.headings):
                return lower  # "Doc  Supplier  Invoice" over "Number  Invoice Number  Date"
        if found is not None:
            return found
    return None


def _heading_line(line: str, index: int) -> TextHeader | None:
    cells = spaced_cells(line)
    if len(cells) >= 2:
        found = [classify_heading(text) for _, _, text in cells]
        headings = tuple(h for h in found if h is not None)
        covered = letters = 0
        header = TextHeader(index, headings, tuple(t for _, _, t in cells),
                            tuple((a, b) for a, b, _ in cells))  # fmt: skip
    else:
        headings = tuple(headings_in_line(line))
        if Column.REF not in {h.column for h in headings}:
            headings = _split_reference_compounds(normalise_heading(line), headings)
        covered = sum(h.length for h in headings)
        letters = len(normalise_heading(line).replace(" ", ""))
        header = TextHeader(index, headings)
    if len(headings) < 2 or not is_header({h.column for h in headings}):
        return None
    if ":" in line and len(headings) < 3:
        return None
    if header.cells:  # cut into cells: most cells must be headings we know
        return header if len(headings) >= 0.5 * len(header.cells) else None
    return header if covered >= _COVERAGE * letters else None


def _split_reference_compounds(folded: str, headings: Sequence[Heading]) -> tuple[Heading, ...]:
    """Read "Document Date" as two headings when the line names no reference otherwise.

    Text whose column gaps collapsed to single spaces runs neighbouring headings together,
    and the longest phrase wins: "Document" then "Date" becomes one "document date". A
    table always has a reference column, so when none was found, a phrase that is a
    reference heading followed by another heading is split in two.
    """
    out: list[Heading] = []
    for heading in headings:
        phrase = folded[heading.position : heading.position + heading.length]
        for cut in (i for i, ch in enumerate(phrase) if ch == " "):
            left, right = _BY_PHRASE.get(phrase[:cut]), _BY_PHRASE.get(phrase[cut + 1 :])
            if left and right and left[0] is Column.REF:
                out.append(Heading(heading.position, left[0], left[1], cut))
                start = heading.position + cut + 1
                out.append(Heading(start, right[0], right[1], heading.length - cut - 1))
                break
        else:
            out.append(heading)
    return tuple(out)


def _two_line_heading(upper: str, lower: str, index: int) -> TextHeader | None:
    """Join a heading split over two fixed-width lines, each lower cell with what is above."""
    if any(ch.isdigit() for ch in upper):
        return None
    above = spaced_cells(upper)
    below = spaced_cells(lower)
    if len(below) < 2 or not above:
        return None
    joined = []
    for start, end, text in below:
        over = [t for a, b, t in above if a < end + 2 and b > start - 2]
        joined.append((start, end, " ".join([*over, text])))
    line = "".join(f"{t}  " for _, _, t in joined)
    header = _heading_line(line, index)
    if header is None or not header.spans:
        return None
    return TextHeader(index, header.headings, header.cells, tuple((a, b) for a, b, _ in joined))
