"""Performance agreements and accountability of a contract (DOMAIN.md section 3).

A contract carries indicators with a target per year, for the whole municipality or per
district; the contractor reports per period (its rhythm is part of the contract) with the
realised values; the municipality assesses each report, and a district platform may give its
opinion on its district's part. An extension "on success" is decided with that record at hand:
:func:`performance_basis` is what an option decision records.

The rules that every path shares (screen, report workbook, command line) are the pure
functions at the top: the report periods of a term, the due date of a report, and which
(indicator, district) pairs belong to a contract.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal

from dateutil.relativedelta import relativedelta
from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from ssb_desktop.db.tables import (
    Contract,
    District,
    DistrictOpinion,
    PerformanceIndicator,
    PerformanceReport,
    PerformanceTarget,
    PerformanceValue,
)
from ssb_desktop.errors import N_, ConflictError, NotFoundError, ValidationError
from ssb_desktop.formatting import CENT, format_date, format_number
from ssb_desktop.records import (
    Assessment,
    ConsortiumRole,
    ContractRecord,
    DistrictOpinionRecord,
    IndicatorPoint,
    IndicatorRecord,
    IndicatorSeries,
    OverdueReport,
    PerformanceReportRecord,
    PerformanceSummary,
    ReportValue,
    TargetRecord,
)
from ssb_desktop.services.awards import get_contract, list_contracts
from ssb_desktop.services.common import STALE, assign
from ssb_desktop.services.permissions import Permission, require

# The reporting rhythms a contract may agree, in months (monthly ... yearly).
REPORT_MONTHS = (1, 3, 4, 6, 12)
DEFAULT_REPORT_DUE_DAYS = 42
MAX_QUANTITY = Decimal("999999999999.99")

_CONTRACT_GONE = N_("Errors", "This contract no longer exists. Reload the list.")
_REPORT_GONE = N_("Errors", "This report no longer exists. Reload the contract.")
_INDICATOR_GONE = N_("Errors", "This indicator no longer exists. Reload the contract.")


# --- rules ------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Period:
    start: date
    end: date


def report_periods(start: date, end: date, months: int) -> list[Period]:
    """The report periods of a term from ``start`` to ``end``, each ``months`` long; the last
    one stops at the end of the term."""
    periods: list[Period] = []
    first = start
    while first <= end:
        following: date = first + relativedelta(months=months)
        periods.append(Period(first, min(end, following - timedelta(days=1))))
        first = following
    return periods


def report_due(period_end: date, due_days: int) -> date:
    """The last day the report over a period may arrive: ``due_days`` after its end."""
    return period_end + timedelta(days=due_days)


def check_period(contract: ContractRecord, start: date, end: date) -> None:
    """Refuse a report period that is reversed or lies outside the contract's term (the base
    term and the options exercised so far)."""
    if end < start:
        raise ValidationError(
            N_("Errors", "The report period ends on {end}, before it starts on {start}."),
            {"start": format_date(start), "end": format_date(end)},
            field="period_end",
        )
    term_end = contract.current_end or contract.end
    if start < contract.start or end > term_end:
        raise ValidationError(
            N_(
                "Errors",
                "The report period {start} to {end} lies outside the term of contract "
                "{reference} ({term_start} to {term_end}); correct the period.",
            ),
            {
                "start": format_date(start),
                "end": format_date(end),
                "reference": contract.reference,
                "term_start": format_date(contract.start),
                "term_end": format_date(term_end),
            },
            field="period_start",
        )


def check_values(
    contract_reference: str,
    indicators: Sequence[IndicatorRecord],
    values: Iterable[ReportValue],
    district_names: dict[int, str],
) -> list[ReportValue]:
    """The values, checked: each of an indicator of the contract, for a district (or the
    whole municipality) that indicator has targets for, once, and not negative."""
    by_id = {indicator.id: indicator for indicator in indicators if indicator.id is not None}
    seen: set[tuple[int, int | None]] = set()
    checked: list[ReportValue] = []
    for value in values:
        indicator = by_id.get(value.indicator_id)
        if indicator is None:
            raise ValidationError(
                N_(
                    "Errors",
                    "Indicator {indicator} does not belong to contract {reference}; report only "
                    "the indicators agreed in the contract.",
                ),
                {
                    "indicator": value.indicator_name or str(value.indicator_id),
                    "reference": contract_reference,
                },
                field="values",
            )
        if value.district_id not in indicator.district_keys:
            where = (
                district_names.get(value.district_id, value.district_name or str(value.district_id))
                if value.district_id is not None
                else ""
            )
            if value.district_id is None:
                raise ValidationError(
                    N_(
                        "Errors",
                        "Indicator {indicator} of contract {reference} is agreed per district; "
                        "report its values per district, not for the whole municipality.",
                    ),
                    {"indicator": indicator.name, "reference": contract_reference},
                    field="values",
                )
            raise ValidationError(
                N_(
                    "Errors",
                    "District {district} does not belong to indicator {indicator} of contract "
                    "{reference}; report only the districts agreed for it.",
                ),
                {"district": where, "indicator": indicator.name, "reference": contract_reference},
                field="values",
            )
        key = (value.indicator_id, value.district_id)
        if key in seen:
            raise ValidationError(
                N_(
                    "Errors",
                    "Indicator {indicator} has two values for the same district in this report; "
                    "keep one.",
                ),
                {"indicator": indicator.name},
                field="values",
            )
        seen.add(key)
        if value.value < 0 or value.value > MAX_QUANTITY:
            raise ValidationError(
                N_("Errors", "The value {value} of indicator {indicator} is not possible."),
                {"value": format_number(value.value), "indicator": indicator.name},
                field="values",
            )
        checked.append(
            ReportValue(
                value.indicator_id,
                value.district_id,
                value.value.quantize(CENT, rounding=ROUND_HALF_UP),
                indicator.name,
                district_names.get(value.district_id, "") if value.district_id else "",
            )
        )
    return checked


def summarise(reports: Sequence[PerformanceReportRecord], overdue: int = 0) -> PerformanceSummary:
    """How the reports of a contract were assessed, and the latest assessment."""
    counts: dict[Assessment, int] = dict.fromkeys(Assessment, 0)
    for report in reports:
        counts[report.assessment] += 1
    assessed = [r for r in reports if r.assessment is not Assessment.NOT_ASSESSED]
    latest = max(assessed, key=lambda r: r.period_end, default=None)
    return PerformanceSummary(
        reports=len(reports),
        good=counts[Assessment.GOOD],
        sufficient=counts[Assessment.SUFFICIENT],
        insufficient=counts[Assessment.INSUFFICIENT],
        not_assessed=counts[Assessment.NOT_ASSESSED],
        latest_period_end=latest.period_end if latest else None,
        latest=latest.assessment if latest else None,
        overdue=overdue,
    )


def summary_to_json(summary: PerformanceSummary) -> str:
    return summary.to_json()


def summary_from_json(text: str) -> PerformanceSummary | None:
    """The summary an option decision recorded; None when it recorded none (older data)."""
    return PerformanceSummary.from_json(text)


# --- reading ----------------------------------------------------------------------------------


def _district_names(session: Session) -> dict[int, str]:
    return {i: n for i, n in session.execute(select(District.id, District.name))}


def _contract(session: Session, contract_id: int) -> ContractRecord:
    try:
        return get_contract(session, contract_id)
    except NotFoundError:
        raise NotFoundError(_CONTRACT_GONE) from None


def contract_by_reference(session: Session, reference: str) -> ContractRecord:
    """The contract with ``reference``; a clear refusal naming it when there is none."""
    require(session, Permission.VIEW)
    found = session.scalar(select(Contract.id).where(Contract.reference == reference.strip()))
    if found is None:
        raise NotFoundError(
            N_("Errors", "There is no contract with the reference {reference}."),
            {"reference": reference},
        )
    return get_contract(session, found)


def list_indicators(session: Session, contract_id: int) -> list[IndicatorRecord]:
    require(session, Permission.VIEW)
    names = _district_names(session)
    rows = session.scalars(
        select(PerformanceIndicator)
        .where(PerformanceIndicator.contract_id == contract_id)
        .options(selectinload(PerformanceIndicator.targets))
        .order_by(PerformanceIndicator.sequence, PerformanceIndicator.id)
    )
    return [
        IndicatorRecord(
            id=row.id,
            contract_id=row.contract_id,
            name=row.name,
            unit=row.unit,
            targets=tuple(
                TargetRecord(
                    t.year,
                    t.target,
                    t.district_id,
                    names.get(t.district_id, "") if t.district_id else "",
                )
                for t in sorted(
                    row.targets,
                    key=lambda t: (
                        t.year,
                        t.district_id is not None,
                        names.get(t.district_id or 0, ""),
                    ),
                )
            ),
            version=row.version,
        )
        for row in rows
    ]


def _report_record(
    row: PerformanceReport, names: dict[int, str], indicator_names: dict[int, str], reference: str
) -> PerformanceReportRecord:
    return PerformanceReportRecord(
        id=row.id,
        contract_id=row.contract_id,
        period_start=row.period_start,
        period_end=row.period_end,
        received_on=row.received_on,
        documents=row.documents,
        values=tuple(
            ReportValue(
                v.indicator_id,
                v.district_id,
                v.value,
                indicator_names.get(v.indicator_id, ""),
                names.get(v.district_id, "") if v.district_id else "",
            )
            for v in row.values
        ),
        assessment=row.assessment,
        assessment_text=row.assessment_text,
        assessed_on=row.assessed_on,
        opinions=tuple(
            DistrictOpinionRecord(
                o.id,
                o.report_id,
                o.district_id,
                o.received_on,
                o.opinion,
                names.get(o.district_id, ""),
                o.version,
            )
            for o in row.opinions
        ),
        contract_reference=reference,
        version=row.version,
    )


def list_reports(session: Session, contract_id: int) -> list[PerformanceReportRecord]:
    """The reports of a contract, by period."""
    require(session, Permission.VIEW)
    reference = session.scalar(select(Contract.reference).where(Contract.id == contract_id))
    if reference is None:
        raise NotFoundError(_CONTRACT_GONE)
    names = _district_names(session)
    indicator_names = {
        i: n
        for i, n in session.execute(
            select(PerformanceIndicator.id, PerformanceIndicator.name).where(
                PerformanceIndicator.contract_id == contract_id
            )
        )
    }
    rows = session.scalars(
        select(PerformanceReport)
        .where(PerformanceReport.contract_id == contract_id)
        .options(selectinload(PerformanceReport.values), selectinload(PerformanceReport.opinions))
        .order_by(PerformanceReport.period_start)
    )
    return [_report_record(row, names, indicator_names, reference) for row in rows]


def get_report(session: Session, report_id: int) -> PerformanceReportRecord:
    contract_id = session.scalar(
        select(PerformanceReport.contract_id).where(PerformanceReport.id == report_id)
    )
    if contract_id is None:
        raise NotFoundError(_REPORT_GONE)
    return next(r for r in list_reports(session, contract_id) if r.id == report_id)


def expected_periods(contract: ContractRecord) -> list[Period]:
    """The periods the contractor must report on, over the term so far (exercised options
    included); none when the contract agrees no reporting rhythm."""
    if contract.report_months is None:
        return []
    return report_periods(
        contract.start, contract.current_end or contract.end, contract.report_months
    )


def _missing(
    contract: ContractRecord, reports: Sequence[PerformanceReportRecord], today: date
) -> list[tuple[Period, date]]:
    missing: list[tuple[Period, date]] = []
    for period in expected_periods(contract):
        due = report_due(period.end, contract.report_due_days)
        if due >= today:
            continue
        covered = any(r.period_start <= period.end <= r.period_end for r in reports)
        if not covered:
            missing.append((period, due))
    return missing


def overdue_reports(session: Session, today: date) -> list[OverdueReport]:
    """Every report period whose due date has passed without a report, oldest first."""
    require(session, Permission.VIEW)
    rows: list[OverdueReport] = []
    contracts = [c for c in list_contracts(session) if c.report_months is not None]
    for contract in contracts:
        assert contract.id is not None
        reports = list_reports(session, contract.id)
        lead = contractor_name(contract)
        for period, due in _missing(contract, reports, today):
            rows.append(
                OverdueReport(
                    contract.id,
                    contract.reference,
                    contract.lot_id,
                    contract.lot_label,
                    lead,
                    period.start,
                    period.end,
                    due,
                    (today - due).days,
                )
            )
    rows.sort(key=lambda r: (r.due_on, r.contract_reference))
    return rows


def performance_summary(session: Session, contract_id: int, today: date) -> PerformanceSummary:
    """The assessed performance of a contract on ``today``, with the reports overdue."""
    require(session, Permission.VIEW)
    contract = _contract(session, contract_id)
    reports = list_reports(session, contract_id)
    return summarise(reports, len(_missing(contract, reports, today)))


def performance_basis(session: Session, contract_id: int, on: date) -> str:
    """What an option decision on ``on`` records: the performance summary as JSON."""
    return summary_to_json(performance_summary(session, contract_id, on))


def _total(values: Sequence[tuple[int | None, Decimal]]) -> Decimal:
    """The municipality's figure when given, else the sum over the districts."""
    whole = [v for d, v in values if d is None]
    return whole[0] if whole else sum((v for _d, v in values), Decimal(0))


