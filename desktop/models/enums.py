"""Closed vocabularies of the domain, shared by models, services, catalogue and UI.

Values are stable strings: they are stored in the case file and in exported packages, so a
value may be added but never renamed.
"""

from __future__ import annotations

from enum import StrEnum


class Country(StrEnum):
    """ISO 3166-1 alpha-2 codes of the countries the product deals with."""

    BE = "BE"
    NL = "NL"
    LU = "LU"
    DE = "DE"
    FR = "FR"


class Role(StrEnum):
    """What a member of a case file may do."""

    INVESTIGATOR = "investigator"
    DUTY_OFFICER = "duty_officer"
    SUPERVISOR = "supervisor"
    ADMINISTRATOR = "administrator"


class CaseKind(StrEnum):
    """Kinds of cross-border case (legal-bases.md, "Case kinds")."""

    PURSUIT = "pursuit"
    OBSERVATION = "observation"
    JOINT_INVESTIGATION = "joint_investigation"
    EVENT_ASSISTANCE = "event_assistance"
    SPECIAL_UNIT_CRISIS = "special_unit_crisis"
    JOINT_PATROL = "joint_patrol"
    INFORMATION_EXCHANGE = "information_exchange"
    EQUIPMENT_LOAN = "equipment_loan"
    TRANSPORT_ESCORT = "transport_escort"
    PERSON_PROTECTION = "person_protection"


class CaseStatus(StrEnum):
    OPEN = "open"
    CLOSED = "closed"


class RequestKind(StrEnum):
    """Kinds of request a duty officer files (legal-bases.md, "Request kinds")."""

    ASSISTANCE = "assistance"
    EQUIPMENT_LOAN = "equipment_loan"
    INFORMATION_REQUEST = "information_request"
    SURVEILLANCE_AUTHORISATION = "surveillance_authorisation"
    URGENT_SURVEILLANCE_NOTICE = "urgent_surveillance_notice"
    HOT_PURSUIT_NOTICE = "hot_pursuit_notice"
    SPECIAL_INTERVENTION_UNIT = "special_intervention_unit"
    JOINT_PATROL = "joint_patrol"
    TRANSPORT_ESCORT = "transport_escort"
    SPONTANEOUS_INFORMATION = "spontaneous_information"


class Direction(StrEnum):
    OUTGOING = "outgoing"
    INCOMING = "incoming"


class Urgency(StrEnum):
    NORMAL = "normal"
    URGENT = "urgent"


class InformationAccess(StrEnum):
    """Directive (EU) 2023/977 art. 5(1): whether the requested information is directly accessible."""

    DIRECT = "direct"
    INDIRECT = "indirect"


class RequestStatus(StrEnum):
    """Request lifecycle. Loans add handed_over and returned after answered."""

    DRAFT = "draft"
    SUBMITTED = "submitted"
    APPROVED = "approved"
    REJECTED = "rejected"
    SENT = "sent"
    RECEIVED = "received"
    ANSWERED = "answered"
    HANDED_OVER = "handed_over"
    RETURNED = "returned"
    CLOSED = "closed"
    CANCELLED = "cancelled"


OPEN_REQUEST_STATUSES: frozenset[RequestStatus] = frozenset(
    set(RequestStatus) - {RequestStatus.CLOSED, RequestStatus.CANCELLED, RequestStatus.REJECTED}
)


class HandlingCode(StrEnum):
    """SIENA-style handling codes: H0 no restriction … H3 no further use without permission."""

    H0 = "H0"
    H1 = "H1"
    H2 = "H2"
    H3 = "H3"


class SourceEvaluation(StrEnum):
    """4x4 evaluation, source reliability."""

    A = "A"
    B = "B"
    C = "C"
    X = "X"


class InformationEvaluation(StrEnum):
    """4x4 evaluation, information assessment."""

    ONE = "1"
    TWO = "2"
    THREE = "3"
    FOUR = "4"


class SubjectKind(StrEnum):
    PERSON = "person"
    VEHICLE = "vehicle"
    OBJECT = "object"


class EventKind(StrEnum):
    """Timeline event kinds; crossing and host notification drive the notification rules."""

    START = "start"
    BORDER_CROSSED = "border_crossed"
    HOST_NOTIFIED = "host_notified"
    AUTHORISATION_RECEIVED = "authorisation_received"
    HANDOVER = "handover"
    APPREHENSION = "apprehension"
    END = "end"
    OBSERVATION = "observation"
    OTHER = "other"


class ItemCondition(StrEnum):
    GOOD = "good"
    DAMAGED = "damaged"
    LOST = "lost"


class SourceMarker(StrEnum):
    """Confidence marker carried from legal-bases.md into the catalogue."""

    CONFIRMED = "C"
    GENERAL_KNOWLEDGE = "GK"
    UNCONFIRMED = "UNCONFIRMED"
