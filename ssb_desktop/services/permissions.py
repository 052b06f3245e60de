"""Who may do what: roles grant permissions, and services check them before acting."""

from __future__ import annotations

from enum import StrEnum

from sqlalchemy.orm import Session

from ssb_desktop.db.database import Actor
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
