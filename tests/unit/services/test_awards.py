"""Award decisions, the standstill period, objections, letters and contracts, at service level."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime
from decimal import Decimal

import pytest
from sqlalchemy.orm import Session

from ssb_desktop.db.database import Database
from ssb_desktop.db.tables import ConsensusScore
from ssb_desktop.errors import PermissionDeniedError, ValidationError
from ssb_desktop.records import (
    AwardRecord,
    AwardStatus,
    BidMemberRecord,
    BidRecord,
    BidStatus,
    ConsortiumRole,
    CriterionRecord,
    ExtraHolidayRecord,
    LotRecord,
    ObjectionKind,
    ObjectionOutcome,
    ObjectionRecord,
    ObjectionSubject,
    OptionStatus,
    OrganisationRecord,
    ProcedureType,
    ProcurementRecord,
    Role,
    ScaleRecord,
    ScaleValueRecord,
)
from ssb_desktop.services import awards
from ssb_desktop.services.audit import AuditFilter, list_entries
from ssb_desktop.services.bids import save_bid
from ssb_desktop.services.criteria import save_criteria, save_scale
from ssb_desktop.services.organisations import save_organisation
from ssb_desktop.services.procurement import save_lot, save_procurement

SENT = date(2026, 4, 24)  # DOMAIN example: last day 18-05-2026
LAST_DAY = date(2026, 5, 18)
# Consensus scores on A1, A2 and B (scale 0-10) and the price of each bid: with 30 price
# points A totals 83, B 72 and C 50.5.
SCORES = {"A": (8, 8, 8), "B": (6, 6, 6), "C": (4, 4, 4)}
PRICES = {"A": Decimal("100000"), "B": Decimal("90000"), "C": Decimal("120000")}


@dataclass(frozen=True)
class Lot:
    """A scored lot with three bids: ids by name."""

    lot: int
    bids: dict[str, int]
    orgs: dict[str, int]
    criteria: dict[str, int]


def _motivation(bid: str, criterion: str) -> str:
    return f"Motivation {criterion} of bid {bid}"


def _scored_lot(db: Database, *, motivations: bool = True) -> Lot:
    with db.transaction() as session:
        procurement = save_procurement(
            session,
            ProcurementRecord(
                id=None,
                reference="SSB-2026",
                title="Sterke Sociale Basis",
                procedure_type=ProcedureType.LIGHT_REGIME,
                estimated_value=Decimal("9000000"),
            ),
        )
        assert procurement.id is not None
        lot = save_lot(
            session,
            LotRecord(
                id=None,
                procurement_id=procurement.id,
                number=1,
                title="Opgroeien",
                price_max_points=Decimal(30),
                extension_months=(24,),
            ),
        )
        assert lot.id is not None
        scale = save_scale(
            session,
            ScaleRecord(
                None,
                "Nul tot tien",
                values=tuple(ScaleValueRecord(Decimal(v), f"Level {v}") for v in range(11)),
            ),
        )
        criteria = save_criteria(
            session,
            lot.id,
            [
                CriterionRecord(None, lot.id, code="A", title="Plan", weight=Decimal(60), key=-1),
                CriterionRecord(
                    None,
                    lot.id,
                    -1,
                    code="A1",
                    title="Reach",
                    weight=Decimal(50),
                    scale_id=scale.id,
                    key=-2,
                ),
                CriterionRecord(
                    None,
                    lot.id,
                    -1,
                    1,
                    code="A2",
                    title="Cooperation",
                    weight=Decimal(50),
                    scale_id=scale.id,
                    key=-3,
                ),
                CriterionRecord(
                    None,
                    lot.id,
                    None,
                    1,
                    code="B",
                    title="Network",
                    weight=Decimal(40),
                    scale_id=scale.id,
                    key=-4,
                ),
            ],
        )
        orgs: dict[str, int] = {}
        for key, name, city in (
            ("alfa", "Stichting Alfa", "Leiden"),
            ("beta", "Stichting Beta", "Oegstgeest"),
            ("gamma", "Stichting Gamma", "Leiderdorp"),
            ("epsilon", "Stichting Epsilon", "Leiden"),
            ("zeta", "Zeta Advies", "Den Haag"),
            ("buzz", "BuZz", "Leiden"),
        ):
            saved = save_organisation(
                session,
                OrganisationRecord(
                    id=None, name=name, street="Breestraat 1", postcode="2311 AA", city=city
                ),
            )
            assert saved.id is not None
            orgs[key] = saved.id
        members = {
            "A": (
                BidMemberRecord(orgs["alfa"], role=ConsortiumRole.LEAD),
                BidMemberRecord(orgs["epsilon"], role=ConsortiumRole.MEMBER),
                BidMemberRecord(orgs["zeta"], role=ConsortiumRole.SUBCONTRACTOR),
            ),
            "B": (BidMemberRecord(orgs["beta"]),),
            "C": (BidMemberRecord(orgs["gamma"]),),
        }
        bids: dict[str, int] = {}
        for code, bid_members in members.items():
            bid = save_bid(
                session,
                BidRecord(
                    id=None,
                    lot_id=lot.id,
                    code=code,
                    received_at=datetime(2026, 3, 1, tzinfo=UTC),
                    price_total=PRICES[code],
                    status=BidStatus.VALID,
                    members=bid_members,
                ),
            )
            assert bid.id is not None
            bids[code] = bid.id
        by_code = {c.code: c.id for c in criteria if c.id is not None}
        for code, values in SCORES.items():
            for criterion, value in zip(("A1", "A2", "B"), values, strict=True):
                session.add(
                    ConsensusScore(
                        bid_id=bids[code],
                        criterion_id=by_code[criterion],
                        score=Decimal(value),
                        motivation=_motivation(code, criterion) if motivations else "",
                        decided_at=datetime(2026, 4, 1, tzinfo=UTC),
                    )
                )
        session.flush()
    return Lot(lot.id, bids, orgs, by_code)


@pytest.fixture
def scored(db: Database) -> Lot:
    return _scored_lot(db)


def _award(session: Session, lot: Lot, bid: str = "A", **fields: object) -> AwardRecord:
    arguments: dict[str, object] = {"sent_on": SENT, "reasons": "Best plan for Leiden-Noord."}
    arguments.update(fields)
    return awards.provisional_award(session, lot.lot, lot.bids[bid], **arguments)  # type: ignore[arg-type]


def _definitive(session: Session, lot: Lot) -> AwardRecord:
    award = _award(session, lot)
    return awards.make_definitive(session, award.id, on=date(2026, 5, 19), version=award.version)


# --- royal-decree days ------------------------------------------------------------------------


def test_a_royal_decree_day_entered_twice_is_refused(db: Database) -> None:
    with db.transaction() as session, pytest.raises(ValidationError, match="15-05-2026"):
        # 15-05-2026 is one of the seeded days.
        awards.save_extra_holiday(session, ExtraHolidayRecord(None, date(2026, 5, 15)))


def test_a_royal_decree_day_on_a_weekend_or_atw_holiday_is_saved_with_a_warning(
    db: Database,
) -> None:
    with db.transaction() as session:
        saturday, notices = awards.save_extra_holiday(
            session, ExtraHolidayRecord(None, date(2029, 6, 2), "Brugdag")
        )
        _christmas, christmas_notices = awards.save_extra_holiday(
            session, ExtraHolidayRecord(None, date(2029, 12, 25))
        )
        _friday, none = awards.save_extra_holiday(
            session, ExtraHolidayRecord(None, date(2029, 5, 11))
        )
        days = [holiday.day for holiday in awards.list_extra_holidays(session)]
    assert [n.english() for n in notices] == [
        "02-06-2029 is a Saturday or a Sunday, which never counts as a last day anyway; "
        "check the date of the royal decree."
    ]
    assert "Algemene termijnenwet" in christmas_notices[0].english()
    assert none == []
    assert {date(2029, 6, 2), date(2029, 12, 25), date(2029, 5, 11)} <= set(days)
    assert saturday.description == "Brugdag"


def test_a_royal_decree_day_moves_the_last_day_of_the_standstill(db: Database, scored: Lot) -> None:
    with db.transaction() as session:
        day, _ = awards.save_extra_holiday(session, ExtraHolidayRecord(None, date(2026, 5, 18)))
        assert _award(session, scored).standstill_end == date(2026, 5, 19)
        awards.remove_extra_holiday(session, day.id or 0, day.version)
        assert date(2026, 5, 18) not in {h.day for h in awards.list_extra_holidays(session)}


def test_only_an_administrator_changes_royal_decree_days(
    db: Database, act_as: Callable[..., None]
) -> None:
    act_as(db, "inkoper", Role.PROCUREMENT_OFFICER)
    with db.transaction() as session, pytest.raises(PermissionDeniedError):
        awards.save_extra_holiday(session, ExtraHolidayRecord(None, date(2029, 5, 11)))


# --- provisional award and the standstill period ----------------------------------------------


@pytest.mark.parametrize(
    ("sent_on", "last_day"),
    [
        (date(2020, 10, 12), date(2020, 11, 2)),
        (date(2026, 4, 24), date(2026, 5, 18)),
        (date(2026, 12, 4), date(2026, 12, 24)),
        (date(2026, 12, 5), date(2026, 12, 28)),
        (date(2027, 4, 15), date(2027, 5, 10)),
    ],
)
def test_the_provisional_award_gives_the_domain_examples_of_the_standstill(
    db: Database, scored: Lot, sent_on: date, last_day: date
) -> None:
    with db.transaction() as session:
        award = _award(session, scored, sent_on=sent_on)
    assert award.standstill_end == last_day
    assert award.standstill_days == 20
    assert award.status is AwardStatus.PROVISIONAL
    assert award.winner_name == "Stichting Alfa"


def test_the_standstill_length_follows_the_setting(db: Database, scored: Lot) -> None:
    from ssb_desktop.db.tables import Setting

    with db.transaction() as session:
        setting = session.get(Setting, "standstill_days")
        assert setting is not None
        setting.value = "15"
        award = _award(session, scored, sent_on=date(2026, 4, 24))
    assert (award.standstill_days, award.standstill_end) == (15, date(2026, 5, 11))


def test_a_bid_not_ranked_first_needs_a_recorded_reason(
    db: Database, scored: Lot, act_as: Callable[..., None]
) -> None:
    act_as(db, "inkoper", Role.PROCUREMENT_OFFICER)
    with db.transaction() as session:
        with pytest.raises(ValidationError, match="ranked 2, not first") as refused:
            _award(session, scored, "B")
        assert refused.value.field == "reason_not_first"
        award = _award(session, scored, "B", reason_not_first="Bid A withdrew its consortium.")
    assert award.reason_not_first == "Bid A withdrew its consortium."
    assert award.bid_code == "B"


def test_the_reasons_of_the_award_are_required(db: Database, scored: Lot) -> None:
    with db.transaction() as session, pytest.raises(ValidationError) as refused:
        _award(session, scored, reasons="  ")
    assert refused.value.field == "reasons"


def test_an_evaluator_cannot_award(db: Database, scored: Lot, act_as: Callable[..., None]) -> None:
    act_as(db, "beoordelaar", Role.EVALUATOR)
    with db.transaction() as session, pytest.raises(PermissionDeniedError):
        _award(session, scored)


def test_incomplete_results_are_refused(db: Database, scored: Lot) -> None:
    from sqlalchemy import delete

    with db.transaction() as session:
        session.execute(
            delete(ConsensusScore).where(
                ConsensusScore.bid_id == scored.bids["B"],
                ConsensusScore.criterion_id == scored.criteria["A2"],
            )
        )
    with db.transaction() as session, pytest.raises(ValidationError, match="B × A2 Cooperation"):
        _award(session, scored)


def test_a_second_award_waits_until_the_first_is_withdrawn_which_stays_in_history(
    db: Database, scored: Lot
) -> None:
    with db.transaction() as session:
        first = _award(session, scored)
        with pytest.raises(ValidationError, match="already has a provisional award to bid A"):
            _award(session, scored, "B", reason_not_first="Objection of B upheld.")
        with pytest.raises(ValidationError):
            awards.withdraw_award(session, first.id, " ", first.version)
        awards.withdraw_award(session, first.id, "Objection of B upheld.", first.version)
        second = _award(session, scored, "B", reason_not_first="Objection of B upheld.")
        history = awards.list_awards(session, scored.lot)
    assert [(a.bid_code, a.status) for a in history] == [
        ("A", AwardStatus.WITHDRAWN),
        ("B", AwardStatus.PROVISIONAL),
    ]
    assert history[0].withdrawn_reason == "Objection of B upheld."
    assert second.id == history[1].id


# --- definitive award -------------------------------------------------------------------------


def test_a_definitive_award_during_the_standstill_is_refused_with_the_last_and_first_day(
    db: Database, scored: Lot
) -> None:
    with db.transaction() as session:
        award = _award(session, scored)
        with pytest.raises(ValidationError) as refused:
            awards.make_definitive(session, award.id, on=LAST_DAY, version=award.version)
        definitive = awards.make_definitive(
            session, award.id, on=date(2026, 5, 19), version=award.version
        )
    assert "18-05-2026" in str(refused.value) and "19-05-2026" in str(refused.value)
    assert definitive.status is AwardStatus.DEFINITIVE
    assert definitive.definitive_on == date(2026, 5, 19)


def _objection(lot: Lot, org: str, **fields: object) -> ObjectionRecord:
    record = ObjectionRecord(
        id=None,
        lot_id=lot.lot,
        organisation_id=lot.orgs[org],
        kind=ObjectionKind.SUMMARY_PROCEEDINGS,
        received_on=date(2026, 5, 6),
        summary="Scores on Reach too low.",
    )
    return replace(record, **fields)  # type: ignore[arg-type]


def test_an_open_objection_blocks_the_definitive_award_and_an_override_is_audited(
    db: Database, scored: Lot
) -> None:
    with db.transaction() as session:
        award = _award(session, scored)
        awards.save_objection(session, _objection(scored, "beta"))
        with pytest.raises(ValidationError, match="Stichting Beta received on 06-05-2026"):
            awards.make_definitive(session, award.id, on=date(2026, 6, 1), version=award.version)
        definitive = awards.make_definitive(
            session,
            award.id,
            on=date(2026, 6, 1),
            override_reason="The court refused the interim injunction orally.",
            version=award.version,
        )
    with db.transaction() as session:
        entries = list_entries(
            session, AuditFilter(table="award_decisions", record_id=str(award.id))
        )
    assert definitive.objection_override_reason == (
        "The court refused the interim injunction orally."
    )
    assert any("objection_override_reason" in entry.changes for entry in entries), entries


def test_a_decided_objection_no_longer_blocks(db: Database, scored: Lot) -> None:
    with db.transaction() as session:
        award = _award(session, scored)
        objection = awards.save_objection(session, _objection(scored, "beta"))
        awards.save_objection(
            session,
            replace(objection, outcome=ObjectionOutcome.REJECTED, outcome_on=date(2026, 5, 20)),
        )
        definitive = awards.make_definitive(
            session, award.id, on=date(2026, 6, 1), version=award.version
        )
        (listed,) = awards.list_objections(session, scored.lot)
    assert definitive.objection_override_reason == ""
    assert listed.award_decision_id == award.id
    assert (listed.organisation_name, listed.outcome) == (
        "Stichting Beta",
        ObjectionOutcome.REJECTED,
    )


def test_objections_need_a_bidder_a_received_date_and_an_outcome_after_it(
    db: Database, scored: Lot
) -> None:
    with db.transaction() as session:
        with pytest.raises(ValidationError, match="did not bid on lot SSB-2026/1"):
            awards.save_objection(session, _objection(scored, "buzz"))
        with pytest.raises(ValidationError) as no_date:
            awards.save_objection(session, _objection(scored, "beta", received_on=None))
        with pytest.raises(ValidationError, match=r"05-05-2026.*06-05-2026"):
            awards.save_objection(
                session,
                _objection(
                    scored,
                    "beta",
                    outcome=ObjectionOutcome.WITHDRAWN,
                    outcome_on=date(2026, 5, 5),
                ),
            )
        # A consortium member is a bidder too.
        awards.save_objection(session, _objection(scored, "epsilon", kind=ObjectionKind.COMPLAINT))
    assert no_date.value.field == "received_on"


def test_any_organisation_may_protest_against_the_tender_and_the_protest_holds_up_the_award(
    db: Database, scored: Lot
) -> None:
    with db.transaction() as session:
        award = _award(session, scored)
        protest = awards.save_objection(
            session, _objection(scored, "buzz", against=ObjectionSubject.TENDER)
        )
        with pytest.raises(ValidationError, match="BuZz received on 06-05-2026"):
            awards.make_definitive(session, award.id, on=date(2026, 6, 1), version=award.version)
        (listed,) = awards.list_objections(session, scored.lot)
        events = awards.timeline(session, scored.lot)
    assert (listed.against, listed.award_decision_id) == (ObjectionSubject.TENDER, None)
    assert protest.organisation_name == "BuZz"
    assert "Protest of BuZz against the tender received" in [e.english() for e in events]


def _second_lot(session: Session, scored: Lot) -> tuple[int, int]:
    """A second lot of the scored lot's procurement: (procurement id, lot id)."""
    from ssb_desktop.services.procurement import get_lot

    procurement_id = get_lot(session, scored.lot).procurement_id
    second = save_lot(
        session, LotRecord(id=None, procurement_id=procurement_id, number=2, title="Meedoen")
    )
    assert second.id is not None
    return procurement_id, second.id


