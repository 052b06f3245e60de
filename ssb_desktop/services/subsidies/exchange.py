"""Subsidy applications through Excel: import of colleagues' lists and returned forms, and the
applications export, the allocation for the alderman's memo and the application form (no Qt)."""

from __future__ import annotations

import unicodedata
from collections import defaultdict
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal
from operator import itemgetter
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ssb_desktop.db.audit import insert_audited, insert_audited_columns
from ssb_desktop.db.bulk import bulk_write_cache, insert_columns
from ssb_desktop.db.tables import District, Organisation, Theme
from ssb_desktop.db.tables.subsidies import (
    Application,
    CeilingChange,
    SubsidyScheme,
    application_districts,
)
from ssb_desktop.errors import N_, AppError, NotFoundError
from ssb_desktop.excel import reading
from ssb_desktop.excel.applications import (
    STATUS_TEXT,
    AllocationSummary,
    ApplicationRow,
    FormScheme,
    ParsedApplications,
    read_applications,
    write_allocation,
    write_applications,
)
from ssb_desktop.excel.applications import (
    write_application_form as write_form_workbook,
)
from ssb_desktop.excel.reading import collector_paused
from ssb_desktop.formatting import format_date, format_money, is_ascii_digits, local_today
from ssb_desktop.records import (
    ApplicationFilter,
    ApplicationRecord,
    ApplicationStatus,
    DecidingBody,
    ImportReport,
    OrganisationKind,
    Problem,
    SchemeRecord,
)
from ssb_desktop.services import identifiers as ids
from ssb_desktop.services import subsidies
from ssb_desktop.services.permissions import Permission, require
from ssb_desktop.services.subsidies import rules
from ssb_desktop.services.subsidies.rules import ZERO

CONTEXT = "Errors"

_NO_SCHEME = N_("Errors", "There is no subsidy scheme with id {id}; choose an existing scheme.")
_UNKNOWN_SCHEME = N_(
    "Errors",
    'There is no scheme "{value}"; write the name of a scheme as the Subsidies page shows it, '
    "or choose the scheme for the whole import.",
)
_AMBIGUOUS_SCHEME = N_(
    "Errors",
    'Several schemes of {year} are called "{value}"; choose the scheme for the whole import.',
)
_OTHER_SCHEME = N_(
    "Errors",
    'The row names the scheme "{value}", but this import is for the scheme {scheme}; correct '
    "the row or import it separately.",
)
_OTHER_THEME = N_(
    "Errors",
    'The row has the theme "{value}", but the scheme {scheme} is for the theme {theme}; '
    "correct the row or choose another scheme.",
)
_NO_THEME_SCHEME = N_(
    "Errors",
    'There is no scheme for the theme "{value}" in {year}; set the scheme up on the Subsidies '
    "page, or choose the scheme for the whole import.",
)
_AMBIGUOUS_THEME = N_(
    "Errors",
    'The theme "{value}" has several schemes in {year}; add a column Regeling, or choose the '
    "scheme for the whole import.",
)
_SCHEME_NEEDED = N_(
    "Errors",
    "It is not known for which scheme this application is; add a column Regeling or Thema, or "
    "choose the scheme for the whole import.",
)
_BAD_KVK = N_("Errors", 'KvK number "{value}" is not valid: a KvK number has exactly 8 digits.')
_BAD_IBAN = N_(
    "Errors",
    'IBAN "{value}" is not valid: it fails its check digits or has the wrong length; check it '
    "for a typing error.",
)
_OTHER_IBAN = N_(
    "Import",
    "The register has IBAN {register} for {name}, not {given}; the register is not changed "
    "by this import. Change it on the Organisations page if the new account is right.",
)
_NAME_MATCH = N_(
    "Errors",
    '"{given}" has no KvK number that is in the register, but its name matches {name} in '
    "the register. If that is the same organisation, import again and confirm the name "
    "matches; otherwise add the KvK number.",
)
_NAME_MATCH_CONFIRMED = N_(
    "Import", '"{given}" is linked to {name} in the register by its name (confirmed).'
)
_AMBIGUOUS_ORGANISATION = N_(
    "Errors",
    "Several organisations in the register are called {name}; add the KvK number to say which "
    "one applies.",
)
_UNKNOWN_ORGANISATION = N_(
    "Errors",
    "{organisation} is not in the register of organisations; add it there, or import again "
    "with the option to add unknown organisations.",
)
_NEW_ORGANISATION = N_(
    "Import",
    "{organisation} is not in the register yet and is added as a volunteer organisation; "
    "complete its details on the Organisations page.",
)
_NAMELESS_ORGANISATION = N_(
    "Errors",
    "KvK number {kvk} is not in the register of organisations; add the organisation's name "
    "so that it can be added.",
)
_OTHER_NAME = N_(
    "Import",
    "KvK number {kvk} belongs to {name} in the register, not to {given}; the application is "
    "linked to {name}.",
)
_UNKNOWN_DISTRICT = N_(
    "Errors", 'Unknown district "{value}"; write one of these districts: {districts}.'
)
_NO_SUCH_APPLICATION = N_(
    "Errors",
    "There is no application with id {value} in this database; empty the id cell to add it "
    "as a new application.",
)
_SAME_TWICE = N_(
    "Errors",
    "This application also appears on row {other} (same applicant, scheme, activity and date "
    "of receipt, or same reference); keep one of the two rows.",
)
_GRANTED_ABOVE_REQUESTED = N_(
    "Errors",
    "The granted amount {granted} is more than the requested amount {requested}; correct one "
    "of the two.",
)
_GRANTED_WITHOUT_GRANT = N_(
    "Errors",
    "A granted amount {granted} is given, but the status says the application was not "
    "granted; correct the status or empty the amount.",
)
_GRANTED_TAKEN = N_(
    "Import",
    "The status says granted but no amount is given; the requested amount {amount} is taken "
    "as granted.",
)
_DECIDED_IN_PROGRAM = N_(
    "Errors",
    "Decisions are taken in the program: this cell says {given}, but {stored} is recorded for "
    "application {reference}. Take the decision on the Subsidies page, or put the recorded "
    "value back in this cell.",
)
_FIXED_AFTER_DECISION_CHANGED = N_(
    "Errors",
    "Application {reference} has been decided: this cell says {given}, but {stored} is "
    "recorded, and that can no longer change. Put the recorded value back in this cell.",
)
_SETTLED_NEW = N_(
    "Errors",
    "A settlement is recorded in the program, after the grant, with its reason; empty this "
    "cell and settle the application on the Subsidies page.",
)
_UNKNOWN_KIND = N_("Errors", "Unknown kind of {command} {kind}.")
_SCHEME_REQUIRED = N_(
    "Errors", "Name the scheme with --scheme ID; the Subsidies page shows the id of each scheme."
)


