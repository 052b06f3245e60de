"""Pages of the register from the database: the same rows, order and counts on every database
as a user sees them on the Organisations page, whatever page is asked for."""

from __future__ import annotations

from dataclasses import replace

import pytest

from ssb_desktop.db.database import Database
from ssb_desktop.records import ContactRecord, ImportRow, OrganisationKind, OrganisationRecord
from ssb_desktop.services.organisation_list import (
    OrganisationQuery,
    OrganisationSort,
    count_organisations,
    organisation_page,
    organisation_position,
    organisations_listed,
    total_organisations,
)
from ssb_desktop.services.organisations import (
    get_organisation,
    import_organisations,
    save_organisation,
    set_archived,
)
from ssb_desktop.services.reference import list_districts


def _save(db: Database, name: str, **fields: object) -> OrganisationRecord:
    with db.transaction() as session:
        return save_organisation(
            session,
            replace(OrganisationRecord(id=None, name=name), **fields),  # type: ignore[arg-type]
        )


@pytest.fixture
def register(db: Database) -> dict[str, OrganisationRecord]:
    with db.transaction() as session:
        districts = {d.name: d.id for d in list_districts(session)}
    return {
        "zz": _save(db, "zz Laatste", kvk="11111111", city="Alphen", email="b@x.nl"),
        "aa": _save(db, "Aa Stichting", city="Leiden", iban="NL91ABNA0417164300"),
        "accent": _save(
            db,
            "Ää Stichting met accent",
            kind=OrganisationKind.VOLUNTEER,
            city="Zoeterwoude",
            contacts=(ContactRecord(name="F. Öztürk", email="f@buurt.nl"),),
            district_ids=(districts["Morsdistrict"],),
        ),
        "bb": _save(db, "bb vereniging", kvk="22222222", kind=OrganisationKind.VOLUNTEER),
        "old": _save(db, "Oud 50% _Fonds", archived=True),
    }


def _names(db: Database, query: OrganisationQuery, offset: int = 0, limit: int = 100) -> list[str]:
    with db.transaction() as session:
        count = count_organisations(session, query)
        return [r.name for r in organisation_page(session, query, offset, limit, count=count)]


def test_the_list_sorts_by_name_ignoring_case_and_accents_and_hides_archived(
    db: Database, register: dict[str, OrganisationRecord]
) -> None:
    query = OrganisationQuery()
    assert _names(db, query) == [
        "Aa Stichting",
        "Ää Stichting met accent",
        "bb vereniging",
        "zz Laatste",
    ]
    assert _names(db, replace(query, descending=True))[0] == "zz Laatste"
    with db.transaction() as session:
        assert count_organisations(session, query) == 4
        assert total_organisations(session) == 5


def test_numbers_in_names_sort_in_their_natural_order(db: Database) -> None:
    for name in ("Lot 10", "Lot 9", "lot 100", "Lot 9a"):
        _save(db, name)
    assert _names(db, OrganisationQuery()) == ["Lot 9", "Lot 9a", "Lot 10", "lot 100"]


def test_a_page_from_the_end_is_the_same_as_from_the_start(
    db: Database, register: dict[str, OrganisationRecord]
) -> None:
    query = OrganisationQuery(include_archived=True)
    everything = _names(db, query)
    assert len(everything) == 5
    # Offset 3 of 5 is read backwards from the end; offset 1 forwards.
    assert _names(db, query, offset=3, limit=2) == everything[3:5]
    assert _names(db, query, offset=4, limit=10) == everything[4:]
    assert _names(db, query, offset=1, limit=2) == everything[1:3]
    assert _names(db, query, offset=5, limit=2) == []


def test_the_search_looks_in_names_numbers_places_and_contacts_without_accents(
    db: Database, register: dict[str, OrganisationRecord]
) -> None:
    def found(text: str, **fields: object) -> list[str]:
        return _names(db, replace(OrganisationQuery(text=text), **fields))  # type: ignore[arg-type]

    assert found("oztu") == ["Ää Stichting met accent"]
    assert found("BUURT.NL") == ["Ää Stichting met accent"]
    assert found("2222") == ["bb vereniging"]
    assert found("leiden aa") == ["Aa Stichting"]
    assert found("stichting zoeterwoude") == ["Ää Stichting met accent"]
    # LIKE's wildcards are searched for as the characters they are.
    assert found("50%") == []
    assert found("50%", include_archived=True) == ["Oud 50% _Fonds"]
    assert found("_f", include_archived=True) == ["Oud 50% _Fonds"]
    assert found("x_") == []


