"""`casedesk-gui [PATH]`: the application window.

The window shows the unlock screen and, once unlocked, the main area: a side navigation list
("Overview", "Requests", "Approvals", "Loans", "Audit") next to the page stack. Everything that
touches the case file runs on the database worker, through `desktop.ui.operations`.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMainWindow,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop import __version__
from desktop.models.enums import Role
from desktop.ui.approvals import ApprovalsPage
from desktop.ui.audit import AuditPage
from desktop.ui.changes import Changes
from desktop.ui.i18n import arg, translate
from desktop.ui.labels import label_of
from desktop.ui.loans import LoansPage
from desktop.ui.operations import ServicesWorker
from desktop.ui.page import Page
from desktop.ui.requests import RequestsPage
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
        self.title.setText(arg(self.tr("Unlocked: %1"), data.file_name))  # type: ignore[attr-defined]
        lines = [
            arg(self.tr("Opened by %1 (%2)"), data.member, label_of(Role, data.role)),  # type: ignore[attr-defined]
            arg(self.tr("%1 cases, %2 requests, %3 overdue"), data.cases, data.requests, data.overdue),  # type: ignore[attr-defined]
            *data.notices,  # type: ignore[attr-defined]
        ]
        self.body.setText("\n".join(lines))


class MainWindow(QMainWindow):
    """The application window (GUI thread). Owns the database worker and hands it to the pages."""

    def __init__(self, path: Path) -> None:
        super().__init__()
        self.setWindowTitle(f"Benelux Case Desk {__version__} — {path.name}")
        self.resize(1100, 680)
        self._worker = DatabaseWorker(self)
        self._case_file: object | None = None
        self._services: ServicesWorker | None = None
        # One page stack for everything: the unlock screen is a page shown with the navigation
        # hidden, so no widget of an unlocked file is ever visible next to it.
        self._stack = QStackedWidget()
        self.unlock_widget = UnlockWidget(path, self._worker)
        self.overview_widget = OverviewWidget()
        self.requests_page = RequestsPage()
        self.approvals_page = ApprovalsPage()
        self.loans_page = LoansPage()
        self.audit_page = AuditPage()
        # The side navigation, in order: (label marked for translation, page). Pages that change
        # the case file broadcast a Changes value; the window passes it on to every page.
        self._navigation_pages: list[tuple[str, QWidget]] = [
            (QT_TRANSLATE_NOOP("MainWindow", "Overview"), self.overview_widget),
            (QT_TRANSLATE_NOOP("MainWindow", "Requests"), self.requests_page),
            (QT_TRANSLATE_NOOP("MainWindow", "Approvals"), self.approvals_page),
            (QT_TRANSLATE_NOOP("MainWindow", "Loans"), self.loans_page),
            (QT_TRANSLATE_NOOP("MainWindow", "Audit"), self.audit_page),
        ]
        self._pages: list[QWidget] = [page for _label, page in self._navigation_pages]
        for page in (self.unlock_widget, *self._pages):
            self._stack.addWidget(page)
        self.navigation = QListWidget()
        self.navigation.setObjectName("navigation")
        self.navigation.setAccessibleName(self.tr("Pages"))
        self.navigation.addItems([translate("MainWindow", label) for label, _page in self._navigation_pages])
        self.navigation.setFixedWidth(160)
        self.navigation.currentRowChanged.connect(self._navigate)
        self.nav_lock_button = QPushButton(self.tr("Lock"))
        self.nav_lock_button.setAccessibleName(self.tr("Lock the case file"))
        self._side = QWidget()
        self._side.setObjectName("sideNavigation")
        side = QVBoxLayout(self._side)
        side.setContentsMargins(0, 0, 0, 0)
        side.addWidget(self.navigation, 1)
        side.addWidget(self.nav_lock_button)
        self._side.setVisible(False)
        central = QWidget()
        layout = QHBoxLayout(central)
        layout.addWidget(self._side)
        layout.addWidget(self._stack, 1)
        self.setCentralWidget(central)
        self.unlock_widget.sig_unlocked.connect(self._on_unlocked)
        self.overview_widget.lock_button.clicked.connect(self.lock)
        self.nav_lock_button.clicked.connect(self.lock)
        for page in self._attached_pages():
            page.sig_changed.connect(self.broadcast)

    def _attached_pages(self) -> list[Page]:
        return [page for page in self._pages if isinstance(page, Page)]

    def broadcast(self, changes: Changes) -> None:
        """GUI thread. Hand what one page changed to every page; each decides whether to reload."""
        for page in self._attached_pages():
            page.on_changes(changes)

    def _on_unlocked(self, case_file: object) -> None:
        from desktop.exchange.pdf import render_request_pdf
        from desktop.services.session_api import open_services, overview

        self._case_file = case_file
        self._worker.run(
            lambda: (overview(case_file), open_services(case_file, render_pdf=render_request_pdf)),  # type: ignore[arg-type]
            self._show_unlocked,
            self.unlock_widget._failed,
        )

    def _show_unlocked(self, result: tuple[object, object]) -> None:
        data, services = result
        if self._case_file is None:  # locked again while the overview was being read
            return
        self._services = ServicesWorker(self._worker, services)  # type: ignore[arg-type]
        self.overview_widget.show_overview(data)
        for page in self._attached_pages():
            page.attach(self._services)
        self._side.setVisible(True)
        self.navigation.setCurrentRow(0)
        self._stack.setCurrentWidget(self.overview_widget)

    def show_page(self, name: str) -> None:
        """Go to a page by its (untranslated) navigation label: "Overview", "Requests", …"""
        for row, (label, _page) in enumerate(self._navigation_pages):
            if label == name:
                self.navigation.setCurrentRow(row)
                return
        raise KeyError(name)

    def _navigate(self, row: int) -> None:
        if self._services is not None and 0 <= row < len(self._pages):
            page = self._pages[row]
            if isinstance(page, Page) and page is not self.requests_page:
                page.refresh()  # another member may have decided or recorded something meanwhile
            self._stack.setCurrentWidget(page)

    def lock(self) -> None:
        case_file = self._case_file
        self._case_file = None
        if self._services is not None:
            self._services.close()
            self._services = None
        if case_file is not None:
            self._worker.run(case_file.close, lambda _r: None, lambda _e: None)  # type: ignore[attr-defined]
        self.overview_widget.body.clear()
        for page in self._attached_pages():
            page.detach()
        self._side.setVisible(False)
        self.navigation.blockSignals(True)
        self.navigation.setCurrentRow(-1)
        self.navigation.blockSignals(False)
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
