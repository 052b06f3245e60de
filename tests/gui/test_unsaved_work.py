"""Never lose work: closing the window, switching page and Esc in a form ask first."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from ssb_desktop.db.database import Database
from ssb_desktop.records import EvaluatorRecord
from ssb_desktop.services import evaluation
from ssb_desktop.services.demo import build_demo
from ssb_desktop.services.procurement import find_lot
from ssb_desktop.settings import Settings
from ssb_desktop.views.evaluation_page import CONSENSUS_TAB, SCORING_TAB, EvaluationPage
from ssb_desktop.views.evaluator_dialog import EvaluatorDialog
from ssb_desktop.views.main_window import MainWindow
from ssb_desktop.views.organisation_dialog import OrganisationDialog
from tests.gui.conftest import Boxes

Button = QMessageBox.StandardButton
LOT = "SSB-2019/3"


@pytest.fixture
def window(qtbot: QtBot, db: Database, tmp_path: Path) -> MainWindow:
    with db.transaction() as session:
        build_demo(session)
        lot = find_lot(session, LOT)
        assert lot.id is not None
        for seat in evaluation.list_evaluators(session, lot.id):
            assert seat.id is not None
            evaluation.remove_evaluator(session, seat.id, seat.version)
    with db.transaction() as session:
        seat = evaluation.save_evaluator(
            session,
            EvaluatorRecord(
                id=None, lot_id=lot.id, name="Tester", user_id=db.actor.user_id, is_chair=True
            ),
        )
        assert seat.id is not None
        evaluation.sign_declaration(session, seat.id)
    shown = MainWindow(Settings(tmp_path / "settings.ini"))
    qtbot.addWidget(shown)
    with qtbot.waitActive(shown):
        shown.show()
        shown.activateWindow()
    shown.attach_database(db)
    return shown


def _score_without_saving(window: MainWindow) -> EvaluationPage:
    page = window.page_of(EvaluationPage)
    lot_id = page.lot_chooser.findData(_lot_id(page.db))
    page.lot_chooser.setCurrentIndex(lot_id)
    page.tabs.setCurrentIndex(SCORING_TAB)
    model = page.scoring.model
    assert model.rowCount() == 3
    model.setData(model.index(0, 0), Decimal(8))
    assert page.has_unsaved_changes()
    return page


def _lot_id(db: Database) -> int:
    with db.reading() as session:
        lot_id = find_lot(session, LOT).id
    assert lot_id is not None
    return lot_id


def _stored_scores(db: Database) -> int:
    lot_id = _lot_id(db)
    with db.reading() as session:
        seat = evaluation.list_evaluators(session, lot_id)[0]
        assert seat.id is not None
        return len(evaluation.scoring_grid(session, lot_id, seat.id).scores)


def test_ctrl_q_with_unsaved_scores_asks_and_cancel_keeps_the_window_and_the_scores(
    qtbot: QtBot, window: MainWindow, boxes: Boxes
) -> None:
    page = _score_without_saving(window)
    window.show_page(0)  # the question also comes when the work is on another page
    assert boxes.texts[-1].startswith("The page Evaluation has changes")
    boxes.answer = Button.Cancel
    assert window.current_page() is page  # cancelled: the page did not change

    asked = len(boxes.texts)
    QTest.keyClick(window.navigation, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)

    assert len(boxes.texts) == asked + 1  # Ctrl+Q asked
    assert "Evaluation" in boxes.texts[-1] and "not saved" in boxes.texts[-1]
    assert window.isVisible()
    assert page.scoring.model.is_dirty()
    assert _stored_scores(window.db or page.db) == 0


def test_closing_and_choosing_save_stores_the_scores_then_closes(
    window: MainWindow, boxes: Boxes
) -> None:
    page = _score_without_saving(window)
    boxes.answer = Button.Save

    assert window.close()

    assert not window.isVisible()
    assert _stored_scores(page.db) == 1


def test_closing_and_choosing_dont_save_closes_without_storing(
    window: MainWindow, boxes: Boxes
) -> None:
    page = _score_without_saving(window)
    boxes.answer = Button.Discard

    assert window.close()

    assert len(boxes.texts) == 1
    assert _stored_scores(page.db) == 0


def test_switching_page_with_unsaved_criteria_asks_and_dont_save_restores_them(
    window: MainWindow, boxes: Boxes
) -> None:
    from ssb_desktop.views.procurements_page import ProcurementsPage

    page = window.page_of(ProcurementsPage)
    with window.db.transaction() as session:  # type: ignore[union-attr]
        lot = find_lot(session, LOT)  # not scored: its criteria can change
    page.select_procurement(lot.procurement_id, lot.id)
    editor = page.editor
    assert editor.lot is not None and editor.lot.id == lot.id
    original = editor.model.criteria()
    editor.remove_current()
    assert page.has_unsaved_changes()
    boxes.answer = Button.Discard

    window.show_page(0)

    assert "not saved" in boxes.texts[-1]
    assert window.stack.currentIndex() == 0
    assert not page.has_unsaved_changes()
    assert editor.model.criteria() == original
    assert window.close()  # nothing left to ask about
    assert boxes.texts[0].startswith("Remove K1")  # the removal itself was confirmed
    assert len(boxes.texts) == 2


def test_choosing_another_consensus_cell_asks_before_the_typed_consensus_goes(
    qtbot: QtBot, db: Database, tmp_path: Path, boxes: Boxes
) -> None:
    with db.transaction() as session:
        build_demo(session)
    page = EvaluationPage(db, Settings(tmp_path / "s.ini"))
    qtbot.addWidget(page)
    page.show()
    page.reload()
    # The demo's lot 1 has every score submitted: the consensus can be recorded.
    with db.transaction() as session:
        lot_id = find_lot(session, "SSB-2019/1").id
    assert lot_id is not None
    page.choose_lot(lot_id)
    page.tabs.setCurrentIndex(CONSENSUS_TAB)
    tab = page.consensus
    assert tab.cells.count() > 1
    tab.cells.setCurrentRow(0)
    first = tab.current_cell()
    assert first is not None
    tab.motivation.setFocus()
    QTest.keyClicks(tab.motivation, " eens")
    assert tab.is_dirty()
    boxes.answer = Button.Cancel

    tab.cells.setCurrentRow(1)

    assert "not saved" in boxes.texts[-1]
    assert tab.current_cell() == first
    assert tab.motivation.toPlainText().startswith(" eens")

    boxes.answer = Button.Discard
    tab.cells.setCurrentRow(1)
    assert tab.cells.currentRow() == 1
    assert not tab.is_dirty()


def test_esc_in_a_changed_form_asks_save_or_not_and_cancel_keeps_it_open(
    qtbot: QtBot, db: Database, boxes: Boxes
) -> None:
    dialog = OrganisationDialog(db, None)
    qtbot.addWidget(dialog)
    with qtbot.waitExposed(dialog):
        dialog.show()
    QTest.keyClicks(dialog.edits["name"], "Stichting Jeugdhaven")
    boxes.answer = Button.Cancel

    QTest.keyClick(dialog.edits["name"], Qt.Key.Key_Escape)

    assert boxes.texts == ["You have changes that are not saved. Save them first?"]
    assert dialog.isVisible()
    assert dialog.edits["name"].text() == "Stichting Jeugdhaven"

    boxes.answer = Button.Discard
    QTest.keyClick(dialog.edits["name"], Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert len(boxes.texts) == 2


def test_esc_in_an_untouched_form_closes_it_without_a_question(
    qtbot: QtBot, db: Database, boxes: Boxes
) -> None:
    with db.transaction() as session:
        build_demo(session)
    dialog = EvaluatorDialog(db, EvaluatorRecord(id=None, lot_id=_lot_id(db), name=""), [], [])
    qtbot.addWidget(dialog)
    with qtbot.waitExposed(dialog):
        dialog.show()

    QTest.keyClick(dialog, Qt.Key.Key_Escape)

    assert boxes.texts == []
    assert not dialog.isVisible()


def test_closing_a_changed_form_with_the_window_button_asks_too(
    qtbot: QtBot, db: Database, boxes: Boxes
) -> None:
    dialog = OrganisationDialog(db, None)
    qtbot.addWidget(dialog)
    with qtbot.waitExposed(dialog):
        dialog.show()
    QTest.keyClicks(dialog.edits["name"], "X")
    boxes.answer = Button.Cancel

    QApplication.sendEvent(dialog, _WindowButton())

    assert dialog.isVisible()
    assert len(boxes.texts) == 1
    boxes.answer = Button.Discard
    QApplication.sendEvent(dialog, _WindowButton())
    assert not dialog.isVisible()
    assert len(boxes.texts) == 2


def test_a_form_closed_by_the_program_does_not_ask(
    qtbot: QtBot, db: Database, boxes: Boxes
) -> None:
    dialog = OrganisationDialog(db, None)
    qtbot.addWidget(dialog)
    with qtbot.waitExposed(dialog):
        dialog.show()
    QTest.keyClicks(dialog.edits["name"], "X")

    assert dialog.close()
    assert boxes.texts == []


class _WindowButton(QCloseEvent):
    """A close from the window system (the title bar's X, Alt+F4); Qt's own are spontaneous."""

    def spontaneous(self) -> bool:
        return True
