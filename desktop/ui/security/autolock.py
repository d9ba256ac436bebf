"""Auto-lock on idle: no keyboard, mouse or wheel input for N minutes asks the window to lock.

`IdleLock` is installed as an event filter on the application, so it sees the input of every
window and dialog of the app (input to other applications does not count: the case file is only
at risk through this one). Any input restarts one single-shot timer; when it runs out,
`sig_lock_requested` is emitted once. The window locks, then `pause()`s the watch while the
unlock screen is up and `resume()`s it after the next unlock.

GUI thread only.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, Signal

MAX_MINUTES = 240

# What counts as someone at the keyboard. Paint, timer and focus events do not: a window that
# refreshes itself must not keep a file open on an empty desk.
INPUT_EVENTS = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.KeyRelease,
        QEvent.Type.ShortcutOverride,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonRelease,
        QEvent.Type.MouseButtonDblClick,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.TouchUpdate,
        QEvent.Type.TabletPress,
        QEvent.Type.InputMethod,
    }
)


class IdleLock(QObject):
    """Emits `sig_lock_requested` after `minutes` without input; 0 minutes never locks."""

    sig_lock_requested = Signal()

    def __init__(
        self, minutes: int = 10, parent: QObject | None = None, *, app: QCoreApplication | None = None
    ) -> None:
        """Starts watching `app` (the running application by default) at once."""
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._expired)
        self._interval_ms = 0
        self._paused = False
        self._installed: QCoreApplication | None = None
        self.set_minutes(minutes)
        self.install(app)

    # -- configuration ------------------------------------------------------------------------

    def install(self, app: QCoreApplication | None = None) -> None:
        """Watch every input event of `app` (the running application by default)."""
        app = app or QCoreApplication.instance()
        if app is None or self._installed is app:
            return
        app.installEventFilter(self)
        self._installed = app
        self._restart()

    def uninstall(self) -> None:
        if self._installed is not None:
            self._installed.removeEventFilter(self)
            self._installed = None
        self._timer.stop()

    def set_minutes(self, minutes: int) -> None:
        """Lock after `minutes` of no input (0 disables; at most MAX_MINUTES). Restarts the wait."""
        if not 0 <= minutes <= MAX_MINUTES:
            raise ValueError(f"auto-lock minutes must be between 0 and {MAX_MINUTES}")
        self.set_interval_ms(minutes * 60_000)

    def set_interval_ms(self, milliseconds: int) -> None:
        """The wait in milliseconds (0 disables): what `set_minutes` sets; tests use short waits."""
        self._interval_ms = max(0, milliseconds)
        self._restart()

    @property
    def interval_ms(self) -> int:
        return self._interval_ms

    @property
    def remaining_ms(self) -> int:
        """Milliseconds until the lock is requested; -1 when no countdown runs."""
        return self._timer.remainingTime()

    @property
    def enabled(self) -> bool:
        return self._interval_ms > 0

    @property
    def active(self) -> bool:
        """True while the countdown runs (enabled, installed, not paused, not yet expired)."""
        return self._timer.isActive()

    def pause(self) -> None:
        """Stop counting (the case file is locked already: nothing to lock)."""
        self._paused = True
        self._timer.stop()

    def resume(self) -> None:
        """Count again from zero (after an unlock)."""
        self._paused = False
        self._restart()

    # -- events -------------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in INPUT_EVENTS and not self._paused and self._interval_ms:
            self._timer.start(self._interval_ms)
        return False  # only watching: every event goes on to its widget

    def _restart(self) -> None:
        if self._paused or not self._interval_ms or self._installed is None:
            self._timer.stop()
            return
        self._timer.start(self._interval_ms)

    def _expired(self) -> None:
        self.sig_lock_requested.emit()
