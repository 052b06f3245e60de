"""The criteria editor: live weight sums, problems at the row, saving, the lock and copying."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, datetime
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from ssb_desktop.db.database import Database
from ssb_desktop.db.tables import Bid, ConsensusScore, Criterion
from ssb_desktop.models.criteria_tree_model import KNOCKOUT, MONEY, WEIGHT
from ssb_desktop.records import AwardMethod, LotRecord, Role
from ssb_desktop.services.criteria import invalidate_scores, list_criteria, scores_exist
from ssb_desktop.services.demo import build_demo
from ssb_desktop.services.procurement import list_lots, save_lot
from ssb_desktop.views import criteria_editor
from ssb_desktop.views.criteria_editor import CriteriaEditor
from ssb_desktop.views.scales_dialog import DESCRIPTOR, VALUE, ScalesDialog
from tests.gui.conftest import Boxes

Button = QMessageBox.StandardButton


@pytest.fixture
def lots(db: Database) -> dict[int, LotRecord]:
    """The demo procurement SSB-2019: lots 1 and 2 with four criteria K1-K4 (40/30/20/10) each,
    lot 3 with price and sub-criteria under K1. The demo scores lots 1 and 2, which locks their
    criteria; here those scores are set aside, as an officer would, so the criteria can change."""
    with db.transaction() as session:
        build_demo(session)
        for lot in list_lots(session):
            if lot.number in (1, 2):
                assert invalidate_scores(session, lot.id or 0, "Criteria herzien") > 0
    with db.transaction() as session:
        return {lot.number: lot for lot in list_lots(session)}


@pytest.fixture
def editor(qtbot: QtBot, db: Database, lots: dict[int, LotRecord]) -> CriteriaEditor:
    widget = CriteriaEditor(db)
    qtbot.addWidget(widget)
    widget.resize(1000, 560)
    widget.set_lot(lots[1])
    with qtbot.waitActive(widget):
        widget.show()
        widget.activateWindow()
    return widget


def _type(edit: QLineEdit, text: str) -> None:
    edit.setFocus()
    edit.selectAll()
    QTest.keyClick(edit, Qt.Key.Key_Backspace)
    QTest.keyClicks(edit, text)


def _weights(db: Database, lot: LotRecord) -> list[Decimal]:
    with db.transaction() as session:
        return [criterion.weight for criterion in list_criteria(session, lot.id or 0)]


def _score(db: Database, lot: LotRecord) -> None:
    """An evaluation committee gave a consensus score on the lot: scoring has started. A score
    set aside before for the same bid and criterion counts again, as the services do it."""
    with db.transaction() as session:
        bid = session.scalars(select(Bid).where(Bid.lot_id == lot.id)).first()
        criterion = session.scalars(select(Criterion).where(Criterion.lot_id == lot.id)).first()
        assert bid is not None and criterion is not None
        score = session.scalar(
            select(ConsensusScore).where(
                ConsensusScore.bid_id == bid.id, ConsensusScore.criterion_id == criterion.id
            )
        )
        if score is None:
            score = ConsensusScore(bid_id=bid.id, criterion_id=criterion.id)
            session.add(score)
        score.score = Decimal(6)
        score.decided_at = datetime(2019, 11, 1, 10, 0, tzinfo=UTC)
        score.invalidated = False
        score.invalidated_reason = ""


def test_the_sum_under_the_tree_follows_a_weight_while_it_is_typed_in_the_side_form(
    editor: CriteriaEditor,
) -> None:
    assert editor.sums_label.text() == "Main criteria: 100 %"
    editor.tree.setCurrentIndex(editor.criterion_index("K4"))

    _type(editor.weight_edit, "5")

    assert editor.sums_label.text() == "Main criteria: 95 % (must be 100 %)"
    QTest.keyClicks(editor.weight_edit, "0")
    assert editor.sums_label.text() == "Main criteria: 140 % (must be 100 %)"
    QTest.keyClick(editor.weight_edit, Qt.Key.Key_Backspace)
    QTest.keyClick(editor.weight_edit, Qt.Key.Key_Backspace)
    QTest.keyClicks(editor.weight_edit, "10")
    assert editor.sums_label.text() == "Main criteria: 100 %"
    assert editor.problems() == []


def test_the_sum_follows_a_weight_typed_in_the_tree_before_the_cell_is_left(
    editor: CriteriaEditor, qtbot: QtBot
) -> None:
    index = editor.criterion_index("K2", WEIGHT)
    editor.tree.setCurrentIndex(index)
    editor.tree.setFocus()

    editor.tree.edit(index)
    cell = QApplication.focusWidget()
    assert isinstance(cell, QLineEdit)
    cell.selectAll()
    QTest.keyClicks(cell, "25")

    assert editor.sums_label.text() == "Main criteria: 95 % (must be 100 %)"
    assert editor.weight_edit.text() == "25"


def test_a_weight_problem_is_shown_at_the_row_and_in_the_list_and_saving_90_is_refused(
    editor: CriteriaEditor, db: Database, lots: dict[int, LotRecord]
) -> None:
    editor.tree.setCurrentIndex(editor.criterion_index("K2"))
    _type(editor.weight_edit, "20")

    problem = "The weights of the main criteria add up to 90 %; they must add up to exactly 100 %."
    assert editor.sums_label.text() == "Main criteria: 90 % (must be 100 %)"
    assert editor.problems() == [f"K1 Visie en aanpak: {problem}"]
    k1_weight = editor.criterion_index("K1", WEIGHT)
    assert k1_weight.data(Qt.ItemDataRole.ToolTipRole) == problem
    assert k1_weight.data(Qt.ItemDataRole.DecorationRole) is not None
    assert editor.save_action.isEnabled()

    editor.save_action.trigger()

    assert editor.status_label.text() == "Not saved: correct the problems listed below first."
    assert editor.problem_list.hasFocus()
    assert _weights(db, lots[1]) == [Decimal(40), Decimal(30), Decimal(20), Decimal(10)]


def test_sub_criteria_have_their_own_sum_and_are_saved_under_their_main_criterion(
    editor: CriteriaEditor, db: Database, lots: dict[int, LotRecord]
) -> None:
    editor.tree.setCurrentIndex(editor.criterion_index("K1"))
    for title, weight in (("Aanpak per wijk", "60"), ("Bereik van kwetsbare groepen", "30")):
        editor.add_sub_action.trigger()
        assert editor.title_edit.hasFocus()
        QTest.keyClicks(editor.title_edit, title)
        _type(editor.weight_edit, weight)

    assert editor.sums_label.text().splitlines() == [
        "Main criteria: 100 %",
        "Under K1: 90 % (must be 100 %)",
    ]
    _type(editor.weight_edit, "40")
    assert editor.sums_label.text().splitlines()[1] == "Under K1: 100 %"

    assert editor.save()

    with db.transaction() as session:
        stored = list_criteria(session, lots[1].id or 0)
    k1 = next(criterion for criterion in stored if criterion.code == "K1")
    subs = [criterion for criterion in stored if criterion.parent_id == k1.id]
    assert [(c.code, c.title, c.weight) for c in subs] == [
        ("K1.1", "Aanpak per wijk", Decimal(60)),
        ("K1.2", "Bereik van kwetsbare groepen", Decimal(40)),
    ]
    assert not editor.is_dirty()


def test_a_knock_out_minimum_outside_the_scale_is_named_at_the_cell(
    editor: CriteriaEditor,
) -> None:
    editor.tree.setCurrentIndex(editor.criterion_index("K2"))

    _type(editor.knockout_edit, "5")

    tooltip = editor.criterion_index("K2", KNOCKOUT).data(Qt.ItemDataRole.ToolTipRole)
    assert "not a value of the scale 0-2-4-6-8-10 (0, 2, 4, 6, 8, 10)" in tooltip
    assert editor.form_problems["knockout_minimum"].text() == tooltip
    assert editor.knockout_edit.property("problem") is True


def test_removing_and_moving_criteria_changes_the_order_that_is_saved(
    editor: CriteriaEditor, db: Database, lots: dict[int, LotRecord], qtbot: QtBot
) -> None:
    editor.tree.setCurrentIndex(editor.criterion_index("K4"))
    editor.remove_action.trigger()
    editor.tree.setCurrentIndex(editor.criterion_index("K3"))
    _type(editor.weight_edit, "30")
    editor.tree.setFocus()
    editor.move_current(-2)

    assert [r.code for r in editor.model.criteria()] == ["K3", "K1", "K2"]
    assert editor.save()
    with db.transaction() as session:
        assert [c.code for c in list_criteria(session, lots[1].id or 0)] == ["K3", "K1", "K2"]


def test_locked_criteria_show_the_refusal_and_invalidating_with_a_reason_unlocks_them(
    editor: CriteriaEditor,
    db: Database,
    lots: dict[int, LotRecord],
    boxes: Boxes,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Scoring starts while the officer is editing: saving is refused with the reason.
    editor.tree.setCurrentIndex(editor.criterion_index("K1"))
    _type(editor.title_edit, "Visie, aanpak en resultaat")
    _score(db, lots[1])

    assert not editor.save()

    assert editor.lock_banner.isVisible()
    assert "locked because scoring has started" in editor.lock_label.text()
    assert not editor.save_action.isEnabled()
    assert not editor.form_box.isEnabled()
    assert not editor.model.flags(editor.criterion_index("K2", WEIGHT)) & Qt.ItemFlag.ItemIsEditable

    reasons: list[str] = []

    def ask(_parent: object) -> str:
        reasons.append("asked")
        return "Weging K1 aangepast na de nota van inlichtingen"

    monkeypatch.setattr(criteria_editor, "ask_reason", ask)
    editor.invalidate_button.click()

    assert reasons == ["asked"]
    assert "Invalidate every score given for lot SSB-2019/1?" in boxes.texts[-1]
    assert not editor.lock_banner.isVisible()
    assert editor.status_label.text().startswith("1 score invalidated")
    with db.transaction() as session:
        assert not scores_exist(session, lots[1].id or 0)
        reason = "Weging K1 aangepast na de nota van inlichtingen"
        score = session.scalars(
            select(ConsensusScore).where(ConsensusScore.invalidated_reason == reason)
        ).one()
        assert score.invalidated

    # The edit made before the refusal is still there and can now be saved.
    assert editor.save()
    with db.transaction() as session:
        assert list_criteria(session, lots[1].id or 0)[0].title == "Visie, aanpak en resultaat"


def test_a_lot_already_scored_opens_locked_and_cancelling_the_confirmation_keeps_the_scores(
    qtbot: QtBot,
    db: Database,
    lots: dict[int, LotRecord],
    boxes: Boxes,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _score(db, lots[2])
    editor = CriteriaEditor(db)
    qtbot.addWidget(editor)
    editor.set_lot(lots[2])
    with qtbot.waitExposed(editor):
        editor.show()

    assert editor.lock_banner.isVisible()
    assert "invalidate the scores" in editor.lock_label.text()
    assert not editor.add_main_action.isEnabled()

    monkeypatch.setattr(criteria_editor, "ask_reason", lambda _parent: "Fout in de schaal")
    boxes.answer = Button.No
    editor.invalidate_button.click()

    assert editor.lock_banner.isVisible()
    with db.transaction() as session:
        assert scores_exist(session, lots[2].id or 0)


def test_copying_criteria_from_another_procurements_lot_fills_an_empty_lot(
    qtbot: QtBot,
    db: Database,
    lots: dict[int, LotRecord],
    boxes: Boxes,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    with db.transaction() as session:
        new_lot = save_lot(
            session,
            LotRecord(
                id=None,
                procurement_id=lots[1].procurement_id,
                number=4,
                title="Kernopdracht Mantelzorg",
            ),
        )
    editor = CriteriaEditor(db)
    qtbot.addWidget(editor)
    editor.set_lot(new_lot)
    assert editor.model.rowCount() == 0
    assert editor.sums_label.text() == "No criteria yet: add a main criterion."
    offered: list[str] = []

    def choose(_parent: object, candidates: list[LotRecord]) -> int | None:
        offered.extend(lot.label for lot in candidates)
        return lots[3].id

    monkeypatch.setattr(criteria_editor, "choose_lot", choose)
    editor.copy_action.trigger()

    assert offered == ["SSB-2019/1", "SSB-2019/2", "SSB-2019/3"]
    assert boxes.texts == []  # nothing to replace, so nothing to confirm
    # Lot 3 of the demo weighs price too and splits K1 into three sub-criteria.
    assert [editor.model.index(row, 0).data() for row in range(5)] == ["K1", "K2", "K3", "K4", "P"]
    assert editor.status_label.text() == "Copied 8 criteria from lot SSB-2019/3."
    assert _weights(db, new_lot) == [Decimal(n) for n in (30, 50, 30, 20, 25, 15, 10, 20)]


def test_copying_over_existing_criteria_asks_first_and_no_keeps_them(
    editor: CriteriaEditor,
    db: Database,
    lots: dict[int, LotRecord],
    boxes: Boxes,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    editor.tree.setCurrentIndex(editor.criterion_index("K1"))
    editor.add_sub_action.trigger()
    assert editor.save() is False  # the new sub-criterion has weight 0: not saved
    monkeypatch.setattr(criteria_editor, "choose_lot", lambda _parent, _lots: lots[2].id)
    boxes.answer = Button.No

    editor.copy_action.trigger()

    assert "Replace the criteria of lot SSB-2019/1" in boxes.texts[-1]
    assert editor.is_dirty()
    assert editor.model.rowCount() == 4


def _fill_described(dialog: ScalesDialog, top: int) -> None:
    """Fill the scale with the values 1 to ``top`` and describe each ("Niveau n")."""
    dialog.fill_from.setValue(1)
    dialog.fill_to.setValue(top)
    dialog.fill_step.setCurrentIndex(dialog.fill_step.findText("1"))
    dialog.fill_button.click()
    for row in range(top):
        item = dialog.values.item(row, DESCRIPTOR)
        assert item is not None
        item.setText(f"Niveau {row + 1}")


@pytest.fixture
def scales(qtbot: QtBot, db: Database, act_as: Callable[..., None]) -> ScalesDialog:
    """The scales dialog on screen for a procurement officer."""
    act_as(db, "inkoper", Role.PROCUREMENT_OFFICER)
    dialog = ScalesDialog(db)
    qtbot.addWidget(dialog)
    with qtbot.waitExposed(dialog):
        dialog.show()
    return dialog


def test_a_new_scale_with_a_value_twice_is_refused_inline(scales: ScalesDialog) -> None:
    dialog = scales
    QTest.keyClicks(dialog.name, "1-5")
    _fill_described(dialog, 5)
    duplicate = dialog.values.item(4, VALUE)
    assert duplicate is not None

    duplicate.setText("4")

    assert "The value 4 appears twice on the scale" in dialog.values_problem.text()
    assert dialog.values_problem.isVisible()
    assert not dialog.save_button.isEnabled()

    duplicate.setText("4,5")

    assert not dialog.values_problem.isVisible()
    assert dialog.save()
    assert [dialog.scale_list.item(row).text() for row in range(dialog.scale_list.count())] == [
        "1-5"
    ]


def test_with_award_on_value_every_scored_criterion_needs_its_money_per_point(
    editor: CriteriaEditor, db: Database, lots: dict[int, LotRecord]
) -> None:
    assert editor.tree.isColumnHidden(MONEY)
    with db.transaction() as session:
        lot = save_lot(session, replace(lots[1], award_method=AwardMethod.AWARD_ON_VALUE))

    editor.update_lot(lot)

    assert not editor.tree.isColumnHidden(MONEY)
    assert len(editor.problems()) == 4
    assert "a point of K1 Visie en aanpak is worth" in editor.problems()[0]
    for code in ("K1", "K2", "K3", "K4"):
        editor.tree.setCurrentIndex(editor.criterion_index(code))
        _type(editor.money_edit, "1.000")
    assert editor.problems() == []
    assert editor.cell("K4", MONEY) == "€ 1.000,00"
    assert editor.save()


def test_leaving_an_edited_scale_asks_save_dont_save_or_cancel(
    scales: ScalesDialog, boxes: Boxes
) -> None:
    dialog = scales
    for name in ("A", "B"):
        dialog.new_scale()
        QTest.keyClicks(dialog.name, name)
        _fill_described(dialog, 2)
        assert dialog.save(), dialog.values_problem.text() + dialog.name_problem.text()
    assert [dialog.scale_list.item(r).text() for r in range(2)] == ["A", "B"]
    dialog.scale_list.setCurrentRow(0)
    assert dialog.name.text() == "A"
    QTest.keyClicks(dialog.name, "1")

    boxes.answer = Button.Cancel  # stays on the edited scale, with what was typed
    dialog.scale_list.setCurrentRow(1)
    assert "The changes to the scale A are not saved. Save them first?" in boxes.texts[-1]
    assert dialog.name.text() == "A1" and dialog.scale_list.currentRow() == 0

    boxes.answer = Button.Save  # stores the edited scale, then shows the chosen one
    dialog.scale_list.setCurrentRow(1)
    assert dialog.name.text() == "B"
    assert "A1" in [dialog.scale_list.item(r).text() for r in range(2)]

    QTest.keyClicks(dialog.name, "2")
    boxes.answer = Button.Discard  # Niet opslaan: the other scale, the typing gone
    dialog.new_scale()
    assert dialog.name.text() == ""
    assert [dialog.scale_list.item(r).text() for r in range(2)] == ["A1", "B"]


def test_esc_or_closing_with_an_edited_scale_asks_first(
    scales: ScalesDialog, boxes: Boxes
) -> None:
    dialog = scales
    QTest.keyClicks(dialog.name, "1-5")
    _fill_described(dialog, 5)

    boxes.answer = Button.Cancel  # Esc: the dialog stays, with what was typed
    QTest.keyClick(dialog, Qt.Key.Key_Escape)
    assert "are not saved. Save them first?" in boxes.texts[-1]
    assert dialog.isVisible() and dialog.name.text() == "1-5"

    boxes.answer = Button.Cancel  # the window's close button: the same question
    dialog.close()
    assert dialog.isVisible() and len(boxes.texts) == 2

    boxes.answer = Button.Save  # Opslaan: the scale is stored, then the dialog closes
    QTest.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert "1-5" in [scale.name for scale in dialog._scales]
