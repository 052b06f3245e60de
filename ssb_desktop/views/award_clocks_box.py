"""The Dashboard's award clocks: running standstill periods with the days left, and the
extension options that must be decided within three months (or are overdue)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QGroupBox,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ssb_desktop.db.database import Database
from ssb_desktop.errors import N_
from ssb_desktop.formatting import local_today
from ssb_desktop.models.performance_columns import OVERDUE_COLUMNS, OVERDUE_WIDTHS, summary_text
from ssb_desktop.models.record_table_model import ALIGN_RIGHT, Column, RecordTableModel
from ssb_desktop.records import (
    AwardClocks,
    EndingContract,
    OptionClock,
    OverdueReport,
    StandstillClock,
    TransparencyNoticeRecord,
)
from ssb_desktop.services.awards import award_clocks
from ssb_desktop.services.performance import overdue_reports
from ssb_desktop.services.procurement import list_lots
from ssb_desktop.services.transparency import ending_contracts, running_notices
from ssb_desktop.views.field_problems import fetch

AnyIndex = QModelIndex | QPersistentModelIndex


def today() -> date:
    """Seam for tests: the day the clocks count from."""
    return local_today()


def days_left_text(days: int) -> str:
    """12 days, today, or 3 days overdue: in words, never by colour alone."""
    if days == 0:
        return QCoreApplication.translate("AwardClocks", "today")
    if days < 0:
        return QCoreApplication.translate("AwardClocks", "{days} days overdue").format(days=-days)
    if days == 1:
        return QCoreApplication.translate("AwardClocks", "1 day")
    return QCoreApplication.translate("AwardClocks", "{days} days").format(days=days)


def _option(clock: OptionClock) -> str:
    return QCoreApplication.translate("AwardClocks", "{option} ({months} months)").format(
        option=clock.sequence, months=clock.months
    )


STANDSTILL_COLUMNS: tuple[Column[StandstillClock], ...] = (
    Column(N_("Columns", "Lot"), lambda c: c.lot_label),
    Column(N_("Columns", "Awarded to"), lambda c: c.winner_name),
    Column(N_("Columns", "Last day"), lambda c: c.last_day),
    Column(
        N_("Columns", "Left"),
        lambda c: c.days_left,
        format=days_left_text,
        alignment=ALIGN_RIGHT,
    ),
)
# What is left comes right after the option: in a third of the Dashboard the later columns
# are scrolled out of sight, and "1802 dagen te laat" is what the list is for.
OPTION_COLUMNS: tuple[Column[OptionClock], ...] = (
    Column(N_("Columns", "Contract"), lambda c: c.contract_reference),
    Column(N_("Columns", "Option"), _option),
    Column(
        N_("Columns", "Left"),
        lambda c: c.days_left,
        format=days_left_text,
        alignment=ALIGN_RIGHT,
    ),
    Column(N_("Columns", "Decide by"), lambda c: c.decide_by),
    Column(N_("Columns", "Lot"), lambda c: c.lot_label),
    Column(
        N_("Columns", "Performance"),
        lambda c: summary_text(c.performance),
        tooltip=lambda c: summary_text(c.performance),
    ),
)


TRANSPARENCY_COLUMNS: tuple[Column[TransparencyNoticeRecord], ...] = (
    Column(N_("Columns", "Lot"), lambda n: n.lot_label),
    Column(N_("Columns", "Intended contractor"), lambda n: n.organisation_name),
    Column(N_("Columns", "Published"), lambda n: n.published_on),
    Column(N_("Columns", "Last day"), lambda n: n.last_day),
)
ENDING_COLUMNS: tuple[Column[EndingContract], ...] = (
    Column(N_("Columns", "Contract"), lambda c: c.contract_reference),
    Column(N_("Columns", "Lot"), lambda c: c.lot_label),
    Column(N_("Columns", "Contractor"), lambda c: c.contractor),
    Column(N_("Columns", "Final end"), lambda c: c.final_end),
    Column(
        N_("Columns", "Left"), lambda c: c.days_left, format=days_left_text, alignment=ALIGN_RIGHT
    ),
)


class _ClockList(QWidget):
    """A titled list with a sentence instead of an empty table."""

    def __init__(
        self, title: str, empty: str, model: RecordTableModel[Any], widths: Sequence[int]
    ) -> None:
        super().__init__()
        self.model = model
        self.title = QLabel(title)
        self.title.setWordWrap(True)  # long titles wrap rather than widen the Dashboard
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.view = QTableView()
        self.view.setModel(model)
        self.view.setAccessibleName(title)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.setTabKeyNavigation(False)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setDefaultSectionSize(24)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in enumerate(widths):
            header.resizeSection(column, width)
        header.setStretchLastSection(True)
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.view.setSortingEnabled(True)
        self.none_label = QLabel(empty)
        self.none_label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.none_label)
        layout.addStretch(0)

    def show_rows(self, rows: Sequence[Any], title: str) -> None:
        self.model.set_rows(rows)
        self.title.setText(f"{title} ({len(rows)})")
        self.view.setVisible(bool(rows))
        self.none_label.setVisible(not rows)
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.setStretch(layout.count() - 1, 0 if rows else 1)


class AwardClocksBox(QGroupBox):
    """Standstill periods running and option decisions due soon; Enter or a double-click on
    a row asks to open the lot on the Awards & contracts page (:attr:`open_lot_requested`)."""

    open_lot_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Award deadlines"))
        self.clocks = AwardClocks()
        self.standstill = _ClockList(
            self.tr("Standstill periods running"),
            self.tr("No standstill period is running."),
            RecordTableModel(STANDSTILL_COLUMNS, key=lambda c: c.award_id, parent=self),
            (90, 200, 90),
        )
        self.options = _ClockList(
            self._options_title(),
            self.tr("No extension option has to be decided in the next three months."),
            RecordTableModel(OPTION_COLUMNS, key=lambda c: c.option_id, parent=self),
            (100, 120, 130, 110, 90),
        )
        self.overdue: tuple[OverdueReport, ...] = ()
        self.reports = _ClockList(
            self.tr("Performance reports overdue"),
            self.tr("No contractor's report is overdue."),
            RecordTableModel(
                OVERDUE_COLUMNS, key=lambda r: (r.contract_id, r.period_start), parent=self
            ),
            OVERDUE_WIDTHS,
        )
        self.transparency = _ClockList(
            self.tr("Transparency periods running"),
            self.tr("No voluntary transparency period is running."),
            RecordTableModel(TRANSPARENCY_COLUMNS, key=lambda n: n.id, parent=self),
            (90, 180, 90),
        )
        self.ending = _ClockList(
            self.tr("Contracts ending within 18 months: start the next procurement"),
            self.tr("No contract ends within 18 months, options included."),
            RecordTableModel(ENDING_COLUMNS, key=lambda c: c.contract_id, parent=self),
            (100, 90, 150, 90),
        )
        self._open_on(self.transparency, lambda notice: notice.lot_id)
        self._open_on(self.ending, lambda contract: contract.lot_id)
        self._open_on(self.standstill, lambda clock: clock.lot_id)
        self._open_on(self.options, lambda clock: self._lot_of_contract(clock))
        self._open_on(self.reports, lambda report: report.lot_id)
        self._lots_by_label: dict[str, int] = {}
        layout = QGridLayout(self)
        layout.addWidget(self.standstill, 0, 0)
        layout.addWidget(self.transparency, 0, 1)
        layout.addWidget(self.options, 0, 2)
        layout.addWidget(self.reports, 1, 0, 1, 2)
        layout.addWidget(self.ending, 1, 2)

    def _options_title(self) -> str:
        # Overdue decisions are listed too: the title says so, so that "300 days overdue"
        # does not stand under "within three months".
        return self.tr("Option decisions overdue or due within three months")

    def _open_on(self, clock_list: _ClockList, lot_of: Callable[[Any], int | None]) -> None:
        def opened(index: AnyIndex) -> None:
            if index.isValid():
                lot_id = lot_of(clock_list.model.row_at(index))
                if lot_id is not None:
                    self.open_lot_requested.emit(lot_id)

        clock_list.view.activated.connect(opened)

    def _lot_of_contract(self, clock: OptionClock) -> int | None:
        # The standstill clocks carry the lot's id; an option clock names its lot.
        return self._lots_by_label.get(clock.lot_label)

    def load(self, db: Database) -> None:
        day = today()
        # Read-only (views/field_problems.fetch): the Dashboard opens first at start-up and
        # must not wait behind a colleague's write, as a write transaction on SQLite would.
        fetched = fetch(
            self,
            db,
            lambda s: (
                award_clocks(s, day),
                overdue_reports(s, day),
                running_notices(s, day),
                ending_contracts(s, day),
                list_lots(s),
            ),
        )
        if fetched is None:
            return
        clocks, overdue, notices, ending, lots = fetched
        self._lots_by_label = {lot.label: lot.id for lot in lots if lot.id}
        self.show_clocks(clocks)
        self.show_overdue(overdue)
        self.transparency.show_rows(notices, self.tr("Transparency periods running"))
        self.ending.show_rows(
            ending, self.tr("Contracts ending within 18 months: start the next procurement")
        )

    def show_overdue(self, overdue: Sequence[OverdueReport]) -> None:
        self.overdue = tuple(overdue)
        self.reports.show_rows(self.overdue, self.tr("Performance reports overdue"))

    def show_clocks(self, clocks: AwardClocks) -> None:
        self.clocks = clocks
        self.standstill.show_rows(clocks.standstill, self.tr("Standstill periods running"))
        self.options.show_rows(clocks.options_due, self._options_title())
