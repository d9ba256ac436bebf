"""Operations: every call from the UI into the open case file goes through an `Op`.

An `Op` runs a function of the open `Services` on the database worker (the one thread that owns
the SQLCipher connection) and delivers its result, or a sentence a user can read, back on the GUI
thread:

    Op(self, worker, lambda svc: svc.requests.count(f)).success(show).failure(say).run()

A user error (session_api.USER_ERRORS) is passed on as its own message; anything else is logged
by type and place only (never its text, which may hold case data) and becomes "The operation
failed." — a traceback never reaches a widget.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Generic, TypeVar

import shiboken6
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, QThread
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop.ui.sentences import tell

if TYPE_CHECKING:
    from desktop.services.facade import Services
    from desktop.ui.worker import DatabaseWorker

T = TypeVar("T")
log = logging.getLogger(__name__)

GENERIC_FAILURE = QT_TRANSLATE_NOOP("Op", "The operation failed.")


def assert_gui_thread() -> None:
    """Raise if called off the GUI thread (the widgets and models are not thread-safe)."""
    app = QCoreApplication.instance()
    assert app is None or QThread.currentThread() is app.thread(), "must run on the GUI thread"


def failure_sentence(error: Exception) -> str:
    """What the user is told about `error`: its own words if it is a user error, else a generic line."""
    from desktop.services.session_api import USER_ERRORS

    if isinstance(error, USER_ERRORS):
        return tell(error)
    # Only the type and where it happened: an exception's text or locals may carry case data,
    # and logs are not encrypted.
    frame = error.__traceback__
    while frame is not None and frame.tb_next is not None:
        frame = frame.tb_next
    where = f"{frame.tb_frame.f_code.co_filename}:{frame.tb_lineno}" if frame is not None else "?"
    log.error("operation failed: %s at %s", type(error).__name__, where)
    return QCoreApplication.translate("Op", GENERIC_FAILURE)


class LatestOnly:
    """Keeps only the newest of overlapping loads of one page.

    A reload started while an older one is still on the worker, or a lock in between, makes the
    older result stale: its callbacks are dropped instead of overwriting newer data.

        guard = self._latest.start()
        Op(self, worker, load).success(guard(self._arrived)).failure(guard(self._failed)).run()
    """

    def __init__(self) -> None:
        self._current = 0

    def invalidate(self) -> None:
        """Results of every load started so far are dropped (the page was cleared)."""
        self._current += 1

    def start(self) -> Callable[[Callable[[T], None]], Callable[[T], None]]:
        """A new load: returns the guard that lets its callbacks through only while it is newest."""
        self._current += 1
        mine = self._current

        def guard(callback: Callable[[T], None]) -> Callable[[T], None]:
            def call(value: T) -> None:
                if mine == self._current:
                    callback(value)

            return call

        return guard


class ServicesWorker:
    """The database worker bound to the Services of one open case file.

    Created on the GUI thread once the case file is unlocked; `run` posts a function of the
    Services to the worker thread. After `close()` (the case file is being locked) nothing more
    is posted: a late operation fails with a plain sentence instead of touching a closed file.
    """

    def __init__(self, worker: DatabaseWorker, services: Services) -> None:
        self._worker = worker
        self._services: Services | None = services

    @property
    def is_open(self) -> bool:
        return self._services is not None

    def close(self) -> None:
        """GUI thread. Forget the Services; the caller closes the case file on the worker."""
        self._services = None

    def run(
        self,
        fn: Callable[[Services], Any],
        on_success: Callable[[Any], None],
        on_failure: Callable[[Exception], None],
    ) -> None:
        """GUI thread. `fn` runs on the worker thread; the callbacks run on the GUI thread."""
        services = self._services
        if services is None:
            on_failure(_Closed(QCoreApplication.translate("Op", "The case file is locked.")))
            return
        self._worker.run(lambda: fn(services), on_success, on_failure)


class _Closed(Exception):
    """The case file was locked before the operation could start (a user-readable condition)."""


class Op(Generic[T]):
    """One database operation started from a widget; build it, then `run()` it on the GUI thread.

    Callbacks are skipped if `parent` has been deleted meanwhile (the page was closed), so a late
    result never touches a dead widget, and once the worker has been closed (the case file was
    locked meanwhile), so a locked page never gets case data, nor a sentence, written into it.
    Without a failure callback the sentence is shown in a
    non-modal message box over `parent`.
    """

    def __init__(self, parent: QObject, worker: ServicesWorker, fn: Callable[[Services], T]) -> None:
        self._parent = parent
        self._worker = worker
        self._fn = fn
        self._on_success: Callable[[T], None] = lambda _result: None
        self._on_failure: Callable[[str], None] | None = None

    def success(self, callback: Callable[[T], None]) -> Op[T]:
        self._on_success = callback
        return self

    def failure(self, callback: Callable[[str], None]) -> Op[T]:
        """`callback` receives the sentence to show, never the exception."""
        self._on_failure = callback
        return self

    def run(self) -> None:
        """GUI thread. Posts the function to the worker and returns at once."""
        assert_gui_thread()
        self._worker.run(self._fn, self._succeeded, self._failed)

    def _deliverable(self) -> bool:
        return self._worker.is_open and shiboken6.isValid(self._parent)

    def _succeeded(self, result: T) -> None:
        if self._deliverable():
            self._on_success(result)

    def _failed(self, error: Exception) -> None:
        sentence = str(error) if isinstance(error, _Closed) else failure_sentence(error)
        if not self._deliverable():
            return
        if self._on_failure is not None:
            self._on_failure(sentence)
        elif isinstance(self._parent, QWidget):
            box = QMessageBox(
                QMessageBox.Icon.Warning, self._parent.window().windowTitle(), sentence, parent=self._parent
            )
            box.open()  # non-modal: a failure never blocks the event loop
