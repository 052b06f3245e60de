"""Reading the audit log: filtered lists for the Audit log page, export, chain verification."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from ssb_desktop.db.audit import ChainBreak, verify_chain
from ssb_desktop.db.tables import AuditEntry
from ssb_desktop.formatting import LOCAL_ZONE
from ssb_desktop.records import AuditAction, AuditEntryRecord
from ssb_desktop.services.permissions import Permission, require


@dataclass(frozen=True, slots=True)
class AuditFilter:
    table: str = ""
    record_id: str = ""
    user: str = ""
    since: date | None = None
    until: date | None = None
    limit: int | None = 100_000


def _local_midnight(day: date) -> datetime:
    return datetime.combine(day, time.min, tzinfo=LOCAL_ZONE).astimezone(UTC)


def list_entries(session: Session, criteria: AuditFilter = AuditFilter()) -> list[AuditEntryRecord]:
    """Newest first; the period is in local days, both ends included."""
    require(session, Permission.VIEW)
    query = select(AuditEntry).order_by(AuditEntry.id.desc())
    if criteria.table:
        query = query.where(AuditEntry.table_name == criteria.table)
    if criteria.record_id:
        query = query.where(AuditEntry.record_id == criteria.record_id)
    if criteria.user:
        query = query.where(AuditEntry.user_account == criteria.user)
    if criteria.since:
        query = query.where(AuditEntry.at >= _local_midnight(criteria.since))
    if criteria.until:
        query = query.where(AuditEntry.at < _local_midnight(criteria.until + timedelta(days=1)))
    if criteria.limit:
        query = query.limit(criteria.limit)
    return [
        AuditEntryRecord(
            id=entry.id,
            at=entry.at,
            user=entry.user_account,
            table=entry.table_name,
            record_id=entry.record_id,
            action=AuditAction(entry.action),
            # Amounts written by the server's trigger are JSON numbers: keep them exact.
            changes=json.loads(entry.changes, parse_float=Decimal),
            hash=entry.hash,
        )
        for entry in session.scalars(query)
    ]


def audited_tables(session: Session) -> list[str]:
    return list(
        session.scalars(select(AuditEntry.table_name).distinct().order_by(AuditEntry.table_name))
    )


def audited_users(session: Session) -> list[str]:
    return list(
        session.scalars(
            select(AuditEntry.user_account).distinct().order_by(AuditEntry.user_account)
        )
    )


def check_chain(session: Session) -> tuple[int, ChainBreak | None]:
    return verify_chain(session)


def describe_changes(changes: dict[str, list[object]]) -> str:
    """field: old → new, one per line, for display and export."""
    lines = []
    for name, (old, new) in sorted(changes.items()):
        lines.append(f"{name}: {'' if old is None else old} → {'' if new is None else new}")
    return "\n".join(lines)


def chain_head(session: Session) -> str | None:
    """The head of the audit chain as ``NUMBER:HASH``, the anchor that exports and dossiers
    print and ``ssb-desktop check --anchor`` takes; None for an empty log."""
    row = session.execute(
        select(AuditEntry.id, AuditEntry.hash).order_by(AuditEntry.id.desc()).limit(1)
    ).first()
    return f"{row[0]}:{row[1]}" if row else None
