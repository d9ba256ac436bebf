"""Copying a secret (a recovery code, a reference someone will paste elsewhere) for a short time.

`SecureClipboard.copy(text)` puts the text on the clipboard marked as a secret for clipboard
managers (KDE Klipper and wl-clip-persist honour x-kde-passwordManagerHint; Windows and macOS
have their own markers, set on those systems), and clears it after `seconds` — but only if the
clipboard still holds that text: whatever the user copied meanwhile is theirs and stays.
`clear_now()` does the same at once (the window calls it when it locks).

The copied text itself is not kept: only an HMAC of it under a key that lives as long as the
object, compared in constant time.

GUI thread only.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import sys

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


class SecureClipboard(QObject):
    """Copies text for `seconds` (DEFAULT_SECONDS unless set), then clears it if it is still ours."""

    sig_cleared = Signal()  # the clipboard held our text and was emptied

    def __init__(self, seconds: int = DEFAULT_SECONDS, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._key = os.urandom(32)
        self._digest: bytes | None = None
        self._seconds = DEFAULT_SECONDS
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._expired)
        self.set_seconds(seconds)

    @property
    def seconds(self) -> int:
        return self._seconds

    def set_seconds(self, seconds: int) -> None:
        """How long later copies stay on the clipboard (at least 1 second)."""
        if seconds < 1:
            raise ValueError("the clipboard must be cleared after at least one second")
        self._seconds = int(seconds)

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
        QGuiApplication.clipboard().setMimeData(mime, QClipboard.Mode.Clipboard)
        delay = milliseconds if milliseconds is not None else 1000 * (seconds or self._seconds)
        self._timer.start(max(1, delay))

    def holds_our_text(self) -> bool:
        """True if the clipboard holds exactly the text we last copied."""
        if self._digest is None:
            return False
        current = QGuiApplication.clipboard().text(QClipboard.Mode.Clipboard)
        return hmac.compare_digest(self._fingerprint(current), self._digest)

    def clear_now(self) -> bool:
        """Empty the clipboard if it still holds our text (on lock); True if it was emptied."""
        self._timer.stop()
        cleared = self.holds_our_text()
        if cleared:
            clipboard = QGuiApplication.clipboard()
            clipboard.clear(QClipboard.Mode.Clipboard)
            self.sig_cleared.emit()
        self._digest = None
        return cleared

    def _expired(self) -> None:
        self.clear_now()

    def _fingerprint(self, text: str) -> bytes:
        return hmac.new(self._key, text.encode("utf-8", "surrogatepass"), hashlib.sha256).digest()
