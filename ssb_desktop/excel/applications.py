"""The subsidy applications workbooks: reading colleagues' lists and returned application forms,
and writing the applications export, the allocation for the alderman's memo and the form."""

from __future__ import annotations

import hashlib
import io
import re
import zipfile
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from ssb_desktop.errors import N_, WorkbookError
from ssb_desktop.excel import reading, writing
from ssb_desktop.formatting import format_date
from ssb_desktop.records import ApplicationRecord, ApplicationStatus, Problem

SHEET_TITLE = "Aanvragen"
CONTEXT = "Import"

# What the very hidden metadata sheet of a generated application form says about it.
FORM_KIND = "ssb-application-form"
FORM_VERSION = 1
FORM_SHEET = "Aanvraagformulier"
FORM_INSTRUCTIONS_SHEET = "Toelichting"
FORM_LISTS_SHEET = "Lijsten"
# Empty rows the form offers for input (one application per row).
FORM_ROWS = 200

# Field -> header texts seen in colleagues' spreadsheets (compared after normalisation).
SYNONYMS: dict[str, tuple[str, ...]] = {
    "id": ("ID", "SSB-id", "Id aanvraag"),
    "reference": (
        "Referentie",
        "Kenmerk",
        "Aanvraagnummer",
        "Dossiernummer",
        "Zaaknummer",
        "Reference",
    ),
    # A running number of the colleague's own list; read so that it is not "unmapped".
    "line": ("Nr", "Nr.", "Volgnummer", "Regel", "No"),
    "scheme": ("Regeling", "Subsidieregeling", "Naam regeling", "Scheme"),
    "theme": ("Thema", "Theme"),
    "applicant": (
        "Organisatie",
        "Aanvrager",
        "Naam aanvrager",
        "Naam organisatie",
        "Vereniging",
        "Stichting",
        "Applicant",
    ),
    "kvk": ("KvK-nummer", "KvK", "KvK nummer", "KvK aanvrager", "KvK-nr", "Kamer van Koophandel"),
    "iban": ("IBAN", "Rekeningnummer", "Bankrekening", "Bankrekeningnummer", "IBAN aanvrager"),
    "activity": (
        "Activiteit",
        "Activiteiten",
        "Project",
        "Omschrijving activiteit",
        "Naam activiteit",
        "Activity",
    ),
    "goals": ("Doelen", "Doel", "Doelstelling", "Doelstellingen", "Goals"),
    "districts": ("Wijken", "Wijk", "Wijk(en)", "District", "Districten", "Districts"),
    "requested": (
        "Aangevraagd bedrag",
        "Aangevraagd",
        "Bedrag aangevraagd",
        "Gevraagd bedrag",
        "Gevraagde subsidie",
        "Requested",
    ),
    "budget": ("Begroting", "Begroting totaal", "Totale begroting", "Begroot", "Budget"),
    "other_funders": (
        "Andere financiers",
        "Overige financiers",
        "Cofinanciering",
        "Andere fondsen",
        "Other funders",
    ),
    "members": ("Aantal leden", "Leden", "Ledental", "Members"),
    "received": (
        "Datum ontvangst",
        "Ontvangen",
        "Ontvangen op",
        "Datum aanvraag",
        "Aanvraagdatum",
        "Ingediend op",
        "Received",
    ),
    "status": ("Status", "Stand van zaken"),
    "decision_on": ("Datum besluit", "Besluitdatum", "Besluit op", "Decision date"),
    "granted": (
        "Verleend",
        "Verleend bedrag",
        "Toegekend",
        "Toegekend bedrag",
        "Bedrag verleend",
        "Granted",
    ),
    "settled": ("Vastgesteld bedrag", "Vastgesteld", "Bedrag vastgesteld", "Settled"),
    "ranking_score": ("Score", "Beoordeling", "Punten", "Ranking score"),
    "notes": ("Opmerkingen", "Opmerking", "Notities", "Toelichting", "Notes"),
}
REQUIRED = ("applicant", "activity", "requested", "received")

