"""The letter texts on the Administration page: staff edit the template of each kind of letter
with a live preview of the real letter to a chosen addressee; a text that drops what the law
requires or uses an unknown placeholder is refused; "terug naar standaard" restores the text
that ships with the program."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ssb_desktop.db.database import Database
from ssb_desktop.errors import AppError, ValidationError
from ssb_desktop.formatting import format_moment
from ssb_desktop.i18n import translate_error
from ssb_desktop.letter_templates import (
    DEFAULT_TEMPLATES,
    PLACEHOLDERS,
    check_template,
    template_text,
)
from ssb_desktop.records import (
    LETTER_KIND_LABELS,
    ApplicationFilter,
    AwardStatus,
    HouseStyleRecord,
    LetterContent,
    LetterKind,
    LetterTemplateRecord,
    MinutesContent,
    SubsidyLetterContent,
)
from ssb_desktop.services import awards, evaluation, subsidies
from ssb_desktop.services.house_style import get_house_style, reset_template, save_template
from ssb_desktop.services.permissions import Permission, permissions_of
from ssb_desktop.services.procurement import list_lots
from ssb_desktop.views import messages
from ssb_desktop.views.field_problems import PROBLEM_STYLE, problem_label, show_problem

# Typing pauses this long before the preview is drawn again.
PREVIEW_DELAY_MS = 300
# A preview needs examples, not every application of every year.
MAX_EXAMPLES = 200
_AWARD_KINDS = (LetterKind.AWARD_WINNER, LetterKind.AWARD_OTHER)

# Reminders and minutes are made one by one: a handful is example enough.
MAX_SLOW_EXAMPLES = 30

Example = LetterContent | SubsidyLetterContent | MinutesContent


def _award_examples(session: Any, kind: LetterKind) -> list[LetterContent]:
    found: list[LetterContent] = []
    for award in awards.list_awards(session):
        if award.status is AwardStatus.WITHDRAWN:
            continue
        try:
            letters = awards.letters(session, award.lot_id)
        except ValidationError:
            continue  # a lot whose letters cannot be made yet gives no example
        found.extend(
            letter for letter in letters if letter.is_winner == (kind is LetterKind.AWARD_WINNER)
        )
    return found[:MAX_EXAMPLES]


def _subsidy_examples(session: Any, kind: LetterKind) -> list[SubsidyLetterContent]:
    from ssb_desktop.documents.subsidy_letter import letter_kind

    letters = subsidies.letter_contents(session)
    return [letter for letter in letters if letter_kind(letter) is kind][:MAX_EXAMPLES]


def _reminder_examples(session: Any) -> list[SubsidyLetterContent]:
    """Reminders of the reports overdue today."""
    overdue = subsidies.list_applications(session, ApplicationFilter(report_overdue=True))
    found: list[SubsidyLetterContent] = []
    for record in overdue[:MAX_SLOW_EXAMPLES]:
        if record.id is None:
            continue
        try:
            found.append(subsidies.reminder_content(session, record.id))
        except ValidationError:
            continue
    return found


def _minutes_examples(session: Any) -> list[MinutesContent]:
    """The minutes of the meetings held, latest lots first."""
    found: list[MinutesContent] = []
    for lot in reversed(list_lots(session)):
        if lot.id is None:
            continue
        for meeting in evaluation.list_meetings(session, lot.id):
            if meeting.id is None:
                continue
            try:
                found.append(evaluation.write_minutes(session, meeting.id))
            except AppError:
                continue  # a lot still scored blind shows nothing of its scores yet
            if len(found) >= MAX_SLOW_EXAMPLES:
                return found
    return found


def _examples(session: Any, kind: LetterKind) -> list[Example]:
    if kind in _AWARD_KINDS:
        return list(_award_examples(session, kind))
    if kind is LetterKind.MINUTES:
        return list(_minutes_examples(session))
    if kind is LetterKind.SUBSIDY_REMINDER:
        return list(_reminder_examples(session))
    return list(_subsidy_examples(session, kind))


def _example_label(example: Example) -> str:
    if isinstance(example, LetterContent):
        return f"{example.lot_label} {example.bid_code} – {example.addressee_name}"
    if isinstance(example, MinutesContent):
        return f"{example.lot_label} – {format_moment(example.held_at)}"
    return f"{example.application.reference} – {example.addressee_name}"


class LetterTemplatesTab(QWidget):
    """Edit the text of each kind of letter; read-only for everyone but an administrator."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.style_record = HouseStyleRecord()
        self._examples: list[Example] = []
        self._loaded_text = ""
        self.setStyleSheet(PROBLEM_STYLE)
        self.kind = QComboBox()
        self.kind.setAccessibleName(self.tr("Kind of letter"))
        for kind in DEFAULT_TEMPLATES:
            self.kind.addItem(
                QCoreApplication.translate("LetterKind", LETTER_KIND_LABELS[kind]), kind.value
            )
        self.example = QComboBox()
        self.example.setAccessibleName(self.tr("Preview on"))
        self.text = QPlainTextEdit()
        self.text.setAccessibleName(self.tr("Text of the letter"))
        self.text.setTabChangesFocus(True)
        self.problem_label = problem_label()
        self.placeholders = QLabel()
        self.placeholders.setWordWrap(True)
        self.preview = QTextBrowser()
        self.preview.setAccessibleName(self.tr("Preview"))
        self.save_button = QPushButton(self.tr("Sa&ve text"))
        self.default_button = QPushButton(self.tr("Back to &default"))
        self.save_button.clicked.connect(self.save)
        self.default_button.clicked.connect(self.back_to_default)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(PREVIEW_DELAY_MS)
        self._timer.timeout.connect(self.update_preview)
        self.text.textChanged.connect(self._timer.start)
        self._kind_index = 0
        self.kind.currentIndexChanged.connect(self._on_kind_changed)
        self.example.currentIndexChanged.connect(lambda _i: self.update_preview())

        choose = QFormLayout()
        kind_label = QLabel(self.tr("&Letter"))
        kind_label.setBuddy(self.kind)
        example_label = QLabel(self.tr("Pre&view on"))
        example_label.setBuddy(self.example)
        choose.addRow(kind_label, self.kind)
        choose.addRow(example_label, self.example)
        editor = QWidget()
        editor_layout = QVBoxLayout(editor)
        editor_layout.setContentsMargins(0, 0, 0, 0)
        editor_layout.addWidget(self.text, 1)
        editor_layout.addWidget(self.problem_label)
        editor_layout.addWidget(self.placeholders)
        buttons = QHBoxLayout()
        buttons.addWidget(self.default_button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        editor_layout.addLayout(buttons)
        splitter = QSplitter()
        splitter.addWidget(editor)
        splitter.addWidget(self.preview)
        splitter.setSizes([500, 500])
        layout = QVBoxLayout(self)
        layout.addLayout(choose)
        hint = QLabel(
            self.tr(
                "A blank line separates paragraphs; a line starting with # is a heading, kept "
                "on one page with the paragraph after it. Placeholders in braces are filled in "
                "per letter; those marked * are required by law."
            )
        )
        hint.setWordWrap(True)
        layout.addWidget(hint)
        layout.addWidget(splitter, 1)
        self._update_enabled()

    def may_edit(self) -> bool:
        return Permission.EDIT_REFERENCE_DATA in permissions_of(self.db.actor.roles)

    def _update_enabled(self) -> None:
        editable = self.may_edit()
        self.text.setReadOnly(not editable)
        self.save_button.setEnabled(editable)
        self.default_button.setEnabled(editable)

    def current_kind(self) -> LetterKind:
        return LetterKind(self.kind.currentData())

    def _stored(self) -> LetterTemplateRecord | None:
        kind = self.current_kind()
        return next((t for t in self.style_record.templates if t.kind is kind), None)

    # --- loading ------------------------------------------------------------------------

    def reload(self) -> None:
        try:
            with self.db.transaction() as session:
                self.style_record = get_house_style(session)
        except AppError as error:
            messages.show_error(self, error)
            return
        self._kind_chosen()

    def has_unsaved_text(self) -> bool:
        return self.text.toPlainText() != self._loaded_text

    def _on_kind_changed(self, index: int) -> None:
        """Another kind of letter; unsaved changes to the text are not dropped unasked."""
        if self.has_unsaved_text() and not messages.confirm(
            self,
            self.tr("Letter texts"),
            self.tr("Discard your changes to the text of {kind}?").format(
                kind=self.kind.itemText(self._kind_index)
            ),
            destructive=True,
            confirm_text=self.tr("Discard"),
        ):
            self.kind.blockSignals(True)
            self.kind.setCurrentIndex(self._kind_index)
            self.kind.blockSignals(False)
            return
        self._kind_index = index
        self._kind_chosen()

    def _kind_chosen(self) -> None:
        kind = self.current_kind()
        self._show_text(template_text(self.style_record, kind))
        self.placeholders.setText(
            self.tr("Placeholders: {names}").format(
                names=", ".join(
                    "{" + p.name + "}" + ("*" if p.required else "") for p in PLACEHOLDERS[kind]
                )
            )
        )
        self.placeholders.setToolTip(
            "\n".join(
                "{" + p.name + "}: " + QCoreApplication.translate("Placeholder", p.description)
                for p in PLACEHOLDERS[kind]
            )
        )
        self._load_examples(kind)

    def _show_text(self, text: str) -> None:
        self._loaded_text = text
        self.text.blockSignals(True)
        self.text.setPlainText(text)
        self.text.blockSignals(False)
        show_problem(self.text, self.problem_label, "")

    def _load_examples(self, kind: LetterKind) -> None:
        try:
            with self.db.transaction() as session:
                examples = _examples(session, kind)
        except AppError as error:
            examples = []
            self.preview.setPlainText(translate_error(error))
        self._examples = examples
        self.example.blockSignals(True)
        self.example.clear()
        for example in examples:
            self.example.addItem(_example_label(example))
        self.example.blockSignals(False)
        self.update_preview()

    # --- preview ------------------------------------------------------------------------

    def update_preview(self) -> bool:
        """Draw the chosen letter with the text as typed; a text that would be refused shows
        why under the editor instead. Returns whether the preview was drawn."""
        text = self.text.toPlainText()
        kind = self.current_kind()
        try:
            check_template(kind, text)
        except ValidationError as error:
            show_problem(self.text, self.problem_label, translate_error(error))
            return False
        show_problem(self.text, self.problem_label, "")
        index = self.example.currentIndex()
        if not 0 <= index < len(self._examples):
            self.preview.setPlainText(
                self.tr("There is no letter of this kind yet to show the text on.")
            )
            return False
        example = self._examples[index]
        style = replace(self.style_record, templates=())
        if isinstance(example, LetterContent):
            from ssb_desktop.documents import award_letter

            html = award_letter.letter_html(example, style, text)
        elif isinstance(example, MinutesContent):
            from ssb_desktop.documents import minutes

            html = minutes.minutes_html(example, style, text)
        else:
            from ssb_desktop.documents import subsidy_letter

            html = subsidy_letter.letter_html(example, style, text)
        from ssb_desktop.documents.pdf import STYLE

        self.preview.document().setDefaultStyleSheet(STYLE)
        self.preview.setHtml(html)
        return True

    # --- saving -------------------------------------------------------------------------

    def problem(self) -> str:
        return self.problem_label.text() if self.problem_label.isVisibleTo(self) else ""

    def save(self) -> bool:
        """Store the text; a refused text keeps the dialog as it is with the reason shown."""
        text = self.text.toPlainText()
        return self._store(
            lambda session, kind, version: save_template(session, kind, text, version)
        )

    def back_to_default(self) -> bool:
        """ "Terug naar standaard": the text that ships with the program, stored."""
        if not messages.confirm(
            self,
            self.tr("Back to default"),
            self.tr(
                "Replace the text of this letter with the text that ships with the program? "
                "The current text stays in the audit log."
            ),
            confirm_text=self.tr("Back to default"),
        ):
            return False
        return self._store(reset_template)

    def _store(self, service: Any) -> bool:
        kind = self.current_kind()
        stored = self._stored()
        version = stored.version if stored is not None else None
        try:
            with self.db.transaction() as session:
                service(session, kind, version)
        except ValidationError as error:
            show_problem(self.text, self.problem_label, translate_error(error))
            return False
        except AppError as error:
            messages.show_error(self, error)
            return False
        index = self.example.currentIndex()
        self.reload()
        self.example.setCurrentIndex(index)
        return True
