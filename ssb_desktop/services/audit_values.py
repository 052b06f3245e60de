"""Audit entries in the words of the user: field labels (one list for the whole program,
:mod:`ssb_desktop.db.field_labels`), names instead of ids, dd-mm-yyyy, euro amounts and
translated statuses, for the Audit log page and its Excel export alike.

The raw values stay in the log (and in ``AuditEntryRecord.changes``); this only describes them.
Texts are translated with the ``translate(context, source)`` the caller passes, so that the
rules stay free of Qt: the page passes the program's catalogue, the command line its own.
"""

from __future__ import annotations

import functools
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import replace
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from enum import Enum as PyEnum
from typing import Any

from sqlalchemy import Boolean, Date, DateTime, Enum, Numeric, select
from sqlalchemy import Table as SATable
from sqlalchemy.orm import Session

from ssb_desktop import records
from ssb_desktop.db import field_labels
from ssb_desktop.db.base import Base
from ssb_desktop.formatting import (
    format_date,
    format_moment,
    format_money,
    format_number,
    is_ascii_digits,
)
from ssb_desktop.records import AuditEntryRecord, ReadableChange, ReadableEntry

Translate = Callable[[str, str], str]
# Columns that are derived from others (kept in the log, not worth a line on screen).
_DERIVED = frozenset({"sort_name", "search_text"})
# The column that names a record of a table, in order of preference ("2021-0027", "Stichting X").
_NAMING_COLUMNS = ("reference", "name", "title", "display_name", "account", "code")
# Money columns are Numeric(14, 2); these two share the type but count something else.
_NOT_MONEY = frozenset({("performance_targets", "target"), ("performance_values", "value")})


def untranslated(_context: str, source: str) -> str:
    """The English source text (a ``Translate`` for tests and English output)."""
    return source


@functools.cache
def _enum_labels() -> dict[type[PyEnum], dict[Any, str]]:
    # records.py keeps one label table per enum (ApplicationStatus -> "Partly granted" ...);
    # its catalogue context is the enum's class name.
    found: dict[type[PyEnum], dict[Any, str]] = {}
    for value in vars(records).values():
        if isinstance(value, dict) and value:
            key = next(iter(value))
            if isinstance(key, PyEnum) and all(isinstance(text, str) for text in value.values()):
                found.setdefault(type(key), value)
    return found


def _table(name: str) -> SATable | None:
    return Base.metadata.tables.get(name)


def _naming_column(table: SATable) -> str | None:
    return next((name for name in _NAMING_COLUMNS if name in table.columns), None)


def _pairs(changes: Mapping[str, Any]) -> Iterable[tuple[str, Any, Any]]:
    for name, pair in sorted(changes.items()):
        old, new = pair if isinstance(pair, list | tuple) and len(pair) == 2 else (None, pair)
        yield name, old, new


def _references(entries: Sequence[AuditEntryRecord]) -> dict[str, set[int]]:
    """The ids each table is referred to by, in the entries (their own records included)."""
    wanted: dict[str, set[int]] = defaultdict(set)
    for entry in entries:
        table = _table(entry.table)
        if table is None:
            continue
        if is_ascii_digits(entry.record_id) and _naming_column(table):
            wanted[table.name].add(int(entry.record_id))
        for name, old, new in _pairs(entry.changes):
            column = table.columns.get(name)
            if column is None or not column.foreign_keys:
                continue
            target = next(iter(column.foreign_keys)).column.table
            if not isinstance(target, SATable) or _naming_column(target) is None:
                continue
            for value in (old, new):
                if isinstance(value, int) and not isinstance(value, bool):
                    wanted[target.name].add(value)
                elif isinstance(value, str) and is_ascii_digits(value):
                    wanted[target.name].add(int(value))
    return wanted


def _names(session: Session, wanted: Mapping[str, set[int]]) -> dict[tuple[str, int], str]:
    names: dict[tuple[str, int], str] = {}
    for table_name, ids in wanted.items():
        table = _table(table_name)
        naming = None if table is None else _naming_column(table)
        if table is None or naming is None or "id" not in table.columns:
            continue
        id_list = sorted(ids)
        for start in range(0, len(id_list), 500):  # below every database's parameter limit
            chunk = id_list[start : start + 500]
            rows = session.execute(select(table.c.id, table.c[naming]).where(table.c.id.in_(chunk)))
            names.update(((table_name, row[0]), str(row[1])) for row in rows if row[1])
    return names


class _Describer:
    def __init__(self, names: Mapping[tuple[str, int], str], translate: Translate) -> None:
        self.names = names
        self.translate = translate

    def value(self, table: SATable | None, name: str, value: Any) -> str:
        if value is None or value == "":
            return ""
        if isinstance(value, list | tuple):
            return ", ".join(self.value(table, name, item) for item in value)
        column = None if table is None else table.columns.get(name)
        if isinstance(value, bool) or (column is not None and isinstance(column.type, Boolean)):
            return self.translate("Columns", "Yes" if value else "No")
        if column is None or table is None:
            return str(value)
        try:
            return self._typed(table, column.name, column, value)
        except (ValueError, InvalidOperation, TypeError):
            return str(value)  # a value the log holds in an older shape: shown as it is

    def _typed(self, table: SATable, name: str, column: Any, value: Any) -> str:
        if column.foreign_keys:
            target = next(iter(column.foreign_keys)).column.table
            number = int(value)
            return self.names.get((target.name, number), f"#{number}")
        kind = column.type
        if isinstance(kind, Enum) and kind.enum_class is not None:
            labels = _enum_labels().get(kind.enum_class, {})
            member = kind.enum_class(value)
            label = labels.get(member)
            return str(value) if label is None else self.translate(kind.enum_class.__name__, label)
        if isinstance(kind, DateTime):
            return format_moment(datetime.fromisoformat(str(value)))
        if isinstance(kind, Date):
            return format_date(date.fromisoformat(str(value)))
        if isinstance(kind, Numeric):
            amount = Decimal(str(value))
            if (kind.precision, kind.scale) == (14, 2) and (table.name, name) not in _NOT_MONEY:
                return format_money(amount)
            return format_number(amount)
        return str(value)

    def entry(self, entry: AuditEntryRecord) -> ReadableEntry:
        table = _table(entry.table)
        identity = ""
        naming = None if table is None else _naming_column(table)
        if naming is not None:
            pair = entry.changes.get(naming)
            own = pair[-1] or pair[0] if isinstance(pair, list | tuple) and pair else pair
            if is_ascii_digits(entry.record_id):
                identity = self.names.get((entry.table, int(entry.record_id)), "")
            identity = identity or ("" if own is None else str(own))
        changes = tuple(
            ReadableChange(
                field=name,
                label=self.label(entry.table, name),
                old=self.value(table, name, old),
                new=self.value(table, name, new),
            )
            for name, old, new in _pairs(entry.changes)
            if name not in _DERIVED
        )
        return ReadableEntry(identity=identity, changes=changes)

    def label(self, table: str, name: str) -> str:
        # A column without a name (one that a later version dropped) shows its technical name.
        source = field_labels.field_label(table, name)
        return name if source is None else self.translate(field_labels.CONTEXT, source)


def describe_entries(
    session: Session,
    entries: Sequence[AuditEntryRecord],
    translate: Translate = untranslated,
) -> list[AuditEntryRecord]:
    """``entries`` with their ``readable`` description filled in: one query per table that
    they refer to, so a page of thousands of entries costs a handful of queries."""
    describer = _Describer(_names(session, _references(entries)), translate)
    return [replace(entry, readable=describer.entry(entry)) for entry in entries]
