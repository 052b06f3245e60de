"""The bids workbook: one row per bid in our export, and reading colleagues' lists of bids."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

from ssb_desktop.errors import N_
from ssb_desktop.excel import reading, writing
from ssb_desktop.formatting import LOCAL_ZONE, is_ascii_digits, parse_date
from ssb_desktop.records import BidRecord, BidStatus, ConsortiumRole, Problem

SHEET_TITLE = "Inschrijvingen"
CONTEXT = "Import"

# Field -> header texts seen in colleagues' spreadsheets (compared after normalisation).
SYNONYMS: dict[str, tuple[str, ...]] = {
    "id": ("ID", "Id inschrijving", "SSB-id"),
    "procurement": ("Aanbesteding", "Referentie aanbesteding", "Aanbestedingsreferentie"),
    "lot": ("Perceel", "Perceelnummer", "Perceel nr", "Kavel", "Lot"),
    "code": ("Code", "Inschrijvingscode", "Letter", "Code inschrijving"),
    "lead": (
        "Penvoerder",
        "Inschrijver",
        "Naam inschrijver",
        "Organisatie",
        "Naam penvoerder",
        "Bidder",
    ),
    "lead_kvk": (
        "KvK penvoerder",
        "KvK-nummer penvoerder",
        "KvK inschrijver",
        "KvK-nummer",
        "KvK",
        "KvK nummer",
    ),
    "members": (
        "Leden",
        "Combinatiepartners",
        "Consortiumleden",
        "Partners",
        "Leden combinatie",
        "Members",
    ),
    "member_kvks": ("KvK leden", "KvK-nummers leden", "KvK partners", "KvK combinatiepartners"),
    "subcontractors": ("Onderaannemers", "Onderaannemer", "Subcontractors"),
    "subcontractor_kvks": ("KvK onderaannemers", "KvK-nummers onderaannemers"),
    "received": (
        "Ontvangen",
        "Ontvangen op",
        "Datum ontvangst",
        "Tijdstip ontvangst",
        "Moment ontvangst",
        "Ingediend",
        "Ingediend op",
        "Received",
    ),
    "late_reason": ("Te laat reden", "Reden te laat", "Reden late ontvangst", "Reden laat"),
    "price_per_year": ("Prijs per jaar", "Jaarprijs", "Prijs/jaar", "Price per year"),
    "price_total": (
        "Prijs totaal",
        "Totaalprijs",
        "Totale prijs",
        "Inschrijfsom",
        "Prijs",
        "Price",
    ),
    "status": ("Status", "Status inschrijving"),
    "status_reason": ("Reden status", "Statusreden", "Reden uitsluiting", "Reden"),
    "documents": ("Documenten", "Bijlagen", "Bestanden", "Documents"),
    "notes": ("Opmerkingen", "Opmerking", "Notities", "Toelichting", "Notes"),
    "their_reference": (
        "Kenmerk inschrijver",
        "Uw kenmerk",
        "Eigen kenmerk",
        "Kenmerk",
        "Referentie inschrijver",
    ),
}
REQUIRED = ("lot", "lead")

# Labels for the column-mapping dialog (translated in the views).
FIELD_LABELS: dict[str, str] = {
    "id": N_("Fields", "Id (from an export)"),
    "procurement": N_("Fields", "Procurement reference"),
    "lot": N_("Fields", "Lot"),
    "code": N_("Fields", "Bid code"),
    "lead": N_("Fields", "Lead (penvoerder)"),
    "lead_kvk": N_("Fields", "Lead's KvK number"),
    "members": N_("Fields", "Consortium members"),
    "member_kvks": N_("Fields", "Members' KvK numbers"),
    "subcontractors": N_("Fields", "Subcontractors"),
    "subcontractor_kvks": N_("Fields", "Subcontractors' KvK numbers"),
    "received": N_("Fields", "Received"),
    "late_reason": N_("Fields", "Reason for accepting a late bid"),
    "price_per_year": N_("Fields", "Price per year"),
    "price_total": N_("Fields", "Total price"),
    "status": N_("Fields", "Status"),
    "status_reason": N_("Fields", "Reason for the status"),
    "documents": N_("Fields", "Documents"),
    "notes": N_("Fields", "Notes"),
    "their_reference": N_("Fields", "Bidder's own reference"),
}

STATUS_TEXT: dict[BidStatus, str] = {
    BidStatus.RECEIVED: "Ontvangen",
    BidStatus.INCOMPLETE: "Onvolledig",
    BidStatus.EXCLUDED: "Uitgesloten",
    BidStatus.VALID: "Geldig",
    BidStatus.WITHDRAWN: "Ingetrokken",
}
_STATUS_WORDS: dict[str, BidStatus] = {
    **{reading.normalise_header(text): status for status, text in STATUS_TEXT.items()},
    **{reading.normalise_header(status.value): status for status in BidStatus},
    "nietcompleet": BidStatus.INCOMPLETE,
    "incompleet": BidStatus.INCOMPLETE,
    "ongeldig": BidStatus.EXCLUDED,
    "teruggetrokken": BidStatus.WITHDRAWN,
}

# Our export: (field, header, kind, width); "late" is shown for reading, never imported.
EXPORT_COLUMNS: tuple[tuple[str, str, writing.ColumnKind, int], ...] = (
    ("id", "ID", writing.ColumnKind.INTEGER, 7),
    ("procurement", "Aanbesteding", writing.ColumnKind.CODE, 13),
    ("lot", "Perceel", writing.ColumnKind.CODE, 13),
    ("code", "Code", writing.ColumnKind.CODE, 7),
    ("lead", "Penvoerder", writing.ColumnKind.TEXT, 32),
    ("lead_kvk", "KvK penvoerder", writing.ColumnKind.CODE, 15),
    ("members", "Leden", writing.ColumnKind.TEXT, 32),
    ("member_kvks", "KvK leden", writing.ColumnKind.CODE, 20),
    ("subcontractors", "Onderaannemers", writing.ColumnKind.TEXT, 24),
    ("subcontractor_kvks", "KvK onderaannemers", writing.ColumnKind.CODE, 20),
    ("received", "Ontvangen", writing.ColumnKind.DATETIME, 17),
    ("late", "Te laat", writing.ColumnKind.TEXT, 8),
    ("late_reason", "Te laat reden", writing.ColumnKind.TEXT, 28),
    ("price_per_year", "Prijs per jaar", writing.ColumnKind.MONEY, 16),
    ("price_total", "Prijs totaal", writing.ColumnKind.MONEY, 16),
    ("status", "Status", writing.ColumnKind.TEXT, 12),
    ("status_reason", "Reden status", writing.ColumnKind.TEXT, 28),
    ("documents", "Documenten", writing.ColumnKind.TEXT, 40),
    ("notes", "Opmerkingen", writing.ColumnKind.TEXT, 30),
    ("their_reference", "Kenmerk inschrijver", writing.ColumnKind.CODE, 18),
)

# Several organisations or documents in one cell are separated by ";" (or one per line).
LIST_SEPARATOR = "; "
_LIST_SPLIT = re.compile(r";|\n")
_MOMENT = re.compile(r"^(?P<date>.+?)[\sT]+(?P<hour>\d{1,2})[:.](?P<minute>\d{2})(?::\d{2})?$")
_EXCEL_EPOCH = datetime(1899, 12, 30)

_UNKNOWN_STATUS = N_(
    "Import",
    'Unknown status "{value}"; write Ontvangen, Onvolledig, Uitgesloten, Geldig or Ingetrokken.',
)
_NOT_A_MOMENT = N_(
    "Import",
    '"{value}" is not a moment; write it as dd-mm-yyyy hh:mm, for example 01-10-2019 09:30.',
)
_NO_TIME = N_(
    "Import",
    "Only a date was given for when the bid was received; read as {moment}. Add the time if "
    "the bid may have come in after the deadline.",
)
_KVK_PADDED = N_("Import", "KvK number {value} lost its leading zeros; read as {kvk}.")
_KVK_COUNT = N_(
    "Import",
    "The column {column} lists {kvks} KvK numbers for {names} names; give one KvK number per "
    "name, in the same order, separated by semicolons (leave a place empty when unknown).",
)
_NOT_AN_ID = N_("Import", '"{value}" is not an id from an export; empty the cell for a new bid.')
_MISSING_COLUMN = N_("Import", "No column holds the {field}; choose it in the column mapping.")


@dataclass(frozen=True, slots=True)
class OrganisationRef:
    """An organisation as a row names it: a name, a KvK number or both, and where it stood."""

    name: str
    kvk: str
    column: str


@dataclass(frozen=True, slots=True)
class BidRow:
    """One data row of a bids workbook, with each cell read into its type.

    ``present`` names the fields that have a column: a field without one keeps the stored
    value when the row updates an existing bid.
    """

    sheet: str
    row: int
    present: frozenset[str]
    id: int | None = None
    procurement: str = ""
    lot: str = ""
    code: str = ""
    lead: OrganisationRef | None = None
    members: tuple[OrganisationRef, ...] = ()
    subcontractors: tuple[OrganisationRef, ...] = ()
    received_at: datetime | None = None
    late_reason: str = ""
    price_per_year: Decimal | None = None
    price_total: Decimal | None = None
    status: BidStatus | None = None
    status_reason: str = ""
    documents: tuple[str, ...] = ()
    notes: str = ""
    their_reference: str = ""

    def organisations(self) -> list[tuple[OrganisationRef, ConsortiumRole]]:
        """Every organisation the row names, with the role it names it in, lead first."""
        found: list[tuple[OrganisationRef, ConsortiumRole]] = []
        if self.lead is not None:
            found.append((self.lead, ConsortiumRole.LEAD))
        found.extend((ref, ConsortiumRole.MEMBER) for ref in self.members)
        found.extend((ref, ConsortiumRole.SUBCONTRACTOR) for ref in self.subcontractors)
        return found


@dataclass(frozen=True, slots=True)
class ParsedBids:
    """What a bids workbook holds, before any database is involved."""

    sheet: str
    header_row: int
    headers: list[str]
    mapping: dict[str, int]
    layout_key: str
    rows: list[BidRow] = field(default_factory=list)
    warnings: list[Problem] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    unmapped: tuple[str, ...] = ()  # header labels no field reads (reading.unmapped_columns)

    def column_of(self) -> dict[str, str]:
        """Field -> header text, for naming columns in messages."""
        return {name: self.headers[index] for name, index in self.mapping.items()}


# --- cells ------------------------------------------------------------------------------------


def split_list(text: str) -> list[str]:
    """The parts of a "a; b; c" cell (or one per line), empty places kept where they are."""
    if not text.strip():
        return []
    return [part.strip() for part in _LIST_SPLIT.split(text.strip())]


def _kvk(text: str) -> tuple[str, bool]:
    """A KvK number as text, its leading zeros restored when a number cell lost them."""
    digits = text.replace(" ", "").replace(".", "")
    if is_ascii_digits(digits) and 4 <= len(digits) < 8:
        return digits.zfill(8), True
    return text.strip(), False


def _round_second(moment: datetime) -> datetime:
    # Excel keeps moments as fractions of a day; reading them back can miss by microseconds.
    return (moment + timedelta(microseconds=500_000)).replace(microsecond=0)


def to_utc(local: datetime) -> datetime:
    """A wall-clock moment in Dutch local time (as workbooks hold them) as an aware UTC moment."""
    return _round_second(local).replace(tzinfo=LOCAL_ZONE).astimezone(UTC)


def cell_moment(value: reading.CellValue) -> tuple[datetime | None, bool, reading.CellError | None]:
    """(UTC moment, whether only a date was given, error) from a date-time cell or text."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None, False, None
    if isinstance(value, datetime):
        return to_utc(value), value.time() == time(0, 0), None
    if isinstance(value, date):
        return to_utc(datetime.combine(value, time(0, 0))), True, None
    if isinstance(value, int | float) and not isinstance(value, bool) and 1 <= value < 2_958_466:
        moment = _EXCEL_EPOCH + timedelta(days=float(value))
        return to_utc(moment), moment.time() == time(0, 0), None
    if isinstance(value, str):
        text = value.strip()
        match = _MOMENT.match(text)
        if match is not None:
            day = parse_date(match["date"])
            hour, minute = int(match["hour"]), int(match["minute"])
            if day is not None and hour < 24 and minute < 60:
                return to_utc(datetime.combine(day, time(hour, minute))), False, None
        else:
            day = parse_date(text)
            if day is not None:
                return to_utc(datetime.combine(day, time(0, 0))), True, None
    return None, False, reading.CellError(_NOT_A_MOMENT, {"value": reading.cell_text(value)})