def indicator_series(session: Session, contract_id: int) -> list[IndicatorSeries]:
    """Per indicator and year: the target and the realised value (the reports whose period
    ends in that year), over the municipality (or the sum of its districts)."""
    require(session, Permission.VIEW)
    indicators = list_indicators(session, contract_id)
    reports = list_reports(session, contract_id)
    series: list[IndicatorSeries] = []
    for indicator in indicators:
        targets: dict[int, list[tuple[int | None, Decimal]]] = defaultdict(list)
        for target in indicator.targets:
            targets[target.year].append((target.district_id, target.target))
        realised: dict[int, Decimal] = defaultdict(Decimal)
        for report in reports:
            values = [
                (v.district_id, v.value) for v in report.values if v.indicator_id == indicator.id
            ]
            if values:
                realised[report.period_end.year] += _total(values)
        years = sorted(set(targets) | set(realised))
        series.append(
            IndicatorSeries(
                indicator.id or 0,
                indicator.name,
                indicator.unit,
                tuple(
                    IndicatorPoint(
                        year,
                        _total(targets[year]) if year in targets else None,
                        realised.get(year),
                    )
                    for year in years
                ),
            )
        )
    return series


# --- changing ---------------------------------------------------------------------------------


def _load_contract_row(session: Session, contract_id: int, version: int | None = None) -> Contract:
    row = session.get(Contract, contract_id)
    if row is None:
        raise NotFoundError(_CONTRACT_GONE)
    if version is not None and row.version != version:
        raise ConflictError(STALE)
    return row