# Labels for the column-mapping dialog (translated in the views).
FIELD_LABELS: dict[str, str] = {
    "id": N_("Fields", "Id (from an export)"),
    "reference": N_("Fields", "Reference"),
    "line": N_("Fields", "Line number (ignored)"),
    "scheme": N_("Fields", "Scheme"),
    "theme": N_("Fields", "Theme"),
    "applicant": N_("Fields", "Applicant"),
    "kvk": N_("Fields", "KvK number"),
    "iban": N_("Fields", "IBAN"),
    "activity": N_("Fields", "Activity"),
    "goals": N_("Fields", "Goals"),
    "districts": N_("Fields", "Districts"),
    "requested": N_("Fields", "Requested amount"),
    "budget": N_("Fields", "Total budget"),
    "other_funders": N_("Fields", "Other funders"),
    "members": N_("Fields", "Number of members"),
    "received": N_("Fields", "Received"),
    "status": N_("Fields", "Status"),
    "decision_on": N_("Fields", "Decision date"),
    "granted": N_("Fields", "Granted amount"),
    "settled": N_("Fields", "Settled amount"),
    "ranking_score": N_("Fields", "Ranking score"),
    "notes": N_("Fields", "Notes"),
}
# One whole sentence per required field (parameters are not translated).
MISSING_REQUIRED = {
    "applicant": N_(
        "Import",
        "No column holds the applicants; give that column the header Organisatie or "
        "KvK-nummer, or choose it in the column mapping.",
    ),
    "activity": N_(
        "Import",
        "No column holds the activities; give that column the header Activiteit, or choose "
        "it in the column mapping.",
    ),
    "requested": N_(
        "Import",
        "No column holds the requested amounts; give that column the header Aangevraagd "
        "bedrag, or choose it in the column mapping.",
    ),
    "received": N_(
        "Import",
        "No column holds the dates of receipt; give that column the header Datum ontvangst, "
        "or choose it in the column mapping.",
    ),
}

STATUS_TEXT: dict[ApplicationStatus, str] = {
    ApplicationStatus.RECEIVED: "Ontvangen",
    ApplicationStatus.INCOMPLETE: "Onvolledig",
    ApplicationStatus.COMPLETE: "Volledig",
    ApplicationStatus.GRANTED: "Verleend",
    ApplicationStatus.PARTLY_GRANTED: "Gedeeltelijk verleend",
    ApplicationStatus.REFUSED: "Afgewezen",
    ApplicationStatus.ADVANCE_PAID: "Voorschot betaald",
    ApplicationStatus.SETTLED: "Vastgesteld",
    ApplicationStatus.CLOSED: "Afgesloten",
    ApplicationStatus.WITHDRAWN: "Ingetrokken",
}
_STATUS_WORDS: dict[str, ApplicationStatus] = {
    **{reading.normalise_header(text): status for status, text in STATUS_TEXT.items()},
    **{reading.normalise_header(status.value): status for status in ApplicationStatus},
    "inbehandeling": ApplicationStatus.RECEIVED,
    "nieuw": ApplicationStatus.RECEIVED,
    "aanvullinggevraagd": ApplicationStatus.INCOMPLETE,
    "incompleet": ApplicationStatus.INCOMPLETE,
    "compleet": ApplicationStatus.COMPLETE,
    "toegekend": ApplicationStatus.GRANTED,
    "deelsverleend": ApplicationStatus.PARTLY_GRANTED,
    "deelstoegekend": ApplicationStatus.PARTLY_GRANTED,
    "gedeeltelijktoegekend": ApplicationStatus.PARTLY_GRANTED,
    "geweigerd": ApplicationStatus.REFUSED,
    "afgewezenweigering": ApplicationStatus.REFUSED,
    "voorschot": ApplicationStatus.ADVANCE_PAID,
    "gesloten": ApplicationStatus.CLOSED,
    "teruggetrokken": ApplicationStatus.WITHDRAWN,
}

# Scores are stored as Numeric(9, 4).
_SCORE_LIMIT = Decimal(100_000)
_SCORE_PLACES = Decimal("0.0001")

# Several districts in one cell are separated by ";" or "," (or one per line).
_LIST_SPLIT = re.compile(r"[;,\n]")
LIST_SEPARATOR = "; "

_UNKNOWN_STATUS = N_(
    "Import",
    'Unknown status "{value}"; write Ontvangen, Onvolledig, Volledig, Verleend, Gedeeltelijk '
    "verleend, Afgewezen, Voorschot betaald, Vastgesteld, Afgesloten or Ingetrokken.",
)
_NO_APPLICANT = N_("Import", "Name the applicant: the organisation's name or its KvK number.")
_NO_ACTIVITY = N_("Import", "Describe the activity the subsidy is for.")
_NO_REQUESTED = N_("Import", "Fill in the requested amount.")
_NOT_POSITIVE = N_(
    "Import", "The requested amount {value} is not more than zero; write the amount requested."
)
_NEGATIVE = N_("Import", "The amount {value} is negative; write zero or more.")
_NO_RECEIVED = N_("Import", "Fill in the date the application was received (dd-mm-yyyy).")
_RECEIVED_TODAY = N_(
    "Import", "The form gives no date of the application; the date of import {date} is used."
)
_NOT_A_SCORE = N_(
    "Import",
    'The score "{value}" is not a number of zero or more below 100000; write a score such as '
    "7,5, or empty the cell.",
)
_NEGATIVE_MEMBERS = N_("Import", "The number of members {value} is negative; write zero or more.")
_NOT_AN_ID = N_(
    "Import", '"{value}" is not an id from an export; empty the cell for a new application.'
)
_KVK_PADDED = N_("Import", "KvK number {value} lost its leading zero(s); read as {kvk}.")
_FORM_CHANGED = N_(
    "Excel",
    "The application form {name} was changed: its columns are not those of the form that was "
    "sent out. Copy the answers into a new form and try again.",
)
_FORM_TOO_NEW = N_(
    "Excel",
    "The application form {name} was made by a newer version of this program; update the "
    "program and try again.",
)


