"""The headless commands (DESIGN.md section 6); without a command it opens the application."""

from __future__ import annotations

import argparse
import json
import logging
import sqlite3
import sys
from collections.abc import Callable, Sequence
from contextlib import closing, suppress
from datetime import datetime
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from ssb_desktop import __version__, cli_subsidies
from ssb_desktop.cli_letters import COMMANDS as LETTER_COMMANDS
from ssb_desktop.cli_letters import add_letter_commands, rewrite_mark_sent
from ssb_desktop.errors import N_, AppError
from ssb_desktop.views.counts import Counts

if TYPE_CHECKING:
    from ssb_desktop.db.database import Database
    from ssb_desktop.records import ImportReport, Problem

EXIT_OK, EXIT_PROBLEMS, EXIT_UNUSABLE = 0, 1, 2
EXPORT_KINDS = (
    "organisations",
    "audit",
    "bids",
    "criteria",
    "applications",
    "allocation",
    "application-form",
    "decisions",
    "contracts",
    "ocds",
)
IMPORT_KINDS = ("organisations", "bids", "criteria", "applications", "decisions")
# Subsidy kinds: services/subsidies/exchange.py; --scheme ID chooses the scheme.
SUBSIDY_EXPORT_KINDS = ("applications", "allocation", "application-form", "decisions")
SUBSIDY_IMPORT_KINDS = ("applications", "decisions")
DEADLINE_KINDS = ("standstill", "transparency", "objection")
# Kinds that take --lot: REF/N, or for an export also REF (every lot of the procurement).
EXPORT_LOT_KINDS = ("bids", "criteria")
IMPORT_LOT_KINDS = ("criteria",)


