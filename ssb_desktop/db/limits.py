"""Field limits read from the table definitions: the one source of lengths, required fields,
numeric ranges and allowed values for forms, services, Excel imports and the command line.

Nothing here is declared twice. A ``String(n)`` column holds at most n characters; a
``Numeric(p, s)`` column a number below 10^(p-s) in size with at most s decimals; an ``Integer``
column a 32-bit whole number; an enum column one of its values. "Required" and minimums come
from the table's CHECK constraints (``length(name) > 0``, ``budget >= 0``, ``term_months > 0``),
so the database and the program state a rule once and agree on it.

Use:

- ``check_values(table, {column: value})`` or ``check_record(table, record)`` give
  ``FieldProblem``s per field for a form's inline problems, a service's ``check_*`` and an
  import (which maps the field to its sheet, row and column);
- ``limit(table, column)`` gives one column's ``Limit`` (``max_length`` for a line edit);
- ``install_flush_guard(session_class)`` refuses, at flush, any ORM object whose value breaks
  a limit, whatever path produced it, so that nothing too long reaches the database even on
  SQLite (which does not enforce lengths); ``check_rows`` does the same for bulk inserts.

The messages are plain, translated through the catalogue like every ``FieldProblem``.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, is_dataclass
from decimal import Decimal, InvalidOperation
from enum import Enum as PyEnum
from typing import Any

from sqlalchemy import BigInteger, CheckConstraint, Enum, Integer, Numeric, SmallInteger, String
from sqlalchemy import Table as SATable
from sqlalchemy.orm import Session

from ssb_desktop.db.base import Base
from ssb_desktop.db.field_labels import CONTEXT as LABEL_CONTEXT
from ssb_desktop.db.field_labels import field_label
from ssb_desktop.errors import N_, Labels, ValidationError
from ssb_desktop.records import FieldProblem

__all__ = [
    "Limit",
    "add_new",
    "check_columns",
    "check_record",
    "check_rows",
    "check_values",
    "install_flush_guard",
    "length_limits",
    "limit",
    "limits_of",
    "value_problem",
]

TOO_LONG = N_("Errors", "At most {limit} characters fit here; this text has {length}.")
REQUIRED = N_("Errors", "Fill in this field; it cannot be left empty.")
TOO_SMALL = N_("Errors", "The number {value} is too small; the lowest allowed is {minimum}.")
NOT_ABOVE = N_("Errors", "The number {value} is too small; it must be more than {minimum}.")
TOO_LARGE = N_("Errors", "The number {value} is too large; it must be below {maximum}.")
TOO_PRECISE = N_("Errors", "The number {value} has more than {places} decimals.")
CONTROL_CHARACTER = N_(
    "Errors",
    "The text holds an invisible control character ({code}); type or paste it again without it.",
)
NOT_A_CHOICE = N_("Errors", "{value} is not one of the allowed values: {choices}.")
# The last line of defence (flush guard, bulk inserts) names the table and column itself.
_STORE_TOO_LONG = N_(
    "Errors",
    "The text for {column} ({table}) has {length} characters, but at most {limit} fit; "
    "nothing was saved.",
)
_STORE_CONTROL = N_(
    "Errors",
    "The text for {column} ({table}) holds an invisible control character ({code}); nothing "
    "was saved.",
)
_FIELD_TOO_LONG = N_(
    "Errors",
    "{field}: at most {limit} characters fit; this text has {length}. Nothing was saved.",
)
_FIELD_CONTROL = N_(
    "Errors",
    "{field}: the text holds an invisible control character ({code}); type or paste it again "
    "without it. Nothing was saved.",
)
_FIELD_NO_FIT = N_("Errors", "{field}: the value {value} does not fit; nothing was saved.")
_STORE_NO_FIT = N_(
    "Errors",
    "The value {value} for {column} ({table}) does not fit there; nothing was saved.",
)

# NUL cannot be stored by PostgreSQL (SQLite would keep it): refused everywhere alike. In a
# one-line field (a String column) the other C0 controls and the bidirectional embeddings,
# overrides and isolates are refused too: they reorder or hide what tables and letters show.
# The right-to-left and left-to-right marks (U+200F, U+200E) are ordinary in names and stay.
_NUL_RE = re.compile("\x00")
_LINE_CONTROL_RE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u202a-\u202e\u2066-\u2069]")

_INTEGER_BOUNDS = {
    SmallInteger: (-(2**15), 2**15 - 1),
    Integer: (-(2**31), 2**31 - 1),
    BigInteger: (-(2**63), 2**63 - 1),
}
_NOT_EMPTY_RE = re.compile(r"length\((\w+)\)\s*>\s*0")
_MINIMUM_RE = re.compile(r"\b(\w+)\s*(>=|>)\s*(-?\d+(?:\.\d+)?)\b")


@dataclass(frozen=True, slots=True)
class Limit:
    """What one column accepts; None where the column sets no such limit."""

    table: str
    column: str
    max_length: int | None = None
    required: bool = False
    minimum: Decimal | None = None
    minimum_inclusive: bool = True
    maximum: Decimal | None = None  # exclusive: the value must be below it
    places: int | None = None
    choices: tuple[str, ...] | None = None


def _table(name: str) -> SATable:
    _load_tables()
    try:
        return Base.metadata.tables[name]
    except KeyError:
        raise KeyError(f"no table {name!r}") from None


@functools.cache
def _load_tables() -> None:
    import ssb_desktop.db.tables  # noqa: F401  (registers every table on Base.metadata)


def _constraint_texts(table: SATable) -> list[str]:
    return [
        str(constraint.sqltext)
        for constraint in table.constraints
        if isinstance(constraint, CheckConstraint)
    ]


@functools.cache
def limits_of(table_name: str) -> dict[str, Limit]:
    """Every column's limits of one table, by column name."""
    table = _table(table_name)
    checks = _constraint_texts(table)
    not_empty = {match.group(1) for text in checks for match in _NOT_EMPTY_RE.finditer(text)}
    minimums: dict[str, tuple[Decimal, bool]] = {}
    for text in checks:
        if "length(" in text or "<>" in text:
            continue
        for match in _MINIMUM_RE.finditer(text):
            column, operator, number = match.groups()
            if column in table.columns:
                minimums[column] = (Decimal(number), operator == ">=")
    result: dict[str, Limit] = {}
    for column in table.columns:
        kind = column.type
        max_length: int | None = None
        choices: tuple[str, ...] | None = None
        maximum: Decimal | None = None
        places: int | None = None
        minimum, inclusive = minimums.get(column.name, (None, True))
        if isinstance(kind, Enum):
            choices = tuple(str(value) for value in kind.enums)
        elif isinstance(kind, String) and kind.length:
            max_length = kind.length
        elif isinstance(kind, Numeric) and kind.precision is not None:
            places = kind.scale or 0
            maximum = Decimal(10) ** (kind.precision - places)
        else:
            for integer_type, (low, high) in _INTEGER_BOUNDS.items():
                if type(kind) is integer_type:
                    maximum = Decimal(high) + 1
                    if minimum is None:
                        minimum, inclusive = Decimal(low), True
        result[column.name] = Limit(
            table=table_name,
            column=column.name,
            max_length=max_length,
            required=column.name in not_empty,
            minimum=minimum,
            minimum_inclusive=inclusive,
            maximum=maximum,
            places=places,
            choices=choices,
        )
    return result