# --- parsed rows ------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ApplicationRow:
    """One data row of an applications workbook, with each cell read into its type.

    ``present`` names the fields that have a column: a field without one keeps the stored
    value when the row matches an existing application.
    """

    sheet: str
    row: int
    present: frozenset[str]
    id: int | None = None
    reference: str = ""
    scheme: str = ""
    theme: str = ""
    applicant: str = ""
    kvk: str = ""
    iban: str = ""
    activity: str = ""
    goals: str = ""
    districts: tuple[str, ...] = ()
    requested: Decimal | None = None
    budget: Decimal | None = None
    other_funders: str = ""
    members: int | None = None
    received: date | None = None
    status: ApplicationStatus | None = None
    decision_on: date | None = None
    granted: Decimal | None = None
    settled: Decimal | None = None
    ranking_score: Decimal | None = None
    notes: str = ""


@dataclass(frozen=True, slots=True)
class ParsedApplications:
    """What an applications workbook holds, before any database is involved.

    ``form_scheme_id`` is the scheme a returned application form was generated for.
    """

    sheet: str
    header_row: int
    headers: list[str]
    mapping: dict[str, int]
    layout_key: str
    rows: list[ApplicationRow] = field(default_factory=list)
    warnings: list[Problem] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    form_scheme_id: int | None = None

    def column_of(self) -> dict[str, str]:
        """Field -> header text, for naming columns in messages."""
        return {name: self.headers[index] for name, index in self.mapping.items()}


def split_list(text: str) -> list[str]:
    """The non-empty parts of a "a; b, c" cell (or one per line)."""
    return [part.strip() for part in _LIST_SPLIT.split(text) if part.strip()]


_STATUS_SEEN: dict[str, ApplicationStatus | None] = {}


def status_of(text: str) -> ApplicationStatus | None:
    if text not in _STATUS_SEEN:
        if len(_STATUS_SEEN) > 1_000:
            _STATUS_SEEN.clear()
        _STATUS_SEEN[text] = _STATUS_WORDS.get(reading.normalise_header(text))
    return _STATUS_SEEN[text]


def _has_metadata(path: Path) -> bool:
    """Whether the workbook lists a metadata sheet, read from its small workbook part so
    that a colleague's list is not vetted twice (the safety check reads the whole file)."""
    try:
        with zipfile.ZipFile(path) as archive:
            info = archive.getinfo("xl/workbook.xml")
            if info.file_size > 5_000_000:
                return True  # let the full check and reader deal with it
            return reading.METADATA_SHEET.encode() in archive.read(info)
    except (OSError, KeyError, zipfile.BadZipFile):
        return True


def _kvk(text: str) -> tuple[str, bool]:
    """A KvK number as text, its leading zeros restored when a number cell lost them."""
    digits = text.replace(" ", "").replace(".", "")
    if digits.isdigit() and 4 <= len(digits) < 8:
        return digits.zfill(8), True
    return text.strip(), False


