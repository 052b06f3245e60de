"""Reads one sheet of an untrusted workbook and finds its header, its data rows and cell values.

Values come from ``python-calamine`` (cached results for formula cells, dates as ``date`` /
``datetime``) after :func:`~ssb_desktop.excel.safety.check_workbook_file` has vetted the file.
Blank cells are ``None``. Nothing here trusts the sheet's own idea of where the data ends.
"""

from __future__ import annotations

import dataclasses
import functools
import gc
import hashlib
import re
import unicodedata
import zipfile
from collections.abc import Callable, Collection, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from pathlib import Path
from typing import Any, ParamSpec

from python_calamine import (
    CalamineError,
    CalamineWorkbook,
    SheetTypeEnum,
    SheetVisibleEnum,
)

from ssb_desktop.errors import N_, WorkbookError
from ssb_desktop.excel.safety import check_workbook_file
from ssb_desktop.formatting import CENT, format_date, parse_date, parse_money
from ssb_desktop.records import ImportReport, Problem

CONTEXT = "Excel"

CellValue = str | int | float | bool | date | datetime | time | timedelta | None
Row = tuple[CellValue, ...]

# Excel's own limit on the text in one cell; anything longer was not made by Excel.
MAX_CELL_TEXT = 32_767

# How many rows from the top are searched for the header row.
HEADER_SCAN_ROWS = 30

# Largest amount accepted, matching the database's Numeric(14, 2).
MAX_AMOUNT = Decimal("999999999999.99")

# Name of the very hidden sheet that carries a generated workbook's metadata.
METADATA_SHEET = "ssb_metadata"

# Normalised cell texts that mark a totals row below the data (see :func:`is_total_row`).
TOTAL_WORDS = frozenset(
    {
        "totaal",
        "total",
        "totalen",
        "totals",
        "subtotaal",
        "subtotal",
        "eindtotaal",
        "grandtotal",
        "totaalgeneraal",
        "som",
        "sum",
    }
)

_EXCEL_EPOCH = date(1899, 12, 30)
_LAST_EXCEL_SERIAL = 2_958_465  # 31-12-9999
_TRAILING_TIME = re.compile(r"^(.*\d)\s+\d{1,2}:\d{2}(?::\d{2})?$")
_WHOLE_NUMBER = re.compile(r"[+-]?(?:\d+|\d{1,3}(?:\.\d{3})+)")
_NOT_WORD = re.compile(r"[\W_]+")
_DISPLAYED_VALUE_LENGTH = 60

_UNREADABLE = N_(
    "Excel",
    "The workbook {name} cannot be read; open it in Excel, save it again as .xlsx and try again.",
)
_NO_SHEETS = N_("Excel", "The workbook {name} has no sheets with data; choose another workbook.")
_NO_SUCH_SHEET = N_(
    "Excel",
    "The workbook {name} has no sheet named {sheet}; choose one of these sheets: {sheets}.",
)
_EMPTY_SHEET = N_(
    "Excel", "The sheet {sheet} in {name} is empty; choose the sheet that holds the data."
)
_UNCALCULATED = N_(
    "Excel",
    "Sheet {sheet}, row {row}, column {column}: a formula without a calculated value "
    "(cells with such a formula: {count}). The program that wrote the file did not calculate "
    "it: open the file in Excel, save it, and import it again.",
)
_CELL_TOO_LONG = N_(
    "Excel",
    "Cell {cell} on sheet {sheet} holds more than {limit} characters, more than Excel allows; "
    "shorten the text and try again.",
)
_NO_HEADER = N_(
    "Excel",
    "No row with column names was found in the first {count} rows; put the column names in "
    "one row above the data and try again.",
)
_MAPPING_NO_COLUMN = N_(
    "Excel",
    'The column mapping names the column "{column}", which is not in the header row; correct '
    "the mapping or the workbook and try again.",
)
_MAPPING_UNKNOWN_FIELD = N_(
    "Excel",
    'The column mapping assigns the column "{column}" to "{field}", which is not a known '
    "field; correct the mapping and try again.",
)
UNMAPPED_COLUMN = N_(
    "Excel",
    'Column "{column}" matches no field and is not imported; assign it a field in the column '
    "mapping, or remove the column if it is not needed.",
)
DUPLICATE_COLUMN = N_(
    "Excel",
    'Column "{column}" holds the same field as column "{first}", which is the one imported; '
    "assign it another field in the column mapping, or remove one of the two.",
)
_MAPPING_TWICE = N_(
    "Excel",
    'The column mapping assigns both "{first}" and "{second}" to "{field}"; keep one '
    "and try again.",
)
_MERGED_IN_DATA = N_(
    "Excel",
    "Sheet {sheet} has merged cells {cells} inside the data; unmerge them and try again.",
)
_NOT_AN_AMOUNT = N_("Excel", '"{value}" is not an amount; write it as a number such as 1.234,56.')
_AMOUNT_TOO_LARGE = N_("Excel", "The amount {value} is too large; check the amount.")
_NOT_A_DATE = N_(
    "Excel", '"{value}" is not a date; write it as dd-mm-yyyy, for example 25-01-2020.'
)
_NOT_A_WHOLE_NUMBER = N_("Excel", '"{value}" is not a whole number; write digits only.')


