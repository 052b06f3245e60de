"""`ssb-desktop check`: database integrity, schema version and the audit hash chain."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import text

from ssb_desktop.db.audit import verify_chain
from ssb_desktop.db.database import Database
from ssb_desktop.db.migrate import current_revision, head_revision
from ssb_desktop.errors import N_
from ssb_desktop.records import FieldProblem


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
        checked, broken = verify_chain(session)
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
