"""The evaluation page of one lot: the committee and its declarations, the individual scoring
grid, the consensus meeting (for a projector) and the results with chart and robustness."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, QDateTime, Qt
from PySide6.QtGui import QFont, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStyle,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from ssb_desktop.db.database import Database
from ssb_desktop.errors import N_, AppError, ConflictError
from ssb_desktop.formatting import (
    LOCAL_ZONE,
    format_date,
    format_moment,
    format_money,
    format_number,
    format_points,
)
from ssb_desktop.i18n import translate_error, translate_message
from ssb_desktop.models.evaluator_columns import EVALUATOR_COLUMN_WIDTHS, EVALUATOR_COLUMNS
from ssb_desktop.models.record_table_model import (
    ALIGN_CENTER,
    ALIGN_RIGHT,
    Column,
    RecordTableModel,
)
from ssb_desktop.models.scoring_grid_model import ScoringGridModel, scale_text
from ssb_desktop.records import (
    AWARD_METHOD_LABELS,
    DROPOUT_RULE_LABELS,
    TIE_BREAK_RULE_LABELS,
    ConsensusCell,
    ConsensusOverview,
    CriterionRecord,
    DeclarationRecord,
    EvaluatorRecord,
    HouseStyleRecord,
    LotRecord,
    MeetingRecord,
    MinutesContent,
    Notice,
    ScaleValueRecord,
    ScoringGrid,
    TieBreakRecord,
    UserRecord,
)
from ssb_desktop.services import evaluation
from ssb_desktop.services.criteria import list_criteria
from ssb_desktop.services.permissions import Permission, permissions_of
from ssb_desktop.services.procurement import list_lots
from ssb_desktop.services.scoring import BidResult, KnockoutReason
from ssb_desktop.services.users import list_users
from ssb_desktop.settings import Settings
from ssb_desktop.views import grid_exchange, messages, unsaved
from ssb_desktop.views.bid_dialog import lot_text
from ssb_desktop.views.counts import Counts
from ssb_desktop.views.evaluator_dialog import EvaluatorDialog
from ssb_desktop.views.page import RECORD_KEYS, SUBMIT_KEYS, Page
from ssb_desktop.views.record_form import RecordForm
from ssb_desktop.views.results_chart import ChartBar, ChartSeries, ResultsChartWidget
from ssb_desktop.views.score_delegate import ScoreCombo, ScoringGridView
from ssb_desktop.views.tie_break_dialog import TieBreakDialog

T = TypeVar("T")

COMMITTEE_TAB, SCORING_TAB, CONSENSUS_TAB, RESULTS_TAB = range(4)


# --- seams for tests --------------------------------------------------------------------------


def exec_dialog(dialog: QDialog) -> bool:
    """Seam for tests: show ``dialog`` modally; True when the user accepted it."""
    return dialog.exec() == QDialog.DialogCode.Accepted


def ask_declaration(parent: QWidget, name: str, text: str) -> tuple[bool, str] | None:
    """Seam for tests: (has a conflict, statement) as signed, or None when cancelled."""
    dialog = DeclarationDialog(name, text, parent)
    try:
        if not exec_dialog(dialog):
            return None
        return dialog.has_conflict.isChecked(), dialog.statement.toPlainText().strip()
    finally:
        dialog.deleteLater()


def choose_minutes_path(parent: QWidget, suggested: str) -> str:
    """Seam for tests: where to write the minutes ("" when cancelled)."""
    name, _ = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("EvaluationPage", "Save the minutes"),
        suggested,
        QCoreApplication.translate("EvaluationPage", "PDF documents (*.pdf)"),
    )
    return name


def write_minutes_pdf(
    path: Path, content: MinutesContent, style: HouseStyleRecord | None = None
) -> Path:
    """Seam: render the minutes (documents/minutes.py) to ``path``."""
    from ssb_desktop.documents import minutes

    return minutes.write_minutes_pdf(path, content, style)


# --- small helpers ----------------------------------------------------------------------------


def notice_text(notice: Notice) -> str:
    """A notice's sentence in the current language, with its values filled in."""
    return translate_message(notice.context, notice.message, notice.params)


def _warning_item(parent: QWidget, text: str) -> QListWidgetItem:
    """A list line with a warning icon and its sentence: never colour alone."""
    item = QListWidgetItem(
        parent.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning), text
    )
    item.setToolTip(text)
    return item


