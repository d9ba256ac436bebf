"""A pyqtgraph chart as a PNG or SVG file, drawn as it is shown, and written where the user chose.

`png_bytes`, `svg_bytes` and `render_image` take a `pg.PlotWidget` or a `pg.GraphicsLayoutWidget`
(any `pg.GraphicsView`) and draw its central item — the plot, or the layout with its plots and
legends. They paint the scene with pyqtgraph's export mode on, as its own exporters do: markers
are drawn as shapes rather than cached pixmaps, and sized for the output's scale. The SVG comes
from Qt's own generator: pyqtgraph's SVGExporter cannot read back the closed paths ("Z") Qt 6.10+
writes (pyqtgraph issue #3495) and fails on every plot with a filled area; nothing of pyqtgraph is
patched.

`save_plot` is the pages' "Export…": the page's file chooser (PNG and SVG filters, a suggested
name), the format from the name, the bytes drawn on the GUI thread, then written owner-only on the
database worker through an `Op` (`desktop.ui.files.export_file`: chart data are case data, so
the services record the export in the audit log as `export.chart_png` or `export.chart_svg`, with
the chart's name), the outcome shown in the page's status or error label. GUI thread only.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pyqtgraph as pg
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import QLabel, QWidget

from desktop.services.exports import ExportKind
from desktop.ui.files import SaveFileChooser, confirm_replace, export_file
from desktop.ui.operations import Op, ServicesWorker

FORMATS = ("png", "svg")


def render_image(view: pg.GraphicsView, background: QColor, scale: float = 2.0) -> QImage:
    """The chart as an image, `scale` times its size on screen."""
    source = view.centralWidget.sceneBoundingRect()
    width, height = max(1, round(source.width() * scale)), max(1, round(source.height() * scale))
    image = QImage(width, height, QImage.Format.Format_ARGB32)
    image.fill(background)
    painter = QPainter(image)
    _render(view, painter, QRectF(0, 0, width, height), background, scale)
    painter.end()
    return image


def png_bytes(view: pg.GraphicsView, background: QColor, scale: float = 2.0) -> bytes:
    """The chart as PNG, `scale` times its size on screen."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    render_image(view, background, scale).save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())


def svg_bytes(view: pg.GraphicsView, background: QColor, title: str, description: str) -> bytes:
    """The chart as SVG: lines, areas and markers as vectors, names as text."""
    size = view.centralWidget.sceneBoundingRect().size().toSize()
    target = QRectF(0, 0, size.width(), size.height())
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    generator = QSvgGenerator()
    generator.setOutputDevice(buffer)
    generator.setSize(size)
    generator.setViewBox(target)
    generator.setResolution(view.logicalDpiX())  # as on screen: cached axis texts keep their place
    generator.setTitle(title)
    generator.setDescription(description)
    painter = QPainter(generator)
    painter.fillRect(target, background)
    _render(view, painter, target, background, 1.0)
    painter.end()
    buffer.close()
    return bytes(data.data())


def _render(
    view: pg.GraphicsView, painter: QPainter, target: QRectF, background: QColor, scale: float
) -> None:
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    options = {"antialias": True, "background": background, "painter": painter, "resolutionScale": scale}
    items = [item for item in view.scene().items() if hasattr(item, "setExportMode")]
    for item in items:
        item.setExportMode(True, options)
    try:
        view.scene().render(painter, target, view.centralWidget.sceneBoundingRect())
    finally:
        for item in items:
            item.setExportMode(False, None)


# -- choosing the file and writing it ------------------------------------------------------------


def with_format(path: str, default: str) -> tuple[str, str]:
    """The path to write and its format ("png" or "svg"): a .png or .svg name decides (any case);
    any other name gets `.{default}` added."""
    suffix = Path(path).suffix.lower().lstrip(".")
    if suffix in FORMATS:
        return path, suffix
    return f"{path}.{default}", default


def save_plot(
    page: QWidget,
    worker: ServicesWorker | None,
    choose: SaveFileChooser,
    *,
    caption: str,
    suggested: str,
    name_filter: str,
    default_format: str,
    render: Callable[[str], bytes],
    saved: Callable[[str], str],
    status: QLabel,
    error: QLabel,
    subject: str | None = None,
) -> str | None:
    """Ask for a file, draw the chart (`render(fmt)`) and write it owner-only on the worker.

    On success `status` shows `saved(path)`; a refusal (the folder cannot be written, …) shows the
    failure sentence in `error`. A suffix added here to a name that then names an existing file is
    not written before the user said Yes to `files.confirm_replace`'s question. Returns the path
    to be written, or None if the user cancelled or no case file is open (nothing is drawn or
    written then). `subject` names the chart in the audit log (default: the suggested name
    without its suffix).
    """
    if worker is None:
        return None
    chosen = choose(page, caption, suggested, name_filter)
    if not chosen:
        return None
    path, fmt = with_format(chosen, default_format)
    kind = ExportKind.CHART_SVG if fmt == "svg" else ExportKind.CHART_PNG
    chart = subject if subject is not None else Path(suggested).stem

    def write(target: str) -> None:
        data = render(fmt)
        status.clear()
        error.clear()
        Op(page, worker, lambda svc: export_file(svc, kind, target, data, subject=chart)).success(
            lambda _none: status.setText(saved(target))
        ).failure(error.setText).run()

    confirm_replace(page, chosen, path, write)
    return path
