"""The subsidy applications workbooks: reading colleagues' lists and returned application forms,
and writing the applications export, the allocation for the alderman's memo and the form."""

from __future__ import annotations

import hashlib
import io
import re
import zipfile
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, fields
from datetime import date
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from itertools import repeat
from operator import itemgetter
from pathlib import Path
from typing import Any, TypeVar

from ssb_desktop.errors import N_, WorkbookError
from ssb_desktop.excel import reading, writing
from ssb_desktop.formatting import format_date, is_ascii_digits, local_today
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
    "their_reference": (
        "Kenmerk aanvrager",
        "Uw kenmerk",
        "Eigen kenmerk",
        "Referentie aanvrager",
    ),
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
    "their_reference": N_("Fields", "Applicant's own reference"),
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
_KVK_PADDED = N_("Import", "KvK number {value} lost its leading zeros; read as {kvk}.")
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


@dataclass(slots=True)
class ApplicationRow:
    """One data row of an applications workbook, with each cell read into its type.

    ``present`` names the fields that have a column: a field without one keeps the stored
    value when the row matches an existing application. Treat a row as read-only; it is not
    frozen only because a frozen dataclass is four times slower to make, which an import of
    50,000 rows pays for every row.
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
    their_reference: str = ""


# The fields in the order _read_rows gives them, positionally.
_ROW_FIELDS = (
    "sheet",
    "row",
    "present",
    "id",
    "reference",
    "scheme",
    "theme",
    "applicant",
    "kvk",
    "iban",
    "activity",
    "goals",
    "districts",
    "requested",
    "budget",
    "other_funders",
    "members",
    "received",
    "status",
    "decision_on",
    "granted",
    "settled",
    "ranking_score",
    "notes",
    "their_reference",
)
assert tuple(item.name for item in fields(ApplicationRow)) == _ROW_FIELDS


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
    unmapped: tuple[str, ...] = ()  # header labels no field reads (reading.unmapped_columns)

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
    if is_ascii_digits(digits) and 4 <= len(digits) < 8:
        return digits.zfill(8), True
    return text.strip(), False


_TEXT_FIELDS = (
    "reference",
    "scheme",
    "theme",
    "applicant",
    "iban",
    "activity",
    "goals",
    "other_funders",
    "notes",
    "their_reference",
)
_T = TypeVar("_T")


# Cell types whose values can compare equal to one another (1 == 1.0 == True).
_NUMBER_TYPES = frozenset({bool, int, float})


def _each(
    values: Sequence[reading.CellValue], convert: Callable[[reading.CellValue], _T]
) -> list[_T]:
    """``convert`` of each value, computed once per distinct value: a column of tens of
    thousands of amounts, dates or statuses holds a few hundred distinct ones."""
    types = set(map(type, values))
    if len(types & _NUMBER_TYPES) <= 1:
        # No two values of different types compare equal: one lookup per cell, in C.
        memo = {value: convert(value) for value in set(values)}
        # 0.0 and -0.0 are equal but read differently; such a column takes the long way.
        if not (float in types and 0 in memo):
            return list(map(memo.__getitem__, values))
    keyed: dict[tuple[type, reading.CellValue], _T] = {}
    out: list[_T] = []
    append = out.append
    for value in values:
        if type(value) is float and not value:
            append(convert(value))
            continue
        key = (type(value), value)
        if key not in keyed:
            keyed[key] = convert(value)
        append(keyed[key])
    return out


def _text_column(values: Sequence[reading.CellValue]) -> list[str]:
    """The text of each cell as :func:`reading.cell_text` gives it, texts stripped inline."""
    types = set(map(type, values))
    if types == {str}:
        return list(map(str.strip, values))  # type: ignore[arg-type]
    if types <= {type(None)}:
        return [""] * len(values)
    cell_text = reading.cell_text
    return [
        value.strip() if type(value) is str else "" if value is None else cell_text(value)
        for value in values
    ]


def _id_cell(value: reading.CellValue) -> tuple[int | None, bool]:
    """The id of an export's row, and whether the cell holds something that is no id."""
    if value is None:
        return None, False
    number, error = reading.cell_int(value)
    if error is not None or (number is not None and number <= 0):
        return None, True
    return number, False


