"""The organisations workbook: colleagues' lists are read as they meant them, and our export
holds every text as inert text that reads back unchanged."""

from __future__ import annotations

import zipfile
from collections.abc import Callable
from pathlib import Path

import openpyxl
import pytest

from ssb_desktop.errors import WorkbookError
from ssb_desktop.excel.organisations import (
    EXPORT_FIELDS,
    export_row,
    read_organisations,
    write_organisations,
)
from ssb_desktop.records import ContactRecord, OrganisationKind, OrganisationRecord

PARTNERS = Path("/work/shared/fixtures/legacy-partners-2019.xlsx")

# Texts a spreadsheet would take for a formula, an error value or a number if written naively.
FORMULA_LIKE = ['=HYPERLINK("http://x")', "+31 71 123", "@home", "-5", "=1+1", "#N/A"]


def _record(number: int, name: str, notes: str = "", **fields: object) -> OrganisationRecord:
    return OrganisationRecord(id=number, name=name, notes=notes, **fields)  # type: ignore[arg-type]


RECORDS = [
    _record(
        1,
        '=HYPERLINK("http://x")',
        "+31 71 123",
        kind=OrganisationKind.PROFESSIONAL,
        kvk="09808638",
        iban="NL91ABNA0417164300",
        postcode="2311 AB",
        phone="0712345678",
        district_names=("Morsdistrict", "Leiden-Noord"),
        contacts=(ContactRecord("F. Öztürk", "f@example.nl", "0612345678"),),
    ),
    _record(2, "Stichting Thuis", "@home", kind=OrganisationKind.VOLUNTEER, archived=True),
    _record(3, "Stichting Min", "-5"),
    _record(4, "Stichting Som", "=1+1"),
    _record(5, "Stichting Fout", "#N/A", rsin="001234567"),
]


# --- reading colleagues' lists ----------------------------------------------------------------


def test_the_legacy_list_is_read_below_its_title_with_thirty_rows_and_two_warnings() -> None:
    parsed = read_organisations(PARTNERS)

    assert (parsed.sheet, parsed.header_row) == ("Partners", 4)
    assert len(parsed.rows) == 30
    assert parsed.problems == []
    assert {"name", "kvk", "iban", "districts", "kind", "contact"} <= set(parsed.mapping)
    warning, note = parsed.warnings
    # The source note below the data, after a blank row, is reported and not imported.
    assert note.row == 36 and "Bron: eigen registratie" in note.english()
    assert (warning.sheet, warning.row, warning.column) == ("Partners", 9, "KvK-nummer")
    assert warning.params["kvk"] == "09808638"
    by_row = {row.row: row.values for row in parsed.rows}
    assert by_row[9]["kvk"] == "09808638"
    assert by_row[5]["name"] == "Stichting Jeugdwerk Leiden"
    assert by_row[5]["districts"] == "Roodenburgerdistrict, Morsdistrict, Leiden-Noord"


def test_a_list_without_a_name_column_is_one_problem_on_the_header_row(
    organisations_workbook: Callable[..., Path],
) -> None:
    workbook = organisations_workbook(["Instelling", "Plaats"], [["Stichting X", "Leiden"]])

    parsed = read_organisations(workbook)

    [problem] = parsed.problems
    assert (problem.sheet, problem.row, problem.column) == ("Lijst", 1, "")
    # No English field label is filled into the sentence: it is translated whole.
    assert problem.params == {}
    assert "names of the organisations" in problem.english()
    assert parsed.rows == []


def test_an_explicit_mapping_names_the_unusual_column(
    organisations_workbook: Callable[..., Path],
) -> None:
    workbook = organisations_workbook(["Instelling", "Plaats"], [["Stichting X", "Leiden"]])

    parsed = read_organisations(workbook, {"Instelling": "name"})

    assert parsed.problems == []
    assert [row.values for row in parsed.rows] == [{"name": "Stichting X", "city": "Leiden"}]


@pytest.mark.parametrize(
    ("mapping", "expected"),
    [
        ({"Bestaat niet": "city"}, 'names the column "Bestaat niet"'),
        ({"Plaats": "shoe size"}, '"shoe size", which is not a known field'),
    ],
)
def test_a_mapping_that_cannot_be_applied_is_a_problem_on_the_header_row(
    organisations_workbook: Callable[..., Path], mapping: dict[str, str], expected: str
) -> None:
    workbook = organisations_workbook(["Naam", "Plaats"], [["Stichting X", "Leiden"]])

    parsed = read_organisations(workbook, mapping)

    [problem] = parsed.problems
    assert problem.row == 1
    assert problem.column == next(iter(mapping))
    assert expected in problem.english()
    assert parsed.rows == []


def test_every_broken_workbook_is_a_workbook_error_with_exit_code_2(bad_workbook: Path) -> None:
    with pytest.raises(WorkbookError) as caught:
        read_organisations(bad_workbook)

    assert caught.value.exit_code == 2
    assert caught.value.context == "Excel"
    assert "try again" in str(caught.value) or "choose" in str(caught.value)


# --- our export -------------------------------------------------------------------------------


def test_formula_like_texts_and_codes_are_exported_as_text_cells(tmp_path: Path) -> None:
    path = tmp_path / "organisaties.xlsx"
    write_organisations(path, RECORDS)

    with zipfile.ZipFile(path) as archive:
        sheet_xml = archive.read("xl/worksheets/sheet1.xml").decode("utf-8")
    assert "<f>" not in sheet_xml and "<f " not in sheet_xml, "a cell holds a formula"
    book = openpyxl.load_workbook(path)
    sheet = book.active
    assert sheet is not None
    header = [cell.value for cell in sheet[1]]
    texts = []
    for row in sheet.iter_rows(min_row=2):
        for cell in row:
            if cell.value is not None and header[cell.column - 1] != "ID":
                assert cell.data_type == "s", f"{cell.coordinate} {cell.value!r} is not text"
                texts.append(cell.value)
    assert set(FORMULA_LIKE) <= set(texts)
    kvk = [row[header.index("KvK-nummer")].value for row in sheet.iter_rows(min_row=2)]
    assert kvk[0] == "09808638"


def test_an_export_reads_back_exactly_as_written(tmp_path: Path) -> None:
    path = tmp_path / "organisaties.xlsx"
    write_organisations(path, RECORDS)

    parsed = read_organisations(path)

    assert parsed.problems == parsed.warnings == []
    assert [name for name, _kind, _width in EXPORT_FIELDS] == list(parsed.mapping)
    for record, row in zip(RECORDS, parsed.rows, strict=True):
        written = dict(zip(parsed.mapping, export_row(record), strict=True))
        expected = {name: "" if value is None else str(value) for name, value in written.items()}
        assert row.values == expected
