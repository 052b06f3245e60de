"""Scoring grid workbooks without a database: what the evaluator gets, and what comes back."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest

from ssb_desktop.excel import scoring_grids as grids
from ssb_desktop.excel.reading import METADATA_SHEET
from ssb_desktop.records import (
    EvaluatorRecord,
    GridBid,
    GridCriterion,
    IndividualScoreRecord,
    ScaleValueRecord,
    ScoringGrid,
)

DESCRIPTORS = ("Geen antwoord", "Onvoldoende", "Matig", "Voldoende", "Goed", "Uitstekend")
SCALE = tuple(ScaleValueRecord(Decimal(2 * index), text) for index, text in enumerate(DESCRIPTORS))
HALVES = tuple(ScaleValueRecord(Decimal(value)) for value in ("0", "2.5", "5"))
MOMENT = datetime(2026, 11, 22, 9, 30, tzinfo=UTC)


def make_grid(*, withdrawn: bool = False, prices: bool = False) -> ScoringGrid:
    criteria = (
        GridCriterion(11, "K1", "Visie", "Hoe ziet u de opdracht?", "K1 Visie", Decimal(60), SCALE),
        GridCriterion(12, "K2", "Aanpak", "Hoe pakt u het aan?", "K2 Aanpak", Decimal(40), HALVES),
    )
    bids = (
        GridBid(1, "A – Stichting Een", Decimal("1000.00") if prices else None),
        GridBid(2, "B – Stichting Twee", None, withdrawn=withdrawn),
        GridBid(3, "C – Stichting Drie", None),
    )
    evaluator = EvaluatorRecord(id=7, lot_id=5, name="Ada: de Vries?")
    return ScoringGrid(
        lot_id=5,
        lot_label="SSB-2019/1",
        evaluator=evaluator,
        bids=bids,
        criteria=criteria,
        scores=(IndividualScoreRecord(1, 7, 1, 11, Decimal(8), "Sterk plan", "screen", 3),),
        motivation_required=True,
        prices_hidden=not prices,
        anonymised=False,
        submitted=False,
    )


@pytest.fixture
def grid_file(tmp_path: Path) -> Path:
    path = tmp_path / grids.grid_file_name("SSB-2019/1", "Ada: de Vries?")
    grids.write_grid(path, make_grid(), exported_at=MOMENT)
    return path


def score_rows(path: Path) -> dict[tuple[str, str], int]:
    """(bid heading, criterion code) -> Excel row, read as a person reads the sheet."""
    book = openpyxl.load_workbook(path)
    sheet = book[grids.GRID_SHEET]
    found: dict[tuple[str, str], int] = {}
    heading = ""
    for row in range(grids.FIRST_ROW, sheet.max_row + 1):
        text = sheet[f"A{row}"].value
        if isinstance(text, str) and text.startswith("Inschrijving"):
            heading = text.split()[1]
        elif text:
            found[(heading, str(text))] = row
    return found


def fill(path: Path, values: dict[str, object]) -> None:
    """Type values into cells ("D6": 8) with openpyxl and save, as a test's Excel."""
    book = openpyxl.load_workbook(path)
    sheet = book[grids.GRID_SHEET]
    for ref, value in values.items():
        sheet[ref] = value
        if isinstance(value, str):
            sheet[ref].data_type = "s"
    book.save(path)


def test_the_file_name_names_lot_and_evaluator_and_suits_windows() -> None:
    assert grids.grid_file_name("SSB-2019/1", "Ada: de Vries?") == (
        "SSB-2019-1-Ada- de Vries--beoordeling.xlsx"
    )
    assert grids.safe_file_name("CON") == "_CON.xlsx"
    assert grids.safe_file_name("naam. ") == "naam.xlsx"


