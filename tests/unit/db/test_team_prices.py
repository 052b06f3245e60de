"""Prices and unsubmitted work hidden by the team server itself, for real logins: a quality
evaluator reads no bid price, adopted result or audit entry of them with SQL, while the
program keeps working for him; nobody TRUNCATEs an audited table; a truncated audit log is
noticed by ``check`` through the head noted before."""

from __future__ import annotations

import hashlib
import hmac
import json
from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import datetime
from decimal import Decimal
from typing import Any

import pytest
from sqlalchemy.exc import ProgrammingError

from ssb_desktop.db.audit import entry_hash
from ssb_desktop.db.audit_check import ChainHead
from ssb_desktop.db.database import Database
from ssb_desktop.records import Role
from ssb_desktop.services import audit, bids, evaluation, organisations
from ssb_desktop.startup import check_database, open_database
from tests.team_server import (
    MOTIVATION,
    PRICE,
    Server,
    finish_consensus,
    needs_postgres,
    priced_lot,
    team_server,
)

pytestmark = needs_postgres


@pytest.fixture(scope="module")
def server() -> Iterator[Server]:
    yield from team_server()


def _texts(rows: object) -> str:
    return repr(rows)


def test_a_quality_evaluator_reads_no_price_with_sql(server: Server) -> None:
    quality = server.login("kees", Role.EVALUATOR)
    pricing = server.login("pien", Role.EVALUATOR)
    lot = priced_lot(server, "sql", {quality: False, pricing: True})
    for statement in (
        "SELECT price_total FROM bids",
        "SELECT price_per_year FROM bids",
        "SELECT * FROM bids",
        "SELECT b FROM bids b",
    ):
        with pytest.raises(ProgrammingError, match="permission denied"):
            server.sql(quality, statement)
    # Everything but the prices stays readable: the program lists the bids.
    assert server.sql(quality, "SELECT code FROM bids WHERE id = :id", id=lot.bid_id) == [("A",)]
    # The server's view gives him no price of this lot; the price evaluator gets it.
    view = "SELECT price_total FROM ssb_bid_prices WHERE lot_id = :lot"
    assert server.sql(quality, view, lot=lot.lot_id) == []
    assert server.sql(pricing, view, lot=lot.lot_id) == [(PRICE,)]
    # Nor through the adopted result, which names the prices.
    ranking = "SELECT ranking FROM results WHERE lot_id = :lot"
    assert server.sql(quality, ranking, lot=lot.lot_id) == []
    # Nor through the audit log: the bid's entries with prices are not his to read.
    logged = server.sql(quality, "SELECT table_name, record_id, changes FROM audit_log")
    assert str(PRICE) not in _texts(logged)
    assert any(row[0] == "bids" for row in server.sql(None, "SELECT table_name FROM audit_log"))
    # An officer without a seat on the lot reads them through the same view (no role reads
    # the price columns themselves: an officer may sit on a committee too).
    officer = server.login("otto", Role.PROCUREMENT_OFFICER)
    assert server.sql(officer, view, lot=lot.lot_id) == [(PRICE,)]
    with pytest.raises(ProgrammingError, match="permission denied"):
        server.sql(officer, "SELECT price_total FROM bids WHERE id = :id", id=lot.bid_id)
    assert str(PRICE) in _texts(server.sql(officer, "SELECT changes FROM audit_log"))
    # Once the consensus is final the prices can no longer sway the quality scores: he reads
    # them through the view, as the program shows them (services/blindness.py).
    finish_consensus(server, lot)
    assert server.sql(quality, view, lot=lot.lot_id) == [(PRICE,)]
    with pytest.raises(ProgrammingError, match="permission denied"):
        server.sql(quality, "SELECT price_total FROM bids")


def test_the_audit_log_hides_others_unsubmitted_scores_until_one_submits(server: Server) -> None:
    first = server.login("anna", Role.EVALUATOR)
    second = server.login("bram", Role.EVALUATOR)
    lot = priced_lot(server, "audit", {first: True, second: True}, Decimal("55555.55"))
    query = "SELECT changes FROM audit_log WHERE table_name = 'individual_scores'"
    before = _texts(server.sql(first, query))
    assert f"{MOTIVATION} ({first})" in before
    assert f"{MOTIVATION} ({second})" not in before
    # Nor the result built from the others' scores.
    assert server.sql(first, "SELECT id FROM results WHERE id = :id", id=lot.result_id) == []
    server.sql(
        first, "UPDATE evaluators SET submitted_at = now() WHERE id = :id", id=lot.seats[first]
    )
    after = _texts(server.sql(first, query))
    assert f"{MOTIVATION} ({second})" in after
    assert server.sql(first, "SELECT id FROM results WHERE id = :id", id=lot.result_id) == [
        (lot.result_id,)
    ]


