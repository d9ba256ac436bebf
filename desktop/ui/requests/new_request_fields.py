"""The variable parts of the new-request form: the basis's own fields and the loan editor (GUI thread).

`FieldRows` renders the fields an article requires (catalogue `FieldSpec`s, handed over as
`request_options.FieldOption`) as form rows and keeps what was typed when the basis changes to
another one asking for the same field. `LoanEditor` holds an equipment loan's period and inventory
lines. Both only report what is missing; the rules themselves stay in the services.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, datetime, timedelta

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDateTime, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.models.enums import InformationEvaluation, SourceEvaluation
from desktop.services import deadlines
from desktop.services.request_options import DeadlinePreview, FieldOption
from desktop.services.requests import LoanLine
from desktop.ui import theme
from desktop.ui.cases.common import meaning_combo
from desktop.ui.i18n import arg, plural, translate
from desktop.ui.timefmt import local_text

# Local time with its zone abbreviation ("2026-11-28 14:30 CET"): times are entered and shown in
# the zone of the computer, and stored in UTC by the services.
DATETIME_FORMAT = "yyyy-MM-dd HH:mm t"
DEFAULT_LOAN_DAYS = 7
CONTEXT = "NewRequestDialog"


def warning_style() -> str:
    """A notice box in the palette's warning colours (read when the widget is built)."""
    return theme.colors().box_style("warning", padding="2px 6px")


MAX_QUANTITY = 9999


# (value, short label, meaning for the tooltip): the 4x4 evaluation. The kinds of request and the
# handling codes are labelled once for every page, in desktop/ui/labels.py.
SOURCE = (
    (SourceEvaluation.A, QT_TRANSLATE_NOOP("NewRequestDialog", "A – reliable"),
     QT_TRANSLATE_NOOP("NewRequestDialog", "No doubt about the source's authenticity and competence; always reliable.")),
    (SourceEvaluation.B, QT_TRANSLATE_NOOP("NewRequestDialog", "B – mostly reliable"),
     QT_TRANSLATE_NOOP("NewRequestDialog", "Information from this source has in most instances proved reliable.")),
    (SourceEvaluation.C, QT_TRANSLATE_NOOP("NewRequestDialog", "C – mostly unreliable"),
     QT_TRANSLATE_NOOP("NewRequestDialog", "Information from this source has in most instances proved unreliable.")),
    (SourceEvaluation.X, QT_TRANSLATE_NOOP("NewRequestDialog", "X – cannot be assessed"),
     QT_TRANSLATE_NOOP("NewRequestDialog", "The source's reliability cannot be assessed; held back from packages.")),
)  # fmt: skip
INFORMATION = (
    (InformationEvaluation.ONE, QT_TRANSLATE_NOOP("NewRequestDialog", "1 – accuracy not in doubt"),
     QT_TRANSLATE_NOOP("NewRequestDialog", "Information whose accuracy is not in doubt.")),
    (InformationEvaluation.TWO, QT_TRANSLATE_NOOP("NewRequestDialog", "2 – known to the source"),
     QT_TRANSLATE_NOOP("NewRequestDialog", "Known personally to the source but not to the official passing it on.")),
    (InformationEvaluation.THREE, QT_TRANSLATE_NOOP("NewRequestDialog", "3 – corroborated"),
     QT_TRANSLATE_NOOP("NewRequestDialog", "Not known to the source, but corroborated by information already recorded.")),
    (InformationEvaluation.FOUR, QT_TRANSLATE_NOOP("NewRequestDialog", "4 – cannot be corroborated"),
     QT_TRANSLATE_NOOP("NewRequestDialog", "Not known to the source and not corroborated; held back from packages.")),
)  # fmt: skip


def plain_combo(name: str, items: list[tuple[str, object]]) -> QComboBox:
    """A combo of (label, data) items with its accessible name."""
    combo = QComboBox()
    combo.setAccessibleName(name)
    for label, data in items:
        combo.addItem(label, data)
    return combo


