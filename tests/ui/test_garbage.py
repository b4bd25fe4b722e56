from __future__ import annotations

import gc

from PySide6.QtWidgets import QApplication

from intercom_wizard.ui.garbage import MainThreadGarbageCollector


class _Cycle:
    def __init__(self) -> None:
        self.me = self


def test_collects_cycles_on_this_thread_and_hands_back_on_stop(qapp: QApplication) -> None:
    collector = MainThreadGarbageCollector(interval_ms=10_000)
    try:
        assert not gc.isenabled()
        for _ in range(gc.get_threshold()[0] * 2):
            _Cycle()
        assert gc.get_count()[0] > gc.get_threshold()[0]
        collector.collect_if_due()
        assert gc.get_count()[0] < gc.get_threshold()[0]
    finally:
        collector.stop()
    assert gc.isenabled()
    gc.disable()  # the UI tests' own fixture keeps collection on this thread
