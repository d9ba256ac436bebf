"""The request list's table model: the total count plus pages of rows fetched lazily.

The model never holds all rows: for 100,000 requests it keeps the count and at most
`MAX_PAGES` pages of `PAGE_SIZE` rows (an LRU cache). A row that is not loaded shows a
placeholder; asking for it queues its page, and the page is fetched on the database worker with
`RequestService.list(filter, limit, offset)` — filtering and ordering (by due date) happen in SQL.
Everything here runs on the GUI thread; only the lambdas given to `Op` run on the worker.
"""

from __future__ import annotations

from collections import OrderedDict
from datetime import UTC, datetime, timedelta
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont

from desktop.models.enums import Direction, RequestKind, RequestStatus
from desktop.services.dto import RequestRow
from desktop.services.request_rules import WAITING
from desktop.services.requests import RequestFilter
from desktop.ui import theme
from desktop.ui.i18n import arg, translate
from desktop.ui.labels import label_of
from desktop.ui.operations import Op, ServicesWorker
from desktop.ui.timefmt import local_text

PAGE_SIZE = 200
MAX_PAGES = 50  # 10,000 rows at most in memory, whatever the size of the case file
MAX_WANTED = 4  # pages queued for fetching; older wishes are dropped (the user scrolled past them)
PLACEHOLDER = "…"
DUE_SOON = timedelta(hours=24)

RowRole = Qt.ItemDataRole.UserRole + 1  # the RequestRow of a loaded row, else None
RequestIdRole = Qt.ItemDataRole.UserRole + 2  # the request's id, else None

_Index = QModelIndex | QPersistentModelIndex


class Column(IntEnum):
    REFERENCE = 0
    KIND = 1
    DIRECTION = 2
    STATUS = 3
    PARTNER = 4
    DUE = 5
    TITLE = 6


_HEADERS = {
    Column.REFERENCE: QT_TRANSLATE_NOOP("RequestTableModel", "Reference"),
    Column.KIND: QT_TRANSLATE_NOOP("RequestTableModel", "Kind"),
    Column.DIRECTION: QT_TRANSLATE_NOOP("RequestTableModel", "Direction"),
    Column.STATUS: QT_TRANSLATE_NOOP("RequestTableModel", "Status"),
    Column.PARTNER: QT_TRANSLATE_NOOP("RequestTableModel", "Partner"),
    Column.DUE: QT_TRANSLATE_NOOP("RequestTableModel", "Due"),
    Column.TITLE: QT_TRANSLATE_NOOP("RequestTableModel", "Title"),
}


