"""The Dashboard page: what the database holds, and the records an administrator should look at."""

from __future__ import annotations

import operator
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSizePolicy,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ssb_desktop.db.database import Database
from ssb_desktop.errors import N_
from ssb_desktop.models.record_table_model import (
    ALIGN_RIGHT,
    Column,
    RecordTableModel,
    translated_labels,
)
from ssb_desktop.records import ORGANISATION_KIND_LABELS, OrganisationKind
from ssb_desktop.services.dashboard import (
    AttentionOrganisation,
    AttentionUser,
    DashboardSummary,
    dashboard_summary,
)
from ssb_desktop.settings import Settings
from ssb_desktop.views.award_clocks_box import AwardClocksBox
from ssb_desktop.views.page import Page
from ssb_desktop.views.subsidy_money import SubsidyMoneyBox

_KIND_LABEL = translated_labels("OrganisationKind", ORGANISATION_KIND_LABELS)

ORGANISATION_COLUMNS: tuple[Column[AttentionOrganisation], ...] = (
    Column(N_("Columns", "Name"), operator.attrgetter("name")),
    Column(
        N_("Columns", "Kind"),
        operator.attrgetter("kind"),
        format=_KIND_LABEL,
    ),
)
USER_COLUMNS: tuple[Column[AttentionUser], ...] = (
    Column(N_("Columns", "Account"), operator.attrgetter("account")),
    Column(N_("Columns", "Name"), operator.attrgetter("display_name")),
)

AnyIndex = QModelIndex | QPersistentModelIndex


def _bold(font: QFont) -> QFont:
    font.setBold(True)
    return font


def format_count(value: int) -> str:
    """1.234: Dutch thousands separator, as everywhere else in the program."""
    return f"{value:,}".replace(",", ".")


