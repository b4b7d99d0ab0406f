"""When a customer says they will pay: the date, read relative to the message's own date.

Customers write "this Friday", "by the 20th", "20/03", "end of month", "next week". An
absolute date parser alone gets these wrong (it reads them relative to *today*, not to when
the mail was written, and knows nothing of "end of month"), so relative phrases are read
here with a small grammar and absolute dates are handed to dateutil, day first unless the
team says otherwise (Manila writes month first; Sydney and Singapore day first).
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable
from datetime import date, datetime, timedelta

from dateutil import parser as dateutil_parser

WEEKDAYS = {
    name: i
    for i, name in enumerate(
        ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
    )
}
WEEKDAYS.update({name[:3]: i for name, i in list(WEEKDAYS.items())})
MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
MONTHS.update({name.lower(): i for i, name in enumerate(calendar.month_abbr) if name})
NUMBERS = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "ten": 10,
    "fourteen": 14,
    "a": 1,
}


def _end_of_month(day: date, months_ahead: int = 0) -> date:
    year, month = day.year, day.month + months_ahead
    year += (month - 1) // 12
    month = (month - 1) % 12 + 1
    return date(year, month, calendar.monthrange(year, month)[1])


def _day_of_month(base: date, day: int) -> date | None:
    """The next date with this day number, this month or the next."""
    for months in (0, 1, 2):
        candidate_month = _end_of_month(base, months)
        if day <= candidate_month.day:
            candidate = candidate_month.replace(day=day)
            if candidate >= base:
                return candidate
    return None


def _number(token: str) -> int | None:
    return int(token) if token.isdigit() else NUMBERS.get(token)


Rule = tuple[re.Pattern[str], Callable[[re.Match[str], date], date | None]]


def _weekday_rule(m: re.Match[str], base: date) -> date | None:
    """'Friday' is the coming one (today counts); 'next Friday' is the one of next week."""
    weekday = WEEKDAYS[m.group(2)[:3]]
    if (m.group(1) or "") == "next":
        next_monday = base + timedelta(days=7 - base.weekday())
        return next_monday + timedelta(days=weekday)
    return base + timedelta(days=(weekday - base.weekday()) % 7)


def _in_rule(m: re.Match[str], base: date) -> date | None:
    count = _number(m.group(1))
    if count is None:
        return None
    unit = m.group(2)
    days = {"day": 1, "business": 1, "week": 7, "fortnight": 14}.get(unit.rstrip("s"), 0)
    if unit.startswith("month"):
        month = _end_of_month(base, count)
        return month.replace(day=min(base.day, month.day))
    if unit.startswith("business"):
        return _add_business_days(base, count)
    return base + timedelta(days=days * count)


def _add_business_days(base: date, count: int) -> date:
    day = base
    while count > 0:
        day += timedelta(days=1)
        if day.weekday() < 5:
            count -= 1
    return day


RULES: list[Rule] = [
    (
        re.compile(r"\bthe (\d{1,2})(?:st|nd|rd|th) of (?:this|the) month\b"),
        lambda m, b: _day_of_month(b, int(m.group(1))),
    ),
    (
        re.compile(r"\bthe (\d{1,2})(?:st|nd|rd|th) of next month\b"),
        lambda m, b: _end_of_month(b, 1).replace(day=min(int(m.group(1)), _end_of_month(b, 1).day)),
    ),
    (re.compile(r"\b(today|tonight|end of (?:the )?day|eod|cob)\b"), lambda m, b: b),
    (re.compile(r"\btomorrow\b"), lambda m, b: b + timedelta(days=1)),
    (re.compile(r"\b(?:day after tomorrow)\b"), lambda m, b: b + timedelta(days=2)),
    (re.compile(r"\b(?:end of next month)\b"), lambda m, b: _end_of_month(b, 1)),
    (
        re.compile(r"\b(?:end of (?:the |this )?month|month[- ]end|eom)\b"),
        lambda m, b: _end_of_month(b),
    ),
    (
        re.compile(r"\b(?:end of next week)\b"),
        lambda m, b: b + timedelta(days=(4 - b.weekday()) % 7 + 7),
    ),
    (
        re.compile(r"\b(?:end of (?:the |this )?week|this week)\b"),
        lambda m, b: b + timedelta(days=(4 - b.weekday()) % 7),
    ),
    (re.compile(r"\bnext week\b"), lambda m, b: b + timedelta(days=7 - b.weekday())),
    (re.compile(r"\bnext month\b"), lambda m, b: _end_of_month(b) + timedelta(days=1)),
    (
        re.compile(
            r"\b(?:in|within) (\d+|one|two|three|four|five|six|seven|ten|fourteen|a) "
            r"(days?|business days?|weeks?|fortnights?|months?)\b"
        ),
        _in_rule,
    ),
    (
        re.compile(
            r"\b(this|next|on|by|coming)?\s*(monday|tuesday|wednesday|thursday|friday|"
            r"saturday|sunday|mon|tue|wed|thu|fri|sat|sun)\b"
        ),
        _weekday_rule,
    ),
    (
        re.compile(r"\b(?:by|on|before) the (\d{1,2})(?:st|nd|rd|th)\b(?! of)"),
        lambda m, b: _day_of_month(b, int(m.group(1))),
    ),
]

ABSOLUTE = re.compile(
    r"\b(\d{4}-\d{2}-\d{2}|\d{1,2}[/.]\d{1,2}(?:[/.]\d{2,4})?|"
    r"\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*"
    r"(?:\s+\d{4})?|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\s+\d{1,2}"
    r"(?:st|nd|rd|th)?(?:,?\s+\d{4})?)\b"
)


def _absolute(text: str, base: date, *, dayfirst: bool) -> date | None:
    match = ABSOLUTE.search(text)
    if not match:
        return None
    raw = re.sub(r"(\d)(st|nd|rd|th)", r"\1", match.group(1)).replace(" of ", " ")
    try:
        parsed: date = dateutil_parser.parse(
            raw, dayfirst=dayfirst, default=datetime(base.year, base.month, 1)
        ).date()
    except (ValueError, OverflowError):
        return None
    has_year = (
        bool(re.search(r"\d{4}|[/.]\d{2,4}[/.]?\d*$", raw)) and raw.count("/") + raw.count(".") != 1
    )
    if not has_year and parsed < base - timedelta(days=31):
        parsed = parsed.replace(year=parsed.year + 1)  # "20/01" written in December
    return parsed


def _has_year(raw: str) -> bool:
    if re.search(r"\d{4}", raw):
        return True
    return raw.count("/") + raw.count(".") == 2


def promised_date(text: str, message_date: date, *, dayfirst: bool = True) -> date | None:
    """The payment date a customer promises in ``text``, written on ``message_date``."""
    lowered = " ".join(text.lower().split())
    absolute = _absolute(lowered, message_date, dayfirst=dayfirst)
    if absolute is not None:
        return absolute
    for pattern, resolve in RULES:
        match = pattern.search(lowered)
        if match:
            return resolve(match, message_date)
    return None
