"""The Requests page: a filter bar over the lazily loaded request table, and the selected request's
detail with its workflow steps below it (GUI thread only)."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.models.enums import OPEN_REQUEST_STATUSES, Direction, RequestStatus
from desktop.services.requests import RequestFilter
from desktop.ui.i18n import plural
from desktop.ui.labels import choices
from desktop.ui.operations import ServicesWorker
from desktop.ui.page import Page
from desktop.ui.requests.detail import RequestDetailPanel
from desktop.ui.requests.model import PAGE_SIZE, Column, RequestIdRole, RequestTableModel, RowRole
from desktop.ui.requests.new_request import NewRequestDialog
from desktop.ui.widgets import error_label, filter_combo, state_label

SEARCH_DEBOUNCE_MS = 300
SELECTION_DEBOUNCE_MS = 120  # arrowing through the list loads the row you stop on, not every row
# In lifecycle order, so "All open" lists them the way the status combo does.
_OPEN = tuple(s for s in RequestStatus if s in OPEN_REQUEST_STATUSES)
# Column widths from the widest typical text in the current font, so they follow the font size
# and the screen's DPI instead of fixed pixels.
_WIDEST = {
    Column.REFERENCE: "OUT-2026-000000",
    Column.KIND: "Special intervention unit",
    Column.DIRECTION: "Outgoing",
    Column.STATUS: "Handed over",
    Column.PARTNER: "NL-POLITIE-LIMBURG",
    Column.DUE: "2026-12-31 23:59 CEST",
}


class RequestsPage(Page):
    """Filters, the request table, a count and an empty state; the selected request below.

    Selecting a row shows it in `detail` (a RequestDetailPanel); Enter (or a double-click) also
    moves the keyboard into it and emits `sig_request_activated(id)`; Esc in the detail goes back
    to the list. "New request…" (Ctrl+N) opens the new-request dialog. A request filed or moved
    through its workflow is broadcast as a `requests` change (and `loans` for a loan).
    `sig_open_case(reference)` asks for the request's case; `sig_export(reference)` for the export
    dialog of an approved request.
    """

    WATCHES = ("requests", "loans")

    sig_request_activated = Signal(int)
    sig_export = Signal(str)  # the reference of an approved (or sent) request to export
    sig_open_case = Signal(str)  # the reference of the case a request belongs to

    def __init__(self, parent: QWidget | None = None, *, language: str = "en") -> None:
        super().__init__(parent)
        self.setObjectName("requests")
        # The interface language, for what the catalogue writes (legal bases, fields, deadlines).
        self.language = language
        self.model = RequestTableModel(self)

        self.status = filter_combo(self.tr("Status filter"))
        # Item data are plain strings ("open", "all" or a status value): Qt would turn a tuple
        # into a list, and findData could no longer match it.
        self.status.addItem(self.tr("All open"), "open")
        self.status.addItem(self.tr("All statuses"), "all")
        for text, value in choices(RequestStatus):
            self.status.addItem(text, value)
        self.direction = filter_combo(self.tr("Direction filter"))
        self.direction.addItem(self.tr("Both directions"), None)
        self.direction.addItem(self.tr("Outgoing"), Direction.OUTGOING.value)
        self.direction.addItem(self.tr("Incoming"), Direction.INCOMING.value)
        self.partner = QLineEdit()
        self.partner.setAccessibleName(self.tr("Partner agency code"))
        self.partner.setPlaceholderText(self.tr("Partner code, e.g. NL-POL-LIM"))
        self.partner.setClearButtonEnabled(True)
        self.search = QLineEdit()
        self.search.setAccessibleName(self.tr("Search requests"))
        self.search.setPlaceholderText(self.tr("Search reference, title or text (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.new_button = QPushButton(self.tr("&New request…"))
        self.new_button.setAccessibleName(self.tr("File a new request"))
        self.new_button.setEnabled(False)
        self.new_button.clicked.connect(self.new_request)
        self.new_request_dialog: NewRequestDialog | None = None
        self.export_button = QPushButton(self.tr("E&xport package…"))
        self.export_button.setAccessibleName(self.tr("Export the selected request as a signed package"))
        self.export_button.setToolTip(self.tr("Only an approved request is exported."))
        self.export_button.setEnabled(False)
        self.export_button.clicked.connect(self._export_selected)

        self.view = QTableView()
        self.view.setAccessibleName(self.tr("Requests"))
        self.view.setModel(self.model)
        # All of these keep the view from asking for data of rows it does not show: uniform
        # heights and fixed column widths mean no size hint is computed from 100,000 rows.
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.view.verticalHeader().setDefaultSectionSize(self.view.fontMetrics().height() + 8)
        self.view.verticalHeader().hide()
        self.view.setWordWrap(False)
        self.view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setSortingEnabled(False)  # the order is the service's: by due date, in SQL
        self.view.setAlternatingRowColors(True)
        header = self.view.horizontalHeader()
        header.setSectionsClickable(False)
        header.setStretchLastSection(True)
        metrics = self.view.fontMetrics()
        for column, text in _WIDEST.items():
            header.resizeSection(column, metrics.horizontalAdvance(text) + 3 * metrics.averageCharWidth())

        # Set while the list shows the requests behind a dashboard figure: part of that filter
        # (kind, month, answered in time) has no field in the bar, so it is said in words.
        self.scope_label = QLabel()
        self.scope_label.setObjectName("requestScope")
        self.scope_label.setAccessibleName(self.tr("List scope"))
        self.scope_label.hide()
        self.count_label = QLabel()
        self.count_label.setObjectName("requestCount")
        self.count_label.setAccessibleName(self.tr("Number of requests"))
        self.error_label = error_label("requestsError", self.tr("Error"))
        self.empty_label = state_label(
            self.tr("No requests match these filters."), object_name="requestsEmpty"
        )
        self._body = QStackedWidget()
        self._body.addWidget(self.view)
        self._body.addWidget(self.empty_label)
        self.detail = RequestDetailPanel(language=language)
        self.detail.sig_open_case.connect(self.sig_open_case)
        self.detail.sig_export.connect(self.sig_export)
        self.detail.sig_request_changed.connect(self._request_changed)
        self.detail.sig_back.connect(self.focus_list)
        # The list above the detail: seven columns beside a readable detail do not fit.
        self._splitter = QSplitter(Qt.Orientation.Vertical)
        self._splitter.setChildrenCollapsible(False)
        self._splitter.addWidget(self._body)
        self._splitter.addWidget(self.detail)
        self._splitter.setStretchFactor(0, 3)
        self._splitter.setStretchFactor(1, 2)
        self._splitter.setSizes([3000, 2000])  # scaled to the space the page gets: the list first

        bar = QHBoxLayout()
        for label, field in (
            (self.tr("&Status"), self.status),
            (self.tr("&Direction"), self.direction),
            (self.tr("&Partner"), self.partner),
            (self.tr("S&earch"), self.search),
        ):
            caption = QLabel(label)
            caption.setBuddy(field)
            bar.addWidget(caption)
            bar.addWidget(field, 2 if field is self.search else 0)
        footer = QHBoxLayout()
        footer.addWidget(self.count_label)
        footer.addWidget(self.scope_label)
        footer.addStretch(1)
        footer.addWidget(self.error_label)
        # The actions sit under the list, not in the filter bar: the bar must fit a laptop screen
        # in French and Dutch too.
        footer.addWidget(self.new_button)
        footer.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self._splitter, 1)
        layout.addLayout(footer)

        # Typing is debounced: one count query per pause, not one per keystroke.
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(SEARCH_DEBOUNCE_MS)
        self._debounce.timeout.connect(self._apply_filter)
        self.search.textChanged.connect(self._debounce.start)
        self.partner.textChanged.connect(self._debounce.start)
        self.status.currentIndexChanged.connect(self._apply_filter)
        self.direction.currentIndexChanged.connect(self._apply_filter)
        find = QShortcut(QKeySequence.StandardKey.Find, self)
        find.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        find.activated.connect(self.focus_search)
        new = QShortcut(QKeySequence.StandardKey.New, self)
        # Anywhere in the window while this page is shown (a hidden page's shortcut is inactive),
        # so Ctrl+N works right after choosing the page in the navigation.
        new.setContext(Qt.ShortcutContext.WindowShortcut)
        new.activated.connect(self.new_request)
        self.view.activated.connect(self._activated)
        self._select_timer = QTimer(self)
        self._select_timer.setSingleShot(True)
        self._select_timer.setInterval(SELECTION_DEBOUNCE_MS)
        self._select_timer.timeout.connect(self._show_selected)
        self.view.selectionModel().currentRowChanged.connect(lambda *_args: self._select_timer.start())
        self.model.modelReset.connect(self._reselect_shown)
        self.view.selectionModel().currentRowChanged.connect(self._update_export)
        self.model.modelReset.connect(self._update_export)
        self.model.sig_count_changed.connect(self._show_count)
        self.model.sig_loading.connect(self._show_loading)
        self.model.sig_failed.connect(self.error_label.setText)

    def attach(self, worker: ServicesWorker) -> None:
        """Show the requests of the case file that was just unlocked."""
        self._worker = worker
        self.error_label.clear()
        self.new_button.setEnabled(True)
        self.detail.attach(worker)
        self.model.attach(worker, self.current_filter())

    def refresh(self) -> None:
        if self._worker is not None:
            self.model.refresh()
            self.detail.reload()

    def detach(self) -> None:
        """The case file is being locked: drop every row and the typed filters."""
        self._worker = None
        self._debounce.stop()
        self.new_button.setEnabled(False)
        self.export_button.setEnabled(False)
        self._select_timer.stop()
        self.detail.detach()
        if self.new_request_dialog is not None:
            # A locked window shows nothing of the case, half-typed requests included.
            self.new_request_dialog.close()
            self.new_request_dialog = None
        self.model.detach()
        for field in (self.search, self.partner):
            field.blockSignals(True)
            field.clear()
            field.blockSignals(False)
        self.count_label.clear()
        self.error_label.clear()
        self.scope_label.hide()

    def current_filter(self) -> RequestFilter:
        text = self.search.text().strip()
        partner = self.partner.text().strip().upper()
        return RequestFilter(
            statuses=_statuses(self.status.currentData()),
            direction=Direction(self.direction.currentData()) if self.direction.currentData() else None,
            partner_code=partner or None,
            text=text or None,
        )

    def new_request(self) -> NewRequestDialog | None:
        """Open the new-request dialog (window-modal, no nested event loop); None while locked."""
        if self._worker is None:
            return None
        if self.new_request_dialog is not None:
            self.new_request_dialog.raise_()
            self.new_request_dialog.activateWindow()
            return self.new_request_dialog
        dialog = NewRequestDialog(self._worker, self, language=self.language)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.sig_created.connect(self._request_created)
        dialog.finished.connect(lambda _result: self._dialog_closed(dialog))
        self.new_request_dialog = dialog
        dialog.open()
        return dialog

    def _dialog_closed(self, dialog: NewRequestDialog) -> None:
        if self.new_request_dialog is dialog:
            self.new_request_dialog = None

    def _request_created(self, _reference: str) -> None:
        self.emit_changes(requests=True)
        self.refresh()  # the broadcast skips the page that made the change

    def _request_changed(self, _reference: str, loan: bool) -> None:
        """A step of the detail changed the request (the detail reloads it itself)."""
        self.emit_changes(requests=True, loans=loan)
        self.model.refresh()  # its status, and perhaps whether the filter still lists it

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def _apply_filter(self) -> None:
        self._debounce.stop()
        self.error_label.clear()
        self.scope_label.hide()
        self.model.set_filter(self.current_filter())

    def show_filter(self, chosen: RequestFilter) -> None:
        """Show exactly the requests behind a dashboard figure; the next change of a field in the
        bar goes back to the bar's own filter."""
        fields = (self.status, self.direction, self.partner, self.search)
        for field in fields:
            field.blockSignals(True)
        self.status.setCurrentIndex(self.status.findData("all"))
        direction = self.direction.findData(chosen.direction.value) if chosen.direction else 0
        self.direction.setCurrentIndex(max(direction, 0))
        self.partner.setText(chosen.partner_code or "")
        self.search.clear()
        for field in fields:
            field.blockSignals(False)
        self._debounce.stop()
        self.error_label.clear()
        self.scope_label.setText(
            self.tr("— the requests behind the dashboard figure; change a filter to leave it.")
        )
        self.scope_label.show()
        self.model.set_filter(chosen)

    def _show_loading(self, loading: bool) -> None:
        if loading and not self.count_label.text():
            self.count_label.setText(self.tr("Loading…"))

    def _show_count(self, count: int) -> None:
        self.count_label.setText(plural(self.tr("%Ln request(s)", "", count), count))
        self._body.setCurrentWidget(self.empty_label if count == 0 else self.view)

    def _selected_row(self) -> int:
        index = self.view.currentIndex()
        return (
            index.row() if index.isValid() and self.view.selectionModel().isRowSelected(index.row()) else -1
        )

    def _update_export(self, *_args: object) -> None:
        row = self._selected_row()
        data = self.model.index(row, Column.REFERENCE).data(RowRole) if row >= 0 else None
        self.export_button.setEnabled(
            self._worker is not None
            and data is not None
            and data.status in (RequestStatus.APPROVED.value, RequestStatus.SENT.value)
        )

    def _export_selected(self) -> None:
        row = self._selected_row()
        data = self.model.index(row, Column.REFERENCE).data(RowRole) if row >= 0 else None
        if data is not None:
            self.sig_export.emit(data.reference)

    def show_reference(self, reference: str) -> None:
        """Show one request (from a case's linked requests): every status, searched by reference."""
        self.status.setCurrentIndex(self.status.findData("all"))
        self.direction.setCurrentIndex(0)
        self.partner.clear()
        self.search.setText(reference)
        self._debounce.stop()
        self._apply_filter()
        self.detail.show_request(reference)

    def focus_list(self) -> None:
        """Back from the detail to the list, on the row that was selected."""
        self.view.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _activated(self, index: QModelIndex) -> None:
        request_id = index.data(RequestIdRole)
        if request_id is not None:
            self._select_timer.stop()
            self.detail.show_request(int(request_id), focus=True)
            self.sig_request_activated.emit(int(request_id))

    def _show_selected(self) -> None:
        row = self._selected_row()
        request_id = self.model.index(row, Column.REFERENCE).data(RequestIdRole) if row >= 0 else None
        if request_id is not None and self._worker is not None:
            self.detail.show_request(int(request_id))

    def _reselect_shown(self) -> None:
        """After a reload, select the shown request's row again if it is among the loaded rows."""
        shown = self.detail.request_id
        if shown is None:
            return
        for row in range(min(self.model.rowCount(), PAGE_SIZE)):
            if not self.model.is_loaded(row):
                break
            if self.model.index(row, Column.REFERENCE).data(RequestIdRole) == shown:
                self.view.selectionModel().setCurrentIndex(
                    self.model.index(row, Column.REFERENCE),
                    QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
                )
                return


def _statuses(choice: str | None) -> tuple[RequestStatus, ...]:
    """The statuses behind an entry of the status combo."""
    if choice == "open" or choice is None:
        return _OPEN
    if choice == "all":
        return ()
    return (RequestStatus(choice),)
