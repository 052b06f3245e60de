"""The Administration page: users with their roles, the districts and themes of the
municipality, the European thresholds and procurement rules, the royal-decree holidays, and
the house style and texts of the letters."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ssb_desktop.db.database import Database
from ssb_desktop.models.district_columns import DISTRICT_COLUMNS
from ssb_desktop.models.record_table_model import RecordTableModel
from ssb_desktop.models.user_columns import USER_COLUMNS
from ssb_desktop.records import DistrictRecord, UserRecord
from ssb_desktop.services.permissions import Permission, permissions_of
from ssb_desktop.services.reference import list_districts, save_district
from ssb_desktop.services.users import identify, list_users
from ssb_desktop.settings import Settings
from ssb_desktop.views.holidays_tab import HolidaysTab
from ssb_desktop.views.house_style_tab import HouseStyleTab
from ssb_desktop.views.letter_templates_tab import LetterTemplatesTab
from ssb_desktop.views.page import Page
from ssb_desktop.views.record_form import RecordForm
from ssb_desktop.views.reference_tabs import RuleSettingsTab, ThemesTab, ThresholdsTab
from ssb_desktop.views.user_dialog import UserDialog

ROW_HEIGHT = 24
MAX_DISTRICT_NUMBER = 9999
AnyIndex = QModelIndex | QPersistentModelIndex


def run_dialog(dialog: QDialog) -> int:
    """Seam for tests: show a form modally; the form saves itself before it closes."""
    return dialog.exec()


def _table(model: RecordTableModel[Any]) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(ROW_HEIGHT)
    view.horizontalHeader().setStretchLastSection(True)
    # No sort indicator: rows keep the service's order until the user clicks a header.
    view.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
    view.setSortingEnabled(True)
    return view


class DistrictDialog(RecordForm[DistrictRecord]):
    """New or edit one district; districts are never deleted, only made inactive."""

    def __init__(
        self,
        db: Database,
        district: DistrictRecord | None = None,
        parent: QWidget | None = None,
        *,
        suggested_number: int = 0,
    ) -> None:
        super().__init__(db, parent)
        self._district = district
        self.setWindowTitle(self.tr("Edit district") if district else self.tr("New district"))
        self.number = QSpinBox()
        self.number.setRange(0, MAX_DISTRICT_NUMBER)
        self.name = QLineEdit()
        self.active = QCheckBox(self.tr("Ac&tive: can be chosen for organisations"))
        form = QFormLayout()
        self.add_rows(
            form,
            (("number", self.tr("N&umber"), self.number), ("name", self.tr("&Name"), self.name)),
        )
        self.problems = self._problems.labels
        form.addRow(self.active)
        buttons = self.save_buttons(self.tr("&Save"))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        if district is not None:
            self.number.setValue(district.number)
            self.name.setText(district.name)
        else:
            self.number.setValue(suggested_number)
        self.active.setChecked(district.active if district else True)
        self.setMinimumWidth(380)
        self.name.setFocus(Qt.FocusReason.OtherFocusReason)

    def save(self) -> None:
        """Store the form; a refused field is shown next to it and the dialog stays open."""
        if not self.ready():
            return
        district = self._district
        self.store(
            lambda session: save_district(
                session,
                district_id=district.id if district else None,
                number=self.number.value(),
                name=self.name.text(),
                active=self.active.isChecked(),
                version=district.version if district else None,
            )
        )


class AdministrationPage(Page):
    """Users and roles, and districts; read-only for everyone but an administrator."""

    def __init__(self, db: Database, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(db, settings, parent)
        self.read_only_notice = QLabel(
            self.tr(
                "You can look at users and districts here. Only an administrator can change them."
            )
        )
        self.read_only_notice.setWordWrap(True)

        self.users: RecordTableModel[UserRecord] = RecordTableModel(USER_COLUMNS, parent=self)
        self.users_view = _table(self.users)
        self.users_view.setAccessibleName(self.tr("Users"))
        for column, width in enumerate((180, 180, 220, 260)):
            self.users_view.horizontalHeader().resizeSection(column, width)
        self.add_user_button = QPushButton(self.tr("&Add user…"))
        self.edit_user_button = QPushButton(self.tr("&Edit user…"))
        self.add_user_button.clicked.connect(self.add_user)
        self.edit_user_button.clicked.connect(self.edit_user)
        self.users_view.activated.connect(self._on_user_activated)
        users_tab = self._tab(
            self.users_view,
            [self.add_user_button, self.edit_user_button],
            self.tr(
                "Accounts that open the program for the first time are added with read-only "
                "access; give them the roles they need here."
            ),
        )

        self.districts: RecordTableModel[DistrictRecord] = RecordTableModel(
            DISTRICT_COLUMNS, parent=self
        )
        self.districts_view = _table(self.districts)
        self.districts_view.setAccessibleName(self.tr("Districts"))
        self.districts_view.horizontalHeader().resizeSection(0, 90)
        self.districts_view.horizontalHeader().resizeSection(1, 280)
        self.add_district_button = QPushButton(self.tr("Add &district…"))
        self.edit_district_button = QPushButton(self.tr("Edit d&istrict…"))
        self.add_district_button.clicked.connect(self.add_district)
        self.edit_district_button.clicked.connect(self.edit_district)
        self.districts_view.activated.connect(self._on_district_activated)
        districts_tab = self._tab(
            self.districts_view,
            [self.add_district_button, self.edit_district_button],
            self.tr(
                "Districts are never deleted, because organisations and applications refer to "
                "them; make a district inactive when it is no longer used."
            ),
        )

        self.tabs = QTabWidget()
        self.tabs.addTab(users_tab, self.tr("&Users"))
        self.tabs.addTab(districts_tab, self.tr("Dist&ricts"))
        self.holidays = HolidaysTab(db)
        self.tabs.addTab(self.holidays, self.tr("Royal-decree &holidays"))
        self.house_style = HouseStyleTab(db)
        self.tabs.addTab(self.house_style, self.tr("House s&tyle of letters"))
        self.letter_templates = LetterTemplatesTab(db)
        self.tabs.addTab(self.letter_templates, self.tr("Letter te&xts"))
        self.themes = ThemesTab(db)
        self.tabs.addTab(self.themes, self.tr("The&mes"))
        self.thresholds = ThresholdsTab(db)
        self.tabs.addTab(self.thresholds, self.tr("European thresh&olds"))
        self.rule_settings = RuleSettingsTab(db)
        self.tabs.addTab(self.rule_settings, self.tr("Procurement r&ules"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.read_only_notice)
        layout.addWidget(self.tabs, 1)
        self.setFocusProxy(self.users_view)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Refresh), self, self.reload)
        QShortcut(QKeySequence(QKeySequence.StandardKey.New), self, self._add_on_current_tab)
        for view in (self.users_view, self.districts_view):
            view.selectionModel().selectionChanged.connect(self._update_buttons)
        self._update_buttons()

    def _tab(self, view: QTableView, buttons: list[QPushButton], note: str) -> QWidget:
        tab = QWidget()
        row = QHBoxLayout()
        for button in buttons:
            row.addWidget(button)
        row.addStretch(1)
        hint = QLabel(note)
        hint.setWordWrap(True)
        layout = QVBoxLayout(tab)
        layout.addLayout(row)
        layout.addWidget(view, 1)
        layout.addWidget(hint)
        return tab

    # --- permissions ----------------------------------------------------------------------

    def may_manage_users(self) -> bool:
        return Permission.MANAGE_USERS in permissions_of(self.db.actor.roles)

    def may_edit_districts(self) -> bool:
        return Permission.EDIT_REFERENCE_DATA in permissions_of(self.db.actor.roles)

    def _update_buttons(self) -> None:
        # The services refuse anyway; disabled buttons only spare the user a refusal.
        users, districts = self.may_manage_users(), self.may_edit_districts()
        self.read_only_notice.setVisible(not (users and districts))
        self.add_user_button.setEnabled(users)
        self.edit_user_button.setEnabled(users and self.selected_user() is not None)
        self.add_district_button.setEnabled(districts)
        self.edit_district_button.setEnabled(districts and self.selected_district() is not None)

    # --- loading and selecting ------------------------------------------------------------

    def reload(self) -> None:
        loaded = self.read(lambda s: (list_users(s), list_districts(s)))
        if loaded is None:
            return
        users, districts = loaded
        chosen_user, chosen_district = self.selected_user(), self.selected_district()
        self.users.set_rows(users)
        self.districts.set_rows(districts)
        self.themes.reload()
        self.thresholds.reload()
        self.rule_settings.reload()
        self.holidays.reload()
        self.house_style.reload()
        self.letter_templates.reload()
        if chosen_user is not None:
            self.select_user(chosen_user.id)
        if chosen_district is not None:
            self.select_district(chosen_district.id)
        self._update_buttons()

    def selected_user(self) -> UserRecord | None:
        rows = self.users_view.selectionModel().selectedRows()
        return self.users.row_at(rows[0]) if rows else None

    def selected_district(self) -> DistrictRecord | None:
        rows = self.districts_view.selectionModel().selectedRows()
        return self.districts.row_at(rows[0]) if rows else None

    def select_user(self, user_id: int) -> bool:
        index = self.users.index_for_key(user_id)
        if index.isValid():
            self.users_view.selectRow(index.row())
            self.users_view.scrollTo(index)
        return index.isValid()

    def select_district(self, district_id: int) -> bool:
        index = self.districts.index_for_key(district_id)
        if index.isValid():
            self.districts_view.selectRow(index.row())
            self.districts_view.scrollTo(index)
        return index.isValid()

    def show_user(self, user_id: int) -> None:
        """Show the Users tab with ``user_id`` selected (the Dashboard's attention list)."""
        self.reload()
        self.tabs.setCurrentIndex(0)
        if self.select_user(user_id):
            self.users_view.setFocus(Qt.FocusReason.OtherFocusReason)

    # --- editing --------------------------------------------------------------------------

    def _add_on_current_tab(self) -> None:
        if self.tabs.currentIndex() == 0:
            if self.add_user_button.isEnabled():
                self.add_user()
        elif self.tabs.currentWidget() in (self.themes, self.thresholds):
            tab = self.themes if self.tabs.currentWidget() is self.themes else self.thresholds
            if tab.buttons[0].isEnabled():
                tab.add()
        elif self.tabs.currentWidget() is self.holidays:
            if self.holidays.add_button.isEnabled():
                self.holidays.add_day()
        elif self.add_district_button.isEnabled():
            self.add_district()

    def _on_user_activated(self, _index: AnyIndex) -> None:
        if self.edit_user_button.isEnabled():
            self.edit_user()

    def _on_district_activated(self, _index: AnyIndex) -> None:
        if self.edit_district_button.isEnabled():
            self.edit_district()

    def add_user(self) -> UserRecord | None:
        return self._open_user_dialog(None)

    def edit_user(self) -> UserRecord | None:
        user = self.selected_user()
        return None if user is None else self._open_user_dialog(user)

    def _open_user_dialog(self, user: UserRecord | None) -> UserRecord | None:
        dialog = UserDialog(self.db, user, parent=self)
        try:
            run_dialog(dialog)
            saved = dialog.saved
        finally:
            dialog.deleteLater()
        if saved is None:
            return None
        if saved.id == self.db.actor.user_id:
            self._refresh_actor()
        self.reload()
        self.select_user(saved.id)
        self.data_changed.emit()
        return saved

    def _refresh_actor(self) -> None:
        """An administrator who changed their own roles acts with the new ones from now on."""
        account = self.db.actor.account
        actor = self.call(lambda s: identify(s, account))
        if actor is not None:
            self.db.actor = actor

    def add_district(self) -> DistrictRecord | None:
        return self._open_district_dialog(None)

    def edit_district(self) -> DistrictRecord | None:
        district = self.selected_district()
        return None if district is None else self._open_district_dialog(district)

    def _open_district_dialog(self, district: DistrictRecord | None) -> DistrictRecord | None:
        numbers = [record.number for record in self.districts.rows()]
        suggested = min(max(numbers, default=-1) + 1, MAX_DISTRICT_NUMBER)
        dialog = DistrictDialog(self.db, district, parent=self, suggested_number=suggested)
        try:
            run_dialog(dialog)
            saved = dialog.saved
        finally:
            dialog.deleteLater()
        if saved is None:
            return None
        self.reload()
        self.select_district(saved.id)
        self.data_changed.emit()
        return saved
