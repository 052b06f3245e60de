"""the audit log's hash is no longer a unique index

Revision ID: 0017
Revises: 0012
Create Date: 2026-12-07

Every audit entry landed on a random page of the unique index of SHA-256 hashes, so writes
slowed down as the log grew (issue 18; ``bench/audit_writes.py``: appending 20,000 entries took
1.47 x as long at 1,000,000 entries as at 50,000 with the index, 1.09 x without). Nothing
looks an entry up by its hash: the chain check reads entries in id order and compares each
``prev_hash`` with the hash before it, and anchors name an entry by its id. On SQLite the
table is rebuilt (the constraint was part of it) and its append-only triggers made again.
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0017"
down_revision: str | None = "0015"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_CONSTRAINT = "uq_audit_log_hash"


def _sqlite() -> bool:
    return op.get_bind().dialect.name == "sqlite"


def _protect_sqlite() -> None:
    """The append-only triggers of migration 0001, which a rebuild of the table drops."""
    for verb in ("UPDATE", "DELETE"):
        op.execute(f"DROP TRIGGER IF EXISTS audit_log_no_{verb.lower()}")
        op.execute(
            f"CREATE TRIGGER audit_log_no_{verb.lower()} BEFORE {verb} ON audit_log "
            "BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END"
        )


def upgrade() -> None:
    if _sqlite():
        with op.batch_alter_table("audit_log", recreate="always") as batch_op:
            batch_op.drop_constraint(_CONSTRAINT, type_="unique")
        _protect_sqlite()
    else:
        op.drop_constraint(_CONSTRAINT, "audit_log", type_="unique")


def downgrade() -> None:
    if _sqlite():
        with op.batch_alter_table("audit_log", recreate="always") as batch_op:
            batch_op.create_unique_constraint(_CONSTRAINT, ["hash"])
        _protect_sqlite()
    else:
        op.create_unique_constraint(_CONSTRAINT, "audit_log", ["hash"])
