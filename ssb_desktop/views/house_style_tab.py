"""The house style on the Administration page: the municipality's letterhead (name, logo,
addresses, website, phone, e-mail, account) and who signs each kind of letter, shared by
everyone on the database."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ssb_desktop.db.database import Database
from ssb_desktop.errors import AppError, ValidationError
from ssb_desktop.i18n import translate_error
from ssb_desktop.records import (
    LETTER_KIND_LABELS,
    HouseStyleRecord,
    LetterKind,
    LetterSignatory,
)
from ssb_desktop.services.house_style import (
    get_house_style,
    not_an_image,
    read_logo_file,
    save_house_style,
)
from ssb_desktop.services.permissions import Permission, permissions_of
from ssb_desktop.views import messages
from ssb_desktop.views.field_problems import PROBLEM_STYLE, FieldProblems

_LINE_FIELDS = ("municipality", "website", "phone", "email", "iban")
_TEXT_FIELDS = ("visiting_address", "postal_address")
_SIGNATORY_FIELDS = ("name", "function", "mandate")
_LOGO_PREVIEW_HEIGHT = 72


def choose_logo_file(parent: QWidget) -> Path | None:
    """Seam for tests: the image file the user picks for the logo, or None."""
    name, _filter = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("HouseStyleTab", "Choose the logo"),
        "",
        QCoreApplication.translate("HouseStyleTab", "Images (*.png *.jpg *.jpeg *.gif)"),
    )
    return Path(name) if name else None


class HouseStyleTab(QWidget):
    """Edit the house style; read-only for everyone but an administrator."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.style_record = HouseStyleRecord()
        self._logo = b""
        self.setStyleSheet(PROBLEM_STYLE)
        self._problems = FieldProblems()
        self.municipality = QLineEdit()
        self.website = QLineEdit()
        self.phone = QLineEdit()
        self.email = QLineEdit()
        self.iban = QLineEdit()
        self.visiting_address = QPlainTextEdit()
        self.postal_address = QPlainTextEdit()
        for edit in (self.visiting_address, self.postal_address):
            edit.setTabChangesFocus(True)
            edit.setFixedHeight(70)
        self.logo_preview = QLabel()
        self.logo_preview.setMinimumHeight(_LOGO_PREVIEW_HEIGHT)
        self.choose_logo_button = QPushButton(self.tr("Choose &logo…"))
        self.remove_logo_button = QPushButton(self.tr("Remo&ve logo"))
        self.choose_logo_button.clicked.connect(self.choose_logo)
        self.remove_logo_button.clicked.connect(self.remove_logo)
        logo_row = QWidget()
        logo_layout = QHBoxLayout(logo_row)
        logo_layout.setContentsMargins(0, 0, 0, 0)
        logo_layout.addWidget(self.logo_preview)
        logo_layout.addWidget(self.choose_logo_button)
        logo_layout.addWidget(self.remove_logo_button)
        logo_layout.addStretch(1)
        for field in (*_LINE_FIELDS, *_TEXT_FIELDS):
            self._problems.register(field, getattr(self, field))
        self._problems.register("logo", logo_row)
        form = QFormLayout()
        captions = {
            "municipality": self.tr("&Municipality"),
            "logo": self.tr("Logo"),
            "visiting_address": self.tr("Vi&siting address"),
            "postal_address": self.tr("P&ostal address"),
            "website": self.tr("&Website"),
            "phone": self.tr("P&hone"),
            "email": self.tr("E-&mail"),
            "iban": self.tr("Account (IBAN) for &repayments"),
        }
        for field in ("municipality", "logo", *_TEXT_FIELDS, *_LINE_FIELDS[1:]):
            caption = QLabel(captions[field])
            widget = self._problems.widgets[field]
            if field != "logo":
                caption.setBuddy(widget)
            form.addRow(caption, self._problems.holder(field))
        self.signatories = QTableWidget(len(LetterKind), len(_SIGNATORY_FIELDS))
        self.signatories.setAccessibleName(self.tr("Signatories per kind of letter"))
        self.signatories.setHorizontalHeaderLabels(
            [self.tr("Signatory's name"), self.tr("Function"), self.tr("Mandate line")]
        )
        self.signatories.setVerticalHeaderLabels(
            [QCoreApplication.translate("LetterKind", LETTER_KIND_LABELS[k]) for k in LetterKind]
        )
        self.signatories.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.signatories.horizontalHeader().setStretchLastSection(True)
        for column, width in enumerate((180, 180)):
            self.signatories.horizontalHeader().resizeSection(column, width)
        self.save_button = QPushButton(self.tr("&Save house style"))
        self.save_button.clicked.connect(self.save)
        content = QWidget()
        layout = QVBoxLayout(content)
        layout.addLayout(form)
        heading = QLabel(
            self.tr(
                "Who signs each kind of letter, and the mandate line above the name "
                '(for example "namens het college van burgemeester en wethouders"):'
            )
        )
        heading.setWordWrap(True)
        layout.addWidget(heading)
        layout.addWidget(self.signatories)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        layout.addLayout(buttons)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        self._update_enabled()

    def may_edit(self) -> bool:
        return Permission.EDIT_REFERENCE_DATA in permissions_of(self.db.actor.roles)

    def _update_enabled(self) -> None:
        editable = self.may_edit()
        for field in (*_LINE_FIELDS, *_TEXT_FIELDS):
            getattr(self, field).setReadOnly(not editable)
        self.choose_logo_button.setEnabled(editable)
        self.remove_logo_button.setEnabled(editable and bool(self._logo))
        self.save_button.setEnabled(editable)
        self.signatories.setEditTriggers(
            QAbstractItemView.EditTrigger.AllEditTriggers
            if editable
            else QAbstractItemView.EditTrigger.NoEditTriggers
        )

    # --- loading and showing ------------------------------------------------------------

    def reload(self) -> None:
        try:
            with self.db.transaction() as session:
                style = get_house_style(session)
        except AppError as error:
            messages.show_error(self, error)
            return
        self.show_style(style)

    def show_style(self, style: HouseStyleRecord) -> None:
        self.style_record = style
        self._problems.clear()
        for field in _LINE_FIELDS:
            getattr(self, field).setText(getattr(style, field))
        for field in _TEXT_FIELDS:
            getattr(self, field).setPlainText(getattr(style, field))
        self._set_logo(style.logo)
        for row, kind in enumerate(LetterKind):
            signatory = style.signatory(kind)
            for column, field in enumerate(_SIGNATORY_FIELDS):
                self.signatories.setItem(row, column, QTableWidgetItem(getattr(signatory, field)))
        self._update_enabled()

    def _set_logo(self, data: bytes) -> None:
        self._logo = data
        image = QImage.fromData(data) if data else QImage()
        if image.isNull():
            self.logo_preview.setPixmap(QPixmap())
            self.logo_preview.setText(self.tr("(no logo)"))
        else:
            self.logo_preview.setText("")
            self.logo_preview.setPixmap(
                QPixmap.fromImage(image).scaledToHeight(
                    _LOGO_PREVIEW_HEIGHT, Qt.TransformationMode.SmoothTransformation
                )
            )
        self.remove_logo_button.setEnabled(self.may_edit() and bool(data))

    # --- editing ------------------------------------------------------------------------

    def choose_logo(self) -> bool:
        """Take a logo file; a file that is no image or too large is refused under the logo
        and the logo shown stays as it was."""
        path = choose_logo_file(self)
        if path is None:
            return False
        try:
            data = read_logo_file(path)
            if QImage.fromData(data).isNull():
                raise not_an_image(path.name)
        except ValidationError as error:
            self._problems.show("logo", translate_error(error))
            return False
        self._problems.show("logo", None)
        self._set_logo(data)
        return True

    def remove_logo(self) -> None:
        self._set_logo(b"")

    def edited(self) -> HouseStyleRecord:
        """The house style as it stands in the form."""
        signatories = []
        for row, kind in enumerate(LetterKind):
            values = []
            for column in range(len(_SIGNATORY_FIELDS)):
                item = self.signatories.item(row, column)
                values.append(item.text() if item is not None else "")
            signatories.append(LetterSignatory(kind, *values))
        return replace(
            self.style_record,
            **{field: getattr(self, field).text() for field in _LINE_FIELDS},
            **{field: getattr(self, field).toPlainText() for field in _TEXT_FIELDS},
            logo=self._logo,
            signatories=tuple(signatories),
        )

    def problem(self, field: str) -> str:
        return self._problems.text(field, self)

    def save(self) -> HouseStyleRecord | None:
        """Store the form; a refused field is shown next to it."""
        self._problems.clear()
        edited = self.edited()
        saved = self._problems.store(
            self,
            self.db,
            lambda session: save_house_style(session, edited),
            refused=self._refused,
            reload=self.reload,
        )
        if saved is not None:
            self.show_style(saved)
        return saved

    def _refused(self, field: str, text: str) -> None:
        self._problems.show(field, text)
        self._problems.focus(field)
