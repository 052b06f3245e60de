"""Excel exchange entry points shared by the command line and the views (no Qt)."""

from __future__ import annotations

import gc
import re
from collections import defaultdict
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, replace
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ssb_desktop.db.tables import Organisation
from ssb_desktop.errors import N_, AppError, NotFoundError, ValidationError
from ssb_desktop.excel import reading
from ssb_desktop.excel.bids import BidRow, OrganisationRef, ParsedBids, read_bids, write_bids
from ssb_desktop.excel.criteria import (
    CriterionRow,
    ParsedCriteria,
    read_criteria,
    write_criteria,
)
from ssb_desktop.excel.organisations import ParsedWorkbook, read_organisations, write_organisations
from ssb_desktop.formatting import is_ascii_digits
from ssb_desktop.records import (
    BidMemberRecord,
    BidRecord,
    ConsortiumRole,
    CriterionRecord,
    ImportReport,
    LotRecord,
    OrganisationRecord,
    Problem,
    ScaleRecord,
)
from ssb_desktop.services import bids, criteria, organisations, procurement
from ssb_desktop.services import identifiers as ids
from ssb_desktop.services.common import as_utc
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


@reading.reports_unmapped
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


# --- bids -------------------------------------------------------------------------------------

_NOT_A_LOT = N_(
    "Errors",
    '"{value}" does not name a lot; write the procurement reference and the lot number, for '
    "example SSB-2019/1, or fill the procurement column.",
)
_NO_SUCH_LOT = N_("Errors", "There is no lot {label}; check the reference and the lot number.")
_OTHER_PROCUREMENT = N_(
    "Errors",
    "Lot {label} belongs to procurement {reference}, not to {procurement}; correct the "
    "procurement or the lot.",
)
_NO_SUCH_BID = N_(
    "Errors",
    "There is no bid with id {value} in this database; empty the id cell to add it as a new bid.",
)
_BID_ON_OTHER_LOT = N_(
    "Errors",
    "Bid {value} is a bid on lot {label}; a bid cannot move to another lot. Correct the lot, "
    "or empty the id cell to add a new bid.",
)
_SAME_BID_TWICE = N_("Errors", "This bid also appears on row {other}; keep one of the two rows.")
_AMBIGUOUS_BID = N_(
    "Errors",
    "{name} has several bids on lot {label}; fill the code or the id column to say which.",
)
_NO_BIDDER = N_("Errors", "Name the bidder: the organisation, or the lead of the consortium.")
_UNKNOWN_ORGANISATION = N_(
    "Errors",
    "{organisation} is not in the register of organisations; add it there, or import again "
    "with the option to add unknown organisations.",
)
_NAMELESS_ORGANISATION = N_(
    "Errors",
    "KvK number {kvk} is not in the register of organisations; add the organisation's name "
    "so that it can be added.",
)
_AMBIGUOUS_ORGANISATION = N_(
    "Errors",
    "Several organisations are called {name}; add the KvK number to say which one is meant.",
)
_NEW_ORGANISATION = N_(
    "Import",
    "{organisation} is not in the register yet and is added as a new organisation; complete "
    "its details on the Organisations page.",
)
_OTHER_NAME = N_(
    "Import",
    "KvK number {kvk} belongs to {name} in the register, not to {given}; the bid is linked to "
    "{name}.",
)


def _organisation_text(ref: OrganisationRef) -> str:
    if ref.name and ref.kvk:
        return f"{ref.name} (KvK {ref.kvk})"
    return ref.name or f"KvK {ref.kvk}"


def _organisation_key(ref: OrganisationRef) -> tuple[str, str]:
    kvk = ids.normalise_kvk(ref.kvk)
    return ("kvk", kvk) if kvk else ("name", organisations.fold(ref.name))


@dataclass(frozen=True, slots=True)
class _Known:
    id: int
    name: str


class _Register:
    """The organisations bids can name, looked up by KvK number or else by exact name."""

    def __init__(self, session: Session) -> None:
        self.by_kvk: dict[str, _Known] = {}
        self.by_name: dict[str, list[_Known]] = defaultdict(list)
        for org_id, name, kvk in session.execute(
            select(Organisation.id, Organisation.name, Organisation.kvk)
        ):
            known = _Known(org_id, name)
            if kvk:
                self.by_kvk[kvk] = known
            self.by_name[organisations.fold(name)].append(known)

    def find(self, ref: OrganisationRef) -> tuple[_Known | None, int]:
        """The organisation ``ref`` names and how many share its name (when matched by name)."""
        kvk = ids.normalise_kvk(ref.kvk)
        if kvk:
            found = self.by_kvk.get(kvk)
            return found, 0 if found is None else 1
        candidates = self.by_name.get(organisations.fold(ref.name), [])
        return (candidates[0] if len(candidates) == 1 else None), len(candidates)