def refill(combo: QComboBox, items: Iterable[tuple[str, object, str]], keep: object = None) -> None:
    """Replace the (text, data, tooltip) items without a signal; `keep` stays chosen if still offered.

    Otherwise the first item is chosen (none if there are none); the caller reacts once, after.
    """
    combo.blockSignals(True)
    combo.clear()
    for text, data, tip in items:
        combo.addItem(text, data)
        if tip:
            combo.setItemData(combo.count() - 1, tip, Qt.ItemDataRole.ToolTipRole)
    index = combo.findData(keep) if keep is not None else -1
    combo.setCurrentIndex(index if index >= 0 else (0 if combo.count() else -1))
    combo.blockSignals(False)


def select_data(combo: QComboBox, data: object) -> bool:
    """Select the item holding `data`; False (selection unchanged) if there is none."""
    index = combo.findData(data)
    if index >= 0:
        combo.setCurrentIndex(index)
    return index >= 0


def evaluation_combo(name: str, items: tuple[tuple[object, str, str], ...], default: object) -> QComboBox:
    """SOURCE or INFORMATION as a combo; each value's meaning is its tooltip (`meaning_combo`)."""
    translated = [
        (str(value), translate(CONTEXT, label), translate(CONTEXT, tip)) for value, label, tip in items
    ]
    return meaning_combo(name, translated, str(default))


def to_datetime(value: QDateTime) -> datetime:
    """The edit's moment as an aware datetime in the computer's zone (the day stays the officer's)."""
    return datetime.fromtimestamp(value.toSecsSinceEpoch(), tz=UTC).astimezone()


def to_qdatetime(value: datetime) -> QDateTime:
    return QDateTime.fromSecsSinceEpoch(int(value.timestamp()))


def datetime_edit(accessible_name: str, value: datetime | None = None) -> QDateTimeEdit:
    edit = QDateTimeEdit()
    edit.setDisplayFormat(DATETIME_FORMAT)
    edit.setCalendarPopup(True)
    edit.setAccessibleName(accessible_name)
    edit.setDateTime(to_qdatetime(value or datetime.now(UTC)))
    return edit


