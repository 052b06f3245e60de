"""`ssb-desktop grid export|import` and `ssb-desktop dossier` on the demo database.

The tests ask for ``qapp`` so that the commands reuse the widgets application (see
test_cli_results.py)."""

from __future__ import annotations

import io
import sqlite3
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import openpyxl
from PySide6.QtWidgets import QApplication

from ssb_desktop.excel import scoring_grids as grids

RunCli = Callable[..., Any]
LOT = "SSB-2019/3"


def sign_declarations(database: Path) -> None:
    """Record lot 3's signed paper declarations, as the officer (the demo's administrator)."""
    from ssb_desktop.services import evaluation as ev
    from ssb_desktop.services.procurement import find_lot
    from ssb_desktop.services.users import os_account
    from ssb_desktop.startup import open_database

    db = open_database(database, account=os_account())
    try:
        with db.transaction() as session:
            lot = find_lot(session, LOT)
            assert lot.id is not None
            for member in ev.list_evaluators(session, lot.id):
                assert member.id is not None
                ev.sign_declaration(session, member.id)
    finally:
        db.dispose()


def score_count(database: Path) -> int:
    connection = sqlite3.connect(f"file:{database}?mode=ro", uri=True)
    try:
        return int(connection.execute("SELECT count(*) FROM individual_scores").fetchone()[0])
    finally:
        connection.close()


def fill(path: Path) -> None:
    book = openpyxl.load_workbook(path)
    sheet = book[grids.GRID_SHEET]
    for row in range(grids.FIRST_ROW, sheet.max_row + 1):
        text = sheet[f"A{row}"].value
        if isinstance(text, str) and text and not text.startswith("Inschrijving"):
            sheet[f"D{row}"] = 6
            sheet[f"E{row}"] = "Voldoende uitgewerkt."
    book.save(path)


def test_grids_are_refused_before_the_declarations_are_signed(
    qapp: QApplication, run_cli: RunCli, demo_file: Path, tmp_path: Path
) -> None:
    result = run_cli("--db", demo_file, "--lang", "en", "grid", "export", "--lot", LOT, tmp_path)
    assert result.code == 1
    assert "No scoring grid was exported for lot SSB-2019/3" in result.err
    assert "has not signed the conflict-of-interest declaration" in result.err


def test_export_writes_a_grid_per_evaluator_or_for_one(
    qapp: QApplication, run_cli: RunCli, demo_file: Path, tmp_path: Path
) -> None:
    sign_declarations(demo_file)
    result = run_cli("--db", demo_file, "--json", "grid", "export", "--lot", LOT, tmp_path / "all")
    assert result.code == 0, result.err
    names = sorted(Path(name).name for name in result.document["files"])
    assert names == [
        "SSB-2019-3-E. El Idrissi-beoordeling.xlsx",
        "SSB-2019-3-Priya Ramdin-beoordeling.xlsx",
        "SSB-2019-3-Ruud Koster-beoordeling.xlsx",
    ]
    one = run_cli(
        "--db",
        demo_file,
        "grid",
        "export",
        "--lot",
        LOT,
        "--evaluator",
        "ruud  koster",
        tmp_path / "one",
    )
    assert one.code == 0, one.err
    assert [path.name for path in (tmp_path / "one").iterdir()] == [names[2]]
    unknown = run_cli(
        "--db",
        demo_file,
        "--lang",
        "en",
        "grid",
        "export",
        "--lot",
        LOT,
        "--evaluator",
        "Nobody",
        tmp_path / "none",
    )
    assert unknown.code == 2
    assert "Nobody is not on the committee of lot SSB-2019/3; choose one of:" in unknown.err


