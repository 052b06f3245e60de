"""What the acting user may see of a lot: the one rule of blind evaluation for every route.

An evaluator on a lot's committee (a seat) sees no other evaluator's individual scores (nor
the consensus built from them) until his or her own are submitted; a quality evaluator does
not see prices when the lot hides them, until the consensus is final (the quality scores can
no longer be swayed by them; the results, which show prices, are made only then); in an
anonymised lot the bidders are codes, not names, until the consensus is final. The team
server applies the same rule to prices (``db/server_sql.py``). Someone without a seat on
the lot sees everything his or her roles allow. The scoring grid, the Bids page and its
export, the audit log and its export, the organisation register, the results (tab, chart,
print, workbook, Awards page), the dossier and the awards all ask :func:`lot_visibility` or
:func:`visibility_by_lot`; none decides on its own.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import ColumnElement, FromClause, column, func, inspect, select, table
from sqlalchemy.orm import Session, aliased
from sqlalchemy.orm.attributes import set_committed_value

from ssb_desktop.db.server_sql import BLIND_LOGIN, NAMING_FIELDS, PRICES_VIEW, TEXTS_VIEW
from ssb_desktop.db.tables import Bid, ConsensusScore, Criterion, Evaluator, Lot
from ssb_desktop.records import BidStatus
from ssb_desktop.services.permissions import current_actor

_INACTIVE = (BidStatus.WITHDRAWN, BidStatus.EXCLUDED)


@dataclass(frozen=True, slots=True)
class LotVisibility:
    """What the acting user may see of one lot."""

    lot_id: int
    seat_id: int | None = None  # the acting user's evaluator row on this lot, if any
    others_scores: bool = True  # other evaluators' individual scores, and the consensus
    prices: bool = True
    names: bool = True  # bidders by name (False: by their codes)

    @property
    def restricted(self) -> bool:
        return not (self.others_scores and self.prices and self.names)

    def sees_scores_of(self, evaluator_id: int) -> bool:
        return self.others_scores or evaluator_id == self.seat_id


FULL = LotVisibility(lot_id=0)


def consensus_final(session: Session, lot_id: int) -> bool:
    """Every active bid has a consensus score on every scored (leaf) criterion of the lot
    (the price is computed, not scored)."""
    child = aliased(Criterion)
    leaves = session.scalar(
        select(func.count())
        .select_from(Criterion)
        .where(
            Criterion.lot_id == lot_id,
            Criterion.is_price.is_(False),
            ~select(child.id).where(child.parent_id == Criterion.id).exists(),
        )
    )
    bids = session.scalar(
        select(func.count())
        .select_from(Bid)
        .where(Bid.lot_id == lot_id, Bid.status.not_in(sorted(_INACTIVE)))
    )
    if not leaves or not bids:
        return False
    given = session.scalar(
        select(func.count())
        .select_from(ConsensusScore)
        .join(Bid, Bid.id == ConsensusScore.bid_id)
        .join(Criterion, Criterion.id == ConsensusScore.criterion_id)
        .where(
            Bid.lot_id == lot_id,
            Bid.status.not_in(sorted(_INACTIVE)),
            Criterion.lot_id == lot_id,
            Criterion.is_price.is_(False),
            ConsensusScore.invalidated.is_(False),
            ~select(child.id).where(child.parent_id == Criterion.id).exists(),
        )
    )
    return (given or 0) >= leaves * bids


def visibility_by_lot(session: Session) -> dict[int, LotVisibility]:
    """The lots on which the acting user sees less than everything, by lot id.

    A lot that is not in the result is fully visible. One query for the user's seats, so
    lists (the audit log, every bid) can ask once and filter many rows.
    """
    user_id = current_actor(session).user_id
    if user_id is None:
        return {}
    seats = session.execute(
        select(
            Evaluator.id,
            Evaluator.lot_id,
            Evaluator.sees_prices,
            Evaluator.submitted_at,
            Lot.prices_hidden,
            Lot.anonymised,
        )
        .join(Lot, Lot.id == Evaluator.lot_id)
        .where(Evaluator.user_id == user_id)
    ).all()
    found: dict[int, LotVisibility] = {}
    for seat in seats:
        prices = seat.sees_prices or not seat.prices_hidden
        names = not seat.anonymised
        if not (prices and names) and consensus_final(session, seat.lot_id):
            prices = names = True
        visibility = LotVisibility(
            lot_id=seat.lot_id,
            seat_id=seat.id,
            others_scores=seat.submitted_at is not None,
            prices=prices,
            names=names,
        )
        if visibility.restricted:
            found[seat.lot_id] = visibility
    return found


def lot_visibility(session: Session, lot_id: int) -> LotVisibility:
    """What the acting user may see of lot ``lot_id``."""
    return visibility_by_lot(session).get(lot_id, LotVisibility(lot_id=lot_id))


def lots_of_bids(session: Session, bid_ids: Iterable[int]) -> dict[int, int]:
    """Bid id → lot id, for the bids given."""
    ids = sorted(set(bid_ids))
    if not ids:
        return {}
    return {
        bid: lot for bid, lot in session.execute(select(Bid.id, Bid.lot_id).where(Bid.id.in_(ids)))
    }


_bids_table = Bid.__table__
_bids = _bids_table.c
_PRICE_NAMES = ("price_per_year", "price_total")
# The server's view of the prices a blind login may see (db/server_sql.py).
_prices_view = table(
    PRICES_VIEW, column("id"), *(column(name, _bids[name].type) for name in _PRICE_NAMES)
)
# The server's view of the bids' texts that may name the bidder (db/server_sql.py).
_texts_view = table(
    TEXTS_VIEW, column("id"), *(column(name, _bids[name].type) for name in NAMING_FIELDS)
)


def price_columns(session: Session) -> tuple[ColumnElement[Decimal | None], ...]:
    """The bids' price per year and total price, to select next to columns of ``bids``.

    Straight from the table; for a team login without the privilege to read them (the
    server hides prices from it, see ``services/permissions.py``), through the server's view,
    which gives the prices of the lots this rule lets it see and nothing for the others.
    Callers still hide prices by :func:`visibility_by_lot`, which also holds on SQLite.
    """
    if not session.info.get(BLIND_LOGIN):
        return tuple(_bids[name] for name in _PRICE_NAMES)
    return tuple(
        select(_prices_view.c[name])
        .where(_prices_view.c.id == _bids.id)
        .scalar_subquery()
        .label(name)
        for name in _PRICE_NAMES
    )


def text_columns(session: Session, bids: FromClause = _bids_table) -> tuple[Any, ...]:
    """The bids' texts that may name the bidder (``NAMING_FIELDS``: late reason, status
    reason, notes, their reference), labelled by name, to select or test next to columns of
    ``bids`` (the table ``bids`` or an alias of it).

    Straight from the table; for a team login, which has no privilege on these columns,
    through the server's view, which gives them only for the lots whose bidders the login may
    see (an anonymised lot it sits on: once the consensus is final) and blank for the others.
    Callers still hide them by :func:`visibility_by_lot`, which also holds on SQLite.
    """
    if not session.info.get(BLIND_LOGIN):
        return tuple(bids.c[name] for name in NAMING_FIELDS)
    return tuple(
        func.coalesce(
            select(_texts_view.c[name]).where(_texts_view.c.id == bids.c.id).scalar_subquery(),
            "",
        ).label(name)
        for name in NAMING_FIELDS
    )


def text_column(session: Session, name: str, bids: FromClause = _bids_table) -> Any:
    """One of :func:`text_columns`."""
    return text_columns(session, bids)[NAMING_FIELDS.index(name)]


def load_hidden(session: Session, bid: Bid) -> None:
    """Give a stored ``bid`` its prices and naming texts as the acting user reads them,
    before a change.

    A change compares with, and keeps for the audit, the old value; on a team server no login
    may read those columns themselves, so they are taken from the server's views
    (:func:`price_columns`, :func:`text_columns`) and set as the bid's loaded state. A
    caller changes them only on lots the user sees whole, where the views give them all.
    """
    state = inspect(bid)
    if not session.info.get(BLIND_LOGIN) or state.key is None:
        return
    names = (*_PRICE_NAMES, *NAMING_FIELDS)
    unloaded = [name for name in names if name in state.unloaded]
    if not unloaded:
        return
    row = session.execute(
        select(*price_columns(session), *text_columns(session)).where(_bids.id == bid.id)
    ).one()
    for name, value in zip(names, row, strict=True):
        if name in unloaded:
            set_committed_value(bid, name, value)


def bid_prices(session: Session, bid_ids: Iterable[int]) -> dict[int, Decimal | None]:
    """Bid id → total price, for the bids given, read by :func:`price_columns`."""
    ids = sorted(set(bid_ids))
    if not ids:
        return {}
    _per_year, total = price_columns(session)
    rows = session.execute(select(_bids.id, total).where(_bids.id.in_(ids)))
    return {bid_id: price for bid_id, price in rows}
