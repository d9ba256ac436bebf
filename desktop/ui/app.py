"""`casedesk-gui [PATH]`: the application window.

Until the full GUI lands (its own issue) the window shows the unlock screen and, once unlocked,
an overview of the case file. Everything that touches the case file runs on the database worker.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QMainWindow,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop import __version__
from desktop.ui.unlock import UnlockWidget
from desktop.ui.worker import DatabaseWorker


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
        self.title.setText(self.tr("Unlocked: %1").replace("%1", data.file_name))  # type: ignore[attr-defined]
        lines = [
            self.tr("Opened by %1 (%2)").replace("%1", data.member).replace("%2", data.role),  # type: ignore[attr-defined]
            self.tr("%1 cases, %2 requests, %3 overdue")
            .replace("%1", str(data.cases))  # type: ignore[attr-defined]
            .replace("%2", str(data.requests))
            .replace("%3", str(data.overdue)),  # type: ignore[attr-defined]
            *data.notices,  # type: ignore[attr-defined]
        ]
        self.body.setText("\n".join(lines))


class MainWindow(QMainWindow):
    def __init__(self, path: Path) -> None:
        super().__init__()
        self.setWindowTitle(f"Benelux Case Desk {__version__} — {path.name}")
        self.resize(900, 600)
        self._worker = DatabaseWorker(self)
        self._case_file: object | None = None
        self._stack = QStackedWidget()
        self.unlock_widget = UnlockWidget(path, self._worker)
        self.overview_widget = OverviewWidget()
        self._stack.addWidget(self.unlock_widget)
        self._stack.addWidget(self.overview_widget)
        self.setCentralWidget(self._stack)
        self.unlock_widget.sig_unlocked.connect(self._on_unlocked)
        self.overview_widget.lock_button.clicked.connect(self.lock)

    def _on_unlocked(self, case_file: object) -> None:
        from desktop.services.session_api import overview

        self._case_file = case_file
        self._worker.run(lambda: overview(case_file), self._show_overview, self.unlock_widget._failed)  # type: ignore[arg-type]

    def _show_overview(self, data: object) -> None:
        self.overview_widget.show_overview(data)
        self._stack.setCurrentWidget(self.overview_widget)

    def lock(self) -> None:
        case_file = self._case_file
        self._case_file = None
        if case_file is not None:
            self._worker.run(case_file.close, lambda _r: None, lambda _e: None)  # type: ignore[attr-defined]
        self.overview_widget.body.clear()
        self._stack.setCurrentWidget(self.unlock_widget)

    def closeEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        self.lock()
        self._worker.stop()
        super().closeEvent(event)


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv if argv is None else argv)
    app = QApplication.instance() or QApplication(argv)
    app.setApplicationName("Benelux Case Desk")
    args = [a for a in argv[1:] if not a.startswith("-")]
    if not args:
        print("usage: casedesk-gui PATH (a NAME.casedesk case file)", file=sys.stderr)
        return 2
    window = MainWindow(Path(args[0]))
    window.show()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
