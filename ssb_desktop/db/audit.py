"""Automatic audit trail: a session event turns every flushed insert, update and delete into
hash-chained rows of ``audit_log``; ``verify_chain`` finds the first broken link."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Iterator, Mapping, Sequence
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
    configure_mappers,
    object_session,
)

from ssb_desktop.db.base import Base, utcnow
from ssb_desktop.db.bulk import insert_columns
from ssb_desktop.db.tables.audit import AuditEntry
from ssb_desktop.records import AuditAction

GENESIS_HASH = "0" * 64
SYSTEM_ACCOUNT = "system"
# Bookkeeping columns whose change alone is not an edit worth recording.
# sort_name and search_text are derived from audited columns (issue 18: the register's list).
_IGNORED = frozenset({"version", "created_at", "updated_at", "sort_name", "search_text"})
# Any fixed key works; it only has to be the same for every writer of one database (the
# server's audit trigger of a team database takes it too, see db/server_sql.py).
PG_AUDIT_LOCK_KEY = 7_301_990_001
# Set on a session of a team database, whose triggers write the audit log themselves.
SERVER_AUDIT = "server_audit"


def to_json_value(value: Any) -> Any:
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Base):
        return _identity(value)
    if isinstance(value, bytes):
        # A file (the letterhead's logo): its fingerprint, not megabytes in every entry.
        return f"sha256:{hashlib.sha256(value).hexdigest()} ({len(value)} bytes)" if value else ""
    return value


def _identity(obj: Base) -> str:
    # The identity key of a new object is only assigned after after_flush; the primary key
    # attributes are already populated by then.
    state = inspect(obj)
    keys = state.mapper.primary_key_from_instance(obj)
    if any(part is None for part in keys):
        return ""
    return "/".join(str(part) for part in keys)


# The encoders json.dumps(..., ensure_ascii=False) uses; kept once instead of one per call.
_encode_text = json.encoder.encode_basestring
_CHANGES_ENCODER = json.JSONEncoder(
    ensure_ascii=False, sort_keys=True, separators=(",", ":"), default=str
)
_EMPTY: tuple[Any, ...] = (None, "", [])
# Values of these types that compare equal are written alike, so one encoding serves them all.
_MEMO_TYPES = (bool, int, str, Enum)


def entry_hash(
    prev_hash: str,
    at: datetime,
    user: str,
    table: str,
    record_id: str,
    action: str,
    changes: str,
) -> str:
    """SHA-256 of the compact JSON array ``[prev_hash, at, user, table, record_id, action,
    changes]`` (``ensure_ascii=False``); every entry of every database is hashed this way."""
    return _chained_hash(prev_hash, _hash_middle(at, user, table), record_id, action, changes)


def _hash_middle(at: datetime, user: str, table: str) -> str:
    """The part of an entry's hashed JSON array that a batch of entries shares."""
    return f"{_encode_text(at.isoformat())},{_encode_text(user)},{_encode_text(table)}"


def _chained_hash(prev_hash: str, middle: str, record_id: str, action: str, changes: str) -> str:
    # Byte for byte what json.dumps([...], ensure_ascii=False, separators=(",", ":")) gives,
    # without encoding the shared middle again for every entry.
    payload = (
        f"[{_encode_text(prev_hash)},{middle},{_encode_text(record_id)},"
        f"{_encode_text(action)},{_encode_text(changes)}]"
    )
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def _changes_json(changes: dict[str, list[Any]]) -> str:
    return _CHANGES_ENCODER.encode(changes)


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


def audited_fields() -> dict[str, tuple[str, ...]]:
    """Per table, the fields the audit log records of its rows (the names its entries use)."""
    configure_mappers()
    return {
        str(mapper.local_table.name): tuple(key for key, _ in _attributes(mapper))  # type: ignore[attr-defined]
        for mapper in Base.registry.mappers
        if mapper.class_ is not AuditEntry
    }


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
    # A plain str: SQLAlchemy's quoted_name makes the driver look for adapters on every row.
    table = str(mapper.local_table.name)  # type: ignore[attr-defined]
    return _Change(table, _identity(obj), action, changes)


