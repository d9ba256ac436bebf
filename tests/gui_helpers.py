"""What the GUI tests share: opening the real main window and unlocking it as a person would."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from desktop.ui.app import MainWindow

WAIT = 15_000
"""ms to wait for work on the database worker (key derivation, loads) in offscreen tests."""


def open_window(qtbot, path: Path, member: str, passphrase: str) -> MainWindow:  # type: ignore[no-untyped-def]
    """The main window on `path`, unlocked through its own unlock screen as `member`."""
    win = MainWindow(path)
    qtbot.addWidget(win)
    win.show()
    unlock = win.unlock_widget
    unlock.member.setCurrentText(member)
    qtbot.keyClicks(unlock.passphrase, passphrase)
    qtbot.keyClick(unlock.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: win._stack.currentWidget() is win.overview_widget, timeout=WAIT)
    return win
