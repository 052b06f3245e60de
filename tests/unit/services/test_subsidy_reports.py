"""Accountability (verantwoording) and settlement (DOMAIN.md section 5): tiers by granted
amount, a report-due date per grant, reports received, assessed and reminded of, the
settlement proposed from them, and the overdue reports the municipality must see."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal

import pytest

from ssb_desktop.db.database import Database
from ssb_desktop.errors import ValidationError
from ssb_desktop.records import (
    ApplicationFilter,
    ApplicationRecord,
    ApplicationStatus,
    OrganisationKind,
    OrganisationRecord,
    PaymentKind,
    ReportTier,
    SchemeRecord,
    SettlementReason,
    SubsidyLetterKind,
)
from ssb_desktop.services import subsidies
from ssb_desktop.services.organisations import save_organisation
from ssb_desktop.services.subsidies import rules
from ssb_desktop.services.subsidy_letters import letters_to_write, mark_letters_sent

D = Decimal
GRANTED_ON = date(2021, 3, 1)


def test_the_tiers_follow_the_granted_amount() -> None:
    assert rules.report_tier(D("5000.00")) is ReportTier.NONE
    assert rules.report_tier(D("5000.01")) is ReportTier.ACTIVITY
    assert rules.report_tier(D("50000.00")) is ReportTier.ACTIVITY
    assert rules.report_tier(D("50000.01")) is ReportTier.ACTIVITY_AND_FINANCIAL
    assert rules.report_tier(D("800"), D("500"), D("1000")) is ReportTier.ACTIVITY


def test_the_proposal_is_the_grant_the_assessment_or_zero_after_a_reminder() -> None:
    due = date(2022, 3, 31)
    common = {"due": due, "today": date(2022, 6, 1)}
    at_grant = rules.settlement_proposal(
        ReportTier.NONE, D("900"), received=None, assessed_amount=None, reminded=None, **common
    )
    assessed = rules.settlement_proposal(
        ReportTier.ACTIVITY,
        D("9000"),
        received=date(2022, 3, 1),
        assessed_amount=D("7000"),
        reminded=None,
        **common,
    )
    missing = rules.settlement_proposal(
        ReportTier.ACTIVITY,
        D("9000"),
        received=None,
        assessed_amount=None,
        reminded=date(2022, 4, 15),
        **common,
    )
    waiting = rules.settlement_proposal(
        ReportTier.ACTIVITY, D("9000"), received=None, assessed_amount=None, reminded=None, **common
    )
    assert (at_grant.amount, at_grant.basis) == (D("900"), rules.SETTLE_AT_GRANT)
    assert (assessed.amount, assessed.lower_reason) == (D("7000"), "not_carried_out")
    assert (missing.amount, missing.lower_reason) == (D("0.00"), "obligations_not_met")
    assert waiting.amount is None


def _grant(db: Database, amount: str, **scheme_fields: object) -> ApplicationRecord:
    with db.transaction() as session:
        applicant = save_organisation(
            session, OrganisationRecord(None, f"Vereniging {amount}", OrganisationKind.VOLUNTEER)
        )
        scheme = subsidies.save_scheme(
            session,
            SchemeRecord(
                id=None,
                year=2021,
                name=f"Regeling {amount}",
                ceiling=D("500000"),
                opens_on=date(2021, 1, 1),
                **scheme_fields,  # type: ignore[arg-type]
            ),
        )
        assert scheme.id is not None and applicant.id is not None
        application = subsidies.save_application(
            session,
            ApplicationRecord(
                None,
                scheme.id,
                applicant.id,
                "Buurtfeest",
                D(amount),
                date(2021, 2, 1),
                activity_ends_on=date(2021, 9, 30),
            ),
        )
        assert application.id is not None
        subsidies.mark_complete(session, application.id, at=datetime(2021, 2, 2, 9, tzinfo=UTC))
        return subsidies.decide(
            session,
            application.id,
            granted=D(amount),
            on=GRANTED_ON,
            deciding_organisation_id=None,
        )


def test_a_grant_gets_its_tier_and_report_due_date(db: Database) -> None:
    small = _grant(db, "4000")
    middle = _grant(db, "20000")
    large = _grant(db, "60000", report_due_weeks=8)

    assert (small.report_tier, small.report_due) == (ReportTier.NONE, None)
    # 13 weeks after the activity period ends on 30 September 2021.
    assert (middle.report_tier, middle.report_due) == (ReportTier.ACTIVITY, date(2021, 12, 30))
    assert large.report_tier is ReportTier.ACTIVITY_AND_FINANCIAL
    assert large.report_due == date(2021, 11, 25)


def test_a_grant_up_to_the_lowest_tier_is_settled_by_the_grant_itself(db: Database) -> None:
    # DOMAIN 5: up to EUR 5,000 settled at grant without a report; above it a report first.
    small = _grant(db, "4000")
    limit = _grant(db, "5000")
    above = _grant(db, "5000.01")

    for record, amount in ((small, D("4000.00")), (limit, D("5000.00"))):
        assert record.status is ApplicationStatus.SETTLED
        assert (record.settled, record.settled_on) == (amount, GRANTED_ON)
        assert record.settlement_reason is None
        assert record.id is not None
        with db.transaction() as session:
            payments = subsidies.list_payments(session, record.id)
        assert [(p.kind, p.amount, p.paid_on) for p in payments] == [
            (PaymentKind.SETTLEMENT, amount, GRANTED_ON)
        ]
    assert above.status is ApplicationStatus.GRANTED
    assert (above.settled, above.report_tier) == (None, ReportTier.ACTIVITY)


def test_a_trial_allocation_applied_settles_the_small_grants_at_once(db: Database) -> None:
    small = _grant(db, "10")  # only to have a scheme and an applicant
    with db.transaction() as session:
        app = subsidies.save_application(
            session,
            ApplicationRecord(
                None,
                small.scheme_id,
                small.applicant_id,
                "Zomerspelen",
                D("2500"),
                date(2021, 2, 3),
            ),
        )
        assert app.id is not None
        subsidies.mark_complete(session, app.id, at=datetime(2021, 2, 4, 9, tzinfo=UTC))
        subsidies.apply_allocation(session, small.scheme_id, on=GRANTED_ON)
        applied = subsidies.get_application(session, app.id)
    assert applied.status is ApplicationStatus.SETTLED
    assert (applied.granted, applied.settled) == (D("2500.00"), D("2500.00"))


def test_overdue_reports_are_listed_reminded_and_lead_to_a_proposal_of_zero(
    db: Database,
) -> None:
    late = _grant(db, "20000")
    on_time = _grant(db, "30000")
    assert late.id is not None and on_time.id is not None
    with db.transaction() as session:
        subsidies.receive_report(session, on_time.id, on=date(2021, 12, 1))
        overdue = subsidies.list_applications(
            session, ApplicationFilter(report_overdue=True), today=date(2022, 1, 15)
        )
        not_yet = subsidies.list_applications(
            session, ApplicationFilter(report_overdue=True), today=date(2021, 12, 30)
        )
    assert [record.id for record in overdue] == [late.id]
    assert not_yet == []
    with pytest.raises(ValidationError) as early, db.transaction() as session:
        subsidies.remind_report(session, late.id, on=date(2021, 12, 1))
    assert early.value.message == rules.REMINDER_NOT_DUE
    with db.transaction() as session:
        reminded = subsidies.remind_report(session, late.id, on=date(2022, 1, 15))
        proposal = subsidies.settlement_proposal(session, late.id, today=date(2022, 3, 1))
    assert reminded.report_reminded_on == date(2022, 1, 15)
    assert proposal.amount == D("0.00")
    assert proposal.lower_reason == SettlementReason.OBLIGATIONS_NOT_MET.value


def test_an_assessed_report_proposes_the_settlement_which_settles_with_its_reason(
    db: Database,
) -> None:
    grant = _grant(db, "20000")
    assert grant.id is not None
    with db.transaction() as session:
        subsidies.receive_report(session, grant.id, on=date(2021, 11, 1))
        with pytest.raises(ValidationError) as above:
            subsidies.assess_report(session, grant.id, on=date(2021, 11, 10), amount=D("25000"))
        assessed = subsidies.assess_report(
            session,
            grant.id,
            on=date(2021, 11, 10),
            amount=D("18000"),
            note="Eén activiteit minder",
        )
        proposal = subsidies.settlement_proposal(session, grant.id)
        assert proposal.amount is not None and proposal.lower_reason is not None
        settled = subsidies.settle(
            session,
            grant.id,
            proposal.amount,
            SettlementReason(proposal.lower_reason),
            on=date(2021, 12, 1),
        )
    assert above.value.message == rules.ASSESSED_ABOVE_GRANT
    assert (assessed.report_assessed_amount, assessed.report_assessment) == (
        D("18000.00"),
        "Eén activiteit minder",
    )
    assert settled.settled == D("18000.00")
    assert not settled.report_overdue


def test_a_report_for_an_application_without_a_grant_is_refused(db: Database) -> None:
    small = _grant(db, "3000")
    assert small.id is not None
    with pytest.raises(ValidationError) as no_report, db.transaction() as session:
        subsidies.receive_report(session, small.id, on=date(2021, 10, 1))
    assert no_report.value.message == rules.NO_REPORT_NEEDED
    with db.transaction() as session:
        refused_app = subsidies.save_application(
            session,
            ApplicationRecord(
                None, small.scheme_id, small.applicant_id, "Iets anders", D("10"), date(2021, 2, 3)
            ),
        )
        assert refused_app.id is not None
        subsidies.refuse(session, refused_app.id, on=date(2021, 3, 1), reason="Buiten de doelen")
    with pytest.raises(ValidationError) as refused, db.transaction() as session:
        subsidies.receive_report(session, refused_app.id, on=date(2021, 10, 1))
    assert refused.value.message == rules.REPORT_WITHOUT_GRANT
    with pytest.raises(ValidationError) as before, db.transaction() as session:
        grant = _grant(db, "9000")
        assert grant.id is not None
        subsidies.receive_report(session, grant.id, on=date(2021, 2, 1))
    assert before.value.message == rules.REPORT_BEFORE_GRANT


def test_the_dashboard_counts_the_overdue_reports(db: Database) -> None:
    from ssb_desktop.services.dashboard import dashboard_summary

    late = _grant(db, "20000")
    _grant(db, "2000")  # no report needed
    _grant(db, "21000", report_activity_from=D("25000"))  # none under this scheme's tiers
    _grant(db, "22000", report_due_weeks=2_000)  # due in the 2060s
    received = _grant(db, "30000")
    assert late.id is not None and received.id is not None
    with db.transaction() as session:
        subsidies.receive_report(session, received.id, on=date(2021, 12, 1))
        listed = subsidies.list_applications(session, ApplicationFilter(report_overdue=True))
        assert [record.id for record in listed] == [late.id]
        assert dashboard_summary(session).overdue_reports == 1


def test_an_advance_reference_longer_than_its_column_is_refused(db: Database) -> None:
    grant = _grant(db, "20000")
    assert grant.id is not None
    with pytest.raises(ValidationError) as raised, db.transaction() as session:
        subsidies.pay_advance(session, grant.id, D("100"), on=date(2021, 3, 2), reference="x" * 101)
    assert (raised.value.field, raised.value.params) == ("reference", {"limit": 100})


def test_a_grant_settled_at_once_gets_one_letter_that_grants_and_settles(db: Database) -> None:
    small = _grant(db, "4000")
    above = _grant(db, "5000.01")
    assert small.id is not None and above.id is not None
    with db.transaction() as session:
        (combined,) = subsidies.letter_contents(session, scheme_id=small.scheme_id)
        (grant,) = subsidies.letter_contents(session, scheme_id=above.scheme_id)
        waiting = letters_to_write(session, small.scheme_id)
    # One decision letter, dated the grant, not a settlement letter after no grant letter.
    assert combined.kind is SubsidyLetterKind.GRANT_SETTLED
    assert combined.letter_date == GRANTED_ON and combined.sent_on is None
    assert grant.kind is SubsidyLetterKind.GRANT
    assert [letter.kind for letter in waiting] == [SubsidyLetterKind.GRANT_SETTLED]

    # Sending it records both decisions as sent: nothing waits afterwards.
    with db.transaction() as session:
        mark_letters_sent(session, small.scheme_id, GRANTED_ON, today=date(2026, 12, 7))
    with db.transaction() as session:
        assert letters_to_write(session, small.scheme_id) == []
        (again,) = letters_to_write(session, small.scheme_id, all_again=True)
    assert again.kind is SubsidyLetterKind.GRANT_SETTLED and again.sent_on == GRANTED_ON
