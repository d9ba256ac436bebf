"""The GUI's unlock screen and overview, clicked through with pytest-qt on a real case file."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from keyring.backends import SecretService, fail
from PySide6.QtCore import Qt

from desktop.models.enums import Role
from desktop.services.casefile import create_case_file, open_case_file
from desktop.services.facade import Services
from desktop.ui.app import MainWindow
from desktop.ui.unlock import UnlockWidget
from desktop.ui.worker import DatabaseWorker
from desktop.vault import KdfParams, WrongSecret
from tests.gui_helpers import WAIT


def _digest(folder: Path) -> dict[str, str]:
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


@pytest.fixture
def case_path(tmp_path: Path) -> Path:
    path = tmp_path / "gui.casedesk"
    case_file, _code = create_case_file(
        path,
        member_name="Claire",
        role=Role.SUPERVISOR,
        passphrase="correct horse",
        agency_code="BE-FEDPOL-CGI",
        kdf=KdfParams.minimum(),
    )
    Services(case_file).members.add(
        "Pieter", Role.DUTY_OFFICER, "pieter pass", agency_code="BE-FEDPOL-CGI", kdf=KdfParams.minimum()
    )
    case_file.close()
    return path


@pytest.fixture
def window(qtbot, case_path: Path):  # type: ignore[no-untyped-def]
    win = MainWindow(case_path)
    qtbot.addWidget(win)
    win.show()
    yield win
    win.close()


def test_unlock_screen_lists_the_members(window) -> None:  # type: ignore[no-untyped-def]
    combo = window.unlock_widget.member
    assert [combo.itemText(i) for i in range(combo.count())] == ["Claire", "Pieter"]
    assert window.unlock_widget.passphrase.echoMode() == window.unlock_widget.passphrase.EchoMode.Password


def test_wrong_passphrase_is_explained_and_changes_nothing(qtbot, window, case_path: Path) -> None:  # type: ignore[no-untyped-def]
    before = _digest(case_path)
    unlock = window.unlock_widget
    qtbot.keyClicks(unlock.passphrase, "not the passphrase")
    qtbot.mouseClick(unlock.button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: unlock.error.text() != "", timeout=10_000)
    assert unlock.error.text() == "The passphrase is not correct for Claire."
    assert unlock.passphrase.text() == ""
    assert unlock.button.isEnabled()
    assert _digest(case_path) == before


def test_right_passphrase_shows_the_unlocked_overview_and_lock_hides_it(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    unlock = window.unlock_widget
    unlock.member.setCurrentText("Pieter")
    qtbot.keyClicks(unlock.passphrase, "pieter pass")
    qtbot.keyClick(unlock.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window._stack.currentWidget() is window.overview_widget, timeout=10_000)
    assert window.overview_widget.title.text() == "Unlocked: gui.casedesk"
    assert "Opened by Pieter (Duty officer)" in window.overview_widget.body.text()
    qtbot.mouseClick(window.overview_widget.lock_button, Qt.MouseButton.LeftButton)
    assert window._stack.currentWidget() is window.unlock_widget
    assert window.overview_widget.body.text() == ""


def test_a_folder_that_is_not_a_case_file_says_so(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    win = MainWindow(tmp_path / "nothing.casedesk")
    qtbot.addWidget(win)
    assert "There is no case file at" in win.unlock_widget.error.text()
    assert not win.unlock_widget.button.isEnabled()
    win.close()


# -- the unlock screen on its own: every way in, every failure -----------------------------------
# These use the three-member `tmp_case` (Sam, Anna, Sue) and a DatabaseWorker of their own, as the
# window would hand it over. Every failure is checked on the bytes of the case file too.

SECRET_SERVICE = os.environ.get("CASEDESK_TEST_SECRET_SERVICE") == "1"
NEW_PASSPHRASE = "a brand new passphrase for anna"


@pytest.fixture
def worker(qtbot) -> Iterator[DatabaseWorker]:  # type: ignore[no-untyped-def]
    database_worker = DatabaseWorker()
    yield database_worker
    database_worker.stop()


@pytest.fixture(autouse=True)
def _restore_keyring() -> Iterator[None]:
    previous = keyring.get_keyring()
    yield
    keyring.set_keyring(previous)


def _screen(qtbot, path: Path, worker: DatabaseWorker) -> UnlockWidget:  # type: ignore[no-untyped-def]
    screen = UnlockWidget(path, worker, kdf=KdfParams.minimum())
    qtbot.addWidget(screen)
    screen.show()
    return screen


def _close_on_worker(qtbot, worker: DatabaseWorker, case_file: object) -> None:  # type: ignore[no-untyped-def]
    """A CaseFile belongs to the worker thread: close it there, and wait."""
    done: list[object] = []
    worker.run(case_file.close, done.append, done.append)  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: bool(done), timeout=WAIT)


def _type_and_unlock(qtbot, screen: UnlockWidget, member: str, passphrase: str) -> None:  # type: ignore[no-untyped-def]
    screen.member.setCurrentText(member)
    qtbot.keyClicks(screen.passphrase, passphrase)
    qtbot.mouseClick(screen.button, Qt.MouseButton.LeftButton)


def _failure(qtbot, screen: UnlockWidget) -> str:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: screen.error.text() != "" and not screen._busy, timeout=WAIT)
    return screen.error.text()


def _flip_first_page(db: Path) -> None:
    raw = bytearray(db.read_bytes())
    raw[200] ^= 0x01  # inside page 1, past SQLCipher's salt: its HMAC no longer matches
    db.write_bytes(bytes(raw))


def test_unlock_widget_is_built_as_before_and_set_path_switches_files(
    qtbot, worker, tmp_case_factory
) -> None:  # type: ignore[no-untyped-def]
    first, second = tmp_case_factory("first"), tmp_case_factory("second")
    screen = _screen(qtbot, first.path, worker)
    assert screen.title.text() == "Unlock first.casedesk"
    assert [screen.member.itemText(i) for i in range(screen.member.count())] == ["Sam", "Anna", "Sue"]
    screen.set_path(second.path, demo=True)
    assert screen.path == second.path
    assert screen.title.text() == "Unlock second.casedesk"
    assert screen.demo_hint.isVisibleTo(screen)
    assert "“demo”" in screen.demo_hint.text()
    with qtbot.waitSignal(screen.sig_back, timeout=WAIT):
        qtbot.mouseClick(screen.back_button, Qt.MouseButton.LeftButton)


def test_busy_while_the_key_is_derived_then_unlocked_as_the_member(qtbot, worker, tmp_case) -> None:  # type: ignore[no-untyped-def]
    screen = _screen(qtbot, tmp_case.path, worker)
    with qtbot.waitSignal(screen.sig_unlocked, timeout=WAIT) as unlocked:
        _type_and_unlock(qtbot, screen, "Anna", tmp_case.passphrase("Anna"))
        # Right after the click, before the worker answers: busy, inputs off, secret gone.
        assert screen.busy.isVisibleTo(screen)
        assert screen.busy_label.text() == "Deriving the key from the passphrase…"
        assert not screen.button.isEnabled() and not screen.passphrase.isEnabled()
        assert not screen.back_button.isEnabled()
        assert screen.passphrase.text() == ""
    case_file = unlocked.args[0]
    assert case_file.actor.name == "Anna"
    assert not screen.busy.isVisibleTo(screen) and screen.error.text() == ""
    _close_on_worker(qtbot, worker, case_file)


def test_wrong_passphrase_says_so_and_changes_no_byte(qtbot, worker, tmp_case, snapshot) -> None:  # type: ignore[no-untyped-def]
    before = snapshot(tmp_case.path)
    screen = _screen(qtbot, tmp_case.path, worker)
    _type_and_unlock(qtbot, screen, "Sue", "not sue's passphrase")
    assert _failure(qtbot, screen) == "The passphrase is not correct for Sue."
    assert screen.passphrase.text() == "" and screen.button.isEnabled()
    assert snapshot(tmp_case.path) == before


def test_empty_passphrase_is_asked_for_without_touching_the_file(qtbot, worker, tmp_case, snapshot) -> None:  # type: ignore[no-untyped-def]
    before = snapshot(tmp_case.path)
    screen = _screen(qtbot, tmp_case.path, worker)
    qtbot.mouseClick(screen.button, Qt.MouseButton.LeftButton)
    assert screen.error.text() == "Type the passphrase first."
    assert not screen._busy
    assert snapshot(tmp_case.path) == before


def test_damaged_database_says_so_and_changes_no_byte(qtbot, worker, tmp_case, snapshot) -> None:  # type: ignore[no-untyped-def]
    _flip_first_page(tmp_case.path / "case.db")
    before = snapshot(tmp_case.path)
    screen = _screen(qtbot, tmp_case.path, worker)
    _type_and_unlock(qtbot, screen, "Sam", tmp_case.passphrase("Sam"))
    assert _failure(qtbot, screen) == (
        "This case file is damaged and cannot be opened. Run “casedesk check” on a copy, "
        "or restore the latest backup."
    )
    assert snapshot(tmp_case.path) == before


def test_damaged_key_slot_files_are_explained_before_any_passphrase(
    qtbot, worker, tmp_case, snapshot
) -> None:  # type: ignore[no-untyped-def]
    for name in ("keyslots.json", "keyslots.bak.json"):
        slots = tmp_case.path / name
        slots.write_bytes(slots.read_bytes()[: slots.stat().st_size // 2])
    before = snapshot(tmp_case.path)
    screen = _screen(qtbot, tmp_case.path, worker)
    assert screen.error.text().startswith("This case file is damaged and cannot be opened.")
    assert not screen.button.isEnabled() and screen.member.count() == 0
    qtbot.keyClicks(screen.passphrase, "anything")
    qtbot.keyClick(screen.passphrase, Qt.Key.Key_Return)
    assert not screen._busy
    assert snapshot(tmp_case.path) == before


def test_a_key_slot_file_of_a_newer_version_says_so(qtbot, worker, tmp_case, snapshot) -> None:  # type: ignore[no-untyped-def]
    for name in ("keyslots.json", "keyslots.bak.json"):
        document = json.loads((tmp_case.path / name).read_text())
        document["version"] += 1
        (tmp_case.path / name).write_text(json.dumps(document))
    before = snapshot(tmp_case.path)
    screen = _screen(qtbot, tmp_case.path, worker)
    assert screen.error.text() == (
        "This case file was made by a newer version of Benelux Case Desk; update the application to open it."
    )
    assert not screen.button.isEnabled()
    assert snapshot(tmp_case.path) == before


def test_a_database_of_a_newer_schema_says_so_and_changes_no_byte(
    qtbot, worker, tmp_case, open_as, snapshot
) -> None:  # type: ignore[no-untyped-def]
    with open_as(tmp_case.path, "Sam") as services:
        connection = services.case_file.vault.raw_connection()
        connection.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    before = snapshot(tmp_case.path)
    screen = _screen(qtbot, tmp_case.path, worker)
    _type_and_unlock(qtbot, screen, "Sam", tmp_case.passphrase("Sam"))
    assert _failure(qtbot, screen) == (
        "This case file was made by a newer version of Benelux Case Desk; update the application to open it."
    )
    assert snapshot(tmp_case.path) == before


_HOLD_OPEN = """
import sys
from desktop.services.casefile import open_case_file
case_file = open_case_file(sys.argv[1], sys.argv[2], member="Sam")
print("open", flush=True)
sys.stdin.read()
case_file.close()
"""


def test_a_file_open_in_another_process_says_so_and_changes_no_byte(
    qtbot, worker, tmp_case, snapshot
) -> None:  # type: ignore[no-untyped-def]
    holder = subprocess.Popen(
        [sys.executable, "-c", _HOLD_OPEN, str(tmp_case.path), tmp_case.passphrase("Sam")],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        cwd=Path(__file__).resolve().parent.parent,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "open"
        before = snapshot(tmp_case.path)
        screen = _screen(qtbot, tmp_case.path, worker)
        _type_and_unlock(qtbot, screen, "Anna", tmp_case.passphrase("Anna"))
        assert _failure(qtbot, screen) == (
            "This case file is already open in another window or program; close it there first."
        )
        assert snapshot(tmp_case.path) == before
    finally:
        holder.communicate("", timeout=30)
    # Once the other program has closed it, the same screen opens it.
    with qtbot.waitSignal(screen.sig_unlocked, timeout=WAIT) as unlocked:
        _type_and_unlock(qtbot, screen, "Anna", tmp_case.passphrase("Anna"))
    _close_on_worker(qtbot, worker, unlocked.args[0])


def test_recovery_code_sets_a_new_passphrase_and_unlocks(qtbot, worker, tmp_case) -> None:  # type: ignore[no-untyped-def]
    screen = _screen(qtbot, tmp_case.path, worker)
    screen.member.setCurrentText("Anna")
    qtbot.mouseClick(screen.forgot_button, Qt.MouseButton.LeftButton)
    assert screen.panels.currentIndex() == 1
    assert screen.recovery_intro.text() == (
        "With the case file's recovery code, choose a new passphrase for Anna."
    )
    assert screen.recovery_code.echoMode() == screen.recovery_code.EchoMode.Password
    qtbot.keyClicks(screen.recovery_code, tmp_case.recovery_code.lower())  # typed as read out
    qtbot.keyClicks(screen.new_passphrase.first, NEW_PASSPHRASE)
    qtbot.keyClicks(screen.new_passphrase.second, NEW_PASSPHRASE)
    with qtbot.waitSignal(screen.sig_unlocked, timeout=WAIT) as unlocked:
        qtbot.mouseClick(screen.recover_button, Qt.MouseButton.LeftButton)
        assert screen.recovery_code.text() == "" and screen.new_passphrase.value() == ""
    case_file = unlocked.args[0]
    assert (case_file.actor.name, case_file.vault.principal.kind) == ("Anna", "member")
    assert screen.panels.currentIndex() == 0
    _close_on_worker(qtbot, worker, case_file)

    open_case_file(tmp_case.path, NEW_PASSPHRASE, member="Anna").close()
    with pytest.raises(WrongSecret):
        open_case_file(tmp_case.path, tmp_case.passphrase("Anna"), member="Anna")
    open_case_file(tmp_case.path, tmp_case.passphrase("Sam"), member="Sam").close()  # others unchanged


def test_a_wrong_recovery_code_says_so_and_changes_no_byte(qtbot, worker, tmp_case, snapshot) -> None:  # type: ignore[no-untyped-def]
    before = snapshot(tmp_case.path)
    screen = _screen(qtbot, tmp_case.path, worker)
    screen.member.setCurrentText("Anna")
    qtbot.mouseClick(screen.forgot_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(screen.recovery_code, "0000-0000-0000-0000-0000-0000-0000-0000")
    qtbot.keyClicks(screen.new_passphrase.first, NEW_PASSPHRASE)
    qtbot.keyClicks(screen.new_passphrase.second, NEW_PASSPHRASE)
    qtbot.mouseClick(screen.recover_button, Qt.MouseButton.LeftButton)
    assert _failure(qtbot, screen) == (
        "The recovery code is not correct for this case file; nothing was changed."
    )
    assert snapshot(tmp_case.path) == before


def test_recovery_refuses_a_mismatched_or_short_passphrase_before_anything_runs(
    qtbot, worker, tmp_case, snapshot
) -> None:  # type: ignore[no-untyped-def]
    before = snapshot(tmp_case.path)
    screen = _screen(qtbot, tmp_case.path, worker)
    qtbot.mouseClick(screen.forgot_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(screen.recover_button, Qt.MouseButton.LeftButton)
    assert screen.error.text() == "Type the recovery code first."
    qtbot.keyClicks(screen.recovery_code, tmp_case.recovery_code)
    qtbot.keyClicks(screen.new_passphrase.first, "short")
    qtbot.keyClicks(screen.new_passphrase.second, "short")
    assert screen.new_passphrase.hint.text() == "Too short: at least 8 characters."
    qtbot.mouseClick(screen.recover_button, Qt.MouseButton.LeftButton)
    assert screen.new_passphrase.error.text() == "A passphrase needs at least 8 characters."
    screen.new_passphrase.clear()
    qtbot.keyClicks(screen.new_passphrase.first, NEW_PASSPHRASE)
    qtbot.keyClicks(screen.new_passphrase.second, NEW_PASSPHRASE + "!")
    qtbot.mouseClick(screen.recover_button, Qt.MouseButton.LeftButton)
    assert screen.new_passphrase.error.text() == "The two passphrases differ; type the same one twice."
    assert not screen._busy
    qtbot.mouseClick(screen.cancel_recovery_button, Qt.MouseButton.LeftButton)
    assert screen.panels.currentIndex() == 0 and screen.recovery_code.text() == ""
    assert snapshot(tmp_case.path) == before


def test_remember_without_a_secure_keyring_says_so_and_still_unlocks(qtbot, worker, tmp_case) -> None:  # type: ignore[no-untyped-def]
    keyring.set_keyring(fail.Keyring())
    screen = _screen(qtbot, tmp_case.path, worker)
    screen.remember.setChecked(True)
    with qtbot.waitSignal(screen.sig_unlocked, timeout=WAIT) as unlocked:
        _type_and_unlock(qtbot, screen, "Anna", tmp_case.passphrase("Anna"))
    case_file = unlocked.args[0]
    sentence = (
        "No secure system keyring is available on this computer, so the passphrase will be asked each time."
    )
    assert screen.remember_status.text() == sentence
    assert sentence in case_file.notices  # the overview shows it after the switch
    assert all(slot.kind != "device" for slot in case_file.vault.slots())
    assert not screen.quick_button.isVisibleTo(screen)
    _close_on_worker(qtbot, worker, case_file)


@pytest.mark.keyring
def test_remember_with_the_secret_service_then_quick_unlock(qtbot, worker, tmp_case, open_as) -> None:  # type: ignore[no-untyped-def]
    if not SECRET_SERVICE:
        pytest.skip("needs gnome-keyring on a session bus (./dev test sets CASEDESK_TEST_SECRET_SERVICE=1)")
    from desktop.vault.device import forget_device_secret

    keyring.set_keyring(SecretService.Keyring())
    screen = _screen(qtbot, tmp_case.path, worker)
    screen.remember.setChecked(True)
    with qtbot.waitSignal(screen.sig_unlocked, timeout=WAIT) as unlocked:
        _type_and_unlock(qtbot, screen, "Anna", tmp_case.passphrase("Anna"))
    case_file = unlocked.args[0]
    assert screen.remember_status.text() == "This device now remembers you: next time, use quick unlock."
    [device] = [slot for slot in case_file.vault.slots() if slot.kind == "device"]
    _close_on_worker(qtbot, worker, case_file)
    try:
        again = _screen(qtbot, tmp_case.path, worker)
        again.member.setCurrentText("Anna")
        qtbot.waitUntil(lambda: again.quick_button.isVisibleTo(again), timeout=WAIT)
        again.member.setCurrentText("Sam")  # nothing remembered for Sam here
        assert not again.quick_button.isVisibleTo(again)
        again.member.setCurrentText("Anna")
        with qtbot.waitSignal(again.sig_unlocked, timeout=WAIT) as quick:
            qtbot.mouseClick(again.quick_button, Qt.MouseButton.LeftButton)
        opened = quick.args[0]
        assert (opened.actor.name, opened.vault.principal.kind) == ("Anna", "device")
        assert opened.vault.principal.slot_id == device.slot_id
        _close_on_worker(qtbot, worker, opened)
    finally:
        with open_as(tmp_case.path, "Anna") as services:
            services.members.forget_device(device.slot_id)
        forget_device_secret(tmp_case.file_id, device.slot_id)


def test_the_passphrase_and_the_recovery_code_can_be_shown_and_are_hidden_again_on_submit(
    qtbot, worker, tmp_case
) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QLineEdit

    screen = _screen(qtbot, tmp_case.path, worker)
    reveal = screen.passphrase_reveal
    assert screen.passphrase.echoMode() == QLineEdit.EchoMode.Password  # hidden by default
    button = reveal.button()
    assert button is not None and button.accessibleName() == "Show the passphrase"
    assert not reveal.action.icon().isNull()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert screen.passphrase.echoMode() == QLineEdit.EchoMode.Normal
    assert button.accessibleName() == "Hide the passphrase"
    # The keyboard: Alt+F8 in the field, as on the Windows sign-in screen.
    screen.window().activateWindow()
    qtbot.waitUntil(screen.window().isActiveWindow, timeout=WAIT)
    screen.passphrase.setFocus()
    qtbot.keyClick(screen.passphrase, Qt.Key.Key_F8, Qt.KeyboardModifier.AltModifier)
    assert screen.passphrase.echoMode() == QLineEdit.EchoMode.Password
    qtbot.keyClick(screen.passphrase, Qt.Key.Key_F8, Qt.KeyboardModifier.AltModifier)
    assert reveal.is_shown()
    # Submitted (here: wrong): the field is emptied and hidden again.
    _type_and_unlock(qtbot, screen, "Anna", "not her passphrase")
    assert screen.passphrase.echoMode() == QLineEdit.EchoMode.Password and not reveal.is_shown()
    _failure(qtbot, screen)

    qtbot.mouseClick(screen.forgot_button, Qt.MouseButton.LeftButton)
    code = screen.recovery_reveal
    assert screen.recovery_code.echoMode() == QLineEdit.EchoMode.Password
    assert code.button() is not None and code.button().accessibleName() == "Show the recovery code"
    qtbot.mouseClick(code.button(), Qt.MouseButton.LeftButton)
    assert screen.recovery_code.echoMode() == QLineEdit.EchoMode.Normal
    new = screen.new_passphrase
    qtbot.mouseClick(new.reveal_first.button(), Qt.MouseButton.LeftButton)
    assert new.first.echoMode() == QLineEdit.EchoMode.Normal
    assert new.second.echoMode() == QLineEdit.EchoMode.Password  # each field has its own toggle
    qtbot.keyClicks(screen.recovery_code, "0000-0000-0000-0000-0000-0000-0000-0000")
    qtbot.keyClicks(new.first, NEW_PASSPHRASE)
    qtbot.keyClicks(new.second, NEW_PASSPHRASE)
    qtbot.mouseClick(screen.recover_button, Qt.MouseButton.LeftButton)
    assert screen.recovery_code.echoMode() == QLineEdit.EchoMode.Password and not code.is_shown()
    assert new.first.echoMode() == QLineEdit.EchoMode.Password
    _failure(qtbot, screen)


# A writer that commits notes and is killed before it closes: its changes stay in case.db-wal.
_KILLED_WRITER = """
import os, signal, sys
from desktop.models.enums import CaseKind
from desktop.services.casefile import open_case_file
from desktop.services.facade import Services
services = Services(open_case_file(sys.argv[1], sys.argv[2], member="Sam"))
reference = services.cases.create(CaseKind.INFORMATION_EXCHANGE, "WAL carrier").reference
for number in range(8):
    services.cases.add_note(reference, f"note {number}")
