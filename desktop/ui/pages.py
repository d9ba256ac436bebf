"""The pages of the side navigation, built together so the window can rebuild them (language switch).

`PageSet` is the one place that knows which pages exist, in which order, with which icon; the
window only iterates over it. Labels are marked for translation in the "MainWindow" context.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QWidget

from desktop.ui.agencies import AgenciesPage
from desktop.ui.almanac import AlmanacPage
from desktop.ui.approvals import ApprovalsPage
from desktop.ui.audit import AuditPage
from desktop.ui.cases import CasesPage
from desktop.ui.dashboard import DashboardPage
from desktop.ui.loans import LoansPage
from desktop.ui.map import BorderMapPage
from desktop.ui.overview import OverviewWidget
from desktop.ui.page import Page
from desktop.ui.requests import RequestsPage
from desktop.ui.security import SecureClipboard
from desktop.ui.settings import SettingsPage
from desktop.ui.settings.registry import SettingsStore


class PageSet:
    """One instance of every navigation page (GUI thread).

    `language` is the interface's language code (`LanguageSwitcher.current`): the pages ask the
    services for the catalogue's texts and the agencies' names in it. The window rebuilds the set
    when the language changes.
    """

    def __init__(self, settings: SettingsStore, clipboard: SecureClipboard, language: str = "en") -> None:
        self.overview = OverviewWidget()
        self.dashboard = DashboardPage()
        self.border_map = BorderMapPage()
        self.cases = CasesPage()
        self.requests = RequestsPage(language=language)
        self.approvals = ApprovalsPage()
        self.loans = LoansPage()
        self.almanac = AlmanacPage()
        # Phone numbers and e-mail addresses copied from the directory leave the clipboard after
        # the configured delay, like every other value copied from the case file.
        self.almanac.copy_to_clipboard = clipboard.copy
        self.agencies = AgenciesPage()
        self.agencies.set_language(language)
        self.audit = AuditPage()
        self.settings = SettingsPage(settings)
        self._navigation: list[tuple[str, str, QWidget]] = [
            (QT_TRANSLATE_NOOP("MainWindow", "Overview"), "overview", self.overview),
            (QT_TRANSLATE_NOOP("MainWindow", "Cases"), "cases", self.cases),
            (QT_TRANSLATE_NOOP("MainWindow", "Requests"), "requests", self.requests),
            (QT_TRANSLATE_NOOP("MainWindow", "Approvals"), "approvals", self.approvals),
            (QT_TRANSLATE_NOOP("MainWindow", "Loans"), "loans", self.loans),
            (QT_TRANSLATE_NOOP("MainWindow", "Dashboard"), "dashboard", self.dashboard),
            (QT_TRANSLATE_NOOP("MainWindow", "Border map"), "map", self.border_map),
            (QT_TRANSLATE_NOOP("MainWindow", "Almanac"), "almanac", self.almanac),
            (QT_TRANSLATE_NOOP("MainWindow", "Agencies and trust"), "agencies", self.agencies),
            (QT_TRANSLATE_NOOP("MainWindow", "Audit"), "audit", self.audit),
            (QT_TRANSLATE_NOOP("MainWindow", "Settings"), "settings", self.settings),
        ]

    def navigation(self) -> list[tuple[str, str, QWidget]]:
        """(untranslated label, icon name, page) in navigation order."""
        return list(self._navigation)

    def shortcut(self, index: int) -> str | None:
        """The key of the page at `index`: Ctrl+1 … Ctrl+9, Ctrl+0 for the tenth, and Settings
        on Ctrl+, as in most desktop applications."""
        if self._navigation[index][2] is self.settings:
            return "Ctrl+,"
        if index < 9:
            return f"Ctrl+{index + 1}"
        return "Ctrl+0" if index == 9 else None

    def all(self) -> list[QWidget]:
        return [page for _label, _icon, page in self._navigation]

    def attachable(self) -> list[Page]:
        """The pages that show case data: attached on unlock, detached (cleared) on lock."""
        return [page for page in self.all() if isinstance(page, Page)]

    def named(self) -> list[tuple[str, QWidget]]:
        """(window attribute, page): the names tests and scripts use (`window.cases_page`)."""
        return [
            ("dashboard_page", self.dashboard),
            ("border_map_page", self.border_map),
            ("cases_page", self.cases),
            ("requests_page", self.requests),
            ("approvals_page", self.approvals),
            ("loans_page", self.loans),
            ("almanac_page", self.almanac),
            ("agencies_page", self.agencies),
            ("audit_page", self.audit),
            ("settings_page", self.settings),
            ("overview_widget", self.overview),
        ]
