"""The organisation register: a searchable, sortable list with details, editing and merging."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import date
from decimal import Decimal

from PySide6.QtCore import (
    QCoreApplication,
    QItemSelection,
    QItemSelectionModel,
    QModelIndex,
    Qt,
)
from PySide6.QtGui import QKeySequence, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QBoxLayout,
    QCheckBox,
    QComboBox,
    QDialog,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QTableView,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from ssb_desktop.db.database import Database
from ssb_desktop.errors import AppError, ConflictError
from ssb_desktop.formatting import format_date, format_money, local_today
from ssb_desktop.models.organisation_columns import (
    INVOLVEMENT_COLUMNS,
    INVOLVEMENT_KIND_LABELS,
    NAME_COLUMN,
    ORGANISATION_COLUMNS,
)
from ssb_desktop.models.paged_table_model import PagedTableModel
from ssb_desktop.models.record_table_model import RecordTableModel
from ssb_desktop.records import (
    BID_STATUS_LABELS,
    CONSORTIUM_ROLE_LABELS,
    ORGANISATION_KIND_LABELS,
    DistrictRecord,
    InvolvementRecord,
    OrganisationKind,
    OrganisationRecord,
)
from ssb_desktop.services.organisation_list import (
    OrganisationQuery,
    OrganisationSort,
    count_organisations,
    organisation_page,
    organisation_position,
    organisations_listed,
    total_organisations,
)
from ssb_desktop.services.organisations import (
    delete_organisation,
    get_organisation,
    involvement,
    reference_count,
    set_archived,
)
from ssb_desktop.services.permissions import Permission, permissions_of
from ssb_desktop.services.reference import list_districts
from ssb_desktop.settings import Settings
from ssb_desktop.views import messages
from ssb_desktop.views.merge_dialog import MergeDialog
from ssb_desktop.views.organisation_dialog import OrganisationDialog
from ssb_desktop.views.page import EXPORT_KEYS, IMPORT_KEYS, Page, SearchBox
from ssb_desktop.views.paged_source import ServiceSource
from ssb_desktop.views.succession_dialog import SuccessionDialog

# Widths in pixels for the register's columns, in ORGANISATION_COLUMNS order.
_COLUMN_WIDTHS = (320, 100, 80, 90, 160, 130, 160, 160, 90)
# Row numbers are read from a selection up to this many rows (merging needs two; the
# selection of Ctrl+A on a million rows is never walked).
_KEEP_SELECTION_LIMIT = 100
# A reload looks up the rows of a selection of up to this many organisations (a query each);
# of a larger one only the current row is kept.
_RESELECT_LIMIT = 10
# The columns the list can be sorted by, each an index in the database (migration 0012).
# Districts and the first contact are not: a click on their header leaves the order as it is.
_SORTS: dict[int, OrganisationSort] = {
    0: OrganisationSort.NAME,
    1: OrganisationSort.KIND,
    2: OrganisationSort.KVK,
    3: OrganisationSort.CITY,
    6: OrganisationSort.EMAIL,
    7: OrganisationSort.IBAN,
    8: OrganisationSort.ARCHIVED,
}
# What an edit must leave alone for the edited row to be shown where it is, without a new query.
_PLACE_FIELDS = ("name", "kind", "kvk", "city", "email", "iban", "archived", "district_ids")


def _rows_of(query: OrganisationQuery) -> OrganisationQuery:
    """The query without its order: which organisations are listed."""
    return replace(query, sort=OrganisationSort.NAME, descending=False)


def _sorted_query(
    query: OrganisationQuery, column: int, order: Qt.SortOrder
) -> OrganisationQuery | None:
    sort = _SORTS.get(column)
    if sort is None:
        return None
    return replace(query, sort=sort, descending=order == Qt.SortOrder.DescendingOrder)


def import_from_excel(page: OrganisationsPage) -> None:
    """Seam: import organisations from a workbook (the exchange module reloads the page)."""
    from ssb_desktop.views import organisation_exchange

    organisation_exchange.run_import(page)


def export_to_excel(page: OrganisationsPage, records: Sequence[OrganisationRecord]) -> None:
    """Seam: write ``records`` (the list as filtered and sorted on screen) to a workbook."""
    from ssb_desktop.views import organisation_exchange

    organisation_exchange.run_export(page, records)


def exec_dialog(dialog: QDialog) -> bool:
    """Seam for tests: show ``dialog`` modally; True when the user accepted it."""
    return dialog.exec() == QDialog.DialogCode.Accepted


_INVOLVEMENT_DESCRIPTION = 1


def _involvement_widths(view: QTableView) -> dict[int, int]:
    """Widths for the involvement's short columns: the widest text each can show in the
    language in use, so that the description gets all the rest of the panel."""
    texts: dict[int, list[str]] = {
        0: [_translated("InvolvementKind", label) for label in INVOLVEMENT_KIND_LABELS.values()],
        2: [_translated("ConsortiumRole", label) for label in CONSORTIUM_ROLE_LABELS.values()],
        3: [_translated("BidStatus", label) for label in BID_STATUS_LABELS.values()],
        4: [format_date(date(2000, 12, 31))],
        5: [format_money(Decimal("99999999.99"))],
    }
    cells = view.fontMetrics()
    headers = view.horizontalHeader().fontMetrics()
    padding = cells.horizontalAdvance("M")
    widths: dict[int, int] = {}
    for column, samples in texts.items():
        header = _translated("Columns", INVOLVEMENT_COLUMNS[column].header)
        widest = max(
            [headers.horizontalAdvance(header), *(cells.horizontalAdvance(t) for t in samples)]
        )
        widths[column] = widest + padding
    return widths


def _translated(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


class _DetailPanel(QScrollArea):
    """Everything about the selected organisation, and what it is involved in."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        body = QWidget()
        layout = QVBoxLayout(body)
        self.heading = QLabel()
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.heading.setFont(font)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        heading_row = QHBoxLayout()
        heading_row.addWidget(self.heading)
        heading_row.addWidget(self.status, 1)
        layout.addLayout(heading_row)

        # Two narrow forms side by side: the panel lies below the wide list.
        self.values: dict[str, QLabel] = {}
        left_rows = (
            ("kind", self.tr("Kind")),
            ("kvk", self.tr("KvK number")),
            ("rsin", self.tr("RSIN")),
            ("iban", self.tr("IBAN")),
            ("districts", self.tr("Districts")),
            ("notes", self.tr("Notes")),
        )
        right_rows = (
            ("address", self.tr("Address")),
            ("email", self.tr("E-mail")),
            ("phone", self.tr("Phone")),
            ("website", self.tr("Website")),
            ("contacts", self.tr("Contact persons")),
        )
        self.details = QWidget()
        forms = QHBoxLayout(self.details)
        forms.setContentsMargins(0, 0, 0, 0)
        top_left = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
        for rows in (left_rows, right_rows):
            # A grid rather than a form layout: captions stay level with the first line of a
            # value that wraps over several lines.
            grid = QGridLayout()
            grid.setColumnStretch(1, 1)
            for number, (key, caption) in enumerate(rows):
                value = QLabel()
                value.setWordWrap(True)
                value.setTextFormat(Qt.TextFormat.PlainText)
                value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
                caption_label = QLabel(caption)
                caption_label.setBuddy(value)
                self.values[key] = value
                grid.addWidget(caption_label, number, 0, top_left)
                value.setAlignment(top_left)
                grid.addWidget(value, number, 1)
            grid.setRowStretch(len(rows), 1)
            forms.addLayout(grid, 1)

        self.involvement_box = QGroupBox(self.tr("Involvement"))
        box_layout = QVBoxLayout(self.involvement_box)
        self.involvement_model: RecordTableModel[InvolvementRecord] = RecordTableModel(
            INVOLVEMENT_COLUMNS, key=id, parent=self
        )
        self.involvement_view = QTableView()
        self.involvement_view.setAccessibleName(self.tr("Involvement"))
        self.involvement_view.setModel(self.involvement_model)
        self.involvement_view.verticalHeader().setVisible(False)
        self.involvement_view.verticalHeader().setDefaultSectionSize(
            self.fontMetrics().height() + 8
        )
        self.involvement_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.involvement_view.setWordWrap(False)
        self.involvement_view.setTabKeyNavigation(False)
        involvement_header = self.involvement_view.horizontalHeader()
        involvement_header.setStretchLastSection(False)
        widths = _involvement_widths(self.involvement_view)
        for column, width in widths.items():
            involvement_header.resizeSection(column, width)
        involvement_header.setSectionResizeMode(
            _INVOLVEMENT_DESCRIPTION, QHeaderView.ResizeMode.Stretch
        )
        self.no_involvement = QLabel(
            self.tr("Not involved in any bid, contract or subsidy application.")
        )
        self.no_involvement.setWordWrap(True)
        self.no_involvement.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        # The panel scrolls only when it is really too small, not for the table's size hint.
        self.involvement_view.setMinimumHeight(60)
        self.involvement_view.setSizePolicy(
            QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Ignored
        )
        box_layout.addWidget(self.involvement_view, 1)
        box_layout.addWidget(self.no_involvement, 1)

        # The involvement goes beside the forms when both fit, else below them at full width:
        # its six columns never squeeze the description out of sight.
        row_height = self.involvement_view.verticalHeader().defaultSectionSize()
        self._stacked_table_height = self.involvement_view.horizontalHeader().sizeHint().height()
        self._stacked_table_height += 3 * row_height + 2 * self.involvement_view.frameWidth()
        description_room = 44 * self.fontMetrics().averageCharWidth()
        # 40: the group box's margins, the table's frame and a vertical scroll bar.
        self._involvement_width = sum(widths.values()) + description_room + 40
        self.columns = QBoxLayout(QBoxLayout.Direction.TopToBottom)
        self.columns.addWidget(self.details, 1)
        self.columns.addWidget(self.involvement_box, 1)
        layout.addLayout(self.columns, 1)
        self.setWidget(body)
        self.show_record(None, [])
        self._arrange()

    def side_by_side(self) -> bool:
        """Whether the involvement is shown beside the forms (else below them)."""
        return self.columns.direction() is QBoxLayout.Direction.LeftToRight

    def _arrange(self) -> None:
        # The forms and the involvement share the width equally, so each half must hold both.
        wide = self.width() >= 2 * self._involvement_width
        direction = QBoxLayout.Direction.LeftToRight if wide else QBoxLayout.Direction.TopToBottom
        if self.columns.direction() is not direction:
            self.columns.setDirection(direction)
        # Stacked, the panel scrolls rather than shrink the table to a row or two.
        self.involvement_view.setMinimumHeight(60 if wide else self._stacked_table_height)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._arrange()

    def show_record(
        self, record: OrganisationRecord | None, involved: Sequence[InvolvementRecord]
    ) -> None:
        self.details.setVisible(record is not None)
        self.involvement_box.setVisible(record is not None)
        if record is None:
            self.heading.setText(self.tr("No organisation selected"))
            self.status.setText(self.tr("Select an organisation in the list to see its details."))
            self.involvement_model.set_rows([])
            return
        self.heading.setText(record.name)
        if record.archived and record.successor_name and record.succeeded_on is not None:
            status = self.tr("Archived. Succeeded by {name} on {day}: {reason}").format(
                name=record.successor_name,
                day=format_date(record.succeeded_on),
                reason=record.successor_reason,
            )
        elif record.archived and record.successor_name:
            status = self.tr("Archived. Succeeded by {name}.").format(name=record.successor_name)
        elif record.archived:
            status = self.tr("Archived.")
        else:
            status = self.tr("Active.")
        self.status.setText(status)
        kind = QCoreApplication.translate("OrganisationKind", ORGANISATION_KIND_LABELS[record.kind])
        street_line = record.street
        city_line = " ".join(part for part in (record.postcode, record.city) if part)
        contacts = []
        for contact in record.contacts:
            extra = ", ".join(part for part in (contact.role, contact.email, contact.phone) if part)
            contacts.append(f"{contact.name} ({extra})" if extra else contact.name)
        texts = {
            "kind": kind,
            "kvk": record.kvk,
            "rsin": record.rsin,
            "iban": record.iban,
            "address": "\n".join(line for line in (street_line, city_line) if line),
            "email": record.email,
            "phone": record.phone,
            "website": record.website,
            "districts": ", ".join(record.district_names),
            "contacts": "\n".join(contacts),
            "notes": record.notes,
        }
        dash = "—"
        for key, text in texts.items():
            self.values[key].setText(text or dash)
        self.involvement_model.set_rows(list(involved))
        self.involvement_view.setVisible(bool(involved))
        self.no_involvement.setVisible(not involved)