def test_the_program_works_for_a_quality_evaluator_without_showing_prices(
    server: Server, as_login: Callable[[str], Database]
) -> None:
    quality = server.login("quinten", Role.EVALUATOR)
    pricing = server.login("priscilla", Role.EVALUATOR)
    # A price of its own: the lots of other tests are no secret to him.
    price = Decimal("87654.32")
    lot = priced_lot(server, "program", {quality: False, pricing: True}, price)
    db = as_login(quality)
    assert db.blind_login
    with db.reading() as session:
        listed = bids.list_bids(session, lot.lot_id)
        every = bids.list_bids(session)
        one = bids.get_bid(session, lot.bid_id)
        grid = evaluation.scoring_grid(session, lot.lot_id)
        involved = organisations.involvement(session, lot.organisation_id)
        entries = audit.list_entries(session)
        chain = audit.check_chain(session)
    assert [record.code for record in listed] == ["A"]
    assert one.price_total is None and one.price_per_year is None
    assert [bid.price for bid in grid.bids] == [None] and grid.prices_hidden
    assert [score.motivation for score in grid.scores] == [f"{MOTIVATION} ({quality})"]
    assert involved and involved[0].amount is None
    shown = _texts([listed, every, one, grid, involved, entries])
    assert str(price) not in shown and f"{MOTIVATION} ({pricing})" not in shown
    # He verifies the whole chain: the entries hidden from him by their links.
    assert chain.broken is None and chain.unreadable > 0
    result = check_database(db)
    assert result.problems == [] and result.first_broken_entry is None
    assert result.unreadable_entries == chain.unreadable
    # A head an officer noted (the adopted result, hidden from him) is found all the same.
    [(number, digest)] = server.sql(None, "SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1")
    assert server.sql(quality, "SELECT id FROM audit_log WHERE id = :id", id=number) == []
    noted = ChainHead(int(str(number)), str(digest))
    assert check_database(db, [noted]).problems == []
    assert check_database(db, [ChainHead(noted.entry_id, "0" * 64)]).problems != []
    # The price evaluator of the same lot sees its price through the server's view.
    priced = as_login(pricing)
    assert priced.blind_login
    with priced.reading() as session:
        grid = evaluation.scoring_grid(session, lot.lot_id)
        record = bids.get_bid(session, lot.bid_id)
    assert [bid.price for bid in grid.bids] == [price]
    assert record.price_total == price


def test_check_by_a_quality_evaluator_says_what_it_could_not_read(
    server: Server, run_cli: Callable[..., Any]
) -> None:
    quality = server.login("karel", Role.EVALUATOR)
    priced_lot(server, "check", {quality: False}, Decimal("33333.33"))
    checked = run_cli("--db-url", server.url(quality), "--json", "check")
    assert checked.code == 0, checked.err
    assert checked.document["problems"] == []
    assert checked.document["unreadable_entries"] > 0


def test_an_officer_login_reads_and_changes_prices_through_the_program(
    server: Server, as_login: Callable[[str], Database]
) -> None:
    officer = server.login("olaf", Role.PROCUREMENT_OFFICER)
    lot = priced_lot(server, "officer", {}, Decimal("44444.44"))
    db = as_login(officer)
    assert db.blind_login
    with db.reading() as session:
        record = bids.get_bid(session, lot.bid_id)
    assert record.price_total == Decimal("44444.44")
    # Changing the price never reads the price columns themselves; the trigger audits it.
    with db.transaction() as session:
        saved = bids.save_bid(session, replace(record, price_total=Decimal("45000.00")))
    assert saved.price_total == Decimal("45000.00")
    [(changes,)] = server.sql(
        None,
        "SELECT changes FROM audit_log WHERE table_name = 'bids' AND record_id = :id "
        "AND action = 'update' ORDER BY id DESC LIMIT 1",
        id=str(lot.bid_id),
    )
    changed = json.loads(str(changes), parse_float=Decimal)
    assert changed == {"price_total": [Decimal("44444.44"), Decimal("45000.00")]}


