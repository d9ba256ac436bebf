"""The welcome screen: recent case files, create one, open one, or try the demo.

Nothing here opens a case file: the screen says which file the person wants (`sig_open`) and the
window shows the unlock screen for it. The recent list holds paths only (QSettings, never case
data). "Open the demo" makes the demo file the way `./dev run` does (`casedesk demo`), on the
database worker, the first time only.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtGui import QBrush, QPalette
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.services.session_start import DEMO_PASSPHRASE, ensure_demo, failure_kind
from desktop.ui.i18n import arg
from desktop.ui.sentences import tell
from desktop.ui.welcome.choosers import Chooser, choose_case_file, default_demo_path
from desktop.ui.welcome.create import SUFFIX, CreateCaseFileDialog
from desktop.ui.welcome.recent import RecentFiles
from desktop.ui.widgets import error_label, state_label
from desktop.ui.worker import DatabaseWorker

if TYPE_CHECKING:
    from desktop.services.session_start import KdfParams

PathRole = Qt.ItemDataRole.UserRole + 1
MissingRole = Qt.ItemDataRole.UserRole + 2


class WelcomeWidget(QWidget):
    """The first screen of the window (GUI thread)."""

    sig_open = Signal(Path)  # the person chose this case file: show its unlock screen
    sig_open_demo = Signal(Path)  # the demo file is ready: unlock screen, with its passphrase hint

    def __init__(
        self,
        worker: DatabaseWorker,
        parent: QWidget | None = None,
        *,
        settings: QSettings | None = None,
        demo_path: Path | None = None,
        kdf: KdfParams | None = None,
        choose_case_file: Chooser = choose_case_file,
        choose_folder: Chooser | None = None,
        choose_certificate: Chooser | None = None,
        choose_save_path: Chooser | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("welcome")
        self._worker = worker
        self._kdf = kdf
        self._busy = False
        self._demo_path = demo_path or default_demo_path()
        self._choose_case_file = choose_case_file
        self._dialog_choosers = {
            key: value
            for key, value in (
                ("choose_folder", choose_folder),
                ("choose_certificate", choose_certificate),
                ("choose_save_path", choose_save_path),
            )
            if value is not None
        }
        self.recent_files = RecentFiles(settings)
        self.create_dialog: CreateCaseFileDialog | None = None

        title = QLabel(self.tr("Benelux Case Desk"))
        title.setObjectName("welcomeTitle")
        title.setStyleSheet("font-size: 20pt; font-weight: 600;")
        explanation = QLabel(
            self.tr(
                "Cross-border cases, requests and loans of the Benelux police services, "
                "kept in an encrypted case file."
            )
        )
        explanation.setObjectName("welcomeExplanation")
        explanation.setWordWrap(True)

        recent_label = QLabel(self.tr("&Recent case files:"))
        self.recent = QListWidget()
        self.recent.setObjectName("recentFiles")
        self.recent.setAccessibleName(self.tr("Recent case files"))
        recent_label.setBuddy(self.recent)
        self.recent.itemActivated.connect(self._activated)
        self.recent.currentRowChanged.connect(self._selection_changed)
        self.empty = state_label(
            self.tr("No recent case files — create one, open one, or try the demo."),
            object_name="recentEmpty",
        )
        self.open_recent_button = QPushButton(self.tr("O&pen selected"))
        self.open_recent_button.setAccessibleName(self.tr("Open the selected recent case file"))
        self.open_recent_button.clicked.connect(self.open_selected)
        self.remove_button = QPushButton(self.tr("Re&move from list"))
        self.remove_button.setAccessibleName(self.tr("Remove the selected case file from the recent list"))
        self.remove_button.clicked.connect(self.remove_selected)

        self.create_button = QPushButton(self.tr("&Create a case file…"))
        self.create_button.setAccessibleName(self.tr("Create a case file"))
        self.create_button.clicked.connect(self.create_case_file)
        self.open_button = QPushButton(self.tr("&Open…"))
        self.open_button.setAccessibleName(self.tr("Open a case file"))
        self.open_button.clicked.connect(self.open_case_file)
        self.demo_button = QPushButton(self.tr("Open the &demo"))
        self.demo_button.setAccessibleName(self.tr("Open the demo case file"))
        self.demo_button.clicked.connect(self.open_demo)
        demo_note = QLabel(
            arg(
                self.tr(
                    "The demo holds invented cases; its passphrase is “%1”. Never use it for real cases."
                ),
                DEMO_PASSPHRASE,
            )
        )
        demo_note.setWordWrap(True)
        demo_note.setObjectName("demoNote")
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setVisible(False)
        self.busy.setAccessibleName(self.tr("Preparing the demo case file"))
        self.status = QLabel()
        self.status.setObjectName("welcomeStatus")
        self.status.setWordWrap(True)
        self.error = error_label("welcomeError", self.tr("Error"))

        actions = QHBoxLayout()
        actions.addWidget(self.create_button)
        actions.addWidget(self.open_button)
        actions.addWidget(self.demo_button)
        recent_actions = QHBoxLayout()
        recent_actions.addWidget(self.open_recent_button)
        recent_actions.addStretch(1)
        recent_actions.addWidget(self.remove_button)
        card = QFrame()
        card.setObjectName("welcomeCard")
        card.setMinimumWidth(420)
        card.setMaximumWidth(640)
        layout = QVBoxLayout(card)
        layout.addWidget(title)
        layout.addWidget(explanation)
        layout.addSpacing(8)
        layout.addLayout(actions)
        layout.addWidget(demo_note)
        layout.addWidget(self.busy)
        layout.addWidget(self.status)
        layout.addWidget(self.error)
        layout.addSpacing(8)
        layout.addWidget(recent_label)
        layout.addWidget(self.recent, 1)
        layout.addWidget(self.empty)
        layout.addLayout(recent_actions)
        outer = QVBoxLayout(self)
        outer.addWidget(card, 1, Qt.AlignmentFlag.AlignHCenter)
        for before, after in (
            (self.create_button, self.open_button),
            (self.open_button, self.demo_button),
            (self.demo_button, self.recent),
            (self.recent, self.open_recent_button),
            (self.open_recent_button, self.remove_button),
        ):
            self.setTabOrder(before, after)
        self.refresh()

    # -- the recent list -----------------------------------------------------------------------

    def refresh(self) -> None:
        """Re-read the recent list and whether each file is still there."""
        selected = self._selected_path()
        self.recent.clear()
        muted = self.palette().brush(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        for path in self.recent_files.paths():
            missing = not path.is_dir()
            text = arg(self.tr("%1 — not found"), path) if missing else str(path)
            item = QListWidgetItem(text)
            item.setData(PathRole, str(path))
            item.setData(MissingRole, missing)
            item.setToolTip(str(path))
            if missing:
                item.setForeground(QBrush(muted))
            self.recent.addItem(item)
            if selected == path:
                self.recent.setCurrentItem(item)
        has_items = self.recent.count() > 0
        self.recent.setVisible(has_items)
        self.empty.setVisible(not has_items)
        self._selection_changed()

    def showEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        self.refresh()  # a file may have been moved or deleted meanwhile
        super().showEvent(event)

    def _selected_path(self) -> Path | None:
        item = self.recent.currentItem()
        return Path(item.data(PathRole)) if item is not None else None

    def _selection_changed(self, *_args: object) -> None:
        item = self.recent.currentItem()
        self.remove_button.setEnabled(item is not None and not self._busy)
        self.open_recent_button.setEnabled(item is not None and not item.data(MissingRole) and not self._busy)

    def _activated(self, item: QListWidgetItem) -> None:
        self.recent.setCurrentItem(item)
        self.open_selected()

    def open_selected(self) -> None:
        item = self.recent.currentItem()
        if item is None or self._busy:
            return
        path = Path(item.data(PathRole))
        if not path.is_dir():
            self.refresh()
            self.error.setText(
                arg(self.tr("%1 was not found; remove it from the list, or open it where it is now."), path)
            )
            return
        self._open(path)

    def remove_selected(self) -> None:
        path = self._selected_path()
        if path is None:
            return
        self.recent_files.remove(path)
        self.error.clear()
        self.refresh()

    # -- actions -------------------------------------------------------------------------------

    def _open(self, path: Path) -> None:
        self.error.clear()
        self.recent_files.add(path)
        self.refresh()
        self.sig_open.emit(path.absolute())

    def open_case_file(self) -> None:
        """ "Open…": a NAME.casedesk folder chosen in a file dialog."""
        chosen = self._choose_case_file(self)
        if chosen is None:
            return
        chosen = Path(chosen)
        if chosen.suffix != SUFFIX:
            self.error.setText(self.tr("Choose a case-file folder: its name ends in .casedesk."))
            return
        if not chosen.is_dir():
            self.error.setText(arg(self.tr("There is no case file at %1."), chosen))
            return
        self._open(chosen)

    def create_case_file(self) -> None:
        """ "Create a case file…": the wizard, non-modal; when it finishes, its file is opened."""
        if self.create_dialog is not None:
            self.create_dialog.raise_()
            self.create_dialog.activateWindow()
            return
        dialog = CreateCaseFileDialog(self._worker, self, kdf=self._kdf, **self._dialog_choosers)  # type: ignore[arg-type]
        dialog.sig_created.connect(self._open)
        dialog.finished.connect(self._dialog_closed)
        self.create_dialog = dialog
        dialog.open()

    def _dialog_closed(self, _result: int) -> None:
        if self.create_dialog is not None:
            self.create_dialog.deleteLater()
            self.create_dialog = None

    def open_demo(self) -> None:
        """Make the demo case file if it is missing (on the worker), then ask to unlock it."""
        if self._busy:
            return
        path = self._demo_path
        self.error.clear()
        if path.is_dir():
            self._demo_ready(path)
            return
        self._set_busy(True)
        self.status.setText(self.tr("Making the demo case file; this takes a few seconds the first time…"))
        kdf = self._kdf
        self._worker.run(lambda: ensure_demo(path, kdf=kdf), self._demo_ready, self._demo_failed)

    def _demo_ready(self, path: Path) -> None:
        self._set_busy(False)
        self.status.clear()
        self.recent_files.add(path)
        self.refresh()
        self.sig_open_demo.emit(Path(path).absolute())

    def _demo_failed(self, error: Exception) -> None:
        self._set_busy(False)
        self.status.clear()
        if failure_kind(error) == "internal":
            self.error.setText(self.tr("The demo case file could not be made."))
        else:
            self.error.setText(tell(error))

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.busy.setVisible(busy)
        for button in (self.create_button, self.open_button, self.demo_button):
            button.setEnabled(not busy)
        self._selection_changed()

    @property
    def demo_path(self) -> Path:
        return self._demo_path
