"""File > Connect to PostgreSQL: the address of a shared database and the password, asked
each time (the address is remembered without it)."""

from __future__ import annotations

import getpass

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError

from ssb_desktop.views.record_form import dialog_buttons

DRIVER = "postgresql+psycopg"
DEFAULT_PORT = 5432


class ConnectServerDialog(QDialog):
    """Server, port, database, login and password; :meth:`address` is the URL to open."""

    def __init__(self, remembered: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Connect to a PostgreSQL database"))
        self.host = QLineEdit("localhost")
        self.port = QSpinBox()
        self.port.setRange(1, 65535)
        self.port.setValue(DEFAULT_PORT)
        self.database = QLineEdit()
        self.user = QLineEdit(_login())
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        form = QFormLayout()
        for text, field, name in (
            (self.tr("&Server"), self.host, self.tr("Server")),
            (self.tr("&Port"), self.port, self.tr("Port")),
            (self.tr("&Database"), self.database, self.tr("Database")),
            (self.tr("&Login"), self.user, self.tr("Login")),
            (self.tr("Pass&word"), self.password, self.tr("Password")),
        ):
            field.setAccessibleName(name)
            form.addRow(text, field)
        note = QLabel(
            self.tr(
                "The address is remembered for next time; the password never is. Leave it "
                "empty when the server knows you without one."
            )
        )
        note.setWordWrap(True)
        self.buttons = dialog_buttons(self, self.tr("&Connect"))
        self.buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.buttons)
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.hide()
        layout.insertWidget(2, self.problem)
        if remembered:
            self.fill(remembered)
        for field in (self.host, self.database, self.user):
            field.textChanged.connect(self._update_ok)
        self._update_ok()
        (self.password if self.database.text() else self.database).setFocus()

    def fill(self, address: str) -> None:
        """Fill the fields from a remembered address (never holding a password)."""
        try:
            url = make_url(address)
        except ArgumentError:
            return
        self.host.setText(url.host or "localhost")
        self.port.setValue(url.port or DEFAULT_PORT)
        self.database.setText(url.database or "")
        self.user.setText(url.username or _login())

    def show_problem(self, text: str) -> None:
        """The server refused: say why above the buttons; the password is typed again."""
        self.problem.setText(text)
        self.problem.show()
        self.password.clear()
        self.password.setFocus()

    def _update_ok(self) -> None:
        filled = all(field.text().strip() for field in (self.host, self.database, self.user))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(filled)

    def address(self) -> URL:
        """The address typed, with the password when one was typed."""
        return URL.create(
            DRIVER,
            username=self.user.text().strip(),
            password=self.password.text() or None,
            host=self.host.text().strip(),
            port=self.port.value(),
            database=self.database.text().strip(),
        )


def _login() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return ""