def set_report_schedule(
    session: Session, contract_id: int, *, months: int | None, due_days: int, version: int
) -> ContractRecord:
    """Agree the contractor's reporting rhythm: every ``months`` months (None: no periodic
    reports), each report due ``due_days`` days after its period."""
    require(session, Permission.EDIT_PROCUREMENTS)
    row = _load_contract_row(session, contract_id, version)
    if months is not None and months not in REPORT_MONTHS:
        raise ValidationError(
            N_("Errors", "A report period lasts 1, 3, 4, 6 or 12 months."), field="report_months"
        )
    if not 0 <= due_days <= 366:
        raise ValidationError(
            N_("Errors", "A report is due between 0 and 366 days after its period."),
            field="report_due_days",
        )
    assign(row, "report_months", months)
    assign(row, "report_due_days", due_days)
    session.flush()
    return get_contract(session, contract_id)


def save_indicator(session: Session, record: IndicatorRecord) -> IndicatorRecord:
    """Create or change an indicator with its targets; a target's year lies within the
    contract's term including every option, a district once per year."""
    require(session, Permission.EDIT_PROCUREMENTS)
    contract = _contract(session, record.contract_id)
    name = record.name.strip()
    if not name:
        raise ValidationError(N_("Errors", "Enter the name of the indicator."), field="name")
    if len(name) > 200 or len(record.unit.strip()) > 50:
        raise ValidationError(
            N_("Errors", "An indicator's name has at most 200 characters, its unit at most 50."),
            field="name",
        )
    clash = session.scalar(
        select(PerformanceIndicator.id).where(
            PerformanceIndicator.contract_id == record.contract_id,
            PerformanceIndicator.name == name,
        )
    )
    if clash is not None and clash != record.id:
        raise ValidationError(
            N_("Errors", "Contract {reference} already has an indicator {name}."),
            {"reference": contract.reference, "name": name},
            field="name",
        )
    first_year, last_year = contract.start.year, contract.final_end.year
    districts = set(_district_names(session))
    seen: set[tuple[int, int | None]] = set()
    for target in record.targets:
        if not first_year <= target.year <= last_year:
            raise ValidationError(
                N_(
                    "Errors",
                    "A target for {year} lies outside contract {reference}, which runs from "
                    "{first} to {last} with all its options.",
                ),
                {
                    "year": target.year,
                    "reference": contract.reference,
                    "first": first_year,
                    "last": last_year,
                },
                field="targets",
            )
        if target.district_id is not None and target.district_id not in districts:
            raise ValidationError(
                N_("Errors", "This district no longer exists. Reload the list."), field="targets"
            )
        key = (target.year, target.district_id)
        if key in seen:
            raise ValidationError(
                N_("Errors", "Indicator {name} has two targets for {year} for the same district."),
                {"name": name, "year": target.year},
                field="targets",
            )
        seen.add(key)
        if target.target < 0 or target.target > MAX_QUANTITY:
            raise ValidationError(N_("Errors", "A target cannot be negative."), field="targets")
    if record.id is None:
        sequence = len(list_indicators(session, record.contract_id)) + 1
        row = PerformanceIndicator(
            contract_id=record.contract_id, name=name, unit=record.unit.strip(), sequence=sequence
        )
        session.add(row)
    else:
        found = session.get(
            PerformanceIndicator, record.id, options=[selectinload(PerformanceIndicator.targets)]
        )
        if found is None or found.contract_id != record.contract_id:
            raise NotFoundError(_INDICATOR_GONE)
        if found.version != record.version:
            raise ConflictError(STALE)
        row = found
        assign(row, "name", name)
        assign(row, "unit", record.unit.strip())
    wanted = {
        (t.year, t.district_id): t.target.quantize(CENT, rounding=ROUND_HALF_UP)
        for t in record.targets
    }
    for existing in list(row.targets):
        key = (existing.year, existing.district_id)
        if key in wanted:
            assign(existing, "target", wanted.pop(key))
        else:
            session.delete(existing)
            row.targets.remove(existing)
    for (year, district_id), amount in wanted.items():
        row.targets.append(PerformanceTarget(year=year, district_id=district_id, target=amount))
    session.flush()
    return next(i for i in list_indicators(session, record.contract_id) if i.id == row.id)


