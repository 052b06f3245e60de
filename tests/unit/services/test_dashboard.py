"""The dashboard's figures and attention lists, computed by the service."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from ssb_desktop.db.database import Database
from ssb_desktop.db.tables import Bid, Lot, Procurement
from ssb_desktop.errors import PermissionDeniedError
from ssb_desktop.records import OrganisationKind, OrganisationRecord, ProcedureType, Role
from ssb_desktop.services import dashboard
from ssb_desktop.services.dashboard import dashboard_summary
from ssb_desktop.services.organisations import save_organisation
from ssb_desktop.services.reference import list_districts
from ssb_desktop.services.users import identify, save_user

PRO, VOL, OTHER = (
    OrganisationKind.PROFESSIONAL,
    OrganisationKind.VOLUNTEER,
    OrganisationKind.OTHER,
)


def _organisation(
    db: Database,
    name: str,
    kind: OrganisationKind,
    *,
    kvk: str = "",
    archived: bool = False,
    districts: bool = True,
) -> int:
    with db.transaction() as session:
        district_ids = (list_districts(session)[0].id,) if districts else ()
        saved = save_organisation(
            session,
            OrganisationRecord(
                id=None, name=name, kind=kind, kvk=kvk, archived=archived, district_ids=district_ids
            ),
        )
    assert saved.id is not None
    return saved.id


@pytest.fixture
def register(db: Database) -> dict[str, int]:
    ids = {
        "pro_no_kvk": _organisation(db, "Welzijn Zonder KvK", PRO),
        "vol_no_kvk": _organisation(db, "Buurtvereniging Zonder KvK", VOL),
        "other_no_kvk": _organisation(db, "Overige Zonder KvK", OTHER),
        "pro_kvk": _organisation(db, "Welzijn Met KvK", PRO, kvk="12345678"),
        "archived_no_kvk": _organisation(
            db, "Gearchiveerd Zonder KvK", PRO, archived=True, districts=False
        ),
        "no_districts": _organisation(db, "Nergens Actief", VOL, kvk="87654321", districts=False),
    }
    with db.transaction() as session:
        procurement = Procurement(
            reference="SSB-2019",
            title="Sterke Sociale Basis",
            procedure_type=ProcedureType.LIGHT_REGIME,
        )
        procurement.lots.extend([Lot(number=1, title="Opgroeien"), Lot(number=2, title="Basis")])
        session.add(procurement)
        session.flush()
        session.add(Bid(lot_id=procurement.lots[0].id, code="A", received_at=datetime.now(UTC)))
    return ids


def test_counts_split_organisations_by_kind_and_archived(
    db: Database, register: dict[str, int]
) -> None:
    with db.transaction() as session:
        summary = dashboard_summary(session)
    assert dict(summary.active_organisations) == {PRO: 2, VOL: 2, OTHER: 1}
    assert dict(summary.archived_organisations) == {PRO: 1, VOL: 0, OTHER: 0}
    assert (summary.procurements, summary.lots, summary.bids) == (1, 2, 1)
    assert (summary.active_users, summary.inactive_users) == (1, 0)


def test_only_active_professional_and_volunteer_organisations_lack_a_kvk_number(
    db: Database, register: dict[str, int]
) -> None:
    with db.transaction() as session:
        summary = dashboard_summary(session)
    assert [item.id for item in summary.without_kvk] == [
        register["vol_no_kvk"],
        register["pro_no_kvk"],
    ]
    assert summary.without_kvk_total == 2
    assert [item.name for item in summary.without_districts] == ["Nergens Actief"]
    assert summary.without_districts_total == 1


def test_an_account_added_automatically_needs_attention_until_it_gets_a_role(
    db: Database, register: dict[str, int]
) -> None:
    with db.transaction() as session:
        newcomer = identify(session, "GEMEENTE\\nieuw")
        save_user(
            session,
            user_id=None,
            account="lezer",
            display_name="Lezer",
            email="",
            roles=frozenset({Role.READ_ONLY, Role.EVALUATOR}),
        )
    with db.transaction() as session:
        summary = dashboard_summary(session)
    assert [user.account for user in summary.read_only_users] == ["GEMEENTE\\nieuw"]
    assert summary.read_only_users_total == 1
    with db.transaction() as session:
        assert newcomer.user_id is not None
        save_user(
            session,
            user_id=newcomer.user_id,
            account="GEMEENTE\\nieuw",
            display_name="Nieuw",
            email="",
            roles=frozenset({Role.SUBSIDY_OFFICER}),
        )
    with db.transaction() as session:
        assert dashboard_summary(session).read_only_users == ()


def test_a_long_attention_list_is_cut_but_its_total_is_exact(
    db: Database, monkeypatch: pytest.MonkeyPatch, register: dict[str, int]
) -> None:
    monkeypatch.setattr(dashboard, "ATTENTION_LIMIT", 1)
    with db.transaction() as session:
        summary = dashboard_summary(session)
    assert len(summary.without_kvk) == 1
    assert summary.without_kvk_total == 2


def test_an_attention_total_is_counted_no_further_than_the_cap(
    db: Database, monkeypatch: pytest.MonkeyPatch, register: dict[str, int]
) -> None:
    monkeypatch.setattr(dashboard, "ATTENTION_LIMIT", 1)
    monkeypatch.setattr(dashboard, "ATTENTION_COUNT_CAP", 1)
    with db.transaction() as session:
        summary = dashboard_summary(session)
    # Two organisations lack a KvK number: the count stops at one past the cap.
    assert (len(summary.without_kvk), summary.without_kvk_total) == (1, 2)
    assert summary.count_cap == 1
    assert summary.without_kvk_total > summary.count_cap


def test_an_empty_register_gives_zeros_and_no_attention(db: Database) -> None:
    with db.transaction() as session:
        summary = dashboard_summary(session)
    assert sum(summary.active_organisations.values()) == 0
    assert (summary.without_kvk, summary.without_kvk_total) == ((), 0)


def test_an_account_without_access_sees_no_figures(db: Database) -> None:
    with db.transaction() as session:
        save_user(
            session,
            user_id=None,
            account="weg",
            display_name="",
            email="",
            roles=frozenset({Role.READ_ONLY}),
            active=False,
        )
    with db.transaction() as session:
        db.actor = identify(session, "weg")
    with pytest.raises(PermissionDeniedError), db.transaction() as session:
        dashboard_summary(session)
