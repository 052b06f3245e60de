"""Imports read to the real end of the data: a blank row inside a colleague's list is skipped
and reported, never taken as the end, and a totals or note row below the data is still
recognised, in every importer (they share excel/reading.py)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import pytest

from ssb_desktop.excel.applications import read_applications
from ssb_desktop.excel.bids import read_bids
from ssb_desktop.excel.criteria import read_criteria
from ssb_desktop.excel.organisations import read_organisations
from ssb_desktop.excel.reading import RawSheet, find_header, read_data
from ssb_desktop.records import Problem
from tests.unit.conftest import write_workbook

BEFORE, AFTER = 5, 100


def _with_gaps(make: Callable[[int], list[Any]], total: list[Any]) -> list[Sequence[Any]]:
    """5 rows, a blank row (row 7), 100 rows, two blank rows, then a totals row."""
    first = [make(n) for n in range(BEFORE)]
    rest = [make(n) for n in range(BEFORE, BEFORE + AFTER)]
    return [*first, [], *rest, [], [], total]


def _organisations(path: Path) -> tuple[int, list[Problem]]:
    parsed = read_organisations(path)
    assert parsed.problems == []
    return len(parsed.rows), parsed.warnings


def _bids(path: Path) -> tuple[int, list[Problem]]:
    parsed = read_bids(path)
    assert parsed.problems == []
    return len(parsed.rows), parsed.warnings


def _criteria(path: Path) -> tuple[int, list[Problem]]:
    parsed = read_criteria(path, "SSB-2019/1")
    assert parsed.problems == []
    # No sheet named after the lot: the first sheet is read, and the user is told so.
    return len(parsed.rows), [w for w in parsed.warnings if w.row is not None]


def _applications(path: Path) -> tuple[int, list[Problem]]:
    parsed = read_applications(path)
    assert parsed.problems == []
    return len(parsed.rows), parsed.warnings


IMPORTERS: dict[
    str, tuple[list[str], Callable[[int], list[Any]], list[Any], Callable[..., Any]]
] = {
    "organisations": (
        ["Naam", "Plaats"],
        lambda n: [f"Stichting {n}", "Leiden"],
        ["Totaal", "106 organisaties"],
        _organisations,
    ),
    "bids": (
        ["Kavel", "Inschrijver", "Inschrijfsom"],
        lambda n: ["SSB-2019/1", f"Stichting {n}", 1000 + n],
        ["Totaal", None, 123_456],
        _bids,
    ),
    "criteria": (
        ["Hoofdcriterium", "Weging %"],
        lambda n: [f"Criterium {n}", 1],
        ["Totaal", 105],
        _criteria,
    ),
    "applications": (
        ["Organisatie", "KvK-nummer", "Activiteit", "Aangevraagd bedrag", "Datum ontvangst"],
        lambda n: [f"Stichting {n}", f"{10000000 + n}", f"Activiteit {n}", 100 + n, "1-2-2020"],
        ["Totaal", None, None, 16_000, None],
        _applications,
    ),
}


@pytest.mark.parametrize("kind", list(IMPORTERS))
def test_a_list_with_a_blank_row_is_read_whole_and_the_blank_row_is_reported(
    kind: str, tmp_path: Path
) -> None:
    header, make, total, read = IMPORTERS[kind]
    path = write_workbook(tmp_path / f"{kind}.xlsx", header, _with_gaps(make, total))

    count, warnings = read(path)

    assert count == BEFORE + AFTER
    rows = [(w.row, w.english()) for w in warnings if w.row is not None]
    assert (7, "Row 7 is empty and was skipped; the rows below it were read.") in rows
    # The two blank rows above the totals row are below the data: no warning for them.
    assert not [text for _row, text in rows if "Rows" in text]


def test_several_blank_rows_together_are_one_warning() -> None:
    sheet = RawSheet("Lijst", [("Naam", "Plaats"), ("A", "X"), (None,), (None,), ("B", "Y")])
    header = find_header(sheet.rows, {"name": ["Naam"]})

    rows, warnings = read_data(sheet, header)

    assert [number for number, _ in rows] == [2, 5]
    assert [(w.row, w.english()) for w in warnings] == [
        (3, "Rows 3 to 4 are empty and were skipped; the rows below them were read.")
    ]


def test_a_note_below_the_data_is_not_data_and_is_reported() -> None:
    sheet = RawSheet(
        "Lijst",
        [("Naam", "Plaats"), ("A", "X"), ("B", "Y"), (None, None), ("Bron: ledenadministratie",)],
    )
    header = find_header(sheet.rows, {"name": ["Naam"]})

    rows, warnings = read_data(sheet, header)

    assert [number for number, _ in rows] == [2, 3]
    [note] = warnings
    assert note.row == 5 and "Bron: ledenadministratie" in note.english()


def test_a_list_of_names_alone_after_a_blank_row_is_data_not_notes() -> None:
    sheet = RawSheet("Lijst", [("Naam",), ("A",), (None,), ("B",), ("C",)])
    header = find_header(sheet.rows, {"name": ["Naam"]})

    rows, _warnings = read_data(sheet, header)

    assert [number for number, _ in rows] == [2, 4, 5]


def test_the_import_command_creates_every_organisation_around_a_blank_row_and_says_so(
    run_cli: Callable[..., Any], tmp_path: Path
) -> None:
    database = tmp_path / "ssb.sqlite3"
    header, make, total, _read = IMPORTERS["organisations"]
    path = write_workbook(tmp_path / "lijst.xlsx", header, _with_gaps(make, total))

    result = run_cli("--db", database, "--lang", "en", "import", "organisations", path)

    assert result.code == 0, result.err
    assert f"Created: {BEFORE + AFTER}" in result.out
    assert "Warning: Lijst row 7: Row 7 is empty and was skipped" in result.out
    assert "Totaal" in result.out  # the totals row is named in its warning, not imported
