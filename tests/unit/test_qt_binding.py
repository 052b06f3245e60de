"""The installed Qt binding keeps Python's reference counts intact (PySide6 6.12.0 did not)."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal


class _Emitter(QObject):
    happened = Signal()


def test_emitting_signals_does_not_leak_references_to_true_or_none() -> None:
    emitter = _Emitter()
    true_before, none_before = sys.getrefcount(True), sys.getrefcount(None)
    for _ in range(500):
        emitter.happened.emit()
        emitter.setObjectName("x")
    # A binding that drops one reference per call would crash a GUI session within minutes.
    assert abs(sys.getrefcount(True) - true_before) < 50
    assert abs(sys.getrefcount(None) - none_before) < 50
