"""The columns of the subsidy tables: schemes, applications, a trial allocation, budget use and
money per theme and district."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication

from ssb_desktop.errors import N_
from ssb_desktop.formatting import format_date, format_money
from ssb_desktop.models.record_table_model import (
    ALIGN_RIGHT,
    Column,
    translated_labels,
)
from ssb_desktop.records import (
    ALLOCATION_OUTCOME_LABELS,
    APPLICATION_STATUS_LABELS,
    DECIDING_BODY_LABELS,
    DISTRIBUTION_RULE_LABELS,
    AllocationLine,
    ApplicationRecord,
    BudgetUse,
    MoneyByThemeDistrict,
    RegisterYear,
    SchemeRecord,
)

_STATUS = translated_labels("ApplicationStatus", APPLICATION_STATUS_LABELS)
_RULE = translated_labels("DistributionRule", DISTRIBUTION_RULE_LABELS)
_BODY = translated_labels("DecidingBody", DECIDING_BODY_LABELS)
_OUTCOME = translated_labels("AllocationOutcome", ALLOCATION_OUTCOME_LABELS)


def _money(value: Any) -> str:
    return format_money(value)


def _score(value: Any) -> str:
    """A ranking score in Dutch notation, without trailing zeros (7,5)."""
    return format(value.normalize(), "f").replace(".", ",")


def _due(value: Any) -> str:
    return format_date(value) if isinstance(value, date) else ""


def deciding_text(record: ApplicationRecord) -> str:
    """Who decides: the contract holder by name, or the municipality."""
    if record.deciding_organisation_name:
        return record.deciding_organisation_name
    return _BODY(record.deciding_body)


def allocation_reason(line: AllocationLine) -> str:
    """The line's reason in the current language, with its values filled in."""
    params = {
        key: format_money(value) if hasattr(value, "quantize") else value
        for key, value in line.params.items()
    }
    try:
        return QCoreApplication.translate(line.context, line.reason).format(**params)
    except (KeyError, IndexError, ValueError):
        return line.english()


def deadline_basis(record: ApplicationRecord) -> str:
    """The rules that produced the decision deadline, in the current language."""
    parts = []
    for text, params in record.decision_due_basis:
        try:
            parts.append(QCoreApplication.translate("Deadline", text).format(**params))
        except (KeyError, IndexError, ValueError):
            parts.append(text.format(**params))
    return "; ".join(parts)


SCHEME_COLUMNS: tuple[Column[SchemeRecord], ...] = (
    # The ID that "--scheme ID" on the command line needs.
    Column(N_("Columns", "ID"), lambda r: r.id, alignment=ALIGN_RIGHT),
    Column(N_("Columns", "Year"), lambda r: r.year, alignment=ALIGN_RIGHT),
    Column(N_("Columns", "Theme"), lambda r: r.theme_name),
    Column(N_("Columns", "Scheme"), lambda r: r.name),
    Column(
        N_("Columns", "Ceiling"),
        lambda r: r.current_ceiling if r.current_ceiling is not None else r.ceiling,
        format=_money,
        alignment=ALIGN_RIGHT,
    ),
    Column(N_("Columns", "Rule"), lambda r: r.distribution_rule, format=_RULE),
    Column(N_("Columns", "Decides"), lambda r: r.effective_deciding_body, format=_BODY),
    Column(N_("Columns", "Opens"), lambda r: r.opens_on),
    Column(N_("Columns", "Closes"), lambda r: r.closes_on),
    Column(N_("Columns", "Applications"), lambda r: r.application_count, alignment=ALIGN_RIGHT),
)
SCHEME_COLUMN_WIDTHS = (45, 55, 150, 300, 110, 260, 220, 90, 90, 90)

REFERENCE_COLUMN = 0
STATUS_COLUMN = 4
RECEIVED_COLUMN = 8

# The columns a subsidy officer works with come first; the rest is a scroll away.
APPLICATION_COLUMNS: tuple[Column[ApplicationRecord], ...] = (
    Column(N_("Columns", "Reference"), lambda r: r.reference),
    Column(N_("Columns", "Applicant"), lambda r: r.applicant_name),
    Column(N_("Columns", "Activity"), lambda r: r.activity, tooltip=lambda r: r.goals),
    Column(N_("Columns", "Requested"), lambda r: r.requested, format=_money, alignment=ALIGN_RIGHT),
    Column(N_("Columns", "Status"), lambda r: r.status, format=_STATUS),
    Column(N_("Columns", "Granted"), lambda r: r.granted, format=_money, alignment=ALIGN_RIGHT),
    Column(
        N_("Columns", "Decision due"),
        lambda r: r.decision_due,
        format=_due,
        tooltip=deadline_basis,
    ),
    Column(N_("Columns", "Objection until"), lambda r: r.objection_due, format=_due),
    Column(N_("Columns", "Received"), lambda r: r.received_on),
    Column(N_("Columns", "Scheme"), lambda r: r.scheme_name, tooltip=lambda r: r.scheme_name),
    Column(N_("Columns", "Districts"), lambda r: ", ".join(r.district_names)),
    Column(N_("Columns", "Decides"), deciding_text),
    Column(N_("Columns", "Theme"), lambda r: r.theme_name),
    Column(N_("Columns", "Score"), lambda r: r.ranking_score, format=_score, alignment=ALIGN_RIGHT),
)
APPLICATION_COLUMN_WIDTHS = (85, 180, 150, 105, 150, 105, 105, 105, 90, 170, 130, 160, 110, 70)