def _kvk_cell(value: reading.CellValue) -> tuple[str, str | None]:
    """The KvK number, and the text as read when its leading zeros were restored."""
    text = reading.cell_code(value)
    kvk, padded = _kvk(text)
    return kvk, text if padded else None


def _score_cell(value: reading.CellValue) -> tuple[Decimal | None, bool]:
    """The ranking score rounded to four places, and whether the cell holds no score."""
    if value is None or (type(value) is str and not value.strip()):
        return None, False
    found: Decimal | None = None
    if isinstance(value, int | float) and not isinstance(value, bool):
        found = Decimal(str(value))
    elif isinstance(value, str):
        try:
            found = Decimal(value.strip().replace(" ", "").replace(",", "."))
        except InvalidOperation:
            found = None
    if found is None or not found.is_finite() or not 0 <= found < _SCORE_LIMIT:
        return None, True
    return found.quantize(_SCORE_PLACES, rounding=ROUND_HALF_UP), False


def _read_rows(
    sheet: str,
    data: Sequence[tuple[int, reading.Row]],
    mapping: Mapping[str, int],
    headers: Sequence[str],
    *,
    is_form: bool,
    today: date,
    problems: list[Problem],
    warnings: list[Problem],
) -> list[ApplicationRow]:
    """Every data row read into its types, converted column by column with one conversion
    per distinct value (a list of 50,000 applications has over half a million cells); the
    checks then run per row, so problems come in the order of the rows and of their cells."""
    count = len(data)
    names = list(mapping)
    raw: dict[str, Sequence[reading.CellValue]] = {}
    if names and count:
        indexes = [mapping[name] for name in names]
        width = max(indexes) + 1
        padding: reading.Row = (None,) * width
        cells_of = itemgetter(*indexes)
        picked = [cells_of(cells if len(cells) >= width else cells + padding) for _r, cells in data]
        if len(names) == 1:
            raw[names[0]] = picked
        else:
            raw.update(zip(names, zip(*picked, strict=True), strict=True))
    blank: list[reading.CellValue] = [None] * count

    def cells(name: str) -> Sequence[reading.CellValue]:
        return raw.get(name, blank)

    def column(name: str) -> str:
        index = mapping.get(name)
        return headers[index] if index is not None else ""

    excel_rows = [excel_row for excel_row, _cells in data]
    texts = {name: _text_column(cells(name)) for name in _TEXT_FIELDS}
    raw_ids = cells("id")
    id_cells = _each(raw_ids, _id_cell)
    kvk_cells = _each(cells("kvk"), _kvk_cell)
    district_texts = _text_column(cells("districts"))
    district_memo: dict[str, tuple[str, ...]] = {}
    districts: list[tuple[str, ...]] = []
    for text in district_texts:
        if text not in district_memo:
            district_memo[text] = tuple(split_list(text))
        districts.append(district_memo[text])
    raw_requested = cells("requested")
    requested_cells = _each(raw_requested, reading.cell_decimal)
    score_cells = _each(cells("ranking_score"), _score_cell)
    amount_fields = ("budget", "granted", "settled")
    raw_amounts = [cells(name) for name in amount_fields]
    amount_columns = [
        (name, values, _each(values, reading.cell_decimal))
        for name, values in zip(amount_fields, raw_amounts, strict=True)
    ]
    raw_members = cells("members")
    member_cells = _each(raw_members, reading.cell_int)
    raw_received = cells("received")
    received_cells = _each(raw_received, reading.cell_date)
    decision_cells = _each(cells("decision_on"), reading.cell_date)
    status_texts = _text_column(cells("status"))
    statuses = [status_of(text) if text else None for text in status_texts]
    present = frozenset(mapping)
    if "kvk" in present:
        present |= {"applicant"}
    applicant_field = "applicant" if "applicant" in mapping else "kvk"

    def problem(excel_row: int, name: str, message: str, **params: Any) -> None:
        problems.append(Problem(message, sheet, excel_row, column(name), params, CONTEXT))

    def warning(excel_row: int, name: str, message: str, **params: Any) -> None:
        warnings.append(Problem(message, sheet, excel_row, column(name), params, CONTEXT))

    # The values of every row; the checks below correct a few of them.
    row_ids = [row_id for row_id, _bad in id_cells]
    kvks = [kvk for kvk, _padded in kvk_cells]
    requested_values = [amount for amount, _error in requested_cells]
    scores = [score for score, _bad in score_cells]
    amount_values = [[amount for amount, _error in cells] for _n, _r, cells in amount_columns]
    members_values = [members for members, _error in member_cells]
    received_values = [received for received, _error in received_cells]
    decisions = [decision for decision, _error in decision_cells]

    # Only rows where a column has something to say are checked one by one (a superset of
    # the rows with a problem or a warning), in the order of the rows and of their cells.
    flagged: set[int] = set()
    flagged.update(i for i, (_id, bad) in enumerate(id_cells) if bad)
    flagged.update(i for i, (_kvk, padded) in enumerate(kvk_cells) if padded is not None)
    flagged.update(i for i, text in enumerate(texts["applicant"]) if not text)
    flagged.update(i for i, text in enumerate(texts["activity"]) if not text)
    flagged.update(
        i
        for i, (amount, error) in enumerate(requested_cells)
        if error is not None or amount is None or amount <= 0
    )
    flagged.update(i for i, (_score, bad) in enumerate(score_cells) if bad)
    for _name, _raw, converted in amount_columns:
        flagged.update(
            i
            for i, (amount, error) in enumerate(converted)
            if error is not None or (amount is not None and amount < 0)
        )
    flagged.update(
        i
        for i, (members, error) in enumerate(member_cells)
        if error is not None or (members is not None and members < 0)
    )
    flagged.update(
        i
        for i, (received, error) in enumerate(received_cells)
        if error is not None or received is None
    )
    flagged.update(i for i, (_day, error) in enumerate(decision_cells) if error is not None)
    flagged.update(
        i
        for i, (status, text) in enumerate(zip(statuses, status_texts, strict=True))
        if status is None and text
    )

    for i in sorted(flagged):
        excel_row = excel_rows[i]
        row_id, bad_id = id_cells[i]
        if bad_id:
            problem(excel_row, "id", _NOT_AN_ID, value=reading.cell_text(raw_ids[i]))
        kvk, padded_from = kvk_cells[i]
        if padded_from is not None:
            warning(excel_row, "kvk", _KVK_PADDED, value=padded_from, kvk=kvk)
        if row_id is None:
            if not texts["applicant"][i] and not kvk:
                problem(excel_row, applicant_field, _NO_APPLICANT)
            if not texts["activity"][i]:
                problem(excel_row, "activity", _NO_ACTIVITY)
        requested, error = requested_cells[i]
        if error is not None:
            problems.append(error.at(sheet, excel_row, column("requested")))
        elif requested is None:
            if raw_requested[i] is None and row_id is None:
                problem(excel_row, "requested", _NO_REQUESTED)
        elif requested <= 0:
            problem(
                excel_row, "requested", _NOT_POSITIVE, value=reading.cell_text(raw_requested[i])
            )
        if score_cells[i][1]:
            shown = reading.cell_text(cells("ranking_score")[i])
            problem(excel_row, "ranking_score", _NOT_A_SCORE, value=shown)
        for name, raw_values, converted in amount_columns:
            amount, error = converted[i]
            if error is not None:
                problems.append(error.at(sheet, excel_row, column(name)))
            elif amount is not None and amount < 0:
                problem(excel_row, name, _NEGATIVE, value=reading.cell_text(raw_values[i]))
        members, error = member_cells[i]
        if error is not None:
            problems.append(error.at(sheet, excel_row, column("members")))
        elif members is not None and members < 0:
            problem(excel_row, "members", _NEGATIVE_MEMBERS, value=members)
            members_values[i] = None
        received, error = received_cells[i]
        if error is not None:
            problems.append(error.at(sheet, excel_row, column("received")))
        elif received is None and raw_received[i] is None:
            if is_form:
                received_values[i] = today
                warning(excel_row, "received", _RECEIVED_TODAY, date=format_date(today))
            elif row_id is None:
                problem(excel_row, "received", _NO_RECEIVED)
        decision_error = decision_cells[i][1]
        if decision_error is not None:
            problems.append(decision_error.at(sheet, excel_row, column("decision_on")))
        if statuses[i] is None and status_texts[i]:
            problem(excel_row, "status", _UNKNOWN_STATUS, value=status_texts[i])

    # Positionally, in the order of ApplicationRow's fields (checked where they are declared).
    return list(
        map(
            ApplicationRow,
            repeat(sheet, count),
            excel_rows,
            repeat(present, count),
            row_ids,
            texts["reference"],
            texts["scheme"],
            texts["theme"],
            texts["applicant"],
            kvks,
            texts["iban"],
            texts["activity"],
            texts["goals"],
            districts,
            requested_values,
            amount_values[0],
            texts["other_funders"],
            members_values,
            received_values,
            statuses,
            decisions,
            amount_values[1],
            amount_values[2],
            scores,
            texts["notes"],
            texts["their_reference"],
        )
    )


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
    with reading.collector_paused():
        return _read_applications(path, explicit, today)


