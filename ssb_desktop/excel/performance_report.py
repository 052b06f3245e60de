"""The contractor's performance report workbook: written per contract and period, read back.

One sheet "Rapportage" lists every indicator of the contract per district it is agreed for
(or for the whole municipality), with the year's target; the contractor fills in the realised
value of the period in the yellow cells and may add a note on the report. Only those cells are
unlocked on a protected sheet (protection prevents mistakes, it is not security); a very hidden
metadata sheet holds the format version, the contract, the period, which indicator and district
each row holds and a sha256 hash of the structure (metadata plus the names in the rows), so a
returned file whose rows were moved or renamed, or whose metadata was edited, is refused. Values
are checked again in Python whatever the workbook's own validation says.
"""

from __future__ import annotations

import hashlib
import io
import re
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from ssb_desktop.errors import N_, WorkbookError
from ssb_desktop.excel import reading
from ssb_desktop.excel.scoring_grids import safe_file_name, save_atomically
from ssb_desktop.formatting import format_date, format_moment, format_number
from ssb_desktop.records import Problem

CONTEXT = "Excel"
KIND = "performance-report"
FORMAT_VERSION = "1"
INSTRUCTIONS_SHEET = "Toelichting"
REPORT_SHEET = "Rapportage"
HEADER_ROW = 5
FIRST_ROW = 6
NOTE_CELL = "B3"
STRUCTURE_KEY = "structure"
ROW_KEY = "row:"
COLUMNS: tuple[tuple[str, str, float], ...] = (
    ("A", "Indicator", 40),
    ("B", "Eenheid", 16),
    ("C", "Wijk", 26),
    ("D", "Doel (jaar)", 14),
    ("E", "Gerealiseerd in deze periode", 18),
)
VALUE_COLUMN = "E"
MUNICIPALITY = "Hele gemeente"

INSTRUCTIONS: tuple[str, ...] = (
    "Prestatierapportage",
    "",
    "Zo vult u dit formulier in",
    "1. Het tabblad Rapportage heeft een regel per prestatie-indicator en per wijk waarvoor "
    "een afspraak geldt. De kolom Doel toont het doel voor het hele jaar.",
    "2. Vul in de gele kolom Gerealiseerd in wat in deze periode is bereikt: een getal van nul "
    "of meer. Laat een cel leeg als u de waarde niet kent; een lege cel wordt niet ingelezen.",
    "3. In de gele cel bovenaan kunt u een toelichting of de namen van bijgevoegde documenten "
    "kwijt.",
    "4. Verplaats, sorteer of verwijder geen regels en wijzig geen namen: een gewijzigd "
    "formulier kan niet worden ingelezen.",
    "5. Stuur het bestand terug aan de gemeente. De gemeente beoordeelt de rapportage; de "
    "wijkplatforms krijgen het deel van hun wijk.",
)

_NOT_A_REPORT = N_(
    "Excel",
    "{file} is not a performance report form of this program, or its hidden information was "
    "removed; ask the municipality for a new form and copy the values into it.",
)
_OTHER_VERSION = N_(
    "Excel",
    "{file} is a performance report form of another format ({version}); ask for a new form and "
    "copy the values into it.",
)
_NO_SHEET = N_(
    "Excel", "{file} has no sheet {sheet}; ask for a new form and copy the values into it."
)
_TAMPERED = N_(
    "Excel",
    "{file}: the layout of sheet {sheet} or its hidden information was changed (rows moved, "
    "names changed or information edited), so the values cannot be matched safely; ask for a "
    "new form and copy the values into it.",
)
_NOT_A_NUMBER = N_(
    "Excel", '{file}, {cell}: "{value}" is not a number; enter the realised value as a number.'
)
_NEGATIVE = N_(
    "Excel", "{file}, {cell}: the value {value} is negative; a realised value is zero or more."
)


@dataclass(frozen=True, slots=True)
class TemplateRow:
    indicator_id: int
    indicator_name: str
    unit: str
    district_id: int | None
    district_name: str
    target: Decimal | None
    current: Decimal | None = None


@dataclass(frozen=True, slots=True)
class ReportTemplate:
    """What a report form is written from: the contract, the period and its rows."""

    contract_id: int
    contract_reference: str
    lot_label: str
    contractor: str
    period_start: date
    period_end: date
    rows: tuple[TemplateRow, ...]
    note: str = ""


@dataclass(frozen=True, slots=True)
class ReportCell:
    row: int
    indicator_id: int
    district_id: int | None
    value: Decimal | None

    @property
    def cell(self) -> str:
        return f"{REPORT_SHEET}!{VALUE_COLUMN}{self.row}"


@dataclass(frozen=True, slots=True)
class ParsedReport:
    """What a returned report says; ``problems`` non-empty means it cannot be imported."""

    path: Path
    contract_id: int | None = None
    contract_reference: str = ""
    period_start: date | None = None
    period_end: date | None = None
    note: str = ""
    cells: tuple[ReportCell, ...] = ()
    problems: tuple[Problem, ...] = field(default_factory=tuple)