# --- options and filters ----------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ApplicationImportOptions:
    """What the user decided before an import: the scheme for every row (else a Regeling or
    Thema column says it), whether name-only matches are confirmed, whether unknown
    organisations are added to the register."""

    scheme_id: int | None = None
    confirm_name_matches: bool = False
    create_organisations: bool = False


_FOLDED: dict[str, str] = {}
# Characters met in decomposed texts: the combining ones (accents) map to None, so that
# str.translate drops them; the others are only remembered as seen.
_COMBINING: dict[int, None] = {}
_NOT_COMBINING: set[str] = set()


def _fold_unicode(text: str) -> str:
    """What :func:`services.organisations.fold` gives, with the accents dropped in one
    ``translate`` rather than a test per character."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    for char in set(decomposed) - _NOT_COMBINING:
        if unicodedata.combining(char):
            _COMBINING[ord(char)] = None
        else:
            _NOT_COMBINING.add(char)
    return " ".join(decomposed.translate(_COMBINING).split())


def fold(text: str) -> str:
    """:func:`services.organisations.fold`, memoised, with a fast path for plain ASCII."""
    found = _FOLDED.get(text)
    if found is None:
        found = " ".join(text.lower().split()) if text.isascii() else _fold_unicode(text)
        if len(_FOLDED) > 200_000:
            _FOLDED.clear()
        _FOLDED[text] = found
    return found


# --- reading the database in bulk -------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Scheme:
    id: int
    name: str
    year: int
    theme_id: int | None
    theme_name: str
    ceiling: Decimal
    opens_on: date
    closes_on: date | None
    deciding_body: DecidingBody
    contract_holder_from_year: int | None

    @property
    def label(self) -> str:
        return f"{self.name} ({self.year})"

    @property
    def contract_holder_decides(self) -> bool:
        return rules.holder_decides(self.deciding_body, self.contract_holder_from_year, self.year)


def _schemes(session: Session) -> dict[int, _Scheme]:
    """Every scheme, with the ceiling in force now (the latest change, else as announced)."""
    latest: dict[int, Decimal] = {}
    for scheme_id, ceiling in session.execute(
        select(CeilingChange.scheme_id, CeilingChange.ceiling).order_by(CeilingChange.changed_on)
    ):
        latest[scheme_id] = ceiling
    found: dict[int, _Scheme] = {}
    for scheme, theme_name in session.execute(
        select(SubsidyScheme, Theme.name).outerjoin(Theme, Theme.id == SubsidyScheme.theme_id)
    ):
        found[scheme.id] = _Scheme(
            scheme.id,
            scheme.name,
            scheme.year,
            scheme.theme_id,
            theme_name or "",
            latest.get(scheme.id, scheme.ceiling),
            scheme.opens_on,
            scheme.closes_on,
            scheme.deciding_body,
            scheme.contract_holder_from_year,
        )
    return found


def _scheme(session: Session, scheme_id: int) -> _Scheme:
    scheme = _schemes(session).get(scheme_id)
    if scheme is None:
        raise NotFoundError(_NO_SCHEME, {"id": scheme_id}, field="scheme")
    return scheme


def _district_links(session: Session, application_ids: set[int] | None) -> dict[int, list[int]]:
    links: dict[int, list[int]] = defaultdict(list)
    query = select(
        application_districts.c.application_id, application_districts.c.district_id
    ).order_by(application_districts.c.application_id)
    if application_ids is not None:
        if not application_ids:
            return links
        query = query.where(application_districts.c.application_id.in_(application_ids))
    for application_id, district_id in session.execute(query):
        links[application_id].append(district_id)
    return links


def _deciding_text(record: ApplicationRecord) -> str:
    """Who decides, in Dutch as the workbooks are: the municipality or the contract holder."""
    if record.deciding_body is DecidingBody.CONTRACT_HOLDER:
        return record.deciding_organisation_name or f"Contracthouder {record.theme_name}".strip()
    return "Gemeente"


# --- export -----------------------------------------------------------------------------------


def export_applications(
    session: Session,
    path: Path,
    filter: ApplicationFilter | Sequence[ApplicationRecord] | None = None,
) -> int:
    """Write the applications ``filter`` selects (or the page's records as shown, or all)."""
    require(session, Permission.VIEW)
    if filter is None or isinstance(filter, ApplicationFilter):
        records = subsidies.list_applications(session, filter)
    else:
        records = list(filter)
    write_applications(
        path, records, {record.id: _deciding_text(record) for record in records if record.id}
    )
    return len(records)


def export_allocation(session: Session, scheme_id: int, path: Path) -> int:
    """The allocation of one scheme for the alderman's memo: ceiling, per application what
    was requested and granted with its status, and what remains; returns the rows written."""
    require(session, Permission.VIEW)
    scheme = _scheme(session, scheme_id)
    records = [
        record
        for record in subsidies.list_applications(session, ApplicationFilter(scheme_id=scheme_id))
        if record.status is not ApplicationStatus.WITHDRAWN
    ]
    records.sort(key=lambda record: (record.received_on, record.reference))
    granted = ZERO
    remaining_after: list[Decimal] = []
    for record in records:
        granted += record.granted or ZERO
        remaining_after.append(rules.ceiling_left(scheme.ceiling, granted))
    summary = AllocationSummary(
        scheme=scheme.name,
        year=scheme.year,
        theme=scheme.theme_name,
        ceiling=scheme.ceiling,
        requested=sum((record.requested for record in records), ZERO),
        granted=granted,
        deciding=f"Contracthouder {scheme.theme_name}".strip()
        if scheme.contract_holder_decides
        else "Gemeente",
        remaining=rules.ceiling_left(scheme.ceiling, granted),
    )
    write_allocation(path, summary, records, remaining_after)
    return len(records)


def write_application_form(
    session: Session, path: Path, scheme_id: int, *, today: date | None = None
) -> None:
    """Generate the application form of scheme ``scheme_id`` for volunteer organisations."""
    require(session, Permission.VIEW)
    day = today or local_today()
    schemes = _schemes(session)
    chosen = schemes.get(scheme_id)
    if chosen is None:
        raise NotFoundError(_NO_SCHEME, {"id": scheme_id}, field="scheme")
    offered = [
        scheme
        for scheme in sorted(schemes.values(), key=lambda s: (s.year, s.name))
        if scheme.id == scheme_id or scheme.closes_on is None or scheme.closes_on >= day
    ]
    districts = list(
        session.scalars(
            select(District.name).where(District.active.is_(True)).order_by(District.number)
        )
    )
    write_form_workbook(
        path,
        FormScheme(chosen.id, chosen.name, chosen.year, chosen.closes_on),
        [FormScheme(s.id, s.name, s.year, s.closes_on) for s in offered],
        districts,
        today=day,
    )


# --- import -----------------------------------------------------------------------------------


def read_applications_file(
    path: Path, mapping: Mapping[str, str] | None = None
) -> ParsedApplications:
    """Parse a workbook without touching the database (the preview's first step)."""
    return read_applications(path, mapping)


@dataclass(frozen=True, slots=True)
class _Known:
    id: int
    name: str
    kvk: str
    iban: str


@dataclass(slots=True)
class _Existing:
    """An application already in the database, as far as an import can change it."""

    id: int
    reference: str
    values: dict[str, Any]


# Fields an import compares and writes, in the names of the Application table.
_FIELDS = (
    "scheme_id",
    "applicant_id",
    "activity",
    "goals",
    "requested",
    "budget_total",
    "other_funders",
    "members",
    "received_on",
    "status",
    "decision_on",
    "granted",
    "settled",
    "ranking_score",
    "notes",
    "their_reference",
)
# Fields of a new application taken as planned (besides its reference, scheme and applicant).
_CREATED_FIELDS = (
    "activity",
    "goals",
    "requested",
    "budget_total",
    "other_funders",
    "members",
    "received_on",
    "status",
    "decision_on",
    "granted",
    "ranking_score",
    "notes",
    "their_reference",
    "deciding_organisation_id",
)
# Fields only the program's decisions change (grant, refusal, settlement, the status flow): an
# import shows them but never writes a change to an existing application.
_DECISION_FIELDS = ("status", "decision_on", "granted", "settled")
# Fields fixed once an application is decided (as ``subsidies.save_application`` says).
_FIXED_AFTER_DECISION = ("scheme_id", "applicant_id", "requested", "received_on", "ranking_score")
# Table field -> the row field whose column a problem names.
_COLUMN_OF = {
    "scheme_id": "scheme",
    "applicant_id": "applicant",
    "requested": "requested",
    "received_on": "received",
    "ranking_score": "ranking_score",
    "status": "status",
    "decision_on": "decision_on",
    "granted": "granted",
    "settled": "settled",
}
# Row field -> table field, for the fields a missing column leaves as stored.
_ROW_FIELDS = {
    "activity": "activity",
    "goals": "goals",
    "requested": "requested",
    "budget": "budget_total",
    "other_funders": "other_funders",
    "members": "members",
    "received": "received_on",
    "status": "status",
    "decision_on": "decision_on",
    "granted": "granted",
    "settled": "settled",
    "ranking_score": "ranking_score",
    "notes": "notes",
    "their_reference": "their_reference",
}

_NewKey = tuple[str, str]


@dataclass(slots=True)
class _Planned:
    row: ApplicationRow
    scheme: _Scheme
    applicant: int | _NewKey
    values: dict[str, Any]
    district_ids: tuple[int, ...]
    base: _Existing | None


class _ApplicationImport:
    """Resolves rows to schemes, organisations, districts and existing applications."""

    def __init__(
        self, session: Session, parsed: ParsedApplications, options: ApplicationImportOptions
    ) -> None:
        self.session = session
        self.parsed = parsed
        self.options = options
        self.headers = parsed.column_of()
        self.problems: list[Problem] = []
        self.warnings: list[Problem] = list(parsed.warnings)
        self.schemes = _schemes(session)
        fixed_id = options.scheme_id if options.scheme_id is not None else parsed.form_scheme_id
        self.fixed: _Scheme | None = None
        if fixed_id is not None:
            self.fixed = self.schemes.get(fixed_id)
            if self.fixed is None:
                raise NotFoundError(_NO_SCHEME, {"id": fixed_id}, field="scheme")
        self.schemes_by_name: dict[str, list[_Scheme]] = defaultdict(list)
        self.schemes_by_theme: dict[tuple[str, int], list[_Scheme]] = defaultdict(list)
        for scheme in self.schemes.values():
            self.schemes_by_name[fold(scheme.name)].append(scheme)
            self.schemes_by_name[fold(scheme.label)].append(scheme)
            if scheme.theme_name:
                self.schemes_by_theme[(fold(scheme.theme_name), scheme.year)].append(scheme)
        self.by_id: dict[int, _Known] = {}
        self.by_kvk: dict[str, _Known] = {}
        self.by_name: dict[str, list[_Known]] = defaultdict(list)
        for org_id, name, kvk, iban in session.execute(
            select(Organisation.id, Organisation.name, Organisation.kvk, Organisation.iban)
        ):
            known = _Known(org_id, name, kvk or "", iban or "")
            self.by_id[org_id] = known
            if kvk:
                self.by_kvk[kvk] = known
            self.by_name[fold(name)].append(known)
        self.district_by_name: dict[str, int] = {}
        self.district_names: list[str] = []
        for district_id, number, name in session.execute(
            select(District.id, District.number, District.name).order_by(District.number)
        ):
            self.district_by_name[fold(name)] = district_id
            self.district_by_name.setdefault(str(number), district_id)
            self.district_names.append(name)
        self.existing_by_id: dict[int, _Existing] = {}
        self.existing_by_reference: dict[str, _Existing] = {}
        self.existing_by_key: dict[tuple[Any, ...], _Existing] = {}
        columns = [getattr(Application, name) for name in _FIELDS]
        rows = session.execute(select(Application.id, Application.reference, *columns)).all()
        links = _district_links(session, None) if rows else {}
        for application_id, reference, *values in rows:
            stored = dict(zip(_FIELDS, values, strict=True))
            stored["districts"] = tuple(sorted(links.get(application_id, ())))
            existing = _Existing(application_id, reference, stored)
            self.existing_by_id[application_id] = existing
            self.existing_by_reference[fold(reference)] = existing
            self.existing_by_key[self.natural_key(stored)] = existing
        self.highest_reference = rules.highest_numbers(self.existing_by_reference_text())
        # Per organisation the row names: the outcome, computed once.
        self.applicants: dict[tuple[str, str], int | _NewKey | None] = {}
        # The same outcome by the cells as written, which tens of thousands of rows repeat.
        self.applicants_by_cells: dict[tuple[str, str], int | _NewKey | None] = {}
        # Per district cell: the ids it names, or the first text that names no district.
        self.district_cache: dict[tuple[str, ...], tuple[int, ...] | str] = {}
        self.new_organisations: dict[_NewKey, tuple[str, str, str]] = {}
        self.scheme_cache: dict[tuple[str, str, int | None], _Scheme | Problem] = {}
        self.scheme_records: dict[int | None, SchemeRecord] | None = None
        self.deciders: dict[tuple[int, date], int | AppError | None] = {}
        # The schemes whose contract holder decides (see decider_of).
        self.holder_decides = {
            scheme.id for scheme in self.schemes.values() if scheme.contract_holder_decides
        }

    def existing_by_reference_text(self) -> list[str]:
        return [existing.reference for existing in self.existing_by_id.values()]

    @staticmethod
    def natural_key(values: Mapping[str, Any]) -> tuple[Any, ...]:
        return (
            values["applicant_id"],
            values["scheme_id"],
            fold(values["activity"]),
            values["received_on"],
        )

    def problem(self, row: ApplicationRow, field: str, message: str, **params: Any) -> None:
        column = self.headers.get(field, "")
        self.problems.append(Problem(message, row.sheet, row.row, column, params, CONTEXT))

    def warning(self, row: ApplicationRow, field: str, message: str, **params: Any) -> None:
        column = self.headers.get(field, "")
        self.warnings.append(Problem(message, row.sheet, row.row, column, params, "Import"))

    # --- resolving ---------------------------------------------------------------------------

    def scheme_of(self, row: ApplicationRow) -> _Scheme | None:
        year = row.received.year if row.received is not None else None
        cache_key = (row.scheme, row.theme, year)
        cached = self.scheme_cache.get(cache_key)
        if cached is None:
            cached = self._resolve_scheme(row, year)
            self.scheme_cache[cache_key] = cached
        if isinstance(cached, Problem):
            self.problems.append(replace(cached, sheet=row.sheet, row=row.row))
            return None
        return cached

    def _resolve_scheme(self, row: ApplicationRow, year: int | None) -> _Scheme | Problem:
        fixed = self.fixed

        def problem(field: str, message: str, **params: Any) -> Problem:
            return Problem(
                message, row.sheet, row.row, self.headers.get(field, ""), params, CONTEXT
            )

        if row.scheme:
            text = row.scheme.strip()
            found: list[_Scheme] = []
            if is_ascii_digits(text) and int(text) in self.schemes:
                found = [self.schemes[int(text)]]
            else:
                found = list(dict.fromkeys(self.schemes_by_name.get(fold(text), [])))
            if len(found) > 1 and fixed is not None and fixed in found:
                found = [fixed]
            if len(found) > 1 and year is not None:
                found = [scheme for scheme in found if scheme.year == year] or found
            if not found:
                return problem("scheme", _UNKNOWN_SCHEME, value=text)
            if len(found) > 1:
                return problem("scheme", _AMBIGUOUS_SCHEME, value=text, year=year or "")
            if fixed is not None and found[0].id != fixed.id:
                return problem("scheme", _OTHER_SCHEME, value=text, scheme=fixed.label)
            return found[0]
        if fixed is not None:
            if row.theme and fixed.theme_name and fold(row.theme) != fold(fixed.theme_name):
                return problem(
                    "theme",
                    _OTHER_THEME,
                    value=row.theme,
                    scheme=fixed.label,
                    theme=fixed.theme_name,
                )
            return fixed
        if row.theme and year is not None:
            candidates = self.schemes_by_theme.get((fold(row.theme), year), [])
            if len(candidates) == 1:
                return candidates[0]
            message = _AMBIGUOUS_THEME if candidates else _NO_THEME_SCHEME
            return problem("theme", message, value=row.theme, year=year)
        return problem("scheme" if "scheme" in self.headers else "theme", _SCHEME_NEEDED)

    def applicant_of(self, row: ApplicationRow) -> int | _NewKey | None:
        cells = (row.kvk, row.applicant)
        if cells in self.applicants_by_cells:
            return self.applicants_by_cells[cells]
        kvk = ids.normalise_kvk(row.kvk)
        name = row.applicant.strip()
        key = (kvk, fold(name))
        if key in self.applicants:
            outcome = self.applicants[key]
        else:
            outcome = self._resolve_applicant(row, kvk, name)
            self.applicants[key] = outcome
        self.applicants_by_cells[cells] = outcome
        return outcome

    def _resolve_applicant(self, row: ApplicationRow, kvk: str, name: str) -> int | _NewKey | None:
        field = "applicant" if "applicant" in self.headers else "kvk"
        if kvk and ids.kvk_problem(kvk) is not None:
            self.problem(row, "kvk", _BAD_KVK, value=row.kvk)
            return None
        if kvk:
            known = self.by_kvk.get(kvk)
            if known is not None:
                if name and fold(name) != fold(known.name):
                    self.warning(row, "kvk", _OTHER_NAME, kvk=kvk, name=known.name, given=name)
                return known.id
        candidates = self.by_name.get(fold(name), []) if name else []
        if kvk:
            # A register entry with another KvK number is another organisation.
            candidates = [known for known in candidates if not known.kvk]
        if len(candidates) == 1:
            known = candidates[0]
            if not self.options.confirm_name_matches:
                self.problem(row, field, _NAME_MATCH, given=name, name=known.name)
                return None
            self.warning(row, field, _NAME_MATCH_CONFIRMED, given=name, name=known.name)
            return known.id
        if len(candidates) > 1:
            self.problem(row, field, _AMBIGUOUS_ORGANISATION, name=name)
            return None
        shown = f"{name} (KvK {kvk})" if name and kvk else name or f"KvK {kvk}"
        if not self.options.create_organisations:
            self.problem(row, field, _UNKNOWN_ORGANISATION, organisation=shown)
            return None
        if not name:
            self.problem(row, "kvk", _NAMELESS_ORGANISATION, kvk=kvk)
            return None
        new_key: _NewKey = ("kvk", kvk) if kvk else ("name", fold(name))
        if new_key not in self.new_organisations:
            iban = ids.normalise_iban(row.iban)
            self.new_organisations[new_key] = (
                name,
                kvk,
                iban if ids.iban_problem(iban) is None else "",
            )
            self.warning(row, field, _NEW_ORGANISATION, organisation=shown)
        return new_key

    def names_base_applicant(self, row: ApplicationRow, base: _Existing) -> bool:
        """Whether a row matched by its id still names that application's applicant (an
        export names it as the register does, so no confirmation is needed)."""
        if not (row.applicant or row.kvk):
            return True
        known = self.by_id.get(base.values["applicant_id"])
        if known is None:
            return False
        kvk = ids.normalise_kvk(row.kvk)
        if kvk:
            return kvk == known.kvk
        return fold(row.applicant) == fold(known.name)

    def check_iban(self, row: ApplicationRow, applicant: int | _NewKey | None) -> None:
        if not row.iban:
            return
        iban = ids.normalise_iban(row.iban)
        if ids.iban_problem(iban) is not None:
            self.problem(row, "iban", _BAD_IBAN, value=row.iban)
            return
        if isinstance(applicant, int):
            known = self.by_id.get(applicant)
            if known is not None and known.iban and known.iban != iban:
                self.warning(
                    row, "iban", _OTHER_IBAN, register=known.iban, name=known.name, given=iban
                )

    def districts_of(self, row: ApplicationRow) -> tuple[int, ...] | None:
        found = self.district_cache.get(row.districts)
        if found is None:
            found = self.district_cache[row.districts] = self._resolve_districts(row.districts)
        if isinstance(found, str):
            self.problem(
                row,
                "districts",
                _UNKNOWN_DISTRICT,
                value=found,
                districts=", ".join(self.district_names),
            )
            return None
        return found

    def _resolve_districts(self, texts: Sequence[str]) -> tuple[int, ...] | str:
        found: list[int] = []
        for text in texts:
            district_id = self.district_by_name.get(fold(text))
            if district_id is None:
                return text
            if district_id not in found:
                found.append(district_id)
        return tuple(sorted(found))

    def values_of(
        self, row: ApplicationRow, scheme: _Scheme, applicant: int | _NewKey, base: _Existing | None
    ) -> dict[str, Any]:
        if base is None:
            # A new application: every value as the row gives it (the common case of an
            # import, built at once).
            return {
                "scheme_id": scheme.id,
                "applicant_id": applicant if isinstance(applicant, int) else None,
                "activity": row.activity or "",
                "goals": row.goals or "",
                "requested": row.requested,
                "budget_total": row.budget,
                "other_funders": row.other_funders or "",
                "members": row.members,
                "received_on": row.received,
                "status": row.status,
                "decision_on": row.decision_on,
                "granted": row.granted,
                "settled": row.settled,
                "ranking_score": row.ranking_score,
                "notes": row.notes or "",
                "their_reference": row.their_reference or "",
            }
        present = row.present
        start: dict[str, Any] = dict(base.values)
        row_values = {
            "activity": row.activity,
            "goals": row.goals,
            "requested": row.requested,
            "budget": row.budget,
            "other_funders": row.other_funders,
            "members": row.members,
            "received": row.received,
            "status": row.status,
            "decision_on": row.decision_on,
            "granted": row.granted,
            "settled": row.settled,
            "ranking_score": row.ranking_score,
            "notes": row.notes,
            "their_reference": row.their_reference,
        }
        values: dict[str, Any] = {
            "scheme_id": scheme.id,
            "applicant_id": applicant if isinstance(applicant, int) else None,
        }
        for row_field, table_field in _ROW_FIELDS.items():
            value = row_values[row_field]
            if base is not None and (
                row_field not in present
                or (value is None and table_field in ("requested", "received_on"))
            ):
                value = start[table_field]
            values[table_field] = value
        for text_field in ("activity", "goals", "other_funders", "notes", "their_reference"):
            if values[text_field] is None:
                values[text_field] = ""
        return values

    def keep_decisions(self, row: ApplicationRow, values: dict[str, Any], base: _Existing) -> bool:
        """An existing application keeps its decisions: a sheet that says otherwise is reported
        on that cell (an empty status cell says nothing); once decided, its scheme, applicant,
        amount, date of receipt and score stay as they are too."""
        stored = base.values
        if "status" in row.present and values["status"] is None:
            values["status"] = stored["status"]
        fine = True
        for name in _DECISION_FIELDS:
            if values[name] != stored[name]:
                self._changed(row, name, values[name], stored[name], base, _DECIDED_IN_PROGRAM)
                fine = False
        if stored["status"] not in rules.UNDECIDED:
            for name in _FIXED_AFTER_DECISION:
                if values[name] != stored[name]:
                    self._changed(
                        row, name, values[name], stored[name], base, _FIXED_AFTER_DECISION_CHANGED
                    )
                    fine = False
        return fine

    def _changed(
        self,
        row: ApplicationRow,
        name: str,
        given: Any,
        stored: Any,
        base: _Existing,
        message: str,
    ) -> None:
        if name == "applicant_id":
            names = {key: self.by_id[key].name for key in (given, stored) if key in self.by_id}
            given, stored = names.get(given, given), names.get(stored, stored)
        elif name == "scheme_id":
            given = self.schemes[given].label if given in self.schemes else given
            stored = self.schemes[stored].label if stored in self.schemes else stored
        self.problem(
            row,
            _COLUMN_OF[name],
            message,
            given=_shown(given),
            stored=_shown(stored),
            reference=base.reference,
        )

    def settle_status(self, row: ApplicationRow, values: dict[str, Any], new: bool) -> bool:
        """Derive the status from the granted amount and check that the two agree."""
        status: ApplicationStatus | None = values["status"]
        granted: Decimal | None = values["granted"]
        requested: Decimal = values["requested"]
        if status is None:
            if granted is not None and granted > 0:
                status = ApplicationStatus.GRANTED
            else:
                status = ApplicationStatus.RECEIVED
        if granted is not None and granted > requested:
            self.problem(
                row,
                "granted",
                _GRANTED_ABOVE_REQUESTED,
                granted=format_money(granted),
                requested=format_money(requested),
            )
            return False
        if status in rules.USING_BUDGET:
            if granted is None and new:
                granted = requested
                self.warning(row, "granted", _GRANTED_TAKEN, amount=format_money(requested))
            if (
                new
                and status is ApplicationStatus.GRANTED
                and granted is not None
                and granted < requested
            ):
                status = ApplicationStatus.PARTLY_GRANTED
        elif granted is not None and granted > 0:
            self.problem(row, "granted", _GRANTED_WITHOUT_GRANT, granted=format_money(granted))
            return False
        if new and values["settled"] is not None:
            self.problem(row, "settled", _SETTLED_NEW)
            return False
        values["status"] = status
        values["granted"] = granted
        return True

    def check_period(self, row: ApplicationRow, scheme: _Scheme, received: date) -> bool:
        problem = rules.period_problem(scheme.label, scheme.opens_on, scheme.closes_on, received)
        if problem is not None:
            self.problem(row, "received", problem.message, **problem.params)
            return False
        return True

    def decider_of(self, row: ApplicationRow, scheme: _Scheme, received: date) -> int | bool | None:
        """The organisation that decides (None: the municipality); False after a problem."""
        if not scheme.contract_holder_decides:
            return None
        key = (scheme.id, received)
        if key not in self.deciders:
            try:
                self.deciders[key] = subsidies.deciding_organisation(
                    self.session, self.scheme_records_by_id()[scheme.id], received
                )
            except AppError as error:
                self.deciders[key] = error
        found = self.deciders[key]
        if isinstance(found, AppError):
            self.problem(
                row,
                "scheme" if "scheme" in self.headers else "received",
                found.message,
                **found.params,
            )
            return False
        return found

    def match(self, row: ApplicationRow, values: Mapping[str, Any]) -> _Existing | None:
        if row.reference:
            found = self.existing_by_reference.get(fold(row.reference))
            if found is not None:
                return found
            return None
        if values["applicant_id"] is None or not self.existing_by_key:
            return None
        return self.existing_by_key.get(self.natural_key(values))

    def plan(self, on_progress: Callable[[int, int], None] | None) -> list[_Planned]:
        planned: list[_Planned] = []
        seen_ids: dict[int, int] = {}
        seen_references: dict[str, int] = {}
        seen_keys: dict[tuple[Any, ...], int] = {}
        total = len(self.parsed.rows)
        for position, row in enumerate(self.parsed.rows):
            if on_progress is not None and position % 1000 == 0:
                on_progress(position, total * 2)
            before = len(self.problems)
            base: _Existing | None = None
            if row.id is not None:
                base = self.existing_by_id.get(row.id)
                if base is None:
                    self.problem(row, "id", _NO_SUCH_APPLICATION, value=row.id)
                    continue
            if base is not None and not row.scheme and self.fixed is None and not row.theme:
                scheme: _Scheme | None = self.schemes[base.values["scheme_id"]]
            else:
                scheme = self.scheme_of(row)
            if base is not None and self.names_base_applicant(row, base):
                applicant: int | _NewKey | None = base.values["applicant_id"]
            else:
                applicant = self.applicant_of(row)
            if row.iban:
                self.check_iban(row, applicant)
            district_ids = self.districts_of(row)
            for problem in rules.text_problems(activity=row.activity, reference=row.reference):
                self.problem(row, problem.field, problem.message, **problem.params)
            if scheme is None or applicant is None or district_ids is None:
                continue
            if len(self.problems) > before:
                continue
            probe = self.values_of(row, scheme, applicant, base)
            if base is None:
                base = self.match(row, probe)
                if base is not None:
                    probe = self.values_of(row, scheme, applicant, base)
            if "districts" not in row.present and base is not None:
                district_ids = base.values["districts"]
            if base is not None:
                if not self.keep_decisions(row, probe, base):
                    continue
            elif not self.settle_status(row, probe, True):
                continue
            received: date = probe["received_on"]
            if (
                (base is None or base.values["received_on"] != received)
                # Within the scheme's period: nothing to check further.
                and not self.check_period(row, scheme, received)
            ):
                continue
            decider: int | bool | None = None
            if scheme.id in self.holder_decides:
                decider = self.decider_of(row, scheme, received)
                if decider is False:
                    continue
            probe["deciding_organisation_id"] = decider
            natural = (
                applicant,
                scheme.id,
                fold(probe["activity"]),
                received,
            )
            # The first earlier row that is the same application: by id, reference or key.
            other = seen_ids.get(base.id) if base is not None else None
            reference_key = fold(row.reference) if row.reference else None
            if other is None and reference_key is not None:
                other = seen_references.get(reference_key)
            if other is None:
                other = seen_keys.get(natural)
            if other is not None:
                self.problem(
                    row, "activity" if "activity" in self.headers else "", _SAME_TWICE, other=other
                )
                continue
            if base is not None:
                seen_ids[base.id] = row.row
            if reference_key is not None:
                seen_references[reference_key] = row.row
            seen_keys[natural] = row.row
            planned.append(_Planned(row, scheme, applicant, probe, district_ids, base))
        return planned

    def check_grants(self, planned: Sequence[_Planned]) -> None:
        """A new application with a (historic) grant meets every rule of a single decision
        (:func:`rules.grant_problems`): the ceiling that applies to it (the higher of the one
        in force on its date of receipt and on the day of the decision) less what was granted
        before it — the stored grants, and the imported ones earlier in the scheme's order
        (date of receipt, then row) — the maximum per applicant and the amount per member.
        Existing applications keep their grants (see :meth:`keep_decisions`)."""
        new_grants = [
            item for item in planned if item.base is None and (item.values["granted"] or 0) > 0
        ]
        if not new_grants:
            return
        committed: dict[int, Decimal] = defaultdict(Decimal)
        by_applicant: dict[tuple[int, Any], Decimal] = defaultdict(Decimal)
        for existing in self.existing_by_id.values():
            stored = existing.values
            if stored["granted"] is not None and stored["status"] in rules.USING_BUDGET:
                committed[stored["scheme_id"]] += stored["granted"]
                by_applicant[(stored["scheme_id"], stored["applicant_id"])] += stored["granted"]
        records = self.scheme_records_by_id()
        day = local_today()
        for item in sorted(new_grants, key=lambda item: (item.values["received_on"], item.row.row)):
            scheme = records[item.scheme.id]
            values = item.values
            granted: Decimal = values["granted"]
            received: date = values["received_on"]
            decided: date = values["decision_on"] or day
            applicant_key = (item.scheme.id, item.applicant)
            context = rules.GrantContext(
                scheme_name=item.scheme.label,
                ceiling=rules.scheme_ceiling(scheme, received, decided),
                granted_before=committed[item.scheme.id],
                max_per_applicant=scheme.max_per_applicant,
                used_by_applicant=by_applicant[applicant_key],
                amount_per_member=scheme.amount_per_member,
                members=values["members"],
            )
            for problem in rules.grant_problems(
                granted, values["requested"], received, decided, context
            ):
                self.problem(item.row, problem.field, problem.message, **problem.params)
            committed[item.scheme.id] += granted
            by_applicant[applicant_key] += granted

    def scheme_records_by_id(self) -> dict[int | None, SchemeRecord]:
        if self.scheme_records is None:
            records = subsidies.list_schemes(self.session)
            self.scheme_records = {record.id: record for record in records}
        return self.scheme_records

    # --- writing -----------------------------------------------------------------------------

    def next_reference(self, year: int, taken: set[str]) -> str:
        reference, number = rules.next_reference(year, self.highest_reference.get(year, 0), taken)
        self.highest_reference[year] = number
        return reference

    def write_creates(self, creates: Sequence[_Planned], new_ids: Mapping[_NewKey, int]) -> None:
        """The new applications in one statement, column by column, with their audit entries
        and district links."""
        taken = set(self.existing_by_reference) | {
            fold(item.row.reference) for item in creates if item.row.reference
        }
        references = [
            item.row.reference or self.next_reference(item.scheme.year, taken) for item in creates
        ]
        applicant_ids = [
            item.applicant if isinstance(item.applicant, int) else new_ids[item.applicant]
            for item in creates
        ]
        values = [item.values for item in creates]
        columns: dict[str, Sequence[Any]] = {
            "reference": references,
            "scheme_id": [item.scheme.id for item in creates],
            "applicant_id": applicant_ids,
        }
        for name in _CREATED_FIELDS:
            columns[name] = list(map(itemgetter(name), values))
        # The linked districts in each audit entry, as texts; one list per distinct set.
        district_texts: dict[tuple[int, ...], list[str]] = {}
        for item in creates:
            if item.district_ids not in district_texts:
                district_texts[item.district_ids] = [str(d) for d in item.district_ids]
        application_ids = insert_audited_columns(
            self.session,
            Application,
            columns,
            audit_extra={"districts": [district_texts[item.district_ids] for item in creates]},
        )
        links = [
            (application_id, district_id)
            for application_id, item in zip(application_ids, creates, strict=True)
            for district_id in item.district_ids
        ]
        if links:
            link_ids, district_ids = zip(*links, strict=True)
            insert_columns(
                self.session.connection(),
                application_districts,
                {"application_id": link_ids, "district_id": district_ids},
            )

    def write(self, creates: Sequence[_Planned], updates: Sequence[_Planned]) -> None:
        session = self.session
        new_ids: dict[_NewKey, int] = {}
        if self.new_organisations:
            keys = list(self.new_organisations)
            created = insert_audited(
                session,
                Organisation,
                [
                    {
                        "name": name,
                        "kind": OrganisationKind.VOLUNTEER,
                        "kvk": kvk or None,
                        "iban": iban or None,
                    }
                    for name, kvk, iban in (self.new_organisations[key] for key in keys)
                ],
            )
            new_ids = dict(zip(keys, created, strict=True))
        if creates:
            with bulk_write_cache(session.connection()):
                self.write_creates(creates, new_ids)
        if updates:
            districts = {
                district.id: district for district in session.scalars(select(District)).all()
            }
            for item in updates:
                assert item.base is not None
                application = session.get(Application, item.base.id)
                assert application is not None
                for name in _FIELDS:
                    value = item.values[name]
                    if name == "applicant_id" and not isinstance(value, int):
                        value = new_ids[item.applicant]  # type: ignore[index]
                    if getattr(application, name) != value:
                        setattr(application, name, value)
                if tuple(sorted(d.id for d in application.districts)) != item.district_ids:
                    application.districts = [districts[d] for d in item.district_ids]
            session.flush()


def _shown(value: Any) -> str:
    """A value as a problem quotes it: Dutch, like the workbooks."""
    if value is None or value == "":
        return "(leeg)"
    if isinstance(value, ApplicationStatus):
        return STATUS_TEXT[value]
    if isinstance(value, Decimal):
        if value.as_tuple().exponent == -2:
            return format_money(value)
        return format(value.normalize(), "f").replace(".", ",")
    if isinstance(value, date):
        return format_date(value)
    return str(value)


def _comparable(values: Mapping[str, Any], district_ids: Sequence[int]) -> tuple[Any, ...]:
    return (*(values[name] for name in _FIELDS), tuple(sorted(district_ids)))


@reading.reports_unmapped
def import_parsed_applications(
    session: Session,
    parsed: ParsedApplications,
    options: ApplicationImportOptions | None = None,
    *,
    dry_run: bool = False,
    on_progress: Callable[[int, int], None] | None = None,
) -> ImportReport:
    """Match rows on id, reference, or applicant + scheme + activity + date of receipt; write
    all of them in this session's transaction, or nothing when any row has a problem."""
    require(session, Permission.EDIT_SUBSIDIES)
    options = options or ApplicationImportOptions()
    if options.create_organisations:
        require(session, Permission.EDIT_ORGANISATIONS)
    if parsed.problems:
        return ImportReport(
            warnings=tuple(parsed.warnings), problems=tuple(parsed.problems), dry_run=dry_run
        )
    # An import makes hundreds of thousands of short-lived objects and no cycles.
    with collector_paused():
        work = _ApplicationImport(session, parsed, options)
        planned = work.plan(on_progress)
        work.check_grants(planned)
        creates: list[_Planned] = []
        updates: list[_Planned] = []
        unchanged = 0
        for item in planned:
            if item.base is None:
                creates.append(item)
                continue
            values = dict(item.values)
            if values["applicant_id"] is None:
                updates.append(item)
                continue
            if _comparable(values, item.district_ids) == _comparable(
                item.base.values, item.base.values["districts"]
            ):
                unchanged += 1
            else:
                updates.append(item)
        report = ImportReport(
            created=len(creates),
            updated=len(updates),
            unchanged=unchanged,
            warnings=tuple(work.warnings),
            problems=tuple(work.problems),
            dry_run=dry_run,
        )
        if work.problems or dry_run or not (creates or updates):
            return report
        work.write(creates, updates)
        if on_progress is not None:
            on_progress(len(parsed.rows) * 2, len(parsed.rows) * 2)
    return replace(report, written=True)


def organisations_to_confirm(report: ImportReport) -> tuple[list[str], list[str]]:
    """What a dry run leaves for the user to decide, each name once in the order of the rows:
    the register's organisations that rows name without a KvK number in the register but by
    their name (import again with ``confirm_name_matches``), and the organisations that are not
    in the register (import again with ``create_organisations``)."""
    by_name: dict[str, None] = {}
    unknown: dict[str, None] = {}
    for problem in report.problems:
        if problem.message == _NAME_MATCH:
            by_name[str(problem.params.get("name", ""))] = None
        elif problem.message == _UNKNOWN_ORGANISATION:
            unknown[str(problem.params.get("organisation", ""))] = None
    return list(by_name), list(unknown)


def import_applications_file(
    session: Session,
    path: Path,
    options: ApplicationImportOptions | None = None,
    *,
    mapping: Mapping[str, str] | None = None,
    dry_run: bool = False,
) -> ImportReport:
    require(session, Permission.EDIT_SUBSIDIES)
    return import_parsed_applications(
        session, read_applications(path, mapping), options, dry_run=dry_run
    )


# --- dispatch by kind (the command line) ------------------------------------------------------

EXPORT_KINDS = ("applications", "allocation", "application-form", "decisions")
IMPORT_KINDS = ("applications", "decisions")
# Kinds that need --scheme.
SCHEME_KINDS = ("allocation", "application-form", "decisions")


def export_file(
    session: Session,
    kind: str,
    path: Path,
    *,
    scheme_id: int | None = None,
    organisation_id: int | None = None,
) -> int:
    """Export ``kind``; returns the rows written (the form: its number of input rows)."""
    if kind not in EXPORT_KINDS:
        raise AppError(_UNKNOWN_KIND, {"command": "export", "kind": kind})
    if kind == "applications":
        selection = ApplicationFilter(scheme_id=scheme_id)
        return export_applications(session, path, selection)
    if scheme_id is None:
        raise AppError(_SCHEME_REQUIRED)
    if kind == "allocation":
        return export_allocation(session, scheme_id, path)
    if kind == "decisions":
        from ssb_desktop.services.subsidies.decisions import export_decisions

        return export_decisions(session, scheme_id, path, organisation_id=organisation_id)
    write_application_form(session, path, scheme_id)
    from ssb_desktop.excel.applications import FORM_ROWS

    return FORM_ROWS


def import_file(
    session: Session,
    kind: str,
    path: Path,
    options: ApplicationImportOptions,
    *,
    mapping: Mapping[str, str] | None = None,
    dry_run: bool = False,
) -> ImportReport:
    if kind not in IMPORT_KINDS:
        raise AppError(_UNKNOWN_KIND, {"command": "import", "kind": kind})
    if kind == "decisions":
        from ssb_desktop.services.subsidies.decisions import import_decisions_file

        return import_decisions_file(session, path, scheme_id=options.scheme_id, dry_run=dry_run)
    report = import_applications_file(session, path, options, mapping=mapping, dry_run=dry_run)
    return replace(report, dry_run=dry_run)
