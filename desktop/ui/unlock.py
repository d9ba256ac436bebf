"""The unlock screen: member, passphrase, quick unlock on this device, or the recovery code.

Every way in runs on the database worker (key derivation takes about half a second) through the
same services as the CLI: `open_case_file` for a passphrase, `casedesk --device` for quick
unlock, `casedesk recover` for a new passphrase set with the recovery code. While it runs, the
screen is busy and its inputs are disabled; each failure is one sentence saying what happened
(wrong passphrase, damaged file, newer version, open elsewhere). A failed unlock writes nothing.
The passphrase is handed to the worker and cleared from the field at once.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.services import session_api, session_start
from desktop.ui.i18n import arg
from desktop.ui.sentences import tell
from desktop.ui.welcome.passphrase import PassphrasePair, SecretReveal
from desktop.ui.widgets import error_label
from desktop.ui.worker import DatabaseWorker

if TYPE_CHECKING:
    from desktop.services.session_start import KdfParams

log = logging.getLogger(__name__)
PASSPHRASE_PANEL, RECOVERY_PANEL = 0, 1


class UnlockWidget(QWidget):
    """The unlock screen of one case file (GUI thread); `set_path` points it at another."""

    sig_unlocked = Signal(object)  # the opened CaseFile (owned by the worker thread from now on)
    sig_back = Signal()  # the person wants the welcome screen again

    def __init__(
        self,
        path: Path,
        worker: DatabaseWorker,
        parent: QWidget | None = None,
        *,
        kdf: KdfParams | None = None,
    ) -> None:
        super().__init__(parent)
        self._path = Path(path)
        self._worker = worker
        self._kdf = kdf  # cost of a passphrase set with the recovery code (None: the product's)
        self._busy = False
        self._readable = False
        self._generation = 0  # bumped by set_path: results for an older path are dropped
        self._attempt = ("passphrase", "")  # (way in, member) of the running attempt
        self._quick: dict[str, str] = {}  # member → device slot this device remembers
        self.setObjectName("unlock")
        self.title = QLabel()
        self.title.setWordWrap(True)
        self.title.setObjectName("unlockTitle")
        self.title.setStyleSheet("font-size: 18pt; font-weight: 600;")
        self.demo_hint = QLabel(
            arg(
                self.tr("This is the demo case file: every member's passphrase is “%1”."),
                session_start.DEMO_PASSPHRASE,
            )
        )
        self.demo_hint.setObjectName("demoHint")
        self.demo_hint.setWordWrap(True)
        self.demo_hint.setVisible(False)
        self.member = QComboBox()
        self.member.setAccessibleName(self.tr("Member"))
        self.member.currentTextChanged.connect(self._member_changed)
        member_label = QLabel(self.tr("&Member:"))
        member_label.setBuddy(self.member)
        member_form = QFormLayout()
        member_form.addRow(member_label, self.member)

        self.panels = QStackedWidget()
        self.panels.addWidget(self._passphrase_panel())
        self.panels.addWidget(self._recovery_panel())
        self._show_panel(PASSPHRASE_PANEL)

        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setVisible(False)
        self.busy.setAccessibleName(self.tr("Unlocking"))
        self.busy_label = QLabel()
        self.busy_label.setObjectName("unlockBusy")
        self.busy_label.setVisible(False)
        self.error = error_label("unlockError", self.tr("Error"))
        self.remember_status = QLabel()
        self.remember_status.setObjectName("rememberStatus")
        self.remember_status.setWordWrap(True)
        self.remember_status.setAccessibleName(self.tr("Quick unlock status"))
        self.back_button = QPushButton(self.tr("← &Other case file"))
        self.back_button.setObjectName("unlockBack")
        self.back_button.setAccessibleName(self.tr("Back to the welcome screen"))
        self.back_button.setFlat(True)
        self.back_button.clicked.connect(self.sig_back)
        # A centred card of readable width, as password managers do, rather than a form stretched
        # across a wide window.
        card = QFrame()
        card.setObjectName("unlockCard")
        card.setMaximumWidth(460)
        card.setMinimumWidth(360)
        card_layout = QVBoxLayout(card)
        card_layout.addWidget(self.back_button, alignment=Qt.AlignmentFlag.AlignLeft)
        card_layout.addWidget(self.title)
        card_layout.addWidget(self.demo_hint)
        card_layout.addLayout(member_form)
        card_layout.addWidget(self.panels)
        card_layout.addWidget(self.busy_label)
        card_layout.addWidget(self.busy)
        card_layout.addWidget(self.error)
        card_layout.addWidget(self.remember_status)
        layout = QVBoxLayout(self)
        layout.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(card, alignment=Qt.AlignmentFlag.AlignCenter)
        for before, after in (
            (self.member, self.passphrase),
            (self.passphrase, self.remember),
            (self.remember, self.button),
            (self.button, self.quick_button),
            (self.quick_button, self.forgot_button),
            (self.forgot_button, self.back_button),
        ):
            self.setTabOrder(before, after)
        self._load()

    def _passphrase_panel(self) -> QWidget:
        panel = QWidget()
        self.passphrase = QLineEdit()
        self.passphrase.setObjectName("passphrase")
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(self.tr("Passphrase"))
        self.passphrase_reveal = SecretReveal(
            self.passphrase, self.tr("Show the passphrase"), self.tr("Hide the passphrase")
        )
        self.passphrase.returnPressed.connect(self.unlock)
        label = QLabel(self.tr("&Passphrase:"))
        label.setBuddy(self.passphrase)
        self.remember = QCheckBox(self.tr("&Remember on this device"))
        self.remember.setAccessibleName(
            self.tr("Remember on this device (quick unlock, through the system keyring)")
        )
        self.remember.setToolTip(
            self.tr("The system keyring keeps a key for this case file, never your passphrase.")
        )
        self.button = QPushButton(self.tr("&Unlock"))
        self.button.setAccessibleName(self.tr("Unlock"))
        self.button.setDefault(True)
        self.button.clicked.connect(self.unlock)
        self.quick_button = QPushButton(self.tr("Use &quick unlock"))
        self.quick_button.setObjectName("quickUnlock")
        self.quick_button.setVisible(False)
        self.quick_button.clicked.connect(self.quick_unlock)
        self.forgot_button = QPushButton(self.tr("&Forgot the passphrase? Use the recovery code"))
        self.forgot_button.setObjectName("forgotPassphrase")
        self.forgot_button.setAccessibleName(self.tr("Forgot the passphrase? Use the recovery code"))
        self.forgot_button.setFlat(True)
        self.forgot_button.clicked.connect(lambda: self.show_recovery(True))
        form = QFormLayout()
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(label, self.passphrase)
        form.addRow("", self.remember)
        buttons = QHBoxLayout()
        buttons.addWidget(self.button, 1)
        buttons.addWidget(self.quick_button, 1)
        layout = QVBoxLayout(panel)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(self.forgot_button, alignment=Qt.AlignmentFlag.AlignLeft)
        return panel

    def _recovery_panel(self) -> QWidget:
        panel = QWidget()
        self.recovery_intro = QLabel()
        self.recovery_intro.setWordWrap(True)
        self.recovery_code = QLineEdit()
        self.recovery_code.setObjectName("recoveryCodeInput")
        self.recovery_code.setEchoMode(QLineEdit.EchoMode.Password)
        self.recovery_code.setAccessibleName(self.tr("Recovery code"))
        self.recovery_reveal = SecretReveal(
            self.recovery_code, self.tr("Show the recovery code"), self.tr("Hide the recovery code")
        )
        self.recovery_code.setPlaceholderText("XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX")
        code_label = QLabel(self.tr("Recovery &code:"))
        code_label.setBuddy(self.recovery_code)
        self.new_passphrase = PassphrasePair()
        self.new_passphrase.second.returnPressed.connect(self.recover)
        self.recover_button = QPushButton(self.tr("&Set the new passphrase and unlock"))
        self.recover_button.setAccessibleName(self.tr("Set the new passphrase and unlock"))
        self.recover_button.clicked.connect(self.recover)
        self.cancel_recovery_button = QPushButton(self.tr("Ca&ncel"))
        self.cancel_recovery_button.setAccessibleName(self.tr("Back to the passphrase"))
        self.cancel_recovery_button.clicked.connect(lambda: self.show_recovery(False))
        form = QFormLayout()
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(code_label, self.recovery_code)
        buttons = QHBoxLayout()
        buttons.addWidget(self.cancel_recovery_button)
        buttons.addStretch(1)
        buttons.addWidget(self.recover_button)
        layout = QVBoxLayout(panel)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.recovery_intro)
        layout.addLayout(form)
        layout.addWidget(self.new_passphrase)
        layout.addLayout(buttons)
        self.setTabOrder(self.recovery_code, self.new_passphrase.first)
        self.setTabOrder(self.new_passphrase.second, self.recover_button)
        self.setTabOrder(self.recover_button, self.cancel_recovery_button)
        return panel

    # -- which file ----------------------------------------------------------------------------

    @property
    def path(self) -> Path:
        return self._path

    def set_path(self, path: Path, *, demo: bool = False) -> None:
        """Show the unlock screen of another case file (reusing this widget)."""
        self._path = Path(path)
        self._generation += 1
        self._set_busy(False)
        self.demo_hint.setVisible(demo)
        self.remember.setChecked(False)
        self.remember_status.clear()
        self.show_recovery(False)
        self._load()

    def refresh(self) -> None:
        """Re-read the members and whether this device remembers one (after a lock, say)."""
        if not self._busy:
            self._load(keep_error=True)

    def showEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        self.refresh()  # a member or a remembered device may have been added while unlocked
        super().showEvent(event)

    def _load(self, *, keep_error: bool = False) -> None:
        """Read the member names from the key-slot file (small, no key needed) on the GUI thread."""
        self.title.setText(arg(self.tr("Unlock %1"), self._path.name))
        if not keep_error:
            self.error.clear()
        previous = self.member.currentText()
        self.member.blockSignals(True)
        self.member.clear()
        try:
            names = session_api.list_members_for_unlock(self._path)
        except Exception as error:  # not a case file, damaged or newer: say so, keep the screen
            names = []
            self._show_error(self._failure_sentence(error))
        self.member.addItems(names)
        if previous in names:
            self.member.setCurrentText(previous)
        self.member.blockSignals(False)
        self._readable = bool(names)
        self._quick = {}  # asked again below: a device may have been remembered or forgotten
        self._member_changed()
        self._set_busy(False)
        if self._readable:
            self._check_quick_unlock()
        self.passphrase.setFocus()

    def _check_quick_unlock(self) -> None:
        path, generation = self._path, self._generation
        self._worker.run(
            lambda: session_start.quick_unlock_members(path),
            self._for(generation, self._quick_found),
            lambda _error: None,  # no quick unlock then: the passphrase works as always
        )

    def _quick_found(self, found: dict[str, str]) -> None:
        self._quick = dict(found)
        self._member_changed()

    def _member_changed(self, *_args: object) -> None:
        member = self.member.currentText()
        remembered = member in self._quick
        self.quick_button.setVisible(remembered)
        self.quick_button.setEnabled(remembered and not self._busy)
        self.quick_button.setAccessibleName(arg(self.tr("Unlock as %1 with quick unlock"), member))
        self.recovery_intro.setText(
            arg(self.tr("With the case file's recovery code, choose a new passphrase for %1."), member)
        )

    def show_recovery(self, shown: bool) -> None:
        """Switch between the passphrase and the recovery-code panels."""
        self._show_panel(RECOVERY_PANEL if shown else PASSPHRASE_PANEL)
        self.error.clear()
        self.passphrase_reveal.hide_secret()
        if not shown:
            self.recovery_code.clear()
            self.recovery_reveal.hide_secret()
            self.new_passphrase.clear()
            self.passphrase.setFocus()
        else:
            self.recovery_code.setFocus()

    def _show_panel(self, current: int) -> None:
        # The stack takes the size of its current panel only, not of the larger hidden one.
        for index in range(self.panels.count()):
            policy = QSizePolicy.Policy.Preferred if index == current else QSizePolicy.Policy.Ignored
            self.panels.widget(index).setSizePolicy(policy, policy)
        self.panels.setCurrentIndex(current)
        self.panels.adjustSize()

    # -- the ways in ---------------------------------------------------------------------------

    def unlock(self) -> None:
        """Unlock with the chosen member's passphrase (and, if ticked, remember this device)."""
        if self._busy or not self._readable:
            return
        secret = self.passphrase.text()
        member = self.member.currentText() or None
        if not secret:
            self._show_error(self.tr("Type the passphrase first."))
            return
        self.passphrase.clear()  # the widget does not keep the secret once it is handed over
        self.passphrase_reveal.hide_secret()
        path, remember = self._path, self.remember.isChecked()
        self._start(("passphrase", member or ""), self.tr("Deriving the key from the passphrase…"))
        self._worker.run(
            lambda: session_api.unlock(path, secret, member),
            self._for(self._generation, lambda case_file: self._opened(case_file, remember=remember)),
            self._for(self._generation, self._failed),
        )

    def quick_unlock(self) -> None:
        """Unlock with the secret this device's keyring remembers for the chosen member."""
        member = self.member.currentText()
        slot_id = self._quick.get(member)
        if self._busy or slot_id is None:
            return
        path = self._path
        self._start(("device", member), self.tr("Unlocking with the key remembered on this device…"))
        self._worker.run(
            lambda: session_start.unlock_with_device(path, slot_id),
            self._for(self._generation, self._opened),
            self._for(self._generation, self._failed),
        )

    def recover(self) -> None:
        """With the recovery code: set the chosen member's new passphrase, then unlock with it."""
        if self._busy or not self._readable:
            return
        code = self.recovery_code.text().strip()
        member = self.member.currentText()
        if not code:
            self._show_error(self.tr("Type the recovery code first."))
            return
        if not self.new_passphrase.check():
            return
        new = self.new_passphrase.value()
        self.recovery_code.clear()
        self.recovery_reveal.hide_secret()
        self.new_passphrase.clear()
        path, kdf = self._path, self._kdf
        self._start(
            ("recovery", member), self.tr("Checking the recovery code and setting the new passphrase…")
        )
        self._worker.run(
            lambda: session_start.recover_and_unlock(path, code, member, new, kdf=kdf),
            self._for(self._generation, self._recovered),
            self._for(self._generation, self._failed),
        )

    def _start(self, attempt: tuple[str, str], doing: str) -> None:
        self._attempt = attempt
        self.error.clear()
        self.remember_status.clear()
        self.busy_label.setText(doing)
        self._set_busy(True)

    def _for(self, generation: int, callback: Callable[[Any], None]) -> Callable[[Any], None]:
        """Deliver a worker result only if it still concerns the file shown (and the widget lives).

        A case file opened for a path the screen has left since is closed again at once.
        """

        def deliver(result: Any) -> None:
            if shiboken6.isValid(self) and generation == self._generation:
                callback(result)
            elif hasattr(result, "vault") and shiboken6.isValid(self._worker):
                self._worker.run(result.close, lambda _r: None, lambda _e: None)

        return deliver

    def _recovered(self, case_file: object) -> None:
        self.show_recovery(False)
        self._opened(case_file)

    def _opened(self, case_file: object, *, remember: bool = False) -> None:
        if not remember:
            self._unlocked(case_file)
            return
        self.busy_label.setText(self.tr("Remembering this device in the system keyring…"))
        notice = self.tr("This device now remembers you: next time, use quick unlock.")
        self._worker.run(
            lambda: session_start.remember_this_device(case_file, notice),  # type: ignore[arg-type]
            lambda result: self._remembered(case_file, result),
            lambda _error: self._remembered(
                case_file,
                (
                    False,
                    self.tr("This device could not be remembered; the passphrase will be asked next time."),
                ),
            ),
        )

    def _remembered(self, case_file: object, result: tuple[bool, object]) -> None:
        if not shiboken6.isValid(self):
            return
        _ok, sentence = result
        # The keyring's reason when it failed (a service's sentence), never fatal.
        self.remember_status.setText(tell(sentence))
        self.remember.setChecked(False)
        self._unlocked(case_file)

    def _unlocked(self, case_file: object) -> None:
        self._set_busy(False)
        self.error.clear()
        self.sig_unlocked.emit(case_file)

    def _failed(self, error: Exception) -> None:
        """Say what went wrong in one sentence (also called by the window if opening fails later)."""
        self._set_busy(False)
        self._show_error(self._failure_sentence(error))
        if self.panels.currentIndex() == RECOVERY_PANEL:
            self.recovery_code.setFocus()
        else:
            self.passphrase.setFocus()

    def _failure_sentence(self, error: Exception) -> str:
        kind = session_start.failure_kind(error)
        way, member = self._attempt
        if kind == "wrong_secret":
            if way == "recovery":
                return self.tr("The recovery code is not correct for this case file; nothing was changed.")
            if way == "device":
                return self.tr(
                    "The key remembered on this device no longer opens this case file; unlock with your passphrase."
                )
            return arg(self.tr("The passphrase is not correct for %1."), member)
        if kind == "damaged":
            return self.tr(
                "This case file is damaged and cannot be opened. Run “casedesk check” on a copy, "
                "or restore the latest backup."
            )
        if kind == "newer":
            return self.tr(
                "This case file was made by a newer version of Benelux Case Desk; update the application to open it."
            )
        if kind == "locked":
            return self.tr(
                "This case file is already open in another window or program; close it there first."
            )
        if kind == "not_a_case_file":
            if not self._path.exists():
                return arg(self.tr("There is no case file at %1."), self._path)
            return arg(self.tr("%1 is not a Benelux Case Desk case file."), self._path.name)
        if kind == "internal":
            # Only the type: an exception's text may carry case data, and logs are not encrypted.
            log.error("unlock failed: %s", type(error).__name__)
            return self.tr("The case file could not be opened.")
        return tell(error)  # a service's own sentence (no such member, keyring refused…)

    def _show_error(self, message: str) -> None:
        self.error.setText(message)

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.busy.setVisible(busy)
        self.busy_label.setVisible(busy)
        usable = self._readable and not busy
        for control in (
            self.button,
            self.passphrase,
            self.remember,
            self.forgot_button,
            self.recovery_code,
            self.new_passphrase,
            self.recover_button,
            self.cancel_recovery_button,
        ):
            control.setEnabled(usable)
        self.member.setEnabled(usable)
        self.quick_button.setEnabled(usable and self.member.currentText() in self._quick)
        self.back_button.setEnabled(not busy)
