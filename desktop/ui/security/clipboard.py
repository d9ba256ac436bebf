"""Copying a secret (a recovery code, a reference someone will paste elsewhere) for a short time.

`SecureClipboard.copy(text)` puts the text on the clipboard marked as a secret for clipboard
managers (KDE Klipper and wl-clip-persist honour x-kde-passwordManagerHint; Windows and macOS
have their own markers, set on those systems), and clears it after `seconds` — but only if the
clipboard still holds that text: whatever the user copied meanwhile is theirs and stays.
`clear_now()` does the same at once (the window calls it when it locks).

Text copied some other way inside the application — Ctrl+C in a selectable label holding the
recovery code, a case's facts, a request's text — is adopted too: on every change the
application itself made (`QClipboard.ownsClipboard()`), the content is re-marked as secret (its
text and other formats kept) and the clear timer starts. On lock, whatever the application put
on the clipboard is cleared. A change another program made is never touched.

The copied text itself is not kept: only an HMAC of it under a key that lives as long as the
object, compared in constant time.

GUI thread only.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import sys
from collections.abc import Callable

from PySide6.QtCore import QMimeData, QObject, QTimer, Signal
from PySide6.QtGui import QClipboard, QGuiApplication

DEFAULT_SECONDS = 30

HISTORY_HINT_TYPE = "x-kde-passwordManagerHint"
"""Freedesktop clipboard managers leave entries carrying this type (value "secret") out of history."""


def _platform_markers() -> dict[str, bytes]:
    """Mime entries that keep the text out of clipboard history and cloud sync on this system."""
    markers = {HISTORY_HINT_TYPE: b"secret"}
    if sys.platform == "win32":
        zero = (0).to_bytes(4, "little")  # a DWORD 0: "no"
        win = 'application/x-qt-windows-mime;value="%s"'
        markers[win % "ExcludeClipboardContentFromMonitorProcessing"] = zero
        markers[win % "CanIncludeInClipboardHistory"] = zero
        markers[win % "CanUploadToCloudClipboard"] = zero
    elif sys.platform == "darwin":
        markers["application/x-nspasteboard-concealed-type"] = b"secret"
    return markers


# Platforms whose clipboard lives inside this process: no other program can have written it, but
# their QPlatformClipboard answers "not ours" to every ownership question.
_IN_PROCESS_PLATFORMS = ("offscreen", "minimal")


def application_owns_clipboard() -> bool:
    """True if this application put the current clipboard content there (GUI thread)."""
    clipboard = QGuiApplication.clipboard()
    if clipboard.ownsClipboard():
        return True
    return QGuiApplication.platformName() in _IN_PROCESS_PLATFORMS


def _is_empty(mime: QMimeData | None) -> bool:
    return mime is None or not mime.formats()


class SecureClipboard(QObject):
    """Copies text for `seconds` (DEFAULT_SECONDS unless set), then clears it if it is still ours.

    `owns_clipboard` answers whether this application made the current clipboard content; it is
    the platform's answer (`application_owns_clipboard`) unless a test plays another program.
    """

    sig_cleared = Signal()  # the clipboard held our copy, or the application's, and was emptied
    sig_adopted = Signal()  # a copy made elsewhere in the application was marked and timed

    def __init__(
        self,
        seconds: int = DEFAULT_SECONDS,
        parent: QObject | None = None,
        *,
        owns_clipboard: Callable[[], bool] = application_owns_clipboard,
    ) -> None:
        super().__init__(parent)
        self._key = os.urandom(32)
        self._digest: bytes | None = None
        self._seconds = DEFAULT_SECONDS
        self._milliseconds: int | None = None
        self._owns = owns_clipboard
        self._writing = False  # True while this object itself sets the clipboard
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._expired)
        self.set_seconds(seconds)
        QGuiApplication.clipboard().dataChanged.connect(self._changed)
        self._watching = True

    @property
    def seconds(self) -> int:
        return self._seconds

    def set_seconds(self, seconds: int) -> None:
        """How long later copies stay on the clipboard (at least 1 second)."""
        if seconds < 1:
            raise ValueError("the clipboard must be cleared after at least one second")
        self._seconds = int(seconds)
        self._milliseconds = None

    def set_milliseconds(self, milliseconds: int) -> None:
        """Like `set_seconds` in milliseconds (tests use short delays)."""
        self._milliseconds = max(1, int(milliseconds))

    def _delay(self, seconds: int | None = None, milliseconds: int | None = None) -> int:
        if milliseconds is not None:
            return max(1, milliseconds)
        if seconds is not None:
            return 1000 * seconds
        return self._milliseconds if self._milliseconds is not None else 1000 * self._seconds

    @property
    def delay_ms(self) -> int:
        """The delay of the last copy, in milliseconds."""
        return self._timer.interval()

    @property
    def pending(self) -> bool:
        """True while a copy of ours waits to be cleared."""
        return self._timer.isActive()

    def copy(self, text: str, seconds: int | None = None, *, milliseconds: int | None = None) -> None:
        """Put `text` on the clipboard, marked as secret; clear it after `seconds` if still ours.

        `milliseconds` overrides `seconds` (tests use short delays).
        """
        mime = QMimeData()
        mime.setText(text)
        for kind, value in _platform_markers().items():
            mime.setData(kind, value)
        self._digest = self._fingerprint(text)
        self._set(mime)
        self._timer.start(self._delay(seconds or None, milliseconds))

    def _set(self, mime: QMimeData) -> None:
        self._writing = True
        try:
            QGuiApplication.clipboard().setMimeData(mime, QClipboard.Mode.Clipboard)
        finally:
            self._writing = False

    def _changed(self) -> None:
        """The clipboard changed: adopt what the application copied some other way (Ctrl+C)."""
        if self._writing or not self._owns():
            return
        clipboard = QGuiApplication.clipboard()
        mime = clipboard.mimeData(QClipboard.Mode.Clipboard)
        if _is_empty(mime):
            return  # cleared: nothing to mark or time
        assert mime is not None
        markers = _platform_markers()
        marked = all(mime.hasFormat(kind) for kind in markers)
        if marked and self.holds_our_text():
            return  # our own copy, announced late (some platforms signal asynchronously)
        text = clipboard.text(QClipboard.Mode.Clipboard)
        if not marked:
            # Marked afresh in place: every format the widget offered (text, HTML) is kept.
            remarked = QMimeData()
            for kind in mime.formats():
                remarked.setData(kind, mime.data(kind))
            for kind, value in markers.items():
                remarked.setData(kind, value)
            self._set(remarked)
        self._digest = self._fingerprint(text)
        self._timer.start(self._delay())
        self.sig_adopted.emit()

    def holds_our_text(self) -> bool:
        """True if the clipboard holds exactly the text we last copied."""
        if self._digest is None:
            return False
        current = QGuiApplication.clipboard().text(QClipboard.Mode.Clipboard)
        return hmac.compare_digest(self._fingerprint(current), self._digest)

    def clear_now(self) -> bool:
        """Empty the clipboard if it holds our text or anything the application put there (on
        lock); True if it was emptied."""
        self._timer.stop()
        clipboard = QGuiApplication.clipboard()
        cleared = not _is_empty(clipboard.mimeData(QClipboard.Mode.Clipboard)) and (
            self.holds_our_text() or self._owns()
        )
        if cleared:
            self._writing = True
            try:
                clipboard.clear(QClipboard.Mode.Clipboard)
            finally:
                self._writing = False
            self.sig_cleared.emit()
        self._digest = None
        return cleared

    def stop(self) -> None:
        """Stop watching the clipboard and timing (the window is closing; call `clear_now` first)."""
        self._timer.stop()
        if self._watching:
            self._watching = False
            QGuiApplication.clipboard().dataChanged.disconnect(self._changed)

    def _expired(self) -> None:
        # Still the application's after the delay: every later copy inside it restarted the timer,
        # so what it holds has been there long enough. Another program's content stays.
        self.clear_now()

    def _fingerprint(self, text: str) -> bytes:
        return hmac.new(self._key, text.encode("utf-8", "surrogatepass"), hashlib.sha256).digest()
