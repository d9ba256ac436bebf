"""Paged documents on paper or in a PDF: an HTML `QTextDocument` laid out on A4 pages with a running
header and "Page 1 of 3" under each page (Qt print support). GUI thread only.

`print_document(device, document, frame)` draws on any `QPagedPaintDevice`: the `QPrinter` a print
dialog set up, or a `QPdfWriter`. `print_pages(device, frame, layout)` frames pages the caller lays
out itself (the dashboard: a title, then two charts a page). `pdf_bytes(draw)` writes the PDF into
memory (a `QBuffer`): the caller hands the bytes to the services' private writer
(`desktop.ui.files.write_private_file`, owner-only, atomic), so no plaintext file or temporary copy
is ever written by Qt.

The document is laid out for the device (its fonts measured at the device's resolution, its images
sized in screen pixels and scaled by Qt) as one long page, then cut into pages here (`paginate`):
Qt's own pagination splits a table row whose first line still fits, so a row's cells would start on
one page and end on the next. Pages end between lines of text or between table rows, never right
under a heading or inside a paragraph holding a picture; a table that goes on over a page repeats
its `<thead>` on top. Everything is drawn with the light palette (`paper_palette_colours`): a dark
theme never prints white text. `paper_palette()` lends the light palette to the whole application
while a chart is drawn for paper (no event loop runs meanwhile), and gives the shown one back.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QRectF, Qt
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QFont,
    QGuiApplication,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPalette,
    QPdfWriter,
    QPen,
    QTextBlock,
    QTextCursor,
    QTextDocument,
    QTextTable,
)

from desktop.ui import theme

MARGIN_MM = 15.0
PDF_DPI = 300  # text and lines stay vectors; this is the grid they are placed on
TEXT = QColor("#1b1b1b")
MUTED = QColor("#555555")
RULE = QColor("#9a9a9a")


class PrintFailed(Exception):
    """The printer (or the PDF writer) could not be opened."""


@dataclass(frozen=True)
class PageFrame:
    """What every page carries around the document: a running header and the page number."""

    header_left: str
    """Whose document this is (a case's reference and title); cut short if too long."""
    header_right: str = ""
    """A mark on the right (a handling code), bold in `mark_colour`."""
    page_text: Callable[[int, int], str] = lambda page, pages: f"{page} / {pages}"
    """(page, pages) → "Page 1 of 3" in the interface's language."""
    mark_colour: str = "#1b1b1b"


@dataclass(frozen=True)
class PageBox:
    """A page's printable area in device pixels, and the line height of its running header."""

    width: float
    height: float
    line: float

    @property
    def top(self) -> float:
        """Where the body starts, under the running header."""
        return self.line * 2.2

    @property
    def body(self) -> QRectF:
        """Between the running header and the page number."""
        return QRectF(0, self.top, self.width, self.height - self.top - self.line * 2.0)


PageDrawer = Callable[[QPainter], object]
"""Draws one page's body (device pixels, the printable area's top left at 0, 0)."""


def paper_palette_colours() -> QPalette:
    """The light palette: what a document is drawn with, whatever the screen shows."""
    return theme.light_palette()


@contextmanager
def paper_palette() -> Iterator[None]:
    """Lend the application the light palette while a chart is drawn for paper (no event loop may
    run meanwhile: nothing is repainted on screen); the palette shown is given back afterwards.
    Does nothing under the light palette."""
    shown = QGuiApplication.palette()
    if not theme.is_dark(shown):
        yield
        return
    QGuiApplication.setPalette(paper_palette_colours())
    try:
        yield
    finally:
        QGuiApplication.setPalette(shown)


def set_a4(device: QPagedPaintDevice) -> None:
    """A4 portrait with MARGIN_MM on every side (a PDF; a printer keeps the paper its dialog chose,
    with at least these margins)."""
    device.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    device.setPageOrientation(QPageLayout.Orientation.Portrait)
    device.setPageMargins(QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM), QPageLayout.Unit.Millimeter)


def ensure_margins(device: QPagedPaintDevice) -> None:
    """At least MARGIN_MM on every side, keeping the paper size and orientation chosen."""
    layout = device.pageLayout()
    current = layout.margins(QPageLayout.Unit.Millimeter)
    wanted = QMarginsF(
        max(current.left(), MARGIN_MM),
        max(current.top(), MARGIN_MM),
        max(current.right(), MARGIN_MM),
        max(current.bottom(), MARGIN_MM),
    )
    device.setPageMargins(wanted, QPageLayout.Unit.Millimeter)


