"""The contract holder's decisions come back by file: the decisions workbook of a 2021 scheme
(where the theme's contract holder decides) is exported, filled in, and imported with every
rule checked, a preview, and all or nothing."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from ssb_desktop.db.database import Database
from ssb_desktop.errors import AppError
from ssb_desktop.excel import reading
from ssb_desktop.excel.decisions import DECISIONS_SHEET, HEADERS
from ssb_desktop.records import ApplicationStatus, DecidingBody, ImportReport
from ssb_desktop.services import subsidies
from ssb_desktop.services.subsidies import rules
from ssb_desktop.services.subsidies.decisions import export_decisions, import_decisions_file
from tests.unit.services.test_subsidies import World, _apply, _complete, _world

D = Decimal
TODAY = date(2021, 6, 1)


def _export(db: Database, world: World, path: Path) -> int:
    assert world.holder_scheme.id is not None
    with db.transaction() as session:
        return export_decisions(session, world.holder_scheme.id, path, today=TODAY)


def _fill(path: Path, decisions: dict[int, tuple[Any, ...]]) -> None:
    """Fill in the decision cells of the rows whose ID is in ``decisions``, as the holder's
    Excel would (the sheet protection only guards the locked cells)."""
    book = openpyxl.load_workbook(path)
    sheet = book[DECISIONS_SHEET]
    first = HEADERS.index("Besluit") + 1
    for row in range(2, sheet.max_row + 1):
        application_id = sheet.cell(row=row, column=1).value
        if application_id in decisions:
            for offset, value in enumerate(decisions[application_id]):
                sheet.cell(row=row, column=first + offset, value=value)
    book.save(path)


def _import(db: Database, path: Path, **options: Any) -> ImportReport:
    with db.transaction() as session:
        return import_decisions_file(session, path, today=TODAY, **options)


def _three(db: Database) -> tuple[World, list[int]]:
    """A 2021 scheme of € 5.000 decided by the holder; three complete applications."""
    world = _world(db)
    ids = []
    for index, requested in enumerate(("3000", "2500", "1000")):
        application = _complete(
            db,
            _apply(
                db,
                world.holder_scheme,
                world.volunteers[index],
                requested,
                received_on=date(2021, 2, 1 + index),
            ),
            day=2 + index,
        )
        assert application.id is not None
        ids.append(application.id)
    return world, ids


def test_the_workbook_is_protected_with_lists_and_names_scheme_and_holder(
    db: Database, tmp_path: Path
) -> None:
    world, ids = _three(db)
    path = tmp_path / "besluiten.xlsx"

    assert _export(db, world, path) == 3

    book = openpyxl.load_workbook(path)
    sheet = book[DECISIONS_SHEET]
    assert sheet.protection.sheet
    assert [sheet.cell(row=r, column=1).value for r in range(2, 5)] == ids
    assert not sheet.cell(row=2, column=HEADERS.index("Besluit") + 1).protection.locked
    assert sheet.cell(row=2, column=HEADERS.index("Aangevraagd bedrag") + 1).protection.locked
    lists = [v.formula1 for v in sheet.data_validations.dataValidation if v.type == "list"]
    assert lists == ["Lijsten!$A$1:$A$2"]
    assert book[reading.METADATA_SHEET].sheet_state == "veryHidden"
    metadata = reading.read_metadata(path)
    assert metadata["scheme_id"] == str(world.holder_scheme.id)
    assert metadata["organisation_id"] == str(world.holder)


def test_the_holders_decisions_are_recorded_and_the_letters_name_the_holder(
    db: Database, tmp_path: Path
) -> None:
    world, ids = _three(db)
    path = tmp_path / "besluiten.xlsx"
    _export(db, world, path)
    _fill(
        path,
        {
            ids[0]: ("Verlenen", 3000, date(2021, 3, 1), None),
            ids[1]: ("Verlenen", 2000, date(2021, 3, 1), None),
            ids[2]: ("Afwijzen", None, date(2021, 3, 2), "Buiten de doelen van de regeling"),
        },
    )

    preview = _import(db, path, dry_run=True)
    written = _import(db, path)

    assert (preview.updated, preview.problems, preview.written) == (3, (), False)
    assert (written.updated, written.written) == (3, True)
    with db.transaction() as session:
        stored = [subsidies.get_application(session, i) for i in ids]
        letters = subsidies.letter_contents(session, application_ids=ids)
    assert [r.status for r in stored] == [
        ApplicationStatus.GRANTED,
        ApplicationStatus.PARTLY_GRANTED,
        ApplicationStatus.REFUSED,
    ]
    assert all(r.deciding_body is DecidingBody.CONTRACT_HOLDER for r in stored)
    assert {letter.decided_by for letter in letters} == {"Incluzio Leiden"}


def test_a_decision_above_the_ceiling_left_refuses_the_whole_workbook(
    db: Database, tmp_path: Path
) -> None:
    world, ids = _three(db)
    path = tmp_path / "besluiten.xlsx"
    _export(db, world, path)
    # The ceiling is € 5.000: 3.000 + 2.500 is more; the 2.500 comes second in the order.
    _fill(
        path,
        {
            ids[0]: ("Verlenen", 3000, date(2021, 3, 1), None),
            ids[1]: ("Verlenen", 2500, date(2021, 3, 1), None),
            ids[2]: ("Afwijzen", None, date(2021, 3, 2), "Buiten de doelen"),
        },
    )

    report = _import(db, path)

    assert not report.written
    assert [(p.row, p.column, p.message) for p in report.problems] == [
        (3, "Verleend bedrag", rules.ABOVE_CEILING)
    ]
    with db.transaction() as session:
        assert all(
            subsidies.get_application(session, i).status is ApplicationStatus.COMPLETE for i in ids
        )


def test_bad_cells_and_dates_are_reported_at_their_row_and_column(
    db: Database, tmp_path: Path
) -> None:
    world, ids = _three(db)
    path = tmp_path / "besluiten.xlsx"
    _export(db, world, path)
    _fill(
        path,
        {
            ids[0]: ("Misschien", None, None, None),
            ids[1]: ("Verlenen", 500, date(2021, 1, 15), None),
            ids[2]: ("Afwijzen", None, date(2021, 12, 1), None),
        },
    )

    report = _import(db, path)

    assert [(p.row, p.column) for p in report.problems] == [
        (2, "Besluit"),
        (3, "Datum besluit"),
        (4, "Reden afwijzing"),
    ]
    assert report.problems[1].message == rules.BEFORE_RECEIPT


def test_a_workbook_of_another_scheme_or_not_a_decisions_workbook_is_refused(
    db: Database, tmp_path: Path
) -> None:
    world, ids = _three(db)
    path = tmp_path / "besluiten.xlsx"
    _export(db, world, path)
    _fill(path, {ids[0]: ("Verlenen", 100, date(2021, 3, 1), None)})
    other = tmp_path / "ander.xlsx"
    openpyxl.Workbook().save(other)

    with pytest.raises(AppError) as wrong_scheme:
        _import(db, path, scheme_id=world.municipal.id)
    with pytest.raises(AppError) as not_decisions:
        _import(db, other)

    assert "another scheme" in wrong_scheme.value.english()
    assert "not a decisions workbook" in not_decisions.value.english()


def test_the_municipality_scheme_has_no_decisions_workbook(db: Database, tmp_path: Path) -> None:
    world = _world(db)
    _apply(db, world.municipal, world.volunteers[0], "100")
    assert world.municipal.id is not None
    with pytest.raises(AppError) as raised, db.transaction() as session:
        export_decisions(session, world.municipal.id, tmp_path / "x.xlsx")
    assert "municipality decides itself" in raised.value.english()
