"""Bring a database to the program's schema at start-up: refuse newer ones, back up, upgrade."""

from __future__ import annotations

import logging
import sqlite3
from contextlib import suppress
from datetime import datetime
from pathlib import Path

from sqlalchemy import Connection, inspect, text

from ssb_desktop.db.database import Database
from ssb_desktop.errors import N_, DatabaseError

log = logging.getLogger(__name__)
MIGRATIONS = Path(__file__).resolve().parent / "migrations"
# The newest revision in migrations/versions (a test keeps the two equal). Knowing it without
# Alembic lets an up-to-date database open without importing Alembic at start-up.
SCHEMA_HEAD = "0012"


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


def backup_sqlite(source: Path, target: Path) -> Path:
    """A consistent copy through SQLite's backup API, safe while others read the file.

    Refuses an existing ``target``; a copy that fails half-way is removed, not left behind.
    """
    if target.exists():
        raise DatabaseError(
            N_("Errors", "The backup file {path} already exists. Choose another name."),
            {"path": str(target)},
        )
    src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        dst = sqlite3.connect(target)
        try:
            src.backup(dst)
        finally:
            dst.close()
    except (sqlite3.Error, OSError) as error:
        with suppress(OSError):
            target.unlink()
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


def upgrade_database(db: Database, backup_dir: Path | None = None) -> Path | None:
    """Migrate ``db`` to the head revision; returns the backup made before migrating, if any."""
    current = current_revision(db)
    if current == SCHEMA_HEAD:
        return None
    from alembic import command

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
            stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
            backup = backup_sqlite(path, backup_dir / f"{path.stem}-before-{head}-{stamp}.sqlite3")
            log.info("backed up %s to %s before migrating", path, backup)
    with db.engine.begin() as connection:
        command.upgrade(_alembic_config(connection), "head")
    return backup
