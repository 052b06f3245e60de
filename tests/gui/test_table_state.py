"""A list comes back as the user left it: column widths, sort order, splitter and search."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QSplitter
from pytestqt.qtbot import QtBot

from ssb_desktop.db.database import Database
from ssb_desktop.records import OrganisationRecord
from ssb_desktop.services.organisations import save_organisation
from ssb_desktop.settings import Settings
from ssb_desktop.views.organisations_page import OrganisationsPage


def _open(qtbot: QtBot, db: Database, path: Path) -> OrganisationsPage:
    page = OrganisationsPage(db, Settings(path))
    qtbot.addWidget(page)
    page.resize(1300, 700)
    page.show()
    page.reload()
    return page


def test_widths_sort_order_splitter_and_search_come_back_the_next_time(
    qtbot: QtBot, db: Database, tmp_path: Path
) -> None:
    with db.transaction() as session:
        for name in ("Buurthuis De Kooi", "Speeltuin Kooiweg", "Stichting Anders"):
            save_organisation(session, OrganisationRecord(id=None, name=name))
    path = tmp_path / "s.ini"
    first = _open(qtbot, db, path)
    first.table.horizontalHeader().resizeSection(0, 345)
    first.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    splitter = first.findChild(QSplitter)
    assert splitter is not None
    splitter.setSizes([200, 500])
    left = splitter.sizes()
    splitter.splitterMoved.emit(left[0], 1)  # what a drag of the handle reports
    first.search.setFocus()
    qtbot.keyClicks(first.search, "kooi")  # type: ignore[no-untyped-call]
    first.search.flush()
    first.close()
    first.settings.sync()

    again = _open(qtbot, db, path)

    header = again.table.horizontalHeader()
    assert header.sectionSize(0) == 345
    assert (header.sortIndicatorSection(), header.sortIndicatorOrder()) == (
        0,
        Qt.SortOrder.DescendingOrder,
    )
    again_splitter = again.findChild(QSplitter)
    assert again_splitter is not None
    assert again_splitter.sizes() == left
    assert again.search.text() == "kooi"
    qtbot.waitUntil(lambda: again.model.rowCount() == 2)
    names = [again.model.index(row, 0).data() for row in range(2)]
    assert names == ["Speeltuin Kooiweg", "Buurthuis De Kooi"]


def test_a_fresh_settings_file_keeps_the_programs_own_widths(
    qtbot: QtBot, db: Database, tmp_path: Path
) -> None:
    page = OrganisationsPage(db, Settings(tmp_path / "s.ini"))
    qtbot.addWidget(page)
    before = page.table.horizontalHeader().sectionSize(0)
    page.show()
    assert page.table.horizontalHeader().sectionSize(0) == before