# --- sheets -----------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class CellRange:
    """A rectangle of cells, with 1-based Excel row and column numbers."""

    first_row: int
    first_column: int
    last_row: int
    last_column: int

    @property
    def ref(self) -> str:
        return (
            f"{column_letter(self.first_column - 1)}{self.first_row}:"
            f"{column_letter(self.last_column - 1)}{self.last_row}"
        )


@dataclass(frozen=True, slots=True)
class RawSheet:
    """The values of one sheet: ``rows[0]`` is Excel row 1, every row equally wide."""

    name: str
    rows: list[Row]
    merged: tuple[CellRange, ...] = ()


@contextmanager
def collector_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector while a sheet's hundreds of thousands of values are
    made: they form no cycles, and the collector's passes over them would cost about a
    quarter of the reading time."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def read_sheet(path: Path, sheet: str | None = None) -> RawSheet:
    """Read the values of ``sheet`` (default: the first visible worksheet) after the safety check.

    Raises :class:`WorkbookError` when the file is unsafe or unreadable, the sheet does not
    exist or is empty, or a cell holds more text than Excel allows.
    """
    check_workbook_file(path)
    name = path.name
    with collector_paused():
        try:
            with CalamineWorkbook.from_path(str(path)) as workbook:
                sheet_name = _choose_sheet(workbook, sheet, name)
                calamine_sheet = workbook.get_sheet_by_name(sheet_name)
                values = calamine_sheet.to_python(skip_empty_area=False)
                merged = calamine_sheet.merged_cell_ranges or []
        except (CalamineError, ValueError, OSError) as exc:
            raise WorkbookError(
                _UNREADABLE,
                {"name": name},
                details=str(exc),
                context=CONTEXT,
            ) from exc
        rows = _convert_rows(values, sheet_name)
    uncalculated = uncalculated_formulas(path, sheet_name)
    if uncalculated:
        row, column = uncalculated[0]
        raise WorkbookError(
            _UNCALCULATED,
            {
                "sheet": sheet_name,
                "row": row,
                "column": column_letter(column),
                "count": len(uncalculated),
            },
            context=CONTEXT,
        )
    if not any(not _is_blank(row) for row in rows):
        raise WorkbookError(_EMPTY_SHEET, {"sheet": sheet_name, "name": name}, context=CONTEXT)
    ranges = tuple(
        CellRange(start[0] + 1, start[1] + 1, end[0] + 1, end[1] + 1) for start, end in merged
    )
    return RawSheet(sheet_name, rows, ranges)


