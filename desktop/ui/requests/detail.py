"""One request in full under the request list, with the workflow steps the acting member may take.

The panel loads a `session_requests.RequestDetail` through an Op (the view, the article's fields
and which actions the rules allow this member), shows it, and offers one button per step. Every
step is an Op on the database worker; the service decides, the buttons only grey out what it
would refuse — and when it refuses anyway (someone else acted meanwhile) its sentence is shown
and the request is reloaded. Approving and rejecting an outgoing request stay in Approvals.

GUI thread only; only the lambdas given to `Op` run on the worker.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.models.enums import Direction, RequestKind, RequestStatus, Urgency
from desktop.services.dto import RequestView
from desktop.services.session_requests import RequestDetail, request_detail
from desktop.ui import theme
from desktop.ui.flow_layout import FlowLayout
from desktop.ui.i18n import arg, translate
from desktop.ui.labels import label_of
from desktop.ui.operations import LatestOnly, Op, ServicesWorker
from desktop.ui.requests.actions import RequestSteps
from desktop.ui.sentences import tell
from desktop.ui.timefmt import local_text
from desktop.ui.widgets import error_label, state_label

_C = "RequestDetail"
# (key, caption with its colon: French puts a space before it)
_FACTS = (
    ("reference", QT_TRANSLATE_NOOP("RequestDetail", "Reference:")),
    ("kind", QT_TRANSLATE_NOOP("RequestDetail", "Kind:")),
    ("direction", QT_TRANSLATE_NOOP("RequestDetail", "Direction:")),
    ("status", QT_TRANSLATE_NOOP("RequestDetail", "Status:")),
    ("partner", QT_TRANSLATE_NOOP("RequestDetail", "Partner:")),
    ("external", QT_TRANSLATE_NOOP("RequestDetail", "Partner's reference:")),
    ("legal_basis", QT_TRANSLATE_NOOP("RequestDetail", "Legal basis:")),
    ("events_on", QT_TRANSLATE_NOOP("RequestDetail", "Events:")),
    ("urgency", QT_TRANSLATE_NOOP("RequestDetail", "Urgency:")),
    ("access", QT_TRANSLATE_NOOP("RequestDetail", "Information access:")),
    ("due", QT_TRANSLATE_NOOP("RequestDetail", "Deadline:")),
    ("handling", QT_TRANSLATE_NOOP("RequestDetail", "Handling code:")),
    ("evaluation", QT_TRANSLATE_NOOP("RequestDetail", "Evaluation:")),
)
# The steps of the request's life, in order (keys of RequestView.timestamps).
_STEPS = (
    ("created", QT_TRANSLATE_NOOP("RequestDetail", "Created:")),
    ("received", QT_TRANSLATE_NOOP("RequestDetail", "Received:")),
    ("submitted", QT_TRANSLATE_NOOP("RequestDetail", "Submitted:")),
    ("decided", QT_TRANSLATE_NOOP("RequestDetail", "Decided:")),
    ("sent", QT_TRANSLATE_NOOP("RequestDetail", "Sent:")),
    ("answered", QT_TRANSLATE_NOOP("RequestDetail", "Answered:")),
    ("closed", QT_TRANSLATE_NOOP("RequestDetail", "Closed:")),
)
_CANCELLED_CAPTION = QT_TRANSLATE_NOOP("RequestDetail", "Cancelled:")
_ACCESS = {
    "direct": QT_TRANSLATE_NOOP("RequestDetail", "Directly accessible"),
    "indirect": QT_TRANSLATE_NOOP("RequestDetail", "Indirectly accessible"),
}
_OUTGOING_ONLY = frozenset({"submit", "revise", "send", "export"})
_INCOMING_ONLY = frozenset({"decline", "answer_package"})


class RequestDetailPanel(QWidget):
    """The selected request and its workflow buttons (GUI thread).

    Signals: `sig_open_case(case reference)`, `sig_export(request reference)` (the page passes it
    on as its own `sig_export`), `sig_request_changed(reference, is_loan)` after a step changed
    the case file, and `sig_back` when Esc asks to go back to the list. The steps themselves are
    `steps` (a RequestSteps); `steps.choose_file` replaces the answer dialog's Save dialog (tests).
    """

    sig_open_case = Signal(str)
    sig_export = Signal(str)
    sig_request_changed = Signal(str, bool)
    sig_back = Signal()

    EMPTY_TEXT = QT_TRANSLATE_NOOP("RequestDetail", "Select a request to see it here (Enter opens it).")

    def __init__(self, parent: QWidget | None = None, *, language: str = "en") -> None:
        super().__init__(parent)
        self.setObjectName("requestDetail")
        self._language = language  # of the catalogue's texts (legal basis, field labels)
        self._worker: ServicesWorker | None = None
        self._latest = LatestOnly()  # the newest load wins
        self._session = LatestOnly()  # every result of an earlier unlock is dropped
        self._session_guard = self._session.start()
        self.steps = RequestSteps(self)
        self.steps.sig_busy.connect(lambda _busy: self._update_buttons())
        self.steps.sig_done.connect(self._step_done)
        self.steps.sig_refused.connect(self._step_refused)
        self.steps.sig_export.connect(self.sig_export)
        self._detail: RequestDetail | None = None
        self._wanted: int | str | None = None  # the request asked for (its id or reference)
        self._loading = False
        self._focus_when_loaded = False

        self.heading = QLabel()
        self.heading.setObjectName("requestDetailHeading")
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.heading.setWordWrap(True)
        self.heading.setStyleSheet("font-size: 13pt; font-weight: 600;")
        self.heading.setAccessibleName(self.tr("Request"))
        self.empty_label = state_label(translate(_C, self.EMPTY_TEXT), object_name="requestDetailEmpty")
        self._stack = QStackedWidget()
        self._stack.addWidget(self.empty_label)
        self._stack.addWidget(self._build_content())
        self.status_label = QLabel()
        self.status_label.setObjectName("requestDetailStatus")
        self.status_label.setAccessibleName(self.tr("Last step"))
        self.status_label.setWordWrap(True)
        self.error_label = error_label("requestDetailError", self.tr("Why the step was refused"))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self._stack, 1)
        layout.addLayout(self._build_buttons())
        layout.addWidget(self.status_label)
        layout.addWidget(self.error_label)

        back = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        back.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        back.activated.connect(self.sig_back)
        theme.notifier().sig_palette_changed.connect(self._repaint)
        self.clear()

    # -- construction ---------------------------------------------------------------------------

    def _value(self, accessible: str) -> QLabel:
        label = QLabel()
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        label.setAccessibleName(accessible.rstrip(" :\u00a0"))
        return label

    def _build_content(self) -> QWidget:
        self.facts = QFormLayout()
        self.fields: dict[str, QLabel] = {}
        self.captions: dict[str, QLabel] = {}
        for key, caption in (*_FACTS, *_STEPS):
            text = translate(_C, caption)
            self.captions[key] = QLabel(text)
            self.fields[key] = self._value(text)
            self.facts.addRow(self.captions[key], self.fields[key])
            if key == "evaluation":
                self.case_button = QPushButton()
                self.case_button.setObjectName("requestDetailCase")
                self.case_button.setAccessibleName(self.tr("Open the request's case"))
                self.case_button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
                self.case_button.clicked.connect(self._open_case)
                self.case_caption = QLabel(self.tr("Case:"))
                self.facts.addRow(self.case_caption, self.case_button)

        self.title_label = self._value(self.tr("Title"))
        self.title_label.setStyleSheet("font-weight: 600;")
        self.body_text = self._text_box(self.tr("Request text"))
        self.answer_text = self._text_box(self.tr("Answer"))
        self.answer_box = self._group(self.tr("Answer"), self.answer_text)
        self.reason_label = self._value(self.tr("Reason"))
        self.reason_box = self._group("", self.reason_label)
        self.article_form = QFormLayout()
        self.article_box = QGroupBox(self.tr("Fields of the legal basis"))
        self.article_box.setLayout(self.article_form)
        self.loan_period = self._value(self.tr("Loan period"))
        self.loan_items = self._value(self.tr("Equipment"))
        loan_form = QFormLayout()
        loan_form.addRow(self.tr("Period:"), self.loan_period)
        loan_form.addRow(self.tr("Equipment:"), self.loan_items)
        self.loan_box = QGroupBox(self.tr("Loan"))
        self.loan_box.setLayout(loan_form)

        text_column = QVBoxLayout()
        text_column.addWidget(self.title_label)
        text_column.addWidget(self.body_text, 1)
        for box in (self.reason_box, self.answer_box, self.article_box, self.loan_box):
            text_column.addWidget(box)
        columns = QHBoxLayout()
        columns.addLayout(self.facts, 1)
        columns.addSpacing(12)
        columns.addLayout(text_column, 1)
        inner = QWidget()
        inner.setLayout(columns)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setWidget(inner)
        self.scroll.setAccessibleName(self.tr("Details of the request"))
        return self.scroll

    def _text_box(self, accessible: str) -> QPlainTextEdit:
        box = QPlainTextEdit()
        box.setReadOnly(True)
        box.setTabChangesFocus(True)
        box.setAccessibleName(accessible)
        box.setMinimumHeight(box.fontMetrics().height() * 4)
        return box

    def _group(self, title: str, widget: QWidget) -> QGroupBox:
        group = QGroupBox(title)
        layout = QVBoxLayout(group)
        layout.addWidget(widget)
        return group

    def _build_buttons(self) -> FlowLayout:
        specs = (
            ("submit", self.tr("Su&bmit for approval"), self.tr("Submit the request for approval")),
            ("revise", self.tr("Re&vise"), self.tr("Make the rejected request a draft again")),
            ("send", self.tr("&Mark as sent…"), self.tr("Mark the request as sent by another channel")),
            ("answer", self.tr("&Record answer…"), self.tr("Record an answer received or given by another channel")),
            ("answer_package", self.tr("&Answer with a signed package…"),
             self.tr("Answer the incoming request with a signed package")),
            ("decline", self.tr("Decl&ine…"), self.tr("Decline the incoming request")),
            ("close", self.tr("C&lose"), self.tr("Close the request")),
            ("cancel", self.tr("&Cancel request…"), self.tr("Cancel the request")),
            ("export", self.tr("Export packa&ge…"), self.tr("Export the request as a signed package")),
        )  # fmt: skip
        self.buttons: dict[str, QPushButton] = {}
        row = FlowLayout()  # up to nine steps: they wrap rather than widen the window
        for action, text, accessible in specs:
            button = QPushButton(text)
            button.setObjectName(f"requestAction_{action}")
            button.setAccessibleName(accessible)
            button.clicked.connect(lambda _checked=False, a=action: self._take(a))
            self.buttons[action] = button
            row.addWidget(button)
        return row

    # -- wiring ---------------------------------------------------------------------------------

    @property
    def detail(self) -> RequestDetail | None:
        return self._detail

    @property
    def view(self) -> RequestView | None:
        """The request shown, once loaded (None while nothing is shown)."""
        return self._detail.view if self._detail is not None else None

    @property
    def request_id(self) -> int | None:
        return self._detail.view.id if self._detail is not None else None

    def attach(self, worker: ServicesWorker) -> None:
        self._worker = worker
        self._session_guard = self._session.start()
        self.steps.attach(worker)

    def detach(self) -> None:
        """The case file is being locked: close the dialogs and forget everything shown."""
        self._worker = None
        self._session.invalidate()
        self._latest.invalidate()
        self.steps.detach()
        self.clear()

    def clear(self) -> None:
        """Show nothing: the empty state, no values, no buttons enabled."""
        self._detail = None
        self._wanted = None
        self._loading = False
        self._focus_when_loaded = False
        self.heading.clear()
        for label in self.fields.values():
            label.clear()
            label.setStyleSheet("")
        self.case_button.setText("")
        # Its accessible name names the case too: a locked window must not tell a screen reader.
        self.case_button.setAccessibleName(self.tr("Open the request's case"))
        self.title_label.clear()
        self.body_text.clear()
        self.answer_text.clear()
        self.reason_label.clear()
        self._fill_article(())
        self.loan_period.clear()
        self.loan_items.clear()
        self.status_label.clear()
        self.error_label.clear()
        self._stack.setCurrentWidget(self.empty_label)
        self._update_buttons()

    # -- loading --------------------------------------------------------------------------------

    def show_request(self, ref: int | str, *, focus: bool = False) -> None:
        """Show the request `ref` (its id or reference); `focus` moves the keyboard into the panel."""
        if focus:
            self._focus_when_loaded = True
        shown = self._detail
        if shown is not None and ref in (shown.view.id, shown.view.reference) and not self._loading:
            if focus:
                self._focus_first()
            return
        if self._wanted != ref:
            self.status_label.clear()
            self.error_label.clear()
        self._wanted = ref
        self._load()

    def reload(self) -> None:
        """Load the shown request again (another page or member may have changed it)."""
        if self._wanted is not None:
            self._load()

    def _load(self) -> None:
        worker, ref, lang = self._worker, self._wanted, self._language
        if worker is None or ref is None:
            return
        self._loading = True
        self._update_buttons()
        guard, alive = self._latest.start(), self._session_guard
        Op(self, worker, lambda svc: request_detail(svc, ref, lang=lang)).success(
            alive(guard(self._arrived))
        ).failure(alive(guard(self._load_failed))).run()

    def _arrived(self, detail: RequestDetail) -> None:
        self._loading = False
        self._detail = detail
        self._show(detail)
        if self._focus_when_loaded:
            self._focus_first()

    def _load_failed(self, sentence: str) -> None:
        self._loading = False
        self._detail = None
        self._stack.setCurrentWidget(self.empty_label)
        self.heading.clear()
        self.error_label.setText(sentence)
        self._update_buttons()

    def _focus_first(self) -> None:
        self._focus_when_loaded = False
        target = next((b for b in self.buttons.values() if b.isVisible() and b.isEnabled()), None)
        (target or self.scroll).setFocus(Qt.FocusReason.OtherFocusReason)

    # -- showing --------------------------------------------------------------------------------

    def _repaint(self) -> None:
        if self._detail is not None:
            self._show(self._detail)

    def _show(self, detail: RequestDetail) -> None:
        view = detail.view
        status = next((s for s in RequestStatus if s.value == view.status), None)
        self.heading.setText(arg(self.tr("%1 — %2"), view.reference, view.title))
        lang = self._language
        basis = f"{view.legal_basis.reference_in(lang)} — {view.legal_basis.subject_in(lang)}".strip(" —")
        if not view.legal_basis.confirmed:
            basis = arg(self.tr("%1 [to be confirmed]"), basis)
        values = {
            "reference": view.reference,
            "kind": label_of(RequestKind, view.kind),
            "direction": label_of(Direction, view.direction),
            "status": label_of(RequestStatus, view.status),
            "partner": detail.partner,
            "external": detail.external_reference,
            "legal_basis": basis,
            "events_on": local_text(view.events_on),
            "urgency": label_of(Urgency, view.urgency),
            "access": translate(_C, _ACCESS[view.information_access])
            if view.information_access in _ACCESS
            else (view.information_access or ""),
            "due": self._due_text(view.due_at, view.overdue),
            "handling": view.handling_code,
            "evaluation": view.evaluation,
        }
        people = {
            "created": view.created_by,
            "submitted": view.submitted_by,
            "decided": view.decided_by,
        }
        for key, _caption in _STEPS:
            when = view.timestamps.get(key)
            name = people.get(key)
            at = local_text(when, empty="")  # a step not taken yet hides its row
            values[key] = arg(self.tr("%1, by %2"), at, name) if when and name else at
        for key, text in values.items():
            self.fields[key].setText(text)
            self.facts.setRowVisible(self.fields[key], bool(text) or key in ("due", "status"))
        closed_caption = _CANCELLED_CAPTION if status is RequestStatus.CANCELLED else _STEPS[-1][1]
        self.captions["closed"].setText(translate(_C, closed_caption))
        self.fields["due"].setStyleSheet(
            f"color: {theme.colors().overdue}; font-weight: 600;" if view.overdue else ""
        )
        self.fields["legal_basis"].setToolTip(
            "" if view.legal_basis.confirmed else self.tr("The article's number is still to be confirmed.")
        )
        self.case_button.setText(arg(self.tr("&Open case %1"), view.case_reference or ""))
        self.case_button.setAccessibleName(arg(self.tr("Open case %1"), view.case_reference or ""))
        self.facts.setRowVisible(self.case_button, bool(view.case_reference))
        self.title_label.setText(view.title)
        self.body_text.setPlainText(view.body)
        self.body_text.setVisible(bool(view.body))
        self.answer_text.setPlainText(view.answer)
        self.answer_box.setVisible(bool(view.answer))
        self._show_reason(status, view.rejection_reason)
        self._fill_article(detail.fields)
        self._show_loan(detail)
        self._stack.setCurrentWidget(self.scroll)
        self._update_buttons()

    def _due_text(self, due: datetime | None, overdue: bool) -> str:
        if due is None:
            return self.tr("No deadline")
        if overdue:
            return arg(self.tr("Overdue since %1"), local_text(due))
        return local_text(due)

    def _show_reason(self, status: RequestStatus | None, reason: str) -> None:
        if status is RequestStatus.CANCELLED:
            title = self.tr("Reason for the cancellation")
        elif status is RequestStatus.REJECTED:
            title = self.tr("Reason for the rejection")
        else:
            title = self.tr("Earlier rejection")  # kept after a revision, for the record
        self.reason_box.setTitle(title)
        self.reason_label.setAccessibleName(title)
        self.reason_label.setText(reason)
        self.reason_box.setVisible(bool(reason))

    def _fill_article(self, fields: tuple[Any, ...]) -> None:
        while self.article_form.rowCount():
            self.article_form.removeRow(0)
        for value in fields:
            text = value.shown
            if value.type == "datetime":
                text = local_text(value.text)  # an unreadable value is shown as stored
            elif value.type == "boolean":
                text = self.tr("Yes") if value.text.lower() in ("true", "1", "yes") else self.tr("No")
            label = self._value(value.label)
            label.setText(text)
            self.article_form.addRow(arg(self.tr("%1:"), value.label), label)
        self.article_box.setVisible(bool(fields))

    def _show_loan(self, detail: RequestDetail) -> None:
        loan = detail.view.loan
        self.loan_box.setVisible(loan is not None)
        if loan is None:
            self.loan_period.clear()
            self.loan_items.clear()
            return
        period = arg(self.tr("%1 to %2"), local_text(loan.period_start), local_text(loan.period_end))
        self.loan_period.setText(period)
        lines = []
        for item in loan.items:
            line = arg(self.tr("%1 × %2"), item.quantity, item.item_type)
            if item.serial_numbers:
                line = arg(self.tr("%1 (%2)"), line, item.serial_numbers)
            lines.append(line)
        self.loan_items.setText("\n".join(lines))

    def _update_buttons(self) -> None:
        detail = self._detail
        ready = detail is not None and self._worker is not None and not self.steps.busy and not self._loading
        outgoing = detail is not None and detail.view.direction == Direction.OUTGOING.value
        for action, button in self.buttons.items():
            relevant = detail is not None and (
                (action not in _OUTGOING_ONLY or outgoing) and (action not in _INCOMING_ONLY or not outgoing)
            )
            button.setVisible(relevant)
            allowed = ready and detail is not None and action in detail.allowed
            button.setEnabled(allowed)
            refusal = None if allowed or detail is None else detail.refusals.get(action)
            button.setToolTip("" if refusal is None else tell(refusal))
        self.case_button.setEnabled(detail is not None and bool(detail.view.case_reference))

    # -- steps ----------------------------------------------------------------------------------

    def _take(self, action: str) -> None:
        detail = self._detail
        if detail is not None and self._worker is not None and not self._loading:
            if action not in ("export", "answer_package"):
                self.status_label.clear()
                self.error_label.clear()
            self.steps.take(action, detail)

    def _step_done(self, reference: str, loan: bool, message: str) -> None:
        self.status_label.setText(message)
        self.error_label.clear()
        self.sig_request_changed.emit(reference, loan)
        self.reload()

    def _step_refused(self, sentence: str) -> None:
        self.error_label.setText(sentence)
        self.reload()  # a refusal usually means the request changed meanwhile: show it as it is

    def _open_case(self) -> None:
        detail = self._detail
        if detail is not None and detail.view.case_reference:
            self.sig_open_case.emit(detail.view.case_reference)
