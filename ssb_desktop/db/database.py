"""The one Database object: engine and connection setup, short transactions, error mapping."""

from __future__ import annotations

import logging
import os
import sqlite3
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path, PurePath
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, IntegrityError, OperationalError
from sqlalchemy.exc import DatabaseError as SQLAlchemyDatabaseError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError
from sqlalchemy.pool import NullPool

from ssb_desktop.db.aggregates import install_aggregates
from ssb_desktop.db.audit import SERVER_AUDIT, AuditedSession, install_audit
from ssb_desktop.db.limits import install_flush_guard
from ssb_desktop.db.server_sql import BLIND_LOGIN
from ssb_desktop.errors import (
    N_,
    AppError,
    ConflictError,
    DatabaseError,
    PermissionDeniedError,
    ValidationError,
)
from ssb_desktop.records import Role

log = logging.getLogger(__name__)
# How long one attempt to start writing waits for another writer (SQLite's busy handler).
BUSY_TIMEOUT_MS = 5000
# SQLite: a write that has not got the lock within this long tells the user it is waiting
# (Database.on_wait) and then waits the full busy timeout.
WAIT_NOTICE_MS = 400
# A user's save tries this often before it says who is in the way: about ten seconds in all,
# enough for a colleague's save or a small import, short enough not to look frozen.
WRITE_ATTEMPTS = 2
# PostgreSQL: how long a statement waits for a row or table lock before the user is told.
LOCK_TIMEOUT_MS = 5000
# Execution option of the engine behind read-only sessions: their BEGIN stays deferred.
_READ_ONLY = "ssb_read_only"


def busy_error(details: str) -> DatabaseError:
    """Another writer held the database for longer than a save waits."""
    return DatabaseError(
        N_(
            "Errors",
            "Someone else is writing to the database (for example a colleague's import that "
            "is still running), so your change could not be saved yet. Nothing was lost: "
            "wait a moment and try again.",
        ),
        details=details,
    )


INSUFFICIENT_PRIVILEGE = "42501"


@dataclass(frozen=True, slots=True)
class Actor:
    """Who is acting: put on every session so that services and the audit log know."""

    account: str
    user_id: int | None = None
    roles: frozenset[Role] = field(default_factory=frozenset)


def is_network_path(path: PurePath) -> bool:
    """True for a UNC path or a mapped network drive, where SQLite's locking is unsafe."""
    text = str(path)
    if text.startswith(("\\\\", "//")):
        return True
    if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
        import ctypes

        drive = os.path.splitdrive(os.path.abspath(text))[0]
        if drive:
            drive_remote = 4
            return bool(ctypes.windll.kernel32.GetDriveTypeW(drive + "\\") == drive_remote)
        return False
    return _mounted_on_network_fs(Path(text))


def _mounted_on_network_fs(path: Path) -> bool:
    try:
        mounts = Path("/proc/mounts").read_text(encoding="utf-8").splitlines()
    except OSError:
        return False
    resolved = str(path.resolve().parent)
    best, best_type = "", ""
    for line in mounts:
        parts = line.split()
        inside = len(parts) >= 3 and (
            resolved == parts[1] or resolved.startswith(parts[1].rstrip("/") + "/")
        )
        if inside and len(parts[1]) > len(best):
            best, best_type = parts[1], parts[2]
    return best_type in {"nfs", "nfs4", "cifs", "smb3", "smbfs", "9p", "sshfs", "fuse.sshfs"}


def _no_notice(_waiting: bool) -> None:
    """Nobody to tell (headless use)."""


def sqlite_url(path: Path) -> URL:
    return URL.create("sqlite+pysqlite", database=str(path))


def _configure_sqlite(engine: Engine, waiting: Callable[[bool], None]) -> None:
    """Pragmas on every connection and the pysqlite BEGIN recipe from the SQLAlchemy docs;
    ``waiting(True)`` when a write waits for another writer's lock, ``waiting(False)`` when
    that wait is over."""

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
        # Let SQLAlchemy emit BEGIN itself so that transactions and SAVEPOINTs behave.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        if engine.url.database not in (None, "", ":memory:"):
            cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        if connection.get_execution_options().get(_READ_ONLY):
            connection.exec_driver_sql("BEGIN")
            return
        # A writer takes the write lock at BEGIN, where the busy timeout can wait for it. A
        # deferred transaction that reads first and writes later cannot wait: SQLite refuses
        # the upgrade at once ("database is locked") when another writer committed meanwhile.
        raw = connection.connection.driver_connection
        # A short first try: when a colleague holds the lock, the user is told before the
        # long waits (issue 17), not left looking at a window that does not answer.
        timeouts = (WAIT_NOTICE_MS,) + (BUSY_TIMEOUT_MS,) * WRITE_ATTEMPTS
        told = False
        try:
            for attempt, timeout in enumerate(timeouts):
                raw.execute(f"PRAGMA busy_timeout={timeout}")
                try:
                    raw.execute("BEGIN IMMEDIATE")
                    return
                except sqlite3.OperationalError as error:
                    if not _is_busy(error):
                        raise translate_operational_error(error) from error
                    if attempt == len(timeouts) - 1:
                        raise busy_error(str(error)) from error
                if told:
                    log.info("the database is busy; waiting once more to begin writing")
                else:
                    told = True
                    waiting(True)
        finally:
            raw.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
            if told:
                waiting(False)


