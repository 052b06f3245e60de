"""The forms of the voluntary transparency route: the notice of intended award of a lot to a
named organisation (with the last day of the waiting period shown while typing) and the
contract signed after it."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ssb_desktop.db.database import Database
from ssb_desktop.errors import ValidationError
from ssb_desktop.formatting import format_date, format_money, parse_money
from ssb_desktop.i18n import translate_error
from ssb_desktop.records import (
    ContractRecord,
    LotRecord,
    OrganisationRecord,
    TransparencyNoticeRecord,
)
from ssb_desktop.services import deadlines, transparency
from ssb_desktop.services.procurement import parse_extensions
from ssb_desktop.views.award_dialog import (
    date_edit,
    dialog_buttons,
    edited_date,
    form_row,
    text_edit,
)
from ssb_desktop.views.field_problems import PROBLEM_STYLE, FieldProblems


class NoticeDialog(QDialog):
    """The notice of intended award of ``lot``; :attr:`saved` after saving."""

    def __init__(
        self,
        db: Database,
        lot: LotRecord,
        organisations: Sequence[OrganisationRecord],
        today: date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.lot = lot
        self.saved: TransparencyNoticeRecord | None = None
        self.setStyleSheet(PROBLEM_STYLE)
        self.setWindowTitle(self.tr("Notice of intended award, lot {lot}").format(lot=lot.label))
        self._problems = FieldProblems()
        with db.transaction() as session:
            self._calendar = deadlines.calendar_of(session)
        self.organisation = QComboBox()
        for organisation in organisations:
            if organisation.id is not None and not organisation.archived:
                self.organisation.addItem(organisation.name, organisation.id)
        self.published_on = date_edit(today)
        self.period = QLabel()
        self.period.setWordWrap(True)
        self.reasons = text_edit(self.tr("Why without a tender, e.g. only the incumbent can do it"))
        for field, widget in (
            ("organisation_id", self.organisation),
            ("published_on", self.published_on),
            ("reasons", self.reasons),
        ):
            self._problems.register(field, widget)
        self.published_on.dateChanged.connect(lambda _d: self._update())
        form = QFormLayout()
        form_row(form, self._problems, self.tr("&Intended contractor"), "organisation_id")
        form_row(form, self._problems, self.tr("&Published on TenderNed"), "published_on")
        form.addRow("", self.period)
        form_row(form, self._problems, self.tr("&Reasons"), "reasons")
        buttons = dialog_buttons(self, self.tr("&Save"))
        buttons.accepted.connect(self.save)
        layout = QVBoxLayout(self)
        layout.addLayout(form, 1)
        layout.addWidget(buttons)
        self.resize(560, 360)
        self._update()

    def _update(self) -> None:
        published = edited_date(self.published_on)
        last_day = deadlines.transparency_end(
            published, deadlines.TRANSPARENCY_DAYS, self._calendar
        )
        self.period.setText(
            self.tr(
                "{days} days from the day after publication: last day {last_day}; the contract "
                "may be signed from the day after."
            ).format(days=deadlines.TRANSPARENCY_DAYS, last_day=format_date(last_day))
        )

    def save(self) -> None:
        self._problems.clear()
        lot_id = self.lot.id
        assert lot_id is not None
        organisation_id = int(self.organisation.currentData() or 0)
        published = edited_date(self.published_on)
        reasons = self.reasons.toPlainText()
        saved = self._problems.store(
            self,
            self.db,
            lambda session: transparency.publish_notice(
                session, lot_id, organisation_id, published_on=published, reasons=reasons
            ),
            refused=self._refused,
            reload=None,
        )
        if saved is not None:
            self.saved = saved
            self.accept()

    def _refused(self, field: str, text: str) -> None:
        self._problems.show(field, text)
        self._problems.focus(field)


class NoticeContractDialog(QDialog):
    """The contract after a voluntary transparency notice: no committee, criteria or scores."""

    def __init__(
        self,
        db: Database,
        lot: LotRecord,
        notice: TransparencyNoticeRecord,
        today: date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.notice = notice
        self.saved: ContractRecord | None = None
        self.setStyleSheet(PROBLEM_STYLE)
        self.setWindowTitle(self.tr("Contract after the notice, lot {lot}").format(lot=lot.label))
        self._problems = FieldProblems()
        self.reference = QLineEdit(f"{lot.label}-1")
        self.reference.setMaxLength(50)
        self.signed_on = date_edit(max(today, notice.first_contract_day))
        self.start = date_edit(notice.first_contract_day)
        self.end = date_edit(notice.first_contract_day)
        self.value = QLineEdit()
        self.value.setPlaceholderText("€ 0,00")
        self.value.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.options = QLineEdit(",".join(str(m) for m in lot.extension_months))
        self.options.setPlaceholderText(self.tr("Months per option, e.g. 24 or 60,24,24"))
        for field, widget in (
            ("reference", self.reference),
            ("signed_on", self.signed_on),
            ("start", self.start),
            ("end", self.end),
            ("value", self.value),
            ("options", self.options),
        ):
            self._problems.register(field, widget)
        intro = QLabel(
            self.tr(
                "With {name}, named in the notice published on {published}; the waiting period "
                "ended on {last_day}."
            ).format(
                name=notice.organisation_name,
                published=format_date(notice.published_on),
                last_day=format_date(notice.last_day),
            )
        )
        intro.setWordWrap(True)
        form = QFormLayout()
        form.addRow(intro)
        form_row(form, self._problems, self.tr("&Reference"), "reference")
        form_row(form, self._problems, self.tr("Si&gned on"), "signed_on")
        form_row(form, self._problems, self.tr("&Start"), "start")
        form_row(form, self._problems, self.tr("&End of the base term"), "end")
        form_row(form, self._problems, self.tr("&Value"), "value")
        form_row(form, self._problems, self.tr("Extension &options"), "options")
        buttons = dialog_buttons(self, self.tr("&Save"))
        buttons.accepted.connect(self.save)
        layout = QVBoxLayout(self)
        layout.addLayout(form, 1)
        layout.addWidget(buttons)
        self.resize(560, 420)

    def save(self) -> None:
        self._problems.clear()
        value = parse_money(self.value.text())
        if value is None:
            self._problems.show("value", self.tr("Write an amount such as € 1.234,56."))
            return
        try:
            options = parse_extensions(self.options.text())
        except ValidationError as error:
            self._problems.show("options", translate_error(error))
            return
        notice = self.notice
        reference = self.reference.text()
        signed = edited_date(self.signed_on)
        start, end = edited_date(self.start), edited_date(self.end)
        amount: Decimal = value
        saved = self._problems.store(
            self,
            self.db,
            lambda session: transparency.contract_after_notice(
                session,
                notice.id,
                reference=reference,
                signed_on=signed,
                start=start,
                end=end,
                value=amount,
                options=options,
                version=notice.version,
            ),
            refused=self._refused,
            reload=None,
        )
        if saved is not None:
            self.saved = saved
            self.accept()

    def _refused(self, field: str, text: str) -> None:
        self._problems.show(field, text)
        self._problems.focus(field)

    def show_value(self, amount: Decimal) -> None:
        self.value.setText(format_money(amount))
