"""Every route respects blindness: an evaluator who has not submitted finds no other
evaluator's score, no hidden price and no name of an anonymised lot's bidders, on any page
or in any export. The services that return scores, prices or bidders are enumerated (a new
one fails the last test until it is checked here)."""

from __future__ import annotations

import importlib
import inspect
import pkgutil
from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

import ssb_desktop.services
from ssb_desktop.db.database import Actor, Database
from ssb_desktop.db.tables import (
    AwardDecision,
    Bid,
    BidMember,
    Evaluator,
    IndividualScore,
    Lot,
    Objection,
    Organisation,
)
from ssb_desktop.errors import PermissionDeniedError
from ssb_desktop.records import EvaluatorRecord, ObjectionKind, Role
from ssb_desktop.services import (
    audit,
    audit_export,
    awards,
    bid_list,
    bids,
    dossier,
    evaluation,
    exchange,
    organisations,
    subsidies,
)
from ssb_desktop.services.blindness import lot_visibility
from ssb_desktop.services.demo import build_demo

SECRET_MOTIVATION = "Alleen beoordelaar B weet: de visie overtuigt niet"


class Secrets:
    """What the blind evaluator must not find, read before switching to him."""

    def __init__(self, session: Session, lot_id: int) -> None:
        lot = session.get_one(Lot, lot_id)
        assert lot.anonymised and lot.prices_hidden
        self.lot_id = lot_id
        self.bid_ids = set(session.scalars(select(Bid.id).where(Bid.lot_id == lot_id)))
        self.prices = {
            price
            for price in session.scalars(select(Bid.price_total).where(Bid.lot_id == lot_id))
            if price is not None
        }
        self.bidders: dict[int, str] = {
            organisation_id: name
            for organisation_id, name in session.execute(
                select(Organisation.id, Organisation.name)
                .join(BidMember, BidMember.organisation_id == Organisation.id)
                .join(Bid, Bid.id == BidMember.bid_id)
                .where(Bid.lot_id == lot_id)
            )
        }
        others = session.execute(
            select(IndividualScore.id, IndividualScore.motivation)
            .join(Evaluator, Evaluator.id == IndividualScore.evaluator_id)
            .where(Evaluator.lot_id == lot_id)
        ).all()
        assert others, "the demo has other evaluators' scores on this lot"
        self.other_score_ids = {str(row.id) for row in others}
        # A text only another evaluator of this lot wrote (the demo reuses its texts).
        score = session.get_one(IndividualScore, min(row.id for row in others))
        score.motivation = SECRET_MOTIVATION
        self.motivations = {SECRET_MOTIVATION}
        assert self.prices and self.bidders and self.motivations


Blind = tuple[Database, Secrets, Actor]


def _anonymised_lot(session: Session) -> int:
    lot_id = session.scalars(select(Lot.id).where(Lot.anonymised.is_(True))).first()
    assert lot_id is not None
    return lot_id


@pytest.fixture
def blind(db: Database, act_as: Callable[..., None]) -> Blind:
    """The demo, and the acting user an evaluator of its anonymised lot who has not submitted."""
    with db.transaction() as session:
        build_demo(session)
    with db.transaction() as session:
        secrets = Secrets(session, _anonymised_lot(session))
    admin = db.actor
    act_as(db, "eva", Role.EVALUATOR)
    eva_id = db.actor.user_id
    with db.transaction() as session:
        session.info["actor"] = admin  # the administrator adds her to the committee
        evaluation.save_evaluator(
            session, EvaluatorRecord(id=None, lot_id=secrets.lot_id, name="Eva", user_id=eva_id)
        )
    with db.transaction() as session:
        visibility = lot_visibility(session, secrets.lot_id)
    assert (visibility.others_scores, visibility.prices, visibility.names) == (False, False, False)
    return db, secrets, admin


def _texts(value: Any) -> str:
    return repr(value)


def _workbook_text(path: Path) -> str:
    book = openpyxl.load_workbook(path, read_only=True)
    cells = [
        repr(cell)
        for sheet in book.worksheets
        for row in sheet.iter_rows(values_only=True)
        for cell in row
        if cell is not None
    ]
    book.close()
    return "\n".join(cells)


def _assert_nothing_hidden(found: str, secrets: Secrets, *, names: bool = True) -> None:
    for price in secrets.prices:
        assert repr(price) not in found and f"'{price}'" not in found, f"price {price} shown"
        assert repr(float(price)) not in found, f"price {price} shown"
    for motivation in secrets.motivations:
        assert motivation not in found, "another evaluator's motivation shown"
    if names:
        for name in secrets.bidders.values():
            assert name not in found, f"bidder {name} of the anonymised lot shown"