def unknown_organisations(session: Session, parsed: ParsedBids) -> list[OrganisationRef]:
    """The organisations the workbook names that are not in the register, each once."""
    require(session, Permission.VIEW)
    register = _Register(session)
    found: dict[tuple[str, str], OrganisationRef] = {}
    for row in parsed.rows:
        for ref, _role in row.organisations():
            known, count = register.find(ref)
            if known is None and count == 0:
                found.setdefault(_organisation_key(ref), ref)
    return list(found.values())


def export_bids(
    session: Session,
    path: Path,
    records: Sequence[BidRecord] | None = None,
    *,
    lot_ids: Sequence[int] | None = None,
) -> int:
    """Write ``records`` (the page's list as shown), or the bids of ``lot_ids`` (default all)."""
    require(session, Permission.VIEW)
    if records is None:
        if lot_ids is None:
            records = bids.list_bids(session)
        else:
            records = [record for lot_id in lot_ids for record in bids.list_bids(session, lot_id)]
    records = bids.as_seen(session, records)  # whatever the caller passed: never more
    wanted = {member.organisation_id for record in records for member in record.members}
    kvk_of: dict[int, str] = {}
    if wanted:
        for org_id, kvk in session.execute(
            select(Organisation.id, Organisation.kvk).where(Organisation.id.in_(wanted))
        ):
            kvk_of[org_id] = kvk or ""
    write_bids(path, records, kvk_of)
    return len(records)


def read_bids_file(path: Path, mapping: Mapping[str, str] | None = None) -> ParsedBids:
    """Parse a bids workbook without touching the database (the preview's first step)."""
    return read_bids(path, mapping)


@dataclass(slots=True)
class _PlannedBid:
    """A row resolved against the database, ready to be saved once organisations exist."""

    row: BidRow
    lot: LotRecord
    base: BidRecord | None
    # Per organisation the row names: its id, or the key of an organisation to create.
    members: list[tuple[int | tuple[str, str], ConsortiumRole, OrganisationRef]]


