"""Amounts and dates as payers write them, read into ``Decimal`` and ``date``.

Remittances come from every ERP and every country: ``1,234.50`` and ``1.234,50`` mean the
same money, ``(50.00)``, ``-50.00``, ``50.00-`` and ``50.00 CR`` are the same credit, and
``03/04/2026`` is March or April depending on who wrote it. The ambiguity is settled once
per document (:func:`detect_conventions`) rather than guessed per cell, so one document is
read consistently.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation

from dateutil import parser as date_parser

_CODES = (
    "AED ARS AUD BGN BRL CAD CHF CLP CNY COP CZK DKK EGP EUR GBP HKD HUF IDR ILS INR ISK JPY "
    "KES KRW KWD MXN MYR NGN NOK NZD PEN PHP PLN QAR RON SAR SEK SGD THB TRY TWD USD VND ZAR"
)
ISO_CURRENCIES = frozenset(_CODES.split())
_ISO_ALTERNATION = "|".join(sorted(ISO_CURRENCIES))
_CURRENCY_MARKS = re.compile(
    rf"(?:[A-Z]{{1,3}}\$|\$|€|£|¥|₹|₱|₩|円|원|(?<![A-Za-z])(?:RM|{_ISO_ALTERNATION})(?![A-Za-z])"
    r"|(?<![A-Za-z])R(?=\s?-?\d))"
)
ZERO_DECIMAL_CURRENCIES = frozenset({"JPY", "KRW", "VND", "CLP", "ISK", "PYG", "UGX", "XOF", "XAF"})
"""Currencies without a minor unit: their amounts are whole numbers, "₩74,921,000"."""
_SPACES = re.compile(r"[\s\u00a0\u202f'’]")
_DIGITS_AND_SEPARATORS = re.compile(r"\d[\d.,]*")
_DASHES = "-−–△▲"
"""Minus signs: hyphen, minus, en dash, and the triangles Japanese ledgers print."""


def _amount_regex(group_marks: str) -> re.Pattern[str]:
    """A money token inside running text, with thousands grouped by ``group_marks``.

    Two decimals are required so that quantities, years and document numbers are not
    mistaken for amounts.
    """
    return re.compile(
        rf"""(?<![\w.,/])(?<![\w.,/][-−–])
        (?:\((?=[^)]*\)))?                        # opening parenthesis of a negative
        [-−–△▲]?                                  # "- 2,796.14" is a dash, then money
        (?:(?:[A-Z]{{1,3}}\$|[$€£¥₹₱]|RM|(?:{_ISO_ALTERNATION}))\s?)?   # currency before
        [-−–]?
        (?:\d{{1,2}}(?:,\d{{2}})+,\d{{3}}|\d{{1,3}}(?:[{group_marks}]\d{{3}})+|\d+)[.,]\d{{2}}
        (?:\s?(?:[$€£¥₹₱]|(?:{_ISO_ALTERNATION})\b))?            # currency after
        (?:\)|-(?!\d)|\s?CR\b)?
        (?![\w%/]|[.,]\d)""",
        re.VERBOSE,
    )


def _whole_amount_regex(group_marks: str = ".,'’\u00a0") -> re.Pattern[str]:
    """A money token of a currency without cents: grouped thousands or a currency mark.

    "74,921,000", "₩68,110,000", "¥1,250" and "70,026,000원" are amounts; a bare "2026" or
    a row number is not.
    """
    return re.compile(
        rf"""(?<![\w.,/])(?<![\w.,/][-−–])
        (?:\((?=[^)]*\)))?
        [-−–△▲]?
        (?:
            (?:(?:[¥₩₫]|JPY|KRW|(?:{_ISO_ALTERNATION}))\s?)?[-−–]?\d{{1,3}}(?:[{group_marks}]\d{{3}})+
          | (?:[¥₩]|JPY|KRW)\s?[-−–]?\d+
          | \d+[.,]\d{{2}}
        )
        (?:\s?(?:[¥₩円원₫]|Ft\b|Kč|(?:{_ISO_ALTERNATION})\b))?
        (?:\)|-(?!\d)|\s?CR\b)?
        (?![\w%/]|[.,]\d)""",
        re.VERBOSE,
    )


AMOUNT_IN_TEXT = _amount_regex(".,'’\u00a0\u202f")
_WHOLE_AMOUNT = _whole_amount_regex()
_WHOLE_SPACE_GROUPS = _whole_amount_regex(".,'’\u00a0 ")
_GROUPED_WHOLE = re.compile(r"(?<![\d.,])\d{1,3}(?:[,.]\d{3})+(?![\d.,])")
_SPACED_WHOLE = re.compile(r"(?<![\d.,])\d{1,3}(?: \d{3})+(?![\d.,])")
_WHOLE_MIN = 3
"""Grouped whole numbers, with no amount in cents anywhere, that make a document count
its money in whole units (forints, dong, rupiah as some print them)."""
_AMOUNT_SPACE_GROUPS = _amount_regex(".,'’\u00a0\u202f ")
_DOT_GROUPED = re.compile(r"(?<![\d.,])\d{1,3}(?:\.\d{3})+,\d{2}(?![\d,])")
MONEY_SHAPE = re.compile(r"\d[.,]\d{2}(?!\d)")
"""An amount's cents: what tells money from a quantity, a year or a document number."""
_SPACE_GROUPED_POINT = re.compile(
    r"(?:\bR|ZAR|\$|€|£|CHF|Fr\.)\s?-?\d{1,3}(?: \d{3})+\.\d{2}(?![\d.])"
)
"""South African and Swiss style: "R 45 676.86", spaces grouping before a decimal point,
trusted only after a currency mark: a row number before an amount looks the same."""
_SPACED_POINT = re.compile(r"(?<![\d.,])\d{1,3}(?: \d{3})+\.\d{2}(?![\d.])")
_SPACE_GROUPING_CURRENCIES = frozenset({"ZAR", "CHF", "SEK", "NOK", "PLN", "CZK"})
"""Where thousands are grouped by spaces before a decimal point without a mark beside
every amount ("161 805.52" under "Amount (R)")."""
_COMMA_GROUPED = re.compile(r"\d,\d{3}(?![\d])")
_SPACE_GROUPED = re.compile(r"(?<![\d.,])\d{1,3}(?: \d{3})+,\d{2}(?![\d,])")

