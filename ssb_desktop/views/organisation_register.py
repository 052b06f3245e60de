"""The register of one organisation on its page: bids, contracts and subsidies applied for and
granted per year, with the totals in the last row."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ssb_desktop.db.database import Database
from ssb_desktop.models.application_columns import REGISTER_COLUMNS
from ssb_desktop.models.record_table_model import RecordTableModel
from ssb_desktop.records import OrganisationRegister, RegisterYear
from ssb_desktop.services.subsidies import register_of_organisation
from ssb_desktop.views.field_problems import fetch

# A year sorts as itself; the totals row (year None) comes last.
_TOTALS_KEY = 99_999


class RegisterBox(QGroupBox):
    """Shows :func:`register_of_organisation` for the organisation given to :meth:`load`."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Register: bids, contracts and subsidies per year"), parent)
        self.register: OrganisationRegister | None = None
        self.model: RecordTableModel[RegisterYear] = RecordTableModel(
            REGISTER_COLUMNS,
            key=lambda row: row.year if row.year is not None else _TOTALS_KEY,
            parent=self,
        )
        self.table = QTableView()
        self.table.setAccessibleName(self.tr("Register per year"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.setAlternatingRowColors(True)
        rows = self.table.verticalHeader()
        rows.setVisible(False)
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.fontMetrics().height() + 6)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        header.setHighlightSections(False)
        self.empty = QLabel(self.tr("No bids, contracts or subsidy applications yet."))
        self.decided = QLabel()
        self.decided.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(self.empty)
        layout.addWidget(self.decided)
        self.setMaximumHeight(12 * (self.fontMetrics().height() + 6) + 60)

    def load(self, db: Database, organisation_id: int | None) -> None:
        """Fetch and show the register; hidden for an organisation not saved yet."""
        self.setVisible(organisation_id is not None)
        if organisation_id is None:
            return
        register = fetch(self, db, lambda s: register_of_organisation(s, organisation_id))
        if register is None:
            return
        self.register = register
        rows = [*register.years, register.totals] if register.years else []
        self.model.set_rows(rows)
        self.table.setVisible(bool(rows))
        self.empty.setVisible(not rows)
        if rows:
            # Years and the totals row without scrolling, up to a decade.
            shown = min(len(rows), 11)
            height = self.table.horizontalHeader().sizeHint().height()
            height += shown * self.table.verticalHeader().defaultSectionSize() + 4
            self.table.setFixedHeight(height)
        others = register.totals.decided_for_others
        self.decided.setVisible(others > 0)
        if others:
            self.decided.setText(
                self.tr(
                    "As holder of a theme's contract, this organisation decided on {n} "
                    "applications of others."
                ).format(n=others)
            )

    def cell(self, year: int | None, column: int) -> str:
        """The text shown for ``year`` (None: the totals row) in ``column``."""
        index = self.model.index_for_key(year if year is not None else _TOTALS_KEY, column)
        return str(index.data()) if index.isValid() else ""