class _BidImport:
    """Resolves rows to lots, organisations and existing bids, then saves them."""

    def __init__(self, session: Session, parsed: ParsedBids, create_organisations: bool) -> None:
        self.session = session
        self.parsed = parsed
        self.headers = parsed.column_of()
        self.create_organisations = create_organisations
        self.problems: list[Problem] = []
        self.warnings: list[Problem] = list(parsed.warnings)
        self.register = _Register(session)
        self.lots = {lot.label.casefold(): lot for lot in procurement.list_lots(session)}
        self.procurements = {p.id: p for p in procurement.list_procurements(session)}
        existing = bids.list_bids(session, as_shown=False)
        self.by_id = {bid.id: bid for bid in existing}
        self.by_lead: dict[tuple[int, int], list[BidRecord]] = defaultdict(list)
        for bid in existing:
            lead = next((m for m in bid.members if m.role is ConsortiumRole.LEAD), None)
            if lead is not None:
                self.by_lead[(bid.lot_id, lead.organisation_id)].append(bid)
        # Organisations to add, each with the first row that names it.
        self.new_organisations: dict[tuple[str, str], tuple[OrganisationRef, BidRow]] = {}

    def problem(self, row: BidRow, field: str, message: str, **params: Any) -> None:
        column = self.headers.get(field, "")
        self.problems.append(Problem(message, row.sheet, row.row, column, params, "Errors"))

    # --- resolving ---------------------------------------------------------------------------

    def lot_of(self, row: BidRow) -> LotRecord | None:
        text, reference = row.lot.strip(), row.procurement.strip()
        if "/" in text:
            label = text
        else:
            number = re.search(r"\d+", text)
            if number is None or not reference:
                self.problem(row, "lot", _NOT_A_LOT, value=text)
                return None
            label = f"{reference}/{int(number.group())}"
        head, _, tail = label.rpartition("/")
        label = f"{head.strip()}/{tail.strip().lstrip('0') or '0'}"
        lot = self.lots.get(label.casefold())
        if lot is None:
            self.problem(row, "lot", _NO_SUCH_LOT, label=label)
            return None
        if reference and reference.casefold() != lot.procurement_reference.casefold():
            self.problem(
                row,
                "procurement",
                _OTHER_PROCUREMENT,
                label=lot.label,
                reference=lot.procurement_reference,
                procurement=reference,
            )
            return None
        return lot

    def organisation(self, row: BidRow, ref: OrganisationRef) -> int | tuple[str, str] | None:
        known, count = self.register.find(ref)
        if known is not None:
            if ref.name and organisations.fold(ref.name) != organisations.fold(known.name):
                self.warnings.append(
                    Problem(
                        _OTHER_NAME,
                        row.sheet,
                        row.row,
                        ref.column,
                        {"kvk": ids.normalise_kvk(ref.kvk), "name": known.name, "given": ref.name},
                    )
                )
            return known.id
        column = ref.column
        if count > 1:
            self.problems.append(
                Problem(
                    _AMBIGUOUS_ORGANISATION,
                    row.sheet,
                    row.row,
                    column,
                    {"name": ref.name},
                    "Errors",
                )
            )
            return None
        if not self.create_organisations:
            self.problems.append(
                Problem(
                    _UNKNOWN_ORGANISATION,
                    row.sheet,
                    row.row,
                    column,
                    {"organisation": _organisation_text(ref)},
                    "Errors",
                )
            )
            return None
        if not ref.name:
            self.problems.append(
                Problem(
                    _NAMELESS_ORGANISATION, row.sheet, row.row, column, {"kvk": ref.kvk}, "Errors"
                )
            )
            return None
        key = _organisation_key(ref)
        if key not in self.new_organisations:
            self.new_organisations[key] = (ref, row)
            self.warnings.append(
                Problem(
                    _NEW_ORGANISATION,
                    row.sheet,
                    row.row,
                    column,
                    {"organisation": _organisation_text(ref)},
                )
            )
        return key

    def plan(self) -> list[_PlannedBid]:
        planned: list[_PlannedBid] = []
        seen: dict[int, int] = {}
        for row in self.parsed.rows:
            before = len(self.problems)
            lot = self.lot_of(row)
            members: list[tuple[int | tuple[str, str], ConsortiumRole, OrganisationRef]] = []
            for ref, role in row.organisations():
                found = self.organisation(row, ref)
                if found is not None:
                    members.append((found, role, ref))
            if row.lead is None and row.id is None:
                self.problem(row, "lead" if "lead" in self.headers else "lead_kvk", _NO_BIDDER)
            if lot is None or len(self.problems) > before:
                continue
            base = self.match(row, lot, members)
            if len(self.problems) > before:
                continue
            if base is not None:
                assert base.id is not None
                if base.id in seen:
                    self.problem(row, "lead", _SAME_BID_TWICE, other=seen[base.id])
                    continue
                seen[base.id] = row.row
            planned.append(_PlannedBid(row, lot, base, members))
        return planned

    def match(
        self,
        row: BidRow,
        lot: LotRecord,
        members: list[tuple[int | tuple[str, str], ConsortiumRole, OrganisationRef]],
    ) -> BidRecord | None:
        if row.id is not None:
            base = self.by_id.get(row.id)
            if base is None:
                self.problem(row, "id", _NO_SUCH_BID, value=row.id)
            elif base.lot_id != lot.id:
                self.problem(row, "lot", _BID_ON_OTHER_LOT, value=row.id, label=base.lot_label)
                base = None
            return base
        lead = next((m for m, role, _ref in members if role is ConsortiumRole.LEAD), None)
        if not isinstance(lead, int):
            return None
        candidates = self.by_lead.get((lot.id or 0, lead), [])
        if len(candidates) > 1 and row.code:
            candidates = [c for c in candidates if c.code == row.code.strip().upper()]
        if len(candidates) > 1:
            assert row.lead is not None
            self.problem(row, "lead", _AMBIGUOUS_BID, name=row.lead.name, label=lot.label)
            return None
        return candidates[0] if candidates else None

    # --- saving ------------------------------------------------------------------------------

    def record(
        self, plan: _PlannedBid, organisation_ids: Mapping[tuple[str, str], int]
    ) -> BidRecord:
        row, base, lot = plan.row, plan.base, plan.lot
        assert lot.id is not None
        start = base or BidRecord(id=None, lot_id=lot.id)
        present = row.present

        def member_ids(role: ConsortiumRole) -> list[BidMemberRecord]:
            return [
                BidMemberRecord(
                    found if isinstance(found, int) else organisation_ids[found], ref.name, role
                )
                for found, member_role, ref in plan.members
                if member_role is role
            ]

        members: list[BidMemberRecord] = []
        for role, fields in (
            (ConsortiumRole.LEAD, ("lead",)),
            (ConsortiumRole.MEMBER, ("members", "member_kvks")),
            (ConsortiumRole.SUBCONTRACTOR, ("subcontractors", "subcontractor_kvks")),
        ):
            if base is None or any(name in present for name in fields):
                members.extend(member_ids(role))
            else:
                members.extend(m for m in base.members if m.role is role)

        def chosen(name: str, value: Any, current: Any) -> Any:
            return value if name in present else current

        return replace(
            start,
            code=row.code.strip().upper() or start.code,
            received_at=row.received_at or start.received_at,
            late_reason=chosen("late_reason", row.late_reason, start.late_reason),
            price_per_year=chosen("price_per_year", row.price_per_year, start.price_per_year),
            price_total=chosen("price_total", row.price_total, start.price_total),
            status=row.status or start.status,
            status_reason=chosen("status_reason", row.status_reason, start.status_reason),
            documents=chosen("documents", row.documents, start.documents),
            notes=chosen("notes", row.notes, start.notes),
            their_reference=chosen("their_reference", row.their_reference, start.their_reference),
            members=tuple(members),
        )

    def comparable(self, record: BidRecord, lot: LotRecord) -> tuple[object, ...]:
        deadline = self.procurements[lot.procurement_id].submission_deadline
        received = record.received_at
        late = received is not None and bids.received_late(deadline, received)
        return (
            record.lot_id,
            record.code.strip().upper(),
            None if received is None else as_utc(received).replace(microsecond=0),
            record.late_reason.strip() if late else "",
            record.price_per_year,
            record.price_total,
            record.status,
            record.status_reason.strip(),
            record.notes.strip(),
            record.their_reference.strip(),
            sorted((m.organisation_id, m.role.value) for m in record.members),
            tuple(dict.fromkeys(d.strip() for d in record.documents if d.strip())),
        )

    def error_column(self, row: BidRow, error: ValidationError) -> str:
        field = error.field or ""
        if field == "price":
            bad_total = row.price_total is not None and row.price_total <= 0
            field = (
                "price_total"
                if bad_total or "price_per_year" not in self.headers
                else ("price_per_year")
            )
        elif field == "received_at":
            field = "received"
        elif field == "members":
            field = "lead" if "lead" in self.headers else "members"
        elif field == "late_reason" and "late_reason" not in self.headers:
            field = "received"
        elif field == "status_reason" and "status_reason" not in self.headers:
            field = "status"
        elif field == "lot_id":
            field = "lot"
        return self.headers.get(field, "")

    def save(
        self,
        planned: Sequence[_PlannedBid],
        on_progress: Callable[[int, int], None] | None,
    ) -> tuple[int, int, int]:
        """Create organisations and save the changed bids; (created, updated, unchanged)."""
        organisation_ids: dict[tuple[str, str], int] = {}
        for key, (ref, row) in self.new_organisations.items():
            try:
                with self.session.begin_nested():
                    saved = organisations.save_organisation(
                        self.session,
                        OrganisationRecord(id=None, name=ref.name, kvk=ids.normalise_kvk(ref.kvk)),
                    )
            except ValidationError as error:
                self.problems.append(
                    Problem(
                        error.message, row.sheet, row.row, ref.column, error.params, error.context
                    )
                )
                continue
            assert saved.id is not None
            organisation_ids[key] = saved.id
        if self.problems:
            return 0, 0, 0
        created = updated = unchanged = 0
        for position, plan in enumerate(planned):
            if on_progress is not None:
                on_progress(position, len(planned))
            record = self.record(plan, organisation_ids)
            if plan.base is not None and self.comparable(record, plan.lot) == self.comparable(
                plan.base, plan.lot
            ):
                unchanged += 1
                continue
            try:
                with self.session.begin_nested():
                    bids.save_bid(self.session, record, accept_late=bool(record.late_reason))
            except ValidationError as error:
                self.problems.append(
                    Problem(
                        error.message,
                        plan.row.sheet,
                        plan.row.row,
                        self.error_column(plan.row, error),
                        error.params,
                        error.context,
                    )
                )
                continue
            if plan.base is None:
                created += 1
            else:
                updated += 1
        if on_progress is not None:
            on_progress(len(planned), len(planned))
        return created, updated, unchanged


