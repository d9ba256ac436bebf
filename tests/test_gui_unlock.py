"""The GUI's unlock screen and overview, clicked through with pytest-qt on a real case file."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from desktop.models.enums import Role
from desktop.services.casefile import create_case_file
from desktop.services.facade import Services
from desktop.ui.app import MainWindow
from desktop.vault import KdfParams


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
    assert "Opened by Pieter (duty_officer)" in window.overview_widget.body.text()
    qtbot.mouseClick(window.overview_widget.lock_button, Qt.MouseButton.LeftButton)
    assert window._stack.currentWidget() is window.unlock_widget
    assert window.overview_widget.body.text() == ""


def test_a_folder_that_is_not_a_case_file_says_so(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    win = MainWindow(tmp_path / "nothing.casedesk")
    qtbot.addWidget(win)
    assert "There is no case file at" in win.unlock_widget.error.text()
    assert not win.unlock_widget.button.isEnabled()
    win.close()
