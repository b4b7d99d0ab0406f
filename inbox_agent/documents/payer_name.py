"""A payer's name as a clerk would key it, out of the line it was printed on.

Letterheads and labelled fields rarely hold the name alone: the address follows it
("Wiener Labortechnik GmbH Leopoldauer Straße 112"), a portal's footer ("Powered by
Coupa"), a department before it ("Treasury | Manila Harbour Foods Corp."), or the label
itself ("Account name Blue Gum Timber Mills Pty Ltd"). And a label's value is sometimes
no name at all: "Paid by direct credit to your nominated account".
"""

from __future__ import annotations

import re

COMPANY_SUFFIX = re.compile(
    r"(?<!\w)(?:s\.?a\.? de c\.?v\.?|pty|ltd|ltée|limited|inc|llc|gmbh|ag|s\.?a\.?|sarl|"
    r"sas|b\.?v\.?|n\.?v\.?|plc|"
    r"corp|corporation|company|co\.|kg|oy|ab|srl|s\.p\.a\.|pte|sdn\.?\s*bhd|bhd|"
    r"ltda|sp\.\s?z\s?o\.\s?o|s\.?r\.?o|a/s|aps|asa|"
    r"pvt|private limited|llp|kk|k\.k|a\.ş|şti|sti|plc|s\.a\.e|pllc|zrt|kft|"
    r"α\.ε|ε\.π\.ε|s\.r\.l)(?!\w)\.?"
    r"|(?<!\w)(?-i:AS|ASA|AB|SA|AG|NV|BV)(?!\w)|株式会社|有限会社|주식회사|\(주\)|㈜",
    re.IGNORECASE,
)
"""Words that end a company's legal name (Pty Ltd, GmbH, Sdn. Bhd....)."""

_PARTS = re.compile(r"\s+[·•|]\s+|\s*\|\s*|\s{3,}|\t")
_LEADING_LABEL = re.compile(
    r"^(?:account name|account holder|company name|customer name|payer name|name|company|"
    r"customer|treasury|accounts payable)\s*[:|\-]?\s+(?=\S)",
    re.IGNORECASE,
)
_SUFFIX_RUN = re.compile(rf"(?:[\s,&(]*(?:{COMPANY_SUFFIX.pattern})\)?)+", re.IGNORECASE)
_ADDRESS = re.compile(
    r"^\d+[A-Za-z]?[\s,/-].*\b(?:street|st|road|rd|avenue|ave|drive|dr|highway|hwy|lane|"
    r"parade|terrace|place|way|jalan|strasse|straße)\b|\b(?:gpo|p\.?\s?o\.?)\s*box\b|"
    r"^(?:level|suite|unit|floor)\s+\d",
    re.IGNORECASE,
)
_NOT_A_NAME = re.compile(
    r"^(?:direct credit|direct deposit|electronic|eft\b|interbank|bank transfer|wire|ach\b|"
    r"cheque|check\b|giro|transfer|telegraphic|abn\b|acn\b|company no|registration|tel\b|"
    r"phone|fax|gst|vat|tax|sst|address|地址)",
    re.IGNORECASE,
)
_GENERIC_WORDS = frozenset({
    "customer", "bank", "limited", "supplier", "vendor", "payer", "treasury", "finance",
    "company", "name", "address", "accounts", "opdrachtgever", "auftraggeber",
})  # fmt: skip


def company_name(text: str | None) -> str | None:
    """The company's name out of ``text``; ``None`` when ``text`` holds no name.

    Of parts set apart by "·" or "|" the one with a company suffix is taken; a label word
    before the name is dropped; whatever follows the legal suffix (an address, a bank, a
    footer) is cut off.
    """
    if not text:
        return None
    parts = [part.strip(" ,;") for part in _PARTS.split(text.strip()) if part.strip(" ,;")]
    if not parts:
        return None
    name = next((part for part in parts if COMPANY_SUFFIX.search(part)), parts[0])
    name = _LEADING_LABEL.sub("", name)
    for suffix in _SUFFIX_RUN.finditer(name):
        if suffix.start() > 0:
            name = name[: suffix.end()]
            break
    name = name.strip(" ,;:")
    return name if is_plausible_name(name) else None


def is_plausible_name(text: str) -> bool:
    """Whether ``text`` can be a company's name.

    Mostly letters; not a payment method, an address, a registration or phone number,
    nor a generic word on its own.
    """
    letters = sum(ch.isalpha() for ch in text)
    digits = sum(ch.isdigit() for ch in text)
    if letters < 3 or digits > letters / 3 or _NOT_A_NAME.match(text) or _ADDRESS.search(text):
        return False
    words = text.casefold().split()
    return not (len(words) == 1 and words[0].strip(".") in _GENERIC_WORDS)


_SMALL_WORDS = frozenset({"of", "and", "&", "the", "de", "du", "des", "van", "der", "den", "für"})


def is_title_case(text: str) -> bool:
    """Whether ``text`` is written as a name is.

    Capitalised words, small joining words between them ("Bank of the West"), and a
    capitalised word last: "Forwarding the" starts a sentence, it names no sender.
    """
    words = text.split()
    if not words or not words[-1][:1].isupper():
        return False
    return all(word[:1].isupper() or word[:1].isdigit() or word in _SMALL_WORDS for word in words)