@reading.reports_unmapped
def import_parsed_bids(
    session: Session,
    parsed: ParsedBids,
    *,
    create_organisations: bool = False,
    dry_run: bool = False,
    on_progress: Callable[[int, int], None] | None = None,
) -> ImportReport:
    """Match rows on id, or on lot and lead (KvK number, else exact name); all or nothing.

    Every row is saved through :func:`services.bids.save_bid` inside a savepoint, so a dry run
    checks exactly the rules a real import applies, and then rolls everything back.
    """
    require(session, Permission.EDIT_PROCUREMENTS)
    if parsed.problems:
        return ImportReport(
            warnings=tuple(parsed.warnings), problems=tuple(parsed.problems), dry_run=dry_run
        )
    work = _BidImport(session, parsed, create_organisations)
    planned = work.plan()
    if work.problems:
        return ImportReport(
            warnings=tuple(work.warnings), problems=tuple(work.problems), dry_run=dry_run
        )
    savepoint = session.begin_nested()
    try:
        created, updated, unchanged = work.save(planned, on_progress)
    except BaseException:
        savepoint.rollback()
        raise
    keep = not work.problems and not dry_run and bool(created or updated or work.new_organisations)
    if keep:
        savepoint.commit()
    else:
        savepoint.rollback()
    return ImportReport(
        created=created,
        updated=updated,
        unchanged=unchanged,
        warnings=tuple(work.warnings),
        problems=tuple(work.problems),
        dry_run=dry_run,
        written=keep,
    )


