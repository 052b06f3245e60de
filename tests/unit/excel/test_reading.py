"""Legacy sheets are read as their users see them: header found, data rows only, values usable."""

from __future__ import annotations

import random
import string
import zipfile
from collections.abc import Callable
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from ssb_desktop.errors import WorkbookError
from ssb_desktop.excel.reading import (
    HEADER_SCAN_ROWS,
    CellRange,
    HeaderMatch,
    RawSheet,
    apply_mapping,
    cell_code,
    cell_date,
    cell_decimal,
    cell_int,
    cell_text,
    data_rows,
    find_header,
    is_total_row,
    layout_key,
    normalise_header,
    read_data,
    read_metadata,
    read_sheet,
)

FIXTURES = Path("/work/shared/fixtures")
PARTNERS = FIXTURES / "legacy-partners-2019.xlsx"
SUBSIDIES = FIXTURES / "legacy-subsidies-2020.xlsx"

PARTNER_SYNONYMS = {
    "name": ("Naam", "Naam organisatie", "Organisatie"),
    "kvk": ("KvK-nummer", "KvK"),
    "postcode": ("Postcode",),
    "city": ("Plaats", "Woonplaats"),
    "iban": ("IBAN", "Rekeningnummer"),
    "rsin": ("RSIN",),
}
SUBSIDY_SYNONYMS = {
    "number": ("Nr.", "Nummer"),
    "organisation": ("Organisatie", "Naam organisatie"),
    "kvk": ("KvK-nummer",),
    "amount": ("Aangevraagd bedrag", "Bedrag"),
    "received": ("Datum ontvangst", "Ontvangen"),
    "granted": ("Verleend", "Toegekend"),
}


def rewrite(path: Path, part: str, change: Callable[[bytes], bytes]) -> None:
    with zipfile.ZipFile(path) as source:
        parts = {info.filename: source.read(info) for info in source.infolist()}
    parts[part] = change(parts[part])
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for name, data in parts.items():
            target.writestr(name, data)


def workbook(path: Path, rows: list[list[Any]], *, merge: str = "", title: str = "Data") -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = title
    for row in rows:
        sheet.append(row)
    if merge:
        sheet.merge_cells(merge)
    book.save(path)
    return path


# --- the legacy partners list -----------------------------------------------------------------


def test_partners_header_is_found_below_the_title_rows() -> None:
    sheet = read_sheet(PARTNERS)
    header = find_header(sheet.rows, PARTNER_SYNONYMS, required=("name", "kvk"))

    assert header.excel_row == 4
    assert header.headers[:2] == ("Naam organisatie", "KvK-nummer")
    assert header.mapping == {"name": 0, "kvk": 1, "postcode": 3, "city": 4, "iban": 10}
    assert "Contactpersoon" in header.unmapped
    assert header.missing == ()


def test_partners_yield_exactly_the_thirty_data_rows() -> None:
    sheet = read_sheet(PARTNERS)
    header = find_header(sheet.rows, PARTNER_SYNONYMS, required=("name",))

    rows = list(data_rows(sheet, header))

    assert [number for number, _ in rows] == list(range(5, 35))
    assert rows[-1][1][0] == "Stichting Vrienden van Mantelzorg Haarlemmer 29"
    assert all("Bron:" not in cell_text(row[0]) for _, row in rows)


def test_the_merged_title_above_the_header_is_fine() -> None:
    sheet = read_sheet(PARTNERS)

    assert CellRange(1, 1, 1, 6) in sheet.merged
    assert CellRange(1, 1, 1, 6).ref == "A1:F1"


def test_a_kvk_number_stored_as_a_number_gets_its_leading_zero_back() -> None:
    sheet = read_sheet(PARTNERS)
    header = find_header(sheet.rows, PARTNER_SYNONYMS)
    row9 = dict(data_rows(sheet, header))[9]

    kvk = row9[header.mapping["kvk"]]
    assert kvk == 9808638
    assert isinstance(kvk, float)
    assert cell_code(kvk, pad_to=8) == "09808638"
    assert cell_text(kvk) == "9808638"


