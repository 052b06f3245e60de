"""Opening a database for use and checking one: the orchestration above the services.

Services receive a session and never open one; opening a database (schema up to date,
reference data present, user identified) and `ssb-desktop check` need several transactions
on a Database, so they live here, used by the application and the command line.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import inspect, text
from sqlalchemy.engine import URL
from sqlalchemy.exc import DBAPIError

from ssb_desktop.db.audit_check import ChainHead, check_chain_fast, stored_hash
from ssb_desktop.db.database import Database, translate_operational_error
from ssb_desktop.db.migrate import (
    SCHEMA_HEAD,
    backup_sqlite,
    current_revision,
    head_revision,
    upgrade_database,
)
from ssb_desktop.db.search_index import database_only_table
from ssb_desktop.errors import N_, DatabaseError, ValidationError
from ssb_desktop.records import FieldProblem
from ssb_desktop.services.reference import seed_reference_data
from ssb_desktop.services.team import (
    SetupReport,
    check_may_set_up,
    check_prefix,
    identify_login,
    install_server,
    require_some_role,
    server_refusal,
    team_prefix,
)
from ssb_desktop.services.users import acting_account, identify


def _outdated_for_login(db: Database, url: str | URL | Path) -> DatabaseError:
    where = db.url.render_as_string(hide_password=True) if not isinstance(url, Path) else url
    return DatabaseError(
        N_(
            "Errors",
            "The database has an older schema (or none yet) than this program, and your "
            "login may not upgrade it. Ask your IT department to run, with the login that "
            "owns the database: ssb-desktop --db-url {url} server setup",
        ),
        {"url": where},
        details=f"database revision {current_revision(db)}, program head {SCHEMA_HEAD}",
    )


def _refuse_foreign(db: Database) -> None:
    """A database with tables but without our schema version belongs to another program:
    the program must not add its tables to it (a file chosen by mistake in File > Open)."""
    if current_revision(db) is not None:
        return
    with db.engine.connect() as connection:
        tables = sorted(
            name for name in inspect(connection).get_table_names() if not database_only_table(name)
        )
    if tables:
        raise DatabaseError(
            N_(
                "Errors",
                "{where} is not an ssb-desktop database: it holds the data of another "
                "program. Nothing was changed in it; choose another file or database.",
            ),
            {"where": db.describe()},
            details=f"tables without a schema version: {', '.join(tables[:10])}",
        )


def remembered_address(db: Database) -> str:
    """How the File menu remembers ``db``: the file's path, or the address without its
    password (a password is asked each time, never stored)."""
    path = db.path
    if path is not None:
        return str(path)
    url = db.url
    # URL.set(password=None) would keep the password: None means "unchanged" there.
    bare = URL.create(
        url.drivername,
        username=url.username,
        host=url.host,
        port=url.port,
        database=url.database,
        query=url.query,
    )
    return bare.render_as_string(hide_password=False)


def backup_database(
    db: Database, target: Path, progress: Callable[[int, int], None] | None = None
) -> Path:
    """A consistent copy of ``db``'s SQLite file at ``target``; a shared PostgreSQL database
    is backed up by its server."""
    source = db.path
    if source is None:
        raise DatabaseError(
            N_(
                "Errors",
                "A shared PostgreSQL database is backed up by its server (pg_dump); "
                "ask the database administrator.",
            )
        )
    return backup_sqlite(source, target, progress)


def open_database(
    url: str | URL | Path, *, account: str, backup_dir: Path | None = None
) -> Database:
    """Migrate (backing up first), seed a new database, and set the acting user.

    A team database (set up by ``server setup``) is upgraded only by that command, and its
    logins' roles are their memberships of the group roles on the server."""
    db = Database(url)
    try:
        prefix: str | None = None
        if not db.is_sqlite:
            with db.transaction() as session:
                prefix = team_prefix(session)
                require_some_role(session, prefix)
                may_upgrade = prefix is None and bool(
                    session.execute(
                        text("SELECT has_schema_privilege(current_schema(), 'CREATE')")
                    ).scalar_one()
                )
            if current_revision(db) != SCHEMA_HEAD and not may_upgrade:
                raise _outdated_for_login(db, url)
        if prefix is None:
            _refuse_foreign(db)
            upgrade_database(db, backup_dir)
            with db.transaction() as session:
                seed_reference_data(session)
            with db.transaction() as session:
                real_account = acting_account(session, account)
                db.actor = identify(session, real_account)
        else:
            db.role_prefix = prefix
            with db.transaction() as session:
                db.actor = identify_login(session, prefix)
            # No login of a team database reads the bids' price columns (the owner may, but
            # reads what everyone reads) and every sealed audit entry is verified by the
            # server: prices through its view, the chain through its function.
            db.blind_login = True
            db.explain_refusal = lambda detail: server_refusal(db.actor.roles, detail)
    except DBAPIError as error:
        # The schema version is read outside db.transaction(), so a failure to open (a
        # missing folder, a file that is no database, an unreachable server) is put in a
        # sentence here.
        db.dispose()
        raise translate_operational_error(error) from error
    except BaseException:
        db.dispose()
        raise
    return db