def test_the_bids_page_and_get_bid_show_codes_without_prices_or_bidders(
    blind: Blind,
) -> None:
    db, secrets, _admin = blind
    with db.transaction() as session:
        listed = bids.list_bids(session, secrets.lot_id)
        every = bids.list_bids(session)
        one = bids.get_bid(session, min(secrets.bid_ids))
    assert {b.id for b in listed} == secrets.bid_ids, "the bids themselves are listed, by code"
    for record in [*listed, *(b for b in every if b.lot_id == secrets.lot_id), one]:
        assert record.code and record.price_total is None and record.price_per_year is None
        assert record.members == ()
    _assert_nothing_hidden(_texts([listed, every, one]), secrets, names=False)


def test_the_paged_bids_list_hides_prices_and_bidders_in_its_rows_search_and_sort(
    blind: Blind,
) -> None:
    db, secrets, _admin = blind
    everything = bid_list.BidQuery()
    with db.reading() as session:
        count = bid_list.count_bids(session, everything)
        rows = bid_list.bid_page(session, everything, 0, count)
        by_price = bid_list.bid_page(
            session, replace(everything, sort=bid_list.BidSort.TOTAL), 0, count
        )
        by_bidder = bid_list.bid_page(
            session, replace(everything, sort=bid_list.BidSort.BIDDER, descending=True), 0, count
        )
        found_by_name = [
            record
            for name in secrets.bidders.values()
            for record in bid_list.bid_page(session, replace(everything, text=name), 0, count)
        ]
    assert {b.id for b in rows if b.lot_id == secrets.lot_id} == secrets.bid_ids
    for record in rows:
        if record.lot_id == secrets.lot_id:
            assert record.price_total is None and record.price_per_year is None
            assert record.members == ()
    _assert_nothing_hidden(_texts(rows), secrets, names=False)
    # A search for a bidder's name does not find the lot's bids, so it does not tell who bid.
    assert not [b for b in found_by_name if b.lot_id == secrets.lot_id]
    # Sorted by price or bidder, the lot's bids come last with the empty values, in code
    # order, whatever their hidden prices and names.
    for ordered in (by_price, by_bidder):
        tail = ordered[-len(secrets.bid_ids) :]
        assert {b.id for b in tail} == secrets.bid_ids
        assert [b.code for b in tail] == sorted(b.code for b in tail)


def test_the_bids_export_has_no_prices_or_bidders_of_the_lot(blind: Blind, tmp_path: Path) -> None:
    db, secrets, admin = blind
    everything = tmp_path / "alle.xlsx"
    one_lot = tmp_path / "kavel.xlsx"
    with db.transaction() as session:
        exchange.export_bids(session, everything)
        exchange.export_bids(session, one_lot, lot_ids=[secrets.lot_id])
        # Records passed in whole (an old page, a script) are filtered all the same.
        with db.reading() as other:
            other.info["actor"] = admin
            whole = bids.list_bids(other, secrets.lot_id)
        exchange.export_bids(session, tmp_path / "doorgegeven.xlsx", whole)
    for path in (one_lot, tmp_path / "doorgegeven.xlsx"):
        _assert_nothing_hidden(_workbook_text(path), secrets)


def test_a_blind_evaluator_cannot_save_a_bid_he_sees_only_in_part(
    blind: Blind,
) -> None:
    db, secrets, _admin = blind
    with db.transaction() as session:
        record = bids.get_bid(session, min(secrets.bid_ids))
    with pytest.raises(PermissionDeniedError), db.transaction() as session:
        bids.save_bid(session, record, accept_late=True)


