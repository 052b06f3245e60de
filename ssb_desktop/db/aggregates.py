"""Aggregates are versioned as a whole: a change to a child is a change of its root.

An organisation with its contacts and districts, a bid with its members and documents, a lot
or a contract with its options, a scheme with its ceiling changes, an application with its
districts, a user with its roles: each is edited, shown and saved as one thing. Only the
root's row carries the version that a form loads and a service checks, so a change to any
part must raise the root's version, or a colleague's save of the same root, loaded before,
silently reverts it. Doing this in one session event covers every path (forms, imports,
the command line) without code in each service.

The root's version is raised by an UPDATE that names the version the session loaded
(``version_id_col``): two sessions that change parts of the same root at once cannot both
commit; the second gets the "changed by someone else" message.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sqlalchemy import event, inspect
from sqlalchemy.orm import Session

from ssb_desktop.db.base import utcnow
from ssb_desktop.db.tables import (
    Application,
    Bid,
    BidDocument,
    BidMember,
    CeilingChange,
    Contact,
    Contract,
    ContractParty,
    ExtensionOption,
    Lot,
    LotExtensionOption,
    Organisation,
    Scale,
    ScaleValue,
    SubsidyScheme,
    User,
)
from ssb_desktop.db.tables.users import UserRole

# child class -> (root class, the child's column that holds the root's id)
CHILDREN: dict[type[Any], tuple[type[Any], str]] = {
    Contact: (Organisation, "organisation_id"),
    BidMember: (Bid, "bid_id"),
    BidDocument: (Bid, "bid_id"),
    LotExtensionOption: (Lot, "lot_id"),
    ExtensionOption: (Contract, "contract_id"),
    ContractParty: (Contract, "contract_id"),
    CeilingChange: (SubsidyScheme, "scheme_id"),
    ScaleValue: (Scale, "scale_id"),
    UserRole: (User, "user_id"),
}
# Roots whose collections (many-to-many links, child lists) are part of the aggregate.
ROOTS: tuple[type[Any], ...] = (
    Organisation,
    Bid,
    Lot,
    Contract,
    SubsidyScheme,
    Application,
    Scale,
    User,
)


def _roots_of_children(session: Session, objects: Iterable[Any]) -> set[Any]:
    roots: set[Any] = set()
    for obj in objects:
        link = CHILDREN.get(type(obj))
        if link is None:
            continue
        root_class, column = link
        root_id = inspect(obj).dict.get(column)
        if root_id is None:  # linked through the relationship only (a new child of a new root)
            continue
        root = session.get(root_class, root_id)
        if root is not None:
            roots.add(root)
    return roots


def _changed_roots(session: Session) -> set[Any]:
    touched = _roots_of_children(session, [*session.new, *session.dirty, *session.deleted])
    touched.update(
        obj
        for obj in session.dirty
        if isinstance(obj, ROOTS) and session.is_modified(obj, include_collections=True)
    )
    return {root for root in touched if root not in session.new and root not in session.deleted}


def _before_flush(session: Session, _context: Any, _instances: Any) -> None:
    for root in _changed_roots(session):
        # A real change of a column, so the flush UPDATEs the root's row: with the version
        # the session loaded in its WHERE clause, and the next version in its SET clause.
        root.updated_at = utcnow()


def install_aggregates(session_class: type[Session]) -> None:
    """Raise the root's version whenever a part of its aggregate changes; idempotent."""
    if not event.contains(session_class, "before_flush", _before_flush):
        event.listen(session_class, "before_flush", _before_flush)
