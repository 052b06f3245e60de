"""Team mode on PostgreSQL: the server set-up run by the owner, the group roles that ARE the
program's roles, and granting and revoking them (command line and Administration page)."""

from __future__ import annotations

import re
import secrets
from dataclasses import dataclass

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from ssb_desktop.db.base import Base
from ssb_desktop.db.database import Actor
from ssb_desktop.db.server_sql import (
    KEY_TABLE,
    MARKER_FUNCTION,
    PRICES_VIEW,
    SET_ROLE_FUNCTION,
    TEXTS_VIEW,
    audit_functions_sql,
    audit_key_sql,
    audit_trigger_sql,
    blind_scoring_sql,
    hidden_prices_sql,
    marker_sql,
    quote_ident,
    set_role_sql,
    truncate_guard_sql,
    truncate_trigger_sql,
)
from ssb_desktop.db.tables import User
from ssb_desktop.errors import N_, Labels, PermissionDeniedError, ValidationError
from ssb_desktop.records import ROLE_LABELS, Role
from ssb_desktop.services.permissions import (
    HIDDEN_COLUMNS,
    Permission,
    require,
    roles_writing,
    table_writes,
)

DEFAULT_PREFIX = "ssb_"
# Roles that manage a procurement's committee and may therefore write scores of externals.
OFFICER_ROLES = (Role.ADMINISTRATOR, Role.PROCUREMENT_OFFICER)
_AUDIT_TABLE = "audit_log"
_PREFIX_PATTERN = re.compile(r"[a-z][a-z0-9_]{0,30}")


def team_prefix(session: Session) -> str | None:
    """The group-role prefix of a database set up by ``server setup``, else None."""
    if session.get_bind().dialect.name != "postgresql":
        return None
    found = session.execute(
        text("SELECT to_regproc(:name) IS NOT NULL"), {"name": MARKER_FUNCTION}
    ).scalar_one()
    if not found:
        return None
    return str(session.execute(text(f"SELECT {MARKER_FUNCTION}()")).scalar_one())


def group_role(prefix: str, role: Role) -> str:
    return f"{prefix}{role.value}"


def _team(session: Session) -> str | None:
    prefix = session.info.get("team")
    return prefix if isinstance(prefix, str) else None


def server_roles(session: Session, prefix: str, login: str) -> frozenset[Role]:
    """The program roles of ``login``: its memberships of the group roles (pg_has_role)."""
    names = {group_role(prefix, role): role for role in Role}
    rows = session.execute(
        text(
            "SELECT rolname FROM pg_roles WHERE rolname = ANY(:names) "
            "AND pg_has_role(:login, oid, 'MEMBER')"
        ),
        {"names": list(names), "login": login},
    ).scalars()
    return frozenset(names[name] for name in rows)


def _login_exists(session: Session, login: str) -> bool:
    return bool(
        session.execute(
            text("SELECT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = :login AND rolcanlogin)"),
            {"login": login},
        ).scalar_one()
    )


def _no_role(login: str) -> PermissionDeniedError:
    return PermissionDeniedError(
        N_(
            "Errors",
            "Your login {login} has no role in this database, so the program shows "
            "nothing. Ask an administrator of the program (or your IT department) to "
            "give you a role: ssb-desktop users grant {login} ROLE.",
        ),
        {"login": login},
    )


def require_some_role(session: Session, prefix: str | None) -> frozenset[Role]:
    """The roles of the acting login; a login without any (or that cannot even see the
    schema) is told whom to ask and gets no further."""
    login = str(session.execute(text("SELECT session_user")).scalar_one())
    if prefix is None:
        if not session.execute(
            text("SELECT has_schema_privilege(current_schema(), 'USAGE')")
        ).scalar_one():
            raise _no_role(login)
        return frozenset()
    roles = server_roles(session, prefix, login)
    if not roles:
        raise _no_role(login)
    return roles


def identify_login(session: Session, prefix: str) -> Actor:
    """The acting login of a team database and its roles. Its row in ``users`` (name and
    e-mail only) is added when the login may, so a login that may only read still opens."""
    roles = require_some_role(session, prefix)
    login = str(session.execute(text("SELECT session_user")).scalar_one())
    user_id = session.scalar(select(User.id).where(User.account == login))
    may_insert = session.execute(text("SELECT has_table_privilege('users', 'INSERT')")).scalar_one()
    if user_id is None and may_insert:
        user = User(account=login, display_name=login)
        session.add(user)
        session.flush()
        user_id = user.id
    return Actor(account=login, user_id=user_id, roles=roles)


# --- server set-up ----------------------------------------------------------------------------


