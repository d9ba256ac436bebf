"""One window per user session: the local socket a second `casedesk-gui PATH` hands its PATH to.

Only QtCore and QtNetwork, no window and no case-file code: `desktop.ui.start` imports this
module alone to forward a path to a running instance in a fraction of a second, before anything
heavy is loaded. `desktop.ui.launch` acts on what arrives (see its docstring for the protocol).
"""

from __future__ import annotations

import getpass
import hashlib
import os
import stat
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import shiboken6
from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

MAX_MESSAGE_BYTES = 4096
"""The longest line a second instance may send, newline included (PATH_MAX on Linux)."""
CONNECTION_TIMEOUT_MS = 2000
"""A connection that has not sent its line by then is dropped."""
FORWARD_TIMEOUT_MS = 1000
"""How long a second instance waits for the running one before starting its own window."""
_UNIX_SOCKET_PATH_MAX = 100  # sun_path holds 104–108 bytes, depending on the system


def absolute(given: str | os.PathLike[str]) -> Path:
    """`given` made absolute against the current folder, `~` expanded, `..` folded."""
    return Path(os.path.normpath(Path(given).expanduser().absolute()))


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


def probe(path: Path, test: str = "exists") -> bool:
    """`path.exists()` (or `is_file`, `is_dir`) that answers False instead of raising: a name too
    long, a folder this user may not enter or a NUL are not ours to open, and must not crash."""
    try:
        return bool(getattr(path, test)())
    except (OSError, ValueError):
        return False


def encode_message(given: str | os.PathLike[str] | None) -> bytes:
    """The line a second instance sends: the absolute path if it exists and fits, else empty."""
    if given is None:
        return b"\n"
    path = absolute(given)
    try:
        data = str(path).encode("utf-8") + b"\n"
    except UnicodeEncodeError:  # a name that is not UTF-8 on disk cannot be sent
        return b"\n"
    if not probe(path) or len(data) > MAX_MESSAGE_BYTES:
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
    if "\x00" in text or not Path(text).is_absolute() or not probe(Path(text)):
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
        print(
            f"casedesk-gui: {absolute(given)} was not handed over: it does not exist or cannot be named.",
            file=sys.stderr,
        )
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
