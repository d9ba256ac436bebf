"""The Cases page's attachments: added by dialog or drop, stored encrypted, viewed in memory
(decoded off the GUI thread), saved as a decrypted copy only when asked, and audited.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from PySide6.QtCore import QMimeData, QPoint, Qt
from PySide6.QtGui import QColor, QDragEnterEvent, QImage
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop.ui.cases.dialogs import FormDialog
from tests.gui_cases_harness import (
    _attach_by_drop,
    _cells,
    _double_click,
    _pdf,
    _png,
)
from tests.gui_helpers import WAIT

# -- attachments ----------------------------------------------------------------------------------


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


def test_the_attachment_list_keeps_drops_to_itself(qtbot) -> None:  # type: ignore[no-untyped-def]
    from desktop.ui.cases.detail import CaseDetail

    detail = CaseDetail()
    qtbot.addWidget(detail)
    # The window's package-drop filter leaves widgets with this property alone (exchange/drop.py).
    assert detail.attachments.property("casedeskOwnDrops") is True
    assert detail.attachments.viewport().property("casedeskOwnDrops") is True
