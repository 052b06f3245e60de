"""The audit log records every change automatically and detects tampering."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from datetime import date

from ssb_desktop.db.database import Database
from ssb_desktop.formatting import local_today
from ssb_desktop.records import AuditAction, ContactRecord, OrganisationRecord
from ssb_desktop.services.audit import AuditFilter, list_entries
from ssb_desktop.services.organisations import save_organisation, set_archived
from ssb_desktop.startup import check_database


def test_an_insert_and_an_update_are_recorded_with_who_old_and_new(db: Database) -> None:
    with db.transaction() as session:
        created = save_organisation(
            session, OrganisationRecord(id=None, name="Buurthuis De Kolk", kvk="12345678")
        )
    assert created.id is not None
    with db.transaction() as session:
        set_archived(session, created.id, True, created.version)
    with db.transaction() as session:
        entries = list_entries(
            session, AuditFilter(table="organisations", record_id=str(created.id))
        )
    assert [entry.action for entry in entries] == [AuditAction.UPDATE, AuditAction.INSERT]
    update, insert = entries
    assert update.user == db.actor.account
    assert update.changes == {"archived": [False, True]}
    assert insert.changes["name"] == [None, "Buurthuis De Kolk"]
    assert insert.changes["kvk"] == [None, "12345678"]


def test_a_period_filter_includes_both_ends_in_local_days(db: Database) -> None:
    with db.transaction() as session:
        save_organisation(session, OrganisationRecord(id=None, name="Vandaag"))
    with db.transaction() as session:
        today = list_entries(
            session, AuditFilter(table="organisations", since=local_today(), until=local_today())
        )
        yesterday = list_entries(
            session,
            AuditFilter(
                table="organisations", until=date.fromordinal(local_today().toordinal() - 1)
            ),
        )
    assert len(today) == 1
    assert yesterday == []


def test_check_names_the_first_broken_link_after_tampering(sqlite_db: Database) -> None:
    for name in ("Een", "Twee", "Drie"):
        with sqlite_db.transaction() as session:
            save_organisation(session, OrganisationRecord(id=None, name=name))
    assert check_database(sqlite_db).problems == []
    with sqlite_db.transaction() as session:
        entries = list_entries(session, AuditFilter(table="organisations"))
    victim = entries[1].id  # the middle insert
    assert sqlite_db.path is not None
    raw = sqlite3.connect(sqlite_db.path)
    raw.execute("DROP TRIGGER audit_log_no_update")  # what a tamperer with file access can do
    raw.execute(
        "UPDATE audit_log SET changes = replace(changes, 'Twee', 'Vier') WHERE id = ?", (victim,)
    )
    raw.commit()
    raw.close()
    result = check_database(sqlite_db)
    assert result.first_broken_entry == victim
    assert result.problems


def test_a_contact_removed_from_an_organisation_is_recorded_as_deleted(db: Database) -> None:
    with db.transaction() as session:
        saved = save_organisation(
            session,
            OrganisationRecord(
                id=None,
                name="Buurthuis De Kolk",
                contacts=(ContactRecord(name="A. de Boer"), ContactRecord(name="B. Yilmaz")),
            ),
        )
    kept = saved.contacts[0]
    with db.transaction() as session:
        save_organisation(session, replace(saved, contacts=(kept,)))
    with db.transaction() as session:
        deleted = [
            entry
            for entry in list_entries(session, AuditFilter(table="contacts"))
            if entry.action is AuditAction.DELETE
        ]
    assert [entry.changes["name"] for entry in deleted] == [["B. Yilmaz", None]]
