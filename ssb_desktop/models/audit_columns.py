"""How the Audit log page shows entries: table and action labels, columns, changed fields."""

from __future__ import annotations

import operator
from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from typing import Any

from PySide6.QtCore import QCoreApplication

from ssb_desktop.errors import N_
from ssb_desktop.formatting import is_ascii_digits
from ssb_desktop.models.record_table_model import Column, translated_labels
from ssb_desktop.records import AuditAction, AuditEntryRecord

TABLE_CONTEXT = "AuditTable"
ACTION_CONTEXT = "AuditAction"

# What a civil servant calls the record kept in each table; unknown tables show their name.
TABLE_LABELS: dict[str, str] = {
    "organisations": N_("AuditTable", "Organisation"),
    "contacts": N_("AuditTable", "Contact"),
    "districts": N_("AuditTable", "District"),
    "themes": N_("AuditTable", "Theme"),
    "thresholds": N_("AuditTable", "Threshold"),
    "extra_holidays": N_("AuditTable", "Extra holiday"),
    "settings": N_("AuditTable", "Setting"),
    "users": N_("AuditTable", "User"),
    "user_roles": N_("AuditTable", "User role"),
    "procurements": N_("AuditTable", "Procurement"),
    "lots": N_("AuditTable", "Lot"),
    "lot_extension_options": N_("AuditTable", "Lot extension option"),
    "scales": N_("AuditTable", "Scale"),
    "scale_values": N_("AuditTable", "Scale value"),
    "criteria": N_("AuditTable", "Criterion"),
    "bids": N_("AuditTable", "Bid"),
    "bid_members": N_("AuditTable", "Bid member"),
    "bid_documents": N_("AuditTable", "Bid document"),
    "evaluators": N_("AuditTable", "Evaluator"),
    "declarations": N_("AuditTable", "Conflict-of-interest declaration"),
    "individual_scores": N_("AuditTable", "Individual score"),
    "consensus_scores": N_("AuditTable", "Consensus score"),
    "consensus_meetings": N_("AuditTable", "Consensus meeting"),
    "tie_breaks": N_("AuditTable", "Tie-break"),
    "results": N_("AuditTable", "Result"),
    "award_decisions": N_("AuditTable", "Award decision"),
    "objections": N_("AuditTable", "Objection"),
    "contracts": N_("AuditTable", "Contract"),
    "contract_parties": N_("AuditTable", "Contract party"),
    "extension_options": N_("AuditTable", "Extension option"),
    "subsidy_schemes": N_("AuditTable", "Subsidy scheme"),
    "applications": N_("AuditTable", "Subsidy application"),
    "completeness_requests": N_("AuditTable", "Completeness request"),
    "payments": N_("AuditTable", "Payment"),
    "ceiling_changes": N_("AuditTable", "Ceiling change"),
    "district_opinions": N_("AuditTable", "District platform opinion"),
    "house_style": N_("AuditTable", "House style"),
    "letter_signatures": N_("AuditTable", "Letter signatory"),
    "letter_templates": N_("AuditTable", "Letter text"),
    "performance_indicators": N_("AuditTable", "Performance indicator"),
    "performance_reports": N_("AuditTable", "Performance report"),
    "performance_targets": N_("AuditTable", "Performance target"),
    "performance_values": N_("AuditTable", "Reported value"),
    "transparency_notices": N_("AuditTable", "Transparency notice"),
}

ACTION_LABELS: dict[AuditAction, str] = {
    AuditAction.INSERT: N_("AuditAction", "Added"),
    AuditAction.UPDATE: N_("AuditAction", "Changed"),
    AuditAction.DELETE: N_("AuditAction", "Deleted"),
}


def table_label(table: str) -> str:
    """The translated name of the kind of record kept in ``table``."""
    label = TABLE_LABELS.get(table)
    return table if label is None else QCoreApplication.translate(TABLE_CONTEXT, label)


def record_label(entry: AuditEntryRecord) -> str:
    """Which record an entry is about: "Subsidy application 2021-0027" when it has a name,
    else "Organisation #12"."""
    if entry.readable is not None and entry.readable.identity:
        return f"{table_label(entry.table)} {entry.readable.identity}"
    return f"{table_label(entry.table)} #{entry.record_id}"


def _numeric_id(entry: AuditEntryRecord) -> tuple[str, int, str]:
    # Ids of composite keys ("3/4") are rare; they sort after plain numbers of their table.
    number = int(entry.record_id) if is_ascii_digits(entry.record_id) else -1
    return (record_label(entry).rpartition(" #")[0].casefold(), number, entry.record_id)


def audit_columns(
    describe: Callable[[dict[str, Any]], str],
) -> tuple[Column[AuditEntryRecord], ...]:
    """Columns of the audit table; ``describe`` turns the changes into "field: old → new" lines.

    The lines are joined into one so that every row keeps the same height; the tooltip shows
    them one per line.
    """

    def lines(entry: AuditEntryRecord) -> list[str]:
        # The Record column already shows the id; the detail pane still lists it.
        if entry.readable is not None:
            shown = [change for change in entry.readable.changes if change.field != "id"]
            return replace(entry.readable, changes=tuple(shown)).lines()
        changes = {name: pair for name, pair in entry.changes.items() if name != "id"}
        return describe(changes).splitlines()

    def one_line(entry: AuditEntryRecord) -> str:
        return "; ".join(lines(entry))

    return (
        Column(N_("Columns", "Moment"), operator.attrgetter("at")),
        Column(N_("Columns", "User"), operator.attrgetter("user")),
        Column(N_("Columns", "Record"), record_label, sort_key=_numeric_id),
        Column(
            N_("Columns", "Action"),
            operator.attrgetter("action"),
            format=translated_labels(ACTION_CONTEXT, ACTION_LABELS),
        ),
        Column(
            N_("Columns", "Changes"),
            one_line,
            tooltip=lambda entry: "\n".join(lines(entry)),
        ),
    )


@dataclass(frozen=True, slots=True)
class ChangedField:
    """One field of one audit entry with its value before and after."""

    field: str
    old: str
    new: str


def _value_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        if value:
            return QCoreApplication.translate("Columns", "Yes")
        return QCoreApplication.translate("Columns", "No")
    if isinstance(value, list | tuple):
        return ", ".join(_value_text(item) for item in value)
    return str(value)


def changed_fields(changes: Mapping[str, Any]) -> list[ChangedField]:
    """Every field of an entry, by name, with its old and new value as text."""
    fields = []
    for name, pair in sorted(changes.items()):
        old, new = pair if isinstance(pair, list | tuple) and len(pair) == 2 else (None, pair)
        fields.append(ChangedField(name, _value_text(old), _value_text(new)))
    return fields


def changed_fields_of(entry: AuditEntryRecord) -> list[ChangedField]:
    """Every field of an entry with its old and new value, in words when it was described."""
    if entry.readable is None:
        return changed_fields(entry.changes)
    return [ChangedField(change.label, change.old, change.new) for change in entry.readable.changes]


CHANGED_FIELD_COLUMNS: tuple[Column[ChangedField], ...] = (
    Column(N_("Columns", "Field"), operator.attrgetter("field")),
    Column(
        N_("Columns", "Old value"),
        operator.attrgetter("old"),
        tooltip=operator.attrgetter("old"),
    ),
    Column(
        N_("Columns", "New value"),
        operator.attrgetter("new"),
        tooltip=operator.attrgetter("new"),
    ),
)