def check_prefix(prefix: str) -> str:
    if not _PREFIX_PATTERN.fullmatch(prefix):
        raise ValidationError(
            N_(
                "Errors",
                "The role prefix {prefix} cannot be used; use lower-case letters, digits "
                "and underscores, starting with a letter (for example ssb_ or team2_).",
            ),
            {"prefix": prefix},
        )
    return prefix


def check_may_set_up(session: Session, prefix: str) -> None:
    """Refuse a login that does not own the database, or cannot create the group roles."""
    row = session.execute(
        text(
            "SELECT r.rolsuper, r.rolcreaterole, pg_get_userbyid(d.datdba) AS owner, "
            "current_user AS login FROM pg_roles r, pg_database d "
            "WHERE r.rolname = current_user AND d.datname = current_database()"
        )
    ).one()
    if not (row.rolsuper or row.owner == row.login):
        raise PermissionDeniedError(
            N_(
                "Errors",
                "Only the owner of the database ({owner}) may set up the server; you are "
                "logged in as {login}. Run the command with the owner's login.",
            ),
            {"owner": row.owner, "login": row.login},
        )
    missing = [
        role
        for role in Role
        if session.execute(
            text("SELECT to_regrole(:name) IS NULL"), {"name": group_role(prefix, role)}
        ).scalar_one()
    ]
    if missing and not (row.rolsuper or row.rolcreaterole):
        raise PermissionDeniedError(
            N_(
                "Errors",
                "The login {login} may not create the group roles; give it the CREATEROLE "
                "privilege (ALTER ROLE {login} CREATEROLE) or run the command as a superuser.",
            ),
            {"login": row.login},
        )


@dataclass(frozen=True, slots=True)
class SetupReport:
    schema: str
    prefix: str
    roles: list[str]
    created_roles: list[str]
    audited_tables: int


def install_server(session: Session, prefix: str) -> SetupReport:
    """Group roles, their privileges (from ``services/permissions.py``), the audit triggers
    and the row-level security of blind scoring; safe to run again after an upgrade."""
    schema = str(session.execute(text("SELECT current_schema()")).scalar_one())
    s = quote_ident(schema)
    login = str(session.execute(text("SELECT current_user")).scalar_one())
    superuser = bool(
        session.execute(
            text("SELECT rolsuper FROM pg_roles WHERE rolname = current_user")
        ).scalar_one()
    )
    created: list[str] = []
    for role in Role:
        name = group_role(prefix, role)
        if session.execute(text("SELECT to_regrole(:name) IS NULL"), {"name": name}).scalar_one():
            session.execute(text(f"CREATE ROLE {quote_ident(name)} NOLOGIN"))
            created.append(name)
    admin = group_role(prefix, Role.ADMINISTRATOR)
    if not superuser:
        # The owner is the first administrator, who grants the others their roles.
        session.execute(text(f"GRANT {quote_ident(admin)} TO {quote_ident(login)}"))
    _run(session, marker_sql(schema, prefix))
    _run(session, audit_key_sql(schema))
    _fill_audit_key(session, schema)
    _run(session, audit_functions_sql(schema))
    _run(session, set_role_sql(schema, prefix, [role.value for role in Role], Role.ADMINISTRATOR))
    officers = [role.value for role in OFFICER_ROLES]
    _run(session, blind_scoring_sql(schema, prefix, officers))
    _run(session, hidden_prices_sql(schema))
    _run(session, truncate_guard_sql(schema))
    existing = set(
        session.execute(
            text("SELECT tablename FROM pg_tables WHERE schemaname = :schema"), {"schema": schema}
        ).scalars()
    )
    tables = [table for table in Base.metadata.sorted_tables if table.name in existing]
    audited = 0
    for table in tables:
        session.execute(text(truncate_trigger_sql(schema, table.name)))
        if table.name == _AUDIT_TABLE:
            continue
        keys = [column.name for column in table.primary_key.columns]
        session.execute(text(audit_trigger_sql(schema, table.name, keys)))
        audited += 1
    readable = [*(table.name for table in tables), "alembic_version"]
    for role in Role:
        name = quote_ident(group_role(prefix, role))
        session.execute(text(f"GRANT USAGE ON SCHEMA {s} TO {name}"))
        session.execute(text(f"REVOKE ALL ON ALL TABLES IN SCHEMA {s} FROM {name}"))
        session.execute(text(f"REVOKE ALL ON ALL SEQUENCES IN SCHEMA {s} FROM {name}"))
        for table_name in readable:
            if table_name not in existing:
                continue
            target = f"{s}.{quote_ident(table_name)}"
            hidden = HIDDEN_COLUMNS.get(table_name, ())
            if hidden:
                shown = [c.name for c in Base.metadata.tables[table_name].c if c.name not in hidden]
                columns = ", ".join(map(quote_ident, shown))
                session.execute(text(f"GRANT SELECT ({columns}) ON {target} TO {name}"))
            else:
                session.execute(text(f"GRANT SELECT ON {target} TO {name}"))
        for view in (PRICES_VIEW, TEXTS_VIEW):
            session.execute(text(f"GRANT SELECT ON {s}.{quote_ident(view)} TO {name}"))
        # Everyone with a role adds his or her own row (name and e-mail) on first opening.
        session.execute(text(f"GRANT INSERT ON {s}.users TO {name}"))
        _grant_sequence(session, schema, "users", name)
        for write in table_writes(frozenset({role})):
            if write.table not in existing:
                continue
            target = f"{s}.{quote_ident(write.table)}"
            columns = ", ".join(map(quote_ident, write.columns))
            update = f"UPDATE ({columns})" if write.columns else "UPDATE"
            privileges = ["INSERT", update, *(["DELETE"] if write.delete else [])]
            session.execute(text(f"GRANT {', '.join(privileges)} ON {target} TO {name}"))
            _grant_sequence(session, schema, write.table, name)
    return SetupReport(
        schema=schema,
        prefix=prefix,
        roles=[group_role(prefix, role) for role in Role],
        created_roles=created,
        audited_tables=audited,
    )