_FORMULA = re.compile(rb"<(?:\w+:)?f[\s>/]")
_CELL = re.compile(rb"<(?:\w+:)?c\s([^>]*?)(?:/>|>(.*?)</(?:\w+:)?c>)", re.DOTALL)
_CELL_REF = re.compile(rb'\br="([A-Z]+)(\d+)"')
_STRING_RESULT = re.compile(rb'\bt="str"')
_VALUE = re.compile(rb"<(?:\w+:)?v>\s*[^<\s]")
_RELS = "{http://schemas.openxmlformats.org/package/2006/relationships}"
_REL_ID = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"


def uncalculated_formulas(path: Path, sheet_name: str) -> list[tuple[int, int]]:
    """The cells of ``sheet_name`` holding a formula without a calculated value, as (Excel row,
    0-based column), in sheet order. A program that writes formulas without calculating them
    (openpyxl, scripts) leaves the value out, and every reader, calamine included, then sees
    an empty cell. Excel itself stores the result of every formula (an empty text result as
    ``t="str"``). Cheap: the sheet's XML is searched only when it holds a formula at all;
    files other than .xlsx/.xlsm (nothing found) are left to the reader."""
    from defusedxml import ElementTree

    try:
        with zipfile.ZipFile(path) as archive:
            names = set(archive.namelist())
            if "xl/workbook.xml" not in names:
                return []
            workbook = ElementTree.fromstring(archive.read("xl/workbook.xml"))
            rel_id = next(
                (
                    sheet.get(_REL_ID)
                    for sheet in workbook.iter()
                    if sheet.tag.endswith("}sheet") and sheet.get("name") == sheet_name
                ),
                None,
            )
            rels = ElementTree.fromstring(archive.read("xl/_rels/workbook.xml.rels"))
            target = next(
                (
                    r.get("Target", "")
                    for r in rels.iter(f"{_RELS}Relationship")
                    if r.get("Id") == rel_id
                ),
                "",
            )
            member = target.lstrip("/") if target.startswith("/") else f"xl/{target}"
            if rel_id is None or member not in names:
                return []
            xml = archive.read(member)
    except (zipfile.BadZipFile, KeyError, OSError, ValueError, ElementTree.ParseError):
        return []
    if not _FORMULA.search(xml):
        return []
    found = []
    for match in _CELL.finditer(xml):
        inner = match.group(2)
        if not inner or not _FORMULA.search(inner) or _VALUE.search(inner):
            continue
        attributes = match.group(1)
        if _STRING_RESULT.search(attributes) and b"<v" in inner:
            continue  # calculated, with an empty text as its result
        ref = _CELL_REF.search(attributes)
        if ref is not None:
            letters = ref.group(1).decode()
            column = 0
            for letter in letters:
                column = column * 26 + ord(letter) - 64
            found.append((int(ref.group(2)), column - 1))
    return found


def read_metadata(path: Path) -> dict[str, str]:
    """The key/value pairs of the very hidden metadata sheet, or ``{}`` when there is none."""
    check_workbook_file(path)
    try:
        with CalamineWorkbook.from_path(str(path)) as workbook:
            if METADATA_SHEET not in workbook.sheet_names:
                return {}
            values = workbook.get_sheet_by_name(METADATA_SHEET).to_python(skip_empty_area=False)
    except (CalamineError, ValueError, OSError) as exc:
        raise WorkbookError(
            _UNREADABLE,
            {"name": path.name},
            details=str(exc),
            context=CONTEXT,
        ) from exc
    rows = _convert_rows(values, METADATA_SHEET)
    return {
        cell_text(row[0]): cell_text(row[1]) if len(row) > 1 else ""
        for row in rows[1:]
        if row and cell_text(row[0])
    }


def _choose_sheet(workbook: CalamineWorkbook, wanted: str | None, name: str) -> str:
    worksheets = [meta for meta in workbook.sheets_metadata if meta.typ == SheetTypeEnum.WorkSheet]
    if wanted is not None:
        for candidate in (wanted, wanted.strip().casefold()):
            for meta in worksheets:
                if candidate in (meta.name, meta.name.strip().casefold()):
                    return meta.name
        visible = [meta.name for meta in worksheets if meta.visible == SheetVisibleEnum.Visible]
        raise WorkbookError(
            _NO_SUCH_SHEET,
            {"name": name, "sheet": wanted, "sheets": ", ".join(visible)},
            context=CONTEXT,
        )
    for meta in worksheets:
        if meta.visible == SheetVisibleEnum.Visible:
            return meta.name
    if worksheets:
        return worksheets[0].name
    raise WorkbookError(_NO_SHEETS, {"name": name}, context=CONTEXT)


