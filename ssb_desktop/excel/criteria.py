"""The criteria workbook: a sheet per lot with the tree and its weights, and reading a tree
from a colleague's spreadsheet (tender documents are often drafted that way)."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from ssb_desktop.errors import N_, WorkbookError
from ssb_desktop.excel import reading, writing
from ssb_desktop.formatting import parse_money
from ssb_desktop.records import CriterionRecord, LotRecord, Problem

CONTEXT = "Import"
KIND = "criteria"
# Metadata keys "lot:REF/N" name the sheet that holds that lot's criteria.
LOT_KEY = "lot:"
WEIGHT_STEP = Decimal("0.0001")

SYNONYMS: dict[str, tuple[str, ...]] = {
    "code": ("Code", "Nr", "Nummer", "Criteriumcode", "Code criterium"),
    "parent": (
        "Valt onder",
        "Bovenliggende code",
        "Code hoofdcriterium",
        "Hoofdcriterium code",
        "Onderdeel van",
        "Parent",
    ),
    "title": (
        "Criterium",
        "Hoofdcriterium",
        "Gunningscriterium",
        "Titel",
        "Naam",
        "Criterion",
    ),
    "subtitle": ("Subcriterium", "Sub-criterium", "Deelcriterium", "Subcriterion"),
    "description": ("Omschrijving", "Toelichting", "Beschrijving", "Description"),
    "weight": (
        "Weging (%)",
        "Weging",
        "Gewicht",
        "Weging %",
        "Wegingsfactor",
        "Percentage",
        "Weight",
    ),
    "is_price": ("Prijscriterium", "Prijs", "Is prijs"),
    "scale": ("Schaal", "Beoordelingsschaal", "Scoreschaal", "Scale"),
    "knockout_minimum": (
        "Knock-out minimum",
        "Knock-out",
        "Knockout",
        "Knock-outgrens",
        "Minimumscore",
        "Minimum score",
        "Ondergrens",
    ),
    "money_per_point": ("Geld per punt", "Waarde per punt", "Bedrag per punt", "Euro per punt"),
}
REQUIRED = ("title", "weight")

FIELD_LABELS: dict[str, str] = {
    "code": N_("Fields", "Code"),
    "parent": N_("Fields", "Code of the main criterion"),
    "title": N_("Fields", "Criterion"),
    "subtitle": N_("Fields", "Sub-criterion"),
    "description": N_("Fields", "Description"),
    "weight": N_("Fields", "Weight (%)"),
    "is_price": N_("Fields", "Price criterion"),
    "scale": N_("Fields", "Scale"),
    "knockout_minimum": N_("Fields", "Knock-out minimum"),
    "money_per_point": N_("Fields", "Money per point"),
}

# Our export: (field, header, kind, width); the sibling sum is shown, never imported.
EXPORT_COLUMNS: tuple[tuple[str, str, writing.ColumnKind, int], ...] = (
    ("code", "Code", writing.ColumnKind.CODE, 8),
    ("parent", "Valt onder", writing.ColumnKind.CODE, 12),
    ("title", "Criterium", writing.ColumnKind.TEXT, 40),
    ("description", "Omschrijving", writing.ColumnKind.TEXT, 50),
    ("weight", "Weging (%)", writing.ColumnKind.DECIMAL, 11),
    ("sibling_sum", "Som niveau (%)", writing.ColumnKind.DECIMAL, 14),
    ("is_price", "Prijscriterium", writing.ColumnKind.TEXT, 13),
    ("scale", "Schaal", writing.ColumnKind.TEXT, 16),
    ("knockout_minimum", "Knock-out minimum", writing.ColumnKind.DECIMAL, 12),
    ("money_per_point", "Geld per punt", writing.ColumnKind.MONEY, 14),
)

_YES = frozenset({"ja", "j", "yes", "y", "true", "waar", "1", "x"})
_NO = frozenset({"", "nee", "n", "no", "false", "onwaar", "0"})
_INVALID_TITLE = re.compile(r"[\[\]:*?/\\]")
# "K1.2 Aanpak", "1. Visie", "2.3 Samenwerking": a code typed in front of the title.
_CODE_IN_TITLE = re.compile(r"^(?P<code>[A-Za-z]{0,3}\d+(?:\.\d+)*)\.?\s+(?P<title>\S.*)$")

_NOT_A_WEIGHT = N_("Import", '"{value}" is not a weight; write a percentage such as 40 or 12,5.')
_NOT_A_NUMBER = N_("Import", '"{value}" is not a number; write it as 4 or 5,5.')
_YES_NO = N_("Import", 'Write Ja or Nee in this column, not "{value}".')
_FRACTIONS = N_(
    "Import",
    "The weights were written as fractions (0,4 for 40 %); they were read as percentages.",
)
_MISSING_COLUMN = N_("Import", "No column holds the {field}; choose it in the column mapping.")
_OTHER_LOTS = N_(
    "Import",
    "This workbook holds the criteria of {lots}, not of {lot}; choose the workbook of lot {lot} "
    "or import into one of these lots.",
)
_FIRST_SHEET = N_(
    "Import",
    "The workbook has no sheet named {wanted}; the criteria were read from the sheet {sheet}.",
)


@dataclass(frozen=True, slots=True)
class CriterionRow:
    """One data row of a criteria sheet, each cell read into its type.

    ``is_sub`` marks a row whose title stood in a sub-criterion column; ``main_title`` is
    then what its main-criterion column said on the same row (often blank).
    """

    sheet: str
    row: int
    present: frozenset[str]
    code: str = ""
    parent_code: str = ""
    title: str = ""
    main_title: str = ""
    is_sub: bool = False
    description: str = ""
    weight: Decimal | None = None
    is_price: bool | None = None
    scale: str = ""
    knockout_minimum: Decimal | None = None
    money_per_point: Decimal | None = None


@dataclass(frozen=True, slots=True)
class ParsedCriteria:
    """What one sheet of criteria holds, before any database is involved."""

    sheet: str
    header_row: int
    headers: list[str]
    mapping: dict[str, int]
    layout_key: str
    rows: list[CriterionRow] = field(default_factory=list)
    warnings: list[Problem] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    unmapped: tuple[str, ...] = ()  # header labels no field reads (reading.unmapped_columns)

    def column_of(self) -> dict[str, str]:
        """Field -> header text, for naming columns in messages."""
        return {name: self.headers[index] for name, index in self.mapping.items()}


def sheet_title(lot_label: str) -> str:
    """The sheet a lot's criteria go on: its label with the characters Excel refuses replaced."""
    return _INVALID_TITLE.sub("-", lot_label)[:31]


