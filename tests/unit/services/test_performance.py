"""Performance agreements, reports, assessments and opinions of a contract (DOMAIN.md 3)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from ssb_desktop.db.database import Database
from ssb_desktop.db.tables import District
from ssb_desktop.errors import ValidationError
from ssb_desktop.records import (
    Assessment,
    ContractRecord,
    DistrictOpinionRecord,
    IndicatorRecord,
    OptionStatus,
    PerformanceReportRecord,
    ReportValue,
    TargetRecord,
)
from ssb_desktop.services import awards, performance
from tests.unit.services.test_awards import Lot, _definitive, _scored_lot


def _districts(session: Session) -> dict[str, int]:
    """Three of Leiden's districts (DOMAIN.md section 6), added when missing."""
    for number, name in ((3, "Leiden-Noord"), (8, "Merenwijkdistrict"), (9, "Stevenshofdistrict")):
        if session.scalar(select(District.id).where(District.name == name)) is None:
            session.add(District(number=number, name=name))
    session.flush()
    return {name: i for name, i in session.execute(select(District.name, District.id))}


def _contract(session: Session, lot: Lot, reference: str = "C-1") -> ContractRecord:
    award = _definitive(session, lot)
    contract = awards.create_contract(
        session,
        award.id,
        reference=reference,
        start=date(2026, 7, 1),
        end=date(2028, 6, 30),
        value=Decimal("480000"),
        notice_months=6,
        options=(24,),
    )
    assert contract.id is not None
    return performance.set_report_schedule(
        session, contract.id, months=3, due_days=42, version=contract.version
    )


def _indicators(session: Session, contract: ContractRecord) -> tuple[IndicatorRecord, ...]:
    assert contract.id is not None
    d = _districts(session)
    volunteers = performance.save_indicator(
        session,
        IndicatorRecord(
            None,
            contract.id,
            "Vrijwilligers ondersteund",
            "personen",
            targets=(
                TargetRecord(2026, Decimal(20), d["Merenwijkdistrict"]),
                TargetRecord(2026, Decimal(10), d["Leiden-Noord"]),
                TargetRecord(2027, Decimal(40), d["Merenwijkdistrict"]),
                TargetRecord(2027, Decimal(20), d["Leiden-Noord"]),
            ),
        ),
    )
    meetings = performance.save_indicator(
        session,
        IndicatorRecord(
            None,
            contract.id,
            "Netwerkbijeenkomsten",
            "bijeenkomsten",
            targets=(TargetRecord(2026, Decimal(4)), TargetRecord(2027, Decimal(8))),
        ),
    )
    return volunteers, meetings


def _report(
    contract: ContractRecord, start: date, end: date, *values: ReportValue
) -> PerformanceReportRecord:
    assert contract.id is not None
    return PerformanceReportRecord(
        None, contract.id, start, end, received_on=end.replace(day=28), values=values
    )


def test_a_report_period_past_its_due_date_without_a_report_is_overdue(db: Database) -> None:
    lot = _scored_lot(db)
    with db.transaction() as session:
        contract = _contract(session, lot)
        # Q3 2026 (01-07 to 30-09) is due 42 days later, on 11-11-2026.
        assert performance.overdue_reports(session, date(2026, 11, 11)) == []
        overdue = performance.overdue_reports(session, date(2026, 12, 1))
        assert [(o.period_start, o.period_end, o.due_on, o.days_overdue) for o in overdue] == [
            (date(2026, 7, 1), date(2026, 9, 30), date(2026, 11, 11), 20)
        ]
        assert overdue[0].contractor == "Stichting Alfa"
        performance.save_report(session, _report(contract, date(2026, 7, 1), date(2026, 9, 30)))
        assert performance.overdue_reports(session, date(2026, 12, 1)) == []


def test_values_for_an_indicator_or_district_not_of_the_contract_are_refused(
    db: Database,
) -> None:
    lot = _scored_lot(db)
    with db.transaction() as session:
        contract = _contract(session, lot)
        volunteers, meetings = _indicators(session, contract)
        d = _districts(session)
        assert volunteers.id is not None and meetings.id is not None
        q3 = (date(2026, 7, 1), date(2026, 9, 30))
        with pytest.raises(ValidationError, match="District Stevenshofdistrict does not belong"):
            performance.save_report(
                session,
                _report(
                    contract, *q3, ReportValue(volunteers.id, d["Stevenshofdistrict"], Decimal(3))
                ),
            )
        with pytest.raises(ValidationError, match="agreed per district"):
            performance.save_report(
                session, _report(contract, *q3, ReportValue(volunteers.id, None, Decimal(3)))
            )
        with pytest.raises(ValidationError, match="does not belong to contract C-1"):
            performance.save_report(
                session, _report(contract, *q3, ReportValue(volunteers.id + 999, None, Decimal(3)))
            )
        with pytest.raises(ValidationError, match="outside the term of contract C-1"):
            performance.save_report(session, _report(contract, date(2028, 7, 1), date(2028, 9, 30)))
        saved = performance.save_report(
            session,
            _report(
                contract,
                *q3,
                ReportValue(volunteers.id, d["Merenwijkdistrict"], Decimal(6)),
                ReportValue(meetings.id, None, Decimal(1)),
            ),
        )
        with pytest.raises(ValidationError, match="overlaps this period"):
            performance.save_report(
                session, _report(contract, date(2026, 9, 1), date(2026, 12, 31))
            )
    assert {(v.indicator_name, v.district_name, v.value) for v in saved.values} == {
        ("Vrijwilligers ondersteund", "Merenwijkdistrict", Decimal("6.00")),
        ("Netwerkbijeenkomsten", "", Decimal("1.00")),
    }


