"""A colleague whose login may only read opens the main window on a team database, read-only."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QThreadPool
from pytestqt.qtbot import QtBot

from ssb_desktop.records import Role
from ssb_desktop.settings import Settings
from ssb_desktop.startup import open_database
from ssb_desktop.views.main_window import MainWindow
from ssb_desktop.views.organisations_page import OrganisationsPage
from tests.gui.conftest import Boxes
from tests.team_server import Server, needs_postgres, team_server

pytestmark = needs_postgres


@pytest.fixture(scope="module")
def server() -> Iterator[Server]:
    yield from team_server()


def test_a_select_only_login_opens_the_main_window_read_only(
    qtbot: QtBot, tmp_path: Path, server: Server, boxes: Boxes
) -> None:
    reader = server.login("viewer", Role.READ_ONLY)
    db = open_database(server.url(reader), account="ignored")
    window = MainWindow(Settings(tmp_path / "settings.ini"))
    qtbot.addWidget(window)
    window.show()
    window.open_database_soon(lambda: db)
    with qtbot.waitSignal(window.ready, timeout=10_000):
        pass
    try:
        # Every page loaded (some on a pool thread) without a refusal from the server.
        QThreadPool.globalInstance().waitForDone()
        QCoreApplication.processEvents()
        assert boxes.texts == []
        assert reader in window.user_label.text()
        page = next(page for page in window.pages if isinstance(page, OrganisationsPage))
        assert not page.new_action.isEnabled()
        assert not page.import_action.isEnabled()
    finally:
        window.close()
        db.dispose()