def limit(table: str, column: str) -> Limit:
    """The limits of one column (KeyError for an unknown table or column)."""
    return limits_of(table)[column]


def length_limits() -> list[Limit]:
    """Every column of every table that holds text of a limited length (enums excluded), but
    for columns the program derives itself (``info={"derived": True}``, e.g. a sort key)."""
    _load_tables()
    return [
        item
        for name in sorted(Base.metadata.tables)
        for item in limits_of(name).values()
        if item.max_length is not None
        and not Base.metadata.tables[name].c[item.column].info.get("derived")
    ]


def _number(value: object) -> Decimal | None:
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, Decimal):
        return value
    if isinstance(value, int):
        return Decimal(value)
    if isinstance(value, float):
        try:
            return Decimal(repr(value))
        except InvalidOperation:
            return None
    return None


def _shown(number: Decimal) -> str:
    text = f"{number:f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text.replace(".", ",")


def value_problem(item: Limit, value: object) -> tuple[str, dict[str, Any]] | None:
    """The message and its parameters when ``value`` breaks the column's limits, else None.

    None and the empty text are "no value": only a required column refuses them (other
    rules about empty fields belong to the service that knows what the field means).
    """
    if isinstance(value, PyEnum):
        value = value.value
    if value is None or (isinstance(value, str) and not value.strip()):
        return (REQUIRED, {}) if item.required else None
    if isinstance(value, str):
        pattern = _LINE_CONTROL_RE if item.max_length is not None else _NUL_RE
        found = pattern.search(value)
        if found is not None:
            return CONTROL_CHARACTER, {"code": f"U+{ord(found.group()):04X}"}
    if item.choices is not None:
        if isinstance(value, str) and value not in item.choices:
            return NOT_A_CHOICE, {"value": value, "choices": ", ".join(item.choices)}
        return None
    if item.max_length is not None and isinstance(value, str):
        if len(value) > item.max_length:
            return TOO_LONG, {"limit": item.max_length, "length": len(value)}
        return None
    number = _number(value)
    if number is None:
        return None
    if not number.is_finite():
        return TOO_LARGE, {"value": str(number), "maximum": _shown(item.maximum or Decimal(0))}
    if item.minimum is not None:
        if item.minimum_inclusive and number < item.minimum:
            return TOO_SMALL, {"value": _shown(number), "minimum": _shown(item.minimum)}
        if not item.minimum_inclusive and number <= item.minimum:
            return NOT_ABOVE, {"value": _shown(number), "minimum": _shown(item.minimum)}
    if item.maximum is not None and abs(number) >= item.maximum:
        return TOO_LARGE, {"value": _shown(number), "maximum": _shown(item.maximum)}
    if item.places is not None:
        exponent = number.as_tuple().exponent
        if (
            isinstance(exponent, int)
            and -exponent > item.places
            and number != number.quantize(Decimal(1).scaleb(-item.places))
        ):
            return TOO_PRECISE, {"value": _shown(number), "places": item.places}
    return None


