"""The Dashboard page's exports and printouts: PNG and SVG per chart, print, save as PDF.

Every file is written owner-only (0600) through the services' private writer; a cancelled dialog
writes nothing; a suffix added after the dialog never replaces a file unasked. The page and its case
file come from tests/gui_dashboard_harness.py.
"""

from __future__ import annotations

import re
import stat
from pathlib import Path

import pypdfium2
from defusedxml import ElementTree
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QImage
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit, QMenu, QMessageBox, QWidget

from desktop.services.session_api import audit_status
from desktop.ui.dashboard import DashboardPage
from desktop.ui.dashboard.style import paper_style
from desktop.ui.files import REPLACE_QUESTION
from desktop.ui.timefmt import local_text
from tests.gui_dashboard_harness import (
    _on_screen,
)
from tests.gui_helpers import WAIT
from tests.gui_page_harness import PageHarness
from tests.test_insight import NOW

# -- export and print ----------------------------------------------------------------------------


def test_every_chart_exports_as_png_and_svg(qtbot, page: DashboardPage, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    asked: list[tuple[str, str, str]] = []

    def choose(_parent: QWidget, caption: str, suggested: str, name_filter: str) -> str:
        asked.append((caption, suggested, name_filter))
        return str(tmp_path / suggested)

    page.choose_save_file = choose
    for panel in page.panels:
        for action, fmt in ((panel.export_png_action, "png"), (panel.export_svg_action, "svg")):
            action.trigger()
            written = tmp_path / f"{panel.export_name}.{fmt}"
            qtbot.waitUntil(
                lambda w=written: page.status_label.text() == f"Chart saved to {w}.", timeout=WAIT
            )
            assert stat.S_IMODE(written.stat().st_mode) == 0o600  # chart data are case data
        png = tmp_path / f"{panel.export_name}.png"
        svg = tmp_path / f"{panel.export_name}.svg"
        assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
        image = QImage(str(png))
        assert (image.width(), image.height()) == (
            round(panel.chart.ci.boundingRect().width() * 2),
            round(panel.chart.ci.boundingRect().height() * 2),
        )
        assert image.pixelColor(1, 1) == paper_style().background  # light, whatever the screen shows
        root = ElementTree.parse(str(svg)).getroot()
        assert root.tag == "{http://www.w3.org/2000/svg}svg"
        assert root.findtext("{http://www.w3.org/2000/svg}title") == panel.title.text()
        assert root.findtext("{http://www.w3.org/2000/svg}desc") == panel.chart.accessibleDescription()
        renderer = QSvgRenderer(str(svg))
        size = panel.chart.ci.sceneBoundingRect().size().toSize()
        assert renderer.isValid() and renderer.viewBoxF() == QRectF(0, 0, size.width(), size.height())
        assert panel.chart.style.dark is False  # the shown style is back after the (light) export
    assert sorted(path.name for path in tmp_path.iterdir()) == sorted(
        f"{name}.{fmt}"
        for name in ("requests-per-month", "answer-times", "equipment-loans", "notification-delays")
        for fmt in ("png", "svg")
    )
    assert asked[:2] == [
        ("Save the chart as a PNG image", "requests-per-month.png", "PNG images (*.png)"),
        ("Save the chart as an SVG drawing", "requests-per-month.svg", "SVG drawings (*.svg)"),
    ]
    svg_text = (tmp_path / "requests-per-month.svg").read_text(encoding="utf-8")
    assert "Information request (5)" in svg_text
    assert page.error_label.text() == ""


def test_a_chart_export_names_its_format_and_says_when_it_cannot_be_written(  # type: ignore[no-untyped-def]
    qtbot, page: DashboardPage, tmp_path: Path
) -> None:
    chosen: list[str] = []
    page.choose_save_file = lambda *_args: chosen[-1]
    panel = page.requests_panel
    chosen.append(str(tmp_path / "chart"))  # no suffix: the format asked for
    assert page.export_panel(panel, "svg") == str(tmp_path / "chart.svg")
    qtbot.waitUntil(
        lambda: page.status_label.text() == f"Chart saved to {tmp_path / 'chart.svg'}.", timeout=WAIT
    )
    assert (tmp_path / "chart.svg").read_bytes().startswith(b"<?xml")
    chosen.append(str(tmp_path / "drawing.SVG"))  # "Save as PNG…" but named .svg: an SVG
    assert page.export_panel(panel, "png") == str(tmp_path / "drawing.SVG")
    qtbot.waitUntil(lambda: page.status_label.text().endswith("drawing.SVG."), timeout=WAIT)
    assert (tmp_path / "drawing.SVG").read_bytes().startswith(b"<?xml")
    old = tmp_path / "old.png"
    old.write_bytes(b"old")
    old.chmod(0o644)
    chosen.append(str(old))  # replaced, and owner-only now
    page.export_panel(panel, "png")
    qtbot.waitUntil(lambda: page.status_label.text() == f"Chart saved to {old}.", timeout=WAIT)
    assert old.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and stat.S_IMODE(old.stat().st_mode) == 0o600
    chosen.append(str(tmp_path / "missing" / "chart.png"))
    page.export_panel(panel, "png")
    qtbot.waitUntil(lambda: page.error_label.text() != "", timeout=WAIT)
    assert page.error_label.text() == "The file chart.png could not be written: No such file or directory."
    assert page.status_label.text() == "" and not (tmp_path / "missing").exists()
    page.choose_save_file = lambda *_args: None  # cancelled: nothing drawn, nothing said
    assert page.export_panel(panel, "png") is None
    assert page.error_label.text() == "The file chart.png could not be written: No such file or directory."


def test_pyqtgraphs_own_menu_and_export_are_off(qtbot, page: DashboardPage) -> None:  # type: ignore[no-untyped-def]
    for panel in page.panels:
        chart = panel.chart
        assert chart.scene().contextMenu == []
        for item in chart.ci.items:
            if hasattr(item, "vb"):
                assert item.vb.menuEnabled() is False
                assert item.vb.state["mouseEnabled"] == [False, False]
    chart = page.requests_chart
    _on_screen(page, page.requests_panel)
    qtbot.mouseClick(chart.viewport(), Qt.MouseButton.RightButton, pos=chart.viewport().rect().center())
    QApplication.processEvents()
    assert not isinstance(QApplication.activePopupWidget(), QMenu)


def _pdf_pages(data: bytes) -> int:
    return len(re.findall(rb"/Type\s*/Page[^s]", data))


PAGE = re.compile(r"Page (\d+) of (\d+)")


def _texts(data: bytes) -> list[str]:
    """Each page's text, its whitespace made single spaces (pypdfium2)."""
    document = pypdfium2.PdfDocument(data)
    try:
        return [" ".join(page.get_textpage().get_text_range().split()) for page in document]
    finally:
        document.close()


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _check_printout(page: DashboardPage, data: bytes) -> None:
    """Two A4 pages: the title and header lines, every panel's title, key figures and note, a
    running header and "Page X of 2" on each."""
    assert data.startswith(b"%PDF")
    texts = _texts(data)
    assert len(texts) == 2 == _pdf_pages(data)
    assert [PAGE.findall(text) for text in texts] == [[("1", "2")], [("2", "2")]]
    header = page.print_header()
    for text in texts:  # the running header: the filters, and what this is on the right
        assert text.startswith(f"{header.lines[0]} Dashboard ")
    assert texts[0].count("Dashboard — Benelux Case Desk") == 1  # the title, on the first page
    *lines, printed = header.lines
    for line in lines:
        assert _one_line(line) in texts[0]
    # "Printed on …" as of the printout's minute, which may be the one before this header's
    assert printed.startswith("Printed on ")
    assert re.search(r"Printed on [^.]+, \d{4}-\d\d-\d\d \d\d:\d\d [^ .]+\.", texts[0])
    whole = " ".join(texts)
    for panel in page.panels:
        assert panel.title.text() in whole
        for extra in (panel.chart.accessibleDescription(), panel.note.text()):
            assert _one_line(extra) in whole
    assert page.requests_panel.title.text() in texts[0] and page.answers_panel.title.text() in texts[0]
    assert page.loans_panel.title.text() in texts[1] and page.notifications_panel.title.text() in texts[1]


def test_print_the_dashboard_to_pdf(qtbot, page: DashboardPage, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """What the print dialog hands over: a high-resolution QPrinter (here one that writes a PDF)."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    target = tmp_path / "dashboard.pdf"
    printer.setOutputFileName(str(target))
    pages = page.print_to(printer)
    data = target.read_bytes()
    assert data.startswith(b"%PDF")
    assert pages == 2 and _pdf_pages(data) == 2
    _check_printout(page, data)
    header = page.print_header()
    assert header.lines[0] == (
        "Partner agency: All partner agencies · Direction: Both directions · Months: July 2025 to June 2026 (UTC)"
    )
    assert header.lines[1] == f"Figures as of {local_text(NOW)}; loans out are counted at that moment."
    assert re.fullmatch(r"Printed on .+, \d{4}-\d\d-\d\d \d\d:\d\d \S+\.", header.lines[2])
    assert page.pdf()[1] == 2


def test_save_as_pdf_writes_the_dashboard_owner_only(  # type: ignore[no-untyped-def]
    qtbot, page: DashboardPage, harness: PageHarness, tmp_path: Path
) -> None:
    asked: list[tuple[str, str, str]] = []
    folder = tmp_path / "out"
    folder.mkdir()
    chosen = [str(folder / "chosen")]

    def choose(_parent: QWidget, caption: str, suggested: str, name_filter: str) -> str:
        asked.append((caption, suggested, name_filter))
        return chosen[-1]

    page.choose_save_file = choose
    page.pdf_action.trigger()
    saved = folder / "chosen.pdf"  # ".pdf" added to a name without it
    qtbot.waitUntil(lambda: page.status_label.text() == f"Dashboard saved to {saved}.", timeout=WAIT)
    assert asked == [("Save the dashboard as PDF", "dashboard.pdf", "PDF documents (*.pdf)")]
    assert page.error_label.text() == ""
    assert stat.S_IMODE(saved.stat().st_mode) == 0o600  # the figures are case data
    assert [p.name for p in folder.iterdir()] == ["chosen.pdf"]  # no temporary file left
    _check_printout(page, saved.read_bytes())
    newest = harness.call(lambda svc: audit_status(svc.case_file, limit=1)).recent[0]
    assert newest[2:] == ("Sam", "export.dashboard_pdf", "export", page.filters.summary())
    # a file already there is replaced, owner-only; another suffix gets ".pdf" too
    old = folder / "old.PDF"
    old.write_bytes(b"old")
    old.chmod(0o644)
    chosen.append(str(old))
    assert page.save_pdf() == str(old)
    qtbot.waitUntil(lambda: page.status_label.text() == f"Dashboard saved to {old}.", timeout=WAIT)
    assert old.read_bytes().startswith(b"%PDF") and stat.S_IMODE(old.stat().st_mode) == 0o600
    chosen.append(str(folder / "dashboard.v2"))
    assert page.save_pdf() == str(folder / "dashboard.v2.pdf")
    qtbot.waitUntil(lambda: (folder / "dashboard.v2.pdf").exists(), timeout=WAIT)
    # a place that cannot be written: the writer's sentence, nothing left behind
    chosen.append(str(tmp_path / "missing" / "dashboard.pdf"))
    page.save_pdf()
    qtbot.waitUntil(lambda: page.error_label.text() != "", timeout=WAIT)
    assert (
        page.error_label.text() == "The file dashboard.pdf could not be written: No such file or directory."
    )
    assert page.status_label.text() == "" and not (tmp_path / "missing").exists()


def test_a_suffix_added_after_the_dialog_does_not_replace_a_file_unasked(  # type: ignore[no-untyped-def]
    qtbot, page: DashboardPage, tmp_path: Path
) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    report, chart = folder / "report.pdf", folder / "chart.png"
    for existing in (report, chart):
        existing.write_bytes(b"old")
        existing.chmod(0o644)
    chosen: list[str] = []
    page.choose_save_file = lambda *_args: chosen[-1]

    def question() -> QMessageBox | None:
        return page.findChild(QMessageBox, REPLACE_QUESTION)

    chosen.append(str(folder / "report"))  # typed without ".pdf": the dialog asked about "report"
    assert page.save_pdf() == str(report)
    box = question()
    assert box is not None and box.text() == "report.pdf already exists. Do you want to replace it?"
    assert box.windowTitle() == "Replace the file?"
    assert box.windowModality() == Qt.WindowModality.WindowModal
    box.button(QMessageBox.StandardButton.No).click()
    qtbot.waitUntil(lambda: question() is None, timeout=WAIT)
    qtbot.wait(100)
    assert report.read_bytes() == b"old" and stat.S_IMODE(report.stat().st_mode) == 0o644
    assert page.status_label.text() == "" and page.error_label.text() == ""
    page.save_pdf()
    assert question() is not None
    page.close_print_dialog()  # the file is being locked: the question goes, as No
    qtbot.waitUntil(lambda: question() is None, timeout=WAIT)
    qtbot.wait(100)
    assert report.read_bytes() == b"old"
    page.save_pdf()
    box = question()
    assert box is not None
    box.button(QMessageBox.StandardButton.Yes).click()
    qtbot.waitUntil(lambda: page.status_label.text() == f"Dashboard saved to {report}.", timeout=WAIT)
    assert report.read_bytes().startswith(b"%PDF") and stat.S_IMODE(report.stat().st_mode) == 0o600
    # a chart exported as "chart" when chart.png exists: the same question
    chosen.append(str(folder / "chart"))
    assert page.export_panel(page.requests_panel, "png") == str(chart)
    box = question()
    assert box is not None and box.text() == "chart.png already exists. Do you want to replace it?"
    box.button(QMessageBox.StandardButton.No).click()
    qtbot.wait(100)
    assert chart.read_bytes() == b"old" and page.status_label.text() == f"Dashboard saved to {report}."
    page.export_panel(page.requests_panel, "png")
    box = question()
    assert box is not None
    box.button(QMessageBox.StandardButton.Yes).click()
    qtbot.waitUntil(lambda: page.status_label.text() == f"Chart saved to {chart}.", timeout=WAIT)
    assert chart.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and stat.S_IMODE(chart.stat().st_mode) == 0o600
    assert sorted(p.name for p in folder.iterdir()) == ["chart.png", "report.pdf"]


def test_nothing_is_written_when_the_dialogs_are_cancelled(
    qtbot, page: DashboardPage, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    asked: list[str] = []

    def cancel(_parent: QWidget, caption: str, _suggested: str, _filter: str) -> None:
        asked.append(caption)

    page.choose_save_file = cancel
    page.pdf_action.trigger()
    assert page.save_pdf() is None and len(asked) == 2
    qtbot.wait(100)
    assert list(tmp_path.iterdir()) == []
    assert page.status_label.text() == "" and page.error_label.text() == ""
    # the print dialog: window-modal, shown without a nested event loop, cancelled
    dialog = page.open_print_dialog()
    assert dialog is not None and page.print_dialog is dialog
    assert dialog.isVisible() and dialog.windowModality() == Qt.WindowModality.WindowModal
    assert dialog.windowTitle() == "Print the dashboard"
    assert dialog.accessibleName() == "Print the dashboard"
    dialog.reject()
    assert page.print_dialog is None and not dialog.isVisible()
    assert page.status_label.text() == "" and page.error_label.text() == ""
    # the menu's action opens it too; locking the file closes it without printing
    page.print_action.trigger()
    opened = page.print_dialog
    assert opened is not None and opened.isVisible()
    page.detach()
    assert page.print_dialog is None and not opened.isVisible()
    assert page.open_print_dialog() is None and page.save_pdf() is None
    assert list(tmp_path.iterdir()) == [] and len(asked) == 2


def test_print_to_file_in_the_print_dialog_writes_owner_only(
    qtbot, page: DashboardPage, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    dialog = page.open_print_dialog()
    assert dialog is not None
    printers = dialog.findChild(QComboBox, "printers")  # the dialog's own fields, as a user fills them
    to_file = [i for i in range(printers.count()) if printers.itemText(i).startswith("Print to File")]
    printers.setCurrentIndex(to_file[0])
    target = tmp_path / "printed.pdf"
    dialog.findChild(QLineEdit, "filename").setText(str(target))
    dialog.accept()
    qtbot.waitUntil(lambda: page.status_label.text() == f"Dashboard saved to {target}.", timeout=WAIT)
    assert page.print_dialog is None and page.error_label.text() == ""
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert [p.name for p in tmp_path.iterdir()] == ["printed.pdf"]
    _check_printout(page, target.read_bytes())
