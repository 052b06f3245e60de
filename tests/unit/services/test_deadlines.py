"""Deadlines on the calendar of the Algemene termijnenwet (DOMAIN.md sections 3 and 5)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ssb_desktop.db.database import Database
from ssb_desktop.db.tables import ExtraHoliday
from ssb_desktop.services.deadlines import (
    DEFAULT_CALENDAR,
    WorkingDayCalendar,
    atw_holidays,
    calendar_of,
    standstill_end,
    transparency_end,
)


@pytest.mark.parametrize(
    ("sent", "last_day"),
    [
        ("12-10-2020", "02-11-2020"),  # ends on a Sunday
        ("24-04-2026", "18-05-2026"),  # Ascension Day, a royal-decree Friday, a weekend
        ("04-12-2026", "24-12-2026"),  # 24 December is an ordinary day
        ("05-12-2026", "28-12-2026"),  # Christmas, Boxing Day, Sunday
        ("15-04-2027", "10-05-2027"),  # 5 May, Ascension Day, a royal-decree Friday
    ],
)
def test_the_standstill_examples_of_the_domain(sent: str, last_day: str) -> None:
    def parse(text: str) -> date:
        day, month, year = map(int, text.split("-"))
        return date(year, month, day)

    assert standstill_end(parse(sent)) == parse(last_day)


def test_kings_day_moves_to_26_april_when_27_april_is_a_sunday() -> None:
    assert date(2025, 4, 26) in atw_holidays(2025)
    assert date(2025, 4, 27) not in atw_holidays(2025)
    assert date(2026, 4, 27) in atw_holidays(2026)


def test_good_friday_and_liberation_day_count_every_year_but_24_december_does_not() -> None:
    holidays = atw_holidays(2026)
    assert date(2026, 4, 3) in holidays  # Good Friday
    assert date(2026, 5, 5) in holidays
    assert date(2026, 12, 24) not in holidays and date(2026, 12, 31) not in holidays


def test_a_royal_decree_day_comes_from_the_editable_table(db: Database) -> None:
    with db.transaction() as session:
        session.add(ExtraHoliday(day=date(2029, 5, 11), description="Vrijdag na Hemelvaart"))
    with db.transaction() as session:
        calendar = calendar_of(session)
    assert not calendar.is_working_day(date(2029, 5, 11))
    assert DEFAULT_CALENDAR.is_working_day(date(2029, 5, 11))


def test_the_transparency_period_counts_from_publication() -> None:
    # Published on Thursday 1 October 2026: 20 days later is Wednesday 21 October.
    assert transparency_end(date(2026, 10, 1)) == date(2026, 10, 21)


@given(st.dates(min_value=date(2000, 1, 1), max_value=date(2099, 12, 31)), st.integers(1, 60))
def test_a_period_ends_on_the_first_working_day_at_or_after_its_nominal_end(
    sent: date, days: int
) -> None:
    calendar = WorkingDayCalendar()
    end = standstill_end(sent, days, calendar)
    nominal = sent + timedelta(days=days)
    assert end >= nominal
    assert calendar.is_working_day(end)
    assert all(
        not calendar.is_working_day(nominal + timedelta(days=offset))
        for offset in range((end - nominal).days)
    )
