"""The contract holder's decisions workbook (DOMAIN.md section 5): the municipality sends the
theme's contract holder its applications of one scheme; the holder fills in a decision per
row and sends the workbook back.

One protected sheet: the application's facts are locked, only the decision cells (decision,
granted amount, decision date, refusal reason) are open, with drop-down and validation lists.
A very hidden metadata sheet names the scheme and the organisation the workbook was made for,
so that a workbook of another scheme or organisation is refused on import. Workbook texts are
Dutch, as the holder reads them.
"""

from __future__ import annotations

import hashlib
import io
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from ssb_desktop.errors import N_, AppError
from ssb_desktop.excel import reading
from ssb_desktop.formatting import parse_date, parse_money
from ssb_desktop.records import Problem

DECISIONS_KIND = "ssb-decisions"
DECISIONS_VERSION = 1
DECISIONS_SHEET = "Besluiten"
LISTS_SHEET = "Lijsten"
GRANT = "Verlenen"
REFUSE = "Afwijzen"
CONTEXT = "Import"

# Header, number format, width, help; the last four are the holder's to fill in.
COLUMNS: tuple[tuple[str, str, int, str], ...] = (
    ("ID", "0", 8, "Nummer van de aanvraag in het programma van de gemeente; niet wijzigen."),
    ("Kenmerk", "@", 12, "Kenmerk van de aanvraag."),
    ("Organisatie", "@", 32, "De aanvrager."),
    ("Activiteit", "@", 40, "Waarvoor subsidie is gevraagd."),
    ("Aangevraagd bedrag", "#,##0.00", 16, "Het gevraagde bedrag."),
    ("Datum ontvangst", "dd-mm-yyyy", 14, "De dag waarop de aanvraag binnenkwam."),
    ("Beslissen uiterlijk", "dd-mm-yyyy", 14, "De beslistermijn."),
    ("Besluit", "@", 12, "Kies Verlenen of Afwijzen; leeg: nog geen besluit."),
    ("Verleend bedrag", "#,##0.00", 16, "Bij verlenen: het verleende bedrag."),
    ("Datum besluit", "dd-mm-yyyy", 14, "De dag van het besluit (dd-mm-jjjj)."),
    ("Reden afwijzing", "@", 40, "Bij afwijzen: de reden; die komt in de brief."),
)
HEADERS = tuple(header for header, _format, _width, _help in COLUMNS)
INPUT_HEADERS = ("Besluit", "Verleend bedrag", "Datum besluit", "Reden afwijzing")

_NOT_DECISIONS = N_(
    "Errors",
    "{path} is not a decisions workbook made by this program; export the decisions workbook "
    "of the scheme (Export decisions) and let the contract holder fill that in.",
)
_TOO_NEW = N_(
    "Errors",
    "{path} was made by a newer version of the program (version {version}); update the "
    "program and import it again.",
)
_CHANGED = N_(
    "Errors",
    "The columns of {path} were changed; the decisions cannot be read safely. Export a new "
    "decisions workbook and copy the decisions into it.",
)
_UNKNOWN_DECISION = N_(
    "Import", 'Unknown decision "{value}"; choose Verlenen or Afwijzen, or leave it empty.'
)
_NOT_AN_AMOUNT = N_("Import", '"{value}" is not an amount; write it as 1250,50.')
_NOT_A_DATE = N_("Import", '"{value}" is not a date; write it as dd-mm-jjjj.')
_NOT_AN_ID = N_(
    "Import", 'The ID "{value}" was changed; put back the ID the workbook was exported with.'
)
_NO_AMOUNT = N_("Import", "A grant needs the granted amount; fill it in.")
_NO_DATE = N_("Import", "A decision needs its date; fill it in as dd-mm-jjjj.")
_NO_REASON = N_("Import", "A refusal needs its reason for the letter; fill it in.")
_AMOUNT_WITH_REFUSAL = N_(
    "Import", "A refusal grants nothing; empty the granted amount or choose Verlenen."
)


@dataclass(frozen=True, slots=True)
class DecisionLine:
    """One application as the workbook shows it."""

    id: int
    reference: str
    applicant: str
    activity: str
    requested: Decimal
    received_on: date
    decision_due: date | None


@dataclass(frozen=True, slots=True)
class DecisionRow:
    """One filled-in row: ``grant`` True (Verlenen), False (Afwijzen) or None (no decision)."""

    sheet: str
    row: int
    id: int
    grant: bool | None
    granted: Decimal | None
    decided_on: date | None
    reason: str


