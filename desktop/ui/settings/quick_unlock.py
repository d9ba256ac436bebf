"""The "Quick unlock on this device" section of the Settings page.

Quick unlock is a device slot of the case file whose secret sits in this computer's keyring
(desktop/services/members.py: `remember_on_device`, `forget_device`). Which slot is "this
device" only the keyring can tell: a device slot of the member whose secret the keyring holds
under this case file's id. That question is asked on the database worker by the `probe` given
to the page, a function of the Services returning a `QuickUnlockStatus`:

    SettingsPage(store, quick_unlock=lambda svc: svc.members.quick_unlock_status())

Forgetting calls `members.forget_device(slot_id)` for each slot remembered here (the service
removes the keyring entry and the slot, and rotates the data key).

GUI thread only.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop.ui.i18n import arg
from desktop.ui.operations import LatestOnly, Op, ServicesWorker
from desktop.ui.widgets import error_label

if TYPE_CHECKING:
    from desktop.services.facade import Services
    from desktop.services.members import QuickUnlockStatus


Probe = Callable[["Services"], "QuickUnlockStatus"]


class QuickUnlockBox(QGroupBox):
    """Shows whether this device opens the case file without the passphrase; can forget it."""

    sig_forgotten = Signal()  # a device slot was removed (the case file and its audit log changed)

    def __init__(self, probe: Probe, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("quickUnlock")
        self._probe = probe
        self._worker: ServicesWorker | None = None
        self._latest = LatestOnly()
        self._status: QuickUnlockStatus | None = None
        self._loading = False
        self._done_text = ""

        self.status_label = QLabel()
        self.status_label.setObjectName("quickUnlockStatus")
        self.status_label.setWordWrap(True)
        self.status_label.setTextFormat(Qt.TextFormat.PlainText)
        self.forget_button = QPushButton()
        self.forget_button.setObjectName("forgetDevice")
        self.forget_button.setEnabled(False)
        self.forget_button.clicked.connect(self.forget)
        self.error_label = error_label("quickUnlockError", self.tr("Error"))
        row = QHBoxLayout()
        row.addWidget(self.forget_button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status_label)
        layout.addLayout(row)
        layout.addWidget(self.error_label)
        self.retranslate()

    @property
    def status(self) -> QuickUnlockStatus | None:
        return self._status

    def retranslate(self) -> None:
        self.setTitle(self.tr("Quick unlock on this device"))
        self.forget_button.setText(self.tr("&Forget this device"))
        self.forget_button.setAccessibleName(self.tr("Forget this device"))
        self.forget_button.setToolTip(
            self.tr("This device will ask for your passphrase again; the case file's key is renewed.")
        )
        self.status_label.setAccessibleName(self.tr("Quick unlock on this device"))
        self._show()

    # -- wiring -------------------------------------------------------------------------------

    def attach(self, worker: ServicesWorker) -> None:
        self._worker = worker
        self._done_text = ""
        self.error_label.clear()
        self.refresh()

    def detach(self) -> None:
        self._worker = None
        self._latest.invalidate()
        self._status = None
        self._loading = False
        self._done_text = ""
        self.error_label.clear()
        self._show()

    def refresh(self) -> None:
        worker, probe = self._worker, self._probe
        if worker is None:
            self._show()
            return
        guard = self._latest.start()
        self._loading = True
        self._show()
        Op(self, worker, probe).success(guard(self._arrived)).failure(guard(self._failed)).run()

    def _arrived(self, status: QuickUnlockStatus) -> None:
        self._loading = False
        self._status = status
        self._show()

    def _failed(self, sentence: str) -> None:
        self._loading = False
        self._status = None
        self.error_label.setText(sentence)
        self._show()

    # -- forgetting ---------------------------------------------------------------------------

    def forget(self) -> None:
        worker, status = self._worker, self._status
        if worker is None or status is None or not status.remembered:
            return
        slot_ids = [slot_id for slot_id, _label in status.remembered]
        self.forget_button.setEnabled(False)
        self.error_label.clear()

        def forget_all(svc: Services) -> None:  # worker thread
            for slot_id in slot_ids:
                svc.members.forget_device(slot_id)

        # Not behind the LatestOnly guard: a reload started meanwhile must not swallow the news
        # that the case file changed.
        Op(self, worker, forget_all).success(self._forgotten).failure(self._forget_failed).run()

    def _forgotten(self, _result: None) -> None:
        self.sig_forgotten.emit()
        if self._worker is None:  # locked meanwhile: nothing is shown any more
            return
        self._done_text = self.tr("Forgotten: this device asks for your passphrase again.")
        self.refresh()

    def _forget_failed(self, sentence: str) -> None:
        if self._worker is None:
            return
        self.error_label.setText(sentence)
        self.refresh()  # show what the case file holds now

    # -- showing ------------------------------------------------------------------------------

    def _show(self) -> None:
        self.status_label.setText(self._status_text())
        status = self._status
        self.forget_button.setEnabled(
            self._worker is not None and not self._loading and status is not None and bool(status.remembered)
        )

    def _status_text(self) -> str:
        status = self._status
        if self._worker is None:
            return self.tr("Unlock a case file to see whether this device remembers you.")
        if self._loading and status is None:
            return self.tr("Checking this device…")
        if status is None:
            return ""
        if status.remembered:
            labels = ", ".join(label for _slot_id, label in status.remembered)
            return arg(
                self.tr("This device opens this case file for you without your passphrase (%1)."), labels
            )
        if status.keyring_problem:
            return self.tr(
                "No secure system keyring is available on this computer, so quick unlock cannot be used "
                "here: the passphrase is asked each time."
            )
        if self._done_text:
            return self._done_text
        return self.tr("This device does not remember you for this case file: it asks for your passphrase.")