os.kill(os.getpid(), signal.SIGKILL)
"""


def test_a_damaged_write_ahead_log_says_so_and_changes_no_byte(qtbot, worker, tmp_case, snapshot) -> None:  # type: ignore[no-untyped-def]
    writer = subprocess.run(
        [sys.executable, "-c", _KILLED_WRITER, str(tmp_case.path), tmp_case.passphrase("Sam")],
        cwd=Path(__file__).resolve().parent.parent,
        timeout=120,
        check=False,
    )
    assert writer.returncode == -9
    wal = bytearray((tmp_case.path / "case.db-wal").read_bytes())
    page_size = int.from_bytes(wal[8:12], "big")
    frames = (len(wal) - 32) // (24 + page_size)
    wal[32 + (frames // 2) * (24 + page_size) + 24 + 100] ^= 0x01  # inside a frame in the middle
    (tmp_case.path / "case.db-wal").write_bytes(bytes(wal))
    before = snapshot(tmp_case.path)
    screen = _screen(qtbot, tmp_case.path, worker)
    _type_and_unlock(qtbot, screen, "Sam", tmp_case.passphrase("Sam"))
    assert _failure(qtbot, screen) == (
        "This case file is damaged and cannot be opened. Run “casedesk check” on a copy, "
        "or restore the latest backup."
    )
    assert snapshot(tmp_case.path) == before