def import_bids_file(
    session: Session,
    path: Path,
    *,
    mapping: Mapping[str, str] | None = None,
    dry_run: bool = False,
    create_organisations: bool = False,
) -> ImportReport:
    require(session, Permission.EDIT_PROCUREMENTS)
    return import_parsed_bids(
        session,
        read_bids(path, mapping),
        create_organisations=create_organisations,
        dry_run=dry_run,
    )


# --- criteria ---------------------------------------------------------------------------------

_UNKNOWN_PARENT = N_(
    "Errors",
    "No criterion in this sheet has the code or title {code}; correct the main criterion.",
)
_NO_MAIN_CRITERION = N_(
    "Errors",
    "The sub-criterion {name} has no main criterion above it; add the main criterion on a row "
    "above it.",
)
_UNKNOWN_SCALE = N_("Errors", "There is no scale {value}; use one of these scales: {scales}.")
_REMOVED_CRITERION = N_(
    "Import",
    "The criterion {name} is not in the workbook; importing removes it from lot {lot}.",
)
_NO_LOT = N_("Errors", "Choose the lot whose criteria to export or import, for example SSB-2019/1.")
# The column of the workbook a criteria problem's field points at.
_CRITERION_COLUMNS = {
    "code": "code",
    "weight": "weight",
    "is_price": "is_price",
    "scale": "scale",
    "knockout_minimum": "knockout_minimum",
    "money_per_point": "money_per_point",
    "description": "description",
}


def lots_named(session: Session, label: str | None) -> list[LotRecord]:
    """The lot ``REF/N``, or every lot of the procurement ``REF``."""
    if not label or not label.strip():
        raise ValidationError(_NO_LOT, field="lot")
    if "/" in label:
        return [procurement.find_lot(session, label)]
    found = [
        lot
        for lot in procurement.list_lots(session)
        if lot.procurement_reference.casefold() == label.strip().casefold()
    ]
    if not found:
        raise NotFoundError(
            N_("Errors", "There is no procurement {reference} with lots."),
            {"reference": label.strip()},
            field="lot",
        )
    return found


def export_criteria(session: Session, path: Path, lot_ids: Sequence[int]) -> int:
    """A sheet per lot with its criteria tree; returns the number of criteria written."""
    require(session, Permission.VIEW)
    lots = [procurement.get_lot(session, lot_id) for lot_id in lot_ids]
    return write_criteria(
        path, [(lot, criteria.list_criteria(session, lot.id or 0)) for lot in lots]
    )


def read_criteria_file(
    path: Path, lot_label: str, mapping: Mapping[str, str] | None = None
) -> ParsedCriteria:
    """Parse the sheet of lot ``lot_label`` without touching the database."""
    return read_criteria(path, lot_label, mapping)


