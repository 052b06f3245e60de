"""Procurements, lots and contracts from the command line: the lists, a contract's
performance record, the register as a workbook, and the report form out and back."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from PySide6.QtWidgets import QApplication

from ssb_desktop.db.database import sqlite_url
from ssb_desktop.excel import performance_report as form
from ssb_desktop.records import Assessment
from ssb_desktop.services import awards, performance
from ssb_desktop.services.users import os_account
from ssb_desktop.startup import open_database
from tests.unit.services.test_awards import _definitive, _scored_lot
from tests.unit.services.test_performance import _indicators, _report


@pytest.fixture
def contract_file(tmp_path: Path) -> Path:
    """A database with contract C-1 (01-07-2026 to 30-06-2028, one 24-month option),
    half-yearly reports and two indicators, one report assessed good."""
    path = tmp_path / "contracts.sqlite3"
    db = open_database(sqlite_url(path), account=os_account())
    try:
        lot = _scored_lot(db)
        with db.transaction() as session:
            award = _definitive(session, lot)
            contract = awards.create_contract(
                session,
                award.id,
                reference="C-1",
                start=date(2026, 7, 1),
                end=date(2028, 6, 30),
                value=Decimal("480000"),
                options=(24,),
            )
            assert contract.id is not None
            contract = performance.set_report_schedule(
                session, contract.id, months=6, due_days=42, version=contract.version
            )
            _indicators(session, contract)
            report = performance.save_report(
                session, _report(contract, date(2026, 7, 1), date(2026, 12, 31))
            )
            assert report.id is not None
            performance.assess_report(
                session,
                report.id,
                assessment=Assessment.GOOD,
                text="Op koers",
                on=date(2027, 2, 1),
                version=report.version,
            )
    finally:
        db.dispose()
    return path


def test_procurements_and_lots_are_listed(
    qapp: QApplication, run_cli: Callable[..., Any], contract_file: Path
) -> None:
    result = run_cli("--db", contract_file, "procurements", "--json")
    assert result.code == 0, result.err
    document = json.loads(result.out)
    assert [(p["reference"], p["lots"]) for p in document["procurements"]] == [("SSB-2026", 1)]
    result = run_cli("--db", contract_file, "--lang", "en", "lots", "--procurement", "ssb-2026")
    assert result.code == 0, result.err
    assert result.out.startswith("SSB-2026/1\tOpgroeien")
    assert "3 bids" in result.out
    result = run_cli("--db", contract_file, "--lang", "en", "lots", "--procurement", "NOPE")
    assert result.code == 2
    assert "There is no procurement with the reference NOPE." in result.err


def test_counts_in_the_lists_read_as_dutch_and_english_do(
    qapp: QApplication, run_cli: Callable[..., Any], contract_file: Path
) -> None:
    """One lot is "1 perceel", not "1 percelen" (Qt's plural forms, not one text for all)."""
    dutch = run_cli("--db", contract_file, "procurements")
    assert dutch.code == 0, dutch.err
    assert dutch.out.rstrip().endswith("\t1 perceel")
    english = run_cli("--db", contract_file, "--lang", "en", "procurements")
    assert english.out.rstrip().endswith("\t1 lot")
    bids = run_cli("--db", contract_file, "lots", "--procurement", "SSB-2026")
    assert bids.out.rstrip().endswith("\t3 inschrijvingen")


def test_contracts_list_the_options_with_their_decide_by_dates_and_the_performance(
    qapp: QApplication, run_cli: Callable[..., Any], contract_file: Path
) -> None:
    result = run_cli("--db", contract_file, "contracts", "--json")
    assert result.code == 0, result.err
    (contract,) = json.loads(result.out)["contracts"]
    assert contract["reference"] == "C-1"
    assert contract["contractor"] == "Stichting Alfa"
    assert contract["final_end"] == "2030-06-30"
    assert contract["options"] == [
        {
            "sequence": 1,
            "months": 24,
            "decide_by": "2027-12-31",
            "status": "open",
            "decided_on": None,
        }
    ]
    assert contract["performance"]["reports"] == 1
    assert contract["performance"]["latest"] == "good"


def test_performance_shows_targets_against_realised_values_and_what_is_overdue(
    qapp: QApplication, run_cli: Callable[..., Any], contract_file: Path
) -> None:
    result = run_cli(
        "--db",
        contract_file,
        "--lang",
        "en",
        "performance",
        "--contract",
        "C-1",
        "--on",
        "01-09-2027",
    )
    assert result.code == 0, result.err
    lines = result.out.splitlines()
    assert lines[0] == "Contract C-1 (SSB-2026/1) with Stichting Alfa"
    assert "1 reports: 1 good" in lines[1]
    assert "  2026: target 30, realised -" in lines
    assert "Report 01-07-2026 to 31-12-2026, received 28-12-2026: Good" in lines
    assert lines[-1] == "Overdue: report 01-01-2027 to 30-06-2027, due 11-08-2027"
    result = run_cli("--db", contract_file, "--lang", "en", "performance", "--contract", "C-9")
    assert result.code == 2
    assert "There is no contract with the reference C-9." in result.err


def test_the_report_form_goes_out_and_comes_back_from_the_command_line(
    qapp: QApplication, run_cli: Callable[..., Any], contract_file: Path, tmp_path: Path
) -> None:
    target = tmp_path / "form.xlsx"
    result = run_cli(
        "--db",
        contract_file,
        "performance-form",
        "--contract",
        "C-1",
        "--from",
        "01-01-2027",
        "--to",
        "30-06-2027",
        target,
    )
    assert result.code == 0, result.err
    book = load_workbook(target)
    sheet = book[form.REPORT_SHEET]
    sheet[f"E{form.FIRST_ROW}"] = "veel"
    book.save(target)
    result = run_cli("--db", contract_file, "--lang", "en", "performance-import", target)
    assert result.code == 1
    assert '"veel" is not a number' in result.out
    sheet[f"E{form.FIRST_ROW}"] = 12
    book.save(target)
    result = run_cli(
        "--db", contract_file, "performance-import", target, "--received", "15-07-2027", "--json"
    )
    assert result.code == 0, result.out
    document = json.loads(result.out)
    assert document["written"] is True
    assert [v["value"] for v in document["values"]] == ["12.00"]
    result = run_cli("--db", contract_file, "performance", "--contract", "C-1", "--json")
    reports = json.loads(result.out)["reports"]
    assert [(r["period_start"], r["received_on"]) for r in reports] == [
        ("2026-07-01", "2026-12-28"),
        ("2027-01-01", "2027-07-15"),
    ]


def test_export_contracts_writes_the_register(
    qapp: QApplication, run_cli: Callable[..., Any], contract_file: Path, tmp_path: Path
) -> None:
    target = tmp_path / "contracts.xlsx"
    result = run_cli("--db", contract_file, "export", "contracts", target, "--json")
    assert result.code == 0, result.err
    assert json.loads(result.out)["exported"] == 1
    book = load_workbook(target)
    assert book.sheetnames[:3] == ["Overeenkomsten", "Opties", "Gerealiseerd per wijk"]
    header = [cell.value for cell in book["Overeenkomsten"][1]]
    row = dict(zip(header, [cell.value for cell in book["Overeenkomsten"][2]], strict=True))
    assert row["Kenmerk"] == "C-1"
    assert row["Opties"] == "1: 24 mnd, beslissen uiterlijk 31-12-2027 (open)"
    assert row["Einde na alle opties"].date() == date(2030, 6, 30)
    assert row["Laatste oordeel"] == "Goed"
    options = [[cell.value for cell in r] for r in book["Opties"].iter_rows(min_row=2)]
    assert options[0][:3] == ["C-1", 1, 24]


def _walk_keys(node: Any) -> set[str]:
    if isinstance(node, dict):
        return set(node) | {key for value in node.values() for key in _walk_keys(value)}
    if isinstance(node, list):
        return {key for value in node for key in _walk_keys(value)}
    return set()


def test_export_ocds_writes_a_release_package_without_scores_or_evaluators(
    qapp: QApplication, run_cli: Callable[..., Any], contract_file: Path, tmp_path: Path
) -> None:
    target = tmp_path / "ssb-2026.json"
    result = run_cli(
        "--db", contract_file, "export", "ocds", target, "--procurement", "SSB-2026", "--json"
    )
    assert result.code == 0, result.err
    assert json.loads(result.out)["schema_checked"] is False
    package = json.loads(target.read_text(encoding="utf-8"))
    (release,) = package["releases"]
    assert package["version"] == "1.1"
    assert release["ocid"] == "ocds-000000-SSB-2026"
    assert release["tag"] == ["tender", "award", "contract"]
    assert [lot["title"] for lot in release["tender"]["lots"]] == ["Opgroeien"]
    (award,) = release["awards"]
    (contract,) = release["contracts"]
    assert (award["status"], award["suppliers"][0]["name"]) == ("active", "Stichting Alfa")
    assert contract["awardID"] == award["id"]
    assert contract["value"] == {"amount": 480000.0, "currency": "EUR"}
    assert [m["dueDate"] for m in contract["implementation"]["milestones"]] == [
        "2027-12-31T00:00:00Z"
    ]
    assert {"buyer", "tenderer", "supplier"} <= {
        role for party in release["parties"] for role in party["roles"]
    }
    assert len(release["bids"]["details"]) == 3
    text = target.read_text(encoding="utf-8").lower()
    assert not {key for key in _walk_keys(package) if "score" in key.lower()}
    assert "evaluator" not in text and "motivation" not in text


def test_export_ocds_of_a_procurement_without_lots_is_refused(
    qapp: QApplication, run_cli: Callable[..., Any], contract_file: Path, tmp_path: Path
) -> None:
    copy = run_cli("--db", contract_file, "--lang", "en", "export", "ocds", tmp_path / "x.json")
    assert copy.code == 2 and "--procurement" in copy.err
    db = open_database(sqlite_url(contract_file), account=os_account())
    try:
        with db.transaction() as session:
            from ssb_desktop.records import ProcedureType, ProcurementRecord
            from ssb_desktop.services.procurement import save_procurement

            save_procurement(
                session,
                ProcurementRecord(
                    id=None,
                    reference="LEEG",
                    title="Zonder percelen",
                    procedure_type=ProcedureType.NATIONAL,
                    estimated_value=Decimal(0),
                ),
            )
    finally:
        db.dispose()
    result = run_cli(
        "--db",
        contract_file,
        "--lang",
        "en",
        "export",
        "ocds",
        tmp_path / "x.json",
        "--procurement",
        "LEEG",
    )
    assert result.code != 0
    assert "Procurement LEEG has no lots" in result.err
    assert not (tmp_path / "x.json").exists()


# The official OCDS 1.1.5 schemas, as the Open Contracting Partnership ships them in its own
# packages on PyPI (tests/fixtures/ocds/README.md says which and how; Apache-2.0).
OCDS_SCHEMA = Path(__file__).parents[1] / "fixtures" / "ocds" / "release-package-schema.json"


def test_export_ocds_agrees_with_the_official_release_package_schema(
    qapp: QApplication, run_cli: Callable[..., Any], contract_file: Path, tmp_path: Path
) -> None:
    target = tmp_path / "ssb-2026.json"
    result = run_cli(
        "--db", contract_file, "--lang", "en", "--json", "export", "ocds", target,
        "--procurement", "SSB-2026", "--schema", OCDS_SCHEMA,
    )  # fmt: skip
    assert result.code == 0, result.out + result.err
    assert result.document["schema_checked"] is True
    assert result.document["schema_problems"] == []
    assert (result.document["lots"], result.document["awards"]) == (1, 1)
    assert result.document["contracts"] == 1


def test_the_official_schema_refuses_what_ocds_does_not_allow(
    qapp: QApplication, run_cli: Callable[..., Any], contract_file: Path, tmp_path: Path
) -> None:
    """The check is real: the release schema is found through the package schema's
    reference, and dates and addresses are checked for their format."""
    from ssb_desktop.services.ocds import validate_package

    target = tmp_path / "ssb-2026.json"
    result = run_cli(
        "--db", contract_file, "export", "ocds", target, "--procurement", "SSB-2026"
    )  # fmt: skip
    assert result.code == 0, result.err
    document = json.loads(target.read_text(encoding="utf-8"))
    assert validate_package(document, OCDS_SCHEMA) == []
    release = document["releases"][0]
    del release["ocid"]
    release["date"] = "2026-12-07"
    release["tender"]["status"] = "sleeping"
    document["uri"] = "not an address"
    problems = validate_package(document, OCDS_SCHEMA)
    assert "releases/0: 'ocid' is a required property" in problems
    assert "releases/0/date: '2026-12-07' is not a 'date-time'" in problems
    assert any(p.startswith("releases/0/tender/status: 'sleeping' is not one of") for p in problems)
    assert "uri: 'not an address' is not a 'uri'" in problems


def test_the_next_procurement_is_copied_with_its_lots_and_criteria(
    qapp: QApplication, run_cli: Callable[..., Any], contract_file: Path
) -> None:
    result = run_cli(
        "--db",
        contract_file,
        "procurements",
        "copy",
        "--from",
        "ssb-2026",
        "--reference",
        "SSB-2032",
        "--title",
        "Volgende ronde",
        "--json",
    )
    assert result.code == 0, result.err
    document = json.loads(result.out)
    assert document["from"] == "SSB-2026"
    assert [(lot["lot"], lot["criteria"]) for lot in document["lots"]] == [("SSB-2032/1", 4)]
    listed = run_cli("--db", contract_file, "lots", "--procurement", "SSB-2032", "--json")
    (lot,) = json.loads(listed.out)["lots"]
    assert (lot["title"], lot["extension_months"], lot["bids"]) == ("Opgroeien", [24], 0)
    again = run_cli(
        "--db",
        contract_file,
        "--lang",
        "en",
        "procurements",
        "copy",
        "--from",
        "SSB-2026",
        "--reference",
        "SSB-2032",
        "--title",
        "Twice",
    )
    assert again.code != 0 and "SSB-2032 already exists" in again.err
    missing = run_cli("--db", contract_file, "--lang", "en", "procurements", "copy")
    assert missing.code == 2 and "--from, --reference, --title" in missing.err


def test_a_non_bidder_protests_against_the_tender_but_cannot_object_to_the_award(
    qapp: QApplication, run_cli: Callable[..., Any], contract_file: Path
) -> None:
    db = open_database(sqlite_url(contract_file), account=os_account())
    try:
        with db.transaction() as session:
            from ssb_desktop.records import OrganisationRecord
            from ssb_desktop.services.organisations import save_organisation

            save_organisation(
                session,
                OrganisationRecord(
                    id=None, name="Bewonersplatform Noord", kvk="12345678", city="Leiden"
                ),
            )
    finally:
        db.dispose()
    refused = run_cli(
        "--db",
        contract_file,
        "--lang",
        "en",
        "objection",
        "--lot",
        "SSB-2026/1",
        "--organisation",
        "12345678",
        "--received",
        "01-03-2026",
    )
    assert refused.code != 0 and "did not bid on lot SSB-2026/1" in refused.err
    result = run_cli(
        "--db",
        contract_file,
        "objection",
        "--lot",
        "SSB-2026/1",
        "--organisation",
        "12345678",
        "--against",
        "tender",
        "--received",
        "01-03-2026",
        "--summary",
        "Geen aanbesteding nodig",
        "--json",
    )
    assert result.code == 0, result.err
    listed = run_cli("--db", contract_file, "--lang", "en", "objections", "--lot", "SSB-2026/1")
    assert listed.code == 0, listed.err
    assert "Bewonersplatform Noord\tAgainst the tender itself (anyone)\tComplaint\t01-03-2026" in (
        listed.out
    )


def test_one_protest_against_the_whole_procurement_is_recorded_and_listed_on_its_lots(
    qapp: QApplication, run_cli: Callable[..., Any], contract_file: Path
) -> None:
    db = open_database(sqlite_url(contract_file), account=os_account())
    try:
        with db.transaction() as session:
            from ssb_desktop.records import LotRecord, OrganisationRecord
            from ssb_desktop.services.organisations import save_organisation
            from ssb_desktop.services.procurement import find_procurement, save_lot

            save_organisation(
                session,
                OrganisationRecord(id=None, name="Wijkplatform Noord", kvk="12345678"),
            )
            procurement = find_procurement(session, "SSB-2026")
            assert procurement.id is not None
            save_lot(session, LotRecord(id=None, procurement_id=procurement.id, number=2))
    finally:
        db.dispose()

    def cli(*words: str) -> Any:
        return run_cli("--db", contract_file, "--lang", "en", *words)

    # --against award with a whole procurement: an award is of one lot.
    refused = cli(
        "objection", "--procurement", "SSB-2026", "--organisation", "12345678",
        "--against", "award",
    )  # fmt: skip
    assert refused.code != 0 and "concerns the award of one lot" in refused.err
    both = cli("objection", "--procurement", "SSB-2026", "--lot", "SSB-2026/1",
               "--organisation", "12345678")  # fmt: skip
    assert both.code == 2
    recorded = cli(
        "--json", "objection", "--procurement", "ssb-2026", "--organisation", "12345678",
        "--received", "02-03-2026", "--summary", "Welzijn hoort niet in percelen",
    )  # fmt: skip
    assert recorded.code == 0, recorded.err
    assert recorded.document["objection"] == {
        "lot": None,
        "procurement": "SSB-2026",
        "whole_procurement": True,
        "organisation": "Wijkplatform Noord",
        "against": "tender",
        "kind": "complaint",
        "received_on": "2026-03-02",
        "outcome": "open",
        "outcome_on": None,
        "summary": "Welzijn hoort niet in percelen",
    }
    line = "SSB-2026, all lots\tWijkplatform Noord\tAgainst the tender itself (anyone)\tComplaint"
    for lot in ("SSB-2026/1", "SSB-2026/2"):
        listed = cli("objections", "--lot", lot)
        assert listed.code == 0 and line in listed.out, listed.out + listed.err
    whole = cli("--json", "objections", "--procurement", "SSB-2026")
    assert [o["whole_procurement"] for o in whole.document["objections"]] == [True]
    dutch = run_cli("--db", contract_file, "objections", "--lot", "SSB-2026/2")
    assert "SSB-2026, alle percelen\tWijkplatform Noord" in dutch.out
