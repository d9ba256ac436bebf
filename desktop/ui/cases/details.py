"""Kind-specific facts of a case: their labels, how they read, and the form that enters them.

The fields are the ones `CaseService.create` accepts per kind. The moments a pursuit or an
observation records (crossing, host notified, authorised, end) are not typed here: they follow
from the timeline's events, so the officer enters each moment once.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.models.enums import CaseKind
from desktop.ui.cases.common import day_start, to_utc, wall_clock_edit
from desktop.ui.i18n import arg, separated_list, translate
from desktop.ui.timefmt import date_text, local_text

_CONTEXT = "CaseDetails"
LABELS: dict[str, str] = {
    "started_at": QT_TRANSLATE_NOOP("CaseDetails", "Started"),
    "crossing_point": QT_TRANSLATE_NOOP("CaseDetails", "Crossing point"),
    "crossed_at": QT_TRANSLATE_NOOP("CaseDetails", "Crossed the border"),
    "host_notified_at": QT_TRANSLATE_NOOP("CaseDetails", "Host notified"),
    "handover_at": QT_TRANSLATE_NOOP("CaseDetails", "Handed over"),
    "ended_at": QT_TRANSLATE_NOOP("CaseDetails", "Ended"),
    "offence": QT_TRANSLATE_NOOP("CaseDetails", "Offence"),
    "vehicles": QT_TRANSLATE_NOOP("CaseDetails", "Vehicles"),
    "outcome": QT_TRANSLATE_NOOP("CaseDetails", "Outcome"),
    "urgent": QT_TRANSLATE_NOOP("CaseDetails", "Urgent observation"),
    "authorisation_reference": QT_TRANSLATE_NOOP("CaseDetails", "Authorisation reference"),
    "authorised_at": QT_TRANSLATE_NOOP("CaseDetails", "Authorised"),
    "target": QT_TRANSLATE_NOOP("CaseDetails", "Target"),
    "purpose": QT_TRANSLATE_NOOP("CaseDetails", "Purpose"),
    "period_start": QT_TRANSLATE_NOOP("CaseDetails", "Period from"),
    "period_end": QT_TRANSLATE_NOOP("CaseDetails", "Period until"),
    "extensions": QT_TRANSLATE_NOOP("CaseDetails", "Extensions"),
    "parties": QT_TRANSLATE_NOOP("CaseDetails", "Parties"),
    "leaders": QT_TRANSLATE_NOOP("CaseDetails", "Leaders"),
    "states_of_operation": QT_TRANSLATE_NOOP("CaseDetails", "States of operation"),
    "event_name": QT_TRANSLATE_NOOP("CaseDetails", "Event"),
    "location": QT_TRANSLATE_NOOP("CaseDetails", "Location"),
    "starts_at": QT_TRANSLATE_NOOP("CaseDetails", "Starts"),
    "ends_at": QT_TRANSLATE_NOOP("CaseDetails", "Ends"),
    "nature": QT_TRANSLATE_NOOP("CaseDetails", "Nature of the assistance"),
    # The keys of one JIT extension ({"until": date, "agreed_on": date}).
    "until": QT_TRANSLATE_NOOP("CaseDetails", "Until"),
    "agreed_on": QT_TRANSLATE_NOOP("CaseDetails", "Agreed on"),
}
# One item of a list of facts, as a sentence of its own where its shape is known.
_EXTENSION = QT_TRANSLATE_NOOP("CaseDetails", "until %1, agreed on %2")
_PAIR = QT_TRANSLATE_NOOP("CaseDetails", "%1: %2")
# Keys whose value is a date (an ISO text in the stored JSON), shown as a date.
_DATES = frozenset({"until", "agreed_on", "period_start", "period_end"})
# The order in which a case's facts are read out, per kind.
ORDER: dict[CaseKind, tuple[str, ...]] = {
    CaseKind.PURSUIT: (
        "offence",
        "vehicles",
        "crossing_point",
        "started_at",
        "crossed_at",
        "host_notified_at",
        "handover_at",
        "ended_at",
        "outcome",
    ),
    CaseKind.OBSERVATION: (
        "urgent",
        "authorisation_reference",
        "target",
        "crossed_at",
        "authorised_at",
        "ended_at",
    ),
    CaseKind.JOINT_INVESTIGATION: (
        "purpose",
        "period_start",
        "period_end",
        "extensions",
        "parties",
        "leaders",
        "states_of_operation",
    ),
    CaseKind.EVENT_ASSISTANCE: ("event_name", "location", "starts_at", "ends_at", "nature"),
}
# What the New case dialog asks per kind: (field, input type).
INPUTS: dict[CaseKind, tuple[tuple[str, str], ...]] = {
    CaseKind.PURSUIT: (("offence", "text"), ("vehicles", "multiline"), ("crossing_point", "text")),
    CaseKind.OBSERVATION: (("urgent", "bool"), ("authorisation_reference", "text"), ("target", "multiline")),
    CaseKind.JOINT_INVESTIGATION: (
        ("purpose", "multiline"),
        ("period_start", "date"),
        ("period_end", "date"),
        ("parties", "list"),
        ("leaders", "list"),
        ("states_of_operation", "text"),
    ),
    CaseKind.EVENT_ASSISTANCE: (
        ("event_name", "text"),
        ("location", "text"),
        ("starts_at", "datetime"),
        ("ends_at", "datetime"),
        ("nature", "multiline"),
    ),
}


def label(key: str) -> str:
    """The translated label of a fact; a key this version does not know is shown as stored."""
    return translate(_CONTEXT, LABELS[key]) if key in LABELS else key


def value_text(value: Any, key: str = "") -> str:
    """One fact as a line of text; an unset one is a dash. `key` says which fact (for dates)."""
    if value is None or value in ("", [], ()):
        return "—"
    if isinstance(value, bool):
        return (
            QCoreApplication.translate("CaseDetails", "Yes")
            if value
            else QCoreApplication.translate("CaseDetails", "No")
        )
    if key in _DATES:
        return date_text(value)
    if isinstance(value, datetime):
        return local_text(value)
    if isinstance(value, dict):
        return _item_text(value)
    if isinstance(value, (list, tuple)):
        return separated_list([value_text(item) for item in value])
    return str(value)


def _item_text(item: dict[str, Any]) -> str:
    """One structured item (a JIT extension) as one translated sentence, not its raw keys."""
    if set(item) == {"until", "agreed_on"}:
        until, agreed = (value_text(item[k], k) for k in ("until", "agreed_on"))
        return arg(translate(_CONTEXT, _EXTENSION), until, agreed)
    # A shape this version does not know: each value after its (translated, if known) label.
    return separated_list(
        [arg(translate(_CONTEXT, _PAIR), label(k), value_text(v, k)) for k, v in item.items()]
    )


def rows(kind: str, details: dict[str, Any]) -> list[tuple[str, str]]:
    """(label, text) of a case's facts in reading order; fields this version does not know come last."""
    try:
        order = ORDER.get(CaseKind(kind), ())
    except ValueError:
        order = ()
    keys = [k for k in order if k in details] + sorted(k for k in details if k not in order)
    return [(label(k), value_text(details[k], k)) for k in keys]


