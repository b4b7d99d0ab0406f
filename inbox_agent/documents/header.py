"""The advice's header: who paid, when, under which reference, in what currency, how much.

Header fields are read from labels ("Payment date:", "Zahlungsdatum", "Cheque no") rather
than positions, because every ERP puts them somewhere else. The stated total is kept
apart from the lines so that a disagreement becomes a warning for the reviewer instead of
being silently "fixed" either way.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from inbox_agent.documents.payer_name import COMPANY_SUFFIX, company_name, is_title_case
from inbox_agent.documents.values import (
    DATE_IN_TEXT,
    ISO_CURRENCIES,
    Conventions,
    find_amounts,
    parse_amount,
    parse_date,
)
from matchers.types import RemittanceLine, money

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
        r"betalare", r"betaler", r"ödeyen", r"支払者", r"지급인",
    ),
    "payee": (
        r"to\s*:", r"an\s*:", r"à\s*:", r"payee", r"beneficiary", r"supplier\s*:",
        r"vendor\s*:", r"creditor", r"paid to", r"pay to(?: the order of)?",
        r"zahlungsempfänger", r"empfänger", r"bénéficiaire", r"favorecido", r"odbiorca",
        r"remit to", r"fornecedor\s*:", r"proveedor\s*:", r"kontrahent\s*:",
        r"betalningsmottagare", r"mottaker", r"modtager", r"alıcı", r"受取人", r"수취인",
        r"fournisseur\s*:", r"begünstigter", r"beneficiario", r"begunstigde",
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
        r"date de paiement",
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
    ),
    "currency": (
        r"currency", r"währung", r"devise", r"moneda", r"币种", r"幣別", r"货币", r"mata wang",
        r"mata uang",
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
        r"振込金額", r"지급총액", r"합계",
    ),
}  # fmt: skip
_LABELS = re.compile(
    "|".join(
        rf"(?P<{name}>(?<!\w)(?:{'|'.join(sorted(alts, key=len, reverse=True))})(?!\w)[ \t]*:?)"
        for name, alts in _LABEL_GROUPS.items()
    ),
    re.IGNORECASE,
)
_LABEL_TAIL = re.compile(r"^[\s:#\-–.)\]]+")
"""What is left of a label before its value: "No.", "(Payer):", " - "."""
_PAYEE_START = re.compile(
    r"^(?:to|an|à|payee|beneficiary|bénéficiaire|empfänger|zahlungsempfänger|fournisseur|"
    r"supplier|vendor|begünstigter|beneficiario|begunstigde)\b",
    re.IGNORECASE,
)
_CLOSING = re.compile(
    r"^(?:(?:kind|best|warm)?\s*regards|sincerely|yours (?:faithfully|sincerely)|thanks?|"
    r"thank you|mit freundlichen grüßen|freundliche grüße|cordialement|salutations|"
    r"bien à vous|maraming salamat|salamat)\b",
    re.IGNORECASE,
)
_HEADER_LINES = 40
_HAS_DIGIT = re.compile(r"\d")
_KEY_VALUE = re.compile(r"^(?P<label>[^\W\d][^:]{0,40}?)\s*:\s*(?P<value>\S.*)$")
_NOT_PAYMENT_DATE = re.compile(
    r"invoice|\binv\b|due|document|\bdoc\b|beleg|rechnung|facture|échéance|fällig|print|"
    r"created|order|bestell|commande|period|statement|birth|issue",
    re.IGNORECASE,
)
_NUMBER_LABEL = re.compile(
    r"(?<!\w)(?:no|nr|number|num|numero|número|numéro|nummer|id|ref|reference|référence|"
    r"referenz|#)(?!\w)|#|n[°º]|\w(?:nummer|nr)\b",
    re.IGNORECASE,
)
_NOT_PAYMENT_REFERENCE = re.compile(
    r"customer|client|kunde|vendor|supplier|lieferant|fournisseur|account|konto|compte|"
    r"iban|bic|swift|abn|acn|vat|tax|ust|tva|siret|phone|tel\b|fax|page|seite|invoice|"
    r"rechnung|facture|order|bestell|commande|\bpo\b|p\.o|bank|sort|bsb|routing|contact|"
    r"registration|company|sokak|cadde|street|road|avenue|building|floor|plot|suite",
    re.IGNORECASE,
)
_SALUTATION = re.compile(
    r"^(?:dear|hello|hi|good (?:day|morning|afternoon)|sehr geehrte|bonjour|madame|"
    r"to whom)\b",
    re.IGNORECASE,
)
_DATE_WORD = re.compile(
    r"(?<![^\W\d])(?:date|dated|datum|fecha|data|tarikh|tanggal|petsa)(?![^\W\d])|日期|日付",
    re.IGNORECASE,
)
_DATE_VALUE = DATE_IN_TEXT.pattern
_PAID_ON = (
    re.compile(
        r"(?:paid|transferred|remitted|sent|made|credited|released|processed|effected)\b"
        rf"[^.\n]{{0,90}}?\b(?:on|today)\s*\(?\s*(?P<date>{_DATE_VALUE})",
        re.IGNORECASE | re.VERBOSE,
    ),
    re.compile(
        rf"\bon\s+(?P<date>{_DATE_VALUE}),?\s+(?:we|our|the)\b[^.\n]{{0,40}}?"
        r"\b(?:paid|transferred|remitted|sent|made|credited|released|payment)\b",
        re.IGNORECASE | re.VERBOSE,
    ),
)
"""Prose that says when the money went, the date after the verb or before it."""
_LONE_DATE = re.compile(rf"(?:[^\d\n]{{0,40}}\s)?(?P<date>{_DATE_VALUE})", re.VERBOSE)
"""A letter's date: alone on its line, or after a place ("Auckland Branch 13 Mar 2026")."""
_LETTER_DATE_LINES = 15
_ADDRESSEE = re.compile(r"御中|様(?:\s|$)|殿(?:\s|$)|귀하|님께|귀중|台照|敬启")
"""Marks that a line names whom the letter is to (us), in Japanese, Korean, Chinese."""
_PROSE_TOTAL = re.compile(
    r"\b(?:payment|transfer|remittance|amount|sum|credit)\s+of\s+(?P<rest>.*)", re.IGNORECASE
)
_NEXT_LABEL = re.compile(r"\s+(?=[A-Z][\w.]*(?: [A-Za-z][\w.]*)?\s*:\s)")
"""Where the next "Label: value" starts on the same line."""
_RUN_ON_LABEL = re.compile(
    r"^(?:(?:no|nr|number|#|ref|reference)\b\.?\s*)+[:#]?\s*|^[^\d:]{1,30}:\s*",
    re.IGNORECASE,
)
"""What is left of a label before its value: "No.", "Pembayaran :", "#"."""
_ACCOUNT_WORDS = frozenset({"a/c", "account", "acct", "iban", "bsb", "konto", "compte"})
"""Words before a bank account's number: "FAST transfer to OCBC A/C 601-234567-001"."""
_SCHEME = re.compile(r"[A-Z]{2,5}")
"""A payment scheme or payer prefix printed apart from its number: "EFT 002318"."""
_PAYER_SENTENCE = re.compile(
    r"(?P<name>(?:[A-Z0-9][\w&'.,-]*\s+){1,7}?[A-Z0-9][\w&'.,-]*)\s+"
    r"(?:has|have)\s+(?:today\s+)?(?:made|paid|sent|remitted|transferred|initiated|released)\b"
)
"""A sentence opening with the payer's name, in capitals, and what it paid."""
_STRONG_TOTALS = re.compile(r"paid|payment|remitted|payé|réglé|paiement|zahl", re.IGNORECASE)
REMITTANCE_WORDS = re.compile(
    r"remittance|remit\b|payment advice|advice of payment|payment notification|"
    r"payment notice|zahlungsavis|zahlungsanzeige|avis de paiement|avis de règlement|"
    r"avis de virement|paid invoices|we have paid|following invoices|amount paid|gezahlt|"
    r"payment details|paid the following|(?:check|cheque|payment) voucher|"
    r"payment confirmation|aviso de pago|avviso di pagamento|betalingsadvies|"
    r"notis pembayaran|nasihat pembayaran|pemberitahuan pembayaran|bukti pembayaran|"
    r"付款通知|汇款通知|匯款通知|付款明细|付款明細|支払通知|送金案内|aviso de pagamento|"
    r"awizo płatności|betalningsavisering|betalingsadvis|betalingsspesifikasjon|"
    r"ödeme bildirimi|ödeme avisi|ÖDEME AVİSİ|ödeme dekontu|avis de paiement|"
    r"지급통지|지급 안내|지급하였음|振込のご案内|お支払のご案内",
    re.IGNORECASE,
)
_SYMBOLS = (
    ("A$", "AUD"), ("AU$", "AUD"), ("NZ$", "NZD"), ("C$", "CAD"), ("CA$", "CAD"),
    ("US$", "USD"), ("S$", "SGD"), ("HK$", "HKD"), ("€", "EUR"), ("£", "GBP"), ("¥", "JPY"),
    ("₹", "INR"), ("₱", "PHP"), ("₩", "KRW"), ("원", "KRW"), ("円", "JPY"), ("R$", "BRL"),
    ("zł", "PLN"), ("Kč", "CZK"), ("₺", "TRY"), ("TL", "TRY"), ("₫", "VND"), ("฿", "THB"),
)  # fmt: skip
_ISO_WORD = re.compile(
    r"(?<![A-Za-z0-9])(" + "|".join(sorted(ISO_CURRENCIES)) + r")(?![A-Za-z0-9])"
)
"""A currency code standing alone: "KES002" is a creditor code, "KESTREL" a name."""


