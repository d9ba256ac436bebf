"""One chart of the dashboard in its frame: title, export menu, the chart or its empty sentence,
and the line that reads out the value under the pointer (or selected with the keyboard).

The panel asks for an export with `sig_export(fmt)` ("png" or "svg"); the page chooses the file
and writes it (desktop/ui/plot_export.py), so every file dialog is the page's one injectable
chooser.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QFont
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMenu,
    QSizePolicy,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.dashboard.chart import ChartView
from desktop.ui.i18n import arg


class ChartPanel(QFrame):
    """A titled chart with its export menu, empty state and read-out line."""

    sig_export = Signal(str)  # "png" or "svg"

    def __init__(
        self,
        object_name: str,
        title: str,
        chart: ChartView,
        export_name: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.chart = chart
        self.export_name = export_name
        self.title = QLabel(title)
        font = QFont(self.title.font())
        font.setPointSizeF(font.pointSizeF() * 1.15)
        font.setBold(True)
        self.title.setFont(font)
        self.title.setWordWrap(True)
        self.title.setAccessibleName(title)

        self.export_button = QToolButton()
        self.export_button.setText(self.tr("Export"))
        self.export_button.setAccessibleName(arg(self.tr("Export the chart: %1"), title))
        self.export_button.setToolTip(self.tr("Save this chart as a PNG image or an SVG drawing"))
        self.export_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.export_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.export_button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        menu = QMenu(self.export_button)
        self.export_png_action = QAction(self.tr("Save as &PNG image…"), menu)
        self.export_svg_action = QAction(self.tr("Save as &SVG drawing…"), menu)
        self.export_png_action.triggered.connect(lambda: self.sig_export.emit("png"))
        self.export_svg_action.triggered.connect(lambda: self.sig_export.emit("svg"))
        menu.addAction(self.export_png_action)
        menu.addAction(self.export_svg_action)
        self.export_button.setMenu(menu)

        self.header = QHBoxLayout()
        self.header.addWidget(self.title, 1)
        self.header.addWidget(self.export_button)

        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setAccessibleName(self.tr("About this chart"))
        self.note.hide()

        self.empty_label = QLabel()
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.empty_label.setObjectName(f"{object_name}Empty")
        self.empty_label.setMinimumHeight(120)
        self._stack = QStackedWidget()
        self._stack.addWidget(chart)
        self._stack.addWidget(self.empty_label)
        self._stack.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

        self.readout = QLabel()
        self.readout.setObjectName(f"{object_name}Readout")
        self.readout.setWordWrap(True)
        self.readout.setTextFormat(Qt.TextFormat.PlainText)
        self.readout.setAccessibleName(self.tr("Value under the pointer"))
        self.readout.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._hint = self.tr(
            "Point at a bar or a point for its exact value; click it (or select it with the arrow keys "
            "and press Enter) to open the list behind it."
        )
        self.readout.setText(self._hint)
        chart.sig_hovered.connect(self._show_value)

        layout = QVBoxLayout(self)
        layout.addLayout(self.header)
        layout.addWidget(self.note)
        layout.addWidget(self._stack, 1)
        layout.addWidget(self.readout)
        self.set_empty(None)

    @property
    def value_text(self) -> str:
        """What the read-out line shows for the target under the pointer ("" if none)."""
        text = self.readout.text()
        return "" if text == self._hint else text

    def _show_value(self, text: str) -> None:
        self.readout.setText(text or self._hint)

    def add_header_widget(self, widget: QWidget) -> None:
        """A control of this chart (the loans chart's grouping), left of the export menu."""
        self.header.insertWidget(self.header.count() - 1, widget)

    def set_note(self, text: str) -> None:
        self.note.setText(text)
        self.note.setVisible(bool(text))

    def set_empty(self, sentence: str | None) -> None:
        """Show `sentence` instead of the chart (None: show the chart)."""
        if sentence is None:
            self._stack.setCurrentWidget(self.chart)
            self.empty_label.clear()
        else:
            self.empty_label.setText(sentence)
            self.empty_label.setAccessibleName(sentence)
            self._stack.setCurrentWidget(self.empty_label)
        enabled = sentence is None
        self.export_button.setEnabled(enabled)
        self.readout.setVisible(enabled)

    @property
    def is_empty(self) -> bool:
        return self._stack.currentWidget() is self.empty_label

    def describe(self, description: str) -> None:
        """The chart's accessible description: its key figures in a sentence or two."""
        self.chart.setAccessibleDescription(description)

    def clear(self) -> None:
        """Forget everything shown (the case file is being locked)."""
        self.chart.forget()
        self.chart.setAccessibleDescription("")
        self.set_note("")
        self.readout.setText(self._hint)
        self.set_empty("")
