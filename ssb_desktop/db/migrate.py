"""Bring a database to the program's schema at start-up: refuse newer ones, back up, upgrade."""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable
from contextlib import suppress
from datetime import datetime
from pathlib import Path

from sqlalchemy import Connection, inspect, text
from sqlalchemy.exc import OperationalError, SQLAlchemyError

from ssb_desktop.db.database import Database, translate_operational_error
from ssb_desktop.errors import N_, DatabaseError

log = logging.getLogger(__name__)
MIGRATIONS = Path(__file__).resolve().parent / "migrations"
# The newest revision in migrations/versions (a test keeps the two equal). Knowing it without
# Alembic lets an up-to-date database open without importing Alembic at start-up.
SCHEMA_HEAD = "0022"
_GENERIC_FAILURE = translate_operational_error(Exception(""))
_BACKUP_STEP = 1024  # pages copied between two progress reports (4 MB at SQLite's default)


def _alembic_config(connection: Connection | None = None):  # type: ignore[no-untyped-def]
    from alembic.config import Config  # heavy: imported only when a migration check runs

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["connection"] = connection
    return config


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(_alembic_config()).get_current_head()
    assert head is not None
    return head


def known_revisions() -> set[str]:
    from alembic.script import ScriptDirectory

    return {
        script.revision
        for script in ScriptDirectory.from_config(_alembic_config()).walk_revisions()
    }


def current_revision(db: Database) -> str | None:
    """The revision stored in the database, or None for a database without our schema."""
    with db.engine.connect() as connection:
        if not inspect(connection).has_table("alembic_version"):
            return None
        revisions = list(connection.execute(text("SELECT version_num FROM alembic_version")))
    return str(revisions[0][0]) if revisions else None


def backup_sqlite(
    source: Path, target: Path, progress: Callable[[int, int], None] | None = None
) -> Path:
    """A consistent copy through SQLite's backup API, safe while others read the file.

    ``progress(done, total)`` (pages) is called along the way when given; an exception it
    raises (the user cancelled) stops the copy and removes what was written.

    Refuses an existing ``target``. The copy is written under a temporary name in the same
    folder and renamed when complete, so a copy cut off half-way (a crash, a full disk, a
    killed process) never looks like a real backup.
    """
    if target.exists():
        raise DatabaseError(
            N_("Errors", "The backup file {path} already exists. Choose another name."),
            {"path": str(target)},
        )
    partial = target.with_name(f".{target.name}.partial")
    src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        with suppress(OSError):
            partial.unlink()
        dst = sqlite3.connect(partial)
        try:
            if progress is None:
                src.backup(dst)
            else:
                src.backup(
                    dst,
                    pages=_BACKUP_STEP,
                    progress=lambda _status, left, total: progress(total - left, total),
                )
        finally:
            dst.close()
        if target.exists():  # made by someone else meanwhile: never overwrite a backup
            raise FileExistsError(str(target))
        partial.replace(target)
    except BaseException as error:
        with suppress(OSError):
            partial.unlink()
        if not isinstance(error, sqlite3.Error | OSError):
            raise  # cancelled by the user: nothing is left behind
        raise DatabaseError(
            N_(
                "Errors",
                "The backup file {path} could not be written; choose a folder where you may "
                "save files and try again.",
            ),
            {"path": str(target)},
            details=str(error),
        ) from error
    finally:
        src.close()
    return target


def _same_content(first: Path, second: Path) -> bool:
    if first.stat().st_size != second.stat().st_size:
        return False
    with first.open("rb") as a, second.open("rb") as b:
        while True:
            block_a, block_b = a.read(1 << 20), b.read(1 << 20)
            if block_a != block_b:
                return False
            if not block_a:
                return True


def _backup_before_upgrade(path: Path, backup_dir: Path, current: str | None, head: str) -> Path:
    """One backup per state of the file: a retry after a failed upgrade reuses the last copy.

    The database is unchanged by a failed upgrade, so a second identical copy would only fill
    the folder (and bury the one that matters).
    """
    prefix = f"{path.stem}-before-{head}-"
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    backup = backup_sqlite(path, backup_dir / f"{prefix}{stamp}.sqlite3")
    earlier = sorted(
        (other for other in backup_dir.glob(f"{prefix}*.sqlite3") if other != backup),
        key=lambda other: other.stat().st_mtime,
    )
    if earlier and _same_content(earlier[-1], backup):
        backup.unlink()
        log.info("the database is unchanged since backup %s; no new copy made", earlier[-1])
        return earlier[-1]
    log.info("backed up %s (schema %s) to %s before migrating", path, current, backup)
    return backup


def migrate_to(db: Database, revision: str = "head") -> None:
    """Run the migrations up to ``revision`` in one transaction: all of them, or none.

    Every migration passes through here. On SQLite a table rebuild (Alembic's batch mode:
    copy, drop, rename) must run with foreign keys off, or dropping the old table deletes
    the rows that refer to it (ON DELETE CASCADE) or fails on them (RESTRICT). The pragma
    cannot change inside a transaction, so it is switched off before BEGIN, and
    ``PRAGMA foreign_key_check`` runs before COMMIT: a migration that leaves a dangling
    reference is rolled back whole.
    """
    from alembic import command

    with db.engine.connect() as connection:
        raw = connection.connection.driver_connection if db.is_sqlite else None
        if raw is not None:
            raw.execute("PRAGMA foreign_keys=OFF")
        try:
            with connection.begin():
                command.upgrade(_alembic_config(connection), revision)
                if raw is not None:
                    dangling = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                    if dangling:
                        raise MigrationCheckError(
                            ", ".join(sorted({f"{row[0]}->{row[2]}" for row in dangling}))
                        )
        finally:
            if raw is not None:
                raw.execute("PRAGMA foreign_keys=ON")


class MigrationCheckError(Exception):
    """A migration left rows that refer to records that do not exist."""


def upgrade_database(db: Database, backup_dir: Path | None = None) -> Path | None:
    """Migrate ``db`` to the head revision; returns the backup made before migrating, if any.

    A failed upgrade changes nothing (one transaction) and is reported in one sentence.
    """
    current = current_revision(db)
    if current == SCHEMA_HEAD:
        return None
    head = head_revision()
    if current == head:
        return None
    if current is not None and current not in known_revisions():
        raise DatabaseError(
            N_(
                "Errors",
                "This database was made by a newer version of ssb-desktop. "
                "Install the newest version of the program to open it.",
            ),
            details=f"database revision {current}, program head {head}",
        )
    backup: Path | None = None
    path = db.path
    if path is not None and path.exists() and backup_dir is not None:
        with db.engine.connect() as connection:
            has_tables = bool(inspect(connection).get_table_names())
        if has_tables:
            backup = _backup_before_upgrade(path, backup_dir, current, head)
    try:
        migrate_to(db, "head")
    except (SQLAlchemyError, MigrationCheckError) as error:
        log.exception("upgrading %s from %s to %s failed", db.describe(), current, head)
        busy = translate_operational_error(error)
        if isinstance(error, OperationalError) and busy.message != _GENERIC_FAILURE.message:
            raise busy from error  # locked, read-only, full: the usual sentence says what to do
        if current is None:
            raise  # a new or foreign database: the caller explains the driver's failure
        raise DatabaseError(
            N_(
                "Errors",
                "This database could not be brought up to date for this version of the "
                "program, so it was left exactly as it was. Keep using the previous "
                "version of the program for now and send the log file to your IT department.",
            ),
            details=f"schema {current} to {head}: {error}",
        ) from error
    return backup