def _convert_rows(values: list[list[Any]], sheet: str) -> list[Row]:
    # The longest text of the whole sheet first, in one pass at C speed; the cell is looked
    # for only when one is too long (a workbook of 50,000 rows has close to a million cells).
    texts = [value for raw in values for value in raw if type(value) is str]
    if max(map(len, texts), default=0) > MAX_CELL_TEXT:
        for index, raw in enumerate(values):
            for column, value in enumerate(raw):
                if type(value) is str and len(value) > MAX_CELL_TEXT:
                    raise WorkbookError(
                        _CELL_TOO_LONG,
                        {
                            "cell": f"{column_letter(column)}{index + 1}",
                            "sheet": sheet,
                            "limit": str(MAX_CELL_TEXT),
                        },
                        context=CONTEXT,
                    )
    return [tuple([None if value == "" else value for value in raw]) for raw in values]


def column_letter(index: int) -> str:
    """Excel's letters for the 0-based column ``index``: 0 → A, 26 → AA."""
    letters = ""
    number = index + 1
    while number:
        number, remainder = divmod(number - 1, 26)
        letters = chr(65 + remainder) + letters
    return letters


# --- header -----------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class HeaderMatch:
    """Where the header row is and which column holds which field.

    ``mapping`` maps field → 0-based column index; ``missing`` lists required fields that
    no column matched; ``unmapped`` the non-empty header texts that matched no field.
    """

    row_index: int
    excel_row: int
    headers: tuple[str, ...]
    mapping: dict[str, int] = field(default_factory=dict)
    unmapped: tuple[str, ...] = ()
    missing: tuple[str, ...] = ()

    def column_label(self, index: int) -> str:
        """The header text of column ``index``, or its letter when the header is blank."""
        if index < len(self.headers) and self.headers[index]:
            return self.headers[index]
        return column_letter(index)


def normalise_header(text: str) -> str:
    """Fold case, accents, punctuation, spaces and number words so header variants compare equal.

    ``KvK-nummer``, ``KVK nummer`` and ``kvk_nr`` all become ``kvknr``.
    """
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(char for char in decomposed if not unicodedata.combining(char))
    folded = _NOT_WORD.sub("", stripped.casefold())
    return folded.replace("nummer", "nr").replace("number", "nr")


def find_header(
    rows: Sequence[Sequence[CellValue]],
    synonyms: Mapping[str, Sequence[str]],
    required: Collection[str] = (),
) -> HeaderMatch:
    """Find the header among the first rows: the row matching the most required fields, then
    the most fields; when no row matches anything, the row with the most texts (so a mapping
    dialog has column names to offer) with every required field missing.
    """
    lookup: dict[str, str] = {}
    for name, names in synonyms.items():
        for synonym in names:
            lookup.setdefault(normalise_header(synonym), name)
    best: tuple[int, int, int] | None = None
    best_index = -1
    for index, row in enumerate(rows[:HEADER_SCAN_ROWS]):
        texts = [normalise_header(value) for value in row if isinstance(value, str)]
        matched = {lookup[text] for text in texts if text in lookup}
        score = (len(matched & set(required)), len(matched), sum(1 for text in texts if text))
        if score[2] and (best is None or score > best):
            best, best_index = score, index
    if best is None:
        raise WorkbookError(_NO_HEADER, {"count": HEADER_SCAN_ROWS}, context=CONTEXT)
    headers = tuple(cell_text(value) for value in rows[best_index])
    mapping: dict[str, int] = {}
    unmapped: list[str] = []
    for column, text in enumerate(headers):
        found = lookup.get(normalise_header(text))
        if found is not None and found not in mapping:
            mapping[found] = column
        elif text:
            unmapped.append(text)
    order = [name for name in synonyms if name in required]
    order += [name for name in required if name not in synonyms]
    missing = tuple(name for name in order if name not in mapping)
    return HeaderMatch(best_index, best_index + 1, headers, mapping, tuple(unmapped), missing)