def test_the_audit_log_and_its_exports_hide_scores_prices_and_bidders(
    blind: Blind, tmp_path: Path
) -> None:
    db, secrets, admin = blind
    with db.transaction() as session:
        entries = audit.list_entries(session)
        audit_export.export_audit_log(session, tmp_path / "filter.xlsx", audit.AuditFilter())
        with db.reading() as other:
            other.info["actor"] = admin
            whole = audit.list_entries(other)
        audit_export.export_audit_entries(session, tmp_path / "pagina.xlsx", whole)
    assert not [
        e
        for e in entries
        if e.table == "individual_scores" and e.record_id in secrets.other_score_ids
    ]
    assert not [
        e
        for e in entries
        if e.table == "bids" and "price_total" in e.changes and int(e.record_id) in secrets.bid_ids
    ]
    _assert_nothing_hidden(_texts(entries), secrets, names=False)
    for path in (tmp_path / "filter.xlsx", tmp_path / "pagina.xlsx"):
        _assert_nothing_hidden(_workbook_text(path), secrets, names=False)
    assert len(whole) > len(entries), "the administrator sees more"
    # The Audit log page's pages and count leave out exactly the same entries.
    query = audit.AuditQuery()
    with db.reading() as session:
        count = audit.count_entries(session, query)
        paged = [
            entry
            for offset in range(0, count, 7)
            for entry in audit.entry_page(session, query, offset, 7, count=count)
        ]
        listed = audit.entries_listed(session, query)
    assert count == len(entries)
    assert paged == listed == entries


def test_the_organisation_register_and_involvement_leave_out_the_anonymised_bids(
    blind: Blind,
) -> None:
    db, secrets, admin = blind
    for organisation_id in secrets.bidders:
        with db.reading() as session:
            involved = organisations.involvement(session, organisation_id)
            register = subsidies.register_of_organisation(session, organisation_id)
            theirs = bids.bids_of_organisation(session, organisation_id)
        with db.reading() as session:
            session.info["actor"] = admin
            all_involved = organisations.involvement(session, organisation_id)
            full = subsidies.register_of_organisation(session, organisation_id)
            on_lot = len(
                [
                    b
                    for b in bids.bids_of_organisation(session, organisation_id)
                    if b.id in secrets.bid_ids
                ]
            )
        assert on_lot >= 1
        assert not [b for b in theirs if b.id in secrets.bid_ids]
        assert len(involved) == len(all_involved) - on_lot
        assert register.totals.bids == full.totals.bids - on_lot
        _assert_nothing_hidden(_texts([involved, theirs]), secrets, names=False)


def test_results_their_workbook_and_the_dossier_are_refused_to_a_blind_evaluator(
    blind: Blind, tmp_path: Path
) -> None:
    db, secrets, _admin = blind
    tmp_path = tmp_path / "uit"
    tmp_path.mkdir()
    attempts: list[Callable[[Session], object]] = [
        lambda session: evaluation.lot_results(session, secrets.lot_id),
        lambda session: dossier.results_data(session, secrets.lot_id),
        lambda session: dossier.export_results_workbook(
            session, secrets.lot_id, tmp_path / "resultaat.xlsx"
        ),
        lambda session: dossier.write_dossier(session, secrets.lot_id, tmp_path),
    ]
    for attempt in attempts:
        with pytest.raises(PermissionDeniedError), db.reading() as session:
            attempt(session)
    assert list(tmp_path.iterdir()) == [], "nothing written"


def test_a_quality_evaluator_who_submitted_still_sees_no_results_with_prices(
    blind: Blind,
) -> None:
    db, secrets, admin = blind
    eva = db.actor
    with db.transaction() as session:
        session.info["actor"] = admin
        seat = session.scalars(
            select(Evaluator).where(
                Evaluator.lot_id == secrets.lot_id, Evaluator.user_id == eva.user_id
            )
        ).one()
        seat.submitted_at = datetime.now(UTC)
    with db.reading() as session:
        visibility = lot_visibility(session, secrets.lot_id)
        assert visibility.others_scores and not visibility.prices
        evaluation.consensus_overview(session, secrets.lot_id)  # the scores she may see now
    with pytest.raises(PermissionDeniedError) as refused, db.reading() as session:
        evaluation.lot_results(session, secrets.lot_id)
    assert "prices" in refused.value.message
    with pytest.raises(PermissionDeniedError), db.reading() as session:
        dossier.write_dossier(session, secrets.lot_id, Path("unused"))


def test_the_awards_of_an_anonymised_lot_name_no_bidders(blind: Blind) -> None:
    db, secrets, admin = blind
    bid_id = min(secrets.bid_ids)
    with db.transaction() as session:
        session.info["actor"] = admin
        session.add(AwardDecision(lot_id=secrets.lot_id, bid_id=bid_id))
        session.add(
            Objection(
                lot_id=secrets.lot_id,
                organisation_id=min(secrets.bidders),
                kind=ObjectionKind.COMPLAINT,
                received_on=date(2020, 2, 1),
            )
        )
    with db.reading() as session:
        listed = awards.list_awards(session, secrets.lot_id)
        shown = [
            listed,
            awards.current_award(session, secrets.lot_id),
            awards.list_objections(session, secrets.lot_id),
            awards.timeline(session, secrets.lot_id),
        ]
    with db.reading() as session:
        session.info["actor"] = admin
        named = awards.list_awards(session, secrets.lot_id)
    assert [award.bid_id for award in listed] == [bid_id]
    assert named[0].winner_name in secrets.bidders.values()
    _assert_nothing_hidden(_texts(shown), secrets)