class FieldRows(QWidget):
    """One row per field of the chosen legal basis; required ones marked with an asterisk.

    Emits `sig_changed` whenever a value changes (the dialog re-checks OK and the deadline).
    A required date-and-time field follows the date of the events until the user changes it.
    """

    sig_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._form = QFormLayout(self)
        self._form.setContentsMargins(0, 0, 0, 0)
        self._form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._fields: tuple[FieldOption, ...] = ()
        self._editors: dict[str, QWidget] = {}
        self._optional_time: dict[str, QCheckBox] = {}
        self._kept: dict[str, object] = {}
        self._following: set[str] = set()
        self._default_time = datetime.now(UTC)
        self._setting = False

    # -- building --------------------------------------------------------------------------------

    def set_fields(self, fields: tuple[FieldOption, ...], default_time: datetime) -> None:
        """Show `fields`; values typed for a field id of the previous basis are kept."""
        self._kept.update(self._raw_values())
        while self._form.rowCount():
            self._form.removeRow(0)
        self._editors.clear()
        self._optional_time.clear()
        self._following.clear()
        self._fields = fields
        self._default_time = default_time
        for spec in fields:
            editor = self._editor(spec)
            caption = QLabel(arg(self.tr("%1 *"), spec.label) if spec.required else spec.label)
            caption.setTextFormat(Qt.TextFormat.PlainText)
            caption.setWordWrap(True)
            caption.setBuddy(self._focus_widget(spec.id))
            if spec.required:
                caption.setToolTip(self.tr("Required by the legal basis"))
            self._form.addRow(caption, editor)
        self.setVisible(bool(fields))

    def _editor(self, spec: FieldOption) -> QWidget:
        kept = self._kept.get(spec.id)
        name = spec.label if not spec.required else arg(self.tr("%1 (required)"), spec.label)
        if spec.type == "datetime":
            edit = datetime_edit(name, kept if isinstance(kept, datetime) else self._default_time)
            if not isinstance(kept, datetime) and spec.required:
                self._following.add(spec.id)
            edit.dateTimeChanged.connect(lambda _value, fid=spec.id: self._time_edited(fid))
            self._editors[spec.id] = edit
            if spec.required:
                return edit
            # Optional: unset until ticked, so no date is sent that nobody chose.
            use = QCheckBox(self.tr("Set"))
            use.setAccessibleName(arg(self.tr("Give %1"), spec.label))
            use.setChecked(isinstance(kept, datetime))
            edit.setEnabled(use.isChecked())
            use.toggled.connect(edit.setEnabled)
            use.toggled.connect(lambda _on: self.sig_changed.emit())
            self._optional_time[spec.id] = use
            box = QWidget()
            row = QHBoxLayout(box)
            row.setContentsMargins(0, 0, 0, 0)
            row.addWidget(use)
            row.addWidget(edit, 1)
            return box
        if spec.type == "choice":
            combo = QComboBox()
            combo.setAccessibleName(name)
            combo.addItem(self.tr("Choose…") if spec.required else self.tr("(not given)"), None)
            for choice, label in spec.choices:
                combo.addItem(label, choice)
            if isinstance(kept, str) and combo.findData(kept) >= 0:
                combo.setCurrentIndex(combo.findData(kept))
            combo.currentIndexChanged.connect(lambda _index: self.sig_changed.emit())
            self._editors[spec.id] = combo
            return combo
        if spec.type == "boolean":
            box = QCheckBox(self.tr("Yes"))
            box.setAccessibleName(spec.label)
            box.setChecked(kept is True)
            box.toggled.connect(lambda _on: self.sig_changed.emit())
            self._editors[spec.id] = box
            return box
        # text, and an inventory list outside an equipment loan: free text.
        line = QLineEdit()
        line.setAccessibleName(name)
        line.setText(kept if isinstance(kept, str) else "")
        line.textChanged.connect(lambda _text: self.sig_changed.emit())
        self._editors[spec.id] = line
        return line

    def _focus_widget(self, field_id: str) -> QWidget:
        return self._optional_time.get(field_id) or self._editors[field_id]

    def _time_edited(self, field_id: str) -> None:
        if not self._setting:
            self._following.discard(field_id)
        self.sig_changed.emit()

    def set_default_time(self, value: datetime) -> None:
        """The date of the events moved: required times nobody changed move with it."""
        self._default_time = value
        self._setting = True
        try:
            for field_id in self._following:
                edit = self._editors[field_id]
                assert isinstance(edit, QDateTimeEdit)
                edit.setDateTime(to_qdatetime(value))
        finally:
            self._setting = False

    # -- reading ---------------------------------------------------------------------------------

    @property
    def fields(self) -> tuple[FieldOption, ...]:
        return self._fields

    def editor(self, field_id: str) -> QWidget:
        return self._editors[field_id]

    def focus_chain(self) -> list[QWidget]:
        """The editors in row order (an optional time: its tick box, then the time)."""
        chain: list[QWidget] = []
        for spec in self._fields:
            if spec.id in self._optional_time:
                chain.append(self._optional_time[spec.id])
            chain.append(self._editors[spec.id])
        return chain

    def set_value(self, field_id: str, value: object) -> None:
        """Fill a field as the user would (tests, and restoring a draft)."""
        editor = self._editors[field_id]
        if isinstance(editor, QLineEdit):
            editor.setText(str(value))
        elif isinstance(editor, QComboBox):
            editor.setCurrentIndex(editor.findData(value))
        elif isinstance(editor, QCheckBox):
            editor.setChecked(bool(value))
        elif isinstance(editor, QDateTimeEdit) and isinstance(value, datetime):
            if field_id in self._optional_time:
                self._optional_time[field_id].setChecked(True)
            editor.setDateTime(to_qdatetime(value))

    def _raw_values(self) -> dict[str, object]:
        values: dict[str, object] = {}
        for field_id, editor in self._editors.items():
            if isinstance(editor, QLineEdit):
                values[field_id] = editor.text()
            elif isinstance(editor, QComboBox):
                values[field_id] = editor.currentData()
            elif isinstance(editor, QCheckBox):
                values[field_id] = editor.isChecked()
            elif isinstance(editor, QDateTimeEdit):
                use = self._optional_time.get(field_id)
                touched = field_id not in self._following
                if (use is None and touched) or (use is not None and use.isChecked()):
                    values[field_id] = to_datetime(editor.dateTime())
        return values

    def values(self) -> dict[str, object]:
        """The form values to file: text trimmed, times aware, blanks and unset options left out."""
        values: dict[str, object] = {}
        for spec in self._fields:
            editor = self._editors[spec.id]
            if isinstance(editor, QLineEdit):
                text = editor.text().strip()
                if text:
                    values[spec.id] = text
            elif isinstance(editor, QComboBox):
                if editor.currentData() is not None:
                    values[spec.id] = editor.currentData()
            elif isinstance(editor, QCheckBox):
                values[spec.id] = editor.isChecked()
            elif isinstance(editor, QDateTimeEdit):
                use = self._optional_time.get(spec.id)
                if use is None or use.isChecked():
                    values[spec.id] = to_datetime(editor.dateTime())
        return values

    def missing(self) -> list[str]:
        """Labels of the required fields still empty (a yes/no field is never empty)."""
        values = self.values()
        return [spec.label for spec in self._fields if spec.required and spec.id not in values]