class OrganisationsPage(Page):
    """The register of organisations: bidders, contractors, applicants and deciding bodies.

    The list is read from the database a page at a time (PagedTableModel): sorting, the
    search and the filters are queries on indexes, so a million organisations open as fast
    as a hundred.
    """

    def __init__(self, db: Database, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(db, settings, parent)
        self.model: PagedTableModel[OrganisationQuery, OrganisationRecord] = PagedTableModel(
            ORGANISATION_COLUMNS,
            ServiceSource(
                self,
                db,
                count=count_organisations,
                total=total_organisations,
                page=organisation_page,
                position=organisation_position,
            ),
            OrganisationQuery(),
            sorted_query=_sorted_query,
            rows_of=_rows_of,
            parent=self,
        )
        self._districts: list[DistrictRecord] = []
        self._detail_id: int | None = None
        self._references = 0
        self._can_edit = Permission.EDIT_ORGANISATIONS in permissions_of(db.actor.roles)
        self._build_actions()
        self._build()
        self._apply_filters()
        self._update_actions()

    # --- building ---------------------------------------------------------------------------

    def _build_actions(self) -> None:
        self.new_action = self._action(
            self.tr("&New"), self.new_organisation, [QKeySequence(QKeySequence.StandardKey.New)]
        )
        # Enter and Delete act only while the list has focus: in the search box they must keep
        # their ordinary meaning.
        self.edit_action = self._action(
            self.tr("&Edit"),
            self.edit_current,
            [QKeySequence(Qt.Key.Key_Return), QKeySequence(Qt.Key.Key_Enter)],
            Qt.ShortcutContext.WidgetShortcut,
        )
        self.archive_action = self._action(self.tr("&Archive"), self.toggle_archived)
        self.delete_action = self._action(
            self.tr("&Delete"),
            self.delete_current,
            [QKeySequence(QKeySequence.StandardKey.Delete)],
            Qt.ShortcutContext.WidgetShortcut,
        )
        self.merge_action = self._action(self.tr("&Merge duplicates…"), self.merge_selected)
        self.merge_action.setToolTip(self.tr("Select exactly two organisations to merge them."))
        self.succession_action = self._action(
            self.tr("Record s&uccession…"), self.record_succession
        )
        self.succession_action.setToolTip(
            self.tr("Another organisation, with its own KvK number, takes over this one's work")
        )
        self.import_action = self._action(
            self.tr("&Import from Excel…"), lambda: import_from_excel(self), IMPORT_KEYS
        )
        self.export_action = self._action(
            self.tr("E&xport to Excel…"),
            lambda: export_to_excel(self, self.listed_records()),
            EXPORT_KEYS,
        )
        self.export_action.setToolTip(self.tr("Export the organisations as listed now."))
        self.find_action = self._action(
            self.tr("Find"), self.focus_search, [QKeySequence(QKeySequence.StandardKey.Find)]
        )
        self.addActions([self.new_action, self.find_action, self.import_action, self.export_action])

    def _build(self) -> None:
        toolbar = QToolBar(self.tr("Organisations"))
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        toolbar.addActions([self.new_action, self.edit_action, self.archive_action])
        toolbar.addAction(self.delete_action)
        toolbar.addSeparator()
        toolbar.addAction(self.merge_action)
        toolbar.addAction(self.succession_action)
        toolbar.addSeparator()
        toolbar.addActions([self.import_action, self.export_action])

        self.search = SearchBox()
        self.search.setPlaceholderText(self.tr("Search name, KvK, city, contact… (Ctrl+F)"))
        self.search.setAccessibleName(self.tr("Search organisations"))
        self.search.search_changed.connect(lambda _text: self._apply_filters())
        self.kind_filter = QComboBox()
        self.kind_filter.setAccessibleName(self.tr("Kind"))
        self.kind_filter.addItem(self.tr("All kinds"), None)
        for kind in OrganisationKind:
            label = QCoreApplication.translate("OrganisationKind", ORGANISATION_KIND_LABELS[kind])
            self.kind_filter.addItem(label, kind.value)
        self.kind_filter.currentIndexChanged.connect(lambda _index: self._apply_filters())
        self.district_filter = QComboBox()
        self.district_filter.setAccessibleName(self.tr("District"))
        self.district_filter.addItem(self.tr("All districts"), None)
        self.district_filter.currentIndexChanged.connect(lambda _index: self._apply_filters())
        self.show_archived = QCheckBox(self.tr("Show arc&hived"))
        self.show_archived.toggled.connect(lambda _on: self._apply_filters())
        self.count_label = QLabel()
        filters = QHBoxLayout()
        filters.addWidget(self.search, 3)
        filters.addWidget(self.kind_filter, 1)
        filters.addWidget(self.district_filter, 1)
        filters.addWidget(self.show_archived)
        filters.addStretch(0)
        filters.addWidget(self.count_label)

        self.table = QTableView()
        self.table.setAccessibleName(self.tr("Organisations"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        # Extended, because merging needs two rows; Edit and Delete act on the current row.
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.setAlternatingRowColors(True)
        self.table.setTabKeyNavigation(False)
        rows = self.table.verticalHeader()
        rows.setVisible(False)
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setHighlightSections(False)
        for column, width in enumerate(_COLUMN_WIDTHS):
            header.resizeSection(column, width)
        header.setSortIndicator(NAME_COLUMN, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        header.sortIndicatorChanged.connect(self._keep_sort_indicator)
        self.table.addActions([self.edit_action, self.delete_action])
        self.table.doubleClicked.connect(lambda _index: self.edit_current())
        selection = self.table.selectionModel()
        selection.selectionChanged.connect(lambda *_args: self._update_actions())
        selection.currentRowChanged.connect(lambda *_args: self._sync_detail())
        self.model.layoutChanged.connect(self._on_layout_changed)
        self.model.modelReset.connect(self._update_count)

        self.detail = _DetailPanel()
        self.detail.setMinimumHeight(160)
        # The details go below the list, which needs the full width for its nine columns.
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([480, 260])

        layout = QVBoxLayout(self)
        layout.addWidget(toolbar)
        layout.addLayout(filters)
        layout.addWidget(splitter, 1)
        self.setFocusProxy(self.table)

    # --- loading ----------------------------------------------------------------------------

    def reload(self) -> None:
        """Count and show the first page again, and keep the selection on its ids."""
        try:
            with self.db.reading() as session:
                districts = list_districts(session, active_only=True)
        except AppError as error:
            messages.show_error(self, error)
            return
        current, selected = self.current_id(), self.selected_ids()
        if len(selected) > _RESELECT_LIMIT:
            selected = [] if current is None else [current]
        self._set_districts(districts)
        self.model.refresh()
        self._select_ids(selected, current)
        self._sync_detail(force=True)

    def listed_records(self) -> list[OrganisationRecord]:
        """Every organisation of the list as filtered and sorted now (what an export holds)."""
        query = self.model.query()
        found = self.read(lambda session: organisations_listed(session, query))
        return [] if found is None else found

    def _set_districts(self, districts: list[DistrictRecord]) -> None:
        chosen = self.district_filter.currentData()
        self._districts = districts
        self.district_filter.blockSignals(True)
        try:
            self.district_filter.clear()
            self.district_filter.addItem(self.tr("All districts"), None)
            for district in districts:
                self.district_filter.addItem(district.name, district.id)
            self.district_filter.setCurrentIndex(max(0, self.district_filter.findData(chosen)))
        finally:
            self.district_filter.blockSignals(False)
        if self.district_filter.currentData() != chosen:
            self._apply_filters()

    def _select_ids(self, ids: Sequence[int], current: int | None) -> None:
        selection_model = self.table.selectionModel()
        selection = QItemSelection()
        last_column = self.model.columnCount() - 1
        # Each id not on a fetched page costs a query (its position in the list).
        found = {record_id: self.model.index_for_key(record_id) for record_id in ids}
        for index in found.values():
            if index.isValid():
                selection.select(index, self.model.index(index.row(), last_column))
        current_index = QModelIndex()
        if current is not None:
            current_index = found.get(current) or self.model.index_for_key(current)
        if current_index.isValid():
            selection_model.setCurrentIndex(
                current_index, QItemSelectionModel.SelectionFlag.NoUpdate
            )
            self.table.scrollTo(current_index)
        selection_model.select(selection, QItemSelectionModel.SelectionFlag.ClearAndSelect)

    # --- reading the selection ---------------------------------------------------------------

    def current_record(self) -> OrganisationRecord | None:
        index = self.table.currentIndex()
        return self.model.row_at(index) if index.isValid() else None

    def current_id(self) -> int | None:
        record = self.current_record()
        return None if record is None else record.id

    def _selected_rows(self, limit: int) -> list[int]:
        """The selected row numbers, or only the first ``limit + 1`` of them.

        Read from the selection's ranges: ``selectedRows()`` asks the model about every cell
        and takes seconds after Ctrl+A on a long list.
        """
        rows: set[int] = set()
        selection = self.table.selectionModel().selection()
        for number in range(selection.count()):
            selected = selection.at(number)
            rows.update(range(selected.top(), min(selected.bottom(), selected.top() + limit) + 1))
            if len(rows) > limit:
                break
        return sorted(rows)[: limit + 1]

    def selected_records(self, limit: int = _KEEP_SELECTION_LIMIT) -> list[OrganisationRecord]:
        """The selected organisations in list order (at most ``limit + 1`` of them)."""
        model = self.model
        return [model.row_at(model.index(row, 0)) for row in self._selected_rows(limit)]

    def selected_ids(self) -> list[int]:
        return [record.id for record in self.selected_records() if record.id is not None]

    def select_id(self, record_id: int) -> bool:
        """Make the organisation with ``record_id`` the current, selected row, if it is shown."""
        index = self.model.index_for_key(record_id)
        if not index.isValid():
            return False
        selection_model = self.table.selectionModel()
        selection_model.setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.table.scrollTo(index)
        return True

    # --- filters ----------------------------------------------------------------------------

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def _apply_filters(self) -> None:
        kind_value = self.kind_filter.currentData()
        kind = None if kind_value is None else OrganisationKind(kind_value)
        district = self.district_filter.currentData()
        query = replace(
            self.model.query(),
            text=self.search.text(),
            kind=kind,
            district_id=district,
            include_archived=self.show_archived.isChecked(),
        )
        self.model.set_query(query)

    def _keep_sort_indicator(self, column: int, _order: Qt.SortOrder) -> None:
        """A click on a column the list cannot be sorted by leaves order and indicator as
        they were."""
        if column not in _SORTS:
            header = self.table.horizontalHeader()
            sort = self.model.query().sort
            shown = next(number for number, each in _SORTS.items() if each is sort)
            order = (
                Qt.SortOrder.DescendingOrder
                if self.model.query().descending
                else Qt.SortOrder.AscendingOrder
            )
            header.blockSignals(True)
            header.setSortIndicator(shown, order)
            header.blockSignals(False)

    def _on_layout_changed(self) -> None:
        self._update_count()
        self._sync_detail()
        self._update_actions()

    def _update_count(self) -> None:
        self.count_label.setText(
            self.tr("{shown} of {total} organisations").format(
                shown=self.model.rowCount(), total=self.model.total_row_count()
            )
        )

    # --- details and actions ----------------------------------------------------------------

    def _sync_detail(self, *, force: bool = False) -> None:
        """Show the current organisation; its involvement is fetched only when it changes."""
        record = self.current_record()
        record_id = None if record is None else record.id
        if record_id == self._detail_id and not force:
            return
        self._detail_id = record_id
        involved: list[InvolvementRecord] = []
        self._references = 0
        if record is not None and record_id is not None:
            try:
                with self.db.transaction() as session:
                    involved = involvement(session, record_id)
                    self._references = reference_count(session, record_id)
            except AppError as error:
                messages.show_error(self, error)
        self.detail.show_record(record, involved)
        self._update_actions()

    def _update_actions(self) -> None:
        record = self.current_record()
        has_one = record is not None
        self.edit_action.setEnabled(has_one and self._can_edit)
        self.archive_action.setEnabled(has_one and self._can_edit)
        if record is not None and record.archived:
            self.archive_action.setText(self.tr("&Restore"))
            self.archive_action.setToolTip(self.tr("Make the archived organisation active again"))
        else:
            self.archive_action.setText(self.tr("&Archive"))
            self.archive_action.setToolTip(
                self.tr("Archive the organisation: it stays in history but leaves the list")
            )
        unreferenced = self._references == 0 and self._detail_id == self.current_id()
        self.delete_action.setEnabled(has_one and self._can_edit and unreferenced)
        if has_one and not unreferenced:
            self.delete_action.setToolTip(
                self.tr(
                    "Bids, contracts or applications refer to this organisation, so it cannot "
                    "be deleted; archive it instead."
                )
            )
        else:
            self.delete_action.setToolTip(self.tr("Delete the organisation (Del)"))
        two = len(self._selected_rows(2)) == 2
        self.merge_action.setEnabled(two and self._can_edit)
        self.succession_action.setEnabled(
            has_one and self._can_edit and record is not None and not record.archived
        )
        self.new_action.setEnabled(self._can_edit)
        self.import_action.setEnabled(self._can_edit)

    def _changed(self, select: int | None = None) -> None:
        """After a change: reload, keep (or move) the selection, and tell the other pages."""
        self.reload()
        if select is not None:
            self.select_id(select)
        self.data_changed.emit()

    def _edited(self, before: OrganisationRecord, after: OrganisationRecord) -> None:
        """After an edit: when nothing that decides the row's place or whether it is listed
        changed (and no search is on), only that row is redrawn; else the list is read again."""
        same_place = all(getattr(before, name) == getattr(after, name) for name in _PLACE_FIELDS)
        if same_place and not self.search.text().strip() and self.model.replace_row(after):
            self._sync_detail(force=True)
            self.data_changed.emit()
            return
        self._changed(after.id)

    def _run(self, service: Callable[..., object]) -> object | None:
        """Like :meth:`Page.call`, but a record changed by someone else reloads the list."""
        try:
            with self.db.transaction() as session:
                return service(session)
        except ConflictError as error:
            messages.show_error(self, error)
            self.reload()
        except AppError as error:
            messages.show_error(self, error)
        return None

    def new_organisation(self) -> None:
        if not self._can_edit:
            return
        dialog = OrganisationDialog(self.db, None, self)
        if exec_dialog(dialog) and dialog.saved is not None:
            self._changed(dialog.saved.id)
        dialog.deleteLater()

    def edit_current(self) -> None:
        record = self.current_record()
        if record is None or record.id is None or not self._can_edit:
            return
        record_id = record.id
        fresh = self.read(lambda s: get_organisation(s, record_id))
        if fresh is None:
            self.reload()
            return
        dialog = OrganisationDialog(self.db, fresh, self)
        if exec_dialog(dialog) and dialog.saved is not None:
            self._edited(record, dialog.saved)
        dialog.deleteLater()

    def toggle_archived(self) -> None:
        record = self.current_record()
        if record is None or record.id is None or not self._can_edit:
            return
        record_id, archived, version = record.id, not record.archived, record.version
        if self._run(lambda s: set_archived(s, record_id, archived, version)) is not None:
            self._changed(record_id)

    def delete_current(self) -> None:
        record = self.current_record()
        if record is None or record.id is None or not self.delete_action.isEnabled():
            return
        question = self.tr("Delete {name}? This cannot be undone.").format(name=record.name)
        if not messages.confirm(
            self,
            self.tr("Delete organisation"),
            question,
            destructive=True,
            confirm_text=self.tr("Delete"),
        ):
            return
        record_id, version = record.id, record.version
        try:
            with self.db.transaction() as session:
                delete_organisation(session, record_id, version)
        except AppError as error:
            messages.show_error(self, error)
            self.reload()
            return
        self._changed()

    def record_succession(self) -> None:
        record = self.current_record()
        if record is None or record.id is None or not self.succession_action.isEnabled():
            return
        dialog = SuccessionDialog(self.db, record, local_today(), self)
        if exec_dialog(dialog) and dialog.saved is not None:
            self._changed(record.id)
        dialog.deleteLater()

    def merge_selected(self) -> None:
        records = self.selected_records()
        if len(records) != 2 or not self._can_edit:
            return
        dialog = MergeDialog(self.db, records[0], records[1], self)
        if exec_dialog(dialog) and dialog.merged is not None:
            self._changed(dialog.merged.id)
        dialog.deleteLater()
