"""Reading the audit log: filtered lists for the Audit log page, export, chain verification.

The Audit log page reads the log a page at a time (issue 18): five million entries after ten
years of use are counted and paged in SQL, newest first on the primary key, and the filters
use indexes (record number, user, moment).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import ColumnElement, Select, func, or_, select
from sqlalchemy.orm import Session

from ssb_desktop.db.audit import SYSTEM_ACCOUNT
from ssb_desktop.db.audit_check import ChainCheck as ChainCheck
from ssb_desktop.db.audit_check import ChainHead as ChainHead
from ssb_desktop.db.audit_check import check_chain_fast
from ssb_desktop.db.base import Base
from ssb_desktop.db.server_sql import BLIND_LOGIN, NAMING_FIELDS
from ssb_desktop.db.tables import (
    AuditEntry,
    Bid,
    BidDocument,
    BidMember,
    ConsensusScore,
    Evaluator,
    IndividualScore,
    User,
)
from ssb_desktop.formatting import LOCAL_ZONE
from ssb_desktop.records import AuditAction, AuditEntryRecord
from ssb_desktop.services.blindness import visibility_by_lot
from ssb_desktop.services.common import LIKE_ESCAPE, like_pattern
from ssb_desktop.services.permissions import Permission, require


@dataclass(frozen=True, slots=True)
class AuditFilter:
    table: str = ""
    record_id: str = ""
    user: str = ""
    since: date | None = None
    until: date | None = None
    limit: int | None = 100_000


def _local_midnight(day: date) -> datetime:
    return datetime.combine(day, time.min, tzinfo=LOCAL_ZONE).astimezone(UTC)


@dataclass(frozen=True, slots=True)
class AuditQuery:
    """Which entries the Audit log page lists, and in which order (by number: the order in
    which they were written). ``text``: every word occurs, ignoring case, in the user, the
    record number or the changed values."""

    table: str = ""
    record_id: str = ""
    user: str = ""
    since: date | None = None
    until: date | None = None
    text: str = ""
    oldest_first: bool = False


_log = AuditEntry.__table__.c
# The tables whose entries blindness may leave out altogether (as_seen).
_BLIND_TABLES = ("individual_scores", "consensus_scores", "results", "bid_members", "bid_documents")


def _conditions(criteria: AuditFilter | AuditQuery) -> list[ColumnElement[bool]]:
    conditions: list[ColumnElement[bool]] = []
    if criteria.table:
        conditions.append(_log.table_name == criteria.table)
    if criteria.record_id:
        conditions.append(_log.record_id == criteria.record_id)
    if criteria.user:
        conditions.append(_log.user_account == criteria.user)
    if criteria.since:
        conditions.append(_log.at >= _local_midnight(criteria.since))
    if criteria.until:
        conditions.append(_log.at < _local_midnight(criteria.until + timedelta(days=1)))
    if isinstance(criteria, AuditQuery):
        for word in criteria.text.lower().split():
            pattern = like_pattern(word)
            conditions.append(
                or_(
                    func.lower(_log.user_account).like(pattern, escape=LIKE_ESCAPE),
                    func.lower(_log.record_id).like(pattern, escape=LIKE_ESCAPE),
                    func.lower(_log.changes).like(pattern, escape=LIKE_ESCAPE),
                )
            )
    return conditions


def _records(rows: Sequence[Any]) -> list[AuditEntryRecord]:
    return [
        AuditEntryRecord(
            id=entry_id,
            at=at,
            user=user,
            table=table,
            record_id=record_id,
            action=AuditAction(action),
            # Amounts written by the server's trigger are JSON numbers: keep them exact.
            changes=json.loads(changes, parse_float=Decimal),
            hash=entry_hash,
        )
        for entry_id, at, user, table, record_id, action, changes, entry_hash in rows
    ]


def _entry_rows(conditions: Sequence[ColumnElement[bool]]) -> Select[Any]:
    return select(
        _log.id,
        _log.at,
        _log.user_account,
        _log.table_name,
        _log.record_id,
        _log.action,
        _log.changes,
        _log.hash,
    ).where(*conditions)


def list_entries(session: Session, criteria: AuditFilter = AuditFilter()) -> list[AuditEntryRecord]:
    """Newest first; the period is in local days, both ends included."""
    require(session, Permission.VIEW)
    query = _entry_rows(_conditions(criteria)).order_by(_log.id.desc())
    if criteria.limit:
        query = query.limit(criteria.limit)
    return as_seen(session, _records(session.execute(query).all()))


def _hidden_ids(session: Session) -> list[int]:
    """The entries :func:`as_seen` leaves out for the acting user: few (the scores and bidders
    of lots he or she may not see yet), found among the entries of those tables only."""
    if not visibility_by_lot(session):
        return []
    rows = session.execute(_entry_rows([_log.table_name.in_(_BLIND_TABLES)])).all()
    candidates = _records(rows)
    kept = {entry.id for entry in as_seen(session, candidates)}
    return [entry.id for entry in candidates if entry.id not in kept]


def _page_conditions(session: Session, query: AuditQuery) -> list[ColumnElement[bool]]:
    conditions = _conditions(query)
    hidden = _hidden_ids(session)
    if hidden:
        conditions.append(_log.id.not_in(hidden))
    return conditions


def count_entries(session: Session, query: AuditQuery) -> int:
    """How many entries ``query`` lists (as the acting user may see them)."""
    require(session, Permission.VIEW)
    statement = select(func.count()).select_from(AuditEntry.__table__)
    return int(session.scalar(statement.where(*_page_conditions(session, query))) or 0)


def total_entries(session: Session) -> int:
    """How many entries the log holds: the last number, never a count of millions of rows."""
    require(session, Permission.VIEW)
    return int(session.scalar(select(func.max(_log.id))) or 0)


def entry_page(
    session: Session, query: AuditQuery, offset: int, limit: int, *, count: int | None = None
) -> list[AuditEntryRecord]:
    """The entries at positions ``offset`` to ``offset + limit`` of ``query``'s list; with
    ``count``, a page past the middle is read from the other end of the primary key."""
    require(session, Permission.VIEW)
    if limit <= 0 or offset < 0:
        return []
    statement = _entry_rows(_page_conditions(session, query))
    newest_first = not query.oldest_first
    if count is not None and offset > count // 2:
        end = min(count, offset + limit)
        if end <= offset:
            return []
        order = _log.id.asc() if newest_first else _log.id.desc()
        rows = session.execute(
            statement.order_by(order).offset(count - end).limit(end - offset)
        ).all()[::-1]
    else:
        order = _log.id.desc() if newest_first else _log.id.asc()
        rows = session.execute(statement.order_by(order).offset(offset).limit(limit)).all()
    return as_seen(session, _records(rows))


def entry_position(
    session: Session, query: AuditQuery, entry_id: int, *, within: int | None = None
) -> int | None:
    """The row of entry ``entry_id`` in ``query``'s list, None when not listed (or, with
    ``within``, listed further down than that row)."""
    require(session, Permission.VIEW)
    conditions = _page_conditions(session, query)
    listed = session.scalar(select(_log.id).where(_log.id == entry_id, *conditions))
    if listed is None:
        return None
    before = _log.id < entry_id if query.oldest_first else _log.id > entry_id
    earlier = select(_log.id).where(*conditions, before)
    if within is not None:
        earlier = earlier.limit(within + 1)
    position = int(session.scalar(select(func.count()).select_from(earlier.subquery())) or 0)
    return None if within is not None and position > within else position


def entries_listed(session: Session, query: AuditQuery) -> list[AuditEntryRecord]:
    """Every entry of ``query``'s list in its order (an export of what the page lists)."""
    require(session, Permission.VIEW)
    order = _log.id.asc() if query.oldest_first else _log.id.desc()
    statement = _entry_rows(_page_conditions(session, query)).order_by(order)
    return as_seen(session, _records(session.execute(statement).all()))


