"""Subsidy applications through Excel: the legacy 2020 list, organisations matched by KvK or by
confirmed name, every bad input reported by row and column with nothing written, re-imports
that change nothing, the allocation export and the application form's round trip."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from sqlalchemy import func, select

from ssb_desktop.db.database import Database
from ssb_desktop.db.tables import AuditEntry, Organisation, Theme
from ssb_desktop.db.tables.subsidies import Application, SubsidyScheme
from ssb_desktop.excel.applications import FORM_SHEET, read_applications
from ssb_desktop.records import (
    ApplicationStatus,
    DistributionRule,
    ImportReport,
    OrganisationKind,
    Role,
)
from ssb_desktop.services.subsidies import exchange
from ssb_desktop.services.subsidies.exchange import ApplicationImportOptions

LEGACY = Path("/work/shared/fixtures/legacy-subsidies-2020.xlsx")
HEADER = [
    "Organisatie",
    "KvK-nummer",
    "IBAN",
    "Thema",
    "Activiteit",
    "Aangevraagd bedrag",
    "Datum ontvangst",
]
Workbook = Callable[..., Path]
# Registered without a KvK number, so the legacy list can only match them by name.
NAME_ONLY = ("Stichting Sport Bree 24", "Vereniging Taal Boerhaave 14")
CONFIRM = ApplicationImportOptions(confirm_name_matches=True)
LEGACY_ROWS = read_applications(LEGACY).rows


@pytest.fixture
def register(db: Database) -> Database:
    """Schemes for 2020 per theme (ceiling 50.000) and the legacy list's organisations."""
    parsed = read_applications(LEGACY)
    with db.transaction() as session:
        for theme in session.scalars(select(Theme)):
            session.add(
                SubsidyScheme(
                    year=2020,
                    theme_id=theme.id,
                    name=f"Vrijwilligers {theme.name}",
                    ceiling=Decimal(50_000),
                    distribution_rule=DistributionRule.FIRST_COME,
                    opens_on=date(2020, 1, 1),
                    closes_on=date(2020, 6, 30),
                )
            )
        names: dict[str, str] = {row.applicant: row.kvk for row in parsed.rows}
        for name, kvk in names.items():
            session.add(
                Organisation(
                    name=name,
                    kvk=None if name in NAME_ONLY else kvk,
                    kind=OrganisationKind.VOLUNTEER,
                )
            )
    return db


def _import(
    db: Database, path: Path, options: ApplicationImportOptions | None = None, **kw: Any
) -> ImportReport:
    with db.transaction() as session:
        return exchange.import_applications_file(session, path, options, **kw)


def _count(db: Database, entity: Any) -> int:
    with db.transaction() as session:
        return int(session.scalar(select(func.count()).select_from(entity)) or 0)


def _where(report: ImportReport) -> list[tuple[str, int | None, str]]:
    return [(p.sheet, p.row, p.column) for p in report.problems]


def _scheme_id(db: Database, theme: str) -> int:
    with db.transaction() as session:
        return int(
            session.scalar(select(SubsidyScheme.id).where(SubsidyScheme.name.endswith(theme))) or 0
        )


def test_the_legacy_list_waits_for_confirmation_of_organisations_matched_by_name(
    register: Database,
) -> None:
    audit = _count(register, AuditEntry)

    report = _import(register, LEGACY)

    assert not report.written
    assert sorted(p.params["given"] for p in report.problems) == sorted(NAME_ONLY)
    assert all(p.column == "Organisatie" for p in report.problems)
    assert _count(register, Application) == 0
    assert _count(register, AuditEntry) == audit


def test_the_legacy_list_imports_without_manual_fixes_once_names_are_confirmed(
    register: Database,
) -> None:
    report = _import(register, LEGACY, CONFIRM)

    assert report.problems == ()
    assert (report.created, report.written) == (40, True)
    assert sorted(w.params["given"] for w in report.warnings) == sorted(NAME_ONLY)
    with register.transaction() as session:
        first = session.scalar(
            select(Application)
            .join(Organisation, Organisation.id == Application.applicant_id)
            .where(Organisation.kvk == "45573745", Application.activity == "Buurtmaaltijd")
        )
        assert first is not None
        assert first.requested == Decimal("1000.75")  # "€ 1.000,75"
        assert first.received_on == date(2020, 1, 25)  # "25-1-2020"
        assert first.status is ApplicationStatus.GRANTED
        assert [d.name for d in first.districts] == ["Binnenstad-Zuid"]
        granted = session.scalar(select(func.sum(Application.granted)))
        assert granted == Decimal("32006.25")
        refused = session.scalar(
            select(func.count()).where(Application.status == ApplicationStatus.REFUSED)
        )
        assert refused == sum(row.status is ApplicationStatus.REFUSED for row in LEGACY_ROWS)


