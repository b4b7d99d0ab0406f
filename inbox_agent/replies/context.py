"""What a reply needs to know: who the customer is, their language, the invoices they mean.

Everything here reads; nothing writes. The customer comes from the matcher's verdict when
there is one (a remittance), else from the sender's domain in rules.yaml's payers. The
invoice numbers a customer quotes are checked against our open items, so "inv 10004" in
a mail becomes our "INV-10004"; a number we do not hold is still quoted back when it is
written like an invoice number, so the collector sees what the customer asked about.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import or_
from sqlmodel import Session, col, select

from inbox_agent.config.rules import PayerRule, Rules
from inbox_agent.mail.parse import ParsedMessage
from inbox_agent.replies.compose import display_name
from inbox_agent.store.models import Customer, OpenItem
from matchers.refs import normalise_ref, split_norm, unpad

LANGUAGES = ("en", "de", "tl", "zh")

_GERMAN_WORDS = """
    sehr geehrte geehrter damen herren rechnung rechnungen zahlung zahlungen bitte danke
    vielen dank freundlichen grüßen grüssen gruessen anbei überweisung kontoauszug mahnung
    und der die das nicht mit für ihre ihnen ihr wir uns unser unsere eine einen ist sind
    zahlungsavis beanstandung reklamation rechnungskopie gutschrift betrag bezahlt werden
    wurde überwiesen bis zum
"""
_TAGALOG_WORDS = """
    po opo salamat maraming bayad magandang araw pong kami namin ninyo inyong inyo ang
    ng mga sa paki pakisuyo pakipadala abiso babayaran natanggap ito iyong hindi pa na
    lang naman kayo tayo
"""
GERMAN = frozenset(_GERMAN_WORDS.split())
TAGALOG = frozenset(_TAGALOG_WORDS.split())
WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
MIN_HITS = 2
MIN_SHARE = 0.12
"""A language wins with at least this many of its marker words, making up this share of
the words: one "die" in English mail is not German."""

QUOTE_START = re.compile(
    r"^(?:>|-{2,}\s*original message|_{10,}|on .{4,200} wrote:\s*$|am .{4,200} schrieb"
    r"|from:\s|von:\s|gesendet:|sent:\s|发件人|寄件者)",
    re.IGNORECASE,
)
"""Where a mail client starts quoting the message answered; what follows is not the
customer's own words (and is often our own English)."""

CANDIDATE = re.compile(
    r"(?<![A-Za-z0-9])(?:[A-Za-z]{1,6}[ #:./-]{0,2})?\d[0-9A-Za-z/-]{2,24}(?![A-Za-z0-9])"
)
INVOICE_WORDS = re.compile(
    r"(?:invoice|inv|rechnung|rg|factura|facture|bill|tax invoice)s?\b[^0-9\n]{0,20}$",
    re.IGNORECASE,
)
INVOICE_PREFIXES = ("INV", "IN", "SI", "TI", "RE", "RG", "RN", "CN", "FA", "FAC", "BILL")
NOT_INVOICE_PREFIXES = ("PO", "EFT", "GIRO", "REF", "TEL", "FAX", "PH", "ACC", "BSB", "IBAN")
MAX_NUMBERS = 20


@dataclass(frozen=True, slots=True)
class Party:
    """The customer a reply is for; ``customer_id`` is None when we do not know them."""

    customer_id: str | None
    name: str


def payer_for_domain(rules: Rules, domain: str) -> PayerRule | None:
    """The payer whose email_domains cover ``domain`` (sub-domains too)."""
    domain = domain.lower().lstrip("@")
    if not domain:
        return None
    for payer in rules.payers:
        for own in payer.email_domains:
            own = own.lower().lstrip("@")
            if domain == own or domain.endswith("." + own):
                return payer
    return None


def payer_by_id(rules: Rules, customer_id: str | None) -> PayerRule | None:
    """The payer rule of a customer, if rules.yaml has one."""
    return next((p for p in rules.payers if p.customer_id == customer_id), None)


def identify_customer(
    session: Session,
    rules: Rules,
    parsed: ParsedMessage,
    *,
    known_customer_id: str | None = None,
) -> Party:
    """Who wrote: the matcher's customer if given, else the sender's domain, else unknown."""
    customer_id = known_customer_id
    if customer_id is None:
        payer = payer_for_domain(rules, parsed.sender_domain)
        customer_id = payer.customer_id if payer else None
    if customer_id is not None:
        payer = payer_by_id(rules, customer_id)
        if payer is not None:
            return Party(customer_id, payer.name)
        row = session.exec(select(Customer).where(Customer.customer_id == customer_id)).first()
        if row is not None:
            return Party(customer_id, row.name)
    name = display_name(parsed.headers) or "Sir or Madam"
    return Party(customer_id, name)


# ---------------------------------------------------------------- the customer's own words


def own_words(body: str, *, limit: int = 4000) -> str:
    """The part of a mail its sender wrote: quoted history and forwarded text cut off."""
    kept: list[str] = []
    for line in body.replace("\r\n", "\n").split("\n")[:400]:
        if QUOTE_START.match(line.strip()) and kept:
            break
        if not line.lstrip().startswith(">"):
            kept.append(line)
    return "\n".join(kept).strip()[:limit]


