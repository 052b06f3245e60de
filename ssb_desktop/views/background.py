"""Long work (imports, exports) off the GUI thread, behind a progress dialog that can cancel."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Generic, TypeVar

from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, Qt, QThread, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from ssb_desktop.errors import N_, AppError

T = TypeVar("T")
log = logging.getLogger(__name__)


class Cancelled(AppError):
    """The user pressed Cancel; nothing was written."""


class Progress:
    """Handed to the work function: report steps, and learn whether to stop."""

    def __init__(self, emit: Callable[[int, int], None]) -> None:
        self._emit = emit
        self._cancel = threading.Event()

    def report(self, done: int, total: int) -> None:
        if self._cancel.is_set():
            raise Cancelled(N_("Errors", "Cancelled; nothing was changed."))
        self._emit(done, total)

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()


class _Worker(QObject, Generic[T]):
    progressed = Signal(int, int)
    done = Signal()

    def __init__(self, work: Callable[[Progress], T]) -> None:
        super().__init__()
        self.work = work
        self.progress = Progress(self.progressed.emit)
        self.result: T | None = None
        self.error: BaseException | None = None

    def run(self) -> None:
        try:
            self.result = self.work(self.progress)
        except BaseException as error:  # handed back to the GUI thread and raised there
            self.error = error
        finally:
            self.done.emit()


def run_in_background(parent: QWidget | None, label: str, work: Callable[[Progress], T]) -> T:
    """Run ``work`` in a thread while a cancellable progress dialog shows; return its result
    or raise its error in the GUI thread. ``work`` opens its own database session."""
    worker: _Worker[T] = _Worker(work)
    thread = QThread()
    worker.moveToThread(thread)
    dialog = QProgressDialog(
        label, QCoreApplication.translate("Background", "Cancel"), 0, 0, parent
    )
    dialog.setWindowTitle(QCoreApplication.translate("Background", "Please wait"))
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(400)
    dialog.canceled.connect(worker.progress.cancel)

    def on_progress(done: int, total: int) -> None:
        dialog.setMaximum(total)
        dialog.setValue(done)

    loop = QEventLoop()
    worker.progressed.connect(on_progress, Qt.ConnectionType.QueuedConnection)
    worker.done.connect(loop.quit, Qt.ConnectionType.QueuedConnection)
    thread.started.connect(worker.run)
    thread.start()
    loop.exec()
    thread.quit()
    thread.wait()
    dialog.reset()
    dialog.deleteLater()
    if worker.error is not None:
        raise worker.error
    return worker.result  # type: ignore[return-value]
