"""The Audit log page: who changed which record when, filtered, exported and verified.

The log grows by millions of entries over the years: the list is read a page at a time
(PagedTableModel), newest first, with filters, search and counts in SQL (issue 18).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, QItemSelection, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from ssb_desktop.db.database import Database
from ssb_desktop.errors import N_, AppError, DatabaseError
from ssb_desktop.formatting import format_date, format_moment, local_today
from ssb_desktop.i18n import translate_label
from ssb_desktop.models.audit_columns import (
    ACTION_CONTEXT,
    ACTION_LABELS,
    CHANGED_FIELD_COLUMNS,
    ChangedField,
    audit_columns,
    changed_fields_of,
    record_label,
    table_label,
)
from ssb_desktop.models.paged_table_model import PagedTableModel
from ssb_desktop.models.record_table_model import RecordTableModel, translated_labels
from ssb_desktop.records import AuditEntryRecord
from ssb_desktop.services.audit import (
    AuditQuery,
    ChainCheck,
    ChainHead,
    audited_tables,
    audited_users,
    chain_head,
    check_chain,
    count_entries,
    describe_changes,
    entries_listed,
    entry_page,
    entry_position,
    total_entries,
)
from ssb_desktop.services.audit_export import export_audit_entries
from ssb_desktop.services.audit_values import describe_entries
from ssb_desktop.settings import Settings
from ssb_desktop.views import messages
from ssb_desktop.views.accessible import plain
from ssb_desktop.views.background import Progress, run_in_background
from ssb_desktop.views.dashboard_page import format_count
from ssb_desktop.views.page import Page, SearchBox
from ssb_desktop.views.paged_source import ServiceSource

EXCEL_FILTER = "Excel (*.xlsx)"
DATE_FORMAT = "dd-MM-yyyy"
ROW_HEIGHT = 24

_BROKEN_LINK = N_(
    "Errors",
    "The audit log has been tampered with: the link of entry {entry} to the entry before it "
    "is broken, so an entry was removed or inserted. The {checked} entries before it are "
    "intact. Tell your application administrator.",
)
_CHANGED_ENTRY = N_(
    "Errors",
    "The audit log has been tampered with: entry {entry} was changed after it was written. "
    "The {checked} entries before it are intact. Tell your application administrator.",
)


_ACTION_TEXT = translated_labels(ACTION_CONTEXT, ACTION_LABELS)


def choose_save_path(parent: QWidget, suggested: str) -> Path | None:
    """Seam for tests: where to write the export."""
    name, _ = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("AuditLogPage", "Export audit log"),
        suggested,
        EXCEL_FILTER,
    )
    if not name:
        return None
    path = Path(name)
    return path if path.suffix.lower() == ".xlsx" else path.with_suffix(".xlsx")


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())


# Sorting by moment or by number is the same order: the order in which entries were written.
_SORTABLE = (0,)


def _sorted_query(query: AuditQuery, column: int, order: Qt.SortOrder) -> AuditQuery | None:
    if column not in _SORTABLE:
        return None
    return replace(query, oldest_first=order == Qt.SortOrder.AscendingOrder)


def _rows_of(query: AuditQuery) -> AuditQuery:
    return replace(query, oldest_first=False)


def _described_page(
    session: Session, query: AuditQuery, offset: int, limit: int, *, count: int | None = None
) -> list[AuditEntryRecord]:
    """A page of entries with their values in words (names, dd-mm-yyyy, euro, statuses)."""
    entries = entry_page(session, query, offset, limit, count=count)
    return describe_entries(session, entries, translate_label)


class AuditLogPage(Page):
    """Entries newest first, filtered by record, user and period; details of the selected one."""

    def __init__(self, db: Database, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(db, settings, parent)
        self.entries_loaded = 0
        # The last entry a check of this page found intact: the next check starts after it.
        self._verified_head: ChainHead | None = None

        self.table_filter = QComboBox()
        self.record_filter = SearchBox()
        self.record_filter.setPlaceholderText(self.tr("any"))
        self.record_filter.setMaximumWidth(110)
        self.user_filter = QComboBox()
        self.user_filter.setMinimumContentsLength(12)
        today = local_today()
        self.since_enabled = QCheckBox(self.tr("&From"))
        self.since_edit = self._date_edit(today - timedelta(days=30))
        self.until_enabled = QCheckBox(self.tr("&To"))
        self.until_edit = self._date_edit(today)
        clear = QPushButton(self.tr("C&lear filters"))
        clear.clicked.connect(self.clear_filters)

        filters = QGridLayout()
        record_type = QLabel(self.tr("Record &type"))
        record_type.setBuddy(self.table_filter)
        record_id = QLabel(self.tr("Record &number"))
        record_id.setBuddy(self.record_filter)
        user = QLabel(self.tr("&User"))
        user.setBuddy(self.user_filter)
        row = QHBoxLayout()
        for widget in (
            record_type,
            self.table_filter,
            record_id,
            self.record_filter,
            user,
            self.user_filter,
            self.since_enabled,
            self.since_edit,
            self.until_enabled,
            self.until_edit,
            clear,
        ):
            row.addWidget(widget)
        row.addStretch(1)
        filters.addLayout(row, 0, 0)

        self.search = SearchBox()
        self.search.setPlaceholderText(self.tr("Search in the entries shown (Ctrl+F)"))
        self.search.setAccessibleName(self.tr("Search in the entries shown"))
        self.export_button = QPushButton(self.tr("&Export to Excel…"))
        self.export_button.setToolTip(self.tr("Export the entries shown (Ctrl+E)"))
        self.check_button = QPushButton(self.tr("&Check chain"))
        self.check_button.setToolTip(
            self.tr("Verify that no entry was changed, removed or inserted afterwards")
        )
        actions = QHBoxLayout()
        actions.addWidget(self.search, 1)
        actions.addWidget(self.export_button)
        actions.addWidget(self.check_button)

        self.model: PagedTableModel[AuditQuery, AuditEntryRecord] = PagedTableModel(
            audit_columns(describe_changes),
            ServiceSource(
                self,
                db,
                count=count_entries,
                total=total_entries,
                page=_described_page,
                position=entry_position,
            ),
            AuditQuery(),
            sorted_query=_sorted_query,
            rows_of=_rows_of,
            parent=self,
        )
        self.view = self._table(self.model)
        self.view.setAccessibleName(self.tr("Audit log entries"))
        header = self.view.horizontalHeader()
        for column, width in enumerate((120, 120, 260, 100)):
            header.resizeSection(column, width)
        self.status = QLabel()

        self.detail_title = QLabel(self.tr("Select an entry to see all its values."))
        self.detail_title.setWordWrap(True)
        self.detail_title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.detail_model: RecordTableModel[ChangedField] = RecordTableModel(
            CHANGED_FIELD_COLUMNS, key=lambda change: change.field, parent=self
        )
        self.detail_view = self._table(self.detail_model)
        self.detail_view.setAccessibleName(self.tr("Values of the selected entry"))
        self.detail_view.horizontalHeader().resizeSection(0, 160)
        self.detail_view.horizontalHeader().resizeSection(1, 320)
        self.hash_label = QLabel()
        self.hash_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        detail = QWidget()
        detail_layout = QVBoxLayout(detail)
        detail_layout.setContentsMargins(0, 0, 0, 0)
        detail_layout.addWidget(self.detail_title)
        detail_layout.addWidget(self.detail_view, 1)
        detail_layout.addWidget(self.hash_label)

        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.view)
        splitter.addWidget(detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)

        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addLayout(actions)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.status)
        self.setFocusProxy(self.view)

        self.table_filter.currentIndexChanged.connect(self._apply_filters)
        self.user_filter.currentIndexChanged.connect(self._apply_filters)
        self.record_filter.search_changed.connect(self._apply_filters)
        for check, edit in (
            (self.since_enabled, self.since_edit),
            (self.until_enabled, self.until_edit),
        ):
            check.toggled.connect(edit.setEnabled)
            check.toggled.connect(self._apply_filters)
            edit.dateChanged.connect(self._on_date_changed)
            edit.setAccessibleName(plain(check.text()))
        self.search.search_changed.connect(self._on_search)
        self.view.selectionModel().selectionChanged.connect(self._on_selection)
        self.export_button.clicked.connect(self.export)
        self.check_button.clicked.connect(self.check_chain)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self, self.search.setFocus)
        QShortcut(QKeySequence("Ctrl+E"), self, self.export)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Refresh), self, self.reload)

    # --- building -------------------------------------------------------------------------

    def _date_edit(self, day: date) -> QDateEdit:
        edit = QDateEdit(_qdate(day))
        edit.setDisplayFormat(DATE_FORMAT)
        edit.setCalendarPopup(True)
        edit.setEnabled(False)
        return edit

    def _table(
        self,
        model: RecordTableModel[ChangedField] | PagedTableModel[AuditQuery, AuditEntryRecord],
    ) -> QTableView:
        view = QTableView()
        view.setModel(model)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setWordWrap(False)
        view.setAlternatingRowColors(True)
        view.verticalHeader().hide()
        view.verticalHeader().setDefaultSectionSize(ROW_HEIGHT)
        view.horizontalHeader().setStretchLastSection(True)
        # No sort indicator: entries stay newest first until the user clicks a header.
        view.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        view.setSortingEnabled(True)
        return view

    # --- filters --------------------------------------------------------------------------

    def criteria(self) -> AuditQuery:
        """The filters, search and order as chosen, for the database query."""
        return AuditQuery(
            table=self.table_filter.currentData() or "",
            record_id=self.record_filter.text().strip(),
            user=self.user_filter.currentData() or "",
            since=_pydate(self.since_edit.date()) if self.since_enabled.isChecked() else None,
            until=_pydate(self.until_edit.date()) if self.until_enabled.isChecked() else None,
            text=self.search.text().strip(),
            oldest_first=self.model.query().oldest_first,
        )

    def clear_filters(self) -> None:
        widgets = (
            self.table_filter,
            self.user_filter,
            self.record_filter,
            self.since_enabled,
            self.until_enabled,
        )
        for widget in widgets:
            widget.blockSignals(True)
        self.table_filter.setCurrentIndex(0)
        self.user_filter.setCurrentIndex(0)
        self.record_filter.clear()
        self.since_enabled.setChecked(False)
        self.until_enabled.setChecked(False)
        self.since_edit.setEnabled(False)
        self.until_edit.setEnabled(False)
        for widget in widgets:
            widget.blockSignals(False)
        self._apply_filters()

    def _on_date_changed(self) -> None:
        if self.since_enabled.isChecked() or self.until_enabled.isChecked():
            self._apply_filters()

    def _apply_filters(self) -> None:
        """List what the filters choose: a new query, counted in the database."""
        self.model.set_query(self.criteria())
        self._show_detail()
        self._update_status()

    def _fill_combo(self, combo: QComboBox, everything: str, items: list[tuple[str, str]]) -> None:
        """Replace the choices, keeping the chosen one even when no entry mentions it now."""
        chosen = combo.currentData() or ""
        known = {value for value, _text in items}
        if chosen and chosen not in known:
            items = [*items, (chosen, chosen)]
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(everything, "")
        for value, text in items:
            combo.addItem(text, value)
        combo.setCurrentIndex(max(combo.findData(chosen), 0))
        combo.blockSignals(False)

    # --- loading --------------------------------------------------------------------------

    def reload(self) -> None:
        loaded = self.read(lambda s: (audited_tables(s), audited_users(s), chain_head(s)))
        if loaded is None:
            return
        tables, users, head = loaded
        if head is not None:
            # A head seen here lets a later `ssb-desktop check` notice a deleted tail.
            self.settings.remember_head(self.db.describe(), head)
        self._fill_combo(
            self.table_filter,
            self.tr("All record types"),
            sorted(((name, table_label(name)) for name in tables), key=lambda item: item[1]),
        )
        self._fill_combo(self.user_filter, self.tr("All users"), [(name, name) for name in users])
        selected = self.selected_entry()
        self.model.set_query(self.criteria())
        self.model.refresh()
        if selected is not None:
            self.select_entry(selected.id)
        self._show_detail()
        self._update_status()

    def _on_search(self, _text: str) -> None:
        self._apply_filters()

    def _update_status(self) -> None:
        shown = self.model.rowCount()
        self.entries_loaded = self.model.total_row_count()
        text = self.tr("{shown} of {loaded} entries shown.").format(
            shown=format_count(shown), loaded=format_count(self.entries_loaded)
        )
        self.status.setText(text)
        self.export_button.setEnabled(shown > 0)

    # --- selection and detail -------------------------------------------------------------

    def selected_entry(self) -> AuditEntryRecord | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.row_at(rows[0]) if rows else None

    def select_entry(self, entry_id: int) -> bool:
        """Select and show the entry with ``entry_id``; False when it is not in the list."""
        index = self.model.index_for_key(entry_id)
        if not index.isValid():
            return False
        self.view.selectRow(index.row())
        self.view.scrollTo(index)
        return True

    def _on_selection(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        self._show_detail()

    def _show_detail(self) -> None:
        entry = self.selected_entry()
        if entry is None:
            self.detail_title.setText(self.tr("Select an entry to see all its values."))
            self.detail_model.set_rows([])
            self.hash_label.clear()
            return
        self.detail_title.setText(
            self.tr("{record}: {action} on {moment} by {user}").format(
                record=record_label(entry),
                action=_ACTION_TEXT(entry.action).lower(),
                moment=format_moment(entry.at),
                user=entry.user,
            )
        )
        self.detail_model.set_rows(changed_fields_of(entry))
        self.hash_label.setText(self.tr("Fingerprint: {hash}").format(hash=entry.hash))

    # --- export and verification ----------------------------------------------------------

    def export(self) -> Path | None:
        """Write the entries shown (filters, search and sort applied) to a workbook."""
        query = self.model.query()
        entries = self.read(lambda s: entries_listed(s, query)) or []
        if not entries:
            messages.show_info(self, self.tr("Export"), self.tr("There are no entries to export."))
            return None
        folder = Path(self.settings.last_folder("export"))
        suggested = folder / f"auditlog-{format_date(local_today())}.xlsx"
        path = choose_save_path(self, str(suggested))
        if path is None:
            return None
        self.settings.set_last_folder("export", path.parent)

        def work(_progress: Progress) -> int:
            with self.db.transaction() as session:
                return export_audit_entries(session, path, entries, translate_label)

        try:
            count = run_in_background(self, self.tr("Exporting the audit log…"), work)
        except AppError as error:
            messages.show_error(self, error)
            return None
        messages.show_info(
            self,
            self.tr("Export"),
            self.tr("%Ln entries written to {path}.", "", count).format(path=str(path)),
        )
        return path

    def check_chain(self) -> None:
        """Recompute the fingerprints and report whether the log is as it was written.

        The first check reads the whole log in the background, with progress and Cancel;
        after that only the entries written since the last intact one are checked."""
        after = self._verified_head

        def work(progress: Progress) -> ChainCheck:
            with self.db.transaction() as session:
                return check_chain(session, after=after, on_progress=progress.report)

        try:
            result = run_in_background(self, self.tr("Checking the audit log…"), work)
        except AppError as error:
            messages.show_error(self, error)
            return
        if result.broken is None:
            self._verified_head = result.head
            if after is None:
                text = self.tr("%Ln entries checked, the chain is intact.", "", result.checked)
            else:
                text = self.tr(
                    "%Ln entries written since the last check checked, the chain is intact.",
                    "",
                    result.checked,
                )
            messages.show_info(self, self.tr("Audit log"), text)
            return
        # A verified entry that no longer matches: the next check starts from the beginning.
        self._verified_head = None
        broken_id, reason = result.broken.entry_id, result.broken.reason
        self.select_entry(broken_id)
        message = _BROKEN_LINK if reason == "previous_hash" else _CHANGED_ENTRY
        messages.show_error(
            self, DatabaseError(message, {"entry": broken_id, "checked": result.checked})
        )
