"""Headless commands for procurements, lots and contracts after the award: the lists, a
contract's performance record, and the contractor's report form out and back.

``performance`` is named so to stand beside ``reports`` (subsidy accountability reports):
``performance --contract REF`` shows a contract's indicators, reports and assessments.
"""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ssb_desktop.errors import N_, AppError

if TYPE_CHECKING:
    from ssb_desktop.cli import Output

EXIT_OK, EXIT_PROBLEMS = 0, 1


def add_commands(commands: Any, report: argparse.ArgumentParser, parser_class: Any) -> None:
    """Register the commands on the ``commands`` sub-parsers of cli.build_parser."""
    commands.add_parser("procurements", parents=[report], help=N_("Cli", "list the procurements"))
    lots = commands.add_parser(
        "lots", parents=[report], help=N_("Cli", "list the lots of a procurement")
    )
    lots.add_argument("--procurement", required=True, help=N_("Cli", "the procurement reference"))
    commands.add_parser(
        "contracts",
        parents=[report],
        help=N_("Cli", "list the contracts with options and performance"),
    )
    perf = commands.add_parser(
        "performance",
        parents=[report],
        help=N_("Cli", "a contract's indicators, reports and assessments"),
    )
    perf.add_argument("--contract", required=True, help=N_("Cli", "the contract reference"))
    perf.add_argument(
        "--on", help=N_("Cli", "count overdue reports on this day: dd-mm-yyyy (default today)")
    )
    form = commands.add_parser(
        "performance-form",
        parents=[report],
        help=N_("Cli", "write a contractor's report form (Excel)"),
    )
    form.add_argument("--contract", required=True, help=N_("Cli", "the contract reference"))
    form.add_argument(
        "--from", dest="start", required=True, help=N_("Cli", "period start: dd-mm-yyyy")
    )
    form.add_argument("--to", dest="end", required=True, help=N_("Cli", "period end: dd-mm-yyyy"))
    form.add_argument("file", type=Path, help=N_("Cli", "the workbook, or a folder for it"))
    imp = commands.add_parser(
        "performance-import", parents=[report], help=N_("Cli", "read a returned report form")
    )
    imp.add_argument("file", type=Path)
    imp.add_argument("--dry-run", action="store_true", help=N_("Cli", "report what would change"))
    imp.add_argument(
        "--received", help=N_("Cli", "the day the report came in: dd-mm-yyyy (default today)")
    )


def _day(text: str | None, option: str) -> date:
    from ssb_desktop.formatting import parse_date

    if text is None:
        return date.today()
    parsed = parse_date(text)
    if parsed is None:
        raise AppError(
            N_("Errors", "{option} {value} is not a date; write it as dd-mm-yyyy."),
            {"option": option, "value": text},
        )
    return parsed


def _money(value: Any) -> str:
    from ssb_desktop.formatting import format_money

    return format_money(value)


def run_procurements(args: argparse.Namespace, out: Output) -> int:
    from ssb_desktop.cli import _open
    from ssb_desktop.records import PROCEDURE_TYPE_LABELS
    from ssb_desktop.services.procurement import list_procurements

    db = _open(args)
    try:
        with db.transaction() as session:
            procurements = list_procurements(session)
    finally:
        db.dispose()
    rows = [
        {
            "reference": p.reference,
            "title": p.title,
            "procedure_type": p.procedure_type.value,
            "estimated_value": str(p.estimated_value),
            "publication_date": p.publication_date.isoformat() if p.publication_date else None,
            "lots": p.lot_count,
        }
        for p in procurements
    ]
    lines = [
        f"{p.reference}\t{p.title}\t"
        f"{out.text('ProcedureType', PROCEDURE_TYPE_LABELS[p.procedure_type])}\t"
        f"{_money(p.estimated_value)}\t" + out.text("Cli", N_("Cli", "{n} lots"), n=p.lot_count)
        for p in procurements
    ] or [out.text("Cli", N_("Cli", "There are no procurements."))]
    out.emit({"procurements": rows}, lines)
    return EXIT_OK