def _is_busy(error: sqlite3.OperationalError) -> bool:
    return "locked" in str(error).lower() or "busy" in str(error).lower()


def translate_operational_error(error: BaseException) -> DatabaseError:
    """Turn a driver failure into a sentence the user can act on."""
    text = str(getattr(error, "orig", error)).lower()
    if "lock timeout" in text or "lock_timeout" in text:
        return busy_error(str(error))
    if "locked" in text or "busy" in text:
        return DatabaseError(
            N_(
                "Errors",
                "The database is busy: another program or colleague is writing to it. "
                "Wait a moment and try again.",
            ),
            details=str(error),
        )
    if "readonly" in text or "read-only" in text or "attempt to write" in text:
        return DatabaseError(
            N_(
                "Errors",
                "The database cannot be written: the file or its folder is read-only. "
                "Choose a folder where you may save files, or ask your IT department.",
            ),
            details=str(error),
        )
    if "disk is full" in text or "no space" in text or "disk full" in text:
        return DatabaseError(
            N_("Errors", "The disk is full, so nothing was saved. Free some space and try again."),
            details=str(error),
        )
    if (
        "password authentication failed" in text
        or "no password supplied" in text
        or ("fatal:" in text and "role" in text and "does not exist" in text)
    ):
        return DatabaseError(
            N_(
                "Errors",
                "The database server refused the login: the login name or the password is "
                "wrong, or the server wants a password. Check them and try again.",
            ),
            details=str(error),
        )
    if "fatal:" in text and "database" in text and "does not exist" in text:
        return DatabaseError(
            N_(
                "Errors",
                "The server has no database of that name. Check the name of the database, "
                "or ask your IT department for it.",
            ),
            details=str(error),
        )
    if "connection refused" in text or "could not translate host" in text:
        return DatabaseError(
            N_(
                "Errors",
                "No database server answers at that address and port. Check the server name "
                "and port, and your network connection.",
            ),
            details=str(error),
        )
    if "unable to open" in text or "could not connect" in text or "connection" in text:
        return DatabaseError(
            N_(
                "Errors",
                "The database cannot be opened. Check the file or the server address "
                "and your network connection.",
            ),
            details=str(error),
        )
    if "not a database" in text or "malformed" in text:
        return DatabaseError(
            N_(
                "Errors",
                "This file is not a usable ssb-desktop database (it is damaged or of "
                "another kind). Open another file or restore a backup.",
            ),
            details=str(error),
        )
    return DatabaseError(
        N_(
            "Errors",
            "The database reported a problem, so nothing was saved. "
            "Try again; if it keeps happening, send the log file to your IT department.",
        ),
        details=str(error),
    )


def _generic_refusal(detail: str) -> AppError:
    return PermissionDeniedError(
        N_(
            "Errors",
            "The database server refused this for your login. Ask an administrator of the "
            "program for a role that allows it.",
        ),
        details=detail,
    )


def _invalid_address(error: ArgumentError) -> DatabaseError:
    # The address itself is not repeated: it may hold a password.
    return DatabaseError(
        N_(
            "Errors",
            "The database address is not valid; write it as "
            "postgresql+psycopg://user@server/database and try again.",
        ),
        details=str(error),
    )


