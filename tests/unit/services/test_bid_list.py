"""The bids list re-finds the current row by counting the bids before it, in every order."""

from __future__ import annotations

import pytest

from ssb_desktop.db.database import Database
from ssb_desktop.records import BidStatus
from ssb_desktop.services.bid_list import BidQuery, BidSort, bid_position, bids_listed
from ssb_desktop.services.demo import build_demo

STATUS_LABELS = tuple((status, status.value) for status in BidStatus)


@pytest.fixture
def demo(db: Database) -> Database:
    with db.transaction() as session:
        build_demo(session)
    return db


@pytest.mark.parametrize("descending", [False, True])
@pytest.mark.parametrize("sort", list(BidSort))
def test_every_bid_is_found_at_its_row_in_every_order(
    demo: Database, sort: BidSort, descending: bool
) -> None:
    query = BidQuery(status_labels=STATUS_LABELS, sort=sort, descending=descending)
    with demo.transaction() as session:
        listed = [record.id or 0 for record in bids_listed(session, query)]
        assert len(listed) > 5
        found = [bid_position(session, query, bid_id) for bid_id in listed]
    assert found == list(range(len(listed)))


def test_a_filtered_list_finds_its_own_rows_and_not_the_others(demo: Database) -> None:
    with demo.transaction() as session:
        every = bids_listed(session, BidQuery())
        lot_id = every[-1].lot_id
        query = BidQuery(lot_id=lot_id, sort=BidSort.TOTAL, descending=True)
        shown = [record.id or 0 for record in bids_listed(session, query)]
        assert [bid_position(session, query, bid_id) for bid_id in shown] == list(range(len(shown)))
        elsewhere = next(record.id for record in every if record.lot_id != lot_id)
        assert elsewhere is not None
        assert bid_position(session, query, elsewhere) is None


def test_a_row_further_down_than_within_is_not_looked_for(demo: Database) -> None:
    query = BidQuery(sort=BidSort.CODE)
    with demo.transaction() as session:
        listed = [record.id for record in bids_listed(session, query)]
        last = listed[-1]
        assert last is not None
        assert bid_position(session, query, last, within=len(listed) - 1) == len(listed) - 1
        assert bid_position(session, query, last, within=len(listed) - 2) is None
