"""The generic record table: what a user sees when a list is loaded, searched and sorted."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal

import pytest
from PySide6.QtCore import (
    QCoreApplication,
    QItemSelectionModel,
    QPersistentModelIndex,
    Qt,
    QTranslator,
)
from PySide6.QtWidgets import QApplication
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from ssb_desktop.formatting import format_money
from ssb_desktop.models.record_table_model import ALIGN_RIGHT, Column, RecordTableModel


@dataclass(frozen=True)
class Grant:
    id: int
    name: str
    city: str
    amount: Decimal | None
    decided: date | None = None
    paid: bool = False


COLUMNS = [
    Column[Grant]("Name", lambda grant: grant.name),
    Column[Grant]("City", lambda grant: grant.city),
    Column[Grant]("Amount", lambda grant: grant.amount, format=format_money, alignment=ALIGN_RIGHT),
    Column[Grant]("Decided", lambda grant: grant.decided),
    Column[Grant]("Paid", lambda grant: grant.paid),
]
NAME, CITY, AMOUNT, DECIDED, PAID = range(5)

GRANTS = [
    Grant(1, "Stichting Jansen", "Leiden", Decimal("10.00"), date(2024, 3, 1), paid=True),
    Grant(2, "F. Öztürk", "Den Haag", None),
    Grant(3, "Jansen & Zn", "Delft", Decimal("9.00"), date(2023, 12, 31)),
    Grant(4, "De Vries Zorg", "Leiden", Decimal("1234.56")),
    Grant(5, "Buurthuis Lot 10", "Leiden", Decimal("100")),
    Grant(6, "Buurthuis Lot 9", "Leiden", Decimal("10.00")),
]


@pytest.fixture
def model(qapp: QApplication) -> Iterator[RecordTableModel[Grant]]:
    table = RecordTableModel(COLUMNS)
    table.set_rows(GRANTS)
    yield table
    table.deleteLater()


def column_texts(model: RecordTableModel[Grant], column: int) -> list[str]:
    return [model.index(row, column).data() for row in range(model.rowCount())]


def test_the_model_passes_the_qt_model_tester_when_loaded_filtered_and_sorted(
    model: RecordTableModel[Grant], qtmodeltester: ModelTester
) -> None:
    qtmodeltester.check(model)  # type: ignore[no-untyped-call]
    model.set_filter_text("leiden")
    qtmodeltester.check(model)  # type: ignore[no-untyped-call]
    model.sort(AMOUNT, Qt.SortOrder.DescendingOrder)
    qtmodeltester.check(model)  # type: ignore[no-untyped-call]
    model.set_predicate(lambda grant: not grant.paid)
    model.set_rows(GRANTS[:3])
    qtmodeltester.check(model)  # type: ignore[no-untyped-call]


def test_cells_show_amounts_dates_and_yes_no_the_dutch_way(model: RecordTableModel[Grant]) -> None:
    first = [model.index(0, column).data() for column in range(model.columnCount())]

    assert first == ["Stichting Jansen", "Leiden", "€ 10,00", "01-03-2024", "Yes"]
    assert column_texts(model, AMOUNT)[1] == ""
    assert model.index(0, AMOUNT).data(Qt.ItemDataRole.TextAlignmentRole) == ALIGN_RIGHT


def test_sorting_by_amount_orders_by_value_with_empty_amounts_last(
    model: RecordTableModel[Grant],
) -> None:
    model.sort(AMOUNT, Qt.SortOrder.AscendingOrder)
    assert column_texts(model, AMOUNT) == [
        "€ 9,00",
        "€ 10,00",
        "€ 10,00",
        "€ 100,00",
        "€ 1.234,56",
        "",
    ]

    model.sort(AMOUNT, Qt.SortOrder.DescendingOrder)
    assert column_texts(model, AMOUNT) == [
        "€ 1.234,56",
        "€ 100,00",
        "€ 10,00",
        "€ 10,00",
        "€ 9,00",
        "",
    ]


def test_equal_values_keep_the_order_in_which_rows_were_loaded(
    model: RecordTableModel[Grant],
) -> None:
    model.sort(AMOUNT, Qt.SortOrder.DescendingOrder)

    ten_euros = [grant.name for grant in model.rows() if grant.amount == Decimal("10")]
    assert ten_euros == ["Stichting Jansen", "Buurthuis Lot 9"]


def test_sorting_text_ignores_case_and_accents_and_puts_lot_9_before_lot_10(
    model: RecordTableModel[Grant],
) -> None:
    model.sort(NAME)

    assert column_texts(model, NAME) == [
        "Buurthuis Lot 9",
        "Buurthuis Lot 10",
        "De Vries Zorg",
        "F. Öztürk",
        "Jansen & Zn",
        "Stichting Jansen",
    ]


def test_sorting_by_date_follows_the_calendar_not_the_text(
    model: RecordTableModel[Grant],
) -> None:
    model.sort(DECIDED)

    assert column_texts(model, DECIDED)[:2] == ["31-12-2023", "01-03-2024"]


def test_sorting_by_no_column_restores_the_loaded_order(model: RecordTableModel[Grant]) -> None:
    model.sort(NAME)
    model.sort(-1)

    assert model.rows() == GRANTS


def test_search_ignores_case_and_accents(model: RecordTableModel[Grant]) -> None:
    model.set_filter_text("öztürk")
    assert column_texts(model, NAME) == ["F. Öztürk"]

    model.set_filter_text("OZTURK")
    assert column_texts(model, NAME) == ["F. Öztürk"]


def test_search_shows_only_rows_that_contain_every_word(model: RecordTableModel[Grant]) -> None:
    model.set_filter_text("jansen leiden")

    assert column_texts(model, NAME) == ["Stichting Jansen"]


def test_search_finds_amounts_as_they_are_shown(model: RecordTableModel[Grant]) -> None:
    model.set_filter_text("1.234,56")

    assert column_texts(model, NAME) == ["De Vries Zorg"]


def test_a_cleared_search_shows_every_row_again(model: RecordTableModel[Grant]) -> None:
    model.set_filter_text("delft")
    model.set_filter_text("  ")

    assert model.rowCount() == len(GRANTS)
    assert model.total_row_count() == len(GRANTS)


def test_a_predicate_narrows_the_search_result(model: RecordTableModel[Grant]) -> None:
    model.set_filter_text("leiden")
    model.set_predicate(lambda grant: grant.amount is not None and grant.amount > 50)

    assert column_texts(model, NAME) == ["De Vries Zorg", "Buurthuis Lot 10"]

    model.set_predicate(None)
    assert model.rowCount() == 4


def test_reloading_keeps_the_search_and_the_sort(model: RecordTableModel[Grant]) -> None:
    model.set_filter_text("leiden")
    model.sort(AMOUNT)
    model.set_rows([*GRANTS, Grant(7, "Nieuw in Leiden", "Leiden", Decimal("1.00"))])

    assert column_texts(model, NAME)[0] == "Nieuw in Leiden"
    assert all(grant.city == "Leiden" for grant in model.rows())


def test_the_selected_record_stays_selected_while_searching_and_sorting(
    model: RecordTableModel[Grant],
) -> None:
    selection = QItemSelectionModel(model)
    selection.select(
        model.index_for_key(4),
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
    )

    model.set_filter_text("leiden")
    model.sort(AMOUNT, Qt.SortOrder.DescendingOrder)

    assert [model.row_at(index).name for index in selection.selectedRows()] == ["De Vries Zorg"]
    model.set_filter_text("delft")
    assert selection.selectedRows() == []


def test_a_row_hidden_by_the_search_has_no_index(model: RecordTableModel[Grant]) -> None:
    model.set_filter_text("delft")

    assert not model.index_for_key(1).isValid()
    assert model.row_at(model.index_for_key(3)).name == "Jansen & Zn"


def test_replace_row_updates_only_that_row(model: RecordTableModel[Grant], qtbot: QtBot) -> None:
    model.sort(NAME)
    kept = QPersistentModelIndex(model.index_for_key(4))

    with qtbot.waitSignal(model.dataChanged) as changed:
        assert model.replace_row(replace(GRANTS[3], amount=Decimal("5"), city="Oegstgeest"))

    top_left, bottom_right = changed.args[:2]
    assert (top_left.row(), bottom_right.row()) == (kept.row(), kept.row())
    assert (top_left.column(), bottom_right.column()) == (0, model.columnCount() - 1)
    assert model.index(kept.row(), CITY).data() == "Oegstgeest"
    assert model.index(kept.row(), AMOUNT).data() == "€ 5,00"
    assert column_texts(model, CITY).count("Oegstgeest") == 1


def test_a_replaced_row_is_found_and_sorted_by_its_new_values(
    model: RecordTableModel[Grant],
) -> None:
    model.sort(AMOUNT)  # computes the amount keys before the change
    model.replace_row(replace(GRANTS[3], amount=Decimal("1"), city="Oegstgeest"))

    model.sort(AMOUNT)
    model.set_filter_text("oegstgeest")

    assert column_texts(model, AMOUNT) == ["€ 1,00"]


def test_replace_row_of_an_unknown_record_reports_false(model: RecordTableModel[Grant]) -> None:
    assert not model.replace_row(Grant(99, "Onbekend", "Leiden", None))
    assert model.rowCount() == len(GRANTS)


class _DutchHeaders(QTranslator):
    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        if (context, source) == ("Columns", "City"):
            return "Plaats"
        return None


def test_headers_are_translated_when_shown(model: RecordTableModel[Grant]) -> None:
    horizontal = Qt.Orientation.Horizontal
    assert model.headerData(CITY, horizontal) == "City"

    translator = _DutchHeaders()
    QCoreApplication.installTranslator(translator)
    try:
        assert model.headerData(CITY, horizontal) == "Plaats"
    finally:
        QCoreApplication.removeTranslator(translator)


def test_sorting_before_any_rows_are_loaded_applies_once_they_are(qapp: QApplication) -> None:
    empty: RecordTableModel[Grant] = RecordTableModel(COLUMNS)
    empty.sort(0, Qt.SortOrder.DescendingOrder)
    assert empty.rowCount() == 0
    empty.set_rows(GRANTS)
    assert empty.rowCount() == len(GRANTS)
    loaded: RecordTableModel[Grant] = RecordTableModel(COLUMNS)
    loaded.set_rows(GRANTS)
    loaded.sort(0, Qt.SortOrder.DescendingOrder)
    assert column_texts(empty, 0) == column_texts(loaded, 0) != [g.name for g in GRANTS]
