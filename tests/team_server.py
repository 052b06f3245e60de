"""A team server for tests: a schema of the PostgreSQL test database set up by
``server setup`` with its own group roles, and real logins made per test (removed after)."""

from __future__ import annotations

import json
import secrets
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from decimal import Decimal

import pytest
from sqlalchemy import create_engine, select, text
from sqlalchemy.engine import Engine, make_url
from sqlalchemy.pool import NullPool

from ssb_desktop.db.tables import (
    Bid,
    BidDocument,
    BidMember,
    Criterion,
    Declaration,
    Evaluator,
    IndividualScore,
    Lot,
    Organisation,
    Procurement,
    ResultRecord,
    Scale,
    ScaleValue,
    User,
)
from ssb_desktop.records import (
    AwardMethod,
    BidStatus,
    ConsortiumRole,
    DropoutRule,
    ProcedureType,
    Role,
)
from ssb_desktop.services.team import change_roles
from ssb_desktop.startup import open_database, setup_server
from tests import conftest
from tests.conftest import POSTGRES_URL

PRICE = Decimal("91234.56")
MOTIVATION = "Alleen de collega weet dit"

needs_postgres = pytest.mark.skipif(
    not POSTGRES_URL, reason="PostgreSQL: set SSB_TEST_DATABASE_URL to run against PostgreSQL"
)


@dataclass
class Server:
    """A set-up schema of the test database with its own group roles and logins."""

    schema: str
    prefix: str
    logins: list[str]

    def url(self, login: str | None = None) -> str:
        url = make_url(POSTGRES_URL).update_query_dict({"options": f"-csearch_path={self.schema}"})
        if login is not None:
            url = url.set(username=login)
        return url.render_as_string(hide_password=False)

    def engine(self, login: str | None = None) -> Engine:
        # No pool: every connection is closed when released, none outlives a test.
        return create_engine(self.url(login), poolclass=NullPool)

    def login(self, name: str, *roles: Role) -> str:
        """A new LOGIN role with these program roles (granted through the service)."""
        login = f"{self.prefix}{name}"
        owner = self.engine()
        with owner.begin() as connection:
            connection.execute(text(f'CREATE ROLE "{login}" LOGIN'))
        owner.dispose()
        self.logins.append(login)
        if roles:
            db = open_database(self.url(), account="unused")
            try:
                with db.transaction() as session:
                    change_roles(session, login, frozenset(roles), granted=True)
            finally:
                db.dispose()
        return login

    def tamper(self, statement: str, **params: object) -> None:
        """What a superuser can do: switch off the append-only trigger and edit the log."""
        engine = self.engine()
        try:
            with engine.begin() as connection:
                connection.execute(text("SET LOCAL session_replication_role = replica"))
                connection.execute(text(statement), params)
        finally:
            engine.dispose()

    def sql(self, who: str | None, statement: str, **params: object) -> list[tuple[object, ...]]:
        engine = self.engine(who)
        try:
            with engine.begin() as connection:
                result = connection.execute(text(statement), params)
                return [tuple(row) for row in result] if result.returns_rows else []
        finally:
            engine.dispose()


@dataclass
class PricedLot:
    lot_id: int
    bid_id: int
    organisation_id: int
    seats: dict[str, int]
    result_id: int


