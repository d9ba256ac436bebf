"""Ways into the verify dialog: dropping a package anywhere on the window, or "Import package…".

`install_drop_target(window, open_verify)` makes the whole window a drop zone for `.asice` and
`.p7m` files: an application-wide event filter takes the drag events of every widget of that
window (a line edit under the cursor would otherwise take a dropped file's path as text), accepts
only drags carrying such local files and hands each dropped path to `open_verify`. Other drags
pass through untouched. The file is not read here: the verify dialog reads it on the worker.

A widget that takes dropped files itself (the Cases page's attachment list, where a package is
just another file to attach) opts out by setting the dynamic property `casedeskOwnDrops` to True
(`widget.setProperty(OWN_DROPS_PROPERTY, True)`): drags over it or any widget inside it are left
to it, packages included.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QMimeData, QObject
from PySide6.QtGui import QAction, QDragEnterEvent, QDragMoveEvent, QDropEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QFileDialog, QWidget

from desktop.services.session_exchange import PACKAGE_SUFFIXES  # one list: the importer's
from desktop.ui.i18n import translate

MAX_FILES_PER_DROP = 5  # each opens a dialog; a slip of the mouse must not open fifty
OWN_DROPS_PROPERTY = "casedeskOwnDrops"
"""Dynamic property: True on a widget that handles drops itself (its children included)."""

_CONTEXT = "PackageFiles"
_IMPORT_TITLE = QT_TRANSLATE_NOOP("PackageFiles", "Import package")
_IMPORT_FILTER = QT_TRANSLATE_NOOP("PackageFiles", "Request packages (*.asice *.p7m);;All files (*)")
_IMPORT_ACTION = QT_TRANSLATE_NOOP("PackageFiles", "&Import package…")
_IMPORT_TIP = QT_TRANSLATE_NOOP("PackageFiles", "Verify a package a partner sent, then import it")

OpenVerify = Callable[[Path], None]
PackageChooser = Callable[[QWidget], "Path | None"]


def package_paths(mime: QMimeData | None) -> list[Path]:
    """The local .asice/.p7m files a drag carries, in order (none for anything else)."""
    if mime is None or not mime.hasUrls():
        return []
    paths = []
    for url in mime.urls():
        if not url.isLocalFile():
            continue
        path = Path(url.toLocalFile())
        if path.suffix.lower() in PACKAGE_SUFFIXES:
            paths.append(path)
    return paths[:MAX_FILES_PER_DROP]


class DropTarget(QObject):
    """Catches package drops on every widget of `window` (GUI thread); parented to the window."""

    def __init__(self, window: QWidget, open_verify: OpenVerify) -> None:
        super().__init__(window)
        self._window = window
        self._open_verify = open_verify
        # Drag events only reach a widget that accepts drops, or one of its ancestors that does.
        window.setAcceptDrops(True)

    def _ours(self, watched: QObject) -> bool:
        return isinstance(watched, QWidget) and watched.window() is self._window

    def _handled_below(self, widget: QWidget) -> bool:
        """True if `widget` or an ancestor below the window takes its own drops."""
        current: QWidget | None = widget
        while current is not None and current is not self._window:
            if current.property(OWN_DROPS_PROPERTY) is True:
                return True
            current = current.parentWidget()
        return False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind not in (QEvent.Type.DragEnter, QEvent.Type.DragMove, QEvent.Type.Drop):
            return False
        if not self._ours(watched):
            return False
        assert isinstance(watched, QWidget)
        if self._handled_below(watched):
            return False  # that widget's own drop handling decides
        assert isinstance(event, QDragEnterEvent | QDragMoveEvent | QDropEvent)
        paths = package_paths(event.mimeData())
        if not paths:
            return False  # not a package: the widget under the cursor decides
        event.acceptProposedAction()
        if kind == QEvent.Type.Drop:
            for path in paths:
                self._open_verify(path)
        return True

    def remove(self) -> None:
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)


def install_drop_target(window: QWidget, open_verify: OpenVerify) -> DropTarget:
    """Make dropping a .asice/.p7m file anywhere on `window` call `open_verify(path)`."""
    target = DropTarget(window, open_verify)
    app = QApplication.instance()
    assert app is not None, "create the QApplication first"
    app.installEventFilter(target)
    return target


def choose_package_file(parent: QWidget) -> Path | None:
    """The platform's Open dialog for a package (production only; tests inject their own)."""
    name, _filter = QFileDialog.getOpenFileName(
        parent,
        translate(_CONTEXT, _IMPORT_TITLE),
        "",
        translate(_CONTEXT, _IMPORT_FILTER),
    )
    return Path(name) if name else None


def import_package_action(
    parent: QWidget, open_verify: OpenVerify, *, choose_file: PackageChooser | None = None
) -> QAction:
    """The "Import package…" action (Ctrl+Shift+I): choose a file, then open the verify dialog."""
    chooser = choose_file or choose_package_file
    action = QAction(translate(_CONTEXT, _IMPORT_ACTION), parent)
    action.setObjectName("importPackageAction")
    action.setShortcut(QKeySequence("Ctrl+Shift+I"))
    action.setToolTip(translate(_CONTEXT, _IMPORT_TIP))

    def triggered() -> None:
        path = chooser(parent)
        if path is not None:
            open_verify(path)

    action.triggered.connect(triggered)
    return action
