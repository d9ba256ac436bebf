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

import getpass
import hashlib
import os
import stat
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket
from PySide6.QtWidgets import QMessageBox

from desktop.ui.exchange.drop import MAX_FILES_PER_DROP, PACKAGE_SUFFIXES
from desktop.ui.i18n import arg
from desktop.ui.welcome.create import SUFFIX
from desktop.ui.welcome.notice import PendingPackageNotice

if TYPE_CHECKING:
    from desktop.ui.app import MainWindow

MAX_MESSAGE_BYTES = 4096
"""The longest line a second instance may send, newline included (PATH_MAX on Linux)."""
CONNECTION_TIMEOUT_MS = 2000
"""A connection that has not sent its line by then is dropped."""
FORWARD_TIMEOUT_MS = 1000
"""How long a second instance waits for the running one before starting its own window."""
_UNIX_SOCKET_PATH_MAX = 100  # sun_path holds 104–108 bytes, depending on the system


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


def absolute(given: str | os.PathLike[str]) -> Path:
    """`given` made absolute against the current folder, `~` expanded, `..` folded."""
    return Path(os.path.normpath(Path(given).expanduser().absolute()))


def classify(given: str | os.PathLike[str]) -> Target:
    """Which of a case file, a package, a missing or an unsupported path `given` is."""
    path = absolute(given)
    if not path.exists():
        return Target(Kind.MISSING, path)
    if path.is_file() and path.name.lower().endswith(PACKAGE_SUFFIXES):
        return Target(Kind.PACKAGE, path)
    for candidate in (path, *path.parents):
        if candidate.suffix == SUFFIX and candidate.is_dir():
            return Target(Kind.CASE_FILE, candidate)
    return Target(Kind.UNSUPPORTED, path)


@dataclass(frozen=True)
class Options:
    path: str | None = None
    demo: bool = False
    new_instance: bool = False


# Qt's own command-line options that take a value (QGuiApplication): their value is not a PATH.
_QT_OPTIONS_WITH_VALUE = frozenset(
    {"-platform", "-platformpluginpath", "-platformtheme", "-plugin", "-qwindowgeometry",
     "-qwindowicon", "-qwindowtitle", "-style", "-stylesheet", "-display", "-geometry", "-title"}
)  # fmt: skip


def parse_arguments(arguments: Sequence[str]) -> Options:
    """`casedesk-gui [--demo] [--new-instance] [PATH]` (the first PATH counts; unknown flags are Qt's)."""
    paths: list[str] = []
    skip_next = False
    for argument in arguments:
        if skip_next:
            skip_next = False
        elif argument.startswith("-"):
            skip_next = argument in _QT_OPTIONS_WITH_VALUE
        else:
            paths.append(argument)
    return Options(paths[0] if paths else None, "--demo" in arguments, "--new-instance" in arguments)


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


# -- one instance per user session ------------------------------------------------------------------


def _user() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no login name in the environment nor in the password database
        return str(os.getuid()) if hasattr(os, "getuid") else "user"


def _private_folder(folder: str | None) -> Path | None:
    """`folder` if it is a directory of this user that nobody else may enter (POSIX only)."""
    if not folder or sys.platform == "win32":
        return None
    try:
        info = Path(folder).stat()
    except OSError:
        return None
    private = stat.S_ISDIR(info.st_mode) and info.st_uid == os.getuid() and not info.st_mode & 0o077
    return Path(folder) if private else None


def server_name(user: str | None = None, runtime_dir: str | None = None) -> str:
    """The local-socket name of this user's instance: a hash of the user name, in the private
    runtime folder ($XDG_RUNTIME_DIR) when there is one, else in Qt's default place."""
    digest = hashlib.sha256(f"casedesk-{user or _user()}".encode()).hexdigest()[:32]
    name = f"casedesk-{digest}"
    folder = _private_folder(runtime_dir if runtime_dir is not None else os.environ.get("XDG_RUNTIME_DIR"))
    if folder is not None:
        full = str(folder / name)
        if len(os.fsencode(full)) <= _UNIX_SOCKET_PATH_MAX:
            return full
    return name


