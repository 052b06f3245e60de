"""The form of a contract made from a definitive award: reference, term, value, notice period
and the extension options in months ("24", or "60,24,24")."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

from dateutil.relativedelta import relativedelta
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from ssb_desktop.db.database import Database
from ssb_desktop.errors import ValidationError
from ssb_desktop.formatting import format_date, format_money, local_today, parse_money
from ssb_desktop.i18n import translate_error
from ssb_desktop.records import AwardRecord, ContractRecord, LotRecord
from ssb_desktop.services.awards import (
    create_contract,
    decide_by,
    notice_months_of,
    save_contract,
    term_end_after,
)
from ssb_desktop.services.procurement import parse_extensions
from ssb_desktop.views.record_form import RecordForm, date_edit, edited_date, text_edit

FIELDS = ("reference", "start", "end", "value", "notice_months", "options")


class ContractDialog(RecordForm[ContractRecord]):
    """A new contract for ``award`` (``record`` None) or an existing one to edit; ``exec()``
    and then read :attr:`saved`."""

    def __init__(
        self,
        db: Database,
        lot: LotRecord,
        award: AwardRecord | None,
        record: ContractRecord | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(db, parent)
        self.lot = lot
        self.award = award
        self._record = record
        self.setWindowTitle(
            self.tr("Edit contract {reference}").format(reference=record.reference)
            if record is not None
            else self.tr("New contract for lot {lot}").format(lot=lot.label)
        )
        if record is None:
            with db.transaction() as session:
                notice = notice_months_of(session)
            start = (award.definitive_on if award else None) or local_today()
            end = start + relativedelta(months=lot.term_months) - relativedelta(days=1)
        else:
            notice = record.notice_months
            start, end = record.start, record.end

        self.reference = QLineEdit(record.reference if record else f"{lot.label}-1")
        self.reference.setMaxLength(50)
        self.start = date_edit(start)
        self.end = date_edit(end)
        self.value = QLineEdit(format_money(record.value) if record else "")
        self.value.setPlaceholderText("€ 0,00")
        self.value.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.value.editingFinished.connect(self._reformat_value)
        self.notice_months = QSpinBox()
        self.notice_months.setRange(0, 60)
        self.notice_months.setValue(notice)
        self.notice_months.setSuffix(self.tr(" months"))
        self.options = QLineEdit(
            ",".join(str(m) for m in (lot.extension_months if record is None else ()))
        )
        self.options.setPlaceholderText(self.tr("Months per option, e.g. 24 or 60,24,24"))
        self.schedule = QLabel()
        self.schedule.setWordWrap(True)
        self.notes = text_edit()
        self.notes.setPlainText(record.notes if record else "")
        self.notes.setAccessibleName(self.tr("Notes"))
        for field, widget in (
            ("reference", self.reference),
            ("start", self.start),
            ("end", self.end),
            ("value", self.value),
            ("notice_months", self.notice_months),
            ("options", self.options),
        ):
            self.add_field(field, widget)
        self.options.textEdited.connect(lambda _t: self._update_schedule())
        self.end.dateChanged.connect(lambda _d: self._update_schedule())
        self.notice_months.valueChanged.connect(lambda _v: self._update_schedule())

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        if award is not None:
            parties = QLabel(
                self.tr("Awarded to {name} (bid {bid}).").format(
                    name=award.awarded_name, bid=award.bid_code
                )
            )
            parties.setWordWrap(True)
            form.addRow(parties)
        self.form_row(form, self.tr("&Reference"), "reference")
        self.form_row(form, self.tr("St&art"), "start")
        self.form_row(form, self.tr("&End of the base term"), "end")
        self.form_row(form, self.tr("&Value"), "value")
        self.form_row(form, self.tr("&Notice period"), "notice_months")
        options_label = self.form_row(form, self.tr("Extension &options"), "options")
        form.addRow("", self.schedule)
        notes_label = QLabel(self.tr("No&tes"))
        notes_label.setBuddy(self.notes)
        form.addRow(notes_label, self.notes)
        if record is not None:
            # Options are fixed once the contract exists; they are decided on the page.
            self.options.setVisible(False)
            options_label.setVisible(False)
        self.lay_out(form, self.save_buttons(self.tr("&Save")), 600, 520)
        self._update_schedule()
        self.reference.setFocus(Qt.FocusReason.OtherFocusReason)

    # --- reading ----------------------------------------------------------------------------

    def _reformat_value(self) -> None:
        amount = parse_money(self.value.text())
        if amount is not None:
            self.value.setText(format_money(amount))

    def option_months(self) -> tuple[int, ...]:
        """The options typed, in months; raises ValidationError when they cannot be read."""
        return parse_extensions(self.options.text())

    def _update_schedule(self) -> None:
        """Show by when each option must be decided, as the contract will compute it."""
        if self._record is not None:
            lines = [
                self.tr("Option {n}: {months} months, decide by {day}").format(
                    n=o.sequence, months=o.months, day=format_date(o.decide_by)
                )
                for o in self._record.options
            ]
            self.schedule.setText("\n".join(lines))
            return
        try:
            months = self.option_months()
        except ValidationError:
            self.schedule.setText("")
            return
        term_end = edited_date(self.end)
        lines = []
        for number, length in enumerate(months, start=1):
            lines.append(
                self.tr("Option {n}: {months} months, decide by {day}").format(
                    n=number,
                    months=length,
                    day=format_date(decide_by(term_end, self.notice_months.value())),
                )
            )
            term_end = term_end_after(term_end, length)
        self.schedule.setText("\n".join(lines))

    def check(self) -> dict[str, str]:
        found: dict[str, str] = {}
        if parse_money(self.value.text()) is None:
            found["value"] = self.tr("Write an amount such as € 1.234,56.")
        if self._record is None:
            try:
                self.option_months()
            except ValidationError as error:
                found["options"] = translate_error(error)
        return found

    # --- saving -----------------------------------------------------------------------------

    def save(self) -> None:
        if not self.ready(FIELDS):
            return
        reference = self.reference.text()
        start, end = edited_date(self.start), edited_date(self.end)
        value = parse_money(self.value.text()) or Decimal(0)
        notice = self.notice_months.value()
        notes = self.notes.toPlainText()
        record = self._record
        if record is not None:
            changed = replace(
                record,
                reference=reference,
                start=start,
                end=end,
                value=value,
                notice_months=notice,
                notes=notes,
            )
            self.store(
                lambda session: save_contract(session, changed),
            )
        else:
            award = self.award
            assert award is not None
            options = self.option_months()
            self.store(
                lambda session: create_contract(
                    session,
                    award.id,
                    reference=reference,
                    start=start,
                    end=end,
                    value=value,
                    notice_months=notice,
                    options=options,
                    notes=notes,
                ),
            )
