"""Bids and criteria through Excel at service level and on the command line: matching, unknown
organisations, every rule reported by row and column, all or nothing, and round trips."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from sqlalchemy import func, select

from ssb_desktop.db.database import Database
from ssb_desktop.db.tables import AuditEntry, Lot, Organisation
from ssb_desktop.errors import NotFoundError
from ssb_desktop.records import (
    BidRecord,
    BidStatus,
    ConsortiumRole,
    CriterionRecord,
    ImportReport,
    LotRecord,
    Problem,
)
from ssb_desktop.services import bids, criteria, exchange, procurement
from ssb_desktop.services.demo import build_demo

# Fixtures from tests/unit/conftest.py: organisations_workbook (a workbook as typed), run_cli.
Workbook = Callable[..., Path]

HEADER = ["Perceel", "Penvoerder", "KvK penvoerder", "Ontvangen", "Prijs totaal", "Status"]


@pytest.fixture
def demo(db: Database) -> Database:
    """The demo procurement SSB-2019: three lots, eight bids, one consortium on lots 2 and 3."""
    with db.transaction() as session:
        build_demo(session)
    return db


@pytest.fixture
def unscored(demo: Database) -> Database:
    """The demo with the scores of lots 1 and 2 set aside, so that their criteria may change:
    the demo scores lot 1 fully and lot 2 partly, which locks their criteria."""
    with demo.transaction() as session:
        for label in ("SSB-2019/1", "SSB-2019/2"):
            lot_id = procurement.find_lot(session, label).id or 0
            assert criteria.invalidate_scores(session, lot_id, "Criteria opnieuw vastgesteld") > 0
    return demo


def _bids(db: Database, lot: str | None = None) -> list[BidRecord]:
    with db.transaction() as session:
        lot_id = procurement.find_lot(session, lot).id if lot else None
        return bids.list_bids(session, lot_id)


def _lead(db: Database, lot: str, code: str) -> tuple[str, str]:
    """The name and KvK number of the lead of bid ``code`` on ``lot``."""
    bid = next(b for b in _bids(db, lot) if b.code == code)
    lead = next(m for m in bid.members if m.role is ConsortiumRole.LEAD)
    with db.transaction() as session:
        kvk = session.scalar(
            select(Organisation.kvk).where(Organisation.id == lead.organisation_id)
        )
    return lead.organisation_name, kvk or ""


def _audit_count(db: Database) -> int:
    with db.transaction() as session:
        return int(session.scalar(select(func.count()).select_from(AuditEntry)) or 0)


def _import(db: Database, path: Path, **options: Any) -> ImportReport:
    with db.transaction() as session:
        return exchange.import_bids_file(session, path, **options)


def _where(report: ImportReport) -> list[tuple[int | None, str, str]]:
    return [(p.row, p.column, p.english()) for p in report.problems]


def _one_problem(report: ImportReport) -> Problem:
    assert len(report.problems) == 1, _where(report)
    assert not report.written
    return report.problems[0]


def _edit(path: Path, changes: dict[tuple[int, str], object]) -> Path:
    """Change cells of an exported workbook by (Excel row, header), as a colleague would."""
    book = openpyxl.load_workbook(path)
    sheet = book.worksheets[0]
    headers = [cell.value for cell in sheet[1]]
    for (row, header), value in changes.items():
        sheet.cell(row=row, column=headers.index(header) + 1, value=value)
    book.save(path)
    return path


def _export(db: Database, path: Path, lot_ids: Sequence[int] | None = None) -> Path:
    with db.transaction() as session:
        exchange.export_bids(session, path, lot_ids=lot_ids)
    return path


# --- bids: round trip and matching --------------------------------------------------------------


def test_an_unchanged_export_reimports_as_all_unchanged_and_writes_nothing(
    demo: Database, tmp_path: Path
) -> None:
    path = _export(demo, tmp_path / "bids.xlsx")
    before = _audit_count(demo)

    report = _import(demo, path)

    assert (report.created, report.updated, report.unchanged) == (0, 0, 8)
    assert report.problems == () and report.warnings == ()
    assert _audit_count(demo) == before


def test_the_export_holds_one_row_per_bid_with_consortium_kvk_numbers_and_real_types(
    demo: Database, tmp_path: Path
) -> None:
    path = _export(demo, tmp_path / "bids.xlsx")
    sheet = openpyxl.load_workbook(path).worksheets[0]
    rows = list(sheet.iter_rows(values_only=True))
    header = list(rows[0])
    assert header[:8] == [
        "ID", "Aanbesteding", "Perceel", "Code", "Penvoerder", "KvK penvoerder", "Leden",
        "KvK leden",
    ]  # fmt: skip
    assert len(rows) == 9
    consortium = next(r for r in rows[1:] if r[2] == "SSB-2019/2" and r[6])
    member = consortium[header.index("Leden")]
    kvk = consortium[header.index("KvK leden")]
    assert isinstance(member, str) and isinstance(kvk, str) and len(kvk) == 8
    # 14:00 UTC on 30-09-2019 is 16:00 in Leiden, as a real Excel date-time.
    assert consortium[header.index("Ontvangen")] == datetime(2019, 9, 30, 16, 0)
    assert sheet.cell(row=2, column=header.index("Prijs totaal") + 1).number_format.startswith(
        '"€"'
    )
    assert consortium[header.index("Status")] == "Geldig"


def test_a_changed_price_updates_the_bid_matched_on_lot_and_lead_kvk(
    demo: Database, tmp_path: Path, organisations_workbook: Workbook
) -> None:
    name, kvk = _lead(demo, "SSB-2019/1", "B")
    path = organisations_workbook(
        HEADER, [["SSB-2019/1", "Anders gespeld", kvk, "30-9-2019 16:00", "€ 2.500.000,00", ""]]
    )

    report = _import(demo, path)

    assert (report.created, report.updated, report.unchanged) == (0, 1, 0), _where(report)
    bid = next(b for b in _bids(demo, "SSB-2019/1") if b.code == "B")
    assert bid.price_total == Decimal("2500000.00")
    assert bid.lead_name == name
    # The KvK number decided; the different name is pointed out, not silently ignored.
    assert any("belongs to" in w.english() for w in report.warnings)


def test_without_a_kvk_column_the_exact_lead_name_matches(
    demo: Database, organisations_workbook: Workbook
) -> None:
    name, _kvk = _lead(demo, "SSB-2019/3", "B")
    path = organisations_workbook(
        ["Aanbesteding", "Perceel", "Inschrijver", "Inschrijfsom"],
        [["SSB-2019", "Perceel 3", name.upper(), 3_100_000]],
    )

    report = _import(demo, path)

    assert report.updated == 1, _where(report)
    assert next(b for b in _bids(demo, "SSB-2019/3") if b.code == "B").price_total == Decimal(
        "3100000.00"
    )


def test_a_row_with_an_id_matches_that_bid_and_an_unknown_id_is_a_problem(
    demo: Database, tmp_path: Path
) -> None:
    path = _export(demo, tmp_path / "bids.xlsx")
    _edit(path, {(2, "Opmerkingen"): "Nagekomen stukken ontvangen"})
    report = _import(demo, path)
    assert (report.updated, report.unchanged) == (1, 7)
    first = _bids(demo)[0]
    assert first.notes == "Nagekomen stukken ontvangen"

    _edit(path, {(3, "ID"): 999})
    problem = _one_problem(_import(demo, path))
    assert (problem.row, problem.column) == (3, "ID")
    assert "no bid with id 999" in problem.english()


def test_a_consortium_row_is_stored_with_its_members_and_subcontractors(
    demo: Database, organisations_workbook: Workbook
) -> None:
    lead, lead_kvk = _lead(demo, "SSB-2019/1", "A")
    member, member_kvk = _lead(demo, "SSB-2019/2", "A")
    sub, _sub_kvk = _lead(demo, "SSB-2019/3", "B")
    path = organisations_workbook(
        [*HEADER, "Leden", "KvK leden", "Onderaannemers"],
        [
            [
                "SSB-2019/1", lead, lead_kvk, "30-09-2019 11:00", "2.800.000", "Ontvangen",
                member, member_kvk, sub,
            ]
        ],
    )  # fmt: skip

    report = _import(demo, path)

    assert report.updated == 1, _where(report)
    bid = next(b for b in _bids(demo, "SSB-2019/1") if b.code == "A")
    roles = {m.organisation_name: m.role for m in bid.members}
    assert roles == {
        lead: ConsortiumRole.LEAD,
        member: ConsortiumRole.MEMBER,
        sub: ConsortiumRole.SUBCONTRACTOR,
    }
    assert bid.status is BidStatus.RECEIVED


# --- bids: unknown organisations ----------------------------------------------------------------


def _new_bidder_row(name: str = "Stichting Nieuw Begin", kvk: str = "12345670") -> list[object]:
    return ["SSB-2019/1", name, kvk, "30-09-2019 11:00", "€ 2.000.000,00", "Ontvangen"]


def test_an_unknown_organisation_is_a_problem_by_row_and_column_and_nothing_is_written(
    demo: Database, organisations_workbook: Workbook
) -> None:
    name, kvk = _lead(demo, "SSB-2019/2", "C")
    path = organisations_workbook(
        HEADER,
        [
            ["SSB-2019/1", name, kvk, "30-09-2019 11:00", "€ 2.000.000,00", "Geldig"],
            _new_bidder_row(),
        ],
    )
    before = _audit_count(demo)

    report = _import(demo, path)

    problem = _one_problem(report)
    assert (problem.row, problem.column) == (3, "Penvoerder")
    assert "Stichting Nieuw Begin (KvK 12345670) is not in the register" in problem.english()
    assert _audit_count(demo) == before
    assert len(_bids(demo, "SSB-2019/1")) == 2
    with demo.transaction() as session:
        unknown = exchange.unknown_organisations(session, exchange.read_bids_file(path))
    assert [ref.name for ref in unknown] == ["Stichting Nieuw Begin"]


def test_with_the_option_unknown_organisations_are_created_once_with_their_bids(
    demo: Database, organisations_workbook: Workbook
) -> None:
    path = organisations_workbook(
        [*HEADER, "Leden"],
        [
            [*_new_bidder_row(), "Vereniging Samen Sterk"],
            [*_new_bidder_row("Vereniging Samen Sterk", ""), ""],
        ],
    )
    rows_before = _count_organisations(demo)

    # The second row names the member of the first as a lead on the same lot: a dry run finds
    # that just as the real import does, and neither adds an organisation.
    for dry_run in (True, False):
        report = _import(demo, path, create_organisations=True, dry_run=dry_run)
        assert _where(report) == [
            (
                3,
                "Penvoerder",
                "Vereniging Samen Sterk already takes part in bid C on this lot; an organisation "
                "may bid only once per lot, alone or in a consortium, unless the procurement "
                "allows more.",
            )
        ]
        assert _count_organisations(demo) == rows_before

    fixed = organisations_workbook([*HEADER, "Leden"], [[*_new_bidder_row(), "Vereniging Samen"]])
    assert _import(demo, fixed, create_organisations=True, dry_run=True).created == 1
    assert _count_organisations(demo) == rows_before
    report = _import(demo, fixed, create_organisations=True)
    assert (report.created, report.written) == (1, True), _where(report)
    assert sum("is added as a new organisation" in w.english() for w in report.warnings) == 2
    assert _count_organisations(demo) == rows_before + 2
    new = next(b for b in _bids(demo, "SSB-2019/1") if b.code == "C")
    assert new.lead_name == "Stichting Nieuw Begin" and new.member_count == 2


def _count_organisations(db: Database) -> int:
    with db.transaction() as session:
        return int(session.scalar(select(func.count()).select_from(Organisation)) or 0)


# --- bids: each rule at its cell ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("cells", "column", "expected"),
    [
        ({"Prijs totaal": "0"}, "Prijs totaal", "A price is more than zero"),
        ({"Prijs totaal": "veel"}, "Prijs totaal", "is not an amount"),
        (
            {"Ontvangen": "01-10-2019 12:30"},
            "Ontvangen",
            "received after the deadline of 01-10-2019 12:00",
        ),
        ({"Ontvangen": "gisteren"}, "Ontvangen", "is not a moment"),
        ({"Status": "Uitgesloten"}, "Status", "Give the reason why the bid is excluded"),
        ({"Status": "Afgekeurd"}, "Status", 'Unknown status "Afgekeurd"'),
        ({"Perceel": "SSB-2019/9"}, "Perceel", "There is no lot SSB-2019/9"),
        ({"Perceel": "9"}, "Perceel", "does not name a lot"),
    ],
)
def test_a_row_that_breaks_a_rule_is_refused_at_its_cell(
    demo: Database,
    organisations_workbook: Workbook,
    cells: dict[str, str],
    column: str,
    expected: str,
) -> None:
    name, kvk = _lead(demo, "SSB-2019/1", "A")
    values = dict(
        zip(
            HEADER,
            ["SSB-2019/1", name, kvk, "30-09-2019 16:00", "2.790.000", "Geldig"],
            strict=True,
        )
    )
    values.update(cells)
    path = organisations_workbook(list(values), [list(values.values())])

    problem = _one_problem(_import(demo, path))

    assert (problem.row, problem.column) == (2, column)
    assert expected in problem.english()


def test_a_late_bid_is_accepted_with_a_reason(
    demo: Database, organisations_workbook: Workbook
) -> None:
    name, kvk = _lead(demo, "SSB-2019/1", "A")
    path = organisations_workbook(
        [*HEADER, "Te laat reden"],
        [["SSB-2019/1", name, kvk, "01-10-2019 12:30", "2.790.000", "Geldig", "Storing TenderNed"]],
    )

    report = _import(demo, path)

    assert report.updated == 1, _where(report)
    bid = next(b for b in _bids(demo, "SSB-2019/1") if b.code == "A")
    assert bid.late and bid.late_reason == "Storing TenderNed"
    assert bid.received_at == datetime(2019, 10, 1, 10, 30, tzinfo=UTC)


def test_a_lot_of_another_procurement_than_the_row_names_is_refused(
    demo: Database, organisations_workbook: Workbook
) -> None:
    name, kvk = _lead(demo, "SSB-2019/1", "A")
    path = organisations_workbook(
        ["Aanbesteding", *HEADER], [["SSB-2020", "SSB-2019/1", name, kvk, "", "", ""]]
    )

    problem = _one_problem(_import(demo, path))

    assert (problem.row, problem.column) == (2, "Aanbesteding")
    assert "belongs to procurement SSB-2019, not to SSB-2020" in problem.english()


def test_one_bad_row_among_good_ones_writes_nothing_at_all(demo: Database, tmp_path: Path) -> None:
    path = _export(demo, tmp_path / "bids.xlsx")
    _edit(path, {(2, "Opmerkingen"): "gewijzigd", (5, "Prijs per jaar"): -5})
    before = _audit_count(demo)

    problem = _one_problem(_import(demo, path))

    assert (problem.row, problem.column) == (5, "Prijs per jaar")
    assert _audit_count(demo) == before
    assert _bids(demo)[0].notes == ""


# --- criteria ---------------------------------------------------------------------------------


def _lot(db: Database, label: str) -> LotRecord:
    with db.transaction() as session:
        return procurement.find_lot(session, label)


def _criteria(db: Database, label: str) -> list[CriterionRecord]:
    with db.transaction() as session:
        return criteria.list_criteria(session, procurement.find_lot(session, label).id or 0)


def _import_criteria(db: Database, path: Path, label: str, **options: Any) -> ImportReport:
    with db.transaction() as session:
        return exchange.import_criteria_file(session, path, label, **options)


COLLEAGUE = ["Criterium", "Subcriterium", "Omschrijving", "Weging", "Schaal", "Knock-out"]


def _colleague_rows(second_weight: object = 50) -> list[list[object]]:
    return [
        ["Visie op welzijn", "", "", 60, "0-2-4-6-8-10", ""],
        ["", "Aanpak per wijk", "Hoe per wijk?", 50, "0-2-4-6-8-10", 4],
        ["", "Samenwerking", "", second_weight, "0-2-4-6-8-10", ""],
        ["Kwaliteit", "", "Borging", "40%", "0-2-4-6-8-10", ""],
    ]


def test_a_colleagues_tree_with_sub_criteria_replaces_the_lots_criteria(
    unscored: Database, organisations_workbook: Workbook
) -> None:
    path = organisations_workbook(COLLEAGUE, _colleague_rows())

    report = _import_criteria(unscored, path, "SSB-2019/1")

    assert report.written, _where(report)
    assert (report.created, report.updated, report.unchanged) == (4, 0, 0)
    removed = [w.english() for w in report.warnings if "importing removes it" in w.english()]
    assert len(removed) == 4 and "K1 Visie en aanpak is not in the workbook" in removed[0]
    tree = _criteria(unscored, "SSB-2019/1")
    by_title = {c.title: c for c in tree}
    main = by_title["Visie op welzijn"]
    assert [c.title for c in tree if c.parent_id == main.id] == ["Aanpak per wijk", "Samenwerking"]
    assert by_title["Aanpak per wijk"].knockout_minimum == Decimal("4")
    assert by_title["Kwaliteit"].weight == Decimal("40")
    assert by_title["Kwaliteit"].parent_id is None


def test_weights_that_do_not_add_up_are_reported_at_the_row_and_nothing_is_written(
    unscored: Database, organisations_workbook: Workbook
) -> None:
    before = _criteria(unscored, "SSB-2019/1")
    path = organisations_workbook(COLLEAGUE, _colleague_rows(second_weight="45"))

    problem = _one_problem(_import_criteria(unscored, path, "SSB-2019/1"))

    assert (problem.row, problem.column) == (3, "Weging")
    assert "under Visie op welzijn add up to 95 %" in problem.english()
    assert _criteria(unscored, "SSB-2019/1") == before


def test_codes_place_sub_criteria_under_their_main_criterion(
    unscored: Database, organisations_workbook: Workbook
) -> None:
    path = organisations_workbook(
        ["Nr", "Criterium", "Gewicht", "Schaal"],
        [
            ["K1", "Visie", "0,7", "0-2-4-6-8-10"],
            ["K1.1", "Wijkaanpak", "1", "0-2-4-6-8-10"],
            ["K2", "Kwaliteit", "0,3", "0-2-4-6-8-10"],
        ],
    )

    report = _import_criteria(unscored, path, "SSB-2019/2")

    assert report.written, _where(report)
    assert any("fractions" in w.english() for w in report.warnings)
    tree = {c.code: c for c in _criteria(unscored, "SSB-2019/2")}
    assert tree["K1.1"].parent_id == tree["K1"].id
    assert (tree["K1"].weight, tree["K1.1"].weight) == (Decimal("70"), Decimal("100"))
    # K1 and K2 kept their ids: matched on their codes.
    assert tree["K2"].title == "Kwaliteit"


@pytest.mark.parametrize(
    ("row", "column", "expected"),
    [
        (["K1", "Visie", 100, "1-10", ""], "Schaal", "There is no scale 1-10"),
        (["K1", "Visie", 100, "0-2-4-6-8-10", 5], "Knock-out", "is not a value of the scale"),
        (["K1", "", 100, "0-2-4-6-8-10", ""], "Criterium", "Enter the title"),
        (["K1", "Visie", "veel", "0-2-4-6-8-10", ""], "Weging", "is not a weight"),
    ],
)
def test_a_criterion_that_breaks_a_rule_is_refused_at_its_cell(
    demo: Database,
    organisations_workbook: Workbook,
    row: list[object],
    column: str,
    expected: str,
) -> None:
    path = organisations_workbook(["Code", "Criterium", "Weging", "Schaal", "Knock-out"], [row])

    report = _import_criteria(demo, path, "SSB-2019/3")

    assert any(
        p.row == 2 and p.column == column and expected in p.english() for p in report.problems
    ), _where(report)
    assert not report.written


def test_criteria_of_a_locked_lot_are_refused(
    demo: Database, organisations_workbook: Workbook
) -> None:
    with demo.transaction() as session:
        lot = session.scalar(select(Lot).where(Lot.number == 3))
        assert lot is not None
        lot.criteria_locked = True
    path = organisations_workbook(COLLEAGUE, _colleague_rows())

    problem = _one_problem(_import_criteria(demo, path, "SSB-2019/3"))

    assert "locked because scoring has started" in problem.english()


def test_a_scored_lot_reimports_its_unchanged_criteria_but_refuses_a_change(
    demo: Database, organisations_workbook: Workbook, tmp_path: Path
) -> None:
    path = tmp_path / "criteria.xlsx"
    with demo.transaction() as session:
        exchange.export_criteria(session, path, [_lot(demo, "SSB-2019/1").id or 0])
    before = _criteria(demo, "SSB-2019/1")

    unchanged = _import_criteria(demo, path, "SSB-2019/1")
    changed = _one_problem(
        _import_criteria(demo, organisations_workbook(COLLEAGUE, _colleague_rows()), "SSB-2019/1")
    )

    assert (unchanged.created, unchanged.updated, unchanged.deleted) == (0, 0, 0)
    assert unchanged.problems == () and not unchanged.written
    assert "locked because scoring has started" in changed.english()
    assert _criteria(demo, "SSB-2019/1") == before


def test_the_criteria_export_has_a_sheet_per_lot_with_sums_and_reimports_unchanged(
    unscored: Database, organisations_workbook: Workbook, tmp_path: Path
) -> None:
    assert _import_criteria(
        unscored, organisations_workbook(COLLEAGUE, _colleague_rows()), "SSB-2019/1"
    ).written
    lots = [_lot(unscored, f"SSB-2019/{n}") for n in (1, 2, 3)]
    path = tmp_path / "criteria.xlsx"
    with unscored.transaction() as session:
        count = exchange.export_criteria(session, path, [lot.id or 0 for lot in lots])

    book = openpyxl.load_workbook(path)
    assert count == 16  # 4 + 4 + lot 3's 5 main criteria and 3 sub-criteria
    assert [s.title for s in book.worksheets] == [
        "SSB-2019-1", "SSB-2019-2", "SSB-2019-3", "ssb_metadata",
    ]  # fmt: skip
    rows = list(book["SSB-2019-1"].iter_rows(values_only=True))
    assert rows[0] == (
        "Code", "Valt onder", "Criterium", "Omschrijving", "Weging (%)",
        "Som niveau (%)", "Prijscriterium", "Schaal", "Knock-out minimum", "Geld per punt",
    )  # fmt: skip
    assert [(r[1], r[2], r[4], r[5]) for r in rows[1:]] == [
        (None, "Visie op welzijn", 60, 100),
        ("Visie op welzijn", "Aanpak per wijk", 50, 100),
        ("Visie op welzijn", "Samenwerking", 50, 100),
        (None, "Kwaliteit", 40, 100),
    ]
    for lot in lots:
        report = _import_criteria(unscored, path, lot.label)
        assert (report.created, report.updated, report.problems) == (0, 0, ()), _where(report)
        assert not report.written
    with pytest.raises(NotFoundError):
        _import_criteria(unscored, path, "SSB-2019/7")


def test_a_workbook_for_other_lots_is_refused_with_their_names(
    demo: Database, tmp_path: Path
) -> None:
    path = tmp_path / "criteria.xlsx"
    with demo.transaction() as session:
        exchange.export_criteria(session, path, [_lot(demo, "SSB-2019/1").id or 0])
    with demo.transaction() as session:
        lot = replace(_lot(demo, "SSB-2019/1"), id=None, number=4)
        procurement.save_lot(session, lot)

    with pytest.raises(Exception, match="criteria of SSB-2019/1, not of SSB-2019/4"):
        _import_criteria(demo, path, "SSB-2019/4")


# --- the command line -------------------------------------------------------------------------


def test_headless_bids_and_criteria_round_trip_with_the_documented_exit_codes(
    run_cli: Callable[..., Any], demo_file: Path, tmp_path: Path
) -> None:
    bids_file, criteria_file = tmp_path / "bids.xlsx", tmp_path / "criteria.xlsx"
    db = ("--db", demo_file, "--lang", "en")

    exported = run_cli(*db, "--json", "export", "bids", bids_file, "--lot", "SSB-2019/2")
    assert exported.code == 0 and exported.document["exported"] == 3
    result = run_cli(*db, "--json", "import", "bids", bids_file, "--dry-run")
    assert result.code == 0
    assert (result.document["unchanged"], result.document["dry_run"]) == (3, True)

    book = openpyxl.load_workbook(bids_file)
    book.worksheets[0]["E2"] = "Stichting Onbekend"
    book.worksheets[0]["F2"] = "87654321"
    book.worksheets[0]["A2"] = None  # no id and no code: a new bid
    book.worksheets[0]["D2"] = None
    book.save(bids_file)
    refused = run_cli(*db, "--json", "import", "bids", bids_file)
    assert refused.code == 1
    assert refused.document["problems"][0]["column"] == "Penvoerder"
    created = run_cli(*db, "import", "bids", bids_file, "--create-organisations")
    assert created.code == 0, created.out
    assert "Created: 1" in created.out

    assert run_cli(*db, "export", "criteria", criteria_file).code == 2
    assert run_cli(*db, "export", "criteria", criteria_file, "--lot", "SSB-2019").code == 0
    for wrong in (
        ("import", "organisations", bids_file, "--lot", "SSB-2019/1"),
        ("import", "bids", bids_file, "--lot", "SSB-2019/1"),
        ("import", "criteria", criteria_file, "--lot", "SSB-2019/1", "--create-organisations"),
        ("export", "bids", bids_file, "--lot", "SSB-2019/9"),
    ):
        refusal = run_cli(*db, *wrong)
        assert refusal.code == 2 and refusal.err.strip().count("\n") == 0, wrong
    again = run_cli(*db, "--json", "import", "criteria", criteria_file, "--lot", "SSB-2019/3")
    assert again.code == 0 and again.document["unchanged"] == 8


# --- criteria removed by an import ------------------------------------------------------------


def _without_rows(path: Path, sheet: str, code_prefix: str) -> Path:
    """Delete the rows whose code starts with ``code_prefix``, as a colleague would in Excel."""
    book = openpyxl.load_workbook(path)
    rows = book[sheet]
    for number in range(rows.max_row, 1, -1):
        if str(rows.cell(number, 1).value or "").startswith(code_prefix):
            rows.delete_rows(number)
    book.save(path)
    return path


def test_an_import_that_only_removes_criteria_counts_them_and_removes_them(
    demo: Database, tmp_path: Path
) -> None:
    lot = _lot(demo, "SSB-2019/3")
    with demo.transaction() as session:
        # K1 gets a scale of its own, so that it stands alone once its sub-criteria are gone.
        scale_id = criteria.list_scales(session)[0].id
        tree = criteria.list_criteria(session, lot.id or 0)
        criteria.save_criteria(
            session,
            lot.id or 0,
            [replace(c, scale_id=scale_id) if c.code == "K1" else c for c in tree],
        )
        path = tmp_path / "criteria.xlsx"
        exchange.export_criteria(session, path, [lot.id or 0])
    _without_rows(path, "SSB-2019-3", "K1.")

    preview = _import_criteria(demo, path, "SSB-2019/3", dry_run=True)

    assert (preview.created, preview.updated, preview.deleted, preview.unchanged) == (0, 0, 3, 5)
    assert len(preview.warnings) == 3 and not preview.problems
    assert not preview.written
    assert len(_criteria(demo, "SSB-2019/3")) == 8

    report = _import_criteria(demo, path, "SSB-2019/3")

    assert (report.deleted, report.written) == (3, True)
    assert [c.code for c in _criteria(demo, "SSB-2019/3")] == ["K1", "K2", "K3", "K4", "P"]


def test_the_command_line_reports_removed_criteria_in_its_lines_and_its_json(
    run_cli: Callable[..., Any], demo_file: Path, tmp_path: Path
) -> None:
    path = tmp_path / "criteria.xlsx"
    db = ("--db", demo_file, "--lang", "en")
    assert run_cli(*db, "export", "criteria", path, "--lot", "SSB-2019/3").code == 0
    _without_rows(path, "SSB-2019-3", "K1.")
    book = openpyxl.load_workbook(path)
    sheet = book["SSB-2019-3"]
    headers = [cell.value for cell in sheet[1]]
    sheet.cell(row=2, column=headers.index("Schaal") + 1, value="0-2-4-6-8-10")  # K1 alone
    book.save(path)

    preview = run_cli(*db, "--json", "import", "criteria", path, "--lot", "SSB-2019/3", "--dry-run")
    done = run_cli(*db, "import", "criteria", path, "--lot", "SSB-2019/3")

    assert preview.code == 0, preview.out
    assert (preview.document["updated"], preview.document["deleted"]) == (1, 3)
    assert done.code == 0, done.out
    assert "Updated: 1\nRemoved: 3\nUnchanged: 4\n" in done.out
