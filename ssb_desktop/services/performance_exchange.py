"""The contractor's performance report in Excel: a form per contract and period goes out, the
returned form is read into a plan that shows per value what would change, and the plan is
applied all or nothing through :func:`performance.save_report`.

Nothing is written while reading: :func:`read_report_import` checks the file and compares it
with the contract (indicators and districts still agreed, the period within the term, no
overlapping report), so the user sees every problem before anything is saved.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path

from sqlalchemy.orm import Session

from ssb_desktop.errors import N_, AppError, ValidationError
from ssb_desktop.excel import performance_report as form
from ssb_desktop.formatting import format_date
from ssb_desktop.records import ContractRecord, PerformanceReportRecord, Problem, ReportValue
from ssb_desktop.services import awards, performance
from ssb_desktop.services.permissions import Permission, require

CONTEXT = "Excel"

_CONTRACT_GONE = N_(
    "Excel",
    "{file} is the report form of contract {reference}, which no longer exists; nothing can be "
    "imported from it.",
)
_NOT_VALID = N_(
    "Excel",
    "The report form has {count} problems, so nothing was imported; solve them and import again.",
)
_EMPTY = N_(
    "Excel",
    "{file} holds no realised values; fill in the yellow cells and import it again.",
)


@dataclass(frozen=True, slots=True)
class ValueChange:
    """One value of the returned form compared with what the program holds."""

    cell: str
    indicator: str
    district: str
    value: Decimal
    current: Decimal | None

    @property
    def changed(self) -> bool:
        return self.current != self.value


@dataclass(frozen=True, slots=True)
class ReportImportPlan:
    """What importing a returned form would do; ``problems`` non-empty: nothing may be written."""

    file: str
    contract: ContractRecord | None
    period_start: date | None
    period_end: date | None
    note: str
    values: tuple[ReportValue, ...]
    changes: tuple[ValueChange, ...]
    existing: PerformanceReportRecord | None
    problems: tuple[Problem, ...]

    @property
    def valid(self) -> bool:
        return not self.problems


def report_template(
    session: Session, contract_id: int, start: date, end: date
) -> form.ReportTemplate:
    """The form of a contract for a period: a row per indicator and agreed district, with the
    target of the period's year and the values already reported for exactly that period."""
    require(session, Permission.VIEW)
    contract = awards.get_contract(session, contract_id)
    performance.check_period(contract, start, end)
    indicators = performance.list_indicators(session, contract_id)
    if not indicators:
        raise ValidationError(
            N_(
                "Errors",
                "Contract {reference} has no performance indicators yet; agree them on the "
                "Prestaties tab first.",
            ),
            {"reference": contract.reference},
        )
    existing = next(
        (
            r
            for r in performance.list_reports(session, contract_id)
            if r.period_start == start and r.period_end == end
        ),
        None,
    )
    current = (
        {(v.indicator_id, v.district_id): v.value for v in existing.values} if existing else {}
    )
    rows: list[form.TemplateRow] = []
    for indicator in indicators:
        assert indicator.id is not None
        names = {t.district_id: t.district_name for t in indicator.targets}
        for district_id in indicator.district_keys:
            target = next(
                (
                    t.target
                    for t in indicator.targets
                    if t.year == end.year and t.district_id == district_id
                ),
                None,
            )
            rows.append(
                form.TemplateRow(
                    indicator.id,
                    indicator.name,
                    indicator.unit,
                    district_id,
                    names.get(district_id, ""),
                    target,
                    current.get((indicator.id, district_id)),
                )
            )
    return form.ReportTemplate(
        contract_id,
        contract.reference,
        contract.lot_label,
        performance.contractor_name(contract),
        start,
        end,
        tuple(rows),
        existing.documents if existing else "",
    )


def export_report_form(
    session: Session,
    contract_id: int,
    start: date,
    end: date,
    target: Path,
    *,
    exported_at: datetime | None = None,
) -> Path:
    """Write the contractor's report form; ``target`` is a file or a folder (then the file
    is named after the contract and period). Returns the file written."""
    template = report_template(session, contract_id, start, end)
    path = (
        target / form.report_file_name(template.contract_reference, start, end)
        if target.is_dir()
        else target
    )
    form.write_report_form(path, template, exported_at=exported_at or datetime.now(UTC))
    return path


