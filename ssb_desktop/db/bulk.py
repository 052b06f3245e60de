"""Many rows of one table in one driver executemany: the INSERT is compiled once, column
defaults and values shared by every row are computed once, and values pass through a type's
bind processor only when it has one (SQLAlchemy's own executemany spends most of its time
per value in Python).

Rows are handled column by column: transposing with ``zip`` and processing a whole column at
once keeps the per-value work in C for all but the few columns that need a bind processor.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from enum import Enum
from itertools import repeat
from operator import itemgetter
from typing import Any

from sqlalchemy import Column, Connection, Table, insert

from ssb_desktop.db import limits

# Page cache for SQLite during a bulk write, in KiB (the default is 2 MB).
BULK_CACHE_KIB = 65_536

# Values of these types that compare equal are the same value to a bind processor, so one
# processed value serves them all; other types (Decimal 1.0 and 1.00, datetimes in two time
# zones) can compare equal and still be written differently.
_MEMO_TYPES = (bool, int, str, Enum)


def _default_of(column: Column[Any]) -> Any:
    """The value a column's client-side default gives (scalar, or a callable called once)."""
    default = column.default
    if default is None:
        return None
    if default.is_scalar:
        return default.arg  # type: ignore[attr-defined]
    if default.is_callable:
        # SQLAlchemy wraps zero-argument callables to take the execution context.
        return default.arg(None)  # type: ignore[attr-defined]
    return None


def _processed_column(processor: Callable[[Any], Any], values: Sequence[Any]) -> list[Any]:
    """``values`` through ``processor`` (``None`` stays ``None``), once per distinct value
    where that is safe: an import repeats the same few kinds and flags thousands of times."""
    memo: dict[tuple[type, Any], Any] = {}
    out: list[Any] = []
    append = out.append
    for value in values:
        if value is None:
            append(None)
        elif isinstance(value, _MEMO_TYPES):
            key = (type(value), value)
            try:
                append(memo[key])
            except KeyError:
                memo[key] = processed = processor(value)
                append(processed)
        else:
            append(processor(value))
    return out


def insert_columns(
    connection: Connection,
    table: Table,
    columns: Mapping[str, Sequence[Any]],
    *,
    same: Mapping[str, Any] | None = None,
    count: int | None = None,
) -> None:
    """Insert one row per position of ``columns`` (column key -> values, all equally long)
    into ``table``; ``same`` gives values shared by every row; defaults fill the rest.
    ``count`` is the number of rows when no column varies (``columns`` is empty)."""
    lengths = {len(values) for values in columns.values()}
    if count is not None:
        lengths.add(count)
    if len(lengths) > 1:
        raise ValueError("insert_columns needs columns of equal length")
    count = lengths.pop() if lengths else 0
    if count == 0:
        return
    same = same or {}
    # Bulk inserts bypass the session's flush guard: check the same column limits here.
    limits.check_columns(table.name, columns, same)
    dialect = connection.dialect
    compiled = insert(table).compile(dialect=dialect, column_keys=[*columns, *same])
    # The compiled statement binds the given columns and those with a client-side default.
    keys = list(compiled.positiontup or []) if compiled.positional else list(compiled.binds)

    def processor(key: str) -> Callable[[Any], Any] | None:
        return table.c[key].type.dialect_impl(dialect).bind_processor(dialect)

    def processed(key: str, raw: Any) -> Any:
        process = processor(key)
        return raw if process is None or raw is None else process(raw)

    sources: list[Any] = []
    for key in keys:
        if key in columns:
            process = processor(key)
            values = columns[key]
            sources.append(values if process is None else _processed_column(process, values))
        else:
            value = same[key] if key in same else _default_of(table.c[key])
            sources.append(repeat(processed(key, value), count))
    parameters: list[Any] = list(zip(*sources, strict=True))
    if not compiled.positional:
        parameters = [dict(zip(keys, row, strict=True)) for row in parameters]
    connection.exec_driver_sql(str(compiled), parameters)


def insert_rows(
    connection: Connection,
    table: Table,
    rows: Sequence[Mapping[str, Any]],
    *,
    same: Mapping[str, Any] | None = None,
) -> None:
    """Insert ``rows`` (dicts with the same keys) into ``table``; ``same`` gives values shared
    by every row; defaults fill the rest."""
    if not rows:
        return
    keys = list(rows[0])
    if not keys:
        insert_columns(connection, table, {}, same=same, count=len(rows))
        return
    if len(keys) == 1:
        columns: dict[str, Sequence[Any]] = {keys[0]: [row[keys[0]] for row in rows]}
    else:
        columns = dict(zip(keys, zip(*map(itemgetter(*keys), rows), strict=True), strict=True))
    insert_columns(connection, table, columns, same=same)


@contextmanager
def bulk_write_cache(connection: Connection) -> Iterator[None]:
    """On SQLite, a larger page cache while a bulk write runs, and the previous size after.

    The default 2 MB does not hold the indexes that tens of thousands of new rows touch
    (the audit log's hash index takes them in random order), so SQLite spills pages to the
    write-ahead log in the middle of the transaction and reads them back. Other databases
    manage their own memory; nothing changes there.
    """
    if connection.dialect.name != "sqlite":
        yield
        return
    previous = connection.exec_driver_sql("PRAGMA cache_size").scalar()
    connection.exec_driver_sql(f"PRAGMA cache_size=-{BULK_CACHE_KIB}")
    try:
        yield
    finally:
        connection.exec_driver_sql(f"PRAGMA cache_size={int(previous or -2000)}")
