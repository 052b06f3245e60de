"""The form that creates or edits one procurement, with the threshold advice shown as values change.

Also holds the small form pieces the procurement forms share: date and money fields that
read Dutch input.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, time
from decimal import Decimal
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, Qt, QTime, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QStyle,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from ssb_desktop.db.database import Database
from ssb_desktop.errors import AppError
from ssb_desktop.formatting import LOCAL_ZONE, format_date, format_money, local_today, parse_money
from ssb_desktop.records import (
    PROCEDURE_TYPE_LABELS,
    THRESHOLD_CATEGORY_LABELS,
    ProcedureType,
    ProcurementRecord,
    ThresholdAdvice,
)
from ssb_desktop.services.procurement import (
    check_procurement,
    get_procurement,
    save_procurement,
    threshold_advice,
)
from ssb_desktop.views import messages
from ssb_desktop.views.date_field import DateField
from ssb_desktop.views.field_problems import field_holder, problem_text
from ssb_desktop.views.record_form import RecordForm

# The threshold advice waits for typing to pause; every change of procedure type or date
# shows new advice at once.
ADVICE_DELAY_MS = 250
DEFAULT_DEADLINE_TIME = time(12, 0)


def money_problem(text: str) -> str:
    """The problem with a typed amount, or "" when it is empty or an amount."""
    if not text.strip() or parse_money(text) is not None:
        return ""
    return QCoreApplication.translate(
        "ProcurementDialog", "Enter an amount in euros, for example 1.250.000,00."
    )


def money_edit() -> QLineEdit:
    edit = QLineEdit()
    edit.setProperty("problem", False)
    edit.setPlaceholderText(QCoreApplication.translate("ProcurementDialog", "€ 0,00"))
    edit.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    edit.setMaximumWidth(200)
    return edit


def advice_text(advice: ThresholdAdvice) -> str:
    """The advice in the current language; amounts and dates in Dutch notation."""
    params: dict[str, Any] = {}
    for name, value in advice.params.items():
        if name == "category" and value in THRESHOLD_CATEGORY_LABELS:
            params[name] = QCoreApplication.translate(
                "ThresholdCategory", THRESHOLD_CATEGORY_LABELS[value]
            )
        elif isinstance(value, Decimal):
            params[name] = format_money(value)
        elif isinstance(value, date):
            params[name] = format_date(value)
        else:
            params[name] = value
    template = QCoreApplication.translate(advice.context, advice.message)
    try:
        return template.format(**params)
    except (KeyError, IndexError, ValueError):
        return advice.message.format(**params)


class ProcurementDialog(RecordForm[ProcurementRecord]):
    """New or edit: ``exec()`` and then read :attr:`saved` for the stored procurement."""

    FIELDS = (
        "reference",
        "title",
        "procedure_type",
        "estimated_value",
        "publication_date",
        "questions_deadline",
        "submission_deadline",
        "planned_award_date",
        "planned_contract_start",
        "notes",
    )
    DATE_FIELDS = (
        "publication_date",
        "questions_deadline",
        "planned_award_date",
        "planned_contract_start",
    )

    def __init__(
        self,
        db: Database,
        record: ProcurementRecord | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(db, parent)
        self._record = record or ProcurementRecord(
            id=None,
            reference="",
            title="",
            procedure_type=ProcedureType.LIGHT_REGIME,
            estimated_value=Decimal("0.00"),
        )
        self.advice: list[ThresholdAdvice] = []
        self._advice_timer = QTimer(self)
        self._advice_timer.setSingleShot(True)
        self._advice_timer.setInterval(ADVICE_DELAY_MS)
        self._advice_timer.timeout.connect(self.update_advice)
        self.edits: dict[str, QLineEdit] = {}
        # The dates, typed as dd-mm-jjjj with a calendar (views/date_field.py); each one's
        # line edit is also in ``edits``.
        self.dates: dict[str, DateField] = {}
        self.problem_labels = self._problems.labels
        self._build()
        self._load(self._record)
        editing = record is not None and record.id is not None
        self.setWindowTitle(self.tr("Edit procurement") if editing else self.tr("New procurement"))
        self.update_advice()
        self.refresh()
        self.edits["reference"].setFocus(Qt.FocusReason.OtherFocusReason)

    # --- building ---------------------------------------------------------------------------

    def _line(self, field: str, edit: QLineEdit | None = None) -> QLineEdit:
        edit = edit or QLineEdit()
        edit.setObjectName(field)
        edit.textEdited.connect(lambda _text, f=field: self._on_edited(f))
        edit.editingFinished.connect(lambda f=field: self._on_left(f))
        self.edits[field] = edit
        self._problems.register(field, edit)
        return edit

    def _date_line(self, field: str) -> DateField:
        self.dates[field] = DateField(optional=True)
        self.dates[field].setMaximumWidth(180)
        self._line(field, self.dates[field].edit)
        return self.dates[field]

    def _build(self) -> None:
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)

        def row(text: str, field: str, widget: QWidget, *extra: QWidget) -> None:
            label = QLabel(text)
            label.setBuddy(widget)
            widget.setAccessibleName(text.replace("&", ""))
            if isinstance(widget, DateField):
                form.addRow(label, field_holder(widget, self.problem_labels[field], *extra))
            else:
                form.addRow(label, self._problems.holder(field, *extra))

        reference = self._line("reference")
        reference.setPlaceholderText(self.tr("for example SSB-2019"))
        reference.setMaximumWidth(200)
        row(self.tr("&Reference"), "reference", reference)
        row(self.tr("&Title"), "title", self._line("title"))

        self.procedure_type = QComboBox()
        for kind in ProcedureType:
            label = QCoreApplication.translate("ProcedureType", PROCEDURE_TYPE_LABELS[kind])
            self.procedure_type.addItem(label, kind.value)
        self.procedure_type.currentIndexChanged.connect(lambda _i: self._on_type_changed())
        self._problems.register("procedure_type", self.procedure_type)
        row(self.tr("&Procedure"), "procedure_type", self.procedure_type)

        value = self._line("estimated_value", money_edit())
        value.textEdited.connect(lambda _text: self._advice_timer.start())
        self.value_note = QLabel(
            self.tr("Excluding VAT, over the whole term including all options and extensions.")
        )
        self.value_note.setWordWrap(True)
        self.advice_icon = QLabel()
        self.advice_label = QLabel()
        self.advice_label.setWordWrap(True)
        self.advice_label.setTextFormat(Qt.TextFormat.PlainText)
        self.advice_label.setObjectName("threshold_advice")
        self.advice_box = QWidget()
        advice_row = QHBoxLayout(self.advice_box)
        advice_row.setContentsMargins(0, 0, 0, 0)
        advice_row.addWidget(self.advice_icon, 0, Qt.AlignmentFlag.AlignTop)
        advice_row.addWidget(self.advice_label, 1)
        row(self.tr("Estimated &value"), "estimated_value", value, self.value_note, self.advice_box)

        for field, text in (
            ("publication_date", self.tr("P&ublication date")),
            ("questions_deadline", self.tr("&Questions deadline")),
        ):
            row(text, field, self._date_line(field))
        publication = self.edits["publication_date"]
        publication.textEdited.connect(lambda _text: self._advice_timer.start())

        submission = self._date_line("submission_deadline")
        self.submission_time = QTimeEdit()
        self.submission_time.setDisplayFormat("HH:mm")
        self.submission_time.setAccessibleName(self.tr("Submission deadline time"))
        self.submission_time.timeChanged.connect(
            lambda _time: self._on_edited("submission_deadline")
        )
        deadline = QWidget()
        deadline_row = QHBoxLayout(deadline)
        deadline_row.setContentsMargins(0, 0, 0, 0)
        deadline_row.addWidget(submission)
        deadline_row.addWidget(QLabel(self.tr("at")))
        deadline_row.addWidget(self.submission_time)
        deadline_row.addStretch(1)
        deadline_label = QLabel(self.tr("Su&bmission deadline"))
        deadline_label.setBuddy(submission)
        submission.setAccessibleName(self.tr("Submission deadline"))
        form.addRow(
            deadline_label, field_holder(deadline, self.problem_labels["submission_deadline"])
        )

        for field, text in (
            ("planned_award_date", self.tr("Planned &award")),
            ("planned_contract_start", self.tr("Planned &contract start")),
        ):
            row(text, field, self._date_line(field))

        self.allow_multiple_bids = QCheckBox(
            self.tr("An organisation may take part in more than one bid per lot")
        )
        form.addRow("", self.allow_multiple_bids)

        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        self.notes.setMaximumHeight(90)
        self._problems.register("notes", self.notes)
        row(self.tr("N&otes"), "notes", self.notes)

        bottom, self.summary = self.bottom_row(self.tr("&Save"))

        layout = QVBoxLayout(self)
        layout.addLayout(form, 1)
        layout.addLayout(bottom)
        self.setMinimumWidth(620)

    # --- loading and reading ----------------------------------------------------------------

    def _load(self, record: ProcurementRecord) -> None:
        self.edits["reference"].setText(record.reference)
        self.edits["title"].setText(record.title)
        self.procedure_type.blockSignals(True)
        self.procedure_type.setCurrentIndex(
            max(0, self.procedure_type.findData(record.procedure_type.value))
        )
        self.procedure_type.blockSignals(False)
        self.edits["estimated_value"].setText(
            format_money(record.estimated_value) if record.id is not None else ""
        )
        for field in self.DATE_FIELDS:
            self.dates[field].set_value(getattr(record, field))
        deadline = record.submission_deadline
        if deadline is not None:
            local = deadline.astimezone(LOCAL_ZONE) if deadline.tzinfo else deadline
            self.dates["submission_deadline"].set_value(local.date())
            self.submission_time.setTime(QTime(local.hour, local.minute))
        else:
            self.dates["submission_deadline"].set_value(None)
            self.submission_time.setTime(
                QTime(DEFAULT_DEADLINE_TIME.hour, DEFAULT_DEADLINE_TIME.minute)
            )
        self.allow_multiple_bids.setChecked(record.allow_multiple_bids)
        self.notes.setPlainText(record.notes)

    def _date(self, field: str) -> date | None:
        return self.dates[field].value()

    def _deadline(self) -> datetime | None:
        day = self._date("submission_deadline")
        if day is None:
            return None
        moment = self.submission_time.time()
        local = datetime.combine(day, time(moment.hour(), moment.minute()), LOCAL_ZONE)
        return local.astimezone(UTC)

    def procedure(self) -> ProcedureType:
        return ProcedureType(self.procedure_type.currentData())

    def value(self) -> Decimal | None:
        return parse_money(self.edits["estimated_value"].text())

    def current_record(self) -> ProcurementRecord:
        """What the form holds now; unreadable dates and amounts count as empty."""
        return replace(
            self._record,
            reference=self.edits["reference"].text().strip(),
            title=self.edits["title"].text().strip(),
            procedure_type=self.procedure(),
            estimated_value=self.value() or Decimal("0.00"),
            publication_date=self._date("publication_date"),
            questions_deadline=self._date("questions_deadline"),
            submission_deadline=self._deadline(),
            planned_award_date=self._date("planned_award_date"),
            planned_contract_start=self._date("planned_contract_start"),
            allow_multiple_bids=self.allow_multiple_bids.isChecked(),
            notes=self.notes.toPlainText().strip(),
        )

    # --- threshold advice -------------------------------------------------------------------

    def _on_type_changed(self) -> None:
        self.update_advice()
        self.field_changed("procedure_type")

    def update_advice(self) -> None:
        """Ask the threshold table what it says about the procedure, the value and the date."""
        self._advice_timer.stop()
        value = self.value()
        if value is None:
            self._show_advice([])
            return
        on = self._date("publication_date") or local_today()
        procedure = self.procedure()
        try:
            with self.db.transaction() as session:
                advice = threshold_advice(session, procedure, value, on)
        except AppError as error:
            messages.show_error(self, error)
            return
        self._show_advice(advice)

    def _show_advice(self, advice: list[ThresholdAdvice]) -> None:
        self.advice = list(advice)
        text = "\n".join(advice_text(item) for item in advice)
        self.advice_label.setText(text)
        self.advice_box.setVisible(bool(text))
        warning = any(item.severity == "warning" for item in advice)
        icon = (
            QStyle.StandardPixmap.SP_MessageBoxWarning
            if warning
            else QStyle.StandardPixmap.SP_MessageBoxInformation
        )
        size = self.fontMetrics().height()
        self.advice_icon.setPixmap(self.style().standardIcon(icon).pixmap(size, size))
        self.edits["estimated_value"].setAccessibleDescription(text)

    # --- validation -------------------------------------------------------------------------

    def _on_edited(self, field: str) -> None:
        self.field_changed(field)

    def _on_left(self, field: str) -> None:
        if not shiboken6.isValid(self) or not self.isVisible():
            # Closing or destroying the dialog takes focus from the field; nothing to check.
            return
        if field == "estimated_value":
            amount = self.value()
            if amount is not None:
                self.edits[field].setText(format_money(amount))
            self.update_advice()
        elif field == "publication_date":
            self.update_advice()
        self.field_left(field)

    def local_problems(self) -> dict[str, str]:
        """Amounts the form cannot read, by field (a date field names a wrong date itself)."""
        found: dict[str, str] = {}
        problem = money_problem(self.edits["estimated_value"].text())
        if problem:
            found["estimated_value"] = problem
        return found

    def check(self) -> dict[str, str]:
        """Every problem of the form by field, translated: unreadable input, broken rules."""
        found = self.local_problems()
        for problem in check_procurement(self.current_record()):
            found.setdefault(problem.field, problem_text(problem))
        return found

    # --- saving -----------------------------------------------------------------------------

    def save(self) -> None:
        """Store the form; a refused field is shown next to it and the dialog stays open."""
        if not self.ready(self.FIELDS):
            return
        record = self.current_record()
        self.store(
            lambda session: save_procurement(session, record),
            reload=self.reload_from_database,
        )

    def stored(self, session: Session) -> ProcurementRecord | None:
        record_id = self._record.id
        return None if record_id is None else get_procurement(session, record_id)

    def show_stored(self, record: ProcurementRecord) -> None:
        self._record = record
        self._load(record)
        self.update_advice()