def _status(text: str) -> BidStatus | None:
    return _STATUS_WORDS.get(reading.normalise_header(text))


# --- reading ----------------------------------------------------------------------------------


class _RowReader(reading.RowCells):
    """Reads the cells of one bid row, collecting problems and warnings by column."""

    def kvk(self, name: str, text: str) -> str:
        kvk, padded = _kvk(text)
        if padded:
            self.warning(name, _KVK_PADDED, value=text, kvk=kvk)
        return kvk

    def organisations(self, names_field: str, kvks_field: str) -> tuple[OrganisationRef, ...]:
        names = [name for name in split_list(self.text(names_field)) if name]
        kvks = split_list(reading.cell_code(self.raw(kvks_field)))
        # "11111111; " pairs with two names: the second has no KvK number.
        while kvks and not kvks[-1] and len(kvks) > len(names):
            kvks.pop()
        if names and kvks and len(names) != len(kvks):
            self.problem(
                kvks_field,
                _KVK_COUNT,
                column=self.column(kvks_field),
                kvks=len(kvks),
                names=len(names),
            )
            return ()
        count = max(len(names), len(kvks))
        column = self.column(names_field) or self.column(kvks_field)
        found = []
        for position in range(count):
            name = names[position] if position < len(names) else ""
            kvk = self.kvk(kvks_field, kvks[position]) if position < len(kvks) else ""
            if name or kvk:
                found.append(OrganisationRef(name, kvk, column))
        return tuple(found)

    def read(self) -> BidRow:
        values: dict[str, Any] = {}
        raw_id = self.raw("id")
        if raw_id is not None:
            number, error = reading.cell_int(raw_id)
            if error is not None or (number is not None and number <= 0):
                self.problem("id", _NOT_AN_ID, value=reading.cell_text(raw_id))
            else:
                values["id"] = number
        for name in (
            "procurement",
            "lot",
            "code",
            "late_reason",
            "status_reason",
            "notes",
            "their_reference",
        ):
            values[name] = self.text(name)
        lead_name = self.text("lead")
        lead_kvk = self.kvk("lead_kvk", reading.cell_code(self.raw("lead_kvk")))
        if lead_name or lead_kvk:
            values["lead"] = OrganisationRef(
                lead_name, lead_kvk, self.column("lead") or self.column("lead_kvk")
            )
        values["members"] = self.organisations("members", "member_kvks")
        values["subcontractors"] = self.organisations("subcontractors", "subcontractor_kvks")
        moment, date_only, moment_error = cell_moment(self.raw("received"))
        if moment_error is not None:
            self.error("received", moment_error)
        elif moment is not None:
            values["received_at"] = moment
            if date_only:
                local = moment.astimezone(LOCAL_ZONE)
                shown = f"{local:%d-%m-%Y %H:%M}"
                self.warning("received", _NO_TIME, moment=shown)
        for name in ("price_per_year", "price_total"):
            amount, amount_error = reading.cell_decimal(self.raw(name))
            if amount_error is not None:
                self.error(name, amount_error)
            else:
                values[name] = amount
        status_text = self.text("status")
        if status_text:
            status = _status(status_text)
            if status is None:
                self.problem("status", _UNKNOWN_STATUS, value=status_text)
            values["status"] = status
        values["documents"] = tuple(part for part in split_list(self.text("documents")) if part)
        present = frozenset(self.mapping)
        if "lead_kvk" in present:
            present |= {"lead"}
        return BidRow(sheet=self.sheet, row=self.row, present=present, **values)


