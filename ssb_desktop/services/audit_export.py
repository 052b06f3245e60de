"""Exporting the audit log to Excel, for the Audit log page and ``ssb-desktop export audit``."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from sqlalchemy.orm import Session

from ssb_desktop.excel.audit_export import write_audit_log
from ssb_desktop.records import AuditEntryRecord
from ssb_desktop.services.audit import AuditFilter, as_seen, chain_head, list_entries
from ssb_desktop.services.audit_values import Translate, describe_entries, untranslated
from ssb_desktop.services.permissions import Permission, require


def export_audit_log(
    session: Session, path: Path, criteria: AuditFilter, translate: Translate = untranslated
) -> int:
    """Write the entries that match ``criteria``, newest first, in words (labels and values
    through ``translate``); returns how many."""
    entries = describe_entries(session, list_entries(session, criteria), translate)
    write_audit_log(path, entries, chain_head(session))
    return len(entries)


def export_audit_entries(
    session: Session,
    path: Path,
    entries: Sequence[AuditEntryRecord],
    translate: Translate = untranslated,
) -> int:
    """Write entries already loaded (what the page shows), described as on screen; returns
    how many."""
    require(session, Permission.VIEW)
    # Whatever the caller passed: never more, and described by the one formatter.
    seen = describe_entries(session, as_seen(session, entries), translate)
    write_audit_log(path, seen, chain_head(session))
    return len(seen)