class _RowReader:
    """Reads the cells of one row, collecting problems and warnings by column."""

    __slots__ = ("cells", "headers", "mapping", "problems", "row", "sheet", "warnings")

    def __init__(
        self,
        sheet: str,
        excel_row: int,
        cells: reading.Row,
        mapping: Mapping[str, int],
        headers: Sequence[str],
    ) -> None:
        self.sheet = sheet
        self.row = excel_row
        self.cells = cells
        self.mapping = mapping
        self.headers = headers
        self.problems: list[Problem] = []
        self.warnings: list[Problem] = []

    def column(self, name: str) -> str:
        index = self.mapping.get(name)
        return self.headers[index] if index is not None else ""

    def raw(self, name: str) -> reading.CellValue:
        index = self.mapping.get(name)
        if index is None or index >= len(self.cells):
            return None
        return self.cells[index]

    def text(self, name: str) -> str:
        value = self.raw(name)
        if value is None:
            return ""
        return value.strip() if type(value) is str else reading.cell_text(value)

    def problem(self, name: str, message: str, **params: Any) -> None:
        self.problems.append(
            Problem(message, self.sheet, self.row, self.column(name), params, CONTEXT)
        )

    def warning(self, name: str, message: str, **params: Any) -> None:
        self.warnings.append(
            Problem(message, self.sheet, self.row, self.column(name), params, CONTEXT)
        )

    def amount(self, name: str) -> Decimal | None:
        value = self.raw(name)
        if value is None:
            return None
        amount, error = reading.cell_decimal(value)
        if error is not None:
            self.problems.append(error.at(self.sheet, self.row, self.column(name)))
            return None
        return amount

    def score(self, name: str) -> Decimal | None:
        value = self.raw(name)
        if value is None or (type(value) is str and not value.strip()):
            return None
        found: Decimal | None = None
        if isinstance(value, int | float) and not isinstance(value, bool):
            found = Decimal(str(value))
        elif isinstance(value, str):
            try:
                found = Decimal(value.strip().replace(" ", "").replace(",", "."))
            except InvalidOperation:
                found = None
        if found is None or not found.is_finite() or not 0 <= found < _SCORE_LIMIT:
            self.problem(name, _NOT_A_SCORE, value=reading.cell_text(value))
            return None
        return found.quantize(_SCORE_PLACES, rounding=ROUND_HALF_UP)

    def day(self, name: str) -> date | None:
        value = self.raw(name)
        if value is None:
            return None
        found, error = reading.cell_date(value)
        if error is not None:
            self.problems.append(error.at(self.sheet, self.row, self.column(name)))
        return found

    def read(self, *, is_form: bool, today: date) -> ApplicationRow:
        values: dict[str, Any] = {}
        raw_id = self.raw("id")
        if raw_id is not None:
            number, error = reading.cell_int(raw_id)
            if error is not None or (number is not None and number <= 0):
                self.problem("id", _NOT_AN_ID, value=reading.cell_text(raw_id))
            else:
                values["id"] = number
        for name in (
            "reference",
            "scheme",
            "theme",
            "applicant",
            "activity",
            "goals",
            "other_funders",
            "notes",
        ):
            values[name] = self.text(name)
        values["iban"] = self.text("iban")
        kvk_text = reading.cell_code(self.raw("kvk"))
        kvk, padded = _kvk(kvk_text)
        if padded:
            self.warning("kvk", _KVK_PADDED, value=kvk_text, kvk=kvk)
        values["kvk"] = kvk
        if not values["applicant"] and not kvk and values.get("id") is None:
            self.problem("applicant" if "applicant" in self.mapping else "kvk", _NO_APPLICANT)
        if not values["activity"] and values.get("id") is None:
            self.problem("activity", _NO_ACTIVITY)
        values["districts"] = tuple(split_list(self.text("districts")))
        requested = self.amount("requested")
        if requested is None:
            if self.raw("requested") is None and values.get("id") is None:
                self.problem("requested", _NO_REQUESTED)
        elif requested <= 0:
            self.problem("requested", _NOT_POSITIVE, value=reading.cell_text(self.raw("requested")))
        values["requested"] = requested
        values["ranking_score"] = self.score("ranking_score")
        for name in ("budget", "granted", "settled"):
            amount = self.amount(name)
            if amount is not None and amount < 0:
                self.problem(name, _NEGATIVE, value=reading.cell_text(self.raw(name)))
            values[name] = amount
        raw_members = self.raw("members")
        if raw_members is not None:
            members, members_error = reading.cell_int(raw_members)
            if members_error is not None:
                self.problems.append(members_error.at(self.sheet, self.row, self.column("members")))
            elif members is not None and members < 0:
                self.problem("members", _NEGATIVE_MEMBERS, value=members)
            else:
                values["members"] = members
        received = self.day("received")
        if received is None and self.raw("received") is None:
            if is_form:
                received = today
                self.warning("received", _RECEIVED_TODAY, date=format_date(today))
            elif values.get("id") is None:
                self.problem("received", _NO_RECEIVED)
        values["received"] = received
        values["decision_on"] = self.day("decision_on")
        status_text = self.text("status")
        if status_text:
            status = status_of(status_text)
            if status is None:
                self.problem("status", _UNKNOWN_STATUS, value=status_text)
            values["status"] = status
        present = frozenset(self.mapping)
        if "kvk" in present:
            present |= {"applicant"}
        return ApplicationRow(sheet=self.sheet, row=self.row, present=present, **values)


def structure_hash(scheme_id: str, headers: Sequence[str]) -> str:
    """What a returned form must still match: the form's kind, version, scheme and columns."""
    normalised = [reading.normalise_header(text) for text in headers]
    while normalised and not normalised[-1]:
        normalised.pop()
    payload = "\x1f".join([FORM_KIND, str(FORM_VERSION), scheme_id, *normalised])
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()[:32]


