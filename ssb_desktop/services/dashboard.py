"""The dashboard's figures and "needs attention" lists, each from one set-based query."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from sqlalchemy import and_, exists, func, or_, select
from sqlalchemy.orm import Session

from ssb_desktop.db.tables import (
    Bid,
    Lot,
    Organisation,
    Procurement,
    User,
    UserRole,
    organisation_districts,
)
from ssb_desktop.records import ApplicationFilter, OrganisationKind, Role
from ssb_desktop.services import subsidies
from ssb_desktop.services.permissions import Permission, require

# An attention list is a prompt, not a report: the first ones and the total are enough, and
# a register of 50,000 organisations must not send 50,000 rows to the dashboard.
ATTENTION_LIMIT = 200

# Organisations that bid or apply for subsidy must be identifiable in the Trade Register.
KVK_EXPECTED = (OrganisationKind.PROFESSIONAL, OrganisationKind.VOLUNTEER)


@dataclass(frozen=True, slots=True)
class AttentionOrganisation:
    id: int
    name: str
    kind: OrganisationKind


@dataclass(frozen=True, slots=True)
class AttentionUser:
    id: int
    account: str
    display_name: str


@dataclass(frozen=True, slots=True)
class DashboardSummary:
    """Counts of what the database holds and the records an administrator should look at.

    The ``*_total`` figures count every record that needs attention; the tuples hold at most
    :data:`ATTENTION_LIMIT` of them, by name.
    """

    active_organisations: Mapping[OrganisationKind, int] = field(default_factory=dict)
    archived_organisations: Mapping[OrganisationKind, int] = field(default_factory=dict)
    procurements: int = 0
    lots: int = 0
    bids: int = 0
    active_users: int = 0
    inactive_users: int = 0
    without_kvk: tuple[AttentionOrganisation, ...] = ()
    without_kvk_total: int = 0
    without_districts: tuple[AttentionOrganisation, ...] = ()
    without_districts_total: int = 0
    read_only_users: tuple[AttentionUser, ...] = ()
    read_only_users_total: int = 0
    # Grants whose accountability report is past its due date (verantwoording te laat).
    overdue_reports: int = 0


def _attention_organisations(
    session: Session, *conditions: object
) -> tuple[tuple[AttentionOrganisation, ...], int]:
    # count() over () gives the total with the first rows, in the same query.
    query = (
        select(
            Organisation.id,
            Organisation.name,
            Organisation.kind,
            func.count().over().label("total"),
        )
        .where(Organisation.archived.is_(False), *conditions)  # type: ignore[arg-type]
        .order_by(Organisation.name, Organisation.id)
        .limit(ATTENTION_LIMIT)
    )
    rows = session.execute(query).all()
    items = tuple(
        AttentionOrganisation(row.id, row.name, OrganisationKind(row.kind)) for row in rows
    )
    return items, int(rows[0].total) if rows else 0


def dashboard_summary(session: Session) -> DashboardSummary:
    """Everything the dashboard shows, in six queries whatever the size of the register."""
    require(session, Permission.VIEW)
    active: dict[OrganisationKind, int] = dict.fromkeys(OrganisationKind, 0)
    archived: dict[OrganisationKind, int] = dict.fromkeys(OrganisationKind, 0)
    for kind, is_archived, count in session.execute(
        select(Organisation.kind, Organisation.archived, func.count()).group_by(
            Organisation.kind, Organisation.archived
        )
    ):
        (archived if is_archived else active)[OrganisationKind(kind)] = int(count)

    procurements, lots, bids = session.execute(
        select(
            select(func.count()).select_from(Procurement).scalar_subquery(),
            select(func.count()).select_from(Lot).scalar_subquery(),
            select(func.count()).select_from(Bid).scalar_subquery(),
        )
    ).one()

    users = {
        bool(is_active): int(count)
        for is_active, count in session.execute(
            select(User.active, func.count()).group_by(User.active)
        )
    }

    without_kvk, without_kvk_total = _attention_organisations(
        session,
        Organisation.kind.in_(KVK_EXPECTED),
        or_(Organisation.kvk.is_(None), Organisation.kvk == ""),
    )
    without_districts, without_districts_total = _attention_organisations(
        session,
        ~exists().where(organisation_districts.c.organisation_id == Organisation.id),
    )

    # Accounts that identify() added on first sight get read-only and nothing more; an
    # administrator should decide what they may do.
    other_role = exists().where(and_(UserRole.user_id == User.id, UserRole.role != Role.READ_ONLY))
    read_only_role = exists().where(
        and_(UserRole.user_id == User.id, UserRole.role == Role.READ_ONLY)
    )
    user_rows = session.execute(
        select(User.id, User.account, User.display_name, func.count().over().label("total"))
        .where(User.active.is_(True), read_only_role, ~other_role)
        .order_by(User.account)
        .limit(ATTENTION_LIMIT)
    ).all()

    return DashboardSummary(
        active_organisations=active,
        archived_organisations=archived,
        procurements=int(procurements),
        lots=int(lots),
        bids=int(bids),
        active_users=users.get(True, 0),
        inactive_users=users.get(False, 0),
        without_kvk=without_kvk,
        without_kvk_total=without_kvk_total,
        without_districts=without_districts,
        without_districts_total=without_districts_total,
        read_only_users=tuple(
            AttentionUser(row.id, row.account, row.display_name) for row in user_rows
        ),
        read_only_users_total=int(user_rows[0].total) if user_rows else 0,
        overdue_reports=len(
            subsidies.list_applications(session, ApplicationFilter(report_overdue=True))
        ),
    )
