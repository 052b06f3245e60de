"""Upgrades never lose a row: a database at every earlier schema, full of data, upgrades whole.

The data is the demo (made by today's program) plus a row in each table the demo leaves
empty. For every earlier revision the test migrates an empty database up to that revision,
copies in every row in the columns that existed then, upgrades it to the head the way the
program does at start-up and compares every table. A new migration is covered without
touching this file; a new table must get a row in ``_fill_empty_tables`` (the test says so).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Table, bindparam, column, create_engine, inspect, select, table, text
from sqlalchemy.engine import Connection, Engine

from ssb_desktop.db.base import Base
from ssb_desktop.db.database import Database, sqlite_url
from ssb_desktop.db.migrate import (
    current_revision,
    head_revision,
    known_revisions,
    migrate_to,
    upgrade_database,
)
from ssb_desktop.db.tables import (
    Bid,
    CeilingChange,
    LetterTemplate,
    Lot,
    Objection,
    Organisation,
    ResultRecord,
    SubsidyScheme,
    TieBreak,
)
from ssb_desktop.errors import DatabaseError
from ssb_desktop.records import DropoutRule, LetterKind, ObjectionKind
from ssb_desktop.startup import check_database, open_database
from tests.conftest import _reset_postgres

Rows = dict[str, list[tuple[Any, ...]]]


def _earlier_revisions() -> list[str]:
    return sorted(known_revisions() - {head_revision()})


def _fill_empty_tables(db: Database) -> None:
    """Rows for the tables the demo leaves empty, written as the program writes (audited)."""
    with db.transaction() as session:
        lot = session.scalars(select(Lot).order_by(Lot.id)).first()
        bid = session.scalars(select(Bid).where(Bid.lot_id == lot.id)).first() if lot else None
        organisation = session.scalars(select(Organisation).order_by(Organisation.id)).first()
        scheme = session.scalars(select(SubsidyScheme).order_by(SubsidyScheme.id)).first()
        assert lot and bid and organisation and scheme
        session.add_all(
            [
                ResultRecord(
                    lot_id=lot.id,
                    computed_at=datetime(2026, 3, 2, 9, 30, tzinfo=UTC),
                    dropout_rule=next(iter(DropoutRule)),
                    ranking="[]",
                ),
                Objection(
                    lot_id=lot.id,
                    organisation_id=organisation.id,
                    kind=next(iter(ObjectionKind)),
                    received_on=date(2026, 3, 20),
                    summary="Bezwaar tegen de gunning",
                ),
                CeilingChange(
                    scheme_id=scheme.id,
                    changed_on=date(2026, 4, 1),
                    ceiling=Decimal("1234.56"),
                    reason="Begrotingswijziging",
                ),
                TieBreak(
                    lot_id=lot.id,
                    decided_on=date(2026, 3, 5),
                    method="Loting",
                    witness="Notaris",
                    outcome="Eerste",
                    first_bid_id=bid.id,
                ),
                LetterTemplate(kind=next(iter(LetterKind)), text="Geachte {aanhef},"),
            ]
        )


@pytest.fixture(scope="module")
def full_database(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Engine]:
    """Today's program's database with at least one row in every table."""
    from ssb_desktop.cli import write_demo

    path = tmp_path_factory.mktemp("source") / "full.sqlite3"
    write_demo(path)
    db = open_database(path, account="tester")
    _fill_empty_tables(db)
    db.dispose()
    engine = create_engine(sqlite_url(path))
    with engine.connect() as connection:
        empty = [
            t.name
            for t in Base.metadata.sorted_tables
            if connection.execute(text(f'SELECT count(*) FROM "{t.name}"')).scalar_one() == 0
        ]
    assert not empty, f"give these tables a row in _fill_empty_tables: {empty}"
    yield engine
    engine.dispose()


def _columns_at(connection: Connection) -> dict[str, list[str]]:
    inspector = inspect(connection)
    return {
        name: [c["name"] for c in inspector.get_columns(name)]
        for name in inspector.get_table_names()
        # The SQLite search index (FTS5 tables and its pause flag, db/search_index.py) is
        # derived from the organisations by triggers and holds no rows of its own.
        if name != "alembic_version"
        and not name.startswith("organisations_fts")
        and name != "search_index_paused"
    }


def _clause(name: str, names: list[str]) -> Any:
    """The table as it is at the old revision, with today's column types (no defaults)."""
    head: Table = Base.metadata.tables[name]
    return table(name, *(column(c, head.c[c].type) for c in names))


