"""The demo that ``ssb-desktop demo`` writes lives today: every clock of the Dashboard shows
something real on the day it is made (issue 16)."""

from __future__ import annotations

from datetime import date

import pytest

from ssb_desktop.db.database import Database
from ssb_desktop.formatting import local_today
from ssb_desktop.records import OptionStatus
from ssb_desktop.services import awards, performance, transparency
from ssb_desktop.services.demo import build_demo
from ssb_desktop.services.organisations import list_organisations


@pytest.fixture
def demo(db: Database) -> Database:
    with db.transaction() as session:
        build_demo(session, next_cycle=True)
    return db


def test_the_demo_lives_today_with_every_clock_running(demo: Database) -> None:
    """A standstill and a transparency period run, an option must be decided within three
    months, a contract ends within 18 months, a report is overdue, SSB-2019-1 was extended on
    success with its record at hand, and Libertas became BuZz."""
    today = local_today()
    with demo.transaction() as session:
        clocks = awards.award_clocks(session, today)
        notices = transparency.running_notices(session, today)
        ending = transparency.ending_contracts(session, today)
        overdue = performance.overdue_reports(session, today)
        contracts = {c.reference: c for c in awards.list_contracts(session)}
        leiden = contracts["SSB-2019-1"]
        reports = performance.list_reports(session, leiden.id or 0)
        organisations = {o.name: o for o in list_organisations(session)}
    assert len(clocks.standstill) == 1 and clocks.standstill[0].days_left >= 10
    assert len(notices) == 1 and notices[0].last_day >= today
    assert len(clocks.options_due) == 1 and 0 <= clocks.options_due[0].days_left <= 92
    assert len(ending) == 1 and ending[0].contract_reference.endswith("-BK-1")
    assert len(overdue) == 1
    option = leiden.options[0]
    assert (option.status, option.decided_on) == (OptionStatus.EXERCISED, date(2021, 12, 10))
    assert leiden.current_end == date(2024, 6, 30)
    basis = performance.summary_from_json(option.performance_basis)
    assert basis is not None and (basis.reports, basis.good, basis.sufficient) == (2, 1, 1)
    assert sum(len(r.opinions) for r in reports) == 6
    libertas = organisations["Stichting Libertas Leiden"]
    assert libertas.archived and libertas.successor_name == "BuZz"
    bridging = ending[0].contract_reference
    assert contracts[bridging].parties[0].successor_name == "BuZz"