# --- cells ------------------------------------------------------------------------------------


def _number(value: reading.CellValue) -> tuple[Decimal | None, bool]:
    """(number, whether a percent sign was written) from a number or Dutch text; (None, False)
    for a blank; raises ValueError when the cell holds something else."""
    if value is None or isinstance(value, bool):
        if value is None:
            return None, False
        raise ValueError(value)
    if isinstance(value, int | float):
        try:
            return Decimal(str(value)), False
        except InvalidOperation as error:
            raise ValueError(value) from error
    text = reading.cell_text(value)
    if not text:
        return None, False
    percent = text.endswith("%")
    amount = parse_money(text.rstrip("%").strip())
    if amount is None or not amount.is_finite():
        raise ValueError(value)
    return amount, percent


class _RowReader(reading.RowCells):
    """Reads the cells of one criterion row; notes whether weights were typed as percentages."""

    def __init__(
        self,
        sheet: str,
        excel_row: int,
        cells: reading.Row,
        mapping: Mapping[str, int],
        headers: Sequence[str],
    ) -> None:
        super().__init__(sheet, excel_row, cells, mapping, headers, CONTEXT)
        self.percent = False

    def number(self, name: str, message: str) -> Decimal | None:
        try:
            amount, percent = _number(self.raw(name))
        except ValueError:
            self.problem(name, message, value=self.text(name))
            return None
        self.percent = self.percent or percent
        return amount

    def read(self) -> CriterionRow:
        main_title = self.text("title")
        sub_title = self.text("subtitle")
        is_sub = bool(sub_title)
        title = sub_title if is_sub else main_title
        code = reading.cell_code(self.raw("code")) if "code" in self.mapping else ""
        if "code" not in self.mapping:
            typed = _CODE_IN_TITLE.match(title)
            if typed is not None:
                code, title = typed["code"], typed["title"].strip()
        is_price: bool | None = None
        if "is_price" in self.mapping:
            flag = reading.normalise_header(self.text("is_price"))
            if flag in _YES:
                is_price = True
            elif flag in _NO:
                is_price = False
            else:
                self.problem("is_price", _YES_NO, value=self.text("is_price"))
        weight = self.number("weight", _NOT_A_WEIGHT)
        if weight is not None:
            weight = weight.quantize(WEIGHT_STEP)
        knockout = self.number("knockout_minimum", _NOT_A_NUMBER)
        money, money_error = reading.cell_decimal(self.raw("money_per_point"))
        if money_error is not None:
            self.error("money_per_point", money_error)
        return CriterionRow(
            sheet=self.sheet,
            row=self.row,
            present=frozenset(self.mapping),
            code=code,
            parent_code=reading.cell_code(self.raw("parent")),
            title=title,
            main_title=main_title if is_sub else "",
            is_sub=is_sub,
            description=self.text("description"),
            weight=weight,
            is_price=is_price,
            scale=self.text("scale"),
            knockout_minimum=knockout,
            money_per_point=money,
        )


# --- reading ----------------------------------------------------------------------------------


