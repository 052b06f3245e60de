"""Scales and criteria trees, and the lock once scoring has started, at service level."""

from __future__ import annotations

import itertools
from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import event, select

from ssb_desktop.db.database import Database
from ssb_desktop.db.tables import Evaluator, IndividualScore, Lot
from ssb_desktop.errors import ConflictError, PermissionDeniedError, ValidationError
from ssb_desktop.records import (
    AwardMethod,
    BidMemberRecord,
    BidRecord,
    CriterionRecord,
    LotRecord,
    OrganisationRecord,
    ProcedureType,
    ProcurementRecord,
    Role,
    ScaleRecord,
    ScaleValueRecord,
)
from ssb_desktop.services.audit import AuditFilter, list_entries
from ssb_desktop.services.bids import save_bid
from ssb_desktop.services.criteria import (
    check_criteria,
    copy_criteria,
    invalidate_scores,
    list_criteria,
    list_scales,
    save_criteria,
    save_scale,
    scores_exist,
    weight_problems,
)
from ssb_desktop.services.organisations import save_organisation
from ssb_desktop.services.procurement import get_lot, save_lot, save_procurement

EVEN = ScaleRecord(
    id=None,
    name="0-2-4-6-8-10",
    values=tuple(
        ScaleValueRecord(Decimal(v), d)
        for v, d in (
            (0, "Geen"),
            (2, "Slecht"),
            (4, "Matig"),
            (6, "Voldoende"),
            (8, "Goed"),
            (10, "Uitstekend"),
        )
    ),
)


def _scale(db: Database, record: ScaleRecord = EVEN) -> ScaleRecord:
    with db.transaction() as session:
        return save_scale(session, record)


def _lot(db: Database, reference: str = "SSB-2026", **fields: Any) -> LotRecord:
    with db.transaction() as session:
        procurement = save_procurement(
            session,
            ProcurementRecord(
                id=None,
                reference=reference,
                title="Welzijn",
                procedure_type=ProcedureType.LIGHT_REGIME,
                estimated_value=Decimal("1000000"),
            ),
        )
        assert procurement.id is not None
        return save_lot(
            session,
            replace(LotRecord(id=None, procurement_id=procurement.id, number=1), **fields),
        )


def _criterion(key: int, weight: str, parent: int | None = None, **fields: Any) -> CriterionRecord:
    record = CriterionRecord(
        id=None,
        lot_id=0,
        key=key,
        parent_id=parent,
        position=abs(key),
        code=f"K{abs(key)}",
        title=f"Criterium {abs(key)}",
        weight=Decimal(weight),
    )
    return replace(record, **fields)


def _tree(scale_id: int | None) -> list[CriterionRecord]:
    """Two main criteria (60/40), the first with two sub-criteria (70/30)."""
    return [
        _criterion(-1, "60"),
        _criterion(-2, "70", -1, scale_id=scale_id),
        _criterion(-3, "30", -1, scale_id=scale_id, knockout_minimum=Decimal(4)),
        _criterion(-4, "40", scale_id=scale_id),
    ]


def _save_tree(db: Database, lot: LotRecord, tree: list[CriterionRecord]) -> list[CriterionRecord]:
    assert lot.id is not None
    with db.transaction() as session:
        return save_criteria(session, lot.id, tree)


def _score_one(db: Database, lot: LotRecord, criterion: CriterionRecord) -> None:
    """One evaluator's score on one bid, as the scoring page will write it."""
    assert lot.id is not None and criterion.id is not None
    with db.transaction() as session:
        org = save_organisation(session, OrganisationRecord(id=None, name="Stichting Score"))
        assert org.id is not None
        bid = save_bid(
            session,
            replace(
                _bid_template(lot.id),
                members=(BidMemberRecord(org.id),),
            ),
        )
        evaluator = Evaluator(lot_id=lot.id, name="A. Beoordelaar")
        session.add(evaluator)
        session.flush()
        assert bid.id is not None
        session.add(
            IndividualScore(
                evaluator_id=evaluator.id,
                bid_id=bid.id,
                criterion_id=criterion.id,
                score=Decimal(6),
            )
        )