def apply_mapping(
    headers: Sequence[str],
    explicit: Mapping[str, str | None],
    sheet: str = "",
    *,
    header_row: int | None = None,
    base: Mapping[str, int] | None = None,
    fields: Collection[str] | None = None,
) -> tuple[dict[str, int], list[Problem]]:
    """Field → column index from an explicit ``{header text: field}`` mapping laid over ``base``
    (e.g. ``HeaderMatch.mapping``), and a problem for each entry that cannot be applied.

    Header texts match exactly or after :func:`normalise_header`; a field of ``""`` or
    ``None`` means "ignore this column". Problems: a header that is not in the header row,
    an unknown field (checked when ``fields`` is given), a field assigned twice; they are
    placed on ``sheet`` and ``header_row``.
    """
    exact: dict[str, int] = {}
    loose: dict[str, int] = {}
    for index, (text, label) in enumerate(zip(headers, column_labels(headers), strict=True)):
        if text:
            exact.setdefault(text.strip(), index)
            loose.setdefault(normalise_header(text), index)
        # "Naam (D)": the second of two columns headed Naam can be mapped by its label.
        exact.setdefault(label, index)
    result = dict(base or {})
    problems: list[Problem] = []
    assigned: dict[str, str] = {}

    def problem(message: str, header: str, **params: Any) -> None:
        problems.append(
            Problem(
                message, sheet=sheet, row=header_row, column=header, params=params, context=CONTEXT
            )
        )

    for header, field_name in explicit.items():
        if field_name and fields is not None and field_name not in fields:
            problem(_MAPPING_UNKNOWN_FIELD, header, column=header, field=field_name)
            continue
        column = exact.get(header.strip(), loose.get(normalise_header(header)))
        if column is None:
            problem(_MAPPING_NO_COLUMN, header, column=header)
            continue
        if field_name and field_name in assigned:
            problem(
                _MAPPING_TWICE,
                header,
                first=assigned[field_name],
                second=header,
                field=field_name,
            )
            continue
        result = {name: taken for name, taken in result.items() if taken != column}
        if field_name:
            assigned[field_name] = header
            result[field_name] = column
    return result, problems


def column_labels(headers: Sequence[str]) -> list[str]:
    """A unique label per column: its header text, with the column letter added when the text
    appears more than once (``Naam (D)``), or the letter alone for a blank header."""
    counts: dict[str, int] = {}
    for text in headers:
        counts[text] = counts.get(text, 0) + 1
    labels: list[str] = []
    for index, text in enumerate(headers):
        if not text:
            labels.append(column_letter(index))
        elif counts[text] > 1:
            labels.append(f"{text} ({column_letter(index)})")
        else:
            labels.append(text)
    return labels


def unmapped_columns(
    headers: Sequence[str],
    mapping: Mapping[str, int],
    sheet: str,
    header_row: int,
    synonyms: Mapping[str, Sequence[str]] | None = None,
    derived: Collection[str] = (),
) -> tuple[tuple[str, ...], list[Problem]]:
    """The labels of the non-empty header columns that no field reads, and a warning for each
    at the header row: "matches no field", or, when its header names a field that another
    column already supplies (a duplicate header), which column is read instead. ``derived``
    names columns our own export computes (a sum), which are known and never imported."""
    skip = {normalise_header(text) for text in derived}
    labels = column_labels(headers)
    lookup: dict[str, str] = {}
    for name, names in (synonyms or {}).items():
        for synonym in names:
            lookup.setdefault(normalise_header(synonym), name)
    used = set(mapping.values())
    unmapped: list[str] = []
    warnings: list[Problem] = []
    for index, text in enumerate(headers):
        if not text or index in used or normalise_header(text) in skip:
            continue
        label = labels[index]
        unmapped.append(label)
        field_name = lookup.get(normalise_header(text))
        if field_name is not None and field_name in mapping:
            message, params = (
                DUPLICATE_COLUMN,
                {
                    "column": label,
                    "first": labels[mapping[field_name]],
                },
            )
        else:
            message, params = UNMAPPED_COLUMN, {"column": label}
        warnings.append(
            Problem(
                message, sheet=sheet, row=header_row, column=label, params=params, context=CONTEXT
            )
        )
    return tuple(unmapped), warnings


