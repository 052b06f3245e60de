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
from ssb_desktop.formatting import local_today
from ssb_desktop.views.counts import Counts

if TYPE_CHECKING:
    from ssb_desktop.cli import Output

EXIT_OK, EXIT_PROBLEMS = 0, 1


def add_commands(commands: Any, report: argparse.ArgumentParser, parser_class: Any) -> None:
    """Register the commands on the ``commands`` sub-parsers of cli.build_parser."""
    procurements = commands.add_parser(
        "procurements",
        parents=[report],
        help=N_("Cli", "list the procurements, or copy one for the next cycle"),
    )
    procurements.add_argument(
        "action",
        nargs="?",
        choices=("list", "copy"),
        default="list",
        help=N_("Cli", "list (default), or copy an earlier procurement with its lots and criteria"),
    )
    procurements.add_argument(
        "--from", dest="source", help=N_("Cli", "copy: the reference of the earlier procurement")
    )
    procurements.add_argument("--reference", help=N_("Cli", "copy: the new reference"))
    procurements.add_argument("--title", help=N_("Cli", "copy: the new title"))
    procurements.add_argument(
        "--lots", help=N_("Cli", "copy: the lot numbers to copy, e.g. 1,3 (default all)")
    )
    lots = commands.add_parser(
        "lots", parents=[report], help=N_("Cli", "list the lots of a procurement")
    )
    lots.add_argument("--procurement", required=True, help=N_("Cli", "the procurement reference"))
    objection = commands.add_parser(
        "objection",
        parents=[report],
        help=N_("Cli", "register an objection against an award or a protest against a tender"),
    )
    concerns = objection.add_mutually_exclusive_group(required=True)
    concerns.add_argument("--lot", help=N_("Cli", "the lot: REF/N"))
    concerns.add_argument(
        "--procurement",
        help=N_("Cli", "the procurement REF: a protest against the tender of all its lots at once"),
    )
    objection.add_argument(
        "--organisation", required=True, help=N_("Cli", "the organisation: KvK number or id")
    )
    objection.add_argument(
        "--against",
        choices=("award", "tender"),
        help=N_(
            "Cli",
            "award (a bidder; the default with --lot) or tender (any organisation; the default "
            "with --procurement)",
        ),
    )
    objection.add_argument(
        "--kind",
        choices=("summary_proceedings", "complaint", "other"),
        default="complaint",
        help=N_("Cli", "summary_proceedings, complaint (default) or other"),
    )
    objection.add_argument(
        "--received", help=N_("Cli", "the day it came in: dd-mm-yyyy (default today)")
    )
    objection.add_argument("--summary", default="", help=N_("Cli", "what the objection says"))
    objections = commands.add_parser(
        "objections",
        parents=[report],
        help=N_("Cli", "list the objections of a lot, or of every lot of a procurement"),
    )
    listed = objections.add_mutually_exclusive_group(required=True)
    listed.add_argument("--lot", help=N_("Cli", "the lot: REF/N"))
    listed.add_argument("--procurement", help=N_("Cli", "the procurement reference"))
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
        return local_today()
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


def _lot_numbers(text: str | None) -> list[int] | None:
    if text is None:
        return None
    parts = [part.strip() for part in text.split(",") if part.strip()]
    if not parts or not all(part.isascii() and part.isdigit() for part in parts):
        raise AppError(
            N_("Errors", "--lots {value} is not a list of lot numbers; write it as 1,3."),
            {"value": text},
        )
    return [int(part) for part in parts]