class Database:
    """Created once in ``main()`` and passed down; hands out one short session per action."""

    def __init__(self, url: str | URL | Path, *, echo: bool = False) -> None:
        try:
            self.url = sqlite_url(url) if isinstance(url, Path) else make_url(url)
        except ArgumentError as error:
            raise _invalid_address(error) from error
        self.is_sqlite = self.url.get_backend_name() == "sqlite"
        if self.is_sqlite and self.url.database not in (None, "", ":memory:"):
            path = Path(self.url.database or "")
            if is_network_path(path):
                raise DatabaseError(
                    N_(
                        "Errors",
                        "The database file {path} is on a network share. SQLite files "
                        "on a network share get damaged when colleagues use them together; "
                        "keep the file on this computer, or let your team use a shared "
                        "PostgreSQL database (see the README).",
                    ),
                    {"path": str(path)},
                )
        kwargs: dict[str, Any] = {"echo": echo}
        if self.is_sqlite:
            # A file database needs no pool; each short session opens its own connection.
            kwargs["poolclass"] = (
                NullPool if self.url.database not in (None, "", ":memory:") else None
            )
            if kwargs["poolclass"] is None:
                del kwargs["poolclass"]
        else:
            kwargs["pool_pre_ping"] = True
            if self.url.get_driver_name() in ("psycopg", "psycopg2"):
                # A save that waits on a colleague's lock (an import) is told so after a few
                # seconds instead of freezing the window.
                # connect_args replaces the address's own "options" (a team's search_path),
                # so the two are joined.
                given = self.url.query.get("options", "")
                own = given if isinstance(given, str) else " ".join(given)
                options = f"{own} -c lock_timeout={LOCK_TIMEOUT_MS}".strip()
                kwargs["connect_args"] = {"options": options}
        try:
            self.engine: Engine = create_engine(self.url, **kwargs)
        except ArgumentError as error:  # an unknown kind of database, e.g. "postgres2://"
            raise _invalid_address(error) from error
        if self.is_sqlite:
            _configure_sqlite(self.engine, lambda waits: self.on_wait(waits))
        install_audit()
        install_aggregates(AuditedSession)
        install_flush_guard(AuditedSession)
        self._sessions = sessionmaker(self.engine, class_=AuditedSession, expire_on_commit=False)
        self._read_sessions = sessionmaker(
            self.engine.execution_options(**{_READ_ONLY: True}),
            class_=AuditedSession,
            expire_on_commit=False,
        )
        self.actor = Actor(account="system")
        # Told when a write starts and stops waiting for a colleague's lock (SQLite): the
        # window shows that it is waiting. Called on the thread that writes.
        self.on_wait: Callable[[bool], None] = _no_notice
        # A team database (set up by ``server setup``): the group-role prefix; its triggers
        # write the audit log, and a refused write is explained by ``explain_refusal``.
        self.role_prefix: str | None = None
        self.explain_refusal: Callable[[str], AppError] = _generic_refusal
        # A login of a team database: it reads the bids' prices through the server's view and
        # verifies the audit chain through the server's function (db/server_sql.py).
        self.blind_login = False

    @property
    def path(self) -> Path | None:
        if self.is_sqlite and self.url.database not in (None, "", ":memory:"):
            return Path(self.url.database or "")
        return None

    def describe(self) -> str:
        """Where the data lives, without a password."""
        path = self.path
        return str(path) if path else self.url.render_as_string(hide_password=True)

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """One unit of work: committed when the block ends, rolled back on any error.

        On SQLite it holds the write lock from its start (BEGIN IMMEDIATE), so writers take
        turns instead of failing; use :meth:`reading` for a block that only reads.
        """
        with self._unit(self._sessions) as session:
            yield session

    @contextmanager
    def reading(self) -> Iterator[Session]:
        """A block that only reads: on SQLite it never waits for a writer (WAL snapshot)."""
        with self._unit(self._read_sessions) as session:
            yield session

    @contextmanager
    def _unit(self, sessions: sessionmaker[AuditedSession]) -> Iterator[Session]:
        session = sessions()
        session.info["actor"] = self.actor
        if self.role_prefix is not None:
            session.info["team"] = self.role_prefix
            session.info[SERVER_AUDIT] = True
        if self.blind_login:
            session.info[BLIND_LOGIN] = True
        try:
            with session.begin():
                yield session
        except StaleDataError as error:
            raise ConflictError(
                N_(
                    "Errors",
                    "Someone else changed this record since you opened it. "
                    "Reload it to see their changes, then make yours again.",
                ),
                details=str(error),
            ) from error
        except IntegrityError as error:
            raise ValidationError(
                N_(
                    "Errors",
                    "The change breaks a rule of the database (a duplicate or a missing "
                    "reference), so nothing was saved.",
                ),
                details=str(error.orig),
            ) from error
        except OperationalError as error:
            raise translate_operational_error(error) from error
        except SQLAlchemyDatabaseError as error:
            if getattr(error.orig, "sqlstate", None) == INSUFFICIENT_PRIVILEGE:
                raise self.explain_refusal(str(error.orig).strip()) from error
            raise translate_operational_error(error) from error
        finally:
            session.close()

    def dispose(self) -> None:
        self.engine.dispose()