def test_import_previews_refuses_problems_and_then_writes(
    qapp: QApplication, run_cli: RunCli, demo_file: Path, tmp_path: Path
) -> None:
    sign_declarations(demo_file)
    exported = run_cli("--db", demo_file, "--json", "grid", "export", "--lot", LOT, tmp_path)
    paths = [Path(name) for name in exported.document["files"]]
    for path in paths:
        fill(path)
    before = score_count(demo_file)

    dry = run_cli("--db", demo_file, "--json", "grid", "import", *paths, "--dry-run")
    assert dry.code == 0, dry.out + dry.err
    assert dry.document["valid"] and not dry.document["written"]
    assert [file["new"] for file in dry.document["files"]] == [18, 18, 18]
    assert dry.document["files"][0]["cells"][0]["cell"] == "Beoordeling!D6"
    assert score_count(demo_file) == before

    book = openpyxl.load_workbook(paths[1])
    book[grids.GRID_SHEET]["D7"] = 7
    book.save(paths[1])
    refused = run_cli("--db", demo_file, "--lang", "en", "grid", "import", *paths)
    assert refused.code == 1
    assert (
        f"{paths[1].name}, Beoordeling!D7: the score 7 is not on the scale; choose one of "
        "0, 2, 4, 6, 8, 10." in refused.out
    )
    assert "Nothing was written" in refused.out
    assert score_count(demo_file) == before

    fill(paths[1])
    imported = run_cli("--db", demo_file, "--lang", "en", "grid", "import", *paths)
    assert imported.code == 0, imported.out + imported.err
    assert "new 18, changed 0, unchanged 0, empty 0" in imported.out
    assert score_count(demo_file) == before + 54
    again = run_cli(
        "--db", demo_file, "--lang", "en", "--json", "grid", "import", paths[0], "--lot",
        "SSB-2019/2",
    )  # fmt: skip
    assert again.code == 1
    assert "not of lot SSB-2019/2" in again.document["files"][0]["problems"][0]


def test_dossier_zips_criteria_declarations_scores_minutes_and_results_with_hashes(
    qapp: QApplication, run_cli: RunCli, demo_file: Path, tmp_path: Path
) -> None:
    result = run_cli("--db", demo_file, "--json", "dossier", "--lot", "SSB-2019/1", tmp_path)
    assert result.code == 0, result.err
    archive = Path(result.document["dossier"])
    assert archive.name == "SSB-2019-1-evaluatiedossier.zip"
    with zipfile.ZipFile(archive) as package:
        names = package.namelist()
        manifest = package.read("00-inhoud.txt").decode("utf-8")
        minutes = package.read("05-notulen-1-2019-11-05.pdf")
        import hashlib

        for name in names[1:]:
            digest = hashlib.sha256(package.read(name)).hexdigest()
            assert f"{digest}" in manifest and name in manifest
    assert names == [
        "00-inhoud.txt",
        "01-criteria.xlsx",
        "02-verklaringen.xlsx",
        "03-individuele-scores.xlsx",
        "04-consensus.xlsx",
        "05-notulen-1-2019-11-05.pdf",
        "06-resultaat.xlsx",
        "07-robuustheid.txt",
        "08-tijdlijn-gunning-en-bezwaar.txt",
        "09-gunningsbrief-SSB-2019-1-A-Stichting Opgroeikracht Sleutelstad.pdf",
        "09-gunningsbrief-SSB-2019-1-B-Stichting Jeugdhaven.pdf",
    ]
    assert minutes.startswith(b"%PDF")
    with zipfile.ZipFile(archive) as package:
        robustness = package.read("07-robuustheid.txt").decode("utf-8")
        consensus = openpyxl.load_workbook(io.BytesIO(package.read("04-consensus.xlsx")))
    # The same sentences as `ssb-desktop results`, in Dutch.
    report = run_cli("--db", demo_file, "--json", "results", "--lot", "SSB-2019/1")
    for sentence in report.document["robustness_text"]:
        assert sentence in robustness
    assert "De winnaar verandert" in robustness or "Geen enkele wijziging" in robustness
    assert consensus.sheetnames == ["Consensus", "Overeenstemming", "Signalen beoordelaars"]
    agreement = list(consensus["Overeenstemming"].iter_rows(min_row=2, values_only=True))
    assert len(agreement) == 4  # K1-K4
    assert all(cells == 2 for _title, _alpha, cells, _scores in agreement)