def run_lots(args: argparse.Namespace, out: Output) -> int:
    from sqlalchemy import func, select

    from ssb_desktop.cli import _open
    from ssb_desktop.db.tables import Procurement
    from ssb_desktop.errors import NotFoundError
    from ssb_desktop.services.procurement import list_lots

    db = _open(args)
    try:
        with db.transaction() as session:
            procurement_id = session.scalar(
                select(Procurement.id).where(
                    func.lower(Procurement.reference) == args.procurement.strip().lower()
                )
            )
            if procurement_id is None:
                raise NotFoundError(
                    N_("Errors", "There is no procurement with the reference {reference}."),
                    {"reference": args.procurement},
                )
            lots = list_lots(session, procurement_id)
    finally:
        db.dispose()
    rows = [
        {
            "lot": lot.label,
            "number": lot.number,
            "title": lot.title,
            "theme": lot.theme_name,
            "budget": str(lot.budget) if lot.budget is not None else None,
            "term_months": lot.term_months,
            "extension_months": list(lot.extension_months),
            "bids": lot.bid_count,
        }
        for lot in lots
    ]
    lines = [
        f"{lot.label}\t{lot.title}\t{lot.theme_name}\t"
        f"{_money(lot.budget) if lot.budget is not None else ''}\t"
        + out.text("Cli", N_("Cli", "{n} bids"), n=lot.bid_count)
        for lot in lots
    ] or [out.text("Cli", N_("Cli", "This procurement has no lots."))]
    out.emit({"procurement": args.procurement, "lots": rows}, lines)
    return EXIT_OK


def _summary_document(summary: Any) -> dict[str, Any]:
    return {
        "reports": summary.reports,
        "good": summary.good,
        "sufficient": summary.sufficient,
        "insufficient": summary.insufficient,
        "not_assessed": summary.not_assessed,
        "overdue": summary.overdue,
        "latest": summary.latest.value if summary.latest else None,
        "latest_period_end": summary.latest_period_end.isoformat()
        if summary.latest_period_end
        else None,
    }


def run_contracts(args: argparse.Namespace, out: Output) -> int:
    from ssb_desktop.cli import _open
    from ssb_desktop.formatting import format_date
    from ssb_desktop.models.performance_columns import summary_text
    from ssb_desktop.services.contract_register import contract_overview

    db = _open(args)
    try:
        with db.transaction() as session:
            overview = contract_overview(session, date.today())
    finally:
        db.dispose()
    rows = []
    lines = []
    for item in overview:
        c = item.contract
        rows.append(
            {
                "reference": c.reference,
                "lot": c.lot_label,
                "contractor": item.contractor,
                "parties": [p.organisation_name for p in c.parties],
                "start": c.start.isoformat(),
                "end": c.end.isoformat(),
                "current_end": (c.current_end or c.end).isoformat(),
                "final_end": item.final_end.isoformat(),
                "value": str(c.value),
                "options": [
                    {
                        "sequence": o.sequence,
                        "months": o.months,
                        "decide_by": o.decide_by.isoformat(),
                        "status": o.status.value,
                        "decided_on": o.decided_on.isoformat() if o.decided_on else None,
                    }
                    for o in c.options
                ],
                "performance": _summary_document(item.summary),
            }
        )
        lines.append(
            out.text(
                "Cli",
                N_(
                    "Cli",
                    "{reference} ({lot}) {contractor}: {start} to {end}, after all options "
                    "{final}; {value}",
                ),
                reference=c.reference,
                lot=c.lot_label,
                contractor=item.contractor,
                start=format_date(c.start),
                end=format_date(c.current_end or c.end),
                final=format_date(item.final_end),
                value=_money(c.value),
            )
        )
        for o in c.options:
            lines.append(
                "  "
                + out.text(
                    "Cli",
                    N_("Cli", "option {n}: {months} months, decide by {day}: {status}"),
                    n=o.sequence,
                    months=o.months,
                    day=format_date(o.decide_by),
                    status=out.text("OptionStatus", _status_label(o.status)),
                )
            )
        lines.append("  " + summary_text(item.summary))
    out.emit({"contracts": rows}, lines or [out.text("Cli", N_("Cli", "There are no contracts."))])
    return EXIT_OK


