"""The Bids page as a procurement officer uses it: bids per lot, search, sort, the late flag,
status actions, new and edit through the dialog, and Excel in and out."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialog, QMessageBox
from pytestqt.qtbot import QtBot

from ssb_desktop.db.database import Database
from ssb_desktop.db.tables import Bid
from ssb_desktop.records import BidRecord, BidStatus, Role
from ssb_desktop.services.bids import get_bid, list_bids, save_bid, set_bid_status
from ssb_desktop.services.demo import build_demo
from ssb_desktop.settings import Settings
from ssb_desktop.views import bid_exchange, bids_page, organisation_exchange
from ssb_desktop.views.bid_dialog import BidDialog
from ssb_desktop.views.bids_page import BidsPage
from ssb_desktop.views.import_dialog import ImportDialog
from tests.gui.conftest import Boxes

Button = QMessageBox.StandardButton
LOT, CODE, BIDDER, COUNT, PARTNERS, RECEIVED, LATE, PER_YEAR, TOTAL, STATUS, REASON = range(11)


@pytest.fixture
def page(qtbot: QtBot, db: Database, tmp_path: Path) -> BidsPage:
    with db.transaction() as session:
        build_demo(session)
    widget = BidsPage(db, Settings(tmp_path / "s.ini"))
    qtbot.addWidget(widget)
    widget.resize(1300, 600)
    widget.reload()
    return widget


def _cells(page: BidsPage, column: int) -> list[str]:
    model = page.model
    return [model.index(row, column).data() for row in range(model.rowCount())]


def _select(page: BidsPage, lot: str, code: str) -> BidRecord:
    for row in range(page.model.rowCount()):
        record = page.model.row_at(page.model.index(row, 0))
        if record.lot_label == lot and record.code == code:
            page.table.setCurrentIndex(page.model.index(row, 0))
            return record
    raise AssertionError(f"no bid {lot} {code} shown")


def _stored(db: Database, bid_id: int | None) -> BidRecord:
    assert bid_id is not None
    with db.transaction() as session:
        return get_bid(session, bid_id)


def test_every_bid_is_listed_and_the_lot_selector_narrows_the_list(page: BidsPage) -> None:
    assert page.model.rowCount() == 8
    assert page.count_label.text() == "8 bids"
    assert page.lot_filter.itemText(0) == "All lots"
    assert page.lot_filter.itemText(2) == "SSB-2019/2 — Samen Meedoen"

    page.lot_filter.setCurrentIndex(2)

    assert _cells(page, LOT) == ["SSB-2019/2"] * 3
    assert page.count_label.text() == "3 bids on lot SSB-2019/2"
    consortium = _cells(page, COUNT).index("2")
    assert _cells(page, PARTNERS)[consortium] != ""
    tooltip = page.model.index(consortium, BIDDER).data(Qt.ItemDataRole.ToolTipRole)
    assert tooltip.startswith("Lead: ") and "\nMember: " in tooltip
    assert _cells(page, RECEIVED)[0] == "30-09-2019 16:00"
    assert _cells(page, TOTAL)[0].startswith("€ ")
    assert set(_cells(page, STATUS)) == {"Valid"}


def test_search_and_sort_work_on_what_is_shown(page: BidsPage) -> None:
    page.search.setText("jeugdhaven")
    page.search.flush()
    assert _cells(page, BIDDER) == ["Stichting Jeugdhaven"]

    page.search.setText("")
    page.search.flush()
    page.table.sortByColumn(TOTAL, Qt.SortOrder.DescendingOrder)
    totals = [page.model.row_at(page.model.index(r, 0)).price_total or 0 for r in range(8)]
    assert totals == sorted(totals, reverse=True)


def test_the_search_finds_a_status_by_its_name_on_screen_and_a_lot_by_its_label(
    page: BidsPage, db: Database
) -> None:
    record = _select(page, "SSB-2019/3", "C")
    assert record.id is not None
    with db.transaction() as session:
        set_bid_status(session, record.id, BidStatus.INCOMPLETE, "", record.version)
    page.reload()

    page.search.setText("incompl")
    page.search.flush()
    assert [(r, c) for r, c in zip(_cells(page, LOT), _cells(page, CODE), strict=True)] == [
        ("SSB-2019/3", "C")
    ]
    page.search.setText("2019/2")
    page.search.flush()
    assert _cells(page, LOT) == ["SSB-2019/2"] * 3
    assert page.count_label.text() == "3 bids"


def test_a_long_list_of_bids_is_counted_in_the_database_and_read_a_page_at_a_time(
    page: BidsPage, db: Database, qtbot: QtBot
) -> None:
    last = page.model.record(page.model.rowCount() - 1)
    assert last is not None
    lot_id = last.lot_id  # the bids come at the end of the list
    with db.transaction() as session:
        session.add_all(
            Bid(
                lot_id=lot_id,
                code=f"Z{number:03d}",
                received_at=datetime(2019, 9, 1, 12, 0, tzinfo=UTC),
            )
            for number in range(1, 401)
        )
    with qtbot.waitExposed(page):
        page.show()
    page.reload()

    assert page.count_label.text() == "408 bids"
    assert page.model.cached_row_count() <= 200  # never the whole list
    page.table.setFocus()
    QTest.keyClick(page.table, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    assert page.current_record().code == "Z400"  # type: ignore[union-attr]
    assert page.model.cached_row_count() <= 300
    page.table.sortByColumn(CODE, Qt.SortOrder.DescendingOrder)
    assert page.model.index(0, CODE).data() == "Z400"


def test_a_late_bid_is_flagged_in_words_with_its_reason_as_tooltip(
    page: BidsPage, db: Database
) -> None:
    record = _select(page, "SSB-2019/1", "B")
    with db.transaction() as session:
        save_bid(
            session,
            replace(
                _stored(db, record.id),
                received_at=datetime(2019, 10, 1, 10, 5, tzinfo=UTC),
                late_reason="Storing bij TenderNed",
            ),
        )
    page.reload()

    row = _cells(page, CODE).index("B")
    assert _cells(page, LATE)[row] == "Late"
    assert _cells(page, LATE).count("Late") == 1
    assert "Storing bij TenderNed" in page.model.index(row, LATE).data(Qt.ItemDataRole.ToolTipRole)


def test_status_actions_mark_valid_incomplete_excluded_with_a_reason_and_withdrawn(
    page: BidsPage, db: Database, boxes: Boxes, monkeypatch: pytest.MonkeyPatch
) -> None:
    record = _select(page, "SSB-2019/3", "C")
    assert not page.valid_action.isEnabled()  # already valid

    page.incomplete_action.trigger()
    assert _stored(db, record.id).status is BidStatus.INCOMPLETE
    assert page.current_record() is not None
    assert page.current_record().id == record.id  # type: ignore[union-attr]

    monkeypatch.setattr(bids_page, "ask_reason", lambda *_args: None)
    page.exclude_action.trigger()
    assert _stored(db, record.id).status is BidStatus.INCOMPLETE

    monkeypatch.setattr(bids_page, "ask_reason", lambda *_args: "")
    page.exclude_action.trigger()
    assert "Give the reason why the bid is excluded" in boxes.texts[-1]

    monkeypatch.setattr(bids_page, "ask_reason", lambda *_args: "Geen KvK-uittreksel")
    page.exclude_action.trigger()
    stored = _stored(db, record.id)
    assert (stored.status, stored.status_reason) == (BidStatus.EXCLUDED, "Geen KvK-uittreksel")
    row = _cells(page, CODE).index("C", 5)
    assert _cells(page, STATUS)[row] == "Excluded"
    assert _cells(page, REASON)[row] == "Geen KvK-uittreksel"

    boxes.answer = Button.No
    page.withdraw_action.trigger()
    assert "withdrawn by the bidder" in boxes.texts[-1]
    assert _stored(db, record.id).status is BidStatus.EXCLUDED
    boxes.answer = Button.Yes
    page.withdraw_action.trigger()
    assert _stored(db, record.id).status is BidStatus.WITHDRAWN

    page.valid_action.trigger()
    assert _stored(db, record.id).status is BidStatus.VALID


def test_new_opens_the_dialog_on_the_chosen_lot_and_shows_the_saved_bid(
    page: BidsPage, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: list[BidDialog] = []

    def fake_exec(dialog: QDialog) -> bool:
        assert isinstance(dialog, BidDialog)
        seen.append(dialog)
        other = _stored(db, page.model.row_at(page.model.index(0, 0)).id)
        dialog.saved = other
        return True

    monkeypatch.setattr(bids_page, "exec_dialog", fake_exec)
    page.lot_filter.setCurrentIndex(3)
    page.new_action.trigger()

    assert seen[0].current_lot() is not None
    assert seen[0].current_lot().label == "SSB-2019/3"  # type: ignore[union-attr]
    assert seen[0].windowTitle() == "New bid"


def test_enter_on_the_list_edits_the_current_bid(
    page: BidsPage, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[BidRecord] = []

    def fake_exec(dialog: QDialog) -> bool:
        assert isinstance(dialog, BidDialog)
        opened.append(dialog.current_record())
        return False

    monkeypatch.setattr(bids_page, "exec_dialog", fake_exec)
    with qtbot.waitActive(page):
        page.show()
        page.activateWindow()
    record = _select(page, "SSB-2019/2", "B")
    page.table.setFocus()

    QTest.keyClick(page.table, Qt.Key.Key_Return)

    assert [r.id for r in opened] == [record.id]
    assert opened[0].members == record.members


def test_a_read_only_user_sees_the_bids_but_cannot_change_them(
    qtbot: QtBot, db: Database, tmp_path: Path, act_as: Callable[..., None]
) -> None:
    with db.transaction() as session:
        build_demo(session)
    act_as(db, "lezer", Role.READ_ONLY)
    page = BidsPage(db, Settings(tmp_path / "s.ini"))
    qtbot.addWidget(page)
    page.reload()
    _select(page, "SSB-2019/1", "A")

    assert page.model.rowCount() == 8
    for action in (
        page.new_action,
        page.edit_action,
        page.incomplete_action,
        page.exclude_action,
        page.import_action,
    ):
        assert not action.isEnabled(), action.text()
    assert page.export_action.isEnabled()


def test_export_writes_the_bids_as_shown_and_import_reads_them_back_unchanged(
    page: BidsPage, db: Database, boxes: Boxes, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    target = tmp_path / "bids.xlsx"
    monkeypatch.setattr(organisation_exchange, "choose_save_path", lambda *_args: target)
    page.lot_filter.setCurrentIndex(2)
    page.table.sortByColumn(CODE, Qt.SortOrder.DescendingOrder)

    page.export_action.trigger()

    rows = list(openpyxl.load_workbook(target).worksheets[0].iter_rows(values_only=True))
    assert [row[3] for row in rows[1:]] == ["C", "B", "A"]
    assert "3 bids written to" in boxes.texts[-1]

    previews: list[str] = []

    def fake_exec(dialog: QDialog) -> int:
        assert isinstance(dialog, ImportDialog)
        previews.append(dialog.summary_label.text())
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(organisation_exchange, "choose_open_path", lambda *_args: target)
    monkeypatch.setattr(organisation_exchange, "exec_dialog", fake_exec)
    page.import_action.trigger()

    assert previews == [
        "0 new, 0 changed, 3 unchanged; 0 warnings, 0 problems. There is nothing to change."
    ]


def test_an_import_naming_an_unknown_organisation_asks_to_add_it(
    page: BidsPage, db: Database, boxes: Boxes, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    target = tmp_path / "bids.xlsx"
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["Perceel", "Penvoerder", "Ontvangen", "Prijs totaal"])
    sheet.append(["SSB-2019/1", "Stichting Nieuwkomer", "30-09-2019 10:00", "2.000.000"])
    book.save(target)
    monkeypatch.setattr(organisation_exchange, "choose_open_path", lambda *_args: target)
    monkeypatch.setattr(
        organisation_exchange, "exec_dialog", lambda _dialog: QDialog.DialogCode.Accepted
    )

    boxes.answer = Button.Yes
    page.import_action.trigger()

    assert "• Stichting Nieuwkomer" in boxes.texts[0]
    assert "Imported: 1 new and 0 changed bids" in boxes.texts[-1]
    with db.transaction() as session:
        lot_one = [b for b in list_bids(session) if b.lot_label == "SSB-2019/1"]
    assert [b.lead_name for b in lot_one][-1] == "Stichting Nieuwkomer"
    assert _cells(page, BIDDER).count("Stichting Nieuwkomer") == 1


def test_criteria_of_the_chosen_lots_go_to_excel_and_come_back_unchanged(
    page: BidsPage, boxes: Boxes, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    target = tmp_path / "criteria.xlsx"
    monkeypatch.setattr(organisation_exchange, "choose_save_path", lambda *_args: target)
    monkeypatch.setattr(organisation_exchange, "choose_open_path", lambda *_args: target)
    lots = list(page._lots.values())

    bid_exchange.run_criteria_export(page, lots)

    assert "16 criteria written to" in boxes.texts[-1]
    assert openpyxl.load_workbook(target).sheetnames[:3] == [
        "SSB-2019-1",
        "SSB-2019-2",
        "SSB-2019-3",
    ]
    previews: list[str] = []

    def fake_exec(dialog: QDialog) -> int:
        assert isinstance(dialog, ImportDialog)
        previews.append(dialog.summary_label.text())
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(organisation_exchange, "exec_dialog", fake_exec)
    bid_exchange.run_criteria_import(page, lots[1])

    assert previews == [
        "0 new, 0 changed, 4 unchanged; 0 warnings, 0 problems. There is nothing to change."
    ]
