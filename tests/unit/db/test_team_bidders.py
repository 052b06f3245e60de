"""What a seat on a committee hides on the team server itself, whatever the login's roles:
the bidders of an anonymised lot (members, documents, the texts and audit entries that name
them) and, for an officer seated as a quality evaluator, the prices of that lot. Real
logins, plain SQL as a colleague with ``psql`` would type it, and the program alongside."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import replace
from decimal import Decimal
from typing import Any

import pytest
from sqlalchemy.exc import ProgrammingError

from ssb_desktop.db.database import Database
from ssb_desktop.records import Role
from ssb_desktop.services import audit, bid_list, bids, evaluation, organisations, search
from ssb_desktop.services.bid_list import BidQuery, BidSort
from tests.team_server import Server, finish_consensus, needs_postgres, priced_lot, team_server

pytestmark = needs_postgres


@pytest.fixture(scope="module")
def server() -> Iterator[Server]:
    yield from team_server()


MEMBERS = (
    "SELECT o.name FROM bid_members m JOIN organisations o ON o.id = m.organisation_id "
    "JOIN bids b ON b.id = m.bid_id WHERE b.lot_id = :lot"
)
DOCUMENTS = (
    "SELECT d.reference FROM bid_documents d JOIN bids b ON b.id = d.bid_id WHERE b.lot_id = :lot"
)
NAMING_ENTRIES = (
    "SELECT table_name, changes FROM audit_log WHERE table_name IN ('bid_members', "
    "'bid_documents') OR (table_name = 'bids' AND changes LIKE '%Ingediend door%')"
)
PRICES = "SELECT price_total FROM ssb_bid_prices WHERE lot_id = :lot"


def test_a_seated_login_reads_no_bidder_of_an_anonymised_lot_with_sql(
    server: Server, as_login: Callable[[str], Database], run_cli: Callable[..., Any]
) -> None:
    seated = server.login("saskia", Role.EVALUATOR)
    chair = server.login("sem", Role.PROCUREMENT_OFFICER)
    outsider = server.login("olivier", Role.EVALUATOR)
    officer = server.login("oscar", Role.PROCUREMENT_OFFICER)
    tag = "anon"
    lot = priced_lot(server, tag, {seated: True, chair: True}, anonymised=True)
    bidder = f"Stichting {tag}"
    for login in (seated, chair):
        # Not by the link of bids to organisations, in either direction, nor by the bid's
        # documents or notes in the audit log.
        assert server.sql(login, MEMBERS, lot=lot.lot_id) == []
        assert server.sql(
            login, "SELECT count(*) FROM bid_members WHERE bid_id = :id", id=lot.bid_id
        ) == [(0,)]
        assert server.sql(
            login,
            "SELECT count(*) FROM organisations o WHERE EXISTS (SELECT 1 FROM bid_members m "
            "WHERE m.organisation_id = o.id)",
        ) == [(0,)]
        assert server.sql(login, DOCUMENTS, lot=lot.lot_id) == []
        logged = repr(server.sql(login, NAMING_ENTRIES))
        assert bidder.lower().replace(" ", "-") not in logged and f"door {bidder}" not in logged
        assert str(lot.organisation_id) not in repr(
            server.sql(login, "SELECT changes FROM audit_log WHERE table_name = 'bid_members'")
        )
        # The bid itself, by its code, stays readable: it is what they score.
        assert server.sql(login, "SELECT code FROM bids WHERE id = :id", id=lot.bid_id) == [("A",)]
    # Nor remove a link: the evaluator has no privilege, the seated officer sees no row.
    with pytest.raises(ProgrammingError, match="permission denied"):
        server.sql(seated, "DELETE FROM bid_members WHERE bid_id = :id", id=lot.bid_id)
    server.sql(chair, "DELETE FROM bid_members WHERE bid_id = :id", id=lot.bid_id)
    # A login without a seat on the lot reads them, whatever its role.
    for login in (outsider, officer):
        assert server.sql(login, MEMBERS, lot=lot.lot_id) == [(bidder,)]
        assert server.sql(login, DOCUMENTS, lot=lot.lot_id) == [
            (f"inschrijving-stichting-{tag}.pdf",)
        ]
        assert f"door {bidder}" in repr(server.sql(login, NAMING_ENTRIES))
    # The program keeps working for the seated login, and shows the bid by its code only.
    db = as_login(seated)
    with db.reading() as session:
        [record] = bids.list_bids(session, lot.lot_id)
        grid = evaluation.scoring_grid(session, lot.lot_id)
        involved = organisations.involvement(session, lot.organisation_id)
        entries = audit.list_entries(session)
        chain = audit.check_chain(session)
    assert record.code == "A" and record.members == () and record.documents == ()
    assert [bid.label for bid in grid.bids] == ["A"]
    assert involved == []
    # The register still lists the organisation itself; nothing says it bid on this lot.
    about_bids = [entry for entry in entries if entry.table != "organisations"]
    assert bidder not in repr([record, grid, about_bids])
    # The whole chain verifies: the entries hidden from the login by their links.
    assert chain.broken is None and chain.unreadable > 0
    checked = run_cli("--db-url", server.url(seated), "--json", "check")
    assert checked.code == 0, checked.err
    assert checked.document["problems"] == []
    # Once the consensus is final the names are shown, as in the program.
    finish_consensus(server, lot)
    for login in (seated, chair):
        assert server.sql(login, MEMBERS, lot=lot.lot_id) == [(bidder,)]
        assert f"door {bidder}" in repr(server.sql(login, NAMING_ENTRIES))


def test_an_officer_seated_as_quality_evaluator_reads_no_price_of_that_lot(
    server: Server, as_login: Callable[[str], Database]
) -> None:
    officer = server.login("onno", Role.PROCUREMENT_OFFICER)
    blind_price, open_price = Decimal("61616.16"), Decimal("72727.27")
    blind = priced_lot(server, "seatedofficer", {officer: False}, blind_price)
    other = priced_lot(server, "otherlot", {}, open_price)
    # Not the column, not through the view, not through the result or the audit log.
    with pytest.raises(ProgrammingError, match="permission denied"):
        server.sql(officer, "SELECT price_total FROM bids WHERE id = :id", id=blind.bid_id)
    with pytest.raises(ProgrammingError, match="permission denied"):
        server.sql(officer, "SELECT id FROM bids WHERE price_total > 60000")
    assert server.sql(officer, PRICES, lot=blind.lot_id) == []
    assert server.sql(officer, "SELECT id FROM results WHERE lot_id = :lot", lot=blind.lot_id) == []
    logged = repr(server.sql(officer, "SELECT changes FROM audit_log"))
    assert str(blind_price) not in logged
    # The lot he manages without a seat stays his to read.
    assert server.sql(officer, PRICES, lot=other.lot_id) == [(open_price,)]
    assert str(open_price) in logged
    # The program says the same.
    db = as_login(officer)
    with db.reading() as session:
        hidden = bids.get_bid(session, blind.bid_id)
        shown = bids.get_bid(session, other.bid_id)
        chain = audit.check_chain(session)
    assert hidden.price_total is None and shown.price_total == open_price
    assert chain.broken is None and chain.unreadable > 0
    # His seat submitted and the consensus final: the prices can no longer sway his scores.
    server.sql(
        None, "UPDATE evaluators SET submitted_at = now() WHERE id = :id", id=blind.seats[officer]
    )
    finish_consensus(server, blind)
    assert server.sql(officer, PRICES, lot=blind.lot_id) == [(blind_price,)]
    assert str(blind_price) in repr(server.sql(officer, "SELECT changes FROM audit_log"))


TEXTS = "SELECT notes, status_reason, their_reference FROM ssb_bid_texts WHERE id = :id"


def test_a_seated_login_reads_no_text_of_a_bid_that_may_name_the_bidder(
    server: Server, as_login: Callable[[str], Database]
) -> None:
    seated = server.login("sanne", Role.EVALUATOR)
    officer = server.login("otis", Role.PROCUREMENT_OFFICER)
    tag = "texts"
    lot = priced_lot(server, tag, {seated: True}, anonymised=True)
    texts = (f"Ingediend door Stichting {tag}", f"Brief van Stichting {tag}", "ST-TEXTS-7")
    # The officer without a seat saves the bid's texts through the program and lists,
    # searches and sorts the Bids page by them, though no login reads those columns.
    db = as_login(officer)
    with db.transaction() as session:
        record = bids.get_bid(session, lot.bid_id)
        notes, reason, reference = texts
        record = bids.save_bid(session, replace(record, notes=notes, their_reference=reference))
        bids.set_bid_status(session, lot.bid_id, record.status, reason, record.version)
    with db.reading() as session:
        saved = bids.get_bid(session, lot.bid_id)
        query = BidQuery(lot_id=lot.lot_id, text="brief", sort=BidSort.REASON)
        page = bid_list.bid_page(session, query, 0, 10)
        found = search.search_everything(session, f"door stichting {tag}")
    assert (saved.notes, saved.status_reason, saved.their_reference) == texts
    assert [bid.id for bid in page] == [lot.bid_id] and page[0].notes == notes
    assert [hit.record_id for hit in found.of_kind(search.SearchKind.BID)] == [lot.bid_id]
    assert f"door Stichting {tag}" in repr(server.sql(officer, NAMING_ENTRIES))
    # No login reads the columns themselves, seated or not.
    for login in (seated, officer):
        for name in ("notes", "status_reason", "late_reason", "their_reference"):
            with pytest.raises(ProgrammingError, match="permission denied"):
                server.sql(login, f"SELECT {name} FROM bids WHERE id = :id", id=lot.bid_id)
        with pytest.raises(ProgrammingError, match="permission denied"):
            server.sql(login, "SELECT id FROM bids WHERE notes LIKE '%Stichting%'")
    assert server.sql(officer, TEXTS, id=lot.bid_id) == [texts]
    # The seated evaluator gets nothing through the view, the program shows them blank.
    assert server.sql(seated, TEXTS, id=lot.bid_id) == []
    with as_login(seated).reading() as session:
        [shown] = bids.list_bids(session, lot.lot_id)
        hits = search.search_everything(session, f"door stichting {tag}")
    assert (shown.notes, shown.status_reason, shown.their_reference) == ("", "", "")
    assert hits.of_kind(search.SearchKind.BID) == []
    # Once the consensus is final the texts are shown.
    finish_consensus(server, lot)
    assert server.sql(seated, TEXTS, id=lot.bid_id) == [texts]