def _fill_audit_key(session: Session, schema: str) -> None:
    """A new random sealing key, once: kept, as the sealed entries are verified with it."""
    key = secrets.token_bytes(64)
    session.execute(
        text(
            f"INSERT INTO {quote_ident(schema)}.{KEY_TABLE} (inner_pad, outer_pad) "
            "VALUES (:inner, :outer) ON CONFLICT DO NOTHING"
        ),
        {"inner": bytes(b ^ 0x36 for b in key), "outer": bytes(b ^ 0x5C for b in key)},
    )


def _run(session: Session, script: str) -> None:
    # One driver call without parameters: the functions' bodies hold semicolons and "%".
    cursor = session.connection().connection.cursor()
    try:
        cursor.execute(script)
    finally:
        cursor.close()


def _grant_sequence(session: Session, schema: str, table: str, role: str) -> None:
    if "id" not in Base.metadata.tables[table].c:
        return
    sequence = session.execute(
        text("SELECT pg_get_serial_sequence(:table, 'id')"),
        {"table": f"{quote_ident(schema)}.{quote_ident(table)}"},
    ).scalar_one_or_none()
    if sequence:
        session.execute(text(f"GRANT USAGE ON SEQUENCE {sequence} TO {role}"))


# --- roles of logins --------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class LoginRoles:
    login: str
    display_name: str
    roles: frozenset[Role]


def parse_role(value: str, prefix: str | None = None) -> Role:
    """A role as typed: ``evaluator``, ``ssb_evaluator`` or the Dutch or English label."""
    wanted = value.strip().lower().replace("-", "_")
    if prefix and wanted.startswith(prefix):
        wanted = wanted[len(prefix) :]
    if wanted.startswith(DEFAULT_PREFIX):
        wanted = wanted[len(DEFAULT_PREFIX) :]
    for role in Role:
        if wanted == role.value:
            return role
    raise ValidationError(
        N_("Errors", "There is no role {role}; choose from: {roles}."),
        {"role": value, "roles": ", ".join(role.value for role in Role)},
    )


def list_logins(session: Session) -> list[LoginRoles]:
    """Every login with a role, with its roles and the name it uses in the program."""
    require(session, Permission.VIEW)
    prefix = _team(session)
    if prefix is None:
        from ssb_desktop.services.users import list_users

        return [
            LoginRoles(user.account, user.display_name, user.roles)
            for user in list_users(session)
            if user.active
        ]
    names = {group_role(prefix, role): role for role in Role}
    found: dict[str, set[Role]] = {}
    for member, group in session.execute(
        text(
            "SELECT m.rolname, g.rolname FROM pg_auth_members a "
            "JOIN pg_roles g ON g.oid = a.roleid JOIN pg_roles m ON m.oid = a.member "
            "WHERE g.rolname = ANY(:names) AND m.rolcanlogin ORDER BY m.rolname"
        ),
        {"names": list(names)},
    ):
        found.setdefault(member, set()).add(names[group])
    display = {
        account: name
        for account, name in session.execute(
            select(User.account, User.display_name).where(User.account.in_(found))
        )
    }
    return [
        LoginRoles(login, display.get(login) or login, frozenset(roles))
        for login, roles in sorted(found.items())
    ]


