"""Search everything finds each kind of record by name, KvK number, reference or text, at most
the limit per kind, and never through what blindness hides from an evaluator."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from ssb_desktop.db.database import Database
from ssb_desktop.db.tables import (
    Application,
    Bid,
    BidMember,
    Contract,
    Lot,
    Objection,
    Organisation,
    Procurement,
)
from ssb_desktop.errors import PermissionDeniedError
from ssb_desktop.records import (
    ConsortiumRole,
    EvaluatorRecord,
    ObjectionKind,
    ObjectionSubject,
    Role,
)
from ssb_desktop.services import evaluation
from ssb_desktop.services.demo import build_demo
from ssb_desktop.services.search import SearchKind, SearchResult, search_everything

OBJECTION_SUMMARY = "Bezwaar tegen de puntentelling van kwaliteitscriterium twee"


@pytest.fixture
def demo(db: Database) -> Database:
    with db.transaction() as session:
        build_demo(session)
    with db.transaction() as session:
        # The demo has no objection: one by the runner-up of a lot whose bidders are named.
        bid = session.scalars(
            select(Bid).join(Lot).where(Lot.anonymised.is_(False)).order_by(Bid.id)
        ).first()
        assert bid is not None
        lead = session.scalars(
            select(BidMember.organisation_id).where(
                BidMember.bid_id == bid.id, BidMember.role == ConsortiumRole.LEAD
            )
        ).one()
        session.add(
            Objection(
                lot_id=bid.lot_id,
                organisation_id=lead,
                kind=ObjectionKind.COMPLAINT,
                received_on=date(2020, 1, 6),
                summary=OBJECTION_SUMMARY,
            )
        )
    return db


def _search(db: Database, text: str, limit: int = 10) -> SearchResult:
    with db.transaction() as session:
        return search_everything(session, text, limit)


def _found(result: SearchResult, kind: SearchKind) -> set[tuple[str, str]]:
    return {(hit.reference, hit.name) for hit in result.of_kind(kind)}


def test_an_organisation_is_found_by_part_of_its_name_and_by_its_kvk_number(
    demo: Database,
) -> None:
    with demo.transaction() as session:
        organisation = session.scalars(
            select(Organisation).where(Organisation.kvk.is_not(None)).order_by(Organisation.id)
        ).first()
        assert organisation is not None and organisation.kvk
        name, kvk = organisation.name, organisation.kvk
    word = max(name.split(), key=len)

    by_name = _search(demo, word.upper())
    by_kvk = _search(demo, kvk)

    assert (kvk, name) in _found(by_name, SearchKind.ORGANISATION)
    assert _found(by_kvk, SearchKind.ORGANISATION) == {(kvk, name)}


def test_every_kind_is_found_by_its_reference(demo: Database) -> None:
    with demo.transaction() as session:
        procurement = session.scalars(select(Procurement).order_by(Procurement.id)).first()
        contract = session.scalars(select(Contract).order_by(Contract.id)).first()
        application = session.scalars(select(Application).order_by(Application.id)).first()
        assert procurement and contract and application
        references = (procurement.reference, contract.reference, application.reference)
        lot = session.scalars(
            select(Lot).where(Lot.procurement_id == procurement.id).order_by(Lot.number)
        ).first()
        assert lot is not None
        lot_label = f"{procurement.reference}/{lot.number}"

    assert references[0] in {
        ref for ref, _n in _found(_search(demo, references[0]), SearchKind.PROCUREMENT)
    }
    assert references[1] in {
        ref for ref, _n in _found(_search(demo, references[1]), SearchKind.CONTRACT)
    }
    found = _search(demo, references[2])
    assert [hit.reference for hit in found.of_kind(SearchKind.APPLICATION)] == [references[2]]
    # A bid is REF/N CODE; two words narrow it to one bid of the lot.
    bid = _search(demo, f"{lot_label} a").of_kind(SearchKind.BID)
    assert [hit.reference for hit in bid] == [f"{lot_label} A"]
    assert bid[0].lot_id == lot.id and bid[0].name


def test_bids_contracts_applications_and_objections_are_found_by_their_organisations_name(
    demo: Database,
) -> None:
    with demo.transaction() as session:
        objection = session.scalars(select(Objection)).one()
        objector = session.get_one(Organisation, objection.organisation_id).name

    result = _search(demo, objector)

    assert any(hit.name == objector for hit in result.of_kind(SearchKind.BID))
    assert objector in {name for _ref, name in _found(result, SearchKind.OBJECTION)}
    # ... and by a text of their own: the objection's summary.
    by_text = _search(demo, "puntentelling kwaliteitscriterium")
    assert [hit.record_id for hit in by_text.of_kind(SearchKind.OBJECTION)] == [objection.id]
    applications = _search(demo, "mantelzorgers").of_kind(SearchKind.APPLICATION)
    assert applications and all("mantelzorgers" in hit.name for hit in applications)


def test_each_kind_stops_at_the_limit_and_says_there_is_more(demo: Database) -> None:
    result = _search(demo, "20", limit=3)

    applications = result.of_kind(SearchKind.APPLICATION)
    assert len(applications) == 3
    assert SearchKind.APPLICATION in result.more
    assert _search(demo, "", limit=3) == SearchResult()
    assert _search(demo, "zzzqqq-nergens") == SearchResult()


def _anonymised_lot(session: Session) -> int:
    lot_id = session.scalars(select(Lot.id).where(Lot.anonymised.is_(True))).first()
    assert lot_id is not None
    return lot_id


def test_a_blind_evaluator_finds_no_bidder_of_an_anonymised_lot_by_name(
    demo: Database, act_as: Callable[..., None]
) -> None:
    with demo.transaction() as session:
        lot_id = _anonymised_lot(session)
        lot = session.get_one(Lot, lot_id)
        label = f"{session.get_one(Procurement, lot.procurement_id).reference}/{lot.number}"
        bidders = set(
            session.scalars(
                select(Organisation.name)
                .join(BidMember, BidMember.organisation_id == Organisation.id)
                .join(Bid, Bid.id == BidMember.bid_id)
                .where(Bid.lot_id == lot_id)
            )
        )
    bidder = sorted(bidders)[0]
    # The administrator finds the bid by its bidder's name.
    assert any(hit.lot_id == lot_id for hit in _search(demo, bidder).of_kind(SearchKind.BID))
    admin = demo.actor
    act_as(demo, "eva", Role.EVALUATOR)
    with demo.transaction() as session:
        session.info["actor"] = admin
        evaluation.save_evaluator(
            session, EvaluatorRecord(id=None, lot_id=lot_id, name="Eva", user_id=demo.actor.user_id)
        )

    by_name = _search(demo, bidder)
    by_lot = _search(demo, label)

    assert all(hit.lot_id != lot_id for hit in by_name.of_kind(SearchKind.BID))
    assert all(hit.lot_id != lot_id for hit in by_name.of_kind(SearchKind.CONTRACT))
    on_lot = [hit for hit in by_lot.hits if hit.lot_id == lot_id]
    assert on_lot, "the bids themselves are found by their lot, as codes"
    assert all(hit.name == "" for hit in on_lot)
    assert not any(name in repr(by_lot) for name in bidders)
    # The organisation itself stays in the register, which everyone may read.
    assert bidder in {name for _ref, name in _found(by_name, SearchKind.ORGANISATION)}


def test_a_login_without_a_role_finds_nothing(demo: Database) -> None:
    demo.actor = replace(demo.actor, roles=frozenset())
    with pytest.raises(PermissionDeniedError):
        _search(demo, "stichting")


def test_a_protest_against_a_whole_procurement_is_found_and_hides_its_name_with_the_bidders(
    demo: Database, act_as: Callable[..., None]
) -> None:
    with demo.transaction() as session:
        lot_id = _anonymised_lot(session)
        procurement = session.get_one(Procurement, session.get_one(Lot, lot_id).procurement_id)
        first_lot = min(session.scalars(select(Lot.id).where(Lot.procurement_id == procurement.id)))
        protester = session.scalars(select(Organisation).order_by(Organisation.id)).first()
        assert protester is not None
        protest = Objection(
            lot_id=None,
            procurement_id=procurement.id,
            against=ObjectionSubject.TENDER,
            organisation_id=protester.id,
            kind=ObjectionKind.COMPLAINT,
            received_on=date(2019, 9, 2),
            summary="Protest tegen de hele aanbesteding in percelen",
        )
        session.add(protest)
        session.flush()
        protest_id, reference, name = protest.id, procurement.reference, protester.name
    (hit,) = _search(demo, "hele aanbesteding in percelen").of_kind(SearchKind.OBJECTION)
    assert (hit.record_id, hit.reference, hit.name) == (protest_id, reference, name)
    # Shown on the procurement's first lot, whose Objections tab lists it.
    assert hit.lot_id == first_lot
    admin = demo.actor
    act_as(demo, "eva", Role.EVALUATOR)
    with demo.transaction() as session:
        session.info["actor"] = admin
        evaluation.save_evaluator(
            session, EvaluatorRecord(id=None, lot_id=lot_id, name="Eva", user_id=demo.actor.user_id)
        )
    blind = _search(demo, reference).of_kind(SearchKind.OBJECTION)
    assert [(h.record_id, h.name) for h in blind if h.record_id == protest_id] == [(protest_id, "")]
