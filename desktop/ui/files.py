"""Choosing, reading and writing the user's files, in a form the pages can inject and tests replace.

The pages never call `QFileDialog` or the clipboard directly: they hold the functions below as
attributes (`page.choose_import_file = …`), so a test gives a path instead of clicking through a
native dialog, and the window can route copies through a clipboard that clears itself.
Used by the Almanac page (CSV import and export) and the Agencies page (certificate and PKCS#12
files).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFileDialog, QWidget

from desktop.services.errors import InvalidInput
from desktop.services.private_files import PrivateWriteError, write_private
from desktop.ui.i18n import arg

OpenFileChooser = Callable[[QWidget, str, str], str | None]
"""(parent, caption, name filter) → the chosen path, or None when the user cancelled."""
SaveFileChooser = Callable[[QWidget, str, str, str], str | None]
"""(parent, caption, suggested file name, name filter) → the chosen path, or None."""
Copier = Callable[[str], None]

_CONTEXT = "Files"
_UNREADABLE = QT_TRANSLATE_NOOP("Files", "The file %1 could not be read: %2.")
_TOO_LARGE = QT_TRANSLATE_NOOP("Files", "The file %1 is larger than %2 MB and was not read.")
_UNWRITABLE = QT_TRANSLATE_NOOP("Files", "The file %1 could not be written: %2.")


def ask_open_file(parent: QWidget, caption: str, name_filter: str) -> str | None:
    """GUI thread. The platform's open dialog."""
    path, _selected = QFileDialog.getOpenFileName(parent, caption, "", name_filter)
    return path or None


def ask_save_file(parent: QWidget, caption: str, suggested: str, name_filter: str) -> str | None:
    """GUI thread. The platform's save dialog (it asks before replacing a file)."""
    path, _selected = QFileDialog.getSaveFileName(parent, caption, suggested, name_filter)
    return path or None


def copy_to_system_clipboard(text: str) -> None:
    """GUI thread. Put `text` on the clipboard as it is (the window may inject a clearing one)."""
    QGuiApplication.clipboard().setText(text)


def _reason(error: OSError) -> str:
    return error.strerror or type(error).__name__


def read_file(path: str, *, max_bytes: int, refuse_larger: bool = True) -> bytes:
    """Worker thread. At most `max_bytes` of the file; larger files are refused with a sentence,
    or (refuse_larger=False) returned with one byte more so the parser can say it is too large."""
    name = Path(path).name
    try:
        with Path(path).open("rb") as handle:
            data = handle.read(max_bytes + 1)
    except OSError as error:
        raise InvalidInput(
            arg(QCoreApplication.translate(_CONTEXT, _UNREADABLE), name, _reason(error))
        ) from None
    if refuse_larger and len(data) > max_bytes:
        size = max(1, max_bytes // (1024 * 1024))
        raise InvalidInput(arg(QCoreApplication.translate(_CONTEXT, _TOO_LARGE), name, size))
    return data


def write_private_file(path: str, data: bytes) -> None:
    """Worker thread. Write `data` readable by the owner only, atomically (an export is not
    encrypted): the services' `write_private`, with its sentence in the interface language."""
    try:
        write_private(path, data)
    except PrivateWriteError as error:
        raise InvalidInput(
            arg(QCoreApplication.translate(_CONTEXT, _UNWRITABLE), Path(path).name, error.reason)
        ) from None