def test_one_protest_against_the_whole_procurement_holds_up_the_award_of_every_lot(
    db: Database, scored: Lot
) -> None:
    with db.transaction() as session:
        procurement_id, second = _second_lot(session, scored)
        award = _award(session, scored)
        protest = awards.save_objection(
            session,
            _objection(
                scored,
                "buzz",
                lot_id=None,
                procurement_id=procurement_id,
                against=ObjectionSubject.TENDER,
                summary="The tender should not split welfare work into lots.",
            ),
        )
        # One record, listed on each lot and on the procurement.
        on_first = awards.list_objections(session, scored.lot)
        on_second = awards.list_objections(session, second)
        on_procurement = awards.list_objections(session, procurement_id=procurement_id)
        with pytest.raises(ValidationError, match="BuZz received on 06-05-2026"):
            awards.make_definitive(session, award.id, on=date(2026, 6, 1), version=award.version)
        events = [e.english() for e in awards.timeline(session, second)]
        rejected = awards.save_objection(
            session,
            replace(protest, outcome=ObjectionOutcome.REJECTED, outcome_on=date(2026, 5, 20)),
        )
        definitive = awards.make_definitive(
            session, award.id, on=date(2026, 6, 1), version=award.version
        )
    with db.transaction() as session:
        entries = list_entries(session, AuditFilter(table="objections", record_id=str(protest.id)))
    assert protest.whole_procurement and protest.lot_id is None
    assert (protest.procurement_id, protest.procurement_reference) == (procurement_id, "SSB-2026")
    assert [o.id for o in on_first] == [o.id for o in on_second] == [protest.id]
    assert [o.id for o in on_procurement] == [protest.id]
    assert (
        "Protest of BuZz against the tender of the whole procurement (all lots) received" in events
    )
    assert rejected.outcome is ObjectionOutcome.REJECTED
    assert definitive.status is AwardStatus.DEFINITIVE
    assert definitive.objection_override_reason == ""
    # Recorded and decided: both audited, the procurement named in the first entry.
    assert len(entries) == 2
    assert any("procurement_id" in entry.changes for entry in entries)


