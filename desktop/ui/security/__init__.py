"""Security in the interface: auto-lock on idle, lock with the desktop session, a clipboard that forgets."""

from __future__ import annotations

from desktop.ui.security.autolock import IdleLock
from desktop.ui.security.clipboard import SecureClipboard
from desktop.ui.security.session_lock import SessionLockWatcher

__all__ = ["IdleLock", "SecureClipboard", "SessionLockWatcher"]
