"""The demo filled into a fresh team database by an administrator's own login (not the
owner): it reads the prices it needs as every team login does, through the server's view."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest

from ssb_desktop.records import Role
from tests.team_server import Server, needs_postgres, team_server

pytestmark = needs_postgres


@pytest.fixture(scope="module")
def server() -> Iterator[Server]:
    yield from team_server()


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