@dataclass(frozen=True, slots=True)
class HeaderFields:
    """What the advice says about the payment as a whole; any field may be missing."""

    payer: str | None = None
    payment_date: date | None = None
    payment_reference: str | None = None
    total: Decimal | None = None


def is_label_line(line: str) -> bool:
    """Say whether a line carries a header label, so it is not read as an invoice line."""
    return _LABELS.search(line) is not None


def is_total_label(cell: str) -> bool:
    """Whether a table cell is only a total's label ("Net amount paid", "Check Amount:").

    A word or two may stand before the label ("Net", "Grand"), nothing after it: such a
    cell marks a total row, whose amount must not be read as an invoice line.
    """
    text = cell.strip().rstrip(":").strip()
    match = _LABELS.search(text)
    if match is None or match.lastgroup != "total" or text[match.end() :].strip(" :"):
        return False
    before = text[: match.start()].split()
    return len(before) <= 2 and not any(_HAS_DIGIT.search(word) for word in before)


def label_field(text: str) -> str | None:
    """The header field whose label starts ``text`` ("Payment date:" is ``payment_date``)."""
    match = _LABELS.search(text)
    return match.lastgroup if match else None


def looks_like_remittance(text: str) -> bool:
    """Say whether free text calls itself a payment advice (gates the text fallback)."""
    return REMITTANCE_WORDS.search(text) is not None


