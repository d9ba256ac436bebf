"""Cycles are collected on the GUI thread, never on the database worker (desktop/ui/gc_guard.py).

The failure this prevents was a deadlock: a collection started on the worker thread destroyed a
GUI-thread QObject caught in a cycle while the GUI thread held the GIL."""

from __future__ import annotations

import gc
import threading
import weakref
from typing import ClassVar

from PySide6.QtCore import QObject

from desktop.ui.gc_guard import keep_collection_on_gui_thread
from desktop.ui.worker import DatabaseWorker


class _InCycle(QObject):
    """A QObject in a reference cycle that records the thread its wrapper was finalised on."""

    finalised_on: ClassVar[list[str]] = []

    def __init__(self) -> None:
        super().__init__()
        self.me = self  # the cycle: only the collector frees it

    def __del__(self) -> None:
        _InCycle.finalised_on.append(threading.current_thread().name)


def test_a_worker_switches_automatic_collection_off(qtbot) -> None:  # type: ignore[no-untyped-def]
    worker = DatabaseWorker()
    try:
        assert not gc.isenabled()
        collector = keep_collection_on_gui_thread()
        assert collector is not None and collector is keep_collection_on_gui_thread(), "installed once"
    finally:
        worker.stop()


def test_cycles_made_while_the_worker_allocates_are_freed_on_the_gui_thread(qtbot) -> None:  # type: ignore[no-untyped-def]
    worker = DatabaseWorker()
    collector = keep_collection_on_gui_thread()
    assert collector is not None
    _InCycle.finalised_on.clear()
    try:
        probe = _InCycle()
        gone = weakref.ref(probe)
        del probe
        churned: list[int] = []

        def churn() -> int:  # worker thread: far more allocations than the gen-0 threshold
            cycles = 0
            for _ in range(20 * collector.thresholds[0]):
                node: list[object] = []
                node.append(node)
                cycles += 1
            return cycles

        worker.run(churn, churned.append, lambda error: churned.append(-1))
        qtbot.waitUntil(lambda: bool(churned), timeout=15_000)
        assert churned[0] > 0
        qtbot.waitUntil(lambda: gone() is None, timeout=5_000)
        assert _InCycle.finalised_on == [threading.main_thread().name]
        assert collector.collections >= 1
    finally:
        worker.stop()
