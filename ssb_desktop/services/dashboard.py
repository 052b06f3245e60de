"""The dashboard's figures and "needs attention" lists, each from an index or a bounded walk.

The Dashboard is the first page at start-up, so nothing here may grow with the register
(issue 18): the organisations are counted by kind and state from the index on both columns
(migration 0022), an attention list is one page in the order of an index, and its total is
counted only up to :data:`ATTENTION_COUNT_CAP` ("more than 1,000" says what a user needs
to know; an exact 120,000 cost a walk of the whole register).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import ColumnElement, and_, exists, func, literal_column, or_, select
from sqlalchemy.orm import Session

from ssb_desktop.db.tables import (
    Application,
    Bid,
    Lot,
    Organisation,
    Procurement,
    SubsidyScheme,
    User,
    UserRole,
    organisation_districts,
)
from ssb_desktop.formatting import local_today as current_day
from ssb_desktop.records import OrganisationKind, Role
from ssb_desktop.services.permissions import Permission, require
from ssb_desktop.services.subsidies import rules

# An attention list is a prompt, not a report: the first ones and the total are enough, and
# a register of 50,000 organisations must not send 50,000 rows to the dashboard.
ATTENTION_LIMIT = 200
# Attention totals are counted up to this many; beyond it the Dashboard says "more than".
ATTENTION_COUNT_CAP = 1_000

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

    The ``*_total`` figures count the records that need attention up to ``count_cap`` and
    one more: a total above ``count_cap`` means "more than ``count_cap``". The tuples hold
    at most :data:`ATTENTION_LIMIT` of them, in the register's order of names.
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
    count_cap: int = ATTENTION_COUNT_CAP


def _attention_organisations(
    session: Session, *conditions: ColumnElement[bool], walk: Sequence[ColumnElement[bool]] = ()
) -> tuple[tuple[AttentionOrganisation, ...], int]:
    """The first :data:`ATTENTION_LIMIT` organisations, by name, that are not archived and
    meet ``conditions``, and how many there are up to :data:`ATTENTION_COUNT_CAP` + 1.

    The ids are read first, up to the cap and one more, in whatever order the database finds
    them fastest (an index on a condition, or the register in id order). When that is all of
    them, the page is those rows sorted. When there are more, matches are many and the page
    is a walk of ``ix_organisations_archived_sort_name_id`` that stops at its last row;
    ``walk`` are then the same conditions written so that SQLite cannot use another index
    (which would make it sort every match)."""
    active = Organisation.archived.is_(False)
    ids = list(
        session.scalars(
            select(Organisation.id).where(active, *conditions).limit(ATTENTION_COUNT_CAP + 1)
        )
    )
    if not ids:
        return (), 0
    page = (
        select(Organisation.id, Organisation.name, Organisation.kind)
        .order_by(Organisation.sort_name, Organisation.id)
        .limit(ATTENTION_LIMIT)
    )
    if len(ids) <= ATTENTION_COUNT_CAP:
        page = page.where(Organisation.id.in_(ids))
    else:
        page = page.where(active, *(walk or conditions))
    items = tuple(
        AttentionOrganisation(row.id, row.name, OrganisationKind(row.kind))
        for row in session.execute(page)
    )
    return items, len(ids)


def _without_kvk(kind: Any, kvk: Any) -> list[ColumnElement[bool]]:
    return [kind.in_(KVK_EXPECTED), or_(kvk.is_(None), kvk == "")]


def _overdue_reports(session: Session) -> int:
    """How many grants' accountability reports are overdue, as the Subsidies page marks them
    (:func:`rules.report_overdue`), counted in the database per scheme and end of activity:
    what is due when is the rules' to say, and is asked once per group, not per grant."""
    a, scheme = Application, SubsidyScheme
    groups = session.execute(
        select(scheme.year, scheme.report_due_weeks, a.activity_ends_on, func.count())
        .join(scheme, scheme.id == a.scheme_id)
        .where(
            a.status.in_(sorted(rules.OPEN_GRANTS)),
            a.report_received_on.is_(None),
            a.granted > 0,
            # A grant up to this amount needs no report (rules.report_tier).
            a.granted > scheme.report_activity_from,
        )
        .group_by(scheme.id, scheme.year, scheme.report_due_weeks, a.activity_ends_on)
    )
    today = current_day()
    return sum(
        int(count)
        for year, weeks, ends_on, count in groups
        if today > rules.report_due(rules.activity_end(ends_on, year), weeks)
    )


def dashboard_summary(session: Session) -> DashboardSummary:
    """Everything the dashboard shows, in a handful of queries, none of which walks the
    whole register."""
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

    sqlite = session.get_bind().dialect.name == "sqlite"
    without_kvk, without_kvk_total = _attention_organisations(
        session,
        *_without_kvk(Organisation.kind, Organisation.kvk),
        # "+column" is SQLite's idiom for "not through an index on this column".
        walk=_without_kvk(
            literal_column("+organisations.kind", Organisation.kind.type),
            literal_column("+organisations.kvk", Organisation.kvk.type),
        )
        if sqlite
        else (),
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
        overdue_reports=_overdue_reports(session),
        count_cap=ATTENTION_COUNT_CAP,
    )
