"""The results workbook of a lot: consensus scores, weights and prices with live Excel formulas
for the effective weights, the points, the totals and the ranks, so that a colleague can check
the program's arithmetic in Excel or LibreOffice.

The formulas follow services/scoring.py: a scored leaf adds ``effective weight x score /
scale maximum``; price points are ``maximum x lowest valid price / price`` (relative) or
``maximum x (ceiling - price) / (ceiling - floor)`` clipped to 0..maximum (absolute). Like the
program, nothing is rounded on the way: the formulas keep full precision (ROUND to ten decimals
only removes floating-point noise, so that equal totals are equal in Excel) and the cells show
two decimals, the rounding every screen and letter uses (``formatting.round_points``). Ranks are
competition ranks (RANK) on those totals, so bids a cent apart rank apart here as in the
program, and bids the program separated by a tie-break rule share a rank here; the program's
own rank and displayed total stand beside them.
"""

from __future__ import annotations

import io
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

from ssb_desktop.excel.reading import column_letter
from ssb_desktop.excel.scoring_grids import save_atomically
from ssb_desktop.records import AwardMethod, DropoutRule, PriceFormula

SETTINGS_SHEET = "Instellingen"
CRITERIA_SHEET = "Criteria"
RESULTS_SHEET = "Resultaat"
MOTIVATIONS_SHEET = "Motiveringen"
# Rows of the results sheet.
CODE_ROW, TITLE_ROW, FACTOR_ROW, MINIMUM_ROW, MONEY_ROW, HEADER_ROW = 3, 4, 5, 6, 7, 8
FIRST_BID_ROW = 9
YES, NO = "ja", "nee"
# Decimals kept by ROUND in the formulas: enough to remove floating-point noise only.
_NOISE = 10

METHOD_TEXT = {
    AwardMethod.WEIGHTED_POINTS: "Gewogen punten (kwaliteit en prijs)",
    AwardMethod.FIXED_PRICE_QUALITY: "Vaste prijs, alleen kwaliteit",
    AwardMethod.AWARD_ON_VALUE: "Gunnen op waarde (fictieve aftrek)",
}
FORMULA_TEXT = {
    PriceFormula.RELATIVE: "Relatief: maximum × laagste geldige prijs / prijs",
    PriceFormula.ABSOLUTE: (
        "Absoluut: maximum × (plafond − prijs) / (plafond − bodem), 0 tot maximum"
    ),
}


@dataclass(frozen=True, slots=True)
class ResultCriterion:
    """One criterion of the tree, in tree order."""

    criterion_id: int
    code: str
    title: str
    parent_id: int | None
    weight: Decimal  # percentage of its siblings
    is_price: bool = False
    leaf: bool = True
    scale_max: Decimal = Decimal(0)
    knockout_minimum: Decimal | None = None
    money_per_point: Decimal | None = None


@dataclass(frozen=True, slots=True)
class ResultBid:
    """One bid with its consensus scores and the program's figures to compare with."""

    bid_id: int
    code: str
    label: str
    price: Decimal | None
    active: bool
    in_computation: bool
    scores: Mapping[int, Decimal]
    motivations: Mapping[int, str] = field(default_factory=dict)
    program_total: Decimal | None = None
    program_rank: int | None = None
    program_fictitious_price: Decimal | None = None


@dataclass(frozen=True, slots=True)
class ResultsData:
    lot_label: str
    lot_title: str
    award_method: AwardMethod
    price_formula: PriceFormula
    price_max_points: Decimal
    price_floor: Decimal | None
    price_ceiling: Decimal | None
    budget: Decimal | None
    dropout_rule: DropoutRule
    criteria: tuple[ResultCriterion, ...]
    bids: tuple[ResultBid, ...]


@dataclass(frozen=True, slots=True)
class ResultColumns:
    """Where the computed figures are, for tests and for reading the recalculated values."""

    total: str
    rank: str
    price_points: str
    fictitious_price: str
    first_row: int
    bid_rows: Mapping[int, int]  # bid id -> row