def test_a_challenge_of_an_award_concerns_one_lot_not_a_whole_procurement(
    db: Database, scored: Lot
) -> None:
    with db.transaction() as session:
        procurement_id, _ = _second_lot(session, scored)
        with pytest.raises(ValidationError, match="concerns the award of one lot") as refused:
            awards.save_objection(
                session,
                _objection(scored, "beta", lot_id=None, procurement_id=procurement_id),
            )
        with pytest.raises(ValidationError, match="Choose the lot, or the whole procurement"):
            awards.save_objection(
                session,
                _objection(scored, "beta", lot_id=None, against=ObjectionSubject.TENDER),
            )
        assert awards.list_objections(session, procurement_id=procurement_id) == []
    assert refused.value.field == "against"


# --- successor --------------------------------------------------------------------------------


def test_the_winner_replaced_by_its_successor_keeps_both_names_up_to_the_contract(
    db: Database, scored: Lot
) -> None:
    with db.transaction() as session:
        award = _award(session, scored)
        with pytest.raises(ValidationError):
            awards.replace_winner(session, award.id, scored.orgs["buzz"], "", award.version)
        replaced = awards.replace_winner(
            session, award.id, scored.orgs["buzz"], "Merger on 01-05-2026.", award.version
        )
        definitive = awards.make_definitive(
            session, award.id, on=date(2026, 5, 19), version=replaced.version
        )
        with pytest.raises(ValidationError, match="Only a provisional award"):
            awards.replace_winner(
                session, award.id, scored.orgs["beta"], "Again.", definitive.version
            )
        contract = awards.create_contract(
            session,
            award.id,
            reference="C-2026-01",
            start=date(2026, 7, 1),
            end=date(2028, 6, 30),
            value=Decimal("480000"),
        )
    assert (replaced.winner_name, replaced.successor_name) == ("Stichting Alfa", "BuZz")
    assert replaced.awarded_name == "BuZz"
    assert [(p.organisation_name, p.role) for p in contract.parties] == [
        ("BuZz", ConsortiumRole.LEAD),
        ("Stichting Epsilon", ConsortiumRole.MEMBER),
    ]


