"""The Cases page: the filtered list of cases, and one case in full with everything done to it.

The list is one trip to the worker (`CaseService.list`, newest first, at most LIST_LIMIT rows: a
case file holds hundreds of cases, not the request list's hundred thousand). Enter or a
double-click opens the case in place of the list; Back (or Escape) returns. Every change is an
Op through `CaseActions` (GUI thread only).

`show_cases(selection)` lists exactly the cases behind a dashboard figure (a `CaseSelection`),
every filter set to "all", with a scope label saying so; Refresh and a return from a case keep
that list, a change of a filter (or locking) leaves it.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.models.enums import CaseKind, CaseStatus
from desktop.services.cases import CaseRow, CaseView
from desktop.services.dto import AgencyView, RequestView
from desktop.services.facade import Services
from desktop.services.insight_views import CaseSelection
from desktop.ui.cases.actions import CaseActions, FileDialogs
from desktop.ui.cases.detail import CaseDetail
from desktop.ui.cases.report import CasePrinting
from desktop.ui.i18n import arg, number, plural
from desktop.ui.labels import choices, label_of
from desktop.ui.operations import LatestOnly, Op, ServicesWorker
from desktop.ui.page import Page
from desktop.ui.timefmt import local_text
from desktop.ui.widgets import error_label, filter_combo, list_table, partner_combo, state_label

SEARCH_DEBOUNCE_MS = 300
LIST_LIMIT = 500
ReferenceRole = Qt.ItemDataRole.UserRole + 1


def _acting_member(svc: Services) -> str:  # worker thread
    from desktop.services.session_api import acting_member

    return acting_member(svc.case_file)[0]


class CasesPage(Page):
    """Filters over the case list; a case's detail in its place once opened.

    `file_dialogs` chooses files to attach and where to save a decrypted copy (the platform's
    dialogs by default; tests pass their own). Emits `sig_open_request(reference)` when the user
    opens a request linked to the case; the window decides what opening means.
    """

    WATCHES = ("cases", "requests")

    sig_open_request = Signal(str)

    def __init__(self, parent: QWidget | None = None, *, file_dialogs: FileDialogs | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("cases")
        self.file_dialogs = file_dialogs or FileDialogs()
        self.agencies: list[AgencyView] = []
        self.current_reference: str | None = None
        self.member_name: str | None = None  # who unlocked the file: "Printed … by" on a printout
        self._rows: tuple[CaseRow, ...] | None = None
        self.selection: CaseSelection | None = None  # the dashboard figure's cases, while shown
        self._latest = LatestOnly()
        self._latest_detail = LatestOnly()
        self._latest_agencies = LatestOnly()

        self.kind = filter_combo(self.tr("Kind filter"))
        self.kind.addItem(self.tr("All kinds"), "")
        for text, value in choices(CaseKind):
            self.kind.addItem(text, value)
        self.status = filter_combo(self.tr("Status filter"))
        self.status.addItem(self.tr("Open"), CaseStatus.OPEN.value)
        self.status.addItem(self.tr("Closed"), CaseStatus.CLOSED.value)
        self.status.addItem(self.tr("All statuses"), "")
        self.partner = partner_combo(self.tr("Partner agency code"), self.tr("Code or its start, e.g. NL-"))
        self.search = QLineEdit()
        self.search.setAccessibleName(self.tr("Search cases"))
        self.search.setPlaceholderText(self.tr("Search reference, title or summary (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.new_button = QPushButton(self.tr("&New case…"))
        self.new_button.setAccessibleName(self.tr("Open a new case"))
        self.new_button.setToolTip(self.tr("Open a new case (Ctrl+N)"))
        self.refresh_button = QPushButton(self.tr("Re&fresh"))
        self.refresh_button.setAccessibleName(self.tr("Reload the cases"))
        bar = QHBoxLayout()
        for caption, field in (
            (self.tr("&Kind"), self.kind),
            (self.tr("&Status"), self.status),
            (self.tr("&Partner"), self.partner),
            (self.tr("S&earch"), self.search),
        ):
            label = QLabel(caption)
            label.setBuddy(field)
            bar.addWidget(label)
            bar.addWidget(field, 2 if field is self.search else 0)
        bar.addWidget(self.new_button)
        bar.addWidget(self.refresh_button)

        headers = (
            self.tr("Reference"),
            self.tr("Kind"),
            self.tr("Title"),
            self.tr("Partner"),
            self.tr("Status"),
            self.tr("Opened"),
        )
        self.table = list_table(headers, self.tr("Cases"))
        self.empty_label = state_label("", self.tr("No cases"), object_name="casesEmpty")
        self.loading_label = state_label(self.tr("Loading…"), self.tr("Loading"))
        self._list_body = QStackedWidget()
        for widget in (self.loading_label, self.table, self.empty_label):
            self._list_body.addWidget(widget)
        self.count_label = QLabel()
        self.count_label.setObjectName("casesCount")
        self.count_label.setAccessibleName(self.tr("Number of cases shown"))
        self.scope_label = QLabel()
        self.scope_label.setObjectName("casesScope")
        self.scope_label.setAccessibleName(self.tr("List scope"))
        self.scope_label.hide()
        counts = QHBoxLayout()
        counts.addWidget(self.count_label)
        counts.addWidget(self.scope_label, 1)
        self.list_view = QWidget()
        list_layout = QVBoxLayout(self.list_view)
        list_layout.setContentsMargins(0, 0, 0, 0)
        list_layout.addLayout(bar)
        list_layout.addWidget(self._list_body, 1)
        list_layout.addLayout(counts)

        self.detail = CaseDetail()
        self._views = QStackedWidget()
        self._views.addWidget(self.list_view)
        self._views.addWidget(self.detail)

        self.status_label = QLabel()
        self.status_label.setObjectName("casesStatus")
        self.status_label.setWordWrap(True)
        self.status_label.setAccessibleName(self.tr("Last action"))
        self.error_label = error_label("casesError", self.tr("Error"))
        footer = QHBoxLayout()
        footer.addWidget(self.status_label, 1)
        footer.addWidget(self.error_label, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self._views, 1)
        layout.addLayout(footer)

        self.actions = CaseActions(self)
        self.printing = CasePrinting(self)
        # Typing is debounced: one query per pause, not one per keystroke.
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(SEARCH_DEBOUNCE_MS)
        self._debounce.timeout.connect(self.refresh_list)
        self.search.textChanged.connect(self._typed)
        self.partner.editTextChanged.connect(self._typed)
        self.kind.currentIndexChanged.connect(self._filter_chosen)
        self.status.currentIndexChanged.connect(self._filter_chosen)
        self.refresh_button.clicked.connect(self.refresh)
        self.new_button.clicked.connect(self.actions.new_case)
        self.table.activated.connect(self._activated)
        self.detail.back_button.clicked.connect(self.back_to_list)
        self.detail.requests.activated.connect(lambda _index: self._open_request())
        self.detail.open_request_button.clicked.connect(self._open_request)
        self.detail.timeline_chart.sig_request_activated.connect(self.sig_open_request)
        new = QShortcut(QKeySequence.StandardKey.New, self)
        # Anywhere in the window while this page is shown (a hidden page's shortcut is inactive),
        # so Ctrl+N works right after choosing the page in the navigation.
        new.setContext(Qt.ShortcutContext.WindowShortcut)
        new.activated.connect(lambda: self.actions.new_case() if self._worker is not None else None)
        find = QShortcut(QKeySequence.StandardKey.Find, self)
        find.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        find.activated.connect(self.focus_search)
        back = QShortcut(QKeySequence(Qt.Key.Key_Escape), self.detail)
        back.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        back.activated.connect(self.back_to_list)
        print_case = QShortcut(QKeySequence.StandardKey.Print, self.detail)
        print_case.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        print_case.activated.connect(self.detail.show_print_menu)
        QWidget.setTabOrder(self.kind, self.status)
        QWidget.setTabOrder(self.status, self.partner)
        QWidget.setTabOrder(self.partner, self.search)
        QWidget.setTabOrder(self.search, self.new_button)
        QWidget.setTabOrder(self.new_button, self.refresh_button)
        QWidget.setTabOrder(self.refresh_button, self.table)
        self._set_enabled(False)

    # -- the page contract ----------------------------------------------------------------------

    def attach(self, worker: ServicesWorker) -> None:
        """Show the cases of the case file that was just unlocked."""
        self._worker = worker
        self.error_label.clear()
        self.status_label.clear()
        self._set_enabled(True)
        guard = self._latest_agencies.start()
        Op(self, worker, lambda svc: svc.cases.partner_agencies()).success(
            guard(self._agencies_arrived)
        ).failure(guard(self.show_error)).run()
        Op(self, worker, _acting_member).success(guard(self._member_arrived)).run()
        self.mark_stale()  # the list loads now if shown, else when the page is first shown

    def detach(self) -> None:
        """The case file is being locked: forget the list, the case, the viewer and the filters."""
        self._worker = None
        self._debounce.stop()
        self._latest.invalidate()
        self._latest_detail.invalidate()
        self._latest_agencies.invalidate()
        self.actions.forget()
        self.printing.close_dialog()
        self.member_name = None
        self._rows = None
        self._leave_selection()
        self.agencies = []
        self.current_reference = None
        self.table.setRowCount(0)
        self.detail.clear()
        self._views.setCurrentWidget(self.list_view)
        self._list_body.setCurrentWidget(self.loading_label)
        for field in (self.search, self.partner):
            field.blockSignals(True)
        self.search.clear()
        self.partner.clear()  # the agencies offered …
        self.partner.clearEditText()  # … and what was typed
        for field in (self.search, self.partner):
            field.blockSignals(False)
        for combo, index in ((self.kind, 0), (self.status, 0)):
            combo.blockSignals(True)
            combo.setCurrentIndex(index)
            combo.blockSignals(False)
        for label in (self.count_label, self.status_label, self.error_label, self.empty_label):
            label.clear()
        self._set_enabled(False)

    def refresh(self) -> None:
        """Reload the list and, if a case is open, the case."""
        self.refresh_list()
        if self.current_reference is not None:
            self.reload_detail()

    # -- the list -------------------------------------------------------------------------------

    def current_filter(self) -> dict[str, object]:
        """Keyword arguments of `CaseService.list` for the filters as set."""
        kind = self.kind.currentData()
        return {
            "kind": CaseKind(kind) if kind else None,
            "status": self.status.currentData() or None,
            "partner": self.partner.currentText().strip().upper() or None,
            "text": self.search.text().strip() or None,
        }

    def refresh_list(self) -> None:
        """Load the list for the filters as set, or the dashboard figure's cases while shown."""
        worker = self._worker
        self._debounce.stop()
        if worker is None:
            return
        guard = self._latest.start()
        filters = self.current_filter()
        limit: int = LIST_LIMIT
        capped: int | None = LIST_LIMIT
        if self.selection is not None:
            filters["references"] = self.selection.references
            limit = max(LIST_LIMIT, len(self.selection.references))  # every case of the figure
            capped = None
        if self._rows is None:
            self._list_body.setCurrentWidget(self.loading_label)
        Op(self, worker, lambda svc: tuple(svc.cases.list(limit=limit, **filters))).success(
            guard(lambda rows: self._rows_arrived(rows, capped))
        ).failure(guard(self.show_error)).run()

    def show_cases(self, selection: CaseSelection) -> None:
        """Show exactly the cases behind a dashboard figure, every filter set to "all"; the next
        change of a filter goes back to the filters' own list."""
        if self._worker is None:
            return
        if self._views.currentWidget() is not self.list_view or self.current_reference is not None:
            self._close_case()
        fields = (self.kind, self.status, self.partner, self.search)
        for field in fields:
            field.blockSignals(True)
        self.kind.setCurrentIndex(self.kind.findData(""))
        self.status.setCurrentIndex(self.status.findData(""))
        self.partner.clearEditText()
        self.search.clear()
        for field in fields:
            field.blockSignals(False)
        self.error_label.clear()
        self.selection = selection
        self.scope_label.setText(
            self.tr("— the cases behind the dashboard figure; change a filter to leave it.")
        )
        self.scope_label.setToolTip(selection.description)
        self.scope_label.setAccessibleDescription(selection.description)
        self.scope_label.show()
        self.refresh_list()  # newer than a stale reload started by showing the page: that one is dropped

    def _leave_selection(self) -> None:
        self.selection = None
        self.scope_label.hide()
        self.scope_label.clear()
        self.scope_label.setToolTip("")
        self.scope_label.setAccessibleDescription("")

    def _typed(self, _text: str) -> None:
        self._leave_selection()
        self._debounce.start()

    def _filter_chosen(self, _index: int) -> None:
        self._leave_selection()
        self.refresh_list()

    @property
    def rows(self) -> tuple[CaseRow, ...]:
        return self._rows or ()

    def references(self) -> list[str]:
        """The references listed, top to bottom."""
        return [row.reference for row in self.rows]

    def _rows_arrived(self, rows: tuple[CaseRow, ...], capped: int | None = LIST_LIMIT) -> None:
        """`capped`: the most rows the list was asked for (None: every row asked for is there)."""
        selected = self._selected_reference()
        self._rows = rows
        self.table.setRowCount(len(rows))
        for row, case in enumerate(rows):
            cells = (
                case.reference,
                label_of(CaseKind, case.kind),
                case.title,
                case.partner_code or "",
                label_of(CaseStatus, case.status),
                local_text(case.opened_at),
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(ReferenceRole, case.reference)
                item.setToolTip(text)
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()
        if capped is not None and len(rows) >= capped:
            self.count_label.setText(
                arg(self.tr("The newest %1 cases; narrow the filters to see others."), number(len(rows)))
            )
        else:
            self.count_label.setText(plural(self.tr("%Ln case(s)", "", len(rows)), len(rows)))
        if not rows:
            default = self.current_filter() == {
                "kind": None,
                "status": CaseStatus.OPEN.value,
                "partner": None,
                "text": None,
            }
            self.empty_label.setText(
                self.tr("No open cases — create one with New case.")
                if default
                else self.tr("No cases match these filters.")
            )
            self.empty_label.setAccessibleName(self.empty_label.text())
            self._list_body.setCurrentWidget(self.empty_label)
            return
        self._list_body.setCurrentWidget(self.table)
        references = self.references()
        self.table.selectRow(references.index(selected) if selected in references else 0)

    def _selected_reference(self) -> str | None:
        rows = self.table.selectionModel().selectedRows()
        return self.table.item(rows[0].row(), 0).data(ReferenceRole) if rows else None

    def _activated(self, index: QModelIndex) -> None:
        reference = index.data(ReferenceRole)
        if reference:
            self.open_case(str(reference))

    def focus_search(self) -> None:
        if self._views.currentWidget() is not self.list_view:
            self.back_to_list()
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def _agencies_arrived(self, agencies: list[AgencyView]) -> None:
        self.agencies = list(agencies)
        # Offered as the officer types; what was typed stays (and still filters by its start).
        typed = self.partner.currentText()
        self.partner.blockSignals(True)
        self.partner.clear()
        self.partner.addItem("", "")
        for agency in self.agencies:
            if not agency.own:
                self.partner.addItem(agency.code, agency.code)
                self.partner.setItemData(self.partner.count() - 1, agency.name, Qt.ItemDataRole.ToolTipRole)
        self.partner.setEditText(typed)
        self.partner.blockSignals(False)

    def _member_arrived(self, name: str) -> None:
        self.member_name = name or None

    # -- one case -------------------------------------------------------------------------------

    def open_case(self, reference: str) -> None:
        """Show case `reference` (the window's way to jump to a case); a refusal is shown as a sentence."""
        if self._worker is None:
            return
        if reference != self.current_reference:
            self.actions.reset()
            self.printing.close_dialog()
            self.detail.clear()
        self.current_reference = reference
        self.error_label.clear()
        self.reload_detail("timeline")

    def reload_detail(self, tab: str | None = None) -> None:
        """Fetch the open case again; `tab` is brought to the front once it arrives."""
        worker, reference = self._worker, self.current_reference
        if worker is None or reference is None:
            return
        guard = self._latest_detail.start()

        def load(svc: Services) -> tuple[CaseView, tuple[RequestView, ...]]:
            # The case view has no dates for its linked requests; the chart's spans need them.
            view = svc.cases.show(reference)
            return view, tuple(svc.requests.show(r[0]) for r in view.requests)

        Op(self, worker, load).success(
            guard(lambda loaded: self._case_arrived(loaded[0], tab, loaded[1]))
        ).failure(guard(self._case_failed)).run()

    def _case_arrived(self, view: CaseView, tab: str | None, requests: tuple[RequestView, ...] = ()) -> None:
        # The newest load only (LatestOnly); the service also finds a case by its number, so the
        # reference it answers with is the one kept.
        self.current_reference = view.reference
        self.detail.show_case(view, requests)
        if tab is not None:
            self.detail.set_tab(tab)
        if self._views.currentWidget() is not self.detail:
            self._views.setCurrentWidget(self.detail)
            self.detail.tabs.setFocus()

    def _case_failed(self, sentence: str) -> None:
        self.show_error(sentence)
        if self.detail.view is None:  # it never opened: stay on the list
            self.current_reference = None
            self._views.setCurrentWidget(self.list_view)

    def back_to_list(self) -> None:
        self._close_case()
        self.table.setFocus()
        self.refresh_list()

    def _close_case(self) -> None:
        self._latest_detail.invalidate()
        self.actions.reset()
        self.printing.close_dialog()
        self.current_reference = None
        self.detail.clear()
        self._views.setCurrentWidget(self.list_view)

    def is_showing_case(self) -> bool:
        return self._views.currentWidget() is self.detail and self.detail.view is not None

    def _open_request(self) -> None:
        reference = self.detail.selected_request()
        if reference:
            self.sig_open_request.emit(reference)

    # -- feedback -------------------------------------------------------------------------------

    def show_status(self, message: str) -> None:
        self.error_label.clear()
        self.status_label.setText(message)

    def show_error(self, sentence: str) -> None:
        self.status_label.clear()
        self.error_label.setText(sentence)
        if self._rows is None and self._views.currentWidget() is self.list_view:
            self._list_body.setCurrentWidget(self.table)

    def _set_enabled(self, enabled: bool) -> None:
        for widget in (self.new_button, self.refresh_button):
            widget.setEnabled(enabled)
