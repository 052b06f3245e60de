"""The columns of the Prestaties tab and the Dashboard's overdue reports, and the performance
summary in words (shown with an option decision and on the command line)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ssb_desktop.errors import N_
from ssb_desktop.formatting import format_date, format_number
from ssb_desktop.models.record_table_model import ALIGN_RIGHT, Column, translated_labels
from ssb_desktop.records import (
    ASSESSMENT_LABELS,
    IndicatorRecord,
    OverdueReport,
    PerformanceReportRecord,
    PerformanceSummary,
)


def summary_text(summary: PerformanceSummary | None) -> str:
    """ "4 reports: 3 good, 1 sufficient; latest (period to 31-03-2022): good; none overdue"."""
    if summary is None:
        return QCoreApplication.translate(
            "Performance", "No performance record was kept with this decision."
        )
    if summary.reports == 0:
        text = QCoreApplication.translate("Performance", "No reports received.")
    else:
        text = QCoreApplication.translate(
            "Performance",
            "{reports} reports: {good} good, {sufficient} sufficient, {insufficient} "
            "insufficient, {open} not assessed.",
        ).format(
            reports=summary.reports,
            good=summary.good,
            sufficient=summary.sufficient,
            insufficient=summary.insufficient,
            open=summary.not_assessed,
        )
    if summary.latest is not None:
        text += " " + QCoreApplication.translate(
            "Performance", "Latest assessment (period to {end}): {assessment}."
        ).format(
            end=format_date(summary.latest_period_end),
            assessment=QCoreApplication.translate(
                "Assessment", ASSESSMENT_LABELS[summary.latest]
            ).lower(),
        )
    if summary.overdue:
        text += " " + QCoreApplication.translate("Performance", "Reports overdue: {count}.").format(
            count=summary.overdue
        )
    return text


def _targets(record: IndicatorRecord) -> str:
    years: dict[int, list[str]] = {}
    for target in record.targets:
        where = target.district_name or QCoreApplication.translate("Performance", "municipality")
        years.setdefault(target.year, []).append(f"{where} {format_number(target.target)}")
    return "; ".join(f"{year}: {', '.join(parts)}" for year, parts in sorted(years.items()))


INDICATOR_COLUMNS: tuple[Column[IndicatorRecord], ...] = (
    Column(N_("Columns", "Indicator"), lambda r: r.name),
    Column(N_("Columns", "Unit"), lambda r: r.unit),
    Column(N_("Columns", "Targets"), _targets, tooltip=_targets),
)
INDICATOR_WIDTHS = (200, 90)


def _period(record: PerformanceReportRecord) -> str:
    return f"{format_date(record.period_start)} – {format_date(record.period_end)}"


def _opinions(record: PerformanceReportRecord) -> str:
    return ", ".join(o.district_name for o in record.opinions)


REPORT_COLUMNS: tuple[Column[PerformanceReportRecord], ...] = (
    Column(N_("Columns", "Period"), _period, sort_key=lambda r: r.period_start),
    Column(N_("Columns", "Received"), lambda r: r.received_on),
    Column(N_("Columns", "Values"), lambda r: len(r.values), alignment=ALIGN_RIGHT),
    Column(
        N_("Columns", "Assessment"),
        lambda r: r.assessment,
        format=translated_labels("Assessment", ASSESSMENT_LABELS),
    ),
    Column(N_("Columns", "Assessed on"), lambda r: r.assessed_on),
    Column(N_("Columns", "District opinions"), _opinions, tooltip=_opinions),
)
REPORT_WIDTHS = (170, 85, 60, 100, 90)


def _overdue(days: int) -> str:
    return QCoreApplication.translate("AwardClocks", "{days} days overdue").format(days=days)


OVERDUE_COLUMNS: tuple[Column[OverdueReport], ...] = (
    Column(N_("Columns", "Contract"), lambda r: r.contract_reference),
    Column(N_("Columns", "Contractor"), lambda r: r.contractor),
    Column(
        N_("Columns", "Period"),
        lambda r: f"{format_date(r.period_start)} – {format_date(r.period_end)}",
        sort_key=lambda r: r.period_start,
    ),
    Column(N_("Columns", "Due"), lambda r: r.due_on),
    Column(N_("Columns", "Late"), lambda r: r.days_overdue, format=_overdue, alignment=ALIGN_RIGHT),
)
OVERDUE_WIDTHS = (100, 150, 170, 85)