def _read_applications(
    path: Path, explicit: Mapping[str, str | None] | None, today: date | None
) -> ParsedApplications:
    metadata = reading.read_metadata(path) if _has_metadata(path) else {}
    is_form = metadata.get("kind") == FORM_KIND
    form_scheme_id: int | None = None
    if is_form:
        version = metadata.get("version", "")
        if not is_ascii_digits(version) or int(version) > FORM_VERSION:
            raise WorkbookError(_FORM_TOO_NEW, {"name": path.name}, context="Excel")
        sheet = reading.read_sheet(path, metadata.get("sheet") or FORM_SHEET)
        scheme_text = metadata.get("scheme_id", "")
        form_scheme_id = int(scheme_text) if is_ascii_digits(scheme_text) else None
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
    day = today or local_today()
    if not problems:
        activity, received = mapping.get("activity"), mapping.get("received")
        data: list[tuple[int, reading.Row]] = []
        found, skipped = reading.read_data(sheet, header)
        warnings.extend(skipped)
        for excel_row, cells in found:
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
            data.append((excel_row, cells))
        rows = _read_rows(
            sheet.name,
            data,
            mapping,
            headers,
            is_form=is_form,
            today=day,
            problems=problems,
            warnings=warnings,
        )
    derived = [header for name, header, _kind, _width in EXPORT_COLUMNS if name not in SYNONYMS]
    unmapped, notes = reading.unmapped_columns(
        headers, mapping, sheet.name, header.excel_row, SYNONYMS, derived
    )
    return ParsedApplications(
        sheet=sheet.name,
        header_row=header.excel_row,
        headers=headers,
        mapping=mapping,
        layout_key=reading.layout_key(headers),
        rows=rows,
        warnings=[*notes, *warnings],
        problems=problems,
        form_scheme_id=form_scheme_id,
        unmapped=unmapped,
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
    ("their_reference", "Kenmerk aanvrager", writing.ColumnKind.CODE, 18),
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
        "their_reference": record.their_reference,
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
    remaining: Decimal  # what the ceiling leaves (services.subsidies.rules.ceiling_left)


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
    path: Path,
    summary: AllocationSummary,
    records: Sequence[ApplicationRecord],
    remaining_after: Sequence[Decimal],
) -> None:
    """A summary sheet (scheme, ceiling, totals, remaining) and one row per application in
    the order of receipt, with what remains of the ceiling after each grant
    (``remaining_after``, one per record)."""
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

    def rows() -> Any:
        for record, remaining in zip(records, remaining_after, strict=True):
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
        ("generated_on", (today or local_today()).isoformat()),
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