_DELETED_KEY = "audit_deleted"


def _on_delete(mapper: Mapper[Any], connection: Any, target: Any) -> None:
    """Every deleted row, also orphans and cascades, which never appear in session.deleted."""
    session = object_session(target)
    if session is None or isinstance(target, AuditEntry) or not isinstance(target, Base):
        return
    if session.info.get(SERVER_AUDIT):
        return  # the server's trigger records it (and may read what this login may not)
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
        connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": PG_AUDIT_LOCK_KEY})
    last = connection.execute(
        select(AuditEntry.hash).order_by(AuditEntry.id.desc()).limit(1)
    ).scalar_one_or_none()
    return last or GENESIS_HASH


def _actor_account(session: Session) -> str:
    actor = session.info.get("actor")
    return getattr(actor, "account", None) or SYSTEM_ACCOUNT


def _write_entries(session: Session, changes: Sequence[_Change]) -> None:
    """Append ``changes`` to the chain, after the last entry, as the acting user."""
    if not changes:
        return
    user = _actor_account(session)
    at = utcnow()
    prev = _last_hash(session)
    record_ids: list[str] = []
    tables: list[str] = []
    actions: list[AuditAction] = []
    payloads: list[str] = []
    prev_hashes: list[str] = []
    hashes: list[str] = []
    middles: dict[str, str] = {}
    for change in changes:
        payload = _changes_json(change.changes)
        middle = middles.get(change.table)
        if middle is None:
            middle = middles[change.table] = _hash_middle(at, user, change.table)
        digest = _chained_hash(prev, middle, change.record_id, change.action.value, payload)
        record_ids.append(change.record_id)
        tables.append(change.table)
        actions.append(change.action)
        payloads.append(payload)
        prev_hashes.append(prev)
        hashes.append(digest)
        prev = digest
    insert_columns(
        session.connection(),
        cast(Table, AuditEntry.__table__),
        {
            "table_name": tables,
            "record_id": record_ids,
            "action": actions,
            "changes": payloads,
            "prev_hash": prev_hashes,
            "hash": hashes,
        },
        same={"at": at, "user_account": user},
    )


def _json_pieces(key: str, values: Sequence[Any]) -> list[str | None]:
    """``"key":[null,value]`` in JSON for each of ``values``, as :func:`_changes_json` writes
    it inside an insert's changes, or ``None`` where the audit leaves the value out."""
    prefix = f"{_encode_text(key)}:[null,"
    types = set(map(type, values))
    # The common columns of an import in one pass each, with the encoder's exact output.
    if types <= {str, type(None)}:
        return [f"{prefix}{_encode_text(value)}]" if value else None for value in values]
    if types == {int}:
        return [f"{prefix}{value!r}]" for value in values]
    if types == {bool}:
        true, false = f"{prefix}true]", f"{prefix}false]"
        return [true if value else false for value in values]
    # Amounts and dates (an import's other common columns): their text has nothing to escape.
    if types <= {Decimal, type(None)}:
        return [None if value is None else f'{prefix}"{value!s}"]' for value in values]
    if types <= {date, type(None)}:
        return [None if value is None else f'{prefix}"{value.isoformat()}"]' for value in values]
    pieces: list[str | None] = []
    memo: dict[tuple[type, Any], str | None] = {}
    for value in values:
        if type(value) is list and all(type(item) is str for item in value):
            # A list of texts such as linked ids, as the encoder writes it.
            texts = ",".join(map(_encode_text, value))
            pieces.append(f"{prefix}[{texts}]]" if value else None)
            continue
        memo_key = (type(value), value)
        if isinstance(value, _MEMO_TYPES) and memo_key in memo:
            pieces.append(memo[memo_key])
            continue
        shown = to_json_value(value)
        piece = None if shown in _EMPTY else f"{prefix}{_CHANGES_ENCODER.encode(shown)}]"
        if isinstance(value, _MEMO_TYPES):
            memo[memo_key] = piece
        pieces.append(piece)
    return pieces