def find_currency(text: str) -> str | None:
    """Return the ISO currency the advice is in, from a label, a code or a symbol.

    A bare ``$`` is left undecided: guessing USD for an Australian payer would be worse
    than asking the reviewer.
    """
    for field, _, value in _labelled_values(text.splitlines()):
        labelled = _ISO_WORD.search(value.upper()) if field == "currency" else None
        if labelled:
            return labelled[1]
    codes: Counter[str] = Counter(_ISO_WORD.findall(text))
    if codes:
        return codes.most_common(1)[0][0]
    for symbol, code in _SYMBOLS:
        if re.search(rf"(?<![A-Za-z]){re.escape(symbol)}(?![A-Za-z])", text):
            return code
    return None


def read_header(text: str, conventions: Conventions) -> HeaderFields:
    """Read the labelled header fields; the payer falls back to the letterhead."""
    lines = text.splitlines()
    found: dict[str, str] = {}
    strong: list[Decimal] = []
    weak: list[Decimal] = []
    payees: list[str] = []
    for field, label, value in _labelled_values(lines):
        if field == "total":
            amount = _last_amount(value, conventions)
            if amount is not None:
                (strong if _STRONG_TOTALS.search(label) else weak).append(amount)
        elif field == "payee" and value:
            payees.append(value)
        elif value and field not in found:
            found[field] = value
    # "Total paid" beats a bare "Total"; the last of each kind is the grand total.
    stated = prose_total(lines, conventions)
    totals = strong or weak or ([stated] if stated is not None else [])
    payment_date = _first_date(found.get("payment_date", ""), conventions)
    reference = payment_reference(found.get("reference"))
    return HeaderFields(
        payer=_not_payee(company_name(_clean_name(found.get("payer"))), payees)
        or letterhead_payer(lines, payees),
        payment_date=payment_date
        or fallback_date(lines, conventions)
        or unlabelled_date(lines, conventions),
        payment_reference=reference or fallback_reference(lines),
        total=totals[-1] if totals else None,
    )


