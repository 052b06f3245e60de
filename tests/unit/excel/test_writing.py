"""Exports open in Excel as typed, inert, filterable lists, or leave the old file alone."""

from __future__ import annotations

import errno
import os
import zipfile
from collections.abc import Iterator
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from ssb_desktop.errors import WorkbookError
from ssb_desktop.excel import writing
from ssb_desktop.excel.reading import METADATA_SHEET, read_metadata, read_sheet
from ssb_desktop.excel.writing import Column, ColumnKind, SheetSpec, write_workbook

FORMULA_LIKE = ["=1+2", '=HYPERLINK("http://x")', "+31 6 12345678", "-5", "@SUM(A1)", "#N/A"]

COLUMNS = [
    Column("Naam"),
    Column("KvK-nummer", ColumnKind.CODE),
    Column("Aantal", ColumnKind.INTEGER),
    Column("Score", ColumnKind.DECIMAL),
    Column("Bedrag", ColumnKind.MONEY),
    Column("Datum", ColumnKind.DATE),
    Column("Ontvangen", ColumnKind.DATETIME),
    Column("Aandeel", ColumnKind.PERCENTAGE, width=9),
]
ROWS = [
    (
        "Stichting A",
        "09808638",
        3,
        Decimal("7.5"),
        Decimal("1234.56"),
        date(2020, 1, 25),
        datetime(2020, 1, 25, 9, 30),
        0.25,
    ),
    ("Stichting B", "00123456", None, None, Decimal("-12.50"), None, None, None),
]


def write(path: Path, rows: Any = ROWS, **kwargs: Any) -> Path:
    write_workbook(path, [SheetSpec("Organisaties", COLUMNS, rows)], **kwargs)
    return path


def sheet_xml(path: Path, part: str = "xl/worksheets/sheet1.xml") -> str:
    with zipfile.ZipFile(path) as archive:
        return archive.read(part).decode("utf-8")


# --- what a user sees in Excel ----------------------------------------------------------------


def test_columns_get_real_types_and_dutch_formats(tmp_path: Path) -> None:
    sheet = openpyxl.load_workbook(write(tmp_path / "out.xlsx"))["Organisaties"]
    first = {cell.column_letter: cell for cell in sheet[2]}

    assert first["B"].value == "09808638" and first["B"].data_type == "s"
    assert first["B"].number_format == "@"
    assert first["C"].value == 3 and first["C"].number_format == "0"
    assert first["E"].value == pytest.approx(1234.56)
    assert "€" in first["E"].number_format and "#,##0.00" in first["E"].number_format
    assert first["F"].value == datetime(2020, 1, 25) and first["F"].is_date
    assert first["F"].number_format == "dd-mm-yyyy"
    assert first["G"].value == datetime(2020, 1, 25, 9, 30)
    assert first["G"].number_format == "dd-mm-yyyy hh:mm"
    assert first["H"].value == 0.25 and first["H"].number_format.endswith("%")
    assert sheet["C3"].value is None


def test_the_header_is_bold_frozen_and_filtered_with_widths(tmp_path: Path) -> None:
    sheet = openpyxl.load_workbook(write(tmp_path / "out.xlsx"))["Organisaties"]

    assert [cell.value for cell in sheet[1]] == [column.header for column in COLUMNS]
    assert all(cell.font.b for cell in sheet[1])
    assert sheet.freeze_panes == "A2"
    assert sheet.auto_filter.ref == "A1:H3"
    assert sheet.column_dimensions["A"].width == 30
    assert sheet.column_dimensions["H"].width == 9
    assert sheet.max_row == 3


@pytest.mark.parametrize("kind", [ColumnKind.TEXT, ColumnKind.MONEY])
def test_text_that_looks_like_a_formula_stays_inert_text(tmp_path: Path, kind: ColumnKind) -> None:
    path = tmp_path / "inert.xlsx"
    write_workbook(path, [SheetSpec("S", [Column("Tekst", kind)], [(t,) for t in FORMULA_LIKE])])

    sheet = openpyxl.load_workbook(path)["S"]
    cells = [row[0] for row in sheet.iter_rows(min_row=2)]
    assert [cell.value for cell in cells] == FORMULA_LIKE
    assert {cell.data_type for cell in cells} == {"s"}
    assert "<f>" not in sheet_xml(path) and "<f " not in sheet_xml(path)
    assert [row[0] for row in read_sheet(path).rows[1:]] == FORMULA_LIKE


def test_values_survive_a_round_trip_through_the_reader(tmp_path: Path) -> None:
    rows = read_sheet(write(tmp_path / "out.xlsx")).rows

    assert rows[1][:3] == ("Stichting A", "09808638", 3)
    assert rows[1][4] == pytest.approx(1234.56)
    assert rows[1][5] == date(2020, 1, 25)
    assert rows[1][6] == datetime(2020, 1, 25, 9, 30)
    assert rows[2][1] == "00123456"
    assert rows[2][4] == -12.5


