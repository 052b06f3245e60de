"""Versioned aggregates: a save covers the record and its parts; a stale save of any part is
refused and never reverts a colleague's change (two sessions, as two windows or two people)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date
from decimal import Decimal
from typing import Any

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from ssb_desktop.db.database import Database
from ssb_desktop.db.tables import (
    Application,
    Bid,
    Contract,
    District,
    ExtensionOption,
    Lot,
    Organisation,
    SubsidyScheme,
)
from ssb_desktop.errors import ConflictError
from ssb_desktop.records import BidMemberRecord, ConsortiumRole, ContactRecord, OptionStatus
from ssb_desktop.services import awards, bids, organisations, procurement, subsidies
from ssb_desktop.services.demo import build_demo


def _first(session: Session, table: Any, *where: Any) -> Any:
    return session.scalars(select(table).where(*where).order_by(table.id)).first()


def _in(db: Database, work: Callable[[Session], Any]) -> Any:
    with db.transaction() as session:
        return work(session)


@pytest.fixture
def demo(db: Database) -> Database:
    _in(db, build_demo)
    return db


def test_a_stale_save_of_an_organisation_keeps_a_colleagues_new_contact(demo: Database) -> None:
    org_id = _in(demo, lambda s: _first(s, Organisation).id)
    mine = _in(demo, lambda s: organisations.get_organisation(s, org_id))
    theirs = replace(mine, contacts=(*mine.contacts, ContactRecord("Collega Contact")))
    _in(demo, lambda s: organisations.save_organisation(s, theirs))
    district = _in(demo, lambda s: _first(s, District, District.id.not_in(mine.district_ids)).id)
    with pytest.raises(ConflictError):
        _in(
            demo,
            lambda s: organisations.save_organisation(
                s, replace(mine, district_ids=(*mine.district_ids, district))
            ),
        )
    now = _in(demo, lambda s: organisations.get_organisation(s, org_id))
    assert "Collega Contact" in [c.name for c in now.contacts]
    assert now.district_ids == mine.district_ids
    # Reloaded, the same change goes through and keeps the colleague's contact.
    _in(
        demo,
        lambda s: organisations.save_organisation(
            s, replace(now, district_ids=(*now.district_ids, district))
        ),
    )
    final = _in(demo, lambda s: organisations.get_organisation(s, org_id))
    assert district in final.district_ids
    assert "Collega Contact" in [c.name for c in final.contacts]


def test_a_stale_save_of_an_organisation_keeps_a_colleagues_districts(demo: Database) -> None:
    org_id = _in(demo, lambda s: _first(s, Organisation).id)
    mine = _in(demo, lambda s: organisations.get_organisation(s, org_id))
    _in(
        demo,
        lambda s: organisations.save_organisation(s, replace(mine, district_ids=())),
    )
    with pytest.raises(ConflictError):
        _in(
            demo,
            lambda s: organisations.save_organisation(
                s, replace(mine, contacts=(*mine.contacts, ContactRecord("Mijn Contact")))
            ),
        )
    now = _in(demo, lambda s: organisations.get_organisation(s, org_id))
    assert now.district_ids == ()
    assert "Mijn Contact" not in [c.name for c in now.contacts]


def test_a_stale_save_of_a_bid_keeps_a_colleagues_new_member(demo: Database) -> None:
    bid_id = _in(demo, lambda s: _first(s, Bid).id)
    mine = _in(demo, lambda s: bids.get_bid(s, bid_id))
    members = {m.organisation_id for m in mine.members}
    partner = _in(demo, lambda s: _first(s, Organisation, Organisation.id.not_in(members)).id)
    theirs = replace(
        mine,
        members=(*mine.members, BidMemberRecord(partner, role=ConsortiumRole.MEMBER)),
    )
    _in(demo, lambda s: bids.save_bid(s, theirs, accept_late=True))
    with pytest.raises(ConflictError):
        _in(demo, lambda s: bids.save_bid(s, replace(mine, notes="Mijn notitie"), accept_late=True))
    now = _in(demo, lambda s: bids.get_bid(s, bid_id))
    assert partner in {m.organisation_id for m in now.members}
    assert now.notes != "Mijn notitie"


def test_a_stale_save_of_a_lot_keeps_a_colleagues_extension_options(demo: Database) -> None:
    lot_id = _in(demo, lambda s: _first(s, Lot).id)
    mine = _in(demo, lambda s: procurement.get_lot(s, lot_id))
    _in(demo, lambda s: procurement.save_lot(s, replace(mine, extension_months=(6, 6, 12))))
    with pytest.raises(ConflictError):
        _in(demo, lambda s: procurement.save_lot(s, replace(mine, title=mine.title + " (2)")))
    now = _in(demo, lambda s: procurement.get_lot(s, lot_id))
    assert now.extension_months == (6, 6, 12)
    assert now.title == mine.title


def test_a_stale_save_of_a_contract_keeps_a_colleagues_option_decision(demo: Database) -> None:
    def open_option(session: Session) -> tuple[int, int, int, date]:
        option = _first(session, ExtensionOption, ExtensionOption.status == OptionStatus.OPEN)
        return option.contract_id, option.id, option.version, option.decide_by

    contract_id, option_id, version, decide_by = _in(demo, open_option)
    mine = _in(demo, lambda s: awards.get_contract(s, contract_id))
    _in(
        demo,
        lambda s: awards.decide_option(
            s, option_id, exercised=True, on=decide_by, reason="", version=version
        ),
    )
    with pytest.raises(ConflictError):
        _in(demo, lambda s: awards.save_contract(s, replace(mine, notes="Mijn notitie")))
    now = _in(demo, lambda s: awards.get_contract(s, contract_id))
    assert [o.status for o in now.options if o.id == option_id] == [OptionStatus.EXERCISED]
    assert now.notes != "Mijn notitie"
    assert _in(demo, lambda s: s.get_one(Contract, contract_id).version) == now.version


def test_a_stale_save_of_a_scheme_keeps_a_colleagues_ceiling_change(demo: Database) -> None:
    scheme_id = _in(demo, lambda s: _first(s, SubsidyScheme).id)
    mine = _in(demo, lambda s: subsidies.get_scheme(s, scheme_id))
    changed_on = mine.opens_on
    _in(
        demo,
        lambda s: subsidies.change_ceiling(
            s, scheme_id, mine.ceiling + Decimal(1000), changed_on, "Begrotingswijziging"
        ),
    )
    with pytest.raises(ConflictError):
        _in(demo, lambda s: subsidies.save_scheme(s, replace(mine, name=mine.name + " (2)")))
    now = _in(demo, lambda s: subsidies.get_scheme(s, scheme_id))
    assert now.name == mine.name
    assert [c.reason for c in now.ceiling_changes] == ["Begrotingswijziging"]


def test_a_stale_save_of_an_application_keeps_a_colleagues_districts(demo: Database) -> None:
    app_id = _in(demo, lambda s: _first(s, Application, Application.districts.any()).id)
    mine = _in(demo, lambda s: subsidies.get_application(s, app_id))
    other = _in(demo, lambda s: _first(s, District, District.id.not_in(mine.district_ids)).id)
    _in(
        demo,
        lambda s: subsidies.save_application(s, replace(mine, district_ids=(other,))),
    )
    with pytest.raises(ConflictError):
        _in(demo, lambda s: subsidies.save_application(s, replace(mine, notes="Mijn notitie")))
    now = _in(demo, lambda s: subsidies.get_application(s, app_id))
    assert now.district_ids == (other,)
    assert now.notes != "Mijn notitie"
