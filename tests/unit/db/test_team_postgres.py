"""Team mode on PostgreSQL with real logins: what each role may do through SQL and through
the services, blind scoring, and the audit log written by the server."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest
from sqlalchemy import select
from sqlalchemy.exc import ProgrammingError

from ssb_desktop.db.audit import verify_chain
from ssb_desktop.db.database import Database
from ssb_desktop.db.tables import (
    AuditEntry,
    Organisation,
)
from ssb_desktop.errors import DatabaseError, PermissionDeniedError, ValidationError
from ssb_desktop.records import (
    OrganisationRecord,
    Role,
)
from ssb_desktop.services.organisations import save_organisation
from ssb_desktop.services.team import LoginRoles, change_roles, list_logins
from ssb_desktop.startup import check_database, open_database, setup_server
from tests.team_server import Server, needs_postgres, priced_lot, team_server

pytestmark = needs_postgres


@pytest.fixture(scope="module")
def server() -> Iterator[Server]:
    yield from team_server()


def _organisation(name: str) -> OrganisationRecord:
    return OrganisationRecord(id=None, name=name)


def test_running_setup_again_is_safe_and_creates_nothing_new(server: Server) -> None:
    report = setup_server(server.url(), server.prefix)
    assert report.created_roles == []
    assert report.audited_tables > 30


def test_a_login_without_owning_the_database_may_not_set_it_up(server: Server) -> None:
    login = server.login("intruder", Role.ADMINISTRATOR)
    with pytest.raises(PermissionDeniedError) as refused:
        setup_server(server.url(login), server.prefix)
    assert refused.value.params["login"] == login


def test_a_login_without_a_role_is_told_whom_to_ask(server: Server) -> None:
    login = server.login("nobody")
    with pytest.raises(PermissionDeniedError) as refused:
        open_database(server.url(login), account="ignored")
    assert refused.value.params == {"login": login}
    assert "users grant" in refused.value.message


def test_a_read_only_login_opens_the_program_and_may_change_nothing(
    server: Server, as_login: Callable[[str], Database]
) -> None:
    login = server.login("reader", Role.READ_ONLY)
    db = as_login(login)
    assert db.actor.roles == frozenset({Role.READ_ONLY})
    assert db.actor.account == login
    with db.transaction() as session, pytest.raises(PermissionDeniedError):
        save_organisation(session, _organisation("Stichting Lezer"))
    # The server refuses what the program would have refused, in a sentence naming roles.
    with pytest.raises(PermissionDeniedError) as refused, db.transaction() as session:
        session.add(Organisation(name="Stichting Lezer"))
    assert refused.value.message.startswith("Your role {roles} does not allow this")
    assert str(refused.value.params["needed"]) == "Procurement officer, Subsidy officer"
    with pytest.raises(ProgrammingError, match="permission denied"):
        server.sql(login, "INSERT INTO organisations (name, kind) VALUES ('x', 'other')")


def test_self_promotion_is_refused_by_the_server(server: Server) -> None:
    login = server.login("climber", Role.READ_ONLY)
    admin = f"{server.prefix}administrator"
    for statement in (
        f'GRANT "{admin}" TO "{login}"',
        f"SELECT ssb_set_role('{login}', '{admin}', true)",
        "INSERT INTO user_roles (user_id, role) SELECT id, 'administrator' FROM users",
        "UPDATE audit_log SET user_account = 'someone else'",
        "DELETE FROM audit_log",
    ):
        with pytest.raises(ProgrammingError):
            server.sql(login, statement)
    roles = server.sql(
        None, "SELECT pg_has_role(:login, :admin, 'MEMBER')", login=login, admin=admin
    )
    assert roles == [(False,)]


def test_granting_to_an_unknown_login_and_revoking_the_last_administrator_are_refused(
    server: Server,
) -> None:
    chief = server.login("chief", Role.ADMINISTRATOR)
    db = open_database(server.url(chief), account="ignored")
    try:
        with pytest.raises(ValidationError) as unknown, db.transaction() as session:
            change_roles(
                session, f"{server.prefix}ghost", frozenset({Role.EVALUATOR}), granted=True
            )
        assert "no login" in unknown.value.message
        administrators = [
            entry.login
            for entry in _logins(db)
            if Role.ADMINISTRATOR in entry.roles and entry.login.startswith(server.prefix)
        ]
        for other in administrators:
            if other != chief:
                with db.transaction() as session:
                    change_roles(session, other, frozenset({Role.ADMINISTRATOR}), granted=False)
        with pytest.raises(ValidationError) as last, db.transaction() as session:
            change_roles(session, chief, frozenset({Role.ADMINISTRATOR}), granted=False)
        assert "last administrator" in last.value.message
        # Granting through the service is a membership on the server, and audited.
        helper = server.login("helper")
        with db.transaction() as session:
            change_roles(session, helper, frozenset({Role.EVALUATOR}), granted=True)
        entry = next(item for item in _logins(db) if item.login == helper)
        assert entry.roles == frozenset({Role.EVALUATOR})
        with db.transaction() as session:
            logged = session.scalars(select(AuditEntry).where(AuditEntry.record_id == helper)).one()
        assert logged.user_account == chief
        assert logged.table_name == "role_memberships"
    finally:
        db.dispose()


def _logins(db: Database) -> list[LoginRoles]:
    with db.transaction() as session:
        return list_logins(session)


def test_an_officer_writes_through_services_once_audited_and_psql_changes_are_audited(
    server: Server, as_login: Callable[[str], Database]
) -> None:
    login = server.login("officer", Role.PROCUREMENT_OFFICER)
    db = as_login(login)
    with db.transaction() as session:
        saved = save_organisation(session, _organisation("Stichting Officier"))
    server.sql(
        login, "UPDATE organisations SET iban = 'NL91ABNA0417164300' WHERE id = :id", id=saved.id
    )
    with db.transaction() as session:
        entries = session.scalars(
            select(AuditEntry)
            .where(AuditEntry.table_name == "organisations", AuditEntry.record_id == str(saved.id))
            .order_by(AuditEntry.id)
        ).all()
        checked, broken = verify_chain(session)
    assert [entry.action.value for entry in entries] == ["insert", "update"]
    assert {entry.user_account for entry in entries} == {login}
    assert '"NL91ABNA0417164300"' in entries[1].changes
    assert broken is None and checked > 0


def test_a_superusers_edit_of_the_audit_log_is_reported_by_check(server: Server) -> None:
    server.sql(None, "UPDATE organisations SET city = 'Leiden'")
    owner = open_database(server.url(), account="ignored")
    try:
        assert check_database(owner).problems == []
        last = int(str(server.sql(None, "SELECT max(id) FROM audit_log")[0][0]))
        server.tamper("UPDATE audit_log SET user_account = 'niemand' WHERE id = :id", id=last)
        result = check_database(owner)
        assert result.first_broken_entry == last
        server.tamper("UPDATE audit_log SET user_account = 'postgres' WHERE id = :id", id=last)
        intact = check_database(owner)
        assert intact.problems == [] and intact.head is not None
        # A deleted tail leaves a consistent chain; the head noted before reveals it.
        server.tamper("DELETE FROM audit_log WHERE id > :id", id=last - 2)
        shortened = check_database(owner, [intact.head])
        assert shortened.first_broken_entry is None
        [problem] = shortened.problems
        assert problem.params["entry"] == intact.head.entry_id
    finally:
        owner.dispose()


def test_a_normal_login_finding_an_older_schema_is_told_to_ask_for_server_setup(
    server: Server,
) -> None:
    login = server.login("late", Role.READ_ONLY)
    (revision,) = server.sql(None, "SELECT version_num FROM alembic_version")[0]
    server.sql(None, "UPDATE alembic_version SET version_num = '0005'")
    try:
        with pytest.raises(DatabaseError) as outdated:
            open_database(server.url(login), account="ignored")
        assert "server setup" in outdated.value.message
    finally:
        server.sql(None, "UPDATE alembic_version SET version_num = :v", v=revision)


# --- blind scoring ----------------------------------------------------------------------------


def _lot_with_scores(server: Server, first: str, second: str) -> dict[str, int]:
    """A lot scored by two evaluator logins (one score each), built by the owner."""
    return priced_lot(server, f"BL-{first}", {first: False, second: False}).seats


def test_an_evaluator_reads_only_own_scores_until_submitted(server: Server) -> None:
    first = server.login("eva", Role.EVALUATOR)
    second = server.login("evert", Role.EVALUATOR)
    seats = _lot_with_scores(server, first, second)
    seen = server.sql(first, "SELECT evaluator_id FROM individual_scores")
    assert seen == [(seats[first],)]
    # Not even by naming the other's scores.
    assert (
        server.sql(
            first, "SELECT score FROM individual_scores WHERE evaluator_id = :id", id=seats[second]
        )
        == []
    )
    # Nor by writing into someone else's seat (row-level security leaves it untouched).
    server.sql(first, "UPDATE evaluators SET submitted_at = now() WHERE id = :id", id=seats[second])
    assert server.sql(
        None, "SELECT submitted_at FROM evaluators WHERE id = :id", id=seats[second]
    ) == [(None,)]
    # Nor by letting oneself see prices.
    with pytest.raises(ProgrammingError):
        server.sql(
            first, "UPDATE evaluators SET sees_prices = true WHERE id = :id", id=seats[first]
        )
    # Nor by signing a declaration in someone else's name.
    forged = (
        "INSERT INTO declarations (evaluator_id, signed_at, signed_by, text_version, "
        "has_conflict, statement, version, created_at, updated_at) "
        "VALUES (:id, now(), 'x', '1', false, '', 1, now(), now())"
    )
    with pytest.raises(ProgrammingError, match="row-level security"):
        server.sql(first, forged, id=seats[second])
    server.sql(first, forged, id=seats[first])
    server.sql(first, "UPDATE evaluators SET submitted_at = now() WHERE id = :id", id=seats[first])
    seen_after = server.sql(first, "SELECT evaluator_id FROM individual_scores ORDER BY 1")
    assert seen_after == sorted([(seats[first],), (seats[second],)])
    # The other, not yet submitted, still sees only his own.
    assert server.sql(second, "SELECT evaluator_id FROM individual_scores") == [(seats[second],)]
    # An officer sees every score.
    officer = server.login("olga", Role.PROCUREMENT_OFFICER)
    assert len(server.sql(officer, "SELECT id FROM individual_scores")) >= 2


def test_an_officer_seats_a_login_and_the_evaluator_signs_with_that_login(
    server: Server, run_cli: Callable[..., Any]
) -> None:
    first = server.login("ines", Role.EVALUATOR)
    second = server.login("ivo", Role.EVALUATOR)
    _lot_with_scores(server, first, second)
    officer = server.login("otto", Role.PROCUREMENT_OFFICER)
    newcomer = server.login("nina", Role.EVALUATOR)
    lot = f"BL-{first}/1"

    seated = run_cli(
        "--db-url", server.url(officer), "--lang", "en", "committee", "add",
        "--lot", lot, "--account", newcomer, "--sees-prices",
    )  # fmt: skip
    assert seated.code == 0, seated.err
    refused = run_cli(
        "--db-url", server.url(officer), "--lang", "en", "committee", "add",
        "--lot", lot, "--account", f"{server.prefix}stranger",
    )  # fmt: skip
    assert refused.code == 1 and "no role" in refused.err
    signed = run_cli(
        "--db-url", server.url(newcomer), "--json", "declaration", "sign", "--lot", lot
    )
    assert signed.code == 0, signed.err
    assert signed.document["signed_by"] == newcomer
    not_seated = run_cli(
        "--db-url", server.url(officer), "--lang", "en", "declaration", "sign", "--lot", lot
    )
    assert not_seated.code == 2 and "do not sit on the committee" in not_seated.err