_Params = ParamSpec("_Params")


def reports_unmapped(
    function: Callable[_Params, ImportReport],
) -> Callable[_Params, ImportReport]:
    """Decorate ``import_parsed_*(session, parsed, ...)`` so that its report lists
    ``parsed.unmapped`` as ``unmapped_columns``, whatever path built the report."""

    @functools.wraps(function)
    def wrapper(*args: _Params.args, **kwargs: _Params.kwargs) -> ImportReport:
        report = function(*args, **kwargs)
        parsed = kwargs["parsed"] if "parsed" in kwargs else args[1] if len(args) > 1 else None
        return dataclasses.replace(report, unmapped_columns=tuple(getattr(parsed, "unmapped", ())))

    return wrapper


def layout_key(headers: Sequence[str]) -> str:
    """A stable key for a header layout, so a chosen mapping can be remembered per layout."""
    normalised = [normalise_header(text) for text in headers]
    while normalised and not normalised[-1]:
        normalised.pop()
    return hashlib.sha256("\x1f".join(normalised).encode("utf-8")).hexdigest()[:16]


# --- data rows --------------------------------------------------------------------------------


_BLANK_ROW = N_("Excel", "Row {row} is empty and was skipped; the rows below it were read.")
_BLANK_ROWS = N_(
    "Excel",
    "Rows {first} to {last} are empty and were skipped; the rows below them were read.",
)
_NOTE_ROW = N_(
    "Excel",
    'Row {row} ("{text}") looks like a total or a note below the data and was not imported.',
)
# At most this many rows after the last blank row count as totals or notes below the data.
_MAX_FOOTER_ROWS = 5


def data_rows(sheet: RawSheet, header: HeaderMatch) -> Iterator[tuple[int, Row]]:
    """Yield ``(excel_row, row)`` for each data row below the header; see :func:`read_data`."""
    return iter(read_data(sheet, header)[0])


def read_data(sheet: RawSheet, header: HeaderMatch) -> tuple[list[tuple[int, Row]], list[Problem]]:
    """The ``(excel_row, row)`` data rows below the header, and a warning per row left out.

    The data ends at the last row with a value, whatever the sheet says about its size. A
    blank row inside the data is skipped and reported, never taken as the end (colleagues'
    lists often have one). Totals and notes below the data, after a blank row (``Totaal``
    with sums, ``Bron: ledenadministratie``), are left out and reported. Raises
    :class:`WorkbookError` at once when merged cells overlap the data rows.
    """
    rows = sheet.rows
    start = header.row_index + 1
    filled = [index for index in range(start, len(rows)) if not _is_blank(rows[index])]
    warnings: list[Problem] = []
    footer = _footer(rows, filled)
    for index in footer:
        text = next(cell_text(value) for value in rows[index] if cell_text(value))
        if len(text) > _DISPLAYED_VALUE_LENGTH:
            text = text[: _DISPLAYED_VALUE_LENGTH - 1] + "…"
        warnings.append(_sheet_warning(sheet.name, index + 1, _NOTE_ROW, row=index + 1, text=text))
    if footer:
        filled = filled[: -len(footer)]
    for first, last in _gaps(filled):
        if first == last:
            warnings.append(_sheet_warning(sheet.name, first, _BLANK_ROW, row=first))
        else:
            warnings.append(_sheet_warning(sheet.name, first, _BLANK_ROWS, first=first, last=last))
    if filled:
        first, last = start + 1, filled[-1] + 1
        for cell_range in sheet.merged:
            if cell_range.first_row <= last and cell_range.last_row >= first:
                raise WorkbookError(
                    _MERGED_IN_DATA,
                    {"sheet": sheet.name, "cells": cell_range.ref},
                    context=CONTEXT,
                )
    warnings.sort(key=lambda problem: problem.row or 0)
    return [(index + 1, rows[index]) for index in filled], warnings


