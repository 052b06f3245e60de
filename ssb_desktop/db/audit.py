"""Automatic audit trail: a session event turns every flushed insert, update and delete into
hash-chained rows of ``audit_log``; ``verify_chain`` finds the first broken link."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from enum import Enum
from typing import Any, cast

from sqlalchemy import Table, event, func, inspect, select, text
from sqlalchemy.orm import (
    ColumnProperty,
    Mapper,
    RelationshipProperty,
    Session,
    UOWTransaction,
    object_session,
)

from ssb_desktop.db.base import Base, utcnow
from ssb_desktop.db.bulk import insert_rows
from ssb_desktop.db.tables.audit import AuditEntry
from ssb_desktop.records import AuditAction

GENESIS_HASH = "0" * 64
SYSTEM_ACCOUNT = "system"
# Bookkeeping columns whose change alone is not an edit worth recording.
_IGNORED = frozenset({"version", "created_at", "updated_at"})
# Any fixed key works; it only has to be the same for every writer of one database.
_PG_LOCK_KEY = 7_301_990_001


def to_json_value(value: Any) -> Any:
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Base):
        return _identity(value)
    return value


def _identity(obj: Base) -> str:
    # The identity key of a new object is only assigned after after_flush; the primary key
    # attributes are already populated by then.
    state = inspect(obj)
    keys = state.mapper.primary_key_from_instance(obj)
    if any(part is None for part in keys):
        return ""
    return "/".join(str(part) for part in keys)


def entry_hash(
    prev_hash: str,
    at: datetime,
    user: str,
    table: str,
    record_id: str,
    action: str,
    changes: str,
) -> str:
    payload = json.dumps(
        [prev_hash, at.isoformat(), user, table, record_id, action, changes],
        ensure_ascii=False,
        separators=(",", ":"),
    )
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


@dataclass(frozen=True, slots=True)
class _Change:
    table: str
    record_id: str
    action: AuditAction
    changes: dict[str, list[Any]]


def _collection_ids(values: Iterable[Any]) -> list[str]:
    return sorted(_identity(item) for item in values)


def _attributes(mapper: Mapper[Any]) -> Iterator[tuple[str, bool]]:
    """(attribute key, is a many-to-many collection) for everything the audit records."""
    for prop in mapper.iterate_properties:
        if isinstance(prop, ColumnProperty):
            if prop.key not in _IGNORED:
                yield prop.key, False
        elif isinstance(prop, RelationshipProperty) and prop.secondary is not None:
            yield prop.key, True


def _describe(obj: Base, action: AuditAction) -> _Change | None:
    state = inspect(obj)
    mapper = state.mapper
    changes: dict[str, list[Any]] = {}
    for key, is_collection in _attributes(mapper):
        if action is AuditAction.UPDATE:
            history = state.attrs[key].history
            if not history.has_changes():
                continue
            if is_collection:
                current = _collection_ids(getattr(obj, key))
                added = set(_collection_ids(history.added))
                removed = set(_collection_ids(history.deleted))
                before = sorted((set(current) - added) | removed)
                if before != current:
                    changes[key] = [before, current]
            else:
                old = history.deleted[0] if history.deleted else None
                new = history.added[0] if history.added else None
                if to_json_value(old) != to_json_value(new):
                    changes[key] = [to_json_value(old), to_json_value(new)]
        else:
            value = state.dict.get(key)
            if is_collection:
                value = _collection_ids(value or ())
            elif action is AuditAction.DELETE and key not in state.dict:
                value = None
            value = to_json_value(value)
            if value in (None, "", []):
                continue
            changes[key] = [None, value] if action is AuditAction.INSERT else [value, None]
    if action is AuditAction.UPDATE and not changes:
        return None
    return _Change(mapper.local_table.name, _identity(obj), action, changes)  # type: ignore[attr-defined]


_DELETED_KEY = "audit_deleted"


def _on_delete(mapper: Mapper[Any], connection: Any, target: Any) -> None:
    """Every deleted row, also orphans and cascades, which never appear in session.deleted."""
    session = object_session(target)
    if session is None or isinstance(target, AuditEntry) or not isinstance(target, Base):
        return
    change = _describe(target, AuditAction.DELETE)
    if change is not None:
        session.info.setdefault(_DELETED_KEY, []).append(change)


def _collect(session: Session) -> list[_Change]:
    found: list[_Change] = []
    for objects, action in (
        (session.new, AuditAction.INSERT),
        (session.dirty, AuditAction.UPDATE),
    ):
        for obj in objects:
            if isinstance(obj, AuditEntry) or not isinstance(obj, Base):
                continue
            if action is AuditAction.UPDATE and not session.is_modified(obj):
                continue
            change = _describe(obj, action)
            if change is not None:
                found.append(change)
    return found


def _last_hash(session: Session) -> str:
    connection = session.connection()
    if connection.dialect.name == "postgresql":
        # Serialise writers so two sessions never chain onto the same previous hash;
        # SQLite already holds the database write lock once the flush has written rows.
        connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _PG_LOCK_KEY})
    last = connection.execute(
        select(AuditEntry.hash).order_by(AuditEntry.id.desc()).limit(1)
    ).scalar_one_or_none()
    return last or GENESIS_HASH


def _write_entries(session: Session, changes: Sequence[_Change]) -> None:
    """Append ``changes`` to the chain, after the last entry, as the acting user."""
    if not changes:
        return
    actor = session.info.get("actor")
    user = getattr(actor, "account", None) or SYSTEM_ACCOUNT
    at = utcnow()
    prev = _last_hash(session)
    rows = []
    for change in changes:
        payload = json.dumps(
            change.changes, ensure_ascii=False, sort_keys=True, separators=(",", ":"), default=str
        )
        digest = entry_hash(
            prev, at, user, change.table, change.record_id, change.action.value, payload
        )
        rows.append(
            {
                "at": at,
                "user_account": user,
                "table_name": change.table,
                "record_id": change.record_id,
                "action": change.action,
                "changes": payload,
                "prev_hash": prev,
                "hash": digest,
            }
        )
        prev = digest
    insert_rows(session.connection(), cast(Table, AuditEntry.__table__), rows)


def _after_flush(session: Session, flush_context: UOWTransaction) -> None:
    deleted: list[_Change] = session.info.pop(_DELETED_KEY, [])
    _write_entries(session, [*_collect(session), *deleted])


def insert_audited(
    session: Session,
    entity: type[Base],
    rows: Sequence[dict[str, Any]],
    *,
    extra: Sequence[dict[str, Any]] | None = None,
) -> list[int]:
    """Insert many rows of ``entity`` in one statement and audit each, as a flush would.

    The unit of work costs milliseconds per object, too slow for imports of tens of
    thousands of rows; this is the one other way in, and it writes the same audit entries.
    ``extra`` adds per-row values that live elsewhere (e.g. the ids of linked districts) to
    each row's audit entry. Returns the new primary keys in the order of ``rows``.
    """
    if not rows:
        return []
    table = cast(Table, entity.__table__)
    new_ids = _allocate_ids(session, table, len(rows))
    # A plain executemany with the ids given is several times faster than INSERT..RETURNING.
    insert_rows(
        session.connection(),
        table,
        [{**row, "id": new_id} for row, new_id in zip(rows, new_ids, strict=True)],
    )
    changes = []
    for position, (row, new_id) in enumerate(zip(rows, new_ids, strict=True)):
        values: dict[str, list[Any]] = {"id": [None, new_id]}
        for key, value in row.items():
            if key in _IGNORED:
                continue
            shown = to_json_value(value)
            if shown not in (None, "", []):
                values[key] = [None, shown]
        if extra is not None:
            for key, value in extra[position].items():
                shown = to_json_value(value)
                if shown not in (None, "", []):
                    values[key] = [None, shown]
        changes.append(_Change(table.name, str(new_id), AuditAction.INSERT, values))
    _write_entries(session, changes)
    return new_ids


def _allocate_ids(session: Session, table: Table, count: int) -> list[int]:
    connection = session.connection()
    if connection.dialect.name == "postgresql":
        sequence = connection.execute(
            text("SELECT pg_get_serial_sequence(:table, 'id')"), {"table": table.name}
        ).scalar_one()
        return [
            int(value)
            for value in connection.execute(
                text("SELECT nextval(:sequence) FROM generate_series(1, :count)"),
                {"sequence": sequence, "count": count},
            ).scalars()
        ]
    # SQLite: take the write lock first, so no other writer can add rows between reading
    # the highest id and inserting after it.
    connection.execute(text("UPDATE audit_log SET id = id WHERE 0"))
    highest = connection.execute(select(func.max(table.c.id))).scalar_one() or 0
    return list(range(highest + 1, highest + count + 1))


def install_audit(session_class: type[Session] | Any) -> None:
    """Record every flush of sessions made by ``session_class`` (a sessionmaker or class)."""
    if not event.contains(session_class, "after_flush", _after_flush):
        event.listen(session_class, "after_flush", _after_flush)
    if not event.contains(Base, "after_delete", _on_delete):
        event.listen(Base, "after_delete", _on_delete, propagate=True)


@dataclass(frozen=True, slots=True)
class ChainBreak:
    entry_id: int
    reason: str


def verify_chain(session: Session) -> tuple[int, ChainBreak | None]:
    """Recompute every hash in order; return the number checked and the first broken link."""
    prev = GENESIS_HASH
    checked = 0
    result = session.execute(
        select(
            AuditEntry.id,
            AuditEntry.at,
            AuditEntry.user_account,
            AuditEntry.table_name,
            AuditEntry.record_id,
            AuditEntry.action,
            AuditEntry.changes,
            AuditEntry.prev_hash,
            AuditEntry.hash,
        ).order_by(AuditEntry.id)
    ).yield_per(5000)
    for row in result:
        if row.prev_hash != prev:
            return checked, ChainBreak(row.id, "previous_hash")
        expected = entry_hash(
            prev,
            row.at,
            row.user_account,
            row.table_name,
            row.record_id,
            AuditAction(row.action).value,
            row.changes,
        )
        if expected != row.hash:
            return checked, ChainBreak(row.id, "hash")
        prev = row.hash
        checked += 1
    return checked, None
