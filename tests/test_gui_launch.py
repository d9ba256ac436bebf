"""`casedesk-gui PATH` as a file manager starts it: what PATH is, what the window does with it, and
one window per user session that takes the PATH of every later start (desktop/ui/launch.py).

Real case files (the exchange-ready one of packages_fixtures, whose members can verify a partner's
package), the real window, a real local socket (in a private temporary folder, so that a
developer's running instance is never reached), and once a real second `python -m desktop.ui.app`.
"""

from __future__ import annotations

import os
import socket
import stat
import subprocess
import sys
import tempfile
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtNetwork import QLocalSocket
from PySide6.QtWidgets import QMessageBox

from desktop.exchange.verify import PASSED
from desktop.ui.app import MainWindow, main
from desktop.ui.exchange import VerifyDialog
from desktop.ui.launch import (
    MAX_MESSAGE_BYTES,
    InstanceServer,
    Kind,
    Options,
    Target,
    classify,
    encode_message,
    forward,
    parse_arguments,
    parse_message,
    server_name,
    start_server,
)
from desktop.ui.settings.registry import SettingsStore
from tests.gui_helpers import WAIT
from tests.packages_fixtures import (
    PASSPHRASES,
    PIETER,
    Exchange,
    copy_case,
    partner_document,
    partner_package,
)
from tests.pki_fixtures import identity, load

ROOT = Path(__file__).resolve().parent.parent


# --- what a path is ------------------------------------------------------------------------------


@pytest.fixture
def things(tmp_path: Path) -> Path:
    bundle = tmp_path / "Lanaken.casedesk"
    (bundle / "backups").mkdir(parents=True)
    for name in ("keyslots.json", "case.db", "backups/case-1.db"):
        (bundle / name).write_bytes(b"x")
    for name in ("answer.asice", "answer.asice.p7m", "request.p7m", "SHOUT.ASICE", "notes.txt"):
        (tmp_path / name).write_bytes(b"x")
    (tmp_path / "folder.asice").mkdir()
    (tmp_path / "plain").mkdir()
    return tmp_path


def test_a_case_file_folder_or_any_file_inside_one_is_that_case_file(things: Path) -> None:
    bundle = things / "Lanaken.casedesk"
    for given in (bundle, bundle / "keyslots.json", bundle / "case.db", bundle / "backups" / "case-1.db"):
        assert classify(given) == Target(Kind.CASE_FILE, bundle)
    assert classify(str(bundle / "backups" / "..")) == Target(Kind.CASE_FILE, bundle)


def test_packages_are_recognised_by_their_endings(things: Path) -> None:
    for name in ("answer.asice", "answer.asice.p7m", "request.p7m", "SHOUT.ASICE"):
        assert classify(things / name) == Target(Kind.PACKAGE, things / name)


