"""Shows that a save waits for a colleague's write (issue 17): a busy cursor and a message
in the status bar while the database's lock is held by someone else."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Qt, QThread
from PySide6.QtWidgets import QApplication, QMainWindow


class WaitIndicator(QObject):
    """``Database.on_wait`` for a window. The wait blocks the GUI thread, so the message is
    painted at once rather than through the event loop (which would let other work run in
    the middle of a save); writes on worker threads have their own progress dialogs."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self._window = window
        self.shown = False

    def __call__(self, waiting: bool) -> None:
        app = QCoreApplication.instance()
        if app is None or QThread.currentThread() is not app.thread():
            return
        bar = self._window.statusBar()
        if waiting and not self.shown:
            self.shown = True
            QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
            bar.showMessage(
                self.tr(
                    "Waiting for a colleague's change to the database to finish before "
                    "saving yours…"
                )
            )
            bar.repaint()
        elif not waiting and self.shown:
            self.shown = False
            QApplication.restoreOverrideCursor()
            bar.clearMessage()