class LoanEditor(QWidget):
    """The loan period and its inventory lines (item type, quantity, serial numbers).

    Emits `sig_changed` on every edit. Blank lines are ignored; the service checks the rest
    (period order, serial numbers matching the quantity).
    """

    sig_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._following = True
        self._setting = False
        self.start_edit = datetime_edit(self.tr("Loan period from"))
        self.end_edit = datetime_edit(self.tr("Loan period until"))
        for edit in (self.start_edit, self.end_edit):
            edit.dateTimeChanged.connect(self._period_edited)
        period = QFormLayout()
        period.setContentsMargins(0, 0, 0, 0)
        start_caption = QLabel(self.tr("Loan &from *"))
        start_caption.setBuddy(self.start_edit)
        end_caption = QLabel(self.tr("Loan &until *"))
        end_caption.setBuddy(self.end_edit)
        period.addRow(start_caption, self.start_edit)
        period.addRow(end_caption, self.end_edit)

        self._lines = QWidget()
        self._grid = QGridLayout(self._lines)
        self._grid.setContentsMargins(0, 0, 0, 0)
        for column, caption in enumerate(
            (self.tr("Item type *"), self.tr("Quantity"), self.tr("Serial numbers (comma-separated)"))
        ):
            header = QLabel(caption)
            header.setStyleSheet("font-weight: 600;")
            self._grid.addWidget(header, 0, column)
        self._grid.setColumnStretch(0, 3)
        self._grid.setColumnStretch(2, 3)
        self._rows: list[tuple[QLineEdit, QSpinBox, QLineEdit, QPushButton]] = []
        self.add_button = QPushButton(self.tr("&Add item"))
        self.add_button.setAccessibleName(self.tr("Add an inventory line"))
        self.add_button.clicked.connect(lambda: self.add_line())
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.add_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(period)
        layout.addWidget(self._lines)
        layout.addLayout(buttons)
        self.set_default_time(datetime.now(UTC))
        self.add_line()

    def add_line(self, item_type: str = "", quantity: int = 1, serial_numbers: str = "") -> int:
        """Append an inventory line; returns its index."""
        index = len(self._rows)
        number = index + 1
        kind = QLineEdit(item_type)
        kind.setAccessibleName(arg(self.tr("Item type of line %1"), number))
        kind.setPlaceholderText(self.tr("e.g. Thermal camera"))
        count = QSpinBox()
        count.setRange(1, MAX_QUANTITY)
        count.setValue(quantity)
        count.setAccessibleName(arg(self.tr("Quantity of line %1"), number))
        serials = QLineEdit(serial_numbers)
        serials.setAccessibleName(arg(self.tr("Serial numbers of line %1"), number))
        remove = QPushButton(self.tr("Remove"))
        remove.setAccessibleName(arg(self.tr("Remove line %1"), number))
        row = (kind, count, serials, remove)
        remove.clicked.connect(lambda: self.remove_line(self._rows.index(row)))
        kind.textChanged.connect(lambda _text: self.sig_changed.emit())
        count.valueChanged.connect(lambda _value: self.sig_changed.emit())
        serials.textChanged.connect(lambda _text: self.sig_changed.emit())
        for column, widget in enumerate(row):
            self._grid.addWidget(widget, number, column)
        self._rows.append(row)
        self.sig_changed.emit()
        return index

    def remove_line(self, index: int) -> None:
        for widget in self._rows.pop(index):
            self._grid.removeWidget(widget)
            widget.deleteLater()
        # Re-lay the remaining lines so the grid has no holes.
        for number, row in enumerate(self._rows, start=1):
            for column, widget in enumerate(row):
                self._grid.addWidget(widget, number, column)
        self.sig_changed.emit()

    def line_widgets(self, index: int) -> tuple[QLineEdit, QSpinBox, QLineEdit, QPushButton]:
        return self._rows[index]

    def focus_chain(self) -> list[QWidget]:
        chain: list[QWidget] = [self.start_edit, self.end_edit]
        for row in self._rows:
            chain.extend(row)
        chain.append(self.add_button)
        return chain

    def _period_edited(self) -> None:
        if not self._setting:
            self._following = False
        self.sig_changed.emit()

    def set_default_time(self, value: datetime) -> None:
        """Until the user sets a period, it starts with the events and lasts a week."""
        if not self._following:
            return
        self._setting = True
        try:
            self.start_edit.setDateTime(to_qdatetime(value))
            self.end_edit.setDateTime(to_qdatetime(value + timedelta(days=DEFAULT_LOAN_DAYS)))
        finally:
            self._setting = False

    def period(self) -> tuple[datetime, datetime]:
        return to_datetime(self.start_edit.dateTime()), to_datetime(self.end_edit.dateTime())

    def lines(self) -> tuple[LoanLine, ...]:
        """The lines to file; a line with neither a type nor serial numbers is left out."""
        return tuple(
            LoanLine(kind.text().strip(), count.value(), serials.text().strip())
            for kind, count, serials, _remove in self._rows
            if kind.text().strip() or serials.text().strip()
        )

    def missing(self) -> list[str]:
        lines = self.lines()
        if not lines:
            return [self.tr("at least one inventory item")]
        if any(not line.item_type for line in lines):
            return [self.tr("the type of every inventory item")]
        return []