def test_the_grid_has_dutch_instructions_a_block_per_bid_and_a_very_hidden_sheet(
    grid_file: Path,
) -> None:
    book = openpyxl.load_workbook(grid_file)
    assert book.sheetnames[:2] == [grids.INSTRUCTIONS_SHEET, grids.GRID_SHEET]
    assert "Zo vult u dit formulier in" in [
        cell.value for cell in book[grids.INSTRUCTIONS_SHEET]["A"]
    ]
    assert book[METADATA_SHEET].sheet_state == "veryHidden"
    sheet = book[grids.GRID_SHEET]
    # Bid A's block: its heading, then K1 and K2 with description and descriptors.
    assert sheet["A5"].value == "Inschrijving A – Stichting Een"
    assert (sheet["A6"].value, sheet["B6"].value) == ("K1", "Visie")
    assert "Hoe ziet u de opdracht?" in sheet["C6"].value
    assert "8 = Goed" in sheet["C6"].value
    assert (sheet["A7"].value, sheet["B7"].value) == ("K2", "Aanpak")
    assert "2,5" in sheet["C7"].value
    assert sheet["A9"].value == "Inschrijving B – Stichting Twee"
    # The score entered on screen is filled in.
    assert (sheet["D6"].value, sheet["E6"].value) == (8, "Sterk plan")


def test_only_score_and_motivation_cells_are_unlocked_on_a_protected_sheet(
    grid_file: Path,
) -> None:
    sheet = openpyxl.load_workbook(grid_file)[grids.GRID_SHEET]
    assert sheet.protection.sheet
    assert not sheet["D6"].protection.locked
    assert not sheet["E6"].protection.locked
    for ref in ("A6", "B6", "C6", "A5", "D5"):
        assert sheet[ref].protection.locked, ref


def test_score_cells_have_a_drop_down_of_the_scale(grid_file: Path) -> None:
    book = openpyxl.load_workbook(grid_file)
    sheet = book[grids.GRID_SHEET]
    validations = {
        str(validation.sqref): validation for validation in sheet.data_validations.dataValidation
    }
    by_cell = {
        ref: validation
        for sqref, validation in validations.items()
        for ref in sqref.replace(":", " ").split()
    }
    k1 = by_cell["D6"]
    assert k1.type == "list" and k1.showErrorMessage
    sheet_name, cells = k1.formula1.split("!")
    column = cells.split(":")[0].replace("$", "").rstrip("1")
    listed = [book[sheet_name][f"{column}{row}"].value for row in range(1, 7)]
    assert listed == [0, 2, 4, 6, 8, 10]
    k2 = by_cell["D7"]
    sheet_name, cells = k2.formula1.split("!")
    column = cells.split(":")[0].replace("$", "").rstrip("1")
    assert [book[sheet_name][f"{column}{row}"].value for row in range(1, 4)] == [0, 2.5, 5]


def test_prices_are_shown_only_when_the_evaluator_may_see_them(tmp_path: Path) -> None:
    path = tmp_path / "prices.xlsx"
    grids.write_grid(path, make_grid(prices=True), exported_at=MOMENT)
    sheet = openpyxl.load_workbook(path)[grids.GRID_SHEET]
    assert sheet["A5"].value == "Inschrijving A – Stichting Een (prijs € 1.000,00)"
    assert "prijs" not in sheet["A9"].value


def test_withdrawn_bids_get_no_block(tmp_path: Path) -> None:
    path = tmp_path / "withdrawn.xlsx"
    grids.write_grid(path, make_grid(withdrawn=True), exported_at=MOMENT)
    parsed = grids.read_grid(path)
    assert {cell.bid_id for cell in parsed.cells} == {1, 3}


def test_a_returned_grid_gives_every_cell_with_its_score_and_motivation(grid_file: Path) -> None:
    rows = score_rows(grid_file)
    fill(
        grid_file,
        {
            f"D{rows[('B', 'K1')]}": 6,
            f"E{rows[('B', 'K1')]}": "=SUM(A1) is geen formule",
            f"D{rows[('B', 'K2')]}": 2.5,
            f"E{rows[('B', 'K2')]}": "Redelijk",
        },
    )
    parsed = grids.read_grid(grid_file)
    assert parsed.problems == ()
    assert (parsed.lot_id, parsed.evaluator_id, parsed.evaluator_name) == (5, 7, "Ada: de Vries?")
    cells = {(cell.bid_id, cell.criterion_id): cell for cell in parsed.cells}
    assert len(cells) == 6
    assert (cells[(2, 11)].score, cells[(2, 11)].motivation) == (
        Decimal(6),
        "=SUM(A1) is geen formule",
    )
    assert cells[(2, 12)].score == Decimal("2.5")
    assert cells[(1, 11)].score == Decimal(8)
    assert cells[(3, 11)].score is None
    assert cells[(2, 11)].cell == f"Beoordeling!D{rows[('B', 'K1')]}"