def _pairs(lines: Sequence[str]) -> Iterator[tuple[str, str]]:
    """(label, value) pairs of the header area, for labels no list knows.

    "Label: value" anywhere on a line, several to a line when columns keep their gaps,
    and two-cell lines ("Label   value") as spreadsheets and fixed-width text print them.
    """
    for line in lines[:_HEADER_LINES]:
        segments = [seg for seg in re.split(r"\s{3,}|\t", line.strip()) if seg]
        first = segments[0].rstrip(" :") if segments else ""
        if len(segments) == 2 and ":" not in first and not _HAS_DIGIT.search(first):
            yield first, segments[1].strip()
            continue
        for segment in segments:
            match = _KEY_VALUE.match(segment)
            if match:
                yield match["label"].strip(), match["value"].strip()


def fallback_date(lines: Sequence[str], conventions: Conventions) -> date | None:
    """The payment date under a label no list knows.

    The first labelled date that is not an invoice's, a due date or a print date.
    """
    for label, value in _pairs(lines):
        field = label_field(f"{label}:")
        if _NOT_PAYMENT_DATE.search(label) or field not in {None, "payment_date"}:
            continue
        match = DATE_IN_TEXT.match(value)
        if match:
            return parse_date(match[0], dayfirst=conventions.dayfirst)
    return None


def prose_total(lines: Sequence[str], conventions: Conventions) -> Decimal | None:
    """The amount a typed letter says it paid: "a payment of €8,420.00", "transfer of ..."."""
    for line in lines[:_HEADER_LINES]:
        if found := _PROSE_TOTAL.search(line):
            amounts = find_amounts(found["rest"], conventions)
            if amounts and amounts[0].start() == 0:
                return parse_amount(amounts[0][0], decimal_comma=conventions.decimal_comma)
    return None


def unlabelled_date(lines: Sequence[str], conventions: Conventions) -> date | None:
    """The payment date where no label sets it apart, in the order a clerk looks.

    A date after the word "date" that no invoice, due or print word qualifies ("Date
    03/17/2026", "Posting Date 11.03.2026"); then prose that says when the money went
    ("on 3 March 2026 we transferred", "made today (27/03/2026)"); last the letter's own
    date, alone on a line near the top ("20th March 2026", "Auckland Branch 13 Mar 2026").
    """
    head = lines[:_HEADER_LINES]
    for line in head:
        for match in DATE_IN_TEXT.finditer(line):
            column = re.split(r"\s{3,}|\t", line[: match.start()].rstrip())[-1]
            before = " ".join(column.split()[-4:])
            if _DATE_WORD.search(before) and not _NOT_PAYMENT_DATE.search(before):
                return parse_date(match[0], dayfirst=conventions.dayfirst)
    prose = " ".join(" ".join(head).split())  # a sentence may wrap over lines
    for pattern in _PAID_ON:
        if found := pattern.search(prose):
            return parse_date(found["date"], dayfirst=conventions.dayfirst)
    for line in head[:_LETTER_DATE_LINES]:
        found = _LONE_DATE.fullmatch(line.strip())
        if found and not _NOT_PAYMENT_DATE.search(found[0][: found.start("date")]):
            return parse_date(found["date"], dayfirst=conventions.dayfirst)
    return None


