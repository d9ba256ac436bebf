"""desktop/ui/plot_export.py: a pyqtgraph chart as PNG and SVG bytes, and `save_plot` writing them
owner-only on the database worker of a real case file. Offscreen, with pytest-qt.

The plots hold filled bars and a filled area: the closed paths ("Z") Qt writes for them are what
pyqtgraph 0.14.0's own SVG exporter cannot read (its issue #3495).
"""

from __future__ import annotations

import stat
from collections.abc import Iterator
from pathlib import Path

import pyqtgraph as pg
import pytest
from defusedxml import ElementTree
from PySide6.QtCore import QPointF, QRectF, Qt, QTimer
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QApplication, QFileDialog, QLabel, QMessageBox, QWidget

from desktop.services.session_api import audit_status
from desktop.ui.files import REPLACE_QUESTION, ask_save_file
from desktop.ui.plot_export import png_bytes, render_image, save_plot, svg_bytes, with_format
from tests.conftest import CaseFixture
from tests.gui_helpers import WAIT
from tests.gui_page_harness import PageHarness

SVG = "{http://www.w3.org/2000/svg}"
BAR = QColor("#1f77b4")
AREA = QColor("#e8710a")
PAPER = QColor("#ffffff")


@pytest.fixture
def plot(qtbot) -> pg.PlotWidget:  # type: ignore[no-untyped-def]
    widget = pg.PlotWidget()
    qtbot.addWidget(widget)
    widget.resize(400, 300)
    widget.setBackground(PAPER)
    item = widget.getPlotItem()
    item.addLegend()  # names the bars
    bars = pg.BarGraphItem(x=[1, 2, 3], height=[3, 5, 2], width=0.6, brush=BAR, pen=None, name="Bars (3)")
    item.addItem(bars)
    low = pg.PlotDataItem([5, 6, 7], [0, 0, 0])
    high = pg.PlotDataItem([5, 6, 7], [4, 4, 4])
    item.addItem(pg.FillBetweenItem(low, high, brush=AREA))
    item.setXRange(0, 8, padding=0)
    item.setYRange(0, 6, padding=0)
    widget.show()
    qtbot.waitExposed(widget)
    QApplication.processEvents()
    return widget


def _where(plot: pg.PlotWidget, x: float, y: float, scale: float) -> tuple[int, int]:
    """The pixel of data point (x, y) in an image of the plot drawn at `scale`."""
    scene = plot.getPlotItem().vb.mapViewToScene(QPointF(x, y))
    origin = plot.getPlotItem().sceneBoundingRect().topLeft()
    return round((scene.x() - origin.x()) * scale), round((scene.y() - origin.y()) * scale)


def test_png_is_the_plot_at_its_scale(plot: pg.PlotWidget) -> None:
    source = plot.getPlotItem().sceneBoundingRect()
    image = QImage.fromData(png_bytes(plot, PAPER, 2.0), "PNG")
    assert (image.width(), image.height()) == (round(source.width() * 2), round(source.height() * 2))
    assert image.pixelColor(image.width() - 2, 1) == PAPER
    assert image.pixelColor(*_where(plot, 2, 2.5, 2.0)) == BAR  # the middle bar
    assert image.pixelColor(*_where(plot, 6, 2, 2.0)) == AREA
    assert image.pixelColor(*_where(plot, 4, 2, 2.0)) == PAPER  # between them
    assert render_image(plot, PAPER, 1.0).size() == source.size().toSize()


def test_svg_parses_and_draws_the_same_plot(plot: pg.PlotWidget) -> None:
    data = svg_bytes(plot, PAPER, "A chart", "Three bars and an area.")
    root = ElementTree.fromstring(data)
    assert root.tag == f"{SVG}svg"
    assert (root.findtext(f"{SVG}title"), root.findtext(f"{SVG}desc")) == (
        "A chart",
        "Three bars and an area.",
    )
    paths = [element.get("d", "") for element in root.iter(f"{SVG}path")]
    assert any("Z" in d.split() or d.rstrip().endswith("Z") for d in paths)  # closed paths, as Qt writes them
    assert data.count(b"Bars (3)") == 1  # the legend
    renderer = QSvgRenderer(data)
    size = plot.getPlotItem().sceneBoundingRect().size().toSize()
    assert renderer.isValid() and renderer.viewBoxF() == QRectF(0, 0, size.width(), size.height())
    image = QImage(size, QImage.Format.Format_ARGB32)
    image.fill(QColor("#000000"))
    painter = QPainter(image)
    renderer.render(painter)
    painter.end()
    assert image.pixelColor(image.width() - 2, 1) == PAPER
    assert image.pixelColor(*_where(plot, 2, 2.5, 1.0)) == BAR
    assert image.pixelColor(*_where(plot, 6, 2, 1.0)) == AREA


