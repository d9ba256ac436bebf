"""Signed packages in the GUI: the export dialog, the verify / import dialog and ways to open it.

The window wires them (GUI thread):

    install_drop_target(window, open_verify)           # drop a .asice/.p7m anywhere on the window
    menu.addAction(import_package_action(window, open_verify))
    dialog = open_verify_dialog(window, worker, path)  # connect sig_changed to the broadcast
    dialog = open_export_dialog(window, worker, reference)
    close_exchange_dialogs(window)                     # on lock: nothing of the case stays shown
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from desktop.ui.exchange.answer_dialog import AnswerDialog
from desktop.ui.exchange.drop import (
    PACKAGE_SUFFIXES,
    DropTarget,
    choose_package_file,
    import_package_action,
    install_drop_target,
    package_paths,
)
from desktop.ui.exchange.export_dialog import ExportDialog
from desktop.ui.exchange.verify_dialog import VerifyDialog
from desktop.ui.operations import ServicesWorker

__all__ = [
    "PACKAGE_SUFFIXES",
    "AnswerDialog",
    "DropTarget",
    "ExportDialog",
    "VerifyDialog",
    "choose_package_file",
    "close_exchange_dialogs",
    "import_package_action",
    "install_drop_target",
    "open_export_dialog",
    "open_verify_dialog",
    "package_paths",
]


def open_verify_dialog(parent: QWidget, worker: ServicesWorker, path: Path) -> VerifyDialog:
    """A VerifyDialog on `path`, shown window-modal without a nested event loop, deleted on close."""
    dialog = VerifyDialog(worker, path, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


def open_export_dialog(parent: QWidget, worker: ServicesWorker, reference: str) -> ExportDialog:
    """An ExportDialog for `reference`, shown window-modal without a nested event loop, deleted on close."""
    dialog = ExportDialog(worker, reference, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


def close_exchange_dialogs(window: QWidget) -> None:
    """The case file is being locked: close every export and verify dialog of `window`,
    forgetting the passwords, keys and package bytes they hold."""
    for dialog in window.findChildren(ExportDialog):
        dialog.reject()
    for dialog in window.findChildren(VerifyDialog):
        dialog.reject()
    for dialog in window.findChildren(AnswerDialog):
        dialog.reject()
