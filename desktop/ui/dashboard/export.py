"""Writing the dashboard out: one chart as PNG or SVG bytes (desktop/ui/plot_export.py), the whole
dashboard on a printer or into a PDF (Qt print support).

Exports and prints use the light palette (`paper_style`), whatever the screen shows: a chart is
pasted into a report or printed on white paper. The page writes a chart's bytes owner-only to the
file the user chose (`plot_export.save_plot`); a chart is drawn into the printer through
`plot_export.render_image`, the same drawing as a PNG export.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QMarginsF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPageLayout, QPainter
from PySide6.QtPrintSupport import QPrinter

from desktop.ui.dashboard.panel import ChartPanel
from desktop.ui.dashboard.style import paper_style
from desktop.ui.plot_export import png_bytes, render_image, svg_bytes

PNG_SCALE = 2  # pixels per screen pixel: sharp on a slide or in print
MAX_PRINT_PX = 2400
PRINT_WIDTH = 860.0  # logical pixels a chart is laid out in for the page


class ExportFailed(Exception):
    """The printer could not be opened (a PDF path that cannot be written)."""


def chart_bytes(panel: ChartPanel, fmt: str) -> bytes:
    """`panel`'s chart as "png" (PNG_SCALE times its size) or "svg", drawn in the light palette.

    The SVG is titled with the panel's title and described with the chart's accessible description.
    """
    chart = panel.chart
    shown = chart.style
    paper = paper_style()
    chart.restyle(paper, outline_selection=False)
    try:
        if fmt == "png":
            return png_bytes(chart, paper.background, PNG_SCALE)
        if fmt == "svg":
            return svg_bytes(chart, paper.background, panel.title.text(), chart.accessibleDescription())
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
    print its labels at 5 pt), drawn as an image (`render_image`) at up to MAX_PRINT_PX wide, then
    put back as it was: nothing of this reaches the screen, no event is processed in between.
    """
    chart = panel.chart
    shown, geometry = chart.style, chart.ci.geometry()
    if geometry.width() <= 0 or geometry.height() <= 0:
        return 0.0
    width = min(geometry.width(), PRINT_WIDTH)
    scale = min(area.width() / width, area.height() / geometry.height())
    target = QRectF(area.left(), area.top(), width * scale, geometry.height() * scale)
    paper = paper_style()
    chart.restyle(paper, outline_selection=False)
    try:
        chart.ci.setGeometry(QRectF(geometry.left(), geometry.top(), width, geometry.height()))
        chart.fit_legends(width)
        chart.settle()
        image = render_image(chart, paper.background, int(min(target.width(), MAX_PRINT_PX)) / width)
    finally:
        chart.ci.setGeometry(geometry)
        chart.restyle(shown)  # fits the legends to the screen again
    painter.drawImage(target, image)
    return target.height()
