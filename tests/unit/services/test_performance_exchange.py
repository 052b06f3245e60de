"""The contractor's report form goes out and comes back: all or nothing, every problem named."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook

from ssb_desktop.db.database import Database
from ssb_desktop.errors import ValidationError
from ssb_desktop.excel import performance_report as form
from ssb_desktop.excel import reading
from ssb_desktop.records import ContractRecord
from ssb_desktop.services import awards, performance
from ssb_desktop.services import performance_exchange as exchange
from tests.unit.services.test_awards import _scored_lot
from tests.unit.services.test_performance import _contract, _indicators

Q3 = (date(2026, 7, 1), date(2026, 9, 30))


def _setup(db: Database) -> ContractRecord:
    lot = _scored_lot(db)
    with db.transaction() as session:
        contract = _contract(session, lot)
        _indicators(session, contract)
    return contract


def _fill(path: Path, values: dict[str, object], note: str = "") -> None:
    book = load_workbook(path)
    sheet = book[form.REPORT_SHEET]
    for cell, value in values.items():
        sheet[cell] = value
    if note:
        sheet[form.NOTE_CELL] = note
    book.save(path)


def _rows(path: Path) -> dict[str, str]:
    """Row label (indicator / district) -> the value cell."""
    sheet = load_workbook(path)[form.REPORT_SHEET]
    return {
        f"{sheet[f'A{row}'].value} / {sheet[f'C{row}'].value}": f"E{row}"
        for row in range(form.FIRST_ROW, sheet.max_row + 1)
        if sheet[f"A{row}"].value
    }


def test_a_filled_in_report_form_comes_back_as_the_report_of_its_period(
    db: Database, tmp_path: Path
) -> None:
    contract = _setup(db)
    assert contract.id is not None
    with db.transaction() as session:
        path = exchange.export_report_form(session, contract.id, *Q3, tmp_path)
    assert path.name == "C-1-rapportage-20260701-20260930.xlsx"
    book = load_workbook(path)
    assert book[form.REPORT_SHEET].protection.sheet
    assert book[form.REPORT_SHEET]["E6"].protection.locked is False
    assert book[reading.METADATA_SHEET].sheet_state == "veryHidden"
    rows = _rows(path)
    assert sorted(rows) == [
        "Netwerkbijeenkomsten / Hele gemeente",
        "Vrijwilligers ondersteund / Leiden-Noord",
        "Vrijwilligers ondersteund / Merenwijkdistrict",
    ]
    _fill(
        path,
        {
            rows["Vrijwilligers ondersteund / Merenwijkdistrict"]: 7,
            rows["Vrijwilligers ondersteund / Leiden-Noord"]: "3,5",
            rows["Netwerkbijeenkomsten / Hele gemeente"]: 1,
        },
        note="Kwartaalverslag Q3.pdf",
    )
    with db.transaction() as session:
        plan = exchange.read_report_import(session, path)
        assert plan.valid, [p.english() for p in plan.problems]
        assert all(change.current is None for change in plan.changes)
        report = exchange.apply_report_import(session, plan, received_on=date(2026, 10, 20))
    assert (report.period_start, report.period_end, report.received_on) == (
        *Q3,
        date(2026, 10, 20),
    )
    assert report.documents == "Kwartaalverslag Q3.pdf"
    assert sorted((v.indicator_name, v.district_name, v.value) for v in report.values) == [
        ("Netwerkbijeenkomsten", "", Decimal("1.00")),
        ("Vrijwilligers ondersteund", "Leiden-Noord", Decimal("3.50")),
        ("Vrijwilligers ondersteund", "Merenwijkdistrict", Decimal("7.00")),
    ]
    # Importing the same form again changes nothing.
    with db.transaction() as session:
        again = exchange.read_report_import(session, path)
        assert again.valid and not any(change.changed for change in again.changes)


def test_a_form_with_text_or_negative_values_names_each_cell_and_writes_nothing(
    db: Database, tmp_path: Path
) -> None:
    contract = _setup(db)
    assert contract.id is not None
    with db.transaction() as session:
        path = exchange.export_report_form(session, contract.id, *Q3, tmp_path / "q3.xlsx")
    rows = _rows(path)
    first = rows["Vrijwilligers ondersteund / Merenwijkdistrict"]
    second = rows["Netwerkbijeenkomsten / Hele gemeente"]
    _fill(path, {first: "veel", second: -2})
    with db.transaction() as session:
        plan = exchange.read_report_import(session, path)
        with pytest.raises(ValidationError, match="2 problems"):
            exchange.apply_report_import(session, plan, received_on=date(2026, 10, 20))
        assert performance.list_reports(session, contract.id) == []
    messages = [p.english() for p in plan.problems]
    assert messages == [
        f'q3.xlsx, Rapportage!{first}: "veel" is not a number; enter the realised value as a '
        "number.",
        f"q3.xlsx, Rapportage!{second}: the value -2 is negative; a realised value is zero or "
        "more.",
    ]


def test_a_form_whose_rows_were_renamed_is_refused(db: Database, tmp_path: Path) -> None:
    contract = _setup(db)
    assert contract.id is not None
    with db.transaction() as session:
        path = exchange.export_report_form(session, contract.id, *Q3, tmp_path / "q3.xlsx")
    _fill(path, {"A6": "Iets anders", "E6": 4})
    with db.transaction() as session:
        plan = exchange.read_report_import(session, path)
    assert not plan.valid
    assert "layout of sheet Rapportage" in plan.problems[0].english()


def test_a_form_whose_period_no_longer_lies_in_the_term_is_refused(
    db: Database, tmp_path: Path
) -> None:
    contract = _setup(db)
    assert contract.id is not None
    last = (date(2028, 4, 1), date(2028, 6, 30))
    with db.transaction() as session:
        path = exchange.export_report_form(session, contract.id, *last, tmp_path / "q2.xlsx")
        current = awards.get_contract(session, contract.id)
        awards.save_contract(session, replace(current, end=date(2027, 12, 31)))
    _fill(path, {"E6": 4})
    with db.transaction() as session:
        plan = exchange.read_report_import(session, path)
    assert [p.english() for p in plan.problems] == [
        "The report period 01-04-2028 to 30-06-2028 lies outside the term of contract C-1 "
        "(01-07-2026 to 31-12-2027); correct the period."
    ]


def test_a_form_for_a_period_outside_the_term_is_not_made(db: Database, tmp_path: Path) -> None:
    contract = _setup(db)
    assert contract.id is not None
    with db.transaction() as session, pytest.raises(ValidationError, match="outside the term"):
        exchange.export_report_form(
            session, contract.id, date(2026, 1, 1), date(2026, 3, 31), tmp_path
        )
