"""The organisation register's rules, at service level."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

import pytest
from sqlalchemy import select

from ssb_desktop.db.database import Database
from ssb_desktop.db.tables import Bid, BidMember, Lot, Procurement
from ssb_desktop.errors import ConflictError, ValidationError
from ssb_desktop.records import ContactRecord, OrganisationKind, OrganisationRecord, ProcedureType
from ssb_desktop.services.audit import AuditFilter, list_entries
from ssb_desktop.services.organisations import (
    check_organisation,
    delete_organisation,
    get_organisation,
    involvement,
    list_organisations,
    merge_organisations,
    save_organisation,
)
from ssb_desktop.services.reference import list_districts


def _save(db: Database, record: OrganisationRecord) -> OrganisationRecord:
    with db.transaction() as session:
        return save_organisation(session, record)


def _problems(**fields: object) -> dict[str, str]:
    record = replace(OrganisationRecord(id=None, name="X"), **fields)  # type: ignore[arg-type]
    return {problem.field: problem.english() for problem in check_organisation(record)}


@pytest.mark.parametrize(
    ("field", "value", "expected"),
    [
        ("kvk", "1234567", "exactly 8 digits"),
        ("kvk", "123456789012", "branch number"),
        ("rsin", "123456789", "11-check"),
        ("iban", "NL91ABNA0417164301", "check digits"),
        ("iban", "NL91ABNA041716430", "18 characters"),
        ("postcode", "231 AB", "2312 AB"),
        ("email", "info@", "e-mail address"),
    ],
)
def test_a_field_that_breaks_its_rule_is_named_with_a_plain_sentence(
    field: str, value: str, expected: str
) -> None:
    assert expected in _problems(**{field: value})[field]


def test_valid_dutch_identifiers_pass() -> None:
    assert (
        _problems(
            kvk="01234567",
            rsin="123456782",
            iban="NL91ABNA0417164300",
            postcode="2312 AB",
            email="info@example.nl",
        )
        == {}
    )


def test_saving_tidies_what_was_typed(db: Database) -> None:
    saved = _save(
        db,
        OrganisationRecord(
            id=None,
            name="  Stichting Tidy ",
            kvk="0123 4567",
            iban="nl91 abna 0417 1643 00",
            postcode="2312ab",
        ),
    )
    assert (saved.name, saved.kvk, saved.iban, saved.postcode) == (
        "Stichting Tidy",
        "01234567",
        "NL91ABNA0417164300",
        "2312 AB",
    )


def test_a_kvk_number_is_unique_and_the_refusal_names_its_owner(db: Database) -> None:
    _save(db, OrganisationRecord(id=None, name="Eerste", kvk="11111111"))
    with pytest.raises(ValidationError, match="Eerste") as raised:
        _save(db, OrganisationRecord(id=None, name="Tweede", kvk="11111111"))
    assert raised.value.field == "kvk"


def test_a_stale_edit_is_refused_instead_of_overwriting(db: Database) -> None:
    original = _save(db, OrganisationRecord(id=None, name="Origineel"))
    _save(db, replace(original, city="Leiden"))
    with pytest.raises(ConflictError):
        _save(db, replace(original, city="Oegstgeest"))
    with db.transaction() as session:
        assert original.id is not None
        assert get_organisation(session, original.id).city == "Leiden"


def test_districts_and_contacts_are_saved_and_listed(db: Database) -> None:
    with db.transaction() as session:
        districts = list_districts(session)
    saved = _save(
        db,
        OrganisationRecord(
            id=None,
            name="Wijkwerk",
            district_ids=(districts[6].id, districts[0].id),
            contacts=(ContactRecord(name="F. Öztürk", email="f@example.nl"),),
        ),
    )
    with db.transaction() as session:
        listed = next(r for r in list_organisations(session) if r.id == saved.id)
    assert listed.district_names == ("Binnenstad-Zuid", "Morsdistrict")
    assert [c.name for c in listed.contacts] == ["F. Öztürk"]


def _bid_for(db: Database, organisation_id: int) -> None:
    with db.transaction() as session:
        procurement = Procurement(
            reference="T-1", title="Test", procedure_type=ProcedureType.LIGHT_REGIME
        )
        lot = Lot(number=1, title="Opgroeien")
        procurement.lots.append(lot)
        session.add(procurement)
        session.flush()
        session.add(
            Bid(
                lot_id=lot.id,
                code="A",
                received_at=datetime.now(UTC),
                members=[BidMember(organisation_id=organisation_id)],
            )
        )


def test_an_organisation_with_a_bid_cannot_be_deleted_only_archived(db: Database) -> None:
    bidder = _save(db, OrganisationRecord(id=None, name="Inschrijver"))
    assert bidder.id is not None
    _bid_for(db, bidder.id)
    with pytest.raises(ValidationError, match="Archive it instead"), db.transaction() as session:
        delete_organisation(session, bidder.id, bidder.version)
    with db.transaction() as session:
        assert [item.kind for item in involvement(session, bidder.id)] == ["bid"]


def test_merging_moves_references_and_keeps_both_in_the_audit_log(db: Database) -> None:
    keep = _save(
        db,
        OrganisationRecord(
            id=None, name="Stichting Jeugdhaven", kvk="22222222", kind=OrganisationKind.PROFESSIONAL
        ),
    )
    duplicate = _save(
        db,
        OrganisationRecord(
            id=None,
            name="St. Jeugdhaven",
            iban="NL91ABNA0417164300",
            contacts=(ContactRecord(name="J. Meijer"),),
        ),
    )
    assert keep.id is not None and duplicate.id is not None
    _bid_for(db, duplicate.id)
    with db.transaction() as session:
        merged = merge_organisations(session, keep.id, duplicate.id)
    assert merged.iban == "NL91ABNA0417164300"
    assert [c.name for c in merged.contacts] == ["J. Meijer"]
    with db.transaction() as session:
        member = session.scalars(select(BidMember)).one()
        assert member.organisation_id == keep.id
        old = get_organisation(session, duplicate.id)
        assert old.archived and old.successor_id == keep.id
        moved = list_entries(session, AuditFilter(table="bid_members"))
    assert moved[0].changes == {"organisation_id": [duplicate.id, keep.id]}
