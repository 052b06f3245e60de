"""The procurements page: procurements, the chosen one's lots, and the chosen lot's criteria."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, QModelIndex, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSplitter,
    QTableView,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from ssb_desktop.db.database import Database
from ssb_desktop.errors import N_, AppError
from ssb_desktop.formatting import format_money
from ssb_desktop.models.record_table_model import (
    ALIGN_RIGHT,
    Column,
    RecordTableModel,
    translated_labels,
)
from ssb_desktop.records import (
    AWARD_METHOD_LABELS,
    PROCEDURE_TYPE_LABELS,
    ImportReport,
    LotRecord,
    ProcurementRecord,
)
from ssb_desktop.services.permissions import Permission, permissions_of
from ssb_desktop.services.procurement import format_extensions, list_lots, list_procurements
from ssb_desktop.settings import Settings
from ssb_desktop.views import messages, unsaved
from ssb_desktop.views.copy_procurement_dialog import CopyProcurementDialog
from ssb_desktop.views.counts import Counts
from ssb_desktop.views.criteria_editor import CriteriaEditor
from ssb_desktop.views.lot_dialog import LotDialog
from ssb_desktop.views.page import EXPORT_KEYS, IMPORT_KEYS, Page, SearchBox, add_menu_button
from ssb_desktop.views.procurement_dialog import ProcurementDialog


def exec_dialog(dialog: QDialog) -> bool:
    """Seam for tests: show ``dialog`` modally; True when the user accepted it."""
    return dialog.exec() == QDialog.DialogCode.Accepted


def choose_ocds_file(parent: QWidget, suggested: str) -> Path | None:
    """Seam for tests: where the open-data (OCDS) file is written."""
    name, _ = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("ProcurementsPage", "Export as open data (OCDS)"),
        suggested,
        QCoreApplication.translate("ProcurementsPage", "JSON files (*.json)"),
    )
    return Path(name) if name else None


def export_criteria(page: ProcurementsPage, lots: Sequence[LotRecord]) -> None:
    """Seam: write the saved criteria of ``lots`` to a workbook, a sheet per lot."""
    from ssb_desktop.views import bid_exchange

    bid_exchange.run_criteria_export(page, lots)


def import_criteria(page: ProcurementsPage, lot: LotRecord) -> ImportReport | None:
    """Seam: replace ``lot``'s criteria by a sheet of a workbook, after a preview."""
    from ssb_desktop.views import bid_exchange

    return bid_exchange.run_criteria_import(page, lot)


def _term(months: int) -> str:
    return Counts().months(months)


PROCUREMENT_COLUMNS: tuple[Column[ProcurementRecord], ...] = (
    Column(N_("Columns", "Reference"), lambda r: r.reference),
    Column(N_("Columns", "Title"), lambda r: r.title, tooltip=lambda r: r.title),
    Column(
        N_("Columns", "Procedure"),
        lambda r: r.procedure_type,
        format=translated_labels("ProcedureType", PROCEDURE_TYPE_LABELS),
    ),
    Column(
        N_("Columns", "Estimated value"),
        lambda r: r.estimated_value,
        format=format_money,
        alignment=ALIGN_RIGHT,
    ),
    Column(N_("Columns", "Publication"), lambda r: r.publication_date),
    Column(N_("Columns", "Submission deadline"), lambda r: r.submission_deadline),
    Column(N_("Columns", "Lots"), lambda r: r.lot_count, alignment=ALIGN_RIGHT),
)
_PROCUREMENT_WIDTHS = (95, 300, 210, 130, 90, 130, 75)
_PROCUREMENT_TITLE = 1

LOT_COLUMNS: tuple[Column[LotRecord], ...] = (
    Column(N_("Columns", "Lot"), lambda r: r.number, alignment=ALIGN_RIGHT),
    Column(N_("Columns", "Theme"), lambda r: r.theme_name),
    Column(N_("Columns", "Title"), lambda r: r.title, tooltip=lambda r: r.description),
    Column(N_("Columns", "Budget"), lambda r: r.budget, format=format_money, alignment=ALIGN_RIGHT),
    Column(
        N_("Columns", "Term"),
        lambda r: r.term_months,
        format=_term,
        sort_key=lambda r: r.term_months,
    ),
    Column(
        N_("Columns", "Extension options"),
        lambda r: r.extension_months,
        format=format_extensions,
        sort_key=lambda r: sum(r.extension_months),
    ),
    Column(
        N_("Columns", "Award method"),
        lambda r: r.award_method,
        format=translated_labels("AwardMethod", AWARD_METHOD_LABELS),
    ),
    Column(N_("Columns", "Bids"), lambda r: r.bid_count, alignment=ALIGN_RIGHT),
)
_LOT_WIDTHS = (70, 115, 220, 125, 85, 125, 200, 115)
_LOT_TITLE = 2