def font(points: float, *, bold: bool = False) -> QFont:
    chosen = QFont()
    chosen.setPointSizeF(points)
    chosen.setBold(bold)
    return chosen


def page_box(painter: QPainter, device: QPagedPaintDevice) -> PageBox:
    """The page of `device` as `painter` (active on it) measures it."""
    page = device.pageLayout().paintRectPixels(device.resolution())
    painter.save()
    painter.setFont(font(8))
    line = painter.fontMetrics().lineSpacing()
    painter.restore()
    return PageBox(float(page.width()), float(page.height()), float(line))


def print_pages(
    device: QPagedPaintDevice, frame: PageFrame, layout: Callable[[QPainter, QRectF], Sequence[PageDrawer]]
) -> int:
    """Pages laid out by the caller, each under `frame`'s running header and over "Page X of N";
    the page count.

    `layout(painter, body)` is called once the painter is open on `device` (fonts measure at the
    device's resolution), with the body's rectangle on every page; it returns one drawer per page.
    Raises PrintFailed if the device cannot be opened.
    """
    painter = QPainter()
    if not painter.begin(device):
        raise PrintFailed
    try:
        box = page_box(painter, device)
        drawers = list(layout(painter, box.body)) or [lambda _painter: None]
        for index, draw in enumerate(drawers):
            if index:
                device.newPage()
            _draw_frame(painter, frame, index + 1, len(drawers), box.width, box.height, box.line)
            painter.save()
            try:
                draw(painter)
            finally:
                painter.restore()
    finally:
        painter.end()
    return len(drawers)


def print_document(device: QPagedPaintDevice, document: QTextDocument, frame: PageFrame) -> int:
    """Lay `document` out for `device`'s pages and draw every page with `frame`; the page count.

    Raises PrintFailed if the device cannot be opened. The document keeps the layout for the
    device afterwards (it is built for one print).
    """
    painter = QPainter()
    if not painter.begin(device):
        raise PrintFailed
    try:
        box = page_box(painter, device)
        width, height, line, top = box.width, box.height, box.line, box.top
        body = box.body.height()
        document.documentLayout().setPaintDevice(device)
        document.setTextWidth(width)  # one long page: it is cut into pages below
        slices = paginate(document, body, device.logicalDpiY() / 96)
        context = QAbstractTextDocumentLayout.PaintContext()
        context.palette = paper_palette_colours()
        for index, (start, stop, head) in enumerate(slices):
            if index:
                device.newPage()
            _draw_frame(painter, frame, index + 1, len(slices), width, height, line)
            y = top
            for low, high in ((head or (0.0, 0.0)), (start, stop)):
                if high <= low:
                    continue
                clip = QRectF(0, low, width, high - low)
                painter.save()
                painter.translate(0, y - low)
                painter.setClipRect(clip)
                context.clip = clip
                document.documentLayout().draw(painter, context)
                painter.restore()
                y += high - low
    finally:
        painter.end()
    return len(slices)


@dataclass(frozen=True)
class _Table:
    top: float
    head_bottom: float
    """Where its header rows end (== top without a header)."""
    bottom: float