def test_a_report_period_becomes_possible_once_the_option_extends_the_term(db: Database) -> None:
    lot = _scored_lot(db)
    with db.transaction() as session:
        contract = _contract(session, lot)
        later = _report(contract, date(2028, 7, 1), date(2028, 9, 30))
        with pytest.raises(ValidationError, match="01-07-2026 to 30-06-2028"):
            performance.save_report(session, later)
        option = contract.options[0]
        awards.decide_option(
            session,
            option.id,
            exercised=True,
            on=date(2027, 12, 1),
            reason="",
            version=option.version,
        )
        assert performance.save_report(session, later).id is not None


def test_the_option_decision_records_the_assessed_performance(db: Database) -> None:
    lot = _scored_lot(db)
    with db.transaction() as session:
        contract = _contract(session, lot)
        for start, end, verdict in (
            (date(2026, 7, 1), date(2026, 9, 30), Assessment.GOOD),
            (date(2026, 10, 1), date(2026, 12, 31), Assessment.SUFFICIENT),
            (date(2027, 1, 1), date(2027, 3, 31), Assessment.GOOD),
        ):
            report = performance.save_report(session, _report(contract, start, end))
            assert report.id is not None
            performance.assess_report(
                session,
                report.id,
                assessment=verdict,
                text="Op koers",
                on=end.replace(day=28),
                version=report.version,
            )
        last_id = report.id or 0
        with pytest.raises(ValidationError, match="insufficient"):
            performance.assess_report(
                session,
                last_id,
                assessment=Assessment.INSUFFICIENT,
                text="",
                on=date(2027, 4, 1),
                version=performance.get_report(session, last_id).version,
            )
        option = contract.options[0]
        decided = awards.decide_option(
            session,
            option.id,
            exercised=True,
            on=date(2027, 12, 1),
            reason="",
            version=option.version,
        )
    basis = performance.summary_from_json(decided.options[0].performance_basis)
    assert decided.options[0].status is OptionStatus.EXERCISED
    assert basis is not None
    assert (basis.reports, basis.good, basis.sufficient, basis.insufficient) == (3, 2, 1, 0)
    assert (basis.latest, basis.latest_period_end) == (Assessment.GOOD, date(2027, 3, 31))
    # Q2 and Q3 2027 were due by 01-12-2027 and never came.
    assert basis.overdue == 2


def test_targets_and_realised_values_per_year_sum_the_districts(db: Database) -> None:
    lot = _scored_lot(db)
    with db.transaction() as session:
        contract = _contract(session, lot)
        volunteers, meetings = _indicators(session, contract)
        d = _districts(session)
        assert volunteers.id is not None and meetings.id is not None
        performance.save_report(
            session,
            _report(
                contract,
                date(2026, 7, 1),
                date(2026, 12, 31),
                ReportValue(volunteers.id, d["Merenwijkdistrict"], Decimal(15)),
                ReportValue(volunteers.id, d["Leiden-Noord"], Decimal(12)),
                ReportValue(meetings.id, None, Decimal(3)),
            ),
        )
        series = {s.name: s for s in performance.indicator_series(session, contract.id or 0)}
    assert [(p.year, p.target, p.realised) for p in series["Vrijwilligers ondersteund"].points] == [
        (2026, Decimal(30), Decimal(27)),
        (2027, Decimal(60), None),
    ]
    assert [(p.year, p.target, p.realised) for p in series["Netwerkbijeenkomsten"].points] == [
        (2026, Decimal(4), Decimal(3)),
        (2027, Decimal(8), None),
    ]


def test_a_target_outside_the_term_with_its_options_is_refused(db: Database) -> None:
    lot = _scored_lot(db)
    with db.transaction() as session:
        contract = _contract(session, lot)
        assert contract.id is not None
        # The option runs to 30-06-2030, so 2030 is fine and 2031 is not.
        performance.save_indicator(
            session,
            IndicatorRecord(None, contract.id, "Bereik", targets=(TargetRecord(2030, Decimal(1)),)),
        )
        with pytest.raises(ValidationError, match="A target for 2031 lies outside contract C-1"):
            performance.save_indicator(
                session,
                IndicatorRecord(
                    None, contract.id, "Bereik 2", targets=(TargetRecord(2031, Decimal(1)),)
                ),
            )


def test_a_district_platform_gives_one_opinion_per_report_on_its_own_district(
    db: Database,
) -> None:
    lot = _scored_lot(db)
    with db.transaction() as session:
        contract = _contract(session, lot)
        _indicators(session, contract)
        d = _districts(session)
        report = performance.save_report(
            session, _report(contract, date(2026, 7, 1), date(2026, 9, 30))
        )
        assert report.id is not None
        opinion = DistrictOpinionRecord(
            None, report.id, d["Merenwijkdistrict"], date(2026, 10, 15), "Goed zichtbaar in de wijk"
        )
        saved = performance.save_opinion(session, opinion)
        with pytest.raises(ValidationError, match="already gave its opinion"):
            performance.save_opinion(session, opinion)
        with pytest.raises(ValidationError, match="no agreements for this district"):
            performance.save_opinion(session, replace(opinion, district_id=d["Stevenshofdistrict"]))
        opinions = performance.get_report(session, report.id).opinions
    assert saved.district_name == "Merenwijkdistrict"
    assert [(o.district_name, o.opinion) for o in opinions] == [
        ("Merenwijkdistrict", "Goed zichtbaar in de wijk")
    ]
