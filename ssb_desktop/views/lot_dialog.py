"""The form that creates or edits one lot and the procedure settings its tender documents set."""

from __future__ import annotations

import itertools
from dataclasses import replace
from decimal import Decimal

import shiboken6
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from ssb_desktop.db.database import Database
from ssb_desktop.errors import ValidationError
from ssb_desktop.formatting import format_money, format_number, parse_money, parse_number
from ssb_desktop.i18n import translate_error
from ssb_desktop.records import (
    AWARD_METHOD_LABELS,
    DROPOUT_RULE_LABELS,
    PRICE_FORMULA_LABELS,
    TIE_BREAK_RULE_LABELS,
    AwardMethod,
    DropoutRule,
    LotRecord,
    PriceFormula,
)
from ssb_desktop.services.procurement import (
    check_lot,
    format_extensions,
    get_lot,
    parse_extensions,
    save_lot,
)
from ssb_desktop.services.reference import list_themes
from ssb_desktop.views.counts import Counts
from ssb_desktop.views.field_problems import field_holder, problem_text
from ssb_desktop.views.procurement_dialog import money_edit, money_problem
from ssb_desktop.views.record_form import RecordForm

RULE_ROLE = Qt.ItemDataRole.UserRole


def _years_and_months(months: int) -> str:
    if months % 12 == 0:
        years = months // 12
        return Counts().years(years)
    return Counts().months(months)