def encode_message(given: str | os.PathLike[str] | None) -> bytes:
    """The line a second instance sends: the absolute path if it exists and fits, else empty."""
    if given is None:
        return b"\n"
    path = absolute(given)
    try:
        data = str(path).encode("utf-8") + b"\n"
    except UnicodeEncodeError:  # a name that is not UTF-8 on disk cannot be sent
        return b"\n"
    if not path.exists() or len(data) > MAX_MESSAGE_BYTES:
        return b"\n"
    return data


def parse_message(line: bytes) -> str | None:
    """The server's check of one line (without its newline): "" (only show the window), an
    absolute path that exists, or None (ignored)."""
    try:
        text = line.decode("utf-8")
    except UnicodeDecodeError:
        return None
    if text == "":
        return ""
    if "\x00" in text or not Path(text).is_absolute() or not Path(text).exists():
        return None
    return text


def forward(name: str, given: str | os.PathLike[str] | None, *, timeout_ms: int = FORWARD_TIMEOUT_MS) -> bool:
    """Hand `given` to the instance serving `name`. False when none answers (start a window then).

    Works without a QApplication. A path that does not exist is not sent (the running window is
    only raised); this process says why on stderr.
    """
    data = encode_message(given)
    socket = QLocalSocket()
    socket.connectToServer(name)
    if not socket.waitForConnected(timeout_ms):
        return False
    socket.write(data)
    socket.flush()
    while socket.bytesToWrite() > 0:
        if not socket.waitForBytesWritten(timeout_ms):
            socket.abort()
            return False
    socket.disconnectFromServer()
    if socket.state() != QLocalSocket.LocalSocketState.UnconnectedState:
        socket.waitForDisconnected(timeout_ms)
    if given is not None and data == b"\n":
        print(f"casedesk-gui: {absolute(given)} was not opened: it does not exist.", file=sys.stderr)
    return True


def _answers(name: str) -> bool:
    socket = QLocalSocket()
    socket.connectToServer(name)
    alive = socket.waitForConnected(300)
    socket.abort()
    return alive


class InstanceServer(QObject):
    """The running instance's end of the local socket (GUI thread). `sig_message` carries each
    validated line: "" (show the window) or an absolute path that exists."""

    sig_message = Signal(str)

    def __init__(self, name: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._name = name
        self._server = QLocalServer(self)
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self._server.newConnection.connect(self._accept)

    @property
    def name(self) -> str:
        return self._name

    def is_listening(self) -> bool:
        return self._server.isListening()

    def listen(self) -> bool:
        """Serve the name. False if another live instance serves it, or it cannot be claimed."""
        # Asked first: with UserAccessOption, Qt on Unix makes the socket elsewhere and renames it
        # over the name, so listening would quietly take the name from a live instance.
        if _answers(self._name):
            return False
        if self._server.listen(self._name):
            return True
        QLocalServer.removeServer(self._name)  # left behind by an instance that did not end cleanly
        return self._server.listen(self._name)

    def close(self) -> None:
        self._server.close()

    def _accept(self) -> None:
        while (socket := self._server.nextPendingConnection()) is not None:
            buffer = bytearray()
            timer = QTimer(socket)
            timer.setSingleShot(True)
            timer.timeout.connect(lambda s=socket: s.abort() if shiboken6.isValid(s) else None)
            timer.start(CONNECTION_TIMEOUT_MS)
            socket.readyRead.connect(lambda s=socket, b=buffer: self._read(s, b))
            socket.disconnected.connect(socket.deleteLater)
            self._read(socket, buffer)  # the line may be there already

    def _read(self, socket: QLocalSocket, buffer: bytearray) -> None:
        if not shiboken6.isValid(socket):
            return
        buffer.extend(bytes(socket.read(MAX_MESSAGE_BYTES + 1 - len(buffer))))
        end = buffer.find(b"\n")
        if end < 0:
            if len(buffer) > MAX_MESSAGE_BYTES:
                socket.abort()  # too long: not ours
            return
        line = bytes(buffer[:end])
        buffer.clear()
        socket.readyRead.disconnect()
        socket.disconnectFromServer()
        socket.deleteLater()  # also when the client had hung up already (no `disconnected` then)
        message = parse_message(line)
        if message is not None:
            self.sig_message.emit(message)


def start_server(window: MainWindow, name: str) -> InstanceServer | None:
    """Serve `name` for `window` (main() only). None if another live instance serves it."""
    server = InstanceServer(name, window)
    if not server.listen():
        server.deleteLater()
        return None
    server.sig_message.connect(window.launcher.handle_message)
    return server
