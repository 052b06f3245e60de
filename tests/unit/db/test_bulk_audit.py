"""The bulk way into the database (imports) writes the same rows and audit entries as the
unit of work, and the audit chain keeps the hash definition existing databases were built on."""

from __future__ import annotations

import hashlib
import json
from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any, cast

import pytest
from sqlalchemy import Table, select, text

from ssb_desktop.db.audit import (
    _changes_json,
    entry_hash,
    insert_audited,
    insert_audited_columns,
    verify_chain,
)
from ssb_desktop.db.bulk import BULK_CACHE_KIB, bulk_write_cache, insert_columns, insert_rows
from ssb_desktop.db.database import Database
from ssb_desktop.db.tables import Organisation
from ssb_desktop.db.tables.audit import AuditEntry
from ssb_desktop.records import (
    AuditAction,
    ContactRecord,
    ImportRow,
    OrganisationKind,
    OrganisationRecord,
)
from ssb_desktop.services.audit import AuditFilter, list_entries
from ssb_desktop.services.organisations import (
    import_organisations,
    list_organisations,
    save_organisation,
)

TRICKY = 'Stichting "De Kolk" \\ Zoë ☃ 😀\n\t=SUM(A1)'


def _reference_hash(*parts: str) -> str:
    """The definition every stored entry was hashed with: SHA-256 of the compact JSON array."""
    payload = json.dumps(list(parts), ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def test_an_entry_hash_is_unchanged_for_entries_written_by_earlier_versions() -> None:
    at = datetime(2026, 1, 2, 3, 4, 5, 678901, tzinfo=UTC)
    changes = '{"name":[null,"A \\"b\\" é ☃"]}'
    digest = entry_hash("a" * 64, at, "jan", "organisations", "12", "insert", changes)
    # Written by the version before the bulk path was made faster.
    assert digest == "0326b43ab2278e306ddd6d8b74d1fdf5fe03823513b6c4ccf7ba5ef82101c76a"
    for user, table, record_id, payload in [
        (TRICKY, "organisations", "1/2", json.dumps({"name": [None, TRICKY]}, ensure_ascii=False)),
        ("systeem", TRICKY, "", "{}"),
    ]:
        assert entry_hash("0" * 64, at, user, table, record_id, "update", payload) == (
            _reference_hash("0" * 64, at.isoformat(), user, table, record_id, "update", payload)
        )


def _stored_entries(db: Database, table: str) -> list[tuple[str, dict[str, Any]]]:
    with db.transaction() as session:
        rows = session.execute(
            select(AuditEntry.record_id, AuditEntry.changes)
            .where(AuditEntry.table_name == table)
            .order_by(AuditEntry.id)
        ).all()
    return [(record_id, json.loads(changes)) for record_id, changes in rows]


def test_bulk_audit_entries_encode_every_kind_of_value_as_the_flush_does(db: Database) -> None:
    rows: list[dict[str, Any]] = [
        {
            "name": TRICKY,
            "kind": OrganisationKind.PROFESSIONAL,
            "kvk": "01234567",
            "street": "",
            "archived": True,
            "notes": "plain",
        },
        {
            "name": "Tweede",
            "kind": OrganisationKind.VOLUNTEER,
            "kvk": None,
            "street": "Breestraat 1",
            "archived": False,
            "notes": "",
        },
    ]
    extra: list[dict[str, Any]] = [
        {"districts": ["1", "3"], "amount": Decimal("12.50"), "day": date(2026, 2, 1)},
        {"districts": [], "amount": None, "day": None},
    ]
    with db.transaction() as session:
        ids = insert_audited(session, Organisation, rows, extra=extra)
        stored = session.execute(
            text("SELECT changes FROM audit_log WHERE table_name = 'organisations' ORDER BY id")
        ).scalars()
        texts = list(stored)
    expected: list[dict[str, list[Any]]] = [
        {
            "id": [None, ids[0]],
            "name": [None, TRICKY],
            "kind": [None, "professional"],
            "kvk": [None, "01234567"],
            "archived": [None, True],
            "notes": [None, "plain"],
            "districts": [None, ["1", "3"]],
            "amount": [None, "12.50"],
            "day": [None, "2026-02-01"],
        },
        {
            "id": [None, ids[1]],
            "name": [None, "Tweede"],
            "kind": [None, "volunteer"],
            "street": [None, "Breestraat 1"],
            "archived": [None, False],
        },
    ]
    # Byte for byte the text the flush path writes for the same changes.
    assert texts == [_changes_json(changes) for changes in expected]
    with db.transaction() as session:
        assert verify_chain(session) == (len(list_entries(session, AuditFilter())), None)


def test_an_imported_organisation_is_audited_like_one_saved_by_hand(db: Database) -> None:
    with db.transaction() as session:
        by_hand = save_organisation(
            session,
            OrganisationRecord(
                id=None,
                name="Buurthuis De Kolk",
                kind=OrganisationKind.VOLUNTEER,
                kvk="12345678",
                iban="NL91ABNA0417164300",
                postcode="2311 AB",
                email="info@kolk.example",
                contacts=(ContactRecord(name="Zoë", email="zoe@kolk.example"),),
            ),
        )
    with db.transaction() as session:
        report = import_organisations(
            session,
            [
                ImportRow(
                    "Organisaties",
                    2,
                    {
                        "name": "Buurthuis De Kolk",
                        "kind": "Vrijwilligers",
                        "kvk": "87654321",
                        "iban": "nl91 abna 0417 1643 00",
                        "postcode": "2311ab",
                        "email": "info@kolk.example",
                        "districts": "Binnenstad-Zuid",
                        "contact": "Zoë",
                        "contact_email": "zoe@kolk.example",
                        "archived": "Nee",
                    },
                )
            ],
        )
    assert report.created == 1 and report.written
    (_id, saved), (imported_id, imported) = _stored_entries(db, "organisations")[-2:]
    assert imported.pop("districts") == [None, ["1"]]
    assert imported.pop("kvk") == [None, "87654321"]
    assert imported.pop("id") == [None, int(imported_id)]
    assert saved.pop("kvk") == [None, "12345678"]
    assert saved.pop("id") == [None, by_hand.id]
    assert imported == saved
    (_first, saved_contact), (_second, imported_contact) = _stored_entries(db, "contacts")
    for changes in (saved_contact, imported_contact):
        del changes["id"], changes["organisation_id"]
    assert imported_contact == saved_contact
    with db.transaction() as session:
        checked, broken = verify_chain(session)
    assert broken is None and checked > 0


def test_an_import_of_many_rows_keeps_the_chain_intact_and_lists_every_organisation(
    db: Database,
) -> None:
    rows = [
        ImportRow(
            "Organisaties",
            index + 2,
            {"name": f"Stichting {index:03d}", "kvk": f"{10_000_000 + index}", "contact": "Jan"},
        )
        for index in range(300)
    ]
    with db.transaction() as session:
        assert import_organisations(session, rows).created == 300
    with db.transaction() as session:
        assert verify_chain(session)[1] is None
        listed = list_organisations(session)
        entries = list_entries(session, AuditFilter(table="contacts"))
    assert [record.name for record in listed] == [f"Stichting {index:03d}" for index in range(300)]
    assert {record.contacts[0].name for record in listed} == {"Jan"}
    assert len(entries) == 300 and {entry.action for entry in entries} == {AuditAction.INSERT}


def test_insert_columns_fills_defaults_shares_values_and_runs_bind_processors(
    db: Database,
) -> None:
    table = cast(Table, Organisation.__table__)
    with db.transaction() as session:
        connection = session.connection()
        insert_columns(
            connection,
            table,
            {
                "id": [101, 102, 103],
                "name": ["Een", "Twee", "Drie"],
                "kind": [
                    OrganisationKind.VOLUNTEER,
                    OrganisationKind.PROFESSIONAL,
                    OrganisationKind.VOLUNTEER,
                ],
                "archived": [True, False, True],
            },
            same={"city": "Leiden"},
        )
        insert_rows(connection, table, [{"id": 104, "name": "Vier"}])
        with pytest.raises(ValueError, match="equal length"):
            insert_columns(connection, table, {"id": [105], "name": []})
    with db.transaction() as session:
        stored = session.execute(
            select(
                Organisation.id,
                Organisation.kind,
                Organisation.archived,
                Organisation.city,
                Organisation.version,
            ).order_by(Organisation.id)
        ).all()
    assert [tuple(row) for row in stored] == [
        (101, OrganisationKind.VOLUNTEER, True, "Leiden", 1),
        (102, OrganisationKind.PROFESSIONAL, False, "Leiden", 1),
        (103, OrganisationKind.VOLUNTEER, True, "Leiden", 1),
        (104, OrganisationKind.OTHER, False, "", 1),
    ]


def test_insert_audited_columns_with_no_rows_writes_nothing(db: Database) -> None:
    with db.transaction() as session:
        before = verify_chain(session)[0]
        assert insert_audited_columns(session, Organisation, {"name": []}) == []
        assert verify_chain(session)[0] == before


def test_the_larger_cache_of_a_bulk_write_is_given_back_afterwards(sqlite_db: Database) -> None:
    with sqlite_db.transaction() as session:
        connection = session.connection()
        before = connection.exec_driver_sql("PRAGMA cache_size").scalar()
        with bulk_write_cache(connection):
            during = connection.exec_driver_sql("PRAGMA cache_size").scalar()
        after = connection.exec_driver_sql("PRAGMA cache_size").scalar()
    assert during == -BULK_CACHE_KIB
    assert after == before != during
