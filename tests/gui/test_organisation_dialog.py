"""The organisation form: problems appear next to their field while typing, saving stores."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialog, QMessageBox, QTableWidgetItem
from pytestqt.qtbot import QtBot

from ssb_desktop.db.database import Database
from ssb_desktop.records import ContactRecord, OrganisationKind, OrganisationRecord
from ssb_desktop.services.organisations import get_organisation, save_organisation
from ssb_desktop.views.organisation_dialog import OrganisationDialog
from tests.gui.conftest import Boxes

Button = QMessageBox.StandardButton


def _save(db: Database, record: OrganisationRecord) -> OrganisationRecord:
    with db.transaction() as session:
        return save_organisation(session, record)


def _dialog(
    qtbot: QtBot, db: Database, record: OrganisationRecord | None = None
) -> OrganisationDialog:
    dialog = OrganisationDialog(db, record)
    qtbot.addWidget(dialog)
    with qtbot.waitExposed(dialog):
        dialog.show()
    return dialog


def _cell(dialog: OrganisationDialog, row: int, column: int) -> QTableWidgetItem:
    item = dialog.contacts.item(row, column)
    assert item is not None
    return item


def _shown(dialog: OrganisationDialog, field: str) -> str:
    label = dialog.problem_labels[field]
    return label.text() if label.isVisible() else ""


def test_a_seven_digit_kvk_number_is_named_next_to_the_field_and_blocks_saving(
    qtbot: QtBot, db: Database
) -> None:
    dialog = _dialog(qtbot, db)
    QTest.keyClicks(dialog.edits["name"], "Stichting Jeugdhaven")
    assert dialog.ok_button.isEnabled()

    QTest.keyClicks(dialog.edits["kvk"], "1234567")

    qtbot.waitUntil(lambda: _shown(dialog, "kvk") != "")
    assert "exactly 8 digits" in _shown(dialog, "kvk")
    assert dialog.edits["kvk"].property("problem") is True
    assert "exactly 8 digits" in dialog.edits["kvk"].accessibleDescription()
    assert not dialog.ok_button.isEnabled()
    assert _shown(dialog, "name") == ""

    QTest.keyClicks(dialog.edits["kvk"], "8")

    assert _shown(dialog, "kvk") == ""
    assert dialog.edits["kvk"].property("problem") is False
    assert dialog.ok_button.isEnabled()


def test_a_problem_is_not_shown_while_the_user_is_still_typing(qtbot: QtBot, db: Database) -> None:
    dialog = _dialog(qtbot, db)
    QTest.keyClicks(dialog.edits["name"], "Stichting")

    QTest.keyClicks(dialog.edits["iban"], "NL91ABNA04171643")

    assert _shown(dialog, "iban") == ""
    assert not dialog.ok_button.isEnabled()
    dialog.edits["iban"].editingFinished.emit()
    assert "18 characters" in _shown(dialog, "iban")


def test_valid_input_is_saved_tidied_with_districts_and_contacts(
    qtbot: QtBot, db: Database
) -> None:
    dialog = _dialog(qtbot, db)
    QTest.keyClicks(dialog.edits["name"], "Stichting Jeugdhaven")
    dialog.kind.setCurrentIndex(dialog.kind.findData("professional"))
    QTest.keyClicks(dialog.edits["kvk"], "0123 4567")
    QTest.keyClicks(dialog.edits["iban"], "nl91 abna 0417 1643 00")
    QTest.keyClicks(dialog.edits["postcode"], "2312ab")
    QTest.keyClicks(dialog.edits["city"], "Leiden")
    dialog.districts.item(6).setCheckState(Qt.CheckState.Checked)
    QTest.mouseClick(dialog.add_contact_button, Qt.MouseButton.LeftButton)
    _cell(dialog, 0, 0).setText("F. Öztürk")
    _cell(dialog, 0, 1).setText("f@example.nl")

    QTest.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    assert dialog.result() == QDialog.DialogCode.Accepted
    saved = dialog.saved
    assert saved is not None and saved.id is not None
    assert (saved.kvk, saved.iban, saved.postcode) == ("01234567", "NL91ABNA0417164300", "2312 AB")
    with db.transaction() as session:
        stored = get_organisation(session, saved.id)
    assert stored.kind is OrganisationKind.PROFESSIONAL
    assert stored.district_names == ("Morsdistrict",)
    assert [(c.name, c.email) for c in stored.contacts] == [("F. Öztürk", "f@example.nl")]


def test_a_contact_person_without_a_name_is_named_under_the_contacts(
    qtbot: QtBot, db: Database
) -> None:
    dialog = _dialog(qtbot, db)
    QTest.keyClicks(dialog.edits["name"], "Stichting")
    QTest.mouseClick(dialog.add_contact_button, Qt.MouseButton.LeftButton)

    _cell(dialog, 0, 1).setText("info@example.nl")

    assert _shown(dialog, "contacts") == "Contact person 1: A contact person needs a name."
    assert not dialog.ok_button.isEnabled()
    QTest.mouseClick(dialog.remove_contact_button, Qt.MouseButton.LeftButton)
    assert dialog.contacts.rowCount() == 0
    assert dialog.ok_button.isEnabled()


def test_a_kvk_number_that_belongs_to_another_is_refused_next_to_the_field(
    qtbot: QtBot, db: Database
) -> None:
    _save(db, OrganisationRecord(id=None, name="Eerste", kvk="11111111"))
    dialog = _dialog(qtbot, db)
    QTest.keyClicks(dialog.edits["name"], "Tweede")
    QTest.keyClicks(dialog.edits["kvk"], "11111111")

    QTest.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    assert dialog.isVisible() and dialog.saved is None
    assert _shown(dialog, "kvk") == "KvK number 11111111 already belongs to Eerste."
    assert not dialog.ok_button.isEnabled()
    QTest.keyClicks(dialog.edits["kvk"], "\b2")
    assert _shown(dialog, "kvk") == ""
    assert dialog.ok_button.isEnabled()


def test_editing_shows_the_stored_values(qtbot: QtBot, db: Database) -> None:
    stored = _save(
        db,
        OrganisationRecord(
            id=None,
            name="Welzijn Rijnland",
            kind=OrganisationKind.VOLUNTEER,
            city="Oegstgeest",
            notes="Sinds 1998",
            contacts=(ContactRecord(name="J. Meijer", role="Coördinator"),),
        ),
    )

    dialog = _dialog(qtbot, db, stored)

    assert dialog.windowTitle() == "Edit organisation"
    assert dialog.edits["city"].text() == "Oegstgeest"
    assert dialog.kind.currentData() == "volunteer"
    assert dialog.notes.toPlainText() == "Sinds 1998"
    assert _cell(dialog, 0, 3).text() == "Coördinator"
    assert dialog.current_record().contacts == stored.contacts


def test_a_record_changed_by_someone_else_can_be_reloaded_into_the_form(
    qtbot: QtBot, db: Database, boxes: Boxes
) -> None:
    opened = _save(db, OrganisationRecord(id=None, name="Welzijn Rijnland", city="Leiden"))
    dialog = _dialog(qtbot, db, opened)
    _save(db, replace(opened, city="Oegstgeest"))
    dialog.edits["phone"].setText("071-1234567")

    QTest.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    assert "Someone else changed this record" in boxes.texts[-1]
    assert dialog.isVisible() and dialog.saved is None
    assert dialog.edits["city"].text() == "Oegstgeest"
    assert dialog.edits["phone"].text() == ""
    QTest.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.saved is not None and dialog.saved.city == "Oegstgeest"


def test_declining_to_reload_keeps_what_the_user_typed(
    qtbot: QtBot, db: Database, boxes: Boxes
) -> None:
    opened = _save(db, OrganisationRecord(id=None, name="Welzijn Rijnland"))
    dialog = _dialog(qtbot, db, opened)
    _save(db, replace(opened, city="Oegstgeest"))
    dialog.edits["phone"].setText("071-1234567")
    boxes.answer = Button.Cancel

    QTest.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    assert dialog.isVisible()
    assert dialog.edits["phone"].text() == "071-1234567"
