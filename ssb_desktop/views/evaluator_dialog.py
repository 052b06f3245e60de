"""The form that adds or edits one committee member of a lot: name, e-mail, the linked user,
the criterion group, chair and whether they see prices, with problems next to the field."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLineEdit,
    QWidget,
)

from ssb_desktop.db.database import Database
from ssb_desktop.errors import N_
from ssb_desktop.records import CriterionRecord, EvaluatorRecord, UserRecord
from ssb_desktop.services.evaluation import save_evaluator
from ssb_desktop.services.identifiers import email_problem
from ssb_desktop.views.record_form import RecordForm

FIELDS = ("name", "email", "user_id", "criterion_group_id")
_NAME_REQUIRED = N_("EvaluatorDialog", "Fill in the evaluator's name.")


class EvaluatorDialog(RecordForm[EvaluatorRecord]):
    """New or edit: ``exec()`` and then read :attr:`saved` for the stored evaluator.

    ``users`` are the program's users that can be linked; ``groups`` the lot's main criteria.
    """

    def __init__(
        self,
        db: Database,
        record: EvaluatorRecord,
        users: Sequence[UserRecord],
        groups: Sequence[CriterionRecord],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(db, parent)
        self._record = record
        self.setWindowTitle(
            self.tr("Edit evaluator") if record.id is not None else self.tr("New evaluator")
        )
        self.name = QLineEdit(record.name)
        self.email = QLineEdit(record.email)
        self.email.setPlaceholderText(self.tr("name@example.nl"))
        self.user = QComboBox()
        self.user.addItem(self.tr("(external: not a user of the program)"), None)
        for user in users:
            if user.active or user.id == record.user_id:
                self.user.addItem(f"{user.display_name} ({user.account})", user.id)
        self.user.setCurrentIndex(max(0, self.user.findData(record.user_id)))
        self.group = QComboBox()
        self.group.addItem(self.tr("All criteria"), None)
        for criterion in groups:
            self.group.addItem(f"{criterion.code} {criterion.title}".strip(), criterion.id)
        self.group.setCurrentIndex(max(0, self.group.findData(record.criterion_group_id)))
        self.chair = QCheckBox(self.tr("C&hair of the committee"))
        self.chair.setChecked(record.is_chair)
        self.sees_prices = QCheckBox(self.tr("Sees the &prices"))
        self.sees_prices.setChecked(record.sees_prices)
        self.sees_prices.setToolTip(
            self.tr("Quality evaluators do not see prices when the lot hides them.")
        )

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for field, widget, text in (
            ("name", self.name, self.tr("&Name")),
            ("email", self.email, self.tr("&E-mail")),
            ("user_id", self.user, self.tr("&User")),
            ("criterion_group_id", self.group, self.tr("Sc&ores")),
        ):
            self.add_field(field, widget)
            self.form_row(form, text, field)
        form.addRow("", self.chair)
        form.addRow("", self.sees_prices)
        self.user.currentIndexChanged.connect(lambda _i: self._user_chosen(users))
        self.lay_out(form, self.save_buttons(self.tr("&Save")))
        self.setMinimumWidth(460)
        self.name.setFocus(Qt.FocusReason.OtherFocusReason)

    def _user_chosen(self, users: Sequence[UserRecord]) -> None:
        """A linked user fills in an empty name and e-mail."""
        user = next((u for u in users if u.id == self.user.currentData()), None)
        if user is None:
            return
        if not self.name.text().strip():
            self.name.setText(user.display_name)
        if not self.email.text().strip():
            self.email.setText(user.email)
        self.refresh()

    def check(self) -> dict[str, str]:
        problems: dict[str, str] = {}
        if not self.name.text().strip():
            problems["name"] = QCoreApplication.translate("EvaluatorDialog", _NAME_REQUIRED)
        email = email_problem(self.email.text().strip())
        if email:
            problems["email"] = QCoreApplication.translate("Errors", email)
        return problems

    def record(self) -> EvaluatorRecord:
        """The evaluator as the form describes it now."""
        return replace(
            self._record,
            name=self.name.text().strip(),
            email=self.email.text().strip(),
            user_id=self.user.currentData(),
            criterion_group_id=self.group.currentData(),
            is_chair=self.chair.isChecked(),
            sees_prices=self.sees_prices.isChecked(),
        )

    def save(self) -> None:
        """Store the form; a refused field is shown next to it and the dialog stays open."""
        if not self.ready(FIELDS):
            return
        record = self.record()
        self.store(
            lambda session: save_evaluator(session, record),
        )
