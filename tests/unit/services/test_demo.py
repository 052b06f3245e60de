"""The demo database shows every rule of issue 3 on screen, and keeps every one of them."""

from __future__ import annotations

from decimal import Decimal

import pytest

from ssb_desktop.db.database import Database
from ssb_desktop.records import (
    AwardMethod,
    BidRecord,
    ConsortiumRole,
    DropoutRule,
    LotRecord,
    PriceFormula,
)
from ssb_desktop.services import bids, criteria, procurement
from ssb_desktop.services.demo import build_demo


@pytest.fixture
def demo(db: Database) -> Database:
    with db.transaction() as session:
        build_demo(session)
    return db


def _lots(db: Database) -> dict[int, LotRecord]:
    with db.transaction() as session:
        return {lot.number: lot for lot in procurement.list_lots(session)}


def _bids(db: Database) -> list[BidRecord]:
    with db.transaction() as session:
        return bids.list_bids(session)


def test_the_lots_promise_different_procedures_and_extension_options(demo: Database) -> None:
    lots = _lots(demo)

    assert [lots[n].award_method for n in (1, 2, 3)] == [
        AwardMethod.FIXED_PRICE_QUALITY,
        AwardMethod.FIXED_PRICE_QUALITY,
        AwardMethod.WEIGHTED_POINTS,
    ]
    assert (lots[3].price_formula, lots[3].price_max_points) == (PriceFormula.RELATIVE, Decimal(20))
    assert lots[3].dropout_rule is DropoutRule.FREEZE
    assert [lots[n].anonymised for n in (1, 2, 3)] == [False, True, False]
    assert [lots[n].evaluator_count for n in (1, 2, 3)] == [3, 4, 3]
    assert [procurement.format_extensions(lots[n].extension_months) for n in (1, 2, 3)] == [
        "1 x 24 maanden",
        "1 x 24 maanden",
        "2 x 12 maanden",
    ]


def test_lot_3_weighs_price_and_splits_one_main_criterion_into_sub_criteria(
    demo: Database,
) -> None:
    lot = _lots(demo)[3]
    with demo.transaction() as session:
        tree = criteria.list_criteria(session, lot.id or 0)
    by_code = {c.code: c for c in tree}
    subs = [c for c in tree if c.parent_id is not None]

    assert [c.code for c in subs] == ["K1.1", "K1.2", "K1.3"]
    assert {c.parent_id for c in subs} == {by_code["K1"].id}
    assert sum(c.weight for c in subs) == Decimal(100)
    assert sum(c.weight for c in tree if c.parent_id is None) == Decimal(100)
    assert by_code["P"].is_price and by_code["P"].weight == Decimal(20)


def test_one_late_bid_is_accepted_with_a_reason_and_a_consortium_has_a_subcontractor(
    demo: Database,
) -> None:
    found = _bids(demo)

    late = [b for b in found if b.late]
    assert [(b.lot_label, b.code) for b in late] == [("SSB-2019/1", "B")]
    assert "storing" in late[0].late_reason
    roles = {
        (b.lot_label, b.code): [m.role for m in b.members] for b in found if b.member_count > 1
    }
    assert roles[("SSB-2019/3", "A")] == [
        ConsortiumRole.LEAD,
        ConsortiumRole.MEMBER,
        ConsortiumRole.SUBCONTRACTOR,
    ]
    with_documents = [b for b in found if b.documents]
    assert len(with_documents) == 3
    assert all(d.endswith((".pdf", ".xlsx")) for b in with_documents for d in b.documents)


def test_every_lot_criteria_tree_and_bid_passes_the_rules_of_the_services(
    demo: Database,
) -> None:
    with demo.transaction() as session:
        scales = {s.id: s for s in criteria.list_scales(session) if s.id is not None}
        for lot in procurement.list_lots(session):
            tree = criteria.list_criteria(session, lot.id or 0)
            assert criteria.check_criteria(tree, scales, lot) == [], lot.label
            procurement.save_lot(session, lot)
        for bid in bids.list_bids(session):
            # Saved again as they are: a late bid without its reason would be refused here.
            bids.save_bid(session, bid)
