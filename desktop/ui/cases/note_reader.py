"""The selected note of a case in full, under the notes list (GUI thread only).

The notes list shows one line per note; a long note is read here: its whole text, wrapped,
selectable and read-only, with who wrote it, when (local time with the zone) and its handling code.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from desktop.services.cases import NoteItem, local_time_text
from desktop.ui.cases.common import system_zone
from desktop.ui.i18n import arg


class NoteReader(QWidget):
    """Shows one `NoteItem`, or says how to pick one; `show_note(None, …)` empties it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("noteReader")
        caption = QLabel(self.tr("&Selected note:"))
        self.meta = QLabel()
        self.meta.setObjectName("noteMeta")
        self.meta.setWordWrap(True)
        self.meta.setTextFormat(Qt.TextFormat.PlainText)
        self.meta.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.meta.setAccessibleName(self.tr("Author, time and handling code of the selected note"))
        self.text = QPlainTextEdit()
        self.text.setObjectName("noteText")
        self.text.setReadOnly(True)
        self.text.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.text.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.text.setTabChangesFocus(True)
        self.text.setAccessibleName(self.tr("Text of the selected note"))
        caption.setBuddy(self.text)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(caption)
        layout.addWidget(self.meta)
        layout.addWidget(self.text, 1)

    def show_note(self, note: NoteItem | None, *, any_notes: bool) -> None:
        """`note` in full; without one, a hint if the case has notes to pick from, else nothing."""
        if note is None:
            self.text.clear()
            self.meta.setText(self.tr("Select a note to read it in full.") if any_notes else "")
            return
        when = local_time_text(note.created_at, system_zone())
        author = note.author
        if author:
            meta = arg(self.tr("Written by %1 on %2 · handling code %3"), author, when, note.handling_code)
        else:
            meta = arg(self.tr("Written on %1 · handling code %2"), when, note.handling_code)
        self.meta.setText(meta)
        self.text.setPlainText(note.body)