def _sibling_ranks(records: Sequence[CriterionRecord]) -> dict[int, int]:
    """Each criterion's place among its siblings: positions may have gaps, the order counts."""
    groups: dict[int | None, list[CriterionRecord]] = defaultdict(list)
    for record in records:
        groups[record.parent_id].append(record)
    ranks: dict[int, int] = {}
    for siblings in groups.values():
        for rank, record in enumerate(sorted(siblings, key=lambda c: (c.position, c.code))):
            ranks[record.key] = rank
    return ranks


def _criterion_comparable(record: CriterionRecord, rank: int) -> tuple[object, ...]:
    return (
        record.parent_id,
        rank,
        record.code.strip(),
        record.title.strip(),
        record.description.strip(),
        record.weight,
        record.is_price,
        record.scale_id,
        record.knockout_minimum,
        record.money_per_point,
    )


class _CriteriaImport:
    """Turns the rows of one sheet into the lot's new criteria tree."""

    def __init__(
        self,
        parsed: ParsedCriteria,
        lot: LotRecord,
        existing: list[CriterionRecord],
        scales: list[ScaleRecord],
    ) -> None:
        self.parsed = parsed
        self.lot = lot
        self.headers = parsed.column_of()
        self.existing = existing
        self.scales = scales
        self.problems: list[Problem] = []
        self.row_of: dict[int, CriterionRow] = {}

    def problem(self, row: CriterionRow | None, field: str, message: str, **params: Any) -> None:
        self.problems.append(
            Problem(
                message,
                self.parsed.sheet,
                row.row if row is not None else None,
                self.headers.get(field, ""),
                params,
                "Errors",
            )
        )

    def bases(self) -> list[CriterionRecord | None]:
        by_code = {organisations.fold(c.code): c for c in self.existing if c.code}
        by_title: dict[str, list[CriterionRecord]] = defaultdict(list)
        for criterion in self.existing:
            by_title[organisations.fold(criterion.title)].append(criterion)
        taken: set[int] = set()
        found: list[CriterionRecord | None] = []
        for row in self.parsed.rows:
            base = by_code.get(organisations.fold(row.code)) if row.code else None
            if base is None and not row.code:
                candidates = by_title.get(organisations.fold(row.title), [])
                base = candidates[0] if len(candidates) == 1 else None
            if base is not None and base.key in taken:
                base = None
            if base is not None:
                taken.add(base.key)
            found.append(base)
        return found

    def parents(self, keys: Sequence[int]) -> list[int | None]:
        rows = self.parsed.rows
        by_code: dict[str, int] = {}
        for row, key in zip(rows, keys, strict=True):
            if row.code:
                by_code.setdefault(organisations.fold(row.code), key)
        by_title: dict[str, int] = {}
        for row, key in zip(rows, keys, strict=True):
            if row.title:
                by_title.setdefault(organisations.fold(row.title), key)
        by_main_title: dict[str, int] = {}
        parents: list[int | None] = []
        last_main: int | None = None
        for row, key in zip(rows, keys, strict=True):
            parent: int | None = None
            if row.parent_code:
                # The parent column holds a code; for a main criterion without one, its title.
                wanted = organisations.fold(row.parent_code)
                parent = by_code.get(wanted, by_title.get(wanted))
                if parent is None:
                    self.problem(row, "parent", _UNKNOWN_PARENT, code=row.parent_code)
            elif "." in row.code and organisations.fold(row.code.rpartition(".")[0]) in by_code:
                parent = by_code[organisations.fold(row.code.rpartition(".")[0])]
            elif row.is_sub:
                named = by_main_title.get(organisations.fold(row.main_title))
                parent = named if named is not None else last_main
                if parent is None:
                    self.problem(row, "subtitle", _NO_MAIN_CRITERION, name=row.title)
            if not row.is_sub:
                last_main = key
                by_main_title.setdefault(organisations.fold(row.title), key)
            parents.append(parent)
        return parents

    def records(self) -> list[CriterionRecord]:
        lot_id = self.lot.id or 0
        bases = self.bases()
        keys = [base.key if base is not None else -(index + 1) for index, base in enumerate(bases)]
        parents = self.parents(keys)
        scale_by_name = {organisations.fold(s.name): s for s in self.scales}
        positions: dict[int | None, int] = defaultdict(int)
        records: list[CriterionRecord] = []
        for row, base, key, parent in zip(self.parsed.rows, bases, keys, parents, strict=True):
            present = row.present
            start = base or CriterionRecord(id=None, lot_id=lot_id)
            scale_id, scale_name = start.scale_id, start.scale_name
            if "scale" in present:
                scale_id, scale_name = None, ""
                if row.scale:
                    scale = scale_by_name.get(organisations.fold(row.scale))
                    if scale is None:
                        self.problem(
                            row,
                            "scale",
                            _UNKNOWN_SCALE,
                            value=row.scale,
                            scales=", ".join(s.name for s in self.scales),
                        )
                    else:
                        scale_id, scale_name = scale.id, scale.name
            if row.is_price is not None:
                is_price = row.is_price
            elif base is not None:
                is_price = base.is_price
            else:
                is_price = organisations.fold(row.title) in {"prijs", "price"}
            position = positions[parent]
            positions[parent] += 1
            record = replace(
                start,
                lot_id=lot_id,
                parent_id=parent,
                position=position,
                code=row.code or start.code,
                title=row.title,
                description=row.description if "description" in present else start.description,
                weight=row.weight if row.weight is not None else Decimal(0),
                is_price=is_price,
                scale_id=scale_id,
                scale_name=scale_name,
                knockout_minimum=row.knockout_minimum
                if "knockout_minimum" in present
                else start.knockout_minimum,
                money_per_point=row.money_per_point
                if "money_per_point" in present
                else start.money_per_point,
                key=key,
            )
            self.row_of[key] = row
            records.append(record)
        return records

    def field_problem(
        self, field: str, message: str, params: Mapping[str, Any], context: str
    ) -> Problem:
        name, _, key_text = field.partition(":")
        row = self.row_of.get(int(key_text)) if is_ascii_digits(key_text.lstrip("-")) else None
        if name in ("title", "parent"):
            column = "subtitle" if row is not None and row.is_sub else "title"
            if name == "parent" and "parent" in self.headers:
                column = "parent"
        else:
            column = _CRITERION_COLUMNS.get(name, "")
        return Problem(
            message,
            self.parsed.sheet,
            row.row if row is not None else None,
            self.headers.get(column, ""),
            dict(params),
            context,
        )