def fallback_reference(lines: Sequence[str]) -> str | None:
    """The payment reference under a label no list knows.

    A "... No./Ref/ID/#" label that is not a customer, account, tax, invoice or order
    number, with a number for its value.
    """
    for label, value in _pairs(lines):
        if not _NUMBER_LABEL.search(label) or _NOT_PAYMENT_REFERENCE.search(label):
            continue
        if _LABELS.search(f"{label}:") or DATE_IN_TEXT.match(value):
            continue
        token = _clean_reference(value)
        if token and _HAS_DIGIT.search(token) and not find_amounts(token, Conventions()):
            return token
    return None


def _labelled_values(lines: Sequence[str]) -> Iterator[tuple[str, str, str]]:
    """Yield (field, label, value) for every label in reading order.

    Several labels may share a line ("Date: 1/2/26   Ref: 881"): each value runs up to
    the next label. A label alone on its line ("From:" above the name) takes the next
    line, except a total, whose amount is always beside it.
    """
    for index, line in enumerate(lines):
        matches = [m for m in _LABELS.finditer(line) if m.lastgroup]
        for position, match in enumerate(matches):
            end = matches[position + 1].start() if position + 1 < len(matches) else len(line)
            field = str(match.lastgroup)
            value = _LABEL_TAIL.sub("", line[match.end() : end]).rstrip(" \t:#-–")
            below = lines[index + 1] if index + 1 < len(lines) else ""
            if not value and field != "total" and below:
                value = "" if is_label_line(below) else below.strip()
            elif field == "payment_date" and not _HAS_DIGIT.search(value) and below:
                # A row of labels over a row of values: "PAYMENT NUMBER  PAYMENT DATE".
                value = "" if is_label_line(below) else below.strip()
            yield field, match[0], value


def _last_amount(value: str, conventions: Conventions) -> Decimal | None:
    """The total beside its label: the last amount with cents, else a bare number."""
    amounts = find_amounts(value, conventions)
    if amounts:
        return parse_amount(amounts[-1][0], decimal_comma=conventions.decimal_comma)
    return parse_amount(value.strip(), decimal_comma=conventions.decimal_comma)


def _first_date(value: str, conventions: Conventions) -> date | None:
    match = DATE_IN_TEXT.search(value)
    return parse_date(match[0], dayfirst=conventions.dayfirst) if match else None


def _clean_name(value: str | None) -> str | None:
    if not value:
        return None
    name = re.split(r"\s{3,}|\t", value.strip())[0].strip(" ,;")
    return name or None


def payment_reference(value: str | None) -> str | None:
    """The payment's reference out of the text after its label; ``None`` if there is none.

    Labels run on ("No. Rujukan Pembayaran : DN26...", "Ref No. IBG26..."), prose leads
    up to the number ("for this payment is RCP-0320-114."), and another label may follow
    on the line ("PR-2026-0312 Vendor: V10422"). A payment reference has a digit, and is
    neither a date, an amount nor a company.
    """
    text = _clean_reference(_RUN_ON_LABEL.sub("", _NEXT_LABEL.split(value or "")[0].strip()))
    tokens = [token.strip(".,;:()[]") for token in (text or "").split()]
    if len(tokens) >= 2 and _SCHEME.fullmatch(tokens[0]) and _HAS_DIGIT.search(tokens[1]):
        return f"{tokens[0]} {tokens[1]}"  # "EFT 002318": the scheme is part of it
    after = ["", *tokens]
    token = next(
        (
            token
            for token, before in zip(tokens, after, strict=False)
            if _HAS_DIGIT.search(token) and before.lower() not in _ACCOUNT_WORDS
        ),
        None,
    )
    if token is None or DATE_IN_TEXT.fullmatch(token) or find_amounts(token, Conventions()):
        return None
    return token


def _clean_reference(value: str | None) -> str | None:
    if not value:
        return None
    return re.split(r"\s{3,}|\t", value.strip())[0].strip(" ,;") or None


