"""PySide6 6.12.0 loses a reference to None, True or False on every QTimer.singleShot with a
Python callable and every signal emitted from Python; qasync does both all the time, so the
wizard aborted ("deallocating None") after a few thousand of them. pyproject.toml keeps that
release out; these tests fail if a PySide release with the same fault is ever let in."""

from __future__ import annotations

import sys

from PySide6.QtCore import QEventLoop, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication

ROUNDS = 3000


class _Emitter(QObject):
    fired = Signal(object, tuple)  # the shape qasync's call_soon_threadsafe uses


def test_signals_keep_reference_counts(qapp: QApplication) -> None:
    emitter = _Emitter()
    received: list[object] = []
    emitter.fired.connect(lambda value, args: received.append(value))
    before = sys.getrefcount(True), sys.getrefcount(None)
    for _ in range(ROUNDS):
        emitter.fired.emit(None, (None,))
    after = sys.getrefcount(True), sys.getrefcount(None)
    assert len(received) == ROUNDS
    # A healthy binding leaves both counts where they were, give or take a few.
    assert abs(after[0] - before[0]) < ROUNDS // 10
    assert abs(after[1] - (before[1] + ROUNDS)) < ROUNDS // 10  # ``received`` holds the Nones


def test_single_shot_callables_keep_reference_counts(qapp: QApplication) -> None:
    loop = QEventLoop()
    calls = [0]

    def again() -> None:
        calls[0] += 1
        if calls[0] < ROUNDS:
            QTimer.singleShot(0, again)
        else:
            loop.quit()

    before = sys.getrefcount(None)
    QTimer.singleShot(0, again)
    loop.exec()
    assert calls[0] == ROUNDS
    assert abs(sys.getrefcount(None) - before) < ROUNDS // 10
