"""Writes audit log entries to a workbook: one row per entry, moments as real Excel dates."""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any

from ssb_desktop.excel.reading import MAX_CELL_TEXT
from ssb_desktop.excel.writing import Column, ColumnKind, SheetSpec, write_workbook
from ssb_desktop.records import AuditAction, AuditEntryRecord, ReadableEntry

SHEET_TITLE = "Auditlog"
# The workbook goes to colleagues in the municipality, so its words are Dutch like the
# other exports; the table name stays technical so that a filter on it keeps working.
COLUMNS = (
    Column("Moment", ColumnKind.DATETIME),
    Column("Gebruiker", ColumnKind.TEXT, 20),
    Column("Tabel", ColumnKind.CODE, 18),
    Column("Record", ColumnKind.CODE, 10),
    Column("Naam", ColumnKind.TEXT, 30),
    Column("Actie", ColumnKind.TEXT, 13),
    Column("Wijzigingen", ColumnKind.TEXT, 60),
    Column("Hash", ColumnKind.CODE, 66),
)
ACTION_TEXT: dict[AuditAction, str] = {
    AuditAction.INSERT: "Toegevoegd",
    AuditAction.UPDATE: "Gewijzigd",
    AuditAction.DELETE: "Verwijderd",
}
_ELLIPSIS = "…"


def _value_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, list | tuple):
        return ", ".join(_value_text(item) for item in value)
    return str(value)


def changes_text(changes: Mapping[str, Any], readable: ReadableEntry | None = None) -> str:
    """field: old → new, one line per field, in words when the entry was described
    (services.audit_values); cut to what one Excel cell can hold."""
    if readable is not None:
        lines = readable.lines()
    else:
        lines = []
        for name, pair in sorted(changes.items()):
            old, new = pair if isinstance(pair, list | tuple) and len(pair) == 2 else (None, pair)
            lines.append(f"{name}: {_value_text(old)} → {_value_text(new)}")
    text = "\n".join(lines)
    # A long text field (notes) must not make the whole export fail on Excel's cell limit.
    if len(text) > MAX_CELL_TEXT:
        text = text[: MAX_CELL_TEXT - len(_ELLIPSIS)] + _ELLIPSIS
    return text


def _rows(entries: Sequence[AuditEntryRecord]) -> Iterator[tuple[Any, ...]]:
    for entry in entries:
        yield (
            entry.at,
            entry.user,
            entry.table,
            entry.record_id,
            "" if entry.readable is None else entry.readable.identity,
            ACTION_TEXT.get(entry.action, str(entry.action)),
            changes_text(entry.changes, entry.readable),
            entry.hash,
        )


ANCHOR_COLUMNS = (
    Column("Kop van de keten (anker voor ssb-desktop check --anchor)", ColumnKind.CODE, 80),
)


def write_audit_log(
    path: Path, entries: Sequence[AuditEntryRecord], head: str | None = None
) -> None:
    """Write ``entries`` in the order given (the page's order: newest first), and the head
    of the whole chain at the time of export on a second sheet."""
    sheets = [SheetSpec(title=SHEET_TITLE, columns=COLUMNS, rows=_rows(entries))]
    if head is not None:
        sheets.append(SheetSpec(title="Anker", columns=ANCHOR_COLUMNS, rows=iter([(head,)])))
    write_workbook(path, sheets)