def test_missing_and_other_paths(things: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert classify(things / "gone.asice") == Target(Kind.MISSING, things / "gone.asice")
    assert classify(things / "notes.txt") == Target(Kind.UNSUPPORTED, things / "notes.txt")
    assert classify(things / "plain") == Target(Kind.UNSUPPORTED, things / "plain")
    assert classify(things / "folder.asice") == Target(Kind.UNSUPPORTED, things / "folder.asice")
    monkeypatch.chdir(things)  # relative paths count from the current folder
    assert classify("answer.asice") == Target(Kind.PACKAGE, things / "answer.asice")
    assert classify("Lanaken.casedesk/case.db") == Target(Kind.CASE_FILE, things / "Lanaken.casedesk")


def test_the_command_line() -> None:
    assert parse_arguments([]) == Options(None, demo=False, new_instance=False)
    assert parse_arguments(["/a/b.asice"]) == Options("/a/b.asice")
    assert parse_arguments(["--new-instance", "x.casedesk", "y"]) == Options("x.casedesk", new_instance=True)
    assert parse_arguments(["--demo", "demo.casedesk"]) == Options("demo.casedesk", demo=True)
    assert parse_arguments(["-platform", "offscreen", "-style=Fusion", "p.asice"]) == Options("p.asice")


# --- the window ----------------------------------------------------------------------------------


@pytest.fixture
def case(tmp_path: Path, exchange: Exchange) -> Path:
    return copy_case(exchange, tmp_path)


@pytest.fixture
def package(tmp_path: Path, exchange: Exchange) -> Path:
    """An answer from NL to our sent request, signed by a pinned partner: it verifies (PASSED)."""
    path = tmp_path / "answer.asice"
    document = partner_document(in_reply_to=exchange.refs["sent"])
    path.write_bytes(partner_package(document, [load(identity(exchange.pki, "Joris de Vries"))]))
    return path


@pytest.fixture
def window(qtbot, tmp_path: Path) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    store = SettingsStore(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    win = MainWindow(settings=store)
    qtbot.addWidget(win)
    win.show()
    yield win
    win.close()


def _unlock(qtbot, win: MainWindow, member: str = PIETER) -> None:  # type: ignore[no-untyped-def]
    unlock = win.unlock_widget
    assert unlock is not None and win._stack.currentWidget() is unlock
    qtbot.waitUntil(lambda: unlock.member.count() > 0, timeout=WAIT)
    unlock.member.setCurrentText(member)
    qtbot.keyClicks(unlock.passphrase, PASSPHRASES[member])
    qtbot.keyClick(unlock.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: win._stack.currentWidget() is win.overview_widget, timeout=WAIT)


def _verify_dialogs(win: MainWindow) -> list[VerifyDialog]:
    return [d for d in win.findChildren(VerifyDialog) if d.isVisible()]


def test_a_missing_path_or_another_file_is_one_sentence_on_the_welcome_screen(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, things: Path
) -> None:
    assert window.launcher.open(things / "gone.asice").kind is Kind.MISSING
    assert window._stack.currentWidget() is window.welcome_widget
    assert window.welcome_widget.error.text() == f"There is no file or folder at {things / 'gone.asice'}."
    window.launcher.open(things / "notes.txt")
    assert window.welcome_widget.error.text() == (
        f"{things / 'notes.txt'} is neither a case file (a folder ending in .casedesk) "
        "nor a request package (.asice, .p7m)."
    )
    assert window._stack.currentWidget() is window.welcome_widget
    assert not window.launcher.notice.isVisible()


def test_a_file_inside_a_case_file_opens_its_unlock_screen(qtbot, window: MainWindow, case: Path) -> None:  # type: ignore[no-untyped-def]
    window.welcome_widget.error.setText("an older sentence")
    window.launcher.open(case / "keyslots.json")
    assert window.case_path == case
    assert window._stack.currentWidget() is window.unlock_widget
    assert window.welcome_widget.error.text() == ""
    _unlock(qtbot, window)
    assert window.is_unlocked


def test_a_package_before_unlocking_waits_with_a_notice_then_its_verify_dialog_opens(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, case: Path, package: Path
) -> None:
    window.launcher.open(package)
    notice = window.launcher.notice
    assert notice.isVisible()
    assert notice.label.text() == "answer.asice will be verified once you unlock a case file."
    assert notice.dismiss_button.accessibleName() == "Dismiss: do not verify the package"
    assert window.launcher.pending == (package,)
    assert _verify_dialogs(window) == []
    window.launcher.open(package)  # handed over twice: verified once
    assert window.launcher.pending == (package,)

    window.launcher.open(case)  # the notice stays over the unlock screen
    assert window._stack.currentWidget() is window.unlock_widget and notice.isVisible()
    _unlock(qtbot, window)
    qtbot.waitUntil(lambda: len(_verify_dialogs(window)) == 1, timeout=WAIT)
    [dialog] = _verify_dialogs(window)
    assert dialog.path == package and dialog.parent() is window
    assert dialog.windowModality() == Qt.WindowModality.WindowModal
    qtbot.waitUntil(lambda: dialog.report is not None or bool(dialog.error_label.text()), timeout=WAIT)
    assert dialog.report.indication == PASSED
    assert not notice.isVisible() and window.launcher.pending == ()

    window.lock()  # the next unlock opens nothing: the package was handled
    _unlock(qtbot, window)
    assert _verify_dialogs(window) == []


def test_dismissing_the_notice_forgets_the_package(
    qtbot, window: MainWindow, case: Path, package: Path
) -> None:  # type: ignore[no-untyped-def]
    window.launcher.open(case)
    window.launcher.open(package)
    notice = window.launcher.notice
    assert notice.isVisible()
    qtbot.mouseClick(notice.dismiss_button, Qt.MouseButton.LeftButton)
    assert not notice.isVisible() and notice.label.text() == ""
    assert window.launcher.pending == ()
    _unlock(qtbot, window)
    qtbot.wait(200)
    assert _verify_dialogs(window) == []


def test_a_package_while_unlocked_opens_its_verify_dialog_at_once(
    qtbot, window: MainWindow, case: Path, package: Path
) -> None:  # type: ignore[no-untyped-def]
    window.launcher.open(case)
    _unlock(qtbot, window)
    window.launcher.open(package)
    [dialog] = _verify_dialogs(window)
    assert dialog.path == package
    assert not window.launcher.notice.isVisible() and window.launcher.pending == ()
    dialog.reject()

    # Something else while a case file is open: the sentence over the window, which stays unlocked.
    window.launcher.open(case.parent / "gone.asice")
    [box] = [b for b in window.findChildren(QMessageBox, "launchProblem") if b.isVisible()]
    assert box.text() == f"There is no file or folder at {case.parent / 'gone.asice'}."
    assert window.is_unlocked and window._stack.currentWidget() is window.overview_widget


def _question(window: MainWindow) -> QMessageBox:
    box = window.launcher.question
    assert box is not None and box.isVisible()
    return box


def test_another_case_file_while_one_is_unlocked_asks_first_and_no_keeps_it_open(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, case: Path, exchange: Exchange, tmp_path: Path
) -> None:
    other = copy_case(exchange, tmp_path, "Maastricht")
    window.launcher.open(case)
    _unlock(qtbot, window)

    window.launcher.open(case / "case.db")  # the one already open: nothing to ask
    assert window.launcher.question is None and window.is_unlocked

    window.launcher.open(other)
    box = _question(window)
    assert box.text() == "Lock case.casedesk and open Maastricht.casedesk?"
    assert box.defaultButton() is box.button(QMessageBox.StandardButton.No)
    assert box.windowModality() == Qt.WindowModality.WindowModal and box.parent() is window
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.No), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.launcher.question is None, timeout=WAIT)
    assert window.is_unlocked and window.case_path == case
    assert window._stack.currentWidget() is window.overview_widget

    window.launcher.open(other)
    box = _question(window)
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Yes), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.case_path == other, timeout=WAIT)
    assert not window.is_unlocked
    assert window._stack.currentWidget() is window.unlock_widget