class _Parser(argparse.ArgumentParser):
    """argparse that exits with 2 and a plain sentence, as every other unusable input does."""

    def error(self, message: str) -> Any:
        self.print_usage(sys.stderr)
        print(f"ssb-desktop: {message}", file=sys.stderr)
        raise SystemExit(EXIT_UNUSABLE)


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="ssb-desktop", description=N_("Cli", "Sterke Sociale Basis desktop program.")
    )
    parser.add_argument("--version", action="version", version=f"ssb-desktop {__version__}")
    where = parser.add_mutually_exclusive_group()
    where.add_argument("--db", type=Path, help=N_("Cli", "a SQLite database file"))
    where.add_argument(
        "--db-url", help=N_("Cli", "a SQLAlchemy URL, e.g. postgresql+psycopg://host/db")
    )
    where.add_argument("--demo", action="store_true", help=N_("Cli", "use the demo database"))
    parser.add_argument("--json", action="store_true", help=N_("Cli", "machine-readable report"))
    parser.add_argument(
        "--lang", default=None, choices=("nl", "en"), help=N_("Cli", "language of messages")
    )
    parser.add_argument(
        "--self-check",
        action="store_true",
        help=N_("Cli", "start Qt offscreen on a temporary database"),
    )
    # "Every command takes --json": also after the command, where users put it. SUPPRESS
    # keeps a --json given before the command when none follows it.
    report = _Parser(add_help=False)
    report.add_argument(
        "--json",
        action="store_true",
        default=argparse.SUPPRESS,
        help=N_("Cli", "machine-readable report"),
    )
    commands = parser.add_subparsers(dest="command", parser_class=_Parser)
    demo = commands.add_parser(
        "demo", parents=[report], help=N_("Cli", "write a new demo database (never overwrites)")
    )
    demo.add_argument(
        "file",
        type=Path,
        nargs="?",
        help=N_("Cli", "the new file; without it, fill the --db-url database"),
    )
    check = commands.add_parser(
        "check", parents=[report], help=N_("Cli", "integrity, schema version and audit chain")
    )
    check.add_argument(
        "--anchor",
        action="append",
        default=[],
        metavar="NUMBER:HASH",
        help=N_("Cli", "a chain head noted earlier that the audit log must still contain"),
    )
    export = commands.add_parser(
        "export", parents=[report], help=N_("Cli", "export to an Excel workbook")
    )
    export.add_argument("kind", choices=EXPORT_KINDS)
    export.add_argument("file", type=Path)
    export.add_argument(
        "--lot", help=N_("Cli", "bids, criteria: the lot REF/N, or REF for all its lots")
    )
    export.add_argument(
        "--scheme",
        type=int,
        help=N_("Cli", "applications, allocation, application-form, decisions: the scheme id"),
    )
    export.add_argument(
        "--organisation",
        type=int,
        help=N_("Cli", "decisions: the deciding organisation (when several)"),
    )
    export.add_argument("--procurement", help=N_("Cli", "ocds: the procurement reference"))
    export.add_argument(
        "--ocid-prefix", help=N_("Cli", "ocds: the municipality's registered OCID prefix")
    )
    export.add_argument(
        "--schema",
        type=Path,
        help=N_("Cli", "ocds: check the file against this release-package-schema.json"),
    )
    imp = commands.add_parser(
        "import", parents=[report], help=N_("Cli", "import from an Excel workbook")
    )
    imp.add_argument("kind", choices=IMPORT_KINDS)
    imp.add_argument("file", type=Path)
    imp.add_argument("--dry-run", action="store_true", help=N_("Cli", "report what would change"))
    imp.add_argument(
        "--strict",
        action="store_true",
        help=N_("Cli", "treat columns that match no field as problems: nothing is written"),
    )
    imp.add_argument("--mapping", type=Path, help=N_("Cli", "JSON object: column header -> field"))
    imp.add_argument("--lot", help=N_("Cli", "criteria: the lot REF/N whose criteria to replace"))
    imp.add_argument(
        "--create-organisations",
        action="store_true",
        help=N_("Cli", "bids: add organisations that are not in the register yet"),
    )
    imp.add_argument("--scheme", type=int, help=N_("Cli", "applications: the scheme of every row"))
    imp.add_argument(
        "--confirm-names",
        action="store_true",
        help=N_("Cli", "applications: accept organisations matched by name only"),
    )
    backup = commands.add_parser(
        "backup", parents=[report], help=N_("Cli", "consistent copy of the SQLite database")
    )
    backup.add_argument("file", type=Path)
    deadline = commands.add_parser(
        "deadline",
        parents=[report],
        help=N_("Cli", "the last day of a legal period (ATW calendar)"),
    )
    deadline.add_argument("kind", choices=DEADLINE_KINDS)
    deadline.add_argument("date", help=N_("Cli", "the day of sending or publication: dd-mm-yyyy"))
    deadline.add_argument("--days", type=int, help=N_("Cli", "the length of the period in days"))
    add_letter_commands(commands, report)
    results = commands.add_parser(
        "results",
        parents=[report],
        help=N_("Cli", "the ranking of a lot from its consensus scores"),
    )
    results.add_argument("--lot", required=True, help=N_("Cli", "the lot REF/N"))
    allocation = commands.add_parser(
        "allocate",
        parents=[report],
        help=N_("Cli", "trial allocation of a subsidy scheme's ceiling"),
    )
    allocation.add_argument("--scheme", type=int, required=True, help=N_("Cli", "the scheme id"))
    allocation.add_argument(
        "--apply", action="store_true", help=N_("Cli", "record the allocation as decisions")
    )
    allocation.add_argument("--on", help=N_("Cli", "the decision date: dd-mm-yyyy (default today)"))
    # Scoring grids in Excel and the evaluation dossier (issue 5).
    grid = commands.add_parser("grid", parents=[report], help=N_("Cli", "scoring grids in Excel"))
    grid_commands = grid.add_subparsers(dest="grid_command", required=True, parser_class=_Parser)
    grid_export = grid_commands.add_parser(
        "export", parents=[report], help=N_("Cli", "one scoring grid per evaluator of a lot")
    )
    grid_export.add_argument("--lot", required=True, help=N_("Cli", "the lot REF/N"))
    grid_export.add_argument(
        "--evaluator", help=N_("Cli", "only the grid of this evaluator (name)")
    )
    grid_export.add_argument("outdir", type=Path, help=N_("Cli", "the folder for the workbooks"))
    grid_import = grid_commands.add_parser(
        "import", parents=[report], help=N_("Cli", "read returned scoring grids")
    )
    grid_import.add_argument("files", type=Path, nargs="+", metavar="FILE")
    grid_import.add_argument(
        "--dry-run", action="store_true", help=N_("Cli", "report what would change")
    )
    grid_import.add_argument(
        "--overwrite-screen",
        action="store_true",
        help=N_("Cli", "allow replacing scores that were entered in the program"),
    )
    grid_import.add_argument("--lot", help=N_("Cli", "refuse grids of any other lot than REF/N"))
    dossier = commands.add_parser(
        "dossier", parents=[report], help=N_("Cli", "the evaluation dossier of a lot as one zip")
    )
    dossier.add_argument("--lot", required=True, help=N_("Cli", "the lot REF/N"))
    dossier.add_argument("outdir", type=Path, help=N_("Cli", "the folder for the zip"))
    cli_subsidies.add_parsers(commands, report, _Parser)
    from ssb_desktop import cli_contracts

    cli_contracts.add_commands(commands, report, _Parser)
    from ssb_desktop import cli_team

    cli_team.add_parsers(commands, report, _Parser)
    from ssb_desktop import cli_search

    cli_search.add_parsers(commands, report, _Parser)
    from ssb_desktop import cli_reference

    cli_reference.add_parsers(commands, report, _Parser)
    return parser


def database_url(args: argparse.Namespace) -> str | Path:
    """The SQLAlchemy URL given, or the SQLite file to use (SQLAlchemy is not imported here:
    the window must be able to show before it is)."""
    from ssb_desktop import paths

    if args.db_url:
        return str(args.db_url)
    if args.db:
        path = Path(args.db)
        # resolve() turns //server/share into /server/share on POSIX, hiding the network share
        # that Database must refuse.
        return path if str(path).startswith(("//", "\\\\")) else path.resolve()
    return paths.demo_database() if args.demo else paths.default_database()