def test_importing_the_same_list_again_changes_nothing(register: Database) -> None:
    _import(register, LEGACY, CONFIRM)
    audit = _count(register, AuditEntry)

    again = _import(register, LEGACY, CONFIRM)

    assert (again.created, again.updated, again.unchanged) == (0, 0, 40)
    assert _count(register, Application) == 40
    assert _count(register, AuditEntry) == audit


def test_an_unchanged_export_reimports_with_no_changes(register: Database, tmp_path: Path) -> None:
    _import(register, LEGACY, CONFIRM)
    export = tmp_path / "aanvragen.xlsx"
    with register.transaction() as session:
        assert exchange.export_applications(session, export) == 40
    audit = _count(register, AuditEntry)

    report = _import(register, export)

    assert (report.created, report.updated, report.unchanged) == (0, 0, 40)
    assert report.problems == report.warnings == ()
    assert _count(register, AuditEntry) == audit


def test_a_changed_export_row_updates_only_that_application(
    register: Database, tmp_path: Path
) -> None:
    _import(register, LEGACY, CONFIRM)
    export = tmp_path / "aanvragen.xlsx"
    with register.transaction() as session:
        exchange.export_applications(session, export)
    book = openpyxl.load_workbook(export)
    sheet = book.active
    assert sheet is not None
    header = [cell.value for cell in sheet[1]]
    sheet.cell(row=2, column=header.index("Doelen") + 1, value="Eenzaamheid verminderen")
    book.save(export)

    report = _import(register, export)

    assert (report.created, report.updated, report.unchanged) == (0, 1, 39)
    with register.transaction() as session:
        goals = session.scalars(select(Application.goals).where(Application.goals != "")).all()
    assert goals == ["Eenzaamheid verminderen"]


def _row(**changes: Any) -> list[Any]:
    values = {
        "Organisatie": "Vereniging Wijk Bree 15",
        "KvK-nummer": "24052464",
        "IBAN": "NL91ABNA0417164300",
        "Thema": "Opgroeien",
        "Activiteit": "Voorleesochtend",
        "Aangevraagd bedrag": "€ 500,00",
        "Datum ontvangst": "3-2-2020",
    }
    values.update(changes)
    return [values[name] for name in HEADER]


@pytest.mark.parametrize(
    ("bad", "column"),
    [
        ({"IBAN": "NL91ABNA0417164301"}, "IBAN"),
        ({"Aangevraagd bedrag": "-100"}, "Aangevraagd bedrag"),
        ({"Aangevraagd bedrag": "vijfhonderd"}, "Aangevraagd bedrag"),
        ({"Datum ontvangst": "3-9-2020"}, "Datum ontvangst"),  # after the scheme closed
        ({"Thema": "Ruimte"}, "Thema"),
    ],
)
def test_bad_input_is_reported_at_its_row_and_column_and_nothing_is_written(
    register: Database, organisations_workbook: Workbook, bad: dict[str, str], column: str
) -> None:
    path = organisations_workbook(HEADER, [_row(), _row(Activiteit="Zomerspelen", **bad)])
    audit = _count(register, AuditEntry)

    report = _import(register, path)

    assert _where(report) == [("Lijst", 3, column)], [p.english() for p in report.problems]
    assert not report.written
    assert _count(register, Application) == 0
    assert _count(register, AuditEntry) == audit


def test_the_same_application_twice_in_one_list_is_reported_once_and_not_written(
    register: Database, organisations_workbook: Workbook
) -> None:
    path = organisations_workbook(HEADER, [_row(), _row(), _row(Activiteit="Zomerspelen")])

    report = _import(register, path)

    assert _where(report) == [("Lijst", 3, "Activiteit")]
    assert report.problems[0].params["other"] == 2
    assert _count(register, Application) == 0


def test_the_same_application_imported_later_is_not_written_twice(
    register: Database, organisations_workbook: Workbook
) -> None:
    first = organisations_workbook(HEADER, [_row()], name="eerste.xlsx")
    second = organisations_workbook(HEADER, [_row(), _row(Activiteit="Zomerspelen")])
    _import(register, first)

    report = _import(register, second)

    assert (report.created, report.unchanged) == (1, 1)
    assert _count(register, Application) == 2


