"""The criteria workbook without a database: a colleague's layouts (criterion and sub-criterion
columns, codes in titles, fractions, percent signs), the choice of sheet, and our export."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest

from ssb_desktop.errors import WorkbookError
from ssb_desktop.excel.criteria import read_criteria, sheet_title, write_criteria
from ssb_desktop.excel.reading import read_metadata
from ssb_desktop.records import CriterionRecord, LotRecord

Workbook = Callable[..., Path]


def test_criterion_and_sub_criterion_columns_mark_the_levels(
    organisations_workbook: Workbook,
) -> None:
    path = organisations_workbook(
        ["Hoofdcriterium", "Subcriterium", "Toelichting", "Weging %", "Beoordelingsschaal"],
        [
            ["Visie", "", "Hoe?", "60%", "0-2-4-6-8-10"],
            ["", "Aanpak", "", "50", "0-2-4-6-8-10"],
            ["Visie", "Samenwerking", "", "50,0", "0-2-4-6-8-10"],
            ["Kwaliteit", "", "", 40, "1-5"],
        ],
    )

    parsed = read_criteria(path, "SSB-2019/1")

    assert parsed.problems == []
    assert [(r.title, r.is_sub, r.main_title, r.weight) for r in parsed.rows] == [
        ("Visie", False, "", Decimal("60")),
        ("Aanpak", True, "", Decimal("50")),
        ("Samenwerking", True, "Visie", Decimal("50")),
        ("Kwaliteit", False, "", Decimal("40")),
    ]
    assert parsed.rows[0].description == "Hoe?" and parsed.rows[3].scale == "1-5"
    # No sheet for the lot by name: the first sheet is read, and the user is told.
    assert "no sheet named SSB-2019-1" in parsed.warnings[0].english()


def test_codes_typed_in_front_of_titles_are_split_off_without_a_code_column(
    organisations_workbook: Workbook,
) -> None:
    path = organisations_workbook(
        ["Gunningscriterium", "Gewicht"],
        [["1. Visie", 70], ["1.1 Aanpak", 100], ["K2 Kwaliteit", 30], ["Prijs", 0]],
    )

    rows = read_criteria(path, "X/1").rows

    assert [(r.code, r.title) for r in rows] == [
        ("1", "Visie"),
        ("1.1", "Aanpak"),
        ("K2", "Kwaliteit"),
        ("", "Prijs"),
    ]


def test_weights_written_as_fractions_are_read_as_percentages(
    organisations_workbook: Workbook,
) -> None:
    path = organisations_workbook(["Criterium", "Weging"], [["A", 0.4], ["B", 0.6]])

    parsed = read_criteria(path, "X/1")

    assert [r.weight for r in parsed.rows] == [Decimal("40"), Decimal("60")]
    assert any("fractions" in w.english() for w in parsed.warnings)


def test_bad_cells_are_problems_at_their_row_and_column(organisations_workbook: Workbook) -> None:
    path = organisations_workbook(
        ["Criterium", "Weging", "Knock-out", "Prijscriterium", "Geld per punt"],
        [["A", "veel", "vier", "misschien", "€ x"]],
    )

    parsed = read_criteria(path, "X/1")

    assert [(p.row, p.column) for p in parsed.problems] == [
        (2, "Prijscriterium"),
        (2, "Weging"),
        (2, "Knock-out"),
        (2, "Geld per punt"),
    ]


def test_a_sheet_without_titles_or_weights_asks_for_a_mapping(
    organisations_workbook: Workbook,
) -> None:
    path = organisations_workbook(["Onderdeel", "Punten"], [["A", 100]])

    parsed = read_criteria(path, "X/1")

    assert len(parsed.problems) == 2
    mapped = read_criteria(path, "X/1", {"Onderdeel": "title", "Punten": "weight"})
    assert mapped.problems == [] and mapped.rows[0].weight == Decimal("100")


def _lot(number: int) -> LotRecord:
    return LotRecord(id=number, procurement_id=1, procurement_reference="SSB-2019", number=number)


def _tree(lot_id: int) -> list[CriterionRecord]:
    return [
        CriterionRecord(id=1, lot_id=lot_id, code="K1", title="Visie", weight=Decimal(60), key=1),
        CriterionRecord(
            id=2, lot_id=lot_id, parent_id=1, code="K1.1", title="Aanpak", weight=Decimal(100),
            scale_id=5, scale_name="0-2-4-6-8-10", knockout_minimum=Decimal(4), key=2,
        ),
        CriterionRecord(
            id=3, lot_id=lot_id, title="Prijs", weight=Decimal(40), is_price=True, key=3
        ),
    ]  # fmt: skip


def test_the_export_has_a_sheet_per_lot_with_sibling_sums_and_metadata(tmp_path: Path) -> None:
    path = tmp_path / "criteria.xlsx"

    count = write_criteria(path, [(_lot(1), _tree(1)), (_lot(2), _tree(2)[:1])])

    assert count == 4
    book = openpyxl.load_workbook(path)
    assert book.sheetnames == ["SSB-2019-1", "SSB-2019-2", "ssb_metadata"]
    assert book["ssb_metadata"].sheet_state == "veryHidden"
    rows = list(book["SSB-2019-1"].iter_rows(values_only=True))
    assert rows[1:] == [
        ("K1", None, "Visie", None, 60, 100, "Nee", None, None, None),
        ("K1.1", "K1", "Aanpak", None, 100, 100, "Nee", "0-2-4-6-8-10", 4, None),
        (None, None, "Prijs", None, 40, 100, "Ja", None, None, None),
    ]
    assert list(book["SSB-2019-2"].iter_rows(values_only=True))[1][5] == 60
    assert read_metadata(path)["lot:SSB-2019/2"] == sheet_title("SSB-2019/2") == "SSB-2019-2"

    second = read_criteria(path, "ssb-2019/2")
    assert second.sheet == "SSB-2019-2" and [r.title for r in second.rows] == ["Visie"]
    first = read_criteria(path, "SSB-2019/1")
    assert [(r.code, r.parent_code, r.is_price) for r in first.rows] == [
        ("K1", "", False),
        ("K1.1", "K1", False),
        ("", "", True),
    ]
    assert first.warnings == [] and first.problems == []
    with pytest.raises(WorkbookError, match="criteria of SSB-2019/1, SSB-2019/2, not of X/1"):
        read_criteria(path, "X/1")
