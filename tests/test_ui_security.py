"""Security in the interface: the idle lock, the desktop session's lock on D-Bus, the clipboard.

The session-lock tests play the desktop on the private session bus `./dev test` runs in: they
send the real D-Bus signals (the screen saver's ActiveChanged, logind's Lock) from a second
connection, and a small logind Manager answers GetSession on that bus.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator

import pytest
from PySide6.QtCore import ClassInfo, QCoreApplication, QEvent, QObject, QPoint, QPointF, Qt, QTimer, Slot
from PySide6.QtDBus import QDBusConnection, QDBusMessage, QDBusObjectPath
from PySide6.QtGui import QGuiApplication, QKeyEvent, QWheelEvent
from PySide6.QtWidgets import QLabel, QLineEdit, QTextEdit

from desktop.ui.security import IdleLock, SecureClipboard, SessionLockWatcher
from desktop.ui.security.clipboard import HISTORY_HINT_TYPE
from desktop.ui.security.session_lock import LOGIN1_PATH, LOGIN1_SERVICE, LOGIN1_SESSION

# -- IdleLock ----------------------------------------------------------------------------------


@pytest.fixture
def idle(qtbot) -> Iterator[IdleLock]:  # type: ignore[no-untyped-def]
    lock = IdleLock(0)
    yield lock
    lock.uninstall()
    lock.deleteLater()


@pytest.fixture
def field(qtbot) -> QLineEdit:  # type: ignore[no-untyped-def]
    edit = QLineEdit()
    qtbot.addWidget(edit)
    edit.show()
    return edit


def _post_key(widget: QObject) -> None:
    """A real key press and release posted to the event queue, as the platform delivers them."""
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        QCoreApplication.postEvent(widget, QKeyEvent(kind, Qt.Key.Key_A, Qt.KeyboardModifier.NoModifier, "a"))


def test_idle_lock_fires_after_the_interval(qtbot, idle: IdleLock) -> None:  # type: ignore[no-untyped-def]
    idle.set_interval_ms(150)
    assert idle.active
    with qtbot.waitSignal(idle.sig_lock_requested, timeout=3000):
        pass
    assert not idle.active  # once; the next input starts a new wait


def test_input_keeps_the_file_open_and_its_end_starts_the_countdown(
    qtbot, idle: IdleLock, field: QLineEdit
) -> None:  # type: ignore[no-untyped-def]
    fired: list[bool] = []
    idle.sig_lock_requested.connect(lambda: fired.append(True))
    idle.set_interval_ms(1000)
    typing = QTimer()
    typing.timeout.connect(lambda: _post_key(field))
    typing.start(100)
    qtbot.wait(2500)  # typing for 2.5 times the interval
    typing.stop()
    assert fired == []
    assert field.text().startswith("aaaa")  # the keys went on to the widget: the filter only watches
    with qtbot.waitSignal(idle.sig_lock_requested, timeout=5000):
        pass


def test_mouse_and_wheel_count_as_input(qtbot, idle: IdleLock, field: QLineEdit) -> None:  # type: ignore[no-untyped-def]
    idle.set_interval_ms(3000)
    qtbot.wait(600)
    before = idle.remaining_ms
    qtbot.mouseClick(field, Qt.MouseButton.LeftButton)
    assert idle.remaining_ms > before  # a click restarted the full wait
    qtbot.wait(600)
    before = idle.remaining_ms
    wheel = QWheelEvent(
        QPointF(5, 5),
        QPointF(field.mapToGlobal(QPoint(5, 5))),
        QPoint(0, 0),
        QPoint(0, 120),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QCoreApplication.sendEvent(field, wheel)
    assert idle.remaining_ms > before  # so did the wheel
    qtbot.wait(600)
    before = idle.remaining_ms
    qtbot.mouseMove(field, field.rect().center())
    assert idle.remaining_ms > before  # and moving the mouse over the window


def test_paint_and_timers_do_not_count_as_input(qtbot, idle: IdleLock, field: QLineEdit) -> None:  # type: ignore[no-untyped-def]
    idle.set_interval_ms(400)
    repaint = QTimer()
    repaint.timeout.connect(field.update)
    repaint.start(20)
    try:
        with qtbot.waitSignal(idle.sig_lock_requested, timeout=4000):
            pass
    finally:
        repaint.stop()


def test_zero_minutes_never_locks(qtbot, idle: IdleLock, field: QLineEdit) -> None:  # type: ignore[no-untyped-def]
    idle.set_minutes(0)
    assert not idle.enabled and not idle.active
    _post_key(field)
    with qtbot.assertNotEmitted(idle.sig_lock_requested, wait=300):
        _post_key(field)
    assert not idle.active


def test_minutes_are_minutes_and_bounded(idle: IdleLock) -> None:
    idle.set_minutes(10)
    assert idle.interval_ms == 600_000 and idle.active
    idle.set_minutes(240)
    assert idle.interval_ms == 240 * 60_000
    for wrong in (-1, 241):
        with pytest.raises(ValueError, match="between 0 and 240"):
            idle.set_minutes(wrong)
    assert idle.interval_ms == 240 * 60_000


def test_pause_and_resume(qtbot, idle: IdleLock, field: QLineEdit) -> None:  # type: ignore[no-untyped-def]
    idle.set_interval_ms(150)
    idle.pause()
    with qtbot.assertNotEmitted(idle.sig_lock_requested, wait=450):
        _post_key(field)  # input while paused (the unlock screen) does not start a countdown
    idle.resume()
    assert idle.active
    with qtbot.waitSignal(idle.sig_lock_requested, timeout=3000):
        pass


# -- SessionLockWatcher ------------------------------------------------------------------------

_names = itertools.count()


def _session_bus() -> QDBusConnection:
    bus = QDBusConnection.sessionBus()
    if not bus.isConnected():
        pytest.skip("no D-Bus session bus (./dev test runs the tests inside dbus-run-session)")
    return bus


@pytest.fixture
def desktop() -> Iterator[QDBusConnection]:
    """A second connection to the session bus: the desktop sending its signals."""
    _session_bus()
    name = f"test-desktop-{next(_names)}"
    connection = QDBusConnection.connectToBus(QDBusConnection.BusType.SessionBus, name)
    assert connection.isConnected()
    yield connection
    QDBusConnection.disconnectFromBus(name)


def _signal(connection: QDBusConnection, path: str, interface: str, name: str, *args: object) -> None:
    message = QDBusMessage.createSignal(path, interface, name)
    if args:
        message.setArguments(list(args))
    assert connection.send(message)


def test_screen_saver_active_locks(qtbot, desktop: QDBusConnection) -> None:  # type: ignore[no-untyped-def]
    watcher = SessionLockWatcher(system_bus=QDBusConnection("no-system-bus-in-tests"))
    assert watcher.start() is True and watcher.available
    with qtbot.waitSignal(watcher.sig_session_locked, timeout=5000):
        _signal(desktop, "/org/freedesktop/ScreenSaver", "org.freedesktop.ScreenSaver", "ActiveChanged", True)
    with qtbot.waitSignal(watcher.sig_session_locked, timeout=5000):
        _signal(desktop, "/org/gnome/ScreenSaver", "org.gnome.ScreenSaver", "ActiveChanged", True)


def test_screen_saver_ending_or_disabled_watcher_does_not_lock(qtbot, desktop: QDBusConnection) -> None:  # type: ignore[no-untyped-def]
    watcher = SessionLockWatcher(system_bus=QDBusConnection("no-system-bus-in-tests"))
    watcher.start()
    with qtbot.assertNotEmitted(watcher.sig_session_locked, wait=500):
        _signal(
            desktop, "/org/freedesktop/ScreenSaver", "org.freedesktop.ScreenSaver", "ActiveChanged", False
        )
    watcher.set_enabled(False)
    with qtbot.assertNotEmitted(watcher.sig_session_locked, wait=500):
        _signal(desktop, "/org/freedesktop/ScreenSaver", "org.freedesktop.ScreenSaver", "ActiveChanged", True)
    watcher.set_enabled(True)
    with qtbot.waitSignal(watcher.sig_session_locked, timeout=5000):
        _signal(desktop, "/org/freedesktop/ScreenSaver", "org.freedesktop.ScreenSaver", "ActiveChanged", True)


@ClassInfo({"D-Bus Interface": "org.freedesktop.login1.Manager"})
class _Logind(QObject):
    """logind's Manager, as far as the watcher asks it: which object is session `c7`."""

    def __init__(self) -> None:
        super().__init__()
        self.asked: list[str] = []

    @Slot(str, result=QDBusObjectPath)
    def GetSession(self, session_id: str) -> QDBusObjectPath:
        self.asked.append(session_id)
        return QDBusObjectPath(f"{LOGIN1_PATH}/session/{session_id}")