def test_granting_beyond_the_ceiling_is_refused(
    register: Database, organisations_workbook: Workbook
) -> None:
    header = [*HEADER, "Status", "Verleend"]
    rows = [
        [*_row(**{"Aangevraagd bedrag": "30.000"}), "Verleend", 30_000],
        [*_row(Activiteit="Zomerspelen", **{"Aangevraagd bedrag": "30.000"}), "Verleend", 30_000],
    ]
    path = organisations_workbook(header, rows)

    report = _import(register, path)

    assert _where(report) == [("Lijst", 3, "Verleend")]
    assert "ceiling" in report.problems[0].english()


def test_unknown_organisations_are_reported_or_added_as_volunteer_organisations(
    register: Database, organisations_workbook: Workbook
) -> None:
    path = organisations_workbook(
        HEADER, [_row(Organisatie="Stichting Nieuw", **{"KvK-nummer": "11223344"})]
    )

    refused = _import(register, path)
    added = _import(register, path, ApplicationImportOptions(create_organisations=True))

    assert _where(refused) == [("Lijst", 2, "Organisatie")]
    assert (added.created, added.written) == (1, True)
    with register.transaction() as session:
        new = session.scalar(select(Organisation).where(Organisation.kvk == "11223344"))
        assert new is not None
        assert (new.name, new.kind, new.iban) == (
            "Stichting Nieuw",
            OrganisationKind.VOLUNTEER,
            "NL91ABNA0417164300",
        )


def test_a_scheme_chosen_for_the_import_must_fit_the_rows_theme(
    register: Database, organisations_workbook: Workbook
) -> None:
    path = organisations_workbook(HEADER, [_row(), _row(Activiteit="Zomerspelen", Thema="")])
    scheme = _scheme_id(register, "Basiskracht")

    report = _import(register, path, ApplicationImportOptions(scheme_id=scheme))

    assert _where(report) == [("Lijst", 2, "Thema")]


def test_a_dry_run_reports_without_writing(register: Database) -> None:
    report = _import(register, LEGACY, CONFIRM, dry_run=True)

    assert (report.created, report.written) == (40, False)
    assert _count(register, Application) == 0


def test_a_read_only_user_may_not_import(register: Database, act_as: Callable[..., None]) -> None:
    from ssb_desktop.errors import PermissionDeniedError

    act_as(register, "lezer", Role.READ_ONLY)
    with pytest.raises(PermissionDeniedError):
        _import(register, LEGACY, CONFIRM)


def test_the_allocation_shows_ceiling_grants_and_what_remains(
    register: Database, tmp_path: Path
) -> None:
    _import(register, LEGACY, CONFIRM)
    scheme = _scheme_id(register, "Samen Meedoen")
    path = tmp_path / "verdeling.xlsx"

    with register.transaction() as session:
        count = exchange.export_allocation(session, scheme, path)

    book = openpyxl.load_workbook(path)
    summary = {row[0]: row[1] for row in book["Samenvatting"].iter_rows(values_only=True)}
    lines = list(book["Verdeling"].iter_rows(min_row=2, values_only=True))
    assert count == len(lines) == sum(row.theme == "Samen Meedoen" for row in LEGACY_ROWS)
    assert summary["Plafond"] == 50_000
    granted = sum(Decimal(str(line[7] or 0)) for line in lines)
    assert Decimal(str(summary["Totaal verleend"])) == granted
    assert Decimal(str(summary["Resterend"])) == Decimal(50_000) - granted
    assert Decimal(str(lines[-1][9])) == Decimal(50_000) - granted


