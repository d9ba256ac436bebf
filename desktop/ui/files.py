"""Choosing, reading and writing the user's files, in a form the pages can inject and tests replace.

The pages never call `QFileDialog` or the clipboard directly: they hold the functions below as
attributes (`page.choose_import_file = …`), so a test gives a path instead of clicking through a
native dialog, and the window can route copies through a clipboard that clears itself.
Used by the Almanac page (CSV import and export), the Agencies page (certificate and PKCS#12
files) and the exports of case data (charts, the dashboard, a case report: `export_file`, which
records each one in the audit log).

A save dialog is given the suggested name's suffix as its default suffix, so a name typed without it
gets it before the dialog asks whether to replace an existing file. Where a page still adds a
suffix after the chooser returned (an injected chooser, a native dialog that adds it after its own
check), `confirm_replace` asks — window-modal, without a nested event loop — before an existing
file the dialog did not ask about is replaced.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QWidget

from desktop.services.errors import InvalidInput
from desktop.services.exports import ExportDone, ExportKind
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
_REPLACE_TITLE = QT_TRANSLATE_NOOP("Files", "Replace the file?")
_REPLACE_TEXT = QT_TRANSLATE_NOOP("Files", "%1 already exists. Do you want to replace it?")
REPLACE_QUESTION = "replaceFileQuestion"
"""The object name of `confirm_replace`'s question (a child of the page that asked)."""


def ask_open_file(parent: QWidget, caption: str, name_filter: str) -> str | None:
    """GUI thread. The platform's open dialog."""
    path, _selected = QFileDialog.getOpenFileName(parent, caption, "", name_filter)
    return path or None


def ask_save_file(parent: QWidget, caption: str, suggested: str, name_filter: str) -> str | None:
    """GUI thread. The platform's save dialog; None if cancelled.

    The suggested name's suffix is the dialog's default suffix, so a name typed without it gets it.
    Whether the platform's own dialog asks before replacing a file depends on the platform (GTK's
    native dialog asks about the name as typed, before Qt adds the suffix): so the dialog is told
    not to ask, and the question is asked here, always about the file that will really be
    written. No (the default) returns None: nothing is written."""
    dialog = QFileDialog(parent, caption, "", name_filter)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setFileMode(QFileDialog.FileMode.AnyFile)
    dialog.setOption(QFileDialog.Option.DontConfirmOverwrite, True)
    dialog.setDefaultSuffix(Path(suggested).suffix.lstrip("."))
    dialog.selectFile(suggested)
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        files = dialog.selectedFiles()
    finally:
        dialog.deleteLater()
    chosen = files[0] if files and files[0] else None
    if chosen is not None and Path(chosen).exists() and not _replace_now(parent, chosen):
        return None
    return chosen


def _replace_question(parent: QWidget, path: str) -> QMessageBox:
    """The question "<name> already exists. Do you want to replace it?", No by default and on Escape."""
    title = QCoreApplication.translate(_CONTEXT, _REPLACE_TITLE)
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        title,
        arg(QCoreApplication.translate(_CONTEXT, _REPLACE_TEXT), Path(path).name),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        parent,
    )
    box.setObjectName(REPLACE_QUESTION)
    box.setAccessibleName(title)
    box.setDefaultButton(QMessageBox.StandardButton.No)
    box.setEscapeButton(QMessageBox.StandardButton.No)
    return box


def _replace_now(parent: QWidget, path: str) -> bool:
    """The replace question, answered before the save dialog's caller goes on."""
    box = _replace_question(parent, path)
    try:
        return box.exec() == QMessageBox.StandardButton.Yes
    finally:
        box.deleteLater()


def confirm_replace(
    parent: QWidget, chosen: str, path: str, proceed: Callable[[str], None]
) -> QMessageBox | None:
    """GUI thread. `path` is the file to write, `chosen` the name the save dialog returned.

    If the suffix was added after the dialog (`path != chosen`) and `path` exists, the dialog asked
    about another name: ask now (window-modal, non-blocking) and call `proceed(path)` only on Yes;
    the question is returned while it is open. Otherwise `proceed(path)` is called at once (the
    dialog asked, or nothing is replaced) and None is returned.
    """
    if path == chosen or not Path(path).exists():
        proceed(path)
        return None
    box = _replace_question(parent, path)
    box.setWindowModality(Qt.WindowModality.WindowModal)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    def answered(_result: int) -> None:
        clicked = box.clickedButton()
        if clicked is not None and box.standardButton(clicked) == QMessageBox.StandardButton.Yes:
            proceed(path)

    box.finished.connect(answered)
    box.open()
    return box


def close_replace_questions(parent: QWidget) -> None:
    """GUI thread. The file is being locked: close `confirm_replace`'s open questions as No."""
    for box in parent.findChildren(QMessageBox, REPLACE_QUESTION):
        box.done(QMessageBox.StandardButton.No)


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


def _unwritable(path: str, error: PrivateWriteError) -> InvalidInput:
    return InvalidInput(arg(QCoreApplication.translate(_CONTEXT, _UNWRITABLE), Path(path).name, error.reason))


def export_file(
    svc: object, kind: ExportKind, path: str, data: bytes, *, subject: str | None = None
) -> ExportDone:
    """Worker thread. Case data the user exports (a chart, the dashboard, a case report): written
    owner-only and recorded in the audit log by the services' `exports.write`, a destination that
    cannot be written said as `write_private_file` says it."""
    try:
        return svc.exports.write(kind, path, data, subject=subject)  # type: ignore[attr-defined]
    except PrivateWriteError as error:
        raise _unwritable(path, error) from None


def write_private_file(path: str, data: bytes) -> None:
    """Worker thread. Write `data` readable by the owner only, atomically (an export is not
    encrypted): the services' `write_private`, with its sentence in the interface language."""
    try:
        write_private(path, data)
    except PrivateWriteError as error:
        raise _unwritable(path, error) from None