# Fields of a bid that name its bidder or its price.
_PRICE_FIELDS = frozenset({"price_total", "price_per_year"})
_NAMING_FIELDS = frozenset(NAMING_FIELDS)


def _first_value(changes: dict[str, list[object]], name: str) -> object:
    pair = changes.get(name)
    if not pair:
        return None
    return next((value for value in pair if value is not None), None)


def _as_int(value: object) -> int | None:
    try:
        return int(str(value))
    except ValueError:
        return None


def as_seen(session: Session, entries: Sequence[AuditEntryRecord]) -> list[AuditEntryRecord]:
    """``entries`` as the acting user may see them (:mod:`services.blindness`).

    An evaluator who has not submitted finds no entry of another evaluator's score, of a
    consensus score or of a result of that lot; prices the lot hides from him or her are
    left out of its bids' entries; in an anonymised lot the entries of its bidders (members,
    documents) are left out, and the texts of its bids that name them.
    """
    hidden = visibility_by_lot(session)
    if not hidden:
        return list(entries)
    lots = sorted(hidden)
    bid_lot = {
        bid: lot
        for bid, lot in session.execute(select(Bid.id, Bid.lot_id).where(Bid.lot_id.in_(lots)))
    }
    score_of = {
        score_id: (lot_id, evaluator_id)
        for score_id, lot_id, evaluator_id in session.execute(
            select(IndividualScore.id, Evaluator.lot_id, IndividualScore.evaluator_id)
            .join(Evaluator, Evaluator.id == IndividualScore.evaluator_id)
            .where(Evaluator.lot_id.in_(lots))
        )
    }
    evaluator_lot = {
        evaluator: lot
        for evaluator, lot in session.execute(
            select(Evaluator.id, Evaluator.lot_id).where(Evaluator.lot_id.in_(lots))
        )
    }
    part_lot: dict[str, dict[int, int]] = {}
    for table, model in (
        ("bid_members", BidMember),
        ("bid_documents", BidDocument),
        ("consensus_scores", ConsensusScore),
    ):
        part_lot[table] = {
            part_id: bid_lot[bid_id]
            for part_id, bid_id in session.execute(
                select(model.id, model.bid_id).where(model.bid_id.in_(list(bid_lot)))
            )
        }

    def lot_of(entry: AuditEntryRecord) -> int | None:
        record_id = _as_int(entry.record_id)
        changes = entry.changes
        if entry.table == "individual_scores":
            known = score_of.get(record_id) if record_id is not None else None
            if known:
                return known[0]
            evaluator = _as_int(_first_value(changes, "evaluator_id"))
            return evaluator_lot.get(evaluator) if evaluator is not None else None
        if entry.table == "bids":
            found = bid_lot.get(record_id) if record_id is not None else None
            return found if found is not None else _as_int(_first_value(changes, "lot_id"))
        if entry.table in part_lot:
            found = part_lot[entry.table].get(record_id) if record_id is not None else None
            if found is not None:
                return found
            bid = _as_int(_first_value(changes, "bid_id"))
            return bid_lot.get(bid) if bid is not None else None
        if entry.table == "results":
            return _as_int(_first_value(changes, "lot_id"))
        return None

    seen: list[AuditEntryRecord] = []
    for entry in entries:
        lot_id = lot_of(entry)
        visibility = hidden.get(lot_id) if lot_id is not None else None
        if visibility is None:
            seen.append(entry)
            continue
        if entry.table == "individual_scores":
            record_id = _as_int(entry.record_id)
            owner = score_of.get(record_id) if record_id is not None else None
            evaluator = owner[1] if owner else _as_int(_first_value(entry.changes, "evaluator_id"))
            if evaluator is None or not visibility.sees_scores_of(evaluator):
                continue
        elif entry.table in ("consensus_scores", "results"):
            if not visibility.others_scores:
                continue
        elif entry.table in ("bid_members", "bid_documents"):
            if not visibility.names:
                continue
        elif entry.table == "bids":
            dropped = (set() if visibility.prices else _PRICE_FIELDS) | (
                set() if visibility.names else _NAMING_FIELDS
            )
            if dropped & entry.changes.keys():
                kept = {k: v for k, v in entry.changes.items() if k not in dropped}
                entry = replace(entry, changes=kept)
        seen.append(entry)
    return seen