# --- contracts and options --------------------------------------------------------------------


def test_a_contract_needs_a_definitive_award_and_an_end_after_its_start(
    db: Database, scored: Lot
) -> None:
    with db.transaction() as session:
        award = _award(session, scored)
        fields = {
            "reference": "C-1",
            "start": date(2026, 7, 1),
            "end": date(2028, 6, 30),
            "value": Decimal("1"),
        }
        with pytest.raises(ValidationError, match="definitive award"):
            awards.create_contract(session, award.id, **fields)  # type: ignore[arg-type]
        awards.make_definitive(session, award.id, on=date(2026, 5, 19), version=award.version)
        with pytest.raises(ValidationError, match="ends on 30-06-2026, before it starts on"):
            awards.create_contract(
                session,
                award.id,
                **{**fields, "end": date(2026, 6, 30)},  # type: ignore[arg-type]
            )
        contract = awards.create_contract(session, award.id, **fields)  # type: ignore[arg-type]
        with pytest.raises(ValidationError, match="ends on"):
            awards.save_contract(session, replace(contract, end=date(2026, 6, 1)))
    assert [(p.organisation_name, p.role) for p in contract.parties] == [
        ("Stichting Alfa", ConsortiumRole.LEAD),
        ("Stichting Epsilon", ConsortiumRole.MEMBER),
    ]


