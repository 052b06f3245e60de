"""The contract holder's decisions by file (DOMAIN.md section 5): the municipality exports a
decisions workbook of one scheme for the organisation that decides on its applications, the
holder fills it in, and the municipality imports it.

Every decision is checked against the rules of a single decision (:mod:`rules`): the status
flow, the deciding body (the workbook's organisation must be the one recorded on each
application), a decision date on or after receipt and not in the future, the ceiling that
applies less what was granted before it in the scheme's order, the maximum per applicant and
the amount per member. The preview reports each problem at its sheet, row and column; the
import writes all decisions or none.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ssb_desktop.db.tables import Application, Organisation
from ssb_desktop.errors import N_, AppError, NotFoundError, ValidationError
from ssb_desktop.excel.decisions import (
    DecisionLine,
    ParsedDecisions,
    read_decisions,
    write_decisions,
)
from ssb_desktop.formatting import format_date
from ssb_desktop.formatting import local_today as current_day
from ssb_desktop.records import (
    ApplicationFilter,
    ApplicationRecord,
    ImportReport,
    Problem,
)
from ssb_desktop.services.permissions import Permission, require
from ssb_desktop.services.subsidies import rules, service
from ssb_desktop.services.subsidies.rules import ZERO, Step

CONTEXT = "Errors"
_NO_HOLDER = N_(
    "Errors",
    "No contract holder decides on the applications of scheme {scheme}; the municipality "
    "decides itself, so there is no decisions workbook to send.",
)
_SEVERAL_HOLDERS = N_(
    "Errors",
    "Several organisations decide on applications of scheme {scheme} ({organisations}); "
    "choose the organisation with --organisation ID.",
)
_OTHER_SCHEME = N_(
    "Errors",
    "This decisions workbook is for another scheme ({given}); import it with that scheme, or "
    "ask the contract holder for the workbook of {scheme}.",
)
_NOT_THE_HOLDER = N_(
    "Errors",
    "This decisions workbook was made for {organisation}, which does not decide on any "
    "application of scheme {scheme}; the workbook is refused.",
)
_UNKNOWN_APPLICATION = N_(
    "Errors",
    "Application {id} is not an application of scheme {scheme}; put back the ID the workbook "
    "was exported with.",
)
_IN_THE_FUTURE = N_(
    "Errors", "The decision date {date} lies in the future; a decision is recorded once taken."
)
_AFTER_DEADLINE = N_(
    "Import",
    "Application {reference} was decided on {date}, after its decision deadline of {due}.",
)
_TWICE = N_("Errors", "Application {id} also has a decision on row {other}; keep one of them.")

# Row fields -> workbook columns, for the problems the rules name by field.
_COLUMN = {
    "granted": "Verleend bedrag",
    "decision_on": "Datum besluit",
    "status": "Besluit",
    "deciding_organisation_id": "ID",
    "reason": "Reden afwijzing",
}


def _holders(session: Session, scheme_id: int) -> dict[int, str]:
    return dict(
        session.execute(
            select(Organisation.id, Organisation.name)
            .join(Application, Application.deciding_organisation_id == Organisation.id)
            .where(Application.scheme_id == scheme_id)
            .group_by(Organisation.id, Organisation.name)
            .order_by(Organisation.name)
        ).all()
    )


def export_decisions(
    session: Session,
    scheme_id: int,
    path: Path,
    *,
    organisation_id: int | None = None,
    today: date | None = None,
) -> int:
    """Write the decisions workbook of ``scheme_id`` for the organisation that decides on its
    applications (``organisation_id`` when several do); returns the rows written: the
    applications still to decide."""
    require(session, Permission.VIEW)
    scheme = service.get_scheme(session, scheme_id)
    holders = _holders(session, scheme_id)
    if organisation_id is None:
        if not holders:
            raise ValidationError(_NO_HOLDER, {"scheme": scheme.name}, field="scheme")
        if len(holders) > 1:
            raise ValidationError(
                _SEVERAL_HOLDERS,
                {
                    "scheme": scheme.name,
                    "organisations": ", ".join(f"{n} ({i})" for i, n in holders.items()),
                },
                field="organisation",
            )
        organisation_id = next(iter(holders))
    if organisation_id not in holders:
        name = session.scalar(select(Organisation.name).where(Organisation.id == organisation_id))
        raise ValidationError(
            _NOT_THE_HOLDER,
            {"organisation": name or str(organisation_id), "scheme": scheme.name},
            field="organisation",
        )
    records = [
        record
        for record in service.list_applications(
            session,
            ApplicationFilter(scheme_id=scheme_id, deciding_organisation_id=organisation_id),
        )
        if record.status in rules.UNDECIDED
    ]
    records.sort(key=lambda record: (record.received_on, record.reference))
    assert scheme.id is not None
    write_decisions(
        path,
        scheme_id=scheme.id,
        scheme_name=scheme.name,
        organisation_id=organisation_id,
        organisation_name=holders[organisation_id],
        lines=[
            DecisionLine(
                record.id or 0,
                record.reference,
                record.applicant_name,
                record.activity,
                record.requested,
                record.received_on,
                record.decision_due,
            )
            for record in records
        ],
        today=today or current_day(),
    )
    return len(records)


@dataclass(frozen=True, slots=True)
class _Checked:
    grant: bool
    record: ApplicationRecord
    granted: Decimal
    decided_on: date
    reason: str


def _order(record: ApplicationRecord) -> tuple[float, date, int]:
    """The scheme's order (first come, first served): completion, receipt, id."""
    moment = record.completed_at.timestamp() if record.completed_at else float("inf")
    return (moment, record.received_on, record.id or 0)


