"""The Cases page's entry dialogs: a new case, a timeline event, a subject, a note, a task, a link.

Each dialog stays open while its operation runs: OK emits `sig_submitted`; the page runs the
service call and then either `accept()`s the dialog or shows the service's sentence in it with
`fail()`, so a refusal never throws away what the officer typed. All are opened with `open()`
(window-modal, no nested event loop); tests fill the fields and click OK.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.models.enums import CaseKind, EventKind, HandlingCode, SubjectKind
from desktop.services.dto import AgencyView
from desktop.services.errors import InvalidInput
from desktop.ui.cases.common import (
    handling_combo,
    set_wall_clock,
    system_zone,
    to_utc,
    wall_clock_edit,
    zone_combo,
)
from desktop.ui.cases.details import DetailsForm
from desktop.ui.labels import choices
from desktop.ui.map import MapPickerDialog
from desktop.ui.map.texts import degrees_text
from desktop.ui.operations import ServicesWorker
from desktop.ui.sentences import tell
from desktop.ui.widgets import error_label


class FormDialog(QDialog):
    """A titled form with an error line and OK / Cancel; OK submits without closing."""

    sig_submitted = Signal()

    def __init__(self, title: str, ok_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.error_label = error_label("dialogError", self.tr("Why it was refused"))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(ok_text)
        self.ok_button.setAccessibleName(ok_text)
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setAccessibleName(self.tr("Cancel"))
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        self.body = QVBoxLayout(self)
        self.body.addLayout(self.form)
        self.body.addWidget(self.error_label)
        self.body.addWidget(self.buttons)

    def add_row(self, caption: str, widget: QWidget) -> None:
        """A labelled field; `caption` carries its own `&` mnemonic and becomes the buddy's label."""
        label = QLabel(caption)
        label.setBuddy(widget)
        self.form.addRow(label, widget)

    def submit(self) -> None:
        """OK: check what only the dialog can check, then ask the page to run the operation."""
        self.error_label.clear()
        try:
            self.validate()
        except InvalidInput as refused:
            self.fail(tell(refused))
            return
        self.ok_button.setEnabled(False)
        self.sig_submitted.emit()

    def validate(self) -> None:
        """Raise InvalidInput with a sentence if the form cannot be sent (e.g. a DST gap)."""

    def fail(self, sentence: str) -> None:
        self.ok_button.setEnabled(True)
        self.error_label.setText(sentence)


class NewCaseDialog(FormDialog):
    def __init__(self, agencies: list[AgencyView], parent: QWidget | None = None) -> None:
        super().__init__(self.tr("New case"), self.tr("Open case"), parent)
        self.kind = QComboBox()
        self.kind.setAccessibleName(self.tr("Kind of case"))
        for text, value in choices(CaseKind):
            self.kind.addItem(text, value)
        self.title_edit = QLineEdit()
        self.title_edit.setAccessibleName(self.tr("Title"))
        self.summary = QPlainTextEdit()
        self.summary.setAccessibleName(self.tr("Summary"))
        self.summary.setTabChangesFocus(True)
        self.summary.setFixedHeight(self.summary.fontMetrics().height() * 4 + 12)
        self.partner = QComboBox()
        self.partner.setEditable(True)
        self.partner.setAccessibleName(self.tr("Partner agency code"))
        self.partner.addItem("", "")
        for agency in agencies:
            if not agency.own:
                self.partner.addItem(f"{agency.code} — {agency.name}", agency.code)
        self.partner.lineEdit().setPlaceholderText(self.tr("None, or a code such as NL-POLITIE-LIMBURG"))
        self.handling = handling_combo(self.tr("Handling code of the case"))
        self.add_row(self.tr("&Kind:"), self.kind)
        self.add_row(self.tr("&Title:"), self.title_edit)
        self.add_row(self.tr("&Summary:"), self.summary)
        self.add_row(self.tr("&Partner agency:"), self.partner)
        self.add_row(self.tr("&Handling code:"), self.handling)
        self.details = QStackedWidget()
        self.details.setAccessibleName(self.tr("Details of this kind of case"))
        self.detail_forms: dict[str, DetailsForm] = {}
        zone = system_zone()
        for _text, value in choices(CaseKind):
            form = DetailsForm(CaseKind(value), zone)
            self.detail_forms[value] = form
            self.details.addWidget(form)
        self.form.addRow(self.details)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self._kind_changed()
        self.resize(560, 520)

    def set_kind(self, kind: CaseKind) -> None:
        self.kind.setCurrentIndex(self.kind.findData(kind.value))

    def details_form(self) -> DetailsForm:
        return self.detail_forms[str(self.kind.currentData())]

    def partner_code(self) -> str | None:
        text = self.partner.currentText().strip()
        index = self.partner.findText(text, Qt.MatchFlag.MatchExactly)
        code = self.partner.itemData(index) if index >= 0 else text.split(" ", 1)[0]
        return str(code).upper() or None

    def validate(self) -> None:
        self._details = self.details_form().values()

    def values(self) -> dict[str, Any]:
        """Keyword arguments of `CaseService.create` (after a successful `validate`)."""
        return {
            "kind": CaseKind(self.kind.currentData()),
            "title": self.title_edit.text(),
            "summary": self.summary.toPlainText().strip(),
            "partner_code": self.partner_code(),
            "handling_code": HandlingCode(self.handling.currentData()),
            "details": self._details,
        }

    def _kind_changed(self) -> None:
        self.details.setCurrentWidget(self.details_form())