def _sheet_warning(sheet: str, at: int, message: str, **params: Any) -> Problem:
    return Problem(message, sheet=sheet, row=at, params=params, context=CONTEXT)


def _gaps(filled: Sequence[int]) -> Iterator[tuple[int, int]]:
    """The blank stretches between data rows, as first and last 1-based Excel row numbers."""
    for position in range(1, len(filled)):
        before, after = filled[position - 1], filled[position]
        if after > before + 1:
            yield before + 2, after


def _filled_count(row: Sequence[CellValue]) -> int:
    return sum(1 for value in row if cell_text(value))


def _footer(rows: Sequence[Row], filled: Sequence[int]) -> list[int]:
    """The rows after the last blank row that are totals or one-cell notes, not data.

    Only a short last stretch counts, and a one-cell row counts as a note only when the data
    above has rows with more than one value (a list of names alone has one value a row).
    """
    last_gap = next(
        (k for k in range(len(filled) - 1, 0, -1) if filled[k] > filled[k - 1] + 1), None
    )
    if last_gap is None or len(filled) - last_gap > _MAX_FOOTER_ROWS:
        return []
    tail = filled[last_gap:]
    wide_data = any(_filled_count(rows[index]) > 1 for index in filled[:last_gap][:50])
    if all(
        is_total_row(rows[index]) or (wide_data and _filled_count(rows[index]) == 1)
        for index in tail
    ):
        return list(tail)
    return []


def is_total_row(row: Sequence[CellValue]) -> bool:
    """True for a totals row such as ``Totaal`` with sums, which callers skip rather than import."""
    return any(isinstance(value, str) and normalise_header(value) in TOTAL_WORDS for value in row)


def _is_blank(row: Sequence[CellValue]) -> bool:
    # A loop rather than all() over a generator: called for every row of every sheet read.
    for value in row:
        if value is not None and (not isinstance(value, str) or value.strip()):
            return False
    return True


# --- cell values ------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class CellError:
    """Why one cell value could not be used; :meth:`at` places it as a :class:`Problem`."""

    message: str
    params: dict[str, Any] = field(default_factory=dict)

    def at(self, sheet: str, row: int, column: str) -> Problem:
        return Problem(
            self.message,
            sheet=sheet,
            row=row,
            column=column,
            params=dict(self.params),
            context=CONTEXT,
        )

    def english(self) -> str:
        return self.message.format(**self.params)


class RowCells:
    """One data row as an importer reads it: cells by field name, and the problems and
    warnings found, each placed at its sheet, row and column header."""

    def __init__(
        self,
        sheet: str,
        excel_row: int,
        cells: Row,
        mapping: Mapping[str, int],
        headers: Sequence[str],
        context: str,
    ) -> None:
        self.sheet = sheet
        self.row = excel_row
        self.cells = cells
        self.mapping = mapping
        self.headers = headers
        self.context = context
        self.problems: list[Problem] = []
        self.warnings: list[Problem] = []

    def column(self, name: str) -> str:
        """The header of the column mapped to field ``name`` ("" when it has none)."""
        return self.headers[self.mapping[name]] if name in self.mapping else ""

    def raw(self, name: str) -> CellValue:
        index = self.mapping.get(name)
        if index is None or index >= len(self.cells):
            return None
        return self.cells[index]

    def text(self, name: str) -> str:
        return cell_text(self.raw(name))

    def problem(self, name: str, message: str, **params: Any) -> None:
        self.problems.append(
            Problem(message, self.sheet, self.row, self.column(name), params, self.context)
        )

    def warning(self, name: str, message: str, **params: Any) -> None:
        self.warnings.append(
            Problem(message, self.sheet, self.row, self.column(name), params, self.context)
        )

    def error(self, name: str, error: CellError) -> None:
        self.problems.append(error.at(self.sheet, self.row, self.column(name)))