def read_bids(path: Path, explicit: Mapping[str, str] | None = None) -> ParsedBids:
    """Find the header, map columns (an explicit mapping wins) and read every data row."""
    sheet = reading.read_sheet(path)
    header = reading.find_header(sheet.rows, SYNONYMS, REQUIRED)
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
    missing = [name for name in ("lot",) if name not in mapping]
    if "lead" not in mapping and "lead_kvk" not in mapping:
        missing.append("lead")
    for name in missing:
        problems.append(
            Problem(
                _MISSING_COLUMN,
                sheet=sheet.name,
                row=header.excel_row,
                params={"field": FIELD_LABELS[name]},
                context=CONTEXT,
            )
        )
    rows: list[BidRow] = []
    warnings: list[Problem] = []
    headers = list(header.headers)
    if not problems:
        found, skipped = reading.read_data(sheet, header)
        warnings.extend(skipped)
        for excel_row, cells in found:
            if reading.is_total_row(cells):
                continue
            reader = _RowReader(sheet.name, excel_row, cells, mapping, headers, CONTEXT)
            rows.append(reader.read())
            problems.extend(reader.problems)
            warnings.extend(reader.warnings)
    derived = [header for name, header, _kind, _width in EXPORT_COLUMNS if name not in SYNONYMS]
    unmapped, notes = reading.unmapped_columns(
        headers, mapping, sheet.name, header.excel_row, SYNONYMS, derived
    )
    return ParsedBids(
        sheet=sheet.name,
        header_row=header.excel_row,
        headers=headers,
        mapping=mapping,
        layout_key=reading.layout_key(headers),
        rows=rows,
        warnings=[*notes, *warnings],
        problems=problems,
        unmapped=unmapped,
    )