def test_awkward_text_comes_back_unchanged(tmp_path: Path) -> None:
    awkward = ["  spaces  ", "a & b < c > d", "tab\there", "bell\x07", "_x0041_ literal", "ß€😀"]
    path = tmp_path / "awkward.xlsx"
    write_workbook(path, [SheetSpec("S", [Column("Tekst")], [(text,) for text in awkward])])

    assert [row[0] for row in read_sheet(path).rows[1:]] == awkward


def test_moments_are_shown_in_dutch_local_time(tmp_path: Path) -> None:
    path = tmp_path / "moments.xlsx"
    summer = datetime(2020, 7, 1, 10, 0, tzinfo=UTC)
    write_workbook(path, [SheetSpec("S", [Column("Moment", ColumnKind.DATETIME)], [(summer,)])])

    assert read_sheet(path).rows[1][0] == datetime(2020, 7, 1, 12, 0)


def test_metadata_goes_on_a_very_hidden_sheet(tmp_path: Path) -> None:
    path = write(tmp_path / "grid.xlsx", metadata={"format": "1", "purpose": "scoring grid"})

    book = openpyxl.load_workbook(path)
    assert book.sheetnames == ["Organisaties", METADATA_SHEET]
    assert book[METADATA_SHEET].sheet_state == "veryHidden"
    assert book.active is not None and book.active.title == "Organisaties"
    assert read_metadata(path) == {"format": "1", "purpose": "scoring grid"}
    assert read_sheet(path).name == "Organisaties"


def test_sheet_titles_are_made_valid_and_unique(tmp_path: Path) -> None:
    path = tmp_path / "titles.xlsx"
    specs = [
        SheetSpec(title, [Column("A")], [("x",)])
        for title in ["Lijst: 2020/2021", "lijst- 2020-2021", "x" * 40]
    ]
    write_workbook(path, specs)

    assert openpyxl.load_workbook(path).sheetnames == [
        "Lijst- 2020-2021",
        "lijst- 2020-2021 (2)",
        "x" * 31,
    ]


def test_rows_stream_from_a_generator(tmp_path: Path) -> None:
    def generate() -> Iterator[tuple[int, str]]:
        for number in range(5000):
            yield number, f"naam {number}"

    path = tmp_path / "stream.xlsx"
    columns = [Column("Nr", ColumnKind.INTEGER), Column("Naam")]
    write_workbook(path, [SheetSpec("S", columns, generate())])

    rows = read_sheet(path).rows
    assert len(rows) == 5001 and rows[-1] == (4999, "naam 4999")
    assert openpyxl.load_workbook(path)["S"].auto_filter.ref == "A1:B5001"


def test_text_longer_than_excel_allows_is_refused(tmp_path: Path) -> None:
    with pytest.raises(WorkbookError) as caught:
        write_workbook(tmp_path / "long.xlsx", [SheetSpec("S", [Column("T")], [("x" * 40_000,)])])
    assert caught.value.params["cell"] == "A2"
    assert list(tmp_path.iterdir()) == []


# --- the old file is replaced whole or not at all ---------------------------------------------


@pytest.fixture
def existing(tmp_path: Path) -> Path:
    target = tmp_path / "export.xlsx"
    target.write_bytes(b"the previous export")
    return target


def assert_untouched(target: Path) -> None:
    assert target.read_bytes() == b"the previous export"
    assert list(target.parent.iterdir()) == [target], "a temporary file was left behind"


def test_a_new_export_replaces_the_old_file(existing: Path) -> None:
    write(existing)

    assert read_sheet(existing).rows[1][0] == "Stichting A"
    assert list(existing.parent.iterdir()) == [existing]


def test_a_target_open_in_excel_is_left_alone(
    existing: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def locked(source: Any, target: Any) -> None:
        raise PermissionError(13, "The process cannot access the file", str(target))

    monkeypatch.setattr(os, "replace", locked)

    with pytest.raises(WorkbookError, match="close the file in Excel and try again"):
        write(existing)
    assert_untouched(existing)


def test_a_full_disk_leaves_the_target_alone(
    existing: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real_splice = writing._splice_rows

    def full(*args: Any) -> None:
        real_splice(*args)
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(writing, "_splice_rows", full)

    with pytest.raises(WorkbookError, match="The disk is full") as caught:
        write(existing)
    assert "No space left" in caught.value.details
    assert_untouched(existing)


def test_a_read_only_folder_is_reported(existing: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def refused(folder: Path, stem: str) -> None:
        raise PermissionError(13, "Permission denied", str(folder))

    monkeypatch.setattr(writing, "_create_temporary", refused)

    with pytest.raises(WorkbookError, match="You cannot save files in the folder"):
        write(existing)
    assert_untouched(existing)


def test_a_missing_folder_is_reported(tmp_path: Path) -> None:
    with pytest.raises(WorkbookError, match="does not exist"):
        write(tmp_path / "gone" / "export.xlsx")


def test_a_failure_while_producing_rows_leaves_the_target_alone(existing: Path) -> None:
    def failing() -> Iterator[tuple[Any, ...]]:
        yield ROWS[0]
        raise RuntimeError("database went away")

    with pytest.raises(RuntimeError, match="database went away"):
        write(existing, failing())
    assert_untouched(existing)