def setup_server(url: str | URL, prefix: str) -> SetupReport:
    """``server setup``: by the owner, create or upgrade the schema and make the server
    enforce roles, blind scoring and the audit log; running it again is safe."""
    check_prefix(prefix)
    db = Database(url)
    try:
        if db.is_sqlite:
            raise DatabaseError(
                N_(
                    "Errors",
                    "Server set-up is for a shared PostgreSQL database; a SQLite file needs "
                    "no set-up.",
                )
            )
        with db.transaction() as session:
            check_may_set_up(session, prefix)
        upgrade_database(db)
        with db.transaction() as session:
            seed_reference_data(session)
        with db.transaction() as session:
            return install_server(session, prefix)
    except DBAPIError as error:
        raise translate_operational_error(error) from error
    finally:
        db.dispose()


def parse_anchor(text_value: str) -> ChainHead:
    number, _, digest = text_value.strip().partition(":")
    digest = digest.strip().lower()
    if (
        not number.strip().isdigit()
        or len(digest) != 64
        or not all(char in "0123456789abcdef" for char in digest)
    ):
        raise ValidationError(
            N_(
                "Errors",
                "The anchor {anchor} is not an entry number and hash; write it as "
                "NUMBER:HASH, as check and every audit export print it.",
            ),
            {"anchor": text_value},
        )
    return ChainHead(int(number), digest)


def chain_head(db: Database) -> ChainHead | None:
    from ssb_desktop.services.audit import last_entry

    with db.transaction() as session:
        return last_entry(session)


def _missing_anchors(db: Database, anchors: Sequence[ChainHead]) -> list[FieldProblem]:
    """A known head the chain no longer holds: its tail was deleted, or it was recomputed."""
    problems: list[FieldProblem] = []
    with db.transaction() as session:
        for anchor in anchors:
            found = stored_hash(session.connection(), anchor.entry_id, blind=db.blind_login)
            if found != anchor.hash:
                problems.append(
                    FieldProblem(
                        "audit",
                        N_(
                            "Errors",
                            "The audit log no longer contains entry {entry} with the hash "
                            "noted earlier ({hash}): its last entries were deleted or the "
                            "chain was recomputed. Restore a backup and find out who did it.",
                        ),
                        {"entry": anchor.entry_id, "hash": anchor.hash[:16] + "…"},
                    )
                )
    return problems


@dataclass(frozen=True, slots=True)
class CheckResult:
    where: str
    schema_version: str
    audit_entries: int
    first_broken_entry: int | None = None
    problems: list[FieldProblem] = field(default_factory=list)
    head: ChainHead | None = None
    # Entries the server hides from the login (a blind login of a team database): only their
    # links were verified.
    unreadable_entries: int = 0


def check_database(db: Database, anchors: Sequence[ChainHead] = ()) -> CheckResult:
    problems: list[FieldProblem] = []
    revision = current_revision(db) or ""
    if revision != head_revision():
        problems.append(
            FieldProblem(
                "schema",
                N_("Errors", "The schema version {found} is not the program's {expected}."),
                {"found": revision, "expected": head_revision()},
            )
        )
    with db.transaction() as session:
        if db.is_sqlite:
            verdict = session.execute(text("PRAGMA integrity_check")).scalar_one()
            if verdict != "ok":
                problems.append(
                    FieldProblem(
                        "integrity",
                        N_("Errors", "SQLite reports damage: {detail}. Restore a backup."),
                        {"detail": verdict},
                    )
                )
            for row in session.execute(text("PRAGMA foreign_key_check")):
                problems.append(
                    FieldProblem(
                        "integrity",
                        N_("Errors", "Table {table} refers to a record that does not exist."),
                        {"table": row[0]},
                    )
                )
        chain = check_chain_fast(session.connection(), blind=db.blind_login)
        checked, broken, unreadable = chain.checked, chain.broken, chain.unreadable
    if broken is not None:
        problems.append(
            FieldProblem(
                "audit",
                N_(
                    "Errors",
                    "The audit log was changed: entry {entry} does not match the chain "
                    "(first broken link). Everything before it is intact.",
                ),
                {"entry": broken.entry_id},
            )
        )
    problems.extend(_missing_anchors(db, anchors))
    return CheckResult(
        where=db.describe(),
        schema_version=revision,
        audit_entries=checked,
        first_broken_entry=broken.entry_id if broken else None,
        problems=problems,
        head=chain_head(db),
        unreadable_entries=unreadable,
    )