class LotDialog(RecordForm[LotRecord]):
    """New or edit: ``exec()`` and then read :attr:`saved` for the stored lot."""

    # Fields in the order the form shows them, for focusing the first problem.
    FIELDS = (
        "number",
        "theme_id",
        "title",
        "description",
        "budget",
        "term_months",
        "extension_months",
        "award_method",
        "price_formula",
        "price_max_points",
        "price_floor",
        "price_ceiling",
        "evaluator_count",
        "dropout_rule",
        "tie_break_rules",
        "spread_flag_steps",
    )

    def __init__(self, db: Database, record: LotRecord, parent: QWidget | None = None) -> None:
        super().__init__(db, parent)
        self._record = record
        self.widgets = self._problems.widgets
        self.problem_labels = self._problems.labels
        self._build()
        self._load(record)
        self.setWindowTitle(
            self.tr("Edit lot {label}").format(label=record.label)
            if record.id is not None
            else self.tr("New lot for {reference}").format(reference=record.procurement_reference)
        )
        if record.id is not None:
            self._left = set(self.problem_labels)
        self._update_enabled()
        self.refresh()
        self.number.setFocus(Qt.FocusReason.OtherFocusReason)

    # --- building ---------------------------------------------------------------------------

    def _register(self, field: str, widget: QWidget) -> QWidget:
        widget.setObjectName(field)
        self._problems.register(field, widget)
        return widget

    def _line(self, field: str, edit: QLineEdit | None = None) -> QLineEdit:
        edit = edit or QLineEdit()
        self._register(field, edit)
        edit.textEdited.connect(lambda _text, f=field: self._on_edited(f))
        edit.editingFinished.connect(lambda f=field: self._on_left(f))
        return edit

    def _spin(self, field: str, minimum: int, maximum: int, suffix: str = "") -> QSpinBox:
        spin = QSpinBox()
        spin.setRange(minimum, maximum)
        if suffix:
            spin.setSuffix(suffix)
        self._register(field, spin)
        spin.valueChanged.connect(lambda _value, f=field: self._on_edited(f, left=True))
        return spin

    def _combo(self, field: str, labels: dict[str, str], context: str) -> QComboBox:
        combo = QComboBox()
        for value, label in labels.items():
            combo.addItem(QCoreApplication.translate(context, label), value)
        self._register(field, combo)
        combo.currentIndexChanged.connect(lambda _i, f=field: self._on_choice(f))
        return combo

    @staticmethod
    def _row(form: QFormLayout, text: str, holder: QWidget, buddy: QWidget) -> None:
        label = QLabel(text)
        label.setBuddy(buddy)
        buddy.setAccessibleName(text.replace("&", ""))
        form.addRow(label, holder)

    def _field_row(self, form: QFormLayout, text: str, field: str, *extra: QWidget) -> None:
        self._row(form, text, self._problems.holder(field, *extra), self.widgets[field])

    def _build(self) -> None:
        lot_box = QGroupBox(self.tr("Lot"))
        lot_form = QFormLayout(lot_box)
        self.number = self._spin("number", 0, 999)
        self.number.setMaximumWidth(90)
        self._field_row(lot_form, self.tr("&Number"), "number")
        self.theme = QComboBox()
        self._register("theme_id", self.theme)
        self.theme.currentIndexChanged.connect(lambda _i: self._on_choice("theme_id"))
        self._field_row(lot_form, self.tr("T&heme"), "theme_id")
        self.title = self._line("title")
        self._field_row(lot_form, self.tr("&Title"), "title")
        self.description = QPlainTextEdit()
        self.description.setTabChangesFocus(True)
        self.description.setMinimumHeight(60)
        self._register("description", self.description)
        self._field_row(lot_form, self.tr("&Description"), "description")
        self.budget = self._line("budget", money_edit())
        self.budget_note = QLabel(self.tr("Excluding VAT, for the initial term."))
        self._field_row(lot_form, self.tr("&Budget"), "budget", self.budget_note)
        self.term = self._spin("term_months", 0, 600, self.tr(" months"))
        self.term.setMaximumWidth(140)
        self._field_row(lot_form, self.tr("Contract te&rm"), "term_months")
        self.extensions = self._line("extension_months")
        self.extensions.setPlaceholderText(self.tr("for example 1 x 24 maanden or 5 + 2 + 2 jaar"))
        self.extensions_read = QLabel()
        self.extensions_read.setWordWrap(True)
        self.extensions_read.setObjectName("extensions_read")
        self._field_row(
            lot_form, self.tr("E&xtension options"), "extension_months", self.extensions_read
        )

        settings_box = QGroupBox(self.tr("Procedure settings (as the tender documents promised)"))
        settings = QFormLayout(settings_box)
        self.award_method = self._combo(
            "award_method",
            {method.value: AWARD_METHOD_LABELS[method] for method in AwardMethod},
            "AwardMethod",
        )
        self._field_row(settings, self.tr("&Award method"), "award_method")
        self.price_formula = self._combo(
            "price_formula",
            {formula.value: PRICE_FORMULA_LABELS[formula] for formula in PriceFormula},
            "PriceFormula",
        )
        self._field_row(settings, self.tr("Price &formula"), "price_formula")
        self.price_points = self._line("price_max_points")
        self.price_points.setMaximumWidth(90)
        self.price_points.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self._field_row(settings, self.tr("Maximum price &points"), "price_max_points")
        self.price_floor = self._line("price_floor", money_edit())
        self._field_row(settings, self.tr("F&loor price"), "price_floor")
        self.price_ceiling = self._line("price_ceiling", money_edit())
        self._field_row(settings, self.tr("&Ceiling price"), "price_ceiling")

        self.consensus = QRadioButton(self.tr("Consensus score with motivation"))
        self.average = QRadioButton(self.tr("Average of the evaluators' scores"))
        self.scoring_group = QButtonGroup(self)
        self.scoring_group.addButton(self.consensus)
        self.scoring_group.addButton(self.average)
        scoring = QWidget()
        scoring_row = QHBoxLayout(scoring)
        scoring_row.setContentsMargins(0, 0, 0, 0)
        scoring_row.addWidget(self.consensus)
        scoring_row.addWidget(self.average)
        scoring_row.addStretch(1)
        self._row(settings, self.tr("F&inal score"), scoring, self.consensus)
        self.evaluators = self._spin("evaluator_count", 0, 20)
        self.evaluators.setMaximumWidth(90)
        self._field_row(settings, self.tr("Number of &evaluators"), "evaluator_count")
        self.prices_hidden = QCheckBox(self.tr("&Quality evaluators do not see prices"))
        self.anonymised = QCheckBox(
            self.tr("Anon&ymised: bidders are shown as codes until the consensus is final")
        )
        self.motivation_required = QCheckBox(self.tr("A written &motivation is required"))
        for box in (self.prices_hidden, self.anonymised, self.motivation_required):
            settings.addRow("", box)
        self.dropout_rule = self._combo(
            "dropout_rule",
            {rule.value: DROPOUT_RULE_LABELS[rule] for rule in DropoutRule},
            "DropoutRule",
        )
        self.dropout_note = QLabel(self.tr("When a ranked bid drops out (withdrawn or excluded)."))
        self.dropout_note.setWordWrap(True)
        self._field_row(settings, self.tr("Bid drops &out"), "dropout_rule", self.dropout_note)

        self.tie_breaks = QListWidget()
        self.tie_breaks.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        # Every rule in sight, its text whole (wrapped): the list is short and its order is
        # the point; its height follows the rules in _load_rules.
        self.tie_breaks.setWordWrap(True)
        self.tie_breaks.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.tie_breaks.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._register("tie_break_rules", self.tie_breaks)
        self.tie_breaks.itemChanged.connect(lambda _item: self._on_edited("tie_break_rules"))
        self.tie_breaks.model().rowsMoved.connect(lambda *_args: self._on_edited("tie_break_rules"))
        self.rule_up = QPushButton(self.tr("Up"))
        self.rule_up.setAccessibleName(self.tr("Move tie-break rule up"))
        self.rule_up.setToolTip(self.tr("Apply this rule earlier (Ctrl+Up)"))
        self.rule_up.clicked.connect(lambda: self.move_rule(-1))
        self.rule_down = QPushButton(self.tr("Down"))
        self.rule_down.setAccessibleName(self.tr("Move tie-break rule down"))
        self.rule_down.setToolTip(self.tr("Apply this rule later (Ctrl+Down)"))
        self.rule_down.clicked.connect(lambda: self.move_rule(1))
        for keys, delta in (("Ctrl+Up", -1), ("Ctrl+Down", 1)):
            shortcut = QShortcut(QKeySequence(keys), self.tie_breaks)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(lambda d=delta: self.move_rule(d))
        rule_buttons = QVBoxLayout()
        rule_buttons.addWidget(self.rule_up)
        rule_buttons.addWidget(self.rule_down)
        rule_buttons.addStretch(1)
        rules = QWidget()
        rules_row = QHBoxLayout(rules)
        rules_row.setContentsMargins(0, 0, 0, 0)
        rules_row.addWidget(self.tie_breaks, 1)
        rules_row.addLayout(rule_buttons)
        rules_note = QLabel(self.tr("Ticked rules apply from top to bottom."))
        self._row(
            settings,
            self.tr("Tie-brea&k rules"),
            field_holder(rules, self.problem_labels["tie_break_rules"], rules_note),
            self.tie_breaks,
        )
        self.spread = self._spin("spread_flag_steps", 0, 20, self.tr(" steps"))
        self.spread.setMaximumWidth(120)
        spread_note = QLabel(
            self.tr("Flag a criterion when evaluators differ by more than this on the scale.")
        )
        spread_note.setWordWrap(True)
        self._field_row(settings, self.tr("Spread fla&g"), "spread_flag_steps", spread_note)

        columns = QHBoxLayout()
        columns.addWidget(lot_box, 1)
        columns.addWidget(settings_box, 1)

        bottom, self.summary = self.bottom_row(self.tr("&Save"))
        layout = QVBoxLayout(self)
        layout.addLayout(columns, 1)
        layout.addLayout(bottom)

        # Tab order follows the two columns top to bottom, not the order of creation.
        order: list[QWidget] = [
            self.number,
            self.theme,
            self.title,
            self.description,
            self.budget,
            self.term,
            self.extensions,
            self.award_method,
            self.price_formula,
            self.price_points,
            self.price_floor,
            self.price_ceiling,
            self.consensus,
            self.evaluators,
            self.prices_hidden,
            self.anonymised,
            self.motivation_required,
            self.dropout_rule,
            self.tie_breaks,
            self.rule_up,
            self.rule_down,
            self.spread,
            self.buttons,
        ]
        for first, second in itertools.pairwise(order):
            self.setTabOrder(first, second)

    # --- loading and reading ----------------------------------------------------------------

    def _load(self, record: LotRecord) -> None:
        widgets = [*self.widgets.values(), self.tie_breaks]
        for widget in widgets:
            widget.blockSignals(True)
        try:
            self.number.setValue(record.number)
            with self.db.transaction() as session:
                themes = list_themes(session, active_only=True, keep=record.theme_id)
            self.theme.clear()
            self.theme.addItem(self.tr("(no theme)"), None)
            for theme_id, name in themes:
                self.theme.addItem(name, theme_id)
            self.theme.setCurrentIndex(max(0, self.theme.findData(record.theme_id)))
            self.title.setText(record.title)
            self.description.setPlainText(record.description)
            self.budget.setText(format_money(record.budget))
            self.term.setValue(record.term_months)
            self.extensions.setText(format_extensions(record.extension_months))
            self.award_method.setCurrentIndex(self.award_method.findData(record.award_method.value))
            self.price_formula.setCurrentIndex(
                self.price_formula.findData(record.price_formula.value)
            )
            self.price_points.setText(format_number(record.price_max_points))
            self.price_floor.setText(format_money(record.price_floor))
            self.price_ceiling.setText(format_money(record.price_ceiling))
            (self.average if record.use_average else self.consensus).setChecked(True)
            self.evaluators.setValue(record.evaluator_count)
            self.prices_hidden.setChecked(record.prices_hidden)
            self.anonymised.setChecked(record.anonymised)
            self.motivation_required.setChecked(record.motivation_required)
            self.dropout_rule.setCurrentIndex(self.dropout_rule.findData(record.dropout_rule.value))
            self._load_rules(record.tie_break_rules)
            self.spread.setValue(record.spread_flag_steps)
        finally:
            for widget in widgets:
                widget.blockSignals(False)
        self._show_extensions()

    def _load_rules(self, chosen: tuple[str, ...]) -> None:
        self.tie_breaks.clear()
        others = [rule for rule in TIE_BREAK_RULE_LABELS if rule not in chosen]
        for rule in (*chosen, *others):
            label = TIE_BREAK_RULE_LABELS.get(rule)
            text = QCoreApplication.translate("TieBreakRule", label) if label else rule
            item = QListWidgetItem(text)
            item.setData(RULE_ROLE, rule)
            item.setFlags(
                Qt.ItemFlag.ItemIsEnabled
                | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemIsUserCheckable
                | Qt.ItemFlag.ItemIsDragEnabled
            )
            item.setCheckState(Qt.CheckState.Checked if rule in chosen else Qt.CheckState.Unchecked)
            self.tie_breaks.addItem(item)
        self.tie_breaks.setCurrentRow(0)
        # Room for each rule on two lines at most, so that a narrower dialog still shows all.
        line = self.tie_breaks.fontMetrics().lineSpacing()
        rows = self.tie_breaks.count()
        self.tie_breaks.setFixedHeight(
            rows * (line + 6) + 2 * line + 2 * self.tie_breaks.frameWidth()
        )

    def tie_break_rules(self) -> tuple[str, ...]:
        """The ticked rules, in the order shown."""
        rules = []
        for row in range(self.tie_breaks.count()):
            item = self.tie_breaks.item(row)
            if item.checkState() == Qt.CheckState.Checked:
                rules.append(str(item.data(RULE_ROLE)))
        return tuple(rules)

    def move_rule(self, delta: int) -> None:
        """Move the current tie-break rule ``delta`` places (the order is the order applied)."""
        row = self.tie_breaks.currentRow()
        target = row + delta
        if row < 0 or not 0 <= target < self.tie_breaks.count():
            return
        item = self.tie_breaks.takeItem(row)
        self.tie_breaks.insertItem(target, item)
        self.tie_breaks.setCurrentRow(target)
        self._on_edited("tie_break_rules")

    def _extension_months(self) -> tuple[int, ...] | None:
        try:
            return parse_extensions(self.extensions.text())
        except ValidationError:
            return None

    def current_record(self) -> LotRecord:
        """What the form holds now; unreadable amounts count as empty."""
        theme_id = self.theme.currentData()
        points = (
            parse_number(self.price_points.text()) if self.price_points.text().strip() else None
        )
        return replace(
            self._record,
            number=self.number.value(),
            theme_id=theme_id if isinstance(theme_id, int) else None,
            theme_name=self.theme.currentText() if isinstance(theme_id, int) else "",
            title=self.title.text().strip(),
            description=self.description.toPlainText().strip(),
            budget=parse_money(self.budget.text()),
            term_months=self.term.value(),
            extension_months=self._extension_months() or (),
            award_method=AwardMethod(self.award_method.currentData()),
            price_formula=PriceFormula(self.price_formula.currentData()),
            price_max_points=points if points is not None else Decimal(0),
            price_floor=parse_money(self.price_floor.text()),
            price_ceiling=parse_money(self.price_ceiling.text()),
            use_average=self.average.isChecked(),
            evaluator_count=self.evaluators.value(),
            prices_hidden=self.prices_hidden.isChecked(),
            anonymised=self.anonymised.isChecked(),
            motivation_required=self.motivation_required.isChecked(),
            dropout_rule=DropoutRule(self.dropout_rule.currentData()),
            tie_break_rules=self.tie_break_rules(),
            spread_flag_steps=self.spread.value(),
        )

    # --- reacting ---------------------------------------------------------------------------

    def _on_edited(self, field: str, *, left: bool = False) -> None:
        if left:
            self._left.add(field)
        if field == "extension_months":
            self._show_extensions()
        self.field_changed(field)

    def _on_choice(self, field: str) -> None:
        self._left.add(field)
        self._update_enabled()
        self.field_changed(field)

    def _on_left(self, field: str) -> None:
        if not shiboken6.isValid(self) or not self.isVisible():
            # Closing or destroying the dialog takes focus from the field; nothing to check.
            return
        edit = self.widgets[field]
        if isinstance(edit, QLineEdit):
            if field in ("budget", "price_floor", "price_ceiling"):
                amount = parse_money(edit.text())
                if amount is not None:
                    edit.setText(format_money(amount))
            elif field == "extension_months":
                months = self._extension_months()
                if months is not None:
                    edit.setText(format_extensions(months))
        self.field_left(field)

    def _update_enabled(self) -> None:
        # Price is scored with a formula only in weighted points; absolute needs its range.
        points = AwardMethod(self.award_method.currentData()) is AwardMethod.WEIGHTED_POINTS
        absolute = PriceFormula(self.price_formula.currentData()) is PriceFormula.ABSOLUTE
        self.price_formula.setEnabled(points)
        self.price_points.setEnabled(points)
        self.price_floor.setEnabled(points and absolute)
        self.price_ceiling.setEnabled(points and absolute)

    def _show_extensions(self) -> None:
        """Say how the typed options were read, and the longest possible contract."""
        months = self._extension_months()
        if months is None or not months:
            self.extensions_read.setText("" if months is None else self.tr("No extension options."))
            return
        self.extensions_read.setText(
            self.tr(
                "%n options: {lengths}; at most {total} including the term.", "", len(months)
            ).format(
                lengths=", ".join(_years_and_months(length) for length in months),
                total=_years_and_months(self.term.value() + sum(months)),
            )
        )

    # --- validation -------------------------------------------------------------------------

    def local_problems(self) -> dict[str, str]:
        """Amounts, points and extension options the form cannot read, by field."""
        found: dict[str, str] = {}
        for field, edit in (
            ("budget", self.budget),
            ("price_floor", self.price_floor),
            ("price_ceiling", self.price_ceiling),
        ):
            problem = money_problem(edit.text())
            if problem:
                found[field] = problem
        if self.price_points.text().strip() and parse_number(self.price_points.text()) is None:
            found["price_max_points"] = self.tr("Enter a number of points, for example 20.")
        try:
            parse_extensions(self.extensions.text())
        except ValidationError as error:
            found["extension_months"] = translate_error(error)
        return found

    def check(self) -> dict[str, str]:
        """Every problem of the form by field, translated: unreadable input, broken rules."""
        found = self.local_problems()
        for problem in check_lot(self.current_record()):
            found.setdefault(problem.field, problem_text(problem))
        return found

    # --- saving -----------------------------------------------------------------------------

    def save(self) -> None:
        """Store the form; a refused field is shown next to it and the dialog stays open."""
        if not self.ready(self.FIELDS):
            return
        record = self.current_record()
        self.store(lambda session: save_lot(session, record), reload=self.reload_from_database)

    def stored(self, session: Session) -> LotRecord | None:
        record_id = self._record.id
        return None if record_id is None else get_lot(session, record_id)

    def show_stored(self, record: LotRecord) -> None:
        self._record = record
        self._load(record)
        self._update_enabled()
