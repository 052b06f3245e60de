"""Scoring grid workbooks: one per evaluator per lot, written from a ScoringGrid and read back.

Layout: one block per bid, the criteria as rows within it
---------------------------------------------------------
An evaluator reads one proposal at a time, from its first page to its last, and scores it on
every criterion while the text is fresh; only then does he or she pick up the next proposal.
The sheet "Beoordeling" follows that order: a header row per bid (its code, or code and
lead organisation, and its price when the evaluator may see it), then a row per criterion
with the criterion's description, the scale's descriptors, a score cell with a drop-down of
the scale's values and a motivation cell. A bids-by-criteria matrix would fit on one screen,
but has no room for a description, the descriptors or a motivation of several sentences,
and invites comparing bids with each other instead of with the scale.

Only the score and motivation cells are unlocked on a protected sheet (protection prevents
mistakes, it is not security). A very hidden metadata sheet records the format version, the
lot, the evaluator, which bid and criterion each row holds, the scales, the export moment,
a hash of the criteria as exported and a sha256 hash of the whole structure: the metadata
itself plus the codes, titles and bid labels in the rows it names. A returned file whose
rows were moved, whose criteria were renamed or whose metadata was edited or removed no
longer matches and is refused; values are validated again whatever the workbook's own
validation says.
"""

from __future__ import annotations

import hashlib
import io
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from ssb_desktop.errors import N_, WorkbookError
from ssb_desktop.excel import reading
from ssb_desktop.formatting import format_moment, format_money, format_number
from ssb_desktop.records import GridCriterion, Problem, ScoringGrid

CONTEXT = "Excel"
KIND = "scoring-grid"
FORMAT_VERSION = "1"
INSTRUCTIONS_SHEET = "Toelichting"
GRID_SHEET = "Beoordeling"
SCALES_SHEET = "Schalen"
FIRST_ROW = 5  # the first bid's header row; rows above hold the title and column headers
HEADER_ROW = 4
CODE_COLUMN, TITLE_COLUMN, TEXT_COLUMN, SCORE_COLUMN, MOTIVATION_COLUMN = "A", "B", "C", "D", "E"
STRUCTURE_KEY = "structure"
ROW_KEY = "row:"
BID_KEY = "bid:"
SCALE_KEY = "scale:"

TITLE_WIDTH, TEXT_WIDTH, MOTIVATION_WIDTH = 30, 60, 70
COLUMNS: tuple[tuple[str, str, float], ...] = (
    (CODE_COLUMN, "Code", 9),
    (TITLE_COLUMN, "Criterium", TITLE_WIDTH),
    (TEXT_COLUMN, "Toelichting en schaal", TEXT_WIDTH),
    (SCORE_COLUMN, "Score", 9),
    (MOTIVATION_COLUMN, "Motivering", MOTIVATION_WIDTH),
)

INSTRUCTIONS: tuple[str, ...] = (
    "Beoordelingsformulier",
    "",
    "Zo vult u dit formulier in",
    "1. Het tabblad Beoordeling heeft per inschrijving een blok: eerst een kopregel met de "
    "inschrijving, daaronder een regel per criterium. Lees een inschrijving helemaal en "
    "beoordeel haar dan op alle criteria, voordat u de volgende inschrijving leest.",
    "2. Kies in de kolom Score een waarde uit de keuzelijst. Alleen de waarden van de schaal "
    "zijn toegestaan; de betekenis van elke waarde staat in de kolom Toelichting en schaal.",
    "3. Schrijf in de kolom Motivering waarom u deze score geeft: wat in de inschrijving "
    "staat en hoe dat zich verhoudt tot de beschrijving van de schaal.",
    "4. Alleen de gele cellen kunt u invullen. Verplaats, sorteer of verwijder geen regels en "
    "wijzig geen codes of titels: een gewijzigd formulier kan niet worden ingelezen.",
    "5. U mag het bestand opslaan zo vaak u wilt, ook in LibreOffice. Stuur het daarna terug "
    "aan de inkoopadviseur. Uw scores blijven vertrouwelijk: deel het bestand met niemand "
    "anders.",
    "6. Een lege score betekent: nog niet beoordeeld. Scores die u al in het programma had "
    "ingevoerd, staan al ingevuld.",
)