class EventDialog(FormDialog):
    """A timeline event: its kind, the wall-clock time and the zone it was read in, what happened."""

    def __init__(
        self,
        title: str,
        kind: EventKind = EventKind.OTHER,
        description: str = "",
        zone: str | None = None,
        parent: QWidget | None = None,
        *,
        worker: ServicesWorker | None = None,
    ) -> None:
        super().__init__(title, self.tr("Add to timeline"), parent)
        self._worker = worker  # to load the border map of "Pick on map…"
        self._place: tuple[float, float] | None = None
        self.picker: MapPickerDialog | None = None
        self.kind = QComboBox()
        self.kind.setAccessibleName(self.tr("Kind of event"))
        for text, value in choices(EventKind):
            self.kind.addItem(text, value)
        self.kind.setCurrentIndex(self.kind.findData(kind.value))
        self.zone = zone_combo(self.tr("Time zone of the time entered"), zone)
        self.when = wall_clock_edit(self.tr("Date and time of the event"), self.zone_name())
        self.description = QLineEdit(description)
        self.description.setAccessibleName(self.tr("What happened"))
        self.location = QLineEdit()
        self.location.setAccessibleName(self.tr("Location"))
        self.location.setPlaceholderText(self.tr("e.g. A2 at Maastricht-Noord"))
        self.agency = QLineEdit()
        self.agency.setAccessibleName(self.tr("Agency code"))
        self.agency.setPlaceholderText(self.tr("Optional, e.g. NL-POLITIE-LIMBURG"))
        self.add_row(self.tr("&Event:"), self.kind)
        self.add_row(self.tr("&When:"), self.when)
        self.add_row(self.tr("Time &zone:"), self.zone)
        self.add_row(self.tr("&Description:"), self.description)
        self.add_row(self.tr("&Location:"), self.location)
        self.add_row(self.tr("&Agency:"), self.agency)
        self.place = QLabel()
        self.place.setAccessibleName(self.tr("Position of the event"))
        self.pick_button = QPushButton(self.tr("Pick on &map…"))
        self.pick_button.setAccessibleName(self.tr("Pick the position on the map"))
        self.pick_button.setEnabled(worker is not None)
        self.clear_place_button = QPushButton(self.tr("C&lear"))
        self.clear_place_button.setAccessibleName(self.tr("Clear the position"))
        position = QWidget()
        row = QHBoxLayout(position)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.place, 1)
        row.addWidget(self.pick_button)
        row.addWidget(self.clear_place_button)
        caption = QLabel(self.tr("Po&sition:"))
        caption.setBuddy(self.pick_button)
        self.form.addRow(caption, position)
        self.pick_button.clicked.connect(self.pick_on_map)
        self.clear_place_button.clicked.connect(lambda: self.set_place(None))
        self.set_place(None)
        self._occurred_at: datetime | None = None
        self.resize(480, 300)

    def pick_on_map(self) -> None:
        """Open the map picker (window-modal) at the position held, if any."""
        lat, lon = self._place if self._place is not None else (None, None)
        self.picker = MapPickerDialog(self._worker, self, lat=lat, lon=lon)
        self.picker.sig_picked.connect(lambda la, lo: self.set_place((la, lo)))
        self.picker.open()

    def set_place(self, place: tuple[float, float] | None) -> None:
        """The event's position, (lat, lon), or None for none."""
        self._place = place
        self.place.setText(degrees_text(*place) if place is not None else self.tr("No position"))
        self.clear_place_button.setEnabled(place is not None)

    def zone_name(self) -> str:
        return str(self.zone.currentData())

    def set_wall_clock(self, wall_clock: datetime) -> None:
        set_wall_clock(self.when, wall_clock)

    def validate(self) -> None:
        self._occurred_at = to_utc(self.when, self.zone_name())

    def values(self) -> dict[str, Any]:
        """Keyword arguments of `CaseService.add_event`, the time already in UTC."""
        return {
            "occurred_at": self._occurred_at,
            "zone": self.zone_name(),
            "kind": EventKind(self.kind.currentData()),
            "description": self.description.text().strip(),
            "location": self.location.text().strip(),
            "agency_code": self.agency.text().strip().upper() or None,
            "latitude": self._place[0] if self._place is not None else None,
            "longitude": self._place[1] if self._place is not None else None,
        }


