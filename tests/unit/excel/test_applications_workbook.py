"""Reading colleagues' application lists and returned forms, and writing the form itself."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest

from ssb_desktop.errors import WorkbookError
from ssb_desktop.excel import reading
from ssb_desktop.excel.applications import (
    FORM_SHEET,
    FormScheme,
    read_applications,
    write_application_form,
)
from ssb_desktop.records import ApplicationStatus

LEGACY = Path("/work/shared/fixtures/legacy-subsidies-2020.xlsx")
HEADER = ["Organisatie", "KvK-nummer", "Activiteit", "Aangevraagd bedrag", "Datum ontvangst"]
Workbook = Callable[..., Path]


def test_the_legacy_list_reads_text_amounts_and_text_dates_and_skips_the_totals_row() -> None:
    parsed = read_applications(LEGACY)

    assert parsed.problems == []
    assert parsed.header_row == 3
    assert len(parsed.rows) == 40
    first = parsed.rows[0]
    assert (first.row, first.applicant, first.kvk) == (
        4,
        "Vereniging Wijk Lammenschans 28",
        "45573745",
    )
    assert first.requested == Decimal("1000.75")  # typed as "€ 1.000,75"
    assert first.received == date(2020, 1, 25)  # typed as "25-1-2020"
    assert first.status is ApplicationStatus.GRANTED
    assert first.theme == "Samen Meedoen"
    assert first.districts == ("Binnenstad-Zuid",)
    assert parsed.rows[-1].row == 43, "the Totaal row 44 is not an application"
    assert all(row.applicant != "Totaal" for row in parsed.rows)


def test_a_kvk_number_that_lost_its_leading_zero_is_restored_with_a_warning(
    organisations_workbook: Workbook,
) -> None:
    path = organisations_workbook(
        HEADER, [["Stichting Nul", 8883484, "Buurtmaaltijd", 100, "1-2-2020"]]
    )

    parsed = read_applications(path)

    assert parsed.rows[0].kvk == "08883484"
    assert [(w.row, w.column) for w in parsed.warnings] == [(2, "KvK-nummer")]


@pytest.mark.parametrize(
    ("amount", "words"),
    [("-250,00", "not more than zero"), ("veel", "is not an amount"), (0, "not more than zero")],
)
def test_a_negative_or_non_numeric_amount_is_a_problem_at_its_cell(
    organisations_workbook: Workbook, amount: object, words: str
) -> None:
    path = organisations_workbook(
        HEADER,
        [
            ["Stichting Goed", "", "Taalcafé", "100", "1-2-2020"],
            ["Stichting Fout", "", "Taalcafé", amount, "1-2-2020"],
        ],
    )

    parsed = read_applications(path)

    assert [(p.sheet, p.row, p.column) for p in parsed.problems] == [
        ("Lijst", 3, "Aangevraagd bedrag")
    ]
    assert words in parsed.problems[0].english()


def test_a_list_without_an_amount_column_says_which_column_is_missing(
    organisations_workbook: Workbook,
) -> None:
    path = organisations_workbook(
        ["Organisatie", "Activiteit", "Datum ontvangst"], [["Stichting A", "Taalcafé", "1-2-2020"]]
    )

    parsed = read_applications(path)

    assert len(parsed.problems) == 1
    assert "Aangevraagd bedrag" in parsed.problems[0].english()
    assert parsed.rows == []


def _form(path: Path) -> Path:
    write_application_form(
        path,
        FormScheme(7, "Vrijwilligers Opgroeien", 2026, date(2026, 12, 31)),
        [FormScheme(7, "Vrijwilligers Opgroeien", 2026), FormScheme(8, "Buurtfonds", 2026)],
        ["Binnenstad-Zuid", "Morsdistrict"],
        today=date(2026, 11, 22),
    )
    return path


def test_the_form_has_a_protected_sheet_with_unlocked_input_cells_and_drop_down_lists(
    tmp_path: Path,
) -> None:
    path = _form(tmp_path / "formulier.xlsx")

    book = openpyxl.load_workbook(path)
    sheet = book[FORM_SHEET]
    assert sheet.protection.sheet
    assert sheet["A1"].protection.locked and not sheet["A2"].protection.locked
    assert not sheet["M201"].protection.locked
    lists = {
        str(validation.sqref): validation.formula1
        for validation in sheet.data_validations.dataValidation
        if validation.type == "list"
    }
    assert lists == {"D2:D201": "Lijsten!$A$1:$A$2", "G2:G201": "Lijsten!$B$1:$B$2"}
    assert book["Lijsten"]["A2"].value == "Buurtfonds"
    assert book[reading.METADATA_SHEET].sheet_state == "veryHidden"
    metadata = reading.read_metadata(path)
    assert metadata["kind"] == "ssb-application-form"
    assert metadata["scheme_id"] == "7"
    assert book["Toelichting"]["A1"].value == "Subsidieaanvraag vrijwilligersorganisaties"


def test_a_filled_form_reads_back_with_its_scheme_and_todays_date_when_none_is_given(
    tmp_path: Path,
) -> None:
    path = _form(tmp_path / "formulier.xlsx")
    book = openpyxl.load_workbook(path)
    sheet = book[FORM_SHEET]
    for column, value in enumerate(
        ["Stichting Buurt", "12345678", "", "", "Taalcafé", "", "Morsdistrict", 750.5], start=1
    ):
        sheet.cell(row=2, column=column, value=value)
    book.save(path)

    parsed = read_applications(path, today=date(2026, 11, 22))

    assert parsed.problems == []
    assert parsed.form_scheme_id == 7
    (row,) = parsed.rows
    assert (row.applicant, row.requested, row.received) == (
        "Stichting Buurt",
        Decimal("750.50"),
        date(2026, 11, 22),
    )
    assert [w.column for w in parsed.warnings] == ["Datum aanvraag"]


def test_a_form_whose_columns_were_changed_is_refused(tmp_path: Path) -> None:
    path = _form(tmp_path / "formulier.xlsx")
    book = openpyxl.load_workbook(path)
    book[FORM_SHEET]["F1"] = "Ons doel"
    book.save(path)

    with pytest.raises(WorkbookError, match="was changed"):
        read_applications(path)
