"""The Cases page, clicked through with pytest-qt on a real, unlocked copy of the test case file.

The page is not in the window yet, so each test builds it and attaches it to a database worker
that unlocked the copy as Anna, like the window does. Assertions read the case file back through
the same worker (the file is locked by its open connection) with the services the CLI uses.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QColor, QDragEnterEvent, QDropEvent, QImage, QPageSize, QPainter, QPdfWriter
from PySide6.QtWidgets import QApplication, QMessageBox
from sqlalchemy import text

from desktop.models.enums import CaseKind, EventKind, RequestKind
from desktop.services.requests import NewRequest
from desktop.services.session_api import open_services, unlock
from desktop.ui import theme
from desktop.ui.cases import CasesPage, FileDialogs
from desktop.ui.cases.common import local
from desktop.ui.cases.dialogs import EventDialog, FormDialog, NewCaseDialog
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


# -- the list and the New case dialog ------------------------------------------------------------


def test_new_case_through_the_dialog_then_filter_the_list(qtbot, ui: Harness) -> None:  # type: ignore[no-untyped-def]
    page = ui.page
    assert page.empty_label.isVisible()
    assert page.empty_label.text() == "No open cases — create one with New case."
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    dialog: NewCaseDialog = ui.dialog(NewCaseDialog)
    dialog.set_kind(CaseKind.PURSUIT)
    qtbot.keyClicks(dialog.title_edit, "Pursuit of a grey Audi on the A2")
    dialog.summary.setPlainText("Fled a checkpoint at Lanaken.")
    dialog.partner.setCurrentText("nl-politie-limburg")
    dialog.handling.setCurrentIndex(dialog.handling.findData("H2"))
    assert dialog.details_form().kind is CaseKind.PURSUIT
    qtbot.keyClicks(dialog.details_form().inputs["offence"], "Armed robbery")
    ui.submit(dialog)
    qtbot.waitUntil(page.is_showing_case, timeout=WAIT)
    view = page.detail.view
    assert page.detail.heading.text() == f"{view.reference} — Pursuit of a grey Audi on the A2"
    assert page.detail.facts["partner"].text() == "NL-POLITIE-LIMBURG"
    assert page.detail.facts["handling"].text() == "H2"
    assert page.status_label.text() == f"Case {view.reference} opened."
    stored = ui.call(lambda svc: svc.cases.show(view.reference))
    assert (stored.kind, stored.partner_agency, stored.handling_code) == (
        "pursuit",
        "NL-POLITIE-LIMBURG",
        "H2",
    )
    assert stored.details["offence"] == "Armed robbery"
    assert stored.summary == "Fled a checkpoint at Lanaken."

    observation = _new_case(ui, CaseKind.OBSERVATION, "Watching a van from Esch", "LU-POLICE")
    exchange = _new_case(ui, CaseKind.INFORMATION_EXCHANGE, "Burglary series Maastricht", "NL-KMAR")
    qtbot.mouseClick(page.detail.back_button, Qt.MouseButton.LeftButton)
    ui.wait_list(lambda refs: len(refs) == 3)
    assert page.table.isVisible()
    assert page.count_label.text() == "3 cases"
    first = _cells(page.table, 0)
    assert first[:5] == [exchange, "Information exchange", "Burglary series Maastricht", "NL-KMAR", "Open"]
    assert first[5].endswith(datetime.now().astimezone().tzname())  # local time with its zone

    page.kind.setCurrentIndex(page.kind.findData(CaseKind.OBSERVATION.value))
    ui.wait_list(lambda refs: refs == [observation])
    page.kind.setCurrentIndex(0)
    qtbot.keyClicks(page.partner, "nl-")
    ui.wait_list(lambda refs: sorted(refs) == sorted([view.reference, exchange]))
    page.partner.clearEditText()
    qtbot.keyClicks(page.search, "burglary")
    ui.wait_list(lambda refs: refs == [exchange])
    page.status.setCurrentIndex(page.status.findData("closed"))
    ui.wait_list(lambda refs: refs == [])
    assert page.empty_label.text() == "No cases match these filters."


def test_an_empty_title_is_refused_in_the_dialog_and_nothing_is_written(qtbot, ui: Harness) -> None:  # type: ignore[no-untyped-def]
    before = len(ui.audit_actions())
    ui.page.new_button.click()
    dialog: NewCaseDialog = ui.dialog(NewCaseDialog)
    qtbot.keyClicks(dialog.title_edit, "   ")
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: dialog.error_label.text() != "", timeout=WAIT)
    assert dialog.error_label.text() == "A case needs a title."
    assert dialog.isVisible() and dialog.ok_button.isEnabled()
    dialog.partner.setCurrentText("XX-NOBODY")
    qtbot.keyClicks(dialog.title_edit, "A title")
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: "XX-NOBODY" in dialog.error_label.text(), timeout=WAIT)
    assert ui.call(lambda svc: svc.cases.list(status=None)) == []
    assert len(ui.audit_actions()) == before
    dialog.reject()
    assert ui.page.actions.dialog is None


def test_ctrl_f_focuses_the_search_and_enter_opens_the_case(qtbot, ui: Harness) -> None:  # type: ignore[no-untyped-def]
    reference = _new_case(ui, CaseKind.JOINT_PATROL, "Joint patrol at the fair")
    ui.page.refresh()
    ui.wait_list(lambda refs: refs == [reference])
    page = ui.page
    page.window().activateWindow()
    qtbot.waitUntil(page.window().isActiveWindow, timeout=WAIT)
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert page.search.hasFocus()
    page.table.setFocus()
    page.table.setCurrentCell(0, 0)
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    qtbot.waitUntil(page.is_showing_case, timeout=WAIT)
    assert page.detail.view.reference == reference
    qtbot.keyClick(page.detail.tabs, Qt.Key.Key_Escape)
    assert not page.is_showing_case()
    ui.wait_list(lambda refs: refs == [reference])
    _double_click(qtbot, page.table, 0, 2)
    qtbot.waitUntil(page.is_showing_case, timeout=WAIT)
    for widget in (
        page.kind,
        page.status,
        page.partner,
        page.search,
        page.new_button,
        page.table,
        page.detail.tabs,
    ):
        assert widget.accessibleName()


# -- the timeline ---------------------------------------------------------------------------------


def _event(
    ui: Harness, button, zone: str, wall_clock: datetime, description: str | None = None
) -> EventDialog:  # type: ignore[no-untyped-def]
    button.click()
    dialog: EventDialog = ui.dialog(EventDialog)
    dialog.zone.setCurrentIndex(dialog.zone.findData(zone))
    dialog.set_wall_clock(wall_clock)
    if description is not None:
        dialog.description.setText(description)
    return dialog


def test_quick_entries_put_events_on_the_timeline_in_order_with_their_zone(qtbot, ui: Harness) -> None:  # type: ignore[no-untyped-def]
    reference = _new_case(ui, CaseKind.PURSUIT, "Pursuit into Limburg", "NL-POLITIE-LIMBURG")
    ui.open(reference)
    detail = ui.page.detail

    crossed = _event(ui, detail.crossed_button, "Europe/Brussels", datetime(2026, 7, 1, 10, 5))
    assert crossed.windowTitle() == "Crossed the border at…"
    assert crossed.kind.currentData() == EventKind.BORDER_CROSSED.value
    assert crossed.description.text() == "Crossed the border"
    ui.submit(crossed)
    ui.wait_case(lambda v: len(v.timeline) == 1)
    assert (
        ui.page.status_label.text() == "Border crossed recorded at 2026-07-01 10:05 CEST (Europe/Brussels)."
    )
    # Entered later, happened earlier: the host was told before the crossing (CISA 41 asks no later).
    notified = _event(ui, detail.notified_button, "Europe/Amsterdam", datetime(2026, 7, 1, 9, 58))
    assert notified.kind.currentData() == EventKind.HOST_NOTIFIED.value
    ui.submit(notified)
    ui.wait_case(lambda v: len(v.timeline) == 2)
    general = _event(
        ui, detail.event_button, "UTC", datetime(2026, 7, 1, 7, 30), "Pursuit started at Lanaken"
    )
    general.kind.setCurrentIndex(general.kind.findData(EventKind.START.value))
    ui.submit(general)
    ui.wait_case(lambda v: len(v.timeline) == 3)

    rows = [_cells(detail.timeline, row)[:3] for row in range(detail.timeline.rowCount())]
    assert rows == [
        ["2026-07-01 07:30 UTC (UTC)", "Start", "Pursuit started at Lanaken"],
        ["2026-07-01 09:58 CEST (Europe/Amsterdam)", "Host notified", "Host notified"],
        ["2026-07-01 10:05 CEST (Europe/Brussels)", "Border crossed", "Crossed the border"],
    ]
    assert detail.tabs.tabText(0) == "T&imeline (3)"
    view = ui.call(lambda svc: svc.cases.show(reference))
    assert [e.occurred_at.isoformat() for e in view.timeline] == [
        "2026-07-01T07:30:00+00:00",
        "2026-07-01T07:58:00+00:00",
        "2026-07-01T08:05:00+00:00",
    ]
    # The pursuit's facts follow from the events entered.
    facts = detail.detail_rows()
    assert facts["Crossed the border"] == local(datetime(2026, 7, 1, 8, 5, tzinfo=UTC))
    assert facts["Host notified"] == local(datetime(2026, 7, 1, 7, 58, tzinfo=UTC))
    assert facts["Started"] == local(datetime(2026, 7, 1, 7, 30, tzinfo=UTC))
    assert facts["Offence"] == "—"


def test_a_time_in_the_skipped_dst_hour_is_refused_in_the_dialog(qtbot, ui: Harness) -> None:  # type: ignore[no-untyped-def]
    reference = _new_case(ui, CaseKind.OBSERVATION, "Night observation")
    ui.open(reference)
    dialog = _event(ui, ui.page.detail.crossed_button, "Europe/Brussels", datetime(2026, 3, 29, 2, 30))
    dialog.ok_button.click()
    assert "does not exist in Europe/Brussels" in dialog.error_label.text()
    assert dialog.isVisible()
    assert ui.call(lambda svc: svc.cases.show(reference)).timeline == ()


# -- subjects, notes, tasks, requests ------------------------------------------------------------


def test_subject_note_and_tasks_with_the_overdue_one_in_red(qtbot, ui: Harness) -> None:  # type: ignore[no-untyped-def]
    from datetime import timedelta

    from desktop.ui.cases.dialogs import NoteDialog, SubjectDialog, TaskDialog

    reference = _new_case(ui, CaseKind.INFORMATION_EXCHANGE, "Cloned plates")
    ui.open(reference)
    detail = ui.page.detail
    detail.subject_button.click()
    subject: SubjectDialog = ui.dialog(SubjectDialog)
    subject.kind.setCurrentIndex(subject.kind.findData("vehicle"))
    qtbot.keyClicks(subject.label_edit, "Grey Audi A4")
    qtbot.keyClicks(subject.details, "1-ABC-123")
    ui.submit(subject)
    ui.wait_case(lambda v: len(v.subjects) == 1)
    assert _cells(detail.subjects, 0) == ["Vehicle", "Grey Audi A4", "1-ABC-123"]
    assert detail.current_tab() == "subjects"

    detail.note_button.click()
    note: NoteDialog = ui.dialog(NoteDialog)
    note.body_edit.setPlainText("Partner confirms the plate is cloned.")
    note.handling.setCurrentIndex(note.handling.findData("H3"))
    ui.submit(note)
    ui.wait_case(lambda v: len(v.note_items) == 1)
    assert _cells(detail.notes, 0)[1:] == ["H3", "Partner confirms the plate is cloned."]

    for title, delta in (
        ("Call the Limburg desk", timedelta(hours=-2)),
        ("Send the photos", timedelta(days=2)),
    ):
        detail.task_button.click()
        task: TaskDialog = ui.dialog(TaskDialog)
        qtbot.keyClicks(task.title_edit, title)
        task.set_due_in(delta)
        ui.submit(task)
    ui.wait_case(lambda v: len(v.tasks) == 2)
    assert [detail.tasks.item(r, 0).text() for r in range(2)] == ["Call the Limburg desk", "Send the photos"]
    overdue, later = detail.tasks.item(0, 0), detail.tasks.item(1, 0)
    assert overdue.foreground().color() == QColor(theme.colors().overdue) and overdue.font().bold()
    assert overdue.toolTip().startswith("Overdue since ")
    assert not later.font().bold()
    assert not detail.done_button.isEnabled()
    detail.tasks.selectRow(0)
    assert detail.done_button.isEnabled()
    detail.done_button.click()
    ui.wait_case(lambda v: v.tasks[0][3] is not None)
    assert detail.tasks.item(0, 2).text() != ""
    assert not detail.tasks.item(0, 0).font().bold()  # done: no longer overdue
    detail.tasks.selectRow(0)
    assert not detail.done_button.isEnabled()
    actions = [action for action, _details in ui.audit_actions()]
    assert {"case_subject.create", "note.create", "task.create", "task.update"} <= set(actions)


def test_link_a_request_and_open_it(qtbot, ui: Harness) -> None:  # type: ignore[no-untyped-def]
    from desktop.ui.cases.dialogs import LinkRequestDialog

    reference = _new_case(ui, CaseKind.PURSUIT, "Pursuit with a notice")
    request = ui.call(
        lambda svc: (
            svc.requests.create(
                NewRequest(
                    kind=RequestKind.INFORMATION_REQUEST,
                    partner_code="NL-POLITIE-LIMBURG",
                    legal_basis="dir-2023-977:4",
                    events_on=datetime.now().astimezone(),
                    title="Keeper of the Audi",
                    form_values={"information_requested": "Keeper", "purpose": "Pursuit", "reasons": "Fled"},
                )
            ).reference
        )
    )
    ui.open(reference)
    detail = ui.page.detail
    detail.link_button.click()
    dialog: LinkRequestDialog = ui.dialog(LinkRequestDialog)
    qtbot.keyClicks(dialog.reference, "OUT-1999-000001")
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: dialog.error_label.text() != "", timeout=WAIT)
    assert dialog.error_label.text() == "There is no request 'OUT-1999-000001'."
    dialog.reference.setText(request.lower())
    ui.submit(dialog)
    ui.wait_case(lambda v: len(v.requests) == 1)
    assert _cells(detail.requests, 0) == [request, "Information request", "Draft"]
    assert ui.call(lambda svc: svc.requests.show(request)).case_reference == reference
    with qtbot.waitSignal(ui.page.sig_open_request, timeout=WAIT) as opened:
        _double_click(qtbot, detail.requests, 0)
    assert opened.args == [request]


def test_close_a_case_after_confirming(qtbot, ui: Harness) -> None:  # type: ignore[no-untyped-def]
    reference = _new_case(ui, CaseKind.EVENT_ASSISTANCE, "Tour de France stage")
    ui.open(reference)
    detail = ui.page.detail
    detail.close_button.click()
    box = ui.page.actions.question
    assert box is not None and reference in box.text()
    box.button(QMessageBox.StandardButton.Cancel).click()
    assert ui.call(lambda svc: svc.cases.show(reference)).status == "open"
    detail.close_button.click()
    ui.page.actions.question_yes.click()
    ui.wait_case(lambda v: v.status == "closed")
    assert detail.facts["status"].text() == "Closed"
    assert detail.facts["closed"].text() != "—"
    assert not detail.close_button.isEnabled()
    assert not detail.note_button.isEnabled() and detail.note_button.toolTip() == "This case is closed."
    detail.back_button.click()
    ui.wait_list(lambda refs: refs == [])
    ui.page.status.setCurrentIndex(ui.page.status.findData("closed"))
    ui.wait_list(lambda refs: refs == [reference])


# -- attachments ----------------------------------------------------------------------------------


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


def test_files_dropped_on_the_list_are_attached_encrypted_and_viewed_in_memory(
    qtbot, ui, with_files, tmp_path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    reference, files = with_files
    detail = ui.page.detail
    detail.attach_handling.setCurrentIndex(detail.attach_handling.findData("H2"))
    _attach_by_drop(ui, [files["photo"], files["report"]], 2)
    assert ui.page.status_label.text() == "2 files attached, stored encrypted."
    names = [_cells(detail.attachments, r) for r in range(2)]
    assert [(n[0], n[2], n[4]) for n in names] == [
        ("scene-photo.png", "image/png", "H2"),
        ("report.pdf", "application/pdf", "H2"),
    ]
    assert names[0][3].endswith("…") and len(names[0][3]) == 13
    view = ui.call(lambda svc: svc.cases.show(reference))
    assert ui.call(lambda svc: svc.cases.attachment_content(view.attachments[1][0])) == (
        "report.pdf",
        files["report"].read_bytes(),
    )
    # A drag without local files is refused.
    mime = QMimeData()
    mime.setText("not a file")
    enter = QDragEnterEvent(
        QPoint(5, 5),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(detail.attachments.viewport(), enter)
    assert not enter.isAccepted()

    # Viewing must write nothing: a private temp dir for this process stays empty, and no new file
    # in the system's temp dir (shared with other processes, so judged by content) holds the bytes.
    system_tmp = Path(tempfile.gettempdir())
    system_before = set(system_tmp.iterdir())
    private_tmp = tmp_path / "private-tmp"
    private_tmp.mkdir()
    monkeypatch.setenv("TMPDIR", str(private_tmp))
    monkeypatch.setattr(tempfile, "tempdir", str(private_tmp))
    assert tempfile.gettempdir() == str(private_tmp)
    detail.attachments.selectRow(0)
    detail.view_button.click()
    qtbot.waitUntil(lambda: ui.page.actions.viewer is not None, timeout=WAIT)
    viewer = ui.page.actions.viewer
    assert viewer.kind == "image"
    assert (viewer.image.width(), viewer.image.height()) == (6, 4)
    assert viewer.image.pixelColor(1, 1) == QColor("#3060c0")
    viewer.close()
    qtbot.waitUntil(lambda: ui.page.actions.viewer is None, timeout=WAIT)

    _double_click(qtbot, detail.attachments, 1)
    qtbot.waitUntil(lambda: ui.page.actions.viewer is not None, timeout=WAIT)
    viewer = ui.page.actions.viewer
    assert viewer.kind == "pdf"
    assert viewer.page_count == 2
    assert viewer.page_label.text() == "Page 1 of 2"
    assert viewer.image.width() > 200 and not viewer.previous_button.isEnabled()
    first_page = viewer.image
    viewer.next_button.click()
    assert viewer.page_label.text() == "Page 2 of 2" and not viewer.next_button.isEnabled()
    qtbot.waitUntil(lambda: viewer.shown_page == 1, timeout=WAIT)  # rendered off the GUI thread
    assert viewer.image is not None and viewer.image != first_page
    assert viewer.image.size() == first_page.size()
    viewer.close()
    assert list(private_tmp.iterdir()) == []
    secrets = (files["photo"].read_bytes(), files["report"].read_bytes())
    for path in set(system_tmp.iterdir()) - system_before:
        if path.is_file():
            assert path.read_bytes() not in secrets, path


def test_attach_by_file_dialog_and_view_text(qtbot, ui, with_files) -> None:  # type: ignore[no-untyped-def]
    _reference, files = with_files
    detail = ui.page.detail
    ui.files.to_open = [str(files["notes"])]
    detail.attach_button.click()
    ui.wait_case(lambda v: len(v.attachment_items) == 1)
    assert ui.page.status_label.text() == "1 file attached, stored encrypted."
    detail.attachments.selectRow(0)
    detail.view_button.click()
    qtbot.waitUntil(lambda: ui.page.actions.viewer is not None, timeout=WAIT)
    assert ui.page.actions.viewer.kind == "text"
    assert ui.page.actions.viewer.text.toPlainText() == "Plate 1-ABC-123 seen at 10:05.\n"
    # A file that is gone by the time it is read: one sentence, nothing attached.
    ui.files.to_open = [str(files["notes"].with_name("gone.txt"))]
    detail.attach_button.click()
    qtbot.waitUntil(lambda: ui.page.error_label.text() != "", timeout=WAIT)
    assert ui.page.error_label.text() == "gone.txt could not be read (No such file or directory)."
    assert len(ui.call(lambda svc: svc.cases.show(_reference)).attachments) == 1


def test_save_a_decrypted_copy_asks_first_and_is_audited(qtbot, ui, with_files, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    _reference, files = with_files
    detail = ui.page.detail
    _attach_by_drop(ui, [files["report"]], 1)
    detail.attachments.selectRow(0)
    destination = tmp_path / "out" / "copy-of-report.pdf"
    destination.parent.mkdir()
    ui.files.to_save = str(destination)

    detail.save_button.click()
    box = ui.page.actions.question
    assert "UNENCRYPTED" in box.text() and "report.pdf" in box.text() and "audit log" in box.text()
    box.button(QMessageBox.StandardButton.Cancel).click()
    assert ui.files.suggested == [] and not destination.exists()

    detail.save_button.click()
    ui.page.actions.question_yes.click()
    qtbot.waitUntil(destination.exists, timeout=WAIT)
    assert ui.files.suggested == ["report.pdf"]
    assert destination.read_bytes() == files["report"].read_bytes()
    qtbot.waitUntil(lambda: "Decrypted copy of report.pdf saved" in ui.page.status_label.text(), timeout=WAIT)
    saved = [details for action, details in ui.audit_actions() if action == "attachment.saved_decrypted"]
    assert len(saved) == 1
    assert '"filename":"report.pdf"' in saved[0] and str(destination) in saved[0]


def test_detach_forgets_the_case_the_viewer_and_the_filters(qtbot, ui, with_files) -> None:  # type: ignore[no-untyped-def]
    _reference, files = with_files
    page = ui.page
    _attach_by_drop(ui, [files["photo"]], 1)
    page.detail.attachments.selectRow(0)
    page.detail.view_button.click()
    qtbot.waitUntil(lambda: page.actions.viewer is not None, timeout=WAIT)
    page.search.setText("pursuit")
    page.detail.note_button.click()
    ui.dialog(FormDialog)
    page.detach()
    assert page.actions.viewer is None and page.actions.dialog is None
    assert page.detail.view is None and page.detail.heading.text() == ""
    assert page.detail.attachments.rowCount() == 0 and page.detail.timeline.rowCount() == 0
    assert page.table.rowCount() == 0 and page.references() == []
    assert page.search.text() == "" and page.partner.currentText() == "" and page.partner.count() == 0
    assert not page.is_showing_case()
    assert page.status_label.text() == "" and page.count_label.text() == ""
    assert not page.new_button.isEnabled()


def test_the_viewer_says_what_it_cannot_show(qtbot) -> None:  # type: ignore[no-untyped-def]
    from desktop.ui.cases.viewer import AttachmentViewer, prepare

    def kind_of(content: bytes, media_type: str) -> str:
        prepared = prepare("x", content, media_type)
        prepared.release()
        return prepared.kind

    assert kind_of(_png(), "application/octet-stream") == "image"  # the bytes decide, not the type
    assert kind_of(_pdf(1), "image/png") == "pdf"
    assert kind_of("Grüße aus Aachen".encode(), "application/octet-stream") == "text"
    assert kind_of(b"\x00\x01\x02binary", "application/octet-stream") == "other"
    broken = AttachmentViewer(prepare("broken.pdf", b"%PDF-1.7\nnot a real document", "application/pdf"))
    qtbot.addWidget(broken)
    assert broken.kind == "pdf" and broken.message.text() == "broken.pdf is not a readable PDF file."
    binary = AttachmentViewer(prepare("dump.bin", b"\x00\x01\x02binary", "application/x-dump"))
    qtbot.addWidget(binary)
    assert binary.message.text().startswith(
        "dump.bin is a kind of file this app cannot show (application/x-dump)."
    )


def test_open_case_jumps_to_a_case_or_says_there_is_none(qtbot, ui: Harness) -> None:  # type: ignore[no-untyped-def]
    from desktop.ui.changes import Changes

    page = ui.page
    page.open_case("CASE-1999-00001")
    qtbot.waitUntil(lambda: page.error_label.text() != "", timeout=WAIT)
    assert page.error_label.text() == "There is no case 'CASE-1999-00001' in this case file."
    assert not page.is_showing_case() and page.current_reference is None
    reference = _new_case(ui, CaseKind.PURSUIT, "Pursuit opened from elsewhere")
    ui.open(reference)
    assert page.error_label.text() == ""
    # Another page recorded something on this case: the broadcast reloads the list and the case.
    ui.call(lambda svc: svc.cases.add_note(reference, "Written from the CLI."))
    page.on_changes(Changes(cases=True, origin=object()))
    ui.wait_case(lambda v: len(v.note_items) == 1)


def test_a_result_arriving_after_the_lock_shows_nothing(qtbot, ui: Harness) -> None:  # type: ignore[no-untyped-def]
    import time

    from desktop.ui.cases.dialogs import NoteDialog

    reference = _new_case(ui, CaseKind.PURSUIT, "Pursuit")
    ui.open(reference)
    page = ui.page
    page.detail.note_button.click()
    note: NoteDialog = ui.dialog(NoteDialog)
    note.body_edit.setPlainText("Typed just before the lock.")
    finished: list[object] = []
    ui.services.run(lambda _svc: time.sleep(0.3), finished.append, finished.append)  # keeps the worker busy
    note.ok_button.click()
    page.detach()
    ui.services.run(lambda _svc: None, finished.append, finished.append)  # queued after the note
    qtbot.waitUntil(lambda: len(finished) == 2, timeout=WAIT)
    qtbot.wait(50)
    assert page.status_label.text() == "" and page.error_label.text() == ""
    assert page.detail.view is None and not page.is_showing_case()
    assert page.actions.dialog is None


# -- reviewer's findings: decoding off the GUI thread, reading notes, own drops, closed cases ------


def _pool_idle(qtbot) -> None:  # type: ignore[no-untyped-def]
    """Every page rendering on the pool finished and its result delivered to the GUI thread."""
    from PySide6.QtCore import QThreadPool

    assert QThreadPool.globalInstance().waitForDone(WAIT)
    qtbot.wait(50)


def test_images_and_pdf_pages_are_decoded_off_the_gui_thread(qtbot, ui, with_files, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import threading

    from desktop.ui.cases import viewer as viewer_module

    decoded_on: list[int] = []
    rendered_on: list[tuple[int, int]] = []
    decode, render = viewer_module.decode_image, viewer_module.render_pdf_page

    def recording_decode(content: bytes) -> QImage:
        decoded_on.append(threading.get_ident())
        return decode(content)

    def recording_render(document: object, index: int, scale: float = viewer_module.PDF_SCALE) -> QImage:
        rendered_on.append((threading.get_ident(), index))
        return render(document, index, scale)

    monkeypatch.setattr(viewer_module, "decode_image", recording_decode)
    monkeypatch.setattr(viewer_module, "render_pdf_page", recording_render)
    _reference, files = with_files
    detail = ui.page.detail
    _attach_by_drop(ui, [files["photo"], files["report"]], 2)
    detail.attachments.selectRow(0)
    detail.view_button.click()
    qtbot.waitUntil(lambda: ui.page.actions.viewer is not None, timeout=WAIT)
    viewer = ui.page.actions.viewer
    assert viewer.kind == "image" and viewer.image.pixelColor(1, 1) == QColor("#3060c0")
    assert viewer.picture.pixmap().size().toTuple() == (6, 4)
    detail.attachments.selectRow(1)
    detail.view_button.click()
    qtbot.waitUntil(lambda: ui.page.actions.viewer not in (None, viewer), timeout=WAIT)
    viewer = ui.page.actions.viewer
    assert viewer.kind == "pdf" and viewer.shown_page == 0
    viewer.next_button.click()
    qtbot.waitUntil(lambda: viewer.shown_page == 1, timeout=WAIT)
    gui = threading.get_ident()
    assert len(decoded_on) == 1 and decoded_on[0] != gui  # once, on the database worker
    assert [index for _thread, index in rendered_on] == [0, 1]
    assert all(thread != gui for thread, _index in rendered_on)
    viewer.close()
    _pool_idle(qtbot)


def test_pages_asked_for_in_quick_succession_or_after_closing_are_dropped(qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from desktop.ui.cases import viewer as viewer_module

    viewer = viewer_module.AttachmentViewer(viewer_module.prepare("three.pdf", _pdf(3), "application/pdf"))
    qtbot.addWidget(viewer)
    first = viewer.image
    shown: list[QImage] = []
    show = viewer._show_image
    monkeypatch.setattr(viewer, "_show_image", lambda image: (shown.append(image), show(image)))
    assert viewer.page_count == 3 and viewer.shown_page == 0
    # PDFium is busy (its lock held): the requests pile up; only the last one may show.
    with viewer_module._PDFIUM:
        viewer.show_page(2)
        viewer.show_page(1)
        viewer.show_page(0)
        assert viewer.page_label.text() == "Page 1 of 3" and not viewer.previous_button.isEnabled()
    _pool_idle(qtbot)
    assert viewer.shown_page == 0 and viewer.image == first
    assert len(shown) <= 1 and all(image == first for image in shown)  # pages 3 and 2 never showed
    with viewer_module._PDFIUM:
        viewer.show_page(1)
        viewer.show_page(2)
    qtbot.waitUntil(lambda: viewer.shown_page == 2, timeout=WAIT)
    _pool_idle(qtbot)
    assert viewer.shown_page == 2 and viewer.page_label.text() == "Page 3 of 3"
    assert viewer.image != first

    closing = viewer_module.AttachmentViewer(viewer_module.prepare("late.pdf", _pdf(3), "application/pdf"))
    handle = closing._pdf
    with viewer_module._PDFIUM:
        closing.show_page(2)
        closing.close()  # does not wait for the page being rendered
        assert closing.image is None
    _pool_idle(qtbot)
    assert handle._document is None  # closed on the pool once the page was done


def test_a_selected_note_is_shown_in_full_with_its_time_and_handling(qtbot, ui: Harness) -> None:  # type: ignore[no-untyped-def]
    from desktop.models.enums import HandlingCode
    from desktop.services.cases import local_time_text
    from desktop.ui.cases.common import system_zone
    from desktop.ui.changes import Changes

    reference = _new_case(ui, CaseKind.INFORMATION_EXCHANGE, "Long notes")
    long_note = (
        "Maastricht desk called back.\n"
        + "The grey Audi was seen twice near the border crossing at Eijsden. " * 30
        + "\nEnd of the call."
    )
    ui.call(lambda svc: svc.cases.add_note(reference, "Short one."))
    long_id = ui.call(lambda svc: svc.cases.add_note(reference, long_note, HandlingCode.H3))
    ui.open(reference)
    page, detail = ui.page, ui.page.detail
    reader = detail.note_reader
    detail.set_tab("notes")
    assert reader.meta.text() == "Select a note to read it in full." and reader.text.toPlainText() == ""
    assert detail.select_note(long_id)
    note = next(n for n in detail.view.note_items if n.id == long_id)
    assert reader.text.toPlainText() == long_note
    when = local_time_text(note.created_at, system_zone())
    assert reader.meta.text() == f"Written on {when} · handling code H3"
    assert reader.text.isReadOnly()
    assert reader.text.lineWrapMode() == reader.text.LineWrapMode.WidgetWidth
    assert reader.text.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByKeyboard
    assert reader.text.isVisible() and reader.text.height() > reader.fontMetrics().height() * 3
    # Another page adds a note: the case reloads and the note being read stays.
    ui.call(lambda svc: svc.cases.add_note(reference, "Written from the CLI."))
    page.on_changes(Changes(cases=True, origin=object()))
    ui.wait_case(lambda v: len(v.note_items) == 3)
    assert reader.text.toPlainText() == long_note
    detail.notes.clearSelection()
    assert reader.text.toPlainText() == "" and reader.meta.text() == "Select a note to read it in full."
    detail.back_button.click()
    assert reader.text.toPlainText() == "" and reader.meta.text() == ""


def test_the_attachment_list_keeps_drops_to_itself(qtbot) -> None:  # type: ignore[no-untyped-def]
    from desktop.ui.cases.detail import CaseDetail

    detail = CaseDetail()
    qtbot.addWidget(detail)
    # The window's package-drop filter leaves widgets with this property alone (exchange/drop.py).
    assert detail.attachments.property("casedeskOwnDrops") is True
    assert detail.attachments.viewport().property("casedeskOwnDrops") is True


def test_a_closed_case_offers_no_additions(qtbot, ui: Harness, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    still_open = _new_case(ui, CaseKind.PURSUIT, "Still open")
    closed = _new_case(ui, CaseKind.PURSUIT, "Already closed")
    ui.call(lambda svc: svc.cases.close(closed))
    late = tmp_path / "late.txt"
    late.write_text("Arrived after the case was closed.\n", encoding="utf-8")
    ui.open(closed)
    detail = ui.page.detail
    adders = (
        detail.crossed_button,
        detail.notified_button,
        detail.event_button,
        detail.subject_button,
        detail.note_button,
        detail.task_button,
        detail.link_button,
        detail.attach_button,
    )
    for button in adders:
        assert not button.isEnabled() and button.toolTip() == "This case is closed.", button.text()
    assert not detail.attach_handling.isEnabled()
    detail.set_tab("attachments")
    entered, dropped = _drop([late], detail.attachments.viewport())
    assert not entered and not dropped
    ui.page.actions.attach_paths([str(late)])  # however the paths arrive
    assert ui.page.error_label.text() == "This case is closed."
    qtbot.wait(100)
    assert ui.call(lambda svc: svc.cases.show(closed)).attachment_items == ()

    ui.open(still_open)
    for button in adders:
        assert button.isEnabled() and button.toolTip() == "", button.text()
    detail.set_tab("attachments")
    _attach_by_drop(ui, [late], 1)


# ------------------------------------------------------------- partner filter, tasks, words, sizes


def test_the_partner_filter_offers_the_agencies_and_still_filters_by_a_code_s_start(
    qtbot, ui: Harness
) -> None:  # type: ignore[no-untyped-def]
    page = ui.page
    limburg = _new_case(ui, CaseKind.PURSUIT, "Pursuit to Heerlen", "NL-POLITIE-LIMBURG")
    kmar = _new_case(ui, CaseKind.INFORMATION_EXCHANGE, "Plates from Breda", "NL-KMAR")
    luxembourg = _new_case(ui, CaseKind.OBSERVATION, "Van from Esch", "LU-POLICE")
    page.refresh()
    ui.wait_list(lambda refs: len(refs) == 3)
    offered = [page.partner.itemText(i) for i in range(page.partner.count())]
    assert offered[0] == "" and {"NL-POLITIE-LIMBURG", "NL-KMAR", "LU-POLICE"} <= set(offered)
    assert "BE-FEDPOL" not in offered  # our own agency is never a partner
    assert page.partner.isEditable() and page.partner.accessibleName() == "Partner agency code"
    index = page.partner.findText("NL-KMAR")
    assert page.partner.itemData(index, Qt.ItemDataRole.ToolTipRole)  # the agency's name
    # Chosen from the list: that agency's cases.
    page.partner.setCurrentIndex(index)
    ui.wait_list(lambda refs: refs == [kmar])
    # Typed: every agency whose code starts so, as before; the completer only proposes.
    page.partner.clearEditText()
    ui.wait_list(lambda refs: len(refs) == 3)
    qtbot.keyClicks(page.partner, "nl-")
    ui.wait_list(lambda refs: sorted(refs) == sorted([limburg, kmar]))
    assert page.partner.currentText() == "nl-"
    page.partner.clearEditText()
    qtbot.keyClicks(page.partner, "xx")
    ui.wait_list(lambda refs: refs == [])
    assert page.empty_label.text() == "No cases match these filters."
    assert luxembourg not in page.references()


def test_a_task_may_have_no_due_date(qtbot, ui: Harness) -> None:  # type: ignore[no-untyped-def]
    from desktop.ui.cases.dialogs import TaskDialog

    reference = _new_case(ui, CaseKind.INFORMATION_EXCHANGE, "Cloned plates")
    ui.open(reference)
    detail = ui.page.detail
    detail.task_button.click()
    task: TaskDialog = ui.dialog(TaskDialog)
    assert not task.no_due.isChecked() and task.due.isEnabled()  # a due date unless said otherwise
    assert task.no_due.accessibleName()
    qtbot.keyClicks(task.title_edit, "Ask for the registration history")
    task.no_due.click()
    assert not task.due.isEnabled()
    ui.submit(task)
    ui.wait_case(lambda v: len(v.tasks) == 1)
    view = ui.call(lambda svc: svc.cases.show(reference))
    assert view.tasks[0][1:] == ("Ask for the registration history", None, None)
    assert detail.tasks.item(0, 1).text() == "—"
    assert not detail.tasks.item(0, 0).font().bold()  # no due date: never overdue
    # An empty title is still refused, with or without a due date.
    detail.task_button.click()
    task = ui.dialog(TaskDialog)
    task.no_due.click()
    task.ok_button.click()
    qtbot.waitUntil(lambda: task.error_label.text() != "", timeout=WAIT)
    assert task.error_label.text() == "A task needs a title."
    task.reject()


def test_one_case_is_counted_in_the_singular(qtbot, ui: Harness) -> None:  # type: ignore[no-untyped-def]
    _new_case(ui, CaseKind.JOINT_PATROL, "Patrol at the fair")
    ui.page.refresh()
    ui.wait_list(lambda refs: len(refs) == 1)
    assert ui.page.count_label.text() == "1 case"


def test_structured_facts_read_as_sentences_not_as_stored_keys(qtbot, ui: Harness) -> None:  # type: ignore[no-untyped-def]
    from desktop.ui.cases import details
    from desktop.ui.i18n import LanguageSwitcher

    extension = {"until": "2027-06-30", "agreed_on": "2027-05-02"}
    facts = {"extensions": [extension], "leaders": ["Sofie Peeters", "Jan de Vries"], "new_field": "x"}
    switcher = LanguageSwitcher()
    try:
        assert switcher.install("en")
        rows = dict(details.rows(CaseKind.JOINT_INVESTIGATION.value, facts))
        assert rows["Extensions"] == "until 2027-06-30, agreed on 2027-05-02"
        assert rows["Leaders"] == "Sofie Peeters and Jan de Vries"
        assert rows["new_field"] == "x"  # a fact of a newer version: shown as stored, never dropped
        # An item of a shape this version does not know: known keys labelled, the others as stored.
        assert details.value_text([{"until": "2027-06-30", "by": "NL"}]) == "Until: 2027-06-30 and by: NL"
        assert switcher.install("fr")
        rows = dict(details.rows(CaseKind.JOINT_INVESTIGATION.value, facts))
        assert rows["Prolongations"] == "jusqu'au 2027-06-30, convenue le 2027-05-02"
        assert rows[details.label("leaders")] == "Sofie Peeters et Jan de Vries"
    finally:
        switcher.install("en")


def test_sizes_are_written_in_the_language_s_units(qapp) -> None:  # type: ignore[no-untyped-def]
    from desktop.ui.cases.common import size_text
    from desktop.ui.i18n import LanguageSwitcher

    switcher = LanguageSwitcher()
    try:
        assert switcher.install("en")
        assert [size_text(n) for n in (512, 2048, 5 * 1024 * 1024)] == ["512 bytes", "2.0 kB", "5.0 MB"]
        assert switcher.install("fr")
        assert [size_text(n) for n in (512, 2048, 5 * 1024 * 1024)] == ["512 octets", "2,0 ko", "5,0 Mo"]
    finally:
        switcher.install("en")