@pytest.fixture
def logind(desktop: QDBusConnection) -> Iterator[tuple[QDBusConnection, _Logind]]:
    manager = _Logind()
    assert desktop.registerService(LOGIN1_SERVICE)
    assert desktop.registerObject(LOGIN1_PATH, manager, QDBusConnection.RegisterOption.ExportAllSlots)
    yield desktop, manager
    desktop.unregisterObject(LOGIN1_PATH)
    desktop.unregisterService(LOGIN1_SERVICE)


def test_logind_lock_of_this_session_locks(qtbot, logind) -> None:  # type: ignore[no-untyped-def]
    connection, manager = logind
    # The session bus stands in for the system bus: the watcher talks to "logind" on it.
    watcher = SessionLockWatcher(
        session_bus=QDBusConnection("no-session-bus-here"), system_bus=_session_bus(), session_id="c7"
    )
    watcher.start()
    qtbot.waitUntil(lambda: not watcher.looking_up, timeout=5000)
    assert manager.asked == ["c7"]
    assert watcher.login1_session == f"{LOGIN1_PATH}/session/c7"
    assert watcher.available
    with qtbot.assertNotEmitted(watcher.sig_session_locked, wait=500):
        _signal(connection, f"{LOGIN1_PATH}/session/c9", LOGIN1_SESSION, "Lock")  # someone else's
    with qtbot.waitSignal(watcher.sig_session_locked, timeout=5000):
        _signal(connection, f"{LOGIN1_PATH}/session/c7", LOGIN1_SESSION, "Lock")