# --- the legacy subsidies list ----------------------------------------------------------------


def _subsidy_rows() -> tuple[HeaderMatch, list[tuple[int, tuple[Any, ...]]]]:
    sheet = read_sheet(SUBSIDIES)
    header = find_header(sheet.rows, SUBSIDY_SYNONYMS, required=("organisation", "amount"))
    return header, list(data_rows(sheet, header))


def test_subsidies_header_is_on_row_three() -> None:
    header, rows = _subsidy_rows()

    assert header.excel_row == 3
    assert header.mapping["amount"] == 6
    assert [number for number, _ in rows] == list(range(4, 45))


def test_the_totals_row_is_recognisable_with_its_cached_formula_results() -> None:
    header, rows = _subsidy_rows()
    totals = [row for _, row in rows if is_total_row(row)]
    applications = [row for _, row in rows if not is_total_row(row)]

    assert len(totals) == 1 and len(applications) == 40
    assert totals[0][header.mapping["amount"]] == 44160
    assert totals[0][header.mapping["granted"]] == 32006.25


def test_amounts_as_text_and_as_numbers_are_all_read() -> None:
    header, rows = _subsidy_rows()
    column = header.mapping["amount"]
    cells = [row[column] for _, row in rows if not is_total_row(row)]
    amounts = [cell_decimal(cell) for cell in cells]

    assert all(error is None for _, error in amounts)
    assert amounts[0] == (Decimal("1000.75"), None)  # "€ 1.000,75"
    assert amounts[1] == (Decimal("500.00"), None)  # 500.0
    # Excel's own SUM skipped the amounts typed as text; reading them all shows the gap.
    pairs = list(zip(amounts, cells, strict=True))
    as_numbers = [amount for (amount, _), cell in pairs if isinstance(cell, float)]
    as_text = [amount for (amount, _), cell in pairs if isinstance(cell, str)]
    assert sum(a for a in as_numbers if a is not None) == Decimal("44160.00")
    assert sum(a for a in as_text if a is not None) == Decimal("32505.00")


def test_granted_amounts_add_up_to_the_sheets_own_total() -> None:
    header, rows = _subsidy_rows()
    column = header.mapping["granted"]
    granted = [cell_decimal(row[column])[0] for _, row in rows if not is_total_row(row)]

    assert sum(amount for amount in granted if amount is not None) == Decimal("32006.25")
    assert granted.count(None) == 21  # blank: refused or not decided yet


def test_dates_as_text_and_as_real_dates_are_read() -> None:
    header, rows = _subsidy_rows()
    column = header.mapping["received"]
    dates = {number: cell_date(row[column]) for number, row in rows if not is_total_row(row)}

    assert dates[4] == (date(2020, 1, 25), None)  # "25-1-2020"
    assert dates[5] == (date(2020, 3, 18), None)  # a real date
    assert dates[28] == (date(2020, 2, 29), None)  # "29-2-2020"
    assert all(error is None for _, error in dates.values())


# --- header detection, mapping and layout -----------------------------------------------------


def test_header_variants_normalise_alike() -> None:
    variants = {"KvK-nummer", "KVK nummer", "kvk_nr", " KvK  Nr. ", "KvK number"}

    assert {normalise_header(text) for text in variants} == {"kvknr"}
    assert normalise_header("Café-adres") == normalise_header("cafe adres")


def test_the_row_matching_most_fields_wins_and_missing_required_fields_are_listed() -> None:
    rows = [
        ("Naam",),  # a title that happens to match one synonym
        ("Naam", "Plaats", "Opmerking"),
        ("Stichting A", "Leiden", ""),
    ]

    header = find_header(rows, PARTNER_SYNONYMS, required=("name", "kvk"))

    assert header.row_index == 1
    assert header.mapping == {"name": 0, "city": 1}
    assert header.missing == ("kvk",)
    assert header.unmapped == ("Opmerking",)


def test_without_known_names_the_row_with_most_texts_is_offered_as_header() -> None:
    rows = [("Report",), ("Foo", "Bar", "Baz"), ("x", "y", None)]

    header = find_header(rows, PARTNER_SYNONYMS, required=("name",))

    assert header.excel_row == 2
    assert header.mapping == {}
    assert header.missing == ("name",)