def priced_lot(
    server: Server,
    tag: str,
    seats: dict[str, bool],
    price: Decimal = PRICE,
    *,
    anonymised: bool = False,
) -> PricedLot:
    """Lot 1 of procurement ``tag``: it hides prices (and is anonymised when asked) and has
    one bid with a price, its bidder ``Stichting {tag}``, a document and notes that name it,
    a seat per login (login → sees prices), each with a signed declaration and a score, and
    an adopted result; built by the owner."""
    owner = open_database(server.url(), account="ignored")
    try:
        with owner.transaction() as session:
            for login in seats:
                if session.scalar(select(User.id).where(User.account == login)) is None:
                    session.add(User(account=login, display_name=login))
            scale = Scale(
                name=f"scale {tag}",
                values=[ScaleValue(value=Decimal(v), descriptor=str(v)) for v in (0, 5, 10)],
            )
            procurement = Procurement(
                reference=tag,
                title="Prijzen",
                procedure_type=ProcedureType.LIGHT_REGIME,
                estimated_value=Decimal(100_000),
            )
            lot = Lot(
                number=1,
                title="Prijzen",
                award_method=AwardMethod.WEIGHTED_POINTS,
                price_max_points=Decimal(40),
                budget=Decimal(100_000),
                evaluator_count=max(1, len(seats)),
                prices_hidden=True,
                anonymised=anonymised,
            )
            procurement.lots.append(lot)
            session.add_all([scale, procurement])
            lot.criteria.append(
                Criterion(code="K1", title="Kwaliteit", weight=Decimal(100), scale=scale)
            )
            organisation = Organisation(name=f"Stichting {tag}")
            session.add(organisation)
            session.flush()
            bid = Bid(
                code="A",
                received_at=datetime(2026, 3, 1, tzinfo=UTC),
                price_total=price,
                price_per_year=price,
                status=BidStatus.VALID,
                notes=f"Ingediend door Stichting {tag}",
                members=[BidMember(organisation_id=organisation.id, role=ConsortiumRole.LEAD)],
                documents=[BidDocument(reference=f"inschrijving-stichting-{tag}.pdf")],
            )
            lot.bids.append(bid)
            session.flush()
            seat_ids = {}
            for login, sees_prices in seats.items():
                user_id = session.scalar(select(User.id).where(User.account == login))
                seat = Evaluator(
                    lot_id=lot.id, user_id=user_id, name=login, sees_prices=sees_prices
                )
                session.add(seat)
                session.flush()
                seat_ids[login] = seat.id
                session.add(
                    Declaration(
                        evaluator_id=seat.id,
                        signed_at=datetime(2026, 3, 2, tzinfo=UTC),
                        signed_by=login,
                        text_version="1",
                    )
                )
                session.add(
                    IndividualScore(
                        evaluator_id=seat.id,
                        bid_id=bid.id,
                        criterion_id=lot.criteria[0].id,
                        score=Decimal(5),
                        motivation=f"{MOTIVATION} ({login})",
                    )
                )
            result = ResultRecord(
                lot_id=lot.id,
                computed_at=datetime(2026, 3, 3, tzinfo=UTC),
                dropout_rule=DropoutRule.RECOMPUTE,
                ranking=json.dumps({"bids": [{"bid_id": bid.id, "price": str(price)}]}),
            )
            session.add(result)
            session.flush()
            return PricedLot(lot.id, bid.id, organisation.id, seat_ids, result.id)
    finally:
        owner.dispose()


def finish_consensus(server: Server, lot: PricedLot) -> None:
    """A consensus score on every criterion of the lot's bid: its consensus is final."""
    server.sql(
        None,
        "INSERT INTO consensus_scores (bid_id, criterion_id, score, motivation, decided_at, "
        "invalidated, invalidated_reason, version, created_at, updated_at) "
        "SELECT :bid, id, 5, 'Besproken', now(), false, '', 1, now(), now() "
        "FROM criteria WHERE lot_id = :lot",
        bid=lot.bid_id,
        lot=lot.lot_id,
    )


def team_server() -> Iterator[Server]:
    """Behind each module's ``server`` fixture: set up, yield, then remove roles and schema."""
    conftest._postgres_ran += 1
    tag = secrets.token_hex(3)
    found = Server(schema=f"team_{tag}", prefix=f"t11_{tag}_", logins=[])
    owner = found.engine()
    with owner.begin() as connection:
        connection.execute(text(f'CREATE SCHEMA "{found.schema}"'))
    report = setup_server(found.url(), found.prefix)
    assert report.created_roles == report.roles
    yield found
    with owner.begin() as connection:
        connection.execute(text(f'DROP SCHEMA "{found.schema}" CASCADE'))
        for role in [*found.logins, *report.roles]:
            connection.execute(text(f'DROP OWNED BY "{role}"'))
            connection.execute(text(f'DROP ROLE "{role}"'))
    owner.dispose()
