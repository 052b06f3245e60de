"""Scoring grids of the demo procurement: exported, filled in, imported, and every tampered
variant refused with nothing written."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import func, select

from ssb_desktop.db.database import Database, sqlite_url
from ssb_desktop.db.tables import Bid, Criterion, IndividualScore
from ssb_desktop.errors import ValidationError
from ssb_desktop.excel import scoring_grids as grids
from ssb_desktop.excel.reading import METADATA_SHEET
from ssb_desktop.records import BidStatus, ConsensusOverview, ScoreEntry
from ssb_desktop.services import evaluation as ev
from ssb_desktop.services import scoring_grids as sg
from ssb_desktop.services.demo import build_demo
from ssb_desktop.services.procurement import find_lot

LOT = "SSB-2019/3"  # the demo lot with a committee of three and nothing scored yet
VALUES = (0, 2, 4, 6, 8, 10)


@dataclass
class DemoLot:
    db: Database
    lot_id: int
    evaluators: list[tuple[int, str]]  # (id, name) by name
    folder: Path

    def count_scores(self) -> int:
        with self.db.transaction() as session:
            return int(session.scalar(select(func.count()).select_from(IndividualScore)) or 0)


def prepare(db: Database, folder: Path) -> DemoLot:
    """The demo, with lot 3's declarations signed (on paper, recorded by the officer)."""
    with db.transaction() as session:
        build_demo(session)
    with db.transaction() as session:
        lot = find_lot(session, LOT)
        assert lot.id is not None
        committee = ev.list_evaluators(session, lot.id)
        for member in committee:
            assert member.id is not None
            ev.sign_declaration(session, member.id)
    return DemoLot(db, lot.id, [(row.id or 0, row.name) for row in committee], folder)


@pytest.fixture
def demo(db: Database, tmp_path: Path) -> DemoLot:
    return prepare(db, tmp_path / "grids")


def chosen(seat: int, bid: str, code: str) -> int:
    """The score evaluator ``seat`` gives bid ``bid`` on ``code``: varied, deterministic."""
    return VALUES[(seat * 2 + ord(bid) + sum(map(ord, code))) % len(VALUES)]


def fill_grid(path: Path, seat: int, *, skip: int = 0) -> None:
    """Fill in every score and motivation as evaluator ``seat`` would, with openpyxl."""
    book = openpyxl.load_workbook(path)
    sheet = book[grids.GRID_SHEET]
    bid = ""
    for row in range(grids.FIRST_ROW, sheet.max_row + 1):
        text = sheet[f"A{row}"].value
        if not isinstance(text, str) or not text:
            continue
        if text.startswith("Inschrijving"):
            bid = text.split()[1]
            continue
        if skip:
            skip -= 1
            continue
        value = chosen(seat, bid, text)
        sheet[f"D{row}"] = value
        sheet[f"E{row}"] = f"Beoordelaar {seat}: {value} voor {bid} op {text}."
    book.save(path)


def export_and_fill(demo: DemoLot) -> list[Path]:
    with demo.db.transaction() as session:
        paths = sg.export_grids(session, demo.lot_id, demo.folder)
    by_name = {name: seat for seat, (_id, name) in enumerate(demo.evaluators)}
    for path in paths:
        seat = next(seat for name, seat in by_name.items() if name in path.name)
        fill_grid(path, seat)
    return paths


def comparable(overview: ConsensusOverview) -> list[tuple[object, ...]]:
    return sorted(
        (
            cell.bid_label,
            cell.criterion_title,
            tuple((name, score) for name, score, _motivation in cell.individual),
            cell.mean,
            cell.spread_steps,
            tuple(flag.english() for flag in cell.flags),
        )
        for cell in overview.cells
    )


def submit_all(demo: DemoLot) -> ConsensusOverview:
    with demo.db.transaction() as session:
        for evaluator_id, _name in demo.evaluators:
            ev.submit_scores(session, evaluator_id)
    with demo.db.transaction() as session:
        return ev.consensus_overview(session, demo.lot_id)


