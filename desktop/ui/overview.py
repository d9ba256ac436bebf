"""The Overview page: who opened which case file, with the headline counts and the open notices."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from desktop.models.enums import Role
from desktop.ui.i18n import arg
from desktop.ui.labels import label_of


class OverviewWidget(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("overview")
        self.title = QLabel()
        self.title.setStyleSheet("font-size: 18pt; font-weight: 600;")
        self.body = QLabel()
        self.body.setObjectName("overviewBody")
        self.body.setTextFormat(Qt.TextFormat.PlainText)
        self.lock_button = QPushButton(self.tr("Lock"))
        self.lock_button.setAccessibleName(self.tr("Lock the case file"))
        layout = QVBoxLayout(self)
        layout.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.title)
        layout.addWidget(self.body)
        layout.addWidget(self.lock_button)

    def show_overview(self, data: object) -> None:
        self.title.setText(arg(self.tr("Unlocked: %1"), data.file_name))  # type: ignore[attr-defined]
        lines = [
            arg(self.tr("Opened by %1 (%2)"), data.member, label_of(Role, data.role)),  # type: ignore[attr-defined]
            arg(self.tr("%1 cases, %2 requests, %3 overdue"), data.cases, data.requests, data.overdue),  # type: ignore[attr-defined]
            *data.notices,  # type: ignore[attr-defined]
        ]
        self.body.setText("\n".join(lines))