def run_copy_procurement(args: argparse.Namespace, out: Output) -> int:
    """``procurements copy --from REF --reference NEW --title T [--lots 1,3]``."""
    from ssb_desktop.cli import _open
    from ssb_desktop.services.next_cycle import copy_procurement
    from ssb_desktop.services.procurement import find_procurement

    missing = [
        option
        for option, value in (
            ("--from", args.source),
            ("--reference", args.reference),
            ("--title", args.title),
        )
        if not value
    ]
    if missing:
        raise AppError(
            N_("Errors", "procurements copy needs {options}."), {"options": ", ".join(missing)}
        )
    numbers = _lot_numbers(args.lots)
    db = _open(args)
    try:
        with db.transaction() as session:
            source = find_procurement(session, args.source)
            assert source.id is not None
            copied = copy_procurement(
                session,
                source.id,
                reference=args.reference,
                title=args.title,
                lot_numbers=numbers,
            )
    finally:
        db.dispose()
    lots = [
        {"lot": lot.label, "title": lot.title, "theme": lot.theme_name, "criteria": count}
        for lot, count in zip(copied.lots, copied.criteria, strict=True)
    ]
    lines = [
        out.text(
            "Cli",
            N_("Cli", "Procurement {reference} made from {earlier}."),
            reference=copied.procurement.reference,
            earlier=source.reference,
        ),
        *(
            f"{row['lot']}\t{row['title']}\t{row['theme']}\t"
            + out.text("Cli", N_("Cli", "Criteria: {count}"), count=row["criteria"])
            for row in lots
        ),
    ]
    out.emit(
        {"procurement": copied.procurement.reference, "from": source.reference, "lots": lots},
        lines,
    )
    return EXIT_OK


def run_procurements(args: argparse.Namespace, out: Output) -> int:
    from ssb_desktop.cli import _open
    from ssb_desktop.records import PROCEDURE_TYPE_LABELS
    from ssb_desktop.services.procurement import list_procurements

    if args.action == "copy":
        return run_copy_procurement(args, out)
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
        f"{_money(p.estimated_value)}\t" + Counts().lots(p.lot_count)
        for p in procurements
    ] or [out.text("Cli", N_("Cli", "There are no procurements."))]
    out.emit({"procurements": rows}, lines)
    return EXIT_OK


def run_lots(args: argparse.Namespace, out: Output) -> int:
    from ssb_desktop.cli import _open
    from ssb_desktop.services.procurement import find_procurement, list_lots

    db = _open(args)
    try:
        with db.transaction() as session:
            lots = list_lots(session, find_procurement(session, args.procurement).id)
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
        f"{_money(lot.budget) if lot.budget is not None else ''}\t" + Counts().bids(lot.bid_count)
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
            overview = contract_overview(session, local_today())
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
            count = write(session, args.file, local_today())
    finally:
        db.dispose()
    out.emit(
        {"exported": count, "file": str(args.file)},
        [Counts().rows_exported(count).format(path=args.file)],
    )
    return EXIT_OK


def _organisation_id(session: Any, text: str) -> int:
    from sqlalchemy import select

    from ssb_desktop.db.tables import Organisation
    from ssb_desktop.errors import NotFoundError

    value = text.strip()
    found = session.scalar(select(Organisation.id).where(Organisation.kvk == value))
    if found is None and value.isascii() and value.isdigit():
        found = session.scalar(select(Organisation.id).where(Organisation.id == int(value)))
    if found is None:
        raise NotFoundError(
            N_("Errors", "No organisation has the KvK number or id {value}."), {"value": text}
        )
    return int(found)


def _objection_document(objection: Any) -> dict[str, Any]:
    return {
        "lot": objection.lot_label or None,
        "procurement": objection.procurement_reference or None,
        "whole_procurement": objection.whole_procurement,
        "organisation": objection.organisation_name,
        "against": objection.against.value,
        "kind": objection.kind.value,
        "received_on": objection.received_on.isoformat() if objection.received_on else None,
        "outcome": objection.outcome.value,
        "outcome_on": objection.outcome_on.isoformat() if objection.outcome_on else None,
        "summary": objection.summary,
    }


def _objection_line(out: Output, objection: Any) -> str:
    from ssb_desktop.formatting import format_date
    from ssb_desktop.records import (
        OBJECTION_KIND_LABELS,
        OBJECTION_OUTCOME_LABELS,
        OBJECTION_SUBJECT_LABELS,
    )

    concerns = (
        out.text(
            "Cli",
            N_("Cli", "{reference}, all lots"),
            reference=objection.procurement_reference,
        )
        if objection.whole_procurement
        else objection.lot_label
    )
    return "\t".join(
        (
            concerns,
            objection.organisation_name,
            out.text("ObjectionSubject", OBJECTION_SUBJECT_LABELS[objection.against]),
            out.text("ObjectionKind", OBJECTION_KIND_LABELS[objection.kind]),
            format_date(objection.received_on) if objection.received_on else "",
            out.text("ObjectionOutcome", OBJECTION_OUTCOME_LABELS[objection.outcome]),
        )
    )


