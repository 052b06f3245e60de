"""Identity and roles: map the acting account to a user; administrators manage users."""

from __future__ import annotations

import os
import sys
from dataclasses import replace

from sqlalchemy import func, select, text
from sqlalchemy.orm import Session, selectinload

from ssb_desktop.db.database import Actor
from ssb_desktop.db.tables import User, UserRole
from ssb_desktop.errors import N_, ConflictError, NotFoundError, ValidationError
from ssb_desktop.records import Role, UserRecord
from ssb_desktop.services.identifiers import email_problem
from ssb_desktop.services.permissions import Permission, require


def os_account() -> str:
    """The operating-system account of the running process (DOMAIN\\user on Windows).

    Asked of the operating system, never of environment variables: on a shared SQLite file
    the account decides the roles, and ``USERNAME=root`` must not make anyone administrator
    (``getpass.getuser`` reads such variables first, so it is not used).
    """
    if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
        return _windows_account()
    import pwd

    return pwd.getpwuid(os.getuid()).pw_name


def _windows_account() -> str:  # pragma: no cover - exercised on Windows only
    import ctypes

    name_sam_compatible = 2  # DOMAIN\user, from the process's token
    size = ctypes.c_ulong(0)
    secur32 = ctypes.WinDLL("secur32")  # type: ignore[attr-defined]
    secur32.GetUserNameExW(name_sam_compatible, None, ctypes.byref(size))
    buffer = ctypes.create_unicode_buffer(size.value or 512)
    if secur32.GetUserNameExW(name_sam_compatible, buffer, ctypes.byref(size)):
        return buffer.value
    return os.getlogin()  # GetUserNameW: the account of the process, without the domain


def acting_account(session: Session, fallback: str) -> str:
    """On PostgreSQL the database login is the identity; elsewhere the OS account."""
    if session.get_bind().dialect.name == "postgresql":
        return str(session.execute(text("SELECT current_user")).scalar_one())
    return fallback


def _record(user: User) -> UserRecord:
    return UserRecord(
        id=user.id,
        account=user.account,
        display_name=user.display_name,
        email=user.email,
        roles=frozenset(role.role for role in user.roles),
        active=user.active,
        version=user.version,
    )


def identify(session: Session, account: str) -> Actor:
    """The acting user: the first account of a new database becomes administrator; an
    unknown account on an existing database is added read-only until an administrator
    grants more."""
    user = session.scalars(
        select(User).where(User.account == account).options(selectinload(User.roles))
    ).one_or_none()
    if user is None:
        first = session.scalar(select(func.count()).select_from(User)) == 0
        role = Role.ADMINISTRATOR if first else Role.READ_ONLY
        user = User(account=account, display_name=account.split("\\")[-1])
        user.roles.append(UserRole(role=role))
        session.add(user)
        session.flush()
    if not user.active:
        return Actor(account=account, user_id=user.id, roles=frozenset())
    return Actor(
        account=account, user_id=user.id, roles=frozenset(role.role for role in user.roles)
    )


def list_users(session: Session) -> list[UserRecord]:
    """Every user; on a team database with the roles the server gives each login."""
    require(session, Permission.VIEW)
    users = session.scalars(select(User).options(selectinload(User.roles)).order_by(User.account))
    records = [_record(user) for user in users]
    prefix = session.info.get("team")
    if isinstance(prefix, str):
        from ssb_desktop.services.team import server_roles

        records = [
            replace(record, roles=server_roles(session, prefix, record.account))
            for record in records
        ]
    return records


def _administrator_count(session: Session, excluding: int | None) -> int:
    query = (
        select(func.count(func.distinct(User.id)))
        .join(UserRole)
        .where(UserRole.role == Role.ADMINISTRATOR, User.active.is_(True))
    )
    if excluding is not None:
        query = query.where(User.id != excluding)
    return int(session.scalar(query) or 0)


def save_user(
    session: Session,
    *,
    user_id: int | None,
    account: str,
    display_name: str,
    email: str,
    roles: frozenset[Role],
    active: bool = True,
    version: int | None = None,
) -> UserRecord:
    """Add a user or change one; the last active administrator cannot lose that role."""
    require(session, Permission.MANAGE_USERS)
    account = account.strip()
    if not account:
        raise ValidationError(
            N_("Errors", "Enter the Windows account name of the user."), field="account"
        )
    problem = email_problem(email.strip())
    if problem:
        raise ValidationError(problem, field="email")
    if not roles:
        raise ValidationError(N_("Errors", "Give the user at least one role."), field="roles")
    if isinstance(session.info.get("team"), str):
        return _save_team_user(
            session,
            user_id=user_id,
            account=account,
            display_name=display_name,
            email=email,
            roles=roles,
            version=version,
        )
    if user_id is None:
        exists = session.scalar(select(User.id).where(User.account == account))
        if exists is not None:
            raise ValidationError(
                N_("Errors", "A user with the account {account} already exists."),
                {"account": account},
                field="account",
            )
        user = User(account=account)
        session.add(user)
    else:
        found = session.get(User, user_id, options=[selectinload(User.roles)])
        if found is None:
            raise NotFoundError(N_("Errors", "This user no longer exists. Reload the list."))
        user = found
        if version is not None and user.version != version:
            raise ConflictError(
                N_(
                    "Errors",
                    "Someone else changed this record since you opened it. "
                    "Reload it to see their changes, then make yours again.",
                )
            )
        losing_admin = Role.ADMINISTRATOR not in roles or not active
        if losing_admin and _administrator_count(session, excluding=user.id) == 0:
            raise ValidationError(
                N_(
                    "Errors",
                    "This is the last administrator; make someone else administrator first.",
                ),
                field="roles",
            )
    user.account = account
    user.display_name = display_name.strip()
    user.email = email.strip()
    user.active = active
    current = {role.role: role for role in user.roles}
    for role, row in current.items():
        if role not in roles:
            user.roles.remove(row)
    for role in sorted(roles - current.keys()):
        user.roles.append(UserRole(role=role))
    session.flush()
    return _record(user)


def _save_team_user(
    session: Session,
    *,
    user_id: int | None,
    account: str,
    display_name: str,
    email: str,
    roles: frozenset[Role],
    version: int | None,
) -> UserRecord:
    """On a team database the roles are the login's memberships on the server: grant and
    revoke the difference (the same service as ``ssb-desktop users``); the row keeps only
    the name and e-mail address."""
    from ssb_desktop.services.team import change_roles, server_roles

    prefix = str(session.info["team"])
    user = session.scalars(select(User).where(User.account == account)).one_or_none()
    current = server_roles(session, prefix, account)
    if roles - current:
        change_roles(session, account, roles - current, granted=True)
    if current - roles:
        change_roles(session, account, current - roles, granted=False)
    if user is None:
        user = User(account=account)
        session.add(user)
    elif version is not None and user.version != version:
        raise ConflictError(
            N_(
                "Errors",
                "Someone else changed this record since you opened it. "
                "Reload it to see their changes, then make yours again.",
            )
        )
    user.display_name = display_name.strip()
    user.email = email.strip()
    session.flush()
    return replace(_record(user), roles=server_roles(session, prefix, account))
