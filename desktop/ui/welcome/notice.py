"""The one-line notice over the start screens: "<package> will be verified once you unlock a case file".

A package handed to the application (a file manager's "Open with", a second `casedesk-gui PATH`)
while no case file is unlocked waits in memory until the next unlock (desktop/ui/launch.py). This
notice says so on the welcome and unlock screens, and its Dismiss button forgets the package.
It shows file names only, nothing of a case.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from desktop.ui.i18n import arg


class PendingPackageNotice(QFrame):
    """Hidden until `show_names`; `sig_dismissed` when the person dismisses it (GUI thread)."""

    sig_dismissed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pendingPackageNotice")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.label = QLabel()
        self.label.setObjectName("pendingPackageText")
        self.dismiss_button = QPushButton()
        self.dismiss_button.setObjectName("pendingPackageDismiss")
        self.dismiss_button.clicked.connect(self._dismiss)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.dismiss_button)
        self.setVisible(False)

    def show_names(self, names: list[str]) -> None:
        """Show the notice for these package file names (hide it for none)."""
        if not names:
            self.clear()
            return
        # Texts are set here, not once when built: the interface language may change meanwhile.
        self.label.setText(arg(self.tr("%1 will be verified once you unlock a case file."), ", ".join(names)))
        self.label.setAccessibleName(self.label.text())
        self.dismiss_button.setText(self.tr("D&ismiss"))
        self.dismiss_button.setAccessibleName(self.tr("Dismiss: do not verify the package"))
        self.dismiss_button.setToolTip(self.tr("Forget the package; it is not verified"))
        self.setVisible(True)

    def clear(self) -> None:
        self.label.clear()
        self.setVisible(False)

    def _dismiss(self) -> None:
        self.clear()
        self.sig_dismissed.emit()
