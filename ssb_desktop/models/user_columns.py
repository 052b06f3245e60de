"""How the Administration page lists users: account, name, e-mail, translated roles, active."""

from __future__ import annotations

import operator
from collections.abc import Set

from PySide6.QtCore import QCoreApplication

from ssb_desktop.errors import N_
from ssb_desktop.models.record_table_model import Column
from ssb_desktop.records import ROLE_LABELS, Role, UserRecord

ROLE_CONTEXT = "Role"


def role_names(roles: Set[Role]) -> str:
    """The translated roles, always in the order of :class:`Role` (administrator first)."""
    return ", ".join(
        QCoreApplication.translate(ROLE_CONTEXT, ROLE_LABELS[role])
        for role in Role
        if role in roles
    )


USER_COLUMNS: tuple[Column[UserRecord], ...] = (
    Column(N_("Columns", "Account"), operator.attrgetter("account")),
    Column(N_("Columns", "Name"), operator.attrgetter("display_name")),
    Column(N_("Columns", "E-mail"), operator.attrgetter("email")),
    Column(N_("Columns", "Roles"), operator.attrgetter("roles"), format=role_names),
    Column(N_("Columns", "Active"), operator.attrgetter("active")),
)
