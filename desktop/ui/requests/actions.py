"""The workflow steps behind the request detail's buttons, and the small dialogs they open
(GUI thread only; only the lambdas given to `Op` run on the database worker).

`RequestSteps` takes one step of one request: it asks what the step needs, runs the service call
as an Op and reports back; the panel reloads the request afterwards. `TextDialog` asks for one
required text — a cancellation's or a decline's reason, an answer received by another channel —
and keeps OK disabled while it is empty. `confirm_box` asks before a step that cannot be undone
from here (marking a request as sent). Both are opened with `open()` (window-modal, no nested
event loop), so tests fill them and click their buttons.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.services.session_requests import RequestDetail
from desktop.ui.exchange.answer_dialog import AnswerDialog
from desktop.ui.exchange.export_dialog import FileChooser
from desktop.ui.i18n import arg, translate
from desktop.ui.operations import Op, ServicesWorker

_C = "RequestActions"

# (window title, prompt, OK button, accessible name of the text) per action; %1 is the reference.
TEXTS: dict[str, tuple[str, str, str, str]] = {
    "cancel": (
        QT_TRANSLATE_NOOP("RequestActions", "Cancel %1"),
        QT_TRANSLATE_NOOP("RequestActions", "Why is %1 cancelled? The reason is kept with the request."),
        QT_TRANSLATE_NOOP("RequestActions", "Cancel request"),
        QT_TRANSLATE_NOOP("RequestActions", "Reason for the cancellation"),
    ),
    "decline": (
        QT_TRANSLATE_NOOP("RequestActions", "Decline %1"),
        QT_TRANSLATE_NOOP("RequestActions", "Why is %1 declined? The reason is kept with the request."),
        QT_TRANSLATE_NOOP("RequestActions", "Decline request"),
        QT_TRANSLATE_NOOP("RequestActions", "Reason for declining"),
    ),
    "answer": (
        QT_TRANSLATE_NOOP("RequestActions", "Record the answer to %1"),
        QT_TRANSLATE_NOOP(
            "RequestActions", "The answer to %1, as it was received or given by another channel:"
        ),
        QT_TRANSLATE_NOOP("RequestActions", "Record answer"),
        QT_TRANSLATE_NOOP("RequestActions", "Text of the answer"),
    ),
}


class TextDialog(QDialog):
    """Asks for one required text about one request; `text()` is what was typed, trimmed."""

    def __init__(self, action: str, reference: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        title, prompt_text, ok_text, field_name = (translate(_C, t) for t in TEXTS[action])
        self.action = action
        self.reference = reference
        self.setWindowTitle(arg(title, reference))
        self.setAccessibleName(arg(title, reference))
        prompt = QLabel(arg(prompt_text, reference))
        prompt.setWordWrap(True)
        self.text_edit = QPlainTextEdit()
        self.text_edit.setAccessibleName(field_name)
        self.text_edit.setTabChangesFocus(True)
        prompt.setBuddy(self.text_edit)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(ok_text)
        self.ok_button.setAccessibleName(ok_text)
        self.ok_button.setEnabled(False)
        back = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        back.setText(self.tr("&Back"))
        back.setAccessibleName(self.tr("Close without changing the request"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.text_edit.textChanged.connect(self._update_ok)
        layout = QVBoxLayout(self)
        layout.addWidget(prompt)
        layout.addWidget(self.text_edit, 1)
        layout.addWidget(self.buttons)
        self.resize(440, 260)

    def text(self) -> str:
        return self.text_edit.toPlainText().strip()

    def accept(self) -> None:
        if self.text():  # Ctrl+Enter or a direct call cannot accept an empty text either
            super().accept()

    def _update_ok(self) -> None:
        self.ok_button.setEnabled(bool(self.text()))


def confirm_box(parent: QWidget, title: str, question: str, yes_text: str) -> QMessageBox:
    """A question with a named Yes and a Cancel (the default), not yet opened."""
    box = QMessageBox(QMessageBox.Icon.Question, title, question, parent=parent)
    box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    yes = box.button(QMessageBox.StandardButton.Yes)
    yes.setText(yes_text)
    yes.setAccessibleName(yes_text)
    box.button(QMessageBox.StandardButton.Cancel).setAccessibleName(
        translate(_C, QT_TRANSLATE_NOOP("RequestActions", "Do not change the request"))
    )
    return box


# What the status line says after each step; %1 is the reference.
_DONE = {
    "submit": QT_TRANSLATE_NOOP("RequestActions", "%1 was submitted for approval."),
    "revise": QT_TRANSLATE_NOOP("RequestActions", "%1 is a draft again."),
    "send": QT_TRANSLATE_NOOP("RequestActions", "%1 was marked as sent."),
    "answer": QT_TRANSLATE_NOOP("RequestActions", "The answer to %1 was recorded."),
    "close": QT_TRANSLATE_NOOP("RequestActions", "%1 was closed."),
    "cancel": QT_TRANSLATE_NOOP("RequestActions", "%1 was cancelled."),
    "decline": QT_TRANSLATE_NOOP("RequestActions", "%1 was declined."),
}
# The service call behind each step: (services, reference, text asked for) → RequestView.
_CALLS: dict[str, Callable[[Any, str, str], Any]] = {
    "submit": lambda svc, ref, _text: svc.requests.submit(ref),
    "revise": lambda svc, ref, _text: svc.requests.revise(ref),
    "send": lambda svc, ref, _text: svc.requests.mark_sent(ref),
    "answer": lambda svc, ref, text: svc.requests.record_answer(ref, text),
    "close": lambda svc, ref, _text: svc.requests.close(ref),
    "cancel": lambda svc, ref, text: svc.requests.cancel(ref, text),
    "decline": lambda svc, ref, text: svc.requests.reject(ref, text),
}


class RequestSteps(QObject):
    """Takes one workflow step of one request: asks what it needs, then runs it as an Op.

    The detail panel calls `take(action, detail)` only for what `detail.allowed` lists; the
    service decides anyway. Signals: `sig_busy(bool)` while a step is on the worker,
    `sig_done(reference, is_loan, message)` after it changed the case file, `sig_refused(sentence)`
    when the service said no, and `sig_export(reference)` for the window's export dialog.
    """

    sig_busy = Signal(bool)
    sig_done = Signal(str, bool, str)
    sig_refused = Signal(str)
    sig_export = Signal(str)

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self._widget = parent
        self._worker: ServicesWorker | None = None
        self._session = 0  # bumped on every detach: results of an earlier unlock are dropped
        self.busy = False
        self.choose_file: FileChooser | None = None
        self.text_dialog: TextDialog | None = None
        self.confirm: QMessageBox | None = None
        self.answer_dialog: AnswerDialog | None = None

    def attach(self, worker: ServicesWorker) -> None:
        self._worker = worker

    def detach(self) -> None:
        """Close every dialog (the answer dialog forgets its password) and drop late results."""
        self._worker = None
        self._session += 1
        self.busy = False
        for dialog in (self.text_dialog, self.confirm, self.answer_dialog):
            if dialog is not None:
                dialog.reject()
                dialog.close()
        self.text_dialog = self.confirm = self.answer_dialog = None

    def take(self, action: str, detail: RequestDetail) -> None:
        if self.busy or self._worker is None or action not in detail.allowed:
            return
        if action == "export":
            self.sig_export.emit(detail.view.reference)
        elif action == "answer_package":
            self.answer_with_package(detail)
        elif action == "send":
            self._confirm_sent(detail)
        elif action in TEXTS:
            self._ask_text(action, detail)
        else:
            self.run(action, detail)

    def run(self, action: str, detail: RequestDetail, text: str = "") -> None:
        """The step itself, on the worker: `_CALLS[action]` with the text asked for."""
        worker = self._worker
        if worker is None or self.busy:
            return
        reference, loan, session = detail.view.reference, detail.is_loan, self._session
        call = _CALLS[action]
        message = arg(translate(_C, _DONE[action]), reference)
        self._set_busy(True)
        Op(self, worker, lambda svc: call(svc, reference, text)).success(
            lambda _view: self._finished(session, reference, loan, message)
        ).failure(lambda sentence: self._failed(session, sentence)).run()

    def _finished(self, session: int, reference: str, loan: bool, message: str) -> None:
        if session == self._session:
            self._set_busy(False)
            self.sig_done.emit(reference, loan, message)

    def _failed(self, session: int, sentence: str) -> None:
        if session == self._session:
            self._set_busy(False)
            self.sig_refused.emit(sentence)

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        self.sig_busy.emit(busy)

    def _ask_text(self, action: str, detail: RequestDetail) -> None:
        if self.text_dialog is not None:
            self.text_dialog.raise_()
            return
        dialog = TextDialog(action, detail.view.reference, self._widget)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.run(action, detail, dialog.text()))
        dialog.finished.connect(lambda _result: self._text_dialog_closed(dialog))
        self.text_dialog = dialog
        dialog.open()

    def _text_dialog_closed(self, dialog: TextDialog) -> None:
        if self.text_dialog is dialog:
            self.text_dialog = None

    def _confirm_sent(self, detail: RequestDetail) -> None:
        """Ask first: marking as sent starts the partner's deadline and cannot be undone here."""
        if self.confirm is not None:
            return
        reference = detail.view.reference
        box = confirm_box(
            self._widget,
            arg(translate(_C, QT_TRANSLATE_NOOP("RequestActions", "Mark %1 as sent")), reference),
            arg(
                translate(
                    _C,
                    QT_TRANSLATE_NOOP(
                        "RequestActions",
                        "Was %1 sent to %2 by another channel (phone, e-mail, SIENA)? Its deadline "
                        "then runs from now.",
                    ),
                ),
                reference,
                detail.partner,
            ),
            translate(_C, QT_TRANSLATE_NOOP("RequestActions", "Mark as sent")),
        )
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        yes = box.button(QMessageBox.StandardButton.Yes)
        box.buttonClicked.connect(lambda clicked: self._confirmed(box, detail, clicked is yes))
        box.finished.connect(lambda _result: self._confirm_closed(box))
        self.confirm = box
        box.open()

    def _confirmed(self, box: QMessageBox, detail: RequestDetail, yes: bool) -> None:
        self._confirm_closed(box)
        if yes:
            self.run("send", detail)

    def _confirm_closed(self, box: QMessageBox) -> None:
        if self.confirm is box:
            self.confirm = None

    def answer_with_package(self, detail: RequestDetail) -> AnswerDialog | None:
        """Open the answer dialog for an incoming request (window-modal, no nested event loop)."""
        worker = self._worker
        if worker is None:
            return None
        if self.answer_dialog is not None:
            self.answer_dialog.raise_()
            return self.answer_dialog
        reference, loan, session = detail.view.reference, detail.is_loan, self._session
        dialog = AnswerDialog(worker, reference, self._widget, choose_file=self.choose_file)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        message = translate(_C, QT_TRANSLATE_NOOP("RequestActions", "The answer to %1 was written to %2."))
        dialog.sig_answered.connect(
            lambda _ref, path: self._finished(session, reference, loan, arg(message, reference, path))
        )
        dialog.finished.connect(lambda _result: self._answer_dialog_closed(dialog))
        self.answer_dialog = dialog
        dialog.open()
        return dialog

    def _answer_dialog_closed(self, dialog: AnswerDialog) -> None:
        if self.answer_dialog is dialog:
            self.answer_dialog = None
