"""The editor of one lot's award criteria: a tree with live weight sums, problems, save and lock.

Criteria, weights and scales are fixed once scoring has started (DOMAIN.md section 3); the
editor then shows the lock and offers the audited "invalidate scores" action instead.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from decimal import Decimal
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolBar,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from ssb_desktop.db.database import Database
from ssb_desktop.errors import AppError, ConflictError, ValidationError
from ssb_desktop.formatting import format_money, format_number, parse_money, parse_number
from ssb_desktop.i18n import translate_error
from ssb_desktop.models.criteria_tree_model import (
    CODE,
    MONEY,
    SCALE,
    TITLE,
    WEIGHT,
    CriteriaTreeModel,
)
from ssb_desktop.records import AwardMethod, CriterionRecord, LotRecord, ScaleRecord
from ssb_desktop.services.criteria import (
    LOCKED,
    check_criteria,
    copy_criteria,
    invalidate_scores,
    list_criteria,
    list_scales,
    save_criteria,
    scores_exist,
)
from ssb_desktop.services.permissions import Permission, permissions_of
from ssb_desktop.services.procurement import get_lot, list_lots
from ssb_desktop.views import messages
from ssb_desktop.views.field_problems import (
    PROBLEM_STYLE,
    problem_label,
    problem_text,
    show_problem,
)
from ssb_desktop.views.scales_dialog import ScalesDialog

AnyIndex = QModelIndex | QPersistentModelIndex
HUNDRED = Decimal(100)
_COLUMN_WIDTHS = (95, 300, 85, 120, 125, 125)


def ask_reason(parent: QWidget) -> str | None:
    """Seam: ask why the scores are invalidated; None when the user cancels."""
    text, accepted = QInputDialog.getMultiLineText(
        parent,
        QCoreApplication.translate("CriteriaEditor", "Invalidate scores"),
        QCoreApplication.translate(
            "CriteriaEditor", "Why are the scores invalidated? The reason is kept with every score."
        ),
    )
    return text if accepted else None


def choose_lot(parent: QWidget, lots: Sequence[LotRecord]) -> int | None:
    """Seam: choose the lot whose criteria are copied; its id, or None when cancelled."""
    labels = [f"{lot.label}  {lot.title or lot.theme_name}" for lot in lots]
    label, accepted = QInputDialog.getItem(
        parent,
        QCoreApplication.translate("CriteriaEditor", "Copy criteria"),
        QCoreApplication.translate("CriteriaEditor", "Copy the criteria of lot:"),
        labels,
        0,
        False,
    )
    if not accepted or label not in labels:
        return None
    return lots[labels.index(label)].id


def exec_dialog(dialog: QDialog) -> bool:
    """Seam for tests: show ``dialog`` modally; True when the user accepted it."""
    return dialog.exec() == QDialog.DialogCode.Accepted


class _CriteriaDelegate(QStyledItemDelegate):
    """Edits cells in place: a list of scales for the scale, and weights that count at once."""

    def __init__(self, model: CriteriaTreeModel, parent: QWidget) -> None:
        super().__init__(parent)
        self._model = model

    def createEditor(
        self, parent: QWidget, option: QStyleOptionViewItem, index: AnyIndex
    ) -> QWidget:
        if index.column() == SCALE:
            combo = QComboBox(parent)
            combo.addItem(QCoreApplication.translate("CriteriaEditor", "(no scale)"), None)
            for scale_id, name in sorted(self._model.scale_names().items(), key=lambda i: i[1]):
                combo.addItem(name, scale_id)
            return combo
        editor = QLineEdit(parent)
        if index.column() == WEIGHT:
            # Committing every keystroke makes the sums under the tree follow the typing.
            editor.textEdited.connect(lambda _text: self.commitData.emit(editor))
        return editor

    def setEditorData(self, editor: QWidget, index: AnyIndex) -> None:
        if isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.EditRole))))
            return
        if isinstance(editor, QLineEdit) and editor.hasFocus() and index.column() == WEIGHT:
            # The model echoes each committed keystroke; keep what the user is typing.
            return
        super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: AnyIndex) -> None:
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)
            return
        super().setModelData(editor, model, index)


class CriteriaEditor(QWidget):
    """The criteria of one lot (:meth:`set_lot`), edited as a whole and saved in one go."""

    saved = Signal()  # the lot's criteria or its scores were changed in the database

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.lot: LotRecord | None = None
        self.locked = False
        self._can_edit = Permission.EDIT_PROCUREMENTS in permissions_of(db.actor.roles)
        self._scales: dict[int, ScaleRecord] = {}
        self._baseline: list[CriterionRecord] = []
        self._problems: list[tuple[str, str]] = []
        self._server_problems: list[tuple[str, str]] = []
        self._form_key: int | None = None
        # Side-form fields whose text cannot be read (the model keeps the last good value).
        self._unreadable: dict[str, str] = {}
        self._filling_form = False
        self.model = CriteriaTreeModel(self)
        self.model.set_problem_icon(
            self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        )
        self.setStyleSheet(PROBLEM_STYLE)
        self._build()
        self.model.edited.connect(self._on_edited)
        self.model.dataChanged.connect(self._on_data_changed)
        self.set_lot(None)

    # --- building ---------------------------------------------------------------------------

    def _action(
        self,
        text: str,
        slot: Callable[[], object],
        shortcut: str = "",
        tooltip: str = "",
        context: Qt.ShortcutContext = Qt.ShortcutContext.WidgetWithChildrenShortcut,
    ) -> QAction:
        action = QAction(text, self)
        if shortcut:
            sequence = QKeySequence(shortcut)
            action.setShortcut(sequence)
            action.setShortcutContext(context)
            shown = sequence.toString(QKeySequence.SequenceFormat.NativeText)
            action.setToolTip(f"{tooltip or text.replace('&', '').rstrip('…')} ({shown})")
        elif tooltip:
            action.setToolTip(tooltip)
        action.triggered.connect(lambda _checked=False: slot())
        self.addAction(action)
        return action

    def _build(self) -> None:
        self.heading = QLabel()
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)

        self.add_main_action = self._action(
            self.tr("Add &main criterion"), self.add_main_criterion, "Ins"
        )
        self.add_sub_action = self._action(
            self.tr("Add s&ub-criterion"), self.add_sub_criterion, "Ctrl+Ins"
        )
        self.remove_action = self._action(
            self.tr("&Remove"),
            self.remove_current,
            "Del",
            self.tr("Remove the criterion and its sub-criteria"),
        )
        self.up_action = self._action(self.tr("Move up"), lambda: self.move_current(-1), "Ctrl+Up")
        self.down_action = self._action(
            self.tr("Move down"), lambda: self.move_current(1), "Ctrl+Down"
        )
        self.copy_action = self._action(
            self.tr("&Copy from…"),
            self.copy_from_other_lot,
            tooltip=self.tr("Replace these criteria by a copy of another lot's criteria"),
        )
        self.scales_action = self._action(self.tr("Sc&ales…"), self.manage_scales)
        self.revert_action = self._action(
            self.tr("Re&vert"), self.revert, tooltip=self.tr("Forget the changes not saved yet")
        )
        self.save_action = self._action(self.tr("&Save criteria"), self.save, "Ctrl+S")
        toolbar = QToolBar(self.tr("Criteria"))
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        toolbar.addActions([self.add_main_action, self.add_sub_action, self.remove_action])
        toolbar.addSeparator()
        toolbar.addActions([self.up_action, self.down_action])
        toolbar.addSeparator()
        toolbar.addActions([self.copy_action, self.scales_action])
        toolbar.addSeparator()
        toolbar.addActions([self.revert_action, self.save_action])

        # The lock: what the user cannot do, why, and the one way out.
        self.lock_banner = QFrame()
        self.lock_banner.setFrameShape(QFrame.Shape.StyledPanel)
        banner = QHBoxLayout(self.lock_banner)
        lock_icon = QLabel()
        size = self.fontMetrics().height() * 2
        lock_icon.setPixmap(
            self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning).pixmap(size)
        )
        self.lock_label = QLabel()
        self.lock_label.setWordWrap(True)
        self.lock_label.setTextFormat(Qt.TextFormat.PlainText)
        self.lock_label.setObjectName("lock_label")
        self.invalidate_button = QPushButton(self.tr("&Invalidate scores…"))
        self.invalidate_button.clicked.connect(self.invalidate)
        banner.addWidget(lock_icon, 0, Qt.AlignmentFlag.AlignTop)
        banner.addWidget(self.lock_label, 1)
        banner.addWidget(self.invalidate_button, 0, Qt.AlignmentFlag.AlignTop)

        self.tree = QTreeView()
        self.tree.setAccessibleName(self.tr("Criteria"))
        self.tree.setModel(self.model)
        self.delegate = _CriteriaDelegate(self.model, self.tree)
        self.tree.setItemDelegate(self.delegate)
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.tree.setUniformRowHeights(True)
        self.tree.setIndentation(14)
        self.tree.setAllColumnsShowFocus(True)
        self.tree.setAlternatingRowColors(True)
        header = self.tree.header()
        header.setStretchLastSection(False)
        for column, width in enumerate(_COLUMN_WIDTHS):
            header.resizeSection(column, width)
        header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)
        self.tree.selectionModel().currentRowChanged.connect(
            lambda current, _previous: self._fill_form(current)
        )
        for action in (self.remove_action, self.up_action, self.down_action):
            # Delete and Ctrl+arrows keep their meaning in the side form's fields.
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            self.tree.addAction(action)

        self.sums_label = QLabel()
        self.sums_label.setObjectName("sums_label")
        self.sums_label.setTextFormat(Qt.TextFormat.PlainText)
        self.sums_label.setWordWrap(True)
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        self.status_label.setTextFormat(Qt.TextFormat.PlainText)
        self.problem_list = QListWidget()
        self.problem_list.setAccessibleName(self.tr("Problems with the criteria"))
        self.problem_list.setMaximumHeight(6 * self.fontMetrics().height() + 12)
        self.problem_list.setWordWrap(True)
        self.problem_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.problem_list.itemActivated.connect(self._go_to_problem)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.tree, 1)
        left_layout.addWidget(self.sums_label)
        left_layout.addWidget(self.status_label)
        left_layout.addWidget(self.problem_list)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(self._build_form())
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        layout.addLayout(top)
        layout.addWidget(toolbar)
        layout.addWidget(self.lock_banner)
        layout.addWidget(splitter, 1)
        self.setFocusProxy(self.tree)

    def _build_form(self) -> QWidget:
        self.form_box = QGroupBox(self.tr("Selected criterion"))
        form = QFormLayout(self.form_box)
        self.form_layout = form
        self.form_rows: dict[str, QWidget] = {}
        self.form_widgets: dict[str, QWidget] = {}
        self.form_problems: dict[str, QLabel] = {}

        def add(field: str, text: str, widget: QWidget) -> None:
            widget.setProperty("problem", False)
            widget.setAccessibleName(text.replace("&", ""))
            self.form_widgets[field] = widget
            label = problem_label()
            self.form_problems[field] = label
            holder = QWidget()
            column = QVBoxLayout(holder)
            column.setContentsMargins(0, 0, 0, 0)
            column.setSpacing(2)
            column.addWidget(widget)
            column.addWidget(label)
            self.form_rows[field] = holder
            caption = QLabel(text)
            caption.setBuddy(widget)
            form.addRow(caption, holder)

        self.code_edit = QLineEdit()
        self.code_edit.setMaximumWidth(100)
        add("code", self.tr("C&ode"), self.code_edit)
        self.title_edit = QLineEdit()
        add("title", self.tr("&Title"), self.title_edit)
        self.description_edit = QPlainTextEdit()
        self.description_edit.setTabChangesFocus(True)
        self.description_edit.setMinimumHeight(70)
        add("description", self.tr("&Description"), self.description_edit)
        self.weight_edit = QLineEdit()
        self.weight_edit.setMaximumWidth(100)
        self.weight_edit.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        add("weight", self.tr("&Weight %"), self.weight_edit)
        self.price_check = QCheckBox(self.tr("&Price, scored with the lot's price formula"))
        add("is_price", "", self.price_check)
        self.price_check.setAccessibleName(self.tr("Price criterion"))
        self.scale_combo = QComboBox()
        add("scale", self.tr("Sc&ale"), self.scale_combo)
        self.knockout_edit = QLineEdit()
        self.knockout_edit.setMaximumWidth(100)
        self.knockout_edit.setPlaceholderText(self.tr("none"))
        add("knockout_minimum", self.tr("&Knock-out minimum"), self.knockout_edit)
        self.money_edit = QLineEdit()
        self.money_edit.setMaximumWidth(160)
        add("money_per_point", self.tr("&Money per point"), self.money_edit)

        for edit in (
            self.code_edit,
            self.title_edit,
            self.weight_edit,
            self.knockout_edit,
            self.money_edit,
        ):
            edit.textEdited.connect(lambda _text: self._form_edited())
        self.description_edit.textChanged.connect(self._form_edited)
        self.price_check.toggled.connect(lambda _on: self._form_edited())
        self.scale_combo.currentIndexChanged.connect(lambda _index: self._form_edited())
        return self.form_box

    # --- loading ----------------------------------------------------------------------------

    def set_lot(self, lot: LotRecord | None) -> None:
        """Show the criteria of ``lot`` (None: nothing); unsaved changes are dropped."""
        self.lot = lot
        self._server_problems = []
        if lot is None or lot.id is None:
            self.heading.setText(self.tr("Award criteria"))
            self.locked = False
            self._load_criteria([])
            self._update_state()
            return
        self.heading.setText(
            self.tr("Award criteria of lot {label} {title}").format(
                label=lot.label, title=lot.title or lot.theme_name
            )
        )
        self.reload()

    def update_lot(self, lot: LotRecord) -> None:
        """The same lot with new settings (award method): the criteria being edited stay."""
        self.lot = lot
        self.heading.setText(
            self.tr("Award criteria of lot {label} {title}").format(
                label=lot.label, title=lot.title or lot.theme_name
            )
        )
        self._on_edited()

    def reload(self) -> None:
        """Fetch the lot, its criteria, the scales and the lock again."""
        if self.lot is None or self.lot.id is None:
            return
        lot_id = self.lot.id
        try:
            with self.db.transaction() as session:
                lot = get_lot(session, lot_id)
                criteria = list_criteria(session, lot_id)
                scales = list_scales(session)
                locked = lot.criteria_locked or scores_exist(session, lot_id)
        except AppError as error:
            messages.show_error(self, error)
            return
        self.lot = lot
        self._set_scales(scales)
        self.locked = locked
        self._server_problems = []
        self._load_criteria(criteria)
        self._update_state()

    def _set_scales(self, scales: Sequence[ScaleRecord]) -> None:
        self._scales = {scale.id: scale for scale in scales if scale.id is not None}
        self.model.set_scale_names({key: scale.name for key, scale in self._scales.items()})
        self._filling_form = True
        try:
            chosen = self.scale_combo.currentData()
            self.scale_combo.clear()
            self.scale_combo.addItem(self.tr("(no scale)"), None)
            for scale in sorted(self._scales.values(), key=lambda s: s.name):
                self.scale_combo.addItem(scale.name, scale.id)
                described = "\n".join(
                    f"{format_number(v.value)}: {v.descriptor}" for v in scale.values
                )
                self.scale_combo.setItemData(
                    self.scale_combo.count() - 1, described, Qt.ItemDataRole.ToolTipRole
                )
            self.scale_combo.setCurrentIndex(max(0, self.scale_combo.findData(chosen)))
        finally:
            self._filling_form = False

    def _load_criteria(self, criteria: Sequence[CriterionRecord]) -> None:
        self.model.set_criteria(criteria)
        self._baseline = self.model.criteria()
        self.tree.expandAll()
        if self.model.rowCount():
            self.tree.setCurrentIndex(self.model.index(0, CODE))
        else:
            self._fill_form(QModelIndex())
        self._on_edited()

    # --- state ------------------------------------------------------------------------------

    def is_dirty(self) -> bool:
        """Whether the tree holds changes that are not saved."""
        return self.model.criteria() != self._baseline

    def confirm_discard(self) -> bool:
        """True when there is nothing unsaved, or the user agrees to lose it."""
        if not self.is_dirty():
            return True
        return messages.confirm(
            self,
            self.tr("Unsaved criteria"),
            self.tr(
                "The changes to the criteria of lot {label} are not saved. Discard them?"
            ).format(label=self.lot.label if self.lot else ""),
            destructive=True,
            confirm_text=self.tr("Discard"),
        )

    # views.unsaved.UnsavedWork: switching lot, page or closing the window asks first.

    def has_unsaved_changes(self) -> bool:
        return self.is_dirty()

    def save_changes(self) -> bool:
        return self.save()

    def discard_changes(self) -> None:
        self._load_criteria(self._baseline)
        self.status_label.setText("")

    def _editable(self) -> bool:
        return self.lot is not None and self._can_edit and not self.locked

    def _update_state(self) -> None:
        editable = self._editable()
        has_lot = self.lot is not None
        self.model.set_read_only(not editable)
        current = self.model.record_at(self.tree.currentIndex())
        for action in (self.add_main_action, self.copy_action):
            action.setEnabled(editable)
        self.add_sub_action.setEnabled(editable and current is not None and not current.is_price)
        for action in (self.remove_action, self.up_action, self.down_action):
            action.setEnabled(editable and current is not None)
        self.scales_action.setEnabled(has_lot)
        dirty = self.is_dirty()
        self.save_action.setEnabled(editable and dirty)
        self.revert_action.setEnabled(has_lot and dirty)
        self.form_box.setEnabled(editable and current is not None)
        self.lock_banner.setVisible(has_lot and self.locked)
        self.invalidate_button.setEnabled(self._can_edit)
        if not self._can_edit:
            self.invalidate_button.setToolTip(
                self.tr("Only a procurement officer may invalidate scores.")
            )
        if self.locked and not self.lock_label.text():
            self.lock_label.setText(
                self.tr(
                    "Scoring has started for this lot, so its criteria, weights and scales are "
                    "locked. To change them, a procurement officer must first invalidate the "
                    "scores given; the evaluators then score again."
                )
            )
        elif not self.locked:
            self.lock_label.setText("")
        show_money = self.lot is not None and self.lot.award_method is AwardMethod.AWARD_ON_VALUE
        self.tree.setColumnHidden(MONEY, not show_money)
        price_scored = self.lot is None or self.lot.award_method is AwardMethod.WEIGHTED_POINTS
        self.form_layout.setRowVisible(self.form_rows["money_per_point"], show_money)
        self.form_layout.setRowVisible(self.form_rows["is_price"], price_scored)

    # --- live sums and problems -------------------------------------------------------------

    def _on_edited(self) -> None:
        self._server_problems = []
        self._update_problems()
        self._update_sums()
        self._update_state()
        if self.is_dirty():
            self.status_label.setText(self.tr("Changes not saved yet."))
        elif self.status_label.text() == self.tr("Changes not saved yet."):
            self.status_label.setText("")

    def weight_sums(self) -> list[tuple[CriterionRecord | None, Decimal]]:
        """Per group of siblings (None: the main criteria) the sum of the weights."""
        groups: list[tuple[CriterionRecord | None, Decimal]] = []
        main = self.model.children_of(None)
        if main:
            groups.append((None, sum((c.weight for c in main), Decimal(0))))
        for record in self.model.criteria():
            children = self.model.children_of(record.key)
            if children:
                groups.append((record, sum((c.weight for c in children), Decimal(0))))
        return groups

    def _update_sums(self) -> None:
        lines = []
        for parent, total in self.weight_sums():
            if parent is None:
                text = self.tr("Main criteria: {sum} %")
            else:
                text = self.tr("Under {name}: {sum} %")
            line = text.format(
                name=parent.code or parent.title if parent is not None else "",
                sum=format_number(total),
            )
            if total != HUNDRED:
                line += " " + self.tr("(must be 100 %)")
            lines.append(line)
        self.sums_label.setText(
            "\n".join(lines) if lines else self.tr("No criteria yet: add a main criterion.")
        )

    def _update_problems(self) -> None:
        if self.lot is None:
            found: list[tuple[str, str]] = []
        else:
            found = [
                (problem.field, problem_text(problem))
                for problem in check_criteria(self.model.criteria(), self._scales, self.lot)
            ]
        self._problems = found + self._server_problems
        self.model.set_problems(self._problems)
        self.problem_list.clear()
        icon = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        for field, text in self._problems:
            key = self._problem_key(field)
            record = self.model.record(key) if key is not None else None
            if record is not None:
                name = " ".join(part for part in (record.code, record.title) if part)
                text = f"{name}: {text}" if name else text
            item = QListWidgetItem(icon, text)
            item.setData(Qt.ItemDataRole.UserRole, field)
            item.setToolTip(text)
            self.problem_list.addItem(item)
        self.problem_list.setVisible(bool(self._problems))
        self._show_form_problems()

    def problems(self) -> list[str]:
        """The problems listed under the tree, as the user reads them."""
        return [self.problem_list.item(row).text() for row in range(self.problem_list.count())]

    def _problem_key(self, field: str) -> int | None:
        _name, _, key_text = field.partition(":")
        try:
            key = int(key_text)
        except ValueError:
            return None
        return key if any(r.key == key for r in self.model.criteria()) else None

    def _go_to_problem(self, item: QListWidgetItem) -> None:
        field = str(item.data(Qt.ItemDataRole.UserRole))
        key = self._problem_key(field)
        if key is None:
            return
        self.tree.setCurrentIndex(self.model.index_for_key(key, CODE))
        name = field.partition(":")[0]
        widget = self.form_widgets.get("scale" if name == "scale_id" else name)
        if widget is not None and widget.isEnabled() and widget.isVisible():
            widget.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self.tree.setFocus(Qt.FocusReason.OtherFocusReason)

    # --- the side form ----------------------------------------------------------------------

    def _fill_form(self, index: AnyIndex) -> None:
        record = self.model.record_at(index)
        key = None if record is None else record.key
        if key != self._form_key:
            self._unreadable = {}
        self._form_key = key
        self._filling_form = True
        try:
            self.code_edit.setText(record.code if record else "")
            self.title_edit.setText(record.title if record else "")
            if self.description_edit.toPlainText() != (record.description if record else ""):
                self.description_edit.setPlainText(record.description if record else "")
            self.weight_edit.setText(format_number(record.weight) if record else "")
            self.price_check.setChecked(bool(record and record.is_price))
            scale_id = record.scale_id if record else None
            self.scale_combo.setCurrentIndex(max(0, self.scale_combo.findData(scale_id)))
            self.scale_combo.setEnabled(not (record and record.is_price))
            self.knockout_edit.setText(format_number(record.knockout_minimum) if record else "")
            self.money_edit.setText(format_money(record.money_per_point) if record else "")
        finally:
            self._filling_form = False
        self._show_form_problems()
        self._update_state()

    def _form_edited(self) -> None:
        if self._filling_form or self._form_key is None:
            return
        record = self.model.record(self._form_key)
        unreadable: dict[str, str] = {}

        def number(field: str, edit: QLineEdit, current: Decimal | None) -> Decimal | None:
            text = edit.text().strip()
            if not text:
                return None
            value = parse_number(text)
            if value is None:
                unreadable[field] = self.tr("Enter a number, for example 12,5.")
                return current
            return value

        weight = number("weight", self.weight_edit, record.weight)
        minimum = number("knockout_minimum", self.knockout_edit, record.knockout_minimum)
        money_text = self.money_edit.text().strip()
        money = parse_money(money_text) if money_text else None
        if money_text and money is None:
            unreadable["money_per_point"] = self.tr("Enter an amount, for example 1.000,00.")
            money = record.money_per_point
        scale_id = self.scale_combo.currentData()
        is_price = self.price_check.isChecked()
        self.scale_combo.setEnabled(not is_price)
        changed = replace(
            record,
            code=self.code_edit.text().strip(),
            title=self.title_edit.text().strip(),
            description=self.description_edit.toPlainText().strip(),
            weight=weight if weight is not None else Decimal(0),
            is_price=is_price,
            scale_id=None if is_price or not isinstance(scale_id, int) else scale_id,
            knockout_minimum=minimum,
            money_per_point=money,
        )
        self._unreadable = unreadable
        self._filling_form = True
        try:
            self.model.update_criterion(changed)
        finally:
            self._filling_form = False
        self._show_form_problems()

    def _on_data_changed(self, top_left: QModelIndex, _bottom_right: QModelIndex) -> None:
        # An edit in the tree shows in the side form; the form's own edits are not echoed.
        if self._filling_form or self._form_key is None:
            return
        if self.model.key_at(top_left) == self._form_key:
            self._fill_form(self.model.index_for_key(self._form_key))

    def _show_form_problems(self) -> None:
        unreadable = self._unreadable
        by_field: dict[str, list[str]] = {}
        if self._form_key is not None:
            for field, text in self._problems:
                name, _, key_text = field.partition(":")
                if key_text == str(self._form_key):
                    by_field.setdefault("scale" if name == "scale_id" else name, []).append(text)
        for field, label in self.form_problems.items():
            text = unreadable.get(field) or "\n".join(by_field.get(field, []))
            show_problem(self.form_widgets[field], label, text)

    # --- changing the tree ------------------------------------------------------------------

    def _new_record(self) -> CriterionRecord:
        assert self.lot is not None and self.lot.id is not None
        default_scale = next(iter(sorted(self._scales.values(), key=lambda s: s.name)), None)
        return CriterionRecord(
            id=None,
            lot_id=self.lot.id,
            scale_id=default_scale.id if default_scale else None,
            scale_name=default_scale.name if default_scale else "",
        )

    def add_main_criterion(self) -> None:
        if not self._editable():
            return
        code = f"K{len(self.model.children_of(None)) + 1}"
        index = self.model.add_criterion(None, replace(self._new_record(), code=code))
        self._edit_new(index)

    def add_sub_criterion(self) -> None:
        if not self._editable():
            return
        current = self.model.record_at(self.tree.currentIndex())
        if current is None:
            return
        # Criteria have two levels: a sub-criterion of a sub-criterion goes next to it.
        parent = current if current.parent_id is None else self.model.record(current.parent_id)
        if parent.is_price:
            return
        number = len(self.model.children_of(parent.key)) + 1
        code = f"{parent.code}.{number}" if parent.code else ""
        index = self.model.add_criterion(parent.key, replace(self._new_record(), code=code))
        self.tree.expand(self.model.index_for_key(parent.key))
        self._edit_new(index)

    def _edit_new(self, index: QModelIndex) -> None:
        self.tree.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.title_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def remove_current(self) -> None:
        record = self.model.record_at(self.tree.currentIndex())
        if record is None or not self._editable():
            return
        children = self.model.children_of(record.key)
        if children and not messages.confirm(
            self,
            self.tr("Remove criterion"),
            self.tr("Remove {name} and its %n sub-criteria?", "", len(children)).format(
                name=record.code or record.title
            ),
            destructive=True,
            confirm_text=self.tr("Remove"),
        ):
            return
        self.model.remove_criterion(record.key)
        self._fill_form(self.tree.currentIndex())

    def move_current(self, delta: int) -> None:
        record = self.model.record_at(self.tree.currentIndex())
        if record is None or not self._editable():
            return
        column = self.tree.currentIndex().column()
        if self.model.move_criterion(record.key, delta):
            self.tree.setCurrentIndex(self.model.index_for_key(record.key, column))

    # --- saving, locking, copying -----------------------------------------------------------

    def revert(self) -> None:
        if self.confirm_discard():
            self.status_label.setText("")
            self.reload()

    def save(self) -> bool:
        """Store the whole tree; problems and refusals are shown, and nothing is stored."""
        if self.lot is None or self.lot.id is None or not self._editable():
            return False
        self._update_problems()
        if self._problems:
            self.status_label.setText(
                self.tr("Not saved: correct the problems listed below first.")
            )
            self.problem_list.setCurrentRow(0)
            self.problem_list.setFocus(Qt.FocusReason.OtherFocusReason)
            return False
        lot_id = self.lot.id
        try:
            with self.db.transaction() as session:
                stored = save_criteria(session, lot_id, self.model.criteria())
        except ConflictError:
            if messages.ask_reload_conflict(self):
                self.reload()
            return False
        except ValidationError as error:
            self._refused(error)
            return False
        except AppError as error:
            messages.show_error(self, error)
            return False
        self._load_criteria(stored)
        self.status_label.setText(self.tr("Saved."))
        self.saved.emit()
        return True

    def _refused(self, error: ValidationError) -> None:
        text = translate_error(error)
        if error.message == LOCKED:
            # Scoring started after the criteria were loaded: keep the edits, show the lock.
            self.locked = True
            self.lock_label.setText(text)
            self.status_label.setText(self.tr("Not saved: the criteria are locked."))
            self._update_state()
            return
        if error.field and ":" in error.field:
            self._server_problems = [(error.field, text)]
            self._problems = [*self._problems, *self._server_problems]
            self.model.set_problems(self._problems)
            self.problem_list.addItem(
                QListWidgetItem(
                    self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning), text
                )
            )
            self.problem_list.setVisible(True)
            self.status_label.setText(self.tr("Not saved: correct the problems listed below."))
            return
        messages.show_error(self, error)

    def invalidate(self) -> None:
        """Set the lot's scores aside, with a reason, so that its criteria can change."""
        if self.lot is None or self.lot.id is None:
            return
        reason = ask_reason(self)
        if reason is None:
            return
        if not reason.strip():
            messages.show_info(
                self,
                self.tr("Invalidate scores"),
                self.tr("Nothing was changed: give the reason why the scores are invalidated."),
            )
            return
        if not messages.confirm(
            self,
            self.tr("Invalidate scores"),
            self.tr(
                "Invalidate every score given for lot {label}? The scores are kept with your "
                "reason in the audit log, but no longer count; the evaluators must score again."
            ).format(label=self.lot.label),
            destructive=True,
            confirm_text=self.tr("Invalidate scores"),
        ):
            return
        lot_id = self.lot.id
        try:
            with self.db.transaction() as session:
                count = invalidate_scores(session, lot_id, reason)
                locked = scores_exist(session, lot_id) or get_lot(session, lot_id).criteria_locked
        except AppError as error:
            messages.show_error(self, error)
            return
        self.locked = locked
        self.lock_label.setText("")
        self.status_label.setText(
            self.tr("%n scores invalidated; the criteria can be changed again.", "", count)
        )
        self._update_state()
        self.saved.emit()

    def copy_from_other_lot(self) -> None:
        """Replace this lot's criteria by a copy of another lot's (of any procurement)."""
        if self.lot is None or self.lot.id is None or not self._editable():
            return
        target = self.lot
        try:
            with self.db.transaction() as session:
                lots = [lot for lot in list_lots(session) if lot.id != target.id]
        except AppError as error:
            messages.show_error(self, error)
            return
        if not lots:
            messages.show_info(
                self, self.tr("Copy criteria"), self.tr("There is no other lot to copy from.")
            )
            return
        source_id = choose_lot(self, lots)
        if source_id is None:
            return
        source = next(lot for lot in lots if lot.id == source_id)
        if (self.model.rowCount() or self.is_dirty()) and not messages.confirm(
            self,
            self.tr("Copy criteria"),
            self.tr(
                "Replace the criteria of lot {target} by a copy of those of lot {source}? "
                "The current criteria of {target}, and changes not saved, are lost."
            ).format(target=target.label, source=source.label),
            destructive=True,
            confirm_text=self.tr("Replace"),
        ):
            return
        try:
            with self.db.transaction() as session:
                copied = copy_criteria(session, source_id, target.id or 0)
        except ValidationError as error:
            self._refused(error)
            return
        except AppError as error:
            messages.show_error(self, error)
            return
        self._load_criteria(copied)
        self.status_label.setText(
            self.tr("Copied %n criteria from lot {source}.", "", len(copied)).format(
                source=source.label
            )
        )
        self.saved.emit()

    def manage_scales(self) -> None:
        dialog = ScalesDialog(self.db, self)
        exec_dialog(dialog)
        dialog.deleteLater()
        try:
            with self.db.transaction() as session:
                scales = list_scales(session)
        except AppError as error:
            messages.show_error(self, error)
            return
        self._set_scales(scales)
        self._fill_form(self.tree.currentIndex())
        self._on_edited()

    # --- reading, for tests and the page ------------------------------------------------------

    def criterion_index(self, code: str, column: int = CODE) -> QModelIndex:
        """The index of the criterion with ``code`` in ``column`` (invalid when absent)."""
        for record in self.model.criteria():
            if record.code == code:
                return self.model.index_for_key(record.key, column)
        return QModelIndex()

    def cell(self, code: str, column: int) -> Any:
        return self.model.data(self.criterion_index(code, column))
