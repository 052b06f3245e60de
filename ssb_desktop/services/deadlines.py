"""Legal time limits on the calendar of the Algemene termijnenwet (DOMAIN.md sections 3 and 5);
the subsidy terms and the law's scope for them are in ``services.subsidies.rules``.

A period of N days starts on the day after the event (sending, publication, receipt) and its
last day is the event's date plus N days. When that last day is a Saturday, a Sunday or a
day the Algemene termijnenwet (ATW) names or equates with a public holiday, the period ends
on the next day that is none of these. The ATW's fixed list is computed here; the days equated
by royal decree live in an editable, dated table (``extra_holidays``, seeded with the known
days) and are passed in as a :class:`WorkingDayCalendar`.

The functions are pure: dates in, a date out, so that they can be checked on their own:

>>> standstill_end(date(2020, 10, 12))
datetime.date(2020, 11, 2)
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass, field
from datetime import date, timedelta

from dateutil.easter import easter
from sqlalchemy import select
from sqlalchemy.orm import Session

from ssb_desktop.db.tables import ExtraHoliday
from ssb_desktop.errors import N_, ValidationError
from ssb_desktop.formatting import format_date
from ssb_desktop.services.reference import ROYAL_DECREE_DAYS, STANDSTILL_DAYS, rule_settings

TRANSPARENCY_DAYS = 20


def atw_holidays(year: int) -> frozenset[date]:
    """The public holidays of the ATW (article 3): 24 and 31 December are ordinary days."""
    easter_sunday = easter(year)
    kings_day = date(year, 4, 27)
    if kings_day.weekday() == 6:
        kings_day = date(year, 4, 26)
    return frozenset(
        {
            date(year, 1, 1),
            easter_sunday - timedelta(days=2),  # Good Friday
            easter_sunday + timedelta(days=1),  # Easter Monday
            kings_day,
            date(year, 5, 5),  # Liberation Day, every year
            easter_sunday + timedelta(days=39),  # Ascension Day
            easter_sunday + timedelta(days=50),  # Whit Monday
            date(year, 12, 25),
            date(year, 12, 26),
        }
    )


@dataclass(frozen=True, slots=True)
class WorkingDayCalendar:
    """Weekends, ATW holidays and the days equated with them by royal decree."""

    extra_days: frozenset[date] = field(default_factory=frozenset)

    def is_working_day(self, day: date) -> bool:
        return (
            day.weekday() < 5 and day not in self.extra_days and day not in atw_holidays(day.year)
        )

    def next_working_day(self, day: date) -> date:
        """``day`` itself when it is a working day, else the first working day after it."""
        while not self.is_working_day(day):
            day += timedelta(days=1)
        return day


DEFAULT_CALENDAR = WorkingDayCalendar(frozenset(day for day, _text in ROYAL_DECREE_DAYS))


def period_end(
    start_event: date, days: int, calendar: WorkingDayCalendar = DEFAULT_CALENDAR
) -> date:
    """The last day of a period of ``days`` days counted from the day after ``start_event``."""
    if days < 1:
        raise ValueError("a period lasts at least one day")
    try:
        last = calendar.next_working_day(start_event + timedelta(days=days))
        last + timedelta(days=1)  # the day after the period (when one may act) must exist too
    except OverflowError as error:
        raise ValidationError(
            N_(
                "Errors",
                "A period from {date} would end after 31-12-9999, the last day the calendar "
                "knows; check the date.",
            ),
            {"date": format_date(start_event)},
            field="sent_on",
        ) from error
    return last


def standstill_end(
    sent_on: date, days: int = STANDSTILL_DAYS, calendar: WorkingDayCalendar = DEFAULT_CALENDAR
) -> date:
    """The last day of the standstill period after an award decision sent on ``sent_on``;
    the contract may be signed from the day after."""
    return period_end(sent_on, days, calendar)


def transparency_end(
    published_on: date,
    days: int = TRANSPARENCY_DAYS,
    calendar: WorkingDayCalendar = DEFAULT_CALENDAR,
) -> date:
    """The last day of the waiting period after a voluntary transparency notice, counted from
    the day after *publication* (not sending: TenderNed may publish up to 48 hours later)."""
    return period_end(published_on, days, calendar)


def calendar_of(session: Session) -> WorkingDayCalendar:
    """The calendar with this database's table of royal-decree days (maintained by staff)."""
    return WorkingDayCalendar(frozenset(session.scalars(select(ExtraHoliday.day))))


def standstill_days_of(session: Session) -> int:
    """The standstill length set for this municipality (a setting, default 20)."""
    return rule_settings(session).standstill_days


def non_working_days(
    first: date, last: date, calendar: WorkingDayCalendar = DEFAULT_CALENDAR
) -> Collection[date]:
    """The non-working days from ``first`` to ``last`` inclusive (for showing why a period
    was extended)."""
    days = []
    day = first
    while day <= last:
        if not calendar.is_working_day(day):
            days.append(day)
        day += timedelta(days=1)
    return days