def _error(message: str, value: CellValue) -> CellError:
    shown = cell_text(value)
    if len(shown) > _DISPLAYED_VALUE_LENGTH:
        shown = shown[: _DISPLAYED_VALUE_LENGTH - 1] + "…"
    return CellError(message, {"value": shown})


def cell_text(value: CellValue) -> str:
    """The text of a cell as the user sees it: blank → "", 123.0 → "123", dates dd-mm-yyyy."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value.strip()
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else str(value)
    if isinstance(value, datetime):
        if value.time() == time(0, 0):
            return format_date(value.date())
        return f"{format_date(value.date())} {value:%H:%M}"
    if isinstance(value, date):
        return format_date(value)
    if isinstance(value, time):
        return value.strftime("%H:%M:%S" if value.second else "%H:%M")
    return str(value)


def cell_code(value: CellValue, pad_to: int = 0) -> str:
    """A code (KvK, postcode, IBAN) as text; a number that lost its leading zeros in Excel
    gets them back when ``pad_to`` gives the code's length (9808638 → "09808638")."""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, int) and not isinstance(value, bool):
        digits = str(value)
        return digits.zfill(pad_to) if value >= 0 else digits
    return cell_text(value)


def cell_decimal(value: CellValue) -> tuple[Decimal | None, CellError | None]:
    """An amount rounded to cents from a number or text (``€ 1.000,75``); blank → ``None``.

    Negative amounts are returned as such; callers decide whether they are allowed.
    """
    if value is None:
        return None, None
    amount: Decimal | None = None
    if isinstance(value, bool):
        amount = None
    elif isinstance(value, int | float):
        try:
            amount = Decimal(str(value))
        except InvalidOperation:
            amount = None
    elif isinstance(value, str):
        if not value.strip():
            return None, None
        amount = parse_money(value)
    if amount is None or not amount.is_finite():
        return None, _error(_NOT_AN_AMOUNT, value)
    if abs(amount) > MAX_AMOUNT:
        return None, _error(_AMOUNT_TOO_LARGE, value)
    return amount.quantize(CENT, rounding=ROUND_HALF_UP), None


def cell_date(value: CellValue) -> tuple[date | None, CellError | None]:
    """A date from a date cell, an Excel serial number or text (``25-1-2020``); blank → ``None``."""
    if value is None:
        return None, None
    if isinstance(value, datetime):
        return value.date(), None
    if isinstance(value, date):
        return value, None
    if isinstance(value, int | float) and not isinstance(value, bool):
        if 1 <= value <= _LAST_EXCEL_SERIAL:
            return _EXCEL_EPOCH + timedelta(days=int(value)), None
        return None, _error(_NOT_A_DATE, value)
    if isinstance(value, str):
        text = value.strip()
        if not text:
            return None, None
        parsed = parse_date(text)
        if parsed is None:
            timed = _TRAILING_TIME.match(text)
            parsed = parse_date(timed.group(1)) if timed else None
        if parsed is not None:
            return parsed, None
    return None, _error(_NOT_A_DATE, value)


def cell_int(value: CellValue) -> tuple[int | None, CellError | None]:
    """A whole number from a number or text (``1.000`` is one thousand); blank → ``None``."""
    if value is None:
        return None, None
    if isinstance(value, bool):
        return None, _error(_NOT_A_WHOLE_NUMBER, value)
    if isinstance(value, int):
        return value, None
    if isinstance(value, float):
        if value.is_integer():
            return int(value), None
        return None, _error(_NOT_A_WHOLE_NUMBER, value)
    if isinstance(value, str):
        text = value.strip().replace(" ", "").replace("\u00a0", "")
        if not text:
            return None, None
        if _WHOLE_NUMBER.fullmatch(text):
            return int(text.replace(".", "")), None
        amount = parse_money(text)
        if amount is not None and amount == amount.to_integral_value():
            return int(amount), None
    return None, _error(_NOT_A_WHOLE_NUMBER, value)