ALLOCATION_COLUMNS: tuple[Column[AllocationLine], ...] = (
    Column(N_("Columns", "Place"), lambda r: r.position, alignment=ALIGN_RIGHT),
    Column(N_("Columns", "Reference"), lambda r: r.reference),
    Column(N_("Columns", "Applicant"), lambda r: r.applicant_name),
    Column(N_("Columns", "Requested"), lambda r: r.requested, format=_money, alignment=ALIGN_RIGHT),
    Column(N_("Columns", "Gets"), lambda r: r.granted, format=_money, alignment=ALIGN_RIGHT),
    Column(N_("Columns", "Outcome"), lambda r: r.outcome, format=_OUTCOME),
    Column(N_("Columns", "Reason"), allocation_reason, tooltip=allocation_reason),
)
ALLOCATION_COLUMN_WIDTHS = (55, 95, 220, 110, 110, 150, 300)

BUDGET_COLUMNS: tuple[Column[BudgetUse], ...] = (
    Column(N_("Columns", "Year"), lambda r: r.year, alignment=ALIGN_RIGHT),
    Column(N_("Columns", "Theme"), lambda r: r.theme_name),
    Column(N_("Columns", "Scheme"), lambda r: r.scheme_name, tooltip=lambda r: r.scheme_name),
    Column(N_("Columns", "Ceiling"), lambda r: r.ceiling, format=_money, alignment=ALIGN_RIGHT),
    Column(N_("Columns", "Granted"), lambda r: r.granted, format=_money, alignment=ALIGN_RIGHT),
    Column(N_("Columns", "Remaining"), lambda r: r.remaining, format=_money, alignment=ALIGN_RIGHT),
    Column(
        N_("Columns", "Undecided"),
        lambda r: r.pending,
        alignment=ALIGN_RIGHT,
        tooltip=lambda r: QCoreApplication.translate(
            "Columns", "Applications still waiting for a decision"
        ),
    ),
)
BUDGET_COLUMN_WIDTHS = (45, 110, 160, 95, 95, 95, 75)


def _district(record: MoneyByThemeDistrict) -> str:
    if record.district_id is None and not record.district_name:
        return QCoreApplication.translate("Columns", "All districts")
    return record.district_name


def _theme(record: MoneyByThemeDistrict) -> str:
    if record.theme_id is None and not record.theme_name:
        return QCoreApplication.translate("Columns", "(no theme)")
    return record.theme_name


MONEY_COLUMNS: tuple[Column[MoneyByThemeDistrict], ...] = (
    Column(N_("Columns", "Theme"), _theme),
    Column(N_("Columns", "District"), _district),
    # Contracts hold for a theme, not a district: their amount is on the "all districts" row.
    Column(
        N_("Columns", "Contracted"),
        lambda r: r.contracted if r.district_id is None else None,
        format=_money,
        alignment=ALIGN_RIGHT,
    ),
    Column(N_("Columns", "Granted"), lambda r: r.granted, format=_money, alignment=ALIGN_RIGHT),
)
MONEY_COLUMN_WIDTHS = (100, 150, 105, 90)


def _register_year(record: RegisterYear) -> str:
    if record.year is None:
        return QCoreApplication.translate("Columns", "Total")
    return str(record.year)


REGISTER_COLUMNS: tuple[Column[RegisterYear], ...] = (
    Column(
        N_("Columns", "Year"),
        _register_year,
        sort_key=lambda r: r.year if r.year is not None else 99999,
    ),
    Column(N_("Columns", "Bids"), lambda r: r.bids, alignment=ALIGN_RIGHT),
    Column(N_("Columns", "Contracts"), lambda r: r.contracts, alignment=ALIGN_RIGHT),
    Column(
        N_("Columns", "Contracted"), lambda r: r.contracted, format=_money, alignment=ALIGN_RIGHT
    ),
    Column(N_("Columns", "Applications"), lambda r: r.applications, alignment=ALIGN_RIGHT),
    Column(N_("Columns", "Applied for"), lambda r: r.applied, format=_money, alignment=ALIGN_RIGHT),
    Column(N_("Columns", "Granted"), lambda r: r.granted, format=_money, alignment=ALIGN_RIGHT),
)
