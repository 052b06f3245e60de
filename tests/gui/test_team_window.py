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
from ssb_desktop.views.bids_page import BidsPage
from ssb_desktop.views.evaluation_page import EvaluationPage
from ssb_desktop.views.main_window import MainWindow
from ssb_desktop.views.organisations_page import OrganisationsPage
from tests.gui.conftest import Boxes
from tests.team_server import Server, needs_postgres, priced_lot, team_server

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


def test_a_quality_evaluator_opens_bids_and_evaluation_without_prices(
    qtbot: QtBot, tmp_path: Path, server: Server, boxes: Boxes
) -> None:
    """The server refuses him the price columns; the pages still open, and show none."""
    quality = server.login("kwaliteit", Role.EVALUATOR)
    other = server.login("collega", Role.EVALUATOR)
    lot = priced_lot(server, "scherm", {quality: False, other: False})
    db = open_database(server.url(quality), account="ignored")
    assert db.blind_login
    window = MainWindow(Settings(tmp_path / "settings.ini"))
    qtbot.addWidget(window)
    window.show()
    window.open_database_soon(lambda: db)
    with qtbot.waitSignal(window.ready, timeout=10_000):
        pass
    try:
        bids_page = window.page_of(BidsPage)
        QThreadPool.globalInstance().waitForDone()
        QCoreApplication.processEvents()
        listed = [bids_page.model.record(row) for row in range(bids_page.model.rowCount())]
        rows = [row for row in listed if row is not None and row.id == lot.bid_id]
        assert [(row.code, row.price_total) for row in rows] == [("A", None)]
        page = window.page_of(EvaluationPage)
        page.choose_lot(lot.lot_id)
        page.tabs.setCurrentWidget(page.scoring)
        QCoreApplication.processEvents()
        grid = page.scoring.model.grid()
        assert grid is not None and [bid.price for bid in grid.bids] == [None]
        page.tabs.setCurrentWidget(page.results)
        QCoreApplication.processEvents()
        assert page.results.results is None
        assert "submitted" in page.results.summary.text()
        assert boxes.texts == []
    finally:
        window.close()
        QThreadPool.globalInstance().waitForDone()
        db.dispose()
