"""`casedesk-gui [--new-instance] [PATH]`: the application window.

One window: the welcome screen (no file chosen), the unlock screen, and once unlocked the side
navigation next to the page stack. Everything that touches the case file runs on the database
worker through `desktop.ui.operations`; pages broadcast what they changed through the window
(`Changes`), never reach into each other. Idle time, the desktop session locking and the Lock
action all end in `lock()`, which clears every page and the clipboard and closes every dialog.
"""

from __future__ import annotations

import gc
import sys
from pathlib import Path

import shiboken6
from PySide6.QtCore import QEvent
from PySide6.QtGui import QAction, QIcon, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop import RESOURCES_DIR, __version__
from desktop.services.insight_views import CaseSelection, LoanSlice
from desktop.services.requests import RequestFilter
from desktop.ui import icons, theme
from desktop.ui.changes import Changes
from desktop.ui.exchange import close_exchange_dialogs, open_export_dialog, open_verify_dialog
from desktop.ui.exchange.drop import import_package_action, install_drop_target
from desktop.ui.i18n import LanguageSwitcher, arg, translate
from desktop.ui.launch import LaunchRouter, forward, parse_arguments, server_name, start_server
from desktop.ui.operations import ServicesWorker
from desktop.ui.overview import OverviewWidget
from desktop.ui.page import Page
from desktop.ui.pages import PageSet
from desktop.ui.security import IdleLock, SecureClipboard, SessionLockWatcher
from desktop.ui.settings.registry import (
    AUTO_LOCK_MINUTES,
    CLIPBOARD_CLEAR_SECONDS,
    LANGUAGE,
    LOCK_ON_SESSION_LOCK,
    THEME,
    SettingsStore,
    effective_language,
)
from desktop.ui.unlock import UnlockWidget
from desktop.ui.welcome import WelcomeWidget
from desktop.ui.welcome.recent import RecentFiles
from desktop.ui.worker import DatabaseWorker

APP_NAME = "Benelux Case Desk"


