"""The Approvals page: submitted outgoing requests, a detail panel, and the supervisor's decision.

The list is fetched in one trip on the database worker (there are rarely more than a few hundred
pending requests): the acting member, then for a supervisor every submitted outgoing request with
its full view (`RequestService.show`). Approving and rejecting are Ops too; the four-eyes rule is
the service's, the page only greys out what the service would refuse anyway.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.models.enums import Direction, RequestKind, RequestStatus, Role, Urgency
from desktop.services.dto import RequestRow, RequestView
from desktop.services.requests import RequestFilter
from desktop.ui import theme
from desktop.ui.i18n import arg, current_language, number, plural, translate
from desktop.ui.labels import label_of
from desktop.ui.operations import LatestOnly, Op, ServicesWorker
from desktop.ui.page import Page
from desktop.ui.timefmt import date_text, local_text
from desktop.ui.widgets import error_label, list_table, state_label

MAX_PENDING = 1000  # far more than ever wait at once; beyond it the page says how many it shows
PENDING = RequestFilter(statuses=(RequestStatus.SUBMITTED,), direction=Direction.OUTGOING)
ReferenceRole = Qt.ItemDataRole.UserRole + 1

_HEADERS = (
    QT_TRANSLATE_NOOP("ApprovalsPage", "Reference"),
    QT_TRANSLATE_NOOP("ApprovalsPage", "Kind"),
    QT_TRANSLATE_NOOP("ApprovalsPage", "Partner"),
    QT_TRANSLATE_NOOP("ApprovalsPage", "Filed by"),
    QT_TRANSLATE_NOOP("ApprovalsPage", "Submitted"),
    QT_TRANSLATE_NOOP("ApprovalsPage", "Title"),
)
# (key of the detail field, caption with its colon: French puts a space before it)
_FIELDS = (
    ("reference", QT_TRANSLATE_NOOP("ApprovalsPage", "Reference:")),
    ("partner", QT_TRANSLATE_NOOP("ApprovalsPage", "Partner:")),
    ("legal_basis", QT_TRANSLATE_NOOP("ApprovalsPage", "Legal basis:")),
    ("events_on", QT_TRANSLATE_NOOP("ApprovalsPage", "Events date:")),
    ("urgency", QT_TRANSLATE_NOOP("ApprovalsPage", "Urgency:")),
    ("due", QT_TRANSLATE_NOOP("ApprovalsPage", "Due:")),
    ("created_by", QT_TRANSLATE_NOOP("ApprovalsPage", "Created by:")),
    ("submitted_by", QT_TRANSLATE_NOOP("ApprovalsPage", "Submitted by:")),
    ("title", QT_TRANSLATE_NOOP("ApprovalsPage", "Title:")),
)


@dataclass(frozen=True)
class Pending:
    row: RequestRow
    view: RequestView


@dataclass(frozen=True)
class Loaded:
    """What one trip to the worker brings back."""

    member: str
    role: str | None
    pending: tuple[Pending, ...]
    total: int

    @property
    def is_supervisor(self) -> bool:
        return self.role == Role.SUPERVISOR.value


def load_pending(svc: Any) -> Loaded:  # worker thread
    from desktop.services.session_api import acting_member

    member, role = acting_member(svc.case_file)
    if role != Role.SUPERVISOR.value:
        return Loaded(member, role, (), 0)
    total = svc.requests.count(PENDING)
    rows = svc.requests.list(PENDING, limit=MAX_PENDING, offset=0)
    return Loaded(member, role, tuple(Pending(r, svc.requests.show(r.id)) for r in rows), total)


def _is_own(member: str, view: RequestView) -> bool:
    return member in (view.created_by, view.submitted_by)


class RejectDialog(QDialog):
    """Asks for the reason of a rejection; OK stays disabled while the reason is empty."""

    def __init__(self, reference: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(arg(self.tr("Reject %1"), reference))
        self.setAccessibleName(arg(self.tr("Reject request %1"), reference))
        self.reference = reference
        prompt = QLabel(arg(self.tr("Why is %1 rejected? The filer will read this."), reference))
        prompt.setWordWrap(True)
        self.reason_edit = QPlainTextEdit()
        self.reason_edit.setAccessibleName(self.tr("Reason for the rejection"))
        self.reason_edit.setTabChangesFocus(True)
        prompt.setBuddy(self.reason_edit)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Reject request"))
        self.ok_button.setAccessibleName(self.tr("Reject the request"))
        self.ok_button.setEnabled(False)
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setAccessibleName(self.tr("Cancel the rejection"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.reason_edit.textChanged.connect(self._update_ok)
        layout = QVBoxLayout(self)
        layout.addWidget(prompt)
        layout.addWidget(self.reason_edit, 1)
        layout.addWidget(self.buttons)
        self.resize(420, 240)

    def reason(self) -> str:
        return self.reason_edit.toPlainText().strip()

    def _update_ok(self) -> None:
        self.ok_button.setEnabled(bool(self.reason()))


class ApprovalsPage(Page):
    """Pending requests on the left, the selected one with Approve / Reject on the right.

    A decision is broadcast as a `requests` change; `sig_approved(reference)` after an approval
    lets the window open the signing (export) dialog.
    """

    WATCHES = ("requests",)

    sig_approved = Signal(str)  # the window then offers to sign and export it at once

    OWN_TEXT = QT_TRANSLATE_NOOP("ApprovalsPage", "Your own — another supervisor must decide")
    EMPTY_TEXT = QT_TRANSLATE_NOOP("ApprovalsPage", "No requests are waiting for approval.")
    NOT_SUPERVISOR_TEXT = QT_TRANSLATE_NOOP("ApprovalsPage", "Only supervisors approve requests.")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("approvals")
        self._worker: ServicesWorker | None = None
        self._latest = LatestOnly()
        self._loaded: Loaded | None = None
        self._busy = False
        self.reject_dialog: RejectDialog | None = None

        heading = QLabel(self.tr("Requests waiting for approval"))
        heading.setStyleSheet("font-size: 14pt; font-weight: 600;")
        heading.setAccessibleName(self.tr("Requests waiting for approval"))
        self.count_label = QLabel()
        self.count_label.setObjectName("approvalsCount")
        self.count_label.setAccessibleName(self.tr("Number of requests waiting"))
        self.refresh_button = QPushButton(self.tr("Re&fresh"))
        self.refresh_button.setAccessibleName(self.tr("Reload the requests waiting for approval"))
        self.refresh_button.clicked.connect(self.refresh)
        top = QHBoxLayout()
        top.addWidget(heading)
        top.addSpacing(12)
        top.addWidget(self.count_label)
        top.addStretch(1)
        top.addWidget(self.refresh_button)

        self.table = list_table(
            [translate("ApprovalsPage", h) for h in _HEADERS], self.tr("Requests waiting for approval")
        )
        self.table.itemSelectionChanged.connect(self._selection_changed)

        self.detail = self._build_detail()
        # The list above the detail: side by side, six columns do not fit next to a readable
        # detail panel on a 1100-pixel window.
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.table)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        self._splitter = splitter

        self.empty_label = state_label(
            translate("ApprovalsPage", self.EMPTY_TEXT), object_name="approvalsEmpty"
        )
        self.not_supervisor_label = state_label(
            translate("ApprovalsPage", self.NOT_SUPERVISOR_TEXT), object_name="approvalsNotSupervisor"
        )
        self.loading_label = state_label(self.tr("Loading…"), self.tr("Loading"))
        self._body = QStackedWidget()
        for widget in (self.loading_label, splitter, self.empty_label, self.not_supervisor_label):
            self._body.addWidget(widget)

        self.status_label = QLabel()
        self.status_label.setObjectName("approvalsStatus")
        self.status_label.setAccessibleName(self.tr("Last decision"))
        self.error_label = error_label("approvalsError", self.tr("Error"))
        footer = QHBoxLayout()
        footer.addWidget(self.status_label)
        footer.addWidget(self.error_label, 1)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self._body, 1)
        layout.addLayout(footer)
        self._show_detail(None)

    def _build_detail(self) -> QWidget:
        panel = QWidget()
        panel.setObjectName("approvalDetail")
        self.own_label = QLabel(translate("ApprovalsPage", self.OWN_TEXT))
        self.own_label.setObjectName("approvalsOwn")
        self.own_label.setAccessibleName(self.own_label.text())
        self.own_label.setWordWrap(True)
        self.own_label.setStyleSheet(theme.colors().box_style("warning"))
        self.fields: dict[str, QLabel] = {}
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for key, caption in _FIELDS:
            value = QLabel()
            value.setWordWrap(True)
            value.setTextFormat(Qt.TextFormat.PlainText)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            text = translate("ApprovalsPage", caption)
            # The accessible name is the caption without its colon (and French's space before it).
            value.setAccessibleName(text.rstrip(" :\u00a0"))
            form.addRow(text, value)
            self.fields[key] = value
        self.body_text = QPlainTextEdit()
        self.body_text.setReadOnly(True)
        self.body_text.setAccessibleName(self.tr("Request text"))
        self.body_text.setTabChangesFocus(True)
        self.approve_button = QPushButton(self.tr("&Approve"))
        self.approve_button.setAccessibleName(self.tr("Approve the selected request"))
        self.approve_button.clicked.connect(self.approve_selected)
        self.reject_button = QPushButton(self.tr("&Reject…"))
        self.reject_button.setAccessibleName(self.tr("Reject the selected request"))
        self.reject_button.clicked.connect(self.reject_selected)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.reject_button)
        buttons.addWidget(self.approve_button)
        body_caption = QLabel(self.tr("Text:"))
        body_caption.setBuddy(self.body_text)
        text_column = QVBoxLayout()
        text_column.addWidget(body_caption)
        text_column.addWidget(self.body_text, 1)
        text_column.addLayout(buttons)
        columns = QHBoxLayout()
        columns.addLayout(form, 1)
        columns.addSpacing(12)
        columns.addLayout(text_column, 1)
        layout = QVBoxLayout(panel)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addWidget(self.own_label)
        layout.addLayout(columns, 1)
        return panel

    # -- wiring ---------------------------------------------------------------------------------

    def attach(self, worker: ServicesWorker) -> None:
        """Show the pending requests of the case file that was just unlocked."""
        self.error_label.clear()
        self.status_label.clear()
        super().attach(worker)  # loads now if shown, else when first shown

    def detach(self) -> None:
        """The case file is being locked: forget every row and close the rejection dialog."""
        self._worker = None
        self._latest.invalidate()
        self._loaded = None
        self._busy = False
        if self.reject_dialog is not None:
            self.reject_dialog.close()
            self.reject_dialog = None
        self.table.setRowCount(0)
        self._show_detail(None)
        self.count_label.clear()
        self.status_label.clear()
        self.error_label.clear()
        self._body.setCurrentWidget(self.loading_label)

    def refresh(self) -> None:
        """Reload the list from the case file (keeps the selected request selected if still pending)."""
        worker = self._worker
        if worker is None:
            return
        guard = self._latest.start()
        if self._loaded is None:
            self._body.setCurrentWidget(self.loading_label)
        Op(self, worker, load_pending).success(guard(self._loaded_arrived)).failure(guard(self._failed)).run()

    @property
    def pending(self) -> tuple[Pending, ...]:
        return self._loaded.pending if self._loaded is not None else ()

    def selected(self) -> Pending | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows or self._loaded is None:
            return None
        row = rows[0].row()
        return self._loaded.pending[row] if 0 <= row < len(self._loaded.pending) else None

    def select_reference(self, reference: str) -> bool:
        for row, pending in enumerate(self.pending):
            if pending.row.reference == reference:
                self.table.selectRow(row)
                return True
        return False

    # -- loading --------------------------------------------------------------------------------

    def _loaded_arrived(self, loaded: Loaded) -> None:
        previous = self.selected()
        self._loaded = loaded
        if not loaded.is_supervisor:
            self.table.setRowCount(0)
            self.count_label.clear()
            self._show_detail(None)
            self._body.setCurrentWidget(self.not_supervisor_label)
            return
        self._fill_table(loaded)
        shown, total = len(loaded.pending), loaded.total
        if shown < total:
            self.count_label.setText(
                arg(self.tr("the first %1 of %2 requests"), number(shown), number(total))
            )
        else:
            self.count_label.setText(plural(self.tr("%Ln request(s)", "", total), total))
        if not loaded.pending:
            self._body.setCurrentWidget(self.empty_label)
            self._show_detail(None)
            return
        self._body.setCurrentWidget(self._splitter)
        if previous is None or not self.select_reference(previous.row.reference):
            self.table.selectRow(0)
        self._selection_changed()

    def _fill_table(self, loaded: Loaded) -> None:
        self.table.blockSignals(True)
        self.table.clearSelection()
        self.table.setRowCount(len(loaded.pending))
        italic = QFont(self.table.font())
        italic.setItalic(True)
        for row, pending in enumerate(loaded.pending):
            view = pending.view
            own = _is_own(loaded.member, view)
            filed_by = view.created_by or ""
            if own:
                filed_by = arg(self.tr("%1 (you)"), filed_by or loaded.member)
            cells = (
                pending.row.reference,
                label_of(RequestKind, pending.row.kind),
                pending.row.partner_code,
                filed_by,
                local_text(view.timestamps.get("submitted"), empty=""),
                pending.row.title,
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(ReferenceRole, pending.row.reference)
                if own:
                    item.setFont(italic)
                    item.setToolTip(translate("ApprovalsPage", self.OWN_TEXT))
                elif column == len(cells) - 1:
                    item.setToolTip(text)
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()
        header = self.table.horizontalHeader()
        for column in range(len(_HEADERS) - 1):
            header.resizeSection(column, header.sectionSize(column) + 12)
        self.table.blockSignals(False)

    def _failed(self, sentence: str) -> None:
        self.error_label.setText(sentence)
        if self._loaded is None:
            self._body.setCurrentWidget(self.empty_label)

    # -- detail ---------------------------------------------------------------------------------

    def _selection_changed(self) -> None:
        self._show_detail(self.selected())

    def _show_detail(self, pending: Pending | None) -> None:
        self.detail.setEnabled(pending is not None)
        if pending is None:
            for label in self.fields.values():
                label.clear()
            self.body_text.clear()
            self.own_label.hide()
            self._update_buttons()
            return
        view = pending.view
        # The catalogue writes each basis in every language: show it in the interface's.
        lang = current_language()
        basis = f"{view.legal_basis.reference_in(lang)} — {view.legal_basis.subject_in(lang)}".strip(" —")
        if not view.legal_basis.confirmed:
            basis = arg(self.tr("%1 [to be confirmed]"), basis)
        values = {
            "reference": view.reference,
            "partner": pending.row.partner_code,
            "legal_basis": basis,
            "events_on": date_text(view.events_on),
            "urgency": label_of(Urgency, view.urgency),
            "due": local_text(view.due_at, empty=self.tr("No deadline")),
            "created_by": view.created_by or "",
            "submitted_by": view.submitted_by or "",
            "title": view.title,
        }
        for key, text in values.items():
            self.fields[key].setText(text)
        self.body_text.setPlainText(view.body)
        self.own_label.setVisible(self._selected_is_own())
        self._update_buttons()

    def _selected_is_own(self) -> bool:
        pending = self.selected()
        return pending is not None and self._loaded is not None and _is_own(self._loaded.member, pending.view)

    def _update_buttons(self) -> None:
        can_decide = (
            self._loaded is not None
            and self._loaded.is_supervisor
            and self.selected() is not None
            and not self._selected_is_own()
            and not self._busy
        )
        self.approve_button.setEnabled(can_decide)
        self.reject_button.setEnabled(can_decide)

    # -- decisions ------------------------------------------------------------------------------

    def approve_selected(self) -> None:
        pending = self.selected()
        worker = self._worker
        if pending is None or worker is None or self._busy or self._selected_is_own():
            return
        reference = pending.row.reference
        self._start_decision()
        Op(self, worker, lambda svc: svc.requests.approve(reference)).success(
            lambda _view: self._approved(reference)
        ).failure(self._decision_failed).run()

    def _approved(self, reference: str) -> None:
        self._decided(
            arg(
                self.tr("%1 approved. Sign it with your certificate now, or later from Requests."), reference
            ),
            reference,
        )
        self.sig_approved.emit(reference)

    def reject_selected(self) -> None:
        pending = self.selected()
        if pending is None or self._busy or self._selected_is_own():
            return
        dialog = RejectDialog(pending.row.reference, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._reject(dialog.reference, dialog.reason()))
        dialog.finished.connect(lambda _result: self._dialog_closed(dialog))
        self.reject_dialog = dialog
        dialog.open()  # window-modal, without a nested event loop

    def _dialog_closed(self, dialog: RejectDialog) -> None:
        if self.reject_dialog is dialog:
            self.reject_dialog = None

    def _reject(self, reference: str, reason: str) -> None:
        worker = self._worker
        if worker is None or not reason:
            return
        self._start_decision()
        Op(self, worker, lambda svc: svc.requests.reject(reference, reason)).success(
            lambda _view: self._decided(arg(self.tr("%1 rejected."), reference), reference)
        ).failure(self._decision_failed).run()

    def _start_decision(self) -> None:
        self._busy = True
        self.error_label.clear()
        self.status_label.clear()
        self._update_buttons()

    def _decided(self, message: str, reference: str) -> None:
        self._busy = False
        self.status_label.setText(message)
        self.emit_changes(requests=True)
        self.refresh()

    def _decision_failed(self, sentence: str) -> None:
        self._busy = False
        self.error_label.setText(sentence)
        self._update_buttons()
