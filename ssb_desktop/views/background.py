"""Long work (imports, exports) off the GUI thread, behind a progress dialog that can cancel."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QEventLoop,
    QObject,
    QRunnable,
    Qt,
    QThread,
    QThreadPool,
    Signal,
    Slot,
)
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


class _ProgressRelay(QObject):
    """Lives in the GUI thread, so that the worker's signals reach the dialog there.

    A plain function connected to a signal of the worker (which lives in the worker thread)
    ran in the worker thread: the dialog's timers were then started and stopped from there
    ("QObject::killTimer: Timers cannot be stopped from another thread")."""

    def __init__(self, dialog: QProgressDialog, loop: QEventLoop) -> None:
        super().__init__()
        self._dialog = dialog
        self._loop = loop

    @Slot(int, int)
    def show_progress(self, done: int, total: int) -> None:
        self._dialog.setMaximum(total)
        self._dialog.setValue(done)

    @Slot()
    def finish(self) -> None:
        self._loop.quit()


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

    loop = QEventLoop()
    relay = _ProgressRelay(dialog, loop)
    worker.progressed.connect(relay.show_progress, Qt.ConnectionType.QueuedConnection)
    worker.done.connect(relay.finish, Qt.ConnectionType.QueuedConnection)
    thread.started.connect(worker.run)
    # Objects whose deleteLater() is pending would otherwise be destroyed by the loop below
    # while the worker runs: a Python-made QObject's destructor takes Qt's connection lock
    # and then waits for the GIL, while the worker holds the GIL and waits for that lock in
    # a Qt call (seen with QTextDocument in the letters): both threads stop for good.
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    thread.start()
    loop.exec()
    thread.quit()
    thread.wait()
    dialog.reset()
    dialog.deleteLater()
    if worker.error is not None:
        raise worker.error
    return worker.result  # type: ignore[return-value]


class _CallSignals(QObject):
    """Lives in the GUI thread; its slots receive the pool thread's signals queued."""

    succeeded = Signal(object)
    failed = Signal(object)

    def __init__(
        self,
        owner: QObject,
        on_result: Callable[[Any], None],
        on_error: Callable[[BaseException], None],
    ) -> None:
        super().__init__(owner)
        self._on_result = on_result
        self._on_error = on_error
        # Bound slots of an object of the GUI thread: Qt queues the calls to that thread.
        # (A lambda has no thread of its own and would run in the pool thread.)
        self.succeeded.connect(self._deliver_result, Qt.ConnectionType.QueuedConnection)
        self.failed.connect(self._deliver_error, Qt.ConnectionType.QueuedConnection)

    @Slot(object)
    def _deliver_result(self, result: object) -> None:
        try:
            self._on_result(result)
        finally:
            self.deleteLater()

    @Slot(object)
    def _deliver_error(self, error: BaseException) -> None:
        try:
            self._on_error(error)
        finally:
            self.deleteLater()


class _Call(QRunnable):
    def __init__(self, work: Callable[[], object], signals: _CallSignals) -> None:
        super().__init__()
        self.work = work
        self.signals = signals

    def run(self) -> None:
        try:
            result = self.work()
        except BaseException as error:  # delivered to the GUI thread, raised or shown there
            self.signals.failed.emit(error)
        else:
            self.signals.succeeded.emit(result)


def call_in_background(
    owner: QObject,
    work: Callable[[], T],
    on_result: Callable[[T], None],
    on_error: Callable[[BaseException], None],
) -> None:
    """Run ``work`` on a pool thread without blocking the window; the callbacks run in the GUI
    thread, and not at all once ``owner`` is gone. ``work`` opens its own session."""
    signals = _CallSignals(owner, on_result, on_error)
    QThreadPool.globalInstance().start(_Call(work, signals))