@dataclass(slots=True)
class ParsedDecisions:
    scheme_id: int
    organisation_id: int
    rows: list[DecisionRow] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)


def structure_hash(scheme_id: int, organisation_id: int) -> str:
    text = "|".join([DECISIONS_KIND, str(scheme_id), str(organisation_id), *HEADERS])
    return hashlib.sha256(text.encode()).hexdigest()[:16]


def write_decisions(
    path: Path,
    *,
    scheme_id: int,
    scheme_name: str,
    organisation_id: int,
    organisation_name: str,
    lines: list[DecisionLine],
    today: date,
) -> None:
    """The decisions workbook of ``organisation_id`` for ``scheme_id``."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill, Protection
    from openpyxl.worksheet.datavalidation import DataValidation

    from ssb_desktop.excel.applications import _save_atomically

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = DECISIONS_SHEET
    header_font, header_fill = Font(bold=True), PatternFill("solid", fgColor="DDEBF7")
    input_fill, unlocked = PatternFill("solid", fgColor="FFFFF0"), Protection(locked=False)
    for column, (header, _format, width, _help) in enumerate(COLUMNS, start=1):
        cell = sheet.cell(row=1, column=column, value=header)
        cell.font, cell.fill = header_font, header_fill
        cell.alignment = Alignment(wrap_text=True, vertical="top")
        sheet.column_dimensions[reading.column_letter(column - 1)].width = width
    for number, line in enumerate(lines, start=2):
        values: tuple[Any, ...] = (
            line.id,
            line.reference,
            line.applicant,
            line.activity,
            line.requested,
            line.received_on,
            line.decision_due,
        )
        for column, value in enumerate(values, start=1):
            cell = sheet.cell(row=number, column=column, value=value)
            cell.number_format = COLUMNS[column - 1][1]
            if isinstance(value, str):
                cell.data_type = "s"
        for column in range(len(values) + 1, len(COLUMNS) + 1):
            cell = sheet.cell(row=number, column=column)
            cell.protection = unlocked
            cell.fill = input_fill
            cell.number_format = COLUMNS[column - 1][1]
    sheet.freeze_panes = "A2"
    sheet.protection.sheet = True
    sheet.protection.formatColumns = False

    lists = book.create_sheet(LISTS_SHEET)
    lists.cell(row=1, column=1, value=GRANT).data_type = "s"
    lists.cell(row=2, column=1, value=REFUSE).data_type = "s"
    lists.sheet_state = "hidden"
    lists.protection.sheet = True
    last = max(2, len(lines) + 1)

    def add(validation: DataValidation, header: str) -> None:
        letter = reading.column_letter(HEADERS.index(header))
        validation.promptTitle = header
        validation.prompt = next(text for name, _f, _w, text in COLUMNS if name == header)
        validation.showInputMessage = True
        validation.showErrorMessage = validation.type is not None
        validation.errorTitle = header
        validation.add(f"{letter}2:{letter}{last}")
        sheet.add_data_validation(validation)

    add(
        DataValidation(
            type="list",
            formula1=f"{LISTS_SHEET}!$A$1:$A$2",
            allow_blank=True,
            error="Kies Verlenen of Afwijzen.",
        ),
        "Besluit",
    )
    add(
        DataValidation(
            type="decimal",
            operator="greaterThan",
            formula1="0",
            allow_blank=True,
            error="Schrijf een bedrag groter dan nul, bijvoorbeeld 1250,50.",
        ),
        "Verleend bedrag",
    )
    add(
        DataValidation(
            type="date",
            operator="greaterThan",
            formula1="36526",
            allow_blank=True,
            error="Schrijf een datum als dd-mm-jjjj.",
        ),
        "Datum besluit",
    )
    add(DataValidation(allow_blank=True), "Reden afwijzing")

    metadata = book.create_sheet(reading.METADATA_SHEET)
    pairs = [
        ("key", "value"),
        ("kind", DECISIONS_KIND),
        ("version", str(DECISIONS_VERSION)),
        ("purpose", "Besluiten van de contracthouder op subsidieaanvragen"),
        ("sheet", DECISIONS_SHEET),
        ("scheme_id", str(scheme_id)),
        ("scheme", scheme_name),
        ("organisation_id", str(organisation_id)),
        ("organisation", organisation_name),
        ("generated_on", today.isoformat()),
        ("structure", structure_hash(scheme_id, organisation_id)),
    ]
    for row, (key, value) in enumerate(pairs, start=1):
        metadata.cell(row=row, column=1, value=key).data_type = "s"
        metadata.cell(row=row, column=2, value=value).data_type = "s"
    metadata.sheet_state = "veryHidden"
    book.active = 0
    buffer = io.BytesIO()
    book.save(buffer)
    _save_atomically(buffer.getvalue(), path)


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def _amount(value: Any) -> Decimal | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        try:
            return Decimal(str(value)).quantize(Decimal("0.01"))
        except InvalidOperation:
            return None
    return parse_money(_text(value))


def _date(value: Any) -> date | None:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    return parse_date(_text(value))


def read_decisions(path: Path) -> ParsedDecisions:
    """The filled-in rows of a decisions workbook, and what in them cannot be read; refuses a
    workbook that is not one, or whose columns were changed."""
    from openpyxl import load_workbook

    metadata = reading.read_metadata(path)
    if metadata.get("kind") != DECISIONS_KIND:
        raise AppError(_NOT_DECISIONS, {"path": str(path)}, field="file")
    if int(metadata.get("version", "0") or 0) > DECISIONS_VERSION:
        raise AppError(_TOO_NEW, {"path": str(path), "version": metadata.get("version", "")})
    try:
        scheme_id = int(metadata["scheme_id"])
        organisation_id = int(metadata["organisation_id"])
    except (KeyError, ValueError) as error:
        raise AppError(_NOT_DECISIONS, {"path": str(path)}, field="file") from error
    if metadata.get("structure") != structure_hash(scheme_id, organisation_id):
        raise AppError(_CHANGED, {"path": str(path)}, field="file")
    book = load_workbook(path, data_only=True, read_only=True)
    try:
        if DECISIONS_SHEET not in book.sheetnames:
            raise AppError(_CHANGED, {"path": str(path)}, field="file")
        rows = list(book[DECISIONS_SHEET].iter_rows(values_only=True))
    finally:
        book.close()
    if not rows or tuple(_text(value) for value in rows[0][: len(HEADERS)]) != HEADERS:
        raise AppError(_CHANGED, {"path": str(path)}, field="file")
    parsed = ParsedDecisions(scheme_id, organisation_id)
    index = {header: HEADERS.index(header) for header in HEADERS}

    def problem(number: int, header: str, message: str, **params: Any) -> None:
        parsed.problems.append(Problem(message, DECISIONS_SHEET, number, header, params, CONTEXT))

    for number, values in enumerate(rows[1:], start=2):
        cells = list(values) + [None] * (len(HEADERS) - len(values))
        if all(_text(value) == "" for value in cells[: len(HEADERS)]):
            continue
        id_text = _text(cells[index["ID"]])
        if not id_text.isdigit():
            problem(number, "ID", _NOT_AN_ID, value=id_text)
            continue
        decision_text = _text(cells[index["Besluit"]])
        amount_cell, date_cell = cells[index["Verleend bedrag"]], cells[index["Datum besluit"]]
        reason = _text(cells[index["Reden afwijzing"]])
        grant: bool | None = None
        if decision_text.casefold() == GRANT.casefold():
            grant = True
        elif decision_text.casefold() == REFUSE.casefold():
            grant = False
        elif decision_text:
            problem(number, "Besluit", _UNKNOWN_DECISION, value=decision_text)
            continue
        amount = _amount(amount_cell) if _text(amount_cell) else None
        if _text(amount_cell) and amount is None:
            problem(number, "Verleend bedrag", _NOT_AN_AMOUNT, value=_text(amount_cell))
            continue
        decided_on = _date(date_cell) if _text(date_cell) else None
        if _text(date_cell) and decided_on is None:
            problem(number, "Datum besluit", _NOT_A_DATE, value=_text(date_cell))
            continue
        before = len(parsed.problems)
        if grant is not None and decided_on is None:
            problem(number, "Datum besluit", _NO_DATE)
        if grant is True and amount is None:
            problem(number, "Verleend bedrag", _NO_AMOUNT)
        if grant is False and not reason:
            problem(number, "Reden afwijzing", _NO_REASON)
        if grant is False and amount:
            problem(number, "Verleend bedrag", _AMOUNT_WITH_REFUSAL)
        if len(parsed.problems) > before:
            continue
        parsed.rows.append(
            DecisionRow(DECISIONS_SHEET, number, int(id_text), grant, amount, decided_on, reason)
        )
    return parsed


__all__ = [
    "DECISIONS_KIND",
    "DECISIONS_SHEET",
    "DecisionLine",
    "DecisionRow",
    "ParsedDecisions",
    "read_decisions",
    "write_decisions",
]
