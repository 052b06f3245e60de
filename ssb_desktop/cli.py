"""The headless commands (DESIGN.md section 6); without a command it opens the application."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ssb_desktop import __version__
from ssb_desktop.errors import N_, AppError, DatabaseError, ValidationError

if TYPE_CHECKING:
    from ssb_desktop.db.database import Database
    from ssb_desktop.records import ImportReport, Problem

EXIT_OK, EXIT_PROBLEMS, EXIT_UNUSABLE = 0, 1, 2
EXPORT_KINDS = ("organisations", "audit")
IMPORT_KINDS = ("organisations",)


class _Parser(argparse.ArgumentParser):
    """argparse that exits with 2 and a plain sentence, as every other unusable input does."""

    def error(self, message: str) -> Any:
        self.print_usage(sys.stderr)
        print(f"ssb-desktop: {message}", file=sys.stderr)
        raise SystemExit(EXIT_UNUSABLE)


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="ssb-desktop", description="Sterke Sociale Basis desktop program.")
    parser.add_argument("--version", action="version", version=f"ssb-desktop {__version__}")
    where = parser.add_mutually_exclusive_group()
    where.add_argument("--db", type=Path, help="a SQLite database file")
    where.add_argument("--db-url", help="a SQLAlchemy URL, e.g. postgresql+psycopg://host/db")
    where.add_argument("--demo", action="store_true", help="use the demo database")
    parser.add_argument("--json", action="store_true", help="machine-readable report")
    parser.add_argument("--lang", default="nl", choices=("nl", "en"), help="language of messages")
    parser.add_argument(
        "--self-check", action="store_true", help="start Qt offscreen on a temporary database"
    )
    commands = parser.add_subparsers(dest="command", parser_class=_Parser)
    demo = commands.add_parser("demo", help="write a new demo database (never overwrites)")
    demo.add_argument("file", type=Path)
    commands.add_parser("check", help="integrity, schema version and audit chain")
    export = commands.add_parser("export", help="export to an Excel workbook")
    export.add_argument("kind", choices=EXPORT_KINDS)
    export.add_argument("file", type=Path)
    imp = commands.add_parser("import", help="import from an Excel workbook")
    imp.add_argument("kind", choices=IMPORT_KINDS)
    imp.add_argument("file", type=Path)
    imp.add_argument("--dry-run", action="store_true", help="report what would change")
    imp.add_argument("--mapping", type=Path, help="JSON object: column header -> field")
    backup = commands.add_parser("backup", help="consistent copy of the SQLite database")
    backup.add_argument("file", type=Path)
    return parser


def database_url(args: argparse.Namespace) -> str | Path:
    """The SQLAlchemy URL given, or the SQLite file to use (SQLAlchemy is not imported here:
    the window must be able to show before it is)."""
    from ssb_desktop import paths

    if args.db_url:
        return str(args.db_url)
    if args.db:
        return Path(args.db).resolve()
    return paths.demo_database() if args.demo else paths.default_database()


class Output:
    """Prints translated human text, or collects a JSON document."""

    def __init__(self, as_json: bool) -> None:
        self.as_json = as_json

    def text(self, context: str, source: str, **params: Any) -> str:
        from ssb_desktop.i18n import translate_label

        return translate_label(context, source).format(**params)

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
        out.text("Cli", "Created: {n}", n=report.created),
        out.text("Cli", "Updated: {n}", n=report.updated),
        out.text("Cli", "Unchanged: {n}", n=report.unchanged),
    ]
    for kind, items in (("Warning", report.warnings), ("Problem", report.problems)):
        for item in items:
            info = out.problem(item)
            label = out.text("Cli", kind)
            lines.append(
                f"{label}: {info['sheet']} {out.text('Cli', 'row')} {info['row']}, "
                f"{info['column']}: {info['message']}"
            )
    if report.problems:
        lines.append(out.text("Cli", "Nothing was written: solve the problems and import again."))
    elif report.dry_run:
        lines.append(out.text("Cli", "Dry run: nothing was written."))
    return lines


def _report_document(out: Output, report: ImportReport) -> dict[str, Any]:
    from dataclasses import asdict

    document = asdict(report)
    document["warnings"] = [out.problem(item) for item in report.warnings]
    document["problems"] = [out.problem(item) for item in report.problems]
    return document


def _open(args: argparse.Namespace) -> Database:
    from ssb_desktop import paths
    from ssb_desktop.services.bootstrap import open_database
    from ssb_desktop.services.users import os_account

    url = database_url(args)
    if args.demo:
        ensure_demo(paths.demo_database())
    return open_database(url, account=os_account(), backup_dir=paths.backup_dir())


def ensure_demo(path: Path) -> None:
    if not path.exists():
        write_demo(path)


def write_demo(path: Path) -> None:
    from ssb_desktop.services.bootstrap import open_database
    from ssb_desktop.services.demo import build_demo
    from ssb_desktop.services.users import os_account

    if path.exists():
        raise ValidationError(
            N_(
                "Errors",
                "{path} already exists; the demo never overwrites a file. Choose another name.",
            ),
            {"path": str(path)},
        )
    path.parent.mkdir(parents=True, exist_ok=True)
    db = open_database(path.resolve(), account=os_account())
    try:
        with db.transaction() as session:
            build_demo(session)
    finally:
        db.dispose()


def run_demo(args: argparse.Namespace, out: Output) -> int:
    write_demo(args.file)
    out.emit(
        {"created": str(args.file)},
        [out.text("Cli", "Demo database written to {path}.", path=args.file)],
    )
    return EXIT_OK


def run_check(args: argparse.Namespace, out: Output) -> int:
    from ssb_desktop.services.integrity import check_database

    db = _open(args)
    try:
        result = check_database(db)
    finally:
        db.dispose()
    lines = [
        out.text("Cli", "Database: {where}", where=result.where),
        out.text("Cli", "Schema version: {version}", version=result.schema_version),
        out.text("Cli", "Audit entries checked: {n}", n=result.audit_entries),
    ]
    problems = [
        out.text("Errors", problem.message, **problem.params) for problem in result.problems
    ]
    lines.extend(problems or [out.text("Cli", "No problems found.")])
    out.emit(
        {
            "database": result.where,
            "schema_version": result.schema_version,
            "audit_entries": result.audit_entries,
            "problems": problems,
            "first_broken_entry": result.first_broken_entry,
        },
        lines,
    )
    return EXIT_PROBLEMS if result.problems else EXIT_OK


def run_export(args: argparse.Namespace, out: Output) -> int:
    from ssb_desktop.services import exchange

    db = _open(args)
    try:
        with db.transaction() as session:
            count = exchange.export_file(session, args.kind, args.file)
    finally:
        db.dispose()
    out.emit(
        {"exported": count, "file": str(args.file)},
        [out.text("Cli", "{n} rows exported to {path}.", n=count, path=args.file)],
    )
    return EXIT_OK


def _read_mapping(path: Path | None) -> dict[str, str] | None:
    if path is None:
        return None
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        raise AppError(
            N_("Errors", "The mapping file {path} cannot be read as JSON: {reason}"),
            {"path": str(path), "reason": str(error)},
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

    mapping = _read_mapping(args.mapping)
    db = _open(args)
    try:
        with db.transaction() as session:
            report = exchange.import_file(
                session, args.kind, args.file, mapping=mapping, dry_run=args.dry_run
            )
    finally:
        db.dispose()
    out.emit(_report_document(out, report), _report_lines(out, report))
    return EXIT_PROBLEMS if report.problems else EXIT_OK


def run_backup(args: argparse.Namespace, out: Output) -> int:
    from ssb_desktop.db.migrate import backup_sqlite

    db = _open(args)
    try:
        source = db.path
        if source is None:
            raise DatabaseError(
                N_(
                    "Errors",
                    "A shared PostgreSQL database is backed up by its server (pg_dump); "
                    "ask the database administrator.",
                )
            )
        target = backup_sqlite(source, args.file.resolve())
    finally:
        db.dispose()
    out.emit({"backup": str(target)}, [out.text("Cli", "Backup written to {path}.", path=target)])
    return EXIT_OK


COMMANDS = {
    "demo": run_demo,
    "check": run_check,
    "export": run_export,
    "import": run_import,
    "backup": run_backup,
}


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.self_check:
        from ssb_desktop.app import self_check

        return self_check()
    if args.command is None:
        from ssb_desktop.app import run_gui

        return run_gui(database_url(args), demo=args.demo, language=args.lang)
    from PySide6.QtCore import QCoreApplication

    from ssb_desktop.i18n import install_translators

    application = QCoreApplication.instance() or QCoreApplication([sys.argv[0]])
    install_translators(application, args.lang)
    out = Output(args.json)
    try:
        return COMMANDS[args.command](args, out)
    except AppError as error:
        return out.error(error)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