def read_applications(
    path: Path, explicit: Mapping[str, str | None] | None = None, *, today: date | None = None
) -> ParsedApplications:
    """Find the header, map columns (an explicit mapping wins) and read every data row.

    A returned application form is recognised by its metadata sheet; one whose columns were
    changed is refused with :class:`WorkbookError`.
    """
    metadata = reading.read_metadata(path) if _has_metadata(path) else {}
    is_form = metadata.get("kind") == FORM_KIND
    form_scheme_id: int | None = None
    if is_form:
        version = metadata.get("version", "")
        if not version.isdigit() or int(version) > FORM_VERSION:
            raise WorkbookError(_FORM_TOO_NEW, {"name": path.name}, context="Excel")
        sheet = reading.read_sheet(path, metadata.get("sheet") or FORM_SHEET)
        scheme_text = metadata.get("scheme_id", "")
        form_scheme_id = int(scheme_text) if scheme_text.isdigit() else None
    else:
        sheet = reading.read_sheet(path)
    header = reading.find_header(sheet.rows, SYNONYMS, REQUIRED)
    headers = list(header.headers)
    if is_form and structure_hash(metadata.get("scheme_id", ""), headers) != metadata.get(
        "structure"
    ):
        raise WorkbookError(_FORM_CHANGED, {"name": path.name}, context="Excel")
    mapping = dict(header.mapping)
    problems: list[Problem] = []
    if explicit:
        mapping, mapping_problems = reading.apply_mapping(
            header.headers,
            explicit,
            sheet.name,
            header_row=header.excel_row,
            base=header.mapping,
            fields=SYNONYMS.keys(),
        )
        problems.extend(mapping_problems)
    missing = [name for name in REQUIRED if name not in mapping]
    if "applicant" in missing and "kvk" in mapping:
        missing.remove("applicant")
    if "received" in missing and is_form:
        missing.remove("received")
    for name in missing:
        problems.append(
            Problem(MISSING_REQUIRED[name], sheet=sheet.name, row=header.excel_row, context=CONTEXT)
        )
    rows: list[ApplicationRow] = []
    warnings: list[Problem] = []
    day = today or date.today()
    if not problems:
        activity, received = mapping.get("activity"), mapping.get("received")
        for excel_row, cells in reading.data_rows(sheet, header):
            # An application names an activity and a date; only a row lacking one of them
            # can be a totals row, and checking every cell of every row costs seconds.
            if (
                activity is None
                or received is None
                or activity >= len(cells)
                or received >= len(cells)
                or cells[activity] is None
                or cells[received] is None
            ) and reading.is_total_row(cells):
                continue
            reader = _RowReader(sheet.name, excel_row, cells, mapping, headers)
            rows.append(reader.read(is_form=is_form, today=day))
            if reader.problems:
                problems.extend(reader.problems)
            if reader.warnings:
                warnings.extend(reader.warnings)
    return ParsedApplications(
        sheet=sheet.name,
        header_row=header.excel_row,
        headers=headers,
        mapping=mapping,
        layout_key=reading.layout_key(headers),
        rows=rows,
        warnings=warnings,
        problems=problems,
        form_scheme_id=form_scheme_id,
    )


# --- the applications export ------------------------------------------------------------------

# (field, header, kind, width); "year" and "deciding" are shown, never imported; "status",
# "decision_on", "granted" and "settled" are read back only to see that they are unchanged.
EXPORT_COLUMNS: tuple[tuple[str, str, writing.ColumnKind, int], ...] = (
    ("id", "ID", writing.ColumnKind.INTEGER, 7),
    ("reference", "Referentie", writing.ColumnKind.CODE, 12),
    ("scheme", "Regeling", writing.ColumnKind.TEXT, 28),
    ("year", "Jaar", writing.ColumnKind.INTEGER, 7),
    ("theme", "Thema", writing.ColumnKind.TEXT, 16),
    ("applicant", "Organisatie", writing.ColumnKind.TEXT, 34),
    ("kvk", "KvK-nummer", writing.ColumnKind.CODE, 12),
    ("activity", "Activiteit", writing.ColumnKind.TEXT, 28),
    ("goals", "Doelen", writing.ColumnKind.TEXT, 30),
    ("districts", "Wijken", writing.ColumnKind.TEXT, 24),
    ("requested", "Aangevraagd bedrag", writing.ColumnKind.MONEY, 18),
    ("budget", "Begroting totaal", writing.ColumnKind.MONEY, 16),
    ("other_funders", "Andere financiers", writing.ColumnKind.TEXT, 22),
    ("members", "Aantal leden", writing.ColumnKind.INTEGER, 12),
    ("received", "Datum ontvangst", writing.ColumnKind.DATE, 15),
    ("status", "Status", writing.ColumnKind.TEXT, 20),
    ("decision_on", "Datum besluit", writing.ColumnKind.DATE, 14),
    ("granted", "Verleend", writing.ColumnKind.MONEY, 15),
    ("settled", "Vastgesteld bedrag", writing.ColumnKind.MONEY, 18),
    ("deciding", "Beslist door", writing.ColumnKind.TEXT, 24),
    ("ranking_score", "Score", writing.ColumnKind.DECIMAL, 9),
    ("notes", "Opmerkingen", writing.ColumnKind.TEXT, 30),
)