def _choose_sheet(path: Path, lot_label: str) -> tuple[reading.RawSheet, list[Problem]]:
    """The sheet of ``lot_label``: named in our metadata, else by its title, else the first."""
    metadata = reading.read_metadata(path)
    lots = {
        key[len(LOT_KEY) :]: title for key, title in metadata.items() if key.startswith(LOT_KEY)
    }
    wanted = sheet_title(lot_label)
    if lots:
        by_label = {label.casefold(): title for label, title in lots.items()}
        title = by_label.get(lot_label.casefold())
        if title is None:
            raise WorkbookError(
                _OTHER_LOTS, {"lots": ", ".join(sorted(lots)), "lot": lot_label}, context=CONTEXT
            )
        return reading.read_sheet(path, title), []
    try:
        return reading.read_sheet(path, wanted), []
    except WorkbookError as error:
        if "sheets" not in error.params:
            raise
    sheet = reading.read_sheet(path)
    note = Problem(_FIRST_SHEET, sheet.name, None, "", {"wanted": wanted, "sheet": sheet.name})
    return sheet, [note]


def read_criteria(
    path: Path, lot_label: str, explicit: Mapping[str, str] | None = None
) -> ParsedCriteria:
    """Read the criteria of the lot ``lot_label`` (REF/N) from ``path``."""
    sheet, warnings = _choose_sheet(path, lot_label)
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
    missing = [] if "title" in mapping or "subtitle" in mapping else ["title"]
    if "weight" not in mapping:
        missing.append("weight")
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
    headers = list(header.headers)
    rows: list[CriterionRow] = []
    percent = False
    if not problems:
        found, skipped = reading.read_data(sheet, header)
        warnings.extend(skipped)
        for excel_row, cells in found:
            if reading.is_total_row(cells):
                continue
            reader = _RowReader(sheet.name, excel_row, cells, mapping, headers)
            rows.append(reader.read())
            problems.extend(reader.problems)
            percent = percent or reader.percent
    weights = [row.weight for row in rows if row.weight is not None]
    if not percent and weights and all(w <= 1 for w in weights) and any(w > 0 for w in weights):
        # A percentage-formatted cell holds 0.4 for 40 %.
        rows = [
            _with_weight(row, (row.weight * 100).quantize(WEIGHT_STEP))
            if row.weight is not None
            else row
            for row in rows
        ]
        column = headers[mapping["weight"]]
        warnings.append(Problem(_FRACTIONS, sheet.name, header.excel_row, column, {}, CONTEXT))
    derived = [header for name, header, _kind, _width in EXPORT_COLUMNS if name not in SYNONYMS]
    unmapped, notes = reading.unmapped_columns(
        headers, mapping, sheet.name, header.excel_row, SYNONYMS, derived
    )
    return ParsedCriteria(
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


def _with_weight(row: CriterionRow, weight: Decimal) -> CriterionRow:
    return replace(row, weight=weight)


# --- writing ----------------------------------------------------------------------------------


def sibling_sums(criteria: Sequence[CriterionRecord]) -> dict[int | None, Decimal]:
    """Parent key (None for the main criteria) -> the sum of its children's weights."""
    sums: dict[int | None, Decimal] = defaultdict(Decimal)
    for criterion in criteria:
        sums[criterion.parent_id] += criterion.weight
    return dict(sums)


def export_rows(criteria: Sequence[CriterionRecord]) -> list[tuple[Any, ...]]:
    """The rows of one lot's sheet, in tree order (``criteria`` as list_criteria gives them)."""
    # A main criterion without a code is named by its title, so the tree survives a round trip.
    code_of = {c.key or c.id: c.code or c.title for c in criteria}
    sums = sibling_sums(criteria)
    rows = []
    for criterion in criteria:
        values: dict[str, Any] = {
            "code": criterion.code,
            "parent": code_of.get(criterion.parent_id, "") if criterion.parent_id else "",
            "title": criterion.title,
            "description": criterion.description,
            "weight": criterion.weight,
            "sibling_sum": sums[criterion.parent_id],
            "is_price": "Ja" if criterion.is_price else "Nee",
            "scale": criterion.scale_name,
            "knockout_minimum": criterion.knockout_minimum,
            "money_per_point": criterion.money_per_point,
        }
        rows.append(tuple(values[name] for name, _header, _kind, _width in EXPORT_COLUMNS))
    return rows


def write_criteria(path: Path, lots: Sequence[tuple[LotRecord, Sequence[CriterionRecord]]]) -> int:
    """A sheet per lot; returns the number of criteria written."""
    columns = [writing.Column(header, kind, width) for _name, header, kind, width in EXPORT_COLUMNS]
    sheets = []
    metadata = {"kind": KIND}
    count = 0
    for lot, criteria in lots:
        title = sheet_title(lot.label)
        metadata[f"{LOT_KEY}{lot.label}"] = title
        rows = export_rows(criteria)
        count += len(rows)
        sheets.append(writing.SheetSpec(title=title, columns=columns, rows=rows))
    writing.write_workbook(path, sheets, metadata=metadata)
    return count
