"""The audit log in words: field labels, names for references, dd-mm-yyyy, euro amounts and
translated statuses, on screen and in the export, while the raw values stay in the log."""

from __future__ import annotations

import re
from pathlib import Path

import openpyxl

from ssb_desktop.db.database import Database
from ssb_desktop.records import AuditEntryRecord
from ssb_desktop.services.audit import AuditFilter, list_entries
from ssb_desktop.services.audit_export import export_audit_log
from ssb_desktop.services.audit_values import describe_entries
from ssb_desktop.services.demo import build_demo


def _dutch(context: str, source: str) -> str:
    return {("Field", "Applicant"): "Aanvrager"}.get((context, source), source)


def _an_application_entry(db: Database) -> tuple[AuditEntryRecord, AuditEntryRecord]:
    with db.transaction() as session:
        build_demo(session)
    with db.transaction() as session:
        entries = list_entries(session, AuditFilter(table="applications"))
        added = next(
            entry
            for entry in entries
            if "applicant_id" in entry.changes and "requested" in entry.changes
        )
        (described,) = describe_entries(session, [added], _dutch)
    return added, described


def test_references_read_as_names_and_the_record_as_its_reference(db: Database) -> None:
    raw, described = _an_application_entry(db)
    readable = described.readable
    assert readable is not None
    assert re.fullmatch(r"\d{4}-\d{4}", readable.identity), readable.identity
    by_field = {change.field: change for change in readable.changes}
    applicant = by_field["applicant_id"]
    assert applicant.label == "Aanvrager"
    assert not applicant.new.isdigit() and applicant.new  # a name, not "18"
    assert by_field["requested"].new.startswith("€ ")
    assert re.fullmatch(r"\d{2}-\d{2}-\d{4}", by_field["received_on"].new)
    assert by_field["status"].new in {
        "Received",
        "Complete",
        "Granted",
        "Partly granted",
        "Refused",
        "Incomplete",
        "Advance paid",
        "Settled",
        "Closed",
        "Withdrawn",
    }
    # The raw values stay as they were logged.
    assert described.changes == raw.changes
    assert isinstance(raw.changes["applicant_id"][1], int)


def test_the_export_writes_the_same_words(db: Database, tmp_path: Path) -> None:
    _raw, described = _an_application_entry(db)
    assert described.readable is not None
    target = tmp_path / "audit.xlsx"
    with db.transaction() as session:
        export_audit_log(session, target, AuditFilter(table="applications"), _dutch)
    workbook = openpyxl.load_workbook(target, read_only=True)
    rows = list(workbook["Auditlog"].iter_rows(values_only=True))
    workbook.close()
    header = rows[0]
    row = next(r for r in rows[1:] if r[header.index("Hash")] == described.hash)
    assert row[header.index("Naam")] == described.readable.identity
    assert "\n".join(described.readable.lines()) == row[header.index("Wijzigingen")]
    assert "applicant_id" not in row[header.index("Wijzigingen")]
