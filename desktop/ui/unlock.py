"""The unlock screen: choose the member, type the passphrase, unlock off the GUI thread."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.widgets import error_label
from desktop.ui.worker import DatabaseWorker


class UnlockWidget(QWidget):
    sig_unlocked = Signal(object)  # the opened CaseFile (owned by the worker thread from now on)

    def __init__(self, path: Path, worker: DatabaseWorker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from desktop.services.session_api import list_members_for_unlock

        self._path = path
        self._worker = worker
        self.setObjectName("unlock")
        title = QLabel(self.tr("Unlock %1").replace("%1", path.name))
        title.setWordWrap(True)
        title.setObjectName("unlockTitle")
        title.setStyleSheet("font-size: 18pt; font-weight: 600;")
        self.member = QComboBox()
        self.member.setAccessibleName(self.tr("Member"))
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(self.tr("Passphrase"))
        self.passphrase.returnPressed.connect(self.unlock)
        self.button = QPushButton(self.tr("Unlock"))
        self.button.setDefault(True)
        self.button.clicked.connect(self.unlock)
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setVisible(False)
        self.busy.setAccessibleName(self.tr("Unlocking"))
        self.error = error_label("unlockError", self.tr("Error"))
        form = QFormLayout()
        form.addRow(self.tr("Member"), self.member)
        form.addRow(self.tr("Passphrase"), self.passphrase)
        # A centred card of readable width, as password managers do, rather than a form stretched
        # across a wide window.
        card = QFrame()
        card.setObjectName("unlockCard")
        card.setMaximumWidth(460)
        card.setMinimumWidth(360)
        card_layout = QVBoxLayout(card)
        card_layout.addWidget(title)
        card_layout.addLayout(form)
        card_layout.addWidget(self.button)
        card_layout.addWidget(self.busy)
        card_layout.addWidget(self.error)
        layout = QVBoxLayout(self)
        layout.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(card, alignment=Qt.AlignmentFlag.AlignCenter)
        try:
            for label in list_members_for_unlock(path):
                self.member.addItem(label)
        except Exception as error:  # a not-a-case-file path: say so, keep the screen
            self._show_error(
                str(error) if _is_user_error(error) else self.tr("This case file cannot be read.")
            )
            self.button.setEnabled(False)
        self.passphrase.setFocus()

    def unlock(self) -> None:
        from desktop.services.session_api import unlock

        secret = self.passphrase.text()
        member = self.member.currentText() or None
        self.passphrase.clear()  # the widget does not keep the secret once it is handed over
        self._set_busy(True)
        self._worker.run(lambda: unlock(self._path, secret, member), self._unlocked, self._failed)

    def _unlocked(self, case_file: object) -> None:
        self._set_busy(False)
        self.sig_unlocked.emit(case_file)

    def _failed(self, error: Exception) -> None:
        self._set_busy(False)
        self._show_error(
            str(error) if _is_user_error(error) else self.tr("The case file could not be opened.")
        )
        self.passphrase.setFocus()

    def _show_error(self, message: str) -> None:
        self.error.setText(message)

    def _set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        self.button.setEnabled(not busy)
        self.passphrase.setEnabled(not busy)
        self.member.setEnabled(not busy)


def _is_user_error(error: Exception) -> bool:
    from desktop.services.session_api import USER_ERRORS

    return isinstance(error, USER_ERRORS)
