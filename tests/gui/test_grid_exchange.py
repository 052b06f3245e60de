"""Scoring grids from the Evaluation page: export to a folder, the import preview with its
problems and the confirmation to replace scores entered on screen, and the dossier."""

from __future__ import annotations

import zipfile
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtWidgets import QDialog, QMessageBox
from pytestqt.qtbot import QtBot

from ssb_desktop.db.database import Database
from ssb_desktop.excel import scoring_grids as grids
from ssb_desktop.records import Problem
from ssb_desktop.services import evaluation
from ssb_desktop.services.demo import build_demo
from ssb_desktop.services.procurement import find_lot
from ssb_desktop.services.scoring_grids import (
    CellChange,
    GridCellPlan,
    GridFilePlan,
    GridImportPlan,
)
from ssb_desktop.settings import Settings
from ssb_desktop.views import grid_exchange, messages
from ssb_desktop.views.evaluation_page import COMMITTEE_TAB, EvaluationPage
from ssb_desktop.views.grid_exchange import GridImportDialog

Button = QMessageBox.StandardButton
LOT = "SSB-2019/3"


def _cell(change: CellChange, source: str = "") -> GridCellPlan:
    return GridCellPlan(
        cell="Beoordeling!D6",
        bid_id=1,
        bid_label="A – Stichting Een",
        criterion_id=2,
        criterion_title="K1 Visie",
        change=change,
        score=Decimal(8),
        motivation="Sterk",
        current_score=Decimal(6) if change is CellChange.CHANGED else None,
        current_source=source,
        version=1 if source else 0,
    )


def _plan(*cells: GridCellPlan, problems: tuple[Problem, ...] = ()) -> GridImportPlan:
    return GridImportPlan(
        (
            GridFilePlan(
                Path("SSB-2019-3-Ruud Koster-beoordeling.xlsx"),
                lot_id=3,
                lot_label=LOT,
                evaluator_id=7,
                evaluator_name="Ruud Koster",
                cells=cells,
                problems=problems,
            ),
        )
    )


def _text(dialog: GridImportDialog, row: int, column: int) -> str:
    item = dialog.table.item(row, column)
    assert item is not None
    return item.text()


def test_the_preview_lists_each_cell_and_imports_a_valid_plan(qtbot: QtBot) -> None:
    dialog = GridImportDialog(_plan(_cell(CellChange.NEW), _cell(CellChange.EMPTY)))
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 1  # empty cells change nothing and are not listed
    assert [_text(dialog, 0, column) for column in (1, 5, 6)] == [
        "Beoordeling!D6",
        "New",
        "8",
    ]
    assert dialog.import_button.isEnabled()
    assert not dialog.overwrite.isVisibleTo(dialog)
    assert dialog.problems.count() == 0


def test_the_preview_refuses_a_plan_with_problems_naming_file_and_cell(qtbot: QtBot) -> None:
    problem = Problem(
        grids._OFF_SCALE,
        sheet="Beoordeling",
        row=6,
        column="D",
        params={
            "file": "SSB-2019-3-Ruud Koster-beoordeling.xlsx",
            "cell": "Beoordeling!D6",
            "value": "7",
            "allowed": "0, 2, 4, 6, 8, 10",
        },
        context="Excel",
    )
    dialog = GridImportDialog(_plan(_cell(CellChange.NEW), problems=(problem,)))
    qtbot.addWidget(dialog)
    assert not dialog.import_button.isEnabled()
    assert dialog.problems.item(0).text() == (
        "SSB-2019-3-Ruud Koster-beoordeling.xlsx, Beoordeling!D6: the score 7 is not on the "
        "scale; choose one of 0, 2, 4, 6, 8, 10."
    )


def test_replacing_scores_entered_on_screen_needs_the_check_box(qtbot: QtBot) -> None:
    dialog = GridImportDialog(_plan(_cell(CellChange.CHANGED, "screen")))
    qtbot.addWidget(dialog)
    assert dialog.overwrite.isVisibleTo(dialog)
    assert _text(dialog, 0, 5) == "Changed (entered in the program)"
    assert not dialog.import_button.isEnabled()
    dialog.overwrite.setChecked(True)
    assert dialog.import_button.isEnabled() and dialog.overwrite_screen


@pytest.fixture
def page(qtbot: QtBot, db: Database, tmp_path: Path) -> EvaluationPage:
    with db.transaction() as session:
        build_demo(session)
        lot = find_lot(session, LOT)
        assert lot.id is not None
        for member in evaluation.list_evaluators(session, lot.id):
            assert member.id is not None
            evaluation.sign_declaration(session, member.id)
    widget = EvaluationPage(db, Settings(tmp_path / "s.ini"))
    qtbot.addWidget(widget)
    widget.reload()
    widget.choose_lot(lot.id)
    widget.tabs.setCurrentIndex(COMMITTEE_TAB)
    return widget


def test_grids_go_out_and_come_back_through_the_committee_toolbar(
    page: EvaluationPage, db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    texts: list[str] = []

    def answer(box: QMessageBox) -> QMessageBox.StandardButton:
        texts.append(box.text())
        return Button.Ok

    monkeypatch.setattr(messages, "_exec", answer)
    export_action, import_action, dossier_action = page.committee.grid_actions
    assert export_action.text() == "Export scoring grids…"
    folder = tmp_path / "grids"
    folder.mkdir()
    monkeypatch.setattr(grid_exchange, "choose_folder", lambda _parent, _title: str(folder))
    export_action.trigger()
    files = sorted(folder.glob("*.xlsx"))
    assert len(files) == 3
    assert texts[-1].startswith(f"3 scoring grids written to {folder}")
    for path in files:
        book = openpyxl.load_workbook(path)
        sheet = book[grids.GRID_SHEET]
        for row in range(grids.FIRST_ROW, sheet.max_row + 1):
            code = sheet[f"A{row}"].value
            if isinstance(code, str) and code and not code.startswith("Inschrijving"):
                sheet[f"D{row}"] = 6
                sheet[f"E{row}"] = "Voldoende."
        book.save(path)

    shown: list[GridImportDialog] = []

    def accept(dialog: QDialog) -> bool:
        assert isinstance(dialog, GridImportDialog)
        shown.append(dialog)
        return dialog.import_button.isEnabled()

    monkeypatch.setattr(grid_exchange, "choose_grid_files", lambda _p: [str(p) for p in files])
    monkeypatch.setattr(grid_exchange, "exec_dialog", accept)
    import_action.trigger()
    assert shown and shown[0].plan.count(CellChange.NEW) == 54
    assert texts[-1] == "Imported: 54 new and 0 changed scores; 0 unchanged."
    assert {page.committee.model.rows()[r].scored for r in range(3)} == {18}

    dossier_folder = tmp_path / "dossier"
    dossier_folder.mkdir()
    monkeypatch.setattr(grid_exchange, "choose_folder", lambda _p, _t: str(dossier_folder))
    dossier_action.trigger()
    (archive,) = dossier_folder.glob("*.zip")
    with zipfile.ZipFile(archive) as package:
        assert "03-individuele-scores.xlsx" in package.namelist()
    assert "06-resultaat.xlsx" not in zipfile.ZipFile(archive).namelist()  # no consensus yet
