"""Who may do what: the one table from which the service checks and, on a team's PostgreSQL
server, the table privileges (``services/team.py``) are both derived."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from enum import StrEnum

from sqlalchemy.orm import Session

from ssb_desktop.db.database import Actor
from ssb_desktop.db.server_sql import NAMING_FIELDS
from ssb_desktop.errors import N_, PermissionDeniedError
from ssb_desktop.records import Role


class Permission(StrEnum):
    VIEW = "view"
    MANAGE_USERS = "manage_users"
    EDIT_REFERENCE_DATA = "edit_reference_data"
    EDIT_ORGANISATIONS = "edit_organisations"
    EDIT_PROCUREMENTS = "edit_procurements"
    SCORE = "score"
    EDIT_SUBSIDIES = "edit_subsidies"


GRANTS: dict[Role, frozenset[Permission]] = {
    Role.ADMINISTRATOR: frozenset(Permission),
    Role.PROCUREMENT_OFFICER: frozenset(
        {Permission.VIEW, Permission.EDIT_ORGANISATIONS, Permission.EDIT_PROCUREMENTS}
    ),
    Role.SUBSIDY_OFFICER: frozenset(
        {Permission.VIEW, Permission.EDIT_ORGANISATIONS, Permission.EDIT_SUBSIDIES}
    ),
    Role.EVALUATOR: frozenset({Permission.VIEW, Permission.SCORE}),
    Role.READ_ONLY: frozenset({Permission.VIEW}),
}


@dataclass(frozen=True, slots=True)
class TableWrite:
    """Writing one table: insert, update (only ``columns`` when given) and delete."""

    table: str
    columns: tuple[str, ...] = ()
    delete: bool = True


_PROCUREMENT_TABLES = (
    "procurements",
    "lots",
    "lot_extension_options",
    "scales",
    "scale_values",
    "criteria",
    "bids",
    "bid_members",
    "bid_documents",
    # The committee, paper declarations and the scores of external evaluators.
    "evaluators",
    "declarations",
    "individual_scores",
    "consensus_scores",
    "consensus_meetings",
    "tie_breaks",
    "results",
    "award_decisions",
    "objections",
    "contracts",
    "contract_parties",
    "extension_options",
    "transparency_notices",
    # The contractor's performance (services/performance.py).
    "performance_indicators",
    "performance_targets",
    "performance_reports",
    "performance_values",
    "district_opinions",
)

# The tables each permission lets a role write; reading is VIEW, and VIEW reads every table
# (except what blind scoring hides, see services/team.py). ``users`` holds names and e-mail
# addresses only; ``user_roles`` is written by the administrator on SQLite alone (see
# services/users.py), because on PostgreSQL the roles are the server's role memberships.
WRITES: dict[Permission, tuple[TableWrite, ...]] = {
    Permission.VIEW: (),
    Permission.MANAGE_USERS: (TableWrite("users", delete=False),),
    Permission.EDIT_REFERENCE_DATA: tuple(
        TableWrite(name)
        for name in (
            "districts",
            "themes",
            "thresholds",
            "extra_holidays",
            "settings",
            # The letters' house style, signatures and templates (services/house_style.py).
            "house_style",
            "letter_signatures",
            "letter_templates",
        )
    ),
    Permission.EDIT_ORGANISATIONS: tuple(
        TableWrite(name) for name in ("organisations", "contacts", "organisation_districts")
    ),
    Permission.EDIT_PROCUREMENTS: tuple(TableWrite(name) for name in _PROCUREMENT_TABLES),
    Permission.SCORE: (
        TableWrite("individual_scores", delete=False),
        TableWrite("declarations", columns=("version",), delete=False),
        TableWrite("evaluators", columns=("submitted_at", "version", "updated_at"), delete=False),
    ),
    Permission.EDIT_SUBSIDIES: tuple(
        TableWrite(name)
        for name in (
            "subsidy_schemes",
            "applications",
            "application_districts",
            "ceiling_changes",
            "completeness_requests",
            "payments",
        )
    ),
}


# Columns that blindness hides from a quality evaluator (services/blindness.py), by table. On
# a team's server no role reads these columns directly, not even one that writes them: an
# officer may sit on a lot's committee as a quality evaluator, and the server hides that lot's
# prices from him or her as from any evaluator. Every login reads them through the server's
# view, which leaves out the lots whose prices the login may not see (db/server_sql.py).
PRICE_COLUMNS: dict[str, tuple[str, ...]] = {"bids": ("price_per_year", "price_total")}
# Columns that no role reads directly on a team's server, by table: the prices, and the bid's
# texts that may name the bidder of an anonymised lot, read through the server's view
# ``ssb_bid_texts`` by the same rule as the bidders (db/server_sql.py).
HIDDEN_COLUMNS: dict[str, tuple[str, ...]] = {"bids": (*PRICE_COLUMNS["bids"], *NAMING_FIELDS)}


def table_writes(roles: frozenset[Role]) -> Iterator[TableWrite]:
    """Every table write the roles grant, one per permission that grants it."""
    for permission in sorted(permissions_of(roles)):
        yield from WRITES[permission]


def roles_writing(table: str) -> list[Role]:
    """The roles that may write ``table``, for the sentence that says whom to ask."""
    return [
        role
        for role in Role
        if role is not Role.ADMINISTRATOR
        and any(write.table == table for write in table_writes(frozenset({role})))
    ] or [Role.ADMINISTRATOR]


_REFUSALS: dict[Permission, str] = {
    Permission.VIEW: N_("Errors", "Your account has no access to this database."),
    Permission.MANAGE_USERS: N_(
        "Errors", "Only an administrator may manage users and roles. Ask an administrator."
    ),
    Permission.EDIT_REFERENCE_DATA: N_(
        "Errors", "Only an administrator may change reference data such as districts."
    ),
    Permission.EDIT_ORGANISATIONS: N_(
        "Errors",
        "Your role may not change organisations. Ask an administrator for the role "
        "of procurement officer or subsidy officer.",
    ),
    Permission.EDIT_PROCUREMENTS: N_(
        "Errors", "Only a procurement officer may change procurements and bids."
    ),
    Permission.SCORE: N_("Errors", "Only an evaluator may enter scores."),
    Permission.EDIT_SUBSIDIES: N_("Errors", "Only a subsidy officer may change subsidies."),
}


def permissions_of(roles: frozenset[Role]) -> frozenset[Permission]:
    granted: set[Permission] = set()
    for role in roles:
        granted |= GRANTS[role]
    return frozenset(granted)


def current_actor(session: Session) -> Actor:
    actor = session.info.get("actor")
    return actor if isinstance(actor, Actor) else Actor(account="system")


def may(session: Session, permission: Permission) -> bool:
    actor = current_actor(session)
    return permission in permissions_of(actor.roles)


def require(session: Session, permission: Permission) -> None:
    """Refuse the action unless the acting user's roles grant ``permission``."""
    if not may(session, permission):
        raise PermissionDeniedError(_REFUSALS[permission])