def check_values(
    table: str, values: Mapping[str, object], fields: Mapping[str, str] | None = None
) -> list[FieldProblem]:
    """Problems of the given column values; ``fields`` renames a column to the form's field."""
    found: list[FieldProblem] = []
    limits = limits_of(table)
    for column, value in values.items():
        item = limits.get(column)
        if item is None:
            raise KeyError(f"{table} has no column {column!r}")
        problem = value_problem(item, value)
        if problem is not None:
            message, params = problem
            name = fields.get(column, column) if fields else column
            found.append(FieldProblem(name, message, params))
    return found


def check_record(
    table: str,
    record: object,
    *,
    columns: Mapping[str, str] | None = None,
    skip: Iterable[str] = (),
    rename: Mapping[str, str] | None = None,
    template: str = "{field}",
) -> list[FieldProblem]:
    """Problems of a record's attributes that are columns of ``table``.

    An attribute counts when it has the column's name, or the name ``columns`` gives it
    (column -> attribute). Its problem is reported for the field ``rename`` gives the attribute
    (default the attribute itself), written through ``template`` (``"contacts.0.{field}"``,
    ``"{field}:7"``).

    Records are checked by the thousand in an import: which attributes count is worked out
    once per record class, and an ordinary text (short enough, no control character) passes
    without building its problem's parameters.
    """
    found: list[FieldProblem] = []
    for attribute, item, text_limit in _record_plan(
        table, record, tuple(columns.items()) if columns else (), tuple(skip)
    ):
        value = getattr(record, attribute)
        if value is None:
            if not item.required:
                continue
        elif text_limit and type(value) is str:
            if not value:
                if not item.required:
                    continue
            elif (
                len(value) <= text_limit
                and _LINE_CONTROL_RE.search(value) is None
                and (not item.required or not value.isspace())
            ):
                continue
        problem = value_problem(item, value)
        if problem is not None:
            field = rename.get(attribute, attribute) if rename else attribute
            found.append(FieldProblem(template.format(field=field), *problem))
    return found


# (attribute, limit, the text column's length or 0) per column a record class has.
_Plan = tuple[tuple[str, Limit, int], ...]
_plans: dict[tuple[str, type, tuple[tuple[str, str], ...], tuple[str, ...]], _Plan] = {}


def _record_plan(
    table: str, record: object, columns: tuple[tuple[str, str], ...], skip: tuple[str, ...]
) -> _Plan:
    """The columns of ``table`` that ``record`` has, in the table's order. Cached per class
    for dataclasses and named tuples, whose instances all have the same attributes."""
    kind = type(record)
    key = (table, kind, columns, skip)
    plan = _plans.get(key)
    if plan is not None:
        return plan
    renamed = dict(columns)
    plan = tuple(
        (
            attribute,
            item,
            item.max_length if item.max_length is not None and item.choices is None else 0,
        )
        for column, item in limits_of(table).items()
        if column not in skip
        for attribute in (renamed.get(column, column),)
        if hasattr(record, attribute)
    )
    if is_dataclass(record) or hasattr(kind, "_fields"):
        _plans[key] = plan
    return plan


def raise_first(problems: Iterable[FieldProblem]) -> None:
    """Raise the first problem as the ``ValidationError`` a form shows next to its field."""
    for problem in problems:
        raise ValidationError(problem.message, problem.params, field=problem.field)