def _bid_template(lot_id: int) -> BidRecord:
    return BidRecord(id=None, lot_id=lot_id, received_at=datetime(2026, 3, 1, 9, tzinfo=UTC))


# --- weights (pure) ---------------------------------------------------------------------------


def test_main_criteria_whose_weights_do_not_add_up_to_100_are_named() -> None:
    problems = weight_problems([_criterion(-1, "50"), _criterion(-2, "40")])
    assert [(p.field, p.english()) for p in problems] == [
        (
            "weight:-1",
            "The weights of the main criteria add up to 90 %; they must add up to exactly 100 %.",
        )
    ]


def test_sub_criteria_are_checked_per_group_and_the_group_is_named() -> None:
    tree = [
        _criterion(-1, "60", title="Visie en aanpak"),
        _criterion(-2, "70", -1),
        _criterion(-3, "25.5", -1),
        _criterion(-4, "40"),
        _criterion(-5, "100", -4),
    ]
    problems = weight_problems(tree)
    assert len(problems) == 1
    assert problems[0].field == "weight:-2"
    assert "the criteria under K1 Visie en aanpak add up to 95,5 %" in problems[0].english()


def test_a_two_level_tree_whose_groups_each_add_up_to_100_passes() -> None:
    assert weight_problems(_tree(None)) == []


@given(
    st.lists(st.integers(min_value=0, max_value=10_000), min_size=0, max_size=7),
    st.data(),
)
def test_any_siblings_adding_up_to_100_pass_and_altering_one_fails(
    cuts: list[int], data: st.DataObject
) -> None:
    # Weights in hundredths of a percent, from cut points on 0..10000.
    points = [0, *sorted(cuts), 10_000]
    weights = [Decimal(b - a) / 100 for a, b in itertools.pairwise(points)]
    siblings = [_criterion(-(i + 1), str(w)) for i, w in enumerate(weights)]
    assert weight_problems(siblings) == []
    index = data.draw(st.integers(min_value=0, max_value=len(siblings) - 1))
    change = data.draw(st.integers(min_value=-10_000, max_value=10_000).filter(bool))
    altered = list(siblings)
    altered[index] = replace(altered[index], weight=altered[index].weight + Decimal(change) / 100)
    problems = weight_problems(altered)
    assert [p.field for p in problems] == ["weight:-1"]


# --- scales -----------------------------------------------------------------------------------


def test_a_scale_is_saved_with_its_values_in_order(db: Database) -> None:
    saved = _scale(db, replace(EVEN, values=tuple(reversed(EVEN.values))))
    assert [v.value for v in saved.values] == [0, 2, 4, 6, 8, 10]
    with db.transaction() as session:
        assert saved in list_scales(session)


def test_a_scale_without_values_is_refused(db: Database) -> None:
    with pytest.raises(ValidationError) as refused:
        _scale(db, replace(EVEN, values=()))
    assert refused.value.field == "values"


def test_a_scale_with_a_duplicate_value_names_the_value(db: Database) -> None:
    values = (*EVEN.values, ScaleValueRecord(Decimal("4.00"), "Nog eens matig"))
    with pytest.raises(ValidationError) as refused:
        _scale(db, replace(EVEN, values=values))
    assert refused.value.field == "values"
    assert "The value 4 appears twice" in str(refused.value)


def test_a_half_step_scale_keeps_its_decimals(db: Database) -> None:
    halves = ScaleRecord(
        id=None,
        name="1-3 halve punten",
        values=tuple(ScaleValueRecord(Decimal(v), f"{v} punten") for v in ("1", "1.5", "2", "3")),
    )
    assert [v.value for v in _scale(db, halves).values] == [1, Decimal("1.5"), 2, 3]


