"""A new passphrase typed twice, with a strength hint and one sentence when it cannot be used.

Used wherever a person chooses a passphrase: the first and further members of a new case file,
and a reset with the recovery code on the unlock screen. The rule (at least 8 characters, typed
the same twice) is the service's (`session_api.passphrase_problem`), the same as the CLI's.

`SecretReveal` is the show/hide toggle of a secret field (here, and the unlock screen's passphrase
and recovery code): an eye at the end of the field, or Alt+F8 in it, as on the Windows sign-in
screen. A secret is hidden by default and hidden again whenever it is handed over or cleared.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, Qt, Signal
from PySide6.QtGui import (
    QAction,
    QKeySequence,
)
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QToolButton, QWidget

from desktop.services.session_start import MIN_PASSPHRASE_LENGTH, passphrase_problem
from desktop.ui import icons, theme
from desktop.ui.i18n import arg, translate
from desktop.ui.widgets import error_label

_WITH_SHORTCUT = QT_TRANSLATE_NOOP("PassphrasePair", "%1 (Alt+F8)")


def strength_color(strength: int) -> str:
    """The hint's colour for a strength (0–3) in the palette in use: red, amber, green, green."""
    status = theme.colors()
    return (status.error, status.warning, status.ok, status.ok)[strength]


def passphrase_strength(text: str) -> int:
    """0 too short, 1 weak, 2 fair, 3 strong: length counts most, as for a passphrase of words."""
    if len(text) < MIN_PASSPHRASE_LENGTH:
        return 0
    words = len(text.split())
    kinds = sum(
        (
            any(c.islower() for c in text),
            any(c.isupper() for c in text),
            any(c.isdigit() for c in text),
            any(not c.isalnum() for c in text),
        )
    )
    if len(text) >= 20 or (words >= 4 and len(text) >= 16):
        return 3
    if len(text) >= 12 or kinds >= 3:
        return 2
    return 1


class SecretReveal(QObject):
    """The show/hide toggle at the end of `edit`, a password field; hidden by default (GUI thread).

    `show_text` / `hide_text` name what a press does ("Show the passphrase"): they are the
    button's accessible name and tooltip. `hide_secret()` masks the field again.
    """

    def __init__(self, edit: QLineEdit, show_text: str, hide_text: str) -> None:
        super().__init__(edit)
        self._edit = edit
        self._texts = (show_text, hide_text)
        self.action = QAction(edit)
        self.action.setCheckable(True)
        self.action.setShortcut(QKeySequence(Qt.Modifier.ALT | Qt.Key.Key_F8))
        self.action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        edit.addAction(self.action, QLineEdit.ActionPosition.TrailingPosition)
        self.action.toggled.connect(self._shown)
        self._shown(False)

    def is_shown(self) -> bool:
        return self.action.isChecked()

    def hide_secret(self) -> None:
        self.action.setChecked(False)

    def button(self) -> QToolButton | None:
        """The eye button Qt made for the action (what a screen reader announces)."""
        found = [o for o in self.action.associatedObjects() if isinstance(o, QToolButton)]
        return found[0] if found else None

    def _shown(self, shown: bool) -> None:
        self._edit.setEchoMode(QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password)
        text = self._texts[1] if shown else self._texts[0]
        self.action.setText(text)
        self.action.setToolTip(arg(translate("PassphrasePair", _WITH_SHORTCUT), text))
        icons.bind(self.action, "eye-off" if shown else "eye")
        button = self.button()
        if button is not None:
            button.setAccessibleName(text)


class PassphrasePair(QWidget):
    """Two password fields, a live strength hint and the reason a passphrase is refused (GUI thread).

    `first_name` and `repeat_name` are the fields' accessible names, whole sentences such as
    "Your passphrase" (a screen reader says them as they are); by default, a new passphrase.
    """

    sig_changed = Signal()

    def __init__(self, parent: QWidget | None = None, *, first_name: str = "", repeat_name: str = "") -> None:
        super().__init__(parent)
        self.first = QLineEdit()
        self.first.setEchoMode(QLineEdit.EchoMode.Password)
        self.first.setObjectName("newPassphrase")
        self.second = QLineEdit()
        self.second.setEchoMode(QLineEdit.EchoMode.Password)
        self.second.setObjectName("repeatPassphrase")
        self.first.setAccessibleName(first_name or self.tr("New passphrase"))
        self.second.setAccessibleName(repeat_name or self.tr("Repeat the new passphrase"))
        self.reveal_first = SecretReveal(
            self.first, self.tr("Show the passphrase"), self.tr("Hide the passphrase")
        )
        self.reveal_second = SecretReveal(
            self.second, self.tr("Show the repeated passphrase"), self.tr("Hide the repeated passphrase")
        )
        self.hint = QLabel()
        self.hint.setObjectName("passphraseStrength")
        self.hint.setAccessibleName(self.tr("Passphrase strength"))
        self.hint.setWordWrap(True)
        self.error = error_label("passphraseError", self.tr("Passphrase problem"))
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        first_label = QLabel(self.tr("&Passphrase:"))
        first_label.setBuddy(self.first)
        second_label = QLabel(self.tr("R&epeat:"))
        second_label.setBuddy(self.second)
        form.addRow(first_label, self.first)
        form.addRow(second_label, self.second)
        form.addRow("", self.hint)
        form.addRow("", self.error)
        self.setTabOrder(self.first, self.second)
        self.first.textChanged.connect(self._typed)
        self.second.textChanged.connect(self._typed)
        self._typed()

    def value(self) -> str:
        return self.first.text()

    def problem(self) -> str | None:
        """The sentence saying why the passphrase cannot be used yet, or None."""
        kind = passphrase_problem(self.first.text(), self.second.text())
        if kind == "empty":
            return self.tr("Choose a passphrase.")
        if kind == "short":
            return arg(self.tr("A passphrase needs at least %1 characters."), MIN_PASSPHRASE_LENGTH)
        if kind == "mismatch":
            return self.tr("The two passphrases differ; type the same one twice.")
        return None

    def check(self) -> bool:
        """Show the problem (if any) under the fields; True when the passphrase can be used."""
        problem = self.problem()
        self.error.setText(problem or "")
        return problem is None

    def clear(self) -> None:
        """Forget both fields (after the passphrase was handed to the worker), hidden again."""
        self.first.clear()
        self.second.clear()
        self.error.clear()
        self.conceal()

    def conceal(self) -> None:
        """Mask both fields again (once the passphrase has been used)."""
        self.reveal_first.hide_secret()
        self.reveal_second.hide_secret()

    def _typed(self) -> None:
        text = self.first.text()
        strength = passphrase_strength(text)
        if not text:
            hint = self.tr("Use four or more words, or at least 12 characters.")
        elif strength == 0:
            hint = arg(self.tr("Too short: at least %1 characters."), MIN_PASSPHRASE_LENGTH)
        elif strength == 1:
            hint = self.tr("Weak: a longer passphrase of several words is much harder to guess.")
        elif strength == 2:
            hint = self.tr("Fair: one or two more words would make it strong.")
        else:
            hint = self.tr("Strong.")
        self.hint.setText(hint)
        self.hint.setStyleSheet(f"color: {strength_color(strength)};" if text else "")
        if self.error.text() and self.problem() is None:
            self.error.clear()
        self.sig_changed.emit()