def paginate(
    document: QTextDocument, page_height: float, scale: float
) -> list[tuple[float, float, tuple[float, float] | None]]:
    """Cut a document laid out as one long page into pages: (from y, to y, table header to repeat
    above it or None) each.

    Pages end only between lines of text or between table rows, never inside a row (unless a row
    is taller than a page), never right under a heading, never between a table's header and its
    first row. A page that starts inside a table with a header (`<thead>`) repeats that header.
    `scale`: device pixels per screen pixel (cell padding is given in screen pixels).
    """
    layout = document.documentLayout()
    total = layout.documentSize().height()
    cuts: set[float] = set()  # between table rows
    text_cuts: set[float] = set()  # between lines of text outside tables
    weak: set[float] = set()  # inside a table row: only when a row is taller than a page
    tables: dict[int, _Table] = {}
    keep_next = False  # the previous block is a heading: no page ends under it
    block = document.begin()
    while block.isValid():
        rect = layout.blockBoundingRect(block)
        lines = block.layout()
        tops = [rect.top() + lines.lineAt(i).y() for i in range(lines.lineCount())] or [rect.top()]
        table = QTextCursor(block).currentTable()
        if table is None:
            # A paragraph with a picture stays whole (the picture with its caption).
            breakable = tops if not _has_image(block) else tops[:1]
            for index, y in enumerate(breakable):
                if index or not keep_next:
                    text_cuts.add(y)
            keep_next = block.blockFormat().headingLevel() > 0
        else:
            keep_next = False
            weak.update(tops[1:])
            key = table.firstPosition()  # (a new wrapper each time: no id())
            if key not in tables:
                tables[key] = _table_rows(document, table, scale, cuts)
        block = block.next()
    spans = sorted(tables.values(), key=lambda t: t.top)
    # The empty block Qt keeps after a table lies beside its last row: no cut there.
    cuts.update(c for c in text_cuts if not any(t.top < c < t.bottom for t in spans))
    cuts = {c for c in cuts if 0 < c < total}
    slices: list[tuple[float, float, tuple[float, float] | None]] = []
    y = 0.0
    while y < total - 0.5:
        inside = next((t for t in spans if t.head_bottom <= y < t.bottom and t.head_bottom > t.top), None)
        head = (inside.top, inside.head_bottom) if inside is not None else None
        if head is not None and head[1] - head[0] > page_height / 3:
            head = None  # a header that tall is not repeated: the page must hold more than that
        room = page_height - (head[1] - head[0] if head else 0.0)
        limit = y + room
        if limit >= total:
            stop = total
        else:
            fitting = [c for c in cuts if y + 1 < c <= limit]
            fallback = [c for c in weak if y + 1 < c <= limit]
            stop = max(fitting) if fitting else max(fallback) if fallback else limit
        slices.append((y, stop, head))
        y = stop
    return slices or [(0.0, total, None)]


def _has_image(block: QTextBlock) -> bool:
    iterator = block.begin()
    while not iterator.atEnd():
        if iterator.fragment().charFormat().isImageFormat():
            return True
        iterator += 1
    return False


def _table_rows(document: QTextDocument, table: QTextTable, scale: float, cuts: set[float]) -> _Table:
    """Add the cuts between `table`'s rows (not under its header, not above its first body row)."""
    layout = document.documentLayout()
    frame = layout.frameBoundingRect(table)
    padding = table.format().cellPadding() * scale
    tops = []
    for row in range(table.rows()):
        firsts = [
            layout.blockBoundingRect(table.cellAt(row, column).firstCursorPosition().block()).top()
            for column in range(table.columns())
        ]
        tops.append(min(firsts) - padding)
    header = table.format().headerRowCount()
    for row in range(max(1, header + 1), table.rows()):
        cuts.add(tops[row])
    # The layout reports the frame where its first row's text starts: its top border and padding
    # lie above that.
    top = frame.top() - padding - table.format().border() * scale
    head_bottom = tops[header] if 0 < header < table.rows() else top
    return _Table(top, head_bottom, frame.bottom())


def _draw_frame(
    painter: QPainter, frame: PageFrame, page: int, pages: int, width: float, height: float, line: float
) -> None:
    """The running header (left: whose document; right: the mark) and the page number below."""
    painter.save()
    painter.setFont(font(8, bold=True))
    mark_width = painter.fontMetrics().horizontalAdvance(frame.header_right) if frame.header_right else 0
    if frame.header_right:
        painter.setPen(QColor(frame.mark_colour))
        painter.drawText(
            QRectF(width - mark_width, 0, mark_width, line), Qt.AlignmentFlag.AlignRight, frame.header_right
        )
    painter.setFont(font(8))
    painter.setPen(MUTED)
    room = width - mark_width - line
    left = painter.fontMetrics().elidedText(frame.header_left, Qt.TextElideMode.ElideRight, int(room))
    painter.drawText(QRectF(0, 0, room, line), Qt.AlignmentFlag.AlignLeft, left)
    painter.setPen(QPen(RULE, max(1.0, line / 14)))
    painter.drawLine(0, round(line * 1.3), round(width), round(line * 1.3))
    painter.setPen(MUTED)
    painter.drawText(
        QRectF(0, height - line, width, line), Qt.AlignmentFlag.AlignHCenter, frame.page_text(page, pages)
    )
    painter.restore()


def pdf_bytes(draw: Callable[[QPdfWriter], object], title: str, creator: str = "Benelux Case Desk") -> bytes:
    """The PDF `draw(writer)` makes on an A4 `QPdfWriter` writing into memory; nothing touches disk."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(PDF_DPI)
    writer.setTitle(title)
    writer.setCreator(creator)
    set_a4(writer)
    try:
        draw(writer)
    finally:
        del writer  # the PDF is finished when the painter ended; the buffer holds it all
        buffer.close()
    return bytes(data.data())