class Output:
    """Prints translated human text, or collects a JSON document."""

    def __init__(self, as_json: bool) -> None:
        self.as_json = as_json

    def text(self, context: str, source: str, **params: Any) -> str:
        from ssb_desktop.i18n import translate_message

        return translate_message(context, source, params)

    def problem(self, problem: Problem) -> dict[str, Any]:
        from ssb_desktop.i18n import translate_problem

        return {
            "sheet": problem.sheet,
            "row": problem.row,
            "column": problem.column,
            "message": translate_problem(problem),
        }

    def emit(self, document: dict[str, Any], lines: Sequence[str]) -> None:
        if self.as_json:
            print(json.dumps(document, ensure_ascii=False, indent=2, default=str))
        else:
            for line in lines:
                print(line)

    def error(self, error: AppError) -> int:
        from ssb_desktop.i18n import translate_error

        message = translate_error(error)
        if self.as_json:
            print(json.dumps({"error": message, "details": error.details}, ensure_ascii=False))
        else:
            print(message, file=sys.stderr)
        return error.exit_code


def _report_lines(out: Output, report: ImportReport) -> list[str]:
    lines = [
        out.text("Cli", N_("Cli", "Created: {n}"), n=report.created),
        out.text("Cli", N_("Cli", "Updated: {n}"), n=report.updated),
    ]
    if report.deleted:
        # Only an import that replaces a whole set (a lot's criteria) removes anything.
        lines.append(out.text("Cli", N_("Cli", "Removed: {n}"), n=report.deleted))
    lines.append(out.text("Cli", N_("Cli", "Unchanged: {n}"), n=report.unchanged))
    if report.unmapped_columns:
        lines.append(
            out.text(
                "Cli",
                N_("Cli", "Columns not imported (no field): {columns}"),
                columns=", ".join(report.unmapped_columns),
            )
        )
    labels = (N_("Cli", "Warning"), N_("Cli", "Problem"))
    row_word = out.text("Cli", N_("Cli", "row"))
    for label, items in zip(labels, (report.warnings, report.problems), strict=True):
        for item in items:
            info = out.problem(item)
            where = f"{info['sheet']} {row_word} {info['row']}"
            # A problem of the whole sheet (no column holds the names) has no column.
            if info["column"]:
                where += f", {info['column']}"
            lines.append(f"{out.text('Cli', label)}: {where}: {info['message']}")
    if report.problems:
        lines.append(
            out.text("Cli", N_("Cli", "Nothing was written: solve the problems and import again."))
        )
    elif report.dry_run:
        lines.append(out.text("Cli", N_("Cli", "Dry run: nothing was written.")))
    return lines


def _report_document(out: Output, report: ImportReport) -> dict[str, Any]:
    from dataclasses import asdict

    document = asdict(report)
    document["warnings"] = [out.problem(item) for item in report.warnings]
    document["problems"] = [out.problem(item) for item in report.problems]
    return document


def _open(args: argparse.Namespace) -> Database:
    from ssb_desktop import paths
    from ssb_desktop.services.users import os_account
    from ssb_desktop.startup import open_database

    url = database_url(args)
    if args.demo:
        ensure_demo(paths.demo_database())
    return open_database(url, account=os_account(), backup_dir=paths.backup_dir())


_DEMO_EXISTS = N_(
    "Errors", "{path} already exists; the demo never overwrites a file. Choose another name."
)
log = logging.getLogger(__name__)


def ensure_demo(path: Path) -> None:
    """Write the demo database unless a complete one is there; one cut off half-way (by a
    crash or a kill under an older version) is set aside, never reopened as the demo."""
    if path.exists() and not is_complete_demo(path):
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        aside = path.with_name(f"{path.stem}-incomplete-{stamp}{path.suffix}")
        path.replace(aside)
        for suffix in ("-wal", "-shm"):
            with suppress(OSError):
                path.with_name(path.name + suffix).replace(aside.with_name(aside.name + suffix))
        log.warning("the demo database %s was incomplete; set aside as %s", path, aside)
    if not path.exists():
        write_demo(path)


def is_complete_demo(path: Path) -> bool:
    """Whether ``path`` holds the demo's data (an empty or half-built file does not)."""
    try:
        with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as connection:
            counts = [
                connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
                for table in ("organisations", "procurements", "applications")
            ]
    except sqlite3.Error:
        return False
    return all(counts)


def write_demo(path: Path) -> None:
    """Write a new demo database at ``path``: under a temporary name in the same folder,
    renamed when complete, so a crash or a kill leaves no file that looks like a demo."""
    from ssb_desktop.services.demo import build_demo
    from ssb_desktop.services.users import os_account
    from ssb_desktop.startup import open_database

    if path.exists():
        raise AppError(_DEMO_EXISTS, {"path": str(path)})
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.resolve().with_name(f".{path.name}.partial")
    _remove_sqlite_files(partial)
    try:
        db = open_database(partial, account=os_account())
        try:
            with db.transaction() as session:
                build_demo(session, next_cycle=True)
        finally:
            db.dispose()
        # One self-contained file before it gets its name: everything in the write-ahead log
        # is copied into it (the last connection to close removes the log).
        with closing(sqlite3.connect(partial)) as connection:
            connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        if path.exists():  # made by someone else meanwhile: never overwrite
            raise AppError(_DEMO_EXISTS, {"path": str(path)})
        partial.replace(path)
    finally:
        _remove_sqlite_files(partial)


