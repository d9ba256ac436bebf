"""Frozen views of domain rows that the services hand to the CLI and the GUI.

ORM objects never leave a unit of work: the GUI runs services on a worker thread and a Session
is not thread-safe, so what crosses the boundary is plain, immutable data.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime


@dataclass(frozen=True)
class AgencyView:
    id: int
    code: str
    name: str
    country: str
    kind: str
    languages: tuple[str, ...]
    contact_24_7: str | None
    is_spoc: bool
    own: bool


@dataclass(frozen=True)
class MemberView:
    id: int
    uid: str
    name: str
    role: str
    agency_code: str | None
    active: bool
    certificate_fingerprint: str | None


@dataclass(frozen=True)
class RequestRow:
    """One line of the request list: what the list shows, nothing more."""

    id: int
    reference: str
    kind: str
    direction: str
    status: str
    partner_code: str
    title: str
    due_at: datetime | None
    overdue: bool
    urgency: str


@dataclass(frozen=True)
class LegalBasisView:
    """The request's legal basis: `reference` and `subject` in English (the CLI's, a package's),
    and both in every language the catalogue writes them in, for the GUI to pick the user's."""

    basis_id: str
    reference: str
    confirmed: bool
    subject: str
    references: dict[str, str] = field(default_factory=dict)
    subjects: dict[str, str] = field(default_factory=dict)

    def reference_in(self, lang: str) -> str:
        """The citation in `lang` ("CISA art. 41", "…, article à confirmer (…)"), else in English."""
        return self.references.get(lang) or self.reference

    def subject_in(self, lang: str) -> str:
        """What the article is about in `lang`, else in English."""
        return self.subjects.get(lang) or self.subject


@dataclass(frozen=True)
class RequestView:
    id: int
    reference: str
    kind: str
    direction: str
    status: str
    requesting_agency: str
    requested_agency: str
    legal_basis: LegalBasisView
    events_on: datetime
    urgency: str
    information_access: str | None
    title: str
    body: str
    form_values: dict[str, object]
    handling_code: str
    evaluation: str
    due_at: datetime | None
    overdue: bool
    created_by: str | None
    submitted_by: str | None
    decided_by: str | None
    rejection_reason: str
    case_reference: str | None
    answer: str
    timestamps: dict[str, datetime | None] = field(default_factory=dict)
    loan: LoanView | None = None


@dataclass(frozen=True)
class LoanItemView:
    id: int
    item_type: str
    quantity: int
    serial_numbers: str
    condition: str | None
    damage_notes: str


@dataclass(frozen=True)
class LoanView:
    request_id: int
    request_reference: str
    direction: str
    partner_code: str
    status: str
    period_start: datetime
    period_end: datetime
    handed_over_at: datetime | None
    returned_at: datetime | None
    overdue: bool
    items: tuple[LoanItemView, ...]
    return_notes: str


@dataclass(frozen=True)
class DueItem:
    """One entry of "what is due next": a request deadline, a loan return, a task or a timer."""

    due_at: datetime
    overdue: bool
    what: str
    reference: str
    description: str