@pytest.fixture
def screen_demo(tmp_path: Path) -> Iterator[DemoLot]:
    """A second demo database, scored on screen, to compare with."""
    from ssb_desktop.startup import open_database

    database = open_database(sqlite_url(tmp_path / "screen.sqlite3"), account="tester")
    yield prepare(database, tmp_path / "unused")
    database.dispose()


def test_three_filled_grids_give_the_same_consensus_screen_as_scoring_on_screen(
    demo: DemoLot, screen_demo: DemoLot
) -> None:
    paths = export_and_fill(demo)
    assert len(paths) == 3
    assert sorted(path.name for path in paths) == sorted(
        f"SSB-2019-3-{name}-beoordeling.xlsx" for _id, name in demo.evaluators
    )
    with demo.db.transaction() as session:
        plan = sg.read_grid_files(session, paths, lot_id=demo.lot_id)
    assert plan.valid, [problem.english() for problem in plan.problems]
    assert plan.count(sg.CellChange.NEW) == 3 * 3 * 6  # 3 evaluators x 3 bids x 6 criteria
    with demo.db.transaction() as session:
        report = sg.apply_grid_import(session, plan)
    assert report.created == 54 and report.written
    with demo.db.transaction() as session:
        sources = set(
            session.scalars(
                select(IndividualScore.source).where(
                    IndividualScore.evaluator_id.in_([row[0] for row in demo.evaluators])
                )
            )
        )
    # Each score names the workbook it came from, whole.
    assert sources == {f"excel:{path.name}" for path in paths}
    imported = submit_all(demo)

    with screen_demo.db.transaction() as session:
        for seat, (evaluator_id, _name) in enumerate(screen_demo.evaluators):
            grid = ev.scoring_grid(session, screen_demo.lot_id, evaluator_id)
            entries = []
            for bid in grid.bids:
                code = bid.label.split()[0]
                for criterion in grid.criteria:
                    value = chosen(seat, code, criterion.code)
                    entries.append(
                        ScoreEntry(
                            bid.bid_id,
                            criterion.criterion_id,
                            Decimal(value),
                            f"Beoordelaar {seat}: {value} voor {code} op {criterion.code}.",
                        )
                    )
            ev.save_scores(session, evaluator_id, entries)
    on_screen = submit_all(screen_demo)
    assert comparable(imported) == comparable(on_screen)
    assert {cell.spread_steps for cell in imported.cells} != {0}


def test_reimporting_an_imported_grid_changes_nothing(demo: DemoLot) -> None:
    paths = export_and_fill(demo)
    with demo.db.transaction() as session:
        sg.apply_grid_import(session, sg.read_grid_files(session, paths))
    with demo.db.transaction() as session:
        plan = sg.read_grid_files(session, paths)
    assert plan.valid
    assert plan.count(sg.CellChange.UNCHANGED) == 54
    assert plan.count(sg.CellChange.NEW) == plan.count(sg.CellChange.CHANGED) == 0


def test_a_new_export_carries_the_scores_so_far(demo: DemoLot) -> None:
    evaluator_id, _name = demo.evaluators[0]
    with demo.db.transaction() as session:
        first = sg.export_grids(session, demo.lot_id, demo.folder, evaluator_id)
    fill_grid(first[0], 0, skip=10)
    with demo.db.transaction() as session:
        sg.apply_grid_import(session, sg.read_grid_files(session, first))
    with demo.db.transaction() as session:
        again = sg.export_grids(session, demo.lot_id, demo.folder / "again", evaluator_id)
    with demo.db.transaction() as session:
        plan = sg.read_grid_files(session, again)
    assert plan.count(sg.CellChange.UNCHANGED) == 8
    assert plan.count(sg.CellChange.EMPTY) == 10


