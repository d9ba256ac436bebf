"""Python's cyclic garbage collector runs on the GUI thread only, once a worker thread exists.

CPython collects cycles in whichever thread crosses an allocation threshold. With the database
worker (desktop/ui/worker.py), PDF page renders on Qt's thread pool and the keyring discovery
thread all running Python, a collection could start on one of them and destroy GUI-thread
QObjects caught in a cycle from the wrong thread. That is undefined behaviour in Qt, and it was
seen here as a deadlock: the worker, inside a collection, ran ~QObject and waited for the GIL
while the GUI thread, holding the GIL, waited for the same Qt object's lock (a CI run of the
suite hung on the dashboard tests).

So, as calibre and pyqtgraph do, automatic collection is switched off when the first worker is
made and a GUI-thread timer collects the oldest generation whose count passed CPython's
threshold. That is close to, not exactly, CPython's own rule (which also defers full
collections until enough long-lived objects are pending); `app.main` freezes the start-up heap
(`gc.freeze`) so that full collections do not walk it. Cycles live at most one interval longer;
reference counting, which frees everything not in a cycle, is untouched.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QCoreApplication, QObject, QThread, QTimer

INTERVAL_MS = 500

_collector: GuiThreadCollector | None = None


class GuiThreadCollector(QObject):
    """Collects on a GUI-thread timer, by the thresholds automatic collection used."""

    def __init__(self, parent: QObject, interval_ms: int = INTERVAL_MS) -> None:
        super().__init__(parent)
        self.thresholds = gc.get_threshold()
        self.collections = 0
        gc.disable()
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.check)
        self._timer.start(interval_ms)

    def check(self) -> None:
        count0, count1, count2 = gc.get_count()
        limit0, limit1, limit2 = self.thresholds
        if count0 <= limit0:
            return
        generation = 2 if count2 > limit2 else 1 if count1 > limit1 else 0
        gc.collect(generation)
        self.collections += 1


def keep_collection_on_gui_thread() -> GuiThreadCollector | None:
    """Install the collector once (GUI thread, with a Qt application); return it, or None when
    there is no application or this is not its thread."""
    global _collector
    app = QCoreApplication.instance()
    if app is None or QThread.currentThread() is not app.thread():
        return None
    if _collector is None:
        _collector = GuiThreadCollector(app)
    return _collector