def letterhead_payer(lines: Sequence[str], payees: Sequence[str] = ()) -> str | None:
    """Guess the payer from the top of the advice: the sender's letterhead comes first.

    A line with a company suffix (Pty Ltd, GmbH, SARL...) wins -- also when the payment
    details are printed beside the letterhead, so that the line reads "Acme Pty Ltd
    Payment date: ...", or the title beside it ("Acme Limited  SUPPLIER PAYMENT
    ADVICE"); otherwise the first line, if it comes before the "Remittance Advice" title
    and is not an address or a label. The payee named under "To:" or "Payee" (us) is
    never the payer, wherever its name is printed.
    """
    top = [
        _before_label(line.strip()) for line in lines[:15]
        if line.strip()
        and not _SALUTATION.match(line)
        and not _PAYEE_START.match(line.strip())
        and not _ADDRESSEE.search(line)
    ]  # fmt: skip
    for line in top:
        if not line or is_label_line(line):
            continue
        company = COMPANY_SUFFIX.search(line)
        title = REMITTANCE_WORDS.search(line)
        if title is not None:
            ends = [m.end() for m in COMPANY_SUFFIX.finditer(line) if m.end() <= title.start()]
            if not ends:
                continue
            line = line[: max(ends)]
        if company and _not_payee(line, payees) and (name := company_name(_segment(line))):
            return name
    signed = _not_payee(company_name(signature_payer(lines)), payees)
    if signed:
        return signed
    if prose := _not_payee(prose_payer(lines), payees):
        return prose
    for position, line in enumerate(top):
        if title := REMITTANCE_WORDS.search(line):
            if position == 0:
                # "Torrens Health Network REMITTANCE ADVICE": the sender before the title.
                sender = _clean_name(line[: title.start()])
                return company_name(sender) if sender and is_title_case(sender) else None
            first = top[0]
            plain = not any(ch.isdigit() for ch in first) and not is_label_line(first)
            return company_name(_clean_name(first)) if plain else None
    return None


def _not_payee(name: str | None, payees: Sequence[str]) -> str | None:
    """``name``, unless it is the payee's (ours): the same first two words."""
    if not name:
        return None
    words = _NAME_WORDS.findall(name.casefold())
    for payee in payees:
        key = _NAME_WORDS.findall(payee.casefold())[:2]
        if key and words[: len(key)] == key:
            return None
    return name


_NAME_WORDS = re.compile(r"\w+")


def _before_label(line: str) -> str:
    """The part of a line before its first label (all of it when there is none)."""
    match = _LABELS.search(line)
    return line[: match.start()].strip() if match else line


def _segment(line: str) -> str:
    """The column of a wide line that holds the company ("R04573   Acme Pty Ltd   Page 1")."""
    segments = [seg for seg in re.split(r"\s{3,}|\t", line.strip()) if seg]
    return next((seg for seg in segments if COMPANY_SUFFIX.search(seg)), line.strip())


def prose_payer(lines: Sequence[str]) -> str | None:
    """The sender named by a typed advice's opening sentence.

    "Yorke Peninsula Council has made an electronic payment to your nominated account."
    """
    for line in lines[:_HEADER_LINES]:
        if found := _PAYER_SENTENCE.match(line.strip()):
            return company_name(found["name"])
    return None


def signature_payer(lines: Sequence[str]) -> str | None:
    """The company under the sign-off ("Kind regards, / Acme Pty Ltd"), as typed mails end."""
    for index, line in enumerate(lines):
        if not _CLOSING.match(line.strip()):
            continue
        for following in lines[index + 1 : index + 4]:
            if COMPANY_SUFFIX.search(following) and not is_label_line(following):
                return _clean_name(following.strip())
    return None


def check_total(lines: Sequence[RemittanceLine], total: Decimal | None) -> list[str]:
    """Warn when the lines do not add up to the stated total, or a line to itself.

    Nothing is corrected: a reviewer decides whether the payer mistyped a line or short
    paid, and the matcher sees both numbers.
    """
    warnings: list[str] = []
    for line in lines:
        if line.gross_amount is None:
            continue
        expected = money(line.gross_amount - line.discount - line.deduction)
        if expected != line.paid_amount:
            warnings.append(
                f"{line.invoice_ref}: {line.paid_amount} paid, but gross {line.gross_amount}"
                f" less discount {line.discount} and deduction {line.deduction} is {expected}"
            )
    if total is not None:
        added = money(sum((line.paid_amount for line in lines), Decimal(0)))
        if added != money(total):
            warnings.append(f"lines add up to {added} but the stated total is {money(total)}")
    return warnings