def _insert_payloads(
    ids: Sequence[int],
    columns: Mapping[str, Sequence[Any]],
    extra: Mapping[str, Sequence[Any]],
) -> list[str]:
    """The changes JSON of each inserted row: the same text :func:`_changes_json` gives for
    ``{"id": [None, id], key: [None, value], ...}`` without empty values, built per column."""
    audited: dict[str, Sequence[Any]] = {"id": ids}
    audited.update((key, values) for key, values in columns.items() if key not in _IGNORED)
    audited.update(extra)
    pieces = [_json_pieces(key, audited[key]) for key in sorted(audited)]
    return ["{" + ",".join(filter(None, row)) + "}" for row in zip(*pieces, strict=True)]


def _after_flush(session: Session, flush_context: UOWTransaction) -> None:
    deleted: list[_Change] = session.info.pop(_DELETED_KEY, [])
    if session.info.get(SERVER_AUDIT):
        return
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
    keys = list(rows[0])
    columns = {key: [row[key] for row in rows] for key in keys}
    extra_keys = list(extra[0]) if extra else []
    audit_extra = {key: [values[key] for values in extra or ()] for key in extra_keys}
    return insert_audited_columns(session, entity, columns, audit_extra=audit_extra or None)


def insert_audited_columns(
    session: Session,
    entity: type[Base],
    columns: Mapping[str, Sequence[Any]],
    *,
    audit_extra: Mapping[str, Sequence[Any]] | None = None,
) -> list[int]:
    """:func:`insert_audited` with the rows given column by column (key -> one value per
    row, all equally long), the fastest way in; ``audit_extra`` likewise per column."""
    count = len(next(iter(columns.values()), ()))
    if count == 0:
        return []
    table = cast(Table, entity.__table__)
    # A plain str: SQLAlchemy's quoted_name makes the driver look for adapters on every row.
    table_name = str(table.name)
    new_ids = _allocate_ids(session, table, count)
    connection = session.connection()
    # A plain executemany with the ids given is several times faster than INSERT..RETURNING.
    insert_columns(connection, table, {**columns, "id": new_ids})
    if session.info.get(SERVER_AUDIT):
        return new_ids
    user = _actor_account(session)
    at = utcnow()
    payloads = _insert_payloads(new_ids, columns, audit_extra or {})
    first_prev = _last_hash(session)
    middle = _hash_middle(at, user, table_name)
    record_ids = [str(new_id) for new_id in new_ids]
    hashes = [_chained_hash(first_prev, middle, record_ids[0], "insert", payloads[0])]
    append = hashes.append
    sha256 = hashlib.sha256
    prev = hashes[0]
    # What _chained_hash computes, inlined for the rest: the previous hash is one of ours
    # (hex) and a record id is digits, so only the changes need JSON escaping.
    for record_id, payload in zip(record_ids[1:], payloads[1:], strict=True):
        data = f'["{prev}",{middle},"{record_id}","insert",{_encode_text(payload)}]'
        prev = sha256(data.encode("utf-8")).hexdigest()
        append(prev)
    insert_columns(
        connection,
        cast(Table, AuditEntry.__table__),
        {
            "record_id": record_ids,
            "changes": payloads,
            "prev_hash": [first_prev, *hashes[:-1]],
            "hash": hashes,
        },
        same={
            "at": at,
            "user_account": user,
            "table_name": table_name,
            "action": AuditAction.INSERT,
        },
    )
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


class AuditedSession(Session):
    """A session whose every flush is written to the audit log (``Database`` makes these)."""


def install_audit() -> None:
    """Record every flush of an ``AuditedSession`` and every deleted row; idempotent.

    The listener sits on the one ``AuditedSession`` class, never on a sessionmaker: SQLAlchemy
    keys its registry of listeners by ``id()``, so a new sessionmaker that reuses the address of
    a collected one looked as if it was already listened to, and its sessions went unaudited.
    """
    if not event.contains(AuditedSession, "after_flush", _after_flush):
        event.listen(AuditedSession, "after_flush", _after_flush)
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
