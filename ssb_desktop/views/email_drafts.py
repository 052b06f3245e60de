"""E-mail drafts of letters on screen, for the Awards and Subsidies pages alike: after the
letters and their .eml drafts are written to the folder the user chose, the drafts are opened
in the user's mail program (or the folder, when there are many), and the user is told that
nothing counts as sent until the send date is recorded with "Record sending"."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QWidget

from ssb_desktop.views import messages

if TYPE_CHECKING:
    from ssb_desktop.documents.email_draft import Draft

# More drafts than this are not opened one by one (a mail window each): the folder opens.
MAX_OPENED = 10


def open_url(path: Path) -> bool:
    """Seam for tests: open ``path`` (a draft or a folder) with the program the system
    associates with it: the mail program for an .eml file."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


class EmailDrafts(QObject):
    """The texts of the e-mail drafts on screen (a class: lupdate reads %n only there)."""

    def offer(self, parent: QWidget, drafts: Sequence[Draft], folder: Path) -> list[Path]:
        """Tell what was written and, when the user wants, open the drafts in the mail
        program; returns what was opened. Records nothing as sent."""
        if not drafts:
            return []
        text = self.tr(
            "%n e-mail drafts, each with its letter attached, were written to {folder}.",
            "",
            len(drafts),
        ).format(folder=folder)
        without = [draft.organisation for draft in drafts if not draft.to_address]
        if without:
            text += "\n\n" + self.tr(
                "No e-mail address is known for: {names}. Their drafts say so; fill in the "
                "addressee or send those letters by post."
            ).format(names=", ".join(without))
        text += "\n\n" + self.tr(
            "Nothing is recorded as sent yet. When the e-mails have gone out, record the day "
            "with Record sending: the deadlines run from it."
        )
        many = len(drafts) > MAX_OPENED
        if not messages.confirm(
            parent,
            self.tr("E-mail drafts"),
            text,
            confirm_text=self.tr("Open the folder") if many else self.tr("Open in mail program"),
        ):
            return []
        targets = [folder] if many else [draft.path for draft in drafts]
        opened = [target for target in targets if open_url(target)]
        if len(opened) < len(targets):
            messages.show_info(
                parent,
                self.tr("E-mail drafts"),
                self.tr(
                    "No program opened the drafts. Open them from {folder} in your mail "
                    "program (in Outlook: double-click the .eml file)."
                ).format(folder=folder),
            )
        return opened


def offer_drafts(parent: QWidget, drafts: Sequence[Draft], folder: Path) -> list[Path]:
    """See :meth:`EmailDrafts.offer`."""
    return EmailDrafts().offer(parent, drafts, folder)