def _last_administrator(session: Session, prefix: str, login: str) -> bool:
    others = session.execute(
        text(
            "SELECT count(*) FROM pg_auth_members a JOIN pg_roles m ON m.oid = a.member "
            "WHERE a.roleid = to_regrole(:admin) AND m.rolcanlogin AND m.rolname <> :login"
        ),
        {"admin": group_role(prefix, Role.ADMINISTRATOR), "login": login},
    ).scalar_one()
    return int(others) == 0


def change_roles(session: Session, login: str, roles: frozenset[Role], *, granted: bool) -> None:
    """Grant or revoke program roles of ``login``: on a team database its memberships of the
    group roles, elsewhere its roles in ``users``. The last administrator keeps the role."""
    require(session, Permission.MANAGE_USERS)
    login = login.strip()
    prefix = _team(session)
    if prefix is None:
        _change_local_roles(session, login, roles, granted=granted)
        return
    if not _login_exists(session, login):
        raise ValidationError(
            N_(
                "Errors",
                "There is no login {login} on the database server. Ask your IT department "
                "to create it first (CREATE ROLE {login} LOGIN), then grant the role.",
            ),
            {"login": login},
        )
    if not granted and Role.ADMINISTRATOR in roles and _last_administrator(session, prefix, login):
        raise ValidationError(
            N_(
                "Errors",
                "{login} is the last administrator and keeps the role; make someone else "
                "administrator first.",
            ),
            {"login": login},
        )
    for role in sorted(roles):
        session.execute(
            text(f"SELECT {SET_ROLE_FUNCTION}(:login, :role, :granted)"),
            {"login": login, "role": group_role(prefix, role), "granted": granted},
        )
    if granted and session.scalar(select(User.id).where(User.account == login)) is None:
        session.add(User(account=login, display_name=login))
        session.flush()


def _change_local_roles(
    session: Session, login: str, roles: frozenset[Role], *, granted: bool
) -> None:
    from ssb_desktop.services.users import list_users, save_user

    user = next((user for user in list_users(session) if user.account == login), None)
    if user is None:
        raise ValidationError(
            N_(
                "Errors",
                "There is no user {login} in this database; add the user on the "
                "Administration page first.",
            ),
            {"login": login},
        )
    wanted = user.roles | roles if granted else user.roles - roles
    if not wanted:
        raise ValidationError(N_("Errors", "Give the user at least one role."))
    save_user(
        session,
        user_id=user.id,
        account=user.account,
        display_name=user.display_name,
        email=user.email,
        roles=wanted,
        active=user.active,
        version=user.version,
    )


def server_refusal(roles: frozenset[Role], detail: str) -> PermissionDeniedError:
    """The server refused (SQLSTATE 42501): say which role would allow it."""
    match = re.search(r'(?:table|relation|sequence|view) "?([A-Za-z_][\w]*)"?', detail)
    table = match.group(1) if match else ""
    table = table.removesuffix("_id_seq")
    needed = roles_writing(table) if table else [Role.ADMINISTRATOR]
    have = sorted(roles) or [Role.READ_ONLY]
    return PermissionDeniedError(
        N_(
            "Errors",
            "Your role {roles} does not allow this; ask an administrator for the role {needed}.",
        ),
        {
            "roles": Labels("Role", tuple(ROLE_LABELS[role] for role in have)),
            "needed": Labels("Role", tuple(ROLE_LABELS[role] for role in needed)),
        },
        details=detail,
    )


# --- committee seats of logins ----------------------------------------------------------------


def user_for_account(session: Session, account: str) -> int:
    """The ``users`` row of a login (or, on SQLite, an account) that is to sit on a committee.

    On a team database the login must exist and hold the evaluator role (or another role that
    lets it see the lot); its row is added if it never opened the program."""
    account = account.strip()
    user_id = session.scalar(select(User.id).where(User.account == account))
    prefix = _team(session)
    if prefix is not None:
        if not _login_exists(session, account) or not server_roles(session, prefix, account):
            raise ValidationError(
                N_(
                    "Errors",
                    "The login {login} has no role in this database; ask an administrator to "
                    "grant it the evaluator role first (ssb-desktop users grant {login} "
                    "evaluator).",
                ),
                {"login": account},
            )
        if user_id is None:
            user = User(account=account, display_name=account)
            session.add(user)
            session.flush()
            user_id = user.id
    if user_id is None:
        raise ValidationError(
            N_(
                "Errors",
                "There is no user {login} in this database; add the user on the "
                "Administration page first.",
            ),
            {"login": account},
        )
    return user_id
