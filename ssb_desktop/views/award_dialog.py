"""The forms of an award decision: the provisional award (winning bid, send date, reasons,
with the last day of the standstill period computed while typing) and the definitive award
(with a reason to override an open objection)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from ssb_desktop.db.database import Database
from ssb_desktop.errors import ValidationError
from ssb_desktop.formatting import format_date, format_points, local_today
from ssb_desktop.i18n import translate_error
from ssb_desktop.records import AwardRecord, ObjectionRecord
from ssb_desktop.services.awards import make_definitive, provisional_award
from ssb_desktop.services.deadlines import (
    WorkingDayCalendar,
    calendar_of,
    standstill_days_of,
    standstill_end,
)
from ssb_desktop.services.evaluation import LotResults
from ssb_desktop.views.record_form import RecordForm, date_edit, edited_date, text_edit

DATE_FORMAT = "dd-MM-yyyy"


def qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


class AwardDialog(RecordForm[AwardRecord]):
    """The provisional award of a lot: ``exec()`` and then read :attr:`saved`."""

    def __init__(
        self,
        db: Database,
        results: LotResults,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(db, parent)
        self.results = results
        with db.transaction() as session:
            self._calendar: WorkingDayCalendar = calendar_of(session)
            self._days = standstill_days_of(session)
        self.setWindowTitle(self.tr("Provisional award of lot {lot}").format(lot=results.lot_label))

        result = results.result
        self.bid = QComboBox()
        for key in result.ranking:
            bid = result.bid(key)
            label = results.bid_labels.get(int(key), bid.label)
            points = format_points(bid.total)
            self.bid.addItem(
                self.tr("{rank}. {bid} ({points} points)").format(
                    rank=bid.rank, bid=label, points=points
                ),
                int(key),
            )
        if result.winner is not None:
            self.bid.setCurrentIndex(max(0, self.bid.findData(int(result.winner))))
        self.bid.currentIndexChanged.connect(lambda _i: self._update())
        self.add_field("bid_id", self.bid)

        self.sent_on = date_edit()
        self.sent_on.dateChanged.connect(lambda _d: self._update())
        self.add_field("sent_on", self.sent_on)
        self.standstill = QLabel()
        self.standstill.setWordWrap(True)
        self.standstill.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.reasons = text_edit(
            self.tr("What made the winning bid best: its characteristics and relative advantages")
        )
        self.add_field("reasons", self.reasons)
        self.reason_not_first = text_edit(
            self.tr("Why this bid is awarded instead of the bid ranked first")
        )
        self.add_field("reason_not_first", self.reason_not_first)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form_row(form, self.tr("&Winning bid"), "bid_id")
        self.form_row(form, self.tr("&Sent on"), "sent_on")
        form.addRow(self.tr("Standstill period"), self.standstill)
        self.form_row(form, self.tr("&Reasons"), "reasons")
        self.not_first_label = self.form_row(form, self.tr("Reason &not first"), "reason_not_first")
        self._form = form
        self.summary = self.summary_label()
        buttons = self.save_buttons(self.tr("&Decide"))
        layout = QVBoxLayout(self)
        layout.addLayout(form, 1)
        layout.addWidget(self.summary)
        layout.addWidget(buttons)
        self.resize(640, 460)
        self._update()
        self.bid.setFocus(Qt.FocusReason.OtherFocusReason)

    # --- reading ----------------------------------------------------------------------------

    def chosen_bid(self) -> int:
        return int(self.bid.currentData())

    def is_first(self) -> bool:
        winner = self.results.result.winner
        return winner is not None and int(winner) == self.chosen_bid()

    def last_day(self) -> date:
        """The last day of the standstill period for the send date typed."""
        return standstill_end(edited_date(self.sent_on), self._days, self._calendar)

    def _update(self) -> None:
        try:
            last = self.last_day()
        except ValidationError as error:  # a send date at the end of the calendar
            self.standstill.setText(translate_error(error))
        else:
            self.standstill.setText(
                self.tr(
                    "{days} days: the last day is {last_day}; the award can be made definitive "
                    "from {first_day}."
                ).format(
                    days=self._days,
                    last_day=format_date(last),
                    first_day=format_date(last + timedelta(days=1)),
                )
            )
        first = self.is_first()
        self.reason_not_first.setVisible(not first)
        self.not_first_label.setVisible(not first)
        if first:
            self._problems.show("reason_not_first", None)

    # --- saving -----------------------------------------------------------------------------

    def save(self) -> None:
        if not self.ready():
            return
        lot_id, bid_id = self.results.lot_id, self.chosen_bid()
        sent_on = edited_date(self.sent_on)
        reasons = self.reasons.toPlainText()
        not_first = "" if self.is_first() else self.reason_not_first.toPlainText()
        self.store(
            lambda session: provisional_award(
                session,
                lot_id,
                bid_id,
                sent_on=sent_on,
                reasons=reasons,
                reason_not_first=not_first,
            )
        )


class DefinitiveDialog(RecordForm[AwardRecord]):
    """Make a provisional award definitive; the override reason shows only while an objection
    of the lot is open."""

    def __init__(
        self,
        db: Database,
        award: AwardRecord,
        open_objections: Sequence[ObjectionRecord],
        *,
        today: date | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(db, parent)
        self.award = award
        self.setWindowTitle(self.tr("Definitive award of lot {lot}").format(lot=award.lot_label))
        default = today or local_today()
        first_day = award.first_contract_day
        if first_day is not None and default < first_day:
            default = first_day
        self.on = date_edit(default)
        self.add_field("on", self.on)
        intro = QLabel(
            self.tr("Award lot {lot} definitively to {name} (bid {bid}).").format(
                lot=award.lot_label, name=award.awarded_name, bid=award.bid_code
            )
        )
        intro.setWordWrap(True)
        standstill = QLabel(
            self.tr("The standstill period runs until {last_day}.").format(
                last_day=format_date(award.standstill_end)
            )
        )
        self.override_reason = text_edit(
            self.tr("Why the award is made definitive while the objection is open")
        )
        self.add_field("override_reason", self.override_reason)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(intro)
        form.addRow(standstill)
        self.form_row(form, self.tr("&Date of the definitive award"), "on")
        self.objection_notice = QLabel()
        self.objection_notice.setWordWrap(True)
        self.objection_notice.setProperty("role", "problem")
        form.addRow(self.objection_notice)
        self.override_label = self.form_row(form, self.tr("&Override reason"), "override_reason")
        has_open = bool(open_objections)
        if has_open:
            names = ", ".join(o.organisation_name for o in open_objections)
            self.objection_notice.setText(
                self.tr(
                    "Open objection of {names}. An open objection blocks the definitive award; "
                    "record a reason to override it (the override is audited)."
                ).format(names=names)
            )
        for widget in (self.objection_notice, self.override_label, self.override_reason):
            widget.setVisible(has_open)
        self.lay_out(
            form, self.save_buttons(self.tr("Make d&efinitive")), 560, 340 if has_open else 220
        )
        self.on.setFocus(Qt.FocusReason.OtherFocusReason)

    def save(self) -> None:
        if not self.ready():
            return
        award = self.award
        on = edited_date(self.on)
        override = (
            self.override_reason.toPlainText() if self.override_reason.isVisibleTo(self) else ""
        )
        self.store(
            lambda session: make_definitive(
                session, award.id, on=on, override_reason=override, version=award.version
            )
        )

    def refused(self, field: str, text: str) -> None:
        if field == "override_reason" and not self.override_reason.isVisibleTo(self):
            # An objection registered meanwhile by someone else: show the field now.
            for widget in (self.objection_notice, self.override_label, self.override_reason):
                widget.setVisible(True)
        super().refused(field, text)
