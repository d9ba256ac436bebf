"""Writing the dashboard out: one chart as PNG or SVG bytes (desktop/ui/plot_export.py), the whole
dashboard on a printer or into a PDF made in memory (desktop/ui/printing.py).

Exports and prints use the light palette (`paper_style`), whatever the screen shows: a chart is
pasted into a report or printed on white paper. The page writes a chart's bytes owner-only to the
file the user chose (`plot_export.save_plot`), and the dashboard's PDF bytes the same way
(`desktop.ui.files.export_file`, recorded in the audit log); a chart is drawn into the page through
`plot_export.render_image`, the same drawing as a PNG export.

`print_dashboard` lays the dashboard out on A4 (or the paper a print dialog chose): the title and
the header lines (filters, figures as of, printed on) on the first page, then each panel (title,
key figures, note, chart or empty sentence), two charts a page; `printing.print_pages` adds the
running header and "Page X of N".
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPagedPaintDevice, QPainter

from desktop.ui.dashboard.panel import ChartPanel
from desktop.ui.dashboard.style import paper_style
from desktop.ui.plot_export import png_bytes, render_image, svg_bytes
from desktop.ui.printing import MUTED, TEXT, PageDrawer, PageFrame, font, pdf_bytes, print_pages

PNG_SCALE = 2  # pixels per screen pixel: sharp on a slide or in print
MAX_PRINT_PX = 2400
PRINT_WIDTH = 860.0  # logical pixels a chart is laid out in for the page


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
    running: str = ""
    """Above every page on the left (the filters), cut short if too long; the title if empty."""
    mark: str = ""
    """Above every page on the right, in bold (what the printout is)."""


def print_dashboard(
    device: QPagedPaintDevice,
    header: PrintHeader,
    panels: Sequence[ChartPanel],
    page_text: Callable[[int, int], str],
) -> int:
    """Draw the header and every panel (two charts a page) on `device`, a printer or a PDF
    writer; the page count. `page_text(page, pages)`: "Page 1 of 2" in the interface's language.

    Raises printing.PrintFailed if the device cannot be opened.
    """
    frame = PageFrame(
        header_left=header.running or header.title, header_right=header.mark, page_text=page_text
    )
    return print_pages(device, frame, lambda painter, body: _layout(painter, body, header, panels))


def dashboard_pdf(
    header: PrintHeader, panels: Sequence[ChartPanel], page_text: Callable[[int, int], str]
) -> tuple[bytes, int]:
    """The dashboard as an A4 PDF made in memory (nothing touches disk), and its page count."""
    pages: list[int] = []
    data = pdf_bytes(
        lambda writer: pages.append(print_dashboard(writer, header, panels, page_text)), header.title
    )
    return data, pages[0]


class _Pages:
    """The pages being laid out: what each will draw, and where the next thing goes."""

    def __init__(self, painter: QPainter, body: QRectF) -> None:
        self.painter = painter
        self.body = body
        self.pages: list[list[PageDrawer]] = [[]]
        self.y = body.top()

    def new_page(self) -> None:
        self.pages.append([])
        self.y = self.body.top()

    def text(self, text: str, size: float, colour: QColor, *, bold: bool = False) -> None:
        """Wrapped `text` at the next place on the page."""
        chosen = font(size, bold=bold)
        flags = int(Qt.AlignmentFlag.AlignLeft) | int(Qt.TextFlag.TextWordWrap)
        self.painter.save()
        self.painter.setFont(chosen)
        bounds = self.painter.boundingRect(QRectF(0, 0, self.body.width(), 10_000), flags, text)
        self.painter.restore()
        area = QRectF(self.body.left(), self.y, self.body.width(), bounds.height())

        def draw(painter: QPainter) -> None:
            painter.setFont(chosen)
            painter.setPen(colour)
            painter.drawText(area, flags, text)

        self.pages[-1].append(draw)
        self.y += bounds.height()

    def chart(self, panel: ChartPanel, height: float) -> None:
        target = _chart_target(panel, QRectF(self.body.left(), self.y, self.body.width(), height))
        if target is None:
            return
        self.pages[-1].append(lambda painter: _draw_chart(painter, panel, target))
        self.y += target.height()

    def line_height(self, size: float, *, bold: bool = False) -> float:
        self.painter.save()
        self.painter.setFont(font(size, bold=bold))
        height = float(self.painter.fontMetrics().height())
        self.painter.restore()
        return height

    def drawers(self) -> list[PageDrawer]:
        def drawer(steps: list[PageDrawer]) -> PageDrawer:
            def draw(painter: QPainter) -> None:
                for step in steps:
                    step(painter)

            return draw

        return [drawer(steps) for steps in self.pages]


def _layout(
    painter: QPainter, body: QRectF, header: PrintHeader, panels: Sequence[ChartPanel]
) -> list[PageDrawer]:
    """Where everything goes: the title and header lines, then the panels, a panel moved to the
    next page when its title and chart do not fit; one drawer per page."""
    out = _Pages(painter, body)
    gap = body.height() * 0.015
    out.text(header.title, 16, TEXT, bold=True)
    for line in header.lines:
        out.text(line, 9, MUTED)
    out.y += gap * 2
    chart_height = (body.bottom() - out.y) / 2 - gap * 6
    for panel in panels:
        if out.y + out.line_height(11, bold=True) * 4 + chart_height > body.bottom():
            out.new_page()
        out.text(panel.title.text(), 11, TEXT, bold=True)
        for extra in (panel.chart.accessibleDescription(), panel.note.text()):
            if extra:
                out.text(extra, 8.5, MUTED)
        out.y += gap / 2
        if panel.is_empty:
            out.text(panel.empty_label.text(), 10, MUTED)
        else:
            out.chart(panel, chart_height)
        out.y += gap * 2
    return out.drawers()


def _chart_target(panel: ChartPanel, area: QRectF) -> QRectF | None:
    """Where the chart goes in `area`: laid out PRINT_WIDTH wide at most, its aspect kept."""
    geometry = panel.chart.ci.geometry()
    if geometry.width() <= 0 or geometry.height() <= 0:
        return None
    width = min(geometry.width(), PRINT_WIDTH)
    scale = min(area.width() / width, area.height() / geometry.height())
    return QRectF(area.left(), area.top(), width * scale, geometry.height() * scale)


def _draw_chart(painter: QPainter, panel: ChartPanel, target: QRectF) -> None:
    """The chart drawn into `target`, in the light palette.

    The chart is laid out PRINT_WIDTH wide for the page (a chart as wide as a large screen would
    print its labels at 5 pt), drawn as an image (`render_image`) at up to MAX_PRINT_PX wide, then
    put back as it was: nothing of this reaches the screen, no event is processed in between.
    """
    chart = panel.chart
    shown, geometry = chart.style, chart.ci.geometry()
    width = min(geometry.width(), PRINT_WIDTH)
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
