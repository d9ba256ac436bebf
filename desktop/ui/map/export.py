"""The border map as a PNG or SVG file's bytes, drawn as it is shown (legend and attribution too).

Both paint the plot's scene with pyqtgraph's export mode on, as its own exporters do: markers are
drawn as shapes rather than cached pixmaps, and sized for the output's scale. The SVG comes from
Qt's own generator: pyqtgraph's SVGExporter cannot read back the closed paths ("Z") Qt 6 writes
and fails on every plot with a filled area. GUI thread only; the caller writes the bytes where
the user chose.
"""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtSvg import QSvgGenerator


def png_bytes(plot: pg.PlotWidget, background: QColor, scale: float = 2.0) -> bytes:
    """The plot as PNG, `scale` times its size on screen."""
    source = plot.getPlotItem().sceneBoundingRect()
    width, height = max(1, round(source.width() * scale)), max(1, round(source.height() * scale))
    image = QImage(width, height, QImage.Format.Format_ARGB32)
    image.fill(background)
    painter = QPainter(image)
    _render(plot, painter, QRectF(0, 0, width, height), background, scale)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())


def svg_bytes(plot: pg.PlotWidget, background: QColor, title: str, description: str) -> bytes:
    """The plot as SVG: lines, areas and markers as vectors, names as text."""
    size = plot.getPlotItem().sceneBoundingRect().size().toSize()
    target = QRectF(0, 0, size.width(), size.height())
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    generator = QSvgGenerator()
    generator.setOutputDevice(buffer)
    generator.setSize(size)
    generator.setViewBox(target)
    generator.setResolution(plot.logicalDpiX())  # as on screen: cached axis texts keep their place
    generator.setTitle(title)
    generator.setDescription(description)
    painter = QPainter(generator)
    painter.fillRect(target, background)
    _render(plot, painter, target, background, 1.0)
    painter.end()
    buffer.close()
    return bytes(data.data())


def _render(plot: pg.PlotWidget, painter: QPainter, target: QRectF, background: QColor, scale: float) -> None:
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    options = {"antialias": True, "background": background, "painter": painter, "resolutionScale": scale}
    items = [item for item in plot.scene().items() if hasattr(item, "setExportMode")]
    for item in items:
        item.setExportMode(True, options)
    try:
        plot.scene().render(painter, target, plot.getPlotItem().sceneBoundingRect())
    finally:
        for item in items:
            item.setExportMode(False, None)
