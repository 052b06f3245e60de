"""Scoring grids and the results workbook in LibreOffice Calc: a re-saved grid still imports,
and the formulas of the results workbook, recalculated by LibreOffice, give the program's
totals and ranks."""

from __future__ import annotations

import os
import shutil
import subprocess
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest

from ssb_desktop.db.database import Database
from ssb_desktop.excel import scoring_grids as grids
from ssb_desktop.formatting import round_points
from ssb_desktop.services import dossier
from ssb_desktop.services import evaluation as ev
from ssb_desktop.services import scoring_grids as sg
from ssb_desktop.services.demo import build_demo
from ssb_desktop.services.procurement import find_lot

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
if SOFFICE is None and os.environ.get("SSB_REQUIRE_LIBREOFFICE") == "1":
    raise RuntimeError("SSB_REQUIRE_LIBREOFFICE=1 but LibreOffice (soffice) is not installed")
pytestmark = pytest.mark.skipif(SOFFICE is None, reason="LibreOffice (soffice) is not installed")

VALUES = (0, 2, 4, 6, 8, 10)


def resave(source: Path, folder: Path) -> Path:
    """Open ``source`` in LibreOffice Calc and save it as .xlsx (recalculating formulas)."""
    assert SOFFICE is not None
    folder.mkdir(parents=True)
    profile = (folder.parent / "lo-profile").as_uri()
    finished = subprocess.run(
        [
            SOFFICE,
            f"-env:UserInstallation={profile}",
            "--headless",
            "--norestore",
            "--convert-to",
            "xlsx",
            "--outdir",
            str(folder),
            str(source),
        ],
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
    )
    resaved = folder / source.name
    assert finished.returncode == 0 and resaved.exists(), finished.stderr
    return resaved


def chosen(seat: int, bid: str, code: str) -> int:
    return VALUES[(seat + 2 * ord(bid) + sum(map(ord, code))) % len(VALUES)]


def fill_grid(path: Path, seat: int) -> None:
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
        sheet[f"D{row}"] = chosen(seat, bid, text)
        sheet[f"E{row}"] = f"Motivering {seat} {bid} {text}: zie de inschrijving, p. 4."
    book.save(path)


def score_lot_three_through_libreoffice(db: Database, folder: Path) -> int:
    """Lot 3 of the demo: grids exported, filled, re-saved by LibreOffice, imported,
    submitted, and a consensus set per cell."""
    with db.transaction() as session:
        build_demo(session)
    with db.transaction() as session:
        lot = find_lot(session, "SSB-2019/3")
        assert lot.id is not None
        committee = ev.list_evaluators(session, lot.id)
        for member in committee:
            assert member.id is not None
            ev.sign_declaration(session, member.id)
        paths = sg.export_grids(session, lot.id, folder / "out")
    resaved = []
    for seat, path in enumerate(sorted(paths)):
        fill_grid(path, seat)
        resaved.append(resave(path, folder / f"lo-{seat}"))
    with db.transaction() as session:
        plan = sg.read_grid_files(session, resaved, lot_id=lot.id)
        assert plan.valid, [problem.english() for problem in plan.problems]
        assert plan.count(sg.CellChange.NEW) == 54
        sg.apply_grid_import(session, plan)
        for member in committee:
            assert member.id is not None
            ev.submit_scores(session, member.id)
    with db.transaction() as session:
        overview = ev.consensus_overview(session, lot.id)
        for cell in overview.cells:
            # The mean rounded up to the scale: varied totals, no knock-out on K1.1.
            mean = max(cell.mean or Decimal(0), Decimal(4))
            score = min(value.value for value in cell.scale if value.value >= mean)
            ev.set_consensus(session, cell.bid_id, cell.criterion_id, score, "Na bespreking.")
    return lot.id


def test_a_grid_resaved_by_libreoffice_still_imports(sqlite_db: Database, tmp_path: Path) -> None:
    lot_id = score_lot_three_through_libreoffice(sqlite_db, tmp_path)
    with sqlite_db.transaction() as session:
        scores = ev.individual_scores(session, lot_id)
    assert len(scores) == 54
    assert all(score.motivation.endswith("p. 4.") for score in scores)


def recalculated_results(db: Database, lot_id: int, folder: Path) -> None:
    """Compare the workbook's formulas, recalculated by LibreOffice, with lot_results."""
    folder.mkdir()
    with db.transaction() as session:
        columns = dossier.export_results_workbook(session, lot_id, folder / "resultaat.xlsx")
        results = ev.lot_results(session, lot_id, with_robustness=False)
    recalculated = resave(folder / "resultaat.xlsx", folder / "lo-results")
    sheet = openpyxl.load_workbook(recalculated, data_only=True)["Resultaat"]
    compared = 0
    for bid in results.result.bids:
        row = columns.bid_rows[int(bid.key)]
        total = sheet[f"{columns.total}{row}"].value
        rank = sheet[f"{columns.rank}{row}"].value
        if bid.total is None:
            assert total in (None, ""), bid.label
        else:
            assert bid.exact_total is not None
            assert total == pytest.approx(float(bid.exact_total), abs=1e-9), bid.label
            assert round_points(Decimal(repr(total))) == bid.total, bid.label
            compared += 1
        if bid.rank is None:
            assert rank in (None, ""), bid.label
        else:
            assert rank == bid.rank, bid.label
        if bid.price_points is not None:
            points = sheet[f"{columns.price_points}{row}"].value
            assert round_points(Decimal(repr(points))) == bid.price_points
    assert compared == len(results.result.bids)


def test_the_results_workbook_recalculated_by_libreoffice_matches_the_program(
    sqlite_db: Database, tmp_path: Path
) -> None:
    lot_id = score_lot_three_through_libreoffice(sqlite_db, tmp_path / "grids")
    with sqlite_db.transaction() as session:
        results = ev.lot_results(session, lot_id, with_robustness=False)
    # Lot 3 weighs price (relative, 20 points) against quality scored through sub-criteria.
    assert all(bid.price_points is not None for bid in results.result.bids)
    assert len({bid.total for bid in results.result.bids}) == 3
    recalculated_results(sqlite_db, lot_id, tmp_path / "lot3")
    with sqlite_db.transaction() as session:
        lot_one = find_lot(session, "SSB-2019/1").id
    assert lot_one is not None
    recalculated_results(sqlite_db, lot_one, tmp_path / "lot1")
