"""Pages of the bids list, sorted, filtered and counted in the database (issue 18).

The Bids page asks for the number of bids a filter matches and for one page of them at a
time, as the Organisations page does. What the acting user may not see
(:mod:`services.blindness`) is hidden here as in every list of bids: a page's records go
through :func:`bids.as_seen`, and the search and the sort work on what is shown, so that
neither a search for a bidder's name nor a sort by price tells anything about a lot whose
bidders or prices are hidden from the user.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from enum import StrEnum
from typing import Any

from sqlalchemy import (
    ColumnElement,
    String,
    and_,
    case,
    cast,
    func,
    literal,
    null,
    select,
    union,
)
from sqlalchemy.orm import Session

from ssb_desktop.db.tables import Bid, BidMember, Lot, Organisation, Procurement
from ssb_desktop.formatting import fold_for_search
from ssb_desktop.records import BidRecord, BidStatus, ConsortiumRole
from ssb_desktop.services.bids import as_seen, bid_records
from ssb_desktop.services.blindness import price_columns, visibility_by_lot
from ssb_desktop.services.common import LIKE_ESCAPE, like_pattern
from ssb_desktop.services.permissions import Permission, require

# Bids per query when all bids of a filter are read (export).
_CHUNK = 2_000

_b = Bid.__table__.c
_lot = Lot.__table__.c
_procurement = Procurement.__table__.c
_member = BidMember.__table__.c
_o = Organisation.__table__.c


class BidSort(StrEnum):
    """The orders the bids list can be shown in (the columns of the Bids page)."""

    LOT = "lot"
    CODE = "code"
    BIDDER = "bidder"
    MEMBERS = "members"
    RECEIVED = "received"
    LATE = "late"
    PER_YEAR = "per_year"
    TOTAL = "total"
    STATUS = "status"
    REASON = "reason"


@dataclass(frozen=True, slots=True)
class BidQuery:
    """Which bids the list shows, and in which order.

    ``text``: every word must occur (ignoring case and accents) in the lot, the code, the
    register entry of one of the bid's organisations, the status as the screen names it
    (``status_labels``: each status with its label in the user's language) or the status
    reason; names and reasons only where the user may know who bid.
    """

    lot_id: int | None = None
    text: str = ""
    status_labels: tuple[tuple[BidStatus, str], ...] = ()
    sort: BidSort = BidSort.LOT
    descending: bool = False


@dataclass(frozen=True, slots=True)
class _Hidden:
    """The lots on which the acting user may not see the prices, or the bidders."""

    prices: tuple[int, ...]
    names: tuple[int, ...]


def _hidden(session: Session) -> _Hidden:
    by_lot = visibility_by_lot(session)
    return _Hidden(
        prices=tuple(lot for lot, seen in by_lot.items() if not seen.prices),
        names=tuple(lot for lot, seen in by_lot.items() if not seen.names),
    )


def _shown_where(lots: tuple[int, ...], value: Any, blank: Any = None) -> Any:
    """``value``, or ``blank`` on the ``lots`` where the user may not see it."""
    if not lots:
        return value
    return case((_b.lot_id.in_(lots), blank if blank is not None else null()), else_=value)


def _lead_sort_name() -> Any:
    return (
        select(_o.sort_name)
        .join_from(BidMember.__table__, Organisation.__table__, _o.id == _member.organisation_id)
        .where(_member.bid_id == _b.id, _member.role == ConsortiumRole.LEAD)
        .limit(1)
        .scalar_subquery()
    )


def _sort_value(session: Session, sort: BidSort, hidden: _Hidden) -> Any:
    """What a column is sorted by, as the user sees it (None where the column is empty)."""
    per_year, total = price_columns(session)
    deadline = _procurement.submission_deadline
    if sort is BidSort.CODE:
        return _b.code
    if sort is BidSort.BIDDER:
        return _shown_where(hidden.names, _lead_sort_name())
    if sort is BidSort.MEMBERS:
        members = (
            select(func.count())
            .select_from(BidMember.__table__)
            .where(_member.bid_id == _b.id)
            .scalar_subquery()
        )
        return _shown_where(hidden.names, members, literal(0))
    if sort is BidSort.RECEIVED:
        return _b.received_at
    if sort is BidSort.LATE:
        late = and_(deadline.is_not(None), _b.received_at > deadline)
        return case((late, literal(1)), else_=null())
    if sort is BidSort.PER_YEAR:
        return _shown_where(hidden.prices, per_year)
    if sort is BidSort.TOTAL:
        return _shown_where(hidden.prices, total)
    if sort is BidSort.STATUS:
        return _b.status
    if sort is BidSort.REASON:
        reason = case((_b.status_reason == "", null()), else_=_b.status_reason)
        return _shown_where(hidden.names, reason)
    return None


def _order_by(session: Session, query: BidQuery, hidden: _Hidden) -> list[Any]:
    """The order of the list: the column's value (empty ones last either way, as on every
    list of the program), then lot and code, as the list was loaded before any sort."""
    load_order = [_procurement.reference, _lot.number, _b.code, _b.id]
    value = _sort_value(session, query.sort, hidden)
    if value is None:
        terms = load_order
        return [term.desc() for term in terms] if query.descending else terms
    empty_last = case((value.is_(None), literal(1)), else_=literal(0))
    return [empty_last, value.desc() if query.descending else value.asc(), *load_order]


def _word_condition(word: str, query: BidQuery, hidden: _Hidden) -> ColumnElement[bool]:
    """The bids ``word`` occurs in, as one set of ids: each part is answered on its own table
    (a union), not by testing every bid against every part (three times faster at 20,000)."""
    pattern = like_pattern(word)
    # An alias: the outer list's ``bids`` must not correlate into the parts.
    inner = Bid.__table__.alias("word_bids")
    seen = [inner.c.lot_id.not_in(hidden.names)] if hidden.names else []
    label = func.lower(_procurement.reference + literal("/", String) + cast(_lot.number, String))
    labelled_lots = (
        select(_lot.id)
        .join_from(Lot.__table__, Procurement.__table__, _procurement.id == _lot.procurement_id)
        .where(label.like(pattern, escape=LIKE_ESCAPE))
    )
    parts = [
        select(inner.c.id).where(func.lower(inner.c.code).like(pattern, escape=LIKE_ESCAPE)),
        select(inner.c.id).where(inner.c.lot_id.in_(labelled_lots)),
        select(inner.c.id).where(
            func.lower(inner.c.status_reason).like(pattern, escape=LIKE_ESCAPE), *seen
        ),
        select(_member.bid_id)
        .join_from(BidMember.__table__, Organisation.__table__, _o.id == _member.organisation_id)
        .join(inner, inner.c.id == _member.bid_id)
        .where(_o.search_text.like(pattern, escape=LIKE_ESCAPE), *seen),
    ]
    statuses = [status for status, text in query.status_labels if word in fold_for_search(text)]
    if statuses:
        parts.append(select(inner.c.id).where(inner.c.status.in_(statuses)))
    return _b.id.in_(union(*parts))


def _conditions(query: BidQuery, hidden: _Hidden) -> list[ColumnElement[bool]]:
    conditions: list[ColumnElement[bool]] = []
    if query.lot_id is not None:
        conditions.append(_b.lot_id == query.lot_id)
    conditions.extend(_word_condition(word, query, hidden) for word in query.text.split())
    return conditions


def _normalised(query: BidQuery) -> BidQuery:
    words = fold_for_search(query.text)
    return query if words == query.text else replace(query, text=words)


def _from() -> Any:
    return Bid.__table__.join(Lot.__table__, _lot.id == _b.lot_id).join(
        Procurement.__table__, _procurement.id == _lot.procurement_id
    )


def count_bids(session: Session, query: BidQuery) -> int:
    """How many bids ``query`` lists."""
    require(session, Permission.VIEW)
    query = _normalised(query)
    conditions = _conditions(query, _hidden(session))
    statement = select(func.count()).select_from(_from()).where(*conditions)
    return int(session.scalar(statement) or 0)


def total_bids(session: Session) -> int:
    """How many bids there are on all lots."""
    require(session, Permission.VIEW)
    return int(session.scalar(select(func.count()).select_from(Bid.__table__)) or 0)


def _ids(session: Session, query: BidQuery) -> Any:
    query = _normalised(query)
    hidden = _hidden(session)
    return (
        select(_b.id)
        .select_from(_from())
        .where(*_conditions(query, hidden))
        .order_by(*_order_by(session, query, hidden))
    )


def _records_in_order(session: Session, ids: Sequence[int]) -> list[BidRecord]:
    if not ids:
        return []
    place = {bid_id: number for number, bid_id in enumerate(ids)}
    records = bid_records(session, _b.id.in_(ids))
    records.sort(key=lambda record: place[record.id or 0])
    return as_seen(session, records)


def bid_page(
    session: Session, query: BidQuery, offset: int, limit: int, *, count: int | None = None
) -> list[BidRecord]:
    """The bids at positions ``offset`` to ``offset + limit`` of ``query``'s list, as the
    acting user may see them. (``count`` is accepted for the paged list's protocol.)"""
    require(session, Permission.VIEW)
    if limit <= 0 or offset < 0:
        return []
    ids = list(session.scalars(_ids(session, query).offset(offset).limit(limit)))
    return _records_in_order(session, ids)


def bid_position(
    session: Session, query: BidQuery, bid_id: int, *, within: int | None = None
) -> int | None:
    """The row of bid ``bid_id`` in ``query``'s list; None when not listed (or, with
    ``within``, listed further down than that row). Reads ids only."""
    require(session, Permission.VIEW)
    statement = _ids(session, query)
    if within is not None:
        statement = statement.limit(within + 1)
    for row, found in enumerate(session.scalars(statement)):
        if found == bid_id:
            return row
    return None


def iter_bids(session: Session, query: BidQuery) -> Iterator[BidRecord]:
    """Every bid of ``query``'s list in its order, a chunk at a time (an export of the list
    as shown)."""
    require(session, Permission.VIEW)
    ids = list(session.scalars(_ids(session, query)))
    for start in range(0, len(ids), _CHUNK):
        yield from _records_in_order(session, ids[start : start + _CHUNK])


def bids_listed(session: Session, query: BidQuery) -> list[BidRecord]:
    """All of :func:`iter_bids` in a list."""
    return list(iter_bids(session, query))


__all__ = [
    "BidQuery",
    "BidSort",
    "bid_page",
    "bid_position",
    "bids_listed",
    "count_bids",
    "iter_bids",
    "total_bids",
]
