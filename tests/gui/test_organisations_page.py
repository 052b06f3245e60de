"""The Organisations page as a user sees it: list, search, filters, sorting, actions, details."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialog, QMessageBox
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from ssb_desktop.db.database import Database
from ssb_desktop.db.tables import Bid, BidMember, Lot, Organisation, Procurement
from ssb_desktop.errors import N_, DatabaseError
from ssb_desktop.records import (
    ContactRecord,
    OrganisationKind,
    OrganisationRecord,
    ProcedureType,
    Role,
)
from ssb_desktop.services.organisations import get_organisation, save_organisation
from ssb_desktop.services.reference import list_districts
from ssb_desktop.settings import Settings
from ssb_desktop.views import organisations_page
from ssb_desktop.views.merge_dialog import MergeDialog
from ssb_desktop.views.organisation_dialog import OrganisationDialog
from ssb_desktop.views.organisations_page import OrganisationsPage
from tests.gui.conftest import Boxes

Button = QMessageBox.StandardButton
NAME, KIND, KVK, CITY, DISTRICTS, CONTACT, EMAIL, IBAN, ARCHIVED = range(9)


def _save(db: Database, name: str, **fields: object) -> OrganisationRecord:
    with db.transaction() as session:
        return save_organisation(
            session,
            replace(OrganisationRecord(id=None, name=name), **fields),  # type: ignore[arg-type]
        )


def _bid_for(db: Database, organisation_id: int, reference: str = "T-1") -> None:
    with db.transaction() as session:
        procurement = Procurement(
            reference=reference, title="Test", procedure_type=ProcedureType.LIGHT_REGIME
        )
        lot = Lot(number=1, title="Opgroeien")
        procurement.lots.append(lot)
        session.add(procurement)
        session.flush()
        session.add(
            Bid(
                lot_id=lot.id,
                code="A",
                received_at=datetime(2020, 1, 15, 10, tzinfo=UTC),
                price_total=Decimal("125000.50"),
                members=[BidMember(organisation_id=organisation_id)],
            )
        )


@pytest.fixture
def demo(db: Database) -> dict[str, OrganisationRecord]:
    """A small register like the demo: professionals, volunteers, one archived."""
    with db.transaction() as session:
        districts = {d.name: d.id for d in list_districts(session)}
    return {
        "jeugd": _save(
            db,
            "Stichting Jeugdhaven",
            kind=OrganisationKind.PROFESSIONAL,
            kvk="22222222",
            city="Leiden",
            district_ids=(districts["Morsdistrict"], districts["Binnenstad-Zuid"]),
            contacts=(ContactRecord(name="F. Öztürk"), ContactRecord(name="J. Meijer")),
        ),
        "kledingbank": _save(
            db,
            "Buurtvereniging Kledingbank",
            kind=OrganisationKind.VOLUNTEER,
            city="Leiden",
            district_ids=(districts["Merenwijkdistrict"],),
        ),
        "welzijn": _save(
            db,
            "Welzijn Rijnland",
            kind=OrganisationKind.PROFESSIONAL,
            kvk="33333333",
            city="Oegstgeest",
        ),
        "oud": _save(db, "Oude Stichting", kind=OrganisationKind.OTHER, archived=True),
    }


@pytest.fixture
def page(qtbot: QtBot, db: Database, tmp_path: Path) -> OrganisationsPage:
    widget = OrganisationsPage(db, Settings(tmp_path / "s.ini"))
    qtbot.addWidget(widget)
    widget.resize(1300, 700)
    return widget


def _column(page: OrganisationsPage, column: int = NAME) -> list[str]:
    model = page.model
    return [model.index(row, column).data() for row in range(model.rowCount())]


def _select(page: OrganisationsPage, *names: str) -> None:
    rows = _column(page)
    selection = page.table.selectionModel()
    selection.clearSelection()
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    for name in names:
        index = page.model.index(rows.index(name), 0)
        selection.setCurrentIndex(index, flags)


def _answer_dialogs(
    monkeypatch: pytest.MonkeyPatch, fill: Callable[[QDialog], None]
) -> list[QDialog]:
    """Replace the modal dialogs of the page with ``fill``, which acts as the user."""
    shown: list[QDialog] = []

    def fake_exec(dialog: QDialog) -> bool:
        shown.append(dialog)
        fill(dialog)
        return dialog.result() == QDialog.DialogCode.Accepted

    monkeypatch.setattr(organisations_page, "exec_dialog", fake_exec)
    return shown


def test_the_list_shows_each_active_organisation_with_kind_districts_and_first_contact(
    page: OrganisationsPage, demo: dict[str, OrganisationRecord], qtmodeltester: ModelTester
) -> None:
    page.reload()

    assert _column(page) == [
        "Buurtvereniging Kledingbank",
        "Stichting Jeugdhaven",
        "Welzijn Rijnland",
    ]
    jeugd = _column(page).index("Stichting Jeugdhaven")
    row = [page.model.index(jeugd, column).data() for column in range(page.model.columnCount())]
    assert row[KIND] == "Professional"
    assert row[DISTRICTS] == "Binnenstad-Zuid, Morsdistrict"
    assert row[CONTACT] == "F. Öztürk"
    assert row[ARCHIVED] == "No"
    assert page.count_label.text() == "3 of 4 organisations"
    qtmodeltester.check(page.model)  # type: ignore[no-untyped-call]
    page.show_archived.setChecked(True)
    page.table.sortByColumn(DISTRICTS, Qt.SortOrder.DescendingOrder)
    qtmodeltester.check(page.model)  # type: ignore[no-untyped-call]


def test_typing_in_the_search_box_filters_on_any_column(
    page: OrganisationsPage, demo: dict[str, OrganisationRecord], qtbot: QtBot
) -> None:
    page.reload()

    QTest.keyClicks(page.search, "oztu")
    with qtbot.waitSignal(page.model.layoutChanged):
        page.search.flush()

    assert _column(page) == ["Stichting Jeugdhaven"]
    assert page.count_label.text() == "1 of 4 organisations"


def test_the_kind_and_district_filters_and_show_archived_narrow_or_widen_the_list(
    page: OrganisationsPage, demo: dict[str, OrganisationRecord]
) -> None:
    page.reload()

    page.kind_filter.setCurrentIndex(page.kind_filter.findData("professional"))
    assert _column(page) == ["Stichting Jeugdhaven", "Welzijn Rijnland"]
    page.kind_filter.setCurrentIndex(page.kind_filter.findData("other"))
    assert _column(page) == []
    page.show_archived.setChecked(True)
    assert _column(page) == ["Oude Stichting"]
    assert _column(page, ARCHIVED) == ["Yes"]
    page.kind_filter.setCurrentIndex(0)
    page.district_filter.setCurrentIndex(page.district_filter.findText("Merenwijkdistrict"))
    assert _column(page) == ["Buurtvereniging Kledingbank"]


def test_clicking_the_name_header_sorts_aa_before_bb_and_back(
    page: OrganisationsPage, db: Database, qtbot: QtBot
) -> None:
    _save(db, "bb vereniging")
    _save(db, "Aa Stichting")
    _save(db, "Ää Stichting met accent")
    with qtbot.waitExposed(page):
        page.show()
    page.reload()
    header = page.table.horizontalHeader()
    middle = header.sectionViewportPosition(NAME) + header.sectionSize(NAME) // 2
    click = header.rect().center()
    click.setX(middle)

    QTest.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=click)
    assert _column(page) == ["bb vereniging", "Ää Stichting met accent", "Aa Stichting"]
    QTest.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=click)
    assert _column(page) == ["Aa Stichting", "Ää Stichting met accent", "bb vereniging"]


def test_archiving_hides_the_row_unless_archived_ones_are_shown_and_restore_brings_it_back(
    page: OrganisationsPage, demo: dict[str, OrganisationRecord], qtbot: QtBot
) -> None:
    page.reload()
    _select(page, "Welzijn Rijnland")
    assert page.archive_action.text() == "&Archive"

    with qtbot.waitSignal(page.data_changed):
        page.archive_action.trigger()

    assert "Welzijn Rijnland" not in _column(page)
    page.show_archived.setChecked(True)
    row = _column(page).index("Welzijn Rijnland")
    assert page.model.index(row, ARCHIVED).data() == "Yes"
    _select(page, "Welzijn Rijnland")
    assert page.archive_action.text() == "&Restore"
    with qtbot.waitSignal(page.data_changed):
        page.archive_action.trigger()
    assert page.model.index(_column(page).index("Welzijn Rijnland"), ARCHIVED).data() == "No"
    assert page.current_id() == demo["welzijn"].id


def test_deleting_asks_first_and_then_removes_an_unreferenced_organisation(
    page: OrganisationsPage, demo: dict[str, OrganisationRecord], boxes: Boxes
) -> None:
    page.reload()
    _select(page, "Welzijn Rijnland")
    assert page.delete_action.isEnabled()

    boxes.answer = Button.No
    page.delete_action.trigger()
    assert "Welzijn Rijnland" in _column(page)

    boxes.answer = Button.Yes
    page.delete_action.trigger()
    assert "Welzijn Rijnland" not in _column(page)
    assert boxes.texts == ["Delete Welzijn Rijnland? This cannot be undone."] * 2


def test_deleting_an_organisation_that_got_a_bid_meanwhile_is_refused_with_a_message(
    page: OrganisationsPage, demo: dict[str, OrganisationRecord], db: Database, boxes: Boxes
) -> None:
    page.reload()
    _select(page, "Welzijn Rijnland")
    assert page.delete_action.isEnabled()
    bidder = demo["welzijn"].id
    assert bidder is not None
    _bid_for(db, bidder)

    page.delete_action.trigger()

    assert "Archive it instead" in boxes.texts[-1]
    assert "Welzijn Rijnland" in _column(page)
    assert page.current_id() == bidder
    assert not page.delete_action.isEnabled()
    assert "archive it instead" in page.delete_action.toolTip()


def test_the_detail_panel_shows_fields_contacts_and_what_the_organisation_is_involved_in(
    page: OrganisationsPage, demo: dict[str, OrganisationRecord], db: Database
) -> None:
    bidder = demo["jeugd"].id
    assert bidder is not None
    _bid_for(db, bidder, "SSB-2019")
    page.reload()

    _select(page, "Stichting Jeugdhaven")

    detail = page.detail
    assert detail.heading.text() == "Stichting Jeugdhaven"
    assert detail.values["kvk"].text() == "22222222"
    assert detail.values["contacts"].text() == "F. Öztürk\nJ. Meijer"
    involvement = detail.involvement_model
    # Role and status are translated labels, not the stored values "lead" and "received".
    assert [involvement.index(0, column).data() for column in range(6)] == [
        "Bid",
        "SSB-2019/1 A: Opgroeien",
        "Lead",
        "Received",
        "15-01-2020",
        "€ 125.000,50",
    ]
    assert not page.delete_action.isEnabled()
    _select(page, "Welzijn Rijnland")
    assert involvement.rowCount() == 0
    assert page.detail.no_involvement.isVisibleTo(page.detail)


@pytest.mark.parametrize("width", [1100, 1800])
def test_the_involvement_description_shows_whole_without_scrolling_sideways(
    page: OrganisationsPage,
    demo: dict[str, OrganisationRecord],
    db: Database,
    qtbot: QtBot,
    width: int,
) -> None:
    bidder = demo["jeugd"].id
    assert bidder is not None
    _bid_for(db, bidder, "SSB-2019")
    page.resize(width, 700)
    with qtbot.waitExposed(page):
        page.show()
    page.reload()

    _select(page, "Stichting Jeugdhaven")

    view = page.detail.involvement_view
    description = view.model().index(0, 1).data()
    assert description == "SSB-2019/1 A: Opgroeien"
    # Beside the details on a wide window, below them on a narrow one; never squeezed.
    assert page.detail.side_by_side() is (width == 1800)
    qtbot.waitUntil(lambda: view.viewport().width() > 0)
    assert view.columnWidth(1) >= view.fontMetrics().horizontalAdvance(description)
    assert view.horizontalScrollBar().maximum() == 0


def test_the_detail_panel_names_the_successor_of_a_merged_organisation(
    page: OrganisationsPage,
    demo: dict[str, OrganisationRecord],
    boxes: Boxes,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def merge_keeping_jeugdhaven(dialog: QDialog) -> None:
        assert isinstance(dialog, MergeDialog)
        keep = [r.name for r in dialog.records].index("Stichting Jeugdhaven")
        dialog.radio_buttons[keep].setChecked(True)
        dialog.merge()

    _answer_dialogs(monkeypatch, merge_keeping_jeugdhaven)
    page.reload()
    _select(page, "Stichting Jeugdhaven", "Buurtvereniging Kledingbank")
    assert page.merge_action.isEnabled()

    page.merge_action.trigger()

    assert _column(page) == ["Stichting Jeugdhaven", "Welzijn Rijnland"]
    assert page.current_id() == demo["jeugd"].id
    assert "Merenwijkdistrict" in page.detail.values["districts"].text()
    page.show_archived.setChecked(True)
    _select(page, "Buurtvereniging Kledingbank")
    assert page.detail.status.text() == "Archived. Succeeded by Stichting Jeugdhaven."


def test_merge_is_offered_only_for_exactly_two_selected_organisations(
    page: OrganisationsPage, demo: dict[str, OrganisationRecord]
) -> None:
    page.reload()
    _select(page, "Welzijn Rijnland")
    assert not page.merge_action.isEnabled()
    _select(page, "Welzijn Rijnland", "Stichting Jeugdhaven")
    assert page.merge_action.isEnabled()
    _select(page, "Welzijn Rijnland", "Stichting Jeugdhaven", "Buurtvereniging Kledingbank")
    assert not page.merge_action.isEnabled()


def test_a_new_organisation_is_listed_and_selected_after_saving(
    page: OrganisationsPage, db: Database, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    def type_and_save(dialog: QDialog) -> None:
        assert isinstance(dialog, OrganisationDialog)
        dialog.edits["name"].setText("Stichting Nieuw")
        dialog.edits["city"].setText("Leiden")
        dialog.save()

    shown = _answer_dialogs(monkeypatch, type_and_save)
    page.reload()

    with qtbot.waitSignal(page.data_changed):
        page.new_action.trigger()

    assert len(shown) == 1
    assert _column(page) == ["Stichting Nieuw"]
    current = page.current_record()
    assert current is not None and current.city == "Leiden"


def test_editing_keeps_the_selection_on_the_same_organisation(
    page: OrganisationsPage,
    demo: dict[str, OrganisationRecord],
    db: Database,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def rename(dialog: QDialog) -> None:
        assert isinstance(dialog, OrganisationDialog)
        dialog.edits["name"].setText("Aaa Welzijn Rijnland")
        dialog.save()

    _answer_dialogs(monkeypatch, rename)
    page.reload()
    _select(page, "Welzijn Rijnland")

    page.edit_action.trigger()

    assert _column(page)[0] == "Aaa Welzijn Rijnland"
    assert page.current_id() == demo["welzijn"].id
    assert page.detail.heading.text() == "Aaa Welzijn Rijnland"


def test_enter_on_the_list_edits_and_ctrl_f_goes_to_the_search_box(
    page: OrganisationsPage,
    demo: dict[str, OrganisationRecord],
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    shown = _answer_dialogs(monkeypatch, lambda dialog: dialog.reject())
    with qtbot.waitActive(page):
        page.show()
        page.activateWindow()
    page.reload()
    _select(page, "Welzijn Rijnland")
    page.table.setFocus()

    QTest.keyClick(page.table, Qt.Key.Key_Return)
    assert len(shown) == 1
    QTest.keyClick(page.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert page.search.hasFocus()
    QTest.keyClick(page.search, Qt.Key.Key_Delete)
    assert "Welzijn Rijnland" in _column(page)


def test_export_writes_the_list_as_filtered_and_sorted_on_screen(
    page: OrganisationsPage, demo: dict[str, OrganisationRecord], monkeypatch: pytest.MonkeyPatch
) -> None:
    exported: list[list[str]] = []
    monkeypatch.setattr(
        organisations_page,
        "export_to_excel",
        lambda _page, records: exported.append([r.name for r in records]),
    )
    page.reload()
    page.kind_filter.setCurrentIndex(page.kind_filter.findData("professional"))
    page.table.sortByColumn(NAME, Qt.SortOrder.DescendingOrder)

    page.export_action.trigger()

    assert exported == [["Welzijn Rijnland", "Stichting Jeugdhaven"]]


def test_a_read_only_user_can_look_but_not_change(
    qtbot: QtBot,
    db: Database,
    tmp_path: Path,
    demo: dict[str, OrganisationRecord],
    act_as: Callable[..., None],
) -> None:
    act_as(db, "lezer", Role.READ_ONLY)
    page = OrganisationsPage(db, Settings(tmp_path / "s.ini"))
    qtbot.addWidget(page)
    page.reload()
    _select(page, "Welzijn Rijnland", "Stichting Jeugdhaven")

    assert page.detail.heading.text() == "Stichting Jeugdhaven"
    for action in (
        page.new_action,
        page.edit_action,
        page.archive_action,
        page.delete_action,
        page.merge_action,
        page.import_action,
    ):
        assert not action.isEnabled(), action.text()
    assert page.export_action.isEnabled()


def test_a_record_changed_by_someone_else_is_reloaded_when_archiving_fails(
    page: OrganisationsPage, demo: dict[str, OrganisationRecord], db: Database, boxes: Boxes
) -> None:
    page.reload()
    _select(page, "Welzijn Rijnland")
    with db.transaction() as session:
        welzijn = demo["welzijn"].id
        assert welzijn is not None
        save_organisation(session, replace(get_organisation(session, welzijn), city="Leiden"))

    page.archive_action.trigger()

    assert "Someone else changed" in boxes.texts[-1]
    assert page.model.index(_column(page).index("Welzijn Rijnland"), CITY).data() == "Leiden"


def test_a_long_register_is_read_a_page_at_a_time_and_jumps_to_its_end(
    page: OrganisationsPage, db: Database, qtbot: QtBot
) -> None:
    with db.transaction() as session:
        session.add_all(Organisation(name=f"Stichting {number:04d}") for number in range(1, 1201))
    with qtbot.waitExposed(page):
        page.show()
    page.reload()

    assert page.count_label.text() == "1200 of 1200 organisations"
    assert page.model.index(0, NAME).data() == "Stichting 0001"
    # Only what the view shows is held: never the whole register.
    assert page.model.cached_row_count() <= 200
    page.table.setFocus()
    QTest.keyClick(page.table, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    assert page.current_record() is not None
    assert page.current_record().name == "Stichting 1200"  # type: ignore[union-attr]
    assert page.model.cached_row_count() <= 400
    page.table.sortByColumn(NAME, Qt.SortOrder.DescendingOrder)
    assert page.model.index(0, NAME).data() == "Stichting 1200"
    QTest.keyClicks(page.search, "0999")
    page.search.flush()
    assert _column(page) == ["Stichting 0999"]


def test_sorting_by_a_column_the_database_cannot_order_keeps_the_order_shown(
    page: OrganisationsPage, demo: dict[str, OrganisationRecord]
) -> None:
    page.reload()
    before = _column(page)

    page.table.sortByColumn(DISTRICTS, Qt.SortOrder.DescendingOrder)

    assert _column(page) == before
    assert page.table.horizontalHeader().sortIndicatorSection() == NAME


def test_a_database_failure_while_the_rows_are_drawn_is_told_once(
    page: OrganisationsPage,
    demo: dict[str, OrganisationRecord],
    boxes: Boxes,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def unreachable(*_args: object, **_kwargs: object) -> list[OrganisationRecord]:
        raise DatabaseError(N_("Errors", "The database cannot be reached."))

    # The page's source (views/paged_source.py) reads the register through this service.
    monkeypatch.setattr(page.model._source, "_page", unreachable)
    with qtbot.waitExposed(page):
        page.show()
    page.reload()
    assert _column(page) == [None, None, None]

    qtbot.waitUntil(lambda: len(boxes.texts) == 1)
    assert boxes.texts == ["The database cannot be reached."]
