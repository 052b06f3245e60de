"""Ctrl+K opens a search over every kind of record: typing shows the results grouped by kind,
the arrow keys choose one and Enter opens it on its page, selected."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMenu
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from ssb_desktop.db.database import Database
from ssb_desktop.db.tables import Application, Contract, Procurement
from ssb_desktop.i18n import install_translators
from ssb_desktop.services.demo import build_demo
from ssb_desktop.services.search import SearchHit, SearchKind
from ssb_desktop.settings import Settings
from ssb_desktop.views.awards_page import AwardsPage
from ssb_desktop.views.bids_page import BidsPage
from ssb_desktop.views.main_window import MainWindow
from ssb_desktop.views.procurements_page import ProcurementsPage
from ssb_desktop.views.search_popup import SearchPopup
from ssb_desktop.views.subsidies_page import SubsidiesPage

BIDDER = "Mantelzorgpunt Rijnstreek"


@pytest.fixture
def window(qtbot: QtBot, db: Database, tmp_path: Path, qapp: QApplication) -> Iterator[MainWindow]:
    with db.transaction() as session:
        build_demo(session)
    install_translators(qapp, "nl")
    shown = MainWindow(Settings(tmp_path / "settings.ini"))
    qtbot.addWidget(shown)
    with qtbot.waitActive(shown):
        shown.show()
        shown.activateWindow()
    shown.attach_database(db)
    yield shown
    install_translators(qapp, "en")


def _groups(popup: SearchPopup) -> list[str]:
    tree = popup.results
    return [
        item.text(0)
        for index in range(tree.topLevelItemCount())
        if (item := tree.topLevelItem(index))
    ]


def test_ctrl_k_finds_a_bidder_and_enter_opens_its_bid_on_the_bids_page(
    qtbot: QtBot, window: MainWindow
) -> None:
    qtbot.keyClick(window.navigation, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)  # type: ignore[no-untyped-call]
    popup = window.search_popup
    assert popup is not None and popup.isVisible()
    qtbot.waitUntil(popup.field.hasFocus)

    qtbot.keyClicks(popup.field, BIDDER)  # type: ignore[no-untyped-call]
    qtbot.waitUntil(lambda: popup.results.topLevelItemCount() > 0)

    assert _groups(popup) == ["Organisaties", "Inschrijvingen"]
    assert popup.current_hit() is not None
    assert popup.current_hit().kind is SearchKind.ORGANISATION  # type: ignore[union-attr]
    qtbot.keyClick(popup.field, Qt.Key.Key_Down)  # type: ignore[no-untyped-call]
    chosen = popup.current_hit()
    assert chosen is not None and chosen.kind is SearchKind.BID
    assert BIDDER in chosen.name and chosen.reference.endswith(" C")
    qtbot.keyClick(popup.field, Qt.Key.Key_Return)  # type: ignore[no-untyped-call]

    assert not popup.isVisible()
    page = window.current_page()
    assert isinstance(page, BidsPage)
    record = page.current_record()
    assert record is not None and record.id == chosen.record_id


def test_the_popup_says_when_nothing_is_found_and_waits_for_two_characters(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.search_action.trigger()
    popup = window.search_popup
    assert popup is not None

    qtbot.keyClicks(popup.field, "z")  # type: ignore[no-untyped-call]
    popup.run_search()
    assert popup.status.text() == "Typ ten minste twee tekens."
    qtbot.keyClicks(popup.field, "zqx")  # type: ignore[no-untyped-call]
    popup.run_search()
    assert popup.status.text() == "Niets gevonden."
    qtbot.keyClick(popup.field, Qt.Key.Key_Return)  # type: ignore[no-untyped-call]
    assert popup.isVisible()  # nothing to open: the popup stays
    qtbot.keyClick(popup, Qt.Key.Key_Escape)  # type: ignore[no-untyped-call]
    assert not popup.isVisible()


def test_each_kind_opens_on_its_own_page_with_the_record_selected(
    window: MainWindow, db: Database
) -> None:
    with db.transaction() as session:
        procurement = session.scalars(select(Procurement).order_by(Procurement.id)).first()
        contract = session.scalars(select(Contract).order_by(Contract.id)).first()
        application = session.scalars(select(Application).order_by(Application.id.desc())).first()
        assert procurement and contract and application
        ids = procurement.id, contract.id, contract.lot_id, application.id

    window.show_hit(SearchHit(SearchKind.PROCUREMENT, ids[0], "", ""))
    procurements = window.current_page()
    assert isinstance(procurements, ProcurementsPage)
    assert procurements.current_procurement() is not None
    assert procurements.current_procurement().id == ids[0]  # type: ignore[union-attr]

    window.show_hit(SearchHit(SearchKind.CONTRACT, ids[1], "", "", lot_id=ids[2]))
    awards = window.current_page()
    assert isinstance(awards, AwardsPage)
    assert awards.current_lot() is not None and awards.current_lot().id == ids[2]  # type: ignore[union-attr]
    assert awards.tabs.currentIndex() == 2
    index = awards.contracts_view.currentIndex()
    assert index.isValid() and awards.contracts.row_at(index).id == ids[1]

    subsidies = window.page_of(SubsidiesPage)
    subsidies.search.setText("iets dat niets vindt")
    subsidies.search.flush()
    window.show_hit(SearchHit(SearchKind.APPLICATION, ids[3], "", ""))
    assert window.current_page() is subsidies
    record = subsidies.current_record()
    assert record is not None and record.id == ids[3]


def test_the_shortcuts_page_and_the_manual_name_ctrl_k(window: MainWindow) -> None:
    shortcuts = next(
        action
        for menu in window.menuBar().findChildren(QMenu)
        for action in menu.actions()
        if action.text() == "&Sneltoetsen"
    )
    shortcuts.trigger()
    manual = window.help_window
    assert manual is not None
    lines = manual.browser.toPlainText().splitlines()

    row = lines.index("Alles doorzoeken")
    assert "Ctrl+K" in lines[row + 1]
    manual.show_topic("index")
    contents = manual.browser.toPlainText()
    assert "Alles doorzoeken (Ctrl+K)" in contents and "Het menu Bestand" in contents
    manual.close()
