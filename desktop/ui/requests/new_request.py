"""The new-request dialog: a request filed on a legal basis valid for it, with its deadline shown live.

Every choice the catalogue governs is asked of the services through an Op on the database worker
(`request_options`): the agencies, the bases valid for the kind, the pair of countries and the
day of the events, and the deadline the request will get. OK files the request through
`RequestService.create`, exactly as `casedesk request new` does; a refusal is shown as its one
sentence and the dialog stays open with everything typed still there. GUI thread only.
The time of the events is read in the zone chosen beside it (`events_time.EventsTime`): the
options and the filing are given the same moment in that zone, so they agree on its day.
"""

from __future__ import annotations

import itertools
from datetime import datetime

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop.models.enums import (
    Direction,
    HandlingCode,
    InformationAccess,
    InformationEvaluation,
    RequestKind,
    SourceEvaluation,
    Urgency,
)
from desktop.services import request_options
from desktop.services.request_options import (
    LOAN_FIELD_IDS,
    BasisOption,
    DeadlineInputs,
    FormChoices,
    RequestOptions,
)
from desktop.services.requests import NewRequest, RequestView
from desktop.ui.cases.common import handling_combo
from desktop.ui.i18n import arg, separated_list
from desktop.ui.labels import choices
from desktop.ui.operations import LatestOnly, Op, ServicesWorker
from desktop.ui.requests.events_time import EventsTime
from desktop.ui.requests.new_request_fields import (
    INFORMATION,
    SOURCE,
    DeadlineView,
    FieldRows,
    LoanEditor,
    datetime_edit,
    evaluation_combo,
    plain_combo,
    refill,
    select_data,
    to_datetime,
    warning_style,
)
from desktop.ui.sentences import tell
from desktop.ui.widgets import error_label

# Re-asking the worker is cheap, but a date typed digit by digit should ask once.
REQUERY_MS = 120