def check_decisions(
    session: Session,
    parsed: ParsedDecisions,
    *,
    scheme_id: int | None = None,
    today: date | None = None,
) -> tuple[ImportReport, list[_Checked]]:
    """Check every decision of ``parsed`` against the rules; nothing is written."""
    day = today or current_day()
    problems: list[Problem] = list(parsed.problems)
    warnings: list[Problem] = []
    try:
        scheme = service.get_scheme(session, parsed.scheme_id)
    except NotFoundError as error:
        raise AppError(
            N_("Errors", "The scheme of this decisions workbook no longer exists."),
            field="file",
        ) from error
    if scheme_id is not None and scheme_id != parsed.scheme_id:
        target = service.get_scheme(session, scheme_id)
        raise ValidationError(
            _OTHER_SCHEME, {"given": scheme.name, "scheme": target.name}, field="file"
        )
    holders = _holders(session, parsed.scheme_id)
    if parsed.organisation_id not in holders:
        name = session.scalar(
            select(Organisation.name).where(Organisation.id == parsed.organisation_id)
        )
        raise ValidationError(
            _NOT_THE_HOLDER,
            {"organisation": name or str(parsed.organisation_id), "scheme": scheme.name},
            field="file",
        )
    records = {
        record.id: record
        for record in service.list_applications(
            session, ApplicationFilter(scheme_id=parsed.scheme_id), today=day
        )
    }

    def problem(row: int, field: str, message: str, params: dict[str, object]) -> None:
        problems.append(
            Problem(message, "Besluiten", row, _COLUMN.get(field, field), dict(params), CONTEXT)
        )

    seen: dict[int, int] = {}
    candidates: list[tuple[_Checked, int]] = []
    unchanged = 0
    for row in parsed.rows:
        record = records.get(row.id)
        if record is None:
            problem(row.row, "ID", _UNKNOWN_APPLICATION, {"id": row.id, "scheme": scheme.name})
            continue
        if row.grant is None:
            unchanged += 1
            continue
        if row.id in seen:
            problem(row.row, "Besluit", _TWICE, {"id": row.id, "other": seen[row.id]})
            continue
        seen[row.id] = row.row
        found = rules.deciding_body_problem(
            record.deciding_organisation_id,
            record.deciding_organisation_name,
            parsed.organisation_id,
            record.reference,
        )
        if found is not None:
            problem(row.row, "ID", found.message, found.params)
            continue
        step = Step.GRANT if row.grant else Step.REFUSE
        if not rules.can(step, record.status):
            problem(row.row, "Besluit", rules.STEPS[step].refused, {"reference": record.reference})
            continue
        assert row.decided_on is not None
        if row.decided_on > day:
            problem(row.row, "decision_on", _IN_THE_FUTURE, {"date": format_date(row.decided_on)})
            continue
        if row.decided_on < record.received_on:
            problem(
                row.row,
                "decision_on",
                rules.BEFORE_RECEIPT,
                {"date": format_date(record.received_on)},
            )
            continue
        if record.decision_due is not None and row.decided_on > record.decision_due:
            warnings.append(
                Problem(
                    _AFTER_DEADLINE,
                    "Besluiten",
                    row.row,
                    "Datum besluit",
                    {
                        "reference": record.reference,
                        "date": format_date(row.decided_on),
                        "due": format_date(record.decision_due),
                    },
                    "Import",
                )
            )
        candidates.append(
            (
                _Checked(
                    row.grant, record, row.granted or ZERO, row.decided_on, row.reason.strip()
                ),
                row.row,
            )
        )
    # The grants in the scheme's order, each after the stored grants and those before it.
    committed = Decimal(
        session.scalar(
            select(func.coalesce(func.sum(Application.granted), 0)).where(
                Application.scheme_id == parsed.scheme_id,
                Application.status.in_(sorted(rules.USING_BUDGET)),
            )
        )
        or 0
    )
    by_applicant: dict[int, Decimal] = defaultdict(Decimal)
    for record in records.values():
        if record.granted is not None and record.status in rules.USING_BUDGET:
            by_applicant[record.applicant_id] += record.granted
    checked: list[_Checked] = []
    for item, row_number in sorted(candidates, key=lambda pair: _order(pair[0].record)):
        record = item.record
        if item.grant:
            context = rules.GrantContext(
                scheme_name=scheme.name,
                ceiling=rules.scheme_ceiling(scheme, record.received_on, item.decided_on),
                granted_before=committed,
                max_per_applicant=scheme.max_per_applicant,
                used_by_applicant=by_applicant[record.applicant_id],
                amount_per_member=scheme.amount_per_member,
                members=record.members,
            )
            found_problems = rules.grant_problems(
                item.granted, record.requested, record.received_on, item.decided_on, context
            )
            for found in found_problems:
                problem(row_number, found.field, found.message, found.params)
            if found_problems:
                continue
            committed += item.granted
            by_applicant[record.applicant_id] += item.granted
        checked.append(item)
    problems.sort(key=lambda p: (p.row, p.column))
    report = ImportReport(
        updated=len(checked) if not problems else len(candidates),
        unchanged=unchanged,
        warnings=tuple(warnings),
        problems=tuple(problems),
    )
    return report, sorted(checked, key=lambda item: _order(item.record))