class SubjectDialog(FormDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Add a person, vehicle or object"), self.tr("Add"), parent)
        self.kind = QComboBox()
        self.kind.setAccessibleName(self.tr("Person, vehicle or object"))
        for text, value in choices(SubjectKind):
            self.kind.addItem(text, value)
        self.label_edit = QLineEdit()
        self.label_edit.setAccessibleName(self.tr("Name, plate or short description"))
        self.details = QLineEdit()
        self.details.setAccessibleName(self.tr("Details"))
        self.add_row(self.tr("&Kind:"), self.kind)
        self.add_row(self.tr("&Name or plate:"), self.label_edit)
        self.add_row(self.tr("&Details:"), self.details)

    def values(self) -> tuple[SubjectKind, str, str]:
        return SubjectKind(self.kind.currentData()), self.label_edit.text(), self.details.text().strip()


class NoteDialog(FormDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Add a note"), self.tr("Add note"), parent)
        self.body_edit = QPlainTextEdit()
        self.body_edit.setAccessibleName(self.tr("Note"))
        self.body_edit.setTabChangesFocus(True)
        self.handling = handling_combo(self.tr("Handling code of the note"))
        self.add_row(self.tr("&Note:"), self.body_edit)
        self.add_row(self.tr("&Handling code:"), self.handling)
        self.resize(460, 260)

    def values(self) -> tuple[str, HandlingCode]:
        return self.body_edit.toPlainText(), HandlingCode(self.handling.currentData())


class TaskDialog(FormDialog):
    """A task, due at a time in the workstation's zone, or with no due date at all."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Add a task"), self.tr("Add task"), parent)
        self.title_edit = QLineEdit()
        self.title_edit.setAccessibleName(self.tr("Task"))
        self.zone = system_zone()
        self.due = wall_clock_edit(self.tr("Due date and time"), self.zone)
        self.due.setDateTime(self.due.dateTime().addDays(1))
        self.no_due = QCheckBox(self.tr("&No due date"))
        self.no_due.setAccessibleName(self.tr("The task has no due date"))
        self.no_due.toggled.connect(lambda none: self.due.setEnabled(not none))
        self._due: datetime | None = None
        self.add_row(self.tr("&Task:"), self.title_edit)
        self.add_row(self.tr("&Due:"), self.due)
        self.form.addRow("", self.no_due)

    def set_due_in(self, delta: timedelta) -> None:
        """Due `delta` from now (negative: already overdue), in the workstation's zone."""
        self.no_due.setChecked(False)
        set_wall_clock(self.due, (datetime.now(ZoneInfo(self.zone)) + delta).replace(tzinfo=None))

    def validate(self) -> None:
        self._due = None if self.no_due.isChecked() else to_utc(self.due, self.zone)

    def values(self) -> tuple[str, datetime | None]:
        return self.title_edit.text(), self._due


class LinkRequestDialog(FormDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Link a request"), self.tr("Link"), parent)
        self.reference = QLineEdit()
        self.reference.setAccessibleName(self.tr("Reference of the request"))
        self.reference.setPlaceholderText(self.tr("e.g. OUT-2026-000012"))
        self.add_row(self.tr("&Request:"), self.reference)

    def value(self) -> str:
        return self.reference.text().strip().upper()