class NewRequestDialog(QDialog):
    """Kind, agencies, date of the events, a valid legal basis and its fields, the loan, urgency
    and live deadline, handling code, evaluation, case link and description.

    Emits `sig_created(reference)` once the request is filed, then closes. Open it with `open()`;
    tests fill it and click `ok_button`.
    """

    sig_created = Signal(str)

    def __init__(
        self, worker: ServicesWorker, parent: QWidget | None = None, *, language: str = "en"
    ) -> None:
        super().__init__(parent)
        self._worker = worker
        self._lang = language
        self._choices: FormChoices | None = None
        self._options: RequestOptions | None = None
        self._latest_options = LatestOnly()
        self._latest_deadline = LatestOnly()
        self._busy = False
        self.setWindowTitle(self.tr("New request"))
        self.setAccessibleName(self.tr("New request"))
        self.setObjectName("newRequestDialog")

        self.title_edit = QLineEdit()
        self.title_edit.setAccessibleName(self.tr("Title (required)"))
        self.title_edit.setPlaceholderText(self.tr("e.g. Keeper of a grey Audi"))
        self.kind_combo = plain_combo(self.tr("Kind of request"), list(choices(RequestKind)))
        self.direction_combo = plain_combo(
            self.tr("Direction"),
            [
                (self.tr("Outgoing (our request)"), Direction.OUTGOING.value),
                (self.tr("Incoming (the partner's request)"), Direction.INCOMING.value),
            ],
        )
        self.own_combo = QComboBox()
        self.own_combo.setAccessibleName(self.tr("Our agency"))
        self.partner_combo = QComboBox()
        self.partner_combo.setAccessibleName(self.tr("Partner agency"))
        self.events = EventsTime()
        self.events_edit, self.events_zone = self.events.edit, self.events.zone
        self.basis_combo = QComboBox()
        self.basis_combo.setAccessibleName(self.tr("Legal basis"))
        self.basis_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.basis_combo.setMinimumContentsLength(30)
        self.unconfirmed_label = QLabel(self.tr("⚠ To be confirmed"))
        self.unconfirmed_label.setObjectName("basisUnconfirmed")
        self.unconfirmed_label.setStyleSheet(warning_style())
        self.unconfirmed_label.setAccessibleName(self.tr("Article to be confirmed"))
        self.unconfirmed_label.setToolTip(
            self.tr(
                "The article of this legal basis could not be confirmed in the sources: it is cited "
                "as “to be confirmed”, never as settled law."
            )
        )
        self.unconfirmed_label.hide()
        self.basis_info = QLabel()
        self.basis_info.setObjectName("basisInfo")
        self.basis_info.setWordWrap(True)
        self.basis_info.setTextFormat(Qt.TextFormat.PlainText)
        self.basis_info.setAccessibleName(self.tr("About the legal basis"))

        self.fields = FieldRows()
        self.fields_box = QGroupBox(self.tr("Required by the legal basis (* must be filled in)"))
        QVBoxLayout(self.fields_box).addWidget(self.fields)
        self.loan = LoanEditor()
        self.loan_box = QGroupBox(self.tr("Equipment loan"))
        QVBoxLayout(self.loan_box).addWidget(self.loan)

        self.urgency_combo = plain_combo(
            self.tr("Urgency"),
            [(self.tr("Normal"), Urgency.NORMAL.value), (self.tr("Urgent"), Urgency.URGENT.value)],
        )
        self.access_combo = plain_combo(
            self.tr("Information access"),
            [
                (self.tr("Not stated"), None),
                (self.tr("Directly accessible (8 hours if urgent)"), InformationAccess.DIRECT.value),
                (self.tr("Indirectly accessible (3 days if urgent)"), InformationAccess.INDIRECT.value),
            ],
        )
        self.deadline = DeadlineView()

        self.handling_combo = handling_combo(self.tr("Handling code"), HandlingCode.H1)
        self.source_combo = evaluation_combo(self.tr("Source evaluation"), SOURCE, SourceEvaluation.B)
        self.information_combo = evaluation_combo(
            self.tr("Information evaluation"), INFORMATION, InformationEvaluation.TWO
        )
        self.case_combo = QComboBox()
        self.case_combo.setEditable(True)
        self.case_combo.setAccessibleName(self.tr("Case reference (optional)"))
        self.case_combo.lineEdit().setPlaceholderText(self.tr("No case"))
        self.body_edit = QPlainTextEdit()
        self.body_edit.setAccessibleName(self.tr("Description"))
        self.body_edit.setTabChangesFocus(True)
        self.body_edit.setMinimumHeight(70)
        self.received_edit = datetime_edit(self.tr("Received at, local time"))
        self.external_edit = QLineEdit()
        self.external_edit.setAccessibleName(self.tr("Partner's reference"))

        self.hint_label = QLabel()
        self.hint_label.setObjectName("newRequestHint")
        self.hint_label.setWordWrap(True)
        self.hint_label.setAccessibleName(self.tr("What is missing"))
        self.error_label = error_label("newRequestError", self.tr("Error"))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("&Create request"))
        self.ok_button.setAccessibleName(self.tr("Create the request"))
        self.cancel_button = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setAccessibleName(self.tr("Cancel the new request"))
        self.buttons.accepted.connect(self.create)
        self.buttons.rejected.connect(self.reject)

        self._layout_form()
        self._connect()
        self.resize(720, 760)
        self._kind_changed()
        self._direction_changed()
        self._update_ok()
        self._load_choices()

    # -- layout ----------------------------------------------------------------------------------

    def _layout_form(self) -> None:
        form = QFormLayout()
        self._form = form
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        basis_row = QHBoxLayout()
        basis_row.addWidget(self.basis_combo, 1)
        basis_row.addWidget(self.unconfirmed_label)
        evaluation = QHBoxLayout()
        evaluation.addWidget(self.source_combo, 1)
        evaluation.addWidget(self.information_combo, 1)

        def row(caption: str, field: QWidget | QHBoxLayout, buddy: QWidget) -> None:
            label = QLabel(caption)
            label.setBuddy(buddy)
            form.addRow(label, field)

        row(self.tr("&Title *"), self.title_edit, self.title_edit)
        row(self.tr("&Kind"), self.kind_combo, self.kind_combo)
        row(self.tr("&Direction"), self.direction_combo, self.direction_combo)
        row(self.tr("&Our agency"), self.own_combo, self.own_combo)
        row(self.tr("&Partner agency"), self.partner_combo, self.partner_combo)
        row(self.tr("Date of the &events"), self.events, self.events_edit)
        row(self.tr("&Legal basis"), basis_row, self.basis_combo)
        form.addRow("", self.basis_info)
        form.addRow(self.fields_box)
        form.addRow(self.loan_box)
        row(self.tr("&Urgency"), self.urgency_combo, self.urgency_combo)
        row(self.tr("Information &access"), self.access_combo, self.access_combo)
        form.addRow(self.tr("Deadline"), self.deadline)
        row(self.tr("&Handling code"), self.handling_combo, self.handling_combo)
        row(self.tr("E&valuation"), evaluation, self.source_combo)
        row(self.tr("Ca&se"), self.case_combo, self.case_combo)
        row(self.tr("Received a&t"), self.received_edit, self.received_edit)
        row(self.tr("Partner's &reference"), self.external_edit, self.external_edit)
        row(self.tr("Descr&iption"), self.body_edit, self.body_edit)
        body = QWidget()
        body.setLayout(form)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(body)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.hint_label)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)

    def _connect(self) -> None:
        self._options_timer, self._deadline_timer = QTimer(self), QTimer(self)
        for timer, slot in (
            (self._options_timer, self._load_options),
            (self._deadline_timer, self._load_deadline),
        ):
            timer.setSingleShot(True)
            timer.setInterval(REQUERY_MS)
            timer.timeout.connect(slot)
        self.kind_combo.currentIndexChanged.connect(self._kind_changed)
        self.direction_combo.currentIndexChanged.connect(self._direction_changed)
        self.own_combo.currentIndexChanged.connect(self._own_changed)
        self.partner_combo.currentIndexChanged.connect(self._options_input_changed)
        self.events.sig_changed.connect(self._events_changed)
        self.basis_combo.currentIndexChanged.connect(self._basis_changed)
        for signal in (
            self.urgency_combo.currentIndexChanged,
            self.access_combo.currentIndexChanged,
            self.received_edit.dateTimeChanged,
        ):
            signal.connect(self._deadline_input_changed)
        self.fields.sig_changed.connect(self._deadline_input_changed)
        self.loan.sig_changed.connect(self._deadline_input_changed)
        self.title_edit.textChanged.connect(self._update_ok)

    def _fix_tab_order(self) -> None:
        head = (self.title_edit, self.kind_combo, self.direction_combo, self.own_combo, self.partner_combo)
        middle = (
            self.events_edit,
            self.events_zone,
            self.basis_combo,
            *self.fields.focus_chain(),
            *self.loan.focus_chain(),
        )
        tail = (
            self.urgency_combo,
            self.access_combo,
            self.handling_combo,
            self.source_combo,
            self.information_combo,
        )
        end = (
            self.case_combo,
            self.received_edit,
            self.external_edit,
            self.body_edit,
            self.ok_button,
            self.cancel_button,
        )
        chain = (*head, *middle, *tail, *end)
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    # -- what the user chose ---------------------------------------------------------------------

    def kind(self) -> RequestKind:
        return RequestKind(self.kind_combo.currentData())

    def direction(self) -> Direction:
        return Direction(self.direction_combo.currentData())

    def urgency(self) -> Urgency:
        return Urgency(self.urgency_combo.currentData())

    def access(self) -> InformationAccess | None:
        value = self.access_combo.currentData()
        return InformationAccess(value) if value else None

    def basis(self) -> BasisOption | None:
        if self._options is None:
            return None
        return self._options.basis(str(self.basis_combo.currentData() or ""))

    def set_kind(self, kind: RequestKind) -> bool:
        return select_data(self.kind_combo, kind.value)

    def set_partner(self, code: str) -> bool:
        return select_data(self.partner_combo, code)

    def set_basis(self, basis_id: str) -> bool:
        return select_data(self.basis_combo, basis_id)

    def offered_bases(self) -> list[str]:
        return [str(self.basis_combo.itemData(i)) for i in range(self.basis_combo.count())]

    def case_reference(self) -> str | None:
        text = self.case_combo.currentText().strip()
        index = self.case_combo.findText(text)
        if index >= 0 and self.case_combo.itemData(index):
            return str(self.case_combo.itemData(index))
        return text.split(" ", 1)[0] if text else None

    def _deadline_inputs(self) -> DeadlineInputs:
        start, end = self.loan.period()
        loan = self.kind() is RequestKind.EQUIPMENT_LOAN
        incoming = self.direction() is Direction.INCOMING
        return DeadlineInputs(
            urgency=self.urgency(),
            access=self.access(),
            form_values=self.fields.values(),
            loan_start=start if loan else None,
            loan_end=end if loan else None,
            received_at=to_datetime(self.received_edit.dateTime()) if incoming else None,
        )

    def new_request(self) -> NewRequest:
        """The request as filled in, for `RequestService.create`."""
        loan = self.kind() is RequestKind.EQUIPMENT_LOAN
        incoming = self.direction() is Direction.INCOMING
        start, end = self.loan.period()
        return NewRequest(
            kind=self.kind(),
            partner_code=str(self.partner_combo.currentData() or ""),
            legal_basis=str(self.basis_combo.currentData() or ""),
            events_on=self._events_or_now(),
            title=self.title_edit.text().strip(),
            direction=self.direction(),
            own_agency_code=self.own_combo.currentData() or None,
            body=self.body_edit.toPlainText().strip(),
            urgency=self.urgency(),
            information_access=self.access(),
            form_values=self.fields.values(),
            handling_code=HandlingCode(self.handling_combo.currentData()),
            source_evaluation=SourceEvaluation(self.source_combo.currentData()),
            information_evaluation=InformationEvaluation(self.information_combo.currentData()),
            case_reference=self.case_reference(),
            received_at=to_datetime(self.received_edit.dateTime()) if incoming else None,
            external_reference=self.external_edit.text().strip() if incoming else "",
            loan_start=start if loan else None,
            loan_end=end if loan else None,
            loan_lines=self.loan.lines() if loan else (),
        )

    # -- reacting --------------------------------------------------------------------------------

    def _kind_changed(self) -> None:
        kind = self.kind()
        self.loan_box.setVisible(kind is RequestKind.EQUIPMENT_LOAN)
        self._form.setRowVisible(self.access_combo, kind is RequestKind.INFORMATION_REQUEST)
        self._options_input_changed()

    def _direction_changed(self) -> None:
        incoming = self.direction() is Direction.INCOMING
        self._form.setRowVisible(self.received_edit, incoming)
        self._form.setRowVisible(self.external_edit, incoming)
        self._options_input_changed()

    def _own_changed(self) -> None:
        self._fill_partners()
        self._options_input_changed()

    def _events_or_now(self) -> datetime:
        # Only while the time of the events names no moment (OK is disabled then): the default
        # times of the other fields stay where they were.
        return self.events.moment() or datetime.now().astimezone()

    def _events_changed(self) -> None:
        when = self.events.moment()
        if when is not None:
            self.fields.set_default_time(when)
            self.loan.set_default_time(when)
        self._options_input_changed()

    def _options_input_changed(self) -> None:
        # Whatever was offered no longer necessarily applies: nothing can be filed until the
        # bases for the new choice have arrived.
        self._latest_options.invalidate()
        self._options = None
        self._update_ok()
        self._options_timer.start()

    def _deadline_input_changed(self) -> None:
        self._update_ok()
        if self.basis() is not None:
            self._deadline_timer.start()

    def _basis_changed(self) -> None:
        basis = self.basis()
        self.unconfirmed_label.setVisible(basis is not None and basis.unconfirmed)
        if basis is None:
            reason = self._options.reason if self._options is not None else None
            self.basis_info.setText(tell(reason) if reason is not None else "")
            self.fields.set_fields((), self._events_or_now())
            self.fields_box.hide()
            self.deadline.show_preview(None)
        else:
            self.basis_info.setText(basis.note or basis.subject)
            self.basis_combo.setToolTip(basis.reference)
            fields = basis.fields
            if self.kind() is RequestKind.EQUIPMENT_LOAN:
                # The loan editor below fills these from the period and the inventory lines.
                fields = tuple(f for f in fields if f.id not in LOAN_FIELD_IDS)
            self.fields.set_fields(fields, self._events_or_now())
            self.fields_box.setVisible(bool(fields))
            self.deadline.show_preview(basis.deadline)
            self._deadline_timer.start()
        self._fix_tab_order()
        self._update_ok()

    def _update_ok(self) -> None:
        missing = self.missing()
        waiting = self._options is None or self._busy
        self.ok_button.setEnabled(not missing and not waiting)
        if missing:
            self.hint_label.setText(arg(self.tr("Still to fill in: %1."), separated_list(missing)))
        elif self._options is None and not self._busy:
            self.hint_label.setText(self.tr("Looking up the legal bases…"))
        else:
            self.hint_label.clear()

    def missing(self) -> list[str]:
        """What the user must still give before OK is enabled (the services check the rest)."""
        missing: list[str] = []
        if not self.title_edit.text().strip():
            missing.append(self.tr("title"))
        if self.events.moment() is None:
            missing.append(
                self.tr("a time of the events that exists in the chosen zone (not one a clock change skips)")
            )
        if self.partner_combo.currentData() is None:
            missing.append(self.tr("partner agency"))
        if self._options is not None and self.basis() is None:
            missing.append(self.tr("a legal basis"))
        missing.extend(self.fields.missing())
        if self.kind() is RequestKind.EQUIPMENT_LOAN:
            missing.extend(self.loan.missing())
        if (
            self.kind() is RequestKind.INFORMATION_REQUEST
            and self.urgency() is Urgency.URGENT
            and self.access() is None
        ):
            missing.append(self.tr("whether the information is directly or indirectly accessible"))
        return missing

    # -- loading ---------------------------------------------------------------------------------

    def _load_choices(self) -> None:
        lang = self._lang
        Op(self, self._worker, lambda svc: request_options.form_choices(svc.case_file, lang=lang)).success(
            self._choices_arrived
        ).failure(self.error_label.setText).run()

    def _choices_arrived(self, choices: FormChoices) -> None:
        self._choices = choices
        own = [(f"{a.code} — {a.name}", a.code, "") for a in choices.own_agencies]
        refill(self.own_combo, own, choices.own_agency)
        cases = [(f"{c.reference} — {c.title}", c.reference, "") for c in choices.cases]
        refill(self.case_combo, [("", None, ""), *cases])
        self._fill_partners()
        self._options_input_changed()

    def _fill_partners(self) -> None:
        if self._choices is None:
            return
        partners = request_options.partners_for(self._choices, self.own_combo.currentData())
        items = [(f"{a.code} — {a.name} ({a.country})", a.code, "") for a in partners]
        refill(self.partner_combo, items, self.partner_combo.currentData())

    def _load_options(self) -> None:
        partner = self.partner_combo.currentData()
        events_at = self.events.moment()
        if partner is None or self._choices is None or events_at is None:
            return
        guard = self._latest_options.start()
        args = {
            "kind": self.kind(),
            "partner_code": str(partner),
            "events_at": events_at,
            "direction": self.direction(),
            "own_agency_code": self.own_combo.currentData() or None,
            "inputs": self._deadline_inputs(),
            "lang": self._lang,
        }
        Op(
            self,
            self._worker,
            lambda svc: request_options.options_for(svc.case_file, **args),  # type: ignore[arg-type]
        ).success(guard(self._options_arrived)).failure(guard(self._options_failed)).run()

    def _options_arrived(self, options: RequestOptions) -> None:
        self._options = options
        # Without a number, the reference already names the subject ("…, article to be
        # confirmed (cross-border pursuit)").
        items = [
            (
                b.reference if b.number is None else f"{b.reference} — {b.subject}",
                b.basis_id,
                b.note or b.subject,
            )
            for b in options.bases
        ]
        refill(self.basis_combo, items, self.basis_combo.currentData())
        self.basis_combo.setEnabled(bool(options.bases))
        self._basis_changed()

    def _options_failed(self, sentence: str) -> None:
        self.basis_combo.clear()
        self.basis_info.setText(sentence)
        self._update_ok()

    def _load_deadline(self) -> None:
        basis = self.basis()
        events_at = self.events.moment()
        if basis is None or events_at is None:
            return
        guard = self._latest_deadline.start()
        args = {
            "kind": self.kind(),
            "direction": self.direction(),
            "events_at": events_at,
            "inputs": self._deadline_inputs(),
            "lang": self._lang,
        }
        basis_id = basis.basis_id
        Op(
            self,
            self._worker,
            lambda svc: request_options.deadline_for(svc.case_file, basis_id, **args),  # type: ignore[arg-type]
        ).success(guard(self.deadline.show_preview)).failure(guard(self.deadline.label.setText)).run()

    # -- filing ----------------------------------------------------------------------------------

    def create(self) -> None:
        """File the request (OK). A refusal keeps the dialog open with its one sentence."""
        if self._busy or not self.ok_button.isEnabled():
            return
        new = self.new_request()
        self._busy = True
        self.error_label.clear()
        self._update_ok()
        Op(self, self._worker, lambda svc: svc.requests.create(new)).success(self._created).failure(
            self._refused
        ).run()

    def _created(self, view: RequestView) -> None:
        self._busy = False
        self.sig_created.emit(view.reference)
        self.accept()

    def _refused(self, sentence: str) -> None:
        self._busy = False
        self.error_label.setText(sentence)
        self._update_ok()
