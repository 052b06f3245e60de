"""Headless commands of subsidies besides ``allocate`` and ``subsidy-letters``:

- ``ssb-desktop schemes [--year Y] [--json]``: the schemes with the IDs ``--scheme`` needs;
- ``ssb-desktop scheme ceiling --scheme ID AMOUNT --on DD-MM-YYYY --reason TEXT``: change a
  scheme's ceiling from a date, with the reason (as "Change ceiling" on the Subsidies page);
- ``ssb-desktop reports [--overdue] [--scheme ID] [--json]``: the grants that owe an
  accountability report, with the due date and what came of it (``--overdue``: only those
  whose report is late, "verantwoording te laat").

Kept apart from cli.py so that areas add commands without touching each other's code.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING, Any

from ssb_desktop.errors import N_, AppError
from ssb_desktop.views.counts import Counts

if TYPE_CHECKING:
    from ssb_desktop.cli import Output
    from ssb_desktop.records import SchemeRecord

_NOT_A_DATE = N_("Errors", "{value} is not a date; write it as dd-mm-yyyy, e.g. 12-10-2020.")
_NOT_AN_AMOUNT = N_(
    "Errors", "{value} is not an amount; write it in euros, e.g. 12.500,00 or 12500."
)


def add_parsers(commands: Any, report: argparse.ArgumentParser, parser_class: type) -> None:
    """Add this module's commands to the program's sub-parsers."""
    schemes = commands.add_parser(
        "schemes", parents=[report], help=N_("Cli", "the subsidy schemes with their IDs")
    )
    schemes.add_argument("--year", type=int, help=N_("Cli", "only the schemes of this year"))
    scheme = commands.add_parser(
        "scheme", parents=[report], help=N_("Cli", "change a subsidy scheme")
    )
    scheme_commands = scheme.add_subparsers(
        dest="scheme_command", required=True, parser_class=parser_class
    )
    ceiling = scheme_commands.add_parser(
        "ceiling",
        parents=[report],
        help=N_("Cli", "change a scheme's ceiling from a date, with the reason"),
    )
    ceiling.add_argument("--scheme", type=int, required=True, help=N_("Cli", "the scheme id"))
    ceiling.add_argument("amount", metavar="AMOUNT", help=N_("Cli", "the new ceiling in euros"))
    ceiling.add_argument(
        "--on", required=True, help=N_("Cli", "the day it takes effect: dd-mm-yyyy")
    )
    ceiling.add_argument("--reason", required=True, help=N_("Cli", "why the ceiling changes"))
    reports = commands.add_parser(
        "reports", parents=[report], help=N_("Cli", "accountability reports owed by grants")
    )
    reports.add_argument(
        "--overdue", action="store_true", help=N_("Cli", "only the overdue reports")
    )
    reports.add_argument("--scheme", type=int, help=N_("Cli", "only this scheme's grants"))


def _scheme_document(scheme: SchemeRecord) -> dict[str, Any]:
    from ssb_desktop.services.subsidies import rules

    return {
        "id": scheme.id,
        "year": scheme.year,
        "name": scheme.name,
        "theme": scheme.theme_name,
        "ceiling": rules.latest_ceiling(scheme),
        "announced_ceiling": scheme.ceiling,
        "ceiling_changes": [
            {
                "on": change.changed_on.isoformat(),
                "ceiling": change.ceiling,
                "reason": change.reason,
            }
            for change in scheme.ceiling_changes
        ],
        "rule": scheme.distribution_rule.value,
        "deciding_body": scheme.effective_deciding_body.value,
        "max_per_applicant": scheme.max_per_applicant,
        "amount_per_member": scheme.amount_per_member,
        "decision_term_weeks": scheme.decision_term_weeks,
        "atw_applies": scheme.atw_applies,
        "opens_on": scheme.opens_on.isoformat(),
        "closes_on": scheme.closes_on.isoformat() if scheme.closes_on else None,
        "applications": scheme.application_count,
    }


def _scheme_line(out: Output, scheme: SchemeRecord) -> str:
    from ssb_desktop.formatting import format_date, format_money
    from ssb_desktop.records import DECIDING_BODY_LABELS, DISTRIBUTION_RULE_LABELS
    from ssb_desktop.services.subsidies import rules

    closes = format_date(scheme.closes_on) if scheme.closes_on else "…"
    return out.text(
        "Cli",
        N_(
            "Cli",
            "{id}  {year}  {name} ({theme}): ceiling {ceiling}, {rule}, decided by {body}, "
            "{opens} to {closes}, {count} applications",
        ),
        id=scheme.id,
        year=scheme.year,
        name=scheme.name,
        theme=scheme.theme_name or "-",
        ceiling=format_money(rules.latest_ceiling(scheme)),
        rule=out.text("DistributionRule", DISTRIBUTION_RULE_LABELS[scheme.distribution_rule]),
        body=out.text("DecidingBody", DECIDING_BODY_LABELS[scheme.effective_deciding_body]),
        opens=format_date(scheme.opens_on),
        closes=closes,
        count=scheme.application_count,
    )


def run_schemes(args: argparse.Namespace, out: Output) -> int:
    """The schemes (of one year), newest first, each with its ID."""
    from ssb_desktop.cli import EXIT_OK, _open
    from ssb_desktop.services import subsidies

    db = _open(args)
    try:
        with db.transaction() as session:
            schemes = subsidies.list_schemes(session, args.year)
    finally:
        db.dispose()
    lines = [_scheme_line(out, scheme) for scheme in schemes]
    if not schemes:
        lines = [out.text("Cli", N_("Cli", "No subsidy schemes."))]
    out.emit({"schemes": [_scheme_document(scheme) for scheme in schemes]}, lines)
    return EXIT_OK


def _date(text: str) -> date:
    from ssb_desktop.formatting import parse_date

    found = parse_date(text)
    if found is None:
        raise AppError(_NOT_A_DATE, {"value": text})
    return found


def run_scheme(args: argparse.Namespace, out: Output) -> int:
    """``scheme ceiling``: a new ceiling from a date, with the reason; in the audit log."""
    from ssb_desktop.cli import EXIT_OK, _open
    from ssb_desktop.formatting import format_date, format_money, parse_money
    from ssb_desktop.services import subsidies

    amount = parse_money(args.amount)
    if amount is None:
        raise AppError(_NOT_AN_AMOUNT, {"value": args.amount})
    on = _date(args.on)
    db = _open(args)
    try:
        with db.transaction() as session:
            scheme = subsidies.change_ceiling(session, args.scheme, amount, on, args.reason)
    finally:
        db.dispose()
    out.emit(
        _scheme_document(scheme),
        [
            out.text(
                "Cli",
                N_("Cli", "The ceiling of {scheme} is {ceiling} from {date}."),
                scheme=scheme.name,
                ceiling=format_money(amount),
                date=format_date(on),
            ),
            _scheme_line(out, scheme),
        ],
    )
    return EXIT_OK


def run_reports(args: argparse.Namespace, out: Output) -> int:
    """The grants that owe a report, or only the overdue ones."""
    from ssb_desktop.cli import EXIT_OK, _open
    from ssb_desktop.formatting import format_date, format_money
    from ssb_desktop.records import REPORT_TIER_LABELS, ApplicationFilter, ReportTier
    from ssb_desktop.services import subsidies
    from ssb_desktop.services.subsidies import rules

    db = _open(args)
    try:
        with db.transaction() as session:
            records = subsidies.list_applications(
                session,
                ApplicationFilter(
                    scheme_id=args.scheme,
                    statuses=rules.OPEN_GRANTS,
                    report_overdue=args.overdue,
                ),
            )
    finally:
        db.dispose()
    owed = [record for record in records if record.report_tier is not ReportTier.NONE]
    owed.sort(key=lambda record: (record.report_due or record.received_on, record.reference))
    lines = []
    for record in owed:
        state = (
            out.text(
                "Cli", N_("Cli", "received {date}"), date=format_date(record.report_received_on)
            )
            if record.report_received_on
            else out.text("Cli", N_("Cli", "OVERDUE"))
            if record.report_overdue
            else ""
        )
        if record.report_reminded_on:
            state += " " + out.text(
                "Cli", N_("Cli", "(reminded {date})"), date=format_date(record.report_reminded_on)
            )
        lines.append(
            out.text(
                "Cli",
                N_("Cli", "{reference} {applicant}: {granted}, {tier}, due {due} {state}"),
                reference=record.reference,
                applicant=record.applicant_name,
                granted=format_money(record.granted),
                tier=out.text("ReportTier", REPORT_TIER_LABELS[record.report_tier]),
                due=format_date(record.report_due),
                state=state,
            ).rstrip()
        )
    overdue = sum(record.report_overdue for record in owed)
    lines.append(Counts().grants_owing_report(len(owed)).format(overdue=overdue))
    out.emit(
        {
            "reports": [
                {
                    "application_id": record.id,
                    "reference": record.reference,
                    "scheme_id": record.scheme_id,
                    "applicant": record.applicant_name,
                    "granted": record.granted,
                    "tier": record.report_tier.value,
                    "due": record.report_due.isoformat() if record.report_due else None,
                    "received": record.report_received_on.isoformat()
                    if record.report_received_on
                    else None,
                    "reminded": record.report_reminded_on.isoformat()
                    if record.report_reminded_on
                    else None,
                    "overdue": record.report_overdue,
                }
                for record in owed
            ],
            "overdue": overdue,
        },
        lines,
    )
    return EXIT_OK


COMMANDS: dict[str, Callable[[argparse.Namespace, Output], int]] = {
    "schemes": run_schemes,
    "scheme": run_scheme,
    "reports": run_reports,
}