def run_objection(args: argparse.Namespace, out: Output) -> int:
    """``objection --lot REF/N | --procurement REF --organisation KVK [--against tender]``:
    register one, against one lot or (a protest against the tender) the whole procurement."""
    from ssb_desktop.cli import _open
    from ssb_desktop.records import ObjectionKind, ObjectionRecord, ObjectionSubject
    from ssb_desktop.services.awards import save_objection
    from ssb_desktop.services.procurement import find_lot, find_procurement

    received = _day(args.received, "--received")
    against = args.against or ("tender" if args.procurement else "award")
    db = _open(args)
    try:
        with db.transaction() as session:
            if args.procurement:
                lot_id, procurement_id = None, find_procurement(session, args.procurement).id
            else:
                lot = find_lot(session, args.lot)
                lot_id, procurement_id = lot.id, lot.procurement_id
            saved = save_objection(
                session,
                ObjectionRecord(
                    id=None,
                    lot_id=lot_id,
                    procurement_id=procurement_id,
                    organisation_id=_organisation_id(session, args.organisation),
                    kind=ObjectionKind(args.kind),
                    received_on=received,
                    summary=args.summary,
                    against=ObjectionSubject(against),
                ),
            )
    finally:
        db.dispose()
    out.emit({"objection": _objection_document(saved)}, [_objection_line(out, saved)])
    return EXIT_OK


def run_objections(args: argparse.Namespace, out: Output) -> int:
    from ssb_desktop.cli import _open
    from ssb_desktop.services.awards import list_objections
    from ssb_desktop.services.procurement import find_lot, find_procurement

    db = _open(args)
    try:
        with db.transaction() as session:
            if args.procurement:
                found = list_objections(
                    session, procurement_id=find_procurement(session, args.procurement).id
                )
            else:
                found = list_objections(session, find_lot(session, args.lot).id)
    finally:
        db.dispose()
    empty = (
        N_("Cli", "This procurement has no objections.")
        if args.procurement
        else N_("Cli", "This lot has no objections.")
    )
    lines = [_objection_line(out, objection) for objection in found] or [out.text("Cli", empty)]
    scope = {"procurement": args.procurement} if args.procurement else {"lot": args.lot}
    out.emit({**scope, "objections": [_objection_document(o) for o in found]}, lines)
    return EXIT_OK


def export_ocds(args: argparse.Namespace, out: Output) -> int:
    """``export ocds FILE.json --procurement REF``: an OCDS 1.1 release package; with
    ``--schema`` the written file is checked against the official release-package schema."""
    from ssb_desktop.cli import _open
    from ssb_desktop.services.ocds import DEFAULT_OCID_PREFIX, validate_package
    from ssb_desktop.services.ocds import export_ocds as write
    from ssb_desktop.services.procurement import find_procurement

    if not args.procurement:
        raise AppError(
            N_("Errors", "Name the procurement with --procurement, for example SSB-2019.")
        )
    db = _open(args)
    try:
        with db.transaction() as session:
            procurement = find_procurement(session, args.procurement)
            assert procurement.id is not None
            document = write(
                session,
                procurement.id,
                args.file,
                ocid_prefix=args.ocid_prefix or DEFAULT_OCID_PREFIX,
            )
    finally:
        db.dispose()
    problems = validate_package(document, args.schema) if args.schema else []
    release = document["releases"][0]
    lines = [
        out.text(
            "Cli",
            N_("Cli", "Procurement {reference} written to {path} as open data (OCDS {version})."),
            reference=procurement.reference,
            path=args.file,
            version=document["version"],
        ),
        *problems,
    ]
    if args.schema and not problems:
        lines.append(out.text("Cli", N_("Cli", "The file agrees with the schema.")))
    out.emit(
        {
            "file": str(args.file),
            "ocid": release["ocid"],
            "lots": len(release["tender"].get("lots", [])),
            "awards": len(release.get("awards", [])),
            "contracts": len(release.get("contracts", [])),
            "schema_checked": bool(args.schema),
            "schema_problems": problems,
        },
        lines,
    )
    return EXIT_PROBLEMS if problems else EXIT_OK


COMMANDS = {
    "objection": run_objection,
    "objections": run_objections,
    "procurements": run_procurements,
    "lots": run_lots,
    "contracts": run_contracts,
    "performance": run_performance,
    "performance-form": run_performance_form,
    "performance-import": run_performance_import,
}
