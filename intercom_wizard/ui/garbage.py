"""Python's cycle collector, moved onto the GUI thread.

The collector runs on whichever thread happens to allocate when a generation fills up; the
wizard has worker threads (keyring calls, opening the browser, making the certificate). A
QObject caught in a reference cycle and freed from such a thread is deleted on the wrong thread,
which corrupts Qt's timer and event lists and crashes later, far from the cause. Automatic
collection is therefore switched off and done here, from a timer on the GUI thread.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QCoreApplication, QObject, QTimer

_INTERVAL_MS = 500
_installed: MainThreadGarbageCollector | None = None


class MainThreadGarbageCollector(QObject):
    """Collects generation by generation, as Python would, but only on this thread."""

    def __init__(self, parent: QObject | None = None, interval_ms: int = _INTERVAL_MS) -> None:
        super().__init__(parent)
        self._thresholds = gc.get_threshold()
        gc.disable()
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.collect_if_due)
        self._timer.start(interval_ms)

    def collect_if_due(self) -> None:
        young, middle, old = gc.get_count()
        if young > self._thresholds[0]:
            gc.collect(0)
            if middle > self._thresholds[1]:
                gc.collect(1)
                if old > self._thresholds[2]:
                    gc.collect(2)

    def stop(self) -> None:
        """Hand collection back to Python (the GUI is going away)."""
        self._timer.stop()
        gc.enable()


def collect_on_the_gui_thread() -> MainThreadGarbageCollector | None:
    """Install the collector for the life of the application (once; later calls reuse it).

    Every way a wizard is made goes through here, so no GUI ever runs beside worker threads
    with Python's automatic collection on. Without an application there is nothing to protect.
    """
    global _installed
    app = QCoreApplication.instance()
    if app is None:
        return None
    if _installed is None:
        _installed = MainThreadGarbageCollector(app)
        app.aboutToQuit.connect(_installed.stop)
    return _installed
