"""The main window as a whole: start screens, navigation, broadcasts, locking, drop target.

Real case files (tests/conftest.py), the real window, keyboard shortcuts typed with pytest-qt.
The pages themselves have their own test files; here is what only the window does.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from desktop.ui.app import MainWindow
from desktop.ui.settings.registry import SettingsStore
from tests.conftest import PASSPHRASES
from tests.gui_helpers import WAIT, open_window

NAVIGATION = [
    "Overview",
    "Cases",
    "Requests",
    "Approvals",
    "Loans",
    "Almanac",
    "Agencies and trust",
    "Audit",
    "Settings",
]


@pytest.fixture
def window(qtbot, tmp_case):  # type: ignore[no-untyped-def]
    win = open_window(qtbot, tmp_case.path, "Anna", PASSPHRASES["Anna"])
    yield win
    win.close()


def _press(qtbot, win: MainWindow, key: Qt.Key, modifiers=Qt.KeyboardModifier.ControlModifier) -> None:  # type: ignore[no-untyped-def]
    win.activateWindow()
    qtbot.waitUntil(win.isActiveWindow, timeout=WAIT)
    qtbot.keyClick(win, key, modifiers)


def test_without_a_file_the_welcome_screen_shows_and_nothing_of_a_case(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QSettings

    store = SettingsStore(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    win = MainWindow(settings=store)
    qtbot.addWidget(win)
    win.show()
    assert win._stack.currentWidget() is win.welcome_widget
    assert not win._side.isVisible()
    assert not win.lock_action.isEnabled() and not win.import_action.isEnabled()
    assert win.windowTitle().startswith("Benelux Case Desk")
    win.close()


def test_the_navigation_lists_every_page_with_an_icon_and_a_shortcut(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    labels = [window.navigation.item(row).text() for row in range(window.navigation.count())]
    assert labels == NAVIGATION
    for row in range(window.navigation.count()):
        assert not window.navigation.item(row).icon().isNull()
    _press(qtbot, window, Qt.Key.Key_2)
    assert window._stack.currentWidget() is window.cases_page
    _press(qtbot, window, Qt.Key.Key_3)
    assert window._stack.currentWidget() is window.requests_page
    _press(qtbot, window, Qt.Key.Key_9)
    assert window._stack.currentWidget() is window.settings_page


def test_ctrl_l_locks_and_the_locked_window_shows_nothing_of_the_case(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    assert "Opened by Anna" in window.overview_widget.body.text()
    window.clipboard.copy("+32 2 555 01 01")
    _press(qtbot, window, Qt.Key.Key_L)
    assert window._stack.currentWidget() is window.unlock_widget
    assert not window._side.isVisible()
    assert window.requests_page.model.rowCount() == 0
    assert window.overview_widget.body.text() == "" and window.overview_widget.title.text() == ""
    assert QGuiApplication.clipboard().text() == ""  # what was copied from the case is gone too
    assert not window.lock_action.isEnabled()


def test_idle_time_locks_the_window(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window.idle_lock.set_interval_ms(300)
    qtbot.waitUntil(lambda: window._stack.currentWidget() is window.unlock_widget, timeout=WAIT)
    assert window.requests_page.model.rowCount() == 0


def test_the_desktop_session_locking_locks_the_window(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window.session_lock.sig_session_locked.emit()
    assert window._stack.currentWidget() is window.unlock_widget


def test_a_change_in_one_page_reaches_the_others(qtbot, tmp_case) -> None:  # type: ignore[no-untyped-def]
    """Anna files a request in the Requests page: Cases and Requests hear of it through the window."""
    win = open_window(qtbot, tmp_case.path, "Anna", PASSPHRASES["Anna"])
    heard: list[object] = []
    original = win.cases_page.on_changes
    win.cases_page.on_changes = lambda changes: (heard.append(changes), original(changes))  # type: ignore[method-assign]
    win.requests_page.emit_changes(requests=True)
    assert len(heard) == 1 and heard[0].requests and heard[0].origin is win.requests_page  # type: ignore[attr-defined]
    win.close()


def test_the_window_accepts_dropped_packages(window: MainWindow) -> None:
    assert window.acceptDrops()


def test_packages_can_only_be_verified_with_an_open_file(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QMessageBox

    store = SettingsStore(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    win = MainWindow(settings=store)
    qtbot.addWidget(win)
    win.show()
    win.verify_package(tmp_path / "answer.asice")
    boxes = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]
    assert any("Unlock a case file first" in box.text() for box in boxes)
    for box in boxes:
        box.close()
    win.close()
