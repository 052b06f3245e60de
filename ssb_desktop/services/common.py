"""Helpers every service shares: the stale-record message, loading a record with its version
check, today's date, UTC moments, writing a field only when it changes, and raising a form's
first problem. One place, so that no area keeps its own copy (DESIGN.md section 1)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, date, datetime
from typing import Any, TypeVar, cast

from sqlalchemy.orm import Session

from ssb_desktop.errors import N_, ConflictError, NotFoundError, ValidationError
from ssb_desktop.formatting import LOCAL_ZONE
from ssb_desktop.records import FieldProblem

STALE = N_(
    "Errors",
    "Someone else changed this record since you opened it. "
    "Reload it to see their changes, then make yours again.",
)

Row = TypeVar("Row")


# The escape character of the patterns ``like_pattern`` writes (pass it to ``.like``).
LIKE_ESCAPE = "\\"


def like_pattern(word: str) -> str:
    """A LIKE pattern for "contains ``word``", its wildcards taken literally."""
    escaped = word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def load(
    session: Session, table: type[Row], record_id: int, gone: str, version: int | None = None
) -> Row:
    """The row ``record_id`` of ``table``; ``gone`` when it no longer exists, the stale-record
    message when ``version`` is given and someone else changed it since."""
    row = session.get(table, record_id)
    if row is None:
        raise NotFoundError(gone)
    if version is not None and cast(Any, row).version != version:
        raise ConflictError(STALE)
    return row


def as_utc(moment: datetime) -> datetime:
    """An aware UTC moment; a naive one is taken as local (Dutch) time, as a user typed it."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=LOCAL_ZONE)
    return moment.astimezone(UTC)


def local_date(moment: datetime) -> date:
    return as_utc(moment).astimezone(LOCAL_ZONE).date()


def assign(row: object, name: str, value: object) -> None:
    """Set an attribute only when it differs, so an unchanged save writes and audits nothing."""
    if getattr(row, name) != value:
        setattr(row, name, value)


def delete_dropped(session: Session, current: Sequence[object], kept: Sequence[object]) -> bool:
    """Delete the rows of a collection that are not kept; returns whether it changes at all.

    Deleted explicitly rather than left to delete-orphan: the audit log only sees objects
    that are marked deleted before the flush, and orphans are found during it.
    """
    kept_ids = {id(row) for row in kept}
    for row in current:
        if id(row) not in kept_ids:
            session.delete(row)
    return [id(row) for row in current] != [id(row) for row in kept]


def raise_first(problems: Sequence[FieldProblem]) -> None:
    """Raise the first problem as the ValidationError a form shows next to its field."""
    if problems:
        first = problems[0]
        raise ValidationError(first.message, first.params, field=first.field)


__all__ = [
    "STALE",
    "as_utc",
    "assign",
    "delete_dropped",
    "load",
    "local_date",
    "raise_first",
]