def test_a_sheet_without_any_text_on_top_has_no_header() -> None:
    rows = [(1, 2)] * (HEADER_SCAN_ROWS + 1) + [("Naam", "KvK")]

    with pytest.raises(WorkbookError, match="No row with column names"):
        find_header(rows, PARTNER_SYNONYMS)


def test_an_explicit_mapping_overrides_the_detected_columns() -> None:
    headers = ("Naam", "Registratie", "Plaats")
    detected = {"name": 0, "city": 2}

    mapping, problems = apply_mapping(
        headers, {"registratie": "kvk", "Plaats": ""}, "Data", header_row=1, base=detected
    )

    assert problems == []
    assert mapping == {"name": 0, "kvk": 1}


def test_a_mapping_naming_an_absent_column_or_unknown_field_is_a_problem() -> None:
    headers = ("Naam", "KvK")

    mapping, problems = apply_mapping(
        headers,
        {"Adres": "street", "KvK": "kvk_number", "Naam": "name"},
        "Data",
        header_row=4,
        fields={"name", "kvk", "street"},
    )

    assert mapping == {"name": 0}
    assert [(problem.column, problem.row, problem.sheet) for problem in problems] == [
        ("Adres", 4, "Data"),
        ("KvK", 4, "Data"),
    ]
    assert "Adres" in problems[0].english() and "not in the header row" in problems[0].english()
    assert "not a known field" in problems[1].english()


def test_a_mapping_giving_one_field_two_columns_is_a_problem() -> None:
    mapping, problems = apply_mapping(("A", "B"), {"A": "name", "B": "name"})

    assert mapping == {"name": 0}
    assert "both" in problems[0].english()


def test_the_layout_key_ignores_spelling_but_not_order() -> None:
    key = layout_key(["Naam", "KvK-nummer", "Plaats"])

    assert layout_key(["naam", "KVK nummer", "Plaats", ""]) == key
    assert layout_key(["KvK-nummer", "Naam", "Plaats"]) != key
    assert len(key) == 16


# --- where the data ends ----------------------------------------------------------------------


def test_data_ends_at_the_last_filled_row_and_formatted_rows_do_not_count(tmp_path: Path) -> None:
    path = workbook(
        tmp_path / "list.xlsx",
        [["Naam", "Plaats"], ["A", "Leiden"], ["B", "Delft"], [None, "  "], ["Bron: ons"]],
    )
    book = openpyxl.load_workbook(path)
    sheet = book.active
    assert sheet is not None
    for row in range(10, 200):
        sheet.cell(row=row, column=1).number_format = "0.00"  # styled, but empty
    book.save(path)

    raw = read_sheet(path)
    rows, warnings = read_data(raw, find_header(raw.rows, PARTNER_SYNONYMS))

    assert [number for number, _ in rows] == [2, 3]
    # The note after the blank row is recognised and reported; the styled rows say nothing.
    assert [w.row for w in warnings] == [5]


def test_merged_cells_inside_the_data_are_refused(tmp_path: Path) -> None:
    path = workbook(
        tmp_path / "merged.xlsx",
        [["Naam", "Plaats"], ["A", "Leiden"], ["B", None], ["C", "Delft"]],
        merge="A3:B3",
    )
    sheet = read_sheet(path)
    header = find_header(sheet.rows, PARTNER_SYNONYMS)

    with pytest.raises(WorkbookError, match="merged cells A3:B3 inside the data") as caught:
        data_rows(sheet, header)
    assert caught.value.params["sheet"] == "Data"


def test_data_rows_number_rows_as_excel_does() -> None:
    sheet = RawSheet("S", [("T",), (None,), ("Naam",), ("A",), ("B",)])
    header = find_header(sheet.rows, PARTNER_SYNONYMS)

    assert list(data_rows(sheet, header)) == [(4, ("A",)), (5, ("B",))]


# --- whole-sheet refusals ---------------------------------------------------------------------


