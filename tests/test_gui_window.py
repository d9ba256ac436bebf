"""The main window as a whole: start screens, navigation, broadcasts, locking, drop target.

Real case files (tests/conftest.py), the real window, keyboard shortcuts typed with pytest-qt.
The pages themselves have their own test files; here is what only the window does.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDialog,
    QFileDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from desktop.services.demo import DEMO_MEMBERS, make_demo
from desktop.ui.app import MainWindow
from desktop.ui.security.clipboard import HISTORY_HINT_TYPE
from desktop.ui.settings.registry import SettingsStore
from desktop.vault import KdfParams
from tests.conftest import PASSPHRASES
from tests.gui_helpers import WAIT, open_window

NAVIGATION = [
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
    _press(qtbot, window, Qt.Key.Key_7)
    assert window._stack.currentWidget() is window.border_map_page
    _press(qtbot, window, Qt.Key.Key_0)
    assert window._stack.currentWidget() is window.audit_page
    _press(qtbot, window, Qt.Key.Key_Comma)
    assert window._stack.currentWidget() is window.settings_page
    tips = [window.navigation.item(row).toolTip() for row in range(window.navigation.count())]
    assert tips[1] == "Cases (Ctrl+2)" and tips[9] == "Audit (Ctrl+0)" and tips[10] == "Settings (Ctrl+,)"


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


CASE_MARKERS = ("CASE-", "OUT-", "IN-")
MEMBERS = tuple(name for name, _role, _agency in DEMO_MEMBERS)


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("window") / "demo.casedesk"
    make_demo(path, "demo", cases=3, requests=20, kdf=KdfParams.minimum())
    return path


def _model_texts(model: QAbstractItemModel, parent: QModelIndex | None = None) -> Iterator[str]:
    parent = parent if parent is not None else QModelIndex()
    for row in range(model.rowCount(parent)):
        column = 0
        while model.hasIndex(row, column, parent):  # columnCount is private in list models
            index = model.index(row, column, parent)
            column += 1
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                value = model.data(index, role)
                if value is not None:
                    yield str(value)
            if column == 1 and model.hasIndex(0, 0, index):  # a tree: its children too
                yield from _model_texts(model, index)


def _texts(root: QWidget, skip: tuple[QWidget, ...]) -> Iterator[tuple[str, str]]:
    """(where, text) for every text `root` and its widgets show or hold for a screen reader."""
    skipped_models = {w.model() for w in skip if isinstance(w, QComboBox)}
    for widget in (root, *root.findChildren(QWidget)):
        if widget in skip:
            continue
        where = f"{type(widget).__name__} {widget.objectName()}"
        texts = [widget.toolTip(), widget.accessibleName(), widget.accessibleDescription()]
        if widget.isWindow() and widget is not root.window():
            texts.append(widget.windowTitle())
        if isinstance(widget, QLabel | QLineEdit | QAbstractButton):
            texts.append(widget.text())
        if isinstance(widget, QPlainTextEdit | QTextEdit):
            texts.append(widget.toPlainText())
        if isinstance(widget, QComboBox) and widget.model() not in skipped_models:
            texts += [widget.currentText(), *(widget.itemText(i) for i in range(widget.count()))]
        model = widget.model() if isinstance(widget, QAbstractItemView) else None
        if model is not None and model not in skipped_models:
            texts += list(_model_texts(model))
        for text in texts:
            if text:
                yield where, text


def _case_data(
    texts: Iterator[tuple[str, str]], markers: tuple[str, ...] = CASE_MARKERS + MEMBERS
) -> list[tuple[str, str]]:
    return [(where, text) for where, text in texts if any(m in text for m in markers)]


def test_a_locked_window_shows_nothing_of_the_case_anywhere(qtbot, demo: Path) -> None:  # type: ignore[no-untyped-def]
    from tests.test_gui_accessibility import wait_loaded

    win = open_window(qtbot, demo, "Claire Dubois", "demo")
    for name in NAVIGATION:
        win.show_page(name)
        wait_loaded(qtbot, win, win._stack.currentWidget())
    assert _case_data(_texts(win, ())), "the scan finds case data while unlocked"
    win.requests_page.view.selectRow(0)
    qtbot.waitUntil(lambda: win.requests_page.detail._detail is not None, timeout=WAIT)
    win.show_page("Cases")
    wait_loaded(qtbot, win, win.cases_page)
    reference = win.cases_page.references()[0]
    win.cases_page.open_case(reference)
    qtbot.waitUntil(win.cases_page.is_showing_case, timeout=WAIT)
    summary = win.cases_page.detail.summary
    summary.setFocus()
    summary.setSelection(0, len(summary.text()))
    qtbot.keyClick(summary, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert QGuiApplication.clipboard().text() == summary.text() != ""

    _press(qtbot, win, Qt.Key.Key_L)
    _idle(qtbot, win)
    assert win._stack.currentWidget() is win.unlock_widget
    assert QGuiApplication.clipboard().text() == ""
    unlock = win.unlock_widget
    assert unlock.member.count() == len(MEMBERS), "the unlock screen lists the members"
    # The unlock screen names the members (its list, and the one chosen in its sentences: the
    # key-slot file says who they are without unlocking), never a case.
    shown = _case_data(_texts(unlock, ()), CASE_MARKERS)
    shown += _case_data(_texts(win, (unlock, *unlock.findChildren(QWidget))))
    for top in QApplication.topLevelWidgets():
        if top is not win and (top.isVisible() or top.window() is win or win.isAncestorOf(top)):
            shown += _case_data(_texts(top, (unlock.member,)))
    assert shown == [], "\n".join(map(str, shown))
    win.close()


def test_idle_time_locks_the_window(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window.idle_lock.set_interval_ms(300)
    qtbot.waitUntil(lambda: window._stack.currentWidget() is window.unlock_widget, timeout=WAIT)
    assert window.requests_page.model.rowCount() == 0


def test_the_desktop_session_locking_locks_the_window(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window.session_lock.sig_session_locked.emit()
    assert window._stack.currentWidget() is window.unlock_widget


def _idle(qtbot, win: MainWindow) -> None:  # type: ignore[no-untyped-def]
    """Wait until the database worker has delivered every result."""
    qtbot.waitUntil(lambda: not win._worker.busy, timeout=WAIT)


def _on_worker(qtbot, win: MainWindow, fn):  # type: ignore[no-untyped-def]
    """fn(services) on the window's own database worker (the file is open there); its result."""
    box: dict[str, object] = {}
    assert win._services is not None
    win._services.run(fn, lambda value: box.setdefault("value", value), lambda e: box.setdefault("error", e))
    qtbot.waitUntil(lambda: bool(box), timeout=WAIT)
    assert "error" not in box, box
    return box["value"]


