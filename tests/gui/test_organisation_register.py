"""The register on the organisation's form: bids and subsidies applied for and granted per
year, with totals; nothing for an organisation that is not saved yet."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal

from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from ssb_desktop.db.database import Database
from ssb_desktop.records import (
    ApplicationRecord,
    BidRecord,
    OrganisationKind,
    OrganisationRecord,
    SchemeRecord,
)
from ssb_desktop.services import subsidies
from ssb_desktop.services.bids import list_bids
from ssb_desktop.services.demo import build_demo
from ssb_desktop.services.organisations import get_organisation, save_organisation
from ssb_desktop.views.organisation_dialog import OrganisationDialog

YEAR, BIDS, CONTRACTS, CONTRACTED, APPLICATIONS, APPLIED, GRANTED = range(7)


def _bidder(db: Database) -> BidRecord:
    with db.transaction() as session:
        build_demo(session)
        return list_bids(session)[0]


def _apply(db: Database, organisation_id: int) -> None:
    """Two applications in 2020 (one granted € 4.000) and one in 2021."""
    with db.transaction() as session:
        schemes = [
            subsidies.save_scheme(
                session,
                SchemeRecord(
                    id=None,
                    year=year,
                    name=f"Initiatieven {year}",
                    ceiling=Decimal("50000.00"),
                    opens_on=date(year, 1, 1),
                ),
            )
            for year in (2020, 2021)
        ]
        for scheme, requested in (
            (schemes[0], "4000.00"),
            (schemes[0], "1500.25"),
            (schemes[1], "2000.00"),
        ):
            assert scheme.id is not None
            saved = subsidies.save_application(
                session,
                ApplicationRecord(
                    id=None,
                    scheme_id=scheme.id,
                    applicant_id=organisation_id,
                    activity="Buurtmaaltijd",
                    requested=Decimal(requested),
                    received_on=date(scheme.year, 2, 1),
                ),
            )
            assert saved.id is not None
            if requested == "4000.00":
                subsidies.mark_complete(
                    session, saved.id, at=datetime(scheme.year, 2, 2, 9, tzinfo=UTC)
                )
                subsidies.decide(
                    session,
                    saved.id,
                    granted=Decimal("4000.00"),
                    on=date(scheme.year, 3, 1),
                    deciding_organisation_id=None,
                )


def test_the_register_shows_bids_and_subsidies_per_year_with_totals(
    qtbot: QtBot, db: Database, qtmodeltester: ModelTester
) -> None:
    bid = _bidder(db)
    lead = bid.members[0].organisation_id
    _apply(db, lead)
    with db.transaction() as session:
        record = get_organisation(session, lead)

    dialog = OrganisationDialog(db, record)
    qtbot.addWidget(dialog)
    register = dialog.register

    assert register.isVisibleTo(dialog)
    assert register.cell(2020, APPLICATIONS) == "2"
    assert register.cell(2020, APPLIED) == "€ 5.500,25"
    assert register.cell(2020, GRANTED) == "€ 4.000,00"
    assert register.cell(2021, GRANTED) == "€ 0,00"
    assert register.cell(None, YEAR) == "Total"
    assert register.cell(None, APPLICATIONS) == "3"
    assert register.cell(None, APPLIED) == "€ 7.500,25"
    assert register.cell(None, GRANTED) == "€ 4.000,00"
    assert bid.received_at is not None
    assert int(register.cell(bid.received_at.year, BIDS)) >= 1
    assert int(register.cell(None, BIDS)) >= 1
    # The totals row comes after the years.
    model = register.model
    assert model.index(model.rowCount() - 1, YEAR).data() == "Total"
    qtmodeltester.check(model)  # type: ignore[no-untyped-call]


def test_an_organisation_without_anything_says_so_and_a_new_one_shows_no_register(
    qtbot: QtBot, db: Database
) -> None:
    with db.transaction() as session:
        saved = save_organisation(
            session,
            OrganisationRecord(id=None, name="Nieuw Initiatief", kind=OrganisationKind.VOLUNTEER),
        )
    existing = OrganisationDialog(db, saved)
    qtbot.addWidget(existing)
    assert existing.register.isVisibleTo(existing)
    assert existing.register.empty.isVisibleTo(existing)
    assert not existing.register.table.isVisibleTo(existing)

    new = OrganisationDialog(db, None)
    qtbot.addWidget(new)
    assert not new.register.isVisibleTo(new)
