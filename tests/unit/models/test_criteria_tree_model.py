"""The criteria tree: what the editor shows, and what it hands to save_criteria after edits."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QIcon, QPixmap
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from ssb_desktop.formatting import format_number, parse_number
from ssb_desktop.models.criteria_tree_model import (
    CODE,
    KNOCKOUT,
    MONEY,
    SCALE,
    TITLE,
    WEIGHT,
    CriteriaTreeModel,
)
from ssb_desktop.records import CriterionRecord


def _criterion(
    id: int, code: str, weight: str, parent_id: int | None = None, position: int = 0
) -> CriterionRecord:
    return CriterionRecord(
        id=id,
        lot_id=1,
        parent_id=parent_id,
        position=position,
        code=code,
        title=f"Criterium {code}",
        weight=Decimal(weight),
        scale_id=7,
        scale_name="0-2-4-6-8-10",
    )


def _model() -> CriteriaTreeModel:
    model = CriteriaTreeModel()
    model.set_scale_names({7: "0-2-4-6-8-10", 8: "1-5"})
    model.set_criteria(
        [
            _criterion(1, "K1", "60", position=0),
            _criterion(3, "K1.1", "50", parent_id=1, position=0),
            _criterion(4, "K1.2", "50", parent_id=1, position=1),
            _criterion(2, "K2", "40", position=1),
        ]
    )
    return model


def _text(model: CriteriaTreeModel, row: int, column: int, parent: QModelIndex) -> str:
    return str(model.data(model.index(row, column, parent)))


def test_the_tree_shows_main_criteria_with_their_sub_criteria_underneath() -> None:
    model = _model()
    k1 = model.index(0, 0)

    assert model.rowCount() == 2
    assert [_text(model, row, CODE, QModelIndex()) for row in range(2)] == ["K1", "K2"]
    assert model.rowCount(k1) == 2
    assert _text(model, 1, CODE, k1) == "K1.2"
    assert _text(model, 1, WEIGHT, k1) == "50"
    assert _text(model, 0, SCALE, k1) == "0-2-4-6-8-10"
    assert model.parent(model.index(1, 0, k1)) == k1


def test_the_model_passes_qt_model_tester_while_criteria_are_added_moved_and_removed(
    qtmodeltester: ModelTester,
) -> None:
    model = _model()
    qtmodeltester.check(model, force_py=True)  # type: ignore[no-untyped-call]

    new = model.add_criterion(1, CriterionRecord(id=None, lot_id=1, title="Nieuw"))
    model.move_criterion(model.key_at(new) or 0, -2)
    model.setData(model.index(1, WEIGHT), "12,5")
    model.remove_criterion(1)

    assert model.rowCount() == 1


def test_numbers_are_shown_and_read_in_dutch_notation() -> None:
    assert format_number(Decimal("40.0000")) == "40"
    assert format_number(Decimal("12.50")) == "12,5"
    assert format_number(None) == ""
    assert parse_number("12,5 %") == Decimal("12.5")
    assert parse_number("veel") is None


def test_editing_a_weight_in_place_changes_the_record_and_reports_the_edit(qtbot: QtBot) -> None:
    model = _model()
    index = model.index(1, WEIGHT)

    with qtbot.waitSignal(model.edited):
        assert model.setData(index, "35,5")

    assert model.data(index) == "35,5"
    assert model.record_at(index) is not None
    assert model.criteria()[-1].weight == Decimal("35.5")


def test_text_that_is_no_number_is_refused_and_leaves_the_weight_as_it_was() -> None:
    model = _model()
    index = model.index(1, WEIGHT)

    assert not model.setData(index, "veertig")

    assert model.data(index) == "40"


def test_choosing_another_scale_shows_its_name_and_clearing_a_minimum_empties_it() -> None:
    model = _model()

    model.setData(model.index(0, SCALE), 8)
    model.setData(model.index(0, KNOCKOUT), "")
    model.setData(model.index(0, MONEY), "€ 1.250,00")

    record = model.criteria()[0]
    assert (record.scale_id, record.scale_name) == (8, "1-5")
    assert record.knockout_minimum is None
    assert record.money_per_point == Decimal("1250.00")
    assert model.data(model.index(0, MONEY)) == "€ 1.250,00"


def test_new_criteria_get_negative_keys_that_their_children_refer_to() -> None:
    model = CriteriaTreeModel()
    main = model.add_criterion(None, CriterionRecord(id=None, lot_id=1, title="Aanpak"))
    main_key = model.key_at(main)
    assert main_key is not None
    model.add_criterion(main_key, CriterionRecord(id=None, lot_id=1, title="Wijken"))

    saved = model.criteria()

    assert main_key < 0
    assert [(r.id, r.parent_id, r.title) for r in saved] == [
        (None, None, "Aanpak"),
        (None, main_key, "Wijken"),
    ]
    assert saved[1].key < 0 and saved[1].key != main_key


def test_moving_a_criterion_renumbers_the_positions_that_are_saved() -> None:
    model = _model()

    assert model.move_criterion(2, -1)
    assert not model.move_criterion(2, -1)

    assert [(r.code, r.position) for r in model.criteria()] == [
        ("K2", 0),
        ("K1", 1),
        ("K1.1", 0),
        ("K1.2", 1),
    ]


def test_removing_a_main_criterion_removes_its_sub_criteria_too() -> None:
    model = _model()

    model.remove_criterion(1)

    assert [r.code for r in model.criteria()] == ["K2"]


def test_a_problem_marks_its_cell_with_an_icon_and_a_tooltip_and_can_be_cleared(
    qtbot: QtBot,
) -> None:
    model = _model()
    pixmap = QPixmap(8, 8)
    model.set_problem_icon(QIcon(pixmap))
    index = model.index(0, WEIGHT)

    with qtbot.waitSignal(model.dataChanged):
        model.set_problems([("weight:1", "De hoofdcriteria tellen op tot 90 %.")])

    assert model.data(index, Qt.ItemDataRole.ToolTipRole) == "De hoofdcriteria tellen op tot 90 %."
    assert isinstance(model.data(index, Qt.ItemDataRole.DecorationRole), QIcon)
    assert model.data(model.index(0, TITLE), Qt.ItemDataRole.DecorationRole) is None
    assert model.problems_of(1) == ["De hoofdcriteria tellen op tot 90 %."]

    model.set_problems([])

    assert model.data(index, Qt.ItemDataRole.DecorationRole) is None


def test_locked_criteria_cannot_be_edited_in_place() -> None:
    model = _model()
    model.set_read_only(True)
    index = model.index(0, WEIGHT)

    assert not model.flags(index) & Qt.ItemFlag.ItemIsEditable
    assert not model.setData(index, "10")
