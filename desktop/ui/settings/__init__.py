"""The Settings page and the typed registry of the interface's preferences (QSettings, UI only)."""

from __future__ import annotations

from desktop.ui.settings.page import SettingsPage
from desktop.ui.settings.quick_unlock import QuickUnlockBox
from desktop.ui.settings.registry import (
    AUTO_LOCK_MINUTES,
    CLIPBOARD_CLEAR_SECONDS,
    LANGUAGE,
    LOCK_ON_SESSION_LOCK,
    SETTINGS,
    SETTINGS_VERSION,
    THEME,
    Setting,
    SettingsStore,
    effective_language,
    migrate,
)

__all__ = [
    "AUTO_LOCK_MINUTES",
    "CLIPBOARD_CLEAR_SECONDS",
    "LANGUAGE",
    "LOCK_ON_SESSION_LOCK",
    "SETTINGS",
    "SETTINGS_VERSION",
    "THEME",
    "QuickUnlockBox",
    "Setting",
    "SettingsPage",
    "SettingsStore",
    "effective_language",
    "migrate",
]
