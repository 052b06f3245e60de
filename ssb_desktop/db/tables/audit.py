"""The append-only, hash-chained audit log of every insert, update and delete."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from ssb_desktop.db.base import Base, enum_column
from ssb_desktop.records import AuditAction


class AuditEntry(Base):
    __tablename__ = "audit_log"
    __table_args__ = (
        Index("ix_audit_log_record", "table_name", "record_id"),
        # Filtering by record number alone (any table): migration 0012.
        Index("ix_audit_log_record_id", "record_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(index=True)
    user_account: Mapped[str] = mapped_column(String(200), index=True)
    table_name: Mapped[str] = mapped_column(String(80))
    record_id: Mapped[str] = mapped_column(String(80))
    action: Mapped[AuditAction] = mapped_column(enum_column(AuditAction, "audit_action"))
    # JSON object: field -> [old, new] (insert: [null, new]; delete: [old, null]).
    changes: Mapped[str] = mapped_column(Text)
    prev_hash: Mapped[str] = mapped_column(String(64))
    # Not unique: nothing looks an entry up by its hash, and a unique index on random
    # hashes made every write slower as the log grew (migration 0017).
    hash: Mapped[str] = mapped_column(String(64))
