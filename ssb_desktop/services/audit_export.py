"""Exporting the audit log to Excel, for the Audit log page and ``ssb-desktop export audit``."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from sqlalchemy.orm import Session

from ssb_desktop.excel.audit_export import write_audit_log
from ssb_desktop.records import AuditEntryRecord
from ssb_desktop.services.audit import AuditFilter, as_seen, chain_head, list_entries
from ssb_desktop.services.permissions import Permission, require


def export_audit_log(session: Session, path: Path, criteria: AuditFilter) -> int:
    """Write the entries that match ``criteria``, newest first; returns how many."""
    entries = list_entries(session, criteria)
    write_audit_log(path, entries, chain_head(session))
    return len(entries)


def export_audit_entries(session: Session, path: Path, entries: Sequence[AuditEntryRecord]) -> int:
    """Write entries already loaded (what the page shows); returns how many."""
    require(session, Permission.VIEW)
    seen = as_seen(session, entries)  # whatever the caller passed: never more
    write_audit_log(path, seen, chain_head(session))
    return len(seen)