def export_row(record: ApplicationRecord, deciding: str = "") -> tuple[Any, ...]:
    """The cells of one application; ``deciding`` names who decides (gemeente or holder)."""
    values: dict[str, Any] = {
        "id": record.id,
        "reference": record.reference,
        "scheme": record.scheme_name,
        "year": record.year or None,
        "theme": record.theme_name,
        "applicant": record.applicant_name,
        "kvk": record.applicant_kvk,
        "activity": record.activity,
        "goals": record.goals,
        "districts": LIST_SEPARATOR.join(record.district_names),
        "requested": record.requested,
        "budget": record.budget_total,
        "other_funders": record.other_funders,
        "members": record.members,
        "received": record.received_on,
        "status": STATUS_TEXT[record.status],
        "decision_on": record.decision_on,
        "granted": record.granted,
        "settled": record.settled,
        "deciding": deciding,
        "ranking_score": record.ranking_score,
        "notes": record.notes,
    }
    return tuple(values[name] for name, _header, _kind, _width in EXPORT_COLUMNS)


def write_applications(
    path: Path, records: Sequence[ApplicationRecord], deciding: Mapping[int, str] | None = None
) -> None:
    """Our export; ``deciding`` gives per application id who decides on it."""
    names = deciding or {}
    columns = [writing.Column(header, kind, width) for _name, header, kind, width in EXPORT_COLUMNS]
    writing.write_workbook(
        path,
        [
            writing.SheetSpec(
                title=SHEET_TITLE,
                columns=columns,
                rows=(export_row(record, names.get(record.id or 0, "")) for record in records),
            )
        ],
    )


# --- the allocation for the alderman's memo ---------------------------------------------------


@dataclass(frozen=True, slots=True)
class AllocationSummary:
    """The figures at the top of the memo (Dutch labels: the memo is written in Dutch)."""

    scheme: str
    year: int
    theme: str
    ceiling: Decimal
    requested: Decimal
    granted: Decimal
    deciding: str

    @property
    def remaining(self) -> Decimal:
        return self.ceiling - self.granted


ALLOCATION_COLUMNS: tuple[writing.Column, ...] = (
    writing.Column("Referentie", writing.ColumnKind.CODE, 12),
    writing.Column("Organisatie", writing.ColumnKind.TEXT, 34),
    writing.Column("KvK-nummer", writing.ColumnKind.CODE, 12),
    writing.Column("Activiteit", writing.ColumnKind.TEXT, 28),
    writing.Column("Wijken", writing.ColumnKind.TEXT, 24),
    writing.Column("Datum ontvangst", writing.ColumnKind.DATE, 15),
    writing.Column("Aangevraagd", writing.ColumnKind.MONEY, 15),
    writing.Column("Verleend", writing.ColumnKind.MONEY, 15),
    writing.Column("Status", writing.ColumnKind.TEXT, 20),
    writing.Column("Resterend plafond", writing.ColumnKind.MONEY, 18),
)


def write_allocation(
    path: Path, summary: AllocationSummary, records: Sequence[ApplicationRecord]
) -> None:
    """A summary sheet (scheme, ceiling, totals, remaining) and one row per application in
    the order of receipt, with what remains of the ceiling after each grant."""
    summary_rows: list[tuple[str, Any]] = [
        ("Regeling", summary.scheme),
        ("Jaar", str(summary.year)),
        ("Thema", summary.theme),
        ("Besluit door", summary.deciding),
        ("Plafond", summary.ceiling),
        ("Aantal aanvragen", str(len(records))),
        ("Totaal aangevraagd", summary.requested),
        ("Totaal verleend", summary.granted),
        ("Resterend", summary.remaining),
    ]
    remaining = summary.ceiling

    def rows() -> Any:
        nonlocal remaining
        for record in records:
            remaining -= record.granted or Decimal(0)
            yield (
                record.reference,
                record.applicant_name,
                record.applicant_kvk,
                record.activity,
                LIST_SEPARATOR.join(record.district_names),
                record.received_on,
                record.requested,
                record.granted,
                STATUS_TEXT[record.status],
                remaining,
            )

    writing.write_workbook(
        path,
        [
            writing.SheetSpec(
                "Samenvatting",
                [
                    writing.Column("Onderdeel", writing.ColumnKind.TEXT, 22),
                    writing.Column("Waarde", writing.ColumnKind.MONEY, 40),
                ],
                summary_rows,
            ),
            writing.SheetSpec("Verdeling", ALLOCATION_COLUMNS, rows()),
        ],
    )


