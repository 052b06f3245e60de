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
        "server",
        parents=[report],
        help=N_("Cli", "set up a shared PostgreSQL database (its owner, once)"),
    )
    server_commands = server.add_subparsers(
        dest="server_command", required=True, parser_class=parser_class
    )
    setup = server_commands.add_parser(
        "setup",
        parents=[report],
        help=N_(
            "Cli",
            "create or upgrade the schema, group roles, privileges, security and audit triggers",
        ),
    )
    setup.add_argument(
        "--role-prefix",
        default="ssb_",
        help=N_("Cli", "prefix of the group roles, for a second database on the same server"),
    )
    users = commands.add_parser("users", parents=[report], help=N_("Cli", "the roles of logins"))
    user_commands = users.add_subparsers(
        dest="users_command", required=True, parser_class=parser_class
    )
    for name, text in (
        ("grant", N_("Cli", "give a login roles")),
        ("revoke", N_("Cli", "take roles from a login")),
    ):
        change = user_commands.add_parser(name, parents=[report], help=text)
        change.add_argument(
            "login", help=N_("Cli", "the database login (or Windows account on SQLite)")
        )
        change.add_argument(
            "roles",
            nargs="+",
            metavar="ROLE",
            help=N_(
                "Cli", "administrator, procurement_officer, evaluator, subsidy_officer, read_only"
            ),
        )
    user_commands.add_parser("list", parents=[report], help=N_("Cli", "every login with its roles"))
    committee = commands.add_parser(
        "committee", parents=[report], help=N_("Cli", "a lot's committee")
    )
    committee_commands = committee.add_subparsers(
        dest="committee_command", required=True, parser_class=parser_class
    )
    add = committee_commands.add_parser(
        "add", parents=[report], help=N_("Cli", "seat a user (login) on a lot's committee")
    )
    add.add_argument("--lot", required=True, help=N_("Cli", "the lot REF/N"))
    add.add_argument("--account", required=True, help=N_("Cli", "the login (or Windows account)"))
    add.add_argument("--chair", action="store_true", help=N_("Cli", "chair of the committee"))
    add.add_argument(
        "--sees-prices", action="store_true", help=N_("Cli", "may see the bids' prices")
    )
    declaration = commands.add_parser(
        "declaration", parents=[report], help=N_("Cli", "conflict-of-interest declarations")
    )
    declaration_commands = declaration.add_subparsers(
        dest="declaration_command", required=True, parser_class=parser_class
    )
    sign = declaration_commands.add_parser(
        "sign", parents=[report], help=N_("Cli", "sign your own declaration for a lot")
    )
    sign.add_argument("--lot", required=True, help=N_("Cli", "the lot REF/N"))
    sign.add_argument(
        "--conflict",
        metavar="STATEMENT",
        help=N_("Cli", "declare a conflict of interest, described"),
    )


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


def run_committee(args: argparse.Namespace, out: Output) -> int:
    from ssb_desktop.cli import _open
    from ssb_desktop.records import EvaluatorRecord
    from ssb_desktop.services import evaluation, procurement
    from ssb_desktop.services.team import user_for_account

    db = _open(args)
    try:
        with db.transaction() as session:
            lot = procurement.find_lot(session, args.lot)
            assert lot.id is not None
            user_id = user_for_account(session, args.account)
            seat = evaluation.save_evaluator(
                session,
                EvaluatorRecord(
                    id=None,
                    lot_id=lot.id,
                    name=args.account,
                    user_id=user_id,
                    is_chair=args.chair,
                    sees_prices=args.sees_prices,
                ),
            )
    finally:
        db.dispose()
    out.emit(
        {"lot": lot.label, "evaluator": seat.id, "account": args.account},
        [
            out.text(
                "Cli",
                N_("Cli", "{account} sits on the committee of {lot}."),
                account=args.account,
                lot=lot.label,
            )
        ],
    )
    return EXIT_OK


def run_declaration(args: argparse.Namespace, out: Output) -> int:
    from ssb_desktop.cli import _open
    from ssb_desktop.services import evaluation, procurement

    db = _open(args)
    try:
        with db.transaction() as session:
            lot = procurement.find_lot(session, args.lot)
            assert lot.id is not None
            seat = evaluation.my_evaluator(session, lot.id)
            if seat is None or seat.id is None:
                raise AppError(
                    N_(
                        "Errors",
                        "You ({account}) do not sit on the committee of {lot}; ask the "
                        "procurement officer to add you (ssb-desktop committee add).",
                    ),
                    {"account": db.actor.account, "lot": lot.label},
                )
            signed = evaluation.sign_declaration(
                session,
                seat.id,
                has_conflict=args.conflict is not None,
                statement=args.conflict or "",
            )
    finally:
        db.dispose()
    out.emit(
        {"lot": lot.label, "signed_by": signed.signed_by, "has_conflict": signed.has_conflict},
        [
            out.text(
                "Cli",
                N_("Cli", "Declaration for {lot} signed by {account}."),
                lot=lot.label,
                account=signed.signed_by,
            )
        ],
    )
    return EXIT_OK


def fill_demo(args: argparse.Namespace, out: Output) -> int:
    """``--db-url URL demo``: the demo in an empty shared database, for a team to try."""
    from sqlalchemy import func, select

    from ssb_desktop.cli import _open
    from ssb_desktop.db.tables import Organisation, Procurement
    from ssb_desktop.services.demo import build_demo

    if not args.db_url:
        raise AppError(
            N_(
                "Errors",
                "Name the demo file to write (ssb-desktop demo FILE), or the empty shared "
                "database to fill (ssb-desktop --db-url URL demo).",
            )
        )
    db = _open(args)
    try:
        with db.transaction() as session:
            used = (session.scalar(select(func.count()).select_from(Organisation)) or 0) + (
                session.scalar(select(func.count()).select_from(Procurement)) or 0
            )
            if used:
                raise AppError(
                    N_(
                        "Errors",
                        "The database already holds organisations or procurements; the demo "
                        "fills only an empty database and never mixes with real work.",
                    )
                )
            build_demo(session)
        where = db.describe()
    finally:
        db.dispose()
    out.emit(
        {"filled": where},
        [out.text("Cli", N_("Cli", "Demo written to {path}."), path=where)],
    )
    return EXIT_OK


COMMANDS = {
    "server": run_server,
    "users": run_users,
    "committee": run_committee,
    "declaration": run_declaration,
}
