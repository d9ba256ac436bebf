"""The recovery code of a new case file, shown exactly once, to be printed, saved or written down.

The code opens the case file when every passphrase is lost, so it is a secret: it lives in one
label while this panel shows it, goes to a printer or a file only when the person asks for it,
and is cleared from the widgets as soon as they confirm they have stored it.
"""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFontDatabase, QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QCheckBox, QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop.services.private_files import PrivateWriteError, write_private
from desktop.ui.i18n import arg
from desktop.ui.welcome.choosers import Chooser
from desktop.ui.welcome.choosers import choose_save_path as default_choose_save_path
from desktop.ui.widgets import error_label


def _grouped(code: str) -> str:
    """The code in two lines of four groups, easier to read out and copy by hand."""
    groups = code.split("-")
    return "\n".join("-".join(groups[i : i + 4]) for i in range(0, len(groups), 4))


class RecoveryCodePanel(QWidget):
    """Shows one recovery code with Print…, Save… and the "I have stored it" confirmation (GUI thread)."""

    sig_stored = Signal(bool)  # the confirmation box was ticked or unticked

    def __init__(self, parent: QWidget | None = None, *, choose_save_path: Chooser | None = None) -> None:
        super().__init__(parent)
        self._choose_save_path = choose_save_path or default_choose_save_path
        self._code = ""
        self._file_name = ""
        self.print_dialog: QPrintDialog | None = None
        self._printer: QPrinter | None = None
        title = QLabel(self.tr("Your recovery code"))
        title.setStyleSheet("font-size: 14pt; font-weight: 600;")
        explanation = QLabel(
            self.tr(
                "It opens the case file if every passphrase is lost, and it is shown only this once. "
                "Print it or write it down and keep it in a safe: anyone holding it can open the case file."
            )
        )
        explanation.setWordWrap(True)
        self.code_label = QLabel()
        self.code_label.setObjectName("recoveryCode")
        self.code_label.setAccessibleName(self.tr("Recovery code"))
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setPointSize(20)
        self.code_label.setFont(font)
        self.code_label.setTextFormat(Qt.TextFormat.PlainText)
        self.code_label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.code_label.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.code_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.code_label.setStyleSheet("padding: 12px; border: 1px solid palette(mid);")
        self.print_button = QPushButton(self.tr("&Print…"))
        self.print_button.setAccessibleName(self.tr("Print the recovery code"))
        self.print_button.clicked.connect(self.print_code)
        self.save_button = QPushButton(self.tr("&Save…"))
        self.save_button.setAccessibleName(self.tr("Save the recovery code to a file"))
        self.save_button.clicked.connect(self.save_code)
        save_warning = QLabel(
            self.tr(
                "A saved copy is only as safe as the place you keep it: store it offline, "
                "never next to the case file."
            )
        )
        save_warning.setObjectName("saveWarning")
        save_warning.setWordWrap(True)
        self.status = QLabel()
        self.status.setObjectName("recoveryCodeStatus")
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Recovery code status"))
        self.error = error_label("recoveryCodeError", self.tr("Recovery code error"))
        self.stored = QCheckBox(self.tr("I have &stored the recovery code in a safe place"))
        self.stored.setAccessibleName(self.tr("I have stored the recovery code"))
        self.stored.toggled.connect(self.sig_stored)
        buttons = QHBoxLayout()
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.save_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(explanation)
        layout.addWidget(self.code_label)
        layout.addLayout(buttons)
        layout.addWidget(save_warning)
        layout.addWidget(self.status)
        layout.addWidget(self.error)
        layout.addStretch(1)
        layout.addWidget(self.stored)
        self.setTabOrder(self.code_label, self.print_button)
        self.setTabOrder(self.print_button, self.save_button)
        self.setTabOrder(self.save_button, self.stored)

    def show_code(self, code: str, file_name: str) -> None:
        self._code = code
        self._file_name = file_name
        self.code_label.setText(_grouped(code))
        self.stored.setChecked(False)
        self.status.clear()
        self.error.clear()

    def clear(self) -> None:
        """Forget the code: the label, the printable document and this panel's copy."""
        self._code = ""
        self._file_name = ""
        self.code_label.clear()
        self.status.clear()
        self.error.clear()
        self.stored.setChecked(False)
        if self.print_dialog is not None:
            self.print_dialog.deleteLater()
            self.print_dialog = None
        self._printer = None

    # -- print ---------------------------------------------------------------------------------

    def document(self) -> QTextDocument:
        """What Print… sends to the printer: the file's name, the code, and what it is for."""
        fixed = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont).family()
        warning = self.tr(
            "It opens the case file if every passphrase is lost. "
            "Anyone holding it can open the case file: keep this sheet in a safe."
        )
        body = (
            f"<h2>{html.escape(self.tr('Benelux Case Desk — recovery code'))}</h2>"
            f"<p>{html.escape(arg(self.tr('Case file: %1'), self._file_name))}</p>"
            f"<p style=\"font-family: '{html.escape(fixed)}'; font-size: 20pt;\">"
            f"{html.escape(_grouped(self._code)).replace(chr(10), '<br/>')}</p>"
            f"<p>{html.escape(warning)}</p>"
        )
        document = QTextDocument(self)
        document.setHtml(body)
        return document

    def print_code(self) -> None:
        """Open the print dialog (non-modal); the code is printed only if the person accepts it."""
        if not self._code:
            return
        self._printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        self.print_dialog = QPrintDialog(self._printer, self)
        self.print_dialog.setWindowTitle(self.tr("Print the recovery code"))
        self.print_dialog.finished.connect(self._print_finished)
        # QDialog.open() (window-modal, returns at once): PySide6's QPrintDialog.open overload
        # wants a receiver and a slot.
        QDialog.open(self.print_dialog)

    def _print_finished(self, result: int) -> None:
        if result == QDialog.DialogCode.Accepted and self._printer is not None and self._code:
            document = self.document()
            document.print_(self._printer)
            document.deleteLater()
            if self._printer.printerState() == QPrinter.PrinterState.Error:
                self.status.clear()
                self.error.setText(self.tr("The recovery code could not be printed; write it down instead."))
                return
            self.error.clear()
            self.status.setText(self.tr("The recovery code was sent to the printer."))

    # -- save ----------------------------------------------------------------------------------

    def save_code(self) -> None:
        """Write the code to a text file the person chooses (readable by their account only)."""
        if not self._code:
            return
        target = self._choose_save_path(self)
        if target is None:
            return
        text = "\n".join(
            (
                self.tr("Benelux Case Desk — recovery code"),
                arg(self.tr("Case file: %1"), self._file_name),
                "",
                self._code,
                "",
                self.tr(
                    "It opens the case file if every passphrase is lost. Anyone holding it can open the case file."
                ),
                "",
            )
        )
        try:
            # Owner-only from its first byte, replacing (not rewriting) a file already there.
            write_private(target, text.encode("utf-8"))
        except PrivateWriteError as error:
            self.error.setText(
                arg(self.tr("The recovery code could not be saved to %1 (%2)."), target, error.reason)
            )
            return
        self.error.clear()
        self.status.setText(arg(self.tr("Saved to %1. Move it somewhere safe, offline."), Path(target)))