class MainWindow(QMainWindow):
    """The application window (GUI thread). Owns the database worker and hands it to the pages.

    `path` opens straight on that file's unlock screen; without it the welcome screen shows.
    `settings` and `language` are injectable for tests; by default they are the user's.
    """

    def __init__(
        self,
        path: Path | None = None,
        *,
        settings: SettingsStore | None = None,
        language: LanguageSwitcher | None = None,
    ) -> None:
        super().__init__()
        self.resize(1180, 720)
        self._worker = DatabaseWorker(self)
        self._settings = settings or SettingsStore(parent=self)
        self._language = language or LanguageSwitcher()
        self._case_file: object | None = None
        self._services: ServicesWorker | None = None
        self._path: Path | None = None
        self._recent = RecentFiles(self._settings.qsettings)
        self.clipboard = SecureClipboard(self._settings.get(CLIPBOARD_CLEAR_SECONDS), self)
        self.idle_lock = IdleLock(self._settings.get(AUTO_LOCK_MINUTES), self)
        self.idle_lock.pause()  # nothing to lock before a file is open
        self.idle_lock.sig_lock_requested.connect(self._lock_on_idle)
        self.session_lock = SessionLockWatcher(self)
        self.session_lock.set_enabled(self._settings.get(LOCK_ON_SESSION_LOCK))
        self.session_lock.sig_session_locked.connect(self.lock)
        self.session_lock.start()

        self._stack = QStackedWidget()
        self._make_welcome()
        self.unlock_widget: UnlockWidget | None = None
        self._build_pages()
        self._build_side()
        self._build_menus()
        self.launcher = LaunchRouter(self)  # what `casedesk-gui PATH` hands this window
        central = QWidget()
        outer = QVBoxLayout(central)
        outer.addWidget(self.launcher.notice)  # a package waiting for the next unlock
        layout = QHBoxLayout()
        layout.setContentsMargins(0, 0, 0, 0)
        outer.addLayout(layout, 1)
        layout.addWidget(self._side)
        layout.addWidget(self._stack, 1)
        self.setCentralWidget(central)
        self._drop_target = install_drop_target(self, self.verify_package)
        theme.notifier().sig_palette_changed.connect(self._refresh_icons)
        self._update_title()
        if path is not None:
            self.open_file(path)
        else:
            self._stack.setCurrentWidget(self.welcome_widget)

    # -- construction --------------------------------------------------------------------------

    def _make_welcome(self) -> None:
        self.welcome_widget = WelcomeWidget(self._worker, settings=self._settings.qsettings)
        self.welcome_widget.sig_open.connect(self.open_file)
        self.welcome_widget.sig_open_demo.connect(lambda p: self.open_file(p, demo=True))
        self._stack.addWidget(self.welcome_widget)

    def _make_unlock(self, path: Path) -> UnlockWidget:
        self.unlock_widget = UnlockWidget(path, self._worker)
        self.unlock_widget.sig_unlocked.connect(self._on_unlocked)
        self.unlock_widget.sig_back.connect(self.show_welcome)
        self._stack.addWidget(self.unlock_widget)
        return self.unlock_widget

    def _build_pages(self) -> None:
        self.pages = PageSet(self._settings, self.clipboard, self._language.current)
        self.overview_widget: OverviewWidget = self.pages.overview
        for attribute, page in self.pages.named():
            setattr(self, attribute, page)
            self._stack.addWidget(page)
        for page in self.pages.attachable():
            page.sig_changed.connect(self.broadcast)
        self.overview_widget.sig_lock_requested.connect(self.lock)
        self.pages.requests.sig_export.connect(self.export_request)
        self.pages.approvals.sig_approved.connect(self.export_request)
        self.pages.cases.sig_open_request.connect(self._show_request)
        self.pages.requests.sig_open_case.connect(self._show_case)
        dashboard = self.pages.dashboard
        dashboard.sig_open_requests.connect(self._show_requests_filter)
        dashboard.sig_open_request.connect(self._show_request)
        dashboard.sig_open_loans.connect(self._show_loan_slice)
        dashboard.sig_open_case.connect(self._show_case)
        dashboard.sig_open_cases.connect(self._show_cases)
        self.pages.border_map.sig_open_case.connect(self._show_case)
        settings = self.pages.settings
        settings.sig_language_changed.connect(self.set_language)
        settings.sig_theme_changed.connect(self.set_theme)
        settings.sig_auto_lock_changed.connect(self.idle_lock.set_minutes)
        settings.sig_lock_on_session_lock_changed.connect(self.session_lock.set_enabled)
        settings.sig_clipboard_seconds_changed.connect(self.clipboard.set_seconds)

    def _build_side(self) -> None:
        self.navigation = QListWidget()
        self.navigation.setObjectName("navigation")
        self.navigation.setAccessibleName(self.tr("Pages"))
        self.navigation.setFixedWidth(190)
        self.navigation.currentRowChanged.connect(self._navigate)
        self.nav_lock_button = QPushButton(self.tr("&Lock"))
        self.nav_lock_button.setAccessibleName(self.tr("Lock the case file"))
        self.nav_lock_button.setToolTip(self.tr("Lock the case file (Ctrl+L)"))
        self.nav_lock_button.clicked.connect(self.lock)
        icons.bind(self.nav_lock_button, "lock")
        self._side = QWidget()
        self._side.setObjectName("sideNavigation")
        side = QVBoxLayout(self._side)
        side.setContentsMargins(0, 0, 0, 0)
        side.addWidget(self.navigation, 1)
        side.addWidget(self.nav_lock_button)
        self._side.setVisible(False)
        self._fill_navigation()

    def _fill_navigation(self) -> None:
        self.navigation.blockSignals(True)
        row = self.navigation.currentRow()
        self.navigation.clear()
        for index, (label, icon_name, _page) in enumerate(self.pages.navigation()):
            item = QListWidgetItem(icons.icon(icon_name), translate("MainWindow", label))
            shortcut = self.pages.shortcut(index)
            if shortcut is None:
                item.setToolTip(translate("MainWindow", label))
            else:
                native = QKeySequence(shortcut).toString(QKeySequence.SequenceFormat.NativeText)
                item.setToolTip(arg(self.tr("%1 (%2)"), translate("MainWindow", label), native))
            self.navigation.addItem(item)
        self.navigation.setCurrentRow(row)
        self.navigation.blockSignals(False)

    def _build_menus(self) -> None:
        menu = self.menuBar()
        self.file_menu = menu.addMenu(self.tr("&File"))
        # Ctrl+N belongs to the Cases and Requests pages (new case, new request): two shortcuts on
        # one key would make Qt fire neither.
        self.new_file_action = self._action(self.tr("&New case file…"), "Ctrl+Shift+N")
        self.new_file_action.triggered.connect(self._new_case_file)
        self.open_action = self._action(self.tr("&Open case file…"), QKeySequence.StandardKey.Open)
        self.open_action.triggered.connect(lambda: self.welcome_widget.open_case_file())
        # The exchange package's own action: choose a .asice/.p7m, then the verify dialog.
        self.import_action = import_package_action(self, self.verify_package)
        self.addAction(self.import_action)  # its shortcut works even while the menu bar is hidden
        self.lock_action = self._action(self.tr("&Lock"), "Ctrl+L")
        self.lock_action.triggered.connect(self.lock)
        self.quit_action = self._action(self.tr("&Quit"), QKeySequence.StandardKey.Quit)
        self.quit_action.triggered.connect(self.close)
        for action in (self.new_file_action, self.open_action):
            self.file_menu.addAction(action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.import_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.lock_action)
        self.file_menu.addAction(self.quit_action)
        self.go_menu = menu.addMenu(self.tr("&Go"))
        self._go_actions: list[QAction] = []
        for index, (label, _icon, _page) in enumerate(self.pages.navigation()):
            action = self._action(translate("MainWindow", label), self.pages.shortcut(index))
            action.triggered.connect(lambda _checked=False, row=index: self.navigation.setCurrentRow(row))
            self.go_menu.addAction(action)
            self._go_actions.append(action)
        self.help_menu = menu.addMenu(self.tr("&Help"))
        about = self._action(self.tr("&About Benelux Case Desk"))
        about.triggered.connect(self._about)
        self.help_menu.addAction(about)
        self._set_unlocked_actions(False)

    def _action(self, text: str, shortcut: QKeySequence.StandardKey | str | None = None) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        self.addAction(action)  # shortcuts work even while the menu bar is hidden
        return action

    def _set_unlocked_actions(self, unlocked: bool) -> None:
        self.import_action.setEnabled(unlocked)
        self.lock_action.setEnabled(unlocked)
        for action in self._go_actions:
            action.setEnabled(unlocked)

    def _refresh_icons(self) -> None:
        for row, (_label, icon_name, _page) in enumerate(self.pages.navigation()):
            item = self.navigation.item(row)
            if item is not None:
                item.setIcon(icons.icon(icon_name))

    def _update_title(self) -> None:
        name = self._path.name if self._path is not None else ""
        self.setWindowTitle(f"{APP_NAME} {__version__} — {name}" if name else f"{APP_NAME} {__version__}")

    # -- start and unlock ----------------------------------------------------------------------

    @property
    def is_unlocked(self) -> bool:
        return self._services is not None

    @property
    def case_path(self) -> Path | None:
        """The case file on the unlock screen or open; None on the welcome screen."""
        return self._path

    def open_file(self, path: Path, *, demo: bool = False) -> None:
        """Show the unlock screen of `path` (from the welcome screen, the menu or the command line)."""
        if self._case_file is not None:
            self.lock()
        self._path = Path(path)
        if self.unlock_widget is None:
            self._make_unlock(self._path)
            if demo:
                self.unlock_widget.set_path(self._path, demo=True)  # type: ignore[union-attr]
        else:
            self.unlock_widget.set_path(self._path, demo=demo)
        self._update_title()
        self._stack.setCurrentWidget(self.unlock_widget)
        self.unlock_widget.passphrase.setFocus()  # type: ignore[union-attr]

    def show_welcome(self) -> None:
        if self._case_file is not None:
            self.lock()
        self._path = None
        self._update_title()
        self.welcome_widget.refresh()
        self._stack.setCurrentWidget(self.welcome_widget)

    def _new_case_file(self) -> None:
        self.show_welcome()
        self.welcome_widget.create_case_file()

    def _on_unlocked(self, case_file: object) -> None:
        from desktop.exchange.pdf import render_request_pdf
        from desktop.services.session_api import open_services, overview

        self._case_file = case_file
        self._worker.run(
            lambda: (overview(case_file), open_services(case_file, render_pdf=render_request_pdf)),  # type: ignore[arg-type]
            self._show_unlocked,
            lambda error: self._loading_failed(case_file, error),
        )

    def _loading_failed(self, case_file: object, error: Exception) -> None:
        """The file unlocked but could not be read: close it, so the next attempt can open it."""
        if self._case_file is not case_file:
            return  # locked meanwhile: lock() already queued the close
        self._case_file = None
        self._worker.run(case_file.close, lambda _r: None, lambda _e: None)  # type: ignore[attr-defined]
        if self.unlock_widget is not None:
            # The unlock screen's own way of saying why a file did not open (one sentence).
            self.unlock_widget._failed(error)

    def _show_unlocked(self, result: tuple[object, object]) -> None:
        data, services = result
        if self._case_file is None:  # locked again while the overview was being read
            return
        if self._path is not None:
            self._recent.add(self._path)
        self._services = ServicesWorker(self._worker, services)  # type: ignore[arg-type]
        for page in self.pages.attachable():
            if page is self.overview_widget:
                self.overview_widget.attach(self._services, first=data)  # type: ignore[arg-type]
            else:
                page.attach(self._services)
        self._side.setVisible(True)
        self._set_unlocked_actions(True)
        # Every page has just loaded: select the Overview without `_navigate`'s reload.
        self.navigation.blockSignals(True)
        self.navigation.setCurrentRow(0)
        self.navigation.blockSignals(False)
        self._stack.setCurrentWidget(self.overview_widget)
        self.idle_lock.resume()
        self.launcher.unlocked()  # packages handed over while locked: their verify dialogs now

    # -- navigation and broadcasts -------------------------------------------------------------

    def broadcast(self, changes: Changes) -> None:
        """GUI thread. Hand what one page changed to every page; each decides whether to reload."""
        for page in self.pages.attachable():
            page.on_changes(changes)

    def show_page(self, name: str) -> None:
        """Go to a page by its (untranslated) navigation label: "Overview", "Requests", …"""
        for row, (label, _icon, _page) in enumerate(self.pages.navigation()):
            if label == name:
                self.navigation.setCurrentRow(row)
                return
        raise KeyError(name)

    def _navigate(self, row: int) -> None:
        entries = self.pages.navigation()
        if self._services is not None and 0 <= row < len(entries):
            page = entries[row][2]
            if isinstance(page, Page) and page is not self.pages.requests:
                # Deadlines move with the clock: a visited page reloads once, when it is shown
                # (Page.showEvent). The Requests list keeps its rows and selection; broadcasts
                # mark it stale when another page changed requests.
                page.mark_stale()
            self._stack.setCurrentWidget(page)

    def _show_case(self, reference: str) -> None:
        self.show_page("Cases")
        self.pages.cases.open_case(reference)

    def _show_cases(self, selection: CaseSelection) -> None:
        self.show_page("Cases")  # marks the page stale, so it reloads its list…
        self.pages.cases.show_cases(selection)  # …and this newer load overtakes that one

    def _show_requests_filter(self, chosen: RequestFilter) -> None:
        self.show_page("Requests")
        self.pages.requests.show_filter(chosen)

    def _show_loan_slice(self, chosen: LoanSlice) -> None:
        self.show_page("Loans")  # marks the page stale, so it reloads its state's list…
        self.pages.loans.show_slice(chosen)  # …and this newer load overtakes that one

    def _show_request(self, reference: str) -> None:
        self.show_page("Requests")
        self.pages.requests.show_reference(reference)

    # -- packages ------------------------------------------------------------------------------

    def export_request(self, reference: str) -> None:
        if self._services is None:
            return
        dialog = open_export_dialog(self, self._services, reference)
        dialog.sig_changed.connect(self.broadcast)

    def verify_package(self, path: Path) -> None:
        """Open the verify/import dialog for a dropped or chosen package (needs an open file)."""
        if self._services is None:
            box = QMessageBox(
                QMessageBox.Icon.Information,
                self.windowTitle(),
                self.tr("Unlock a case file first: a package is verified against its pinned partners."),
                parent=self,
            )
            box.open()
            return
        dialog = open_verify_dialog(self, self._services, path)
        dialog.sig_changed.connect(self.broadcast)

    # -- language ------------------------------------------------------------------------------

    def set_language(self, code: str) -> None:
        """Switch the interface language at once; the case file stays open."""
        self._language.install(effective_language(code))
        self._rebuild()

    def set_theme(self, name: str) -> None:
        """Switch between the system, light and dark palettes at once; the case file stays open."""
        theme.apply_theme(QApplication.instance(), name)  # type: ignore[arg-type]
        self._rebuild()

    def _rebuild(self) -> None:
        """Rebuild and re-attach every page, keeping the file open and the current page selected.

        Pages set their texts and status colours when they are built, so rebuilding them is what
        retranslates and recolours them.
        """
        row = self.navigation.currentRow()
        on_settings = self._stack.currentWidget() is self.pages.settings
        for page in self.pages.all():
            if isinstance(page, Page):
                page.detach()
            self._stack.removeWidget(page)
            page.deleteLater()
        self._build_pages()
        self.menuBar().clear()
        for action in self.actions():
            self.removeAction(action)
        self._build_menus()
        self._set_unlocked_actions(self._services is not None)
        self._fill_navigation()
        self.navigation.setAccessibleName(self.tr("Pages"))
        self.nav_lock_button.setText(self.tr("&Lock"))
        self.nav_lock_button.setAccessibleName(self.tr("Lock the case file"))
        # The start screens are rebuilt too; neither holds anything of an open case file.
        for widget in (self.welcome_widget, self.unlock_widget):
            if widget is not None:
                self._stack.removeWidget(widget)
                widget.deleteLater()
        self._make_welcome()
        self.unlock_widget = None
        if self._path is not None:
            self._make_unlock(self._path)
        if self._services is not None:
            for page in self.pages.attachable():
                page.attach(self._services)
            target = self.pages.settings if on_settings else self.pages.navigation()[max(row, 0)][2]
            self.navigation.blockSignals(True)
            self.navigation.setCurrentRow(max(row, 0))
            self.navigation.blockSignals(False)
            self._stack.setCurrentWidget(target)

    def changeEvent(self, event: QEvent) -> None:  # type: ignore[override]
        if event.type() == QEvent.Type.PaletteChange:
            self._refresh_icons()
        super().changeEvent(event)

    # -- locking -------------------------------------------------------------------------------

    def _lock_on_idle(self) -> None:
        if self._case_file is not None:
            self.lock()

    def lock(self) -> None:
        """Close the case file and show the unlock screen; nothing of the case stays visible."""
        case_file = self._case_file
        self._case_file = None
        self.idle_lock.pause()
        self.clipboard.clear_now()
        close_exchange_dialogs(self)
        if self._services is not None:
            self._services.close()
            self._services = None
        if case_file is not None:
            self._worker.run(case_file.close, lambda _r: None, lambda _e: None)  # type: ignore[attr-defined]
        for page in self.pages.attachable():
            page.detach()
        self._close_dialogs()
        self._side.setVisible(False)
        self._set_unlocked_actions(False)
        self.navigation.blockSignals(True)
        self.navigation.setCurrentRow(-1)
        self.navigation.blockSignals(False)
        if self.unlock_widget is not None and self._path is not None:
            self._stack.setCurrentWidget(self.unlock_widget)
        else:
            self._stack.setCurrentWidget(self.welcome_widget)

    def _close_dialogs(self) -> None:
        """Reject every dialog still showing over the window: the pages' own, message boxes, the
        file dialogs of static QFileDialog/QMessageBox calls (their nested loop then returns).

        A dialog may refuse (the create wizard while it shows an unconfirmed recovery code, which
        holds nothing of an open case file)."""
        dialogs: list[QDialog] = list(self.findChildren(QDialog))
        dialogs += [w for w in QApplication.topLevelWidgets() if isinstance(w, QDialog) and w not in dialogs]
        for dialog in reversed(dialogs):  # a dialog opened from another one goes first
            if shiboken6.isValid(dialog) and dialog.isVisible():
                dialog.reject()

    def closeEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        self.lock()
        self.clipboard.stop()
        self._drop_target.remove()
        self._worker.stop()
        super().closeEvent(event)

    def _about(self) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Information,
            self.tr("About Benelux Case Desk"),
            arg(
                self.tr(
                    "Benelux Case Desk %1: cross-border cases, requests and equipment loans between the "
                    "police services of Belgium, the Netherlands and Luxembourg, in an encrypted case file."
                ),
                __version__,
            ),
            parent=self,
        )
        box.open()


