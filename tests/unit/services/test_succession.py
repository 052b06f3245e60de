"""Legal succession: another organisation with its own KvK number takes over on a date; the
old one is archived and its contracts, bids and subsidies stay, with both names visible."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from ssb_desktop.db.database import Database
from ssb_desktop.errors import ValidationError
from ssb_desktop.records import OrganisationRecord
from ssb_desktop.services import awards
from ssb_desktop.services.organisations import (
    get_organisation,
    list_organisations,
    record_succession,
    save_organisation,
    set_archived,
)
from tests.unit.services.test_awards import _definitive, _scored_lot


def test_a_successor_takes_over_and_the_contract_shows_both_names(db: Database) -> None:
    lot = _scored_lot(db)
    with db.transaction() as session:
        award = _definitive(session, lot)
        contract = awards.create_contract(
            session,
            award.id,
            reference="C-1",
            start=date(2026, 7, 1),
            end=date(2028, 6, 30),
            value=Decimal(1),
        )
        alfa = get_organisation(session, lot.orgs["alfa"])
        saved = record_succession(
            session,
            lot.orgs["alfa"],
            lot.orgs["buzz"],
            on=date(2027, 1, 1),
            reason="Alfa en Radius gingen op in BuZz",
            version=alfa.version,
        )
        after = awards.get_contract(session, contract.id or 0)
        listed = {o.name: o for o in list_organisations(session)}
    assert saved.archived and saved.successor_name == "BuZz"
    assert saved.succeeded_on == date(2027, 1, 1)
    assert listed["Stichting Alfa"].successor_reason == "Alfa en Radius gingen op in BuZz"
    lead = after.parties[0]
    assert (lead.organisation_name, lead.successor_name) == ("Stichting Alfa", "BuZz")
    assert after.parties[1].successor_name == ""


def test_a_succession_onto_itself_or_onto_an_archived_organisation_is_refused(
    db: Database,
) -> None:
    with db.transaction() as session:
        ids = {}
        for name in ("Libertas", "BuZz", "Oud"):
            saved = save_organisation(
                session,
                OrganisationRecord(
                    id=None, name=name, street="Breestraat 1", postcode="2311 AA", city="Leiden"
                ),
            )
            assert saved.id is not None
            ids[name] = saved.id
        old = get_organisation(session, ids["Oud"])
        set_archived(session, ids["Oud"], True, old.version)
        libertas = get_organisation(session, ids["Libertas"])
        with pytest.raises(ValidationError, match="cannot succeed itself"):
            record_succession(
                session,
                ids["Libertas"],
                ids["Libertas"],
                on=date(2020, 3, 1),
                reason="x",
                version=libertas.version,
            )
        with pytest.raises(ValidationError, match="Oud is archived, so it cannot take over"):
            record_succession(
                session,
                ids["Libertas"],
                ids["Oud"],
                on=date(2020, 3, 1),
                reason="x",
                version=libertas.version,
            )
        with pytest.raises(ValidationError, match="Give the reason"):
            record_succession(
                session,
                ids["Libertas"],
                ids["BuZz"],
                on=date(2020, 3, 1),
                reason=" ",
                version=libertas.version,
            )
        record_succession(
            session,
            ids["Libertas"],
            ids["BuZz"],
            on=date(2020, 3, 1),
            reason="Fusie met Radius",
            version=libertas.version,
        )
