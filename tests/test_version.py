"""One version number, pyproject.toml's, everywhere it is shown: `desktop.__version__`,
`casedesk --version` and the window's About dialog."""

from __future__ import annotations

import subprocess
import sys
import tomllib
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMessageBox

import desktop
from desktop.ui.app import MainWindow
from desktop.ui.settings.registry import SettingsStore

ROOT = Path(__file__).resolve().parent.parent
VERSION = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]


def test_the_package_reports_pyprojects_version() -> None:
    assert desktop.__version__ == VERSION


def test_the_cli_prints_it() -> None:
    run = subprocess.run(
        [sys.executable, "-m", "desktop.cli.main", "--version"],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert (run.returncode, run.stdout) == (0, f"casedesk {VERSION}\n"), run.stderr


def test_the_about_dialog_shows_it(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    settings = SettingsStore(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    window = MainWindow(settings=settings)
    qtbot.addWidget(window)
    window.show()
    [about] = [a for a in window.help_menu.actions() if a.text() == "&About Benelux Case Desk"]
    about.trigger()
    box = window.findChild(QMessageBox)
    assert box is not None and box.isVisible()
    assert f"Benelux Case Desk {VERSION}:" in box.text()
    box.close()