_NOT_A_GRID = N_(
    "Excel",
    "{file} is not a scoring grid of this program, or its hidden information was removed; "
    "export a new grid and copy your scores into it.",
)
_OTHER_VERSION = N_(
    "Excel",
    "{file} is a scoring grid of another format ({version}); export a new grid and copy your "
    "scores into it.",
)
_NO_GRID_SHEET = N_(
    "Excel",
    "{file} has no sheet {sheet}; export a new grid and copy your scores into it.",
)
_TAMPERED = N_(
    "Excel",
    "{file}: the layout of sheet {sheet} or its hidden information was changed (rows moved, "
    "criteria renamed or information edited), so the scores cannot be matched safely; "
    "export a new grid and copy your scores into it.",
)
_TEXT_SCORE = N_(
    "Excel",
    '{file}, {cell}: "{value}" is not a score; choose one of {allowed} from the list.',
)
_OFF_SCALE = N_(
    "Excel",
    "{file}, {cell}: the score {value} is not on the scale; choose one of {allowed}.",
)
_NO_MOTIVATION = N_(
    "Excel",
    "{file}, {cell}: the motivation of the score is missing; this lot requires one for "
    "every score.",
)
_MOTIVATION_WITHOUT_SCORE = N_(
    "Excel",
    "{file}, {cell}: there is a motivation but no score; choose a score or remove the motivation.",
)

_WINDOWS_INVALID = re.compile(r'[<>:"/\\|?*\x00-\x1f]+')
_RESERVED = frozenset(
    {"con", "prn", "aux", "nul"}
    | {f"com{n}" for n in range(1, 10)}
    | {f"lpt{n}" for n in range(1, 10)}
)


# --- names and hashes -------------------------------------------------------------------------


def safe_file_name(stem: str, suffix: str = ".xlsx", limit: int = 120) -> str:
    """``stem`` + ``suffix`` as a file name Windows accepts: no reserved characters or names,
    no trailing dots or spaces, not too long."""
    text = _WINDOWS_INVALID.sub("-", stem)
    text = re.sub(r"\s+", " ", text).strip().strip(".").strip()
    text = text[:limit].rstrip(". ")
    if not text or text.split(".")[0].casefold() in _RESERVED:
        text = f"_{text}"
    return text + suffix


def grid_file_name(lot_label: str, evaluator_name: str) -> str:
    """``<lot label>-<evaluator name>-beoordeling.xlsx``, safe for Windows."""
    return safe_file_name(f"{lot_label}-{evaluator_name}-beoordeling")


def _canonical(value: Decimal) -> str:
    text = format(value.normalize(), "f")
    return text.rstrip("0").rstrip(".") if "." in text else text


def criteria_hash(criteria: Sequence[GridCriterion]) -> str:
    """sha256 of the criteria as an evaluator scores them: ids, order, codes, titles, scales."""
    lines = [
        "|".join(
            (
                str(item.criterion_id),
                item.code,
                item.title,
                ";".join(_canonical(value.value) for value in item.scale),
            )
        )
        for item in criteria
    ]
    return hashlib.sha256("\n".join(lines).encode("utf-8")).hexdigest()


def structure_hash(metadata: dict[str, str], texts: dict[str, str]) -> str:
    """sha256 of every metadata entry (except the hash) and the texts of the cells it names."""
    lines = [f"{key}={value}" for key, value in sorted(metadata.items()) if key != STRUCTURE_KEY]
    lines += [f"{ref}={text}" for ref, text in sorted(texts.items())]
    return hashlib.sha256("\n".join(lines).encode("utf-8")).hexdigest()


