"""Long work in the background touches the progress dialog only from the GUI thread (the
organisations import warned "QObject::killTimer: Timers cannot be stopped from another
thread" when it did not)."""

from __future__ import annotations

from typing import ClassVar

import pytest
from PySide6.QtCore import QThread
from PySide6.QtWidgets import QProgressDialog, QWidget
from pytestqt.qtbot import QtBot

from ssb_desktop.views import background
from ssb_desktop.views.background import Progress, run_in_background


class _WatchedDialog(QProgressDialog):
    threads: ClassVar[list[bool]] = []

    def setValue(self, progress: int) -> None:
        _WatchedDialog.threads.append(QThread.currentThread() is self.thread())
        super().setValue(progress)


def test_progress_reaches_the_dialog_in_the_gui_thread_without_qt_warnings(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, qtlog: object
) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    monkeypatch.setattr(background, "QProgressDialog", _WatchedDialog)
    _WatchedDialog.threads = []

    def work(progress: Progress) -> int:
        for step in range(200):
            progress.report(step, 200)
        return 200

    assert run_in_background(parent, "Importing", work) == 200

    assert _WatchedDialog.threads, "the dialog heard of no progress"
    assert all(_WatchedDialog.threads)
    messages = [record.message for record in qtlog.records]  # type: ignore[attr-defined]
    assert not [text for text in messages if "another thread" in text]
