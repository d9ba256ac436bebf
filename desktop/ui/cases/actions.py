"""What the officer does to a case from the Cases page: every dialog, question and operation.

`CaseActions` belongs to one `CasesPage` (GUI thread). Each change is an `Op` on the database
worker through the same `CaseService` methods the CLI calls; after it the page reloads the case
and broadcasts `Changes(cases=True, …)`. The native file dialogs are the page's `FileDialogs`,
which tests replace, so no test ever waits on a blocking native dialog.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QPushButton, QWidget

from desktop.models.enums import EventKind, HandlingCode
from desktop.services.cases import AttachmentItem
from desktop.ui.cases.dialogs import (
    EventDialog,
    FormDialog,
    LinkRequestDialog,
    NewCaseDialog,
    NoteDialog,
    SubjectDialog,
    TaskDialog,
)
from desktop.ui.cases.viewer import AttachmentViewer, Prepared, prepare
from desktop.ui.i18n import arg
from desktop.ui.labels import label_of
from desktop.ui.operations import LatestOnly, Op

if TYPE_CHECKING:
    from desktop.services.facade import Services
    from desktop.ui.cases.page import CasesPage

Work = Callable[["Services"], Any]


class FileDialogs:
    """The platform's file dialogs (they block while open); tests pass their own chooser."""

    def open_files(self, parent: QWidget) -> list[str]:
        title = QCoreApplication.translate("CasesPage", "Attach files")
        paths, _filter = QFileDialog.getOpenFileNames(parent, title)
        return list(paths)

    def save_file(self, parent: QWidget, suggested_name: str) -> str | None:
        title = QCoreApplication.translate("CasesPage", "Save a decrypted copy")
        path, _filter = QFileDialog.getSaveFileName(parent, title, str(Path.home() / suggested_name))
        return path or None


def attach_all(svc: Services, reference: str, paths: list[Path], code: HandlingCode) -> list[int]:
    """Worker thread: attach the files one by one (each read here, never on the GUI thread)."""
    return [svc.cases.add_attachment_file(reference, path, handling_code=code) for path in paths]


