"""Subsidy schemes, applications, the status flow and allocation, at service level."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any

import pytest
from sqlalchemy import func, select

from ssb_desktop.db.database import Database
from ssb_desktop.db.tables import Application, AuditEntry, Contract, ContractParty, District, Theme
from ssb_desktop.errors import ConflictError, PermissionDeniedError, ValidationError
from ssb_desktop.records import (
    AllocationOutcome,
    ApplicationFilter,
    ApplicationRecord,
    ApplicationStatus,
    ConsortiumRole,
    DecidingBody,
    DistributionRule,
    LotRecord,
    OrganisationKind,
    OrganisationRecord,
    PaymentKind,
    ProcedureType,
    ProcurementRecord,
    Role,
    SchemeRecord,
    SettlementReason,
)
from ssb_desktop.services.organisations import save_organisation
from ssb_desktop.services.procurement import save_lot, save_procurement
from ssb_desktop.services.subsidies import (
    apply_allocation,
    budget_use,
    change_ceiling,
    close,
    decide,
    get_application,
    list_applications,
    list_payments,
    mark_complete,
    money_per_theme_and_district,
    pay_advance,
    refuse,
    register_of_organisation,
    request_completion,
    save_application,
    save_scheme,
    settle,
    trial_allocation,
    withdraw,
)

D = Decimal


@dataclass(frozen=True)
class World:
    theme: int
    districts: tuple[int, ...]
    municipal: SchemeRecord  # 2020, the municipality decides, ceiling 1000
    holder_scheme: SchemeRecord  # 2021, the theme's contract holder decides
    holder: int  # lead party of the theme's contract
    other_professional: int
    volunteers: tuple[int, ...]


def _id(record: OrganisationRecord) -> int:
    assert record.id is not None
    return record.id


def _world(db: Database) -> World:
    with db.transaction() as session:
        theme = session.scalars(select(Theme.id).where(Theme.name == "Opgroeien")).one()
        districts = tuple(session.scalars(select(District.id).order_by(District.number)))
        holder, other = (
            save_organisation(
                session, OrganisationRecord(None, name, OrganisationKind.PROFESSIONAL)
            ).id
            for name in ("Incluzio Leiden", "Radius")
        )
        volunteers = tuple(
            _id(
                save_organisation(
                    session, OrganisationRecord(None, name, OrganisationKind.VOLUNTEER)
                )
            )
            for name in ("Buurtvereniging Noord", "Speeltuin De Kikker", "Vrouwen van Nu")
        )
        procurement = save_procurement(
            session,
            ProcurementRecord(
                id=None,
                reference="SSB-2019",
                title="Sterke Sociale Basis",
                procedure_type=ProcedureType.LIGHT_REGIME,
                estimated_value=D("2500000"),
            ),
        )
        assert procurement.id is not None
        lot = save_lot(
            session, LotRecord(id=None, procurement_id=procurement.id, number=1, theme_id=theme)
        )
        assert holder is not None and other is not None and lot.id is not None
        contract = Contract(
            lot_id=lot.id,
            reference="C-2020-1",
            start_date=date(2020, 7, 1),
            end_date=date(2024, 6, 30),
            value=D("2500000.00"),
        )
        contract.parties = [ContractParty(organisation_id=holder, role=ConsortiumRole.LEAD)]
        session.add(contract)
        session.flush()
        municipal = save_scheme(
            session,
            SchemeRecord(
                id=None,
                year=2020,
                name="Vrijwilligerswerk 2020",
                ceiling=D("1000.00"),
                opens_on=date(2020, 1, 1),
                closes_on=date(2020, 12, 31),
                announced_on=date(2019, 12, 1),
                theme_id=theme,
                # Every grant here needs a report, so that its steps up to the settlement stay
                # open; the lowest tier, settled at the grant, is tested in test_subsidy_reports.
                report_activity_from=D("0.00"),
            ),
        )
        holder_scheme = save_scheme(
            session,
            SchemeRecord(
                id=None,
                year=2021,
                name="Vrijwilligerswerk 2021",
                ceiling=D("5000.00"),
                opens_on=date(2021, 1, 1),
                closes_on=date(2021, 12, 31),
                theme_id=theme,
                deciding_body=DecidingBody.CONTRACT_HOLDER,
                contract_holder_from_year=2021,
                report_activity_from=D("0.00"),
            ),
        )
    return World(theme, districts, municipal, holder_scheme, holder, other, volunteers)


def _apply(
    db: Database, scheme: SchemeRecord, applicant: int, requested: str, **fields: Any
) -> ApplicationRecord:
    assert scheme.id is not None
    values: dict[str, Any] = {
        "activity": "Buurtmaaltijd",
        "received_on": date(scheme.year, 2, 1),
    }
    values.update(fields)
    with db.transaction() as session:
        return save_application(
            session,
            ApplicationRecord(
                id=None,
                scheme_id=scheme.id,
                applicant_id=applicant,
                requested=D(requested),
                **values,
            ),
        )


def _complete(db: Database, application: ApplicationRecord, day: int = 2) -> ApplicationRecord:
    assert application.id is not None
    with db.transaction() as session:
        return mark_complete(
            session,
            application.id,
            at=datetime(application.year, 2, day, 10, tzinfo=UTC),
        )


def _granted(db: Database, world: World, requested: str, granted: str) -> ApplicationRecord:
    application = _complete(db, _apply(db, world.municipal, world.volunteers[0], requested))
    assert application.id is not None
    with db.transaction() as session:
        return decide(
            session,
            application.id,
            granted=D(granted),
            on=date(2020, 3, 1),
            deciding_organisation_id=None,
        )


# --- schemes and applications -----------------------------------------------------------------


def test_an_application_gets_a_reference_deadline_and_the_municipality_as_deciding_body(
    db: Database,
) -> None:
    world = _world(db)
    application = _apply(
        db,
        world.municipal,
        world.volunteers[0],
        "750.50",
        district_ids=(world.districts[3], world.districts[0]),
    )

    assert application.reference == "2020-0001"
    assert application.status is ApplicationStatus.RECEIVED
    assert application.deciding_body is DecidingBody.MUNICIPALITY
    assert application.deciding_organisation_id is None
    assert application.applicant_name == "Buurtvereniging Noord"
    assert application.theme_name == "Opgroeien"
    assert application.district_names == ("Binnenstad-Zuid", "Leiden-Noord")
    # 8 weeks after 1 February 2020 is Saturday 28 March: the deadline moves to Monday.
    assert application.decision_due == date(2020, 3, 30)


def test_from_2021_the_contract_holder_of_the_theme_decides(db: Database) -> None:
    world = _world(db)
    application = _apply(db, world.holder_scheme, world.volunteers[1], "300")

    assert application.deciding_body is DecidingBody.CONTRACT_HOLDER
    assert application.deciding_organisation_id == world.holder
    assert application.deciding_organisation_name == "Incluzio Leiden"


def test_an_application_for_a_closed_scheme_is_refused_and_nothing_is_written(
    db: Database,
) -> None:
    world = _world(db)
    with pytest.raises(ValidationError, match="closed on 31-12-2020") as caught:
        _apply(db, world.municipal, world.volunteers[0], "100", received_on=date(2021, 1, 4))
    assert caught.value.field == "received_on"
    with pytest.raises(ValidationError, match="opens on 01-01-2021"):
        _apply(db, world.holder_scheme, world.volunteers[0], "100", received_on=date(2020, 12, 1))
    with db.transaction() as session:
        assert session.scalar(select(func.count()).select_from(Application)) == 0


@pytest.mark.parametrize("requested", ["0", "-5"])
def test_the_requested_amount_must_be_positive(db: Database, requested: str) -> None:
    world = _world(db)
    with pytest.raises(ValidationError, match="more than zero"):
        _apply(db, world.municipal, world.volunteers[0], requested)


def test_the_applicant_must_be_an_organisation_in_the_register(db: Database) -> None:
    world = _world(db)
    with pytest.raises(ValidationError, match="must be an organisation") as caught:
        _apply(db, world.municipal, 999_999, "100")
    assert caught.value.field == "applicant_id"


def test_no_contract_for_the_theme_gives_a_clear_message(db: Database) -> None:
    world = _world(db)
    with db.transaction() as session:
        scheme = save_scheme(
            session,
            replace(
                world.holder_scheme,
                id=None,
                year=2025,
                opens_on=date(2025, 1, 1),
                closes_on=None,
                version=0,
            ),
        )
    with pytest.raises(ValidationError, match="no contract of that theme runs on 01-02-2025"):
        _apply(db, scheme, world.volunteers[0], "100")


def test_a_stale_application_is_a_conflict(db: Database) -> None:
    world = _world(db)
    application = _apply(db, world.municipal, world.volunteers[0], "100")
    with db.transaction() as session:
        save_application(session, replace(application, notes="eerste"))
    with pytest.raises(ConflictError), db.transaction() as session:
        save_application(session, replace(application, notes="tweede"))


def test_filters_by_scheme_district_status_and_deciding_body(db: Database) -> None:
    world = _world(db)
    first = _apply(
        db, world.municipal, world.volunteers[0], "100", district_ids=(world.districts[1],)
    )
    _complete(db, _apply(db, world.municipal, world.volunteers[1], "200"))
    later = _apply(db, world.holder_scheme, world.volunteers[2], "300")

    with db.transaction() as session:

        def refs(**fields: Any) -> list[str]:
            return [a.reference for a in list_applications(session, ApplicationFilter(**fields))]

        assert refs(district_id=world.districts[1]) == [first.reference]
        assert refs(scheme_id=world.holder_scheme.id) == [later.reference]
        assert refs(statuses=frozenset({ApplicationStatus.COMPLETE})) == ["2020-0002"]
        assert refs(deciding_body=DecidingBody.CONTRACT_HOLDER) == [later.reference]
        assert refs(deciding_organisation_id=world.holder) == [later.reference]
        assert refs(theme_id=world.theme, year=2020) == ["2020-0001", "2020-0002"]


def test_a_reader_may_not_change_subsidies(db: Database, act_as: Any) -> None:
    world = _world(db)
    act_as(db, "lezer", Role.READ_ONLY)
    with pytest.raises(PermissionDeniedError, match="subsidy officer"):
        _apply(db, world.municipal, world.volunteers[0], "100")


# --- decisions --------------------------------------------------------------------------------


def test_granting_beyond_the_ceiling_is_refused(db: Database) -> None:
    world = _world(db)
    _granted(db, world, "800", "800")
    second = _complete(db, _apply(db, world.municipal, world.volunteers[1], "500"))
    assert second.id is not None

    with (
        pytest.raises(ValidationError, match="€ 200,00 is left") as caught,
        db.transaction() as session,
    ):
        decide(
            session,
            second.id,
            granted=D("500"),
            on=date(2020, 3, 2),
            deciding_organisation_id=None,
        )
    assert caught.value.field == "granted"
    with db.transaction() as session:
        assert get_application(session, second.id).status is ApplicationStatus.COMPLETE
        partly = decide(
            session, second.id, granted=D("200"), on=date(2020, 3, 2), deciding_organisation_id=None
        )
    assert partly.status is ApplicationStatus.PARTLY_GRANTED
    assert partly.objection_due == date(2020, 4, 14)  # 6 weeks after 2 March 2020


def test_a_decision_by_a_body_that_is_not_the_deciding_body_is_refused(db: Database) -> None:
    world = _world(db)
    application = _complete(db, _apply(db, world.holder_scheme, world.volunteers[0], "300"))
    assert application.id is not None
    for wrong in (None, world.other_professional):
        with (
            pytest.raises(ValidationError, match="Incluzio Leiden decides"),
            db.transaction() as session,
        ):
            decide(
                session,
                application.id,
                granted=D("300"),
                on=date(2021, 3, 1),
                deciding_organisation_id=wrong,
            )
    with db.transaction() as session:
        granted = decide(
            session,
            application.id,
            granted=D("300"),
            on=date(2021, 3, 1),
            deciding_organisation_id=world.holder,
        )
    assert granted.status is ApplicationStatus.GRANTED

    municipal = _complete(db, _apply(db, world.municipal, world.volunteers[1], "100"))
    assert municipal.id is not None
    with (
        pytest.raises(ValidationError, match="The municipality decides"),
        db.transaction() as session,
    ):
        refuse(
            session,
            municipal.id,
            on=date(2020, 3, 1),
            reason="Geen budget",
            deciding_organisation_id=world.holder,
        )


def test_an_incomplete_application_cannot_be_granted(db: Database) -> None:
    world = _world(db)
    application = _apply(db, world.municipal, world.volunteers[0], "100")
    assert application.id is not None
    with (
        pytest.raises(ValidationError, match="Mark it complete first"),
        db.transaction() as session,
    ):
        decide(
            session,
            application.id,
            granted=D("100"),
            on=date(2020, 3, 1),
            deciding_organisation_id=None,
        )


def test_a_completion_request_suspends_the_decision_deadline(db: Database) -> None:
    world = _world(db)
    application = _apply(db, world.municipal, world.volunteers[0], "100")
    assert application.id is not None
    with db.transaction() as session:
        asked = request_completion(session, application.id, on=date(2020, 2, 10))
    assert asked.status is ApplicationStatus.INCOMPLETE
    with db.transaction() as session:
        done = mark_complete(session, application.id, at=datetime(2020, 2, 20, 9, tzinfo=UTC))
    assert done.status is ApplicationStatus.COMPLETE
    # 56 days + 9 suspended (11 up to, not including, 20 February) after 1 February 2020:
    # Monday 6 April (not 28 March).
    assert done.decision_due == date(2020, 4, 6)


def test_a_lower_settlement_needs_a_reason_code_and_advances_become_a_reclaim(
    db: Database,
) -> None:
    world = _world(db)
    application = _granted(db, world, "600", "600")
    assert application.id is not None
    with db.transaction() as session:
        pay_advance(session, application.id, D("500"), on=date(2020, 3, 5))
    with (
        pytest.raises(ValidationError, match="choose the reason") as caught,
        db.transaction() as session,
    ):
        settle(session, application.id, D("400"), on=date(2021, 2, 1))
    assert caught.value.field == "settlement_reason"

    with db.transaction() as session:
        settled = settle(
            session,
            application.id,
            D("400"),
            SettlementReason.NOT_CARRIED_OUT,
            on=date(2021, 2, 1),
        )
        payments = list_payments(session, application.id)
    assert settled.status is ApplicationStatus.SETTLED
    assert settled.settlement_reason is SettlementReason.NOT_CARRIED_OUT
    assert settled.balance == D("-100.00")
    assert settled.reclaimed == D("100.00")
    assert [(p.kind, p.amount) for p in payments] == [
        (PaymentKind.ADVANCE, D("500.00")),
        (PaymentKind.RECLAIM, D("100.00")),
    ]
    with db.transaction() as session:
        assert close(session, application.id).status is ApplicationStatus.CLOSED


def test_a_settlement_above_the_grant_needs_an_explicit_decision(db: Database) -> None:
    world = _world(db)
    application = _granted(db, world, "600", "500")
    assert application.id is not None
    with (
        pytest.raises(ValidationError, match="explicit decision") as caught,
        db.transaction() as session,
    ):
        settle(session, application.id, D("550"), on=date(2021, 2, 1))
    assert caught.value.field == "settlement_above_grant_reason"
    with db.transaction() as session:
        settled = settle(
            session,
            application.id,
            D("550"),
            above_grant_reason="Extra deelnemers, akkoord wethouder",
            on=date(2021, 2, 1),
        )
        payments = list_payments(session, application.id)
    assert settled.settled == D("550.00")
    assert settled.settlement_above_grant_reason == "Extra deelnemers, akkoord wethouder"
    assert [(p.kind, p.amount) for p in payments] == [(PaymentKind.SETTLEMENT, D("550.00"))]


def test_status_flow_refuses_steps_out_of_order(db: Database) -> None:
    world = _world(db)
    application = _granted(db, world, "100", "100")
    assert application.id is not None
    with pytest.raises(ValidationError, match="can be closed only"), db.transaction() as session:
        close(session, application.id)
    with db.transaction() as session:
        pay_advance(session, application.id, D("50"), on=date(2020, 3, 5))
    with (
        pytest.raises(ValidationError, match="can no longer be withdrawn"),
        db.transaction() as session,
    ):
        withdraw(session, application.id, on=date(2020, 4, 1))
    with (
        pytest.raises(ValidationError, match="may not exceed the grant"),
        db.transaction() as session,
    ):
        pay_advance(session, application.id, D("60"), on=date(2020, 3, 6))


# --- ceilings and allocation ------------------------------------------------------------------


def test_a_lowered_ceiling_does_not_affect_applications_received_before(db: Database) -> None:
    world = _world(db)
    before = _complete(db, _apply(db, world.municipal, world.volunteers[0], "900"), day=3)
    with db.transaction() as session:
        assert world.municipal.id is not None
        scheme = change_ceiling(
            session, world.municipal.id, D("500"), date(2020, 2, 2), "Bezuiniging"
        )
    assert scheme.current_ceiling == D("500.00")
    after = _complete(
        db, _apply(db, world.municipal, world.volunteers[1], "100", received_on=date(2020, 2, 2))
    )
    assert before.id is not None and after.id is not None
    with db.transaction() as session:
        trial = trial_allocation(session, world.municipal.id)
    by_id = {line.application_id: line for line in trial.lines}
    # The later one completed first, but its ceiling is 500; the earlier keeps 1000.
    assert by_id[after.id].granted == D("100.00")
    assert by_id[before.id].granted == D("900.00")
    with pytest.raises(ValidationError, match="Give the reason"), db.transaction() as session:
        change_ceiling(session, world.municipal.id, D("400"), date(2020, 3, 1), " ")


def test_trial_allocation_writes_nothing_and_apply_decides_everyone(db: Database) -> None:
    world = _world(db)
    applications = [
        _complete(db, _apply(db, world.municipal, volunteer, "400"), day=day)
        for day, volunteer in zip((2, 3, 4), world.volunteers, strict=True)
    ]
    assert world.municipal.id is not None
    with db.transaction() as session:
        trial = trial_allocation(session, world.municipal.id)
        entries = session.scalar(select(func.count()).select_from(AuditEntry))
    assert [line.outcome for line in trial.lines] == [
        AllocationOutcome.GRANTED,
        AllocationOutcome.GRANTED,
        AllocationOutcome.PARTLY,
    ]
    assert [line.granted for line in trial.lines] == [D("400.00"), D("400.00"), D("200.00")]
    assert trial.remaining == D("0.00")
    with db.transaction() as session:
        assert session.scalar(select(func.count()).select_from(AuditEntry)) == entries
        assert apply_allocation(session, world.municipal.id, on=date(2020, 3, 1)) == 3

    with db.transaction() as session:
        decided = [get_application(session, a.id) for a in applications if a.id]
        audited = session.scalar(
            select(func.count())
            .select_from(AuditEntry)
            .where(AuditEntry.table_name == "applications")
        )
        use = budget_use(session)
    assert [a.status for a in decided] == [
        ApplicationStatus.GRANTED,
        ApplicationStatus.GRANTED,
        ApplicationStatus.PARTLY_GRANTED,
    ]
    assert audited is not None and audited >= 3 + 3 + 3  # created, completed, decided
    municipal_use = next(u for u in use if u.scheme_id == world.municipal.id)
    assert (municipal_use.ceiling, municipal_use.granted, municipal_use.remaining) == (
        D("1000.00"),
        D("1000.00"),
        D("0.00"),
    )
    assert municipal_use.pending == 0


def test_an_allocation_with_an_invalid_date_writes_no_decision(db: Database) -> None:
    world = _world(db)
    application = _complete(db, _apply(db, world.municipal, world.volunteers[0], "100"))
    assert world.municipal.id is not None and application.id is not None
    with pytest.raises(ValidationError, match="before the receipt"), db.transaction() as session:
        apply_allocation(session, world.municipal.id, on=date(2020, 1, 15))
    with db.transaction() as session:
        assert get_application(session, application.id).status is ApplicationStatus.COMPLETE


def test_pro_rata_scheme_shares_the_ceiling(db: Database) -> None:
    world = _world(db)
    with db.transaction() as session:
        scheme = save_scheme(
            session,
            replace(
                world.municipal, distribution_rule=DistributionRule.PRO_RATA, announced_on=None
            ),
        )
    for volunteer in world.volunteers:
        _complete(db, _apply(db, scheme, volunteer, "500"))
    assert scheme.id is not None
    with db.transaction() as session:
        trial = trial_allocation(session, scheme.id)
    assert sorted(line.granted for line in trial.lines) == [D("333.33"), D("333.33"), D("333.34")]


# --- money overviews --------------------------------------------------------------------------


def test_money_per_theme_and_district_and_the_register_of_an_organisation(db: Database) -> None:
    world = _world(db)
    application = _complete(
        db,
        _apply(
            db,
            world.municipal,
            world.volunteers[0],
            "301",
            district_ids=(world.districts[0], world.districts[1]),
        ),
    )
    assert application.id is not None
    with db.transaction() as session:
        decide(
            session,
            application.id,
            granted=D("301"),
            on=date(2020, 3, 1),
            deciding_organisation_id=None,
        )
        rows = money_per_theme_and_district(session, 2020)
        register = register_of_organisation(session, world.volunteers[0])
        holder_register = register_of_organisation(session, world.holder)

    summary = {(r.theme_name, r.district_name): (r.contracted, r.granted) for r in rows}
    assert summary == {
        ("Opgroeien", ""): (D("2500000.00"), D("0.00")),
        ("Opgroeien", "Binnenstad-Zuid"): (D("0.00"), D("150.50")),
        ("Opgroeien", "Binnenstad-Noord"): (D("0.00"), D("150.50")),
    }
    assert [(y.year, y.applications, y.applied, y.granted) for y in register.years] == [
        (2020, 1, D("301.00"), D("301.00"))
    ]
    assert holder_register.totals.contracts == 1
    assert holder_register.totals.contracted == D("2500000.00")


# --- ranking scores, refusal reasons, settlement dates (schema 0004) -------------------------


def _ranking(db: Database, world: World) -> SchemeRecord:
    with db.transaction() as session:
        return save_scheme(
            session,
            replace(world.municipal, distribution_rule=DistributionRule.RANKING, announced_on=None),
        )


def test_a_ranking_scheme_grants_by_score_and_names_the_applications_without_one(
    db: Database,
) -> None:
    world = _world(db)
    scheme = _ranking(db, world)
    low, high, unscored = (
        _complete(db, _apply(db, scheme, volunteer, "600", ranking_score=score), day=day)
        for volunteer, score, day in zip(
            world.volunteers, (D("6.5"), D("8.25"), None), (2, 3, 4), strict=True
        )
    )
    assert scheme.id is not None and unscored.id is not None
    assert high.ranking_score == D("8.2500")

    with (
        pytest.raises(ValidationError, match=unscored.reference) as caught,
        db.transaction() as session,
    ):
        trial_allocation(session, scheme.id)
    assert caught.value.params["count"] == 1
    with db.transaction() as session:
        save_application(session, replace(unscored, ranking_score=D("7")))
        trial = trial_allocation(session, scheme.id)

    # Completed first but scored lowest: the 1,000 ceiling runs out before it.
    assert [(line.reference, line.granted) for line in trial.lines] == [
        (high.reference, D("600.00")),
        (unscored.reference, D("400.00")),
        (low.reference, D("0.00")),
    ]


def test_the_score_of_a_decided_application_can_no_longer_change(db: Database) -> None:
    world = _world(db)
    granted = _granted(db, world, "100", "100")
    with pytest.raises(ValidationError) as caught, db.transaction() as session:
        save_application(session, replace(granted, ranking_score=D("9")))
    assert caught.value.field == "ranking_score"


def test_a_refusal_keeps_its_reason_apart_from_the_notes_and_the_letter_quotes_it(
    db: Database,
) -> None:
    from ssb_desktop.services.subsidies import letter_contents

    world = _world(db)
    application = _complete(
        db, _apply(db, world.municipal, world.volunteers[0], "100", notes="Gebeld op 3 februari")
    )
    assert application.id is not None
    with db.transaction() as session:
        refused = refuse(
            session, application.id, on=date(2020, 3, 1), reason="Buiten de doelen van de regeling"
        )
        letters = letter_contents(session, application_ids=[application.id])
    assert (refused.refusal_reason, refused.notes) == (
        "Buiten de doelen van de regeling",
        "Gebeld op 3 februari",
    )
    assert [(letter.refusal_reason, letter.letter_date) for letter in letters] == [
        ("Buiten de doelen van de regeling", date(2020, 3, 1))
    ]


def test_an_allocation_refusal_records_why_in_the_refusal_reason(db: Database) -> None:
    world = _world(db)
    for day, volunteer in zip((2, 3), world.volunteers[:2], strict=True):
        _complete(db, _apply(db, world.municipal, volunteer, "1000"), day=day)
    assert world.municipal.id is not None
    with db.transaction() as session:
        apply_allocation(session, world.municipal.id, on=date(2020, 3, 1))
        refused = list_applications(
            session, ApplicationFilter(statuses=frozenset({ApplicationStatus.REFUSED}))
        )
    assert [a.refusal_reason for a in refused] == ["Refused: the ceiling of € 1.000,00 is used up."]
    assert refused[0].notes == ""


def test_a_settlement_has_its_own_date_which_dates_the_letter(db: Database) -> None:
    from ssb_desktop.services.subsidies import letter_contents

    world = _world(db)
    application = _granted(db, world, "600", "600")
    assert application.id is not None
    with pytest.raises(ValidationError) as caught, db.transaction() as session:
        settle(session, application.id, D("600"), on=date(2020, 2, 28))
    assert caught.value.field == "settled_on"
    with db.transaction() as session:
        settled = settle(session, application.id, D("600"), on=date(2021, 2, 1))
    with db.transaction() as session:
        letters = letter_contents(session, application_ids=[application.id], on=date(2021, 5, 5))
    assert settled.settled_on == date(2021, 2, 1)
    assert [letter.letter_date for letter in letters] == [date(2021, 2, 1)]