@reading.reports_unmapped
def import_parsed_criteria(
    session: Session, parsed: ParsedCriteria, lot_label: str, *, dry_run: bool = False
) -> ImportReport:
    """Replace lot ``lot_label``'s criteria by the sheet's tree, or report why not."""
    require(session, Permission.EDIT_PROCUREMENTS)
    lot = procurement.find_lot(session, lot_label)
    assert lot.id is not None
    warnings = list(parsed.warnings)
    if parsed.problems:
        return ImportReport(
            warnings=tuple(warnings), problems=tuple(parsed.problems), dry_run=dry_run
        )
    existing = criteria.list_criteria(session, lot.id)
    scales = criteria.list_scales(session)
    work = _CriteriaImport(parsed, lot, existing, scales)
    records = work.records()
    if not work.problems:
        for found in criteria.check_criteria(
            records, {s.id: s for s in scales if s.id is not None}, lot
        ):
            work.problems.append(
                work.field_problem(found.field, found.message, found.params, found.context)
            )
    kept = {record.id for record in records if record.id is not None}
    for removed in existing:
        if removed.id not in kept:
            name = " ".join(part for part in (removed.code, removed.title) if part)
            warnings.append(
                Problem(
                    _REMOVED_CRITERION, parsed.sheet, None, "", {"name": name, "lot": lot.label}
                )
            )
    old_ranks = _sibling_ranks(existing)
    new_ranks = _sibling_ranks(records)
    by_id = {c.id: c for c in existing}
    created = updated = unchanged = 0
    for record in records:
        base = by_id.get(record.id) if record.id is not None else None
        if base is None:
            created += 1
        elif _criterion_comparable(record, new_ranks[record.key]) == _criterion_comparable(
            base, old_ranks[base.key]
        ):
            unchanged += 1
        else:
            updated += 1
    deleted = sum(1 for record in existing if record.id not in kept)
    changed = bool(created or updated or deleted)
    # Criteria are fixed once scoring has started: an unchanged sheet is fine, a change is not.
    if changed and (lot.criteria_locked or criteria.scores_exist(session, lot.id)):
        work.problems.append(Problem(criteria.LOCKED, parsed.sheet, None, "", {}, "Errors"))
    written = False
    if not work.problems and not dry_run and changed:
        try:
            with session.begin_nested():
                criteria.save_criteria(session, lot.id, records)
        except ValidationError as error:
            work.problems.append(
                work.field_problem(error.field or "", error.message, error.params, error.context)
            )
        else:
            written = True
    return ImportReport(
        created=created,
        updated=updated,
        unchanged=unchanged,
        deleted=deleted,
        warnings=tuple(warnings),
        problems=tuple(work.problems),
        dry_run=dry_run,
        written=written,
    )


