"""Excel exchange entry points shared by the command line and the views (no Qt)."""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path

from sqlalchemy.orm import Session

from ssb_desktop.errors import N_, AppError
from ssb_desktop.excel.organisations import ParsedWorkbook, read_organisations, write_organisations
from ssb_desktop.records import ImportReport, OrganisationRecord
from ssb_desktop.services import organisations
from ssb_desktop.services.permissions import Permission, require


def export_organisations(
    session: Session, path: Path, records: Sequence[OrganisationRecord] | None = None
) -> int:
    """Write ``records`` (the page's current filter and sort) or every organisation by name."""
    require(session, Permission.VIEW)
    rows = organisations.list_organisations(session) if records is None else records
    write_organisations(path, rows)
    return len(rows)


def read_organisations_file(path: Path, mapping: Mapping[str, str] | None = None) -> ParsedWorkbook:
    """Parse a workbook without touching the database (the preview's first step)."""
    return read_organisations(path, mapping)


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector: an import makes hundreds of thousands of short-lived
    objects and no cycles, and the collector's passes over them cost a quarter of the time."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def import_parsed_organisations(
    session: Session,
    parsed: ParsedWorkbook,
    *,
    dry_run: bool = False,
    on_progress: Callable[[int, int], None] | None = None,
) -> ImportReport:
    """All rows in this session's one transaction, or nothing when any row has a problem."""
    if parsed.problems:
        return ImportReport(
            warnings=tuple(parsed.warnings), problems=tuple(parsed.problems), dry_run=dry_run
        )
    with _collector_paused():
        return organisations.import_organisations(
            session,
            parsed.rows,
            headers=parsed.column_of(),
            warnings=parsed.warnings,
            dry_run=dry_run,
            on_progress=on_progress,
        )


def import_organisations_file(
    session: Session,
    path: Path,
    *,
    mapping: Mapping[str, str] | None = None,
    dry_run: bool = False,
) -> ImportReport:
    require(session, Permission.EDIT_ORGANISATIONS)
    report = import_parsed_organisations(
        session, read_organisations(path, mapping), dry_run=dry_run
    )
    return replace(report, dry_run=dry_run)


def _export_audit(session: Session, path: Path) -> int:
    from ssb_desktop.services.audit import AuditFilter
    from ssb_desktop.services.audit_export import export_audit_log

    return export_audit_log(session, path, AuditFilter(limit=None))


EXPORTERS: dict[str, Callable[[Session, Path], int]] = {
    "organisations": export_organisations,
    "audit": _export_audit,
}


def export_file(session: Session, kind: str, path: Path) -> int:
    exporter = EXPORTERS.get(kind)
    if exporter is None:
        raise AppError(N_("Errors", "Unknown kind of export {kind}."), {"kind": kind})
    return exporter(session, path)


def import_file(
    session: Session,
    kind: str,
    path: Path,
    *,
    mapping: Mapping[str, str] | None = None,
    dry_run: bool = False,
) -> ImportReport:
    if kind != "organisations":
        raise AppError(N_("Errors", "Unknown kind of import {kind}."), {"kind": kind})
    return import_organisations_file(session, path, mapping=mapping, dry_run=dry_run)