def test_without_logind_the_watcher_keeps_the_screen_saver(qtbot, desktop: QDBusConnection) -> None:  # type: ignore[no-untyped-def]
    watcher = SessionLockWatcher(system_bus=_session_bus(), session_id="c7")  # no logind on this bus
    assert watcher.start()
    qtbot.waitUntil(lambda: not watcher.looking_up, timeout=10_000)
    assert watcher.login1_session is None
    with qtbot.waitSignal(watcher.sig_session_locked, timeout=5000):
        _signal(desktop, "/org/freedesktop/ScreenSaver", "org.freedesktop.ScreenSaver", "ActiveChanged", True)


def test_no_bus_at_all_is_quietly_unavailable() -> None:
    watcher = SessionLockWatcher(
        session_bus=QDBusConnection("no-session-bus"), system_bus=QDBusConnection("no-system-bus")
    )
    assert watcher.start() is False
    assert not watcher.available and not watcher.looking_up
    assert watcher.start() is False  # starting twice is harmless


# -- SecureClipboard ---------------------------------------------------------------------------


@pytest.fixture
def clipboard(qtbot) -> Iterator[SecureClipboard]:  # type: ignore[no-untyped-def]
    QGuiApplication.clipboard().clear()
    secure = SecureClipboard()
    yield secure
    secure.stop()  # a clipboard of a later test must not meet this one
    secure.deleteLater()
    QGuiApplication.clipboard().clear()


def _text() -> str:
    return QGuiApplication.clipboard().text()


def test_copy_marks_the_text_secret_and_clears_it_later(qtbot, clipboard: SecureClipboard) -> None:  # type: ignore[no-untyped-def]
    clipboard.copy("RC-7F3K-Q9PL", milliseconds=200)
    assert _text() == "RC-7F3K-Q9PL"
    mime = QGuiApplication.clipboard().mimeData()
    assert bytes(mime.data(HISTORY_HINT_TYPE).data()) == b"secret"
    assert clipboard.pending and clipboard.holds_our_text()
    with qtbot.waitSignal(clipboard.sig_cleared, timeout=3000):
        pass
    assert _text() == ""
    assert not clipboard.pending


class OtherProgram:
    """Plays the platform's answer to "did this application make the clipboard's content?".

    The offscreen platform's clipboard lives in this process, so nothing else can write it; a
    test sets `active` while it writes the clipboard as another program would.
    """

    def __init__(self) -> None:
        self.active = False

    def owns(self) -> bool:
        return not self.active

    def copy(self, text: str) -> None:
        self.active = True
        QGuiApplication.clipboard().setText(text)


@pytest.fixture
def other_program(qtbot) -> Iterator[tuple[SecureClipboard, OtherProgram]]:  # type: ignore[no-untyped-def]
    QGuiApplication.clipboard().clear()
    other = OtherProgram()
    secure = SecureClipboard(owns_clipboard=other.owns)
    yield secure, other
    secure.stop()
    secure.deleteLater()
    QGuiApplication.clipboard().clear()


