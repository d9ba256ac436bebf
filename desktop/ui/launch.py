"""What `casedesk-gui PATH` was handed, and one window per user session that takes every such PATH.

A file manager starts `casedesk-gui %f` with a case-file folder (NAME.casedesk), a file inside one
(NAME.casedesk/keyslots.json, …/case.db), or a request package (.asice, .asice.p7m, .p7m).

* `classify(path)` says which: a case file (its folder), a package, missing, or unsupported.
* `LaunchRouter` (one per window, `window.launcher`) acts on it in the window, GUI thread:
  a case file → its unlock screen (asking first, window-modal, if another case file is unlocked);
  a package → the verify dialog at once when a case file is unlocked, exactly like a drop on the
  window; otherwise it waits, in memory only, until the next unlock, with a notice over the start
  screens (`desktop.ui.welcome.notice`) whose Dismiss forgets it; anything else → one sentence.
* Single instance: `main()` first offers PATH to a running instance (`forward`); only when none
  answers does it start its window and `start_server(window, name)`. The message on the local
  socket is one UTF-8 line: an absolute path that exists (opened, then the window is raised), or
  an empty line (the window is only raised); anything else is ignored. The socket lives in the
  user's private runtime folder when there is one, and is created with UserAccessOption, so
  other users cannot connect. MainWindow never starts a server: tests run many windows at once.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QMessageBox

from desktop.ui.exchange.drop import MAX_FILES_PER_DROP, PACKAGE_SUFFIXES
from desktop.ui.i18n import arg
from desktop.ui.instance import (  # re-exported: the launch vocabulary in one place
    MAX_MESSAGE_BYTES,
    InstanceServer,
    Options,
    absolute,
    encode_message,
    forward,
    parse_arguments,
    parse_message,
    probe,
    server_name,
)
from desktop.ui.welcome.create import SUFFIX
from desktop.ui.welcome.notice import PendingPackageNotice

if TYPE_CHECKING:
    from desktop.ui.app import MainWindow

__all__ = [
    "MAX_MESSAGE_BYTES",
    "InstanceServer",
    "Kind",
    "LaunchRouter",
    "Options",
    "Target",
    "classify",
    "encode_message",
    "forward",
    "parse_arguments",
    "parse_message",
    "server_name",
    "start_server",
]


# -- what a path is ----------------------------------------------------------------------------


class Kind(StrEnum):
    CASE_FILE = "case_file"
    PACKAGE = "package"
    MISSING = "missing"
    UNSUPPORTED = "unsupported"


@dataclass(frozen=True)
class Target:
    """`path` is the case-file folder for CASE_FILE, otherwise the given path made absolute."""

    kind: Kind
    path: Path


def classify(given: str | os.PathLike[str]) -> Target:
    """Which of a case file, a package, a missing or an unsupported path `given` is."""
    path = absolute(given)
    if not probe(path):
        return Target(Kind.MISSING, path)
    if probe(path, "is_file") and path.name.lower().endswith(PACKAGE_SUFFIXES):
        return Target(Kind.PACKAGE, path)
    for candidate in (path, *path.parents):
        if candidate.suffix == SUFFIX and probe(candidate, "is_dir"):
            return Target(Kind.CASE_FILE, candidate)
    return Target(Kind.UNSUPPORTED, path)


# -- acting on a path in the window ---------------------------------------------------------------


class LaunchRouter(QObject):
    """Opens what the application is handed in `window` (GUI thread); owned by the window."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self._pending: list[Path] = []
        self.notice = PendingPackageNotice()
        self.notice.sig_dismissed.connect(self.forget)
        self.question: QMessageBox | None = None

    @property
    def pending(self) -> tuple[Path, ...]:
        """Packages waiting for the next unlock (in memory only)."""
        return tuple(self._pending)

    def open(self, given: str | os.PathLike[str]) -> Target:
        """Act on `given` as the window's answer to `casedesk-gui PATH`; returns what it was."""
        target = classify(given)
        if target.kind is Kind.CASE_FILE:
            self._open_case_file(target.path)
        elif target.kind is Kind.PACKAGE:
            self._open_package(target.path)
        elif target.kind is Kind.MISSING:
            self._tell(arg(self.tr("There is no file or folder at %1."), target.path))
        else:
            self._tell(
                arg(
                    self.tr(
                        "%1 is neither a case file (a folder ending in .casedesk) "
                        "nor a request package (.asice, .p7m)."
                    ),
                    target.path,
                )
            )
        return target

    def handle_message(self, message: str) -> None:
        """A second instance's line (already validated): open the path if any, then show the window."""
        if message:
            self.open(message)
        raise_window(self._window)

    def unlocked(self) -> None:
        """The window has just unlocked a case file: verify the packages that waited for it."""
        waiting, self._pending = self._pending, []
        self.notice.clear()
        for path in waiting:
            self._window.verify_package(path)

    def forget(self) -> None:
        """Dismissed: the waiting packages are not verified."""
        self._pending.clear()
        self.notice.clear()

    def _open_case_file(self, folder: Path) -> None:
        window = self._window
        current = window.case_path
        if window.is_unlocked and current is not None:
            if _same(current, folder):
                return  # already open: showing the window is all there is to do
            self._ask(current, folder)
            return
        window.welcome_widget.error.clear()
        window.open_file(folder)

    def _ask(self, current: Path, folder: Path) -> None:
        """Lock the open case file only if the person says so (window-modal, No by default)."""
        if self.question is not None and shiboken6.isValid(self.question):
            self.question.reject()  # an older question about another file: that one is a No
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self._window.windowTitle(),
            arg(self.tr("Lock %1 and open %2?"), current.name, folder.name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self._window,
        )
        box.setObjectName("lockAndOpenQuestion")
        box.setInformativeText(str(folder))
        box.setDefaultButton(QMessageBox.StandardButton.No)
        box.setEscapeButton(QMessageBox.StandardButton.No)
        box.setWindowModality(Qt.WindowModality.WindowModal)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.finished.connect(lambda _result: self._answered(box, folder))
        self.question = box
        box.open()

    def _answered(self, box: QMessageBox, folder: Path) -> None:
        yes = box.clickedButton() is box.button(QMessageBox.StandardButton.Yes)
        if self.question is box:
            self.question = None
        if yes:
            self._window.open_file(folder)  # locks the open case file first

    def _open_package(self, path: Path) -> None:
        if self._window.is_unlocked:
            self._window.verify_package(path)  # what a drop on the window does
            return
        if path not in self._pending:
            self._pending.append(path)
        del self._pending[:-MAX_FILES_PER_DROP]
        self.notice.show_names([p.name for p in self._pending])

    def _tell(self, sentence: str) -> None:
        """On the welcome screen when it shows; over whatever else shows otherwise."""
        window = self._window
        welcome = window.welcome_widget
        if welcome.isVisibleTo(window):
            welcome.error.setText(sentence)
            return
        box = QMessageBox(QMessageBox.Icon.Information, window.windowTitle(), sentence, parent=window)
        box.setObjectName("launchProblem")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()


def _same(one: Path, other: Path) -> bool:
    try:
        return one.samefile(other)
    except OSError:
        return absolute(one) == absolute(other)


def raise_window(window: MainWindow) -> None:
    """Bring the window to the front (the desktop may only flash it: focus-stealing prevention)."""
    window.setWindowState(window.windowState() & ~Qt.WindowState.WindowMinimized)
    window.show()
    window.raise_()
    window.activateWindow()


def start_server(window: MainWindow, name: str) -> InstanceServer | None:
    """Serve `name` for `window` (main() only). None if another live instance serves it."""
    server = InstanceServer(name, window)
    if not server.listen():
        server.deleteLater()
        return None
    server.sig_message.connect(window.launcher.handle_message)
    return server
