"""The money part of the Dashboard: budget use per subsidy scheme, and per theme and district
what was contracted and granted."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ssb_desktop.db.database import Database
from ssb_desktop.models.application_columns import (
    BUDGET_COLUMN_WIDTHS,
    BUDGET_COLUMNS,
    MONEY_COLUMN_WIDTHS,
    MONEY_COLUMNS,
)
from ssb_desktop.models.record_table_model import RecordTableModel
from ssb_desktop.records import BudgetUse, MoneyByThemeDistrict
from ssb_desktop.services.subsidies import budget_use, money_per_theme_and_district
from ssb_desktop.views.field_problems import fetch


def _table(
    model: RecordTableModel[Any], widths: tuple[int, ...], name: str, stretch: int
) -> QTableView:
    """A read-only list whose column ``stretch`` takes the room left."""
    view = QTableView()
    view.setAccessibleName(name)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setTabKeyNavigation(False)
    view.setAlternatingRowColors(True)
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(24)
    header = view.horizontalHeader()
    header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
    view.setSortingEnabled(True)
    for column, width in enumerate(widths):
        header.resizeSection(column, width)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return view


class SubsidyMoneyBox(QWidget):
    """Two lists side by side; :meth:`load` fetches them."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.budget_model: RecordTableModel[BudgetUse] = RecordTableModel(
            BUDGET_COLUMNS, key=lambda r: r.scheme_id, parent=self
        )
        self.money_model: RecordTableModel[MoneyByThemeDistrict] = RecordTableModel(
            MONEY_COLUMNS, key=lambda r: (r.theme_id, r.district_id, r.year), parent=self
        )
        self.budget_box = QGroupBox(self.tr("Budget use per subsidy scheme"))
        self.budget_view = _table(
            self.budget_model, BUDGET_COLUMN_WIDTHS, self.tr("Budget use per subsidy scheme"), 2
        )
        self.budget_empty = QLabel(self.tr("No subsidy schemes yet."))
        budget_layout = QVBoxLayout(self.budget_box)
        budget_layout.addWidget(self.budget_view)
        budget_layout.addWidget(self.budget_empty)
        self.money_box = QGroupBox(self.tr("Contracted and granted per theme and district"))
        self.money_view = _table(
            self.money_model,
            MONEY_COLUMN_WIDTHS,
            self.tr("Contracted and granted per theme and district"),
            1,
        )
        self.money_box.setToolTip(
            self.tr(
                "Contracts hold for all districts of their theme; a grant for several districts "
                "is split evenly between them."
            )
        )
        self.money_empty = QLabel(self.tr("Nothing contracted or granted yet."))
        money_layout = QVBoxLayout(self.money_box)
        money_layout.addWidget(self.money_view)
        money_layout.addWidget(self.money_empty)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        # The budget table has more columns, and the scheme's name is what a reader looks for.
        layout.addWidget(self.budget_box, 3)
        layout.addWidget(self.money_box, 2)

    def load(self, db: Database) -> None:
        fetched = fetch(self, db, lambda s: (budget_use(s), money_per_theme_and_district(s)))
        if fetched is None:
            return
        budget, money = fetched
        shown = [row for row in money if row.contracted or row.granted]
        self.budget_model.set_rows(budget)
        self.money_model.set_rows(shown)
        self.budget_view.setVisible(bool(budget))
        self.budget_empty.setVisible(not budget)
        self.money_view.setVisible(bool(shown))
        self.money_empty.setVisible(not shown)

    def budget_cells(self, column: int) -> list[str]:
        model = self.budget_model
        return [str(model.index(row, column).data()) for row in range(model.rowCount())]

    def money_rows(self) -> list[tuple[str, str, str, str]]:
        model = self.money_model
        return [
            (
                str(model.index(row, 0).data()),
                str(model.index(row, 1).data()),
                str(model.index(row, 2).data()),
                str(model.index(row, 3).data()),
            )
            for row in range(model.rowCount())
        ]
