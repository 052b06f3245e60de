"""Verifying the audit log's hash chain at the speed of the hashing itself.

``db.audit.verify_chain`` reads every entry through SQLAlchemy rows and type conversions; at
millions of entries that costs several times the SHA-256 work. This module reads the raw
rows through the driver's cursor, a batch at a time (a server-side cursor on PostgreSQL), and
rebuilds each hashed JSON array in a tight loop: the timestamp, user and table part is encoded
once per run of entries that share them (a bulk import writes thousands with one moment).

It computes exactly what ``db.audit.entry_hash`` computes; the tests hold the two together.
It can also start after an entry already verified (its id and hash), which makes a repeated
check cost only the entries written since.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Connection

from ssb_desktop.db.audit import GENESIS_HASH, ChainBreak
from ssb_desktop.db.server_sql import CHAIN_FUNCTION

_BATCH = 20_000
_encode = json.encoder.encode_basestring


@dataclass(frozen=True, slots=True)
class ChainHead:
    """An entry of the chain by number and hash: the last one verified (the next check can
    start after it), or a head noted down as an anchor (printed as NUMBER:HASH)."""

    entry_id: int
    hash: str

    def __str__(self) -> str:
        return f"{self.entry_id}:{self.hash}"


@dataclass(frozen=True, slots=True)
class ChainCheck:
    checked: int
    broken: ChainBreak | None
    # The last intact entry (None when nothing was checked and nothing came before).
    head: ChainHead | None
    # Entries the login may not read (a team database hides them): their links were verified
    # here, their contents by the server, which alone holds the key of their seal.
    unreadable: int = 0


def _moment_text(value: Any) -> str:
    """The moment as ``datetime.isoformat()`` gives it for the aware UTC value written."""
    moment = value if isinstance(value, datetime) else datetime.fromisoformat(value)
    if moment.tzinfo is None:
        return moment.replace(tzinfo=UTC).isoformat()
    return moment.astimezone(UTC).isoformat()


def check_chain_fast(
    connection: Connection,
    *,
    after: ChainHead | None = None,
    on_progress: Callable[[int, int], None] | None = None,
    blind: bool = False,
) -> ChainCheck:
    """Recompute the hash of every entry (after ``after``, when given) in id order.

    ``after`` must be an entry that is still as it was verified, else the check reports its
    entry as broken. ``on_progress(done, total)`` is called every batch (it may raise to
    cancel); ``total`` is an estimate from the ids. ``blind``: a login of a team database
    reads the chain through the server's function (``db/server_sql.py``), which gives the
    entries hidden from it by their hashes only and says of every sealed entry (HMAC under a
    key only the server reads) whether its seal holds; the links are verified here.
    """
    source = f"{CHAIN_FUNCTION}(%s)" if blind else "audit_log WHERE id > %s"
    # The server's verdict on each sealed entry (db/server_sql.py); None where it gives none.
    sealed_column = "sealed" if blind else "NULL"
    prev = GENESIS_HASH
    start = 0
    last_id: int | None = None
    if after is not None:
        if stored_hash(connection, after.entry_id, blind=blind) != after.hash:
            return ChainCheck(0, ChainBreak(after.entry_id, "hash"), None)
        prev, start, last_id = after.hash, after.entry_id, after.entry_id
    highest = connection.exec_driver_sql("SELECT max(id) FROM audit_log").scalar() or 0
    total = max(0, highest - start)
    dbapi = connection.connection.driver_connection
    assert dbapi is not None
    postgresql = connection.dialect.name == "postgresql"
    # A named (server-side) cursor streams on PostgreSQL; SQLite's cursor streams anyway.
    cursor = dbapi.cursor(name="ssb_audit_check") if postgresql else dbapi.cursor()
    mark = "%s" if postgresql else "?"
    cursor.execute(
        "SELECT id, at, user_account, table_name, record_id, action, changes, prev_hash, hash, "
        f"{sealed_column} FROM {source.replace('%s', mark)} ORDER BY id",
        (start,),
    )
    sha256 = hashlib.sha256
    encode = _encode
    checked = 0
    unreadable = 0
    last_key: tuple[Any, Any, Any] | None = None
    middle = ""
    actions: dict[str, str] = {}
    try:
        while True:
            rows = cursor.fetchmany(_BATCH)
            if not rows:
                break
            for row in rows:
                entry_id, at, user, table, record_id, action, changes, prev_hash, stored, sealed = (
                    row
                )
                if prev_hash != prev:
                    return ChainCheck(
                        checked, ChainBreak(entry_id, "previous_hash"), _head(last_id, prev)
                    )
                if changes is None:  # hidden from this login: the server verified its seal
                    if sealed is False:
                        return ChainCheck(
                            checked, ChainBreak(entry_id, "hash"), _head(last_id, prev)
                        )
                    prev = stored
                    unreadable += 1
                    checked += 1
                    last_id = entry_id
                    continue
                key = (at, user, table)
                if key != last_key:
                    middle = f"{encode(_moment_text(at))},{encode(user)},{encode(table)}"
                    last_key = key
                action_text = actions.get(action)
                if action_text is None:
                    action_text = actions[action] = encode(action)
                # prev is a verified hash (hex) or the genesis: no escaping needed.
                payload = f'["{prev}",{middle},{encode(record_id)},{action_text},{encode(changes)}]'
                # A sealed entry (HMAC) holds when the server, which has the key, says so.
                if sha256(payload.encode("utf-8")).hexdigest() != stored and not sealed:
                    return ChainCheck(checked, ChainBreak(entry_id, "hash"), _head(last_id, prev))
                prev = stored
                checked += 1
                last_id = entry_id
            if on_progress is not None:
                on_progress(min(checked, total), total)
    finally:
        cursor.close()
    return ChainCheck(checked, None, _head(last_id, prev), unreadable)


def stored_hash(connection: Connection, entry_id: int, *, blind: bool = False) -> str | None:
    """The hash stored with entry ``entry_id`` (None: there is no such entry), also for a
    blind login from which the server hides the entry itself (see ``check_chain_fast``)."""
    number = int(entry_id)
    where = f"{CHAIN_FUNCTION}({number - 1})" if blind else "audit_log"
    found = connection.exec_driver_sql(f"SELECT hash FROM {where} WHERE id = {number}").scalar()
    return None if found is None else str(found)


def _head(last_id: int | None, prev: str) -> ChainHead | None:
    return None if last_id is None else ChainHead(last_id, prev)