def test_what_the_user_copied_meanwhile_in_another_program_is_not_cleared(  # type: ignore[no-untyped-def]
    qtbot, other_program: tuple[SecureClipboard, OtherProgram]
) -> None:
    clipboard, other = other_program
    clipboard.copy("RC-7F3K-Q9PL", milliseconds=200)
    other.copy("the user's own note")
    assert not clipboard.holds_our_text()
    assert not QGuiApplication.clipboard().mimeData().hasFormat(HISTORY_HINT_TYPE), "not re-marked"
    with qtbot.assertNotEmitted(clipboard.sig_cleared, wait=600):
        pass
    assert not clipboard.pending
    assert _text() == "the user's own note"
    assert clipboard.clear_now() is False, "a lock leaves another program's copy alone"
    assert _text() == "the user's own note"


def test_a_longer_text_starting_with_ours_is_not_ours(
    other_program: tuple[SecureClipboard, OtherProgram],
) -> None:
    clipboard, other = other_program
    clipboard.copy("secret", seconds=30)
    other.copy("secret and more")
    assert not clipboard.holds_our_text()
    assert clipboard.clear_now() is False
    assert _text() == "secret and more"


def test_a_copy_made_by_a_widget_is_marked_secret_and_cleared_later(
    qtbot, clipboard: SecureClipboard
) -> None:  # type: ignore[no-untyped-def]
    """Ctrl+C in a read-only field bypasses copy(): the clipboard's change is adopted."""
    clipboard.set_milliseconds(300)
    field = QLineEdit("OUT-2026-000058")
    field.setReadOnly(True)
    qtbot.addWidget(field)
    with qtbot.waitSignal(clipboard.sig_adopted, timeout=1000):
        field.selectAll()
        field.copy()
    assert _text() == "OUT-2026-000058", "the text survives the re-marking"
    assert bytes(QGuiApplication.clipboard().mimeData().data(HISTORY_HINT_TYPE).data()) == b"secret"
    assert clipboard.pending and clipboard.holds_our_text()
    with qtbot.waitSignal(clipboard.sig_cleared, timeout=3000):
        pass
    assert _text() == ""


def test_text_selected_in_a_label_and_copied_with_ctrl_c_is_cleared_on_lock(
    qtbot, clipboard: SecureClipboard
) -> None:  # type: ignore[no-untyped-def]
    label = QLabel("RC-7F3K-Q9PL-2M4X")  # like the recovery code on the create wizard's last page
    label.setTextInteractionFlags(
        Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard
    )
    qtbot.addWidget(label)
    label.show()
    label.setFocus()
    label.setSelection(0, len(label.text()))
    qtbot.keyClick(label, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert _text() == "RC-7F3K-Q9PL-2M4X"
    mime = QGuiApplication.clipboard().mimeData()
    assert mime.hasFormat(HISTORY_HINT_TYPE) and mime.hasText()
    assert clipboard.delay_ms == 30_000 and clipboard.pending
    with qtbot.waitSignal(clipboard.sig_cleared, timeout=1000):
        assert clipboard.clear_now() is True
    assert _text() == ""


def test_a_rich_copy_keeps_its_formats_when_marked(qtbot, clipboard: SecureClipboard) -> None:  # type: ignore[no-untyped-def]
    box = QTextEdit()
    box.setHtml("<b>Facts</b> of CASE-2026-00001")
    box.setReadOnly(True)
    qtbot.addWidget(box)
    box.selectAll()
    box.copy()
    mime = QGuiApplication.clipboard().mimeData()
    assert mime.hasFormat(HISTORY_HINT_TYPE)
    assert mime.hasHtml() and "<b>Facts</b>" not in mime.text() and "Facts" in mime.html()
    assert _text() == "Facts of CASE-2026-00001"


def test_clear_now_on_lock(qtbot, clipboard: SecureClipboard) -> None:  # type: ignore[no-untyped-def]
    clipboard.copy("OUT-2026-000058")
    assert clipboard.pending
    with qtbot.waitSignal(clipboard.sig_cleared, timeout=1000):
        assert clipboard.clear_now() is True
    assert _text() == ""
    assert not clipboard.pending
    assert clipboard.clear_now() is False  # nothing of ours is left


def test_clipboard_delay_setting(clipboard: SecureClipboard) -> None:
    assert clipboard.seconds == 30
    clipboard.set_seconds(45)
    assert clipboard.seconds == 45
    with pytest.raises(ValueError, match="at least one second"):
        clipboard.set_seconds(0)
    clipboard.copy("x")
    assert clipboard.delay_ms == 45_000
    clipboard.copy("y", seconds=5)
    assert clipboard.delay_ms == 5_000