def test_a_layout_of_plots_is_drawn_whole(qtbot) -> None:  # type: ignore[no-untyped-def]
    layout = pg.GraphicsLayoutWidget()
    qtbot.addWidget(layout)
    layout.resize(500, 400)
    for row in range(2):
        layout.ci.addPlot(row=row, col=0).addItem(pg.BarGraphItem(x=[1], height=[1], width=0.5, brush=BAR))
    layout.show()
    qtbot.waitExposed(layout)
    QApplication.processEvents()
    source = layout.ci.sceneBoundingRect()
    assert (source.width(), source.height()) == (500, 400)
    image = QImage.fromData(png_bytes(layout, PAPER, 1.5), "PNG")
    assert (image.width(), image.height()) == (750, 600)
    root = ElementTree.fromstring(svg_bytes(layout, PAPER, "Two plots", ""))
    assert root.get("viewBox") == "0 0 500 400"
    bars = [
        rect for g in root.iter(f"{SVG}g") if g.get("fill") == BAR.name() for rect in g.iter(f"{SVG}rect")
    ]
    assert len(bars) == 2  # one bar in each plot


@pytest.mark.parametrize(
    ("chosen", "default", "expected"),
    [
        ("/x/chart", "png", ("/x/chart.png", "png")),
        ("/x/chart", "svg", ("/x/chart.svg", "svg")),
        ("/x/chart.png", "svg", ("/x/chart.png", "png")),
        ("/x/chart.SVG", "png", ("/x/chart.SVG", "svg")),
        ("/x/chart.jpg", "png", ("/x/chart.jpg.png", "png")),
        ("/x/v1.2", "svg", ("/x/v1.2.svg", "svg")),
    ],
)
def test_the_name_decides_the_format(chosen: str, default: str, expected: tuple[str, str]) -> None:
    assert with_format(chosen, default) == expected


# -- save_plot on a real case file's worker ------------------------------------------------------------


@pytest.fixture
def harness(qtbot, tmp_case: CaseFixture) -> Iterator[PageHarness]:  # type: ignore[no-untyped-def]
    opened = PageHarness(qtbot, tmp_case.path, "Sam", tmp_case.passphrase("Sam"))
    yield opened
    opened.close()


def test_save_plot_writes_owner_only_and_says_so(
    qtbot, plot: pg.PlotWidget, harness: PageHarness, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    page = QWidget()
    qtbot.addWidget(page)
    status, error = QLabel(page), QLabel(page)
    asked: list[tuple[str, str, str]] = []
    answer: list[str | None] = []
    drawn: list[str] = []

    def choose(_parent: QWidget, caption: str, suggested: str, name_filter: str) -> str | None:
        asked.append((caption, suggested, name_filter))
        return answer[-1]

    def render(fmt: str) -> bytes:
        drawn.append(fmt)
        return svg_bytes(plot, PAPER, "t", "d") if fmt == "svg" else png_bytes(plot, PAPER)

    def save(worker=harness.services) -> str | None:  # type: ignore[no-untyped-def]
        return save_plot(
            page,
            worker,
            choose,
            caption="Save it",
            suggested="chart.png",
            name_filter="PNG (*.png);;SVG (*.svg)",
            default_format="png",
            render=render,
            saved=lambda path: f"Saved {Path(path).name}.",
            status=status,
            error=error,
        )

    answer.append(str(tmp_path / "chart"))
    assert save() == str(tmp_path / "chart.png")
    qtbot.waitUntil(lambda: status.text() == "Saved chart.png.", timeout=WAIT)
    written = tmp_path / "chart.png"
    assert written.read_bytes() == png_bytes(plot, PAPER) and stat.S_IMODE(written.stat().st_mode) == 0o600
    assert asked == [("Save it", "chart.png", "PNG (*.png);;SVG (*.svg)")] and drawn == ["png"]
    newest = harness.call(lambda svc: audit_status(svc.case_file, limit=1)).recent[0]
    assert newest[2:] == ("Sam", "export.chart_png", "export", "chart")  # the suggested name's stem

    answer.append(str(tmp_path / "chart.svg"))
    save()
    qtbot.waitUntil(lambda: status.text() == "Saved chart.svg.", timeout=WAIT)
    assert ElementTree.parse(str(tmp_path / "chart.svg")).getroot().tag == f"{SVG}svg"
    assert stat.S_IMODE((tmp_path / "chart.svg").stat().st_mode) == 0o600

    answer.append(str(tmp_path / "no-such-folder" / "chart.png"))
    save()
    qtbot.waitUntil(lambda: error.text() != "", timeout=WAIT)
    assert error.text() == "The file chart.png could not be written: No such file or directory."
    assert status.text() == ""
    newest = harness.call(lambda svc: audit_status(svc.case_file, limit=1)).recent[0]
    assert newest[3] == "export.chart_svg"  # the refused one is not in the log
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(("chart", ".chart"))) == [
        "chart.png",
        "chart.svg",
    ]

    drawn.clear()
    answer.append(None)  # cancelled
    assert save() is None and drawn == []
    asked.clear()
    assert save(worker=None) is None and asked == []  # no case file open: not even asked