class DetailsForm(QWidget):
    """The kind-specific inputs of one case kind (GUI thread)."""

    def __init__(self, kind: CaseKind, zone: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = kind
        self.zone = zone
        self.inputs: dict[str, QWidget] = {}
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        form = QFormLayout()
        outer.addLayout(form)
        outer.addStretch(1)  # rows keep their height; the space of a longer kind's form stays below
        specs = INPUTS.get(kind, ())
        if not specs:
            none = QLabel(self.tr("A case of this kind has no kind-specific details."))
            none.setWordWrap(True)
            form.addRow(none)
        today = date.today()
        for key, kind_of_input in specs:
            caption = label(key)
            widget: QWidget
            if kind_of_input == "bool":
                widget = QCheckBox(caption)
            elif kind_of_input == "multiline":
                widget = QPlainTextEdit()
                widget.setTabChangesFocus(True)
                widget.setFixedHeight(widget.fontMetrics().height() * 3 + 12)
            elif kind_of_input == "date":
                widget = QDateEdit()
                widget.setCalendarPopup(True)
                widget.setDisplayFormat("yyyy-MM-dd")
                day = today + timedelta(days=365) if key == "period_end" else today
                widget.setDate(QDate(day.year, day.month, day.day))
            elif kind_of_input == "datetime":
                widget = wall_clock_edit(caption, zone)
                if key == "ends_at":
                    widget.setDateTime(widget.dateTime().addDays(1))
            else:
                widget = QLineEdit()
                if kind_of_input == "list":
                    widget.setPlaceholderText(self.tr("Separate them with commas"))
            widget.setAccessibleName(caption)
            widget.setObjectName(f"detail_{key}")
            if isinstance(widget, QCheckBox):
                form.addRow("", widget)
            else:
                form.addRow(arg(self.tr("%1:"), caption), widget)
            self.inputs[key] = widget

    def values(self) -> dict[str, Any]:
        """What was entered, as `CaseService.create(details=…)` takes it; empty texts are left out.

        Raises InvalidInput (from the services) for a time in the hour a DST change skips or repeats.
        """
        values: dict[str, Any] = {}
        for key, kind_of_input in INPUTS.get(self.kind, ()):
            widget = self.inputs[key]
            if isinstance(widget, QCheckBox):
                values[key] = widget.isChecked()
            elif isinstance(widget, QPlainTextEdit):
                if text := widget.toPlainText().strip():
                    values[key] = text
            elif kind_of_input == "date" and isinstance(widget, QDateEdit):
                day = widget.date()
                values[key] = day_start(date(day.year(), day.month(), day.day()), self.zone)
            elif kind_of_input == "datetime":
                values[key] = to_utc(widget, self.zone)  # type: ignore[arg-type]
            elif isinstance(widget, QLineEdit) and (text := widget.text().strip()):
                values[key] = (
                    [part.strip() for part in text.split(",") if part.strip()]
                    if kind_of_input == "list"
                    else text
                )
        return values
