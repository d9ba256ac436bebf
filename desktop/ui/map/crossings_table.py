"""The list beside the border map: one row per crossing drawn, for the keyboard and screen readers.

Reference, crossed at (local time with its zone), delay and status; the status also in its
colour. Enter (or a double-click) emits `sig_open_case(reference)`; moving the current row emits
`sig_current(reference)` so the map rings the same case. A model over the crossings computes a
row's texts only when the view asks for them: ten thousand crossings fill the list at once.
GUI thread only.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QVBoxLayout, QWidget

from desktop.ui import theme
from desktop.ui.map.data import PlottedCrossing
from desktop.ui.map.style import current_style
from desktop.ui.map.texts import case_tip, crossed_text, delay_text, status_text

Index = QModelIndex | QPersistentModelIndex
STATUS_COLUMN = 3


class CrossingsModel(QAbstractTableModel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.crossings: tuple[PlottedCrossing, ...] = ()
        self.headers = (self.tr("Reference"), self.tr("Crossed at"), self.tr("Delay"), self.tr("Status"))

    def set_crossings(self, crossings: Sequence[PlottedCrossing]) -> None:
        self.beginResetModel()
        self.crossings = tuple(crossings)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.crossings)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self.crossings):
            return None
        item = self.crossings[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.text(item, index.column())
        if role == Qt.ItemDataRole.ToolTipRole:
            return case_tip(item)
        if role == Qt.ItemDataRole.ForegroundRole and index.column() == STATUS_COLUMN:
            return QBrush(current_style().status_colour(item.status))
        return None

    @staticmethod
    def text(item: PlottedCrossing, column: int) -> str:
        if column == 0:
            return item.reference
        if column == 1:
            return crossed_text(item)
        if column == 2:
            return delay_text(item.crossing.delay)
        return status_text(item.status)

    def recolour(self) -> None:
        """The palette changed: the status column is painted again in its colours."""
        if self.crossings:
            top, bottom = self.index(0, STATUS_COLUMN), self.index(len(self.crossings) - 1, STATUS_COLUMN)
            self.dataChanged.emit(top, bottom, [Qt.ItemDataRole.ForegroundRole])


class CrossingsTable(QWidget):
    sig_current = Signal(str)
    sig_open_case = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = CrossingsModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setObjectName("mapCrossings")
        self.table.setAccessibleName(self.tr("Border crossings on the map"))
        self.table.setAccessibleDescription(
            self.tr("Up and Down select a crossing and show it on the map; Enter opens its case.")
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)
        header.setSectionsClickable(False)
        metrics = self.table.fontMetrics()
        for column, sample in enumerate(("CASE-2026-00000", "2026-10-25 02:10 CEST", "−6 h 40 min")):
            header.resizeSection(column, metrics.horizontalAdvance(sample) + 12)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self._syncing = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.table.activated.connect(self._activated)
        theme.notifier().sig_palette_changed.connect(self.model.recolour)

    @property
    def references(self) -> list[str]:
        return [c.reference for c in self.model.crossings]

    def show_crossings(self, crossings: Sequence[PlottedCrossing]) -> None:
        """Fill the list (the current row is kept if its case is still listed)."""
        kept = self.current_reference()
        self._syncing = True
        self.model.set_crossings(crossings)
        self._syncing = False
        if kept is not None:
            self.select(kept)

    def clear(self) -> None:
        self.show_crossings(())

    def row_count(self) -> int:
        return self.model.rowCount()

    def current_row(self) -> int:
        return self.table.currentIndex().row()

    def current_reference(self) -> str | None:
        row = self.current_row()
        return self.model.crossings[row].reference if 0 <= row < self.model.rowCount() else None

    def set_current_row(self, row: int) -> None:
        self.table.setCurrentIndex(self.model.index(row, 0))

    def select(self, reference: str) -> bool:
        """Make the case's row current without echoing it back as `sig_current`."""
        row = next((n for n, c in enumerate(self.model.crossings) if c.reference == reference), None)
        if row is None:
            return False
        self._syncing = True
        self.set_current_row(row)
        self._syncing = False
        self.table.scrollTo(self.model.index(row, 0))
        return True

    def texts(self, row: int) -> list[str]:
        return [
            str(self.model.data(self.model.index(row, column))) for column in range(self.model.columnCount())
        ]

    def foreground(self, row: int, column: int = STATUS_COLUMN) -> str:
        brush = self.model.data(self.model.index(row, column), Qt.ItemDataRole.ForegroundRole)
        return brush.color().name() if isinstance(brush, QBrush) else ""

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not self._syncing and current.isValid():
            self.sig_current.emit(self.model.crossings[current.row()].reference)

    def _activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.sig_open_case.emit(self.model.crossings[index.row()].reference)