def test_each_option_must_be_decided_a_notice_period_before_the_term_it_extends_ends(
    db: Database, scored: Lot
) -> None:
    with db.transaction() as session:
        award = _definitive(session, scored)
        contract = awards.create_contract(
            session,
            award.id,
            reference="C-5-2-2",
            start=date(2027, 1, 1),
            end=date(2031, 12, 31),
            value=Decimal("1250000.005"),
            notice_months=6,
            options=(24, 24),
        )
    assert contract.value == Decimal("1250000.01")
    assert [(o.sequence, o.months, o.decide_by) for o in contract.options] == [
        (1, 24, date(2031, 6, 30)),
        (2, 24, date(2033, 6, 30)),
    ]
    assert contract.current_end == date(2031, 12, 31)


def test_an_option_decided_after_its_deadline_needs_a_reason_and_exercising_extends_the_end(
    db: Database, scored: Lot
) -> None:
    with db.transaction() as session:
        award = _definitive(session, scored)
        contract = awards.create_contract(
            session,
            award.id,
            reference="C-2",
            start=date(2026, 7, 1),
            end=date(2028, 6, 30),
            value=Decimal("480000"),
            notice_months=6,
            options=(24, 12),
        )
        first, second = contract.options
        with pytest.raises(ValidationError, match="Decide option 1 of contract C-2 first"):
            awards.decide_option(
                session,
                second.id,
                exercised=True,
                on=date(2027, 1, 1),
                reason="",
                version=second.version,
            )
        with pytest.raises(ValidationError, match="decided by 31-12-2027") as late:
            awards.decide_option(
                session,
                first.id,
                exercised=True,
                on=date(2028, 1, 15),
                reason="",
                version=first.version,
            )
        decided = awards.decide_option(
            session,
            first.id,
            exercised=True,
            on=date(2028, 1, 15),
            reason="Council decision came late.",
            version=first.version,
        )
        second = decided.options[1]
        with pytest.raises(ValidationError, match="reason why option 2"):
            awards.decide_option(
                session,
                second.id,
                exercised=False,
                on=date(2029, 6, 1),
                reason="",
                version=second.version,
            )
        declined = awards.decide_option(
            session,
            second.id,
            exercised=False,
            on=date(2029, 6, 1),
            reason="New procurement planned.",
            version=second.version,
        )
    assert late.value.field == "reason"
    assert decided.current_end == date(2030, 6, 30)
    assert decided.options[0].status is OptionStatus.EXERCISED
    assert declined.current_end == date(2030, 6, 30)
    assert declined.options[1].status is OptionStatus.DECLINED