def import_parsed_decisions(
    session: Session,
    parsed: ParsedDecisions,
    *,
    scheme_id: int | None = None,
    dry_run: bool = False,
    today: date | None = None,
) -> ImportReport:
    """Check, and unless ``dry_run`` or a problem, record every decision (all or nothing),
    each by the workbook's organisation through the single-decision service."""
    require(session, Permission.EDIT_SUBSIDIES)
    report, checked = check_decisions(session, parsed, scheme_id=scheme_id, today=today)
    if dry_run or report.problems or not checked:
        return ImportReport(
            updated=report.updated,
            unchanged=report.unchanged,
            warnings=report.warnings,
            problems=report.problems,
            dry_run=dry_run,
        )
    with session.begin_nested():
        for item in checked:
            application_id = item.record.id
            assert application_id is not None
            if item.grant:
                service.decide(
                    session,
                    application_id,
                    granted=item.granted,
                    on=item.decided_on,
                    deciding_organisation_id=parsed.organisation_id,
                    version=item.record.version,
                )
            else:
                service.refuse(
                    session,
                    application_id,
                    on=item.decided_on,
                    reason=item.reason,
                    deciding_organisation_id=parsed.organisation_id,
                    version=item.record.version,
                )
    return ImportReport(
        updated=len(checked),
        unchanged=report.unchanged,
        warnings=report.warnings,
        dry_run=False,
        written=True,
    )


def import_decisions_file(
    session: Session,
    path: Path,
    *,
    scheme_id: int | None = None,
    dry_run: bool = False,
    today: date | None = None,
) -> ImportReport:
    require(session, Permission.EDIT_SUBSIDIES)
    return import_parsed_decisions(
        session, read_decisions(path), scheme_id=scheme_id, dry_run=dry_run, today=today
    )


__all__ = [
    "check_decisions",
    "export_decisions",
    "import_decisions_file",
    "import_parsed_decisions",
    "read_decisions",
]
