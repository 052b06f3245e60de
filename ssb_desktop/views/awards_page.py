"""The Awards & contracts page: per lot the ranking, the award decision and its standstill
period, the letters, the objections, the definitive award, the contract with its extension
options, and a timeline of all of it."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from ssb_desktop.db.database import Database
from ssb_desktop.documents.email_draft import Draft
from ssb_desktop.errors import N_, AppError, ConflictError
from ssb_desktop.formatting import format_date, local_today
from ssb_desktop.i18n import translate_error
from ssb_desktop.models.award_columns import (
    AWARD_COLUMNS,
    AWARD_WIDTHS,
    CONTRACT_COLUMNS,
    CONTRACT_WIDTHS,
    OBJECTION_COLUMNS,
    OBJECTION_WIDTHS,
    OPTION_COLUMNS,
    OPTION_WIDTHS,
    RANKING_COLUMNS,
    RANKING_WIDTHS,
    RankedBid,
)
from ssb_desktop.models.performance_columns import summary_text
from ssb_desktop.models.record_table_model import RecordTableModel
from ssb_desktop.records import (
    AwardRecord,
    AwardStatus,
    ContractRecord,
    LotRecord,
    ObjectionKind,
    ObjectionRecord,
    ObjectionSubject,
    OptionRecord,
    OptionStatus,
    OrganisationRecord,
    ProcedureType,
    TransparencyNoticeRecord,
)
from ssb_desktop.services import awards
from ssb_desktop.services.bids import list_bids
from ssb_desktop.services.evaluation import LotResults, lot_results
from ssb_desktop.services.organisation_list import OrganisationQuery
from ssb_desktop.services.organisations import list_organisations
from ssb_desktop.services.performance import performance_summary
from ssb_desktop.services.permissions import Permission, permissions_of
from ssb_desktop.services.procurement import get_procurement, list_lots
from ssb_desktop.services.transparency import notice_of_lot
from ssb_desktop.settings import Settings
from ssb_desktop.views import email_drafts, messages
from ssb_desktop.views.award_dialog import AwardDialog, DefinitiveDialog
from ssb_desktop.views.background import Progress, run_in_background
from ssb_desktop.views.bid_dialog import lot_text
from ssb_desktop.views.contract_dialog import ContractDialog
from ssb_desktop.views.letters_sent_dialog import LettersSentDialog
from ssb_desktop.views.objection_dialog import ObjectionDialog
from ssb_desktop.views.organisation_picker import pick_organisation
from ssb_desktop.views.page import Page, add_menu_button
from ssb_desktop.views.performance_tab import PerformanceTab
from ssb_desktop.views.timeline_widget import TimelineWidget
from ssb_desktop.views.transparency_dialogs import NoticeContractDialog, NoticeDialog

# --- seams for tests --------------------------------------------------------------------------


def today() -> date:
    """Seam for tests: the date the page counts from."""
    return local_today()


def exec_dialog(dialog: QDialog) -> bool:
    """Seam for tests: show ``dialog`` modally; True when the user accepted it."""
    return dialog.exec() == QDialog.DialogCode.Accepted


def ask_reason(parent: QWidget, title: str, label: str) -> str | None:
    """Seam for tests: a reason typed by the user, or None when cancelled."""
    text, ok = QInputDialog.getText(parent, title, label, QLineEdit.EchoMode.Normal)
    return text if ok else None


def choose_successor(
    parent: QWidget, db: Database, query: OrganisationQuery
) -> OrganisationRecord | None:
    """Seam for tests: the organisation (of those ``query`` lists) that succeeds the winner."""
    return pick_organisation(parent, db, query)


def choose_folder(parent: QWidget, start: str) -> Path | None:
    """Seam for tests: the folder the letters are written to."""
    name = QFileDialog.getExistingDirectory(
        parent, QCoreApplication.translate("AwardsPage", "Folder for the letters"), start
    )
    return Path(name) if name else None


def open_folder(folder: Path) -> None:
    """Seam for tests: show ``folder`` in the file manager."""
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))


def _table(model: RecordTableModel[Any], name: str, widths: Sequence[int]) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setAccessibleName(name)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.setTabKeyNavigation(False)
    rows = view.verticalHeader()
    rows.setVisible(False)
    rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    rows.setDefaultSectionSize(view.fontMetrics().height() + 8)
    header = view.horizontalHeader()
    header.setHighlightSections(False)
    for column, width in enumerate(widths):
        header.resizeSection(column, width)
    header.setStretchLastSection(True)
    header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
    view.setSortingEnabled(True)
    return view


def _current(view: QTableView, model: RecordTableModel[Any]) -> Any:
    index = view.currentIndex()
    return model.row_at(index) if index.isValid() else None


def _select_key(view: QTableView, model: RecordTableModel[Any], key: object) -> None:
    index = model.index_for_key(key)
    if index.isValid():
        view.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )


class AwardsPage(Page):
    """From ranking to contract, per lot."""

    title = N_("Navigation", "Awards & contracts")

    def __init__(self, db: Database, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(db, settings, parent)
        self._can_edit = Permission.EDIT_PROCUREMENTS in permissions_of(db.actor.roles)
        self._lots: dict[int, LotRecord] = {}
        self.results: LotResults | None = None
        self.award: AwardRecord | None = None
        self.notice: TransparencyNoticeRecord | None = None
        self._transparency = False
        self._bidders: list[tuple[int, str]] = []
        self.letters_written: list[Path] = []
        self.drafts_opened: list[Path] = []  # by the last "E-mail drafts"
        self.ranking: RecordTableModel[RankedBid] = RecordTableModel(RANKING_COLUMNS, parent=self)
        self.awards: RecordTableModel[AwardRecord] = RecordTableModel(AWARD_COLUMNS, parent=self)
        self.objections: RecordTableModel[ObjectionRecord] = RecordTableModel(
            OBJECTION_COLUMNS, parent=self
        )
        self.contracts: RecordTableModel[ContractRecord] = RecordTableModel(
            CONTRACT_COLUMNS, parent=self
        )
        self.options: RecordTableModel[OptionRecord] = RecordTableModel(OPTION_COLUMNS, parent=self)
        self._build_actions()
        self._build()
        self._update_actions()

    # --- building ---------------------------------------------------------------------------

    def _build_actions(self) -> None:
        self.provisional_action = self._action(
            self.tr("&Provisional award…"), self.provisional_award, [QKeySequence("Ctrl+G")]
        )
        self.letters_action = self._action(
            self.tr("Ma&ke letters…"), self.make_letters, [QKeySequence("Ctrl+Shift+L")]
        )
        self.print_letters_action = self._action(
            self.tr("&View and print letters…"), self.print_letters
        )
        self.email_action = self._action(self.tr("&E-mail drafts…"), self.email_letters)
        self.email_action.setToolTip(
            self.tr(
                "Write the letters with an e-mail draft each and open the drafts in your mail "
                "program; record sending once they went out."
            )
        )
        self.sent_action = self._action(self.tr("Record sendin&g…"), self.record_letters_sent)
        self.successor_action = self._action(self.tr("&Successor…"), self.replace_winner)
        self.withdraw_action = self._action(self.tr("&Withdraw…"), self.withdraw_award)
        self.definitive_action = self._action(
            self.tr("&Definitive award…"), self.make_definitive, [QKeySequence("Ctrl+Shift+G")]
        )
        self.notice_action = self._action(
            self.tr("Notice of intended a&ward…"), self.publish_notice
        )
        self.lot_action = self._action(
            self.tr("Choose lot"), self.focus_lot, [QKeySequence("Ctrl+L")]
        )
        self.addActions(
            [
                self.provisional_action,
                self.letters_action,
                self.definitive_action,
                self.lot_action,
            ]
        )

    def _build(self) -> None:
        toolbar = QToolBar(self.tr("Awards"))
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        toolbar.addActions(
            [
                self.provisional_action,
                self.letters_action,
                self.print_letters_action,
                self.email_action,
                self.sent_action,
            ]
        )
        toolbar.addSeparator()
        toolbar.addAction(self.definitive_action)
        toolbar.addSeparator()
        # Rarer steps behind one button, so that the main ones stay in sight at 150 %.
        add_menu_button(
            toolbar,
            self,
            self.tr("Other steps"),
            [self.successor_action, self.withdraw_action, self.notice_action],
        )

        self.lot_chooser = QComboBox()
        self.lot_chooser.setAccessibleName(self.tr("Lot"))
        self.lot_chooser.currentIndexChanged.connect(lambda _i: self.load_lot())
        lot_label = QLabel(self.tr("&Lot"))
        lot_label.setBuddy(self.lot_chooser)
        top = QHBoxLayout()
        top.addWidget(lot_label)
        top.addWidget(self.lot_chooser, 1)
        top.addStretch(1)

        # Left: the ranking and the award decision with its history.
        self.ranking_view = _table(self.ranking, self.tr("Ranking"), RANKING_WIDTHS)
        self.ranking_note = QLabel()
        self.ranking_note.setWordWrap(True)
        self.ranking_note.setTextFormat(Qt.TextFormat.PlainText)
        ranking_box = QGroupBox(self.tr("Ranking"))
        ranking_layout = QVBoxLayout(ranking_box)
        ranking_layout.addWidget(self.ranking_view, 1)
        ranking_layout.addWidget(self.ranking_note)

        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.awards_view = _table(self.awards, self.tr("Award decisions"), AWARD_WIDTHS)
        award_box = QGroupBox(self.tr("Award decision"))
        award_layout = QVBoxLayout(award_box)
        award_layout.addWidget(self.status)
        history = QLabel(self.tr("Decisions of this lot, withdrawn ones included:"))
        award_layout.addWidget(history)
        award_layout.addWidget(self.awards_view, 1)

        left = QSplitter(Qt.Orientation.Vertical)
        left.addWidget(ranking_box)
        left.addWidget(award_box)
        left.setSizes([260, 420])

        # Right: timeline, objections, contracts.
        self.timeline = TimelineWidget()
        self.tabs = QTabWidget()
        self.tabs.addTab(self.timeline, self.tr("&Timeline"))
        self.tabs.addTab(self._build_objections(), self.tr("&Objections"))
        self.tabs.addTab(self._build_contracts(), self.tr("&Contracts"))
        self.performance = PerformanceTab(self.db, can_edit=self._can_edit, today=lambda: today())
        self.performance.changed.connect(self._changed)
        self.tabs.addTab(self.performance, self.tr("Per&formance"))

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(self.tabs)
        # The ranking and the decisions are what the page is for: they get the room their
        # columns need (about 600 px) before the tabs beside them, also at 150 %.
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([640, 420])

        layout = QVBoxLayout(self)
        layout.addWidget(toolbar)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        self.setFocusProxy(self.lot_chooser)

    def _build_objections(self) -> QWidget:
        self.objections_view = _table(self.objections, self.tr("Objections"), OBJECTION_WIDTHS)
        self.new_objection_button = QPushButton(self.tr("&New objection…"))
        self.new_objection_button.clicked.connect(self.new_objection)
        self.edit_objection_button = QPushButton(self.tr("&Edit objection…"))
        self.edit_objection_button.clicked.connect(self.edit_objection)
        self.objections_view.activated.connect(lambda _i: self.edit_objection())
        self.objections_view.selectionModel().currentRowChanged.connect(
            lambda *_a: self._update_actions()
        )
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_objection_button)
        buttons.addWidget(self.edit_objection_button)
        buttons.addStretch(1)
        note = QLabel(
            self.tr(
                "An open objection blocks the definitive award of the lot until its outcome is "
                "recorded."
            )
        )
        note.setWordWrap(True)
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.addLayout(buttons)
        layout.addWidget(self.objections_view, 1)
        layout.addWidget(note)
        return tab

    def _build_contracts(self) -> QWidget:
        self.contracts_view = _table(self.contracts, self.tr("Contracts"), CONTRACT_WIDTHS)
        self.new_contract_button = QPushButton(self.tr("&Add contract…"))
        self.new_contract_button.clicked.connect(self.new_contract)
        self.edit_contract_button = QPushButton(self.tr("Edit cont&ract…"))
        self.edit_contract_button.clicked.connect(self.edit_contract)
        self.contracts_view.activated.connect(lambda _i: self.edit_contract())
        self.contracts_view.selectionModel().currentRowChanged.connect(
            lambda *_a: self._show_options()
        )
        self.options_view = _table(self.options, self.tr("Extension options"), OPTION_WIDTHS)
        self.options_view.selectionModel().currentRowChanged.connect(
            lambda *_a: self._update_actions()
        )
        self.exercise_button = QPushButton(self.tr("E&xercise option…"))
        self.exercise_button.clicked.connect(lambda: self.decide_option(exercised=True))
        self.decline_button = QPushButton(self.tr("Decline opt&ion…"))
        self.decline_button.clicked.connect(lambda: self.decide_option(exercised=False))
        top = QHBoxLayout()
        top.addWidget(self.new_contract_button)
        top.addWidget(self.edit_contract_button)
        top.addStretch(1)
        option_buttons = QHBoxLayout()
        option_buttons.addWidget(self.exercise_button)
        option_buttons.addWidget(self.decline_button)
        option_buttons.addStretch(1)
        options_box = QGroupBox(self.tr("Extension options of the selected contract"))
        options_layout = QVBoxLayout(options_box)
        options_layout.addLayout(option_buttons)
        options_layout.addWidget(self.options_view, 1)
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.addLayout(top)
        layout.addWidget(self.contracts_view, 1)
        layout.addWidget(options_box, 1)
        return tab

    # --- loading ----------------------------------------------------------------------------

    def current_lot(self) -> LotRecord | None:
        lot_id = self.lot_chooser.currentData()
        return self._lots.get(lot_id) if lot_id is not None else None

    def choose_lot(self, lot_id: int) -> None:
        self.lot_chooser.setCurrentIndex(max(0, self.lot_chooser.findData(lot_id)))

    def show_objection(self, lot_id: int, objection_id: int) -> None:
        """The lot with this objection selected on its tab (Search everything)."""
        self.choose_lot(lot_id)
        self.tabs.setCurrentIndex(1)
        _select_key(self.objections_view, self.objections, objection_id)
        self.objections_view.setFocus(Qt.FocusReason.OtherFocusReason)

    def show_contract(self, lot_id: int, contract_id: int) -> None:
        """The lot with this contract selected on its tab (Search everything)."""
        self.choose_lot(lot_id)
        self.tabs.setCurrentIndex(2)
        _select_key(self.contracts_view, self.contracts, contract_id)
        self.contracts_view.setFocus(Qt.FocusReason.OtherFocusReason)

    def focus_lot(self) -> None:
        self.lot_chooser.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def reload(self) -> None:
        """Load the lots, and everything of the lot chosen."""
        lots = self.read(list_lots)
        if lots is None:
            return
        chosen = self.lot_chooser.currentData()
        self._lots = {lot.id: lot for lot in lots if lot.id is not None}
        self.lot_chooser.blockSignals(True)
        try:
            self.lot_chooser.clear()
            for lot_id, lot in self._lots.items():
                self.lot_chooser.addItem(lot_text(lot), lot_id)
            self.lot_chooser.setCurrentIndex(max(0, self.lot_chooser.findData(chosen)))
        finally:
            self.lot_chooser.blockSignals(False)
        self.load_lot()

    def load_lot(self) -> None:
        """Show the ranking, the decisions, objections, contracts and timeline of the lot."""
        lot = self.current_lot()
        self.results = None
        self.award = None
        self.notice = None
        self._transparency = False
        if lot is None or lot.id is None:
            for model in (self.ranking, self.awards, self.objections, self.contracts):
                model.set_rows([])
            self.options.set_rows([])
            self.performance.set_contract(None)
            self.timeline.set_events([], today())
            self.status.setText(self.tr("There are no lots yet."))
            self.ranking_note.setText("")
            self._update_actions()
            return
        lot_id = lot.id
        try:
            with self.db.transaction() as session:
                history = awards.list_awards(session, lot_id)
                current = awards.current_award(session, lot_id)
                objections = awards.list_objections(session, lot_id)
                contracts = awards.list_contracts(session, lot_id=lot_id)
                events = awards.timeline(session, lot_id)
                bids = list_bids(session, lot_id)
                procedure = get_procurement(session, lot.procurement_id).procedure_type
                notice = notice_of_lot(session, lot_id)
        except AppError as error:
            messages.show_error(self, error)
            return
        self.award = current
        self.notice = notice
        self._transparency = procedure is ProcedureType.VOLUNTARY_TRANSPARENCY
        self._bidders = sorted(
            {
                (member.organisation_id, member.organisation_name)
                for bid in bids
                for member in bid.members
            },
            key=lambda item: item[1].casefold(),
        )
        self._load_results(lot_id)
        chosen_contract = _current(self.contracts_view, self.contracts)
        self.awards.set_rows(history)
        self.objections.set_rows(objections)
        self.contracts.set_rows(contracts)
        if contracts:
            key = chosen_contract.id if chosen_contract is not None else contracts[-1].id
            _select_key(self.contracts_view, self.contracts, key)
            if not self.contracts_view.currentIndex().isValid():
                _select_key(self.contracts_view, self.contracts, contracts[-1].id)
        self._show_options()
        self.timeline.set_events(
            [
                (
                    event.day,
                    event.kind,
                    QCoreApplication.translate(event.context, event.message).format(**event.params),
                )
                for event in events
            ],
            today(),
        )
        self._show_status(objections)
        self._update_actions()

    def _load_results(self, lot_id: int) -> None:
        try:
            with self.db.transaction() as session:
                results = lot_results(session, lot_id, with_robustness=False)
        except AppError as error:
            # Not a box: an unfinished evaluation is a normal state of a lot.
            self.ranking.set_rows([])
            self.ranking_note.setText(
                self.tr("No ranking yet. {problem}").format(problem=translate_error(error))
            )
            return
        self.results = results
        result = results.result
        rows = []
        for bid in result.bids:
            key = int(bid.key)
            if bid.rank is None and not bid.active:
                continue
            knockout = ""
            if bid.knockout is not None:
                knockout = results.criterion_titles.get(
                    int(bid.knockout.criterion_key or 0), self.tr("knocked out")
                )
            rows.append(
                RankedBid(
                    key,
                    bid.rank,
                    results.bid_labels.get(key, bid.label),
                    bid.total,
                    bid.price,
                    knockout,
                )
            )
        rows.sort(key=lambda r: (r.rank is None, r.rank or 0))
        self.ranking.set_rows(rows)
        if result.winner is None and result.ranking:
            self.ranking_note.setText(
                self.tr("The first place is tied; record the drawing of lots in Evaluation.")
            )
        else:
            self.ranking_note.setText("")

    def _show_status(self, objections: Sequence[ObjectionRecord]) -> None:
        award = self.award
        open_count = sum(1 for o in objections if o.is_open)
        notice = self.notice
        if notice is not None:
            text = self.tr(
                "Notice of intended award to {name}, published on {published}: no contract "
                "before {first_day} (waiting period until {last_day})."
            ).format(
                name=notice.organisation_name,
                published=format_date(notice.published_on),
                first_day=format_date(notice.first_contract_day),
                last_day=format_date(notice.last_day),
            )
            if notice.contract_reference:
                text += " " + self.tr("Contract {reference} signed on {day}.").format(
                    reference=notice.contract_reference, day=format_date(notice.signed_on)
                )
        elif self._transparency:
            text = self.tr(
                "Voluntary transparency: publish the notice of intended award to a named "
                "organisation; no committee or scores are needed."
            )
        elif award is None:
            text = self.tr("No award decision yet.")
        elif award.status is AwardStatus.DEFINITIVE:
            text = self.tr("Definitively awarded to {name} (bid {bid}) on {day}.").format(
                name=award.awarded_name, bid=award.bid_code, day=format_date(award.definitive_on)
            )
        else:
            text = self.tr("Provisionally awarded to {name} (bid {bid}), sent on {sent}.").format(
                name=award.awarded_name, bid=award.bid_code, sent=format_date(award.sent_on)
            )
            if award.standstill_end is not None:
                left = (award.standstill_end - today()).days
                if left >= 0:
                    text += " " + self.tr(
                        "Standstill period: last day {last_day} ({days} days left); definitive "
                        "award from {first_day}."
                    ).format(
                        last_day=format_date(award.standstill_end),
                        days=left,
                        first_day=format_date(award.first_contract_day),
                    )
                else:
                    text += " " + self.tr(
                        "The standstill period ended on {last_day}; the award can be made "
                        "definitive."
                    ).format(last_day=format_date(award.standstill_end))
        if open_count:
            text += "\n" + self.tr(
                "%n open objections: the definitive award is blocked until decided.", "", open_count
            )
        self.status.setText(text)

    def _show_options(self) -> None:
        contract = _current(self.contracts_view, self.contracts)
        self.performance.set_contract(contract)
        chosen = _current(self.options_view, self.options)
        self.options.set_rows(list(contract.options) if contract is not None else [])
        if chosen is not None:
            _select_key(self.options_view, self.options, chosen.id)
        if not self.options_view.currentIndex().isValid():
            first_open = next(
                (o for o in self.options.rows() if o.status is OptionStatus.OPEN), None
            )
            if first_open is not None:
                _select_key(self.options_view, self.options, first_open.id)
        self._update_actions()

    def _update_actions(self) -> None:
        edit = self._can_edit
        award = self.award
        provisional = award is not None and award.status is AwardStatus.PROVISIONAL
        self.provisional_action.setEnabled(
            edit
            and award is None
            and self.results is not None
            and bool(self.results.result.ranking)
        )
        self.letters_action.setEnabled(edit and provisional)
        self.email_action.setEnabled(edit and provisional)
        self.sent_action.setEnabled(edit and provisional)
        self.print_letters_action.setEnabled(edit and award is not None)
        self.successor_action.setEnabled(edit and provisional)
        # An award with a contract stays: the service refuses, so the action is not offered.
        has_contract = self.contracts.rowCount() > 0
        self.withdraw_action.setEnabled(edit and award is not None and not has_contract)
        self.definitive_action.setEnabled(edit and provisional)
        has_lot = self.current_lot() is not None
        # Anyone may protest against the tender itself, so a lot without bids takes one too.
        self.new_objection_button.setEnabled(edit and has_lot)
        self.edit_objection_button.setEnabled(
            edit and self.objections_view.currentIndex().isValid()
        )
        definitive = award is not None and award.status is AwardStatus.DEFINITIVE
        after_notice = self.notice is not None and self.notice.contract_id is None
        self.new_contract_button.setEnabled(
            edit and (definitive or after_notice) and not has_contract
        )
        self.notice_action.setEnabled(edit and self._transparency and self.notice is None)
        self.edit_contract_button.setEnabled(edit and self.contracts_view.currentIndex().isValid())
        option = _current(self.options_view, self.options)
        can_decide = edit and option is not None and option.status is OptionStatus.OPEN
        self.exercise_button.setEnabled(can_decide)
        self.decline_button.setEnabled(can_decide)

    # --- changing ---------------------------------------------------------------------------

    def _changed(self) -> None:
        self.load_lot()
        self.data_changed.emit()

    def _run(self, work: Any) -> bool:
        """Run one change; a refusal is shown, a conflict also reloads. True when done."""
        try:
            with self.db.transaction() as session:
                work(session)
        except ConflictError as error:
            messages.show_error(self, error)
            self.load_lot()
            return False
        except AppError as error:
            messages.show_error(self, error)
            return False
        self._changed()
        return True

    def provisional_award(self) -> None:
        if not self.provisional_action.isEnabled() or self.results is None:
            return
        dialog = AwardDialog(self.db, self.results, parent=self)
        if exec_dialog(dialog) and dialog.saved is not None:
            self._changed()
        dialog.deleteLater()

    def withdraw_award(self) -> None:
        award = self.award
        if award is None or not self._can_edit:
            return
        reason = ask_reason(
            self,
            self.tr("Withdraw award decision"),
            self.tr("Why is the award to {name} withdrawn? The reason is recorded.").format(
                name=award.awarded_name
            ),
        )
        if reason is None:
            return
        if not messages.confirm(
            self,
            self.tr("Withdraw award decision"),
            self.tr(
                "Withdraw the award of lot {lot} to {name}? The decision stays in the history "
                "and a new decision can be made."
            ).format(lot=award.lot_label, name=award.awarded_name),
            destructive=True,
            confirm_text=self.tr("Withdraw"),
        ):
            return
        self._run(lambda session: awards.withdraw_award(session, award.id, reason, award.version))

    def replace_winner(self) -> None:
        award = self.award
        if award is None or not self.successor_action.isEnabled():
            return
        query = OrganisationQuery(include_archived=True, leave_out=(award.winner_organisation_id,))
        chosen = choose_successor(self, self.db, query)
        if chosen is None or chosen.id is None:
            return
        reason = ask_reason(
            self,
            self.tr("Successor"),
            self.tr(
                "Why does {successor} take the place of {winner}? The reason is recorded."
            ).format(successor=chosen.name, winner=award.winner_name),
        )
        if reason is None:
            return
        successor_id = chosen.id
        self._run(
            lambda session: awards.replace_winner(
                session, award.id, successor_id, reason, award.version
            )
        )

    def make_definitive(self) -> None:
        award = self.award
        if award is None or not self.definitive_action.isEnabled():
            return
        open_objections = [o for o in self.objections.rows() if o.is_open]
        dialog = DefinitiveDialog(self.db, award, open_objections, today=today(), parent=self)
        if exec_dialog(dialog) and dialog.saved is not None:
            self._changed()
        dialog.deleteLater()

    # --- letters ----------------------------------------------------------------------------

    def make_letters(self) -> None:
        """Write the letters of the lot's provisional award to a folder the user chooses;
        :attr:`letters_written` lists the files."""
        written = self._write_letters(self.letters_action, drafts=False)
        if written is None:
            return
        folder, paths, _drafts = written
        if messages.confirm(
            self,
            self.tr("Letters"),
            self.tr("%n letters were written to {folder}. Open the folder?", "", len(paths)).format(
                folder=folder
            ),
            confirm_text=self.tr("Open folder"),
        ):
            open_folder(folder)

    def email_letters(self) -> None:
        """Write the letters with an e-mail draft each (.eml, the PDF attached, addressed to
        the organisation for the attention of its contact) and open the drafts in the mail
        program; nothing is recorded as sent until the user records the send date."""
        written = self._write_letters(self.email_action, drafts=True)
        if written is None:
            return
        folder, _paths, drafts = written
        self.drafts_opened = email_drafts.offer_drafts(self, drafts, folder)

    def _write_letters(
        self, action: Any, *, drafts: bool
    ) -> tuple[Path, list[Path], list[Draft]] | None:
        """The letters (and with ``drafts`` their e-mail drafts) written to a folder the user
        chooses; None when refused or cancelled. Letters already sent are written again only
        when the user says so."""
        self.letters_written = []
        lot = self.current_lot()
        if lot is None or lot.id is None or not action.isEnabled():
            return None
        award = self.award
        if (
            award is not None
            and award.letters_sent_on is not None
            and not messages.confirm(
                self,
                self.tr("Letters"),
                self.tr(
                    "The letters of lot {lot} were sent on {day}. Write them again, as they "
                    "were sent?"
                ).format(lot=lot.label, day=format_date(award.letters_sent_on)),
                confirm_text=self.tr("Write again"),
            )
        ):
            return None
        folder = choose_folder(self, self.settings.last_folder("letters"))
        if folder is None:
            return None
        self.settings.set_last_folder("letters", folder)
        lot_id = lot.id
        db = self.db

        def work(progress: Progress) -> tuple[list[Path], list[Draft]]:
            from ssb_desktop.documents.award_letter import letter_frame, write_award_letters
            from ssb_desktop.documents.email_draft import write_drafts
            from ssb_desktop.services.house_style import get_house_style

            with db.transaction() as session:
                contents = awards.letters(session, lot_id)
                style = get_house_style(session)
            written: list[Path] = []
            made: list[Draft] = []
            for number, content in enumerate(contents):
                progress.report(number, len(contents))
                pdfs = write_award_letters([content], folder, style)
                written.extend(pdfs)
                if drafts:
                    made.extend(write_drafts([content], pdfs, style, letter_frame))
            progress.report(len(contents), len(contents))
            return written, made

        try:
            written, made = run_in_background(
                self, self.tr("Making the letters of lot {lot}…").format(lot=lot.label), work
            )
        except AppError as error:
            messages.show_error(self, error)
            return None
        self.letters_written = written
        return folder, written, made

    def print_letters(self) -> None:
        """Print the letters of the lot's award (or save them as PDF from the preview)."""
        lot = self.current_lot()
        if lot is None or lot.id is None or not self.print_letters_action.isEnabled():
            return
        lot_id = lot.id
        from ssb_desktop.documents.award_letter import letter_documents
        from ssb_desktop.services.house_style import get_house_style
        from ssb_desktop.views.printing import preview_documents

        loaded = self.call(lambda s: (awards.letters(s, lot_id), get_house_style(s)))
        if loaded is None:
            return
        contents, style = loaded
        preview_documents(
            self,
            self.tr("Letters of lot {lot}").format(lot=lot.label),
            letter_documents(contents, style),
        )

    def record_letters_sent(self) -> None:
        """Record the day the letters of the provisional award went out; the standstill
        period is worked out again from it."""
        lot = self.current_lot()
        if lot is None or lot.id is None or not self.sent_action.isEnabled():
            return
        lot_id = lot.id
        dialog = LettersSentDialog(
            self.db,
            self.tr("Letters sent"),
            self.tr(
                "The day the letters of lot {lot} went out to the bidders. The standstill "
                "period runs from the day after it."
            ).format(lot=lot.label),
            lambda session, day: awards.mark_letters_sent(session, lot_id, day),
            parent=self,
        )
        if exec_dialog(dialog) and dialog.saved is not None:
            self._changed()
        dialog.deleteLater()

    # --- objections -------------------------------------------------------------------------

    def new_objection(self) -> None:
        lot = self.current_lot()
        if lot is None or lot.id is None or not self.new_objection_button.isEnabled():
            return
        first = self._bidders[0][0] if self._bidders else 0
        record = ObjectionRecord(
            id=None,
            lot_id=lot.id,
            procurement_id=lot.procurement_id,
            organisation_id=first,
            kind=ObjectionKind.SUMMARY_PROCEEDINGS,
            received_on=today(),
            # Under voluntary transparency anyone may object to the intended award.
            against=(
                ObjectionSubject.AWARD
                if self._bidders or self._transparency
                else ObjectionSubject.TENDER
            ),
        )
        self._open_objection(record)

    def edit_objection(self) -> None:
        record = _current(self.objections_view, self.objections)
        if record is None or not self._can_edit:
            return
        self._open_objection(record)

    def _open_objection(self, record: ObjectionRecord) -> None:
        lot = self.current_lot()
        dialog = ObjectionDialog(
            self.db,
            record,
            self._bidders,
            parent=self,
            anyone=self._transparency,
            lot=(lot.id, lot.label) if lot is not None and lot.id is not None else None,
            procurement=(lot.procurement_id, lot.procurement_reference)
            if lot is not None
            else None,
        )
        if exec_dialog(dialog) and dialog.saved is not None:
            saved_id = dialog.saved.id
            self._changed()
            _select_key(self.objections_view, self.objections, saved_id)
            self.tabs.setCurrentIndex(1)
        dialog.deleteLater()

    # --- contracts --------------------------------------------------------------------------

    def new_contract(self) -> None:
        lot = self.current_lot()
        if lot is None or not self.new_contract_button.isEnabled():
            return
        if self.notice is not None:
            dialog = NoticeContractDialog(self.db, lot, self.notice, today(), parent=self)
            if exec_dialog(dialog) and dialog.saved is not None:
                self._changed()
                self.tabs.setCurrentIndex(2)
            dialog.deleteLater()
            return
        if self.award is None:
            return
        self._open_contract(ContractDialog(self.db, lot, self.award, parent=self))

    def publish_notice(self) -> None:
        """Record the notice of intended award of a voluntary transparency lot."""
        lot = self.current_lot()
        if lot is None or not self.notice_action.isEnabled():
            return
        organisations = self.read(list_organisations)
        if organisations is None:
            return
        dialog = NoticeDialog(self.db, lot, organisations, today(), parent=self)
        if exec_dialog(dialog) and dialog.saved is not None:
            self._changed()
        dialog.deleteLater()

    def edit_contract(self) -> None:
        lot = self.current_lot()
        record = _current(self.contracts_view, self.contracts)
        if lot is None or record is None or not self._can_edit:
            return
        self._open_contract(ContractDialog(self.db, lot, self.award, record, parent=self))

    def _open_contract(self, dialog: ContractDialog) -> None:
        if exec_dialog(dialog) and dialog.saved is not None:
            saved_id = dialog.saved.id
            self._changed()
            _select_key(self.contracts_view, self.contracts, saved_id)
            self._show_options()
            self.tabs.setCurrentIndex(2)
        dialog.deleteLater()

    def decide_option(self, *, exercised: bool) -> None:
        contract = _current(self.contracts_view, self.contracts)
        option = _current(self.options_view, self.options)
        if contract is None or option is None or option.status is not OptionStatus.OPEN:
            return
        if not self._can_edit:
            return
        on = today()
        late = on > option.decide_by
        names = {"n": option.sequence, "months": option.months, "reference": contract.reference}
        # The decision is taken with the assessed performance at hand, and records it.
        record = self.read(lambda session: performance_summary(session, contract.id, on))
        at_hand = "\n\n" + self.tr("Performance so far: {summary}").format(
            summary=summary_text(record)
        )
        if exercised and not late:
            if not messages.confirm(
                self,
                self.tr("Exercise option"),
                self.tr(
                    "Exercise option {n} ({months} months) of contract {reference}? The "
                    "contract is extended."
                ).format(**names)
                + at_hand,
                confirm_text=self.tr("Exercise"),
            ):
                return
            reason = ""
        else:
            if exercised:
                title = self.tr("Exercise option")
                label = self.tr(
                    "Option {n} had to be decided by {day}. Why is it exercised now? The reason "
                    "is recorded."
                ).format(n=option.sequence, day=format_date(option.decide_by))
            else:
                title = self.tr("Decline option")
                label = self.tr(
                    "Why is option {n} ({months} months) of contract {reference} declined? The "
                    "contract then ends after the current term."
                ).format(**names)
            typed = ask_reason(self, title, label + at_hand)
            if typed is None:
                return
            reason = typed
        option_id, version = option.id, option.version
        self._run(
            lambda session: awards.decide_option(
                session, option_id, exercised=exercised, on=on, reason=reason, version=version
            )
        )
        _select_key(self.contracts_view, self.contracts, contract.id)
        self._show_options()
