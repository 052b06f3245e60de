"""Audit entries in the words of the user: field labels, names instead of ids, dd-mm-yyyy, euro
amounts and translated statuses, for the Audit log page and its Excel export alike.

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
from ssb_desktop.db.base import Base
from ssb_desktop.errors import N_
from ssb_desktop.formatting import (
    format_date,
    format_moment,
    format_money,
    format_number,
    is_ascii_digits,
)
from ssb_desktop.records import AuditEntryRecord, ReadableChange, ReadableEntry

Translate = Callable[[str, str], str]
FIELD_CONTEXT = "AuditField"

# What a civil servant calls each column; a column missing here shows its technical name.
FIELD_LABELS: dict[str, str] = {
    "account": N_("AuditField", "Account"),
    "action": N_("AuditField", "Action"),
    "active": N_("AuditField", "Active"),
    "activity": N_("AuditField", "Activity"),
    "activity_ends_on": N_("AuditField", "Activity ends on"),
    "allow_multiple_bids": N_("AuditField", "Multiple bids allowed"),
    "amount": N_("AuditField", "Amount"),
    "amount_per_member": N_("AuditField", "Amount per member"),
    "announced_on": N_("AuditField", "Announced on"),
    "anonymised": N_("AuditField", "Anonymised"),
    "applicant_id": N_("AuditField", "Applicant"),
    "application_id": N_("AuditField", "Application"),
    "archived": N_("AuditField", "Archived"),
    "assessed_on": N_("AuditField", "Assessed on"),
    "assessment": N_("AuditField", "Assessment"),
    "assessment_text": N_("AuditField", "Assessment text"),
    "at": N_("AuditField", "Moment"),
    "atw_applies": N_("AuditField", "Working Hours Act applies"),
    "award_decision_id": N_("AuditField", "Award decision"),
    "award_method": N_("AuditField", "Award method"),
    "bid_id": N_("AuditField", "Bid"),
    "budget": N_("AuditField", "Budget"),
    "budget_total": N_("AuditField", "Total budget"),
    "category": N_("AuditField", "Category"),
    "ceiling": N_("AuditField", "Ceiling"),
    "changed_on": N_("AuditField", "Changed on"),
    "changes": N_("AuditField", "Changes"),
    "city": N_("AuditField", "City"),
    "closes_on": N_("AuditField", "Closes on"),
    "code": N_("AuditField", "Code"),
    "completed_at": N_("AuditField", "Completed at"),
    "completed_on": N_("AuditField", "Completed on"),
    "completion_days": N_("AuditField", "Days to complete"),
    "computed_at": N_("AuditField", "Computed at"),
    "contract_holder_from_year": N_("AuditField", "Contract holder from year"),
    "contract_id": N_("AuditField", "Contract"),
    "created_at": N_("AuditField", "Created at"),
    "criteria_locked": N_("AuditField", "Criteria locked"),
    "criterion_group_id": N_("AuditField", "Criterion group"),
    "criterion_id": N_("AuditField", "Criterion"),
    "day": N_("AuditField", "Day"),
    "decide_by": N_("AuditField", "Decide by"),
    "decided_at": N_("AuditField", "Decided at"),
    "decided_on": N_("AuditField", "Decided on"),
    "deciding_body": N_("AuditField", "Deciding body"),
    "deciding_organisation_id": N_("AuditField", "Deciding organisation"),
    "decision_letter_sent_on": N_("AuditField", "Decision letter sent on"),
    "decision_on": N_("AuditField", "Decision date"),
    "decision_term_weeks": N_("AuditField", "Decision term (weeks)"),
    "decisions": N_("AuditField", "Decisions"),
    "definitive_on": N_("AuditField", "Definitive on"),
    "description": N_("AuditField", "Description"),
    "descriptor": N_("AuditField", "Descriptor"),
    "display_name": N_("AuditField", "Display name"),
    "distribution_rule": N_("AuditField", "Distribution rule"),
    "district_id": N_("AuditField", "District"),
    "documents": N_("AuditField", "Documents"),
    "dropout_rule": N_("AuditField", "Drop-out rule"),
    "email": N_("AuditField", "E-mail"),
    "end_date": N_("AuditField", "End date"),
    "estimated_value": N_("AuditField", "Estimated value"),
    "evaluator_count": N_("AuditField", "Number of evaluators"),
    "evaluator_id": N_("AuditField", "Evaluator"),
    "first_bid_id": N_("AuditField", "First bid"),
    "function": N_("AuditField", "Function"),
    "goals": N_("AuditField", "Goals"),
    "granted": N_("AuditField", "Granted amount"),
    "has_conflict": N_("AuditField", "Has a conflict of interest"),
    "hash": N_("AuditField", "Fingerprint"),
    "hearing_on": N_("AuditField", "Hearing on"),
    "held_at": N_("AuditField", "Held at"),
    "iban": N_("AuditField", "IBAN"),
    "id": N_("AuditField", "Id"),
    "indicator_id": N_("AuditField", "Indicator"),
    "invalidated": N_("AuditField", "Invalidated"),
    "invalidated_reason": N_("AuditField", "Reason invalidated"),
    "is_chair": N_("AuditField", "Chair"),
    "is_price": N_("AuditField", "Price criterion"),
    "key": N_("AuditField", "Key"),
    "kind": N_("AuditField", "Kind"),
    "knockout_minimum": N_("AuditField", "Knock-out minimum"),
    "kvk": N_("AuditField", "KvK number"),
    "last_day": N_("AuditField", "Last day"),
    "late_reason": N_("AuditField", "Reason late"),
    "letters_sent_on": N_("AuditField", "Letters sent on"),
    "logo": N_("AuditField", "Logo"),
    "lot_id": N_("AuditField", "Lot"),
    "mandate": N_("AuditField", "Mandate"),
    "max_per_applicant": N_("AuditField", "Maximum per applicant"),
    "members": N_("AuditField", "Number of members"),
    "method": N_("AuditField", "Method"),
    "money_per_point": N_("AuditField", "Money per point"),
    "months": N_("AuditField", "Months"),
    "motivation": N_("AuditField", "Motivation"),
    "motivation_required": N_("AuditField", "Motivation required"),
    "municipality": N_("AuditField", "Municipality"),
    "name": N_("AuditField", "Name"),
    "notes": N_("AuditField", "Notes"),
    "notice_months": N_("AuditField", "Notice period (months)"),
    "number": N_("AuditField", "Number"),
    "objection_override_reason": N_("AuditField", "Reason to go ahead despite objection"),
    "opens_on": N_("AuditField", "Opens on"),
    "opinion": N_("AuditField", "Opinion"),
    "organisation_id": N_("AuditField", "Organisation"),
    "other_funders": N_("AuditField", "Other funders"),
    "outcome": N_("AuditField", "Outcome"),
    "outcome_on": N_("AuditField", "Outcome on"),
    "own_decision_term": N_("AuditField", "Own decision term"),
    "paid_on": N_("AuditField", "Paid on"),
    "parent_id": N_("AuditField", "Parent"),
    "performance_basis": N_("AuditField", "Performance basis"),
    "period_days": N_("AuditField", "Period (days)"),
    "period_end": N_("AuditField", "Period end"),
    "period_start": N_("AuditField", "Period start"),
    "phone": N_("AuditField", "Phone"),
    "planned_award_date": N_("AuditField", "Planned award date"),
    "planned_contract_start": N_("AuditField", "Planned contract start"),
    "position": N_("AuditField", "Position"),
    "postal_address": N_("AuditField", "Postal address"),
    "postcode": N_("AuditField", "Postcode"),
    "present": N_("AuditField", "Present"),
    "prev_hash": N_("AuditField", "Previous fingerprint"),
    "price_ceiling": N_("AuditField", "Price ceiling"),
    "price_floor": N_("AuditField", "Price floor"),
    "price_formula": N_("AuditField", "Price formula"),
    "price_max_points": N_("AuditField", "Maximum price points"),
    "price_per_year": N_("AuditField", "Price per year"),
    "price_total": N_("AuditField", "Total price"),
    "prices_hidden": N_("AuditField", "Prices hidden"),
    "procedure_type": N_("AuditField", "Procedure"),
    "procurement_id": N_("AuditField", "Procurement"),
    "publication_date": N_("AuditField", "Publication date"),
    "published_on": N_("AuditField", "Published on"),
    "questions_deadline": N_("AuditField", "Deadline for questions"),
    "ranking": N_("AuditField", "Ranking"),
    "ranking_score": N_("AuditField", "Ranking score"),
    "reason": N_("AuditField", "Reason"),
    "reason_not_first": N_("AuditField", "Reason not first"),
    "reasons": N_("AuditField", "Reasons"),
    "received_at": N_("AuditField", "Received at"),
    "received_on": N_("AuditField", "Received on"),
    "record_id": N_("AuditField", "Record"),
    "reference": N_("AuditField", "Reference"),
    "refusal_reason": N_("AuditField", "Reason for refusal"),
    "report_activity_from": N_("AuditField", "Activity report from"),
    "report_assessed_amount": N_("AuditField", "Assessed amount"),
    "report_assessed_on": N_("AuditField", "Report assessed on"),
    "report_assessment": N_("AuditField", "Report assessment"),
    "report_due_days": N_("AuditField", "Report due (days)"),
    "report_due_weeks": N_("AuditField", "Report due (weeks)"),
    "report_financial_from": N_("AuditField", "Financial report from"),
    "report_id": N_("AuditField", "Report"),
    "report_months": N_("AuditField", "Report every (months)"),
    "report_received_on": N_("AuditField", "Report received on"),
    "report_reminded_on": N_("AuditField", "Report reminder sent on"),
    "requested": N_("AuditField", "Requested amount"),
    "requested_on": N_("AuditField", "Requested on"),
    "role": N_("AuditField", "Role"),
    "rsin": N_("AuditField", "RSIN"),
    "scale_id": N_("AuditField", "Scale"),
    "scheme_id": N_("AuditField", "Scheme"),
    "score": N_("AuditField", "Score"),
    "search_text": N_("AuditField", "Search text"),
    "sees_prices": N_("AuditField", "Sees prices"),
    "sent_on": N_("AuditField", "Sent on"),
    "sequence": N_("AuditField", "Sequence"),
    "settled": N_("AuditField", "Settled amount"),
    "settled_on": N_("AuditField", "Settled on"),
    "settlement_above_grant_reason": N_("AuditField", "Reason settled above grant"),
    "settlement_letter_sent_on": N_("AuditField", "Settlement letter sent on"),
    "settlement_reason": N_("AuditField", "Settlement reason"),
    "signed_at": N_("AuditField", "Signed at"),
    "signed_by": N_("AuditField", "Signed by"),
    "signed_on": N_("AuditField", "Signed on"),
    "sort_name": N_("AuditField", "Sort name"),
    "source": N_("AuditField", "Source"),
    "spread_flag_steps": N_("AuditField", "Spread flagged from (steps)"),
    "standstill_days": N_("AuditField", "Standstill period (days)"),
    "standstill_end": N_("AuditField", "Standstill ends"),
    "start_date": N_("AuditField", "Start date"),
    "statement": N_("AuditField", "Statement"),
    "status": N_("AuditField", "Status"),
    "status_reason": N_("AuditField", "Reason for status"),
    "street": N_("AuditField", "Street"),
    "submission_deadline": N_("AuditField", "Submission deadline"),
    "submitted_at": N_("AuditField", "Submitted at"),
    "succeeded_on": N_("AuditField", "Succeeded on"),
    "successor_id": N_("AuditField", "Successor"),
    "successor_organisation_id": N_("AuditField", "Successor organisation"),
    "successor_reason": N_("AuditField", "Reason for succession"),
    "summary": N_("AuditField", "Summary"),
    "table_name": N_("AuditField", "Table"),
    "target": N_("AuditField", "Target"),
    "term_months": N_("AuditField", "Term (months)"),
    "text": N_("AuditField", "Text"),
    "text_version": N_("AuditField", "Text version"),
    "theme_id": N_("AuditField", "Theme"),
    "tie_break_rules": N_("AuditField", "Tie-break rules"),
    "title": N_("AuditField", "Title"),
    "unit": N_("AuditField", "Unit"),
    "updated_at": N_("AuditField", "Updated at"),
    "use_average": N_("AuditField", "Use the average"),
    "user_account": N_("AuditField", "User account"),
    "user_id": N_("AuditField", "User"),
    "valid_from": N_("AuditField", "Valid from"),
    "valid_until": N_("AuditField", "Valid until"),
    "value": N_("AuditField", "Value"),
    "version": N_("AuditField", "Version"),
    "visiting_address": N_("AuditField", "Visiting address"),
    "website": N_("AuditField", "Website"),
    "weight": N_("AuditField", "Weight"),
    "withdrawn_reason": N_("AuditField", "Reason withdrawn"),
    "witness": N_("AuditField", "Witness"),
    "year": N_("AuditField", "Year"),
}
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
                label=self.label(name),
                old=self.value(table, name, old),
                new=self.value(table, name, new),
            )
            for name, old, new in _pairs(entry.changes)
            if name not in _DERIVED
        )
        return ReadableEntry(identity=identity, changes=changes)

    def label(self, name: str) -> str:
        source = FIELD_LABELS.get(name)
        return name if source is None else self.translate(FIELD_CONTEXT, source)


def describe_entries(
    session: Session,
    entries: Sequence[AuditEntryRecord],
    translate: Translate = untranslated,
) -> list[AuditEntryRecord]:
    """``entries`` with their ``readable`` description filled in: one query per table that
    they refer to, so a page of thousands of entries costs a handful of queries."""
    describer = _Describer(_names(session, _references(entries)), translate)
    return [replace(entry, readable=describer.entry(entry)) for entry in entries]
