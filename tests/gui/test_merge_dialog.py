"""The merge dialog: choosing which of two duplicates to keep, confirming, and merging."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialog, QMessageBox, QTableWidgetItem
from pytestqt.qtbot import QtBot

from ssb_desktop.db.database import Database
from ssb_desktop.records import ContactRecord, OrganisationRecord
from ssb_desktop.services.organisations import get_organisation, save_organisation
from ssb_desktop.views.merge_dialog import MergeDialog
from tests.gui.conftest import Boxes
from tests.gui.screen_fit import cut_texts

Button = QMessageBox.StandardButton


def _save(db: Database, record: OrganisationRecord) -> OrganisationRecord:
    with db.transaction() as session:
        return save_organisation(session, record)


@pytest.fixture
def pair(db: Database) -> tuple[OrganisationRecord, OrganisationRecord]:
    duplicate = _save(
        db,
        OrganisationRecord(
            id=None, name="St. Jeugdhaven", city="Leiden", contacts=(ContactRecord("J. Meijer"),)
        ),
    )
    original = _save(
        db, OrganisationRecord(id=None, name="Stichting Jeugdhaven", kvk="22222222", city="Leiden")
    )
    return duplicate, original


@pytest.fixture
def dialog(
    qtbot: QtBot, db: Database, pair: tuple[OrganisationRecord, OrganisationRecord]
) -> MergeDialog:
    widget = MergeDialog(db, *pair)
    qtbot.addWidget(widget)
    return widget


def test_the_choices_show_name_kvk_and_city_and_the_one_with_a_kvk_is_proposed(
    dialog: MergeDialog,
) -> None:
    texts = [button.text() for button in dialog.radio_buttons]

    assert texts == [
        "St. Jeugdhaven (no KvK, Leiden)",
        "Stichting Jeugdhaven (KvK 22222222, Leiden)",
    ]
    assert dialog.radio_buttons[1].isChecked()
    assert dialog.outcome.text() == (
        "St. Jeugdhaven will be archived; Stichting Jeugdhaven stays and becomes its successor."
    )
    assert "references" not in dialog.outcome.text()


def test_choosing_the_other_one_changes_what_will_be_archived(dialog: MergeDialog) -> None:
    dialog.radio_buttons[0].click()

    assert dialog.outcome.text().startswith("Stichting Jeugdhaven will be archived")


def test_merging_after_confirming_archives_the_duplicate_with_the_kept_one_as_successor(
    qtbot: QtBot,
    dialog: MergeDialog,
    db: Database,
    boxes: Boxes,
    pair: tuple[OrganisationRecord, OrganisationRecord],
) -> None:
    duplicate, original = pair
    assert duplicate.id is not None and original.id is not None

    QTest.mouseClick(dialog.merge_button, Qt.MouseButton.LeftButton)

    assert boxes.texts == [
        "Merge St. Jeugdhaven into Stichting Jeugdhaven? References move to Stichting "
        "Jeugdhaven and St. Jeugdhaven is archived. This cannot be undone."
    ]
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.merged is not None and dialog.merged.id == original.id
    assert [c.name for c in dialog.merged.contacts] == ["J. Meijer"]
    with db.transaction() as session:
        folded = get_organisation(session, duplicate.id)
    assert folded.archived and folded.successor_name == "Stichting Jeugdhaven"


def test_declining_the_confirmation_changes_nothing(
    qtbot: QtBot,
    dialog: MergeDialog,
    db: Database,
    boxes: Boxes,
    pair: tuple[OrganisationRecord, OrganisationRecord],
) -> None:
    boxes.answer = Button.No

    QTest.mouseClick(dialog.merge_button, Qt.MouseButton.LeftButton)

    assert dialog.merged is None and dialog.result() != QDialog.DialogCode.Accepted
    with db.transaction() as session:
        assert pair[0].id is not None
        assert not get_organisation(session, pair[0].id).archived


def test_two_organisations_with_different_kvk_numbers_are_refused_with_a_message(
    qtbot: QtBot, db: Database, boxes: Boxes
) -> None:
    first = _save(db, OrganisationRecord(id=None, name="Een", kvk="11111111"))
    second = _save(db, OrganisationRecord(id=None, name="Twee", kvk="22222222"))
    dialog = MergeDialog(db, first, second)
    qtbot.addWidget(dialog)

    QTest.mouseClick(dialog.merge_button, Qt.MouseButton.LeftButton)

    assert "different KvK numbers" in boxes.texts[-1]
    assert dialog.merged is None


def _text(item: QTableWidgetItem | None) -> str:
    assert item is not None
    return item.text()


def test_the_two_records_are_compared_field_by_field_with_what_is_kept(
    dialog: MergeDialog,
) -> None:
    table = dialog.comparison
    headers = [_text(table.horizontalHeaderItem(c)) for c in range(table.columnCount())]
    rows = {
        _text(table.item(row, 0)): [_text(table.item(row, c)) for c in range(1, 5)]
        for row in range(table.rowCount())
    }

    assert headers == [
        "Field",
        "St. Jeugdhaven\n(no KvK)",
        "Stichting Jeugdhaven\n(KvK 22222222)",
        "Differs",
        "After merging",
    ]
    assert rows["Name"] == [
        "St. Jeugdhaven",
        "Stichting Jeugdhaven",
        "differs",
        "Stichting Jeugdhaven",
    ]
    assert rows["KvK number"] == ["", "22222222", "differs", "22222222"]
    assert rows["City"] == ["Leiden", "Leiden", "", "Leiden"]
    # The kept one has no contact person: the duplicate's is joined.
    assert rows["Contact persons"] == ["J. Meijer", "", "differs", "J. Meijer"]
    assert dialog.differing_fields() == ["Name", "KvK number", "Contact persons"]


def test_keeping_the_other_one_changes_the_values_after_merging(dialog: MergeDialog) -> None:
    dialog.radio_buttons[0].click()

    table = dialog.comparison
    after = {
        _text(table.item(row, 0)): _text(table.item(row, 4)) for row in range(table.rowCount())
    }
    assert after["Name"] == "St. Jeugdhaven"
    assert after["KvK number"] == "22222222"  # filled in: the kept one has none


def test_both_names_with_their_kvk_numbers_show_whole_in_the_comparison(
    dialog: MergeDialog,
) -> None:
    """Two namesakes are told apart by their KvK numbers: the headers are not cut."""
    dialog.show()

    assert [p for p in cut_texts(dialog.comparison) if ": header " in p] == []