def test_contracts_are_listed_per_organisation_and_per_lot(db: Database, scored: Lot) -> None:
    with db.transaction() as session:
        award = _definitive(session, scored)
        awards.create_contract(
            session,
            award.id,
            reference="C-3",
            start=date(2026, 7, 1),
            end=date(2028, 6, 30),
            value=Decimal("10"),
        )
        of_member = awards.list_contracts(session, organisation_id=scored.orgs["epsilon"])
        of_loser = awards.list_contracts(session, organisation_id=scored.orgs["beta"])
        of_lot = awards.list_contracts(session, lot_id=scored.lot)
    assert [c.reference for c in of_member] == ["C-3"]
    assert of_loser == []
    assert [c.lot_label for c in of_lot] == ["SSB-2026/1"]


# --- letters ----------------------------------------------------------------------------------


def test_each_bidder_gets_a_letter_with_only_its_own_and_the_winners_scores(
    db: Database, scored: Lot
) -> None:
    with db.transaction() as session:
        _award(session, scored)
        letters = {letter.bid_code: letter for letter in awards.letters(session, scored.lot)}
    assert sorted(letters) == ["A", "B", "C"]
    letter = letters["C"]
    assert letter.addressee_name == "Stichting Gamma"
    assert letter.addressee_city == "Leiderdorp"
    assert letter.winner_name == "Stichting Alfa"
    assert (letter.rank, letter.ranked_count, letter.is_winner) == (3, 3, False)
    assert letter.standstill_end == LAST_DAY
    assert letter.reasons == "Best plan for Leiden-Noord."
    reach = next(row for row in letter.scores if row.code == "A1")
    assert (reach.addressee_score, reach.winner_score) == (Decimal(4), Decimal(8))
    assert reach.addressee_motivation == _motivation("C", "A1")
    assert reach.winner_motivation == _motivation("A", "A1")
    assert any(row.is_price and row.winner_points is not None for row in letter.scores)
    # Nothing of bid B in C's letter: not its code, name, scores or motivations.
    text = repr(letter)
    assert "Stichting Beta" not in text and "of bid B" not in text
    assert letters["A"].is_winner and letters["A"].rank == 1