def add_new(found: list[FieldProblem], problems: Iterable[FieldProblem]) -> list[FieldProblem]:
    """Append the problems of fields that have none in ``found`` yet (a service's own, more
    specific message about a field goes first); returns ``found``."""
    taken = {problem.field for problem in found}
    for problem in problems:
        if problem.field not in taken:
            found.append(problem)
            taken.add(problem.field)
    return found


def _refusal(table: str, column: str, message: str, params: Mapping[str, Any]) -> ValidationError:
    """The refusal at the database boundary, named by the field as the user knows it
    (:func:`~ssb_desktop.db.field_labels.field_label`); a column without a name there falls
    back on its table and column."""
    label = field_label(table, column)
    if label is not None:
        field_param = {"field": Labels(LABEL_CONTEXT, (label,))}
        if message == TOO_LONG:
            return ValidationError(_FIELD_TOO_LONG, {**field_param, **params}, field=column)
        if message == CONTROL_CHARACTER:
            return ValidationError(_FIELD_CONTROL, {**field_param, **params}, field=column)
        return ValidationError(
            _FIELD_NO_FIT, {**field_param, "value": params.get("value", "")}, field=column
        )
    if message == TOO_LONG:
        return ValidationError(
            _STORE_TOO_LONG, {"column": column, "table": table, **params}, field=column
        )
    if message == CONTROL_CHARACTER:
        return ValidationError(
            _STORE_CONTROL, {"column": column, "table": table, **params}, field=column
        )
    shown = params.get("value", "")
    return ValidationError(
        _STORE_NO_FIT, {"column": column, "table": table, "value": shown}, field=column
    )


def check_rows(table: str, rows: Iterable[Mapping[str, object]]) -> None:
    """Raise ``ValidationError`` when a row of a bulk insert breaks a column's limits."""
    limits = limits_of(table)
    for row in rows:
        for column, value in row.items():
            item = limits.get(column)
            if item is None or item.required:
                # "Required" is the service's to explain; the database refuses it anyway.
                continue
            problem = value_problem(item, value)
            if problem is not None:
                raise _refusal(table, column, *problem)


def check_columns(
    table: str, columns: Mapping[str, Sequence[Any]], same: Mapping[str, Any] | None = None
) -> None:
    """``check_rows`` for column-wise bulk data (column -> values, plus shared values)."""
    limits = limits_of(table)
    for column, values in (*columns.items(), *((k, (v,)) for k, v in (same or {}).items())):
        item = limits.get(column)
        if item is None:
            continue
        texts = [value for value in values if isinstance(value, str)]
        if texts and item.choices is None:
            pattern = _LINE_CONTROL_RE if item.max_length is not None else _NUL_RE
            # One search over the joined column: a line feed is no refused character.
            found = pattern.search("\n".join(texts))
            if found is not None:
                raise _refusal(
                    table, column, CONTROL_CHARACTER, {"code": f"U+{ord(found.group()):04X}"}
                )
        if item.max_length is not None:
            longest = max(texts, key=len, default="")
            if len(longest) > item.max_length:
                raise _refusal(
                    table, column, TOO_LONG, {"limit": item.max_length, "length": len(longest)}
                )
        elif item.places is not None and item.maximum is not None:
            # Numeric columns (amounts, scores): the largest in size decides.
            numbers = [value for value in values if isinstance(value, Decimal)]
            biggest = max(numbers, key=abs, default=None)
            if biggest is not None and (not biggest.is_finite() or abs(biggest) >= item.maximum):
                raise _refusal(table, column, TOO_LARGE, {"value": _shown(biggest)})


def _check_object(target: Any) -> None:
    table = getattr(target, "__table__", None)
    if not isinstance(table, SATable) or table.name not in Base.metadata.tables:
        return
    limits = limits_of(table.name)
    state = target.__dict__
    for column, item in limits.items():
        if column not in state or item.choices is not None:
            continue
        value = state[column]
        if isinstance(value, str):
            bare = Limit(item.table, column, max_length=item.max_length)
        elif item.maximum is not None:
            bare = Limit(item.table, column, maximum=item.maximum)
        else:
            continue
        problem = value_problem(bare, value)
        if problem is not None:
            raise _refusal(table.name, column, *problem)


def _before_flush(session: Session, _context: object, _instances: object) -> None:
    for target in (*session.new, *session.dirty):
        _check_object(target)


def install_flush_guard(session_class: type[Session]) -> None:
    """Refuse, at every flush of ``session_class``, an object whose text is longer than its
    column or whose number does not fit it; the transaction then writes nothing."""
    from sqlalchemy import event

    if not event.contains(session_class, "before_flush", _before_flush):
        event.listen(session_class, "before_flush", _before_flush)