def _question(parent: QWidget) -> QMessageBox | None:
    return parent.findChild(QMessageBox, REPLACE_QUESTION)


def test_a_suffix_added_after_the_dialog_does_not_replace_a_file_unasked(
    qtbot, plot: pg.PlotWidget, harness: PageHarness, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    page = QWidget()
    qtbot.addWidget(page)
    status, error = QLabel(page), QLabel(page)
    drawn: list[str] = []
    folder = tmp_path / "out"
    folder.mkdir()
    existing = folder / "report.png"
    existing.write_bytes(b"old")
    existing.chmod(0o644)

    def render(fmt: str) -> bytes:
        drawn.append(fmt)
        return png_bytes(plot, PAPER)

    def save() -> str | None:
        return save_plot(
            page,
            harness.services,
            lambda *_args: str(folder / "report"),  # typed without ".png"
            caption="Save it",
            suggested="chart.png",
            name_filter="PNG (*.png)",
            default_format="png",
            render=render,
            saved=lambda path: f"Saved {Path(path).name}.",
            status=status,
            error=error,
        )

    assert save() == str(existing)
    box = _question(page)
    assert box is not None and drawn == [] and existing.read_bytes() == b"old"
    assert box.text() == "report.png already exists. Do you want to replace it?"
    assert box.windowTitle() == "Replace the file?" and box.accessibleName() == "Replace the file?"
    assert box.windowModality() == Qt.WindowModality.WindowModal
    assert box.defaultButton() is box.button(QMessageBox.StandardButton.No)
    box.button(QMessageBox.StandardButton.No).click()
    qtbot.waitUntil(lambda: _question(page) is None, timeout=WAIT)
    assert drawn == [] and status.text() == "" and existing.read_bytes() == b"old"
    assert stat.S_IMODE(existing.stat().st_mode) == 0o644

    save()
    box = _question(page)
    assert box is not None
    box.button(QMessageBox.StandardButton.Yes).click()
    qtbot.waitUntil(lambda: status.text() == "Saved report.png.", timeout=WAIT)
    assert drawn == ["png"] and existing.read_bytes() == png_bytes(plot, PAPER)
    assert stat.S_IMODE(existing.stat().st_mode) == 0o600
    assert sorted(p.name for p in folder.iterdir()) == ["report.png"]


def test_the_save_dialog_adds_the_suggested_suffix_itself(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    parent = QWidget()
    qtbot.addWidget(parent)
    seen: list[tuple[str, str]] = []

    def type_a_name() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, QFileDialog)
        seen.append((dialog.defaultSuffix(), dialog.windowTitle()))
        dialog.setDirectory(str(tmp_path))
        dialog.selectFile("report")
        dialog.accept()

    QTimer.singleShot(0, type_a_name)
    assert ask_save_file(parent, "Save it", "report.pdf", "PDF documents (*.pdf)") == str(
        tmp_path / "report.pdf"
    )
    assert seen == [("pdf", "Save it")]


def _answer_the_save_dialog_then_the_question(
    folder: Path, typed: str, answer: QMessageBox.StandardButton
) -> list[str]:
    """Type `typed` into the (Qt, offscreen) save dialog, accept, then answer the replace question."""
    asked: list[str] = []

    def answer_question() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        asked.append(box.text())
        box.button(answer).click()

    def type_a_name() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, QFileDialog)
        assert dialog.testOption(QFileDialog.Option.DontConfirmOverwrite), (
            "the question is ours, on every platform"
        )
        dialog.setDirectory(str(folder))
        dialog.selectFile(typed)
        QTimer.singleShot(0, answer_question)
        dialog.accept()

    QTimer.singleShot(0, type_a_name)
    return asked


def test_the_save_dialog_asks_about_the_file_really_written(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    parent = QWidget()
    qtbot.addWidget(parent)
    (tmp_path / "report.pdf").write_bytes(b"old")  # the name as typed has no suffix: "report"
    asked = _answer_the_save_dialog_then_the_question(tmp_path, "report", QMessageBox.StandardButton.No)
    assert ask_save_file(parent, "Save it", "report.pdf", "PDF documents (*.pdf)") is None
    assert asked == ["report.pdf already exists. Do you want to replace it?"]
    asked = _answer_the_save_dialog_then_the_question(tmp_path, "report", QMessageBox.StandardButton.Yes)
    assert ask_save_file(parent, "Save it", "report.pdf", "PDF documents (*.pdf)") == str(
        tmp_path / "report.pdf"
    )
    assert len(asked) == 1
    assert (tmp_path / "report.pdf").read_bytes() == b"old", "the dialog only chose; nothing was written"