def test_kind_district_and_every_sortable_column_order_the_rows(
    db: Database, register: dict[str, OrganisationRecord]
) -> None:
    with db.transaction() as session:
        morsdistrict = next(d.id for d in list_districts(session) if d.name == "Morsdistrict")
    assert _names(db, OrganisationQuery(kind=OrganisationKind.VOLUNTEER)) == [
        "Ää Stichting met accent",
        "bb vereniging",
    ]
    assert _names(db, OrganisationQuery(district_id=morsdistrict)) == ["Ää Stichting met accent"]
    # No KvK number sorts first ascending and last descending, on SQLite and PostgreSQL alike.
    by_kvk = OrganisationQuery(sort=OrganisationSort.KVK)
    assert _names(db, by_kvk)[-2:] == ["zz Laatste", "bb vereniging"]
    assert _names(db, replace(by_kvk, descending=True))[:2] == ["bb vereniging", "zz Laatste"]
    assert _names(db, OrganisationQuery(sort=OrganisationSort.CITY))[-1] == (
        "Ää Stichting met accent"
    )


@pytest.mark.parametrize("sort", list(OrganisationSort))
@pytest.mark.parametrize("descending", [False, True])
def test_the_position_of_each_organisation_is_its_row_in_every_order(
    db: Database, register: dict[str, OrganisationRecord], sort: OrganisationSort, descending: bool
) -> None:
    query = OrganisationQuery(include_archived=True, sort=sort, descending=descending)
    with db.transaction() as session:
        rows = organisations_listed(session, query)
        assert [organisation_position(session, query, r.id) for r in rows if r.id] == list(
            range(len(rows))
        )
        last = rows[-1].id
        assert last is not None
        assert organisation_position(session, query, last, within=len(rows) - 2) is None
        assert organisation_position(session, query, last, within=len(rows) - 1) == len(rows) - 1
        old = register["old"].id
        assert old is not None
        assert organisation_position(session, replace(query, include_archived=False), old) is None


def test_an_edit_and_an_import_keep_the_search_text_in_step(
    db: Database, register: dict[str, OrganisationRecord]
) -> None:
    bb = register["bb"]
    assert bb.id is not None
    with db.transaction() as session:
        save_organisation(session, replace(get_organisation(session, bb.id), city="Katwijk"))
        set_archived(session, bb.id, True, get_organisation(session, bb.id).version)
    aa = register["aa"]
    assert aa.id is not None
    with db.transaction() as session:
        record = get_organisation(session, aa.id)
        save_organisation(session, replace(record, contacts=(ContactRecord(name="K. de Wit"),)))
    assert _names(db, OrganisationQuery(text="de wit")) == ["Aa Stichting"]
    with db.transaction() as session:
        save_organisation(session, replace(get_organisation(session, aa.id), contacts=()))
    assert _names(db, OrganisationQuery(text="de wit")) == []
    assert _names(db, OrganisationQuery(text="katwijk")) == []
    assert _names(db, OrganisationQuery(text="katwijk", include_archived=True)) == ["bb vereniging"]
    row = ImportRow("Organisaties", 2, {"name": "Stichting Geïmporteerd", "city": "Noordwijk"})
    with db.transaction() as session:
        report = import_organisations(session, [row])
    assert report.written, report
    assert _names(db, OrganisationQuery(text="geimporteerd noordwijk")) == [
        "Stichting Geïmporteerd"
    ]


def test_an_organisation_saved_after_an_import_or_a_failed_import_is_still_found(
    db: Database, register: dict[str, OrganisationRecord]
) -> None:
    # On SQLite the import takes the search index's insert trigger away for its bulk insert
    # and puts it back; a later save must still reach the index, also after a failed write.
    rows = [ImportRow("Organisaties", 2, {"name": "Stichting Eerste", "city": "Lisse"})]
    with db.transaction() as session:
        assert import_organisations(session, rows).written
    with pytest.raises(RuntimeError), db.transaction() as session:
        assert import_organisations(
            session, [ImportRow("Organisaties", 2, {"name": "Stichting Weg", "city": "Hillegom"})]
        ).written
        raise RuntimeError("the write fails after the import's insert")
    _save(db, "Stichting Later", city="Sassenheim")
    assert _names(db, OrganisationQuery(text="lisse")) == ["Stichting Eerste"]
    assert _names(db, OrganisationQuery(text="hillegom")) == []
    assert _names(db, OrganisationQuery(text="sassenheim")) == ["Stichting Later"]
