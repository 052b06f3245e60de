"""The Audit log page: who changed which record when, filtered, exported and verified."""

from __future__ import annotations

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

from ssb_desktop.db.database import Database
from ssb_desktop.errors import N_, AppError, DatabaseError
from ssb_desktop.formatting import format_date, format_moment
from ssb_desktop.models.audit_columns import (
    ACTION_CONTEXT,
    ACTION_LABELS,
    CHANGED_FIELD_COLUMNS,
    ChangedField,
    audit_columns,
    changed_fields,
    record_label,
    table_label,
)
from ssb_desktop.models.record_table_model import RecordTableModel, translated_labels
from ssb_desktop.records import AuditEntryRecord
from ssb_desktop.services.audit import (
    AuditFilter,
    ChainCheck,
    ChainHead,
    audited_tables,
    audited_users,
    chain_head,
    check_chain,
    describe_changes,
    list_entries,
)
from ssb_desktop.services.audit_export import export_audit_entries
from ssb_desktop.settings import Settings
from ssb_desktop.views import messages
from ssb_desktop.views.background import Progress, run_in_background
from ssb_desktop.views.dashboard_page import format_count
from ssb_desktop.views.page import Page, SearchBox

# The newest entries are what people look for; older ones are reached through the filters.
# Loading more would make every visit to the page slow on a database in use for years.
PAGE_LIMIT = 10_000
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
        today = date.today()
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

        self.model: RecordTableModel[AuditEntryRecord] = RecordTableModel(
            audit_columns(describe_changes), parent=self
        )
        self.view = self._table(self.model)
        self.view.setAccessibleName(self.tr("Audit log entries"))
        header = self.view.horizontalHeader()
        for column, width in enumerate((120, 170, 170, 100)):
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

        self.table_filter.currentIndexChanged.connect(self.reload)
        self.user_filter.currentIndexChanged.connect(self.reload)
        self.record_filter.search_changed.connect(self.reload)
        for check, edit in (
            (self.since_enabled, self.since_edit),
            (self.until_enabled, self.until_edit),
        ):
            check.toggled.connect(edit.setEnabled)
            check.toggled.connect(self.reload)
            edit.dateChanged.connect(self._on_date_changed)
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
        self, model: RecordTableModel[ChangedField] | RecordTableModel[AuditEntryRecord]
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

    def criteria(self) -> AuditFilter:
        """The filters as chosen, for the database query."""
        return AuditFilter(
            table=self.table_filter.currentData() or "",
            record_id=self.record_filter.text().strip(),
            user=self.user_filter.currentData() or "",
            since=_pydate(self.since_edit.date()) if self.since_enabled.isChecked() else None,
            until=_pydate(self.until_edit.date()) if self.until_enabled.isChecked() else None,
            limit=PAGE_LIMIT,
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
        self.reload()

    def _on_date_changed(self) -> None:
        if self.since_enabled.isChecked() or self.until_enabled.isChecked():
            self.reload()

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
        criteria = self.criteria()
        loaded = self.call(
            lambda s: (
                audited_tables(s),
                audited_users(s),
                list_entries(s, criteria),
                chain_head(s),
            )
        )
        if loaded is None:
            return
        tables, users, entries, head = loaded
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
        self.entries_loaded = len(entries)
        self.model.set_rows(entries)
        if selected is not None:
            self.select_entry(selected.id)
        self._show_detail()
        self._update_status()

    def _on_search(self, text: str) -> None:
        self.model.set_filter_text(text)
        self._update_status()

    def _update_status(self) -> None:
        shown = self.model.rowCount()
        text = self.tr("{shown} of {loaded} entries shown.").format(
            shown=format_count(shown), loaded=format_count(self.entries_loaded)
        )
        if self.entries_loaded >= PAGE_LIMIT:
            text += " " + self.tr(
                "Only the newest {limit} entries are loaded; narrow the filters to see older ones."
            ).format(limit=format_count(PAGE_LIMIT))
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
        self.detail_model.set_rows(changed_fields(entry.changes))
        self.hash_label.setText(self.tr("Fingerprint: {hash}").format(hash=entry.hash))

    # --- export and verification ----------------------------------------------------------

    def export(self) -> Path | None:
        """Write the entries shown (filters, search and sort applied) to a workbook."""
        entries = self.model.rows()
        if not entries:
            messages.show_info(self, self.tr("Export"), self.tr("There are no entries to export."))
            return None
        folder = Path(self.settings.last_folder("export"))
        suggested = folder / f"auditlog-{format_date(date.today())}.xlsx"
        path = choose_save_path(self, str(suggested))
        if path is None:
            return None
        self.settings.set_last_folder("export", path.parent)

        def work(_progress: Progress) -> int:
            with self.db.transaction() as session:
                return export_audit_entries(session, path, entries)

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