def audited_tables(session: Session) -> list[str]:
    """Every table whose changes the log records: from the schema, never a scan of the log
    (which holds millions of entries after some years)."""
    require(session, Permission.VIEW)
    return sorted(name for name in Base.metadata.tables if name != AuditEntry.__tablename__)


def audited_users(session: Session) -> list[str]:
    """Everyone who can write to the log: the program's users and the system account, from
    the users table rather than a scan of the log."""
    require(session, Permission.VIEW)
    return sorted({*session.scalars(select(User.account)), SYSTEM_ACCOUNT})


def check_chain(
    session: Session,
    *,
    after: ChainHead | None = None,
    on_progress: Callable[[int, int], None] | None = None,
) -> ChainCheck:
    """Verify the audit chain, from the start or after an entry verified before (the check
    then costs only what was written since); ``on_progress(done, total)`` may raise to stop."""
    require(session, Permission.VIEW)
    return check_chain_fast(
        session.connection(),
        after=after,
        on_progress=on_progress,
        blind=bool(session.info.get(BLIND_LOGIN)),
    )


def describe_changes(changes: dict[str, list[object]]) -> str:
    """field: old → new, one per line, for display and export."""
    lines = []
    for name, (old, new) in sorted(changes.items()):
        lines.append(f"{name}: {'' if old is None else old} → {'' if new is None else new}")
    return "\n".join(lines)


def last_entry(session: Session) -> ChainHead | None:
    """The head of the audit chain (its last entry), the anchor that exports, dossiers and
    ``ssb-desktop check`` print and ``check --anchor`` takes; None for an empty log."""
    row = session.execute(
        select(AuditEntry.id, AuditEntry.hash).order_by(AuditEntry.id.desc()).limit(1)
    ).first()
    return ChainHead(row[0], row[1]) if row else None


def chain_head(session: Session) -> str | None:
    """:func:`last_entry` written as ``NUMBER:HASH``."""
    head = last_entry(session)
    return None if head is None else str(head)