# --- the application form for volunteer organisations -----------------------------------------

# (header, number format, width, help shown when the cell is selected)
FORM_COLUMNS: tuple[tuple[str, str, int, str], ...] = (
    ("Organisatie", "@", 34, "De statutaire naam van uw vereniging of stichting."),
    ("KvK-nummer", "@", 13, "Het KvK-nummer van 8 cijfers."),
    (
        "IBAN",
        "@",
        22,
        "Het rekeningnummer waarop de subsidie wordt betaald, bijv. NL91ABNA0417164300.",
    ),
    ("Regeling", "@", 30, "Kies de regeling uit de lijst."),
    ("Activiteit", "@", 30, "Een korte naam van de activiteit."),
    ("Doelen", "@", 40, "Wat wilt u met de activiteit bereiken?"),
    ("Wijken", "@", 24, "Kies de wijk; meer wijken scheidt u met een puntkomma."),
    ("Aangevraagd bedrag", '"€" #,##0.00', 18, "Het bedrag dat u aanvraagt, in euro."),
    ("Begroting totaal", '"€" #,##0.00', 16, "De totale kosten van de activiteit, in euro."),
    ("Andere financiers", "@", 26, "Fondsen of sponsors die ook bijdragen (optioneel)."),
    ("Aantal leden", "0", 12, "Het aantal leden of vrijwilligers (optioneel)."),
    ("Datum aanvraag", "dd-mm-yyyy", 15, "De datum van vandaag, als dd-mm-jjjj."),
    ("Opmerkingen", "@", 30, "Wat u ons verder wilt laten weten (optioneel)."),
)

FORM_INSTRUCTIONS: tuple[str, ...] = (
    "Subsidieaanvraag vrijwilligersorganisaties",
    "",
    "Zo vult u dit formulier in:",
    "1. Ga naar het tabblad Aanvraagformulier.",
    "2. Vul per activiteit waarvoor u subsidie aanvraagt één regel in, vanaf regel 2.",
    "3. Kies de regeling en de wijk uit de keuzelijst in de cel.",
    "4. Schrijf bedragen als getal, bijvoorbeeld 1250,50, en datums als dd-mm-jjjj.",
    "5. Laat de kopregel en de tabbladen zoals ze zijn: een gewijzigd formulier kunnen wij "
    "niet verwerken.",
    "6. Sla het bestand op en stuur het terug aan de gemeente.",
    "",
    "Een regel zonder organisatie, activiteit of bedrag kunnen wij niet in behandeling nemen.",
)


@dataclass(frozen=True, slots=True)
class FormScheme:
    """A scheme as the form offers it."""

    id: int
    name: str
    year: int
    closes_on: date | None = None