def save_report(session: Session, record: PerformanceReportRecord) -> PerformanceReportRecord:
    """Record (or correct) the contractor's report over a period with its realised values.
    The period lies within the contract's term and overlaps no other report; every value
    belongs to an indicator and district of the contract."""
    require(session, Permission.EDIT_PROCUREMENTS)
    contract = _contract(session, record.contract_id)
    check_period(contract, record.period_start, record.period_end)
    if record.received_on < record.period_start:
        raise ValidationError(
            N_(
                "Errors",
                "The report was received on {received}, before its period starts on {start}.",
            ),
            {
                "received": format_date(record.received_on),
                "start": format_date(record.period_start),
            },
            field="received_on",
        )
    others = session.execute(
        select(
            PerformanceReport.id, PerformanceReport.period_start, PerformanceReport.period_end
        ).where(
            PerformanceReport.contract_id == record.contract_id,
            PerformanceReport.period_start <= record.period_end,
            PerformanceReport.period_end >= record.period_start,
        )
    ).all()
    overlap = [o for o in others if o.id != record.id]
    if overlap:
        raise ValidationError(
            N_(
                "Errors",
                "Contract {reference} already has a report over {start} to {end}, which "
                "overlaps this period; correct that report instead.",
            ),
            {
                "reference": contract.reference,
                "start": format_date(overlap[0].period_start),
                "end": format_date(overlap[0].period_end),
            },
            field="period_start",
        )
    indicators = list_indicators(session, record.contract_id)
    values = check_values(contract.reference, indicators, record.values, _district_names(session))
    if record.id is None:
        row = PerformanceReport(contract_id=record.contract_id)
        session.add(row)
    else:
        found = session.get(
            PerformanceReport, record.id, options=[selectinload(PerformanceReport.values)]
        )
        if found is None or found.contract_id != record.contract_id:
            raise NotFoundError(_REPORT_GONE)
        if found.version != record.version:
            raise ConflictError(STALE)
        row = found
    for name, value in (
        ("period_start", record.period_start),
        ("period_end", record.period_end),
        ("received_on", record.received_on),
        ("documents", record.documents.strip()),
    ):
        assign(row, name, value)
    wanted = {(v.indicator_id, v.district_id): v.value for v in values}
    for existing in list(row.values):
        key = (existing.indicator_id, existing.district_id)
        if key in wanted:
            assign(existing, "value", wanted.pop(key))
        else:
            session.delete(existing)
            row.values.remove(existing)
    for (indicator_id, district_id), amount in wanted.items():
        row.values.append(
            PerformanceValue(indicator_id=indicator_id, district_id=district_id, value=amount)
        )
    session.flush()
    return get_report(session, row.id)