@pytest.mark.parametrize(
    ("values", "cell", "words"),
    [
        ({"D14": 7, "E14": "Bijna goed"}, "Beoordeling!D14", "not on the scale"),
        ({"D14": "goed", "E14": "x"}, "Beoordeling!D14", "is not a score"),
        ({"D14": 6}, "Beoordeling!E14", "motivation of the score is missing"),
        ({"E14": "Alleen tekst"}, "Beoordeling!D14", "no score"),
    ],
    ids=["seven-on-even-scale", "text", "no-motivation", "motivation-only"],
)
def test_a_bad_cell_is_a_problem_naming_file_sheet_and_cell(
    grid_file: Path, values: dict[str, object], cell: str, words: str
) -> None:
    assert score_rows(grid_file)[("C", "K1")] == 14
    fill(grid_file, values)
    parsed = grids.read_grid(grid_file)
    assert len(parsed.problems) == 1
    problem = parsed.problems[0]
    assert problem.params["cell"] == cell
    assert problem.params["file"] == grid_file.name
    assert problem.sheet == "Beoordeling"
    assert words in problem.english()
    assert grid_file.name in problem.english() and cell in problem.english()


def _tamper_metadata(path: Path, key: str, value: str | None) -> None:
    book = openpyxl.load_workbook(path)
    if key == "*":
        del book[METADATA_SHEET]
    else:
        sheet = book[METADATA_SHEET]
        for row in sheet.iter_rows(min_row=2):
            if row[0].value == key:
                row[1].value = value
    book.save(path)


@pytest.mark.parametrize(
    "tamper",
    ["rows-moved", "criterion-renamed", "metadata-edited", "metadata-removed", "bid-relabelled"],
)
def test_a_changed_structure_is_refused(grid_file: Path, tamper: str) -> None:
    book = openpyxl.load_workbook(grid_file)
    sheet = book[grids.GRID_SHEET]
    if tamper == "rows-moved":
        # Sorting a block swaps the criteria rows, scores and all.
        for column in "ABC":
            sheet[f"{column}6"].value, sheet[f"{column}7"].value = (
                sheet[f"{column}7"].value,
                sheet[f"{column}6"].value,
            )
        book.save(grid_file)
    elif tamper == "criterion-renamed":
        sheet["B7"].value = "Aanpak en planning"
        book.save(grid_file)
    elif tamper == "bid-relabelled":
        sheet["A9"].value = "Inschrijving C – Stichting Drie"
        book.save(grid_file)
    elif tamper == "metadata-edited":
        _tamper_metadata(grid_file, "evaluator_id", "8")
    else:
        _tamper_metadata(grid_file, "*", None)
    parsed = grids.read_grid(grid_file)
    assert parsed.cells == ()
    assert len(parsed.problems) == 1
    assert grid_file.name in parsed.problems[0].english()
    expected = "is not a scoring grid" if tamper == "metadata-removed" else "was changed"
    assert expected in parsed.problems[0].english()


def test_the_criteria_hash_changes_with_a_title_or_a_scale_value() -> None:
    grid = make_grid()
    original = grids.criteria_hash(grid.criteria)
    renamed = (grid.criteria[0], replace_title(grid.criteria[1], "Anders"))
    assert grids.criteria_hash(renamed) != original
    rescaled = (grid.criteria[0], replace_scale(grid.criteria[1], SCALE))
    assert grids.criteria_hash(rescaled) != original
    assert grids.criteria_hash(make_grid().criteria) == original


def replace_title(criterion: GridCriterion, title: str) -> GridCriterion:
    from dataclasses import replace

    return replace(criterion, title=title)


def replace_scale(criterion: GridCriterion, scale: tuple[ScaleValueRecord, ...]) -> GridCriterion:
    from dataclasses import replace

    return replace(criterion, scale=scale)
