"""The team commands of the command line: ``server setup`` by IT, and ``users grant``,
``users revoke`` and ``users list`` (the same service as the Administration page)."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

from ssb_desktop.errors import N_, AppError

if TYPE_CHECKING:
    from ssb_desktop.cli import Output

EXIT_OK = 0


def add_parsers(commands: Any, report: argparse.ArgumentParser, parser_class: Any) -> None:
    server = commands.add_parser(
        "server", parents=[report], help="set up a shared PostgreSQL database (its owner, once)"
    )
    server_commands = server.add_subparsers(
        dest="server_command", required=True, parser_class=parser_class
    )
    setup = server_commands.add_parser(
        "setup",
        parents=[report],
        help="create or upgrade the schema, group roles, privileges, security and audit triggers",
    )
    setup.add_argument(
        "--role-prefix",
        default="ssb_",
        help="prefix of the group roles, for a second database on the same server",
    )
    users = commands.add_parser("users", parents=[report], help="the roles of logins")
    user_commands = users.add_subparsers(
        dest="users_command", required=True, parser_class=parser_class
    )
    for name, text in (("grant", "give a login roles"), ("revoke", "take roles from a login")):
        change = user_commands.add_parser(name, parents=[report], help=text)
        change.add_argument("login", help="the database login (or Windows account on SQLite)")
        change.add_argument(
            "roles",
            nargs="+",
            metavar="ROLE",
            help="administrator, procurement_officer, evaluator, subsidy_officer, read_only",
        )
    user_commands.add_parser("list", parents=[report], help="every login with its roles")


def run_server(args: argparse.Namespace, out: Output) -> int:
    from ssb_desktop.cli import database_url
    from ssb_desktop.startup import setup_server

    if not args.db_url:
        raise AppError(
            N_(
                "Errors",
                "Give the address of the PostgreSQL database: "
                "ssb-desktop --db-url postgresql+psycopg://owner@server/database server setup",
            )
        )
    report = setup_server(str(database_url(args)), args.role_prefix)
    lines = [
        out.text("Cli", N_("Cli", "Server set up in schema {schema}."), schema=report.schema),
        out.text("Cli", N_("Cli", "Group roles: {roles}"), roles=", ".join(report.roles)),
        out.text("Cli", N_("Cli", "Audited tables: {n}"), n=report.audited_tables),
        out.text(
            "Cli",
            N_("Cli", "Next: ssb-desktop --db-url URL users grant LOGIN ROLE for each colleague."),
        ),
    ]
    out.emit(
        {
            "schema": report.schema,
            "prefix": report.prefix,
            "roles": report.roles,
            "created_roles": report.created_roles,
            "audited_tables": report.audited_tables,
        },
        lines,
    )
    return EXIT_OK


def run_users(args: argparse.Namespace, out: Output) -> int:
    from ssb_desktop.cli import _open
    from ssb_desktop.i18n import translate_label
    from ssb_desktop.records import ROLE_LABELS
    from ssb_desktop.services.team import change_roles, list_logins, parse_role

    db = _open(args)
    try:
        if args.users_command in ("grant", "revoke"):
            roles = frozenset(parse_role(value, db.role_prefix) for value in args.roles)
            with db.transaction() as session:
                change_roles(session, args.login, roles, granted=args.users_command == "grant")
        with db.transaction() as session:
            logins = list_logins(session)
    finally:
        db.dispose()
    lines = []
    for entry in logins:
        labels = ", ".join(
            translate_label("Role", ROLE_LABELS[role]) for role in sorted(entry.roles)
        )
        lines.append(f"{entry.login} ({entry.display_name}): {labels}")
    out.emit(
        {
            "users": [
                {
                    "login": entry.login,
                    "display_name": entry.display_name,
                    "roles": sorted(role.value for role in entry.roles),
                }
                for entry in logins
            ]
        },
        lines,
    )
    return EXIT_OK


COMMANDS = {"server": run_server, "users": run_users}