def _named_cells(metadata: dict[str, str]) -> list[str]:
    """The cells whose texts the structure hash covers: code and title of each criterion
    row, the label of each bid's header row."""
    refs: list[str] = []
    for key in metadata:
        if key.startswith(ROW_KEY):
            number = key[len(ROW_KEY) :]
            refs += [f"{CODE_COLUMN}{number}", f"{TITLE_COLUMN}{number}"]
        elif key.startswith(BID_KEY):
            refs.append(f"{CODE_COLUMN}{key[len(BID_KEY) :]}")
    return refs


# --- writing ----------------------------------------------------------------------------------


def _bid_heading(label: str, price: Decimal | None) -> str:
    heading = f"Inschrijving {label}"
    if price is not None:
        heading += f" (prijs {format_money(price)})"
    return heading


def _scale_text(criterion: GridCriterion) -> str:
    parts = [criterion.description.strip()] if criterion.description.strip() else []
    parts.append(f"Onderdeel van: {criterion.path}")
    scale = [
        f"{format_number(value.value)} = {value.descriptor}"
        if value.descriptor
        else format_number(value.value)
        for value in criterion.scale
    ]
    parts.append("Schaal:")
    parts += scale
    if criterion.knockout_minimum is not None:
        parts.append(f"Minimaal vereiste score: {format_number(criterion.knockout_minimum)}")
    return "\n".join(parts)


