"""Fixtures of the team-server tests: logins opening the program on the module's server."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest

from ssb_desktop.db.database import Database
from ssb_desktop.startup import open_database
from tests.team_server import Server


@pytest.fixture
def as_login(server: Server) -> Iterator[Callable[[str], Database]]:
    """``as_login(login)``: the program opened by that login on the module's ``server``."""
    opened: list[Database] = []

    def _open(login: str) -> Database:
        db = open_database(server.url(login), account="ignored")
        opened.append(db)
        return db

    yield _open
    for db in opened:
        db.dispose()
