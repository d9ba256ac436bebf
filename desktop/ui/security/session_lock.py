"""Lock the case file when the desktop session locks: the screen saver or logind say so on D-Bus.

Two sources, either is enough:

* the session bus: `ActiveChanged(true)` of org.freedesktop.ScreenSaver (KDE, XFCE, LXQt…) or
  org.gnome.ScreenSaver (GNOME, Cinnamon);
* the system bus: logind's `Lock` signal on this login session's object
  (`loginctl lock-session`, or the desktop locking through logind).

Where there is no D-Bus (Windows, macOS, a bare X server) `start()` returns False and nothing
else happens: the idle lock still protects the file.

GUI thread only.
"""

from __future__ import annotations

import logging
import os

from PySide6.QtCore import SLOT, QObject, Signal, Slot
from PySide6.QtDBus import (
    QDBusConnection,
    QDBusMessage,
    QDBusObjectPath,
    QDBusPendingCall,
    QDBusPendingCallWatcher,
)

log = logging.getLogger(__name__)

SCREENSAVER_INTERFACES = ("org.freedesktop.ScreenSaver", "org.gnome.ScreenSaver")
LOGIN1_SERVICE = "org.freedesktop.login1"
LOGIN1_PATH = "/org/freedesktop/login1"
LOGIN1_MANAGER = "org.freedesktop.login1.Manager"
LOGIN1_SESSION = "org.freedesktop.login1.Session"


class SessionLockWatcher(QObject):
    """Emits `sig_session_locked` when the desktop session is locked (while `enabled`).

    The buses are injectable so a test can play the desktop on a private bus; by default the
    user's session bus and the system bus.
    """

    sig_session_locked = Signal()

    def __init__(
        self,
        parent: QObject | None = None,
        *,
        session_bus: QDBusConnection | None = None,
        system_bus: QDBusConnection | None = None,
        session_id: str | None = None,
    ) -> None:
        super().__init__(parent)
        self._session_bus = session_bus
        self._system_bus = system_bus
        # logind resolves "auto" to the caller's own session when XDG_SESSION_ID is not set.
        self._session_id = session_id or os.environ.get("XDG_SESSION_ID") or "auto"
        self._screensaver = False
        self._login1_path: str | None = None
        self._pending: QDBusPendingCallWatcher | None = None
        self._started = False
        self.enabled = True

    @property
    def available(self) -> bool:
        """True once at least one source of session-lock news is listened to."""
        return self._screensaver or self._login1_path is not None

    @property
    def login1_session(self) -> str | None:
        """logind's object path of this session, once known (None without logind)."""
        return self._login1_path

    def set_enabled(self, enabled: bool) -> None:
        """Whether a session lock is passed on (the "lock on session lock" setting)."""
        self.enabled = bool(enabled)

    def start(self) -> bool:
        """Listen; returns `available` for the session bus (logind is looked up asynchronously)."""
        if self._started:
            return self.available
        self._started = True
        session = self._session_bus if self._session_bus is not None else QDBusConnection.sessionBus()
        if session.isConnected():
            connected = [
                session.connect(
                    "", "", interface, "ActiveChanged", self, SLOT("onScreenSaverActiveChanged(bool)")
                )
                for interface in SCREENSAVER_INTERFACES
            ]
            self._screensaver = any(connected)
        self._look_up_login1_session()
        return self.available

    # -- logind -------------------------------------------------------------------------------

    def _look_up_login1_session(self) -> None:
        system = self._system_bus if self._system_bus is not None else QDBusConnection.systemBus()
        if not system.isConnected():
            return
        message = QDBusMessage.createMethodCall(LOGIN1_SERVICE, LOGIN1_PATH, LOGIN1_MANAGER, "GetSession")
        message.setArguments([self._session_id])
        # Asynchronous: a missing or slow logind must not hold up the window.
        call: QDBusPendingCall = system.asyncCall(message, 5_000)
        watcher = QDBusPendingCallWatcher(call, self)
        watcher.finished.connect(lambda done: self._login1_session_found(system, done))
        self._pending = watcher

    def _login1_session_found(self, system: QDBusConnection, watcher: QDBusPendingCallWatcher) -> None:
        self._pending = None
        reply = watcher.reply()
        watcher.deleteLater()
        if reply.type() != QDBusMessage.MessageType.ReplyMessage or not reply.arguments():
            log.info("no logind session to watch: %s", reply.errorName() or "empty reply")
            return
        found = reply.arguments()[0]
        path = found.path() if isinstance(found, QDBusObjectPath) else str(found)
        if not path.startswith(LOGIN1_PATH + "/"):
            return
        if system.connect(LOGIN1_SERVICE, path, LOGIN1_SESSION, "Lock", self, SLOT("onLogin1Lock()")):
            self._login1_path = path

    @property
    def looking_up(self) -> bool:
        """True while logind is still being asked which session this is."""
        return self._pending is not None

    # -- signals from the buses (slot names are what the D-Bus connections call) ---------------

    @Slot(bool)
    def onScreenSaverActiveChanged(self, active: bool) -> None:
        if active:
            self._locked()

    @Slot()
    def onLogin1Lock(self) -> None:
        self._locked()

    def _locked(self) -> None:
        if self.enabled:
            self.sig_session_locked.emit()