def test_truncate_is_refused_on_audited_tables_also_for_the_owner(server: Server) -> None:
    officer = server.login("tessa", Role.PROCUREMENT_OFFICER)
    with pytest.raises(ProgrammingError, match="permission denied"):
        server.sql(officer, "TRUNCATE organisations CASCADE")
    for table in ("organisations", "bids", "audit_log"):
        with pytest.raises(ProgrammingError, match=r"TRUNCATE of .* is refused"):
            server.sql(None, f"TRUNCATE {table} CASCADE")


def test_a_truncated_audit_log_is_noticed_through_the_head_noted_before(server: Server) -> None:
    server.sql(None, "UPDATE organisations SET city = 'Delft'")
    owner = open_database(server.url(), account="ignored")
    try:
        noted = check_database(owner).head
        assert noted is not None
        # A superuser can switch the triggers off; the chain is then empty, and consistent.
        server.tamper("TRUNCATE audit_log")
        emptied = check_database(owner, [noted])
        assert emptied.first_broken_entry is None and emptied.audit_entries == 0
        [problem] = emptied.problems
        assert problem.params["entry"] == noted.entry_id
    finally:
        owner.dispose()


def test_a_hidden_score_is_sealed_with_a_key_only_the_server_reads(
    server: Server, as_login: Callable[[str], Database]
) -> None:
    first = server.login("kim", Role.EVALUATOR)
    second = server.login("kai", Role.EVALUATOR)
    officer = server.login("koen", Role.PROCUREMENT_OFFICER)
    lot = priced_lot(server, "seal", {first: True, second: True}, Decimal("12121.21"))
    [(number,)] = server.sql(
        None,
        "SELECT a.id FROM audit_log a JOIN individual_scores s ON s.id::text = a.record_id "
        "WHERE a.table_name = 'individual_scores' AND s.evaluator_id = :seat",
        seat=lot.seats[second],
    )
    # The first evaluator sees the other's score entry by its hash alone.
    [(changes, digest)] = server.sql(
        first, "SELECT changes, hash FROM ssb_audit_chain(0) WHERE id = :id", id=number
    )
    assert changes is None
    # Knowing every value is no help: the hash is no plain SHA-256 of the entry...
    [row] = server.sql(
        None,
        "SELECT prev_hash, at, user_account, table_name, record_id, action::text, changes, "
        "inner_pad, outer_pad FROM audit_log, ssb_audit_key WHERE id = :id",
        id=number,
    )
    prev, at, user, table, record, action, logged, inner, outer = row
    assert isinstance(at, datetime) and isinstance(inner, bytes) and isinstance(outer, bytes)
    plain = entry_hash(str(prev), at, str(user), str(table), str(record), str(action), str(logged))
    assert plain != digest
    # ...but HMAC-SHA-256 under the server's key, which no login may read.
    payload = json.dumps(
        [prev, at.isoformat(), user, table, record, action, logged],
        ensure_ascii=False,
        separators=(",", ":"),
    ).encode()
    key = bytes(b ^ 0x36 for b in inner)
    assert bytes(b ^ 0x5C for b in key) == outer
    assert hmac.new(key, payload, hashlib.sha256).hexdigest() == digest
    for login in (first, officer):
        with pytest.raises(ProgrammingError, match="permission denied"):
            server.sql(login, "SELECT inner_pad FROM ssb_audit_key")
    # The whole chain verifies, for the evaluator, the officer and the owner alike...
    owner = open_database(server.url(), account="ignored")
    try:
        databases = [as_login(first), as_login(officer), owner]
        assert all(check_database(db).problems == [] for db in databases)
        # ...and a motivation changed behind the server's back is found, even by the evaluator
        # who may not read it (before, a hidden entry was checked by its links only).
        server.tamper(
            "UPDATE audit_log SET changes = replace(changes, 'Alleen', 'Niet alleen') "
            "WHERE id = :id",
            id=number,
        )
        assert [check_database(db).first_broken_entry for db in databases] == [number] * 3
    finally:
        server.tamper(
            "UPDATE audit_log SET changes = :logged WHERE id = :id", logged=logged, id=number
        )
        owner.dispose()
