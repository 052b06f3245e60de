"""The pure rules of subsidies (services/subsidies/rules.py): DOMAIN.md section 5's examples and
the properties each rule keeps, without a database."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ssb_desktop.db.tables.subsidies import Application, SubsidyScheme
from ssb_desktop.errors import ValidationError
from ssb_desktop.records import ApplicationRecord, ApplicationStatus, DecidingBody, SchemeRecord
from ssb_desktop.services.deadlines import WorkingDayCalendar
from ssb_desktop.services.subsidies import rules
from ssb_desktop.services.subsidies.rules import Step, Suspension

D = Decimal
S = ApplicationStatus


# --- the status flow --------------------------------------------------------------------------


def test_the_status_flow_is_one_table_with_a_message_for_every_step() -> None:
    assert set(rules.STEPS) == set(Step)
    assert rules.can(Step.GRANT, S.COMPLETE)
    assert not rules.can(Step.GRANT, S.INCOMPLETE)
    assert rules.can(Step.WITHDRAW, S.GRANTED)
    assert not rules.can(Step.WITHDRAW, S.ADVANCE_PAID)
    assert rules.can(Step.CLOSE, S.REFUSED)
    with pytest.raises(ValidationError) as raised:
        rules.require_step(Step.SETTLE, S.REFUSED, "2021-0007")
    assert "2021-0007" in raised.value.english()


def test_every_status_can_be_left_or_ends_the_flow() -> None:
    reachable_from = {status for rule in rules.STEPS.values() for status in rule.allowed_from}
    # Only a closed application takes no step any more.
    assert set(ApplicationStatus) - reachable_from == {S.CLOSED}


# --- lengths ----------------------------------------------------------------------------------


def _length(column: Any) -> Any:
    return column.type.length


def test_the_length_limits_come_from_the_table_definitions() -> None:
    assert rules.MAX_LENGTHS["activity"] == _length(Application.__table__.c.activity) == 300
    assert rules.MAX_LENGTHS["reference"] == _length(Application.__table__.c.reference)
    assert rules.MAX_LENGTHS["scheme_name"] == _length(SubsidyScheme.__table__.c.name)


def test_a_400_character_activity_is_refused_by_the_one_check() -> None:
    record = ApplicationRecord(None, 1, 1, "x" * 400, D("100"), date(2021, 3, 1))
    problems = rules.check_application(record)
    assert [(p.field, p.params) for p in problems] == [("activity", {"limit": 300})]
    fits = ApplicationRecord(None, 1, 1, "x" * 300, D("100"), date(2021, 3, 1))
    assert rules.check_application(fits) == []


def test_a_scheme_name_longer_than_its_column_is_refused() -> None:
    record = SchemeRecord(None, 2021, "n" * 201, D("1000"), date(2021, 1, 1))
    assert [p.field for p in rules.check_scheme(record)] == ["name"]


# --- the ceiling ------------------------------------------------------------------------------


def test_a_raised_ceiling_reaches_an_application_received_before_the_raise() -> None:
    # DOMAIN: ceiling 1,000 raised to 2,000 before anything is decided; an application of
    # 1,500 receives 1,500, not 1,000.
    changes = [(date(2021, 4, 1), D("2000"))]
    ceiling = rules.applicable_ceiling(D("1000"), changes, date(2021, 3, 1), date(2021, 5, 1))
    assert ceiling == D("2000")
    assert rules.within_ceiling(D("1500"), ceiling, D("0")) == D("1500")


def test_a_lowered_ceiling_does_not_reach_an_application_received_before() -> None:
    changes = [(date(2021, 4, 1), D("500"))]
    before = rules.applicable_ceiling(D("1000"), changes, date(2021, 3, 1), date(2021, 5, 1))
    after = rules.applicable_ceiling(D("1000"), changes, date(2021, 4, 2), date(2021, 5, 1))
    assert (before, after) == (D("1000"), D("500"))


@given(
    base=st.integers(0, 10_000),
    changes=st.lists(st.tuples(st.integers(0, 200), st.integers(0, 10_000)), max_size=4),
    received=st.integers(0, 200),
    later=st.integers(0, 100),
)
def test_the_applicable_ceiling_is_the_higher_of_receipt_and_decision(
    base: int, changes: list[tuple[int, int]], received: int, later: int
) -> None:
    start = date(2021, 1, 1)
    history = sorted({start + timedelta(days=day): value for day, value in changes}.items())
    received_on = start + timedelta(days=received)
    decided_on = received_on + timedelta(days=later)
    found = rules.applicable_ceiling(base, history, received_on, decided_on)
    assert found == max(
        rules.ceiling_on(base, history, received_on), rules.ceiling_on(base, history, decided_on)
    )
    assert found >= rules.ceiling_on(base, history, received_on)


def test_grant_problems_name_the_ceiling_the_maximum_and_the_amount_per_member() -> None:
    context = rules.GrantContext(
        scheme_name="Vrijwilligerswerk 2021",
        ceiling=D("10000"),
        granted_before=D("9000"),
        max_per_applicant=D("6000"),
        used_by_applicant=D("5500"),
        amount_per_member=D("10"),
        members=20,
    )
    problems = rules.grant_problems(
        D("1500"), D("2000"), date(2021, 3, 1), date(2021, 4, 1), context
    )
    assert [p.message for p in problems] == [
        rules.ABOVE_CEILING,
        rules.ABOVE_MAXIMUM,
        rules.ABOVE_MEMBERS,
    ]
    assert problems[0].params["left"] == "€ 1.000,00"
    assert rules.grant_problems(D("200"), D("2000"), date(2021, 3, 1), date(2021, 2, 1), context)[
        0
    ].field == ("decision_on")


# --- period, deciding body, references --------------------------------------------------------


def test_received_in_period_names_the_opening_or_closing_date() -> None:
    opens, closes = date(2021, 1, 1), date(2021, 10, 31)
    assert rules.period_problem("R", opens, closes, date(2021, 5, 1)) is None
    early = rules.period_problem("R", opens, closes, date(2020, 12, 31))
    late = rules.period_problem("R", opens, closes, date(2021, 11, 1))
    assert early is not None and early.message == rules.BEFORE_OPENING
    assert late is not None and late.params["date"] == "31-10-2021"


def test_the_contract_holder_decides_from_its_year_on() -> None:
    assert rules.holder_decides(DecidingBody.CONTRACT_HOLDER, 2021, 2021)
    assert not rules.holder_decides(DecidingBody.CONTRACT_HOLDER, 2021, 2020)
    assert not rules.holder_decides(DecidingBody.MUNICIPALITY, None, 2021)
    assert rules.deciding_body_problem(None, "", 7, "2021-0001") is not None
    assert rules.deciding_body_problem(7, "Incluzio", None, "2021-0001") is not None
    assert rules.deciding_body_problem(7, "Incluzio", 7, "2021-0001") is None


def test_the_next_reference_follows_the_highest_existing_number() -> None:
    # The issue: after 2021-0500 existed the form proposed 2021-0029.
    existing = [f"2021-{n:04d}" for n in range(1, 29)] + ["2021-0500", "2020-0900", "eigen-1"]
    highest = rules.highest_numbers(existing)
    assert highest == {2021: 500, 2020: 900}
    assert rules.next_reference(2021, highest[2021])[0] == "2021-0501"
    assert rules.next_reference(2022, highest.get(2022, 0))[0] == "2022-0001"
    assert rules.next_reference(2021, 500, {"2021-0501"})[0] == "2021-0502"


# --- deadlines --------------------------------------------------------------------------------


def test_overlapping_completion_requests_suspend_each_day_once() -> None:
    # DOMAIN: received 01-03-2021, 8 weeks (26-04-2021); requests on 12-03 and 19-03, both
    # answered on 24-03: suspended 13-03 up to 23-03 inclusive, 11 days, deadline 07-05-2021.
    requests = [
        Suspension(date(2021, 3, 12), 14, date(2021, 3, 24)),
        Suspension(date(2021, 3, 19), 14, date(2021, 3, 24)),
    ]
    assert rules.suspended_days(requests, date(2021, 6, 1)) == 11
    plain = rules.decision_deadline(date(2021, 3, 1), today=date(2021, 6, 1))
    assert plain.due == date(2021, 4, 26)
    due = rules.decision_deadline(date(2021, 3, 1), suspensions=requests, today=date(2021, 6, 1))
    assert due.due == date(2021, 5, 7)
    assert (rules.RULE_SUSPENDED, {"days": 11}) in due.basis


def test_the_completion_day_is_not_suspended_and_an_unused_period_runs_out() -> None:
    answered = Suspension(date(2021, 3, 12), 14, date(2021, 3, 13))
    assert rules.suspended_days([answered], date(2021, 6, 1)) == 0
    unused = Suspension(date(2021, 3, 12), 14)
    assert rules.suspended_days([unused], date(2021, 6, 1)) == 14
    # Still open: suspended up to today.
    assert rules.suspended_days([unused], date(2021, 3, 15)) == 3


@given(
    st.lists(
        st.tuples(st.integers(0, 60), st.integers(1, 30), st.none() | st.integers(0, 40)),
        max_size=5,
    )
)
def test_suspended_days_never_exceed_the_days_covered_by_any_request(
    requests: list[tuple[int, int, int | None]],
) -> None:
    start = date(2021, 3, 1)
    suspensions = [
        Suspension(
            start + timedelta(days=day),
            period,
            start + timedelta(days=day + answered) if answered is not None else None,
        )
        for day, period, answered in requests
    ]
    today = date(2021, 12, 31)
    total = rules.suspended_days(suspensions, today)
    assert total <= sum(rules.suspended_days([s], today) for s in suspensions)
    assert total <= len({day for s in suspensions for day in s.days(today)})
    assert all(rules.suspended_days([s], today) <= s.period_days for s in suspensions)


NO_HOLIDAYS = WorkingDayCalendar()


def test_the_atw_moves_the_awb_default_term_but_not_a_scheme_own_term() -> None:
    # Received Saturday 7 March 2020: 8 weeks later is Saturday 2 May.
    received = date(2020, 3, 7)
    awb = rules.decision_deadline(received, today=received, calendar=NO_HOLIDAYS)
    assert awb.due == date(2020, 5, 4)
    assert awb.basis[0][0] == rules.RULE_AWB_DECISION
    assert awb.basis[-1] == (rules.RULE_ATW_MOVED, {"date": "02-05-2020"})
    own = rules.decision_deadline(received, term_weeks=8, today=received, calendar=NO_HOLIDAYS)
    assert own.due == date(2020, 5, 2)
    assert own.basis == ((rules.RULE_SCHEME_DECISION, {"weeks": 8}), (rules.RULE_ATW_OWN, {}))
    declared = rules.decision_deadline(
        received, term_weeks=8, atw_declared=True, today=received, calendar=NO_HOLIDAYS
    )
    assert declared.due == date(2020, 5, 4)


def test_the_atw_does_not_apply_to_a_term_over_twelve_weeks() -> None:
    # 13 weeks after Saturday 7 March 2020 is Saturday 6 June: it stays.
    received = date(2020, 3, 7)
    long = rules.decision_deadline(
        received, term_weeks=13, atw_declared=True, today=received, calendar=NO_HOLIDAYS
    )
    assert long.due == date(2020, 6, 6)
    assert long.basis[-1] == (rules.RULE_ATW_LONG, {})
    assert not rules.atw_applies(formal_law=True, weeks=13)
    assert rules.atw_applies(formal_law=True, weeks=12)


def test_the_objection_term_is_six_weeks_and_formal_law() -> None:
    assert rules.objection_deadline(date(2026, 9, 1)).due == date(2026, 10, 13)
    # Sent Saturday 21 March 2020: six weeks later is Saturday 2 May, moved to Monday.
    moved = rules.objection_deadline(date(2020, 3, 21), NO_HOLIDAYS)
    assert moved.due == date(2020, 5, 4)
    assert "Algemene termijnenwet" in moved.english()
