"""Writers take turns: two colleagues saving at once lose nothing and never see "busy"; a
writer that waits too long is told who is in the way instead of freezing."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.orm import Session

from bench.concurrent_saves import lost_changes, new_organisation, run_editors
from ssb_desktop.db import database
from ssb_desktop.db.database import sqlite_url
from ssb_desktop.errors import DatabaseError
from ssb_desktop.records import OrganisationRecord
from ssb_desktop.services.organisations import get_organisation, save_organisation
from ssb_desktop.startup import open_database

# Enough for the two processes to collide hundreds of times; the full figure (2 x 1,000) is
# bench/concurrent_saves.py.
SAVES_PER_EDITOR = 100


def test_two_editors_saving_one_organisation_at_once_never_fail_busy_nor_lose_a_change(
    db_url: str,
) -> None:
    organisation_id = new_organisation(db_url)
    counts = run_editors(db_url, organisation_id, SAVES_PER_EDITOR)
    assert [c.busy for c in counts] == [0, 0]
    assert lost_changes(db_url, organisation_id, counts) == []


def test_a_save_that_cannot_get_the_sqlite_write_lock_names_the_colleague_in_the_way(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "shared.sqlite3"
    db = open_database(path, account="tester")
    with db.transaction() as session:
        saved = save_organisation(session, OrganisationRecord(id=None, name="Gedeeld"))
    monkeypatch.setattr(database, "BUSY_TIMEOUT_MS", 50)
    monkeypatch.setattr(database, "WAIT_NOTICE_MS", 10)
    waits: list[bool] = []
    db.on_wait = waits.append
    colleague = create_engine(sqlite_url(path))
    with colleague.connect() as importing:
        importing.exec_driver_sql("BEGIN IMMEDIATE")  # a colleague's long import
        importing.exec_driver_sql("UPDATE organisations SET notes = 'import' WHERE id = 1")
        with (
            pytest.raises(DatabaseError, match="colleague's import") as refused,
            db.transaction() as session,
        ):
            save_organisation(session, saved)
        assert "Nothing was lost" in str(refused.value)
        # The window was told that the save waited, and that the wait was over.
        assert waits == [True, False]
        # Reading still works while the colleague writes (the WAL snapshot).
        with db.reading() as session:
            assert get_organisation(session, saved.id or 0).notes == ""
        importing.exec_driver_sql("ROLLBACK")
    colleague.dispose()
    with db.transaction() as session:
        assert save_organisation(session, replace_notes(session, saved.id or 0)).version == 2
    assert waits == [True, False], "a save that gets the lock at once is not announced"
    db.dispose()


def replace_notes(session: Session, organisation_id: int) -> OrganisationRecord:
    return replace(get_organisation(session, organisation_id), notes="na de import")


def test_a_save_that_waits_on_a_postgresql_lock_is_told_after_a_few_seconds(
    db_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    if not db_url.startswith("postgresql"):
        pytest.skip("PostgreSQL's lock_timeout; SQLite is the test above")
    monkeypatch.setattr(database, "LOCK_TIMEOUT_MS", 200)
    db = open_database(db_url, account="tester")
    with db.transaction() as session:
        saved = save_organisation(session, OrganisationRecord(id=None, name="Gedeeld"))
    colleague = create_engine(db_url)
    with colleague.connect() as importing:
        importing.execute(
            text("SELECT id FROM organisations WHERE id = :id FOR UPDATE"), {"id": saved.id}
        )
        with (
            pytest.raises(DatabaseError, match="colleague's import"),
            db.transaction() as session,
        ):
            save_organisation(session, replace_notes(session, saved.id or 0))
        importing.rollback()
    colleague.dispose()
    db.dispose()
