"""The main window: shown before the database opens, then every page; navigation by keyboard."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QRect, Qt
from pytestqt.qtbot import QtBot

from ssb_desktop.db.database import Database
from ssb_desktop.errors import DatabaseError
from ssb_desktop.records import OrganisationRecord
from ssb_desktop.services.organisations import save_organisation
from ssb_desktop.settings import Settings
from ssb_desktop.views import main_window as main_window_module
from ssb_desktop.views import messages
from ssb_desktop.views.main_window import PAGES, MainWindow
from ssb_desktop.views.organisations_page import OrganisationsPage


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path) -> MainWindow:
    shown = MainWindow(Settings(tmp_path / "settings.ini"))
    qtbot.addWidget(shown)
    return shown


def test_the_window_shows_before_the_database_opens_then_builds_every_page(
    qtbot: QtBot, window: MainWindow, db: Database
) -> None:
    opened: list[bool] = []

    def opener() -> Database:
        opened.append(True)
        return db

    window.show()
    window.open_database_soon(opener)
    assert not window.navigation.isEnabled()
    assert opened == []
    with qtbot.waitSignal(window.ready, timeout=10_000):
        pass
    assert len(window.pages) == len(PAGES) == window.navigation.count()
    assert db.actor.account in window.user_label.text()


def test_a_refused_database_is_reported_and_the_exit_code_given(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(
        messages, "show_error", lambda _parent, error: shown.append(error.english())
    )

    def opener() -> Database:
        raise DatabaseError("This database was made by a newer version of ssb-desktop.")

    window.show()
    with qtbot.waitSignal(window.failed, timeout=10_000) as failed:
        window.open_database_soon(opener)
    assert failed.args == [2]
    assert shown == ["This database was made by a newer version of ssb-desktop."]


def test_ctrl_2_opens_organisations_and_the_dashboard_jumps_to_one(
    qtbot: QtBot, window: MainWindow, db: Database
) -> None:
    with db.transaction() as session:
        saved = save_organisation(session, OrganisationRecord(id=None, name="Zonder KvK"))
    assert saved.id is not None
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    window.attach_database(db)
    qtbot.keyClick(  # type: ignore[no-untyped-call]
        window.navigation, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier
    )
    assert isinstance(window.current_page(), OrganisationsPage)
    window.show_page(0)
    window.show_organisation(saved.id)
    page = window.current_page()
    assert isinstance(page, OrganisationsPage)
    assert page.selected_ids() == [saved.id]


def test_page_modules_are_not_imported_before_the_window_is_shown() -> None:
    # The navigation is built from PAGES alone; the modules load when the database is open.
    assert all(":" in target for _title, target in PAGES)
    assert not hasattr(main_window_module, "OrganisationsPage")


def test_a_clock_on_the_dashboard_opens_its_lot_on_the_awards_page(
    qtbot: QtBot, window: MainWindow, db: Database
) -> None:
    from ssb_desktop.services.demo import build_demo
    from ssb_desktop.services.procurement import list_lots
    from ssb_desktop.views.awards_page import AwardsPage
    from ssb_desktop.views.dashboard_page import DashboardPage

    with db.transaction() as session:
        build_demo(session)
        lots = list_lots(session)
    window.attach_database(db)
    last = lots[-1]
    assert last.id is not None

    window.page_of(DashboardPage).clocks.open_lot_requested.emit(last.id)

    page = window.current_page()
    assert isinstance(page, AwardsPage)
    assert page.lot_chooser.currentData() == last.id


class _Laptop:
    """A 1366 x 768 screen with a 40-pixel task bar."""

    def availableGeometry(self) -> QRect:
        return QRect(0, 0, 1366, 728)


def test_the_first_window_fits_a_1366_by_768_screen(
    tmp_path: Path, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(MainWindow, "screen", lambda _self: _Laptop())
    shown = MainWindow(Settings(tmp_path / "settings.ini"))
    qtbot.addWidget(shown)

    assert shown.width() <= 1366 - 16
    assert shown.height() <= 728 - 48
    assert shown.x() >= 0 and shown.y() >= 0
    assert shown.x() + shown.width() <= 1366
    assert shown.y() + shown.height() <= 728
