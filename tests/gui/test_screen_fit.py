"""The main window on the demo data, in Dutch, on the two screens of issue 15: a 1366x768
laptop and a 1920x1080 screen at 150 % (Qt lays out on 1280x720 logical pixels, so the window
is that size less the taskbar). No column header is cut, the Awards page keeps its ranking
and decisions in sight without scrolling sideways, and the Dashboard shows how many days an
option decision has left. tools/screenshots.py photographs the same screens for a person.

On SQLite only: what fits on a screen does not depend on the database."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QTabWidget
from pytestqt.qtbot import QtBot

from ssb_desktop.db.database import Database
from ssb_desktop.i18n import install_translators
from ssb_desktop.services.demo import build_demo
from ssb_desktop.settings import Settings
from ssb_desktop.views.awards_page import AwardsPage
from ssb_desktop.views.dashboard_page import DashboardPage
from ssb_desktop.views.main_window import MainWindow
from tests.gui.screen_fit import cut_texts, lists_scrolling_sideways, scrolls_sideways
from tests.gui.test_dialog_keyboard_walk import DIALOGS
from tests.gui.test_keyboard_walk import _states

LAPTOP = (1366, 728)  # 1366x768 less the taskbar
AT_150 = (1280, 680)  # 1920x1080 at 150 %: 1280x720 logical, less the taskbar
# Room to spare for a wider font than the test machine's (Segoe UI on Windows).
SPARE = 1.15


def _window(qtbot: QtBot, db: Database, tmp_path: Path, size: tuple[int, int]) -> MainWindow:
    with db.transaction() as session:
        build_demo(session)
    shown = MainWindow(Settings(tmp_path / "settings.ini"))
    qtbot.addWidget(shown)
    shown.show()
    shown.resize(*size)
    shown.attach_database(db)
    return shown


@pytest.fixture
def dutch(qapp: QApplication) -> Iterator[None]:
    install_translators(qapp, "nl")
    yield
    install_translators(qapp, "en")


@pytest.mark.parametrize("size", [LAPTOP, AT_150], ids=["1366x768", "150%"])
def test_no_column_header_is_cut_on_any_page_or_tab(
    qtbot: QtBot, sqlite_db: Database, tmp_path: Path, dutch: None, size: tuple[int, int]
) -> None:
    window = _window(qtbot, sqlite_db, tmp_path, size)
    cut: list[str] = []
    for state in _states(window):
        QApplication.processEvents()
        cut += [
            f"{state}: {problem}"
            for problem in cut_texts(window.current_page())
            if ": header " in problem
        ]
    assert cut == []


def _room(window: MainWindow) -> int:
    holder = window.current_page().parentWidget()
    while holder is not None and not hasattr(holder, "horizontalScrollBar"):
        holder = holder.parentWidget()
    assert holder is not None
    return holder.width()


def test_the_awards_page_keeps_ranking_and_decisions_in_sight_at_150_percent(
    qtbot: QtBot, sqlite_db: Database, tmp_path: Path, dutch: None
) -> None:
    window = _window(qtbot, sqlite_db, tmp_path, AT_150)
    page = window.page_of(AwardsPage)
    tabs = page.findChild(QTabWidget)
    assert tabs is not None
    for index in range(tabs.count()):
        tabs.setCurrentIndex(index)
        QApplication.processEvents()
        name = tabs.tabText(index)
        # The page fits beside the navigation, with room for a wider font: no sideways scroll.
        assert page.minimumSizeHint().width() * SPARE <= _room(window), name
        assert scrolls_sideways(page) == [], name
        # The ranking shows every column, and the bidders' names whole.
        assert "Rangschikking scrolls sideways" not in lists_scrolling_sideways(page), name
        assert [p for p in cut_texts(page.ranking_view) if "Inschrijving" in p] == [], name


@pytest.mark.parametrize("size", [LAPTOP, AT_150], ids=["1366x768", "150%"])
def test_the_dashboard_shows_the_days_left_for_an_option_decision(
    qtbot: QtBot, sqlite_db: Database, tmp_path: Path, dutch: None, size: tuple[int, int]
) -> None:
    window = _window(qtbot, sqlite_db, tmp_path, size)
    dashboard = window.page_of(DashboardPage)
    QApplication.processEvents()
    view = dashboard.clocks.options.view
    model = view.model()
    left = next(
        column
        for column in range(model.columnCount())
        if model.headerData(column, view.horizontalHeader().orientation()) == "Resterend"
    )
    assert model.rowCount() > 0  # the demo has an option decision that is overdue
    header = view.horizontalHeader()
    # The column is wholly in sight, and the text of each row ("1803 dagen te laat") fits.
    assert header.sectionViewportPosition(left) + header.sectionSize(left) <= (
        view.viewport().width()
    )
    assert [p for p in cut_texts(view) if "Resterend" in p] == []


def test_the_lot_dialog_shows_every_tie_break_rule_whole(
    qtbot: QtBot, sqlite_db: Database, dutch: None
) -> None:
    """The order of the tie-break rules is the point of the list: all of them in sight, each
    text whole, without scrolling."""
    with sqlite_db.transaction() as session:
        build_demo(session)
    dialog = DIALOGS["LotDialog"](sqlite_db)
    qtbot.addWidget(dialog)
    dialog.show()
    QApplication.processEvents()
    rules = dialog.tie_breaks  # type: ignore[attr-defined]
    room = rules.viewport().rect()

    assert rules.count() == 3
    for row in range(rules.count()):
        shown = rules.visualRect(rules.model().index(row, 0))
        assert room.contains(shown), rules.item(row).text()
    assert not rules.horizontalScrollBar().isVisible()
