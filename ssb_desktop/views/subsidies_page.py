"""The Subsidies page: the schemes with their ceilings and budget use, and the applications
with their status flow, deadlines, trial allocation, decision letters and Excel exchange."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QTabWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from ssb_desktop.db.database import Database
from ssb_desktop.documents.email_draft import Draft
from ssb_desktop.errors import N_, AppError
from ssb_desktop.formatting import format_money, local_today
from ssb_desktop.i18n import translate_message
from ssb_desktop.models.application_columns import (
    ALLOCATION_COLUMN_WIDTHS,
    ALLOCATION_COLUMNS,
    APPLICATION_COLUMN_WIDTHS,
    APPLICATION_COLUMNS,
    RECEIVED_COLUMN,
    SCHEME_COLUMN_WIDTHS,
    SCHEME_COLUMNS,
)
from ssb_desktop.models.record_table_model import RecordTableModel
from ssb_desktop.records import (
    APPLICATION_STATUS_LABELS,
    Allocation,
    AllocationLine,
    ApplicationFilter,
    ApplicationRecord,
    ApplicationStatus,
    BudgetUse,
    DecidingBody,
    DistrictRecord,
    SchemeRecord,
)
from ssb_desktop.services import subsidies
from ssb_desktop.services.permissions import Permission, permissions_of
from ssb_desktop.services.reference import list_districts, list_themes
from ssb_desktop.services.subsidies import rules
from ssb_desktop.services.subsidies.rules import Step
from ssb_desktop.settings import Settings
from ssb_desktop.views import email_drafts, messages
from ssb_desktop.views.application_dialog import (
    AdvanceDialog,
    ApplicationDialog,
    DecisionDialog,
    ReportDialog,
    SettlementDialog,
    scheme_text,
)
from ssb_desktop.views.background import Progress, run_in_background
from ssb_desktop.views.page import EXPORT_KEYS, IMPORT_KEYS, Page, SearchBox, add_menu_button
from ssb_desktop.views.scheme_dialog import CeilingDialog, SchemeDialog

# The statuses each action may start from (the service decides; these only keep actions that
# cannot apply greyed out): the status flow's one table, rules.STEPS.
_STEP_OF: dict[str, tuple[Step, ...]] = {
    "request_completion": (Step.REQUEST_COMPLETION,),
    "mark_complete": (Step.MARK_COMPLETE,),
    "decide": (Step.GRANT, Step.REFUSE),
    "withdraw": (Step.WITHDRAW,),
    "pay_advance": (Step.PAY_ADVANCE,),
    "settle": (Step.SETTLE,),
    "close": (Step.CLOSE,),
}


def _can(action: str, status: ApplicationStatus) -> bool:
    return any(rules.can(step, status) for step in _STEP_OF[action])


def _owes_report(record: ApplicationRecord) -> bool:
    return (
        rules.report_problem(record.report_tier, record.status, record.reference, record.granted)
        is None
    )


# --- seams for tests --------------------------------------------------------------------------


def exec_dialog(dialog: QDialog) -> bool:
    """Seam for tests: show ``dialog`` modally; True when the user accepted it."""
    return dialog.exec() == QDialog.DialogCode.Accepted


def choose_folder(parent: QWidget, folder: str) -> Path | None:
    """Seam for tests: the folder to write decision letters to."""
    name = QFileDialog.getExistingDirectory(
        parent,
        QCoreApplication.translate("SubsidiesPage", "Folder for the decision letters"),
        folder,
    )
    return Path(name) if name else None


def import_from_excel(page: SubsidiesPage) -> None:
    """Seam: import applications from a workbook (the exchange module reloads the page), for
    the scheme chosen in the filter, else for the scheme the user names."""
    from ssb_desktop.views import application_exchange

    application_exchange.run_applications_import(page, page.filtered_scheme())


def export_to_excel(page: SubsidiesPage, records: Sequence[ApplicationRecord]) -> None:
    """Seam: write ``records`` (the list as filtered and sorted on screen) to a workbook."""
    from ssb_desktop.views import application_exchange

    application_exchange.run_applications_export(page, records)


def export_allocation(page: SubsidiesPage, scheme: SchemeRecord) -> None:
    from ssb_desktop.views import application_exchange

    application_exchange.run_allocation_export(page, scheme)


def export_decisions(page: SubsidiesPage, scheme: SchemeRecord) -> None:
    from ssb_desktop.views import decisions_exchange

    decisions_exchange.run_decisions_export(page, scheme)


def import_decisions(page: SubsidiesPage, scheme: SchemeRecord) -> None:
    from ssb_desktop.views import decisions_exchange

    if decisions_exchange.run_decisions_import(page, scheme) is not None:
        page._changed(scheme=scheme.id)


def export_application_form(page: SubsidiesPage, scheme: SchemeRecord) -> None:
    from ssb_desktop.views import application_exchange

    application_exchange.run_application_form(page, scheme)


def write_letters(
    db: Database, scheme_id: int, folder: Path, progress: Progress, *, all_again: bool = False
) -> list[Path]:
    """Seam: write the decision letters (grant, refusal, settlement) of one scheme not yet
    sent, or with ``all_again`` every one, one PDF/A each; the files written."""
    return write_letters_and_drafts(
        db, scheme_id, folder, progress, all_again=all_again, drafts=False
    )[0]


def write_letters_and_drafts(
    db: Database,
    scheme_id: int,
    folder: Path,
    progress: Progress,
    *,
    all_again: bool = False,
    drafts: bool = True,
) -> tuple[list[Path], list[Draft]]:
    """The decision letters as :func:`write_letters` writes them and, with ``drafts``, an
    e-mail draft (.eml) beside each with the letter attached."""
    from ssb_desktop.documents.email_draft import write_drafts
    from ssb_desktop.documents.subsidy_letter import letter_frame, write_subsidy_letters
    from ssb_desktop.services.house_style import get_house_style
    from ssb_desktop.services.subsidy_letters import letters_to_write

    with db.transaction() as session:
        contents = letters_to_write(session, scheme_id, all_again=all_again)
        style = get_house_style(session)
    written: list[Path] = []
    made: list[Draft] = []
    for number, content in enumerate(contents):
        progress.report(number, len(contents))
        pdfs = write_subsidy_letters([content], folder, style)
        written.extend(pdfs)
        if drafts:
            made.extend(write_drafts([content], pdfs, style, letter_frame))
    progress.report(len(contents), len(contents))
    return written, made


# --- the trial allocation ---------------------------------------------------------------------


class AllocationDialog(QDialog):
    """Who gets what under the scheme's rule; *Apply* turns it into decisions (the page asks
    to confirm first)."""

    def __init__(
        self, scheme: SchemeRecord, allocation: Allocation, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.allocation = allocation
        self.setWindowTitle(
            self.tr("Trial allocation: {scheme}").format(scheme=scheme_text(scheme))
        )
        partly = allocation.partly_granted
        summary = self.tr(
            "Ceiling {ceiling}; granted earlier {committed}. This allocation grants {granted} of "
            "{requested} requested; {remaining} remains."
        ).format(
            ceiling=format_money(allocation.ceiling),
            committed=format_money(allocation.committed),
            granted=format_money(allocation.granted),
            requested=format_money(allocation.requested),
            remaining=format_money(allocation.remaining),
        )
        if partly:
            names = ", ".join(line.applicant_name or line.reference for line in partly)
            summary += "\n" + self.tr("Granted partly: {names}.").format(names=names)
        self.summary = QLabel(summary)
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.model: RecordTableModel[AllocationLine] = RecordTableModel(
            ALLOCATION_COLUMNS, key=lambda line: line.application_id, parent=self
        )
        self.model.set_rows(allocation.lines)
        self.table = _table(self.model, ALLOCATION_COLUMN_WIDTHS, self.tr("Trial allocation"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.apply_button = self.buttons.addButton(
            self.tr("&Apply as decisions…"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.apply_button.setEnabled(bool(allocation.lines))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        if not allocation.lines:
            self.summary.setText(
                summary + "\n" + self.tr("No application of this scheme is waiting for a decision.")
            )
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.buttons)
        self.resize(1100, 560)


def _table(model: RecordTableModel[Any], widths: Sequence[int], name: str) -> QTableView:
    table = QTableView()
    table.setAccessibleName(name)
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setWordWrap(False)
    table.setAlternatingRowColors(True)
    table.setTabKeyNavigation(False)
    rows = table.verticalHeader()
    rows.setVisible(False)
    rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    rows.setDefaultSectionSize(table.fontMetrics().height() + 8)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setHighlightSections(False)
    for column, width in enumerate(widths):
        header.resizeSection(column, width)
    header.setStretchLastSection(True)
    header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
    table.setSortingEnabled(True)
    return table


# --- the page ---------------------------------------------------------------------------------


class SubsidiesPage(Page):
    """Schemes and applications for subsidy of volunteer organisations."""

    title = N_("Navigation", "Subsidies")

    def __init__(self, db: Database, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(db, settings, parent)
        self._can_edit = Permission.EDIT_SUBSIDIES in permissions_of(db.actor.roles)
        self.scheme_model: RecordTableModel[SchemeRecord] = RecordTableModel(
            SCHEME_COLUMNS, parent=self
        )
        self.model: RecordTableModel[ApplicationRecord] = RecordTableModel(
            APPLICATION_COLUMNS, parent=self
        )
        self._schemes: dict[int, SchemeRecord] = {}
        self._budget: dict[int, BudgetUse] = {}
        self._districts: list[DistrictRecord] = []
        self._themes: list[tuple[int, str]] = []
        self.letters_written: list[Path] = []  # by the last "Make decision letters"
        self.drafts_opened: list[Path] = []  # by the last "E-mail drafts"
        self._build_actions()
        self.tabs = QTabWidget()
        self.tabs.addTab(self._build_schemes(), self.tr("&Schemes"))
        self.tabs.addTab(self._build_applications(), self.tr("&Applications"))
        self.tabs.currentChanged.connect(lambda _i: self._update_actions())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)
        self.setFocusProxy(self.tabs)
        self._update_actions()

    # --- building ---------------------------------------------------------------------------

    def _build_actions(self) -> None:
        a = self._action
        self.new_scheme_action = a(
            self.tr("&New scheme…"), self.new_scheme, [QKeySequence("Ctrl+Shift+N")]
        )
        self.edit_scheme_action = a(
            self.tr("&Edit…"),
            self.edit_scheme,
            [QKeySequence(Qt.Key.Key_Return), QKeySequence(Qt.Key.Key_Enter)],
            Qt.ShortcutContext.WidgetShortcut,
        )
        self.ceiling_action = a(self.tr("Change &ceiling…"), self.change_ceiling)
        self.allocation_action = a(
            self.tr("&Trial allocation…"), self.trial_allocation, [QKeySequence("Ctrl+Shift+A")]
        )
        self.letters_action = a(self.tr("Make decision &letters…"), self.make_letters)
        self.print_letters_action = a(
            self.tr("&View and print decision letters…"), self.print_letters
        )
        self.email_action = a(self.tr("E-mail dra&fts…"), self.email_letters)
        self.email_action.setToolTip(
            self.tr(
                "Write the decision letters not yet sent with an e-mail draft each and open "
                "the drafts in your mail program; record sending once they went out."
            )
        )
        self.sent_action = a(self.tr("Record sendin&g…"), self.record_letters_sent)
        self.export_allocation_action = a(
            self.tr("Export a&llocation…"), lambda: self._with_scheme(export_allocation)
        )
        self.form_action = a(
            self.tr("Application &form…"), lambda: self._with_scheme(export_application_form)
        )
        self.form_action.setToolTip(
            self.tr("Write an application-form workbook for volunteer organisations.")
        )
        self.export_decisions_action = a(
            self.tr("Export decisio&ns workbook…"),
            lambda: self._with_scheme(export_decisions),
        )
        self.export_decisions_action.setToolTip(
            self.tr("The applications the theme's contract holder decides on, to fill in.")
        )
        self.import_decisions_action = a(
            self.tr("Import decisions…"), lambda: self._with_scheme(import_decisions)
        )
        self.import_decisions_action.setToolTip(
            self.tr("Record the contract holder's decisions from its filled-in workbook.")
        )

        self.new_action = a(
            self.tr("&New application…"),
            self.new_application,
            [QKeySequence(QKeySequence.StandardKey.New)],
        )
        self.edit_action = a(
            self.tr("&Open…"),
            self.edit_current,
            [QKeySequence(Qt.Key.Key_Return), QKeySequence(Qt.Key.Key_Enter)],
            Qt.ShortcutContext.WidgetShortcut,
        )
        self.completion_action = a(
            self.tr("Request &completion"), lambda: self.step("request_completion")
        )
        self.complete_action = a(self.tr("Mark co&mplete"), lambda: self.step("mark_complete"))
        self.decide_action = a(
            self.tr("&Decide…"), lambda: self.step("decide"), [QKeySequence("Ctrl+D")]
        )
        self.withdraw_action = a(self.tr("&Withdrawn…"), lambda: self.step("withdraw"))
        self.advance_action = a(self.tr("Pay ad&vance…"), lambda: self.step("pay_advance"))
        self.settle_action = a(self.tr("&Settle…"), lambda: self.step("settle"))
        self.close_action = a(self.tr("C&lose"), lambda: self.step("close"))
        self.report_received_action = a(
            self.tr("Report rece&ived"), lambda: self.step("receive_report")
        )
        self.report_received_action.setToolTip(
            self.tr("The accountability report of this grant came in today.")
        )
        self.assess_report_action = a(
            self.tr("Assess re&port…"), lambda: self.step("assess_report")
        )
        self.remind_action = a(self.tr("Send re&minder"), lambda: self.step("remind_report"))
        self.remind_action.setToolTip(
            self.tr("Record that the applicant was reminded today of the overdue report.")
        )
        self.reminder_letter_action = a(self.tr("Reminder letter…"), self.print_reminder_letter)
        self.reminder_letter_action.setToolTip(
            self.tr(
                "The letter that reminds the applicant of the overdue report, to print or "
                "save as PDF; its text is edited under Administration, Letter texts."
            )
        )
        self.import_action = a(
            self.tr("&Import from Excel…"), lambda: import_from_excel(self), IMPORT_KEYS
        )
        self.export_action = a(
            self.tr("E&xport to Excel…"),
            lambda: export_to_excel(self, self.model.rows()),
            EXPORT_KEYS,
        )
        self.export_action.setToolTip(self.tr("Export the applications as listed now."))
        self.find_action = a(
            self.tr("Find"), self.focus_search, [QKeySequence(QKeySequence.StandardKey.Find)]
        )
        # Added to the page so that their shortcuts work wherever the focus is on it (a
        # toolbar's action only answers inside the toolbar): Ctrl+Shift+A, as advertised.
        self.addActions(
            [
                self.new_action,
                self.new_scheme_action,
                self.find_action,
                self.decide_action,
                self.allocation_action,
                self.import_action,
                self.export_action,
            ]
        )

    def _toolbar(self, name: str, groups: Sequence[Sequence[Any]]) -> QToolBar:
        toolbar = QToolBar(name)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        for number, group in enumerate(groups):
            if number:
                toolbar.addSeparator()
            for item in group:
                if isinstance(item, QAction):
                    toolbar.addAction(item)
                else:  # (title, actions): less frequent steps behind one button
                    add_menu_button(toolbar, self, *item)
        return toolbar

    def _build_schemes(self) -> QWidget:
        toolbar = self._toolbar(
            self.tr("Schemes"),
            [
                [self.new_scheme_action, self.edit_scheme_action, self.ceiling_action],
                [
                    self.allocation_action,
                    self.letters_action,
                    (
                        self.tr("Letters"),
                        [self.print_letters_action, self.email_action, self.sent_action],
                    ),
                ],
                [
                    (
                        self.tr("Workbooks"),
                        [
                            self.export_allocation_action,
                            self.form_action,
                            self.export_decisions_action,
                            self.import_decisions_action,
                        ],
                    )
                ],
            ],
        )
        self.scheme_table = _table(self.scheme_model, SCHEME_COLUMN_WIDTHS, self.tr("Schemes"))
        # Newest year first (column 0 is the ID).
        self.scheme_table.horizontalHeader().setSortIndicator(1, Qt.SortOrder.DescendingOrder)
        self.scheme_table.addAction(self.edit_scheme_action)
        self.scheme_table.doubleClicked.connect(lambda _i: self.edit_scheme())
        self.scheme_table.selectionModel().currentRowChanged.connect(
            lambda *_a: self._on_scheme_changed()
        )
        self.budget_label = QLabel()
        self.budget_label.setWordWrap(True)
        self.budget_label.setTextFormat(Qt.TextFormat.PlainText)
        self.budget_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        widget = QWidget()
        layout = QVBoxLayout(widget)
        layout.addWidget(toolbar)
        layout.addWidget(self.scheme_table, 1)
        layout.addWidget(self.budget_label)
        return widget

    def _combo(self, name: str) -> QComboBox:
        combo = QComboBox()
        combo.setAccessibleName(name)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        combo.setMinimumContentsLength(12)
        return combo

    def _build_applications(self) -> QWidget:
        toolbar = self._toolbar(
            self.tr("Applications"),
            [
                [self.new_action, self.edit_action, self.decide_action],
                [
                    (
                        self.tr("Status"),
                        [
                            self.completion_action,
                            self.complete_action,
                            self.withdraw_action,
                            self.advance_action,
                            self.settle_action,
                            self.close_action,
                        ],
                    ),
                    (
                        self.tr("Accountability"),
                        [
                            self.report_received_action,
                            self.assess_report_action,
                            self.remind_action,
                            self.reminder_letter_action,
                        ],
                    ),
                ],
                [self.import_action, self.export_action],
            ],
        )
        self.search = SearchBox()
        self.search.setPlaceholderText(self.tr("Search applicant, activity, reference… (Ctrl+F)"))
        self.search.setAccessibleName(self.tr("Search applications"))
        self.search.search_changed.connect(self.model.set_filter_text)
        # The applications of one year at a time, this year's first (issue 18): after ten
        # years, loading every year made each visit to the page slow.
        self.year_filter = self._combo(self.tr("Year"))
        self.year_filter.setMinimumContentsLength(6)
        self.scheme_filter = self._combo(self.tr("Scheme"))
        self.theme_filter = self._combo(self.tr("Theme"))
        self.district_filter = self._combo(self.tr("District"))
        self.status_filter = self._combo(self.tr("Status"))
        self.body_filter = self._combo(self.tr("Deciding body"))
        self.status_filter.addItem(self.tr("Every status"), None)
        for status in ApplicationStatus:
            self.status_filter.addItem(
                QCoreApplication.translate("ApplicationStatus", APPLICATION_STATUS_LABELS[status]),
                status.value,
            )
        self.overdue_filter = QCheckBox(self.tr("Report &overdue"))
        self.overdue_filter.setToolTip(
            self.tr("Only grants whose accountability report is past its due date.")
        )
        self.overdue_filter.toggled.connect(lambda _on: self._apply_filters())
        self.count_label = QLabel()
        search_row = QHBoxLayout()
        search_row.addWidget(self.search, 1)
        search_row.addWidget(self.count_label)
        # Two rows of filters, so that the page fits a 1366-pixel screen beside the navigation.
        filters = QGridLayout()
        filters.setHorizontalSpacing(8)
        for number, (text, combo) in enumerate(
            (
                (self.tr("&Year"), self.year_filter),
                (self.tr("Sc&heme"), self.scheme_filter),
                (self.tr("The&me"), self.theme_filter),
                (self.tr("Dist&rict"), self.district_filter),
                (self.tr("Stat&us"), self.status_filter),
                (self.tr("Decided &by"), self.body_filter),
            )
        ):
            label = QLabel(text)
            label.setBuddy(combo)
            row, pair = divmod(number, 4)
            filters.addWidget(label, row, 2 * pair)
            filters.addWidget(combo, row, 2 * pair + 1)
        filters.addWidget(self.overdue_filter, 1, 4, 1, 2)
        filters.setColumnStretch(8, 1)
        self.table = _table(self.model, APPLICATION_COLUMN_WIDTHS, self.tr("Applications"))
        self.table.horizontalHeader().setSortIndicator(
            RECEIVED_COLUMN, Qt.SortOrder.DescendingOrder
        )
        self.table.addAction(self.edit_action)
        self.table.doubleClicked.connect(lambda _i: self.edit_current())
        self.table.selectionModel().currentRowChanged.connect(lambda *_a: self._update_actions())
        self.model.layoutChanged.connect(self._update_count)
        self.model.modelReset.connect(self._update_count)
        self.filter_combos = (
            self.scheme_filter,
            self.theme_filter,
            self.district_filter,
            self.status_filter,
            self.body_filter,
        )
        for combo in self.filter_combos:
            combo.currentIndexChanged.connect(lambda _i: self._apply_filters())
        self.year_filter.currentIndexChanged.connect(lambda _i: self.reload())
        widget = QWidget()
        layout = QVBoxLayout(widget)
        layout.addWidget(toolbar)
        layout.addLayout(search_row)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        return widget

    # --- loading ----------------------------------------------------------------------------

    def reload(self) -> None:
        """Load schemes, budget use and the chosen year's applications; choices and
        selections stay."""
        year = self.year_filter.currentData() if self.year_filter.count() else local_today().year
        try:
            with self.db.reading() as session:
                schemes = subsidies.list_schemes(session)
                budget = subsidies.budget_use(session)
                applications = subsidies.list_applications(session, ApplicationFilter(year=year))
                self._districts = list_districts(session)
                self._themes = list_themes(session)
        except AppError as error:
            messages.show_error(self, error)
            return
        self._schemes = {s.id: s for s in schemes if s.id is not None}
        self._budget = {b.scheme_id: b for b in budget}
        self._fill_years(schemes, year)
        scheme = self.current_scheme()
        self.scheme_model.set_rows(schemes)
        if scheme is not None and scheme.id is not None:
            self.select_scheme(scheme.id)
        elif schemes:
            self.scheme_table.setCurrentIndex(self.scheme_model.index(0, 0))
        current = self.current_record()
        self._fill_filters(applications)
        self.model.set_rows(applications)
        self._apply_filters()
        if current is not None and current.id is not None:
            self.select_id(current.id)
        self._on_scheme_changed()

    def _refill(self, combo: QComboBox, everything: str, items: Sequence[tuple[str, Any]]) -> None:
        chosen = combo.currentData()
        combo.blockSignals(True)
        try:
            combo.clear()
            combo.addItem(everything, None)
            for text, data in items:
                combo.addItem(text, data)
            combo.setCurrentIndex(max(0, combo.findData(chosen)))
        finally:
            combo.blockSignals(False)

    def _fill_years(self, schemes: Sequence[SchemeRecord], year: int | None) -> None:
        years = sorted({scheme.year for scheme in schemes} | {local_today().year}, reverse=True)
        self.year_filter.blockSignals(True)
        try:
            self.year_filter.clear()
            self.year_filter.addItem(self.tr("Every year"), None)
            for each in years:
                self.year_filter.addItem(str(each), each)
            self.year_filter.setCurrentIndex(max(0, self.year_filter.findData(year)))
        finally:
            self.year_filter.blockSignals(False)

    def _fill_filters(self, applications: Sequence[ApplicationRecord]) -> None:
        schemes = sorted(self._schemes.values(), key=lambda s: (-s.year, s.theme_name, s.name))
        self._refill(
            self.scheme_filter, self.tr("Every scheme"), [(scheme_text(s), s.id) for s in schemes]
        )
        self._refill(self.theme_filter, self.tr("Every theme"), [(n, i) for i, n in self._themes])
        self._refill(
            self.district_filter,
            self.tr("Every district"),
            [(d.name, d.id) for d in self._districts],
        )
        holders = sorted(
            {
                (a.deciding_organisation_name, a.deciding_organisation_id)
                for a in applications
                if a.deciding_organisation_id is not None
            }
        )
        bodies: list[tuple[str, Any]] = [(self.tr("The municipality"), "municipality")]
        bodies += [(name, organisation_id) for name, organisation_id in holders]
        self._refill(self.body_filter, self.tr("Anyone"), bodies)

    def _predicate(self) -> Callable[[ApplicationRecord], bool] | None:
        scheme_id = self.scheme_filter.currentData()
        theme_id = self.theme_filter.currentData()
        district_id = self.district_filter.currentData()
        status = self.status_filter.currentData()
        body = self.body_filter.currentData()
        tests: list[Callable[[ApplicationRecord], bool]] = []
        if scheme_id is not None:
            tests.append(lambda r: r.scheme_id == scheme_id)
        if theme_id is not None:
            tests.append(lambda r: r.theme_id == theme_id)
        if district_id is not None:
            tests.append(lambda r: district_id in r.district_ids)
        if status is not None:
            tests.append(lambda r: r.status.value == status)
        if body == "municipality":
            tests.append(
                lambda r: (
                    r.deciding_body is DecidingBody.MUNICIPALITY
                    and r.deciding_organisation_id is None
                )
            )
        elif body is not None:
            tests.append(lambda r: r.deciding_organisation_id == body)
        if self.overdue_filter.isChecked():
            tests.append(lambda r: r.report_overdue)
        if not tests:
            return None
        return lambda record: all(test(record) for test in tests)

    def _apply_filters(self) -> None:
        self.model.set_predicate(self._predicate())
        self._update_actions()

    def _update_count(self) -> None:
        shown, total = self.model.rowCount(), self.model.total_row_count()
        if shown == total:
            text = self.tr("%n applications", "", total)
        else:
            text = self.tr("{n} of %n applications", "", total).format(n=shown)
        requested = sum((r.requested for r in self.model.rows()), Decimal("0.00"))
        granted = sum((r.granted or Decimal("0.00") for r in self.model.rows()), Decimal("0.00"))
        self.count_label.setText(
            self.tr("{count}; requested {requested}, granted {granted}").format(
                count=text, requested=format_money(requested), granted=format_money(granted)
            )
        )

    def _on_scheme_changed(self) -> None:
        scheme = self.current_scheme()
        if scheme is None or scheme.id is None:
            self.budget_label.setText(self.tr("Choose a scheme to see its budget use."))
        else:
            use = self._budget.get(scheme.id)
            if use is None:
                self.budget_label.setText("")
            else:
                self.budget_label.setText(budget_text(use))
        self._update_actions()

    # --- the selection ----------------------------------------------------------------------

    def current_scheme(self) -> SchemeRecord | None:
        index = self.scheme_table.currentIndex()
        return self.scheme_model.row_at(index) if index.isValid() else None

    def filtered_scheme(self) -> SchemeRecord | None:
        """The scheme chosen in the applications' filter, or None for every scheme."""
        scheme_id = self.scheme_filter.currentData()
        return self._schemes.get(scheme_id) if scheme_id is not None else None

    def current_record(self) -> ApplicationRecord | None:
        index = self.table.currentIndex()
        return self.model.row_at(index) if index.isValid() else None

    def _select(self, table: QTableView, model: RecordTableModel[Any], key: int) -> bool:
        index = model.index_for_key(key)
        if not index.isValid():
            return False
        table.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        table.scrollTo(index)
        return True

    def select_scheme(self, scheme_id: int) -> bool:
        return self._select(self.scheme_table, self.scheme_model, scheme_id)

    def select_id(self, application_id: int) -> bool:
        return self._select(self.table, self.model, application_id)

    def show_application(self, application_id: int) -> bool:
        """The applications tab with this one selected, clearing filters that hide it
        (Search everything)."""
        self.show_applications()
        if not self.select_id(application_id):
            # The list holds one year at a time: go to the application's year first.
            try:
                with self.db.reading() as session:
                    record = subsidies.get_application(session, application_id)
            except AppError as error:
                messages.show_error(self, error)
                return False
            scheme = self._schemes.get(record.scheme_id)
            year = self.year_filter.findData(scheme.year if scheme is not None else None)
            if year >= 0 and year != self.year_filter.currentIndex():
                self.year_filter.setCurrentIndex(year)  # reloads that year's applications
            self.search.setText("")
            self.search.flush()
            self.overdue_filter.setChecked(False)
            for combo in self.filter_combos:
                combo.setCurrentIndex(0)
        found = self.select_id(application_id)
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)
        return found

    def show_applications(self) -> None:
        self.tabs.setCurrentIndex(1)

    def focus_search(self) -> None:
        self.show_applications()
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def _update_actions(self) -> None:
        edit = self._can_edit
        scheme = self.current_scheme() is not None
        self.new_scheme_action.setEnabled(edit)
        for action in (self.edit_scheme_action, self.ceiling_action, self.allocation_action):
            action.setEnabled(edit and scheme)
        self.letters_action.setEnabled(scheme)
        self.print_letters_action.setEnabled(scheme)
        self.email_action.setEnabled(scheme)
        self.sent_action.setEnabled(scheme and self._can_edit)
        self.export_allocation_action.setEnabled(scheme)
        self.form_action.setEnabled(scheme)
        current = self.current_scheme()
        holder = (
            current is not None and current.effective_deciding_body is DecidingBody.CONTRACT_HOLDER
        )
        self.export_decisions_action.setEnabled(holder)
        self.import_decisions_action.setEnabled(edit and holder)
        record = self.current_record()
        self.new_action.setEnabled(edit and bool(self._schemes))
        self.edit_action.setEnabled(record is not None)
        for action, step in (
            (self.completion_action, "request_completion"),
            (self.complete_action, "mark_complete"),
            (self.decide_action, "decide"),
            (self.withdraw_action, "withdraw"),
            (self.advance_action, "pay_advance"),
            (self.settle_action, "settle"),
            (self.close_action, "close"),
        ):
            action.setEnabled(edit and record is not None and _can(step, record.status))
        owes = record is not None and _owes_report(record)
        self.report_received_action.setEnabled(edit and owes)
        self.assess_report_action.setEnabled(
            edit and owes and record is not None and record.report_received_on is not None
        )
        self.remind_action.setEnabled(
            edit and owes and record is not None and record.report_overdue
        )
        self.reminder_letter_action.setEnabled(
            owes and record is not None and record.report_overdue
        )
        self.import_action.setEnabled(edit)

    # --- schemes ----------------------------------------------------------------------------

    def _changed(self, *, scheme: int | None = None, application: int | None = None) -> None:
        self.reload()
        if scheme is not None:
            self.select_scheme(scheme)
        if application is not None:
            self.select_id(application)
        self.data_changed.emit()

    def _with_scheme(self, action: Callable[[SubsidiesPage, SchemeRecord], None]) -> None:
        scheme = self.current_scheme()
        if scheme is not None:
            action(self, scheme)

    def new_scheme(self) -> None:
        if not self._can_edit:
            return
        dialog = SchemeDialog(self.db, self._themes, None, parent=self)
        if exec_dialog(dialog) and dialog.saved is not None:
            self._changed(scheme=dialog.saved.id)
        dialog.deleteLater()

    def edit_scheme(self) -> None:
        scheme = self.current_scheme()
        if scheme is None or not self._can_edit:
            return
        dialog = SchemeDialog(self.db, self._themes, scheme, parent=self)
        if exec_dialog(dialog) and dialog.saved is not None:
            self._changed(scheme=scheme.id)
        dialog.deleteLater()

    def change_ceiling(self) -> None:
        scheme = self.current_scheme()
        if scheme is None or not self._can_edit:
            return
        dialog = CeilingDialog(self.db, scheme, parent=self)
        if exec_dialog(dialog):
            self._changed(scheme=scheme.id)
        dialog.deleteLater()

    def trial_allocation(self) -> None:
        """Show who would get what under the scheme's rule; apply it after confirmation."""
        scheme = self.current_scheme()
        if scheme is None or scheme.id is None or not self._can_edit:
            return
        scheme_id = scheme.id
        allocation = self.call(lambda s: subsidies.trial_allocation(s, scheme_id))
        if allocation is None:
            return
        dialog = AllocationDialog(scheme, allocation, parent=self)
        accepted = exec_dialog(dialog)
        dialog.deleteLater()
        if not accepted or not allocation.lines:
            return
        if not messages.confirm(
            self,
            self.tr("Apply the allocation"),
            self.tr(
                "Record the allocation of {scheme} as decisions: {granted} granted to {n} "
                "applications, dated today? The decisions can be corrected one by one afterwards."
            ).format(
                scheme=scheme.name,
                granted=format_money(allocation.granted),
                n=len(allocation.lines),
            ),
            confirm_text=self.tr("Apply"),
        ):
            return
        count = self.call(
            lambda s: subsidies.apply_allocation(
                s,
                scheme_id,
                describe=lambda line: translate_message(line.context, line.reason, line.params),
            )
        )
        if count is None:
            return
        messages.show_info(
            self,
            self.tr("Allocation applied"),
            self.tr("%n decisions recorded.", "", count),
        )
        self._changed(scheme=scheme_id)

    def make_letters(self) -> None:
        """Write the chosen scheme's decision letters not yet sent as PDF/A files to a folder;
        when every letter was sent, offer to write them all again."""
        written = self._write_letters(drafts=False)
        if written is None:
            return
        folder, paths, _drafts, left_out = written
        text = self.tr("%n decision letters written to {folder}.", "", len(paths)).format(
            folder=str(folder)
        )
        if left_out:
            text += " " + self.tr(
                "%n letters sent earlier were left out; when every letter has been sent, "
                "Make decision letters offers to write them all again.",
                "",
                left_out,
            )
        messages.show_info(self, self.tr("Decision letters"), text)

    def email_letters(self) -> None:
        """The decision letters not yet sent with an e-mail draft each, opened in the mail
        program; nothing is recorded as sent until the user records the send date."""
        written = self._write_letters(drafts=True)
        if written is None:
            return
        folder, _paths, drafts, _left_out = written
        self.drafts_opened = email_drafts.offer_drafts(self, drafts, folder)

    def _letters_to_write(self, scheme: SchemeRecord) -> tuple[bool, int] | None:
        """Whether every letter of ``scheme`` is to be written again (all were sent and the
        user wants them again) and how many sent letters are left out; None: nothing to do."""
        from ssb_desktop.services.subsidy_letters import letters_to_write

        scheme_id = scheme.id
        assert scheme_id is not None
        counted = self.call(
            lambda s: (
                len(letters_to_write(s, scheme_id)),
                len(letters_to_write(s, scheme_id, all_again=True)),
            )
        )
        if counted is None:
            return None
        unsent, every = counted
        if every == 0:
            text = self.tr("No application of {scheme} has a decision yet; no letters written.")
            messages.show_info(self, self.tr("Decision letters"), text.format(scheme=scheme.name))
            return None
        all_again = unsent == 0
        if all_again and not messages.confirm(
            self,
            self.tr("Decision letters"),
            self.tr(
                "All {n} decision letters of {scheme} were sent already. Write them again, as "
                "they were sent?"
            ).format(n=every, scheme=scheme.name),
            confirm_text=self.tr("Write again"),
        ):
            return None
        return all_again, 0 if all_again else every - unsent

    def _write_letters(self, *, drafts: bool) -> tuple[Path, list[Path], list[Draft], int] | None:
        """The letters not yet sent (and with ``drafts`` their e-mail drafts) written to a
        folder the user chooses, with the number of sent letters left out; None when there
        was nothing to write, or it was refused or cancelled."""
        scheme = self.current_scheme()
        if scheme is None or scheme.id is None:
            return None
        chosen = self._letters_to_write(scheme)
        if chosen is None:
            return None
        all_again, left_out = chosen
        folder = choose_folder(self, self.settings.last_folder("letters"))
        if folder is None:
            return None
        self.settings.set_last_folder("letters", folder)
        self.letters_written = []
        scheme_id, db = scheme.id, self.db
        try:
            if drafts:
                written, made = run_in_background(
                    self,
                    self.tr("Making decision letters…"),
                    lambda progress: write_letters_and_drafts(
                        db, scheme_id, folder, progress, all_again=all_again
                    ),
                )
            else:
                written = run_in_background(
                    self,
                    self.tr("Making decision letters…"),
                    lambda progress: write_letters(
                        db, scheme_id, folder, progress, all_again=all_again
                    ),
                )
                made = []
        except AppError as error:
            messages.show_error(self, error)
            return None
        self.letters_written = written
        if not written:
            text = self.tr("No application of {scheme} has a decision yet; no letters written.")
            messages.show_info(self, self.tr("Decision letters"), text.format(scheme=scheme.name))
            return None
        return folder, written, made, left_out

    def print_letters(self) -> None:
        """Print the decision letters not yet sent (all of them when every one was sent and
        the user asks), or save them as PDF from the preview."""
        from ssb_desktop.documents.subsidy_letter import letter_documents
        from ssb_desktop.services.house_style import get_house_style
        from ssb_desktop.services.subsidy_letters import letters_to_write
        from ssb_desktop.views.printing import preview_documents

        scheme = self.current_scheme()
        if scheme is None or scheme.id is None or not self.print_letters_action.isEnabled():
            return
        chosen = self._letters_to_write(scheme)
        if chosen is None:
            return
        all_again = chosen[0]
        scheme_id = scheme.id
        loaded = self.call(
            lambda s: (letters_to_write(s, scheme_id, all_again=all_again), get_house_style(s))
        )
        if loaded is None:
            return
        contents, style = loaded
        preview_documents(
            self,
            self.tr("Decision letters of {scheme}").format(scheme=scheme.name),
            letter_documents(contents, style),
        )

    def print_reminder_letter(self) -> None:
        """The reminder of the current application's overdue report in the print preview
        (print it, or save it as PDF); recording that it was sent is Send reminder."""
        from ssb_desktop.documents.subsidy_letter import letter_documents
        from ssb_desktop.services.house_style import get_house_style
        from ssb_desktop.views.printing import preview_documents

        record = self.current_record()
        if record is None or record.id is None or not self.reminder_letter_action.isEnabled():
            return
        application_id, day = record.id, local_today()
        loaded = self.call(
            lambda s: (subsidies.reminder_content(s, application_id, on=day), get_house_style(s))
        )
        if loaded is None:
            return
        content, style = loaded
        documents = letter_documents([content], style)
        preview_documents(self, documents[0].title, documents)

    def record_letters_sent(self) -> None:
        """Record the day the scheme's letters not yet sent went out; each objection period
        runs from it."""
        from ssb_desktop.services.subsidy_letters import mark_letters_sent
        from ssb_desktop.views.letters_sent_dialog import LettersSentDialog

        scheme = self.current_scheme()
        if scheme is None or scheme.id is None or not self.sent_action.isEnabled():
            return
        scheme_id = scheme.id
        dialog = LettersSentDialog(
            self.db,
            self.tr("Decision letters sent"),
            self.tr(
                "The day the decision letters of {scheme} not yet sent went out. The objection "
                "period of each decision runs from the day after it."
            ).format(scheme=scheme.name),
            lambda session, day: mark_letters_sent(session, scheme_id, day),
            parent=self,
        )
        if exec_dialog(dialog) and dialog.saved is not None:
            messages.show_info(
                self,
                self.tr("Decision letters"),
                self.tr("{n} letters recorded as sent.").format(n=len(dialog.saved)),
            )
        dialog.deleteLater()

    # --- applications -----------------------------------------------------------------------

    def new_application(self) -> None:
        if not self._can_edit or not self._schemes:
            return
        chosen = self.scheme_filter.currentData()
        scheme = self.current_scheme()
        start = chosen if chosen is not None else (scheme.id if scheme is not None else None)
        dialog = ApplicationDialog(
            self.db,
            list(self._schemes.values()),
            [d for d in self._districts if d.active],
            None,
            scheme_id=start,
            parent=self,
        )
        if exec_dialog(dialog) and dialog.saved is not None:
            self._changed(application=dialog.saved.id)
        dialog.deleteLater()

    def edit_current(self) -> None:
        record = self.current_record()
        if record is None or record.id is None:
            return
        application_id = record.id
        fresh = self.read(lambda s: subsidies.get_application(s, application_id))
        if fresh is None:
            self.reload()
            return
        dialog = ApplicationDialog(
            self.db, list(self._schemes.values()), self._districts, fresh, parent=self
        )
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(self._can_edit)
        if exec_dialog(dialog) and dialog.saved is not None:
            self._changed(application=application_id)
        dialog.deleteLater()

    def step(self, step: str) -> None:
        """Take one step of the status flow for the current application."""
        record = self.current_record()
        if record is None or record.id is None or not self._can_edit:
            return
        application_id = record.id
        service = self._step_service(step, record)
        if service is None:
            return
        try:
            with self.db.transaction() as session:
                service(session)
        except AppError as error:
            messages.show_error(self, error)
            self.reload()
            return
        self._changed(application=application_id)

    def _step_service(
        self, step: str, record: ApplicationRecord
    ) -> Callable[[Session], object] | None:
        """What ``step`` does, after asking for what it needs; None when the user cancelled."""
        application_id = record.id
        assert application_id is not None
        today = local_today()
        name = f"{record.reference} {record.applicant_name}".strip()
        version = record.version
        if step == "request_completion":
            return lambda s: subsidies.request_completion(
                s, application_id, on=today, version=version
            )
        if step == "mark_complete":
            now = datetime.now(UTC)
            return lambda s: subsidies.mark_complete(s, application_id, at=now, version=version)
        if step == "withdraw":
            if not messages.confirm(
                self,
                self.tr("Application withdrawn"),
                self.tr("Record that application {name} has been withdrawn?").format(name=name),
                destructive=True,
                confirm_text=self.tr("Withdrawn"),
            ):
                return None
            return lambda s: subsidies.withdraw(s, application_id, on=today, version=version)
        if step == "close":
            return lambda s: subsidies.close(s, application_id, version=version)
        if step == "decide":
            return self._decide(record)
        if step == "pay_advance":
            advance = AdvanceDialog(record, self)
            accepted = exec_dialog(advance)
            amount, paid_on = advance.value(), advance.on()
            advance.deleteLater()
            if not accepted:
                return None
            return lambda s: subsidies.pay_advance(
                s, application_id, amount, on=paid_on, version=version
            )
        if step == "settle":
            return self._settle(record)
        if step == "receive_report":
            return lambda s: subsidies.receive_report(s, application_id, on=today, version=version)
        if step == "remind_report":
            return lambda s: subsidies.remind_report(s, application_id, on=today, version=version)
        if step == "assess_report":
            return self._assess(record)
        raise ValueError(step)

    def _assess(self, record: ApplicationRecord) -> Callable[[Session], object] | None:
        application_id = record.id
        assert application_id is not None
        dialog = ReportDialog(record, self)
        try:
            while exec_dialog(dialog):
                try:
                    with self.db.transaction() as session:
                        subsidies.assess_report(
                            session,
                            application_id,
                            on=dialog.on(),
                            amount=dialog.value(),
                            note=dialog.note_text(),
                            version=record.version,
                        )
                except AppError as error:
                    if (error.field or "") in dialog.problem_labels:
                        dialog.show_problem(error.field or "", _translated(error))
                        continue
                    messages.show_error(self, error)
                    return None
                return lambda _s: None
            return None
        finally:
            dialog.deleteLater()

    def _decide(self, record: ApplicationRecord) -> Callable[[Session], object] | None:
        application_id = record.id
        assert application_id is not None
        dialog = DecisionDialog(record, self)
        try:
            while exec_dialog(dialog):
                granted, on, refused = dialog.granted(), dialog.on(), dialog.is_refusal()
                try:
                    with self.db.transaction() as session:
                        if refused:
                            subsidies.refuse(
                                session,
                                application_id,
                                on=on,
                                reason=dialog.refusal_reason(),
                                deciding_organisation_id=record.deciding_organisation_id,
                                version=record.version,
                            )
                        else:
                            subsidies.decide(
                                session,
                                application_id,
                                granted=granted,
                                on=on,
                                deciding_organisation_id=record.deciding_organisation_id,
                                version=record.version,
                            )
                except AppError as error:
                    field = {"decision_on": "on"}.get(error.field or "", error.field or "")
                    if field in dialog.problem_labels:
                        dialog.show_problem(field, _translated(error))
                        continue
                    messages.show_error(self, error)
                    return None
                # Done here so that a refusal can be shown in the dialog; nothing left to do.
                return lambda _s: None
            return None
        finally:
            dialog.deleteLater()

    def _settle(self, record: ApplicationRecord) -> Callable[[Session], object] | None:
        application_id = record.id
        assert application_id is not None
        try:
            with self.db.transaction() as session:
                proposal = subsidies.settlement_proposal(session, application_id)
        except AppError:
            proposal = None
        dialog = SettlementDialog(record, self, proposal)
        try:
            while exec_dialog(dialog):
                amount, settled_on = dialog.value(), dialog.on()
                assert amount is not None
                try:
                    with self.db.transaction() as session:
                        subsidies.settle(
                            session,
                            application_id,
                            amount,
                            dialog.reason_code(),
                            dialog.above_grant_reason(),
                            on=settled_on,
                            version=record.version,
                        )
                except AppError as error:
                    field = {
                        "settlement_reason": "reason",
                        "settlement_above_grant_reason": "above_grant_reason",
                    }.get(error.field or "", error.field or "")
                    if field in dialog.problem_labels:
                        dialog.show_problem(field, _translated(error))
                        continue
                    messages.show_error(self, error)
                    return None
                return lambda _s: None
            return None
        finally:
            dialog.deleteLater()


def _translated(error: AppError) -> str:
    from ssb_desktop.i18n import translate_error

    return translate_error(error)


def budget_text(use: BudgetUse) -> str:
    """One scheme's budget use in a sentence."""
    return QCoreApplication.translate(
        "SubsidiesPage",
        "{scheme}: ceiling {ceiling}, granted {granted}, remaining {remaining}; "
        "{applications} applications, {pending} awaiting a decision, {requested} requested.",
    ).format(
        scheme=use.scheme_name,
        ceiling=format_money(use.ceiling),
        granted=format_money(use.granted),
        remaining=format_money(use.remaining),
        applications=use.applications,
        pending=use.pending,
        requested=format_money(use.requested),
    )