class DeadlineView(QWidget):
    """The deadline the request will get, in words, and a warning when its rule is not confirmed."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = QLabel()
        self.label.setObjectName("deadline")
        self.label.setWordWrap(True)
        self.label.setAccessibleName(self.tr("Deadline"))
        self.label.setStyleSheet("font-weight: 600;")
        self.note = QLabel(
            self.tr("This deadline comes from general knowledge or is applied by analogy: to be confirmed.")
        )
        self.note.setObjectName("deadlineUnconfirmed")
        self.note.setWordWrap(True)
        self.note.setStyleSheet(warning_style())
        self.note.setAccessibleName(self.tr("Deadline to be confirmed"))
        self.note.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.note)

    def show_preview(self, preview: DeadlinePreview | None) -> None:
        self.label.setText("" if preview is None else self.text(preview))
        self.label.setToolTip(preview.description if preview is not None else "")
        self.note.setVisible(preview is not None and preview.rule_id is not None and not preview.confirmed)

    def span(self, period: timedelta | None) -> str:
        if period is None:
            return ""
        hours = round(period.total_seconds() / 3600)
        if hours % 24:
            return plural(self.tr("%Ln hour(s)", "", hours), hours)
        return plural(self.tr("%Ln day(s)", "", hours // 24), hours // 24)

    def text(self, preview: DeadlinePreview) -> str:
        rule = preview.rule_id
        if rule is None:
            return self.tr("No deadline follows from this legal basis.")
        if preview.due_at is None:
            if rule == deadlines.LOAN_RETURN:
                return self.tr("Due back at the end of the loan period.")
            return self.tr("The deadline starts when the request is sent.")
        when, span = local_text(preview.due_at), self.span(preview.period)
        if rule == deadlines.DIR_2023_977_ART5:
            if preview.once_sent:
                return arg(self.tr("Answer due by %1 (%2) if it is sent now."), when, span)
            return arg(self.tr("Answer due by %1 (%2 from receipt)."), when, span)
        if rule == deadlines.STOP_OBSERVATION_5H:
            return arg(
                self.tr("Stop the observation by %1 unless authorised (%2 after the crossing)."), when, span
            )
        if rule == deadlines.NOTIFY_ON_CROSSING:
            return arg(self.tr("Notify the host authority by %1, at the latest on crossing."), when)
        if rule == deadlines.NOTIFY_BEFORE_CROSSING:
            return arg(self.tr("Notify the host authority before crossing, by %1."), when)
        if rule == deadlines.LOAN_RETURN:
            return arg(self.tr("Equipment due back by %1 (end of the loan period)."), when)
        return arg(self.tr("Due by %1."), when)