def test_a_changed_scale_updates_its_values_and_the_audit_log(db: Database) -> None:
    saved = _scale(db)
    fewer = replace(saved, values=(*saved.values[:-1], ScaleValueRecord(Decimal(9), "Bijna")))
    changed = _scale(db, fewer)
    assert [v.value for v in changed.values] == [0, 2, 4, 6, 8, 9]
    with db.transaction() as session:
        actions = {e.action.value for e in list_entries(session, AuditFilter(table="scale_values"))}
    assert actions == {"insert", "delete"}


# --- criteria rules ---------------------------------------------------------------------------


def _problems(tree: list[CriterionRecord], lot: LotRecord | None = None) -> dict[str, str]:
    scale = replace(EVEN, id=1)
    found = check_criteria(tree, {1: scale}, lot or LotRecord(id=1, procurement_id=1))
    return {problem.field: problem.english() for problem in found}


@pytest.mark.parametrize("minimum", ["12", "5", "-2"])
def test_a_knockout_minimum_outside_the_scale_is_refused(minimum: str) -> None:
    tree = [_criterion(-1, "100", scale_id=1, knockout_minimum=Decimal(minimum))]
    assert "is not a value of the scale 0-2-4-6-8-10" in _problems(tree)["knockout_minimum:-1"]


def test_a_knockout_minimum_on_the_scale_is_accepted() -> None:
    assert _problems([_criterion(-1, "100", scale_id=1, knockout_minimum=Decimal(4))]) == {}


def test_a_scored_criterion_needs_a_title_and_a_scale() -> None:
    problems = _problems([_criterion(-1, "100", title=" ")])
    assert set(problems) == {"title:-1", "scale:-1"}


def test_criteria_have_two_levels_at_most() -> None:
    tree = [
        _criterion(-1, "100"),
        _criterion(-2, "100", -1),
        _criterion(-3, "100", -2, scale_id=1),
    ]
    assert "two levels at most" in _problems(tree)["parent:-3"]


def test_award_on_value_needs_money_per_point_on_every_scored_criterion() -> None:
    lot = LotRecord(id=1, procurement_id=1, award_method=AwardMethod.AWARD_ON_VALUE)
    tree = [
        _criterion(-1, "50", scale_id=1, money_per_point=Decimal("1000")),
        _criterion(-2, "50", scale_id=1),
    ]
    assert set(_problems(tree, lot)) == {"money_per_point:-2"}


def test_a_weight_outside_0_to_100_is_refused() -> None:
    tree = [_criterion(-1, "120", scale_id=1), _criterion(-2, "-20", scale_id=1)]
    assert {"weight:-1", "weight:-2"} <= set(_problems(tree))


# --- saving the tree --------------------------------------------------------------------------


def test_a_new_tree_is_saved_and_listed_parents_before_children(db: Database) -> None:
    scale = _scale(db)
    lot = _lot(db)
    saved = _save_tree(db, lot, _tree(scale.id))
    assert [(c.code, int(c.weight), c.scale_name) for c in saved] == [
        ("K1", 60, ""),
        ("K2", 70, "0-2-4-6-8-10"),
        ("K3", 30, "0-2-4-6-8-10"),
        ("K4", 40, "0-2-4-6-8-10"),
    ]
    main = saved[0]
    assert [c.parent_id for c in saved] == [None, main.id, main.id, None]
    assert all(c.key == c.id for c in saved)


def test_weights_that_do_not_add_up_are_refused_on_save(db: Database) -> None:
    scale = _scale(db)
    lot = _lot(db)
    tree = _tree(scale.id)
    tree[1] = replace(tree[1], weight=Decimal(60))
    with pytest.raises(ValidationError) as refused:
        _save_tree(db, lot, tree)
    assert refused.value.field == "weight:-2"
    assert "under K1 Criterium 1 add up to 90 %" in str(refused.value)


