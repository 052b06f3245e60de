"""An unchanged export re-imports without changes, also after a colleague re-saved it in
LibreOffice Calc: the round trip a team makes when it shares the organisations list."""

from __future__ import annotations

import os
import shutil
import subprocess
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import openpyxl
import pytest

RunCli = Callable[..., Any]
State = Callable[[Path], Any]

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
# CI installs LibreOffice and sets this, so that a missing program fails instead of skipping.
if SOFFICE is None and os.environ.get("SSB_REQUIRE_LIBREOFFICE") == "1":
    raise RuntimeError("SSB_REQUIRE_LIBREOFFICE=1 but LibreOffice (soffice) is not installed")

# Rows a real list has and a re-save could disturb: formula-like text, a KvK number and a
# phone number with leading zeros, several districts, a line break, an archived flag.
TRICKY_HEADER = ["Naam", "KvK-nummer", "Telefoon", "Wijken", "Gearchiveerd", "Opmerkingen"]
TRICKY_ROWS = [
    [
        '=HYPERLINK("http://x")',
        "01234567",
        "0712345678",
        "Morsdistrict, Leiden-Noord",
        "Nee",
        "+31 71 123",
    ],
    ["Stichting Thuis", "", "", "", "Ja", "@home"],
    ["Stichting Min", "", "", "", "Nee", "-5"],
    ["Stichting Datum", "", "", "", "Nee", "1-7-2020"],
    ["Stichting Getal", "", "", "", "Nee", "00123"],
    ["Stichting Regels", "", "", "", "Nee", "eerste regel\ntweede regel"],
    ["Stichting Bedrag", "", "", "", "Nee", "€ 12.500,00"],
]


def resave_in_libreoffice(source: Path, folder: Path) -> Path:
    """Open ``source`` in LibreOffice Calc and save it again as .xlsx, as a colleague would."""
    assert SOFFICE is not None
    folder.mkdir()
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


def saved_by(path: Path) -> str:
    with zipfile.ZipFile(path) as archive:
        return archive.read("docProps/app.xml").decode("utf-8")


@pytest.fixture
def shared_list(
    run_cli: RunCli, demo_file: Path, organisations_workbook: Callable[..., Path], tmp_path: Path
) -> tuple[Path, Path, int]:
    """The demo database with some tricky organisations added, and its export."""
    tricky = organisations_workbook(TRICKY_HEADER, TRICKY_ROWS, name="tricky.xlsx")
    added = run_cli("--db", demo_file, "--lang", "en", "import", "organisations", tricky)
    assert added.code == 0, added.out + added.err
    export = tmp_path / "organisaties.xlsx"
    exported = run_cli("--db", demo_file, "--json", "export", "organisations", export)
    assert exported.code == 0
    return demo_file, export, int(exported.document["exported"])


def reimport(run_cli: RunCli, database: Path, workbook: Path) -> dict[str, Any]:
    result = run_cli("--db", database, "--json", "import", "organisations", workbook)
    assert result.code == 0, result.out + result.err
    report: dict[str, Any] = result.document
    return report


def test_an_unchanged_export_reimports_with_no_changes(
    run_cli: RunCli, database_state: State, shared_list: tuple[Path, Path, int]
) -> None:
    database, export, count = shared_list
    before = database_state(database)

    report = reimport(run_cli, database, export)

    assert (report["created"], report["updated"], report["unchanged"]) == (0, 0, count)
    assert report["problems"] == report["warnings"] == []
    assert database_state(database) == before


@pytest.mark.skipif(SOFFICE is None, reason="LibreOffice (soffice) is not installed")
def test_an_export_resaved_in_libreoffice_reimports_with_no_changes(
    run_cli: RunCli, database_state: State, shared_list: tuple[Path, Path, int], tmp_path: Path
) -> None:
    database, export, count = shared_list
    resaved = resave_in_libreoffice(export, tmp_path / "resaved")
    assert "LibreOffice" in saved_by(resaved), "the file was really written by LibreOffice"
    assert "LibreOffice" not in saved_by(export)
    before = database_state(database)

    report = reimport(run_cli, database, resaved)

    assert (report["created"], report["updated"], report["unchanged"]) == (0, 0, count)
    assert report["problems"] == report["warnings"] == []
    assert database_state(database) == before


@pytest.mark.skipif(SOFFICE is None, reason="LibreOffice (soffice) is not installed")
def test_formula_like_texts_stay_text_after_a_libreoffice_resave(
    shared_list: tuple[Path, Path, int], tmp_path: Path
) -> None:
    _database, export, _count = shared_list
    resaved = resave_in_libreoffice(export, tmp_path / "resaved")

    book = openpyxl.load_workbook(resaved)
    sheet = book.active
    assert sheet is not None
    header = [cell.value for cell in sheet[1]]
    cells = {
        row[header.index("Naam")].value: row[header.index("Opmerkingen")]
        for row in sheet.iter_rows(min_row=2)
    }
    for name, *_middle, notes in TRICKY_ROWS:
        assert name in cells, f"{name!r} lost or changed"
        assert cells[name].data_type == "s", f"{notes!r} is no longer text"
        assert cells[name].value == notes