def main(argv: list[str] | None = None, *, instance_name: str | None = None) -> int:
    """`instance_name`: the single-instance socket (default: this user's, desktop/ui/launch.py)."""
    argv = list(sys.argv if argv is None else argv)
    options = parse_arguments(argv[1:])
    name = instance_name or server_name()
    if not options.new_instance and forward(name, options.path):
        return 0  # the running window took the path and came to the front
    app = QApplication.instance() or QApplication(argv)
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    # The id of resources/linux/be.benelux.CaseDesk.desktop: Wayland matches the window to it.
    app.setDesktopFileName("be.benelux.CaseDesk")
    app.setWindowIcon(QIcon(str(RESOURCES_DIR / "icons" / "app" / "casedesk.svg")))
    settings = SettingsStore()
    theme.apply_theme(app, settings.get(THEME))  # type: ignore[arg-type]
    language = LanguageSwitcher()
    language.install(effective_language(settings.get(LANGUAGE)))
    window = MainWindow(settings=settings, language=language)
    # Modules, widgets and catalogues made so far live as long as the process: keep them out of
    # the full collections the GUI thread runs (desktop/ui/gc_guard.py).
    gc.freeze()
    server = None if options.new_instance else start_server(window, name)
    if server is None and not options.new_instance and forward(name, options.path):
        window.close()
        return 0  # another instance started at the same moment and took the name
    if options.path is not None and options.demo:
        # --demo: the file is the demo (./dev run), whose passphrase the unlock screen states.
        window.open_file(Path(options.path), demo=True)
    elif options.path is not None:
        window.launcher.open(options.path)
    window.show()
    code = app.exec()
    if server is not None:
        server.close()
    return code


if __name__ == "__main__":
    sys.exit(main())
