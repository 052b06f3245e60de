"""The one place that shows message boxes: errors, confirmations, information and crashes.

Every box is shown through :func:`_exec`, which tests replace (``monkeypatch.setattr(messages,
"_exec", ...)``) to read the box and choose a button, so that no test waits on a modal box.
Texts are shown as plain text: names of organisations and file paths are data, not markup.
"""

from __future__ import annotations

from enum import Enum
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from ssb_desktop.errors import (
    N_,
    AppError,
    ConflictError,
    DatabaseError,
    NotFoundError,
    PermissionDeniedError,
    ValidationError,
    WorkbookError,
)
from ssb_desktop.i18n import translate_error, translate_label

CONTEXT = "Messages"

Button = QMessageBox.StandardButton

_ERROR_TITLES: dict[type[AppError], str] = {
    ValidationError: N_("Messages", "Check your input"),
    NotFoundError: N_("Messages", "Not found"),
    PermissionDeniedError: N_("Messages", "Not allowed"),
    ConflictError: N_("Messages", "Changed by someone else"),
    DatabaseError: N_("Messages", "Database problem"),
    WorkbookError: N_("Messages", "Workbook problem"),
}
_DEFAULT_ERROR_TITLE = N_("Messages", "Cannot continue")


def _exec(box: QMessageBox) -> QMessageBox.StandardButton:
    """Show ``box`` modally and return the button the user chose (Escape chooses the escape one).

    The seam for tests: they replace this function and never block on the modal loop.
    """
    box.exec()
    clicked = box.clickedButton()
    return Button.NoButton if clicked is None else box.standardButton(clicked)


def _show(box: QMessageBox) -> QMessageBox.StandardButton:
    try:
        return _exec(box)
    finally:
        # A box with a parent would otherwise live as long as its window.
        box.deleteLater()


def _box(
    parent: QWidget | None,
    icon: QMessageBox.Icon,
    title: str,
    text: str,
    buttons: QMessageBox.StandardButton = Button.Ok,
) -> QMessageBox:
    box = QMessageBox(parent)
    box.setIcon(icon)
    box.setWindowTitle(title)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setText(text)
    box.setStandardButtons(buttons)
    return box


def error_title(error: AppError) -> str:
    """The translated window title for a kind of error ("Check your input", ...)."""
    for kind in type(error).__mro__:
        title = _ERROR_TITLES.get(kind)
        if title is not None:
            return translate_label(CONTEXT, title)
    return translate_label(CONTEXT, _DEFAULT_ERROR_TITLE)


def show_error(parent: QWidget | None, error: AppError) -> None:
    """Tell the user what went wrong and what to do; technical details behind "Show Details"."""
    box = _box(parent, QMessageBox.Icon.Warning, error_title(error), translate_error(error))
    if error.details:
        box.setDetailedText(error.details)
    _show(box)


def show_info(parent: QWidget | None, title: str, text: str) -> None:
    """Inform the user; ``title`` and ``text`` are already translated by the caller."""
    _show(_box(parent, QMessageBox.Icon.Information, title, text))


def confirm(
    parent: QWidget | None,
    title: str,
    text: str,
    *,
    destructive: bool = False,
    confirm_text: str = "",
) -> bool:
    """Ask Yes or No; True for Yes. ``title`` and ``text`` are already translated.

    For a ``destructive`` action (delete, archive, overwrite) No is the default button, so a
    reflexive Enter does no harm. ``confirm_text`` names the Yes button after the action
    ("Archive"), which reads better than Yes.
    """
    icon = QMessageBox.Icon.Warning if destructive else QMessageBox.Icon.Question
    box = _box(parent, icon, title, text, Button.Yes | Button.No)
    box.setDefaultButton(Button.No if destructive else Button.Yes)
    box.setEscapeButton(Button.No)
    if confirm_text:
        box.button(Button.Yes).setText(confirm_text)
    return _show(box) == Button.Yes


class SaveChoice(Enum):
    """The answer to "save your changes?": save them, throw them away, or stay."""

    SAVE = "save"
    DISCARD = "discard"
    CANCEL = "cancel"


def ask_save_changes(parent: QWidget | None, text: str) -> SaveChoice:
    """Opslaan / Niet opslaan / Annuleren for unsaved work; ``text`` is already translated.

    Save is the default (Enter keeps the work); Escape cancels, so nothing is lost by reflex.
    """
    box = _box(
        parent,
        QMessageBox.Icon.Warning,
        QCoreApplication.translate("Messages", "Unsaved changes"),
        text,
        Button.Save | Button.Discard | Button.Cancel,
    )
    box.button(Button.Save).setText(QCoreApplication.translate("Messages", "&Save"))
    box.button(Button.Discard).setText(QCoreApplication.translate("Messages", "&Don't save"))
    box.button(Button.Cancel).setText(QCoreApplication.translate("Messages", "Cancel"))
    box.setDefaultButton(Button.Save)
    box.setEscapeButton(Button.Cancel)
    answer = _show(box)
    if answer == Button.Save:
        return SaveChoice.SAVE
    if answer == Button.Discard:
        return SaveChoice.DISCARD
    return SaveChoice.CANCEL


def confirm_discard_changes(parent: QWidget | None) -> bool:
    """Esc or close in a form with changes: True when the user throws the changes away."""
    return confirm(
        parent,
        QCoreApplication.translate("Messages", "Discard changes?"),
        QCoreApplication.translate(
            "Messages", "You have changed this form. Discard your changes and close it?"
        ),
        destructive=True,
        confirm_text=QCoreApplication.translate("Messages", "Discard"),
    )


def ask_reload_conflict(parent: QWidget | None) -> bool:
    """Someone else saved the record first: True when the user wants to reload it.

    Cancel is the default: reloading throws away what the user typed, and they may want to
    copy it first.
    """
    box = _box(
        parent,
        QMessageBox.Icon.Warning,
        QCoreApplication.translate("Messages", "Changed by someone else"),
        QCoreApplication.translate(
            "Messages",
            "Someone else changed this record after you opened it. Reload it to see their "
            "changes? Your own changes will be lost.",
        ),
        Button.Yes | Button.Cancel,
    )
    box.button(Button.Yes).setText(QCoreApplication.translate("Messages", "Reload"))
    box.setDefaultButton(Button.Cancel)
    box.setEscapeButton(Button.Cancel)
    return _show(box) == Button.Yes


def show_crash(parent: QWidget | None, traceback_text: str, log_path: Path | str | None) -> None:
    """Report an unexpected failure: what to do in the text, the traceback in the details."""
    text = QCoreApplication.translate(
        "Messages",
        "Something unexpected went wrong. What you were doing may not have been completed.",
    )
    if log_path:
        text += "\n\n" + QCoreApplication.translate(
            "Messages",
            "The details have been saved in {log_path}. Please send this file to your "
            "application administrator.",
        ).format(log_path=log_path)
    else:
        text += "\n\n" + QCoreApplication.translate(
            "Messages",
            "Please tell your application administrator what you were doing.",
        )
    box = _box(
        parent,
        QMessageBox.Icon.Critical,
        QCoreApplication.translate("Messages", "Unexpected error"),
        text,
    )
    box.setDetailedText(traceback_text)
    _show(box)
