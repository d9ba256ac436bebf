"""What the Cases page tests share: the page attached to a real unlocked copy of the test case file.

The page is built on its own and attached to a database worker that unlocked the copy as Anna,
like the window does. Assertions read the case file back through the same worker (the file is
locked by its open connection) with the services the CLI uses.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QColor, QDragEnterEvent, QDropEvent, QImage, QPageSize, QPainter, QPdfWriter
from PySide6.QtWidgets import QApplication
from sqlalchemy import text

from desktop.models.enums import CaseKind
from desktop.services.session_api import open_services, unlock
from desktop.ui.cases import CasesPage, FileDialogs
from desktop.ui.cases.dialogs import FormDialog
from desktop.ui.operations import ServicesWorker
from desktop.ui.worker import DatabaseWorker
from tests.conftest import PASSPHRASES
from tests.gui_helpers import WAIT


class ChosenFiles(FileDialogs):
    """Stands in for the platform's blocking file dialogs: returns what the test chose."""

    def __init__(self) -> None:
        self.to_open: list[str] = []
        self.to_save: str | None = None
        self.suggested: list[str] = []

    def open_files(self, parent) -> list[str]:  # type: ignore[no-untyped-def]
        return list(self.to_open)

    def save_file(self, parent, suggested_name: str) -> str | None:  # type: ignore[no-untyped-def]
        self.suggested.append(suggested_name)
        return self.to_save


class Harness:
    """The page, its worker and a way to call the services on that worker and wait."""

    def __init__(self, qtbot, page: CasesPage, services: ServicesWorker, files: ChosenFiles) -> None:  # type: ignore[no-untyped-def]
        self.qtbot = qtbot
        self.page = page
        self.services = services
        self.files = files

    def call(self, fn: Callable[[Any], Any]) -> Any:
        result: list[Any] = []
        self.services.run(
            fn, lambda value: result.append(("ok", value)), lambda error: result.append(("error", error))
        )
        self.qtbot.waitUntil(lambda: bool(result), timeout=WAIT)
        status, value = result[0]
        if status == "error":
            raise value
        return value

    def audit_actions(self) -> list[tuple[str, str]]:
        def read(svc: Any) -> list[tuple[str, str]]:
            with svc.case_file.reading() as session:
                return [
                    tuple(r)
                    for r in session.execute(text("SELECT action, details FROM audit_entry ORDER BY seq"))
                ]

        return self.call(read)

    def dialog(self, kind: type[FormDialog]) -> Any:
        self.qtbot.waitUntil(lambda: isinstance(self.page.actions.dialog, kind), timeout=WAIT)
        return self.page.actions.dialog

    def submit(self, dialog: FormDialog) -> None:
        """Click OK and wait until the dialog closed (the operation succeeded)."""
        dialog.ok_button.click()
        self.qtbot.waitUntil(lambda: self.page.actions.dialog is None, timeout=WAIT)

    def open(self, reference: str) -> None:
        self.page.open_case(reference)
        self.qtbot.waitUntil(
            lambda: self.page.is_showing_case() and self.page.detail.view.reference == reference, timeout=WAIT
        )

    def wait_case(self, predicate: Callable[[Any], bool]) -> None:
        self.qtbot.waitUntil(
            lambda: self.page.detail.view is not None and predicate(self.page.detail.view), timeout=WAIT
        )

    def wait_list(self, predicate: Callable[[list[str]], bool]) -> None:
        self.qtbot.waitUntil(
            lambda: self.page._rows is not None and predicate(self.page.references()), timeout=WAIT
        )


@pytest.fixture
def ui(qtbot, tmp_case) -> Iterator[Harness]:  # type: ignore[no-untyped-def]
    worker = DatabaseWorker()
    opened: list[Any] = []
    worker.run(
        lambda: open_services(unlock(tmp_case.path, PASSPHRASES["Anna"], "Anna")),
        opened.append,
        opened.append,
    )
    qtbot.waitUntil(lambda: bool(opened), timeout=WAIT)
    services = opened[0]
    assert not isinstance(services, Exception), services
    services_worker = ServicesWorker(worker, services)
    files = ChosenFiles()
    page = CasesPage(file_dialogs=files)
    qtbot.addWidget(page)
    page.resize(1200, 760)
    page.show()
    page.attach(services_worker)
    harness = Harness(qtbot, page, services_worker, files)
    qtbot.waitUntil(lambda: page._rows is not None, timeout=WAIT)
    yield harness
    page.detach()
    services_worker.close()
    closed: list[Any] = []
    worker.run(services.case_file.close, closed.append, closed.append)
    qtbot.waitUntil(lambda: bool(closed), timeout=WAIT)
    worker.stop()


def _png(width: int = 6, height: int = 4) -> bytes:
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor("#3060c0"))
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data)


def _pdf(pages: int = 2) -> bytes:
    """A small PDF written by Qt into memory."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A6))
    writer.setResolution(72)
    painter = QPainter(writer)
    for number in range(1, pages + 1):
        if number > 1:
            writer.newPage()
        painter.drawText(20, 40, f"Page {number}")
    painter.end()
    buffer.close()
    return bytes(data)


def _new_case(ui: Harness, kind: CaseKind, title: str, partner: str | None = None) -> str:
    return ui.call(lambda svc: svc.cases.create(kind, title, partner_code=partner).reference)


def _cells(table, row: int) -> list[str]:  # type: ignore[no-untyped-def]
    return [table.item(row, column).text() for column in range(table.columnCount())]


def _double_click(qtbot, table, row: int, column: int = 0) -> None:  # type: ignore[no-untyped-def]
    """As a person does it: a press first (a view opens only the row the press was on), then the double-click."""
    centre = table.visualItemRect(table.item(row, column)).center()
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=centre)


def _drop(files: list[Path], widget) -> tuple[bool, bool]:  # type: ignore[no-untyped-def]
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path)) for path in files])
    centre = widget.rect().center()
    enter = QDragEnterEvent(
        centre, Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    QApplication.sendEvent(widget, enter)
    drop = QDropEvent(
        QPointF(centre),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(widget, drop)
    return enter.isAccepted(), drop.isAccepted()


@pytest.fixture
def with_files(ui: Harness, tmp_path: Path) -> tuple[str, dict[str, Path]]:
    folder = tmp_path / "to-attach"
    folder.mkdir()
    files = {
        "photo": folder / "scene-photo.png",
        "report": folder / "report.pdf",
        "notes": folder / "notes.txt",
    }
    files["photo"].write_bytes(_png())
    files["report"].write_bytes(_pdf(2))
    files["notes"].write_text("Plate 1-ABC-123 seen at 10:05.\n", encoding="utf-8")
    reference = _new_case(ui, CaseKind.PURSUIT, "Pursuit with evidence")
    ui.open(reference)
    return reference, files


def _attach_by_drop(ui: Harness, paths: list[Path], count: int) -> None:
    detail = ui.page.detail
    detail.set_tab("attachments")
    entered, dropped = _drop(paths, detail.attachments.viewport())
    assert entered and dropped
    ui.wait_case(lambda v: len(v.attachment_items) == count)