def assess_report(
    session: Session,
    report_id: int,
    *,
    assessment: Assessment,
    text: str,
    on: date,
    version: int,
) -> PerformanceReportRecord:
    """The municipality's assessment of a report; an insufficient one says why."""
    require(session, Permission.EDIT_PROCUREMENTS)
    row = session.get(PerformanceReport, report_id)
    if row is None:
        raise NotFoundError(_REPORT_GONE)
    if row.version != version:
        raise ConflictError(STALE)
    text = text.strip()
    if assessment is Assessment.INSUFFICIENT and not text:
        raise ValidationError(
            N_("Errors", "Say why the performance is insufficient; the reason is recorded."),
            field="assessment_text",
        )
    if on < row.received_on:
        raise ValidationError(
            N_(
                "Errors",
                "A report cannot be assessed on {on}, before it was received on {received}.",
            ),
            {"on": format_date(on), "received": format_date(row.received_on)},
            field="assessed_on",
        )
    assign(row, "assessment", assessment)
    assign(row, "assessment_text", text)
    assign(row, "assessed_on", None if assessment is Assessment.NOT_ASSESSED else on)
    session.flush()
    return get_report(session, report_id)


def report_districts(session: Session, contract_id: int) -> list[tuple[int, str]]:
    """The districts of a contract's agreements (those of its indicators' targets), by name."""
    names = _district_names(session)
    ids = {
        t.district_id
        for indicator in list_indicators(session, contract_id)
        for t in indicator.targets
        if t.district_id is not None
    }
    return sorted(((i, names[i]) for i in ids if i in names), key=lambda item: item[1].casefold())