def import_criteria_file(
    session: Session,
    path: Path,
    lot_label: str,
    *,
    mapping: Mapping[str, str] | None = None,
    dry_run: bool = False,
) -> ImportReport:
    require(session, Permission.EDIT_PROCUREMENTS)
    procurement.find_lot(session, lot_label)
    return import_parsed_criteria(
        session, read_criteria(path, lot_label, mapping), lot_label, dry_run=dry_run
    )


# --- dispatch by kind (the command line) ------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ExchangeOptions:
    """What a headless export or import may be told besides the kind and the file."""

    lot: str | None = None
    mapping: Mapping[str, str] | None = None
    dry_run: bool = False
    create_organisations: bool = False
    # Labels and values of the workbook (the audit log's words); English without it.
    translate: Callable[[str, str], str] | None = None


def _export_audit(session: Session, path: Path, options: ExchangeOptions) -> int:
    from ssb_desktop.services.audit import AuditFilter
    from ssb_desktop.services.audit_export import export_audit_log
    from ssb_desktop.services.audit_values import untranslated

    translate = options.translate or untranslated
    return export_audit_log(session, path, AuditFilter(limit=None), translate)


def _export_bids(session: Session, path: Path, options: ExchangeOptions) -> int:
    lot_ids = None
    if options.lot:
        lot_ids = [lot.id for lot in lots_named(session, options.lot) if lot.id is not None]
    return export_bids(session, path, lot_ids=lot_ids)


def _export_criteria(session: Session, path: Path, options: ExchangeOptions) -> int:
    lots = lots_named(session, options.lot)
    return export_criteria(session, path, [lot.id for lot in lots if lot.id is not None])


EXPORTERS: dict[str, Callable[[Session, Path, ExchangeOptions], int]] = {
    "organisations": lambda session, path, _options: export_organisations(session, path),
    "audit": _export_audit,
    "bids": _export_bids,
    "criteria": _export_criteria,
}


def _import_criteria(session: Session, path: Path, options: ExchangeOptions) -> ImportReport:
    lots = lots_named(session, options.lot)
    if len(lots) != 1:
        raise ValidationError(_NO_LOT, field="lot")
    return import_criteria_file(
        session, path, lots[0].label, mapping=options.mapping, dry_run=options.dry_run
    )


IMPORTERS: dict[str, Callable[[Session, Path, ExchangeOptions], ImportReport]] = {
    "organisations": lambda session, path, options: import_organisations_file(
        session, path, mapping=options.mapping, dry_run=options.dry_run
    ),
    "bids": lambda session, path, options: import_bids_file(
        session,
        path,
        mapping=options.mapping,
        dry_run=options.dry_run,
        create_organisations=options.create_organisations,
    ),
    "criteria": _import_criteria,
}


def export_file(
    session: Session,
    kind: str,
    path: Path,
    *,
    lot: str | None = None,
    translate: Callable[[str, str], str] | None = None,
) -> int:
    exporter = EXPORTERS.get(kind)
    if exporter is None:
        raise AppError(N_("Errors", "Unknown kind of export {kind}."), {"kind": kind})
    return exporter(session, path, ExchangeOptions(lot=lot, translate=translate))


def import_file(
    session: Session,
    kind: str,
    path: Path,
    *,
    mapping: Mapping[str, str] | None = None,
    dry_run: bool = False,
    lot: str | None = None,
    create_organisations: bool = False,
) -> ImportReport:
    importer = IMPORTERS.get(kind)
    if importer is None:
        raise AppError(N_("Errors", "Unknown kind of import {kind}."), {"kind": kind})
    options = ExchangeOptions(
        lot=lot, mapping=mapping, dry_run=dry_run, create_organisations=create_organisations
    )
    return replace(importer(session, path, options), dry_run=dry_run)