def test_scores_and_the_consensus_of_others_stay_hidden(blind: Blind) -> None:
    db, secrets, _admin = blind
    with db.transaction() as session:
        own = evaluation.individual_scores(session, secrets.lot_id)
    assert own == []
    with pytest.raises(PermissionDeniedError), db.transaction() as session:
        evaluation.consensus_overview(session, secrets.lot_id)


# Every service function that returns scores, prices or bidders, and the test above that
# checks it for a blind evaluator (or why it needs none).
CHECKED = {
    "bids.list_bids": "bids page",
    "bids.get_bid": "bids page",
    "bids.bids_of_organisation": "register",
    "bids.as_seen": "the filter itself",
    "bids.save_bid": "refused for a blind evaluator; returns get_bid",
    "bids.set_bid_status": "returns get_bid",
    "bids.bid_records": "whole records for the services; every list passes them to as_seen",
    "bid_list.bid_page": "paged bids list",
    "bid_list.bids_listed": "paged bids list (its export)",
    "bid_list.iter_bids": "paged bids list (its export)",
    "evaluation.save_scores": "the evaluator's own scores",
    "exchange.export_bids": "bids export",
    "audit.list_entries": "audit log",
    "audit.as_seen": "the filter itself",
    "audit.entry_page": "audit log",
    "audit.entries_listed": "audit log",
    "audit_export.export_audit_log": "audit log",
    "audit_export.export_audit_entries": "audit log",
    "audit_values.describe_entries": "describes only the entries it is given (already as_seen)",
    "organisations.involvement": "register",
    "subsidies.register_of_organisation": "register",
    "evaluation.individual_scores": "scores",
    "evaluation.consensus_overview": "scores",
    "evaluation.scoring_grid": "own grid: the evaluator's own scores, prices as the seat allows",
    "evaluation.lot_results": "results: refused (Results tab, chart, print, Awards, CLI)",
    "evaluation.write_minutes": "refused before submitting, like the consensus",
    "dossier.results_data": "results workbook",
    "dossier.export_results_workbook": "results workbook",
    "dossier.write_dossier": "dossier",
    "awards.list_awards": "awards",
    "awards.get_award": "awards: the same records as list_awards",
    "awards.current_award": "awards",
    "awards.list_objections": "awards",
    "awards.timeline": "awards",
    "awards.provisional_award": "an officer's action; returns the award records",
    "awards.withdraw_award": "an officer's action; returns the award records",
    "awards.replace_winner": "an officer's action; returns the award records",
    "awards.make_definitive": "an officer's action; returns the award records",
    "awards.mark_letters_sent": "an officer's action; returns the award records",
    "awards.save_objection": "an officer's action; returns the objection records",
}
_REVEALING = (
    "LotResults",
    "ResultsData",
    "AwardRecord",
    "ObjectionRecord",
    "TimelineEvent",
    "MinutesContent",
    "BidRecord",
    "IndividualScoreRecord",
    "AuditEntryRecord",
    "InvolvementRecord",
    "OrganisationRegister",
    "ScoringGrid",
    "ConsensusOverview",
)


def _revealing_services() -> set[str]:
    """``area.function`` for every public service function that returns something revealing;
    the area is the module under services/ (or the package, once an area becomes one)."""
    found: set[str] = set()
    prefix = ssb_desktop.services.__name__ + "."
    for module_info in pkgutil.walk_packages(ssb_desktop.services.__path__, prefix):
        module = importlib.import_module(module_info.name)
        area = module.__name__.removeprefix(prefix).split(".")[0]
        for name, function in inspect.getmembers(module, inspect.isfunction):
            if name.startswith("_") or function.__module__ != module.__name__:
                continue
            returned = str(inspect.signature(function).return_annotation)
            if any(kind in returned for kind in _REVEALING) or name.startswith(
                ("export_bids", "export_audit", "export_results", "write_dossier")
            ):
                found.add(f"{area}.{name}")
    return found


def test_every_service_that_returns_scores_prices_or_bidders_is_checked_here() -> None:
    unchecked = _revealing_services() - set(CHECKED)
    assert not unchecked, f"check these for a blind evaluator, then list them: {unchecked}"
