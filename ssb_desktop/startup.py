"""Opening a database for use and checking one: the orchestration above the services.

Services receive a session and never open one; opening a database (schema up to date,
reference data present, user identified) and `ssb-desktop check` need several transactions
on a Database, so they live here, used by the application and the command line.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import text
from sqlalchemy.engine import URL
from sqlalchemy.exc import DBAPIError

from ssb_desktop.db.audit_check import check_chain_fast
from ssb_desktop.db.database import Database, translate_operational_error
from ssb_desktop.db.migrate import current_revision, head_revision, upgrade_database
from ssb_desktop.errors import N_
from ssb_desktop.records import FieldProblem
from ssb_desktop.services.reference import seed_reference_data
from ssb_desktop.services.users import acting_account, identify


def open_database(
    url: str | URL | Path, *, account: str, backup_dir: Path | None = None
) -> Database:
    """Migrate (backing up first), seed a new database, and set the acting user."""
    db = Database(url)
    try:
        upgrade_database(db, backup_dir)
        with db.transaction() as session:
            seed_reference_data(session)
        with db.transaction() as session:
            real_account = acting_account(session, account)
            db.actor = identify(session, real_account)
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


@dataclass(frozen=True, slots=True)
class CheckResult:
    where: str
    schema_version: str
    audit_entries: int
    first_broken_entry: int | None = None
    problems: list[FieldProblem] = field(default_factory=list)


def check_database(db: Database) -> CheckResult:
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
        chain = check_chain_fast(session.connection())
        checked, broken = chain.checked, chain.broken
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
    return CheckResult(
        where=db.describe(),
        schema_version=revision,
        audit_entries=checked,
        first_broken_entry=broken.entry_id if broken else None,
        problems=problems,
    )