def test_a_cell_longer_than_excel_allows_is_refused_by_sheet_and_cell(tmp_path: Path) -> None:
    # openpyxl itself cuts text at Excel's limit, so the 2 MB cell is put in by hand, as
    # random letters so that it does not compress suspiciously well.
    path = workbook(tmp_path / "long.xlsx", [["Naam", "Notitie"], ["A", "PLACEHOLDER"]])
    long_text = "".join(random.Random(1).choices(string.ascii_letters, k=2_000_000))
    rewrite(
        path,
        "xl/worksheets/sheet1.xml",
        lambda xml: xml.replace(b"PLACEHOLDER", long_text.encode()),
    )

    with pytest.raises(WorkbookError) as caught:
        read_sheet(path)
    assert caught.value.params["cell"] == "B2"
    assert caught.value.params["sheet"] == "Data"
    assert "more than 32767 characters" in str(caught.value)


def test_an_empty_sheet_is_refused(tmp_path: Path) -> None:
    path = workbook(tmp_path / "empty.xlsx", [])

    with pytest.raises(WorkbookError, match="is empty"):
        read_sheet(path)


def test_a_sheet_that_does_not_exist_is_refused_naming_the_sheets(tmp_path: Path) -> None:
    path = workbook(tmp_path / "one.xlsx", [["Naam"]], title="Lijst")

    with pytest.raises(WorkbookError) as caught:
        read_sheet(path, "Organisaties")
    assert caught.value.params["sheets"] == "Lijst"


def test_a_sheet_is_found_by_name_and_hidden_sheets_are_skipped_by_default(
    tmp_path: Path,
) -> None:
    book = openpyxl.Workbook()
    hidden = book.active
    assert hidden is not None
    hidden.title = "Hidden"
    hidden.append(["secret"])
    hidden.sheet_state = "hidden"
    book.create_sheet("Lijst").append(["Naam"])
    path = tmp_path / "two.xlsx"
    book.save(path)

    assert read_sheet(path).name == "Lijst"
    assert read_sheet(path, "hidden").rows == [("secret",)]


def test_an_unsafe_file_never_reaches_the_reader(tmp_path: Path) -> None:
    path = tmp_path / "fake.xlsx"
    path.write_text("not a workbook")

    with pytest.raises(WorkbookError, match="not an Excel workbook"):
        read_sheet(path)


def test_a_workbook_the_reader_cannot_parse_is_refused_plainly(tmp_path: Path) -> None:
    path = workbook(tmp_path / "broken.xlsx", [["Naam"]])
    rewrite(path, "xl/workbook.xml", lambda _xml: b"<workbook><sheets><sheet name=")

    with pytest.raises(WorkbookError, match="cannot be read"):
        read_sheet(path)


def test_a_workbook_without_metadata_has_none(tmp_path: Path) -> None:
    assert read_metadata(workbook(tmp_path / "plain.xlsx", [["Naam"]])) == {}


# --- cell values ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "text"),
    [
        (None, ""),
        ("  Leiden ", "Leiden"),
        (123.0, "123"),
        (12.5, "12.5"),
        (7, "7"),
        (True, "TRUE"),
        (date(2020, 1, 25), "25-01-2020"),
        (datetime(2020, 1, 25, 9, 5), "25-01-2020 09:05"),
    ],
)
def test_cell_text(value: Any, text: str) -> None:
    assert cell_text(value) == text


@pytest.mark.parametrize(
    ("value", "amount"),
    [
        ("€ 1.000,75", Decimal("1000.75")),
        ("1.500,50", Decimal("1500.50")),
        ("250", Decimal("250.00")),
        ("€ -12,50", Decimal("-12.50")),
        (1500.5, Decimal("1500.50")),
        (0.1 + 0.2, Decimal("0.30")),
        (3000, Decimal("3000.00")),
        (None, None),
        ("  ", None),
    ],
)
def test_cell_decimal_reads_amounts(value: Any, amount: Decimal | None) -> None:
    assert cell_decimal(value) == (amount, None)