class AttentionList(QGroupBox):
    """One "needs attention" list: a count in the title, the first records, or "none"."""

    def __init__(
        self,
        model: RecordTableModel[Any],
        on_open: Callable[[Any], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.model = model
        self._on_open = on_open
        self.view = QTableView()
        self.view.setModel(model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        # No sort indicator: rows keep the service's order until the user clicks a header.
        self.view.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.view.setSortingEnabled(True)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setDefaultSectionSize(24)
        # The name gets the room; the other columns keep their width (never fit to contents).
        self.view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.view.horizontalHeader().setDefaultSectionSize(110)
        self.view.setAlternatingRowColors(True)
        # activated is emitted on a double-click and on Enter.
        self.view.activated.connect(self._open)
        self.none_label = QLabel(self.tr("Nothing needs attention here."))
        self.note_label = QLabel()
        self.note_label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.none_label)
        layout.addWidget(self.note_label)
        layout.addStretch(0)
        # Equal columns on the page whatever each list holds.
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Expanding)

    def show_items(
        self, title: str, items: Sequence[Any], total: int, *, cap: int | None = None
    ) -> None:
        """Show ``items``, the first of ``total``; a ``total`` above ``cap`` was counted no
        further than that and is shown as "more than ``cap``"."""
        more = cap if cap is not None and total > cap else None
        if more is not None:
            count = self.tr("more than {count}").format(count=format_count(more))
        else:
            count = format_count(total)
        self.setTitle(f"{title} ({count})")
        self.view.setAccessibleName(title)
        self.model.set_rows(items)
        self.view.setVisible(bool(items))
        self.none_label.setVisible(not items)
        # An empty list gives its room to the stretch below the "nothing" sentence.
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.setStretch(layout.count() - 1, 0 if items else 1)
        if more is not None:
            self.note_label.setText(
                self.tr("Showing the first %n of more than {total}.", "", len(items)).format(
                    total=format_count(more)
                )
            )
        elif total > len(items):
            self.note_label.setText(
                self.tr("Showing the first {shown} of {total}.").format(
                    shown=format_count(len(items)), total=format_count(total)
                )
            )
        self.note_label.setVisible(total > len(items))

    def _open(self, index: AnyIndex) -> None:
        if index.isValid():
            self._on_open(self.model.row_at(index))


class DashboardPage(Page):
    """Counts per area and the records that need an administrator's attention."""

    open_organisation_requested = Signal(int)  # the id of an organisation to show
    open_user_requested = Signal(int)  # the id of a user to show in Administration

    def __init__(self, db: Database, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(db, settings, parent)
        self.summary: DashboardSummary | None = None
        self._figures: dict[str, QLabel] = {}

        refresh = QPushButton(self.tr("&Refresh"))
        refresh.setToolTip(self.tr("Count again (F5)"))
        refresh.clicked.connect(self.reload)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Refresh), self, self.reload)
        top = QHBoxLayout()
        heading = QLabel(self.tr("Overview"))
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        heading.setFont(font)
        top.addWidget(heading)
        top.addStretch(1)
        top.addWidget(refresh)

        figures = QHBoxLayout()
        figures.addWidget(self._organisation_box(), 2)
        figures.addWidget(
            self._figure_box(
                self.tr("Procurement"),
                [
                    ("procurements", self.tr("Procurements")),
                    ("lots", self.tr("Lots")),
                    ("bids", self.tr("Bids")),
                ],
            ),
            1,
        )
        figures.addWidget(
            self._figure_box(
                self.tr("Subsidies"),
                [("overdue_reports", self.tr("Reports overdue"))],
            ),
            1,
        )
        figures.addWidget(
            self._figure_box(
                self.tr("Users"),
                [
                    ("active_users", self.tr("Active")),
                    ("inactive_users", self.tr("Inactive")),
                ],
            ),
            1,
        )

        self.without_kvk = AttentionList(
            RecordTableModel(ORGANISATION_COLUMNS, parent=self), self._open_organisation
        )
        self.without_districts = AttentionList(
            RecordTableModel(ORGANISATION_COLUMNS, parent=self), self._open_organisation
        )
        self.read_only_users = AttentionList(
            RecordTableModel(USER_COLUMNS, parent=self), self._open_user
        )
        attention = QHBoxLayout()
        for widget in (self.without_kvk, self.without_districts, self.read_only_users):
            attention.addWidget(widget, 1)
        attention_heading = QLabel(self.tr("Needs attention"))
        attention_heading.setFont(heading.font())
        hint = QLabel(self.tr("Double-click a row or press Enter to open it."))

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(figures)
        # Money gets the most room: its tables are what an alderman's question is about.
        self.money = SubsidyMoneyBox()
        layout.addWidget(self.money, 2)
        layout.addSpacing(12)
        layout.addWidget(attention_heading)
        layout.addWidget(hint)
        layout.addLayout(attention, 1)
        # Legal clocks need attention as much as the lists above: standstill periods and
        # extension options to decide.
        self.clocks = AwardClocksBox()
        layout.addWidget(self.clocks, 1)
        self.setFocusProxy(self.without_kvk.view)

    # --- building -------------------------------------------------------------------------

    def _figure(self, key: str) -> QLabel:
        label = QLabel("0")
        label.setAlignment(ALIGN_RIGHT)
        self._figures[key] = label
        return label

    def _figure_box(self, title: str, rows: Sequence[tuple[str, str]]) -> QGroupBox:
        box = QGroupBox(title)
        grid = QGridLayout(box)
        for row, (key, text) in enumerate(rows):
            caption = QLabel(text)
            figure = self._figure(key)
            caption.setBuddy(figure)
            grid.addWidget(caption, row, 0)
            grid.addWidget(figure, row, 1)
        grid.setRowStretch(len(rows), 1)
        return box

    def _organisation_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Organisations"))
        grid = QGridLayout(box)
        for column, text in enumerate(
            (self.tr("Active"), self.tr("Archived"), self.tr("Total")), start=1
        ):
            header = QLabel(f"<b>{text}</b>")
            header.setAlignment(ALIGN_RIGHT)
            grid.addWidget(header, 0, column)
        kinds = [(kind.value, _KIND_LABEL(kind)) for kind in OrganisationKind]
        rows = [*kinds, ("all", self.tr("All kinds"))]
        for row, (key, text) in enumerate(rows, start=1):
            caption = QLabel(text)
            grid.addWidget(caption, row, 0)
            for column, state in enumerate(("active", "archived", "total"), start=1):
                figure = self._figure(f"organisations/{key}/{state}")
                grid.addWidget(figure, row, column)
                if key == "all":
                    figure.setFont(_bold(figure.font()))
            if key == "all":
                caption.setFont(_bold(caption.font()))
        grid.setColumnStretch(0, 1)
        return box

    # --- reading --------------------------------------------------------------------------

    def figure(self, key: str) -> str:
        """The text shown for one figure ("procurements", "organisations/volunteer/active")."""
        return self._figures[key].text()

    def reload(self) -> None:
        self.money.load(self.db)
        self.clocks.load(self.db)
        summary = self.read(dashboard_summary)
        if summary is None:
            return
        self.summary = summary
        self._show_figures(summary)
        self.without_kvk.show_items(
            self.tr("Organisations without a KvK number"),
            summary.without_kvk,
            summary.without_kvk_total,
            cap=summary.count_cap,
        )
        self.without_districts.show_items(
            self.tr("Organisations without a district"),
            summary.without_districts,
            summary.without_districts_total,
            cap=summary.count_cap,
        )
        self.read_only_users.show_items(
            self.tr("Users with read-only access only"),
            summary.read_only_users,
            summary.read_only_users_total,
        )
        self.without_kvk.setToolTip(
            self.tr(
                "Professional and volunteer organisations that are not archived and have no "
                "KvK number: bids and subsidy applications need one."
            )
        )
        self.without_districts.setToolTip(
            self.tr("Organisations that are not archived and work in no district.")
        )
        self.read_only_users.setToolTip(
            self.tr(
                "Accounts that opened the program and were added automatically with read-only "
                "access. Give them the roles they need in Administration."
            )
        )

    def _show_figures(self, summary: DashboardSummary) -> None:
        def put(key: str, value: int) -> None:
            self._figures[key].setText(format_count(value))

        for kind in OrganisationKind:
            active = summary.active_organisations.get(kind, 0)
            archived = summary.archived_organisations.get(kind, 0)
            put(f"organisations/{kind.value}/active", active)
            put(f"organisations/{kind.value}/archived", archived)
            put(f"organisations/{kind.value}/total", active + archived)
        all_active = sum(summary.active_organisations.values())
        all_archived = sum(summary.archived_organisations.values())
        put("organisations/all/active", all_active)
        put("organisations/all/archived", all_archived)
        put("organisations/all/total", all_active + all_archived)
        put("procurements", summary.procurements)
        put("lots", summary.lots)
        put("bids", summary.bids)
        put("active_users", summary.active_users)
        put("inactive_users", summary.inactive_users)
        put("overdue_reports", summary.overdue_reports)

    # --- jumping --------------------------------------------------------------------------

    def _open_organisation(self, item: AttentionOrganisation) -> None:
        self.open_organisation_requested.emit(item.id)

    def _open_user(self, item: AttentionUser) -> None:
        self.open_user_requested.emit(item.id)