def test_saving_an_edited_tree_updates_inserts_and_deletes(db: Database) -> None:
    scale = _scale(db)
    lot = _lot(db)
    saved = _save_tree(db, lot, _tree(scale.id))
    main, first_sub, _second_sub, other = saved
    assert main.id is not None
    edited = [
        main,
        first_sub,
        _criterion(-9, "30", main.id, scale_id=scale.id, title="Nieuw"),
        replace(other, title="Prijs-kwaliteit"),
    ]
    result = _save_tree(db, lot, edited)
    assert [(c.code, c.title, int(c.weight)) for c in result] == [
        ("K1", "Criterium 1", 60),
        ("K2", "Criterium 2", 70),
        ("K9", "Nieuw", 30),
        ("K4", "Prijs-kwaliteit", 40),
    ]
    # Unchanged criteria are not rewritten; the edited one is.
    assert [c.version for c in result[:2]] == [main.version, first_sub.version]
    assert result[3].version == other.version + 1
    with db.transaction() as session:
        logged = list_entries(session, AuditFilter(table="criteria"))
    assert {entry.action.value for entry in logged} == {"insert", "update", "delete"}


def test_removing_a_main_criterion_removes_its_sub_criteria(db: Database) -> None:
    scale = _scale(db)
    lot = _lot(db)
    saved = _save_tree(db, lot, _tree(scale.id))
    only = replace(saved[3], weight=Decimal(100))
    assert [c.code for c in _save_tree(db, lot, [only])] == ["K4"]


def test_saving_a_criterion_someone_else_changed_is_refused(db: Database) -> None:
    scale = _scale(db)
    lot = _lot(db)
    saved = _save_tree(db, lot, _tree(scale.id))
    _save_tree(db, lot, [replace(saved[0], title="Collega"), *saved[1:]])
    with pytest.raises(ConflictError):
        _save_tree(db, lot, [replace(saved[0], title="Ik"), *saved[1:]])


def test_copying_criteria_copies_the_tree_with_weights_and_scales(db: Database) -> None:
    scale = _scale(db)
    source = _lot(db, "SSB-2026")
    target = _lot(db, "JEUGD-2026")
    original = _save_tree(db, source, _tree(scale.id))
    assert source.id is not None and target.id is not None
    with db.transaction() as session:
        copied = copy_criteria(session, source.id, target.id)
        assert list_criteria(session, source.id) == original

    def shape(tree: list[CriterionRecord]) -> list[tuple[object, ...]]:
        codes = {c.id: c.code for c in tree}
        return [
            (c.code, c.weight, c.scale_id, c.knockout_minimum, codes.get(c.parent_id or 0))
            for c in tree
        ]

    assert shape(copied) == shape(original)
    assert {c.lot_id for c in copied} == {target.id}
    assert not {c.id for c in copied} & {c.id for c in original}


def test_listing_criteria_takes_the_same_queries_for_any_size(db: Database) -> None:
    scale = _scale(db)
    small, large = _lot(db, "KLEIN-2026"), _lot(db, "GROOT-2026")
    _save_tree(db, small, [_criterion(-1, "100", scale_id=scale.id)])
    many = [_criterion(-(i + 1), "5", scale_id=scale.id) for i in range(20)]
    _save_tree(db, large, many)

    def queries(lot: LotRecord) -> int:
        statements: list[str] = []

        def count(*args: object) -> None:
            statements.append(str(args[2]))

        event.listen(db.engine, "before_cursor_execute", count)
        try:
            with db.transaction() as session:
                assert lot.id is not None
                list_criteria(session, lot.id)
        finally:
            event.remove(db.engine, "before_cursor_execute", count)
        return len(statements)

    assert queries(small) == queries(large)


# --- locked once scoring has started ----------------------------------------------------------