def message_text(parsed: ParsedMessage) -> str:
    """Subject and the sender's own words, plain text (HTML-only mail stripped of tags)."""
    body = parsed.body_text
    if not body.strip() and parsed.body_html:
        body = re.sub(
            r"<[^>]+>", " ", re.sub(r"(?is)<(script|style).*?</\1>", " ", parsed.body_html)
        )
    return f"{parsed.subject}\n{own_words(body)}"


def guess_language(text: str, hint: str | None = None) -> str:
    """en, de, tl or zh: the classifier's hint when it gives one, else marker words.

    Chinese is recognised by its script; German and Tagalog by everyday words a writer
    cannot avoid (articles, greetings, "po"). English is the default, since the shipped
    templates are English.
    """
    if hint in LANGUAGES:
        return hint
    han = sum(1 for ch in text if "\u4e00" <= ch <= "\u9fff")
    kana = sum(1 for ch in text if "\u3040" <= ch <= "\u30ff")
    if han >= 4 and kana == 0:
        return "zh"
    words = [unicodedata.normalize("NFC", w.lower()) for w in WORD.findall(text)]
    if not words:
        return "en"
    scores = {
        "de": sum(w in GERMAN for w in words),
        "tl": sum(w in TAGALOG for w in words),
    }
    best = max(scores, key=lambda k: scores[k])
    if scores[best] >= MIN_HITS and scores[best] / len(words) >= MIN_SHARE:
        return best
    return "en"


# ---------------------------------------------------------------- invoice numbers


def _key(number: str) -> str:
    return unpad(normalise_ref(number))


def _candidates(text: str) -> list[tuple[str, bool]]:
    """(token, written like an invoice number) for every number-ish token, in order."""
    found: list[tuple[str, bool]] = []
    for match in CANDIDATE.finditer(text):
        token = match.group(0).strip(" #:./-")
        norm = normalise_ref(token)
        letters, _prefix, core = split_norm(norm)
        digits = sum(c.isdigit() for c in norm)
        if digits < 3 or not core or letters in NOT_INVOICE_PREFIXES:
            continue
        if re.fullmatch(r"\d{1,2}[./-]\d{1,2}([./-]\d{2,4})?|\d{4}-\d{2}-\d{2}", token):
            continue  # a date
        looks = letters.startswith(INVOICE_PREFIXES) or bool(
            INVOICE_WORDS.search(text[max(0, match.start() - 30) : match.start()])
        )
        found.append((token, looks))
    return found


def _known(session: Session, customer_id: str | None, tokens: Iterable[str]) -> dict[str, str]:
    """Our invoice numbers, by comparable key, that the tokens could mean."""
    query = select(OpenItem.invoice_number)
    if customer_id is not None:
        query = query.where(OpenItem.customer_id == customer_id)
    else:
        cores = {split_norm(normalise_ref(t))[2] for t in tokens}
        cores = {c for c in cores if len(c) >= 3}
        if not cores:
            return {}
        likes = [col(OpenItem.invoice_number).like(f"%{c}%") for c in sorted(cores)[:MAX_NUMBERS]]

        query = query.where(or_(*likes)).limit(500)
    numbers = session.exec(query).all()
    known: dict[str, str] = {}
    for number in numbers:
        known.setdefault(_key(number), number)
        known.setdefault("#" + split_norm(normalise_ref(number))[2], number)
    return known


def invoice_numbers_in(session: Session, text: str, *, customer_id: str | None) -> list[str]:
    """The invoice numbers a mail quotes: ours where we hold them, else as written."""
    candidates = _candidates(text)
    known = _known(session, customer_id, [t for t, _ in candidates])
    out: list[str] = []
    for token, looks in candidates:
        key = _key(token)
        letters = split_norm(normalise_ref(token))[0]
        number = known.get(key)
        if number is None and not letters:
            number = known.get("#" + split_norm(normalise_ref(token))[2])
        if number is None and looks:
            number = token.upper()
        if number is not None and number not in out:
            out.append(number)
        if len(out) >= MAX_NUMBERS:
            break
    return out


# ---------------------------------------------------------------- amounts


def money_text(amount: Decimal | None, currency: str | None = None, language: str = "en") -> str:
    """An amount as a collector writes it: "AUD 1,234.50", in German "1.234,50 EUR"."""
    if amount is None:
        return ""
    text = f"{amount.quantize(Decimal('0.01')):,.2f}"
    if language == "de":
        text = text.replace(",", "\x00").replace(".", ",").replace("\x00", ".")
        return f"{text} {currency}" if currency else text
    return f"{currency} {text}" if currency else text


def totals_text(totals: Mapping[str, Decimal], language: str = "en") -> list[str]:
    """Totals per currency as "AUD 1,234.50" strings, in currency order."""
    return [money_text(amount, cur, language) for cur, amount in sorted(totals.items())]


def unique(values: Sequence[str]) -> list[str]:
    """The values in order, each once."""
    return list(dict.fromkeys(v for v in values if v))
