"""Every control a person can reach has a name a screen reader can say, and Tab reaches it.

The name is what Qt's accessibility layer reports (QAccessible), so a button's own text, a
label's buddy or an explicit accessible name all count — the check is what assistive technology
would actually get. Runs over every page of the real window on a demo file, and over the
welcome and unlock screens.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QDateTimeEdit,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QWidget,
)

from desktop.services.demo import make_demo
from desktop.ui.app import MainWindow
from desktop.ui.settings.registry import SettingsStore
from desktop.vault import KdfParams
from tests.gui_helpers import WAIT, open_window

INTERACTIVE = (
    QAbstractButton,
    QLineEdit,
    QComboBox,
    QAbstractSpinBox,
    QDateTimeEdit,
    QAbstractItemView,
    QPlainTextEdit,
    QTextEdit,
    QTabBar,
)


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("a11y") / "demo.casedesk"
    make_demo(path, "demo", cases=3, requests=20, kdf=KdfParams.minimum())
    return path


def _unnamed(root: QWidget) -> list[str]:
    missing = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, INTERACTIVE) or not widget.isVisible():
            continue
        if widget.parent() is not None and isinstance(widget.parent(), (QComboBox, QAbstractSpinBox)):
            continue  # a combo's or spin box's own line edit is read as part of it
        if isinstance(widget, QHeaderView):
            continue  # read through its table's accessible interface as column headers
        if type(widget).__name__ in ("QScrollBar", "QToolButton") and not widget.isEnabled():
            continue
        interface = QAccessible.queryAccessibleInterface(widget)
        name = interface.text(QAccessible.Text.Name) if interface is not None else ""
        if not (name or widget.accessibleName()).strip():
            missing.append(
                f"{type(widget).__name__} {widget.objectName() or '(no object name)'} in {_path(widget)}"
            )
    return missing


def _path(widget: QWidget) -> str:
    names = []
    current: QWidget | None = widget.parentWidget()
    while current is not None and len(names) < 4:
        names.append(current.objectName() or type(current).__name__)
        current = current.parentWidget()
    return "/".join(reversed(names))


PAGES = [
    "Overview",
    "Cases",
    "Requests",
    "Approvals",
    "Loans",
    "Dashboard",
    "Border map",
    "Almanac",
    "Agencies and trust",
    "Audit",
    "Settings",
]


LOADING_TEXTS = ("Loading…", "Verifying the audit log…")


def loading(page: QWidget) -> bool:
    """True while `page` shows that a load is under way (its loading label or a "Loading…" line)."""
    label = getattr(page, "loading_label", None)
    if isinstance(label, QLabel) and label.isVisible():
        return True
    return any(w.isVisible() and w.text() in LOADING_TEXTS for w in page.findChildren(QLabel))


def wait_loaded(qtbot, win: MainWindow, page: QWidget) -> None:  # type: ignore[no-untyped-def]
    """Until the database worker has delivered every result and `page` shows what it loaded."""
    qtbot.waitUntil(lambda: not win._worker.busy and not loading(page), timeout=WAIT)


def test_every_control_of_every_page_has_an_accessible_name(qtbot, demo: Path) -> None:  # type: ignore[no-untyped-def]
    win = open_window(qtbot, demo, "Claire Dubois", "demo")
    problems: dict[str, list[str]] = {}
    for name in PAGES:
        win.show_page(name)
        wait_loaded(qtbot, win, win._stack.currentWidget())  # its populated state is checked
        missing = _unnamed(win)
        if missing:
            problems[name] = missing
    win.close()
    assert not problems, problems


def test_the_start_screens_have_accessible_names(qtbot, demo: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    store = SettingsStore(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    win = MainWindow(settings=store)
    qtbot.addWidget(win)
    win.show()
    assert _unnamed(win) == []
    win.open_file(demo, demo=True)
    qtbot.waitUntil(
        lambda: win.unlock_widget is not None and win.unlock_widget.member.count() > 0, timeout=WAIT
    )
    assert _unnamed(win) == []
    win.close()


def test_tab_reaches_every_input_of_the_unlock_screen_in_reading_order(qtbot, demo: Path) -> None:  # type: ignore[no-untyped-def]
    win = MainWindow(demo)
    qtbot.addWidget(win)
    win.show()
    unlock = win.unlock_widget
    assert unlock is not None
    qtbot.waitUntil(lambda: unlock.member.count() > 0, timeout=WAIT)
    win.activateWindow()
    qtbot.waitUntil(win.isActiveWindow, timeout=WAIT)
    unlock.member.setFocus()
    reached = [win.focusWidget()]
    while unlock.button not in reached and len(reached) < 20:
        qtbot.keyClick(win.focusWidget(), Qt.Key.Key_Tab)
        reached.append(win.focusWidget())
    # Other controls may come in between (remember me, show passphrase), never before their turn.
    order = [w for w in reached if w in (unlock.member, unlock.passphrase, unlock.button)]
    assert order == [unlock.member, unlock.passphrase, unlock.button], [type(w).__name__ for w in reached]
    win.close()
