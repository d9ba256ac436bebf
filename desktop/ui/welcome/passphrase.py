"""A new passphrase typed twice, with a strength hint and one sentence when it cannot be used.

Used wherever a person chooses a passphrase: the first and further members of a new case file,
and a reset with the recovery code on the unlock screen. The rule (at least 8 characters, typed
the same twice) is the service's (`session_api.passphrase_problem`), the same as the CLI's.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QWidget

from desktop.services.session_start import MIN_PASSPHRASE_LENGTH, passphrase_problem
from desktop.ui import theme
from desktop.ui.i18n import arg
from desktop.ui.widgets import error_label


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


class PassphrasePair(QWidget):
    """Two password fields, a live strength hint and the reason a passphrase is refused (GUI thread)."""

    sig_changed = Signal()

    def __init__(self, accessible_prefix: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.first = QLineEdit()
        self.first.setEchoMode(QLineEdit.EchoMode.Password)
        self.first.setObjectName("newPassphrase")
        self.second = QLineEdit()
        self.second.setEchoMode(QLineEdit.EchoMode.Password)
        self.second.setObjectName("repeatPassphrase")
        if accessible_prefix:
            self.first.setAccessibleName(arg(self.tr("New passphrase for %1"), accessible_prefix))
            self.second.setAccessibleName(arg(self.tr("Repeat the passphrase for %1"), accessible_prefix))
        else:
            self.first.setAccessibleName(self.tr("New passphrase"))
            self.second.setAccessibleName(self.tr("Repeat the new passphrase"))
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
        """Forget both fields (after the passphrase was handed to the worker)."""
        self.first.clear()
        self.second.clear()
        self.error.clear()

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