def report_file_name(reference: str, start: date, end: date) -> str:
    return safe_file_name(f"{reference}-rapportage-{start:%Y%m%d}-{end:%Y%m%d}")


def structure_hash(metadata: dict[str, str], texts: dict[str, str]) -> str:
    lines = [f"{key}={value}" for key, value in sorted(metadata.items()) if key != STRUCTURE_KEY]
    lines += [f"{ref}={text}" for ref, text in sorted(texts.items())]
    return hashlib.sha256("\n".join(lines).encode("utf-8")).hexdigest()


def _text(cell: Any, value: str) -> None:
    """Write ``value`` as text: a name starting with "=" must never become a formula."""
    cell.value = value
    if value:
        cell.data_type = "s"


def write_report_form(path: Path, template: ReportTemplate, *, exported_at: datetime) -> None:
    """Write the contractor's report form for ``template`` at ``path`` (atomically replaced)."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill, Protection
    from openpyxl.worksheet.datavalidation import DataValidation

    book = Workbook()
    instructions = book.active
    assert instructions is not None
    instructions.title = INSTRUCTIONS_SHEET
    period = f"{format_date(template.period_start)} t/m {format_date(template.period_end)}"
    lines = [
        *INSTRUCTIONS,
        "",
        f"Overeenkomst: {template.contract_reference} (perceel {template.lot_label})",
        f"Opdrachtnemer: {template.contractor}",
        f"Periode: {period}",
        f"Gemaakt op: {format_moment(exported_at)}",
    ]
    for number, line in enumerate(lines, start=1):
        _text(instructions.cell(row=number, column=1), line)
        instructions.cell(row=number, column=1).alignment = Alignment(wrap_text=True)
    instructions["A1"].font = Font(bold=True, size=14)
    instructions["A3"].font = Font(bold=True)
    instructions.column_dimensions["A"].width = 110
    instructions.protection.sheet = True

    sheet = book.create_sheet(REPORT_SHEET)
    _text(sheet["A1"], f"Prestatierapportage {template.contract_reference}, {period}")
    sheet["A1"].font = Font(bold=True, size=14)
    _text(sheet["A2"], f"Opdrachtnemer: {template.contractor}")
    _text(sheet["A3"], "Toelichting / documenten:")
    input_fill = PatternFill("solid", fgColor="FFF2CC")
    unlocked = Protection(locked=False)
    note = sheet[NOTE_CELL]
    _text(note, template.note)
    note.protection = unlocked
    note.fill = input_fill
    note.number_format = "@"
    header_fill = PatternFill("solid", fgColor="DDEBF7")
    for letter, header, width in COLUMNS:
        cell = sheet[f"{letter}{HEADER_ROW}"]
        _text(cell, header)
        cell.font = Font(bold=True)
        cell.fill = header_fill
        sheet.column_dimensions[letter].width = width
    sheet.freeze_panes = f"A{FIRST_ROW}"
    validation = DataValidation(
        type="decimal",
        operator="greaterThanOrEqual",
        formula1="0",
        allow_blank=True,
        showErrorMessage=True,
        errorTitle="Gerealiseerd",
        error="Vul een getal van nul of meer in.",
    )
    sheet.add_data_validation(validation)
    metadata: dict[str, str] = {
        "kind": KIND,
        "version": FORMAT_VERSION,
        "purpose": "Prestatierapportage van een opdrachtnemer over één periode",
        "contract_id": str(template.contract_id),
        "contract_reference": template.contract_reference,
        "period_start": template.period_start.isoformat(),
        "period_end": template.period_end.isoformat(),
        "exported_at": exported_at.isoformat(),
        "sheet": REPORT_SHEET,
    }
    texts: dict[str, str] = {}
    row = FIRST_ROW
    for item in template.rows:
        district = item.district_name if item.district_id is not None else MUNICIPALITY
        _text(sheet[f"A{row}"], item.indicator_name)
        _text(sheet[f"B{row}"], item.unit)
        _text(sheet[f"C{row}"], district)
        if item.target is not None:
            sheet[f"D{row}"] = item.target
            sheet[f"D{row}"].number_format = "#,##0.##"
        value = sheet[f"{VALUE_COLUMN}{row}"]
        value.protection = unlocked
        value.fill = input_fill
        value.number_format = "#,##0.##"
        if item.current is not None:
            value.value = item.current
        validation.add(f"{VALUE_COLUMN}{row}")
        metadata[f"{ROW_KEY}{row}"] = (
            f"{item.indicator_id}:{item.district_id if item.district_id is not None else ''}"
        )
        texts[f"A{row}"] = item.indicator_name.strip()
        texts[f"C{row}"] = district.strip()
        row += 1
    sheet.protection.sheet = True
    sheet.protection.formatColumns = False
    sheet.protection.formatRows = False
    metadata[STRUCTURE_KEY] = structure_hash(metadata, texts)
    meta_sheet = book.create_sheet(reading.METADATA_SHEET)
    _text(meta_sheet["A1"], "key")
    _text(meta_sheet["B1"], "value")
    for number, (name, text) in enumerate(metadata.items(), start=2):
        _text(meta_sheet.cell(row=number, column=1), name)
        _text(meta_sheet.cell(row=number, column=2), text)
    meta_sheet.sheet_state = "veryHidden"
    meta_sheet.protection.sheet = True
    book.active = 1
    buffer = io.BytesIO()
    book.save(buffer)
    save_atomically(buffer.getvalue(), path)


def _problem(message: str, file: str, *, row: int | None = None, **params: Any) -> Problem:
    return Problem(
        message,
        sheet=REPORT_SHEET,
        row=row,
        column=VALUE_COLUMN if row is not None else "",
        params={"file": file, "sheet": REPORT_SHEET, **params},
        context=CONTEXT,
    )


def _number(value: reading.CellValue) -> Decimal | str | None:
    if value is None:
        return None
    if isinstance(value, bool):
        return reading.cell_text(value)
    if isinstance(value, int | float):
        try:
            number = Decimal(str(value))
        except InvalidOperation:
            return str(value)
        return number if number.is_finite() else str(value)
    text = reading.cell_text(value)
    if not text:
        return None
    cleaned = text.replace(" ", "").replace("\u00a0", "")
    if re.fullmatch(r"-?\d{1,3}(\.\d{3})+(,\d+)?", cleaned):
        cleaned = cleaned.replace(".", "")
    try:
        number = Decimal(cleaned.replace(",", "."))
    except InvalidOperation:
        return text
    return number if number.is_finite() else text


def _int(text: str) -> int | None:
    try:
        return int(text)
    except ValueError:
        return None


def _date(text: str) -> date | None:
    try:
        return date.fromisoformat(text)
    except ValueError:
        return None


def read_report_form(path: Path) -> ParsedReport:
    """Read a returned report form after the safety checks; validate its structure and every
    value cell. Raises :class:`WorkbookError` for a file that is unsafe or no workbook."""
    file = path.name
    metadata = reading.read_metadata(path)  # runs the safety check first
    if metadata.get("kind") != KIND:
        return ParsedReport(path, problems=(_problem(_NOT_A_REPORT, file),))
    if metadata.get("version") != FORMAT_VERSION:
        return ParsedReport(
            path, problems=(_problem(_OTHER_VERSION, file, version=metadata.get("version", "?")),)
        )
    try:
        sheet = reading.read_sheet(path, REPORT_SHEET)
    except WorkbookError:
        return ParsedReport(path, problems=(_problem(_NO_SHEET, file),))
    if sheet.name != REPORT_SHEET:
        return ParsedReport(path, problems=(_problem(_NO_SHEET, file),))
    rows = sheet.rows

    def value(column: str, number: int) -> reading.CellValue:
        index = number - 1
        column_index = "ABCDE".index(column)
        if index >= len(rows) or column_index >= len(rows[index]):
            return None
        return rows[index][column_index]

    texts: dict[str, str] = {}
    for key in metadata:
        if key.startswith(ROW_KEY):
            number = _int(key[len(ROW_KEY) :])
            if number is None:
                return ParsedReport(path, problems=(_problem(_TAMPERED, file),))
            texts[f"A{number}"] = reading.cell_text(value("A", number))
            texts[f"C{number}"] = reading.cell_text(value("C", number))
    contract_id = _int(metadata.get("contract_id", ""))
    start = _date(metadata.get("period_start", ""))
    end = _date(metadata.get("period_end", ""))
    if (
        structure_hash(metadata, texts) != metadata.get(STRUCTURE_KEY)
        or contract_id is None
        or start is None
        or end is None
    ):
        return ParsedReport(path, problems=(_problem(_TAMPERED, file),))
    cells: list[ReportCell] = []
    problems: list[Problem] = []
    for key, ids in metadata.items():
        if not key.startswith(ROW_KEY):
            continue
        number = int(key[len(ROW_KEY) :])
        indicator_text, _, district_text = ids.partition(":")
        indicator_id = _int(indicator_text)
        district_id = _int(district_text) if district_text else None
        if indicator_id is None or (district_text and district_id is None):
            return ParsedReport(path, problems=(_problem(_TAMPERED, file),))
        cell = f"{REPORT_SHEET}!{VALUE_COLUMN}{number}"
        parsed = _number(value(VALUE_COLUMN, number))
        if isinstance(parsed, str):
            problems.append(_problem(_NOT_A_NUMBER, file, row=number, cell=cell, value=parsed[:60]))
            continue
        if parsed is not None and parsed < 0:
            problems.append(
                _problem(_NEGATIVE, file, row=number, cell=cell, value=format_number(parsed))
            )
            continue
        cells.append(ReportCell(number, indicator_id, district_id, parsed))
    cells.sort(key=lambda item: item.row)
    return ParsedReport(
        path,
        contract_id=contract_id,
        contract_reference=metadata.get("contract_reference", ""),
        period_start=start,
        period_end=end,
        note=reading.cell_text(value("B", 3)),
        cells=tuple(cells),
        problems=tuple(problems),
    )
