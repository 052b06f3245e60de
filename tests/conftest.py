"""Shared fixtures: offscreen Qt, and databases on SQLite and (when configured) PostgreSQL.

Also how the suite runs in parallel (pytest-xdist): ``pytest`` without paths runs the whole
suite on one worker per CPU, ``pytest PATH...`` runs in this one process, and ``-n N`` (``-n 0``
for none) chooses either way. Each worker has a PostgreSQL database of its own."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Callable, Generator, Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url
from sqlalchemy.pool import NullPool

from ssb_desktop.db.base import Base
from ssb_desktop.db.database import Database, sqlite_url
from ssb_desktop.records import Role

# The database named by SSB_TEST_DATABASE_URL, and the one the tests of this process use: the
# same when the tests run in one process; under pytest-xdist worker gw0 uses "<database>_gw0",
# created afresh when the worker starts, so that workers never empty each other's tables.
_GIVEN_POSTGRES_URL = os.environ.get("SSB_TEST_DATABASE_URL", "")
_WORKER = os.environ.get("PYTEST_XDIST_WORKER", "")


def _worker_url(url: str, worker: str) -> str:
    if not url or not worker:
        return url
    given = make_url(url)
    return given.set(database=f"{given.database}_{worker}").render_as_string(hide_password=False)


POSTGRES_URL = _worker_url(_GIVEN_POSTGRES_URL, _WORKER)
# How many tests of this process ran on PostgreSQL (database fixtures and team servers).
_postgres_ran = 0
# Under xdist, in the controller: the same count reported by each worker when it finished.
_postgres_ran_by_worker: dict[str, int] = {}


def _quoted(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _create_worker_database() -> None:
    """Create this worker's database anew, connected to the given one (as its owner)."""
    name = make_url(POSTGRES_URL).database or ""
    engine = create_engine(_GIVEN_POSTGRES_URL, isolation_level="AUTOCOMMIT", poolclass=NullPool)
    try:
        with engine.connect() as connection:
            connection.execute(text(f"DROP DATABASE IF EXISTS {_quoted(name)} WITH (FORCE)"))
            connection.execute(text(f"CREATE DATABASE {_quoted(name)}"))
    finally:
        engine.dispose()


@pytest.hookimpl(wrapper=True)
def pytest_cmdline_main(config: pytest.Config) -> Generator[None, object, object]:
    """The whole suite (``pytest`` with no paths, as the README and CI run it) in parallel on
    one worker per CPU; named files or tests in this process, so that a targeted run starts
    no workers. An explicit ``-n`` wins, and ``-p no:xdist`` switches xdist off entirely."""
    given = getattr(config.option, "numprocesses", False)
    if (
        given is None
        and not hasattr(config, "workerinput")
        and config.args_source == pytest.Config.ArgsSource.TESTPATHS
        and not config.option.collectonly
        and not config.option.usepdb
    ):
        config.option.numprocesses = "logical"
    return (yield)


def pytest_sessionstart(session: pytest.Session) -> None:
    if _WORKER and POSTGRES_URL:
        _create_worker_database()


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


@pytest.hookimpl(optionalhook=True)
def pytest_testnodedown(node: object, error: object) -> None:
    """xdist, in the controller: a worker finished; keep its count of PostgreSQL tests."""
    output = getattr(node, "workeroutput", {})
    worker = str(getattr(node, "workerinput", {}).get("workerid", "?"))
    _postgres_ran_by_worker[worker] = int(output.get("postgres_ran", 0))


def _distributed(config: pytest.Config) -> bool:
    return config.pluginmanager.has_plugin("dsession")


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    workeroutput = getattr(session.config, "workeroutput", None)
    if workeroutput is not None:
        # An xdist worker: the controller adds up the counts of all workers and judges.
        workeroutput["postgres_ran"] = _postgres_ran
        return
    distributed = _distributed(session.config)
    ran = sum(_postgres_ran_by_worker.values()) if distributed else _postgres_ran
    collected = session.testscollected and not session.config.option.collectonly
    if POSTGRES_URL and ran == 0 and collected:
        print("\nSSB_TEST_DATABASE_URL is set but no PostgreSQL test ran.")
        session.exitstatus = 1


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    if POSTGRES_URL and _distributed(terminalreporter.config) and _postgres_ran_by_worker:
        counts = ", ".join(f"{w} {n}" for w, n in sorted(_postgres_ran_by_worker.items()))
        terminalreporter.write_line(f"PostgreSQL tests per worker: {counts}")
