"""The schema: migrations match the tables, constraints hold in the database itself."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import insert, text
from sqlalchemy.exc import IntegrityError

from ssb_desktop.db.base import Base
from ssb_desktop.db.database import Database, is_network_path, sqlite_url
from ssb_desktop.db.migrate import (
    SCHEMA_HEAD,
    current_revision,
    head_revision,
    upgrade_database,
)
from ssb_desktop.db.search_index import database_only_table
from ssb_desktop.db.tables import Organisation
from ssb_desktop.db.tables.organisations import POSTGRESQL_ONLY_INDEXES
from ssb_desktop.errors import DatabaseError


def test_an_empty_database_migrates_to_head_and_matches_the_tables(db: Database) -> None:
    assert current_revision(db) == head_revision()
    with db.engine.connect() as connection:
        context = MigrationContext.configure(
            connection, opts={"include_name": _not_postgresql_only}
        )
        differences = compare_metadata(context, Base.metadata)
    assert differences == []


def _not_postgresql_only(name: str | None, kind: str, _parents: object) -> bool:
    """The trigram indexes (PostgreSQL) and FTS tables (SQLite) are not in the metadata."""
    if kind == "table" and name is not None and database_only_table(name):
        return False
    return not (kind == "index" and name in POSTGRESQL_ONLY_INDEXES)


def test_postgresql_gets_trigram_indexes_for_the_register_search(db: Database) -> None:
    if db.engine.dialect.name != "postgresql":
        pytest.skip("trigram indexes are for PostgreSQL")
    with db.engine.connect() as connection:
        names = set(
            connection.execute(
                text("SELECT indexname FROM pg_indexes WHERE indexname LIKE '%_trgm'")
            ).scalars()
        )
    assert names == POSTGRESQL_ONLY_INDEXES


def test_the_schema_head_known_without_alembic_is_alembics_head() -> None:
    assert head_revision() == SCHEMA_HEAD


def test_a_kvk_number_of_seven_digits_is_refused_by_the_schema(db: Database) -> None:
    with pytest.raises(IntegrityError), db.engine.begin() as connection:
        connection.execute(
            insert(Organisation).values(
                name="X",
                kind="other",
                kvk="1234567",
                street="",
                postcode="",
                city="",
                email="",
                phone="",
                website="",
                notes="",
                archived=False,
                successor_reason="",
                version=1,
                created_at=datetime.now(UTC),
                updated_at=datetime.now(UTC),
            )
        )


def test_the_audit_log_refuses_delete_in_the_database_itself(db: Database) -> None:
    with db.transaction() as session:
        session.add(Organisation(name="Audited"))
    with pytest.raises(Exception, match="append-only"), db.engine.begin() as connection:
        connection.execute(text("DELETE FROM audit_log"))


def test_a_database_of_a_newer_version_is_refused(tmp_path: Path) -> None:
    db = Database(sqlite_url(tmp_path / "newer.sqlite3"))
    upgrade_database(db)
    with db.engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = 'ffff_future'"))
    with pytest.raises(DatabaseError, match="newer version"):
        upgrade_database(db)
    db.dispose()


def test_a_database_is_backed_up_before_it_is_migrated(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    db = Database(sqlite_url(path))
    upgrade_database(db)
    with db.engine.begin() as connection:
        # Pretend the file predates the schema: only the version table says otherwise.
        connection.execute(text("DELETE FROM alembic_version"))
        connection.execute(text("DROP TRIGGER audit_log_no_delete"))
        connection.execute(text("DROP TRIGGER audit_log_no_update"))
        for table in reversed(Base.metadata.sorted_tables):
            connection.execute(text(f'DROP TABLE "{table.name}"'))
        connection.execute(text("CREATE TABLE legacy (x INTEGER)"))
    backup = upgrade_database(db, tmp_path / "backups")
    db.dispose()
    assert backup is not None and backup.exists()
    copy = Database(sqlite_url(backup))
    with copy.engine.connect() as connection:
        assert connection.execute(text("SELECT count(*) FROM legacy")).scalar_one() == 0
    copy.dispose()


@pytest.mark.parametrize(
    "path", [r"\\fileserver\team\ssb.sqlite3", "//fileserver/team/ssb.sqlite3"]
)
def test_a_sqlite_file_on_a_network_share_is_refused_with_a_pointer_to_postgresql(
    path: str,
) -> None:
    assert is_network_path(Path(path))
    with pytest.raises(DatabaseError, match="PostgreSQL"):
        Database(sqlite_url(Path(path)))