def _plain_label(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def _steps_text(steps: int) -> str:
    return Counts().steps(steps)


def points_text(value: Decimal | None) -> str:
    """Points as shown everywhere: two decimals, Dutch notation (the engine ranks exactly)."""
    return format_points(value)


def _fixed_rows(table: QTableView | QTableWidget) -> None:
    rows = table.verticalHeader()
    rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    rows.setDefaultSectionSize(table.fontMetrics().height() + 10)


class DeclarationDialog(RecordForm[None]):
    """The declaration's text to read, with a box to report a conflict and a statement; the
    page signs what it says."""

    def __init__(self, name: str, text: str, parent: QWidget | None = None) -> None:
        super().__init__(None, parent)
        self.setWindowTitle(self.tr("Sign the declaration: {name}").format(name=name))
        body = QPlainTextEdit(text)
        body.setReadOnly(True)
        body.setAccessibleName(self.tr("Declaration"))
        self.has_conflict = QCheckBox(self.tr("I have a &conflict of interest"))
        self.statement = self.add_field("statement", QPlainTextEdit())
        self.statement.setAccessibleName(self.tr("Statement"))
        self.statement.setPlaceholderText(self.tr("Explain the conflict of interest"))
        self.statement.setTabChangesFocus(True)
        self.statement.setEnabled(False)
        self.has_conflict.toggled.connect(self.statement.setEnabled)
        self.has_conflict.toggled.connect(lambda _c: self.field_changed("statement"))
        layout = QVBoxLayout(self)
        layout.addWidget(body, 2)
        layout.addWidget(self.has_conflict)
        statement_label = QLabel(self.tr("S&tatement"))
        statement_label.setBuddy(self.statement)
        layout.addWidget(statement_label)
        layout.addWidget(self.holder("statement"), 1)
        layout.addWidget(self.save_buttons(self.tr("&Sign")))
        self.resize(560, 480)

    def check(self) -> dict[str, str]:
        if self.has_conflict.isChecked() and not self.statement.toPlainText().strip():
            return {"statement": self.tr("Explain the conflict of interest before signing.")}
        return {}


# --- the tabs ---------------------------------------------------------------------------------


class _Tab(QWidget):
    """A tab of the page: loads for one lot and tells whether it holds unsaved changes."""

    def __init__(self, page: EvaluationPage) -> None:
        super().__init__()
        self.page = page
        self.lot: LotRecord | None = None

    def load(self, lot: LotRecord | None) -> None:
        self.lot = lot

    def is_dirty(self) -> bool:
        return False

    def discard(self) -> None:
        """Forget unsaved changes (the user agreed)."""

    def save_changes(self) -> bool:
        """Save the tab's unsaved changes; True when nothing is left unsaved."""
        return True


class CommitteeTab(_Tab):
    """Evaluators of the lot, the committee's notices and the declarations."""

    def __init__(self, page: EvaluationPage) -> None:
        super().__init__(page)
        self.model: RecordTableModel[EvaluatorRecord] = RecordTableModel(
            EVALUATOR_COLUMNS, parent=self
        )
        self._users: list[UserRecord] = []
        self._groups: list[CriterionRecord] = []
        self.new_action = page._action(
            self.tr("&New evaluator…"), self.new_evaluator, [QKeySequence("Ctrl+N")]
        )
        self.edit_action = page._action(
            self.tr("&Edit…"),
            self.edit_current,
            [QKeySequence(Qt.Key.Key_Return), QKeySequence(Qt.Key.Key_Enter)],
            Qt.ShortcutContext.WidgetShortcut,
        )
        self.remove_action = page._action(self.tr("&Remove…"), self.remove_current)
        self.sign_action = page._action(
            self.tr("&Sign the declaration…"), self.sign_current, [QKeySequence("Ctrl+D")]
        )
        toolbar = QToolBar(self.tr("Committee"))
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        toolbar.addActions([self.new_action, self.edit_action, self.remove_action])
        toolbar.addSeparator()
        toolbar.addAction(self.sign_action)
        # Scoring grids in Excel and the evaluation dossier (views/grid_exchange.py).
        self.grid_actions = grid_exchange.add_grid_actions(
            page, toolbar, page.current_lot, page.changed
        )
        self.addActions([self.new_action, self.sign_action, *self.grid_actions[:2]])

        self.table = QTableView()
        self.table.setAccessibleName(self.tr("Evaluators"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().setVisible(False)
        _fixed_rows(self.table)
        for column, width in enumerate(EVALUATOR_COLUMN_WIDTHS):
            self.table.horizontalHeader().resizeSection(column, width)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.doubleClicked.connect(lambda _index: self.edit_current())
        self.table.addAction(self.edit_action)
        self.table.selectionModel().currentRowChanged.connect(lambda *_a: self._update_actions())

        self.notices = QListWidget()
        self.notices.setAccessibleName(self.tr("Notices about the committee"))
        self.declarations = QListWidget()
        self.declarations.setAccessibleName(self.tr("Declarations signed"))
        for listing in (self.notices, self.declarations):
            listing.setWordWrap(True)
        notices_box = QGroupBox(self.tr("Notices"))
        QVBoxLayout(notices_box).addWidget(self.notices)
        declarations_box = QGroupBox(self.tr("Declarations (history)"))
        QVBoxLayout(declarations_box).addWidget(self.declarations)
        below = QHBoxLayout()
        below.addWidget(notices_box, 1)
        below.addWidget(declarations_box, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(toolbar)
        layout.addWidget(self.table, 3)
        layout.addLayout(below, 2)
        self.setFocusProxy(self.table)
        self._update_actions()

    def load(self, lot: LotRecord | None) -> None:
        super().load(lot)
        if lot is None or lot.id is None:
            self.model.set_rows([])
            self.notices.clear()
            self.declarations.clear()
            self._update_actions()
            return
        lot_id = lot.id

        def fetch(
            session: Session,
        ) -> tuple[
            list[EvaluatorRecord],
            list[Notice],
            list[DeclarationRecord],
            list[UserRecord],
            list[CriterionRecord],
        ]:
            return (
                evaluation.list_evaluators(session, lot_id),
                evaluation.committee_notices(session, lot_id),
                evaluation.list_declarations(session, lot_id),
                list_users(session),
                list_criteria(session, lot_id),
            )

        loaded = self.page.read(fetch)
        if loaded is None:
            return
        evaluators, notices, declarations, self._users, criteria = loaded
        self._groups = [c for c in criteria if c.parent_id is None and not c.is_price]
        current = self.current_record()
        self.model.set_rows(evaluators)
        kept = current is not None and current.id is not None and self.select_id(current.id)
        if not kept and evaluators:
            self.table.setCurrentIndex(self.model.index(0, 0))
        self.notices.clear()
        for notice in notices:
            self.notices.addItem(_warning_item(self, notice_text(notice)))
        if not notices:
            self.notices.addItem(self.tr("No remarks about the committee."))
        names = {e.id: e.name for e in evaluators}
        self.declarations.clear()
        for declaration in sorted(declarations, key=lambda d: d.signed_at, reverse=True):
            self.declarations.addItem(self._declaration_line(declaration, names))
        if not declarations:
            self.declarations.addItem(self.tr("No declaration has been signed yet."))
        self._update_actions()

    def _declaration_line(
        self, declaration: DeclarationRecord, names: dict[int | None, str]
    ) -> QListWidgetItem:
        text = self.tr("{moment} — {name}, signed by {who} (text {version})").format(
            moment=format_moment(declaration.signed_at),
            name=names.get(declaration.evaluator_id, "?"),
            who=declaration.signed_by,
            version=declaration.text_version,
        )
        if declaration.has_conflict:
            text += " — " + self.tr("conflict of interest: {statement}").format(
                statement=declaration.statement
            )
            return _warning_item(self, text)
        return QListWidgetItem(text)

    def current_record(self) -> EvaluatorRecord | None:
        index = self.table.currentIndex()
        return self.model.row_at(index) if index.isValid() else None

    def select_id(self, evaluator_id: int) -> bool:
        index = self.model.index_for_key(evaluator_id)
        if index.isValid():
            self.table.setCurrentIndex(index)
        return index.isValid()

    def _update_actions(self) -> None:
        record = self.current_record()
        manage = self.page.can_manage(self.model.rows()) and self.lot is not None
        self.new_action.setEnabled(manage)
        self.edit_action.setEnabled(manage and record is not None)
        self.remove_action.setEnabled(manage and record is not None)
        mine = record is not None and record.user_id == self.page.db.actor.user_id
        self.sign_action.setEnabled(record is not None and (manage or mine))

    def _dialog(self, record: EvaluatorRecord) -> None:
        dialog = EvaluatorDialog(self.page.db, record, self._users, self._groups, self)
        if exec_dialog(dialog) and dialog.saved is not None:
            self.page.changed()
            if dialog.saved.id is not None:
                self.select_id(dialog.saved.id)
        dialog.deleteLater()

    def new_evaluator(self) -> None:
        if self.lot is None or self.lot.id is None:
            return
        self._dialog(EvaluatorRecord(id=None, lot_id=self.lot.id, name=""))

    def edit_current(self) -> None:
        record = self.current_record()
        if record is not None and self.edit_action.isEnabled():
            self._dialog(record)

    def remove_current(self) -> None:
        record = self.current_record()
        if record is None or record.id is None:
            return
        if not messages.confirm(
            self,
            self.tr("Remove evaluator"),
            self.tr("Remove {name} from the committee of this lot?").format(name=record.name),
            destructive=True,
            confirm_text=self.tr("Remove"),
        ):
            return
        evaluator_id, version = record.id, record.version
        if self.page.call(lambda s: evaluation.remove_evaluator(s, evaluator_id, version)) is None:
            # The service returns None on success too; a refusal has been shown.
            pass
        self.page.changed()

    def sign_current(self) -> None:
        record = self.current_record()
        if record is None or record.id is None:
            return
        text = QCoreApplication.translate(
            evaluation.DECLARATION_CONTEXT, evaluation.declaration_text()
        )
        answer = ask_declaration(self, record.name, text)
        if answer is None:
            return
        has_conflict, statement = answer
        evaluator_id = record.id
        signed = self.page.call(
            lambda s: evaluation.sign_declaration(
                s, evaluator_id, has_conflict=has_conflict, statement=statement
            )
        )
        if signed is not None:
            self.page.changed()
            self.select_id(evaluator_id)


class ScoringTab(_Tab):
    """The grid of one evaluator: bids by criteria, with descriptors and motivations."""

    def __init__(self, page: EvaluationPage) -> None:
        super().__init__(page)
        self.model = ScoringGridModel(self)
        self._evaluators: list[EvaluatorRecord] = []
        self._loading = False
        self.save_action = page._action(
            self.tr("&Save"),
            self._save_now,
            [QKeySequence(QKeySequence.StandardKey.Save)],
        )
        self.submit_action = page._action(self.tr("Submit and &lock…"), self.submit, SUBMIT_KEYS)
        toolbar = QToolBar(self.tr("Scoring"))
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        toolbar.addActions([self.save_action, self.submit_action])
        self.addActions([self.save_action, self.submit_action])

        self.evaluator = QComboBox()
        self.evaluator.setAccessibleName(self.tr("Evaluator"))
        self.evaluator.currentIndexChanged.connect(lambda _i: self._on_evaluator_chosen())
        self.evaluator_label = QLabel(self.tr("E&valuator"))
        self.evaluator_label.setBuddy(self.evaluator)
        self.status = _plain_label()
        self.status.setAccessibleName(self.tr("State of the scores"))
        top = QHBoxLayout()
        top.addWidget(self.evaluator_label)
        top.addWidget(self.evaluator, 1)
        top.addWidget(toolbar)
        top.addStretch(1)

        self.view = ScoringGridView()
        self.view.setAccessibleName(self.tr("Scores: bids by criteria"))
        self.view.setModel(self.model)
        _fixed_rows(self.view)
        self.view.horizontalHeader().setDefaultSectionSize(70)
        self.view.verticalHeader().setMinimumWidth(180)
        self.view.selectionModel().currentChanged.connect(lambda *_a: self._show_current())
        self.model.dataChanged.connect(lambda *_a: self._on_data_changed())
        self.model.dirty_changed.connect(lambda _d: self._update_status())
        grid_label = QLabel(self.tr("Scores (&grid)"))
        grid_label.setBuddy(self.view)

        self.criterion = _plain_label()
        bold = QFont(self.criterion.font())
        bold.setBold(True)
        self.criterion.setFont(bold)
        self.description = _plain_label()
        self.scale = _plain_label()
        self.scale.setAccessibleName(self.tr("Values of the scale"))
        self.price = _plain_label()
        self.motivation = QPlainTextEdit()
        self.motivation.setAccessibleName(self.tr("Motivation"))
        self.motivation.setTabChangesFocus(True)
        self.motivation.setPlaceholderText(self.tr("Why this score?"))
        self.motivation.textChanged.connect(self._on_motivation)
        motivation_label = QLabel(self.tr("&Motivation"))
        motivation_label.setBuddy(self.motivation)
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(self.criterion)
        side_layout.addWidget(self.description)
        scale_box = QGroupBox(self.tr("Scale"))
        QVBoxLayout(scale_box).addWidget(self.scale)
        side_layout.addWidget(scale_box)
        side_layout.addWidget(self.price)
        side_layout.addWidget(motivation_label)
        side_layout.addWidget(self.motivation, 1)
        side_scroll = QScrollArea()
        side_scroll.setWidget(side)
        side_scroll.setWidgetResizable(True)
        side_scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)

        grid_holder = QWidget()
        grid_layout = QVBoxLayout(grid_holder)
        grid_layout.setContentsMargins(0, 0, 0, 0)
        grid_layout.addWidget(grid_label)
        grid_layout.addWidget(self.view, 1)
        splitter = QSplitter()
        splitter.addWidget(grid_holder)
        splitter.addWidget(side_scroll)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.status)
        layout.addWidget(splitter, 1)
        self.setFocusProxy(self.view)
        self._update_status()

    # --- loading ----------------------------------------------------------------------------

    def load(self, lot: LotRecord | None) -> None:
        super().load(lot)
        self._evaluators = []
        chosen = self.evaluator.currentData()
        if lot is None or lot.id is None:
            self._fill_evaluators([], None)
            self._set_grid(None, "")
            return
        lot_id = lot.id
        officer = self.page.is_officer()

        def fetch(session: Session) -> tuple[list[EvaluatorRecord], EvaluatorRecord | None]:
            mine = evaluation.my_evaluator(session, lot_id)
            return (evaluation.list_evaluators(session, lot_id) if officer else []), mine

        loaded = self.page.read(fetch)
        if loaded is None:
            return
        others, mine = loaded
        seats = list(others)
        if mine is not None and all(e.id != mine.id for e in seats):
            seats.insert(0, mine)
        self._evaluators = seats
        if chosen is None or all(e.id != chosen for e in seats):
            chosen = mine.id if mine is not None else (seats[0].id if seats else None)
        self._fill_evaluators(seats, chosen)
        self._load_grid()

    def _fill_evaluators(self, seats: Sequence[EvaluatorRecord], chosen: int | None) -> None:
        self._loading = True
        try:
            self.evaluator.clear()
            for seat in seats:
                self.evaluator.addItem(seat.name, seat.id)
            self.evaluator.setCurrentIndex(max(0, self.evaluator.findData(chosen)))
        finally:
            self._loading = False
        several = len(seats) > 1
        self.evaluator.setVisible(several)
        self.evaluator_label.setVisible(several)

    def _on_evaluator_chosen(self) -> None:
        if self._loading:
            return
        self._load_grid()

    def _load_grid(self) -> None:
        evaluator_id = self.evaluator.currentData()
        if self.lot is None or self.lot.id is None or evaluator_id is None:
            self._set_grid(
                None, self.tr("You are not an evaluator of this lot.") if self.lot else ""
            )
            return
        lot_id = self.lot.id
        try:
            with self.page.db.transaction() as session:
                grid = evaluation.scoring_grid(session, lot_id, evaluator_id)
        except AppError as error:
            # Shown in the tab, not in a box: the tab stays empty until the reason is gone.
            self._set_grid(None, translate_error(error))
            return
        self._set_grid(grid, "")

    def _set_grid(self, grid: ScoringGrid | None, reason: str) -> None:
        current = self.view.currentIndex()
        self.model.set_grid(grid)
        self._reason = reason
        if grid is not None and self.model.rowCount() and self.model.columnCount() > 1:
            row = min(max(current.row(), 0), self.model.rowCount() - 1)
            column = min(max(current.column(), 0), self.model.columnCount() - 2)
            self.view.setCurrentIndex(self.model.index(row, column))
            self.view.horizontalHeader().setSectionResizeMode(
                self.model.progress_column(), QHeaderView.ResizeMode.Fixed
            )
        self._show_current()
        self._update_status()

    # --- the current cell -------------------------------------------------------------------

    def _show_current(self) -> None:
        index = self.view.currentIndex()
        criterion = self.model.criterion_at(index.column()) if index.isValid() else None
        self._loading = True
        try:
            cell = self.model.cell_of(index)
            if criterion is None or cell is None:
                self.criterion.setText("")
                self.description.setText("")
                self.scale.setText("")
                self.price.setText("")
                self.motivation.setPlainText("")
                self.motivation.setEnabled(False)
                return
            self.criterion.setText(
                f"{criterion.path}\n"
                + self.tr("Weight: {weight} points").format(weight=format_number(criterion.weight))
            )
            self.description.setText(criterion.description)
            score = self.model.score(cell)
            # An arrow, not a colour, marks the value given.
            lines = [
                ("► " if v.value == score else "    ") + scale_text(v) for v in criterion.scale
            ]
            if criterion.knockout_minimum is not None:
                lines.append(
                    self.tr("Minimum (knock-out): {value}").format(
                        value=format_number(criterion.knockout_minimum)
                    )
                )
            self.scale.setText("\n".join(lines))
            bid = self.model.bid_at(index.row())
            self.price.setText(
                self.tr("Price of {bid}: {price}").format(
                    bid=bid.label, price=format_money(bid.price)
                )
                if bid.price is not None
                else ""
            )
            self.motivation.setPlainText(self.model.motivation(cell))
            self.motivation.setEnabled(bool(self.model.flags(index) & Qt.ItemFlag.ItemIsEditable))
        finally:
            self._loading = False

    def _on_data_changed(self) -> None:
        self._update_status()
        if not self.motivation.hasFocus():
            self._show_current()

    def _on_motivation(self) -> None:
        if self._loading:
            return
        index = self.view.currentIndex()
        if index.isValid():
            self.model.set_motivation(index, self.motivation.toPlainText())

    def _update_status(self) -> None:
        grid = self.model.grid()
        editable = grid is not None and not grid.submitted
        self.save_action.setEnabled(editable and self.model.is_dirty())
        self.submit_action.setEnabled(editable)
        if grid is None:
            self.status.setText(getattr(self, "_reason", ""))
            return
        if grid.submitted:
            moment = format_moment(grid.evaluator.submitted_at)
            text = self.tr("Submitted and locked on {moment}: the scores can no longer be changed.")
            self.status.setText(text.format(moment=moment))
            return
        parts = [self.tr("Type a score, Enter for the next bid, Tab for the next criterion.")]
        changed = len(self.model.changed_entries())
        if changed:
            parts.append(self.tr("%n changes not saved (Ctrl+S saves).", "", changed))
        if grid.motivation_required and self.model.missing_motivations():
            parts.append(
                self.tr("%n scores still need a motivation.", "", self.model.missing_motivations())
            )
        self.status.setText(" ".join(parts))

    # --- saving -----------------------------------------------------------------------------

    def is_dirty(self) -> bool:
        return self.model.is_dirty()

    def discard(self) -> None:
        self.model.set_grid(None)

    def save_changes(self) -> bool:
        return self.save()

    def _save_now(self) -> None:
        self.save()

    def save(self) -> bool:
        """Store the changed cells; True when nothing is left unsaved."""
        grid = self.model.grid()
        if grid is None or not self.model.is_dirty():
            return True
        evaluator_id = grid.evaluator.id
        assert evaluator_id is not None
        entries = self.model.changed_entries()
        try:
            with self.page.db.transaction() as session:
                evaluation.save_scores(session, evaluator_id, entries)
        except ConflictError as error:
            messages.show_error(self, error)
            return False
        except AppError as error:
            messages.show_error(self, error)
            return False
        self._load_grid()
        self.page.data_changed.emit()
        return True

    def _go_to_first_unmotivated(self) -> None:
        index = self.model.first_needing_motivation()
        if index is not None:
            self.view.setCurrentIndex(index)
            self.view.setFocus()

    def submit(self) -> None:
        grid = self.model.grid()
        if grid is None or grid.submitted or not self.save():
            return
        evaluator_id = grid.evaluator.id
        assert evaluator_id is not None
        # What is missing is named first: asking "are you sure?" only to refuse is a waste.
        if self.page.call(lambda s: evaluation.check_submission(s, evaluator_id)) is None:
            self._go_to_first_unmotivated()
            return
        if not messages.confirm(
            self,
            self.tr("Submit and lock"),
            self.tr(
                "Submit your scores for lot {lot}? After submitting they are locked and "
                "cannot be changed any more."
            ).format(lot=grid.lot_label),
            confirm_text=self.tr("Submit and lock"),
        ):
            return
        if self.page.call(lambda s: evaluation.submit_scores(s, evaluator_id)) is not None:
            self._load_grid()
            self.page.data_changed.emit()


class _ConsensusCellWork:
    """The consensus typed for the chosen cell, as unsaved work (views.unsaved)."""

    def __init__(self, tab: ConsensusTab) -> None:
        self.tab = tab

    def has_unsaved_changes(self) -> bool:
        return self.tab._dirty

    def save_changes(self) -> bool:
        return self.tab.save()

    def discard_changes(self) -> None:
        self.tab._dirty = False


class ConsensusTab(_Tab):
    """Per bid and criterion the individual scores side by side, the consensus, the meetings."""

    def __init__(self, page: EvaluationPage) -> None:
        super().__init__(page)
        self.overview: ConsensusOverview | None = None
        self._meetings: list[MeetingRecord] = []
        self._dirty = False
        self._meeting_dirty = False
        self._cell_key: tuple[int, int] | None = None
        self._loading = False
        self._base_size = self.font().pointSizeF()
        self.larger_action = page._action(
            self.tr("&Larger text"),
            lambda: self.zoom(1),
            [QKeySequence("Ctrl++"), QKeySequence("Ctrl+=")],
        )
        self.smaller_action = page._action(
            self.tr("S&maller text"), lambda: self.zoom(-1), [QKeySequence("Ctrl+-")]
        )
        self.save_action = page._action(
            self.tr("&Save consensus"),
            self._save_typed,
            [QKeySequence(QKeySequence.StandardKey.Save)],
        )
        self.average_action = page._action(self.tr("Take the &averages…"), self.take_averages)
        toolbar = QToolBar(self.tr("Consensus"))
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        toolbar.addActions([self.save_action, self.average_action])
        toolbar.addSeparator()
        toolbar.addActions([self.larger_action, self.smaller_action])
        self.addActions([self.larger_action, self.smaller_action, self.save_action])

        self.flags = QListWidget()
        self.flags.setAccessibleName(self.tr("Remarks about the evaluators"))
        self.flags.setMaximumHeight(90)
        # Agreement per criterion (Krippendorff's alpha) with the cells it rests on.
        self.agreement = _plain_label()
        self.agreement.setAccessibleName(self.tr("Agreement between the evaluators"))
        self.cells = QListWidget()
        self.cells.setAccessibleName(self.tr("Bids and criteria, most disagreement first"))
        self.cells.currentRowChanged.connect(self._on_cell_chosen)
        self.cells.setAlternatingRowColors(True)
        self.cells.setSpacing(2)
        self.cells.setWordWrap(True)
        cells_label = QLabel(self.tr("&Bids and criteria, most disagreement first"))
        cells_label.setBuddy(self.cells)

        self.title = _plain_label()
        bold = QFont(self.title.font())
        bold.setBold(True)
        self.title.setFont(bold)
        self.individual = QTableWidget(0, 3)
        self.individual.setAccessibleName(self.tr("Individual scores"))
        self.individual.setHorizontalHeaderLabels(
            [self.tr("Evaluator"), self.tr("Score"), self.tr("Motivation")]
        )
        self.individual.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.individual.setTabKeyNavigation(False)
        self.individual.verticalHeader().setVisible(False)
        self.individual.horizontalHeader().setStretchLastSection(True)
        self.individual.horizontalHeader().resizeSection(0, 170)
        self.individual.horizontalHeader().resizeSection(1, 70)
        self.individual.setWordWrap(True)
        self.cell_flags = QListWidget()
        self.cell_flags.setAccessibleName(self.tr("Remarks about this score"))
        self.cell_flags.setMaximumHeight(70)
        self.score = ScoreCombo(())
        self.score.setAccessibleName(self.tr("Consensus score"))
        self.score.currentIndexChanged.connect(lambda _i: self._mark_dirty())
        self.motivation = QPlainTextEdit()
        self.motivation.setAccessibleName(self.tr("Motivation of the consensus"))
        self.motivation.setTabChangesFocus(True)
        self.motivation.textChanged.connect(self._mark_dirty)
        self.save_button = QPushButton(self.tr("Save consensus"))
        self.save_button.clicked.connect(self.save)
        form = QFormLayout()
        score_label = QLabel(self.tr("&Consensus"))
        score_label.setBuddy(self.score)
        form.addRow(score_label, self.score)
        motivation_label = QLabel(self.tr("M&otivation"))
        motivation_label.setBuddy(self.motivation)
        form.addRow(motivation_label, self.motivation)
        form.addRow("", self.save_button)
        detail = QWidget()
        detail_layout = QVBoxLayout(detail)
        detail_layout.setContentsMargins(0, 0, 0, 0)
        detail_layout.addWidget(self.title)
        detail_layout.addWidget(self.individual, 2)
        detail_layout.addWidget(self.cell_flags)
        detail_layout.addLayout(form, 1)
        cells_holder = QWidget()
        cells_layout = QVBoxLayout(cells_holder)
        cells_layout.setContentsMargins(0, 0, 0, 0)
        cells_layout.addWidget(cells_label)
        cells_layout.addWidget(self.cells)
        top = QSplitter()
        top.addWidget(cells_holder)
        top.addWidget(detail)
        top.setStretchFactor(0, 2)
        top.setStretchFactor(1, 3)

        self.meetings_box = self._build_meetings()
        vertical = QSplitter(Qt.Orientation.Vertical)
        vertical.addWidget(top)
        vertical.addWidget(self.meetings_box)
        vertical.setStretchFactor(0, 3)
        vertical.setStretchFactor(1, 1)
        self.summary = _plain_label()
        layout = QVBoxLayout(self)
        layout.addWidget(toolbar)
        layout.addWidget(self.summary)
        layout.addWidget(self.flags)
        layout.addWidget(self.agreement)
        layout.addWidget(vertical, 1)
        self.setFocusProxy(self.cells)
        self._update_actions()

    def _build_meetings(self) -> QGroupBox:
        box = QGroupBox(self.tr("Meetings"))
        self.meeting = QComboBox()
        self.meeting.setAccessibleName(self.tr("Meeting"))
        self.meeting.currentIndexChanged.connect(lambda _i: self._show_meeting())
        self.held_at = QDateTimeEdit()
        self.held_at.setDisplayFormat("dd-MM-yyyy HH:mm")
        self.held_at.setCalendarPopup(True)
        self.held_at.setAccessibleName(self.tr("Held at"))
        self.held_at.dateTimeChanged.connect(lambda _m: self._mark_meeting_dirty())
        self.present = QPlainTextEdit()
        self.present.setAccessibleName(self.tr("Present"))
        self.present.setPlaceholderText(self.tr("One name per line"))
        self.present.setTabChangesFocus(True)
        self.present.textChanged.connect(self._mark_meeting_dirty)
        self.decisions = QPlainTextEdit()
        self.decisions.setAccessibleName(self.tr("Decisions"))
        self.decisions.setTabChangesFocus(True)
        self.decisions.textChanged.connect(self._mark_meeting_dirty)
        self.new_meeting_button = QPushButton(self.tr("&New meeting"))
        self.new_meeting_button.clicked.connect(self.new_meeting)
        self.save_meeting_button = QPushButton(self.tr("Save &meeting"))
        self.save_meeting_button.clicked.connect(self.save_meeting)
        self.minutes_button = QPushButton(self.tr("Minutes as &PDF…"))
        self.minutes_button.clicked.connect(self.write_minutes)
        self.print_minutes_button = QPushButton(self.tr("Pr&int minutes…"))
        self.print_minutes_button.clicked.connect(self.print_minutes)
        buttons = QVBoxLayout()
        for button in (
            self.new_meeting_button,
            self.save_meeting_button,
            self.minutes_button,
            self.print_minutes_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        form = QFormLayout()
        for text, widget in (
            (self.tr("Mee&ting"), self.meeting),
            (self.tr("&Held at"), self.held_at),
        ):
            label = QLabel(text)
            label.setBuddy(widget)
            form.addRow(label, widget)
        fields = QHBoxLayout()
        fields.addLayout(form, 1)
        for caption, editor in (
            (self.tr("&Present"), self.present),
            (self.tr("&Decisions"), self.decisions),
        ):
            column = QVBoxLayout()
            label = QLabel(caption)
            label.setBuddy(editor)
            column.addWidget(label)
            column.addWidget(editor)
            fields.addLayout(column, 2)
        fields.addLayout(buttons)
        box.setLayout(fields)
        return box

    # --- loading ----------------------------------------------------------------------------

    def load(self, lot: LotRecord | None) -> None:
        super().load(lot)
        self.overview = None
        self._meetings = []
        if lot is None or lot.id is None:
            self._show_overview(None, "")
            self._fill_meetings(None)
            return
        lot_id = lot.id
        try:
            with self.page.db.transaction() as session:
                overview = evaluation.consensus_overview(session, lot_id)
                meetings = evaluation.list_meetings(session, lot_id)
        except AppError as error:
            self._show_overview(None, translate_error(error))
            self._fill_meetings(None)
            return
        self._meetings = meetings
        self._show_overview(overview, "")
        self._fill_meetings(None)

    def _agreement_text(self, overview: ConsensusOverview | None) -> str:
        if overview is None or not overview.agreement:
            return ""
        lines = [self.tr("Agreement per criterion (Krippendorff's alpha, ordinal; 1 = full):")]
        for item in overview.agreement:
            if item.alpha is None:
                lines.append(
                    self.tr(
                        "{criterion}: cannot be computed ({cells} cells, {scores} scores)"
                    ).format(criterion=item.criterion_title, cells=item.cells, scores=item.scores)
                )
            else:
                lines.append(
                    self.tr("{criterion}: {alpha} ({cells} cells, {scores} scores)").format(
                        criterion=item.criterion_title,
                        alpha=format_number(item.alpha),
                        cells=item.cells,
                        scores=item.scores,
                    )
                )
        return "\n".join(lines)

    def _show_overview(self, overview: ConsensusOverview | None, reason: str) -> None:
        chosen = self._current_key()
        self.overview = overview
        self._loading = True
        try:
            self.cells.clear()
            self.flags.clear()
            self.agreement.setText(self._agreement_text(overview))
            self.agreement.setVisible(bool(overview and overview.agreement))
            if overview is None:
                self.summary.setText(reason)
                self.flags.setVisible(False)
            else:
                self.summary.setText(self._summary(overview))
                for notice in overview.evaluator_flags:
                    self.flags.addItem(_warning_item(self, notice_text(notice)))
                self.flags.setVisible(bool(overview.evaluator_flags))
                for cell in overview.cells:
                    self.cells.addItem(self._cell_item(cell))
        finally:
            self._loading = False
        row = 0
        if overview is not None and chosen is not None:
            row = next(
                (i for i, c in enumerate(overview.cells) if (c.bid_id, c.criterion_id) == chosen),
                0,
            )
        if self.cells.count():
            self.cells.setCurrentRow(row)
        self._on_cell_chosen(self.cells.currentRow())
        self._update_actions()

    def _summary(self, overview: ConsensusOverview) -> str:
        done = sum(1 for c in overview.cells if c.consensus is not None)
        text = self.tr("{done} of {total} consensus scores set.").format(
            done=done, total=len(overview.cells)
        )
        if overview.missing:
            text += " " + self.tr("Not yet submitted: {names}.").format(
                names=", ".join(overview.missing)
            )
        return text

    def _cell_item(self, cell: ConsensusCell) -> QListWidgetItem:
        scores = " · ".join(format_number(score) or "—" for _name, score, _m in cell.individual)
        consensus = (
            self.tr("consensus {score}").format(score=format_number(cell.consensus))
            if cell.consensus is not None
            else self.tr("no consensus yet")
        )
        text = f"{cell.bid_label} — {cell.criterion_title}\n{scores}   ({consensus})"
        if cell.flags:
            item = _warning_item(self, text)
            item.setToolTip("\n".join(notice_text(n) for n in cell.flags))
            return item
        return QListWidgetItem(text)

    def _current_key(self) -> tuple[int, int] | None:
        cell = self.current_cell()
        return (cell.bid_id, cell.criterion_id) if cell is not None else None

    def current_cell(self) -> ConsensusCell | None:
        row = self.cells.currentRow()
        if self.overview is None or not 0 <= row < len(self.overview.cells):
            return None
        return self.overview.cells[row]

    def _key_at(self, row: int) -> tuple[int, int] | None:
        if self.overview is None or not 0 <= row < len(self.overview.cells):
            return None
        cell = self.overview.cells[row]
        return (cell.bid_id, cell.criterion_id)

    def _select_key(self, key: tuple[int, int] | None, *, quietly: bool) -> None:
        cells = self.overview.cells if self.overview is not None else ()
        row = next((i for i, c in enumerate(cells) if (c.bid_id, c.criterion_id) == key), -1)
        if row < 0:
            return
        self._loading = quietly
        try:
            self.cells.setCurrentRow(row)
        finally:
            self._loading = False

    def _on_cell_chosen(self, row: int) -> None:
        if self._loading:
            return
        wanted = self._key_at(row)
        if self._dirty and self._cell_key is not None and wanted != self._cell_key:
            # Another cell was chosen while this consensus is typed but not saved: ask first.
            self._select_key(self._cell_key, quietly=True)
            if unsaved.settle(self, _ConsensusCellWork(self)):
                self._select_key(wanted, quietly=False)
            return
        self._cell_key = wanted
        cell = self.current_cell()
        self._loading = True
        try:
            self.individual.setRowCount(0)
            self.cell_flags.clear()
            if cell is None:
                self.title.setText("")
                self._set_scale(())
                self.motivation.setPlainText("")
                return
            self.title.setText(f"{cell.bid_label} — {cell.criterion_title}")
            self.individual.setRowCount(len(cell.individual))
            for number, (name, score, motivation) in enumerate(cell.individual):
                self.individual.setItem(number, 0, QTableWidgetItem(name))
                score_item = QTableWidgetItem(format_number(score) or "—")
                score_item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                self.individual.setItem(number, 1, score_item)
                motivation_item = QTableWidgetItem(motivation)
                motivation_item.setToolTip(motivation)
                self.individual.setItem(number, 2, motivation_item)
            self.individual.resizeRowsToContents()
            for notice in cell.flags:
                self.cell_flags.addItem(_warning_item(self, notice_text(notice)))
            mean = format_number(cell.mean.quantize(Decimal("0.01"))) if cell.mean else "—"
            self.cell_flags.addItem(
                self.tr("Mean {mean}, spread {steps}").format(
                    mean=mean, steps=_steps_text(cell.spread_steps)
                )
            )
            self._set_scale(cell.scale)
            self.score.set_score(cell.consensus)
            self.motivation.setPlainText(cell.consensus_motivation)
        finally:
            self._loading = False
            self._dirty = False
            self._update_actions()

    def _set_scale(self, scale: Sequence[ScaleValueRecord]) -> None:
        self.score.set_scale(tuple(scale))

    def zoom(self, step: int) -> None:
        """Larger or smaller text for a projector (Ctrl++ / Ctrl+-)."""
        font = self.font()
        size = font.pointSizeF() if font.pointSizeF() > 0 else self._base_size
        size = min(max(self._base_size * 0.8, size + 2 * step), self._base_size * 3)
        font.setPointSizeF(size)
        self.setFont(font)
        for widget in (self.title, self.individual, self.cells):
            widget.setFont(font)
        self.individual.resizeRowsToContents()

    # --- changing ---------------------------------------------------------------------------

    def _mark_dirty(self) -> None:
        if not self._loading:
            self._dirty = True
            self._update_actions()

    def _mark_meeting_dirty(self) -> None:
        if not self._loading:
            self._meeting_dirty = True

    def is_dirty(self) -> bool:
        return self._dirty or self._meeting_dirty

    def discard(self) -> None:
        self._dirty = False
        self._meeting_dirty = False

    def save_changes(self) -> bool:
        if self._dirty and not self.save():
            return False
        return not self._meeting_dirty or self.save_meeting()

    def _update_actions(self) -> None:
        cell = self.current_cell()
        self.save_action.setEnabled(cell is not None and self._dirty)
        self.save_button.setEnabled(cell is not None and self._dirty)
        self.score.setEnabled(cell is not None)
        self.motivation.setEnabled(cell is not None)
        overview = self.overview
        self.average_action.setEnabled(overview is not None and overview.use_average)
        self.average_action.setVisible(overview is None or overview.use_average)
        has_lot = self.lot is not None and overview is not None
        self.new_meeting_button.setEnabled(has_lot)
        self.save_meeting_button.setEnabled(has_lot)
        self.minutes_button.setEnabled(has_lot)
        self.print_minutes_button.setEnabled(has_lot)

    def _save_typed(self) -> None:
        self.save()

    def save(self) -> bool:
        """Store the consensus typed for the chosen cell; True when it was stored."""
        cell = self.current_cell()
        if cell is None:
            return False
        score = self.score.score()
        if score is None:
            messages.show_info(
                self,
                self.tr("No consensus score"),
                self.tr("Choose the consensus score before saving."),
            )
            return False
        motivation = self.motivation.toPlainText().strip()
        stored = self.page.call(
            lambda s: evaluation.set_consensus(
                s, cell.bid_id, cell.criterion_id, score, motivation, cell.consensus_version
            )
        )
        if stored is None:
            return False
        self._dirty = False
        self.page.data_changed.emit()
        self.load(self.lot)
        self._select_next_open((cell.bid_id, cell.criterion_id))
        return True

    def _select_next_open(self, after: tuple[int, int]) -> None:
        """Go on to the next cell without a consensus (after ``after``, wrapping round), so
        that the meeting can work through the list; stay put when every cell has one."""
        cells = self.overview.cells if self.overview is not None else ()
        start = next((i for i, c in enumerate(cells) if (c.bid_id, c.criterion_id) == after), -1)
        for step in range(1, len(cells) + 1):
            row = (start + step) % len(cells)
            if cells[row].consensus is None:
                self.cells.setCurrentRow(row)
                return

    def take_averages(self) -> None:
        if self.lot is None or self.lot.id is None:
            return
        if not messages.confirm(
            self,
            self.tr("Take the averages"),
            self.tr(
                "Set every consensus score to the average of the individual scores? "
                "Consensus scores set so far are replaced."
            ),
            destructive=True,
            confirm_text=self.tr("Take the averages"),
        ):
            return
        lot_id = self.lot.id
        count = self.page.call(lambda s: evaluation.adopt_averages(s, lot_id))
        if count is not None:
            self._dirty = False
            self.page.data_changed.emit()
            self.load(self.lot)

    # --- meetings ---------------------------------------------------------------------------

    def _fill_meetings(self, chosen: int | None) -> None:
        self._loading = True
        try:
            self.meeting.clear()
            for meeting in self._meetings:
                self.meeting.addItem(format_moment(meeting.held_at), meeting.id)
            if not self._meetings:
                self.meeting.addItem(self.tr("(new meeting)"), None)
            index = self.meeting.findData(chosen) if chosen is not None else -1
            self.meeting.setCurrentIndex(index if index >= 0 else self.meeting.count() - 1)
        finally:
            self._loading = False
        self._show_meeting()

    def _meeting_id(self) -> int | None:
        data = self.meeting.currentData()
        return data if isinstance(data, int) else None

    def _show_meeting(self) -> None:
        if self._loading:
            return
        meeting = next((m for m in self._meetings if m.id == self._meeting_id()), None)
        self._loading = True
        try:
            moment = meeting.held_at if meeting is not None else datetime.now(UTC)
            local = moment.astimezone(LOCAL_ZONE)
            self.held_at.setDateTime(
                QDateTime(local.year, local.month, local.day, local.hour, local.minute, 0)
            )
            if meeting is not None:
                self.present.setPlainText(meeting.present)
            elif self.overview is not None and self.overview.cells:
                names = [name for name, _s, _m in self.overview.cells[0].individual]
                self.present.setPlainText("\n".join(names))
            else:
                self.present.setPlainText("")
            self.decisions.setPlainText(meeting.decisions if meeting is not None else "")
        finally:
            self._loading = False
            self._meeting_dirty = False
        self._update_actions()

    def new_meeting(self) -> None:
        self._loading = True
        try:
            self.meeting.addItem(self.tr("(new meeting)"), None)
            self.meeting.setCurrentIndex(self.meeting.count() - 1)
        finally:
            self._loading = False
        self._show_meeting()
        self.held_at.setFocus(Qt.FocusReason.OtherFocusReason)

    def save_meeting(self) -> bool:
        if self.lot is None or self.lot.id is None:
            return False
        meeting_id = self._meeting_id()
        current = next((m for m in self._meetings if m.id == meeting_id), None)
        moment = self.held_at.dateTime().toPython()
        assert isinstance(moment, datetime)
        record = MeetingRecord(
            id=meeting_id,
            lot_id=self.lot.id,
            held_at=moment.replace(tzinfo=LOCAL_ZONE).astimezone(UTC),
            present=self.present.toPlainText().strip(),
            decisions=self.decisions.toPlainText().strip(),
            version=current.version if current is not None else 0,
        )
        saved = self.page.call(lambda s: evaluation.save_meeting(s, record))
        if saved is None:
            return False
        lot_id = self.lot.id
        self._meetings = self.page.read(lambda s: evaluation.list_meetings(s, lot_id)) or []
        self._meeting_dirty = False
        self._fill_meetings(saved.id)
        self.page.data_changed.emit()
        return True

    def _minutes(self) -> tuple[MinutesContent, HouseStyleRecord] | None:
        """The minutes of the meeting shown, with the house style whose template lays them
        out; the meeting is saved first, as the minutes are of a stored meeting."""
        if (self._meeting_dirty or self._meeting_id() is None) and not self.save_meeting():
            return None
        meeting_id = self._meeting_id()
        if meeting_id is None or self.lot is None:
            return None
        from ssb_desktop.services.house_style import get_house_style

        return self.page.call(
            lambda s: (evaluation.write_minutes(s, meeting_id), get_house_style(s))
        )

    def print_minutes(self) -> None:
        """Print the minutes (or save them as PDF from the print preview)."""
        loaded = self._minutes()
        if loaded is None:
            return
        content, style = loaded
        from ssb_desktop.documents.minutes import minutes_html, minutes_title
        from ssb_desktop.views.printing import preview_document

        preview_document(self, minutes_title(content), minutes_html(content, style))

    def write_minutes(self) -> None:
        loaded = self._minutes()
        if loaded is None:
            return
        content, style = loaded
        from ssb_desktop.documents.minutes import file_name

        suggested = file_name(content)
        name = choose_minutes_path(
            self, str(Path(self.page.settings.last_folder("minutes")) / suggested)
        )
        if not name:
            return
        try:
            write_minutes_pdf(Path(name), content, style)
        except AppError as error:
            messages.show_error(self, error)
            return
        except OSError as error:
            messages.show_info(
                self,
                self.tr("Minutes not written"),
                self.tr("The minutes could not be written to {path}: {reason}").format(
                    path=name, reason=error.strerror or str(error)
                ),
            )
            return
        self.page.settings.set_last_folder("minutes", Path(name).parent)
        messages.show_info(
            self,
            self.tr("Minutes written"),
            self.tr("The minutes have been saved as {path}.").format(path=name),
        )


class ResultsTab(_Tab):
    """The ranking with points per main criterion, the chart and the robustness analysis."""

    def __init__(self, page: EvaluationPage) -> None:
        super().__init__(page)
        self.results: evaluation.LotResults | None = None
        self.model: RecordTableModel[BidResult] = RecordTableModel(
            (), key=lambda r: r.key, parent=self
        )
        self.adopt_action = page._action(self.tr("&Record the result…"), self.adopt, RECORD_KEYS)
        self.draw_action = page._action(
            self.tr("Record the &drawing of lots…"), self.draw_lots, [QKeySequence("Ctrl+Shift+L")]
        )
        toolbar = QToolBar(self.tr("Results"))
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        toolbar.addAction(self.adopt_action)
        toolbar.addAction(self.draw_action)
        self.addActions([self.adopt_action, self.draw_action])
        self.summary = _plain_label()
        self.summary.setAccessibleName(self.tr("Summary of the result"))
        self.table = QTableView()
        self.table.setAccessibleName(self.tr("Ranking"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().setVisible(False)
        _fixed_rows(self.table)
        self.chart = ResultsChartWidget()
        self.robustness = _plain_label()
        self.robustness.setAccessibleName(self.tr("Robustness of the result"))
        robustness_box = QGroupBox(self.tr("Robustness"))
        QVBoxLayout(robustness_box).addWidget(self.robustness)
        # A tie for first place is said here, before anyone opens the award dialog.
        self.tie_notice = QLabel()
        self.tie_notice.setWordWrap(True)
        self.tie_notice.setTextFormat(Qt.TextFormat.PlainText)
        self.tie_notice.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.tie_notice.setAccessibleName(self.tr("Tie for first place"))
        bold = self.tie_notice.font()
        bold.setBold(True)
        self.tie_notice.setFont(bold)
        self.tie_notice.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(toolbar)
        layout.addWidget(self.tie_notice)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 2)
        layout.addWidget(self.chart, 2)
        layout.addWidget(robustness_box)
        self.setFocusProxy(self.table)
        self.adopt_action.setEnabled(False)
        self.draw_action.setEnabled(False)
        self.tie_breaks: list[TieBreakRecord] = []

    def load(self, lot: LotRecord | None) -> None:
        super().load(lot)
        self.results = None
        if lot is None or lot.id is None:
            self._show(None, "")
            return
        lot_id = lot.id
        try:
            with self.page.db.transaction() as session:
                self.tie_breaks = evaluation.list_tie_breaks(session, lot_id)
                results = evaluation.lot_results(session, lot_id)
        except AppError as error:
            self._show(None, translate_error(error))
            return
        self._show(results, "")

    def _bid_label(self, key: object) -> str:
        if self.results is None or not isinstance(key, int):
            return str(key)
        return self.results.bid_labels.get(key, str(key))

    def _criterion_title(self, key: object) -> str:
        if self.results is None or not isinstance(key, int):
            return str(key)
        return self.results.criterion_titles.get(key, str(key))

    def _knockout_text(self, result: BidResult) -> str:
        knockout = result.knockout
        if knockout is None:
            if not result.active:
                return self.tr("Withdrawn or excluded")
            return ""
        if knockout.reason is KnockoutReason.ABOVE_BUDGET:
            return self.tr("Price {price} above the budget {budget}").format(
                price=format_money(knockout.value), budget=format_money(knockout.limit)
            )
        return self.tr("{criterion}: {score} below the minimum {minimum}").format(
            criterion=self._criterion_title(knockout.criterion_key),
            score=format_number(knockout.value),
            minimum=format_number(knockout.limit),
        )

    def _series(self, results: evaluation.LotResults) -> list[tuple[str, str, object]]:
        """(code, title, key) per main criterion, with price points where price is apart."""
        series: list[tuple[str, str, object]] = [
            (c.code or c.title, c.title, c.id) for c in results.main_criteria
        ]
        has_price_criterion = any(c.is_price for c in results.criteria)
        if not has_price_criterion and any(r.price_points is not None for r in results.result.bids):
            series.append((self.tr("Price"), self.tr("Price points"), None))
        return series

    def _columns(self, results: evaluation.LotResults) -> list[Column[BidResult]]:
        def points(key: object) -> Callable[[BidResult], Decimal | None]:
            if key is None:
                return lambda r: r.price_points
            return lambda r: r.main_contributions.get(key)  # type: ignore[call-overload]

        columns: list[Column[BidResult]] = [
            Column(N_("Columns", "Rank"), lambda r: r.rank, alignment=ALIGN_CENTER),
            Column(N_("Columns", "Bid"), lambda r: self._bid_label(r.key)),
            Column(
                N_("Columns", "Total"),
                lambda r: r.total,
                format=points_text,
                alignment=ALIGN_RIGHT,
            ),
        ]
        for code, _title, key in self._series(results):
            columns.append(Column(code, points(key), format=points_text, alignment=ALIGN_RIGHT))
        columns.append(
            Column(
                N_("Columns", "Price"),
                lambda r: r.price,
                format=format_money,
                alignment=ALIGN_RIGHT,
            )
        )
        if any(r.fictitious_price is not None for r in results.result.bids):
            columns.append(
                Column(
                    N_("Columns", "Fictitious price"),
                    lambda r: r.fictitious_price,
                    format=format_money,
                    alignment=ALIGN_RIGHT,
                )
            )
        columns.append(Column(N_("Columns", "Knock-out"), self._knockout_text))
        return columns

    def _show(self, results: evaluation.LotResults | None, reason: str) -> None:
        self.results = results
        manager = results is not None and self.page.can_manage(())
        self.adopt_action.setEnabled(manager)
        self.draw_action.setEnabled(manager and results is not None and bool(results.result.ties))
        tie = "" if results is None else self.first_place_tie(results)
        self.tie_notice.setText(tie)
        self.tie_notice.setVisible(bool(tie))
        if results is None:
            self.model = RecordTableModel((), key=lambda r: r.key, parent=self)
            self.table.setModel(self.model)
            self.summary.setText(reason)
            self.chart.set_data((), ())
            self.robustness.setText("")
            return
        self.model = RecordTableModel(self._columns(results), key=lambda r: r.key, parent=self)
        ranked = sorted(
            results.result.bids,
            key=lambda r: (r.rank is None, r.rank or 0),
        )
        self.model.set_rows(ranked)
        self.table.setModel(self.model)
        header = self.table.horizontalHeader()
        header.resizeSection(1, 260)
        header.setStretchLastSection(True)
        self.summary.setText(self._summary_text(results))
        series = self._series(results)
        bars = []
        for bid in ranked:
            values = tuple(
                (bid.price_points if key is None else bid.main_contributions.get(key))  # type: ignore[call-overload]
                or Decimal(0)
                for _code, _title, key in series
            )
            note = (
                "" if bid.total is not None and bid.rank is not None else self._knockout_text(bid)
            )
            bars.append(ChartBar(self._bid_label(bid.key), values, bid.total, note))
        self.chart.set_data([ChartSeries(code, title) for code, title, _k in series], bars)
        self.robustness.setText(self._robustness_text(results))

    def _summary_text(self, results: evaluation.LotResults) -> str:
        result = results.result
        lines = [
            self.tr("Method: {method}. Dropout rule applied: {rule}.").format(
                method=QCoreApplication.translate(
                    "AwardMethod", AWARD_METHOD_LABELS[result.award_method]
                ),
                rule=QCoreApplication.translate(
                    "DropoutRule", DROPOUT_RULE_LABELS[result.dropout_rule]
                ),
            )
        ]
        if result.winner is not None:
            winner = result.bid(result.winner)
            lines.append(
                self.tr("Winner: {bid} with {total} points.").format(
                    bid=self._bid_label(result.winner), total=points_text(winner.total)
                )
            )
        elif results.winner is not None:
            lines.append(
                self.tr("Winner: {bid}, by the drawing of lots.").format(
                    bid=self._bid_label(results.winner)
                )
            )
        else:
            lines.append(self.tr("There is no single winner."))
        for tie in result.ties:
            lines.append(
                self.tr("Tied at rank {rank}: {bids}. Draw lots and record the outcome.").format(
                    rank=tie.rank, bids=", ".join(self._bid_label(k) for k in tie.bid_keys)
                )
            )
        for drawn in self.tie_breaks:
            lines.append(
                self.tr("Drawing of lots on {day}, witnessed by {witness}: {outcome}").format(
                    day=format_date(drawn.decided_on),
                    witness=drawn.witness or "—",
                    outcome=drawn.outcome.replace("\n", " "),
                )
            )
        return "\n".join(lines)

    def first_place_tie(self, results: evaluation.LotResults) -> str:
        """What to say about bids with the same total for first place (empty when none)."""
        result = results.result
        for tie in result.ties:
            if tie.rank != 1:
                continue
            bids = ", ".join(self._bid_label(key) for key in tie.bid_keys)
            if results.winner is not None:
                return self.tr(
                    "⚠ Tie for first place: {bids} have the same total; the recorded drawing "
                    "of lots put {winner} first."
                ).format(bids=bids, winner=self._bid_label(results.winner))
            return self.tr(
                "⚠ Tie for first place: {bids} have the same total. Record the drawing of lots "
                "(Ctrl+Shift+L on this tab) before the lot can be awarded."
            ).format(bids=bids)
        for resolved in result.resolved_ties:
            if result.winner is not None and result.winner in resolved.bid_keys:
                rule = TIE_BREAK_RULE_LABELS.get(resolved.rule, resolved.rule)
                return self.tr(
                    "⚠ Tie for first place: {bids} have the same total; the tie-break rule "
                    "“{rule}” put {winner} first."
                ).format(
                    bids=", ".join(self._bid_label(key) for key in resolved.bid_keys),
                    rule=QCoreApplication.translate("TieBreakRule", rule),
                    winner=self._bid_label(result.winner),
                )
        return ""

    def _robustness_text(self, results: evaluation.LotResults) -> str:
        return "\n".join(notice_text(item) for item in evaluation.robustness_notices(results))

    def draw_lots(self) -> None:
        """Record the drawing of lots between the bids still tied (the highest place first)."""
        if self.lot is None or self.lot.id is None or self.results is None:
            return
        ties = sorted(self.results.result.ties, key=lambda tie: tie.rank)
        if not ties:
            return
        tie = ties[0]
        tied = [(key, self._bid_label(key)) for key in tie.bid_keys if isinstance(key, int)]
        dialog = TieBreakDialog(self.page.db, self.lot.id, tie.rank, tied, self)
        if exec_dialog(dialog) and dialog.saved:
            self.load(self.lot)
            self.page.data_changed.emit()

    def adopt(self) -> None:
        if self.lot is None or self.lot.id is None or self.results is None:
            return
        if not messages.confirm(
            self,
            self.tr("Record the result"),
            self.tr("Record this ranking as the result of lot {lot}?").format(lot=self.lot.label),
            confirm_text=self.tr("Record"),
        ):
            return
        lot_id = self.lot.id
        if self.page.call(lambda s: evaluation.adopt_results(s, lot_id)) is not None:
            messages.show_info(
                self,
                self.tr("Result recorded"),
                self.tr("The result of lot {lot} has been recorded.").format(lot=self.lot.label),
            )
            self.page.data_changed.emit()


# --- the page ---------------------------------------------------------------------------------


class EvaluationPage(Page):
    """Evaluation per lot: committee, individual scoring, consensus and results."""

    title = N_("Navigation", "Evaluation")

    def __init__(self, db: Database, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(db, settings, parent)
        self._lots: dict[int, LotRecord] = {}
        self._lot_id: int | None = None
        self._tab_index = 0
        self.lot_chooser = QComboBox()
        self.lot_chooser.setAccessibleName(self.tr("Lot"))
        self.lot_chooser.currentIndexChanged.connect(lambda _i: self._on_lot_chosen())
        lot_label = QLabel(self.tr("&Lot"))
        lot_label.setBuddy(self.lot_chooser)
        self.lot_info = _plain_label()
        self.lot_action = self._action(
            self.tr("Choose lot"), self.focus_lot, [QKeySequence("Ctrl+L")]
        )
        self.addAction(self.lot_action)
        top = QHBoxLayout()
        top.addWidget(lot_label)
        top.addWidget(self.lot_chooser, 2)
        top.addWidget(self.lot_info, 3)

        self.committee = CommitteeTab(self)
        self.scoring = ScoringTab(self)
        self.consensus = ConsensusTab(self)
        self.results = ResultsTab(self)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.committee, self.tr("&Committee"))
        self.tabs.addTab(self.scoring, self.tr("My &scores"))
        self.tabs.addTab(self.consensus, self.tr("C&onsensus"))
        self.tabs.addTab(self.results, self.tr("&Results"))
        self.tabs.currentChanged.connect(self._on_tab_chosen)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)
        self.setFocusProxy(self.lot_chooser)

    def tab_list(self) -> list[_Tab]:
        return [self.committee, self.scoring, self.consensus, self.results]

    def print_page(self, title: str) -> bool:
        """On the Results tab: the ranking, the chart and the robustness analysis; on the
        other tabs the list shown (the consensus overview, the scores)."""
        if self.tabs.currentWidget() is not self.results:
            return super().print_page(title)
        from ssb_desktop.documents.pdf import escape
        from ssb_desktop.views.printing import preview_document, table_html

        lot = self.current_lot()
        heading = f"{title} {lot.label}" if lot is not None else title
        chart = self.results.chart.grab().toImage()
        robustness_title = self.tr("Robustness")
        body = (
            f"<h1>{escape(heading)}</h1>"
            f"<p>{escape(self.results.summary.text())}</p>"
            + table_html(self.results.table.model())
            + f'<p><img src="chart" width="{min(chart.width(), 640)}"/></p>'
            + f"<h2>{escape(robustness_title)}</h2>"
            + f"<p>{escape(self.results.robustness.text())}</p>"
        )
        preview_document(self, heading, body, images={"chart": chart}, landscape=True)
        return True

    # --- who may do what --------------------------------------------------------------------

    def is_officer(self) -> bool:
        return Permission.EDIT_PROCUREMENTS in permissions_of(self.db.actor.roles)

    def can_manage(self, evaluators: Sequence[EvaluatorRecord]) -> bool:
        """A procurement officer, an administrator, or the chair of the lot's committee."""
        if self.is_officer():
            return True
        user_id = self.db.actor.user_id
        return any(e.is_chair and e.user_id == user_id for e in evaluators)

    # --- loading ----------------------------------------------------------------------------

    def focus_lot(self) -> None:
        self.lot_chooser.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def current_lot(self) -> LotRecord | None:
        return self._lots.get(self._lot_id) if self._lot_id is not None else None

    def choose_lot(self, lot_id: int) -> None:
        self.lot_chooser.setCurrentIndex(max(0, self.lot_chooser.findData(lot_id)))

    def reload(self) -> None:
        if self._dirty_tab() is not None and not self._may_leave():
            return
        lots = self.read(list_lots)
        if lots is None:
            return
        self._lots = {lot.id: lot for lot in lots if lot.id is not None}
        self.lot_chooser.blockSignals(True)
        try:
            self.lot_chooser.clear()
            for lot_id, lot in self._lots.items():
                self.lot_chooser.addItem(lot_text(lot), lot_id)
            index = self.lot_chooser.findData(self._lot_id)
            self.lot_chooser.setCurrentIndex(index if index >= 0 else 0)
        finally:
            self.lot_chooser.blockSignals(False)
        self._lot_id = self.lot_chooser.currentData()
        self._load_current()

    def _load_current(self) -> None:
        lot = self.current_lot()
        if lot is not None:
            self.lot_info.setText(
                self.tr("{bids} · {method} · {evaluators} evaluators promised").format(
                    bids=self.tr("%n bids", "", lot.bid_count),
                    method=QCoreApplication.translate(
                        "AwardMethod", AWARD_METHOD_LABELS[lot.award_method]
                    ),
                    evaluators=lot.evaluator_count,
                )
            )
        else:
            self.lot_info.setText(self.tr("There are no lots yet."))
        tab = self.tab_list()[self.tabs.currentIndex()]
        tab.load(lot)

    def changed(self) -> None:
        """After a change: reload the current tab and tell the other pages."""
        self._load_current()
        self.data_changed.emit()

    # --- unsaved changes --------------------------------------------------------------------

    def _dirty_tab(self) -> _Tab | None:
        return next((tab for tab in self.tab_list() if tab.is_dirty()), None)

    def has_unsaved_changes(self) -> bool:
        return self._dirty_tab() is not None

    def save_changes(self) -> bool:
        return all(tab.save_changes() for tab in self.tab_list() if tab.is_dirty())

    def discard_changes(self) -> None:
        for tab in self.tab_list():
            tab.discard()

    def _may_leave(self) -> bool:
        """Ask Opslaan / Niet opslaan / Annuleren before unsaved changes go; True to go on."""
        return unsaved.settle(
            self, self, self.tr("You have scores or consensus that are not saved. Save them?")
        )

    def _on_lot_chosen(self) -> None:
        lot_id = self.lot_chooser.currentData()
        if lot_id == self._lot_id:
            return
        if not self._may_leave():
            self.lot_chooser.blockSignals(True)
            self.lot_chooser.setCurrentIndex(max(0, self.lot_chooser.findData(self._lot_id)))
            self.lot_chooser.blockSignals(False)
            return
        self._lot_id = lot_id
        self._load_current()

    def _on_tab_chosen(self, index: int) -> None:
        if index == self._tab_index:
            return
        previous = self.tab_list()[self._tab_index]
        if previous.is_dirty() and not self._may_leave():
            self.tabs.blockSignals(True)
            self.tabs.setCurrentIndex(self._tab_index)
            self.tabs.blockSignals(False)
            return
        self._tab_index = index
        self.tab_list()[index].load(self.current_lot())