def _problems_of(demo: DemoLot, paths: list[Path], lot_id: int | None = None) -> list[str]:
    before = demo.count_scores()
    with demo.db.transaction() as session:
        plan = sg.read_grid_files(session, paths, lot_id=lot_id)
        assert not plan.valid
        with pytest.raises(ValidationError):
            sg.apply_grid_import(session, plan, overwrite_screen=True)
    assert demo.count_scores() == before
    return [problem.english() for problem in plan.problems]


def _edit(path: Path, sheet_name: str, values: dict[str, object]) -> None:
    book = openpyxl.load_workbook(path)
    sheet = book[sheet_name]
    for ref, value in values.items():
        sheet[ref] = value
    book.save(path)


def _metadata_row(path: Path, key: str) -> int:
    book = openpyxl.load_workbook(path)
    for row in book[METADATA_SHEET].iter_rows(min_row=2):
        if row[0].value == key:
            return int(row[0].row)
    raise AssertionError(key)


TamperFn = Callable[[DemoLot, list[Path]], None]


def _seven(demo: DemoLot, paths: list[Path]) -> None:
    _edit(paths[0], grids.GRID_SHEET, {"D6": 7})


def _text(demo: DemoLot, paths: list[Path]) -> None:
    _edit(paths[0], grids.GRID_SHEET, {"D6": "goed"})


def _no_motivation(demo: DemoLot, paths: list[Path]) -> None:
    _edit(paths[0], grids.GRID_SHEET, {"E6": None})


def _metadata_edited(demo: DemoLot, paths: list[Path]) -> None:
    _edit(paths[0], METADATA_SHEET, {f"B{_metadata_row(paths[0], 'row:6')}": "999:999"})


def _metadata_removed(demo: DemoLot, paths: list[Path]) -> None:
    book = openpyxl.load_workbook(paths[0])
    del book[METADATA_SHEET]
    book.save(paths[0])


def _rows_moved(demo: DemoLot, paths: list[Path]) -> None:
    book = openpyxl.load_workbook(paths[0])
    sheet = book[grids.GRID_SHEET]
    for column in "ABCDE":
        sheet[f"{column}6"].value, sheet[f"{column}7"].value = (
            sheet[f"{column}7"].value,
            sheet[f"{column}6"].value,
        )
    book.save(paths[0])


def _renamed_in_file(demo: DemoLot, paths: list[Path]) -> None:
    _edit(paths[0], grids.GRID_SHEET, {"B6": "Aanpak per wijk"})


def _criteria_changed(demo: DemoLot, paths: list[Path]) -> None:
    with demo.db.transaction() as session:
        criterion = session.scalars(
            select(Criterion).where(Criterion.lot_id == demo.lot_id, Criterion.code == "K2")
        ).one()
        criterion.title = "Samenwerking in de wijk"


def _withdrawn(demo: DemoLot, paths: list[Path]) -> None:
    with demo.db.transaction() as session:
        bid = session.scalars(select(Bid).where(Bid.lot_id == demo.lot_id, Bid.code == "B")).one()
        bid.status = BidStatus.WITHDRAWN


def _two_files(demo: DemoLot, paths: list[Path]) -> None:
    copy = paths[0].with_name("kopie.xlsx")
    copy.write_bytes(paths[0].read_bytes())
    _edit(copy, grids.GRID_SHEET, {"D6": 0 if chosen(0, "A", "K1.1") else 2})
    paths.append(copy)


TAMPERED: dict[str, tuple[TamperFn, str]] = {
    "seven": (_seven, "Beoordeling!D6: the score 7 is not on the scale; choose one of 0, 2"),
    "text": (_text, 'Beoordeling!D6: "goed" is not a score'),
    "no-motivation": (_no_motivation, "Beoordeling!E6: the motivation of the score is missing"),
    "metadata-edited": (_metadata_edited, "was changed"),
    "metadata-removed": (_metadata_removed, "is not a scoring grid"),
    "rows-moved": (_rows_moved, "was changed"),
    "renamed-in-file": (_renamed_in_file, "was changed"),
    "criteria-changed": (_criteria_changed, "criteria or their scales have changed"),
    "withdrawn": (_withdrawn, "Beoordeling!D14: bid B – "),
    "two-files": (_two_files, "are both grids of"),
}