def test_a_change_in_one_page_reloads_the_cases_page(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    """A case made elsewhere appears on the Cases page once another page broadcasts it."""
    from desktop.models.enums import CaseKind

    window.show_page("Cases")
    qtbot.waitUntil(lambda: window.cases_page._rows is not None, timeout=WAIT)
    view = _on_worker(qtbot, window, lambda svc: svc.cases.create(CaseKind.PURSUIT, "Pursuit on the E40"))
    _idle(qtbot, window)
    assert view.reference not in window.cases_page.references(), "nothing reloads without a broadcast"
    window.requests_page.emit_changes(cases=True)
    qtbot.waitUntil(lambda: view.reference in window.cases_page.references(), timeout=WAIT)


def test_a_hidden_page_reloads_once_when_shown_not_on_every_broadcast(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    """Every change broadcasts audit=True: the hidden Audit page must not re-verify the chain each time."""
    from desktop.models.enums import CaseKind

    audit = window.audit_page
    assert audit.status is None and audit.stale, "a page not yet shown has not loaded anything"
    window.show_page("Audit")
    qtbot.waitUntil(lambda: audit.status is not None, timeout=WAIT)
    window.show_page("Cases")
    before = audit.status.entries
    loads: list[bool] = []
    original = audit.refresh
    audit.refresh = lambda: (loads.append(True), original())  # type: ignore[method-assign]
    _on_worker(qtbot, window, lambda svc: svc.cases.create(CaseKind.PURSUIT, "Pursuit on the A2"))
    window.cases_page.emit_changes(cases=True)
    window.cases_page.emit_changes(cases=True)
    _idle(qtbot, window)
    assert loads == [] and audit.status.entries == before and audit.stale
    window.show_page("Audit")
    qtbot.waitUntil(lambda: audit.status.entries > before, timeout=WAIT)
    _idle(qtbot, window)
    assert loads == [True], "one load when shown, however many broadcasts and the navigation"
    window.cases_page.emit_changes(cases=True)  # shown: it reloads at once
    assert loads == [True, True]


def test_the_overview_follows_the_changes_of_other_pages(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    from desktop.models.enums import CaseKind
    from desktop.ui.operations import Op
    from tests.test_session_requests import info_request

    overview = window.overview_widget
    assert "0 cases, 0 requests, 0 overdue" in overview.body.text()
    filed: list[object] = []
    Op(window.requests_page, window._services, lambda svc: svc.requests.create(info_request())).success(
        filed.append
    ).run()
    qtbot.waitUntil(lambda: bool(filed), timeout=WAIT)
    assert "0 requests" in overview.body.text()
    window.requests_page.emit_changes(requests=True)
    qtbot.waitUntil(lambda: "0 cases, 1 requests" in overview.body.text(), timeout=WAIT)
    # Hidden, it reloads when it is shown again.
    window.show_page("Cases")
    _on_worker(qtbot, window, lambda svc: svc.cases.create(CaseKind.PURSUIT, "Pursuit on the E19"))
    window.cases_page.emit_changes(cases=True)
    _idle(qtbot, window)
    assert "0 cases" in overview.body.text()
    window.show_page("Overview")
    qtbot.waitUntil(lambda: "1 cases, 1 requests" in overview.body.text(), timeout=WAIT)
    _press(qtbot, window, Qt.Key.Key_L)
    assert overview.body.text() == "" and overview.title.text() == ""


def test_a_result_arriving_after_the_lock_is_dropped(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    """Op callbacks never write into a locked page, whether the operation succeeded or failed."""
    from desktop.ui.operations import Op

    page = window.cases_page
    delivered: list[object] = []
    Op(page, window._services, lambda svc: svc.cases.list(limit=10)).success(delivered.append).failure(
        delivered.append
    ).run()
    Op(page, window._services, lambda svc: svc.cases.show("CASE-1999-00001")).success(
        delivered.append
    ).failure(delivered.append).run()
    Op(page, window._services, lambda svc: svc.cases.show("CASE-1999-00002")).run()  # a message box
    window.lock()
    _idle(qtbot, window)
    assert delivered == []
    assert not [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]


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


def _visible_dialogs() -> list[QDialog]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, QDialog) and w.isVisible()]


def test_locking_closes_every_dialog_over_the_window(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    from desktop.ui.operations import Op

    chooser = QFileDialog(window, "Attach a file")
    chooser.setOption(QFileDialog.Option.DontUseNativeDialog)
    chooser.open()
    window.show_page("Cases")
    # A page's own message box: an operation's refusal, shown over the page.
    Op(window.cases_page, window._services, lambda svc: svc.cases.show("CASE-1999-00001")).run()
    qtbot.waitUntil(lambda: any(isinstance(d, QMessageBox) for d in _visible_dialogs()), timeout=WAIT)
    assert chooser.isVisible()
    window.lock()
    assert not chooser.isVisible() and chooser.result() == QDialog.DialogCode.Rejected
    assert _visible_dialogs() == []


def test_locking_ends_a_blocking_file_dialog(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    """A static QFileDialog.get* call runs its own event loop: the lock must end it, with no file."""
    open_before: list[bool] = []
    open_after: list[bool] = []

    def lock_while_open() -> None:
        open_before.append(bool(_visible_dialogs()))
        window.lock()
        open_after.append(bool(_visible_dialogs()))

    def safety_net() -> None:  # only if the lock did not close it: the test must fail, not hang
        for dialog in _visible_dialogs():
            dialog.reject()

    QTimer.singleShot(300, lock_while_open)
    QTimer.singleShot(5000, safety_net)
    name, _filter = QFileDialog.getOpenFileName(
        window, "Open", "", "", options=QFileDialog.Option.DontUseNativeDialog
    )
    assert open_before == [True] and open_after == [False] and name == ""
    assert window._stack.currentWidget() is window.unlock_widget
    assert _visible_dialogs() == []


def test_ctrl_n_opens_the_new_dialog_of_the_page_and_ctrl_shift_n_a_new_case_file(
    qtbot, window: MainWindow
) -> None:  # type: ignore[no-untyped-def]
    from desktop.ui.cases.dialogs import NewCaseDialog
    from desktop.ui.requests.new_request import NewRequestDialog

    # Right after choosing the page in the navigation, focus still on the navigation list.
    window.show_page("Requests")
    window.navigation.setFocus()
    _press(qtbot, window, Qt.Key.Key_N)
    assert isinstance(window.requests_page.new_request_dialog, NewRequestDialog)
    assert window.requests_page.new_request_dialog.isVisible()
    window.requests_page.new_request_dialog.reject()
    window.show_page("Cases")
    qtbot.waitUntil(lambda: window.cases_page.new_button.isEnabled(), timeout=WAIT)
    window.navigation.setFocus()
    _press(qtbot, window, Qt.Key.Key_N)
    [dialog] = [d for d in _visible_dialogs() if isinstance(d, NewCaseDialog)]
    dialog.reject()
    assert window.new_file_action.shortcut().toString() == "Ctrl+Shift+N"
    _press(
        qtbot, window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    assert window._case_file is None and window._services is None, "locked first"
    assert window._stack.currentWidget() is window.welcome_widget
    wizard = window.welcome_widget.create_dialog
    assert wizard is not None and wizard.isVisible()
    wizard.reject()


def test_a_file_that_cannot_be_read_after_unlocking_is_closed_so_a_retry_works(  # type: ignore[no-untyped-def]
    qtbot, tmp_case, monkeypatch
) -> None:
    """The passphrase was right but reading failed: the file must not stay open behind the screen."""
    from desktop.services import session_api

    real = session_api.overview
    failures: list[bool] = []

    def overview_failing_once(case_file):  # type: ignore[no-untyped-def] # a storage failure, injected
        if not failures:
            failures.append(True)
            raise OSError("disk I/O error")
        return real(case_file)

    monkeypatch.setattr(session_api, "overview", overview_failing_once)
    win = MainWindow(tmp_case.path)
    qtbot.addWidget(win)
    win.show()
    unlock = win.unlock_widget
    unlock.member.setCurrentText("Anna")
    qtbot.keyClicks(unlock.passphrase, PASSPHRASES["Anna"])
    qtbot.keyClick(unlock.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: unlock.error.text() != "", timeout=WAIT)
    assert unlock.error.text() == "The case file could not be opened."
    assert win._stack.currentWidget() is unlock and win._case_file is None
    assert unlock.button.isEnabled()
    _idle(qtbot, win)
    unlock.passphrase.clear()
    qtbot.keyClicks(unlock.passphrase, PASSPHRASES["Anna"])
    qtbot.keyClick(unlock.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: win._stack.currentWidget() is win.overview_widget, timeout=WAIT)
    assert "Opened by Anna" in win.overview_widget.body.text()
    win.close()


def test_text_copied_with_a_widgets_own_copy_is_cleared_later_and_on_lock(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    clipboard = QGuiApplication.clipboard()
    window.clipboard.set_milliseconds(300)
    window.show_page("Cases")
    field = window.cases_page.search
    field.setText("CASE-2026-00001")
    field.selectAll()
    field.copy()
    assert clipboard.text() == "CASE-2026-00001"
    assert clipboard.mimeData().hasFormat(HISTORY_HINT_TYPE)
    qtbot.waitUntil(lambda: clipboard.text() == "", timeout=WAIT)
    window.clipboard.set_seconds(30)
    field.selectAll()
    field.copy()
    assert clipboard.text() == "CASE-2026-00001"
    window.lock()
    assert clipboard.text() == ""
