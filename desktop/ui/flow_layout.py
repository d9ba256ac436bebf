"""A layout that wraps its items onto the next line when the row is full (Qt's flow layout example).

Rows of buttons use it: their labels grow by a third in French and Dutch, and a fixed row would
make the window wider than a laptop screen. The items keep their order and size hints; `align_right`
pushes each line to the right, where dialog-style action buttons sit.
"""

from __future__ import annotations

from PySide6.QtCore import QMargins, QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QLayoutItem, QSizePolicy, QWidget


class FlowLayout(QLayout):
    def __init__(self, parent: QWidget | None = None, *, align_right: bool = False) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._align_right = align_right

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._arrange(QRect(0, 0, width, 0), apply=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, apply=True)

    def sizeHint(self) -> QSize:
        return self.minimumSize()

    def minimumSize(self) -> QSize:
        size = QSize()
        for item in self._items:
            size = size.expandedTo(item.minimumSize())
        margins: QMargins = self.contentsMargins()
        return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom())

    def _spacing(self, orientation: Qt.Orientation) -> int:
        if self.spacing() >= 0:
            return self.spacing()
        parent = self.parentWidget()
        if parent is None:
            return 6
        control = QSizePolicy.ControlType.PushButton
        return parent.style().layoutSpacing(control, control, orientation)

    def _arrange(self, rect: QRect, *, apply: bool) -> int:
        margins = self.contentsMargins()
        area = rect.adjusted(margins.left(), margins.top(), -margins.right(), -margins.bottom())
        gap_x = self._spacing(Qt.Orientation.Horizontal)
        gap_y = self._spacing(Qt.Orientation.Vertical)
        lines: list[list[tuple[QLayoutItem, QSize]]] = [[]]
        used = 0
        for item in self._items:
            if item.widget() is not None and item.widget().isHidden():
                continue
            hint = item.sizeHint()
            needed = hint.width() if not lines[-1] else used + gap_x + hint.width()
            if lines[-1] and needed > area.width():
                lines.append([])
                needed = hint.width()
            lines[-1].append((item, hint))
            used = needed
        y = area.y()
        for line in lines:
            if not line:
                continue
            width = sum(h.width() for _i, h in line) + gap_x * (len(line) - 1)
            height = max(h.height() for _i, h in line)
            x = area.x() + (area.width() - width if self._align_right else 0)
            for item, hint in line:
                if apply:
                    item.setGeometry(QRect(QPoint(x, y), hint))
                x += hint.width() + gap_x
            y += height + gap_y
        return y - gap_y - rect.y() + margins.bottom()