def _remove_sqlite_files(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        with suppress(OSError):
            path.with_name(path.name + suffix).unlink()


def run_demo(args: argparse.Namespace, out: Output) -> int:
    if args.file is None:
        from ssb_desktop.cli_team import fill_demo

        return fill_demo(args, out)
    write_demo(args.file)
    out.emit(
        {"created": str(args.file)},
        [out.text("Cli", N_("Cli", "Demo database written to {path}."), path=args.file)],
    )
    return EXIT_OK


def run_check(args: argparse.Namespace, out: Output) -> int:
    from ssb_desktop.settings import Settings
    from ssb_desktop.startup import check_database, parse_anchor

    given = [parse_anchor(value) for value in args.anchor]
    settings = Settings()
    db = _open(args)
    try:
        where = db.describe()
        remembered = []
        for value in settings.known_heads(where):
            with suppress(AppError):  # a damaged remembered head is not the database's fault
                remembered.append(parse_anchor(value))
        result = check_database(db, [*given, *remembered])
    finally:
        db.dispose()
    if not result.problems and result.head is not None:
        # Heads are remembered only from a chain that checked out.
        settings.remember_head(where, str(result.head))
        settings.sync()
    lines = [
        out.text("Cli", N_("Cli", "Database: {where}"), where=result.where),
        out.text("Cli", N_("Cli", "Schema version: {version}"), version=result.schema_version),
        out.text("Cli", N_("Cli", "Audit entries checked: {n}"), n=result.audit_entries),
    ]
    if result.unreadable_entries:
        lines.append(
            out.text(
                "Cli",
                N_(
                    "Cli",
                    "Of these, hidden from your login: {n}. Their links in the chain were "
                    "verified; their contents can be verified by a login that may read them "
                    "(an administrator or procurement officer).",
                ),
                n=result.unreadable_entries,
            )
        )
    lines += [
        out.text(
            "Cli",
            N_("Cli", "Chain head (note it down to check against later): {head}"),
            head=str(result.head) if result.head else "-",
        ),
    ]
    problems = [
        out.text("Errors", problem.message, **problem.params) for problem in result.problems
    ]
    lines.extend(problems or [out.text("Cli", N_("Cli", "No problems found."))])
    out.emit(
        {
            "database": result.where,
            "schema_version": result.schema_version,
            "audit_entries": result.audit_entries,
            "unreadable_entries": result.unreadable_entries,
            "problems": problems,
            "first_broken_entry": result.first_broken_entry,
            "head": str(result.head) if result.head else None,
        },
        lines,
    )
    return EXIT_PROBLEMS if result.problems else EXIT_OK


def _check_options(args: argparse.Namespace, lot_kinds: Sequence[str]) -> None:
    """Refuse options the kind does not take, before the database is opened."""
    if args.lot and args.kind not in lot_kinds:
        raise AppError(
            N_("Errors", "--lot does not apply to {command} {kind}."),
            {"command": args.command, "kind": args.kind},
        )
    if getattr(args, "create_organisations", False) and args.kind not in ("bids", "applications"):
        raise AppError(
            N_("Errors", "--create-organisations applies to bids and applications, not to {kind}."),
            {"kind": args.kind},
        )
    subsidy_kinds = SUBSIDY_EXPORT_KINDS if args.command == "export" else SUBSIDY_IMPORT_KINDS
    for given, option in (
        (args.scheme, "--scheme"),
        (getattr(args, "confirm_names", False), "--confirm-names"),
    ):
        if given and args.kind not in subsidy_kinds:
            raise AppError(
                N_("Errors", "{option} does not apply to {command} {kind}."),
                {"option": option, "command": args.command, "kind": args.kind},
            )
    ocds_options = ("procurement", "ocid_prefix", "schema")
    for name in ocds_options if getattr(args, "kind", "") != "ocds" else ():
        if getattr(args, name, None):
            raise AppError(
                N_("Errors", "{option} does not apply to {command} {kind}."),
                {
                    "option": "--" + name.replace("_", "-"),
                    "command": args.command,
                    "kind": args.kind,
                },
            )
    if args.kind == "criteria" and not args.lot:
        raise AppError(
            N_("Errors", "Name the lot of the criteria with --lot, for example --lot SSB-2019/1.")
        )


def run_export(args: argparse.Namespace, out: Output) -> int:
    from ssb_desktop.services import exchange

    _check_options(args, EXPORT_LOT_KINDS)
    if args.kind == "contracts":
        from ssb_desktop.cli_contracts import export_contracts

        return export_contracts(args, out)
    if args.kind == "ocds":
        from ssb_desktop.cli_contracts import export_ocds

        return export_ocds(args, out)
    db = _open(args)
    try:
        with db.transaction() as session:
            if args.kind in SUBSIDY_EXPORT_KINDS:
                from ssb_desktop.services.subsidies import exchange as subsidy_exchange

                count = subsidy_exchange.export_file(
                    session,
                    args.kind,
                    args.file,
                    scheme_id=args.scheme,
                    organisation_id=args.organisation,
                )
            else:
                from ssb_desktop.i18n import translate_label

                count = exchange.export_file(
                    session, args.kind, args.file, lot=args.lot, translate=translate_label
                )
    finally:
        db.dispose()
    out.emit(
        {"exported": count, "file": str(args.file)},
        [Counts().rows_exported(count).format(path=args.file)],
    )
    return EXIT_OK


def _read_mapping(path: Path | None) -> dict[str, str] | None:
    if path is None:
        return None
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError as error:
        raise AppError(
            N_(
                "Errors",
                "The mapping file {path} does not exist; check the folder and the name and "
                "try again.",
            ),
            {"path": str(path)},
            details=str(error),
        ) from error
    except OSError as error:
        raise AppError(
            N_(
                "Errors",
                "The mapping file {path} cannot be read; check that you have access to it and "
                "try again.",
            ),
            {"path": str(path)},
            details=str(error),
        ) from error
    try:
        data = json.loads(text)
    except ValueError as error:
        raise AppError(
            N_(
                "Errors",
                "The mapping file {path} is not valid JSON; write one object of column header "
                "to field name, such as {example}, and try again.",
            ),
            {"path": str(path), "example": '{"Instelling": "name"}'},
            details=str(error),
        ) from error
    if not isinstance(data, dict) or not all(
        isinstance(k, str) and isinstance(v, str) for k, v in data.items()
    ):
        raise AppError(
            N_(
                "Errors",
                "The mapping file {path} must hold one JSON object of column header to field name.",
            ),
            {"path": str(path)},
        )
    return data


def run_import(args: argparse.Namespace, out: Output) -> int:
    from ssb_desktop.services import exchange

    _check_options(args, IMPORT_LOT_KINDS)
    mapping = _read_mapping(args.mapping)
    db = _open(args)

    def run(dry_run: bool) -> ImportReport:
        with db.transaction() as session:
            if args.kind in SUBSIDY_IMPORT_KINDS:
                from ssb_desktop.services.subsidies import exchange as subsidy_exchange

                options = subsidy_exchange.ApplicationImportOptions(
                    scheme_id=args.scheme,
                    confirm_name_matches=args.confirm_names,
                    create_organisations=args.create_organisations,
                )
                return subsidy_exchange.import_file(
                    session, args.kind, args.file, options, mapping=mapping, dry_run=dry_run
                )
            return exchange.import_file(
                session,
                args.kind,
                args.file,
                mapping=mapping,
                dry_run=dry_run,
                lot=args.lot,
                create_organisations=args.create_organisations,
            )

    try:
        report = None
        if args.strict:
            # A trial run first: with --strict an unmapped column is a problem, and a
            # problem means nothing is written.
            trial = run(dry_run=True)
            if trial.unmapped_columns:
                report = _strict(trial, dry_run=args.dry_run)
        if report is None:
            report = run(dry_run=args.dry_run)
    finally:
        db.dispose()
    out.emit(_report_document(out, report), _report_lines(out, report))
    return EXIT_PROBLEMS if report.problems else EXIT_OK


def _strict(report: ImportReport, *, dry_run: bool) -> ImportReport:
    """The report of a --strict import with unmapped columns: they are problems, nothing is
    written."""
    from dataclasses import replace

    from ssb_desktop.excel.reading import DUPLICATE_COLUMN, UNMAPPED_COLUMN

    about_columns = {UNMAPPED_COLUMN, DUPLICATE_COLUMN}
    columns = [item for item in report.warnings if item.message in about_columns]
    return replace(
        report,
        created=0,
        updated=0,
        unchanged=0,
        deleted=0,
        warnings=tuple(item for item in report.warnings if item.message not in about_columns),
        problems=(*columns, *report.problems),
        dry_run=dry_run,
        written=False,
    )


def run_backup(args: argparse.Namespace, out: Output) -> int:
    from ssb_desktop.startup import backup_database

    db = _open(args)
    try:
        target = backup_database(db, args.file.resolve())
    finally:
        db.dispose()
    out.emit(
        {"backup": str(target)},
        [out.text("Cli", N_("Cli", "Backup written to {path}."), path=target)],
    )
    return EXIT_OK


def run_deadline(args: argparse.Namespace, out: Output) -> int:
    from ssb_desktop.formatting import format_date, parse_date
    from ssb_desktop.services import deadlines

    start = parse_date(args.date)
    if start is None:
        raise AppError(
            N_("Errors", "{value} is not a date; write it as dd-mm-yyyy, e.g. 12-10-2020."),
            {"value": args.date},
        )
    if args.days is not None and args.days < 1:
        raise AppError(N_("Errors", "A period lasts at least one day."))
    db = _open(args)
    try:
        with db.transaction() as session:
            calendar = deadlines.calendar_of(session)
            standstill_days = deadlines.standstill_days_of(session)
    finally:
        db.dispose()
    if args.kind == "standstill":
        last = deadlines.standstill_end(start, args.days or standstill_days, calendar)
    elif args.kind == "transparency":
        last = deadlines.transparency_end(start, args.days or deadlines.TRANSPARENCY_DAYS, calendar)
    elif args.days:
        last = deadlines.period_end(start, args.days, calendar)
    else:
        from ssb_desktop.services.subsidies import rules

        last = rules.objection_deadline(start, calendar).due
    out.emit(
        {"kind": args.kind, "from": start.isoformat(), "last_day": last.isoformat()},
        [format_date(last)],
    )
    return EXIT_OK


def _points(value: Decimal | None) -> str:
    from ssb_desktop.formatting import format_points

    return format_points(value)


def run_results(args: argparse.Namespace, out: Output) -> int:
    """The ranking with totals per bid and per main criterion; exit 1 naming every missing
    consensus score."""
    from ssb_desktop.records import AWARD_METHOD_LABELS
    from ssb_desktop.services import evaluation, procurement

    db = _open(args)
    try:
        with db.transaction() as session:
            lot = procurement.find_lot(session, args.lot)
            assert lot.id is not None
            results = evaluation.lot_results(session, lot.id, with_robustness=True)
    finally:
        db.dispose()
    result = results.result
    mains = [
        (c.id, results.criterion_titles[c.id]) for c in results.main_criteria if c.id is not None
    ]
    ordered = sorted(result.bids, key=lambda bid: (bid.rank is None, bid.rank or 0, str(bid.label)))
    rows: list[dict[str, Any]] = []
    lines = [
        out.text(
            "Cli",
            N_("Cli", "Ranking of lot {lot} ({method})"),
            lot=results.lot_label,
            method=out.text("AwardMethod", AWARD_METHOD_LABELS[results.award_method]),
        )
    ]
    for bid in ordered:
        bid_id = int(bid.key)
        label = results.bid_labels.get(bid_id, str(bid.label))
        per_criterion = {title: bid.main_contributions.get(key) for key, title in mains}
        rows.append(
            {
                "rank": bid.rank,
                "code": bid.label,
                "bid": label,
                "active": bid.active,
                "total": bid.total,
                "price": bid.price,
                "price_points": bid.price_points,
                "fictitious_price": bid.fictitious_price,
                "knocked_out": bid.knockout.reason.value if bid.knockout else None,
                "criteria": per_criterion,
            }
        )
        if not bid.active:
            status = out.text("Cli", N_("Cli", "withdrawn or excluded"))
        elif bid.knockout is not None:
            status = out.text("Cli", N_("Cli", "knocked out"))
        else:
            status = out.text("Cli", N_("Cli", "total {total}"), total=_points(bid.total))
        details = "; ".join(f"{title} {_points(points)}" for title, points in per_criterion.items())
        if bid.price_points is not None:
            details += "; " + out.text(
                "Cli", N_("Cli", "price {points}"), points=_points(bid.price_points)
            )
        lines.append(f"{bid.rank or '-'}. {label}: {status} ({details})")
    winner = results.bid_labels.get(int(result.winner)) if result.winner is not None else None
    if winner:
        lines.append(out.text("Cli", N_("Cli", "Winner: {bid}"), bid=winner))
    for tie in result.ties:
        lines.append(
            out.text(
                "Cli",
                N_("Cli", "Tied, to be decided by drawing lots: {bids}"),
                bids=", ".join(results.bid_labels.get(int(key), str(key)) for key in tie.bid_keys),
            )
        )
    robustness = evaluation.robustness_notices(results)
    lines.append(out.text("Cli", N_("Cli", "Robustness:")))
    lines.extend(
        "  " + out.text(notice.context, notice.message, **notice.params) for notice in robustness
    )
    out.emit(
        {
            "lot": results.lot_label,
            "award_method": results.award_method.value,
            "dropout_rule": result.dropout_rule.value,
            "winner": winner,
            "ranking": rows,
            "ties": [list(tie.bid_keys) for tie in result.ties],
            "robustness": evaluation.robustness_document(results),
            "robustness_text": [
                out.text(notice.context, notice.message, **notice.params) for notice in robustness
            ],
        },
        lines,
    )
    return EXIT_OK


def run_allocate(args: argparse.Namespace, out: Output) -> int:
    """Who gets what under a scheme's rule and what remains; ``--apply`` records it as
    decisions (all or nothing)."""
    from ssb_desktop.formatting import format_money, parse_date
    from ssb_desktop.i18n import translate_message
    from ssb_desktop.records import ALLOCATION_OUTCOME_LABELS, DISTRIBUTION_RULE_LABELS
    from ssb_desktop.services import subsidies

    on = None
    if args.on is not None:
        on = parse_date(args.on)
        if on is None:
            raise AppError(
                N_("Errors", "{value} is not a date; write it as dd-mm-yyyy, e.g. 12-10-2020."),
                {"value": args.on},
            )
    db = _open(args)
    try:
        with db.transaction() as session:
            scheme = subsidies.get_scheme(session, args.scheme)
            allocation = subsidies.trial_allocation(session, args.scheme, on=on)
            decided = (
                subsidies.apply_allocation(
                    session,
                    args.scheme,
                    on=on,
                    describe=lambda line: translate_message(line.context, line.reason, line.params),
                )
                if args.apply
                else 0
            )
    finally:
        db.dispose()
    lines = [
        out.text(
            "Cli",
            N_("Cli", "Allocation of scheme {scheme} ({rule}), ceiling {ceiling}"),
            scheme=scheme.name,
            rule=out.text("DistributionRule", DISTRIBUTION_RULE_LABELS[allocation.rule]),
            ceiling=format_money(allocation.ceiling),
        )
    ]
    rows = []
    for line in allocation.lines:
        reason = out.text(line.context, line.reason, **line.params)
        outcome = out.text("AllocationOutcome", ALLOCATION_OUTCOME_LABELS[line.outcome])
        rows.append(
            {
                "application_id": line.application_id,
                "reference": line.reference,
                "applicant": line.applicant_name,
                "requested": line.requested,
                "granted": line.granted,
                "outcome": line.outcome.value,
                "reason": reason,
            }
        )
        lines.append(
            f"{line.position}. {line.reference} {line.applicant_name}: "
            f"{format_money(line.granted)} / {format_money(line.requested)} ({outcome}) {reason}"
        )
    lines.append(
        out.text(
            "Cli",
            N_("Cli", "Granted earlier {committed}, now {granted}; remaining {remaining}."),
            committed=format_money(allocation.committed),
            granted=format_money(allocation.granted),
            remaining=format_money(allocation.remaining),
        )
    )
    if args.apply:
        lines.append(Counts().decisions_recorded(decided))
    out.emit(
        {
            "scheme_id": scheme.id,
            "scheme": scheme.name,
            "rule": allocation.rule.value,
            "ceiling": allocation.ceiling,
            "committed": allocation.committed,
            "requested": allocation.requested,
            "granted": allocation.granted,
            "remaining": allocation.remaining,
            "applied": args.apply,
            "decisions": decided,
            "applications": rows,
        },
        lines,
    )
    return EXIT_OK


def run_grid(args: argparse.Namespace, out: Output) -> int:
    """``grid export`` writes a workbook per evaluator; ``grid import`` previews returned
    grids per file and cell, and writes them only when every file is valid."""
    if args.grid_command == "export":
        return _run_grid_export(args, out)
    return _run_grid_import(args, out)


def _run_grid_export(args: argparse.Namespace, out: Output) -> int:
    from ssb_desktop.errors import NotFoundError
    from ssb_desktop.services import evaluation, procurement, scoring_grids

    db = _open(args)
    try:
        with db.transaction() as session:
            lot = procurement.find_lot(session, args.lot)
            assert lot.id is not None
            evaluator_id = None
            if args.evaluator:
                wanted = " ".join(args.evaluator.split()).casefold()
                committee = evaluation.list_evaluators(session, lot.id)
                found = [row for row in committee if row.name.casefold() == wanted]
                if not found:
                    raise NotFoundError(
                        N_(
                            "Errors",
                            "{name} is not on the committee of lot {lot}; choose one of: {names}.",
                        ),
                        {
                            "name": args.evaluator,
                            "lot": lot.label,
                            "names": ", ".join(row.name for row in committee),
                        },
                    )
                evaluator_id = found[0].id
            export = scoring_grids.export_grids_report(session, lot.id, args.outdir, evaluator_id)
    finally:
        db.dispose()
    skipped = [out.text(item.context, item.message, **item.params) for item in export.skipped]
    out.emit(
        {"lot": lot.label, "files": [str(path) for path in export.paths], "skipped": skipped},
        [
            Counts().grids_written(len(export.paths)).format(folder=args.outdir),
            *(str(path) for path in export.paths),
            *skipped,
        ],
    )
    return EXIT_OK


def _run_grid_import(args: argparse.Namespace, out: Output) -> int:
    from ssb_desktop.services import procurement, scoring_grids

    db = _open(args)
    written = False
    try:
        with db.transaction() as session:
            lot_id = procurement.find_lot(session, args.lot).id if args.lot else None
            plan = scoring_grids.read_grid_files(session, args.files, lot_id=lot_id)
            overwrites = plan.screen_overwrites
            if plan.valid and not args.dry_run and (args.overwrite_screen or not overwrites):
                scoring_grids.apply_grid_import(
                    session, plan, overwrite_screen=args.overwrite_screen
                )
                written = True
    finally:
        db.dispose()
    files = []
    lines: list[str] = []
    changes = list(scoring_grids.CellChange)
    for file_plan in plan.files:
        problems = [out.problem(problem) for problem in file_plan.problems]
        counts = {change.value: file_plan.count(change) for change in changes}
        files.append(
            {
                "file": str(file_plan.path),
                "lot": file_plan.lot_label,
                "evaluator": file_plan.evaluator_name,
                **counts,
                "cells": [
                    {
                        "cell": cell.cell,
                        "bid": cell.bid_label,
                        "criterion": cell.criterion_title,
                        "change": cell.change.value,
                        "score": cell.score,
                        "current": cell.current_score,
                        "overwrites_screen": cell.overwrites_screen,
                    }
                    for cell in file_plan.cells
                ],
                "problems": [problem["message"] for problem in problems],
            }
        )
        lines.append(
            out.text(
                "Cli",
                N_(
                    "Cli",
                    "{file} ({evaluator}, lot {lot}): new {new}, changed {changed}, "
                    "unchanged {unchanged}, empty {empty}",
                ),
                file=file_plan.name,
                evaluator=file_plan.evaluator_name or "?",
                lot=file_plan.lot_label or "?",
                **counts,
            )
        )
        problem_word = out.text("Cli", N_("Cli", "Problem"))
        lines += [f"  {problem_word}: {problem['message']}" for problem in problems]
    for cell in overwrites:
        replaced = out.text(
            "Cli",
            N_("Cli", "Entered in the program, replaced by the grid: {cell} {bid} × {criterion}"),
            cell=cell.cell,
            bid=cell.bid_label,
            criterion=cell.criterion_title,
        )
        lines.append(f"  {replaced}")
    if not plan.valid:
        lines.append(
            out.text("Cli", N_("Cli", "Nothing was written: solve the problems and import again."))
        )
    elif args.dry_run:
        lines.append(out.text("Cli", N_("Cli", "Dry run: nothing was written.")))
    elif not written:
        lines.append(
            out.text(
                "Cli",
                N_(
                    "Cli",
                    "Nothing was written: {n} scores entered in the program would be replaced; "
                    "add --overwrite-screen to confirm.",
                ),
                n=len(overwrites),
            )
        )
    out.emit(
        {"files": files, "valid": plan.valid, "dry_run": args.dry_run, "written": written},
        lines,
    )
    return EXIT_OK if plan.valid and (written or args.dry_run) else EXIT_PROBLEMS


def run_dossier(args: argparse.Namespace, out: Output) -> int:
    """The evaluation dossier of a lot as one zip with a manifest of sha256 hashes."""
    from ssb_desktop.documents.award_letter import dossier_letter_renderer, timeline_text
    from ssb_desktop.documents.minutes import minutes_renderer
    from ssb_desktop.i18n import translate_message, translate_notice
    from ssb_desktop.services import procurement
    from ssb_desktop.services.dossier import write_dossier
    from ssb_desktop.services.house_style import get_house_style

    db = _open(args)
    try:
        with db.transaction() as session:
            lot = procurement.find_lot(session, args.lot)
            assert lot.id is not None
            style = get_house_style(session)
            archive = write_dossier(
                session,
                lot.id,
                args.outdir,
                render_minutes=minutes_renderer(style),
                translate=translate_message,
                render_letters=dossier_letter_renderer(style),
                event_text=timeline_text,
                describe=translate_notice,
            )
    finally:
        db.dispose()
    out.emit(
        {"lot": lot.label, "dossier": str(archive)},
        [out.text("Cli", N_("Cli", "Dossier written to {path}."), path=archive)],
    )
    return EXIT_OK


COMMANDS = {
    "grid": run_grid,
    "dossier": run_dossier,
    "demo": run_demo,
    "check": run_check,
    "export": run_export,
    "import": run_import,
    "backup": run_backup,
    "deadline": run_deadline,
    "results": run_results,
    "allocate": run_allocate,
    **cli_subsidies.COMMANDS,
    **LETTER_COMMANDS,
}


def _command(name: str) -> Callable[[argparse.Namespace, Output], int]:
    from ssb_desktop import cli_team
    from ssb_desktop.cli_contracts import COMMANDS as CONTRACT_COMMANDS
    from ssb_desktop.cli_reference import COMMANDS as REFERENCE_COMMANDS
    from ssb_desktop.cli_search import COMMANDS as SEARCH_COMMANDS

    return (
        COMMANDS.get(name)
        or CONTRACT_COMMANDS.get(name)
        or SEARCH_COMMANDS.get(name)
        or REFERENCE_COMMANDS.get(name)
        or cli_team.COMMANDS[name]
    )


def main(argv: Sequence[str] | None = None) -> int:
    from ssb_desktop.cli_i18n import language_asked, translate_parser, translator_for

    words = rewrite_mark_sent(list(sys.argv[1:] if argv is None else argv))
    parser = build_parser()
    # Help, usage and argument errors in the language asked for (Dutch unless --lang en).
    translate_parser(parser, translator_for(language_asked(words)))
    args = parser.parse_args(words)
    if args.self_check:
        from ssb_desktop.app import self_check

        return self_check()
    if args.command is None:
        from ssb_desktop.app import run_gui

        return run_gui(database_url(args), demo=args.demo, language=args.lang)
    from PySide6.QtGui import QGuiApplication

    from ssb_desktop.i18n import install_translators

    # A GUI application on the offscreen platform: letters and minutes need Qt's text layout
    # (fonts), and no window is ever shown.
    application = QCoreApplication.instance() or QGuiApplication(
        [sys.argv[0], "-platform", "offscreen"]
    )
    install_translators(application, args.lang)
    out = Output(args.json)
    try:
        return _command(args.command)(args, out)
    except AppError as error:
        return out.error(error)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