def _problem(message: str, file: str, **params: object) -> Problem:
    return Problem(
        message, sheet=form.REPORT_SHEET, params={"file": file, **params}, context=CONTEXT
    )


def _refusal(error: AppError, file: str) -> Problem:
    return Problem(
        error.message,
        sheet=form.REPORT_SHEET,
        params={"file": file, **error.params},
        context=error.context,
    )


def read_report_import(session: Session, path: Path) -> ReportImportPlan:
    """Read a returned form and compare it with the contract; nothing is written."""
    require(session, Permission.VIEW)
    parsed = form.read_report_form(path)
    file = path.name
    empty = ReportImportPlan(
        file,
        None,
        parsed.period_start,
        parsed.period_end,
        parsed.note,
        (),
        (),
        None,
        parsed.problems,
    )
    if parsed.problems or parsed.contract_id is None:
        return empty
    assert parsed.period_start is not None and parsed.period_end is not None
    try:
        contract = awards.get_contract(session, parsed.contract_id)
    except AppError:
        problem = _problem(_CONTRACT_GONE, file, reference=parsed.contract_reference)
        return ReportImportPlan(
            file, None, parsed.period_start, parsed.period_end, "", (), (), None, (problem,)
        )
    problems: list[Problem] = []
    try:
        performance.check_period(contract, parsed.period_start, parsed.period_end)
    except ValidationError as error:
        problems.append(_refusal(error, file))
    values = tuple(
        ReportValue(cell.indicator_id, cell.district_id, cell.value)
        for cell in parsed.cells
        if cell.value is not None
    )
    if not values:
        problems.append(_problem(_EMPTY, file))
    indicators = performance.list_indicators(session, parsed.contract_id)
    assert contract.id is not None
    districts = dict(performance.report_districts(session, contract.id))
    checked: list[ReportValue] = []
    try:
        checked = performance.check_values(contract.reference, indicators, values, districts)
    except ValidationError as error:
        problems.append(_refusal(error, file))
    reports = performance.list_reports(session, contract.id)
    existing = next(
        (
            r
            for r in reports
            if r.period_start == parsed.period_start and r.period_end == parsed.period_end
        ),
        None,
    )
    overlapping = [
        r
        for r in reports
        if r is not existing
        and r.period_start <= parsed.period_end
        and r.period_end >= parsed.period_start
    ]
    if overlapping:
        problems.append(
            _problem(
                N_(
                    "Excel",
                    "{file}: contract {reference} already has a report over {start} to {end}, "
                    "which overlaps the period of this form.",
                ),
                file,
                reference=contract.reference,
                start=format_date(overlapping[0].period_start),
                end=format_date(overlapping[0].period_end),
            )
        )
    current = (
        {(v.indicator_id, v.district_id): v.value for v in existing.values} if existing else {}
    )
    cells = {(c.indicator_id, c.district_id): c.cell for c in parsed.cells}
    changes = tuple(
        ValueChange(
            cells[(v.indicator_id, v.district_id)],
            v.indicator_name,
            v.district_name,
            v.value,
            current.get((v.indicator_id, v.district_id)),
        )
        for v in checked
    )
    return ReportImportPlan(
        file,
        contract,
        parsed.period_start,
        parsed.period_end,
        parsed.note,
        tuple(checked),
        changes,
        existing,
        tuple(problems),
    )


def apply_report_import(
    session: Session, plan: ReportImportPlan, *, received_on: date
) -> PerformanceReportRecord:
    """Save the report of a valid plan, all or nothing; values of the same period reported
    before are replaced (and the audit log keeps the old ones)."""
    require(session, Permission.EDIT_PROCUREMENTS)
    if plan.problems or plan.contract is None or plan.contract.id is None:
        raise ValidationError(_NOT_VALID, {"count": len(plan.problems)}, context=CONTEXT)
    assert plan.period_start is not None and plan.period_end is not None
    existing = plan.existing
    record = PerformanceReportRecord(
        id=existing.id if existing else None,
        contract_id=plan.contract.id,
        period_start=plan.period_start,
        period_end=plan.period_end,
        received_on=existing.received_on if existing else received_on,
        documents=plan.note or (existing.documents if existing else ""),
        values=plan.values,
        version=existing.version if existing else 0,
    )
    return performance.save_report(session, record)


__all__ = [
    "ReportImportPlan",
    "ValueChange",
    "apply_report_import",
    "export_report_form",
    "read_report_import",
    "report_template",
]