def save_opinion(session: Session, record: DistrictOpinionRecord) -> DistrictOpinionRecord:
    """Record a district platform's opinion on its district's part of a report; one per
    district and report, for a district of the contract's agreements."""
    require(session, Permission.EDIT_PROCUREMENTS)
    report = session.get(PerformanceReport, record.report_id)
    if report is None:
        raise NotFoundError(_REPORT_GONE)
    districts = dict(report_districts(session, report.contract_id))
    reference = session.scalar(select(Contract.reference).where(Contract.id == report.contract_id))
    if record.district_id not in districts:
        raise ValidationError(
            N_(
                "Errors",
                "Contract {reference} has no agreements for this district, so its platform "
                "has no part of the report to give an opinion on.",
            ),
            {"reference": reference},
            field="district_id",
        )
    opinion = record.opinion.strip()
    if not opinion:
        raise ValidationError(
            N_("Errors", "Enter the district platform's opinion."), field="opinion"
        )
    if record.received_on < report.received_on:
        raise ValidationError(
            N_(
                "Errors",
                "The opinion is dated {on}, before the report was received on {received}.",
            ),
            {"on": format_date(record.received_on), "received": format_date(report.received_on)},
            field="received_on",
        )
    existing = session.scalar(
        select(DistrictOpinion).where(
            DistrictOpinion.report_id == record.report_id,
            DistrictOpinion.district_id == record.district_id,
        )
    )
    if existing is not None and existing.id != record.id:
        raise ValidationError(
            N_(
                "Errors",
                "The platform of {district} already gave its opinion on this report; "
                "change that opinion instead.",
            ),
            {"district": districts[record.district_id]},
            field="district_id",
        )
    if record.id is None:
        row = DistrictOpinion(
            report_id=record.report_id,
            district_id=record.district_id,
            received_on=record.received_on,
            opinion=opinion,
        )
        session.add(row)
    else:
        found = session.get(DistrictOpinion, record.id)
        if found is None:
            raise NotFoundError(_REPORT_GONE)
        if found.version != record.version:
            raise ConflictError(STALE)
        row = found
        assign(row, "district_id", record.district_id)
        assign(row, "received_on", record.received_on)
        assign(row, "opinion", opinion)
    session.flush()
    return DistrictOpinionRecord(
        row.id,
        row.report_id,
        row.district_id,
        row.received_on,
        row.opinion,
        districts[row.district_id],
        row.version,
    )


def contractor_name(contract: ContractRecord) -> str:
    """The lead party of a contract (the contractor that reports)."""
    return next(
        (p.organisation_name for p in contract.parties if p.role is ConsortiumRole.LEAD),
        contract.parties[0].organisation_name if contract.parties else "",
    )


__all__ = [
    "REPORT_MONTHS",
    "Period",
    "assess_report",
    "check_period",
    "check_values",
    "contract_by_reference",
    "contractor_name",
    "expected_periods",
    "get_report",
    "indicator_series",
    "list_indicators",
    "list_reports",
    "overdue_reports",
    "performance_basis",
    "performance_summary",
    "report_districts",
    "report_due",
    "report_periods",
    "save_indicator",
    "save_opinion",
    "save_report",
    "set_report_schedule",
    "summarise",
    "summary_from_json",
    "summary_to_json",
]