# --- writing ----------------------------------------------------------------------------------


def _names(record: BidRecord, role: ConsortiumRole) -> list[str]:
    return [m.organisation_name for m in record.members if m.role is role]


def _kvks(record: BidRecord, role: ConsortiumRole, kvk_of: Mapping[int, str]) -> str:
    kvks = [kvk_of.get(m.organisation_id, "") for m in record.members if m.role is role]
    return LIST_SEPARATOR.join(kvks) if any(kvks) else ""


def export_row(record: BidRecord, kvk_of: Mapping[int, str]) -> tuple[Any, ...]:
    """The cells of one bid; ``kvk_of`` gives the KvK number of each organisation by id."""
    lead = next((m for m in record.members if m.role is ConsortiumRole.LEAD), None)
    values: dict[str, Any] = {
        "id": record.id,
        "procurement": record.lot_label.rpartition("/")[0],
        "lot": record.lot_label,
        "code": record.code,
        "lead": lead.organisation_name if lead else "",
        "lead_kvk": kvk_of.get(lead.organisation_id, "") if lead else "",
        "members": LIST_SEPARATOR.join(_names(record, ConsortiumRole.MEMBER)),
        "member_kvks": _kvks(record, ConsortiumRole.MEMBER, kvk_of),
        "subcontractors": LIST_SEPARATOR.join(_names(record, ConsortiumRole.SUBCONTRACTOR)),
        "subcontractor_kvks": _kvks(record, ConsortiumRole.SUBCONTRACTOR, kvk_of),
        "received": record.received_at,
        "late": "Ja" if record.late else "Nee",
        "late_reason": record.late_reason,
        "price_per_year": record.price_per_year,
        "price_total": record.price_total,
        "status": STATUS_TEXT[record.status],
        "status_reason": record.status_reason,
        "documents": "\n".join(record.documents),
        "notes": record.notes,
        "their_reference": record.their_reference,
    }
    return tuple(values[name] for name, _header, _kind, _width in EXPORT_COLUMNS)


def write_bids(path: Path, records: Sequence[BidRecord], kvk_of: Mapping[int, str]) -> None:
    columns = [writing.Column(header, kind, width) for _name, header, kind, width in EXPORT_COLUMNS]
    writing.write_workbook(
        path,
        [
            writing.SheetSpec(
                title=SHEET_TITLE,
                columns=columns,
                rows=(export_row(record, kvk_of) for record in records),
            )
        ],
    )
