"""the register's list sorts and searches in the database

Revision ID: 0012
Revises: 0006
Create Date: 2026-12-07

The Organisations page reads one page of the register at a time, sorted and filtered in SQL
(issue 18). Organisations get a folded name to sort by and a folded search text of their own
fields and their contacts' (both derived from audited columns, kept by the ORM and the bulk
import). One index per sortable column ends in the id that breaks ties. On PostgreSQL with
pg_trgm available, trigram indexes let "contains" searches use an index; on SQLite, FTS5
trigram tables kept by triggers (db/search_index.py). The audit log gets an index on the
record number alone, which its page filters by.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from ssb_desktop.db.search_index import drop_sqlite_search, install_sqlite_search

revision: str = "0012"
down_revision: str | None = "0011"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_BATCH = 5_000
_COMBINING = re.compile("[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]")
_SPACES = re.compile(r"\s+")

_ORDER_INDEXES = (
    ("ix_organisations_sort_name_id", ["sort_name", "id"]),
    ("ix_organisations_archived_sort_name_id", ["archived", "sort_name", "id"]),
    ("ix_organisations_kind_sort_name_id", ["kind", "sort_name", "id"]),
    ("ix_organisations_kvk_id", ["kvk", "id"]),
    ("ix_organisations_city_id", ["city", "id"]),
    ("ix_organisations_email_id", ["email", "id"]),
    ("ix_organisations_iban_id", ["iban", "id"]),
)


def _fold(text: str) -> str:
    # A frozen copy of ssb_desktop.formatting.fold_for_search as it was at this revision.
    text = text.casefold()
    if not text.isascii():
        text = _COMBINING.sub("", unicodedata.normalize("NFKD", text))
    return _SPACES.sub(" ", text).strip()


def _sort_text(text: str) -> str:
    # A frozen copy of ssb_desktop.formatting.sort_text as it was at this revision.
    key = re.sub(r"\d+", lambda run: f"{len(run.group()):02d}{run.group()}", _fold(text))
    return key[:300]  # the column's length


def _joined(*parts: str | None) -> str:
    return _fold(" ".join(part for part in parts if part))


def _backfill(connection: sa.Connection) -> None:
    organisations = sa.table(
        "organisations",
        sa.column("id", sa.Integer),
        sa.column("name", sa.String),
        sa.column("kvk", sa.String),
        sa.column("city", sa.String),
        sa.column("postcode", sa.String),
        sa.column("email", sa.String),
        sa.column("iban", sa.String),
        sa.column("sort_name", sa.String),
        sa.column("search_text", sa.Text),
    )
    contacts = sa.table(
        "contacts",
        sa.column("id", sa.Integer),
        sa.column("organisation_id", sa.Integer),
        sa.column("name", sa.String),
        sa.column("email", sa.String),
    )
    o, c = organisations.c, contacts.c
    contact_texts: dict[int, list[str | None]] = {}
    for org_id, name, email in connection.execute(
        sa.select(c.organisation_id, c.name, c.email).order_by(c.id)
    ):
        contact_texts.setdefault(org_id, []).extend((name, email))
    update = (
        sa.update(organisations)
        .where(o.id == sa.bindparam("b_id"))
        .values(sort_name=sa.bindparam("b_sort"), search_text=sa.bindparam("b_search"))
    )
    rows = connection.execute(
        sa.select(o.id, o.name, o.kvk, o.city, o.postcode, o.email, o.iban).order_by(o.id)
    ).all()
    for start in range(0, len(rows), _BATCH):
        connection.execute(
            update,
            [
                {
                    "b_id": row_id,
                    "b_sort": _sort_text(name or ""),
                    "b_search": _joined(
                        name, kvk, city, postcode, email, iban, *contact_texts.get(row_id, ())
                    ),
                }
                for row_id, name, kvk, city, postcode, email, iban in rows[start : start + _BATCH]
            ],
        )


def _trigram_available(connection: sa.Connection) -> bool:
    """Whether pg_trgm is installed, or can be: a trusted extension (PostgreSQL 13+) needs only
    the CREATE privilege on the database."""
    installed = connection.execute(
        sa.text("SELECT 1 FROM pg_extension WHERE extname = 'pg_trgm'")
    ).scalar()
    if installed:
        return True
    creatable = connection.execute(
        sa.text(
            "SELECT 1 FROM pg_available_extensions WHERE name = 'pg_trgm' AND "
            "(has_database_privilege(current_database(), 'CREATE') OR "
            "(SELECT rolsuper FROM pg_roles WHERE rolname = current_user))"
        )
    ).scalar()
    if not creatable:
        return False
    connection.execute(sa.text("CREATE EXTENSION IF NOT EXISTS pg_trgm"))
    return True


def upgrade() -> None:
    with op.batch_alter_table("organisations", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("sort_name", sa.String(length=300), nullable=False, server_default="")
        )
        batch_op.add_column(sa.Column("search_text", sa.Text(), nullable=False, server_default=""))
    connection = op.get_bind()
    _backfill(connection)
    for name, columns in _ORDER_INDEXES:
        op.create_index(name, "organisations", columns, unique=False)
    # The Audit log page filters by record number alone; the older index starts with the table.
    op.create_index("ix_audit_log_record_id", "audit_log", ["record_id"], unique=False)
    if connection.dialect.name == "sqlite":
        install_sqlite_search(connection)
    if connection.dialect.name == "postgresql" and _trigram_available(connection):
        # The operator class lives in the extension's schema, which need not be on the
        # search path (a team database in its own schema), so it is named with its schema.
        schema = connection.execute(
            sa.text(
                "SELECT n.nspname FROM pg_extension e "
                "JOIN pg_namespace n ON n.oid = e.extnamespace WHERE e.extname = 'pg_trgm'"
            )
        ).scalar_one()
        quoted = connection.dialect.identifier_preparer.quote_schema(schema)
        op.execute(
            "CREATE INDEX ix_organisations_search_trgm ON organisations "
            f"USING gin (search_text {quoted}.gin_trgm_ops)"
        )


def downgrade() -> None:
    connection = op.get_bind()
    if connection.dialect.name == "sqlite":
        drop_sqlite_search(connection)
    if connection.dialect.name == "postgresql":
        op.execute("DROP INDEX IF EXISTS ix_organisations_search_trgm")
    op.drop_index("ix_audit_log_record_id", table_name="audit_log")
    for name, _columns in reversed(_ORDER_INDEXES):
        op.drop_index(name, table_name="organisations")
    with op.batch_alter_table("organisations", schema=None) as batch_op:
        batch_op.drop_column("search_text")
        batch_op.drop_column("sort_name")