def write_results(path: Path, data: ResultsData) -> ResultColumns:
    """Write the results workbook (atomically) and say where its formulas are."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill

    bold = Font(bold=True)
    fill = PatternFill("solid", fgColor="DDEBF7")
    book = Workbook()
    settings = book.active
    assert settings is not None
    settings.title = SETTINGS_SHEET
    has_price_criterion = any(item.is_price for item in data.criteria)
    weighted = data.award_method is AwardMethod.WEIGHTED_POINTS
    rows: list[tuple[str, Any, str]] = [
        ("Perceel", f"{data.lot_label} {data.lot_title}".strip(), ""),
        ("Gunningsmethode", METHOD_TEXT[data.award_method], ""),
        ("Maximum prijspunten", data.price_max_points if weighted else 0, "0.00"),
        (
            "Punten voor de criteria",
            _Formula("=100-B3") if weighted and not has_price_criterion else 100,
            "0.00",
        ),
        ("Bodemprijs", data.price_floor, '"€" #,##0.00'),
        ("Plafondprijs", data.price_ceiling, '"€" #,##0.00'),
        ("Budget (vaste prijs)", data.budget, '"€" #,##0.00'),
        ("Prijsformule", FORMULA_TEXT[data.price_formula] if weighted else "", ""),
        (
            "Bij uitval",
            "Rangorde bevriezen"
            if data.dropout_rule is DropoutRule.FREEZE
            else "Rangorde herberekenen",
            "",
        ),
    ]
    for number, (label, value, number_format) in enumerate(rows, start=1):
        _text(settings.cell(row=number, column=1), label)
        settings.cell(row=number, column=1).font = bold
        cell = settings.cell(row=number, column=2)
        if isinstance(value, _Formula):
            cell.value = str(value)  # our own formula; every other text stays text
        elif isinstance(value, str):
            _text(cell, value)
        else:
            cell.value = value
        if number_format:
            cell.number_format = number_format
    notes = (
        "Alle punten op de tabbladen Criteria en Resultaat zijn formules: wijzig een score of "
        "weging om het effect te zien. De kolommen 'volgens programma' tonen wat het programma "
        "berekende; 'Verschil' hoort 0 te zijn.",
        "Effectieve weging: hoofdcriterium = punten voor de criteria × weging / 100; "
        "subcriterium = effectieve weging van het hoofdcriterium × weging / 100.",
        "Een criterium levert effectieve weging × score / schaalmaximum punten op.",
        "De rang is een competitierang (RANK): gelijke totalen delen een rang. Het programma "
        "beslist een gelijke stand met de beslisregels van het perceel.",
    )
    for offset, note in enumerate(notes, start=len(rows) + 2):
        _text(settings.cell(row=offset, column=1), note)
        settings.cell(row=offset, column=1).alignment = Alignment(wrap_text=True)
    settings.column_dimensions["A"].width = 60
    settings.column_dimensions["B"].width = 45

    criteria_sheet = book.create_sheet(CRITERIA_SHEET)
    headers = (
        "Code",
        "Criterium",
        "Valt onder",
        "Weging (%)",
        "Effectieve weging (punten)",
        "Schaalmaximum",
        "Punten per scorepunt",
        "Knock-out minimum",
        "Geld per scorepunt",
        "Prijscriterium",
    )
    widths = (8, 40, 10, 11, 14, 12, 12, 12, 14, 12)
    for column, (header, width) in enumerate(zip(headers, widths, strict=True), start=1):
        cell = criteria_sheet.cell(row=1, column=column)
        _text(cell, header)
        cell.font = bold
        cell.fill = fill
        cell.alignment = Alignment(wrap_text=True, vertical="top")
        criteria_sheet.column_dimensions[column_letter(column - 1)].width = width
    criteria_sheet.freeze_panes = "A2"
    criterion_row: dict[int, int] = {}
    codes = {item.criterion_id: item.code for item in data.criteria}
    for number, item in enumerate(data.criteria, start=2):
        criterion_row[item.criterion_id] = number
        _text(criteria_sheet[f"A{number}"], item.code)
        _text(criteria_sheet[f"B{number}"], item.title)
        if item.parent_id is not None:
            _text(criteria_sheet[f"C{number}"], codes.get(item.parent_id, ""))
        criteria_sheet[f"D{number}"] = item.weight
        parent_row = criterion_row.get(item.parent_id) if item.parent_id is not None else None
        criteria_sheet[f"E{number}"] = (
            f"=E{parent_row}*D{number}/100"
            if parent_row is not None
            else f"={SETTINGS_SHEET}!$B$4*D{number}/100"
        )
        if item.leaf and not item.is_price:
            criteria_sheet[f"F{number}"] = item.scale_max
            criteria_sheet[f"G{number}"] = f"=IF(F{number}=0,0,E{number}/F{number})"
        if item.knockout_minimum is not None:
            criteria_sheet[f"H{number}"] = item.knockout_minimum
        if item.money_per_point is not None:
            criteria_sheet[f"I{number}"] = item.money_per_point
        _text(criteria_sheet[f"J{number}"], YES if item.is_price else NO)
        for letter in "DEFGHI":
            criteria_sheet[f"{letter}{number}"].number_format = "0.0000"

    leaves = [item for item in data.criteria if item.leaf and not item.is_price]
    mains = [item for item in data.criteria if item.parent_id is None and not item.is_price]
    main_of = _main_of(data.criteria)
    sheet = book.create_sheet(RESULTS_SHEET)
    _text(sheet["A1"], f"Resultaat perceel {data.lot_label}")
    sheet["A1"].font = Font(bold=True, size=14)
    for row, label in (
        (CODE_ROW, "Criterium"),
        (TITLE_ROW, ""),
        (FACTOR_ROW, "Punten per scorepunt"),
        (MINIMUM_ROW, "Knock-out minimum"),
        (MONEY_ROW, "Geld per scorepunt"),
    ):
        if label:
            _text(sheet[f"E{row}"], label)
            sheet[f"E{row}"].font = bold
    first_score = 6  # column F
    score_columns: dict[int, str] = {}
    for offset, leaf in enumerate(leaves):
        letter = column_letter(first_score - 1 + offset)
        score_columns[leaf.criterion_id] = letter
        source = criterion_row[leaf.criterion_id]
        _text(sheet[f"{letter}{CODE_ROW}"], leaf.code)
        _text(sheet[f"{letter}{TITLE_ROW}"], leaf.title)
        sheet[f"{letter}{TITLE_ROW}"].alignment = Alignment(wrap_text=True, vertical="top")
        sheet[f"{letter}{FACTOR_ROW}"] = f"={CRITERIA_SHEET}!G{source}"
        sheet[f"{letter}{MINIMUM_ROW}"] = f"={CRITERIA_SHEET}!H{source}"
        sheet[f"{letter}{MONEY_ROW}"] = f"={CRITERIA_SHEET}!I{source}"
        sheet[f"{letter}{FACTOR_ROW}"].number_format = "0.0000"
        sheet.column_dimensions[letter].width = 11
    last_score_index = first_score - 1 + max(len(leaves), 1) - 1
    first_letter = column_letter(first_score - 1)
    last_letter = column_letter(last_score_index)
    next_index = last_score_index + 1

    def take(header: str) -> str:
        nonlocal next_index
        letter = column_letter(next_index)
        next_index += 1
        _header(sheet, f"{letter}{HEADER_ROW}", header, bold, fill)
        sheet.column_dimensions[letter].width = 13
        return letter

    for letter, header, width in (
        ("A", "Code", 7),
        ("B", "Inschrijver", 34),
        ("C", "Telt mee", 9),
        ("D", "In berekening", 11),
        ("E", "Prijs", 15),
    ):
        _header(sheet, f"{letter}{HEADER_ROW}", header, bold, fill)
        sheet.column_dimensions[letter].width = width
    for letter in score_columns.values():
        _header(sheet, f"{letter}{HEADER_ROW}", sheet[f"{letter}{CODE_ROW}"].value, bold, fill)
    quality = take("Kwaliteitspunten")
    main_columns = {main.criterion_id: take(f"Punten {main.code}") for main in mains}
    knockout = take("Knock-out")
    valid_price = take("Prijs telt voor laagste")
    value_award = data.award_method is AwardMethod.AWARD_ON_VALUE
    price_points = take("Prijspunten") if weighted else ""
    quality_value = take("Kwaliteitswaarde") if value_award else ""
    fictitious = take("Fictieve prijs") if value_award else ""
    total = take("Totaal")
    ranked_value = take("Telt voor rang")
    rank = take("Rang")
    program_total = take("Totaal volgens programma")
    program_rank = take("Rang volgens programma")
    difference = take("Verschil")
    last_row = FIRST_BID_ROW + max(len(data.bids), 1) - 1
    bid_rows: dict[int, int] = {}
    for row, bid in enumerate(data.bids, start=FIRST_BID_ROW):
        bid_rows[bid.bid_id] = row
        _text(sheet[f"A{row}"], bid.code)
        _text(sheet[f"B{row}"], bid.label)
        _text(sheet[f"C{row}"], YES if bid.active else NO)
        _text(sheet[f"D{row}"], YES if bid.in_computation else NO)
        if bid.price is not None:
            sheet[f"E{row}"] = bid.price
        sheet[f"E{row}"].number_format = '"€" #,##0.00'
        for criterion_id, letter in score_columns.items():
            score = bid.scores.get(criterion_id)
            if score is not None:
                sheet[f"{letter}{row}"] = score
        scores = f"{first_letter}{row}:{last_letter}{row}"
        factors = f"${first_letter}${FACTOR_ROW}:${last_letter}${FACTOR_ROW}"
        minimums = f"${first_letter}${MINIMUM_ROW}:${last_letter}${MINIMUM_ROW}"
        sheet[f"{quality}{row}"] = f"=SUMPRODUCT({factors},{scores})"
        for main_id, letter in main_columns.items():
            columns = [
                score_columns[leaf.criterion_id]
                for leaf in leaves
                if main_of[leaf.criterion_id] == main_id
            ]
            if columns:
                sheet[f"{letter}{row}"] = (
                    f"=SUMPRODUCT(${columns[0]}${FACTOR_ROW}:${columns[-1]}${FACTOR_ROW},"
                    f"{columns[0]}{row}:{columns[-1]}{row})"
                )
        below_minimum = f"SUMPRODUCT(--({scores}<{minimums}))>0"
        if data.award_method is AwardMethod.FIXED_PRICE_QUALITY and data.budget is not None:
            condition = f'OR(AND(E{row}<>"",E{row}>{SETTINGS_SHEET}!$B$7),{below_minimum})'
        else:
            condition = below_minimum
        sheet[f"{knockout}{row}"] = f'=IF({condition},"{YES}","{NO}")'
        counted = f'AND(D{row}="{YES}",{knockout}{row}="{NO}")'
        sheet[f"{valid_price}{row}"] = f'=IF(AND({counted},E{row}<>""),E{row},"")'
        sheet[f"{valid_price}{row}"].number_format = '"€" #,##0.00'
        if weighted:
            maximum = f"{SETTINGS_SHEET}!$B$3"
            if data.price_formula is PriceFormula.ABSOLUTE:
                floor, ceiling = f"{SETTINGS_SHEET}!$B$5", f"{SETTINGS_SHEET}!$B$6"
                fraction = f"MIN(1,MAX(0,({ceiling}-E{row})/({ceiling}-{floor})))"
            else:
                lowest = f"MIN(${valid_price}${FIRST_BID_ROW}:${valid_price}${last_row})"
                fraction = f"IF(E{row}=0,1,{lowest}/E{row})"
            sheet[f"{price_points}{row}"] = f'=IF({counted},{maximum}*{fraction},"")'
            sheet[f"{total}{row}"] = (
                f'=IF({counted},ROUND({quality}{row}+N({price_points}{row}),{_NOISE}),"")'
            )
            sheet[f"{price_points}{row}"].number_format = "0.00"
        else:
            sheet[f"{total}{row}"] = f'=IF({counted},ROUND({quality}{row},{_NOISE}),"")'
        if value_award:
            money = f"${first_letter}${MONEY_ROW}:${last_letter}${MONEY_ROW}"
            sheet[f"{quality_value}{row}"] = f"=ROUND(SUMPRODUCT({money},{scores}),{_NOISE})"
            sheet[f"{fictitious}{row}"] = (
                f'=IF(AND({counted},E{row}<>""),ROUND(E{row}-{quality_value}{row},{_NOISE}),"")'
            )
            sheet[f"{quality_value}{row}"].number_format = '"€" #,##0.00'
            sheet[f"{fictitious}{row}"].number_format = '"€" #,##0.00'
            primary, order = fictitious, 1
        else:
            primary, order = total, 0
        sheet[f"{ranked_value}{row}"] = (
            f'=IF(AND(C{row}="{YES}",{counted},ISNUMBER({primary}{row})),{primary}{row},"")'
        )
        sheet[f"{rank}{row}"] = (
            f'=IF({ranked_value}{row}="","",RANK({ranked_value}{row},'
            f"${ranked_value}${FIRST_BID_ROW}:${ranked_value}${last_row},{order}))"
        )
        program = bid.program_fictitious_price if value_award else bid.program_total
        if program is not None:
            sheet[f"{program_total}{row}"] = program
        if bid.program_rank is not None:
            sheet[f"{program_rank}{row}"] = bid.program_rank
        # The displayed figures must agree: the difference of the two-decimal roundings.
        sheet[f"{difference}{row}"] = (
            f"=IF(AND(ISNUMBER({primary}{row}),ISNUMBER({program_total}{row})),"
            f'ROUND({primary}{row},2)-{program_total}{row},"")'
        )
        for letter in (quality, total, difference, *main_columns.values()):
            sheet[f"{letter}{row}"].number_format = "0.00"
        sheet[f"{program_total}{row}"].number_format = '"€" #,##0.00' if value_award else "0.00"
    sheet.freeze_panes = f"C{FIRST_BID_ROW}"

    motivations = book.create_sheet(MOTIVATIONS_SHEET)
    for column, (header, width) in enumerate(
        (("Inschrijving", 34), ("Criterium", 36), ("Consensusscore", 14), ("Motivering", 90)),
        start=1,
    ):
        _header(motivations, f"{column_letter(column - 1)}1", header, bold, fill)
        motivations.column_dimensions[column_letter(column - 1)].width = width
    number = 2
    for bid in data.bids:
        for leaf in leaves:
            score = bid.scores.get(leaf.criterion_id)
            if score is None:
                continue
            _text(motivations[f"A{number}"], bid.label)
            _text(motivations[f"B{number}"], f"{leaf.code} {leaf.title}".strip())
            motivations[f"C{number}"] = score
            _text(motivations[f"D{number}"], bid.motivations.get(leaf.criterion_id, ""))
            motivations[f"D{number}"].alignment = Alignment(wrap_text=True, vertical="top")
            number += 1
    motivations.freeze_panes = "A2"
    book.active = 2
    buffer = io.BytesIO()
    book.save(buffer)
    save_atomically(buffer.getvalue(), path)
    return ResultColumns(
        total=total,
        rank=rank,
        price_points=price_points,
        fictitious_price=fictitious,
        first_row=FIRST_BID_ROW,
        bid_rows=bid_rows,
    )


def _main_of(criteria: Sequence[ResultCriterion]) -> dict[int, int]:
    parents = {item.criterion_id: item.parent_id for item in criteria}
    result: dict[int, int] = {}
    for item in criteria:
        current = item.criterion_id
        while parents.get(current) is not None:
            parent = parents[current]
            assert parent is not None
            current = parent
        result[item.criterion_id] = current
    return result


def _header(sheet: Any, ref: str, text: Any, bold: Any, fill: Any) -> None:
    from openpyxl.styles import Alignment

    cell = sheet[ref]
    _text(cell, str(text or ""))
    cell.font = bold
    cell.fill = fill
    cell.alignment = Alignment(wrap_text=True, vertical="top")


class _Formula(str):
    """A formula this module writes on purpose; any other text, whatever it starts with, is
    written as text (a reference or title starting with "=" must stay inert)."""


def _text(cell: Any, value: str) -> None:
    """Text stays text: a title starting with "=" is not a formula."""
    cell.value = value
    if value:
        cell.data_type = "s"
