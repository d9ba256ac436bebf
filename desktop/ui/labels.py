"""Display labels of the domain's enumerations, declared once and marked for translation.

Widgets never derive a label from an enum value by string surgery: `label(RequestStatus.SENT)`
returns the translated text, and a value written by a newer version (unknown here) is shown as
stored rather than hidden.
"""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from desktop.models.enums import (
    CaseKind,
    CaseStatus,
    Direction,
    EventKind,
    HandlingCode,
    ItemCondition,
    RequestKind,
    RequestStatus,
    Role,
    SubjectKind,
    Urgency,
)

_LABELS: dict[type[StrEnum], dict[StrEnum, str]] = {
    Role: {
        Role.INVESTIGATOR: QT_TRANSLATE_NOOP("Labels", "Investigator"),
        Role.DUTY_OFFICER: QT_TRANSLATE_NOOP("Labels", "Duty officer"),
        Role.SUPERVISOR: QT_TRANSLATE_NOOP("Labels", "Supervisor"),
        Role.ADMINISTRATOR: QT_TRANSLATE_NOOP("Labels", "Administrator"),
    },
    CaseKind: {
        CaseKind.PURSUIT: QT_TRANSLATE_NOOP("Labels", "Pursuit"),
        CaseKind.OBSERVATION: QT_TRANSLATE_NOOP("Labels", "Observation"),
        CaseKind.JOINT_INVESTIGATION: QT_TRANSLATE_NOOP("Labels", "Joint investigation team"),
        CaseKind.EVENT_ASSISTANCE: QT_TRANSLATE_NOOP("Labels", "Event assistance"),
        CaseKind.SPECIAL_UNIT_CRISIS: QT_TRANSLATE_NOOP("Labels", "Special unit in a crisis"),
        CaseKind.JOINT_PATROL: QT_TRANSLATE_NOOP("Labels", "Joint patrol"),
        CaseKind.INFORMATION_EXCHANGE: QT_TRANSLATE_NOOP("Labels", "Information exchange"),
        CaseKind.EQUIPMENT_LOAN: QT_TRANSLATE_NOOP("Labels", "Equipment loan"),
        CaseKind.TRANSPORT_ESCORT: QT_TRANSLATE_NOOP("Labels", "Transport escort"),
        CaseKind.PERSON_PROTECTION: QT_TRANSLATE_NOOP("Labels", "Person protection"),
    },
    CaseStatus: {
        CaseStatus.OPEN: QT_TRANSLATE_NOOP("Labels", "Open"),
        CaseStatus.CLOSED: QT_TRANSLATE_NOOP("Labels", "Closed"),
    },
    RequestKind: {
        RequestKind.ASSISTANCE: QT_TRANSLATE_NOOP("Labels", "Assistance"),
        RequestKind.EQUIPMENT_LOAN: QT_TRANSLATE_NOOP("Labels", "Equipment loan"),
        RequestKind.INFORMATION_REQUEST: QT_TRANSLATE_NOOP("Labels", "Information request"),
        RequestKind.SURVEILLANCE_AUTHORISATION: QT_TRANSLATE_NOOP("Labels", "Surveillance authorisation"),
        RequestKind.URGENT_SURVEILLANCE_NOTICE: QT_TRANSLATE_NOOP("Labels", "Urgent surveillance notice"),
        RequestKind.HOT_PURSUIT_NOTICE: QT_TRANSLATE_NOOP("Labels", "Hot pursuit notice"),
        RequestKind.SPECIAL_INTERVENTION_UNIT: QT_TRANSLATE_NOOP("Labels", "Special intervention unit"),
        RequestKind.JOINT_PATROL: QT_TRANSLATE_NOOP("Labels", "Joint patrol"),
        RequestKind.TRANSPORT_ESCORT: QT_TRANSLATE_NOOP("Labels", "Transport escort"),
        RequestKind.SPONTANEOUS_INFORMATION: QT_TRANSLATE_NOOP("Labels", "Spontaneous information"),
    },
    Direction: {
        Direction.OUTGOING: QT_TRANSLATE_NOOP("Labels", "Outgoing"),
        Direction.INCOMING: QT_TRANSLATE_NOOP("Labels", "Incoming"),
    },
    Urgency: {
        Urgency.NORMAL: QT_TRANSLATE_NOOP("Labels", "Normal"),
        Urgency.URGENT: QT_TRANSLATE_NOOP("Labels", "Urgent"),
    },
    RequestStatus: {
        RequestStatus.DRAFT: QT_TRANSLATE_NOOP("Labels", "Draft"),
        RequestStatus.SUBMITTED: QT_TRANSLATE_NOOP("Labels", "Submitted"),
        RequestStatus.APPROVED: QT_TRANSLATE_NOOP("Labels", "Approved"),
        RequestStatus.REJECTED: QT_TRANSLATE_NOOP("Labels", "Rejected"),
        RequestStatus.SENT: QT_TRANSLATE_NOOP("Labels", "Sent"),
        RequestStatus.RECEIVED: QT_TRANSLATE_NOOP("Labels", "Received"),
        RequestStatus.ANSWERED: QT_TRANSLATE_NOOP("Labels", "Answered"),
        RequestStatus.HANDED_OVER: QT_TRANSLATE_NOOP("Labels", "Handed over"),
        RequestStatus.RETURNED: QT_TRANSLATE_NOOP("Labels", "Returned"),
        RequestStatus.CLOSED: QT_TRANSLATE_NOOP("Labels", "Closed"),
        RequestStatus.CANCELLED: QT_TRANSLATE_NOOP("Labels", "Cancelled"),
    },
    SubjectKind: {
        SubjectKind.PERSON: QT_TRANSLATE_NOOP("Labels", "Person"),
        SubjectKind.VEHICLE: QT_TRANSLATE_NOOP("Labels", "Vehicle"),
        SubjectKind.OBJECT: QT_TRANSLATE_NOOP("Labels", "Object"),
    },
    EventKind: {
        EventKind.START: QT_TRANSLATE_NOOP("Labels", "Start"),
        EventKind.BORDER_CROSSED: QT_TRANSLATE_NOOP("Labels", "Border crossed"),
        EventKind.HOST_NOTIFIED: QT_TRANSLATE_NOOP("Labels", "Host notified"),
        EventKind.AUTHORISATION_RECEIVED: QT_TRANSLATE_NOOP("Labels", "Authorisation received"),
        EventKind.HANDOVER: QT_TRANSLATE_NOOP("Labels", "Handover"),
        EventKind.APPREHENSION: QT_TRANSLATE_NOOP("Labels", "Apprehension"),
        EventKind.END: QT_TRANSLATE_NOOP("Labels", "End"),
        EventKind.OBSERVATION: QT_TRANSLATE_NOOP("Labels", "Observation"),
        EventKind.OTHER: QT_TRANSLATE_NOOP("Labels", "Other"),
    },
    ItemCondition: {
        ItemCondition.GOOD: QT_TRANSLATE_NOOP("Labels", "Good"),
        ItemCondition.DAMAGED: QT_TRANSLATE_NOOP("Labels", "Damaged"),
        ItemCondition.LOST: QT_TRANSLATE_NOOP("Labels", "Lost"),
    },
    # SIENA-style handling codes: the code and what it restricts, in a few words.
    HandlingCode: {
        HandlingCode.H0: QT_TRANSLATE_NOOP("Labels", "H0 – no restriction"),
        HandlingCode.H1: QT_TRANSLATE_NOOP("Labels", "H1 – law enforcement use"),
        HandlingCode.H2: QT_TRANSLATE_NOOP("Labels", "H2 – no dissemination"),
        HandlingCode.H3: QT_TRANSLATE_NOOP("Labels", "H3 – no further use"),
    },
}
# What a value means, in one sentence, for tooltips (only where a label cannot say it all).
_MEANINGS: dict[StrEnum, str] = {
    HandlingCode.H0: QT_TRANSLATE_NOOP("Labels", "No restriction beyond national law."),
    HandlingCode.H1: QT_TRANSLATE_NOOP(
        "Labels", "Law enforcement use; not evidence in court without the provider's permission."
    ),
    HandlingCode.H2: QT_TRANSLATE_NOOP(
        "Labels", "Not to be passed on without the provider's permission; held back from packages."
    ),
    HandlingCode.H3: QT_TRANSLATE_NOOP(
        "Labels", "No further use without the provider's permission; held back from packages."
    ),
}


def label(value: StrEnum) -> str:
    """The translated label of one enum member."""
    text = _LABELS.get(type(value), {}).get(value)
    return value.value if text is None else QCoreApplication.translate("Labels", text)


def meaning(value: StrEnum) -> str:
    """The translated one-sentence meaning of `value` ("" if it has none)."""
    text = _MEANINGS.get(value)
    return "" if text is None else QCoreApplication.translate("Labels", text)


def label_of(enum: type[StrEnum], stored: str | None) -> str:
    """The label of a stored value; a value this version does not know is shown as stored."""
    if stored is None:
        return ""
    try:
        return label(enum(stored))
    except ValueError:
        return stored


def choices(enum: type[StrEnum]) -> list[tuple[str, str]]:
    """(translated label, stored value) for every member, in declaration order, for combo boxes."""
    return [(label(member), member.value) for member in enum]
