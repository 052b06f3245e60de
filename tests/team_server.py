"""A team server for tests: a schema of the PostgreSQL test database set up by
``server setup`` with its own group roles, and real logins made per test (removed after)."""

from __future__ import annotations

import secrets
from collections.abc import Iterator
from dataclasses import dataclass

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import Engine, make_url
from sqlalchemy.pool import NullPool

from ssb_desktop.records import Role
from ssb_desktop.services.team import change_roles
from ssb_desktop.startup import open_database, setup_server
from tests import conftest
from tests.conftest import POSTGRES_URL

needs_postgres = pytest.mark.skipif(
    not POSTGRES_URL, reason="PostgreSQL: set SSB_TEST_DATABASE_URL to run against PostgreSQL"
)


@dataclass
class Server:
    """A set-up schema of the test database with its own group roles and logins."""

    schema: str
    prefix: str
    logins: list[str]

    def url(self, login: str | None = None) -> str:
        url = make_url(POSTGRES_URL).update_query_dict({"options": f"-csearch_path={self.schema}"})
        if login is not None:
            url = url.set(username=login)
        return url.render_as_string(hide_password=False)

    def engine(self, login: str | None = None) -> Engine:
        # No pool: every connection is closed when released, none outlives a test.
        return create_engine(self.url(login), poolclass=NullPool)

    def login(self, name: str, *roles: Role) -> str:
        """A new LOGIN role with these program roles (granted through the service)."""
        login = f"{self.prefix}{name}"
        owner = self.engine()
        with owner.begin() as connection:
            connection.execute(text(f'CREATE ROLE "{login}" LOGIN'))
        owner.dispose()
        self.logins.append(login)
        if roles:
            db = open_database(self.url(), account="unused")
            try:
                with db.transaction() as session:
                    change_roles(session, login, frozenset(roles), granted=True)
            finally:
                db.dispose()
        return login

    def tamper(self, statement: str, **params: object) -> None:
        """What a superuser can do: switch off the append-only trigger and edit the log."""
        engine = self.engine()
        try:
            with engine.begin() as connection:
                connection.execute(text("SET LOCAL session_replication_role = replica"))
                connection.execute(text(statement), params)
        finally:
            engine.dispose()

    def sql(self, who: str | None, statement: str, **params: object) -> list[tuple[object, ...]]:
        engine = self.engine(who)
        try:
            with engine.begin() as connection:
                result = connection.execute(text(statement), params)
                return [tuple(row) for row in result] if result.returns_rows else []
        finally:
            engine.dispose()


def team_server() -> Iterator[Server]:
    """Behind each module's ``server`` fixture: set up, yield, then remove roles and schema."""
    conftest._postgres_ran += 1
    tag = secrets.token_hex(3)
    found = Server(schema=f"team_{tag}", prefix=f"t11_{tag}_", logins=[])
    owner = found.engine()
    with owner.begin() as connection:
        connection.execute(text(f'CREATE SCHEMA "{found.schema}"'))
    report = setup_server(found.url(), found.prefix)
    assert report.created_roles == report.roles
    yield found
    with owner.begin() as connection:
        connection.execute(text(f'DROP SCHEMA "{found.schema}" CASCADE'))
        for role in [*found.logins, *report.roles]:
            connection.execute(text(f'DROP OWNED BY "{role}"'))
            connection.execute(text(f'DROP ROLE "{role}"'))
    owner.dispose()
