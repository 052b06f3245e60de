"""Shared fixtures: offscreen Qt, and databases on SQLite and (when configured) PostgreSQL."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from ssb_desktop.db.base import Base
from ssb_desktop.db.database import Database, sqlite_url
from ssb_desktop.records import Role

POSTGRES_URL = os.environ.get("SSB_TEST_DATABASE_URL", "")
_postgres_ran = 0


def _reset_postgres(url: str) -> None:
    engine = create_engine(url)
    with engine.begin() as connection:
        connection.execute(text("DROP SCHEMA public CASCADE"))
        connection.execute(text("CREATE SCHEMA public"))
    engine.dispose()


@pytest.fixture(scope="session")
def _postgres_migrated() -> str:
    from ssb_desktop.startup import open_database

    _reset_postgres(POSTGRES_URL)
    open_database(POSTGRES_URL, account="tester").dispose()
    return POSTGRES_URL


def _truncate_postgres(url: str) -> None:
    engine = create_engine(url)
    names = ", ".join(f'"{table.name}"' for table in Base.metadata.sorted_tables)
    with engine.begin() as connection:
        connection.execute(text(f"TRUNCATE {names} RESTART IDENTITY CASCADE"))
    engine.dispose()


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "sqlite":
        return sqlite_url(tmp_path / "test.sqlite3").render_as_string(hide_password=False)
    if not POSTGRES_URL:
        pytest.skip("PostgreSQL: set SSB_TEST_DATABASE_URL to run against PostgreSQL")
    url: str = request.getfixturevalue("_postgres_migrated")
    _truncate_postgres(url)
    global _postgres_ran
    _postgres_ran += 1
    return url


@pytest.fixture
def db(db_url: str) -> Iterator[Database]:
    """A migrated, seeded database whose acting user 'tester' is its first administrator."""
    from ssb_desktop.startup import open_database

    database = open_database(db_url, account="tester")
    yield database
    database.dispose()


@pytest.fixture
def sqlite_db(tmp_path: Path) -> Iterator[Database]:
    """A SQLite-only database, for file-level behaviour (backups, locks, tampering)."""
    from ssb_desktop.startup import open_database

    database = open_database(sqlite_url(tmp_path / "file.sqlite3"), account="tester")
    yield database
    database.dispose()


def _act_as(db: Database, account: str, *roles: Role) -> None:
    """Switch the acting user of ``db`` (the user row is created by the administrator)."""
    from ssb_desktop.services.users import identify, save_user

    admin = db.actor
    with db.transaction() as session:
        save_user(
            session,
            user_id=None,
            account=account,
            display_name=account,
            email="",
            roles=frozenset(roles),
        )
    with db.transaction() as session:
        db.actor = identify(session, account)
    assert db.actor != admin


@pytest.fixture
def act_as() -> Callable[..., None]:
    """``act_as(db, account, *roles)``: continue as another user with these roles."""
    return _act_as


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    if POSTGRES_URL and _postgres_ran == 0 and session.testscollected:
        print("\nSSB_TEST_DATABASE_URL is set but no PostgreSQL test ran.")
        session.exitstatus = 1
