"""The paged table over a list in the database: rows come a page at a time, the model never
holds more than a bounded number of them, and a new sort or filter keeps the current row."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from PySide6.QtCore import QItemSelectionModel, QPersistentModelIndex, Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from ssb_desktop.models.paged_table_model import PagedTableModel
from ssb_desktop.models.record_table_model import Column


@dataclass(frozen=True)
class Row:
    id: int
    name: str


@dataclass(frozen=True)
class Query:
    text: str = ""
    descending: bool = False


class Source:
    """A list of rows in memory that answers like the database would."""

    def __init__(self, count: int) -> None:
        self.rows = [Row(number, f"Row {number:05d}") for number in range(count)]
        self.pages_read: list[tuple[int, int]] = []

    def _listed(self, query: Query) -> list[Row]:
        rows = [row for row in self.rows if query.text in row.name]
        return rows[::-1] if query.descending else rows

    def count(self, query: Query) -> int:
        return len(self._listed(query))

    def total(self) -> int:
        return len(self.rows)

    def page(self, query: Query, offset: int, limit: int, count: int) -> Sequence[Row]:
        self.pages_read.append((offset, limit))
        return self._listed(query)[offset : offset + limit]

    def position(self, query: Query, key: object, within: int | None = None) -> int | None:
        ids = [row.id for row in self._listed(query)]
        row = ids.index(key) if key in ids else None
        return None if row is None or (within is not None and row > within) else row


COLUMNS = [Column[Row]("Name", lambda row: row.name)]


def _sorted(query: Query, column: int, order: Qt.SortOrder) -> Query | None:
    if column != 0:
        return None
    return replace(query, descending=order == Qt.SortOrder.DescendingOrder)


def _model(source: Source) -> PagedTableModel[Query, Row]:
    model: PagedTableModel[Query, Row] = PagedTableModel(
        COLUMNS, source, Query(), sorted_query=_sorted, page_size=10, max_pages=3
    )
    model.refresh()
    return model


def test_rows_are_fetched_a_page_at_a_time_and_old_pages_are_let_go(
    qtmodeltester: ModelTester,
) -> None:
    source = Source(1_000)
    model = _model(source)

    assert model.rowCount() == 1_000
    assert source.pages_read == []
    assert model.index(999, 0).data() == "Row 00999"
    assert model.index(0, 0).data() == "Row 00000"
    assert model.index(15, 0).data() == "Row 00015"
    assert source.pages_read == [(990, 10), (0, 10), (10, 10)]
    model.index(500, 0).data()
    assert model.cached_row_count() == 30
    qtmodeltester.check(model)  # type: ignore[no-untyped-call]


def test_a_new_filter_or_sort_keeps_the_current_row_on_its_record(qtbot: QtBot) -> None:
    source = Source(100)
    model = _model(source)
    current = QPersistentModelIndex(model.index(42, 0))

    with qtbot.waitSignal(model.layoutChanged):
        model.sort(0, Qt.SortOrder.DescendingOrder)
    assert current.row() == 57
    assert current.data() == "Row 00042"
    model.set_query(replace(model.query(), text="Row 0004"))
    assert model.rowCount() == 10
    assert current.data() == "Row 00042"
    model.set_query(replace(model.query(), text="Row 0009"))
    assert not current.isValid()


def test_a_column_that_cannot_be_sorted_by_leaves_the_query_alone() -> None:
    model = _model(Source(5))
    model.sort(1, Qt.SortOrder.DescendingOrder)
    assert model.query() == Query()


def test_an_edited_row_is_redrawn_in_place_and_found_by_key(qtbot: QtBot) -> None:
    source = Source(100)
    model = _model(source)
    assert model.index(3, 0).data() == "Row 00003"

    with qtbot.waitSignal(model.dataChanged) as changed:
        assert model.replace_row(Row(3, "Renamed"))
    assert changed.args[0].row() == 3
    assert model.index(3, 0).data() == "Renamed"
    assert not model.replace_row(Row(77, "not fetched"))
    # A key not on a fetched page is asked of the source.
    assert model.index_for_key(77).row() == 77
    assert not model.index_for_key(1_000).isValid()


def test_rows_removed_by_someone_else_show_empty_until_the_next_refresh() -> None:
    source = Source(30)
    model = _model(source)
    del source.rows[20:]
    assert model.index(25, 0).data() is None
    model.refresh()
    assert model.rowCount() == 20
    selection = QItemSelectionModel(model)
    selection.setCurrentIndex(model.index(19, 0), QItemSelectionModel.SelectionFlag.Select)
    assert model.row_at(selection.currentIndex()).name == "Row 00019"
