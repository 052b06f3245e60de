"""Many rows of one table in one driver executemany: the INSERT is compiled once, column
defaults are computed once, and values pass through a type's bind processor only when it has
one (SQLAlchemy's own executemany spends most of its time per value in Python)."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any

from sqlalchemy import Column, Connection, Table, insert


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


def insert_rows(connection: Connection, table: Table, rows: Sequence[Mapping[str, Any]]) -> None:
    """Insert ``rows`` (dicts with the same keys) into ``table``; defaults fill the rest."""
    if not rows:
        return
    dialect = connection.dialect
    given = set(rows[0])
    compiled = insert(table).compile(dialect=dialect, column_keys=list(given))
    # The compiled statement binds the given columns and those with a client-side default.
    keys = list(compiled.positiontup or []) if compiled.positional else list(compiled.binds)
    processors: dict[str, Callable[[Any], Any] | None] = {
        key: table.c[key].type.dialect_impl(dialect).bind_processor(dialect) for key in keys
    }

    def processed(key: str, raw: Any) -> Any:
        processor = processors[key]
        return raw if processor is None or raw is None else processor(raw)

    fixed = {key: processed(key, _default_of(table.c[key])) for key in keys if key not in given}
    per_row = [(key, processors[key]) for key in keys if key in given]

    def values(row: Mapping[str, Any]) -> dict[str, Any]:
        out = dict(fixed)
        for key, processor in per_row:
            raw = row[key]
            out[key] = raw if processor is None or raw is None else processor(raw)
        return out

    parameters: list[Any] = [values(row) for row in rows]
    if compiled.positional:
        parameters = [tuple(map(row.__getitem__, keys)) for row in parameters]
    connection.exec_driver_sql(str(compiled), parameters)