class CaseActions(QObject):
    """The dialogs and operations of the case shown on `page` (GUI thread)."""

    def __init__(self, page: CasesPage) -> None:
        super().__init__(page)
        self.page = page
        self.dialog: FormDialog | None = None
        self.viewer: AttachmentViewer | None = None
        self.question: QMessageBox | None = None
        self.question_yes: QPushButton | None = None
        self._latest_view = LatestOnly()
        self._epoch = 0  # bumped on lock: results of operations started before it are dropped
        d = page.detail
        d.crossed_button.clicked.connect(lambda: self.add_event(EventKind.BORDER_CROSSED))
        d.notified_button.clicked.connect(lambda: self.add_event(EventKind.HOST_NOTIFIED))
        d.event_button.clicked.connect(lambda: self.add_event(None))
        d.subject_button.clicked.connect(self.add_subject)
        d.note_button.clicked.connect(self.add_note)
        d.task_button.clicked.connect(self.add_task)
        d.done_button.clicked.connect(self.mark_task_done)
        d.link_button.clicked.connect(self.link_request)
        d.attach_button.clicked.connect(self.attach_from_dialog)
        d.drop_filter.sig_files_dropped.connect(self.attach_paths)
        d.view_button.clicked.connect(self.view_selected)
        d.attachments.activated.connect(lambda _index: self.view_selected())
        d.save_button.clicked.connect(self.save_selected)
        d.close_button.clicked.connect(self.close_case)

    # -- plumbing -------------------------------------------------------------------------------

    def _open(self, dialog: FormDialog, make: Callable[[], Work], done: Callable[[Any], None]) -> None:
        """Open `dialog`; on OK, `make()` (GUI thread, reads the fields) gives the work to run.

        Success closes the dialog and calls `done(result)`; a refusal is shown in the dialog.
        """
        self.close_dialog()
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog = dialog
        dialog.sig_submitted.connect(lambda: self._submit(dialog, make, done))
        dialog.finished.connect(lambda _result: self._forget_dialog(dialog))
        dialog.open()

    def _submit(self, dialog: FormDialog, make: Callable[[], Work], done: Callable[[Any], None]) -> None:
        worker = self.page.worker
        if worker is None:
            dialog.fail(self.tr("The case file is locked."))
            return

        def succeeded(result: Any) -> None:
            if shiboken6.isValid(dialog):
                dialog.accept()
            done(result)

        def failed(sentence: str) -> None:
            if shiboken6.isValid(dialog):
                dialog.fail(sentence)

        Op(self.page, worker, make()).success(self._current(succeeded)).failure(self._current(failed)).run()

    def _current(self, callback: Callable[[Any], None]) -> Callable[[Any], None]:
        """`callback`, unless the file was locked since the operation started."""
        epoch = self._epoch

        def call(value: Any) -> None:
            if epoch == self._epoch:
                callback(value)

        return call

    def _forget_dialog(self, dialog: FormDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None

    def ask(self, title: str, text: str, yes_text: str, on_yes: Callable[[], None]) -> None:
        """A question with a named Yes and Cancel (the default), non-modal to the event loop."""
        self.close_question()
        box = QMessageBox(
            QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.NoButton, self.page
        )
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        yes = box.addButton(yes_text, QMessageBox.ButtonRole.AcceptRole)
        yes.setAccessibleName(yes_text)
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(cancel)
        yes.clicked.connect(on_yes)
        box.finished.connect(lambda _result: self._forget_question(box))
        self.question, self.question_yes = box, yes
        box.open()

    def _forget_question(self, box: QMessageBox) -> None:
        if self.question is box:
            self.question, self.question_yes = None, None

    def _changed(self, message: str, tab: str | None, *, requests: bool = False) -> None:
        self.page.show_status(message)
        self.page.emit_changes(cases=True, requests=requests)
        self.page.reload_detail(tab)

    def _run(self, work: Work, done: Callable[[Any], None]) -> None:
        worker = self.page.worker
        if worker is None:
            return
        self.page.error_label.clear()
        Op(self.page, worker, work).success(self._current(done)).failure(
            self._current(self.page.show_error)
        ).run()

    def close_dialog(self) -> None:
        if self.dialog is not None and shiboken6.isValid(self.dialog):
            self.dialog.close()
        self.dialog = None

    def close_question(self) -> None:
        if self.question is not None and shiboken6.isValid(self.question):
            self.question.close()
        self.question, self.question_yes = None, None

    def close_viewer(self) -> None:
        self._latest_view.invalidate()
        if self.viewer is not None and shiboken6.isValid(self.viewer):
            self.viewer.close()
        self.viewer = None

    def reset(self) -> None:
        """The case is left: close every window showing its data."""
        self.close_dialog()
        self.close_question()
        self.close_viewer()

    def forget(self) -> None:
        """The file is being locked: close every window, and drop results still on their way."""
        self._epoch += 1
        self.reset()

    # -- the list -------------------------------------------------------------------------------

    def new_case(self) -> None:
        dialog = NewCaseDialog(self.page.agencies, self.page)

        def make() -> Work:
            values = dialog.values()
            kind, title = values.pop("kind"), values.pop("title")
            return lambda svc: svc.cases.create(kind, title, **values)

        def done(view: Any) -> None:
            self.page.show_status(arg(self.tr("Case %1 opened."), view.reference))
            self.page.emit_changes(cases=True)
            self.page.refresh_list()
            self.page.open_case(view.reference)

        self._open(dialog, make, done)

    # -- the case -------------------------------------------------------------------------------

    def add_event(self, kind: EventKind | None) -> None:
        reference = self.page.current_reference
        if reference is None:
            return
        if kind is EventKind.BORDER_CROSSED:
            dialog = EventDialog(
                self.tr("Crossed the border at…"),
                kind,
                self.tr("Crossed the border"),
                parent=self.page,
                worker=self.page.worker,
            )
        elif kind is EventKind.HOST_NOTIFIED:
            dialog = EventDialog(
                self.tr("Host notified at…"),
                kind,
                self.tr("Host notified"),
                parent=self.page,
                worker=self.page.worker,
            )
        else:
            dialog = EventDialog(self.tr("Add an event"), parent=self.page, worker=self.page.worker)

        def make() -> Work:
            values = dialog.values()
            return lambda svc: svc.cases.add_event(reference, **values)

        def done(event: Any) -> None:
            text = arg(self.tr("%1 recorded at %2."), label_of(EventKind, event.kind), event.local_time)
            self._changed(text, "timeline")

        self._open(dialog, make, done)

    def add_subject(self) -> None:
        reference = self.page.current_reference
        if reference is None:
            return
        dialog = SubjectDialog(self.page)

        def make() -> Work:
            kind, label, details = dialog.values()
            return lambda svc: svc.cases.add_subject(reference, kind, label, details)

        self._open(
            dialog, make, lambda _id: self._changed(self.tr("Person, vehicle or object added."), "subjects")
        )

    def add_note(self) -> None:
        reference = self.page.current_reference
        if reference is None:
            return
        dialog = NoteDialog(self.page)

        def make() -> Work:
            body, code = dialog.values()
            return lambda svc: svc.cases.add_note(reference, body, code)

        self._open(dialog, make, lambda _id: self._changed(self.tr("Note added."), "notes"))

    def add_task(self) -> None:
        reference = self.page.current_reference
        if reference is None:
            return
        dialog = TaskDialog(self.page)

        def make() -> Work:
            title, due_at = dialog.values()
            return lambda svc: svc.cases.add_task(reference, title, due_at)

        self._open(dialog, make, lambda _id: self._changed(self.tr("Task added."), "tasks"))

    def mark_task_done(self) -> None:
        task = self.page.detail.selected_task()
        if task is None or task[1]:
            return
        task_id = task[0]
        self._run(
            lambda svc: svc.cases.complete_task(task_id),
            lambda _none: self._changed(self.tr("Task marked done."), "tasks"),
        )

    def link_request(self) -> None:
        reference = self.page.current_reference
        if reference is None:
            return
        dialog = LinkRequestDialog(self.page)
        linked: list[str] = []

        def make() -> Work:
            linked[:] = [dialog.value()]
            return lambda svc: svc.cases.link_request(reference, linked[0])

        def done(_none: Any) -> None:
            self._changed(arg(self.tr("Request %1 linked."), linked[0]), "requests", requests=True)

        self._open(dialog, make, done)

    def close_case(self) -> None:
        reference = self.page.current_reference
        if reference is None:
            return
        text = arg(
            self.tr(
                "Close case %1? It leaves the list of open cases; its timeline, notes and attachments "
                "stay in the case file."
            ),
            reference,
        )

        def close() -> None:
            def done(_view: Any) -> None:
                self._changed(arg(self.tr("Case %1 closed."), reference), None)
                self.page.refresh_list()

            self._run(lambda svc: svc.cases.close(reference), done)

        self.ask(self.tr("Close case"), text, self.tr("Close case"), close)

    # -- attachments ----------------------------------------------------------------------------

    def attach_from_dialog(self) -> None:
        if self.page.current_reference is None:
            return
        paths = self.page.file_dialogs.open_files(self.page)
        if paths:
            self.attach_paths(paths)

    def attach_paths(self, paths: list[str]) -> None:
        """Attach local files (chosen or dropped); they are read on the worker, not here."""
        reference = self.page.current_reference
        if reference is None or not paths:
            return
        if self.page.detail.is_closed():
            self.page.show_error(self.tr("This case is closed."))
            return
        files = [Path(path) for path in paths]
        code = HandlingCode(self.page.detail.attach_handling.currentData())

        def done(ids: list[int]) -> None:
            text = (
                self.tr("1 file attached, stored encrypted.")
                if len(ids) == 1
                else arg(self.tr("%1 files attached, stored encrypted."), len(ids))
            )
            self._changed(text, "attachments")

        def failed(sentence: str) -> None:
            # Files before the refused one were attached: show them with the sentence.
            self.page.show_error(sentence)
            self.page.emit_changes(cases=True)
            self.page.reload_detail("attachments")

        worker = self.page.worker
        if worker is not None:
            self.page.error_label.clear()
            Op(self.page, worker, lambda svc: attach_all(svc, reference, files, code)).success(
                self._current(done)
            ).failure(self._current(failed)).run()

    def view_selected(self) -> None:
        attachment = self.page.detail.selected_attachment()
        worker = self.page.worker
        if attachment is None or worker is None:
            return
        guard = self._latest_view.start()
        media_type = attachment.media_type
        attachment_id = attachment.id
        self.page.error_label.clear()

        def fetch(svc: Services) -> Prepared:
            # Decoded (or its first PDF page rendered) here on the worker: 100-400 ms for a large
            # photo or a scanned page, which would freeze the window on the GUI thread.
            name, content = svc.cases.attachment_content(attachment_id)
            return prepare(name, content, media_type)

        def arrived(prepared: Prepared) -> None:
            taken: list[Prepared] = []
            guard(taken.append)(prepared)
            if taken:
                self._show(prepared)
            else:  # another attachment was asked for, or the case was left, meanwhile
                prepared.release()

        Op(self.page, worker, fetch).success(arrived).failure(guard(self.page.show_error)).run()

    def _show(self, prepared: Prepared) -> None:
        if self.viewer is not None and shiboken6.isValid(self.viewer):
            self.viewer.close()
        viewer = AttachmentViewer(prepared, self.page)
        viewer.destroyed.connect(lambda _obj=None: self._forget_viewer(viewer))
        self.viewer = viewer
        viewer.show()

    def _forget_viewer(self, viewer: AttachmentViewer) -> None:
        if self.viewer is viewer:
            self.viewer = None

    def save_selected(self) -> None:
        attachment = self.page.detail.selected_attachment()
        if attachment is None:
            return
        text = arg(
            self.tr(
                "The copy of %1 (handling code %2) will be written to disk UNENCRYPTED, outside the case "
                "file: anyone who can read that folder can read it. Saving it is recorded in the audit log. "
                "Save a decrypted copy?"
            ),
            attachment.filename,
            attachment.handling_code,
        )
        self.ask(
            self.tr("Save a decrypted copy"),
            text,
            self.tr("Choose where to save…"),
            lambda: self._choose_and_save(attachment),
        )

    def _choose_and_save(self, attachment: AttachmentItem) -> None:
        path = self.page.file_dialogs.save_file(self.page, attachment.filename)
        if not path:
            return
        destination = Path(path)

        def done(written: Path) -> None:
            self.page.show_status(
                arg(self.tr("Decrypted copy of %1 saved to %2."), attachment.filename, written)
            )
            self.page.emit_changes()  # the audit log has a new entry

        self._run(lambda svc: svc.cases.export_attachment(attachment.id, destination), done)