# Numeric dates and dates with month names, English, German and French.
DATE_IN_TEXT = re.compile(
    r"""(?<![\w.,/])(?:
        \d{4}-\d{1,2}-\d{1,2}
      | \d{4}\.\d{1,2}\.\d{1,2}
      | \d{4}/\d{1,2}/\d{1,2}
      | \d{4}\s?年\s?\d{1,2}\s?月\s?\d{1,2}\s?日
      | \d{1,2}[./-]\d{1,2}[./-](?:\d{4}|\d{2})
      | \d{1,2}(?:st|nd|rd|th)?\.?\s(?:of\s|de\s)?[^\W\d_]{3,11}\.?,?\s(?:de\s)?\d{4}
      | \d{1,2}-[A-Za-z]{3}-(?:\d{4}|\d{2})
      | [A-Za-zäéèû]{3,9}\.?\s\d{1,2}(?:st|nd|rd|th)?,?\s\d{4}
    )(?![\w/]|[.,]\d)""",
    re.VERBOSE,
)
_NUMERIC_DATE = re.compile(r"(?<!\d)(\d{1,2})([./-])(\d{1,2})\2(\d{2,4})(?!\d)")
_ISO_DATE = re.compile(r"^\s*(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})\.?(?:[ T].*)?$")
_CJK_DATE = re.compile(r"^\s*(\d{4})\s?年\s?(\d{1,2})\s?月\s?(\d{1,2})\s?日")
"""2026年3月14日, as Chinese and Japanese advices write a date: year, month, day."""
_HAS_YEAR = re.compile(r"\d{4}|\d{1,2}[./-]\d{1,2}[./-]\d{2}\b|[A-Za-z]-\d{2}\b")