@pytest.mark.parametrize("kind", list(TAMPERED))
def test_every_tampered_grid_is_refused_naming_the_file_and_nothing_is_written(
    demo: DemoLot, kind: str
) -> None:
    paths = export_and_fill(demo)
    first = paths[0]
    tamper, words = TAMPERED[kind]
    tamper(demo, paths)
    problems = _problems_of(demo, paths)
    assert any(words in text and first.name in text for text in problems), problems


def test_a_grid_of_another_lot_is_refused(demo: DemoLot) -> None:
    paths = export_and_fill(demo)
    with demo.db.transaction() as session:
        other = find_lot(session, "SSB-2019/2").id
    problems = _problems_of(demo, paths[:1], lot_id=other)
    assert "is a scoring grid of lot SSB-2019/3, not of lot SSB-2019/2" in problems[0]


def test_scores_entered_on_screen_are_replaced_only_when_confirmed(demo: DemoLot) -> None:
    paths = export_and_fill(demo)
    evaluator_id = demo.evaluators[0][0]
    with demo.db.transaction() as session:
        grid = ev.scoring_grid(session, demo.lot_id, evaluator_id)
        bid, criterion = grid.bids[0], grid.criteria[0]
        value = Decimal(10 if chosen(0, "A", criterion.code) != 10 else 0)
        ev.save_scores(
            session,
            evaluator_id,
            [ScoreEntry(bid.bid_id, criterion.criterion_id, value, "Op scherm")],
        )
    own = next(path for path in paths if demo.evaluators[0][1] in path.name)
    with demo.db.transaction() as session:
        plan = sg.read_grid_files(session, [own])
    assert plan.valid
    (overwrite,) = plan.screen_overwrites
    assert (overwrite.current_score, overwrite.current_source) == (value, "screen")
    before = demo.count_scores()
    with demo.db.transaction() as session, pytest.raises(ValidationError, match="confirm"):
        sg.apply_grid_import(session, plan)
    assert demo.count_scores() == before
    with demo.db.transaction() as session:
        sg.apply_grid_import(session, plan, overwrite_screen=True)
        grid = ev.scoring_grid(session, demo.lot_id, evaluator_id)
    score = next(
        item
        for item in grid.scores
        if (item.bid_id, item.criterion_id) == (bid.bid_id, criterion.criterion_id)
    )
    assert score.score == Decimal(chosen(0, "A", criterion.code))
    assert score.source.startswith("excel:")


def test_a_submitted_evaluator_cannot_be_overwritten_by_an_import(demo: DemoLot) -> None:
    paths = export_and_fill(demo)
    with demo.db.transaction() as session:
        sg.apply_grid_import(session, sg.read_grid_files(session, paths))
        ev.submit_scores(session, demo.evaluators[0][0])
    own = next(path for path in paths if demo.evaluators[0][1] in path.name)
    problems = _problems_of(demo, [own])
    assert "has already submitted" in problems[0] and own.name in problems[0]


def test_exporting_the_committee_skips_who_cannot_get_a_grid(demo: DemoLot) -> None:
    paths = export_and_fill(demo)
    with demo.db.transaction() as session:
        sg.apply_grid_import(session, sg.read_grid_files(session, paths))
        ev.submit_scores(session, demo.evaluators[0][0])
    with demo.db.transaction() as session:
        export = sg.export_grids_report(session, demo.lot_id, demo.folder / "second")
    assert len(export.paths) == 2
    assert "has already submitted" in export.skipped[0].english()
    with demo.db.transaction() as session:
        lot_one = find_lot(session, "SSB-2019/1").id
        assert lot_one is not None
        with pytest.raises(ValidationError, match="No scoring grid was exported"):
            sg.export_grids(session, lot_one, demo.folder / "none")