def test_locking_while_the_question_shows_answers_no(
    qtbot, window: MainWindow, case: Path, exchange: Exchange, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    other = copy_case(exchange, tmp_path, "Maastricht")
    window.launcher.open(case)
    _unlock(qtbot, window)
    window.launcher.open(other)
    box = _question(window)
    window.lock()  # idle time, the session lock: every dialog is rejected
    qtbot.waitUntil(lambda: not box.isVisible(), timeout=WAIT)
    assert window.case_path == case and window._stack.currentWidget() is window.unlock_widget


# --- one instance per user session -------------------------------------------------------------


@pytest.fixture
def runtime_dir() -> Iterator[Path]:
    """A private folder of this user, short enough for a socket path (pytest's tmp_path may not be)."""
    folder = Path(tempfile.mkdtemp(prefix="cd-"))
    yield folder
    for item in folder.iterdir():
        item.unlink()
    folder.rmdir()


@pytest.fixture
def name(runtime_dir: Path) -> str:
    return server_name(runtime_dir=str(runtime_dir))


def test_the_server_name_is_the_users_and_lives_in_the_private_runtime_folder(runtime_dir: Path) -> None:
    mine = server_name("anna", str(runtime_dir))
    assert mine == server_name("anna", str(runtime_dir))
    assert mine != server_name("sue", str(runtime_dir))
    assert Path(mine).parent == runtime_dir and Path(mine).name.startswith("casedesk-")
    assert "anna" not in mine
    runtime_dir.chmod(0o755)  # others may enter: not private, Qt's own place instead
    try:
        assert server_name("anna", str(runtime_dir)) == Path(mine).name
    finally:
        runtime_dir.chmod(0o700)
    assert server_name("anna", str(runtime_dir / "missing")) == Path(mine).name


def test_messages_are_an_existing_absolute_path_or_nothing(tmp_path: Path, package: Path) -> None:
    assert encode_message(package) == str(package).encode() + b"\n"
    assert encode_message(None) == b"\n"
    assert encode_message(tmp_path / "gone.asice") == b"\n"
    assert parse_message(str(package).encode()) == str(package)
    assert parse_message(b"") == ""
    assert parse_message(b"answer.asice") is None  # relative
    assert parse_message(str(tmp_path / "gone.asice").encode()) is None
    assert parse_message(b"\xff\xfe/tmp") is None
    assert parse_message(str(package).encode() + b"\x00") is None


def _send_raw(server_name_: str, data: bytes) -> None:
    client = QLocalSocket()
    client.connectToServer(server_name_)
    assert client.waitForConnected(WAIT)
    client.write(data)
    client.waitForBytesWritten(WAIT)
    client.disconnectFromServer()


def test_a_second_start_hands_its_path_to_the_running_window(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, name: str, package: Path, case: Path
) -> None:
    server = start_server(window, name)
    assert server is not None and server.is_listening()
    try:
        assert InstanceServer(name).listen() is False, "a live instance keeps its name"

        # A second `casedesk-gui PATH` (its client, in a thread: it blocks while it sends).
        results: list[int] = []
        thread = threading.Thread(
            target=lambda: results.append(main(["casedesk-gui", str(package)], instance_name=name))
        )
        thread.start()
        qtbot.waitUntil(lambda: window.launcher.pending == (package,), timeout=WAIT)
        thread.join(WAIT / 1000)
        assert results == [0]
        assert window.launcher.notice.isVisible()

        received: list[str] = []
        server.sig_message.connect(received.append)
        # Not a path of an existing file, too long, or without its newline: ignored.
        _send_raw(name, b"answer.asice\n")
        _send_raw(name, b"/" + b"a" * MAX_MESSAGE_BYTES + b"\n")
        _send_raw(name, str(case).encode())
        _send_raw(name, b"\xff\n")
        # A case file: its unlock screen. Nothing at all: the window only comes to the front.
        done = threading.Event()
        threading.Thread(
            target=lambda: (forward(name, case / "case.db"), forward(name, None), done.set())
        ).start()
        qtbot.waitUntil(lambda: len(received) == 2, timeout=WAIT)
        qtbot.wait(100)
        assert received == [str(case / "case.db"), ""]
        assert window.case_path == case and window._stack.currentWidget() is window.unlock_widget
        assert done.wait(WAIT / 1000)
    finally:
        server.close()
    assert forward(name, package, timeout_ms=200) is False, "no instance: start a window"


def test_a_stale_socket_of_a_crashed_instance_is_replaced(runtime_dir: Path, name: str, qtbot) -> None:  # type: ignore[no-untyped-def]
    stale = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    stale.bind(name)
    stale.close()  # the socket file stays, nobody listens on it
    assert Path(name).exists()
    server = InstanceServer(name)
    try:
        assert server.listen() is True
        info = Path(name).stat()
        assert info.st_uid == os.getuid() and stat.S_ISSOCK(info.st_mode)
        assert stat.S_IMODE(info.st_mode) & 0o077 == 0, "UserAccessOption: nobody else may connect"
    finally:
        server.close()


@pytest.mark.skipif(sys.platform == "win32", reason="the runtime folder is POSIX")
def test_a_real_second_process_forwards_and_exits_zero(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, runtime_dir: Path, name: str, package: Path
) -> None:
    server = start_server(window, name)
    assert server is not None
    env = os.environ | {"XDG_RUNTIME_DIR": str(runtime_dir), "QT_QPA_PLATFORM": "offscreen"}
    try:
        process = subprocess.Popen(
            [sys.executable, "-m", "desktop.ui.start", str(package)],  # the installed entry point
            cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
        )  # fmt: skip
        qtbot.waitUntil(lambda: process.poll() is not None, timeout=60_000)
        assert process.returncode == 0, process.stderr.read().decode()  # type: ignore[union-attr]
        qtbot.waitUntil(lambda: window.launcher.pending == (package,), timeout=WAIT)
    finally:
        server.close()


def test_the_entry_point_forwards_without_loading_the_window() -> None:
    """A double-click while the app runs only hands the path over: no window or case-file code."""
    probe = (
        "import sys, desktop.ui.start;"
        "heavy = sorted(m for m in sys.modules if m.startswith(('desktop.ui.app', 'desktop.services', "
        "'sqlalchemy', 'PySide6.QtWidgets', 'pyqtgraph')));"
        "print(heavy); sys.exit(1 if heavy else 0)"
    )
    run = subprocess.run([sys.executable, "-c", probe], cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert run.returncode == 0, run.stdout + run.stderr


def test_paths_the_system_cannot_even_look_at_are_missing_not_a_crash(tmp_path: Path) -> None:
    too_long = tmp_path / ("a" * 300)  # ENAMETOOLONG from stat(), not "no such file"
    assert classify(too_long).kind is Kind.MISSING
    assert classify(str(tmp_path / "x\x00y")).kind is Kind.MISSING
    assert encode_message(too_long) == b"\n"
    assert parse_message(b"/" + b"a" * 5000) is None
    assert parse_message(str(too_long).encode()) is None
