"""The Procurements page as a procurement officer uses it: procurements, lots, their settings."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QComboBox, QDialog, QLineEdit, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from ssb_desktop.db.database import Database
from ssb_desktop.db.tables import Lot
from ssb_desktop.models.criteria_tree_model import WEIGHT
from ssb_desktop.records import (
    AwardMethod,
    DropoutRule,
    LotRecord,
    PriceFormula,
    ProcedureType,
    ProcurementRecord,
    Role,
)
from ssb_desktop.services.criteria import (
    invalidate_scores,
    list_criteria,
    list_scales,
    save_criteria,
)
from ssb_desktop.services.demo import build_demo
from ssb_desktop.services.procurement import (
    find_lot,
    list_lots,
    list_procurements,
    save_procurement,
)
from ssb_desktop.settings import Settings
from ssb_desktop.views import criteria_editor, organisation_exchange, procurements_page
from ssb_desktop.views.import_dialog import ImportDialog
from ssb_desktop.views.lot_dialog import LotDialog
from ssb_desktop.views.procurement_dialog import ProcurementDialog
from ssb_desktop.views.procurements_page import ProcurementsPage
from ssb_desktop.views.scales_dialog import DESCRIPTOR, ScalesDialog
from tests.gui.conftest import Boxes

Button = QMessageBox.StandardButton
REFERENCE, TITLE, PROCEDURE, VALUE, PUBLICATION, DEADLINE, LOTS = range(7)
LOT_NUMBER, LOT_THEME, LOT_TITLE, LOT_BUDGET, LOT_TERM, LOT_EXTENSIONS, LOT_METHOD = range(7)
DESCRIPTORS = ("Geen antwoord", "Onvoldoende", "Matig", "Voldoende", "Goed", "Uitstekend")


@pytest.fixture
def page(qtbot: QtBot, db: Database, tmp_path: Path) -> ProcurementsPage:
    widget = ProcurementsPage(db, Settings(tmp_path / "s.ini"))
    qtbot.addWidget(widget)
    widget.resize(1100, 800)
    return widget


@pytest.fixture
def demo(db: Database) -> None:
    with db.transaction() as session:
        build_demo(session)


@pytest.fixture
def unscored(demo: None, db: Database) -> None:
    """The demo with the scores of lots 1 and 2 set aside, as an officer would, so that their
    criteria can change again: the demo scores both lots, which locks their criteria."""
    with db.transaction() as session:
        for lot in list_lots(session):
            if lot.number in (1, 2):
                assert invalidate_scores(session, lot.id or 0, "Criteria herzien") > 0


class Dialogs:
    """Stands in for the modal dialogs: each one is handed to the next ``fill`` in line."""

    def __init__(self, qtbot: QtBot) -> None:
        self.qtbot = qtbot
        self.fills: list[Callable[[QDialog], None]] = []
        self.shown: list[type[QDialog]] = []
        self.titles: list[str] = []

    def __call__(self, dialog: QDialog) -> bool:
        self.shown.append(type(dialog))
        self.titles.append(dialog.windowTitle())
        with self.qtbot.waitExposed(dialog):
            dialog.show()
        self.fills.pop(0)(dialog)
        return dialog.result() == QDialog.DialogCode.Accepted


@pytest.fixture
def dialogs(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> Dialogs:
    recorder = Dialogs(qtbot)
    monkeypatch.setattr(procurements_page, "exec_dialog", recorder)
    monkeypatch.setattr(criteria_editor, "exec_dialog", recorder)
    return recorder


def _type(edit: QLineEdit, text: str) -> None:
    """Replace the text of ``edit`` as a user does: select all, type, leave the field."""
    edit.setFocus()
    edit.selectAll()
    QTest.keyClick(edit, Qt.Key.Key_Backspace)
    if text.isascii():
        QTest.keyClicks(edit, text)
    else:
        # QTest types ASCII only; insert() edits like typing (textEdited is emitted).
        edit.insert(text)
    edit.editingFinished.emit()


def _choose(combo: QComboBox, text: str) -> None:
    index = combo.findText(text)
    assert index >= 0, f"{text!r} is not offered"
    combo.setCurrentIndex(index)


def _texts(model: QAbstractItemModel, rows: int, column: int) -> list[str]:
    return [str(model.index(row, column).data()) for row in range(rows)]


def _lot_number(page: ProcurementsPage) -> int | None:
    lot = page.current_lot()
    return None if lot is None else lot.number


# --- the demo procurement ---------------------------------------------------------------------


def test_the_page_lists_the_demo_procurement_with_its_lots_and_the_first_lots_criteria(
    page: ProcurementsPage, demo: None
) -> None:
    page.reload()

    model = page.model
    assert model.rowCount() == 1
    row = [str(model.index(0, column).data()) for column in range(model.columnCount())]
    assert row == [
        "SSB-2019",
        "Sterke Sociale Basis: drie kernopdrachten welzijn",
        "Light regime for social services",
        "€ 36.000.000,00",
        "08-07-2019",
        "01-10-2019 12:00",
        "3",
    ]
    assert page.lots_box.title() == "Lots of SSB-2019"
    assert _texts(page.lots_model, 3, LOT_THEME) == ["Opgroeien", "Samen Meedoen", "Basiskracht"]
    assert _texts(page.lots_model, 3, LOT_TERM) == ["24 months"] * 3
    assert _texts(page.lots_model, 3, LOT_EXTENSIONS) == [
        "1 x 24 maanden",
        "1 x 24 maanden",
        "2 x 12 maanden",
    ]
    assert _texts(page.lots_model, 3, LOT_METHOD)[2] == "Weighted points"
    assert page.editor.heading.text().startswith("Award criteria of lot SSB-2019/1")
    assert page.editor.model.rowCount() == 4
    assert page.editor.sums_label.text() == "Main criteria: 100 %"


def test_choosing_another_lot_shows_its_criteria_and_unsaved_changes_are_not_lost_silently(
    page: ProcurementsPage, unscored: None, boxes: Boxes
) -> None:
    page.reload()
    editor = page.editor
    _type(editor.weight_edit, "35")
    assert editor.is_dirty()
    boxes.answer = Button.Cancel  # Opslaan / Niet opslaan / Annuleren

    page.lots_table.setCurrentIndex(page.lots_model.index(1, 0))

    assert "not saved" in boxes.texts[-1]
    assert editor.lot is not None and editor.lot.number == 1
    assert _lot_number(page) == 1

    boxes.answer = Button.Discard
    page.lots_table.setCurrentIndex(page.lots_model.index(1, 0))

    assert editor.lot is not None and editor.lot.label == "SSB-2019/2"
    assert not editor.is_dirty()


# --- setting up a procurement from scratch ----------------------------------------------------


def _fill_procurement(dialog: QDialog) -> None:
    assert isinstance(dialog, ProcurementDialog)
    assert dialog.windowTitle() == "New procurement"
    _type(dialog.edits["reference"], "SSB-2019")
    _type(dialog.edits["title"], "Sterke Sociale Basis: drie kernopdrachten welzijn")
    _choose(dialog.procedure_type, "Light regime for social services")
    _type(dialog.edits["estimated_value"], "36.000.000")
    _type(dialog.edits["publication_date"], "8-7-2019")
    _type(dialog.edits["questions_deadline"], "30-08-2019")
    _type(dialog.edits["submission_deadline"], "01-10-2019")
    _type(dialog.edits["planned_award_date"], "20-01-2020")
    _type(dialog.edits["planned_contract_start"], "01-04-2020")
    assert dialog.edits["estimated_value"].text() == "€ 36.000.000,00"
    assert dialog.edits["publication_date"].text() == "08-07-2019"
    QTest.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)


def _lot_filler(
    theme: str, budget: str, method: str, *, points: str = ""
) -> Callable[[QDialog], None]:
    def fill(dialog: QDialog) -> None:
        assert isinstance(dialog, LotDialog)
        _choose(dialog.theme, theme)
        _type(dialog.title, f"Kernopdracht {theme}")
        dialog.description.setFocus()
        QTest.keyClicks(dialog.description, f"Welzijnswerk binnen het thema {theme}.")
        _type(dialog.budget, budget)
        _type(dialog.extensions, "1 x 2 jaar")
        assert dialog.extensions.text() == "1 x 24 maanden"
        assert "at most 4 years" in dialog.extensions_read.text()
        _choose(dialog.award_method, method)
        if points:
            _type(dialog.price_points, points)
        dialog.evaluators.setValue(3)
        QTest.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    return fill


def _fill_scale(dialog: QDialog) -> None:
    assert isinstance(dialog, ScalesDialog)
    dialog.new_button.click()
    _type(dialog.name, "0-2-4-6-8-10")
    dialog.fill_from.setValue(0)
    dialog.fill_to.setValue(10)
    _choose(dialog.fill_step, "2")
    dialog.fill_button.click()
    for row, descriptor in enumerate(DESCRIPTORS):
        item = dialog.values.item(row, DESCRIPTOR)
        assert item is not None
        item.setText(descriptor)
    dialog.save_button.click()
    assert dialog.status.text() == "Saved 0-2-4-6-8-10."
    dialog.reject()


def test_a_procurement_officer_sets_up_the_demo_procurement_and_its_three_lots_from_scratch(
    db: Database,
    qtbot: QtBot,
    tmp_path: Path,
    dialogs: Dialogs,
    boxes: Boxes,
    monkeypatch: pytest.MonkeyPatch,
    act_as: Callable[..., None],
) -> None:
    act_as(db, "inkoper", Role.PROCUREMENT_OFFICER)
    page = ProcurementsPage(db, Settings(tmp_path / "s.ini"))
    qtbot.addWidget(page)
    page.reload()
    assert page.model.rowCount() == 0
    assert not page.new_lot_action.isEnabled()

    dialogs.fills.append(_fill_procurement)
    page.new_action.trigger()

    assert page.model.index(0, REFERENCE).data() == "SSB-2019"
    assert page.no_lots.isVisibleTo(page)

    dialogs.fills += [
        _lot_filler("Opgroeien", "3.000.000", "Fixed price, quality only"),
        _lot_filler("Samen Meedoen", "2.500.000", "Fixed price, quality only"),
        _lot_filler("Basiskracht", "3.500.000", "Weighted points", points="20"),
    ]
    for _lot in range(3):
        page.new_lot_action.trigger()

    assert not dialogs.fills
    assert _texts(page.lots_model, 3, LOT_NUMBER) == ["1", "2", "3"]
    assert page.model.index(0, LOTS).data() == "3"
    assert _lot_number(page) == 3

    # The criteria of lot 1, typed in; lots 2 and 3 copy them.
    page.lots_table.setCurrentIndex(page.lots_model.index(0, 0))
    editor = page.editor
    dialogs.fills.append(_fill_scale)
    editor.scales_action.trigger()
    for code, title, weight in (
        ("K1", "Visie en aanpak", "40"),
        ("K2", "Samenwerking met vrijwilligers en partners", "30"),
        ("K3", "Kwaliteit, monitoring en verantwoording", "20"),
        ("K4", "Continuïteit en overgang", "10"),
    ):
        editor.add_main_action.trigger()
        assert editor.code_edit.text() == code
        _type(editor.title_edit, title)
        _type(editor.weight_edit, weight)
    editor.tree.setCurrentIndex(editor.criterion_index("K1"))
    _type(editor.knockout_edit, "4")
    assert editor.sums_label.text() == "Main criteria: 100 %"
    assert editor.problems() == []
    editor.save_action.trigger()
    assert editor.status_label.text() == "Saved."

    lots = {lot.number: lot for lot in _lots(db)}
    monkeypatch.setattr(criteria_editor, "choose_lot", lambda _parent, _lots: lots[1].id)
    for row in (1, 2):
        page.lots_table.setCurrentIndex(page.lots_model.index(row, 0))
        editor.copy_action.trigger()
        assert editor.model.rowCount() == 4

    with db.transaction() as session:
        (procurement,) = list_procurements(session)
        criteria = {lot.number: list_criteria(session, lot.id or 0) for lot in lots.values()}
    assert procurement.procedure_type is ProcedureType.LIGHT_REGIME
    assert procurement.estimated_value == Decimal("36000000.00")
    assert procurement.submission_deadline is not None
    assert procurement.submission_deadline.hour == 10  # 12:00 in Leiden, summer time
    assert [lots[n].theme_name for n in (1, 2, 3)] == ["Opgroeien", "Samen Meedoen", "Basiskracht"]
    assert [lots[n].budget for n in (1, 2, 3)] == [
        Decimal("3000000.00"),
        Decimal("2500000.00"),
        Decimal("3500000.00"),
    ]
    assert all(lot.extension_months == (24,) for lot in lots.values())
    assert lots[3].award_method is AwardMethod.WEIGHTED_POINTS
    assert lots[3].price_max_points == Decimal(20)
    assert lots[1].award_method is AwardMethod.FIXED_PRICE_QUALITY
    for number in (1, 2, 3):
        assert [c.code for c in criteria[number]] == ["K1", "K2", "K3", "K4"]
        assert sum(c.weight for c in criteria[number]) == 100
        assert criteria[number][0].knockout_minimum == 4
        assert criteria[number][0].scale_name == "0-2-4-6-8-10"


def _lots(db: Database) -> list[LotRecord]:
    with db.transaction() as session:
        return list_lots(session)


# --- the procurement dialog -------------------------------------------------------------------


def _procurement_dialog(qtbot: QtBot, db: Database) -> ProcurementDialog:
    dialog = ProcurementDialog(db)
    qtbot.addWidget(dialog)
    with qtbot.waitExposed(dialog):
        dialog.show()
    return dialog


def test_a_national_procedure_above_the_eu_threshold_is_warned_about_under_the_value(
    qtbot: QtBot, db: Database
) -> None:
    dialog = _procurement_dialog(qtbot, db)
    assert "including all options and extensions" in dialog.value_note.text()
    _type(dialog.edits["publication_date"], "01-03-2025")
    _choose(dialog.procedure_type, "National procedure")

    dialog.edits["estimated_value"].setFocus()
    QTest.keyClicks(dialog.edits["estimated_value"], "800.000")

    qtbot.waitUntil(lambda: "European procedure is required" in dialog.advice_label.text())
    assert "€ 750.000,00" in dialog.advice_label.text()
    assert "01-03-2025" in dialog.advice_label.text()
    assert dialog.advice_box.isVisible()
    assert [item.severity for item in dialog.advice] == ["warning"]

    _choose(dialog.procedure_type, "Light regime for social services")

    assert "required" not in dialog.advice_label.text()
    assert not any(item.severity == "warning" for item in dialog.advice)


def test_a_deadline_before_the_questions_deadline_is_named_next_to_the_field(
    qtbot: QtBot, db: Database
) -> None:
    dialog = _procurement_dialog(qtbot, db)
    _type(dialog.edits["reference"], "SSB-2027")
    _type(dialog.edits["title"], "Opvolger")
    _type(dialog.edits["questions_deadline"], "01-09-2026")
    _type(dialog.edits["submission_deadline"], "01-08-2026")
    _type(dialog.edits["planned_award_date"], "1 sept")

    label = dialog.problem_labels["submission_deadline"]
    assert label.isVisible() and "01-09-2026" in label.text()
    # A date that is no date is named by the date field itself, under the field.
    assert "dd-mm-yyyy" in dialog.dates["planned_award_date"].problem.text()
    assert dialog.edits["submission_deadline"].property("problem") is True

    dialog.ok_button.click()

    assert dialog.isVisible()
    with db.transaction() as session:
        assert list_procurements(session) == []


def test_a_reference_in_use_is_refused_at_the_reference_field(
    qtbot: QtBot, db: Database, demo: None
) -> None:
    dialog = _procurement_dialog(qtbot, db)
    _type(dialog.edits["reference"], "ssb-2019")
    _type(dialog.edits["title"], "Dubbel")

    dialog.ok_button.click()

    assert dialog.isVisible()
    assert "already exists" in dialog.problem_labels["reference"].text()
    assert dialog.edits["reference"].hasFocus()


# --- the lot dialog ---------------------------------------------------------------------------


@pytest.fixture
def procurement(db: Database) -> ProcurementRecord:
    with db.transaction() as session:
        return save_procurement(
            session,
            ProcurementRecord(
                id=None,
                reference="SSB-2025",
                title="Welzijn",
                procedure_type=ProcedureType.LIGHT_REGIME,
                estimated_value=Decimal("1000000"),
            ),
        )


def _lot_dialog(qtbot: QtBot, db: Database, procurement: ProcurementRecord) -> LotDialog:
    assert procurement.id is not None
    dialog = LotDialog(
        db,
        LotRecord(id=None, procurement_id=procurement.id, procurement_reference="SSB-2025"),
    )
    qtbot.addWidget(dialog)
    with qtbot.waitExposed(dialog):
        dialog.show()
    return dialog


def test_the_procedure_settings_are_stored_with_tie_break_rules_in_the_order_shown(
    qtbot: QtBot, db: Database, procurement: ProcurementRecord
) -> None:
    dialog = _lot_dialog(qtbot, db, procurement)
    _choose(dialog.award_method, "Weighted points")
    _choose(dialog.price_formula, "Absolute between a floor and a ceiling price")
    _type(dialog.price_points, "30")
    _type(dialog.price_floor, "800.000")
    _type(dialog.price_ceiling, "1.200.000")
    dialog.average.setChecked(True)
    dialog.evaluators.setValue(4)
    dialog.anonymised.setChecked(True)
    dialog.prices_hidden.setChecked(False)
    _choose(dialog.dropout_rule, "Freeze the ranking")
    _type(dialog.extensions, "5 + 2 + 2 jaar")
    dialog.tie_breaks.setFocus()
    dialog.tie_breaks.setCurrentRow(2)
    item = dialog.tie_breaks.item(2)
    item.setCheckState(Qt.CheckState.Checked)
    QTest.keyClick(dialog.tie_breaks, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClick(dialog.tie_breaks, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    dialog.spread.setValue(3)

    assert "3 options: 5 years, 2 years, 2 years" in dialog.extensions_read.text()
    dialog.ok_button.click()

    assert dialog.saved is not None
    (lot,) = _lots(db)
    assert lot.label == "SSB-2025/1"
    assert lot.price_formula is PriceFormula.ABSOLUTE
    assert (lot.price_floor, lot.price_ceiling) == (Decimal("800000.00"), Decimal("1200000.00"))
    assert lot.price_max_points == Decimal(30)
    assert lot.use_average and lot.anonymised and not lot.prices_hidden
    assert lot.evaluator_count == 4
    assert lot.dropout_rule is DropoutRule.FREEZE
    assert lot.extension_months == (60, 24, 24)
    assert lot.tie_break_rules == ("lowest_price", "heaviest_criterion", "lots")
    assert lot.spread_flag_steps == 3


def test_an_absolute_price_formula_without_a_range_and_unreadable_options_are_named_inline(
    qtbot: QtBot, db: Database, procurement: ProcurementRecord
) -> None:
    dialog = _lot_dialog(qtbot, db, procurement)
    _choose(dialog.award_method, "Weighted points")
    assert not dialog.price_floor.isEnabled()
    _choose(dialog.price_formula, "Absolute between a floor and a ceiling price")
    assert dialog.price_floor.isEnabled()
    _type(dialog.price_floor, "900.000")
    _type(dialog.price_ceiling, "800.000")
    _type(dialog.extensions, "twee keer verlengen")

    dialog.ok_button.click()

    assert dialog.isVisible()
    assert "higher than the floor" in dialog.problem_labels["price_ceiling"].text()
    assert "1 x 24 maanden" in dialog.problem_labels["extension_months"].text()
    assert _lots(db) == []

    _type(dialog.price_ceiling, "1.100.000")
    _type(dialog.extensions, "")

    assert not dialog.problem_labels["price_ceiling"].isVisible()
    dialog.ok_button.click()
    assert dialog.saved is not None


def test_a_second_lot_with_the_same_number_is_refused_at_the_number(
    qtbot: QtBot, db: Database, procurement: ProcurementRecord
) -> None:
    first = _lot_dialog(qtbot, db, procurement)
    first.ok_button.click()
    assert first.saved is not None

    second = _lot_dialog(qtbot, db, procurement)
    second.ok_button.click()

    assert second.isVisible()
    assert "already has a lot 1" in second.problem_labels["number"].text()


# --- keyboard and permissions -----------------------------------------------------------------


def test_enter_on_the_lots_edits_the_lot_and_ctrl_n_starts_a_new_procurement(
    page: ProcurementsPage, demo: None, qtbot: QtBot, dialogs: Dialogs
) -> None:
    def activate() -> None:
        # Each dialog takes the focus while it is open; the user is back on the page after.
        with qtbot.waitActive(page):
            page.show()
            page.activateWindow()

    activate()
    page.reload()
    dialogs.fills += [lambda dialog: dialog.reject()] * 3

    page.lots_table.setFocus()
    QTest.keyClick(page.lots_table, Qt.Key.Key_Return)
    activate()
    page.table.setFocus()
    QTest.keyClick(page.table, Qt.Key.Key_Return)
    activate()
    page.table.setFocus()
    QTest.keyClick(page.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)

    assert dialogs.shown == [LotDialog, ProcurementDialog, ProcurementDialog]
    assert dialogs.titles == ["Edit lot SSB-2019/1", "Edit procurement", "New procurement"]


def test_a_read_only_user_sees_everything_and_can_change_nothing(
    db: Database, demo: None, qtbot: QtBot, tmp_path: Path, act_as: Callable[..., None]
) -> None:
    act_as(db, "kijker", Role.READ_ONLY)
    page = ProcurementsPage(db, Settings(tmp_path / "s.ini"))
    qtbot.addWidget(page)
    page.reload()

    assert page.lots_model.rowCount() == 3
    assert page.editor.model.rowCount() == 4
    assert not page.new_action.isEnabled()
    assert not page.new_lot_action.isEnabled()
    assert not page.editor.add_main_action.isEnabled()
    assert not page.editor.model.flags(page.editor.model.index(0, 2)) & Qt.ItemFlag.ItemIsEditable
    assert page.export_criteria_action.isEnabled()
    assert not page.import_criteria_action.isEnabled()


def test_a_procurement_changed_by_someone_else_meanwhile_is_reloaded_on_request(
    qtbot: QtBot, db: Database, boxes: Boxes, procurement: ProcurementRecord
) -> None:
    dialog = ProcurementDialog(db, procurement)
    qtbot.addWidget(dialog)
    with qtbot.waitExposed(dialog):
        dialog.show()
    with db.transaction() as session:
        save_procurement(session, replace(procurement, title="Door een collega gewijzigd"))
    _type(dialog.edits["title"], "Mijn titel")

    dialog.ok_button.click()

    assert "Someone else changed this record" in boxes.texts[-1]
    assert dialog.isVisible()
    assert dialog.edits["title"].text() == "Door een collega gewijzigd"


@pytest.mark.parametrize("kind", ["procurement", "lot"])
def test_closing_a_dialog_while_a_field_has_focus_is_quiet(
    qtbot: QtBot, db: Database, procurement: ProcurementRecord, kind: str
) -> None:
    dialog: QDialog
    if kind == "procurement":
        dialog = ProcurementDialog(db)
        field = dialog.edits["publication_date"]
    else:
        lot_dialog = _lot_dialog(qtbot, db, procurement)
        dialog, field = lot_dialog, lot_dialog.budget
    with qtbot.waitActive(dialog):
        dialog.show()
        dialog.activateWindow()
    field.setFocus()
    QTest.keyClicks(field, "01-0")

    # Closing the main window destroys an open dialog with it, focus and all.
    with qtbot.waitSignal(dialog.destroyed):
        dialog.deleteLater()


# --- criteria in and out of Excel -------------------------------------------------------------


def _k1_scored_itself(db: Database) -> int:
    """Give K1 of lot 3 a scale, so that it can stand alone without its sub-criteria."""
    with db.transaction() as session:
        lot_id = find_lot(session, "SSB-2019/3").id or 0
        scale_id = list_scales(session)[0].id
        tree = list_criteria(session, lot_id)
        save_criteria(
            session, lot_id, [replace(c, scale_id=scale_id) if c.code == "K1" else c for c in tree]
        )
    return lot_id


def _remove_rows(path: Path, sheet: str, code_prefix: str) -> None:
    """Delete the rows whose code starts with ``code_prefix``, as a colleague would in Excel."""
    book = openpyxl.load_workbook(path)
    rows = book[sheet]
    for number in range(rows.max_row, 1, -1):
        if str(rows.cell(number, 1).value or "").startswith(code_prefix):
            rows.delete_rows(number)
    book.save(path)


def test_a_sheet_without_the_sub_criteria_removes_them_and_the_editor_shows_what_is_left(
    page: ProcurementsPage,
    demo: None,
    db: Database,
    boxes: Boxes,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    lot_id = _k1_scored_itself(db)
    target = tmp_path / "criteria.xlsx"
    monkeypatch.setattr(organisation_exchange, "choose_save_path", lambda *_args: target)
    monkeypatch.setattr(organisation_exchange, "choose_open_path", lambda *_args: target)
    page.reload()
    page.select_lot(lot_id)
    assert page.editor.criterion_index("K1.1").isValid()

    page.export_criteria_action.trigger()

    assert "16 criteria written to" in boxes.texts[-1]
    assert openpyxl.load_workbook(target).sheetnames[:3] == [
        "SSB-2019-1",
        "SSB-2019-2",
        "SSB-2019-3",
    ]
    _remove_rows(target, "SSB-2019-3", "K1.")
    previews: list[tuple[str, bool]] = []

    def accept(dialog: QDialog) -> QDialog.DialogCode:
        assert isinstance(dialog, ImportDialog)
        previews.append((dialog.summary_label.text(), dialog.import_button.isEnabled()))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(organisation_exchange, "exec_dialog", accept)
    _type(page.editor.weight_edit, "35")  # an edit not saved, which the import replaces
    assert page.editor.is_dirty()

    page.import_criteria_action.trigger()

    assert "not saved" in boxes.texts[-2], boxes.texts  # asked before the edit was dropped
    # Removing criteria is a change: it is counted, and the Import button can be pressed.
    assert previews == [("0 new, 0 changed, 3 removed, 5 unchanged; 3 warnings, 0 problems.", True)]
    assert "0 new, 0 changed, 3 removed, 5 unchanged" in boxes.texts[-1]
    with db.transaction() as session:
        assert [c.code for c in list_criteria(session, lot_id)] == ["K1", "K2", "K3", "K4", "P"]
    editor = page.editor
    assert editor.model.rowCount() == 5
    assert not editor.criterion_index("K1.1").isValid()
    assert editor.cell("K1", WEIGHT) == "30"
    assert not editor.is_dirty()


def test_criteria_locked_by_scoring_cannot_be_imported_but_can_be_exported(
    page: ProcurementsPage, unscored: None, db: Database
) -> None:
    with db.transaction() as session:
        for lot in session.scalars(select(Lot).where(Lot.number == 1)):
            lot.criteria_locked = True
    page.reload()
    assert _lot_number(page) == 1

    assert page.editor.locked
    assert not page.import_criteria_action.isEnabled()
    assert page.export_criteria_action.isEnabled()

    page.lots_table.setCurrentIndex(page.lots_model.index(1, 0))

    assert page.import_criteria_action.isEnabled()