def _table(
    name: str,
    model: RecordTableModel[ProcurementRecord] | RecordTableModel[LotRecord],
    widths: Sequence[int],
    stretch: int,
) -> QTableView:
    table = QTableView()
    table.setAccessibleName(name)
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setWordWrap(False)
    table.setAlternatingRowColors(True)
    table.setTabKeyNavigation(False)
    rows = table.verticalHeader()
    rows.setVisible(False)
    rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    rows.setDefaultSectionSize(table.fontMetrics().height() + 8)
    header = table.horizontalHeader()
    header.setHighlightSections(False)
    for column, width in enumerate(widths):
        header.resizeSection(column, width)
    # The title takes what is left, so that the last column is never pushed out of sight.
    header.setStretchLastSection(False)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    header.setSortIndicator(0, Qt.SortOrder.AscendingOrder)
    table.setSortingEnabled(True)
    return table


class ProcurementsPage(Page):
    """Procurements with their lots and each lot's award criteria, set up from scratch here."""

    title = N_("Navigation", "Procurements")

    def __init__(self, db: Database, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(db, settings, parent)
        self._can_edit = Permission.EDIT_PROCUREMENTS in permissions_of(db.actor.roles)
        self.model: RecordTableModel[ProcurementRecord] = RecordTableModel(
            PROCUREMENT_COLUMNS, parent=self
        )
        self.lots_model: RecordTableModel[LotRecord] = RecordTableModel(LOT_COLUMNS, parent=self)
        self._shown_procurement: int | None = None
        self._shown_lot: int | None = None
        self._restoring = False
        self._build_actions()
        self._build()
        self._update_actions()

    # --- building ---------------------------------------------------------------------------

    def _build_actions(self) -> None:
        enter = [QKeySequence(Qt.Key.Key_Return), QKeySequence(Qt.Key.Key_Enter)]
        self.new_action = self._action(
            self.tr("&New procurement…"),
            self.new_procurement,
            [QKeySequence(QKeySequence.StandardKey.New)],
        )
        # Enter edits only while a list has focus: elsewhere it keeps its ordinary meaning.
        self.edit_action = self._action(
            self.tr("&Edit procurement…"),
            self.edit_procurement,
            enter,
            Qt.ShortcutContext.WidgetShortcut,
        )
        self.new_lot_action = self._action(
            self.tr("New &lot…"), self.new_lot, [QKeySequence("Ctrl+Shift+N")]
        )
        self.edit_lot_action = self._action(
            self.tr("Edit l&ot…"), self.edit_lot, enter, Qt.ShortcutContext.WidgetShortcut
        )
        self.import_criteria_action = self._action(
            self.tr("&Import criteria from Excel…"), self.import_criteria, IMPORT_KEYS
        )
        self.import_criteria_action.setToolTip(
            self.tr(
                "Replace the criteria of the chosen lot by those in a workbook, after a preview."
            )
        )
        self.export_criteria_action = self._action(
            self.tr("E&xport criteria to Excel…"), self.export_criteria, EXPORT_KEYS
        )
        self.export_criteria_action.setToolTip(
            self.tr("Write the saved criteria of every lot of this procurement, a sheet per lot.")
        )
        self.copy_action = self._action(self.tr("Next c&ycle…"), self.copy_procurement)
        self.copy_action.setToolTip(
            self.tr("Start a new procurement with the lots and criteria of the chosen one.")
        )
        self.ocds_action = self._action(self.tr("Open &data (OCDS)…"), self._on_export_ocds)
        self.ocds_action.setToolTip(
            self.tr(
                "Write the chosen procurement as an OCDS 1.1 release package (JSON): lots, "
                "bids after a definitive award, awards and contracts; no scores or evaluators."
            )
        )
        self.find_action = self._action(
            self.tr("Find"), self.focus_search, [QKeySequence(QKeySequence.StandardKey.Find)]
        )
        self.addActions(
            [
                self.new_action,
                self.new_lot_action,
                self.find_action,
                self.import_criteria_action,
                self.export_criteria_action,
            ]
        )

    def _build(self) -> None:
        toolbar = QToolBar(self.tr("Procurements"))
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        toolbar.addActions([self.new_action, self.edit_action])
        toolbar.addSeparator()
        toolbar.addActions([self.new_lot_action, self.edit_lot_action])
        toolbar.addSeparator()
        # Rarer steps behind one button each, so that the main ones keep their text at 1366 px.
        add_menu_button(
            toolbar,
            self,
            self.tr("Criteria workbook"),
            [self.import_criteria_action, self.export_criteria_action],
        )
        add_menu_button(toolbar, self, self.tr("Other steps"), [self.copy_action, self.ocds_action])

        self.search = SearchBox()
        self.search.setPlaceholderText(self.tr("Search reference, title, procedure… (Ctrl+F)"))
        self.search.setAccessibleName(self.tr("Search procurements"))
        self.search.search_changed.connect(self.model.set_filter_text)
        self.count_label = QLabel()
        filters = QHBoxLayout()
        filters.addWidget(self.search, 1)
        filters.addWidget(self.count_label)

        self.table = _table(
            self.tr("Procurements"), self.model, _PROCUREMENT_WIDTHS, _PROCUREMENT_TITLE
        )
        self.table.addAction(self.edit_action)
        self.table.doubleClicked.connect(lambda _index: self.edit_procurement())
        self.table.selectionModel().currentRowChanged.connect(
            lambda current, previous: self._on_procurement_changed(current, previous)
        )
        self.model.modelReset.connect(self._update_count)
        self.model.layoutChanged.connect(self._update_count)

        self.lots_box = QGroupBox(self.tr("Lots"))
        self.lots_table = _table(self.tr("Lots"), self.lots_model, _LOT_WIDTHS, _LOT_TITLE)
        self.lots_table.addAction(self.edit_lot_action)
        self.lots_table.doubleClicked.connect(lambda _index: self.edit_lot())
        self.lots_table.selectionModel().currentRowChanged.connect(
            lambda current, previous: self._on_lot_changed(current, previous)
        )
        self.no_lots = QLabel()
        self.no_lots.setWordWrap(True)
        lots_layout = QVBoxLayout(self.lots_box)
        lots_layout.addWidget(self.lots_table, 1)
        lots_layout.addWidget(self.no_lots)

        self.editor = CriteriaEditor(self.db)
        self.editor.saved.connect(self.data_changed)
        # Invalidating scores unlocks the lot, and with it the criteria import.
        self.editor.saved.connect(self._update_actions)

        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(self.lots_box)
        splitter.addWidget(self.editor)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        splitter.setStretchFactor(2, 3)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([140, 170, 420])

        layout = QVBoxLayout(self)
        layout.addWidget(toolbar)
        layout.addLayout(filters)
        layout.addWidget(splitter, 1)
        self.setFocusProxy(self.table)
        self.setTabOrder(self.search, self.table)
        self.setTabOrder(self.table, self.lots_table)
        self.setTabOrder(self.lots_table, self.editor)

    # --- loading ----------------------------------------------------------------------------

    def reload(self) -> None:
        """Load the procurements again, keeping the chosen procurement and lot."""
        current = self.current_procurement()
        lot = self.current_lot()
        try:
            with self.db.reading() as session:
                procurements = list_procurements(session)
        except AppError as error:
            messages.show_error(self, error)
            return
        self._restoring = True
        try:
            self.model.set_rows(procurements)
        finally:
            self._restoring = False
        procurement_id = current.id if current else None
        if procurement_id is None and self.model.rowCount():
            first = self.model.row_at(self.model.index(0, 0))
            procurement_id = first.id
        self._shown_procurement = None
        self.select_procurement(procurement_id, lot.id if lot else None)

    def _load_lots(self, procurement: ProcurementRecord | None, lot_id: int | None) -> None:
        lots: list[LotRecord] = []
        if procurement is not None and procurement.id is not None:
            procurement_id = procurement.id
            found = self.read(lambda s: list_lots(s, procurement_id))
            lots = found or []
        self._restoring = True
        try:
            self.lots_model.set_rows(lots)
        finally:
            self._restoring = False
        if procurement is None:
            self.lots_box.setTitle(self.tr("Lots"))
            self.no_lots.setText(self.tr("Choose a procurement to see its lots."))
        else:
            self.lots_box.setTitle(
                self.tr("Lots of {reference}").format(reference=procurement.reference)
            )
            self.no_lots.setText(
                self.tr("{reference} has no lots yet: add one with New lot (Ctrl+Shift+N).").format(
                    reference=procurement.reference
                )
            )
        self.no_lots.setVisible(not lots)
        if lot_id is None or not self.lots_model.index_for_key(lot_id).isValid():
            lot_id = lots[0].id if lots else None
        self._shown_lot = None
        self._select(self.lots_table, self.lots_model, lot_id)
        self._show_lot(self.current_lot())

    def _select(
        self,
        table: QTableView,
        model: RecordTableModel[ProcurementRecord] | RecordTableModel[LotRecord],
        key: int | None,
    ) -> None:
        index = model.index_for_key(key) if key is not None else QModelIndex()
        self._restoring = True
        try:
            if index.isValid():
                table.selectionModel().setCurrentIndex(
                    index,
                    QItemSelectionModel.SelectionFlag.ClearAndSelect
                    | QItemSelectionModel.SelectionFlag.Rows,
                )
                table.scrollTo(index)
            else:
                table.selectionModel().clear()
        finally:
            self._restoring = False

    def select_procurement(self, procurement_id: int | None, lot_id: int | None = None) -> None:
        """Make the procurement (and one of its lots) the chosen one."""
        self._select(self.table, self.model, procurement_id)
        procurement = self.current_procurement()
        self._shown_procurement = procurement.id if procurement else None
        self._load_lots(procurement, lot_id)
        self._update_actions()

    def select_lot(self, lot_id: int) -> None:
        self._select(self.lots_table, self.lots_model, lot_id)
        self._show_lot(self.current_lot())

    def _show_lot(self, lot: LotRecord | None) -> None:
        self._shown_lot = lot.id if lot else None
        shown = self.editor.lot
        if lot is not None and shown is not None and lot.id == shown.id and self.editor.is_dirty():
            # A reload after editing the lot or procurement keeps criteria not saved yet.
            self.editor.update_lot(lot)
        else:
            self.editor.set_lot(lot)
        self._update_actions()

    # --- reading the selection --------------------------------------------------------------

    def current_procurement(self) -> ProcurementRecord | None:
        index = self.table.currentIndex()
        return self.model.row_at(index) if index.isValid() else None

    def current_lot(self) -> LotRecord | None:
        index = self.lots_table.currentIndex()
        return self.lots_model.row_at(index) if index.isValid() else None

    def _on_procurement_changed(self, current: QModelIndex, previous: QModelIndex) -> None:
        if self._restoring:
            return
        record = self.model.row_at(current) if current.isValid() else None
        if record is not None and record.id == self._shown_procurement:
            return
        if not unsaved.settle(self, self.editor, self._criteria_question()):
            self._select(self.table, self.model, self._shown_procurement)
            return
        self._shown_procurement = record.id if record else None
        self._load_lots(record, None)
        self._update_actions()

    def _on_lot_changed(self, current: QModelIndex, previous: QModelIndex) -> None:
        if self._restoring:
            return
        record = self.lots_model.row_at(current) if current.isValid() else None
        if record is not None and record.id == self._shown_lot:
            return
        if not unsaved.settle(self, self.editor, self._criteria_question()):
            self._select(self.lots_table, self.lots_model, self._shown_lot)
            return
        self._show_lot(record)

    # --- actions ----------------------------------------------------------------------------

    # --- unsaved criteria (views.unsaved; the main window asks on switching page or closing) --

    def has_unsaved_changes(self) -> bool:
        return self.editor.has_unsaved_changes()

    def save_changes(self) -> bool:
        return self.editor.save_changes()

    def discard_changes(self) -> None:
        self.editor.discard_changes()

    def _criteria_question(self) -> str:
        lot = self.editor.lot
        return self.tr(
            "The criteria of lot {label} have changes that are not saved. Save them?"
        ).format(label=lot.label if lot is not None else "")

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def _update_count(self) -> None:
        self.count_label.setText(
            self.tr("{shown} of {total} procurements").format(
                shown=self.model.rowCount(), total=self.model.total_row_count()
            )
        )

    def _update_actions(self) -> None:
        has_procurement = self.current_procurement() is not None
        self.new_action.setEnabled(self._can_edit)
        self.edit_action.setEnabled(has_procurement)
        has_lots = self.lots_model.rowCount() > 0
        self.copy_action.setEnabled(self._can_edit and has_procurement and has_lots)
        self.ocds_action.setEnabled(has_procurement and has_lots)
        self.new_lot_action.setEnabled(self._can_edit and has_procurement)
        lot = self.current_lot()
        self.edit_lot_action.setEnabled(lot is not None)
        self.export_criteria_action.setEnabled(self.lots_model.rowCount() > 0)
        # Locked criteria (scoring has started) cannot be replaced; the editor says why.
        self.import_criteria_action.setEnabled(
            self._can_edit and lot is not None and not self.editor.locked
        )

    def export_criteria(self) -> None:
        lots = self.lots_model.rows()
        if lots:
            export_criteria(self, sorted(lots, key=lambda lot: lot.number))

    def import_criteria(self) -> None:
        lot = self.current_lot()
        if lot is None or not self._can_edit or not self.editor.confirm_discard():
            return
        report = import_criteria(self, lot)
        if report is not None and report.written:
            # The page reload keeps edits it finds in the editor; the import replaced them.
            self.editor.reload()
            self._update_actions()

    def new_procurement(self) -> None:
        if not self._can_edit or not self.editor.confirm_discard():
            return
        dialog = ProcurementDialog(self.db, None, self)
        self._after_procurement_dialog(dialog)

    def edit_procurement(self) -> None:
        record = self.current_procurement()
        if record is None:
            return
        dialog = ProcurementDialog(self.db, record, self)
        self._after_procurement_dialog(dialog)

    def _after_procurement_dialog(self, dialog: ProcurementDialog) -> None:
        accepted = exec_dialog(dialog)
        saved = dialog.saved
        dialog.deleteLater()
        if not accepted or saved is None:
            return
        self.search.setText("")
        self.search.flush()
        lot = self.current_lot()
        self._reload_procurements()
        self.select_procurement(saved.id, lot.id if lot else None)
        self.data_changed.emit()

    def copy_procurement(self) -> None:
        source = self.current_procurement()
        if source is None or not self._can_edit or not self.editor.confirm_discard():
            return
        dialog = CopyProcurementDialog(self.db, source, self.lots_model.rows(), self)
        accepted = exec_dialog(dialog)
        copied = dialog.saved
        dialog.deleteLater()
        if not accepted or copied is None:
            return
        self.search.setText("")
        self.search.flush()
        self._reload_procurements()
        self.select_procurement(copied.procurement.id)
        self.data_changed.emit()

    def _on_export_ocds(self) -> None:
        self.export_ocds()

    def export_ocds(self) -> Path | None:
        from ssb_desktop.services.ocds import export_ocds

        procurement = self.current_procurement()
        if procurement is None or procurement.id is None:
            return None
        target = choose_ocds_file(self, f"{procurement.reference}.ocds.json")
        if target is None:
            return None
        procurement_id = procurement.id
        if self.call(lambda session: export_ocds(session, procurement_id, target)) is None:
            return None
        messages.show_info(
            self,
            self.tr("Open data written"),
            self.tr("{reference} is written to {path}.").format(
                reference=procurement.reference, path=target
            ),
        )
        return target

    def _next_lot(self, procurement: ProcurementRecord) -> LotRecord:
        assert procurement.id is not None
        numbers = [lot.number for lot in self.lots_model.rows()]
        return LotRecord(
            id=None,
            procurement_id=procurement.id,
            procurement_reference=procurement.reference,
            number=max(numbers, default=0) + 1,
        )

    def new_lot(self) -> None:
        procurement = self.current_procurement()
        if procurement is None or not self._can_edit or not self.editor.confirm_discard():
            return
        dialog = LotDialog(self.db, self._next_lot(procurement), self)
        self._after_lot_dialog(dialog)

    def edit_lot(self) -> None:
        lot = self.current_lot()
        if lot is None:
            return
        dialog = LotDialog(self.db, lot, self)
        self._after_lot_dialog(dialog)

    def _after_lot_dialog(self, dialog: LotDialog) -> None:
        accepted = exec_dialog(dialog)
        saved = dialog.saved
        dialog.deleteLater()
        if not accepted or saved is None or saved.id is None:
            return
        self._reload_procurements()
        self._select(self.table, self.model, saved.procurement_id)
        self._shown_procurement = saved.procurement_id
        self._load_lots(self.current_procurement(), saved.id)
        self._update_actions()
        self.data_changed.emit()

    def _reload_procurements(self) -> None:
        self._restoring = True
        try:
            self.model.set_rows(self.read(list_procurements) or [])
        finally:
            self._restoring = False
