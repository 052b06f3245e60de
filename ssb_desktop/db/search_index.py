"""Full-text (trigram) indexes that make the register's "contains" search fast on SQLite.

The Organisations page searches for words anywhere in an organisation's folded texts, its
contacts' included (``organisations.search_text``). ``LIKE '%x%'``
reads every row: seconds at a million organisations. An FTS5 table with the trigram tokenizer
(SQLite 3.34+) indexes every three characters, so a word of three or more characters is an
index lookup. The FTS table holds no text of its own (external content) and triggers keep
it in step with every insert, update and delete, whichever code writes.

PostgreSQL gets a pg_trgm GIN index on the same column instead (migration 0012).

A later migration that rebuilds ``organisations`` (batch mode on SQLite copies
the table) drops these triggers: call :func:`install_sqlite_search` again after it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from sqlalchemy import Connection, text

# Each FTS table: (the table it indexes, its name). Both index a column named search_text.
SEARCH_TABLES = (("organisations", "organisations_fts"),)
# The pause table of migration 0012: while it holds a row the insert triggers stand aside.
# Bulk writers no longer use it (see insert_indexed_later); the triggers keep their condition
# so that every database has the same schema.
PAUSE_TABLE = "search_index_paused"


def database_only_table(name: str) -> bool:
    """Whether ``name`` is one of the FTS tables, their shadow tables or the pause table (none
    of them in the metadata)."""
    if name == PAUSE_TABLE:
        return True
    return any(name == fts or name.startswith(f"{fts}_") for _table, fts in SEARCH_TABLES)


def insert_indexed_later(
    connection: Connection, table: str, insert: Callable[[], Sequence[int]]
) -> list[int]:
    """Run ``insert`` (a bulk insert into ``table`` that returns the new ids) without the
    search index's insert trigger, then index the new rows in one statement. Elsewhere
    (PostgreSQL, no FTS) it only runs ``insert``.

    The trigger is dropped and created again with its own stored text inside the writer's
    transaction, so no one else ever sees the table without it, and a failed write rolls
    both back. Pausing it with a condition was not enough: a trigger whose body writes to
    an FTS5 table makes SQLite open and flush that table for every row's statement, even
    when the condition skips the body; 10,000 organisations took 4 x as long to insert.
    """
    fts = dict(SEARCH_TABLES).get(table)
    trigger_sql = None
    if fts is not None and connection.dialect.name == "sqlite":
        trigger_sql = connection.execute(
            text("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = :name"),
            {"name": f"{fts}_insert"},
        ).scalar()
    if trigger_sql is None:
        return list(insert())
    connection.execute(text(f"DROP TRIGGER {fts}_insert"))
    new_ids = list(insert())
    connection.exec_driver_sql(trigger_sql)
    if new_ids:
        connection.execute(
            text(
                f"INSERT INTO {fts}(rowid, search_text) SELECT id, search_text FROM {table} "
                "WHERE id BETWEEN :low AND :high"
            ),
            {"low": min(new_ids), "high": max(new_ids)},
        )
    return new_ids


def sqlite_has_trigram(connection: Connection) -> bool:
    try:
        connection.execute(
            text("CREATE VIRTUAL TABLE temp.ssb_probe USING fts5(x, tokenize='trigram')")
        )
    except Exception:
        return False
    connection.execute(text("DROP TABLE temp.ssb_probe"))
    return True


def install_sqlite_search(connection: Connection) -> bool:
    """Create the FTS tables and their triggers if missing, and fill them; False when this
    SQLite has no FTS5 trigram tokenizer (the search then reads every row)."""
    if not sqlite_has_trigram(connection):
        return False
    connection.execute(text(f"CREATE TABLE IF NOT EXISTS {PAUSE_TABLE} (paused INTEGER)"))
    for table, fts in SEARCH_TABLES:
        connection.execute(
            text(
                f"CREATE VIRTUAL TABLE IF NOT EXISTS {fts} USING fts5(search_text, "
                f"content='{table}', content_rowid='id', tokenize='trigram')"
            )
        )
        connection.execute(
            text(
                f"CREATE TRIGGER IF NOT EXISTS {fts}_insert AFTER INSERT ON {table} "
                f"WHEN NOT EXISTS (SELECT 1 FROM {PAUSE_TABLE}) BEGIN "
                f"INSERT INTO {fts}(rowid, search_text) VALUES (new.id, new.search_text); END"
            )
        )
        connection.execute(
            text(
                f"CREATE TRIGGER IF NOT EXISTS {fts}_delete AFTER DELETE ON {table} BEGIN "
                f"INSERT INTO {fts}({fts}, rowid, search_text) "
                f"VALUES ('delete', old.id, old.search_text); END"
            )
        )
        connection.execute(
            text(
                f"CREATE TRIGGER IF NOT EXISTS {fts}_update AFTER UPDATE OF search_text "
                f"ON {table} BEGIN "
                f"INSERT INTO {fts}({fts}, rowid, search_text) "
                f"VALUES ('delete', old.id, old.search_text); "
                f"INSERT INTO {fts}(rowid, search_text) VALUES (new.id, new.search_text); END"
            )
        )
        connection.execute(text(f"INSERT INTO {fts}({fts}) VALUES ('rebuild')"))
    return True


def drop_sqlite_search(connection: Connection) -> None:
    for _table, fts in SEARCH_TABLES:
        for trigger in ("insert", "delete", "update"):
            connection.execute(text(f"DROP TRIGGER IF EXISTS {fts}_{trigger}"))
        connection.execute(text(f"DROP TABLE IF EXISTS {fts}"))
    connection.execute(text(f"DROP TABLE IF EXISTS {PAUSE_TABLE}"))