def test_criteria_are_locked_once_a_score_exists_until_the_scores_are_invalidated(
    db: Database,
) -> None:
    scale = _scale(db)
    lot = _lot(db)
    saved = _save_tree(db, lot, _tree(scale.id))
    _score_one(db, lot, saved[1])
    assert lot.id is not None
    heavier = [
        replace(saved[0], weight=Decimal(70)),
        saved[1],
        saved[2],
        replace(saved[3], weight=Decimal(30)),
    ]
    with pytest.raises(ValidationError) as refused:
        _save_tree(db, lot, heavier)
    assert "locked because scoring has started" in str(refused.value)
    with pytest.raises(ValidationError) as no_reason, db.transaction() as session:
        invalidate_scores(session, lot.id, "  ")
    assert no_reason.value.field == "reason"
    with db.transaction() as session:
        assert scores_exist(session, lot.id)
        assert (
            invalidate_scores(session, lot.id, "Weging gecorrigeerd na nota van inlichtingen") == 1
        )
        assert not scores_exist(session, lot.id)
    assert [c.weight for c in _save_tree(db, lot, heavier)] == [70, 70, 30, 30]
    with db.transaction() as session:
        logged = list_entries(session, AuditFilter(table="individual_scores"))
        kept = session.scalars(select(IndividualScore)).one()
    update = next(entry for entry in logged if entry.action.value == "update")
    assert update.user == db.actor.account
    assert update.changes["invalidated"] == [False, True]
    assert update.changes["invalidated_reason"][1] == (
        "Weging gecorrigeerd na nota van inlichtingen"
    )
    assert kept.invalidated


def test_a_lot_marked_locked_refuses_new_criteria_and_copies(db: Database) -> None:
    scale = _scale(db)
    source = _lot(db, "SSB-2026")
    _save_tree(db, source, _tree(scale.id))
    locked = _lot(db, "JEUGD-2026")
    assert source.id is not None and locked.id is not None
    with db.transaction() as session:
        lot_row = session.get(Lot, locked.id)
        assert lot_row is not None
        lot_row.criteria_locked = True
    with pytest.raises(ValidationError), db.transaction() as session:
        copy_criteria(session, source.id, locked.id)
    with db.transaction() as session:
        assert invalidate_scores(session, locked.id, "Herstart beoordeling") == 0
        assert not get_lot(session, locked.id).criteria_locked
        assert len(copy_criteria(session, source.id, locked.id)) == 4


def test_a_scale_in_use_on_a_scored_lot_cannot_change(db: Database) -> None:
    scale = _scale(db)
    lot = _lot(db)
    saved = _save_tree(db, lot, _tree(scale.id))
    _score_one(db, lot, saved[1])
    changed = replace(scale, values=(*scale.values[:-1], ScaleValueRecord(Decimal(12), "Top")))
    with pytest.raises(ValidationError) as refused:
        _scale(db, changed)
    assert refused.value.field == "values"
    assert _scale(db, scale) == scale  # saving it unchanged is fine


# --- who may change -------------------------------------------------------------------------


def test_a_read_only_user_cannot_save_scales_criteria_or_invalidate_scores(
    db: Database, act_as: Callable[..., None]
) -> None:
    scale = _scale(db)
    lot, other = _lot(db, "SSB-2026"), _lot(db, "JEUGD-2026")
    saved = _save_tree(db, lot, _tree(scale.id))
    assert lot.id is not None and other.id is not None
    lot_id, other_id = lot.id, other.id
    act_as(db, "reader", Role.READ_ONLY)
    attempts: list[Callable[[Any], object]] = [
        lambda s: save_scale(s, replace(scale, description="X")),
        lambda s: save_scale(s, replace(EVEN, name="Nieuw")),
        lambda s: save_criteria(s, lot_id, [replace(c, title="X") for c in saved]),
        lambda s: copy_criteria(s, lot_id, other_id),
        lambda s: invalidate_scores(s, lot_id, "Geen recht"),
    ]
    for attempt in attempts:
        with pytest.raises(PermissionDeniedError), db.transaction() as session:
            attempt(session)
    with db.transaction() as session:
        assert list_criteria(session, lot_id) == saved
