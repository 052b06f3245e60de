"""Identity and roles, enforced by the services themselves."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from ssb_desktop.db.database import Database
from ssb_desktop.errors import PermissionDeniedError, ValidationError
from ssb_desktop.records import OrganisationRecord, Role
from ssb_desktop.services.organisations import save_organisation
from ssb_desktop.services.reference import save_district
from ssb_desktop.services.users import identify, list_users, save_user


def test_the_first_account_of_a_new_database_is_administrator(db: Database) -> None:
    expected = "postgres" if db.url.get_backend_name() == "postgresql" else "tester"
    assert db.actor.account == expected
    assert db.actor.roles == frozenset({Role.ADMINISTRATOR})


def test_a_later_unknown_account_gets_read_only_access(db: Database) -> None:
    with db.transaction() as session:
        newcomer = identify(session, "GEMEENTE\\newcomer")
    assert newcomer.roles == frozenset({Role.READ_ONLY})


def test_a_read_only_user_cannot_change_organisations(
    db: Database, act_as: Callable[..., None]
) -> None:
    act_as(db, "reader", Role.READ_ONLY)
    with pytest.raises(PermissionDeniedError), db.transaction() as session:
        save_organisation(session, OrganisationRecord(id=None, name="Niet toegestaan"))


def test_an_evaluator_cannot_manage_users_or_districts(
    db: Database, act_as: Callable[..., None]
) -> None:
    act_as(db, "evaluator", Role.EVALUATOR)
    with pytest.raises(PermissionDeniedError), db.transaction() as session:
        save_user(
            session,
            user_id=None,
            account="x",
            display_name="",
            email="",
            roles=frozenset({Role.ADMINISTRATOR}),
        )
    with pytest.raises(PermissionDeniedError), db.transaction() as session:
        save_district(session, district_id=None, number=10, name="Nieuw district")


def test_a_subsidy_officer_may_change_organisations(
    db: Database, act_as: Callable[..., None]
) -> None:
    act_as(db, "subsidies", Role.SUBSIDY_OFFICER)
    with db.transaction() as session:
        saved = save_organisation(session, OrganisationRecord(id=None, name="Toegestaan"))
    assert saved.id is not None


def test_the_last_administrator_cannot_lose_the_role(db: Database) -> None:
    with db.transaction() as session:
        me = next(user for user in list_users(session) if user.account == db.actor.account)
    with pytest.raises(ValidationError, match="last administrator"), db.transaction() as session:
        save_user(
            session,
            user_id=me.id,
            account=me.account,
            display_name="",
            email="",
            roles=frozenset({Role.READ_ONLY}),
            version=me.version,
        )
