"""The contract between the main window and each page of its side navigation.

A page is built without a case file; `attach` gives it the database worker bound to the open
file's services, `detach` (on lock) must drop everything the page shows of the case, `refresh`
reloads from the file, and `on_changes` receives every broadcast `Changes`. A page that changes
the case file emits `sig_changed` with what it touched. Pages never reach into other pages or the
window: the window wires them.

A hidden page does not reload on a broadcast (verifying the whole audit chain behind the user's
back on every change would be wasted work): it is marked stale, and a stale page reloads when it
is shown — the one place a page reloads on being shown. The window marks the page it navigates to
stale, so every visit shows fresh data with exactly one load.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QWidget

from desktop.ui.changes import Changes
from desktop.ui.operations import ServicesWorker


class Page(QWidget):
    """Base class of the navigation pages (GUI thread)."""

    sig_changed = Signal(object)  # a Changes value, for the window to broadcast

    #: flags of `Changes` that make this page reload when another page changed them
    WATCHES: tuple[str, ...] = ()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._worker: ServicesWorker | None = None
        self._stale = False

    @property
    def worker(self) -> ServicesWorker | None:
        return self._worker

    def attach(self, worker: ServicesWorker) -> None:
        """Given the open file's worker: load now if the page is shown, else when it is first shown.

        Loading every page at unlock would queue a dozen reads (the audit chain's verification
        among them) and fill hidden tables on the GUI thread while the user waits for the first.
        """
        self._worker = worker
        self.mark_stale()

    def detach(self) -> None:
        """The case file is being locked: forget the worker and clear every shown value."""
        self._worker = None

    def refresh(self) -> None:
        """Reload what the page shows from the case file."""

    @property
    def stale(self) -> bool:
        """True if the page must reload before it is seen again."""
        return self._stale

    def mark_stale(self) -> None:
        """Reload when next shown (at once if the page is on screen)."""
        if self._worker is None:
            return
        if self.isVisible():
            self._stale = False
            self.refresh()
        else:
            self._stale = True

    def on_changes(self, changes: Changes) -> None:
        if changes.origin is self or self._worker is None:
            return
        if changes.touches(*self.WATCHES):
            self.mark_stale()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale and self._worker is not None:
            self._stale = False
            self.refresh()

    def emit_changes(self, **flags: bool) -> None:
        """Tell the window what this page's operation changed."""
        self.sig_changed.emit(Changes(origin=self, **flags))