def _status_label(status: Any) -> str:
    from ssb_desktop.records import OPTION_STATUS_LABELS

    return OPTION_STATUS_LABELS[status]


def run_performance(args: argparse.Namespace, out: Output) -> int:
    from ssb_desktop.cli import _open
    from ssb_desktop.formatting import format_date, format_number
    from ssb_desktop.models.performance_columns import summary_text
    from ssb_desktop.records import ASSESSMENT_LABELS
    from ssb_desktop.services import performance

    on = _day(args.on, "--on")
    db = _open(args)
    try:
        with db.transaction() as session:
            contract = performance.contract_by_reference(session, args.contract)
            assert contract.id is not None
            indicators = performance.list_indicators(session, contract.id)
            reports = performance.list_reports(session, contract.id)
            series = performance.indicator_series(session, contract.id)
            summary = performance.performance_summary(session, contract.id, on)
            overdue = [
                o for o in performance.overdue_reports(session, on) if o.contract_id == contract.id
            ]
    finally:
        db.dispose()
    lines = [
        out.text(
            "Cli",
            N_("Cli", "Contract {reference} ({lot}) with {contractor}"),
            reference=contract.reference,
            lot=contract.lot_label,
            contractor=performance.contractor_name(contract),
        ),
        summary_text(summary),
    ]
    for item in series:
        lines.append(f"{item.name} ({item.unit})" if item.unit else item.name)
        for point in item.points:
            lines.append(
                "  "
                + out.text(
                    "Cli",
                    N_("Cli", "{year}: target {target}, realised {realised}"),
                    year=point.year,
                    target=format_number(point.target) if point.target is not None else "-",
                    realised=format_number(point.realised) if point.realised is not None else "-",
                )
            )
    for report in reports:
        lines.append(
            out.text(
                "Cli",
                N_("Cli", "Report {start} to {end}, received {received}: {assessment}"),
                start=format_date(report.period_start),
                end=format_date(report.period_end),
                received=format_date(report.received_on),
                assessment=out.text("Assessment", ASSESSMENT_LABELS[report.assessment]),
            )
        )
        for opinion in report.opinions:
            lines.append(f"  {opinion.district_name}: {opinion.opinion}")
    for late in overdue:
        lines.append(
            out.text(
                "Cli",
                N_("Cli", "Overdue: report {start} to {end}, due {due}"),
                start=format_date(late.period_start),
                end=format_date(late.period_end),
                due=format_date(late.due_on),
            )
        )
    document = {
        "contract": contract.reference,
        "lot": contract.lot_label,
        "contractor": performance.contractor_name(contract),
        "report_months": contract.report_months,
        "report_due_days": contract.report_due_days,
        "summary": _summary_document(summary),
        "indicators": [
            {
                "name": i.name,
                "unit": i.unit,
                "targets": [
                    {"year": t.year, "district": t.district_name or None, "target": str(t.target)}
                    for t in i.targets
                ],
            }
            for i in indicators
        ],
        "series": [
            {
                "indicator": s.name,
                "years": [
                    {
                        "year": p.year,
                        "target": str(p.target) if p.target is not None else None,
                        "realised": str(p.realised) if p.realised is not None else None,
                    }
                    for p in s.points
                ],
            }
            for s in series
        ],
        "reports": [
            {
                "period_start": r.period_start.isoformat(),
                "period_end": r.period_end.isoformat(),
                "received_on": r.received_on.isoformat(),
                "assessment": r.assessment.value,
                "assessment_text": r.assessment_text,
                "values": [
                    {
                        "indicator": v.indicator_name,
                        "district": v.district_name or None,
                        "value": str(v.value),
                    }
                    for v in r.values
                ],
                "opinions": [
                    {
                        "district": o.district_name,
                        "received_on": o.received_on.isoformat(),
                        "opinion": o.opinion,
                    }
                    for o in r.opinions
                ],
            }
            for r in reports
        ],
        "overdue": [
            {
                "period_start": o.period_start.isoformat(),
                "period_end": o.period_end.isoformat(),
                "due_on": o.due_on.isoformat(),
                "days_overdue": o.days_overdue,
            }
            for o in overdue
        ],
    }
    out.emit(document, lines)
    return EXIT_OK


