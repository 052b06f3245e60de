"""Headless commands for the reference data of the Administration page: ``themes``,
``thresholds`` and ``settings``. Every change goes through the same services as the page
(services/reference.py, services/procurement.py): permission-checked and audited."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from decimal import Decimal
from typing import TYPE_CHECKING, Any, TypeVar

from ssb_desktop.errors import N_, NotFoundError, ValidationError

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from ssb_desktop.cli import Output
    from ssb_desktop.records import RuleSettings, ThemeRecord, ThresholdRecord

EXIT_OK = 0
Changed = TypeVar("Changed")
Read = TypeVar("Read")
# The command-line name of each rule setting and the RuleSettings field it sets.
SETTING_NAMES = {"standstill-days": "standstill_days", "notice-months": "notice_months"}


def add_parsers(commands: Any, report: argparse.ArgumentParser, parser_class: Any) -> None:
    """Register the commands on the ``commands`` sub-parsers of cli.build_parser."""
    from ssb_desktop.records import THRESHOLD_CATEGORY_LABELS

    themes = commands.add_parser(
        "themes", parents=[report], help=N_("Cli", "the themes: list, add, rename, archive")
    )
    theme_commands = themes.add_subparsers(dest="themes_command", parser_class=parser_class)
    add = theme_commands.add_parser("add", parents=[report], help=N_("Cli", "add a theme"))
    add.add_argument("name", help=N_("Cli", "the name of the theme"))
    add.add_argument("--description", default="", help=N_("Cli", "what the theme covers"))
    rename = theme_commands.add_parser(
        "rename", parents=[report], help=N_("Cli", "give a theme another name")
    )
    rename.add_argument("name", help=N_("Cli", "the name of the theme"))
    rename.add_argument("new_name", metavar="NEW", help=N_("Cli", "the new name"))
    for name, text in (
        (
            "archive",
            N_("Cli", "archive a theme: kept on the records that have it, not chosen anew"),
        ),
        ("restore", N_("Cli", "make an archived theme active again")),
        ("delete", N_("Cli", "delete a theme nothing refers to (a mistake)")),
    ):
        change = theme_commands.add_parser(name, parents=[report], help=text)
        change.add_argument("name", help=N_("Cli", "the name of the theme"))
    thresholds = commands.add_parser(
        "thresholds",
        parents=[report],
        help=N_("Cli", "the European thresholds: list, add, change or end a period"),
    )
    threshold_commands = thresholds.add_subparsers(
        dest="thresholds_command", parser_class=parser_class
    )
    new = threshold_commands.add_parser(
        "add", parents=[report], help=N_("Cli", "add a threshold for a period")
    )
    new.add_argument(
        "--until",
        dest="end",
        metavar="DD-MM-YYYY",
        help=N_("Cli", "valid until: dd-mm-yyyy (default open-ended)"),
    )
    new.add_argument(
        "--amount",
        required=True,
        metavar="EUR",
        help=N_("Cli", "the amount in euros excluding VAT"),
    )
    # A period is named by its kind of contract and its first day, as the list shows it.
    change = threshold_commands.add_parser(
        "change",
        parents=[report],
        help=N_("Cli", "change the amount or the dates of a threshold period"),
    )
    end = threshold_commands.add_parser(
        "end",
        parents=[report],
        help=N_("Cli", "end a threshold period: the last day it is valid"),
    )
    changed = N_("Cli", "the first day of the period to change: dd-mm-yyyy")
    for parser, start in (
        (new, N_("Cli", "valid from: dd-mm-yyyy")),
        (change, changed),
        (end, changed),
    ):
        parser.add_argument(
            "--kind",
            required=True,
            choices=tuple(THRESHOLD_CATEGORY_LABELS),
            help=N_("Cli", "the kind of contract"),
        )
        parser.add_argument("--from", dest="start", required=True, metavar="DD-MM-YYYY", help=start)
    change.add_argument(
        "--new-from",
        dest="new_start",
        metavar="DD-MM-YYYY",
        help=N_("Cli", "a new first day: dd-mm-yyyy"),
    )
    until = change.add_mutually_exclusive_group()
    until.add_argument(
        "--until",
        dest="end",
        metavar="DD-MM-YYYY",
        help=N_("Cli", "a new last day: dd-mm-yyyy"),
    )
    until.add_argument(
        "--open-ended",
        action="store_true",
        help=N_("Cli", "valid until further notice (no last day)"),
    )
    change.add_argument(
        "--amount", metavar="EUR", help=N_("Cli", "a new amount in euros excluding VAT")
    )
    end.add_argument(
        "--on",
        dest="end",
        required=True,
        metavar="DD-MM-YYYY",
        help=N_("Cli", "the last day the period is valid: dd-mm-yyyy"),
    )
    settings = commands.add_parser(
        "settings",
        parents=[report],
        help=N_("Cli", "the standstill period and the default notice period of options"),
    )
    setting_commands = settings.add_subparsers(dest="settings_command", parser_class=parser_class)
    change = setting_commands.add_parser(
        "set", parents=[report], help=N_("Cli", "change a setting")
    )
    change.add_argument(
        "setting",
        choices=tuple(SETTING_NAMES),
        help=N_("Cli", "standstill-days or notice-months"),
    )
    change.add_argument("value", help=N_("Cli", "a whole number (days or months)"))


def _change_then_read(
    args: argparse.Namespace,
    change: Callable[[Session], Changed] | None,
    read: Callable[[Session], Read],
) -> tuple[Changed | None, Read]:
    """Make the change asked for (if any) in one transaction, then read what the command
    shows in the next: the list after the change, as the Administration page shows it."""
    from ssb_desktop.cli import _open

    db = _open(args)
    try:
        done = None
        if change is not None:
            with db.transaction() as session:
                done = change(session)
        with db.transaction() as session:
            return done, read(session)
    finally:
        db.dispose()


# --- themes -------------------------------------------------------------------------------------


def _find_theme(session: Session, name: str) -> ThemeRecord:
    from ssb_desktop.services.reference import list_theme_records

    wanted = name.strip().casefold()
    for record in list_theme_records(session):
        if record.name.casefold() == wanted:
            return record
    raise NotFoundError(N_("Errors", "There is no theme named {name}."), {"name": name})


def _change_theme(session: Session, args: argparse.Namespace) -> str:
    """Carry out ``themes add|rename|archive|restore|delete``; the sentence that says so."""
    from dataclasses import replace

    from ssb_desktop.records import ThemeRecord
    from ssb_desktop.services.reference import remove_theme, save_theme

    action = args.themes_command
    if action == "add":
        saved = save_theme(
            session, ThemeRecord(id=None, name=args.name, description=args.description)
        )
        return saved.name
    record = _find_theme(session, args.name)
    assert record.id is not None
    if action == "delete":
        remove_theme(session, record.id, record.version)
    elif action == "rename":
        save_theme(session, replace(record, name=args.new_name))
    else:
        save_theme(session, replace(record, active=action == "restore"))
    return record.name


_THEME_DONE = {
    "add": N_("Cli", "Theme {name} added."),
    "rename": N_("Cli", "Theme {name} renamed to {new}."),
    "archive": N_("Cli", "Theme {name} archived."),
    "restore": N_("Cli", "Theme {name} is active again."),
    "delete": N_("Cli", "Theme {name} deleted."),
}


def run_themes(args: argparse.Namespace, out: Output) -> int:
    from ssb_desktop.services.reference import list_theme_records

    action: str | None = getattr(args, "themes_command", None)
    done, themes = _change_then_read(
        args,
        None if action is None else lambda session: _change_theme(session, args),
        list_theme_records,
    )
    archived = out.text("Cli", N_("Cli", "archived"))
    lines = [
        f"{theme.name}\t"
        + out.text(
            "Cli",
            N_("Cli", "lots: {lots}, subsidy schemes: {schemes}"),
            lots=theme.lot_count,
            schemes=theme.scheme_count,
        )
        + ("" if theme.active else f"\t{archived}")
        for theme in themes
    ] or [out.text("Cli", N_("Cli", "There are no themes."))]
    if action is not None and done is not None:
        lines.append(
            out.text("Cli", _THEME_DONE[action], name=done, new=getattr(args, "new_name", ""))
        )
    out.emit(
        {
            "themes": [
                {
                    "name": theme.name,
                    "description": theme.description,
                    "active": theme.active,
                    "lots": theme.lot_count,
                    "subsidy_schemes": theme.scheme_count,
                }
                for theme in themes
            ]
        },
        lines,
    )
    return EXIT_OK


# --- thresholds ----------------------------------------------------------------------------------


def _amount(text: str) -> Decimal:
    from ssb_desktop.formatting import parse_money

    value = parse_money(text)
    if value is None:
        raise ValidationError(
            N_("Errors", "--amount {value} is not an amount; write it as 221000 or 221.000,00."),
            {"value": text},
            field="amount",
        )
    return Decimal(value)


def _add_threshold(session: Session, args: argparse.Namespace) -> ThresholdRecord:
    from ssb_desktop.cli_contracts import _day
    from ssb_desktop.records import ThresholdRecord
    from ssb_desktop.services.procurement import save_threshold

    amount = _amount(args.amount)
    start = _day(args.start, "--from")
    end = _day(args.end, "--until") if args.end is not None else None
    return save_threshold(
        session,
        ThresholdRecord(
            id=None, category=args.kind, valid_from=start, valid_until=end, amount=amount
        ),
    )


def _change_threshold(session: Session, args: argparse.Namespace) -> ThresholdRecord:
    """``thresholds change``: the period of --kind that starts on --from gets the dates and
    the amount given; what is not given stays."""
    from dataclasses import replace

    from ssb_desktop.cli_contracts import _day
    from ssb_desktop.services.procurement import find_threshold, save_threshold

    amount = _amount(args.amount) if args.amount is not None else None
    start = _day(args.start, "--from")
    new_start = _day(args.new_start, "--new-from") if args.new_start is not None else None
    end = _day(args.end, "--until") if args.end is not None else None
    if amount is None and new_start is None and end is None and not args.open_ended:
        raise ValidationError(
            N_(
                "Errors",
                "Say what changes: --amount, --new-from, --until or --open-ended.",
            )
        )
    found = find_threshold(session, args.kind, start)
    return save_threshold(
        session,
        replace(
            found,
            valid_from=new_start or found.valid_from,
            valid_until=None if args.open_ended else end or found.valid_until,
            amount=amount if amount is not None else found.amount,
        ),
    )


def _end_threshold(session: Session, args: argparse.Namespace) -> ThresholdRecord:
    """``thresholds end``: the period of --kind that starts on --from ends on --on."""
    from ssb_desktop.cli_contracts import _day
    from ssb_desktop.services.procurement import end_threshold, find_threshold

    start = _day(args.start, "--from")
    last_day = _day(args.end, "--on")
    found = find_threshold(session, args.kind, start)
    assert found.id is not None
    return end_threshold(session, found.id, last_day, found.version)


# What each subcommand of ``thresholds`` changes, and what it says it did.
_THRESHOLD_CHANGES: dict[str, tuple[Callable[[Session, argparse.Namespace], ThresholdRecord], str]]
_THRESHOLD_CHANGES = {
    "add": (_add_threshold, N_("Cli", "Threshold from {date} added.")),
    "change": (_change_threshold, N_("Cli", "Threshold from {date} changed.")),
    "end": (_end_threshold, N_("Cli", "Threshold from {date} ends on {last_day}.")),
}


def run_thresholds(args: argparse.Namespace, out: Output) -> int:
    from ssb_desktop.formatting import format_date, format_money
    from ssb_desktop.records import THRESHOLD_CATEGORY_LABELS
    from ssb_desktop.services.procurement import list_thresholds

    command = _THRESHOLD_CHANGES.get(getattr(args, "thresholds_command", None) or "")
    added, thresholds = _change_then_read(
        args,
        (lambda session: command[0](session, args)) if command is not None else None,
        list_thresholds,
    )
    open_ended = out.text("Cli", N_("Cli", "open-ended"))

    def kind(category: str) -> str:
        label = THRESHOLD_CATEGORY_LABELS.get(category)
        return out.text("ThresholdCategory", label) if label else category

    lines = [
        f"{kind(row.category)}\t{format_date(row.valid_from)}\t"
        f"{format_date(row.valid_until) if row.valid_until else open_ended}\t"
        f"{format_money(row.amount)}"
        for row in thresholds
    ] or [out.text("Cli", N_("Cli", "There are no thresholds."))]
    if added is not None and command is not None:
        lines.append(
            out.text(
                "Cli",
                command[1],
                date=format_date(added.valid_from),
                last_day=format_date(added.valid_until) if added.valid_until else "",
            )
        )
    out.emit(
        {
            "thresholds": [
                {
                    "kind": row.category,
                    "from": row.valid_from.isoformat(),
                    "until": row.valid_until.isoformat() if row.valid_until else None,
                    "amount": str(row.amount),
                }
                for row in thresholds
            ]
        },
        lines,
    )
    return EXIT_OK


# --- rule settings -------------------------------------------------------------------------------


def _whole_number(text: str) -> int:
    from ssb_desktop.formatting import is_ascii_digits

    digits = text[1:] if text.startswith("-") else text
    if not is_ascii_digits(digits):
        raise ValidationError(
            N_("Errors", "{value} is not a whole number of days or months."), {"value": text}
        )
    return int(text)


def _change_setting(session: Session, args: argparse.Namespace) -> RuleSettings:
    from dataclasses import replace

    from ssb_desktop.services.reference import rule_settings, save_rule_settings

    value = _whole_number(args.value)
    current = rule_settings(session)
    return save_rule_settings(session, replace(current, **{SETTING_NAMES[args.setting]: value}))


def run_settings(args: argparse.Namespace, out: Output) -> int:
    from ssb_desktop.services.permissions import Permission, require
    from ssb_desktop.services.reference import rule_settings

    def read(session: Session) -> RuleSettings:
        require(session, Permission.VIEW)
        return rule_settings(session)

    changed = getattr(args, "settings_command", None) == "set"
    _, settings = _change_then_read(
        args, (lambda session: _change_setting(session, args)) if changed else None, read
    )
    lines = [
        out.text("Cli", N_("Cli", "Standstill period: {days} days"), days=settings.standstill_days),
        out.text(
            "Cli",
            N_("Cli", "Default notice period of options: {months} months"),
            months=settings.notice_months,
        ),
    ]
    if changed:
        lines.append(out.text("Cli", N_("Cli", "The setting was saved.")))
    out.emit(
        {
            "standstill_days": settings.standstill_days,
            "notice_months": settings.notice_months,
        },
        lines,
    )
    return EXIT_OK


COMMANDS = {"themes": run_themes, "thresholds": run_thresholds, "settings": run_settings}