@pytest.mark.parametrize("value", ["twaalf", "12,50 euro", True, date(2020, 1, 1), 1e15])
def test_cell_decimal_reports_what_is_not_an_amount(value: Any) -> None:
    amount, error = cell_decimal(value)

    assert amount is None and error is not None
    problem = error.at("Aanvragen", 7, "Bedrag")
    assert (problem.sheet, problem.row, problem.column) == ("Aanvragen", 7, "Bedrag")
    assert problem.params["value"] == cell_text(value)
    assert problem.context == "Excel"


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("25-1-2020", date(2020, 1, 25)),
        ("29-2-2020", date(2020, 2, 29)),
        ("2020-01-25", date(2020, 1, 25)),
        ("25-01-2020 14:30", date(2020, 1, 25)),
        (datetime(2020, 1, 25, 14, 30), date(2020, 1, 25)),
        (date(2020, 1, 25), date(2020, 1, 25)),
        (43855, date(2020, 1, 25)),
        (43855.75, date(2020, 1, 25)),
        (None, None),
    ],
)
def test_cell_date_reads_dates(value: Any, expected: date | None) -> None:
    assert cell_date(value) == (expected, None)


@pytest.mark.parametrize("value", ["31-2-2020", "morgen", -5, True])
def test_cell_date_reports_what_is_not_a_date(value: Any) -> None:
    parsed, error = cell_date(value)

    assert parsed is None and error is not None
    assert "is not a date" in error.english()


@pytest.mark.parametrize(
    ("value", "expected"),
    [(12, 12), (12.0, 12), ("12", 12), ("1.000", 1000), (" -3 ", -3), (None, None)],
)
def test_cell_int_reads_whole_numbers(value: Any, expected: int | None) -> None:
    assert cell_int(value) == (expected, None)


@pytest.mark.parametrize("value", [12.5, "12,5", "twaalf", False])
def test_cell_int_reports_what_is_not_a_whole_number(value: Any) -> None:
    number, error = cell_int(value)

    assert number is None and error is not None
    assert "not a whole number" in error.english()


def test_cell_code_pads_only_numbers() -> None:
    assert cell_code(123.0, pad_to=8) == "00000123"
    assert cell_code("123", pad_to=8) == "123"
    assert cell_code(" 2316 ZL ") == "2316 ZL"
    assert cell_code(None, pad_to=8) == ""


def _formula_workbook(path: Path) -> Path:
    """An organisation list with formulas, written by openpyxl, which does not calculate."""
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = "Partners"
    sheet.append(["Naam", "KvK-nummer", "Plaats"])
    sheet.append(["Buurtvereniging Noord", "12345678", "Leiden"])
    sheet.append(["Stichting Zuid", "87654321", '=UPPER("leiden")'])
    sheet["D3"] = "=1+2"
    workbook.save(path)
    return path


def test_a_formula_without_a_calculated_value_is_reported_at_its_cell(tmp_path: Path) -> None:
    path = _formula_workbook(tmp_path / "formules.xlsx")

    with pytest.raises(WorkbookError) as raised:
        read_sheet(path)

    assert raised.value.params == {"sheet": "Partners", "row": 3, "column": "C", "count": 2}
    assert "formula without a calculated value" in raised.value.message


def test_formulas_with_their_values_stored_by_excel_read_as_those_values() -> None:
    # The legacy subsidy list was saved by Excel: its totals row has formulas with values.
    assert read_sheet(SUBSIDIES).rows


def test_an_import_of_uncalculated_formulas_writes_nothing(tmp_path: Path) -> None:
    from ssb_desktop.db.database import sqlite_url
    from ssb_desktop.services.exchange import import_organisations_file
    from ssb_desktop.services.organisations import list_organisations
    from ssb_desktop.startup import open_database

    path = _formula_workbook(tmp_path / "formules.xlsx")
    db = open_database(sqlite_url(tmp_path / "db.sqlite3"), account="tester")
    try:
        with pytest.raises(WorkbookError), db.transaction() as session:
            import_organisations_file(session, path)
        with db.transaction() as session:
            assert list_organisations(session) == []
    finally:
        db.dispose()