def write_grid(path: Path, grid: ScoringGrid, *, exported_at: datetime) -> None:
    """Write ``grid`` as the evaluator's workbook at ``path`` (atomically replaced).

    Withdrawn or excluded bids are left out: they are not scored. The evaluator's current
    scores and motivations are filled in.
    """
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Protection, Side
    from openpyxl.worksheet.datavalidation import DataValidation

    book = Workbook()
    instructions = book.active
    assert instructions is not None
    instructions.title = INSTRUCTIONS_SHEET
    evaluator = grid.evaluator
    lines = [
        *INSTRUCTIONS,
        "",
        f"Perceel: {grid.lot_label}",
        f"Beoordelaar: {evaluator.name}",
        f"Gemaakt op: {format_moment(exported_at)}",
    ]
    if grid.motivation_required:
        lines.append("Bij elke score is een motivering verplicht.")
    if grid.anonymised:
        lines.append("De inschrijvingen zijn geanonimiseerd: u ziet alleen hun codes.")
    if grid.prices_hidden:
        lines.append("De prijzen worden u niet getoond: u beoordeelt alleen de kwaliteit.")
    for number, line in enumerate(lines, start=1):
        _text(instructions.cell(row=number, column=1), line)
        instructions.cell(row=number, column=1).alignment = Alignment(wrap_text=True)
    instructions["A1"].font = Font(bold=True, size=14)
    instructions["A3"].font = Font(bold=True)
    instructions.column_dimensions["A"].width = 110
    instructions.protection.sheet = True

    sheet = book.create_sheet(GRID_SHEET)
    _text(sheet["A1"], f"Beoordeling perceel {grid.lot_label}")
    sheet["A1"].font = Font(bold=True, size=14)
    _text(sheet["A2"], f"Beoordelaar: {evaluator.name}")
    header_font = Font(bold=True)
    header_fill = PatternFill("solid", fgColor="DDEBF7")
    bid_fill = PatternFill("solid", fgColor="E2EFDA")
    input_fill = PatternFill("solid", fgColor="FFF2CC")
    wrap = Alignment(wrap_text=True, vertical="top")
    unlocked = Protection(locked=False)
    thin = Side(style="thin", color="BFBFBF")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    for letter, header, width in COLUMNS:
        cell = sheet[f"{letter}{HEADER_ROW}"]
        _text(cell, header)
        cell.font = header_font
        cell.fill = header_fill
        sheet.column_dimensions[letter].width = width
    sheet.freeze_panes = f"A{HEADER_ROW + 1}"

    # The scales as numbers on a hidden sheet: a drop-down from cells inserts numbers in
    # every locale, where a typed list "5.5,6" would be text in a Dutch Excel.
    scales_sheet = book.create_sheet(SCALES_SHEET)
    scale_ranges: dict[tuple[str, ...], str] = {}
    for criterion in grid.criteria:
        key = tuple(_canonical(value.value) for value in criterion.scale)
        if key in scale_ranges or not key:
            continue
        column = reading.column_letter(len(scale_ranges))
        for index, value in enumerate(criterion.scale, start=1):
            scales_sheet[f"{column}{index}"] = value.value
        scale_ranges[key] = f"{SCALES_SHEET}!${column}$1:${column}${len(criterion.scale)}"
    scales_sheet.sheet_state = "hidden"
    scales_sheet.protection.sheet = True

    metadata: dict[str, str] = {
        "kind": KIND,
        "version": FORMAT_VERSION,
        "purpose": "Beoordelingsformulier van één beoordelaar voor één perceel",
        "lot_id": str(grid.lot_id),
        "lot_label": grid.lot_label,
        "evaluator_id": str(evaluator.id),
        "evaluator_name": evaluator.name,
        "exported_at": exported_at.isoformat(),
        "motivation_required": "1" if grid.motivation_required else "0",
        "sheet": GRID_SHEET,
        "criteria": criteria_hash(grid.criteria),
    }
    for criterion in grid.criteria:
        metadata[f"{SCALE_KEY}{criterion.criterion_id}"] = ";".join(
            _canonical(value.value) for value in criterion.scale
        )
    current = {(score.bid_id, score.criterion_id): score for score in grid.scores}
    validations: dict[str, Any] = {}
    row = FIRST_ROW
    texts: dict[str, str] = {}
    for bid in grid.bids:
        if bid.withdrawn:
            continue
        heading = _bid_heading(bid.label, bid.price)
        for letter, _header, _width in COLUMNS:
            sheet[f"{letter}{row}"].fill = bid_fill
        _text(sheet[f"{CODE_COLUMN}{row}"], heading)
        sheet[f"{CODE_COLUMN}{row}"].font = header_font
        metadata[f"{BID_KEY}{row}"] = str(bid.bid_id)
        texts[f"{CODE_COLUMN}{row}"] = heading.strip()
        row += 1
        for criterion in grid.criteria:
            _text(sheet[f"{CODE_COLUMN}{row}"], criterion.code)
            _text(sheet[f"{TITLE_COLUMN}{row}"], criterion.title)
            _text(sheet[f"{TEXT_COLUMN}{row}"], _scale_text(criterion))
            texts[f"{CODE_COLUMN}{row}"] = criterion.code.strip()
            texts[f"{TITLE_COLUMN}{row}"] = criterion.title.strip()
            for letter in (CODE_COLUMN, TITLE_COLUMN, TEXT_COLUMN):
                sheet[f"{letter}{row}"].alignment = wrap
            score_cell = sheet[f"{SCORE_COLUMN}{row}"]
            motivation_cell = sheet[f"{MOTIVATION_COLUMN}{row}"]
            for cell in (score_cell, motivation_cell):
                cell.protection = unlocked
                cell.border = box
                cell.fill = input_fill
                cell.alignment = wrap
            motivation_cell.number_format = "@"
            existing = current.get((bid.bid_id, criterion.criterion_id))
            if existing is not None and existing.score is not None:
                score_cell.value = existing.score
                _text(motivation_cell, existing.motivation)
            key = tuple(_canonical(value.value) for value in criterion.scale)
            if key:
                validation = validations.get(scale_ranges[key])
                if validation is None:
                    validation = DataValidation(
                        type="list",
                        formula1=scale_ranges[key],
                        allow_blank=True,
                        showErrorMessage=True,
                        showInputMessage=True,
                        errorTitle="Score",
                        error="Kies een score uit de lijst: alleen waarden van de schaal.",
                        promptTitle="Score",
                        prompt="Kies een waarde van de schaal.",
                    )
                    sheet.add_data_validation(validation)
                    validations[scale_ranges[key]] = validation
                validation.add(f"{SCORE_COLUMN}{row}")
            metadata[f"{ROW_KEY}{row}"] = f"{bid.bid_id}:{criterion.criterion_id}"
            # Excel does not fit a row to wrapped text written by a program: estimate it.
            line_count = max(
                _line_count(criterion.title, TITLE_WIDTH),
                _line_count(_scale_text(criterion), TEXT_WIDTH),
                _line_count(existing.motivation if existing else "", MOTIVATION_WIDTH),
            )
            sheet.row_dimensions[row].height = 14.5 * line_count + 3
            row += 1
        row += 1  # a blank row between the blocks
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    sheet.print_title_rows = f"{HEADER_ROW}:{HEADER_ROW}"
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


