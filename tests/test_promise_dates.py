"""Promised payment dates read relative to the message's date, from many phrasings."""

from __future__ import annotations

from datetime import date

import pytest

from inbox_agent.replies.promise_dates import promised_date

WRITTEN = date(2026, 3, 11)  # a Wednesday

TABLE = [
    ("We will pay this Friday.", date(2026, 3, 13)),
    ("Payment will be made on Friday", date(2026, 3, 13)),
    ("payment next Friday", date(2026, 3, 20)),
    ("We'll settle by the 20th", date(2026, 3, 20)),
    ("by the 5th", date(2026, 4, 5)),  # the 5th has passed this month
    ("Payment scheduled for 20/03", date(2026, 3, 20)),
    ("will pay on 20/03/2026", date(2026, 3, 20)),
    ("Transfer on 2026-03-25", date(2026, 3, 25)),
    ("payment run at end of month", date(2026, 3, 31)),
    ("we pay at month-end", date(2026, 3, 31)),
    ("EOM", date(2026, 3, 31)),
    ("end of next month", date(2026, 4, 30)),
    ("tomorrow", date(2026, 3, 12)),
    ("We will transfer today", date(2026, 3, 11)),
    ("within 7 days", date(2026, 3, 18)),
    ("in two weeks", date(2026, 3, 25)),
    ("in 3 business days", date(2026, 3, 16)),
    ("next week", date(2026, 3, 16)),
    ("by end of this week", date(2026, 3, 13)),
    ("on 5 April", date(2026, 4, 5)),
    ("April 5th", date(2026, 4, 5)),
    ("on the 28th of this month", date(2026, 3, 28)),
    ("the 10th of next month", date(2026, 4, 10)),
    ("by Mon", date(2026, 3, 16)),
    ("Payment on 15.04.2026", date(2026, 4, 15)),
]


@pytest.mark.parametrize(("text", "expected"), TABLE)
def test_promise_phrasings(text: str, expected: date) -> None:
    """GIVEN a promise written on Wednesday 11 March 2026 WHEN read THEN the date meant."""
    assert promised_date(text, WRITTEN) == expected


def test_month_first_teams_read_slashes_month_first() -> None:
    """GIVEN a team that writes month first (Manila) WHEN '03/20' is read THEN 20 March."""
    assert promised_date("paying 03/20", WRITTEN, dayfirst=False) == date(2026, 3, 20)


def test_january_date_written_in_december_is_next_year() -> None:
    """GIVEN '20/01' written on 15 December WHEN read THEN January of the next year."""
    assert promised_date("we pay 20/01", date(2026, 12, 15)) == date(2027, 1, 20)


def test_no_date_is_none() -> None:
    """GIVEN a message without a date WHEN read THEN None, not a guess."""
    assert promised_date("We will pay as soon as possible.", WRITTEN) is None
