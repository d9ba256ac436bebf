"""Writing the dashboard out: one chart as PNG or SVG (pyqtgraph's exporters), the whole dashboard
on a printer or into a PDF (Qt print support).

Exports and prints use the light palette (`paper_style`), whatever the screen shows: a chart is
pasted into a report or printed on white paper. The file is written by the exporter to the path
the user chose in the page's file dialog, and nowhere else.

pyqtgraph 0.14.0's SVG exporter cannot read the closed paths ("… Z") that Qt 6.10+ writes for
rectangles and fails on every plot (pyqtgraph issue #3495). `_tolerate_closed_paths` drops the
"Z" tokens before pyqtgraph re-maps the coordinates: every closed path Qt writes already ends with
a line back to its start, so the drawing is unchanged.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from pyqtgraph.exporters import ImageExporter, SVGExporter
from PySide6.QtCore import QMarginsF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPageLayout, QPainter
from PySide6.QtPrintSupport import QPrinter

from desktop.ui.dashboard.panel import ChartPanel
from desktop.ui.dashboard.style import paper_style

PNG_SCALE = 2  # pixels per screen pixel: sharp on a slide or in print
MAX_PRINT_PX = 2400
PRINT_WIDTH = 860.0  # logical pixels a chart is laid out in for the page
_PATCHED = "_casedesk_closed_paths"


def _tolerate_closed_paths() -> None:
    module = importlib.import_module("pyqtgraph.exporters.SVGExporter")
    original: Callable[..., Any] = module.correctCoordinates
    if getattr(original, _PATCHED, False):
        return

    def correct(node: Any, defs: Any, item: Any, options: Any) -> Any:
        for path in node.getElementsByTagName("path"):
            d = path.getAttribute("d")
            if d:
                path.setAttribute("d", " ".join(t for t in d.split() if t not in ("Z", "z")))
        return original(node, defs, item, options)

    setattr(correct, _PATCHED, True)
    module.correctCoordinates = correct


class ExportFailed(Exception):
    """The chosen file could not be written (its reason is the OS's)."""


def export_chart(panel: ChartPanel, path: str, fmt: str) -> None:
    """Write `panel`'s chart to `path` as "png" or "svg", drawn in the light palette."""
    chart = panel.chart
    shown = chart.style
    chart.restyle(paper_style(), outline_selection=False)
    try:
        if fmt == "png":
            exporter = ImageExporter(chart.ci)
            exporter.parameters()["width"] = int(chart.ci.boundingRect().width() * PNG_SCALE)
            if not exporter.export(fileName=path):
                raise ExportFailed(path)
        elif fmt == "svg":
            _tolerate_closed_paths()
            try:
                SVGExporter(chart.ci).export(fileName=path)
            except OSError as error:
                raise ExportFailed(error.strerror or path) from None
        else:
            raise ValueError(fmt)
    finally:
        chart.restyle(shown)


# -- printing ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class PrintHeader:
    title: str
    lines: tuple[str, ...]
    """The filters, the date printed."""


def new_pdf_printer(path: str) -> QPrinter:
    """A printer that writes an A4 PDF to `path`."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(path)
    printer.setPageOrientation(QPageLayout.Orientation.Portrait)
    printer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout.Unit.Millimeter)
    return printer


def _font(size: float, *, bold: bool = False) -> QFont:
    font = QFont()
    font.setPointSizeF(size)
    font.setBold(bold)
    return font


def print_dashboard(printer: QPrinter, header: PrintHeader, panels: Sequence[ChartPanel]) -> int:
    """Draw the header and every panel (two charts a page) on `printer`; returns the page count.

    Raises ExportFailed if the printer cannot be opened (a PDF path that cannot be written).
    """
    painter = QPainter()
    if not painter.begin(printer):
        raise ExportFailed(printer.outputFileName())
    pages = 1
    try:
        page = printer.pageLayout().paintRectPixels(printer.resolution())
        width, height = float(page.width()), float(page.height())
        text = QColor("#1b1b1b")
        muted = QColor("#555555")
        gap = height * 0.015
        painter.setPen(text)
        painter.setFont(_font(16, bold=True))
        y = _draw_text(painter, header.title, 0, width)
        painter.setFont(_font(9))
        painter.setPen(muted)
        for line in header.lines:
            y += _draw_text(painter, line, y, width)
        y += gap * 2
        chart_height = (height - y) / 2 - gap * 6
        for panel in panels:
            painter.setFont(_font(11, bold=True))
            needed = painter.fontMetrics().height() * 4 + chart_height
            if y + needed > height:
                printer.newPage()
                pages += 1
                y = 0.0
            painter.setPen(text)
            y += _draw_text(painter, panel.title.text(), y, width)
            painter.setFont(_font(8.5))
            painter.setPen(muted)
            for extra in (panel.chart.accessibleDescription(), panel.note.text()):
                if extra:
                    y += _draw_text(painter, extra, y, width)
            y += gap / 2
            if panel.is_empty:
                painter.setFont(_font(10))
                y += _draw_text(painter, panel.empty_label.text(), y, width) + gap * 2
                continue
            y += _draw_chart(painter, panel, QRectF(0, y, width, chart_height)) + gap * 2
    finally:
        painter.end()
    return pages


def _draw_text(painter: QPainter, text: str, y: float, width: float) -> float:
    """Wrapped `text` from `y`; returns the height it took."""
    flags = int(Qt.AlignmentFlag.AlignLeft) | int(Qt.TextFlag.TextWordWrap)
    bounds = painter.boundingRect(QRectF(0, y, width, 10_000), flags, text)
    painter.drawText(QRectF(0, y, width, bounds.height()), flags, text)
    return bounds.height()


def _draw_chart(painter: QPainter, panel: ChartPanel, area: QRectF) -> float:
    """The chart scaled into `area` (its aspect kept), in the light palette; returns the height used.

    The chart is laid out PRINT_WIDTH wide for the page (a chart as wide as a large screen would
    print its labels at 5 pt), drawn through pyqtgraph's image exporter at up to MAX_PRINT_PX, then
    put back as it was: nothing of this reaches the screen, no event is processed in between.
    """
    chart = panel.chart
    shown, geometry = chart.style, chart.ci.geometry()
    if geometry.width() <= 0 or geometry.height() <= 0:
        return 0.0
    width = min(geometry.width(), PRINT_WIDTH)
    scale = min(area.width() / width, area.height() / geometry.height())
    target = QRectF(area.left(), area.top(), width * scale, geometry.height() * scale)
    chart.restyle(paper_style(), outline_selection=False)
    try:
        chart.ci.setGeometry(QRectF(geometry.left(), geometry.top(), width, geometry.height()))
        chart.fit_legends(width)
        chart.settle()
        exporter = ImageExporter(chart.ci)
        exporter.parameters()["width"] = int(min(target.width(), MAX_PRINT_PX))
        image = exporter.export(toBytes=True)
    finally:
        chart.ci.setGeometry(geometry)
        chart.restyle(shown)  # fits the legends to the screen again
    painter.drawImage(target, image)
    return target.height()
