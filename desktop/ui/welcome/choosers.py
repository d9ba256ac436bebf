"""The file choosers of the start screens, as plain functions a test can replace.

Each takes the parent widget and returns the chosen path or None. The defaults are Qt's modal
file dialogs (a person is choosing; nothing else may happen meanwhile); the widgets take them as
constructor arguments so tests pass a function that returns a tmp path instead.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget

Chooser = Callable[[QWidget], Path | None]


def documents_folder() -> Path:
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(location) if location else Path.home()


def default_demo_path() -> Path:
    """Where "Open the demo" keeps its case file: the application's own data folder."""
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppLocalDataLocation)
    base = Path(location) if location else Path.home() / ".local" / "share" / "benelux-case-desk"
    return base / "demo.casedesk"


def choose_case_file(parent: QWidget) -> Path | None:
    """A NAME.casedesk folder to open."""
    chosen = QFileDialog.getExistingDirectory(
        parent,
        QCoreApplication.translate("Choosers", "Open a case file (a folder ending in .casedesk)"),
        str(documents_folder()),
    )
    return Path(chosen) if chosen else None


def choose_folder(parent: QWidget) -> Path | None:
    """The folder a new case file is made in."""
    chosen = QFileDialog.getExistingDirectory(
        parent,
        QCoreApplication.translate("Choosers", "Where to keep the new case file"),
        str(documents_folder()),
    )
    return Path(chosen) if chosen else None


def choose_certificate(parent: QWidget) -> Path | None:
    """An agency escrow certificate (PEM or DER)."""
    chosen, _filter = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("Choosers", "Agency escrow certificate"),
        str(documents_folder()),
        QCoreApplication.translate("Choosers", "Certificates (*.pem *.crt *.cer *.der);;All files (*)"),
    )
    return Path(chosen) if chosen else None


def choose_save_path(parent: QWidget) -> Path | None:
    """Where to save the recovery code as a text file (the person's explicit choice)."""
    chosen, _filter = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("Choosers", "Save the recovery code"),
        str(documents_folder() / "recovery-code.txt"),
        QCoreApplication.translate("Choosers", "Text files (*.txt)"),
    )
    return Path(chosen) if chosen else None
