"""The Overview page: who opened which case file, with the headline counts and the open notices.

A `Page` like the others: it reloads (on the database worker) when a case, a request or a loan
changes, and forgets everything it shows on lock. Its Lock button asks the window to lock through
`sig_lock_requested`; the window never reaches into its labels.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from desktop.models.enums import Role
from desktop.ui.i18n import arg, number
from desktop.ui.labels import label_of
from desktop.ui.operations import LatestOnly, Op, ServicesWorker
from desktop.ui.page import Page
from desktop.ui.sentences import tell

if TYPE_CHECKING:
    from desktop.services.facade import Services
    from desktop.services.session_api import Overview


def load_overview(svc: Services) -> Overview:
    """Worker thread: the headline of the open case file."""
    from desktop.services.session_api import overview

    return overview(svc.case_file)


class OverviewWidget(Page):
    """The first page after unlocking (GUI thread)."""

    sig_lock_requested = Signal()

    WATCHES = ("cases", "requests", "loans")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("overview")
        self._latest = LatestOnly()
        self.title = QLabel()
        self.title.setStyleSheet("font-size: 18pt; font-weight: 600;")
        self.body = QLabel()
        self.body.setObjectName("overviewBody")
        self.body.setTextFormat(Qt.TextFormat.PlainText)
        self.lock_button = QPushButton(self.tr("Lock"))
        self.lock_button.setAccessibleName(self.tr("Lock the case file"))
        self.lock_button.clicked.connect(self.sig_lock_requested)
        layout = QVBoxLayout(self)
        layout.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.title)
        layout.addWidget(self.body)
        layout.addWidget(self.lock_button)

    def attach(self, worker: ServicesWorker, first: Overview | None = None) -> None:
        """Show the file just unlocked: `first` if the window read it while unlocking, else load it."""
        self._worker = worker
        if first is None:
            self.refresh()
        else:
            self._latest.invalidate()
            self.show_overview(first)

    def detach(self) -> None:
        """The case file is being locked: forget who opened it and every count."""
        self._worker = None
        self._latest.invalidate()
        self.title.clear()
        self.body.clear()

    def refresh(self) -> None:
        worker = self._worker
        if worker is None:
            return
        guard = self._latest.start()
        Op(self, worker, load_overview).success(guard(self.show_overview)).failure(
            guard(self.body.setText)
        ).run()

    def show_overview(self, data: Overview) -> None:
        self.title.setText(arg(self.tr("Unlocked: %1"), data.file_name))
        lines = [
            arg(self.tr("Opened by %1 (%2)"), data.member, label_of(Role, data.role)),
            arg(
                self.tr("%1 cases, %2 requests, %3 overdue"),
                number(data.cases),
                number(data.requests),
                number(data.overdue),
            ),
            *(tell(notice) for notice in data.notices),  # a service's, the vault's or the keyring's
        ]
        self.body.setText("\n".join(lines))