class RequestTableModel(QAbstractTableModel):
    """Rows of the request list in due-date order, loaded a page at a time (GUI thread)."""

    sig_count_changed = Signal(int)  # the total for the current filter, once known
    sig_loading = Signal(bool)  # True while the count for a new filter is being fetched
    sig_failed = Signal(str)  # a sentence for the user

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._worker: ServicesWorker | None = None
        self._filter = RequestFilter()
        self._count = 0
        self._pages: OrderedDict[int, list[RequestRow]] = OrderedDict()
        self._wanted: OrderedDict[int, None] = OrderedDict()
        self._in_flight: int | None = None  # one page fetch at a time keeps the worker free
        # Bumped on every reset: a page or count that arrives for an older filter is dropped.
        self._generation = 0

    # -- wiring ---------------------------------------------------------------------------------

    def attach(self, worker: ServicesWorker, filters: RequestFilter) -> None:
        """Start showing the open case file's requests."""
        self._worker = worker
        self.set_filter(filters)

    def detach(self) -> None:
        """Forget every row (the case file is being locked); nothing of it stays in memory."""
        self._worker = None
        self._generation += 1
        self.beginResetModel()
        self._count = 0
        self._pages.clear()
        self._wanted.clear()
        self._in_flight = None
        self.endResetModel()

    @property
    def filter(self) -> RequestFilter:
        return self._filter

    @property
    def total(self) -> int:
        return self._count

    def set_filter(self, filters: RequestFilter) -> None:
        """Count the matches (with the first page in the same trip), then reset the model.

        The old rows stay on screen until the new count arrives, so typing in the search field
        does not blank the list between keystrokes.
        """
        self._filter = filters
        self._generation += 1
        generation = self._generation
        worker = self._worker
        if worker is None:
            return
        self.sig_loading.emit(True)

        def fetch(svc: Any) -> tuple[int, list[RequestRow]]:  # worker thread
            return svc.requests.count(filters), svc.requests.list(filters, limit=PAGE_SIZE, offset=0)

        Op(self, worker, fetch).success(lambda r: self._counted(generation, *r)).failure(
            lambda s: self._failed(generation, s)
        ).run()

    def refresh(self) -> None:
        """Reload with the same filter (after a change to the requests)."""
        self.set_filter(self._filter)

    def _counted(self, generation: int, count: int, first: list[RequestRow]) -> None:
        if generation != self._generation:
            return
        self.beginResetModel()
        self._count = count
        self._pages.clear()
        self._wanted.clear()
        self._in_flight = None
        self._pages[0] = first
        self.endResetModel()
        self.sig_loading.emit(False)
        self.sig_count_changed.emit(count)

    def _failed(self, generation: int, sentence: str) -> None:
        if generation != self._generation:
            return
        self._in_flight = None
        self.sig_loading.emit(False)
        self.sig_failed.emit(sentence)

    # -- lazy pages -----------------------------------------------------------------------------

    def row_data(self, row: int) -> RequestRow | None:
        """The loaded row, or None (and its page is queued)."""
        page_number, at = divmod(row, PAGE_SIZE)
        page = self._pages.get(page_number)
        if page is None:
            self._want(page_number)
            return None
        self._pages.move_to_end(page_number)
        return page[at] if at < len(page) else None  # a short page: rows deleted since the count

    def is_loaded(self, row: int) -> bool:
        return row // PAGE_SIZE in self._pages

    def _want(self, page_number: int) -> None:
        if page_number == self._in_flight:
            return
        self._wanted[page_number] = None
        self._wanted.move_to_end(page_number)
        while len(self._wanted) > MAX_WANTED:
            self._wanted.popitem(last=False)
        self._fetch_next()

    def _fetch_next(self) -> None:
        worker = self._worker
        if self._in_flight is not None or not self._wanted or worker is None:
            return
        # The most recent wish first: it is what the user is looking at now.
        page_number, _ = self._wanted.popitem(last=True)
        self._in_flight = page_number
        generation = self._generation
        filters = self._filter
        offset = page_number * PAGE_SIZE
        Op(
            self,
            worker,
            lambda svc: svc.requests.list(filters, limit=PAGE_SIZE, offset=offset),  # worker thread
        ).success(lambda rows: self._page_arrived(generation, page_number, rows)).failure(
            lambda s: self._failed(generation, s)
        ).run()

    def _page_arrived(self, generation: int, page_number: int, rows: list[RequestRow]) -> None:
        if generation != self._generation:
            return
        self._in_flight = None
        self._pages[page_number] = rows
        self._pages.move_to_end(page_number)
        while len(self._pages) > MAX_PAGES:
            self._pages.popitem(last=False)
        first = page_number * PAGE_SIZE
        last = min(first + PAGE_SIZE, self._count) - 1
        if last >= first:
            self.dataChanged.emit(self.index(first, 0), self.index(last, len(Column) - 1))
        self._fetch_next()

    # -- QAbstractTableModel --------------------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(Column)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(Column):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return translate("RequestTableModel", _HEADERS[Column(section)])
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tr("The list is ordered by due date, the earliest first.")
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        return (
            Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
            if index.isValid()
            else Qt.ItemFlag.NoItemFlags
        )

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.row_data(index.row())
        column = Column(index.column())
        if row is None:
            if role == Qt.ItemDataRole.DisplayRole and column is Column.REFERENCE:
                return PLACEHOLDER
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == RowRole:
            return row
        if role == RequestIdRole:
            return row.id
        if role == Qt.ItemDataRole.ForegroundRole:
            state = _due_state(row)
            # The palette's WCAG-checked status colours, read when painted: right in light and dark.
            if state == "overdue":
                return QColor(theme.colors().overdue)
            return QColor(theme.colors().warning) if state == "soon" else None
        if role == Qt.ItemDataRole.FontRole and row.overdue:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, column)
        return None

    def _display(self, row: RequestRow, column: Column) -> str:
        if column is Column.REFERENCE:
            return row.reference
        if column is Column.KIND:
            return label_of(RequestKind, row.kind)
        if column is Column.DIRECTION:
            return label_of(Direction, row.direction)
        if column is Column.STATUS:
            return label_of(RequestStatus, row.status)
        if column is Column.PARTNER:
            return row.partner_code
        if column is Column.DUE:
            return local_text(row.due_at, empty="")
        return row.title

    def _tooltip(self, row: RequestRow, column: Column) -> str | None:
        state = _due_state(row)
        if state == "overdue" and row.due_at:
            return arg(self.tr("Overdue since %1"), local_text(row.due_at))
        if state == "soon" and row.due_at:
            return arg(self.tr("Due within 24 hours, at %1"), local_text(row.due_at))
        if column is Column.TITLE:
            return row.title  # a long title is elided in its cell
        return None


def _due_state(row: RequestRow) -> str | None:
    """The due state: `"overdue"`, `"soon"` (due within 24 h and still waiting) or None."""
    if row.overdue:
        return "overdue"
    if row.due_at is None or RequestStatus(row.status) not in WAITING:
        return None
    left = row.due_at - datetime.now(UTC)
    return "soon" if timedelta(0) <= left <= DUE_SOON else None
