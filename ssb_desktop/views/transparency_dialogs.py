"""The forms of the voluntary transparency route: the notice of intended award of a lot to a
named organisation (with the last day of the waiting period shown while typing) and the
contract signed after it."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QLineEdit, QWidget

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
from ssb_desktop.views.record_form import RecordForm, date_edit, edited_date, text_edit


class NoticeDialog(RecordForm[TransparencyNoticeRecord]):
    """The notice of intended award of ``lot``; :attr:`saved` after saving."""

    def __init__(
        self,
        db: Database,
        lot: LotRecord,
        organisations: Sequence[OrganisationRecord],
        today: date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(db, parent)
        self.lot = lot
        self.setWindowTitle(self.tr("Notice of intended award, lot {lot}").format(lot=lot.label))
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
        self.add_fields(
            (
                ("organisation_id", self.organisation),
                ("published_on", self.published_on),
                ("reasons", self.reasons),
            )
        )
        self.published_on.dateChanged.connect(lambda _d: self._update())
        form = QFormLayout()
        self.form_row(form, self.tr("&Intended contractor"), "organisation_id")
        self.form_row(form, self.tr("&Published on TenderNed"), "published_on")
        form.addRow("", self.period)
        self.form_row(form, self.tr("&Reasons"), "reasons")
        self.lay_out(form, self.save_buttons(self.tr("&Save")), 560, 360)
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
        if not self.ready():
            return
        lot_id = self.lot.id
        assert lot_id is not None
        organisation_id = int(self.organisation.currentData() or 0)
        published = edited_date(self.published_on)
        reasons = self.reasons.toPlainText()
        self.store(
            lambda session: transparency.publish_notice(
                session, lot_id, organisation_id, published_on=published, reasons=reasons
            )
        )


class NoticeContractDialog(RecordForm[ContractRecord]):
    """The contract after a voluntary transparency notice: no committee, criteria or scores."""

    def __init__(
        self,
        db: Database,
        lot: LotRecord,
        notice: TransparencyNoticeRecord,
        today: date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(db, parent)
        self.notice = notice
        self.setWindowTitle(self.tr("Contract after the notice, lot {lot}").format(lot=lot.label))
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
        self.add_fields(
            (
                ("reference", self.reference),
                ("signed_on", self.signed_on),
                ("start", self.start),
                ("end", self.end),
                ("value", self.value),
                ("options", self.options),
            )
        )
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
        self.form_row(form, self.tr("&Reference"), "reference")
        self.form_row(form, self.tr("Si&gned on"), "signed_on")
        self.form_row(form, self.tr("S&tart"), "start")
        self.form_row(form, self.tr("&End of the base term"), "end")
        self.form_row(form, self.tr("&Value"), "value")
        self.form_row(form, self.tr("Extension &options"), "options")
        self.lay_out(form, self.save_buttons(self.tr("&Save")), 560, 420)

    def check(self) -> dict[str, str]:
        problems: dict[str, str] = {}
        if parse_money(self.value.text()) is None:
            problems["value"] = self.tr("Write an amount such as € 1.234,56.")
        try:
            parse_extensions(self.options.text())
        except ValidationError as error:
            problems["options"] = translate_error(error)
        return problems

    def save(self) -> None:
        if not self.ready():
            return
        value = parse_money(self.value.text())
        options = parse_extensions(self.options.text())
        assert value is not None
        notice = self.notice
        reference = self.reference.text()
        signed = edited_date(self.signed_on)
        start, end = edited_date(self.start), edited_date(self.end)
        amount: Decimal = value
        self.store(
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
            )
        )

    def show_value(self, amount: Decimal) -> None:
        self.value.setText(format_money(amount))
