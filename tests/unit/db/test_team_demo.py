"""The demo filled into a fresh team database by an administrator's own login (not the
owner): every table it writes is granted to a role, and it reads the prices it needs as every
team login does, through the server's view."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest

import ssb_desktop.db.tables  # noqa: F401  (every table in the metadata)
from ssb_desktop.db.base import Base
from ssb_desktop.records import Role
from ssb_desktop.services.permissions import WRITES
from tests.team_server import Server, needs_postgres, team_server


@pytest.fixture(scope="module")
def server() -> Iterator[Server]:
    yield from team_server()


@needs_postgres
def test_an_administrator_login_fills_the_demo_and_its_chain_verifies(
    server: Server, run_cli: Callable[..., Any]
) -> None:
    administrator = server.login("ada", Role.ADMINISTRATOR)
    filled = run_cli("--db-url", server.url(administrator), "--lang", "en", "demo")
    assert filled.code == 0, filled.err
    assert server.sql(None, "SELECT count(*) > 0 FROM contracts WHERE value > 0") == [(True,)]
    checked = run_cli("--db-url", server.url(administrator), "--json", "check")
    assert checked.code == 0, checked.err
    assert checked.document["problems"] == []


def test_every_table_the_program_writes_is_written_by_some_role() -> None:
    # A table no permission writes gets no privilege on a team server: only the owner could
    # use the page that edits it. The audit log is the server's; roles are memberships there.
    written = {write.table for writes in WRITES.values() for write in writes}
    assert set(Base.metadata.tables) - written == {"audit_log", "user_roles"}