def test_the_application_form_round_trips_filled_in_with_openpyxl(
    register: Database, tmp_path: Path
) -> None:
    scheme = _scheme_id(register, "Opgroeien")
    path = tmp_path / "formulier.xlsx"
    with register.transaction() as session:
        exchange.write_application_form(session, path, scheme, today=date(2020, 2, 1))
    book = openpyxl.load_workbook(path)
    sheet = book[FORM_SHEET]
    filled = [
        ["Vereniging Wijk Bree 15", "24052464", "NL91ABNA0417164300", "", "Voorleesochtend",
         "Lezen", "Morsdistrict; Leiden-Noord", 450.5, 900, "Fonds X", 12, date(2020, 2, 3)],
        ["Stichting Cultuur Hof 18", "26670498", "", "", "Zomerspelen", "", "Morsdistrict",
         1200, None, "", None, date(2020, 2, 4)],
    ]  # fmt: skip
    for row_number, values in enumerate(filled, start=2):
        for column, value in enumerate(values, start=1):
            sheet.cell(row=row_number, column=column, value=value)
    book.save(path)

    report = _import(register, path)

    assert report.problems == ()
    assert report.created == 2
    with register.transaction() as session:
        stored = session.scalars(select(Application).order_by(Application.received_on)).all()
        assert {application.scheme_id for application in stored} == {scheme}
        assert stored[0].requested == Decimal("450.50")
        assert stored[0].members == 12
        assert sorted(d.name for d in stored[0].districts) == ["Leiden-Noord", "Morsdistrict"]
    again = _import(register, path)
    assert (again.created, again.unchanged) == (0, 2)


def test_the_command_line_imports_with_confirmed_names_and_exports_the_allocation(
    register: Database,
    run_cli: Callable[..., Any],
    act_as: Callable[..., None],
    tmp_path: Path,
) -> None:
    from ssb_desktop.services.users import os_account

    if register.path is None:
        pytest.skip("the command line test runs on the SQLite file")
    database = register.path
    act_as(register, os_account(), Role.SUBSIDY_OFFICER)
    register.dispose()

    refused = run_cli("--db", database, "--json", "import", "applications", LEGACY)
    done = run_cli("--db", database, "--json", "import", "applications", LEGACY, "--confirm-names")
    scheme = "1"
    allocation = run_cli(
        "--db", database, "export", "allocation", tmp_path / "v.xlsx", "--scheme", scheme
    )
    wrong = run_cli("--db", database, "export", "bids", tmp_path / "b.xlsx", "--scheme", "1")

    assert refused.code == 1 and refused.document["written"] is False
    assert done.code == 0, done.out + done.err
    assert done.document["created"] == 40
    assert allocation.code == 0, allocation.err
    assert (tmp_path / "v.xlsx").exists()
    assert wrong.code == 2


# --- decisions stay in the program; scores; a historic grant's ceiling -------------------------


def _export_and_edit(db: Database, path: Path, edits: dict[str, Any], row: int = 2) -> None:
    with db.transaction() as session:
        exchange.export_applications(session, path)
    book = openpyxl.load_workbook(path)
    sheet = book.active
    assert sheet is not None
    header = [cell.value for cell in sheet[1]]
    for column, value in edits.items():
        sheet.cell(row=row, column=header.index(column) + 1, value=value)
    book.save(path)


@pytest.mark.parametrize(
    ("edits", "columns"),
    [
        ({"Status": "Afgewezen"}, ["Status"]),
        ({"Verleend": 1}, ["Verleend"]),
        ({"Datum besluit": "1-4-2020"}, ["Datum besluit"]),
        ({"Vastgesteld bedrag": 100}, ["Vastgesteld bedrag"]),
        # Once decided, the amount asked for and the score are fixed as well.
        ({"Aangevraagd bedrag": 5, "Score": 8}, ["Aangevraagd bedrag", "Score"]),
    ],
)
def test_a_reimport_does_not_change_a_decision_but_reports_the_cell(
    register: Database, tmp_path: Path, edits: dict[str, Any], columns: list[str]
) -> None:
    _import(register, LEGACY, CONFIRM)
    export = tmp_path / "aanvragen.xlsx"
    with register.transaction() as session:
        first = session.scalars(select(Application).order_by(Application.reference)).first()
        assert first is not None and first.status is ApplicationStatus.GRANTED
        before = (first.status, first.granted, first.decision_on, first.settled, first.requested)
    _export_and_edit(register, export, edits)
    audit = _count(register, AuditEntry)

    report = _import(register, export)

    assert _where(report) == [("Aanvragen", 2, column) for column in columns]
    assert "in the program" in report.problems[0].english() or "decided" in (
        report.problems[0].english()
    )
    assert not report.written
    assert _count(register, AuditEntry) == audit
    with register.transaction() as session:
        again = session.get(Application, first.id)
        assert again is not None
        assert (again.status, again.granted, again.decision_on, again.settled, again.requested) == (
            before
        )