def _copy_in(source: Engine, target: Connection) -> Rows:
    """Copy every row into the older schema (the columns it has); return what was written."""
    written: Rows = {}
    at_revision = _columns_at(target)
    with source.connect() as reader:
        for head in Base.metadata.sorted_tables:
            if head.name not in at_revision:
                continue
            names = [c for c in at_revision[head.name] if c in head.c]
            missing = [c for c in at_revision[head.name] if c not in head.c]
            assert not missing, f"{head.name}: columns dropped since, give them values: {missing}"
            old = _clause(head.name, names)
            rows = [dict(row._mapping) for row in reader.execute(select(old))]
            # A row may refer to a later row of its own table (an organisation's successor):
            # those references are written after every row is in.
            own = [
                key.parent.name
                for key in head.foreign_keys
                if key.column.table is head and key.parent.name in names
            ]
            target.execute(old.insert(), [{**row, **dict.fromkeys(own)} for row in rows])
            keys = [c.name for c in head.primary_key.columns]
            for name in own:
                later = [row for row in rows if row[name] is not None]
                if later:
                    target.execute(
                        old.update()
                        .where(*(old.c[k] == bindparam(f"k_{k}") for k in keys))
                        .values({name: bindparam(f"v_{name}")}),
                        [
                            {f"v_{name}": row[name], **{f"k_{k}": row[k] for k in keys}}
                            for row in later
                        ],
                    )
            written[head.name] = sorted(tuple(map(repr, row.values())) for row in rows)
    return written


def _read(connection: Connection, columns: dict[str, list[str]]) -> Rows:
    return {
        name: sorted(
            tuple(map(repr, row)) for row in connection.execute(select(*_clause(name, names).c))
        )
        for name, names in columns.items()
    }


def _upgrade_and_compare(db: Database, source: Engine, revision: str, tmp: Path) -> None:
    migrate_to(db, revision)
    assert current_revision(db) == revision
    with db.engine.begin() as connection:
        before = _copy_in(source, connection)
        columns = _columns_at(connection)
    assert set(before) == set(columns), "every table of that schema holds rows"
    upgrade_database(db, tmp / "backups")
    assert current_revision(db) == head_revision()
    with db.engine.connect() as connection:
        after = _read(connection, {name: columns[name] for name in before})
    for name in before:
        assert len(after[name]) == len(before[name]), f"rows lost in {name}"
        assert after[name] == before[name], f"rows changed in {name}"
    result = check_database(db)
    assert result.problems == []
    assert result.first_broken_entry is None
    assert result.audit_entries == len(before["audit_log"])


@pytest.mark.parametrize("revision", _earlier_revisions())
def test_a_database_at_every_earlier_schema_upgrades_with_every_row_and_link(
    revision: str, full_database: Engine, db_url: str, tmp_path: Path
) -> None:
    postgres = db_url.startswith("postgresql")
    if postgres:
        _reset_postgres(db_url)  # the fixture left it at the head; start from nothing
    db = Database(db_url)
    try:
        _upgrade_and_compare(db, full_database, revision, tmp_path)
    finally:
        db.dispose()
        if postgres:  # leave the shared test database at the head for the tests that follow
            _reset_postgres(db_url)
            open_database(db_url, account="tester").dispose()


def _revision_with_rebuild() -> str:
    # 0002 is upgraded through 0003 and 0004, which rebuild applications on SQLite.
    return "0002"


def test_a_failed_upgrade_leaves_the_database_as_it_was_and_makes_one_backup(
    full_database: Engine, tmp_path: Path
) -> None:
    path = tmp_path / "old.sqlite3"
    db = Database(sqlite_url(path))
    migrate_to(db, _revision_with_rebuild())
    with db.engine.begin() as connection:
        before = _copy_in(full_database, connection)
        columns = _columns_at(connection)
    # A dangling reference that the check before COMMIT finds: the upgrade rolls back whole.
    raw = sqlite3.connect(path)
    raw.execute("PRAGMA foreign_keys=OFF")
    raw.execute(
        "UPDATE payments SET application_id = 999999 WHERE id = (SELECT min(id) FROM payments)"
    )
    raw.commit()
    raw.close()
    with db.engine.connect() as connection:
        damaged = _read(connection, columns)
    backups = tmp_path / "backups"
    for _attempt in range(2):
        with pytest.raises(DatabaseError, match="left exactly as it was") as failure:
            upgrade_database(db, backups)
        assert "could not be brought up to date" in str(failure.value)
    assert current_revision(db) == _revision_with_rebuild()
    with db.engine.connect() as connection:
        assert _read(connection, columns) == damaged
    assert len(list(backups.glob("*.sqlite3"))) == 1, "one backup, however often it is tried"
    assert not list(backups.glob(".*")), "no half-written backup left behind"
    assert set(before) == set(damaged)
    db.dispose()
