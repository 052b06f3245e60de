"""The scoring grid model: what an evaluator sees per bid and criterion, what typing changes,
and what is handed to save_scores."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime
from decimal import Decimal

from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from ssb_desktop.models.scoring_grid_model import SCALE_ROLE, ScoringGridModel
from ssb_desktop.records import (
    EvaluatorRecord,
    GridBid,
    GridCriterion,
    IndividualScoreRecord,
    ScaleValueRecord,
    ScoreEntry,
    ScoringGrid,
)

SCALE = tuple(
    ScaleValueRecord(Decimal(v), d)
    for v, d in ((0, "Absent"), (2, "Poor"), (4, "Weak"), (6, "Fair"), (8, "Good"), (10, "Best"))
)


def _criterion(criterion_id: int, code: str) -> GridCriterion:
    return GridCriterion(
        criterion_id=criterion_id,
        code=code,
        title=f"Criterion {code}",
        description="What we look for",
        path=f"{code}. Criterion {code}",
        weight=Decimal(40),
        scale=SCALE,
    )


def _grid(*, submitted: bool = False) -> ScoringGrid:
    return ScoringGrid(
        lot_id=1,
        lot_label="SSB-1/1",
        evaluator=EvaluatorRecord(id=5, lot_id=1, name="Anna"),
        bids=(
            GridBid(10, "A – Stichting Een", None),
            GridBid(11, "B – Stichting Twee", None, withdrawn=True),
            GridBid(12, "C – Stichting Drie", None),
        ),
        criteria=(_criterion(1, "K1"), _criterion(2, "K2")),
        scores=(
            IndividualScoreRecord(
                id=99,
                evaluator_id=5,
                bid_id=10,
                criterion_id=1,
                score=Decimal(6),
                motivation="Sound plan",
                version=3,
            ),
        ),
        motivation_required=True,
        prices_hidden=True,
        anonymised=False,
        submitted=submitted,
    )


def _model(qtbot: QtBot, grid: ScoringGrid | None = None) -> ScoringGridModel:
    model = ScoringGridModel()
    model.set_grid(grid or _grid())
    return model


def test_the_model_passes_the_model_tester_while_loading_and_editing(
    qtmodeltester: ModelTester,
) -> None:
    model = ScoringGridModel()
    qtmodeltester.check(model, force_py=True)  # type: ignore[no-untyped-call]
    model.set_grid(_grid())
    model.setData(model.index(2, 1), Decimal(8))
    model.set_motivation(model.index(2, 1), "Clear")
    model.set_grid(None)
    model.set_grid(_grid(submitted=True))


def test_bids_are_rows_criteria_columns_with_progress_per_bid_at_the_end(qtbot: QtBot) -> None:
    model = _model(qtbot)
    assert model.rowCount() == 3
    assert model.columnCount() == 3
    horizontal = Qt.Orientation.Horizontal
    assert [model.headerData(c, horizontal) for c in range(3)] == ["K1", "K2", "Scored"]
    assert model.headerData(0, Qt.Orientation.Vertical) == "A – Stichting Een"
    assert model.headerData(1, Qt.Orientation.Vertical) == "B – Stichting Twee (withdrawn)"
    assert model.index(0, 0).data() == "6"
    assert model.index(0, 2).data() == "1/2"
    assert model.index(2, 2).data() == "0/2"
    assert model.index(1, 2).data() == "withdrawn"
    assert model.index(0, 0).data(SCALE_ROLE) == SCALE
    assert "6 – Fair" in model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole)


def test_typing_a_score_marks_the_cell_unsaved_in_text_and_counts_progress(
    qtbot: QtBot,
) -> None:
    model = _model(qtbot)
    with qtbot.waitSignal(model.dirty_changed) as dirty:
        assert model.setData(model.index(2, 1), Decimal(8))
    assert dirty.args == [True]
    # "!": the motivation this criterion requires is missing; "*": not saved yet.
    assert model.index(2, 1).data() == "8 ! *"
    assert model.index(2, 2).data() == "1/2"
    assert "(not saved)" in model.index(2, 1).data(Qt.ItemDataRole.ToolTipRole)
    assert model.missing_motivations() == 1

    # Typing the stored value back leaves nothing to save.
    model.setData(model.index(2, 1), None)
    assert not model.is_dirty()


def test_values_outside_the_scale_and_withdrawn_bids_are_refused(qtbot: QtBot) -> None:
    model = _model(qtbot)
    assert not model.setData(model.index(0, 0), Decimal(7))
    assert not model.setData(model.index(0, 0), "5")
    assert not model.setData(model.index(1, 0), Decimal(8))
    assert not model.flags(model.index(1, 0)) & Qt.ItemFlag.ItemIsEditable
    assert not model.flags(model.index(0, 2)) & Qt.ItemFlag.ItemIsEditable
    assert model.index(0, 0).data() == "6"
    assert not model.is_dirty()


def test_changed_entries_carry_score_motivation_and_the_stored_version(qtbot: QtBot) -> None:
    model = _model(qtbot)
    model.setData(model.index(0, 0), "8")
    model.set_motivation(model.index(0, 0), "Better than I thought")
    model.set_motivation(model.index(2, 1), "Still thinking")

    assert sorted(model.changed_entries(), key=lambda e: e.bid_id) == [
        ScoreEntry(10, 1, Decimal(8), "Better than I thought", version=3),
        ScoreEntry(12, 2, None, "Still thinking", version=0),
    ]


def test_a_submitted_grid_is_read_only(qtbot: QtBot) -> None:
    grid = _grid(submitted=True)
    grid = replace(
        grid, evaluator=replace(grid.evaluator, submitted_at=datetime(2026, 11, 1, tzinfo=UTC))
    )
    model = _model(qtbot, grid)
    assert model.read_only()
    assert not model.flags(model.index(0, 0)) & Qt.ItemFlag.ItemIsEditable
    assert not model.setData(model.index(0, 0), Decimal(8))
    assert not model.set_motivation(model.index(0, 0), "late idea")