def test_letters_are_refused_while_a_motivation_is_missing(db: Database) -> None:
    lot = _scored_lot(db, motivations=False)
    with db.transaction() as session:
        _award(session, lot)
        with pytest.raises(ValidationError) as refused:
            awards.letters(session, lot.lot)
    assert "A: A1 Reach" in str(refused.value)
    assert "C: B Network" in str(refused.value)


def test_letters_need_an_award(db: Database, scored: Lot) -> None:
    with db.transaction() as session, pytest.raises(ValidationError, match="no award decision"):
        awards.letters(session, scored.lot)


# --- timeline and clocks ----------------------------------------------------------------------


def test_the_timeline_lists_the_award_in_date_order(db: Database, scored: Lot) -> None:
    with db.transaction() as session:
        award = _award(session, scored)
        objection = awards.save_objection(session, _objection(scored, "beta"))
        awards.save_objection(
            session,
            replace(objection, outcome=ObjectionOutcome.REJECTED, outcome_on=date(2026, 5, 28)),
        )
        awards.make_definitive(session, award.id, on=date(2026, 6, 1), version=award.version)
        awards.create_contract(
            session,
            award.id,
            reference="C-4",
            start=date(2026, 7, 1),
            end=date(2028, 6, 30),
            value=Decimal("10"),
            notice_months=6,
            options=(24,),
        )
        events = awards.timeline(session, scored.lot)
    assert [(e.day, e.kind) for e in events] == [
        (SENT, "decision_sent"),
        (date(2026, 5, 6), "objection_received"),
        (LAST_DAY, "standstill_end"),
        (date(2026, 5, 28), "objection_decided"),
        (date(2026, 6, 1), "definitive"),
        (date(2026, 7, 1), "contract_start"),
        (date(2027, 12, 31), "option_deadline"),
        (date(2028, 6, 30), "contract_end"),
    ]
    assert events[1].english() == ("Summary proceedings (kort geding) of Stichting Beta received")


def test_the_clocks_show_running_standstill_periods_and_options_due_soon(
    db: Database, scored: Lot
) -> None:
    with db.transaction() as session:
        award = _award(session, scored)
        running = awards.award_clocks(session, date(2026, 5, 8))
        awards.make_definitive(session, award.id, on=date(2026, 5, 19), version=award.version)
        awards.create_contract(
            session,
            award.id,
            reference="C-5",
            start=date(2026, 7, 1),
            end=date(2028, 6, 30),
            value=Decimal("10"),
            notice_months=6,
            options=(24,),
        )
        early = awards.award_clocks(session, date(2027, 9, 1))
        due = awards.award_clocks(session, date(2027, 10, 1))
    assert [(c.lot_label, c.last_day, c.days_left) for c in running.standstill] == [
        ("SSB-2026/1", LAST_DAY, 10)
    ]
    assert early.standstill == () and early.options_due == ()
    assert [(c.contract_reference, c.sequence, c.days_left) for c in due.options_due] == [
        ("C-5", 1, 91)
    ]
