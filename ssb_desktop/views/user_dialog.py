"""The form that adds or edits one user and their roles, with refusals shown next to the field."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ssb_desktop.db.database import Database
from ssb_desktop.errors import N_, AppError, ConflictError, ValidationError
from ssb_desktop.i18n import translate_error
from ssb_desktop.records import ROLE_LABELS, Role, UserRecord
from ssb_desktop.services.users import list_users, save_user
from ssb_desktop.views import messages

# A red border and red text, and always the sentence itself: never colour alone.
PROBLEM_STYLE = """
QLineEdit[problem="true"], QSpinBox[problem="true"], QGroupBox[problem="true"] {
    border: 2px solid #b3261e;
    border-radius: 3px;
}
QLabel[role="problem"] { color: #b3261e; }
"""

ROLE_DESCRIPTIONS: dict[Role, str] = {
    Role.ADMINISTRATOR: N_(
        "UserDialog", "Manages users, roles and reference data such as districts."
    ),
    Role.PROCUREMENT_OFFICER: N_("UserDialog", "Manages organisations, procurements and bids."),
    Role.EVALUATOR: N_("UserDialog", "Scores bids."),
    Role.SUBSIDY_OFFICER: N_("UserDialog", "Manages organisations and subsidy applications."),
    Role.READ_ONLY: N_("UserDialog", "May look at everything and change nothing."),
}


def problem_label() -> QLabel:
    """A hidden label that shows a refusal under its field."""
    label = QLabel()
    label.setProperty("role", "problem")
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setVisible(False)
    return label


def show_problem(widget: QWidget, label: QLabel, text: str) -> None:
    """Show ``text`` under ``widget`` and mark it; an empty text clears both."""
    label.setText(text)
    label.setVisible(bool(text))
    widget.setAccessibleDescription(text)
    marked = bool(text)
    if widget.property("problem") != marked:
        widget.setProperty("problem", marked)
        # A dynamic property only restyles after a re-polish.
        widget.style().unpolish(widget)
        widget.style().polish(widget)


class UserDialog(QDialog):
    """New or edit: ``exec()`` and then read :attr:`saved` for the stored user."""

    def __init__(
        self, db: Database, user: UserRecord | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.saved: UserRecord | None = None
        self._user = user
        self.setStyleSheet(PROBLEM_STYLE)
        self.setWindowTitle(self.tr("Edit user") if user else self.tr("New user"))

        self.account = QLineEdit()
        self.account.setPlaceholderText(self.tr("Windows login, e.g. GEMEENTE\\jjansen"))
        self.display_name = QLineEdit()
        self.email = QLineEdit()
        self.role_boxes: dict[Role, QCheckBox] = {}
        self.roles_box = QGroupBox(self.tr("Roles"))
        roles_layout = QVBoxLayout(self.roles_box)
        for role in Role:
            box = QCheckBox(QCoreApplication.translate("Role", ROLE_LABELS[role]))
            box.setToolTip(QCoreApplication.translate("UserDialog", ROLE_DESCRIPTIONS[role]))
            self.role_boxes[role] = box
            roles_layout.addWidget(box)
        self.active = QCheckBox(self.tr("Ac&tive: may use the program"))

        self.general_problem = problem_label()
        self.problems: dict[str, QLabel] = {
            "account": problem_label(),
            "display_name": problem_label(),
            "email": problem_label(),
            "roles": problem_label(),
        }
        self._fields: dict[str, QWidget] = {
            "account": self.account,
            "display_name": self.display_name,
            "email": self.email,
            "roles": self.roles_box,
        }
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for field, text in (
            ("account", self.tr("&Account")),
            ("display_name", self.tr("&Name")),
            ("email", self.tr("&E-mail")),
        ):
            caption = QLabel(text)
            caption.setBuddy(self._fields[field])
            form.addRow(caption, self._fields[field])
            form.addRow("", self.problems[field])
        form.addRow(self.roles_box)
        form.addRow(self.problems["roles"])
        form.addRow(self.active)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("&Save"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.general_problem)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self._load(user)
        self.setMinimumWidth(440)
        self.account.setFocus(Qt.FocusReason.OtherFocusReason)

    def _load(self, user: UserRecord | None) -> None:
        self.account.setText(user.account if user else "")
        self.display_name.setText(user.display_name if user else "")
        self.email.setText(user.email if user else "")
        roles = user.roles if user else frozenset({Role.READ_ONLY})
        for role, box in self.role_boxes.items():
            box.setChecked(role in roles)
        self.active.setChecked(user.active if user else True)

    def roles(self) -> frozenset[Role]:
        return frozenset(role for role, box in self.role_boxes.items() if box.isChecked())

    def problem(self, field: str) -> str:
        """The refusal shown next to ``field`` ("" when there is none)."""
        label = self.problems[field]
        return label.text() if label.isVisibleTo(self) else ""

    def _clear_problems(self) -> None:
        for field, label in self.problems.items():
            show_problem(self._fields[field], label, "")
        self.general_problem.setVisible(False)

    # --- saving -----------------------------------------------------------------------------

    def save(self) -> None:
        """Store the form; a refused field is shown next to it and the dialog stays open."""
        self._clear_problems()
        user = self._user
        try:
            with self.db.transaction() as session:
                saved = save_user(
                    session,
                    user_id=user.id if user else None,
                    account=self.account.text(),
                    display_name=self.display_name.text(),
                    email=self.email.text(),
                    roles=self.roles(),
                    active=self.active.isChecked(),
                    version=user.version if user else None,
                )
        except ConflictError:
            if messages.ask_reload_conflict(self):
                self.reload_from_database()
            return
        except ValidationError as error:
            field = error.field or ""
            if field in self.problems:
                widget = self._fields[field]
                show_problem(widget, self.problems[field], translate_error(error))
                widget.setFocus(Qt.FocusReason.OtherFocusReason)
            else:
                messages.show_error(self, error)
            return
        except AppError as error:
            messages.show_error(self, error)
            return
        self.saved = saved
        self.accept()

    def reload_from_database(self) -> None:
        """Replace the form's values with the user as stored now."""
        if self._user is None:
            return
        user_id = self._user.id
        try:
            with self.db.transaction() as session:
                fresh = next((user for user in list_users(session) if user.id == user_id), None)
        except AppError as error:
            messages.show_error(self, error)
            return
        if fresh is None:
            self.general_problem.setText(self.tr("This user no longer exists."))
            self.general_problem.setVisible(True)
            return
        self._user = fresh
        self._load(fresh)
