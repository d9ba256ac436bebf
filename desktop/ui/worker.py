"""One worker thread owns the case file: every service call from the UI runs there.

A SQLCipher connection must not be shared between threads, and key derivation (0.5 s) must not
freeze the window; so the UI posts operations (plain callables) to this single worker and gets
the result or the error back as a queued signal on the GUI thread.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QThread, Signal, Slot

from desktop.ui.gc_guard import keep_collection_on_gui_thread

_STOP = 0  # the ticket of the last operation, the thread's own quit; real tickets start at 1


class _Runner(QObject):
    finished = Signal(int, object, object)  # ticket, result, error

    @Slot(int, object)
    def run(self, ticket: int, operation: Callable[[], Any]) -> None:
        try:
            result = operation()
        except Exception as error:  # delivered to the caller's failure handler, never lost
            self.finished.emit(ticket, None, error)
        else:
            self.finished.emit(ticket, result, None)


class DatabaseWorker(QObject):
    """Runs operations one at a time on its own thread, in submission order."""

    _submit = Signal(int, object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        # From now on Python runs on two threads: cycles are collected on the GUI thread only.
        keep_collection_on_gui_thread()
        self._thread = QThread()
        self._thread.setObjectName("casedesk-db")
        self._runner = _Runner()
        self._runner.moveToThread(self._thread)
        self._submit.connect(self._runner.run)
        self._runner.finished.connect(self._done)
        self._tickets = itertools.count(1)
        self._callbacks: dict[int, tuple[Callable[[Any], None], Callable[[Exception], None]]] = {}
        self._thread.start()

    def run(
        self,
        operation: Callable[[], Any],
        on_success: Callable[[Any], None],
        on_failure: Callable[[Exception], None],
    ) -> None:
        ticket = next(self._tickets)
        self._callbacks[ticket] = (on_success, on_failure)
        self._submit.emit(ticket, operation)

    @property
    def busy(self) -> bool:
        return bool(self._callbacks)

    @Slot(int, object, object)
    def _done(self, ticket: int, result: Any, error: Exception | None) -> None:
        callbacks = self._callbacks.pop(ticket, None)
        if callbacks is None:  # the stop marker: nobody waits for its result
            return
        on_success, on_failure = callbacks
        if error is None:
            on_success(result)
        else:
            on_failure(error)

    def stop(self) -> None:
        """Finish every operation already posted (closing the case file among them), then end.

        QThread.quit() would leave the queued operations unrun, and a case file whose close was
        queued behind the pages' loads would stay locked; so the quit is queued behind them.
        """
        thread = self._thread
        self._submit.emit(_STOP, thread.quit)
        thread.wait()