def write_application_form(
    path: Path,
    scheme: FormScheme,
    schemes: Sequence[FormScheme],
    districts: Sequence[str],
    *,
    today: date | None = None,
) -> None:
    """Generate the application form for ``scheme``: instructions, a protected sheet with
    unlocked input rows and drop-down lists, and a very hidden metadata sheet."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill, Protection
    from openpyxl.worksheet.datavalidation import DataValidation

    book = Workbook()
    instructions = book.active
    assert instructions is not None
    instructions.title = FORM_INSTRUCTIONS_SHEET
    lines = [*FORM_INSTRUCTIONS, "", f"Regeling: {scheme.name} ({scheme.year})"]
    if scheme.closes_on is not None:
        lines.append(f"Aanvragen uiterlijk op {format_date(scheme.closes_on)}.")
    for number, line in enumerate(lines, start=1):
        cell = instructions.cell(row=number, column=1, value=line)
        cell.data_type = "s"
    instructions["A1"].font = Font(bold=True, size=14)
    instructions.column_dimensions["A"].width = 100
    instructions.protection.sheet = True

    form = book.create_sheet(FORM_SHEET)
    headers = [header for header, _format, _width, _help in FORM_COLUMNS]
    header_font = Font(bold=True)
    header_fill = PatternFill("solid", fgColor="DDEBF7")
    input_fill = PatternFill("solid", fgColor="FFFFF0")
    unlocked = Protection(locked=False)
    last_row = FORM_ROWS + 1
    for column, (header, number_format, width, _help) in enumerate(FORM_COLUMNS, start=1):
        cell = form.cell(row=1, column=column, value=header)
        cell.font = header_font
        cell.fill = header_fill
        cell.alignment = Alignment(wrap_text=True, vertical="top")
        letter = reading.column_letter(column - 1)
        form.column_dimensions[letter].width = width
        for row in range(2, last_row + 1):
            input_cell = form.cell(row=row, column=column)
            input_cell.protection = unlocked
            input_cell.number_format = number_format
            input_cell.fill = input_fill
    form.freeze_panes = "A2"
    form.protection.sheet = True
    form.protection.formatColumns = False

    lists = book.create_sheet(FORM_LISTS_SHEET)
    scheme_names = [item.name for item in schemes] or [scheme.name]
    for row, name in enumerate(scheme_names, start=1):
        lists.cell(row=row, column=1, value=name).data_type = "s"
    for row, name in enumerate(districts, start=1):
        lists.cell(row=row, column=2, value=name).data_type = "s"
    lists.sheet_state = "hidden"
    lists.protection.sheet = True

    def column_range(header: str) -> str:
        letter = reading.column_letter(headers.index(header))
        return f"{letter}2:{letter}{last_row}"

    def add(validation: DataValidation, header: str) -> None:
        help_text = next(text for name, _f, _w, text in FORM_COLUMNS if name == header)
        validation.promptTitle = header
        validation.prompt = help_text
        validation.showInputMessage = True
        validation.showErrorMessage = validation.type is not None
        validation.errorTitle = header
        validation.add(column_range(header))
        form.add_data_validation(validation)

    add(
        DataValidation(
            type="list",
            formula1=f"{FORM_LISTS_SHEET}!$A$1:$A${len(scheme_names)}",
            allow_blank=True,
            error="Kies een regeling uit de lijst.",
        ),
        "Regeling",
    )
    if districts:
        # A warning, not a stop: several districts may be typed with a semicolon.
        add(
            DataValidation(
                type="list",
                formula1=f"{FORM_LISTS_SHEET}!$B$1:$B${len(districts)}",
                allow_blank=True,
                errorStyle="warning",
                error="Kies een wijk uit de lijst, of scheid meer wijken met een puntkomma.",
            ),
            "Wijken",
        )
    for header in ("Aangevraagd bedrag", "Begroting totaal"):
        add(
            DataValidation(
                type="decimal",
                operator="greaterThan",
                formula1="0",
                allow_blank=True,
                error="Schrijf een bedrag groter dan nul, bijvoorbeeld 1250,50.",
            ),
            header,
        )
    add(
        DataValidation(
            type="whole",
            operator="greaterThanOrEqual",
            formula1="0",
            allow_blank=True,
            error="Schrijf een heel getal, nul of meer.",
        ),
        "Aantal leden",
    )
    add(
        DataValidation(
            type="date",
            operator="greaterThan",
            formula1="36526",  # 01-01-2000
            allow_blank=True,
            error="Schrijf een datum als dd-mm-jjjj.",
        ),
        "Datum aanvraag",
    )
    validated = {"Regeling", "Wijken", "Aangevraagd bedrag", "Begroting totaal"}
    validated |= {"Aantal leden", "Datum aanvraag"}
    for header, _format, _width, _help in FORM_COLUMNS:
        if header not in validated:
            # Any value: the validation only carries the help shown when the cell is selected.
            add(DataValidation(allow_blank=True), header)

    metadata = book.create_sheet(reading.METADATA_SHEET)
    scheme_id = str(scheme.id)
    pairs = [
        ("key", "value"),
        ("kind", FORM_KIND),
        ("version", str(FORM_VERSION)),
        ("purpose", "Subsidieaanvraag vrijwilligersorganisaties"),
        ("sheet", FORM_SHEET),
        ("scheme_id", scheme_id),
        ("scheme", scheme.name),
        ("generated_on", (today or date.today()).isoformat()),
        ("structure", structure_hash(scheme_id, headers)),
    ]
    for row, (key, value) in enumerate(pairs, start=1):
        metadata.cell(row=row, column=1, value=key).data_type = "s"
        metadata.cell(row=row, column=2, value=value).data_type = "s"
    metadata.sheet_state = "veryHidden"
    book.active = 0
    buffer = io.BytesIO()
    book.save(buffer)
    _save_atomically(buffer.getvalue(), path)


def _save_atomically(data: bytes, path: Path) -> None:
    """Write ``data`` beside ``path`` and rename it onto ``path``, as writing.py does for
    every workbook, with the same messages when the folder or the file is in the way."""
    # The helpers are private to the excel package's writer; this is the one other writer.
    from ssb_desktop.excel.writing import _create_temporary, _os_error, _remove, _replace

    target = path.absolute()
    try:
        temporary, output = _create_temporary(target.parent, target.stem)
    except OSError as exc:
        raise _os_error(exc, target, replacing=False) from exc
    try:
        with output:
            output.write(data)
    except OSError as exc:
        _remove(temporary)
        raise _os_error(exc, target, replacing=False) from exc
    _replace(temporary, target)