def _line_count(text: str, width: int) -> int:
    """About how many lines ``text`` takes in a wrapped column ``width`` characters wide."""
    usable = max(int(width * 1.15), 1)
    return max(1, sum(max(1, -(-len(line) // usable)) for line in text.splitlines() or [""]))


def _text(cell: Any, value: str) -> None:
    """Write ``value`` as text: a motivation starting with "=" must never become a formula."""
    cell.value = value
    if value:
        cell.data_type = "s"


def save_atomically(data: bytes, path: Path) -> None:
    """Write ``data`` beside ``path`` and rename it onto ``path``, with the messages of
    excel/writing.py when the folder or the file (open in Excel) is in the way."""
    # The helpers are private to the package's writer; generated templates share them.
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


# --- reading ----------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class GridCell:
    """One filled-in (or blank) criterion row of a returned grid; ``score`` None is blank."""

    row: int
    bid_id: int
    criterion_id: int
    score: Decimal | None
    motivation: str

    @property
    def cell(self) -> str:
        """Where the score is, as Excel names it: Beoordeling!D14."""
        return f"{GRID_SHEET}!{SCORE_COLUMN}{self.row}"


@dataclass(frozen=True, slots=True)
class ParsedGrid:
    """What a returned grid says; ``problems`` non-empty means it cannot be imported."""

    path: Path
    lot_id: int | None = None
    lot_label: str = ""
    evaluator_id: int | None = None
    evaluator_name: str = ""
    exported_at: str = ""
    criteria_hash: str = ""
    cells: tuple[GridCell, ...] = ()
    problems: tuple[Problem, ...] = ()

    @property
    def name(self) -> str:
        return self.path.name


def _problem(
    message: str, file: str, *, row: int | None = None, column: str = "", **params: Any
) -> Problem:
    return Problem(
        message,
        sheet=GRID_SHEET,
        row=row,
        column=column,
        params={"file": file, "sheet": GRID_SHEET, **params},
        context=CONTEXT,
    )


def _int(text: str) -> int | None:
    try:
        return int(text)
    except ValueError:
        return None


def _score(value: reading.CellValue) -> Decimal | str | None:
    """A number from the score cell, the text when it is no number, None when blank."""
    if value is None:
        return None
    if isinstance(value, bool):
        return reading.cell_text(value)
    if isinstance(value, int | float):
        try:
            return Decimal(str(value))
        except InvalidOperation:
            return str(value)
    text = reading.cell_text(value)
    if not text:
        return None
    try:
        number = Decimal(text.replace(",", "."))
    except InvalidOperation:
        return text
    return number if number.is_finite() else text


def read_grid(path: Path) -> ParsedGrid:
    """Read a returned grid after the safety checks; validate its structure and every cell.

    Raises :class:`WorkbookError` for a file that is unsafe or no workbook at all; anything
    wrong with a grid is a problem naming the file, the sheet and the cell.
    """
    file = path.name
    metadata = reading.read_metadata(path)  # runs check_workbook_file first
    if metadata.get("kind") != KIND:
        return ParsedGrid(path, problems=(_problem(_NOT_A_GRID, file),))
    if metadata.get("version") != FORMAT_VERSION:
        return ParsedGrid(
            path,
            problems=(_problem(_OTHER_VERSION, file, version=metadata.get("version", "?")),),
        )
    try:
        sheet = reading.read_sheet(path, GRID_SHEET)
    except WorkbookError:
        return ParsedGrid(path, problems=(_problem(_NO_GRID_SHEET, file),))
    if sheet.name != GRID_SHEET:
        return ParsedGrid(path, problems=(_problem(_NO_GRID_SHEET, file),))
    rows = sheet.rows

    def value(ref: str) -> reading.CellValue:
        match = re.fullmatch(r"([A-Z]+)(\d+)", ref)
        assert match is not None
        index = int(match.group(2)) - 1
        column = "ABCDE".index(match.group(1))
        if index >= len(rows) or column >= len(rows[index]):
            return None
        return rows[index][column]

    texts = {ref: reading.cell_text(value(ref)) for ref in _named_cells(metadata)}
    lot_id = _int(metadata.get("lot_id", ""))
    evaluator_id = _int(metadata.get("evaluator_id", ""))
    tampered = (
        structure_hash(metadata, texts) != metadata.get(STRUCTURE_KEY)
        or lot_id is None
        or evaluator_id is None
    )
    base = ParsedGrid(
        path,
        lot_id=lot_id,
        lot_label=metadata.get("lot_label", ""),
        evaluator_id=evaluator_id,
        evaluator_name=metadata.get("evaluator_name", ""),
        exported_at=metadata.get("exported_at", ""),
        criteria_hash=metadata.get("criteria", ""),
    )
    if tampered:
        return _with(base, problems=(_problem(_TAMPERED, file),))
    motivation_required = metadata.get("motivation_required") == "1"
    cells: list[GridCell] = []
    problems: list[Problem] = []
    for key, ids in metadata.items():
        if not key.startswith(ROW_KEY):
            continue
        number = int(key[len(ROW_KEY) :])
        bid_text, _, criterion_text = ids.partition(":")
        bid_id, criterion_id = _int(bid_text), _int(criterion_text)
        allowed_texts = metadata.get(f"{SCALE_KEY}{criterion_text}", "")
        if bid_id is None or criterion_id is None or not allowed_texts:
            return _with(base, problems=(_problem(_TAMPERED, file),))
        allowed = [Decimal(text) for text in allowed_texts.split(";")]
        allowed_shown = ", ".join(format_number(item) for item in allowed)
        score_ref = f"{SCORE_COLUMN}{number}"
        cell = f"{GRID_SHEET}!{score_ref}"
        raw = value(score_ref)
        parsed = _score(raw)
        motivation = reading.cell_text(value(f"{MOTIVATION_COLUMN}{number}"))
        score: Decimal | None = None
        if isinstance(parsed, str):
            problems.append(
                _problem(
                    _TEXT_SCORE,
                    file,
                    row=number,
                    column=SCORE_COLUMN,
                    cell=cell,
                    value=parsed[:60],
                    allowed=allowed_shown,
                )
            )
        elif parsed is not None:
            match = next((item for item in allowed if item == parsed), None)
            if match is None:
                problems.append(
                    _problem(
                        _OFF_SCALE,
                        file,
                        row=number,
                        column=SCORE_COLUMN,
                        cell=cell,
                        value=format_number(parsed),
                        allowed=allowed_shown,
                    )
                )
            else:
                score = match
                if motivation_required and not motivation:
                    problems.append(
                        _problem(
                            _NO_MOTIVATION,
                            file,
                            row=number,
                            column=MOTIVATION_COLUMN,
                            cell=f"{GRID_SHEET}!{MOTIVATION_COLUMN}{number}",
                        )
                    )
        elif motivation:
            problems.append(
                _problem(
                    _MOTIVATION_WITHOUT_SCORE, file, row=number, column=SCORE_COLUMN, cell=cell
                )
            )
        cells.append(GridCell(number, bid_id, criterion_id, score, motivation))
    cells.sort(key=lambda item: item.row)
    problems.sort(key=lambda item: (item.row or 0, item.column))
    return _with(base, cells=tuple(cells), problems=tuple(problems))


def _with(base: ParsedGrid, **changes: Any) -> ParsedGrid:
    from dataclasses import replace

    return replace(base, **changes)