_MONTHS_BY_LANGUAGE = (
    # German, French (with abbreviations), Spanish, Italian, Portuguese, Dutch, Nordic,
    # Polish (genitive, as dates use it), Malay, Indonesian, Tagalog.
    "januar jänner janvier janv enero gennaio janeiro januari stycznia ene gen",
    "februar février févr febrero febbraio fevereiro februari lutego pebrero",
    "märz mrz mars marzo março maart marts marca mac maret marso mrt",
    "avril avr abril aprile kwietnia abr",
    "mai mayo maggio maio mei maj maja mag",
    "juni juin junio giugno junho czerwca jun hunyo giu",
    "juli juillet juil julio luglio julho lipca julai hulyo lug",
    "août agosto augustus augusti sierpnia ogos agustus ago",
    "septembre sept septiembre setiembre settembre setembro września setyembre",
    "oktober octobre octubre ottobre outubro okt października oktubre ott",
    "novembre noviembre novembro listopada nobyembre",
    "dezember dez décembre déc diciembre dicembre dezembro grudnia disember desember disyembre dic",
)
_MONTH_NAMES = {
    word: english
    for english, words in zip(
        ("January", "February", "March", "April", "May", "June", "July", "August",
         "September", "October", "November", "December"),
        _MONTHS_BY_LANGUAGE,
        strict=True,
    )
    for word in words.split()
}  # fmt: skip
"""Month names dateutil does not know, to the English it does."""
_MONTH_WORD = re.compile(r"[^\W\d_]+")
_SPANISH_DE = re.compile(r"(?<=\s)de(?=\s)", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Conventions:
    """How one document writes numbers and dates, settled once for the whole document."""

    decimal_comma: bool = False
    dayfirst: bool = True
    space_groups: bool = False
    """Thousands are grouped by plain spaces (``1 234,56``), as in French and Nordic text."""
    whole_units: bool = False
    """Amounts have no cents (yen, won): "74,921,000" is money, not a number."""


_MONTH_FIRST_CURRENCIES = frozenset({"USD", "PHP"})
"""Where dates are written month first when the document gives no evidence either way."""


def find_amounts(text: str, conventions: Conventions) -> list[re.Match[str]]:
    """Every money token in ``text``, read with the document's grouping style."""
    if conventions.whole_units:
        whole = _WHOLE_SPACE_GROUPS if conventions.space_groups else _WHOLE_AMOUNT
        return list(whole.finditer(text))
    pattern = _AMOUNT_SPACE_GROUPS if conventions.space_groups else AMOUNT_IN_TEXT
    return list(pattern.finditer(text))


def looks_like_money(cell: str, conventions: Conventions) -> bool:
    """Whether a table cell holds an amount: with cents, or whole in a currency without."""
    if MONEY_SHAPE.search(cell):
        return True
    whole = _WHOLE_SPACE_GROUPS if conventions.space_groups else _WHOLE_AMOUNT
    return conventions.whole_units and whole.fullmatch(cell.strip()) is not None


def detect_conventions(text: str, currency: str | None = None) -> Conventions:
    """Read the document's number and date style from the evidence in its own text.

    A comma followed by exactly two digits is a decimal comma; a day above 12 in the first
    position proves day-first. With no evidence, US dollars and Philippine pesos suggest
    month-first, and everything else day-first, which is what most of the world writes.
    Plain spaces group thousands only in decimal-comma text that never groups them with
    points, so a German position number before an amount ("3 150,00") stays apart.
    """
    # "23.03.2026" is a date, not 23.03: dates are left out of the count.
    undated = DATE_IN_TEXT.sub(" ", text)
    commas = len(re.findall(r"\d,\d{2}(?![\d,.]\d|\d)", undated))
    points = len(re.findall(r"\d\.\d{2}(?![\d,.]\d|\d)", undated))
    decimal_comma = commas > points
    spaced = (
        decimal_comma and bool(_SPACE_GROUPED.search(text)) and not _DOT_GROUPED.search(text)
    ) or (
        not decimal_comma
        and not _COMMA_GROUPED.search(text)
        and (
            len(_SPACE_GROUPED_POINT.findall(text)) >= 2
            or (currency in _SPACE_GROUPING_CURRENCIES and len(_SPACED_POINT.findall(text)) >= 2)
        )
    )
    grouped = len(_GROUPED_WHOLE.findall(text))
    spaced_whole = len(_SPACED_WHOLE.findall(text))
    whole = (currency in ZERO_DECIMAL_CURRENCIES and grouped > max(commas, points)) or (
        commas + points == 0 and grouped + spaced_whole >= _WHOLE_MIN
    )
    return Conventions(
        decimal_comma=decimal_comma and not whole,
        dayfirst=_detect_dayfirst(text, currency),
        space_groups=(spaced and not whole) or (whole and spaced_whole > grouped),
        whole_units=whole,
    )


def _detect_dayfirst(text: str, currency: str | None) -> bool:
    votes_day = votes_month = 0
    for first, sep, second, _year in _NUMERIC_DATE.findall(text):
        if int(first) > 12 or sep == ".":
            votes_day += 1
        elif int(second) > 12:
            votes_month += 1
    if votes_day or votes_month:
        return votes_day >= votes_month
    return currency not in _MONTH_FIRST_CURRENCIES


def parse_amount(text: str | None, *, decimal_comma: bool = False) -> Decimal | None:
    """Read one money cell; ``None`` when the cell holds no amount.

    Accepts thousands separators of either style, currency symbols or ISO codes on either
    side, and the four ways accounting systems mark a negative: ``-50``, ``(50)``, ``50-``
    and ``50 CR``.
    """
    if text is None:
        return None
    raw, negative = _strip_sign(_CURRENCY_MARKS.sub("", text).strip())
    raw = _SPACES.sub("", raw)
    raw, lead_negative = _strip_leading_dash(raw)
    if not raw or _DIGITS_AND_SEPARATORS.fullmatch(raw) is None:
        return None
    number = _normalise_number(raw, decimal_comma=decimal_comma)
    if number is None:
        return None
    try:
        value = Decimal(number)
    except InvalidOperation:
        return None
    return -value if (negative or lead_negative) else value


def _strip_sign(raw: str) -> tuple[str, bool]:
    if raw.startswith("(") and raw.endswith(")"):
        return raw[1:-1].strip(), True
    upper = raw.upper()
    if upper.endswith(" CR") or (upper.endswith("CR") and upper[:-2].rstrip()[-1:].isdigit()):
        return raw[:-2].strip(), True
    if raw.endswith(tuple(_DASHES)):
        return raw[:-1].strip(), True
    return raw, False


def _strip_leading_dash(raw: str) -> tuple[str, bool]:
    raw = raw.lstrip("+")
    if raw[:1] in _DASHES:
        return raw[1:], True
    return raw, False


def _normalise_number(raw: str, *, decimal_comma: bool) -> str | None:
    """Turn ``1.234,50`` / ``1,234.50`` into ``1234.50``; ``None`` if the groups are wrong."""
    separators = {char for char in raw if char in ",."}
    if not separators:
        return raw
    if len(separators) == 2:
        decimal_sep = "," if raw.rfind(",") > raw.rfind(".") else "."
    else:
        decimal_sep = _single_separator_role(raw, decimal_comma=decimal_comma)
    whole, fraction = raw, ""
    if decimal_sep:
        whole, _, fraction = raw.rpartition(decimal_sep)
        if decimal_sep in whole or not fraction.isdigit():
            return None
    if len(whole) > 1 and whole[0] == "0" and whole[1].isdigit():
        return None  # "055010022113,37" is an account number run together, never money
    groups = re.split(r"[.,]", whole)
    if len(groups) > 1 and not _valid_groups(groups):
        return None
    whole = "".join(groups) or "0"
    return f"{whole}.{fraction}" if fraction else whole


def _single_separator_role(raw: str, *, decimal_comma: bool) -> str:
    """Decide whether the only kind of separator present is decimal or thousands.

    Returns the separator if it is the decimal mark, ``""`` if it groups thousands.
    """
    sep = "," if "," in raw else "."
    if raw.count(sep) > 1:
        return ""
    digits_after = len(raw) - raw.index(sep) - 1
    if digits_after != 3:
        return sep
    # "1,234" or "1.234": ambiguous; the document's own style decides.
    return sep if (sep == ",") == decimal_comma else ""


def _valid_groups(groups: list[str]) -> bool:
    """Thousands in threes, or the Indian lakh and crore: "2,18,236" groups in twos."""
    head, *rest = groups
    if 1 <= len(head) <= 3 and all(len(group) == 3 for group in rest):
        return True
    return (
        1 <= len(head) <= 2
        and len(rest) >= 2
        and all(len(group) == 2 for group in rest[:-1])
        and len(rest[-1]) == 3
    )


def parse_date(text: str | None, *, dayfirst: bool = True) -> date | None:
    """Read one date cell; ``None`` unless it is clearly a full date with a year.

    ISO dates are read directly because dateutil swaps ``2026-03-04`` into April when told
    ``dayfirst``; a cell without a year is refused rather than completed with this year.
    """
    if not text or not text.strip():
        return None
    iso = _ISO_DATE.match(text) or _CJK_DATE.match(text)
    if iso:
        return _safe_date(int(iso[1]), int(iso[2]), int(iso[3]))
    cleaned = _MONTH_WORD.sub(lambda m: _MONTH_NAMES.get(m[0].lower(), m[0]), text.strip())
    cleaned = _SPANISH_DE.sub(" ", cleaned)  # "5 de marzo de 2026"
    if len(cleaned) > 40 or not _HAS_YEAR.search(cleaned):
        return None
    try:
        parsed = date_parser.parse(cleaned, dayfirst=dayfirst)
    except (ValueError, OverflowError):
        return None
    return parsed.date()


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None