def test_a_changed_status_of_an_undecided_application_is_reported_too(
    register: Database, tmp_path: Path
) -> None:
    _import(register, LEGACY, CONFIRM)
    with register.transaction() as session:
        received = session.scalars(
            select(Application.reference)
            .where(Application.status == ApplicationStatus.RECEIVED)
            .order_by(Application.reference)
        ).all()
        references = session.scalars(select(Application.reference).order_by(Application.id)).all()
    export = tmp_path / "aanvragen.xlsx"
    # The export lists by reference; find the row of the first received application.
    row = 2 + sorted(references).index(received[0])
    _export_and_edit(register, export, {"Status": "Verleend"}, row=row)

    report = _import(register, export)

    assert _where(report) == [("Aanvragen", row, "Status")]
    message = report.problems[0].english()
    assert message.startswith("Decisions are taken in the program")
    assert "Verleend" in message and "Ontvangen" in message


def test_scores_are_imported_under_dutch_headers_exported_and_read_back_unchanged(
    register: Database, organisations_workbook: Workbook, tmp_path: Path
) -> None:
    path = organisations_workbook(
        [*HEADER, "Beoordeling"],
        [[*_row(), "7,5"], [*_row(Activiteit="Zomerspelen"), ""]],
    )
    report = _import(register, path)
    assert (report.created, report.problems) == (2, ())
    with register.transaction() as session:
        scores = {
            activity: score
            for activity, score in session.execute(
                select(Application.activity, Application.ranking_score)
            )
        }
    assert scores == {"Voorleesochtend": Decimal("7.5000"), "Zomerspelen": None}

    export = tmp_path / "aanvragen.xlsx"
    with register.transaction() as session:
        exchange.export_applications(session, export)
    again = _import(register, export)
    assert (again.unchanged, again.problems) == (2, ())
    sheet = openpyxl.load_workbook(export).active
    assert sheet is not None
    header = [cell.value for cell in sheet[1]]
    assert sorted(
        (row[header.index("Score")] for row in sheet.iter_rows(min_row=2, values_only=True)),
        key=str,
    ) == [7.5, None]


@pytest.mark.parametrize("score", ["hoog", "-1", "100000"])
def test_a_score_that_is_not_a_number_in_range_is_reported(
    register: Database, organisations_workbook: Workbook, score: str
) -> None:
    path = organisations_workbook([*HEADER, "Punten"], [[*_row(), score]])

    report = _import(register, path)

    assert _where(report) == [("Lijst", 2, "Punten")]


def test_a_historic_grant_fits_the_ceiling_in_force_on_its_date_of_receipt(
    register: Database, organisations_workbook: Workbook
) -> None:
    from ssb_desktop.services.subsidies import change_ceiling

    scheme = _scheme_id(register, "Opgroeien")
    with register.transaction() as session:
        change_ceiling(session, scheme, Decimal(20_000), date(2020, 3, 1), "Bezuiniging")
    header = [*HEADER, "Status", "Verleend"]
    before = [*_row(**{"Aangevraagd bedrag": "30.000"}), "Verleend", 30_000]
    after = [
        *_row(
            Activiteit="Zomerspelen",
            **{"Aangevraagd bedrag": "30.000", "Datum ontvangst": "2-3-2020"},
        ),
        "Verleend",
        10_000,
    ]

    # Received before the lowering: the announced 50.000 applies, as subsidies.decide says.
    assert _import(register, organisations_workbook(header, [before], name="a.xlsx")).written
    # Received after it: 30.000 + 10.000 is more than the 20.000 in force then.
    report = _import(register, organisations_workbook(header, [after], name="b.xlsx"))

    assert _where(report) == [("Lijst", 2, "Verleend")]
    assert report.problems[0].params["ceiling"] == "€ 20.000,00"


def test_organisations_to_confirm_lists_each_name_once(
    register: Database, organisations_workbook: Workbook
) -> None:
    report = _import(register, LEGACY, dry_run=True)
    unknown_path = organisations_workbook(
        HEADER,
        [
            _row(Organisatie="Stichting Nieuw", **{"KvK-nummer": "11223344"}),
            _row(
                Organisatie="Stichting Nieuw",
                Activiteit="Zomerspelen",
                **{"KvK-nummer": "11223344"},
            ),
        ],
    )
    unknown_report = _import(register, unknown_path, dry_run=True)

    by_name, unknown = exchange.organisations_to_confirm(report)
    assert (sorted(by_name), unknown) == (sorted(NAME_ONLY), [])
    assert exchange.organisations_to_confirm(unknown_report) == (
        [],
        ["Stichting Nieuw (KvK 11223344)"],
    )