def run_performance_form(args: argparse.Namespace, out: Output) -> int:
    from ssb_desktop.cli import _open
    from ssb_desktop.services import performance, performance_exchange

    start, end = _day(args.start, "--from"), _day(args.end, "--to")
    db = _open(args)
    try:
        with db.transaction() as session:
            contract = performance.contract_by_reference(session, args.contract)
            assert contract.id is not None
            written = performance_exchange.export_report_form(
                session, contract.id, start, end, args.file
            )
    finally:
        db.dispose()
    out.emit(
        {"contract": contract.reference, "file": str(written)},
        [out.text("Cli", N_("Cli", "Report form written to {path}."), path=written)],
    )
    return EXIT_OK


def run_performance_import(args: argparse.Namespace, out: Output) -> int:
    from ssb_desktop.cli import _open
    from ssb_desktop.formatting import format_number
    from ssb_desktop.services import performance_exchange

    received = _day(args.received, "--received")
    db = _open(args)
    written = False
    try:
        with db.transaction() as session:
            plan = performance_exchange.read_report_import(session, args.file)
            if plan.valid and not args.dry_run:
                performance_exchange.apply_report_import(session, plan, received_on=received)
                written = True
    finally:
        db.dispose()
    problems = [out.problem(p) for p in plan.problems]
    lines = [f"{p['sheet']}: {p['message']}" for p in problems]
    for change in plan.changes:
        lines.append(
            f"{change.cell}\t{change.indicator}\t{change.district or '-'}\t"
            f"{format_number(change.value)}"
            + (f"\t({format_number(change.current)})" if change.current is not None else "")
        )
    if problems:
        lines.append(
            out.text("Cli", N_("Cli", "Nothing was written: solve the problems and import again."))
        )
    elif args.dry_run:
        lines.append(out.text("Cli", N_("Cli", "Dry run: nothing was written.")))
    else:
        lines.append(out.text("Cli", N_("Cli", "The report was saved.")))
    out.emit(
        {
            "file": plan.file,
            "contract": plan.contract.reference if plan.contract else None,
            "period_start": plan.period_start.isoformat() if plan.period_start else None,
            "period_end": plan.period_end.isoformat() if plan.period_end else None,
            "values": [
                {
                    "cell": c.cell,
                    "indicator": c.indicator,
                    "district": c.district or None,
                    "value": str(c.value),
                    "current": str(c.current) if c.current is not None else None,
                }
                for c in plan.changes
            ],
            "problems": problems,
            "dry_run": args.dry_run,
            "written": written,
        },
        lines,
    )
    return EXIT_PROBLEMS if problems else EXIT_OK


def export_contracts(args: argparse.Namespace, out: Output) -> int:
    """``export contracts FILE.xlsx``: the contract register as a workbook."""
    from ssb_desktop.cli import _open
    from ssb_desktop.services.contract_register import export_contracts as write

    db = _open(args)
    try:
        with db.transaction() as session:
            count = write(session, args.file, date.today())
    finally:
        db.dispose()
    out.emit(
        {"exported": count, "file": str(args.file)},
        [out.text("Cli", N_("Cli", "{n} rows exported to {path}."), n=count, path=args.file)],
    )
    return EXIT_OK


COMMANDS = {
    "procurements": run_procurements,
    "lots": run_lots,
    "contracts": run_contracts,
    "performance": run_performance,
    "performance-form": run_performance_form,
    "performance-import": run_performance_import,
}
