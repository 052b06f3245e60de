"""The form that adds or edits one user and their roles, with refusals shown next to the field."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ssb_desktop.db.database import Database
from ssb_desktop.errors import N_
from ssb_desktop.records import ROLE_LABELS, Role, UserRecord
from ssb_desktop.services.users import list_users, save_user
from ssb_desktop.views.field_problems import fetch, problem_label
from ssb_desktop.views.record_form import RecordForm

# Still imported from here by the criteria editor.

ROLE_DESCRIPTIONS: dict[Role, str] = {
    Role.ADMINISTRATOR: N_(
        "UserDialog", "Manages users, roles and reference data such as districts."
    ),
    Role.PROCUREMENT_OFFICER: N_("UserDialog", "Manages organisations, procurements and bids."),
    Role.EVALUATOR: N_("UserDialog", "Scores bids."),
    Role.SUBSIDY_OFFICER: N_("UserDialog", "Manages organisations and subsidy applications."),
    Role.READ_ONLY: N_("UserDialog", "May look at everything and change nothing."),
}


class UserDialog(RecordForm[UserRecord]):
    """New or edit: ``exec()`` and then read :attr:`saved` for the stored user."""

    def __init__(
        self, db: Database, user: UserRecord | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(db, parent)
        self._user = user
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
        for field, widget in (
            ("account", self.account),
            ("display_name", self.display_name),
            ("email", self.email),
            ("roles", self.roles_box),
        ):
            self.add_field(field, widget)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for field, text in (
            ("account", self.tr("&Account")),
            ("display_name", self.tr("&Name")),
            ("email", self.tr("&E-mail")),
        ):
            self.form_row(form, text, field)
        form.addRow(self._problems.holder("roles"))
        form.addRow(self.active)

        buttons = self.save_buttons(self.tr("&Save"))
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

    # --- saving -----------------------------------------------------------------------------

    def save(self) -> None:
        """Store the form; a refused field is shown next to it and the dialog stays open."""
        self.general_problem.setVisible(False)
        if not self.ready():
            return
        user = self._user
        self.store(
            lambda session: save_user(
                session,
                user_id=user.id if user else None,
                account=self.account.text(),
                display_name=self.display_name.text(),
                email=self.email.text(),
                roles=self.roles(),
                active=self.active.isChecked(),
                version=user.version if user else None,
            ),
            reload=self.reload_from_database,
        )

    def reload_from_database(self) -> None:
        """Replace the form's values with the user as stored now."""
        if self._user is None:
            return
        user_id = self._user.id
        found = fetch(
            self,
            self.db,
            lambda session: [user for user in list_users(session) if user.id == user_id],
        )
        if found is None:
            return
        fresh = found[0] if found else None
        if fresh is None:
            self.general_problem.setText(self.tr("This user no longer exists."))
            self.general_problem.setVisible(True)
            return
        self._user = fresh
        self._load(fresh)
        self.reloaded()
